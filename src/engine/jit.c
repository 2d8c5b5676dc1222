/* jit.c: the baseline compiling tier: x86-64 machine code for a function's internal code (Linux). */
#include "internal.h"

#if H_JIT
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

/* Shape of the tier.
 * - Input is the function's internal code while compile.c still holds it in one-word form (op
 *   numbers; compile.c's finish_code gives the positions of the final code). Every instruction
 *   becomes a short machine-code sequence working on the same frame slots as the interpreter.
 *   The common instructions keep slots in registers (the register cache, emit_fast), across
 *   labels too: before anything that reads the frame (a helper, a call, an exit, and a check
 *   point's way out: its refill stub stores first) the frame is exact again, and at the labels
 *   where the interpreter may enter (function start, return points of calls, loop headers
 *   through their entry stubs) no register holds a newer value than the frame, so the state
 *   there is exactly the interpreter's: fp[]. The tiers hand over only there.
 * - The interpreter and machine code share the frame stack (s->frames, s->run_frame). The
 *   interpreter enters machine code through h_jit_run at the start of a function, after a call
 *   returns into it and after a host call. A CALL (or a CALL_INDIRECT whose callee is a wasm
 *   function of the same instance, of the very type) to a function that has machine code is a
 *   direct call: the machine code does the interpreter's check point and frame checks (call depth,
 *   slot stack), pushes the frame exactly as ENTER_WASM does and `call`s the callee's direct entry
 *   (which zeroes its locals); the callee's RETURN moves the results, pops the frame and `ret`s.
 *   Nested direct calls use H_JIT_DIRECT_STACK of machine stack at most (deeper ones go through
 *   the interpreter). Machine code leaves (returns the interpreter position of an instruction,
 *   unwinding the machine stack to the entry: every frame is in s->frames, so the interpreter
 *   carries on in the innermost one and re-enters each caller's machine code when it returns) at
 *   calls it does not make itself, tail calls (the interpreter replaces the frame: tail calls run in
 *   constant space whatever tier each function is in), a RETURN of the function the interpreter
 *   entered, `unreachable`, throws, when a helper reports a trap and when the budget check finds a
 *   trap. The interpreter then runs that instruction itself, which raises the trap with the
 *   interpreter's exact semantics (a trapping instruction has no side effect before its trap, so
 *   running it twice is safe), or raises the trap a context helper left in ctx->trap.
 * - Simple integer, memory, branch and f32/f64 arithmetic instructions, divisions, 128-bit moves
 *   and references are emitted inline; the other numeric ones and SIMD call a C helper made from
 *   the interpreter's semantics (interp.c, h_jit_helpers); bulk memory, tables, memory.size/grow,
 *   data.drop, elem.drop, ref.func, 128-bit globals and the GC instructions call a helper with
 *   the instance and the budget (h_jit_xhelpers) that runs the interpreter's own handler body
 *   (interp.c XOP_, H_GC_XOPS). Such a helper may allocate and so collect: rc_sync has put every
 *   slot in the frame before it, and it publishes s->run_frame and its ip as the interpreter does
 *   (gc.h stack maps), so the collector sees exactly the interpreter's roots; the write barrier is
 *   gcops.c's. struct.get, array.get, array.len, array.set and struct.set of numeric (and packed)
 *   fields, ref.i31 and i31.get are inline; struct.new and array.new(_default, _fixed) call the
 *   heap's allocation fast path (gc.c h_gc_alloc_small, which never collects) and store the
 *   initial values inline, the helper when it declines; null, out
 *   of bounds and anything else leave for the interpreter or call the helper. A function with any
 *   other instruction (multiple memories, memory64, exception handlers) is not compiled and stays
 *   interpreted. call_ref and return_call_ref leave for the interpreter.
 * - Registers inside machine code: rbx = fp, r12 = memory 0's base, r13 = budget, r15 = the
 *   h_jit_ctx; rsi, rdi, r8-r11, rbp, r14 and xmm2-xmm15 hold cached slots; rax, rcx, rdx, xmm0
 *   and xmm1 are scratch. Out-of-bounds accesses fault in the guard region like the interpreter's (config.h
 *   H_GUARD_PAGES, required); the fault handler finds the frame in s->run_frame.
 * - Budget (interrupt, deadline, fuel): the same check points as the interpreter (backward
 *   branches, br_table, calls), the same count, so fuel stays exact.
 * - A stack temporary's store is dropped when the instruction that pops it reads it from a register
 *   (emit_fast), or, between two other instructions, when the next one pops it straight from rax
 *   (rax_only_reader): nothing else can read it.
 * - Code memory: per module, chunks mapped twice from one memfd, writable at one address and
 *   executable at another, so no page is ever writable and executable. */

enum { RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15 };
enum { C_O, C_NO, C_B, C_AE, C_E, C_NE, C_BE, C_A, C_S, C_NS, C_P, C_NP, C_L, C_GE, C_LE, C_G };
#define FP RBX
#define MEMB R12
#define BUD R13
#define CTX R15

#define H_JIT_CHUNK (1u << 20)
#define H_JIT_CHUNK_MIN (64u << 10)

typedef struct h_jit_chunk {
  struct h_jit_chunk *next;
  uint8_t *rw, *rx;
  size_t size, used;
} h_jit_chunk;

struct h_jit_arena {
  pthread_mutex_t lock;
  h_jit_chunk *chunks;
  size_t next; /* size of the next chunk: H_JIT_CHUNK_MIN, doubling up to H_JIT_CHUNK */
};

/* The entry trampoline: h_jit_enter(target, fp, mem, ctx). Built once per process. */
typedef const h_word *(*h_jit_enter_fn)(const uint8_t *target, uint64_t *fp, uint8_t *mem,
                                        h_jit_ctx *ctx);
static h_jit_enter_fn g_enter;
static pthread_once_t g_enter_once = PTHREAD_ONCE_INIT;
static h_jit_chunk g_enter_chunk;

/* HEARTH_JIT_STATS=1: at exit, stderr gets the number of functions given machine code and, per op,
 * the functions left to the interpreter because of it (the first op the tier refused). */
static uint64_t g_stats[1 + H_OP_COUNT]; /* [0]: compiled; [1 + op]: refused at op */
/* Tier-up: functions deferred, compiled on reaching the call threshold, and loop entry stubs. */
static uint64_t g_deferred, g_up_total, g_up_calls, g_osr_entries;
static uint64_t g_osr_taken; /* entries through a loop header's stub (h_jit_osr_taken) */
static const char *const k_op_names[H_OP_COUNT] = {
#define H_OP_ENTRY(id) #id,
    H_OPS_ALL
#undef H_OP_ENTRY
};
static void note_refused(unsigned op) { __atomic_fetch_add(&g_stats[1 + op], 1, __ATOMIC_RELAXED); }
static void stats_report(void) {
  uint64_t refused = 0;
  for (unsigned op = 0; op < H_OP_COUNT; op++) refused += __atomic_load_n(&g_stats[1 + op], __ATOMIC_RELAXED);
  fprintf(stderr, "hearth: jit: %llu functions compiled, %llu interpreted\n",
          (unsigned long long)__atomic_load_n(&g_stats[0], __ATOMIC_RELAXED), (unsigned long long)refused);
  fprintf(stderr, "hearth: jit: tier-up: %llu deferred, of which %llu compiled (%llu at call %u, the "
          "others hot in a loop or by hearth_module_compile_all); %llu loop entries\n",
          (unsigned long long)__atomic_load_n(&g_deferred, __ATOMIC_RELAXED),
          (unsigned long long)__atomic_load_n(&g_up_total, __ATOMIC_RELAXED),
          (unsigned long long)__atomic_load_n(&g_up_calls, __ATOMIC_RELAXED), h_jit_call_threshold(),
          (unsigned long long)__atomic_load_n(&g_osr_entries, __ATOMIC_RELAXED));
  fprintf(stderr, "hearth: jit: %llu entries at a loop header\n",
          (unsigned long long)__atomic_load_n(&g_osr_taken, __ATOMIC_RELAXED));
  for (unsigned op = 0; op < H_OP_COUNT; op++) {
    uint64_t k = __atomic_load_n(&g_stats[1 + op], __ATOMIC_RELAXED);
    if (k) fprintf(stderr, "hearth: jit:   %llu refused at %s\n", (unsigned long long)k, k_op_names[op]);
  }
}

/* ---------------------------------------------------------------- code buffer and encoder */

typedef struct {
  uint8_t *b;
  size_t n, cap;
  bool oom;
} jbuf;

static void jb_grow(jbuf *j, size_t need) {
  if (j->oom) return;
  size_t cap = j->cap ? j->cap : 4096;
  while (cap < j->n + need) cap *= 2;
  uint8_t *b = h_realloc(j->b, cap);
  if (!b) {
    j->oom = true;
    return;
  }
  j->b = b;
  j->cap = cap;
}
static inline void by(jbuf *j, unsigned x) {
  if (H_UNLIKELY(j->n + 1 > j->cap)) {
    jb_grow(j, 64);
    if (j->oom) return;
  }
  j->b[j->n++] = (uint8_t)x;
}
static void d32(jbuf *j, uint32_t x) {
  for (int k = 0; k < 4; k++) by(j, (x >> (8 * k)) & 0xff);
}
static void d64(jbuf *j, uint64_t x) {
  d32(j, (uint32_t)x);
  d32(j, (uint32_t)(x >> 32));
}
static void patch32(jbuf *j, size_t at, uint32_t x) {
  if (j->oom) return;
  for (int k = 0; k < 4; k++) j->b[at + k] = (uint8_t)(x >> (8 * k));
}

/* A memory operand [base + index + disp]; index -1: none. */
typedef struct {
  int base, index;
  int32_t disp;
} jm;
static inline jm slot(uint32_t s) { return (jm){FP, -1, (int32_t)(s * 8u)}; }
static inline jm gmem(int32_t disp) { return (jm){MEMB, RAX, disp}; }

/* Emits [pfx] [REX] opcode (olen bytes, most significant first) modrm [sib] disp32; the index
 * (if any) times 1 << scale (0..3). */
static void ins_ms(jbuf *j, unsigned pfx, int w, uint32_t opc, int olen, int reg, jm m,
                   unsigned scale) {
  if (pfx) by(j, pfx);
  unsigned rex = 0x40u | (unsigned)w << 3 | (unsigned)((reg >> 3) & 1) << 2 |
                 (m.index >= 0 ? (unsigned)((m.index >> 3) & 1) << 1 : 0u) |
                 (unsigned)((m.base >> 3) & 1);
  if (rex != 0x40) by(j, rex);
  for (int k = olen - 1; k >= 0; k--) by(j, (opc >> (8 * k)) & 0xff);
  if (m.index < 0 && (m.base & 7) != RSP) {
    by(j, 0x80u | (unsigned)(reg & 7) << 3 | (unsigned)(m.base & 7));
  } else {
    by(j, 0x80u | (unsigned)(reg & 7) << 3 | 4u);
    by(j, (m.index < 0 ? 0u : scale << 6) | (unsigned)((m.index < 0 ? RSP : m.index) & 7) << 3 |
              (unsigned)(m.base & 7));
  }
  d32(j, (uint32_t)m.disp);
}
static void ins_m(jbuf *j, unsigned pfx, int w, uint32_t opc, int olen, int reg, jm m) {
  ins_ms(j, pfx, w, opc, olen, reg, m, 0);
}
/* The same with a register operand (mod 11): reg field `reg`, r/m field `rm`. */
static void ins_r(jbuf *j, unsigned pfx, int w, uint32_t opc, int olen, int reg, int rm) {
  if (pfx) by(j, pfx);
  unsigned rex = 0x40u | (unsigned)w << 3 | (unsigned)((reg >> 3) & 1) << 2 | (unsigned)((rm >> 3) & 1);
  if (rex != 0x40) by(j, rex);
  for (int k = olen - 1; k >= 0; k--) by(j, (opc >> (8 * k)) & 0xff);
  by(j, 0xC0u | (unsigned)(reg & 7) << 3 | (unsigned)(rm & 7));
}

static void st64_(jbuf *j, int r, uint32_t s) { ins_m(j, 0, 1, 0x89, 1, r, slot(s)); }
static void mov_imm32(jbuf *j, int r, uint32_t k) { /* zero-extends */
  if (r >= 8) by(j, 0x41);
  by(j, 0xB8u + (unsigned)(r & 7));
  d32(j, k);
}
static void mov_imm64(jbuf *j, int r, uint64_t k) {
  if (k <= UINT32_MAX) {
    mov_imm32(j, r, (uint32_t)k);
    return;
  }
  by(j, 0x48u | (r >= 8 ? 1u : 0u));
  by(j, 0xB8u + (unsigned)(r & 7));
  d64(j, k);
}
static void mov_rr(jbuf *j, int w, int dst, int src) { ins_r(j, 0, w, 0x89, 1, src, dst); }
/* ALU group-1 extension of an op with an immediate (81 /ext). */
static void alu_imm(jbuf *j, int w, int ext, int r, uint32_t imm) {
  ins_r(j, 0, w, 0x81, 1, ext, r);
  d32(j, imm);
}
static void setcc_zx(jbuf *j, int cc, int r) { /* r = cc ? 1 : 0 (r in rax..rbx) */
  ins_r(j, 0, 0, 0x0F90u + (unsigned)cc, 2, 0, r);
  ins_r(j, 0, 0, 0x0FB6, 2, r, r);
}

/* ---------------------------------------------------------------- per-function state */

/* A register of the register cache (emit_fast): the slot it holds (NO_SLOT: free), whether the
 * slot in memory is older (dirty), pinned by the instruction being emitted, last use. */
typedef struct {
  uint32_t slot;
  bool dirty, pin;
  uint32_t use;
} rc_ent;
#define JIT_GPRS 8
#define JIT_POOL (JIT_GPRS + 14)
_Static_assert(JIT_POOL <= 32, "a label's dirty entries are the bits of a uint32_t");

typedef struct {
  uint32_t at;  /* rel32 field to patch */
  uint32_t tgt; /* one-word index of the target instruction */
} jfix;

typedef struct {
  uint32_t at;       /* rel32 field of a jcc/jmp to the exit */
  const h_word *ip;  /* the interpreter position to leave at */
  bool undo;         /* give back the budget unit a check point took (inc r13) first */
} jexit;

typedef struct {
  uint32_t at;       /* rel32 field of the jcc to this stub */
  uint32_t resume;   /* machine offset to continue at after a refill (past the check) */
  const h_word *ip;  /* the check point's position (left at when the refill reports a trap) */
  uint32_t tgt;      /* one-word index to continue at instead (a back-edge's label), or NO_SLOT */
  uint32_t kdirty;   /* check_point_k: the entries of keep[] stored before the call */
  uint32_t keep[JIT_POOL]; /* slot per register-cache entry, loaded after the call (NO_SLOT: none) */
} jrefill;

typedef struct {
  uint32_t at;       /* rel32 field of the jcc to this block, or br_table entry */
  uint32_t table;    /* NO_SLOT, or the machine offset of the br_table whose entry `at` is */
  uint32_t tgt;      /* one-word index of the forward label it goes on to */
  uint32_t bits;     /* the pool entries it stores first */
  uint32_t keep[JIT_POOL]; /* their slots */
} jspill;

typedef struct {
  jbuf b;
  hearth_module *m;
  bool marks;     /* dirty-map marks after stores: not for an engine with hearth_config.no_reset */
  uint32_t *mpos; /* one-word index -> machine offset */
  jfix *fix;
  uint32_t nfix, cfix;
  jexit *ex;
  uint32_t nex, cex;
  jrefill *rf;
  uint32_t nrf, crf;
  jspill *sp;       /* fwd_branch's out-of-line stores */
  uint32_t nsp, csp;
  uint8_t *label;   /* one-word index -> 1 if control can arrive there other than by falling through */
  uint32_t cached;  /* the slot whose value rax holds (stored already), or NO_SLOT */
  size_t st_start;  /* code size right before the last store of rax */
  size_t st_end;    /* code size right after the last store of rax */
  uint32_t stack_base; /* slots from here on are operand-stack temporaries */
  uint32_t xcached;    /* the same for an f64 in xmm0 (stored already), or NO_SLOT */
  size_t xst_start, xst_end;
  rc_ent rc[JIT_POOL]; /* the register cache */
  uint32_t tick;
  /* Registers carried across labels (carry): per label (lid: one-word index -> label number), the
   * slots its registers hold on arrival (lst) and lfl bits: L_SEEN (a forward jump recorded),
   * L_PLACED (emitted: backward jumps conform to lst), L_EMPTY (arrives with no register: entries
   * from the interpreter, return points of calls, backward br_table targets). */
  bool carry, dead; /* dead: the current position is not reached by falling through */
  uint32_t cur;     /* one-word index of the instruction being emitted */
  uint32_t *lid;
  uint32_t (*lst)[JIT_POOL];
  uint8_t *lfl;
  uint32_t *lend;   /* per label: end of the last backward jump to it (0: none) */
  uint32_t *ldirty; /* per label: bit k set when pool entry k may arrive newer than its slot in
                     * memory (a loop header whose back-edges keep stores in registers) */
  uint32_t *stamp;  /* per frame slot: the last loop header (one-word index + 1) that found a
                     * fast instruction writing it (loop_defs) */
  uint32_t nslots;
  struct { uint32_t head, end; } loops[64]; /* the loops around the current position, innermost last */
  uint32_t nloops;
  const h_word *w;  /* the function's one-word code */
  const uint8_t *nwords;
  bool oom;
} jc;
#define NO_SLOT UINT32_MAX

#define PUSHV(arr, n, cap, val)                                          \
  do {                                                                   \
    if ((n) == (cap)) {                                                  \
      uint32_t nc_ = (cap) ? (cap) * 2 : 64;                             \
      void *p_ = h_realloc((arr), (size_t)nc_ * sizeof *(arr));          \
      if (!p_) {                                                         \
        c->oom = true;                                                   \
        break;                                                           \
      }                                                                  \
      (arr) = p_;                                                        \
      (cap) = nc_;                                                       \
    }                                                                    \
    (arr)[(n)++] = (val);                                                \
  } while (0)

/* Slot loads and stores. The value an instruction stores from rax is still in rax when the next
 * one starts (unless control can arrive there from elsewhere: c->label), so the next instruction's
 * first load of that slot into rax is skipped (an i32 read still zero-extends: mov eax, eax).
 * Memory stays the reference: every result is stored, the cache only saves the reload. */
static void ldw(jc *c, int w, int r, uint32_t s) {
  if (r == RAX && c->cached == s) {
    if (!w) ins_r(&c->b, 0, 0, 0x89, 1, RAX, RAX);
  } else {
    ins_m(&c->b, 0, w, 0x8B, 1, r, slot(s));
  }
  if (r == RAX) c->cached = NO_SLOT;
}
static void ld32(jc *c, int r, uint32_t s) { ldw(c, 0, r, s); }
static void ld64(jc *c, int r, uint32_t s) { ldw(c, 1, r, s); }
/* Stores rax (or r) to slot s; an instruction that ends with a store of rax leaves it cached (and
 * the store may be dropped again: rax_only_reader). */
static void st64(jc *c, int r, uint32_t s) {
  c->st_start = c->b.n;
  st64_(&c->b, r, s);
  c->cached = r == RAX ? s : NO_SLOT;
  c->st_end = c->b.n;
}

static void note_jump(jc *c, uint32_t tgt);
/* jmp / jcc (cc < 0: jmp) to instruction `tgt`, patched at the end (a forward one records the
 * registers it arrives with: note_jump). */
static void jump_to(jc *c, int cc, uint32_t tgt) {
  jbuf *j = &c->b;
  if (cc < 0) {
    by(j, 0xE9);
  } else {
    by(j, 0x0F);
    by(j, 0x80u + (unsigned)cc);
  }
  uint32_t at = (uint32_t)j->n;
  d32(j, 0);
  PUSHV(c->fix, c->nfix, c->cfix, ((jfix){at, tgt}));
  if (tgt > c->cur) note_jump(c, tgt);
}
/* jcc (cc < 0: jmp) to a stub that leaves at interpreter position ip (undo: after giving back the
 * unit of the check point just passed, for an instruction the interpreter then runs whole). */
