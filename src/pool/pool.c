/* pool.c: pools of warm instances made from a template: reset/reuse policies, recycling, limits, stats. */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "wasi.h"
#include "wasip2.h"

/* How a pool works:
 * - Every pooled instance has its own store, made by hearth_template_instantiate, and, when the
 *   module imports WASI, its own hearth_wasi context attached to the store: a clone of the
 *   template's (h_pool_wasi_new), never the host's stdio; reset restores it through the store's
 *   hook (hearth_wasi_attach).
 * - The mutex guards the idle list, the wait queue, the counters and the latency ring; guest code,
 *   resets, instantiation and store deletion run outside it, in the calling thread.
 * - An instance is checked out by exactly one caller; between calls it sits on the idle list
 *   (most recently used first, so a warm instance's pages stay hot; the reaper drops from the
 *   cold end).
 * - RESET policy: the instance is reset to the snapshot right after each call, so idle instances
 *   are always pristine. REUSE: it is kept as the call left it until a recycle trigger fires.
 *   Whatever the policy, an instance whose call failed once it had started running is discarded,
 *   and a command instance (style 3) is reset after every run, since `_start` may only run once.
 * - "live" counts every instance that exists or is being created, so the max bound holds while
 *   instances are made outside the lock.
 * - First come, first served: a caller that cannot be served at once queues (a FIFO of waiters,
 *   each with its own condition variable). Whoever frees an instance or a slot hands it directly
 *   to the head of the queue (h_pool_dispatch), and a newcomer never takes an idle instance or a
 *   slot while anyone is queued, so nobody is overtaken. Invariant: when the queue is not empty,
 *   there is no idle instance and no slot could be reserved.
 * - Lifetime: "inside" counts threads between the start and the end of a pool call. Each public
 *   call's last touch of the pool is the critical section that decrements it; hearth_pool_delete
 *   sets closing, wakes the queue (waiters leave with HEARTH_ERR_CLOSED), and frees the pool only
 *   once inside is 0. Failures (queue full, timeout, closing, instantiation failed) are counted in
 *   that same last critical section, never after it.
 * - Memory budget: mem_total is the sum of what is counted for each instance (pi->mem_bytes:
 *   linear memory + table capacity) plus slots reserved for instances being made. It only grows
 *   through h_pool_charge, which refuses to pass max_pool_memory_bytes: when a slot is reserved
 *   (the generation's base footprint), and from each store's grow hook (memory.grow, table.grow),
 *   which first recycles idle instances and then refuses. After a call the instance is measured
 *   again and what it gave back (reset) is uncharged. So the total stays under the budget at every
 *   moment, not just between calls; pool_bytes_peak records the highest value it ever had.
 * - Generations (hot swap): each instance remembers the template (a reference) and generation it
 *   was made from. A swap publishes a new current template and retires the idle instances; a
 *   checked-out one of an older generation is retired when it comes back, so the idle list only
 *   ever holds the current generation and a call runs entirely on one generation's instance. */

#define H_POOL_LAT_RING 4096u
#define H_POOL_DEFAULT_MIN 1u
#define H_POOL_DEFAULT_IDLE_MS 30000u
#define H_POOL_DEFAULT_QUEUE 1024u
#define H_POOL_DEFAULT_QUEUE_MS 10000u
#define H_POOL_DEFAULT_OUTPUT (16u * 1024u * 1024u)
#define H_POOL_TRAP_EXIT 134

/* The serial of the instance that served this thread's last pool call (hearth_pool_last_instance). */
static _Thread_local uint64_t h_pool_last_serial;

typedef struct h_pool_inst {
  hearth_pool *pool;      /* for the grow hook */
  hearth_store *store;
  hearth_instance *inst;  /* a module template's instance, or NULL */
  hearth_component_instance *cinst; /* a component template's instance, or NULL */
  hearth_wasi *wasi;      /* NULL when the module does not import WASI */
  hearth_template *tmpl;  /* one reference: the generation it was made from */
  uint64_t gen;
  uint64_t serial;        /* 1, 2, ... in the order the pool made its instances */
  uint64_t calls;         /* calls since it was made from the template */
  uint64_t born_ns;
  uint64_t idle_since_ns;
  uint64_t mem_bytes;     /* counted for it in pool->mem_total: always >= its footprint */
  bool budget_refused;    /* the grow hook refused a grow during the current call */
  uint64_t gc_seen;       /* its store's GC collections already counted in the pool's stats */
  struct h_pool_inst *prev, *next; /* idle list links */
} h_pool_inst;

/* A caller queued for an instance (on its own stack). The releasing thread fills inst or slot,
 * unlinks it and signals cv, all under the pool mutex. */
typedef struct h_pool_waiter {
  pthread_cond_t cv;
  h_pool_inst *inst;      /* handed an idle instance */
  bool slot;              /* handed a reserved slot (live and charged counted): make an instance */
  uint64_t charged;       /* what the slot charged to mem_total */
  struct h_pool_waiter *prev, *next;
} h_pool_waiter;

/* What happened to a checked-out instance; decides its fate on release. */
typedef enum h_pool_outcome {
  H_POOL_OK = 0,        /* call completed */
  H_POOL_UNTOUCHED,     /* the call failed before any guest code ran (bad export name, types) */
  H_POOL_FAILED,        /* the call failed after guest code ran: discard */
  H_POOL_COMMAND_OK     /* a command ran to completion (returned or proc_exit): reset */
} h_pool_outcome;

typedef enum h_pool_fail {
  H_FAIL_NONE = 0, H_FAIL_TRAP, H_FAIL_DEADLINE, H_FAIL_FUEL, H_FAIL_MEMORY, H_FAIL_OTHER
} h_pool_fail;

struct hearth_pool {
  hearth_engine *engine;
  hearth_pool_config cfg; /* defaults filled in */
  uint64_t inst_cap;      /* per-instance memory limit (max_memory_bytes; the budget is the hook's) */

  pthread_mutex_t mu;
  pthread_cond_t drained; /* inside dropped to 0 while closing (pool_delete waits on it) */
  pthread_cond_t reaper_cv;
  /* The current generation (locked; gen is also read unlocked as a hint). */
  hearth_template *tmpl;  /* one reference */
  bool component;         /* a pool of component instances (fixed: swaps keep the kind) */
  bool uses_wasi;
  uint64_t base_bytes;    /* footprint of a fresh instance of tmpl */
  _Atomic uint64_t gen;
  h_pool_inst *idle_head, *idle_tail;
  h_pool_waiter *wq_head, *wq_tail;
  uint32_t live, nidle, waiting, active, inside;
  bool closing;
  bool has_reaper;
  pthread_t reaper;

  _Atomic uint64_t mem_total, mem_peak, refusals;
  _Atomic uint64_t serials; /* the last instance serial handed out */
  hearth_pool_stats st;   /* counters; instances_*, latency, memory and queue fields derived */
  uint64_t *lat_ns;       /* H_POOL_LAT_RING entries */
  uint32_t lat_pos, lat_n;
  struct p2_net *net;     /* wasi:sockets grant of component command runs (locked; NULL: denied) */
};

/* ---------------------------------------------------------------- time */

static struct timespec h_pool_abs(uint64_t ns) {
  struct timespec ts;
  ts.tv_sec = (time_t)(ns / 1000000000ull);
  ts.tv_nsec = (long)(ns % 1000000000ull);
  return ts;
}

static bool h_pool_cond_init_mono(pthread_cond_t *c) {
  pthread_condattr_t ca;
  if (pthread_condattr_init(&ca) != 0) return false;
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  bool ok = pthread_cond_init(c, &ca) == 0;
  pthread_condattr_destroy(&ca);
  return ok;
}

/* ---------------------------------------------------------------- configuration */

static uint32_t h_pool_default_max(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) n = 1;
  if (n > 1024) n = 1024;
  return (uint32_t)(2 * n);
}

/* A HEARTH_POOL_* value: hearth_parse_size's syntax when sizes is set, else digits alone; false
 * on anything else, so a malformed variable is ignored rather than half-read. */
static bool h_pool_parse(const char *s, bool sizes, uint64_t *out) {
  if (!s || (!sizes && s[strspn(s, "0123456789")] != 0)) return false;
  return hearth_parse_size(s, out) == HEARTH_OK;
}

static void h_pool_env64(const char *name, bool sizes, uint64_t *field) {
  uint64_t v;
  if (h_pool_parse(getenv(name), sizes, &v)) *field = v;
}

static void h_pool_env32(const char *name, uint32_t *field) {
  uint64_t v;
  if (h_pool_parse(getenv(name), false, &v) && v <= UINT32_MAX) *field = (uint32_t)v;
}

