/* util.c: the counting allocator, error details, status/trap strings and function-type helpers. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

/* Each block carries its size in a header so that h_free can count without being told. The header
 * is 16 bytes to keep the payload aligned for any type (and for v128). */
typedef struct h_block {
  size_t size;
  size_t pad;
} h_block;

static atomic_size_t g_alloc_current;
static atomic_size_t g_alloc_peak;

static void count_add(size_t n) {
  size_t cur = atomic_fetch_add_explicit(&g_alloc_current, n, memory_order_relaxed) + n;
  size_t peak = atomic_load_explicit(&g_alloc_peak, memory_order_relaxed);
  while (cur > peak &&
         !atomic_compare_exchange_weak_explicit(&g_alloc_peak, &peak, cur, memory_order_relaxed,
                                                memory_order_relaxed)) {
  }
}

void *h_malloc(size_t n) {
  if (n > SIZE_MAX - sizeof(h_block)) return NULL;
  h_block *b = malloc(sizeof(h_block) + n);
  if (!b) return NULL;
  b->size = n;
  count_add(n);
  return b + 1;
}

void *h_calloc(size_t count, size_t size) {
  if (size && count > (SIZE_MAX - sizeof(h_block)) / size) return NULL;
  size_t n = count * size;
  h_block *b = calloc(1, sizeof(h_block) + n);
  if (!b) return NULL;
  b->size = n;
  count_add(n);
  return b + 1;
}

void *h_realloc(void *p, size_t n) {
  if (!p) return h_malloc(n);
  if (n > SIZE_MAX - sizeof(h_block)) return NULL;
  h_block *old = (h_block *)p - 1;
  size_t old_size = old->size;
  h_block *b = realloc(old, sizeof(h_block) + n);
  if (!b) return NULL;
  b->size = n;
  atomic_fetch_sub_explicit(&g_alloc_current, old_size, memory_order_relaxed);
  count_add(n);
  return b + 1;
}

void h_free(void *p) {
  if (!p) return;
  h_block *b = (h_block *)p - 1;
  atomic_fetch_sub_explicit(&g_alloc_current, b->size, memory_order_relaxed);
  free(b);
}

char *h_strndup(const char *s, size_t n) {
  char *r = h_malloc(n + 1);
  if (!r) return NULL;
  if (n) memcpy(r, s, n);
  r[n] = 0;
  return r;
}

uint64_t h_mono_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

bool h_array_grow(void **arr, size_t elt, uint32_t *cap, uint32_t need) {
  if (need <= *cap) return true;
  uint64_t ncap = *cap ? (uint64_t)*cap * 2 : 8;
  while (ncap < need) ncap *= 2;
  if (ncap > UINT32_MAX) ncap = UINT32_MAX;
  if (ncap < need) return false;
  if (elt && ncap > SIZE_MAX / elt) return false;
  void *p = h_realloc(*arr, (size_t)ncap * elt);
  if (!p) return false;
  *arr = p;
  *cap = (uint32_t)ncap;
  return true;
}

size_t hearth_alloc_current(void) { return atomic_load(&g_alloc_current); }
size_t hearth_alloc_peak(void) { return atomic_load(&g_alloc_peak); }

/* ---- LEB128 ---- */

int h_leb_u32_slow(const uint8_t **p, const uint8_t *end, uint32_t *out) {
  const uint8_t *q = *p;
  uint32_t v = 0;
  *out = 0;
  for (unsigned i = 0;; i++) {
    if (q >= end) return H_LEB_EOF;
    uint8_t b = *q++;
    if (i == 4) {
      if (b & 0x80) return H_LEB_TOO_LONG;
      if (b & 0x70) return H_LEB_TOO_LARGE;
    }
    v |= (uint32_t)(b & 0x7F) << (7 * i);
    if (!(b & 0x80)) break;
  }
  *out = v;
  *p = q;
  return H_LEB_OK;
}

int h_leb_u64(const uint8_t **p, const uint8_t *end, uint64_t *out) {
  const uint8_t *q = *p;
  uint64_t v = 0;
  *out = 0;
  for (unsigned i = 0;; i++) {
    if (q >= end) return H_LEB_EOF;
    uint8_t b = *q++;
    if (i == 9) {
      if (b & 0x80) return H_LEB_TOO_LONG;
      if (b & 0x7E) return H_LEB_TOO_LARGE;
    }
    v |= (uint64_t)(b & 0x7F) << (7 * i);
    if (!(b & 0x80)) break;
  }
  *out = v;
  *p = q;
  return H_LEB_OK;
}