static void exit_if_(jc *c, int cc, const h_word *ip, bool undo) {
  jbuf *j = &c->b;
  if (cc < 0) {
    by(j, 0xE9);
  } else {
    by(j, 0x0F);
    by(j, 0x80u + (unsigned)cc);
  }
  uint32_t at = (uint32_t)j->n;
  d32(j, 0);
  PUSHV(c->ex, c->nex, c->cex, ((jexit){at, ip, undo}));
}
static void exit_if(jc *c, int cc, const h_word *ip) { exit_if_(c, cc, ip, false); }
/* A check point (the interpreter's CHECK_BUDGET): --budget < 0 ? a refill stub, which continues
 * after the check (the refill counts the unit) or leaves at ip on a trap. The stub's call clobbers
 * the pool's registers: it stores those of keep[] (slot per pool entry, NO_SLOT: none) whose bit
 * is set in kdirty before the call and loads every one of keep[] after it, then goes on at
 * instruction tgt (a placed label) or, for tgt NO_SLOT, right after the check. */
static void check_point_k(jc *c, const h_word *ip, const uint32_t *keep, uint32_t kdirty,
                          uint32_t tgt) {
  jbuf *j = &c->b;
  c->cached = NO_SLOT; /* the refill stub's call clobbers rax */
  ins_r(j, 0, 1, 0xFF, 1, 1, BUD); /* dec r13 */
  by(j, 0x0F);
  by(j, 0x80u + C_L);
  uint32_t at = (uint32_t)j->n;
  d32(j, 0);
  jrefill r = {at, (uint32_t)j->n, ip, tgt, kdirty, {0}};
  for (int k = 0; k < JIT_POOL; k++) r.keep[k] = keep ? keep[k] : NO_SLOT;
  PUSHV(c->rf, c->nrf, c->crf, r);
}
static void check_point(jc *c, const h_word *ip) { check_point_k(c, ip, NULL, 0, NO_SLOT); }
static void back_edge(jc *c, uint32_t tgt, const h_word *ip, const uint32_t *rd, int nrd);
static void fwd_branch(jc *c, int cc, uint32_t tgt);

/* The branch of a fused compare-and-branch: jcc to instruction i + rel; a backward one (a loop
 * back-edge) jumps over its back_edge when not taken. rd[0..nrd): the values it pops. */
static void cond_branch(jc *c, int cc, uint32_t i, int32_t rel, const h_word *ipf,
                        const uint32_t *rd, int nrd) {
  jbuf *j = &c->b;
  uint32_t tgt = (uint32_t)((int32_t)i + rel);
  if (rel > 0) {
    fwd_branch(c, cc, tgt);
    return;
  }
  by(j, 0x0F);
  by(j, 0x80u + (unsigned)(cc ^ 1));
  uint32_t at = (uint32_t)j->n;
  d32(j, 0);
  back_edge(c, tgt, ipf, rd, nrd);
  patch32(j, at, (uint32_t)(j->n - (at + 4)));
}

/* mov [m], imm: a store of `size` bytes (1, 2, 4, or 8 sign-extended from 32) of constant val. */
static void store_imm(jbuf *j, int size, jm m, uint32_t val) {
  if (size == 1) {
    ins_m(j, 0, 0, 0xC6, 1, 0, m);
    by(j, val & 0xff);
  } else if (size == 2) {
    ins_m(j, 0x66, 0, 0xC7, 1, 0, m);
    by(j, val & 0xff);
    by(j, (val >> 8) & 0xff);
  } else {
    ins_m(j, 0, size == 8, 0xC7, 1, 0, m);
    d32(j, val);
  }
}

/* ---------------------------------------------------------------- instruction classes */

/* Integer ALU ops with an r, r/m form and an 81 /ext form: 1 for the plain op, 2 for its _I form. */
static int alu_of(unsigned op, int *w, unsigned *rmop, int *ext) {
  switch (op) {
#define A_(name, W, RM, EXT)                                              \
  case H_OP_##name: *w = W; *rmop = RM; *ext = EXT; return 1;             \
  case H_OP_##name##_I: *w = W; *rmop = RM; *ext = EXT; return 2;
    A_(I32_ADD, 0, 0x03, 0) A_(I32_SUB, 0, 0x2B, 5) A_(I32_AND, 0, 0x23, 4) A_(I32_OR, 0, 0x0B, 1)
    A_(I32_XOR, 0, 0x33, 6) A_(I64_ADD, 1, 0x03, 0) A_(I64_SUB, 1, 0x2B, 5) A_(I64_AND, 1, 0x23, 4)
    A_(I64_OR, 1, 0x0B, 1) A_(I64_XOR, 1, 0x33, 6)
#undef A_
  default: return 0;
  }
}
/* Shifts and rotates (group-2 extension): 1 plain, 2 _I. */
static int shift_of(unsigned op, int *w, int *ext) {
  switch (op) {
#define S_(name, W, EXT)                                                  \
  case H_OP_##name: *w = W; *ext = EXT; return 1;                         \
  case H_OP_##name##_I: *w = W; *ext = EXT; return 2;
    S_(I32_SHL, 0, 4) S_(I32_SHR_U, 0, 5) S_(I32_SHR_S, 0, 7) S_(I32_ROTL, 0, 0) S_(I32_ROTR, 0, 1)
    S_(I64_SHL, 1, 4) S_(I64_SHR_U, 1, 5) S_(I64_SHR_S, 1, 7) S_(I64_ROTL, 1, 0) S_(I64_ROTR, 1, 1)
#undef S_
  default: return 0;
  }
}
/* Integer compares: condition code. Plain, _I and BR_ forms. */
static int cmp_of(unsigned op, int *w, int *cc, int *form) {
  switch (op) {
#define K_(name, W, CC)                                                        \
  case H_OP_##name: *form = 0; goto k_##name;                                 \
  case H_OP_##name##_I: *form = 1; goto k_##name;                             \
  case H_OP_BR_##name: *form = 2; goto k_##name;                              \
  case H_OP_BR_##name##_I: *form = 3;                                         \
  k_##name: *w = W; *cc = CC; return 1;
    K_(I32_EQ, 0, C_E) K_(I32_NE, 0, C_NE) K_(I32_LT_S, 0, C_L) K_(I32_LT_U, 0, C_B)
    K_(I32_GT_S, 0, C_G) K_(I32_GT_U, 0, C_A) K_(I32_LE_S, 0, C_LE) K_(I32_LE_U, 0, C_BE)
    K_(I32_GE_S, 0, C_GE) K_(I32_GE_U, 0, C_AE)
    K_(I64_EQ, 1, C_E) K_(I64_NE, 1, C_NE) K_(I64_LT_S, 1, C_L) K_(I64_LT_U, 1, C_B)
    K_(I64_GT_S, 1, C_G) K_(I64_GT_U, 1, C_A) K_(I64_LE_S, 1, C_LE) K_(I64_LE_U, 1, C_BE)
    K_(I64_GE_S, 1, C_GE) K_(I64_GE_U, 1, C_AE)
#undef K_
  default: return 0;
  }
}

/* Divisions and remainders (plain and _I): inline, with the helper for a zero or -1 divisor. */
static int divrem_of(unsigned op, int *w, int *sgn, int *rem, int *imm) {
  switch (op) {
#define D_(name, W, S, R)                                                          \
  case H_OP_##name: *w = W; *sgn = S; *rem = R; *imm = 0; return 1;                \
  case H_OP_##name##_I: *w = W; *sgn = S; *rem = R; *imm = 1; return 1;
    D_(I32_DIV_S, 0, 1, 0) D_(I32_DIV_U, 0, 0, 0) D_(I32_REM_S, 0, 1, 1) D_(I32_REM_U, 0, 0, 1)
    D_(I64_DIV_S, 1, 1, 0) D_(I64_DIV_U, 1, 0, 0) D_(I64_REM_S, 1, 1, 1) D_(I64_REM_U, 1, 0, 1)
#undef D_
  default: return 0;
  }
}
/* i64 ops with a 64-bit immediate (_K): the r, r/m opcode (0x0FAF: imul). */
static int kop_of(unsigned op, uint32_t *opc, int *olen) {
  switch (op) {
  case H_OP_I64_ADD_K: *opc = 0x03; *olen = 1; return 1;
  case H_OP_I64_SUB_K: *opc = 0x2B; *olen = 1; return 1;
  case H_OP_I64_AND_K: *opc = 0x23; *olen = 1; return 1;
  case H_OP_I64_OR_K: *opc = 0x0B; *olen = 1; return 1;
  case H_OP_I64_XOR_K: *opc = 0x33; *olen = 1; return 1;
  case H_OP_I64_MUL_K: *opc = 0x0FAF; *olen = 2; return 1;
  default: return 0;
  }
}

/* Loads: the opcode that reads the access into eax/rax with the right extension. */
typedef struct {
  uint32_t opc;
  uint8_t olen, w;
} ldef;
static int load_of(unsigned base, ldef *d) {
  switch (base) {
  case H_OP_I32_LOAD: case H_OP_F32_LOAD: case H_OP_I64_LOAD32_U: *d = (ldef){0x8B, 1, 0}; return 1;
  case H_OP_I64_LOAD: case H_OP_F64_LOAD: *d = (ldef){0x8B, 1, 1}; return 1;
  case H_OP_I32_LOAD8_S: *d = (ldef){0x0FBE, 2, 0}; return 1;
  case H_OP_I32_LOAD8_U: case H_OP_I64_LOAD8_U: *d = (ldef){0x0FB6, 2, 0}; return 1;
  case H_OP_I32_LOAD16_S: *d = (ldef){0x0FBF, 2, 0}; return 1;
  case H_OP_I32_LOAD16_U: case H_OP_I64_LOAD16_U: *d = (ldef){0x0FB7, 2, 0}; return 1;
  case H_OP_I64_LOAD8_S: *d = (ldef){0x0FBE, 2, 1}; return 1;
  case H_OP_I64_LOAD16_S: *d = (ldef){0x0FBF, 2, 1}; return 1;
  case H_OP_I64_LOAD32_S: *d = (ldef){0x63, 1, 1}; return 1;
  default: return 0;
  }
}
/* Sign extensions of a slot's value: the same extending moves as the loads. */
static int extend_of(unsigned op, ldef *d) {
  switch (op) {
  case H_OP_I64_EXTEND_I32_S: case H_OP_I64_EXTEND32_S: *d = (ldef){0x63, 1, 1}; return 1;
  case H_OP_I32_EXTEND8_S: *d = (ldef){0x0FBE, 2, 0}; return 1;
  case H_OP_I32_EXTEND16_S: *d = (ldef){0x0FBF, 2, 0}; return 1;
  case H_OP_I64_EXTEND8_S: *d = (ldef){0x0FBE, 2, 1}; return 1;
  case H_OP_I64_EXTEND16_S: *d = (ldef){0x0FBF, 2, 1}; return 1;
  default: return 0;
  }
}
/* Stores: access size in bytes. */
static int store_size(unsigned base) {
  switch (base) {
  case H_OP_I32_STORE8: case H_OP_I64_STORE8: return 1;
  case H_OP_I32_STORE16: case H_OP_I64_STORE16: return 2;
  case H_OP_I32_STORE: case H_OP_F32_STORE: case H_OP_I64_STORE32: return 4;
  case H_OP_I64_STORE: case H_OP_F64_STORE: return 8;
  default: return 0;
  }
}

