;; resets.wat: a component that leaves resources live for a reset to deal with, for
;; bench/creset_bench.c (a component pool's reset cost against the number of live resources) and
;; tests/test_component.c reset_resources. keep(n) makes n handles of its own resource `r` and
;; keeps them in its handle table; make(v) returns one to the host (the host handle table holds
;; it); hold(n) gets n host `token`s from the host's mint and keeps them (a reset gives each to the
;; host's destructor). Memory is not touched, so a reset's cost is the core instance's plus the
;; resources'. Written by hand; built to resets.wasm with `jco parse` (Makefile).
(component
  (import "hearth:test/mint" (instance $mint
    (export "token" (type $token-t (sub resource)))
    (export "mint" (func (param "v" u32) (result (own $token-t))))))
  (type $r (resource (rep i32)))
  (core func $new (canon resource.new $r))
  (core func $mint (canon lower (func $mint "mint")))
  (core module $m
    (import "" "new" (func $new (param i32) (result i32)))
    (import "" "mint" (func $mint (param i32) (result i32)))
    (memory (export "memory") 1)
    (func (export "keep") (param $n i32) (result i32) (local $i i32)
      (block $done (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (drop (call $new (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      (local.get $n))
    (func (export "make") (param $v i32) (result i32) (call $new (local.get $v)))
    (func (export "hold") (param $n i32) (result i32) (local $i i32)
      (block $done (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (drop (call $mint (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
      (local.get $n)))
  (core instance $i (instantiate $m
    (with "" (instance (export "new" (func $new)) (export "mint" (func $mint))))))
  (export $re "r" (type $r))
  (func (export "keep") (param "n" u32) (result u32) (canon lift (core func $i "keep")))
  (func (export "make") (param "v" u32) (result (own $re)) (canon lift (core func $i "make")))
  (func (export "hold") (param "n" u32) (result u32) (canon lift (core func $i "hold"))))