void hearth_pool_config_init(hearth_pool_config *cfg) {
  if (!cfg) return;
  memset(cfg, 0, sizeof *cfg);
  cfg->min_instances = H_POOL_DEFAULT_MIN;
  cfg->max_instances = h_pool_default_max();
  cfg->idle_timeout_ms = H_POOL_DEFAULT_IDLE_MS;
  cfg->queue_max = H_POOL_DEFAULT_QUEUE;
  cfg->queue_timeout_ms = H_POOL_DEFAULT_QUEUE_MS;
  cfg->policy = HEARTH_POLICY_RESET;
  h_pool_env32("HEARTH_POOL_MIN", &cfg->min_instances);
  h_pool_env32("HEARTH_POOL_MAX", &cfg->max_instances);
  h_pool_env32("HEARTH_POOL_IDLE_TIMEOUT_MS", &cfg->idle_timeout_ms);
  h_pool_env32("HEARTH_POOL_QUEUE_MAX", &cfg->queue_max);
  h_pool_env32("HEARTH_POOL_QUEUE_TIMEOUT_MS", &cfg->queue_timeout_ms);
  const char *p = getenv("HEARTH_POOL_POLICY");
  if (p && strcmp(p, "reset") == 0) cfg->policy = HEARTH_POLICY_RESET;
  if (p && strcmp(p, "reuse") == 0) cfg->policy = HEARTH_POLICY_REUSE;
  h_pool_env64("HEARTH_POOL_RECYCLE_CALLS", false, &cfg->recycle_calls);
  h_pool_env64("HEARTH_POOL_RECYCLE_MEMORY", true, &cfg->recycle_memory_bytes);
  h_pool_env64("HEARTH_POOL_RECYCLE_AGE_MS", false, &cfg->recycle_age_ms);
  h_pool_env64("HEARTH_POOL_CALL_TIMEOUT_MS", false, &cfg->call_timeout_ms);
  h_pool_env64("HEARTH_POOL_CALL_FUEL", false, &cfg->call_fuel);
  h_pool_env64("HEARTH_POOL_MAX_MEMORY", true, &cfg->max_memory_bytes);
  h_pool_env32("HEARTH_POOL_MAX_CALL_DEPTH", &cfg->max_call_depth);
  h_pool_env64("HEARTH_POOL_KEEP_RESIDENT", true, &cfg->keep_resident_bytes);
  uint64_t exact = 0;
  h_pool_env64("HEARTH_POOL_EXACT_BOUNDS", false, &exact);
  if (exact) cfg->exact_memory_bounds = true;
  h_pool_env64("HEARTH_POOL_MAX_MEMORY_TOTAL", true, &cfg->max_pool_memory_bytes);
}

/* ---------------------------------------------------------------- memory accounting */

/* Linear memory + table capacity + GC heap of an instance: what the budget counts (a pooled instance's
 * memories and tables are all its own, since templates import host functions only). */
static uint64_t h_pool_footprint(const hearth_instance *inst) {
  const hearth_module *m = inst->module;
  uint64_t n = 0;
  for (uint32_t i = 0; i < m->nmems; i++) n += inst->mems[i]->size;
  for (uint32_t i = 0; i < m->ntables; i++) n += (uint64_t)inst->tables[i]->cap * sizeof(uint64_t);
  return n + h_gc_footprint(inst->store); /* the store's GC heap (charged through the grow hook) */
}

/* The same for either kind of pooled instance, and its linear memory alone. */
static uint64_t h_pool_inst_footprint(const h_pool_inst *pi) {
  return pi->cinst ? h_snap_component_footprint(pi->cinst, true) : h_pool_footprint(pi->inst);
}

static uint64_t h_pool_linear_bytes(const h_pool_inst *pi) {
  return pi->cinst ? h_snap_component_footprint(pi->cinst, false)
                   : hearth_instance_memory_bytes(pi->inst);
}

/* Adds bytes to the pool's total unless that would pass the budget; records the peak. Lock-free:
 * called from grow hooks on many threads. */
static bool h_pool_charge(hearth_pool *p, uint64_t bytes) {
  const uint64_t budget = p->cfg.max_pool_memory_bytes;
  uint64_t cur = atomic_load_explicit(&p->mem_total, memory_order_relaxed), next;
  do {
    if (budget && (bytes > budget || cur > budget - bytes)) return false;
    next = cur + bytes;
  } while (!atomic_compare_exchange_weak_explicit(&p->mem_total, &cur, next, memory_order_relaxed,
                                                  memory_order_relaxed));
  uint64_t pk = atomic_load_explicit(&p->mem_peak, memory_order_relaxed);
  while (next > pk && !atomic_compare_exchange_weak_explicit(&p->mem_peak, &pk, next,
                                                             memory_order_relaxed,
                                                             memory_order_relaxed)) {
  }
  return true;
}

static void h_pool_uncharge(hearth_pool *p, uint64_t bytes) {
  uint64_t was = atomic_fetch_sub_explicit(&p->mem_total, bytes, memory_order_relaxed);
  assert(was >= bytes);
  (void)was;
}

/* ---------------------------------------------------------------- instances */

/* An instance's own WASI context: a clone of the template's (its configuration and its state
 * after initialization), or an empty one; either way the host's own stdio is never reachable
 * (reads see EOF, writes are dropped) unless the embedder passed descriptors on purpose. */
static hearth_status h_pool_wasi_new(const hearth_template *t, hearth_wasi **out) {
  const hearth_wasi *base = h_snap_wasi(t);
  if (base) return h_wasi_clone(base, true, out);
  hearth_status s = hearth_wasi_new(out);
  if (s == HEARTH_OK) h_wasi_isolate(*out);
  return s;
}

static void h_pool_inst_free(h_pool_inst *pi) {
  if (!pi) return;
  h_snap_component_release(pi->cinst); /* host resources its guest still holds */
  hearth_component_instance_delete(pi->cinst); /* before its store */
  hearth_store_delete(pi->store);
  hearth_wasi_delete(pi->wasi);
  hearth_template_delete(pi->tmpl);
  h_free(pi);
}

/* Idle list (locked): push at the head (most recent), the reaper takes from the tail. */
static void h_pool_idle_push(hearth_pool *p, h_pool_inst *pi) {
  pi->prev = NULL;
  pi->next = p->idle_head;
  if (p->idle_head) p->idle_head->prev = pi;
  else p->idle_tail = pi;
  p->idle_head = pi;
  p->nidle++;
}

static void h_pool_idle_unlink(hearth_pool *p, h_pool_inst *pi) {
  if (pi->prev) pi->prev->next = pi->next;
  else p->idle_head = pi->next;
  if (pi->next) pi->next->prev = pi->prev;
  else p->idle_tail = pi->prev;
  pi->prev = pi->next = NULL;
  p->nidle--;
}

/* Takes the coldest idle instance out of the pool (locked): its slot and its memory are given
 * back at once; the caller frees it outside the lock. NULL when none is idle. */
static h_pool_inst *h_pool_take_cold(hearth_pool *p) {
  h_pool_inst *pi = p->idle_tail;
  if (!pi) return NULL;
  h_pool_idle_unlink(p, pi);
  p->live--;
  h_pool_uncharge(p, pi->mem_bytes);
  return pi;
}

/* The store's grow hook, on the thread running the call (which owns pi): charges the growth to
 * the pool, recycling idle instances while the budget is short; refuses when none is left. */
static bool h_pool_grow_hook(void *user, uint64_t bytes) {
  h_pool_inst *pi = user;
  hearth_pool *p = pi->pool;
  while (!h_pool_charge(p, bytes)) {
    pthread_mutex_lock(&p->mu);
    h_pool_inst *victim = h_pool_take_cold(p);
    if (victim) p->st.budget_recycles++;
    pthread_mutex_unlock(&p->mu);
    if (!victim) {
      pi->budget_refused = true;
      atomic_fetch_add_explicit(&p->refusals, 1, memory_order_relaxed);
      return false;
    }
    h_pool_inst_free(victim);
  }
  pi->mem_bytes += bytes;
  return true;
}

/* Makes a fresh pooled instance of template t (outside the lock; nothing is charged here). */
static hearth_status h_pool_inst_new(hearth_pool *p, hearth_template *t, uint64_t gen,
                                     bool uses_wasi, h_pool_inst **out) {
  h_pool_inst *pi = h_calloc(1, sizeof *pi);
  if (!pi) return h_err(HEARTH_ERR_NOMEM, "pool instance");
  pi->pool = p;
  pi->tmpl = hearth_template_ref(t);
  pi->gen = gen;
  pi->serial = atomic_fetch_add_explicit(&p->serials, 1, memory_order_relaxed) + 1;
  hearth_status s = hearth_store_new(p->engine, &pi->store);
  if (s != HEARTH_OK) goto fail;
  if (p->inst_cap) hearth_store_set_memory_limit(pi->store, p->inst_cap);
  if (p->cfg.max_call_depth) hearth_store_set_max_call_depth(pi->store, p->cfg.max_call_depth);
  if (uses_wasi) {
    if ((s = h_pool_wasi_new(t, &pi->wasi)) != HEARTH_OK) goto fail;
    hearth_wasi_attach(pi->store, pi->wasi);
  }
  hearth_reset_config rc = {sizeof rc, p->cfg.keep_resident_bytes, p->cfg.exact_memory_bounds};
  if (h_snap_component(t)) {
    if ((s = hearth_template_instantiate_component(t, pi->store, &pi->cinst)) != HEARTH_OK ||
        (s = h_snap_component_reset_config(pi->cinst, &rc)) != HEARTH_OK)
      goto fail;
  } else {
    if ((s = hearth_template_instantiate(t, pi->store, &pi->inst)) != HEARTH_OK) goto fail;
    if ((s = hearth_instance_set_reset_config(pi->inst, &rc)) != HEARTH_OK) goto fail;
  }
  pi->born_ns = h_mono_ns();
  pi->mem_bytes = h_pool_inst_footprint(pi);
  *out = pi;
  return HEARTH_OK;
fail:
  h_pool_inst_free(pi);
  return s;
}