/* Memory op forms: base op and the addressing form. */
enum { AF_PLAIN, AF_A, AF_AI, AF_C, AF_V };
static const uint16_t k_mem_base[H_OP_COUNT] = {
#define X_(name, pfx, code, shape, res, t1, t2, t3, imm) \
  [H_OP_##name] = H_OP_##name + 1, [H_OP_##name##_A] = H_OP_##name + 1, \
  [H_OP_##name##_AI] = H_OP_##name + 1, [H_OP_##name##_C] = H_OP_##name + 1,
    H_OPS_MEMORY(X_)
#undef X_
#define Z_(name) [H_OP_##name##_V] = H_OP_##name + 1,
    H_OPS_STOREV(Z_)
#undef Z_
};
static int mem_form(unsigned op) {
  switch (op) {
#define X_(name, pfx, code, shape, res, t1, t2, t3, imm) \
  case H_OP_##name##_A: return AF_A; case H_OP_##name##_AI: return AF_AI; case H_OP_##name##_C: return AF_C;
    H_OPS_MEMORY(X_)
#undef X_
#define Z_(name) case H_OP_##name##_V: return AF_V;
    H_OPS_STOREV(Z_)
#undef Z_
  default: return AF_PLAIN;
  }
}

/* Load-op forms (ops.h H_OPS_LOADOP): the binary op + 1, by op. */
static const uint16_t k_loadop_base[H_OP_COUNT] = {
#define Z_(name, load, t) [H_OP_##name##_M] = H_OP_##name + 1,
    H_OPS_LOADOP(Z_)
#undef Z_
};

/* SSE arithmetic: the F2 (f64) / F3 (f32) 0F xx opcode. */
static int sse_of(unsigned op, unsigned *pfx, unsigned *opc) {
  switch (op) {
  case H_OP_F64_ADD: *pfx = 0xF2; *opc = 0x58; return 1;
  case H_OP_F64_SUB: *pfx = 0xF2; *opc = 0x5C; return 1;
  case H_OP_F64_MUL: *pfx = 0xF2; *opc = 0x59; return 1;
  case H_OP_F64_DIV: *pfx = 0xF2; *opc = 0x5E; return 1;
  case H_OP_F32_ADD: *pfx = 0xF3; *opc = 0x58; return 1;
  case H_OP_F32_SUB: *pfx = 0xF3; *opc = 0x5C; return 1;
  case H_OP_F32_MUL: *pfx = 0xF3; *opc = 0x59; return 1;
  case H_OP_F32_DIV: *pfx = 0xF3; *opc = 0x5E; return 1;
  default: return 0;
  }
}

/* Instructions that leave machine code for the interpreter (which runs them and, for calls, comes
 * back after the call returns). */
static bool is_exit(unsigned op) {
  return op == H_OP_CALL || op == H_OP_CALL_IMPORT || op == H_OP_CALL_INDIRECT ||
         op == H_OP_RETURN || op == H_OP_UNREACHABLE || op == H_OP_RETURN_CALL ||
         op == H_OP_RETURN_CALL_IMPORT || op == H_OP_RETURN_CALL_INDIRECT || op == H_OP_THROW ||
         op == H_OP_THROW_REF || op == H_OP_CALL_REF || op == H_OP_RETURN_CALL_REF;
}

static bool supported(unsigned op) {
  int w, e, cc, f;
  unsigned u, p;
  if (is_exit(op) || h_jit_helpers[op] || h_jit_xhelpers[op]) return true;
  if (alu_of(op, &w, &u, &e) || shift_of(op, &w, &e) || cmp_of(op, &w, &cc, &f) ||
      sse_of(op, &p, &u))
    return true;
  ldef ld;
  if (k_mem_base[op] || k_loadop_base[op] || extend_of(op, &ld)) return true;
  switch (op) {
  case H_OP_F64_SQRT: case H_OP_F32_SQRT:
  case H_OP_NOP: case H_OP_BR: case H_OP_BR_LOOP: case H_OP_BR_IF: case H_OP_BR_IFZ:
  case H_OP_BR_IF_LOOP: case H_OP_BR_TABLE: case H_OP_MOV: case H_OP_CONST32: case H_OP_CONST64:
  case H_OP_SELECT: case H_OP_GLOBAL_GET: case H_OP_GLOBAL_SET:
  case H_OP_I32_MUL: case H_OP_I32_MUL_I: case H_OP_I64_MUL: case H_OP_I64_MUL_I:
  case H_OP_I32_EQZ: case H_OP_I64_EQZ:
  case H_OP_I32_WRAP_I64: case H_OP_I64_EXTEND_I32_U:
  case H_OP_I32_REINTERPRET_F32: case H_OP_F32_REINTERPRET_I32: case H_OP_I64_REINTERPRET_F64:
  case H_OP_F64_REINTERPRET_I64:
  case H_OP_MOV128: case H_OP_CONST128: case H_OP_SELECT128: case H_OP_REF_NULL:
  case H_OP_REF_IS_NULL: case H_OP_REF_AS_NON_NULL:
    return true;
  default:
    return false;
  }
}

/* The operand words w[r0..r1) of instruction w that are branch offsets (relative to its index). */
static void branch_words(const h_word *w, uint32_t *r0, uint32_t *r1) {
  unsigned op = w[0];
  int wd, cc, form;
  *r0 = *r1 = 0;
  if (op == H_OP_BR_TABLE) *r0 = 3, *r1 = 4 + w[2];
  else if (op == H_OP_BR || op == H_OP_BR_LOOP) *r0 = 1, *r1 = 2;
  else if (op == H_OP_BR_IF || op == H_OP_BR_IFZ || op == H_OP_BR_IF_LOOP) *r0 = 2, *r1 = 3;
  else if (cmp_of(op, &wd, &cc, &form) && form >= 2) *r0 = 3, *r1 = 4;
}
/* True when control never falls through op to the next instruction. */
static bool ends_flow(unsigned op) {
  return op == H_OP_BR || op == H_OP_BR_LOOP || op == H_OP_BR_TABLE ||
         (is_exit(op) && op != H_OP_CALL && op != H_OP_CALL_IMPORT && op != H_OP_CALL_INDIRECT &&
          op != H_OP_CALL_REF);
}

/* True when instruction w (at one-word index i) pops stack temporary s, reads it only through its
 * first load into rax (ld32/ld64, skipped when rax holds s) and cannot leave for the interpreter
 * before that read is done (no helper, no check point): then the store of s by the instruction
 * before it is dead and is dropped. Every operand of these ops is a popped value. */
static bool rax_only_reader(const h_word *w, uint32_t s) {
  unsigned op = w[0];
  int wd, ext, cc, form, kind;
  unsigned rmop;
  if ((kind = alu_of(op, &wd, &rmop, &ext)) != 0) return w[2] == s && (kind == 2 || w[3] != s);
  if ((kind = shift_of(op, &wd, &ext)) != 0) return w[2] == s && (kind == 2 || w[3] != s);
  if (cmp_of(op, &wd, &cc, &form)) {
    if (form < 2) return w[2] == s && ((form & 1) || w[3] != s);
    return (int32_t)w[3] > 0 && w[1] == s && ((form & 1) || w[2] != s);
  }
  if (k_mem_base[op]) {
    unsigned base = k_mem_base[op] - 1u;
    int f = mem_form(op);
    ldef ld;
    if (f == AF_C) return false;
    if (load_of(base, &ld)) return w[2] == s && (f != AF_A || w[3] != s);
    /* STORE addr, val / _A a, b, val / _AI a, imm, val / _V addr, imm */
    if (w[1] != s) return false;
    if (f == AF_V) return true;
    if (f == AF_A) return w[2] != s && w[3] != s;
    return f == AF_AI ? w[3] != s : w[2] != s;
  }
  switch (op) {
  case H_OP_I32_EQZ: case H_OP_I64_EQZ: case H_OP_I32_WRAP_I64: case H_OP_I64_EXTEND_I32_U:
  case H_OP_I32_REINTERPRET_F32: case H_OP_F32_REINTERPRET_I32: case H_OP_I64_REINTERPRET_F64:
  case H_OP_F64_REINTERPRET_I64: case H_OP_I32_MUL: case H_OP_I64_MUL:
    return w[2] == s && (op != H_OP_I32_MUL && op != H_OP_I64_MUL ? true : w[3] != s);
  case H_OP_BR_IF: case H_OP_BR_IFZ:
    return w[1] == s;
  default:
    return false;
  }
}

/* ---------------------------------------------------------------- emission */

/* eax = the effective address's u32 part for a memory op of form f with operands at w[k..]; returns
 * the memarg offset's operand index. */
static uint32_t emit_addr(jc *c, int f, const h_word *w, uint32_t first) {
  jbuf *j = &c->b;
  switch (f) {
  case AF_A:
    ld32(c, RAX, w[first]);
    ins_m(j, 0, 0, 0x03, 1, RAX, slot(w[first + 1]));
    return first + 2;
  case AF_AI:
    ld32(c, RAX, w[first]);
    alu_imm(j, 0, 0, RAX, w[first + 1]);
    return first + 2;
  case AF_C:
    mov_imm32(j, RAX, w[first]);
    return first + 1;
  default:
    ld32(c, RAX, w[first]);
    return first + 1;
  }
}
/* The memory operand for a u32 address in eax plus offset: offsets past INT32_MAX go into rax. */
static jm emit_off(jc *c, uint32_t off) {
  if (off <= INT32_MAX) return gmem((int32_t)off);
  mov_imm32(&c->b, RCX, off);
  ins_r(&c->b, 0, 1, 0x01, 1, RCX, RAX); /* add rax, rcx */
  return gmem(0);
}

/* Write tracking (memory.c): after a store to guest memory operand m ([r12 + rax + disp]), sets
 * the dirty-map byte of the granule the store starts in: lea rcx, [rax + disp]; shr rcx, 12;
 * mov byte [r12 + rcx - H_DIRTY_MAP_BYTES], 1. rax and the stored value stay as they were. */
static void emit_mark(jbuf *j, jm m) {
  _Static_assert(H_DIRTY_MAP_BYTES <= INT32_MAX, "map offset fits a disp32");
  ins_m(j, 0, 1, 0x8D, 1, RCX, (jm){RAX, -1, m.disp});
  ins_r(j, 0, 1, 0xC1, 1, 5, RCX);
  by(j, H_DIRTY_SHIFT);
  ins_m(j, 0, 0, 0xC6, 1, 0, (jm){MEMB, RCX, -(int32_t)H_DIRTY_MAP_BYTES});
  by(j, 1);
}

/* Stores xmm0 to slot d: an f64 (prefix F2) as is (xmm0 stays cached as rax does), an f32 (F3)
 * zero-extended through eax. */
static void store_xmm0(jc *c, unsigned pfx, uint32_t d) {
  if (pfx == 0xF2) {
    c->xst_start = c->b.n;
    ins_m(&c->b, 0xF2, 0, 0x0F11, 2, 0, slot(d));
    c->xst_end = c->b.n;
    c->xcached = d;
  } else {
    ins_r(&c->b, 0x66, 0, 0x0F7E, 2, 0, RAX); /* movd eax, xmm0 */
    st64(c, RAX, d);
  }
}

/* xmm0 = slot s (prefix F2: f64, F3: f32), unless xmm0 holds that f64 already. */
static void ld_xmm0(jc *c, unsigned pfx, uint32_t s) {
  if (pfx != 0xF2 || c->xcached != s) ins_m(&c->b, pfx, 0, 0x0F10, 2, 0, slot(s));
}

/* True when instruction w pops f64 stack temporary s and reads it only through its first load into
 * xmm0 (ld_xmm0): an f64 add/sub/mul/div or load-op form, which never leaves for the interpreter. */
static bool xmm0_only_reader(const h_word *w, uint32_t s) {
  unsigned pfx, rmop, op = w[0];
  if (k_loadop_base[op] && sse_of(k_loadop_base[op] - 1u, &pfx, &rmop))
    return pfx == 0xF2 && w[2] == s && w[3] != s;
  return sse_of(op, &pfx, &rmop) && pfx == 0xF2 && w[2] == s && w[3] != s;
}

static void emit_helper(jc *c, unsigned op, const h_word *ipf) {
  jbuf *j = &c->b;
  mov_rr(j, 1, RDI, FP);
  mov_imm64(j, RSI, (uint64_t)(uintptr_t)ipf);
  mov_rr(j, 1, RDX, MEMB);
  mov_imm64(j, RAX, (uint64_t)(uintptr_t)h_jit_helpers[op]);
  by(j, 0xFF);
  by(j, 0xD0); /* call rax */
  ins_r(j, 0, 0, 0x85, 1, RAX, RAX);
  exit_if(c, C_NE, ipf);
}

/* A helper with the context (h_jit_xhelpers): the budget goes through ctx; a trap leaves at ipf,
 * where the interpreter raises ctx->trap. */
static void emit_xhelper(jc *c, unsigned op, const h_word *ipf) {
  jbuf *j = &c->b;
  jm bud = {CTX, -1, (int32_t)offsetof(h_jit_ctx, budget)};
  ins_m(j, 0, 1, 0x89, 1, BUD, bud);
  mov_rr(j, 1, RDI, CTX);
  mov_rr(j, 1, RSI, FP);
  mov_imm64(j, RDX, (uint64_t)(uintptr_t)ipf);
  mov_imm64(j, RAX, (uint64_t)(uintptr_t)h_jit_xhelpers[op]);
  by(j, 0xFF);
  by(j, 0xD0); /* call rax */
  ins_m(j, 0, 1, 0x8B, 1, BUD, bud);
  ins_r(j, 0, 0, 0x85, 1, RAX, RAX);
  exit_if(c, C_NE, ipf);
}

static inline jm ctxf(size_t off) { return (jm){CTX, -1, (int32_t)off}; }

/* Stores the low sz bytes (1, 2, 4, 8; 16: two slots) of slot `from` at [rax + disp]. */
static void emit_init_store(jc *c, uint32_t from, uint32_t sz, int32_t disp) {
  jbuf *j = &c->b;
  jm at = {RAX, -1, disp};
  ins_m(j, 0, 1, 0x8B, 1, RDX, slot(from));
  if (sz == 1) ins_m(j, 0, 0, 0x88, 1, RDX, at);
  else if (sz == 2) ins_m(j, 0x66, 0, 0x89, 1, RDX, at);
  else ins_m(j, 0, sz >= 8, 0x89, 1, RDX, at);
  if (sz == 16) {
    ins_m(j, 0, 1, 0x8B, 1, RDX, slot(from + 1));
    ins_m(j, 0, 1, 0x89, 1, RDX, (jm){RAX, -1, disp + 8});
  }
}

/* struct.new(_default), array.new(_default, _fixed) (w: the instruction): the allocation's fast
 * path (gc.c h_gc_alloc_small: a cached block, no collector work due, not marking) called
 * straight from machine code, the initial values stored inline (no write barrier: the heap is not
 * marking, and nothing allocates before the stores), the result stored; when it returns NULL,
 * the context helper (the interpreter's body: the general allocation, which may collect, with
 * the frame published for the stack maps and its barrier). The frame is exact here (rc_sync), and
 * the call clobbers only scratch and pool registers, which hold nothing. False: the helper alone
 * (a type the fast path never serves: v128 array elements to fill, many fixed elements). */
/* A GC field or element of sz bytes (8, 4, 2, 1) at m (index scaled by 1 << scale) into rax:
 * packed ones sign- (sx) or zero-extended to i32, as gcops.c st_load does. */
static void ld_gc_field(jbuf *j, uint32_t sz, bool sx, jm m, unsigned scale) {
  if (sz == 8) ins_ms(j, 0, 1, 0x8B, 1, RAX, m, scale);
  else if (sz == 4) ins_ms(j, 0, 0, 0x8B, 1, RAX, m, scale);
  else if (sz == 2) ins_ms(j, 0, 0, sx ? 0x0FBF : 0x0FB7, 2, RAX, m, scale);
  else ins_ms(j, 0, 0, sx ? 0x0FBE : 0x0FB6, 2, RAX, m, scale);
}

/* array.get/array.set's checks: rax = the array in slot arr, rcx = the index in slot idx; a null
 * array or an index at or past its length leaves to the interpreter at ipf, which traps. */
static void arr_checked(jc *c, uint32_t arr, uint32_t idx, const h_word *ipf) {
  jbuf *j = &c->b;
  ld64(c, RAX, arr);
  ins_r(j, 0, 1, 0x85, 1, RAX, RAX);
  exit_if(c, C_E, ipf);
  ins_m(j, 0, 0, 0x8B, 1, RCX, slot(idx));
  ins_m(j, 0, 0, 0x3B, 1, RCX, (jm){RAX, -1, (int32_t)offsetof(h_gcobj, len)});
  exit_if(c, C_AE, ipf);
}

static bool emit_gc_new(jc *c, const h_word *w, unsigned op, const h_word *ipf) {
  jbuf *j = &c->b;
  const h_rtt *r = c->m->rtt && w[2] < c->m->ntypes ? c->m->rtt[w[2]] : NULL;
  bool is_struct = op == H_OP_STRUCT_NEW || op == H_OP_STRUCT_NEW_DEFAULT;
  if (!r || r->kind != (is_struct ? H_RTT_STRUCT : H_RTT_ARRAY)) return false;
  if (is_struct && r->size / 8 >= H_GC_CACHE_CLASSES) return false; /* never small */
  if (op == H_OP_ARRAY_NEW && r->size > 8) return false;            /* v128 fill */
  if (op == H_OP_ARRAY_NEW_FIXED && (w[4] > 64 || (uint64_t)w[4] * r->size / 8 >= H_GC_CACHE_CLASSES))
    return false;
  ins_m(j, 0, 1, 0x8B, 1, RDI, ctxf(offsetof(h_jit_ctx, s)));
  mov_imm64(j, RSI, (uint64_t)(uintptr_t)r);
  if (op == H_OP_ARRAY_NEW_DEFAULT) ins_m(j, 0, 0, 0x8B, 1, RDX, slot(w[3]));
  else if (op == H_OP_ARRAY_NEW) ins_m(j, 0, 0, 0x8B, 1, RDX, slot(w[4]));
  else mov_imm32(j, RDX, op == H_OP_ARRAY_NEW_FIXED ? w[4] : 0);
  mov_imm64(j, RAX, (uint64_t)(uintptr_t)h_gc_alloc_small);
  by(j, 0xFF);
  by(j, 0xD0); /* call rax */
  ins_r(j, 0, 1, 0x85, 1, RAX, RAX);
  by(j, 0x0F), by(j, 0x80u + C_E);
  size_t to_slow = j->n;
  d32(j, 0);
  const int32_t data = (int32_t)sizeof(h_gcobj);
  if (op == H_OP_STRUCT_NEW) {
    uint32_t from = w[3];
    for (uint32_t k = 0; k < r->nfields; k++) {
      uint8_t st = r->stype[k];
      emit_init_store(c, from, h_st_size(st), data + (int32_t)r->offset[k]);
      from += h_slots(st);
    }
  } else if (op == H_OP_ARRAY_NEW_FIXED) {
    uint8_t st = r->stype[0];
    for (uint32_t i = 0; i < w[4]; i++)
      emit_init_store(c, w[3] + i * h_slots(st), r->size, data + (int32_t)(i * r->size));
  } else if (op == H_OP_ARRAY_NEW) { /* rep stos of the value, len times */
    mov_rr(j, 1, RDX, RAX);
    ins_m(j, 0, 1, 0x8D, 1, RDI, (jm){RAX, -1, data}); /* lea rdi, [rax + data] */
    ins_m(j, 0, 0, 0x8B, 1, RCX, slot(w[4]));
    ins_m(j, 0, 1, 0x8B, 1, RAX, slot(w[3]));
    by(j, 0xF3); /* rep */
    if (r->size == 2) by(j, 0x66);
    if (r->size == 8) by(j, 0x48);
    by(j, r->size == 1 ? 0xAA : 0xAB); /* stos byte / word / dword / qword */
    mov_rr(j, 1, RAX, RDX);
  }
  st64_(j, RAX, w[1]);
  by(j, 0xE9);
  size_t to_done = j->n;
  d32(j, 0);
  patch32(j, to_slow, (uint32_t)(j->n - (to_slow + 4)));
  emit_xhelper(c, op, ipf);
  patch32(j, to_done, (uint32_t)(j->n - (to_done + 4)));
  c->cached = NO_SLOT; /* rax holds the object on one path only */
  return true;
}

/* CALL of a defined function (w: CALL, index, arg_base), straight to the callee's machine code when
 * it has some: the interpreter's CALL (check point, frame limits, the frame pushed as ENTER_WASM
 * pushes it, s->run_frame) without the interpreter. Anything else (no machine code yet, optimized
 * code to enter, a limit reached, machine stack used up) leaves at ipf for the interpreter. */
static void emit_call_to(jc *c, uint32_t ab, const h_word *ipf, const h_word *ret,
                         const h_jit_func *known);
/* A callee whose machine code exists already (its h_cfunc's jit is set once, its direct entry
 * once, and neither changes: compile.c, build) is called at that address with its frame size as
 * constants, without reading them at each call; read under the compile_lock build runs under. */
static void emit_call(jc *c, const h_word *w, const h_word *ipf) {
  const h_cfunc *cf = &c->m->code[w[1]];
  const h_jit_func *kj = __atomic_load_n(&cf->jit, __ATOMIC_ACQUIRE);
  if (kj && !__atomic_load_n(&kj->direct, __ATOMIC_ACQUIRE)) kj = NULL;
  check_point(c, ipf);
  mov_imm64(&c->b, RSI, (uint64_t)(uintptr_t)cf);
  emit_call_to(c, w[2], ipf, ipf + 4, kj);
}
/* CALL_INDIRECT (type, table, idx slot, arg_base): the interpreter's checks in the common case (in
 * bounds, not null, the very type, a wasm function of this instance), then as CALL; anything else
 * (a trap, a structurally equal type, another instance, a host function) leaves for the
 * interpreter. */
static void emit_call_indirect(jc *c, const h_word *w, const h_word *ipf) {
  jbuf *j = &c->b;
  check_point(c, ipf);
  ins_m(j, 0, 1, 0x8B, 1, RAX, ctxf(offsetof(h_jit_ctx, inst)));
  ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){RAX, -1, (int32_t)offsetof(hearth_instance, tables)});
  ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){RAX, -1, (int32_t)(w[2] * sizeof(void *))});
  ins_m(j, 0, 0, 0x8B, 1, RCX, slot(w[3]));
  ins_m(j, 0, 0, 0x3B, 1, RCX, (jm){RAX, -1, (int32_t)offsetof(hearth_table, size)});
  exit_if_(c, C_AE, ipf, true);
  ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){RAX, -1, (int32_t)offsetof(hearth_table, elems)});
  ins_r(j, 0, 1, 0xC1, 1, 4, RCX);
  by(j, 3);
  ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){RAX, RCX, 0}); /* the hearth_func * */
  ins_r(j, 0, 1, 0x85, 1, RAX, RAX);
  exit_if_(c, C_E, ipf, true);
  mov_imm64(j, RSI, (uint64_t)(uintptr_t)&c->m->types[w[1]]);
  ins_m(j, 0, 1, 0x3B, 1, RSI, (jm){RAX, -1, (int32_t)offsetof(hearth_func, type)});
  exit_if_(c, C_NE, ipf, true);
  ins_m(j, 0, 1, 0x8B, 1, RCX, (jm){RAX, -1, (int32_t)offsetof(hearth_func, inst)});
  ins_m(j, 0, 1, 0x3B, 1, RCX, ctxf(offsetof(h_jit_ctx, inst)));
  exit_if_(c, C_NE, ipf, true);
  ins_m(j, 0, 1, 0x8B, 1, RSI, (jm){RAX, -1, (int32_t)offsetof(hearth_func, code)});
  ins_r(j, 0, 1, 0x85, 1, RSI, RSI);
  exit_if_(c, C_E, ipf, true);
  emit_call_to(c, w[4], ipf, ipf + 6, NULL);
}
/* The call itself, after the check point: rsi = the callee's h_cfunc, its arguments at slot ab;
 * the caller resumes at interpreter position ret. known: the callee's machine code, when it has
 * its direct entry already (emit_call), else NULL (read and checked here). */
static void emit_call_to(jc *c, uint32_t ab, const h_word *ipf, const h_word *ret,
                         const h_jit_func *known) {
  jbuf *j = &c->b;
  if (!known) {
    ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){RSI, -1, (int32_t)offsetof(h_cfunc, jit)});
    ins_r(j, 0, 1, 0x85, 1, RAX, RAX);
    exit_if_(c, C_E, ipf, true);
    ins_m(j, 0, 1, 0x83, 1, 7, (jm){RAX, -1, (int32_t)offsetof(h_jit_func, direct)});
    by(j, 0); /* cmp qword [rax + direct], 0: deferred (the interpreter counts the call) */
    exit_if_(c, C_E, ipf, true);
  }
  ins_m(j, 0, 1, 0x83, 1, 7, (jm){RSI, -1, (int32_t)offsetof(h_cfunc, opt)});
  by(j, 0); /* cmp qword [rsi + opt], 0 */
  exit_if_(c, C_NE, ipf, true);
  ins_m(j, 0, 1, 0x8B, 1, RCX, ctxf(offsetof(h_jit_ctx, s)));
  ins_m(j, 0, 1, 0x8B, 1, RDX, (jm){RCX, -1, (int32_t)offsetof(hearth_store, run_frame)});
  ins_m(j, 0, 1, 0x8D, 1, RDI, (jm){RDX, -1, (int32_t)(2 * sizeof(h_frame))});
  ins_m(j, 0, 1, 0x3B, 1, RDI, ctxf(offsetof(h_jit_ctx, fr_end))); /* fr + 1 >= fr_end */
  exit_if_(c, C_A, ipf, true);
  ins_m(j, 0, 1, 0x8D, 1, RDI, slot(ab)); /* the callee's fp */
  if (known && known->frame_slots <= INT32_MAX / 8) {
    ins_m(j, 0, 1, 0x8D, 1, R8, (jm){RDI, -1, (int32_t)(known->frame_slots * 8u)});
  } else {
    if (known) mov_imm64(j, RAX, (uint64_t)(uintptr_t)known);
    ins_m(j, 0, 0, 0x8B, 1, R8, (jm){RAX, -1, (int32_t)offsetof(h_jit_func, frame_slots)});
    ins_r(j, 0, 1, 0xC1, 1, 4, R8);
    by(j, 3);
    ins_r(j, 0, 1, 0x01, 1, RDI, R8);
  }
  ins_m(j, 0, 1, 0x3B, 1, R8, ctxf(offsetof(h_jit_ctx, stack_end)));
  exit_if_(c, C_A, ipf, true);
  ins_m(j, 0, 1, 0x3B, 1, RSP, ctxf(offsetof(h_jit_ctx, rsp_floor)));
  exit_if_(c, C_B, ipf, true);
  /* fr[1] = {cf, inst, ret_ip, fp}; s->run_frame = fr + 1 */
  alu_imm(j, 1, 0, RDX, (uint32_t)sizeof(h_frame));
  ins_m(j, 0, 1, 0x89, 1, RSI, (jm){RDX, -1, (int32_t)offsetof(h_frame, fn)});
  ins_m(j, 0, 1, 0x8B, 1, R8, ctxf(offsetof(h_jit_ctx, inst)));
  ins_m(j, 0, 1, 0x89, 1, R8, (jm){RDX, -1, (int32_t)offsetof(h_frame, inst)});
  mov_imm64(j, R8, (uint64_t)(uintptr_t)ret);
  ins_m(j, 0, 1, 0x89, 1, R8, (jm){RDX, -1, (int32_t)offsetof(h_frame, ret_ip)});
  ins_m(j, 0, 1, 0x89, 1, RDI, (jm){RDX, -1, (int32_t)offsetof(h_frame, fp)});
  ins_m(j, 0, 1, 0x89, 1, RDX, (jm){RCX, -1, (int32_t)offsetof(hearth_store, run_frame)});
  mov_rr(j, 1, FP, RDI);
  alu_imm(j, 1, 5, RSP, 8); /* keeps the callee's stack 16-byte aligned at its helper calls */
  if (known) {
    mov_imm64(j, RAX, (uint64_t)(uintptr_t)__atomic_load_n(&known->direct, __ATOMIC_ACQUIRE));
    by(j, 0xFF);
    by(j, 0xD0); /* call rax */
  } else {
    ins_m(j, 0, 0, 0xFF, 1, 2, (jm){RAX, -1, (int32_t)offsetof(h_jit_func, direct)}); /* call */
  }
  alu_imm(j, 1, 0, RSP, 8);
  if (ab) alu_imm(j, 1, 5, FP, ab * 8u); /* the callee's RETURN popped its frame */
}

/* RETURN: src_base, n. From a direct call (the machine stack is deeper than at the entry from the
 * interpreter) the results move down, the frame is popped and `ret` continues in the caller's
 * machine code; otherwise the interpreter returns. */
static void emit_return(jc *c, const h_word *w, const h_word *ipf) {
  jbuf *j = &c->b;
  ins_m(j, 0, 1, 0x3B, 1, RSP, ctxf(offsetof(h_jit_ctx, entry_rsp)));
  exit_if(c, C_E, ipf);
  for (uint32_t k = 0; k < w[2]; k++) { /* forward: the destination (0) is below the source */
    ins_m(j, 0, 1, 0x8B, 1, RAX, slot(w[1] + k));
    ins_m(j, 0, 1, 0x89, 1, RAX, slot(k));
  }
  ins_m(j, 0, 1, 0x8B, 1, RCX, ctxf(offsetof(h_jit_ctx, s)));
  ins_m(j, 0, 1, 0x81, 1, 5, (jm){RCX, -1, (int32_t)offsetof(hearth_store, run_frame)});
  d32(j, (uint32_t)sizeof(h_frame)); /* sub qword [rcx + run_frame], sizeof(h_frame) */
  by(j, 0xC3);
  c->cached = NO_SLOT;
}

