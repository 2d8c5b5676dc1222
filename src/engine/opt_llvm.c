/* opt_llvm.c: the optimizing tier's code generator (the plugin libhearth_opt.so): wasm function
 * bodies -> LLVM IR -> LLVM's O2 pipeline -> an ELF relocatable object for the host, x86-64 or
 * AArch64 (loaded by objload.c, kept by the code cache). */
#include "opt.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/Error.h>
#include <llvm-c/Target.h>
#include <llvm-c/Support.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

/* Translation (one LLVM module per wasm module, opt.c drives it):
 * - A first pass (scan) decodes every body and decides which functions are translated: numeric
 *   types only, instructions of the list in next_insn (2.0 without SIMD, bulk memory, tables and
 *   references; one memory). Anything else, including opcodes added later, leaves the function to
 *   the other tiers, so new instructions are never mistranslated.
 * - Function i becomes `impl` (internal, fast calling convention, ctx + typed parameters, typed
 *   results) and `entry` (C convention, ctx + slot array: opt.h h_opt_entry). Optimized callers
 *   call impl directly; everything else goes through the helpers of opt.c (h_opt_rt).
 * - Locals are allocas (mem2reg makes them SSA); the operand stack exists only at translation
 *   time; block results and loop parameters are phis. The budget is an alloca too; it and the
 *   frames left are impl arguments (H_OPT_IMPL_ARGS), and ctx gets them only for helpers.
 * - Loads and stores address mem + zext(addr) + offset: the guard region of the memory's 8 GiB
 *   reservation catches every out-of-bounds access (config.h H_MEMORY_RESERVE). Every store is
 *   followed by its dirty-map mark: map[ea >> 12] = 1, the map lying H_DIRTY_MAP_BYTES below mem
 *   (none when the module's engine has hearth_config.no_reset: its instances are never reset).
 * - TBAA keeps linear memory, the dirty map, globals and ctx fields apart, so that LLVM keeps
 *   globals and the budget in registers across stores; ctx->mem, ctx->globals and the global
 *   pointers are invariant loads. */

/* impl's leading arguments: ctx, the frames left before "call stack exhausted" (i64, the caller's
 * count: the callee checks it is positive and passes one less on) and the budget (i64, returned
 * updated in front of the results: ret_type). Keeping both in registers spares every call two
 * loads and three stores of ctx; ctx->depth and ctx->budget are written only before a helper
 * runs, which reads them (call_out, refill, trap). */
#define H_OPT_IMPL_ARGS 3u

#define K_FUNC 0
#define K_BLOCK 1
#define K_LOOP 2
#define K_IF 3

static const h_valtype k_tys[4][1] = {{H_T_I32}, {H_T_I64}, {H_T_F32}, {H_T_F64}};

/* ---------------------------------------------------------------- decoding */

typedef struct {
  const uint8_t *p, *end;
  bool bad;
} rd;

static uint8_t rd_byte(rd *r) {
  if (r->p >= r->end) {
    r->bad = true;
    return 0;
  }
  return *r->p++;
}
static uint64_t rd_uleb(rd *r) {
  uint64_t v = 0;
  for (unsigned sh = 0; sh < 70; sh += 7) {
    uint8_t b = rd_byte(r);
    if (sh < 64) v |= (uint64_t)(b & 0x7f) << sh;
    if (!(b & 0x80)) return v;
  }
  r->bad = true;
  return 0;
}
static int64_t rd_sleb(rd *r) {
  uint64_t v = 0;
  unsigned sh = 0;
  uint8_t b;
  do {
    b = rd_byte(r);
    if (sh < 64) v |= (uint64_t)(b & 0x7f) << sh;
    sh += 7;
  } while ((b & 0x80) && !r->bad && sh < 70);
  if (sh < 64 && (b & 0x40)) v |= ~(uint64_t)0 << sh;
  return (int64_t)v;
}

typedef struct {
  uint32_t op;        /* opcode; 0xFC-prefixed: 0xFC00 | sub-opcode */
  uint32_t a, b;      /* indices; memarg: a align, b offset; br_table: a = label count */
  int64_t k;          /* constants (floats as bits); block type (s33) */
  const uint8_t *tab; /* br_table: the labels */
} insn;

static bool is_num(h_valtype t) {
  return t == H_T_I32 || t == H_T_I64 || t == H_T_F32 || t == H_T_F64;
}
static bool type_num(const h_functype *ft) {
  for (uint32_t i = 0; i < ft->nparams; i++)
    if (!is_num(ft->params[i])) return false;
  for (uint32_t i = 0; i < ft->nresults; i++)
    if (!is_num(ft->results[i])) return false;
  return true;
}
static bool blocktype_ok(const hearth_module *m, int64_t k) {
  if (k == -64 || (k >= -4 && k <= -1)) return true;
  return k >= 0 && k < m->ntypes && type_num(&m->types[k]);
}

/* Decodes one instruction; false when the tier does not translate it (or it is malformed). */
static bool next_insn(const hearth_module *m, rd *r, insn *in) {
  memset(in, 0, sizeof *in);
  uint32_t op = rd_byte(r);
  in->op = op;
  switch (op) {
  case 0x00: case 0x01: case 0x05: case 0x0B: case 0x0F: case 0x1A: case 0x1B:
    break;
  case 0x02: case 0x03: case 0x04:
    in->k = rd_sleb(r);
    if (!blocktype_ok(m, in->k)) return false;
    break;
  case 0x0C: case 0x0D:
    in->a = (uint32_t)rd_uleb(r);
    break;
  case 0x0E:
    in->a = (uint32_t)rd_uleb(r);
    if (in->a > H_OPT_MAX_BR_TABLE) return false; /* a block per target: too slow for LLVM */
    in->tab = r->p;
    for (uint64_t i = 0; i <= in->a && !r->bad; i++) rd_uleb(r);
    break;
  case 0x10:
    in->a = (uint32_t)rd_uleb(r);
    if (in->a >= m->nfuncs || !type_num(&m->types[m->func_type[in->a]])) return false;
    break;
  case 0x11:
    in->a = (uint32_t)rd_uleb(r); /* type */
    in->b = (uint32_t)rd_uleb(r); /* table */
    if (in->a >= m->ntypes || !type_num(&m->types[in->a]) || in->b >= m->ntables ||
        m->tables[in->b].limits.is64) /* table64: i64 indices */
      return false;
    break;
  case 0x1C: {
    uint64_t n = rd_uleb(r);
    if (n != 1 || !is_num(rd_byte(r))) return false;
    break;
  }
  case 0x20: case 0x21: case 0x22:
    in->a = (uint32_t)rd_uleb(r);
    break;
  case 0x23: case 0x24:
    in->a = (uint32_t)rd_uleb(r);
    if (in->a >= m->nglobals || !is_num(m->globals[in->a].type)) return false;
    break;
  case 0x3F: case 0x40:
    if (rd_byte(r) != 0 || m->nmems != 1 || m->mems[0].is64) return false; /* not memory64 */
    break;
  case 0x41: in->k = rd_sleb(r); break;
  case 0x42: in->k = rd_sleb(r); break;
  case 0x43:
    for (int i = 0; i < 4; i++) in->k |= (int64_t)rd_byte(r) << (8 * i);
    break;
  case 0x44: {
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v |= (uint64_t)rd_byte(r) << (8 * i);
    in->k = (int64_t)v;
    break;
  }
  case 0xFC: {
    uint64_t sub = rd_uleb(r);
    if (sub > 7) return false; /* saturating truncations only */
    in->op = 0xFC00u | (uint32_t)sub;
    break;
  }
  default:
    if (op >= 0x28 && op <= 0x3E) {
      in->a = (uint32_t)rd_uleb(r);
      if (in->a & 0x40) return false; /* multi-memory */
      in->b = (uint32_t)rd_uleb(r);
      if (m->nmems != 1 || m->mems[0].is64) return false; /* memory64: i64 addresses */
      break;
    }
    if (op >= 0x45 && op <= 0xC4) break;
    return false;
  }
  return !r->bad;
}

/* Reads the locals of body into types (NULL: count only); false on non-numeric locals. */
static bool read_locals(rd *r, const h_functype *ft, h_valtype *types, uint32_t *n) {
  uint32_t k = ft->nparams;
  if (types && ft->nparams) memcpy(types, ft->params, ft->nparams);
  uint64_t groups = rd_uleb(r);
  for (uint64_t g = 0; g < groups && !r->bad; g++) {
    uint64_t c = rd_uleb(r);
    h_valtype t = rd_byte(r);
    if (!is_num(t) || c > H_MAX_LOCALS || k + c > H_MAX_LOCALS) return false;
    if (types) memset(types + k, t, (size_t)c);
    k += (uint32_t)c;
  }
  *n = k;
  return !r->bad;
}

/* Whether defined function i can be translated; *slots: the largest slot buffer a call out needs. */
static bool scan(const hearth_module *m, uint32_t i, uint32_t *slots) {
  const h_functype *ft = &m->types[m->func_type[m->nimported_funcs + i]];
  if (!type_num(ft)) return false;
  rd r = {m->bodies[i].start, m->bodies[i].start + m->bodies[i].len, false};
  uint32_t nl;
  if (!read_locals(&r, ft, NULL, &nl)) return false;
  *slots = 1;
  insn in;
  while (r.p < r.end) {
    if (!next_insn(m, &r, &in)) return false;
    const h_functype *ct = NULL;
    if (in.op == 0x10) ct = &m->types[m->func_type[in.a]];
    if (in.op == 0x11) ct = &m->types[in.a];
    if (ct) {
      uint32_t s = ct->param_slots > ct->result_slots ? ct->param_slots : ct->result_slots;
      if (s > *slots) *slots = s;
    }
  }
  return true;
}

/* ---------------------------------------------------------------- translation state */

typedef struct {
  uint8_t kind;
  uint32_t height;            /* operand stack height below the parameters */
  uint32_t np, nr;
  const h_valtype *pt, *rt;
  LLVMBasicBlockRef end_bb;   /* block, if, function: the label of branches and `end` */
  LLVMValueRef *end_phi;      /* nr */
  LLVMBasicBlockRef head_bb;  /* loop: the label */
  LLVMValueRef *head_phi;     /* np */
  LLVMBasicBlockRef else_bb;  /* if: the false edge while no `else` was seen */
  LLVMValueRef *ifp;          /* if: the parameters, for the else arm */
  bool reached;               /* some edge goes to end_bb */
} ctl;

