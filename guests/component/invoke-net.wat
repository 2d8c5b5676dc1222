;; invoke-net.wat: a component export (no wasi:cli/run) that uses wasi:sockets, for `hearth run
;; --invoke` and `hearth soak --invoke` grants: listen() asks for a TCP socket, binds it to
;; 127.0.0.1 (any port) and listens; it returns 0 when every step worked, else 100 * step + the
;; error-code case (101: create-tcp-socket access-denied, no grant). It never drops the socket
;; or the network: a pool's reset (or the context's end) must close them. Written by hand against
;; WASI 0.2.0; built to invoke-net.wasm with `jco parse` (guests/component/Makefile); run by
;; tests/test_cli.c soak_invoke_net.
(component
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

  (core module $memory (memory (export "mem") 1))
  (core instance $mem-inst (instantiate $memory))
  (alias core export $mem-inst "mem" (core memory $mem))

  (core func $instance-network (canon lower (func $inet "instance-network")))
  (core func $create-tcp (canon lower (func $tcpc "create-tcp-socket") (memory $mem)))
  (core func $start-bind (canon lower (func $tcp "[method]tcp-socket.start-bind") (memory $mem)))
  (core func $finish-bind (canon lower (func $tcp "[method]tcp-socket.finish-bind") (memory $mem)))
  (core func $start-listen (canon lower (func $tcp "[method]tcp-socket.start-listen") (memory $mem)))
  (core instance $host
    (export "instance-network" (func $instance-network))
    (export "create-tcp" (func $create-tcp))
    (export "start-bind" (func $start-bind))
    (export "finish-bind" (func $finish-bind))
    (export "start-listen" (func $start-listen)))

  (core module $main
    (import "env" "mem" (memory 1))
    (import "host" "instance-network" (func $instance-network (result i32)))
    (import "host" "create-tcp" (func $create-tcp (param i32 i32)))
    (import "host" "start-bind" (func $start-bind
      (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
    (import "host" "finish-bind" (func $finish-bind (param i32 i32)))
    (import "host" "start-listen" (func $start-listen (param i32 i32)))
    ;; the result<_, error-code> at 80: 0 when ok, else 100 * step + the case (at 80 + off)
    (func $failed (param $step i32) (param $off i32) (result i32)
      (if (result i32) (i32.load8_u (i32.const 80))
        (then (i32.add (i32.mul (local.get $step) (i32.const 100))
                       (i32.load8_u (i32.add (i32.const 80) (local.get $off)))))
        (else (i32.const 0))))
    (func (export "listen") (result i32)
      (local $net i32) (local $sock i32) (local $r i32)
      (local.set $net (call $instance-network))
      (call $create-tcp (i32.const 0) (i32.const 80))
      (if (local.tee $r (call $failed (i32.const 1) (i32.const 4))) (then (return (local.get $r))))
      (local.set $sock (i32.load (i32.const 84)))
      ;; ipv4 {port 0, 127.0.0.1}, the rest of the joined ipv6 case zero
      (call $start-bind (local.get $sock) (local.get $net) (i32.const 0) (i32.const 0)
        (i32.const 127) (i32.const 0) (i32.const 0) (i32.const 1)
        (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
        (i32.const 80))
      (if (local.tee $r (call $failed (i32.const 2) (i32.const 1))) (then (return (local.get $r))))
      (call $finish-bind (local.get $sock) (i32.const 80))
      (if (local.tee $r (call $failed (i32.const 3) (i32.const 1))) (then (return (local.get $r))))
      (call $start-listen (local.get $sock) (i32.const 80))
      (call $failed (i32.const 4) (i32.const 1))))
  (core instance $main-inst (instantiate $main
    (with "env" (instance $mem-inst))
    (with "host" (instance $host))))

  (type $listen-t (func (result u32)))
  (func $listen (type $listen-t) (canon lift (core func $main-inst "listen")))
  (export "listen" (func $listen)))
