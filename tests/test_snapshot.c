/* test_snapshot.c: templates, copy-on-write instantiation and reset: isolation, traps, growth,
 * reactors, commands, threads, leaks. */
#include <dirent.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "hearth.h"
#include "t.h"

/* iso.wat:
   (module
     (import "env" "add" (func $add (param i32 i32) (result i32)))
     (memory (export "memory") 1 10)
     (global $g (export "g") (mut i32) (i32.const 7))
     (global $gr (mut funcref) (ref.func $f1))
     (global $gc i64 (i64.const 5))
     (table $t (export "table") 4 20 funcref)
     (elem (i32.const 0) $f1 $f2 $add)
     (elem declare func $f2)
     (elem $pe funcref (ref.func $f2) (ref.func $f1))
     (data (i32.const 16) "hello")
     (data $pd "passive!")
     (func $f1 (result i32) i32.const 1)
     (func $f2 (result i32) i32.const 2)
     (func (export "dirty")
       (drop (memory.grow (i32.const 2)))
       (i32.store (i32.const 131172) (i32.const 9))
       (i32.store (i32.const 16) (i32.const 0x41414141))
       (i32.store (i32.const 40000) (i32.const 0x12345678))
       (global.set $g (i32.const 99))
       (global.set $gr (ref.null func))
       (table.set $t (i32.const 0) (ref.null func))
       (table.set $t (i32.const 3) (ref.func $f2))
       (drop (table.grow $t (ref.func $f2) (i32.const 3)))
       (data.drop $pd)
       (elem.drop $pe))
     (func (export "trap_after_write")
       (i32.store (i32.const 16) (i32.const 0x42424242))
       (global.set $g (i32.const 55))
       (drop (memory.grow (i32.const 1)))
       unreachable)
     (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
     (func (export "size") (result i32) (memory.size))
     (func (export "tsize") (result i32) (table.size $t))
     (func (export "gr_null") (result i32) (ref.is_null (global.get $gr)))
     (func (export "call_gr") (result i32) (table.set $t (i32.const 3) (global.get $gr)) (call_indirect (result i32) (i32.const 3)))
     (func (export "call_t") (param i32) (result i32) (call_indirect (result i32) (local.get 0)))
     (func (export "call_add") (param i32 i32) (result i32) (call $add (local.get 0) (local.get 1)))
     (func (export "call_t_add") (result i32) (call_indirect (param i32 i32) (result i32) (i32.const 20) (i32.const 22) (i32.const 2)))
     (func (export "try_data") (result i32)
       (memory.init $pd (i32.const 32) (i32.const 0) (i32.const 8))
       (i32.load8_u (i32.const 32)))
     (func (export "try_elem") (result i32)
       (table.init $pe (i32.const 1) (i32.const 0) (i32.const 2))
       (call_indirect (result i32) (i32.const 1)))
     (func (export "gc") (result i64) (global.get $gc))
   )
 */
static const unsigned char w_iso[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x17, 0x05, 0x60,
  0x02, 0x7f, 0x7f, 0x01, 0x7f, 0x60, 0x00, 0x01, 0x7f, 0x60, 0x00, 0x00,
  0x60, 0x01, 0x7f, 0x01, 0x7f, 0x60, 0x00, 0x01, 0x7e, 0x02, 0x0b, 0x01,
  0x03, 0x65, 0x6e, 0x76, 0x03, 0x61, 0x64, 0x64, 0x00, 0x00, 0x03, 0x10,
  0x0f, 0x01, 0x01, 0x02, 0x02, 0x03, 0x01, 0x01, 0x01, 0x01, 0x03, 0x00,
  0x01, 0x01, 0x01, 0x04, 0x04, 0x05, 0x01, 0x70, 0x01, 0x04, 0x14, 0x05,
  0x04, 0x01, 0x01, 0x01, 0x0a, 0x06, 0x10, 0x03, 0x7f, 0x01, 0x41, 0x07,
  0x0b, 0x70, 0x01, 0xd2, 0x01, 0x0b, 0x7e, 0x00, 0x42, 0x05, 0x0b, 0x07,
  0x97, 0x01, 0x10, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00,
  0x01, 0x67, 0x03, 0x00, 0x05, 0x74, 0x61, 0x62, 0x6c, 0x65, 0x01, 0x00,
  0x05, 0x64, 0x69, 0x72, 0x74, 0x79, 0x00, 0x03, 0x10, 0x74, 0x72, 0x61,
  0x70, 0x5f, 0x61, 0x66, 0x74, 0x65, 0x72, 0x5f, 0x77, 0x72, 0x69, 0x74,
  0x65, 0x00, 0x04, 0x04, 0x6c, 0x6f, 0x61, 0x64, 0x00, 0x05, 0x04, 0x73,
  0x69, 0x7a, 0x65, 0x00, 0x06, 0x05, 0x74, 0x73, 0x69, 0x7a, 0x65, 0x00,
  0x07, 0x07, 0x67, 0x72, 0x5f, 0x6e, 0x75, 0x6c, 0x6c, 0x00, 0x08, 0x07,
  0x63, 0x61, 0x6c, 0x6c, 0x5f, 0x67, 0x72, 0x00, 0x09, 0x06, 0x63, 0x61,
  0x6c, 0x6c, 0x5f, 0x74, 0x00, 0x0a, 0x08, 0x63, 0x61, 0x6c, 0x6c, 0x5f,
  0x61, 0x64, 0x64, 0x00, 0x0b, 0x0a, 0x63, 0x61, 0x6c, 0x6c, 0x5f, 0x74,
  0x5f, 0x61, 0x64, 0x64, 0x00, 0x0c, 0x08, 0x74, 0x72, 0x79, 0x5f, 0x64,
  0x61, 0x74, 0x61, 0x00, 0x0d, 0x08, 0x74, 0x72, 0x79, 0x5f, 0x65, 0x6c,
  0x65, 0x6d, 0x00, 0x0e, 0x02, 0x67, 0x63, 0x00, 0x0f, 0x09, 0x12, 0x03,
  0x00, 0x41, 0x00, 0x0b, 0x03, 0x01, 0x02, 0x00, 0x03, 0x00, 0x01, 0x02,
  0x01, 0x00, 0x02, 0x02, 0x01, 0x0c, 0x01, 0x02, 0x0a, 0xdc, 0x01, 0x0f,
  0x04, 0x00, 0x41, 0x01, 0x0b, 0x04, 0x00, 0x41, 0x02, 0x0b, 0x4b, 0x00,
  0x41, 0x02, 0x40, 0x00, 0x1a, 0x41, 0xe4, 0x80, 0x08, 0x41, 0x09, 0x36,
  0x02, 0x00, 0x41, 0x10, 0x41, 0xc1, 0x82, 0x85, 0x8a, 0x04, 0x36, 0x02,
  0x00, 0x41, 0xc0, 0xb8, 0x02, 0x41, 0xf8, 0xac, 0xd1, 0x91, 0x01, 0x36,
  0x02, 0x00, 0x41, 0xe3, 0x00, 0x24, 0x00, 0xd0, 0x70, 0x24, 0x01, 0x41,
  0x00, 0xd0, 0x70, 0x26, 0x00, 0x41, 0x03, 0xd2, 0x02, 0x26, 0x00, 0xd2,
  0x02, 0x41, 0x03, 0xfc, 0x0f, 0x00, 0x1a, 0xfc, 0x09, 0x01, 0xfc, 0x0d,
  0x02, 0x0b, 0x17, 0x00, 0x41, 0x10, 0x41, 0xc2, 0x84, 0x89, 0x92, 0x04,
  0x36, 0x02, 0x00, 0x41, 0x37, 0x24, 0x00, 0x41, 0x01, 0x40, 0x00, 0x1a,
  0x00, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x28, 0x02, 0x00, 0x0b, 0x04, 0x00,
  0x3f, 0x00, 0x0b, 0x05, 0x00, 0xfc, 0x10, 0x00, 0x0b, 0x05, 0x00, 0x23,
  0x01, 0xd1, 0x0b, 0x0d, 0x00, 0x41, 0x03, 0x23, 0x01, 0x26, 0x00, 0x41,
  0x03, 0x11, 0x01, 0x00, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x11, 0x01, 0x00,
  0x0b, 0x08, 0x00, 0x20, 0x00, 0x20, 0x01, 0x10, 0x00, 0x0b, 0x0b, 0x00,
  0x41, 0x14, 0x41, 0x16, 0x41, 0x02, 0x11, 0x00, 0x00, 0x0b, 0x11, 0x00,
  0x41, 0x20, 0x41, 0x00, 0x41, 0x08, 0xfc, 0x08, 0x01, 0x00, 0x41, 0x20,
  0x2d, 0x00, 0x00, 0x0b, 0x11, 0x00, 0x41, 0x01, 0x41, 0x00, 0x41, 0x02,
  0xfc, 0x0c, 0x02, 0x00, 0x41, 0x01, 0x11, 0x01, 0x00, 0x0b, 0x04, 0x00,
  0x23, 0x02, 0x0b, 0x0b, 0x15, 0x02, 0x00, 0x41, 0x10, 0x0b, 0x05, 0x68,
  0x65, 0x6c, 0x6c, 0x6f, 0x01, 0x08, 0x70, 0x61, 0x73, 0x73, 0x69, 0x76,
  0x65, 0x21
};

