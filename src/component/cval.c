/* cval.c: component values: hearth_cval construction and release, and the WAVE text syntax (the
 * value syntax `wasmtime run --invoke` uses) parsed and printed against a component type. */
#include "comp.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* ---------------------------------------------------------------- values */

static bool has_children(hearth_ckind k) {
  return k == HEARTH_CV_LIST || k == HEARTH_CV_RECORD || k == HEARTH_CV_TUPLE;
}
static bool is_case(hearth_ckind k) {
  return k == HEARTH_CV_VARIANT || k == HEARTH_CV_ENUM || k == HEARTH_CV_OPTION ||
         k == HEARTH_CV_RESULT;
}

void hearth_cval_clear(hearth_cval *v) {
  if (!v) return;
  if (v->kind == HEARTH_CV_STRING) {
    h_free(v->of.str.data);
  } else if (v->kind == HEARTH_CV_PACKED) {
    h_free(v->of.packed.data);
  } else if (has_children(v->kind)) {
    for (size_t i = 0; i < v->of.list.len && v->of.list.items; i++)
      hearth_cval_clear(&v->of.list.items[i]);
    h_free(v->of.list.items);
  } else if (is_case(v->kind) && v->of.cas.payload) {
    hearth_cval_clear(v->of.cas.payload);
    h_free(v->of.cas.payload);
  }
  memset(v, 0, sizeof *v);
}

hearth_status hearth_cval_set_string(hearth_cval *v, const char *s, size_t len) {
  if (!v || (len && !s)) return h_err(HEARTH_ERR_ARGUMENT, "NULL value or string");
  char *d = h_malloc(len + 1);
  if (!d) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  if (len) memcpy(d, s, len);
  d[len] = 0;
  v->kind = HEARTH_CV_STRING;
  v->of.str.data = d;
  v->of.str.len = len;
  return HEARTH_OK;
}

hearth_status hearth_cval_set_packed(hearth_cval *v, const void *data, size_t bytes) {
  if (!v || (bytes && !data)) return h_err(HEARTH_ERR_ARGUMENT, "NULL value or data");
  void *d = h_malloc(bytes ? bytes : 1);
  if (!d) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  if (bytes) memcpy(d, data, bytes);
  v->kind = HEARTH_CV_PACKED;
  v->of.packed.data = d;
  v->of.packed.bytes = bytes;
  return HEARTH_OK;
}

void h_comp_packed_item(const hearth_ctype *e, const hearth_cval *v, size_t i, hearth_cval *out) {
  const uint8_t *p = (const uint8_t *)v->of.packed.data + i * e->size;
  uint64_t x = 0;
  for (uint32_t k = 0; k < e->size; k++) x |= (uint64_t)p[k] << (8 * k);
  memset(out, 0, sizeof *out);
  out->kind = (hearth_ckind)e->kind;
  bool sign = e->kind == HEARTH_CV_S8 || e->kind == HEARTH_CV_S16 || e->kind == HEARTH_CV_S32 ||
              e->kind == HEARTH_CV_S64;
  if (sign && e->size < 8 && (x >> (8 * e->size - 1)) & 1) x |= ~0ull << (8 * e->size);
  if (sign) out->of.s = (int64_t)x;
  else out->of.u = x;
}

hearth_status hearth_cval_list_bytes(const hearth_ctype *elem, const hearth_cval *v,
                                     const void **data, size_t *bytes, void **owned) {
  if (!elem || !v || !data || !bytes || !owned) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  *owned = NULL;
  if (!h_comp_is_int(elem->kind)) return h_err(HEARTH_ERR_ARGUMENT, "the element type is not an integer type");
  if (v->kind == HEARTH_CV_PACKED) {
    if (v->of.packed.bytes % elem->size) return h_err(HEARTH_ERR_ARGUMENT, "packed list of a partial element");
    *data = v->of.packed.data;
    *bytes = v->of.packed.bytes;
    return HEARTH_OK;
  }
  if (v->kind != HEARTH_CV_LIST) return h_err(HEARTH_ERR_ARGUMENT, "not a list");
  size_t n = v->of.list.len;
  uint8_t *b = h_malloc(n * elem->size + 1);
  if (!b) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  for (size_t i = 0; i < n; i++) {
    hearth_status st = h_comp_cabi_check(elem, &v->of.list.items[i]);
    if (st != HEARTH_OK) {
      h_free(b);
      return st;
    }
    uint64_t x = v->of.list.items[i].of.u; /* two's complement for s*: the low bytes are the same */
    for (uint32_t k = 0; k < elem->size; k++) b[i * elem->size + k] = (uint8_t)(x >> (8 * k));
  }
  *data = b;
  *bytes = n * elem->size;
  *owned = b;
  return HEARTH_OK;
}