typedef struct {
  LLVMContextRef C;
  LLVMModuleRef M;
  LLVMBuilderRef B;
  LLVMTypeRef i1, i8, i32, i64, f32, f64, ptr, vd;
  const hearth_module *m;
  LLVMValueRef *impl;         /* per defined function, NULL: not translated */
  LLVMTypeRef *impl_ty;
  uint32_t *slots;            /* per defined function: slot buffer size */
  unsigned k_tbaa, k_inv, k_prof;
  LLVMValueRef tag_mem, tag_dirty, tag_glob, tag_ctx, md_empty, md_unlikely;
  LLVMTypeRef ty_trap, ty_refill, ty_poll, ty_call, ty_calli, ty_msize, ty_mgrow;
  /* per function */
  LLVMValueRef fn, cx, mem, map, gbase, budget, callbuf, sink;
  LLVMValueRef depth_in; /* frames left for a callee: this function's argument minus one */
  LLVMValueRef *locals;
  h_valtype *ltypes;
  uint32_t nlocals;
  LLVMValueRef *st;
  uint32_t sp, scap;
  ctl *ctls;
  uint32_t nctl, cctl;
  LLVMBasicBlockRef trap_bb[HEARTH_TRAP_COUNT];
  LLVMBasicBlockRef poll_bb; /* the function's call of the poll helper (UNMETERED) */
  bool dead;
  uint32_t skip;
  bool next_is_drop; /* the instruction after the current one is `drop` */
  bool oom;
  bool marks; /* stores mark the dirty map (false: the engine's instances are never reset) */
  bool unmetered; /* H_OPT_UNMETERED: check points poll s->interrupt instead of ticking */
} tr;

static LLVMTypeRef lt(tr *t, h_valtype v) {
  switch (v) {
  case H_T_I32: return t->i32;
  case H_T_I64: return t->i64;
  case H_T_F32: return t->f32;
  default: return t->f64;
  }
}

static void push(tr *t, LLVMValueRef v) {
  if (t->sp == t->scap) {
    uint32_t nc = t->scap ? t->scap * 2 : 64;
    LLVMValueRef *p = realloc(t->st, nc * sizeof *p);
    if (!p) {
      t->oom = true;
      return;
    }
    t->st = p;
    t->scap = nc;
  }
  t->st[t->sp++] = v;
}
static LLVMValueRef pop(tr *t) {
  assert(t->sp > 0);
  return t->st[--t->sp];
}

static LLVMValueRef k32(tr *t, uint64_t v) { return LLVMConstInt(t->i32, v, 0); }
static LLVMValueRef k64(tr *t, uint64_t v) { return LLVMConstInt(t->i64, v, 0); }

static void tag(tr *t, LLVMValueRef inst, LLVMValueRef tg) { LLVMSetMetadata(inst, t->k_tbaa, tg); }

/* A pointer to a field of ctx. */
static LLVMValueRef cxf(tr *t, size_t off) {
  LLVMValueRef o = k64(t, off);
  return LLVMBuildInBoundsGEP2(t->B, t->i8, t->cx, &o, 1, "");
}
static LLVMValueRef cx_load(tr *t, LLVMTypeRef ty, size_t off, bool invariant) {
  LLVMValueRef v = LLVMBuildLoad2(t->B, ty, cxf(t, off), "");
  tag(t, v, t->tag_ctx);
  if (invariant) LLVMSetMetadata(v, t->k_inv, t->md_empty);
  return v;
}
static void cx_store(tr *t, LLVMValueRef v, size_t off) {
  tag(t, LLVMBuildStore(t->B, v, cxf(t, off)), t->tag_ctx);
}
/* The helper hearth_rt_<name> (opt.h H_OPT_HELPERS): an external declaration, resolved when the
 * object is loaded, so that no address of this process is in the code. */
static LLVMValueRef helper(tr *t, const char *name, LLVMTypeRef ty) {
  char full[64];
  snprintf(full, sizeof full, H_OPT_HELPER_PREFIX "%s", name);
  LLVMValueRef f = LLVMGetNamedFunction(t->M, full);
  if (!f) f = LLVMAddFunction(t->M, full, ty);
  return f;
}

static LLVMValueRef intr(tr *t, const char *name, LLVMTypeRef *tys, unsigned ntys,
                         LLVMValueRef *args, unsigned nargs) {
  unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
  assert(id);
  LLVMValueRef f = LLVMGetIntrinsicDeclaration(t->M, id, tys, ntys);
  LLVMTypeRef fty = LLVMIntrinsicGetType(t->C, id, tys, ntys);
  return LLVMBuildCall2(t->B, fty, f, args, nargs, "");
}
static LLVMValueRef intr1(tr *t, const char *name, LLVMTypeRef ty, LLVMValueRef a) {
  return intr(t, name, &ty, 1, &a, 1);
}
static LLVMValueRef intr2(tr *t, const char *name, LLVMTypeRef ty, LLVMValueRef a, LLVMValueRef b) {
  LLVMValueRef args[2] = {a, b};
  return intr(t, name, &ty, 1, args, 2);
}

/* The host machine's names in the IR (the plugin emits code for the machine it runs on): its stack
 * pointer register and the inline-asm constraint for a floating-point/vector register. */
#if defined(__aarch64__)
#define H_OPT_SP_REG "sp"
#define H_OPT_FP_REG "w"
#else
#define H_OPT_SP_REG "rsp"
#define H_OPT_FP_REG "x"
#endif

/* v itself, opaque to LLVM's folding (an empty asm): keeps x * 1.0, x - 0.0, -0.0 - x,
 * demote(promote x) and the like from losing wasm's quieting of signalling NaNs. */
static LLVMValueRef opaque(tr *t, LLVMValueRef v) {
  LLVMTypeRef ty = LLVMTypeOf(v);
  LLVMTypeRef fty = LLVMFunctionType(ty, &ty, 1, 0);
  LLVMValueRef as = LLVMGetInlineAsm(fty, "", 0, "=" H_OPT_FP_REG ",0", 4, 0, 0,
                                     LLVMInlineAsmDialectATT, 0);
  return LLVMBuildCall2(t->B, fty, as, &v, 1, "");
}

/* The call attributes of an empty asm that only touches memory nothing else sees (keep_load). */
static void asm_attrs(tr *t, LLVMValueRef c) {
  /* MemoryEffects encoding: 2 bits (mod, ref) per location, inaccessible memory the second. */
  LLVMAddCallSiteAttribute(c, LLVMAttributeFunctionIndex,
                           LLVMCreateEnumAttribute(t->C, LLVMGetEnumAttributeKindForName("memory", 6), 3u << 2));
  LLVMAddCallSiteAttribute(c, LLVMAttributeFunctionIndex,
                           LLVMCreateEnumAttribute(t->C, LLVMGetEnumAttributeKindForName("nounwind", 8), 0));
  LLVMAddCallSiteAttribute(c, LLVMAttributeFunctionIndex,
                           LLVMCreateEnumAttribute(t->C, LLVMGetEnumAttributeKindForName("willreturn", 10), 0));
}

/* Keeps the load x alive without using its value: an empty asm with side effects that reads x
 * from a register (no instruction is emitted). Its only effects are on memory nothing else can
 * see (memory(inaccessiblemem: readwrite)), so LLVM still merges, hoists and forwards loads and
 * stores of linear memory around it; but it can neither delete it nor move it past a call, a
 * return or a trap, and it must have x first: the load stays on every path it was on.
 * (config.h H_OPT_EXACT_LOAD_TRAPS 1) */
static void keep_load(tr *t, LLVMValueRef x, bool fl) {
  LLVMTypeRef ty = LLVMTypeOf(x);
  LLVMTypeRef fty = LLVMFunctionType(t->vd, &ty, 1, 0);
  LLVMValueRef as = LLVMGetInlineAsm(fty, "", 0, fl ? H_OPT_FP_REG : "r", 1, 1, 0,
                                     LLVMInlineAsmDialectATT, 0);
  asm_attrs(t, LLVMBuildCall2(t->B, fty, as, &x, 1, ""));
}

static LLVMBasicBlockRef new_bb(tr *t) { return LLVMAppendBasicBlockInContext(t->C, t->fn, ""); }

/* Also writes the load sink (see memop) at every point where control may leave the function,
 * when there is one (H_OPT_EXACT_LOAD_TRAPS 2; otherwise it would store a constant 0 at every
 * call and return). */
static void sync_budget_out(tr *t) {
  cx_store(t, LLVMBuildLoad2(t->B, t->i64, t->budget, ""), offsetof(h_opt_ctx, budget));
  if (H_OPT_EXACT_LOAD_TRAPS == 2)
    cx_store(t, LLVMBuildLoad2(t->B, t->i64, t->sink, ""), offsetof(h_opt_ctx, sink));
}
static void sync_budget_in(tr *t) {
  LLVMBuildStore(t->B, cx_load(t, t->i64, offsetof(h_opt_ctx, budget), false), t->budget);
}

/* A new block that publishes the budget and calls helper `name` (of type ty, with args), which
 * does not return (marked noreturn and cold); the builder stays where it was. */
static LLVMBasicBlockRef noreturn_block(tr *t, const char *name, LLVMTypeRef ty, LLVMValueRef *args,
                                        unsigned n) {
  LLVMBasicBlockRef cur = LLVMGetInsertBlock(t->B), bb = new_bb(t);
  LLVMPositionBuilderAtEnd(t->B, bb);
  sync_budget_out(t);
  LLVMValueRef c = LLVMBuildCall2(t->B, ty, helper(t, name, ty), args, n, "");
  LLVMAddCallSiteAttribute(c, LLVMAttributeFunctionIndex,
                           LLVMCreateEnumAttribute(t->C, LLVMGetEnumAttributeKindForName("noreturn", 8), 0));
  LLVMAddCallSiteAttribute(c, LLVMAttributeFunctionIndex,
                           LLVMCreateEnumAttribute(t->C, LLVMGetEnumAttributeKindForName("cold", 4), 0));
  LLVMBuildUnreachable(t->B);
  LLVMPositionBuilderAtEnd(t->B, cur);
  return bb;
}