/* Reserves a slot for a new instance (locked): counts it in live and charges the current
 * generation's base footprint. False at max_instances or when the budget has no room. */
static bool h_pool_reserve(hearth_pool *p, uint64_t *charged) {
  if (p->live >= p->cfg.max_instances || !h_pool_charge(p, p->base_bytes)) return false;
  p->live++;
  *charged = p->base_bytes;
  return true;
}

/* Hands what is free to the head of the queue, in order (locked): idle instances first, then
 * new slots. Stops at the first waiter that cannot be served, so nobody is overtaken. */
static void h_pool_dispatch(hearth_pool *p) {
  while (p->wq_head) {
    h_pool_waiter *w = p->wq_head;
    if (p->idle_head) {
      w->inst = p->idle_head;
      h_pool_idle_unlink(p, w->inst);
    } else if (h_pool_reserve(p, &w->charged)) {
      w->slot = true;
    } else {
      break;
    }
    p->active++;
    p->wq_head = w->next;
    if (p->wq_head) p->wq_head->prev = NULL;
    else p->wq_tail = NULL;
    w->next = w->prev = NULL;
    p->waiting--;
    pthread_cond_signal(&w->cv);
  }
}

/* Makes the instance of a reserved slot from the current generation (outside the lock). The
 * charge is corrected to the instance's real footprint. On failure the slot and its charge are
 * given back. */
static hearth_status h_pool_fill_slot(hearth_pool *p, uint64_t charged, h_pool_inst **out) {
  pthread_mutex_lock(&p->mu);
  hearth_template *t = hearth_template_ref(p->tmpl);
  uint64_t gen = atomic_load_explicit(&p->gen, memory_order_relaxed);
  bool wasi = p->uses_wasi;
  pthread_mutex_unlock(&p->mu);
  h_pool_inst *pi = NULL;
  hearth_status s = h_pool_inst_new(p, t, gen, wasi, &pi);
  hearth_template_delete(t);
  /* A swap between the reservation and now may have changed the base: settle the difference. */
  if (s == HEARTH_OK && pi->mem_bytes > charged && !h_pool_charge(p, pi->mem_bytes - charged)) {
    h_pool_inst_free(pi);
    pi = NULL;
    s = h_err(HEARTH_ERR_LIMIT, "pool memory budget of %llu bytes is full",
              (unsigned long long)p->cfg.max_pool_memory_bytes);
  }
  if (s == HEARTH_OK && pi->mem_bytes < charged) h_pool_uncharge(p, charged - pi->mem_bytes);
  pthread_mutex_lock(&p->mu);
  if (s == HEARTH_OK) {
    p->st.instantiations++;
    if (pi->mem_bytes > p->st.linear_bytes_peak) p->st.linear_bytes_peak = pi->mem_bytes;
  } else {
    p->live--;
    h_pool_uncharge(p, charged);
    h_pool_dispatch(p);
  }
  pthread_mutex_unlock(&p->mu);
  if (s == HEARTH_OK) {
    pi->store->grow_hook = h_pool_grow_hook;
    pi->store->grow_user = pi;
    *out = pi;
  }
  return s;
}

static void h_pool_record_latency(hearth_pool *p, uint64_t t0) {
  p->lat_ns[p->lat_pos] = h_mono_ns() - t0;
  p->lat_pos = (p->lat_pos + 1) % H_POOL_LAT_RING;
  if (p->lat_n < H_POOL_LAT_RING) p->lat_n++;
}

static void h_pool_count(hearth_pool *p, h_pool_fail f) {
  p->st.calls++;
  switch (f) {
  case H_FAIL_NONE: p->st.ok++; break;
  case H_FAIL_TRAP: p->st.failed_trap++; break;
  case H_FAIL_DEADLINE: p->st.failed_deadline++; break;
  case H_FAIL_FUEL: p->st.failed_fuel++; break;
  case H_FAIL_MEMORY: p->st.failed_memory++; break;
  case H_FAIL_OTHER: p->st.failed_other++; break;
  }
}

/* The last critical section of every pool call (locked; the caller unlocks and must not touch the
 * pool afterwards: hearth_pool_delete may free it as soon as the mutex is released). */
static void h_pool_leave_locked(hearth_pool *p) {
  assert(p->inside > 0);
  p->inside--;
  if (p->closing && p->inside == 0) pthread_cond_broadcast(&p->drained);
}

/* A call that failed before reaching an instance (locked): counted, then it leaves the pool. */
static void h_pool_unserved_locked(hearth_pool *p, uint64_t t0) {
  h_pool_count(p, H_FAIL_OTHER);
  h_pool_record_latency(p, t0);
  h_pool_leave_locked(p);
}

/* Checks an instance out for one call: an idle one, a new one if below max (and the budget),
 * or waits in the bounded FIFO queue. On failure (LIMIT: queue full or timed out; CLOSED: the pool
 * is being deleted; instantiation failed) the call is already counted and has left the pool. */
static hearth_status h_pool_acquire_inner(hearth_pool *p, uint64_t t0, h_pool_inst **out);
static hearth_status h_pool_acquire(hearth_pool *p, uint64_t t0, h_pool_inst **out) {
  h_pool_last_serial = 0;
  hearth_status s = h_pool_acquire_inner(p, t0, out);
  if (s == HEARTH_OK) h_pool_last_serial = (*out)->serial;
  return s;
}

static hearth_status h_pool_acquire_inner(hearth_pool *p, uint64_t t0, h_pool_inst **out) {
  pthread_mutex_lock(&p->mu);
  if (p->closing) { /* a call started during hearth_pool_delete: the embedder's bug, but say so */
    pthread_mutex_unlock(&p->mu);
    return h_err(HEARTH_ERR_CLOSED, "pool is being deleted");
  }
  p->inside++;
  uint64_t charged = 0;
  if (!p->wq_head && p->idle_head) {
    h_pool_inst *pi = p->idle_head;
    h_pool_idle_unlink(p, pi);
    p->active++;
    pthread_mutex_unlock(&p->mu);
    *out = pi;
    return HEARTH_OK;
  }
  bool slot = !p->wq_head && h_pool_reserve(p, &charged);
  if (slot) {
    p->active++;
  } else {
    if (p->waiting >= p->cfg.queue_max) {
      p->st.queue_full++;
      h_pool_unserved_locked(p, t0);
      pthread_mutex_unlock(&p->mu);
      return h_err(HEARTH_ERR_LIMIT, "pool queue full (%u callers waiting)", p->cfg.queue_max);
    }
    h_pool_waiter w;
    memset(&w, 0, sizeof w);
    if (!h_pool_cond_init_mono(&w.cv)) {
      h_pool_unserved_locked(p, t0);
      pthread_mutex_unlock(&p->mu);
      return h_err(HEARTH_ERR_NOMEM, "pool queue");
    }
    w.prev = p->wq_tail;
    if (p->wq_tail) p->wq_tail->next = &w;
    else p->wq_head = &w;
    p->wq_tail = &w;
    p->waiting++;
    struct timespec ts = h_pool_abs(h_mono_ns() + (uint64_t)p->cfg.queue_timeout_ms * 1000000ull);
    int rc = 0;
    while (!w.inst && !w.slot && !p->closing && rc != ETIMEDOUT)
      rc = pthread_cond_timedwait(&w.cv, &p->mu, &ts);
    if (!w.inst && !w.slot) { /* still queued: leave the queue */
      if (w.prev) w.prev->next = w.next;
      else p->wq_head = w.next;
      if (w.next) w.next->prev = w.prev;
      else p->wq_tail = w.prev;
      p->waiting--;
    }
    pthread_cond_destroy(&w.cv);
    if (w.inst) {
      pthread_mutex_unlock(&p->mu);
      *out = w.inst;
      return HEARTH_OK;
    }
    if (!w.slot) {
      bool closing = p->closing;
      h_pool_unserved_locked(p, t0);
      pthread_mutex_unlock(&p->mu);
      if (closing) return h_err(HEARTH_ERR_CLOSED, "pool is being deleted");
      return h_err(HEARTH_ERR_LIMIT, "no pool instance became free within %u ms",
                   p->cfg.queue_timeout_ms);
    }
    charged = w.charged;
  }
  pthread_mutex_unlock(&p->mu);
  hearth_status s = h_pool_fill_slot(p, charged, out);
  if (s != HEARTH_OK) {
    pthread_mutex_lock(&p->mu);
    p->active--;
    h_pool_unserved_locked(p, t0);
    pthread_mutex_unlock(&p->mu);
  }
  return s;
}

