/* opt.c: the optimizing tier's runtime: tier selection, the code generator plugin, entry from the
 * interpreter and the helpers optimized code calls. */
#include "opt.h"

#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Shape of the tier (docs/perf.md).
 * - The code generator (opt_llvm.c) translates wasm function bodies to LLVM IR, runs LLVM's O2
 *   pipeline over the whole module (so small callees get inlined) and emits a relocatable ELF
 *   object, which objload.c maps and relocates here; the code cache keeps the object (KEY.hco),
 *   so a later start of the same module loads it (mmap + relocation, ~ms) without the plugin.
 *   The plugin, libhearth_opt.so, is loaded with dlopen only when something must be compiled:
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
 *   per taken branch to a loop label and per br_table (interp.c CHECK_BUDGET), in the METERED
 *   flavour (internal.h H_OPT_FLAVOURS). The UNMETERED flavour, for stores without fuel (the
 *   default), only polls s->interrupt at those points; runtime.c's watchdog raises that flag at
 *   a deadline. Each flavour is compiled (or loaded from the cache, under a key of its own) when
 *   a store of that flavour first needs it: HEARTH_TIER=opt compiles UNMETERED at load, METERED
 *   on its first call from a store with fuel; until a function has code of a store's flavour it
 *   runs in the other tiers for that store (interp.c OPT_ENTER asks h_opt_need).
 * - HEARTH_TIER=opt compiles at load, synchronously; HEARTH_TIER=auto compiles a module on a
 *   background thread once interp.c's budget refills show it hot (h_opt_sample), and functions
 *   switch at their next call. Both take code the cache holds at load (auto too: it is cheap). */

#if H_OPT && defined(H_OPT_PLUGIN_PATH)
#define H_OPT_AVAILABLE 1
#else
#define H_OPT_AVAILABLE 0
#endif

/* A flavour's code: state goes NONE -> BUSY (claimed by the one thread that compiles or loads
 * it) -> DONE (published, or failed for good: the functions then stay in the other tiers). */
enum { FL_NONE, FL_BUSY, FL_DONE };
typedef struct h_opt_flcode {
  h_obj *obj;            /* the loaded machine code, or NULL */
  atomic_int state;
  bool bg;               /* compiled by `thread` (HEARTH_TIER=auto): joined before the module goes */
  pthread_t thread;
  hearth_module *m;      /* the background job's arguments */
  unsigned flavour;
} h_opt_flcode;

typedef struct h_opt_module {
  h_opt_func *funcs;     /* per defined function, shared by the flavours; m->code[i].opt points
                            here once some flavour has code for function i */
  uint32_t n;
  pthread_mutex_t lock;  /* publish */
  h_opt_flcode fl[H_OPT_NFLAVOURS];
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
  int64_t r = h_interp_refill(cx->s); /* no baseline tier-up here: the function is optimized */
  if (r < 0) {
    /* The caller's budget is spent (that is why it refills); what cx->budget still holds is
     * from the last call site and must not go back to the fuel. */
    cx->budget = 0;
    rt_trap(cx, (uint32_t)-r);
  }
  return r;
}

/* UNMETERED code saw s->interrupt set: raises its trap. Only the store's own thread clears the
 * flag (run(), when an outermost call starts), so it is still set here. */
