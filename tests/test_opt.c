/* test_opt.c: the optimizing tier (opt.c, opt_llvm.c) pinned with HEARTH_TIER=opt: which functions
 * get optimized code, and that it behaves as the other tiers do (results, traps, fuel, deadline,
 * the dirty map, calls to the host and to functions left to the other tiers). Results are compared
 * on the same store with the function's optimized code hidden (the baseline/interpreter path). */
#include <dirent.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "t.h"

static const char k_wat[] =
    "(module\n"
    "  (import \"host\" \"sq_plus1\" (func $sq_plus1 (param i32) (result i32)))\n"
    "  (type $un (func (param i32) (result i32)))\n"
    "  (memory (export \"memory\") 2)\n"
    "  (global $g (export \"g\") (mut i32) (i32.const 0))\n"
    "  (table 4 funcref)\n"
    "  (elem (i32.const 0) $sq $cube)\n"
    "  (elem (i32.const 3) $spin)\n"
    "  (func $sq (export \"sq\") (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))\n"
    "  (func $cube (param i32) (result i32) (i32.mul (local.get 0) (call $sq (local.get 0))))\n"
    "  (func $work (export \"work\") (param $n i32) (result i64) (local $i i32) (local $acc i64)\n"
    "    (loop $l\n"
    "      (i64.store (i32.const 8) (i64.add (i64.load (i32.const 8)) (i64.extend_i32_u (local.get $i))))\n"
    "      (block $b2 (block $b1 (block $b0\n"
    "        (br_table $b0 $b1 $b2 (i32.rem_u (local.get $i) (i32.const 3))))\n"
    "        (local.set $acc (i64.add (local.get $acc) (i64.const 1))) (br $b2))\n"
    "        (local.set $acc (i64.mul (local.get $acc) (i64.const 3))))\n"
    "      (global.set $g (i32.add (global.get $g) (i32.const 1)))\n"
    "      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n"
    "      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))\n"
    "    (i64.add (local.get $acc) (i64.load (i32.const 8))))\n"
    "  (func (export \"indirect\") (param i32 i32) (result i32)\n"
    "    (call_indirect (type $un) (local.get 1) (local.get 0)))\n"
    "  (func (export \"viahost\") (param i32) (result i32) (call $sq_plus1 (local.get 0)))\n"
    "  (func $fill (param i32 i32) (memory.fill (local.get 0) (i32.const 0xAB) (local.get 1)))\n"
    "  (func (export \"callfill\") (param i32) (result i32)\n"
    "    (call $fill (local.get 0) (i32.const 10)) (i32.load8_u (local.get 0)))\n"
    "  (func (export \"div\") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))\n"
    "  (func (export \"load\") (param i32) (result i32) (i32.load (local.get 0)))\n"
    "  (func (export \"store\") (param i32 i32) (i32.store (local.get 0) (local.get 1)))\n"
    "  (func (export \"trunc\") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))\n"
    "  (func $rec (export \"rec\") (param i32) (result i32) (i32.add (i32.const 1) (call $rec (local.get 0))))\n"
    "  (func $spin (export \"spin\") (loop $l (br $l)))\n"
    "  (func (export \"multi\") (param i32) (result i32 i32)\n"
    "    (block (result i32 i32) (local.get 0) (i32.const 2) (br_if 0 (local.get 0)) (drop) (drop)\n"
    "      (i32.const 7) (i32.const 8)))\n"
    "  (func (export \"fmin\") (param f32 f32) (result f32) (f32.min (local.get 0) (local.get 1)))\n"
    "  (func $down (export \"down\") (param i32) (result i32)\n"
    "    (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))\n"
    "      (else (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1)))))))\n"
    /* Loads whose values LLVM finds unused, or used on one path only: each must still trap. */
    "  (func (export \"dead_and\") (param i32) (result i32)\n"
    "    (i32.and (i32.load (local.get 0)) (i32.const 0)))\n"
    "  (func (export \"dead_f64\") (param i32) (result i32)\n"
    "    (i32.or (i32.wrap_i64 (i64.trunc_sat_f64_s (f64.load (local.get 0)))) (i32.const -1)))\n"
    "  (func (export \"dead_branch\") (param i32 i32) (result i32) (local $x i32)\n"
    "    (local.set $x (i32.load8_u (local.get 0)))\n"
    "    (if (local.get 1) (then (return (local.get $x)))) (i32.const 0))\n"
    "  (func (export \"dead_loop\") (param i32 i32) (result i32) (local $s i32)\n"
    "    (loop $l (local.set $s (i32.add (local.get $s)\n"
    "        (i32.mul (i32.load16_s offset=2 (local.get 0)) (i32.const 0))))\n"
    "      (br_if $l (local.tee 1 (i32.sub (local.get 1) (i32.const 1)))))\n"
    "    (local.get $s))\n"
    /* Recursion (not inlinable) with two results: the budget and frames left travel in registers
     * between optimized functions, the budget returned with the results. */
    "  (func $tri (export \"tri\") (param $n i32) (result i32 i64) (local $a i32) (local $b i64)\n"
    "    (global.set $g (i32.add (global.get $g) (i32.const 1)))\n"
    "    (if (i32.eqz (local.get $n)) (then (return (i32.const 0) (i64.const 0))))\n"
    "    (call $tri (i32.sub (local.get $n) (i32.const 1)))\n"
    "    (local.set $b) (local.set $a)\n"
    "    (i32.add (local.get $a) (local.get $n))\n"
    "    (i64.add (local.get $b) (i64.extend_i32_u (i32.mul (local.get $n) (local.get $n)))))\n"
    /* Loops and their check points (one unit per taken back edge, one per br_table): a nested
     * loop, a loop with a parameter, a br_table back to a loop label, br_if back edges; a global
     * and a memory word written on every inner iteration (up to date when fuel runs out). */
    "  (func (export \"loops\") (param $n i32) (result i32) (local $i i32) (local $j i32)\n"
    "    (i32.const 0)\n"
    "    (loop $outer (param i32) (result i32)\n"
    "      (local.set $j (i32.const 0))\n"
    "      (loop $inner\n"
    "        (global.set $g (i32.add (global.get $g) (i32.const 1)))\n"
    "        (i32.store (i32.const 16) (i32.add (i32.load (i32.const 16)) (local.get $j)))\n"
    "        (local.set $j (i32.add (local.get $j) (i32.const 1)))\n"
    "        (br_if $inner (i32.lt_u (local.get $j) (i32.const 5))))\n"
    "      (i32.add (local.get $i))\n"
    "      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n"
    "      (block $c (param i32) (result i32)\n"
    "        (block $d (param i32) (result i32)\n"
    "          (br_table $outer $d $c (i32.rem_u (local.get $i) (i32.const 3))))\n"
    "        (i32.add (i32.const 100)))\n"
    "      (br_if $outer (i32.lt_u (local.get $i) (local.get $n))))\n"
    /* A loop with a branch out of its middle (here a return). */
    "    (local.set $j (i32.const 0))\n"
    "    (loop $w (param i32) (result i32)\n"
    "      (global.set $g (i32.add (global.get $g) (i32.const 1)))\n"
    "      (local.set $j (i32.add (local.get $j) (i32.const 1)))\n"
    "      (i32.add (local.get $j))\n"
    "      (br_if 1 (i32.gt_u (local.get $j) (local.get $n)))\n"
    "      (block $x (param i32) (result i32)\n"
    "        (br_table $w $x (i32.and (local.get $j) (i32.const 1))))\n"
    "      (br_if $w (i32.lt_u (local.get $j) (i32.const 7)))))\n"
    /* Calls without a loop: an interrupt or a deadline must reach it at its calls. */
    "  (func $fib (export \"fib\") (param i32) (result i32)\n"
    "    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2)) (then (local.get 0))\n"
    "      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))\n"
    "                     (call $fib (i32.sub (local.get 0) (i32.const 2)))))))\n"
    ")\n";

