/* opt.c: the optimizing tier's runtime: tier selection, the code generator plugin, entry from the
 * interpreter and the helpers optimized code calls. */
#include "opt.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Shape of the tier (docs/perf.md).
 * - The code generator (opt_llvm.c) translates wasm function bodies to LLVM IR, runs LLVM's O2
 *   pipeline over the whole module (so small callees get inlined) and compiles it with ORC LLJIT.
 *   It lives in a plugin, libhearth_opt.so, loaded with dlopen when the tier is first wanted:
 *   libLLVM costs ~170 ms of dynamic linking per process, which every other start must not pay,
 *   and libhearth itself keeps needing libc alone. The plugin is found at $HEARTH_OPT_PLUGIN, else
 *   at the path the Makefile compiled in (H_OPT_PLUGIN_PATH).
 * - The interpreter stays in charge of frames: ENTER_WASM (interp.c OPT_ENTER) runs a function
 *   with optimized code to completion through h_opt_run and continues at a RETURN that pops the
 *   frame. Optimized functions call each other directly (native stack, counted against the
 *   store's call depth and checked against the thread's stack floor); every other call goes through
 *   h_interp_call_from_opt as a nested run, exactly like a host function re-entering wasm.
 * - Traps: generated code calls rt_trap (or a helper traps), which siglongjmps back to h_run_opt's
 *   sigsetjmp. An out-of-bounds access faults in the guard region and takes the interpreter's
 *   guard path (h_guard_signal finds the interpreter frame the tier entered from).
 * - Budget (interrupt, deadline, fuel): the interpreter's check points and count: one unit per call,
 *   per taken branch to a loop label and per br_table (interp.c CHECK_BUDGET).
 * - HEARTH_TIER=opt compiles at load, synchronously; HEARTH_TIER=auto compiles a module on a
 *   background thread once interp.c's budget refills show it hot (h_opt_sample), and functions
 *   switch at their next call. */

#if H_JIT && defined(H_OPT_PLUGIN_PATH)
#define H_OPT_AVAILABLE 1
#else
#define H_OPT_AVAILABLE 0
#endif

typedef struct h_opt_module {
  void *handle;       /* the plugin's owner of the code */
  h_opt_func *funcs;  /* per defined function; entry NULL: not optimized */
  uint32_t n;
  bool bg;            /* compiled by `thread` (HEARTH_TIER=auto): joined before the module goes */
  pthread_t thread;
} h_opt_module;

int h_opt_tier(void) {
  static int tier = -1;
  int t = __atomic_load_n(&tier, __ATOMIC_RELAXED);
  if (t >= 0) return t;
  const char *e = getenv("HEARTH_TIER");
  t = H_TIER_BASELINE;
  if (e && strcmp(e, "interp") == 0) t = H_TIER_INTERP;
  else if (e && strcmp(e, "opt") == 0) t = H_TIER_OPT;
  else if (e && strcmp(e, "auto") == 0) t = H_TIER_AUTO;
  else if (e && *e && strcmp(e, "baseline") != 0)
    fprintf(stderr, "hearth: HEARTH_TIER=%s is not interp, baseline, opt or auto; using baseline\n",
            e);
  __atomic_store_n(&tier, t, __ATOMIC_RELAXED);
  return t;
}

#if H_OPT_AVAILABLE

/* ---------------------------------------------------------------- helpers of generated code */

static H_NOINLINE __attribute__((noreturn)) void rt_leave(h_opt_ctx *cx, hearth_status st) {
  cx->status = st;
  siglongjmp(cx->jb, 1);
}

static H_NOINLINE __attribute__((noreturn)) void rt_trap(h_opt_ctx *cx, uint32_t trap) {
  cx->s->trap = (hearth_trap)trap;
  cx->s->nbacktrace = 0;
  rt_leave(cx, HEARTH_ERR_TRAP);
}

