;; block.wat: calls the host function env.wait, which the test blocks until it lets go, so tests
;; can hold pool instances busy deterministically (queue, growth, idle timeout).
(module
  (import "env" "wait" (func $wait))
  (memory (export "memory") 1)
  (func (export "hold") (call $wait))
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
)
