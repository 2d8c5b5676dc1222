/* gc_bench.c: the GC heap's costs (src/engine/gc.c) through its internal API, no test harness:
 * allocation + collection per object, the pauses of the incremental collector while allocating
 * with 1,000,000 live objects against stop-the-world collection of the same heap (per-pause
 * thread CPU time, so that other processes' load does not count), and a full collection's
 * pause; machine facts beside them.
 * Build: make build/gc_bench (links libhearth.a, includes src/internal.h).
 * Run: build/gc_bench            figures (medians / minima of several rounds)
 *      build/gc_bench growth [N]   only the growth of a heap to N live objects (4,000,000)
 *      build/gc_bench roots [N]    only full collections with a funcref table of N (1,000,000)
 *        entries among the roots (typed roots skip it; membership probed every entry)
 *      build/gc_bench alloc N [LIVE [STW]]  only N allocations of garbage structs, with LIVE
 *        objects kept (0), incrementally or (STW = 1) stop-the-world; for callgrind:
 *        valgrind --tool=callgrind --collect-atstart=no build/gc_bench alloc 1000000
 *        counts the allocation loop alone: instructions per object = Ir / N. */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif
#endif
#ifndef CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

#include "internal.h"
#include "machine.h"

/* struct { ref next; i64 val; }: 16 bytes of data, the typical small object */
static const uint8_t node_stype[] = {H_T_EXTERNREF, H_T_I64};
static const uint8_t node_mut[] = {1, 1};
static const uint32_t node_off[] = {0, 8};
static const uint32_t node_refs[] = {0};
static const h_rtt node_rtt;
static const h_rtt *const node_supers[] = {&node_rtt};
static const h_rtt node_rtt = {H_RTT_STRUCT, 2, node_stype, node_mut, node_off, 16,
                               node_refs, 1, 0, node_supers, false};

static hearth_engine *engine;

static hearth_store *store(void) {
  hearth_store *s;
  if (hearth_store_new(engine, &s) != HEARTH_OK) exit(1);
  return s;
}

static h_gcobj *node(hearth_store *s, uint64_t next) {
  h_gcobj *o = h_gc_alloc(s, &node_rtt, 0, NULL);
  if (!o) {
    fprintf(stderr, "gc_bench: allocation failed\n");
    exit(1);
  }
  memcpy(h_gc_data(o), &next, 8);
  return o;
}

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static uint64_t cpu_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* A store with `live` nodes in a chain from a global; step_work as h_gc_tune (0: stop-the-world
 * collections only). */
static hearth_store *live_store(uint64_t live, uint32_t step_work) {
  hearth_store *s = store();
  if (!h_gc_tune(s, step_work, H_GC_STEP_BYTES, 0)) exit(1);
  hearth_val init = {.type = HEARTH_EXTERNREF, .of.externref = NULL};
  hearth_global *g;
  if (hearth_global_new(s, &init, true, &g) != HEARTH_OK) exit(1);
  for (uint64_t i = 0; i < live; i++) g->v[0] = (uint64_t)(uintptr_t)node(s, g->v[0]);
  return s;
}

/* The pauses of n garbage allocations with `live` objects kept: every allocation is timed (thread
 * CPU), and those during which the collector ran (a step or a full collection, seen in the
 * stats) are pauses. Prints the longest, the 99th percentile, their count and sum (the GC's
 * total CPU, allocation of those objects included), and the loop's CPU per object. */