hearth_status hearth_cval_set_list(hearth_cval *v, hearth_ckind kind, size_t n,
                                   hearth_cval **items) {
  if (!v || !has_children(kind)) return h_err(HEARTH_ERR_ARGUMENT, "not a list, record or tuple");
  hearth_cval *a = n ? h_calloc(n, sizeof *a) : NULL;
  if (n && !a) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  v->kind = kind;
  v->of.list.items = a;
  v->of.list.len = n;
  if (items) *items = a;
  return HEARTH_OK;
}

hearth_status hearth_cval_set_case(hearth_cval *v, hearth_ckind kind, uint32_t index,
                                   bool has_payload, hearth_cval **payload) {
  if (!v || !is_case(kind)) return h_err(HEARTH_ERR_ARGUMENT, "not a variant, enum, option or result");
  hearth_cval *p = has_payload ? h_calloc(1, sizeof *p) : NULL;
  if (has_payload && !p) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  v->kind = kind;
  v->of.cas.index = index;
  v->of.cas.payload = p;
  if (payload) *payload = p;
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- WAVE printing */

typedef struct sbuf {
  char *p;
  size_t n, cap;
  bool oom;
} sbuf;

static void put(sbuf *b, const char *s, size_t n) {
  if (b->oom) return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->n + n + 1) cap *= 2;
    char *q = h_realloc(b->p, cap);
    if (!q) { b->oom = true; return; }
    b->p = q;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
static void puts_(sbuf *b, const char *s) { put(b, s, strlen(s)); }
static void putf(sbuf *b, const char *fmt, ...) H_PRINTF(2, 3);
static void putf(sbuf *b, const char *fmt, ...) {
  char tmp[64];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n > 0) put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static const char *const keywords[] = {"true", "false", "some", "none", "ok", "err", "inf", "nan"};

static void put_label(sbuf *b, const char *l) {
  for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
    if (strcmp(l, keywords[i]) == 0) { puts_(b, "%"); break; }
  puts_(b, l);
}

static void put_char_escaped(sbuf *b, uint32_t c, char quote) {
  char tmp[8];
  switch (c) {
  case '\\': puts_(b, "\\\\"); return;
  case '\n': puts_(b, "\\n"); return;
  case '\r': puts_(b, "\\r"); return;
  case '\t': puts_(b, "\\t"); return;
  default: break;
  }
  if (c == (uint32_t)quote) { tmp[0] = '\\'; tmp[1] = quote; put(b, tmp, 2); return; }
  if (c < 0x20 || c == 0x7f) { putf(b, "\\u{%x}", c); return; }
  size_t n;
  if (c < 0x80) { tmp[0] = (char)c; n = 1; }
  else if (c < 0x800) { tmp[0] = (char)(0xC0 | c >> 6); tmp[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
  else if (c < 0x10000) {
    tmp[0] = (char)(0xE0 | c >> 12); tmp[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    tmp[2] = (char)(0x80 | (c & 0x3F)); n = 3;
  } else {
    tmp[0] = (char)(0xF0 | c >> 18); tmp[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    tmp[2] = (char)(0x80 | ((c >> 6) & 0x3F)); tmp[3] = (char)(0x80 | (c & 0x3F)); n = 4;
  }
  put(b, tmp, n);
}

static void put_float(sbuf *b, double d, bool single) {
  if (isnan(d)) { puts_(b, "nan"); return; }
  if (isinf(d)) { puts_(b, d < 0 ? "-inf" : "inf"); return; }
  char tmp[40];
  for (int prec = 1; prec <= 17; prec++) { /* the shortest text that reads back the same */
    snprintf(tmp, sizeof tmp, "%.*g", prec, d);
    if (single ? (float)strtod(tmp, NULL) == (float)d : strtod(tmp, NULL) == d) break;
  }
  puts_(b, tmp);
}

static void format(sbuf *b, const hearth_ctype *t, const hearth_cval *v) {
  switch (t->kind) {
  case HEARTH_CV_BOOL: puts_(b, v->of.b ? "true" : "false"); break;
  case HEARTH_CV_S8: case HEARTH_CV_S16: case HEARTH_CV_S32: case HEARTH_CV_S64:
    putf(b, "%lld", (long long)v->of.s);
    break;
  case HEARTH_CV_U8: case HEARTH_CV_U16: case HEARTH_CV_U32: case HEARTH_CV_U64:
    putf(b, "%llu", (unsigned long long)v->of.u);
    break;
  case HEARTH_CV_F32: put_float(b, v->of.f32, true); break;
  case HEARTH_CV_F64: put_float(b, v->of.f64, false); break;
  case HEARTH_CV_CHAR: puts_(b, "'"); put_char_escaped(b, v->of.c, '\''); puts_(b, "'"); break;
  case HEARTH_CV_STRING: {
    puts_(b, "\"");
    const uint8_t *s = (const uint8_t *)v->of.str.data;
    for (size_t i = 0; i < v->of.str.len;) {
      uint32_t c = s[i];
      size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (i + n > v->of.str.len) n = v->of.str.len - i;
      if (n == 1) put_char_escaped(b, c, '"');
      else put(b, (const char *)s + i, n);
      i += n;
    }
    puts_(b, "\"");
    break;
  }
  case HEARTH_CV_LIST: case HEARTH_CV_TUPLE:
    if (v->kind == HEARTH_CV_PACKED) {
      puts_(b, "[");
      for (size_t i = 0; i < v->of.packed.bytes / t->elem->size; i++) {
        hearth_cval x;
        h_comp_packed_item(t->elem, v, i, &x);
        if (i) puts_(b, ", ");
        format(b, t->elem, &x);
      }
      puts_(b, "]");
      break;
    }
    puts_(b, t->kind == HEARTH_CV_LIST ? "[" : "(");
    for (size_t i = 0; i < v->of.list.len; i++) {
      if (i) puts_(b, ", ");
      format(b, t->kind == HEARTH_CV_LIST ? t->elem : t->elems[i], &v->of.list.items[i]);
    }
    puts_(b, t->kind == HEARTH_CV_LIST ? "]" : ")");
    break;
  case HEARTH_CV_RECORD:
    puts_(b, "{");
    for (uint32_t i = 0; i < t->n; i++) {
      if (i) puts_(b, ", ");
      put_label(b, t->names[i]);
      puts_(b, ": ");
      format(b, t->elems[i], &v->of.list.items[i]);
    }
    puts_(b, "}");
    break;
  case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: {
    uint32_t c = v->of.cas.index;
    const char *nm = t->kind == HEARTH_CV_RESULT ? (c ? "err" : "ok") : t->names[c];
    if (t->kind == HEARTH_CV_OPTION || t->kind == HEARTH_CV_RESULT) puts_(b, nm);
    else put_label(b, nm);
    if (t->elems[c] && v->of.cas.payload) {
      puts_(b, "(");
      format(b, t->elems[c], v->of.cas.payload);
      puts_(b, ")");
    }
    break;
  }
  case HEARTH_CV_FLAGS: {
    bool first = true;
    puts_(b, "{");
    for (uint32_t i = 0; i < t->n; i++)
      if (v->of.flags >> i & 1) {
        if (!first) puts_(b, ", ");
        put_label(b, t->names[i]);
        first = false;
      }
    puts_(b, "}");
    break;
  }
  case HEARTH_CV_OWN: case HEARTH_CV_BORROW:
    putf(b, "%s<%u>", t->kind == HEARTH_CV_OWN ? "own" : "borrow", v->of.rep);
    break;
  default: puts_(b, "?"); break;
  }
}

hearth_status hearth_cval_format(const hearth_ctype *t, const hearth_cval *v, char **out) {
  if (!t || !v || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  hearth_status st = h_comp_cabi_check(t, v);
  if (st != HEARTH_OK) return st;
  sbuf b = {0};
  format(&b, t, v);
  if (b.oom || !b.p) {
    h_free(b.p);
    return h_err(HEARTH_ERR_NOMEM, "out of memory formatting a value");
  }
  *out = b.p;
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- WAVE parsing */

typedef struct ps {
  const char *s, *p, *end;
  uint32_t depth;
} ps;

#define H_WAVE_MAX_DEPTH 200u

static hearth_status perr(ps *p, const char *what) {
  return h_err(HEARTH_ERR_ARGUMENT, "WAVE: at offset %zu: %s", (size_t)(p->p - p->s), what);
}

static void ws(ps *p) {
  while (p->p < p->end && (*p->p == ' ' || *p->p == '\t' || *p->p == '\n' || *p->p == '\r')) p->p++;
}

static bool eat(ps *p, char c) {
  ws(p);
  if (p->p < p->end && *p->p == c) { p->p++; return true; }
  return false;
}

/* A label or keyword: [%]letters digits '-'. *out points into the text. */
static bool label(ps *p, const char **out, size_t *n, bool *escaped) {
  ws(p);
  const char *q = p->p;
  *escaped = q < p->end && *q == '%';
  if (*escaped) q++;
  const char *st = q;
  while (q < p->end && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
                        (*q >= '0' && *q <= '9') || *q == '-'))
    q++;
  if (q == st) return false;
  *out = st;
  *n = (size_t)(q - st);
  p->p = q;
  return true;
}

static bool word_is(const char *w, size_t n, const char *k) { return strlen(k) == n && memcmp(w, k, n) == 0; }

static hearth_status parse(ps *p, const hearth_ctype *t, hearth_cval *out);

static hearth_status utf8_append(char **buf, size_t *n, size_t *cap, uint32_t c) {
  if (*n + 5 > *cap) {
    size_t nc = *cap ? *cap * 2 : 32;
    char *q = h_realloc(*buf, nc);
    if (!q) return h_err(HEARTH_ERR_NOMEM, "out of memory");
    *buf = q;
    *cap = nc;
  }
  char *o = *buf + *n;
  if (c < 0x80) { o[0] = (char)c; *n += 1; }
  else if (c < 0x800) { o[0] = (char)(0xC0 | c >> 6); o[1] = (char)(0x80 | (c & 0x3F)); *n += 2; }
  else if (c < 0x10000) {
    o[0] = (char)(0xE0 | c >> 12); o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[2] = (char)(0x80 | (c & 0x3F)); *n += 3;
  } else {
    o[0] = (char)(0xF0 | c >> 18); o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F)); o[3] = (char)(0x80 | (c & 0x3F)); *n += 4;
  }
  return HEARTH_OK;
}

/* A quoted string or char body up to `quote`, escapes decoded, as UTF-8. */
static hearth_status quoted(ps *p, char quote, char **out, size_t *len) {
  char *buf = NULL;
  size_t n = 0, cap = 0;
  hearth_status st;
  for (;;) {
    if (p->p >= p->end) { st = perr(p, "unterminated quoted text"); goto fail; }
    unsigned char c = (unsigned char)*p->p;
    if (c == (unsigned char)quote) { p->p++; break; }
    uint32_t cp;
    if (c == '\\') {
      p->p++;
      if (p->p >= p->end) { st = perr(p, "unterminated escape"); goto fail; }
      char e = *p->p++;
      switch (e) {
      case 'n': cp = '\n'; break;
      case 'r': cp = '\r'; break;
      case 't': cp = '\t'; break;
      case '\\': cp = '\\'; break;
      case '\'': cp = '\''; break;
      case '"': cp = '"'; break;
      case 'u': {
        if (p->p >= p->end || *p->p != '{') { st = perr(p, "expected { after \\u"); goto fail; }
        p->p++;
        cp = 0;
        int digits = 0;
        while (p->p < p->end && *p->p != '}') {
          char h = *p->p++;
          int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
          if (d < 0 || ++digits > 6) { st = perr(p, "bad \\u{...} escape"); goto fail; }
          cp = cp * 16 + (uint32_t)d;
        }
        if (p->p >= p->end || !digits) { st = perr(p, "bad \\u{...} escape"); goto fail; }
        p->p++;
        if (cp >= 0x110000 || (cp >= 0xD800 && cp <= 0xDFFF)) { st = perr(p, "escape is not a Unicode scalar value"); goto fail; }
        break;
      }
      default: st = perr(p, "unknown escape"); goto fail;
      }
    } else {
      /* copy one UTF-8 sequence verbatim (validated by the type check afterwards) */
      size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (p->p + k > p->end) { st = perr(p, "truncated UTF-8"); goto fail; }
      if (n + k + 1 > cap) {
        size_t nc = cap ? cap * 2 : 32;
        while (nc < n + k + 1) nc *= 2;
        char *q = h_realloc(buf, nc);
        if (!q) { st = h_err(HEARTH_ERR_NOMEM, "out of memory"); goto fail; }
        buf = q;
        cap = nc;
      }
      memcpy(buf + n, p->p, k);
      n += k;
      p->p += k;
      continue;
    }
    if ((st = utf8_append(&buf, &n, &cap, cp))) goto fail;
  }
  if (!buf && !(buf = h_malloc(1))) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  buf[n] = 0;
  *out = buf;
  *len = n;
  return HEARTH_OK;
fail:
  h_free(buf);
  return st;
}

static hearth_status number(ps *p, const hearth_ctype *t, hearth_cval *out) {
  ws(p);
  char tok[80];
  size_t n = 0;
  while (p->p + n < p->end && n < sizeof tok - 1 &&
         (strchr("0123456789+-.eExXabcdefABCDEFinfna_", p->p[n]) != NULL))
    n++;
  if (n == 0) return perr(p, "expected a number");
  memcpy(tok, p->p, n);
  tok[n] = 0;
  out->kind = (hearth_ckind)t->kind;
  char *end;
  if (t->kind == HEARTH_CV_F32 || t->kind == HEARTH_CV_F64) {
    double d;
    if (strcmp(tok, "nan") == 0) d = NAN;
    else if (strcmp(tok, "inf") == 0) d = INFINITY;
    else if (strcmp(tok, "-inf") == 0) d = -INFINITY;
    else {
      d = strtod(tok, &end);
      if (*end || strchr(tok, 'n') || strchr(tok, 'x') || strchr(tok, 'X')) return perr(p, "malformed float");
    }
    if (t->kind == HEARTH_CV_F32) out->of.f32 = (float)d;
    else out->of.f64 = d;
    p->p += n;
    return HEARTH_OK;
  }
  bool neg = tok[0] == '-';
  if (!(tok[neg] >= '0' && tok[neg] <= '9')) return perr(p, "malformed integer");
  errno = 0;
  if (t->kind == HEARTH_CV_S8 || t->kind == HEARTH_CV_S16 || t->kind == HEARTH_CV_S32 ||
      t->kind == HEARTH_CV_S64) {
    long long v = strtoll(tok, &end, 10);
    if (*end || errno) return perr(p, "malformed or out-of-range integer");
    long long lo = t->kind == HEARTH_CV_S8 ? -128 : t->kind == HEARTH_CV_S16 ? -32768
                 : t->kind == HEARTH_CV_S32 ? INT32_MIN : INT64_MIN;
    long long hi = t->kind == HEARTH_CV_S8 ? 127 : t->kind == HEARTH_CV_S16 ? 32767
                 : t->kind == HEARTH_CV_S32 ? INT32_MAX : INT64_MAX;
    if (v < lo || v > hi) return perr(p, "integer out of range for its type");
    out->of.s = v;
  } else {
    if (neg) return perr(p, "negative value for an unsigned type");
    unsigned long long v = strtoull(tok, &end, 10);
    if (*end || errno) return perr(p, "malformed or out-of-range integer");
    unsigned long long hi = t->kind == HEARTH_CV_U8 ? 0xff : t->kind == HEARTH_CV_U16 ? 0xffff
                          : t->kind == HEARTH_CV_U32 ? 0xffffffffull : UINT64_MAX;
    if (v > hi) return perr(p, "integer out of range for its type");
    out->of.u = v;
  }
  p->p += n;
  return HEARTH_OK;
}

/* A comma-separated sequence closed by `close`; item(i) parses one element. */
typedef hearth_status (*item_fn)(ps *p, void *ctx, size_t i);

static hearth_status seq(ps *p, char close, item_fn fn, void *ctx, size_t *count) {
  size_t i = 0;
  if (eat(p, close)) { *count = 0; return HEARTH_OK; }
  for (;;) {
    hearth_status st = fn(p, ctx, i++);
    if (st) { *count = i; return st; }
    if (eat(p, close)) break;
    if (!eat(p, ',')) { *count = i; return perr(p, "expected ',' or a closing bracket"); }
    if (eat(p, close)) break; /* trailing comma */
  }
  *count = i;
  return HEARTH_OK;
}

typedef struct listctx {
  const hearth_ctype *t;
  hearth_cval *v;
  size_t cap;
} listctx;

static hearth_status list_item(ps *p, void *ctx, size_t i) {
  listctx *c = ctx;
  hearth_cval *v = c->v;
  if (i >= c->cap) {
    size_t nc = c->cap ? c->cap * 2 : 4;
    hearth_cval *q = h_realloc(v->of.list.items, nc * sizeof *q);
    if (!q) return h_err(HEARTH_ERR_NOMEM, "out of memory");
    memset(q + c->cap, 0, (nc - c->cap) * sizeof *q);
    v->of.list.items = q;
    c->cap = nc;
  }
  const hearth_ctype *et = c->t->kind == HEARTH_CV_LIST ? c->t->elem : NULL;
  if (c->t->kind == HEARTH_CV_TUPLE) {
    if (i >= c->t->n) return perr(p, "too many tuple items");
    et = c->t->elems[i];
  }
  v->of.list.len = i + 1;
  return parse(p, et, &v->of.list.items[i]);
}

static int find_label(const hearth_ctype *t, const char *w, size_t n) {
  for (uint32_t i = 0; i < t->n; i++)
    if (word_is(w, n, t->names[i])) return (int)i;
  return -1;
}

typedef struct recctx {
  const hearth_ctype *t;
  hearth_cval *v;
  uint64_t seen[8]; /* bit per field (records are small; more fields fall back to a scan) */
} recctx;

static hearth_status record_item(ps *p, void *ctx, size_t i) {
  (void)i;
  recctx *c = ctx;
  const char *w;
  size_t n;
  bool esc;
  if (!label(p, &w, &n, &esc)) return perr(p, "expected a field name");
  int f = find_label(c->t, w, n);
  if (f < 0) return perr(p, "unknown field");
  if (f < 512 && (c->seen[f / 64] >> (f % 64) & 1))
    return perr(p, "field given twice");
  if (f < 512) c->seen[f / 64] |= 1ull << (f % 64);
  if (!eat(p, ':')) return perr(p, "expected ':' after a field name");
  return parse(p, c->t->elems[f], &c->v->of.list.items[f]);
}

typedef struct flagctx {
  const hearth_ctype *t;
  uint32_t bits;
} flagctx;

static hearth_status flag_item(ps *p, void *ctx, size_t i) {
  (void)i;
  flagctx *c = ctx;
  const char *w;
  size_t n;
  bool esc;
  if (!label(p, &w, &n, &esc)) return perr(p, "expected a flag name");
  int f = find_label(c->t, w, n);
  if (f < 0) return perr(p, "unknown flag");
  c->bits |= 1u << f;
  return HEARTH_OK;
}

static hearth_status payload(ps *p, const hearth_ctype *pt, hearth_cval *out) {
  if (!pt) return HEARTH_OK;
  if (!eat(p, '(')) return perr(p, "expected '(' and the case's payload");
  out->of.cas.payload = h_calloc(1, sizeof(hearth_cval));
  if (!out->of.cas.payload) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  hearth_status st = parse(p, pt, out->of.cas.payload);
  if (st) return st;
  if (!eat(p, ')')) return perr(p, "expected ')'");
  return HEARTH_OK;
}

static hearth_status parse(ps *p, const hearth_ctype *t, hearth_cval *out) {
  hearth_status st;
  memset(out, 0, sizeof *out);
  if (++p->depth > H_WAVE_MAX_DEPTH) return perr(p, "nested too deeply");
  ws(p);
  const char *w;
  size_t n;
  bool esc;
  switch (t->kind) {
  case HEARTH_CV_BOOL:
    if (!label(p, &w, &n, &esc) || esc) return perr(p, "expected true or false");
    out->kind = HEARTH_CV_BOOL;
    if (word_is(w, n, "true")) out->of.b = true;
    else if (!word_is(w, n, "false")) return perr(p, "expected true or false");
    break;
  case HEARTH_CV_S8: case HEARTH_CV_U8: case HEARTH_CV_S16: case HEARTH_CV_U16:
  case HEARTH_CV_S32: case HEARTH_CV_U32: case HEARTH_CV_S64: case HEARTH_CV_U64:
  case HEARTH_CV_F32: case HEARTH_CV_F64:
    if ((st = number(p, t, out))) return st;
    break;
  case HEARTH_CV_CHAR: case HEARTH_CV_STRING: {
    char q = t->kind == HEARTH_CV_CHAR ? '\'' : '"';
    if (!eat(p, q)) return perr(p, t->kind == HEARTH_CV_CHAR ? "expected a 'c' char" : "expected a \"string\"");
    char *s = NULL;
    size_t len = 0;
    if ((st = quoted(p, q, &s, &len))) return st;
    if (t->kind == HEARTH_CV_STRING) {
      out->kind = HEARTH_CV_STRING;
      out->of.str.data = s;
      out->of.str.len = len;
      break;
    }
    /* exactly one scalar value */
    uint32_t c = 0;
    const uint8_t *u = (const uint8_t *)s;
    size_t k = len == 0 ? 0 : u[0] < 0x80 ? 1 : u[0] < 0xE0 ? 2 : u[0] < 0xF0 ? 3 : 4;
    if (k == 0 || k != len) { h_free(s); return perr(p, "a char literal holds exactly one character"); }
    c = k == 1 ? u[0] : u[0] & (0x7F >> k);
    for (size_t i = 1; i < k; i++) c = c << 6 | (u[i] & 0x3F);
    h_free(s);
    out->kind = HEARTH_CV_CHAR;
    out->of.c = c;
    break;
  }
  case HEARTH_CV_LIST: case HEARTH_CV_TUPLE: {
    char open = t->kind == HEARTH_CV_LIST ? '[' : '(', close = open == '[' ? ']' : ')';
    if (!eat(p, open)) return perr(p, open == '[' ? "expected '['" : "expected '('");
    out->kind = (hearth_ckind)t->kind;
    listctx c = {.t = t, .v = out};
    size_t cnt;
    if ((st = seq(p, close, list_item, &c, &cnt))) return st;
    if (t->kind == HEARTH_CV_TUPLE && cnt != t->n) return perr(p, "wrong number of tuple items");
    if (t->kind == HEARTH_CV_LIST && t->fixed && cnt != t->fixed) return perr(p, "wrong fixed-list length");
    break;
  }
  case HEARTH_CV_RECORD: {
    if (!eat(p, '{')) return perr(p, "expected '{'");
    out->kind = HEARTH_CV_RECORD;
    if (!(out->of.list.items = h_calloc(t->n, sizeof(hearth_cval)))) return h_err(HEARTH_ERR_NOMEM, "out of memory");
    out->of.list.len = t->n;
    recctx c = {.t = t, .v = out};
    size_t cnt;
    if ((st = seq(p, '}', record_item, &c, &cnt))) return st;
    for (uint32_t i = 0; i < t->n; i++) {
      if (i < 512 && (c.seen[i / 64] >> (i % 64) & 1)) continue;
      if (t->elems[i]->kind != HEARTH_CV_OPTION) return perr(p, "a record field is missing");
      out->of.list.items[i].kind = HEARTH_CV_OPTION; /* omitted option fields are none */
    }
    break;
  }
  case HEARTH_CV_FLAGS: {
    if (!eat(p, '{')) return perr(p, "expected '{'");
    flagctx c = {.t = t};
    size_t cnt;
    if ((st = seq(p, '}', flag_item, &c, &cnt))) return st;
    out->kind = HEARTH_CV_FLAGS;
    out->of.flags = c.bits;
    break;
  }
  case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM: {
    if (!label(p, &w, &n, &esc)) return perr(p, "expected a case name");
    int c = find_label(t, w, n);
    if (c < 0) return perr(p, "unknown case");
    out->kind = (hearth_ckind)t->kind;
    out->of.cas.index = (uint32_t)c;
    if ((st = payload(p, t->elems[c], out))) return st;
    break;
  }
  case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: {
    if (!label(p, &w, &n, &esc) || esc) return perr(p, t->kind == HEARTH_CV_OPTION ? "expected some(...) or none" : "expected ok or err");
    out->kind = (hearth_ckind)t->kind;
    int c = -1;
    if (t->kind == HEARTH_CV_OPTION) c = word_is(w, n, "none") ? 0 : word_is(w, n, "some") ? 1 : -1;
    else c = word_is(w, n, "ok") ? 0 : word_is(w, n, "err") ? 1 : -1;
    if (c < 0) return perr(p, t->kind == HEARTH_CV_OPTION ? "expected some(...) or none" : "expected ok or err");
    out->of.cas.index = (uint32_t)c;
    if ((st = payload(p, t->elems[c], out))) return st;
    break;
  }
  case HEARTH_CV_OWN: case HEARTH_CV_BORROW: {
    /* not WAVE (which has no handle syntax): what hearth_cval_format prints for a handle, read
     * back as its representation (.resource NULL: the caller sets it to pass a guest's handle) */
    const char *kw = t->kind == HEARTH_CV_OWN ? "own" : "borrow";
    if (!label(p, &w, &n, &esc) || esc || !word_is(w, n, kw) || !eat(p, '<'))
      return perr(p, t->kind == HEARTH_CV_OWN ? "expected own<REP>" : "expected borrow<REP>");
    static const hearth_ctype u32t = {.kind = HEARTH_CV_U32};
    hearth_cval rep;
    if ((st = number(p, &u32t, &rep))) return st;
    if (!eat(p, '>')) return perr(p, "expected '>'");
    out->kind = (hearth_ckind)t->kind;
    out->of.rep = (uint32_t)rep.of.u;
    out->of.handle = 0;
    out->of.resource = NULL;
    break;
  }
  default: return perr(p, "values of this type cannot be written in WAVE");
  }
  p->depth--;
  return HEARTH_OK;
}

hearth_status hearth_cval_parse(const hearth_ctype *t, const char *text, size_t len,
                                hearth_cval *out) {
  if (!t || !out || (!text && len)) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  ps p = {.s = text, .p = text, .end = text + len};
  hearth_cval v;
  hearth_status st = parse(&p, t, &v);
  ws(&p);
  if (st == HEARTH_OK && p.p != p.end) st = perr(&p, "unexpected text after the value");
  if (st == HEARTH_OK) st = h_comp_cabi_check(t, &v);
  if (st != HEARTH_OK) {
    hearth_cval_clear(&v);
    return st == HEARTH_ERR_NOMEM ? st : HEARTH_ERR_ARGUMENT;
  }
  *out = v;
  return HEARTH_OK;
}

hearth_status hearth_cval_parse_args(const hearth_ctype *ft, const char *text, size_t len,
                                     hearth_cval **out, size_t *n) {
  if (!ft || ft->kind != HEARTH_CV_FUNC || !out || !n || (!text && len))
    return h_err(HEARTH_ERR_ARGUMENT, "NULL argument or not a function type");
  hearth_cval *vals = h_calloc(ft->n + 1, sizeof *vals);
  if (!vals) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  ps p = {.s = text, .p = text, .end = text + len};
  hearth_status st = HEARTH_OK;
  uint32_t i = 0;
  ws(&p);
  for (; i < ft->n && st == HEARTH_OK; i++) {
    if (i && !eat(&p, ',')) {
      ws(&p);
      st = perr(&p, p.p == p.end ? "too few arguments" : "expected ',' between arguments");
      break;
    }
    if (i) {
      ws(&p);
      if (p.p == p.end) { st = perr(&p, "too few arguments"); break; }
    }
    st = parse(&p, ft->elems[i], &vals[i]);
    if (st == HEARTH_OK) st = h_comp_cabi_check(ft->elems[i], &vals[i]);
    p.depth = 0;
  }
  if (st == HEARTH_OK) {
    eat(&p, ',');
    ws(&p);
    if (p.p != p.end) st = perr(&p, i < ft->n ? "too few arguments" : "too many arguments");
  }
  if (st == HEARTH_OK && i < ft->n) st = perr(&p, "too few arguments");
  if (st != HEARTH_OK) {
    for (uint32_t k = 0; k <= ft->n; k++) hearth_cval_clear(&vals[k]);
    h_free(vals);
    return st == HEARTH_ERR_NOMEM ? st : HEARTH_ERR_ARGUMENT;
  }
  *out = vals;
  *n = ft->n;
  return HEARTH_OK;
}
