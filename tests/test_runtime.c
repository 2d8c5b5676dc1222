/* test_runtime.c: engines, stores, host objects, linkers, instantiation, host calls and traps. */
#include <pthread.h>
#include <dlfcn.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "t.h"

/* Modules below were built with `wat2wasm --debug-names x.wat && xxd -i x.wasm`; the .wat source
 * precedes each in a comment. */

/* (module
     (import "env" "add" (func $add (param i32 i32) (result i32)))
     (import "env" "poke" (func $poke (param i32)))
     (memory (export "memory") 1)
     (global $g (export "g") (mut i32) (i32.const 5))
     (func $run (export "run") (param i32) (result i32)
       (call $poke (local.get 0))
       (call $add (local.get 0) (i32.load8_u (i32.const 100))))
     (func $boom (export "boom") unreachable)
     (func (export "f64id") (param f64 i64 f32) (result f32 i64 f64)
       local.get 2 local.get 1 local.get 0)) */
static const uint8_t w_io[] = {
   0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x1c, 0x05, 0x60,
   0x02, 0x7f, 0x7f, 0x01, 0x7f, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x01, 0x7f,
   0x01, 0x7f, 0x60, 0x00, 0x00, 0x60, 0x03, 0x7c, 0x7e, 0x7d, 0x03, 0x7d,
   0x7e, 0x7c, 0x02, 0x16, 0x02, 0x03, 0x65, 0x6e, 0x76, 0x03, 0x61, 0x64,
   0x64, 0x00, 0x00, 0x03, 0x65, 0x6e, 0x76, 0x04, 0x70, 0x6f, 0x6b, 0x65,
   0x00, 0x01, 0x03, 0x04, 0x03, 0x02, 0x03, 0x04, 0x05, 0x03, 0x01, 0x00,
   0x01, 0x06, 0x06, 0x01, 0x7f, 0x01, 0x41, 0x05, 0x0b, 0x07, 0x23, 0x05,
   0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x01, 0x67, 0x03,
   0x00, 0x03, 0x72, 0x75, 0x6e, 0x00, 0x02, 0x04, 0x62, 0x6f, 0x6f, 0x6d,
   0x00, 0x03, 0x05, 0x66, 0x36, 0x34, 0x69, 0x64, 0x00, 0x04, 0x0a, 0x1f,
   0x03, 0x10, 0x00, 0x20, 0x00, 0x10, 0x01, 0x20, 0x00, 0x41, 0xe4, 0x00,
   0x2d, 0x00, 0x00, 0x10, 0x00, 0x0b, 0x03, 0x00, 0x00, 0x0b, 0x08, 0x00,
   0x20, 0x02, 0x20, 0x01, 0x20, 0x00, 0x0b, 0x00, 0x31, 0x04, 0x6e, 0x61,
   0x6d, 0x65, 0x01, 0x17, 0x04, 0x00, 0x03, 0x61, 0x64, 0x64, 0x01, 0x04,
   0x70, 0x6f, 0x6b, 0x65, 0x02, 0x03, 0x72, 0x75, 0x6e, 0x03, 0x04, 0x62,
   0x6f, 0x6f, 0x6d, 0x02, 0x0b, 0x05, 0x00, 0x00, 0x01, 0x00, 0x02, 0x00,
   0x03, 0x00, 0x04, 0x00, 0x07, 0x04, 0x01, 0x00, 0x01, 0x67
};

/* (module (import "env" "mem" (memory 1)) (import "env" "tab" (table 2 funcref))
     (func $f (result i32) i32.const 42)
     (elem (i32.const 0) $f) (elem (i32.const 5) $f)
     (data (i32.const 0) "hi") (data (i32.const 65535) "xy")) */
static const uint8_t w_seg[] = {
   0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60,
   0x00, 0x01, 0x7f, 0x02, 0x18, 0x02, 0x03, 0x65, 0x6e, 0x76, 0x03, 0x6d,
   0x65, 0x6d, 0x02, 0x00, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x03, 0x74, 0x61,
   0x62, 0x01, 0x70, 0x00, 0x02, 0x03, 0x02, 0x01, 0x00, 0x09, 0x0d, 0x02,
   0x00, 0x41, 0x00, 0x0b, 0x01, 0x00, 0x00, 0x41, 0x05, 0x0b, 0x01, 0x00,
   0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b, 0x0b, 0x11, 0x02, 0x00,
   0x41, 0x00, 0x0b, 0x02, 0x68, 0x69, 0x00, 0x41, 0xff, 0xff, 0x03, 0x0b,
   0x02, 0x78, 0x79, 0x00, 0x10, 0x04, 0x6e, 0x61, 0x6d, 0x65, 0x01, 0x04,
   0x01, 0x00, 0x01, 0x66, 0x02, 0x03, 0x01, 0x00, 0x00
};

/* (module (import "env" "mem" (memory 1))
     (data (i32.const 0) "hi") (data (i32.const 65535) "xy")) */
static const uint8_t w_dseg[] = {
   0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x02, 0x0c, 0x01, 0x03,
   0x65, 0x6e, 0x76, 0x03, 0x6d, 0x65, 0x6d, 0x02, 0x00, 0x01, 0x0b, 0x11,
   0x02, 0x00, 0x41, 0x00, 0x0b, 0x02, 0x68, 0x69, 0x00, 0x41, 0xff, 0xff,
   0x03, 0x0b, 0x02, 0x78, 0x79, 0x00, 0x08, 0x04, 0x6e, 0x61, 0x6d, 0x65,
   0x02, 0x01, 0x00
};

/* (module (import "env" "base" (global $b i32))
     (global $g (export "g") (mut i32) (global.get $b))
     (table (export "t") 3 funcref)
     (elem (i32.const 1) $inc)
     (func $inc (export "inc") (global.set $g (i32.add (global.get $g) (i32.const 1))))
     (start $inc)
     (func (export "calli") (param i32) (call_indirect (local.get 0)))) */
static const uint8_t w_start[] = {
   0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x60,
   0x00, 0x00, 0x60, 0x01, 0x7f, 0x00, 0x02, 0x0d, 0x01, 0x03, 0x65, 0x6e,
   0x76, 0x04, 0x62, 0x61, 0x73, 0x65, 0x03, 0x7f, 0x00, 0x03, 0x03, 0x02,
   0x00, 0x01, 0x04, 0x04, 0x01, 0x70, 0x00, 0x03, 0x06, 0x06, 0x01, 0x7f,
   0x01, 0x23, 0x00, 0x0b, 0x07, 0x17, 0x04, 0x01, 0x67, 0x03, 0x01, 0x01,
   0x74, 0x01, 0x00, 0x03, 0x69, 0x6e, 0x63, 0x00, 0x00, 0x05, 0x63, 0x61,
   0x6c, 0x6c, 0x69, 0x00, 0x01, 0x08, 0x01, 0x00, 0x09, 0x07, 0x01, 0x00,
   0x41, 0x01, 0x0b, 0x01, 0x00, 0x0a, 0x13, 0x02, 0x09, 0x00, 0x23, 0x01,
   0x41, 0x01, 0x6a, 0x24, 0x01, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x11, 0x00,
   0x00, 0x0b, 0x00, 0x1d, 0x04, 0x6e, 0x61, 0x6d, 0x65, 0x01, 0x06, 0x01,
   0x00, 0x03, 0x69, 0x6e, 0x63, 0x02, 0x05, 0x02, 0x00, 0x00, 0x01, 0x00,
   0x07, 0x07, 0x02, 0x00, 0x01, 0x62, 0x01, 0x01, 0x67
};

/* (module (func (export "spin") (loop $l (br $l)))
           (func $named (export "rec") (call $named))) */
static const uint8_t w_loop[] = {
   0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60,
   0x00, 0x00, 0x03, 0x03, 0x02, 0x00, 0x00, 0x07, 0x0e, 0x02, 0x04, 0x73,
   0x70, 0x69, 0x6e, 0x00, 0x00, 0x03, 0x72, 0x65, 0x63, 0x00, 0x01, 0x0a,
   0x0e, 0x02, 0x07, 0x00, 0x03, 0x40, 0x0c, 0x00, 0x0b, 0x0b, 0x04, 0x00,
   0x10, 0x01, 0x0b, 0x00, 0x16, 0x04, 0x6e, 0x61, 0x6d, 0x65, 0x01, 0x08,
   0x01, 0x01, 0x05, 0x6e, 0x61, 0x6d, 0x65, 0x64, 0x02, 0x05, 0x02, 0x00,
   0x00, 0x01, 0x00
};

/* (module (import "env" "exit" (func $exit (param i32)))
           (func (export "go") (call $exit (i32.const 3)) unreachable)) */
static const uint8_t w_exit[] = {
   0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x60,
   0x01, 0x7f, 0x00, 0x60, 0x00, 0x00, 0x02, 0x0c, 0x01, 0x03, 0x65, 0x6e,
   0x76, 0x04, 0x65, 0x78, 0x69, 0x74, 0x00, 0x00, 0x03, 0x02, 0x01, 0x01,
   0x07, 0x06, 0x01, 0x02, 0x67, 0x6f, 0x00, 0x01, 0x0a, 0x09, 0x01, 0x07,
   0x00, 0x41, 0x03, 0x10, 0x00, 0x00, 0x0b, 0x00, 0x15, 0x04, 0x6e, 0x61,
   0x6d, 0x65, 0x01, 0x07, 0x01, 0x00, 0x04, 0x65, 0x78, 0x69, 0x74, 0x02,
   0x05, 0x02, 0x00, 0x00, 0x01, 0x00
};

/* (module (import "io" "run" (func $run (param i32) (result i32)))
     (import "io" "g" (global $g (mut i32))) (import "io" "memory" (memory 1))
     (func (export "twice") (param i32) (result i32)
       (global.set $g (call $run (local.get 0)))
       (i32.add (global.get $g) (i32.load8_u (i32.const 100))))) */
static const uint8_t w_user[] = {
   0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x06, 0x01, 0x60,
   0x01, 0x7f, 0x01, 0x7f, 0x02, 0x1f, 0x03, 0x02, 0x69, 0x6f, 0x03, 0x72,
   0x75, 0x6e, 0x00, 0x00, 0x02, 0x69, 0x6f, 0x01, 0x67, 0x03, 0x7f, 0x01,
   0x02, 0x69, 0x6f, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00,
   0x01, 0x03, 0x02, 0x01, 0x00, 0x07, 0x09, 0x01, 0x05, 0x74, 0x77, 0x69,
   0x63, 0x65, 0x00, 0x01, 0x0a, 0x13, 0x01, 0x11, 0x00, 0x20, 0x00, 0x10,
   0x00, 0x24, 0x00, 0x23, 0x00, 0x41, 0xe4, 0x00, 0x2d, 0x00, 0x00, 0x6a,
   0x0b
};

static const hearth_valtype I32s[] = {HEARTH_I32, HEARTH_I32};

static hearth_val vi32(int32_t x) {
  hearth_val v;
  memset(&v, 0, sizeof v);
  v.type = HEARTH_I32;
  v.of.i32 = x;
  return v;
}

static hearth_engine *g_e;
static hearth_store *g_s;
static size_t g_base_alloc;
static const hearth_config *g_cfg; /* setup()'s engine configuration (NULL: defaults) */

static void setup(void) {
  g_base_alloc = hearth_alloc_current();
  CHECK_EQ_INT(hearth_engine_new(g_cfg, &g_e), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(g_e, &g_s), HEARTH_OK);
}

static void teardown(void) {
  hearth_store_delete(g_s);
  hearth_engine_delete(g_e);
  CHECK_EQ_INT(hearth_alloc_current(), g_base_alloc);
}

static hearth_module *load(const uint8_t *b, size_t n) {
  hearth_module *m = NULL;
  hearth_status st = hearth_module_new(g_e, b, n, &m);
  if (st != HEARTH_OK) fprintf(stderr, "module_new: %s: %s\n", hearth_status_str(st), hearth_errmsg());
  CHECK_EQ_INT(st, HEARTH_OK);
  return m;
}

static hearth_func *export_func(hearth_instance *inst, const char *name) {
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, name, &x), HEARTH_OK);
  CHECK_EQ_INT(x.kind, HEARTH_EXTERN_FUNC);
  return x.of.func;
}

/* ---------------------------------------------------------------- without modules */

static void engine_store_lifecycle(void) {
  setup();
  hearth_config cfg = {.max_call_depth = 50, .max_stack_bytes = 4096, .max_memory_bytes = 0};
  hearth_engine *e2;
  hearth_store *s2;
  CHECK_EQ_INT(hearth_engine_new(&cfg, &e2), HEARTH_OK);
  CHECK_EQ_INT(e2->cfg.max_call_depth, 50);
  CHECK_EQ_INT(e2->cfg.max_memory_bytes, H_DEFAULT_MAX_MEMORY_BYTES);
  CHECK_EQ_INT(hearth_store_new(e2, &s2), HEARTH_OK);
  CHECK_EQ_INT(s2->stack_slots, 512);
  CHECK(s2->stack_top == s2->stack);
  CHECK_EQ_INT(s2->max_depth, 50);
  hearth_store_set_max_call_depth(s2, 200); /* reallocates the frame array */
  CHECK_EQ_INT(s2->max_depth, 200);
  hearth_store_set_max_call_depth(s2, 0);
  CHECK_EQ_INT(s2->max_depth, 50);
  CHECK_EQ_INT(hearth_store_fuel(s2), UINT64_MAX);
  hearth_store_set_fuel(s2, 77);
  CHECK_EQ_INT(hearth_store_fuel(s2), 77);
  CHECK_EQ_INT(hearth_store_trap(s2), HEARTH_TRAP_NONE);
  const char *names[4];
  CHECK_EQ_INT(hearth_store_backtrace(s2, names, 4), 0);
  hearth_store_interrupt(s2);
  CHECK_EQ_INT(atomic_load(&s2->interrupt), HEARTH_TRAP_INTERRUPTED);
  hearth_store_delete(s2);
  hearth_engine_delete(e2);
  CHECK_EQ_INT(g_s->stack_slots, H_DEFAULT_MAX_STACK_BYTES / 8);
  teardown();
}

