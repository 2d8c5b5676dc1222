/* opt.h: the contract between the optimizing tier's runtime (opt.c, in libhearth) and its code
 * generator (opt_llvm.c, the plugin libhearth_opt.so that links LLVM). */
#ifndef H_OPT_H
#define H_OPT_H

#include <setjmp.h>

#include "internal.h"

/* The state optimized code runs with: one per entry from the interpreter (h_opt_run), passed as
 * the first argument of every optimized function. Generated code reads the fields at these
 * offsets (opt_llvm.c uses offsetof), so the layout is the only ABI between the two files. */
typedef struct h_opt_ctx {
  uint8_t *mem;                  /* memory 0's base (never moves), or NULL */
  struct hearth_global **globals; /* the instance's globals */
  int64_t budget;                /* the interpreter's budget: valid at calls, helpers and exits */
  int64_t depth;                 /* frames left before "call stack exhausted" */
  uintptr_t stack_floor;         /* native stack: trap below this address (interp.c's floor) */
  hearth_store *s;
  hearth_instance *inst;
  h_frame *fr;                   /* the interpreter frame optimized code entered from */
  uint64_t *top;                 /* first slot above that frame (nested runs start there) */
  hearth_status status;          /* set before the jump to jb */
  uint64_t sink;                 /* a sum of every loaded value, written at calls, returns and
                                    traps, so that LLVM keeps each load and its trap (never read;
                                    written only with config.h H_OPT_EXACT_LOAD_TRAPS=2) */
  uint32_t filled;               /* call_out: s->frames below this index are in use or copies of
                                    *fr standing for optimized frames (C side only) */
  uint32_t flavour;              /* the code's H_OPT_METERED or H_OPT_UNMETERED (C side only) */
  sigjmp_buf jb;                 /* traps leave optimized code through here (no mask saved) */
} h_opt_ctx;

/* An optimized function's entry: arguments in slots[0..param_slots), results written to
 * slots[0..result_slots) (the interpreter's slot form). Returns normally only on success. */
typedef h_opt_entry_fn h_opt_entry;

/* Helpers that generated code calls, by name: the object refers to hearth_rt_<name> as an
 * undefined symbol and opt.c's loader table (objload.c) resolves it, so the code depends on no
 * address of this process and can be cached. Each one that can trap leaves through cx->jb.
 *   trap(cx, uint32 trap)                                   noreturn
 *   int64 refill(cx)                                        the new budget (>= 0)
 *   poll(cx)                                                noreturn: raises s->interrupt's trap
 *                                                           (UNMETERED code, on a flag seen set)
 *   call(cx, uint32 func, uint64 *slots)
 *   call_indirect(cx, uint32 table, uint32 type, uint32 elem, uint64 *slots)
 *                                                           checks, charges the call's unit, calls
 *   uint32 memory_size(cx)                                  pages
 *   uint32 memory_grow(cx, uint32 delta)                    old pages or -1 */
#define H_OPT_HELPERS(X) X(trap) X(refill) X(poll) X(call) X(call_indirect) X(memory_size) X(memory_grow)
#define H_OPT_HELPER_PREFIX "hearth_rt_"

/* Library functions LLVM may call from generated code (loop idioms become memset/memcpy; rounding
 * without SSE4.1 becomes libm calls): the only other undefined symbols an object may have. */
#define H_OPT_LIBCALLS(X)                                                                          \
  X(memcpy) X(memmove) X(memset) X(floor) X(floorf) X(ceil) X(ceilf) X(trunc) X(truncf)         \
  X(nearbyint) X(nearbyintf) X(rint) X(rintf) X(fmin) X(fminf) X(fmax) X(fmaxf) X(sqrt) X(sqrtf) \
  X(fabs) X(fabsf) X(copysign) X(copysignf)

/* The entry of defined function i is the global symbol H_OPT_ENTRY_PREFIX<i> (decimal). */
#define H_OPT_ENTRY_PREFIX "hearth_e"

/* The plugin's one exported symbol, H_OPT_PLUGIN_SYM. compile translates the functions of m it
 * can, in flavour (internal.h H_OPT_FLAVOURS: what a check point does), into one LLVM module, O2,
 * and emits an ELF relocatable object for this machine (x86-64 or
 * AArch64; position independent, helpers and library calls as undefined symbols, above) into
 * *obj (malloc'd, *objlen bytes, the caller frees it with free()); a function left to the other
 * tiers has no entry symbol. The object is loaded by objload.c, as is one from the code cache.
 * Returns false (detail in err, NUL-terminated) when nothing could be compiled. */
typedef struct h_opt_plugin {
  uint32_t size; /* sizeof(h_opt_plugin) */
  bool (*compile)(const hearth_module *m, unsigned flavour, uint8_t **obj, size_t *objlen,
                  char *err, size_t errlen);
} h_opt_plugin;
#define H_OPT_PLUGIN_SYM "hearth_opt_plugin_v3"
typedef const h_opt_plugin *(*h_opt_plugin_fn)(void);

#endif /* H_OPT_H */
