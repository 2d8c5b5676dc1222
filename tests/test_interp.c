/* test_interp.c: the interpreter on hand-assembled internal code (no decoder or compiler involved). */
#include <math.h>
#include <pthread.h>
#include <unistd.h>

#include "internal.h"
#include "t.h"

/* ---- fallbacks for runtime.c functions, used only while the library lacks them (weak: a real
 * definition in libhearth wins when it is linked in) */

__attribute__((weak)) hearth_status h_rt_host_call(hearth_store *s, hearth_func *f,
                                                   hearth_instance *caller_inst, uint64_t *slots) {
  hearth_caller c = {s, caller_inst};
  return f->raw(&c, f->user, slots);
}

static char g_names[16][16];
__attribute__((weak)) const char *h_rt_func_name(hearth_instance *inst, uint32_t fi) {
  (void)inst;
  snprintf(g_names[fi & 15], sizeof g_names[0], "$f%u", fi);
  return g_names[fi & 15];
}

/* gc.c's calls into runtime.c: this test's store is a bare hearth_store (no runtime.c state), and
 * linking runtime.c in for them would replace the fallbacks above with functions that need one. */
__attribute__((weak)) uint64_t h_rt_store_mem_bytes(const hearth_store *s) {
  (void)s;
  return 0;
}
__attribute__((weak)) void h_rt_store_ref_roots(hearth_store *s,
                                                void (*fn)(void *u, const uint64_t *p, size_t n),
                                                void *u) {
  (void)s, (void)fn, (void)u;
}

__attribute__((weak)) int64_t h_rt_table_grow(hearth_table *t, uint32_t delta, uint64_t init) {
  uint64_t max = t->decl.has_max ? t->decl.max : UINT32_MAX;
  if (max > H_MAX_TABLE_ELEMS) max = H_MAX_TABLE_ELEMS;
  uint64_t n = (uint64_t)t->size + delta;
  if (n > max) return -1;
  if (n > t->cap) {
    uint64_t *p = h_realloc(t->elems, (size_t)n * 8);
    if (!p) return -1;
    t->elems = p;
    t->cap = (uint32_t)n;
  }
  for (uint64_t i = t->size; i < n; i++) t->elems[i] = init;
  uint32_t old = t->size;
  t->size = (uint32_t)n;
  return old;
}

/* ---- emitter */

typedef struct em {
  h_word w[512];
  uint32_t n;
} em;

/* Emits op (two opcode words) and its operand words; returns the instruction's position (ops.h:
 * the index of the opcode's second word). */
