/* test_jit.c: the compiling tier (jit.c): which functions get machine code, and that machine code
 * behaves as the interpreter does (results, traps, fuel), compared on the same store. */
#include "internal.h"
#include "gc.h"
#include "t.h"

/* wat2wasm --debug-names of:
   (module
     (memory (export "memory") 1)
     (global $g (export "g") (mut i32) (i32.const 0))
     (func $work (export "work") (param $n i32) (result i64)
       (local $i i32) (local $acc i64)
       (loop $l
         (i64.store (i32.const 8) (i64.add (i64.load (i32.const 8)) (i64.extend_i32_u (local.get $i))))
         (block $b2 (block $b1 (block $b0
           (br_table $b0 $b1 $b2 (i32.rem_u (local.get $i) (i32.const 3))))
           (local.set $acc (i64.add (local.get $acc) (i64.const 1))) (br $b2))
           (local.set $acc (i64.mul (local.get $acc) (i64.const 3))))
         (global.set $g (i32.add (global.get $g) (i32.const 1)))
         (local.set $i (i32.add (local.get $i) (i32.const 1)))
         (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
       (i64.add (local.get $acc) (i64.load (i32.const 8))))
     (func (export "grow") (result i32) (memory.grow (i32.const 1)))
     (func $div (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
     (func (export "spin") (loop $l (br $l)))) */
static const uint8_t w_jit[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x13, 0x04, 0x60,
  0x01, 0x7f, 0x01, 0x7e, 0x60, 0x00, 0x01, 0x7f, 0x60, 0x02, 0x7f, 0x7f,
  0x01, 0x7f, 0x60, 0x00, 0x00, 0x03, 0x05, 0x04, 0x00, 0x01, 0x02, 0x03,
  0x05, 0x03, 0x01, 0x00, 0x01, 0x06, 0x06, 0x01, 0x7f, 0x01, 0x41, 0x00,
  0x0b, 0x07, 0x29, 0x06, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02,
  0x00, 0x01, 0x67, 0x03, 0x00, 0x04, 0x77, 0x6f, 0x72, 0x6b, 0x00, 0x00,
  0x04, 0x67, 0x72, 0x6f, 0x77, 0x00, 0x01, 0x03, 0x64, 0x69, 0x76, 0x00,
  0x02, 0x04, 0x73, 0x70, 0x69, 0x6e, 0x00, 0x03, 0x0a, 0x70, 0x04, 0x57,
  0x02, 0x01, 0x7f, 0x01, 0x7e, 0x03, 0x40, 0x41, 0x08, 0x41, 0x08, 0x29,
  0x03, 0x00, 0x20, 0x01, 0xad, 0x7c, 0x37, 0x03, 0x00, 0x02, 0x40, 0x02,
  0x40, 0x02, 0x40, 0x20, 0x01, 0x41, 0x03, 0x70, 0x0e, 0x02, 0x00, 0x01,
  0x02, 0x0b, 0x20, 0x02, 0x42, 0x01, 0x7c, 0x21, 0x02, 0x0c, 0x01, 0x0b,
  0x20, 0x02, 0x42, 0x03, 0x7e, 0x21, 0x02, 0x0b, 0x23, 0x00, 0x41, 0x01,
  0x6a, 0x24, 0x00, 0x20, 0x01, 0x41, 0x01, 0x6a, 0x21, 0x01, 0x20, 0x01,
  0x20, 0x00, 0x49, 0x0d, 0x00, 0x0b, 0x20, 0x02, 0x41, 0x08, 0x29, 0x03,
  0x00, 0x7c, 0x0b, 0x06, 0x00, 0x41, 0x01, 0x40, 0x00, 0x0b, 0x07, 0x00,
  0x20, 0x00, 0x20, 0x01, 0x6d, 0x0b, 0x07, 0x00, 0x03, 0x40, 0x0c, 0x00,
  0x0b, 0x0b, 0x00, 0x2f, 0x04, 0x6e, 0x61, 0x6d, 0x65, 0x01, 0x0c, 0x02,
  0x00, 0x04, 0x77, 0x6f, 0x72, 0x6b, 0x02, 0x03, 0x64, 0x69, 0x76, 0x02,
  0x14, 0x04, 0x00, 0x03, 0x00, 0x01, 0x6e, 0x01, 0x01, 0x69, 0x02, 0x03,
  0x61, 0x63, 0x63, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x07, 0x04, 0x01,
  0x00, 0x01, 0x67

};

static hearth_engine *g_e;
static hearth_module *g_m;
static hearth_store *g_s;
static hearth_instance *g_i;

static void setup(void) {
  CHECK_EQ_INT(hearth_engine_new(NULL, &g_e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new(g_e, w_jit, sizeof w_jit, &g_m), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(g_e, &g_s), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, NULL, g_m, &g_i), HEARTH_OK);
}
static void teardown(void) {
  hearth_store_delete(g_s);
  hearth_module_delete(g_m);
  hearth_engine_delete(g_e);
}
static hearth_func *fn(const char *name) {
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(g_i, name, &x), HEARTH_OK);
  CHECK_EQ_INT(x.kind, HEARTH_EXTERN_FUNC);
  return x.of.func;
}
static int64_t work(uint32_t n) {
  hearth_val a = {.type = HEARTH_I32, .of.i32 = (int32_t)n}, r;
  CHECK_EQ_INT(hearth_func_call(fn("work"), &a, 1, &r, 1), HEARTH_OK);
  return r.of.i64;
}
/* What `work` computes (memory word 8 and global g start at 0). */
static int64_t work_expected(uint32_t n) {
  uint64_t mem8 = 0, acc = 0;
  uint32_t i = 0;
  do {
    mem8 += i;
    if (i % 3 == 0) acc += 1;
    else if (i % 3 == 1) acc *= 3;
    i++;
  } while (i < n);
  return (int64_t)(acc + mem8);
}
/* Runs f with the interpreter alone: the function's machine code is hidden for the call. */
static hearth_status interp_only(uint32_t defidx, hearth_func *f, const hearth_val *a, size_t na,
                                 hearth_val *r, size_t nr) {
  h_cfunc *cf = &g_m->code[defidx];
  struct h_jit_func *saved = cf->jit;
  cf->jit = NULL;
  hearth_status st = hearth_func_call(f, a, na, r, nr);
  cf->jit = saved;
  return st;
}

/* True when defined function defidx of m has machine code (not only a deferred compilation). */
static bool has_machine_code(const hearth_module *m, uint32_t defidx) {
  const struct h_jit_func *jf = m->code[defidx].jit;
  return jf && jf->base && jf->direct;
}

/* Tier-up (config.h H_JIT_CALL_THRESHOLD): a function gets machine code on its threshold-th call
 * (memory.grow, a helper call, included), or during its first call when a loop in it runs hot
 * (work: 2,000 check points, so a budget refill comes inside it). */
static void which_functions(void) {
  setup();
  CHECK_EQ_INT(work(1000), work_expected(1000));
  hearth_val r;
  uint32_t calls = H_JIT ? h_jit_call_threshold() : 1;
  for (uint32_t k = 1; k <= calls; k++) {
    CHECK_EQ_INT(hearth_func_call(fn("grow"), NULL, 0, &r, 1), HEARTH_OK);
    CHECK_EQ_INT(r.of.i32, (int32_t)k);
    if (H_JIT && h_jit_enabled()) {
      CHECK(g_m->code[1].jit != NULL);                    /* compiled to internal code */
      CHECK_EQ_INT(has_machine_code(g_m, 1), k == calls); /* machine code on the last call */
    }
  }
  if (H_JIT && h_jit_enabled()) CHECK(has_machine_code(g_m, 0)); /* called once, hot loop */
  CHECK(g_m->code[2].jit == NULL); /* not called yet: not compiled (lazy) */
  teardown();
}

/* A trap inside machine code is the interpreter's trap, with the same backtrace; the store works
 * afterwards. */
