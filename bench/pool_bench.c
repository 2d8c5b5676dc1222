/* pool_bench.c: the pool's cost targets: warm reset call, reset after dirtying, template
 * instantiation, and flat RSS over long runs; prints each figure with PASS/FAIL.
 *
 * Run from the repository root: `pool_bench [--quick]` (--quick: 10x fewer soak calls).
 * Exit status 0 when every target passes. Build: cc -O2 -Iinclude bench/pool_bench.c
 * build/libhearth.a -pthread -lm. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hearth.h"
#include "machine.h"

static int g_failures;
static bench_machine g_machine;

static uint64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

static long status_kib(const char *key) {
  FILE *f = fopen("/proc/self/status", "r");
  if (!f) return -1;
  char line[256];
  long v = -1;
  size_t kl = strlen(key);
  while (fgets(line, sizeof line, f))
    if (strncmp(line, key, kl) == 0 && line[kl] == ':') v = strtol(line + kl + 1, NULL, 10);
  fclose(f);
  return v;
}

static void die(const char *what, hearth_status s) {
  fprintf(stderr, "pool_bench: %s: %s: %s\n", what, hearth_status_str(s), hearth_errmsg());
  exit(2);
}

static uint8_t *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "pool_bench: cannot open %s (run from the repository root)\n", path);
    exit(2);
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  uint8_t *b = malloc(n > 0 ? (size_t)n : 1);
  if (!b || n < 0 || fread(b, 1, (size_t)n, f) != (size_t)n) exit(2);
  fclose(f);
  *len = (size_t)n;
  return b;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

static double median_us(uint64_t *v, size_t n) {
  qsort(v, n, sizeof *v, cmp_u64);
  return (double)v[n / 2] / 1000.0;
}

static void report(const char *what, double value, const char *unit, double target, bool less) {
  bool pass = less ? value < target : value <= target;
  if (!pass) g_failures++;
  printf("%-72s %9.2f %-4s (target %s %g %s)  %s\n", what, value, unit, less ? "<" : "<=", target,
         unit, pass ? "PASS" : "FAIL");
}

/* An engine, module and template from bytes (WASI defined with a NULL context). */
typedef struct kit {
  hearth_engine *engine;
  hearth_module *module;
  hearth_linker *linker;
  hearth_template *tmpl;
} kit;

static void kit_open(kit *k, const uint8_t *bytes, size_t len) {
  hearth_status s;
  memset(k, 0, sizeof *k);
  if ((s = hearth_engine_new(NULL, &k->engine))) die("engine", s);
  if ((s = hearth_module_new(k->engine, bytes, len, &k->module))) die("module", s);
  if ((s = hearth_linker_new(k->engine, &k->linker))) die("linker", s);
  if ((s = hearth_wasi_define(k->linker, NULL))) die("wasi", s);
  if ((s = hearth_template_new(k->engine, k->module, k->linker, NULL, &k->tmpl))) die("template", s);
}

static void kit_file(kit *k, const char *path) {
  size_t len;
  uint8_t *b = slurp(path, &len);
  kit_open(k, b, len);
  free(b);
}

static void kit_close(kit *k) {
  hearth_template_delete(k->tmpl);
  hearth_linker_delete(k->linker);
  hearth_module_delete(k->module);
  hearth_engine_delete(k->engine);
}

static hearth_pool *pool_of(kit *k, hearth_pool_policy policy) {
  hearth_pool_config c;
  memset(&c, 0, sizeof c);
  c.policy = policy;
  c.max_instances = 1;
  hearth_pool *p;
  hearth_status s = hearth_pool_new(k->tmpl, &c, &p);
  if (s) die("pool", s);
  return p;
}

/* 1. A warm pool call with reset of a no-op export: median over batches of 1000 calls. */
static void bench_noop(void) {
  kit k;
  kit_file(&k, "guests/pool/basic.wasm");
  hearth_pool *p = pool_of(&k, HEARTH_POLICY_RESET);
  enum { BATCH = 1000, ROUNDS = 51 };
  uint64_t t[ROUNDS];
  for (int r = 0; r < ROUNDS; r++) {
    uint64_t t0 = now_ns();
    for (int i = 0; i < BATCH; i++) {
      hearth_status s = hearth_pool_call(p, "noop", NULL, 0, NULL, 0, NULL);
      if (s) die("noop", s);
    }
    t[r] = (now_ns() - t0) / BATCH;
  }
  report("warm pool call + reset, no-op export (median)", median_us(t, ROUNDS), "us", 2, true);
  hearth_pool_delete(p);
  kit_close(&k);
}

