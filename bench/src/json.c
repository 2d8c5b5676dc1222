/* json.c benchmark: generate a JSON document, parse it into a tree, serialize it back, repeat. */
#include "common.h"

/* Numbers are kept as integers plus an optional fixed 3-digit fraction (value * 1000) so that the
 * parse and the printed form are exact and identical on every libc. */
enum { J_NULL, J_FALSE, J_TRUE, J_NUM, J_STR, J_ARR, J_OBJ };

typedef struct jval {
  int kind;
  int frac;           /* J_NUM: 1 when the literal had a fraction */
  int64_t num;        /* J_NUM: value * 1000 */
  const char *str;    /* J_STR: decoded bytes (arena) ; J_OBJ member key lives in key */
  size_t len;
  const char *key;    /* set when this value is an object member */
  size_t keylen;
  struct jval *child, *next;
} jval;

typedef struct { char *mem; size_t used, cap; } arena;

static void *arena_alloc(arena *a, size_t n) {
  n = (n + 7) & ~(size_t)7;
  if (a->used + n > a->cap) { fprintf(stderr, "arena full\n"); exit(2); }
  void *p = a->mem + a->used;
  a->used += n;
  return p;
}

typedef struct { const char *p, *end; arena *a; int err; } parser;

static void skip_ws(parser *ps) {
  while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\n' || *ps->p == '\t' || *ps->p == '\r')) ps->p++;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static size_t put_utf8(char *o, uint32_t cp) {
  if (cp < 0x80) { o[0] = (char)cp; return 1; }
  if (cp < 0x800) { o[0] = (char)(0xc0 | cp >> 6); o[1] = (char)(0x80 | (cp & 63)); return 2; }
  o[0] = (char)(0xe0 | cp >> 12); o[1] = (char)(0x80 | ((cp >> 6) & 63)); o[2] = (char)(0x80 | (cp & 63));
  return 3;
}

static const char *parse_string(parser *ps, size_t *len) {
  /* ps->p is just past the opening quote. Decoded output is never longer than the source. */
  const char *s = ps->p;
  while (ps->p < ps->end && *ps->p != '"') { if (*ps->p == '\\') ps->p++; ps->p++; }
  if (ps->p >= ps->end) { ps->err = 1; return ""; }
  size_t srclen = (size_t)(ps->p - s);
  char *out = arena_alloc(ps->a, srclen + 1);
  size_t o = 0;
  for (size_t i = 0; i < srclen; i++) {
    char c = s[i];
    if (c != '\\') { out[o++] = c; continue; }
    c = s[++i];
    switch (c) {
    case 'n': out[o++] = '\n'; break;
    case 't': out[o++] = '\t'; break;
    case 'r': out[o++] = '\r'; break;
    case 'b': out[o++] = '\b'; break;
    case 'f': out[o++] = '\f'; break;
    case 'u': {
      uint32_t cp = 0;
      for (int k = 0; k < 4; k++) {
        int h = (i + 1 < srclen) ? hexval(s[++i]) : -1;
        if (h < 0) { ps->err = 1; return ""; }
        cp = cp * 16 + (uint32_t)h;
      }
      o += put_utf8(out + o, cp);
      break;
    }
    default: out[o++] = c; break;
    }
  }
  out[o] = 0;
  ps->p++;
  *len = o;
  return out;
}

