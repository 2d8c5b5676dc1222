/* test_exn.c: exception handling through the C API (exn.c): host functions throwing guest
 * exceptions, exceptions escaping calls, crossing host frames and both tiers, legacy and new forms. */
#include <stdlib.h>

#include "internal.h"
#include "t.h"

/* $host_throw throws the host's tag with its argument; $reenter calls back into "inner" through
 * the host; "deep" recurses n frames (no handlers: these get machine code) and throws at the bottom. */
static const char k_wat[] =
    "(module\n"
    "  (import \"env\" \"tag\" (tag $ht (param i32)))\n"
    "  (import \"env\" \"host_throw\" (func $host_throw (param i32)))\n"
    "  (import \"env\" \"reenter\" (func $reenter (param i32) (result i32)))\n"
    "  (import \"env\" \"down\" (func $down (param i32) (result i32)))\n"
    "  (tag $e (export \"e\") (param i32 i64))\n"
    "  (tag $e0 (export \"e0\"))\n"
    "  (func (export \"catch_host\") (param i32) (result i32)\n"
    "    (block $h (result i32)\n"
    "      (try_table (catch $ht $h) (call $host_throw (local.get 0)))\n"
    "      (i32.const -1)))\n"
    "  (func (export \"throw_e\") (param i32 i64) (throw $e (local.get 0) (local.get 1)))\n"
    "  (func $deep (export \"deep\") (param $n i32) (result i32)\n"
    "    (if (result i32) (i32.eqz (local.get $n))\n"
    "      (then (throw $e0))\n"
    "      (else (i32.add (call $deep (i32.sub (local.get $n) (i32.const 1))) (i32.const 1)))))\n"
    "  (func (export \"inner\") (param i32) (result i32)\n"
    "    (if (local.get 0) (then (throw $e0)))\n"
    "    (i32.const 5))\n"
    "  (func (export \"outer_new\") (param i32) (result i32)\n"
    "    (block $h\n"
    "      (return (try_table (result i32) (catch $e0 $h) (call $reenter (local.get 0)))))\n"
    "    (i32.const 77))\n"
    "  (func (export \"outer_legacy\") (param i32) (result i32)\n"
    "    try (result i32)\n"
    "      local.get 0\n"
    "      call $deep\n"
    "    catch $e0\n"
    "      i32.const 1000\n"
    "    end)\n"
    "  (func (export \"rethrow_legacy\") (param i32) (result i32)\n"
    "    (try (result i32)\n"
    "      (do (try (result i32) (do (call $deep (local.get 0))) (catch_all (rethrow 0))))\n"
    "      (catch $e0 (i32.const 2000))))\n"
    "  (func $deep2 (export \"deep2\") (param $n i32) (result i32)\n"
    "    (if (result i32) (i32.eqz (local.get $n)) (then (throw $e0))\n"
    "      (else (if (result i32) (i32.eqz (i32.rem_u (local.get $n) (i32.const 100)))\n"
    "        (then (i32.add (call $down (i32.sub (local.get $n) (i32.const 1))) (i32.const 1)))\n"
    "        (else (i32.add (call $deep2 (i32.sub (local.get $n) (i32.const 1))) (i32.const 1)))))))\n"
    "  (func (export \"outer_deep2\") (param i32) (result i32)\n"
    "    (block $h (return (try_table (result i32) (catch $e0 $h) (call $deep2 (local.get 0)))))\n"
    "    (i32.const 3000))\n"
    "  (func (export \"outer_deep2_legacy\") (param i32) (result i32)\n"
    "    try (result i32) local.get 0 call $deep2 catch_all i32.const 4000 end))\n";

typedef struct fx {
  hearth_engine *e;
  hearth_module *m;
  hearth_store *s;
  hearth_linker *l;
  hearth_instance *inst;
  hearth_tag *tag;
  int reenter_mode; /* 0: pass the exception on, 1: catch it (return 42) */
  int host_calls;
} fx;

static hearth_status host_throw(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  fx *f = user;
  f->host_calls++;
  hearth_val v = {.type = HEARTH_I32, .of.i32 = a[0].of.i32 * 10};
  /* A wrong payload is refused without throwing. */
  CHECK_EQ_INT(hearth_caller_throw(c, f->tag, NULL, 0), HEARTH_ERR_ARGUMENT);
  hearth_val bad = {.type = HEARTH_I64, .of.i64 = 1};
  CHECK_EQ_INT(hearth_caller_throw(c, f->tag, &bad, 1), HEARTH_ERR_ARGUMENT);
  return hearth_caller_throw(c, f->tag, &v, 1);
}