static void traps(void) {
  setup();
  hearth_val a[2] = {{.type = HEARTH_I32, .of.i32 = 7}, {.type = HEARTH_I32, .of.i32 = 2}}, r;
  CHECK_EQ_INT(hearth_func_call(fn("div"), a, 2, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 3);
  a[1].of.i32 = 0;
  CHECK_EQ_INT(hearth_func_call(fn("div"), a, 2, &r, 1), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_INT_DIV_ZERO);
  CHECK(strstr(hearth_errmsg(), "div") != NULL);
  a[0].of.i32 = INT32_MIN;
  a[1].of.i32 = -1;
  CHECK_EQ_INT(hearth_func_call(fn("div"), a, 2, &r, 1), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_INT_OVERFLOW);
  a[0].of.i32 = -9;
  a[1].of.i32 = 2;
  CHECK_EQ_INT(hearth_func_call(fn("div"), a, 2, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, -4);
  teardown();
}

/* Fuel is counted at the same points in both tiers: the same call uses the same fuel, and running
 * out traps at the same place (the global counts finished iterations). */
static void fuel_is_exact(void) {
  setup();
  hearth_val a = {.type = HEARTH_I32, .of.i32 = 500}, r;
  CHECK_EQ_INT(hearth_func_call(fn("work"), &a, 1, &r, 1), HEARTH_OK); /* compile first */
  const uint64_t F = 1000000;
  hearth_store_set_fuel(g_s, F);
  CHECK_EQ_INT(hearth_func_call(fn("work"), &a, 1, &r, 1), HEARTH_OK);
  uint64_t used_jit = F - hearth_store_fuel(g_s);
  hearth_store_set_fuel(g_s, F);
  CHECK_EQ_INT(interp_only(0, fn("work"), &a, 1, &r, 1), HEARTH_OK);
  uint64_t used_interp = F - hearth_store_fuel(g_s);
  CHECK(used_jit > 500);
  CHECK_EQ_INT(used_jit, used_interp);

  hearth_extern g;
  CHECK_EQ_INT(hearth_instance_export(g_i, "g", &g), HEARTH_OK);
  hearth_val gv;
  uint64_t stop[2];
  for (int tier = 0; tier < 2; tier++) {
    hearth_global_set(g.of.global, &(hearth_val){.type = HEARTH_I32, .of.i32 = 0});
    hearth_store_set_fuel(g_s, 777);
    hearth_status st = tier ? interp_only(0, fn("work"), &a, 1, &r, 1)
                            : hearth_func_call(fn("work"), &a, 1, &r, 1);
    CHECK_EQ_INT(st, HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_FUEL);
    hearth_global_get(g.of.global, &gv);
    stop[tier] = (uint64_t)gv.of.i32;
  }
  CHECK(stop[0] > 0 && stop[0] < 500);
  CHECK_EQ_INT(stop[0], stop[1]);

  /* An endless loop in machine code ends with the fuel. */
  hearth_store_set_fuel(g_s, 100000);
  CHECK_EQ_INT(hearth_func_call(fn("spin"), NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_FUEL);
  CHECK_EQ_INT(hearth_store_fuel(g_s), 0);
  if (H_JIT && h_jit_enabled()) CHECK(has_machine_code(g_m, 3)); /* hot in its first call */
  teardown();
}

/* Tail calls keep the frame stack constant across tiers: $even has machine code, $odd (a load from
 * a second memory) stays interpreted, and they tail-call each other directly, through a table and, at the
 * end of the chain, a host function, a million times deep under a call depth limit of 16. */
static const char k_tail_wat[] =
    "(module\n"
    "  (import \"env\" \"host\" (func $host (param i64) (result i64)))\n"
    "  (type $t (func (param i64) (result i64)))\n"
    "  (table 2 funcref)\n"
    "  (memory 1) (memory $m1 1)\n"
    "  (elem (i32.const 0) $even $odd)\n"
    "  (func $even (export \"even\") (param $n i64) (result i64)\n"
    "    (if (result i64) (i64.eqz (local.get $n))\n"
    "      (then (return_call $host (i64.const 7)))\n"
    "      (else (return_call $odd (i64.sub (local.get $n) (i64.const 1))))))\n"
    "  (func $odd (param $n i64) (result i64) (local v128)\n"
    "    (local.set 1 (v128.const i64x2 1 2))\n"
    "    (drop (i32.load $m1 (i32.const 0)))\n"
    "    (if (result i64) (i64.eqz (local.get $n))\n"
    "      (then (i64.const 100))\n"
    "      (else (return_call_indirect (type $t) (i64.sub (local.get $n) (i64.const 1))\n"
    "                                            (i32.const 0))))))\n";
static hearth_status tail_host(hearth_caller *c, void *user, const hearth_val *a, hearth_val *r) {
  (void)c;
  ++*(int *)user;
  r[0].of.i64 = a[0].of.i64 * 2;
  return HEARTH_OK;
}
static void tail_calls_constant_stack(void) {
  hearth_engine *e;
  hearth_module *m;
  hearth_store *s;
  hearth_linker *l;
  hearth_instance *inst;
  int host_calls = 0;
  const hearth_valtype i64 = HEARTH_I64;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new_wat(e, k_tail_wat, sizeof k_tail_wat - 1, &m), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  hearth_store_set_max_call_depth(s, 16);
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_define_func(l, "env", "host", &i64, 1, &i64, 1, tail_host, &host_calls),
               HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(s, l, m, &inst), HEARTH_OK);
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, "even", &x), HEARTH_OK);
  hearth_val a = {.type = HEARTH_I64, .of.i64 = 1000000}, r;
  CHECK_EQ_INT(hearth_func_call(x.of.func, &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i64, 14); /* even(0) tail-calls the host with 7 */
  CHECK_EQ_INT(host_calls, 1);
  a.of.i64 = 999999;
  CHECK_EQ_INT(hearth_func_call(x.of.func, &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i64, 100);
  if (H_JIT && h_jit_enabled()) {
    CHECK(m->code[0].jit != NULL);
    CHECK(m->code[1].jit == NULL);
  }
  /* Fuel counts a tail call like a call: a million of them run out of 1,000 units. */
  hearth_store_set_fuel(s, 1000);
  CHECK_EQ_INT(hearth_func_call(x.of.func, &a, 1, &r, 1), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(s), HEARTH_TRAP_FUEL);
  hearth_linker_delete(l);
  hearth_store_delete(s);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

/* ---- helpers per instruction: SIMD, bulk memory, tables, memory.size/grow */

static const char k_mix_wat[] =
    "(module\n"
    "  (memory (export \"memory\") 1 4)\n"
    "  (table $t 4 funcref)\n"
    "  (table $t2 4 funcref)\n"
    "  (elem $e func $a $b)\n"
    "  (data $d \"hello, world\")\n"
    "  (func $a (result i32) (i32.const 1))\n"
    "  (func $b (result i32) (i32.const 2))\n"
    "  (func (export \"mix\") (param $n i32) (result i64) (local $v v128) (local $acc i64)\n"
    "    (memory.fill (i32.const 0x1000) (i32.const 7) (local.get $n))\n"
    "    (memory.copy (i32.const 0x2000) (i32.const 0x1000) (local.get $n))\n"
    "    (memory.init $d (i32.const 0x3000) (i32.const 0) (i32.const 12))\n"
    "    (data.drop $d)\n"
    "    (local.set $v (v128.load (i32.const 0x2000)))\n"
    "    (local.set $v (i32x4.add (local.get $v) (i32x4.splat (local.get $n))))\n"
    "    (v128.store (i32.const 0x5000) (local.get $v))\n"
    "    (local.set $acc (i64.add (i64x2.extract_lane 0 (local.get $v))\n"
    "                             (i64x2.extract_lane 1 (local.get $v))))\n"
    "    (table.init $t $e (i32.const 0) (i32.const 0) (i32.const 2))\n"
    "    (elem.drop $e)\n"
    "    (table.copy $t2 $t (i32.const 1) (i32.const 0) (i32.const 2))\n"
    "    (table.set $t (i32.const 3) (table.get $t2 (i32.const 2)))\n"
    "    (drop (table.grow $t (ref.null func) (i32.const 2)))\n"
    "    (table.fill $t (i32.const 4) (ref.func $a) (i32.const 2))\n"
    "    (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (table.size $t))))\n"
    "    (local.set $acc (i64.add (local.get $acc)\n"
    "      (i64.extend_i32_u (ref.is_null (table.get $t (i32.const 2))))))\n"
    "    (local.set $acc (i64.add (local.get $acc)\n"
    "      (i64.extend_i32_u (call_indirect (result i32) (i32.const 3)))))\n"
    "    (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (memory.grow (i32.const 1)))))\n"
    "    (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (memory.size))))\n"
    "    (i64.add (local.get $acc) (i64.load (i32.const 0x3000))))\n"
    "  (func (export \"copy_to\") (param i32) (memory.copy (local.get 0) (i32.const 0) (i32.const 16)))\n"
    "  (func (export \"tget\") (param i32) (result i32) (ref.is_null (table.get $t (local.get 0))))\n"
    "  (func (export \"fill\") (param i32) (memory.fill (i32.const 0) (i32.const 1) (local.get 0)))\n"
    "  (table $t3 2 funcref)\n"
    "  (elem (table $t3) (i32.const 0) func $sq)\n"
    "  (func $sq (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))\n"
    "  (func (export \"ci\") (param i32) (result i32) (call_indirect $t (result i32) (local.get 0)))\n"
    "  (func (export \"ci3\") (param i32) (result i32)\n"
    "    (call_indirect $t3 (param i32) (result i32) (i32.const 9) (local.get 0)))\n"
    "  (func (export \"ci3bad\") (param i32) (result i32) (call_indirect $t3 (result i32) (local.get 0))))\n";

typedef struct {
  hearth_engine *e;
  hearth_module *m;
  hearth_store *s;
  hearth_instance *i;
} rig;
static void rig_new(rig *r, const char *wat, size_t len) {
  CHECK_EQ_INT(hearth_engine_new(NULL, &r->e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new_wat(r->e, wat, len, &r->m), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_compile_all(r->m), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(r->e, &r->s), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(r->s, NULL, r->m, &r->i), HEARTH_OK);
}
static void rig_free(rig *r) {
  hearth_store_delete(r->s);
  hearth_module_delete(r->m);
  hearth_engine_delete(r->e);
}
static hearth_extern rig_export(rig *r, const char *name) {
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(r->i, name, &x), HEARTH_OK);
  return x;
}
/* Hides (interp = true) or shows every function's machine code in r's module. */
static struct h_jit_func *g_saved[16];
static void rig_interp(rig *r, bool interp) {
  uint32_t n = r->m->nfuncs - r->m->nimported_funcs;
  CHECK(n <= 16);
  for (uint32_t k = 0; k < n; k++) {
    if (interp) {
      g_saved[k] = r->m->code[k].jit;
      r->m->code[k].jit = NULL;
    } else {
      r->m->code[k].jit = g_saved[k];
    }
  }
}
static hearth_status rig_call(rig *r, const char *name, int64_t arg, hearth_val *res, size_t nres) {
  hearth_extern x = rig_export(r, name);
  hearth_val a = {.type = HEARTH_I32, .of.i32 = (int32_t)arg};
  return hearth_func_call(x.of.func, &a, 1, res, nres);
}

/* The same module in two stores, one with machine code and one interpreted: the same results, the
 * same fuel, the same traps, the same dirty-map bytes. */
static void helpers_match_interpreter(void) {
  rig j, t;
  rig_new(&j, k_mix_wat, sizeof k_mix_wat - 1);
  rig_new(&t, k_mix_wat, sizeof k_mix_wat - 1);
  if (H_JIT && h_jit_enabled())
    for (uint32_t k = 0; k < j.m->nfuncs; k++) CHECK(j.m->code[k].jit != NULL);
  hearth_memory *mj = rig_export(&j, "memory").of.memory, *mt = rig_export(&t, "memory").of.memory;
  const uint8_t *dj = h_mem_dirty_map(mj), *dt = h_mem_dirty_map(mt);
  for (uint32_t g = 0; g < 8; g++) CHECK_EQ_INT(dj[g], 0);
  hearth_store_set_fuel(j.s, 1000000);
  hearth_store_set_fuel(t.s, 1000000);
  hearth_val rj, rt;
  CHECK_EQ_INT(rig_call(&j, "mix", 5000, &rj, 1), HEARTH_OK);
  rig_interp(&t, true);
  CHECK_EQ_INT(rig_call(&t, "mix", 5000, &rt, 1), HEARTH_OK);
  CHECK_EQ_INT(rj.of.i64, rt.of.i64);
  CHECK((uint64_t)rj.of.i64 > 0x0707070707070707ULL); /* the v128 lanes and the data bytes count */
  CHECK_EQ_INT(hearth_store_fuel(j.s), hearth_store_fuel(t.s));
  CHECK(hearth_store_fuel(j.s) < 1000000);
  CHECK_EQ_INT(memcmp(mj->base, mt->base, 0x6000), 0);
  for (uint32_t g = 0; g < 8; g++) CHECK_EQ_INT(dj[g], dt[g]);
  CHECK_EQ_INT(dj[0x1000 >> H_DIRTY_SHIFT], 1); /* memory.fill */
  CHECK_EQ_INT(dj[0x2000 >> H_DIRTY_SHIFT], 1); /* memory.copy */
  CHECK_EQ_INT(dj[0x3000 >> H_DIRTY_SHIFT], 1); /* memory.init */
  CHECK_EQ_INT(dj[0x5000 >> H_DIRTY_SHIFT], 1); /* v128.store */
  CHECK_EQ_INT(dj[0x4000 >> H_DIRTY_SHIFT], 0);
  CHECK_EQ_INT(mj->size, 2 * 65536);
  /* Traps: the interpreter's, at the same place, with nothing written. */
  rig_interp(&t, false);
  rig *both[2] = {&j, &t};
  for (int k = 0; k < 2; k++) {
    rig *r = both[k];
    if (k) rig_interp(r, true);
    CHECK_EQ_INT(rig_call(r, "copy_to", 2 * 65536 - 8, NULL, 0), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(r->s), HEARTH_TRAP_OOB_MEMORY);
    CHECK_EQ_INT(rig_call(r, "tget", 6, &rj, 1), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(r->s), HEARTH_TRAP_OOB_TABLE);
    CHECK_EQ_INT(rig_call(r, "tget", 5, &rj, 1), HEARTH_OK);
    CHECK_EQ_INT(rj.of.i32, 0);
    /* call_indirect: direct in the common case, the interpreter's traps otherwise */
    CHECK_EQ_INT(rig_call(r, "ci", 3, &rj, 1), HEARTH_OK);
    CHECK_EQ_INT(rj.of.i32, 2);
    CHECK_EQ_INT(rig_call(r, "ci3", 0, &rj, 1), HEARTH_OK);
    CHECK_EQ_INT(rj.of.i32, 81);
    CHECK_EQ_INT(rig_call(r, "ci", 2, &rj, 1), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(r->s), HEARTH_TRAP_UNINITIALIZED_ELEMENT);
    CHECK_EQ_INT(rig_call(r, "ci", 6, &rj, 1), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(r->s), HEARTH_TRAP_UNDEFINED_ELEMENT);
    CHECK_EQ_INT(rig_call(r, "ci3bad", 0, &rj, 1), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(r->s), HEARTH_TRAP_INDIRECT_CALL_TYPE);
    /* A long fill runs out of fuel part way, in both tiers alike. */
    hearth_store_set_fuel(r->s, 100);
    CHECK_EQ_INT(rig_call(r, "fill", 65536, NULL, 0), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(r->s), HEARTH_TRAP_FUEL);
    CHECK_EQ_INT(hearth_store_fuel(r->s), 0);
    hearth_store_set_fuel(r->s, 1000);
    CHECK_EQ_INT(rig_call(r, "fill", 4096, NULL, 0), HEARTH_OK);
    if (k) rig_interp(r, false);
  }
  CHECK_EQ_INT(hearth_store_fuel(j.s), hearth_store_fuel(t.s));
  rig_free(&j);
  rig_free(&t);
}

/* ---- the register cache (jit.c emit_fast): more live values than registers (eviction), f32/f64
 * in xmm registers (an f32's slot stays zero-extended), byte stores and sign extensions from
 * every pool register, branch values left on the stack, a trap with locals held in registers. */
static const char k_rc_wat[] =
    "(module\n"
    "  (memory (export \"memory\") 1)\n"
    "  (global $g (mut i64) (i64.const 5))\n"
    "  (func (export \"pressure\") (param $n i32) (result i64)\n"
    "    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $f i32)\n"
    "    (local $h i32) (local $i i32) (local $j i32) (local $k i32) (local $acc i64)\n"
    "    ;; values in registers on entry to the loop: the back-edge (and its budget refill) keep them\n"
    "    (local.set $acc (i64.extend_i32_u (local.get $n)))\n"
    "    (local.set $k (i32.add (local.get $n) (i32.const 3)))\n"
    "    (local.set $a (i32.mul (local.get $k) (local.get $n)))\n"
    "    (loop $l\n"
    "      (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (i32.add (local.get $k) (local.get $a)))))\n"
    "      (local.set $a (i32.add (local.get $n) (i32.const 1)))\n"
    "      (local.set $b (i32.mul (local.get $a) (i32.const 3)))\n"
    "      (local.set $c (i32.xor (local.get $b) (local.get $a)))\n"
    "      (local.set $d (i32.shl (local.get $c) (local.get $a)))\n"
    "      (local.set $e (i32.rotr (local.get $d) (local.get $b)))\n"
    "      (local.set $f (i32.sub (local.get $e) (local.get $c)))\n"
    "      (local.set $h (i32.shr_s (local.get $f) (i32.const 3)))\n"
    "      (local.set $i (i32.or (local.get $h) (local.get $d)))\n"
    "      (local.set $j (i32.and (local.get $i) (local.get $e)))\n"
    "      (local.set $k (select (local.get $j) (local.get $h) (i32.lt_s (local.get $f) (local.get $i))))\n"
    "      (local.set $acc (i64.add (local.get $acc)\n"
    "        (i64.add\n"
    "          (i64.add (i64.extend_i32_u (i32.add (i32.add (local.get $a) (local.get $b)) (i32.add (local.get $c) (local.get $d))))\n"
    "                   (i64.extend_i32_s (i32.add (i32.add (local.get $e) (local.get $f)) (i32.add (local.get $h) (local.get $i)))))\n"
    "          (i64.mul (i64.extend_i32_u (local.get $j)) (i64.extend_i32_s (local.get $k))))))\n"
    "      (global.set $g (i64.rotl (global.get $g) (i64.extend_i32_u (local.get $k))))\n"
    "      (local.set $n (i32.sub (local.get $n) (i32.const 1)))\n"
    "      (br_if $l (i32.gt_s (local.get $n) (i32.const 0))))\n"
    "    (i64.xor (local.get $acc) (global.get $g)))\n"
    "  (func (export \"fpressure\") (param $n i32) (result i64)\n"
    "    (local $x f64) (local $y f32) (local $acc i64)\n"
    "    (loop $l\n"
    "      (local.set $x (f64.convert_i32_s (local.get $n)))\n"
    "      (local.set $acc (i64.add (local.get $acc) (i64.reinterpret_f64\n"
    "        (f64.add\n"
    "          (f64.add\n"
    "            (f64.add (f64.add (f64.mul (local.get $x) (f64.const 1.5)) (f64.sub (local.get $x) (f64.const 2.25)))\n"
    "                     (f64.add (f64.div (local.get $x) (f64.const 3.0)) (f64.mul (local.get $x) (local.get $x))))\n"
    "            (f64.add (f64.add (f64.sqrt (f64.abs (local.get $x))) (f64.sub (f64.const 7.0) (local.get $x)))\n"
    "                     (f64.add (f64.mul (f64.const 0.5) (local.get $x)) (f64.div (f64.const 1.0) (f64.add (local.get $x) (f64.const 0.5))))))\n"
    "          (f64.add\n"
    "            (f64.add (f64.add (f64.mul (local.get $x) (f64.const 2.5)) (f64.sub (local.get $x) (f64.const 4.25)))\n"
    "                     (f64.add (f64.div (local.get $x) (f64.const 5.0)) (f64.mul (local.get $x) (f64.const 6.0))))\n"
    "            (f64.add (f64.add (f64.sqrt (f64.add (local.get $x) (f64.const 100.0))) (f64.sub (f64.const 9.0) (local.get $x)))\n"
    "                     (f64.add (f64.mul (f64.const 0.25) (local.get $x)) (f64.div (f64.const 3.0) (f64.add (local.get $x) (f64.const 0.75))))))))))\n"
    "      (local.set $y (f32.mul (f32.convert_i32_s (local.get $n)) (f32.const 1.25)))\n"
    "      (local.set $y (f32.sqrt (f32.add (local.get $y) (f32.sub (local.get $y) (f32.const 0.5)))))\n"
    "      ;; an f32 held in an xmm register: its slot's upper half must read as zero\n"
    "      (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (i32.reinterpret_f32 (local.get $y)))))\n"
    "      (f64.store (i32.const 64) (local.get $x))\n"
    "      (f32.store (i32.const 72) (local.get $y))\n"
    "      (local.set $acc (i64.add (local.get $acc) (i64.load (i32.const 64))))\n"
    "      (local.set $acc (i64.add (local.get $acc) (i64.load (i32.const 72))))\n"
    "      (local.set $n (i32.sub (local.get $n) (i32.const 1)))\n"
    "      (br_if $l (i32.gt_s (local.get $n) (i32.const 0))))\n"
    "    (local.get $acc))\n"
    "  (func (export \"bytes\") (param $n i32) (result i64)\n"
    "    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $f i32) (local $h i32)\n"
    "    (local.set $a (i32.add (local.get $n) (i32.const 0x181)))\n"
    "    (local.set $b (i32.add (local.get $n) (i32.const 0x282)))\n"
    "    (local.set $c (i32.add (local.get $n) (i32.const 0x383)))\n"
    "    (local.set $d (i32.add (local.get $n) (i32.const 0x4f4)))\n"
    "    (local.set $e (i32.add (local.get $n) (i32.const 0x585)))\n"
    "    (local.set $f (i32.add (local.get $n) (i32.const 0x6f6)))\n"
    "    (local.set $h (i32.add (local.get $n) (i32.const 0x787)))\n"
    "    (i32.store8 (i32.const 100) (local.get $a)) (i32.store8 (i32.const 101) (local.get $b))\n"
    "    (i32.store8 (i32.const 102) (local.get $c)) (i32.store8 (i32.const 103) (local.get $d))\n"
    "    (i32.store8 (i32.const 104) (local.get $e)) (i32.store8 (i32.const 105) (local.get $f))\n"
    "    (i32.store8 (i32.const 106) (local.get $h))\n"
    "    (i32.store16 offset=7 (i32.const 100) (local.get $h))\n"
    "    (i64.add (i64.load (i32.const 100))\n"
    "      (i64.extend_i32_u (i32.add (i32.add (i32.add (i32.extend8_s (local.get $a)) (i32.extend8_s (local.get $b)))\n"
    "                                          (i32.add (i32.extend8_s (local.get $c)) (i32.extend8_s (local.get $d))))\n"
    "                                 (i32.add (i32.add (i32.extend8_s (local.get $e)) (i32.extend8_s (local.get $f)))\n"
    "                                          (i32.extend16_s (local.get $h)))))))\n"
    "  (func (export \"brvals\") (param $n i32) (result i64)\n"
    "    (local $i i32)\n"
    "    (i64.extend_i32_u\n"
    "      (i32.add\n"
    "        (block $b (result i32)\n"
    "          (i32.add (local.get $n) (i32.const 10))\n"
    "          (br_if $b (i32.gt_u (local.get $n) (i32.const 5)))\n"
    "          (drop)\n"
    "          (local.set $i (i32.mul (local.get $n) (i32.const 7)))\n"
    "          (i32.add (local.get $i) (br_if $b (i32.const 3) (i32.eqz (local.get $n)))))\n"
    "        (local.get $i))))\n"
    "  (global $cnt (mut i32) (i32.const 0))\n"
    "  ;; a backward compare whose check point runs out of fuel: the interpreter runs it again from\n"
    "  ;; the frame, so its popped operand must be there (not a stale value of an earlier run)\n"
    "  (func (export \"count\") (param $n i32) (result i64)\n"
    "    (global.set $cnt (i32.const 0))\n"
    "    (loop $l\n"
    "      (global.set $cnt (i32.add (global.get $cnt) (i32.const 1)))\n"
    "      (br_if $l (i32.lt_u (global.get $cnt) (local.get $n))))\n"
    "    (i64.extend_i32_u (global.get $cnt)))\n"
    "  ;; locals changed in registers, then an out-of-bounds store traps: the same trap and fuel\n"
    "  (func (export \"oob\") (param $n i32) (result i64)\n"
    "    (local $a i64)\n"
    "    (local.set $a (i64.extend_i32_u (local.get $n)))\n"
    "    (local.set $a (i64.mul (local.get $a) (i64.const 3)))\n"
    "    (i64.store (i32.const 200) (local.get $a))\n"
    "    (i64.store offset=65520 (local.get $n) (local.get $a))\n"
    "    (local.get $a)))\n";

static void register_cache_matches_interpreter(void) {
  rig j, t;
  rig_new(&j, k_rc_wat, sizeof k_rc_wat - 1);
  rig_new(&t, k_rc_wat, sizeof k_rc_wat - 1);
  if (H_JIT && h_jit_enabled())
    for (uint32_t k = 0; k < j.m->nfuncs; k++) CHECK(j.m->code[k].jit != NULL);
  /* count: the interpreter leaves 100 in the compare's operand slot, then machine code with too
   * little fuel must trap as the interpreter does (not finish with the stale operand). */
  hearth_val rv;
  hearth_store_set_fuel(j.s, 1000);
  rig_interp(&j, true);
  CHECK_EQ_INT(rig_call(&j, "count", 100, &rv, 1), HEARTH_OK);
  CHECK_EQ_INT(rv.of.i64, 100);
  rig_interp(&j, false);
  for (int k = 0; k < 3; k++) {
    hearth_store_set_fuel(j.s, 20);
    CHECK_EQ_INT(rig_call(&j, "count", 50, &rv, 1), HEARTH_ERR_TRAP); /* the stale 100 would end it */
    CHECK_EQ_INT(hearth_store_trap(j.s), HEARTH_TRAP_FUEL);
  }
  rig_interp(&t, true);
  hearth_store_set_fuel(j.s, 10000000);
  hearth_store_set_fuel(t.s, 10000000);
  static const char *const names[] = {"pressure", "fpressure", "bytes", "brvals", "oob"};
  static const int64_t args[] = {0, 1, 3, 6, 7, 100, 65535, -5};
  size_t traps = 0;
  for (size_t f = 0; f < sizeof names / sizeof *names; f++) {
    for (size_t a = 0; a < sizeof args / sizeof *args; a++) {
      hearth_val rj = {0}, rt = {0};
      hearth_status sj = rig_call(&j, names[f], args[a], &rj, 1);
      hearth_status st = rig_call(&t, names[f], args[a], &rt, 1);
      if (sj != st || rj.of.i64 != rt.of.i64)
        fprintf(stderr, "%s(%lld): jit %d %lld, interp %d %lld\n", names[f], (long long)args[a], (int)sj,
                (long long)rj.of.i64, (int)st, (long long)rt.of.i64);
      CHECK_EQ_INT(sj, st);
      if (sj == HEARTH_OK) {
        CHECK_EQ_INT(rj.of.i64, rt.of.i64);
      } else {
        CHECK_EQ_INT(hearth_store_trap(j.s), hearth_store_trap(t.s));
        traps++;
      }
      CHECK_EQ_INT(hearth_store_fuel(j.s), hearth_store_fuel(t.s));
    }
  }
  CHECK(traps >= 2); /* oob at 65535 and -5 */
  hearth_store_set_fuel(j.s, 10000000);
  hearth_store_set_fuel(t.s, 10000000);
  hearth_memory *mj = rig_export(&j, "memory").of.memory, *mt = rig_export(&t, "memory").of.memory;
  CHECK_EQ_INT(memcmp(mj->base, mt->base, 65536), 0);
  const uint8_t *dj = h_mem_dirty_map(mj), *dt = h_mem_dirty_map(mt);
  for (uint32_t g = 0; g < (65536 >> H_DIRTY_SHIFT); g++) CHECK_EQ_INT(dj[g], dt[g]);
  rig_interp(&t, false);
  rig_free(&j);
  rig_free(&t);
}

/* Loops whose back-edges keep locals in registers without storing them (jit.c back_edge), forward
 * exits that store only when taken (fwd_branch) and a br_table dispatch loop whose cases get the
 * registers of the dispatch: for every fuel from 0 to past the end, machine code ends as the
 * interpreter does (result or trap, fuel left, the global and memory written per iteration); with
 * ample fuel, the refills in the middle (every H_BUDGET_CHUNK units) change nothing. */
static const char k_loops_wat[] =
    "(module\n"
    "  (memory (export \"memory\") 1)\n"
    "  (global $g (export \"g\") (mut i32) (i32.const 0))\n"
    "  (func (export \"mix\") (param $n i32) (result i64)\n"
    "    (local $i i32) (local $a i64) (local $b i64) (local $c i32) (local $x f64)\n"
    "    (local.set $a (i64.const 1))\n"
    "    (block $out\n"
    "      (loop $l\n"
    "        (local.set $b (i64.add (local.get $b) (local.get $a)))\n"
    "        (local.set $a (i64.xor (local.get $a) (i64.shl (local.get $b) (i64.const 3))))\n"
    "        (local.set $x (f64.add (local.get $x) (f64.convert_i64_s (i64.and (local.get $a) (i64.const 255)))))\n"
    "        (br_if $out (i32.eq (local.get $c) (i32.const 1000)))\n"
    "        (local.set $c (i32.add (local.get $c) (i32.wrap_i64 (local.get $a))))\n"
    "        (if (i32.and (local.get $c) (i32.const 1))\n"
    "          (then (local.set $b (i64.sub (local.get $b) (i64.const 5)))))\n"
    "        (i32.store (i32.and (i32.shl (local.get $i) (i32.const 2)) (i32.const 1023)) (local.get $c))\n"
    "        (global.set $g (i32.add (global.get $g) (i32.const 1)))\n"
    "        (local.set $i (i32.add (local.get $i) (i32.const 1)))\n"
    "        (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))\n"
    "    (i64.add (i64.add (local.get $a) (i64.extend_i32_u (local.get $c))) (i64.trunc_f64_s (local.get $x))))\n"
    "  (func (export \"vm\") (param $n i32) (result i64)\n"
    "    (local $pc i32) (local $acc i64) (local $x i32) (local $k i32)\n"
    "    (block $done\n"
    "      (loop $next\n"
    "        (local.set $k (i32.add (local.get $k) (i32.const 1)))\n"
    "        (br_if $done (i32.gt_u (local.get $k) (local.get $n)))\n"
    "        (block $c3 (block $c2 (block $c1 (block $c0\n"
    "          (br_table $c0 $c1 $c2 $c3 $c0 $c1 $c2 $done (i32.and (local.get $pc) (i32.const 7))))\n"
    "          (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (local.get $x))))\n"
    "          (local.set $pc (i32.add (local.get $pc) (i32.const 1)))\n"
    "          (br $next))\n"
    "          (local.set $x (i32.add (i32.mul (local.get $x) (i32.const 7)) (i32.const 3)))\n"
    "          (local.set $pc (i32.add (local.get $pc) (i32.const 2)))\n"
    "          (br $next))\n"
    "          (local.set $acc (i64.mul (local.get $acc) (i64.const 3)))\n"
    "          (local.set $pc (i32.add (local.get $pc) (i32.const 3)))\n"
    "          (global.set $g (i32.add (global.get $g) (i32.const 1)))\n"
    "          (br $next))\n"
    "        (local.set $x (i32.xor (local.get $x) (local.get $pc)))\n"
    "        (i32.store (i32.and (local.get $pc) (i32.const 1020)) (local.get $x))\n"
    "        (local.set $pc (i32.add (local.get $pc) (i32.const 1)))\n"
    "        (br $next)))\n"
    "    ;; a helper (the conversion) reads the frame: what the loop kept in registers is stored\n"
    "    (i64.add (local.get $acc) (i64.trunc_f64_s (f64.convert_i32_u (local.get $x)))))\n"
    "  ;; two ways out of the loop to one label, the first one in its middle, then a helper reads\n"
    "  ;; the frame\n"
    "  (func (export \"scan\") (param $n i32) (result i64)\n"
    "    (local $i i32) (local $s i64)\n"
    "    (local.set $s (i64.extend_i32_u (local.get $n)))\n"
    "    (block $out\n"
    "      (loop $l\n"
    "        (local.set $s (i64.add (local.get $s) (i64.extend_i32_u (local.get $i))))\n"
    "        (local.set $i (i32.add (local.get $i) (i32.const 1)))\n"
    "        (br_if $out (i32.eq (local.get $i) (i32.const 4321)))\n"
    "        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))\n"
    "        (br $l)))\n"
    "    (i64.add (local.get $s) (i64.trunc_f64_s (f64.convert_i32_u (local.get $i)))))\n"
    "  ;; $t is written first thing in the loop: a back-edge drops its value (jit.c header_kills);\n"
    "  ;; $u is written after a branch out of the loop, read after it, so it is kept; $v, written\n"
    "  ;; first, is the back-edge's own operand (its check point may have it run again: a stale\n"
    "  ;; 1000000 would end the loop instead of the trap)\n"
    "  (func (export \"kill\") (param $n i32) (result i64)\n"
    "    (local $i i32) (local $t i64) (local $u i64) (local $v i32) (local $acc i64)\n"
    "    (local.set $t (i64.const 5))\n"
    "    (local.set $v (i32.const 1000000))\n"
    "    (block $out\n"
    "      (loop $l\n"
    "        (local.set $v (i32.add (local.get $i) (i32.const 1)))\n"
    "        (local.set $t (i64.extend_i32_u (local.get $i)))\n"
    "        (br_if $out (i32.eq (local.get $i) (i32.const 97)))\n"
    "        (local.set $u (i64.mul (local.get $t) (local.get $t)))\n"
    "        (local.set $acc (i64.add (local.get $acc) (local.get $u)))\n"
    "        (local.set $i (local.get $v))\n"
    "        (br_if $l (i32.lt_u (local.get $v) (local.get $n)))))\n"
    "    (i64.add (i64.add (local.get $acc) (local.get $u))\n"
    "      (i64.trunc_f64_s (f64.convert_i64_u (i64.add (local.get $t) (i64.extend_i32_u (local.get $v)))))))\n"
    "  ;; no store in the loop: a refill that traps at the back-edge must store $t first, else the\n"
    "  ;; interpreter, running the br_if again, reads its value from before the loop (0) and leaves\n"
    "  (func (export \"toggle\") (param $n i32) (result i64)\n"
    "    (local $t i32) (local $s i32)\n"
    "    (local.set $t (i32.mul (local.get $n) (i32.const 0)))\n"
    "    (loop $l\n"
    "      (local.set $t (i32.and (i32.add (i32.mul (local.get $t) (i32.const 5)) (i32.const 1)) (i32.const 7)))\n"
    "      (local.set $s (i32.add (local.get $s) (local.get $t)))\n"
    "      (global.set $g (i32.add (global.get $g) (i32.const 1)))\n"
    "      (br_if $l (i32.or (local.get $t) (i32.lt_u (global.get $g) (local.get $n)))))\n"
    "    (i64.extend_i32_u (local.get $s))))\n";

static void loops_keep_registers(void) {
  rig j, t;
  rig_new(&j, k_loops_wat, sizeof k_loops_wat - 1);
  rig_new(&t, k_loops_wat, sizeof k_loops_wat - 1);
  if (H_JIT && h_jit_enabled())
    for (uint32_t k = 0; k < j.m->nfuncs; k++) CHECK(has_machine_code(j.m, k));
  rig_interp(&t, true);
  hearth_global *gj = rig_export(&j, "g").of.global, *gt = rig_export(&t, "g").of.global;
  hearth_memory *mj = rig_export(&j, "memory").of.memory, *mt = rig_export(&t, "memory").of.memory;
  static const char *const names[] = {"mix", "vm", "toggle", "scan", "kill"};
  size_t traps = 0, oks = 0;
  for (size_t f = 0; f < 5; f++) {
    /* ample fuel: refills every H_BUDGET_CHUNK units in the middle of the loops */
    static const int64_t ns[] = {0, 1, 2, 7, 100, 4321, 5000, 100000};
    for (size_t a = 0; a < sizeof ns / sizeof *ns; a++) {
      hearth_val rj = {0}, rt = {0};
      hearth_store_set_fuel(j.s, 100000000);
      hearth_store_set_fuel(t.s, 100000000);
      CHECK_EQ_INT(rig_call(&j, names[f], ns[a], &rj, 1), HEARTH_OK);
      CHECK_EQ_INT(rig_call(&t, names[f], ns[a], &rt, 1), HEARTH_OK);
      CHECK_EQ_INT(rj.of.i64, rt.of.i64);
      CHECK_EQ_INT(hearth_store_fuel(j.s), hearth_store_fuel(t.s));
    }
    /* every fuel up to past the end of a 150-iteration run */
    for (uint64_t fuel = 0; fuel < 700; fuel++) {
      hearth_val rj = {0}, rt = {0}, vj, vt;
      hearth_global_set(gj, &(hearth_val){.type = HEARTH_I32, .of.i32 = 0});
      hearth_global_set(gt, &(hearth_val){.type = HEARTH_I32, .of.i32 = 0});
      hearth_store_set_fuel(j.s, fuel);
      hearth_store_set_fuel(t.s, fuel);
      hearth_status sj = rig_call(&j, names[f], 150, &rj, 1);
      hearth_status st = rig_call(&t, names[f], 150, &rt, 1);
      if (sj != st || (sj == HEARTH_OK && rj.of.i64 != rt.of.i64))
        fprintf(stderr, "%s fuel %llu: jit %d %lld, interp %d %lld\n", names[f], (unsigned long long)fuel,
                (int)sj, (long long)rj.of.i64, (int)st, (long long)rt.of.i64);
      CHECK_EQ_INT(sj, st);
      if (sj == HEARTH_OK) {
        CHECK_EQ_INT(rj.of.i64, rt.of.i64);
        oks++;
      } else {
        CHECK_EQ_INT(hearth_store_trap(j.s), HEARTH_TRAP_FUEL);
        CHECK_EQ_INT(hearth_store_trap(t.s), HEARTH_TRAP_FUEL);
        traps++;
      }
      CHECK_EQ_INT(hearth_store_fuel(j.s), hearth_store_fuel(t.s));
      hearth_global_get(gj, &vj);
      hearth_global_get(gt, &vt);
      CHECK_EQ_INT(vj.of.i32, vt.of.i32);
      CHECK_EQ_INT(memcmp(mj->base, mt->base, 1024), 0);
    }
  }
  CHECK(traps > 100 && oks > 100); /* both ends of the sweep */
  rig_interp(&t, false);
  rig_free(&j);
  rig_free(&t);
}

/* ---- direct calls between machine code */

static const char k_calls_wat[] =
    "(module\n"
    "  (tag $boom (param i32))\n"
    "  (func $down (export \"down\") (param $n i32) (result i32)\n"
    "    (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 0))\n"
    "      (else (i32.add (call $down (i32.sub (local.get $n) (i32.const 1))) (i32.const 1)))))\n"
    "  (func $c (export \"c\") (param $n i32) (result i32) (i32.mul (call $b (local.get $n)) (i32.const 3)))\n"
    "  (func $b (param $n i32) (result i32) (i32.add (call $a (local.get $n)) (i32.const 1)))\n"
    "  (func $a (param $n i32) (result i32) (local i64 i64)\n"
    "    (if (i32.eq (local.get $n) (i32.const 7)) (then (throw $boom (i32.const 42))))\n"
    "    (i32.div_u (i32.const 100) (local.get $n)))\n"
    "  (func (export \"catch\") (param $n i32) (result i32)\n"
    "    (block $h (result i32)\n"
    "      (try_table (result i32) (catch $boom $h) (call $c (local.get $n))))))\n";

/* Deep recursion through direct calls keeps the call-depth limit (the trap is the interpreter's,
 * the same depth passes and fails in both tiers) and goes deeper than one machine stack's worth
 * of direct calls; fuel counts the calls as the interpreter does. */
static void direct_calls_depth(void) {
  rig r;
  rig_new(&r, k_calls_wat, sizeof k_calls_wat - 1);
  if (H_JIT && h_jit_enabled()) CHECK(r.m->code[0].jit != NULL && r.m->code[0].jit->direct != NULL);
  hearth_val v;
  int32_t deepest[2] = {0, 0};
  for (int k = 0; k < 2; k++) {
    if (k) rig_interp(&r, true);
    hearth_store_set_max_call_depth(r.s, 50);
    for (int32_t d = 40; d < 60; d++) {
      hearth_status st = rig_call(&r, "down", d, &v, 1);
      if (st != HEARTH_OK) {
        CHECK_EQ_INT(st, HEARTH_ERR_TRAP);
        CHECK_EQ_INT(hearth_store_trap(r.s), HEARTH_TRAP_STACK_EXHAUSTED);
        break;
      }
      CHECK_EQ_INT(v.of.i32, d);
      deepest[k] = d;
    }
    CHECK_EQ_INT(rig_call(&r, "down", 10, &v, 1), HEARTH_OK); /* the store works afterwards */
    CHECK_EQ_INT(v.of.i32, 10);
    hearth_store_set_max_call_depth(r.s, 200000);
    CHECK_EQ_INT(rig_call(&r, "down", 100000, &v, 1), HEARTH_OK);
    CHECK_EQ_INT(v.of.i32, 100000);
    if (k) rig_interp(&r, false);
  }
  CHECK(deepest[0] > 40 && deepest[0] < 59);
  CHECK_EQ_INT(deepest[0], deepest[1]);
  uint64_t left[2];
  for (int k = 0; k < 2; k++) {
    if (k) rig_interp(&r, true);
    hearth_store_set_fuel(r.s, 100000);
    CHECK_EQ_INT(rig_call(&r, "down", 5000, &v, 1), HEARTH_OK);
    left[k] = hearth_store_fuel(r.s);
    hearth_store_set_fuel(r.s, 3000); /* runs out inside the recursion */
    CHECK_EQ_INT(rig_call(&r, "down", 5000, &v, 1), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(r.s), HEARTH_TRAP_FUEL);
    hearth_store_set_fuel(r.s, UINT64_MAX);
    if (k) rig_interp(&r, false);
  }
  CHECK_EQ_INT(left[0], left[1]);
  CHECK(left[0] <= 100000 - 5000); /* a unit per call */
  rig_free(&r);
}

/* Direct calls to a callee whose machine code existed when the caller was compiled take its entry
 * and frame size as constants (jit.c emit_call): $a calls $b (compiled before it), $b calls $a
 * (not compiled yet then). $b's frame of 40 slots reaches the slot-stack limit before the call
 * depth does: the same depth passes and fails in both tiers, and fuel counts the same. */
static const char k_known_wat[] =
    "(module\n"
    "  (global $depth (export \"depth\") (mut i32) (i32.const 0))\n"
    "  (func $b (param $n i32) (result i64)\n"
    "    (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)\n"
    "    (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)\n"
    "    (local.set 1 (i64.extend_i32_u (local.get $n)))\n"
    "    (global.set $depth (i32.add (global.get $depth) (i32.const 1)))\n"
    "    (if (result i64) (i32.eqz (local.get $n)) (then (i64.const 1))\n"
    "      (else (i64.add (local.get 1) (call $a (i32.sub (local.get $n) (i32.const 1)))))))\n"
    "  (func $a (export \"a\") (param $n i32) (result i64)\n"
    "    (i64.mul (call $b (local.get $n)) (i64.const 3))))\n";

static void direct_calls_known_callee(void) {
  /* 40 stack sizes, a slot apart: the limit falls in every slot of the frames' period, so the
   * call that fails is $a's (known callee) for some and $b's for others */
  for (uint32_t extra = 0; extra < 40; extra++) {
    rig r;
    hearth_config cfg = {.max_stack_bytes = 64 * 1024 + 8 * extra};
    CHECK_EQ_INT(hearth_engine_new(&cfg, &r.e), HEARTH_OK);
    CHECK_EQ_INT(hearth_module_new_wat(r.e, k_known_wat, sizeof k_known_wat - 1, &r.m), HEARTH_OK);
    CHECK_EQ_INT(hearth_module_compile_all(r.m), HEARTH_OK); /* in order: $b, then $a */
    CHECK_EQ_INT(hearth_store_new(r.e, &r.s), HEARTH_OK);
    CHECK_EQ_INT(hearth_instance_new(r.s, NULL, r.m, &r.i), HEARTH_OK);
    if (H_JIT && h_jit_enabled()) CHECK(has_machine_code(r.m, 0) && has_machine_code(r.m, 1));
    hearth_global *g = rig_export(&r, "depth").of.global;
    hearth_val v, gv;
    int32_t deepest[2] = {0, 0};
    uint64_t left[2] = {0, 0};
    int64_t res[2] = {0, 0};
    for (int k = 0; k < 2; k++) {
      if (k) rig_interp(&r, true);
      hearth_global_set(g, &(hearth_val){.type = HEARTH_I32, .of.i32 = 0});
      CHECK_EQ_INT(rig_call(&r, "a", 5000, &v, 1), HEARTH_ERR_TRAP);
      CHECK_EQ_INT(hearth_store_trap(r.s), HEARTH_TRAP_STACK_EXHAUSTED);
      hearth_global_get(g, &gv);
      deepest[k] = gv.of.i32;
      hearth_store_set_fuel(r.s, 100000);
      CHECK_EQ_INT(rig_call(&r, "a", 100, &v, 1), HEARTH_OK);
      res[k] = v.of.i64;
      left[k] = hearth_store_fuel(r.s);
      hearth_store_set_fuel(r.s, UINT64_MAX);
      if (k) rig_interp(&r, false);
    }
    CHECK(deepest[0] > 100 && deepest[0] < 1000); /* the slot stack, not the depth limit */
    CHECK_EQ_INT(deepest[0], deepest[1]);
    CHECK_EQ_INT(res[0], res[1]);
    CHECK_EQ_INT(left[0], left[1]);
    rig_free(&r);
  }
}

/* A trap two direct calls deep has the interpreter's backtrace; an exception thrown there unwinds
 * the frames direct calls pushed to a handler in an interpreted function. */
static void direct_calls_trap_backtrace(void) {
  rig r;
  rig_new(&r, k_calls_wat, sizeof k_calls_wat - 1);
  const char *names[2][8];
  size_t n[2];
  hearth_val v;
  for (int k = 0; k < 2; k++) {
    if (k) rig_interp(&r, true);
    CHECK_EQ_INT(rig_call(&r, "c", 5, &v, 1), HEARTH_OK);
    CHECK_EQ_INT(v.of.i32, 63);
    CHECK_EQ_INT(rig_call(&r, "c", 0, &v, 1), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(r.s), HEARTH_TRAP_INT_DIV_ZERO);
    n[k] = hearth_store_backtrace(r.s, names[k], 8);
    CHECK_EQ_INT(rig_call(&r, "catch", 7, &v, 1), HEARTH_OK);
    CHECK_EQ_INT(v.of.i32, 42);
    CHECK_EQ_INT(rig_call(&r, "catch", 4, &v, 1), HEARTH_OK);
    CHECK_EQ_INT(v.of.i32, 78);
    if (k) rig_interp(&r, false);
  }
  CHECK_EQ_INT(n[0], 3);
  CHECK_EQ_INT(n[0], n[1]);
  for (size_t k = 0; k < n[0]; k++) CHECK(strcmp(names[0][k], names[1][k]) == 0);
  CHECK(strcmp(names[0][0], "a") == 0 && strcmp(names[0][2], "c") == 0);
  rig_free(&r);
}

/* A loop whose header keeps locals in registers across back-edges (acc, loaded before the loop),
 * so that machine code entered there from the interpreter goes through the header's entry stub;
 * a global counts iterations, so that where fuel runs out is visible. */
static const char k_loop_wat[] =
    "(module\n"
    "  (global $it (export \"it\") (mut i32) (i32.const 0))\n"
    "  (func (export \"sum\") (param $n i32) (result i64) (local $i i32) (local $acc i64) (local $x f64)\n"
    "    (local.set $acc (i64.extend_i32_u (local.get $n)))\n"
    "    (loop $l\n"
    "      (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (local.get $i))))\n"
    "      (local.set $x (f64.add (local.get $x) (f64.const 0.5)))\n"
    "      (global.set $it (i32.add (global.get $it) (i32.const 1)))\n"
    "      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n"
    "      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))\n"
    "    (i64.add (local.get $acc) (i64.trunc_f64_s (local.get $x)))))\n";
static int64_t sum_expected(int64_t n) { return n + n * (n - 1) / 2 + n / 2; }

/* A rig whose functions compile lazily (rig_new compiles everything up front). */
static void rig_new_lazy(rig *r, const char *wat, size_t len) {
  CHECK_EQ_INT(hearth_engine_new(NULL, &r->e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new_wat(r->e, wat, len, &r->m), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(r->e, &r->s), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(r->s, NULL, r->m, &r->i), HEARTH_OK);
}
static int32_t rig_global(rig *r, const char *name) {
  hearth_val v;
  hearth_global_get(rig_export(r, name).of.global, &v);
  return v.of.i32;
}

/* A function called once whose loop runs hot is compiled during that call and continues in
 * machine code at its loop header (through the header's register-loading stub): the same result,
 * the same fuel and the same place where fuel runs out as the interpreter, which runs the same
 * module in another store with the machine code hidden. */
static void tier_up_loop_entry(void) {
  if (!H_JIT || !h_jit_enabled() || h_jit_call_threshold() < 2) return; /* nothing deferred */
  rig t, r;
  rig_new(&r, k_loop_wat, sizeof k_loop_wat - 1); /* the reference: compile_all, then hidden */
  rig_interp(&r, true);
  hearth_val v;
  const uint64_t F = 10000000;
  for (int round = 0; round < 2; round++) { /* a fresh module each time: sum called once */
    rig_new_lazy(&t, k_loop_wat, sizeof k_loop_wat - 1);
    uint64_t before = h_jit_osr_taken();
    hearth_store_set_fuel(t.s, F);
    hearth_store_set_fuel(r.s, F);
    if (round == 0) { /* runs to the end */
      CHECK_EQ_INT(rig_call(&t, "sum", 100000, &v, 1), HEARTH_OK);
      CHECK_EQ_INT(v.of.i64, sum_expected(100000));
      CHECK_EQ_INT(rig_call(&r, "sum", 100000, &v, 1), HEARTH_OK);
      CHECK_EQ_INT(v.of.i64, sum_expected(100000));
    } else { /* fuel runs out in machine code, after the loop entry */
      hearth_store_set_fuel(t.s, 5000);
      hearth_store_set_fuel(r.s, 5000);
      CHECK_EQ_INT(rig_call(&t, "sum", 100000, &v, 1), HEARTH_ERR_TRAP);
      CHECK_EQ_INT(hearth_store_trap(t.s), HEARTH_TRAP_FUEL);
      CHECK_EQ_INT(rig_call(&r, "sum", 100000, &v, 1), HEARTH_ERR_TRAP);
      CHECK_EQ_INT(hearth_store_trap(r.s), HEARTH_TRAP_FUEL);
    }
    CHECK(has_machine_code(t.m, 0));       /* compiled during its first call */
    CHECK(h_jit_osr_taken() > before);     /* and entered at the loop header */
    CHECK_EQ_INT(hearth_store_fuel(t.s), hearth_store_fuel(r.s));
    CHECK_EQ_INT(rig_global(&t, "it"), rig_global(&r, "it"));
    /* a unit per back-edge: 5,000 taken, the 5,001st iteration's finds none (after the entry) */
    if (round == 1) CHECK_EQ_INT(rig_global(&t, "it"), 5001);
    hearth_global_set(rig_export(&r, "it").of.global, &(hearth_val){.type = HEARTH_I32, .of.i32 = 0});
    rig_free(&t);
  }
  rig_interp(&r, false);
  rig_free(&r);
}

/* Calls from machine code to a function whose compilation is deferred go through the interpreter
 * (which counts them) until it has machine code, then directly; results and fuel match the
 * interpreter's at every step. */
static void tier_up_calls(void) {
  if (!H_JIT || !h_jit_enabled() || h_jit_call_threshold() < 2) return;
  static const char wat[] =
      "(module\n"
      "  (func $sq (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))\n"
      "  (func (export \"outer\") (param $n i32) (result i32) (local $i i32) (local $s i32)\n"
      "    (loop $l\n"
      "      (local.set $s (i32.add (local.get $s) (call $sq (local.get $i))))\n"
      "      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n"
      "      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))\n"
      "    (local.get $s)))\n";
  rig t, r;
  rig_new_lazy(&t, wat, sizeof wat - 1);
  rig_new(&r, wat, sizeof wat - 1);
  rig_interp(&r, true);
  hearth_val v, w;
  for (int32_t n = 1; n <= 3000; n = n * 3 + 1) {
    hearth_store_set_fuel(t.s, 1000000);
    hearth_store_set_fuel(r.s, 1000000);
    CHECK_EQ_INT(rig_call(&t, "outer", n, &v, 1), HEARTH_OK);
    CHECK_EQ_INT(rig_call(&r, "outer", n, &w, 1), HEARTH_OK);
    CHECK_EQ_INT(v.of.i32, w.of.i32);
    CHECK_EQ_INT(hearth_store_fuel(t.s), hearth_store_fuel(r.s));
  }
  CHECK(has_machine_code(t.m, 0)); /* sq: called many times */
  CHECK(has_machine_code(t.m, 1)); /* outer: called 7 times */
  rig_free(&t);
  /* outer called once: its loop spends the budget in sq's machine code, whose refills find outer
   * hot among the callers (h_jit_hot); it continues in machine code when sq returns. */
  rig_new_lazy(&t, wat, sizeof wat - 1);
  hearth_store_set_fuel(t.s, 1000000);
  hearth_store_set_fuel(r.s, 1000000);
  CHECK_EQ_INT(rig_call(&t, "outer", 50000, &v, 1), HEARTH_OK);
  CHECK_EQ_INT(rig_call(&r, "outer", 50000, &w, 1), HEARTH_OK);
  CHECK_EQ_INT(v.of.i32, w.of.i32);
  CHECK_EQ_INT(hearth_store_fuel(t.s), hearth_store_fuel(r.s));
  CHECK(has_machine_code(t.m, 1));
  rig_interp(&r, false);
  rig_free(&t);
  rig_free(&r);
}

/* HEARTH_JIT_CALLS=1: machine code on the first call, as before tier-up; hearth_module_compile_all
 * gives every function machine code whatever the threshold. */
static void tier_up_threshold_one(void) {
  setenv("HEARTH_JIT_CALLS", "1", 1); /* read once per process: this case runs in its own */
  if (!H_JIT || !h_jit_enabled()) return;
  CHECK_EQ_INT(h_jit_call_threshold(), 1);
  setup();
  hearth_val r;
  CHECK_EQ_INT(hearth_func_call(fn("grow"), NULL, 0, &r, 1), HEARTH_OK);
  CHECK(has_machine_code(g_m, 1));
  CHECK(g_m->code[2].jit == NULL);
  CHECK_EQ_INT(hearth_module_compile_all(g_m), HEARTH_OK);
  CHECK(has_machine_code(g_m, 2));
  teardown();
}

/* hearth_config.no_reset: the engine's instances are never reset (templates are refused), so
 * machine code leaves the dirty-map mark after each store out; the default engine's code marks
 * every granule a store touched. Both write the same bytes. */
static const char k_nomark_wat[] =
    "(module (memory (export \"memory\") 2)\n"
    "  (func (export \"fill\") (param $n i32) (local $i i32)\n"
    "    (loop $l\n"
    "      (i64.store (i32.shl (local.get $i) (i32.const 3)) (i64.extend_i32_u (local.get $i)))\n"
    "      (i32.store offset=131068 (i32.const 0) (i32.const 7))\n"
    "      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n"
    "      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))))\n";
static void no_reset_no_marks(void) {
  if (!H_JIT || !h_jit_enabled()) return;
  for (int nr = 0; nr < 2; nr++) {
    hearth_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.no_reset = nr == 1;
    rig r;
    CHECK_EQ_INT(hearth_engine_new(&cfg, &r.e), HEARTH_OK);
    CHECK_EQ_INT(hearth_module_new_wat(r.e, k_nomark_wat, sizeof k_nomark_wat - 1, &r.m), HEARTH_OK);
    CHECK_EQ_INT(hearth_module_compile_all(r.m), HEARTH_OK);
    CHECK(has_machine_code(r.m, 0));
    CHECK_EQ_INT(hearth_store_new(r.e, &r.s), HEARTH_OK);
    CHECK_EQ_INT(hearth_instance_new(r.s, NULL, r.m, &r.i), HEARTH_OK);
    CHECK_EQ_INT(rig_call(&r, "fill", 16384, NULL, 0), HEARTH_OK);
    hearth_memory *mem = rig_export(&r, "memory").of.memory;
    uint64_t v;
    CHECK_EQ_INT(hearth_memory_read(mem, 8 * 12345, &v, 8), HEARTH_OK);
    CHECK_EQ_INT(v, 12345);
    uint32_t w;
    CHECK_EQ_INT(hearth_memory_read(mem, 131068, &w, 4), HEARTH_OK);
    CHECK_EQ_INT(w, 7);
    const uint8_t *map = h_mem_dirty_map(mem);
    uint32_t marked = 0;
    for (uint32_t g = 0; g < 2 * 65536 / H_DIRTY_GRANULE; g++) marked += map[g] != 0;
    CHECK_EQ_INT(marked, nr ? 0 : 2 * 65536 / H_DIRTY_GRANULE);
    rig_free(&r);
  }
}

/* ---- GC instructions (3.0) in machine code: context helpers running the interpreter's gcops
 * bodies (interp.c H_GC_XOPS). Each function below has machine code (compile_all) and gives the
 * interpreter's results, traps and fuel; allocations inside machine code find every live
 * reference through the frame the helper publishes (gc.h stack maps). */
static const char k_gc_wat[] =
    "(module\n"
    "  (type $pt (struct (field $v (mut i32)) (field $b (mut i8)) (field $next (mut (ref null $pt)))))\n"
    "  (type $arr (array (mut i32)))\n"
    "  (type $bytes (array (mut i8)))\n"
    "  (type $big (array (mut i64)))\n"
    "  (type $ft (func (param i32) (result i32)))\n"
    "  (data $d \"\\01\\02\\03\\fe\\ff\\80\\7f\\10\")\n"
    "  (elem declare func $sq)\n"
    "  (func $sq (type $ft) (i32.mul (local.get 0) (local.get 0)))\n"
    "  (func (export \"structs\") (param $n i32) (result i64)\n"
    "    (local $k i32) (local $acc i64) (local $s (ref null $pt)) (local $t (ref null $pt))\n"
    "    (loop $l\n"
    "      (local.set $s (struct.new $pt (local.get $k) (i32.mul (local.get $k) (i32.const 37)) (local.get $t)))\n"
    "      (local.set $t (struct.new_default $pt))\n"
    "      (struct.set $pt $v (local.get $t) (i32.add (local.get $k) (i32.const 1)))\n"
    "      (struct.set $pt $next (local.get $t) (local.get $s))\n"
    "      (if (i32.and (local.get $k) (i32.const 1)) (then\n"
    "        (struct.set $pt $b (local.get $s) (i32.add (local.get $k) (i32.const 200)))))\n"
    "      (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 3)) (i64.extend_i32_s\n"
    "        (i32.add (i32.add (struct.get $pt $v (local.get $s)) (struct.get_s $pt $b (local.get $s)))\n"
    "          (i32.add (i32.shl (struct.get_u $pt $b (local.get $s)) (i32.const 8))\n"
    "            (struct.get $pt $v (struct.get $pt $next (local.get $t))))))))\n"
    "      (local.set $k (i32.add (local.get $k) (i32.const 1)))\n"
    "      (br_if $l (i32.lt_s (local.get $k) (local.get $n))))\n"
    "    (i64.add (local.get $acc) (i64.extend_i32_s (struct.get $pt $v (local.get $t)))))\n"
    "  (func (export \"arrays\") (param $n i32) (result i64)\n"
    "    (local $a (ref null $arr)) (local $b (ref null $arr)) (local $c (ref null $bytes)) (local $k i32) (local $acc i64)\n"
    "    (local.set $a (array.new $arr (i32.const 7) (local.get $n)))\n"
    "    (local.set $b (array.new_default $arr (i32.add (local.get $n) (i32.const 4))))\n"
    "    (block $done (loop $l\n"
    "      (br_if $done (i32.ge_s (local.get $k) (local.get $n)))\n"
    "      (array.set $arr (local.get $a) (local.get $k)\n"
    "        (i32.add (array.get $arr (local.get $a) (local.get $k)) (local.get $k)))\n"
    "      (local.set $k (i32.add (local.get $k) (i32.const 1)))\n"
    "      (br $l)))\n"
    "    (array.fill $arr (local.get $b) (i32.const 1) (i32.const -3) (i32.const 2))\n"
    "    (array.copy $arr $arr (local.get $b) (i32.const 2) (local.get $a) (i32.const 0) (local.get $n))\n"
    "    (local.set $c (array.new_data $bytes $d (i32.const 1) (i32.const 6)))\n"
    "    (array.init_data $bytes $d (local.get $c) (i32.const 0) (i32.const 4) (i32.const 2))\n"
    "    (array.set $bytes (local.get $c) (i32.const 5) (i32.add (local.get $n) (i32.const 0x1fe)))\n"
    "    (local.set $k (i32.const 0))\n"
    "    (block $done2 (loop $l2\n"
    "      (br_if $done2 (i32.ge_s (local.get $k) (array.len (local.get $b))))\n"
    "      (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31))\n"
    "        (i64.extend_i32_s (array.get $arr (local.get $b) (local.get $k)))))\n"
    "      (local.set $k (i32.add (local.get $k) (i32.const 1)))\n"
    "      (br $l2)))\n"
    "    (local.set $k (i32.const 0))\n"
    "    (block $done3 (loop $l3\n"
    "      (br_if $done3 (i32.ge_s (local.get $k) (array.len (local.get $c))))\n"
    "      (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 7)) (i64.extend_i32_s\n"
    "        (i32.add (array.get_s $bytes (local.get $c) (local.get $k))\n"
    "          (i32.shl (array.get_u $bytes (local.get $c) (local.get $k)) (i32.const 8))))))\n"
    "      (local.set $k (i32.add (local.get $k) (i32.const 1)))\n"
    "      (br $l3)))\n"
    "    (i64.add (call $bigget (local.get $n))\n"
    "    (i64.add (local.get $acc) (i64.extend_i32_s (array.get $arr\n"
    "      (array.new_fixed $arr 3 (i32.const 5) (local.get $n) (i32.const 9)) (i32.const 1))))))\n"
    "  (func $bigget (param $n i32) (result i64) (local $g (ref null $big))\n"
    "    (local.set $g (array.new $big (i64.const -9) (i32.const 2)))\n"
    "    (array.set $big (local.get $g) (i32.const 0) (i64.extend_i32_s (local.get $n)))\n"
    "    (i64.add (array.get $big (local.get $g) (i32.const 1))\n"
    "      (i64.mul (array.get $big (local.get $g) (i32.const 0)) (i64.const 1000))))\n"    "  (func (export \"i31\") (param $n i32) (result i64)\n"
    "    (local $r (ref null i31))\n"
    "    (local.set $r (ref.i31 (local.get $n)))\n"
    "    (i64.add (i64.shl (i64.extend_i32_u (i31.get_u (local.get $r))) (i64.const 32))\n"
    "      (i64.extend_i32_s (i31.get_s (local.get $r)))))\n"
    "  (func $mk (param $n i32) (result anyref)\n"
    "    (local $m i32)\n"
    "    (local.set $m (i32.rem_u (local.get $n) (i32.const 4)))\n"
    "    (if (result anyref) (i32.eqz (local.get $m)) (then (struct.new_default $pt))\n"
    "      (else (if (result anyref) (i32.eq (local.get $m) (i32.const 1))\n"
    "        (then (array.new_default $arr (local.get $n)))\n"
    "        (else (if (result anyref) (i32.eq (local.get $m) (i32.const 2))\n"
    "          (then (ref.i31 (local.get $n))) (else (ref.null any))))))))\n"
    "  (func (export \"casts\") (param $n i32) (result i64)\n"
    "    (local $x anyref) (local $acc i64)\n"
    "    (local.set $x (call $mk (local.get $n)))\n"
    "    (local.set $acc (i64.extend_i32_u (i32.add\n"
    "      (i32.add (ref.test (ref $pt) (local.get $x)) (i32.shl (ref.test (ref $arr) (local.get $x)) (i32.const 1)))\n"
    "      (i32.add (i32.shl (ref.test (ref i31) (local.get $x)) (i32.const 2))\n"
    "        (i32.shl (ref.test (ref null eq) (local.get $x)) (i32.const 3))))))\n"
    "    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 1000)) (i64.extend_i32_u\n"
    "      (struct.get $pt $v (block $ok (result (ref $pt))\n"
    "        (br_on_cast $ok anyref (ref $pt) (local.get $x))\n"
    "        (drop) (struct.new $pt (i32.const 100) (i32.const 0) (ref.null $pt)))))))\n"
    "    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 2)) (i64.extend_i32_u (ref.is_null\n"
    "      (block $f (result anyref)\n"
    "        (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u\n"
    "          (i31.get_u (br_on_cast_fail $f anyref (ref i31) (local.get $x))))))\n"
    "        (ref.null any))))))\n"
    "    (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 2)) (i64.extend_i32_u\n"
    "      (ref.eq (ref.cast (ref null eq) (any.convert_extern (extern.convert_any (local.get $x))))\n"
    "        (ref.cast (ref null eq) (local.get $x))))))\n"
    "    (i64.add (i64.mul (local.get $acc) (i64.const 3))\n"
    "      (i64.extend_i32_u (call_ref $ft (local.get $n) (ref.func $sq)))))\n"
    "  (func (export \"trap\") (param $k i32) (result i64)\n"
    "    (block $b8 (block $b7 (block $b6 (block $b5 (block $b4 (block $b3 (block $b2 (block $b1 (block $b0\n"
    "      (br_table $b0 $b1 $b2 $b3 $b4 $b5 $b6 $b7 $b8 (local.get $k)))\n"
    "      (return (i64.extend_i32_s (struct.get $pt $v (ref.null $pt)))))\n"
    "      (return (i64.extend_i32_s (array.get $arr (array.new_default $arr (i32.const 3)) (i32.const 3)))))\n"
    "      (return (i64.extend_i32_s (struct.get $pt $v (ref.cast (ref $pt) (call $mk (i32.const 2)))))))\n"
    "      (return (i64.extend_i32_u (i31.get_u (ref.null i31)))))\n"
    "      (return (i64.extend_i32_s (struct.get $pt $v (ref.as_non_null (ref.null $pt))))))\n"
    "      (return (i64.extend_i32_s (array.len (array.new $big (i64.const 1) (i32.const 0x7fffffff))))))\n"
    "      (return (i64.extend_i32_s (array.len (ref.null $arr)))))\n"
    "      (array.copy $arr $arr (array.new_default $arr (i32.const 4)) (i32.const 2)\n"
    "        (array.new_default $arr (i32.const 4)) (i32.const 0) (i32.const 3))\n"
    "      (return (i64.const 1)))\n"
    "    (i64.extend_i32_s (call_ref $ft (i32.const 1) (ref.null $ft))))\n"
    "  (func (export \"stress\") (param $n i32) (result i64)\n"
    "    (local $head (ref null $pt)) (local $k i32) (local $acc i64) (local $g (ref null $arr))\n"
    "    (block $done (loop $l\n"
    "      (br_if $done (i32.ge_s (local.get $k) (local.get $n)))\n"
    "      (local.set $g (array.new_default $arr (i32.const 64)))\n"
    "      (local.set $head (struct.new $pt (local.get $k) (i32.const 0) (local.get $head)))\n"
    "      (array.set $arr (local.get $g) (i32.const 0) (local.get $k))\n"
    "      (local.set $k (i32.add (local.get $k) (i32.const 1)))\n"
    "      (br $l)))\n"
    "    (block $end (loop $w\n"
    "      (br_if $end (ref.is_null (local.get $head)))\n"
    "      (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_s (struct.get $pt $v (local.get $head)))))\n"
    "      (local.set $head (struct.get $pt $next (local.get $head)))\n"
    "      (br $w)))\n"
    "    (local.get $acc)))\n";

static void gc_ops_match_interpreter(void) {
  rig j, t;
  rig_new(&j, k_gc_wat, sizeof k_gc_wat - 1);
  rig_new(&t, k_gc_wat, sizeof k_gc_wat - 1);
  bool jit = H_JIT && h_jit_enabled();
  if (jit)
    for (uint32_t k = 0; k < j.m->nfuncs; k++) CHECK(has_machine_code(j.m, k));
  rig_interp(&t, true);
  hearth_store_set_fuel(j.s, 100000000);
  hearth_store_set_fuel(t.s, 100000000);
  static const char *const names[] = {"structs", "arrays", "i31", "casts"};
  static const int64_t args[] = {0, 1, 2, 3, 6, 7, 100, 65535, -5};
  size_t traps = 0;
  for (size_t f = 0; f < sizeof names / sizeof *names; f++) {
    for (size_t a = 0; a < sizeof args / sizeof *args; a++) {
      hearth_val rj = {0}, rt = {0};
      hearth_status sj = rig_call(&j, names[f], args[a], &rj, 1);
      hearth_status st = rig_call(&t, names[f], args[a], &rt, 1);
      if (sj != st || rj.of.i64 != rt.of.i64)
        fprintf(stderr, "%s(%lld): jit %d %lld, interp %d %lld\n", names[f], (long long)args[a],
                (int)sj, (long long)rj.of.i64, (int)st, (long long)rt.of.i64);
      CHECK_EQ_INT(sj, st);
      if (sj == HEARTH_OK) {
        CHECK_EQ_INT(rj.of.i64, rt.of.i64);
      } else {
        CHECK_EQ_INT(hearth_store_trap(j.s), hearth_store_trap(t.s));
        traps++;
      }
      CHECK_EQ_INT(hearth_store_fuel(j.s), hearth_store_fuel(t.s));
    }
  }
  CHECK_EQ_INT(traps, 1); /* arrays(-5): 4 GiB of i32 exceed the GC heap */
  /* A value worked out by hand: i31(-5) keeps 31 bits: get_u 0x7FFFFFFB, get_s -5. */
  hearth_val r;
  CHECK_EQ_INT(rig_call(&j, "i31", -5, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i64, (int64_t)((0x7FFFFFFBull << 32) - 5));
  /* casts(4): a struct: tests 1 + 8, br_on_cast takes its v (0), br_on_cast_fail branches with
   * it (not null: 0), the extern round trip keeps it (1), call_ref 4 * 4 = 16. */
  CHECK_EQ_INT(rig_call(&j, "casts", 4, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i64, (((9 * 1000 + 0) * 2 + 0) * 2 + 1) * 3 + 16);
  hearth_store_set_fuel(j.s, hearth_store_fuel(t.s)); /* the two calls above ran in j only */
  /* Each trap is the interpreter's, from machine code and from the interpreter. */
  static const hearth_trap want[] = {HEARTH_TRAP_NULL_STRUCT_REF, HEARTH_TRAP_OOB_ARRAY,
                                     HEARTH_TRAP_CAST_FAILURE,    HEARTH_TRAP_NULL_I31_REF,
                                     HEARTH_TRAP_NULL_REF,        HEARTH_TRAP_GC_HEAP,
                                     HEARTH_TRAP_NULL_ARRAY_REF,  HEARTH_TRAP_OOB_ARRAY,
                                     HEARTH_TRAP_NULL_FUNC_REF,   HEARTH_TRAP_NULL_FUNC_REF};
  for (int k = 0; k < 10; k++) { /* 9: br_table's default, the call_ref of null */
    CHECK_EQ_INT(rig_call(&j, "trap", k, &r, 1), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(j.s), want[k]);
    CHECK_EQ_INT(rig_call(&t, "trap", k, &r, 1), HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(t.s), want[k]);
    CHECK_EQ_INT(hearth_store_fuel(j.s), hearth_store_fuel(t.s));
  }
  rig_interp(&t, false);
  rig_free(&j);
  rig_free(&t);
}

/* Collections while machine code runs: the stress loop keeps its list only in a local and in the
 * struct.new operands (slots machine code could hold in registers); small incremental steps make
 * many cycles, so a root missed at any allocation frees a node that the walk then reads (a wrong
 * sum, or ASan's use-after-free). */
static void gc_in_machine_code(void) {
  bool jit = H_JIT && h_jit_enabled();
  for (int mode = 0; mode < 2; mode++) {
    rig r;
    rig_new(&r, k_gc_wat, sizeof k_gc_wat - 1);
    if (jit) CHECK(has_machine_code(r.m, 8)); /* stress */
    /* mode 0: incremental (small steps, the write barrier on); 1: stop-the-world at the trigger */
    CHECK(h_gc_tune(r.s, mode == 0 ? 64 : 0, 4096, 16384));
    h_gc_stats before, after;
    h_gc_stats_get(r.s, &before);
    hearth_val v;
    const int64_t n = 20000;
    CHECK_EQ_INT(rig_call(&r, "stress", n, &v, 1), HEARTH_OK);
    CHECK_EQ_INT(v.of.i64, n * (n - 1) / 2);
    h_gc_stats_get(r.s, &after);
    fprintf(stderr, "mode %d: %llu collections, %llu freed, %llu precise frames\n", mode,
            (unsigned long long)(after.collections - before.collections),
            (unsigned long long)(after.freed_objects - before.freed_objects),
            (unsigned long long)(after.frames_precise - before.frames_precise));
    CHECK(after.collections > before.collections + 2);
    CHECK(after.freed_objects > before.freed_objects + (uint64_t)n / 2); /* the garbage arrays */
    /* the frame's stack map was found at the published ip (a wrong ip would scan it whole) */
    CHECK(after.frames_precise > before.frames_precise);
    CHECK_EQ_INT(after.frames_member, before.frames_member);
    rig_free(&r);
  }
}

/* The allocation fast path called from machine code (jit.c emit_gc_new, gc.c h_gc_alloc_small):
 * struct.new of every storage type (i8, i16, i32, i64, f32, f64, v128, a reference) with its
 * initial values stored inline, struct.new_default, array.new filling 1-, 2-, 4- and 8-byte
 * elements, array.new_fixed (v128 too) and array.new_default (recycled blocks must read as zero).
 * The loop makes garbage, so after the first cycles most allocations come from freed blocks; the
 * same module with its machine code hidden (the interpreter) gives the same checksum, in
 * incremental mode (stores while marking take the helper and its barrier) and stop-the-world. */
static const char k_gcnew_wat[] =
    "(module\n"
    "  (type $s (struct (field i8) (field i16) (field i32) (field i64) (field f32) (field f64)\n"
    "    (field v128) (field (ref null $s))))\n"
    "  (type $a8 (array (mut i8))) (type $a16 (array (mut i16))) (type $a32 (array (mut i32)))\n"
    "  (type $a64 (array (mut i64))) (type $af32 (array (mut f32))) (type $ar (array (mut (ref null $s))))\n"
    "  (type $av (array (mut v128)))\n"
    "  (func (export \"mix\") (param $n i32) (result i64)\n"
    "    (local $k i32) (local $acc i64) (local $x (ref null $s)) (local $prev (ref null $s))\n"
    "    (local $b (ref null $a8)) (local $h (ref null $a16)) (local $w (ref null $a32))\n"
    "    (local $q (ref null $a64)) (local $f (ref null $af32)) (local $r (ref null $ar))\n"
    "    (local $v (ref null $av)) (local $len i32)\n"
    "    (block $done (loop $l\n"
    "      (br_if $done (i32.ge_s (local.get $k) (local.get $n)))\n"
    "      (local.set $len (i32.rem_u (local.get $k) (i32.const 6)))\n"
    "      (local.set $x (struct.new $s (i32.mul (local.get $k) (i32.const 37))\n"
    "        (i32.mul (local.get $k) (i32.const 4099)) (i32.xor (local.get $k) (i32.const -1))\n"
    "        (i64.mul (i64.extend_i32_u (local.get $k)) (i64.const 0x100000001))\n"
    "        (f32.convert_i32_s (local.get $k)) (f64.div (f64.convert_i32_s (local.get $k)) (f64.const 3))\n"
    "        (i32x4.splat (local.get $k)) (local.get $prev)))\n"
    "      (if (i32.eqz (i32.rem_u (local.get $k) (i32.const 3))) (then (local.set $prev (local.get $x))))\n"
    "      (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31)) (i64.add (i64.add\n"
    "        (i64.extend_i32_s (i32.add (struct.get_s $s 0 (local.get $x)) (struct.get_u $s 1 (local.get $x))))\n"
    "        (i64.add (i64.extend_i32_u (struct.get $s 2 (local.get $x))) (struct.get $s 3 (local.get $x))))\n"
    "        (i64.add (i64.trunc_f32_s (struct.get $s 4 (local.get $x)))\n"
    "          (i64.add (i64.trunc_f64_s (f64.mul (struct.get $s 5 (local.get $x)) (f64.const 1000)))\n"
    "            (i64.extend_i32_s (i32x4.extract_lane 3 (struct.get $s 6 (local.get $x)))))))))\n"
    "      (if (i32.eqz (ref.is_null (struct.get $s 7 (local.get $x)))) (then\n"
    "        (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_s\n"
    "          (struct.get_s $s 0 (struct.get $s 7 (local.get $x))))))))\n"
    "      (local.set $x (struct.new_default $s))\n"
    "      (local.set $acc (i64.add (local.get $acc) (i64.add (struct.get $s 3 (local.get $x))\n"
    "        (i64.extend_i32_u (ref.is_null (struct.get $s 7 (local.get $x)))))))\n"
    "      (local.set $b (array.new $a8 (i32.add (local.get $k) (i32.const 200)) (local.get $len)))\n"
    "      (local.set $h (array.new $a16 (i32.mul (local.get $k) (i32.const 77)) (local.get $len)))\n"
    "      (local.set $w (array.new $a32 (i32.sub (i32.const 0) (local.get $k)) (local.get $len)))\n"
    "      (local.set $q (array.new $a64 (i64.shl (i64.extend_i32_u (local.get $k)) (i64.const 33)) (local.get $len)))\n"
    "      (local.set $f (array.new $af32 (f32.convert_i32_u (local.get $k)) (local.get $len)))\n"
    "      (local.set $r (array.new $ar (local.get $prev) (local.get $len)))\n"
    "      (if (local.get $len) (then\n"
    "        (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 7)) (i64.add (i64.add\n"
    "          (i64.extend_i32_s (i32.add (array.get_s $a8 (local.get $b) (i32.sub (local.get $len) (i32.const 1)))\n"
    "            (array.get_u $a16 (local.get $h) (i32.sub (local.get $len) (i32.const 1)))))\n"
    "          (i64.add (i64.extend_i32_s (array.get $a32 (local.get $w) (i32.const 0)))\n"
    "            (array.get $a64 (local.get $q) (i32.sub (local.get $len) (i32.const 1)))))\n"
    "          (i64.add (i64.trunc_f32_u (array.get $af32 (local.get $f) (i32.sub (local.get $len) (i32.const 1))))\n"
    "            (i64.extend_i32_u (ref.is_null (array.get $ar (local.get $r) (i32.sub (local.get $len) (i32.const 1)))))))))))\n"
    "      (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (i32.add (array.len (local.get $b))\n"
    "        (array.len (local.get $r))))))\n"
    "      (local.set $b (array.new_fixed $a8 3 (local.get $k) (i32.const -1) (local.get $len)))\n"
    "      (local.set $h (array.new_fixed $a16 2 (i32.const 0x12345) (local.get $k)))\n"
    "      (local.set $q (array.new_fixed $a64 2 (i64.const -2) (i64.extend_i32_s (local.get $k))))\n"
    "      (local.set $v (array.new_fixed $av 2 (i64x2.splat (i64.const 5)) (i32x4.splat (local.get $k))))\n"
    "      (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 3)) (i64.add (i64.add\n"
    "        (i64.extend_i32_s (i32.add (array.get_s $a8 (local.get $b) (i32.const 1)) (array.get_u $a8 (local.get $b) (i32.const 0))))\n"
    "        (i64.extend_i32_s (i32.add (array.get_u $a16 (local.get $h) (i32.const 0)) (array.get_s $a16 (local.get $h) (i32.const 1)))))\n"
    "        (i64.add (i64.add (array.get $a64 (local.get $q) (i32.const 0)) (array.get $a64 (local.get $q) (i32.const 1)))\n"
    "          (i64.add (i64x2.extract_lane 1 (array.get $av (local.get $v) (i32.const 0)))\n"
    "            (i64.extend_i32_s (i32x4.extract_lane 2 (array.get $av (local.get $v) (i32.const 1)))))))))\n"
    "      (local.set $h (array.new_default $a16 (local.get $len)))\n"
    "      (local.set $q (array.new_default $a64 (i32.add (local.get $len) (i32.const 1))))\n"
    "      (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 5))\n"
    "        (i64.add (array.get $a64 (local.get $q) (local.get $len))\n"
    "          (i64.extend_i32_u (if (result i32) (local.get $len)\n"
    "            (then (array.get_u $a16 (local.get $h) (i32.sub (local.get $len) (i32.const 1))))\n"
    "            (else (i32.const 0)))))))\n"
    "      (local.set $k (i32.add (local.get $k) (i32.const 1)))\n"
    "      (br $l)))\n"
    "    (local.get $acc)))\n";

static void gc_alloc_fast_path(void) {
  bool jit = H_JIT && h_jit_enabled();
  for (int mode = 0; mode < 2; mode++) {
    rig j, t;
    rig_new(&j, k_gcnew_wat, sizeof k_gcnew_wat - 1);
    rig_new(&t, k_gcnew_wat, sizeof k_gcnew_wat - 1);
    if (jit) CHECK(has_machine_code(j.m, 0));
    rig_interp(&t, true);
    for (int k = 0; k < 2; k++) /* mode 0: small incremental steps; 1: stop-the-world */
      CHECK(h_gc_tune(k ? t.s : j.s, mode == 0 ? 64 : 0, 2048, 16384));
    const int64_t n = 30000;
    hearth_val rj = {0}, rt = {0};
    CHECK_EQ_INT(rig_call(&j, "mix", n, &rj, 1), HEARTH_OK);
    CHECK_EQ_INT(rig_call(&t, "mix", n, &rt, 1), HEARTH_OK);
    h_gc_stats sj, st;
    h_gc_stats_get(j.s, &sj);
    h_gc_stats_get(t.s, &st);
    fprintf(stderr, "mode %d: %llu / %llu allocations fast, %llu collections; checksum %lld\n",
            mode, (unsigned long long)sj.fast_allocs, (unsigned long long)sj.allocated_objects,
            (unsigned long long)sj.collections, (long long)rj.of.i64);
    CHECK_EQ_INT(rj.of.i64, rt.of.i64);
    CHECK_EQ_INT(sj.allocated_objects, st.allocated_objects);
    CHECK(sj.collections > 2);
    /* from recycled blocks: most, but not while marking (long with small steps: incremental) */
    CHECK(sj.fast_allocs > sj.allocated_objects / (mode == 0 ? 5 : 2));
    rig_interp(&t, false);
    rig_free(&j);
    rig_free(&t);
  }
}

T_MAIN(T_CASE(which_functions), T_CASE(tier_up_loop_entry), T_CASE(tier_up_calls),
       T_CASE(tier_up_threshold_one), T_CASE(register_cache_matches_interpreter), T_CASE(loops_keep_registers), T_CASE(traps), T_CASE(fuel_is_exact),
       T_CASE(tail_calls_constant_stack), T_CASE(helpers_match_interpreter),
       T_CASE(direct_calls_depth), T_CASE(direct_calls_known_callee), T_CASE(direct_calls_trap_backtrace), T_CASE(no_reset_no_marks),
       T_CASE(gc_ops_match_interpreter), T_CASE(gc_in_machine_code), T_CASE(gc_alloc_fast_path))