static jval *parse_value(parser *ps, int depth) {
  skip_ws(ps);
  if (ps->p >= ps->end || depth > 200) { ps->err = 1; return NULL; }
  jval *v = arena_alloc(ps->a, sizeof *v);
  memset(v, 0, sizeof *v);
  char c = *ps->p;
  if (c == '{' || c == '[') {
    int obj = c == '{';
    v->kind = obj ? J_OBJ : J_ARR;
    ps->p++;
    skip_ws(ps);
    jval **tail = &v->child;
    if (ps->p < ps->end && *ps->p == (obj ? '}' : ']')) { ps->p++; return v; }
    for (;;) {
      const char *key = NULL;
      size_t keylen = 0;
      if (obj) {
        skip_ws(ps);
        if (ps->p >= ps->end || *ps->p != '"') { ps->err = 1; return v; }
        ps->p++;
        key = parse_string(ps, &keylen);
        skip_ws(ps);
        if (ps->p >= ps->end || *ps->p != ':') { ps->err = 1; return v; }
        ps->p++;
      }
      jval *m = parse_value(ps, depth + 1);
      if (ps->err) return v;
      m->key = key; m->keylen = keylen;
      *tail = m; tail = &m->next;
      skip_ws(ps);
      if (ps->p < ps->end && *ps->p == ',') { ps->p++; continue; }
      if (ps->p < ps->end && *ps->p == (obj ? '}' : ']')) { ps->p++; return v; }
      ps->err = 1;
      return v;
    }
  }
  if (c == '"') { ps->p++; v->kind = J_STR; v->str = parse_string(ps, &v->len); return v; }
  if (c == 't' && ps->end - ps->p >= 4 && !memcmp(ps->p, "true", 4)) { ps->p += 4; v->kind = J_TRUE; return v; }
  if (c == 'f' && ps->end - ps->p >= 5 && !memcmp(ps->p, "false", 5)) { ps->p += 5; v->kind = J_FALSE; return v; }
  if (c == 'n' && ps->end - ps->p >= 4 && !memcmp(ps->p, "null", 4)) { ps->p += 4; v->kind = J_NULL; return v; }
  if (c == '-' || (c >= '0' && c <= '9')) {
    int neg = 0;
    if (c == '-') { neg = 1; ps->p++; }
    int64_t ip = 0, fp = 0;
    while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') ip = ip * 10 + (*ps->p++ - '0');
    if (ps->p < ps->end && *ps->p == '.') {
      ps->p++;
      v->frac = 1;
      for (int k = 0; k < 3; k++) {
        fp *= 10;
        if (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') fp += *ps->p++ - '0';
      }
      while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') ps->p++;
    }
    v->kind = J_NUM;
    v->num = (ip * 1000 + fp) * (neg ? -1 : 1);
    return v;
  }
  ps->err = 1;
  return v;
}

typedef struct { char *buf; size_t len, cap; } sbuf;

static void sb_grow(sbuf *b, size_t need) {
  if (b->len + need <= b->cap) return;
  while (b->len + need > b->cap) b->cap = b->cap ? b->cap * 2 : 4096;
  b->buf = realloc(b->buf, b->cap);
  if (!b->buf) { fprintf(stderr, "oom\n"); exit(2); }
}
static void sb_putc(sbuf *b, char c) { sb_grow(b, 1); b->buf[b->len++] = c; }
static void sb_put(sbuf *b, const char *s, size_t n) { sb_grow(b, n); memcpy(b->buf + b->len, s, n); b->len += n; }

static void emit_string(sbuf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  sb_grow(b, n * 6 + 2);
  char *o = b->buf + b->len;
  *o++ = '"';
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') { *o++ = '\\'; *o++ = (char)c; }
    else if (c == '\n') { *o++ = '\\'; *o++ = 'n'; }
    else if (c == '\t') { *o++ = '\\'; *o++ = 't'; }
    else if (c < 0x20) { *o++ = '\\'; *o++ = 'u'; *o++ = '0'; *o++ = '0'; *o++ = hex[c >> 4]; *o++ = hex[c & 15]; }
    else *o++ = (char)c;
  }
  *o++ = '"';
  b->len = (size_t)(o - b->buf);
}

static void emit_num(sbuf *b, int64_t v, int frac) {
  char tmp[32];
  int n = 0;
  uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  uint64_t ip = u / 1000, fp = u % 1000;
  if (frac) { for (int k = 0; k < 3; k++) { tmp[n++] = (char)('0' + fp % 10); fp /= 10; } tmp[n++] = '.'; }
  do { tmp[n++] = (char)('0' + ip % 10); ip /= 10; } while (ip);
  if (v < 0) tmp[n++] = '-';
  sb_grow(b, (size_t)n);
  while (n) b->buf[b->len++] = tmp[--n];
}

static void serialize(sbuf *b, const jval *v) {
  switch (v->kind) {
  case J_NULL: sb_put(b, "null", 4); break;
  case J_TRUE: sb_put(b, "true", 4); break;
  case J_FALSE: sb_put(b, "false", 5); break;
  case J_NUM: emit_num(b, v->num, v->frac); break;
  case J_STR: emit_string(b, v->str, v->len); break;
  default: {
    int obj = v->kind == J_OBJ;
    sb_putc(b, obj ? '{' : '[');
    for (const jval *m = v->child; m; m = m->next) {
      if (m != v->child) sb_putc(b, ',');
      if (obj) { emit_string(b, m->key, m->keylen); sb_putc(b, ':'); }
      serialize(b, m);
    }
    sb_putc(b, obj ? '}' : ']');
  }
  }
}

