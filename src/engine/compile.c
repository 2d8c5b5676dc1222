/* compile.c: one-pass validation (WebAssembly 2.0) and translation of function bodies into
 * hearth's register-style internal code (ops.h).
 *
 * Every wasm operand-stack entry has a fixed home slot (params, then locals, then the stack; a v128
 * takes two slots), so stack heights and operand slots are static. Cheap optimisations (measured
 * one by one in docs/perf.md):
 *  - forwarding: local.get pushes an entry whose current location (`loc`) is the local's slot; it is
 *    copied to its home slot only when needed (before the local is overwritten, at control-flow
 *    entries, for call arguments and block results). Invariant: a forwarded entry's loc is always a
 *    local slot (below stack_base), never another stack slot.
 *  - pending constants: *.const pushes an entry marked `cst` and emits nothing; its consumer folds
 *    it (immediate forms, constant addresses, local.set) or writes it to its home slot first
 *    (`materialize`; pop() does so, pop_k() leaves it to the caller; control-flow joins and calls
 *    write every pending constant, as they do forwarded entries).
 *  - result retargeting: when an instruction's result is immediately stored by local.set/tee, the
 *    instruction's dst word is patched to the local's slot (no MOV).
 *  - fused forms (ops.h): a constant operand becomes an immediate (H_OPS_IMM, H_OPS_IMM64, swapped
 *    for commuting/mirrored ops); a compare/eqz consumed by the very next br_if/if becomes a
 *    compare-and-branch (H_OPS_BRCMP); an i32.add (or add-immediate) computing the address of the
 *    next load/store folds into it (NAME_A/AI); a load feeding the next arithmetic op folds into it
 *    (H_OPS_LOADOP). These remove the last emitted instruction (never across a label), whose result
 *    is a popped stack temporary with no other reader. local.get and *.const emit nothing, so they
 *    leave the previous instruction visible to these fusions (each checks the operand by slot).
 *  - pairs (ops.h H_OPS_PAIR): a final linear pass (finish_code) turns listed adjacent pairs into
 *    one dispatch; until then opcode words hold op numbers.
 * Handlers of the interpreter must read all operands before writing dst (dst may equal an operand).
 * Dead code (after unreachable/br/return/br_table, inside frames entered while dead) is validated
 * but emits nothing.
 * Lazy compilation (config.h H_LAZY_COMPILE): at load h_compile_module runs the same pass in
 * validate-only mode (the function frame entered dead, so the verdict is exactly the compiler's
 * and nothing is emitted or allocated per function); h_compile_lazy generates a body's code on its
 * first call, under the module's compile_lock, and publishes it with a release store. */
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

#define NONE32 UINT32_MAX
/* pop_k and push stay inlined into the validator's loop (its hottest helpers). */
#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE __attribute__((always_inline))
#else
#define ALWAYS_INLINE
#endif
#define T_ANY 0x00     /* pop expectation: any type */
#define T_UNKNOWN 0xFF /* the polymorphic stack's "unknown" value type */
#define MAX_FRAME_SLOTS (1u << 26)
#define MAX_CODE_WORDS (1u << 26) /* 256 MiB of code for one function */

enum { K_FUNC, K_BLOCK, K_LOOP, K_IF, K_ELSE, K_TRY_TABLE, K_TRY, K_CATCH, K_CATCH_ALL };

/* (prefix, code) -> internal op for the table-driven lists. Index: prefix 0 at 0, 0xFC at 256,
 * 0xFD at 512 (0xFD codes < 512: relaxed SIMD is 256..275; a larger one fails to compile here). */
typedef struct opinfo {
  uint16_t op;
  uint8_t ok, shape, res, t1, t2, t3, imm;
} opinfo;

#define OPIDX(pfx, code) (((pfx) == 0 ? 0u : (pfx) == 0xFC ? 256u : 512u) + (unsigned)(code))
static const opinfo k_ops[1024] = {
#define H_X_(name, pfx, code, shape, res, t1, t2, t3, imm) \
  [OPIDX(pfx, code)] = {H_OP_##name, 1, H_SH_##shape, res, t1, t2, t3, imm},
    H_OPS_MEMORY(H_X_) H_OPS_NUMERIC(H_X_) H_OPS_SIMD(H_X_)
#undef H_X_
};

/* Fused forms (ops.h H_OPS_IMM / H_OPS_BRCMP); 0 (NOP) = none. */
static const uint16_t k_imm_of[H_OP_COUNT] = {
#define Z_(name, res, t) [H_OP_##name] = H_OP_##name##_I,
    H_OPS_IMM(Z_)
#undef Z_
};
static const uint16_t k_base_of_imm[H_OP_COUNT] = {
#define Z_(name, res, t) [H_OP_##name##_I] = H_OP_##name,
    H_OPS_IMM(Z_)
#undef Z_
};
static const uint16_t k_br_of[H_OP_COUNT] = {
#define Z_(name, res, t) [H_OP_##name] = H_OP_BR_##name,
    H_OPS_BRCMP(Z_)
#undef Z_
};
static const uint16_t k_bri_of[H_OP_COUNT] = {
#define Z_(name, res, t) [H_OP_##name] = H_OP_BR_##name##_I,
    H_OPS_BRCMP(Z_)
#undef Z_
};
/* Address-fused loads/stores (ops.h NAME_A; NAME_AI and NAME_C follow it). */
static const uint16_t k_addr_of[H_OP_COUNT] = {
#define X_(name, pfx, code, shape, res, t1, t2, t3, imm) [H_OP_##name] = H_OP_##name##_A,
    H_OPS_MEMORY(X_)
#undef X_
};
/* Load-op forms (ops.h H_OPS_LOADOP): op -> NAME_M, and the load each one folds. */
static const uint16_t k_loadop_of[H_OP_COUNT] = {
#define Z_(name, load, t) [H_OP_##name] = H_OP_##name##_M,
    H_OPS_LOADOP(Z_)
#undef Z_
};
static const uint16_t k_loadop_load[H_OP_COUNT] = {
#define Z_(name, load, t) [H_OP_##name] = H_OP_##load,
    H_OPS_LOADOP(Z_)
#undef Z_
};
static const uint16_t k_imm64_of[H_OP_COUNT] = {
#define Z_(name) [H_OP_##name] = H_OP_##name##_K,
    H_OPS_IMM64(Z_)
#undef Z_
};
/* Stores of a constant value (ops.h H_OPS_STOREV); float stores write the constant's bits. */
static const uint16_t k_storev_of[H_OP_COUNT] = {
#define Z_(name) [H_OP_##name] = H_OP_##name##_V,
    H_OPS_STOREV(Z_)
#undef Z_
    [H_OP_F32_STORE] = H_OP_I32_STORE_V, [H_OP_F64_STORE] = H_OP_I64_STORE_V,
};
/* A constant k fits store op's immediate word: all 8 bytes stored need the sign extension. */
static inline bool storev_fits(unsigned op, uint64_t k) {
  return (op != H_OP_I64_STORE && op != H_OP_F64_STORE) ||
         (uint64_t)(int64_t)(int32_t)(uint32_t)k == k;
}

/* Float ops whose operands commute (wasm leaves NaN payloads open, so a + b may become b + a). */
static const bool k_fcomm[H_OP_COUNT] = {
    [H_OP_F64_ADD] = true, [H_OP_F64_MUL] = true, [H_OP_F32_ADD] = true, [H_OP_F32_MUL] = true,
};

/* Binary ops with an immediate form whose operands may be swapped: op(a, b) == swap(op)(b, a). */
#define SW_(a, b) [H_OP_##a] = H_OP_##b, [H_OP_##b] = H_OP_##a
#define SW1_(a) [H_OP_##a] = H_OP_##a
static const uint16_t k_swap[H_OP_COUNT] = {
    SW1_(I32_ADD), SW1_(I32_MUL), SW1_(I32_AND), SW1_(I32_OR), SW1_(I32_XOR), SW1_(I32_EQ),
    SW1_(I32_NE), SW_(I32_LT_S, I32_GT_S), SW_(I32_LT_U, I32_GT_U), SW_(I32_LE_S, I32_GE_S),
    SW_(I32_LE_U, I32_GE_U),
    SW1_(I64_ADD), SW1_(I64_MUL), SW1_(I64_AND), SW1_(I64_OR), SW1_(I64_XOR), SW1_(I64_EQ),
    SW1_(I64_NE), SW_(I64_LT_S, I64_GT_S), SW_(I64_LT_U, I64_GT_U), SW_(I64_LE_S, I64_GE_S),
    SW_(I64_LE_U, I64_GE_U),
};
#undef SW_
#undef SW1_
#define NEG_(a, b) [H_OP_##a] = H_OP_##b, [H_OP_##b] = H_OP_##a
static const uint16_t k_neg[H_OP_COUNT] = {
    NEG_(I32_EQ, I32_NE),     NEG_(I32_LT_S, I32_GE_S), NEG_(I32_LT_U, I32_GE_U),
    NEG_(I32_GT_S, I32_LE_S), NEG_(I32_GT_U, I32_LE_U), NEG_(I64_EQ, I64_NE),
    NEG_(I64_LT_S, I64_GE_S), NEG_(I64_LT_U, I64_GE_U), NEG_(I64_GT_S, I64_LE_S),
    NEG_(I64_GT_U, I64_LE_U),
};
#undef NEG_

/* Operand words of each op (BR_TABLE: 0, its length is variable). */
static const uint8_t k_nw[H_OP_COUNT] = {
#define Y_(name, n) [H_OP_##name] = (n) < 0 ? 0 : (n),
#define X_(name, pfx, code, shape, res, t1, t2, t3, imm)                                         \
  [H_OP_##name] = (res != 0) + (t1 != 0) + (t2 != 0) + (t3 != 0) +                              \
                  (H_SH_##shape == H_SH_LOAD || H_SH_##shape == H_SH_STORE ||                   \
                           H_SH_##shape == H_SH_LANE || H_SH_##shape == H_SH_REPLACE           \
                       ? 1                                                                      \
                   : H_SH_##shape == H_SH_LOAD_LANE || H_SH_##shape == H_SH_STORE_LANE ? 2     \
                   : H_SH_##shape == H_SH_SHUFFLE                                     ? 4     \
                                                                                      : 0),
#define ZI_(name, res, t) [H_OP_##name##_I] = 3,
#define ZB_(name, res, t) [H_OP_BR_##name] = 3, [H_OP_BR_##name##_I] = 3,
#define XA_(name, pfx, code, shape, res, t1, t2, t3, imm) \
  [H_OP_##name##_A] = 4, [H_OP_##name##_AI] = 4, [H_OP_##name##_C] = 3,
#define ZM_(name, load, t) [H_OP_##name##_M] = 5,
#define ZK_(name) [H_OP_##name##_K] = 4,
#define ZV_(name) [H_OP_##name##_V] = 3,
    H_OPS_SPECIAL(Y_) H_OPS_MEMORY(X_) H_OPS_NUMERIC(X_) H_OPS_SIMD(X_) H_OPS_IMM(ZI_)
        H_OPS_BRCMP(ZB_) H_OPS_MEMORY(XA_) H_OPS_LOADOP(ZM_) H_OPS_IMM64(ZK_) H_OPS_STOREV(ZV_)
#undef ZV_
#undef ZM_
#undef ZK_
#undef Y_
#undef X_
#undef ZI_
#undef ZB_
#undef XA_
};

/* Pairs (ops.h H_OPS_PAIR). */
typedef struct pairdef {
  uint16_t a, b, p;
} pairdef;
static const pairdef k_pairs[] = {
#define P_(a, b) {H_OP_##a, H_OP_##b, H_OP_P_##a##__##b},
    H_OPS_PAIR(P_)
#undef P_
};
#define NPAIRS (sizeof k_pairs / sizeof k_pairs[0])
/* Chained pairs (ops.h H_OPS_CPAIR): (A, B, operand word K of B, the C op). */
typedef struct cpairdef {
  uint16_t a, b, k, p;
} cpairdef;
static const cpairdef k_cpairs[] = {
#define C_(a, b, k) {H_OP_##a, H_OP_##b, k, H_OP_C_##a##__##b##_##k},
    H_OPS_CPAIR(C_)
#undef C_
};
#define NCPAIRS (sizeof k_cpairs / sizeof k_cpairs[0])
/* Chained triples (ops.h H_OPS_CTRIPLE). */
typedef struct ctripledef {
  uint16_t a, b, kb, c, kc, t;
} ctripledef;
static const ctripledef k_ctriples[] = {
#define T_(a, b, kb, c, kc) {H_OP_##a, H_OP_##b, kb, H_OP_##c, kc, H_OP_T_##a##__##b##_##kb##__##c##_##kc},
    H_OPS_CTRIPLE(T_)
#undef T_
};
#define NCTRIPLES (sizeof k_ctriples / sizeof k_ctriples[0])
static const bool k_triple_first[H_OP_COUNT] = {
#define T_(a, b, kb, c, kc) [H_OP_##a] = true,
    H_OPS_CTRIPLE(T_)
#undef T_
};
#define CPAIR_MAXK 4 /* largest operand word a chained pair feeds (SELECT's condition) */

static const h_vt k_vts[] = {H_T_I32,  H_T_I64,     H_T_F32,       H_T_F64,
                             H_T_V128, H_T_FUNCREF, H_T_EXTERNREF, H_T_EXNREF};

static const h_vt *single_vt(uint8_t b) {
  for (unsigned i = 0; i < sizeof k_vts / sizeof k_vts[0]; i++)
    if (k_vts[i] == b) return &k_vts[i];
  return NULL;
}

typedef struct val {
  uint32_t slot; /* home slot */
  uint32_t loc;  /* where the value is now: slot, or a local's slot (forwarded) */
  uint32_t next; /* forwarded: the next lower entry forwarded from the same local, or NONE32 */
  h_vt type;
  bool cst;      /* a pending constant (value k, loc == slot): nothing written to the slot yet */
  uint64_t k;
} val;

/* Definite assignment of the first DA_MAX non-parameter locals (bit i: local nparams + i), so that
 * a call zeroes only the locals that may be read before they are written (compilers emit few).
 * Untracked locals are zeroed whenever they are read at all. */
#define DA_MAX 128
#define DA_W (DA_MAX / 64)
typedef struct da_set {
  uint64_t w[DA_W];
} da_set;
static const da_set k_da_all = {{UINT64_MAX, UINT64_MAX}};
_Static_assert(DA_W == 2, "k_da_all lists DA_W words");
static inline void da_and(da_set *a, const da_set *b) {
  for (unsigned i = 0; i < DA_W; i++) a->w[i] &= b->w[i];
}

typedef struct ctrl {
  const h_vt *params, *results;
  uint32_t nparams, nresults, pslots, rslots;
  uint32_t height;   /* operand entries below the frame */
  uint32_t base;     /* slot of the first param / result */
  uint32_t start;    /* loop: code index of the header */
  uint32_t else_fix; /* if: code index of the conditional jump to the else part, or NONE32 */
  uint32_t else_rel; /* if: code index of that jump's rel word */
  uint32_t patches;  /* forward branches to the end label (list in cc.pt), or NONE32 */
  uint32_t gen;      /* br_table: generation of the cached `stub` below */
  uint32_t stub;     /* br_table: code index of this label's stub, or NONE32 (direct) */
  uint32_t grp;      /* exception handling: the handler group around code directly in this frame
                        (H_EH_NONE: none), see h_eh */
  uint32_t tgrp;     /* K_TRY_TABLE / K_TRY / K_CATCH*: the frame's own group, or H_EH_NONE (dead) */
  uint32_t hidden;   /* K_TRY / K_CATCH*: the hidden slot (index) holding the caught exception */
  uint8_t kind;
  bool unreachable;  /* validation: the stack is polymorphic */
  bool dead;         /* the frame was entered in dead code: emit nothing */
  da_set da_entry;   /* definitely assigned locals when the frame was entered */
  da_set da_out;     /* ... on every branch to the frame's end seen so far (block, if) */
  uint32_t ilog;     /* 3.0 local initialization: c->ilog's height when the frame was entered */
} ctrl;

typedef struct patch {
  uint32_t op_pos, rel_pos, next;
} patch;

typedef struct lgroup {
  uint32_t first; /* first local index of the group */
  uint32_t slot;  /* slot of that local */
  h_vt type;
} lgroup;

typedef struct cc {
  hearth_module *m;
  const uint8_t *p, *end, *start;
  h_word *code;
  uint32_t ncode, ccode;
  val *vals;
  uint32_t nvals, cvals;
  ctrl *ctrls;
  uint32_t nctrls, cctrls;
  patch *pt;
  uint32_t npt, cpt;
  lgroup *groups;
  uint32_t ngroups, cgroups;
  /* Per local index: slot and type, when the function has few enough locals for the table to cost
   * no more than its body (ltab set); otherwise local_of searches the groups. */
  uint32_t *lslot;
  h_vt *ltype;
  uint32_t clt;
  bool ltab;
  uint32_t *fwd, *fstamp; /* per local slot: topmost entry forwarded from it (a list through
                             val.next), valid when fstamp == stamp */
  uint32_t cfwd;
  uint32_t stamp, gen;
  uint32_t nlocals, nfwd, ncst; /* ncst: pending constants on the stack */
  uint32_t cur, maxs, stack_base;
  /* The previous / current wasm instruction, when it emitted exactly one result-producing internal
   * instruction: the code index of its dst word (retargetable) and its op. prev_end = ncode when
   * the current wasm instruction started, so ncode == prev_end means nothing was emitted since. */
  uint32_t prev_dst, cur_dst, prev_end;
  uint16_t prev_op, cur_op;
  bool oom, too_big; /* code growth failed (allocation / MAX_CODE_WORDS) */
  bool validate_only; /* the function frame is entered dead: nothing emitted but scratch (see
                         compile) */
  uint16_t pair_head[H_OP_COUNT]; /* per first op: 1 + index of its first k_pairs entry, or 0 */
  uint16_t pair_next[NPAIRS];     /* 1 + index of the next entry with the same first op, or 0 */
  uint16_t cpair[NPAIRS][CPAIR_MAXK + 1]; /* per pair and operand word K: its chained pair, or 0 */
  uint32_t *kmap;                 /* finish_code's scratch */
  uint32_t ckmap;
  const h_word *kept; /* compile_cached: the entry's copy of c->code, kept while the module lives
                         (jit.c borrows it for a deferred function); NULL otherwise */
  da_set da_cur;                  /* locals definitely assigned here (all in unreachable code) */
  da_set da_need;                 /* locals read where they might not be assigned */
  bool da_untracked;              /* a local beyond DA_MAX is read */
  /* Exception handlers being built (h_eh; positions are one-word code indices until compile maps
   * them), clause groups (ecg: group of each clause, for the final sort), and hidden slots: legacy
   * try blocks keep their caught exception in a slot above the operand stack (index k: slot
   * maxs + k, patched into the words listed in hpatch once maxs is known). */
  h_eh_group *eg;
  uint32_t neg, ceg;
  h_eh_clause *ecl;
  uint32_t *ecg;
  uint32_t necl, cecl, cecg;
  uint32_t *hpatch;
  uint32_t nhp, chp, nhidden;
  uint32_t nparams;               /* of the function being compiled */
  /* 3.0 non-defaultable locals (non-nullable references): linit[x] marks local x set; each
   * marking is logged in ilog so that a frame's end (or else/catch) unmarks what its body set. */
  bool has_nn;
  uint8_t *linit;
  uint32_t clinit;
  uint32_t *ilog;
  uint32_t nilog, cilog;
  /* Block types of a single 3.0 reference type: frame depth d's in btchunk[d / 256][d % 256]
   * (chunks never move, so that frames may point into them). */
  h_vt *btchunk[(H_MAX_NESTING + 256) / 256];
  /* Stack maps (gc.h h_gcmap): per site its one-word code position, kind (H_GCMAP_*) and bits
   * (gmb[off .. off + nw): bit i = slot i holds an anyref/externref value). gs_valid: the sites
   * are all of the function's (compiled here, or loaded with its code from the code cache:
   * gcmap_load); gs_ref: some site has a reference slot. */
  struct gsite { uint32_t pos, kind, off, nw; } *gs;
  uint32_t ngs, cgs;
  uint64_t *gmb;
  uint32_t ngmb, cgmb;
  bool gs_valid, gs_ref;
  h_word *gser;           /* the sites serialized for the code cache (gcmap_serialize) */
  uint32_t cgser;
  hearth_status st;
  uint32_t err_off;
  char msg[160];
} cc;

static bool H_PRINTF(3, 4) fail(cc *c, hearth_status s, const char *fmt, ...) {
  if (c->st == HEARTH_OK) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->msg, sizeof c->msg, fmt, ap);
    va_end(ap);
    c->st = s;
    c->err_off = (uint32_t)(c->p - c->start);
  }
  return false;
}

#define BAD(...) fail(c, HEARTH_ERR_INVALID, __VA_ARGS__)
/* True when the module's engine validates WebAssembly 3.0 (hearth_config.wasm2_only unset). */
static inline bool v3(const cc *c) { return !c->m->engine || !c->m->engine->cfg.wasm2_only; }
#define MAL(...) fail(c, HEARTH_ERR_MALFORMED, __VA_ARGS__)
#define TRY(x)                       \
  do {                               \
    if (H_UNLIKELY(!(x))) return false; \
  } while (0)

/* ---------------------------------------------------------------- reading */

static inline bool rd_byte(cc *c, uint8_t *out) {
  if (H_UNLIKELY(c->p >= c->end)) return MAL("unexpected end");
  *out = *c->p++;
  return true;
}

static inline bool rd_u32(cc *c, uint32_t *out) {
  int e = h_leb_u32(&c->p, c->end, out);
  return H_LIKELY(e == H_LEB_OK) ? true : MAL("%s", h_leb_message(e));
}

/* Signed LEB128 of at most `bits` bits (32, 33 or 64). */
static bool rd_sleb(cc *c, unsigned bits, int64_t *out) {
  int e = h_leb_s(&c->p, c->end, bits, out);
  return e == H_LEB_OK ? true : MAL("%s", h_leb_message(e));
}

static bool rd_valtype(cc *c, h_vt *out) {
  const char *msg = h_decode_vt(&c->p, c->end, v3(c), out);
  if (msg) {
    if (c->p < c->end) c->p++;
    return MAL("%s", msg);
  }
  uint32_t h = h_vt_heap(*out);
  if (h >= H_HT_IDX && h - H_HT_IDX >= c->m->ntypes) return BAD("unknown type %u", h - H_HT_IDX);
  *out = h_vt_fix(c->m, *out);
  return true;
}

static bool rd_zero(cc *c) {
  uint8_t b = 0;
  TRY(rd_byte(c, &b));
  if (b != 0) return MAL("zero byte expected");
  return true;
}

static bool skip(cc *c, uint32_t n) {
  if ((size_t)(c->end - c->p) < n) return MAL("unexpected end");
  c->p += n;
  return true;
}

/* Block type; with types == false only the syntax is checked. */
static bool rd_blocktype(cc *c, bool types, const h_vt **ps, uint32_t *np,
                         const h_vt **rs, uint32_t *nr) {
  if (c->p >= c->end) return MAL("unexpected end");
  uint8_t b = *c->p;
  *np = *nr = 0;
  *ps = *rs = NULL;
  if (b == 0x40) {
    c->p++;
    return true;
  }
  const h_vt *vt = single_vt(b);
  if (vt) {
    c->p++;
    *rs = vt;
    *nr = 1;
    return true;
  }
  if (v3(c) && (b == 0x63 || b == 0x64 || (b >= 0x6A && b <= 0x74 && b != 0x70 && b != 0x6F))) {
    h_vt t;
    TRY(rd_valtype(c, &t)); /* a typed reference: kept in the frame depth's block type slot */
    uint32_t d = c->nctrls, k = d / 256;
    if (k >= sizeof c->btchunk / sizeof c->btchunk[0])
      return MAL("control nesting too deep (limit %u)", (unsigned)H_MAX_NESTING);
    if (!c->btchunk[k] && !(c->btchunk[k] = h_malloc(256 * sizeof(h_vt))))
      return fail(c, HEARTH_ERR_NOMEM, "out of memory");
    c->btchunk[k][d % 256] = t;
    *rs = &c->btchunk[k][d % 256];
    *nr = 1;
    return true;
  }
  int64_t x;
  TRY(rd_sleb(c, 33, &x));
  if (x < 0) return MAL("malformed block type");
  if (!types) return true;
  if ((uint64_t)x >= c->m->ntypes) return BAD("unknown type %lld", (long long)x);
  if (h_type_kind(c->m, (uint32_t)x) != H_RTT_FUNC) return BAD("type mismatch (block type)");
  const h_functype *t = &c->m->types[x];
  *ps = t->pt;
  *np = t->nparams;
  *rs = t->pt + t->nparams;
  *nr = t->nresults;
  return true;
}

/* ---------------------------------------------------------------- emission */

static H_NOINLINE bool grow_code(cc *c) {
  if (c->oom) return false;
  if (c->ccode >= MAX_CODE_WORDS) {
    c->oom = c->too_big = true;
    return false;
  }
  if (!h_array_grow((void **)&c->code, sizeof(h_word), &c->ccode,
                                                  c->ncode + 1)) {
    c->oom = true;
    return false;
  }
  return true;
}

/* On allocation failure words are dropped and c->oom is set; the main loop then fails. */
static inline void emit_w(cc *c, h_word w) {
  if (H_UNLIKELY(c->ncode >= c->ccode) && !grow_code(c)) return;
  c->code[c->ncode++] = w;
}

static bool code_fail(cc *c) {
  if (c->too_big) return fail(c, HEARTH_ERR_LIMIT, "function too large after compilation");
  return fail(c, HEARTH_ERR_NOMEM, "out of memory");
}

/* Opcode words hold the internal op number while a function compiles; finish_code turns them into
 * h_interp_opword words (forming pairs on the way). */
static inline void emit_op(cc *c, unsigned op) { emit_w(c, op); }

static inline void put(cc *c, uint32_t pos, h_word w) {
  if (pos < c->ncode) c->code[pos] = w;
}

static void emit_mov(cc *c, h_vt t, uint32_t dst, uint32_t src) {
  if (t == H_T_V128) {
    if (dst + 1 == src || src + 1 == dst) { /* overlapping: two ascending/descending halves */
      if (dst < src) {
        emit_op(c, H_OP_MOV), emit_w(c, dst), emit_w(c, src);
        emit_op(c, H_OP_MOV), emit_w(c, dst + 1), emit_w(c, src + 1);
      } else {
        emit_op(c, H_OP_MOV), emit_w(c, dst + 1), emit_w(c, src + 1);
        emit_op(c, H_OP_MOV), emit_w(c, dst), emit_w(c, src);
      }
      return;
    }
    emit_op(c, H_OP_MOV128);
  } else {
    emit_op(c, H_OP_MOV);
  }
  emit_w(c, dst);
  emit_w(c, src);
}

static bool add_patch(cc *c, ctrl *f, uint32_t op_pos, uint32_t rel_pos) {
  if (c->oom) return true; /* reported by the main loop */
  if (c->npt == c->cpt && !h_array_grow((void **)&c->pt, sizeof(patch), &c->cpt, c->npt + 1))
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  c->pt[c->npt] = (patch){op_pos, rel_pos, f->patches};
  f->patches = c->npt++;
  return true;
}

/* ---------------------------------------------------------------- operand stack */

static inline ctrl *top(cc *c) { return &c->ctrls[c->nctrls - 1]; }
static inline bool live(cc *c) {
  const ctrl *f = top(c);
  return !f->unreachable && !f->dead;
}

/* Forwarded entries of each local form a list from the topmost down, so that every removal (pop,
 * drop, materialisation, which all proceed top-down) unlinks a list head in O(1). */
static inline uint32_t fhead(cc *c, uint32_t s) {
  return c->fstamp[s] == c->stamp ? c->fwd[s] : NONE32;
}
static inline void fwd_link(cc *c, uint32_t i) {
  val *v = &c->vals[i];
  v->next = fhead(c, v->loc);
  c->fstamp[v->loc] = c->stamp;
  c->fwd[v->loc] = i;
  c->nfwd++;
}
static inline void fwd_unlink(cc *c, uint32_t i) {
  const val *v = &c->vals[i];
  assert(fhead(c, v->loc) == i && c->nfwd > 0);
  c->fwd[v->loc] = v->next;
  c->nfwd--;
}

static inline ALWAYS_INLINE bool push(cc *c, h_vt t) {
  if (H_UNLIKELY(c->nvals == c->cvals) &&
      !h_array_grow((void **)&c->vals, sizeof(val), &c->cvals, c->nvals + 1))
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  val *v = &c->vals[c->nvals++];
  v->slot = v->loc = c->cur;
  v->type = t;
  v->cst = false;
  c->cur += t == H_T_V128 ? 2u : 1u;
  if (c->cur > c->maxs) {
    if (H_UNLIKELY(c->cur > MAX_FRAME_SLOTS))
      return fail(c, HEARTH_ERR_LIMIT, "operand stack too large");
    if (live(c)) c->maxs = c->cur;
  }
  return true;
}

/* Pushes a value that currently lives in local slot s. */
static inline bool push_fwd(cc *c, h_vt t, uint32_t s) {
  TRY(push(c, t));
  c->vals[c->nvals - 1].loc = s;
  fwd_link(c, c->nvals - 1);
  return true;
}

/* Pops the top entry; a pending constant stays pending (out->cst): the caller uses out->k or
 * calls materialize. */
/* A popped type that differs from the expected one: a subtype is fine (3.0). */
static H_NOINLINE bool pop_mismatch(cc *c, h_vt got, h_vt expect) {
  return h_vt_sub_slow(c->m, got, expect) ? true : BAD("type mismatch");
}

static inline ALWAYS_INLINE bool pop_k(cc *c, h_vt expect, val *out) {
  ctrl *f = top(c);
  if (H_UNLIKELY(c->nvals == f->height)) {
    if (!f->unreachable) return BAD("type mismatch");
    out->type = T_UNKNOWN;
    out->slot = out->loc = c->cur;
    out->cst = false;
    return true;
  }
  val v = c->vals[--c->nvals];
  c->cur = v.slot;
  if (v.loc != v.slot) fwd_unlink(c, c->nvals);
  if (v.cst) c->ncst--;
  if (H_UNLIKELY(expect != T_ANY && v.type != expect && v.type != T_UNKNOWN))
    TRY(pop_mismatch(c, v.type, expect));
  *out = v;
  return true;
}

static void emit_const(cc *c, h_vt t, uint32_t dst, uint64_t k) {
  if (t == H_T_I64 || t == H_T_F64) {
    emit_op(c, H_OP_CONST64);
    emit_w(c, dst);
    emit_w(c, (uint32_t)k);
    emit_w(c, (uint32_t)(k >> 32));
  } else {
    emit_op(c, H_OP_CONST32);
    emit_w(c, dst);
    emit_w(c, (uint32_t)k);
  }
}

/* Writes a popped pending constant to its home slot (live code only). */
static void materialize(cc *c, val *v) {
  if (!v->cst) return;
  if (live(c)) emit_const(c, v->type, v->slot, v->k);
  v->cst = false;
}

/* Pops the top entry into a slot operand (out->loc), writing a pending constant first. */
static inline bool pop(cc *c, h_vt expect, val *out) {
  TRY(pop_k(c, expect, out));
  if (H_UNLIKELY(out->cst)) materialize(c, out);
  return true;
}

/* Pushes a constant without emitting anything (type i32/i64/f32/f64, bits k). */
static bool push_const(cc *c, h_vt t, uint64_t k) {
  TRY(push(c, t));
  val *v = &c->vals[c->nvals - 1];
  v->cst = true;
  v->k = k;
  c->ncst++;
  return true;
}

static bool pop_types(cc *c, const h_vt *ts, uint32_t n) {
  val v = {0};
  for (uint32_t i = n; i-- > 0;) TRY(pop(c, ts[i], &v));
  return true;
}

static bool push_types(cc *c, const h_vt *ts, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) TRY(push(c, ts[i]));
  return true;
}

