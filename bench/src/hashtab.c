/* hashtab.c benchmark: open-addressing hash table (linear probing, tombstones, growth) with integer and
 * string keys under a mixed insert / lookup / delete workload. */
#include "common.h"

typedef struct { uint64_t key; uint64_t val; } slot; /* key 0 = empty, 1 = tombstone */

typedef struct { slot *s; size_t cap, count, used; } table;

static uint64_t hkey(uint64_t k) {
  k ^= k >> 33; k *= 0xff51afd7ed558ccdull; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ull; k ^= k >> 33;
  return k;
}

static void t_init(table *t, size_t cap) {
  t->s = calloc(cap, sizeof(slot));
  if (!t->s) exit(2);
  t->cap = cap; t->count = 0; t->used = 0;
}

static void t_put(table *t, uint64_t key, uint64_t val);

static void t_grow(table *t) {
  table n;
  t_init(&n, t->count * 4 > t->cap ? t->cap * 2 : t->cap);
  for (size_t i = 0; i < t->cap; i++)
    if (t->s[i].key > 1) t_put(&n, t->s[i].key, t->s[i].val);
  free(t->s);
  *t = n;
}

/* Keys must be >= 2. */
static void t_put(table *t, uint64_t key, uint64_t val) {
  if ((t->used + 1) * 4 > t->cap * 3) t_grow(t);
  size_t mask = t->cap - 1, i = hkey(key) & mask, tomb = (size_t)-1;
  for (;; i = (i + 1) & mask) {
    uint64_t k = t->s[i].key;
    if (k == key) { t->s[i].val = val; return; }
    if (k == 1 && tomb == (size_t)-1) tomb = i;
    if (k == 0) break;
  }
  if (tomb != (size_t)-1) i = tomb; else t->used++;
  t->s[i].key = key; t->s[i].val = val; t->count++;
}

static slot *t_get(table *t, uint64_t key) {
  size_t mask = t->cap - 1;
  for (size_t i = hkey(key) & mask;; i = (i + 1) & mask) {
    if (t->s[i].key == key) return &t->s[i];
    if (t->s[i].key == 0) return NULL;
  }
}

static int t_del(table *t, uint64_t key) {
  slot *s = t_get(t, key);
  if (!s) return 0;
  s->key = 1; t->count--;
  return 1;
}

/* String-keyed chained table with interned keys (word counting). */
typedef struct snode { struct snode *next; uint32_t hash, len; uint64_t count; char text[]; } snode;

static uint32_t hstr(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 16777619u; }
  return h;
}

int main(int argc, char **argv) {
  long ops = bench_arg(argc, argv, 3000) * 1000;
  rng_t r = {77};
  table t;
  t_init(&t, 16);
  uint64_t sum = FNV_INIT, found = 0, deleted = 0;
  long keyspace = ops / 2 + 16;
  for (long i = 0; i < ops; i++) {
    uint64_t x = rng_next(&r);
    uint64_t key = 2 + (x >> 8) % (uint64_t)keyspace;
    switch (x & 7) {
    case 0: case 1: case 2: t_put(&t, key, x); break;
    case 3: deleted += (uint64_t)t_del(&t, key); break;
    default: {
      slot *s = t_get(&t, key);
      if (s) { found++; sum = mix64(sum, s->val); }
    }
    }
  }
  sum = mix64(mix64(mix64(sum, found), deleted), t.count);

  size_t nb = 1u << 14;
  snode **buckets = calloc(nb, sizeof *buckets);
  if (!buckets) return 2;
  long words = ops / 3;
  size_t distinct = 0;
  char w[16];
  for (long i = 0; i < words; i++) {
    /* Zipf-like word choice: short common words, long rare ones. */
    uint32_t a = rng_below(&r, 1u << 16), len = 1 + (uint32_t)(rng_below(&r, 1000) * rng_below(&r, 1000) / 90000);
    for (uint32_t k = 0; k < len; k++) { w[k] = (char)('a' + a % 11); a = a / 11 + k * 7; }
    uint32_t h = hstr(w, len);
    snode **pp = &buckets[h & (nb - 1)], *p;
    for (p = *pp; p; p = p->next)
      if (p->hash == h && p->len == len && memcmp(p->text, w, len) == 0) break;
    if (!p) {
      p = malloc(sizeof *p + len);
      if (!p) return 2;
      p->hash = h; p->len = len; p->count = 0; memcpy(p->text, w, len);
      p->next = *pp; *pp = p; distinct++;
    }
    p->count++;
  }
  for (size_t b = 0; b < nb; b++) {
    uint64_t bs = 0;
    for (snode *p = buckets[b], *nx; p; p = nx) { nx = p->next; bs += p->count * p->hash; free(p); }
    sum = mix64(sum, bs);
  }
  sum = mix64(sum, distinct);
  free(buckets);
  free(t.s);
  bench_result("hashtab", ops / 1000, sum);
  return 0;
}