/* Defined-function indices (function index - 1 import). */
enum { D_SQ = 0, D_CUBE, D_WORK, D_INDIRECT, D_VIAHOST, D_FILL, D_CALLFILL, D_DIV, D_LOAD, D_STORE,
       D_TRUNC, D_REC, D_SPIN, D_MULTI, D_FMIN, D_DOWN, D_DEAD_AND, D_DEAD_F64, D_DEAD_BRANCH,
       D_DEAD_LOOP, D_TRI, D_LOOPS, D_FIB };

static hearth_engine *g_e;
static hearth_module *g_m;
static hearth_store *g_s;
static hearth_instance *g_i;
static hearth_linker *g_l;

static hearth_func *fn(const char *name);

/* sq_plus1(x) = sq(x) + 1, calling back into the guest through its export; -1 fails. */
static hearth_status host_sq_plus1(hearth_caller *c, void *user, const hearth_val *args,
                                   hearth_val *results) {
  (void)user;
  if (args[0].of.i32 == -1) return HEARTH_ERR_ARGUMENT;
  hearth_extern x;
  hearth_status st = hearth_caller_export(c, "sq", &x);
  if (st != HEARTH_OK) return st;
  hearth_val r;
  st = hearth_func_call(x.of.func, &args[0], 1, &r, 1);
  if (st != HEARTH_OK) return st;
  results[0].of.i32 = r.of.i32 + 1;
  return HEARTH_OK;
}