/* reactor.wat:
   (module
     (import "env" "tick" (func $tick))
     (memory (export "memory") 1)
     (global $g (export "g") (mut i32) (i32.const 0))
     (table $t 2 funcref)
     (elem declare func $b)
     (func $a (result i32) i32.const 11)
     (func $b (result i32) i32.const 22)
     (func $start (call $tick))
     (start $start)
     (func (export "_initialize")
       (call $tick)
       (global.set $g (i32.add (global.get $g) (i32.const 1000)))
       (i32.store (i32.const 100) (i32.const 777))
       (table.set $t (i32.const 1) (ref.func $b))
       (drop (memory.grow (i32.const 4)))
       (i32.store (i32.const 200000) (i32.const 888))
       (i32.store (i32.const 300000) (i32.const 999)))
     (func (export "bump") (result i32)
       (global.set $g (i32.add (global.get $g) (i32.const 1)))
       (i32.store (i32.const 100) (i32.add (i32.load (i32.const 100)) (i32.const 1)))
       (global.get $g))
     (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
     (func (export "size") (result i32) (memory.size))
     (func (export "call1") (result i32) (call_indirect (result i32) (i32.const 1)))
     (func (export "init_trap") unreachable)
   )
 */
static const unsigned char w_reactor[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x0d, 0x03, 0x60,
  0x00, 0x00, 0x60, 0x00, 0x01, 0x7f, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x02,
  0x0c, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x04, 0x74, 0x69, 0x63, 0x6b, 0x00,
  0x00, 0x03, 0x0a, 0x09, 0x01, 0x01, 0x00, 0x00, 0x01, 0x02, 0x01, 0x01,
  0x00, 0x04, 0x04, 0x01, 0x70, 0x00, 0x02, 0x05, 0x03, 0x01, 0x00, 0x01,
  0x06, 0x06, 0x01, 0x7f, 0x01, 0x41, 0x00, 0x0b, 0x07, 0x45, 0x08, 0x06,
  0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x01, 0x67, 0x03, 0x00,
  0x0b, 0x5f, 0x69, 0x6e, 0x69, 0x74, 0x69, 0x61, 0x6c, 0x69, 0x7a, 0x65,
  0x00, 0x04, 0x04, 0x62, 0x75, 0x6d, 0x70, 0x00, 0x05, 0x04, 0x6c, 0x6f,
  0x61, 0x64, 0x00, 0x06, 0x04, 0x73, 0x69, 0x7a, 0x65, 0x00, 0x07, 0x05,
  0x63, 0x61, 0x6c, 0x6c, 0x31, 0x00, 0x08, 0x09, 0x69, 0x6e, 0x69, 0x74,
  0x5f, 0x74, 0x72, 0x61, 0x70, 0x00, 0x09, 0x08, 0x01, 0x03, 0x09, 0x05,
  0x01, 0x03, 0x00, 0x01, 0x02, 0x0a, 0x79, 0x09, 0x04, 0x00, 0x41, 0x0b,
  0x0b, 0x04, 0x00, 0x41, 0x16, 0x0b, 0x04, 0x00, 0x10, 0x00, 0x0b, 0x34,
  0x00, 0x10, 0x00, 0x23, 0x00, 0x41, 0xe8, 0x07, 0x6a, 0x24, 0x00, 0x41,
  0xe4, 0x00, 0x41, 0x89, 0x06, 0x36, 0x02, 0x00, 0x41, 0x01, 0xd2, 0x02,
  0x26, 0x00, 0x41, 0x04, 0x40, 0x00, 0x1a, 0x41, 0xc0, 0x9a, 0x0c, 0x41,
  0xf8, 0x06, 0x36, 0x02, 0x00, 0x41, 0xe0, 0xa7, 0x12, 0x41, 0xe7, 0x07,
  0x36, 0x02, 0x00, 0x0b, 0x1a, 0x00, 0x23, 0x00, 0x41, 0x01, 0x6a, 0x24,
  0x00, 0x41, 0xe4, 0x00, 0x41, 0xe4, 0x00, 0x28, 0x02, 0x00, 0x41, 0x01,
  0x6a, 0x36, 0x02, 0x00, 0x23, 0x00, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x28,
  0x02, 0x00, 0x0b, 0x04, 0x00, 0x3f, 0x00, 0x0b, 0x07, 0x00, 0x41, 0x01,
  0x11, 0x01, 0x00, 0x0b, 0x03, 0x00, 0x00, 0x0b
};

/* command.wat:
   (module
     (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
     (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
     (memory (export "memory") 1)
     (global $ran (mut i32) (i32.const 0))
     (data (i32.const 8) "hi\n")
     (func (export "_start")
       (global.set $ran (i32.add (global.get $ran) (i32.const 1)))
       (i32.store (i32.const 0) (i32.const 8))
       (i32.store (i32.const 4) (i32.const 3))
       (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 64)))
       (i32.store8 (i32.const 8) (i32.const 72)))
     (func (export "ran") (result i32) (global.get $ran))
     (func (export "byte8") (result i32) (i32.load8_u (i32.const 8)))
   )
 */
static const unsigned char w_command[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x14, 0x04, 0x60,
  0x04, 0x7f, 0x7f, 0x7f, 0x7f, 0x01, 0x7f, 0x60, 0x01, 0x7f, 0x00, 0x60,
  0x00, 0x00, 0x60, 0x00, 0x01, 0x7f, 0x02, 0x46, 0x02, 0x16, 0x77, 0x61,
  0x73, 0x69, 0x5f, 0x73, 0x6e, 0x61, 0x70, 0x73, 0x68, 0x6f, 0x74, 0x5f,
  0x70, 0x72, 0x65, 0x76, 0x69, 0x65, 0x77, 0x31, 0x08, 0x66, 0x64, 0x5f,
  0x77, 0x72, 0x69, 0x74, 0x65, 0x00, 0x00, 0x16, 0x77, 0x61, 0x73, 0x69,
  0x5f, 0x73, 0x6e, 0x61, 0x70, 0x73, 0x68, 0x6f, 0x74, 0x5f, 0x70, 0x72,
  0x65, 0x76, 0x69, 0x65, 0x77, 0x31, 0x09, 0x70, 0x72, 0x6f, 0x63, 0x5f,
  0x65, 0x78, 0x69, 0x74, 0x00, 0x01, 0x03, 0x04, 0x03, 0x02, 0x03, 0x03,
  0x05, 0x03, 0x01, 0x00, 0x01, 0x06, 0x06, 0x01, 0x7f, 0x01, 0x41, 0x00,
  0x0b, 0x07, 0x21, 0x04, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02,
  0x00, 0x06, 0x5f, 0x73, 0x74, 0x61, 0x72, 0x74, 0x00, 0x02, 0x03, 0x72,
  0x61, 0x6e, 0x00, 0x03, 0x05, 0x62, 0x79, 0x74, 0x65, 0x38, 0x00, 0x04,
  0x0a, 0x3a, 0x03, 0x2b, 0x00, 0x23, 0x00, 0x41, 0x01, 0x6a, 0x24, 0x00,
  0x41, 0x00, 0x41, 0x08, 0x36, 0x02, 0x00, 0x41, 0x04, 0x41, 0x03, 0x36,
  0x02, 0x00, 0x41, 0x01, 0x41, 0x00, 0x41, 0x01, 0x41, 0xc0, 0x00, 0x10,
  0x00, 0x1a, 0x41, 0x08, 0x41, 0xc8, 0x00, 0x3a, 0x00, 0x00, 0x0b, 0x04,
  0x00, 0x23, 0x00, 0x0b, 0x07, 0x00, 0x41, 0x08, 0x2d, 0x00, 0x00, 0x0b,
  0x0b, 0x09, 0x01, 0x00, 0x41, 0x08, 0x0b, 0x03, 0x68, 0x69, 0x0a
};