/* ---------------------------------------------------------------- register cache
 * The common integer, memory, branch and float instructions (emit_fast) keep slot values in a
 * pool of registers: an operand is loaded once and reused, a result stays in its register (dirty)
 * and is stored when its register is needed, before anything that reads the frame (a helper, a
 * call, an exit: rc_sync) or where control merges. A stack temporary read by a fast instruction is
 * dead afterwards (wasm pops it), so its store is dropped. Across labels (lst per label):
 * - a forward label keeps the registers every jump to it agrees on, all clean (a jump stores its
 *   dirty ones first; one that leaves the innermost loop does so out of line, fwd_branch), except
 *   a label reached by exactly one jump and no fall-through (single_pred), which takes that
 *   jump's registers as they are, dirty ones too (br_table cases, else branches);
 * - a loop header keeps the registers of its fall-in that its first block reads, plus the locals
 *   that block reads loaded on the way in (header_loads); its back-edges bring them without
 *   storing (conform_dirty moves them into place; ldirty: the ones the loop writes count as dirty
 *   after the header) and store only what the header does not keep and does not overwrite first
 *   (header_kills); their check point's refill stub stores the dirty ones before its call.
 * Entries from the interpreter happen only where no register is newer than the frame (L_EMPTY
 * labels, loop entry stubs that load the header's registers). A register always holds the whole
 * 64-bit slot (i32 values zero-extended, as in memory). A guard-page fault discards the frame, so
 * stores left in registers at a fault are never missed. */
/* Entries 0..JIT_GPRS-1 are general registers, the rest xmm2..xmm15 (f32/f64 values between
 * float instructions; an f32 in an xmm register has zero bits 32..63, so a movq stores the exact
 * slot). A slot is in one register at most; rc_get / rc_xget move it to the kind they need. */
