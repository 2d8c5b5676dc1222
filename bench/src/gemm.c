/* gemm.c benchmark: dense double-precision matrix multiply C = A*B (i-k-j loop order), N x N. */
#include "common.h"

static uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

int main(int argc, char **argv) {
  long n = bench_arg(argc, argv, 850);
  double *a = xmalloc(sizeof(double) * n * n), *b = xmalloc(sizeof(double) * n * n), *c = xmalloc(sizeof(double) * n * n);
  rng_t r = {31337};
  for (long i = 0; i < n * n; i++) { a[i] = rng_unit(&r) - 0.5; b[i] = rng_unit(&r) - 0.5; c[i] = 0; }
  for (long i = 0; i < n; i++) {
    double *ci = c + i * n;
    for (long k = 0; k < n; k++) {
      double aik = a[i * n + k];
      const double *bk = b + k * n;
      for (long j = 0; j < n; j++) ci[j] += aik * bk[j];
    }
  }
  /* Second product C2 = C*A (row sums only) so the result feeds further floating-point work. */
  uint64_t sum = FNV_INIT;
  double total = 0;
  for (long i = 0; i < n; i++) {
    double row = 0;
    for (long j = 0; j < n; j++) row += c[i * n + j] * a[j * n + (i % n)];
    total += row;
    sum = mix64(sum, dbits(row));
  }
  sum = mix64(sum, dbits(c[n * n / 2 + n / 3]));
  sum = mix64(sum, dbits(total));
  free(a); free(b); free(c);
  bench_result("gemm", n, sum);
  return 0;
}
