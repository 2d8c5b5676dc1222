/* wat_bench.c: text-format parsing speed (no test harness): builds a WAT module of about
 * WAT_BENCH_MB megabytes (default 10) in memory, with functions in folded and flat form, named
 * locals and labels, memory ops, calls, SIMD constants and data strings, then times
 * hearth_module_new_wat (text -> binary -> decode/validate) and the text step alone, median of 5,
 * in CPU time.
 * Build: make build/wat_bench (or `make bench`). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hearth.h"
#include "internal.h"

/* CPU time of this process: the figure that matters on a shared machine (wall time also counts
 * waiting for a core). */
static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

typedef struct sbuf {
  char *p;
  size_t n, cap;
} sbuf;

static void put(sbuf *b, const char *s) {
  size_t l = strlen(s);
  if (b->n + l + 1 > b->cap) {
    b->cap = (b->n + l + 1) * 2;
    b->p = realloc(b->p, b->cap);
    if (!b->p) exit(2);
  }
  memcpy(b->p + b->n, s, l + 1);
  b->n += l;
}

int main(void) {
  double mb = getenv("WAT_BENCH_MB") ? atof(getenv("WAT_BENCH_MB")) : 10.0;
  size_t target = (size_t)(mb * 1024 * 1024);
  sbuf b = {0};
  put(&b, "(module\n  (type $bin (func (param i32 i32) (result i32)))\n  (memory (export \"mem\") 1)\n"
          "  (table 16 funcref)\n  (global $g (mut i64) (i64.const 0x7fff_ffff_ffff))\n");
  char line[1024];
  for (unsigned f = 0; b.n < target; f++) {
    snprintf(line, sizeof line,
             "  (func $f%u (export \"f%u\") (param $a i32) (param $b i32) (result i32) (local $i i32) (local $x f64)\n"
             "    (block $done (loop $top\n"
             "      (br_if $done (i32.ge_u (local.get $i) (local.get $b)))\n"
             "      (i32.store offset=16 align=4 (i32.and (local.get $i) (i32.const 0xfff0))\n"
             "        (i32.add (i32.load (local.get $a)) (i32.mul (local.get $i) (i32.const -12_345))))\n"
             "      (local.set $x (f64.add (local.get $x) (f64.const 0x1.8p-3)))\n"
             "      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n"
             "      (br $top)))\n"
             "    local.get $a\n    local.get $b\n    i32.xor\n"
             "    if (result i32) i32.const 1 else i32.const 2 end\n    drop\n"
             "    (drop (i8x16.extract_lane_u 3 (v128.const i32x4 1 2 3 4)))\n"
             "    (drop (call_indirect (type $bin) (i32.const 1) (i32.const 2) (i32.const 3)))\n"
             "    (global.set $g (i64.extend_i32_u (local.get $a)))\n"
             "    %s)\n",
             f, f, f ? "(call $f0 (local.get $a) (local.get $b))" : "(i32.const 0)");
    put(&b, line);
    if (f % 64 == 0) put(&b, "  (data (i32.const 64) \"some \\00 bytes \\u{e9}\\ff\")\n");
  }
  put(&b, ")\n");
  hearth_engine *e;
  if (hearth_engine_new(NULL, &e) != HEARTH_OK) return 2;
  double text[5], full[5];
  size_t bin_len = 0;
  for (int r = 0; r < 5; r++) {
    uint8_t *bin;
    double t0 = now_ms();
    if (h_wat_to_wasm(b.p, b.n, &bin, &bin_len) != HEARTH_OK) {
      fprintf(stderr, "wat_bench: %s\n", hearth_errmsg());
      return 1;
    }
    text[r] = now_ms() - t0;
    h_free(bin);
    hearth_module *m;
    t0 = now_ms();
    if (hearth_module_new_wat(e, b.p, b.n, &m) != HEARTH_OK) {
      fprintf(stderr, "wat_bench: %s\n", hearth_errmsg());
      return 1;
    }
    full[r] = now_ms() - t0;
    hearth_module_delete(m);
  }
  qsort(text, 5, sizeof *text, cmp_d);
  qsort(full, 5, sizeof *full, cmp_d);
  printf("wat_bench: %.1f MB of text -> %.1f MB binary: text->binary %.1f ms (%.0f MB/s), "
         "hearth_module_new_wat %.1f ms (CPU time, median of 5)\n",
         b.n / 1048576.0, bin_len / 1048576.0, text[2], b.n / 1048576.0 / (text[2] / 1e3), full[2]);
  hearth_engine_delete(e);
  free(b.p);
  return 0;
}
