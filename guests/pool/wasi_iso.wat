;; wasi_iso.wat: a WASI reactor that probes its stdio and fd table, for the isolation tests of pools
;; (tests/test_pool.c) and of `hearth run` (tests/test_wasi.c). Every probe returns the WASI errno,
;; or a count (>= 0) / -errno.
(module
  (import "wasi_snapshot_preview1" "fd_fdstat_set_flags" (func $set_flags (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_seek" (func $seek (param i32 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_filestat_set_size" (func $set_size (param i32 i64) (result i32)))
  (import "wasi_snapshot_preview1" "fd_allocate" (func $allocate (param i32 i64 i64) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fdstat (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_close" (func $close (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; the fd _initialize opened data.txt as (-1: no preopen at fd 3)
  (global $data_fd (mut i32) (i32.const -1))
  (data (i32.const 256) "data.txt")
  (data (i32.const 272) "new.txt")
  (data (i32.const 288) "hello\n")

  (func (export "set_flags") (param $fd i32) (param $flags i32) (result i32)
    (call $set_flags (local.get $fd) (local.get $flags)))
  (func (export "seek") (param $fd i32) (result i32)
    (call $seek (local.get $fd) (i64.const 0) (i32.const 2) (i32.const 64)))
  (func (export "set_size") (param $fd i32) (result i32)
    (call $set_size (local.get $fd) (i64.const 0)))
  (func (export "allocate") (param $fd i32) (result i32)
    (call $allocate (local.get $fd) (i64.const 0) (i64.const 4096)))
  (func (export "fdstat") (param $fd i32) (result i32)
    (call $fdstat (local.get $fd) (i32.const 64)))
  ;; fs_flags of fd (APPEND 1, NONBLOCK 4), or -errno.
  (func (export "fdflags") (param $fd i32) (result i32)
    (local $e i32)
    (local.set $e (call $fdstat (local.get $fd) (i32.const 64)))
    (if (result i32) (local.get $e)
      (then (i32.sub (i32.const 0) (local.get $e)))
      (else (i32.load16_u (i32.const 66)))))
  (func (export "close") (param $fd i32) (result i32)
    (call $close (local.get $fd)))

  ;; Reads up to 16 bytes from fd into 128: the count, or -errno.
  (func $read_n (export "read") (param $fd i32) (result i32)
    (local $e i32)
    (i32.store (i32.const 0) (i32.const 128))
    (i32.store (i32.const 4) (i32.const 16))
    (local.set $e (call $read (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8)))
    (if (result i32) (local.get $e)
      (then (i32.sub (i32.const 0) (local.get $e)))
      (else (i32.load (i32.const 8)))))

  ;; Writes "hello\n" to fd: the count, or -errno.
  (func (export "write") (param $fd i32) (result i32)
    (local $e i32)
    (i32.store (i32.const 0) (i32.const 288))
    (i32.store (i32.const 4) (i32.const 6))
    (local.set $e (call $write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8)))
    (if (result i32) (local.get $e)
      (then (i32.sub (i32.const 0) (local.get $e)))
      (else (i32.load (i32.const 8)))))

  ;; Opens (creating) name (at 272 or 256, len) beneath fd 3 for reading and writing: the new fd,
  ;; or -errno.
  (func $open_at (param $name i32) (param $len i32) (param $oflags i32) (result i32)
    (local $e i32)
    (local.set $e (call $open (i32.const 3) (i32.const 0) (local.get $name) (local.get $len)
                        (local.get $oflags) (i64.const 0x3fffffff) (i64.const 0x3fffffff)
                        (i32.const 0) (i32.const 12)))
    (if (result i32) (local.get $e)
      (then (i32.sub (i32.const 0) (local.get $e)))
      (else (i32.load (i32.const 12)))))
  (func (export "open") (result i32)
    (call $open_at (i32.const 272) (i32.const 7) (i32.const 1)))

  ;; The next byte of data.txt through the fd _initialize opened: 0..255, -1 at EOF, or -1000 - errno.
  (func (export "read_data") (result i32)
    (local $e i32)
    (i32.store (i32.const 0) (i32.const 128))
    (i32.store (i32.const 4) (i32.const 1))
    (local.set $e (call $read (global.get $data_fd) (i32.const 0) (i32.const 1) (i32.const 8)))
    (if (local.get $e) (then (return (i32.sub (i32.const -1000) (local.get $e)))))
    (if (i32.eqz (i32.load (i32.const 8))) (then (return (i32.const -1))))
    (i32.load8_u (i32.const 128)))
  (func (export "data_fd") (result i32) (global.get $data_fd))

  ;; Opens data.txt beneath fd 3 when there is one; the fd stays open in the snapshot.
  (func (export "_initialize")
    (local $fd i32)
    (local.set $fd (call $open_at (i32.const 256) (i32.const 8) (i32.const 0)))
    (if (i32.ge_s (local.get $fd) (i32.const 0)) (then (global.set $data_fd (local.get $fd)))))
)
