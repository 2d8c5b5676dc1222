;; cli-net.wat: a wasi:cli/run component written by hand against WASI 0.2.0 that asks wasi:sockets
;; for a TCP socket, binds it to 127.0.0.1 (any port) and listens, then for a UDP socket, printing
;; each step's outcome ("tcp: ok", "listen: err 01": the error-code case in two digits). It never
;; drops the sockets or the network: the host must close them (the context's end, a pool's reset).
;; Built to cli-net.wasm with `jco parse` (guests/component/Makefile); tests/test_wasip2.c runs it
;; without a grant, with --allow-net and with --allow-host, and from a pool under reset.
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
    (export "ip-address-family" (type $iaf-e (eq $iaf)))
    (type $v4 (tuple u8 u8 u8 u8))
    (export "ipv4-address" (type $v4-e (eq $v4)))
    (type $v6 (tuple u16 u16 u16 u16 u16 u16 u16 u16))
    (export "ipv6-address" (type $v6-e (eq $v6)))
    (type $v4sa (record (field "port" u16) (field "address" $v4-e)))
    (export "ipv4-socket-address" (type $v4sa-e (eq $v4sa)))
    (type $v6sa (record (field "port" u16) (field "flow-info" u32) (field "address" $v6-e)
                        (field "scope-id" u32)))
    (export "ipv6-socket-address" (type $v6sa-e (eq $v6sa)))
    (type $isa (variant (case "ipv4" $v4sa-e) (case "ipv6" $v6sa-e)))
    (export "ip-socket-address" (type $isa-e (eq $isa)))))
  (alias export $network "network" (type $network-t))
  (alias export $network "error-code" (type $error-code))
  (alias export $network "ip-address-family" (type $address-family))
  (alias export $network "ip-socket-address" (type $socket-address))
  (import "wasi:sockets/instance-network@0.2.0" (instance $inet
    (alias outer 1 $network-t (type $n))
    (export "network" (type $n-e (eq $n)))
    (export "instance-network" (func (result (own $n-e))))))
  (import "wasi:sockets/tcp@0.2.0" (instance $tcp
    (alias outer 1 $network-t (type $n))
    (export "network" (type $n-e (eq $n)))
    (alias outer 1 $error-code (type $ec))
    (export "error-code" (type $ec-e (eq $ec)))
    (alias outer 1 $socket-address (type $sa))
    (export "ip-socket-address" (type $sa-e (eq $sa)))
    (export "tcp-socket" (type $ts (sub resource)))
    (export "[method]tcp-socket.start-bind"
      (func (param "self" (borrow $ts)) (param "network" (borrow $n-e))
            (param "local-address" $sa-e) (result (result (error $ec-e)))))
    (export "[method]tcp-socket.finish-bind"
      (func (param "self" (borrow $ts)) (result (result (error $ec-e)))))
    (export "[method]tcp-socket.start-listen"
      (func (param "self" (borrow $ts)) (result (result (error $ec-e)))))))
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
  (import "wasi:sockets/udp@0.2.0" (instance $udp
    (export "udp-socket" (type (sub resource)))))
  (alias export $udp "udp-socket" (type $udp-socket))
  (import "wasi:sockets/udp-create-socket@0.2.0" (instance $udpc
    (alias outer 1 $error-code (type $ec))
    (export "error-code" (type $ec-e (eq $ec)))
    (alias outer 1 $address-family (type $f))
    (export "ip-address-family" (type $f-e (eq $f)))
    (alias outer 1 $udp-socket (type $us))
    (export "udp-socket" (type $us-e (eq $us)))
    (export "create-udp-socket"
      (func (param "address-family" $f-e) (result (result (own $us-e) (error $ec-e)))))))

  (core module $memory (memory (export "mem") 1))
  (core instance $mem-inst (instantiate $memory))
  (alias core export $mem-inst "mem" (core memory $mem))

  (core func $get-stdout (canon lower (func $stdout "get-stdout")))
  (core func $write (canon lower (func $streams "[method]output-stream.blocking-write-and-flush")
                      (memory $mem)))
  (core func $instance-network (canon lower (func $inet "instance-network")))
  (core func $create-tcp (canon lower (func $tcpc "create-tcp-socket") (memory $mem)))
  (core func $create-udp (canon lower (func $udpc "create-udp-socket") (memory $mem)))
  (core func $start-bind (canon lower (func $tcp "[method]tcp-socket.start-bind") (memory $mem)))
  (core func $finish-bind (canon lower (func $tcp "[method]tcp-socket.finish-bind") (memory $mem)))
  (core func $start-listen (canon lower (func $tcp "[method]tcp-socket.start-listen") (memory $mem)))
  (core func $drop-os (canon resource.drop $output-stream))
  (core instance $host
    (export "get-stdout" (func $get-stdout))
    (export "write" (func $write))
    (export "instance-network" (func $instance-network))
    (export "create-tcp" (func $create-tcp))
    (export "create-udp" (func $create-udp))
    (export "start-bind" (func $start-bind))
    (export "finish-bind" (func $finish-bind))
    (export "start-listen" (func $start-listen))
    (export "drop-os" (func $drop-os)))

  (core module $main
    (import "env" "mem" (memory 1))
    (import "host" "get-stdout" (func $get-stdout (result i32)))
    (import "host" "write" (func $write (param i32 i32 i32 i32)))
    (import "host" "instance-network" (func $instance-network (result i32)))
    (import "host" "create-tcp" (func $create-tcp (param i32 i32)))
    (import "host" "create-udp" (func $create-udp (param i32 i32)))
    (import "host" "start-bind" (func $start-bind
      (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
    (import "host" "finish-bind" (func $finish-bind (param i32 i32)))
    (import "host" "start-listen" (func $start-listen (param i32 i32)))
    (import "host" "drop-os" (func $drop-os (param i32)))
    (data (i32.const 16) "tcp: ")
    (data (i32.const 24) "bind: ")
    (data (i32.const 32) "listen: ")
    (data (i32.const 48) "udp: ")
    (data (i32.const 56) "ok\n")
    (data (i32.const 64) "err ??\n")
    (global $out (mut i32) (i32.const 0))
    ;; prints PREFIX then "ok" or "err NN" for the result at 80 (its error payload at 80 + off);
    ;; returns 1 for ok
    (func $report (param $prefix i32) (param $len i32) (param $off i32) (result i32)
      (local $c i32)
      (call $write (global.get $out) (local.get $prefix) (local.get $len) (i32.const 96))
      (if (i32.eqz (i32.load8_u (i32.const 80)))
        (then (call $write (global.get $out) (i32.const 56) (i32.const 3) (i32.const 96))
              (return (i32.const 1))))
      (local.set $c (i32.load8_u (i32.add (i32.const 80) (local.get $off))))
      (i32.store8 (i32.const 68) (i32.add (i32.const 48) (i32.div_u (local.get $c) (i32.const 10))))
      (i32.store8 (i32.const 69) (i32.add (i32.const 48) (i32.rem_u (local.get $c) (i32.const 10))))
      (call $write (global.get $out) (i32.const 64) (i32.const 7) (i32.const 96))
      (i32.const 0))
    (func (export "run") (result i32)
      (local $net i32) (local $sock i32)
      (global.set $out (call $get-stdout))
      (local.set $net (call $instance-network))
      (call $create-tcp (i32.const 0) (i32.const 80))
      (if (call $report (i32.const 16) (i32.const 5) (i32.const 4))
        (then
          (local.set $sock (i32.load (i32.const 84)))
          ;; ipv4 {port 0, 127.0.0.1}, the rest of the joined ipv6 case zero
          (call $start-bind (local.get $sock) (local.get $net) (i32.const 0) (i32.const 0)
            (i32.const 127) (i32.const 0) (i32.const 0) (i32.const 1)
            (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
            (i32.const 80))
          (drop (call $report (i32.const 24) (i32.const 6) (i32.const 1)))
          (call $finish-bind (local.get $sock) (i32.const 80))
          (call $start-listen (local.get $sock) (i32.const 80))
          (drop (call $report (i32.const 32) (i32.const 8) (i32.const 1)))))
      (call $create-udp (i32.const 0) (i32.const 80))
      (drop (call $report (i32.const 48) (i32.const 5) (i32.const 4)))
      (call $drop-os (global.get $out))
      (i32.const 0)))
  (core instance $main-inst (instantiate $main
    (with "env" (instance $mem-inst))
    (with "host" (instance $host))))

  (type $run-t (func (result (result))))
  (func $run (type $run-t) (canon lift (core func $main-inst "run")))
  (instance $run-inst (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $run-inst)))