static void host_objects(void) {
  setup();
  hearth_memory *mem;
  CHECK_EQ_INT(hearth_memory_new(g_s, 1, 2, &mem), HEARTH_OK);
  CHECK_EQ_INT(hearth_memory_size(mem), 65536);
  hearth_memory_data(mem)[65535] = 1;
  CHECK_EQ_INT(hearth_memory_grow(mem, 1, NULL), HEARTH_OK);
  CHECK_EQ_INT(hearth_memory_grow(mem, 1, NULL), HEARTH_ERR_LIMIT);
  CHECK_EQ_INT(hearth_memory_new(g_s, 3, 2, &mem), HEARTH_ERR_ARGUMENT);

  hearth_table *t;
  CHECK_EQ_INT(hearth_table_new(g_s, HEARTH_I32, 1, 2, &t), HEARTH_ERR_ARGUMENT);
  CHECK_EQ_INT(hearth_table_new(g_s, HEARTH_EXTERNREF, 2, 4, &t), HEARTH_OK);
  CHECK_EQ_INT(hearth_table_size(t), 2);
  hearth_val v, r;
  memset(&v, 0, sizeof v);
  v.type = HEARTH_EXTERNREF;
  v.of.externref = &v;
  CHECK_EQ_INT(hearth_table_set(t, 1, &v), HEARTH_OK);
  CHECK_EQ_INT(hearth_table_set(t, 2, &v), HEARTH_ERR_ARGUMENT);
  CHECK_EQ_INT(hearth_table_get(t, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r.type, HEARTH_EXTERNREF);
  CHECK(r.of.externref == &v);
  CHECK_EQ_INT(hearth_table_get(t, 0, &r), HEARTH_OK);
  CHECK(r.of.externref == NULL);
  uint32_t old = 0;
  CHECK_EQ_INT(hearth_table_grow(t, 2, &v, &old), HEARTH_OK);
  CHECK_EQ_INT(old, 2);
  CHECK_EQ_INT(hearth_table_get(t, 3, &r), HEARTH_OK);
  CHECK(r.of.externref == &v);
  CHECK_EQ_INT(hearth_table_grow(t, 1, NULL, &old), HEARTH_ERR_LIMIT);
  CHECK_EQ_INT(h_rt_table_grow(t, 0, 0), 4);
  hearth_val wrong = vi32(1);
  CHECK_EQ_INT(hearth_table_set(t, 0, &wrong), HEARTH_ERR_ARGUMENT);
  /* No declared max: grows up to the host cap. */
  hearth_table *t2;
  CHECK_EQ_INT(hearth_table_new(g_s, HEARTH_FUNCREF, 0, UINT32_MAX, &t2), HEARTH_OK);
  CHECK_EQ_INT(h_rt_table_grow(t2, 1000, 0), 0);
  CHECK_EQ_INT(h_rt_table_grow(t2, H_MAX_TABLE_ELEMS, 0), -1);
  CHECK_EQ_INT(hearth_table_size(t2), 1000);

  hearth_global *g, *gc;
  hearth_val i = vi32(-5);
  CHECK_EQ_INT(hearth_global_new(g_s, &i, true, &g), HEARTH_OK);
  CHECK_EQ_INT(hearth_global_new(g_s, &i, false, &gc), HEARTH_OK);
  CHECK_EQ_INT(hearth_global_get(g, &r), HEARTH_OK);
  CHECK_EQ_INT(r.type, HEARTH_I32);
  CHECK_EQ_INT(r.of.i32, -5);
  CHECK_EQ_INT(g->v[0], 0xFFFFFFFBu); /* i32 zero-extended in its slot */
  hearth_val n = vi32(9);
  CHECK_EQ_INT(hearth_global_set(g, &n), HEARTH_OK);
  CHECK_EQ_INT(hearth_global_set(gc, &n), HEARTH_ERR_ARGUMENT);
  hearth_val f;
  memset(&f, 0, sizeof f);
  f.type = HEARTH_F64;
  f.of.f64 = 1.5;
  CHECK_EQ_INT(hearth_global_set(g, &f), HEARTH_ERR_ARGUMENT);
  CHECK_EQ_INT(hearth_global_get(g, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 9);
  hearth_val vv;
  memset(&vv, 0, sizeof vv);
  vv.type = HEARTH_V128;
  for (int k = 0; k < 16; k++) vv.of.v128[k] = (uint8_t)(k + 1);
  CHECK_EQ_INT(hearth_global_new(g_s, &vv, false, &gc), HEARTH_OK);
  CHECK_EQ_INT(gc->v[0], 0x0807060504030201ull);
  CHECK_EQ_INT(hearth_global_get(gc, &r), HEARTH_OK);
  CHECK(memcmp(r.of.v128, vv.of.v128, 16) == 0);
  teardown();
}

typedef struct calls {
  int n;
  hearth_status ret;
  hearth_memory *mem;
} calls;

static hearth_status cb_add(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  calls *k = user;
  k->n++;
  CHECK_EQ_INT(a[0].type, HEARTH_I32);
  CHECK_EQ_INT(r[0].type, HEARTH_I32);
  r[0].of.i32 = a[0].of.i32 + a[1].of.i32;
  k->mem = hearth_caller_memory(c);
  return k->ret;
}

static hearth_status cb_poke(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  hearth_memory *m = hearth_caller_memory(c);
  if (!m) return HEARTH_ERR_ARGUMENT;
  hearth_memory_data(m)[100] = (uint8_t)a[0].of.i32;
  return HEARTH_OK;
}

static hearth_status cb_exit(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  hearth_caller_exit(c, a[0].of.i32);
  return HEARTH_ERR_EXIT;
}

static hearth_status cb_mix(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  CHECK_EQ_INT(a[0].type, HEARTH_V128);
  CHECK_EQ_INT(a[1].type, HEARTH_F32);
  memcpy(r[1].of.v128, a[0].of.v128, 16);
  r[0].of.f64 = (double)a[1].of.f32 * 2;
  r[2].of.externref = user;
  return HEARTH_OK;
}

/* Host calls through the interpreter's entry point (slots in, slots out). */
static void host_call_slots(void) {
  setup();
  calls k = {0, HEARTH_OK, NULL};
  hearth_func *f;
  CHECK_EQ_INT(hearth_func_new(g_s, I32s, 2, I32s, 1, cb_add, &k, &f), HEARTH_OK);
  const hearth_valtype *p, *rs;
  size_t np, nr;
  hearth_func_type(f, &p, &np, &rs, &nr);
  CHECK_EQ_INT(np, 2);
  CHECK_EQ_INT(nr, 1);
  CHECK_EQ_INT(p[1], HEARTH_I32);
  CHECK_EQ_INT(rs[0], HEARTH_I32);
  CHECK(hearth_func_name(f) == NULL);
  uint64_t slots[4] = {40, 2, 0, 0};
  CHECK_EQ_INT(h_rt_host_call(g_s, f, NULL, slots), HEARTH_OK);
  CHECK_EQ_INT(slots[0], 42);
  CHECK_EQ_INT(k.n, 1);
  CHECK(k.mem == NULL);
  slots[0] = (uint64_t)-1;
  slots[1] = 0;
  CHECK_EQ_INT(h_rt_host_call(g_s, f, NULL, slots), HEARTH_OK);
  CHECK_EQ_INT(slots[0], 0xFFFFFFFFull); /* i32 results zero-extended */
  k.ret = HEARTH_ERR_IO;
  CHECK_EQ_INT(h_rt_host_call(g_s, f, NULL, slots), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(g_s->trap, HEARTH_TRAP_HOST);
  k.ret = HEARTH_ERR_EXIT;
  CHECK_EQ_INT(h_rt_host_call(g_s, f, NULL, slots), HEARTH_ERR_EXIT);

  hearth_func *e;
  CHECK_EQ_INT(hearth_func_new(g_s, I32s, 1, NULL, 0, cb_exit, NULL, &e), HEARTH_OK);
  slots[0] = 7;
  CHECK_EQ_INT(h_rt_host_call(g_s, e, NULL, slots), HEARTH_ERR_EXIT);
  CHECK_EQ_INT(hearth_store_exit_code(g_s), 7);

  /* v128 in two slots, f32 bits, externref pointer bits; results wider than params. */
  const hearth_valtype mp[] = {HEARTH_V128, HEARTH_F32};
  const hearth_valtype mr[] = {HEARTH_F64, HEARTH_V128, HEARTH_EXTERNREF};
  hearth_func *mix;
  int tag;
  CHECK_EQ_INT(hearth_func_new(g_s, mp, 2, mr, 3, cb_mix, &tag, &mix), HEARTH_OK);
  CHECK_EQ_INT(mix->type->param_slots, 3);
  CHECK_EQ_INT(mix->type->result_slots, 4);
  uint64_t ms[4] = {0x1122334455667788ull, 0x99AABBCCDDEEFF00ull, 0, 0};
  float x = 1.25f;
  uint32_t xb;
  memcpy(&xb, &x, 4);
  ms[2] = xb;
  CHECK_EQ_INT(h_rt_host_call(g_s, mix, NULL, ms), HEARTH_OK);
  double d;
  memcpy(&d, &ms[0], 8);
  CHECK(d == 2.5);
  CHECK_EQ_INT(ms[1], 0x1122334455667788ull);
  CHECK_EQ_INT(ms[2], 0x99AABBCCDDEEFF00ull);
  CHECK(ms[3] == (uint64_t)(uintptr_t)&tag);

  const hearth_valtype bad[] = {(hearth_valtype)0x55};
  CHECK_EQ_INT(hearth_func_new(g_s, bad, 1, NULL, 0, cb_exit, NULL, &e), HEARTH_ERR_ARGUMENT);
  teardown();
}

static void linker_defs(void) {
  setup();
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(g_e, &l), HEARTH_OK);
  char name[32];
  for (int i = 0; i < 300; i++) {
    snprintf(name, sizeof name, "f%d", i);
    CHECK_EQ_INT(hearth_linker_define_func(l, "env", name, I32s, 2, I32s, 1, cb_add, NULL),
                 HEARTH_OK);
  }
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "f7", I32s, 1, NULL, 0, cb_add, NULL),
               HEARTH_ERR_ARGUMENT);
  hearth_linker_allow_shadowing(l, true);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "f7", I32s, 1, NULL, 0, cb_add, NULL),
               HEARTH_OK);
  /* ("en","vf1") must not collide with ("env","f1"). */
  CHECK_EQ_INT(hearth_linker_define_func(l, "en", "vf1", NULL, 0, NULL, 0, cb_add, NULL),
               HEARTH_OK);
  hearth_global *g;
  hearth_val v = vi32(1);
  CHECK_EQ_INT(hearth_global_new(g_s, &v, false, &g), HEARTH_OK);
  hearth_extern x = {.kind = HEARTH_EXTERN_GLOBAL, .of.global = g};
  CHECK_EQ_INT(hearth_linker_define_extern(l, "spectest", "global_i32", x), HEARTH_OK);
  /* The linker now belongs to g_s: objects of another store are refused. */
  hearth_store *s2;
  CHECK_EQ_INT(hearth_store_new(g_e, &s2), HEARTH_OK);
  hearth_global *g2;
  CHECK_EQ_INT(hearth_global_new(s2, &v, false, &g2), HEARTH_OK);
  hearth_extern x2 = {.kind = HEARTH_EXTERN_GLOBAL, .of.global = g2};
  CHECK_EQ_INT(hearth_linker_define_extern(l, "spectest", "other", x2), HEARTH_ERR_ARGUMENT);
  hearth_store_delete(s2);
  hearth_linker_delete(l);
  teardown();
}

/* Deadlines are per store, read by the running guest (no timer thread, nothing shared): four
 * threads spin in their own stores with different deadlines; each traps with DEADLINE no earlier
 * than its own deadline and soon after it, setting one never touches the interrupt flag, and a
 * store whose deadline was cleared runs on (stopped here by fuel instead). Name has "deadline":
 * make test-tsan runs it. */
typedef struct dl_run {
  hearth_module *m;
  uint64_t after_ns;   /* deadline relative to the start; 0: cleared, fuel ends the call */
  hearth_status st;
  hearth_trap trap;
  uint64_t took_ns;
  unsigned irq_after_set;
} dl_run;

static uint64_t mono_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void *dl_main(void *arg) {
  dl_run *r = arg;
  hearth_store *s;
  hearth_instance *inst;
  if (hearth_store_new(g_e, &s) != HEARTH_OK) return NULL;
  if (hearth_instance_new(s, NULL, r->m, &inst) == HEARTH_OK) {
    hearth_func *spin = export_func(inst, "spin");
    uint64_t t0 = mono_now();
    hearth_store_set_deadline(s, t0 + 3600000000000ull);
    if (r->after_ns) {
      hearth_store_set_deadline(s, t0 + r->after_ns);
    } else {
      hearth_store_set_deadline(s, 0);
      hearth_store_set_fuel(s, 2000000);
    }
    r->irq_after_set = atomic_load(&s->interrupt);
    r->st = hearth_func_call(spin, NULL, 0, NULL, 0);
    r->took_ns = mono_now() - t0;
    r->trap = hearth_store_trap(s);
  }
  hearth_store_delete(s);
  return NULL;
}

static void deadline_timer(void) {
  setup();
  hearth_module *m = load(w_loop, sizeof w_loop);
  dl_run runs[4] = {{m, 20000000ull, 0, 0, 0, 0}, {m, 60000000ull, 0, 0, 0, 0},
                    {m, 100000000ull, 0, 0, 0, 0}, {m, 0, 0, 0, 0, 0}};
  pthread_t th[4];
  for (int i = 0; i < 4; i++) CHECK(pthread_create(&th[i], NULL, dl_main, &runs[i]) == 0);
  for (int i = 0; i < 4; i++) pthread_join(th[i], NULL);
  for (int i = 0; i < 3; i++) {
    CHECK_EQ_INT(runs[i].irq_after_set, 0);
    CHECK_EQ_INT(runs[i].st, HEARTH_ERR_TRAP);
    CHECK_EQ_INT(runs[i].trap, HEARTH_TRAP_DEADLINE);
    CHECK(runs[i].took_ns >= runs[i].after_ns);
    CHECK(runs[i].took_ns < runs[i].after_ns + 2000000000ull);
  }
  CHECK_EQ_INT(runs[3].st, HEARTH_ERR_TRAP);
  CHECK_EQ_INT(runs[3].trap, HEARTH_TRAP_FUEL);
  hearth_module_delete(m);
  teardown();
}

/* A partially decoded module: counts set, some arrays missing. */
static void free_partial_module(void) {
  size_t base = hearth_alloc_current();
  hearth_module m;
  memset(&m, 0, sizeof m);
  m.ntypes = 3;
  m.types = h_calloc(3, sizeof *m.types);
  m.types[0].params = h_malloc(2);
  m.nimports = 5; /* imports array never allocated */
  m.nexports = 2;
  m.exports = h_calloc(2, sizeof *m.exports);
  m.exports[0].name = h_strndup("x", 1);
  m.nfuncs = 4;
  m.nimported_funcs = 1;
  m.code = h_calloc(3, sizeof *m.code);
  m.code[1].code = h_malloc(16);
  m.func_names = h_calloc(4, sizeof(char *));
  m.func_names[3] = h_strndup("abc", 3);
  m.nelems = 1;
  m.elems = h_calloc(1, sizeof *m.elems);
  m.elems[0].items = h_calloc(2, sizeof(h_constexpr));
  m.ncustoms = 1;
  m.customs = h_calloc(1, sizeof *m.customs);
  m.customs[0].name = h_strndup("name", 4);
  CHECK(hearth_alloc_current() > base);
  h_module_free_contents(&m);
  CHECK_EQ_INT(hearth_alloc_current(), base);
  h_module_free_contents(&m); /* idempotent */
  CHECK_EQ_INT(hearth_alloc_current(), base);
}