/* Which recycle trigger fires for a REUSE instance after a call (0: none). */
enum { H_RECYCLE_NONE = 0, H_RECYCLE_CALLS, H_RECYCLE_MEMORY, H_RECYCLE_AGE, H_RECYCLE_SWAP };
static int h_pool_recycle_due(const hearth_pool *p, const h_pool_inst *pi, uint64_t mem,
                              uint64_t now) {
  const hearth_pool_config *c = &p->cfg;
  if (c->recycle_calls && pi->calls >= c->recycle_calls) return H_RECYCLE_CALLS;
  if (c->recycle_memory_bytes && mem > c->recycle_memory_bytes) return H_RECYCLE_MEMORY;
  if (c->recycle_age_ms && now - pi->born_ns > c->recycle_age_ms * 1000000ull) return H_RECYCLE_AGE;
  return H_RECYCLE_NONE;
}

/* Returns a checked-out instance after a call: resets, keeps, recycles, retires or discards it,
 * counts the call as f, records its latency from t0, hands what was freed to the queue, and leaves
 * the pool (the caller must not touch it afterwards). */
static void h_pool_release(hearth_pool *p, h_pool_inst *pi, h_pool_outcome oc, h_pool_fail f,
                           uint64_t t0) {
  uint64_t fp_after = h_pool_inst_footprint(pi);
  assert(pi->mem_bytes >= fp_after); /* every grow went through the hook */
  uint64_t lin_after = h_pool_linear_bytes(pi);
  h_gc_stats gcs;
  h_gc_stats_get(pi->store, &gcs); /* what the call did to the GC heap, before a reset */
  uint64_t gc_calls = gcs.collections - pi->gc_seen, gc_live = gcs.bytes;
  bool keep = true, did_reset = false;
  int recycle = H_RECYCLE_NONE;
  bool stale = pi->gen != atomic_load_explicit(&p->gen, memory_order_relaxed);
  if (oc != H_POOL_UNTOUCHED) pi->calls++;
  if (oc == H_POOL_FAILED) {
    keep = false;
  } else if (stale) {
    keep = false;
    recycle = H_RECYCLE_SWAP;
  } else if (oc == H_POOL_COMMAND_OK || (oc == H_POOL_OK && p->cfg.policy == HEARTH_POLICY_RESET)) {
    keep = (pi->cinst ? hearth_component_instance_reset(pi->cinst)
                      : hearth_instance_reset(pi->inst)) == HEARTH_OK;
    did_reset = keep;
  } else if (oc == H_POOL_OK) {
    recycle = h_pool_recycle_due(p, pi, lin_after, h_mono_ns());
    keep = recycle == H_RECYCLE_NONE;
  }
  uint64_t fp_now = did_reset ? h_pool_inst_footprint(pi) : fp_after;
  pi->budget_refused = false;
  h_gc_stats_get(pi->store, &gcs);
  pi->gc_seen = gcs.collections; /* a reset's own collection is not the call's */

  pthread_mutex_lock(&p->mu);
  h_pool_count(p, f);
  h_pool_record_latency(p, t0);
  if (lin_after > p->st.linear_bytes_peak) p->st.linear_bytes_peak = lin_after;
  if (did_reset) p->st.resets++;
  p->st.gc_collections += gc_calls;
  if (gc_live > p->st.gc_bytes_peak) p->st.gc_bytes_peak = gc_live;
  /* A swap may have happened since the hint was read: re-check under the lock. */
  if (keep && pi->gen != atomic_load_explicit(&p->gen, memory_order_relaxed)) {
    keep = false;
    recycle = H_RECYCLE_SWAP;
  }
  p->active--;
  if (keep) {
    h_pool_uncharge(p, pi->mem_bytes - fp_now);
    pi->mem_bytes = fp_now;
    pi->idle_since_ns = h_mono_ns();
    h_pool_idle_push(p, pi);
    if (!p->closing) h_pool_dispatch(p);
    h_pool_leave_locked(p);
    pthread_mutex_unlock(&p->mu);
    return;
  }
  switch (recycle) {
  case H_RECYCLE_CALLS: p->st.recycles_calls++; break;
  case H_RECYCLE_MEMORY: p->st.recycles_memory++; break;
  case H_RECYCLE_AGE: p->st.recycles_age++; break;
  case H_RECYCLE_SWAP: break; /* retired: counted by the swap */
  default: p->st.discards++; break;
  }
  p->live--;
  h_pool_uncharge(p, pi->mem_bytes);
  uint64_t charged = 0;
  bool replace = false;
  if (!p->closing) {
    h_pool_dispatch(p);
    /* A recycled instance is replaced at once (the pool keeps its size warm); a discarded or
     * retired one only when the pool would fall below min. Queued callers were served first. */
    bool want = (recycle != H_RECYCLE_NONE && recycle != H_RECYCLE_SWAP) ||
                p->live < p->cfg.min_instances;
    replace = want && !p->wq_head && h_pool_reserve(p, &charged);
  }
  pthread_mutex_unlock(&p->mu);

  h_pool_inst_free(pi);
  h_pool_inst *fresh = NULL;
  if (replace && h_pool_fill_slot(p, charged, &fresh) == HEARTH_OK) {
    pthread_mutex_lock(&p->mu);
    if (fresh->gen != atomic_load_explicit(&p->gen, memory_order_relaxed)) {
      /* a swap came between making it and now: it never joins the idle list */
      p->live--;
      h_pool_uncharge(p, fresh->mem_bytes);
      if (!p->closing) h_pool_dispatch(p);
    } else {
      fresh->idle_since_ns = h_mono_ns();
      h_pool_idle_push(p, fresh);
      if (!p->closing) h_pool_dispatch(p);
      fresh = NULL;
    }
    h_pool_leave_locked(p);
    pthread_mutex_unlock(&p->mu);
    h_pool_inst_free(fresh); /* after leaving: fresh no longer belongs to the pool */
    return;
  }
  pthread_mutex_lock(&p->mu);
  h_pool_leave_locked(p);
  pthread_mutex_unlock(&p->mu);
}

/* ---------------------------------------------------------------- reaper */

/* Drops idle instances above min that have been idle longer than idle_timeout_ms; sleeps until
 * the next one could expire. */
