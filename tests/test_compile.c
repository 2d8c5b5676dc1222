/* test_compile.c: unit tests of the function compiler (compile.c): emitted code and verdicts. */
#include <stdint.h>

#include "internal.h"
#include "t.h"

/* ---- a one-function module builder: type 0 = (params) -> (results), func 0 : type 0 ---- */

typedef struct buf {
  uint8_t *p;
  size_t n, cap;
} buf;

static void b_put(buf *b, const void *src, size_t n) {
  if (!n) return;
  if (b->n + n > b->cap) {
    size_t c = b->cap ? b->cap : 256;
    while (c < b->n + n) c *= 2;
    b->p = realloc(b->p, c);
    CHECK(b->p != NULL);
    b->cap = c;
  }
  memcpy(b->p + b->n, src, n);
  b->n += n;
}
static void b_byte(buf *b, uint8_t x) { b_put(b, &x, 1); }
static void b_u32(buf *b, uint32_t v) {
  do {
    uint8_t x = v & 0x7F;
    v >>= 7;
    b_byte(b, (uint8_t)(x | (v ? 0x80 : 0)));
  } while (v);
}
static void b_section(buf *b, uint8_t id, const buf *payload) {
  b_byte(b, id);
  b_u32(b, (uint32_t)payload->n);
  b_put(b, payload->p, payload->n);
}

static hearth_engine *g_engine;

/* Builds and compiles the module; returns the status and (on success) the module in *out. */
static hearth_status build(const char *params, const char *results, const uint8_t *body, size_t n,
                           bool mem, hearth_module **out) {
  buf b = {0}, s = {0};
  b_put(&b, "\0asm\1\0\0\0", 8);
  b_byte(&s, 1);
  b_byte(&s, 0x60);
  b_u32(&s, (uint32_t)strlen(params));
  b_put(&s, params, strlen(params));
  b_u32(&s, (uint32_t)strlen(results));
  b_put(&s, results, strlen(results));
  b_section(&b, 1, &s);
  s.n = 0;
  b_byte(&s, 1);
  b_byte(&s, 0);
  b_section(&b, 3, &s);
  if (mem) {
    s.n = 0;
    b_put(&s, "\1\0\1", 3);
    b_section(&b, 5, &s);
  }
  s.n = 0;
  b_byte(&s, 1);
  b_u32(&s, (uint32_t)n);
  b_put(&s, body, n);
  b_section(&b, 10, &s);
  if (!g_engine) CHECK(hearth_engine_new(NULL, &g_engine) == HEARTH_OK);
  *out = NULL;
  hearth_status st = hearth_module_new(g_engine, b.p, b.n, out);
  free(b.p);
  free(s.p);
  return st;
}

#define TI32 "\x7f"
#define TI64 "\x7e"
#define TV128 "\x7b"

static hearth_status verdict(const char *params, const char *results, const uint8_t *body,
                             size_t n, bool mem) {
  hearth_module *m;
  hearth_status st = build(params, results, body, n, mem, &m);
  if (m) hearth_module_delete(m);
  return st;
}
#define VERDICT(p, r, mem, ...)                                                             \
  verdict(p, r, (const uint8_t[]){__VA_ARGS__}, sizeof((const uint8_t[]){__VA_ARGS__}), mem)

/* ---- a disassembler over the ops.h lists ---- */

static const char *const k_names[H_OP_COUNT] = {
#define H_OP_ENTRY(id) #id,
    H_OPS_ALL
#undef H_OP_ENTRY
};

/* A pair's opcode word stands for its first op (same operand words); others map to themselves. */
static unsigned unpair(unsigned op) {
  switch (op) {
#define H_P_(a, b) \
  case H_OP_P_##a##__##b: \
    return H_OP_##a;
    H_OPS_PAIR(H_P_)
#undef H_P_
#define H_C_(a, b, k) \
  case H_OP_C_##a##__##b##_##k: \
    return H_OP_##a;
    H_OPS_CPAIR(H_C_)
#undef H_C_
#define H_T_(a, b, kb, c, kc) \
  case H_OP_T_##a##__##b##_##kb##__##c##_##kc: \
    return H_OP_##a;
    H_OPS_CTRIPLE(H_T_)
#undef H_T_
  default:
    return op;
  }
}

static bool is_fused_br(unsigned op) {
  switch (op) {
#define H_ZB_(name, res, t) case H_OP_BR_##name: case H_OP_BR_##name##_I:
    H_OPS_BRCMP(H_ZB_)
#undef H_ZB_
    return true;
  default:
    return false;
  }
}

/* Operand words of op (BR_TABLE: -1). */
static int k_words(unsigned op) {
  switch (op) {
#define H_Y_(name, n) \
  case H_OP_##name:   \
    return n;
    H_OPS_SPECIAL(H_Y_)
#undef H_Y_
#define H_X_(name, pfx, code, shape, res, t1, t2, t3, imm)                                     \
  case H_OP_##name: {                                                                          \
    int w = (res != 0) + (t1 != 0) + (t2 != 0) + (t3 != 0);                                    \
    int sh = H_SH_##shape;                                                                     \
    if (sh == H_SH_LOAD || sh == H_SH_STORE || sh == H_SH_LANE || sh == H_SH_REPLACE) w += 1;  \
    if (sh == H_SH_LOAD_LANE || sh == H_SH_STORE_LANE) w += 2;                                 \
    if (sh == H_SH_SHUFFLE) w += 4;                                                            \
    return w;                                                                                  \
  }
    H_OPS_MEMORY(H_X_) H_OPS_NUMERIC(H_X_) H_OPS_SIMD(H_X_)
#undef H_X_
#define H_ZI_(name, res, t) case H_OP_##name##_I:
#define H_ZB_(name, res, t) case H_OP_BR_##name: case H_OP_BR_##name##_I:
    H_OPS_IMM(H_ZI_) H_OPS_BRCMP(H_ZB_)
#undef H_ZI_
#undef H_ZB_
    return 3;
#define H_XA_(name, pfx, code, shape, res, t1, t2, t3, imm) case H_OP_##name##_A: case H_OP_##name##_AI:
    H_OPS_MEMORY(H_XA_)
#undef H_XA_
#define H_ZK_(name) case H_OP_##name##_K:
    H_OPS_IMM64(H_ZK_)
#undef H_ZK_
    return 4;
#define H_ZM_(name, load, t) case H_OP_##name##_M:
    H_OPS_LOADOP(H_ZM_)
#undef H_ZM_
    return 5;
#define H_XC_(name, pfx, code, shape, res, t1, t2, t3, imm) case H_OP_##name##_C:
    H_OPS_MEMORY(H_XC_)
#undef H_XC_
#define H_ZV_(name) case H_OP_##name##_V:
    H_OPS_STOREV(H_ZV_)
#undef H_ZV_
    return 3;
  default:
    return -2;
  }
}