int h_leb_s(const uint8_t **p, const uint8_t *end, unsigned bits, int64_t *out) {
  assert(bits >= 8 && bits <= 64);
  const uint8_t *q = *p;
  unsigned last = (bits + 6) / 7 - 1, shift = 0;
  uint64_t v = 0;
  uint8_t b = 0;
  *out = 0;
  for (unsigned i = 0;; i++) {
    if (q >= end) return H_LEB_EOF;
    b = *q++;
    if (i == last) {
      if (b & 0x80) return H_LEB_TOO_LONG;
      unsigned used = bits - 7 * i; /* value bits in this byte; the top one is the sign */
      uint8_t mask = (uint8_t)((0x7F >> (used - 1)) << (used - 1)) & 0x7F;
      uint8_t hi = b & mask;
      if (hi != 0 && hi != mask) return H_LEB_TOO_LARGE;
    }
    v |= (uint64_t)(b & 0x7F) << shift;
    shift += 7;
    if (!(b & 0x80)) break;
  }
  if (shift < 64 && (b & 0x40)) v |= ~0ull << shift;
  *out = (int64_t)v;
  *p = q;
  return H_LEB_OK;
}

const char *h_leb_message(int code) {
  switch (code) {
    case H_LEB_TOO_LONG: return "integer representation too long";
    case H_LEB_TOO_LARGE: return "integer too large";
    case H_LEB_EOF: return "unexpected end";
    default: return "ok";
  }
}

/* ---- errors ---- */

static _Thread_local char g_errmsg[512];

hearth_status h_err(hearth_status s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(g_errmsg, sizeof g_errmsg, fmt, ap);
  va_end(ap);
  return s;
}

void h_err_clear(void) { g_errmsg[0] = 0; }

const char *hearth_errmsg(void) { return g_errmsg; }

/* ---------------------------------------------------------------- sizes and durations as text */

hearth_status hearth_parse_size(const char *text, uint64_t *out) {
  /* A digit first: strtoull alone would take spaces, a sign ("-1" wraps) or "0x". */
  if (!text || !out || *text < '0' || *text > '9') return HEARTH_ERR_ARGUMENT;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(text, &end, 10);
  if (errno) return HEARTH_ERR_ARGUMENT;
  unsigned shift = 0;
  switch (*end) {
  case 'k': case 'K': shift = 10; break;
  case 'm': case 'M': shift = 20; break;
  case 'g': case 'G': shift = 30; break;
  case 't': case 'T': shift = 40; break;
  default: break;
  }
  if (shift) {
    end++;
    if (*end == 'i' || *end == 'I') end++;
  }
  if (*end == 'b' || *end == 'B') end++;
  if (*end || v > (UINT64_MAX >> shift)) return HEARTH_ERR_ARGUMENT;
  *out = (uint64_t)v << shift;
  return HEARTH_OK;
}

hearth_status hearth_parse_duration(const char *text, uint64_t *out_ns) {
  if (!text || !out_ns || ((*text < '0' || *text > '9') && *text != '.')) return HEARTH_ERR_ARGUMENT;
  char *end;
  errno = 0;
  double v = strtod(text, &end);
  if (errno || end == text || !(v >= 0) || isinf(v)) return HEARTH_ERR_ARGUMENT;
  static const struct { const char *unit; double ns; } units[] = {
      {"", 1e9}, {"s", 1e9}, {"ms", 1e6}, {"us", 1e3}, {"ns", 1}, {"m", 60e9}, {"h", 3600e9}};
  for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
    if (strcmp(end, units[i].unit) != 0) continue;
    double ns = v * units[i].ns;
    if (ns >= 1.8e19) return HEARTH_ERR_ARGUMENT;
    *out_ns = (uint64_t)ns;
    if (*out_ns == 0 && v > 0) *out_ns = 1;
    return HEARTH_OK;
  }
  return HEARTH_ERR_ARGUMENT;
}