static void *h_pool_reaper_main(void *arg) {
  hearth_pool *p = arg;
  const uint64_t timeout_ns = (uint64_t)p->cfg.idle_timeout_ms * 1000000ull;
  pthread_mutex_lock(&p->mu);
  while (!p->closing) {
    uint64_t now = h_mono_ns();
    h_pool_inst *victim = NULL;
    if (p->live > p->cfg.min_instances && p->idle_tail &&
        now - p->idle_tail->idle_since_ns >= timeout_ns)
      victim = h_pool_take_cold(p);
    if (victim) {
      pthread_mutex_unlock(&p->mu);
      h_pool_inst_free(victim);
      pthread_mutex_lock(&p->mu);
      continue;
    }
    uint64_t wake = now + timeout_ns;
    if (p->live > p->cfg.min_instances && p->idle_tail)
      wake = p->idle_tail->idle_since_ns + timeout_ns;
    struct timespec ts = h_pool_abs(wake);
    pthread_cond_timedwait(&p->reaper_cv, &p->mu, &ts);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

/* ---------------------------------------------------------------- pool lifetime */

static bool h_pool_imports_wasi(const hearth_module *m) {
  if (!m) return false; /* a component template: WASI 0.2 comes through its linker */
  for (uint32_t i = 0; i < m->nimports; i++)
    if (strcmp(m->imports[i].module, "wasi_snapshot_preview1") == 0 ||
        strcmp(m->imports[i].module, "wasi_unstable") == 0)
      return true;
  return false;
}

static void h_pool_free_idle(hearth_pool *p) {
  h_pool_inst *pi;
  while ((pi = h_pool_take_cold(p)) != NULL) h_pool_inst_free(pi);
}

/* Makes the first instance of a new generation (outside the lock, not charged yet): it proves
 * that t can be instantiated and measures the generation's base footprint. */
static hearth_status h_pool_first_of(hearth_pool *p, hearth_template *t, uint64_t gen,
                                     h_pool_inst **out) {
  hearth_status s = h_pool_inst_new(p, t, gen, h_pool_imports_wasi(h_snap_module(t)), out);
  if (s != HEARTH_OK) return s;
  (*out)->store->grow_hook = h_pool_grow_hook;
  (*out)->store->grow_user = *out;
  return HEARTH_OK;
}

/* Adds a first instance to the pool (locked) when max and the budget allow; false otherwise (the
 * caller frees it). */
static bool h_pool_adopt(hearth_pool *p, h_pool_inst *pi) {
  if (p->live >= p->cfg.max_instances || !h_pool_charge(p, pi->mem_bytes)) return false;
  p->live++;
  p->st.instantiations++;
  if (pi->mem_bytes > p->st.linear_bytes_peak) p->st.linear_bytes_peak = pi->mem_bytes;
  pi->idle_since_ns = h_mono_ns();
  h_pool_idle_push(p, pi);
  return true;
}

hearth_status hearth_pool_new(hearth_template *t, const hearth_pool_config *cfg, hearth_pool **out) {
  if (!t || !out) return h_err(HEARTH_ERR_ARGUMENT, "template or out is NULL");
  hearth_pool_config c;
  if (cfg) c = *cfg;
  else hearth_pool_config_init(&c);
  if (!c.min_instances) c.min_instances = H_POOL_DEFAULT_MIN;
  if (!c.max_instances) c.max_instances = h_pool_default_max();
  if (!c.idle_timeout_ms) c.idle_timeout_ms = H_POOL_DEFAULT_IDLE_MS;
  if (!c.queue_max) c.queue_max = H_POOL_DEFAULT_QUEUE;
  if (!c.queue_timeout_ms) c.queue_timeout_ms = H_POOL_DEFAULT_QUEUE_MS;
  if (c.policy != HEARTH_POLICY_RESET && c.policy != HEARTH_POLICY_REUSE)
    return h_err(HEARTH_ERR_ARGUMENT, "unknown pool policy %d", (int)c.policy);
  if (c.min_instances > c.max_instances)
    return h_err(HEARTH_ERR_ARGUMENT, "pool min_instances %u > max_instances %u",
                 c.min_instances, c.max_instances);

  hearth_pool *p = h_calloc(1, sizeof *p);
  if (!p) return h_err(HEARTH_ERR_NOMEM, "pool");
  p->lat_ns = h_calloc(H_POOL_LAT_RING, sizeof *p->lat_ns);
  if (!p->lat_ns) {
    h_free(p);
    return h_err(HEARTH_ERR_NOMEM, "pool latency ring");
  }
  /* Touch every page of the ring now: calloc's fresh pages would otherwise fault in one by one
   * during the first 4096 calls (warm calls cost no page fault). */
  for (size_t i = 0; i < H_POOL_LAT_RING; i += 256) ((volatile uint64_t *)p->lat_ns)[i] = 0;
  p->cfg = c;
  p->inst_cap = c.max_memory_bytes;
  p->engine = h_snap_engine(t);
  p->component = h_snap_component(t) != NULL;
  p->uses_wasi = h_pool_imports_wasi(h_snap_module(t));
  atomic_init(&p->gen, 1);
  atomic_init(&p->mem_total, 0);
  atomic_init(&p->mem_peak, 0);
  atomic_init(&p->refusals, 0);
  atomic_init(&p->serials, 0);
  if (pthread_mutex_init(&p->mu, NULL) != 0) goto fail_mu;
  if (!h_pool_cond_init_mono(&p->drained)) goto fail_drained;
  if (!h_pool_cond_init_mono(&p->reaper_cv)) goto fail_reaper_cv;
  p->tmpl = hearth_template_ref(t);

  h_pool_inst *first = NULL;
  hearth_status s = h_pool_first_of(p, t, 1, &first);
  if (s == HEARTH_OK) {
    p->base_bytes = first->mem_bytes;
    pthread_mutex_lock(&p->mu);
    bool ok = h_pool_adopt(p, first);
    pthread_mutex_unlock(&p->mu);
    if (!ok) {
      h_pool_inst_free(first);
      s = h_err(HEARTH_ERR_LIMIT, "one instance (%llu bytes) exceeds the pool memory budget of "
                "%llu bytes", (unsigned long long)p->base_bytes,
                (unsigned long long)c.max_pool_memory_bytes);
    }
  }
  for (uint32_t i = 1; i < c.min_instances && s == HEARTH_OK; i++) {
    uint64_t charged = 0;
    pthread_mutex_lock(&p->mu);
    bool ok = h_pool_reserve(p, &charged);
    pthread_mutex_unlock(&p->mu);
    if (!ok) {
      s = h_err(HEARTH_ERR_LIMIT, "%u instances do not fit the pool memory budget of %llu bytes",
                c.min_instances, (unsigned long long)c.max_pool_memory_bytes);
      break;
    }
    h_pool_inst *pi = NULL;
    s = h_pool_fill_slot(p, charged, &pi);
    if (s == HEARTH_OK) {
      pthread_mutex_lock(&p->mu);
      h_pool_idle_push(p, pi);
      pthread_mutex_unlock(&p->mu);
    }
  }
  if (s == HEARTH_OK && c.max_instances > c.min_instances) {
    p->has_reaper = pthread_create(&p->reaper, NULL, h_pool_reaper_main, p) == 0;
    if (!p->has_reaper) s = h_err(HEARTH_ERR_NOMEM, "cannot start the pool reaper thread");
  }
  if (s != HEARTH_OK) {
    char msg[256];
    snprintf(msg, sizeof msg, "%s", hearth_errmsg());
    hearth_pool_delete(p);
    return h_err(s, "%s", msg);
  }
  *out = p;
  return HEARTH_OK;

fail_reaper_cv:
  pthread_cond_destroy(&p->drained);
fail_drained:
  pthread_mutex_destroy(&p->mu);
fail_mu:
  h_free(p->lat_ns);
  h_free(p);
  return h_err(HEARTH_ERR_NOMEM, "pool synchronization");
}

void hearth_pool_delete(hearth_pool *pool) {
  if (!pool) return;
  pthread_mutex_lock(&pool->mu);
  pool->closing = true;
  for (h_pool_waiter *w = pool->wq_head; w; w = w->next) pthread_cond_signal(&w->cv);
  pthread_cond_broadcast(&pool->reaper_cv);
  while (pool->inside) pthread_cond_wait(&pool->drained, &pool->mu);
  pthread_mutex_unlock(&pool->mu);
  if (pool->has_reaper) pthread_join(pool->reaper, NULL);
  assert(!pool->wq_head && !pool->active);
  h_pool_free_idle(pool);
  assert(pool->live == 0 && atomic_load(&pool->mem_total) == 0);
  pthread_cond_destroy(&pool->reaper_cv);
  pthread_cond_destroy(&pool->drained);
  pthread_mutex_destroy(&pool->mu);
  hearth_template_delete(pool->tmpl);
  h_sock_net_free(pool->net);
  h_free(pool->lat_ns);
  h_free(pool);
}

/* The grant is resolved here, once, and replaced under the lock: a run shares the grant it found
 * when it started (a reference), so replacing it never pulls it from under a running guest. */
hearth_status hearth_pool_set_network(hearth_pool *pool, const hearth_wasip2_net *net) {
  if (!pool) return h_err(HEARTH_ERR_ARGUMENT, "NULL pool");
  if (!pool->component)
    return h_err(HEARTH_ERR_ARGUMENT, "a network grant needs a pool of components");
  struct p2_net *n;
  hearth_status s = h_sock_net_make(net, &n);
  if (s != HEARTH_OK) return s;
  pthread_mutex_lock(&pool->mu);
  struct p2_net *old = pool->net;
  pool->net = n;
  pthread_mutex_unlock(&pool->mu);
  h_sock_net_free(old);
  return HEARTH_OK;
}

hearth_status hearth_pool_swap_template(hearth_pool *pool, hearth_template *t) {
  if (!pool || !t) return h_err(HEARTH_ERR_ARGUMENT, "pool or template is NULL");
  if (h_snap_engine(t) != pool->engine)
    return h_err(HEARTH_ERR_ARGUMENT, "the template belongs to another engine");
  if ((h_snap_component(t) != NULL) != pool->component)
    return h_err(HEARTH_ERR_ARGUMENT, "a pool of %s cannot take a %s template",
                 pool->component ? "components" : "modules", pool->component ? "module" : "component");
  /* Generation numbers are taken under the lock so that concurrent swaps stay ordered. */
  pthread_mutex_lock(&pool->mu);
  if (pool->closing) {
    pthread_mutex_unlock(&pool->mu);
    return h_err(HEARTH_ERR_CLOSED, "pool is being deleted");
  }
  pool->inside++;
  uint64_t gen = atomic_load_explicit(&pool->gen, memory_order_relaxed) + 1;
  pthread_mutex_unlock(&pool->mu);

  h_pool_inst *first = NULL;
  hearth_status s = h_pool_first_of(pool, t, gen, &first);
  h_pool_inst *old = NULL;
  pthread_mutex_lock(&pool->mu);
  if (s == HEARTH_OK && atomic_load_explicit(&pool->gen, memory_order_relaxed) >= gen) {
    gen = atomic_load_explicit(&pool->gen, memory_order_relaxed) + 1; /* another swap won */
    first->gen = gen;
  }
  if (s == HEARTH_OK) {
    hearth_template *prev = pool->tmpl;
    pool->tmpl = hearth_template_ref(t);
    pool->uses_wasi = first->wasi != NULL;
    pool->base_bytes = first->mem_bytes;
    atomic_store_explicit(&pool->gen, gen, memory_order_relaxed);
    pool->st.swaps++;
    hearth_template_delete(prev); /* instances of it hold their own references */
    /* Retire every idle instance (all of the old generation) ... */
    h_pool_inst *pi;
    while ((pi = h_pool_take_cold(pool)) != NULL) {
      pi->next = old;
      old = pi;
    }
    /* ... then the new one goes to the queue or the idle list, if max and the budget allow. */
    if (h_pool_adopt(pool, first)) first = NULL;
    h_pool_dispatch(pool);
  }
  h_pool_leave_locked(pool);
  pthread_mutex_unlock(&pool->mu);
  h_pool_inst_free(first);
  while (old) {
    h_pool_inst *n = old->next;
    h_pool_inst_free(old);
    old = n;
  }
  return s;
}

/* ---------------------------------------------------------------- calls */

/* Per-call limits on a checked-out instance's store. */
static void h_pool_arm(hearth_pool *p, h_pool_inst *pi) {
  hearth_store_set_fuel(pi->store, p->cfg.call_fuel ? p->cfg.call_fuel : UINT64_MAX);
  hearth_store_set_deadline(pi->store, p->cfg.call_timeout_ms
                                           ? h_mono_ns() + p->cfg.call_timeout_ms * 1000000ull
                                           : 0);
}

/* Classifies a failed call. "memory": the call failed (trap or a refused allocation) after the
 * pool's memory budget refused a grow, or while the instance's linear memory was within one 64 KiB
 * page of the max_memory_bytes cap, i.e. when memory.grow was, or would have been, refused. */
static h_pool_fail h_pool_classify(const hearth_pool *p, const h_pool_inst *pi, hearth_status s) {
  if (s == HEARTH_ERR_TRAP) {
    hearth_trap t = hearth_store_trap(pi->store);
    if (t == HEARTH_TRAP_DEADLINE) return H_FAIL_DEADLINE;
    if (t == HEARTH_TRAP_FUEL) return H_FAIL_FUEL;
  }
  if (pi->budget_refused) return H_FAIL_MEMORY;
  uint64_t cap = p->inst_cap;
  if (cap && h_pool_linear_bytes(pi) + H_PAGE_SIZE > cap) return H_FAIL_MEMORY;
  return s == HEARTH_ERR_TRAP ? H_FAIL_TRAP : H_FAIL_OTHER;
}

static hearth_status h_pool_not_module(void) {
  return h_err(HEARTH_ERR_ARGUMENT, "the pool holds components: use hearth_pool_call_component");
}

static hearth_status h_pool_lookup_func(h_pool_inst *pi, const char *name, hearth_func **out) {
  hearth_extern ex;
  hearth_status s = hearth_instance_export(pi->inst, name, &ex);
  if (s != HEARTH_OK) return s;
  if (ex.kind != HEARTH_EXTERN_FUNC)
    return h_err(HEARTH_ERR_NOT_FOUND, "export \"%s\" is not a function", name);
  *out = ex.of.func;
  return HEARTH_OK;
}

hearth_status hearth_pool_call(hearth_pool *pool, const char *export_name, const hearth_val *args,
                               size_t nargs, hearth_val *results, size_t nresults,
                               hearth_trap *trap) {
  if (trap) *trap = HEARTH_TRAP_NONE;
  h_pool_last_serial = 0;
  if (!pool || !export_name) return h_err(HEARTH_ERR_ARGUMENT, "pool or export name is NULL");
  if (pool->component) return h_pool_not_module();
  uint64_t t0 = h_mono_ns();
  h_pool_inst *pi;
  hearth_status s = h_pool_acquire(pool, t0, &pi);
  if (s != HEARTH_OK) return s;
  hearth_func *f = NULL;
  s = h_pool_lookup_func(pi, export_name, &f);
  if (s == HEARTH_OK) {
    const hearth_valtype *pt, *rt;
    size_t np, nr;
    hearth_func_type(f, &pt, &np, &rt, &nr);
    if (np != nargs || nr > nresults) s = h_err(HEARTH_ERR_ARGUMENT, "\"%s\" takes %zu arguments "
                                                "and returns %zu results", export_name, np, nr);
    for (size_t i = 0; s == HEARTH_OK && i < np; i++)
      if (!args || args[i].type != pt[i])
        s = h_err(HEARTH_ERR_ARGUMENT, "argument %zu of \"%s\" has the wrong type", i, export_name);
  }
  if (s != HEARTH_OK) {
    h_pool_release(pool, pi, H_POOL_UNTOUCHED, H_FAIL_OTHER, t0);
    return s;
  }
  h_pool_arm(pool, pi);
  s = hearth_func_call(f, args, nargs, results, nresults);
  if (s == HEARTH_OK) {
    h_pool_release(pool, pi, H_POOL_OK, H_FAIL_NONE, t0);
    return HEARTH_OK;
  }
  if (trap && s == HEARTH_ERR_TRAP) *trap = hearth_store_trap(pi->store);
  h_pool_fail fk = h_pool_classify(pool, pi, s);
  h_pool_release(pool, pi, H_POOL_FAILED, fk, t0);
  return s;
}

/* Reads a little-endian u32 of linear memory at addr, bounds-checked against its current size. */
static bool h_pool_load32(hearth_memory *m, uint64_t addr, uint32_t *out) {
  uint64_t size = hearth_memory_size(m);
  if (addr > size || size - addr < 4) return false;
  return hearth_memory_read(m, addr, out, 4) == HEARTH_OK;
}

static bool h_pool_sig_is(const hearth_func *f, size_t np, size_t nr) {
  const hearth_valtype *pt, *rt;
  size_t n1, n2;
  hearth_func_type(f, &pt, &n1, &rt, &n2);
  if (n1 != np || n2 != nr) return false;
  for (size_t i = 0; i < n1; i++)
    if (pt[i] != HEARTH_I32) return false;
  for (size_t i = 0; i < n2; i++)
    if (rt[i] != HEARTH_I32) return false;
  return true;
}

/* The guest side of a bytes call, on a checked-out instance. Sets *ran once guest code ran. */
static hearth_status h_pool_bytes_run(h_pool_inst *pi, const char *name, const uint8_t *in,
                                      size_t in_len, uint8_t **out, size_t *out_len, bool *ran) {
  hearth_extern ex;
  hearth_func *realloc_fn = NULL, *fn = NULL, *post = NULL;
  hearth_status s;
  if (hearth_instance_export(pi->inst, "memory", &ex) != HEARTH_OK ||
      ex.kind != HEARTH_EXTERN_MEMORY)
    return h_err(HEARTH_ERR_NOT_FOUND, "bytes call: the module exports no memory");
  hearth_memory *mem = ex.of.memory;
  if ((s = h_pool_lookup_func(pi, "cabi_realloc", &realloc_fn)) != HEARTH_OK) return s;
  if ((s = h_pool_lookup_func(pi, name, &fn)) != HEARTH_OK) return s;
  if (!h_pool_sig_is(realloc_fn, 4, 1))
    return h_err(HEARTH_ERR_ARGUMENT, "cabi_realloc must be (i32, i32, i32, i32) -> i32");
  if (!h_pool_sig_is(fn, 2, 1))
    return h_err(HEARTH_ERR_ARGUMENT, "\"%s\" must be (i32, i32) -> i32 for a bytes call", name);
  char post_name[256];
  int pn = snprintf(post_name, sizeof post_name, "cabi_post_%s", name);
  if (pn > 0 && (size_t)pn < sizeof post_name &&
      hearth_instance_export(pi->inst, post_name, &ex) == HEARTH_OK &&
      ex.kind == HEARTH_EXTERN_FUNC) {
    post = ex.of.func;
    if (!h_pool_sig_is(post, 1, 0))
      return h_err(HEARTH_ERR_ARGUMENT, "%s must be (i32) -> ()", post_name);
  }
  if (in_len > UINT32_MAX) return h_err(HEARTH_ERR_LIMIT, "bytes call: input larger than 4 GiB");
  h_err_clear();

  *ran = true;
  hearth_val a[4], r[1];
  for (int i = 0; i < 4; i++) a[i].type = HEARTH_I32;
  a[0].of.i32 = 0;
  a[1].of.i32 = 0;
  a[2].of.i32 = 1;
  a[3].of.i32 = (int32_t)(uint32_t)in_len;
  if ((s = hearth_func_call(realloc_fn, a, 4, r, 1)) != HEARTH_OK) return s;
  uint64_t in_ptr = (uint32_t)r[0].of.i32;
  uint64_t size = hearth_memory_size(mem);
  if (in_len && in_ptr == 0)
    return h_err(HEARTH_ERR_NOMEM, "bytes call: cabi_realloc could not allocate %zu bytes", in_len);
  if (in_ptr > size || size - in_ptr < in_len)
    return h_err(HEARTH_ERR_ARGUMENT, "bytes call: cabi_realloc returned a buffer out of bounds");
  if (in_len) h_mem_write(mem, in_ptr, in, in_len);

  a[0].of.i32 = (int32_t)(uint32_t)in_ptr;
  a[1].of.i32 = (int32_t)(uint32_t)in_len;
  if ((s = hearth_func_call(fn, a, 2, r, 1)) != HEARTH_OK) return s;
  uint32_t retptr = (uint32_t)r[0].of.i32, optr, olen;
  if (!h_pool_load32(mem, retptr, &optr) || !h_pool_load32(mem, (uint64_t)retptr + 4, &olen))
    return h_err(HEARTH_ERR_ARGUMENT, "bytes call: return area 0x%x out of bounds", retptr);
  size = hearth_memory_size(mem);
  if (optr > size || size - optr < olen)
    return h_err(HEARTH_ERR_ARGUMENT, "bytes call: result (0x%x, %u) out of bounds", optr, olen);
  uint8_t *buf = h_malloc(olen ? olen : 1);
  if (!buf) return h_err(HEARTH_ERR_NOMEM, "bytes call: result of %u bytes", olen);
  if (olen) (void)hearth_memory_read(mem, optr, buf, olen);
  if (post) {
    a[0].of.i32 = (int32_t)retptr;
    if ((s = hearth_func_call(post, a, 1, NULL, 0)) != HEARTH_OK) {
      h_free(buf);
      return s;
    }
  }
  *out = buf;
  *out_len = olen;
  return HEARTH_OK;
}

hearth_status hearth_pool_call_bytes(hearth_pool *pool, const char *export_name,
                                     const uint8_t *in, size_t in_len, uint8_t **out,
                                     size_t *out_len, hearth_trap *trap) {
  if (trap) *trap = HEARTH_TRAP_NONE;
  h_pool_last_serial = 0;
  if (!pool || !export_name || !out || !out_len || (!in && in_len))
    return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (pool->component) return h_pool_not_module();
  uint64_t t0 = h_mono_ns();
  h_pool_inst *pi;
  hearth_status s = h_pool_acquire(pool, t0, &pi);
  if (s != HEARTH_OK) return s;
  h_pool_arm(pool, pi);
  bool ran = false;
  s = h_pool_bytes_run(pi, export_name, in, in_len, out, out_len, &ran);
  if (s == HEARTH_OK) {
    h_pool_release(pool, pi, H_POOL_OK, H_FAIL_NONE, t0);
    return HEARTH_OK;
  }
  if (trap && s == HEARTH_ERR_TRAP) *trap = hearth_store_trap(pi->store);
  h_pool_fail fk = ran ? h_pool_classify(pool, pi, s) : H_FAIL_OTHER;
  h_pool_release(pool, pi, ran ? H_POOL_FAILED : H_POOL_UNTOUCHED, fk, t0);
  return s;
}

hearth_status hearth_pool_call_component(hearth_pool *pool, const char *name,
                                         const hearth_cval *args, size_t nargs,
                                         hearth_cval *results, size_t nresults, hearth_trap *trap) {
  if (trap) *trap = HEARTH_TRAP_NONE;
  h_pool_last_serial = 0;
  if (!pool || !name || (nargs && !args)) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (!pool->component)
    return h_err(HEARTH_ERR_ARGUMENT, "the pool holds modules: hearth_pool_call_component needs "
                 "a component template");
  uint64_t t0 = h_mono_ns();
  h_pool_inst *pi;
  hearth_status s = h_pool_acquire(pool, t0, &pi);
  if (s != HEARTH_OK) return s;
  /* Whether guest code could have run: not when the export is missing or the arguments do not
   * match its type (checked before anything is lowered). */
  const hearth_ctype *ft;
  bool ran = hearth_component_func_type(pi->cinst, name, &ft) == HEARTH_OK &&
             hearth_ctype_count(ft) == nargs &&
             (!hearth_ctype_result(ft) || (results && nresults >= 1));
  h_pool_arm(pool, pi);
  s = hearth_component_call(pi->cinst, name, args, nargs, results, nresults);
  if (s == HEARTH_ERR_ARGUMENT && ran) ran = false; /* a value that does not match its type */
  if (s == HEARTH_OK) {
    h_pool_release(pool, pi, H_POOL_OK, H_FAIL_NONE, t0);
    return HEARTH_OK;
  }
  char msg[256];
  snprintf(msg, sizeof msg, "%s", hearth_errmsg());
  if (trap && s == HEARTH_ERR_TRAP) *trap = hearth_store_trap(pi->store);
  h_pool_fail fk = ran ? h_pool_classify(pool, pi, s) : H_FAIL_OTHER;
  h_pool_release(pool, pi, ran ? H_POOL_FAILED : H_POOL_UNTOUCHED, fk, t0);
  return h_err(s, "%s", msg);
}

/* Copies captured output of fd into an owned buffer (never NULL on success). */
static hearth_status h_pool_take_output(const hearth_wasi *w, int fd, uint8_t **out, size_t *len) {
  size_t n = 0;
  const uint8_t *d = hearth_wasi_output(w, fd, &n);
  uint8_t *b = h_malloc(n + 1); /* NUL-terminated for callers that treat it as text */
  if (!b) return h_err(HEARTH_ERR_NOMEM, "command output of %zu bytes", n);
  if (n) memcpy(b, d, n);
  b[n] = 0;
  *out = b;
  *len = n;
  return HEARTH_OK;
}

/* A fresh WASI context for one command run, made like an instance's (h_pool_wasi_new): io's args
 * (else the template's, else "main"), the template's env then io's, stdin bytes, captured
 * stdout/stderr, then the embedder's setup (e.g. per-run preopens). */
static hearth_status h_pool_command_wasi(const hearth_template *t, const hearth_command_io *io,
                                         hearth_wasi_setup_fn setup, void *user,
                                         hearth_wasi **out) {
  hearth_wasi *w;
  hearth_status s = h_pool_wasi_new(t, &w);
  if (s != HEARTH_OK) return s;
  static const char *const default_argv[] = {"main"};
  if (io->argc) s = hearth_wasi_set_args(w, io->argc, io->argv);
  else if (!h_wasi_argc(w)) s = hearth_wasi_set_args(w, 1, default_argv);
  for (size_t i = 0; s == HEARTH_OK && i < io->envc; i++) {
    const char *e = io->env[i], *eq = e ? strchr(e, '=') : NULL;
    if (!eq || eq == e) {
      s = h_err(HEARTH_ERR_ARGUMENT, "environment entry %zu is not NAME=VALUE", i);
      break;
    }
    char *name = h_strndup(e, (size_t)(eq - e));
    s = name ? hearth_wasi_add_env(w, name, eq + 1) : h_err(HEARTH_ERR_NOMEM, "environment");
    h_free(name);
  }
  size_t cap = io->max_output ? io->max_output : H_POOL_DEFAULT_OUTPUT;
  if (s == HEARTH_OK) s = hearth_wasi_set_stdin_bytes(w, io->stdin_data, io->stdin_len);
  if (s == HEARTH_OK) s = hearth_wasi_capture_output(w, 1, cap);
  if (s == HEARTH_OK) s = hearth_wasi_capture_output(w, 2, cap);
  if (s == HEARTH_OK && setup) s = setup(w, user);
  if (s != HEARTH_OK) {
    hearth_wasi_delete(w);
    return s;
  }
  *out = w;
  return HEARTH_OK;
}

hearth_status hearth_pool_run_command(hearth_pool *pool, const hearth_command_io *io,
                                      hearth_command_result *res) {
  return hearth_pool_run_command_setup(pool, io, NULL, NULL, res);
}

hearth_status hearth_pool_run_command_setup(hearth_pool *pool, const hearth_command_io *io,
                                            hearth_wasi_setup_fn setup, void *user,
                                            hearth_command_result *res) {
  h_pool_last_serial = 0;
  if (!pool || !io || !res || (io->argc && !io->argv) || (io->envc && !io->env) ||
      (io->stdin_len && !io->stdin_data))
    return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  memset(res, 0, sizeof *res);
  if (pool->component) return h_pool_not_module();
  uint64_t t0 = h_mono_ns();
  h_pool_inst *pi;
  hearth_wasi *w = NULL;
  /* The run's context is a clone of the instance's template's (after a hot swap, the new one). */
  hearth_status s = h_pool_acquire(pool, t0, &pi);
  if (s != HEARTH_OK) return s;
  s = h_pool_command_wasi(pi->tmpl, io, setup, user, &w);
  if (s != HEARTH_OK) {
    h_pool_release(pool, pi, H_POOL_UNTOUCHED, H_FAIL_OTHER, t0);
    return s;
  }
  hearth_func *start = NULL;
  s = h_pool_lookup_func(pi, "_start", &start);
  if (s == HEARTH_OK && !h_pool_sig_is(start, 0, 0))
    s = h_err(HEARTH_ERR_ARGUMENT, "_start must be () -> ()");
  if (s != HEARTH_OK) {
    hearth_wasi_delete(w);
    h_pool_release(pool, pi, H_POOL_UNTOUCHED, H_FAIL_OTHER, t0);
    return s;
  }
  hearth_wasi_attach(pi->store, w);
  h_pool_arm(pool, pi);
  hearth_status cs = hearth_func_call(start, NULL, 0, NULL, 0);
  hearth_wasi_attach(pi->store, pi->wasi);
  h_pool_outcome oc = H_POOL_COMMAND_OK;
  h_pool_fail fk = H_FAIL_NONE;
  if (cs == HEARTH_OK) {
    res->exit_code = 0;
  } else if (cs == HEARTH_ERR_EXIT) {
    res->exit_code = hearth_store_exit_code(pi->store);
  } else {
    res->exit_code = H_POOL_TRAP_EXIT;
    if (cs == HEARTH_ERR_TRAP) res->trap = hearth_store_trap(pi->store);
    oc = H_POOL_FAILED;
    fk = h_pool_classify(pool, pi, cs);
  }
  s = h_pool_take_output(w, 1, &res->out, &res->out_len);
  if (s == HEARTH_OK) s = h_pool_take_output(w, 2, &res->err, &res->err_len);
  hearth_wasi_delete(w);
  h_pool_release(pool, pi, oc, fk, t0);
  if (s != HEARTH_OK) {
    h_free(res->out);
    h_free(res->err);
    memset(res, 0, sizeof *res);
    return s;
  }
  if (cs == HEARTH_ERR_TRAP) return h_err(HEARTH_ERR_TRAP, "%s", hearth_trap_message(res->trap));
  return cs == HEARTH_ERR_EXIT ? HEARTH_OK : cs;
}

/* A wasi:cli/run component per call (a template made with a linker from hearth_wasip2_define(l,
 * NULL)): the run gets a WASI context of its own (args, env, stdin, captured output, setup's
 * preopens) and a WASI 0.2 context on it, entered on this thread while the guest runs and while
 * the instance is reset or discarded: resetting the handle tables gives every host object a
 * call opened (streams, descriptors) back to it, and deleting it after the run frees whatever is
 * left. Nothing a run opened reaches the next one. */
hearth_status hearth_pool_run_component_command(hearth_pool *pool, const hearth_command_io *io,
                                                hearth_wasi_setup_fn setup, void *user,
                                                hearth_command_result *res) {
  h_pool_last_serial = 0;
  if (!pool || !io || !res || (io->argc && !io->argv) || (io->envc && !io->env) ||
      (io->stdin_len && !io->stdin_data))
    return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  memset(res, 0, sizeof *res);
  if (!pool->component)
    return h_err(HEARTH_ERR_ARGUMENT, "the pool holds modules: use hearth_pool_run_command");
  uint64_t t0 = h_mono_ns();
  h_pool_inst *pi;
  hearth_wasi *w = NULL;
  hearth_wasip2 *p2 = NULL;
  hearth_status s = h_pool_acquire(pool, t0, &pi);
  if (s != HEARTH_OK) return s;
  static const char run[] = "wasi:cli/run#run"; /* any 0.2.x version */
  const hearth_ctype *ft;
  s = hearth_component_func_type(pi->cinst, run, &ft);
  if (s == HEARTH_OK && (hearth_ctype_count(ft) || !hearth_ctype_result(ft)))
    s = h_err(HEARTH_ERR_ARGUMENT, "wasi:cli/run#run must be func() -> result");
  if (s == HEARTH_OK) s = h_pool_command_wasi(pi->tmpl, io, setup, user, &w);
  if (s == HEARTH_OK) s = hearth_wasip2_new(w, &p2);
  if (s != HEARTH_OK) {
    hearth_wasi_delete(w);
    h_pool_release(pool, pi, H_POOL_UNTOUCHED, H_FAIL_OTHER, t0);
    return s;
  }
  hearth_wasip2_set_store(p2, pi->store);
  pthread_mutex_lock(&pool->mu);
  h_sock_net_use(p2, pool->net);
  pthread_mutex_unlock(&pool->mu);
  hearth_wasip2 *prev = hearth_wasip2_enter(p2);
  h_pool_arm(pool, pi);
  hearth_cval r = {0};
  hearth_status cs = hearth_component_call(pi->cinst, run, NULL, 0, &r, 1);
  h_pool_outcome oc = H_POOL_COMMAND_OK;
  h_pool_fail fk = H_FAIL_NONE;
  int code;
  if (cs == HEARTH_OK) {
    res->exit_code = r.of.cas.index == 0 ? 0 : 1; /* result<_, _>: ok or err */
  } else if (cs == HEARTH_ERR_TRAP && hearth_wasip2_exited(p2, &code)) {
    /* wasi:cli/exit unwinds the guest: its instance is left mid-call, so it is discarded */
    res->exit_code = code;
    cs = HEARTH_OK;
    oc = H_POOL_FAILED;
    fk = H_FAIL_OTHER;
  } else {
    res->exit_code = H_POOL_TRAP_EXIT;
    if (cs == HEARTH_ERR_TRAP) res->trap = hearth_store_trap(pi->store);
    oc = H_POOL_FAILED;
    fk = h_pool_classify(pool, pi, cs);
  }
  char msg[256];
  snprintf(msg, sizeof msg, "%s", cs != HEARTH_OK ? hearth_errmsg() : "");
  hearth_cval_clear(&r);
  h_pool_release(pool, pi, oc, fk, t0); /* reset (or discard) with p2 entered */
  hearth_wasip2_enter(prev);
  hearth_wasip2_delete(p2);
  s = h_pool_take_output(w, 1, &res->out, &res->out_len);
  if (s == HEARTH_OK) s = h_pool_take_output(w, 2, &res->err, &res->err_len);
  hearth_wasi_delete(w);
  if (s != HEARTH_OK) {
    h_free(res->out);
    h_free(res->err);
    memset(res, 0, sizeof *res);
    return s;
  }
  return cs == HEARTH_OK ? HEARTH_OK : h_err(cs, "%s", msg);
}

/* ---------------------------------------------------------------- stats */

static int h_pool_cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Nearest-rank percentile of sorted v[0..n). */
static double h_pool_pct_us(const uint64_t *v, uint32_t n, double pct) {
  if (!n) return 0;
  size_t rank = (size_t)(pct / 100.0 * n + 0.999999);
  if (rank < 1) rank = 1;
  if (rank > n) rank = n;
  return (double)v[rank - 1] / 1000.0;
}

void hearth_pool_stats_get(hearth_pool *pool, hearth_pool_stats *out) {
  if (!out) return;
  size_t want = out->size && out->size < sizeof *out ? out->size : sizeof *out;
  hearth_pool_stats st;
  memset(&st, 0, sizeof st);
  if (pool) {
    uint64_t *lat = h_malloc(H_POOL_LAT_RING * sizeof *lat);
    pthread_mutex_lock(&pool->mu);
    st = pool->st;
    st.instances_live = pool->live;
    st.instances_idle = pool->nidle;
    st.instances_busy = pool->active;
    st.queue_depth = pool->waiting;
    uint32_t n = lat ? pool->lat_n : 0;
    if (n) memcpy(lat, pool->lat_ns, n * sizeof *lat);
    pthread_mutex_unlock(&pool->mu);
    st.pool_bytes_current = atomic_load_explicit(&pool->mem_total, memory_order_relaxed);
    st.pool_bytes_peak = atomic_load_explicit(&pool->mem_peak, memory_order_relaxed);
    st.linear_bytes_current = st.pool_bytes_current;
    st.budget_refusals = atomic_load_explicit(&pool->refusals, memory_order_relaxed);
    if (n) {
      qsort(lat, n, sizeof *lat, h_pool_cmp_u64);
      st.latency_p50_us = h_pool_pct_us(lat, n, 50);
      st.latency_p99_us = h_pool_pct_us(lat, n, 99);
    }
    h_free(lat);
  }
  st.size = (uint32_t)want;
  memcpy(out, &st, want);
}

uint64_t hearth_pool_last_instance(void) { return h_pool_last_serial; }

void hearth_free(void *p) { h_free(p); }
