/* pool.c: pools of warm instances made from a template: reset/reuse policies, recycling, limits, stats. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

/* How a pool works:
 * - Every pooled instance has its own store, made by hearth_template_instantiate, and, when the
 *   module imports WASI, its own hearth_wasi context attached to the store (the template's linker
 *   defines WASI with a NULL context).
 * - The mutex guards the idle list, the counters and the latency ring; guest code, resets,
 *   instantiation and store deletion run outside it, in the calling thread.
 * - An instance is checked out by exactly one caller; between calls it sits on the idle list
 *   (most recently used first, so a warm instance's pages stay hot; the reaper drops from the
 *   cold end).
 * - RESET policy: the instance is reset to the snapshot right after each call, so idle instances
 *   are always pristine. REUSE: it is kept as the call left it until a recycle trigger fires.
 *   Whatever the policy, an instance whose call failed once it had started running is discarded,
 *   and a command instance (style 3) is reset after every run, since `_start` may only run once.
 * - "live" counts every instance that exists or is being created, so the max bound holds while
 *   instances are made outside the lock. */

#define H_POOL_LAT_RING 4096u
#define H_POOL_DEFAULT_MIN 1u
#define H_POOL_DEFAULT_IDLE_MS 30000u
#define H_POOL_DEFAULT_QUEUE 1024u
#define H_POOL_DEFAULT_QUEUE_MS 10000u
#define H_POOL_DEFAULT_OUTPUT (16u * 1024u * 1024u)
#define H_POOL_TRAP_EXIT 134

typedef struct h_pool_inst {
  hearth_store *store;
  hearth_instance *inst;
  hearth_wasi *wasi;      /* NULL when the module does not import WASI */
  uint64_t calls;         /* calls since it was made from the template */
  uint64_t born_ns;
  uint64_t idle_since_ns;
  uint64_t mem_bytes;     /* linear memory at the last measurement (counted in the pool's sum) */
  struct h_pool_inst *prev, *next; /* idle list links */
} h_pool_inst;

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
  hearth_template *tmpl;  /* one reference */
  hearth_engine *engine;
  hearth_module *module;  /* borrowed from the template */
  hearth_pool_config cfg; /* defaults filled in */
  bool uses_wasi;

  pthread_mutex_t mu;
  pthread_cond_t avail;   /* an idle instance or a free slot appeared, or closing */
  pthread_cond_t drained; /* active/waiting dropped (pool_delete waits on it) */
  pthread_cond_t reaper_cv;
  h_pool_inst *idle_head, *idle_tail;
  uint32_t live, nidle, waiting, active;
  bool closing;
  bool has_reaper;
  pthread_t reaper;

  hearth_pool_stats st;   /* counters; instances_*, latency and linear_bytes_current derived */
  uint64_t linear_sum;
  uint64_t *lat_ns;       /* H_POOL_LAT_RING entries */
  uint32_t lat_pos, lat_n;
};

/* ---------------------------------------------------------------- time */

static uint64_t h_pool_now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

static struct timespec h_pool_abs(uint64_t ns) {
  struct timespec ts;
  ts.tv_sec = (time_t)(ns / 1000000000ull);
  ts.tv_nsec = (long)(ns % 1000000000ull);
  return ts;
}

/* ---------------------------------------------------------------- configuration */

static uint32_t h_pool_default_max(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) n = 1;
  if (n > 1024) n = 1024;
  return (uint32_t)(2 * n);
}

/* Parses a decimal number with an optional K/M/G/T suffix (binary multiples, "KiB"/"KB" too) when
 * sizes is set; false on anything else, so a malformed variable is ignored rather than half-read. */
static bool h_pool_parse(const char *s, bool sizes, uint64_t *out) {
  if (!s || *s < '0' || *s > '9') return false;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno) return false;
  uint64_t mul = 1;
  if (sizes) {
    switch (*end) {
    case 'k': case 'K': mul = 1ull << 10; end++; break;
    case 'm': case 'M': mul = 1ull << 20; end++; break;
    case 'g': case 'G': mul = 1ull << 30; end++; break;
    case 't': case 'T': mul = 1ull << 40; end++; break;
    default: break;
    }
    if (mul > 1 && (*end == 'i' || *end == 'I')) end++;
    if (*end == 'b' || *end == 'B') end++;
  }
  if (*end || v > UINT64_MAX / mul) return false;
  *out = (uint64_t)v * mul;
  return true;
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
}

/* ---------------------------------------------------------------- instances */