static hearth_func *fn(fx *f, const char *name) {
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(f->inst, name, &x), HEARTH_OK);
  CHECK_EQ_INT(x.kind, HEARTH_EXTERN_FUNC);
  return x.of.func;
}

static hearth_status reenter(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  fx *f = user;
  f->host_calls++;
  hearth_val res;
  hearth_status st = hearth_func_call(fn(f, "inner"), a, 1, &res, 1);
  if (st == HEARTH_ERR_TRAP) {
    hearth_store *s = hearth_caller_store(c);
    CHECK_EQ_INT(hearth_store_trap(s), HEARTH_TRAP_EXCEPTION);
    hearth_exn *x = hearth_store_exception(s);
    CHECK(x != NULL);
    if (f->reenter_mode == 1) { /* caught by the host */
      r[0].of.i32 = 42;
      return HEARTH_OK;
    }
    if (f->reenter_mode == 2) return hearth_caller_rethrow(c, x);
    return st; /* passed on as it is */
  }
  CHECK_EQ_INT(st, HEARTH_OK);
  r[0].of.i32 = res.of.i32;
  return HEARTH_OK;
}

/* Continues deep2's recursion through the host (a host frame every 100 wasm frames). */
static hearth_status down(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  fx *f = user;
  f->host_calls++;
  hearth_val res;
  hearth_status st = hearth_func_call(fn(f, "deep2"), a, 1, &res, 1);
  if (st != HEARTH_OK) return st;
  r[0] = res;
  return HEARTH_OK;
}