/* Non-destructive check that the top of the stack matches ts[0..n). */
static bool check_top(cc *c, const h_vt *ts, uint32_t n) {
  const ctrl *f = top(c);
  uint32_t avail = c->nvals - f->height;
  for (uint32_t i = 0; i < n; i++) {
    if (i >= avail) {
      if (f->unreachable) return true;
      return BAD("type mismatch");
    }
    h_vt t = c->vals[c->nvals - 1 - i].type;
    if (t != ts[n - 1 - i] && t != T_UNKNOWN && !h_vt_sub_slow(c->m, t, ts[n - 1 - i]))
      return BAD("type mismatch");
  }
  return true;
}

/* br_if, br_on_null, br_on_non_null: the label's types replace the top entries' (3.0: the values
 * continue as the label's types, supertypes of theirs). check_top has run. */
static void retype_top(cc *c, const h_vt *ts, uint32_t n) {
  uint32_t avail = c->nvals - top(c)->height;
  for (uint32_t i = 0; i < n && i < avail; i++) c->vals[c->nvals - 1 - i].type = ts[n - 1 - i];
}

/* Drops entries down to height h. */
static void drop_to(cc *c, uint32_t h) {
  for (uint32_t i = c->nvals; i-- > h;) {
    if (c->vals[i].loc != c->vals[i].slot) fwd_unlink(c, i);
    if (c->vals[i].cst) c->ncst--;
  }
  if (h < c->nvals) c->cur = c->vals[h].slot;
  c->nvals = h;
}

static void set_unreachable(cc *c) {
  ctrl *f = top(c);
  drop_to(c, f->height);
  c->cur = f->base;
  f->unreachable = true;
  c->da_cur = k_da_all;
}

/* A branch to frame fi: what is assigned here is all its end may assume (loops: the branch goes
 * to the header, which only ever sees supersets of its entry set). */
static inline void da_branch(cc *c, uint32_t fi) {
  ctrl *f = &c->ctrls[fi];
  if (fi != 0 && f->kind != K_LOOP) da_and(&f->da_out, &c->da_cur);
}

static void mat_entry(cc *c, uint32_t i) {
  val *v = &c->vals[i];
  if (v->cst) {
    if (live(c)) emit_const(c, v->type, v->slot, v->k);
    v->cst = false;
    c->ncst--;
    return;
  }
  if (live(c)) emit_mov(c, v->type, v->slot, v->loc);
  fwd_unlink(c, i);
  v->loc = v->slot;
}
static inline bool pending(const val *v) { return v->loc != v->slot || v->cst; }

/* Copies every forwarded entry to its home slot (before control-flow joins). Amortised linear: the
 * scan stops at the deepest forwarded entry, and an entry is scanned at most once (afterwards
 * nothing below it is forwarded, and new forwarded entries are pushed above it). */
static void mat_all(cc *c) {
  for (uint32_t i = c->nvals; (c->nfwd > 0 || c->ncst > 0) && i-- > 0;)
    if (pending(&c->vals[i])) mat_entry(c, i);
}

/* Materialises the entries forwarded from local slot s (before s is written): O(their number). */
static void mat_local(cc *c, uint32_t s) {
  for (uint32_t i; (i = fhead(c, s)) != NONE32;) mat_entry(c, i);
}

/* Writes the pending constants among the top n entries (label values of a conditional branch: on
 * the taken path they would need a write anyway, and written once they need no move). */
static void mat_top_consts(cc *c, uint32_t n) {
  uint32_t avail = c->nvals - top(c)->height;
  if (n > avail) n = avail;
  for (uint32_t i = c->nvals; c->ncst > 0 && i-- > c->nvals - n;)
    if (c->vals[i].cst) mat_entry(c, i);
}

static void mat_top(cc *c, uint32_t n) {
  uint32_t avail = c->nvals - top(c)->height;
  if (n > avail) n = avail;
  for (uint32_t i = c->nvals; i-- > c->nvals - n;)
    if (pending(&c->vals[i])) mat_entry(c, i);
}

/* ---------------------------------------------------------------- control */

static bool push_ctrl(cc *c, uint8_t kind, const h_vt *ps, uint32_t np, const h_vt *rs,
                      uint32_t nr, bool dead) {
  if (c->nctrls >= H_MAX_NESTING)
    return MAL("control nesting too deep (limit %u)", (unsigned)H_MAX_NESTING);
  if (c->nctrls == c->cctrls &&
      !h_array_grow((void **)&c->ctrls, sizeof(ctrl), &c->cctrls, c->nctrls + 1))
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  ctrl *f = &c->ctrls[c->nctrls++];
  uint32_t psl = 0, rsl = 0;
  for (uint32_t i = 0; i < np; i++) psl += h_slots(ps[i]);
  for (uint32_t i = 0; i < nr; i++) rsl += h_slots(rs[i]);
  *f = (ctrl){.params = ps, .results = rs, .nparams = np, .nresults = nr, .pslots = psl,
              .rslots = rsl, .height = c->nvals, .base = c->cur, .start = NONE32,
              .else_fix = NONE32, .patches = NONE32, .gen = 0, .stub = NONE32, .kind = kind,
              .unreachable = false, .dead = dead, .da_entry = c->da_cur, .da_out = k_da_all,
              .grp = c->nctrls > 1 ? c->ctrls[c->nctrls - 2].grp : H_EH_NONE,
              .tgrp = H_EH_NONE, .hidden = 0, .ilog = c->nilog};
  return true;
}

static inline void label_types(const ctrl *f, const h_vt **ts, uint32_t *n) {
  if (f->kind == K_LOOP) {
    *ts = f->params;
    *n = f->nparams;
  } else {
    *ts = f->results;
    *n = f->nresults;
  }
}

/* pop_ctrl's check: exactly the frame's results above its height. */
static bool check_end(cc *c, const ctrl *f) {
  TRY(check_top(c, f->results, f->nresults));
  if (c->nvals - f->height > f->nresults) return BAD("type mismatch");
  if (c->nvals - f->height < f->nresults && !f->unreachable) return BAD("type mismatch");
  return true;
}

/* Copies the top n entries (all present: live code) to dst_base.., ascending. Safe because every
 * destination is at or below its source home slot and forwarded sources are locals. */
static void emit_moves_to(cc *c, uint32_t n, uint32_t dst_base) {
  if (n == 0) return;
  uint32_t first = c->nvals - n, off0 = c->vals[first].slot;
  for (uint32_t i = first; i < c->nvals; i++) {
    const val *v = &c->vals[i];
    uint32_t d = dst_base + (v->slot - off0);
    if (v->cst) emit_const(c, v->type, d, v->k);
    else if (v->loc != d) emit_mov(c, v->type, d, v->loc);
  }
}

static bool moves_needed(cc *c, uint32_t n, uint32_t dst_base) {
  if (n == 0) return false;
  uint32_t first = c->nvals - n, off0 = c->vals[first].slot;
  for (uint32_t i = first; i < c->nvals; i++)
    if (c->vals[i].cst || c->vals[i].loc != dst_base + (c->vals[i].slot - off0)) return true;
  return false;
}

/* Returns the function's results (top of the stack); does not change the compile-time state, so
 * it may sit on a conditional path. */
static void emit_return_seq(cc *c) {
  const ctrl *f0 = &c->ctrls[0];
  uint32_t n = f0->nresults;
  uint32_t base = n ? c->vals[c->nvals - n].slot : c->cur;
  if (n) { /* values already contiguous somewhere (e.g. one forwarded local): return from there */
    const val *v0 = &c->vals[c->nvals - n];
    bool contiguous = !v0->cst;
    for (uint32_t i = c->nvals - n + 1; i < c->nvals && contiguous; i++)
      contiguous = !c->vals[i].cst && c->vals[i].loc == v0->loc + (c->vals[i].slot - v0->slot);
    if (contiguous) base = v0->loc;
    else emit_moves_to(c, n, base);
  }
  emit_op(c, H_OP_RETURN);
  emit_w(c, base);
  emit_w(c, f0->rslots);
}

/* Unconditional branch to frame fi with the label's values on top (live code). */
static bool emit_br(cc *c, uint32_t fi) {
  ctrl *f = &c->ctrls[fi];
  if (fi == 0) {
    emit_return_seq(c);
    return true;
  }
  const h_vt *ts;
  uint32_t n;
  label_types(f, &ts, &n);
  emit_moves_to(c, n, f->base);
  uint32_t at = c->ncode;
  if (f->kind == K_LOOP) {
    emit_op(c, H_OP_BR_LOOP);
    emit_w(c, f->start - at);
    return true;
  }
  emit_op(c, H_OP_BR);
  emit_w(c, 0);
  return add_patch(c, f, at, at + 1);
}

/* Emits a conditional jump (rel word left 0) taken when cond != 0 (nz) or == 0 (!nz). When cond is
 * the result of the previous instruction, a compare or eqz, that instruction is replaced by a fused
 * compare-and-branch. Returns the op word's index; *rel_pos gets the rel word's. */
static uint32_t emit_cjump(cc *c, const val *cond, bool nz, bool loop, uint32_t *rel_pos) {
  unsigned cmp = 0;
  uint32_t a = 0, b = 0;
  bool imm = false;
  if (c->prev_dst != NONE32 && c->ncode == c->prev_end && cond->loc == cond->slot &&
      c->code[c->prev_dst] == cond->slot) {
    unsigned p = c->prev_op;
    if (p == H_OP_I32_EQZ || p == H_OP_I64_EQZ) {
      cmp = p == H_OP_I32_EQZ ? H_OP_I32_EQ : H_OP_I64_EQ;
      a = c->code[c->prev_dst + 1];
      imm = true;
    } else if (k_br_of[p]) {
      cmp = p;
      a = c->code[c->prev_dst + 1];
      b = c->code[c->prev_dst + 2];
    } else if (k_base_of_imm[p] && k_br_of[k_base_of_imm[p]]) {
      cmp = k_base_of_imm[p];
      a = c->code[c->prev_dst + 1];
      b = c->code[c->prev_dst + 2];
      imm = true;
    }
  }
  uint32_t at;
  if (cmp) {
    if (!nz) cmp = k_neg[cmp];
    assert(cmp);
    c->ncode = c->prev_dst - 1;
    c->prev_dst = NONE32;
    at = c->ncode;
    emit_op(c, imm ? k_bri_of[cmp] : k_br_of[cmp]);
    emit_w(c, a);
    emit_w(c, b);
    emit_w(c, 0);
    *rel_pos = at + 3;
    return at;
  }
  at = c->ncode;
  emit_op(c, nz ? (loop ? H_OP_BR_IF_LOOP : H_OP_BR_IF) : H_OP_BR_IFZ);
  emit_w(c, cond->loc);
  emit_w(c, 0);
  *rel_pos = at + 2;
  return at;
}