static bool is_rel_op(unsigned op) {
  return op == H_OP_BR || op == H_OP_BR_LOOP || op == H_OP_BR_IF || op == H_OP_BR_IFZ ||
         op == H_OP_BR_IF_LOOP || is_fused_br(op);
}

/* "NAME w w; NAME ..." with branch offsets printed signed (ops.h: in words between positions,
 * an instruction being its two opcode words and its operands). */
static char *disasm(const h_cfunc *f) {
  static char out[8192];
  size_t o = 0;
  out[0] = 0;
  for (uint32_t i = 0; i < f->ncode;) {
    unsigned op = unpair(h_interp_op_of_word(h_code_opword(f->code + i + 1)));
    CHECK(op < H_OP_COUNT);
    i++; /* the position: operand k at f->code[i + k] */
    int n = k_words(op);
    CHECK(n != -2);
    if (n == -1) n = 2 + (int)f->code[i + 2] + 1;
    CHECK(i + 1 + (uint32_t)n <= f->ncode);
    o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", o ? "; " : "", k_names[op]);
    for (int k = 0; k < n; k++) {
      h_word w = f->code[i + 1 + k];
      bool rel = (is_rel_op(op) && k == n - 1) || (op == H_OP_BR_TABLE && k >= 2);
      if (rel) o += (size_t)snprintf(out + o, sizeof out - o, " %d", (int)(int32_t)w);
      else o += (size_t)snprintf(out + o, sizeof out - o, " %u", w);
    }
    CHECK(o < sizeof out - 64);
    i += 1 + (uint32_t)n;
  }
  return out;
}

static hearth_module *g_m;
static const h_cfunc *code_of(const char *params, const char *results, const uint8_t *body,
                              size_t n, bool mem) {
  hearth_status st = build(params, results, body, n, mem, &g_m);
  if (st != HEARTH_OK) fprintf(stderr, "compile failed: %s\n", hearth_errmsg());
  CHECK(st == HEARTH_OK);
  CHECK(h_compile_lazy(g_m, &g_m->code[0]) != NULL); /* H_LAZY_COMPILE: load only validated */
  return &g_m->code[0];
}
#define CODE(p, r, mem, ...) \
  code_of(p, r, (const uint8_t[]){__VA_ARGS__}, sizeof((const uint8_t[]){__VA_ARGS__}), mem)

/* ---- emitted code ---- */

static void add_forwards_locals(void) {
  const h_cfunc *f = CODE(TI32 TI32, TI32, 0, 0x00, 0x20, 0, 0x20, 1, 0x6a, 0x0b);
  CHECK_STR(disasm(f), "I32_ADD 2 0 1; RETURN 2 1");
  CHECK_EQ_INT(f->param_slots, 2);
  CHECK_EQ_INT(f->local_slots, 0);
  CHECK_EQ_INT(f->result_slots, 1);
  CHECK(f->frame_slots >= 3);
}

static void result_retargeted_to_local(void) {
  const h_cfunc *f =
      CODE(TI32 TI32, "", 0, 0x01, 0x01, 0x7f, 0x20, 0, 0x20, 1, 0x6a, 0x21, 2, 0x0b);
  CHECK_STR(disasm(f), "I32_ADD 2 0 1; RETURN 3 0");
  CHECK_EQ_INT(f->local_slots, 1);
}

static void set_materializes_forwarded_copy(void) {
  /* local.get 0; local.get 1; local.set 0 -> the old value of local 0 must survive */
  const h_cfunc *f = CODE(TI32 TI32, TI32, 0, 0x00, 0x20, 0, 0x20, 1, 0x21, 0, 0x0b);
  CHECK_STR(disasm(f), "MOV 2 0; MOV 0 1; RETURN 2 1");
}

static void no_retarget_when_local_still_forwarded(void) {
  /* local.get 0; local.get 0; i32.eqz; local.set 0: the pending copy of local 0 comes first */
  const h_cfunc *f = CODE(TI32, TI32, 0, 0x00, 0x20, 0, 0x20, 0, 0x45, 0x21, 0, 0x0b);
  CHECK_STR(disasm(f), "I32_EQZ 2 0; MOV 1 0; MOV 0 2; RETURN 1 1");
}

static void tee_retargets_and_forwards(void) {
  const h_cfunc *f = CODE(TI32, TI32, 0, 0x01, 0x01, 0x7f, 0x20, 0, 0x41, 1, 0x6a, 0x22, 1, 0x20, 1,
                          0x6c, 0x0b);
  CHECK_STR(disasm(f), "I32_ADD_I 1 0 1; I32_MUL 2 1 1; RETURN 2 1");
}

static void loop_back_edge_uses_loop_variant(void) {
  const h_cfunc *f = CODE(TI32, TI32, 0, 0x00, 0x03, 0x40, 0x20, 0, 0x41, 1, 0x6b, 0x22, 0, 0x0d, 0,
                          0x0b, 0x20, 0, 0x0b);
  CHECK_STR(disasm(f), "I32_SUB_I 0 0 1; BR_IF_LOOP 0 -5; RETURN 0 1");
}

