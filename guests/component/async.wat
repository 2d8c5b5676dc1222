;; async.wat: the async subset hearth runs (tests/test_component.c async_subset): async-lifted
;; exports that finish within their call (task.return, callback EXIT), an async lower of one,
;; context.get/set, and the built-ins hearth does not run (they trap "unsupported"), a stream
;; handle in a signature (i32 in the flat ABI; a host call that lifts one fails cleanly).
(component
  (type $ST (stream u8))
  (core module $Mem (memory (export "mem") 1))
  (core instance $mem (instantiate $Mem))
  (canon task.return (result u32) (core func $ret-u32))
  (canon context.get i32 0 (core func $ctx-get))
  (canon context.set i32 0 (core func $ctx-set))
  (canon thread.yield (core func $yield))
  (canon stream.new $ST (core func $stream-new))
  (core module $M
    (import "" "ret-u32" (func $ret-u32 (param i32)))
    (import "" "ctx-get" (func $ctx-get (result i32)))
    (import "" "ctx-set" (func $ctx-set (param i32)))
    (import "" "yield" (func $yield (result i32)))
    (import "" "stream-new" (func $stream-new (result i64)))
    ;; async, stackful: the result through task.return
    (func (export "double") (param i32)
      (call $ctx-set (i32.mul (local.get 0) (i32.const 2)))
      (call $ret-u32 (call $ctx-get)))
    ;; async with a callback that exits at once (code 0)
    (func (export "seven") (result i32) (call $ret-u32 (i32.const 7)) (i32.const 0))
    (func (export "cb") (param i32 i32 i32) (result i32) (i32.const 0))
    ;; async with a callback that asks to yield (code 1): hearth cannot suspend
    (func (export "wait") (result i32) (i32.const 1))
    ;; async without task.return
    (func (export "forget"))
    ;; task.return twice
    (func (export "twice") (call $ret-u32 (i32.const 1)) (call $ret-u32 (i32.const 2)))
    ;; a sync export calling a built-in hearth does not run
    (func (export "yield") (result i32) (call $yield))
    (func (export "stream") (result i32) (i32.wrap_i64 (call $stream-new)))
    ;; task.return outside an async task
    (func (export "stray") (result i32) (call $ret-u32 (i32.const 3)) (i32.const 0))
    (func (export "take-stream") (param i32))
  )
  (core instance $m (instantiate $M (with "" (instance
    (export "ret-u32" (func $ret-u32))
    (export "ctx-get" (func $ctx-get))
    (export "ctx-set" (func $ctx-set))
    (export "yield" (func $yield))
    (export "stream-new" (func $stream-new))
  ))))
  (func $double (export "double") async (param "x" u32) (result u32) (canon lift (core func $m "double") async))
  (func (export "seven") async (result u32) (canon lift (core func $m "seven") async (callback (core func $m "cb"))))
  (func (export "wait") async (result u32) (canon lift (core func $m "wait") async (callback (core func $m "cb"))))
  (func (export "forget") async (result u32) (canon lift (core func $m "forget") async))
  (func (export "twice") async (result u32) (canon lift (core func $m "twice") async))
  (func (export "yield") (result u32) (canon lift (core func $m "yield")))
  (func (export "stream") (result u32) (canon lift (core func $m "stream")))
  (func (export "stray") (result u32) (canon lift (core func $m "stray")))
  (func (export "take-stream") (param "s" $ST) (canon lift (core func $m "take-stream")))

  ;; an async lower of an async export (from a nested instance: an instance may not call itself):
  ;; hearth completes the call and returns RETURNED (2), the result at the given pointer
  (component $D
    (import "double" (func $double async (param "x" u32) (result u32)))
    (core module $Mem (memory (export "mem") 1))
    (core instance $mem (instantiate $Mem))
    (canon lower (func $double) async (memory (core memory $mem "mem")) (core func $double-lowered))
    (core module $C
      (import "" "mem" (memory 1))
      (import "" "double" (func $double (param i32 i32) (result i32)))
      (func (export "via-lower") (param i32) (result i32)
        (if (i32.ne (call $double (local.get 0) (i32.const 64)) (i32.const 2)) (then unreachable))
        (i32.load (i32.const 64))))
    (core instance $c (instantiate $C (with "" (instance
      (export "mem" (memory $mem "mem"))
      (export "double" (func $double-lowered))
    ))))
    (func (export "via-lower") (param "x" u32) (result u32) (canon lift (core func $c "via-lower")))
  )
  (instance $d (instantiate $D (with "double" (func $double))))
  (export "via-lower" (func $d "via-lower"))
)