/* The block that raises trap code (one per function and code). */
static LLVMBasicBlockRef trap_block(tr *t, unsigned code) {
  if (!t->trap_bb[code]) {
    LLVMValueRef args[2] = {t->cx, k32(t, code)};
    t->trap_bb[code] = noreturn_block(t, "trap", t->ty_trap, args, 2);
  }
  return t->trap_bb[code];
}

/* Branches to the trap block when cond (i1) holds, continues otherwise. */
static void trap_if(tr *t, LLVMValueRef cond, unsigned code) {
  LLVMBasicBlockRef tb = trap_block(t, code), cont = new_bb(t);
  LLVMValueRef br = LLVMBuildCondBr(t->B, cond, tb, cont);
  LLVMSetMetadata(br, t->k_prof, t->md_unlikely);
  LLVMPositionBuilderAtEnd(t->B, cont);
}

/* UNMETERED's check point: a load of s->interrupt and a branch to the function's one poll block
 * (a noreturn call: a flag seen set is never cleared under running code, so it always traps).
 * Nothing is held across a loop and nothing that returns is called in it. The store's address
 * goes through an empty asm at each check point (the store, not the flag: the flag's offset then
 * folds into the load, `cmpl $0, off(reg)`), so LLVM can neither hoist the load out of a
 * loop (TBAA says no store of the loop can change it) nor merge two check points' loads; the asm
 * touches only inaccessible memory, so linear memory's accesses still move around it. */
static void poll_check(tr *t) {
  LLVMValueRef sp = cx_load(t, t->ptr, offsetof(h_opt_ctx, s), true);
  LLVMTypeRef fty = LLVMFunctionType(t->ptr, &t->ptr, 1, 0);
  LLVMValueRef as = LLVMGetInlineAsm(fty, "", 0, "=r,0", 4, 1, 0, LLVMInlineAsmDialectATT, 0);
  LLVMValueRef opq = LLVMBuildCall2(t->B, fty, as, &sp, 1, "");
  asm_attrs(t, opq);
  LLVMValueRef o = k64(t, offsetof(hearth_store, interrupt));
  LLVMValueRef fp = LLVMBuildInBoundsGEP2(t->B, t->i8, opq, &o, 1, "");
  LLVMValueRef v = LLVMBuildLoad2(t->B, t->i32, fp, "");
  tag(t, v, t->tag_ctx);
  if (!t->poll_bb) t->poll_bb = noreturn_block(t, "poll", t->ty_poll, &t->cx, 1);
  LLVMBasicBlockRef cont = new_bb(t);
  LLVMValueRef br = LLVMBuildCondBr(t->B, LLVMBuildICmp(t->B, LLVMIntNE, v, k32(t, 0), ""), t->poll_bb, cont);
  LLVMSetMetadata(br, t->k_prof, t->md_unlikely);
  LLVMPositionBuilderAtEnd(t->B, cont);
}

/* A check point (interp.c CHECK_BUDGET): METERED takes one unit of budget (the refill helper
 * grants more or traps), UNMETERED polls the interrupt flag. */
static void budget_tick(tr *t) {
  if (t->unmetered) {
    poll_check(t);
    return;
  }
  LLVMValueRef b = LLVMBuildLoad2(t->B, t->i64, t->budget, "");
  LLVMValueRef nb = LLVMBuildSub(t->B, b, k64(t, 1), "");
  LLVMBuildStore(t->B, nb, t->budget);
  LLVMBasicBlockRef slow = new_bb(t), cont = new_bb(t);
  LLVMValueRef br = LLVMBuildCondBr(t->B, LLVMBuildICmp(t->B, LLVMIntSLT, nb, k64(t, 0), ""), slow, cont);
  LLVMSetMetadata(br, t->k_prof, t->md_unlikely);
  LLVMPositionBuilderAtEnd(t->B, slow);
  LLVMValueRef r = LLVMBuildCall2(t->B, t->ty_refill, helper(t, "refill", t->ty_refill), &t->cx, 1, "");
  LLVMBuildStore(t->B, r, t->budget);
  LLVMBuildBr(t->B, cont);
  LLVMPositionBuilderAtEnd(t->B, cont);
}

/* Slot form (interp.c): i32 and f32 bits zero-extended to 64 bits. */
static LLVMValueRef to_slot(tr *t, LLVMValueRef v, h_valtype ty) {
  switch (ty) {
  case H_T_I32: return LLVMBuildZExt(t->B, v, t->i64, "");
  case H_T_I64: return v;
  case H_T_F32: return LLVMBuildZExt(t->B, LLVMBuildBitCast(t->B, v, t->i32, ""), t->i64, "");
  default: return LLVMBuildBitCast(t->B, v, t->i64, "");
  }
}
static LLVMValueRef from_slot(tr *t, LLVMValueRef v, h_valtype ty) {
  switch (ty) {
  case H_T_I32: return LLVMBuildTrunc(t->B, v, t->i32, "");
  case H_T_I64: return v;
  case H_T_F32: return LLVMBuildBitCast(t->B, LLVMBuildTrunc(t->B, v, t->i32, ""), t->f32, "");
  default: return LLVMBuildBitCast(t->B, v, t->f64, "");
  }
}

/* impl's return type: the caller's budget after the call (i64), then the results: i64 alone
 * without results, else a struct (fastcc returns it in registers, LLVM demotes a large one to
 * memory itself). */
static LLVMTypeRef ret_type(tr *t, const h_functype *ft) {
  if (ft->nresults == 0) return t->i64;
  LLVMTypeRef *e = malloc((ft->nresults + 1) * sizeof *e);
  if (!e) return NULL;
  e[0] = t->i64;
  for (uint32_t i = 0; i < ft->nresults; i++) e[i + 1] = lt(t, ft->results[i]);
  LLVMTypeRef s = LLVMStructTypeInContext(t->C, e, ft->nresults + 1, 0);
  free(e);
  return s;
}

/* ---------------------------------------------------------------- control */

static void blocktype(tr *t, int64_t k, uint32_t *np, const h_valtype **pt, uint32_t *nr,
                      const h_valtype **rtp) {
  *np = *nr = 0;
  *pt = *rtp = NULL;
  if (k == -64) return;
  if (k < 0) {
    *nr = 1;
    *rtp = k_tys[-k - 1];
    return;
  }
  const h_functype *ft = &t->m->types[k];
  *np = ft->nparams;
  *pt = ft->params;
  *nr = ft->nresults;
  *rtp = ft->results;
}

static LLVMValueRef *phis(tr *t, LLVMBasicBlockRef bb, uint32_t n, const h_valtype *ty) {
  if (!n) return NULL;
  LLVMValueRef *p = malloc(n * sizeof *p);
  if (!p) {
    t->oom = true;
    return NULL;
  }
  LLVMBasicBlockRef cur = LLVMGetInsertBlock(t->B);
  LLVMPositionBuilderAtEnd(t->B, bb);
  for (uint32_t i = 0; i < n; i++) p[i] = LLVMBuildPhi(t->B, lt(t, ty[i]), "");
  LLVMPositionBuilderAtEnd(t->B, cur);
  return p;
}

static ctl *push_ctl(tr *t) {
  if (t->nctl == t->cctl) {
    uint32_t nc = t->cctl ? t->cctl * 2 : 16;
    ctl *p = realloc(t->ctls, nc * sizeof *p);
    if (!p) {
      t->oom = true;
      return NULL;
    }
    t->ctls = p;
    t->cctl = nc;
  }
  ctl *c = &t->ctls[t->nctl++];
  memset(c, 0, sizeof *c);
  return c;
}
static void free_ctl(ctl *c) {
  free(c->end_phi);
  free(c->head_phi);
  free(c->ifp);
}

/* Adds the edge from the current block to frame f's label, carrying the top of the stack. */
static LLVMBasicBlockRef edge_to(tr *t, ctl *f) {
  LLVMBasicBlockRef cur = LLVMGetInsertBlock(t->B);
  if (f->kind == K_LOOP) {
    for (uint32_t j = 0; j < f->np; j++)
      LLVMAddIncoming(f->head_phi[j], &t->st[t->sp - f->np + j], &cur, 1);
    return f->head_bb;
  }
  for (uint32_t j = 0; j < f->nr; j++)
    LLVMAddIncoming(f->end_phi[j], &t->st[t->sp - f->nr + j], &cur, 1);
  f->reached = true;
  return f->end_bb;
}

static void br_to(tr *t, uint32_t depth) {
  ctl *f = &t->ctls[t->nctl - 1 - depth];
  if (f->kind == K_LOOP) budget_tick(t);
  LLVMBuildBr(t->B, edge_to(t, f));
  t->dead = true;
}

/* Returns the budget (in a register: nothing of ctx is written on the way out) and the results. */
static void build_return(tr *t, ctl *f) {
  LLVMValueRef b = LLVMBuildLoad2(t->B, t->i64, t->budget, "");
  if (H_OPT_EXACT_LOAD_TRAPS == 2)
    cx_store(t, LLVMBuildLoad2(t->B, t->i64, t->sink, ""), offsetof(h_opt_ctx, sink));
  if (f->nr == 0) {
    LLVMBuildRet(t->B, b);
    return;
  }
  LLVMValueRef agg = LLVMGetUndef(LLVMGetReturnType(LLVMGlobalGetValueType(t->fn)));
  agg = LLVMBuildInsertValue(t->B, agg, b, 0, "");
  for (uint32_t j = 0; j < f->nr; j++) agg = LLVMBuildInsertValue(t->B, agg, f->end_phi[j], j + 1, "");
  LLVMBuildRet(t->B, agg);
}

