/* sort.c benchmark: quicksort of 32-bit keys, merge sort of 64-bit records and a string sort. */
#include "common.h"

static void isort_u32(uint32_t *a, long n) {
  for (long i = 1; i < n; i++) {
    uint32_t v = a[i];
    long j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
}

/* Median-of-three quicksort; recurses on the smaller side so stack depth stays O(log n). */
static void qsort_u32(uint32_t *a, long n) {
  while (n > 24) {
    long m = n / 2;
    if (a[m] < a[0]) { uint32_t t = a[m]; a[m] = a[0]; a[0] = t; }
    if (a[n - 1] < a[0]) { uint32_t t = a[n - 1]; a[n - 1] = a[0]; a[0] = t; }
    if (a[n - 1] < a[m]) { uint32_t t = a[n - 1]; a[n - 1] = a[m]; a[m] = t; }
    uint32_t p = a[m];
    long i = 0, j = n - 1;
    for (;;) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i >= j) break;
      uint32_t t = a[i]; a[i] = a[j]; a[j] = t;
      i++; j--;
    }
    long left = j + 1;
    if (left < n - left) { qsort_u32(a, left); a += left; n -= left; }
    else { qsort_u32(a + left, n - left); n = left; }
  }
  isort_u32(a, n);
}

typedef struct { uint64_t key; uint32_t idx; uint32_t pad; } rec;

/* Stable bottom-up merge sort by key. */
static void msort_rec(rec *a, rec *tmp, long n) {
  for (long w = 1; w < n; w *= 2) {
    for (long lo = 0; lo < n; lo += 2 * w) {
      long mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      long i = lo, j = mid, o = lo;
      while (i < mid && j < hi) tmp[o++] = (a[j].key < a[i].key) ? a[j++] : a[i++];
      while (i < mid) tmp[o++] = a[i++];
      while (j < hi) tmp[o++] = a[j++];
    }
    rec *t = a; a = tmp; tmp = t;
  }
}

static int strcmp_u(const char *a, const char *b) {
  while (*a && *a == *b) { a++; b++; }
  return (unsigned char)*a - (unsigned char)*b;
}

static void shellsort_str(const char **s, long n) {
  static const long gaps[] = {64769, 29033, 10609, 4711, 1968, 815, 336, 146, 57, 23, 9, 4, 1};
  for (size_t g = 0; g < sizeof gaps / sizeof gaps[0]; g++) {
    long gap = gaps[g];
    for (long i = gap; i < n; i++) {
      const char *v = s[i];
      long j = i;
      while (j >= gap && strcmp_u(s[j - gap], v) > 0) { s[j] = s[j - gap]; j -= gap; }
      s[j] = v;
    }
  }
}

int main(int argc, char **argv) {
  long n = bench_arg(argc, argv, 1500) * 1000;
  rng_t r = {5};
  uint32_t *u = xmalloc(sizeof *u * n);
  rec *rs = xmalloc(sizeof *rs * n), *tmp = xmalloc(sizeof *tmp * n);
  uint64_t sum = FNV_INIT;

  for (long i = 0; i < n; i++) u[i] = (uint32_t)rng_next(&r) % (uint32_t)(n * 4);
  qsort_u32(u, n);
  for (long i = 1; i < n; i++) if (u[i - 1] > u[i]) { printf("sort u32 FAILED\n"); return 1; }
  for (long i = 0; i < n; i += 997) sum = mix64(sum, u[i]);

  for (long i = 0; i < n; i++) { rs[i].key = rng_next(&r) % 100000; rs[i].idx = (uint32_t)i; rs[i].pad = 0; }
  msort_rec(rs, tmp, n);
  /* After log2 passes the sorted data is in rs when the pass count is even, else in tmp. */
  long passes = 0;
  for (long w = 1; w < n; w *= 2) passes++;
  rec *sorted = (passes % 2) ? tmp : rs;
  for (long i = 1; i < n; i++)
    if (sorted[i - 1].key > sorted[i].key || (sorted[i - 1].key == sorted[i].key && sorted[i - 1].idx > sorted[i].idx)) {
      printf("sort rec FAILED\n"); return 1;
    }
  for (long i = 0; i < n; i += 991) sum = mix64(sum, sorted[i].key << 32 | sorted[i].idx);

  long ns = n / 8;
  char *pool = xmalloc((size_t)ns * 16);
  const char **strs = xmalloc(sizeof *strs * ns);
  for (long i = 0; i < ns; i++) {
    char *s = pool + i * 16;
    int len = 3 + (int)rng_below(&r, 12);
    for (int k = 0; k < len; k++) s[k] = (char)('a' + rng_below(&r, k < 2 ? 4 : 26));
    s[len] = 0;
    strs[i] = s;
  }
  shellsort_str(strs, ns);
  for (long i = 1; i < ns; i++) if (strcmp_u(strs[i - 1], strs[i]) > 0) { printf("sort str FAILED\n"); return 1; }
  for (long i = 0; i < ns; i += 101) sum = fnv1a(sum, strs[i], strlen(strs[i]));

  free(u); free(rs); free(tmp); free(pool); free(strs);
  bench_result("sort", n / 1000, sum);
  return 0;
}
