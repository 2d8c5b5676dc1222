/* image.c benchmark: separable Gaussian blur, grayscale and Sobel edges over a generated RGB image. */
#include "common.h"

/* Integer-only so every runtime produces bit-identical pixels. */

static void gen_image(unsigned char *rgb, int w, int h, rng_t *r) {
  /* Smooth gradients plus random rectangles and noise: gives the edge detector something to find. */
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++) {
      unsigned char *p = rgb + 3 * ((size_t)y * w + x);
      p[0] = (unsigned char)(x * 255 / w);
      p[1] = (unsigned char)(y * 255 / h);
      p[2] = (unsigned char)((x + y) & 255);
    }
  for (int k = 0; k < 200; k++) {
    int x0 = (int)rng_below(r, (uint32_t)w), y0 = (int)rng_below(r, (uint32_t)h);
    int x1 = x0 + (int)rng_below(r, 200), y1 = y0 + (int)rng_below(r, 200);
    unsigned char c[3];
    for (int i = 0; i < 3; i++) c[i] = (unsigned char)rng_next(r); /* initializer order is unspecified */
    for (int y = y0; y < y1 && y < h; y++)
      for (int x = x0; x < x1 && x < w; x++) memcpy(rgb + 3 * ((size_t)y * w + x), c, 3);
  }
  for (size_t i = 0; i < (size_t)w * h * 3; i += 7) rgb[i] ^= (unsigned char)(rng_next(r) & 15);
}

/* 7-tap binomial kernel (1 6 15 20 15 6 1)/64, clamped edges; horizontal then vertical pass. */
static void blur(const unsigned char *src, unsigned char *tmp, unsigned char *dst, int w, int h) {
  static const int kern[7] = {1, 6, 15, 20, 15, 6, 1};
  for (int y = 0; y < h; y++) {
    const unsigned char *row = src + (size_t)y * w * 3;
    unsigned char *out = tmp + (size_t)y * w * 3;
    for (int x = 0; x < w; x++)
      for (int c = 0; c < 3; c++) {
        int acc = 0;
        for (int k = -3; k <= 3; k++) {
          int xx = x + k;
          xx = xx < 0 ? 0 : xx >= w ? w - 1 : xx;
          acc += kern[k + 3] * row[xx * 3 + c];
        }
        out[x * 3 + c] = (unsigned char)((acc + 32) >> 6);
      }
  }
  for (int y = 0; y < h; y++) {
    unsigned char *out = dst + (size_t)y * w * 3;
    const unsigned char *rows[7];
    for (int k = -3; k <= 3; k++) {
      int yy = y + k;
      yy = yy < 0 ? 0 : yy >= h ? h - 1 : yy;
      rows[k + 3] = tmp + (size_t)yy * w * 3;
    }
    for (int i = 0; i < w * 3; i++) {
      int acc = 0;
      for (int k = 0; k < 7; k++) acc += kern[k] * rows[k][i];
      out[i] = (unsigned char)((acc + 32) >> 6);
    }
  }
}

static void gray(const unsigned char *rgb, unsigned char *g, size_t n) {
  for (size_t i = 0; i < n; i++)
    g[i] = (unsigned char)((77 * rgb[3 * i] + 150 * rgb[3 * i + 1] + 29 * rgb[3 * i + 2] + 128) >> 8);
}

/* Sobel magnitude approximated by |gx| + |gy|, saturated to 255; border pixels are 0. */
static void sobel(const unsigned char *g, unsigned char *e, int w, int h) {
  memset(e, 0, (size_t)w * h);
  for (int y = 1; y < h - 1; y++) {
    const unsigned char *a = g + (size_t)(y - 1) * w, *b = g + (size_t)y * w, *c = g + (size_t)(y + 1) * w;
    unsigned char *o = e + (size_t)y * w;
    for (int x = 1; x < w - 1; x++) {
      int gx = (a[x + 1] + 2 * b[x + 1] + c[x + 1]) - (a[x - 1] + 2 * b[x - 1] + c[x - 1]);
      int gy = (c[x - 1] + 2 * c[x] + c[x + 1]) - (a[x - 1] + 2 * a[x] + a[x + 1]);
      int m = (gx < 0 ? -gx : gx) + (gy < 0 ? -gy : gy);
      o[x] = (unsigned char)(m > 255 ? 255 : m);
    }
  }
}

int main(int argc, char **argv) {
  long rounds = bench_arg(argc, argv, 16);
  int w = 1024, h = 768;
  size_t n = (size_t)w * h;
  unsigned char *img = xmalloc(n * 3), *tmp = xmalloc(n * 3), *blurred = xmalloc(n * 3);
  unsigned char *g = xmalloc(n), *edges = xmalloc(n);
  rng_t r = {99};
  gen_image(img, w, h, &r);
  uint64_t sum = FNV_INIT;
  for (long k = 0; k < rounds; k++) {
    blur(img, tmp, blurred, w, h);
    gray(blurred, g, n);
    sobel(g, edges, w, h);
    uint32_t hist[256] = {0};
    for (size_t i = 0; i < n; i++) hist[edges[i]]++;
    for (int i = 0; i < 256; i++) sum = mix64(sum, hist[i]);
    sum = fnv1a(sum, edges + n / 2, 4096);
    /* Feed the result back so each round works on new pixels. */
    for (size_t i = 0; i < n; i++) img[3 * i + (k % 3)] ^= edges[i];
  }
  free(img); free(tmp); free(blurred); free(g); free(edges);
  bench_result("image", rounds, sum);
  return 0;
}