static void op_end(tr *t) {
  ctl *f = &t->ctls[t->nctl - 1];
  if (f->kind == K_LOOP) {
    if (t->dead) t->sp = f->height; /* the rest of the enclosing block is dead too */
    free_ctl(f);
    t->nctl--;
    return;
  }
  if (!t->dead) LLVMBuildBr(t->B, edge_to(t, f));
  if (f->kind == K_IF && f->else_bb) { /* no else: the parameters are the results */
    LLVMPositionBuilderAtEnd(t->B, f->else_bb);
    LLVMBasicBlockRef cur = f->else_bb;
    for (uint32_t j = 0; j < f->nr; j++) LLVMAddIncoming(f->end_phi[j], &f->ifp[j], &cur, 1);
    f->reached = true;
    LLVMBuildBr(t->B, f->end_bb);
  }
  t->sp = f->height;
  if (f->reached) {
    LLVMPositionBuilderAtEnd(t->B, f->end_bb);
    if (f->kind == K_FUNC) {
      build_return(t, f);
      t->dead = true;
    } else {
      for (uint32_t j = 0; j < f->nr; j++) push(t, f->end_phi[j]);
      t->dead = false;
    }
  } else {
    LLVMDeleteBasicBlock(f->end_bb);
    t->dead = true;
  }
  free_ctl(f);
  t->nctl--;
}

/* ---------------------------------------------------------------- instructions */

static LLVMValueRef cmp_i(tr *t, LLVMIntPredicate p, LLVMValueRef a, LLVMValueRef b) {
  return LLVMBuildZExt(t->B, LLVMBuildICmp(t->B, p, a, b, ""), t->i32, "");
}
static LLVMValueRef cmp_f(tr *t, LLVMRealPredicate p, LLVMValueRef a, LLVMValueRef b) {
  return LLVMBuildZExt(t->B, LLVMBuildFCmp(t->B, p, a, b, ""), t->i32, "");
}

/* Integer binary operators 0 add .. 14 rotr (the order of both the i32 and the i64 opcodes). */
static LLVMValueRef int_bin(tr *t, unsigned k, LLVMTypeRef ty, unsigned bits, LLVMValueRef a,
                            LLVMValueRef b) {
  LLVMValueRef zero = LLVMConstInt(ty, 0, 0), m1 = LLVMConstAllOnes(ty);
  switch (k) {
  case 0: return LLVMBuildAdd(t->B, a, b, "");
  case 1: return LLVMBuildSub(t->B, a, b, "");
  case 2: return LLVMBuildMul(t->B, a, b, "");
  case 3: /* div_s */
    trap_if(t, LLVMBuildICmp(t->B, LLVMIntEQ, b, zero, ""), HEARTH_TRAP_INT_DIV_ZERO);
    trap_if(t, LLVMBuildAnd(t->B, LLVMBuildICmp(t->B, LLVMIntEQ, b, m1, ""),
                            LLVMBuildICmp(t->B, LLVMIntEQ, a, LLVMConstInt(ty, 1ull << (bits - 1), 0), ""), ""),
            HEARTH_TRAP_INT_OVERFLOW);
    return LLVMBuildSDiv(t->B, a, b, "");
  case 4:
    trap_if(t, LLVMBuildICmp(t->B, LLVMIntEQ, b, zero, ""), HEARTH_TRAP_INT_DIV_ZERO);
    return LLVMBuildUDiv(t->B, a, b, "");
  case 5: { /* rem_s: x rem -1 is 0 (LLVM's srem of MIN by -1 is undefined) */
    trap_if(t, LLVMBuildICmp(t->B, LLVMIntEQ, b, zero, ""), HEARTH_TRAP_INT_DIV_ZERO);
    LLVMValueRef ism1 = LLVMBuildICmp(t->B, LLVMIntEQ, b, m1, "");
    LLVMValueRef d = LLVMBuildSelect(t->B, ism1, LLVMConstInt(ty, 1, 0), b, "");
    return LLVMBuildSRem(t->B, a, d, "");
  }
  case 6:
    trap_if(t, LLVMBuildICmp(t->B, LLVMIntEQ, b, zero, ""), HEARTH_TRAP_INT_DIV_ZERO);
    return LLVMBuildURem(t->B, a, b, "");
  case 7: return LLVMBuildAnd(t->B, a, b, "");
  case 8: return LLVMBuildOr(t->B, a, b, "");
  case 9: return LLVMBuildXor(t->B, a, b, "");
  }
  LLVMValueRef sh = LLVMBuildAnd(t->B, b, LLVMConstInt(ty, bits - 1, 0), "");
  switch (k) {
  case 10: return LLVMBuildShl(t->B, a, sh, "");
  case 11: return LLVMBuildAShr(t->B, a, sh, "");
  case 12: return LLVMBuildLShr(t->B, a, sh, "");
  case 13: {
    LLVMValueRef args[3] = {a, a, b};
    return intr(t, "llvm.fshl", &ty, 1, args, 3);
  }
  default: {
    LLVMValueRef args[3] = {a, a, b};
    return intr(t, "llvm.fshr", &ty, 1, args, 3);
  }
  }
}

/* Float unary 0 abs .. 6 sqrt, binary 7 add .. 13 copysign. */
static LLVMValueRef float_op(tr *t, unsigned k, LLVMTypeRef ty) {
  if (k <= 6) {
    LLVMValueRef a = pop(t);
    static const char *const un[] = {"llvm.fabs", NULL, "llvm.ceil", "llvm.floor", "llvm.trunc",
                                     "llvm.roundeven", "llvm.sqrt"};
    if (k == 1) return LLVMBuildFNeg(t->B, a, "");
    return intr1(t, un[k], ty, a);
  }
  LLVMValueRef b = pop(t), a = pop(t);
  switch (k) {
  case 7: return LLVMBuildFAdd(t->B, a, b, "");
  case 8: return LLVMBuildFSub(t->B, a, b, "");
  case 9: return LLVMBuildFMul(t->B, a, b, "");
  case 10: return LLVMBuildFDiv(t->B, a, b, "");
  case 11: case 12: {
    /* llvm.minimum/maximum return a signalling NaN operand as it is; wasm wants it quiet. */
    LLVMValueRef r = intr2(t, k == 11 ? "llvm.minimum" : "llvm.maximum", ty, a, b);
    LLVMValueRef uno = LLVMBuildFCmp(t->B, LLVMRealUNO, a, b, "");
    return LLVMBuildSelect(t->B, uno, LLVMBuildFAdd(t->B, a, b, ""), r, "");
  }
  default: return intr2(t, "llvm.copysign", ty, a, b);
  }
}

/* Trapping float -> int (interp.c h_trunc_chk: valid iff lo < x < hi, bounds exact as doubles). */
static LLVMValueRef trunc_trap(tr *t, LLVMValueRef x, LLVMTypeRef to, bool sgn, double lo, double hi) {
  LLVMValueRef d = LLVMTypeOf(x) == t->f32 ? LLVMBuildFPExt(t->B, x, t->f64, "") : x;
  trap_if(t, LLVMBuildFCmp(t->B, LLVMRealUNO, d, d, ""), HEARTH_TRAP_INVALID_CONVERSION);
  LLVMValueRef ok = LLVMBuildAnd(t->B, LLVMBuildFCmp(t->B, LLVMRealOGT, d, LLVMConstReal(t->f64, lo), ""),
                                 LLVMBuildFCmp(t->B, LLVMRealOLT, d, LLVMConstReal(t->f64, hi), ""), "");
  trap_if(t, LLVMBuildNot(t->B, ok, ""), HEARTH_TRAP_INT_OVERFLOW);
  return sgn ? LLVMBuildFPToSI(t->B, x, to, "") : LLVMBuildFPToUI(t->B, x, to, "");
}
#define I32S_LO (-2147483649.0)
#define I32S_HI 2147483648.0
#define U32_HI 4294967296.0
#define I64S_LO (-9223372036854777856.0)
#define I64S_HI 9223372036854775808.0
#define U64_HI 18446744073709551616.0

static LLVMValueRef sat(tr *t, LLVMValueRef x, LLVMTypeRef to, bool sgn) {
  LLVMTypeRef tys[2] = {to, LLVMTypeOf(x)};
  return intr(t, sgn ? "llvm.fptosi.sat" : "llvm.fptoui.sat", tys, 2, &x, 1);
}

static LLVMValueRef sext_from(tr *t, LLVMValueRef v, LLVMTypeRef narrow) {
  return LLVMBuildSExt(t->B, LLVMBuildTrunc(t->B, v, narrow, ""), LLVMTypeOf(v), "");
}