/* ---------------------------------------------------------------- with modules */

static hearth_linker *env_linker(calls *k) {
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(g_e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "add", I32s, 2, I32s, 1, cb_add, k), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "poke", I32s, 1, NULL, 0, cb_poke, NULL),
               HEARTH_OK);
  return l;
}

static void imports_exports(void) {
  setup();
  hearth_module *m = load(w_io, sizeof w_io);
  CHECK_EQ_INT(hearth_module_import_count(m), 2);
  hearth_import_desc d;
  CHECK_EQ_INT(hearth_module_import(m, 1, &d), HEARTH_OK);
  CHECK_STR(d.module, "env");
  CHECK_STR(d.name, "poke");
  CHECK_EQ_INT(d.kind, HEARTH_EXTERN_FUNC);
  CHECK_EQ_INT(hearth_module_import(m, 2, &d), HEARTH_ERR_NOT_FOUND);
  CHECK_EQ_INT(hearth_module_export_count(m), 5);
  const char *name;
  hearth_extern_kind kind;
  CHECK_EQ_INT(hearth_module_export(m, 0, &name, &kind), HEARTH_OK);
  CHECK_STR(name, "memory");
  CHECK_EQ_INT(kind, HEARTH_EXTERN_MEMORY);

  calls k = {0, HEARTH_OK, NULL};
  hearth_linker *l = env_linker(&k);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &inst), HEARTH_OK);
  hearth_module_delete(m); /* the instance keeps it alive */
  CHECK(hearth_instance_module(inst) == m);
  CHECK_EQ_INT(hearth_instance_export_count(inst), 5);
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, "nope", &x), HEARTH_ERR_NOT_FOUND);
  CHECK_EQ_INT(hearth_instance_export(inst, "g", &x), HEARTH_OK);
  CHECK_EQ_INT(x.kind, HEARTH_EXTERN_GLOBAL);
  hearth_val r;
  CHECK_EQ_INT(hearth_global_get(x.of.global, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 5);
  CHECK_EQ_INT(hearth_instance_export_nth(inst, 0, &name, &x), HEARTH_OK);
  CHECK_EQ_INT(x.kind, HEARTH_EXTERN_MEMORY);
  hearth_memory *mem = x.of.memory;

  hearth_func *run = export_func(inst, "run");
  CHECK_STR(hearth_func_name(run), "run");
  const hearth_valtype *p, *rs;
  size_t np, nr;
  hearth_func_type(run, &p, &np, &rs, &nr);
  CHECK_EQ_INT(np, 1);
  CHECK_EQ_INT(nr, 1);
  CHECK_EQ_INT(p[0], HEARTH_I32);
  hearth_val a = vi32(7);
  CHECK_EQ_INT(hearth_func_call(run, &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.type, HEARTH_I32);
  CHECK_EQ_INT(r.of.i32, 14);
  CHECK_EQ_INT(hearth_memory_data(mem)[100], 7);
  CHECK_EQ_INT(k.n, 1);
  CHECK(k.mem == mem); /* hearth_caller_memory sees the calling instance */
  /* Argument checks. */
  CHECK_EQ_INT(hearth_func_call(run, NULL, 0, &r, 1), HEARTH_ERR_ARGUMENT);
  hearth_val bad = a;
  bad.type = HEARTH_I64;
  CHECK_EQ_INT(hearth_func_call(run, &bad, 1, &r, 1), HEARTH_ERR_ARGUMENT);
  CHECK_EQ_INT(hearth_func_call(run, &a, 1, NULL, 0), HEARTH_ERR_ARGUMENT);

  /* Multi-value, float bits. */
  hearth_val args[3], res[3];
  memset(args, 0, sizeof args);
  args[0].type = HEARTH_F64;
  args[0].of.f64 = -0.0;
  args[1].type = HEARTH_I64;
  args[1].of.i64 = INT64_MIN + 3;
  args[2].type = HEARTH_F32;
  uint32_t nanbits = 0x7FA00001u;
  memcpy(&args[2].of.f32, &nanbits, 4);
  CHECK_EQ_INT(hearth_func_call(export_func(inst, "f64id"), args, 3, res, 3), HEARTH_OK);
  CHECK_EQ_INT(res[0].type, HEARTH_F32);
  uint32_t got;
  memcpy(&got, &res[0].of.f32, 4);
  CHECK_EQ_INT(got, nanbits);
  CHECK_EQ_INT(res[1].of.i64, INT64_MIN + 3);
  CHECK(res[2].type == HEARTH_F64 && res[2].of.f64 == 0.0 && (1.0 / res[2].of.f64) < 0);

  /* A host error traps the guest; the next call works. */
  k.ret = HEARTH_ERR_IO;
  CHECK_EQ_INT(hearth_func_call(run, &a, 1, &r, 1), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_HOST);
  k.ret = HEARTH_OK;
  CHECK_EQ_INT(hearth_func_call(run, &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 14);
  hearth_linker_delete(l);
  teardown();
}

static void trap_recovery(void) {
  setup();
  hearth_module *m = load(w_io, sizeof w_io);
  calls k = {0, HEARTH_OK, NULL};
  hearth_linker *l = env_linker(&k);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &inst), HEARTH_OK);
  hearth_func *boom = export_func(inst, "boom"), *run = export_func(inst, "run");
  hearth_val a = vi32(1), r;
  for (int i = 0; i < 3; i++) {
    CHECK_EQ_INT(hearth_func_call(boom, NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_UNREACHABLE);
    const char *names[8];
    CHECK(hearth_store_backtrace(g_s, names, 8) >= 1);
    CHECK_STR(names[0], "boom");
    CHECK_EQ_INT(hearth_func_call(run, &a, 1, &r, 1), HEARTH_OK);
    CHECK_EQ_INT(r.of.i32, 2);
  }
  hearth_module_delete(m);
  hearth_linker_delete(l);
  teardown();
}

static void unlinkable(void) {
  setup();
  hearth_module *m = load(w_io, sizeof w_io);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, NULL, m, &inst), HEARTH_ERR_UNLINKABLE);
  CHECK(strncmp(hearth_errmsg(), "unknown import", 14) == 0);
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(g_e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "add", I32s, 1, I32s, 1, cb_add, NULL),
               HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "poke", I32s, 1, NULL, 0, cb_poke, NULL),
               HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &inst), HEARTH_ERR_UNLINKABLE);
  CHECK(strncmp(hearth_errmsg(), "incompatible import type", 24) == 0);
  hearth_linker_delete(l);
  /* Memory import limits: imported memory must be at least as large as declared. */
  hearth_module *ms = load(w_dseg, sizeof w_dseg);
  CHECK_EQ_INT(hearth_linker_new(g_e, &l), HEARTH_OK);
  hearth_memory *mem;
  CHECK_EQ_INT(hearth_memory_new(g_s, 0, 1, &mem), HEARTH_OK);
  hearth_extern x = {.kind = HEARTH_EXTERN_MEMORY, .of.memory = mem};
  CHECK_EQ_INT(hearth_linker_define_extern(l, "env", "mem", x), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, l, ms, &inst), HEARTH_ERR_UNLINKABLE);
  CHECK_EQ_INT(hearth_memory_grow(mem, 1, NULL), HEARTH_OK); /* now 1 page: matches */
  CHECK_EQ_INT(hearth_instance_new(g_s, l, ms, &inst), HEARTH_ERR_TRAP);
  hearth_linker_delete(l);
  hearth_module_delete(ms);
  hearth_module_delete(m);
  teardown();
}

static void segment_traps(void) {
  setup();
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(g_e, &l), HEARTH_OK);
  hearth_memory *mem;
  hearth_table *tab;
  CHECK_EQ_INT(hearth_memory_new(g_s, 1, UINT64_MAX, &mem), HEARTH_OK);
  CHECK_EQ_INT(hearth_table_new(g_s, HEARTH_FUNCREF, 2, UINT32_MAX, &tab), HEARTH_OK);
  hearth_extern xm = {.kind = HEARTH_EXTERN_MEMORY, .of.memory = mem};
  hearth_extern xt = {.kind = HEARTH_EXTERN_TABLE, .of.table = tab};
  CHECK_EQ_INT(hearth_linker_define_extern(l, "env", "mem", xm), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_extern(l, "env", "tab", xt), HEARTH_OK);
  /* Element segments apply first; the second is out of bounds: the first one's write stays and
   * no data segment runs. */
  hearth_module *m = load(w_seg, sizeof w_seg);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &inst), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_OOB_TABLE);
  hearth_val r;
  CHECK_EQ_INT(hearth_table_get(tab, 0, &r), HEARTH_OK);
  CHECK(r.of.funcref != NULL);
  CHECK_EQ_INT(hearth_memory_data(mem)[0], 0);
  /* The function in the table outlives the failed instantiation. */
  CHECK_EQ_INT(hearth_func_call(r.of.funcref, NULL, 0, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 42);
  /* Data segments in order: "hi" lands, then the trap. */
  hearth_module *md = load(w_dseg, sizeof w_dseg);
  CHECK_EQ_INT(hearth_instance_new(g_s, l, md, &inst), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_OOB_MEMORY);
  CHECK_EQ_INT(hearth_memory_data(mem)[0], 'h');
  CHECK_EQ_INT(hearth_memory_data(mem)[1], 'i');
  CHECK_EQ_INT(hearth_memory_data(mem)[65535], 0);
  /* With room for "xy", both land. */
  CHECK_EQ_INT(hearth_memory_grow(mem, 1, NULL), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, l, md, &inst), HEARTH_OK);
  CHECK_EQ_INT(hearth_memory_data(mem)[65536], 'y');
  CHECK(inst->data_dropped[0] && inst->data_dropped[1]);
  hearth_module_delete(m);
  hearth_module_delete(md);
  hearth_linker_delete(l);
  teardown();
}

static void start_and_globals(void) {
  setup();
  hearth_module *m = load(w_start, sizeof w_start);
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(g_e, &l), HEARTH_OK);
  hearth_global *b;
  hearth_val v = vi32(10), r;
  CHECK_EQ_INT(hearth_global_new(g_s, &v, false, &b), HEARTH_OK);
  hearth_extern xb = {.kind = HEARTH_EXTERN_GLOBAL, .of.global = b};
  CHECK_EQ_INT(hearth_linker_define_extern(l, "env", "base", xb), HEARTH_OK);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &inst), HEARTH_OK);
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, "g", &x), HEARTH_OK);
  hearth_global *g = x.of.global;
  CHECK_EQ_INT(hearth_global_get(g, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 11); /* initialized from the import, then start ran */
  hearth_val one = vi32(1), zero = vi32(0);
  CHECK_EQ_INT(hearth_func_call(export_func(inst, "calli"), &one, 1, NULL, 0), HEARTH_OK);
  CHECK_EQ_INT(hearth_global_get(g, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 12);
  CHECK_EQ_INT(hearth_func_call(export_func(inst, "calli"), &zero, 1, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_UNINITIALIZED_ELEMENT);
  /* The table export holds the instance's own function. */
  CHECK_EQ_INT(hearth_instance_export(inst, "t", &x), HEARTH_OK);
  CHECK_EQ_INT(hearth_table_get(x.of.table, 1, &r), HEARTH_OK);
  CHECK(r.of.funcref == export_func(inst, "inc"));
  /* Two instances of one module have separate globals. */
  hearth_instance *inst2;
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &inst2), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_export(inst2, "g", &x), HEARTH_OK);
  CHECK_EQ_INT(hearth_global_get(x.of.global, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 11);
  hearth_module_delete(m);
  hearth_linker_delete(l);
  teardown();
}

static void exit_code(void) {
  setup();
  hearth_module *m = load(w_exit, sizeof w_exit);
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(g_e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "exit", I32s, 1, NULL, 0, cb_exit, NULL),
               HEARTH_OK);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &inst), HEARTH_OK);
  CHECK_EQ_INT(hearth_func_call(export_func(inst, "go"), NULL, 0, NULL, 0), HEARTH_ERR_EXIT);
  CHECK_EQ_INT(hearth_store_exit_code(g_s), 3);
  hearth_module_delete(m);
  hearth_linker_delete(l);
  teardown();
}

static void *interrupter(void *arg) {
  usleep(30000);
  hearth_store_interrupt(arg);
  return NULL;
}