static void br_if_without_moves(void) {
  const h_cfunc *f = CODE(TI32, TI32, 0, 0x00, 0x02, 0x7f, 0x41, 7, 0x20, 0, 0x0d, 0, 0x1a, 0x41, 8,
                          0x0b, 0x0b);
  CHECK_STR(disasm(f), "CONST32 1 7; BR_IF 0 8; CONST32 1 8; RETURN 1 1");
}

static void br_if_with_moves_on_taken_path_only(void) {
  const h_cfunc *f = CODE(TI32, TI32, 0, 0x00, 0x02, 0x7f, 0x41, 1, 0x41, 2, 0x20, 0, 0x0d, 0, 0x6a,
                          0x0b, 0x0b);
  CHECK_STR(disasm(f),
            "CONST32 2 2; BR_IFZ 0 11; MOV 1 2; BR 8; I32_ADD_I 1 2 1; RETURN 1 1");
}

static void br_table_direct(void) {
  const h_cfunc *f = CODE(TI32, TI32, 0, 0x00, 0x02, 0x7f, 0x02, 0x7f, 0x41, 5, 0x20, 0, 0x0e, 2, 0,
                          1, 0, 0x0b, 0x41, 1, 0x6a, 0x0b, 0x0b);
  CHECK_STR(disasm(f), "CONST32 1 5; BR_TABLE 0 2 7 12 7; I32_ADD_I 1 1 1; RETURN 1 1");
}

static void br_table_stub_shared(void) {
  const h_cfunc *f =
      CODE(TI32 TI32, TI32, 0, 0x00, 0x02, 0x7f, 0x20, 1, 0x20, 0, 0x0e, 1, 0, 0, 0x0b, 0x0b);
  CHECK_STR(disasm(f), "BR_TABLE 0 1 6 6; MOV 2 1; BR 3; RETURN 2 1");
}

static void br_to_function_label_returns(void) {
  const h_cfunc *f = CODE(TI32, TI32, 0, 0x00, 0x20, 0, 0x0c, 0, 0x0b);
  CHECK_STR(disasm(f), "RETURN 0 1; UNREACHABLE");
}

static void call_args_materialized(void) {
  const h_cfunc *f = CODE(TI32, TI32, 0, 0x00, 0x20, 0, 0x10, 0, 0x0b);
  CHECK_STR(disasm(f), "MOV 1 0; CALL 0 1; RETURN 1 1");
  CHECK_EQ_INT(f->frame_slots, 2);
}

static void if_else_with_params(void) {
  /* blocktype = type 0 ([i32] -> [i32]) */
  const h_cfunc *f = CODE(TI32, TI32, 0, 0x00, 0x20, 0, 0x20, 0, 0x04, 0x00, 0x41, 1, 0x6a, 0x05,
                          0x41, 2, 0x6b, 0x0b, 0x0b);
  CHECK_STR(disasm(f), "MOV 1 0; BR_IFZ 0 12; I32_ADD_I 1 1 1; BR 8; I32_SUB_I 1 1 2; RETURN 1 1");
}

static void dead_code_emits_nothing(void) {
  /* return; then a validated but dead block with a call and arithmetic */
  const h_cfunc *f = CODE(TI32, TI32, 0, 0x00, 0x20, 0, 0x0f, 0x02, 0x7f, 0x41, 1, 0x10, 0, 0x0b,
                          0x41, 2, 0x6a, 0x0b);
  CHECK_STR(disasm(f), "RETURN 0 1; UNREACHABLE");
}

static void v128_slots_and_const(void) {
  /* (param v128 i32) (result v128): v128.const; local.get 0; i8x16.add? use v128.and (0xFD 78) */
  const h_cfunc *f = CODE(TV128 TI32, TV128, 0, 0x00, 0xfd, 0x0c, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0,
                          4, 0, 0, 0, 0x20, 0, 0xfd, 0x4e, 0x0b);
  CHECK_STR(disasm(f), "CONST128 3 1 2 3 4; V128_AND 3 3 0; RETURN 3 2");
  CHECK_EQ_INT(f->param_slots, 3);
  CHECK_EQ_INT(f->result_slots, 2);
  CHECK(f->frame_slots >= 7);
}

static void memory_ops(void) {
  /* i32.load offset=8 (local 0); i32.const 3; i32.store offset=4 */
  const h_cfunc *f = CODE(TI32, "", 1, 0x00, 0x20, 0, 0x20, 0, 0x28, 2, 8, 0x36, 2, 4, 0x0b);
  CHECK_STR(disasm(f), "I32_LOAD 2 0 8; I32_STORE 0 2 4; RETURN 1 0");
}

/* ---- verdicts ---- */

static void type_errors_are_invalid(void) {
  CHECK_EQ_INT(VERDICT("", TI32, 0, 0x00, 0x42, 0, 0x0b), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(VERDICT("", TI32, 0, 0x00, 0x0b), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x41, 0, 0x0b), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x20, 0, 0x1a, 0x0b), HEARTH_ERR_INVALID); /* local */
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x0c, 1, 0x0b), HEARTH_ERR_INVALID);       /* label */
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x41, 0, 0x28, 2, 0, 0x1a, 0x0b), HEARTH_ERR_INVALID);
  /* alignment larger than natural */
  CHECK_EQ_INT(VERDICT("", "", 1, 0x00, 0x41, 0, 0x28, 3, 0, 0x1a, 0x0b), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(VERDICT("", "", 1, 0x00, 0x41, 0, 0x28, 2, 0, 0x1a, 0x0b), HEARTH_OK);
  /* if without else must have params == results */
  CHECK_EQ_INT(VERDICT("", TI32, 0, 0x00, 0x41, 1, 0x04, 0x7f, 0x41, 1, 0x0b, 0x0b),
               HEARTH_ERR_INVALID);
  /* select of references needs the typed form */
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0xd0, 0x70, 0xd0, 0x70, 0x41, 0, 0x1b, 0x1a, 0x0b),
               HEARTH_ERR_INVALID);
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0xd0, 0x70, 0xd0, 0x70, 0x41, 0, 0x1c, 1, 0x70, 0x1a, 0x0b),
               HEARTH_OK);
  /* lane index out of range */
  CHECK_EQ_INT(VERDICT(TV128, TI32, 0, 0x00, 0x20, 0, 0xfd, 0x15, 16, 0x0b), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(VERDICT(TV128, TI32, 0, 0x00, 0x20, 0, 0xfd, 0x15, 15, 0x0b), HEARTH_OK);
  /* block results must be exact */
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x02, 0x40, 0x41, 0, 0x0b, 0x0b), HEARTH_ERR_INVALID);
}

