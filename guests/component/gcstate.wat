;; gcstate.wat: a component whose core module keeps GC objects (a struct and an array) in mutable
;; globals, for component instances in pools: a reset must give the objects their fields back and
;; the globals their objects, even after a call replaced them and a collection ran
;; (tests/test_component.c pool_gc_state). Built with `jco parse` (guests/component/Makefile).
(component
  (core module $m
    (type $cell (struct (field $v (mut i32))))
    (type $arr (array (mut i32)))
    (global $c (mut (ref null $cell)) (struct.new $cell (i32.const 100)))
    (global $a (mut (ref null $arr)) (array.new $arr (i32.const 7) (i32.const 3)))
    ;; bump: the cell's field + 1, and the array's element 0 + 1; returns field*1000 + elem
    (func (export "bump") (result i32)
      (struct.set $cell $v (global.get $c) (i32.add (struct.get $cell $v (global.get $c)) (i32.const 1)))
      (array.set $arr (global.get $a) (i32.const 0)
        (i32.add (array.get $arr (global.get $a) (i32.const 0)) (i32.const 1)))
      (i32.add (i32.mul (struct.get $cell $v (global.get $c)) (i32.const 1000))
               (array.get $arr (global.get $a) (i32.const 0))))
    ;; swap: replaces both globals by new objects and allocates garbage (a collection may run)
    (func (export "swap") (result i32)
      (local $i i32)
      (global.set $c (struct.new $cell (i32.const 5)))
      (global.set $a (array.new $arr (i32.const 1) (i32.const 1)))
      (loop $l
        (drop (array.new $arr (i32.const 0) (i32.const 1024)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (i32.const 2000))))
      (struct.get $cell $v (global.get $c))))
  (core instance $i (instantiate $m))
  (func (export "bump") (result u32) (canon lift (core func $i "bump")))
  (func (export "swap") (result u32) (canon lift (core func $i "swap"))))
