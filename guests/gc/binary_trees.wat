;; binary_trees.wat: the binary-trees benchmark on WebAssembly 3.0 GC structs (a GC-heavy guest for
;; pools: every call allocates and drops whole trees; nothing survives a reset).
;;
;; run(n): max depth M = max(n, 6). Builds and checks a "stretch" tree of depth M + 1, keeps a
;; long-lived tree of depth M (in a global, for the length of the call), then for d = 4, 6, ..., M
;; builds and checks 2^(M - d + 4) trees of depth d. Returns the sum of every check (a tree of
;; depth d has 2^(d+1) - 1 nodes, each counted once). Allocations per call: about
;; 2^(M+2) + 2^(M+1) + ((M - 4) / 2 + 1) * 2^(M+5); run(13) makes ~1.32 million.
(module
  (type $node (struct (field $left (ref null $node)) (field $right (ref null $node))))

  (global $long_lived (mut (ref null $node)) (ref.null $node))

  ;; A complete tree of the given depth (depth 0: a leaf, both children null).
  (func $make (param $depth i32) (result (ref $node))
    (if (result (ref $node)) (i32.eqz (local.get $depth))
      (then (struct.new $node (ref.null $node) (ref.null $node)))
      (else
        (struct.new $node
          (call $make (i32.sub (local.get $depth) (i32.const 1)))
          (call $make (i32.sub (local.get $depth) (i32.const 1)))))))

  ;; Nodes of the tree.
  (func $check (param $t (ref $node)) (result i32)
    (local $l (ref null $node))
    (local.set $l (struct.get $node $left (local.get $t)))
    (if (result i32) (ref.is_null (local.get $l))
      (then (i32.const 1))
      (else
        (i32.add
          (i32.const 1)
          (i32.add
            (call $check (ref.as_non_null (local.get $l)))
            (call $check (ref.as_non_null (struct.get $node $right (local.get $t)))))))))

  (func (export "run") (param $n i32) (result i32)
    (local $max i32) (local $d i32) (local $iters i32) (local $i i32) (local $sum i32)
    (local.set $max (select (local.get $n) (i32.const 6) (i32.gt_s (local.get $n) (i32.const 6))))
    ;; stretch tree
    (local.set $sum (call $check (call $make (i32.add (local.get $max) (i32.const 1)))))
    ;; long-lived tree
    (global.set $long_lived (call $make (local.get $max)))
    (local.set $d (i32.const 4))
    (block $done
      (loop $depths
        (br_if $done (i32.gt_s (local.get $d) (local.get $max)))
        (local.set $iters
          (i32.shl (i32.const 1)
                   (i32.add (i32.sub (local.get $max) (local.get $d)) (i32.const 4))))
        (local.set $i (i32.const 0))
        (block $iters_done
          (loop $each
            (br_if $iters_done (i32.ge_s (local.get $i) (local.get $iters)))
            (local.set $sum
              (i32.add (local.get $sum) (call $check (call $make (local.get $d)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $each)))
        (local.set $d (i32.add (local.get $d) (i32.const 2)))
        (br $depths)))
    (local.set $sum
      (i32.add (local.get $sum) (call $check (ref.as_non_null (global.get $long_lived)))))
    (local.get $sum)))
