;; array_sieve.wat: an array-heavy WebAssembly 3.0 GC guest (array.new_default, array.get/set on an
;; i8 and an i32 array, array.len, array.fill, array.copy): a sieve of Eratosthenes, repeated.
;;
;; run(n, reps): reps times, sieves 0..n-1 in a fresh (array (mut i8)), copies the primes into a
;; fresh (array (mut i32)) (array.copy to grow it), and adds them up. Returns the sum of every
;; round's sum (mod 2^32); run(100000, 1) = 454396537.
(module
  (type $bytes (array (mut i8)))
  (type $ints (array (mut i32)))

  (func $round (param $n i32) (result i32)
    (local $flags (ref $bytes)) (local $primes (ref $ints)) (local $bigger (ref $ints))
    (local $i i32) (local $j i32) (local $np i32) (local $sum i32)
    (local.set $flags (array.new_default $bytes (local.get $n)))
    (array.fill $bytes (local.get $flags) (i32.const 0) (i32.const 1) (local.get $n))
    (local.set $primes (array.new_default $ints (i32.const 16)))
    (local.set $i (i32.const 2))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (array.get_u $bytes (local.get $flags) (local.get $i))
          (then
            ;; a prime: record it (doubling the array when full), strike its multiples
            (if (i32.eq (local.get $np) (array.len (local.get $primes)))
              (then
                (local.set $bigger (array.new_default $ints (i32.shl (local.get $np) (i32.const 1))))
                (array.copy $ints $ints (local.get $bigger) (i32.const 0) (local.get $primes)
                            (i32.const 0) (local.get $np))
                (local.set $primes (local.get $bigger))))
            (array.set $ints (local.get $primes) (local.get $np) (local.get $i))
            (local.set $np (i32.add (local.get $np) (i32.const 1)))
            (local.set $j (i32.mul (local.get $i) (local.get $i)))
            (if (i32.le_u (local.get $i) (i32.const 46340))
              (then
                (block $struck
                  (loop $strike
                    (br_if $struck (i32.ge_u (local.get $j) (local.get $n)))
                    (array.set $bytes (local.get $flags) (local.get $j) (i32.const 0))
                    (local.set $j (i32.add (local.get $j) (local.get $i)))
                    (br $strike)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.set $i (i32.const 0))
    (block $summed
      (loop $add
        (br_if $summed (i32.ge_u (local.get $i) (local.get $np)))
        (local.set $sum (i32.add (local.get $sum) (array.get $ints (local.get $primes) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $add)))
    (local.get $sum))

  (func (export "run") (param $n i32) (param $reps i32) (result i32)
    (local $total i32)
    (block $done
      (loop $again
        (br_if $done (i32.eqz (local.get $reps)))
        (local.set $total (i32.add (local.get $total) (call $round (local.get $n))))
        (local.set $reps (i32.sub (local.get $reps) (i32.const 1)))
        (br $again)))
    (local.get $total)))