/* A branch to frame fi taken when cond's i32 is non-zero (nz) or zero (!nz). */
static bool emit_br_if(cc *c, uint32_t fi, const val *cond, bool nz) {
  ctrl *f = &c->ctrls[fi];
  const h_vt *ts;
  uint32_t n, rp;
  label_types(f, &ts, &n);
  mat_top_consts(c, n);
  if (fi != 0 && !moves_needed(c, n, f->base) && (nz || f->kind != K_LOOP)) {
    uint32_t at = emit_cjump(c, cond, nz, f->kind == K_LOOP, &rp);
    if (f->kind == K_LOOP) {
      put(c, rp, f->start - at);
      return true;
    }
    return add_patch(c, f, at, rp);
  }
  uint32_t at = emit_cjump(c, cond, !nz, false, &rp);
  TRY(emit_br(c, fi));
  put(c, rp, c->ncode - at);
  return true;
}

static void resolve_patches(cc *c, ctrl *f, uint32_t label) {
  for (uint32_t i = f->patches; i != NONE32; i = c->pt[i].next)
    put(c, c->pt[i].rel_pos, label - c->pt[i].op_pos);
  f->patches = NONE32;
}

/* ---------------------------------------------------------------- locals */

static bool local_of(cc *c, uint32_t x, uint32_t *slot, h_vt *type) {
  if (H_UNLIKELY(x >= c->nlocals)) return BAD("unknown local %u", x);
  if (H_LIKELY(c->ltab)) {
    *type = c->ltype[x];
    *slot = c->lslot[x];
    return true;
  }
  uint32_t lo = 0, hi = c->ngroups; /* last group with first <= x */
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (c->groups[mid].first <= x) lo = mid;
    else hi = mid;
  }
  const lgroup *g = &c->groups[lo];
  *type = g->type;
  *slot = g->slot + (x - g->first) * h_slots(g->type);
  return true;
}

static bool add_group(cc *c, uint32_t first, uint32_t slot, h_vt t) {
  if (c->ngroups == c->cgroups &&
      !h_array_grow((void **)&c->groups, sizeof(lgroup), &c->cgroups, c->ngroups + 1))
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  c->groups[c->ngroups++] = (lgroup){first, slot, t};
  return true;
}

/* ---------------------------------------------------------------- stack maps */

/* Whether a value of type t may be a GC heap object (gc.h: anyref and externref hierarchies). */
static inline bool gc_ref_vt(h_vt t) {
  h_valtype r = h_vt_rep(t);
  return t != T_UNKNOWN && (r == H_T_ANYREF || r == H_T_EXTERNREF);
}

/* Records a site at one-word position pos (live code only): the reference-typed locals and the
 * operand entries held in their home slots. A forwarded entry's value is in its local's slot
 * (marked when the local is a reference, the only way the entry is one), a pending constant is
 * null; neither needs its home slot. */
static bool gc_site(cc *c, uint32_t kind, uint32_t pos) {
  uint32_t nw = (c->cur + 63) / 64;
  if (c->ngs == c->cgs && !h_array_grow((void **)&c->gs, sizeof *c->gs, &c->cgs, c->ngs + 1))
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  if (c->ngmb + nw > c->cgmb &&
      !h_array_grow((void **)&c->gmb, sizeof *c->gmb, &c->cgmb, c->ngmb + nw))
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  /* gmb may still be NULL when nw is 0, and NULL + 0 is undefined behaviour (UBSan, fuzz_module
   * on the spec's linking.0.wasm): no words, no pointer (nothing below writes through it then). */
  uint64_t *b = nw ? c->gmb + c->ngmb : NULL;
  if (nw) memset(b, 0, nw * sizeof *b);
  for (uint32_t g = 0; g < c->ngroups; g++) {
    if (!gc_ref_vt(c->groups[g].type)) continue;
    uint32_t n = (g + 1 < c->ngroups ? c->groups[g + 1].first : c->nlocals) - c->groups[g].first;
    for (uint32_t k = 0, sl = c->groups[g].slot; k < n; k++, sl++) b[sl / 64] |= 1ull << (sl % 64);
  }
  for (uint32_t i = 0; i < c->nvals; i++) {
    const val *v = &c->vals[i];
    if (gc_ref_vt(v->type) && !v->cst && v->loc == v->slot && v->slot < c->cur)
      b[v->slot / 64] |= 1ull << (v->slot % 64);
  }
  while (nw && !b[nw - 1]) nw--;
  if (nw) c->gs_ref = true;
  c->gs[c->ngs++] = (struct gsite){pos, kind, c->ngmb, nw};
  c->ngmb += nw;
  return true;
}

const h_gcmap h_gcmap_none = {0, NULL, NULL, NULL};

void h_gcmap_free(const h_gcmap *m) {
  if (m && m != &h_gcmap_none) h_free((void *)m);
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* The function's stack maps in final positions (after finish_code: kmap holds the instructions
 * before each one-word index), equal maps shared; NULL with *oom when out of memory. */
static const h_gcmap *gcmap_finish(cc *c, bool *oom) {
  *oom = false;
  if (!c->gs_valid) return NULL;
  if (!c->gs_ref) return &h_gcmap_none;
  uint32_t n = c->ngs;
  /* Unique maps: each site is compared with the last few distinct ones (neighbouring sites in a
   * body mostly share their map). */
  enum { RECENT = 16 };
  uint32_t recent[RECENT], nrecent = 0, nwords = 0;
  uint32_t *moff = h_malloc((size_t)n * sizeof *moff); /* site -> offset in the final words */
  uint64_t *ks = h_malloc((size_t)n * sizeof *ks);
  uint64_t *words = h_malloc(((size_t)c->ngmb + n) * sizeof *words);
  if (!moff || !ks || !words) {
    h_free(moff);
    h_free(ks);
    h_free(words);
    *oom = true;
    return NULL;
  }
  const uint32_t *before = c->kmap;
  for (uint32_t i = 0; i < n; i++) {
    const struct gsite *g = &c->gs[i];
    const uint64_t *b = c->gmb + g->off;
    uint32_t at = UINT32_MAX;
    for (uint32_t r = 0; r < nrecent && at == UINT32_MAX; r++) {
      uint32_t o = recent[r];
      if (words[o] == g->nw && (!g->nw || !memcmp(words + o + 1, b, g->nw * sizeof *b))) at = o;
    }
    if (at == UINT32_MAX) {
      at = nwords;
      words[nwords++] = g->nw;
      if (g->nw) memcpy(words + nwords, b, g->nw * sizeof *b);
      nwords += g->nw;
      recent[nrecent < RECENT ? nrecent++ : (i % RECENT)] = at;
    }
    moff[i] = at;
    uint32_t p = g->pos;
    if (g->kind == H_GCMAP_CALL) p += 1 + k_nw[c->code[p]]; /* where the caller resumes */
    uint64_t key = ((uint64_t)(p + before[p] + 1) * 2 + g->kind);
    ks[i] = key << 32 | i;
  }
  qsort(ks, n, sizeof *ks, cmp_u64);
  size_t sz = sizeof(h_gcmap) + (size_t)n * 2 * sizeof(uint32_t);
  sz = (sz + 7) & ~(size_t)7;
  h_gcmap *m = h_malloc(sz + (size_t)nwords * sizeof(uint64_t));
  if (m) {
    uint32_t *key = (uint32_t *)(m + 1), *off = key + n;
    uint64_t *w = (uint64_t *)(void *)((uint8_t *)m + sz);
    for (uint32_t i = 0; i < n; i++) {
      key[i] = (uint32_t)(ks[i] >> 32);
      off[i] = moff[(uint32_t)ks[i]];
    }
    memcpy(w, words, (size_t)nwords * sizeof *w);
    *m = (h_gcmap){n, key, off, w};
  }
  h_free(moff);
  h_free(ks);
  h_free(words);
  *oom = !m;
  return m;
}

/* The code cache's form of the sites (cache.c stores it after the function's compile-time code):
 * per site its position, kind and word count nw, then its nw bit words as 2 x nw h_words (low
 * half first). Only for a function with a reference slot: an empty list stands for
 * &h_gcmap_none. Positions are in the compile-time code (c->code), so that loading them back
 * (gcmap_load) and finishing that code (gcmap_finish) gives the map a fresh compile gives.
 * Returns the word count (*out in c->gser), or UINT32_MAX when out of memory. */
static uint32_t gcmap_serialize(cc *c, const h_word **out) {
  *out = NULL;
  if (!c->gs_ref) return 0;
  uint64_t n = 3ull * c->ngs + 2ull * c->ngmb;
  if (n >= UINT32_MAX / 2) return UINT32_MAX;
  if (n > c->cgser && !h_array_grow((void **)&c->gser, sizeof *c->gser, &c->cgser, (uint32_t)n))
    return UINT32_MAX;
  uint32_t k = 0;
  for (uint32_t i = 0; i < c->ngs; i++) {
    const struct gsite *g = &c->gs[i];
    c->gser[k++] = g->pos;
    c->gser[k++] = g->kind;
    c->gser[k++] = g->nw;
    for (uint32_t j = 0; j < g->nw; j++) {
      uint64_t b = c->gmb[g->off + j];
      c->gser[k++] = (h_word)b;
      c->gser[k++] = (h_word)(b >> 32);
    }
  }
  *out = c->gser;
  return k;
}

/* Loads a cached function's sites (gcmap_serialize's form, w[0..n)) into c->gs / c->gmb for
 * gcmap_finish, checking everything a wrong entry could get wrong: each site inside the list, at
 * an instruction start of the code (c->kmap marks them: compile_cached), a known kind, a call
 * site's resume position inside the code, and no bit at or past the frame's slots (gc.c marks
 * fp[i] for every bit i). False: the entry's maps are not this code's (the caller recompiles). */
static bool gcmap_load(cc *c, const h_word *w, uint32_t n, uint32_t ncode, uint32_t frame) {
  c->ngs = c->ngmb = 0;
  c->gs_valid = true;
  c->gs_ref = false;
  uint32_t maxw = (frame + 63) / 64;
  for (uint32_t k = 0; k < n;) {
    if (n - k < 3) return false;
    uint32_t pos = w[k], kind = w[k + 1], nw = w[k + 2];
    k += 3;
    if (pos >= ncode || !c->kmap[pos] || kind > H_GCMAP_CALL || nw > maxw ||
        (uint64_t)nw * 2 > n - k)
      return false;
    if (kind == H_GCMAP_CALL && (uint64_t)pos + 1 + k_nw[c->code[pos]] > ncode) return false;
    if (c->ngs == c->cgs && !h_array_grow((void **)&c->gs, sizeof *c->gs, &c->cgs, c->ngs + 1))
      return false;
    if (c->ngmb + nw > c->cgmb &&
        !h_array_grow((void **)&c->gmb, sizeof *c->gmb, &c->cgmb, c->ngmb + nw))
      return false;
    for (uint32_t j = 0; j < nw; j++, k += 2) {
      uint64_t b = (uint64_t)w[k] | (uint64_t)w[k + 1] << 32;
      if (j == nw - 1 && frame % 64 && nw == maxw && b >> (frame % 64)) return false;
      c->gmb[c->ngmb + j] = b;
      if (b) c->gs_ref = true;
    }
    c->gs[c->ngs++] = (struct gsite){pos, kind, c->ngmb, nw};
    c->ngmb += nw;
  }
  return true;
}

/* ---------------------------------------------------------------- instructions */

/* memarg: alignment flags, then (3.0) a memory index when flag bit 6 is set, then the offset
 * (3.0: u64; validation limits it to u32 for 32-bit memories). */
static bool rd_memarg(cc *c, uint32_t *align, uint32_t *mem, uint64_t *offset) {
  TRY(rd_u32(c, align));
  *mem = 0;
  if (!v3(c)) {
    uint32_t o;
    TRY(rd_u32(c, &o));
    *offset = o;
    return true;
  }
  if (*align >= 0x80) return MAL("malformed memop flags");
  if (*align & 0x40) {
    *align &= ~0x40u;
    TRY(rd_u32(c, mem));
  }
  int e = h_leb_u64(&c->p, c->end, offset);
  return e == H_LEB_OK ? true : MAL("%s", h_leb_message(e));
}

/* A memory index immediate: 3.0 a u32, 2.0 a zero byte. */
static bool rd_memidx(cc *c, uint32_t *x) {
  if (v3(c)) return rd_u32(c, x);
  *x = 0;
  return rd_zero(c);
}

/* A constant of type t fits an immediate word (i64: sign-extended from 32 bits). */
static inline bool imm_fits(h_vt t, uint64_t k) {
  return t == H_T_I32 || (t == H_T_I64 && (uint64_t)(int64_t)(int32_t)(uint32_t)k == k);
}

/* True when operand b (type t) is the constant the previous instruction just produced and fits an
 * immediate word (i64: sign-extended); then that CONST is removed and *imm is its value. */
static bool fuse_const(cc *c, const val *b, h_vt t, uint32_t *imm) {
  if (c->prev_dst == NONE32 || c->ncode != c->prev_end || b->loc != b->slot ||
      c->code[c->prev_dst] != b->slot)
    return false;
  if (c->prev_op == H_OP_CONST32 && t == H_T_I32) {
    *imm = c->code[c->prev_dst + 1];
  } else if (c->prev_op == H_OP_CONST64 && t == H_T_I64) {
    uint32_t lo = c->code[c->prev_dst + 1], hi = c->code[c->prev_dst + 2];
    if (hi != ((lo & 0x80000000u) ? 0xFFFFFFFFu : 0u)) return false;
    *imm = lo;
  } else {
    return false;
  }
  c->ncode = c->prev_dst - 1;
  c->prev_dst = NONE32;
  return true;
}

/* True when the address operand a is the i32.add (or add-immediate) the previous instruction just
 * produced into a's home slot; then that add is removed and *x, *y get its operands (slot, slot or
 * immediate; *imm tells which). The add's result slot is a popped stack temporary: nobody else
 * reads it. */
static bool fuse_addr(cc *c, const val *a, uint32_t *x, uint32_t *y, bool *imm) {
  if (c->prev_dst == NONE32 || c->ncode != c->prev_end || a->loc != a->slot ||
      c->code[c->prev_dst] != a->slot)
    return false;
  if (c->prev_op == H_OP_I32_ADD) *imm = false;
  else if (c->prev_op == H_OP_I32_ADD_I) *imm = true;
  else return false;
  *x = c->code[c->prev_dst + 1];
  *y = c->code[c->prev_dst + 2];
  c->ncode = c->prev_dst - 1;
  c->prev_dst = NONE32;
  return true;
}

/* True when operand v is the result of the previous instruction, a plain or address-immediate
 * load of kind `load`; then that load is removed and *base, *imm, *off get its address. */
static bool fuse_load(cc *c, const val *v, unsigned load, uint32_t *base, uint32_t *imm,
                      uint32_t *off) {
  if (c->prev_dst == NONE32 || c->ncode != c->prev_end || v->loc != v->slot || v->cst ||
      c->code[c->prev_dst] != v->slot)
    return false;
  if (c->prev_op == load) {
    *base = c->code[c->prev_dst + 1];
    *imm = 0;
    *off = c->code[c->prev_dst + 2];
  } else if (c->prev_op == k_addr_of[load] + 1u) { /* NAME_AI */
    *base = c->code[c->prev_dst + 1];
    *imm = c->code[c->prev_dst + 2];
    *off = c->code[c->prev_dst + 3];
  } else {
    return false;
  }
  c->ncode = c->prev_dst - 1;
  c->prev_dst = NONE32;
  return true;
}

static void emit_ws(cc *c, unsigned op, unsigned n, const uint32_t *w);

/* A load or store on a memory other than 0 or on a 64-bit memory (ops.h MEM_SEL, MEM_EA64): the
 * plain op between MEM_SEL x and MEM_SEL 0, its address first checked and formed by MEM_EA64 for
 * a 64-bit memory (then the plain op has offset 0). No fusions: the machine-code tier leaves such
 * functions to the interpreter, memory 0's plain forms stay as they are. */
static bool gen_mem_general(cc *c, const opinfo *oi, uint32_t x, uint64_t offset, uint8_t lane) {
  bool is64 = c->m->mems[x].is64;
  val a = {0}, b = {0};
  if (oi->t2) TRY(pop(c, oi->t2, &b));
  TRY(pop(c, is64 ? H_T_I64 : H_T_I32, &a));
  uint32_t dst = c->cur;
  if (oi->res) TRY(push(c, oi->res));
  if (!live(c)) return true;
  uint32_t addr = a.loc, off = (uint32_t)offset, zero = 0;
  if (x) emit_ws(c, H_OP_MEM_SEL, 1, &x);
  if (is64) {
    /* a's home slot is a popped stack slot that no other operand occupies */
    emit_ws(c, H_OP_MEM_EA64, 6,
            (uint32_t[]){a.slot, a.loc, (uint32_t)offset, (uint32_t)(offset >> 32), 1u << oi->imm,
                         x});
    addr = a.slot;
    off = 0;
  }
  emit_op(c, oi->op);
  if (oi->res) emit_w(c, dst);
  emit_w(c, addr);
  if (oi->t2) emit_w(c, b.loc);
  emit_w(c, off);
  if (oi->shape == H_SH_LOAD_LANE || oi->shape == H_SH_STORE_LANE) emit_w(c, lane);
  if (x) emit_ws(c, H_OP_MEM_SEL, 1, &zero);
  return true;
}