/* tablemem.wat:
   (module
     (import "env" "g" (global i32))
     (func (export "f")))
 */
static const unsigned char w_tablemem[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60,
  0x00, 0x00, 0x02, 0x0a, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x67, 0x03,
  0x7f, 0x00, 0x03, 0x02, 0x01, 0x00, 0x07, 0x05, 0x01, 0x01, 0x66, 0x00,
  0x00, 0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b
};

/* trapinit.wat:
   (module
     (memory 1)
     (data (i32.const 0) "x")
     (func $s unreachable)
     (start $s))
 */
static const unsigned char w_trapinit[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60,
  0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x05, 0x03, 0x01, 0x00, 0x01, 0x08,
  0x01, 0x00, 0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b, 0x0b, 0x07, 0x01,
  0x00, 0x41, 0x00, 0x0b, 0x01, 0x78
};

/* spin.wat:
   (module
     (global $n (export "n") (mut i32) (i32.const 0))
     (func (export "_initialize")
       (loop $l
         (global.set $n (i32.add (global.get $n) (i32.const 1)))
         (br_if $l (i32.lt_u (global.get $n) (i32.const 100)))))
     (func (export "spin") (loop $l (br $l))))
 */
static const unsigned char w_spin[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60,
  0x00, 0x00, 0x03, 0x03, 0x02, 0x00, 0x00, 0x06, 0x06, 0x01, 0x7f, 0x01,
  0x41, 0x00, 0x0b, 0x07, 0x1a, 0x03, 0x01, 0x6e, 0x03, 0x00, 0x0b, 0x5f,
  0x69, 0x6e, 0x69, 0x74, 0x69, 0x61, 0x6c, 0x69, 0x7a, 0x65, 0x00, 0x00,
  0x04, 0x73, 0x70, 0x69, 0x6e, 0x00, 0x01, 0x0a, 0x1e, 0x02, 0x14, 0x00,
  0x03, 0x40, 0x23, 0x00, 0x41, 0x01, 0x6a, 0x24, 0x00, 0x23, 0x00, 0x41,
  0xe4, 0x00, 0x49, 0x0d, 0x00, 0x0b, 0x0b, 0x07, 0x00, 0x03, 0x40, 0x0c,
  0x00, 0x0b, 0x0b
};

/* spinstart.wat:
   (module
     (func $s (loop $l (br $l)))
     (start $s))
 */
static const unsigned char w_spinstart[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60,
  0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x08, 0x01, 0x00, 0x0a, 0x09, 0x01,
  0x07, 0x00, 0x03, 0x40, 0x0c, 0x00, 0x0b, 0x0b
};

/* ---------------------------------------------------------------- helpers */

static hearth_status host_add(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  (void)c;
  (void)user;
  r[0].of.i32 = a[0].of.i32 + a[1].of.i32;
  return HEARTH_OK;
}

static hearth_status host_tick(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  (void)c;
  (void)a;
  (void)r;
  __atomic_add_fetch((int *)user, 1, __ATOMIC_SEQ_CST);
  return HEARTH_OK;
}

static hearth_module *load(hearth_engine *e, const unsigned char *b, size_t n) {
  hearth_module *m = NULL;
  hearth_status st = hearth_module_new(e, b, n, &m);
  if (st != HEARTH_OK) fprintf(stderr, "module: %s: %s\n", hearth_status_str(st), hearth_errmsg());
  CHECK_EQ_INT(st, HEARTH_OK);
  return m;
}

static hearth_func *fn(hearth_instance *inst, const char *name) {
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, name, &x), HEARTH_OK);
  CHECK_EQ_INT(x.kind, HEARTH_EXTERN_FUNC);
  return x.of.func;
}

/* Calls name with up to two i32 arguments; returns the status, *out the i32 result if any. */
static hearth_status call(hearth_instance *inst, const char *name, int nargs, int32_t a0, int32_t a1,
                          int32_t *out) {
  hearth_val args[2] = {{.type = HEARTH_I32, .of.i32 = a0}, {.type = HEARTH_I32, .of.i32 = a1}};
  hearth_val res[1];
  hearth_func *f = fn(inst, name);
  size_t nres = 0;
  hearth_func_type(f, NULL, NULL, NULL, &nres);
  hearth_status st = hearth_func_call(f, args, (size_t)nargs, res, 1);
  if (st == HEARTH_OK && nres && out) *out = res[0].of.i32;
  return st;
}

static int32_t call_i32(hearth_instance *inst, const char *name, int nargs, int32_t a0, int32_t a1) {
  int32_t r = -12345;
  hearth_status st = call(inst, name, nargs, a0, a1, &r);
  if (st != HEARTH_OK) fprintf(stderr, "%s: %s: %s\n", name, hearth_status_str(st), hearth_errmsg());
  CHECK_EQ_INT(st, HEARTH_OK);
  return r;
}

static int32_t global_i32(hearth_instance *inst, const char *name) {
  hearth_extern x;
  hearth_val v;
  CHECK_EQ_INT(hearth_instance_export(inst, name, &x), HEARTH_OK);
  CHECK_EQ_INT(x.kind, HEARTH_EXTERN_GLOBAL);
  CHECK_EQ_INT(hearth_global_get(x.of.global, &v), HEARTH_OK);
  return v.of.i32;
}

static hearth_linker *iso_linker(hearth_engine *e) {
  hearth_linker *l;
  static const hearth_valtype ii[2] = {HEARTH_I32, HEARTH_I32}, i[1] = {HEARTH_I32};
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "add", ii, 2, i, 1, host_add, NULL), HEARTH_OK);
  return l;
}

static hearth_template *iso_template(hearth_engine *e) {
  hearth_module *m = load(e, w_iso, sizeof w_iso);
  hearth_linker *l = iso_linker(e);
  hearth_template *t = NULL;
  hearth_status st = hearth_template_new(e, m, l, NULL, &t);
  if (st != HEARTH_OK) fprintf(stderr, "template: %s: %s\n", hearth_status_str(st), hearth_errmsg());
  CHECK_EQ_INT(st, HEARTH_OK);
  hearth_linker_delete(l); /* the template needs neither the linker nor our module reference */
  hearth_module_delete(m);
  return t;
}

/* The state every fresh or reset instance of iso.wat shows. */
static void check_iso_pristine(hearth_instance *inst) {
  CHECK_EQ_INT(call_i32(inst, "size", 0, 0, 0), 1);
  CHECK_EQ_INT(hearth_instance_memory_bytes(inst), 65536);
  CHECK_EQ_INT(call_i32(inst, "load", 1, 16, 0), 0x6c6c6568); /* "hell" */
  CHECK_EQ_INT(call_i32(inst, "load", 1, 40000, 0), 0);
  CHECK_EQ_INT(global_i32(inst, "g"), 7);
  CHECK_EQ_INT(call_i32(inst, "gr_null", 0, 0, 0), 0);
  CHECK_EQ_INT(call_i32(inst, "tsize", 0, 0, 0), 4);
  CHECK_EQ_INT(call_i32(inst, "call_t", 1, 0, 0), 1);
  CHECK_EQ_INT(call_i32(inst, "call_t", 1, 1, 0), 2);
  CHECK_EQ_INT(call(inst, "call_t", 1, 3, 0, NULL), HEARTH_ERR_TRAP); /* null element */
  CHECK_EQ_INT(call_i32(inst, "call_t_add", 0, 0, 0), 42);            /* host function in table */
  CHECK_EQ_INT(call_i32(inst, "call_add", 2, 3, 4), 7);
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, "memory", &x), HEARTH_OK);
  CHECK_EQ_INT(hearth_memory_size(x.of.memory), 65536);
  CHECK(memcmp(hearth_memory_data(x.of.memory) + 16, "hello", 5) == 0);
  CHECK_EQ_INT(hearth_memory_data(x.of.memory)[65535], 0);
}