static void polymorphic_stack(void) {
  CHECK_EQ_INT(VERDICT("", TI32, 0, 0x00, 0x00, 0x0b), HEARTH_OK);
  CHECK_EQ_INT(VERDICT("", TI32, 0, 0x00, 0x00, 0x6a, 0x0b), HEARTH_OK);
  CHECK_EQ_INT(VERDICT("", TI32, 0, 0x00, 0x00, 0x42, 0, 0x6a, 0x0b), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(VERDICT("", TI32, 0, 0x00, 0x00, 0x1b, 0x0b), HEARTH_OK);
  /* br_if in dead code leaves the label's (concrete) types on the stack */
  CHECK_EQ_INT(VERDICT("", TI64, 0, 0x00, 0x02, 0x7f, 0x00, 0x0d, 0, 0x0b, 0x1a, 0x42, 0, 0x0b),
               HEARTH_OK);
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x02, 0x7f, 0x00, 0x0d, 0, 0x7a, 0x1a, 0x0b, 0x1a, 0x0b),
               HEARTH_ERR_INVALID);
  /* br_table arity must agree */
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x02, 0x40, 0x02, 0x7f, 0x41, 0, 0x0e, 1, 0, 1, 0x0b, 0x1a,
                       0x0b, 0x0b),
               HEARTH_ERR_INVALID);
  /* a dead block still starts with a concrete stack */
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x00, 0x02, 0x40, 0x6a, 0x1a, 0x0b, 0x0b),
               HEARTH_ERR_INVALID);
}

static void decoding_errors_are_malformed(void) {
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0xff, 0x0b), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0xfc, 0x50, 0x0b), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(VERDICT("", "", 0, 0x01, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x7f, 0x0b),
               HEARTH_ERR_MALFORMED); /* too many locals */
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x0b, 0x01), HEARTH_ERR_MALFORMED); /* after end */
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x01), HEARTH_ERR_MALFORMED);       /* no end */
  /* memory.size's memory index (3.0; a zero byte in 2.0): an over-long LEB */
  CHECK_EQ_INT(VERDICT("", "", 1, 0x00, 0x3f, 0x81, 0x80, 0x80, 0x80, 0x80, 0x00, 0x1a, 0x0b),
               HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(VERDICT("", "", 1, 0x00, 0x3f, 0x01, 0x1a, 0x0b), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x70, 0x1a, 0x0b),
               HEARTH_ERR_MALFORMED); /* i32.const: unused bits */
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x41, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x1a, 0x0b), HEARTH_OK);
  /* a decoding error after a type error still makes the module malformed */
  CHECK_EQ_INT(VERDICT("", "", 0, 0x00, 0x6a, 0xff, 0x0b), HEARTH_ERR_MALFORMED);
}

static hearth_status nested(uint32_t depth) {
  size_t n = 1 + 2 * (size_t)depth + depth + 1;
  uint8_t *body = malloc(n);
  CHECK(body != NULL);
  size_t o = 0;
  body[o++] = 0;
  for (uint32_t i = 0; i < depth; i++) body[o++] = 0x02, body[o++] = 0x40;
  for (uint32_t i = 0; i < depth; i++) body[o++] = 0x0b;
  body[o++] = 0x0b;
  hearth_status st = verdict("", "", body, n, false);
  free(body);
  return st;
}

static void deep_nesting(void) {
  CHECK_EQ_INT(nested(50000), HEARTH_OK);
  hearth_status st = nested(1000000);
  CHECK(st == HEARTH_ERR_MALFORMED || st == HEARTH_ERR_INVALID);
}


static void b_body_u32(uint8_t *body, size_t *o, uint32_t v) {
  do {
    uint8_t x = v & 0x7F;
    v >>= 7;
    body[(*o)++] = (uint8_t)(x | (v ? 0x80 : 0));
  } while (v);
}

/* n forwarded local.gets of distinct locals buried under n constants, then n local.sets: a naive
 * "scan the stack for copies of this local" is quadratic here. Also checks the verdict. */
static void many_forwarded_locals_linear(void) {
  uint32_t n = 40000;
  uint8_t *body = malloc(16 + (size_t)n * 12);
  CHECK(body != NULL);
  size_t o = 0;
  body[o++] = 1;
  b_body_u32(body, &o, n);
  body[o++] = 0x7f;
  for (uint32_t i = 0; i < n; i++) body[o++] = 0x20, b_body_u32(body, &o, i);
  for (uint32_t i = 0; i < n; i++) body[o++] = 0x41, body[o++] = 0;
  for (uint32_t i = 0; i < n; i++) body[o++] = 0x21, b_body_u32(body, &o, i);
  for (uint32_t i = 0; i < n; i++) body[o++] = 0x1a;
  body[o++] = 0x0b;
  hearth_module *m;
  CHECK_EQ_INT(build("", "", body, o, false, &m), HEARTH_OK);
  /* every local.set had to save the buried copy of its local first: n MOVs, then n CONST32 straight
   * into the locals (constants are pending until used) */
  CHECK(h_compile_lazy(m, &m->code[0]) != NULL);
  CHECK_EQ_INT(m->code[0].ncode, (uint64_t)n * 8 + 4); /* two-word opcodes */
  hearth_module_delete(m);
  free(body);
}

