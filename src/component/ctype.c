/* ctype.c: component type nodes: their arena, canonical ABI size/alignment/flattening
 * (CanonicalABI.md "Element Size", "Flattening"), structural equality, and hearth_ctype_*. */
#include "comp.h"

#include <stdlib.h>

void *h_comp_arena_alloc(h_carena *a, size_t size) {
  if (a->n == a->cap && !h_array_grow((void **)&a->ptrs, sizeof(void *), &a->cap, a->n + 1))
    return NULL;
  void *p = h_calloc(1, size ? size : 1);
  if (!p) return NULL;
  a->ptrs[a->n++] = p;
  return p;
}

char *h_comp_arena_strndup(h_carena *a, const char *s, size_t n) {
  char *p = h_comp_arena_alloc(a, n + 1);
  if (p) memcpy(p, s, n);
  return p;
}

void h_comp_arena_free(h_carena *a) {
  for (uint32_t i = 0; i < a->n; i++) h_free(a->ptrs[i]);
  h_free(a->ptrs);
  memset(a, 0, sizeof *a);
}

static uint32_t align_to(uint32_t x, uint32_t a) { return (x + a - 1) / a * a; }

static bool is_variant_like(uint32_t k) {
  return k == HEARTH_CV_VARIANT || k == HEARTH_CV_ENUM || k == HEARTH_CV_OPTION ||
         k == HEARTH_CV_RESULT;
}

/* Discriminant size of a variant with n cases (definitions.py discriminant_type). */
static uint32_t disc_size(uint32_t n) { return n <= 256 ? 1 : n <= 65536 ? 2 : 4; }

/* Sizes saturate at UINT32_MAX/2 so hostile types cannot overflow; validation rejects values of
 * 2^28 bytes or more (Binary.md). */
#define H_SIZE_CAP 0x7fffffffu
static uint32_t sat_add(uint32_t a, uint32_t b) { return a + b > H_SIZE_CAP || a + b < a ? H_SIZE_CAP : a + b; }
static uint32_t sat_mul(uint32_t a, uint32_t b) {
  uint64_t r = (uint64_t)a * b;
  return r > H_SIZE_CAP ? H_SIZE_CAP : (uint32_t)r;
}

/* size64/align64: the canonical ABI layout with 64-bit pointers (strings and lists are two i64s),
 * whose size Binary.md bounds below 2^28 for every value type. */
static void finish64(hearth_ctype *t) {
  uint32_t s = 0, a = 1;
  switch (t->kind) {
  case HEARTH_CV_STRING: s = 16; a = 8; break;
  case HEARTH_CV_LIST:
    if (t->fixed) {
      a = t->elem->align64;
      s = sat_mul(t->elem->size64, t->fixed);
    } else {
      s = 16; a = 8;
    }
    break;
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE:
    for (uint32_t i = 0; i < t->n; i++) {
      const hearth_ctype *e = t->elems[i];
      if (e->align64 > a) a = e->align64;
      s = sat_add(align_to(s, e->align64), e->size64);
    }
    s = align_to(s, a);
    break;
  case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: {
    uint32_t ds = disc_size(t->n), ca = 1, cs = 0;
    for (uint32_t i = 0; i < t->n; i++) {
      const hearth_ctype *e = t->elems[i];
      if (!e) continue;
      if (e->align64 > ca) ca = e->align64;
      if (e->size64 > cs) cs = e->size64;
    }
    a = ds > ca ? ds : ca;
    s = align_to(sat_add(align_to(ds, ca), cs), a);
    break;
  }
  default: s = t->size; a = t->align; break;
  }
  t->size64 = s;
  t->align64 = a;
}

void h_comp_type_finish(hearth_ctype *t) {
  uint32_t s = 0, a = 1, f = 0;
  switch (t->kind) {
  case HEARTH_CV_BOOL: case HEARTH_CV_S8: case HEARTH_CV_U8: s = a = 1; f = 1; break;
  case HEARTH_CV_S16: case HEARTH_CV_U16: s = a = 2; f = 1; break;
  case HEARTH_CV_S32: case HEARTH_CV_U32: case HEARTH_CV_F32: case HEARTH_CV_CHAR:
  case HEARTH_CV_OWN: case HEARTH_CV_BORROW: case HEARTH_CV_STREAM: case HEARTH_CV_FUTURE:
  case HEARTH_CV_ERROR_CONTEXT: s = a = 4; f = 1; break;
  case HEARTH_CV_S64: case HEARTH_CV_U64: case HEARTH_CV_F64: s = a = 8; f = 1; break;
  case HEARTH_CV_STRING: s = 8; a = 4; f = 2; break;
  case HEARTH_CV_LIST:
    if (t->fixed) {
      a = t->elem->align;
      s = sat_mul(t->elem->size, t->fixed);
      f = sat_mul(t->elem->nflat, t->fixed);
    } else {
      s = 8; a = 4; f = 2;
    }
    break;
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE:
    for (uint32_t i = 0; i < t->n; i++) {
      const hearth_ctype *e = t->elems[i];
      if (e->align > a) a = e->align;
      s = sat_add(align_to(s, e->align), e->size);
      f = sat_add(f, e->nflat);
    }
    s = align_to(s, a);
    break;
  case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: {
    uint32_t ds = disc_size(t->n), ca = 1, cs = 0, cf = 0;
    for (uint32_t i = 0; i < t->n; i++) {
      const hearth_ctype *e = t->elems[i];
      if (!e) continue;
      if (e->align > ca) ca = e->align;
      if (e->size > cs) cs = e->size;
      if (e->nflat > cf) cf = e->nflat;
    }
    a = ds > ca ? ds : ca;
    s = align_to(sat_add(align_to(ds, ca), cs), a);
    f = sat_add(cf, 1);
    break;
  }
  case HEARTH_CV_FLAGS:
    s = a = t->n <= 8 ? 1 : t->n <= 16 ? 2 : 4;
    f = 1;
    break;
  default: break;
  }
  t->size = s;
  t->align = a;
  t->nflat = f;
  finish64(t);
}

