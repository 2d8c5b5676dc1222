;; deep_legacy.wat: exceptions through 1,000 frames in the legacy form (try/catch/catch_all/
;; delegate/rethrow, as GHC and older Emscripten emit). deep.wat is the same program in the 3.0 form
;; (try_table/catch_ref/throw_ref) and must print the same line; node runs this file as the
;; reference (deep.expected, `make -C guests exn`).
;;
;; $down recurses 1,000 frames and throws at the bottom: $e (i32) for an even seed, $f (i64) for an
;; odd one. It has no handler, so the compiling tier gives it machine code; every 7th frame it calls
;; itself through call_indirect; every 100th frame goes through $relay, which has handlers and so
;; runs in the interpreter: it catches $e and throws a new $e whose payload depends on the depth, and
;; rethrows anything else. The exception therefore crosses both tiers ten times on its way up.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (tag $e (param i32))
  (tag $f (param i64))
  (type $down_t (func (param i32 i32) (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) $down $relay)
  (global $relays (mut i32) (i32.const 0))

  (func $down (param $n i32) (param $seed i32) (result i32)
    (if (i32.eqz (local.get $n))
      (then
        (if (i32.and (local.get $seed) (i32.const 1))
          (then (throw $f (i64.extend_i32_u (local.get $seed)))))
        (throw $e (local.get $seed))))
    (if (i32.eqz (i32.rem_u (local.get $n) (i32.const 100)))
      (then (return (i32.add (call $relay (i32.sub (local.get $n) (i32.const 1)) (local.get $seed))
                             (i32.const 1)))))
    (if (i32.eqz (i32.rem_u (local.get $n) (i32.const 7)))
      (then (return (i32.add (call_indirect (type $down_t) (i32.sub (local.get $n) (i32.const 1))
                                            (local.get $seed) (i32.const 0))
                             (i32.const 1)))))
    (i32.add (call $down (i32.sub (local.get $n) (i32.const 1)) (local.get $seed)) (i32.const 1)))

  (func $relay (param $n i32) (param $seed i32) (result i32)
    try (result i32)
      try (result i32)
        local.get $n
        local.get $seed
        call $down
      delegate 0
    catch $e
      global.get $relays
      i32.const 1
      i32.add
      global.set $relays
      i32.const 3
      i32.mul
      local.get $n
      i32.add
      throw $e
    catch_all
      global.get $relays
      i32.const 1
      i32.add
      global.set $relays
      rethrow 0
    end)

  (func $once (param $seed i32) (result i32)
    try (result i32)
      i32.const 1000
      local.get $seed
      call $down
    catch $e
    catch $f
      i32.wrap_i64
      i32.const 7
      i32.mul
    end)

  ;; Writes "exn-deep checksum=C relays=R\n" to stdout.
  (func $put_u32 (param $at i32) (param $v i32) (result i32)  ;; returns the end
    (local $len i32) (local $i i32) (local $t i32)
    (local.set $t (local.get $v))
    (loop $count
      (local.set $len (i32.add (local.get $len) (i32.const 1)))
      (local.set $t (i32.div_u (local.get $t) (i32.const 10)))
      (br_if $count (local.get $t)))
    (local.set $i (local.get $len))
    (loop $digits
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (i32.store8 (i32.add (local.get $at) (local.get $i))
                  (i32.add (i32.const 48) (i32.rem_u (local.get $v) (i32.const 10))))
      (local.set $v (i32.div_u (local.get $v) (i32.const 10)))
      (br_if $digits (local.get $i)))
    (i32.add (local.get $at) (local.get $len)))
  (data (i32.const 64) "exn-deep checksum=")
  (data (i32.const 96) " relays=")

  (func (export "_start")
    (local $seed i32) (local $sum i32) (local $end i32)
    (loop $l
      (local.set $sum (i32.add (local.get $sum) (call $once (local.get $seed))))
      (local.set $seed (i32.add (local.get $seed) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $seed) (i32.const 2000))))
    (memory.copy (i32.const 256) (i32.const 64) (i32.const 18))
    (local.set $end (call $put_u32 (i32.const 274) (local.get $sum)))
    (memory.copy (local.get $end) (i32.const 96) (i32.const 8))
    (local.set $end (call $put_u32 (i32.add (local.get $end) (i32.const 8)) (global.get $relays)))
    (i32.store8 (local.get $end) (i32.const 10))
    (i32.store (i32.const 0) (i32.const 256))
    (i32.store (i32.const 4) (i32.sub (i32.add (local.get $end) (i32.const 1)) (i32.const 256)))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