/* Dirties everything dirty-able, checks it shows. */
static void dirty_iso(hearth_instance *inst) {
  CHECK_EQ_INT(call(inst, "dirty", 0, 0, 0, NULL), HEARTH_OK);
  CHECK_EQ_INT(call_i32(inst, "size", 0, 0, 0), 3);
  CHECK_EQ_INT(hearth_instance_memory_bytes(inst), 3 * 65536);
  CHECK_EQ_INT(call_i32(inst, "load", 1, 131172, 0), 9);
  CHECK_EQ_INT(call_i32(inst, "load", 1, 16, 0), 0x41414141);
  CHECK_EQ_INT(call_i32(inst, "load", 1, 40000, 0), 0x12345678);
  CHECK_EQ_INT(global_i32(inst, "g"), 99);
  CHECK_EQ_INT(call_i32(inst, "gr_null", 0, 0, 0), 1);
  CHECK_EQ_INT(call_i32(inst, "tsize", 0, 0, 0), 7);
  CHECK_EQ_INT(call(inst, "call_t", 1, 0, 0, NULL), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(call(inst, "try_data", 0, 0, 0, NULL), HEARTH_ERR_TRAP); /* dropped */
  CHECK_EQ_INT(call(inst, "try_elem", 0, 0, 0, NULL), HEARTH_ERR_TRAP); /* dropped */
}

static int count_fds(void) {
  int n = 0;
  DIR *d = opendir("/proc/self/fd");
  CHECK(d != NULL);
  while (readdir(d)) n++;
  closedir(d);
  return n;
}

/* track.wat (write tracking: every path that writes linear memory is reset exactly):
   (module
     (import "wasi_snapshot_preview1" "random_get" (func $rg (param i32 i32) (result i32)))
     (import "env" "host_write" (func $hw (param i32 i32)))
     (memory (export "memory") 2 4)
     (data (i32.const 0) "image granule 0 ....")
     (data (i32.const 4090) "crossing")
     (data (i32.const 12288) "granule three")
     (data $pd "passive segment bytes")
     ;; Sum of all i64 words of memory, position-weighted (a changed byte anywhere changes it).
     (func (export "sum") (result i64)
       (local $i i32) (local $s i64)
       (block $done
         (loop $l
           (br_if $done (i32.ge_u (local.get $i) (i32.mul (memory.size) (i32.const 65536))))
           (local.set $s (i64.add (i64.mul (local.get $s) (i64.const 31))
                                  (i64.load (local.get $i))))
           (local.set $i (i32.add (local.get $i) (i32.const 8)))
           (br $l)))
       (local.get $s))
     ;; Scalar stores (compiled to machine code): every width, granule-crossing ones, image and zero
     ;; parts, and stores after a grow.
     (func (export "scalar")
       (i32.store8 (i32.const 3) (i32.const 0x7f))
       (i32.store16 (i32.const 4095) (i32.const 0xffff))
       (i64.store (i32.const 8188) (i64.const -1))
       (i32.store offset=12000 (i32.const 300) (i32.const 0x01020304))
       (f64.store (i32.const 70000) (f64.const 3.5))
       (i64.store32 (i32.const 131068) (i64.const -1))
       (drop (memory.grow (i32.const 1)))
       (i64.store (i32.const 131068) (i64.const -1))
       (i32.store (i32.const 196604) (i32.const -1)))
     ;; A loop of stores (hot, machine code) across 40 granules.
     (func (export "loop_stores")
       (local $i i32)
       (loop $l
         (i64.store offset=5 (local.get $i) (i64.const 0x0102030405060708))
         (local.set $i (i32.add (local.get $i) (i32.const 4093)))
         (br_if $l (i32.lt_u (local.get $i) (i32.const 163840)))))
     ;; SIMD stores (interpreted).
     (func (export "simd")
       (v128.store (i32.const 16376) (v128.const i64x2 -1 -1))
       (v128.store64_lane 1 (i32.const 20476) (v128.const i64x2 -1 -1)))
     ;; Bulk memory.
     (func (export "bulk")
       (memory.fill (i32.const 20000) (i32.const 0xee) (i32.const 30000))
       (memory.copy (i32.const 60000) (i32.const 0) (i32.const 5000))
       (memory.init $pd (i32.const 100000) (i32.const 0) (i32.const 21)))
     ;; Host writes: WASI random_get and a host function using hearth_memory_write.
     (func (export "host")
       (drop (call $rg (i32.const 24000) (i32.const 9000)))
       (call $hw (i32.const 90000) (i32.const 5000)))
   )
 */
static const unsigned char w_track[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x13, 0x04, 0x60,
  0x02, 0x7f, 0x7f, 0x01, 0x7f, 0x60, 0x02, 0x7f, 0x7f, 0x00, 0x60, 0x00,
  0x01, 0x7e, 0x60, 0x00, 0x00, 0x02, 0x36, 0x02, 0x16, 0x77, 0x61, 0x73,
  0x69, 0x5f, 0x73, 0x6e, 0x61, 0x70, 0x73, 0x68, 0x6f, 0x74, 0x5f, 0x70,
  0x72, 0x65, 0x76, 0x69, 0x65, 0x77, 0x31, 0x0a, 0x72, 0x61, 0x6e, 0x64,
  0x6f, 0x6d, 0x5f, 0x67, 0x65, 0x74, 0x00, 0x00, 0x03, 0x65, 0x6e, 0x76,
  0x0a, 0x68, 0x6f, 0x73, 0x74, 0x5f, 0x77, 0x72, 0x69, 0x74, 0x65, 0x00,
  0x01, 0x03, 0x07, 0x06, 0x02, 0x03, 0x03, 0x03, 0x03, 0x03, 0x05, 0x04,
  0x01, 0x01, 0x02, 0x04, 0x07, 0x3c, 0x07, 0x06, 0x6d, 0x65, 0x6d, 0x6f,
  0x72, 0x79, 0x02, 0x00, 0x03, 0x73, 0x75, 0x6d, 0x00, 0x02, 0x06, 0x73,
  0x63, 0x61, 0x6c, 0x61, 0x72, 0x00, 0x03, 0x0b, 0x6c, 0x6f, 0x6f, 0x70,
  0x5f, 0x73, 0x74, 0x6f, 0x72, 0x65, 0x73, 0x00, 0x04, 0x04, 0x73, 0x69,
  0x6d, 0x64, 0x00, 0x05, 0x04, 0x62, 0x75, 0x6c, 0x6b, 0x00, 0x06, 0x04,
  0x68, 0x6f, 0x73, 0x74, 0x00, 0x07, 0x0c, 0x01, 0x04, 0x0a, 0xac, 0x02,
  0x06, 0x30, 0x02, 0x01, 0x7f, 0x01, 0x7e, 0x02, 0x40, 0x03, 0x40, 0x20,
  0x00, 0x3f, 0x00, 0x41, 0x80, 0x80, 0x04, 0x6c, 0x4f, 0x0d, 0x01, 0x20,
  0x01, 0x42, 0x1f, 0x7e, 0x20, 0x00, 0x29, 0x03, 0x00, 0x7c, 0x21, 0x01,
  0x20, 0x00, 0x41, 0x08, 0x6a, 0x21, 0x00, 0x0c, 0x00, 0x0b, 0x0b, 0x20,
  0x01, 0x0b, 0x58, 0x00, 0x41, 0x03, 0x41, 0xff, 0x00, 0x3a, 0x00, 0x00,
  0x41, 0xff, 0x1f, 0x41, 0xff, 0xff, 0x03, 0x3b, 0x01, 0x00, 0x41, 0xfc,
  0x3f, 0x42, 0x7f, 0x37, 0x03, 0x00, 0x41, 0xac, 0x02, 0x41, 0x84, 0x86,
  0x88, 0x08, 0x36, 0x02, 0xe0, 0x5d, 0x41, 0xf0, 0xa2, 0x04, 0x44, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x0c, 0x40, 0x39, 0x03, 0x00, 0x41, 0xfc,
  0xff, 0x07, 0x42, 0x7f, 0x3e, 0x02, 0x00, 0x41, 0x01, 0x40, 0x00, 0x1a,
  0x41, 0xfc, 0xff, 0x07, 0x42, 0x7f, 0x37, 0x03, 0x00, 0x41, 0xfc, 0xff,
  0x0b, 0x41, 0x7f, 0x36, 0x02, 0x00, 0x0b, 0x27, 0x01, 0x01, 0x7f, 0x03,
  0x40, 0x20, 0x00, 0x42, 0x88, 0x8e, 0x98, 0xa8, 0xc0, 0xe0, 0x80, 0x81,
  0x01, 0x37, 0x03, 0x05, 0x20, 0x00, 0x41, 0xfd, 0x1f, 0x6a, 0x21, 0x00,
  0x20, 0x00, 0x41, 0x80, 0x80, 0x0a, 0x49, 0x0d, 0x00, 0x0b, 0x0b, 0x37,
  0x00, 0x41, 0xf8, 0xff, 0x00, 0xfd, 0x0c, 0xff, 0xff, 0xff, 0xff, 0xff,
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfd,
  0x0b, 0x04, 0x00, 0x41, 0xfc, 0x9f, 0x01, 0xfd, 0x0c, 0xff, 0xff, 0xff,
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
  0xff, 0xfd, 0x5b, 0x03, 0x00, 0x01, 0x0b, 0x29, 0x00, 0x41, 0xa0, 0x9c,
  0x01, 0x41, 0xee, 0x01, 0x41, 0xb0, 0xea, 0x01, 0xfc, 0x0b, 0x00, 0x41,
  0xe0, 0xd4, 0x03, 0x41, 0x00, 0x41, 0x88, 0x27, 0xfc, 0x0a, 0x00, 0x00,
  0x41, 0xa0, 0x8d, 0x06, 0x41, 0x00, 0x41, 0x15, 0xfc, 0x08, 0x03, 0x00,
  0x0b, 0x16, 0x00, 0x41, 0xc0, 0xbb, 0x01, 0x41, 0xa8, 0xc6, 0x00, 0x10,
  0x00, 0x1a, 0x41, 0x90, 0xbf, 0x05, 0x41, 0x88, 0x27, 0x10, 0x01, 0x0b,
  0x0b, 0x53, 0x04, 0x00, 0x41, 0x00, 0x0b, 0x14, 0x69, 0x6d, 0x61, 0x67,
  0x65, 0x20, 0x67, 0x72, 0x61, 0x6e, 0x75, 0x6c, 0x65, 0x20, 0x30, 0x20,
  0x2e, 0x2e, 0x2e, 0x2e, 0x00, 0x41, 0xfa, 0x1f, 0x0b, 0x08, 0x63, 0x72,
  0x6f, 0x73, 0x73, 0x69, 0x6e, 0x67, 0x00, 0x41, 0x80, 0xe0, 0x00, 0x0b,
  0x0d, 0x67, 0x72, 0x61, 0x6e, 0x75, 0x6c, 0x65, 0x20, 0x74, 0x68, 0x72,
  0x65, 0x65, 0x01, 0x15, 0x70, 0x61, 0x73, 0x73, 0x69, 0x76, 0x65, 0x20,
  0x73, 0x65, 0x67, 0x6d, 0x65, 0x6e, 0x74, 0x20, 0x62, 0x79, 0x74, 0x65,
  0x73
};

/* env.host_write(ptr, len): writes len bytes of 0x5a at ptr with hearth_memory_write. */
static hearth_status host_write(hearth_caller *caller, void *user, const hearth_val *args,
                                hearth_val *results) {
  (void)user, (void)results;
  static uint8_t buf[65536];
  memset(buf, 0x5a, sizeof buf);
  uint32_t p = (uint32_t)args[0].of.i32, n = (uint32_t)args[1].of.i32;
  return hearth_memory_write(hearth_caller_memory(caller), p, buf, n < sizeof buf ? n : sizeof buf);
}

static int64_t call_i64(hearth_instance *inst, const char *name) {
  hearth_val r[1];
  CHECK_EQ_INT(hearth_func_call(fn(inst, name), NULL, 0, r, 1), HEARTH_OK);
  return r[0].of.i64;
}

/* Every path that writes linear memory (machine-code and interpreted stores of every width,
 * granule-crossing stores, SIMD stores, memory.fill/copy/init, growth, WASI and host writes) is
 * tracked: after each, the memory differs from the snapshot, and after a reset it is the snapshot
 * again, without the slow drop path (the base pointer is never taken here). */
static void tracked_writes_reset_exactly(void) {
  hearth_engine *e;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_module *m = load(e, w_track, sizeof w_track);
  hearth_linker *l;
  static const hearth_valtype ii[2] = {HEARTH_I32, HEARTH_I32};
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_define(l, NULL), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "host_write", ii, 2, NULL, 0, host_write, NULL),
               HEARTH_OK);
  hearth_template *t;
  CHECK_EQ_INT(hearth_template_new(e, m, l, NULL, &t), HEARTH_OK);
  hearth_linker_delete(l);
  hearth_module_delete(m);
  hearth_wasi *w;
  hearth_store *s;
  hearth_instance *a;
  CHECK_EQ_INT(hearth_wasi_new(&w), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  hearth_wasi_attach(s, w);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
  int64_t pristine = call_i64(a, "sum");
  static const char *const writers[] = {"scalar", "loop_stores", "simd", "bulk", "host"};
  for (int round = 0; round < 3; round++) {
    for (size_t i = 0; i < sizeof writers / sizeof *writers; i++) {
      CHECK_EQ_INT(hearth_func_call(fn(a, writers[i]), NULL, 0, NULL, 0), HEARTH_OK);
      if (call_i64(a, "sum") == pristine) fprintf(stderr, "%s wrote nothing\n", writers[i]);
      CHECK(call_i64(a, "sum") != pristine);
      CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
      int64_t after = call_i64(a, "sum");
      if (after != pristine) fprintf(stderr, "after %s: memory differs from the snapshot\n", writers[i]);
      CHECK(after == pristine);
    }
  }
  hearth_store_delete(s);
  hearth_wasi_delete(w);
  hearth_template_delete(t);
  hearth_engine_delete(e);
}