/* 2. hearth_instance_reset after a call that dirtied 64 KiB. */
static void bench_reset_dirty(void) {
  kit k;
  kit_file(&k, "guests/pool/basic.wasm");
  hearth_store *store;
  hearth_instance *inst;
  hearth_status s;
  if ((s = hearth_store_new(k.engine, &store))) die("store", s);
  if ((s = hearth_template_instantiate(k.tmpl, store, &inst))) die("instantiate", s);
  hearth_extern ex;
  if ((s = hearth_instance_export(inst, "dirty64k", &ex))) die("export", s);
  enum { N = 2001 };
  static uint64_t t[N];
  for (int i = 0; i < N; i++) {
    hearth_val a;
    a.type = HEARTH_I32;
    a.of.i32 = 1 + i % 200;
    if ((s = hearth_func_call(ex.of.func, &a, 1, NULL, 0))) die("dirty64k", s);
    uint64_t t0 = now_ns();
    if ((s = hearth_instance_reset(inst))) die("reset", s);
    t[i] = now_ns() - t0;
  }
  report("reset after a 64 KiB-dirtying call (median)", median_us(t, N), "us", 10, true);
  hearth_store_delete(store);
  kit_close(&k);
}

static size_t put_leb(uint8_t *p, uint32_t v) {
  size_t n = 0;
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    p[n++] = (uint8_t)(b | (v ? 0x80 : 0));
  } while (v);
  return n;
}

/* A module with a 17-page memory and one active 1 MiB data segment of non-zero bytes. */
static uint8_t *module_1mib(size_t *len) {
  const uint32_t data = 1u << 20;
  uint8_t *m = malloc(data + 64);
  if (!m) exit(2);
  size_t n = 0;
  static const uint8_t head[] = {0, 'a', 's', 'm', 1, 0, 0, 0, 5, 3, 1, 0, 17};
  memcpy(m, head, sizeof head);
  n = sizeof head;
  uint8_t seg[16];
  size_t sn = 0;
  seg[sn++] = 1;    /* one segment */
  seg[sn++] = 0;    /* active, memory 0 */
  seg[sn++] = 0x41; /* i32.const 0 */
  seg[sn++] = 0;
  seg[sn++] = 0x0b;
  sn += put_leb(seg + sn, data);
  m[n++] = 11;
  n += put_leb(m + n, (uint32_t)(sn + data));
  memcpy(m + n, seg, sn);
  n += sn;
  for (uint32_t i = 0; i < data; i++) m[n + i] = (uint8_t)(1 + i * 7 % 251);
  *len = n + data;
  return m;
}

/* 3. hearth_template_instantiate of the 1 MiB-data module (store creation not included). */
static void bench_instantiate(void) {
  size_t len;
  uint8_t *bytes = module_1mib(&len);
  kit k;
  kit_open(&k, bytes, len);
  free(bytes);
  enum { N = 501 };
  static uint64_t t[N], total[N];
  for (int i = 0; i < N; i++) {
    hearth_store *store;
    hearth_instance *inst;
    hearth_status s;
    uint64_t t0 = now_ns();
    if ((s = hearth_store_new(k.engine, &store))) die("store", s);
    uint64_t t1 = now_ns();
    if ((s = hearth_template_instantiate(k.tmpl, store, &inst))) die("instantiate", s);
    uint64_t t2 = now_ns();
    hearth_store_delete(store);
    t[i] = t2 - t1;
    total[i] = now_ns() - t0;
  }
  report("template instantiation, module with 1 MiB data (median)", median_us(t, N), "us", 50,
         true);
  printf("%-72s %9.2f us   (store new + instantiate + delete, for reference)\n",
         "  the same with store creation and deletion", median_us(total, N));
  kit_close(&k);
}

/* 4. Bytes-ABI calls through the pool (what `hearth soak --invoke` does) of dirty.wasm's exports:
 * the median of batches, and the minor page faults per call once warm (the machine-independent
 * figure: each fault would cost g_machine.fault_us). */
