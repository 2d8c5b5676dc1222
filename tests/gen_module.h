/* gen_module.h: a generator of valid WebAssembly 2.0 modules for differential testing of the tiers
 * (tests/test_tiers.c, tests/fuzz_tiers.c). Every choice is drawn from an entropy source (a seeded
 * PRNG, or the fuzzer's bytes), so the same seed or input always gives the same module.
 *
 * The modules are deterministic by construction, so every tier must agree on every outcome:
 * - Values are built type-directed (each expression is generated for the type its consumer wants),
 *   so the module always validates; a rejected module is a bug in the generator or the validator.
 * - Floats: WebAssembly lets a NaN result carry any payload and sign, so no NaN's bits may become
 *   observable: there is no f32/f64 -> integer reinterpret, no float store and no copysign; the
 *   comparison of results and globals treats every NaN as equal.
 * - Loops run at most 12 iterations (a counter local per loop that nothing else writes while the
 *   loop runs); calls may recurse, which ends in fuel exhaustion or the call-depth limit, both
 *   deterministic.
 * - Traps are expected and compared: integer division, trapping truncation, out-of-bounds loads
 *   and stores (addresses are usually masked into the first page, sometimes not), call_indirect to
 *   a wrong type or out of the table, memory.fill/copy out of bounds.
 * Uses libc only. */
#ifndef GEN_MODULE_H
#define GEN_MODULE_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- entropy: a PRNG (seed) or a byte string (fuzzer input; zeros once it is used up) */

typedef struct gm_src {
  uint64_t state;
  const uint8_t *p, *end; /* NULL: PRNG */
} gm_src;

static uint64_t gm_bits(gm_src *s) {
  if (s->p) {
    uint64_t v = 0;
    for (int i = 0; i < 4 && s->p < s->end; i++) v = v << 8 | *s->p++;
    return v;
  }
  s->state += 0x9e3779b97f4a7c15ull; /* splitmix64 */
  uint64_t z = s->state;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

/* Uniform-enough in [0, n), n > 0. */
static uint32_t gm_pick(gm_src *s, uint32_t n) { return (uint32_t)(gm_bits(s) % n); }
static bool gm_chance(gm_src *s, uint32_t percent) { return gm_pick(s, 100) < percent; }

/* ---- a growable byte buffer with the binary format's encodings */

typedef struct gm_buf {
  uint8_t *b;
  size_t n, cap;
} gm_buf;

static void gm_byte(gm_buf *o, uint8_t v) {
  if (o->n == o->cap) {
    o->cap = o->cap ? o->cap * 2 : 256;
    uint8_t *nb = realloc(o->b, o->cap);
    if (!nb) abort();
    o->b = nb;
  }
  o->b[o->n++] = v;
}
static void gm_bytes(gm_buf *o, const void *p, size_t n) {
  for (size_t i = 0; i < n; i++) gm_byte(o, ((const uint8_t *)p)[i]);
}
static void gm_uleb(gm_buf *o, uint64_t v) {
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    gm_byte(o, (uint8_t)(b | (v ? 0x80 : 0)));
  } while (v);
}
static void gm_sleb(gm_buf *o, int64_t v) {
  for (;;) {
    uint8_t b = v & 0x7f;
    v >>= 7; /* arithmetic shift on the compilers this builds with */
    bool done = (v == 0 && !(b & 0x40)) || (v == -1 && (b & 0x40));
    gm_byte(o, (uint8_t)(b | (done ? 0 : 0x80)));
    if (done) return;
  }
}
static void gm_name(gm_buf *o, const char *s) {
  gm_uleb(o, strlen(s));
  gm_bytes(o, s, strlen(s));
}
/* Appends section `id` holding body's bytes, and empties body. */
static void gm_section(gm_buf *o, uint8_t id, gm_buf *body) {
  gm_byte(o, id);
  gm_uleb(o, body->n);
  gm_bytes(o, body->b, body->n);
  body->n = 0;
}

/* ---- the module's shape */