static void limits_and_interrupts(void) {
  setup();
  hearth_module *m = load(w_loop, sizeof w_loop);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, NULL, m, &inst), HEARTH_OK);
  hearth_func *spin = export_func(inst, "spin"), *rec = export_func(inst, "rec");
  /* Unnamed functions get their export name, else "$f<N>" (backtrace_export_names); stable. */
  CHECK_STR(h_rt_func_name(inst, 0), "spin");
  CHECK(h_rt_func_name(inst, 0) == h_rt_func_name(inst, 0));
  CHECK_STR(h_rt_func_name(inst, 1), "named");

  CHECK_EQ_INT(hearth_func_call(rec, NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_STACK_EXHAUSTED);
  hearth_store_set_max_call_depth(g_s, 100);
  CHECK_EQ_INT(hearth_func_call(rec, NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_STACK_EXHAUSTED);

  hearth_store_set_fuel(g_s, 1000);
  CHECK_EQ_INT(hearth_func_call(spin, NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_FUEL);
  hearth_store_set_fuel(g_s, UINT64_MAX);

  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  uint64_t now = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
  hearth_store_set_deadline(g_s, now + 30000000ull);
  CHECK_EQ_INT(hearth_func_call(spin, NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_DEADLINE);
  /* A passed deadline stays passed for the next call. */
  CHECK_EQ_INT(hearth_func_call(spin, NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_DEADLINE);
  hearth_store_set_deadline(g_s, 0);

  pthread_t th;
  CHECK_EQ_INT(pthread_create(&th, NULL, interrupter, g_s), 0);
  CHECK_EQ_INT(hearth_func_call(spin, NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  pthread_join(th, NULL);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_INTERRUPTED);
  hearth_module_delete(m);
  teardown();
}

/* Exports of one instance imported by another through define_instance; shared global and memory. */
static void instance_linking(void) {
  setup();
  CHECK_EQ_INT(hearth_module_validate(g_e, w_io, sizeof w_io), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_validate(g_e, w_io, 7), HEARTH_ERR_MALFORMED);
  hearth_module *m = load(w_io, sizeof w_io), *mu = load(w_user, sizeof w_user);
  CHECK(hearth_module_ref(m) == m);
  hearth_module_delete(m); /* one reference left */
  calls k = {0, HEARTH_OK, NULL};
  hearth_linker *l = env_linker(&k);
  hearth_instance *io, *user;
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &io), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, l, mu, &user), HEARTH_ERR_UNLINKABLE);
  CHECK_EQ_INT(hearth_linker_define_instance(l, "io", io), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, l, mu, &user), HEARTH_OK);
  hearth_val a = vi32(3), r;
  CHECK_EQ_INT(hearth_func_call(export_func(user, "twice"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 6 + 3); /* run(3) = 3 + 3 stored in io's g, plus io's memory[100] = 3 */
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(io, "g", &x), HEARTH_OK);
  CHECK_EQ_INT(hearth_global_get(x.of.global, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 6);
  /* The host sees the calling instance's memory: io's, even when called through user. */
  CHECK_EQ_INT(hearth_instance_export(io, "memory", &x), HEARTH_OK);
  CHECK(k.mem == x.of.memory);
  /* Another store cannot use this linker any more. */
  hearth_store *s2;
  CHECK_EQ_INT(hearth_store_new(g_e, &s2), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(s2, l, m, &io), HEARTH_ERR_ARGUMENT);
  hearth_store_delete(s2);
  hearth_module_delete(m);
  hearth_module_delete(mu);
  hearth_linker_delete(l);
  teardown();
}

/* Everything created and torn down many times returns the allocator to where it started. */
static void no_leaks(void) {
  size_t base = hearth_alloc_current();
  for (int round = 0; round < 3; round++) {
    setup();
    hearth_module *m = load(w_io, sizeof w_io);
    calls k = {0, HEARTH_OK, NULL};
    hearth_linker *l = env_linker(&k);
    for (int i = 0; i < 5; i++) {
      hearth_instance *inst;
      CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &inst), HEARTH_OK);
      hearth_val a = vi32(i), r;
      CHECK_EQ_INT(hearth_func_call(export_func(inst, "run"), &a, 1, &r, 1), HEARTH_OK);
      CHECK_EQ_INT(hearth_func_call(export_func(inst, "boom"), NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
    }
    hearth_linker_delete(l);
    hearth_module_delete(m);
    teardown();
  }
  CHECK_EQ_INT(hearth_alloc_current(), base);
}

/* ---------------------------------------------------------------- export lookup, raw hosts */

/* Built with `wat2wasm x.wat && xxd -i x.wasm` (no name section). */
/* (module
     (func $x (result i32) i32.const 1)
     (func $y (result i32) i32.const 2)
     (func $z (result i32) i32.const 3)
     (export "a\00b" (func $x))
     (export "a\00c" (func $y))
     (export "a" (func $z))) */
static const uint8_t w_nul[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60,
  0x00, 0x01, 0x7f, 0x03, 0x04, 0x03, 0x00, 0x00, 0x00, 0x07, 0x11, 0x03,
  0x03, 0x61, 0x00, 0x62, 0x00, 0x00, 0x03, 0x61, 0x00, 0x63, 0x00, 0x01,
  0x01, 0x61, 0x00, 0x02, 0x0a, 0x10, 0x03, 0x04, 0x00, 0x41, 0x01, 0x0b,
  0x04, 0x00, 0x41, 0x02, 0x0b, 0x04, 0x00, 0x41, 0x03, 0x0b
};

/* (module
     (import "m" "a\00c" (func $f (result i32)))
     (func (export "get") (result i32) call $f)) */
static const uint8_t w_nul_imp[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60,
  0x00, 0x01, 0x7f, 0x02, 0x09, 0x01, 0x01, 0x6d, 0x03, 0x61, 0x00, 0x63,
  0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x07, 0x07, 0x01, 0x03, 0x67, 0x65,
  0x74, 0x00, 0x01, 0x0a, 0x06, 0x01, 0x04, 0x00, 0x10, 0x00, 0x0b
};

/* (module
     (func (export "run") call 1)
     (func unreachable)
     (func (export "second") (export "alias") call 1)) */
static const uint8_t w_bt[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60,
  0x00, 0x00, 0x03, 0x04, 0x03, 0x00, 0x00, 0x00, 0x07, 0x18, 0x03, 0x03,
  0x72, 0x75, 0x6e, 0x00, 0x00, 0x06, 0x73, 0x65, 0x63, 0x6f, 0x6e, 0x64,
  0x00, 0x02, 0x05, 0x61, 0x6c, 0x69, 0x61, 0x73, 0x00, 0x02, 0x0a, 0x0f,
  0x03, 0x04, 0x00, 0x10, 0x01, 0x0b, 0x03, 0x00, 0x00, 0x0b, 0x04, 0x00,
  0x10, 0x01, 0x0b
};

/* (module
     (import "env" "probe" (func $p (result i32)))
     (memory (export "memory") 1)
     (func (export "go") (result i32) (i32.store8 (i32.const 7) (i32.const 42)) call $p)) */
static const uint8_t w_probe[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60,
  0x00, 0x01, 0x7f, 0x02, 0x0d, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x05, 0x70,
  0x72, 0x6f, 0x62, 0x65, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x05, 0x03,
  0x01, 0x00, 0x01, 0x07, 0x0f, 0x02, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72,
  0x79, 0x02, 0x00, 0x02, 0x67, 0x6f, 0x00, 0x01, 0x0a, 0x0d, 0x01, 0x0b,
  0x00, 0x41, 0x07, 0x41, 0x2a, 0x3a, 0x00, 0x00, 0x10, 0x00, 0x0b
};

/* (module
     (import "env" "mix" (func $mix (param i32 i64 f64) (result i64 i32)))
     (func (export "go") (param i32 i64 f64) (result i64 i32)
       (call $mix (local.get 0) (local.get 1) (local.get 2)))) */
static const uint8_t w_raw[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x09, 0x01, 0x60,
  0x03, 0x7f, 0x7e, 0x7c, 0x02, 0x7e, 0x7f, 0x02, 0x0b, 0x01, 0x03, 0x65,
  0x6e, 0x76, 0x03, 0x6d, 0x69, 0x78, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
  0x07, 0x06, 0x01, 0x02, 0x67, 0x6f, 0x00, 0x01, 0x0a, 0x0c, 0x01, 0x0a,
  0x00, 0x20, 0x00, 0x20, 0x01, 0x20, 0x02, 0x10, 0x00, 0x0b
};

static int32_t call_i32(hearth_func *f) {
  hearth_val r;
  CHECK_EQ_INT(hearth_func_call(f, NULL, 0, &r, 1), HEARTH_OK);
  return r.of.i32;
}

/* Export names are byte strings: NULs inside them are part of the name, for lookups and for
 * linking through hearth_linker_define_instance. */
static void export_names_with_nul(void) {
  setup();
  hearth_module *m = load(w_nul, sizeof w_nul), *mi = load(w_nul_imp, sizeof w_nul_imp);
  hearth_instance *inst, *user;
  CHECK_EQ_INT(hearth_instance_new(g_s, NULL, m, &inst), HEARTH_OK);
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export_n(inst, "a\0b", 3, &x), HEARTH_OK);
  CHECK_EQ_INT(call_i32(x.of.func), 1);
  CHECK_EQ_INT(hearth_instance_export_n(inst, "a\0c", 3, &x), HEARTH_OK);
  CHECK_EQ_INT(call_i32(x.of.func), 2);
  CHECK_EQ_INT(hearth_instance_export_n(inst, "a\0bc", 3, &x), HEARTH_OK); /* len bytes only */
  CHECK_EQ_INT(call_i32(x.of.func), 1);
  CHECK_EQ_INT(hearth_instance_export(inst, "a", &x), HEARTH_OK);
  CHECK_EQ_INT(call_i32(x.of.func), 3);
  CHECK_EQ_INT(hearth_instance_export_n(inst, "a\0d", 3, &x), HEARTH_ERR_NOT_FOUND);
  CHECK_EQ_INT(hearth_instance_export_n(inst, "a\0", 2, &x), HEARTH_ERR_NOT_FOUND);
  CHECK_EQ_INT(hearth_instance_export_n(inst, NULL, 0, &x), HEARTH_ERR_NOT_FOUND);
  CHECK_EQ_INT(hearth_instance_export_n(inst, NULL, 1, &x), HEARTH_ERR_ARGUMENT);
  /* Registering the instance keeps the three names apart; the importer gets "a\0c". */
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(g_e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_instance(l, "m", inst), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, l, mi, &user), HEARTH_OK);
  CHECK_EQ_INT(call_i32(export_func(user, "get")), 2);
  hearth_linker_delete(l);
  hearth_module_delete(m);
  hearth_module_delete(mi);
  teardown();
}

static size_t put_leb(uint8_t *p, uint64_t v, bool is_signed) {
  size_t n = 0;
  for (;;) {
    uint8_t b = v & 0x7F;
    v = is_signed ? (uint64_t)((int64_t)v >> 7) : v >> 7;
    bool done = is_signed ? ((v == 0 && !(b & 0x40)) || (v == UINT64_MAX && (b & 0x40))) : v == 0;
    p[n++] = done ? b : (b | 0x80);
    if (done) return n;
  }
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* 100,000 exports ("e<i>" -> function i % 1000, which returns i % 1000): every one is found, and
 * the lookups are indexed (a scan of the export list per lookup would take far longer). */
static void many_exports(void) {
  setup();
  enum { NF = 1000, NE = 100000 };
  size_t cap = 64 + (size_t)NF * 8 + (size_t)NE * 16;
  uint8_t *b = calloc(1, cap), *sec = calloc(1, cap);
  CHECK(b && sec);
  size_t n = 0;
  static const uint8_t head[] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
                                 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f};
  memcpy(b, head, sizeof head);
  n = sizeof head;
  /* function section */
  size_t k = put_leb(sec, NF, false);
  for (int i = 0; i < NF; i++) sec[k++] = 0;
  b[n++] = 3;
  n += put_leb(b + n, k, false);
  memcpy(b + n, sec, k);
  n += k;
  /* export section */
  k = put_leb(sec, NE, false);
  for (int i = 0; i < NE; i++) {
    char name[16];
    int len = snprintf(name, sizeof name, "e%d", i);
    sec[k++] = (uint8_t)len;
    memcpy(sec + k, name, (size_t)len);
    k += (size_t)len;
    sec[k++] = 0;
    k += put_leb(sec + k, (uint64_t)(i % NF), false);
  }
  b[n++] = 7;
  n += put_leb(b + n, k, false);
  memcpy(b + n, sec, k);
  n += k;
  /* code section: body i is `i32.const i` */
  k = put_leb(sec, NF, false);
  for (int i = 0; i < NF; i++) {
    uint8_t body[16];
    size_t bl = 0;
    body[bl++] = 0; /* no locals */
    body[bl++] = 0x41;
    bl += put_leb(body + bl, (uint64_t)i, true);
    body[bl++] = 0x0b;
    sec[k++] = (uint8_t)bl;
    memcpy(sec + k, body, bl);
    k += bl;
  }
  b[n++] = 10;
  n += put_leb(b + n, k, false);
  memcpy(b + n, sec, k);
  n += k;
  CHECK(n <= cap);
  hearth_module *m = load(b, n);
  free(b);
  free(sec);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, NULL, m, &inst), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_export_count(inst), NE);
  double t0 = now_s();
  for (int i = 0; i < NE; i++) {
    char name[16];
    snprintf(name, sizeof name, "e%d", i);
    hearth_extern x;
    CHECK_EQ_INT(hearth_instance_export(inst, name, &x), HEARTH_OK);
    CHECK_EQ_INT(x.kind, HEARTH_EXTERN_FUNC);
    if (i % 997 == 0) CHECK_EQ_INT(call_i32(x.of.func), i % NF);
  }
  double dt = now_s() - t0;
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, "e100000", &x), HEARTH_ERR_NOT_FOUND);
  CHECK_EQ_INT(hearth_instance_export(inst, "e", &x), HEARTH_ERR_NOT_FOUND);
  CHECK_EQ_INT(hearth_instance_export(inst, "", &x), HEARTH_ERR_NOT_FOUND);
  CHECK(dt < 5.0); /* indexed: milliseconds; a scan per lookup: billions of comparisons */
  hearth_module_delete(m);
  teardown();
}

/* Backtrace names: name section, else an export name, else "$f<N>". */
static void backtrace_export_names(void) {
  setup();
  hearth_module *m = load(w_bt, sizeof w_bt);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, NULL, m, &inst), HEARTH_OK);
  CHECK_STR(h_rt_func_name(inst, 0), "run");
  CHECK_STR(h_rt_func_name(inst, 1), "$f1");
  CHECK_STR(h_rt_func_name(inst, 2), "second"); /* the first of its export names */
  CHECK(h_rt_func_name(inst, 1) == h_rt_func_name(inst, 1));
  CHECK_STR(h_rt_func_name(inst, 3), "$f?");
  CHECK_EQ_INT(hearth_func_call(export_func(inst, "run"), NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  const char *names[4];
  CHECK_EQ_INT(hearth_store_backtrace(g_s, names, 4), 2);
  CHECK_STR(names[0], "$f1");
  CHECK_STR(names[1], "run");
  CHECK_EQ_INT(hearth_func_call(export_func(inst, "alias"), NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_backtrace(g_s, names, 4), 2);
  CHECK_STR(names[1], "second");
  hearth_module_delete(m);
  teardown();
}

typedef struct probe_state {
  hearth_memory *first;
  int calls;
} probe_state;

/* Returns byte 7 of the caller's "memory" (-1 without one); the memory stays the same object. */
static hearth_status probe(hearth_caller *caller, void *user, const hearth_val *args,
                           hearth_val *results) {
  (void)args;
  probe_state *p = user;
  hearth_memory *mem = hearth_caller_memory(caller);
  if (p->calls++ == 0) p->first = mem;
  if (mem != p->first || mem != hearth_caller_memory(caller)) return HEARTH_ERR_ARGUMENT;
  results[0].of.i32 = mem ? hearth_memory_data(mem)[7] : -1;
  return HEARTH_OK;
}

static void caller_memory(void) {
  setup();
  hearth_module *m = load(w_probe, sizeof w_probe);
  probe_state p = {NULL, 0};
  static const hearth_valtype i32 = HEARTH_I32;
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(g_e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "probe", NULL, 0, &i32, 1, probe, &p),
               HEARTH_OK);
  hearth_instance *a, *b;
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &a), HEARTH_OK);
  CHECK_EQ_INT(call_i32(export_func(a, "go")), 42);
  CHECK_EQ_INT(call_i32(export_func(a, "go")), 42);
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(a, "memory", &x), HEARTH_OK);
  CHECK(p.first == x.of.memory);
  /* a second instance has its own memory */
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &b), HEARTH_OK);
  p.calls = 0;
  CHECK_EQ_INT(call_i32(export_func(b, "go")), 42);
  CHECK(p.first != x.of.memory);
  /* called from the host, there is no calling instance */
  hearth_func *pf;
  CHECK_EQ_INT(hearth_func_new(g_s, NULL, 0, &i32, 1, probe, &p, &pf), HEARTH_OK);
  p.calls = 0;
  CHECK_EQ_INT(call_i32(pf), -1);
  hearth_linker_delete(l);
  hearth_module_delete(m);
  teardown();
}