static void forwarded_copies_of_two_locals(void) {
  /* (param i32 i32) (result i32 i32 i32): get 0, get 1, get 0, then set 0 from get 1 */
  hearth_module *m;
  const uint8_t body[] = {0x00, 0x20, 0, 0x20, 1, 0x20, 0, 0x20, 1, 0x21, 0, 0x0b};
  CHECK_EQ_INT(build(TI32 TI32, TI32 TI32 TI32, body, sizeof body, false, &m), HEARTH_OK);
  CHECK(h_compile_lazy(m, &m->code[0]) != NULL);
  CHECK_STR(disasm(&m->code[0]), "MOV 4 0; MOV 2 0; MOV 0 1; MOV 3 1; RETURN 2 3");
  hearth_module_delete(m);
}

static void fused_compare_and_branch(void) {
  /* loop: local.get 0; i32.const 1; i32.sub; local.tee 0; i32.const 10; i32.gt_s; br_if 0 */
  const h_cfunc *f = CODE(TI32, "", 0, 0x00, 0x03, 0x40, 0x20, 0, 0x41, 1, 0x6b, 0x22, 0, 0x41, 10,
                          0x4a, 0x0d, 0, 0x0b, 0x0b);
  CHECK_STR(disasm(f), "I32_SUB_I 0 0 1; BR_I32_GT_S_I 0 10 -5; RETURN 1 0");
  hearth_module_delete(g_m);
  /* if (i32.eqz (local.get 0)) then nop end: jump over the then part when local 0 != 0 */
  f = CODE(TI32, "", 0, 0x00, 0x20, 0, 0x45, 0x04, 0x40, 0x01, 0x0b, 0x0b);
  CHECK_STR(disasm(f), "BR_I32_NE_I 0 0 5; RETURN 1 0");
  hearth_module_delete(g_m);
  /* block: br_if 0 (i64.lt_u (local.get 0) (local.get 1)) */
  f = CODE(TI64 TI64, "", 0, 0x00, 0x02, 0x40, 0x20, 0, 0x20, 1, 0x54, 0x0d, 0, 0x0b, 0x0b);
  CHECK_STR(disasm(f), "BR_I64_LT_U 0 1 5; RETURN 2 0");
  hearth_module_delete(g_m);
  /* a compare whose result is used as a value is not fused */
  f = CODE(TI32, TI32, 0, 0x00, 0x20, 0, 0x41, 3, 0x48, 0x0b);
  CHECK_STR(disasm(f), "I32_LT_S_I 1 0 3; RETURN 1 1");
}

static void const_immediates(void) {
  /* i64: fits sign-extended 32 bits -> immediate; 2^32 does not -> CONST64 */
  const h_cfunc *f = CODE(TI64, TI64, 0, 0x00, 0x20, 0, 0x42, 0x7f, 0x7c, 0x0b);
  CHECK_STR(disasm(f), "I64_ADD_I 1 0 4294967295; RETURN 1 1");
  hearth_module_delete(g_m);
  f = CODE(TI64, TI64, 0, 0x00, 0x20, 0, 0x42, 0x80, 0x80, 0x80, 0x80, 0x10, 0x7c, 0x0b);
  CHECK_STR(disasm(f), "I64_ADD_K 1 0 0 1; RETURN 1 1");
  hearth_module_delete(g_m);
  /* the constant as the first operand stays a CONST */
  f = CODE(TI32, TI32, 0, 0x00, 0x41, 7, 0x20, 0, 0x6b, 0x0b);
  CHECK_STR(disasm(f), "CONST32 1 7; I32_SUB 1 1 0; RETURN 1 1");
}

#define TF64 "\x7c"