enum { GM_I32 = 0x7f, GM_I64 = 0x7e, GM_F32 = 0x7d, GM_F64 = 0x7c };
static const uint8_t gm_types[4] = {GM_I32, GM_I64, GM_F32, GM_F64};

#define GM_MAX_FUNCS 6
#define GM_MAX_PARAMS 3
#define GM_MAX_LOCALS 24
#define GM_NGLOBALS 4 /* one mutable global per value type, in gm_types order */

typedef struct gm_func {
  uint8_t nparams, params[GM_MAX_PARAMS];
  uint8_t nresults, result; /* 0 or 1 result */
} gm_func;

typedef struct gm_gen {
  gm_src *src;
  gm_buf *code; /* the body being generated */
  uint32_t nfuncs;
  gm_func funcs[GM_MAX_FUNCS];
  /* the current function */
  uint32_t self;
  uint32_t nlocals; /* params first */
  uint8_t locals[GM_MAX_LOCALS];
  bool counting[GM_MAX_LOCALS]; /* the counter of a loop being generated: never written inside */
  uint32_t budget; /* instructions left for this body: keeps modules small */
  uint32_t loops;  /* loop nesting: caps the iterations' product */
} gm_gen;

static uint8_t gm_any_type(gm_gen *g) { return gm_types[gm_pick(g->src, 4)]; }

/* A local of type t (one that may be written when `write`), or -1. */
static int gm_local_of(gm_gen *g, uint8_t t, bool write) {
  uint32_t start = gm_pick(g->src, g->nlocals ? g->nlocals : 1);
  for (uint32_t k = 0; k < g->nlocals; k++) {
    uint32_t i = (start + k) % g->nlocals;
    if (g->locals[i] == t && !(write && g->counting[i])) return (int)i;
  }
  return -1;
}
static uint32_t gm_global_of(uint8_t t) {
  for (uint32_t i = 0; i < GM_NGLOBALS; i++)
    if (gm_types[i] == t) return i;
  abort();
}

static void gm_op(gm_gen *g, uint8_t op) {
  gm_byte(g->code, op);
  if (g->budget) g->budget--;
}

static void gm_const(gm_gen *g, uint8_t t) {
  gm_src *s = g->src;
  static const int64_t ints[] = {0, 1, -1, 2, 7, 31, 32, 63, 64, 255, 65535, 0x7fffffff,
                                 INT32_MIN, (int64_t)0x7fffffffffffffffull, INT64_MIN, 0x10000};
  static const float f32s[] = {0.0f, -0.0f, 1.0f, -1.5f, 0.5f, 3.0e38f, 1.0e-40f, 2147483648.0f,
                               -2147483904.0f, 4294967296.0f, INFINITY, -INFINITY, NAN};
  static const double f64s[] = {0.0, -0.0, 1.0, -2.5, 0.1, 1.0e300, 5.0e-324, 9223372036854775808.0,
                                -9223372036854777856.0, 4294967295.5, INFINITY, -INFINITY, NAN};
  switch (t) {
  case GM_I32:
    gm_op(g, 0x41);
    gm_sleb(g->code, gm_chance(s, 50) ? (int32_t)ints[gm_pick(s, 16)] : (int32_t)gm_bits(s));
    break;
  case GM_I64:
    gm_op(g, 0x42);
    gm_sleb(g->code, gm_chance(s, 50) ? ints[gm_pick(s, 16)] : (int64_t)gm_bits(s));
    break;
  case GM_F32: {
    gm_op(g, 0x43);
    float f = gm_chance(s, 60) ? f32s[gm_pick(s, 13)] : (float)(int32_t)gm_bits(s) / 64.0f;
    gm_bytes(g->code, &f, 4);
    break;
  }
  default: {
    gm_op(g, 0x44);
    double d = gm_chance(s, 60) ? f64s[gm_pick(s, 13)] : (double)(int64_t)gm_bits(s) / 1024.0;
    gm_bytes(g->code, &d, 8);
    break;
  }
  }
}

static void gm_expr(gm_gen *g, uint8_t t, int depth);
static void gm_stmts(gm_gen *g, int depth, uint32_t n);