/* Two memories (WebAssembly 3.0 multiple memories): every way of writing memory 1 (interpreted
 * scalar and SIMD stores, memory.fill/copy/init on it, growth, host writes) and memory 0's
 * machine-code stores mark the granules of the memory written, so an in-place reset (the base
 * pointer is never taken) brings BOTH memories back to the snapshot, sizes included. */
static const char wat_two_mems[] =
    "(module\n"
    "  (memory $a 1 4)\n"
    "  (memory $b (export \"mb\") 1 4)\n"
    "  (data (memory $a) (i32.const 0) \"A0A0\")\n"
    "  (data (memory $b) (i32.const 100) \"B1B1\")\n"
    "  (data $p \"passive\")\n"
    "  (func $sum1 (param $which i32) (result i64) (local $i i32) (local $acc i64)\n"
    "    (block $done (loop $l\n"
    "      (br_if $done (i32.ge_u (local.get $i) (i32.const 65536)))\n"
    "      (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31))\n"
    "        (if (result i64) (local.get $which) (then (i64.load $b (local.get $i)))\n"
    "          (else (i64.load $a (local.get $i))))))\n"
    "      (local.set $i (i32.add (local.get $i) (i32.const 8)))\n"
    "      (br $l)))\n"
    "    (local.get $acc))\n"
    "  (func (export \"sum\") (result i64)\n"
    "    (i64.add (i64.add (i64.mul (call $sum1 (i32.const 0)) (i64.const 7)) (call $sum1 (i32.const 1)))\n"
    "      (i64.extend_i32_u (i32.add (i32.mul (memory.size $a) (i32.const 1000)) (memory.size $b)))))\n"
    "  (func (export \"store_a\") (i32.store8 $a (i32.const 5) (i32.const 0x55)))\n"
    "  (func (export \"store_b\") (i64.store $b offset=8 (i32.const 40000) (i64.const -1)))\n"
    "  (func (export \"simd_b\") (v128.store $b (i32.const 8000) (v128.const i32x4 1 2 3 4)))\n"
    "  (func (export \"fill_b\") (memory.fill $b (i32.const 1000) (i32.const 7) (i32.const 5000)))\n"
    "  (func (export \"copy_ab\") (memory.copy $b $a (i32.const 20000) (i32.const 0) (i32.const 4)))\n"
    "  (func (export \"copy_ba\") (memory.copy $a $b (i32.const 30000) (i32.const 100) (i32.const 4)))\n"
    "  (func (export \"init_b\") (memory.init $b $p (i32.const 30000) (i32.const 0) (i32.const 7)))\n"
    "  (func (export \"grow_b\") (drop (memory.grow $b (i32.const 1))) (i32.store $b (i32.const 4) (i32.const 9)))\n"
    "  (func (export \"load_b\") (param i32) (result i32) (i32.load $b (local.get 0)))\n"
    "  (func (export \"size_b\") (result i32) (memory.size $b))\n"
    ")\n";

