;; embed.wat: the guest of examples/embed.c: sums an array in linear memory, reports through a host import.
(module
  (import "host" "report" (func $report (param i32 i32)))
  (memory (export "memory") 1)
  (func (export "sum") (param $ptr i32) (param $n i32) (result i32)
    (local $i i32) (local $acc i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc (i32.add (local.get $acc)
          (i32.load (i32.add (local.get $ptr) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (call $report (local.get $n) (local.get $acc))
    (local.get $acc)))
