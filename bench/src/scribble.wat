;; scribble.wat: the core-module twin of guests/component/state.wasm's bump() and scribble(64),
;; for bench/component_reset.sh: a counter in linear memory, and 64 KiB written one byte per 64.
(module
  (memory (export "memory") 3)
  (func (export "bump") (result i32)
    (i32.store (i32.const 1024) (i32.add (i32.load (i32.const 1024)) (i32.const 1)))
    (i32.load (i32.const 1024)))
  (func (export "scribble") (result i32)
    (local $i i32)
    (loop $l
      (i32.store8 offset=65536 (local.get $i) (i32.xor (local.get $i) (i32.load (i32.const 1024))))
      (local.set $i (i32.add (local.get $i) (i32.const 64)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 65536))))
    (i32.store (i32.const 1024) (i32.add (i32.load (i32.const 1024)) (i32.const 1)))
    (i32.load (i32.const 1024))))