/* A table-driven instruction (shapes of ops.h). */
static bool gen_op(cc *c, const opinfo *oi) {
  uint32_t align = 0, offset = 0, memx = 0;
  uint64_t offset64 = 0;
  uint8_t lane = 0, lanes[16];
  switch (oi->shape) {
  case H_SH_LOAD:
  case H_SH_STORE:
  case H_SH_LOAD_LANE:
  case H_SH_STORE_LANE:
    TRY(rd_memarg(c, &align, &memx, &offset64));
    if (oi->shape == H_SH_LOAD_LANE || oi->shape == H_SH_STORE_LANE) TRY(rd_byte(c, &lane));
    if (memx >= c->m->nmems) return BAD("unknown memory %u", memx);
    if (align > oi->imm) return BAD("alignment must not be larger than natural");
    if ((oi->shape == H_SH_LOAD_LANE || oi->shape == H_SH_STORE_LANE) && lane >= (16u >> oi->imm))
      return BAD("invalid lane index");
    if (offset64 > UINT32_MAX && !c->m->mems[memx].is64) return BAD("offset out of range");
    if (H_UNLIKELY(memx != 0 || c->m->mems[memx].is64))
      return gen_mem_general(c, oi, memx, offset64, lane);
    offset = (uint32_t)offset64;
    break;
  case H_SH_LANE:
  case H_SH_REPLACE:
    TRY(rd_byte(c, &lane));
    if (lane >= oi->imm) return BAD("invalid lane index");
    break;
  case H_SH_SHUFFLE:
    if ((size_t)(c->end - c->p) < 16) return MAL("unexpected end");
    memcpy(lanes, c->p, 16);
    c->p += 16;
    for (unsigned i = 0; i < 16; i++)
      if (lanes[i] >= 32) return BAD("invalid lane index");
    break;
  case H_SH_UN:
  case H_SH_BIN:
  case H_SH_TERN:
    break;
  default:
    return MAL("illegal opcode");
  }
  val a = {0}, b = {0}, t = {0};
  unsigned nops = oi->t3 ? 3 : oi->t2 ? 2 : oi->t1 ? 1 : 0;
  bool kimm = oi->shape == H_SH_BIN && k_imm_of[oi->op]; /* constants may become immediates */
  bool kaddr = k_addr_of[oi->op] != 0; /* a constant address becomes NAME_C */
  bool kstore = oi->shape == H_SH_STORE && k_storev_of[oi->op]; /* a constant value: NAME_V */
  if (nops >= 3) TRY(pop(c, oi->t3, &t));
  if (nops >= 2) TRY(kimm || kstore ? pop_k(c, oi->t2, &b) : pop(c, oi->t2, &b));
  if (kstore && b.cst && !storev_fits(oi->op, b.k)) materialize(c, &b);
  if (nops >= 1) TRY(kimm || kaddr ? pop_k(c, oi->t1, &a) : pop(c, oi->t1, &a));
  uint32_t dst = c->cur;
  if (oi->res) TRY(push(c, oi->res));
  if (!live(c)) return true;
  uint32_t imm;
  if (kimm) {
    unsigned fop = 0;
    uint32_t src = 0;
    if (b.cst && imm_fits(b.type, b.k)) {
      materialize(c, &a);
      fop = k_imm_of[oi->op];
      src = a.loc;
      imm = (uint32_t)b.k;
    } else if (a.cst && k_swap[oi->op] && imm_fits(a.type, a.k)) {
      materialize(c, &b);
      fop = k_imm_of[k_swap[oi->op]];
      src = b.loc;
      imm = (uint32_t)a.k;
    } else if (b.cst && k_imm64_of[oi->op]) {
      materialize(c, &a);
      emit_op(c, k_imm64_of[oi->op]);
      c->cur_dst = c->ncode;
      c->cur_op = k_imm64_of[oi->op];
      emit_w(c, dst);
      emit_w(c, a.loc);
      emit_w(c, (uint32_t)b.k);
      emit_w(c, (uint32_t)(b.k >> 32));
      return true;
    } else if (a.cst && k_imm64_of[oi->op] && k_swap[oi->op] == oi->op) {
      materialize(c, &b);
      emit_op(c, k_imm64_of[oi->op]);
      c->cur_dst = c->ncode;
      c->cur_op = k_imm64_of[oi->op];
      emit_w(c, dst);
      emit_w(c, b.loc);
      emit_w(c, (uint32_t)a.k);
      emit_w(c, (uint32_t)(a.k >> 32));
      return true;
    } else if (a.cst || b.cst) {
      materialize(c, &a);
      materialize(c, &b);
    } else if (fuse_const(c, &b, oi->t2, &imm)) {
      fop = k_imm_of[oi->op];
      src = a.loc;
    } else if (k_swap[oi->op] && fuse_const(c, &a, oi->t1, &imm)) {
      fop = k_imm_of[k_swap[oi->op]];
      src = b.loc;
    }
    if (fop) {
      emit_op(c, fop);
      c->cur_dst = c->ncode;
      c->cur_op = (uint16_t)fop;
      emit_w(c, dst);
      emit_w(c, src);
      emit_w(c, imm);
      return true;
    }
  }
  if (oi->shape == H_SH_BIN && k_loadop_of[oi->op]) {
    unsigned ld = k_loadop_load[oi->op];
    bool comm = k_swap[oi->op] == oi->op || k_fcomm[oi->op];
    uint32_t base, k, off, other = NONE32;
    if (fuse_load(c, &b, ld, &base, &k, &off)) other = a.loc;
    else if (comm && fuse_load(c, &a, ld, &base, &k, &off)) other = b.loc;
    if (other != NONE32) {
      unsigned fop = k_loadop_of[oi->op];
      emit_op(c, fop);
      c->cur_dst = c->ncode;
      c->cur_op = (uint16_t)fop;
      emit_w(c, dst);
      emit_w(c, other);
      emit_w(c, base);
      emit_w(c, k);
      emit_w(c, off);
      return true;
    }
  }
  if (kstore && b.cst) {
    materialize(c, &a);
    emit_op(c, k_storev_of[oi->op]);
    emit_w(c, a.loc);
    emit_w(c, (uint32_t)b.k);
    emit_w(c, offset);
    return true;
  }
  if (kaddr && a.cst) {
    unsigned fop = k_addr_of[oi->op] + 2u;
    emit_op(c, fop);
    if (oi->res) {
      c->cur_dst = c->ncode;
      c->cur_op = (uint16_t)fop;
      emit_w(c, dst);
    }
    emit_w(c, (uint32_t)a.k);
    if (oi->shape == H_SH_STORE) emit_w(c, b.loc);
    emit_w(c, offset);
    return true;
  }
  uint32_t ax, ay;
  bool aimm;
  if ((oi->shape == H_SH_LOAD || oi->shape == H_SH_STORE) && k_addr_of[oi->op] &&
      fuse_addr(c, &a, &ax, &ay, &aimm)) {
    unsigned fop = k_addr_of[oi->op] + (aimm ? 1u : 0u);
    emit_op(c, fop);
    if (oi->res) {
      c->cur_dst = c->ncode;
      c->cur_op = (uint16_t)fop;
      emit_w(c, dst);
    }
    emit_w(c, ax);
    emit_w(c, ay);
    if (oi->shape == H_SH_STORE) emit_w(c, b.loc);
    emit_w(c, offset);
    return true;
  }
  emit_op(c, oi->op);
  if (oi->res) {
    c->cur_dst = c->ncode;
    c->cur_op = oi->op;
    emit_w(c, dst);
  }
  if (nops >= 1) emit_w(c, a.loc);
  if (nops >= 2) emit_w(c, b.loc);
  if (nops >= 3) emit_w(c, t.loc);
  switch (oi->shape) {
  case H_SH_LOAD:
  case H_SH_STORE:
    emit_w(c, offset);
    break;
  case H_SH_LOAD_LANE:
  case H_SH_STORE_LANE:
    emit_w(c, offset);
    emit_w(c, lane);
    break;
  case H_SH_LANE:
  case H_SH_REPLACE:
    emit_w(c, lane);
    break;
  case H_SH_SHUFFLE:
    for (unsigned i = 0; i < 16; i += 4)
      emit_w(c, (h_word)lanes[i] | (h_word)lanes[i + 1] << 8 | (h_word)lanes[i + 2] << 16 |
                    (h_word)lanes[i + 3] << 24);
    break;
  default:
    break;
  }
  return true;
}

/* Pushes a result produced by a one-dst instruction: emits op, dst and marks dst retargetable. */
static bool push_result_op(cc *c, h_vt type, unsigned op) {
  uint32_t dst = c->cur;
  TRY(push(c, type));
  if (live(c)) {
    emit_op(c, op);
    c->cur_dst = c->ncode;
    c->cur_op = (uint16_t)op;
    emit_w(c, dst);
  }
  return true;
}

/* The shared part of a call and a tail call: pops the arguments into their home slots from
 * `base` and emits op with its immediates (a1, and for indirect forms a2 and the index slot), then
 * base. A tail call through an import or a table is followed by a RETURN of the results, which runs
 * when the callee was a host function (it returns to this frame). */
static bool emit_call(cc *c, const h_functype *ft, unsigned op, uint32_t a1, uint32_t a2,
                      const val *idx, bool tail) {
  bool lv = live(c);
  if (lv) mat_top(c, ft->nparams);
  if (lv) TRY(gc_site(c, H_GCMAP_CALL, c->ncode));
  TRY(pop_types(c, ft->pt, ft->nparams));
  uint32_t base = c->cur;
  if (lv) {
    emit_op(c, op);
    emit_w(c, a1);
    if (idx) {
      emit_w(c, a2);
      emit_w(c, idx->loc);
    }
    emit_w(c, base);
    if (tail && op != H_OP_RETURN_CALL) {
      emit_op(c, H_OP_RETURN);
      emit_w(c, base);
      emit_w(c, ft->result_slots);
    }
    uint32_t need = base + (ft->param_slots > ft->result_slots ? ft->param_slots : ft->result_slots);
    if (need > c->maxs) c->maxs = need;
  }
  return true;
}

static bool do_call(cc *c, const h_functype *ft, unsigned op, uint32_t a1, uint32_t a2,
                    const val *idx) {
  TRY(emit_call(c, ft, op, a1, a2, idx, false));
  return push_types(c, ft->pt + ft->nparams, ft->nresults);
}

/* return_call / return_call_indirect / return_call_ref: the callee's results must be subtypes of
 * the function's; the callee takes over the frame (interp.c). */
static bool do_return_call(cc *c, const h_functype *ft, unsigned op, uint32_t a1, uint32_t a2,
                           const val *idx) {
  const ctrl *f0 = &c->ctrls[0];
  if (ft->nresults != f0->nresults) return BAD("type mismatch");
  for (uint32_t i = 0; i < ft->nresults; i++)
    if (!h_vt_sub(c->m, ft->pt[ft->nparams + i], f0->results[i])) return BAD("type mismatch");
  TRY(emit_call(c, ft, op, a1, a2, idx, true));
  set_unreachable(c);
  return true;
}

static bool need_memx(cc *c, uint32_t x) {
  if (x >= c->m->nmems) return BAD("unknown memory %u", x);
  return true;
}

/* The address type of memory x (i64 for memory64). */
static inline uint8_t mem_at(const hearth_module *m, uint32_t x) {
  return m->mems[x].is64 ? H_T_I64 : H_T_I32;
}

static bool need_table(cc *c, uint32_t x) {
  if (x >= c->m->ntables) return BAD("unknown table %u", x);
  return true;
}

/* Pops an index or length of table x's address type (table64: i64). A table64 operand is then
 * clamped into its home slot (ops.h IDX64): tables hold fewer than 2^32 elements, so the 32-bit
 * table ops see UINT32_MAX for any larger value and trap or fail exactly as the wide value would. */
static bool pop_tidx(cc *c, bool is64, val *v) {
  TRY(pop(c, is64 ? H_T_I64 : H_T_I32, v));
  if (is64 && live(c)) {
    emit_ws(c, H_OP_IDX64, 2, (uint32_t[]){v->slot, v->loc});
    v->loc = v->slot;
  }
  return true;
}

/* Without a data count section, memory.init/data.drop are malformed when data segments exist (the
 * spec's rule); with no data segment at all they are only invalid ("unknown data segment"), which
 * is what the testsuite expects of text modules that wabt encodes without the section. */
static bool need_datacount(cc *c, uint32_t x) {
  if (!c->m->has_datacount && c->m->ndatas > 0) return MAL("data count section required");
  if (x >= (c->m->has_datacount ? c->m->datacount : 0)) return BAD("unknown data segment %u", x);
  return true;
}

/* Pops n i32 operands (last pushed first) into v[0..n) in push order. */
static bool pop_i32s(cc *c, val *v, unsigned n) {
  for (unsigned i = n; i-- > 0;) TRY(pop(c, H_T_I32, &v[i]));
  return true;
}

static void emit_ws(cc *c, unsigned op, unsigned n, const uint32_t *w) {
  emit_op(c, op);
  for (unsigned i = 0; i < n; i++) emit_w(c, w[i]);
}

static bool op_fc(cc *c) {
  uint32_t code;
  TRY(rd_u32(c, &code));
  if (code < 8) return gen_op(c, &k_ops[256 + code]);
  hearth_module *m = c->m;
  val v[3];
  uint32_t x, y;
  switch (code) {
  case 8: /* memory.init */
    TRY(rd_u32(c, &x));
    TRY(rd_memidx(c, &y));
    TRY(need_datacount(c, x));
    TRY(need_memx(c, y));
    if (y || m->mems[y].is64) {
      TRY(pop(c, H_T_I32, &v[2]));
      TRY(pop(c, H_T_I32, &v[1]));
      TRY(pop(c, mem_at(m, y), &v[0]));
      if (live(c))
        emit_ws(c, H_OP_MEMORY_INIT_X, 5, (uint32_t[]){x, v[0].loc, v[1].loc, v[2].loc, y});
      return true;
    }
    TRY(pop_i32s(c, v, 3));
    if (live(c)) emit_ws(c, H_OP_MEMORY_INIT, 4, (uint32_t[]){x, v[0].loc, v[1].loc, v[2].loc});
    return true;
  case 9: /* data.drop */
    TRY(rd_u32(c, &x));
    TRY(need_datacount(c, x));
    if (live(c)) emit_ws(c, H_OP_DATA_DROP, 1, &x);
    return true;
  case 10: /* memory.copy */
    TRY(rd_memidx(c, &x));
    TRY(rd_memidx(c, &y));
    TRY(need_memx(c, x));
    TRY(need_memx(c, y));
    if (x || y || m->mems[0].is64) {
      /* the length is i64 only when both memories are 64-bit */
      TRY(pop(c, m->mems[x].is64 && m->mems[y].is64 ? H_T_I64 : H_T_I32, &v[2]));
      TRY(pop(c, mem_at(m, y), &v[1]));
      TRY(pop(c, mem_at(m, x), &v[0]));
      if (live(c))
        emit_ws(c, H_OP_MEMORY_COPY_X, 5, (uint32_t[]){v[0].loc, v[1].loc, v[2].loc, x, y});
      return true;
    }
    TRY(pop_i32s(c, v, 3));
    if (live(c)) emit_ws(c, H_OP_MEMORY_COPY, 3, (uint32_t[]){v[0].loc, v[1].loc, v[2].loc});
    return true;
  case 11: /* memory.fill */
    TRY(rd_memidx(c, &x));
    TRY(need_memx(c, x));
    if (x || m->mems[0].is64) {
      TRY(pop(c, mem_at(m, x), &v[2]));
      TRY(pop(c, H_T_I32, &v[1]));
      TRY(pop(c, mem_at(m, x), &v[0]));
      if (live(c))
        emit_ws(c, H_OP_MEMORY_FILL_X, 4, (uint32_t[]){v[0].loc, v[1].loc, v[2].loc, x});
      return true;
    }
    TRY(pop_i32s(c, v, 3));
    if (live(c)) emit_ws(c, H_OP_MEMORY_FILL, 3, (uint32_t[]){v[0].loc, v[1].loc, v[2].loc});
    return true;
  case 12: /* table.init elem table */
    TRY(rd_u32(c, &y));
    TRY(rd_u32(c, &x));
    TRY(need_table(c, x));
    if (y >= m->nelems) return BAD("unknown elem segment %u", y);
    if (!h_vt_sub(m, m->elems[y].ptype, h_table_pt(&m->tables[x]))) return BAD("type mismatch");
    TRY(pop(c, H_T_I32, &v[2]));
    TRY(pop(c, H_T_I32, &v[1]));
    TRY(pop_tidx(c, m->tables[x].limits.is64, &v[0]));
    if (live(c)) emit_ws(c, H_OP_TABLE_INIT, 5, (uint32_t[]){x, y, v[0].loc, v[1].loc, v[2].loc});
    return true;
  case 13: /* elem.drop */
    TRY(rd_u32(c, &y));
    if (y >= m->nelems) return BAD("unknown elem segment %u", y);
    if (live(c)) emit_ws(c, H_OP_ELEM_DROP, 1, &y);
    return true;
  case 14: /* table.copy dst src */
    TRY(rd_u32(c, &x));
    TRY(rd_u32(c, &y));
    TRY(need_table(c, x));
    TRY(need_table(c, y));
    if (!h_vt_sub(m, h_table_pt(&m->tables[y]), h_table_pt(&m->tables[x])))
      return BAD("type mismatch");
    TRY(pop_tidx(c, m->tables[x].limits.is64 && m->tables[y].limits.is64, &v[2]));
    TRY(pop_tidx(c, m->tables[y].limits.is64, &v[1]));
    TRY(pop_tidx(c, m->tables[x].limits.is64, &v[0]));
    if (live(c)) emit_ws(c, H_OP_TABLE_COPY, 5, (uint32_t[]){x, y, v[0].loc, v[1].loc, v[2].loc});
    return true;
  case 15: { /* table.grow */
    TRY(rd_u32(c, &x));
    TRY(need_table(c, x));
    bool t64 = m->tables[x].limits.is64;
    TRY(pop_tidx(c, t64, &v[1]));
    TRY(pop(c, h_table_pt(&m->tables[x]), &v[0]));
    uint32_t dst = c->cur;
    TRY(push(c, t64 ? H_T_I64 : H_T_I32));
    if (live(c)) emit_ws(c, H_OP_TABLE_GROW, 4, (uint32_t[]){dst, x, v[0].loc, v[1].loc});
    /* table64: the i32 result (-1 on failure, else the old size < 2^31) sign-extended to i64 */
    if (t64 && live(c)) emit_ws(c, H_OP_I64_EXTEND_I32_S, 2, (uint32_t[]){dst, dst});
    return true;
  }
  case 16: /* table.size */
    TRY(rd_u32(c, &x));
    TRY(need_table(c, x));
    TRY(push_result_op(c, m->tables[x].limits.is64 ? H_T_I64 : H_T_I32, H_OP_TABLE_SIZE));
    if (live(c)) emit_w(c, x);
    return true;
  case 17: /* table.fill */
    TRY(rd_u32(c, &x));
    TRY(need_table(c, x));
    TRY(pop_tidx(c, m->tables[x].limits.is64, &v[2]));
    TRY(pop(c, h_table_pt(&m->tables[x]), &v[1]));
    TRY(pop_tidx(c, m->tables[x].limits.is64, &v[0]));
    if (live(c)) emit_ws(c, H_OP_TABLE_FILL, 4, (uint32_t[]){x, v[0].loc, v[1].loc, v[2].loc});
    return true;
  default:
    return MAL("illegal opcode");
  }
}

static bool op_fd(cc *c) {
  uint32_t code;
  TRY(rd_u32(c, &code));
  if (code == 12) { /* v128.const */
    uint32_t w[5];
    if ((size_t)(c->end - c->p) < 16) return MAL("unexpected end");
    for (unsigned i = 0; i < 4; i++)
      w[1 + i] = (uint32_t)c->p[4 * i] | (uint32_t)c->p[4 * i + 1] << 8 |
                 (uint32_t)c->p[4 * i + 2] << 16 | (uint32_t)c->p[4 * i + 3] << 24;
    c->p += 16;
    TRY(push_result_op(c, H_T_V128, H_OP_CONST128));
    if (live(c))
      for (unsigned i = 1; i < 5; i++) emit_w(c, w[i]);
    return true;
  }
  if (code >= 512 || !k_ops[512 + code].ok || (code >= 256 && !v3(c)))
    return MAL("illegal opcode");
  return gen_op(c, &k_ops[512 + code]);
}

/* A heap type immediate (ref.null) as the nullable reference type to it. */
static bool rd_heaptype(cc *c, h_vt *out) {
  if (!v3(c)) {
    uint8_t b = 0;
    TRY(rd_byte(c, &b));
    if (b != H_T_FUNCREF && b != H_T_EXTERNREF && b != H_T_EXNREF)
      return MAL("malformed reference type");
    *out = b;
    return true;
  }
  const char *msg = h_decode_heaptype(&c->p, c->end, out);
  if (msg) return MAL("%s", msg);
  uint32_t h = h_vt_heap(*out);
  if (h >= H_HT_IDX && h - H_HT_IDX >= c->m->ntypes) return BAD("unknown type %u", h - H_HT_IDX);
  *out = h_vt_fix(c->m, *out);
  return true;
}

/* br_on_null l (non_null false): branch to l with the values below the reference when it is null,
 * else continue with it as non-null. br_on_non_null l: branch with the reference (the label's last
 * type) when it is not null, else drop it. The reference stays in its home slot; the condition
 * (REF_IS_NULL) goes to the slot above. */
static bool op_br_on_null(cc *c, bool non_null) {
  uint32_t x;
  TRY(rd_u32(c, &x));
  if (x >= c->nctrls) return BAD("unknown label");
  uint32_t fi = c->nctrls - 1 - x;
  const h_vt *ts;
  uint32_t n;
  label_types(&c->ctrls[fi], &ts, &n);
  val r = {0}, cond = {0}, tmp = {0};
  TRY(pop(c, T_ANY, &r));
  if (r.type != T_UNKNOWN && !h_is_ref(h_vt_rep(r.type))) return BAD("type mismatch");
  h_vt nn = r.type == T_UNKNOWN ? T_UNKNOWN : r.type | H_VT_NONNULL;
  bool lv = live(c);
  if (non_null) {
    if (n == 0) return BAD("type mismatch");
    if (r.type != T_UNKNOWN && !h_vt_sub(c->m, nn, ts[n - 1])) return BAD("type mismatch");
  }
  TRY(push(c, nn));
  if (lv && r.loc != r.slot) emit_mov(c, nn, r.slot, r.loc);
  TRY(push_result_op(c, H_T_I32, H_OP_REF_IS_NULL));
  if (lv) emit_w(c, r.slot);
  TRY(pop(c, H_T_I32, &cond));
  if (!non_null) TRY(pop_k(c, T_ANY, &tmp));
  TRY(check_top(c, ts, n));
  da_branch(c, fi);
  if (lv) TRY(emit_br_if(c, fi, &cond, !non_null));
  if (top(c)->unreachable) {
    TRY(pop_types(c, ts, n));
    TRY(push_types(c, ts, n));
  } else {
    retype_top(c, ts, n);
  }
  if (non_null) TRY(pop_k(c, T_ANY, &tmp));
  else TRY(push(c, nn));
  c->cur_dst = NONE32;
  return true;
}

/* ---------------------------------------------------------------- garbage collection (0xFB) */

/* A storage type as the value type an access produces or takes (packed: i32). */
static inline h_vt unpacked(h_vt st) { return st == H_ST_I8 || st == H_ST_I16 ? H_T_I32 : st; }
static inline bool is_packed(h_vt st) { return st == H_ST_I8 || st == H_ST_I16; }
static inline h_vt ref_to(uint32_t x, bool nonnull) {
  return h_vt_make(H_T_ANYREF, nonnull, H_HT_IDX + x);
}

/* A type index immediate naming a type of kind `kind` (H_RTT_STRUCT or H_RTT_ARRAY). */
static bool rd_gctype(cc *c, uint8_t kind, const h_typeinfo **ti, uint32_t *x) {
  TRY(rd_u32(c, x));
  if (*x >= c->m->ntypes) return BAD("unknown type %u", *x);
  if (h_type_kind(c->m, *x) != kind)
    return BAD("type mismatch (type %u is not %s type)", *x, kind == H_RTT_STRUCT ? "a struct" : "an array");
  *ti = &c->m->tinfo[*x];
  return true;
}