/* An address: usually masked into the first 64 KiB (minus the access size), sometimes raw. */
static void gm_addr(gm_gen *g, int depth) {
  gm_expr(g, GM_I32, depth - 1);
  if (!gm_chance(g->src, 8)) {
    gm_op(g, 0x41);
    gm_sleb(g->code, 0xfff0);
    gm_op(g, 0x71); /* i32.and */
  }
}
static void gm_memarg(gm_gen *g, uint32_t max_align) {
  gm_uleb(g->code, gm_pick(g->src, max_align + 1));
  gm_uleb(g->code, gm_chance(g->src, 80) ? gm_pick(g->src, 8) : gm_pick(g->src, 70000));
}

/* A call of a function whose result is t (t == 0: any function, its result dropped). Returns
 * false when there is none. */
static bool gm_call(gm_gen *g, uint8_t t, int depth) {
  uint32_t start = gm_pick(g->src, g->nfuncs);
  for (uint32_t k = 0; k < g->nfuncs; k++) {
    uint32_t f = (start + k) % g->nfuncs;
    const gm_func *fn = &g->funcs[f];
    if (t && !(fn->nresults == 1 && fn->result == t)) continue;
    for (uint32_t p = 0; p < fn->nparams; p++) gm_expr(g, fn->params[p], depth - 1);
    if (gm_chance(g->src, 30)) { /* through the table: the type is checked at run time */
      gm_expr(g, GM_I32, 0);
      if (!gm_chance(g->src, 10)) { /* usually a valid slot; sometimes out of range */
        gm_op(g, 0x41);
        gm_sleb(g->code, (int32_t)g->nfuncs);
        gm_op(g, 0x70); /* i32.rem_u */
      }
      gm_op(g, 0x11);
      gm_uleb(g->code, f); /* type index f: the function f's own type */
      gm_uleb(g->code, 0);
    } else {
      gm_op(g, 0x10);
      gm_uleb(g->code, f);
    }
    if (!t && fn->nresults) gm_op(g, 0x1a); /* drop */
    return true;
  }
  return false;
}

/* Unary and binary operators per result type: {opcode, operand type, arity}. 0xfc-prefixed
 * (saturating truncations) have opcode 0xfc00 | sub. */
typedef struct gm_opdef {
  uint16_t op;
  uint8_t arg, arity;
} gm_opdef;

