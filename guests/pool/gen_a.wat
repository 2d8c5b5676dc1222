;; gen_a.wat: hot-swap test guest, generation "a". Its code, a global and a data byte all say 1,
;; and "gen" answers code * 100 + global * 10 + memory[0] (111 on a pristine instance), then
;; dirties both, so an answer mixing two generations or two calls would show.
(module
  (memory (export "memory") 1)
  (global $g (mut i32) (i32.const 1))
  (data (i32.const 0) "\01")
  (func (export "gen") (result i32)
    (local $r i32)
    (local.set $r (i32.add (i32.mul (i32.const 1) (i32.const 100))
                           (i32.add (i32.mul (global.get $g) (i32.const 10))
                                    (i32.load8_u (i32.const 0)))))
    (global.set $g (i32.add (global.get $g) (i32.const 3)))
    (i32.store8 (i32.const 0) (i32.add (i32.load8_u (i32.const 0)) (i32.const 5)))
    (local.get $r))
  ;; The generation alone, from code (for REUSE, where "gen" sees a dirty instance).
  (func (export "code") (result i32) (i32.const 1))
)