static const int k_pool[JIT_POOL] = {RSI, RDI, R8, R9, R10, R11, RBP, R14,
                                     2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
#define IS_X(k) ((k) >= JIT_GPRS)

static int rc_find(jc *c, uint32_t s) {
  for (int k = 0; k < JIT_POOL; k++)
    if (c->rc[k].slot == s) return k;
  return -1;
}
static void rc_store(jc *c, int k) {
  if (IS_X(k))
    ins_m(&c->b, 0x66, 0, 0x0FD6, 2, k_pool[k], slot(c->rc[k].slot)); /* movq [s], xmm */
  else
    st64_(&c->b, k_pool[k], c->rc[k].slot);
  c->rc[k].dirty = false;
}
/* Stores every dirty register (the frame becomes exact); registers keep their values. */
static void rc_flush(jc *c) {
  for (int k = 0; k < JIT_POOL; k++)
    if (c->rc[k].slot != NO_SLOT && c->rc[k].dirty) rc_store(c, k);
}
/* Forgets every register (after code that may change slots or clobber registers). */
static void rc_forget(jc *c) {
  for (int k = 0; k < JIT_POOL; k++) c->rc[k] = (rc_ent){NO_SLOT, false, false, 0};
}
static void rc_sync(jc *c) {
  rc_flush(c);
  rc_forget(c);
}
/* A free register of the kind (x: xmm) (unpinned; the least recently used one is evicted, stored
 * if dirty). */
static int rc_alloc(jc *c, bool x) {
  int best = -1;
  for (int k = x ? JIT_GPRS : 0; k < (x ? JIT_POOL : JIT_GPRS); k++) {
    if (c->rc[k].pin) continue;
    if (c->rc[k].slot == NO_SLOT) return k;
    if (best < 0 || c->rc[k].use < c->rc[best].use) best = k;
  }
  assert(best >= 0);
  if (c->rc[best].dirty) rc_store(c, best);
  c->rc[best].slot = NO_SLOT;
  return best;
}
/* The entry holding slot s in a register of kind x (moved or loaded if needed), pinned until the
 * instruction ends. */
static int rc_take(jc *c, uint32_t s, bool x) {
  int k = rc_find(c, s);
  if (k >= 0 && IS_X(k) != x) { /* the other kind: move it over */
    int n = rc_alloc(c, x);
    if (x)
      ins_r(&c->b, 0x66, 1, 0x0F6E, 2, k_pool[n], k_pool[k]); /* movq xmm, r */
    else
      ins_r(&c->b, 0x66, 1, 0x0F7E, 2, k_pool[k], k_pool[n]); /* movq r, xmm */
    c->rc[n] = c->rc[k];
    c->rc[k] = (rc_ent){NO_SLOT, false, false, 0};
    k = n;
  } else if (k < 0) {
    k = rc_alloc(c, x);
    if (x)
      ins_m(&c->b, 0xF3, 0, 0x0F7E, 2, k_pool[k], slot(s)); /* movq xmm, [s] */
    else
      ins_m(&c->b, 0, 1, 0x8B, 1, k_pool[k], slot(s));
    c->rc[k] = (rc_ent){s, false, false, 0};
  }
  c->rc[k].pin = true;
  c->rc[k].use = ++c->tick;
  return k;
}
/* The general register holding slot s. */
static int rc_get(jc *c, uint32_t s) { return k_pool[rc_take(c, s, false)]; }
/* The xmm register holding slot s. */
static int rc_xget(jc *c, uint32_t s) { return k_pool[rc_take(c, s, true)]; }
/* The register of kind x that receives slot d's new value (its old one if it has one of that
 * kind: an operand already read into it is still there until the result is written). Dirty. */
static int rc_defk(jc *c, uint32_t d, bool x) {
  int k = rc_find(c, d);
  if (k >= 0 && IS_X(k) != x) {
    c->rc[k] = (rc_ent){NO_SLOT, false, false, 0};
    k = -1;
  }
  if (k < 0) k = rc_alloc(c, x);
  c->rc[k] = (rc_ent){d, true, true, ++c->tick};
  return k_pool[k];
}
static int rc_def(jc *c, uint32_t d) { return rc_defk(c, d, false); }
static int rc_xdef(jc *c, uint32_t d) { return rc_defk(c, d, true); }
/* Ends a fast instruction: unpins, and drops the stack temporaries it read (dead now) other than
 * its result. */
static void rc_done(jc *c, const uint32_t *rd, int n, uint32_t dst) {
  for (int k = 0; k < JIT_POOL; k++) c->rc[k].pin = false;
  for (int i = 0; i < n; i++) {
    if (rd[i] < c->stack_base || rd[i] == dst) continue;
    int k = rc_find(c, rd[i]);
    if (k >= 0) c->rc[k] = (rc_ent){NO_SLOT, false, false, 0};
  }
}
/* Before a branch: the temporaries this instruction pops are dead on every path (forgotten, not
 * stored; their registers still hold the operands until the jump). */
static void rc_drop_popped(jc *c, const uint32_t *rd, int n) {
  for (int i = 0; i < n; i++) {
    if (rd[i] < c->stack_base) continue;
    int k = rc_find(c, rd[i]);
    if (k >= 0) c->rc[k] = (rc_ent){NO_SLOT, false, false, 0};
  }
}
enum { L_SEEN = 1, L_PLACED = 2, L_EMPTY = 4, L_REF1 = 8, L_REFN = 16, L_NOFALL = 32, L_SINGLE = 64 };
/* True when label tgt is reached by exactly one jump and nothing else (L_SINGLE): that jump may
 * bring dirty registers, which the label takes over as they are. */
static bool single_pred(const jc *c, uint32_t tgt) {
  return c->carry && (c->lfl[c->lid[tgt]] & L_SINGLE);
}
/* A forward jump to label tgt, every register clean: tgt keeps the registers that hold the same
 * slot on every path that reaches it. */
static void note_jump(jc *c, uint32_t tgt) {
  if (!c->carry) return;
  uint32_t l = c->lid[tgt];
  assert(l != NO_SLOT && !(c->lfl[l] & L_PLACED));
  if (single_pred(c, tgt)) { /* the only way in: the registers as they are, dirty ones too */
    assert(!(c->lfl[l] & L_SEEN));
    uint32_t bits = 0;
    for (int k = 0; k < JIT_POOL; k++) {
      c->lst[l][k] = c->rc[k].slot;
      if (c->rc[k].slot != NO_SLOT && c->rc[k].dirty) bits |= 1u << k;
    }
    c->ldirty[l] = bits;
    c->lfl[l] |= L_SEEN;
    return;
  }
  for (int k = 0; k < JIT_POOL; k++) {
    assert(!c->rc[k].dirty);
    if (!(c->lfl[l] & L_SEEN))
      c->lst[l][k] = c->rc[k].slot;
    else if (c->lst[l][k] != c->rc[k].slot)
      c->lst[l][k] = NO_SLOT;
  }
  c->lfl[l] |= L_SEEN;
}
static bool is_fast(unsigned op);
static bool fast_has_dst(unsigned op);
/* True when local s (not a stack temporary) is written before it is read by the fast instructions
 * that start at loop header i (up to the next label, branch or other instruction; any operand word
 * equal to s counts as a read), so its value on a back-edge to i is dead: nothing between i and
 * that write branches away, leaves for the interpreter or calls a helper (a trap discards the
 * frame), and the write makes the slot newer than any store a back-edge would have made. */
static bool header_kills(const jc *c, uint32_t i, uint32_t s) {
  if (s >= c->stack_base || !c->lend[c->lid[i]]) return false;
  for (uint32_t q = i; q - i < H_JIT_LOOP_SCAN;) {
    unsigned op = c->w[q];
    uint32_t r0, r1;
    branch_words(c->w + q, &r0, &r1);
    if ((q > i && c->label[q]) || !is_fast(op) || r1) return false; /* a branch may leave first */
    uint32_t nx = q + 1 + c->nwords[op];
    bool dst = fast_has_dst(op);
    for (uint32_t r = q + 1 + dst; r < nx; r++)
      if (c->w[r] == s) return false;
    if (dst && c->w[q + 1] == s) return true;
    q = nx;
  }
  return false;
}
/* Pool entry kd = pool entry ks (general or xmm, either way). */
static void rc_move(jbuf *j, int kd, int ks) {
  int d = k_pool[kd], r = k_pool[ks];
  if (IS_X(kd) && IS_X(ks)) ins_r(j, 0, 0, 0x0F28, 2, d, r);          /* movaps */
  else if (IS_X(kd)) ins_r(j, 0x66, 1, 0x0F6E, 2, d, r);               /* movq xmm, r */
  else if (IS_X(ks)) ins_r(j, 0x66, 1, 0x0F7E, 2, r, d);               /* movq r, xmm */
  else mov_rr(j, 1, d, r);
}
/* Pool entry k = slot s from the frame. */
static void rc_load(jbuf *j, int k, uint32_t s) {
  if (IS_X(k))
    ins_m(j, 0xF3, 0, 0x0F7E, 2, k_pool[k], slot(s)); /* movq xmm, [s] */
  else
    ins_m(j, 0, 1, 0x8B, 1, k_pool[k], slot(s));
}
/* Slot s = pool entry k. */
static void rc_put(jbuf *j, int k, uint32_t s) {
  if (IS_X(k))
    ins_m(j, 0x66, 0, 0x0FD6, 2, k_pool[k], slot(s)); /* movq [s], xmm */
  else
    st64_(j, k_pool[k], s);
}

/* The code of a backward jump to placed label tgt, from the register state c->rc (registers may be
 * dirty; the temporaries rd[0..nrd) the jump pops are dead): the dirty slots that tgt does not
 * keep in a register are stored, then every register tgt keeps gets its slot, moved from the
 * register that holds it or loaded from the frame (exact for a slot no register holds). A slot
 * that arrives newer than memory where tgt's code assumes it is not (ldirty) is stored too. Only
 * code is emitted: c->rc stays the state of the path that does not jump. */
static void conform_dirty(jc *c, uint32_t tgt, const uint32_t *rd, int nrd) {
  jbuf *j = &c->b;
  uint32_t none[JIT_POOL], cur[JIT_POOL];
  bool dirty[JIT_POOL], done[JIT_POOL];
  uint32_t l = c->carry ? c->lid[tgt] : NO_SLOT;
  assert(l == NO_SLOT || (c->lfl[l] & L_PLACED));
  for (int k = 0; k < JIT_POOL; k++) none[k] = NO_SLOT;
  const uint32_t *want = l != NO_SLOT ? c->lst[l] : none;
  uint32_t hd = l != NO_SLOT ? c->ldirty[l] : 0;
  for (int k = 0; k < JIT_POOL; k++) {
    cur[k] = c->rc[k].slot;
    dirty[k] = cur[k] != NO_SLOT && c->rc[k].dirty;
    for (int i = 0; i < nrd; i++)
      if (rd[i] >= c->stack_base && cur[k] == rd[i]) cur[k] = NO_SLOT;
  }
  for (int k = 0; k < JIT_POOL; k++) {
    if (cur[k] == NO_SLOT || !dirty[k]) continue;
    int kk = -1;
    for (int q = 0; q < JIT_POOL && kk < 0; q++)
      if (want[q] == cur[k]) kk = q;
    bool operand = false; /* the jump's own operands: its check point may have it run again */
    for (int i = 0; i < nrd; i++) operand |= rd[i] == cur[k];
    if (kk < 0 && !operand && l != NO_SLOT && header_kills(c, tgt, cur[k])) { /* dead: dropped */
      cur[k] = NO_SLOT;
      dirty[k] = false;
    } else if (kk < 0 || !(hd >> kk & 1)) {
      rc_put(j, k, cur[k]);
      dirty[k] = false;
    }
  }
  for (int k = 0; k < JIT_POOL; k++) done[k] = want[k] == NO_SLOT || cur[k] == want[k];
  for (;;) {
    bool pending = false, progress = false;
    for (int k = 0; k < JIT_POOL; k++) {
      if (done[k]) continue;
      pending = true;
      bool needed = false; /* k's value is the source of another move still to do */
      for (int q = 0; q < JIT_POOL && !needed; q++)
        needed = q != k && !done[q] && cur[k] != NO_SLOT && want[q] == cur[k];
      if (needed) continue;
      int src = -1;
      for (int q = 0; q < JIT_POOL && src < 0; q++)
        if (q != k && cur[q] == want[k]) src = q;
      bool d = false;
      if (src >= 0) {
        rc_move(j, k, src);
        d = dirty[src];
        cur[src] = NO_SLOT;
        dirty[src] = false;
      } else {
        rc_load(j, k, want[k]);
      }
      if (d && !(hd >> k & 1)) {
        rc_put(j, k, want[k]);
        d = false;
      }
      cur[k] = want[k];
      dirty[k] = d;
      done[k] = true;
      progress = true;
    }
    if (!pending) break;
    if (!progress) { /* a cycle of moves: one value goes through its slot instead */
      for (int k = 0; k < JIT_POOL; k++) {
        if (done[k]) continue;
        if (dirty[k]) rc_put(j, k, cur[k]);
        cur[k] = NO_SLOT;
        dirty[k] = false;
        break;
      }
    }
  }
}

/* A backward jump to tgt with its check point (the registers may be dirty; rd[0..nrd): the
 * temporaries it pops, stored already if the interpreter may need them): conform_dirty, the check
 * point, whose refill stub stores what tgt keeps newer than memory before its call (so a trap
 * leaves an exact frame) and loads tgt's registers after it, then the jump. */
static void back_edge(jc *c, uint32_t tgt, const h_word *ip, const uint32_t *rd, int nrd) {
  conform_dirty(c, tgt, rd, nrd);
  uint32_t l = c->carry ? c->lid[tgt] : NO_SLOT;
  check_point_k(c, ip, l != NO_SLOT ? c->lst[l] : NULL, l != NO_SLOT ? c->ldirty[l] : 0, tgt);
  jump_to(c, -1, tgt);
}
/* jcc to forward label tgt, the registers as they are (the popped temporaries dropped): with none
 * dirty, or tgt reached from here alone (single_pred: it takes them dirty), a plain jcc. Else a
 * branch that leaves the innermost loop (mostly not taken) goes to an out-of-line block (emitted
 * after the body: jspill) that stores the dirty ones and jumps to tgt, so the loop's path keeps
 * its stores in registers; any other stores them first, on both paths. */
static void fwd_branch(jc *c, int cc, uint32_t tgt) {
  uint32_t bits = 0;
  for (int k = 0; k < JIT_POOL; k++)
    if (c->rc[k].slot != NO_SLOT && c->rc[k].dirty) bits |= 1u << k;
  if (!bits || single_pred(c, tgt)) {
    jump_to(c, cc, tgt);
    return;
  }
  if (!c->nloops || tgt < c->loops[c->nloops - 1].end) { /* within the loop (or none): both paths */
    rc_flush(c); /* movs: the flags of the compare stay */
    jump_to(c, cc, tgt);
    return;
  }
  jbuf *j = &c->b;
  by(j, 0x0F);
  by(j, 0x80u + (unsigned)cc);
  jspill sp = {(uint32_t)j->n, NO_SLOT, tgt, bits, {0}};
  d32(j, 0);
  for (int k = 0; k < JIT_POOL; k++) {
    sp.keep[k] = c->rc[k].slot;
    c->rc[k].dirty = false;
  }
  note_jump(c, tgt);
  for (int k = 0; k < JIT_POOL; k++) c->rc[k].dirty = bits >> k & 1;
  PUSHV(c->sp, c->nsp, c->csp, sp);
}
/* Stores the dirty stack temporaries among rd[0..nrd) (the operands of a backward branch: its
 * check point may leave, and the interpreter then runs the branch again from the frame). The
 * registers stay dirty for the path that does not jump (nothing else reads them there). */
static void store_popped(jc *c, const uint32_t *rd, int nrd) {
  for (int i = 0; i < nrd; i++) {
    if (rd[i] < c->stack_base) continue;
    int k = rc_find(c, rd[i]);
    if (k >= 0 && c->rc[k].dirty) rc_put(&c->b, k, rd[i]);
  }
}
static bool is_fast(unsigned op);
/* True when the first operand word of fast instruction op is its result slot. */
static bool fast_has_dst(unsigned op) {
  int wd, cc, form;
  if (cmp_of(op, &wd, &cc, &form)) return form < 2;
  if (k_mem_base[op]) {
    ldef ld;
    return load_of(k_mem_base[op] - 1u, &ld) != 0;
  }
  switch (op) {
  case H_OP_NOP: case H_OP_BR: case H_OP_BR_IF: case H_OP_BR_IFZ: case H_OP_BR_LOOP:
  case H_OP_BR_IF_LOOP: case H_OP_BR_TABLE: case H_OP_GLOBAL_SET:
    return false;
  default:
    return true;
  }
}
/* True when local s (not a stack temporary) is read before it is written by the fast instructions
 * of the block that starts at label i (up to the next label, the first other instruction, end or
 * H_JIT_LOOP_SCAN words; any operand word equal to s counts as a read: a superset). */
static bool header_reads(const jc *c, uint32_t i, uint32_t end, uint32_t s) {
  if (s >= c->stack_base) return false;
  for (uint32_t q = i; q < end && q - i < H_JIT_LOOP_SCAN;) {
    unsigned op = c->w[q];
    if ((q > i && c->label[q]) || !is_fast(op)) return false;
    if (op == H_OP_BR_TABLE) return c->w[q + 1] == s; /* its index; the block ends */
    uint32_t nx = q + 1 + c->nwords[op];
    bool dst = fast_has_dst(op);
    for (uint32_t r = q + 1 + dst; r < nx; r++)
      if (c->w[r] == s) return true;
    if (dst && c->w[q + 1] == s) return false;
    q = nx;
  }
  return false;
}
/* Marks (stamp[slot] = i + 1) the slots that fast instructions of the loop [i, end) write through
 * the register cache. False when the loop is longer than H_JIT_LOOP_SCAN words (nothing marked:
 * the caller assumes every slot is written). */
static bool loop_defs(jc *c, uint32_t i, uint32_t end) {
  if (end - i > H_JIT_LOOP_SCAN) return false;
  for (uint32_t q = i; q < end;) {
    unsigned op = c->w[q];
    if (is_fast(op) && fast_has_dst(op) && c->w[q + 1] < c->nslots) c->stamp[c->w[q + 1]] = i + 1;
    q += 1 + (op == H_OP_BR_TABLE ? 3 + c->w[q + 2] : c->nwords[op]);
  }
  return true;
}
/* The register kind (xmm: true) in which fast instruction w reads operand word r. */
static bool reads_xmm(const h_word *w, uint32_t r) {
  unsigned op = w[0], pfx, rmop;
  if (sse_of(op, &pfx, &rmop) || op == H_OP_F64_SQRT || op == H_OP_F32_SQRT) return true;
  return k_loadop_base[op] && sse_of(k_loadop_base[op] - 1u, &pfx, &rmop) && r == 2;
}
/* At loop header i entered by falling through (nothing else recorded yet), keep[] being the
 * registers it keeps so far: the locals its first block reads before writing them that no
 * register holds are loaded into free registers here, on the way in, so the loop finds them in
 * registers (back-edges keep them: conform_dirty). At most H_JIT_LOOP_KEEP general registers and
 * as many xmm ones are kept in all, so the loop's own values still have registers. */
static void header_loads(jc *c, uint32_t i, uint32_t end, uint32_t *keep) {
  int ng = 0, nx = 0;
  for (int k = 0; k < JIT_POOL; k++)
    if (keep[k] != NO_SLOT) *(IS_X(k) ? &nx : &ng) += 1;
  for (uint32_t q = i; q < end && q - i < H_JIT_LOOP_SCAN;) {
    unsigned op = c->w[q];
    if ((q > i && c->label[q]) || !is_fast(op)) return;
    uint32_t e = q + 1 + (op == H_OP_BR_TABLE ? 1 : c->nwords[op]);
    bool dst = fast_has_dst(op);
    for (uint32_t r = q + 1 + dst; r < e; r++) {
      uint32_t s = c->w[r];
      bool x = reads_xmm(c->w + q, r - q);
      if (s >= c->stack_base || (x ? nx : ng) >= H_JIT_LOOP_KEEP || !header_reads(c, i, end, s))
        continue;
      int free = -1, held = 0;
      for (int k = 0; k < JIT_POOL; k++) {
        held |= keep[k] == s;
        if (free < 0 && keep[k] == NO_SLOT && IS_X(k) == x) free = k;
      }
      if (held || free < 0) continue;
      rc_load(&c->b, free, s);
      keep[free] = s;
      c->rc[free] = (rc_ent){s, false, false, 0};
      *(x ? &nx : &ng) += 1;
    }
    if (op == H_OP_BR_TABLE) return; /* it ends the block (its words past the index are not slots) */
    q = e;
  }
}
/* Arrival at label i: the fall-through (unless dead) stores its dirty registers, then the
 * registers that every path agrees on stay (none with L_EMPTY or without carry). */
static void rc_label(jc *c, uint32_t i) {
  if (!c->dead) rc_flush(c);
  if (!c->carry) {
    rc_forget(c);
    return;
  }
  uint32_t l = c->lid[i];
  uint8_t f = c->lfl[l];
  uint32_t end = c->lend[l];
  if (single_pred(c, i) && (f & L_SEEN)) { /* its one jump's registers, as they were */
    assert(c->dead && !end);
    for (int k = 0; k < JIT_POOL; k++)
      c->rc[k] = (rc_ent){c->lst[l][k], c->lst[l][k] != NO_SLOT && (c->ldirty[l] >> k & 1), false, 0};
    c->lfl[l] |= L_PLACED;
    return;
  }
  for (int k = 0; k < JIT_POOL; k++) {
    uint32_t s = NO_SLOT;
    if (f & L_EMPTY)
      s = NO_SLOT;
    else if (!c->dead)
      s = !(f & L_SEEN) || c->lst[l][k] == c->rc[k].slot ? c->rc[k].slot : NO_SLOT;
    else if (f & L_SEEN)
      s = c->lst[l][k];
    /* A loop header keeps only slots that the fast instructions of its first block mention (an
     * operand word equal to the slot: a superset), else every back-edge would reload registers
     * that the iteration may never read. */
    if (s != NO_SLOT && end && !header_reads(c, i, end, s)) s = NO_SLOT;
    c->lst[l][k] = s;
    c->rc[k] = (rc_ent){s, false, false, 0};
  }
  if (end && !c->dead && !(f & (L_SEEN | L_EMPTY))) header_loads(c, i, end, c->lst[l]);
  /* A loop header's back-edges bring the registers it keeps without storing them first: those the
   * loop writes count as dirty from here on (stored at the next flush, exact again). */
  uint32_t bits = 0;
  if (end) {
    bool all = !loop_defs(c, i, end);
    for (int k = 0; k < JIT_POOL; k++) {
      uint32_t s = c->lst[l][k];
      if (s != NO_SLOT && (all || (s < c->nslots && c->stamp[s] == i + 1))) {
        bits |= 1u << k;
        c->rc[k].dirty = true;
      }
    }
  }
  c->ldirty[l] = bits;
  c->lfl[l] |= L_PLACED;
}

/* The index register of a guest access of form f whose address operands start at w[first]: the
 * address's register, or eax when it is computed. */
static int fast_index(jc *c, int f, const h_word *w, uint32_t first, uint32_t *rd, int *nrd) {
  jbuf *j = &c->b;
  switch (f) {
  case AF_A: {
    int ra = rc_get(c, w[first]), rb = rc_get(c, w[first + 1]);
    rd[(*nrd)++] = w[first];
    rd[(*nrd)++] = w[first + 1];
    ins_m(j, 0, 0, 0x8D, 1, RAX, (jm){ra, rb, 0}); /* lea eax, [ra + rb]: the u32 sum */
    return RAX;
  }
  case AF_AI: {
    int ra = rc_get(c, w[first]);
    rd[(*nrd)++] = w[first];
    if (w[first + 1] == 0) return ra;
    ins_m(j, 0, 0, 0x8D, 1, RAX, (jm){ra, -1, (int32_t)w[first + 1]}); /* lea eax, [ra + imm] */
    return RAX;
  }
  case AF_C:
    mov_imm32(j, RAX, w[first]);
    return RAX;
  default: {
    int r = rc_get(c, w[first]);
    rd[(*nrd)++] = w[first];
    return r;
  }
  }
}
/* Address words of a form (the memarg offset follows them in a load, the value in a store). */
static uint32_t addr_words(int f) { return f == AF_A || f == AF_AI ? 2 : 1; }
/* [r12 + idx + off]; an offset past INT32_MAX is added into rax. */
static jm fast_mem(jc *c, int idx, uint32_t off) {
  if (off <= INT32_MAX) return (jm){MEMB, idx, (int32_t)off};
  if (idx != RAX) mov_rr(&c->b, 0, RAX, idx);
  mov_imm32(&c->b, RCX, off);
  ins_r(&c->b, 0, 1, 0x01, 1, RCX, RAX); /* add rax, rcx */
  return (jm){MEMB, RAX, 0};
}
/* emit_mark for an access [r12 + idx + disp]. */
static void fast_mark(jbuf *j, jm m) {
  ins_m(j, 0, 1, 0x8D, 1, RCX, (jm){m.index, -1, m.disp});
  ins_r(j, 0, 1, 0xC1, 1, 5, RCX);
  by(j, H_DIRTY_SHIFT);
  ins_m(j, 0, 0, 0xC6, 1, 0, (jm){MEMB, RCX, -(int32_t)H_DIRTY_MAP_BYTES});
  by(j, 1);
}

/* d = a OP b for a two-operand r, r/m opcode (olen bytes): into d directly unless d is b's
 * register (then through rax). w: 64-bit. */
static void fast_bin(jc *c, int w, uint32_t opc, int olen, uint32_t dst, int ra, int rb) {
  jbuf *j = &c->b;
  int rd = rc_def(c, dst);
  bool commutes = (olen == 1 && (opc == 0x03 || opc == 0x23 || opc == 0x0B || opc == 0x33)) ||
                  (olen == 2 && opc == 0x0FAF);
  if (rd == rb && rd != ra && commutes) { /* d = b OP a */
    ins_r(j, 0, w, opc, olen, rd, ra);
    return;
  }
  if (rd == rb && rd != ra) {
    mov_rr(j, 1, RAX, ra);
    ins_r(j, 0, w, opc, olen, RAX, rb);
    mov_rr(j, 1, rd, RAX);
    return;
  }
  if (rd != ra && rd != rb && opc == 0x03 && olen == 1) { /* add: lea rd, [ra + rb] */
    ins_m(j, 0, w, 0x8D, 1, rd, (jm){ra, rb, 0});
    return;
  }
  if (rd != ra) mov_rr(j, w, rd, ra);
  ins_r(j, 0, w, opc, olen, rd, rb);
}
/* movaps xd, xs */
static void xmov(jbuf *j, int xd, int xs) {
  if (xd != xs) ins_r(j, 0, 0, 0x0F28, 2, xd, xs);
}
/* dst = a OP b for scalar SSE (prefix pfx, 0F opc), in xmm registers. */
static void fast_xbin(jc *c, unsigned pfx, unsigned opc, uint32_t dst, uint32_t a, uint32_t b) {
  jbuf *j = &c->b;
  int xa = rc_xget(c, a), xb = rc_xget(c, b);
  int xd = rc_xdef(c, dst);
  if (xd == xb && xd != xa) {
    xmov(j, 0, xa);
    ins_r(j, pfx, 0, 0x0F00u | opc, 2, 0, xb);
    xmov(j, xd, 0);
    return;
  }
  xmov(j, xd, xa);
  ins_r(j, pfx, 0, 0x0F00u | opc, 2, xd, xb);
}

/* The instructions emit_fast handles. */
static bool is_fast(unsigned op) {
  int w, e, cc, f;
  unsigned u, p;
  ldef ld;
  uint32_t ko;
  int kl;
  if (alu_of(op, &w, &u, &e) || shift_of(op, &w, &e) || cmp_of(op, &w, &cc, &f) || k_mem_base[op] ||
      extend_of(op, &ld) || kop_of(op, &ko, &kl))
    return true;
  if (k_loadop_base[op] || sse_of(op, &p, &u)) return true;
  switch (op) {
  case H_OP_F64_SQRT: case H_OP_F32_SQRT:
  case H_OP_NOP: case H_OP_BR: case H_OP_BR_IF: case H_OP_BR_IFZ: case H_OP_MOV:
  case H_OP_BR_LOOP: case H_OP_BR_IF_LOOP: case H_OP_BR_TABLE:
  case H_OP_CONST32: case H_OP_CONST64: case H_OP_SELECT: case H_OP_GLOBAL_GET:
  case H_OP_GLOBAL_SET: case H_OP_I32_MUL: case H_OP_I32_MUL_I: case H_OP_I64_MUL:
  case H_OP_I64_MUL_I: case H_OP_I32_EQZ: case H_OP_I64_EQZ: case H_OP_I32_WRAP_I64:
  case H_OP_I64_EXTEND_I32_U: case H_OP_I32_REINTERPRET_F32: case H_OP_F32_REINTERPRET_I32:
  case H_OP_I64_REINTERPRET_F64: case H_OP_F64_REINTERPRET_I64:
    return true;
  default:
    return false;
  }
}

/* One instruction of is_fast() through the register cache. */
static void emit_fast(jc *c, const h_word *w, uint32_t i, const h_word *ipf) {
  jbuf *j = &c->b;
  unsigned op = w[0];
  int wd, ext, cc, form, kind;
  unsigned rmop, pfx;
  uint32_t rd[4];
  int nrd = 0;
  uint32_t dst = NO_SLOT;
  if ((kind = alu_of(op, &wd, &rmop, &ext)) != 0) { /* dst, a, b / imm */
    dst = w[1];
    int ra = rc_get(c, w[2]);
    rd[nrd++] = w[2];
    if (kind == 2) {
      int r = rc_def(c, dst);
      int32_t k = (int32_t)w[3];
      if (r != ra && (ext == 0 || (ext == 5 && k != INT32_MIN))) { /* add/sub: lea r, [ra +- k] */
        ins_m(j, 0, wd, 0x8D, 1, r, (jm){ra, -1, ext == 0 ? k : -k});
      } else {
        if (r != ra) mov_rr(j, wd, r, ra);
        alu_imm(j, wd, ext, r, w[3]);
      }
    } else {
      int rb = rc_get(c, w[3]);
      rd[nrd++] = w[3];
      fast_bin(c, wd, rmop, 1, dst, ra, rb);
    }
  } else if ((kind = shift_of(op, &wd, &ext)) != 0) {
    dst = w[1];
    int ra = rc_get(c, w[2]);
    rd[nrd++] = w[2];
    if (kind == 1) {
      int rb = rc_get(c, w[3]);
      rd[nrd++] = w[3];
      mov_rr(j, 0, RCX, rb);
    }
    int r = rc_def(c, dst);
    unsigned sh = w[3] & (wd ? 63u : 31u);
    if (kind == 2 && ext == 4 && sh >= 1 && sh <= 3 && r != ra) { /* shl by 1-3: one lea */
      if (sh == 1) {
        ins_m(j, 0, wd, 0x8D, 1, r, (jm){ra, ra, 0}); /* lea r, [ra + ra] */
      } else { /* lea r, [ra * 2^sh + 0]: SIB without a base, disp32 */
        unsigned rex = 0x40u | (unsigned)wd << 3 | (unsigned)((r >> 3) & 1) << 2 | (unsigned)((ra >> 3) & 1) << 1;
        if (rex != 0x40) by(j, rex);
        by(j, 0x8D);
        by(j, (unsigned)(r & 7) << 3 | 4u);
        by(j, sh << 6 | (unsigned)(ra & 7) << 3 | 5u);
        d32(j, 0);
      }
    } else {
      if (r != ra) mov_rr(j, wd, r, ra);
      if (kind == 2) {
        ins_r(j, 0, wd, 0xC1, 1, ext, r);
        by(j, sh);
      } else {
        ins_r(j, 0, wd, 0xD3, 1, ext, r);
      }
    }
  } else if (cmp_of(op, &wd, &cc, &form)) {
    /* plain: dst, a, b; _I: dst, a, imm; BR_: a, b, rel; BR_ _I: a, imm, rel */
    uint32_t a = form < 2 ? w[2] : w[1], b = w[form < 2 ? 3 : 2];
    int ra = rc_get(c, a), rb = -1;
    rd[nrd++] = a;
    if (!(form & 1)) {
      rb = rc_get(c, b);
      rd[nrd++] = b;
    }
    /* A forward branch leaves the frame exact; a backward one keeps registers dirty (back_edge)
     * but stores the temporaries it pops (its check point may leave for the interpreter, which
     * runs this instruction again from the frame). */
    if (form >= 2 && (int32_t)w[3] > 0) rc_drop_popped(c, rd, nrd);
    else if (form >= 2) store_popped(c, rd, nrd);
    if (form & 1)
      alu_imm(j, wd, 7, ra, b);
    else
      ins_r(j, 0, wd, 0x39, 1, rb, ra); /* cmp ra, rb */
    if (form < 2) {
      dst = w[1];
      ins_r(j, 0, 0, 0x0F90u + (unsigned)cc, 2, 0, RAX); /* setcc al */
      ins_r(j, 0, 0, 0x0FB6, 2, rc_def(c, dst), RAX);    /* movzx rd, al */
    } else {
      cond_branch(c, cc, i, (int32_t)w[3], ipf, rd, nrd);
    }
  } else if (k_mem_base[op]) {
    unsigned base = k_mem_base[op] - 1u;
    int f = mem_form(op);
    ldef ld;
    int fa = f == AF_V ? AF_PLAIN : f;
    uint32_t na = addr_words(fa);
    if (load_of(base, &ld)) { /* dst, addr..., offset */
      dst = w[1];
      int idx = fast_index(c, fa, w, 2, rd, &nrd);
      jm m = fast_mem(c, idx, w[2 + na]);
      if (base == H_OP_F64_LOAD)
        ins_m(j, 0xF3, 0, 0x0F7E, 2, rc_xdef(c, dst), m); /* movq xmm, [m] */
      else if (base == H_OP_F32_LOAD)
        ins_m(j, 0x66, 0, 0x0F6E, 2, rc_xdef(c, dst), m); /* movd xmm, [m] */
      else
        ins_m(j, 0, ld.w, ld.opc, ld.olen, rc_def(c, dst), m);
    } else {
      int size = store_size(base);
      assert(size);
      /* STORE: addr..., val, offset; _V: addr, imm, offset */
      uint32_t val = w[1 + na], rv = 0;
      int kv = f != AF_V ? rc_find(c, val) : -1;
      bool xv = kv >= 0 && IS_X(kv) && (size == 8 || size == 4); /* stored from its xmm register */
      if (f != AF_V) {
        rv = (uint32_t)(xv ? rc_xget(c, val) : rc_get(c, val));
        rd[nrd++] = val;
      }
      int idx = fast_index(c, fa, w, 1, rd, &nrd);
      jm m = fast_mem(c, idx, w[2 + na]);
      if (f == AF_V) {
        store_imm(j, size, m, val);
      } else if (xv) {
        ins_m(j, 0x66, 0, size == 8 ? 0x0FD6 : 0x0F7E, 2, (int)rv, m); /* movq / movd [m], xmm */
      } else if (size == 1) {
        /* sil, dil, bpl need a REX prefix, which the r12 base always brings */
        ins_m(j, 0, 0, 0x88, 1, (int)rv, m);
      } else if (size == 2) {
        ins_m(j, 0x66, 0, 0x89, 1, (int)rv, m);
      } else {
        ins_m(j, 0, size == 8, 0x89, 1, (int)rv, m);
      }
      if (c->marks) fast_mark(j, m);
    }
  } else if (k_loadop_base[op] && sse_of(k_loadop_base[op] - 1u, &pfx, &rmop)) {
    dst = w[1]; /* dst, a, base, imm, offset */
    int xa = rc_xget(c, w[2]);
    rd[nrd++] = w[2];
    int idx = fast_index(c, AF_AI, w, 3, rd, &nrd);
    jm m = fast_mem(c, idx, w[5]);
    int xd = rc_xdef(c, dst);
    xmov(j, xd, xa);
    ins_m(j, pfx, 0, 0x0F00u | rmop, 2, xd, m);
  } else if (sse_of(op, &pfx, &rmop)) { /* dst, a, b */
    dst = w[1];
    fast_xbin(c, pfx, rmop, dst, w[2], w[3]);
    rd[nrd++] = w[2];
    rd[nrd++] = w[3];
  } else if (op == H_OP_F64_SQRT || op == H_OP_F32_SQRT) {
    pfx = op == H_OP_F64_SQRT ? 0xF2 : 0xF3;
    dst = w[1];
    int xa = rc_xget(c, w[2]);
    rd[nrd++] = w[2];
    int xd = rc_xdef(c, dst);
    if (pfx == 0xF3 && xd != xa) ins_r(j, 0x66, 0, 0x0FEF, 2, xd, xd); /* pxor: bits 32..63 zero */
    ins_r(j, pfx, 0, 0x0F51, 2, xd, xa); /* sqrtsd/sqrtss xd, xa */
  } else if (k_loadop_base[op]) { /* dst, a, base, imm, offset: dst = OP(a, load at base + imm + offset) */
    unsigned bop = k_loadop_base[op] - 1u;
    int ok = alu_of(bop, &wd, &rmop, &ext);
    assert(ok == 1);
    (void)ok;
    dst = w[1];
    int ra = rc_get(c, w[2]);
    rd[nrd++] = w[2];
    int idx = fast_index(c, AF_AI, w, 3, rd, &nrd);
    jm m = fast_mem(c, idx, w[5]);
    int r = rc_def(c, dst);
    if (r == m.index) { /* dst is the address's slot: through rdx */
      mov_rr(j, 1, RDX, ra);
      ins_m(j, 0, wd, rmop, 1, RDX, m);
      mov_rr(j, 1, r, RDX);
    } else {
      if (r != ra) mov_rr(j, wd, r, ra);
      ins_m(j, 0, wd, rmop, 1, r, m);
    }
  } else {
    uint32_t kopc;
    int kolen;
    ldef ex;
    if (kop_of(op, &kopc, &kolen)) { /* dst, a, lo, hi */
      dst = w[1];
      int ra = rc_get(c, w[2]);
      rd[nrd++] = w[2];
      mov_imm64(j, RCX, (uint64_t)w[3] | (uint64_t)w[4] << 32);
      mov_rr(j, 1, RAX, ra);
      ins_r(j, 0, 1, kopc, kolen, RAX, RCX);
      mov_rr(j, 1, rc_def(c, dst), RAX);
    } else if (extend_of(op, &ex)) {
      dst = w[1];
      int ra = rc_get(c, w[2]);
      rd[nrd++] = w[2];
      if (ex.opc == 0x0FBE) { /* a byte register: through eax (sil, dil, bpl need a REX) */
        mov_rr(j, 0, RAX, ra);
        ra = RAX;
      }
      ins_r(j, 0, ex.w, ex.opc, ex.olen, rc_def(c, dst), ra);
    } else {
      switch (op) {
      case H_OP_NOP:
        break;
      case H_OP_BR: {
        uint32_t tgt = (uint32_t)((int32_t)i + (int32_t)w[1]);
        if (!single_pred(c, tgt)) rc_flush(c); /* else it takes the registers as they are */
        jump_to(c, -1, tgt);
        break;
      }
      case H_OP_BR_LOOP:
        back_edge(c, (uint32_t)((int32_t)i + (int32_t)w[1]), ipf, NULL, 0);
        break;
      case H_OP_BR_IF_LOOP: {
        int r = rc_get(c, w[1]);
        rd[nrd++] = w[1];
        store_popped(c, rd, nrd); /* the check point may leave to run this again */
        ins_r(j, 0, 0, 0x85, 1, r, r);
        by(j, 0x0F);
        by(j, 0x80u + C_E);
        uint32_t at = (uint32_t)j->n;
        d32(j, 0);
        back_edge(c, (uint32_t)((int32_t)i + (int32_t)w[2]), ipf, rd, nrd);
        patch32(j, at, (uint32_t)(j->n - (at + 4)));
        break;
      }
      case H_OP_BR_IF: case H_OP_BR_IFZ: {
        int r = rc_get(c, w[1]);
        rd[nrd++] = w[1];
        rc_drop_popped(c, rd, nrd);
        ins_r(j, 0, 0, 0x85, 1, r, r);
        fwd_branch(c, op == H_OP_BR_IF ? C_NE : C_E, (uint32_t)((int32_t)i + (int32_t)w[2]));
        break;
      }
      case H_OP_BR_TABLE: { /* idx, n, rel[0..n]: a check point, then an indirect jump via a table */
        uint32_t n = w[2];
        int r = rc_get(c, w[1]);
        rd[nrd++] = w[1];
        /* The check point's refill stub stores the dirty registers, the index too (it may leave,
         * and the interpreter runs this again from the frame), and loads them all again after its
         * call. A target reached from here alone takes the registers as they are (dirty ones
         * too, the index dropped); an entry that leaves the innermost loop for a label reached
         * from elsewhere too goes through an out-of-line block that stores the dirty ones first
         * (jspill); any other such entry has every register stored before the dispatch. */
        bool inner = false; /* an entry to a label reached from elsewhere too, within the loop */
        for (uint32_t k = 0; k <= n && !inner; k++) {
          uint32_t tgt = (uint32_t)((int32_t)i + (int32_t)w[3 + k]);
          inner = tgt <= i || (!single_pred(c, tgt) && (!c->nloops || tgt < c->loops[c->nloops - 1].end));
        }
        if (inner) rc_flush(c); /* an out-of-line block on a common path costs more than it saves */
        uint32_t keep[JIT_POOL], kd = 0, bits = 0;
        for (int k = 0; k < JIT_POOL; k++) {
          keep[k] = c->rc[k].slot;
          if (keep[k] != NO_SLOT && c->rc[k].dirty) kd |= 1u << k;
        }
        rc_drop_popped(c, rd, nrd);
        for (int k = 0; k < JIT_POOL; k++)
          if (c->rc[k].slot != NO_SLOT && c->rc[k].dirty) bits |= 1u << k;
        check_point_k(c, ipf, keep, kd, NO_SLOT);
        mov_rr(j, 0, RAX, r);
        mov_imm32(j, RCX, n);
        ins_r(j, 0, 0, 0x39, 1, RCX, RAX);            /* cmp eax, ecx */
        ins_r(j, 0, 0, 0x0F40u + C_A, 2, RAX, RCX);   /* cmova eax, ecx */
        by(j, 0x48);
        by(j, 0x8D);
        by(j, 0x0D); /* lea rcx, [rip + table] */
        uint32_t lea_at = (uint32_t)j->n;
        d32(j, 0);
        by(j, 0x48);
        by(j, 0x63);
        by(j, 0x04);
        by(j, 0x81); /* movsxd rax, [rcx + rax*4] */
        by(j, 0x48);
        by(j, 0x01);
        by(j, 0xC8); /* add rax, rcx */
        by(j, 0xFF);
        by(j, 0xE0); /* jmp rax */
        uint32_t table = (uint32_t)j->n;
        patch32(j, lea_at, table - (lea_at + 4));
        for (uint32_t k = 0; k <= n; k++) {
          /* entries hold target - table; fixed up with the branch fix-ups (flag: high bit of tgt) */
          uint32_t at = (uint32_t)j->n;
          d32(j, table);
          uint32_t tgt = (uint32_t)((int32_t)i + (int32_t)w[3 + k]);
          bool one = tgt > i && single_pred(c, tgt);
          if (!bits || one) {
            PUSHV(c->fix, c->nfix, c->cfix, ((jfix){at | 0x80000000u, tgt}));
            /* backward targets arrive with none (L_EMPTY); a single one noted once */
            if (tgt > i && !(one && (c->lfl[c->lid[tgt]] & L_SEEN))) note_jump(c, tgt);
            continue;
          }
          jspill sp = {at, table, tgt, bits, {0}};
          for (int q = 0; q < JIT_POOL; q++) {
            sp.keep[q] = c->rc[q].slot;
            c->rc[q].dirty = false;
          }
          if (tgt > i) note_jump(c, tgt);
          for (int q = 0; q < JIT_POOL; q++) c->rc[q].dirty = bits >> q & 1;
          PUSHV(c->sp, c->nsp, c->csp, sp);
        }
        nrd = 0; /* dropped already */
        break;
      }
      case H_OP_MOV: {
        dst = w[1];
        if (w[2] == dst) break;
        int k = rc_find(c, w[2]);
        if (k < 0 && w[2] < c->stack_base) { /* a local in memory: loaded straight into dst's */
          ins_m(j, 0, 1, 0x8B, 1, rc_def(c, dst), slot(w[2]));
          break;
        }
        bool x = k >= 0 && IS_X(k); /* an f32/f64 in an xmm register stays there */
        int r = x ? rc_xget(c, w[2]) : rc_get(c, w[2]);
        rd[nrd++] = w[2];
        k = rc_find(c, w[2]);
        if (w[2] >= c->stack_base) { /* a dying temporary: its register becomes dst's */
          int kd = rc_find(c, dst);
          if (kd >= 0) c->rc[kd] = (rc_ent){NO_SLOT, false, false, 0};
          c->rc[k].slot = dst;
          c->rc[k].dirty = true;
          nrd = 0;
        } else if (x) {
          xmov(j, rc_xdef(c, dst), r);
        } else {
          mov_rr(j, 1, rc_def(c, dst), r);
        }
        break;
      }
      case H_OP_CONST32:
        dst = w[1];
        mov_imm32(j, rc_def(c, dst), w[2]);
        break;
      case H_OP_CONST64:
        dst = w[1];
        mov_imm64(j, rc_def(c, dst), (uint64_t)w[2] | (uint64_t)w[3] << 32);
        break;
      case H_OP_SELECT: { /* dst, a, b, cond */
        dst = w[1];
        int ra = rc_get(c, w[2]), rb = rc_get(c, w[3]), rk = rc_get(c, w[4]);
        rd[nrd++] = w[2];
        rd[nrd++] = w[3];
        rd[nrd++] = w[4];
        mov_rr(j, 1, RAX, ra);
        ins_r(j, 0, 0, 0x85, 1, rk, rk);
        ins_r(j, 0, 1, 0x0F40u + C_E, 2, RAX, rb); /* cmovz rax, rb */
        mov_rr(j, 1, rc_def(c, dst), RAX);
        break;
      }
      case H_OP_GLOBAL_GET: /* dst, idx */
        dst = w[1];
        ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){CTX, -1, (int32_t)offsetof(h_jit_ctx, globals)});
        ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){RAX, -1, (int32_t)(w[2] * sizeof(void *))});
        ins_m(j, 0, 1, 0x8B, 1, rc_def(c, dst), (jm){RAX, -1, (int32_t)offsetof(hearth_global, v)});
        break;
      case H_OP_GLOBAL_SET: { /* idx, src */
        int r = rc_get(c, w[2]);
        rd[nrd++] = w[2];
        ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){CTX, -1, (int32_t)offsetof(h_jit_ctx, globals)});
        ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){RAX, -1, (int32_t)(w[1] * sizeof(void *))});
        ins_m(j, 0, 1, 0x89, 1, r, (jm){RAX, -1, (int32_t)offsetof(hearth_global, v)});
        break;
      }
      case H_OP_I32_MUL: case H_OP_I64_MUL: {
        dst = w[1];
        int ra = rc_get(c, w[2]), rb = rc_get(c, w[3]);
        rd[nrd++] = w[2];
        rd[nrd++] = w[3];
        fast_bin(c, op == H_OP_I64_MUL, 0x0FAF, 2, dst, ra, rb);
        break;
      }
      case H_OP_I32_MUL_I: case H_OP_I64_MUL_I: {
        dst = w[1];
        int ra = rc_get(c, w[2]);
        rd[nrd++] = w[2];
        ins_r(j, 0, op == H_OP_I64_MUL_I, 0x69, 1, rc_def(c, dst), ra); /* imul rd, ra, imm32 */
        d32(j, w[3]);
        break;
      }
      case H_OP_I32_EQZ: case H_OP_I64_EQZ: {
        dst = w[1];
        int ra = rc_get(c, w[2]);
        rd[nrd++] = w[2];
        ins_r(j, 0, op == H_OP_I64_EQZ, 0x85, 1, ra, ra);
        ins_r(j, 0, 0, 0x0F90u + C_E, 2, 0, RAX);
        ins_r(j, 0, 0, 0x0FB6, 2, rc_def(c, dst), RAX);
        break;
      }
      case H_OP_I32_WRAP_I64: case H_OP_I64_EXTEND_I32_U: case H_OP_I32_REINTERPRET_F32:
      case H_OP_F32_REINTERPRET_I32: case H_OP_I64_REINTERPRET_F64: case H_OP_F64_REINTERPRET_I64: {
        dst = w[1];
        int ra = rc_get(c, w[2]);
        rd[nrd++] = w[2];
        bool w64 = op == H_OP_I64_REINTERPRET_F64 || op == H_OP_F64_REINTERPRET_I64;
        mov_rr(j, w64, rc_def(c, dst), ra);
        break;
      }
      default:
        assert(!"is_fast and emit_fast disagree");
        break;
      }
    }
  }
  rc_done(c, rd, nrd, dst);
}