/* (i32 a, i64 b, f64 c) -> (i64 a + b + (i64)c, i32 a * 2), in slot form. */
static hearth_status raw_mix(hearth_caller *caller, void *user, uint64_t *slots) {
  (void)caller;
  int *count = user;
  ++*count;
  int32_t a = (int32_t)(uint32_t)slots[0];
  int64_t b = (int64_t)slots[1];
  double c;
  memcpy(&c, &slots[2], 8);
  if (a < 0) return HEARTH_ERR_ARGUMENT; /* traps the guest */
  slots[0] = (uint64_t)(a + b + (int64_t)c);
  slots[1] = (uint32_t)(a * 2);
  return HEARTH_OK;
}

static void raw_host_functions(void) {
  setup();
  hearth_module *m = load(w_raw, sizeof w_raw);
  int count = 0;
  static const h_valtype params[] = {H_T_I32, H_T_I64, H_T_F64}, results[] = {H_T_I64, H_T_I32};
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(g_e, &l), HEARTH_OK);
  CHECK_EQ_INT(h_rt_linker_define_raw(l, "env", "mix", params, 3, results, 2, raw_mix, &count),
               HEARTH_OK);
  CHECK_EQ_INT(h_rt_linker_define_raw(l, "env", "mix", params, 3, results, 2, raw_mix, &count),
               HEARTH_ERR_ARGUMENT); /* already defined */
  static const h_valtype bad = 0x40;
  CHECK_EQ_INT(h_rt_linker_define_raw(l, "env", "bad", &bad, 1, NULL, 0, raw_mix, NULL),
               HEARTH_ERR_ARGUMENT);
  CHECK_EQ_INT(h_rt_linker_define_raw(l, "env", "nofn", NULL, 0, NULL, 0, NULL, NULL),
               HEARTH_ERR_ARGUMENT);
  hearth_val args[3], res[2];
  memset(args, 0, sizeof args);
  args[0].type = HEARTH_I32;
  args[0].of.i32 = 5;
  args[1].type = HEARTH_I64;
  args[1].of.i64 = 1000000000000ll;
  args[2].type = HEARTH_F64;
  args[2].of.f64 = 7.9;
  /* Instantiated twice in one store: one cached host function serves both. */
  hearth_instance *i1, *i2;
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &i1), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, l, m, &i2), HEARTH_OK);
  CHECK(i1->funcs[0] == i2->funcs[0]);
  CHECK(i1->funcs[0]->raw == raw_mix && !i1->funcs[0]->host);
  CHECK_EQ_INT(hearth_func_call(export_func(i2, "go"), args, 3, res, 2), HEARTH_OK);
  CHECK_EQ_INT(res[0].type, HEARTH_I64);
  CHECK_EQ_INT(res[0].of.i64, 1000000000012ll);
  CHECK_EQ_INT(res[1].of.i32, 10);
  CHECK_EQ_INT(count, 1);
  /* its public type is the declared one */
  const hearth_valtype *pt, *rt;
  size_t np, nr;
  hearth_func_type(i1->funcs[0], &pt, &np, &rt, &nr);
  CHECK(np == 3 && nr == 2 && pt[1] == HEARTH_I64 && rt[0] == HEARTH_I64);
  /* an error from a raw function traps the guest */
  args[0].of.i32 = -1;
  CHECK_EQ_INT(hearth_func_call(export_func(i1, "go"), args, 3, res, 2), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_HOST);
  /* Through a template: the definition is carried into every store. */
  hearth_template *t;
  CHECK_EQ_INT(hearth_template_new(g_e, m, l, NULL, &t), HEARTH_OK);
  for (int i = 0; i < 2; i++) {
    hearth_store *s;
    hearth_instance *ti;
    CHECK_EQ_INT(hearth_store_new(g_e, &s), HEARTH_OK);
    CHECK_EQ_INT(hearth_template_instantiate(t, s, &ti), HEARTH_OK);
    args[0].of.i32 = i;
    CHECK_EQ_INT(hearth_func_call(export_func(ti, "go"), args, 3, res, 2), HEARTH_OK);
    CHECK_EQ_INT(res[0].of.i64, 1000000000007ll + i);
    CHECK_EQ_INT(res[1].of.i32, 2 * i);
    hearth_store_delete(s);
  }
  CHECK_EQ_INT(count, 4);
  hearth_template_delete(t);
  hearth_linker_delete(l);
  hearth_module_delete(m);
  teardown();
}

/* Lazy compilation (H_LAZY_COMPILE). a:
   (module (type $t (func (param i32) (result i32))) (table 2 funcref)
     (elem (i32.const 0) $ind $never)
     (func $callee (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
     (func $ind (type $t) (i32.mul (local.get 0) (i32.const 2)))
     (func $never (type $t) (local.get 0))
     (func (export "run") (param i32) (result i32)
       (call_indirect (type $t) (call $callee (local.get 0)) (i32.const 0)))
     (func (export "direct") (param i32) (result i32) (call $callee (local.get 0))))
   b: (module (import "a" "direct" (func $d (param i32) (result i32)))
     (func (export "go") (param i32) (result i32) (call $d (local.get 0)))) */
static const uint8_t w_lazy_a[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x06, 0x01, 0x60,
  0x01, 0x7f, 0x01, 0x7f, 0x03, 0x06, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x04, 0x04, 0x01, 0x70, 0x00, 0x02, 0x07, 0x10, 0x02, 0x03, 0x72, 0x75,
  0x6e, 0x00, 0x03, 0x06, 0x64, 0x69, 0x72, 0x65, 0x63, 0x74, 0x00, 0x04,
  0x09, 0x08, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x02, 0x01, 0x02, 0x0a, 0x29,
  0x05, 0x07, 0x00, 0x20, 0x00, 0x41, 0x01, 0x6a, 0x0b, 0x07, 0x00, 0x20,
  0x00, 0x41, 0x02, 0x6c, 0x0b, 0x04, 0x00, 0x20, 0x00, 0x0b, 0x0b, 0x00,
  0x20, 0x00, 0x10, 0x00, 0x41, 0x00, 0x11, 0x00, 0x00, 0x0b, 0x06, 0x00,
  0x20, 0x00, 0x10, 0x00, 0x0b
};
static const uint8_t w_lazy_b[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x06, 0x01, 0x60,
  0x01, 0x7f, 0x01, 0x7f, 0x02, 0x0c, 0x01, 0x01, 0x61, 0x06, 0x64, 0x69,
  0x72, 0x65, 0x63, 0x74, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x07, 0x06,
  0x01, 0x02, 0x67, 0x6f, 0x00, 0x01, 0x0a, 0x08, 0x01, 0x06, 0x00, 0x20,
  0x00, 0x10, 0x00, 0x0b
};

/* Functions get code when first reached: from the host, by call, call_indirect, and a call into
 * another instance's function; never-called ones stay uncompiled. */