/* join of definitions.py */
static uint8_t join(uint8_t a, uint8_t b) {
  if (a == b) return a;
  if ((a == H_T_I32 && b == H_T_F32) || (a == H_T_F32 && b == H_T_I32)) return H_T_I32;
  return H_T_I64;
}

static uint32_t flatten(const hearth_ctype *t, uint8_t *out, uint32_t cap, uint32_t at) {
#define PUT(v) do { if (at < cap) out[at] = (v); at++; } while (0)
  switch (t->kind) {
  case HEARTH_CV_S64: case HEARTH_CV_U64: PUT(H_T_I64); break;
  case HEARTH_CV_F32: PUT(H_T_F32); break;
  case HEARTH_CV_F64: PUT(H_T_F64); break;
  case HEARTH_CV_STRING: PUT(H_T_I32); PUT(H_T_I32); break;
  case HEARTH_CV_LIST:
    if (t->fixed) {
      if (at + (uint64_t)t->nflat > cap) at = sat_add(at, t->nflat); /* only the count matters */
      else for (uint32_t i = 0; i < t->fixed; i++) at = flatten(t->elem, out, cap, at);
    } else {
      PUT(H_T_I32); PUT(H_T_I32);
    }
    break;
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE:
    for (uint32_t i = 0; i < t->n; i++) at = flatten(t->elems[i], out, cap, at);
    break;
  case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: {
    PUT(H_T_I32);
    uint32_t base = at, width = 0;
    uint8_t tmp[64];
    for (uint32_t i = 0; i < t->n; i++) {
      const hearth_ctype *e = t->elems[i];
      if (!e) continue;
      uint32_t k = flatten(e, tmp, sizeof tmp, 0);
      for (uint32_t j = 0; j < k; j++) {
        uint8_t ft = j < sizeof tmp ? tmp[j] : H_T_I64;
        if (base + j < cap) out[base + j] = j < width ? join(out[base + j], ft) : ft;
      }
      if (k > width) width = k;
    }
    at = base + width;
    break;
  }
  default: PUT(H_T_I32); break; /* bool, ints <= 32 bits, char, flags, handles */
  }
  return at;
#undef PUT
}

uint32_t h_comp_type_flatten(const hearth_ctype *t, uint8_t *out, uint32_t cap) {
  return flatten(t, out, cap, 0);
}

bool h_comp_type_has_borrow(const hearth_ctype *t) {
  if (!t) return false;
  if (t->kind == HEARTH_CV_BORROW) return true;
  if (t->kind == HEARTH_CV_LIST) return h_comp_type_has_borrow(t->elem);
  if (t->kind == HEARTH_CV_RECORD || t->kind == HEARTH_CV_TUPLE || is_variant_like(t->kind))
    for (uint32_t i = 0; i < t->n; i++)
      if (h_comp_type_has_borrow(t->elems[i])) return true;
  return false;
}

bool h_comp_type_eq(const hearth_ctype *a, const hearth_ctype *b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind || a->n != b->n || a->fixed != b->fixed || a->async != b->async)
    return false;
  if (a->kind == H_CT_RESOURCE) return false; /* resources are equal only by identity */
  if (a->kind == HEARTH_CV_OWN || a->kind == HEARTH_CV_BORROW) return a->elem == b->elem;
  if (a->elem || b->elem)
    if (!h_comp_type_eq(a->elem, b->elem)) return false;
  for (uint32_t i = 0; i < a->n; i++) {
    if (a->names && b->names && strcmp(a->names[i], b->names[i]) != 0) return false;
    if (a->elems && b->elems && !h_comp_type_eq(a->elems[i], b->elems[i])) return false;
  }
  return true;
}

/* ---- public accessors ---- */

hearth_ckind hearth_ctype_kind(const hearth_ctype *t) {
  if (!t) return HEARTH_CV_BOOL;
  return t->kind == H_CT_RESOURCE ? HEARTH_CV_OWN : (hearth_ckind)t->kind;
}

size_t hearth_ctype_count(const hearth_ctype *t) {
  if (!t) return 0;
  switch (t->kind) {
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE: case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM:
  case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: case HEARTH_CV_FLAGS: case HEARTH_CV_FUNC:
    return t->n;
  default: return 0;
  }
}

const char *hearth_ctype_name(const hearth_ctype *t, size_t i) {
  if (!t || i >= hearth_ctype_count(t) || !t->names) return NULL;
  return t->names[i];
}

const hearth_ctype *hearth_ctype_elem(const hearth_ctype *t, size_t i) {
  if (!t) return NULL;
  if (t->kind == HEARTH_CV_LIST) return i == 0 ? t->elem : NULL;
  if (t->kind == HEARTH_CV_OPTION && i == 0) return t->elems[1];
  if (t->kind == HEARTH_CV_FLAGS || t->kind == HEARTH_CV_ENUM) return NULL;
  if (i >= hearth_ctype_count(t) || !t->elems) return NULL;
  return t->elems[i];
}

const hearth_ctype *hearth_ctype_result(const hearth_ctype *t) {
  return t && t->kind == HEARTH_CV_FUNC ? t->elem : NULL;
}