static void two_memories_reset(void) {
  hearth_engine *e;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_module *m = NULL;
  hearth_status st = hearth_module_new_wat(e, wat_two_mems, sizeof wat_two_mems - 1, &m);
  if (st != HEARTH_OK) fprintf(stderr, "module: %s: %s\n", hearth_status_str(st), hearth_errmsg());
  CHECK_EQ_INT(st, HEARTH_OK);
  CHECK_EQ_INT(hearth_module_compile_all(m), HEARTH_OK); /* memory 0's functions get machine code */
  hearth_template *t;
  CHECK_EQ_INT(hearth_template_new(e, m, NULL, NULL, &t), HEARTH_OK);
  hearth_module_delete(m);
  hearth_store *s;
  hearth_instance *a;
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
  int64_t pristine = call_i64(a, "sum");
  CHECK_EQ_INT(call_i32(a, "load_b", 1, 100, 0), 0x31423142); /* "B1B1" */
  static const char *const writers[] = {"store_a", "store_b", "simd_b", "fill_b", "copy_ab",
                                        "copy_ba", "init_b",  "grow_b", "host"};
  for (int round = 0; round < 2; round++) {
    for (size_t i = 0; i < sizeof writers / sizeof *writers; i++) {
      if (!strcmp(writers[i], "host")) {
        hearth_extern x;
        CHECK_EQ_INT(hearth_instance_export(a, "mb", &x), HEARTH_OK);
        CHECK_EQ_INT(x.kind, HEARTH_EXTERN_MEMORY);
        CHECK_EQ_INT(hearth_memory_write(x.of.memory, 50000, "host", 4), HEARTH_OK);
      } else {
        CHECK_EQ_INT(hearth_func_call(fn(a, writers[i]), NULL, 0, NULL, 0), HEARTH_OK);
      }
      if (call_i64(a, "sum") == pristine) fprintf(stderr, "%s wrote nothing\n", writers[i]);
      CHECK(call_i64(a, "sum") != pristine);
      CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
      int64_t after = call_i64(a, "sum");
      if (after != pristine) fprintf(stderr, "after %s: a memory differs from the snapshot\n", writers[i]);
      CHECK(after == pristine);
    }
  }
  /* memory 1 is back to one page ("sum" counts both sizes) with its data segment */
  CHECK_EQ_INT(call_i32(a, "size_b", 0, 0, 0), 1);
  CHECK_EQ_INT(call_i32(a, "load_b", 1, 100, 0), 0x31423142);
  hearth_store_delete(s);
  hearth_template_delete(t);
  hearth_engine_delete(e);
}

/* ---------------------------------------------------------------- cases */

static void isolation(void) {
  hearth_engine *e;
  hearth_store *s;
  hearth_instance *a, *b;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_template *t = iso_template(e);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &b), HEARTH_OK);
  check_iso_pristine(a);
  dirty_iso(a);
  check_iso_pristine(b); /* a's writes are private to a */
  CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
  check_iso_pristine(a);
  /* the passive segments are usable again after reset */
  CHECK_EQ_INT(call_i32(a, "try_data", 0, 0, 0), 'p');
  CHECK_EQ_INT(call_i32(a, "try_elem", 0, 0, 0), 2);
  CHECK_EQ_INT(call_i32(a, "call_gr", 0, 0, 0), 1);
  CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
  /* several rounds: reset keeps working on a memory that grew and shrank */
  for (int i = 0; i < 5; i++) {
    dirty_iso(a);
    CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
    check_iso_pristine(a);
  }
  /* an immutable global is untouched, host writes through the API are undone too */
  hearth_val v;
  CHECK_EQ_INT(hearth_func_call(fn(a, "gc"), NULL, 0, &v, 1), HEARTH_OK);
  CHECK_EQ_INT(v.of.i64, 5);
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(a, "memory", &x), HEARTH_OK);
  memset(hearth_memory_data(x.of.memory) + 60000, 0x77, 5000);
  CHECK_EQ_INT(hearth_memory_grow(x.of.memory, 5, NULL), HEARTH_OK);
  memset(hearth_memory_data(x.of.memory) + 6 * 65536 - 10, 0x66, 10);
  CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
  CHECK_EQ_INT(hearth_memory_data(x.of.memory)[60000], 0);
  CHECK_EQ_INT(hearth_memory_grow(x.of.memory, 5, NULL), HEARTH_OK);
  CHECK_EQ_INT(hearth_memory_data(x.of.memory)[6 * 65536 - 1], 0); /* regrown pages are zero */
  CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
  check_iso_pristine(a);
  check_iso_pristine(b);
  hearth_store_delete(s);
  hearth_template_delete(t);
  hearth_engine_delete(e);
}

static void reset_after_trap(void) {
  hearth_engine *e;
  hearth_store *s;
  hearth_instance *a;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_template *t = iso_template(e);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
  CHECK_EQ_INT(call(a, "trap_after_write", 0, 0, 0, NULL), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(s), HEARTH_TRAP_UNREACHABLE);
  CHECK_EQ_INT(call_i32(a, "load", 1, 16, 0), 0x42424242); /* partial writes are visible */
  CHECK_EQ_INT(call_i32(a, "size", 0, 0, 0), 2);
  CHECK_EQ_INT(global_i32(a, "g"), 55);
  CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
  check_iso_pristine(a);
  hearth_store_delete(s);
  hearth_template_delete(t);
  hearth_engine_delete(e);
}

static void grow_restored(void) {
  hearth_engine *e;
  hearth_store *s;
  hearth_instance *a;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_template *t = iso_template(e);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(a, "memory", &x), HEARTH_OK);
  uint8_t *base = hearth_memory_data(x.of.memory);
  /* up to the declared maximum (10 pages), then refused */
  CHECK_EQ_INT(hearth_memory_grow(x.of.memory, 9, NULL), HEARTH_OK);
  CHECK_EQ_INT(hearth_memory_grow(x.of.memory, 1, NULL), HEARTH_ERR_LIMIT);
  base[10 * 65536 - 1] = 1;
  CHECK_EQ_INT(hearth_instance_memory_bytes(a), 10 * 65536);
  CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
  CHECK(hearth_memory_data(x.of.memory) == base); /* never moves */
  CHECK_EQ_INT(hearth_memory_size(x.of.memory), 65536);
  CHECK_EQ_INT(hearth_instance_memory_bytes(a), 65536);
  CHECK_EQ_INT(call(a, "load", 1, 65536, 0, NULL), HEARTH_ERR_TRAP); /* out of bounds again */
  CHECK_EQ_INT(hearth_store_trap(s), HEARTH_TRAP_OOB_MEMORY);
  CHECK_EQ_INT(hearth_memory_grow(x.of.memory, 9, NULL), HEARTH_OK);
  CHECK_EQ_INT(base[10 * 65536 - 1], 0);
  /* the store's limit applies to snapshot-backed memories as well */
  CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
  hearth_store_set_memory_limit(s, 2 * 65536 + 1024); /* + the table's elements, which count */
  CHECK_EQ_INT(hearth_memory_grow(x.of.memory, 2, NULL), HEARTH_ERR_LIMIT);
  CHECK_EQ_INT(hearth_memory_grow(x.of.memory, 1, NULL), HEARTH_OK);
  hearth_store_delete(s);
  hearth_template_delete(t);
  hearth_engine_delete(e);
}

static hearth_template *reactor_template(hearth_engine *e, int *ticks,
                                         const hearth_template_config *cfg, hearth_status want) {
  hearth_module *m = load(e, w_reactor, sizeof w_reactor);
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "tick", NULL, 0, NULL, 0, host_tick, ticks),
               HEARTH_OK);
  hearth_template *t = NULL;
  hearth_status st = hearth_template_new(e, m, l, cfg, &t);
  if (st != want) fprintf(stderr, "template: %s: %s\n", hearth_status_str(st), hearth_errmsg());
  CHECK_EQ_INT(st, want);
  hearth_linker_delete(l);
  hearth_module_delete(m);
  return t;
}

