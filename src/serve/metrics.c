/* metrics.c: `hearth serve`'s per-route request counters and latency histogram, and /metrics: those,
 * the pools' statistics (hearth_pool_stats_get) and the process's memory in the Prometheus text
 * exposition format (version 0.0.4). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "serve.h"

static const double h_serve_bounds[H_SERVE_NBUCKETS] = {
#define H_SERVE_BOUND(x) x,
    H_SERVE_LATENCY_BUCKETS(H_SERVE_BOUND)
#undef H_SERVE_BOUND
};

h_serve_metrics *h_serve_metrics_new(void) {
  h_serve_metrics *m = calloc(1, sizeof *m);
  if (m) atomic_init(&m->refs, 1);
  return m;
}

h_serve_metrics *h_serve_metrics_ref(h_serve_metrics *m) {
  atomic_fetch_add_explicit(&m->refs, 1, memory_order_relaxed);
  return m;
}

void h_serve_metrics_unref(h_serve_metrics *m) {
  if (m && atomic_fetch_sub_explicit(&m->refs, 1, memory_order_acq_rel) == 1) free(m);
}

void h_serve_metrics_observe(h_serve_metrics *m, unsigned status, uint64_t latency_us) {
  unsigned cls = status / 100;
  if (cls >= 1 && cls <= 5) atomic_fetch_add_explicit(&m->by_class[cls], 1, memory_order_relaxed);
  double s = (double)latency_us / 1e6;
  size_t b = 0;
  while (b < H_SERVE_NBUCKETS && s > h_serve_bounds[b]) b++;
  atomic_fetch_add_explicit(&m->buckets[b], 1, memory_order_relaxed);
  atomic_fetch_add_explicit(&m->latency_sum_us, latency_us, memory_order_relaxed);
}

/* A label value with '\', '"' and newlines escaped, as the text format asks. */
static void h_serve_label(FILE *f, const char *s) {
  for (; *s; s++) {
    if (*s == '\\') fputs("\\\\", f);
    else if (*s == '"') fputs("\\\"", f);
    else if (*s == '\n') fputs("\\n", f);
    else fputc(*s, f);
  }
}