static const gm_opdef gm_ops_i32[] = {
    {0x45, GM_I32, 1}, {0x46, GM_I32, 2}, {0x47, GM_I32, 2}, {0x48, GM_I32, 2}, {0x49, GM_I32, 2},
    {0x4a, GM_I32, 2}, {0x4b, GM_I32, 2}, {0x4c, GM_I32, 2}, {0x4d, GM_I32, 2}, {0x4e, GM_I32, 2},
    {0x4f, GM_I32, 2}, {0x50, GM_I64, 1}, {0x51, GM_I64, 2}, {0x52, GM_I64, 2}, {0x53, GM_I64, 2},
    {0x54, GM_I64, 2}, {0x55, GM_I64, 2}, {0x56, GM_I64, 2}, {0x57, GM_I64, 2}, {0x58, GM_I64, 2},
    {0x59, GM_I64, 2}, {0x5a, GM_I64, 2}, {0x5b, GM_F32, 2}, {0x5c, GM_F32, 2}, {0x5d, GM_F32, 2},
    {0x5e, GM_F32, 2}, {0x5f, GM_F32, 2}, {0x60, GM_F32, 2}, {0x61, GM_F64, 2}, {0x62, GM_F64, 2},
    {0x63, GM_F64, 2}, {0x64, GM_F64, 2}, {0x65, GM_F64, 2}, {0x66, GM_F64, 2}, {0x67, GM_I32, 1},
    {0x68, GM_I32, 1}, {0x69, GM_I32, 1}, {0x6a, GM_I32, 2}, {0x6b, GM_I32, 2}, {0x6c, GM_I32, 2},
    {0x6d, GM_I32, 2}, {0x6e, GM_I32, 2}, {0x6f, GM_I32, 2}, {0x70, GM_I32, 2}, {0x71, GM_I32, 2},
    {0x72, GM_I32, 2}, {0x73, GM_I32, 2}, {0x74, GM_I32, 2}, {0x75, GM_I32, 2}, {0x76, GM_I32, 2},
    {0x77, GM_I32, 2}, {0x78, GM_I32, 2}, {0xa7, GM_I64, 1}, {0xa8, GM_F32, 1}, {0xa9, GM_F32, 1},
    {0xaa, GM_F64, 1}, {0xab, GM_F64, 1}, {0xc0, GM_I32, 1}, {0xc1, GM_I32, 1},
    {0xfc00, GM_F32, 1}, {0xfc01, GM_F32, 1}, {0xfc02, GM_F64, 1}, {0xfc03, GM_F64, 1},
};
static const gm_opdef gm_ops_i64[] = {
    {0x79, GM_I64, 1}, {0x7a, GM_I64, 1}, {0x7b, GM_I64, 1}, {0x7c, GM_I64, 2}, {0x7d, GM_I64, 2},
    {0x7e, GM_I64, 2}, {0x7f, GM_I64, 2}, {0x80, GM_I64, 2}, {0x81, GM_I64, 2}, {0x82, GM_I64, 2},
    {0x83, GM_I64, 2}, {0x84, GM_I64, 2}, {0x85, GM_I64, 2}, {0x86, GM_I64, 2}, {0x87, GM_I64, 2},
    {0x88, GM_I64, 2}, {0x89, GM_I64, 2}, {0x8a, GM_I64, 2}, {0xac, GM_I32, 1}, {0xad, GM_I32, 1},
    {0xae, GM_F32, 1}, {0xaf, GM_F32, 1}, {0xb0, GM_F64, 1}, {0xb1, GM_F64, 1}, {0xc2, GM_I64, 1},
    {0xc3, GM_I64, 1}, {0xc4, GM_I64, 1}, {0xfc04, GM_F32, 1}, {0xfc05, GM_F32, 1},
    {0xfc06, GM_F64, 1}, {0xfc07, GM_F64, 1},
};
static const gm_opdef gm_ops_f32[] = { /* no copysign (0x98): it would expose a NaN's sign */
    {0x8b, GM_F32, 1}, {0x8c, GM_F32, 1}, {0x8d, GM_F32, 1}, {0x8e, GM_F32, 1}, {0x8f, GM_F32, 1},
    {0x90, GM_F32, 1}, {0x91, GM_F32, 1}, {0x92, GM_F32, 2}, {0x93, GM_F32, 2}, {0x94, GM_F32, 2},
    {0x95, GM_F32, 2}, {0x96, GM_F32, 2}, {0x97, GM_F32, 2}, {0xb2, GM_I32, 1}, {0xb3, GM_I32, 1},
    {0xb4, GM_I64, 1}, {0xb5, GM_I64, 1}, {0xb6, GM_F64, 1}, {0xbe, GM_I32, 1},
};
static const gm_opdef gm_ops_f64[] = { /* no copysign (0xa6) */
    {0x99, GM_F64, 1}, {0x9a, GM_F64, 1}, {0x9b, GM_F64, 1}, {0x9c, GM_F64, 1}, {0x9d, GM_F64, 1},
    {0x9e, GM_F64, 1}, {0x9f, GM_F64, 1}, {0xa0, GM_F64, 2}, {0xa1, GM_F64, 2}, {0xa2, GM_F64, 2},
    {0xa3, GM_F64, 2}, {0xa4, GM_F64, 2}, {0xa5, GM_F64, 2}, {0xb7, GM_I32, 1}, {0xb8, GM_I32, 1},
    {0xb9, GM_I64, 1}, {0xba, GM_I64, 1}, {0xbb, GM_F32, 1}, {0xbf, GM_I64, 1},
};