static void reactor_initialize(void) {
  hearth_engine *e;
  hearth_store *s;
  hearth_instance *a;
  int ticks = 0;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_template *t = reactor_template(e, &ticks, NULL, HEARTH_OK);
  CHECK_EQ_INT(ticks, 2); /* start, then _initialize, once each */
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  for (int round = 0; round < 3; round++) {
    CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
    CHECK_EQ_INT(ticks, 2); /* neither runs again */
    CHECK_EQ_INT(global_i32(a, "g"), 1000);
    CHECK_EQ_INT(call_i32(a, "size", 0, 0, 0), 5); /* grown during init: part of the snapshot */
    CHECK_EQ_INT(hearth_instance_memory_bytes(a), 5 * 65536);
    CHECK_EQ_INT(call_i32(a, "load", 1, 100, 0), 777);
    CHECK_EQ_INT(call_i32(a, "load", 1, 200000, 0), 888);
    CHECK_EQ_INT(call_i32(a, "load", 1, 300000, 0), 999);
    CHECK_EQ_INT(call_i32(a, "call1", 0, 0, 0), 22); /* table set by init, re-targeted */
    CHECK_EQ_INT(call_i32(a, "bump", 0, 0, 0), 1001);
    CHECK_EQ_INT(call_i32(a, "bump", 0, 0, 0), 1002);
    CHECK_EQ_INT(call_i32(a, "load", 1, 100, 0), 779);
    CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
    CHECK_EQ_INT(call_i32(a, "bump", 0, 0, 0), 1001);
    CHECK_EQ_INT(call_i32(a, "load", 1, 100, 0), 778);
    CHECK_EQ_INT(call_i32(a, "load", 1, 300000, 0), 999);
  }
  hearth_store_delete(s);
  hearth_template_delete(t);
  /* an explicit init export; a missing one is NOT_FOUND; a trapping one is TRAP */
  ticks = 0;
  hearth_template_config cfg = {.init_export = "bump"};
  t = reactor_template(e, &ticks, &cfg, HEARTH_OK);
  CHECK_EQ_INT(ticks, 1); /* start only: _initialize is not run when init_export is given */
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
  CHECK_EQ_INT(global_i32(a, "g"), 1);
  CHECK_EQ_INT(call_i32(a, "size", 0, 0, 0), 1);
  hearth_store_delete(s);
  hearth_template_delete(t);
  cfg.init_export = "nope";
  CHECK(reactor_template(e, &ticks, &cfg, HEARTH_ERR_NOT_FOUND) == NULL);
  cfg.init_export = "init_trap";
  CHECK(reactor_template(e, &ticks, &cfg, HEARTH_ERR_TRAP) == NULL);
  CHECK(strstr(hearth_errmsg(), "unreachable") != NULL);
  /* the init store's memory cap: _initialize's grow to 5 pages is refused, its store at 300000
   * then traps */
  cfg.init_export = NULL;
  cfg.max_memory_bytes = 2 * 65536;
  CHECK(reactor_template(e, &ticks, &cfg, HEARTH_ERR_TRAP) == NULL);
  CHECK(strstr(hearth_errmsg(), "out of bounds memory access") != NULL);
  hearth_engine_delete(e);
}

static hearth_status fake_fd_write(hearth_caller *c, void *user, const hearth_val *a,
                                   hearth_val *r) {
  (void)a;
  __atomic_add_fetch((int *)user, 1, __ATOMIC_SEQ_CST);
  hearth_memory *mem = hearth_caller_memory(c);
  CHECK(mem != NULL);
  CHECK(memcmp(hearth_memory_data(mem) + 8, "hi\n", 3) == 0);
  r[0].of.i32 = 0;
  return HEARTH_OK;
}

static hearth_status fake_exit(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  (void)user;
  (void)r;
  hearth_caller_exit(c, a[0].of.i32);
  return HEARTH_ERR_EXIT;
}

static void command_before_start(void) {
  hearth_engine *e;
  hearth_store *s;
  hearth_instance *a;
  int writes = 0;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_module *m = load(e, w_command, sizeof w_command);
  hearth_linker *l;
  static const hearth_valtype i4[4] = {HEARTH_I32, HEARTH_I32, HEARTH_I32, HEARTH_I32};
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "wasi_snapshot_preview1", "fd_write", i4, 4, i4, 1,
                                         fake_fd_write, &writes), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "wasi_snapshot_preview1", "proc_exit", i4, 1, NULL, 0,
                                         fake_exit, NULL), HEARTH_OK);
  hearth_template *t;
  CHECK_EQ_INT(hearth_template_new(e, m, l, NULL, &t), HEARTH_OK);
  hearth_linker_delete(l);
  CHECK_EQ_INT(writes, 0); /* _start did not run */
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
  CHECK_EQ_INT(call_i32(a, "ran", 0, 0, 0), 0);
  for (int i = 1; i <= 3; i++) {
    CHECK_EQ_INT(call(a, "_start", 0, 0, 0, NULL), HEARTH_OK);
    CHECK_EQ_INT(writes, i);
    CHECK_EQ_INT(call_i32(a, "ran", 0, 0, 0), 1);
    CHECK_EQ_INT(call_i32(a, "byte8", 0, 0, 0), 'H');
    CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
    CHECK_EQ_INT(call_i32(a, "ran", 0, 0, 0), 0);
    CHECK_EQ_INT(call_i32(a, "byte8", 0, 0, 0), 'h');
  }
  hearth_store_delete(s);
  hearth_template_delete(t);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

/* The real WASI: guests/hello.wasm, its functions defined with a NULL context and a context attached
 * per store. */
static void wasi_hello(void) {
  FILE *f = fopen("guests/hello.wasm", "rb");
  CHECK(f != NULL);
  static unsigned char buf[1 << 20];
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  CHECK(n > 8 && n < sizeof buf);
  hearth_engine *e;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_module *m = load(e, buf, n);
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_define(l, NULL), HEARTH_OK);
  hearth_template *t;
  CHECK_EQ_INT(hearth_template_new(e, m, l, NULL, &t), HEARTH_OK);
  hearth_linker_delete(l);
  hearth_module_delete(m);
  hearth_store *s;
  hearth_instance *a;
  hearth_wasi *w;
  CHECK_EQ_INT(hearth_wasi_new(&w), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_capture_output(w, 1, 4096), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  hearth_wasi_attach(s, w);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
  for (int i = 0; i < 3; i++) {
    hearth_status st = hearth_func_call(fn(a, "_start"), NULL, 0, NULL, 0);
    CHECK(st == HEARTH_OK || (st == HEARTH_ERR_EXIT && hearth_store_exit_code(s) == 0));
    size_t len;
    const uint8_t *out = hearth_wasi_output(w, 1, &len);
    CHECK_EQ_INT(len, 13);
    CHECK(memcmp(out, "hello, world\n", 13) == 0);
    hearth_wasi_clear_output(w, 1);
    CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
  }
  hearth_store_delete(s);
  hearth_wasi_delete(w);
  hearth_template_delete(t);
  hearth_engine_delete(e);
}

static void errors(void) {
  hearth_engine *e;
  hearth_store *s;
  hearth_instance *plain, *a;
  hearth_template *t = NULL;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  size_t base = hearth_alloc_current();
  int fds = count_fds();
  hearth_module *m = load(e, w_iso, sizeof w_iso);
  /* missing import */
  CHECK_EQ_INT(hearth_template_new(e, m, NULL, NULL, &t), HEARTH_ERR_UNLINKABLE);
  CHECK(t == NULL);
  /* wrong type */
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "add", NULL, 0, NULL, 0, host_tick, NULL),
               HEARTH_OK);
  CHECK_EQ_INT(hearth_template_new(e, m, l, NULL, &t), HEARTH_ERR_UNLINKABLE);
  hearth_linker_delete(l);
  /* store objects are refused, with a message saying why */
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  hearth_func *hf;
  static const hearth_valtype ii[2] = {HEARTH_I32, HEARTH_I32};
  CHECK_EQ_INT(hearth_func_new(s, ii, 2, ii, 1, host_add, NULL, &hf), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  hearth_extern x = {.kind = HEARTH_EXTERN_FUNC, .of.func = hf};
  CHECK_EQ_INT(hearth_linker_define_extern(l, "env", "add", x), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_new(e, m, l, NULL, &t), HEARTH_ERR_ARGUMENT);
  CHECK(strstr(hearth_errmsg(), "host functions") != NULL);
  /* a plain instance cannot be reset */
  CHECK_EQ_INT(hearth_instance_new(s, l, m, &plain), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_reset(plain), HEARTH_ERR_ARGUMENT);
  CHECK_EQ_INT(hearth_instance_memory_bytes(plain), 65536);
  hearth_linker_delete(l);
  hearth_store_delete(s);
  /* a global import cannot come from a host-function linker */
  hearth_module *m2 = load(e, w_tablemem, sizeof w_tablemem);
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_new(e, m2, l, NULL, &t), HEARTH_ERR_UNLINKABLE);
  hearth_linker_delete(l);
  hearth_module_delete(m2);
  /* a trapping start function */
  m2 = load(e, w_trapinit, sizeof w_trapinit);
  CHECK_EQ_INT(hearth_template_new(e, m2, NULL, NULL, &t), HEARTH_ERR_TRAP);
  CHECK(strstr(hearth_errmsg(), "unreachable") != NULL);
  hearth_module_delete(m2);
  /* a template outlives its module reference and the instances outlive the template */
  t = iso_template(e);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
  CHECK(hearth_template_ref(t) == t);
  hearth_template_delete(t);
  hearth_template_delete(t);
  hearth_module_delete(m);
  check_iso_pristine(a);
  dirty_iso(a);
  CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
  check_iso_pristine(a);
  hearth_store_delete(s);
  CHECK_EQ_INT(hearth_alloc_current(), base);
  CHECK_EQ_INT(count_fds(), fds);
  hearth_engine_delete(e);
}

