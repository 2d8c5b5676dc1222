;; invoke.wat: exports of every numeric type for `hearth run --invoke`, plus a trap with names.
(module
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "neg64") (param i64) (result i64) (i64.sub (i64.const 0) (local.get 0)))
  (func (export "fmul") (param f32 f32) (result f32) (f32.mul (local.get 0) (local.get 1)))
  (func (export "dsqrt") (param f64) (result f64) (f64.sqrt (local.get 0)))
  (func (export "pair") (result i32 i64) (i32.const -1) (i64.const 9007199254740993))
  (func (export "nothing"))
  (func $deepest (unreachable))
  (func $deeper (call $deepest))
  (func (export "boom") (call $deeper))
  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "spin") (loop $l (br $l)))
)