static void fusions(void) {
  /* i32.add feeding a load's address */
  const h_cfunc *f = CODE(TI32 TI32, TI32, 1, 0x00, 0x20, 0, 0x20, 1, 0x6a, 0x28, 2, 4, 0x0b);
  CHECK_STR(disasm(f), "I32_LOAD_A 2 0 1 4; RETURN 2 1");
  hearth_module_delete(g_m);
  /* add-immediate feeding a store's address, the value a local read after it */
  f = CODE(TI32 TI32, "", 1, 0x00, 0x20, 0, 0x41, 8, 0x6a, 0x20, 1, 0x36, 2, 0, 0x0b);
  CHECK_STR(disasm(f), "I32_STORE_AI 0 8 1 0; RETURN 2 0");
  hearth_module_delete(g_m);
  /* an address also kept in a local (tee) is not folded */
  f = CODE(TI32 TI32, TI32, 1, 0x00, 0x20, 0, 0x20, 1, 0x6a, 0x22, 1, 0x28, 2, 0, 0x0b);
  CHECK_STR(disasm(f), "I32_ADD 1 0 1; I32_LOAD 2 1 0; RETURN 2 1");
  hearth_module_delete(g_m);
  /* a load feeding an arithmetic op: either operand when it commutes, only b otherwise */
  f = CODE(TF64 TI32, TF64, 1, 0x00, 0x20, 0, 0x20, 1, 0x2b, 3, 8, 0xa2, 0x0b);
  CHECK_STR(disasm(f), "F64_MUL_M 2 0 1 0 8; RETURN 2 1");
  hearth_module_delete(g_m);
  f = CODE(TF64 TI32, TF64, 1, 0x00, 0x20, 1, 0x2b, 3, 0, 0x20, 0, 0xa0, 0x0b);
  CHECK_STR(disasm(f), "F64_ADD_M 2 0 1 0 0; RETURN 2 1");
  hearth_module_delete(g_m);
  f = CODE(TF64 TI32, TF64, 1, 0x00, 0x20, 1, 0x2b, 3, 0, 0x20, 0, 0xa1, 0x0b);
  CHECK_STR(disasm(f), "F64_LOAD 2 1 0; F64_SUB 2 2 0; RETURN 2 1");
  hearth_module_delete(g_m);
  /* chained pair: the shift's result is a stack temporary that only the load reads (as the base
   * of its address): C_, no store in between; kept in a local by local.tee: a plain pair */
  f = CODE(TI32, TI32, 1, 0x00, 0x20, 0, 0x41, 2, 0x74, 0x41, 0xe4, 0x00, 0x6a, 0x28, 2, 0, 0x0b);
  CHECK_STR(disasm(f), "I32_SHL_I 1 0 2; I32_LOAD_AI 1 1 100 0; RETURN 1 1");
  CHECK_EQ_INT(h_interp_op_of_word(h_code_opword(f->code + 1)), H_OP_C_I32_SHL_I__I32_LOAD_AI_2);
  hearth_module_delete(g_m);
  f = CODE(TI32, TI32, 1, 0x01, 0x01, 0x7f, 0x20, 0, 0x41, 2, 0x74, 0x22, 1, 0x41, 0xe4, 0x00,
           0x6a, 0x28, 2, 0, 0x0b);
  CHECK_STR(disasm(f), "I32_SHL_I 1 0 2; I32_LOAD_AI 2 1 100 0; RETURN 2 1");
  CHECK_EQ_INT(h_interp_op_of_word(h_code_opword(f->code + 1)), H_OP_P_I32_SHL_I__I32_LOAD_AI);
  hearth_module_delete(g_m);
  /* chained triple: a table dispatch (shift, load from the table, br_table on the loaded value) */
  f = CODE(TI32, TI32, 1, 0x00, 0x02, 0x40, 0x02, 0x40, 0x20, 0, 0x41, 2, 0x74, 0x41, 0xe4, 0x00,
           0x6a, 0x28, 2, 0, 0x0e, 1, 0, 1, 0x0b, 0x41, 5, 0x0f, 0x0b, 0x41, 6, 0x0b);
  CHECK_EQ_INT(h_interp_op_of_word(h_code_opword(f->code + 1)),
               H_OP_T_I32_SHL_I__I32_LOAD_AI_2__BR_TABLE_1);
  hearth_module_delete(g_m);
  /* pending constants: as the first operand of a commuting or mirrored op, straight into a
   * local, and dropped without a trace */
  f = CODE(TI32, TI32, 0, 0x00, 0x41, 7, 0x20, 0, 0x6a, 0x0b);
  CHECK_STR(disasm(f), "I32_ADD_I 1 0 7; RETURN 1 1");
  hearth_module_delete(g_m);
  f = CODE(TI32, TI32, 0, 0x00, 0x41, 7, 0x20, 0, 0x48, 0x0b);
  CHECK_STR(disasm(f), "I32_GT_S_I 1 0 7; RETURN 1 1");
  hearth_module_delete(g_m);
  f = CODE(TI32, "", 0, 0x00, 0x41, 5, 0x21, 0, 0x41, 6, 0x1a, 0x0b);
  CHECK_STR(disasm(f), "CONST32 0 5; RETURN 1 0");
  hearth_module_delete(g_m);
  /* a constant under a block is written before the block (control-flow joins see slots) */
  f = CODE(TI32, TI32, 0, 0x00, 0x41, 9, 0x02, 0x40, 0x0b, 0x20, 0, 0x6a, 0x0b);
  CHECK_STR(disasm(f), "CONST32 1 9; I32_ADD 1 1 0; RETURN 1 1");
  hearth_module_delete(g_m);
  /* a constant address goes into the instruction */
  f = CODE(TI32, TI32, 1, 0x00, 0x41, 0x80, 0x01, 0x20, 0, 0x36, 2, 4, 0x41, 0x10, 0x28, 2, 0, 0x0b);
  CHECK_STR(disasm(f), "I32_STORE_C 128 0 4; I32_LOAD_C 1 16 0; RETURN 1 1");
  hearth_module_delete(g_m);
  /* a constant value goes into the store: i32.store8 offset=3 [p] 7, f32.store [p] 1.0 (bits),
   * i64.store [p] -2 (fits sign-extended); i64.store [p] 2^32 does not fit */
  f = CODE(TI32, "", 1, 0x00, 0x20, 0, 0x41, 7, 0x3a, 0, 3, 0x20, 0, 0x43, 0, 0, 0x80, 0x3f, 0x38,
           2, 0, 0x20, 0, 0x42, 0x7e, 0x37, 3, 0, 0x20, 0, 0x42, 0x80, 0x80, 0x80, 0x80, 0x10, 0x37,
           3, 0, 0x0b);
  CHECK_STR(disasm(f), "I32_STORE8_V 0 7 3; I32_STORE_V 0 1065353216 0; I64_STORE_V 0 4294967294 0; "
                       "CONST64 2 0 1; I64_STORE 0 2 0; RETURN 1 0");
  hearth_module_delete(g_m);
  /* pairs: two moves form P_MOV__MOV (printed as its first op) */
  f = CODE(TI32 TI32, TI32 TI32, 0, 0x00, 0x20, 1, 0x20, 0, 0x0b);
  CHECK_EQ_INT(h_interp_op_of_word(h_code_opword(f->code + 1)), H_OP_P_MOV__MOV);
  CHECK_STR(disasm(f), "MOV 2 1; MOV 3 0; RETURN 2 2");
}


/* A call zeroes exactly the locals that may be read before they are written (definite assignment
 * over blocks, ifs, loops and branches); zero_lo/zero_n give the slot range. */
#define ZR(f, lo, n)                   \
  do {                                 \
    CHECK_EQ_INT((f)->zero_lo, lo);    \
    CHECK_EQ_INT((f)->zero_n, n);      \
  } while (0)