/* Numeric instructions 0x45..0xC4 and the saturating truncations. */
static void numeric(tr *t, uint32_t op) {
  LLVMBuilderRef B = t->B;
  LLVMValueRef a, b, r = NULL;
  static const LLVMIntPredicate ip[] = {LLVMIntEQ, LLVMIntNE, LLVMIntSLT, LLVMIntULT, LLVMIntSGT,
                                        LLVMIntUGT, LLVMIntSLE, LLVMIntULE, LLVMIntSGE, LLVMIntUGE};
  static const LLVMRealPredicate fp[] = {LLVMRealOEQ, LLVMRealUNE, LLVMRealOLT,
                                         LLVMRealOGT, LLVMRealOLE, LLVMRealOGE};
  if (op == 0x45 || op == 0x50) {
    a = pop(t);
    r = cmp_i(t, LLVMIntEQ, a, LLVMConstInt(LLVMTypeOf(a), 0, 0));
  } else if (op >= 0x46 && op <= 0x4F) {
    b = pop(t), a = pop(t);
    r = cmp_i(t, ip[op - 0x46], a, b);
  } else if (op >= 0x51 && op <= 0x5A) {
    b = pop(t), a = pop(t);
    r = cmp_i(t, ip[op - 0x51], a, b);
  } else if (op >= 0x5B && op <= 0x60) {
    b = pop(t), a = pop(t);
    r = cmp_f(t, fp[op - 0x5B], a, b);
  } else if (op >= 0x61 && op <= 0x66) {
    b = pop(t), a = pop(t);
    r = cmp_f(t, fp[op - 0x61], a, b);
  } else if ((op >= 0x67 && op <= 0x69) || (op >= 0x79 && op <= 0x7B)) {
    unsigned k = op >= 0x79 ? op - 0x79 : op - 0x67;
    LLVMTypeRef ty = op >= 0x79 ? t->i64 : t->i32;
    a = pop(t);
    if (k == 2) {
      r = intr1(t, "llvm.ctpop", ty, a);
    } else {
      LLVMValueRef args[2] = {a, LLVMConstInt(t->i1, 0, 0)};
      r = intr(t, k == 0 ? "llvm.ctlz" : "llvm.cttz", &ty, 1, args, 2);
    }
  } else if (op >= 0x6A && op <= 0x78) {
    b = pop(t), a = pop(t);
    r = int_bin(t, op - 0x6A, t->i32, 32, a, b);
  } else if (op >= 0x7C && op <= 0x8A) {
    b = pop(t), a = pop(t);
    r = int_bin(t, op - 0x7C, t->i64, 64, a, b);
  } else if (op >= 0x8B && op <= 0x98) {
    r = float_op(t, op - 0x8B, t->f32);
  } else if (op >= 0x99 && op <= 0xA6) {
    r = float_op(t, op - 0x99, t->f64);
  } else {
    a = pop(t);
    switch (op) {
    case 0xA7: r = LLVMBuildTrunc(B, a, t->i32, ""); break;
    case 0xA8: case 0xAA: r = trunc_trap(t, a, t->i32, true, I32S_LO, I32S_HI); break;
    case 0xA9: case 0xAB: r = trunc_trap(t, a, t->i32, false, -1.0, U32_HI); break;
    case 0xAC: r = LLVMBuildSExt(B, a, t->i64, ""); break;
    case 0xAD: r = LLVMBuildZExt(B, a, t->i64, ""); break;
    case 0xAE: case 0xB0: r = trunc_trap(t, a, t->i64, true, I64S_LO, I64S_HI); break;
    case 0xAF: case 0xB1: r = trunc_trap(t, a, t->i64, false, -1.0, U64_HI); break;
    case 0xB2: case 0xB4: r = LLVMBuildSIToFP(B, a, t->f32, ""); break;
    case 0xB3: case 0xB5: r = LLVMBuildUIToFP(B, a, t->f32, ""); break;
    case 0xB6: r = LLVMBuildFPTrunc(B, opaque(t, a), t->f32, ""); break;
    case 0xB7: case 0xB9: r = LLVMBuildSIToFP(B, a, t->f64, ""); break;
    case 0xB8: case 0xBA: r = LLVMBuildUIToFP(B, a, t->f64, ""); break;
    case 0xBB: r = LLVMBuildFPExt(B, a, t->f64, ""); break;
    case 0xBC: r = LLVMBuildBitCast(B, a, t->i32, ""); break;
    case 0xBD: r = LLVMBuildBitCast(B, a, t->i64, ""); break;
    case 0xBE: r = LLVMBuildBitCast(B, a, t->f32, ""); break;
    case 0xBF: r = LLVMBuildBitCast(B, a, t->f64, ""); break;
    case 0xC0: case 0xC2: r = sext_from(t, a, t->i8); break;
    case 0xC1: case 0xC3: r = sext_from(t, a, LLVMInt16TypeInContext(t->C)); break;
    case 0xC4: r = sext_from(t, a, t->i32); break;
    case 0xFC00: case 0xFC02: r = sat(t, a, t->i32, true); break;
    case 0xFC01: case 0xFC03: r = sat(t, a, t->i32, false); break;
    case 0xFC04: case 0xFC06: r = sat(t, a, t->i64, true); break;
    default: r = sat(t, a, t->i64, false); break;
    }
  }
  push(t, r);
}

/* Loads 0x28..0x35 and stores 0x36..0x3E. */
static void memop(tr *t, const insn *in) {
  static const struct {
    uint8_t bytes, res, sx; /* res: result/operand valtype code index 0 i32 1 i64 2 f32 3 f64 */
  } k[] = {
      {4, 0, 0}, {8, 1, 0}, {4, 2, 0}, {8, 3, 0}, {1, 0, 1}, {1, 0, 0}, {2, 0, 1}, {2, 0, 0},
      {1, 1, 1}, {1, 1, 0}, {2, 1, 1}, {2, 1, 0}, {4, 1, 1}, {4, 1, 0}, /* loads */
      {4, 0, 0}, {8, 1, 0}, {4, 2, 0}, {8, 3, 0}, {1, 0, 0}, {2, 0, 0}, {1, 1, 0}, {2, 1, 0},
      {4, 1, 0}, /* stores */
  };
  unsigned i = in->op - 0x28;
  LLVMTypeRef rty = lt(t, k_tys[k[i].res][0]);
  bool fl = k[i].res >= 2;
  LLVMTypeRef mty = fl ? rty : LLVMIntTypeInContext(t->C, k[i].bytes * 8u);
  bool store = in->op >= 0x36;
  LLVMValueRef v = store ? pop(t) : NULL;
  LLVMValueRef addr = pop(t);
  LLVMValueRef ea = LLVMBuildAdd(t->B, LLVMBuildZExt(t->B, addr, t->i64, ""), k64(t, in->b), "");
  LLVMValueRef p = LLVMBuildInBoundsGEP2(t->B, t->i8, t->mem, &ea, 1, "");
  if (!store) {
    LLVMValueRef x = LLVMBuildLoad2(t->B, mty, p, "");
    LLVMSetAlignment(x, 1);
    tag(t, x, t->tag_mem);
    /* A load must trap out of bounds even when its value ends up unused (dropped, or folded
     * away: `(i32.and (load) (i32.const 0))`), but LLVM deletes unused loads. 1: every loaded
     * value goes to keep_load's empty asm, which LLVM may not delete, so no load is ever dead and
     * none moves past a call, return or trap. 2 (the first scheme, 1.5x the instructions): every
     * loaded value is added to a sink stored to the context wherever control can leave; an add,
     * not a xor, so that two identical loads do not cancel out. (config.h H_OPT_EXACT_LOAD_TRAPS) */
    if (H_OPT_EXACT_LOAD_TRAPS == 1) {
      keep_load(t, x, fl);
    } else if (H_OPT_EXACT_LOAD_TRAPS == 2) {
      LLVMValueRef bits = fl ? LLVMBuildBitCast(t->B, x, LLVMIntTypeInContext(t->C, k[i].bytes * 8u), "") : x;
      if (k[i].bytes < 8) bits = LLVMBuildZExt(t->B, bits, t->i64, "");
      LLVMBuildStore(t->B, LLVMBuildAdd(t->B, LLVMBuildLoad2(t->B, t->i64, t->sink, ""), bits, ""), t->sink);
    } else if (t->next_is_drop) {
      LLVMSetVolatile(x, 1); /* config.h H_OPT_EXACT_LOAD_TRAPS */
    }
    if (!fl && mty != rty) x = k[i].sx ? LLVMBuildSExt(t->B, x, rty, "") : LLVMBuildZExt(t->B, x, rty, "");
    push(t, x);
    return;
  }
  if (!fl && mty != rty) v = LLVMBuildTrunc(t->B, v, mty, "");
  LLVMValueRef s = LLVMBuildStore(t->B, v, p);
  LLVMSetAlignment(s, 1);
  tag(t, s, t->tag_mem);
  /* The dirty-map mark of the granule the store starts in, after the store (interp.c MARK); none
   * for an engine whose instances are never reset (hearth_config.no_reset). */
  if (!t->marks) return;
  LLVMValueRef g = LLVMBuildLShr(t->B, ea, k64(t, H_DIRTY_SHIFT), "");
  LLVMValueRef mp = LLVMBuildInBoundsGEP2(t->B, t->i8, t->map, &g, 1, "");
  tag(t, LLVMBuildStore(t->B, LLVMConstInt(t->i8, 1, 0), mp), t->tag_dirty);
}

static LLVMValueRef global_ptr(tr *t, uint32_t g) {
  LLVMValueRef o = k64(t, (uint64_t)g * sizeof(void *));
  LLVMValueRef pp = LLVMBuildInBoundsGEP2(t->B, t->i8, t->gbase, &o, 1, "");
  LLVMValueRef gp = LLVMBuildLoad2(t->B, t->ptr, pp, "");
  tag(t, gp, t->tag_ctx);
  LLVMSetMetadata(gp, t->k_inv, t->md_empty);
  LLVMValueRef vo = k64(t, offsetof(hearth_global, v));
  return LLVMBuildInBoundsGEP2(t->B, t->i8, gp, &vo, 1, "");
}

/* A call of type ft: direct to impl when given, else through the slot buffer and helper h. */
static void do_call(tr *t, const h_functype *ft, LLVMValueRef impl, LLVMTypeRef impl_ty,
                    uint32_t func, bool indirect, uint32_t table, uint32_t type) {
  LLVMValueRef elem = indirect ? pop(t) : NULL;
  uint32_t np = ft->nparams, nr = ft->nresults;
  assert(t->sp >= np);
  LLVMValueRef *args = &t->st[t->sp - np];
  if (!indirect) budget_tick(t);
  if (impl) {
    LLVMValueRef *av = malloc((np + H_OPT_IMPL_ARGS) * sizeof *av);
    if (!av) {
      t->oom = true;
      return;
    }
    /* Frames left and the budget travel in registers (H_OPT_IMPL_ARGS), not through ctx. */
    av[0] = t->cx;
    av[1] = t->depth_in;
    av[2] = LLVMBuildLoad2(t->B, t->i64, t->budget, "");
    if (np) memcpy(av + H_OPT_IMPL_ARGS, args, np * sizeof *av);
    LLVMValueRef r = LLVMBuildCall2(t->B, impl_ty, impl, av, np + H_OPT_IMPL_ARGS, "");
    LLVMSetInstructionCallConv(r, LLVMFastCallConv);
    free(av);
    t->sp -= np;
    if (nr == 0) {
      LLVMBuildStore(t->B, r, t->budget);
      return;
    }
    LLVMBuildStore(t->B, LLVMBuildExtractValue(t->B, r, 0, ""), t->budget);
    for (uint32_t j = 0; j < nr; j++) push(t, LLVMBuildExtractValue(t->B, r, j + 1, ""));
    return;
  }
  for (uint32_t j = 0; j < np; j++) {
    LLVMValueRef o = k64(t, 8u * j);
    LLVMBuildStore(t->B, to_slot(t, args[j], ft->params[j]),
                   LLVMBuildInBoundsGEP2(t->B, t->i8, t->callbuf, &o, 1, ""));
  }
  t->sp -= np;
  sync_budget_out(t);
  /* The helpers find the frames left in ctx (call_out, and the entry of an indirect callee). */
  cx_store(t, t->depth_in, offsetof(h_opt_ctx, depth));
  if (indirect) {
    LLVMValueRef av[5] = {t->cx, k32(t, table), k32(t, type), elem, t->callbuf};
    LLVMBuildCall2(t->B, t->ty_calli, helper(t, "call_indirect", t->ty_calli), av, 5, "");
  } else {
    LLVMValueRef av[3] = {t->cx, k32(t, func), t->callbuf};
    LLVMBuildCall2(t->B, t->ty_call, helper(t, "call", t->ty_call), av, 3, "");
  }
  sync_budget_in(t);
  for (uint32_t j = 0; j < nr; j++) {
    LLVMValueRef o = k64(t, 8u * j);
    LLVMValueRef x = LLVMBuildLoad2(t->B, t->i64, LLVMBuildInBoundsGEP2(t->B, t->i8, t->callbuf, &o, 1, ""), "");
    push(t, from_slot(t, x, ft->results[j]));
  }
}

