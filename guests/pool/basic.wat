;; basic.wat: typed-call test guest for pools: isolation, traps, leaks, loops, recursion, no-op.
(module
  (memory (export "memory") 1)
  (global $g (mut i32) (i32.const 0))
  (global $calls (mut i32) (i32.const 0))
  (data (i32.const 16) "snapshot")

  ;; Writes v to memory[0..4) and to a global; returns what it saw before in both (sum), so a
  ;; pristine instance always answers 0.
  (func (export "swap") (param $v i32) (result i32)
    (local $old i32)
    (local.set $old (i32.add (i32.load (i32.const 0)) (global.get $g)))
    (i32.store (i32.const 0) (local.get $v))
    (global.set $g (local.get $v))
    (local.get $old))

  ;; Reads the byte at addr (for checking that grown pages come back zeroed / inaccessible).
  (func (export "peek") (param $addr i32) (result i32)
    (i32.load8_u (local.get $addr)))

  ;; Traps with unreachable when i % 3 == 2; otherwise returns i * 2.
  (func (export "maybe_trap") (param $i i32) (result i32)
    (if (i32.eq (i32.rem_u (local.get $i) (i32.const 3)) (i32.const 2)) (then unreachable))
    (i32.mul (local.get $i) (i32.const 2)))

  ;; Counts calls on this instance and traps on every third one (1-based).
  (func (export "tick") (result i32)
    (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
    (if (i32.eqz (i32.rem_u (global.get $calls) (i32.const 3))) (then unreachable))
    (global.get $calls))

  ;; Grows memory by one 64 KiB page, dirties all of it, returns the new size in pages
  ;; (-1 when memory.grow was refused, after which it traps).
  (func (export "leak") (result i32)
    (local $old i32)
    (local.set $old (memory.grow (i32.const 1)))
    (if (i32.eq (local.get $old) (i32.const -1)) (then unreachable))
    (memory.fill (i32.shl (local.get $old) (i32.const 16)) (i32.const 0xab) (i32.const 65536))
    (i32.add (local.get $old) (i32.const 1)))

  ;; Dirties the first 64 KiB page (for reset cost measurements).
  (func (export "dirty64k") (param $v i32)
    (memory.fill (i32.const 0) (local.get $v) (i32.const 65536)))

  ;; Current memory size in pages.
  (func (export "pages") (result i32) (memory.size))

  ;; Never returns (deadline / fuel tests).
  (func (export "spin") (loop $l (br $l)))

  ;; Recurses n deep (call-depth tests).
  (func $recurse (export "recurse") (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $recurse (i32.sub (local.get $n) (i32.const 1)))))))

  (func (export "noop"))
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
)