/* One instruction: w points at its op word (one-word form), ipf is its final position. */
static void emit_one(jc *c, const h_word *w, uint32_t i, const h_word *ipf) {
  jbuf *j = &c->b;
  unsigned op = w[0];
  int wd, ext, cc, form;
  unsigned rmop, pfx;
  if (op == H_OP_CALL) {
    emit_call(c, w, ipf);
    return;
  }
  if (op == H_OP_CALL_INDIRECT) {
    emit_call_indirect(c, w, ipf);
    return;
  }
  if (op == H_OP_RETURN) {
    emit_return(c, w, ipf);
    return;
  }
  if (is_exit(op)) {
    exit_if(c, -1, ipf);
    return;
  }
  int kind;
  if ((kind = alu_of(op, &wd, &rmop, &ext)) != 0) {
    bool imm = kind == 2;
    (wd ? ld64 : ld32)(c, RAX, w[2]);
    if (imm)
      alu_imm(j, wd, ext, RAX, w[3]);
    else
      ins_m(j, 0, wd, rmop, 1, RAX, slot(w[3]));
    st64(c, RAX, w[1]);
    return;
  }
  if ((kind = shift_of(op, &wd, &ext)) != 0) {
    bool imm = kind == 2;
    (wd ? ld64 : ld32)(c, RAX, w[2]);
    if (imm) {
      ins_r(j, 0, wd, 0xC1, 1, ext, RAX);
      by(j, w[3] & (wd ? 63u : 31u));
    } else {
      ld32(c, RCX, w[3]);
      ins_r(j, 0, wd, 0xD3, 1, ext, RAX);
    }
    st64(c, RAX, w[1]);
    return;
  }
  if (cmp_of(op, &wd, &cc, &form)) {
    /* plain: dst, a, b; _I: dst, a, imm; BR_: a, b, rel; BR_ _I: a, imm, rel */
    uint32_t a = form < 2 ? w[2] : w[1];
    (wd ? ld64 : ld32)(c, RAX, a);
    if (form & 1)
      alu_imm(j, wd, 7, RAX, w[form < 2 ? 3 : 2]);
    else
      ins_m(j, 0, wd, 0x3B, 1, RAX, slot(w[form < 2 ? 3 : 2]));
    if (form < 2) {
      setcc_zx(j, cc, RAX);
      st64(c, RAX, w[1]);
      return;
    }
    cond_branch(c, cc, i, (int32_t)w[3], ipf, NULL, 0);
    return;
  }
  if (k_mem_base[op]) {
    unsigned base = k_mem_base[op] - 1u;
    int f = mem_form(op);
    ldef ld;
    if (load_of(base, &ld)) { /* dst, addr..., offset */
      uint32_t ko = emit_addr(c, f, w, 2);
      jm m = emit_off(c, w[ko]);
      ins_m(j, 0, ld.w, ld.opc, ld.olen, RAX, m);
      st64(c, RAX, w[1]);
      return;
    }
    int size = store_size(base);
    assert(size);
    /* STORE: addr..., val, offset; _V: addr, imm, offset */
    uint32_t kv = emit_addr(c, f == AF_V ? AF_PLAIN : f, w, 1);
    uint32_t val = w[kv];
    jm m = emit_off(c, w[kv + 1]);
    if (f == AF_V) {
      store_imm(j, size, m, val);
      if (c->marks) emit_mark(j, m);
      return;
    }
    ld64(c, RDX, val);
    if (size == 1)
      ins_m(j, 0, 0, 0x88, 1, RDX, m);
    else if (size == 2)
      ins_m(j, 0x66, 0, 0x89, 1, RDX, m);
    else
      ins_m(j, 0, size == 8, 0x89, 1, RDX, m);
    if (c->marks) emit_mark(j, m);
    return;
  }
  if (k_loadop_base[op]) { /* dst, a, base, imm, offset: dst = OP(a, load at base + imm + offset) */
    unsigned bop = k_loadop_base[op] - 1u;
    ld32(c, RAX, w[3]);
    alu_imm(j, 0, 0, RAX, w[4]);
    jm m = emit_off(c, w[5]);
    if (sse_of(bop, &pfx, &rmop)) {
      ld_xmm0(c, pfx, w[2]);
      ins_m(j, pfx, 0, 0x0F00u | rmop, 2, 0, m);
      store_xmm0(c, pfx, w[1]);
      return;
    }
    int ok = alu_of(bop, &wd, &rmop, &ext);
    assert(ok == 1);
    (void)ok;
    (wd ? ld64 : ld32)(c, RDX, w[2]);
    ins_m(j, 0, wd, rmop, 1, RDX, m);
    mov_rr(j, 1, RAX, RDX);
    st64(c, RAX, w[1]);
    return;
  }
  if (op == H_OP_F64_SQRT || op == H_OP_F32_SQRT) {
    pfx = op == H_OP_F64_SQRT ? 0xF2 : 0xF3;
    ins_m(j, pfx, 0, 0x0F51, 2, 0, slot(w[2]));
    store_xmm0(c, pfx, w[1]);
    return;
  }
  if (sse_of(op, &pfx, &rmop)) {
    ld_xmm0(c, pfx, w[2]); /* movsd/movss xmm0, [a] */
    ins_m(j, pfx, 0, 0x0F00u | rmop, 2, 0, slot(w[3])); /* op xmm0, [b] */
    store_xmm0(c, pfx, w[1]);
    return;
  }
  int sgn, rem, imm;
  if (divrem_of(op, &wd, &sgn, &rem, &imm)) { /* dst, a, b (or imm) */
    uint64_t k = wd ? (uint64_t)(int64_t)(int32_t)w[3] : (uint64_t)w[3];
    bool odd = imm && (k == 0 || (sgn && k == (wd ? UINT64_MAX : UINT32_MAX)));
    if (odd) { /* traps or needs the special case every time */
      emit_helper(c, op, ipf);
      return;
    }
    (wd ? ld64 : ld32)(c, RAX, w[2]);
    uint32_t to_slow = 0, to_slow2 = 0;
    if (imm) {
      mov_imm64(j, RCX, wd ? k : (uint32_t)k);
    } else {
      (wd ? ld64 : ld32)(c, RCX, w[3]);
      ins_r(j, 0, wd, 0x85, 1, RCX, RCX);
      by(j, 0x0F);
      by(j, 0x80u + C_E);
      to_slow = (uint32_t)j->n;
      d32(j, 0);
      if (sgn) {
        ins_r(j, 0, wd, 0x83, 1, 7, RCX);
        by(j, 0xFF); /* cmp rcx, -1 */
        by(j, 0x0F);
        by(j, 0x80u + C_E);
        to_slow2 = (uint32_t)j->n;
        d32(j, 0);
      }
    }
    if (sgn) {
      if (wd) by(j, 0x48);
      by(j, 0x99); /* cdq / cqo */
    } else {
      ins_r(j, 0, 0, 0x31, 1, RDX, RDX); /* xor edx, edx */
    }
    ins_r(j, 0, wd, 0xF7, 1, sgn ? 7 : 6, RCX); /* idiv / div rcx */
    if (rem) mov_rr(j, 1, RAX, RDX);
    st64(c, RAX, w[1]);
    if (imm) return;
    by(j, 0xE9);
    uint32_t to_done = (uint32_t)j->n;
    d32(j, 0);
    patch32(j, to_slow, (uint32_t)(j->n - (to_slow + 4)));
    if (sgn) patch32(j, to_slow2, (uint32_t)(j->n - (to_slow2 + 4)));
    emit_helper(c, op, ipf);
    patch32(j, to_done, (uint32_t)(j->n - (to_done + 4)));
    return;
  }
  uint32_t kopc;
  int kolen;
  if (kop_of(op, &kopc, &kolen)) { /* dst, a, lo, hi */
    ld64(c, RAX, w[2]);
    mov_imm64(j, RCX, (uint64_t)w[3] | (uint64_t)w[4] << 32);
    ins_r(j, 0, 1, kopc, kolen, RAX, RCX);
    st64(c, RAX, w[1]);
    return;
  }
  ldef ext_;
  if (extend_of(op, &ext_)) {
    ins_m(j, 0, ext_.w, ext_.opc, ext_.olen, RAX, slot(w[2]));
    st64(c, RAX, w[1]);
    return;
  }
  switch (op) {
  case H_OP_NOP:
    return;
  case H_OP_MOV128:
    ld64(c, RAX, w[2]);
    ins_m(j, 0, 1, 0x8B, 1, RDX, slot(w[2] + 1));
    ins_m(j, 0, 1, 0x89, 1, RDX, slot(w[1] + 1));
    st64(c, RAX, w[1]);
    return;
  case H_OP_CONST128:
    mov_imm64(j, RDX, (uint64_t)w[4] | (uint64_t)w[5] << 32);
    ins_m(j, 0, 1, 0x89, 1, RDX, slot(w[1] + 1));
    mov_imm64(j, RAX, (uint64_t)w[2] | (uint64_t)w[3] << 32);
    st64(c, RAX, w[1]);
    return;
  case H_OP_SELECT128: /* dst, a, b, cond */
    ld32(c, RCX, w[4]);
    ins_m(j, 0, 1, 0x8B, 1, RDX, slot(w[2] + 1));
    ld64(c, RAX, w[2]);
    ins_r(j, 0, 0, 0x85, 1, RCX, RCX);
    ins_m(j, 0, 1, 0x0F40u + C_E, 2, RAX, slot(w[3]));
    ins_m(j, 0, 1, 0x0F40u + C_E, 2, RDX, slot(w[3] + 1));
    ins_m(j, 0, 1, 0x89, 1, RDX, slot(w[1] + 1));
    st64(c, RAX, w[1]);
    return;
  case H_OP_REF_NULL:
    mov_imm32(j, RAX, 0);
    st64(c, RAX, w[1]);
    return;
  case H_OP_STRUCT_GET: { /* dst, obj, type, field | signed: inline but for v128 fields */
    const h_rtt *rt = c->m->rtt && w[3] < c->m->ntypes ? c->m->rtt[w[3]] : NULL;
    uint32_t k = w[4] & 0x7FFFFFFFu;
    if (!rt || rt->kind != H_RTT_STRUCT || k >= rt->nfields) break;
    uint32_t sz = h_st_size(rt->stype[k]);
    if (sz > 8) break; /* v128: the helper */
    ld64(c, RAX, w[2]);
    ins_r(j, 0, 1, 0x85, 1, RAX, RAX);
    exit_if(c, C_E, ipf); /* null: the interpreter traps */
    /* the static type's offset: a subtype's fields begin with its supertype's, of the same
     * storage sizes (mutable fields invariant, immutable ones covariant within a representation),
     * and rtt.c lays fields out in order by size alone, so the prefix's offsets are the same */
    jm f = {RAX, -1, (int32_t)(sizeof(h_gcobj) + rt->offset[k])};
    ld_gc_field(j, sz, (w[4] >> 31) != 0, f, 0);
    st64(c, RAX, w[1]);
    return;
  }
  case H_OP_ARRAY_GET: { /* dst, arr, idx, storage type | signed: one load of the static element
                          * size (compile.c), the helper for v128 */
    uint8_t st = (uint8_t)w[4];
    uint32_t sz = h_st_size(st);
    if (sz > 8) break; /* v128 */
    arr_checked(c, w[2], w[3], ipf);
    unsigned sc = sz == 8 ? 3 : sz == 4 ? 2 : sz == 2 ? 1 : 0;
    ld_gc_field(j, sz, (w[4] >> 31) != 0, (jm){RAX, RCX, (int32_t)sizeof(h_gcobj)}, sc);
    st64(c, RAX, w[1]);
    return;
  }
  case H_OP_ARRAY_SET: { /* arr, idx, val, type | storage type << 24: inline for numeric and packed
                          * elements (no write barrier needed; a mutable array's subtypes have its
                          * storage type) */
    uint8_t est = (uint8_t)(w[4] >> 24);
    if (est == H_T_V128 || h_st_is_ref(est)) break; /* the helper: 16 bytes; the barrier */
    uint32_t sz = h_st_size(est);
    arr_checked(c, w[1], w[2], ipf);
    if (sz > 1) {
      ins_r(j, 0, 1, 0xC1, 1, 4, RCX);
      by(j, sz == 8 ? 3 : sz == 4 ? 2 : 1); /* shl rcx, log2(size) */
    }
    ins_m(j, 0, 1, 0x8B, 1, RDX, slot(w[3]));
    jm el = {RAX, RCX, (int32_t)sizeof(h_gcobj)};
    if (sz == 1) ins_m(j, 0, 0, 0x88, 1, RDX, el);
    else if (sz == 2) ins_m(j, 0x66, 0, 0x89, 1, RDX, el);
    else ins_m(j, 0, sz == 8, 0x89, 1, RDX, el);
    c->cached = NO_SLOT; /* rax holds the array, not a slot's value */
    return;
  }
  case H_OP_STRUCT_NEW: case H_OP_STRUCT_NEW_DEFAULT: case H_OP_ARRAY_NEW:
  case H_OP_ARRAY_NEW_DEFAULT: case H_OP_ARRAY_NEW_FIXED:
    if (!emit_gc_new(c, w, op, ipf)) break; /* the helper alone */
    return;
  case H_OP_STRUCT_SET: { /* obj, val, type, field: inline for numeric and packed fields (no
                           * write barrier needed); references keep the helper's barrier */
    const h_rtt *rt = c->m->rtt && w[3] < c->m->ntypes ? c->m->rtt[w[3]] : NULL;
    if (!rt || w[4] >= rt->nfields) break;
    uint8_t st = rt->stype[w[4]];
    uint32_t sz = st == H_ST_I8 ? 1 : st == H_ST_I16 ? 2 : st == H_T_I32 || st == H_T_F32 ? 4 :
                  st == H_T_I64 || st == H_T_F64 ? 8 : 0;
    if (!sz) break;
    ld64(c, RAX, w[1]);
    ins_r(j, 0, 1, 0x85, 1, RAX, RAX);
    exit_if(c, C_E, ipf); /* null: the interpreter traps */
    ins_m(j, 0, 1, 0x8B, 1, RDX, slot(w[2]));
    jm fl = {RAX, -1, (int32_t)(sizeof(h_gcobj) + rt->offset[w[4]])}; /* static: STRUCT_GET */
    if (sz == 1) ins_m(j, 0, 0, 0x88, 1, RDX, fl);
    else if (sz == 2) ins_m(j, 0x66, 0, 0x89, 1, RDX, fl);
    else ins_m(j, 0, sz == 8, 0x89, 1, RDX, fl);
    c->cached = NO_SLOT;
    return;
  }
  case H_OP_REF_I31: /* dst, a: (a << 1 | 1) in 32 bits drops bit 31 as h_gc_i31 does */
    ld32(c, RAX, w[2]);
    ins_m(j, 0, 0, 0x8D, 1, RAX, (jm){RAX, RAX, 1}); /* lea eax, [rax + rax + 1] */
    st64(c, RAX, w[1]);
    return;
  case H_OP_I31_GET: /* dst, a, signed: null leaves for the interpreter's trap */
    ld64(c, RAX, w[2]);
    ins_r(j, 0, 1, 0x85, 1, RAX, RAX);
    exit_if(c, C_E, ipf);
    ins_r(j, 0, 0, 0xD1, 1, w[3] ? 7 : 5, RAX); /* sar / shr eax, 1 */
    st64(c, RAX, w[1]);
    return;
  case H_OP_ARRAY_LEN:
    ld64(c, RAX, w[2]);
    ins_r(j, 0, 1, 0x85, 1, RAX, RAX);
    exit_if(c, C_E, ipf);
    ins_m(j, 0, 0, 0x8B, 1, RAX, (jm){RAX, -1, (int32_t)offsetof(h_gcobj, len)});
    st64(c, RAX, w[1]);
    return;
  case H_OP_REF_AS_NON_NULL: /* null: the interpreter runs it and traps */
    ld64(c, RAX, w[2]);
    ins_r(j, 0, 1, 0x85, 1, RAX, RAX);
    exit_if(c, C_E, ipf);
    st64(c, RAX, w[1]);
    return;
  case H_OP_REF_IS_NULL:
    ld64(c, RAX, w[2]);
    ins_r(j, 0, 1, 0x85, 1, RAX, RAX);
    setcc_zx(j, C_E, RAX);
    st64(c, RAX, w[1]);
    return;
  case H_OP_MOV:
    ld64(c, RAX, w[2]);
    st64(c, RAX, w[1]);
    return;
  case H_OP_CONST32:
    mov_imm32(j, RAX, w[2]);
    st64(c, RAX, w[1]);
    return;
  case H_OP_CONST64:
    mov_imm64(j, RAX, (uint64_t)w[2] | (uint64_t)w[3] << 32);
    st64(c, RAX, w[1]);
    return;
  case H_OP_SELECT: /* dst, a, b, cond */
    ld32(c, RCX, w[4]);
    ld64(c, RAX, w[2]);
    ins_r(j, 0, 0, 0x85, 1, RCX, RCX);
    ins_m(j, 0, 1, 0x0F40u + C_E, 2, RAX, slot(w[3])); /* cmovz rax, [b] */
    st64(c, RAX, w[1]);
    return;
  case H_OP_GLOBAL_GET: /* dst, idx */
    ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){CTX, -1, (int32_t)offsetof(h_jit_ctx, globals)});
    ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){RAX, -1, (int32_t)(w[2] * sizeof(void *))});
    ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){RAX, -1, (int32_t)offsetof(hearth_global, v)});
    st64(c, RAX, w[1]);
    return;
  case H_OP_GLOBAL_SET: /* idx, src */
    ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){CTX, -1, (int32_t)offsetof(h_jit_ctx, globals)});
    ins_m(j, 0, 1, 0x8B, 1, RAX, (jm){RAX, -1, (int32_t)(w[1] * sizeof(void *))});
    ld64(c, RCX, w[2]);
    ins_m(j, 0, 1, 0x89, 1, RCX, (jm){RAX, -1, (int32_t)offsetof(hearth_global, v)});
    return;
  case H_OP_I32_MUL: case H_OP_I64_MUL:
    wd = op == H_OP_I64_MUL;
    (wd ? ld64 : ld32)(c, RAX, w[2]);
    ins_m(j, 0, wd, 0x0FAF, 2, RAX, slot(w[3]));
    st64(c, RAX, w[1]);
    return;
  case H_OP_I32_MUL_I: case H_OP_I64_MUL_I:
    wd = op == H_OP_I64_MUL_I;
    ins_m(j, 0, wd, 0x69, 1, RAX, slot(w[2]));
    d32(j, w[3]);
    st64(c, RAX, w[1]);
    return;
  case H_OP_I32_EQZ: case H_OP_I64_EQZ:
    wd = op == H_OP_I64_EQZ;
    (wd ? ld64 : ld32)(c, RAX, w[2]);
    ins_r(j, 0, wd, 0x85, 1, RAX, RAX);
    setcc_zx(j, C_E, RAX);
    st64(c, RAX, w[1]);
    return;
  case H_OP_I32_WRAP_I64: case H_OP_I64_EXTEND_I32_U: case H_OP_I32_REINTERPRET_F32:
  case H_OP_F32_REINTERPRET_I32:
    ld32(c, RAX, w[2]);
    st64(c, RAX, w[1]);
    return;
  case H_OP_I64_REINTERPRET_F64: case H_OP_F64_REINTERPRET_I64:
    ld64(c, RAX, w[2]);
    st64(c, RAX, w[1]);
    return;
  default:
    break;
  }
  if (h_jit_xhelpers[op]) {
    emit_xhelper(c, op, ipf);
    return;
  }
  assert(h_jit_helpers[op]);
  emit_helper(c, op, ipf);
}