/* Translates defined function i into t->impl[i]; false on failure (the function is then removed). */
static bool translate(tr *t, uint32_t i) {
  const hearth_module *m = t->m;
  const h_functype *ft = &m->types[m->func_type[m->nimported_funcs + i]];
  rd r = {m->bodies[i].start, m->bodies[i].start + m->bodies[i].len, false};
  uint32_t nl;
  rd r0 = r;
  if (!read_locals(&r0, ft, NULL, &nl)) return false;
  t->ltypes = malloc(nl ? nl : 1);
  t->locals = malloc((nl ? nl : 1) * sizeof *t->locals);
  if (!t->ltypes || !t->locals) return false;
  read_locals(&r, ft, t->ltypes, &nl);
  t->nlocals = nl;
  t->fn = t->impl[i];
  t->sp = 0;
  t->nctl = 0;
  t->dead = false;
  t->skip = 0;
  memset(t->trap_bb, 0, sizeof t->trap_bb);
  t->poll_bb = NULL;
  LLVMBuilderRef B = t->B;
  LLVMBasicBlockRef entry = new_bb(t);
  LLVMPositionBuilderAtEnd(B, entry);
  t->cx = LLVMGetParam(t->fn, 0);
  t->budget = LLVMBuildAlloca(B, t->i64, "budget");
  t->sink = LLVMBuildAlloca(B, t->i64, "sink");
  LLVMBuildStore(B, k64(t, 0), t->sink);
  LLVMValueRef nbuf = k32(t, t->slots[i]);
  t->callbuf = LLVMBuildArrayAlloca(B, t->i64, nbuf, "slots");
  for (uint32_t j = 0; j < nl; j++) {
    t->locals[j] = LLVMBuildAlloca(B, lt(t, t->ltypes[j]), "");
    LLVMValueRef v = j < ft->nparams ? LLVMGetParam(t->fn, j + H_OPT_IMPL_ARGS)
                                     : LLVMConstNull(lt(t, t->ltypes[j]));
    LLVMBuildStore(B, v, t->locals[j]);
  }
  t->mem = t->map = NULL;
  if (m->nmems) {
    t->mem = cx_load(t, t->ptr, offsetof(h_opt_ctx, mem), true);
    LLVMValueRef off = k64(t, (uint64_t)-(int64_t)H_DIRTY_MAP_BYTES);
    t->map = LLVMBuildGEP2(B, t->i8, t->mem, &off, 1, "map");
  }
  t->gbase = cx_load(t, t->ptr, offsetof(h_opt_ctx, globals), true);
  LLVMBuildStore(B, LLVMGetParam(t->fn, 2), t->budget);
  /* Call depth and the native stack (the interpreter's limits). */
  LLVMValueRef depth = LLVMGetParam(t->fn, 1);
  LLVMValueRef floor = cx_load(t, t->i64, offsetof(h_opt_ctx, stack_floor), true);
  /* The stack pointer itself, not the address of a stack slot: a slot would need the frame (and
   * the callee-saved registers' pushes) before the check, so that LLVM could not shrink-wrap a
   * function whose fast path needs no frame (the floor's margin covers one frame more). */
  LLVMMetadataRef rsp_name = LLVMMDStringInContext2(t->C, H_OPT_SP_REG, strlen(H_OPT_SP_REG));
  LLVMValueRef rsp_md = LLVMMetadataAsValue(t->C, LLVMMDNodeInContext2(t->C, &rsp_name, 1));
  LLVMValueRef here = intr(t, "llvm.read_register", &t->i64, 1, &rsp_md, 1);
  LLVMValueRef bad = LLVMBuildOr(B, LLVMBuildICmp(B, LLVMIntSLE, depth, k64(t, 0), ""),
                                 LLVMBuildICmp(B, LLVMIntULT, here, floor, ""), "");
  trap_if(t, bad, HEARTH_TRAP_STACK_EXHAUSTED);
  t->depth_in = LLVMBuildSub(B, depth, k64(t, 1), "");

  ctl *f0 = push_ctl(t);
  if (!f0) return false;
  f0->kind = K_FUNC;
  f0->nr = ft->nresults;
  f0->rt = ft->results;
  f0->end_bb = new_bb(t);
  f0->end_phi = phis(t, f0->end_bb, f0->nr, f0->rt);

  insn in;
  while (t->nctl > 0 && !t->oom) {
    if (!next_insn(m, &r, &in)) return false;
    t->next_is_drop = r.p < r.end && *r.p == 0x1A;
    uint32_t op = in.op;
    if (t->dead) {
      if (op == 0x02 || op == 0x03 || op == 0x04) {
        t->skip++;
        continue;
      }
      if (op == 0x0B && t->skip) {
        t->skip--;
        continue;
      }
      if (op == 0x05 && t->skip) continue;
      if (op != 0x0B && op != 0x05) continue;
    }
    switch (op) {
    case 0x00:
      LLVMBuildBr(B, trap_block(t, HEARTH_TRAP_UNREACHABLE));
      t->dead = true;
      break;
    case 0x01: break;
    case 0x02: case 0x03: case 0x04: {
      uint32_t np, nr;
      const h_valtype *pt, *rtp;
      blocktype(t, in.k, &np, &pt, &nr, &rtp);
      LLVMValueRef cond = op == 0x04 ? pop(t) : NULL;
      ctl *f = push_ctl(t);
      if (!f) return false;
      f->kind = op == 0x02 ? K_BLOCK : op == 0x03 ? K_LOOP : K_IF;
      f->np = np, f->nr = nr, f->pt = pt, f->rt = rtp;
      f->height = t->sp - np;
      if (op == 0x03) {
        f->head_bb = new_bb(t);
        f->head_phi = phis(t, f->head_bb, np, pt);
        LLVMBuildBr(B, edge_to(t, f));
        LLVMPositionBuilderAtEnd(B, f->head_bb);
        t->sp = f->height;
        for (uint32_t j = 0; j < np; j++) push(t, f->head_phi[j]);
        break;
      }
      f->end_bb = new_bb(t);
      f->end_phi = phis(t, f->end_bb, nr, rtp);
      if (op == 0x04) {
        if (np) {
          f->ifp = malloc(np * sizeof *f->ifp);
          if (!f->ifp) return false;
          memcpy(f->ifp, &t->st[t->sp - np], np * sizeof *f->ifp);
        }
        LLVMBasicBlockRef then_bb = new_bb(t);
        f->else_bb = new_bb(t);
        LLVMBuildCondBr(B, LLVMBuildICmp(B, LLVMIntNE, cond, k32(t, 0), ""), then_bb, f->else_bb);
        LLVMPositionBuilderAtEnd(B, then_bb);
      }
      break;
    }
    case 0x05: {
      ctl *f = &t->ctls[t->nctl - 1];
      if (!t->dead) LLVMBuildBr(B, edge_to(t, f));
      LLVMPositionBuilderAtEnd(B, f->else_bb);
      f->else_bb = NULL;
      t->sp = f->height;
      for (uint32_t j = 0; j < f->np; j++) push(t, f->ifp[j]);
      t->dead = false;
      break;
    }
    case 0x0B: op_end(t); break;
    case 0x0C: br_to(t, in.a); break;
    case 0x0D: {
      LLVMValueRef c = LLVMBuildICmp(B, LLVMIntNE, pop(t), k32(t, 0), "");
      ctl *f = &t->ctls[t->nctl - 1 - in.a];
      LLVMBasicBlockRef cont = new_bb(t);
      if (f->kind == K_LOOP) {
        LLVMBasicBlockRef taken = new_bb(t);
        LLVMBuildCondBr(B, c, taken, cont);
        LLVMPositionBuilderAtEnd(B, taken);
        budget_tick(t);
        LLVMBuildBr(B, edge_to(t, f));
      } else {
        LLVMBuildCondBr(B, c, edge_to(t, f), cont);
      }
      LLVMPositionBuilderAtEnd(B, cont);
      break;
    }
    case 0x0E: {
      LLVMValueRef idx = pop(t);
      budget_tick(t);
      rd lr = {in.tab, r.end, false};
      uint32_t n = in.a;
      uint32_t *labels = malloc((n + 1) * sizeof *labels);
      if (!labels) return false;
      for (uint32_t j = 0; j <= n; j++) labels[j] = (uint32_t)rd_uleb(&lr);
      LLVMBasicBlockRef cur = LLVMGetInsertBlock(B), dflt = new_bb(t);
      LLVMValueRef sw = LLVMBuildSwitch(B, idx, dflt, n);
      for (uint32_t j = 0; j <= n; j++) {
        LLVMBasicBlockRef bb = j == n ? dflt : new_bb(t);
        if (j < n) LLVMAddCase(sw, k32(t, j), bb);
        LLVMPositionBuilderAtEnd(B, bb);
        LLVMBuildBr(B, edge_to(t, &t->ctls[t->nctl - 1 - labels[j]]));
      }
      (void)cur;
      free(labels);
      t->dead = true;
      break;
    }
    case 0x0F: br_to(t, t->nctl - 1); break;
    case 0x10: {
      const h_functype *ct = &m->types[m->func_type[in.a]];
      bool local = in.a >= m->nimported_funcs && t->impl[in.a - m->nimported_funcs];
      do_call(t, ct, local ? t->impl[in.a - m->nimported_funcs] : NULL,
              local ? t->impl_ty[in.a - m->nimported_funcs] : NULL, in.a, false, 0, 0);
      break;
    }
    case 0x11: do_call(t, &m->types[in.a], NULL, NULL, 0, true, in.b, in.a); break;
    case 0x1A: pop(t); break;
    case 0x1B: case 0x1C: {
      LLVMValueRef c = pop(t), b = pop(t), a = pop(t);
      push(t, LLVMBuildSelect(B, LLVMBuildICmp(B, LLVMIntNE, c, k32(t, 0), ""), a, b, ""));
      break;
    }
    case 0x20:
      push(t, LLVMBuildLoad2(B, lt(t, t->ltypes[in.a]), t->locals[in.a], ""));
      break;
    case 0x21: LLVMBuildStore(B, pop(t), t->locals[in.a]); break;
    case 0x22: LLVMBuildStore(B, t->st[t->sp - 1], t->locals[in.a]); break;
    case 0x23: {
      h_valtype gt = m->globals[in.a].type;
      LLVMValueRef x = LLVMBuildLoad2(B, t->i64, global_ptr(t, in.a), "");
      tag(t, x, t->tag_glob);
      if (!m->globals[in.a].mut) LLVMSetMetadata(x, t->k_inv, t->md_empty);
      push(t, from_slot(t, x, gt));
      break;
    }
    case 0x24: {
      h_valtype gt = m->globals[in.a].type;
      LLVMValueRef v = to_slot(t, pop(t), gt);
      tag(t, LLVMBuildStore(B, v, global_ptr(t, in.a)), t->tag_glob);
      break;
    }
    case 0x3F: {
      LLVMValueRef c = LLVMBuildCall2(B, t->ty_msize, helper(t, "memory_size", t->ty_msize), &t->cx, 1, "");
      push(t, c);
      break;
    }
    case 0x40: {
      LLVMValueRef av[2] = {t->cx, pop(t)};
      push(t, LLVMBuildCall2(B, t->ty_mgrow, helper(t, "memory_grow", t->ty_mgrow), av, 2, ""));
      break;
    }
    case 0x41: push(t, k32(t, (uint32_t)in.k)); break;
    case 0x42: push(t, k64(t, (uint64_t)in.k)); break;
    case 0x43: {
      uint32_t v = (uint32_t)in.k & 0x7fffffffu;
      LLVMValueRef c = LLVMBuildBitCast(B, k32(t, (uint32_t)in.k), t->f32, "");
      push(t, v == 0 || v == 0x3f800000u ? opaque(t, c) : c); /* +-0, +-1 */
      break;
    }
    case 0x44: {
      uint64_t v = (uint64_t)in.k & 0x7fffffffffffffffull;
      LLVMValueRef c = LLVMBuildBitCast(B, k64(t, (uint64_t)in.k), t->f64, "");
      push(t, v == 0 || v == 0x3ff0000000000000ull ? opaque(t, c) : c);
      break;
    }
    default:
      if (op >= 0x28 && op <= 0x3E) memop(t, &in);
      else numeric(t, op);
      break;
    }
  }
  return !t->oom && r.p == r.end;
}