static H_NOINLINE __attribute__((noreturn)) void rt_poll(h_opt_ctx *cx) {
  unsigned irq = atomic_load_explicit(&cx->s->interrupt, memory_order_relaxed);
  assert(irq != 0);
  rt_trap(cx, irq ? irq : (uint32_t)HEARTH_TRAP_INTERRUPTED);
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
  if (cx->flavour == H_OPT_UNMETERED) {
    if (atomic_load_explicit(&cx->s->interrupt, memory_order_relaxed)) rt_poll(cx);
  } else if (--cx->budget < 0) {
    cx->budget = rt_refill(cx);
  }
  const h_opt_func *of = f->code && f->inst == inst ? h_cfunc_opt(f->code) : NULL;
  h_opt_entry e = of ? h_opt_entry_of(of, cx->flavour) : NULL;
  if (e) {
    e(cx, slots); /* same instance and flavour: same context */
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

/* Everything an object may call (objload.c resolves its undefined symbols from this alone). */
#define H_IMPORT_HELPER(n) {H_OPT_HELPER_PREFIX #n, (void *)(uintptr_t)rt_##n},
#define H_IMPORT_LIBCALL(n) {#n, (void *)(uintptr_t)n},
static const h_obj_import g_imports[] = {H_OPT_HELPERS(H_IMPORT_HELPER) H_OPT_LIBCALLS(H_IMPORT_LIBCALL)};

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
  cx.flavour = h_opt_flavour(s);
  h_opt_entry e = h_opt_entry_of(of, cx.flavour);
  assert(e); /* interp.c OPT_ENTER checked */
  if (sigsetjmp(cx.jb, 0) == 0) e(&cx, fp);
  *budget = cx.budget;
  return cx.status;
}

/* ---------------------------------------------------------------- the plugin and the code */

static const h_opt_plugin *g_plugin;
static pthread_once_t g_plugin_once = PTHREAD_ONCE_INIT;
static atomic_uint g_compiled, g_cached, g_plugin_loads;

void h_opt_counts(unsigned *compiled, unsigned *cached, unsigned *plugin_loads) {
  *compiled = atomic_load(&g_compiled);
  *cached = atomic_load(&g_cached);
  *plugin_loads = atomic_load(&g_plugin_loads);
}

static const char *plugin_path(void) {
  const char *path = getenv("HEARTH_OPT_PLUGIN");
#ifdef H_OPT_PLUGIN_INSTALLED
  /* The build tree's plugin while it exists (tests, bench), else the installed one. */
  if ((!path || !*path) && access(H_OPT_PLUGIN_PATH, R_OK) != 0) path = H_OPT_PLUGIN_INSTALLED;
#endif
  if (!path || !*path) path = H_OPT_PLUGIN_PATH;
  return path;
}

static void plugin_load(void) {
  const char *path = plugin_path();
  atomic_fetch_add(&g_plugin_loads, 1);
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

/* The tier's part of the cache key: what changes the code for the same module, build and CPU.
 * The plugin file's identity (device, inode, size, modification time: a stat, no dlopen) stands
 * for the code generator, which is rebuilt apart from libhearth; then the knobs that change the
 * generated code and the layout it reads. */
static uint64_t tier_key(const hearth_module *m, unsigned flavour) {
  struct {
    uint64_t dev, ino, size, mtime_s, mtime_ns;
    uint32_t exact_load_traps, ctx_size, dirty_map, jb_off, no_marks, flavour;
  } k;
  memset(&k, 0, sizeof k);
  struct stat st;
  if (stat(plugin_path(), &st) == 0)
    k.dev = st.st_dev, k.ino = st.st_ino, k.size = (uint64_t)st.st_size,
    k.mtime_s = (uint64_t)st.st_mtim.tv_sec, k.mtime_ns = (uint64_t)st.st_mtim.tv_nsec;
  k.exact_load_traps = H_OPT_EXACT_LOAD_TRAPS;
  k.ctx_size = (uint32_t)sizeof(h_opt_ctx);
  k.dirty_map = (uint32_t)(H_DIRTY_MAP_BYTES >> 12);
  k.jb_off = (uint32_t)offsetof(h_opt_ctx, jb);
  k.no_marks = m->engine->cfg.no_reset; /* opt_llvm.c leaves the dirty-map marks out */
  k.flavour = flavour;
  uint8_t d[32];
  h_sha256(&k, sizeof k, d);
  uint64_t v;
  memcpy(&v, d, 8);
  return v;
}

/* The object for m: from the cache (verified there, loaded here) or compiled by the plugin, which
 * is loaded only then; a compiled object is put into the cache once it has loaded. entries[i]
 * gets each optimized function's entry. NULL when there is no optimized code. */
static double cpu_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* The object for m from the cache, loaded (entries filled), or NULL (entries left zero). */
static h_obj *from_cache(hearth_module *m, uint64_t tier, void **entries, uint32_t n, bool verbose) {
  char err[256] = "";
  double t0 = verbose ? cpu_ms() : 0;
  h_cache_map map;
  size_t len = 0;
  const uint8_t *cobj = h_cache_opt_get(m, tier, &len, &map);
  h_obj *o = NULL;
  if (cobj) {
    o = h_obj_load(cobj, len, g_imports, sizeof g_imports / sizeof g_imports[0],
                   H_OPT_ENTRY_PREFIX, entries, n, err, sizeof err);
    h_cache_map_free(&map);
    if (o) {
      atomic_fetch_add(&g_cached, 1);
      if (verbose)
        fprintf(stderr, "hearth: opt: code from the cache (%zu-byte object): %.2f ms of CPU (key, "
                "map, SHA-256, relocation)\n", len, cpu_ms() - t0);
      return o;
    }
    if (verbose) fprintf(stderr, "hearth: opt: cached code refused (%s)\n", err);
    memset(entries, 0, (size_t)n * sizeof *entries);
  }
  return NULL;
}

static h_obj *obtain(hearth_module *m, unsigned flavour, void **entries, uint32_t n, bool verbose) {
  uint64_t tier = tier_key(m, flavour);
  h_obj *o = from_cache(m, tier, entries, n, verbose);
  if (o) return o;
  char err[256] = "";
  size_t len = 0;
  pthread_once(&g_plugin_once, plugin_load);
  if (!g_plugin) return NULL;
  uint8_t *obj = NULL;
  if (!g_plugin->compile(m, flavour, &obj, &len, err, sizeof err)) {
    if (verbose) fprintf(stderr, "hearth: opt: %s\n", err);
    return NULL;
  }
  atomic_fetch_add(&g_compiled, 1);
  o = h_obj_load(obj, len, g_imports, sizeof g_imports / sizeof g_imports[0], H_OPT_ENTRY_PREFIX,
                 entries, n, err, sizeof err);
  if (o) h_cache_opt_put(m, tier, obj, len);
  else fprintf(stderr, "hearth: opt: the code generator's object does not load: %s\n", err);
  free(obj); /* the plugin's malloc */
  return o;
}

static const char *const g_flavour_names[] = {
#define H_OPT_FLAVOUR_NAME(n, str) str,
    H_OPT_FLAVOURS(H_OPT_FLAVOUR_NAME)
#undef H_OPT_FLAVOUR_NAME
};

/* Publishes each function's code of flavour fl (entries) with release stores: callers switch at
 * their next call. A function's h_opt_func (and its ret code) is published once, with the first
 * flavour that has code for it. */
static void publish(hearth_module *m, h_opt_module *om, unsigned fl, void **entries, bool verbose) {
  uint32_t nopt = 0;
  pthread_mutex_lock(&om->lock);
  for (uint32_t i = 0; i < om->n; i++) {
    if (!entries[i]) continue;
    h_opt_func *of = &om->funcs[i];
    bool first = m->code[i].opt == NULL; /* written only here, under om->lock */
    if (first) {
      const h_functype *ft = &m->types[m->func_type[m->nimported_funcs + i]];
      uint64_t w = h_interp_opword(H_OP_RETURN);
      of->ret[0] = (h_word)w;
      of->ret[1] = (h_word)(w >> 32);
      of->ret[2] = 0;
      of->ret[3] = ft->result_slots;
    }
    __atomic_store_n(&of->entry[fl], (h_opt_entry)(uintptr_t)entries[i], __ATOMIC_RELEASE);
    if (first) __atomic_store_n(&m->code[i].opt, of, __ATOMIC_RELEASE);
    nopt++;
  }
  pthread_mutex_unlock(&om->lock);
  if (verbose)
    fprintf(stderr, "hearth: opt: %u of %u functions (%s)\n", nopt, om->n, g_flavour_names[fl]);
}

/* Ends flavour fl's BUSY state with its object o (NULL: none), published. */
static void finish(hearth_module *m, h_opt_module *om, unsigned fl, h_obj *o, void **entries,
                   bool verbose) {
  om->fl[fl].obj = o;
  if (o) publish(m, om, fl, entries, verbose);
  atomic_store_explicit(&om->fl[fl].state, FL_DONE, memory_order_release);
}

/* Claims flavour fl of om for the caller (NONE -> BUSY); false when another has it. */
static bool claim_flavour(h_opt_module *om, unsigned fl) {
  int expect = FL_NONE;
  return atomic_compare_exchange_strong(&om->fl[fl].state, &expect, FL_BUSY);
}

/* Compiles flavour fl of m (or takes it from the cache) into om; the caller claimed it. */
static void compile_into(hearth_module *m, h_opt_module *om, unsigned fl) {
  void **entries = h_calloc(om->n, sizeof *entries);
  bool verbose = getenv("HEARTH_OPT_VERBOSE") != NULL;
  h_obj *o = entries ? obtain(m, fl, entries, om->n, verbose) : NULL;
  finish(m, om, fl, o, entries, verbose);
  h_free(entries);
}

hearth_status hearth_module_opt_cache_path(hearth_module *m, char *buf, size_t cap) {
  if (!m || !buf) return h_err(HEARTH_ERR_ARGUMENT, "module or buffer is NULL");
  return h_cache_opt_path(m, tier_key(m, H_OPT_UNMETERED), buf, cap);
}

hearth_status hearth_module_write_opt_code(hearth_module *m, const char *path) {
  if (!m || !path) return h_err(HEARTH_ERR_ARGUMENT, "module or path is NULL");
  uint64_t tier = tier_key(m, H_OPT_UNMETERED);
  h_cache_map map;
  size_t len = 0;
  const uint8_t *cobj = h_cache_opt_get(m, tier, &len, &map);
  if (cobj) {
    hearth_status st = h_cache_opt_write(m, tier, cobj, len, path);
    h_cache_map_free(&map);
    return st;
  }
  pthread_once(&g_plugin_once, plugin_load);
  if (!g_plugin) return h_err(HEARTH_ERR_ARGUMENT, "the optimizing tier's code generator is not available");
  uint8_t *obj = NULL;
  char err[256] = "";
  if (!g_plugin->compile(m, H_OPT_UNMETERED, &obj, &len, err, sizeof err))
    return h_err(HEARTH_ERR_ARGUMENT, "optimizing tier: %s", err);
  atomic_fetch_add(&g_compiled, 1);
  /* Only an object this hearth would load is written. */
  h_obj *o = h_obj_load(obj, len, g_imports, sizeof g_imports / sizeof g_imports[0],
                        H_OPT_ENTRY_PREFIX, NULL, 0, err, sizeof err);
  hearth_status st = o ? h_cache_opt_write(m, tier, obj, len, path)
                       : h_err(HEARTH_ERR_ARGUMENT, "optimizing tier: object refused: %s", err);
  h_obj_free(o);
  free(obj);
  return st;
}

/* m's h_opt_module, installed by the first caller (m->opt is set once); NULL without memory. */
static h_opt_module *module_of(hearth_module *m) {
  h_opt_module *om = __atomic_load_n(&m->opt, __ATOMIC_ACQUIRE);
  if (om) return om;
  om = h_calloc(1, sizeof *om);
  uint32_t n = m->nfuncs - m->nimported_funcs;
  if (om) om->funcs = h_calloc(n, sizeof *om->funcs);
  if (!om || !om->funcs) {
    if (om) h_free(om);
    return NULL;
  }
  om->n = n;
  pthread_mutex_init(&om->lock, NULL);
  for (unsigned fl = 0; fl < H_OPT_NFLAVOURS; fl++) atomic_init(&om->fl[fl].state, FL_NONE);
  h_opt_module *expect = NULL;
  if (__atomic_compare_exchange_n(&m->opt, &expect, om, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
    return om;
  pthread_mutex_destroy(&om->lock);
  h_free(om->funcs);
  h_free(om);
  return expect;
}

/* Takes flavour fl of m from the cache if it holds it (cheap: no plugin), installing m's
 * h_opt_module then. */
static void cached_into(hearth_module *m, unsigned fl) {
  uint32_t n = m->nfuncs - m->nimported_funcs;
  void **entries = h_calloc(n, sizeof *entries);
  bool verbose = getenv("HEARTH_OPT_VERBOSE") != NULL;
  h_obj *o = entries ? from_cache(m, tier_key(m, fl), entries, n, verbose) : NULL;
  h_opt_module *om = o ? module_of(m) : NULL;
  if (om && claim_flavour(om, fl)) finish(m, om, fl, o, entries, verbose);
  else h_obj_free(o);
  h_free(entries);
}

void h_opt_compile_module(hearth_module *m) {
  int tier = h_opt_tier();
  if ((tier != H_TIER_OPT && tier != H_TIER_AUTO) || m->engine->cfg.no_signal_handler) return;
  if (m->nfuncs == m->nimported_funcs) return;
  /* Code the cache holds costs a few ms to load, so every cached flavour is taken now, without
   * the plugin. HEARTH_TIER=opt then compiles UNMETERED, the flavour of a store without fuel (the
   * default); METERED waits for its first store with fuel. HEARTH_TIER=auto compiles nothing
   * here: a module not in the cache starts in the baseline and waits to be hot. */
  for (unsigned fl = 0; fl < H_OPT_NFLAVOURS; fl++) cached_into(m, fl);
  h_opt_module *om = tier == H_TIER_OPT ? module_of(m) : NULL;
  if (om && claim_flavour(om, H_OPT_UNMETERED)) compile_into(m, om, H_OPT_UNMETERED);
}

/* ---------------------------------------------------------------- background compilation */

/* HEARTH_TIER=auto: a hot module's flavour is compiled by a thread of its own (joinable: deleting
 * the module joins it first, so code is never published into a freed module). libLLVM's static
 * objects must not be destroyed under a compiling thread, so process exit also waits for
 * compilations in flight (an atexit handler; an embedder that exits without deleting its modules
 * relies on it). */
static pthread_mutex_t g_bg_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_bg_done = PTHREAD_COND_INITIALIZER;
static unsigned g_bg_running;

static void bg_wait_all(void) {
  pthread_mutex_lock(&g_bg_lock);
  while (g_bg_running) pthread_cond_wait(&g_bg_done, &g_bg_lock);
  pthread_mutex_unlock(&g_bg_lock);
}

static void *bg_compile(void *arg) {
  h_opt_flcode *job = arg;
  compile_into(job->m, __atomic_load_n(&job->m->opt, __ATOMIC_ACQUIRE), job->flavour);
  pthread_mutex_lock(&g_bg_lock);
  g_bg_running--;
  pthread_cond_broadcast(&g_bg_done);
  pthread_mutex_unlock(&g_bg_lock);
  return NULL;
}

static void bg_register_atexit(void) { atexit(bg_wait_all); }
static pthread_once_t g_bg_once = PTHREAD_ONCE_INIT;

/* Starts the compilation of flavour fl of m, which the caller claimed. */
static void bg_start(hearth_module *m, h_opt_module *om, unsigned fl) {
  h_opt_flcode *job = &om->fl[fl];
  job->m = m;
  job->flavour = fl;
  pthread_once(&g_bg_once, bg_register_atexit);
  pthread_mutex_lock(&g_bg_lock);
  g_bg_running++;
  pthread_mutex_unlock(&g_bg_lock);
  if (pthread_create(&job->thread, NULL, bg_compile, job) == 0) {
    job->bg = true;
    return;
  }
  pthread_mutex_lock(&g_bg_lock); /* no thread: the flavour stays in the baseline */
  g_bg_running--;
  pthread_mutex_unlock(&g_bg_lock);
  atomic_store_explicit(&job->state, FL_DONE, memory_order_release);
}

void h_opt_sample(hearth_store *s) {
  if (H_LIKELY(h_opt_tier() != H_TIER_AUTO)) return;
  const h_frame *f = s->run_frame;
  if (!f || !f->inst) return;
  hearth_module *m = f->inst->module;
  if (__atomic_load_n(&m->opt, __ATOMIC_ACQUIRE) || m->engine->cfg.no_signal_handler) return;
  if (atomic_fetch_add(&m->opt_hot, 1) + 1 != H_OPT_HOT_REFILLS) return;
  h_opt_module *om = module_of(m);
  unsigned fl = h_opt_flavour(s);
  if (om && claim_flavour(om, fl)) bg_start(m, om, fl);
}

bool h_opt_need(const h_opt_func *of, hearth_store *s, hearth_module *m) {
  unsigned fl = h_opt_flavour(s);
  h_opt_module *om = __atomic_load_n(&m->opt, __ATOMIC_ACQUIRE);
  assert(om); /* of is one of its functions */
  if (atomic_load_explicit(&om->fl[fl].state, memory_order_acquire) == FL_NONE &&
      claim_flavour(om, fl)) {
    if (h_opt_tier() == H_TIER_OPT) compile_into(m, om, fl);
    else bg_start(m, om, fl);
  }
  return h_opt_entry_of(of, fl) != NULL;
}

void h_opt_module_free(hearth_module *m) {
  h_opt_module *om = m->opt;
  if (!om) return;
  for (unsigned fl = 0; fl < H_OPT_NFLAVOURS; fl++) {
    if (om->fl[fl].bg) pthread_join(om->fl[fl].thread, NULL);
    h_obj_free(om->fl[fl].obj);
  }
  pthread_mutex_destroy(&om->lock);
  h_free(om->funcs);
  h_free(om);
  m->opt = NULL;
}

#else /* !H_OPT_AVAILABLE: built without LLVM (or on a machine the tier does not run on) */

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

void h_opt_counts(unsigned *compiled, unsigned *cached, unsigned *plugin_loads) {
  *compiled = *cached = *plugin_loads = 0;
}

hearth_status hearth_module_opt_cache_path(hearth_module *m, char *buf, size_t cap) {
  (void)m, (void)buf, (void)cap;
  return h_err(HEARTH_ERR_ARGUMENT, "built without the optimizing tier");
}

hearth_status hearth_module_write_opt_code(hearth_module *m, const char *path) {
  (void)m, (void)path;
  return h_err(HEARTH_ERR_ARGUMENT, "built without the optimizing tier");
}

void h_opt_sample(hearth_store *s) { (void)s; }

bool h_opt_need(const h_opt_func *of, hearth_store *s, hearth_module *m) {
  (void)of, (void)s, (void)m;
  return false; /* unreachable: no function ever gets optimized code */
}

#endif