static void lazy_compile_on_first_call(void) {
  setup();
  hearth_module *ma = load(w_lazy_a, sizeof w_lazy_a), *mb = load(w_lazy_b, sizeof w_lazy_b);
  for (uint32_t i = 0; i < 5; i++)
    CHECK_EQ_INT(h_cfunc_code(&ma->code[i]) == NULL, H_LAZY_COMPILE);
  hearth_instance *ia, *ib;
  CHECK_EQ_INT(hearth_instance_new(g_s, NULL, ma, &ia), HEARTH_OK);
  hearth_val a = vi32(5), r;
  CHECK_EQ_INT(hearth_func_call(export_func(ia, "run"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 12);
  CHECK(h_cfunc_code(&ma->code[0]) != NULL); /* call */
  CHECK(h_cfunc_code(&ma->code[1]) != NULL); /* call_indirect */
  CHECK(h_cfunc_code(&ma->code[3]) != NULL); /* host entry */
  CHECK_EQ_INT(h_cfunc_code(&ma->code[2]) == NULL, H_LAZY_COMPILE);
  CHECK_EQ_INT(h_cfunc_code(&ma->code[4]) == NULL, H_LAZY_COMPILE);
  hearth_linker *l;
  CHECK_EQ_INT(hearth_linker_new(g_e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_instance(l, "a", ia), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, l, mb, &ib), HEARTH_OK);
  a = vi32(41);
  CHECK_EQ_INT(hearth_func_call(export_func(ib, "go"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 42);
  CHECK(h_cfunc_code(&ma->code[4]) != NULL); /* call_import into another instance */
  CHECK_EQ_INT(h_cfunc_code(&ma->code[2]) == NULL, H_LAZY_COMPILE);
  hearth_linker_delete(l);
  hearth_module_delete(ma);
  hearth_module_delete(mb);
  teardown();
}

/* Threads sharing one module race to compile the same functions: each gets the right answer and
 * the module ends with one code array per function (the allocator balances at teardown). */
typedef struct lazy_race {
  hearth_module *m;
  int ok;
} lazy_race;

static void *lazy_racer(void *arg) {
  lazy_race *lr = arg;
  hearth_store *s;
  hearth_instance *inst;
  hearth_extern x;
  hearth_val a = vi32(7), r;
  if (hearth_store_new(g_e, &s) != HEARTH_OK) return NULL;
  if (hearth_instance_new(s, NULL, lr->m, &inst) == HEARTH_OK &&
      hearth_instance_export(inst, "run", &x) == HEARTH_OK &&
      hearth_func_call(x.of.func, &a, 1, &r, 1) == HEARTH_OK && r.of.i32 == 16)
    lr->ok = 1;
  hearth_store_delete(s);
  return NULL;
}

static void lazy_compile_race(void) {
  setup();
  for (int round = 0; round < 20; round++) {
    hearth_module *m = load(w_lazy_a, sizeof w_lazy_a);
    lazy_race lr[4];
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
      lr[i] = (lazy_race){m, 0};
      CHECK_EQ_INT(pthread_create(&t[i], NULL, lazy_racer, &lr[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
      CHECK_EQ_INT(pthread_join(t[i], NULL), 0);
      CHECK_EQ_INT(lr[i].ok, 1);
    }
    hearth_module_delete(m);
  }
  teardown();
}

/* hearth_module_compile_all gives every defined function code, keeps code already made, and may
 * race with lazy compilation from running instances. */
static void *compile_all_thread(void *arg) {
  return hearth_module_compile_all(arg) == HEARTH_OK ? arg : NULL;
}

static void module_compile_all(void) {
  setup();
  hearth_module *m = load(w_lazy_a, sizeof w_lazy_a);
  uint32_t ndef = m->nfuncs - m->nimported_funcs;
  CHECK(ndef >= 5);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, NULL, m, &inst), HEARTH_OK);
  hearth_val a = vi32(5), r;
  CHECK_EQ_INT(hearth_func_call(export_func(inst, "run"), &a, 1, &r, 1), HEARTH_OK);
  const h_word *first = h_cfunc_code(&m->code[0]);
  CHECK(first != NULL);
  CHECK_EQ_INT(h_cfunc_code(&m->code[2]) == NULL, H_LAZY_COMPILE);
  CHECK_EQ_INT(hearth_module_compile_all(m), HEARTH_OK);
  const h_word *codes[16];
  for (uint32_t i = 0; i < ndef && i < 16; i++) {
    codes[i] = h_cfunc_code(&m->code[i]);
    CHECK(codes[i] != NULL);
    CHECK(m->code[i].ncode > 0);
  }
  CHECK(h_cfunc_code(&m->code[0]) == first); /* already compiled: kept */
  CHECK_EQ_INT(hearth_module_compile_all(m), HEARTH_OK); /* idempotent */
  for (uint32_t i = 0; i < ndef && i < 16; i++) CHECK(h_cfunc_code(&m->code[i]) == codes[i]);
  CHECK_EQ_INT(hearth_func_call(export_func(inst, "run"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 12);
  CHECK_EQ_INT(hearth_module_compile_all(NULL), HEARTH_ERR_ARGUMENT);
  hearth_module_delete(m);
  /* compile_all racing instances that compile lazily */
  for (int round = 0; round < 10; round++) {
    m = load(w_lazy_a, sizeof w_lazy_a);
    lazy_race lr[2];
    pthread_t t[3];
    for (int i = 0; i < 2; i++) {
      lr[i] = (lazy_race){m, 0};
      CHECK_EQ_INT(pthread_create(&t[i], NULL, lazy_racer, &lr[i]), 0);
    }
    CHECK_EQ_INT(pthread_create(&t[2], NULL, compile_all_thread, m), 0);
    void *ret = NULL;
    for (int i = 0; i < 2; i++) {
      CHECK_EQ_INT(pthread_join(t[i], NULL), 0);
      CHECK_EQ_INT(lr[i].ok, 1);
    }
    CHECK_EQ_INT(pthread_join(t[2], &ret), 0);
    CHECK(ret == m);
    for (uint32_t i = 0; i < ndef; i++) CHECK(h_cfunc_code(&m->code[i]) != NULL);
    hearth_module_delete(m);
  }
  teardown();
}


/* ---- out-of-bounds accesses (guard pages, config.h H_GUARD_PAGES) */

/* (module
     (import "env" "host" (func $host (param i32) (result i32)))
     (memory (export "memory") 1)
     (func $peek (export "peek") (param i32) (result i32) (i32.load (local.get 0)))
     (func (export "poke") (param i32 i32) (i64.store (local.get 0) (i64.extend_i32_u (local.get 1))))
     (func $inner (param i32) (result i32) (i32.load offset=8 (local.get 0)))
     (func (export "deep") (param i32) (result i32) (call $inner (local.get 0)))
     (func (export "viahost") (param i32) (result i32) (i32.add (call $host (local.get 0)) (i32.const 1)))
     (func (export "grow") (result i32) (memory.grow (i32.const 1))))   wat2wasm --debug-names */
static const uint8_t w_guard[] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x0f, 0x03, 0x60, 0x01,
    0x7f, 0x01, 0x7f, 0x60, 0x02, 0x7f, 0x7f, 0x00, 0x60, 0x00, 0x01, 0x7f, 0x02,
    0x0c, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x04, 0x68, 0x6f, 0x73, 0x74, 0x00, 0x00,
    0x03, 0x07, 0x06, 0x00, 0x01, 0x00, 0x00, 0x00, 0x02, 0x05, 0x03, 0x01, 0x00,
    0x01, 0x07, 0x30, 0x06, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00,
    0x04, 0x70, 0x65, 0x65, 0x6b, 0x00, 0x01, 0x04, 0x70, 0x6f, 0x6b, 0x65, 0x00,
    0x02, 0x04, 0x64, 0x65, 0x65, 0x70, 0x00, 0x04, 0x07, 0x76, 0x69, 0x61, 0x68,
    0x6f, 0x73, 0x74, 0x00, 0x05, 0x04, 0x67, 0x72, 0x6f, 0x77, 0x00, 0x06, 0x0a,
    0x34, 0x06, 0x07, 0x00, 0x20, 0x00, 0x28, 0x02, 0x00, 0x0b, 0x0a, 0x00, 0x20,
    0x00, 0x20, 0x01, 0xad, 0x37, 0x03, 0x00, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x28,
    0x02, 0x08, 0x0b, 0x06, 0x00, 0x20, 0x00, 0x10, 0x03, 0x0b, 0x09, 0x00, 0x20,
    0x00, 0x10, 0x00, 0x41, 0x01, 0x6a, 0x0b, 0x06, 0x00, 0x41, 0x01, 0x40, 0x00,
    0x0b, 0x00, 0x2c, 0x04, 0x6e, 0x61, 0x6d, 0x65, 0x01, 0x14, 0x03, 0x00, 0x04,
    0x68, 0x6f, 0x73, 0x74, 0x01, 0x04, 0x70, 0x65, 0x65, 0x6b, 0x03, 0x05, 0x69,
    0x6e, 0x6e, 0x65, 0x72, 0x02, 0x0f, 0x07, 0x00, 0x00, 0x01, 0x00, 0x02, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x05, 0x00, 0x06, 0x00
};

typedef struct guard_host {
  hearth_func *peek;     /* called back from the host function */
  hearth_status status;  /* what that nested call returned */
  hearth_trap trap;
  int fault;             /* 1: the host itself touches the guest memory's inaccessible part */
} guard_host;

static hearth_status cb_guard(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  guard_host *g = user;
  if (g->fault) {
    /* A host bug: reading past the guest memory's size. Must crash, not become a wasm trap. */
    volatile uint8_t *p = hearth_memory_data(hearth_caller_memory(c));
    r[0] = vi32(p[hearth_memory_size(hearth_caller_memory(c)) + 100]);
    return HEARTH_OK;
  }
  hearth_val r2;
  g->status = hearth_func_call(g->peek, a, 1, &r2, 1);
  g->trap = hearth_store_trap(c->store);
  r[0] = vi32(g->status == HEARTH_OK ? r2.of.i32 : 40);
  return HEARTH_OK;
}

static hearth_instance *guard_instance(hearth_module **m, hearth_linker **l, guard_host *g) {
  *m = load(w_guard, sizeof w_guard);
  CHECK_EQ_INT(hearth_linker_new(g_e, l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(*l, "env", "host", I32s, 1, I32s, 1, cb_guard, g),
               HEARTH_OK);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, *l, *m, &inst), HEARTH_OK);
  g->peek = export_func(inst, "peek");
  return inst;
}

static hearth_status call1(hearth_func *f, int32_t x, int32_t *out) {
  hearth_val a = vi32(x), r = vi32(-1);
  hearth_status st = hearth_func_call(f, &a, 1, &r, 1);
  *out = r.of.i32;
  return st;
}

/* Accesses at and past the end trap with the spec's message, leave memory unchanged, report the
 * innermost function, and leave the store usable; grown memory becomes accessible. */
static void out_of_bounds_traps(void) {
  setup();
  guard_host g = {0};
  hearth_module *m;
  hearth_linker *l;
  hearth_instance *inst = guard_instance(&m, &l, &g);
  hearth_func *peek = g.peek, *poke = export_func(inst, "poke"), *deep = export_func(inst, "deep");
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, "memory", &x), HEARTH_OK);
  uint8_t *mem = hearth_memory_data(x.of.memory);
  memcpy(mem + 65532, "\x01\x02\x03\x04", 4);
  int32_t v;
  CHECK_EQ_INT(call1(peek, 65532, &v), HEARTH_OK);
  CHECK_EQ_INT(v, 0x04030201);
  const uint32_t bad[] = {65533, 65536, 70000, 0x7fffffffu, 0xfffffffcu, 0xffffffffu};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    CHECK_EQ_INT(call1(peek, (int32_t)bad[i], &v), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_OOB_MEMORY);
    CHECK(strstr(hearth_errmsg(), "out of bounds memory access") != NULL);
    const char *names[4];
    CHECK_EQ_INT(hearth_store_backtrace(g_s, names, 4), 1);
    CHECK_STR(names[0], "peek");
    /* The store is fine afterwards. */
    CHECK_EQ_INT(call1(peek, 65532, &v), HEARTH_OK);
    CHECK_EQ_INT(v, 0x04030201);
  }
  /* An 8-byte store straddling the end writes nothing. */
  hearth_val pa[2] = {vi32(65532), vi32(-1)};
  CHECK_EQ_INT(hearth_func_call(poke, pa, 2, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(memcmp(mem + 65532, "\x01\x02\x03\x04", 4), 0);
  /* offset=8 in a callee: the trap names the callee first, then its caller. */
  CHECK_EQ_INT(call1(deep, 65528, &v), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_OOB_MEMORY);
  const char *names[4];
  CHECK_EQ_INT(hearth_store_backtrace(g_s, names, 4), 2);
  CHECK_STR(names[0], "inner");
  CHECK_STR(names[1], "deep");
  CHECK_EQ_INT(call1(deep, 65524, &v), HEARTH_OK);
  CHECK_EQ_INT(v, 0x04030201);
  /* After memory.grow the next page is there, and the end moved. */
  hearth_val r;
  CHECK_EQ_INT(hearth_func_call(export_func(inst, "grow"), NULL, 0, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 1);
  CHECK_EQ_INT(call1(peek, 70000, &v), HEARTH_OK);
  CHECK_EQ_INT(v, 0);
  CHECK_EQ_INT(call1(peek, 131069, &v), HEARTH_ERR_TRAP);
  hearth_module_delete(m);
  hearth_linker_delete(l);
  teardown();
}

/* A trap in wasm called from a host function called from wasm is the inner call's: the host sees
 * it, and the outer call goes on. */
static void out_of_bounds_nested(void) {
  setup();
  guard_host g = {0};
  hearth_module *m;
  hearth_linker *l;
  hearth_instance *inst = guard_instance(&m, &l, &g);
  hearth_func *via = export_func(inst, "viahost");
  int32_t v;
  for (int i = 0; i < 3; i++) {
    CHECK_EQ_INT(call1(via, 70000, &v), HEARTH_OK);
    CHECK_EQ_INT(g.status, HEARTH_ERR_TRAP);
    CHECK_EQ_INT(g.trap, HEARTH_TRAP_OOB_MEMORY);
    CHECK_EQ_INT(v, 41);
    CHECK_EQ_INT(call1(via, 0, &v), HEARTH_OK);
    CHECK_EQ_INT(g.status, HEARTH_OK);
    CHECK_EQ_INT(v, 1);
  }
  hearth_module_delete(m);
  hearth_linker_delete(l);
  teardown();
}

/* Runs fn in a child process; returns its wait status. */
static int in_child(void (*fn)(void)) {
  fflush(NULL);
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    fn();
    _exit(0);
  }
  int st;
  CHECK_EQ_INT(waitpid(pid, &st, 0), pid);
  return st;
}

static void host_fault_child(void) {
  setup();
  guard_host g = {.fault = 1};
  hearth_module *m;
  hearth_linker *l;
  hearth_instance *inst = guard_instance(&m, &l, &g);
  int32_t v;
  (void)call1(export_func(inst, "viahost"), 0, &v);
  _exit(3); /* not reached: the fault must kill the process */
}

static void on_segv(int sig) {
  (void)sig;
  _exit(42);
}
static void null_fault_child(void) {
  /* A handler installed before hearth's stays in charge of faults that are not wasm's. */
  signal(SIGSEGV, on_segv);
  setup();
  volatile int *volatile p = (volatile int *)(uintptr_t)8;
  *p = 0;
  _exit(3);
}

/* hearth's SIGSEGV handler never hides a fault that is not a wasm out-of-bounds access. */
static void faults_not_masked(void) {
  int st = in_child(host_fault_child);
  if (T_SANITIZED) {
    /* The handler before hearth's is the sanitizer's: it reports the SEGV and exits non-zero. */
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) != 0 && WEXITSTATUS(st) != 3);
  } else {
    CHECK(WIFSIGNALED(st));
    CHECK_EQ_INT(WTERMSIG(st), SIGSEGV);
  }
  st = in_child(null_fault_child);
  CHECK(WIFEXITED(st));
  CHECK_EQ_INT(WEXITSTATUS(st), 42);
}

static void *oob_thread(void *arg) {
  hearth_store *s;
  hearth_engine *e = arg;
  if (hearth_store_new(e, &s) != HEARTH_OK) return (void *)1;
  hearth_module *m;
  hearth_linker *l;
  guard_host g = {0};
  uintptr_t bad = 0;
  if (hearth_module_new(e, w_guard, sizeof w_guard, &m) != HEARTH_OK ||
      hearth_linker_new(e, &l) != HEARTH_OK ||
      hearth_linker_define_func(l, "env", "host", I32s, 1, I32s, 1, cb_guard, &g) != HEARTH_OK)
    return (void *)1;
  hearth_instance *inst;
  if (hearth_instance_new(s, l, m, &inst) != HEARTH_OK) return (void *)1;
  hearth_extern x;
  if (hearth_instance_export(inst, "peek", &x) != HEARTH_OK) return (void *)1;
  for (int i = 0; i < 2000; i++) {
    int32_t v;
    hearth_status st = call1(x.of.func, i % 2 ? 65536 + i : i, &v);
    if (st != (i % 2 ? HEARTH_ERR_TRAP : HEARTH_OK)) bad++;
    if (st != HEARTH_OK && hearth_store_trap(s) != HEARTH_TRAP_OOB_MEMORY) bad++;
  }
  hearth_module_delete(m);
  hearth_linker_delete(l);
  hearth_store_delete(s);
  return (void *)bad;
}

/* Traps on several threads at once each land in their own call. */
static void out_of_bounds_threads(void) {
  setup();
  pthread_t th[4];
  for (int i = 0; i < 4; i++) CHECK_EQ_INT(pthread_create(&th[i], NULL, oob_thread, g_e), 0);
  for (int i = 0; i < 4; i++) {
    void *r;
    pthread_join(th[i], &r);
    CHECK(r == NULL);
  }
  teardown();
}


/* (module
     (func $dirty (local i32 i32 i32 i32)
       (local.set 0 (i32.const -1)) (local.set 1 (i32.const -1))
       (local.set 2 (i32.const -1)) (local.set 3 (i32.const -1)))
     (func $readz (param i32) (result i32) (local i32 i32)
       (if (local.get 0) (then (local.set 1 (i32.const 7))))
       (local.set 2 (i32.const 1))
       (i32.add (local.get 1) (local.get 2)))
     (func (export "go") (param i32) (result i32) (call $dirty) (call $readz (local.get 0)))) */
static const uint8_t w_zero_locals[] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x09, 0x02, 0x60, 0x00,
    0x00, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x03, 0x04, 0x03, 0x00, 0x01, 0x01, 0x07,
    0x06, 0x01, 0x02, 0x67, 0x6f, 0x00, 0x02, 0x0a, 0x36, 0x03, 0x14, 0x01, 0x04,
    0x7f, 0x41, 0x7f, 0x21, 0x00, 0x41, 0x7f, 0x21, 0x01, 0x41, 0x7f, 0x21, 0x02,
    0x41, 0x7f, 0x21, 0x03, 0x0b, 0x16, 0x01, 0x02, 0x7f, 0x20, 0x00, 0x04, 0x40,
    0x41, 0x07, 0x21, 0x01, 0x0b, 0x41, 0x01, 0x21, 0x02, 0x20, 0x01, 0x20, 0x02,
    0x6a, 0x0b, 0x08, 0x00, 0x10, 0x00, 0x20, 0x00, 0x10, 0x01, 0x0b
};

/* A local read before any write is 0 even where an earlier call left garbage in its slot (calls
 * zero only such locals: compile.c's definite assignment). */
static void locals_start_zero(void) {
  setup();
  hearth_module *m = load(w_zero_locals, sizeof w_zero_locals);
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_instance_new(g_s, NULL, m, &inst), HEARTH_OK);
  hearth_func *go = export_func(inst, "go");
  for (int i = 0; i < 3; i++) {
    hearth_val a = vi32(0), r;
    CHECK_EQ_INT(hearth_func_call(go, &a, 1, &r, 1), HEARTH_OK);
    CHECK_EQ_INT(r.of.i32, 1);
    a = vi32(5);
    CHECK_EQ_INT(hearth_func_call(go, &a, 1, &r, 1), HEARTH_OK);
    CHECK_EQ_INT(r.of.i32, 8);
  }
  hearth_module_delete(m);
  teardown();
}

/* bulk.wat (fuel and deadlines of bulk operations):
   (module
     (memory 1024 1024)
     (table 100000 funcref)
     (func (export "fill_loop")
       (loop $l
         (memory.fill (i32.const 0) (i32.const 1) (i32.const 67108864))
         (br $l)))
     (func (export "fill") (param i32) (memory.fill (i32.const 0) (i32.const 1) (local.get 0)))
     (func (export "copy") (param i32) (memory.copy (i32.const 0) (i32.const 8) (local.get 0)))
     (func (export "tfill") (param i32) (table.fill 0 (i32.const 0) (ref.null func) (local.get 0)))
   )
 */
static const unsigned char w_bulk[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x60,
  0x00, 0x00, 0x60, 0x01, 0x7f, 0x00, 0x03, 0x05, 0x04, 0x00, 0x01, 0x01,
  0x01, 0x04, 0x06, 0x01, 0x70, 0x00, 0xa0, 0x8d, 0x06, 0x05, 0x06, 0x01,
  0x01, 0x80, 0x08, 0x80, 0x08, 0x07, 0x23, 0x04, 0x09, 0x66, 0x69, 0x6c,
  0x6c, 0x5f, 0x6c, 0x6f, 0x6f, 0x70, 0x00, 0x00, 0x04, 0x66, 0x69, 0x6c,
  0x6c, 0x00, 0x01, 0x04, 0x63, 0x6f, 0x70, 0x79, 0x00, 0x02, 0x05, 0x74,
  0x66, 0x69, 0x6c, 0x6c, 0x00, 0x03, 0x0a, 0x3a, 0x04, 0x13, 0x00, 0x03,
  0x40, 0x41, 0x00, 0x41, 0x01, 0x41, 0x80, 0x80, 0x80, 0x20, 0xfc, 0x0b,
  0x00, 0x0c, 0x00, 0x0b, 0x0b, 0x0b, 0x00, 0x41, 0x00, 0x41, 0x01, 0x20,
  0x00, 0xfc, 0x0b, 0x00, 0x0b, 0x0c, 0x00, 0x41, 0x00, 0x41, 0x08, 0x20,
  0x00, 0xfc, 0x0a, 0x00, 0x00, 0x0b, 0x0b, 0x00, 0x41, 0x00, 0xd0, 0x70,
  0x20, 0x00, 0xfc, 0x11, 0x00, 0x0b
};

static uint64_t mono_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Calls export name(arg) of a fresh bulk.wat instance in a store with the given fuel (0 =
 * unmetered) and deadline (0 = none, else ms from now); returns the status, *trap the trap. */