/* Makes a fresh pooled instance (outside the lock). */
static hearth_status h_pool_inst_new(hearth_pool *p, h_pool_inst **out) {
  h_pool_inst *pi = h_calloc(1, sizeof *pi);
  if (!pi) return h_err(HEARTH_ERR_NOMEM, "pool instance");
  hearth_status s = hearth_store_new(p->engine, &pi->store);
  if (s != HEARTH_OK) goto fail;
  if (p->cfg.max_memory_bytes) hearth_store_set_memory_limit(pi->store, p->cfg.max_memory_bytes);
  if (p->cfg.max_call_depth) hearth_store_set_max_call_depth(pi->store, p->cfg.max_call_depth);
  if (p->uses_wasi) {
    if ((s = hearth_wasi_new(&pi->wasi)) != HEARTH_OK) goto fail;
    hearth_wasi_attach(pi->store, pi->wasi);
  }
  if ((s = hearth_template_instantiate(p->tmpl, pi->store, &pi->inst)) != HEARTH_OK) goto fail;
  pi->born_ns = h_pool_now_ns();
  pi->mem_bytes = hearth_instance_memory_bytes(pi->inst);
  *out = pi;
  return HEARTH_OK;
fail:
  hearth_store_delete(pi->store);
  hearth_wasi_delete(pi->wasi);
  h_free(pi);
  return s;
}