/* ---------------------------------------------------------------- the target */

/* The host's target machine: the pass pipeline's cost model and the object's code (this CPU's
 * features: the code cache keys entries by them). Position-independent, small code model: the
 * object may be loaded anywhere and reaches the helpers through stubs (objload.c). */
static LLVMTargetMachineRef g_tm;
static char *g_triple;
static char g_init_err[256];
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static void err_copy(LLVMErrorRef e, char *buf, size_t len) {
  char *msg = LLVMGetErrorMessage(e);
  snprintf(buf, len, "%s", msg);
  LLVMDisposeErrorMessage(msg);
}

static void target_init(void) {
#if defined(__aarch64__)
  /* The host's llvm-19-dev headers serve the aarch64 build too (Makefile), and their native-target
   * macros name x86: the plugin's own machine is initialized by name. */
  LLVMInitializeAArch64TargetInfo();
  LLVMInitializeAArch64Target();
  LLVMInitializeAArch64TargetMC();
  LLVMInitializeAArch64AsmPrinter();
#else
  LLVMInitializeNativeTarget();
  LLVMInitializeNativeAsmPrinter();
  /* No pre-RA machine scheduler: measured on AMD EPYC, UNMETERED code runs bytecode in 0.29-0.31 s
   * of CPU without it against 0.32-0.34 s with it, the other benchmarks and METERED code within
   * the noise (docs/perf.md "Optimized code without the budget tick"). An LLVM option is
   * process-wide: the plugin is the only user of libLLVM in a hearth process. */
  const char *argv[2] = {"hearth", "-enable-misched=false"};
  LLVMParseCommandLineOptions(2, argv, NULL);
#endif
  char *triple = LLVMGetDefaultTargetTriple(), *cpu = LLVMGetHostCPUName(),
       *feat = LLVMGetHostCPUFeatures(), *err = NULL;
  LLVMTargetRef target;
  if (!LLVMGetTargetFromTriple(triple, &target, &err))
    g_tm = LLVMCreateTargetMachine(target, triple, cpu, feat, LLVMCodeGenLevelDefault,
                                   LLVMRelocPIC, LLVMCodeModelSmall);
  if (err) {
    snprintf(g_init_err, sizeof g_init_err, "%s", err);
    LLVMDisposeMessage(err);
  }
  g_triple = triple; /* kept for every module */
  LLVMDisposeMessage(cpu);
  LLVMDisposeMessage(feat);
}

static LLVMValueRef md_str_node(LLVMContextRef C, LLVMMetadataRef *ops, size_t n) {
  return LLVMMetadataAsValue(C, LLVMMDNodeInContext2(C, ops, n));
}

static void setup_types(tr *t) {
  LLVMContextRef C = t->C;
  t->i1 = LLVMInt1TypeInContext(C);
  t->i8 = LLVMInt8TypeInContext(C);
  t->i32 = LLVMInt32TypeInContext(C);
  t->i64 = LLVMInt64TypeInContext(C);
  t->f32 = LLVMFloatTypeInContext(C);
  t->f64 = LLVMDoubleTypeInContext(C);
  t->ptr = LLVMPointerTypeInContext(C, 0);
  t->vd = LLVMVoidTypeInContext(C);
  t->k_tbaa = LLVMGetMDKindIDInContext(C, "tbaa", 4);
  t->k_inv = LLVMGetMDKindIDInContext(C, "invariant.load", 14);
  t->k_prof = LLVMGetMDKindIDInContext(C, "prof", 4);
  t->md_empty = md_str_node(C, NULL, 0);
  LLVMMetadataRef w[3] = {LLVMMDStringInContext2(C, "branch_weights", 14),
                          LLVMValueAsMetadata(k32(t, 1)), LLVMValueAsMetadata(k32(t, 100000))};
  t->md_unlikely = md_str_node(C, w, 3);
  LLVMMetadataRef rootop = LLVMMDStringInContext2(C, "hearth", 6);
  LLVMMetadataRef root = LLVMMDNodeInContext2(C, &rootop, 1);
  LLVMMetadataRef zero = LLVMValueAsMetadata(k64(t, 0));
  const char *names[4] = {"wasm memory", "dirty map", "wasm global", "hearth ctx"};
  LLVMValueRef *tags[4] = {&t->tag_mem, &t->tag_dirty, &t->tag_glob, &t->tag_ctx};
  for (int k = 0; k < 4; k++) {
    LLVMMetadataRef ops[3] = {LLVMMDStringInContext2(C, names[k], strlen(names[k])), root, zero};
    LLVMMetadataRef ty = LLVMMDNodeInContext2(C, ops, 3);
    LLVMMetadataRef tg[3] = {ty, ty, zero};
    *tags[k] = md_str_node(C, tg, 3);
  }
  LLVMTypeRef p2[2] = {t->ptr, t->i32}, p3[3] = {t->ptr, t->i32, t->ptr},
              p5[5] = {t->ptr, t->i32, t->i32, t->i32, t->ptr};
  t->ty_trap = LLVMFunctionType(t->vd, p2, 2, 0);
  t->ty_refill = LLVMFunctionType(t->i64, p2, 1, 0);
  t->ty_poll = LLVMFunctionType(t->vd, p2, 1, 0);
  t->ty_call = LLVMFunctionType(t->vd, p3, 3, 0);
  t->ty_calli = LLVMFunctionType(t->vd, p5, 5, 0);
  t->ty_msize = LLVMFunctionType(t->i32, p2, 1, 0);
  t->ty_mgrow = LLVMFunctionType(t->i32, p2, 2, 0);
}