static void setup(void) {
  setenv("HEARTH_TIER", "opt", 1); /* read once, before the first module */
  CHECK_EQ_INT(hearth_engine_new(NULL, &g_e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new(g_e, (const uint8_t *)k_wat, strlen(k_wat), &g_m), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(g_e, &g_s), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_new(g_e, &g_l), HEARTH_OK);
  hearth_valtype i32 = HEARTH_I32;
  CHECK_EQ_INT(hearth_linker_define_func(g_l, "host", "sq_plus1", &i32, 1, &i32, 1, host_sq_plus1,
                                         NULL),
               HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, g_l, g_m, &g_i), HEARTH_OK);
}
static void teardown(void) {
  hearth_linker_delete(g_l);
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
static hearth_val vi32(int32_t v) { return (hearth_val){.type = HEARTH_I32, .of.i32 = v}; }

/* Calls f with its optimized code hidden: the tiers below run it. */
static hearth_status lower_tier(uint32_t defidx, hearth_func *f, const hearth_val *a, size_t na,
                                hearth_val *r, size_t nr) {
  h_cfunc *cf = &g_m->code[defidx];
  struct h_opt_func *saved = cf->opt;
  cf->opt = NULL;
  hearth_status st = hearth_func_call(f, a, na, r, nr);
  cf->opt = saved;
  return st;
}

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

/* Every function of the list gets optimized code at load; memory.fill leaves $fill to the others. */
static void which_functions(void) {
  setup();
#ifdef HEARTH_HAVE_LLVM
  CHECK(g_m->opt != NULL);
  for (uint32_t d = 0; d < g_m->nfuncs - g_m->nimported_funcs; d++)
    CHECK((h_cfunc_opt(&g_m->code[d]) == NULL) == (d == D_FILL));
#else
  fprintf(stderr, "note: built without LLVM: every function stays in the other tiers\n");
  CHECK(g_m->opt == NULL);
#endif
  hearth_val a = vi32(1000), r;
  CHECK_EQ_INT(hearth_func_call(fn("work"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i64, work_expected(1000));
  teardown();
}

/* work (loops, br_table, globals, i64 memory) gives the same results in every tier. */
static void same_results(void) {
  setup();
  const uint32_t ns[] = {1, 2, 7, 1000};
  hearth_val r1, r2, z[2] = {vi32(8), vi32(0)}, z2[2] = {vi32(12), vi32(0)};
  for (size_t k = 0; k < sizeof ns / sizeof ns[0]; k++) {
    hearth_val a = vi32((int32_t)ns[k]);
    CHECK_EQ_INT(hearth_func_call(fn("store"), z, 2, NULL, 0), HEARTH_OK); /* memory word 8 = 0 */
    CHECK_EQ_INT(hearth_func_call(fn("store"), z2, 2, NULL, 0), HEARTH_OK);
    CHECK_EQ_INT(hearth_func_call(fn("work"), &a, 1, &r1, 1), HEARTH_OK);
    CHECK_EQ_INT(hearth_func_call(fn("store"), z, 2, NULL, 0), HEARTH_OK);
    CHECK_EQ_INT(hearth_func_call(fn("store"), z2, 2, NULL, 0), HEARTH_OK);
    CHECK_EQ_INT(lower_tier(D_WORK, fn("work"), &a, 1, &r2, 1), HEARTH_OK);
    CHECK_EQ_INT(r1.of.i64, r2.of.i64);
    CHECK_EQ_INT(r1.of.i64, work_expected(ns[k]));
  }
  teardown();
}

/* Multi-value, indirect calls, f32.min NaN and signed-zero rules, division: the same bits. */
static void agrees_with_lower_tiers(void) {
  setup();
  hearth_val r1[2], r2[2];
  for (int32_t x = -3; x <= 3; x++) {
    hearth_val a = vi32(x);
    CHECK_EQ_INT(hearth_func_call(fn("multi"), &a, 1, r1, 2), HEARTH_OK);
    CHECK_EQ_INT(lower_tier(D_MULTI, fn("multi"), &a, 1, r2, 2), HEARTH_OK);
    CHECK_EQ_INT(r1[0].of.i32, r2[0].of.i32);
    CHECK_EQ_INT(r1[1].of.i32, r2[1].of.i32);
    CHECK_EQ_INT(r1[0].of.i32, x ? x : 7);
    hearth_val ia[2] = {vi32(x & 1), vi32(x + 5)}; /* table index, argument */
    CHECK_EQ_INT(hearth_func_call(fn("indirect"), ia, 2, r1, 1), HEARTH_OK);
    CHECK_EQ_INT(lower_tier(D_INDIRECT, fn("indirect"), ia, 2, r2, 1), HEARTH_OK);
    CHECK_EQ_INT(r1[0].of.i32, r2[0].of.i32);
    CHECK_EQ_INT(r1[0].of.i32, (x & 1) ? (x + 5) * (x + 5) * (x + 5) : (x + 5) * (x + 5));
    hearth_val da[2] = {vi32(x * 1000 + 1), vi32(x ? x : 1)};
    CHECK_EQ_INT(hearth_func_call(fn("div"), da, 2, r1, 1), HEARTH_OK);
    CHECK_EQ_INT(lower_tier(D_DIV, fn("div"), da, 2, r2, 1), HEARTH_OK);
    CHECK_EQ_INT(r1[0].of.i32, r2[0].of.i32);
  }
  const uint32_t fb[][2] = {{0x80000000u, 0}, {0, 0x80000000u}, {0x7fa00000u, 0x3f800000u},
                            {0x3f800000u, 0xffc00001u}, {0x40000000u, 0xbf800000u}};
  for (size_t k = 0; k < sizeof fb / sizeof fb[0]; k++) {
    hearth_val a[2] = {{.type = HEARTH_F32}, {.type = HEARTH_F32}};
    memcpy(&a[0].of.f32, &fb[k][0], 4);
    memcpy(&a[1].of.f32, &fb[k][1], 4);
    CHECK_EQ_INT(hearth_func_call(fn("fmin"), a, 2, r1, 1), HEARTH_OK);
    CHECK_EQ_INT(lower_tier(D_FMIN, fn("fmin"), a, 2, r2, 1), HEARTH_OK);
    uint32_t b1, b2;
    memcpy(&b1, &r1[0].of.f32, 4);
    memcpy(&b2, &r2[0].of.f32, 4);
    if ((b2 & 0x7f800000u) == 0x7f800000u && (b2 & 0x7fffffu)) /* NaN: quiet, any payload */
      CHECK_EQ_INT(b1 & 0x7fc00000u, 0x7fc00000u);
    else
      CHECK_EQ_INT(b1, b2);
  }
  teardown();
}

static void expect_trap(const char *name, const hearth_val *a, size_t na, size_t nr,
                        hearth_trap trap) {
  hearth_val r[2];
  CHECK_EQ_INT(hearth_func_call(fn(name), a, na, r, nr), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), trap);
  /* The store stays usable. */
  hearth_val d[2] = {vi32(7), vi32(2)};
  CHECK_EQ_INT(hearth_func_call(fn("div"), d, 2, r, 1), HEARTH_OK);
  CHECK_EQ_INT(r[0].of.i32, 3);
}

/* Every trap of optimized code is the trap the other tiers raise. */
static void traps(void) {
  setup();
  hearth_val a2[2] = {vi32(1), vi32(0)};
  expect_trap("div", a2, 2, 1, HEARTH_TRAP_INT_DIV_ZERO);
  a2[0] = vi32(INT32_MIN);
  a2[1] = vi32(-1);
  expect_trap("div", a2, 2, 1, HEARTH_TRAP_INT_OVERFLOW);
  hearth_val a = vi32(2 * 65536 - 2);
  expect_trap("load", &a, 1, 1, HEARTH_TRAP_OOB_MEMORY);
  a2[0] = vi32(2 * 65536);
  a2[1] = vi32(5);
  expect_trap("store", a2, 2, 0, HEARTH_TRAP_OOB_MEMORY);
  hearth_val f = {.type = HEARTH_F64, .of.f64 = 3e9};
  expect_trap("trunc", &f, 1, 1, HEARTH_TRAP_INT_OVERFLOW);
  f.of.f64 = __builtin_nan("");
  expect_trap("trunc", &f, 1, 1, HEARTH_TRAP_INVALID_CONVERSION);
  a2[0] = vi32(4); /* table index, argument */
  a2[1] = vi32(3);
  expect_trap("indirect", a2, 2, 1, HEARTH_TRAP_UNDEFINED_ELEMENT);
  a2[0] = vi32(2);
  expect_trap("indirect", a2, 2, 1, HEARTH_TRAP_UNINITIALIZED_ELEMENT);
  a2[0] = vi32(3);
  expect_trap("indirect", a2, 2, 1, HEARTH_TRAP_INDIRECT_CALL_TYPE);
  a = vi32(1);
  expect_trap("rec", &a, 1, 1, HEARTH_TRAP_STACK_EXHAUSTED);
  hearth_store_set_max_call_depth(g_s, 50);
  expect_trap("rec", &a, 1, 1, HEARTH_TRAP_STACK_EXHAUSTED);
  /* The deepest recursion that fits is the same in every tier. */
  int32_t deepest[2] = {-1, -1};
  for (int tier = 0; tier < 2; tier++)
    for (int32_t n = 0; n < 100; n++) {
      hearth_val d = vi32(n), r;
      hearth_status st = tier ? lower_tier(D_DOWN, fn("down"), &d, 1, &r, 1)
                              : hearth_func_call(fn("down"), &d, 1, &r, 1);
      if (st != HEARTH_OK) {
        CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_STACK_EXHAUSTED);
        break;
      }
      CHECK_EQ_INT(r.of.i32, n);
      deepest[tier] = n;
    }
  CHECK(deepest[0] > 10 && deepest[0] < 99);
  CHECK_EQ_INT(deepest[0], deepest[1]);
  teardown();
}

/* Fuel through a chain of optimized calls (the budget passed and returned in registers): the same
 * fuel used as the lower tiers, exhaustion at the same call, the results of two values. */
static void fuel_through_calls(void) {
  setup();
  hearth_extern g;
  CHECK_EQ_INT(hearth_instance_export(g_i, "g", &g), HEARTH_OK);
  hearth_val n = vi32(40), r[2], lr[2], gv;
  const uint64_t F = 1000000;
  hearth_store_set_fuel(g_s, F);
  CHECK_EQ_INT(hearth_func_call(fn("tri"), &n, 1, r, 2), HEARTH_OK);
  uint64_t used_opt = F - hearth_store_fuel(g_s);
  hearth_store_set_fuel(g_s, F);
  CHECK_EQ_INT(lower_tier(D_TRI, fn("tri"), &n, 1, lr, 2), HEARTH_OK);
  CHECK_EQ_INT(used_opt, F - hearth_store_fuel(g_s));
  CHECK(used_opt >= 40); /* one unit per call at least */
  CHECK_EQ_INT(r[0].of.i32, 40 * 41 / 2);
  CHECK_EQ_INT(r[1].of.i64, 40 * 41 * 81 / 6);
  CHECK_EQ_INT(lr[0].of.i32, r[0].of.i32);
  CHECK_EQ_INT(lr[1].of.i64, r[1].of.i64);
  /* Fuel for part of the recursion: both tiers stop at the same call (calls counted in $g). */
  int32_t stop[2];
  for (int tier = 0; tier < 2; tier++) {
    hearth_global_set(g.of.global, &(hearth_val){.type = HEARTH_I32, .of.i32 = 0});
    hearth_store_set_fuel(g_s, 17);
    hearth_status st = tier ? lower_tier(D_TRI, fn("tri"), &n, 1, r, 2)
                            : hearth_func_call(fn("tri"), &n, 1, r, 2);
    CHECK_EQ_INT(st, HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_FUEL);
    hearth_global_get(g.of.global, &gv);
    stop[tier] = gv.of.i32;
  }
  CHECK(stop[0] > 0 && stop[0] < 40);
  CHECK_EQ_INT(stop[0], stop[1]);
  /* The store is usable afterwards, with the frames left intact. */
  hearth_store_set_fuel(g_s, F);
  CHECK_EQ_INT(hearth_func_call(fn("tri"), &n, 1, r, 2), HEARTH_OK);
  CHECK_EQ_INT(r[0].of.i32, 40 * 41 / 2);
  teardown();
}

/* A load whose value LLVM finds unused (folded away, or needed on one path only) still traps out
 * of bounds, and in bounds the results are the lower tiers' (config.h H_OPT_EXACT_LOAD_TRAPS). */
static void dead_loads_trap(void) {
  setup();
#ifdef HEARTH_HAVE_LLVM
  for (uint32_t d = D_DEAD_AND; d <= D_DEAD_LOOP; d++) CHECK(h_cfunc_opt(&g_m->code[d]) != NULL);
#endif
  const int32_t end = 2 * 65536;
  hearth_val r1, r2, a = vi32(16), a2[2] = {vi32(16), vi32(0)};
  CHECK_EQ_INT(hearth_func_call(fn("dead_and"), &a, 1, &r1, 1), HEARTH_OK);
  CHECK_EQ_INT(r1.of.i32, 0);
  CHECK_EQ_INT(hearth_func_call(fn("dead_f64"), &a, 1, &r1, 1), HEARTH_OK);
  CHECK_EQ_INT(r1.of.i32, -1);
  CHECK_EQ_INT(hearth_func_call(fn("dead_branch"), a2, 2, &r1, 1), HEARTH_OK);
  CHECK_EQ_INT(r1.of.i32, 0);
  a2[1] = vi32(5);
  CHECK_EQ_INT(hearth_func_call(fn("dead_loop"), a2, 2, &r1, 1), HEARTH_OK);
  CHECK_EQ_INT(lower_tier(D_DEAD_LOOP, fn("dead_loop"), a2, 2, &r2, 1), HEARTH_OK);
  CHECK_EQ_INT(r1.of.i32, r2.of.i32);
  CHECK_EQ_INT(r1.of.i32, 0);
  a = vi32(end - 2); /* a 4-byte load across the end */
  expect_trap("dead_and", &a, 1, 1, HEARTH_TRAP_OOB_MEMORY);
  a = vi32(end - 4);
  expect_trap("dead_f64", &a, 1, 1, HEARTH_TRAP_OOB_MEMORY);
  a2[0] = vi32(end);
  a2[1] = vi32(0); /* the branch that needs the value is not taken */
  expect_trap("dead_branch", a2, 2, 1, HEARTH_TRAP_OOB_MEMORY);
  a2[0] = vi32(end - 3);
  a2[1] = vi32(3);
  expect_trap("dead_loop", a2, 2, 1, HEARTH_TRAP_OOB_MEMORY);
  teardown();
}

/* Fuel is counted at the interpreter's check points: the same call uses the same fuel in every
 * tier, and running out stops at the same iteration (the global counts finished ones). */
static void fuel_is_exact(void) {
  setup();
  hearth_val a = vi32(500), r;
  const uint64_t F = 1000000;
  hearth_store_set_fuel(g_s, F);
  CHECK_EQ_INT(hearth_func_call(fn("work"), &a, 1, &r, 1), HEARTH_OK);
  uint64_t used_opt = F - hearth_store_fuel(g_s);
  hearth_store_set_fuel(g_s, F);
  CHECK_EQ_INT(lower_tier(D_WORK, fn("work"), &a, 1, &r, 1), HEARTH_OK);
  uint64_t used_lower = F - hearth_store_fuel(g_s);
  CHECK(used_opt > 500);
  CHECK_EQ_INT(used_opt, used_lower);
  /* Calls cost one unit each, in optimized code as in the interpreter. */
  hearth_val ia[2] = {vi32(1), vi32(4)};
  hearth_store_set_fuel(g_s, F);
  CHECK_EQ_INT(hearth_func_call(fn("indirect"), ia, 2, &r, 1), HEARTH_OK);
  used_opt = F - hearth_store_fuel(g_s);
  hearth_store_set_fuel(g_s, F);
  CHECK_EQ_INT(lower_tier(D_INDIRECT, fn("indirect"), ia, 2, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(used_opt, F - hearth_store_fuel(g_s));
  CHECK_EQ_INT(used_opt, 2); /* call_indirect $cube, call $sq */

  hearth_extern g;
  CHECK_EQ_INT(hearth_instance_export(g_i, "g", &g), HEARTH_OK);
  hearth_val gv;
  uint64_t stop[2];
  for (int tier = 0; tier < 2; tier++) {
    hearth_global_set(g.of.global, &(hearth_val){.type = HEARTH_I32, .of.i32 = 0});
    hearth_store_set_fuel(g_s, 777);
    hearth_status st = tier ? lower_tier(D_WORK, fn("work"), &a, 1, &r, 1)
                            : hearth_func_call(fn("work"), &a, 1, &r, 1);
    CHECK_EQ_INT(st, HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_FUEL);
    hearth_global_get(g.of.global, &gv);
    stop[tier] = (uint64_t)gv.of.i32;
  }
  CHECK(stop[0] > 0 && stop[0] < 500);
  CHECK_EQ_INT(stop[0], stop[1]);
  hearth_store_set_fuel(g_s, 100000);
  CHECK_EQ_INT(hearth_func_call(fn("spin"), NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_FUEL);
  teardown();
}

/* Loops (nested, with a parameter, a br_table back to a loop label, an exit in the middle of $w):
 * the same fuel as the lower tiers, and for every fuel limit up to past the end the same point of
 * exhaustion: result or trap, the global and the memory word written in the inner loop. */
static void fuel_in_loops(void) {
  setup();
  hearth_extern g, mx;
  CHECK_EQ_INT(hearth_instance_export(g_i, "g", &g), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_export(g_i, "memory", &mx), HEARTH_OK);
#ifdef HEARTH_HAVE_LLVM
  CHECK(h_cfunc_opt(&g_m->code[D_LOOPS]) != NULL);
#endif
  hearth_val a = vi32(10), r, gv;
  uint64_t used[2] = {0, 0};
  int32_t res[2] = {0, 0};
  for (int tier = 0; tier < 2; tier++) {
    hearth_store_set_fuel(g_s, 1000000);
    hearth_status st = tier ? lower_tier(D_LOOPS, fn("loops"), &a, 1, &r, 1)
                            : hearth_func_call(fn("loops"), &a, 1, &r, 1);
    CHECK_EQ_INT(st, HEARTH_OK);
    used[tier] = 1000000 - hearth_store_fuel(g_s);
    res[tier] = r.of.i32;
  }
  CHECK_EQ_INT(used[0], used[1]);
  CHECK_EQ_INT(res[0], res[1]);
  CHECK(used[0] > 50);
  int ok_runs = 0;
  for (uint64_t fuel = 0; fuel <= used[0] + 2; fuel++) {
    int32_t gl[2], mw[2];
    hearth_status st[2];
    hearth_trap tp[2];
    for (int tier = 0; tier < 2; tier++) {
      uint32_t zero = 0;
      hearth_global_set(g.of.global, &(hearth_val){.type = HEARTH_I32, .of.i32 = 0});
      CHECK_EQ_INT(hearth_memory_write(mx.of.memory, 16, &zero, 4), HEARTH_OK);
      hearth_store_set_fuel(g_s, fuel);
      r.of.i32 = -1;
      st[tier] = tier ? lower_tier(D_LOOPS, fn("loops"), &a, 1, &r, 1)
                      : hearth_func_call(fn("loops"), &a, 1, &r, 1);
      tp[tier] = st[tier] == HEARTH_OK ? HEARTH_TRAP_NONE : hearth_store_trap(g_s);
      res[tier] = st[tier] == HEARTH_OK ? r.of.i32 : 0;
      hearth_global_get(g.of.global, &gv);
      gl[tier] = gv.of.i32;
      CHECK_EQ_INT(hearth_memory_read(mx.of.memory, 16, &mw[tier], 4), HEARTH_OK);
    }
    CHECK_EQ_INT(st[0], st[1]);
    CHECK_EQ_INT(tp[0], tp[1]);
    CHECK_EQ_INT(res[0], res[1]);
    CHECK_EQ_INT(gl[0], gl[1]);
    CHECK_EQ_INT(mw[0], mw[1]);
    if (st[0] == HEARTH_OK) ok_runs++;
    else CHECK_EQ_INT(tp[0], HEARTH_TRAP_FUEL);
  }
  CHECK(ok_runs >= 1 && ok_runs <= 3); /* the limit reached the end only at the last few */
  teardown();
}

/* An endless loop in optimized code ends at the deadline. */
static void deadline(void) {
  setup();
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  uint64_t now = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
  hearth_store_set_deadline(g_s, now + 50u * 1000000u);
  CHECK_EQ_INT(hearth_func_call(fn("spin"), NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_DEADLINE);
  teardown();
}

static uint64_t mono_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* hearth_store_interrupt(s) from another thread, ms milliseconds after it starts. */
typedef struct {
  hearth_store *s;
  unsigned ms;
  pthread_t t;
} irq_later;
static void *irq_thread(void *p) {
  irq_later *q = p;
  struct timespec ts = {(time_t)(q->ms / 1000u), (long)(q->ms % 1000u) * 1000000L};
  nanosleep(&ts, NULL);
  hearth_store_interrupt(q->s);
  return NULL;
}
static void irq_start(irq_later *q, hearth_store *s, unsigned ms) {
  q->s = s;
  q->ms = ms;
  CHECK_EQ_INT(pthread_create(&q->t, NULL, irq_thread, q), 0);
}

/* Whether defined function d has optimized code of a flavour. */
static bool has_flavour(uint32_t d, unsigned fl) {
  const h_opt_func *of = h_cfunc_opt(&g_m->code[d]);
  return of && h_opt_entry_of(of, fl) != NULL;
}

/* A store without fuel runs the UNMETERED flavour (polls, no budget), and only that flavour is
 * compiled for it; an interrupt from another thread stops an endless loop in it, and a recursion
 * without loops, at its calls. */
static void unmetered_interrupt(void) {
  setenv("HEARTH_CACHE", "0", 1); /* a cached METERED flavour (flavours_apart) would be taken at load */
  setup();
#ifdef HEARTH_HAVE_LLVM
  CHECK(has_flavour(D_SPIN, H_OPT_UNMETERED));
  CHECK(!has_flavour(D_SPIN, H_OPT_METERED));
  irq_later q;
  uint64_t t0 = mono_ms();
  irq_start(&q, g_s, 50);
  CHECK_EQ_INT(hearth_func_call(fn("spin"), NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_INTERRUPTED);
  uint64_t took = mono_ms() - t0;
  CHECK(took >= 50 && took < 2000);
  pthread_join(q.t, NULL);
  /* fib(27): 300,000 calls run in milliseconds; fib(60) would take centuries. */
  hearth_val a = vi32(27), r;
  CHECK_EQ_INT(hearth_func_call(fn("fib"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 196418);
  a = vi32(60);
  irq_start(&q, g_s, 50);
  CHECK_EQ_INT(hearth_func_call(fn("fib"), &a, 1, &r, 1), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_INTERRUPTED);
  pthread_join(q.t, NULL);
  CHECK(!has_flavour(D_SPIN, H_OPT_METERED)); /* nothing metered ran: compiled once */
#endif
  teardown();
}

/* A deadline stops UNMETERED code (which reads no clock: runtime.c's watchdog raises the
 * interrupt flag) within 200 ms of it passing on this 2-core machine (typically under 1 ms),
 * in a loop and in a recursion; a deadline that a host call sets while the guest runs too. */
static void unmetered_deadline(void) {
  setenv("HEARTH_CACHE", "0", 1); /* a cached METERED flavour (flavours_apart) would be taken at load */
  setup();
#ifdef HEARTH_HAVE_LLVM
  for (int k = 0; k < 2; k++) {
    uint64_t t0 = mono_ms();
    hearth_store_set_deadline(g_s, (t0 + 60) * 1000000u);
    hearth_val a = vi32(60), r;
    hearth_status st = k ? hearth_func_call(fn("fib"), &a, 1, &r, 1)
                         : hearth_func_call(fn("spin"), NULL, 0, NULL, 0);
    uint64_t took = mono_ms() - t0;
    CHECK_EQ_INT(st, HEARTH_ERR_TRAP);
    CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_DEADLINE);
    CHECK(took >= 59 && took < 260);
  }
  CHECK(has_flavour(D_SPIN, H_OPT_UNMETERED));
  CHECK(!has_flavour(D_SPIN, H_OPT_METERED));
  /* A later call without a deadline runs to its end (the flag was cleared). */
  hearth_store_set_deadline(g_s, 0);
  hearth_val a = vi32(20), r;
  CHECK_EQ_INT(hearth_func_call(fn("fib"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 6765);
#endif
  teardown();
}

/* Every store of optimized code marks the granule it starts in, and nothing else. */
static void dirty_map_marks(void) {
  setup();
  hearth_memory *mem = g_i->mem0;
  const uint8_t *map = h_mem_dirty_map(mem);
  uint32_t addr = 65536 + 3 * H_DIRTY_GRANULE + 5;
  uint32_t g = addr >> H_DIRTY_SHIFT;
  CHECK_EQ_INT(map[g], 0);
  hearth_val a[2] = {vi32((int32_t)addr), vi32(42)}, r;
  CHECK_EQ_INT(hearth_func_call(fn("store"), a, 2, NULL, 0), HEARTH_OK);
  CHECK_EQ_INT(map[g], 1);
  CHECK_EQ_INT(map[g - 1], 0);
  CHECK_EQ_INT(map[g + 1], 0);
  hearth_val l = vi32((int32_t)addr);
  CHECK_EQ_INT(hearth_func_call(fn("load"), &l, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 42);
  /* A store that straddles two granules marks the one it starts in (as interp.c's MARK). */
  uint32_t edge = 65536 + 7 * H_DIRTY_GRANULE - 2;
  a[0] = vi32((int32_t)edge);
  CHECK_EQ_INT(hearth_func_call(fn("store"), a, 2, NULL, 0), HEARTH_OK);
  CHECK_EQ_INT(map[edge >> H_DIRTY_SHIFT], 1);
  /* work's loop stores at address 8 every iteration. */
  hearth_val w = vi32(10);
  CHECK_EQ_INT(map[0], 0);
  CHECK_EQ_INT(hearth_func_call(fn("work"), &w, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(map[0], 1);
  teardown();
}

/* A store loop over 160 KiB (40 granules, i64 stores: the kind the vectorizer widens) in a
 * memory whose data segment is not zero; reset must bring back every byte. */
static const char k_loop_wat[] =
    "(module (memory (export \"memory\") 4)\n"
    "  (data (i32.const 100) \"\\01\\02\\03\\04\\05\\06\\07\\08\")\n"
    "  (data (i32.const 70000) \"hearth\")\n"
    "  (func (export \"fill\") (param $p i32) (param $n i32) (param $v i64)\n"
    "    (loop $l (i64.store (local.get $p) (i64.add (i64.load (local.get $p)) (local.get $v)))\n"
    "      (local.set $p (i32.add (local.get $p) (i32.const 8)))\n"
    "      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))\n";

static void mem_bytes(hearth_instance *inst, uint8_t *out, size_t len) {
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, "memory", &x), HEARTH_OK);
  CHECK_EQ_INT(hearth_memory_read(x.of.memory, 0, out, len), HEARTH_OK);
}

/* Reset after optimized store loops restores every byte they wrote, twice in a row. */
static void reset_undoes_store_loops(void) {
  setenv("HEARTH_TIER", "opt", 1);
  hearth_engine *e;
  hearth_module *m;
  hearth_linker *l;
  hearth_store *s;
  hearth_template *t;
  hearth_instance *inst;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new(e, (const uint8_t *)k_loop_wat, strlen(k_loop_wat), &m), HEARTH_OK);
#ifdef HEARTH_HAVE_LLVM
  CHECK(h_cfunc_opt(&m->code[0]) != NULL);
#endif
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_new(e, m, l, NULL, &t), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_instantiate(t, s, &inst), HEARTH_OK);
  enum { LEN = 4 * 65536 };
  uint8_t *before = malloc(LEN), *now = malloc(LEN);
  CHECK(before && now);
  mem_bytes(inst, before, LEN);
  CHECK_EQ_INT(before[100], 1);
  CHECK_EQ_INT(before[70000], 'h');
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, "fill", &x), HEARTH_OK);
  for (int round = 0; round < 2; round++) {
    /* From address 96 (straddling the segment) over 160 KiB, then an unaligned run. */
    hearth_val a[3] = {vi32(96), vi32(20480), {.type = HEARTH_I64, .of.i64 = 0x0101010101010101 + round}};
    CHECK_EQ_INT(hearth_func_call(x.of.func, a, 3, NULL, 0), HEARTH_OK);
    hearth_val b[3] = {vi32(200003), vi32(1000), {.type = HEARTH_I64, .of.i64 = -7}};
    CHECK_EQ_INT(hearth_func_call(x.of.func, b, 3, NULL, 0), HEARTH_OK);
    mem_bytes(inst, now, LEN);
    CHECK_EQ_INT(now[100], 2);          /* 1 + byte 4 of the addend */
    CHECK_EQ_INT(now[96], 1 + round);   /* 0 + its low byte */
    CHECK_EQ_INT(now[96 + 8 * 20479], 1 + round);
    CHECK(memcmp(before, now, LEN) != 0);
    CHECK_EQ_INT(hearth_instance_reset(inst), HEARTH_OK);
    mem_bytes(inst, now, LEN);
    CHECK(memcmp(before, now, LEN) == 0);
  }
  free(before);
  free(now);
  hearth_store_delete(s);
  hearth_template_delete(t);
  hearth_linker_delete(l);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

/* An engine with no_reset: optimized stores leave the dirty map alone, results are unchanged, and
 * no template can be made from its modules. */
static void no_reset_no_marks(void) {
  setenv("HEARTH_TIER", "opt", 1);
  hearth_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.no_reset = true;
  hearth_engine *e;
  hearth_module *m;
  hearth_linker *l;
  hearth_store *s;
  hearth_instance *inst;
  hearth_template *t = NULL;
  CHECK_EQ_INT(hearth_engine_new(&cfg, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new(e, (const uint8_t *)k_loop_wat, strlen(k_loop_wat), &m), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_new(e, m, l, NULL, &t), HEARTH_ERR_ARGUMENT);
  CHECK(t == NULL);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(s, l, m, &inst), HEARTH_OK);
  hearth_extern x;
  CHECK_EQ_INT(hearth_instance_export(inst, "fill", &x), HEARTH_OK);
  hearth_val a[3] = {vi32(65536), vi32(4096), {.type = HEARTH_I64, .of.i64 = 5}};
  CHECK_EQ_INT(hearth_func_call(x.of.func, a, 3, NULL, 0), HEARTH_OK);
  uint8_t b[8];
  CHECK_EQ_INT(hearth_memory_read(inst->mem0, 65536 + 8 * 4095, b, 8), HEARTH_OK);
  CHECK_EQ_INT(b[0], 5);
  const uint8_t *map = h_mem_dirty_map(inst->mem0);
#ifdef HEARTH_HAVE_LLVM
  CHECK(h_cfunc_opt(&m->code[0]) != NULL);
  for (uint32_t g = 0; g < 4 * 65536 / H_DIRTY_GRANULE; g++) CHECK_EQ_INT(map[g], 0);
#else
  CHECK_EQ_INT(map[65536 >> H_DIRTY_SHIFT], 1); /* the other tiers always mark */
#endif
  hearth_store_delete(s);
  hearth_linker_delete(l);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

/* Calls out of optimized code: to the host (which re-enters the guest), to a function left to the
 * other tiers; a failing host function traps "host function failed". */
static void calls_out(void) {
  setup();
  hearth_val a = vi32(5), r;
  CHECK_EQ_INT(hearth_func_call(fn("viahost"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 26);
  a = vi32(-1);
  CHECK_EQ_INT(hearth_func_call(fn("viahost"), &a, 1, &r, 1), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_HOST);
  a = vi32(1000);
  CHECK_EQ_INT(hearth_func_call(fn("callfill"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i32, 0xAB);
  teardown();
}

/* HEARTH_TIER=auto: the module starts in the baseline; once hot it is compiled on a background
 * thread and calls switch to optimized code, with the same results. */
static void background_tiering(void) {
  setenv("HEARTH_TIER", "auto", 1);
  setenv("HEARTH_CACHE", "0", 1); /* a cached module's code would be taken at load (below) */
  CHECK_EQ_INT(hearth_engine_new(NULL, &g_e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new(g_e, (const uint8_t *)k_wat, strlen(k_wat), &g_m), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(g_e, &g_s), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_new(g_e, &g_l), HEARTH_OK);
  hearth_valtype i32 = HEARTH_I32;
  CHECK_EQ_INT(hearth_linker_define_func(g_l, "host", "sq_plus1", &i32, 1, &i32, 1, host_sq_plus1,
                                         NULL),
               HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, g_l, g_m, &g_i), HEARTH_OK);
  CHECK(h_cfunc_opt(&g_m->code[D_WORK]) == NULL); /* nothing compiled at load */
  hearth_val a = vi32(1000), r, z[2] = {vi32(8), vi32(0)}, z2[2] = {vi32(12), vi32(0)};
  bool switched = false;
  /* Each call is ~1,000 check points: the module turns hot after H_OPT_HOT_REFILLS refills; the
   * compile then takes ~1 s of CPU (bounded here by a generous number of calls, not by time). */
#ifdef HEARTH_HAVE_LLVM
  const int max_calls = 20000000;
#else
  const int max_calls = 2000; /* never switches: this only shows the baseline keeps working */
#endif
  for (int k = 0; k < max_calls && !switched; k++) {
    CHECK_EQ_INT(hearth_func_call(fn("store"), z, 2, NULL, 0), HEARTH_OK);
    CHECK_EQ_INT(hearth_func_call(fn("store"), z2, 2, NULL, 0), HEARTH_OK);
    CHECK_EQ_INT(hearth_func_call(fn("work"), &a, 1, &r, 1), HEARTH_OK);
    CHECK_EQ_INT(r.of.i64, work_expected(1000));
    switched = h_cfunc_opt(&g_m->code[D_WORK]) != NULL;
  }
#ifdef HEARTH_HAVE_LLVM
  CHECK(switched);
  CHECK_EQ_INT(hearth_func_call(fn("store"), z, 2, NULL, 0), HEARTH_OK);
  CHECK_EQ_INT(hearth_func_call(fn("store"), z2, 2, NULL, 0), HEARTH_OK);
  CHECK_EQ_INT(hearth_func_call(fn("work"), &a, 1, &r, 1), HEARTH_OK); /* optimized now */
  CHECK_EQ_INT(r.of.i64, work_expected(1000));
#else
  CHECK(!switched);
#endif
  teardown();
}

/* ---------------------------------------------------------------- the code cache (KEY.hco) */

#ifdef HEARTH_HAVE_LLVM
static char g_dir[64];

/* A fresh cache directory for this case (removed by cache_dir_rm). */
static void cache_dir_new(void) {
  snprintf(g_dir, sizeof g_dir, "/tmp/hearth-optc-XXXXXX");
  CHECK(mkdtemp(g_dir) != NULL);
  setenv("HEARTH_CACHE_DIR", g_dir, 1);
  setenv("HEARTH_TIER", "opt", 1);
}
static void cache_dir_rm(void) {
  DIR *d = opendir(g_dir);
  struct dirent *de;
  char p[400];
  while (d && (de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.') continue;
    snprintf(p, sizeof p, "%s/%s", g_dir, de->d_name);
    unlink(p);
  }
  if (d) closedir(d);
  rmdir(g_dir);
}
/* The one .hco file in the cache directory (count returned, path of the last one in p). */
static int hco_files(char *p, size_t cap) {
  DIR *d = opendir(g_dir);
  struct dirent *de;
  int n = 0;
  while (d && (de = readdir(d)) != NULL) {
    size_t l = strlen(de->d_name);
    if (l > 4 && strcmp(de->d_name + l - 4, ".hco") == 0) {
      snprintf(p, cap, "%s/%s", g_dir, de->d_name);
      n++;
    }
  }
  if (d) closedir(d);
  return n;
}
static bool maps_mention(const char *what) {
  FILE *f = fopen("/proc/self/maps", "r");
  char line[512];
  bool found = false;
  while (f && fgets(line, sizeof line, f)) found = found || strstr(line, what) != NULL;
  if (f) fclose(f);
  return found;
}

/* Results, traps (through helpers and the guard region) and optimized-code coverage of a module
 * set up in this process, whatever its code came from. */
static void check_module_runs(void) {
  for (uint32_t d = 0; d < g_m->nfuncs - g_m->nimported_funcs; d++)
    CHECK((h_cfunc_opt(&g_m->code[d]) == NULL) == (d == D_FILL));
  hearth_val r1, r2, z[2] = {vi32(8), vi32(0)}, z2[2] = {vi32(12), vi32(0)};
  const uint32_t ns[] = {1, 7, 1000};
  for (size_t k = 0; k < sizeof ns / sizeof ns[0]; k++) {
    hearth_val a = vi32((int32_t)ns[k]);
    CHECK_EQ_INT(hearth_func_call(fn("store"), z, 2, NULL, 0), HEARTH_OK);
    CHECK_EQ_INT(hearth_func_call(fn("store"), z2, 2, NULL, 0), HEARTH_OK);
    CHECK_EQ_INT(hearth_func_call(fn("work"), &a, 1, &r1, 1), HEARTH_OK);
    CHECK_EQ_INT(hearth_func_call(fn("store"), z, 2, NULL, 0), HEARTH_OK);
    CHECK_EQ_INT(hearth_func_call(fn("store"), z2, 2, NULL, 0), HEARTH_OK);
    CHECK_EQ_INT(lower_tier(D_WORK, fn("work"), &a, 1, &r2, 1), HEARTH_OK);
    CHECK_EQ_INT(r1.of.i64, r2.of.i64);
    CHECK_EQ_INT(r1.of.i64, work_expected(ns[k]));
  }
  hearth_val ia[2] = {vi32(1), vi32(6)}, v = vi32(5);
  CHECK_EQ_INT(hearth_func_call(fn("indirect"), ia, 2, &r1, 1), HEARTH_OK);
  CHECK_EQ_INT(r1.of.i32, 216);
  CHECK_EQ_INT(hearth_func_call(fn("viahost"), &v, 1, &r1, 1), HEARTH_OK);
  CHECK_EQ_INT(r1.of.i32, 26);
  hearth_val a2[2] = {vi32(1), vi32(0)}, oob = vi32(2 * 65536 - 2), nan = {.type = HEARTH_F64};
  nan.of.f64 = __builtin_nan("");
  expect_trap("div", a2, 2, 1, HEARTH_TRAP_INT_DIV_ZERO);
  expect_trap("load", &oob, 1, 1, HEARTH_TRAP_OOB_MEMORY);
  expect_trap("trunc", &nan, 1, 1, HEARTH_TRAP_INVALID_CONVERSION);
  expect_trap("rec", &v, 1, 1, HEARTH_TRAP_STACK_EXHAUSTED);
}

/* Runs setup + check_module_runs in a child process (which loads the plugin when it compiles),
 * with extra environment name=value when name is not NULL; true when the child passed. */
static bool in_child(const char *name, const char *value, bool expect_compiled) {
  fflush(NULL);
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    if (name) setenv(name, value, 1);
    setup();
    unsigned compiled, cached, loads;
    h_opt_counts(&compiled, &cached, &loads);
    CHECK_EQ_INT(compiled, expect_compiled ? 1 : 0);
    CHECK_EQ_INT(cached, expect_compiled ? 0 : 1);
    check_module_runs();
    teardown();
    _exit(0);
  }
  int st = 0;
  CHECK(waitpid(pid, &st, 0) == pid);
  return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

#endif

/* A first start compiles and fills the cache; a second start (this process, which never loaded
 * the plugin) takes the code from it: no plugin, no libLLVM in the address space, the same
 * results and traps. */
static void cache_warm_start(void) {
#ifdef HEARTH_HAVE_LLVM
  cache_dir_new();
  CHECK(in_child(NULL, NULL, true));
  char p[400];
  CHECK_EQ_INT(hco_files(p, sizeof p), 1);
  setup();
  unsigned compiled, cached, loads;
  h_opt_counts(&compiled, &cached, &loads);
  CHECK_EQ_INT(compiled, 0);
  CHECK_EQ_INT(cached, 1);
  CHECK_EQ_INT(loads, 0);
  CHECK(!maps_mention("libhearth_opt"));
  CHECK(!maps_mention("libLLVM"));
  check_module_runs();
  /* hearth_module_opt_cache_path names the file the cache holds. */
  char q[400];
  CHECK_EQ_INT(hearth_module_opt_cache_path(g_m, q, sizeof q), HEARTH_OK);
  CHECK_STR(q, p);
  teardown();
  cache_dir_rm();
#else
  fprintf(stderr, "note: built without LLVM: nothing to cache\n");
  CHECK_EQ_INT(hearth_module_opt_cache_path(NULL, NULL, 0), HEARTH_ERR_ARGUMENT);
#endif
}

/* A corrupted entry is never executed: it is refused (checksum), the module compiled again and
 * the entry rewritten, which the next start uses. */
static void cache_corrupt_recompiled(void) {
#ifdef HEARTH_HAVE_LLVM
  cache_dir_new();
  CHECK(in_child(NULL, NULL, true));
  char p[400];
  CHECK_EQ_INT(hco_files(p, sizeof p), 1);
  FILE *f = fopen(p, "r+b");
  CHECK(f != NULL);
  CHECK(fseek(f, 400, SEEK_SET) == 0); /* inside the object's text */
  int c = fgetc(f);
  CHECK(c != EOF);
  CHECK(fseek(f, 400, SEEK_SET) == 0);
  fputc(c ^ 0x10, f);
  fclose(f);
  CHECK(in_child(NULL, NULL, true)); /* refused, compiled again, rewritten */
  CHECK(in_child(NULL, NULL, false)); /* the rewritten entry is used */
  /* A truncated entry too. */
  struct stat st;
  CHECK(stat(p, &st) == 0);
  CHECK(truncate(p, st.st_size / 2) == 0);
  CHECK(in_child(NULL, NULL, true));
  /* An entry others may write is not used for code. */
  CHECK(chmod(p, 0666) == 0);
  CHECK(in_child(NULL, NULL, true)); /* rewritten 0644 */
  CHECK(stat(p, &st) == 0);
  CHECK_EQ_INT(st.st_mode & 0777, 0644);
  cache_dir_rm();
#endif
}

/* HEARTH_TIER=auto takes code the cache holds at load (no plugin, no waiting to be hot). */
static void cache_auto_at_load(void) {
#ifdef HEARTH_HAVE_LLVM
  cache_dir_new();
  CHECK(in_child(NULL, NULL, true)); /* HEARTH_TIER=opt fills the cache */
  setenv("HEARTH_TIER", "auto", 1);
  CHECK_EQ_INT(hearth_engine_new(NULL, &g_e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new(g_e, (const uint8_t *)k_wat, strlen(k_wat), &g_m), HEARTH_OK);
  CHECK(h_cfunc_opt(&g_m->code[D_WORK]) != NULL);
  unsigned compiled, cached, loads;
  h_opt_counts(&compiled, &cached, &loads);
  CHECK_EQ_INT(compiled, 0);
  CHECK_EQ_INT(cached, 1);
  CHECK_EQ_INT(loads, 0);
  CHECK_EQ_INT(hearth_store_new(g_e, &g_s), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_new(g_e, &g_l), HEARTH_OK);
  hearth_valtype i32 = HEARTH_I32;
  CHECK_EQ_INT(hearth_linker_define_func(g_l, "host", "sq_plus1", &i32, 1, &i32, 1, host_sq_plus1,
                                         NULL),
               HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(g_s, g_l, g_m, &g_i), HEARTH_OK);
  check_module_runs();
  teardown();
  cache_dir_rm();
#endif
}

/* A module with nothing the tier translates gets an empty entry: later starts need no plugin. */
static void cache_nothing_to_optimize(void) {
#ifdef HEARTH_HAVE_LLVM
  static const char wat[] = "(module (memory 1) (func (export \"f\") (param i32)\n"
                            "  (memory.fill (local.get 0) (i32.const 1) (i32.const 8))))";
  cache_dir_new();
  for (int round = 0; round < 2; round++) {
    fflush(NULL);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
      CHECK_EQ_INT(hearth_engine_new(NULL, &g_e), HEARTH_OK);
      CHECK_EQ_INT(hearth_module_new(g_e, (const uint8_t *)wat, strlen(wat), &g_m), HEARTH_OK);
      CHECK(h_cfunc_opt(&g_m->code[0]) == NULL);
      unsigned compiled, cached, loads;
      h_opt_counts(&compiled, &cached, &loads);
      CHECK_EQ_INT(compiled, round == 0);
      CHECK_EQ_INT(cached, round == 1);
      CHECK_EQ_INT(loads, round == 0);
      CHECK_EQ_INT(hearth_store_new(g_e, &g_s), HEARTH_OK);
      CHECK_EQ_INT(hearth_instance_new(g_s, NULL, g_m, &g_i), HEARTH_OK);
      hearth_val a = vi32(16);
      CHECK_EQ_INT(hearth_func_call(fn("f"), &a, 1, NULL, 0), HEARTH_OK);
      hearth_store_delete(g_s);
      hearth_module_delete(g_m);
      hearth_engine_delete(g_e);
      _exit(0);
    }
    int st = 0;
    CHECK(waitpid(pid, &st, 0) == pid);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  }
  cache_dir_rm();
#endif
}

/* An entry made on another CPU (HEARTH_CACHE_CPU plays one) is not used, even under this CPU's
 * file name. */
static void cache_foreign_cpu(void) {
#ifdef HEARTH_HAVE_LLVM
  cache_dir_new();
  CHECK(in_child("HEARTH_CACHE_CPU", "1234", true));
  CHECK(in_child("HEARTH_CACHE_CPU", "1234", false));
  char foreign[400], mine[400];
  CHECK_EQ_INT(hco_files(foreign, sizeof foreign), 1);
  CHECK(in_child(NULL, NULL, true)); /* another key, another file: compiled */
  CHECK_EQ_INT(hco_files(mine, sizeof mine), 2);
  char p[400];
  DIR *d = opendir(g_dir);
  struct dirent *de;
  while ((de = readdir(d)) != NULL) { /* mine: the .hco that is not the foreign one */
    snprintf(p, sizeof p, "%s/%s", g_dir, de->d_name);
    size_t l = strlen(p);
    if (l > 4 && strcmp(p + l - 4, ".hco") == 0 && strcmp(p, foreign) != 0) snprintf(mine, sizeof mine, "%s", p);
  }
  closedir(d);
  CHECK(rename(foreign, mine) == 0); /* the foreign entry under this CPU's name */
  CHECK(in_child(NULL, NULL, true));
  cache_dir_rm();
#endif
}

/* The flavours stay apart: a store with fuel gets METERED code (compiled on its first call: exact
 * fuel; an endless loop ends by fuel, not by the safety interrupt 5 s later), the store without
 * fuel keeps UNMETERED, and the cache holds one entry per flavour, which a later load takes. */
static void flavours_apart(void) {
#ifdef HEARTH_HAVE_LLVM
  cache_dir_new();
  setup();
  char p[400];
  CHECK_EQ_INT(hco_files(p, sizeof p), 1);
  CHECK(has_flavour(D_WORK, H_OPT_UNMETERED) && !has_flavour(D_WORK, H_OPT_METERED));
  hearth_val a = vi32(500), r, z[2] = {vi32(8), vi32(0)}, z2[2] = {vi32(12), vi32(0)};
  const uint64_t F = 1000000;
  hearth_store_set_fuel(g_s, F);
  CHECK_EQ_INT(hearth_func_call(fn("store"), z, 2, NULL, 0), HEARTH_OK); /* memory word 8 = 0 */
  CHECK_EQ_INT(hearth_func_call(fn("store"), z2, 2, NULL, 0), HEARTH_OK);
  CHECK_EQ_INT(hearth_func_call(fn("work"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i64, work_expected(500));
  CHECK(has_flavour(D_WORK, H_OPT_METERED) && has_flavour(D_WORK, H_OPT_UNMETERED));
  uint64_t used = F - hearth_store_fuel(g_s);
  hearth_store_set_fuel(g_s, F);
  CHECK_EQ_INT(lower_tier(D_WORK, fn("work"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(used, F - hearth_store_fuel(g_s));
  CHECK_EQ_INT(hco_files(p, sizeof p), 2);
  irq_later q;
  irq_start(&q, g_s, 5000);
  hearth_store_set_fuel(g_s, 100000);
  CHECK_EQ_INT(hearth_func_call(fn("spin"), NULL, 0, NULL, 0), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(g_s), HEARTH_TRAP_FUEL);
  CHECK_EQ_INT(hearth_store_fuel(g_s), 0);
  pthread_join(q.t, NULL);
  /* Unmetered again: UNMETERED code, and the work's result. */
  hearth_store_set_fuel(g_s, UINT64_MAX);
  CHECK_EQ_INT(hearth_func_call(fn("store"), z, 2, NULL, 0), HEARTH_OK); /* memory word 8 = 0 */
  CHECK_EQ_INT(hearth_func_call(fn("store"), z2, 2, NULL, 0), HEARTH_OK);
  CHECK_EQ_INT(hearth_func_call(fn("work"), &a, 1, &r, 1), HEARTH_OK);
  CHECK_EQ_INT(r.of.i64, work_expected(500));
  CHECK_EQ_INT(hearth_store_fuel(g_s), UINT64_MAX);
  teardown();
  /* A second load takes both flavours from the cache, without the plugin. */
  unsigned c0, k0, l0, c1, k1, l1;
  h_opt_counts(&c0, &k0, &l0);
  setup();
  h_opt_counts(&c1, &k1, &l1);
  CHECK_EQ_INT(c1, c0);
  CHECK_EQ_INT(k1, k0 + 2);
  CHECK(has_flavour(D_WORK, H_OPT_METERED) && has_flavour(D_WORK, H_OPT_UNMETERED));
  teardown();
  cache_dir_rm();
#endif
}

T_MAIN(T_CASE(which_functions), T_CASE(dead_loads_trap), T_CASE(background_tiering), T_CASE(same_results), T_CASE(agrees_with_lower_tiers),
       T_CASE(traps), T_CASE(fuel_is_exact), T_CASE(fuel_through_calls), T_CASE(fuel_in_loops), T_CASE(deadline), T_CASE(dirty_map_marks),
       T_CASE(reset_undoes_store_loops), T_CASE(no_reset_no_marks),
       T_CASE(calls_out), T_CASE(cache_warm_start), T_CASE(cache_corrupt_recompiled),
       T_CASE(cache_foreign_cpu), T_CASE(cache_auto_at_load),
       T_CASE(cache_nothing_to_optimize), T_CASE(unmetered_interrupt), T_CASE(unmetered_deadline),
       T_CASE(flavours_apart))