static void h_pool_inst_free(h_pool_inst *pi) {
  if (!pi) return;
  hearth_store_delete(pi->store);
  hearth_wasi_delete(pi->wasi);
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

/* Accounts an instance's new linear-memory size in the pool's sum and peak (locked). */
static void h_pool_account_mem(hearth_pool *p, h_pool_inst *pi, uint64_t bytes) {
  p->linear_sum = p->linear_sum - pi->mem_bytes + bytes;
  pi->mem_bytes = bytes;
  if (bytes > p->st.linear_bytes_peak) p->st.linear_bytes_peak = bytes;
}

/* Creates an instance for a slot already counted in p->live (outside the lock); on failure the
 * slot is given back. */
static hearth_status h_pool_fill_slot(hearth_pool *p, h_pool_inst **out) {
  h_pool_inst *pi = NULL;
  hearth_status s = h_pool_inst_new(p, &pi);
  pthread_mutex_lock(&p->mu);
  if (s == HEARTH_OK) {
    p->st.instantiations++;
    p->linear_sum += pi->mem_bytes;
    if (pi->mem_bytes > p->st.linear_bytes_peak) p->st.linear_bytes_peak = pi->mem_bytes;
  } else {
    p->live--;
    pthread_cond_signal(&p->avail);
  }
  pthread_mutex_unlock(&p->mu);
  if (s == HEARTH_OK) *out = pi;
  return s;
}

/* Checks an instance out for one call: an idle one, a new one if below max, or waits in the
 * bounded queue. LIMIT when the queue is full or the wait times out. */
static hearth_status h_pool_acquire(hearth_pool *p, h_pool_inst **out) {
  pthread_mutex_lock(&p->mu);
  bool waited = false;
  uint64_t give_up = 0;
  for (;;) {
    if (p->closing) {
      pthread_mutex_unlock(&p->mu);
      return h_err(HEARTH_ERR_ARGUMENT, "pool is being deleted");
    }
    if (p->idle_head) {
      h_pool_inst *pi = p->idle_head;
      h_pool_idle_unlink(p, pi);
      p->active++;
      pthread_mutex_unlock(&p->mu);
      *out = pi;
      return HEARTH_OK;
    }
    if (p->live < p->cfg.max_instances) {
      p->live++;
      p->active++;
      pthread_mutex_unlock(&p->mu);
      hearth_status s = h_pool_fill_slot(p, out);
      if (s != HEARTH_OK) {
        pthread_mutex_lock(&p->mu);
        p->active--;
        pthread_cond_broadcast(&p->drained);
        pthread_mutex_unlock(&p->mu);
      }
      return s;
    }
    if (!waited) {
      if (p->waiting >= p->cfg.queue_max) {
        p->st.queue_full++;
        pthread_mutex_unlock(&p->mu);
        return h_err(HEARTH_ERR_LIMIT, "pool queue full (%u callers waiting)", p->cfg.queue_max);
      }
      waited = true;
      give_up = h_pool_now_ns() + (uint64_t)p->cfg.queue_timeout_ms * 1000000ull;
    }
    p->waiting++;
    struct timespec ts = h_pool_abs(give_up);
    int rc = pthread_cond_timedwait(&p->avail, &p->mu, &ts);
    p->waiting--;
    if (p->waiting == 0) pthread_cond_broadcast(&p->drained);
    if (rc == ETIMEDOUT && !p->idle_head && p->live >= p->cfg.max_instances && !p->closing) {
      pthread_mutex_unlock(&p->mu);
      return h_err(HEARTH_ERR_LIMIT, "no pool instance became free within %u ms",
                   p->cfg.queue_timeout_ms);
    }
  }
}

static void h_pool_record_latency(hearth_pool *p, uint64_t t0) {
  p->lat_ns[p->lat_pos] = h_pool_now_ns() - t0;
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

/* A call that failed before reaching an instance (queue full or timed out, instantiation failed). */
static void h_pool_count_unserved(hearth_pool *p, uint64_t t0) {
  pthread_mutex_lock(&p->mu);
  h_pool_count(p, H_FAIL_OTHER);
  h_pool_record_latency(p, t0);
  pthread_mutex_unlock(&p->mu);
}

/* Which recycle trigger fires for a REUSE instance after a call (0: none). */
enum { H_RECYCLE_NONE = 0, H_RECYCLE_CALLS, H_RECYCLE_MEMORY, H_RECYCLE_AGE };
static int h_pool_recycle_due(const hearth_pool *p, const h_pool_inst *pi, uint64_t mem,
                              uint64_t now) {
  const hearth_pool_config *c = &p->cfg;
  if (c->recycle_calls && pi->calls >= c->recycle_calls) return H_RECYCLE_CALLS;
  if (c->recycle_memory_bytes && mem > c->recycle_memory_bytes) return H_RECYCLE_MEMORY;
  if (c->recycle_age_ms && now - pi->born_ns > c->recycle_age_ms * 1000000ull) return H_RECYCLE_AGE;
  return H_RECYCLE_NONE;
}

/* Returns a checked-out instance after a call: resets, keeps, recycles or discards it, counts the
 * call as f, records its latency from t0, and wakes a waiter. */
static void h_pool_release(hearth_pool *p, h_pool_inst *pi, h_pool_outcome oc, h_pool_fail f,
                           uint64_t t0) {
  uint64_t mem_after = hearth_instance_memory_bytes(pi->inst);
  bool keep = true, did_reset = false;
  int recycle = H_RECYCLE_NONE;
  if (oc != H_POOL_UNTOUCHED) pi->calls++;
  if (oc == H_POOL_FAILED) {
    keep = false;
  } else if (oc == H_POOL_COMMAND_OK || (oc == H_POOL_OK && p->cfg.policy == HEARTH_POLICY_RESET)) {
    keep = hearth_instance_reset(pi->inst) == HEARTH_OK;
    did_reset = keep;
  } else if (oc == H_POOL_OK) {
    recycle = h_pool_recycle_due(p, pi, mem_after, h_pool_now_ns());
    keep = recycle == H_RECYCLE_NONE;
  }
  uint64_t mem_now = did_reset ? hearth_instance_memory_bytes(pi->inst) : mem_after;

  pthread_mutex_lock(&p->mu);
  h_pool_count(p, f);
  h_pool_record_latency(p, t0);
  if (mem_after > p->st.linear_bytes_peak) p->st.linear_bytes_peak = mem_after;
  if (did_reset) p->st.resets++;
  if (keep) {
    h_pool_account_mem(p, pi, mem_now);
    pi->idle_since_ns = h_pool_now_ns();
    p->active--;
    if (p->closing) {
      /* pool_delete frees whatever is idle once active reaches 0 */
      h_pool_idle_push(p, pi);
      pthread_cond_broadcast(&p->drained);
      pthread_mutex_unlock(&p->mu);
      return;
    }
    h_pool_idle_push(p, pi);
    pthread_cond_signal(&p->avail);
    pthread_mutex_unlock(&p->mu);
    return;
  }
  switch (recycle) {
  case H_RECYCLE_CALLS: p->st.recycles_calls++; break;
  case H_RECYCLE_MEMORY: p->st.recycles_memory++; break;
  case H_RECYCLE_AGE: p->st.recycles_age++; break;
  default: p->st.discards++; break;
  }
  p->linear_sum -= pi->mem_bytes;
  /* A recycled instance is replaced at once (the pool keeps its size warm); a discarded one only
   * when the pool would fall below min or someone is waiting. The slot stays counted in live. */
  bool replace = !p->closing &&
                 (recycle != H_RECYCLE_NONE || p->live <= p->cfg.min_instances || p->waiting);
  if (!replace) p->live--;
  pthread_mutex_unlock(&p->mu);

  h_pool_inst_free(pi);
  h_pool_inst *fresh = NULL;
  if (replace && h_pool_fill_slot(p, &fresh) == HEARTH_OK) {
    pthread_mutex_lock(&p->mu);
    fresh->idle_since_ns = h_pool_now_ns();
    h_pool_idle_push(p, fresh);
    pthread_mutex_unlock(&p->mu);
  }
  pthread_mutex_lock(&p->mu);
  p->active--;
  pthread_cond_signal(&p->avail);
  pthread_cond_broadcast(&p->drained);
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
    uint64_t now = h_pool_now_ns();
    h_pool_inst *victim = NULL;
    if (p->live > p->cfg.min_instances && p->idle_tail &&
        now - p->idle_tail->idle_since_ns >= timeout_ns) {
      victim = p->idle_tail;
      h_pool_idle_unlink(p, victim);
      p->live--;
      p->linear_sum -= victim->mem_bytes;
    }
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
  for (uint32_t i = 0; i < m->nimports; i++)
    if (strcmp(m->imports[i].module, "wasi_snapshot_preview1") == 0 ||
        strcmp(m->imports[i].module, "wasi_unstable") == 0)
      return true;
  return false;
}

static bool h_pool_cond_init_mono(pthread_cond_t *c) {
  pthread_condattr_t ca;
  if (pthread_condattr_init(&ca) != 0) return false;
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  bool ok = pthread_cond_init(c, &ca) == 0;
  pthread_condattr_destroy(&ca);
  return ok;
}

static void h_pool_free_idle(hearth_pool *p) {
  while (p->idle_head) {
    h_pool_inst *pi = p->idle_head;
    h_pool_idle_unlink(p, pi);
    p->live--;
    h_pool_inst_free(pi);
  }
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
  p->cfg = c;
  p->module = h_snap_module(t);
  p->engine = p->module->engine;
  p->uses_wasi = h_pool_imports_wasi(p->module);
  if (pthread_mutex_init(&p->mu, NULL) != 0) goto fail_mu;
  if (!h_pool_cond_init_mono(&p->avail)) goto fail_avail;
  if (!h_pool_cond_init_mono(&p->drained)) goto fail_drained;
  if (!h_pool_cond_init_mono(&p->reaper_cv)) goto fail_reaper_cv;
  p->tmpl = hearth_template_ref(t);

  hearth_status s = HEARTH_OK;
  for (uint32_t i = 0; i < c.min_instances && s == HEARTH_OK; i++) {
    p->live++;
    h_pool_inst *pi = NULL;
    s = h_pool_fill_slot(p, &pi);
    if (s == HEARTH_OK) h_pool_idle_push(p, pi);
  }
  if (s == HEARTH_OK && c.max_instances > c.min_instances) {
    p->has_reaper = pthread_create(&p->reaper, NULL, h_pool_reaper_main, p) == 0;
    if (!p->has_reaper) s = h_err(HEARTH_ERR_NOMEM, "cannot start the pool reaper thread");
  }
  if (s != HEARTH_OK) {
    hearth_pool_delete(p);
    return s;
  }
  *out = p;
  return HEARTH_OK;

fail_reaper_cv:
  pthread_cond_destroy(&p->drained);
fail_drained:
  pthread_cond_destroy(&p->avail);
fail_avail:
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
  pthread_cond_broadcast(&pool->avail);
  pthread_cond_broadcast(&pool->reaper_cv);
  while (pool->active || pool->waiting) pthread_cond_wait(&pool->drained, &pool->mu);
  pthread_mutex_unlock(&pool->mu);
  if (pool->has_reaper) pthread_join(pool->reaper, NULL);
  h_pool_free_idle(pool);
  assert(pool->live == 0);
  pthread_cond_destroy(&pool->reaper_cv);
  pthread_cond_destroy(&pool->drained);
  pthread_cond_destroy(&pool->avail);
  pthread_mutex_destroy(&pool->mu);
  hearth_template_delete(pool->tmpl);
  h_free(pool->lat_ns);
  h_free(pool);
}

/* ---------------------------------------------------------------- calls */

/* Per-call limits on a checked-out instance's store. */
static void h_pool_arm(hearth_pool *p, h_pool_inst *pi) {
  hearth_store_set_fuel(pi->store, p->cfg.call_fuel ? p->cfg.call_fuel : UINT64_MAX);
  if (p->cfg.call_timeout_ms)
    hearth_store_set_deadline(pi->store,
                              h_pool_now_ns() + p->cfg.call_timeout_ms * 1000000ull);
}

/* Classifies a failed call. "memory": the call failed (trap or a refused allocation) while the
 * instance's linear memory was within one 64 KiB page of the max_memory_bytes cap, i.e. when
 * memory.grow was, or would have been, refused. */
static h_pool_fail h_pool_classify(const hearth_pool *p, const h_pool_inst *pi, hearth_status s) {
  if (s == HEARTH_ERR_TRAP) {
    hearth_trap t = hearth_store_trap(pi->store);
    if (t == HEARTH_TRAP_DEADLINE) return H_FAIL_DEADLINE;
    if (t == HEARTH_TRAP_FUEL) return H_FAIL_FUEL;
  }
  uint64_t cap = p->cfg.max_memory_bytes;
  if (cap && hearth_instance_memory_bytes(pi->inst) + H_PAGE_SIZE > cap) return H_FAIL_MEMORY;
  return s == HEARTH_ERR_TRAP ? H_FAIL_TRAP : H_FAIL_OTHER;
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
  if (!pool || !export_name) return h_err(HEARTH_ERR_ARGUMENT, "pool or export name is NULL");
  uint64_t t0 = h_pool_now_ns();
  h_pool_inst *pi;
  hearth_status s = h_pool_acquire(pool, &pi);
  if (s != HEARTH_OK) {
    h_pool_count_unserved(pool, t0);
    return s;
  }
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
  memcpy(out, hearth_memory_data(m) + addr, 4);
  return true;
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
  if (in_len) memcpy(hearth_memory_data(mem) + in_ptr, in, in_len);

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
  if (olen) memcpy(buf, hearth_memory_data(mem) + optr, olen);
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
  if (!pool || !export_name || !out || !out_len || (!in && in_len))
    return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  uint64_t t0 = h_pool_now_ns();
  h_pool_inst *pi;
  hearth_status s = h_pool_acquire(pool, &pi);
  if (s != HEARTH_OK) {
    h_pool_count_unserved(pool, t0);
    return s;
  }
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

/* A fresh WASI context for one command run: args, env, stdin bytes, captured stdout/stderr. */
static hearth_status h_pool_command_wasi(const hearth_command_io *io, hearth_wasi_setup_fn setup,
                                         void *user, hearth_wasi **out) {
  hearth_wasi *w;
  hearth_status s = hearth_wasi_new(&w);
  if (s != HEARTH_OK) return s;
  static const char *const default_argv[] = {"main"};
  if (io->argc) s = hearth_wasi_set_args(w, io->argc, io->argv);
  else s = hearth_wasi_set_args(w, 1, default_argv);
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
  if (!pool || !io || !res || (io->argc && !io->argv) || (io->envc && !io->env) ||
      (io->stdin_len && !io->stdin_data))
    return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  memset(res, 0, sizeof *res);
  uint64_t t0 = h_pool_now_ns();
  h_pool_inst *pi;
  hearth_wasi *w = NULL;
  hearth_status s = h_pool_command_wasi(io, setup, user, &w);
  if (s == HEARTH_OK) {
    s = h_pool_acquire(pool, &pi);
    if (s != HEARTH_OK) hearth_wasi_delete(w);
  }
  if (s != HEARTH_OK) {
    h_pool_count_unserved(pool, t0);
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
  memset(out, 0, sizeof *out);
  if (!pool) return;
  uint64_t *lat = h_malloc(H_POOL_LAT_RING * sizeof *lat);
  pthread_mutex_lock(&pool->mu);
  *out = pool->st;
  out->instances_live = pool->live;
  out->instances_idle = pool->nidle;
  out->linear_bytes_current = pool->linear_sum;
  uint32_t n = lat ? pool->lat_n : 0;
  if (n) memcpy(lat, pool->lat_ns, n * sizeof *lat);
  pthread_mutex_unlock(&pool->mu);
  if (n) {
    qsort(lat, n, sizeof *lat, h_pool_cmp_u64);
    out->latency_p50_us = h_pool_pct_us(lat, n, 50);
    out->latency_p99_us = h_pool_pct_us(lat, n, 99);
  }
  h_free(lat);
}

void hearth_free(void *p) { h_free(p); }