/* Walk the tree: a value-dependent checksum that forces the parse result to be used. */
static uint64_t walk(const jval *v, uint64_t h) {
  h = mix64(h, (uint64_t)v->kind);
  if (v->key) h = fnv1a(h, v->key, v->keylen);
  if (v->kind == J_NUM) h = mix64(h, (uint64_t)v->num);
  if (v->kind == J_STR) h = fnv1a(h, v->str, v->len);
  for (const jval *m = v->child; m; m = m->next) h = walk(m, h);
  return h;
}

static const char *const KEYS[] = {"id", "name", "email", "tags", "score", "active", "friends", "address",
                                   "city", "zip", "balance", "notes", "created", "meta", "items", "qty"};

static void gen_value(sbuf *b, rng_t *r, int depth) {
  uint32_t pick = rng_below(r, depth >= 5 ? 6 : 9);
  switch (pick) {
  case 0: sb_put(b, "null", 4); break;
  case 1: if (rng_below(r, 2)) sb_put(b, "true", 4); else sb_put(b, "false", 5); break;
  case 2: case 3: {
    int64_t v = (int64_t)(rng_next(r) % 2000000000) - 1000000000;
    int keep_frac_digits = rng_below(r, 3) == 0; /* separate statements: argument order is unspecified */
    int show_frac = rng_below(r, 3) == 0;
    emit_num(b, keep_frac_digits ? v : v - v % 1000, show_frac);
    break;
  }
  case 4: case 5: {
    char s[48];
    size_t n = rng_below(r, 40);
    for (size_t k = 0; k < n; k++) {
      uint32_t c = rng_below(r, 100);
      s[k] = c < 2 ? '"' : c < 3 ? '\\' : c < 5 ? '\n' : (char)('a' + c % 26);
    }
    emit_string(b, s, n);
    if (rng_below(r, 16) == 0) { b->len--; sb_put(b, "\\u00e9\"", 7); }
    break;
  }
  case 6: case 7: {
    uint32_t n = rng_below(r, 8);
    sb_putc(b, '{');
    for (uint32_t k = 0; k < n; k++) {
      if (k) sb_put(b, ", ", 2);
      const char *key = KEYS[rng_below(r, 16)];
      emit_string(b, key, strlen(key));
      sb_put(b, ": ", 2);
      gen_value(b, r, depth + 1);
    }
    sb_putc(b, '}');
    break;
  }
  default: {
    uint32_t n = rng_below(r, 10);
    sb_putc(b, '[');
    for (uint32_t k = 0; k < n; k++) {
      if (k) sb_put(b, ",\n ", 3);
      gen_value(b, r, depth + 1);
    }
    sb_putc(b, ']');
  }
  }
}

int main(int argc, char **argv) {
  long rounds = bench_arg(argc, argv, 40);
  rng_t r = {2024};
  sbuf doc = {0}, out = {0};
  sb_putc(&doc, '[');
  while (doc.len < (1u << 20)) {
    if (doc.len > 1) sb_put(&doc, ",\n", 2);
    gen_value(&doc, &r, 1);
  }
  sb_putc(&doc, ']');
  arena a = {xmalloc(doc.len * 24 + 4096), 0, doc.len * 24 + 4096};
  uint64_t sum = FNV_INIT;
  for (long k = 0; k < rounds; k++) {
    a.used = 0;
    parser ps = {doc.buf, doc.buf + doc.len, &a, 0};
    jval *root = parse_value(&ps, 0);
    if (ps.err) { printf("json parse FAILED at %ld\n", (long)(ps.p - doc.buf)); return 1; }
    out.len = 0;
    serialize(&out, root);
    /* Round-trip: the serialized form parses to the same tree. */
    a.used = 0;
    parser ps2 = {out.buf, out.buf + out.len, &a, 0};
    jval *root2 = parse_value(&ps2, 0);
    if (ps2.err) { printf("json reparse FAILED\n"); return 1; }
    sum = mix64(sum, walk(root2, FNV_INIT));
    sum = fnv1a(sum, out.buf, out.len);
  }
  bench_result("json", rounds, sum);
  free(doc.buf); free(out.buf); free(a.mem);
  return 0;
}
