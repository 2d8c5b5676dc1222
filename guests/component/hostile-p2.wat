;; hostile-p2.wat: a component that calls WASI 0.2 the wrong way, one export per way, for
;; `hearth run --invoke` (tests/test_cli.c hostile_component_calls): a list outside linear memory, a
;; list longer than memory, a handle never given, a handle dropped twice, and 70,000 output-streams
;; never dropped (more host objects than a context holds). Each must trap with a message that says
;; why, never crash or grow without bound. Built to hostile-p2.wasm with `jco parse` (Makefile).
(component
  (import "wasi:io/error@0.2.0" (instance $error-inst
    (export "error" (type (sub resource)))))
  (alias export $error-inst "error" (type $error))
  (import "wasi:io/streams@0.2.0" (instance $streams
    (export "output-stream" (type $os (sub resource)))
    (alias outer 1 $error (type $err))
    (export "error" (type $err-e (eq $err)))
    (type $se (variant (case "last-operation-failed" (own $err-e)) (case "closed")))
    (export "stream-error" (type $se-e (eq $se)))
    (export "[method]output-stream.blocking-write-and-flush"
      (func (param "self" (borrow $os)) (param "contents" (list u8)) (result (result (error $se-e)))))))
  (alias export $streams "output-stream" (type $output-stream))
  (import "wasi:cli/stdout@0.2.0" (instance $stdout
    (alias outer 1 $output-stream (type $os))
    (export "output-stream" (type $os-e (eq $os)))
    (export "get-stdout" (func (result (own $os-e))))))

  (core module $memory (memory (export "mem") 1))
  (core instance $mem-inst (instantiate $memory))
  (alias core export $mem-inst "mem" (core memory $mem))

  (core func $get-stdout (canon lower (func $stdout "get-stdout")))
  (core func $write (canon lower (func $streams "[method]output-stream.blocking-write-and-flush")
                      (memory $mem)))
  (core func $drop-os (canon resource.drop $output-stream))
  (core instance $host
    (export "get-stdout" (func $get-stdout))
    (export "write" (func $write))
    (export "drop-os" (func $drop-os)))

  (core module $main
    (import "env" "mem" (memory 1))
    (import "host" "get-stdout" (func $get-stdout (result i32)))
    (import "host" "write" (func $write (param i32 i32 i32 i32)))
    (import "host" "drop-os" (func $drop-os (param i32)))
    (func (export "oob")
      (call $write (call $get-stdout) (i32.const 0xfffffff0) (i32.const 100) (i32.const 64)))
    (func (export "huge-list")
      (call $write (call $get-stdout) (i32.const 0) (i32.const 0x7fffffff) (i32.const 64)))
    (func (export "bad-handle")
      (call $write (i32.const 12345) (i32.const 0) (i32.const 1) (i32.const 64)))
    (func (export "drop-twice") (local $o i32)
      (local.set $o (call $get-stdout))
      (call $drop-os (local.get $o))
      (call $drop-os (local.get $o)))
    (func (export "handles") (local $i i32)
      (loop $l
        (drop (call $get-stdout))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (i32.const 70000))))))
  (core instance $main-inst (instantiate $main
    (with "env" (instance $mem-inst))
    (with "host" (instance $host))))

  (func (export "oob") (canon lift (core func $main-inst "oob")))
  (func (export "huge-list") (canon lift (core func $main-inst "huge-list")))
  (func (export "bad-handle") (canon lift (core func $main-inst "bad-handle")))
  (func (export "drop-twice") (canon lift (core func $main-inst "drop-twice")))
  (func (export "handles") (canon lift (core func $main-inst "handles"))))