static void setup(fx *f) {
  memset(f, 0, sizeof *f);
  const hearth_valtype i32 = HEARTH_I32;
  CHECK_EQ_INT(hearth_engine_new(NULL, &f->e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new_wat(f->e, k_wat, sizeof k_wat - 1, &f->m), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(f->e, &f->s), HEARTH_OK);
  CHECK_EQ_INT(hearth_tag_new(f->s, &i32, 1, &f->tag), HEARTH_OK);
  const hearth_valtype *tp;
  size_t tn;
  hearth_tag_type(f->tag, &tp, &tn);
  CHECK_EQ_INT(tn, 1);
  CHECK_EQ_INT(tp[0], HEARTH_I32);
  CHECK_EQ_INT(hearth_linker_new(f->e, &f->l), HEARTH_OK);
  hearth_extern tx = {.kind = HEARTH_EXTERN_TAG, .of.tag = f->tag};
  CHECK_EQ_INT(hearth_linker_define_extern(f->l, "env", "tag", tx), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(f->l, "env", "host_throw", &i32, 1, NULL, 0, host_throw, f),
               HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(f->l, "env", "reenter", &i32, 1, &i32, 1, reenter, f),
               HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(f->l, "env", "down", &i32, 1, &i32, 1, down, f),
               HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(f->s, f->l, f->m, &f->inst), HEARTH_OK);
}

static void teardown(fx *f) {
  hearth_linker_delete(f->l);
  hearth_store_delete(f->s);
  hearth_module_delete(f->m);
  hearth_engine_delete(f->e);
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

static int32_t call_i32(fx *f, const char *name, int32_t arg, hearth_status want) {
  hearth_val a = {.type = HEARTH_I32, .of.i32 = arg}, r = {0};
  CHECK_EQ_INT(hearth_func_call(fn(f, name), &a, 1, &r, 1), want);
  return r.of.i32;
}

/* A host function throws a guest exception; the guest's try_table catches it with its payload. */
static void host_throws_guest_catches(void) {
  fx f;
  setup(&f);
  CHECK_EQ_INT(call_i32(&f, "catch_host", 7, HEARTH_OK), 70);
  CHECK_EQ_INT(f.host_calls, 1);
  teardown(&f);
}

/* An exception nobody catches fails the call with a clear message; the embedder sees its tag and
 * payload; the store works afterwards. */
static void uncaught_exception_is_visible(void) {
  fx f;
  setup(&f);
  hearth_val a[2] = {{.type = HEARTH_I32, .of.i32 = -3}, {.type = HEARTH_I64, .of.i64 = 1ll << 40}};
  CHECK_EQ_INT(hearth_func_call(fn(&f, "throw_e"), a, 2, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(f.s), HEARTH_TRAP_EXCEPTION);
  CHECK(strstr(hearth_errmsg(), "uncaught exception") != NULL);
  CHECK_STR(hearth_trap_message(HEARTH_TRAP_EXCEPTION), "uncaught exception");
  hearth_exn *x = hearth_store_exception(f.s);
  CHECK(x != NULL);
  hearth_extern e;
  CHECK_EQ_INT(hearth_instance_export(f.inst, "e", &e), HEARTH_OK);
  CHECK_EQ_INT(e.kind, HEARTH_EXTERN_TAG);
  CHECK(hearth_exn_tag(x) == e.of.tag);
  hearth_val p[2];
  CHECK_EQ_INT(hearth_exn_payload(x, p, 1), HEARTH_ERR_ARGUMENT);
  CHECK_EQ_INT(hearth_exn_payload(x, p, 2), HEARTH_OK);
  CHECK_EQ_INT(p[0].type, HEARTH_I32);
  CHECK_EQ_INT(p[0].of.i32, -3);
  CHECK_EQ_INT(p[1].type, HEARTH_I64);
  CHECK_EQ_INT(p[1].of.i64, 1ll << 40);
  /* A host throw from a direct call escapes the same way. */
  CHECK_EQ_INT(call_i32(&f, "catch_host", 1, HEARTH_OK), 10);
  CHECK_EQ_INT(call_i32(&f, "inner", 0, HEARTH_OK), 5);
  CHECK(hearth_store_exception(f.s) == NULL);
  teardown(&f);
}

/* wasm -> host -> wasm: the inner throw crosses the host frame to the outer handler when the host
 * passes it on (as is, or rethrown), and stops at the host when it catches it. */
static void exceptions_cross_host_frames(void) {
  fx f;
  setup(&f);
  CHECK_EQ_INT(call_i32(&f, "outer_new", 0, HEARTH_OK), 5);
  CHECK_EQ_INT(call_i32(&f, "outer_new", 1, HEARTH_OK), 77);
  f.reenter_mode = 2;
  CHECK_EQ_INT(call_i32(&f, "outer_new", 1, HEARTH_OK), 77);
  f.reenter_mode = 1;
  CHECK_EQ_INT(call_i32(&f, "outer_new", 1, HEARTH_OK), 42);
  CHECK_EQ_INT(f.host_calls, 4);
  teardown(&f);
}

/* A throw 1,000 frames deep (functions without handlers, in machine code where the tier is on)
 * reaches a legacy catch and a legacy rethrow, and, through host frames too, handlers of both forms;
 * uncaught, it fails the call. */
static void throw_through_1000_frames(void) {
  fx f;
  setup(&f);
  CHECK_EQ_INT(call_i32(&f, "outer_legacy", 1000, HEARTH_OK), 1000);
  CHECK_EQ_INT(call_i32(&f, "rethrow_legacy", 1000, HEARTH_OK), 2000);
  /* Through 1,000 wasm frames and 10 host frames, to a handler of each form. */
  CHECK_EQ_INT(call_i32(&f, "outer_deep2", 1000, HEARTH_OK), 3000);
  CHECK_EQ_INT(call_i32(&f, "outer_deep2_legacy", 1000, HEARTH_OK), 4000);
  CHECK_EQ_INT(f.host_calls, 20);
  CHECK_EQ_INT(call_i32(&f, "deep2", 1000, HEARTH_ERR_TRAP), 0);
  CHECK_EQ_INT(hearth_store_trap(f.s), HEARTH_TRAP_EXCEPTION);
  hearth_val a = {.type = HEARTH_I32, .of.i32 = 1000}, r;
  CHECK_EQ_INT(hearth_func_call(fn(&f, "deep"), &a, 1, &r, 1), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(f.s), HEARTH_TRAP_EXCEPTION);
  if (H_JIT && h_jit_enabled()) {
    const hearth_module *m = f.m;
    uint32_t deep = 2; /* defined functions: catch_host, throw_e, deep, ... */
    CHECK(m->code[deep].jit != NULL);
    CHECK(m->code[deep].eh == NULL);
    CHECK(m->code[5].eh != NULL); /* outer_legacy: interpreted, with its handler table */
    CHECK(m->code[5].jit == NULL);
    CHECK(m->code[7].jit != NULL); /* deep2 */
  }
  teardown(&f);
}

/* A million exceptions thrown and caught in one call run in bounded memory (unreachable ones are
 * collected), and a chain of exceptions each carrying the previous one (catch_all_ref, exnref payload)
 * survives collections intact: unwrapping it finds every link. */
static const char k_storm_wat[] =
    "(module\n"
    "  (tag $e (param i32))\n"
    "  (tag $w (param exnref))\n"
    "  (func (export \"storm\") (param $n i32) (result i32) (local $sum i32)\n"
    "    (loop $l\n"
    "      (block $h (result i32)\n"
    "        (try_table (catch $e $h) (throw $e (local.get $n)))\n"
    "        (i32.const 0))\n"
    "      (local.set $sum (i32.add (local.get $sum)))\n"
    "      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))\n"
    "    (local.get $sum))\n"
    "  (func (export \"chain\") (param $n i32) (result i32) (local $x exnref) (local $k i32)\n"
    "    (loop $l\n"
    "      (block $h (result exnref)\n"
    "        (try_table (catch_all_ref $h) (throw $w (local.get $x)))\n"
    "        (unreachable))\n"
    "      (local.set $x)\n"
    "      (drop (call $junk))\n"
    "      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))\n"
    "    (block $done\n"
    "      (loop $u\n"
    "        (br_if $done (ref.is_null (local.get $x)))\n"
    "        (local.set $k (i32.add (local.get $k) (i32.const 1)))\n"
    "        (local.set $x (block $h2 (result exnref)\n"
    "          (try_table (catch $w $h2) (throw_ref (local.get $x)))\n"
    "          (unreachable)))\n"
    "        (br $u)))\n"
    "    (local.get $k))\n"
    "  (func (export \"make\") (result exnref)\n"
    "    (block $h (result exnref)\n"
    "      (try_table (catch_all_ref $h) (throw $e (i32.const 9))) (unreachable)))\n"
    "  (func (export \"rethrow\") (param exnref) (throw_ref (local.get 0)))\n"
    "  (func $junk (result i32)\n"
    "    (block $h (result i32) (try_table (catch $e $h) (throw $e (i32.const 1))) (i32.const 0))))\n";

static void exception_storm_bounded(void) {
  hearth_engine *e;
  hearth_module *m;
  hearth_store *s;
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new_wat(e, k_storm_wat, sizeof k_storm_wat - 1, &m), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(s, NULL, m, &inst), HEARTH_OK);
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, "storm", &x), HEARTH_OK);
  size_t before = hearth_alloc_current();
  hearth_val a = {.type = HEARTH_I32, .of.i32 = 1000000}, r;
  CHECK_EQ_INT(hearth_func_call(x.of.func, &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT((uint32_t)r.of.i32, (uint32_t)(1000000ull * 1000001ull / 2));
  /* 1,000,000 exceptions kept would take about 32 MB. */
  CHECK(hearth_alloc_peak() - before < (size_t)2 << 20);
  CHECK(s->nexns <= 2 * H_EXN_GC_MIN);
  CHECK_EQ_INT(hearth_instance_export(inst, "chain", &x), HEARTH_OK);
  a.of.i32 = 20000;
  CHECK_EQ_INT(hearth_func_call(x.of.func, &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 20000);
  /* An exnref result passed back into the next call stays valid there. */
  CHECK_EQ_INT(hearth_instance_export(inst, "make", &x), HEARTH_OK);
  CHECK_EQ_INT(hearth_func_call(x.of.func, NULL, 0, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.type, HEARTH_EXNREF);
  CHECK(r.of.exnref != NULL);
  CHECK_EQ_INT(hearth_instance_export(inst, "rethrow", &x), HEARTH_OK);
  CHECK_EQ_INT(hearth_func_call(x.of.func, &r, 1, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(s), HEARTH_TRAP_EXCEPTION);
  CHECK(hearth_store_exception(s) == r.of.exnref);
  hearth_val p;
  CHECK_EQ_INT(hearth_exn_payload(r.of.exnref, &p, 1), HEARTH_OK);
  CHECK_EQ_INT(p.of.i32, 9);
  hearth_store_delete(s);
  hearth_module_delete(m);
  hearth_engine_delete(e);
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

/* 2^16 nested try blocks (each form): compile, and a throw from the innermost reaches the
 * outermost handler (the unwinder's search stays cheap: binary search plus the enclosing chain). */
static void nested_try_blocks(void) {
  enum { DEPTH = 1 << 16 };
  for (int legacy = 0; legacy < 2; legacy++) {
    size_t cap = (size_t)DEPTH * 24 + 1024, n = 0;
    char *t = malloc(cap);
    CHECK(t != NULL);
    n += (size_t)snprintf(t + n, cap - n, "(module (tag $e0) (func (export \"f\") (result i32)\n");
    if (legacy) {
      n += (size_t)snprintf(t + n, cap - n, "try (result i32)\n");
      for (int i = 1; i < DEPTH; i++) n += (size_t)snprintf(t + n, cap - n, "try\n");
      n += (size_t)snprintf(t + n, cap - n, "throw $e0\n");
      for (int i = 1; i < DEPTH; i++) n += (size_t)snprintf(t + n, cap - n, "end\n");
      n += (size_t)snprintf(t + n, cap - n, "i32.const 0 catch_all i32.const 1 end))");
    } else {
      n += (size_t)snprintf(t + n, cap - n, "block $out try_table (catch_all $out)\n");
      for (int i = 1; i < DEPTH; i++) n += (size_t)snprintf(t + n, cap - n, "try_table\n");
      n += (size_t)snprintf(t + n, cap - n, "throw $e0\n");
      for (int i = 0; i < DEPTH; i++) n += (size_t)snprintf(t + n, cap - n, "end\n");
      n += (size_t)snprintf(t + n, cap - n, "i32.const 0 return end i32.const 1))");
    }
    CHECK(n < cap);
    hearth_engine *e;
    hearth_module *m;
    hearth_store *s;
    hearth_instance *inst;
    CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
    CHECK_EQ_INT(hearth_module_new_wat(e, t, n, &m), HEARTH_OK);
    free(t);
    CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
    CHECK_EQ_INT(hearth_instance_new(s, NULL, m, &inst), HEARTH_OK);
    hearth_extern x;
    CHECK_EQ_INT(hearth_instance_export(inst, "f", &x), HEARTH_OK);
    hearth_val r;
    for (int k = 0; k < 100; k++) {
      CHECK_EQ_INT(hearth_func_call(x.of.func, NULL, 0, &r, 1), HEARTH_OK);
      CHECK_EQ_INT(r.of.i32, 1);
    }
    hearth_store_delete(s);
    hearth_module_delete(m);
    hearth_engine_delete(e);
  }
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

/* Pools: guests throw and catch across resets; an uncaught one fails the call with its trap and
 * the next call works. */
static void pool_calls_throw(void) {
  static const char text[] =
      "(module (tag $e (param i32))\n"
      "  (func $t (param i32) (throw $e (local.get 0)))\n"
      "  (func (export \"f\") (param i32) (result i32)\n"
      "    (block $h (result i32) (try_table (catch $e $h) (call $t (local.get 0))) (i32.const 0)))\n"
      "  (func (export \"g\") (call $t (i32.const 1))))";
  hearth_engine *e;
  hearth_module *m;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new_wat(e, text, sizeof text - 1, &m), HEARTH_OK);
  hearth_template *t;
  CHECK_EQ_INT(hearth_template_new(e, m, NULL, NULL, &t), HEARTH_OK);
  hearth_pool_config cfg;
  hearth_pool_config_init(&cfg);
  cfg.policy = HEARTH_POLICY_RESET;
  cfg.max_instances = 1;
  hearth_pool *p;
  CHECK_EQ_INT(hearth_pool_new(t, &cfg, &p), HEARTH_OK);
  for (int i = 0; i < 5; i++) {
    hearth_val a = {.type = HEARTH_I32, .of.i32 = i + 3}, r;
    hearth_trap trap = HEARTH_TRAP_NONE;
    CHECK_EQ_INT(hearth_pool_call(p, "f", &a, 1, &r, 1, &trap), HEARTH_OK);
    CHECK_EQ_INT(r.of.i32, i + 3);
    CHECK_EQ_INT(hearth_pool_call(p, "g", NULL, 0, NULL, 0, &trap), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(trap, HEARTH_TRAP_EXCEPTION);
  }
  hearth_pool_delete(p);
  hearth_template_delete(t);
  hearth_module_delete(m);
  hearth_engine_delete(e);
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

T_MAIN(T_CASE(pool_calls_throw), T_CASE(nested_try_blocks), T_CASE(exception_storm_bounded), T_CASE(host_throws_guest_catches), T_CASE(uncaught_exception_is_visible),
       T_CASE(exceptions_cross_host_frames), T_CASE(throw_through_1000_frames))