static hearth_status bulk_call(const char *name, int32_t arg, uint64_t fuel, uint64_t deadline_ms,
                               hearth_trap *trap, uint64_t *fuel_left) {
  hearth_engine *e;
  hearth_store *st;
  hearth_module *m;
  hearth_instance *inst;
  hearth_extern x;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &st), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new(e, w_bulk, sizeof w_bulk, &m), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(st, NULL, m, &inst), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_export(inst, name, &x), HEARTH_OK);
  if (fuel) hearth_store_set_fuel(st, fuel);
  if (deadline_ms) hearth_store_set_deadline(st, mono_ns() + deadline_ms * 1000000u);
  hearth_val a = {.type = HEARTH_I32, .of.i32 = arg};
  hearth_status s = hearth_func_call(x.of.func, &a, strcmp(name, "fill_loop") ? 1 : 0, NULL, 0);
  *trap = hearth_store_trap(st);
  if (fuel_left) *fuel_left = hearth_store_fuel(st);
  hearth_module_delete(m);
  hearth_store_delete(st);
  hearth_engine_delete(e);
  return s;
}

/* Bulk operations cost fuel by size (config.h H_BULK_BYTES_PER_UNIT), so fuel bounds them. */
static void bulk_ops_cost_fuel(void) {
  hearth_trap trap;
  uint64_t left;
  /* 1 MiB of memory.fill is 16384 units: 1000 units of fuel are not enough. */
  CHECK_EQ_INT(bulk_call("fill", 1 << 20, 1000, 0, &trap, NULL), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(trap, HEARTH_TRAP_FUEL);
  CHECK_EQ_INT(bulk_call("copy", 1 << 20, 1000, 0, &trap, NULL), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(trap, HEARTH_TRAP_FUEL);
  /* 100,000 table elements are 800,000 bytes: 12,500 units. */
  CHECK_EQ_INT(bulk_call("tfill", 100000, 1000, 0, &trap, NULL), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(trap, HEARTH_TRAP_FUEL);
  /* Enough fuel: the charge is what the size says. */
  CHECK_EQ_INT(bulk_call("fill", 1 << 20, 100000, 0, &trap, &left), HEARTH_OK);
  CHECK_EQ_INT(left, 100000 - (1 << 20) / H_BULK_BYTES_PER_UNIT);
  CHECK_EQ_INT(bulk_call("fill", 10, 5, 0, &trap, &left), HEARTH_OK); /* small ones cost nothing */
  CHECK_EQ_INT(left, 5);
}

/* A loop of 64 MiB memory.fill under a 100 ms deadline stops within a chunk of the deadline, not
 * after ~1024 fills (the back-edge check interval). The bound is loose on purpose (10x). */
static void bulk_ops_see_deadline(void) {
  hearth_trap trap;
  uint64_t t0 = mono_ns();
  CHECK_EQ_INT(bulk_call("fill_loop", 0, 0, 100, &trap, NULL), HEARTH_ERR_TRAP);
  uint64_t ms = (mono_ns() - t0) / 1000000u;
  CHECK_EQ_INT(trap, HEARTH_TRAP_DEADLINE);
  if (ms >= 1000) fprintf(stderr, "the deadline trap came after %llu ms\n", (unsigned long long)ms);
  CHECK(ms < 1000);
}

/* ---------------------------------------------------------------- native stack budget */

/* (module (import "env" "host" (func $host (param i32) (result i32)))
     (func (export "down") (param i32) (result i32)
       (i32.add (call $host (local.get 0)) (i32.const 1)))) */
static const uint8_t w_reenter[] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01,
    0x7f, 0x02, 0x0c, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x04, 0x68, 0x6f, 0x73, 0x74, 0x00, 0x00,
    0x03, 0x02, 0x01, 0x00, 0x07, 0x08, 0x01, 0x04, 0x64, 0x6f, 0x77, 0x6e, 0x00, 0x01, 0x0a,
    0x0b, 0x01, 0x09, 0x00, 0x20, 0x00, 0x10, 0x00, 0x41, 0x01, 0x6a, 0x0b};

typedef struct reenter {
  hearth_func *down;
  uintptr_t sp_top, sp_min; /* frame addresses of the host function: first level, deepest */
  int32_t depth;            /* levels to go down */
  hearth_status st;         /* of the deep call */
  hearth_trap trap;
  int32_t levels;           /* host levels reached */
  int32_t after;            /* down(10) afterwards: 11 when the store is still usable */
} reenter;

/* host(n) = n == 0 ? 0 : down(n - 1), so down(n) = n + 1 through n host -> wasm -> host levels. */
static hearth_status cb_reenter(hearth_caller *c, void *user, const hearth_val *args,
                                hearth_val *res) {
  (void)c;
  reenter *r = user;
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
  if (!r->sp_top) r->sp_top = sp;
  if (sp < r->sp_min) r->sp_min = sp;
  r->levels++;
  int32_t n = args[0].of.i32;
  if (n == 0) {
    res[0] = vi32(0);
    return HEARTH_OK;
  }
  hearth_val a = vi32(n - 1), out;
  hearth_status st = hearth_func_call(r->down, &a, 1, &out, 1);
  if (st != HEARTH_OK) return st;
  res[0] = out;
  return HEARTH_OK;
}

/* Runs down(r->depth) in a fresh engine whose max_call_depth does not stop it first. */
static void *reenter_run(void *arg) {
  reenter *r = arg;
  hearth_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.max_call_depth = 3u * 100000u;
  hearth_engine *e;
  hearth_store *s;
  hearth_linker *l;
  hearth_module *m;
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_engine_new(&cfg, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new(e, w_reenter, sizeof w_reenter, &m), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "host", I32s, 1, I32s, 1, cb_reenter, r),
               HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(s, l, m, &inst), HEARTH_OK);
  r->down = export_func(inst, "down");
  r->sp_min = UINTPTR_MAX;
  hearth_val a = vi32(r->depth), out = vi32(-1);
  r->st = hearth_func_call(r->down, &a, 1, &out, 1);
  r->trap = hearth_store_trap(s);
  if (r->st == HEARTH_OK) CHECK_EQ_INT(out.of.i32, r->depth + 1);
  a = vi32(10);
  hearth_status st = hearth_func_call(r->down, &a, 1, &out, 1);
  if (st != HEARTH_OK)
    fprintf(stderr, "down(10): %s %s\n", hearth_status_str(st), hearth_errmsg());
  CHECK_EQ_INT(st, HEARTH_OK);
  r->after = out.of.i32;
  hearth_module_delete(m);
  hearth_linker_delete(l);
  hearth_store_delete(s);
  hearth_engine_delete(e);
  return NULL;
}

static void reenter_check(const reenter *r, const char *where) {
  fprintf(stderr, "%s: %d host levels, %zu bytes of native stack (%zu per level): %s %s\n", where,
          r->levels, (size_t)(r->sp_top - r->sp_min),
          (size_t)(r->sp_top - r->sp_min) / (size_t)(r->levels > 1 ? r->levels - 1 : 1),
          hearth_status_str(r->st), hearth_trap_message(r->trap));
  CHECK_EQ_INT(r->st, HEARTH_ERR_TRAP);
  CHECK_EQ_INT(r->trap, HEARTH_TRAP_STACK_EXHAUSTED);
  CHECK(r->levels > 10 && r->levels < 100000);
  CHECK_EQ_INT(r->after, 11);
}

/* 100,000 levels of host -> wasm -> host re-entry trap "call stack exhausted" cleanly on the main
 * thread (8 MiB stack) and on a thread with a 256 KiB stack; the store stays usable. */
static void reentry_stack_budget(void) {
  size_t base = hearth_alloc_current();
  struct rlimit rl;
  CHECK_EQ_INT(getrlimit(RLIMIT_STACK, &rl), 0);
  /* The main thread's stack is RLIMIT_STACK: 100,000 levels must not fit in it. */
  CHECK(rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < 64u * 1024u * 1024u);
  reenter r = {.depth = 100000};
  reenter_run(&r);
  reenter_check(&r, "main thread");
  pthread_attr_t at;
  CHECK_EQ_INT(pthread_attr_init(&at), 0);
  /* Under ASan frames are about 12 times larger and the runtime's thread-local data takes some
   * 200 KB at the top of a thread's stack: the small thread gets 2 MiB there. */
  CHECK_EQ_INT(pthread_attr_setstacksize(&at, (T_SANITIZED ? 2048u : 256u) * 1024u), 0);
  reenter t = {.depth = 100000};
  pthread_t th;
  CHECK_EQ_INT(pthread_create(&th, &at, reenter_run, &t), 0);
  CHECK_EQ_INT(pthread_join(th, NULL), 0);
  pthread_attr_destroy(&at);
  reenter_check(&t, T_SANITIZED ? "2 MiB thread" : "256 KiB thread");
  CHECK(t.levels < r.levels);
  CHECK_EQ_INT(hearth_alloc_current(), base);
}

/* The same with the interpreter alone (no machine code). */
static void reentry_stack_budget_interp(void) {
  setenv("HEARTH_JIT", "0", 1);
  reentry_stack_budget();
}

/* ---------------------------------------------------------------- no signal handler */

/* True when SIGSEGV's disposition is still `before` (SIG_DFL here, the sanitizer's under one). */
static bool segv_unchanged(const struct sigaction *before) {
  struct sigaction cur;
  CHECK_EQ_INT(sigaction(SIGSEGV, NULL, &cur), 0);
  return cur.sa_flags == before->sa_flags && (cur.sa_flags & SA_SIGINFO
                                                  ? cur.sa_sigaction == before->sa_sigaction
                                                  : cur.sa_handler == before->sa_handler);
}

/* An engine with no_signal_handler installs no SIGSEGV handler and still traps on every
 * out-of-bounds access (explicit checks), nested and on several threads, without machine code;
 * its modules and the stores of a guard-page engine do not mix. */
static void out_of_bounds_no_signal_handler(void) {
  struct sigaction before;
  CHECK_EQ_INT(sigaction(SIGSEGV, NULL, &before), 0);
  static const hearth_config cfg = {.no_signal_handler = true};
  g_cfg = &cfg;
  out_of_bounds_traps();
  out_of_bounds_nested();
  out_of_bounds_threads();
  CHECK(segv_unchanged(&before));
  /* No function of such an engine gets machine code. */
  setup();
  guard_host g = {0};
  hearth_module *m;
  hearth_linker *l;
  (void)guard_instance(&m, &l, &g);
  CHECK_EQ_INT(hearth_module_compile_all(m), HEARTH_OK);
  for (uint32_t i = 0; i < m->nfuncs - m->nimported_funcs; i++) CHECK(m->code[i].jit == NULL);
  /* A module of this engine cannot be instantiated in a store of a default engine (its code is
   * compiled for the checked loop), nor the other way round. */
  hearth_engine *e2;
  hearth_store *s2;
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e2), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e2, &s2), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(s2, l, m, &inst), HEARTH_ERR_ARGUMENT);
  CHECK(strstr(hearth_errmsg(), "no_signal_handler") != NULL);
  hearth_module *m2;
  CHECK_EQ_INT(hearth_module_new(e2, w_reenter, sizeof w_reenter, &m2), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, NULL, m2, &inst), HEARTH_ERR_ARGUMENT);
  hearth_module_delete(m2);
  hearth_store_delete(s2);
  hearth_engine_delete(e2);
  hearth_module_delete(m);
  hearth_linker_delete(l);
  teardown();
  /* The default engine installs its handler (the check above could fail). */
  g_cfg = NULL;
  setup();
  if (H_GUARD_PAGES) CHECK(!segv_unchanged(&before));
  teardown();
}

/* (module (memory 1) (func (export "peek") (param i32) (result i32) (i32.load (local.get 0)))) */
static const uint8_t w_peek[] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f,
    0x03, 0x02, 0x01, 0x00, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x08, 0x01, 0x04, 0x70, 0x65, 0x65,
    0x6b, 0x00, 0x00, 0x0a, 0x09, 0x01, 0x07, 0x00, 0x20, 0x00, 0x28, 0x02, 0x00, 0x0b};

/* The public functions the dlopen test needs, from the loaded libhearth.so. */
typedef struct so_api {
  __typeof__(hearth_engine_new) *engine_new;
  __typeof__(hearth_engine_delete) *engine_delete;
  __typeof__(hearth_store_new) *store_new;
  __typeof__(hearth_store_delete) *store_delete;
  __typeof__(hearth_store_trap) *store_trap;
  __typeof__(hearth_module_new) *module_new;
  __typeof__(hearth_module_delete) *module_delete;
  __typeof__(hearth_instance_new) *instance_new;
  __typeof__(hearth_instance_export) *instance_export;
  __typeof__(hearth_func_call) *func_call;
} so_api;

typedef struct so_run {
  const so_api *api;
  pthread_barrier_t *loaded; /* NULL, or wait here until the library is loaded */
  bool no_signal_handler;
  int traps, oks;            /* out */
} so_run;