static int64_t rt_refill(h_opt_ctx *cx) {
  h_jit_ctx jx = {.globals = cx->globals, .s = cx->s};
  int64_t r = h_jit_refill(&jx);
  if (r < 0) {
    /* The caller's budget is spent (that is why it refills); what cx->budget still holds is
     * from the last call site and must not go back to the fuel. */
    cx->budget = 0;
    rt_trap(cx, (uint32_t)-r);
  }
  return r;
}

/* Publishes the interpreter's state for a nested run (as L_host_call does), gives the unspent
 * budget back to the fuel, calls, and leaves through jb when the callee failed. */
static void call_out(h_opt_ctx *cx, hearth_func *f, uint64_t *slots) {
  hearth_store *s = cx->s;
  /* The callee's frame goes above every optimized frame in use, so that the call-depth limit is
   * the same as in the other tiers. Optimized frames have no entry of their own in s->frames
   * (cx->depth counts them): their entries repeat the frame optimized code was entered from, which
   * is what a backtrace shows for them. A nested run only writes entries from its own base up, so
   * the copies below cx->filled stay valid. */
  uint32_t n = (uint32_t)((int64_t)s->max_depth - cx->depth);
  assert(n > (uint32_t)(cx->fr - s->frames) && n <= s->max_depth);
  for (; cx->filled < n; cx->filled++) s->frames[cx->filled] = *cx->fr;
  s->nframes = n;
  s->stack_top = cx->top;
  if (cx->budget > 0 && s->fuel != UINT64_MAX) s->fuel += (uint64_t)cx->budget;
  cx->budget = 0;
  s->trap = HEARTH_TRAP_NONE;
  s->nbacktrace = 0;
  hearth_status st = h_interp_call_from_opt(s, f, cx->inst, slots);
  if (st != HEARTH_OK) rt_leave(cx, st);
}

static void rt_call(h_opt_ctx *cx, uint32_t func, uint64_t *slots) {
  call_out(cx, cx->inst->funcs[func], slots);
}

static void rt_call_indirect(h_opt_ctx *cx, uint32_t table, uint32_t type, uint32_t elem,
                             uint64_t *slots) {
  hearth_instance *inst = cx->inst;
  const hearth_table *t = inst->tables[table];
  if (elem >= t->size) rt_trap(cx, HEARTH_TRAP_UNDEFINED_ELEMENT);
  hearth_func *f = (hearth_func *)(uintptr_t)t->elems[elem];
  if (!f) rt_trap(cx, HEARTH_TRAP_UNINITIALIZED_ELEMENT);
  if (!h_functype_eq(f->type, &inst->module->types[type]) ||
      (f->type != &inst->module->types[type] && !h_gcop_func_sub(f, inst->module, type)))
    rt_trap(cx, HEARTH_TRAP_INDIRECT_CALL_TYPE); /* 3.0: canonical types, as the interpreter */
  if (--cx->budget < 0) cx->budget = rt_refill(cx);
  const h_opt_func *of = f->code && f->inst == inst ? h_cfunc_opt(f->code) : NULL;
  if (of) {
    of->entry(cx, slots); /* same instance: same context */
    return;
  }
  call_out(cx, f, slots);
}

static uint32_t rt_memory_size(h_opt_ctx *cx) {
  return (uint32_t)(cx->inst->mem0->size / H_PAGE_SIZE);
}

static uint32_t rt_memory_grow(h_opt_ctx *cx, uint32_t delta) {
  return (uint32_t)(int32_t)h_mem_grow(cx->inst->mem0, delta);
}

static const h_opt_rt g_rt = {sizeof(h_opt_rt), rt_trap, rt_refill, rt_call, rt_call_indirect,
                              rt_memory_size, rt_memory_grow};

/* ---------------------------------------------------------------- entry from the interpreter */