static void locals_zeroed_only_when_read_first(void) {
  /* (param i32) (local i32 i32): read 1, write 2, read 2 -> local 1 (slot 1) only */
  const h_cfunc *f = CODE(TI32, TI32, 0, 0x01, 0x02, 0x7f, 0x20, 1, 0x21, 2, 0x20, 2, 0x0b);
  ZR(f, 1, 1);
  hearth_module_delete(g_m);
  /* written before read: nothing to zero */
  f = CODE(TI32, TI32, 0, 0x01, 0x02, 0x7f, 0x20, 0, 0x21, 1, 0x20, 1, 0x0b);
  ZR(f, 1, 0);
  hearth_module_delete(g_m);
  /* if without else: local 1 is unassigned when the condition is false */
  f = CODE(TI32, TI32, 0, 0x01, 0x01, 0x7f, 0x20, 0, 0x04, 0x40, 0x20, 0, 0x21, 1, 0x0b, 0x20, 1,
           0x0b);
  ZR(f, 1, 1);
  hearth_module_delete(g_m);
  /* if/else assigning in both arms */
  f = CODE(TI32, TI32, 0, 0x01, 0x01, 0x7f, 0x20, 0, 0x04, 0x40, 0x20, 0, 0x21, 1, 0x05, 0x41, 3,
           0x21, 1, 0x0b, 0x20, 1, 0x0b);
  ZR(f, 1, 0);
  hearth_module_delete(g_m);
  /* a br_if out of the block before the assignment */
  f = CODE(TI32, TI32, 0, 0x01, 0x01, 0x7f, 0x02, 0x40, 0x20, 0, 0x0d, 0, 0x20, 0, 0x21, 1, 0x0b,
           0x20, 1, 0x0b);
  ZR(f, 1, 1);
  hearth_module_delete(g_m);
  /* a loop reading local 2 before the assignment later in its body (second iteration sees it) */
  f = CODE(TI32, TI32, 0, 0x01, 0x02, 0x7f, 0x03, 0x40, 0x20, 2, 0x21, 1, 0x20, 0, 0x21, 2, 0x20,
           0, 0x0d, 0, 0x0b, 0x20, 1, 0x0b);
  ZR(f, 2, 1);
  hearth_module_delete(g_m);
  /* a read in unreachable code does not count */
  f = CODE(TI32, TI32, 0, 0x01, 0x01, 0x7f, 0x02, 0x40, 0x0c, 0, 0x20, 1, 0x1a, 0x0b, 0x20, 0,
           0x0b);
  ZR(f, 1, 0);
  hearth_module_delete(g_m);
  /* untracked locals (beyond the first 128) are zeroed from the first untracked one to the end */
  f = CODE(TI32, TI32, 0, 0x01, 0xc8, 0x01, 0x7f, 0x20, 0x96, 0x01, 0x0b); /* 200 locals, read 150 */
  ZR(f, 1 + 128, 200 - 128);
  hearth_module_delete(g_m);
}

static void compile_function_direct(void) {
  hearth_module *m;
  CHECK_EQ_INT(build(TI32, TI32, (const uint8_t[]){0x00, 0x20, 0, 0x0b}, 4, false, &m), HEARTH_OK);
  h_cfunc f;
  CHECK_EQ_INT(h_compile_function(m, 0, &f), HEARTH_OK);
  CHECK_STR(disasm(&f), "RETURN 0 1");
  h_free(f.code);
  if (H_JIT) h_jit_func_free(f.jit);
  CHECK_EQ_INT(h_compile_function(m, 1, &f), HEARTH_ERR_ARGUMENT);
  hearth_module_delete(m);
}

/* H_LAZY_COMPILE: loading validates every body (an invalid body that is never called still fails
 * the load) but generates code only on the first compile/call; racing compiles share one array. */
static void lazy_validates_at_load_compiles_once(void) {
  hearth_module *m;
  /* (i32.add (local.get 0) (i64.const 1)): invalid, rejected at load */
  const uint8_t bad[] = {0x00, 0x20, 0, 0x42, 1, 0x6a, 0x0b};
  CHECK_EQ_INT(build(TI32, TI32, bad, sizeof bad, false, &m), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(build(TI32, TI32, (const uint8_t[]){0x00, 0x20, 0, 0x0b}, 4, false, &m), HEARTH_OK);
  CHECK_EQ_INT(m->code[0].param_slots, 1);
  if (H_LAZY_COMPILE) CHECK(h_cfunc_code(&m->code[0]) == NULL);
  const h_word *w = h_compile_lazy(m, &m->code[0]);
  CHECK(w != NULL);
  CHECK(h_cfunc_code(&m->code[0]) == w);
  CHECK(h_compile_lazy(m, &m->code[0]) == w); /* compiled once */
  CHECK(m->code[0].frame_slots >= 1);
  CHECK_STR(disasm(&m->code[0]), "RETURN 0 1");
  hearth_module_delete(m);
}

/* ---- 3.0 typed references: verdicts of the validator ---- */

static hearth_status wat_verdict(const char *text) {
  hearth_engine *e;
  hearth_module *m = NULL;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  hearth_status s = hearth_module_new_wat(e, text, strlen(text), &m);
  if (m) hearth_module_delete(m);
  hearth_engine_delete(e);
  return s;
}

static void non_nullable_locals(void) {
  /* A non-nullable local is readable after local.set/tee until the end of the enclosing block;
   * else and catch start again from the block's entry; params are always set. */
  static const char *const valid[] = {
      "(module (type $t (func)) (func $f (local $l (ref $t)) (local.set $l (ref.func $f))"
      " (drop (local.get $l))) (elem declare func $f))",
      "(module (type $t (func)) (func $f (param $p (ref $t)) (drop (local.get $p))))",
      "(module (type $t (func)) (func $f (local $l (ref $t))"
      " (block (local.set $l (ref.func $f)) (drop (local.get $l)))) (elem declare func $f))",
      "(module (type $t (func)) (func $f (local $l (ref $t)) (local.set $l (ref.func $f))"
      " (block (drop (local.get $l)))) (elem declare func $f))",
      "(module (type $t (func)) (func $g) (func (result (ref $t)) (local $l (ref $t))"
      " (local.tee $l (ref.func $g))) (elem declare func $g))",
  };
  static const char *const invalid[] = {
      "(module (type $t (func)) (func (local $l (ref $t)) (drop (local.get $l))))",
      /* set inside a block: unset again after its end */
      "(module (type $t (func)) (func $f (local $l (ref $t))"
      " (block (local.set $l (ref.func $f))) (drop (local.get $l))) (elem declare func $f))",
      /* set in the then arm: unset in the else arm */
      "(module (type $t (func)) (func $f (local $l (ref $t))"
      " (if (i32.const 1) (then (local.set $l (ref.func $f))) (else (drop (local.get $l)))))"
      " (elem declare func $f))",
      /* a table of a non-nullable type needs an initializer */
      "(module (type $t (func)) (table 1 (ref $t)))",
  };
  for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
    hearth_status s = wat_verdict(valid[i]);
    if (s != HEARTH_OK) fprintf(stderr, "%s: %s\n", valid[i], hearth_errmsg());
    CHECK_EQ_INT(s, HEARTH_OK);
  }
  for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
    hearth_status s = wat_verdict(invalid[i]);
    if (s != HEARTH_ERR_INVALID) fprintf(stderr, "%s: %s\n", invalid[i], hearth_status_str(s));
    CHECK_EQ_INT(s, HEARTH_ERR_INVALID);
  }
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