/* Alternates in-bounds and out-of-bounds loads through the dlopen'ed library. */
static void *so_thread(void *arg) {
  so_run *r = arg;
  if (r->loaded) pthread_barrier_wait(r->loaded);
  const so_api *a = r->api;
  hearth_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.no_signal_handler = r->no_signal_handler;
  hearth_engine *e;
  hearth_store *s;
  hearth_module *m;
  hearth_instance *inst;
  hearth_extern x;
  CHECK_EQ_INT(a->engine_new(&cfg, &e), HEARTH_OK);
  CHECK_EQ_INT(a->store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(a->module_new(e, w_peek, sizeof w_peek, &m), HEARTH_OK);
  CHECK_EQ_INT(a->instance_new(s, NULL, m, &inst), HEARTH_OK);
  CHECK_EQ_INT(a->instance_export(inst, "peek", &x), HEARTH_OK);
  for (int i = 0; i < 200; i++) {
    hearth_val arg1 = vi32(i % 2 ? 65536 + i : 4 * i), res;
    hearth_status st = a->func_call(x.of.func, &arg1, 1, &res, 1);
    if (st == HEARTH_ERR_TRAP && a->store_trap(s) == HEARTH_TRAP_OOB_MEMORY) r->traps++;
    if (st == HEARTH_OK && res.of.i32 == 0) r->oks++;
  }
  a->module_delete(m);
  a->store_delete(s);
  a->engine_delete(e);
  return NULL;
}

/* libhearth.so loaded with dlopen (as ctypes or a cgo plugin would): out-of-bounds loads trap on a
 * thread that existed before the library was loaded and on one created after, with the guard-page
 * handler (whose thread-locals are initial-exec TLS) and with no_signal_handler. (Not in the TSan
 * run: the library it loads is the uninstrumented one of HEARTH_BUILD, with guard pages.) */
static void dlopen_traps(void) {
  pthread_barrier_t loaded;
  CHECK_EQ_INT(pthread_barrier_init(&loaded, NULL, 2), 0);
  so_api api;
  so_run early = {&api, &loaded, false, 0, 0};
  pthread_t th;
  CHECK_EQ_INT(pthread_create(&th, NULL, so_thread, &early), 0);
  const char *dir = getenv("HEARTH_BUILD") ? getenv("HEARTH_BUILD") : "build";
  char path[4096];
  snprintf(path, sizeof path, "%s/libhearth.so", dir);
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) fprintf(stderr, "dlopen %s: %s\n", path, dlerror());
  CHECK(h != NULL);
#define SO_SYM(field, name) CHECK((*(void **)&api.field = dlsym(h, name)) != NULL)
  SO_SYM(engine_new, "hearth_engine_new");
  SO_SYM(engine_delete, "hearth_engine_delete");
  SO_SYM(store_new, "hearth_store_new");
  SO_SYM(store_delete, "hearth_store_delete");
  SO_SYM(store_trap, "hearth_store_trap");
  SO_SYM(module_new, "hearth_module_new");
  SO_SYM(module_delete, "hearth_module_delete");
  SO_SYM(instance_new, "hearth_instance_new");
  SO_SYM(instance_export, "hearth_instance_export");
  SO_SYM(func_call, "hearth_func_call");
#undef SO_SYM
  CHECK(api.engine_new != hearth_engine_new); /* the library's own copy, not this binary's */
  pthread_barrier_wait(&loaded);
  CHECK_EQ_INT(pthread_join(th, NULL), 0);
  CHECK_EQ_INT(early.traps, 100);
  CHECK_EQ_INT(early.oks, 100);
  so_run late = {&api, NULL, false, 0, 0}, checked = {&api, NULL, true, 0, 0};
  CHECK_EQ_INT(pthread_create(&th, NULL, so_thread, &late), 0);
  CHECK_EQ_INT(pthread_join(th, NULL), 0);
  CHECK_EQ_INT(pthread_create(&th, NULL, so_thread, &checked), 0);
  CHECK_EQ_INT(pthread_join(th, NULL), 0);
  CHECK_EQ_INT(late.traps, 100);
  CHECK_EQ_INT(late.oks, 100);
  CHECK_EQ_INT(checked.traps, 100);
  CHECK_EQ_INT(checked.oks, 100);
  pthread_barrier_destroy(&loaded);
  /* Not dlclose'd: the library's SIGSEGV handler stays installed for the life of the process. */
}

/* hearth_config.wasm2_only: the 3.0 features hearth implements are refused as 2.0 refuses them
 * (how the 2.0 spec suite runs); the default engine accepts them. */
static void wasm2_only_engine(void) {
  static const char *const v3_only[] = {
      "(module (memory 1) (memory 1))",
      "(module (global i32 (i32.add (i32.const 1) (i32.const 2))))",
      "(module (global i32 (i32.const 1)) (global i32 (global.get 0)))",
  };
  hearth_config c2;
  memset(&c2, 0, sizeof c2);
  c2.wasm2_only = true;
  hearth_engine *e2, *e3;
  CHECK_EQ_INT(hearth_engine_new(&c2, &e2), HEARTH_OK);
  CHECK_EQ_INT(hearth_engine_new(NULL, &e3), HEARTH_OK);
  for (size_t i = 0; i < sizeof v3_only / sizeof *v3_only; i++) {
    hearth_module *m = NULL;
    hearth_status st = hearth_module_new_wat(e3, v3_only[i], strlen(v3_only[i]), &m);
    if (st != HEARTH_OK) fprintf(stderr, "%s: %s\n", v3_only[i], hearth_errmsg());
    CHECK_EQ_INT(st, HEARTH_OK);
    hearth_module_delete(m);
    CHECK_EQ_INT(hearth_module_new_wat(e2, v3_only[i], strlen(v3_only[i]), &m), HEARTH_ERR_INVALID);
  }
  hearth_engine_delete(e2);
  hearth_engine_delete(e3);
}

/* memory64 under hearth's limits: a 64-bit memory is capped like any other by the engine's
 * max_memory_bytes (here 2 MiB = 32 pages), so instantiating more fails and memory.grow past it
 * (or by a delta past 2^32 pages) returns i64 -1; 64-bit addresses past the size (also ones whose
 * address + offset wraps) trap. */
static void memory64_limits(void) {
  hearth_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.max_memory_bytes = 2u << 20;
  hearth_engine *e;
  hearth_store *s;
  CHECK_EQ_INT(hearth_engine_new(&cfg, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  static const char big[] = "(module (memory i64 33))";
  hearth_module *m;
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_module_new_wat(e, big, sizeof big - 1, &m), HEARTH_OK);
  CHECK(hearth_instance_new(s, NULL, m, &inst) != HEARTH_OK);
  hearth_module_delete(m);
  static const char wat[] =
      "(module (memory i64 1)\n"
      "  (func (export \"grow\") (param i64) (result i64) (memory.grow (local.get 0)))\n"
      "  (func (export \"size\") (result i64) (memory.size))\n"
      "  (func (export \"load\") (param i64) (result i32) (i32.load offset=8 (local.get 0)))\n"
      "  (func (export \"store\") (param i64) (i64.store (local.get 0) (i64.const -1))))";
  CHECK_EQ_INT(hearth_module_new_wat(e, wat, sizeof wat - 1, &m), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(s, NULL, m, &inst), HEARTH_OK);
  static const struct { const char *f; int64_t arg, res; hearth_status st; } steps[] = {
      {"grow", 31, 1, HEARTH_OK},
      {"grow", 1, -1, HEARTH_OK},
      {"grow", 0x100000000ll, -1, HEARTH_OK},
      {"grow", -1, -1, HEARTH_OK},
      {"size", 0, 32, HEARTH_OK},
      {"load", (32 << 16) - 12, 0, HEARTH_OK},
      {"load", (32 << 16) - 11, 0, HEARTH_ERR_TRAP},
      {"load", 0x100000000ll, 0, HEARTH_ERR_TRAP},
      {"load", -8, 0, HEARTH_ERR_TRAP}, /* address + offset wraps around 2^64 */
      {"store", (32 << 16) - 8, 0, HEARTH_OK},
      {"store", (32 << 16) - 7, 0, HEARTH_ERR_TRAP},
  };
  for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
    hearth_func *f = export_func(inst, steps[i].f);
    hearth_val arg = {.type = HEARTH_I64, .of.i64 = steps[i].arg}, res = {0};
    size_t na = strcmp(steps[i].f, "size") ? 1 : 0;
    size_t nr = strcmp(steps[i].f, "store") ? 1 : 0;
    hearth_status st = hearth_func_call(f, &arg, na, &res, nr);
    if (st != steps[i].st) fprintf(stderr, "step %zu: %s\n", i, hearth_errmsg());
    CHECK_EQ_INT(st, steps[i].st);
    if (st == HEARTH_OK && nr && strcmp(steps[i].f, "load"))
      CHECK(res.of.i64 == steps[i].res);
    if (st == HEARTH_ERR_TRAP) CHECK_EQ_INT(hearth_store_trap(s), HEARTH_TRAP_OOB_MEMORY);
  }
  hearth_module_delete(m);
  hearth_store_delete(s);
  hearth_engine_delete(e);
}

/* ---- typed function references (3.0) ---- */

static const char k_typed_wat[] =
    "(module\n"
    "  (type $t (func (param i64 i64) (result i64)))\n"
    "  (type $h (func (param i64) (result i64)))\n"
    "  (import \"env\" \"host\" (func $host (type $h)))\n"
    "  (table $tab 2 (ref null $t) (ref.func $sum))\n"
    "  (elem declare func $sum $host)\n"
    "  ;; sum(n, acc): acc + n + (n-1) + ... + 1, every step a return_call_ref\n"
    "  (func $sum (export \"sum\") (type $t)\n"
    "    (if (result i64) (i64.eqz (local.get 0))\n"
    "      (then (local.get 1))\n"
    "      (else (return_call_ref $t (i64.sub (local.get 0) (i64.const 1))\n"
    "                                (i64.add (local.get 1) (local.get 0))\n"
    "                                (table.get $tab (i32.const 0))))))\n"
    "  ;; a tail call to a host function through a reference\n"
    "  (func (export \"to_host\") (param i64) (result i64)\n"
    "    (return_call_ref $h (local.get 0) (ref.func $host)))\n"
    "  (func (export \"call_null\") (result i64)\n"
    "    (call_ref $t (i64.const 1) (i64.const 2) (ref.null $t)))\n"
    "  (func (export \"clear\") (table.set $tab (i32.const 1) (ref.null $t)))\n"
    "  (func (export \"as_non_null\") (param i32) (result i64)\n"
    "    (local $f (ref $t))\n"
    "    (local.set $f (ref.as_non_null (table.get $tab (local.get 0))))\n"
    "    (call_ref $t (i64.const 2) (i64.const 0) (local.get $f)))\n"
    "  ;; 1 when entry i is null (br_on_null taken), 2 when not (br_on_non_null taken)\n"
    "  (func (export \"null_or_not\") (param i32) (result i32)\n"
    "    (block $nn (result (ref $t))\n"
    "      (block $null\n"
    "        (br_on_non_null $nn (br_on_null $null (table.get $tab (local.get 0)))))\n"
    "      (return (i32.const 1)))\n"
    "    (drop)\n"
    "    (i32.const 2)))\n";

static hearth_status typed_host(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  (void)c;
  ++*(int *)user;
  r[0].of.i64 = a[0].of.i64 * 3;
  return HEARTH_OK;
}

static hearth_status typed_call(hearth_instance *inst, const char *name, const hearth_val *a,
                                size_t na, hearth_val *r) {
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, name, &x), HEARTH_OK);
  return hearth_func_call(x.of.func, a, na, r, 1);
}

static void typed_function_references(void) {
  /* Both tiers: functions with typed-reference instructions stay in the interpreter, the others
   * may be compiled; the results are the same. */
  hearth_engine *e;
  hearth_module *m;
  hearth_store *s;
  hearth_linker *l;
  hearth_instance *inst;
  int host_calls = 0;
  const hearth_valtype i64 = HEARTH_I64;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_status st = hearth_module_new_wat(e, k_typed_wat, sizeof k_typed_wat - 1, &m);
  if (st != HEARTH_OK) fprintf(stderr, "%s\n", hearth_errmsg());
  CHECK_EQ_INT(st, HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  hearth_store_set_max_call_depth(s, 16); /* a return_call_ref chain must not need depth */
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "host", &i64, 1, &i64, 1, typed_host,
                                         &host_calls), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(s, l, m, &inst), HEARTH_OK);
  hearth_val a[2] = {{.type = HEARTH_I64, .of.i64 = 1000000}, {.type = HEARTH_I64, .of.i64 = 0}};
  hearth_val r;
  CHECK_EQ_INT(typed_call(inst, "sum", a, 2, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i64, 500000500000LL); /* a million tail calls at depth 16 */
  a[0].of.i64 = 14;
  CHECK_EQ_INT(typed_call(inst, "to_host", a, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i64, 42);
  CHECK_EQ_INT(host_calls, 1);
  CHECK_EQ_INT(typed_call(inst, "call_null", NULL, 0, &r), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(s), HEARTH_TRAP_NULL_FUNC_REF);
  hearth_val i = {.type = HEARTH_I32, .of.i32 = 0};
  CHECK_EQ_INT(typed_call(inst, "as_non_null", &i, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i64, 3); /* the table initializer put $sum in every element... */
  i.of.i32 = 1;
  CHECK_EQ_INT(typed_call(inst, "as_non_null", &i, 1, &r), HEARTH_OK); /* ...both of them */
  CHECK_EQ_INT(r.of.i64, 3);
  CHECK_EQ_INT(typed_call(inst, "null_or_not", &i, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 2);
  hearth_extern cx;
  CHECK_EQ_INT(hearth_instance_export(inst, "clear", &cx), HEARTH_OK);
  CHECK_EQ_INT(hearth_func_call(cx.of.func, NULL, 0, NULL, 0), HEARTH_OK);
  CHECK_EQ_INT(typed_call(inst, "null_or_not", &i, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 1);
  CHECK_EQ_INT(typed_call(inst, "as_non_null", &i, 1, &r), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(s), HEARTH_TRAP_NULL_REF);
  hearth_linker_delete(l);
  hearth_store_delete(s);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

static void typed_null_traps(void) {
  /* ref.as_non_null and br_on_null of a null entry (a table without initializer is null). */
  static const char wat[] =
      "(module (type $t (func)) (table 1 (ref null $t))\n"
      "  (func (export \"as\") (drop (ref.as_non_null (table.get 0 (i32.const 0)))))\n"
      "  (func (export \"null\") (result i32)\n"
      "    (block $l (drop (br_on_null $l (table.get 0 (i32.const 0)))) (return (i32.const 0)))\n"
      "    (i32.const 7)))\n";
  hearth_engine *e;
  hearth_module *m;
  hearth_store *s;
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new_wat(e, wat, sizeof wat - 1, &m), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(s, NULL, m, &inst), HEARTH_OK);
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, "as", &x), HEARTH_OK);
  CHECK_EQ_INT(hearth_func_call(x.of.func, NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(s), HEARTH_TRAP_NULL_REF);
  CHECK_STR(hearth_trap_message(HEARTH_TRAP_NULL_REF), "null reference");
  hearth_val r;
  CHECK_EQ_INT(typed_call(inst, "null", NULL, 0, &r), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 7);
  hearth_store_delete(s);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

T_MAIN(T_CASE(lazy_compile_on_first_call), T_CASE(wasm2_only_engine), T_CASE(memory64_limits), T_CASE(bulk_ops_cost_fuel), T_CASE(bulk_ops_see_deadline), T_CASE(lazy_compile_race),
       T_CASE(engine_store_lifecycle), T_CASE(host_objects), T_CASE(host_call_slots),
       T_CASE(linker_defs), T_CASE(deadline_timer), T_CASE(free_partial_module),
       T_CASE(imports_exports), T_CASE(trap_recovery), T_CASE(unlinkable), T_CASE(segment_traps),
       T_CASE(start_and_globals), T_CASE(exit_code), T_CASE(limits_and_interrupts),
       T_CASE(instance_linking), T_CASE(no_leaks), T_CASE(export_names_with_nul),
       T_CASE(many_exports), T_CASE(backtrace_export_names), T_CASE(caller_memory),
       T_CASE(raw_host_functions), T_CASE(module_compile_all), T_CASE(out_of_bounds_traps),
       T_CASE(out_of_bounds_nested), T_CASE(faults_not_masked), T_CASE(out_of_bounds_threads), T_CASE(locals_start_zero),
       T_CASE(reentry_stack_budget), T_CASE(reentry_stack_budget_interp),
       T_CASE(out_of_bounds_no_signal_handler), T_CASE(dlopen_traps),
       T_CASE(typed_function_references), T_CASE(typed_null_traps))