static void gm_operator(gm_gen *g, uint8_t t, int depth) {
  const gm_opdef *tab;
  size_t n;
  switch (t) {
  case GM_I32: tab = gm_ops_i32, n = sizeof gm_ops_i32 / sizeof *tab; break;
  case GM_I64: tab = gm_ops_i64, n = sizeof gm_ops_i64 / sizeof *tab; break;
  case GM_F32: tab = gm_ops_f32, n = sizeof gm_ops_f32 / sizeof *tab; break;
  default: tab = gm_ops_f64, n = sizeof gm_ops_f64 / sizeof *tab; break;
  }
  const gm_opdef *d = &tab[gm_pick(g->src, (uint32_t)n)];
  for (int i = 0; i < d->arity; i++) gm_expr(g, d->arg, depth - 1);
  if (d->op >= 0xfc00) {
    gm_op(g, 0xfc);
    gm_uleb(g->code, d->op & 0xff);
  } else {
    gm_op(g, (uint8_t)d->op);
  }
}

/* A load producing t: {opcode, natural alignment log2}. */
static void gm_load(gm_gen *g, uint8_t t, int depth) {
  static const uint8_t l32[][2] = {{0x28, 2}, {0x2c, 0}, {0x2d, 0}, {0x2e, 1}, {0x2f, 1}};
  static const uint8_t l64[][2] = {{0x29, 3}, {0x30, 0}, {0x31, 0}, {0x32, 1},
                                   {0x33, 1}, {0x34, 2}, {0x35, 2}};
  gm_addr(g, depth);
  uint8_t op, al;
  switch (t) {
  case GM_I32: { uint32_t k = gm_pick(g->src, 5); op = l32[k][0], al = l32[k][1]; break; }
  case GM_I64: { uint32_t k = gm_pick(g->src, 7); op = l64[k][0], al = l64[k][1]; break; }
  case GM_F32: op = 0x2a, al = 2; break;
  default: op = 0x2b, al = 3; break;
  }
  gm_op(g, op);
  gm_memarg(g, al);
}

/* An expression leaving exactly one value of type t. */
static void gm_expr(gm_gen *g, uint8_t t, int depth) {
  gm_src *s = g->src;
  if (depth <= 0 || g->budget == 0) {
    int l = gm_local_of(g, t, false);
    switch (gm_pick(s, 3)) {
    case 0:
      if (l >= 0) {
        gm_op(g, 0x20);
        gm_uleb(g->code, (uint32_t)l);
        return;
      }
      break;
    case 1:
      gm_op(g, 0x23);
      gm_uleb(g->code, gm_global_of(t));
      return;
    default: break;
    }
    gm_const(g, t);
    return;
  }
  switch (gm_pick(s, 16)) {
  case 0: case 1: case 2: case 3: case 4: case 5:
    gm_operator(g, t, depth);
    return;
  case 6: case 7:
    gm_load(g, t, depth);
    return;
  case 8: /* if with a result */
    gm_expr(g, GM_I32, depth - 1);
    gm_op(g, 0x04);
    gm_byte(g->code, t);
    gm_stmts(g, depth - 1, gm_pick(s, 2));
    gm_expr(g, t, depth - 1);
    gm_op(g, 0x05);
    gm_expr(g, t, depth - 1);
    gm_op(g, 0x0b);
    return;
  case 9: /* block whose value may leave early through br_if */
    gm_op(g, 0x02);
    gm_byte(g->code, t);
    gm_expr(g, t, depth - 1);
    gm_expr(g, GM_I32, depth - 1);
    gm_op(g, 0x0d);
    gm_uleb(g->code, 0);
    gm_op(g, 0x1a);
    gm_stmts(g, depth - 1, gm_pick(s, 3));
    gm_expr(g, t, depth - 1);
    gm_op(g, 0x0b);
    return;
  case 10: /* select */
    gm_expr(g, t, depth - 1);
    gm_expr(g, t, depth - 1);
    gm_expr(g, GM_I32, depth - 1);
    gm_op(g, 0x1b);
    return;
  case 11:
    if (gm_call(g, t, depth)) return;
    break;
  case 12: { /* local.tee */
    int l = gm_local_of(g, t, true);
    if (l >= 0) {
      gm_expr(g, t, depth - 1);
      gm_op(g, 0x22);
      gm_uleb(g->code, (uint32_t)l);
      return;
    }
    break;
  }
  case 13:
    if (t == GM_I32) {
      if (gm_chance(s, 50)) {
        gm_op(g, 0x3f); /* memory.size */
        gm_byte(g->code, 0);
      } else {
        gm_expr(g, GM_I32, 0);
        gm_op(g, 0x41);
        gm_sleb(g->code, 3);
        gm_op(g, 0x71); /* & 3: grows by 0..3 pages; the maximum is 2 */
        gm_op(g, 0x40); /* memory.grow */
        gm_byte(g->code, 0);
      }
      return;
    }
    break;
  default: break;
  }
  gm_expr(g, t, 0);
}