/* The C-convention entry of impl: arguments from slots, results to slots. */
static void build_entry(tr *t, const h_functype *ft, LLVMValueRef impl, LLVMTypeRef impl_ty,
                        const char *name) {
  LLVMTypeRef p[2] = {t->ptr, t->ptr};
  LLVMValueRef e = LLVMAddFunction(t->M, name, LLVMFunctionType(t->vd, p, 2, 0));
  LLVMPositionBuilderAtEnd(t->B, LLVMAppendBasicBlockInContext(t->C, e, ""));
  LLVMValueRef slots = LLVMGetParam(e, 1);
  LLVMValueRef *av = malloc((ft->nparams + H_OPT_IMPL_ARGS) * sizeof *av);
  if (!av) {
    t->oom = true;
    LLVMBuildRetVoid(t->B);
    return;
  }
  av[0] = t->cx = LLVMGetParam(e, 0);
  av[1] = cx_load(t, t->i64, offsetof(h_opt_ctx, depth), false);
  av[2] = cx_load(t, t->i64, offsetof(h_opt_ctx, budget), false);
  for (uint32_t j = 0; j < ft->nparams; j++) {
    LLVMValueRef o = k64(t, 8u * j);
    LLVMValueRef x = LLVMBuildLoad2(t->B, t->i64, LLVMBuildInBoundsGEP2(t->B, t->i8, slots, &o, 1, ""), "");
    av[j + H_OPT_IMPL_ARGS] = from_slot(t, x, ft->params[j]);
  }
  LLVMValueRef r = LLVMBuildCall2(t->B, impl_ty, impl, av, ft->nparams + H_OPT_IMPL_ARGS, "");
  LLVMSetInstructionCallConv(r, LLVMFastCallConv);
  free(av);
  cx_store(t, ft->nresults ? LLVMBuildExtractValue(t->B, r, 0, "") : r, offsetof(h_opt_ctx, budget));
  for (uint32_t j = 0; j < ft->nresults; j++) {
    LLVMValueRef x = LLVMBuildExtractValue(t->B, r, j + 1, "");
    LLVMValueRef o = k64(t, 8u * j);
    LLVMBuildStore(t->B, to_slot(t, x, ft->results[j]), LLVMBuildInBoundsGEP2(t->B, t->i8, slots, &o, 1, ""));
  }
  LLVMBuildRetVoid(t->B);
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static bool compile_locked(const hearth_module *m, unsigned flavour, uint8_t **obj,
                           size_t *objlen, char *err, size_t errlen);

/* One compilation at a time: the pass pipeline shares g_tm, whose subtarget cache is not
 * thread-safe (and two compilations on a 2-core machine gain nothing). */
static pthread_mutex_t g_compile_lock = PTHREAD_MUTEX_INITIALIZER;

static bool compile_module(const hearth_module *m, unsigned flavour, uint8_t **obj,
                           size_t *objlen, char *err, size_t errlen) {
  pthread_mutex_lock(&g_compile_lock);
  bool ok = compile_locked(m, flavour, obj, objlen, err, errlen);
  pthread_mutex_unlock(&g_compile_lock);
  return ok;
}

static bool compile_locked(const hearth_module *m, unsigned flavour, uint8_t **obj,
                           size_t *objlen, char *err, size_t errlen) {
  assert(flavour < H_OPT_NFLAVOURS);
  *obj = NULL;
  *objlen = 0;
  double t0 = now_ms();
  pthread_once(&g_once, target_init);
  double t1 = now_ms();
  if (!g_tm) {
    snprintf(err, errlen, "LLVM target unavailable: %s", g_init_err);
    return false;
  }
  uint32_t n = m->nfuncs - m->nimported_funcs;
  uint64_t code_bytes = 0;
  for (uint32_t i = 0; i < n; i++) code_bytes += m->bodies[i].len;
  /* A module too large, or with nothing to translate, still gets an object (an empty one), so
   * that the code cache remembers the verdict and later starts need not load this plugin. */
  bool verbose = getenv("HEARTH_OPT_VERBOSE") != NULL;
  bool big = n > H_OPT_MAX_FUNCS || code_bytes > H_OPT_MAX_CODE_BYTES;
  if (big && verbose)
    fprintf(stderr, "hearth: opt: module too large for the optimizing tier (%u functions, %llu bytes)\n",
            n, (unsigned long long)code_bytes);
  tr t;
  memset(&t, 0, sizeof t);
  t.m = m;
  t.marks = !m->engine->cfg.no_reset;
  t.unmetered = flavour == H_OPT_UNMETERED;
  t.impl = calloc(n ? n : 1, sizeof *t.impl);
  t.impl_ty = calloc(n ? n : 1, sizeof *t.impl_ty);
  t.slots = calloc(n ? n : 1, sizeof *t.slots);
  bool ok = false;
  LLVMTargetDataRef td = NULL;
  t.C = LLVMContextCreate();
  char name[64];
  t.M = LLVMModuleCreateWithNameInContext("hearth", t.C);
  t.B = LLVMCreateBuilderInContext(t.C);
  if (!t.impl || !t.impl_ty || !t.slots) goto out;
  LLVMSetTarget(t.M, g_triple);
  td = LLVMCreateTargetDataLayout(g_tm);
  LLVMSetModuleDataLayout(t.M, td);
  setup_types(&t);
  uint32_t nok = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (big || !scan(m, i, &t.slots[i])) continue;
    const h_functype *ft = &m->types[m->func_type[m->nimported_funcs + i]];
    LLVMTypeRef *pt = malloc((ft->nparams + H_OPT_IMPL_ARGS) * sizeof *pt);
    LLVMTypeRef rty = ret_type(&t, ft);
    if (!pt || !rty) {
      free(pt);
      goto out;
    }
    pt[0] = t.ptr;
    pt[1] = pt[2] = t.i64; /* frames left, budget (H_OPT_IMPL_ARGS) */
    for (uint32_t j = 0; j < ft->nparams; j++) pt[j + H_OPT_IMPL_ARGS] = lt(&t, ft->params[j]);
    t.impl_ty[i] = LLVMFunctionType(rty, pt, ft->nparams + H_OPT_IMPL_ARGS, 0);
    free(pt);
    snprintf(name, sizeof name, "f%u", i);
    t.impl[i] = LLVMAddFunction(t.M, name, t.impl_ty[i]);
    LLVMSetLinkage(t.impl[i], LLVMInternalLinkage);
    LLVMSetFunctionCallConv(t.impl[i], LLVMFastCallConv);
    nok++;
  }
  /* Bodies; a failed translation removes its function, and every caller is translated again
   * with the call going through the helper instead (rare: scan accepts only what translate
   * handles, so this loop runs once). */
  for (bool again = true; again;) {
    again = false;
    for (uint32_t i = 0; i < n; i++) {
      if (!t.impl[i] || LLVMCountBasicBlocks(t.impl[i])) continue;
      bool good = translate(&t, i);
      for (uint32_t c = 0; c < t.nctl; c++) free_ctl(&t.ctls[c]);
      t.nctl = 0;
      free(t.locals);
      free(t.ltypes);
      t.locals = NULL;
      t.ltypes = NULL;
      if (t.oom) goto out;
      if (good) continue;
      /* Removing it: drop every body (callers may call it directly) and start over. */
      LLVMValueRef dead = t.impl[i];
      t.impl[i] = NULL;
      nok--;
      for (uint32_t j = 0; j < n; j++) {
        if (!t.impl[j]) continue;
        LLVMBasicBlockRef bb;
        while ((bb = LLVMGetFirstBasicBlock(t.impl[j])) != NULL) LLVMDeleteBasicBlock(bb);
      }
      LLVMBasicBlockRef bb;
      while ((bb = LLVMGetFirstBasicBlock(dead)) != NULL) LLVMDeleteBasicBlock(bb);
      LLVMDeleteFunction(dead);
      again = true;
      break;
    }
  }
  if (nok == 0 && verbose) fprintf(stderr, "hearth: opt: no function to optimize\n");
  for (uint32_t i = 0; i < n; i++) {
    if (!t.impl[i]) continue;
    snprintf(name, sizeof name, H_OPT_ENTRY_PREFIX "%u", i);
    build_entry(&t, &m->types[m->func_type[m->nimported_funcs + i]], t.impl[i], t.impl_ty[i], name);
  }
  if (t.oom) goto out;
  char *msg = NULL;
  if (LLVMVerifyModule(t.M, LLVMReturnStatusAction, &msg)) {
    snprintf(err, errlen, "invalid IR: %.200s", msg ? msg : "");
    if (getenv("HEARTH_OPT_DUMP")) LLVMDumpModule(t.M);
    LLVMDisposeMessage(msg);
    goto out;
  }
  LLVMDisposeMessage(msg);
  double t2 = now_ms();
  if (getenv("HEARTH_OPT_DUMP") && !strcmp(getenv("HEARTH_OPT_DUMP"), "pre")) LLVMDumpModule(t.M);
  LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
  LLVMErrorRef e = LLVMRunPasses(t.M, "default<O2>", g_tm, po);
  LLVMDisposePassBuilderOptions(po);
  if (e) {
    err_copy(e, err, errlen);
    goto out;
  }
  if (getenv("HEARTH_OPT_DUMP") && strcmp(getenv("HEARTH_OPT_DUMP"), "pre")) LLVMDumpModule(t.M);
  double t3 = now_ms();
  char *emsg = NULL;
  LLVMMemoryBufferRef buf = NULL;
  if (LLVMTargetMachineEmitToMemoryBuffer(g_tm, t.M, LLVMObjectFile, &emsg, &buf)) {
    snprintf(err, errlen, "code generation: %s", emsg ? emsg : "");
    LLVMDisposeMessage(emsg);
    goto out;
  }
  size_t len = LLVMGetBufferSize(buf);
  *obj = malloc(len ? len : 1);
  if (*obj) {
    memcpy(*obj, LLVMGetBufferStart(buf), len);
    *objlen = len;
  }
  LLVMDisposeMemoryBuffer(buf);
  if (!*obj) {
    snprintf(err, errlen, "out of memory");
    goto out;
  }
  ok = true;
  if (verbose)
    fprintf(stderr, "hearth: opt: %u functions: LLVM setup %.1f ms, IR %.1f ms, O2 %.1f ms, machine code %.1f ms, object %zu bytes\n",
            nok, t1 - t0, t2 - t1, t3 - t2, now_ms() - t3, len);
out:
  LLVMDisposeBuilder(t.B);
  if (t.M) LLVMDisposeModule(t.M);
  if (td) LLVMDisposeTargetData(td);
  LLVMContextDispose(t.C);
  free(t.st);
  free(t.ctls);
  free(t.impl);
  free(t.impl_ty);
  free(t.slots);
  return ok;
}

static const h_opt_plugin g_plugin = {sizeof(h_opt_plugin), compile_module};

const h_opt_plugin *hearth_opt_plugin_v3(void);
__attribute__((visibility("default"))) const h_opt_plugin *hearth_opt_plugin_v3(void) {
  return &g_plugin;
}