hearth_status h_opt_run(const h_opt_func *of, uint64_t *fp, hearth_instance *inst,
                        hearth_store *s, h_frame *fr, int64_t *budget) {
  h_opt_ctx cx;
  cx.mem = inst->mem0 ? inst->mem0->base : NULL;
  cx.globals = inst->globals;
  cx.budget = *budget;
  /* Frames left: fr (index k) is in use, and the entry's own depth check counts it once more. */
  cx.depth = (int64_t)s->max_depth - (int64_t)(fr - s->frames);
  cx.stack_floor = h_interp_stack_floor();
  cx.s = s;
  cx.inst = inst;
  cx.fr = fr;
  cx.top = fp + fr->fn->frame_slots;
  cx.filled = (uint32_t)(fr - s->frames) + 1;
  cx.status = HEARTH_OK;
  if (sigsetjmp(cx.jb, 0) == 0) of->entry(&cx, fp);
  *budget = cx.budget;
  return cx.status;
}

/* ---------------------------------------------------------------- the plugin */

static const h_opt_plugin *g_plugin;
static pthread_once_t g_plugin_once = PTHREAD_ONCE_INIT;

static void plugin_load(void) {
  const char *path = getenv("HEARTH_OPT_PLUGIN");
#ifdef H_OPT_PLUGIN_INSTALLED
  /* The build tree's plugin while it exists (tests, bench), else the installed one. */
  if ((!path || !*path) && access(H_OPT_PLUGIN_PATH, R_OK) != 0) path = H_OPT_PLUGIN_INSTALLED;
#endif
  if (!path || !*path) path = H_OPT_PLUGIN_PATH;
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    fprintf(stderr, "hearth: HEARTH_TIER=opt: cannot load %s (%s); using baseline\n", path,
            dlerror());
    return;
  }
  h_opt_plugin_fn fn = (h_opt_plugin_fn)dlsym(h, H_OPT_PLUGIN_SYM);
  const h_opt_plugin *p = fn ? fn() : NULL;
  if (!p || p->size != sizeof(h_opt_plugin)) {
    fprintf(stderr, "hearth: %s is not a hearth opt plugin; using baseline\n", path);
    dlclose(h);
    return;
  }
  g_plugin = p; /* the library stays loaded: its code runs until the process ends */
}

/* Compiles m into om (already published in m->opt) and publishes each function's code with a
 * release store: callers switch at their next call. */
static void compile_into(hearth_module *m, h_opt_module *om) {
  uint32_t n = m->nfuncs - m->nimported_funcs;
  pthread_once(&g_plugin_once, plugin_load);
  if (!g_plugin) return;
  h_opt_entry *entries = h_calloc(n, sizeof *entries);
  om->funcs = h_calloc(n, sizeof *om->funcs);
  if (!entries || !om->funcs) {
    h_free(entries);
    return;
  }
  char err[256] = "";
  bool verbose = getenv("HEARTH_OPT_VERBOSE") != NULL;
  if (!g_plugin->compile(m, &g_rt, entries, &om->handle, err, sizeof err)) {
    if (verbose) fprintf(stderr, "hearth: opt: %s\n", err);
    h_free(entries);
    return;
  }
  om->n = n;
  uint32_t nopt = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (!entries[i]) continue;
    h_opt_func *of = &om->funcs[i];
    const h_functype *ft = &m->types[m->func_type[m->nimported_funcs + i]];
    uint64_t w = h_interp_opword(H_OP_RETURN);
    of->ret[0] = (h_word)w;
    of->ret[1] = (h_word)(w >> 32);
    of->ret[2] = 0;
    of->ret[3] = ft->result_slots;
    of->entry = entries[i];
    __atomic_store_n(&m->code[i].opt, of, __ATOMIC_RELEASE);
    nopt++;
  }
  if (verbose) fprintf(stderr, "hearth: opt: %u of %u functions\n", nopt, n);
  h_free(entries);
}

/* Claims m for the tier: true when this caller installed om (m->opt is set once). */
static bool claim(hearth_module *m, h_opt_module **om) {
  *om = h_calloc(1, sizeof **om);
  if (!*om) return false;
  h_opt_module *expect = NULL;
  if (__atomic_compare_exchange_n(&m->opt, &expect, *om, false, __ATOMIC_ACQ_REL,
                                  __ATOMIC_ACQUIRE))
    return true;
  h_free(*om);
  return false;
}

