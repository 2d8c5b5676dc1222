/* cabi.c: the canonical ABI (CanonicalABI.md; design/mvp/canonical-abi/definitions.py is the
 * executable reference this follows function by function): loading and storing values in a
 * guest's linear memory, flat lifting and lowering, string transcoding between the host's UTF-8
 * and the guest's encoding, and the handle tables of own/borrow resources.
 *
 * Flat values (h_flat) keep i32 and f32 zero-extended in the low 32 bits (floats as their bits),
 * i64 and f64 as 64 bits; with that convention the variant payload coercions of definitions.py
 * (i32<->f32 reinterpretation, i64 wrap) reduce to masking to 32 bits. NaNs are canonicalized on
 * both lifting and lowering (the deterministic profile). Every failure is a trap with a message. */
#include "comp.h"

#include <stdlib.h>

#define UTF16_TAG 0x80000000u
#define MAX_STRING_BYTE_LENGTH ((1u << 28) - 1)
#define MAX_LIST_BYTE_LENGTH ((1u << 28) - 1)
#define CANON_NAN32 0x7fc00000u
#define CANON_NAN64 0x7ff8000000000000ull

static uint32_t align_to(uint32_t x, uint32_t a) { return (x + a - 1) / a * a; }

static hearth_status trap(const char *msg) { return h_err(HEARTH_ERR_TRAP, "%s", msg); }

/* A type the canonical ABI has no rule for here: the async types (their handles would need
 * stream/future tables hearth does not keep) or a non-value type. */
static hearth_status cannot(const hearth_ctype *t, const char *what) {
  if (t->kind == HEARTH_CV_STREAM || t->kind == HEARTH_CV_FUTURE || t->kind == HEARTH_CV_ERROR_CONTEXT)
    return h_err(HEARTH_ERR_TRAP, "unsupported: stream, future and error-context values cannot be %s", what);
  return h_err(HEARTH_ERR_TRAP, "canonical ABI: a type that cannot be %s", what);
}

static uint32_t disc_size(uint32_t n) { return n <= 256 ? 1 : n <= 65536 ? 2 : 4; }

static uint32_t max_case_align(const hearth_ctype *t) {
  uint32_t a = 1;
  for (uint32_t i = 0; i < t->n; i++)
    if (t->elems[i] && t->elems[i]->align > a) a = t->elems[i]->align;
  return a;
}

/* Bounds-checked view of [ptr, ptr+len) in the guest's memory; NULL (with a trap set) if outside. */
static uint8_t *range(h_comp_cx *cx, uint64_t ptr, uint64_t len) {
  uint64_t size = 0;
  uint8_t *base = cx->mem ? cx->mem(cx->u, &size) : NULL;
  if (!base || ptr + len > size || ptr + len < ptr) {
    trap(base ? "canonical ABI: pointer out of bounds of linear memory"
              : "canonical ABI: no memory for a value that needs one");
    return NULL;
  }
  if (cx->touch) cx->touch(cx->u, ptr, len);
  return base + ptr;
}

static uint64_t rd(const uint8_t *p, uint32_t n) {
  uint64_t v = 0;
  for (uint32_t i = 0; i < n; i++) v |= (uint64_t)p[i] << (8 * i);
  return v;
}
static void wr(uint8_t *p, uint64_t v, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) p[i] = (uint8_t)(v >> (8 * i));
}

static hearth_status do_realloc(h_comp_cx *cx, uint32_t old, uint32_t old_size, uint32_t align,
                                uint32_t new_size, uint32_t *out) {
  if (!cx->realloc) return trap("canonical ABI: the value needs a realloc function");
  return cx->realloc(cx->u, old, old_size, align, new_size, out);
}

/* ---------------------------------------------------------------- UTF-8 */

