;; small_arrays.wat: a WebAssembly 3.0 GC guest that allocates many small arrays (array.new,
;; array.new_default, array.new_fixed of i32 and f64 elements), reads them and drops them: the
;; allocation path of small arrays, as binary_trees.wat is that of small structs.
;;
;; run(n): n rounds; round k makes an (array (mut i32)) of k % 8 copies of k, an (array (mut f64))
;; of k % 5 zeros with its last element set to k, and a 3-element fixed i32 array (k, k + 1, -k),
;; and adds up one element of each (and the lengths). Returns the sum mod 2^32.
(module
  (type $ints (array (mut i32)))
  (type $reals (array (mut f64)))
  (func (export "run") (param $n i32) (result i32)
    (local $k i32) (local $sum i32) (local $a (ref null $ints)) (local $f (ref null $reals))
    (local $len i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        (local.set $len (i32.rem_u (local.get $k) (i32.const 8)))
        (local.set $a (array.new $ints (local.get $k) (local.get $len)))
        (if (local.get $len)
          (then (local.set $sum (i32.add (local.get $sum)
                  (array.get $ints (local.get $a) (i32.sub (local.get $len) (i32.const 1)))))))
        (local.set $len (i32.add (i32.rem_u (local.get $k) (i32.const 5)) (i32.const 1)))
        (local.set $f (array.new_default $reals (local.get $len)))
        (array.set $reals (local.get $f) (i32.sub (local.get $len) (i32.const 1))
                   (f64.convert_i32_u (local.get $k)))
        (local.set $sum (i32.add (local.get $sum) (i32.add (array.len (local.get $f))
          (i32.trunc_f64_u (array.get $reals (local.get $f) (i32.sub (local.get $len) (i32.const 1)))))))
        (local.set $a (array.new_fixed $ints 3 (local.get $k) (i32.add (local.get $k) (i32.const 1))
                                              (i32.sub (i32.const 0) (local.get $k))))
        (local.set $sum (i32.add (local.get $sum) (i32.add (array.get $ints (local.get $a) (i32.const 1))
                                                           (array.get $ints (local.get $a) (i32.const 2)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $each)))
    (local.get $sum)))