const char *hearth_status_str(hearth_status s) {
  static const char *const names[HEARTH_STATUS_COUNT] = {
      [HEARTH_OK] = "ok",
      [HEARTH_ERR_NOMEM] = "out of memory",
      [HEARTH_ERR_MALFORMED] = "malformed module",
      [HEARTH_ERR_INVALID] = "invalid module",
      [HEARTH_ERR_UNLINKABLE] = "unlinkable module",
      [HEARTH_ERR_TRAP] = "wasm trap",
      [HEARTH_ERR_EXIT] = "guest exited",
      [HEARTH_ERR_NOT_FOUND] = "not found",
      [HEARTH_ERR_ARGUMENT] = "invalid argument",
      [HEARTH_ERR_IO] = "i/o error",
      [HEARTH_ERR_LIMIT] = "limit exceeded",
      [HEARTH_ERR_UNSUPPORTED] = "unsupported",
      [HEARTH_ERR_CLOSED] = "closed",
  };
  if ((unsigned)s >= HEARTH_STATUS_COUNT || !names[s]) return "unknown status";
  return names[s];
}

const char *hearth_trap_message(hearth_trap t) {
  static const char *const msgs[HEARTH_TRAP_COUNT] = {
      [HEARTH_TRAP_NONE] = "no trap",
      [HEARTH_TRAP_UNREACHABLE] = "unreachable",
      [HEARTH_TRAP_INT_DIV_ZERO] = "integer divide by zero",
      [HEARTH_TRAP_INT_OVERFLOW] = "integer overflow",
      [HEARTH_TRAP_INVALID_CONVERSION] = "invalid conversion to integer",
      [HEARTH_TRAP_OOB_MEMORY] = "out of bounds memory access",
      [HEARTH_TRAP_OOB_TABLE] = "out of bounds table access",
      [HEARTH_TRAP_UNDEFINED_ELEMENT] = "undefined element",
      [HEARTH_TRAP_UNINITIALIZED_ELEMENT] = "uninitialized element",
      [HEARTH_TRAP_INDIRECT_CALL_TYPE] = "indirect call type mismatch",
      [HEARTH_TRAP_STACK_EXHAUSTED] = "call stack exhausted",
      [HEARTH_TRAP_INTERRUPTED] = "interrupted",
      [HEARTH_TRAP_DEADLINE] = "deadline exceeded",
      [HEARTH_TRAP_FUEL] = "fuel exhausted",
      [HEARTH_TRAP_HOST] = "host function failed",
      [HEARTH_TRAP_EXCEPTION] = "uncaught exception",
      [HEARTH_TRAP_NULL_EXN_REF] = "null exception reference",
      [HEARTH_TRAP_NULL_FUNC_REF] = "null function reference",
      [HEARTH_TRAP_NULL_REF] = "null reference",
      [HEARTH_TRAP_NULL_STRUCT_REF] = "null structure reference",
      [HEARTH_TRAP_NULL_ARRAY_REF] = "null array reference",
      [HEARTH_TRAP_NULL_I31_REF] = "null i31 reference",
      [HEARTH_TRAP_OOB_ARRAY] = "out of bounds array access",
      [HEARTH_TRAP_CAST_FAILURE] = "cast failure",
      [HEARTH_TRAP_GC_HEAP] = "out of GC heap memory",
  };
  if ((unsigned)t >= HEARTH_TRAP_COUNT || !msgs[t]) return "unknown trap";
  return msgs[t];
}

/* ---- function types ---- */

void h_functype_finish(h_functype *t) {
  uint64_t h = 1469598103934665603ull; /* FNV-1a over the counts and the type bytes */
  uint32_t ps = 0, rs = 0;
  h = (h ^ t->nparams) * 1099511628211ull;
  for (uint32_t i = 0; i < t->nparams; i++) {
    ps += h_slots(t->params[i]);
    h = (h ^ t->params[i]) * 1099511628211ull;
  }
  h = (h ^ (0x100u + t->nresults)) * 1099511628211ull;
  for (uint32_t i = 0; i < t->nresults; i++) {
    rs += h_slots(t->results[i]);
    h = (h ^ t->results[i]) * 1099511628211ull;
  }
  t->param_slots = ps;
  t->result_slots = rs;
  t->hash = h;
}

bool h_functype_eq(const h_functype *a, const h_functype *b) {
  if (a == b) return true;
  if (a->hash != b->hash || a->nparams != b->nparams || a->nresults != b->nresults) return false;
  return (a->nparams == 0 || memcmp(a->params, b->params, a->nparams) == 0) &&
         (a->nresults == 0 || memcmp(a->results, b->results, a->nresults) == 0);
}
