/* test_jit.c: the compiling tier (jit.c): which functions get machine code, and that machine code
 * behaves as the interpreter does (results, traps, fuel), compared on the same store. */
#include "internal.h"
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

/* Functions get machine code on their first call, memory.grow (a helper call) included. */
static void which_functions(void) {
  setup();
  CHECK_EQ_INT(work(1000), work_expected(1000));
  hearth_val r;
  CHECK_EQ_INT(hearth_func_call(fn("grow"), NULL, 0, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 1);
  if (H_JIT && h_jit_enabled()) {
    CHECK(g_m->code[0].jit != NULL);
    CHECK(g_m->code[1].jit != NULL);
  }
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
  if (H_JIT && h_jit_enabled()) CHECK(g_m->code[3].jit != NULL);
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

T_MAIN(T_CASE(which_functions), T_CASE(traps), T_CASE(fuel_is_exact),
       T_CASE(tail_calls_constant_stack))
