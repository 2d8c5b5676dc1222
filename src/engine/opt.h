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
                                    traps, so that LLVM keeps each load and its trap (never read) */
  uint32_t filled;               /* call_out: s->frames below this index are in use or copies of
                                    *fr standing for optimized frames (C side only) */
  sigjmp_buf jb;                 /* traps leave optimized code through here (no mask saved) */
} h_opt_ctx;

/* An optimized function's entry: arguments in slots[0..param_slots), results written to
 * slots[0..result_slots) (the interpreter's slot form). Returns normally only on success. */
typedef void (*h_opt_entry)(h_opt_ctx *cx, uint64_t *slots);

/* Helpers that generated code calls (their addresses are embedded in the code as constants, so the
 * plugin needs no symbol from libhearth). Each one that can trap leaves through cx->jb. */
typedef struct h_opt_rt {
  uint32_t size;                                          /* sizeof(h_opt_rt) */
  void (*trap)(h_opt_ctx *cx, uint32_t trap);             /* noreturn */
  int64_t (*refill)(h_opt_ctx *cx);                       /* the new budget (>= 0) */
  void (*call)(h_opt_ctx *cx, uint32_t func, uint64_t *slots);
  void (*call_indirect)(h_opt_ctx *cx, uint32_t table, uint32_t type, uint32_t elem,
                        uint64_t *slots); /* checks, charges the call's budget unit, calls */
  uint32_t (*memory_size)(h_opt_ctx *cx);                 /* pages */
  uint32_t (*memory_grow)(h_opt_ctx *cx, uint32_t delta); /* old pages or -1 */
} h_opt_rt;

/* The plugin's one exported symbol, H_OPT_PLUGIN_SYM: compiles the functions of m it can
 * translate (in one LLVM module, O2, ORC LLJIT). entries[i] (i: defined-function index) gets the
 * entry of function i, or stays NULL when i is left to the other tiers. *handle: the code's owner,
 * for release. Returns false (detail in err, NUL-terminated) when nothing could be compiled. */
typedef struct h_opt_plugin {
  uint32_t size; /* sizeof(h_opt_plugin) */
  bool (*compile)(const hearth_module *m, const h_opt_rt *rt, h_opt_entry *entries,
                  void **handle, char *err, size_t errlen);
  void (*release)(void *handle);
} h_opt_plugin;
#define H_OPT_PLUGIN_SYM "hearth_opt_plugin_v1"
typedef const h_opt_plugin *(*h_opt_plugin_fn)(void);

#endif /* H_OPT_H */