/* One statement: leaves the stack as it found it. A kind that cannot be made here (no local of the
 * type, ...) declines, and another one is drawn at depth 0, up to `tries` times, then a nop: with
 * the fuzzer's input used up every draw is 0, so unbounded retries recursed until the stack
 * overflowed (the empty input did). */
static void gm_stmt_try(gm_gen *g, int depth, int tries) {
  gm_src *s = g->src;
  if (g->budget == 0) return;
  switch (gm_pick(s, depth > 0 ? 12 : 4)) {
  case 0: { /* local.set */
    int l = gm_local_of(g, gm_any_type(g), true);
    if (l < 0) break;
    gm_expr(g, g->locals[l], depth);
    gm_op(g, 0x21);
    gm_uleb(g->code, (uint32_t)l);
    return;
  }
  case 1: { /* global.set */
    uint32_t k = gm_pick(s, GM_NGLOBALS);
    gm_expr(g, gm_types[k], depth);
    gm_op(g, 0x24);
    gm_uleb(g->code, k);
    return;
  }
  case 2: { /* integer store: {opcode, value type, natural alignment log2} */
    static const uint8_t st[][3] = {{0x36, GM_I32, 2}, {0x37, GM_I64, 3}, {0x3a, GM_I32, 0},
                                    {0x3b, GM_I32, 1}, {0x3c, GM_I64, 0}, {0x3d, GM_I64, 1},
                                    {0x3e, GM_I64, 2}};
    uint32_t k = gm_pick(s, 7);
    gm_addr(g, depth);
    gm_expr(g, st[k][1], depth - 1);
    gm_op(g, st[k][0]);
    gm_memarg(g, st[k][2]);
    return;
  }
  case 3: /* an expression, dropped */
    gm_expr(g, gm_any_type(g), depth);
    gm_op(g, 0x1a);
    return;
  case 4: /* a bounded loop */
    if (g->nlocals < GM_MAX_LOCALS && g->loops < 2) {
      uint32_t c = g->nlocals;
      g->locals[g->nlocals++] = GM_I32;
      g->counting[c] = true;
      g->loops++;
      gm_op(g, 0x41);
      gm_sleb(g->code, 1 + gm_pick(s, 12));
      gm_op(g, 0x21);
      gm_uleb(g->code, c);
      gm_op(g, 0x03); /* loop */
      gm_byte(g->code, 0x40);
      gm_stmts(g, depth - 1, 1 + gm_pick(s, 3));
      gm_op(g, 0x20);
      gm_uleb(g->code, c);
      gm_op(g, 0x41);
      gm_sleb(g->code, 1);
      gm_op(g, 0x6b); /* i32.sub */
      gm_op(g, 0x22);
      gm_uleb(g->code, c);
      gm_op(g, 0x0d); /* br_if 0: back to the loop's start */
      gm_uleb(g->code, 0);
      gm_op(g, 0x0b);
      g->loops--;
      g->counting[c] = false; /* from here on an ordinary local */
      return;
    }
    break;
  case 5: /* if without a result, and an else */
    gm_expr(g, GM_I32, depth - 1);
    gm_op(g, 0x04);
    gm_byte(g->code, 0x40);
    gm_stmts(g, depth - 1, 1 + gm_pick(s, 2));
    if (gm_chance(s, 50)) {
      gm_op(g, 0x05);
      gm_stmts(g, depth - 1, 1 + gm_pick(s, 2));
    }
    gm_op(g, 0x0b);
    return;
  case 6: { /* br_table into one of three nested blocks */
    for (int i = 0; i < 3; i++) {
      gm_op(g, 0x02);
      gm_byte(g->code, 0x40);
    }
    gm_expr(g, GM_I32, depth - 1);
    gm_op(g, 0x0e);
    gm_uleb(g->code, 2);
    gm_uleb(g->code, gm_pick(s, 3));
    gm_uleb(g->code, gm_pick(s, 3));
    gm_uleb(g->code, gm_pick(s, 3)); /* default */
    gm_op(g, 0x0b);
    gm_stmts(g, depth - 1, gm_pick(s, 2));
    gm_op(g, 0x0b);
    gm_stmts(g, depth - 1, gm_pick(s, 2));
    gm_op(g, 0x0b);
    return;
  }
  case 7: /* a call for its effects */
    if (gm_call(g, 0, depth)) return;
    break;
  case 8: /* memory.fill / memory.copy (bulk memory, in 2.0) */
    gm_addr(g, depth);
    gm_expr(g, GM_I32, depth - 1);
    gm_expr(g, GM_I32, 0);
    gm_op(g, 0x41);
    gm_sleb(g->code, 0x1ff);
    gm_op(g, 0x71);
    gm_op(g, 0xfc);
    if (gm_chance(s, 50)) {
      gm_uleb(g->code, 11); /* memory.fill */
      gm_byte(g->code, 0);
    } else {
      gm_uleb(g->code, 10); /* memory.copy: (dst, src, n) */
      gm_byte(g->code, 0);
      gm_byte(g->code, 0);
    }
    return;
  case 9: /* if (cond) return */
    if (gm_chance(s, 25)) {
      const gm_func *f = &g->funcs[g->self];
      gm_expr(g, GM_I32, depth - 1);
      gm_op(g, 0x04);
      gm_byte(g->code, 0x40);
      if (f->nresults) gm_expr(g, f->result, depth - 1);
      gm_op(g, 0x0f);
      gm_op(g, 0x0b);
      return;
    }
    break;
  default: break;
  }
  if (tries > 0) gm_stmt_try(g, 0, tries - 1);
  else gm_op(g, 0x01); /* nop */
}