static void pauses(const char *what, uint64_t live, uint64_t n, uint32_t step_work) {
  hearth_store *s = live_store(live, step_work);
  h_gc_collect(s, NULL); /* a clean start: the building's garbage and pending cycle gone */
  h_gc_stats a, b;
  h_gc_stats_get(s, &a);
  size_t cap = 1 << 20, np = 0;
  double *p = malloc(cap * sizeof *p);
  if (!p) exit(1);
  uint64_t total = 0, loop0 = cpu_ns(), wall0 = h_mono_ns();
  uint64_t prev = a.steps + a.full_collections, kmax[3] = {0, 0, 0};
  for (uint64_t i = 0; i < n; i++) {
    int ph = h_gc_phase(s); /* the kind of step: 0 a cycle's start, 1 marking, 2 sweeping */
    uint64_t t0 = cpu_ns();
    node(s, 0);
    uint64_t dt = cpu_ns() - t0;
    h_gc_stats_get(s, &b);
    if (b.steps + b.full_collections != prev) {
      prev = b.steps + b.full_collections;
      total += dt;
      if (dt > kmax[ph]) kmax[ph] = dt;
      if (np < cap) p[np++] = (double)dt;
    }
  }
  uint64_t loop = cpu_ns() - loop0, wall = h_mono_ns() - wall0;
  qsort(p, np, sizeof *p, cmp_d);
  printf("gc_bench: %s, %llu live, %llu garbage allocations: %llu cycles in %zu pauses; longest "
         "%.3f ms, 99th percentile %.3f ms (thread CPU; wall, the stats: longest %.3f ms); GC "
         "CPU total %.1f ms (%.1f ns per allocation); loop %.1f ns CPU per allocation (timing "
         "included), wall %.1f s; longest by kind: start %.3f ms, mark %.3f ms, sweep %.3f ms\n",
         what, (unsigned long long)live, (unsigned long long)n,
         (unsigned long long)(b.collections - a.collections), np, np ? p[np - 1] / 1e6 : 0.0,
         np ? p[np * 99 / 100] / 1e6 : 0.0, (double)b.pause_ns_max / 1e6, (double)total / 1e6,
         (double)total / (double)n, (double)loop / (double)n, (double)wall / 1e9,
         (double)kmax[0] / 1e6, (double)kmax[1] / 1e6, (double)kmax[2] / 1e6);
  free(p);
  hearth_store_delete(s);
}

/* The heap's growth: `live` nodes allocated from an empty store into a chain from a global
 * (incremental cycles), each allocation timed (thread CPU). The longest allocation overall and the
 * longest one during which no collector step ran: the latter is the cost of growing the heap's
 * own tables (before the tables grew in blocks, the object array's and the address set's doubling
 * copied every entry inside one allocation). */
static void growth(uint64_t live) {
  hearth_store *s = store();
  hearth_val init = {.type = HEARTH_EXTERNREF, .of.externref = NULL};
  hearth_global *g;
  if (hearth_global_new(s, &init, true, &g) != HEARTH_OK) exit(1);
  double *p = malloc(live * sizeof *p);
  if (!p) exit(1);
  uint64_t maxall = 0, maxgrow = 0, prev = 0, loop0 = cpu_ns();
  h_gc_stats st;
  for (uint64_t i = 0; i < live; i++) {
    uint64_t t0 = cpu_ns();
    g->v[0] = (uint64_t)(uintptr_t)node(s, g->v[0]);
    uint64_t dt = cpu_ns() - t0;
    h_gc_stats_get(s, &st);
    uint64_t k = st.steps + st.full_collections;
    if (dt > maxall) maxall = dt;
    if (k == prev && dt > maxgrow) {
      maxgrow = dt;
      if (getenv("GC_BENCH_WHERE")) fprintf(stderr, "growth: %.3f ms at allocation %llu\n", dt / 1e6, (unsigned long long)i);
    }
    prev = k;
    p[i] = (double)dt;
  }
  uint64_t loop = cpu_ns() - loop0;
  qsort(p, live, sizeof *p, cmp_d);
  printf("gc_bench: growth to %llu live objects from empty: longest allocation %.3f ms, longest "
         "without a collector step (the heap's tables growing) %.3f ms, 99.99th percentile "
         "%.3f ms (thread CPU); %.1f ns CPU per allocation\n",
         (unsigned long long)live, (double)maxall / 1e6, (double)maxgrow / 1e6,
         p[live - live / 10000 - 1] / 1e6, (double)loop / (double)live);
  free(p);
  hearth_store_delete(s);
}

/* ns per allocated object: n garbage structs, `live` of them kept in a chain from a global (so
 * each collection marks that many). */