void h_opt_compile_module(hearth_module *m) {
  if (h_opt_tier() != H_TIER_OPT || m->engine->cfg.no_signal_handler) return;
  if (m->nfuncs == m->nimported_funcs) return;
  h_opt_module *om;
  if (claim(m, &om)) compile_into(m, om);
}

/* ---------------------------------------------------------------- background compilation */

/* HEARTH_TIER=auto: a hot module is compiled by a thread of its own (joinable: deleting the module
 * joins it first, so code is never published into a freed module). libLLVM's static objects must
 * not be destroyed under a compiling thread, so process exit also waits for compilations in
 * flight (an atexit handler; an embedder that exits without deleting its modules relies on it). */
static pthread_mutex_t g_bg_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_bg_done = PTHREAD_COND_INITIALIZER;
static unsigned g_bg_running;

static void bg_wait_all(void) {
  pthread_mutex_lock(&g_bg_lock);
  while (g_bg_running) pthread_cond_wait(&g_bg_done, &g_bg_lock);
  pthread_mutex_unlock(&g_bg_lock);
}

static void *bg_compile(void *arg) {
  hearth_module *m = arg;
  compile_into(m, __atomic_load_n(&m->opt, __ATOMIC_ACQUIRE));
  pthread_mutex_lock(&g_bg_lock);
  g_bg_running--;
  pthread_cond_broadcast(&g_bg_done);
  pthread_mutex_unlock(&g_bg_lock);
  return NULL;
}

static void bg_register_atexit(void) { atexit(bg_wait_all); }
static pthread_once_t g_bg_once = PTHREAD_ONCE_INIT;

static void bg_start(hearth_module *m) {
  h_opt_module *om;
  if (!claim(m, &om)) return;
  pthread_once(&g_bg_once, bg_register_atexit);
  pthread_mutex_lock(&g_bg_lock);
  g_bg_running++;
  pthread_mutex_unlock(&g_bg_lock);
  if (pthread_create(&om->thread, NULL, bg_compile, m) == 0) {
    om->bg = true;
    return;
  }
  pthread_mutex_lock(&g_bg_lock); /* no thread: the module stays in the baseline */
  g_bg_running--;
  pthread_mutex_unlock(&g_bg_lock);
}

void h_opt_sample(hearth_store *s) {
  if (H_LIKELY(h_opt_tier() != H_TIER_AUTO)) return;
  const h_frame *f = s->run_frame;
  if (!f || !f->inst) return;
  hearth_module *m = f->inst->module;
  if (__atomic_load_n(&m->opt, __ATOMIC_ACQUIRE) || m->engine->cfg.no_signal_handler) return;
  if (atomic_fetch_add(&m->opt_hot, 1) + 1 == H_OPT_HOT_REFILLS) bg_start(m);
}

void h_opt_module_free(hearth_module *m) {
  h_opt_module *om = m->opt;
  if (!om) return;
  if (om->bg) pthread_join(om->thread, NULL);
  if (g_plugin && om->handle) g_plugin->release(om->handle);
  h_free(om->funcs);
  h_free(om);
  m->opt = NULL;
}

#else /* !H_OPT_AVAILABLE: built without LLVM (or on a machine without the baseline tier) */

hearth_status h_opt_run(const h_opt_func *of, uint64_t *fp, hearth_instance *inst,
                        hearth_store *s, h_frame *fr, int64_t *budget) {
  (void)of, (void)fp, (void)inst, (void)fr, (void)budget;
  s->trap = HEARTH_TRAP_HOST;
  return HEARTH_ERR_TRAP; /* unreachable: no function ever gets optimized code */
}

void h_opt_compile_module(hearth_module *m) {
  static atomic_int warned;
  if (h_opt_tier() >= H_TIER_OPT && m->nfuncs > m->nimported_funcs &&
      atomic_exchange(&warned, 1) == 0)
    fprintf(stderr, "hearth: HEARTH_TIER=opt: this hearth was built without the optimizing tier "
                    "(LLVM 19 not found); using baseline\n");
}

void h_opt_module_free(hearth_module *m) { (void)m; }

void h_opt_sample(hearth_store *s) { (void)s; }

#endif