static void gm_stmt(gm_gen *g, int depth) { gm_stmt_try(g, depth, 64); }

static void gm_stmts(gm_gen *g, int depth, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) gm_stmt(g, depth);
}

/* Generates a whole module into out (emptied first). */
static void gm_module(gm_src *s, gm_buf *out) {
  gm_gen g;
  memset(&g, 0, sizeof g);
  g.src = s;
  g.nfuncs = 1 + gm_pick(s, GM_MAX_FUNCS);
  for (uint32_t f = 0; f < g.nfuncs; f++) {
    gm_func *fn = &g.funcs[f];
    fn->nparams = (uint8_t)gm_pick(s, GM_MAX_PARAMS + 1);
    for (uint32_t p = 0; p < fn->nparams; p++) fn->params[p] = gm_types[gm_pick(s, 4)];
    fn->nresults = gm_chance(s, 80);
    fn->result = gm_types[gm_pick(s, 4)];
  }
  gm_buf sec = {0}, body = {0};
  out->n = 0;
  gm_bytes(out, "\0asm\1\0\0\0", 8);
  /* type i = function i's type */
  gm_uleb(&sec, g.nfuncs);
  for (uint32_t f = 0; f < g.nfuncs; f++) {
    gm_byte(&sec, 0x60);
    gm_uleb(&sec, g.funcs[f].nparams);
    gm_bytes(&sec, g.funcs[f].params, g.funcs[f].nparams);
    gm_uleb(&sec, g.funcs[f].nresults);
    if (g.funcs[f].nresults) gm_byte(&sec, g.funcs[f].result);
  }
  gm_section(out, 1, &sec);
  gm_uleb(&sec, g.nfuncs);
  for (uint32_t f = 0; f < g.nfuncs; f++) gm_uleb(&sec, f);
  gm_section(out, 3, &sec);
  gm_uleb(&sec, 1); /* table: funcref, nfuncs + 1 slots (the last stays null) */
  gm_byte(&sec, 0x70);
  gm_byte(&sec, 0x00);
  gm_uleb(&sec, g.nfuncs + 1);
  gm_section(out, 4, &sec);
  gm_uleb(&sec, 1); /* memory: 1 page, at most 2 */
  gm_byte(&sec, 0x01);
  gm_uleb(&sec, 1);
  gm_uleb(&sec, 2);
  gm_section(out, 5, &sec);
  gm_uleb(&sec, GM_NGLOBALS);
  for (uint32_t i = 0; i < GM_NGLOBALS; i++) {
    gm_byte(&sec, gm_types[i]);
    gm_byte(&sec, 1);
    gm_buf *save = g.code;
    g.code = &sec;
    g.budget = 1;
    gm_const(&g, gm_types[i]);
    g.code = save;
    gm_byte(&sec, 0x0b);
  }
  gm_section(out, 6, &sec);
  gm_uleb(&sec, g.nfuncs + 1 + GM_NGLOBALS);
  for (uint32_t f = 0; f < g.nfuncs; f++) {
    char name[8] = {'f', (char)('0' + f), 0};
    gm_name(&sec, name);
    gm_byte(&sec, 0x00);
    gm_uleb(&sec, f);
  }
  gm_name(&sec, "mem");
  gm_byte(&sec, 0x02);
  gm_uleb(&sec, 0);
  for (uint32_t i = 0; i < GM_NGLOBALS; i++) {
    char name[8] = {'g', (char)('0' + i), 0};
    gm_name(&sec, name);
    gm_byte(&sec, 0x03);
    gm_uleb(&sec, i);
  }
  gm_section(out, 7, &sec);
  gm_uleb(&sec, 1); /* elem: table 0 from 0: every function */
  gm_byte(&sec, 0x00);
  gm_byte(&sec, 0x41);
  gm_sleb(&sec, 0);
  gm_byte(&sec, 0x0b);
  gm_uleb(&sec, g.nfuncs);
  for (uint32_t f = 0; f < g.nfuncs; f++) gm_uleb(&sec, f);
  gm_section(out, 9, &sec);
  gm_uleb(&sec, g.nfuncs);
  for (uint32_t f = 0; f < g.nfuncs; f++) {
    const gm_func *fn = &g.funcs[f];
    g.self = f;
    g.nlocals = fn->nparams;
    memcpy(g.locals, fn->params, fn->nparams);
    uint32_t extra = gm_pick(s, 5);
    for (uint32_t i = 0; i < extra; i++) g.locals[g.nlocals++] = gm_types[gm_pick(s, 4)];
    g.budget = 40 + gm_pick(s, 160);
    g.loops = 0;
    gm_buf code = {0};
    g.code = &code;
    gm_stmts(&g, 4, 1 + gm_pick(s, 4));
    if (fn->nresults) gm_expr(&g, fn->result, 4);
    gm_byte(&code, 0x0b);
    /* locals beyond the parameters, one entry each (loops may have added some) */
    gm_buf fb = {0};
    gm_uleb(&fb, g.nlocals - fn->nparams);
    for (uint32_t i = fn->nparams; i < g.nlocals; i++) {
      gm_uleb(&fb, 1);
      gm_byte(&fb, g.locals[i]);
    }
    gm_bytes(&fb, code.b, code.n);
    gm_uleb(&body, fb.n);
    gm_bytes(&body, fb.b, fb.n);
    free(code.b);
    free(fb.b);
  }
  gm_bytes(&sec, body.b, body.n);
  free(body.b);
  gm_section(out, 10, &sec);
  /* data: 64 bytes at 0 */
  gm_uleb(&sec, 1);
  gm_byte(&sec, 0x00);
  gm_byte(&sec, 0x41);
  gm_sleb(&sec, (int32_t)gm_pick(s, 256));
  gm_byte(&sec, 0x0b);
  gm_uleb(&sec, 64);
  for (int i = 0; i < 64; i++) gm_byte(&sec, (uint8_t)gm_bits(s));
  gm_section(out, 11, &sec);
  free(sec.b);
}

#endif