static bool need_elem_seg(cc *c, uint32_t y, h_vt want) {
  if (y >= c->m->nelems) return BAD("unknown elem segment %u", y);
  if (!h_vt_sub(c->m, c->m->elems[y].ptype, want)) return BAD("type mismatch");
  return true;
}

/* Pops n values of types ts (push order) into consecutive home slots; returns the first slot. */
static bool pop_seq(cc *c, const h_vt *ts, uint32_t n, bool unpack, uint32_t *base) {
  if (live(c)) mat_top(c, n);
  val v = {0};
  for (uint32_t i = n; i-- > 0;) TRY(pop(c, unpack ? unpacked(ts[i]) : ts[i], &v));
  *base = c->cur;
  return true;
}

/* The top type of heap type vt's hierarchy, nullable (what ref.test and casts accept). */
static inline h_vt top_of(h_vt vt) { return h_vt_make(h_vt_rep(vt), false, H_HT_TOP); }

/* br_on_cast (fail false) / br_on_cast_fail (fail true): flags, label, rt1, rt2 (rt2 <: rt1). */
static bool op_br_on_cast(cc *c, bool on_fail) {
  uint8_t flags = 0;
  uint32_t x;
  TRY(rd_byte(c, &flags));
  if (flags > 3) return MAL("malformed br_on_cast flags");
  TRY(rd_u32(c, &x));
  h_vt t1, t2;
  TRY(rd_heaptype(c, &t1));
  TRY(rd_heaptype(c, &t2));
  if (!(flags & 1)) t1 |= H_VT_NONNULL;
  if (!(flags & 2)) t2 |= H_VT_NONNULL;
  if (x >= c->nctrls) return BAD("unknown label");
  if (!h_vt_sub(c->m, t2, t1)) return BAD("type mismatch");
  h_vt diff = (flags & 2) ? (t1 | H_VT_NONNULL) : t1;
  uint32_t fi = c->nctrls - 1 - x;
  const h_vt *ts;
  uint32_t n;
  label_types(&c->ctrls[fi], &ts, &n);
  if (n == 0) return BAD("type mismatch");
  h_vt brt = on_fail ? diff : t2, fall = on_fail ? t2 : diff;
  if (!h_vt_sub(c->m, brt, ts[n - 1])) return BAD("type mismatch");
  val r = {0}, cond = {0}, tmp = {0};
  TRY(pop(c, t1, &r));
  bool lv = live(c);
  TRY(push(c, brt));
  if (lv && r.loc != r.slot) emit_mov(c, brt, r.slot, r.loc);
  TRY(push_result_op(c, H_T_I32, H_OP_REF_TEST));
  if (lv) {
    emit_w(c, r.slot);
    emit_w(c, h_vt_heap(t2));
    emit_w(c, (flags & 2) ? 1 : 0);
  }
  TRY(pop(c, H_T_I32, &cond));
  TRY(check_top(c, ts, n));
  da_branch(c, fi);
  if (lv) TRY(emit_br_if(c, fi, &cond, !on_fail));
  if (top(c)->unreachable) {
    TRY(pop_types(c, ts, n));
    TRY(push_types(c, ts, n));
  } else {
    retype_top(c, ts, n);
  }
  TRY(pop_k(c, T_ANY, &tmp));
  TRY(push(c, fall));
  c->cur_dst = NONE32;
  return true;
}

static bool op_fb_body(cc *c);

/* Whether internal op may allocate on the GC heap (a stack-map site). */
static bool gc_alloc_op(unsigned op) {
  switch (op) {
  case H_OP_STRUCT_NEW: case H_OP_STRUCT_NEW_DEFAULT: case H_OP_ARRAY_NEW:
  case H_OP_ARRAY_NEW_DEFAULT: case H_OP_ARRAY_NEW_FIXED: case H_OP_ARRAY_NEW_DATA:
  case H_OP_ARRAY_NEW_ELEM: case H_OP_ANY_CONVERT_EXTERN: case H_OP_EXTERN_CONVERT_ANY:
    return true;
  default:
    return false;
  }
}

/* 0xFB instructions; an allocating one becomes a stack-map site, its map taken before its operands
 * are popped (they are the new object's initial values: live until it holds them). */
static bool op_fb(cc *c) {
  uint32_t n0 = c->ncode, g0 = c->ngs;
  if (live(c) && !c->validate_only) TRY(gc_site(c, H_GCMAP_ALLOC, NONE32));
  TRY(op_fb_body(c));
  if (c->ngs == g0) return true;
  /* The site is the allocating instruction this one emitted (after any moves), or none. */
  for (uint32_t i = n0; i < c->ncode; i += 1 + (c->code[i] == H_OP_BR_TABLE ? 3 + c->code[i + 2]
                                                                          : k_nw[c->code[i]]))
    if (gc_alloc_op(c->code[i])) {
      c->gs[g0].pos = i;
      return true;
    }
  c->ngmb = c->gs[g0].off;
  c->ngs = g0;
  return true;
}

static bool op_fb_body(cc *c) {
  uint32_t code, x, y;
  TRY(rd_u32(c, &code));
  if (!v3(c)) return MAL("illegal opcode");
  hearth_module *m = c->m;
  const h_typeinfo *ti, *tj;
  val v[5] = {{0}};
  uint32_t base;
  bool lv;
  switch (code) {
  case 0: /* struct.new x */
  case 1: /* struct.new_default x */
    TRY(rd_gctype(c, H_RTT_STRUCT, &ti, &x));
    if (code == 1) {
      for (uint32_t k = 0; k < ti->nfields; k++)
        if (!h_vt_defaultable(ti->ft[k])) return BAD("type mismatch (field %u has no default)", k);
      TRY(push_result_op(c, ref_to(x, true), H_OP_STRUCT_NEW_DEFAULT));
      if (live(c)) emit_w(c, x);
      return true;
    }
    TRY(pop_seq(c, ti->ft, ti->nfields, true, &base));
    lv = live(c);
    TRY(push_result_op(c, ref_to(x, true), H_OP_STRUCT_NEW));
    if (lv) {
      emit_w(c, x);
      emit_w(c, base);
    }
    c->cur_dst = NONE32;
    return true;
  case 2: case 3: case 4: /* struct.get(_s/_u) x y */
  case 5: /* struct.set x y */
    TRY(rd_gctype(c, H_RTT_STRUCT, &ti, &x));
    TRY(rd_u32(c, &y));
    if (y >= ti->nfields) return BAD("unknown field %u", y);
    if (code == 5) {
      if (!ti->fmut[y]) return BAD("immutable field %u", y);
      TRY(pop(c, unpacked(ti->ft[y]), &v[1]));
      TRY(pop(c, ref_to(x, false), &v[0]));
      if (live(c)) emit_ws(c, H_OP_STRUCT_SET, 4, (uint32_t[]){v[0].loc, v[1].loc, x, y});
      return true;
    }
    if (is_packed(ti->ft[y]) != (code != 2)) return BAD("type mismatch (field %u: packedness)", y);
    TRY(pop(c, ref_to(x, false), &v[0]));
    TRY(push_result_op(c, unpacked(ti->ft[y]), H_OP_STRUCT_GET));
    if (live(c)) {
      emit_w(c, v[0].loc);
      emit_w(c, x);
      emit_w(c, y | (code == 3 ? 0x80000000u : 0));
    }
    return true;
  case 6: /* array.new x */
  case 7: /* array.new_default x */
    TRY(rd_gctype(c, H_RTT_ARRAY, &ti, &x));
    TRY(pop(c, H_T_I32, &v[1]));
    if (code == 7) {
      if (!h_vt_defaultable(ti->ft[0])) return BAD("type mismatch (element has no default)");
      TRY(push_result_op(c, ref_to(x, true), H_OP_ARRAY_NEW_DEFAULT));
      if (live(c)) emit_w(c, x), emit_w(c, v[1].loc);
      return true;
    }
    TRY(pop(c, unpacked(ti->ft[0]), &v[0]));
    lv = live(c);
    TRY(push_result_op(c, ref_to(x, true), H_OP_ARRAY_NEW));
    if (lv) emit_w(c, x), emit_w(c, v[0].loc), emit_w(c, v[1].loc);
    c->cur_dst = NONE32;
    return true;
  case 8: { /* array.new_fixed x n */
    TRY(rd_gctype(c, H_RTT_ARRAY, &ti, &x));
    uint32_t n;
    TRY(rd_u32(c, &n));
    if (n > H_MAX_ARRAY_FIXED) return fail(c, HEARTH_ERR_LIMIT, "array.new_fixed of %u elements (limit %u)", n, (unsigned)H_MAX_ARRAY_FIXED);
    if (live(c)) mat_top(c, n);
    for (uint32_t i = 0; i < n; i++) TRY(pop(c, unpacked(ti->ft[0]), &v[0]));
    base = c->cur;
    lv = live(c);
    TRY(push_result_op(c, ref_to(x, true), H_OP_ARRAY_NEW_FIXED));
    if (lv) emit_w(c, x), emit_w(c, base), emit_w(c, n);
    c->cur_dst = NONE32;
    return true;
  }
  case 9: /* array.new_data x y */
  case 10: /* array.new_elem x y */
    TRY(rd_gctype(c, H_RTT_ARRAY, &ti, &x));
    TRY(rd_u32(c, &y));
    if (code == 9) {
      if (h_is_ref(h_vt_rep(ti->ft[0]))) return BAD("type mismatch (array.new_data of references)");
      TRY(need_datacount(c, y));
    } else {
      TRY(need_elem_seg(c, y, ti->ft[0]));
    }
    TRY(pop_i32s(c, v, 2));
    lv = live(c);
    TRY(push_result_op(c, ref_to(x, true), code == 9 ? H_OP_ARRAY_NEW_DATA : H_OP_ARRAY_NEW_ELEM));
    if (lv) emit_w(c, x), emit_w(c, y), emit_w(c, v[0].loc), emit_w(c, v[1].loc);
    c->cur_dst = NONE32;
    return true;
  case 11: case 12: case 13: /* array.get(_s/_u) x */
    TRY(rd_gctype(c, H_RTT_ARRAY, &ti, &x));
    if (is_packed(ti->ft[0]) != (code != 11)) return BAD("type mismatch (packedness)");
    TRY(pop(c, H_T_I32, &v[1]));
    TRY(pop(c, ref_to(x, false), &v[0]));
    lv = live(c);
    TRY(push_result_op(c, unpacked(ti->ft[0]), H_OP_ARRAY_GET));
    /* the element's storage type is static (a subtype of an array type has its storage type:
     * mutable elements are invariant, immutable ones covariant within one representation), so
     * the instruction carries it: jit.c emits one load, the interpreter reads no rtt for it */
    if (lv)
      emit_w(c, v[0].loc), emit_w(c, v[1].loc),
          emit_w(c, h_vt_rep(ti->ft[0]) | (code == 12 ? 0x80000000u : 0));
    return true;
  case 14: /* array.set x */
    TRY(rd_gctype(c, H_RTT_ARRAY, &ti, &x));
    if (!ti->fmut[0]) return BAD("immutable array");
    TRY(pop(c, unpacked(ti->ft[0]), &v[2]));
    TRY(pop(c, H_T_I32, &v[1]));
    TRY(pop(c, ref_to(x, false), &v[0]));
    /* the storage type in the top byte, as array.get's (type indices stay below 2^24) */
    _Static_assert(H_MAX_TYPES <= 1u << 24, "ARRAY_SET's type word");
    if (live(c))
      emit_ws(c, H_OP_ARRAY_SET, 4,
              (uint32_t[]){v[0].loc, v[1].loc, v[2].loc, x | (uint32_t)h_vt_rep(ti->ft[0]) << 24});
    return true;
  case 15: /* array.len */
    TRY(pop(c, h_vt_make(H_T_ANYREF, false, H_HT_ARRAY), &v[0]));
    lv = live(c);
    TRY(push_result_op(c, H_T_I32, H_OP_ARRAY_LEN));
    if (lv) emit_w(c, v[0].loc);
    return true;
  case 16: /* array.fill x */
    TRY(rd_gctype(c, H_RTT_ARRAY, &ti, &x));
    if (!ti->fmut[0]) return BAD("immutable array");
    TRY(pop(c, H_T_I32, &v[3]));
    TRY(pop(c, unpacked(ti->ft[0]), &v[2]));
    TRY(pop(c, H_T_I32, &v[1]));
    TRY(pop(c, ref_to(x, false), &v[0]));
    if (live(c))
      emit_ws(c, H_OP_ARRAY_FILL, 5, (uint32_t[]){v[0].loc, v[1].loc, v[2].loc, v[3].loc, x});
    return true;
  case 17: { /* array.copy x y */
    TRY(rd_gctype(c, H_RTT_ARRAY, &ti, &x));
    TRY(rd_gctype(c, H_RTT_ARRAY, &tj, &y));
    if (!ti->fmut[0]) return BAD("immutable array");
    h_vt a = ti->ft[0], b = tj->ft[0];
    bool ok = is_packed(a) || is_packed(b) ? a == b : h_vt_sub(m, b, a);
    if (!ok) return BAD("type mismatch");
    TRY(pop(c, H_T_I32, &v[4]));
    TRY(pop(c, H_T_I32, &v[3]));
    TRY(pop(c, ref_to(y, false), &v[2]));
    TRY(pop(c, H_T_I32, &v[1]));
    TRY(pop(c, ref_to(x, false), &v[0]));
    if (live(c))
      emit_ws(c, H_OP_ARRAY_COPY, 6,
              (uint32_t[]){v[0].loc, v[1].loc, v[2].loc, v[3].loc, v[4].loc, x});
    return true;
  }
  case 18: /* array.init_data x y */
  case 19: /* array.init_elem x y */
    TRY(rd_gctype(c, H_RTT_ARRAY, &ti, &x));
    TRY(rd_u32(c, &y));
    if (!ti->fmut[0]) return BAD("immutable array");
    if (code == 18) {
      if (h_is_ref(h_vt_rep(ti->ft[0]))) return BAD("type mismatch (array.init_data of references)");
      TRY(need_datacount(c, y));
    } else {
      TRY(need_elem_seg(c, y, ti->ft[0]));
    }
    TRY(pop(c, H_T_I32, &v[3]));
    TRY(pop(c, H_T_I32, &v[2]));
    TRY(pop(c, H_T_I32, &v[1]));
    TRY(pop(c, ref_to(x, false), &v[0]));
    if (live(c))
      emit_ws(c, code == 18 ? H_OP_ARRAY_INIT_DATA : H_OP_ARRAY_INIT_ELEM, 6,
              (uint32_t[]){v[0].loc, v[1].loc, v[2].loc, v[3].loc, x, y});
    return true;
  case 20: case 21: /* ref.test (ref null? ht) */
  case 22: case 23: { /* ref.cast (ref null? ht) */
    h_vt t;
    TRY(rd_heaptype(c, &t));
    bool null_ok = code == 21 || code == 23;
    TRY(pop(c, top_of(t), &v[0]));
    lv = live(c);
    if (code <= 21) TRY(push_result_op(c, H_T_I32, H_OP_REF_TEST));
    else TRY(push_result_op(c, null_ok ? t : t | H_VT_NONNULL, H_OP_REF_CAST));
    if (lv) emit_w(c, v[0].loc), emit_w(c, h_vt_heap(t)), emit_w(c, null_ok);
    return true;
  }
  case 24: case 25: /* br_on_cast(_fail) */
    return op_br_on_cast(c, code == 25);
  case 26: /* any.convert_extern */
  case 27: { /* extern.convert_any */
    h_valtype from = code == 26 ? H_T_EXTERNREF : H_T_ANYREF, to = code == 26 ? H_T_ANYREF : H_T_EXTERNREF;
    TRY(pop(c, from, &v[0]));
    bool nn = v[0].type != T_UNKNOWN && (v[0].type & H_VT_NONNULL);
    lv = live(c);
    TRY(push_result_op(c, h_vt_make(to, nn, H_HT_TOP), code == 26 ? H_OP_ANY_CONVERT_EXTERN : H_OP_EXTERN_CONVERT_ANY));
    if (lv) emit_w(c, v[0].loc);
    return true;
  }
  case 28: /* ref.i31 */
    TRY(pop(c, H_T_I32, &v[0]));
    lv = live(c);
    TRY(push_result_op(c, h_vt_make(H_T_ANYREF, true, H_HT_I31), H_OP_REF_I31));
    if (lv) emit_w(c, v[0].loc);
    return true;
  case 29: case 30: /* i31.get_s / i31.get_u */
    TRY(pop(c, h_vt_make(H_T_ANYREF, false, H_HT_I31), &v[0]));
    lv = live(c);
    TRY(push_result_op(c, H_T_I32, H_OP_I31_GET));
    if (lv) emit_w(c, v[0].loc), emit_w(c, code == 29);
    return true;
  default:
    return MAL("illegal opcode");
  }
}

/* ref.eq: two eqrefs compared as slot values (i31 encodings and object addresses are unique). */
static bool op_ref_eq(cc *c) {
  val a = {0}, b = {0};
  h_vt eq = h_vt_make(H_T_ANYREF, false, H_HT_EQ);
  TRY(pop(c, eq, &b));
  TRY(pop(c, eq, &a));
  bool lv = live(c);
  TRY(push_result_op(c, H_T_I32, H_OP_I64_EQ));
  if (lv) emit_w(c, a.loc), emit_w(c, b.loc);
  return true;
}

static bool op_select(cc *c, uint8_t op) {
  h_vt want = T_ANY;
  if (op == 0x1C) {
    uint32_t k;
    TRY(rd_u32(c, &k));
    if (k > (size_t)(c->end - c->p)) return MAL("unexpected end");
    for (uint32_t i = 0; i < k; i++) TRY(rd_valtype(c, &want));
    if (k != 1) return BAD("invalid result arity");
  }
  val cv = {0}, b = {0}, a = {0};
  TRY(pop(c, H_T_I32, &cv));
  TRY(pop(c, want, &b));
  TRY(pop(c, want, &a));
  h_vt t = want;
  if (op == 0x1B) {
    bool bn = b.type == T_UNKNOWN || h_is_num(b.type), an = a.type == T_UNKNOWN || h_is_num(a.type);
    bool bv = b.type == T_UNKNOWN || b.type == H_T_V128, av = a.type == T_UNKNOWN || a.type == H_T_V128;
    if (!((bn && an) || (bv && av))) return BAD("type mismatch");
    if (a.type != b.type && a.type != T_UNKNOWN && b.type != T_UNKNOWN) return BAD("type mismatch");
    t = b.type == T_UNKNOWN ? a.type : b.type;
  }
  TRY(push_result_op(c, t, t == H_T_V128 ? H_OP_SELECT128 : H_OP_SELECT));
  if (live(c)) {
    emit_w(c, a.loc);
    emit_w(c, b.loc);
    emit_w(c, cv.loc);
  }
  return true;
}

/* 3.0: local x (non-defaultable) is set from here to the end of the innermost frame. */
static bool local_init(cc *c, uint32_t x) {
  if (c->linit[x]) return true;
  if (c->nilog == c->cilog &&
      !h_array_grow((void **)&c->ilog, sizeof *c->ilog, &c->cilog, c->nilog + 1))
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  c->ilog[c->nilog++] = x;
  c->linit[x] = 1;
  return true;
}

/* Unmarks the locals set since frame f was entered (its end, else or catch). */
static void local_init_reset(cc *c, const ctrl *f) {
  while (c->nilog > f->ilog) c->linit[c->ilog[--c->nilog]] = 0;
}

static bool op_local_set(cc *c, uint8_t op) {
  uint32_t x, s;
  h_vt t;
  TRY(rd_u32(c, &x));
  TRY(local_of(c, x, &s, &t));
  if (H_UNLIKELY(c->has_nn) && !h_vt_defaultable(t)) TRY(local_init(c, x));
  if (x >= c->nparams && x - c->nparams < DA_MAX)
    c->da_cur.w[(x - c->nparams) / 64] |= 1ull << ((x - c->nparams) % 64);
  val v = {0};
  TRY(pop_k(c, t, &v));
  if (v.cst) { /* a constant goes straight to the local */
    mat_local(c, s);
    if (live(c)) emit_const(c, t, s, v.k);
  } else if (live(c) && fhead(c, s) == NONE32 && c->prev_dst != NONE32 && v.loc == v.slot &&
      c->prev_dst < c->ncode && c->code[c->prev_dst] == v.slot) {
    c->code[c->prev_dst] = s; /* the producer writes the local directly */
  } else {
    mat_local(c, s);
    if (live(c) && v.loc != s) emit_mov(c, t, s, v.loc);
  }
  if (op == 0x22) return live(c) ? push_fwd(c, t, s) : push(c, t);
  return true;
}

static bool op_block(cc *c, uint8_t op) {
  const h_vt *ps, *rs;
  uint32_t np, nr;
  TRY(rd_blocktype(c, true, &ps, &np, &rs, &nr));
  val cond = {0};
  if (op == 0x04) TRY(pop(c, H_T_I32, &cond));
  bool lv = live(c);
  mat_all(c);
  TRY(pop_types(c, ps, np));
  TRY(push_ctrl(c, op == 0x02 ? K_BLOCK : op == 0x03 ? K_LOOP : K_IF, ps, np, rs, nr, !lv));
  ctrl *f = top(c);
  if (lv) {
    if (op == 0x03) {
      f->start = c->ncode;
    } else if (op == 0x04) {
      f->else_fix = emit_cjump(c, &cond, false, false, &f->else_rel);
    }
  }
  return push_types(c, ps, np);
}