/* ---------------------------------------------------------------- code memory */

/* Both mappings of a chunk are populated when it is made (MADV_POPULATE_WRITE, MAP_POPULATE): a
 * system call each instead of a page fault per 4 KiB page on the first write (copying code in)
 * and another on the first execution, each 9-20 us on this kind of VM (docs/perf.md). Chunks
 * start small (a module that compiles a few functions populates 64 KiB) and double. */
static bool chunk_new(h_jit_chunk *k, size_t size) {
  int fd = memfd_create("hearth-jit", MFD_CLOEXEC);
  if (fd < 0) return false;
  bool ok = false;
  if (ftruncate(fd, (off_t)size) == 0) {
    void *rw = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
#ifdef MADV_POPULATE_WRITE
    /* writable: MAP_POPULATE maps a shared mapping's pages read-only, and each first write then
     * faults again; failure (kernels before 5.14) only costs those faults */
    if (rw != MAP_FAILED) (void)madvise(rw, size, MADV_POPULATE_WRITE);
#endif
    void *rx = rw == MAP_FAILED ? MAP_FAILED
                                : mmap(NULL, size, PROT_READ | PROT_EXEC, MAP_SHARED | MAP_POPULATE, fd, 0);
    if (rx != MAP_FAILED) {
      k->rw = rw;
      k->rx = rx;
      k->size = size;
      k->used = 0;
      ok = true;
    } else if (rw != MAP_FAILED) {
      munmap(rw, size);
    }
  }
  close(fd);
  return ok;
}

/* Copies n bytes of code into m's arena; returns the executable address or NULL. */
static uint8_t *arena_put(hearth_module *m, const uint8_t *code, size_t n) {
  h_jit_arena *a = m->jit;
  if (!a) {
    a = h_calloc(1, sizeof *a);
    if (!a) return NULL;
    pthread_mutex_init(&a->lock, NULL);
    m->jit = a; /* under compile_lock */
  }
  pthread_mutex_lock(&a->lock);
  size_t need = (n + 15) & ~(size_t)15;
  h_jit_chunk *k = a->chunks;
  uint8_t *at = NULL;
  if (!k || k->size - k->used < need) {
    h_jit_chunk *nk = h_calloc(1, sizeof *nk);
    size_t size = a->next < H_JIT_CHUNK_MIN ? H_JIT_CHUNK_MIN : a->next;
    if (size < need) size = (need + 4095) & ~(size_t)4095;
    if (nk && chunk_new(nk, size)) {
      a->next = size >= H_JIT_CHUNK / 2 ? H_JIT_CHUNK : size * 2;
      nk->next = a->chunks;
      a->chunks = k = nk;
    } else {
      h_free(nk);
      k = NULL;
    }
  }
  if (k) {
    memcpy(k->rw + k->used, code, n);
    at = k->rx + k->used;
    k->used += need;
  }
  pthread_mutex_unlock(&a->lock);
  return at;
}

void h_jit_module_free(hearth_module *m) {
  h_jit_arena *a = m->jit;
  if (!a) return;
  for (h_jit_chunk *k = a->chunks, *nx; k; k = nx) {
    nx = k->next;
    munmap(k->rw, k->size);
    munmap(k->rx, k->size);
    h_free(k);
  }
  pthread_mutex_destroy(&a->lock);
  h_free(a);
  m->jit = NULL;
}

/* ---------------------------------------------------------------- entry */

static void build_enter(void) {
  const char *st = getenv("HEARTH_JIT_STATS");
  if (st && st[0] && st[0] != '0') atexit(stats_report);
  jbuf jb = {0};
  jbuf *j = &jb;
  static const uint8_t push[] = {0x53, 0x55, 0x41, 0x54, 0x41, 0x55, 0x41, 0x56, 0x41, 0x57};
  for (size_t k = 0; k < sizeof push; k++) by(j, push[k]); /* push rbx, rbp, r12..r15 */
  by(j, 0x48);
  by(j, 0x83);
  by(j, 0xEC);
  by(j, 0x08);            /* sub rsp, 8: 16-byte aligned for helper calls */
  mov_rr(j, 1, FP, RSI);
  mov_rr(j, 1, MEMB, RDX);
  mov_rr(j, 1, CTX, RCX);
  ins_m(j, 0, 1, 0x89, 1, RSP, (jm){CTX, -1, (int32_t)offsetof(h_jit_ctx, entry_rsp)});
  ins_m(j, 0, 1, 0x8B, 1, BUD, (jm){CTX, -1, (int32_t)offsetof(h_jit_ctx, budget)});
  by(j, 0xFF);
  by(j, 0xE7); /* jmp rdi */
  if (j->oom || !chunk_new(&g_enter_chunk, 4096)) {
    h_free(jb.b);
    return;
  }
  memcpy(g_enter_chunk.rw, jb.b, jb.n);
  g_enter = (h_jit_enter_fn)(uintptr_t)g_enter_chunk.rx;
  h_free(jb.b);
}

/* The shared exit: rax holds the interpreter position. The machine stack goes back to the entry's
 * (leaving every direct call's return address behind: their frames stay for the interpreter). */
static void emit_exit_stub(jbuf *j) {
  ins_m(j, 0, 1, 0x8B, 1, RSP, (jm){CTX, -1, (int32_t)offsetof(h_jit_ctx, entry_rsp)});
  ins_m(j, 0, 1, 0x89, 1, BUD, (jm){CTX, -1, (int32_t)offsetof(h_jit_ctx, budget)});
  by(j, 0x48);
  by(j, 0x83);
  by(j, 0xC4);
  by(j, 0x08); /* add rsp, 8 */
  static const uint8_t pop[] = {0x41, 0x5F, 0x41, 0x5E, 0x41, 0x5D, 0x41, 0x5C, 0x5D, 0x5B};
  for (size_t k = 0; k < sizeof pop; k++) by(j, pop[k]);
  by(j, 0xC3);
}

bool h_jit_enabled(void) {
  static int on = -1;
  if (on < 0) {
    const char *e = getenv("HEARTH_JIT");
    int v = !(e && e[0] == '0') && h_opt_tier() != H_TIER_INTERP; /* HEARTH_TIER=interp */
    pthread_once(&g_enter_once, build_enter);
    __atomic_store_n(&on, v && g_enter != NULL, __ATOMIC_RELAXED);
  }
  return __atomic_load_n(&on, __ATOMIC_RELAXED) > 0;
}

#if H_JIT_DUMP
/* config.h H_JIT_DUMP: the function's code (as placed at base) and its instruction map into
 * $HEARTH_JIT_DUMP/f<base>.bin and .map. */
static void dump_code(const jc *c, const uint8_t *base, uint32_t n) {
  const char *dir = getenv("HEARTH_JIT_DUMP");
  if (!dir || !dir[0]) return;
  char path[4096];
  snprintf(path, sizeof path, "%s/f%llx.bin", dir, (unsigned long long)(uintptr_t)base);
  FILE *f = fopen(path, "wb");
  if (!f) return;
  fwrite(c->b.b, 1, c->b.n, f);
  fclose(f);
  snprintf(path, sizeof path, "%s/f%llx.map", dir, (unsigned long long)(uintptr_t)base);
  if (!(f = fopen(path, "w"))) return;
  for (uint32_t i = 0; i < n;) {
    unsigned op = c->w[i];
    fprintf(f, "%x %u %s%s\n", c->mpos[i], i, k_op_names[op], c->label[i] ? " label" : "");
    i += 1 + (op == H_OP_BR_TABLE ? 3 + c->w[i + 2] : c->nwords[op]);
  }
  fclose(f);
}
#endif

/* Machine code for w[0..n) (see h_jit_compile) into jf, published there: map, then base, then
 * direct with release stores (a deferred jf may be read by other threads meanwhile). False when
 * memory runs out (jf untouched: the function stays interpreted). Under the module's compile_lock. */
