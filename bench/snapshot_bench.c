/* snapshot_bench.c: medians of template instantiation and copy-on-write reset (no test harness).
 * Build: cc -O2 -Iinclude bench/snapshot_bench.c build/libhearth.a -lm -pthread
 * Run from anywhere; SNAP_BENCH_N=<samples> changes the sample count (default 2000). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hearth.h"
#include "machine.h"

/* (module
 *   (memory (export "memory") 32)          ;; 2 MiB; a 1 MiB data segment is appended at 0
 *   (func (export "nop"))
 *   (func (export "touch") (param $p i32) (param $n i32)   ;; writes one word per 4 KiB page
 *     (block (loop
 *       (br_if 1 (i32.le_s (local.get $n) (i32.const 0)))
 *       (i32.store (local.get $p) (local.get $n))
 *       (local.set $p (i32.add (local.get $p) (i32.const 4096)))
 *       (local.set $n (i32.sub (local.get $n) (i32.const 4096)))
 *       (br 0))))) */
static const unsigned char k_pre[] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x09, 0x02, 0x60, 0x00, 0x00, 0x60,
    0x02, 0x7f, 0x7f, 0x00, 0x03, 0x03, 0x02, 0x00, 0x01};
/* then the memory section (built: min pages), then: */
static const unsigned char k_post[] = {
    0x07, 0x18, 0x03, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x03, 0x6e, 0x6f, 0x70,
    0x00, 0x00, 0x05, 0x74, 0x6f, 0x75, 0x63, 0x68, 0x00, 0x01, 0x0a, 0x2d, 0x02, 0x02, 0x00,
    0x0b, 0x28, 0x00, 0x02, 0x40, 0x03, 0x40, 0x20, 0x01, 0x41, 0x00, 0x4c, 0x0d, 0x01, 0x20,
    0x00, 0x20, 0x01, 0x36, 0x02, 0x00, 0x20, 0x00, 0x41, 0x80, 0x20, 0x6a, 0x21, 0x00, 0x20,
    0x01, 0x41, 0x80, 0x20, 0x6b, 0x21, 0x01, 0x0c, 0x00, 0x0b, 0x0b, 0x0b};

#define DATA_BYTES (1u << 20)

static size_t leb(uint8_t *p, uint32_t v) {
  size_t n = 0;
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    p[n++] = (uint8_t)(b | (v ? 0x80 : 0));
  } while (v);
  return n;
}

/* The module above with `pages` of memory and a data section: one active segment of DATA_BYTES
 * non-zero bytes at 0. */
static uint8_t *build_module(uint32_t pages, size_t *len) {
  uint8_t *b = malloc(sizeof k_pre + sizeof k_post + DATA_BYTES + 64);
  if (!b) exit(1);
  size_t n = sizeof k_pre;
  memcpy(b, k_pre, n);
  uint8_t lim[8];
  size_t ln = leb(lim, pages);
  b[n++] = 5;
  b[n++] = (uint8_t)(2 + ln);
  b[n++] = 1;
  b[n++] = 0;
  memcpy(b + n, lim, ln);
  n += ln;
  memcpy(b + n, k_post, sizeof k_post);
  n += sizeof k_post;
  uint8_t seg[16];
  size_t sn = 0;
  seg[sn++] = 1;                     /* one segment */
  seg[sn++] = 0;                     /* active, memory 0 */
  seg[sn++] = 0x41;                  /* i32.const 0 */
  seg[sn++] = 0x00;
  seg[sn++] = 0x0b;                  /* end */
  sn += leb(seg + sn, DATA_BYTES);
  b[n++] = 11;
  n += leb(b + n, (uint32_t)(sn + DATA_BYTES));
  memcpy(b + n, seg, sn);
  n += sn;
  uint32_t x = 12345;
  for (uint32_t i = 0; i < DATA_BYTES; i++) {
    x = x * 1103515245u + 12345u;
    b[n + i] = (uint8_t)((x >> 16) | 1);
  }
  n += DATA_BYTES;
  *len = n;
  return b;
}

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

static void report(const char *what, uint64_t *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_u64);
  printf("%-52s median %8.2f us   p90 %8.2f us\n", what, v[n / 2] / 1000.0, v[n * 9 / 10] / 1000.0);
}

static void ok(hearth_status st, const char *what) {
  if (st == HEARTH_OK) return;
  fprintf(stderr, "%s: %s: %s\n", what, hearth_status_str(st), hearth_errmsg());
  exit(1);
}

static hearth_func *export_fn(hearth_instance *inst, const char *name) {
  hearth_extern x;
  ok(hearth_instance_export(inst, name, &x), name);
  return x.of.func;
}

static void touch(hearth_func *f, int32_t p, int32_t n) {
  hearth_val a[2] = {{.type = HEARTH_I32, .of.i32 = p}, {.type = HEARTH_I32, .of.i32 = n}};
  ok(hearth_func_call(f, a, 2, NULL, 0), "touch");
}