static bool op_else(cc *c) {
  ctrl *f = top(c);
  if (f->kind != K_IF) return MAL("else without matching if");
  TRY(check_end(c, f));
  if (live(c)) {
    mat_top(c, f->nresults);
    uint32_t at = c->ncode;
    emit_op(c, H_OP_BR);
    emit_w(c, 0);
    TRY(add_patch(c, f, at, at + 1));
  }
  if (f->else_fix != NONE32) {
    put(c, f->else_rel, c->ncode - f->else_fix);
    f->else_fix = NONE32;
  }
  da_and(&f->da_out, &c->da_cur); /* the then arm's end */
  c->da_cur = f->da_entry;
  local_init_reset(c, f);
  drop_to(c, f->height);
  c->cur = f->base;
  f->kind = K_ELSE;
  f->unreachable = false;
  return push_types(c, f->params, f->nparams);
}

/* Returns true with *done set at the function's final end. */
static bool op_end(cc *c, bool *done) {
  ctrl *f = top(c);
  if ((f->kind == K_TRY_TABLE || f->kind == K_TRY) && f->tgrp != H_EH_NONE)
    c->eg[f->tgrp].end = c->ncode;
  TRY(check_end(c, f));
  if (f->kind == K_IF) { /* no else: the params must do as the results */
    if (f->nparams != f->nresults) return BAD("type mismatch");
    for (uint32_t i = 0; i < f->nparams; i++)
      if (!h_vt_sub(c->m, f->params[i], f->results[i])) return BAD("type mismatch");
  }
  local_init_reset(c, f);
  bool lv = live(c);
  if (c->nctrls == 1) {
    if (lv) emit_return_seq(c);
    else emit_op(c, H_OP_UNREACHABLE); /* never reached; a guard against running off the end */
    if (c->p != c->end) return MAL("section size mismatch");
    *done = true;
    return true;
  }
  if (lv) mat_top(c, f->nresults);
  uint32_t label = c->ncode;
  resolve_patches(c, f, label);
  if (f->else_fix != NONE32) put(c, f->else_rel, label - f->else_fix);
  ctrl fr = *f;
  if (fr.kind != K_LOOP) da_and(&c->da_cur, &fr.da_out);
  if (fr.kind == K_IF) da_and(&c->da_cur, &fr.da_entry); /* no else: the condition was false */
  c->nctrls--;
  drop_to(c, fr.height);
  c->cur = fr.base;
  return push_types(c, fr.results, fr.nresults);
}

static bool op_br_table(cc *c) {
  uint32_t n;
  TRY(rd_u32(c, &n));
  if (n >= (size_t)(c->end - c->p)) return MAL("unexpected end");
  /* The index and the label values: constants are written before the table is emitted (the
   * stack is abandoned right after, so this is no extra work). */
  mat_top_consts(c, c->nvals - top(c)->height);
  uint32_t at = c->ncode;
  emit_op(c, H_OP_BR_TABLE);
  emit_w(c, 0);
  emit_w(c, n);
  for (uint32_t i = 0; i <= n; i++) {
    uint32_t l;
    TRY(rd_u32(c, &l));
    emit_w(c, l);
  }
  if (c->oom) return code_fail(c);
  val idx = {0};
  TRY(pop(c, H_T_I32, &idx));
  bool lv = live(c);
  c->code[at + 1] = idx.loc;
  uint32_t gen = ++c->gen;
  uint32_t dl = c->code[at + 3 + n];
  if (dl >= c->nctrls) return BAD("unknown label");
  const h_vt *ts;
  uint32_t arity;
  label_types(&c->ctrls[c->nctrls - 1 - dl], &ts, &arity);
  for (uint32_t i = 0; i <= n; i++) {
    uint32_t l = c->code[at + 3 + i];
    if (l >= c->nctrls) return BAD("unknown label");
    uint32_t fi = c->nctrls - 1 - l;
    ctrl *t = &c->ctrls[fi];
    da_branch(c, fi);
    if (t->gen != gen) {
      uint32_t ln;
      label_types(t, &ts, &ln);
      if (ln != arity) return BAD("type mismatch");
      TRY(check_top(c, ts, ln));
      t->gen = gen;
      t->stub = NONE32;
      if (lv && (fi == 0 || moves_needed(c, ln, t->base))) {
        t->stub = c->ncode;
        TRY(emit_br(c, fi));
        if (c->oom) return code_fail(c);
      }
    }
    if (!lv) continue;
    uint32_t rp = at + 3 + i;
    if (t->stub != NONE32) {
      c->code[rp] = t->stub - at;
    } else if (t->kind == K_LOOP) {
      c->code[rp] = t->start - at;
    } else {
      c->code[rp] = 0;
      TRY(add_patch(c, t, at, rp));
    }
  }
  if (!lv) c->ncode = at;
  set_unreachable(c);
  return true;
}

/* ---------------------------------------------------------------- exception handling */

/* A new handler group starting here (start is moved past landing pads by the caller). */
static bool eh_group(cc *c, uint32_t next, uint32_t *out) {
  if (c->neg == c->ceg && !h_array_grow((void **)&c->eg, sizeof *c->eg, &c->ceg, c->neg + 1))
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  c->eg[c->neg] = (h_eh_group){.start = c->ncode, .end = c->ncode, .next = next, .parent = next};
  *out = c->neg++;
  return true;
}

#define EH_HIDDEN 0x80000000u /* a clause's exn_slot that names hidden slot (value & ~flag) */
static bool eh_clause(cc *c, uint32_t g, uint32_t tag, uint32_t base, uint32_t exn_slot) {
  uint32_t c1 = c->cecl, c2 = c->cecg;
  if (!h_array_grow((void **)&c->ecl, sizeof *c->ecl, &c1, c->necl + 1) ||
      !h_array_grow((void **)&c->ecg, sizeof *c->ecg, &c2, c->necl + 1))
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  c->cecl = c1, c->cecg = c2;
  c->ecl[c->necl] = (h_eh_clause){.tag = tag, .pad = c->ncode, .base = base, .exn_slot = exn_slot};
  c->ecg[c->necl++] = g;
  return true;
}

/* A code word naming hidden slot k (compile adds the hidden slots' base). */
static bool emit_hidden(cc *c, uint32_t k) {
  if (c->nhp == c->chp && !h_array_grow((void **)&c->hpatch, sizeof *c->hpatch, &c->chp, c->nhp + 1))
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  c->hpatch[c->nhp++] = c->ncode;
  emit_w(c, k);
  return true;
}

/* The function's h_eh in final positions (finish_code's kmap: instructions before each index),
 * clauses sorted by group (stable) so that each group's are contiguous. */
static h_eh *eh_finish(cc *c, uint32_t hbase) {
  size_t sz = sizeof(h_eh) + (size_t)c->neg * sizeof(h_eh_group) + (size_t)c->necl * sizeof(h_eh_clause);
  h_eh *eh = h_malloc(sz);
  if (!eh) return NULL;
  eh->ngroups = c->neg;
  eh->nclauses = c->necl;
  eh->groups = (h_eh_group *)(eh + 1);
  eh->clauses = (h_eh_clause *)(eh->groups + c->neg);
  const uint32_t *before = c->kmap;
  for (uint32_t g = 0; g < c->neg; g++) {
    h_eh_group gr = c->eg[g];
    gr.start += before[gr.start];
    gr.end += before[gr.end];
    gr.first = gr.nclauses = 0;
    eh->groups[g] = gr;
  }
  for (uint32_t k = 0; k < c->necl; k++) eh->groups[c->ecg[k]].nclauses++;
  for (uint32_t g = 0, at = 0; g < c->neg; g++) {
    eh->groups[g].first = at;
    at += eh->groups[g].nclauses;
    eh->groups[g].nclauses = 0;
  }
  for (uint32_t k = 0; k < c->necl; k++) {
    h_eh_group *gr = &eh->groups[c->ecg[k]];
    h_eh_clause cl = c->ecl[k];
    cl.pad += before[cl.pad] + 1;
    if (cl.exn_slot != H_EH_NONE && (cl.exn_slot & EH_HIDDEN))
      cl.exn_slot = hbase + (cl.exn_slot & ~EH_HIDDEN);
    eh->clauses[gr->first + gr->nclauses++] = cl;
  }
  return eh;
}

static bool tag_type(cc *c, uint32_t x, const h_functype **out) {
  if (x >= c->m->ntags) return BAD("unknown tag %u", x);
  *out = &c->m->types[c->m->tag_type[x]];
  return true;
}

/* A catch clause delivering ft's params (ft NULL: none) and, with ref, an exnref to frame fi. */
static bool catch_matches(cc *c, uint32_t fi, const h_functype *ft, bool ref) {
  const h_vt *ts;
  uint32_t n, np = ft ? ft->nparams : 0;
  label_types(&c->ctrls[fi], &ts, &n);
  if (n != np + ref) return BAD("type mismatch");
  for (uint32_t i = 0; i < np; i++)
    if (!h_vt_sub(c->m, ft->pt[i], ts[i])) return BAD("type mismatch");
  if (ref && !h_vt_sub(c->m, H_T_EXNREF | H_VT_NONNULL, ts[np])) return BAD("type mismatch");
  return true;
}

/* One catch clause of try_table: kind (0 catch, 1 catch_ref, 2 catch_all, 3 catch_all_ref), tag,
 * label; validated against the frames outside the try_table. */
static bool rd_catch(cc *c, uint8_t *kind, uint32_t *tag, uint32_t *label, const h_functype **ft) {
  TRY(rd_byte(c, kind));
  if (*kind > 3) return MAL("malformed catch clause");
  *tag = H_EH_ALL;
  *ft = NULL;
  if (*kind < 2) {
    TRY(rd_u32(c, tag));
    TRY(tag_type(c, *tag, ft));
  }
  TRY(rd_u32(c, label));
  if (*label >= c->nctrls) return BAD("unknown label");
  return catch_matches(c, c->nctrls - 1 - *label, *ft, *kind & 1);
}

/* try_table bt catch* instr* end. In live code the catch clauses become landing pads placed before
 * the body (jumped over): each one is a branch, as if from just outside the try_table, with the
 * caught values as the top of the stack, which the unwinder writes into their home slots. */
static bool op_try_table(cc *c) {
  const h_vt *ps, *rs;
  uint32_t np, nr, n, tag, label;
  uint8_t kind;
  const h_functype *ft;
  TRY(rd_blocktype(c, true, &ps, &np, &rs, &nr));
  TRY(rd_u32(c, &n));
  if (n > (size_t)(c->end - c->p)) return MAL("unexpected end");
  const uint8_t *catches = c->p;
  for (uint32_t i = 0; i < n; i++) TRY(rd_catch(c, &kind, &tag, &label, &ft));
  bool lv = live(c);
  mat_all(c);
  TRY(pop_types(c, ps, np));
  uint32_t g = H_EH_NONE;
  if (lv) {
    const uint8_t *after = c->p;
    uint32_t skip = c->ncode, h = c->nvals;
    emit_op(c, H_OP_BR);
    emit_w(c, 0);
    TRY(eh_group(c, top(c)->grp, &g));
    c->p = catches;
    for (uint32_t i = 0; i < n; i++) {
      TRY(rd_catch(c, &kind, &tag, &label, &ft));
      uint32_t fi = c->nctrls - 1 - label, base = c->cur, xs = H_EH_NONE;
      TRY(eh_clause(c, g, tag, base, H_EH_NONE));
      if (ft) TRY(push_types(c, ft->pt, ft->nparams));
      if (kind & 1) {
        xs = c->cur;
        TRY(push(c, H_T_EXNREF | H_VT_NONNULL));
      }
      c->ecl[c->necl - 1].exn_slot = xs;
      da_branch(c, fi);
      TRY(emit_br(c, fi));
      drop_to(c, h);
    }
    c->p = after;
    put(c, skip + 1, c->ncode - skip);
  }
  TRY(push_ctrl(c, K_TRY_TABLE, ps, np, rs, nr, !lv));
  ctrl *f = top(c);
  if (g != H_EH_NONE) {
    c->eg[g].start = c->ncode;
    f->grp = f->tgrp = g;
  }
  return push_types(c, ps, np);
}

/* Legacy `try bt`: a block whose body is a handler group; its catches come later. */
static bool op_try(cc *c) {
  const h_vt *ps, *rs;
  uint32_t np, nr, g = H_EH_NONE;
  TRY(rd_blocktype(c, true, &ps, &np, &rs, &nr));
  bool lv = live(c);
  mat_all(c);
  TRY(pop_types(c, ps, np));
  TRY(push_ctrl(c, K_TRY, ps, np, rs, nr, !lv));
  if (lv) TRY(eh_group(c, top(c)->grp, &g));
  ctrl *f = top(c);
  f->hidden = c->nhidden++;
  if (g != H_EH_NONE) f->grp = f->tgrp = g;
  return push_types(c, ps, np);
}

/* Legacy `catch x` / `catch_all`: ends the try's body (or the previous catch) like `else` does,
 * and starts a landing pad that receives the payload as the stack's first values. */
static bool op_catch(cc *c, bool all) {
  ctrl *f = top(c);
  if (f->kind != K_TRY && f->kind != K_CATCH)
    return MAL(all ? "catch_all without try" : "catch without try");
  uint32_t x = H_EH_ALL;
  const h_functype *ft = NULL;
  if (!all) {
    TRY(rd_u32(c, &x));
    TRY(tag_type(c, x, &ft));
  }
  TRY(check_end(c, f));
  if (f->kind == K_TRY && f->tgrp != H_EH_NONE) c->eg[f->tgrp].end = c->ncode;
  if (live(c)) {
    mat_top(c, f->nresults);
    uint32_t at = c->ncode;
    emit_op(c, H_OP_BR);
    emit_w(c, 0);
    TRY(add_patch(c, f, at, at + 1));
  }
  da_and(&f->da_out, &c->da_cur);
  c->da_cur = f->da_entry;
  local_init_reset(c, f);
  drop_to(c, f->height);
  c->cur = f->base;
  f->kind = all ? K_CATCH_ALL : K_CATCH;
  f->unreachable = false;
  if (f->tgrp != H_EH_NONE) {
    f->grp = c->eg[f->tgrp].next;
    TRY(eh_clause(c, f->tgrp, x, f->base, EH_HIDDEN | f->hidden));
  }
  return ft ? push_types(c, ft->pt, ft->nparams) : true;
}

static bool op_end(cc *c, bool *done);

/* Legacy `delegate l`: ends the try; exceptions from its body go on as if thrown directly inside
 * label l (the handler group around code there), skipping the handlers in between. */
static bool op_delegate(cc *c) {
  ctrl *f = top(c);
  uint32_t l;
  if (f->kind != K_TRY) return MAL("delegate without try");
  TRY(rd_u32(c, &l));
  if (l >= c->nctrls - 1) return BAD("unknown label");
  if (f->tgrp != H_EH_NONE) {
    c->eg[f->tgrp].end = c->ncode;
    c->eg[f->tgrp].next = c->ctrls[c->nctrls - 2 - l].grp;
  }
  f->kind = K_BLOCK;
  f->tgrp = H_EH_NONE;
  bool done = false;
  return op_end(c, &done);
}

