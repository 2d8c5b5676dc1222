;; v020.wat: a wasi:cli/run component written by hand against WASI 0.2.0 (not 0.2.12): it
;; writes a line to stdout through wasi:io/streams, asks wasi:sockets for a TCP socket (networking
;; is not granted: err(access-denied), case 1) and prints the error case, then returns ok.
;; Built to cli-v020.wasm with `jco parse` (guests/component/Makefile).
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
  (import "wasi:sockets/network@0.2.0" (instance $network
    (export "network" (type (sub resource)))
    (type $ec (enum "unknown" "access-denied" "not-supported" "invalid-argument" "out-of-memory"
                    "timeout" "concurrency-conflict" "not-in-progress" "would-block" "invalid-state"
                    "new-socket-limit" "address-not-bindable" "address-in-use" "remote-unreachable"
                    "connection-refused" "connection-reset" "connection-aborted"
                    "datagram-too-large" "name-unresolvable" "temporary-resolver-failure"
                    "permanent-resolver-failure"))
    (export "error-code" (type $ec-e (eq $ec)))
    (type $iaf (enum "ipv4" "ipv6"))
    (export "ip-address-family" (type $iaf-e (eq $iaf)))))
  (alias export $network "error-code" (type $error-code))
  (alias export $network "ip-address-family" (type $address-family))
  (import "wasi:sockets/tcp@0.2.0" (instance $tcp
    (export "tcp-socket" (type (sub resource)))))
  (alias export $tcp "tcp-socket" (type $tcp-socket))
  (import "wasi:sockets/tcp-create-socket@0.2.0" (instance $tcpc
    (alias outer 1 $error-code (type $ec))
    (export "error-code" (type $ec-e (eq $ec)))
    (alias outer 1 $address-family (type $f))
    (export "ip-address-family" (type $f-e (eq $f)))
    (alias outer 1 $tcp-socket (type $ts))
    (export "tcp-socket" (type $ts-e (eq $ts)))
    (export "create-tcp-socket"
      (func (param "address-family" $f-e) (result (result (own $ts-e) (error $ec-e)))))))

  (core module $memory (memory (export "mem") 1))
  (core instance $mem-inst (instantiate $memory))
  (alias core export $mem-inst "mem" (core memory $mem))

  (core func $get-stdout (canon lower (func $stdout "get-stdout")))
  (core func $write (canon lower (func $streams "[method]output-stream.blocking-write-and-flush")
                      (memory $mem)))
  (core func $create-tcp (canon lower (func $tcpc "create-tcp-socket") (memory $mem)))
  (core func $drop-os (canon resource.drop $output-stream))
  (core instance $host
    (export "get-stdout" (func $get-stdout))
    (export "write" (func $write))
    (export "create-tcp" (func $create-tcp))
    (export "drop-os" (func $drop-os)))

  (core module $main
    (import "env" "mem" (memory 1))
    (import "host" "get-stdout" (func $get-stdout (result i32)))
    (import "host" "write" (func $write (param i32 i32 i32 i32)))
    (import "host" "create-tcp" (func $create-tcp (param i32 i32)))
    (import "host" "drop-os" (func $drop-os (param i32)))
    (data (i32.const 16) "hello from 0.2.0\n")
    (data (i32.const 48) "tcp: err ?\n")
    (func (export "run") (result i32)
      (local $h i32)
      (local.set $h (call $get-stdout))
      (call $write (local.get $h) (i32.const 16) (i32.const 17) (i32.const 64))
      (call $create-tcp (i32.const 0) (i32.const 80))
      ;; result<own<tcp-socket>, error-code> at 80: case byte, payload at 84
      (if (i32.ne (i32.load8_u (i32.const 80)) (i32.const 1)) (then unreachable))
      (i32.store8 (i32.const 57) (i32.add (i32.const 48) (i32.load8_u (i32.const 84))))
      (call $write (local.get $h) (i32.const 48) (i32.const 11) (i32.const 64))
      (call $drop-os (local.get $h))
      (i32.const 0)))
  (core instance $main-inst (instantiate $main
    (with "env" (instance $mem-inst))
    (with "host" (instance $host))))

  (type $run-t (func (result (result))))
  (func $run (type $run-t) (canon lift (core func $main-inst "run")))
  (instance $run-inst (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $run-inst)))