static double alloc_ns(uint64_t n, uint64_t live, h_gc_stats *st) {
  hearth_store *s = store();
  hearth_val init = {.type = HEARTH_EXTERNREF, .of.externref = NULL};
  hearth_global *g;
  if (hearth_global_new(s, &init, true, &g) != HEARTH_OK) exit(1);
  for (uint64_t i = 0; i < live; i++) g->v[0] = (uint64_t)(uintptr_t)node(s, g->v[0]);
  double t = bench_mono_us();
  for (uint64_t i = 0; i < n; i++) node(s, 0);
  t = bench_mono_us() - t;
  h_gc_stats_get(s, st);
  hearth_store_delete(s);
  return t * 1000.0 / (double)n;
}

static hearth_status nop_fn(hearth_caller *c, void *u, const hearth_val *a, hearth_val *r) {
  (void)c, (void)u, (void)a, (void)r;
  return HEARTH_OK;
}

/* Full collections (thread CPU, median of 9) of a store with 100,000 live objects, without and
 * with a funcref table of n entries (1,024 distinct host functions, allocated among the objects,
 * so that their addresses fall in the heap's address range): what scanning a table that cannot
 * hold objects costs a collection. */
static void roots(uint32_t n) {
  for (int with = 0; with <= 1; with++) {
    hearth_store *s = live_store(100000, 0);
    hearth_table *t;
    if (hearth_table_new(s, HEARTH_FUNCREF, 0, UINT32_MAX, &t) != HEARTH_OK) exit(1);
    if (with) {
      hearth_func *fs[1024];
      for (int i = 0; i < 1024; i++) {
        if (hearth_func_new(s, NULL, 0, NULL, 0, nop_fn, NULL, &fs[i]) != HEARTH_OK) exit(1);
        node(s, 0); /* garbage between them: functions and objects interleave in memory */
      }
      hearth_val v = {.type = HEARTH_FUNCREF, .of.funcref = fs[0]};
      if (hearth_table_grow(t, n, &v, NULL) != HEARTH_OK) exit(1);
      for (uint32_t i = 0; i < n; i++) {
        v.of.funcref = fs[i % 1024];
        if (hearth_table_set(t, i, &v) != HEARTH_OK) exit(1);
      }
    }
    enum { R = 9 };
    double r[R];
    for (int i = 0; i < R; i++) {
      uint64_t t0 = cpu_ns();
      h_gc_collect(s, NULL);
      r[i] = (double)(cpu_ns() - t0);
    }
    qsort(r, R, sizeof r[0], cmp_d);
    printf("gc_bench: full collection, 100,000 live objects, funcref table of %u entries: %.2f ms "
           "(thread CPU, median of %d)\n", with ? n : 0, r[R / 2] / 1e6, R);
    hearth_store_delete(s);
  }
}