static bool body(cc *c, const h_functype *ft) {
  hearth_module *m = c->m;
  for (;;) {
    if (H_UNLIKELY(c->oom)) return code_fail(c);
    if (H_UNLIKELY(c->p >= c->end)) return MAL("END opcode expected");
    c->prev_dst = c->cur_dst;
    c->prev_op = c->cur_op;
    c->prev_end = c->ncode;
    c->cur_dst = NONE32;
    uint8_t op = *c->p++;
    uint32_t x;
    val a = {0}, b = {0};
    switch (op) {
    case 0x00: /* unreachable */
      if (live(c)) emit_op(c, H_OP_UNREACHABLE);
      set_unreachable(c);
      break;
    case 0x01: /* nop */
      break;
    case 0x02:
    case 0x03:
    case 0x04:
      TRY(op_block(c, op));
      break;
    case 0x05:
      TRY(op_else(c));
      break;
    case 0x0B: {
      bool done = false;
      TRY(op_end(c, &done));
      if (done) return true;
      break;
    }
    case 0x0C: /* br */
    case 0x0D: /* br_if */ {
      TRY(rd_u32(c, &x));
      if (x >= c->nctrls) return BAD("unknown label");
      uint32_t fi = c->nctrls - 1 - x;
      const h_vt *ts;
      uint32_t n;
      label_types(&c->ctrls[fi], &ts, &n);
      if (op == 0x0D) TRY(pop(c, H_T_I32, &a));
      TRY(check_top(c, ts, n));
      da_branch(c, fi);
      if (op == 0x0C) {
        if (live(c)) TRY(emit_br(c, fi));
        set_unreachable(c);
      } else if (live(c)) {
        TRY(emit_br_if(c, fi, &a, true));
        retype_top(c, ts, n);
      } else if (top(c)->unreachable) {
        TRY(pop_types(c, ts, n));
        TRY(push_types(c, ts, n));
      } else {
        retype_top(c, ts, n);
      }
      break;
    }
    case 0x0E:
      TRY(op_br_table(c));
      break;
    case 0x0F: /* return */
      TRY(check_top(c, ft->pt + ft->nparams, ft->nresults));
      if (live(c)) emit_return_seq(c);
      set_unreachable(c);
      break;
    case 0x10: /* call */
      TRY(rd_u32(c, &x));
      if (x >= m->nfuncs) return BAD("unknown function %u", x);
      if (x < m->nimported_funcs)
        TRY(do_call(c, &m->types[m->func_type[x]], H_OP_CALL_IMPORT, x, 0, NULL));
      else
        TRY(do_call(c, &m->types[m->func_type[x]], H_OP_CALL, x - m->nimported_funcs, 0, NULL));
      break;
    case 0x11: { /* call_indirect */
      uint32_t ti;
      TRY(rd_u32(c, &ti));
      TRY(rd_u32(c, &x));
      TRY(need_table(c, x));
      if (ti >= m->ntypes) return BAD("unknown type %u", ti);
      if (h_type_kind(m, ti) != H_RTT_FUNC) return BAD("type mismatch (not a function type)");
      if (!h_vt_sub(m, h_table_pt(&m->tables[x]), H_T_FUNCREF)) return BAD("type mismatch");
      TRY(pop_tidx(c, m->tables[x].limits.is64, &a));
      TRY(do_call(c, &m->types[ti], H_OP_CALL_INDIRECT, ti, x, &a));
      break;
    }
    case 0x12: /* return_call */
      TRY(rd_u32(c, &x));
      if (x >= m->nfuncs) return BAD("unknown function %u", x);
      if (x < m->nimported_funcs)
        TRY(do_return_call(c, &m->types[m->func_type[x]], H_OP_RETURN_CALL_IMPORT, x, 0, NULL));
      else
        TRY(do_return_call(c, &m->types[m->func_type[x]], H_OP_RETURN_CALL,
                           x - m->nimported_funcs, 0, NULL));
      break;
    case 0x13: { /* return_call_indirect */
      uint32_t ti;
      TRY(rd_u32(c, &ti));
      TRY(rd_u32(c, &x));
      TRY(need_table(c, x));
      if (ti >= m->ntypes) return BAD("unknown type %u", ti);
      if (h_type_kind(m, ti) != H_RTT_FUNC) return BAD("type mismatch (not a function type)");
      if (!h_vt_sub(m, h_table_pt(&m->tables[x]), H_T_FUNCREF)) return BAD("type mismatch");
      TRY(pop(c, H_T_I32, &a));
      TRY(do_return_call(c, &m->types[ti], H_OP_RETURN_CALL_INDIRECT, ti, x, &a));
      break;
    }
    case 0x06: /* try (legacy exception handling) */
      TRY(op_try(c));
      break;
    case 0x07: /* catch */
    case 0x19: /* catch_all */
      TRY(op_catch(c, op == 0x19));
      break;
    case 0x18: /* delegate */
      TRY(op_delegate(c));
      break;
    case 0x1F: /* try_table */
      TRY(op_try_table(c));
      break;
    case 0x08: { /* throw */
      const h_functype *tt = NULL;
      TRY(rd_u32(c, &x));
      TRY(tag_type(c, x, &tt));
      bool lv = live(c);
      if (lv) mat_top(c, tt->nparams);
      TRY(pop_types(c, tt->pt, tt->nparams));
      if (lv) {
        emit_op(c, H_OP_THROW);
        emit_w(c, x);
        emit_w(c, c->cur);
      }
      set_unreachable(c);
      break;
    }
    case 0x0A: /* throw_ref */
      TRY(pop(c, H_T_EXNREF, &a));
      if (live(c)) {
        emit_op(c, H_OP_THROW_REF);
        emit_w(c, a.loc);
      }
      set_unreachable(c);
      break;
    case 0x09: { /* rethrow (legacy): the exception caught by catch block l */
      TRY(rd_u32(c, &x));
      if (x >= c->nctrls) return BAD("unknown label");
      const ctrl *lf = &c->ctrls[c->nctrls - 1 - x];
      if (lf->kind != K_CATCH && lf->kind != K_CATCH_ALL) return BAD("invalid rethrow label");
      if (live(c)) {
        emit_op(c, H_OP_THROW_REF);
        TRY(emit_hidden(c, lf->hidden));
      }
      set_unreachable(c);
      break;
    }
    case 0x1A: /* drop */
      TRY(pop_k(c, T_ANY, &a));
      break;
    case 0x1B:
    case 0x1C:
      TRY(op_select(c, op));
      break;
    case 0x20: { /* local.get */
      uint32_t s;
      h_vt t;
      TRY(rd_u32(c, &x));
      TRY(local_of(c, x, &s, &t));
      if (H_UNLIKELY(c->has_nn) && !h_vt_defaultable(t) && x >= c->nparams && !c->linit[x])
        return BAD("uninitialized local %u", x);
      if (x >= c->nparams) {
        uint32_t i = x - c->nparams;
        if (i >= DA_MAX) c->da_untracked = true;
        else if (!(c->da_cur.w[i / 64] >> (i % 64) & 1)) c->da_need.w[i / 64] |= 1ull << (i % 64);
      }
      /* Dead code (and validate-only) needs no forwarding: a plain entry is cheaper to drop. */
      TRY(live(c) ? push_fwd(c, t, s) : push(c, t));
      /* Emits nothing: the instruction before stays "previous" for the fusions, which all check
       * that the operand they fold is that instruction's result by its home slot. */
      c->cur_dst = c->prev_dst;
      c->cur_op = c->prev_op;
      break;
    }
    case 0x21:
    case 0x22:
      TRY(op_local_set(c, op));
      break;
    case 0x23: /* global.get */
      TRY(rd_u32(c, &x));
      if (x >= m->nglobals) return BAD("unknown global %u", x);
      TRY(push_result_op(c, h_global_pt(&m->globals[x]),
                         m->globals[x].type == H_T_V128 ? H_OP_GLOBAL_GET128 : H_OP_GLOBAL_GET));
      if (live(c)) emit_w(c, x);
      break;
    case 0x24: /* global.set */
      TRY(rd_u32(c, &x));
      if (x >= m->nglobals) return BAD("unknown global %u", x);
      if (!m->globals[x].mut) return BAD("global is immutable");
      TRY(pop(c, h_global_pt(&m->globals[x]), &a));
      if (live(c))
        emit_ws(c, m->globals[x].type == H_T_V128 ? H_OP_GLOBAL_SET128 : H_OP_GLOBAL_SET, 2,
                (uint32_t[]){x, a.loc});
      break;
    case 0x25: /* table.get */
      TRY(rd_u32(c, &x));
      TRY(need_table(c, x));
      TRY(pop_tidx(c, m->tables[x].limits.is64, &a));
      TRY(push_result_op(c, h_table_pt(&m->tables[x]), H_OP_TABLE_GET));
      if (live(c)) emit_w(c, x), emit_w(c, a.loc);
      break;
    case 0x26: /* table.set */
      TRY(rd_u32(c, &x));
      TRY(need_table(c, x));
      TRY(pop(c, h_table_pt(&m->tables[x]), &b));
      TRY(pop_tidx(c, m->tables[x].limits.is64, &a));
      if (live(c)) emit_ws(c, H_OP_TABLE_SET, 3, (uint32_t[]){x, a.loc, b.loc});
      break;
    case 0x3F: /* memory.size */
      TRY(rd_memidx(c, &x));
      TRY(need_memx(c, x));
      if (x || m->mems[x].is64) {
        TRY(push_result_op(c, mem_at(m, x), H_OP_MEMORY_SIZE_X));
        if (live(c)) emit_w(c, x);
        break;
      }
      TRY(push_result_op(c, H_T_I32, H_OP_MEMORY_SIZE));
      break;
    case 0x40: /* memory.grow */
      TRY(rd_memidx(c, &x));
      TRY(need_memx(c, x));
      if (x || m->mems[x].is64) {
        TRY(pop(c, mem_at(m, x), &a));
        TRY(push_result_op(c, mem_at(m, x), H_OP_MEMORY_GROW_X));
        if (live(c)) emit_w(c, a.loc), emit_w(c, x);
        break;
      }
      TRY(pop(c, H_T_I32, &a));
      TRY(push_result_op(c, H_T_I32, H_OP_MEMORY_GROW));
      if (live(c)) emit_w(c, a.loc);
      break;
    case 0x41: { /* i32.const */
      int64_t v;
      TRY(rd_sleb(c, 32, &v));
      TRY(push_const(c, H_T_I32, (uint32_t)v));
      c->cur_dst = c->prev_dst; /* emits nothing, as local.get */
      c->cur_op = c->prev_op;
      break;
    }
    case 0x42: { /* i64.const */
      int64_t v;
      TRY(rd_sleb(c, 64, &v));
      TRY(push_const(c, H_T_I64, (uint64_t)v));
      c->cur_dst = c->prev_dst;
      c->cur_op = c->prev_op;
      break;
    }
    case 0x43: { /* f32.const */
      if (c->end - c->p < 4) return MAL("unexpected end");
      uint32_t w = (uint32_t)c->p[0] | (uint32_t)c->p[1] << 8 | (uint32_t)c->p[2] << 16 |
                   (uint32_t)c->p[3] << 24;
      c->p += 4;
      TRY(push_const(c, H_T_F32, w));
      c->cur_dst = c->prev_dst;
      c->cur_op = c->prev_op;
      break;
    }
    case 0x44: { /* f64.const */
      if (c->end - c->p < 8) return MAL("unexpected end");
      uint32_t lo = (uint32_t)c->p[0] | (uint32_t)c->p[1] << 8 | (uint32_t)c->p[2] << 16 |
                    (uint32_t)c->p[3] << 24;
      uint32_t hi = (uint32_t)c->p[4] | (uint32_t)c->p[5] << 8 | (uint32_t)c->p[6] << 16 |
                    (uint32_t)c->p[7] << 24;
      c->p += 8;
      TRY(push_const(c, H_T_F64, (uint64_t)lo | (uint64_t)hi << 32));
      c->cur_dst = c->prev_dst;
      c->cur_op = c->prev_op;
      break;
    }
    case 0xD0: { /* ref.null */
      h_vt t = 0;
      TRY(rd_heaptype(c, &t));
      TRY(push_result_op(c, t, H_OP_REF_NULL));
      break;
    }
    case 0xD1: /* ref.is_null */
      TRY(pop(c, T_ANY, &a));
      if (a.type != T_UNKNOWN && !h_is_ref(a.type)) return BAD("type mismatch");
      TRY(push_result_op(c, H_T_I32, H_OP_REF_IS_NULL));
      if (live(c)) emit_w(c, a.loc);
      break;
    case 0xD2: /* ref.func */
      TRY(rd_u32(c, &x));
      if (x >= m->nfuncs) return BAD("unknown function %u", x);
      if (!m->func_declared || !m->func_declared[x]) return BAD("undeclared function reference");
      TRY(push_result_op(c, v3(c) ? h_vt_make(H_T_FUNCREF, true, H_HT_IDX + m->func_type[x])
                                  : H_T_FUNCREF,
                         H_OP_REF_FUNC));
      if (live(c)) emit_w(c, x);
      break;
    case 0x14: /* call_ref */
    case 0x15: { /* return_call_ref */
      if (!v3(c)) return MAL("illegal opcode");
      uint32_t ti;
      TRY(rd_u32(c, &ti));
      if (ti >= m->ntypes) return BAD("unknown type %u", ti);
      if (h_type_kind(m, ti) != H_RTT_FUNC) return BAD("type mismatch (not a function type)");
      TRY(pop(c, h_vt_make(H_T_FUNCREF, false, H_HT_IDX + ti), &a));
      if (op == 0x14) TRY(do_call(c, &m->types[ti], H_OP_CALL_REF, ti, 0, &a));
      else TRY(do_return_call(c, &m->types[ti], H_OP_RETURN_CALL_REF, ti, 0, &a));
      break;
    }
    case 0xD4: /* ref.as_non_null */
      if (!v3(c)) return MAL("illegal opcode");
      TRY(pop(c, T_ANY, &a));
      if (a.type != T_UNKNOWN && !h_is_ref(h_vt_rep(a.type))) return BAD("type mismatch");
      TRY(push_result_op(c, a.type == T_UNKNOWN ? T_UNKNOWN : a.type | H_VT_NONNULL,
                         H_OP_REF_AS_NON_NULL));
      if (live(c)) emit_w(c, a.loc);
      break;
    case 0xD5: /* br_on_null */
    case 0xD6: /* br_on_non_null */
      if (!v3(c)) return MAL("illegal opcode");
      TRY(op_br_on_null(c, op == 0xD6));
      break;
    case 0xFB:
      TRY(op_fb(c));
      break;
    case 0xD3: /* ref.eq */
      if (!v3(c)) return MAL("illegal opcode");
      TRY(op_ref_eq(c));
      break;
    case 0xFC:
      TRY(op_fc(c));
      break;
    case 0xFD:
      TRY(op_fd(c));
      break;
    default:
      if (!k_ops[op].ok) return MAL("illegal opcode");
      TRY(gen_op(c, &k_ops[op]));
      break;
    }
  }
}

/* Locals declarations: fills c->groups (params first) and the slot layout. */
static bool locals(cc *c, const h_functype *ft, uint32_t *local_slots) {
  c->ngroups = 0;
  uint32_t slot = 0;
  for (uint32_t i = 0; i < ft->nparams; i++) {
    TRY(add_group(c, i, slot, ft->pt[i]));
    slot += h_slots(ft->params[i]);
  }
  c->has_nn = false;
  uint32_t n, idx = ft->nparams;
  uint64_t total = 0;
  TRY(rd_u32(c, &n));
  for (uint32_t i = 0; i < n; i++) {
    uint32_t cnt;
    h_vt t;
    TRY(rd_u32(c, &cnt));
    total += cnt;
    if (total > H_MAX_LOCALS) return MAL("too many locals");
    TRY(rd_valtype(c, &t));
    if (cnt == 0) continue;
    if (!h_vt_defaultable(t)) c->has_nn = true;
    TRY(add_group(c, idx, slot, t));
    idx += cnt;
    slot += cnt * h_slots(t);
  }
  c->nlocals = idx;
  *local_slots = slot - ft->param_slots;
  c->nilog = 0;
  if (c->has_nn) { /* 3.0: initialization of non-defaultable locals is tracked */
    if (idx > c->clinit) {
      uint8_t *li = h_realloc(c->linit, idx);
      if (!li) return fail(c, HEARTH_ERR_NOMEM, "out of memory");
      c->linit = li;
      c->clinit = idx;
    }
    memset(c->linit, 0, idx);
  }
  c->ltab = false;
  if (idx <= 64u + (uint32_t)(c->end - c->p)) { /* bounded by the body's size: linear overall */
    if (idx > c->clt) {
      uint32_t *ls = h_realloc(c->lslot, (size_t)idx * sizeof *ls);
      if (!ls) return fail(c, HEARTH_ERR_NOMEM, "out of memory");
      c->lslot = ls;
      h_vt *lt = h_realloc(c->ltype, (size_t)idx * sizeof *lt);
      if (!lt) return fail(c, HEARTH_ERR_NOMEM, "out of memory");
      c->ltype = lt;
      c->clt = idx;
    }
    for (uint32_t g = 0; g < c->ngroups; g++) {
      const lgroup *gr = &c->groups[g];
      uint32_t end = g + 1 < c->ngroups ? c->groups[g + 1].first : idx;
      unsigned w = h_slots(gr->type);
      for (uint32_t i = gr->first; i < end; i++) {
        c->lslot[i] = gr->slot + (i - gr->first) * w;
        c->ltype[i] = gr->type;
      }
    }
    c->ltab = true;
  }
  return true;
}

static void pairs_init(cc *c) {
  memset(c->cpair, 0, sizeof c->cpair);
  for (uint32_t j = 0; j < NCPAIRS; j++)
    for (uint32_t k = 0; k < NPAIRS; k++)
      if (k_pairs[k].a == k_cpairs[j].a && k_pairs[k].b == k_cpairs[j].b) {
        assert(k_cpairs[j].k >= 1 && k_cpairs[j].k <= CPAIR_MAXK);
        c->cpair[k][k_cpairs[j].k] = k_cpairs[j].p;
      }
  memset(c->pair_head, 0, sizeof c->pair_head);
  for (uint32_t k = NPAIRS; k-- > 0;) {
    c->pair_next[k] = c->pair_head[k_pairs[k].a];
    c->pair_head[k_pairs[k].a] = (uint16_t)(k + 1);
  }
}

/* Operand word (1-based) holding the branch offset of each branching op; 0 = none. BR_TABLE's
 * offsets are words 3 .. 3 + n. */
static const uint8_t k_relw[H_OP_COUNT] = {
    [H_OP_BR] = 1, [H_OP_BR_LOOP] = 1, [H_OP_BR_IF] = 2, [H_OP_BR_IFZ] = 2, [H_OP_BR_IF_LOOP] = 2,
#define Z_(name, res, t) [H_OP_BR_##name] = 3, [H_OP_BR_##name##_I] = 3,
    H_OPS_BRCMP(Z_)
#undef Z_
};

/* The final pass, from the compile-time layout (an instruction is its op number in one word, then
 * its operands; branch offsets count words between those op words) to the code the interpreter
 * runs (ops.h: a two-word opcode, h_interp_opword, a pair's when the instruction and the next one
 * form a listed pair; positions are those of the opcode's second word). Every instruction grows by
 * one word, so each branch offset is recomputed from the instruction counts before its source and
 * its target. Linear in the code size. Returns the new array (h_malloc'd, *n words) or NULL. */
/* True when m's code is for the loop with explicit bounds checks (an engine created with
 * no_signal_handler; interp.c h_run_checked). Modules made by hand in tests have no engine. */
static bool checked_code(const hearth_module *m) {
  return m->engine && m->engine->cfg.no_signal_handler;
}

static h_word *finish_code(cc *c, uint32_t *n_out) {
  const h_word *w = c->code;
  uint32_t n = c->ncode;
  if (c->ckmap < n + 1) {
    uint32_t *k = h_realloc(c->kmap, ((size_t)n + 1) * sizeof *k);
    if (!k) return NULL;
    c->kmap = k;
    c->ckmap = n + 1;
  }
  uint32_t *before = c->kmap; /* at each instruction start (and at n): instructions before it */
  uint32_t count = 0;
  for (uint32_t i = 0; i < n;) {
    unsigned op = w[i];
    assert(op < H_OP_COUNT);
    before[i] = count++;
    i += 1 + (op == H_OP_BR_TABLE ? 3 + w[i + 2] : k_nw[op]);
    assert(i <= n);
  }
  before[n] = count;
  h_word *out = h_malloc(((size_t)n + count) * sizeof *out);
  if (!out) return NULL;
  for (uint32_t i = 0; i < n;) {
    unsigned op = w[i];
    uint32_t nw = op == H_OP_BR_TABLE ? 3 + w[i + 2] : k_nw[op];
    uint32_t nx = i + 1 + nw;
    unsigned wop = op;
    if (nx < n)
      for (uint32_t k = c->pair_head[op]; k; k = c->pair_next[k - 1])
        if (k_pairs[k - 1].b == w[nx]) {
          wop = k_pairs[k - 1].p;
          /* Chained: A's result is a stack temporary (not a local) and B's operand word K, which
           * B pops (ops.h H_OPS_CPAIR), so B is its only reader. */
          for (uint32_t ck = 1; w[i + 1] >= c->stack_base && ck <= CPAIR_MAXK; ck++)
            if (c->cpair[k - 1][ck] && w[nx + ck] == w[i + 1]) {
              wop = c->cpair[k - 1][ck];
              break;
            }
          break;
        }
    /* A chained triple A;B;C: both links as for chained pairs (A's and B's destinations are
     * stack slots, read by the next instruction's listed operand). */
    if (k_triple_first[op] && nx < n && w[i + 1] >= c->stack_base) {
      uint32_t nx2 = nx + 1 + (w[nx] == H_OP_BR_TABLE ? 3 + w[nx + 2] : k_nw[w[nx]]);
      for (uint32_t t = 0; nx2 < n && t < NCTRIPLES; t++) {
        const ctripledef *d = &k_ctriples[t];
        if (d->a == op && d->b == w[nx] && d->c == w[nx2] && w[nx + d->kb] == w[i + 1] &&
            w[nx + 1] >= c->stack_base && w[nx2 + d->kc] == w[nx + 1]) {
          wop = d->t;
          break;
        }
      }
    }
    uint32_t at = i + before[i]; /* the opcode's first word */
    uint64_t ow = h_interp_opword_for(wop, checked_code(c->m));
    out[at] = (h_word)ow;
    out[at + 1] = (h_word)(ow >> 32);
    memcpy(out + at + 2, w + i + 1, (size_t)nw * sizeof *w);
    uint32_t r0 = k_relw[op], r1 = r0 + 1;
    if (op == H_OP_BR_TABLE) r0 = 3, r1 = 3 + w[i + 2] + 1;
    for (uint32_t r = r0; r0 && r < r1; r++) {
      uint32_t t = (uint32_t)((int32_t)i + (int32_t)w[i + r]);
      assert(t <= n);
      out[at + 1 + r] = (h_word)((int32_t)(t + before[t]) - (int32_t)(i + before[i]));
    }
    i = nx;
  }
  *n_out = n + count;
  return out;
}

/* The slots [*lo, *hi) a call must zero: every local that may be read before it is written. */
static void zero_range(cc *c, uint32_t param_slots, uint32_t local_slots, uint32_t *lo,
                       uint32_t *hi) {
  uint32_t end = param_slots + local_slots, a = end, b = param_slots;
  /* Tracked locals one by one; index DA_MAX stands for every untracked local (from it to the end:
   * slots grow with local indices). */
  for (uint32_t i = 0; i <= DA_MAX && c->nparams + i < c->nlocals; i++) {
    bool need = i < DA_MAX ? (c->da_need.w[i / 64] >> (i % 64) & 1) : c->da_untracked;
    if (!need) continue;
    uint32_t s;
    h_vt t;
    bool ok = local_of(c, c->nparams + i, &s, &t);
    assert(ok);
    (void)ok;
    if (s < a) a = s;
    uint32_t e = i < DA_MAX ? s + h_slots(t) : end;
    if (e > b) b = e;
  }
  if (a >= b) a = b = param_slots;
  *lo = a;
  *hi = b;
}

static bool finish_func(cc *c, const h_functype *ft, uint32_t tidx, uint32_t local_slots,
                        uint32_t frame, uint32_t hbase, uint32_t zlo, uint32_t zhi, h_cfunc *out);

static bool compile(cc *c, uint32_t defidx, h_cfunc *out) {
  hearth_module *m = c->m;
  uint32_t fidx = m->nimported_funcs + defidx;
  uint32_t tidx = m->func_type[fidx];
  assert(tidx < m->ntypes);
  const h_functype *ft = &m->types[tidx];
  const h_body *bd = &m->bodies[defidx];
  c->p = c->start = bd->start;
  c->end = bd->start + bd->len;
  c->ncode = c->nvals = c->nctrls = c->npt = 0;
  c->nfwd = c->ncst = 0;
  c->neg = c->necl = c->nhp = c->nhidden = 0;
  c->ngs = c->ngmb = 0;
  c->gs_valid = !c->validate_only;
  c->gs_ref = false;
  c->oom = c->too_big = false;
  c->prev_dst = c->cur_dst = NONE32;
  if (++c->stamp == 0) { /* wrapped: invalidate every stamp */
    if (c->cfwd) memset(c->fstamp, 0, c->cfwd * sizeof *c->fstamp);
    c->stamp = 1;
  }
  uint32_t local_slots = 0;
  TRY(locals(c, ft, &local_slots));
  uint32_t nslots = ft->param_slots + local_slots;
  if (nslots > c->cfwd) {
    uint32_t old = c->cfwd;
    uint32_t *f1 = h_realloc(c->fwd, (size_t)nslots * sizeof *f1);
    if (!f1) return fail(c, HEARTH_ERR_NOMEM, "out of memory");
    c->fwd = f1;
    uint32_t *f2 = h_realloc(c->fstamp, (size_t)nslots * sizeof *f2);
    if (!f2) return fail(c, HEARTH_ERR_NOMEM, "out of memory");
    c->fstamp = f2;
    memset(c->fstamp + old, 0, (size_t)(nslots - old) * sizeof *f2);
    c->cfwd = nslots;
  }
  c->stack_base = c->cur = c->maxs = nslots;
  c->nparams = ft->nparams;
  c->da_cur = c->da_need = (da_set){{0}};
  c->da_untracked = false;
  /* Validate-only: the whole body is dead code, which the single pass validates exactly as live
   * code but without emission (br_table and the final guard still use the scratch buffer). */
  TRY(push_ctrl(c, K_FUNC, NULL, 0, ft->pt + ft->nparams, ft->nresults, c->validate_only));
  TRY(body(c, ft));
  if (c->oom) return code_fail(c);
  if (c->validate_only) {
    *out = (h_cfunc){.code = NULL, .ncode = 0, .param_slots = ft->param_slots,
                     .local_slots = local_slots, .frame_slots = 0,
                     .result_slots = ft->result_slots, .type = tidx};
    return true;
  }
  uint32_t frame = c->maxs;
  if (frame < ft->result_slots) frame = ft->result_slots;
  uint32_t hbase = frame; /* hidden slots (legacy try's caught exceptions) go above everything */
  for (uint32_t k = 0; k < c->nhp; k++) c->code[c->hpatch[k]] += hbase;
  frame += c->nhidden;
  if (frame > MAX_FRAME_SLOTS) return fail(c, HEARTH_ERR_LIMIT, "function frame too large");
  uint32_t zlo, zhi;
  zero_range(c, ft->param_slots, local_slots, &zlo, &zhi);
  return finish_func(c, ft, tidx, local_slots, frame, hbase, zlo, zhi, out);
}