static void h_serve_head(FILE *f, const char *name, const char *type, const char *help) {
  fprintf(f, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* One sample per route: NAME{route="R"[,EXTRA]} VALUE. */
static void h_serve_sample(FILE *f, const char *name, const char *route, const char *extra,
                           double v) {
  fprintf(f, "%s{route=\"", name);
  h_serve_label(f, route);
  fprintf(f, "\"%s%s} %.17g\n", extra ? "," : "", extra ? extra : "", v);
}

static long h_serve_rss_bytes(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  long pages = 0, rss = 0;
  if (!f) return 0;
  if (fscanf(f, "%ld %ld", &pages, &rss) != 2) rss = 0;
  fclose(f);
  return rss * sysconf(_SC_PAGESIZE);
}

/* The pool statistic families: name, type, help, value from a hearth_pool_stats *s. */
#define H_SERVE_POOL_FAMILIES(X)                                                               \
  X(hearth_serve_pool_instances, gauge, "Instances that exist (busy or idle).",                 \
    s->instances_live)                                                                          \
  X(hearth_serve_pool_instances_idle, gauge, "Idle instances.", s->instances_idle)             \
  X(hearth_serve_pool_instances_busy, gauge, "Instances serving a request.",                    \
    s->instances_live - s->instances_idle)                                                      \
  X(hearth_serve_pool_calls_total, counter, "Calls into the pool.", s->calls)                  \
  X(hearth_serve_pool_instantiations_total, counter, "Instances made from the template.",      \
    s->instantiations)                                                                          \
  X(hearth_serve_pool_resets_total, counter, "Instances reset to the snapshot.", s->resets)    \
  X(hearth_serve_pool_discards_total, counter, "Instances discarded after a failure.",         \
    s->discards)                                                                                \
  X(hearth_serve_pool_queue_full_total, counter, "Calls refused by a full queue.",             \
    s->queue_full)                                                                              \
  X(hearth_serve_pool_swaps_total, counter, "New modules swapped into the pool by reloads.",     \
    s->swaps)                                                                                   \
  X(hearth_serve_pool_linear_memory_bytes, gauge, "Linear memory of all instances.",           \
    s->linear_bytes_current)                                                                    \
  X(hearth_serve_pool_linear_memory_peak_bytes, gauge, "Peak linear memory of one instance.",  \
    s->linear_bytes_peak)

bool h_serve_metrics_text(const h_serve_metrics_route *routes, size_t n,
                          const h_serve_metrics_server *srv, char **out, size_t *len) {
  char *buf = NULL;
  size_t size = 0;
  FILE *f = open_memstream(&buf, &size);
  if (!f) return false;
  static const char *const classes[6] = {"", "1xx", "2xx", "3xx", "4xx", "5xx"};

  h_serve_head(f, "hearth_serve_requests_total", "counter",
               "Requests answered, by route and status class.");
  for (size_t i = 0; i < n; i++)
    for (int c = 1; c <= 5; c++) {
      char extra[32];
      snprintf(extra, sizeof extra, "class=\"%s\"", classes[c]);
      h_serve_sample(f, "hearth_serve_requests_total", routes[i].route, extra,
                     (double)atomic_load_explicit(&routes[i].m->by_class[c], memory_order_relaxed));
    }
  for (int c = 1; c <= 5; c++)
    fprintf(f, "hearth_serve_requests_total{route=\"\",class=\"%s\"} %llu\n", classes[c],
            (unsigned long long)srv->requests_unrouted[c]);

  h_serve_head(f, "hearth_serve_request_duration_seconds", "histogram",
               "Time from the request's headers to its response sent.");
  for (size_t i = 0; i < n; i++) {
    const h_serve_metrics *m = routes[i].m;
    uint64_t cum = 0;
    for (size_t b = 0; b <= H_SERVE_NBUCKETS; b++) {
      cum += atomic_load_explicit(&m->buckets[b], memory_order_relaxed);
      char extra[48];
      if (b < H_SERVE_NBUCKETS) snprintf(extra, sizeof extra, "le=\"%g\"", h_serve_bounds[b]);
      else snprintf(extra, sizeof extra, "le=\"+Inf\"");
      h_serve_sample(f, "hearth_serve_request_duration_seconds_bucket", routes[i].route, extra,
                     (double)cum);
    }
    h_serve_sample(f, "hearth_serve_request_duration_seconds_sum", routes[i].route, NULL,
                   (double)atomic_load_explicit(&m->latency_sum_us, memory_order_relaxed) / 1e6);
    h_serve_sample(f, "hearth_serve_request_duration_seconds_count", routes[i].route, NULL,
                   (double)cum);
  }

#define H_SERVE_FAMILY(name, type, help, value)                                                \
  h_serve_head(f, #name, #type, help);                                                        \
  for (size_t i = 0; i < n; i++) {                                                            \
    const hearth_pool_stats *s = routes[i].pool;                                              \
    h_serve_sample(f, #name, routes[i].route, NULL, (double)(value));                         \
  }
  H_SERVE_POOL_FAMILIES(H_SERVE_FAMILY)
#undef H_SERVE_FAMILY

  h_serve_head(f, "hearth_serve_pool_max_instances", "gauge", "The pool's instance bound.");
  for (size_t i = 0; i < n; i++)
    h_serve_sample(f, "hearth_serve_pool_max_instances", routes[i].route, NULL,
                   (double)routes[i].max_instances);
  /* The pool does not publish its queue; requests inside a pool call beyond its busy instances
   * are waiting in it (a sampled estimate). */
  h_serve_head(f, "hearth_serve_pool_queue_depth", "gauge",
               "Requests waiting for an instance (estimate).");
  for (size_t i = 0; i < n; i++) {
    uint64_t in = atomic_load_explicit(&routes[i].m->in_pool, memory_order_relaxed);
    uint64_t busy = routes[i].pool->instances_live - routes[i].pool->instances_idle;
    h_serve_sample(f, "hearth_serve_pool_queue_depth", routes[i].route, NULL,
                   (double)(in > busy ? in - busy : 0));
  }
  h_serve_head(f, "hearth_serve_pool_recycles_total", "counter",
               "Reused instances recycled, by trigger.");
  for (size_t i = 0; i < n; i++) {
    const hearth_pool_stats *s = routes[i].pool;
    h_serve_sample(f, "hearth_serve_pool_recycles_total", routes[i].route, "reason=\"calls\"",
                   (double)s->recycles_calls);
    h_serve_sample(f, "hearth_serve_pool_recycles_total", routes[i].route, "reason=\"memory\"",
                   (double)s->recycles_memory);
    h_serve_sample(f, "hearth_serve_pool_recycles_total", routes[i].route, "reason=\"age\"",
                   (double)s->recycles_age);
  }
  h_serve_head(f, "hearth_serve_pool_failures_total", "counter", "Failed calls, by kind.");
  for (size_t i = 0; i < n; i++) {
    const hearth_pool_stats *s = routes[i].pool;
    const struct { const char *k; uint64_t v; } kinds[] = {
        {"kind=\"trap\"", s->failed_trap},       {"kind=\"deadline\"", s->failed_deadline},
        {"kind=\"fuel\"", s->failed_fuel},       {"kind=\"memory\"", s->failed_memory},
        {"kind=\"other\"", s->failed_other}};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
      h_serve_sample(f, "hearth_serve_pool_failures_total", routes[i].route, kinds[k].k,
                     (double)kinds[k].v);
  }
  h_serve_head(f, "hearth_serve_route_rebuilds_total", "counter",
               "Reloads that changed the route (a new pool, or a new module or settings on its pool).");
  for (size_t i = 0; i < n; i++)
    h_serve_sample(f, "hearth_serve_route_rebuilds_total", routes[i].route, NULL,
                   (double)atomic_load_explicit(&routes[i].m->rebuilds, memory_order_relaxed));

  h_serve_head(f, "hearth_serve_in_flight_requests", "gauge", "Requests being served.");
  fprintf(f, "hearth_serve_in_flight_requests %llu\n", (unsigned long long)srv->in_flight);
  h_serve_head(f, "hearth_serve_reloads_total", "counter", "SIGHUP reloads, by result.");
  fprintf(f, "hearth_serve_reloads_total{result=\"ok\"} %llu\n",
          (unsigned long long)srv->reloads_ok);
  fprintf(f, "hearth_serve_reloads_total{result=\"failed\"} %llu\n",
          (unsigned long long)srv->reloads_failed);
  h_serve_head(f, "hearth_serve_ready", "gauge", "1 when /readyz answers 200.");
  fprintf(f, "hearth_serve_ready %d\n", srv->ready ? 1 : 0);
  h_serve_head(f, "hearth_alloc_bytes", "gauge", "Bytes allocated by the hearth runtime.");
  fprintf(f, "hearth_alloc_bytes %zu\n", hearth_alloc_current());
  h_serve_head(f, "process_resident_memory_bytes", "gauge", "Resident set size.");
  fprintf(f, "process_resident_memory_bytes %ld\n", h_serve_rss_bytes());
  if (fclose(f) != 0) {
    free(buf);
    return false;
  }
  *out = buf;
  *len = size;
  return true;
}