static void bench_bytes(const char *export_name, const char *what, double target_us) {
  kit k;
  kit_file(&k, "guests/pool/dirty.wasm");
  hearth_pool *p = pool_of(&k, HEARTH_POLICY_RESET);
  static const uint8_t in[] = "hello";
  enum { BATCH = 1000, ROUNDS = 21 };
  uint64_t t[ROUNDS];
  long f0 = 0;
  for (int r = 0; r < ROUNDS; r++) {
    if (r == 1) f0 = bench_minor_faults();
    uint64_t t0 = now_ns();
    for (int i = 0; i < BATCH; i++) {
      uint8_t *out;
      size_t out_len;
      hearth_status s = hearth_pool_call_bytes(p, export_name, in, sizeof in - 1, &out, &out_len, NULL);
      if (s) die(export_name, s);
      hearth_free(out);
    }
    t[r] = (now_ns() - t0) / BATCH;
  }
  double faults = (double)(bench_minor_faults() - f0) / ((ROUNDS - 1) * BATCH);
  char label[160];
  snprintf(label, sizeof label, "pool bytes call + reset, %s (median)", what);
  report(label, median_us(t, ROUNDS), "us", target_us, false);
  printf("  %.3f page faults per call once warm (at %.2f us each on this machine)\n", faults,
         g_machine.fault_us);
  hearth_pool_delete(p);
  kit_close(&k);
}

/* 5./6. Long runs: RSS at the end against RSS after the first 1000 calls. */
static void bench_rss(const char *what, const char *path, const char *export_name, long calls) {
  kit k;
  kit_file(&k, path);
  hearth_pool *p = pool_of(&k, HEARTH_POLICY_RESET);
  size_t in_len;
  uint8_t *in = slurp("guests/md2html/samples/basics.md", &in_len);
  const char *argv[] = {path};
  long rss_1k = 0, faults_1k = 0;
  uint64_t t0 = now_ns();
  for (long i = 0; i < calls; i++) {
    hearth_status s;
    if (export_name) {
      uint8_t *out;
      size_t out_len;
      s = hearth_pool_call_bytes(p, export_name, in, in_len, &out, &out_len, NULL);
      if (s == HEARTH_OK) hearth_free(out);
    } else {
      hearth_command_io io = {1, argv, 0, NULL, in, in_len, 0};
      hearth_command_result res;
      s = hearth_pool_run_command(p, &io, &res);
      if (s == HEARTH_OK && res.exit_code != 0) s = HEARTH_ERR_EXIT;
      hearth_free(res.out);
      hearth_free(res.err);
    }
    if (s) die(what, s);
    if (i + 1 == 1000) {
      rss_1k = status_kib("VmRSS");
      faults_1k = bench_minor_faults();
    }
  }
  double secs = (double)(now_ns() - t0) / 1e9;
  long rss_end = status_kib("VmRSS");
  double faults = calls > 1000 ? (double)(bench_minor_faults() - faults_1k) / (double)(calls - 1000) : 0;
  hearth_pool_stats st = {.size = sizeof st};
  hearth_pool_stats_get(p, &st);
  char label[160];
  snprintf(label, sizeof label, "%s, %ld calls: RSS end - RSS at 1000", what, calls);
  report(label, (double)(rss_end - rss_1k), "KiB", 2048, true);
  printf("  rss after 1000 calls %ld KiB, at end %ld KiB, peak %ld KiB; linear peak %llu KiB; "
         "%.0f calls/s, p50 %.1f us, p99 %.1f us; %.3f page faults per call after 1000\n",
         rss_1k, rss_end, status_kib("VmHWM"), (unsigned long long)st.linear_bytes_peak / 1024,
         (double)calls / secs, st.latency_p50_us, st.latency_p99_us, faults);
  free(in);
  hearth_pool_delete(p);
  kit_close(&k);
}

int main(int argc, char **argv) {
  bool quick = argc > 1 && strcmp(argv[1], "--quick") == 0;
  printf("pool_bench%s\n", quick ? " (quick)" : "");
  g_machine = bench_machine_measure();
  bench_machine_print("pool_bench", &g_machine);
  bench_noop();
  bench_reset_dirty();
  bench_instantiate();
  bench_bytes("noop", "no-op export, 5-byte input", 2);
  bench_bytes("dirty64k", "16 pages (64 KiB) dirtied", 10);
  bench_bytes("dirty1m", "256 pages (1 MiB) dirtied", 100);
  bench_rss("leaky.wasm convert (64 KiB leak/call), reset", "guests/pool/leaky.wasm", "convert",
            quick ? 10000 : 100000);
  bench_rss("md2html.wasm WASI command, reset", "guests/md2html/md2html.wasm", NULL,
            quick ? 2000 : 10000);
  printf("pool_bench: %s (%d target%s missed)\n", g_failures ? "FAIL" : "PASS", g_failures,
         g_failures == 1 ? "" : "s");
  return g_failures ? 1 : 0;
}