/* compile's last step, shared with the code cache's path (compile_cached): c->code (c->ncode
 * words in compile-time layout, hidden slots patched; c->stack_base and c->neg set) becomes the
 * function's code, exception handlers and machine code in *out. */
static bool finish_func(cc *c, const h_functype *ft, uint32_t tidx, uint32_t local_slots,
                        uint32_t frame, uint32_t hbase, uint32_t zlo, uint32_t zhi, h_cfunc *out) {
  uint32_t ncode;
  h_word *code = finish_code(c, &ncode);
  if (!code) return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  h_eh *eh = NULL;
  if (c->neg && !(eh = eh_finish(c, hbase))) {
    h_free(code);
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  }
  bool oom;
  const h_gcmap *gm = gcmap_finish(c, &oom);
  if (oom) {
    h_free(code);
    h_free(eh);
    return fail(c, HEARTH_ERR_NOMEM, "out of memory");
  }
  h_jit_func *jf = NULL;
  h_cfunc layout = {.param_slots = ft->param_slots, .local_slots = local_slots, .zero_lo = zlo,
                    .zero_n = zhi - zlo, .frame_slots = frame};
  /* Machine code relies on guard pages: none for engines that check bounds explicitly. A function
   * with exception handlers stays interpreted (its landing pads are entered by the unwinder, which
   * machine code does not know as entry points); throws and calls leave machine code anyway.
   * GC functions get machine code too: jit.c keeps every slot in the frame before a helper or a
   * call and publishes the frame for the collector as the interpreter does. */
  if (H_JIT && !checked_code(c->m) && !eh)
    h_jit_compile(c->m, c->code, c->ncode, c->kmap, k_nw, code, ncode, &jf, &layout, c->kept);
  *out = (h_cfunc){.code = code, .jit = jf, .eh = eh, .gcmap = gm, .ncode = ncode,
                   .param_slots = ft->param_slots, .local_slots = local_slots, .zero_lo = zlo,
                   .zero_n = zhi - zlo, .frame_slots = frame, .result_slots = ft->result_slots,
                   .type = tidx};
  return true;
}

/* ---------------------------------------------------------------- syntax-only scan */

/* A value type, syntax only (no type index check). */
static bool scan_vt(cc *c, h_vt *out) {
  const char *msg = h_decode_vt(&c->p, c->end, v3(c), out);
  if (msg) {
    if (c->p < c->end) c->p++;
    return MAL("%s", msg);
  }
  return true;
}

/* Decodes a body without validating it: after a validation error, a later decoding error must win
 * (a binary is malformed before it is invalid). */
static bool scan(cc *c, uint32_t defidx) {
  const h_body *bd = &c->m->bodies[defidx];
  c->p = c->start = bd->start;
  c->end = bd->start + bd->len;
  uint32_t n, x, depth = 1;
  uint64_t off64;
  uint64_t total = 0;
  uint8_t t = 0;
  h_vt vt;
  TRY(rd_u32(c, &n));
  for (uint32_t i = 0; i < n; i++) {
    TRY(rd_u32(c, &x));
    total += x;
    if (total > H_MAX_LOCALS) return MAL("too many locals");
    TRY(scan_vt(c, &vt));
  }
  while (depth) {
    if (c->p >= c->end) return MAL("END opcode expected");
    uint8_t op = *c->p++;
    const h_vt *ps, *rs;
    uint32_t np, nr;
    int64_t v;
    switch (op) {
    case 0x00: case 0x01: case 0x05: case 0x0F: case 0x1A: case 0x1B: case 0xD1:
    case 0x0A: case 0x19:
      break;
    case 0x02: case 0x03: case 0x04: case 0x06:
      TRY(rd_blocktype(c, false, &ps, &np, &rs, &nr));
      depth++;
      break;
    case 0x1F: /* try_table */
      TRY(rd_blocktype(c, false, &ps, &np, &rs, &nr));
      TRY(rd_u32(c, &n));
      if (n > (size_t)(c->end - c->p)) return MAL("unexpected end");
      for (uint32_t i = 0; i < n; i++) {
        TRY(rd_byte(c, &t));
        if (t > 3) return MAL("malformed catch clause");
        if (t < 2) TRY(rd_u32(c, &x));
        TRY(rd_u32(c, &x));
      }
      depth++;
      break;
    case 0x18: /* delegate: ends its try */
      TRY(rd_u32(c, &x));
      depth--;
      break;
    case 0x0B:
      depth--;
      break;
    case 0x0C: case 0x0D: case 0x10: case 0x20: case 0x21: case 0x22: case 0x23: case 0x24:
    case 0x25: case 0x26: case 0xD2: case 0x12: case 0x07: case 0x08: case 0x09:
      TRY(rd_u32(c, &x));
      break;
    case 0x13:
      TRY(rd_u32(c, &x));
      TRY(rd_u32(c, &x));
      break;
    case 0x0E:
      TRY(rd_u32(c, &n));
      if (n >= (size_t)(c->end - c->p)) return MAL("unexpected end");
      for (uint32_t i = 0; i <= n; i++) TRY(rd_u32(c, &x));
      break;
    case 0x11:
      TRY(rd_u32(c, &x));
      TRY(rd_u32(c, &x));
      break;
    case 0x1C:
      TRY(rd_u32(c, &n));
      if (n > (size_t)(c->end - c->p)) return MAL("unexpected end");
      for (uint32_t i = 0; i < n; i++) TRY(scan_vt(c, &vt));
      break;
    case 0x3F: case 0x40:
      TRY(rd_memidx(c, &x));
      break;
    case 0x41: TRY(rd_sleb(c, 32, &v)); break;
    case 0x42: TRY(rd_sleb(c, 64, &v)); break;
    case 0x43: TRY(skip(c, 4)); break;
    case 0x44: TRY(skip(c, 8)); break;
    case 0xD0:
      if (v3(c)) {
        const char *msg = h_decode_heaptype(&c->p, c->end, &vt);
        if (msg) return MAL("%s", msg);
        break;
      }
      TRY(rd_byte(c, &t));
      if (t != H_T_FUNCREF && t != H_T_EXTERNREF && t != H_T_EXNREF)
        return MAL("malformed reference type");
      break;
    case 0x14: case 0x15: case 0xD5: case 0xD6: /* call_ref, return_call_ref, br_on_(non_)null */
      if (!v3(c)) return MAL("illegal opcode");
      TRY(rd_u32(c, &x));
      break;
    case 0xD4: /* ref.as_non_null */
    case 0xD3: /* ref.eq */
      if (!v3(c)) return MAL("illegal opcode");
      break;
    case 0xFB: /* garbage collection: immediates (op_fb) */
      if (!v3(c)) return MAL("illegal opcode");
      TRY(rd_u32(c, &x));
      switch (x) {
      case 0: case 1: case 6: case 7: case 11: case 12: case 13: case 14: case 16:
        TRY(rd_u32(c, &n));
        break;
      case 2: case 3: case 4: case 5: case 8: case 9: case 10: case 17: case 18: case 19:
        TRY(rd_u32(c, &n));
        TRY(rd_u32(c, &n));
        break;
      case 15: case 26: case 27: case 28: case 29: case 30: break;
      case 20: case 21: case 22: case 23: {
        const char *msg = h_decode_heaptype(&c->p, c->end, &vt);
        if (msg) return MAL("%s", msg);
        break;
      }
      case 24: case 25: {
        TRY(rd_byte(c, &t));
        TRY(rd_u32(c, &n));
        for (int k = 0; k < 2; k++) {
          const char *msg = h_decode_heaptype(&c->p, c->end, &vt);
          if (msg) return MAL("%s", msg);
        }
        break;
      }
      default: return MAL("illegal opcode");
      }
      break;
    case 0xFC:
      TRY(rd_u32(c, &x));
      switch (x) {
      case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: break;
      case 8:
        TRY(rd_u32(c, &x));
        TRY(rd_memidx(c, &x));
        if (!c->m->has_datacount && c->m->ndatas > 0) return MAL("data count section required");
        break;
      case 9:
        TRY(rd_u32(c, &x));
        if (!c->m->has_datacount && c->m->ndatas > 0) return MAL("data count section required");
        break;
      case 10: TRY(rd_memidx(c, &x)); TRY(rd_memidx(c, &x)); break;
      case 11: TRY(rd_memidx(c, &x)); break;
      case 12: case 14: TRY(rd_u32(c, &x)); TRY(rd_u32(c, &x)); break;
      case 13: case 15: case 16: case 17: TRY(rd_u32(c, &x)); break;
      default: return MAL("illegal opcode");
      }
      break;
    case 0xFD:
      TRY(rd_u32(c, &x));
      if (x == 12) {
        TRY(skip(c, 16));
        break;
      }
      if (x >= 512 || !k_ops[512 + x].ok || (x >= 256 && !v3(c))) return MAL("illegal opcode");
      switch (k_ops[512 + x].shape) {
      case H_SH_LOAD: case H_SH_STORE: TRY(rd_memarg(c, &x, &n, &off64)); break;
      case H_SH_LOAD_LANE: case H_SH_STORE_LANE:
        TRY(rd_memarg(c, &x, &n, &off64));
        TRY(skip(c, 1));
        break;
      case H_SH_LANE: case H_SH_REPLACE: TRY(skip(c, 1)); break;
      case H_SH_SHUFFLE: TRY(skip(c, 16)); break;
      default: break;
      }
      break;
    default:
      if (!k_ops[op].ok) return MAL("illegal opcode");
      if (k_ops[op].shape == H_SH_LOAD || k_ops[op].shape == H_SH_STORE)
        TRY(rd_memarg(c, &x, &n, &off64));
      break;
    }
  }
  if (c->p != c->end) return MAL("section size mismatch");
  return true;
}

/* ---------------------------------------------------------------- entry points */

static void cc_fini(cc *c) {
  h_free(c->code);
  h_free(c->gs);
  h_free(c->gmb);
  h_free(c->gser);
  h_free(c->kmap);
  h_free(c->vals);
  h_free(c->ctrls);
  h_free(c->pt);
  h_free(c->eg);
  h_free(c->ecl);
  h_free(c->ecg);
  h_free(c->hpatch);
  h_free(c->groups);
  h_free(c->lslot);
  h_free(c->ltype);
  h_free(c->linit);
  h_free(c->ilog);
  for (size_t k = 0; k < sizeof c->btchunk / sizeof c->btchunk[0]; k++) h_free(c->btchunk[k]);
  h_free(c->fwd);
  h_free(c->fstamp);
}

static hearth_status report(cc *c, uint32_t defidx) {
  hearth_module *m = c->m;
  return h_err(c->st, "%s (function %u, body offset 0x%x)", c->msg, m->nimported_funcs + defidx,
               m->bodies[defidx].offset + c->err_off);
}

static hearth_status compile_one(cc *c, uint32_t defidx, h_cfunc *out) {
  c->st = HEARTH_OK;
  c->kept = NULL;
  if (compile(c, defidx, out)) return HEARTH_OK;
  return report(c, defidx);
}

hearth_status h_compile_function(hearth_module *m, uint32_t defidx, h_cfunc *out) {
  if (defidx >= m->nfuncs - m->nimported_funcs)
    return h_err(HEARTH_ERR_ARGUMENT, "no defined function %u", defidx);
  cc c;
  memset(&c, 0, sizeof c);
  c.m = m;
  pairs_init(&c);
  hearth_status st = compile_one(&c, defidx, out);
  cc_fini(&c);
  return st;
}

hearth_status h_compile_module(hearth_module *m) {
  if (m->code) return HEARTH_OK;
  uint32_t ndef = m->nfuncs - m->nimported_funcs;
  h_cfunc *code = h_calloc(ndef ? ndef : 1, sizeof *code);
  if (!code) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  cc c;
  memset(&c, 0, sizeof c);
  c.m = m;
  c.validate_only = H_LAZY_COMPILE;
  pairs_init(&c);
  hearth_status st = HEARTH_OK;
  for (uint32_t i = 0; i < ndef; i++) {
    st = compile_one(&c, i, &code[i]);
    if (st == HEARTH_OK) continue;
    if (st == HEARTH_ERR_INVALID) { /* a decoding error anywhere in the code section wins */
      for (uint32_t j = i; j < ndef; j++) { /* the INVALID detail stays unless a scan fails */
        c.st = HEARTH_OK;
        if (!scan(&c, j) && c.st == HEARTH_ERR_MALFORMED) {
          st = report(&c, j);
          break;
        }
      }
    }
    for (uint32_t j = 0; j < i; j++) {
      h_free(code[j].code);
      h_free(code[j].eh);
      h_gcmap_free(code[j].gcmap);
    }
    h_free(code);
    cc_fini(&c);
    return st;
  }
  cc_fini(&c);
  m->code = code;
  return HEARTH_OK;
}

/* compile_cached's answer when the entry's stack maps do not fit its code (not an error). */
#define H_CACHE_MAPS_REFUSED HEARTH_STATUS_COUNT

/* A function from the code cache (h_cache_code_find): its compile-time code, as compile left it for
 * an earlier process of this build, is finished (pairs, handler addresses, machine code) without
 * decoding or validating the body again; the entry's checksum and key make it this build's output
 * for these exact module bytes (README "Code cache"). The words are still walked here, so that even
 * a wrong entry cannot make finish_code read outside them: opcodes in range, instructions and
 * branch targets inside the code, frame and zeroed range inside their limits. */
static hearth_status compile_cached(cc *c, uint32_t defidx, const h_cache_fcode *fc,
                                    h_cfunc *out) {
  hearth_module *m = c->m;
  uint32_t tidx = m->func_type[m->nimported_funcs + defidx];
  const h_functype *ft = &m->types[tidx];
  uint32_t local_slots = m->code[defidx].local_slots, n = fc->nwords;
  const h_word *w = fc->words;
  bool ok = n > 0 && fc->stack_base == ft->param_slots + local_slots &&
            fc->frame >= fc->stack_base && fc->frame >= ft->result_slots &&
            fc->frame <= MAX_FRAME_SLOTS && fc->zero_lo <= fc->stack_base &&
            fc->zero_n <= fc->stack_base - fc->zero_lo;
  if (ok && c->ckmap < n + 1) { /* kmap (finish_code's scratch) marks instruction starts here */
    uint32_t *k = h_realloc(c->kmap, ((size_t)n + 1) * sizeof *k);
    if (!k) return h_err(HEARTH_ERR_NOMEM, "out of memory");
    c->kmap = k;
    c->ckmap = n + 1;
  }
  if (ok) memset(c->kmap, 0, ((size_t)n + 1) * sizeof *c->kmap);
  for (uint32_t i = 0; ok && i < n;) {
    unsigned op = w[i];
    ok = op < H_OP_COUNT && (op != H_OP_BR_TABLE || (i + 2 < n && w[i + 2] < n));
    if (!ok) break;
    uint32_t nw = op == H_OP_BR_TABLE ? 3 + w[i + 2] : k_nw[op];
    ok = nw < n - i;
    c->kmap[i] = 1;
    i += 1 + nw;
  }
  if (ok) c->kmap[n] = 1;
  for (uint32_t i = 0; ok && i < n;) {
    unsigned op = w[i];
    uint32_t nw = op == H_OP_BR_TABLE ? 3 + w[i + 2] : k_nw[op];
    uint32_t r0 = k_relw[op], r1 = r0 + 1;
    if (op == H_OP_BR_TABLE) r0 = 3, r1 = 3 + w[i + 2] + 1;
    for (uint32_t r = r0; ok && r0 && r < r1; r++) {
      int64_t t = (int64_t)i + (int32_t)w[i + r];
      ok = t >= 0 && t <= (int64_t)n && c->kmap[t];
    }
    i += 1 + nw;
  }
  if (!ok)
    return h_err(HEARTH_ERR_LIMIT, "function %u: its code cache entry is malformed",
                 m->nimported_funcs + defidx);
  if (n > c->ccode && !h_array_grow((void **)&c->code, sizeof(h_word), &c->ccode, n))
    return h_err(HEARTH_ERR_NOMEM, "out of memory");
  memcpy(c->code, w, (size_t)n * sizeof *w);
  c->ncode = n;
  c->stack_base = fc->stack_base;
  c->neg = c->necl = 0;
  /* The stack maps of the fresh compile, checked against this code; refused maps make the caller
   * compile the body afresh (H_CACHE_MAPS_REFUSED), never scan with a map that may be wrong. */
  if (!gcmap_load(c, fc->gmap, fc->ngmap, n, fc->frame)) return H_CACHE_MAPS_REFUSED;
  c->st = HEARTH_OK;
  c->kept = w;
  bool done = finish_func(c, ft, tidx, local_slots, fc->frame, fc->frame, fc->zero_lo,
                          fc->zero_lo + fc->zero_n, out);
  c->kept = NULL;
  if (done) return HEARTH_OK;
  return report(c, defidx);
}

const h_word *h_compile_lazy(hearth_module *m, const h_cfunc *f) {
  const h_word *w = h_cfunc_code(f);
  if (w) return w;
  assert(f >= m->code && f < m->code + (m->nfuncs - m->nimported_funcs));
  h_cfunc *cf = (h_cfunc *)(uintptr_t)f; /* module-owned: only this path writes it */
  pthread_mutex_lock(&m->compile_lock);
  w = __atomic_load_n(&cf->code, __ATOMIC_RELAXED); /* another thread may have won the race */
  cc *c = m->compile_scratch;
  if (!w && !c && (c = h_calloc(1, sizeof *c)) != NULL) { /* kept: scratch arrays are reused */
    c->m = m;
    pairs_init(c);
    m->compile_scratch = c;
  }
  if (!w && !c) h_err(HEARTH_ERR_NOMEM, "out of memory");
  if (!w && c) {
    h_cfunc out;
    uint32_t defidx = (uint32_t)(cf - m->code);
    h_cache_fcode fc; /* the code cache (cache.c): compiled by an earlier run of this build */
    bool from_cache = h_cache_code_find(m, defidx, &fc);
    hearth_status cst =
        from_cache ? compile_cached(c, defidx, &fc, &out) : compile_one(c, defidx, &out);
    if (cst == H_CACHE_MAPS_REFUSED) { /* the entry's maps are not its code's: compile afresh */
      from_cache = false;
      cst = compile_one(c, defidx, &out);
    }
    /* Cached with its stack maps (their sites in compile-time positions, gcmap_serialize), so
     * that its frames are scanned as a fresh compile's; not a function without maps (gcmap NULL)
     * or with exception handlers (compile_cached does not rebuild them). */
    if (cst == HEARTH_OK && !from_cache && !out.eh && out.gcmap) {
      const h_word *gw;
      uint32_t ngw = gcmap_serialize(c, &gw);
      if (ngw != UINT32_MAX)
        h_cache_code_put(m, defidx, c->code, c->ncode, c->stack_base, &out, gw, ngw, 0);
    }
    if (cst == HEARTH_OK && (out.param_slots != cf->param_slots ||
                             out.local_slots != cf->local_slots)) { /* a lying cache entry */
      h_free(out.code);
      h_free(out.eh);
      h_gcmap_free(out.gcmap);
      if (H_JIT) h_jit_func_free(out.jit);
      h_err(HEARTH_ERR_LIMIT, "function %u disagrees with its code cache entry",
            (unsigned)(cf - m->code));
      cst = HEARTH_ERR_LIMIT;
    }
    if (cst == HEARTH_OK) {
      cf->ncode = out.ncode;
      cf->frame_slots = out.frame_slots;
      cf->zero_lo = out.zero_lo;
      cf->zero_n = out.zero_n;
      cf->eh = out.eh;
      cf->gcmap = out.gcmap;
      /* after the layout: machine code's direct calls read jit alone (jit.c emit_call_to) */
      __atomic_store_n(&cf->jit, out.jit, __ATOMIC_RELEASE);
      __atomic_store_n(&cf->code, out.code, __ATOMIC_RELEASE);
      w = out.code;
    }
    if (c->ccode > (1u << 20)) { /* the module keeps the scratch: not one giant's code buffer */
      h_free(c->code);
      c->code = NULL;
      c->ccode = 0;
      h_free(c->kmap);
      c->kmap = NULL;
      c->ckmap = 0;
    }
  }
  pthread_mutex_unlock(&m->compile_lock);
  return w;
}

void h_compile_scratch_free(hearth_module *m) {
  cc *c = m->compile_scratch;
  if (!c) return;
  cc_fini(c);
  h_free(c);
  m->compile_scratch = NULL;
}