int main(int argc, char **argv) {
  if (hearth_engine_new(NULL, &engine) != HEARTH_OK) return 1;
  if (argc >= 3 && strcmp(argv[1], "alloc") == 0) {
    uint64_t n = strtoull(argv[2], NULL, 10);
    uint64_t live = argc >= 4 ? strtoull(argv[3], NULL, 10) : 0;
    hearth_store *s = live_store(live, argc >= 5 && atoi(argv[4]) ? 0 : H_GC_STEP_WORK);
    node(s, 0); /* the heap's first allocation (its tables) outside the count */
    h_gc_collect(s, NULL);
    CALLGRIND_START_INSTRUMENTATION;
    for (uint64_t i = 0; i < n; i++) node(s, 0);
    CALLGRIND_STOP_INSTRUMENTATION;
    hearth_store_delete(s);
    hearth_engine_delete(engine);
    return 0;
  }
  bench_machine m = bench_machine_measure();
  bench_machine_print("gc_bench", &m);
  printf("gc_bench: knobs: H_GC_GROWTH_PCT %u, H_GC_MIN_BYTES %u, H_GC_STEP_WORK %u, "
         "H_GC_STEP_BYTES %u, object = %zu-byte header + 16 bytes of data + %u counted "
         "overhead\n",
         H_GC_GROWTH_PCT, (unsigned)H_GC_MIN_BYTES, H_GC_STEP_WORK, H_GC_STEP_BYTES,
         sizeof(h_gcobj), H_GC_OBJ_OVERHEAD);
  if (argc >= 2 && strcmp(argv[1], "growth") == 0) {
    /* twice: the second heap grows in memory the first one freed (what malloc recycles, and
     * calloc then zeroes). glibc merges the first heap's millions of freed small chunks at the
     * next large malloc, whoever makes it (~100 ms for 4,000,000): malloc_trim does that outside
     * the timed allocations, as it would happen at any other large malloc of the program. */
    growth(argc >= 3 ? strtoull(argv[2], NULL, 10) : 4000000);
    malloc_trim(0);
    growth(argc >= 3 ? strtoull(argv[2], NULL, 10) : 4000000);
    hearth_engine_delete(engine);
    return 0;
  }
  if (argc >= 2 && strcmp(argv[1], "roots") == 0) {
    roots(argc >= 3 ? (uint32_t)strtoul(argv[2], NULL, 10) : 1000000);
    hearth_engine_delete(engine);
    return 0;
  }
  if (argc >= 2 && strcmp(argv[1], "pauses") == 0) {
    uint64_t n = argc >= 3 ? strtoull(argv[2], NULL, 10) : 5000000;
    pauses("incremental", 1000000, n, H_GC_STEP_WORK);
    pauses("stop-the-world", 1000000, n, 0);
    hearth_engine_delete(engine);
    return 0;
  }
  pauses("incremental", 1000000, 3000000, H_GC_STEP_WORK);
  pauses("stop-the-world", 1000000, 3000000, 0);
  growth(4000000);

  enum { ROUNDS = 5 };
  static const uint64_t lives[] = {0, 100000, 1000000};
  for (size_t k = 0; k < sizeof lives / sizeof lives[0]; k++) {
    double r[ROUNDS];
    h_gc_stats st = {0};
    for (int i = 0; i < ROUNDS; i++) r[i] = alloc_ns(5000000, lives[k], &st);
    qsort(r, ROUNDS, sizeof r[0], cmp_d);
    printf("gc_bench: allocation + collection, 5,000,000 garbage structs with %llu live: %.1f ns "
           "per object (median of %d; %llu collections, longest pause %.2f ms)\n",
           (unsigned long long)lives[k], r[ROUNDS / 2], ROUNDS,
           (unsigned long long)st.collections, (double)st.pause_ns_max / 1e6);
  }

  /* Pause of a full collection with 1,000,000 live objects (a chain: the worst case for a
   * recursive marker, a plain loop for this one). */
  {
    hearth_store *s = store();
    hearth_val init = {.type = HEARTH_EXTERNREF, .of.externref = NULL};
    hearth_global *g;
    if (hearth_global_new(s, &init, true, &g) != HEARTH_OK) return 1;
    for (int i = 0; i < 1000000; i++) g->v[0] = (uint64_t)(uintptr_t)node(s, g->v[0]);
    double r[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      double t = bench_mono_us();
      h_gc_collect(s, NULL);
      r[i] = bench_mono_us() - t;
    }
    qsort(r, ROUNDS, sizeof r[0], cmp_d);
    h_gc_stats st;
    h_gc_stats_get(s, &st);
    printf("gc_bench: full collection, 1,000,000 live objects (%.1f MiB counted): %.2f ms median, "
           "%.2f ms min (%.1f ns per live object)\n",
           (double)st.bytes / (1 << 20), r[ROUNDS / 2] / 1e3, r[0] / 1e3,
           r[ROUNDS / 2] * 1000.0 / 1e6);
    /* Freeing them all: the sweep. */
    g->v[0] = 0;
    double t = bench_mono_us();
    h_gc_collect(s, NULL);
    t = bench_mono_us() - t;
    printf("gc_bench: collection that frees 1,000,000 objects: %.2f ms (%.1f ns per object)\n",
           t / 1e3, t * 1000.0 / 1e6);
    hearth_store_delete(s);
  }
  hearth_engine_delete(engine);
  return 0;
}
