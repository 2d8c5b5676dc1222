;; dirty.wat: bytes-ABI guests for reset benchmarks (`hearth soak --invoke NAME`, bench/pool_bench):
;; each export takes the input (ptr, len) and returns an empty output, after dirtying a known number
;; of 4 KiB pages with one 8-byte store per page (so the call itself costs next to nothing and the
;; figure is the pool's: call overhead, input copy, reset).
(module
  (memory (export "memory") 20)
  ;; cabi_realloc(old, old_size, align, new_size): a fixed 64 KiB input buffer at 64 KiB.
  (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
    (if (result i32) (i32.gt_u (local.get 3) (i32.const 65536))
      (then (i32.const 0))
      (else (i32.const 65536))))
  ;; Return area at 16: (ptr, len) = (65536, 0).
  (func $ret (result i32)
    (i32.store (i32.const 16) (i32.const 65536))
    (i32.store (i32.const 20) (i32.const 0))
    (i32.const 16))
  ;; Writes one i64 into each of n pages starting at 256 KiB.
  (func $touch (param $n i32)
    (local $p i32)
    (local.set $p (i32.const 262144))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $n)))
        (i64.store (local.get $p) (i64.const 0x0123456789abcdef))
        (local.set $p (i32.add (local.get $p) (i32.const 4096)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $l))))
  (func (export "noop") (param i32 i32) (result i32) (call $ret))
  (func (export "dirty64k") (param i32 i32) (result i32) (call $touch (i32.const 16)) (call $ret))
  (func (export "dirty1m") (param i32 i32) (result i32) (call $touch (i32.const 256)) (call $ret))
)