static uint32_t emit(em *e, unsigned op, int nargs, ...) {
  uint64_t ow = h_interp_opword(op);
  e->w[e->n++] = (h_word)ow;
  uint32_t at = e->n;
  e->w[e->n++] = (h_word)(ow >> 32);
  va_list ap;
  va_start(ap, nargs);
  for (int i = 0; i < nargs; i++) e->w[e->n++] = va_arg(ap, uint32_t);
  va_end(ap);
  CHECK(e->n < 512);
  return at;
}
#define E0(e, op) emit(e, H_OP_##op, 0)
#define E1(e, op, a) emit(e, H_OP_##op, 1, (uint32_t)(a))
#define E2(e, op, a, b) emit(e, H_OP_##op, 2, (uint32_t)(a), (uint32_t)(b))
#define E3(e, op, a, b, c) emit(e, H_OP_##op, 3, (uint32_t)(a), (uint32_t)(b), (uint32_t)(c))
#define E4(e, op, a, b, c, d) \
  emit(e, H_OP_##op, 4, (uint32_t)(a), (uint32_t)(b), (uint32_t)(c), (uint32_t)(d))
#define E5(e, op, a, b, c, d, f) \
  emit(e, H_OP_##op, 5, (uint32_t)(a), (uint32_t)(b), (uint32_t)(c), (uint32_t)(d), (uint32_t)(f))
/* Patches the rel operand (word index k of the instruction at `at`) to jump to `to`. */
static void patch(em *e, uint32_t at, uint32_t k, uint32_t to) {
  e->w[at + k] = (uint32_t)((int32_t)to - (int32_t)at);
}

/* ---- fixture: one store, one module with NIMP imported + NDEF defined functions, one instance */

#define NIMP 2
#define NDEF 8
#define NTYPES 3 /* 0: (i32 i32) -> i32   1: (i32) -> i32   2: () -> () */

static hearth_store S;
static hearth_module M;
static hearth_instance I;
static hearth_memory MEM;
static hearth_table TAB;
static h_cfunc CODE[NDEF];
static hearth_func DEF[NDEF], IMP[NIMP];
static hearth_func *FUNCS[NIMP + NDEF];
static h_functype TYPES[NTYPES];
static hearth_memory *MEMS[1];
static hearth_table *TABLES[1];
static hearth_global G0, *GLOBALS[1];
static h_valtype T_II[2] = {H_T_I32, H_T_I32};
static h_data DATAS[1];
static bool DROPPED[1];
static uint64_t ELEM0[3];
static uint64_t *ELEM_ITEMS[1] = {ELEM0};
static uint32_t ELEM_LEN[1] = {3};

static hearth_engine E; /* default configuration: guard pages where the build has them */

static void setup(void) {
  h_interp_init_guard(); /* hearth_engine_new's job, for this hand-made store */
  S.engine = &E;
  S.stack_slots = 1u << 16;
  S.stack = h_calloc(S.stack_slots, sizeof(uint64_t));
  S.stack_top = S.stack;
  S.max_depth = 1000;
  S.frames = h_calloc(S.max_depth, sizeof(h_frame));
  S.fuel = UINT64_MAX;
  CHECK(S.stack && S.frames);

  TYPES[0] = (h_functype){.nparams = 2, .nresults = 1, .params = T_II, .results = T_II};
  TYPES[1] = (h_functype){.nparams = 1, .nresults = 1, .params = T_II, .results = T_II};
  TYPES[2] = (h_functype){.nparams = 0, .nresults = 0};
  for (int i = 0; i < NTYPES; i++) h_functype_finish(&TYPES[i]);
  M.types = TYPES;
  M.ntypes = NTYPES;
  M.nfuncs = NIMP + NDEF;
  M.nimported_funcs = NIMP;
  M.code = CODE;
  static const uint8_t data[] = {1, 2, 3, 4, 5};
  DATAS[0] = (h_data){.mode = H_SEG_PASSIVE, .bytes = data, .len = sizeof data};
  M.datas = DATAS;
  M.ndatas = 1;

  CHECK_EQ_INT(h_mem_init(&MEM, 1, 4), HEARTH_OK);
  MEM.store = &S;
  MEMS[0] = &MEM;
  TAB.elem = H_T_FUNCREF;
  TAB.size = TAB.cap = 4;
  TAB.elems = h_calloc(4, sizeof(uint64_t));
  TAB.decl.max = 6;
  TAB.decl.has_max = true;
  TABLES[0] = &TAB;
  GLOBALS[0] = &G0;

  I.store = &S;
  I.module = &M;
  I.funcs = FUNCS;
  I.defined = DEF;
  I.mems = MEMS;
  I.mem0 = &MEM;
  I.tables = TABLES;
  I.globals = GLOBALS;
  I.elem_items = ELEM_ITEMS;
  I.elem_len = ELEM_LEN;
  I.data_dropped = DROPPED;
  for (uint32_t i = 0; i < NDEF; i++) {
    DEF[i] = (hearth_func){.store = &S, .inst = &I, .code = &CODE[i], .index = NIMP + i};
    FUNCS[NIMP + i] = &DEF[i];
  }
  for (uint32_t i = 0; i < NIMP; i++) FUNCS[i] = &IMP[i];
}

/* Installs code as defined function i. */
static void defn(uint32_t i, const em *e, uint32_t params, uint32_t locals, uint32_t frame,
                 uint32_t results, uint32_t type) {
  h_free(CODE[i].code);
  CODE[i] = (h_cfunc){.code = h_malloc(e->n * sizeof(h_word)), .ncode = e->n,
                      .param_slots = params, .local_slots = locals, .zero_lo = params,
                      .zero_n = locals, .frame_slots = frame,
                      .result_slots = results, .type = type};
  memcpy(CODE[i].code, e->w, e->n * sizeof(h_word));
  DEF[i].type = &TYPES[type];
}

static hearth_status call(uint32_t i, uint64_t *slots) { return h_interp_call(&S, &DEF[i], slots); }

/* One numeric op on slots 0 (and 1), result from slot 2. */
static hearth_status run_op(unsigned op, bool binary, uint64_t a, uint64_t b, uint64_t *r) {
  em e = {.n = 0};
  if (binary)
    emit(&e, op, 3, 2u, 0u, 1u);
  else
    emit(&e, op, 2, 2u, 0u);
  E2(&e, RETURN, 2, 1);
  defn(7, &e, 2, 0, 3, 1, 0);
  uint64_t slots[2] = {a, b};
  hearth_status st = call(7, slots);
  *r = slots[0];
  return st;
}
static uint64_t bin(unsigned op, uint64_t a, uint64_t b) {
  uint64_t r;
  CHECK_EQ_INT(run_op(op, true, a, b, &r), HEARTH_OK);
  return r;
}
static uint64_t un(unsigned op, uint64_t a) {
  uint64_t r;
  CHECK_EQ_INT(run_op(op, false, a, 0, &r), HEARTH_OK);
  return r;
}
static hearth_trap bin_trap(unsigned op, uint64_t a, uint64_t b) {
  uint64_t r;
  CHECK_EQ_INT(run_op(op, true, a, b, &r), HEARTH_ERR_TRAP);
  return S.trap;
}
static hearth_trap un_trap(unsigned op, uint64_t a) {
  uint64_t r;
  CHECK_EQ_INT(run_op(op, false, a, 0, &r), HEARTH_ERR_TRAP);
  return S.trap;
}

static uint64_t f32b(float f) {
  uint32_t b;
  memcpy(&b, &f, 4);
  return b;
}
static uint64_t f64b(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return b;
}
#define NEG0_32 0x80000000u
#define NAN32 0x7fc00000u
#define NEG0_64 0x8000000000000000ull

/* ---- cases */

static void opwords_roundtrip(void) {
  for (unsigned op = 0; op < H_OP_COUNT; op++) {
    uint64_t w = h_interp_opword(op);
    CHECK_EQ_INT(h_interp_op_of_word(w), op);
  }
  h_interp_init();
  CHECK_EQ_INT(h_interp_opword(H_OP_I32_ADD), h_interp_opword(H_OP_I32_ADD));
}

static void i32_arith(void) {
  setup();
  CHECK_EQ_INT(bin(H_OP_I32_ADD, 0xffffffffu, 2), 1);
  CHECK_EQ_INT(bin(H_OP_I32_SUB, 0, 1), 0xffffffffu);
  CHECK_EQ_INT(bin(H_OP_I32_MUL, 0x10000u, 0x10000u), 0);
  CHECK_EQ_INT(bin(H_OP_I32_DIV_S, (uint32_t)-7, 2), (uint32_t)-3);
  CHECK_EQ_INT(bin(H_OP_I32_DIV_U, (uint32_t)-7, 2), 0x7ffffffcu);
  CHECK_EQ_INT(bin(H_OP_I32_REM_S, (uint32_t)-7, 2), (uint32_t)-1);
  CHECK_EQ_INT(bin(H_OP_I32_REM_S, 0x80000000u, 0xffffffffu), 0);
  CHECK_EQ_INT(bin(H_OP_I32_REM_U, 7, 3), 1);
  CHECK_EQ_INT(bin_trap(H_OP_I32_DIV_S, 0x80000000u, 0xffffffffu), HEARTH_TRAP_INT_OVERFLOW);
  CHECK_EQ_INT(bin_trap(H_OP_I32_DIV_S, 1, 0), HEARTH_TRAP_INT_DIV_ZERO);
  CHECK_EQ_INT(bin_trap(H_OP_I32_DIV_U, 1, 0), HEARTH_TRAP_INT_DIV_ZERO);
  CHECK_EQ_INT(bin_trap(H_OP_I32_REM_S, 1, 0), HEARTH_TRAP_INT_DIV_ZERO);
  CHECK_EQ_INT(bin_trap(H_OP_I32_REM_U, 1, 0), HEARTH_TRAP_INT_DIV_ZERO);
  CHECK_EQ_INT(bin(H_OP_I32_SHL, 1, 33), 2);
  CHECK_EQ_INT(bin(H_OP_I32_SHR_S, 0x80000000u, 63), 0xffffffffu);
  CHECK_EQ_INT(bin(H_OP_I32_SHR_U, 0x80000000u, 31), 1);
  CHECK_EQ_INT(bin(H_OP_I32_ROTL, 0x80000001u, 1), 3);
  CHECK_EQ_INT(bin(H_OP_I32_ROTL, 0x12345678u, 32), 0x12345678u);
  CHECK_EQ_INT(bin(H_OP_I32_ROTR, 1, 1), 0x80000000u);
  CHECK_EQ_INT(bin(H_OP_I32_ROTR, 0xabcd1234u, 0), 0xabcd1234u);
  CHECK_EQ_INT(un(H_OP_I32_CLZ, 0), 32);
  CHECK_EQ_INT(un(H_OP_I32_CTZ, 0), 32);
  CHECK_EQ_INT(un(H_OP_I32_CLZ, 1), 31);
  CHECK_EQ_INT(un(H_OP_I32_POPCNT, 0xffffffffu), 32);
  CHECK_EQ_INT(bin(H_OP_I32_LT_S, 0xffffffffu, 0), 1);
  CHECK_EQ_INT(bin(H_OP_I32_LT_U, 0xffffffffu, 0), 0);
  CHECK_EQ_INT(un(H_OP_I32_EQZ, 0x100000000ull), 1); /* readers use the low 32 bits only */
  CHECK_EQ_INT(un(H_OP_I32_EXTEND8_S, 0x80), 0xffffff80u);
  CHECK_EQ_INT(un(H_OP_I32_EXTEND16_S, 0x7fff), 0x7fff);
  CHECK_EQ_INT(un(H_OP_I32_WRAP_I64, 0x123456789ull), 0x23456789u);
}

static void i64_arith(void) {
  setup();
  const uint64_t MIN = 0x8000000000000000ull, M1 = ~0ull;
  CHECK(bin(H_OP_I64_ADD, M1, 2) == 1);
  CHECK_EQ_INT(bin_trap(H_OP_I64_DIV_S, MIN, M1), HEARTH_TRAP_INT_OVERFLOW);
  CHECK_EQ_INT(bin_trap(H_OP_I64_DIV_U, 5, 0), HEARTH_TRAP_INT_DIV_ZERO);
  CHECK_EQ_INT(bin_trap(H_OP_I64_REM_S, 5, 0), HEARTH_TRAP_INT_DIV_ZERO);
  CHECK(bin(H_OP_I64_REM_S, MIN, M1) == 0);
  CHECK(bin(H_OP_I64_DIV_S, (uint64_t)-9, 2) == (uint64_t)-4);
  CHECK(bin(H_OP_I64_SHL, 1, 65) == 2);
  CHECK(bin(H_OP_I64_SHR_S, MIN, 127) == M1);
  CHECK(bin(H_OP_I64_ROTL, MIN | 1, 1) == 3);
  CHECK(bin(H_OP_I64_ROTR, 1, 64) == 1);
  CHECK(un(H_OP_I64_CLZ, 0) == 64);
  CHECK(un(H_OP_I64_CTZ, 0) == 64);
  CHECK(un(H_OP_I64_POPCNT, M1) == 64);
  CHECK(un(H_OP_I64_EXTEND_I32_S, 0x80000000u) == 0xffffffff80000000ull);
  CHECK(un(H_OP_I64_EXTEND_I32_U, 0xffffffff80000000ull) == 0x80000000u);
  CHECK(un(H_OP_I64_EXTEND32_S, 0x80000000u) == 0xffffffff80000000ull);
  CHECK(un(H_OP_I64_EXTEND8_S, 0x17f) == 0x7f);
  CHECK(bin(H_OP_I64_LT_S, M1, 0) == 1);
  CHECK(bin(H_OP_I64_GE_U, M1, 0) == 1);
}

static void float_semantics(void) {
  setup();
  /* min/max with -0/+0 and NaN */
  CHECK_EQ_INT(bin(H_OP_F32_MIN, f32b(0.0f), NEG0_32), NEG0_32);
  CHECK_EQ_INT(bin(H_OP_F32_MIN, NEG0_32, f32b(0.0f)), NEG0_32);
  CHECK_EQ_INT(bin(H_OP_F32_MAX, NEG0_32, f32b(0.0f)), 0);
  CHECK_EQ_INT(bin(H_OP_F32_MAX, f32b(0.0f), NEG0_32), 0);
  CHECK((bin(H_OP_F32_MIN, NAN32, f32b(1.0f)) & 0x7fc00000u) == 0x7fc00000u);
  CHECK((bin(H_OP_F32_MAX, f32b(1.0f), NAN32) & 0x7fc00000u) == 0x7fc00000u);
  CHECK(bin(H_OP_F64_MIN, f64b(0.0), NEG0_64) == NEG0_64);
  CHECK(bin(H_OP_F64_MAX, NEG0_64, f64b(0.0)) == 0);
  uint64_t r = bin(H_OP_F64_MAX, f64b(NAN), f64b(-1.0));
  double d;
  memcpy(&d, &r, 8);
  CHECK(isnan(d));
  CHECK(bin(H_OP_F64_MIN, f64b(-1.0), f64b(2.0)) == f64b(-1.0));
  /* nearest: ties to even, sign kept */
  CHECK_EQ_INT(un(H_OP_F32_NEAREST, f32b(2.5f)), f32b(2.0f));
  CHECK_EQ_INT(un(H_OP_F32_NEAREST, f32b(-0.5f)), NEG0_32);
  CHECK_EQ_INT(un(H_OP_F32_NEAREST, f32b(3.5f)), f32b(4.0f));
  CHECK(un(H_OP_F64_NEAREST, f64b(-2.5)) == f64b(-2.0));
  CHECK(un(H_OP_F64_NEAREST, f64b(0.49999999999999994)) == 0);
  CHECK(un(H_OP_F64_TRUNC, f64b(-0.7)) == NEG0_64);
  CHECK(un(H_OP_F64_CEIL, f64b(-0.5)) == NEG0_64);
  CHECK(un(H_OP_F32_FLOOR, f32b(-0.5f)) == f32b(-1.0f));
  CHECK(un(H_OP_F64_SQRT, f64b(4.0)) == f64b(2.0));
  /* rounding quiets a signaling NaN (libm would return it unchanged) */
  CHECK_EQ_INT(un(H_OP_F32_CEIL, 0x7fa00000u), 0x7fe00000u);
  CHECK(un(H_OP_F64_NEAREST, 0xfff4000000000000ull) == 0xfffc000000000000ull);
  /* abs/neg/copysign are bit operations: NaN payloads (signaling too) survive */
  CHECK_EQ_INT(un(H_OP_F32_NEG, 0x7fa00001u), 0xffa00001u);
  CHECK_EQ_INT(un(H_OP_F32_ABS, 0xffa00001u), 0x7fa00001u);
  CHECK_EQ_INT(bin(H_OP_F32_COPYSIGN, 0x7fa00001u, NEG0_32), 0xffa00001u);
  CHECK(un(H_OP_F64_NEG, 0x7ff0000000000001ull) == 0xfff0000000000001ull);
  CHECK(un(H_OP_F64_ABS, 0xfff0000000000001ull) == 0x7ff0000000000001ull);
  CHECK(bin(H_OP_F64_COPYSIGN, f64b(3.0), f64b(-0.0)) == f64b(-3.0));
  CHECK_EQ_INT(un(H_OP_I32_REINTERPRET_F32, 0x7fa00001u), 0x7fa00001u);
  CHECK(un(H_OP_F64_REINTERPRET_I64, 0x7ff0000000000001ull) == 0x7ff0000000000001ull);
  /* comparisons with NaN */
  CHECK_EQ_INT(bin(H_OP_F32_EQ, NAN32, NAN32), 0);
  CHECK_EQ_INT(bin(H_OP_F32_NE, NAN32, NAN32), 1);
  CHECK_EQ_INT(bin(H_OP_F64_LT, f64b(-0.0), f64b(0.0)), 0);
  CHECK_EQ_INT(bin(H_OP_F64_LE, f64b(-0.0), f64b(0.0)), 1);
  CHECK_EQ_INT(bin(H_OP_F32_ADD, f32b(1.5f), f32b(2.25f)), f32b(3.75f));
  CHECK(bin(H_OP_F64_DIV, f64b(1.0), f64b(0.0)) == f64b(INFINITY));
}

static void conversions(void) {
  setup();
  /* trapping truncation bounds */
  CHECK_EQ_INT(un(H_OP_I32_TRUNC_F32_S, f32b(-2147483648.0f)), 0x80000000u);
  CHECK_EQ_INT(un_trap(H_OP_I32_TRUNC_F32_S, f32b(2147483648.0f)), HEARTH_TRAP_INT_OVERFLOW);
  CHECK_EQ_INT(un_trap(H_OP_I32_TRUNC_F32_S, NAN32), HEARTH_TRAP_INVALID_CONVERSION);
  CHECK_EQ_INT(un(H_OP_I32_TRUNC_F64_S, f64b(-2147483648.9)), 0x80000000u);
  CHECK_EQ_INT(un_trap(H_OP_I32_TRUNC_F64_S, f64b(-2147483649.0)), HEARTH_TRAP_INT_OVERFLOW);
  CHECK_EQ_INT(un(H_OP_I32_TRUNC_F64_S, f64b(2147483647.9)), 0x7fffffff);
  CHECK_EQ_INT(un(H_OP_I32_TRUNC_F64_U, f64b(-0.9)), 0);
  CHECK_EQ_INT(un_trap(H_OP_I32_TRUNC_F64_U, f64b(-1.0)), HEARTH_TRAP_INT_OVERFLOW);
  CHECK_EQ_INT(un(H_OP_I32_TRUNC_F64_U, f64b(4294967295.9)), 0xffffffffu);
  CHECK_EQ_INT(un_trap(H_OP_I32_TRUNC_F64_U, f64b(4294967296.0)), HEARTH_TRAP_INT_OVERFLOW);
  CHECK_EQ_INT(un_trap(H_OP_I32_TRUNC_F32_U, f32b(INFINITY)), HEARTH_TRAP_INT_OVERFLOW);
  CHECK(un(H_OP_I64_TRUNC_F64_S, f64b(-9223372036854775808.0)) == 0x8000000000000000ull);
  CHECK_EQ_INT(un_trap(H_OP_I64_TRUNC_F64_S, f64b(9223372036854775808.0)),
               HEARTH_TRAP_INT_OVERFLOW);
  CHECK(un(H_OP_I64_TRUNC_F32_S, f32b(-9223372036854775808.0f)) == 0x8000000000000000ull);
  CHECK(un(H_OP_I64_TRUNC_F64_U, f64b(18446744073709549568.0)) == 0xfffffffffffff800ull);
  CHECK_EQ_INT(un_trap(H_OP_I64_TRUNC_F64_U, f64b(18446744073709551616.0)),
               HEARTH_TRAP_INT_OVERFLOW);
  CHECK_EQ_INT(un_trap(H_OP_I64_TRUNC_F64_U, f64b(NAN)), HEARTH_TRAP_INVALID_CONVERSION);
  /* saturating */
  CHECK_EQ_INT(un(H_OP_I32_TRUNC_SAT_F32_S, NAN32), 0);
  CHECK_EQ_INT(un(H_OP_I32_TRUNC_SAT_F32_S, f32b(-1e10f)), 0x80000000u);
  CHECK_EQ_INT(un(H_OP_I32_TRUNC_SAT_F32_S, f32b(1e10f)), 0x7fffffff);
  CHECK_EQ_INT(un(H_OP_I32_TRUNC_SAT_F64_U, f64b(-5.0)), 0);
  CHECK_EQ_INT(un(H_OP_I32_TRUNC_SAT_F64_U, f64b(1e100)), 0xffffffffu);
  CHECK_EQ_INT(un(H_OP_I32_TRUNC_SAT_F64_U, f64b(3.9)), 3);
  CHECK(un(H_OP_I64_TRUNC_SAT_F64_S, f64b(-INFINITY)) == 0x8000000000000000ull);
  CHECK(un(H_OP_I64_TRUNC_SAT_F64_S, f64b(INFINITY)) == 0x7fffffffffffffffull);
  CHECK(un(H_OP_I64_TRUNC_SAT_F32_U, f32b(INFINITY)) == ~0ull);
  CHECK(un(H_OP_I64_TRUNC_SAT_F64_U, f64b(NAN)) == 0);
  /* integer -> float, correctly rounded */
  CHECK_EQ_INT(un(H_OP_F32_CONVERT_I64_U, ~0ull), f32b(18446744073709551616.0f));
  CHECK_EQ_INT(un(H_OP_F32_CONVERT_I64_U, 0x8000008000000001ull), 0x5f000001u);
  CHECK_EQ_INT(un(H_OP_F32_CONVERT_I64_S, 0x20000020000001ull), 0x5a000001u);
  CHECK(un(H_OP_F64_CONVERT_I64_U, ~0ull) == f64b(18446744073709551616.0));
  CHECK(un(H_OP_F64_CONVERT_I64_U, 0x8000000000000401ull) == 0x43e0000000000001ull);
  CHECK_EQ_INT(un(H_OP_F32_CONVERT_I32_U, 0xffffffffu), f32b(4294967296.0f));
  CHECK_EQ_INT(un(H_OP_F32_CONVERT_I32_S, 0x80000000u), f32b(-2147483648.0f));
  CHECK(un(H_OP_F64_CONVERT_I32_U, 0xffffffffu) == f64b(4294967295.0));
  CHECK_EQ_INT(un(H_OP_F32_DEMOTE_F64, f64b(1.0 + 0x1p-30)), f32b(1.0f));
  CHECK(un(H_OP_F64_PROMOTE_F32, f32b(1.5f)) == f64b(1.5));
}

static void memory_access(void) {
  setup();
  em e = {.n = 0};
  /* f(addr, val): i32.store [addr+4] val; return i64.load8_s [addr+4] + i32.load16_u ... */
  E3(&e, I32_STORE, 0, 1, 4);
  E3(&e, I64_LOAD8_S, 2, 0, 4);
  E3(&e, I32_LOAD16_U, 3, 0, 4);
  E2(&e, I64_EXTEND_I32_U, 3, 3);
  E2(&e, MOV, 0, 2);
  E2(&e, MOV, 1, 3);
  E2(&e, RETURN, 0, 2);
  defn(0, &e, 2, 0, 4, 2, 0);
  uint64_t sl[2] = {10, 0x1234ff80};
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  CHECK(sl[0] == 0xffffffffffffff80ull);
  CHECK_EQ_INT(sl[1], 0xff80);
  CHECK_EQ_INT(MEM.base[14], 0x80);
  CHECK_EQ_INT(MEM.base[17], 0x12);
  /* last in-bounds word, then one byte past */
  sl[0] = 65532 - 4;
  sl[1] = 7;
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  sl[0] = 65533 - 4;
  CHECK_EQ_INT(call(0, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_MEMORY);
  /* address + offset does not wrap around 32 bits */
  sl[0] = 0xfffffffeu;
  CHECK_EQ_INT(call(0, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_MEMORY);
  CHECK_EQ_INT(S.nframes, 0);

  /* memory.grow / memory.size: the interpreter sees the new size right away */
  em g = {.n = 0};
  E2(&g, MEMORY_GROW, 1, 0);   /* slot1 = grow(slot0) */
  E1(&g, MEMORY_SIZE, 2);
  E3(&g, I32_LOAD, 3, 2, 65536); /* 65536 + pages: in bounds only after growing */
  E2(&g, MOV, 0, 1);
  E2(&g, RETURN, 0, 1);
  defn(1, &g, 1, 0, 4, 1, 1);
  sl[0] = 0;
  CHECK_EQ_INT(call(1, sl), HEARTH_ERR_TRAP);
  sl[0] = 1;
  CHECK_EQ_INT(call(1, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 1);
  CHECK_EQ_INT(MEM.size, 2 * 65536);
  sl[0] = 100; /* past the max of 4 pages */
  CHECK_EQ_INT(call(1, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 0xffffffffu);
}

static void bulk_memory(void) {
  setup();
  em e = {.n = 0};
  /* f(d, s, n): memory.init data0; memory.copy d+8 <- d, n; memory.fill 0..4 with 0xAA if n==0 */
  E4(&e, MEMORY_INIT, 0, 0, 1, 2);
  E2(&e, CONST32, 3, 8);
  E3(&e, I32_ADD, 3, 0, 3);
  E3(&e, MEMORY_COPY, 3, 0, 2);
  E2(&e, CONST32, 4, 0xAA);
  E3(&e, MEMORY_FILL, 0, 4, 2);
  E2(&e, RETURN, 0, 0);
  defn(0, &e, 3, 0, 5, 0, 2);
  uint64_t sl[3] = {100, 1, 3};
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  CHECK_EQ_INT(MEM.base[108], 2);
  CHECK_EQ_INT(MEM.base[110], 4);
  CHECK_EQ_INT(MEM.base[100], 0xAA);
  CHECK_EQ_INT(MEM.base[103], 0);
  /* out of bounds: nothing written */
  uint64_t sl2[3] = {65535, 0, 2};
  CHECK_EQ_INT(call(0, sl2), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_MEMORY);
  CHECK_EQ_INT(MEM.base[65535], 0);
  uint64_t sl3[3] = {0, 4, 2}; /* source past the data segment */
  CHECK_EQ_INT(call(0, sl3), HEARTH_ERR_TRAP);
  /* dropped segment: length 0, n = 0 at offset 0 is fine */
  em d = {.n = 0};
  E1(&d, DATA_DROP, 0);
  E4(&d, MEMORY_INIT, 0, 0, 1, 2);
  E2(&d, RETURN, 0, 0);
  defn(1, &d, 3, 0, 3, 0, 2);
  uint64_t sl4[3] = {0, 0, 0};
  CHECK_EQ_INT(call(1, sl4), HEARTH_OK);
  CHECK(DROPPED[0]);
  uint64_t sl5[3] = {0, 0, 1};
  CHECK_EQ_INT(call(1, sl5), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_MEMORY);
}

/* sum(n) = n + (n-1) + ... + 1 with a loop back-edge. */
static void def_sum(uint32_t i) {
  em e = {.n = 0};
  uint32_t l = E3(&e, I32_ADD, 1, 1, 0);
  E2(&e, CONST32, 2, 1);
  E3(&e, I32_SUB, 0, 0, 2);
  uint32_t b = E2(&e, BR_IF_LOOP, 0, 0);
  patch(&e, b, 2, l);
  E2(&e, RETURN, 1, 1);
  defn(i, &e, 1, 1, 3, 1, 1);
}

static void loops_and_branches(void) {
  setup();
  def_sum(0);
  uint64_t sl[1] = {100000};
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], (uint32_t)(100000ull * 100001 / 2));

  /* br_table: f(i) = [10, 20, 30][min(i, 2)], plus BR/BR_IFZ/SELECT */
  em e = {.n = 0};
  uint32_t t = emit(&e, H_OP_BR_TABLE, 5, 0u, 2u, 0u, 0u, 0u);
  uint32_t c0 = E2(&e, CONST32, 1, 10);
  uint32_t j0 = E1(&e, BR, 0);
  uint32_t c1 = E2(&e, CONST32, 1, 20);
  uint32_t j1 = E1(&e, BR, 0);
  uint32_t c2 = E2(&e, CONST32, 1, 30);
  uint32_t end = E2(&e, RETURN, 1, 1);
  patch(&e, t, 3, c0);
  patch(&e, t, 4, c1);
  patch(&e, t, 5, c2);
  patch(&e, j0, 1, end);
  patch(&e, j1, 1, end);
  defn(1, &e, 1, 1, 2, 1, 1);
  uint64_t in[] = {0, 1, 2, 3, 0xffffffffu}, out[] = {10, 20, 30, 30, 30};
  for (int k = 0; k < 5; k++) {
    sl[0] = in[k];
    CHECK_EQ_INT(call(1, sl), HEARTH_OK);
    CHECK_EQ_INT(sl[0], out[k]);
  }
  em s = {.n = 0};
  E4(&s, SELECT, 2, 0, 1, 0);
  uint32_t z = E2(&s, BR_IFZ, 0, 0);
  E3(&s, I32_ADD, 2, 2, 2);
  uint32_t r = E2(&s, RETURN, 2, 1);
  patch(&s, z, 2, r);
  defn(2, &s, 2, 0, 3, 1, 0);
  uint64_t sl2[2] = {5, 9};
  CHECK_EQ_INT(call(2, sl2), HEARTH_OK);
  CHECK_EQ_INT(sl2[0], 10);
  uint64_t sl3[2] = {0, 9};
  CHECK_EQ_INT(call(2, sl3), HEARTH_OK);
  CHECK_EQ_INT(sl3[0], 9);
}

/* fib(n) recursive: slots 0 n, 1 tmp, 2 tmp, 3 and 4 call areas. */
static void def_fib(uint32_t i) {
  em e = {.n = 0};
  E2(&e, CONST32, 1, 2);
  E3(&e, I32_LT_U, 2, 0, 1);
  uint32_t b = E2(&e, BR_IFZ, 2, 0);
  E2(&e, RETURN, 0, 1);
  uint32_t rec = E2(&e, CONST32, 1, 1);
  patch(&e, b, 2, rec);
  E3(&e, I32_SUB, 3, 0, 1);
  E2(&e, CALL, i, 3);
  E2(&e, CONST32, 1, 2);
  E3(&e, I32_SUB, 4, 0, 1);
  E2(&e, CALL, i, 4);
  E3(&e, I32_ADD, 2, 3, 4);
  E2(&e, RETURN, 2, 1);
  defn(i, &e, 1, 0, 5, 1, 1);
}

static void calls_and_recursion(void) {
  setup();
  def_fib(0);
  uint64_t sl[1] = {20};
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 6765);
  CHECK_EQ_INT(S.nframes, 0);
  CHECK(S.stack_top == S.stack);

  /* infinite recursion: traps, never touches the host stack */
  em e = {.n = 0};
  E2(&e, CALL, 1, 1);
  E2(&e, RETURN, 0, 0);
  defn(1, &e, 0, 1, 2, 0, 2);
  CHECK_EQ_INT(call(1, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_STACK_EXHAUSTED);
  CHECK_EQ_INT(S.nbacktrace, 32);
  CHECK_STR(S.backtrace[0], "$f3");
  /* a small value stack traps too */
  S.max_depth = 1000;
  S.stack_slots = 300;
  CHECK_EQ_INT(call(1, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_STACK_EXHAUSTED);
  S.stack_slots = 1u << 16;
  /* the store still works */
  sl[0] = 10;
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 55);

  /* locals are zeroed on every entry: g(x) returns its local then stores x into it */
  em z = {.n = 0};
  E2(&z, MOV, 2, 1);
  E2(&z, MOV, 1, 0);
  E2(&z, RETURN, 2, 1);
  defn(2, &z, 1, 1, 3, 1, 1);
  sl[0] = 42;
  CHECK_EQ_INT(call(2, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 0);
}

static void backtrace_names(void) {
  setup();
  em a = {.n = 0}, b = {.n = 0};
  E2(&a, CALL, 1, 0);
  E2(&a, RETURN, 0, 0);
  defn(0, &a, 0, 0, 1, 0, 2);
  E0(&b, UNREACHABLE);
  defn(1, &b, 0, 0, 1, 0, 2);
  uint64_t sl[1];
  CHECK_EQ_INT(call(0, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_UNREACHABLE);
  CHECK_EQ_INT(S.nbacktrace, 2);
  CHECK_STR(S.backtrace[0], "$f3");
  CHECK_STR(S.backtrace[1], "$f2");
}

static void call_indirect(void) {
  setup();
  def_fib(1); /* type 1: (i32) -> i32 */
  TAB.elems[0] = (uint64_t)(uintptr_t)&DEF[1];
  /* f(type-check-ok?, idx): call_indirect (type 1) table[idx](10) */
  em e = {.n = 0};
  E2(&e, CONST32, 2, 10);
  E4(&e, CALL_INDIRECT, 1, 0, 0, 2);
  E2(&e, RETURN, 2, 1);
  defn(0, &e, 1, 0, 3, 1, 1);
  em w = {.n = 0};
  E2(&w, CONST32, 2, 10);
  E4(&w, CALL_INDIRECT, 0, 0, 0, 2);
  E2(&w, RETURN, 2, 1);
  defn(2, &w, 1, 0, 3, 1, 1);
  uint64_t sl[1] = {0};
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 55);
  sl[0] = 1;
  CHECK_EQ_INT(call(0, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_UNINITIALIZED_ELEMENT);
  sl[0] = 4;
  CHECK_EQ_INT(call(0, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_UNDEFINED_ELEMENT);
  sl[0] = 0;
  CHECK_EQ_INT(call(2, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_INDIRECT_CALL_TYPE);
}

static void *interrupter(void *arg) {
  usleep(50000);
  atomic_store(&((hearth_store *)arg)->interrupt, HEARTH_TRAP_INTERRUPTED);
  return NULL;
}

static void interrupt_and_fuel(void) {
  setup();
  em e = {.n = 0};
  uint32_t l = E1(&e, BR_LOOP, 0);
  patch(&e, l, 1, l);
  defn(0, &e, 0, 0, 1, 0, 2);
  pthread_t th;
  CHECK_EQ_INT(pthread_create(&th, NULL, interrupter, &S), 0);
  uint64_t sl[1];
  CHECK_EQ_INT(call(0, sl), HEARTH_ERR_TRAP);
  pthread_join(th, NULL);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_INTERRUPTED);
  atomic_store(&S.interrupt, 0); /* runtime.c clears it when an outermost call starts */

  /* fuel: one unit per taken back-edge, exact */
  def_sum(1);
  S.fuel = 1000;
  sl[0] = 100; /* 99 back-edges */
  CHECK_EQ_INT(call(1, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 5050);
  CHECK_EQ_INT(S.fuel, 901);
  S.fuel = 98;
  sl[0] = 100;
  CHECK_EQ_INT(call(1, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_FUEL);
  CHECK_EQ_INT(S.fuel, 0);
  S.fuel = 99;
  sl[0] = 100;
  CHECK_EQ_INT(call(1, sl), HEARTH_OK);
  CHECK_EQ_INT(S.fuel, 0);
  S.fuel = 5000; /* more than one chunk */
  sl[0] = 3000;
  CHECK_EQ_INT(call(1, sl), HEARTH_OK);
  CHECK_EQ_INT(S.fuel, 5000 - 2999);
  /* deadline in the past (checked by the interpreter itself, without runtime.c's timer) */
  S.fuel = UINT64_MAX;
  atomic_store(&S.interrupt, 0);
  S.deadline_ns = 1;
  CHECK_EQ_INT(call(0, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_DEADLINE);
}

/* Host functions for imports. */
static hearth_status host_double(hearth_caller *c, void *user, uint64_t *slots) {
  (void)c;
  (void)user;
  slots[0] = (uint32_t)(slots[0] * 2);
  return HEARTH_OK;
}
static hearth_status host_reenter(hearth_caller *c, void *user, uint64_t *slots) {
  /* calls defined function 0 (sum) from inside wasm */
  return h_interp_call(c->store, &DEF[0], slots);
}
static hearth_status host_fail(hearth_caller *c, void *user, uint64_t *slots) {
  (void)slots;
  if (user) {
    c->store->exit_code = 3;
    return HEARTH_ERR_EXIT;
  }
  return HEARTH_ERR_IO;
}

static void host_calls(void) {
  setup();
  def_sum(0);
  IMP[0] = (hearth_func){.store = &S, .type = &TYPES[1], .raw = host_double};
  IMP[1] = (hearth_func){.store = &S, .type = &TYPES[1], .raw = host_reenter};
  /* f(x) = import0(x) + import1(x) = 2x + sum(x) */
  em e = {.n = 0};
  E2(&e, MOV, 2, 0);
  E2(&e, CALL_IMPORT, 0, 2);
  E2(&e, MOV, 3, 0);
  E2(&e, CALL_IMPORT, 1, 3);
  E3(&e, I32_ADD, 0, 2, 3);
  E2(&e, RETURN, 0, 1);
  defn(1, &e, 1, 0, 6, 1, 1);
  uint64_t sl[1] = {10};
  CHECK_EQ_INT(call(1, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 20 + 55);
  CHECK_EQ_INT(S.nframes, 0);
  CHECK(S.stack_top == S.stack);
  /* calling a host function directly */
  sl[0] = 4;
  CHECK_EQ_INT(h_interp_call(&S, &IMP[0], sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 8);
  /* a failing host function traps (HOST) and unwinds; EXIT propagates */
  IMP[0].raw = host_fail;
  CHECK_EQ_INT(call(1, sl), HEARTH_ERR_IO);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_HOST);
  CHECK_EQ_INT(S.nbacktrace, 1);
  IMP[0].user = &S;
  CHECK_EQ_INT(call(1, sl), HEARTH_ERR_EXIT);
  CHECK_EQ_INT(S.exit_code, 3);
  CHECK_EQ_INT(S.nframes, 0);
  /* a trap inside the re-entered wasm propagates through the host, backtrace across both runs */
  IMP[0].raw = host_double;
  em u = {.n = 0};
  E0(&u, UNREACHABLE);
  defn(0, &u, 1, 0, 1, 1, 1);
  CHECK_EQ_INT(call(1, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_UNREACHABLE);
  CHECK_EQ_INT(S.nbacktrace, 2);
  CHECK_STR(S.backtrace[0], "$f2");
  CHECK_STR(S.backtrace[1], "$f3");
  CHECK_EQ_INT(S.nframes, 0);
  CHECK(S.stack_top == S.stack);
  /* a wasm import from the same instance goes through CALL_IMPORT without the host */
  FUNCS[0] = &DEF[2];
  def_fib(2);
  sl[0] = 10;
  CHECK_EQ_INT(call(1, sl), HEARTH_ERR_TRAP); /* import1 still re-enters function 0 (traps) */
  def_sum(0);
  CHECK_EQ_INT(call(1, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 55 + 55);
}

static void tables_and_refs(void) {
  setup();
  ELEM0[0] = 0x10;
  ELEM0[1] = 0x20;
  ELEM0[2] = 0x30;
  em e = {.n = 0};
  /* f(): init table[1..3] from elem0[1..3]; copy table[0..3] <- table[1..4]; grow by 2 (init 7);
   * fill table[5] = ref.func 2; return table.size + is_null(table[2]) */
  E2(&e, CONST32, 0, 1);
  E2(&e, CONST32, 1, 2);
  E5(&e, TABLE_INIT, 0, 0, 0, 0, 1); /* d=1, s=1, n=2 */
  E2(&e, CONST32, 2, 0);
  E2(&e, CONST32, 3, 3);
  E5(&e, TABLE_COPY, 0, 0, 2, 0, 3); /* d=0, s=1, n=3 */
  E2(&e, CONST32, 4, 7);
  E4(&e, TABLE_GROW, 5, 0, 4, 1); /* grow by 2 */
  E2(&e, REF_FUNC, 6, 2);
  E2(&e, CONST32, 7, 5);
  E2(&e, CONST32, 8, 1);
  E4(&e, TABLE_FILL, 0, 7, 6, 8);
  E2(&e, TABLE_SIZE, 9, 0);
  E3(&e, TABLE_GET, 10, 0, 1); /* table[2] */
  E2(&e, REF_IS_NULL, 10, 10);
  E3(&e, I32_ADD, 9, 9, 10);
  E2(&e, MOV, 0, 5);
  E2(&e, MOV, 1, 9);
  E2(&e, RETURN, 0, 2);
  defn(0, &e, 0, 11, 11, 2, 2);
  uint64_t sl[2];
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 4);     /* old size */
  CHECK_EQ_INT(sl[1], 6 + 1); /* size 6, table[2] is null */
  CHECK_EQ_INT(TAB.elems[0], 0x20);
  CHECK_EQ_INT(TAB.elems[1], 0x30);
  CHECK_EQ_INT(TAB.elems[2], 0);
  CHECK_EQ_INT(TAB.elems[4], 7);
  CHECK(TAB.elems[5] == (uint64_t)(uintptr_t)&DEF[0]);
  /* grow past max -> -1; out-of-bounds get/set/fill/init trap */
  CHECK_EQ_INT(call(0, sl), HEARTH_OK); /* again: the table is at its max of 6 */
  CHECK_EQ_INT(sl[0], 0xffffffffu);
  CHECK_EQ_INT(sl[1], 6 + 1);
  em g = {.n = 0};
  E3(&g, TABLE_GET, 1, 0, 0);
  E2(&g, RETURN, 1, 1);
  defn(1, &g, 1, 0, 2, 1, 1);
  sl[0] = 6;
  CHECK_EQ_INT(call(1, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_TABLE);
  em d = {.n = 0};
  E1(&d, ELEM_DROP, 0);
  E2(&d, CONST32, 0, 0);
  E5(&d, TABLE_INIT, 0, 0, 0, 0, 0); /* n = 0 on a dropped segment is fine */
  E2(&d, CONST32, 1, 1);
  E5(&d, TABLE_INIT, 0, 0, 0, 0, 1); /* n = 1 traps */
  E2(&d, RETURN, 0, 0);
  defn(2, &d, 0, 2, 2, 0, 2);
  CHECK_EQ_INT(call(2, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_TABLE);
  CHECK_EQ_INT(ELEM_LEN[0], 0);
}

static void globals_and_consts(void) {
  setup();
  G0.v[0] = 5;
  em e = {.n = 0};
  E2(&e, GLOBAL_GET, 0, 0);
  E3(&e, CONST64, 1, 0x89abcdefu, 0x01234567u);
  E3(&e, I64_ADD, 0, 0, 1);
  E2(&e, GLOBAL_SET, 0, 0);
  emit(&e, H_OP_CONST128, 5, 2u, 1u, 2u, 3u, 4u);
  E2(&e, MOV128, 4, 2);
  E2(&e, CONST32, 6, 0);
  E4(&e, SELECT128, 2, 0, 4, 6); /* cond 0 -> takes b (slots 4, 5) */
  E2(&e, MOV, 1, 3);
  E2(&e, RETURN, 0, 2);
  defn(0, &e, 0, 0, 8, 2, 2);
  uint64_t sl[2];
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  CHECK(sl[0] == 0x0123456789abcdf4ull);
  CHECK(G0.v[0] == 0x0123456789abcdf4ull);
  CHECK(sl[1] == 0x0000000400000003ull);
}

static void fused_ops(void) {
  setup();
  /* sum with fused forms: acc += n; n -= 1; loop while n > 0 (backward fused branch) */
  em e = {.n = 0};
  uint32_t l = E3(&e, I32_ADD, 1, 1, 0);
  E3(&e, I32_SUB_I, 0, 0, 1);
  uint32_t b = E3(&e, BR_I32_GT_U_I, 0, 0, 0);
  patch(&e, b, 3, l);
  E2(&e, RETURN, 1, 1);
  defn(0, &e, 1, 1, 3, 1, 1);
  uint64_t sl[2] = {100};
  S.fuel = 1000;
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 5050);
  CHECK_EQ_INT(S.fuel, 901); /* 99 back-edges */
  S.fuel = UINT64_MAX;
  /* immediates: i64 sign-extended, i32 taken as is; forward fused branches are not metered */
  em f = {.n = 0};
  E3(&f, I64_ADD_I, 2, 0, 0xffffffffu);      /* a - 1 */
  E3(&f, I32_SHL_I, 3, 1, 33);               /* b << 1 */
  uint32_t j = E3(&f, BR_I64_LT_S_I, 2, 0xfffffff0u, 0); /* a - 1 < -16 ? */
  E3(&f, I64_XOR_I, 2, 2, 0x80000000u);      /* flips bits 31..63 */
  uint32_t t = E3(&f, BR_I32_EQ, 3, 3, 0);   /* always taken, forward */
  E0(&f, UNREACHABLE);
  uint32_t r = E2(&f, MOV, 0, 2);
  patch(&f, j, 3, r);
  patch(&f, t, 3, r);
  E2(&f, MOV, 1, 3);
  E2(&f, RETURN, 0, 2);
  defn(1, &f, 2, 0, 4, 2, 0);
  S.fuel = 10;
  sl[0] = 5;
  sl[1] = 0x80000001u;
  CHECK_EQ_INT(call(1, sl), HEARTH_OK);
  CHECK(sl[0] == (4ull ^ 0xffffffff80000000ull));
  CHECK_EQ_INT(sl[1], 2);
  CHECK_EQ_INT(S.fuel, 10);
  sl[0] = (uint64_t)-20;
  CHECK_EQ_INT(call(1, sl), HEARTH_OK);
  CHECK(sl[0] == (uint64_t)-21);
  /* trapping ops keep their traps */
  em d = {.n = 0};
  E3(&d, I32_DIV_S_I, 0, 0, 0);
  E2(&d, RETURN, 0, 1);
  defn(2, &d, 1, 0, 1, 1, 1);
  CHECK_EQ_INT(call(2, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_INT_DIV_ZERO);
  em c = {.n = 0};
  E3(&c, I32_LT_S_I, 1, 0, 0xffffffffu); /* signed compare against -1 */
  E2(&c, RETURN, 1, 1);
  defn(3, &c, 1, 0, 2, 1, 1);
  sl[0] = 0xfffffffeu;
  CHECK_EQ_INT(call(3, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 1);
  sl[0] = 0;
  CHECK_EQ_INT(call(3, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 0);
}

/* Address-fused loads/stores: the add wraps at 32 bits, the offset does not. */
/* Stores of an immediate value: the access type's bytes of the sign-extended immediate. */
static void store_immediates(void) {
  setup();
  em e = {.n = 0};
  emit(&e, H_OP_I32_STORE_V, 3, 0u, 0xdeadbeefu, 0u);
  emit(&e, H_OP_I32_STORE8_V, 3, 0u, 0x1ffu, 4u);
  emit(&e, H_OP_I32_STORE16_V, 3, 0u, 0x12345u, 5u);
  emit(&e, H_OP_I64_STORE_V, 3, 0u, 0xfffffffeu, 8u); /* -2: all eight bytes */
  emit(&e, H_OP_I64_STORE8_V, 3, 0u, 0x80u, 16u);
  emit(&e, H_OP_I64_STORE16_V, 3, 0u, 0xffff8001u, 17u);
  emit(&e, H_OP_I64_STORE32_V, 3, 0u, 0x89abcdefu, 20u);
  E2(&e, RETURN, 0, 0);
  defn(0, &e, 1, 0, 1, 0, 1);
  uint64_t sl[1] = {1000};
  memset(MEM.base + 1000, 0x55, 32);
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  static const uint8_t want[25] = {0xef, 0xbe, 0xad, 0xde, 0xff, 0x45, 0x23, 0x55, 0xfe, 0xff,
                                   0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x80, 0x01, 0x80, 0x55,
                                   0xef, 0xcd, 0xab, 0x89, 0x55};
  CHECK_EQ_INT(memcmp(MEM.base + 1000, want, sizeof want), 0);
  sl[0] = 65536 - 3; /* the i32 store at 65533 is out of bounds */
  CHECK_EQ_INT(call(0, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_MEMORY);
}


/* Chained pairs (ops.h H_OPS_CPAIR): B gets A's result in a register and the temporary slot is
 * never written (slot 7 holds a sentinel that must survive). Frame: slot 0 a, 1 b, 2 result. */
#define SENT 0x5e5e5e5e5e5e5e5eull
static uint64_t run_chain(em *e, uint64_t a, uint64_t b, hearth_status want) {
  E2(e, RETURN, 2, 1);
  defn(6, e, 2, 6, 8, 1, 0);
  CODE[6].zero_n = 0; /* keep the sentinel in slot 7 */
  uint64_t *base = S.stack_top ? S.stack_top : S.stack;
  base[7] = SENT;
  uint64_t sl[2] = {a, b};
  CHECK_EQ_INT(call(6, sl), want);
  CHECK(base[7] == SENT);
  return sl[0];
}
static void chained_pairs(void) {
  setup();
  { /* (a + 5) << 3 */
    em e = {.n = 0};
    emit(&e, H_OP_C_I32_ADD_I__I32_SHL_I_2, 3, 7u, 0u, 5u);
    emit(&e, H_OP_I32_SHL_I, 3, 2u, 7u, 3u);
    CHECK_EQ_INT(run_chain(&e, 4, 0, HEARTH_OK), 72);
  }
  { /* load i32 at (a << 2) + 100 */
    em e = {.n = 0};
    memcpy(MEM.base + 112, "\x11\x22\x33\x44", 4);
    emit(&e, H_OP_C_I32_SHL_I__I32_LOAD_AI_2, 3, 7u, 0u, 2u);
    emit(&e, H_OP_I32_LOAD_AI, 4, 2u, 7u, 100u, 0u);
    CHECK_EQ_INT(run_chain(&e, 3, 0, HEARTH_OK), 0x44332211);
    em f = {.n = 0}; /* out of bounds through the chained address */
    emit(&f, H_OP_C_I32_SHL_I__I32_LOAD_AI_2, 3, 7u, 0u, 2u);
    emit(&f, H_OP_I32_LOAD_AI, 4, 2u, 7u, 100u, 0u);
    run_chain(&f, 0x10000u, 0, HEARTH_ERR_TRAP);
    CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_MEMORY);
  }
  { /* store [b] = a + b (f64), the value chained */
    em e = {.n = 0};
    emit(&e, H_OP_C_F64_ADD__F64_STORE_2, 3, 7u, 0u, 0u);
    emit(&e, H_OP_F64_STORE, 3, 1u, 7u, 8u);
    E2(&e, CONST32, 2, 9);
    double x = 1.25, y;
    uint64_t xb;
    memcpy(&xb, &x, 8);
    CHECK_EQ_INT(run_chain(&e, xb, 64, HEARTH_OK), 9);
    memcpy(&y, MEM.base + 72, 8);
    CHECK(y == 2.5);
  }
  { /* store [a + 16] = b, the address chained */
    em e = {.n = 0};
    emit(&e, H_OP_C_I32_ADD_I__I32_STORE_1, 3, 7u, 0u, 16u);
    emit(&e, H_OP_I32_STORE, 3, 7u, 1u, 0u);
    E2(&e, CONST32, 2, 1);
    run_chain(&e, 200, 0xcafe, HEARTH_OK);
    CHECK_EQ_INT(MEM.base[216], 0xfe);
    CHECK_EQ_INT(MEM.base[217], 0xca);
  }
  { /* if ((a & 4) == 0) result = 1 else result = 2: the branch condition chained */
    em e = {.n = 0};
    E2(&e, CONST32, 2, 2);
    emit(&e, H_OP_C_I32_AND_I__BR_IFZ_1, 3, 7u, 0u, 4u);
    uint32_t br = emit(&e, H_OP_BR_IFZ, 2, 7u, 0u);
    uint32_t ret = E2(&e, RETURN, 2, 1);
    uint32_t one = E2(&e, CONST32, 2, 1);
    patch(&e, br, 2, one);
    (void)ret;
    CHECK_EQ_INT(run_chain(&e, 3, 0, HEARTH_OK), 1);
    em f = {.n = 0};
    E2(&f, CONST32, 2, 2);
    emit(&f, H_OP_C_I32_AND_I__BR_IFZ_1, 3, 7u, 0u, 4u);
    br = emit(&f, H_OP_BR_IFZ, 2, 7u, 0u);
    E2(&f, RETURN, 2, 1);
    one = E2(&f, CONST32, 2, 1);
    patch(&f, br, 2, one);
    CHECK_EQ_INT(run_chain(&f, 4, 0, HEARTH_OK), 2);
  }
  { /* br_table on a - 10: 10 -> 100, 11 -> 200, else -> 300 */
    em e = {.n = 0};
    emit(&e, H_OP_C_I32_SUB_I__BR_TABLE_1, 3, 7u, 0u, 10u);
    uint32_t t = emit(&e, H_OP_BR_TABLE, 5, 7u, 2u, 0u, 0u, 0u);
    uint32_t c0 = E2(&e, CONST32, 2, 100);
    uint32_t j0 = E1(&e, BR, 0);
    uint32_t c1 = E2(&e, CONST32, 2, 200);
    uint32_t j1 = E1(&e, BR, 0);
    uint32_t c2 = E2(&e, CONST32, 2, 300);
    uint32_t end = E0(&e, NOP);
    patch(&e, t, 3, c0);
    patch(&e, t, 4, c1);
    patch(&e, t, 5, c2);
    patch(&e, j0, 1, end);
    patch(&e, j1, 1, end);
    CHECK_EQ_INT(run_chain(&e, 11, 0, HEARTH_OK), 200);
  }
  { /* select(a, b, a < 5) */
    em e = {.n = 0};
    emit(&e, H_OP_C_I32_LT_U_I__SELECT_4, 3, 7u, 0u, 5u);
    emit(&e, H_OP_SELECT, 4, 2u, 0u, 1u, 7u);
    CHECK_EQ_INT(run_chain(&e, 3, 9, HEARTH_OK), 3);
    em f = {.n = 0};
    emit(&f, H_OP_C_I32_LT_U_I__SELECT_4, 3, 7u, 0u, 5u);
    emit(&f, H_OP_SELECT, 4, 2u, 0u, 1u, 7u);
    CHECK_EQ_INT(run_chain(&f, 6, 9, HEARTH_OK), 9);
  }
  { /* triple: mem[b] = mem[b] + a * mem[a] (f64), both intermediate results in registers */
    em e = {.n = 0};
    double x = 3.0, y = 0.5, z = 10.0, r;
    memcpy(MEM.base + 300, &x, 8);
    memcpy(MEM.base + 400, &z, 8);
    uint64_t yb;
    memcpy(&yb, &y, 8);
    emit(&e, H_OP_T_F64_MUL_M__F64_ADD_M_2__F64_STORE_2, 5, 7u, 0u, 1u, 300u, 0u); /* y * m[300] */
    emit(&e, H_OP_F64_ADD_M, 5, 6u, 7u, 1u, 400u, 0u);                             /* + m[400] */
    emit(&e, H_OP_F64_STORE, 3, 1u, 6u, 400u);                                    /* -> m[400] */
    E2(&e, CONST32, 2, 1);
    CODE[6].zero_n = 0;
    run_chain(&e, yb, 0, HEARTH_OK);
    memcpy(&r, MEM.base + 400, 8);
    CHECK(r == 11.5);
  }
  { /* (a ^ b) * K (i64, 64-bit immediate) and b ^ rotl(a, 8) (the second operand chained) */
    em e = {.n = 0};
    emit(&e, H_OP_C_I64_XOR__I64_MUL_K_2, 3, 7u, 0u, 1u);
    emit(&e, H_OP_I64_MUL_K, 4, 2u, 7u, 0x01000193u, 0x100u);
    CHECK(run_chain(&e, 0x1234, 0xff00ff00ff00ull, HEARTH_OK) ==
          (0x1234ull ^ 0xff00ff00ff00ull) * 0x0000010001000193ull);
    em f = {.n = 0};
    emit(&f, H_OP_C_I32_ROTL_I__I32_XOR_3, 3, 7u, 0u, 8u);
    emit(&f, H_OP_I32_XOR, 3, 2u, 1u, 7u);
    CHECK_EQ_INT(run_chain(&f, 0x12345678, 0xff, HEARTH_OK), 0x345678ffu ^ 0x12u);
  }
}

static void address_fused_memory(void) {
  setup();
  em e = {.n = 0};
  /* f(a, b): i32.store [a + b + 4] = b; i64.load8_u [a + 0xfffffff0 (wraps) + 20] -> slot 0 */
  emit(&e, H_OP_I32_STORE_A, 4, 0u, 1u, 1u, 4u);
  emit(&e, H_OP_I64_LOAD8_U_AI, 4, 2u, 0u, 0xfffffff0u, 20u);
  emit(&e, H_OP_I32_LOAD_A, 4, 3u, 0u, 1u, 4u);
  E2(&e, MOV, 0, 2);
  E2(&e, MOV, 1, 3);
  E2(&e, RETURN, 0, 2);
  defn(0, &e, 2, 0, 4, 2, 0);
  uint64_t sl[2] = {100, 0x11223344}; /* 100 + b + 4 is out of bounds */
  CHECK_EQ_INT(call(0, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_MEMORY);
  sl[0] = 100;
  sl[1] = 8;
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  CHECK_EQ_INT(MEM.base[112], 8);       /* stored at 100 + 8 + 4 */
  CHECK_EQ_INT(sl[0], MEM.base[104]);   /* loaded at 100 - 16 + 20 */
  CHECK_EQ_INT(sl[1], 8);
  /* the sum wraps: a = 0xfffffff8, b = 16 -> address 8 (+4), in bounds */
  sl[0] = 0xfffffff8u;
  sl[1] = 16;
  CHECK_EQ_INT(call(0, sl), HEARTH_ERR_TRAP); /* the AI load: 0xfffffff8 - 16 + 20 is out of bounds */
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_MEMORY);
  em g = {.n = 0};
  emit(&g, H_OP_I32_STORE_A, 4, 0u, 1u, 1u, 4u);
  emit(&g, H_OP_I32_LOAD_A, 4, 0u, 0u, 1u, 4u);
  E2(&g, RETURN, 0, 1);
  defn(1, &g, 2, 0, 2, 1, 0);
  sl[0] = 0xfffffff8u;
  sl[1] = 16;
  CHECK_EQ_INT(call(1, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 16);
  CHECK_EQ_INT(MEM.base[12], 16);
  /* constant addresses: k + offset, never wrapping */
  em k = {.n = 0};
  emit(&k, H_OP_I32_STORE16_C, 3, 200u, 0u, 2u);
  emit(&k, H_OP_I32_LOAD8_U_C, 3, 0u, 201u, 2u);
  E2(&k, RETURN, 0, 1);
  defn(2, &k, 1, 0, 1, 1, 1);
  sl[0] = 0xabcd;
  CHECK_EQ_INT(call(2, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 0xab);        /* byte 203 of the u16 stored at 200 + 2 */
  CHECK_EQ_INT(MEM.base[202], 0xcd);
  em k2 = {.n = 0};
  emit(&k2, H_OP_I32_LOAD_C, 3, 0u, 0xfffffffcu, 8u);
  E2(&k2, RETURN, 0, 1);
  defn(3, &k2, 1, 0, 1, 1, 1);
  CHECK_EQ_INT(call(3, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_MEMORY);
  /* the offset never wraps: address 65532 + offset 4 is out of bounds */
  sl[0] = 65530;
  sl[1] = 2;
  CHECK_EQ_INT(call(1, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_MEMORY);
}

/* Load-op forms, 64-bit immediates and pairs (the pair runs A then B; a jump to B runs B alone). */
static void loadop_imm64_pairs(void) {
  setup();
  double d = 2.5;
  memcpy(MEM.base + 64, &d, 8);
  em e = {.n = 0};
  /* slot2 = slot0(f64) * mem[slot1 + 8 + 56]; slot3 = slot3(i64) * 0x100000001 */
  emit(&e, H_OP_F64_MUL_M, 5, 2u, 0u, 1u, 8u, 56u);
  emit(&e, H_OP_I64_MUL_K, 4, 3u, 3u, 1u, 1u);
  emit(&e, H_OP_I32_ADD_M, 5, 1u, 1u, 1u, 0x40u, 0u); /* slot1 += mem32[slot1 + 64] */
  E2(&e, MOV, 0, 2);
  E2(&e, MOV, 1, 3);
  E2(&e, RETURN, 0, 2);
  defn(0, &e, 2, 2, 4, 2, 0);
  double x = 4.0;
  uint64_t sl[2];
  memcpy(&sl[0], &x, 8);
  sl[1] = 0;
  CHECK_EQ_INT(call(0, sl), HEARTH_OK);
  memcpy(&x, &sl[0], 8);
  CHECK(x == 10.0);
  CHECK_EQ_INT(sl[1], 0);
  memcpy(MEM.base + 64, "\x05\0\0\0", 4); /* now mem32[64] = 5, the f64 there changes too */
  em a = {.n = 0};
  emit(&a, H_OP_I32_ADD_M, 5, 0u, 0u, 1u, 0xffffffc0u, 0u);
  E2(&a, RETURN, 0, 1);
  defn(5, &a, 2, 0, 2, 1, 0);
  sl[0] = 37;
  sl[1] = 0x80;
  CHECK_EQ_INT(call(5, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 42); /* address (0x80 + 0xffffffc0) mod 2^32 = 64 */
  memcpy(&sl[0], &x, 8);
  sl[1] = 70000; /* out of bounds for the load-op: traps */
  CHECK_EQ_INT(call(0, sl), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(S.trap, HEARTH_TRAP_OOB_MEMORY);
  em k = {.n = 0};
  emit(&k, H_OP_I64_MUL_K, 4, 0u, 0u, 1u, 1u);
  emit(&k, H_OP_I64_XOR_K, 4, 0u, 0u, 0u, 0x80000000u);
  E2(&k, RETURN, 0, 1);
  defn(1, &k, 1, 0, 1, 1, 1);
  sl[0] = 3;
  CHECK_EQ_INT(call(1, sl), HEARTH_OK);
  CHECK(sl[0] == (0x300000003ull ^ 0x8000000000000000ull));
  /* pair: P_I32_ADD_I__BR_I32_NE as a counted loop; the loop head is the pair */
  em p = {.n = 0};
  uint32_t l = emit(&p, H_OP_P_I32_ADD_I__I32_ADD_I, 3, 1u, 1u, 3u);
  emit(&p, H_OP_I32_ADD_I, 3, 2u, 2u, 1u);
  emit(&p, H_OP_P_I32_ADD_I__BR_I32_NE, 3, 0u, 0u, 0xffffffffu);
  uint32_t b = emit(&p, H_OP_BR_I32_NE, 3, 0u, 3u, 0u);
  patch(&p, b, 3, l);
  E2(&p, MOV, 0, 1);
  E2(&p, RETURN, 0, 1);
  defn(2, &p, 1, 3, 4, 1, 1);
  sl[0] = 10;
  CHECK_EQ_INT(call(2, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 30); /* 10 iterations of += 3 */
  /* a jump straight to the B of a pair runs B alone */
  em q = {.n = 0};
  uint32_t j = E1(&q, BR, 0);
  emit(&q, H_OP_P_MOV__MOV, 2, 0u, 1u);
  uint32_t t = E2(&q, MOV, 1, 0); /* B */
  E2(&q, RETURN, 0, 2);
  patch(&q, j, 1, t);
  defn(3, &q, 2, 0, 2, 2, 0);
  sl[0] = 7;
  sl[1] = 9;
  CHECK_EQ_INT(call(3, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 7);
  CHECK_EQ_INT(sl[1], 7);
  sl[0] = 7;
  sl[1] = 9;
  /* the same code entered at the pair: slot0 = 9, then slot1 = 9 */
  em r = {.n = 0};
  emit(&r, H_OP_P_MOV__MOV, 2, 0u, 1u);
  E2(&r, MOV, 1, 0);
  E2(&r, RETURN, 0, 2);
  defn(4, &r, 2, 0, 2, 2, 0);
  CHECK_EQ_INT(call(4, sl), HEARTH_OK);
  CHECK_EQ_INT(sl[0], 9);
  CHECK_EQ_INT(sl[1], 9);
}

T_MAIN(T_CASE(opwords_roundtrip), T_CASE(i32_arith), T_CASE(i64_arith), T_CASE(float_semantics),
       T_CASE(conversions), T_CASE(memory_access), T_CASE(bulk_memory),
       T_CASE(loops_and_branches), T_CASE(calls_and_recursion), T_CASE(backtrace_names),
       T_CASE(call_indirect), T_CASE(interrupt_and_fuel), T_CASE(host_calls),
       T_CASE(tables_and_refs), T_CASE(globals_and_consts), T_CASE(fused_ops),
       T_CASE(store_immediates), T_CASE(chained_pairs), T_CASE(address_fused_memory), T_CASE(loadop_imm64_pairs))