/* Decodes one scalar value from s[*i..n); false on invalid UTF-8 (overlong, surrogate, > 10FFFF). */
static bool utf8_next(const uint8_t *s, size_t n, size_t *i, uint32_t *cp) {
  uint8_t b = s[*i];
  uint32_t c, need, min;
  if (b < 0x80) { *cp = b; (*i)++; return true; }
  if ((b & 0xE0) == 0xC0) { c = b & 0x1F; need = 1; min = 0x80; }
  else if ((b & 0xF0) == 0xE0) { c = b & 0x0F; need = 2; min = 0x800; }
  else if ((b & 0xF8) == 0xF0) { c = b & 0x07; need = 3; min = 0x10000; }
  else return false;
  for (uint32_t k = 1; k <= need; k++) {
    if (*i + k >= n || (s[*i + k] & 0xC0) != 0x80) return false;
    c = (c << 6) | (s[*i + k] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
  *i += need + 1;
  *cp = c;
  return true;
}

static bool utf8_valid(const char *s, size_t n) {
  size_t i = 0;
  uint32_t cp;
  while (i < n)
    if (!utf8_next((const uint8_t *)s, n, &i, &cp)) return false;
  return true;
}

static size_t utf8_put(uint8_t *o, uint32_t c) {
  if (c < 0x80) { o[0] = (uint8_t)c; return 1; }
  if (c < 0x800) { o[0] = (uint8_t)(0xC0 | c >> 6); o[1] = (uint8_t)(0x80 | (c & 0x3F)); return 2; }
  if (c < 0x10000) {
    o[0] = (uint8_t)(0xE0 | c >> 12); o[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    o[2] = (uint8_t)(0x80 | (c & 0x3F));
    return 3;
  }
  o[0] = (uint8_t)(0xF0 | c >> 18); o[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
  o[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F)); o[3] = (uint8_t)(0x80 | (c & 0x3F));
  return 4;
}

/* ---------------------------------------------------------------- handle tables */

uint32_t h_comp_table_add(h_ctable *t, h_chandle h) {
  if (t->free_head) {
    uint32_t i = t->free_head;
    t->free_head = t->a[i].next_free;
    h.next_free = 0;
    t->a[i] = h;
    return i;
  }
  if (t->n == 0) t->n = 1; /* index 0 is never valid */
  if (t->n > (1u << 28) - 1) return 0;
  if (t->n >= t->cap && !h_array_grow((void **)&t->a, sizeof *t->a, &t->cap, t->n + 1)) return 0;
  h.next_free = 0;
  t->a[t->n] = h;
  return t->n++;
}

h_chandle *h_comp_table_get(h_ctable *t, uint32_t i) {
  if (!t || i == 0 || i >= t->n || !t->a[i].rt) return NULL;
  return &t->a[i];
}

void h_comp_table_remove(h_ctable *t, uint32_t i) {
  assert(h_comp_table_get(t, i));
  memset(&t->a[i], 0, sizeof t->a[i]);
  t->a[i].next_free = t->free_head;
  t->free_head = i;
}

void h_comp_table_free(h_ctable *t) {
  h_free(t->a);
  memset(t, 0, sizeof *t);
}

/* ---------------------------------------------------------------- value helpers */

static hearth_status new_children(hearth_cval *v, size_t n) {
  v->of.list.len = n;
  v->of.list.items = NULL;
  if (n == 0) return HEARTH_OK;
  v->of.list.items = h_calloc(n, sizeof(hearth_cval));
  if (!v->of.list.items) {
    v->of.list.len = 0;
    return h_err(HEARTH_ERR_NOMEM, "out of memory lifting a list");
  }
  return HEARTH_OK;
}

static float f32_canon(uint32_t bits, uint32_t *out) {
  if ((bits & 0x7f800000u) == 0x7f800000u && (bits & 0x007fffffu)) bits = CANON_NAN32;
  *out = bits;
  float f;
  memcpy(&f, &bits, 4);
  return f;
}
static double f64_canon(uint64_t bits, uint64_t *out) {
  if ((bits & 0x7ff0000000000000ull) == 0x7ff0000000000000ull && (bits & 0xfffffffffffffull))
    bits = CANON_NAN64;
  *out = bits;
  double d;
  memcpy(&d, &bits, 8);
  return d;
}
static uint32_t f32_bits(float f) {
  uint32_t b;
  memcpy(&b, &f, 4);
  f32_canon(b, &b);
  return b;
}
static uint64_t f64_bits(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  f64_canon(b, &b);
  return b;
}

/* Integer value of a scalar kind from raw bits (wrapping like lift_flat_unsigned/signed). */
static void set_int(hearth_cval *v, uint32_t kind, uint64_t raw) {
  v->kind = (hearth_ckind)kind;
  switch (kind) {
  case HEARTH_CV_BOOL: v->of.b = raw != 0; break;
  case HEARTH_CV_S8: v->of.s = (int8_t)raw; break;
  case HEARTH_CV_U8: v->of.u = (uint8_t)raw; break;
  case HEARTH_CV_S16: v->of.s = (int16_t)raw; break;
  case HEARTH_CV_U16: v->of.u = (uint16_t)raw; break;
  case HEARTH_CV_S32: v->of.s = (int32_t)raw; break;
  case HEARTH_CV_U32: v->of.u = (uint32_t)raw; break;
  case HEARTH_CV_S64: v->of.s = (int64_t)raw; break;
  case HEARTH_CV_U64: v->of.u = raw; break;
  default: assert(0);
  }
}

static uint64_t get_int(const hearth_cval *v) {
  switch (v->kind) {
  case HEARTH_CV_BOOL: return v->of.b ? 1 : 0;
  case HEARTH_CV_S8: case HEARTH_CV_S16: case HEARTH_CV_S32: case HEARTH_CV_S64:
    return (uint64_t)v->of.s;
  default: return v->of.u;
  }
}

static hearth_status lift_char(uint32_t c, hearth_cval *out) {
  if (c >= 0x110000 || (c >= 0xD800 && c <= 0xDFFF))
    return trap("canonical ABI: invalid char (not a Unicode scalar value)");
  out->kind = HEARTH_CV_CHAR;
  out->of.c = c;
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- strings */

/* load_string_from_range: decodes the guest's string into an owned UTF-8 copy. */
static hearth_status load_string_range(h_comp_cx *cx, uint32_t ptr, uint32_t tagged,
                                       hearth_cval *out) {
  uint64_t blen;
  uint32_t align;
  int enc;
  switch (cx->enc) {
  case H_ENC_UTF8: align = 1; blen = tagged; enc = H_ENC_UTF8; break;
  case H_ENC_UTF16: align = 2; blen = 2ull * tagged; enc = H_ENC_UTF16; break;
  default:
    align = 2;
    if (tagged & UTF16_TAG) { blen = 2ull * (tagged ^ UTF16_TAG); enc = H_ENC_UTF16; }
    else { blen = tagged; enc = -1; /* latin1 */ }
    break;
  }
  if (blen > MAX_STRING_BYTE_LENGTH) return trap("canonical ABI: string too long");
  if (ptr % align) return trap("canonical ABI: misaligned string");
  const uint8_t *src = range(cx, ptr, blen);
  if (!src) return HEARTH_ERR_TRAP;
  size_t cap = enc == H_ENC_UTF8 ? blen : enc == H_ENC_UTF16 ? blen / 2 * 3 : blen * 2;
  uint8_t *o = h_malloc(cap + 1);
  if (!o) return h_err(HEARTH_ERR_NOMEM, "out of memory lifting a string");
  size_t n = 0;
  if (enc == H_ENC_UTF8) {
    if (!utf8_valid((const char *)src, blen)) {
      h_free(o);
      return trap("canonical ABI: invalid UTF-8 string");
    }
    memcpy(o, src, blen);
    n = blen;
  } else if (enc == H_ENC_UTF16) {
    for (uint64_t i = 0; i < blen / 2; i++) {
      uint32_t u = (uint32_t)rd(src + 2 * i, 2);
      if (u >= 0xD800 && u <= 0xDBFF && i + 1 < blen / 2) {
        uint32_t l = (uint32_t)rd(src + 2 * i + 2, 2);
        if (l >= 0xDC00 && l <= 0xDFFF) {
          n += utf8_put(o + n, 0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00));
          i++;
          continue;
        }
      }
      if (u >= 0xD800 && u <= 0xDFFF) {
        h_free(o);
        return trap("canonical ABI: invalid UTF-16 string (unpaired surrogate)");
      }
      n += utf8_put(o + n, u);
    }
  } else {
    for (uint64_t i = 0; i < blen; i++) n += utf8_put(o + n, src[i]);
  }
  o[n] = 0;
  out->kind = HEARTH_CV_STRING;
  out->of.str.data = (char *)o;
  out->of.str.len = n;
  return HEARTH_OK;
}

/* Number of UTF-16 code units of a valid UTF-8 string, and whether every scalar is < 256. */
static void utf8_measure(const char *s, size_t n, size_t *units, bool *latin1) {
  size_t i = 0, u = 0;
  bool l1 = true;
  uint32_t cp;
  while (i < n) {
    if (!utf8_next((const uint8_t *)s, n, &i, &cp)) break;
    u += cp >= 0x10000 ? 2 : 1;
    if (cp >= 256) l1 = false;
  }
  *units = u;
  *latin1 = l1;
}

static void utf16_encode(const char *s, size_t n, uint8_t *o) {
  size_t i = 0, k = 0;
  uint32_t cp;
  while (i < n && utf8_next((const uint8_t *)s, n, &i, &cp)) {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      wr(o + 2 * k++, 0xD800 + (cp >> 10), 2);
      wr(o + 2 * k++, 0xDC00 + (cp & 0x3FF), 2);
    } else {
      wr(o + 2 * k++, cp, 2);
    }
  }
}

static hearth_status check_range(h_comp_cx *cx, uint32_t ptr, uint32_t align, uint64_t len) {
  if (ptr % align) return trap("canonical ABI: realloc returned a misaligned pointer");
  return range(cx, ptr, len) ? HEARTH_OK : HEARTH_ERR_TRAP;
}

/* store_string_into_range with a UTF-8 source (the host's encoding). */
static hearth_status store_string_range(h_comp_cx *cx, const char *s, size_t n, uint32_t *optr,
                                        uint32_t *ounits) {
  hearth_status st;
  uint32_t ptr;
  if (n > MAX_STRING_BYTE_LENGTH) return trap("canonical ABI: string too long");
  if (cx->enc == H_ENC_UTF8) { /* store_string_copy */
    if ((st = do_realloc(cx, 0, 0, 1, (uint32_t)n, &ptr)) != HEARTH_OK) return st;
    if ((st = check_range(cx, ptr, 1, n)) != HEARTH_OK) return st;
    if (n) memcpy(range(cx, ptr, n), s, n);
    *optr = ptr;
    *ounits = (uint32_t)n;
    return HEARTH_OK;
  }
  size_t units;
  bool latin1;
  utf8_measure(s, n, &units, &latin1);
  if (cx->enc == H_ENC_UTF16) { /* store_utf8_to_utf16 */
    uint32_t worst = (uint32_t)(2 * n);
    if ((st = do_realloc(cx, 0, 0, 2, worst, &ptr)) != HEARTH_OK) return st;
    if ((st = check_range(cx, ptr, 2, worst)) != HEARTH_OK) return st;
    utf16_encode(s, n, range(cx, ptr, worst));
    uint32_t used = (uint32_t)(2 * units);
    if (used < worst) {
      if ((st = do_realloc(cx, ptr, worst, 2, used, &ptr)) != HEARTH_OK) return st;
      if ((st = check_range(cx, ptr, 2, used)) != HEARTH_OK) return st;
    }
    *optr = ptr;
    *ounits = (uint32_t)units;
    return HEARTH_OK;
  }
  /* latin1+utf16: store_string_to_latin1_or_utf16 (src_code_units = UTF-8 bytes) */
  uint32_t src_units = (uint32_t)n;
  if ((st = do_realloc(cx, 0, 0, 2, src_units, &ptr)) != HEARTH_OK) return st;
  if ((st = check_range(cx, ptr, 2, src_units)) != HEARTH_OK) return st;
  if (latin1) {
    uint8_t *d = range(cx, ptr, src_units);
    size_t i = 0, k = 0;
    uint32_t cp;
    while (i < n && utf8_next((const uint8_t *)s, n, &i, &cp)) d[k++] = (uint8_t)cp;
    uint32_t dst_len = (uint32_t)k;
    if (dst_len < src_units) {
      if ((st = do_realloc(cx, ptr, src_units, 2, dst_len, &ptr)) != HEARTH_OK) return st;
      if ((st = check_range(cx, ptr, 2, dst_len)) != HEARTH_OK) return st;
    }
    *optr = ptr;
    *ounits = dst_len;
    return HEARTH_OK;
  }
  /* The reference writes the latin-1 prefix, reallocates to the worst case at the first scalar
   * >= 256, then writes the whole string as UTF-16: the memory ends up the same as writing the
   * UTF-16 encoding after that one reallocation. */
  uint32_t worst = 2 * src_units;
  {
    /* the latin-1 prefix bytes written before the switch (visible if realloc copies) */
    uint8_t *d = range(cx, ptr, src_units);
    size_t i = 0, k = 0;
    uint32_t cp;
    while (i < n && utf8_next((const uint8_t *)s, n, &i, &cp) && cp < 256) d[k++] = (uint8_t)cp;
  }
  if ((st = do_realloc(cx, ptr, src_units, 2, worst, &ptr)) != HEARTH_OK) return st;
  if ((st = check_range(cx, ptr, 2, worst)) != HEARTH_OK) return st;
  utf16_encode(s, n, range(cx, ptr, worst));
  uint32_t used = (uint32_t)(2 * units);
  if (worst > used) {
    if ((st = do_realloc(cx, ptr, worst, 2, used, &ptr)) != HEARTH_OK) return st;
    if ((st = check_range(cx, ptr, 2, used)) != HEARTH_OK) return st;
  }
  *optr = ptr;
  *ounits = (uint32_t)units | UTF16_TAG;
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- handles */

static hearth_status lift_own(h_comp_cx *cx, const hearth_ctype *t, uint32_t i, hearth_cval *out) {
  h_chandle *h = h_comp_table_get(cx->handles, i);
  if (!h) return trap("canonical ABI: unknown handle index");
  if (h->rt != t->elem) return trap("canonical ABI: handle of the wrong resource type");
  if (h->lends) return trap("canonical ABI: cannot transfer an own handle that has lent borrows");
  if (!h->own) return trap("canonical ABI: a borrow handle passed where own is expected");
  out->kind = HEARTH_CV_OWN;
  out->of.rep = h->rep;
  out->of.handle = 0; /* the host handle table's number, if the host gets it (instance.c) */
  out->of.resource = h->ri;
  h_comp_table_remove(cx->handles, i);
  return HEARTH_OK;
}

static hearth_status lift_borrow(h_comp_cx *cx, const hearth_ctype *t, uint32_t i,
                                 hearth_cval *out) {
  h_chandle *h = h_comp_table_get(cx->handles, i);
  if (!h) return trap("canonical ABI: unknown handle index");
  if (h->rt != t->elem) return trap("canonical ABI: handle of the wrong resource type");
  if (cx->nlent == cx->cap_lent &&
      !h_array_grow((void **)&cx->lent, sizeof *cx->lent, &cx->cap_lent, cx->nlent + 1))
    return h_err(HEARTH_ERR_NOMEM, "out of memory lifting a borrow");
  cx->lent[cx->nlent++] = i;
  h->lends++; /* released by the caller of the lift when the call returns */
  out->kind = HEARTH_CV_BORROW;
  out->of.rep = h->rep;
  out->of.handle = 0; /* the host handle table's number, if the host gets it (instance.c) */
  out->of.resource = h->ri;
  return HEARTH_OK;
}

static hearth_status lower_handle(h_comp_cx *cx, const hearth_ctype *t, const hearth_cval *v,
                                  uint32_t *out) {
  if (!cx->handles) return trap("canonical ABI: no handle table for a resource value");
  if (t->kind == HEARTH_CV_BORROW && t->elem->owner && t->elem->owner == cx->self) {
    *out = v->of.rep; /* lower_borrow into the resource's own implementation: the rep itself */
    return HEARTH_OK;
  }
  h_chandle h = {.rt = t->elem, .rep = v->of.rep, .own = t->kind == HEARTH_CV_OWN,
                 .ri = v->of.resource};
  if (!h.own) h.scope = cx->borrow_scope;
  uint32_t i = h_comp_table_add(cx->handles, h);
  if (!i) return trap("canonical ABI: handle table full");
  if (!h.own) cx->nborrows++;
  *out = i;
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- load / store */

static hearth_status load_list_range(h_comp_cx *cx, const hearth_ctype *e, uint32_t ptr,
                                     uint32_t len, hearth_cval *out);

hearth_status h_comp_cabi_load(h_comp_cx *cx, const hearth_ctype *t, uint32_t ptr,
                               hearth_cval *out) {
  hearth_status st;
  memset(out, 0, sizeof *out);
  const uint8_t *p = range(cx, ptr, t->size);
  if (!p) return HEARTH_ERR_TRAP;
  switch (t->kind) {
  case HEARTH_CV_BOOL: case HEARTH_CV_S8: case HEARTH_CV_U8: case HEARTH_CV_S16:
  case HEARTH_CV_U16: case HEARTH_CV_S32: case HEARTH_CV_U32: case HEARTH_CV_S64:
  case HEARTH_CV_U64:
    set_int(out, t->kind, rd(p, t->size));
    return HEARTH_OK;
  case HEARTH_CV_F32: {
    uint32_t b;
    out->kind = HEARTH_CV_F32;
    out->of.f32 = f32_canon((uint32_t)rd(p, 4), &b);
    return HEARTH_OK;
  }
  case HEARTH_CV_F64: {
    uint64_t b;
    out->kind = HEARTH_CV_F64;
    out->of.f64 = f64_canon(rd(p, 8), &b);
    return HEARTH_OK;
  }
  case HEARTH_CV_CHAR: return lift_char((uint32_t)rd(p, 4), out);
  case HEARTH_CV_STRING: return load_string_range(cx, (uint32_t)rd(p, 4), (uint32_t)rd(p + 4, 4), out);
  case HEARTH_CV_LIST:
    if (t->fixed) {
      out->kind = HEARTH_CV_LIST;
      if ((st = new_children(out, t->fixed)) != HEARTH_OK) return st;
      for (uint32_t i = 0; i < t->fixed; i++)
        if ((st = h_comp_cabi_load(cx, t->elem, ptr + i * t->elem->size, &out->of.list.items[i])))
          return st;
      return HEARTH_OK;
    }
    return load_list_range(cx, t->elem, (uint32_t)rd(p, 4), (uint32_t)rd(p + 4, 4), out);
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE: {
    out->kind = (hearth_ckind)t->kind;
    if ((st = new_children(out, t->n)) != HEARTH_OK) return st;
    uint32_t at = ptr;
    for (uint32_t i = 0; i < t->n; i++) {
      at = align_to(at, t->elems[i]->align);
      if ((st = h_comp_cabi_load(cx, t->elems[i], at, &out->of.list.items[i])) != HEARTH_OK)
        return st;
      at += t->elems[i]->size;
    }
    return HEARTH_OK;
  }
  case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: {
    uint32_t ds = disc_size(t->n);
    uint32_t c = (uint32_t)rd(p, ds);
    if (c >= t->n) return trap("canonical ABI: variant case index out of range");
    out->kind = (hearth_ckind)t->kind;
    out->of.cas.index = c;
    if (!t->elems[c]) return HEARTH_OK;
    out->of.cas.payload = h_calloc(1, sizeof(hearth_cval));
    if (!out->of.cas.payload) return h_err(HEARTH_ERR_NOMEM, "out of memory lifting a variant");
    return h_comp_cabi_load(cx, t->elems[c], align_to(ptr + ds, max_case_align(t)),
                            out->of.cas.payload);
  }
  case HEARTH_CV_FLAGS: {
    uint64_t bits = rd(p, t->size);
    out->kind = HEARTH_CV_FLAGS;
    out->of.flags = (uint32_t)(t->n >= 32 ? bits : bits & ((1ull << t->n) - 1));
    return HEARTH_OK;
  }
  case HEARTH_CV_OWN: return lift_own(cx, t, (uint32_t)rd(p, 4), out);
  case HEARTH_CV_BORROW: return lift_borrow(cx, t, (uint32_t)rd(p, 4), out);
  default: return cannot(t, "lifted");
  }
}

static hearth_status load_list_range(h_comp_cx *cx, const hearth_ctype *e, uint32_t ptr,
                                     uint32_t len, hearth_cval *out) {
  hearth_status st;
  uint64_t bytes = (uint64_t)len * e->size;
  if (bytes > MAX_LIST_BYTE_LENGTH) return trap("canonical ABI: list too long");
  if (ptr % e->align) return trap("canonical ABI: misaligned list");
  const uint8_t *src = range(cx, ptr, bytes);
  if (!src) return HEARTH_ERR_TRAP;
  if (cx->packed && h_comp_is_int(e->kind)) /* one copy: the memory layout is the packed one */
    return hearth_cval_set_packed(out, src, (size_t)bytes);
  out->kind = HEARTH_CV_LIST;
  if ((st = new_children(out, len)) != HEARTH_OK) return st;
  for (uint32_t i = 0; i < len; i++)
    if ((st = h_comp_cabi_load(cx, e, ptr + i * e->size, &out->of.list.items[i])) != HEARTH_OK)
      return st;
  return HEARTH_OK;
}

/* The element count of a list value (items, or packed elements of type e). */
static uint64_t list_count(const hearth_ctype *e, const hearth_cval *v) {
  return v->kind == HEARTH_CV_PACKED ? v->of.packed.bytes / e->size : v->of.list.len;
}

static hearth_status store_list_range(h_comp_cx *cx, const hearth_ctype *e, const hearth_cval *v,
                                      uint32_t *optr) {
  hearth_status st;
  bool packed = v->kind == HEARTH_CV_PACKED;
  uint64_t bytes = packed ? v->of.packed.bytes : (uint64_t)v->of.list.len * e->size;
  if (bytes > MAX_LIST_BYTE_LENGTH) return trap("canonical ABI: list too long");
  uint32_t ptr;
  if ((st = do_realloc(cx, 0, 0, e->align, (uint32_t)bytes, &ptr)) != HEARTH_OK) return st;
  if ((st = check_range(cx, ptr, e->align, bytes)) != HEARTH_OK) return st;
  if (packed) {
    uint8_t *dst = range(cx, ptr, bytes);
    if (!dst) return HEARTH_ERR_TRAP;
    if (bytes) memcpy(dst, v->of.packed.data, (size_t)bytes);
    *optr = ptr;
    return HEARTH_OK;
  }
  for (size_t i = 0; i < v->of.list.len; i++)
    if ((st = h_comp_cabi_store(cx, e, &v->of.list.items[i], ptr + (uint32_t)i * e->size)))
      return st;
  *optr = ptr;
  return HEARTH_OK;
}

hearth_status h_comp_cabi_store(h_comp_cx *cx, const hearth_ctype *t, const hearth_cval *v,
                                uint32_t ptr) {
  hearth_status st;
  if (!range(cx, ptr, t->size)) return HEARTH_ERR_TRAP;
  switch (t->kind) {
  case HEARTH_CV_BOOL: case HEARTH_CV_S8: case HEARTH_CV_U8: case HEARTH_CV_S16:
  case HEARTH_CV_U16: case HEARTH_CV_S32: case HEARTH_CV_U32: case HEARTH_CV_S64:
  case HEARTH_CV_U64:
    wr(range(cx, ptr, t->size), get_int(v), t->size);
    return HEARTH_OK;
  case HEARTH_CV_F32: wr(range(cx, ptr, 4), f32_bits(v->of.f32), 4); return HEARTH_OK;
  case HEARTH_CV_F64: wr(range(cx, ptr, 8), f64_bits(v->of.f64), 8); return HEARTH_OK;
  case HEARTH_CV_CHAR: wr(range(cx, ptr, 4), v->of.c, 4); return HEARTH_OK;
  case HEARTH_CV_STRING: {
    uint32_t sp, su;
    if ((st = store_string_range(cx, v->of.str.data, v->of.str.len, &sp, &su))) return st;
    uint8_t *p = range(cx, ptr, 8);
    if (!p) return HEARTH_ERR_TRAP;
    wr(p, sp, 4);
    wr(p + 4, su, 4);
    return HEARTH_OK;
  }
  case HEARTH_CV_LIST: {
    if (t->fixed) {
      for (uint32_t i = 0; i < t->fixed; i++)
        if ((st = h_comp_cabi_store(cx, t->elem, &v->of.list.items[i], ptr + i * t->elem->size)))
          return st;
      return HEARTH_OK;
    }
    uint32_t lp;
    if ((st = store_list_range(cx, t->elem, v, &lp)) != HEARTH_OK) return st;
    uint8_t *p = range(cx, ptr, 8);
    if (!p) return HEARTH_ERR_TRAP;
    wr(p, lp, 4);
    wr(p + 4, list_count(t->elem, v), 4);
    return HEARTH_OK;
  }
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE: {
    uint32_t at = ptr;
    for (uint32_t i = 0; i < t->n; i++) {
      at = align_to(at, t->elems[i]->align);
      if ((st = h_comp_cabi_store(cx, t->elems[i], &v->of.list.items[i], at))) return st;
      at += t->elems[i]->size;
    }
    return HEARTH_OK;
  }
  case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: {
    uint32_t ds = disc_size(t->n), c = v->of.cas.index;
    wr(range(cx, ptr, ds), c, ds);
    if (!t->elems[c]) return HEARTH_OK;
    return h_comp_cabi_store(cx, t->elems[c], v->of.cas.payload,
                             align_to(ptr + ds, max_case_align(t)));
  }
  case HEARTH_CV_FLAGS: wr(range(cx, ptr, t->size), v->of.flags, t->size); return HEARTH_OK;
  case HEARTH_CV_OWN: case HEARTH_CV_BORROW: {
    uint32_t h;
    if ((st = lower_handle(cx, t, v, &h)) != HEARTH_OK) return st;
    wr(range(cx, ptr, 4), h, 4);
    return HEARTH_OK;
  }
  default: return cannot(t, "lowered");
  }
}

/* ---------------------------------------------------------------- flat */

static hearth_status next(const h_flat *vals, uint32_t nvals, uint32_t *i, h_flat *out) {
  *out = 0;
  if (*i >= nvals) return trap("canonical ABI: too few core values");
  *out = vals[(*i)++];
  return HEARTH_OK;
}

hearth_status h_comp_cabi_lift_flat(h_comp_cx *cx, const hearth_ctype *t, const h_flat *vals,
                                    uint32_t nvals, uint32_t *i, hearth_cval *out) {
  hearth_status st;
  h_flat a, b;
  memset(out, 0, sizeof *out);
  switch (t->kind) {
  case HEARTH_CV_BOOL: case HEARTH_CV_S8: case HEARTH_CV_U8: case HEARTH_CV_S16:
  case HEARTH_CV_U16: case HEARTH_CV_S32: case HEARTH_CV_U32: case HEARTH_CV_S64:
  case HEARTH_CV_U64:
    if ((st = next(vals, nvals, i, &a))) return st;
    set_int(out, t->kind, a);
    return HEARTH_OK;
  case HEARTH_CV_F32: {
    uint32_t bits;
    if ((st = next(vals, nvals, i, &a))) return st;
    out->kind = HEARTH_CV_F32;
    out->of.f32 = f32_canon((uint32_t)a, &bits);
    return HEARTH_OK;
  }
  case HEARTH_CV_F64: {
    uint64_t bits;
    if ((st = next(vals, nvals, i, &a))) return st;
    out->kind = HEARTH_CV_F64;
    out->of.f64 = f64_canon(a, &bits);
    return HEARTH_OK;
  }
  case HEARTH_CV_CHAR:
    if ((st = next(vals, nvals, i, &a))) return st;
    return lift_char((uint32_t)a, out);
  case HEARTH_CV_STRING:
    if ((st = next(vals, nvals, i, &a)) || (st = next(vals, nvals, i, &b))) return st;
    return load_string_range(cx, (uint32_t)a, (uint32_t)b, out);
  case HEARTH_CV_LIST:
    if (t->fixed) {
      out->kind = HEARTH_CV_LIST;
      if ((st = new_children(out, t->fixed)) != HEARTH_OK) return st;
      for (uint32_t k = 0; k < t->fixed; k++)
        if ((st = h_comp_cabi_lift_flat(cx, t->elem, vals, nvals, i, &out->of.list.items[k])))
          return st;
      return HEARTH_OK;
    }
    if ((st = next(vals, nvals, i, &a)) || (st = next(vals, nvals, i, &b))) return st;
    return load_list_range(cx, t->elem, (uint32_t)a, (uint32_t)b, out);
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE:
    out->kind = (hearth_ckind)t->kind;
    if ((st = new_children(out, t->n)) != HEARTH_OK) return st;
    for (uint32_t k = 0; k < t->n; k++)
      if ((st = h_comp_cabi_lift_flat(cx, t->elems[k], vals, nvals, i, &out->of.list.items[k])))
        return st;
    return HEARTH_OK;
  case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: {
    uint8_t have[H_MAX_FLAT_PARAMS + 1];
    uint32_t nf = h_comp_type_flatten(t, have, sizeof have);
    if (nf > sizeof have) return trap("canonical ABI: variant too wide to pass flat");
    if ((st = next(vals, nvals, i, &a))) return st;
    if (a >= t->n) return trap("canonical ABI: variant case index out of range");
    uint32_t c = (uint32_t)a, width = nf - 1;
    if (*i + width > nvals) return trap("canonical ABI: too few core values");
    out->kind = (hearth_ckind)t->kind;
    out->of.cas.index = c;
    if (t->elems[c]) {
      uint8_t want[H_MAX_FLAT_PARAMS + 1];
      uint32_t nw = h_comp_type_flatten(t->elems[c], want, sizeof want);
      h_flat co[H_MAX_FLAT_PARAMS + 1];
      assert(nw <= width);
      for (uint32_t k = 0; k < nw; k++) {
        h_flat x = vals[*i + k];
        co[k] = (want[k] == H_T_I32 || want[k] == H_T_F32) ? (uint32_t)x : x;
      }
      out->of.cas.payload = h_calloc(1, sizeof(hearth_cval));
      if (!out->of.cas.payload) return h_err(HEARTH_ERR_NOMEM, "out of memory lifting a variant");
      uint32_t j = 0;
      if ((st = h_comp_cabi_lift_flat(cx, t->elems[c], co, nw, &j, out->of.cas.payload)))
        return st;
    }
    *i += width;
    return HEARTH_OK;
  }
  case HEARTH_CV_FLAGS:
    if ((st = next(vals, nvals, i, &a))) return st;
    out->kind = HEARTH_CV_FLAGS;
    out->of.flags = (uint32_t)(t->n >= 32 ? (uint32_t)a : a & ((1ull << t->n) - 1));
    return HEARTH_OK;
  case HEARTH_CV_OWN:
    if ((st = next(vals, nvals, i, &a))) return st;
    return lift_own(cx, t, (uint32_t)a, out);
  case HEARTH_CV_BORROW:
    if ((st = next(vals, nvals, i, &a))) return st;
    return lift_borrow(cx, t, (uint32_t)a, out);
  default: return cannot(t, "lifted");
  }
}

static hearth_status put(h_flat *out, uint32_t cap, uint32_t *i, h_flat v) {
  if (*i >= cap) return trap("canonical ABI: too many core values");
  out[(*i)++] = v;
  return HEARTH_OK;
}

hearth_status h_comp_cabi_lower_flat(h_comp_cx *cx, const hearth_ctype *t, const hearth_cval *v,
                                     h_flat *out, uint32_t cap, uint32_t *i) {
  hearth_status st;
  switch (t->kind) {
  case HEARTH_CV_BOOL: case HEARTH_CV_S8: case HEARTH_CV_U8: case HEARTH_CV_S16:
  case HEARTH_CV_U16: case HEARTH_CV_S32: case HEARTH_CV_U32:
    return put(out, cap, i, (uint32_t)get_int(v));
  case HEARTH_CV_S64: case HEARTH_CV_U64: return put(out, cap, i, get_int(v));
  case HEARTH_CV_F32: return put(out, cap, i, f32_bits(v->of.f32));
  case HEARTH_CV_F64: return put(out, cap, i, f64_bits(v->of.f64));
  case HEARTH_CV_CHAR: return put(out, cap, i, v->of.c);
  case HEARTH_CV_STRING: {
    uint32_t p, u;
    if ((st = store_string_range(cx, v->of.str.data, v->of.str.len, &p, &u))) return st;
    if ((st = put(out, cap, i, p))) return st;
    return put(out, cap, i, u);
  }
  case HEARTH_CV_LIST: {
    if (t->fixed) {
      for (uint32_t k = 0; k < t->fixed; k++)
        if ((st = h_comp_cabi_lower_flat(cx, t->elem, &v->of.list.items[k], out, cap, i)))
          return st;
      return HEARTH_OK;
    }
    uint32_t p;
    if ((st = store_list_range(cx, t->elem, v, &p))) return st;
    if ((st = put(out, cap, i, p))) return st;
    return put(out, cap, i, list_count(t->elem, v));
  }
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE:
    for (uint32_t k = 0; k < t->n; k++)
      if ((st = h_comp_cabi_lower_flat(cx, t->elems[k], &v->of.list.items[k], out, cap, i)))
        return st;
    return HEARTH_OK;
  case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: {
    uint32_t width = t->nflat - 1, c = v->of.cas.index;
    if ((st = put(out, cap, i, c))) return st;
    uint32_t start = *i;
    if (*i + width > cap) return trap("canonical ABI: too many core values");
    if (t->elems[c] && (st = h_comp_cabi_lower_flat(cx, t->elems[c], v->of.cas.payload, out, cap, i)))
      return st;
    while (*i < start + width) out[(*i)++] = 0; /* zero padding up to the joined width */
    return HEARTH_OK;
  }
  case HEARTH_CV_FLAGS: return put(out, cap, i, v->of.flags);
  case HEARTH_CV_OWN: case HEARTH_CV_BORROW: {
    uint32_t h;
    if ((st = lower_handle(cx, t, v, &h))) return st;
    return put(out, cap, i, h);
  }
  default: return cannot(t, "lowered");
  }
}

/* Alignment and size of tuple<ts...> (the spill area). */
static void tuple_layout(hearth_ctype *const *ts, uint32_t n, uint32_t *align, uint32_t *size,
                         uint32_t *nflat) {
  uint32_t a = 1, s = 0, f = 0;
  for (uint32_t k = 0; k < n; k++) {
    if (ts[k]->align > a) a = ts[k]->align;
    s = align_to(s, ts[k]->align) + ts[k]->size;
    f += ts[k]->nflat;
  }
  *align = a;
  *size = align_to(s, a);
  *nflat = f;
}

hearth_status h_comp_cabi_lift_values(h_comp_cx *cx, hearth_ctype *const *ts, uint32_t n,
                                      uint32_t max_flat, const h_flat *vals, uint32_t nvals,
                                      hearth_cval *out) {
  hearth_status st;
  uint32_t align, size, nflat, i = 0;
  tuple_layout(ts, n, &align, &size, &nflat);
  if (nflat > max_flat) {
    if (nvals < 1) return trap("canonical ABI: too few core values");
    uint32_t ptr = (uint32_t)vals[0];
    if (ptr % align) return trap("canonical ABI: misaligned pointer to spilled values");
    if (!range(cx, ptr, size)) return HEARTH_ERR_TRAP;
    uint32_t at = ptr;
    for (uint32_t k = 0; k < n; k++) {
      at = align_to(at, ts[k]->align);
      if ((st = h_comp_cabi_load(cx, ts[k], at, &out[k])) != HEARTH_OK) return st;
      at += ts[k]->size;
    }
    return HEARTH_OK;
  }
  for (uint32_t k = 0; k < n; k++)
    if ((st = h_comp_cabi_lift_flat(cx, ts[k], vals, nvals, &i, &out[k])) != HEARTH_OK) return st;
  return HEARTH_OK;
}

hearth_status h_comp_cabi_lower_values(h_comp_cx *cx, hearth_ctype *const *ts, uint32_t n,
                                       uint32_t max_flat, const hearth_cval *vs, h_flat *out,
                                       uint32_t cap, uint32_t *nout, uint64_t out_param) {
  hearth_status st;
  uint32_t align, size, nflat;
  tuple_layout(ts, n, &align, &size, &nflat);
  *nout = 0;
  if (nflat > max_flat) {
    uint32_t ptr;
    if (out_param == UINT64_MAX) {
      if ((st = do_realloc(cx, 0, 0, align, size, &ptr)) != HEARTH_OK) return st;
      if ((st = put(out, cap, nout, ptr))) return st;
    } else {
      ptr = (uint32_t)out_param;
    }
    if (ptr % align) return trap("canonical ABI: misaligned pointer for spilled values");
    if (!range(cx, ptr, size)) return HEARTH_ERR_TRAP;
    uint32_t at = ptr;
    for (uint32_t k = 0; k < n; k++) {
      at = align_to(at, ts[k]->align);
      if ((st = h_comp_cabi_store(cx, ts[k], &vs[k], at)) != HEARTH_OK) return st;
      at += ts[k]->size;
    }
    return HEARTH_OK;
  }
  for (uint32_t k = 0; k < n; k++)
    if ((st = h_comp_cabi_lower_flat(cx, ts[k], &vs[k], out, cap, nout))) return st;
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- checking host values */

/* Values of the async types (handles into tables hearth does not keep) never cross a call. */
static hearth_status async_value(void) {
  return h_err(HEARTH_ERR_UNSUPPORTED, "stream, future and error-context values are not supported");
}

static hearth_status bad(const char *what) {
  return h_err(HEARTH_ERR_ARGUMENT, "component value does not match its type: %s", what);
}

hearth_status h_comp_cabi_check(const hearth_ctype *t, const hearth_cval *v) {
  hearth_status st;
  if (!v) return bad("missing value");
  if (v->kind == HEARTH_CV_PACKED && t->kind == HEARTH_CV_LIST) {
    if (t->fixed || !h_comp_is_int(t->elem->kind)) return bad("a packed list of a type that is not list<integer>");
    if (v->of.packed.bytes && !v->of.packed.data) return bad("packed list without data");
    if (v->of.packed.bytes % t->elem->size) return bad("packed list of a partial element");
    return HEARTH_OK;
  }
  if ((uint32_t)v->kind != t->kind) return bad("wrong kind");
  switch (t->kind) {
  case HEARTH_CV_S8: if (v->of.s < -128 || v->of.s > 127) return bad("s8 out of range"); break;
  case HEARTH_CV_U8: if (v->of.u > 0xff) return bad("u8 out of range"); break;
  case HEARTH_CV_S16: if (v->of.s < -32768 || v->of.s > 32767) return bad("s16 out of range"); break;
  case HEARTH_CV_U16: if (v->of.u > 0xffff) return bad("u16 out of range"); break;
  case HEARTH_CV_S32: if (v->of.s < INT32_MIN || v->of.s > INT32_MAX) return bad("s32 out of range"); break;
  case HEARTH_CV_U32: if (v->of.u > 0xffffffffu) return bad("u32 out of range"); break;
  case HEARTH_CV_CHAR:
    if (v->of.c >= 0x110000 || (v->of.c >= 0xD800 && v->of.c <= 0xDFFF))
      return bad("char is not a Unicode scalar value");
    break;
  case HEARTH_CV_STRING:
    if (v->of.str.len && !v->of.str.data) return bad("string without data");
    if (!utf8_valid(v->of.str.data, v->of.str.len)) return bad("string is not valid UTF-8");
    break;
  case HEARTH_CV_LIST:
    if (v->of.list.len && !v->of.list.items) return bad("list without items");
    if (t->fixed && v->of.list.len != t->fixed) return bad("fixed-length list of the wrong length");
    for (size_t i = 0; i < v->of.list.len; i++)
      if ((st = h_comp_cabi_check(t->elem, &v->of.list.items[i]))) return st;
    break;
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE:
    if (v->of.list.len != t->n || !v->of.list.items) return bad("wrong number of fields");
    for (uint32_t i = 0; i < t->n; i++)
      if ((st = h_comp_cabi_check(t->elems[i], &v->of.list.items[i]))) return st;
    break;
  case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT:
    if (v->of.cas.index >= t->n) return bad("case index out of range");
    if (t->elems[v->of.cas.index]) {
      if (!v->of.cas.payload) return bad("case without its payload");
      return h_comp_cabi_check(t->elems[v->of.cas.index], v->of.cas.payload);
    }
    break;
  case HEARTH_CV_FLAGS:
    if (t->n < 32 && (v->of.flags >> t->n)) return bad("flag bit beyond the labels");
    break;
  case HEARTH_CV_STREAM: case HEARTH_CV_FUTURE: case HEARTH_CV_ERROR_CONTEXT: return async_value();
  default: break;
  }
  return HEARTH_OK;
}