static bool build(hearth_module *m, const h_word *w, uint32_t n, const uint32_t *before,
                  const uint8_t *nwords, const h_word *code, uint32_t ncode,
                  const h_cfunc *layout, h_jit_func *jf) {
  bool ok = false;
  uint32_t *map = NULL;
  jc cs;
  memset(&cs, 0, sizeof cs);
  jc *c = &cs;
  c->m = m;
  c->marks = !m->engine->cfg.no_reset; /* its instances are never reset (snapshot.c refuses) */
  c->stack_base = layout->param_slots + layout->local_slots;
  c->mpos = h_malloc(((size_t)n + 1) * sizeof *c->mpos);
  c->label = h_calloc((size_t)n + 1, 1);
  if (!c->mpos || !c->label) goto done;
  c->label[0] = 1;
  for (uint32_t i = 0; i < n;) { /* branch targets and the instructions calls return to */
    unsigned op = w[i];
    uint32_t nx = i + 1 + (op == H_OP_BR_TABLE ? 3 + w[i + 2] : nwords[op]);
    uint32_t r0, r1;
    branch_words(w + i, &r0, &r1);
    for (uint32_t r = r0; r < r1; r++) {
      uint32_t t = (uint32_t)((int32_t)i + (int32_t)w[i + r]);
      assert(t <= n);
      c->label[t] = 1;
    }
    if (is_exit(op)) c->label[nx] = 1;
    i = nx;
  }
  /* Labels for the register cache: numbered, and those entered with no register marked. */
  uint32_t nl = 0;
  for (uint32_t i = 0; i <= n; i++) nl += c->label[i];
  c->lid = h_malloc(((size_t)n + 1) * sizeof *c->lid);
  c->lst = nl <= H_JIT_CARRY_LABELS ? h_malloc((size_t)nl * sizeof *c->lst) : NULL;
  c->lfl = nl <= H_JIT_CARRY_LABELS ? h_calloc(nl ? nl : 1, 1) : NULL;
  c->lend = nl <= H_JIT_CARRY_LABELS ? h_calloc(nl ? nl : 1, sizeof *c->lend) : NULL;
  c->ldirty = nl <= H_JIT_CARRY_LABELS ? h_calloc(nl ? nl : 1, sizeof *c->ldirty) : NULL;
  c->nslots = layout->frame_slots;
  c->stamp = h_calloc(c->nslots ? c->nslots : 1, sizeof *c->stamp);
  c->w = w;
  c->nwords = nwords;
  c->carry = c->lid && c->lst && c->lfl && c->lend && c->ldirty && c->stamp;
  if (c->carry) {
    for (uint32_t i = 0, l = 0; i <= n; i++) c->lid[i] = c->label[i] ? l++ : NO_SLOT;
    c->lfl[c->lid[0]] |= L_EMPTY;
    for (uint32_t i = 0; i < n;) {
      unsigned op = w[i];
      uint32_t nx = i + 1 + (op == H_OP_BR_TABLE ? 3 + w[i + 2] : nwords[op]);
      if (is_exit(op) && nx <= n) c->lfl[c->lid[nx]] |= L_EMPTY; /* the interpreter comes back */
      if (op == H_OP_BR_TABLE)
        for (uint32_t r = 0; r <= w[i + 2]; r++) {
          uint32_t t = (uint32_t)((int32_t)i + (int32_t)w[i + 3 + r]);
          if (t <= i) c->lfl[c->lid[t]] |= L_EMPTY;
        }
      uint32_t r0, r1;
      branch_words(w + i, &r0, &r1);
      for (uint32_t r = r0; r < r1; r++) { /* jumps to it: one (L_REF1) or more (L_REFN) */
        uint32_t t = (uint32_t)((int32_t)i + (int32_t)w[i + r]), dup = 0;
        for (uint32_t q = r0; q < r && !dup; q++) /* a br_table's entries to one label: one jump */
          dup = (uint32_t)((int32_t)i + (int32_t)w[i + q]) == t;
        if (dup) continue;
        t = c->lid[t];
        c->lfl[t] |= c->lfl[t] & L_REF1 ? L_REFN : L_REF1;
      }
      if (nx <= n && c->label[nx] && ends_flow(op)) c->lfl[c->lid[nx]] |= L_NOFALL;
      int wd, cc, form;
      uint32_t rel = op == H_OP_BR_LOOP ? 1 : op == H_OP_BR_IF_LOOP ? 2 :
                     cmp_of(op, &wd, &cc, &form) && form >= 2 ? 3 : 0;
      if (rel && (int32_t)w[i + rel] <= 0) { /* a backward jump: its loop's extent */
        uint32_t l = c->lid[(uint32_t)((int32_t)i + (int32_t)w[i + rel])];
        if (c->lend[l] < nx) c->lend[l] = nx;
      }
      i = nx;
    }
    for (uint32_t l = 0; l < nl; l++) /* one jump and no fall-through: its state exactly (note_jump) */
      if ((c->lfl[l] & (L_REF1 | L_REFN | L_NOFALL | L_EMPTY)) == (L_REF1 | L_NOFALL)) c->lfl[l] |= L_SINGLE;
  }
  c->cached = c->xcached = NO_SLOT;
  c->dead = false;
  c->nloops = 0;
  rc_forget(c);
  for (uint32_t i = 0; i < n;) {
    unsigned op = w[i];
    const h_word *ipf = code + i + before[i] + 1;
    bool fast = is_fast(op);
    c->cur = i;
    while (c->nloops && i >= c->loops[c->nloops - 1].end) c->nloops--;
    if (c->label[i]) { /* the fall-through into a label leaves the frame exact */
      rc_label(c, i);
      c->cached = c->xcached = NO_SLOT;
      uint32_t e = c->carry ? c->lend[c->lid[i]] : 0;
      if (e && c->nloops < sizeof c->loops / sizeof *c->loops)
        c->loops[c->nloops].head = i, c->loops[c->nloops++].end = e;
    }
    c->dead = false;
    c->mpos[i] = (uint32_t)c->b.n;
    if (fast) {
      emit_fast(c, w + i, i, ipf);
      c->cached = c->xcached = NO_SLOT; /* rax is scratch there, and slots may be newer in registers */
    } else {
      rc_sync(c); /* the frame exact, no register holding a slot */
      emit_one(c, w + i, i, ipf);
    }
    if (c->st_end != c->b.n) c->cached = NO_SLOT; /* rax was not the last thing stored */
    if (c->xst_end != c->b.n) c->xcached = NO_SLOT;
    uint32_t nx = i + 1 + (op == H_OP_BR_TABLE ? 3 + w[i + 2] : nwords[op]);
    c->dead = ends_flow(op);
    if (c->cached != NO_SLOT && c->cached >= c->stack_base && nx < n && !c->label[nx] &&
        !is_fast(w[nx]) && rax_only_reader(w + nx, c->cached) && !c->b.oom) {
      c->b.n = c->st_start; /* the next instruction takes the value from rax and pops it */
      c->st_end = c->b.n;
    }
    if (c->xcached != NO_SLOT && c->xcached >= c->stack_base && nx < n && !c->label[nx] &&
        !is_fast(w[nx]) && xmm0_only_reader(w + nx, c->xcached) && !c->b.oom) {
      c->b.n = c->xst_start;
      c->xst_end = c->b.n;
    }
    i = nx;
  }
  c->mpos[n] = (uint32_t)c->b.n;
  exit_if(c, -1, code + ncode); /* never reached: every function ends in RETURN */
  /* The direct-call entry: zeroes the locals ENTER_WASM zeroes, then the body. */
  uint32_t direct = (uint32_t)c->b.n;
  if (layout->zero_n) {
    mov_imm32(&c->b, RAX, 0);
    if (layout->zero_n <= 8) {
      for (uint32_t k = 0; k < layout->zero_n; k++) st64_(&c->b, RAX, layout->zero_lo + k);
    } else {
      ins_m(&c->b, 0, 1, 0x8D, 1, RDI, slot(layout->zero_lo));
      mov_imm32(&c->b, RCX, layout->zero_n);
      by(&c->b, 0xF3);
      by(&c->b, 0x48);
      by(&c->b, 0xAB); /* rep stosq */
    }
  }
  by(&c->b, 0xE9);
  d32(&c->b, (uint32_t)(0 - (c->b.n + 4)));
  /* Loop entries (on-stack replacement): the interpreter enters at a loop header (interp.c, at a
   * back-edge's budget refill). One that keeps registers across its back-edges is entered through
   * a stub that loads them from the frame, as a back-edge's conform does, then jumps to it; one
   * that keeps none is entered as it is (below). c->label is reused: 2 marks a header with a
   * stub, whose offset mpos[] of the header's last operand word keeps (never an instruction
   * start, so never read as one), 3 a header that keeps no register. */
  uint32_t nosr = 0;
  for (uint32_t i = 0; c->carry && i < n;) {
    unsigned op = w[i];
    uint32_t nx = i + 1 + (op == H_OP_BR_TABLE ? 3 + w[i + 2] : nwords[op]);
    uint32_t l = c->label[i] ? c->lid[i] : NO_SLOT;
    bool keeps = false;
    for (int k = 0; l != NO_SLOT && k < JIT_POOL; k++) keeps |= c->lst[l][k] != NO_SLOT;
    if (l != NO_SLOT && c->lend[l] && !(c->lfl[l] & L_EMPTY) && (c->lfl[l] & L_PLACED) && !keeps)
      c->label[i] = 3;
    if (l != NO_SLOT && c->lend[l] && !(c->lfl[l] & L_EMPTY) && (c->lfl[l] & L_PLACED) && keeps &&
        nx - i >= 2) {
      uint32_t at = (uint32_t)c->b.n;
      for (int k = 0; k < JIT_POOL; k++) {
        uint32_t sl = c->lst[l][k];
        if (sl == NO_SLOT) continue;
        if (IS_X(k))
          ins_m(&c->b, 0xF3, 0, 0x0F7E, 2, k_pool[k], slot(sl)); /* movq xmm, [s] */
        else
          ins_m(&c->b, 0, 1, 0x8B, 1, k_pool[k], slot(sl));
      }
      by(&c->b, 0xE9);
      d32(&c->b, (uint32_t)(c->mpos[i] - (c->b.n + 4)));
      c->label[i] = 2;
      c->mpos[nx - 1] = at;
      nosr++;
    }
    i = nx;
  }
  /* Out-of-line stores of forward branches taken with dirty registers, then the jump. */
  for (uint32_t k = 0; k < c->nsp; k++) {
    jspill *p = &c->sp[k];
    if (p->table == NO_SLOT) patch32(&c->b, p->at, (uint32_t)(c->b.n - (p->at + 4)));
    else patch32(&c->b, p->at, (uint32_t)(c->b.n - p->table));
    for (int q = 0; q < JIT_POOL; q++)
      if (p->bits >> q & 1) rc_put(&c->b, q, p->keep[q]);
    by(&c->b, 0xE9);
    d32(&c->b, (uint32_t)(c->mpos[p->tgt] - (c->b.n + 4)));
  }
  /* Refill stubs: store the registers that are newer than the frame, save the budget, call
   * h_jit_refill(ctx); a trap leaves at the check point (the frame exact); else the registers are
   * loaded again (the call clobbered them) and the code goes on. */
  for (uint32_t k = 0; k < c->nrf; k++) {
    jrefill *r = &c->rf[k];
    patch32(&c->b, r->at, (uint32_t)(c->b.n - (r->at + 4)));
    for (int q = 0; q < JIT_POOL; q++)
      if (r->kdirty >> q & 1) rc_put(&c->b, q, r->keep[q]);
    ins_m(&c->b, 0, 1, 0x89, 1, BUD, (jm){CTX, -1, (int32_t)offsetof(h_jit_ctx, budget)});
    mov_rr(&c->b, 1, RDI, CTX);
    mov_imm64(&c->b, RAX, (uint64_t)(uintptr_t)h_jit_refill);
    by(&c->b, 0xFF);
    by(&c->b, 0xD0);
    ins_r(&c->b, 0, 1, 0x85, 1, RAX, RAX);
    exit_if(c, C_S, r->ip);
    mov_rr(&c->b, 1, BUD, RAX);
    for (int q = 0; q < JIT_POOL; q++)
      if (r->keep[q] != NO_SLOT) rc_load(&c->b, q, r->keep[q]);
    uint32_t to = r->tgt != NO_SLOT ? c->mpos[r->tgt] : r->resume;
    by(&c->b, 0xE9);
    d32(&c->b, (uint32_t)(to - (c->b.n + 4)));
  }
  /* Exit stubs: rax = position, then the shared epilogue. */
  size_t stub = 0;
  for (uint32_t k = 0; k < c->nex; k++) {
    jexit *e = &c->ex[k];
    patch32(&c->b, e->at, (uint32_t)(c->b.n - (e->at + 4)));
    if (e->undo) ins_r(&c->b, 0, 1, 0xFF, 1, 0, BUD); /* inc r13 */
    mov_imm64(&c->b, RAX, (uint64_t)(uintptr_t)e->ip);
    if (stub) {
      by(&c->b, 0xE9);
      d32(&c->b, (uint32_t)(stub - (c->b.n + 4)));
    } else {
      stub = c->b.n;
      emit_exit_stub(&c->b);
    }
  }
  for (uint32_t k = 0; k < c->nfix; k++) {
    jfix *f = &c->fix[k];
    assert(f->tgt <= n);
    if (f->at & 0x80000000u) { /* br_table entry: target - table (the table's offset stored) */
      uint32_t at = f->at & 0x7fffffffu;
      uint32_t table = c->b.oom ? 0 : (uint32_t)(c->b.b[at] | c->b.b[at + 1] << 8 |
                                                 c->b.b[at + 2] << 16 | (uint32_t)c->b.b[at + 3] << 24);
      patch32(&c->b, at, c->mpos[f->tgt] - table);
    } else {
      patch32(&c->b, f->at, c->mpos[f->tgt] - (f->at + 4));
    }
  }
  if (c->b.oom || c->oom) goto done;
  map = h_malloc((size_t)ncode * sizeof *map);
  if (!map) goto done;
  for (uint32_t k = 0; k < ncode; k++) map[k] = UINT32_MAX;
  for (uint32_t i = 0; i < n;) {
    unsigned op = w[i];
    uint32_t nx = i + 1 + (op == H_OP_BR_TABLE ? 3 + w[i + 2] : nwords[op]);
    /* Machine code is entered only at labels: elsewhere registers may hold newer slots. */
    if (c->label[i] == 2)
      map[i + before[i] + 1] = c->mpos[nx - 1]; /* a loop header's entry stub */
    else if (c->label[i] == 3 || (c->label[i] && (!c->carry || (c->lfl[c->lid[i]] & L_EMPTY))))
      map[i + before[i] + 1] = c->mpos[i];
    i = nx;
  }
  uint8_t *base = arena_put(m, c->b.b, c->b.n);
  if (!base) goto done;
#if H_JIT_DUMP
  dump_code(c, base, n);
#endif
  /* jf->code and jf->frame_slots were set before jf was published (h_jit_compile) */
  assert(jf->code == code && jf->frame_slots == layout->frame_slots);
  jf->size = (uint32_t)c->b.n; /* read by nothing but debuggers: the code's extent */
  __atomic_store_n(&jf->map, map, __ATOMIC_RELEASE);
  __atomic_store_n(&jf->base, base, __ATOMIC_RELEASE);
  __atomic_store_n(&jf->direct, base + direct, __ATOMIC_RELEASE);
  map = NULL;
  __atomic_fetch_add(&g_stats[0], 1, __ATOMIC_RELAXED);
  __atomic_fetch_add(&g_osr_entries, nosr, __ATOMIC_RELAXED);
  ok = true;
done:
  h_free(map);
  h_free(c->b.b);
  h_free(c->mpos);
  h_free(c->label);
  h_free(c->lid);
  h_free(c->lst);
  h_free(c->lfl);
  h_free(c->lend);
  h_free(c->ldirty);
  h_free(c->stamp);
  h_free(c->fix);
  h_free(c->ex);
  h_free(c->rf);
  h_free(c->sp);
  return ok; /* out of memory only costs speed: the function runs interpreted */
}

/* What compiling a deferred function needs (h_jit_func.pend): its one-word code and layout. */
typedef struct h_jit_pend {
  const h_word *w; /* n words: borrowed from the code cache's entry, or owned (w_owned) */
  h_word *w_owned;
  uint32_t n, ncode;
  const uint8_t *nwords;
  h_cfunc layout;  /* param_slots, local_slots, frame_slots, zero_lo, zero_n */
} h_jit_pend;

uint32_t h_jit_call_threshold(void) {
  static uint32_t t = 0;
  uint32_t v = __atomic_load_n(&t, __ATOMIC_RELAXED);
  if (v) return v;
  v = H_JIT_CALL_THRESHOLD;
  const char *e = getenv("HEARTH_JIT_CALLS");
  if (e && *e) {
    char *end;
    unsigned long x = strtoul(e, &end, 10);
    if (*end == 0 && x >= 1 && x <= UINT32_MAX) v = (uint32_t)x;
  }
  if (v < 1) v = 1;
  __atomic_store_n(&t, v, __ATOMIC_RELAXED);
  return v;
}

static void pend_free(h_jit_pend *p) {
  if (!p) return;
  h_free(p->w_owned);
  h_free(p);
}

bool h_jit_compile(hearth_module *m, const h_word *w, uint32_t n, const uint32_t *before,
                   const uint8_t *nwords, const h_word *code, uint32_t ncode, h_jit_func **out,
                   const h_cfunc *layout, const h_word *kept) {
  *out = NULL;
  if (!h_jit_enabled()) return true;
  for (uint32_t i = 0; i < n;) {
    unsigned op = w[i];
    if (!supported(op)) { /* stays interpreted */
      note_refused(op);
      return true;
    }
    i += 1 + (op == H_OP_BR_TABLE ? 3 + w[i + 2] : nwords[op]);
  }
  h_jit_func *jf = h_calloc(1, sizeof *jf);
  if (!jf) return true;
  jf->code = code;
  jf->frame_slots = layout->frame_slots;
  /* Machine code now: tier-up off, or a function so big that a copy of its code would add more
   * memory than deferring saves time (its code came from no cache entry to borrow from). */
  if (h_jit_call_threshold() <= 1 || (!kept && n > H_JIT_DEFER_MAX_WORDS)) {
    if (build(m, w, n, before, nwords, code, ncode, layout, jf)) *out = jf;
    else h_free(jf);
    return true;
  }
  /* Deferred: the one-word code is kept (borrowed when the code cache keeps a copy anyway). */
  h_jit_pend *p = h_calloc(1, sizeof *p);
  if (p && !kept && (p->w_owned = h_malloc((size_t)n * sizeof *w)) != NULL)
    memcpy(p->w_owned, w, (size_t)n * sizeof *w);
  if (!p || (!kept && !p->w_owned)) {
    pend_free(p);
    h_free(jf);
    return true;
  }
  p->w = kept ? kept : p->w_owned;
  p->n = n;
  p->ncode = ncode;
  p->nwords = nwords;
  p->layout = *layout;
  jf->pend = p;
  __atomic_fetch_add(&g_deferred, 1, __ATOMIC_RELAXED);
  *out = jf;
  return true;
}

bool h_jit_tier_up(hearth_module *m, h_jit_func *jf) {
  if (__atomic_load_n(&jf->base, __ATOMIC_ACQUIRE)) return true;
  pthread_mutex_lock(&m->compile_lock);
  h_jit_pend *p = jf->pend;
  if (p && !jf->base) {
    uint32_t *before = h_malloc(((size_t)p->n + 1) * sizeof *before);
    if (before) { /* compile.c's finish_code: instructions before each one-word index */
      uint32_t count = 0;
      for (uint32_t i = 0; i < p->n;) {
        unsigned op = p->w[i];
        before[i] = count++;
        i += 1 + (op == H_OP_BR_TABLE ? 3 + p->w[i + 2] : p->nwords[op]);
      }
      before[p->n] = count;
      if (p->n + count == p->ncode &&
          build(m, p->w, p->n, before, p->nwords, jf->code, p->ncode, &p->layout, jf))
        __atomic_fetch_add(&g_up_total, 1, __ATOMIC_RELAXED);
      h_free(before);
    }
    jf->pend = NULL; /* compiled, or interpreted for good (out of memory) */
    pend_free(p);
  }
  pthread_mutex_unlock(&m->compile_lock);
  return __atomic_load_n(&jf->base, __ATOMIC_ACQUIRE) != NULL;
}

void h_jit_hot(hearth_store *s, const h_frame *fr) {
  size_t i = (size_t)(fr - s->frames);
  for (unsigned k = 0; k < H_JIT_HOT_FRAMES; k++) {
    const h_frame *q = &s->frames[i];
    h_jit_func *jf = q->fn ? __atomic_load_n(&q->fn->jit, __ATOMIC_ACQUIRE) : NULL;
    if (jf && !__atomic_load_n(&jf->base, __ATOMIC_ACQUIRE) && q->inst)
      (void)h_jit_tier_up(q->inst->module, jf);
    if (i == 0) break;
    i--;
  }
}

uint64_t h_jit_osr_taken(void) { return __atomic_load_n(&g_osr_taken, __ATOMIC_RELAXED); }

void h_jit_func_free(h_jit_func *jf) {
  if (!jf) return;
  pend_free(jf->pend);
  h_free(jf->map);
  h_free(jf);
}

/* h_jit_run's slow path: jf has no machine code yet. An entry at the function's start counts as a
 * call; the threshold-th compiles it. */
static H_NOINLINE bool run_deferred(h_jit_func *jf, const h_word *ip, h_jit_ctx *ctx) {
  if (ip != jf->code + 1 || !__atomic_load_n(&jf->pend, __ATOMIC_RELAXED)) return false;
  uint32_t k = __atomic_add_fetch(&jf->calls, 1, __ATOMIC_RELAXED);
  if (k < h_jit_call_threshold()) return false;
  bool ok = h_jit_tier_up(ctx->inst->module, jf);
  if (ok && k == h_jit_call_threshold()) __atomic_fetch_add(&g_up_calls, 1, __ATOMIC_RELAXED);
  return ok;
}

const h_word *h_jit_run(const h_jit_func *jf, const h_word *ip, uint64_t *fp, uint8_t *mem,
                        h_jit_ctx *ctx) {
  if (H_UNLIKELY(!__atomic_load_n(&jf->base, __ATOMIC_ACQUIRE)) &&
      !run_deferred((h_jit_func *)(uintptr_t)jf, ip, ctx))
    return ip;
  uint32_t off = jf->map[ip - jf->code];
  if (off == UINT32_MAX) return ip;
  if (H_UNLIKELY(jf->base + off > jf->direct)) /* a loop header's stub (they follow direct) */
    __atomic_fetch_add(&g_osr_taken, 1, __ATOMIC_RELAXED);
  /* Nested direct calls stop H_JIT_DIRECT_STACK below here, or above the thread's stack floor. */
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
  uintptr_t lim = sp > H_JIT_DIRECT_STACK ? sp - H_JIT_DIRECT_STACK : 0;
  if (ctx->rsp_floor < lim) ctx->rsp_floor = lim;
  return g_enter(jf->base + off, fp, mem, ctx);
}

#else /* !H_JIT */

/* Builds without the tier (another architecture, H_COMPUTED_GOTO=0, no guard pages): no function
 * ever gets machine code; tests and callers may still ask. */
bool h_jit_enabled(void) { return false; }

#endif /* H_JIT */