int main(void) {
  int n = 2000;
  const char *env = getenv("SNAP_BENCH_N");
  if (env && atoi(env) > 10) n = atoi(env);
  bench_machine mach = bench_machine_measure();
  bench_machine_print("snapshot_bench", &mach);
  uint64_t *v = malloc((size_t)n * sizeof *v), *w = malloc((size_t)n * sizeof *w);
  size_t len;
  uint8_t *bytes = build_module(32, &len);
  hearth_engine *e;
  hearth_module *m;
  hearth_template *t;
  ok(hearth_engine_new(NULL, &e), "engine");
  ok(hearth_module_new(e, bytes, len, &m), "module");
  uint64_t t0 = now_ns();
  ok(hearth_template_new(e, m, NULL, NULL, &t), "template");
  printf("template_new (1 MiB data segment, 2 MiB memory):  %8.2f us\n", (now_ns() - t0) / 1000.0);

  /* Instantiation: from the template vs the normal path (segments copied). */
  for (int i = 0; i < n; i++) {
    hearth_store *s;
    hearth_instance *inst;
    ok(hearth_store_new(e, &s), "store");
    t0 = now_ns();
    ok(hearth_template_instantiate(t, s, &inst), "instantiate");
    uint64_t t1 = now_ns();
    hearth_store_delete(s);
    v[i] = t1 - t0;
    w[i] = now_ns() - t1;
  }
  report("template_instantiate (1 MiB data)", v, n);
  report("store_delete after it", w, n);
  int nn = n / 4 > 10 ? n / 4 : n;
  for (int i = 0; i < nn; i++) {
    hearth_store *s;
    hearth_instance *inst;
    ok(hearth_store_new(e, &s), "store");
    t0 = now_ns();
    ok(hearth_instance_new(s, NULL, m, &inst), "instance_new");
    v[i] = now_ns() - t0;
    hearth_store_delete(s);
  }
  report("instance_new, normal path (for comparison)", v, nn);

  /* Warm calls with reset in one long-lived instance. */
  hearth_store *s;
  hearth_instance *inst;
  ok(hearth_store_new(e, &s), "store");
  ok(hearth_template_instantiate(t, s, &inst), "instantiate");
  hearth_func *nop = export_fn(inst, "nop"), *tf = export_fn(inst, "touch");
  for (int i = 0; i < n; i++) {
    t0 = now_ns();
    ok(hearth_func_call(nop, NULL, 0, NULL, 0), "nop");
    uint64_t t1 = now_ns();
    ok(hearth_instance_reset(inst), "reset");
    w[i] = now_ns() - t1;
    v[i] = now_ns() - t0;
  }
  report("call nop + reset", v, n);
  report("  reset alone", w, n);

  struct { const char *name; int32_t at, bytes; } cases[] = {
      {"64 KiB dirtied in the image (CoW)", 65536, 65536},
      {"64 KiB dirtied in zero pages past the image", DATA_BYTES + 65536, 65536},
      {"1 MiB dirtied (whole image)", 0, DATA_BYTES},
  };
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    int k = cases[c].bytes > 65536 ? (n / 4 > 10 ? n / 4 : n) : n;
    for (int i = 0; i < k; i++) {
      t0 = now_ns();
      touch(tf, cases[c].at, cases[c].bytes);
      uint64_t t1 = now_ns();
      ok(hearth_instance_reset(inst), "reset");
      w[i] = now_ns() - t1;
      v[i] = now_ns() - t0;
    }
    char buf[128];
    snprintf(buf, sizeof buf, "call + reset, %s", cases[c].name);
    report(buf, v, k);
    report("  reset alone", w, k);
  }

  /* Memory grown during the call: 64 pages (4 MiB) grown and one word written per page. */
  hearth_extern mx;
  ok(hearth_instance_export(inst, "memory", &mx), "memory");
  int k = n / 4 > 10 ? n / 4 : n;
  for (int i = 0; i < k; i++) {
    uint64_t old;
    ok(hearth_memory_grow(mx.of.memory, 64, &old), "grow");
    touch(tf, (int32_t)(old * 65536), 64 * 65536);
    t0 = now_ns();
    ok(hearth_instance_reset(inst), "reset");
    v[i] = now_ns() - t0;
  }
  report("reset after growing 4 MiB (1024 pages touched)", v, k);
  hearth_store_delete(s);
  hearth_template_delete(t);
  hearth_module_delete(m);
  free(bytes);

  /* The same with 1 GiB of memory (1 MiB of data): nothing may scale with the memory size. */
  bytes = build_module(16384, &len);
  ok(hearth_module_new(e, bytes, len, &m), "module");
  t0 = now_ns();
  ok(hearth_template_new(e, m, NULL, NULL, &t), "template");
  printf("template_new (1 MiB data segment, 1 GiB memory):  %8.2f us\n", (now_ns() - t0) / 1000.0);
  for (int i = 0; i < k; i++) {
    ok(hearth_store_new(e, &s), "store");
    t0 = now_ns();
    ok(hearth_template_instantiate(t, s, &inst), "instantiate");
    v[i] = now_ns() - t0;
    hearth_store_delete(s);
  }
  report("template_instantiate (1 GiB memory)", v, k);
  ok(hearth_store_new(e, &s), "store");
  ok(hearth_template_instantiate(t, s, &inst), "instantiate");
  nop = export_fn(inst, "nop");
  tf = export_fn(inst, "touch");
  for (int i = 0; i < n; i++) {
    t0 = now_ns();
    ok(hearth_func_call(nop, NULL, 0, NULL, 0), "nop");
    ok(hearth_instance_reset(inst), "reset");
    v[i] = now_ns() - t0;
  }
  report("call nop + reset (1 GiB memory)", v, n);
  for (int i = 0; i < n; i++) {
    touch(tf, 512 << 20, 65536);
    t0 = now_ns();
    ok(hearth_instance_reset(inst), "reset");
    v[i] = now_ns() - t0;
  }
  report("reset after 64 KiB dirtied (1 GiB memory)", v, n);
  hearth_store_delete(s);
  hearth_template_delete(t);
  hearth_module_delete(m);
  hearth_engine_delete(e);
  free(bytes);
  free(v);
  free(w);
  return 0;
}