static void reference_subtyping(void) {
  static const char *const valid[] = {
      /* (ref $t) <: (ref null $t) <: funcref; nullfuncref <: (ref null $t) */
      "(module (type $t (func)) (func $f (result funcref) (ref.func $f)) (elem declare func $f))",
      "(module (type $t (func)) (func (result (ref null $t)) (ref.null nofunc)))",
      /* equivalent types are interchangeable (each type its own recursion group) */
      "(module (type $a (func (param i32))) (type $b (func (param i32)))"
      " (func $f (type $a)) (func (result (ref $b)) (ref.func $f)) (elem declare func $f))",
      /* iso-recursive equivalence: two groups of the same shape */
      "(module (rec (type $a (func (param (ref null $b)))) (type $b (func (param (ref null $a)))))"
      " (rec (type $c (func (param (ref null $d)))) (type $d (func (param (ref null $c)))))"
      " (func $f (type $a)) (func (result (ref $c)) (ref.func $f)) (elem declare func $f))",
      /* declared subtyping: results covariant */
      "(module (type $s (sub (func (result funcref))))"
      " (type $t (sub $s (func (result (ref func))))) (func $f (type $t) (ref.func $f))"
      " (func (result (ref $s)) (ref.func $f)) (elem declare func $f))",
      /* a self-referencing type */
      "(module (type $r (func (param (ref null $r)))) (func $f (type $r))"
      " (func (call_ref $r (ref.null $r) (ref.func $f))) (elem declare func $f))",
  };
  static const char *const invalid[] = {
      "(module (func (result (ref func)) (ref.null func)))",
      "(module (type $t (func)) (func (result (ref null $t)) (ref.null func)))",
      "(module (type $a (func (param i32))) (type $b (func (param i64)))"
      " (func $f (type $a)) (func (result (ref $b)) (ref.func $f)) (elem declare func $f))",
      "(module (func (result externref) (ref.null func)))",
      /* the same types at other positions of their groups are not equivalent */
      "(module (rec (type $a (func)) (type $b (func (param i32))))"
      " (rec (type $c (func (param i32))) (type $d (func)))"
      " (func $f (type $a)) (func (result (ref $d)) (ref.func $f)) (elem declare func $f))",
      /* a final type has no subtypes; a subtype must match its supertype */
      "(module (type $s (func)) (type $t (sub $s (func))))",
      "(module (type $s (sub (func (result (ref func))))) (type $t (sub $s (func (result funcref)))))",
      /* without a declaration, a structural match is no subtype */
      "(module (type $s (sub (func (result funcref)))) (type $t (func (result (ref func))))"
      " (func $f (type $t) (ref.func $f)) (func (result (ref $s)) (ref.func $f))"
      " (elem declare func $f))",
      /* a type index past the types (forward references leave the recursion group) */
      "(module (type (func (param (ref 1)))) (type (func)))",
  };
  for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
    hearth_status s = wat_verdict(valid[i]);
    if (s != HEARTH_OK) fprintf(stderr, "%s: %s\n", valid[i], hearth_errmsg());
    CHECK_EQ_INT(s, HEARTH_OK);
  }
  for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
    hearth_status s = wat_verdict(invalid[i]);
    if (s != HEARTH_ERR_INVALID) fprintf(stderr, "%s: %s\n", invalid[i], hearth_status_str(s));
    CHECK_EQ_INT(s, HEARTH_ERR_INVALID);
  }
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

T_MAIN(T_CASE(non_nullable_locals), T_CASE(reference_subtyping),
       T_CASE(lazy_validates_at_load_compiles_once), T_CASE(add_forwards_locals),
       T_CASE(result_retargeted_to_local),
       T_CASE(set_materializes_forwarded_copy), T_CASE(no_retarget_when_local_still_forwarded),
       T_CASE(tee_retargets_and_forwards), T_CASE(loop_back_edge_uses_loop_variant),
       T_CASE(br_if_without_moves), T_CASE(br_if_with_moves_on_taken_path_only),
       T_CASE(br_table_direct), T_CASE(br_table_stub_shared), T_CASE(br_to_function_label_returns),
       T_CASE(call_args_materialized), T_CASE(if_else_with_params), T_CASE(dead_code_emits_nothing),
       T_CASE(v128_slots_and_const), T_CASE(memory_ops), T_CASE(type_errors_are_invalid),
       T_CASE(polymorphic_stack), T_CASE(decoding_errors_are_malformed), T_CASE(deep_nesting),
       T_CASE(locals_zeroed_only_when_read_first), T_CASE(compile_function_direct), T_CASE(many_forwarded_locals_linear),
       T_CASE(forwarded_copies_of_two_locals), T_CASE(fused_compare_and_branch),
       T_CASE(const_immediates), T_CASE(fusions))