/* A reset from a host function called by the instance is refused. */
static hearth_instance *g_self;
static hearth_status host_reset(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  (void)c;
  (void)a;
  *(hearth_status *)user = hearth_instance_reset(g_self);
  r[0].of.i32 = 0;
  return HEARTH_OK;
}

static void reset_while_running(void) {
  hearth_engine *e;
  hearth_store *s;
  hearth_status got = HEARTH_OK;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_module *m = load(e, w_iso, sizeof w_iso);
  hearth_linker *l;
  static const hearth_valtype ii[2] = {HEARTH_I32, HEARTH_I32};
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "add", ii, 2, ii, 1, host_reset, &got),
               HEARTH_OK);
  hearth_template *t;
  CHECK_EQ_INT(hearth_template_new(e, m, l, NULL, &t), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &g_self), HEARTH_OK);
  CHECK_EQ_INT(call_i32(g_self, "call_add", 2, 1, 2), 0);
  CHECK_EQ_INT(got, HEARTH_ERR_ARGUMENT);
  hearth_store_delete(s);
  hearth_template_delete(t);
  hearth_linker_delete(l);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

typedef struct thr_arg {
  hearth_engine *e;
  hearth_template *t;
  int ok;
} thr_arg;

static void *thr_main(void *p) {
  thr_arg *a = p;
  for (int round = 0; round < 20; round++) {
    hearth_store *s;
    hearth_instance *inst;
    CHECK_EQ_INT(hearth_store_new(a->e, &s), HEARTH_OK);
    CHECK_EQ_INT(hearth_template_instantiate(a->t, s, &inst), HEARTH_OK);
    for (int i = 0; i < 10; i++) {
      check_iso_pristine(inst);
      dirty_iso(inst);
      CHECK_EQ_INT(hearth_instance_reset(inst), HEARTH_OK);
    }
    hearth_store_delete(s);
  }
  a->ok = 1;
  return NULL;
}

static void threads(void) {
  hearth_engine *e;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_template *t = iso_template(e);
  pthread_t th[4];
  thr_arg args[4];
  for (int i = 0; i < 4; i++) {
    args[i] = (thr_arg){e, hearth_template_ref(t), 0};
    CHECK(pthread_create(&th[i], NULL, thr_main, &args[i]) == 0);
  }
  hearth_template_delete(t); /* the threads' references keep it alive */
  for (int i = 0; i < 4; i++) {
    CHECK(pthread_join(th[i], NULL) == 0);
    CHECK_EQ_INT(args[i].ok, 1);
    hearth_template_delete(args[i].t);
  }
  hearth_engine_delete(e);
}

static void no_leaks(void) {
  hearth_engine *e;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_template *t = iso_template(e);
  /* warm up (lazily built per-module data stays with the module: compiled code, and machine code
   * from a function's second call on, config.h H_JIT_CALL_THRESHOLD, which frees what the
   * deferred compilation kept) */
  hearth_store *s;
  hearth_instance *a;
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
  for (int k = 0; k < 4; k++) {
    dirty_iso(a); /* traps build the module's backtrace names once */
    CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
  }
  hearth_store_delete(s);
  size_t base = hearth_alloc_current();
  int fds = count_fds();
  for (int i = 0; i < 2000; i++) {
    CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
    CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
    if (i % 100 == 0) {
      dirty_iso(a);
      CHECK_EQ_INT(hearth_instance_reset(a), HEARTH_OK);
    }
    hearth_store_delete(s);
  }
  CHECK_EQ_INT(hearth_alloc_current(), base);
  CHECK_EQ_INT(count_fds(), fds);
  hearth_template_delete(t);
  hearth_engine_delete(e);
}

/* init_fuel / init_timeout_ms bound the guest code run by hearth_template_new. */
static void init_limits(void) {
  hearth_engine *e;
  hearth_store *s;
  hearth_instance *a;
  hearth_template *t = NULL;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  size_t base = hearth_alloc_current();
  hearth_module *m = load(e, w_spin, sizeof w_spin);
  /* an endless init export: fuel runs out */
  hearth_template_config cfg = {.init_export = "spin", .init_fuel = 100000};
  CHECK_EQ_INT(hearth_template_new(e, m, NULL, &cfg, &t), HEARTH_ERR_TRAP);
  CHECK(t == NULL);
  CHECK(strstr(hearth_errmsg(), "fuel") != NULL);
  /* ... or the deadline passes */
  cfg = (hearth_template_config){.init_export = "spin", .init_timeout_ms = 50};
  CHECK_EQ_INT(hearth_template_new(e, m, NULL, &cfg, &t), HEARTH_ERR_TRAP);
  CHECK(t == NULL);
  CHECK(strstr(hearth_errmsg(), "deadline") != NULL);
  /* an endless start function is bounded too */
  hearth_module *m2 = load(e, w_spinstart, sizeof w_spinstart);
  cfg = (hearth_template_config){.init_fuel = 1000};
  CHECK_EQ_INT(hearth_template_new(e, m2, NULL, &cfg, &t), HEARTH_ERR_TRAP);
  CHECK(strstr(hearth_errmsg(), "fuel") != NULL);
  cfg = (hearth_template_config){.init_timeout_ms = 20};
  CHECK_EQ_INT(hearth_template_new(e, m2, NULL, &cfg, &t), HEARTH_ERR_TRAP);
  CHECK(strstr(hearth_errmsg(), "deadline") != NULL);
  hearth_module_delete(m2);
  /* a finite _initialize within both limits succeeds; instances do not inherit the limits */
  cfg = (hearth_template_config){.init_fuel = 1000, .init_timeout_ms = 60000};
  CHECK_EQ_INT(hearth_template_new(e, m, NULL, &cfg, &t), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &a), HEARTH_OK);
  CHECK_EQ_INT(global_i32(a, "n"), 100);
  CHECK_EQ_INT(hearth_store_fuel(s), UINT64_MAX);
  hearth_store_delete(s);
  hearth_template_delete(t);
  /* too little fuel for the same _initialize traps */
  cfg = (hearth_template_config){.init_fuel = 50};
  CHECK_EQ_INT(hearth_template_new(e, m, NULL, &cfg, &t), HEARTH_ERR_TRAP);
  /* zero limits keep the old unmetered behaviour */
  cfg = (hearth_template_config){0};
  CHECK_EQ_INT(hearth_template_new(e, m, NULL, &cfg, &t), HEARTH_OK);
  hearth_template_delete(t);
  hearth_module_delete(m);
  CHECK_EQ_INT(hearth_alloc_current(), base);
  hearth_engine_delete(e);
}

T_MAIN(T_CASE(isolation), T_CASE(reset_after_trap), T_CASE(grow_restored),
       T_CASE(reactor_initialize), T_CASE(command_before_start), T_CASE(wasi_hello),
       T_CASE(errors), T_CASE(reset_while_running), T_CASE(threads), T_CASE(no_leaks),
       T_CASE(init_limits), T_CASE(tracked_writes_reset_exactly),
       T_CASE(two_memories_reset))
