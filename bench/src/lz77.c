/* lz77.c benchmark: LZ77 compressor (hash chains, 64 KB window) and decompressor over generated text. */
#include "common.h"

#define WIN_BITS 16
#define WIN_SIZE (1u << WIN_BITS)
#define HASH_BITS 15
#define MIN_MATCH 4
#define MAX_MATCH 258
#define MAX_CHAIN 16

/* Format: token byte; high bit clear = literal run of (t+1) bytes follows;
 * high bit set = match of length ((t & 0x7f) + MIN_MATCH, extended by a byte when 0x7f) at a 2-byte
 * distance (little endian, 1..65535). */

static uint32_t hash4(const unsigned char *p) {
  uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
  return (v * 2654435761u) >> (32 - HASH_BITS);
}

static size_t flush_lits(unsigned char *out, size_t o, const unsigned char *lit, size_t n) {
  while (n > 0) {
    size_t k = n > 128 ? 128 : n;
    out[o++] = (unsigned char)(k - 1);
    memcpy(out + o, lit, k);
    o += k; lit += k; n -= k;
  }
  return o;
}

/* out must hold n + n/128 + 16 bytes. Returns the compressed size. */
static size_t compress(const unsigned char *in, size_t n, unsigned char *out, int32_t *head, int32_t *prev) {
  for (size_t i = 0; i < (1u << HASH_BITS); i++) head[i] = -1;
  size_t o = 0, i = 0, lit_start = 0;
  while (i + MIN_MATCH <= n) {
    uint32_t h = hash4(in + i);
    int32_t cand = head[h];
    prev[i & (WIN_SIZE - 1)] = cand;
    head[h] = (int32_t)i;
    size_t best_len = 0, best_dist = 0;
    size_t limit = n - i < MAX_MATCH ? n - i : MAX_MATCH;
    for (int chain = 0; cand >= 0 && chain < MAX_CHAIN; chain++) {
      size_t dist = i - (size_t)cand;
      if (dist >= WIN_SIZE) break;
      const unsigned char *a = in + cand, *b = in + i;
      if (a[best_len] == b[best_len]) {
        size_t l = 0;
        while (l < limit && a[l] == b[l]) l++;
        if (l > best_len) { best_len = l; best_dist = dist; if (l == limit) break; }
      }
      int32_t nx = prev[cand & (WIN_SIZE - 1)];
      if (nx >= cand) break; /* slot was overwritten by a newer position */
      cand = nx;
    }
    if (best_len >= MIN_MATCH) {
      o = flush_lits(out, o, in + lit_start, i - lit_start);
      size_t code = best_len - MIN_MATCH;
      if (code < 0x7f) out[o++] = (unsigned char)(0x80 | code);
      else { out[o++] = 0xff; out[o++] = (unsigned char)(code - 0x7f); }
      out[o++] = (unsigned char)best_dist;
      out[o++] = (unsigned char)(best_dist >> 8);
      /* Insert the skipped positions so later matches can find them. */
      size_t end = i + best_len;
      for (i++; i < end && i + MIN_MATCH <= n; i++) {
        uint32_t hh = hash4(in + i);
        prev[i & (WIN_SIZE - 1)] = head[hh];
        head[hh] = (int32_t)i;
      }
      i = end;
      lit_start = i;
    } else {
      i++;
    }
  }
  return flush_lits(out, o, in + lit_start, n - lit_start);
}

/* Returns the decompressed size, or (size_t)-1 on malformed input. */
static size_t decompress(const unsigned char *in, size_t n, unsigned char *out, size_t cap) {
  size_t i = 0, o = 0;
  while (i < n) {
    unsigned t = in[i++];
    if (!(t & 0x80)) {
      size_t k = t + 1;
      if (i + k > n || o + k > cap) return (size_t)-1;
      memcpy(out + o, in + i, k);
      i += k; o += k;
    } else {
      size_t len = (t & 0x7f);
      if (len == 0x7f) { if (i >= n) return (size_t)-1; len += in[i++]; }
      len += MIN_MATCH;
      if (i + 2 > n) return (size_t)-1;
      size_t dist = (size_t)in[i] | (size_t)in[i + 1] << 8;
      i += 2;
      if (dist == 0 || dist > o || o + len > cap) return (size_t)-1;
      unsigned char *d = out + o;
      const unsigned char *s = d - dist;
      for (size_t j = 0; j < len; j++) d[j] = s[j]; /* overlapping copy is intended */
      o += len;
    }
  }
  return o;
}

/* Text-like input: words from a generated vocabulary with a skewed distribution, plus noise. */
static void gen_input(unsigned char *buf, size_t n, rng_t *r) {
  enum { NWORDS = 2048 };
  char words[NWORDS][12];
  unsigned wlen[NWORDS];
  for (int w = 0; w < NWORDS; w++) {
    wlen[w] = 2 + rng_below(r, 9);
    for (unsigned k = 0; k < wlen[w]; k++) words[w][k] = (char)('a' + rng_below(r, 26));
  }
  size_t i = 0;
  while (i < n) {
    uint32_t x = rng_below(r, NWORDS);
    uint32_t w = (x * x) / NWORDS; /* favours low indices */
    if (rng_below(r, 50) == 0) { buf[i++] = (unsigned char)rng_below(r, 256); continue; }
    for (unsigned k = 0; k < wlen[w] && i < n; k++) buf[i++] = (unsigned char)words[w][k];
    if (i < n) buf[i++] = rng_below(r, 12) == 0 ? '\n' : ' ';
  }
}

int main(int argc, char **argv) {
  long rounds = bench_arg(argc, argv, 24);
  size_t n = 1u << 20;
  unsigned char *in = xmalloc(n), *comp = xmalloc(n + n / 128 + 16), *back = xmalloc(n);
  int32_t *head = xmalloc(sizeof(int32_t) << HASH_BITS), *prev = xmalloc(sizeof(int32_t) * WIN_SIZE);
  rng_t r = {7};
  uint64_t sum = FNV_INIT;
  for (long k = 0; k < rounds; k++) {
    gen_input(in, n, &r);
    size_t cn = compress(in, n, comp, head, prev);
    size_t dn = decompress(comp, cn, back, n);
    if (dn != n || memcmp(in, back, n) != 0) { printf("lz77 round-trip FAILED\n"); return 1; }
    sum = mix64(sum, cn);
    sum = fnv1a(sum, comp, cn);
  }
  free(in); free(comp); free(back); free(head); free(prev);
  bench_result("lz77", rounds, sum);
  return 0;
}
