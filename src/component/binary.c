/* binary.c: the component binary format (design/mvp/Binary.md): decodes every section of a
 * component (nested components included) into h_cdef definitions and validates them as it goes:
 * index spaces per sort, types (value, function, instance, component, resource types in their
 * scopes, with outer aliases), aliases against instance types, canonical definitions against
 * flattened core signatures, import/export names. Core modules are compiled with
 * hearth_module_new. Errors carry the byte offset; valid features hearth does not run (async,
 * values, shared-everything threads, GC struct/array types) are UNSUPPORTED. Async types and
 * built-ins (stream, future, error-context, `func async`, the H_COMP_BUILTINS) are decoded and
 * validated; instance.c runs what completes within one call. */
#include "comp.h"

#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

/* ---------------------------------------------------------------- reader */

typedef struct rd {
  const uint8_t *p, *end, *base; /* base: the component's first byte, for offsets */
} rd;

static uint32_t off(const rd *r) { return (uint32_t)(r->p - r->base); }

#define MALFORMED(r, ...) h_comp_fail(HEARTH_ERR_MALFORMED, off(r), __VA_ARGS__)
#define INVALID(r, ...) h_comp_fail(HEARTH_ERR_INVALID, off(r), __VA_ARGS__)
#define UNSUPPORTED(r, ...) h_comp_fail(HEARTH_ERR_UNSUPPORTED, off(r), __VA_ARGS__)

static hearth_status h_comp_fail(hearth_status s, uint32_t at, const char *fmt, ...) H_PRINTF(3, 4);
static hearth_status h_comp_fail(hearth_status s, uint32_t at, const char *fmt, ...) {
  char buf[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return h_err(s, "component byte 0x%x: %s", at, buf);
}

static hearth_status u8(rd *r, uint8_t *out) {
  *out = 0;
  if (r->p >= r->end) return MALFORMED(r, "unexpected end");
  *out = *r->p++;
  return HEARTH_OK;
}

static hearth_status u32(rd *r, uint32_t *out) {
  int e = h_leb_u32(&r->p, r->end, out);
  if (e != H_LEB_OK) return MALFORMED(r, "%s", h_leb_message(e));
  return HEARTH_OK;
}

/* A vector count, bounded by the bytes left (every element takes at least one byte). */
static hearth_status count(rd *r, uint32_t *out) {
  hearth_status st = u32(r, out);
  if (st == HEARTH_OK && *out > (size_t)(r->end - r->p)) return MALFORMED(r, "vector count too large");
  return st;
}

static bool utf8_ok(const uint8_t *s, uint32_t n) {
  for (uint32_t i = 0; i < n;) {
    uint8_t b = s[i];
    uint32_t need, c, min;
    if (b < 0x80) { i++; continue; }
    if ((b & 0xE0) == 0xC0) { need = 1; c = b & 0x1F; min = 0x80; }
    else if ((b & 0xF0) == 0xE0) { need = 2; c = b & 0x0F; min = 0x800; }
    else if ((b & 0xF8) == 0xF0) { need = 3; c = b & 0x07; min = 0x10000; }
    else return false;
    if (i + need >= n) return false;
    for (uint32_t k = 1; k <= need; k++) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      c = c << 6 | (s[i + k] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    i += need + 1;
  }
  return true;
}

/* A name (len + UTF-8 bytes) copied into the arena. */
static hearth_status name(rd *r, h_carena *a, char **out) {
  uint32_t n;
  hearth_status st = u32(r, &n);
  if (st) return st;
  if (n > (size_t)(r->end - r->p)) return MALFORMED(r, "name extends past the end");
  if (!utf8_ok(r->p, n)) return MALFORMED(r, "malformed UTF-8 encoding in a name");
  if (memchr(r->p, 0, n)) return MALFORMED(r, "NUL byte in a name");
  *out = h_comp_arena_strndup(a, (const char *)r->p, n);
  if (!*out) return h_err(HEARTH_ERR_NOMEM, "out of memory decoding a component");
  r->p += n;
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- primitive types */

static hearth_ctype g_prims[13];
static pthread_once_t g_prims_once = PTHREAD_ONCE_INIT;
static void prims_init(void) {
  static const uint32_t kinds[13] = {
      HEARTH_CV_BOOL, HEARTH_CV_S8, HEARTH_CV_U8, HEARTH_CV_S16, HEARTH_CV_U16, HEARTH_CV_S32,
      HEARTH_CV_U32, HEARTH_CV_S64, HEARTH_CV_U64, HEARTH_CV_F32, HEARTH_CV_F64, HEARTH_CV_CHAR,
      HEARTH_CV_STRING};
  for (int i = 0; i < 13; i++) {
    g_prims[i].kind = kinds[i];
    h_comp_type_finish(&g_prims[i]);
  }
}
/* 0x7f bool .. 0x73 string */
static hearth_ctype *prim(uint8_t code) {
  pthread_once(&g_prims_once, prims_init);
  return &g_prims[0x7f - code];
}

/* ---------------------------------------------------------------- scopes */

/* A scope of index spaces: a component (sp = its definition's) or an instance/component type
 * being declared (own spaces, discarded after). Outer aliases walk `parent`. */
typedef struct scope {
  struct scope *parent;
  h_cdef *def;            /* the component, or NULL for a type scope */
  h_cspace *sp;           /* H_SP_COUNT spaces */
  hearth_ctype *ty;       /* type scopes: the instance/component type being built */
} scope;

typedef struct dec {
  hearth_component *c;
  h_carena *a;
  uint32_t depth;         /* nesting of components and types, bounded */
  hearth_ctype *last_fresh; /* the abstract resource the last externtype `sub resource` made */
} dec;

#define H_MAX_COMP_DEPTH 100u
#define H_MAX_SPACE (1u << 20)

int h_comp_space_of(uint32_t sort) {
  switch (sort) {
  case H_SORT_CORE_FUNC: return H_SP_CORE_FUNC;
  case H_SORT_CORE_TABLE: return H_SP_CORE_TABLE;
  case H_SORT_CORE_MEMORY: return H_SP_CORE_MEMORY;
  case H_SORT_CORE_GLOBAL: return H_SP_CORE_GLOBAL;
  case H_SORT_CORE_TAG: return H_SP_CORE_TAG;
  case H_SORT_CORE_TYPE: return H_SP_CORE_TYPE;
  case H_SORT_CORE_MODULE: return H_SP_CORE_MODULE;
  case H_SORT_CORE_INSTANCE: return H_SP_CORE_INSTANCE;
  case H_SORT_FUNC: return H_SP_FUNC;
  case H_SORT_VALUE: return H_SP_VALUE;
  case H_SORT_TYPE: return H_SP_TYPE;
  case H_SORT_COMPONENT: return H_SP_COMPONENT;
  case H_SORT_INSTANCE: return H_SP_INSTANCE;
  default: return -1;
  }
}

static const char *sort_name(uint32_t sort) {
  switch (sort) {
  case H_SORT_CORE_FUNC: return "core func";
  case H_SORT_CORE_TABLE: return "core table";
  case H_SORT_CORE_MEMORY: return "core memory";
  case H_SORT_CORE_GLOBAL: return "core global";
  case H_SORT_CORE_TAG: return "core tag";
  case H_SORT_CORE_TYPE: return "core type";
  case H_SORT_CORE_MODULE: return "core module";
  case H_SORT_CORE_INSTANCE: return "core instance";
  case H_SORT_FUNC: return "func";
  case H_SORT_VALUE: return "value";
  case H_SORT_TYPE: return "type";
  case H_SORT_COMPONENT: return "component";
  case H_SORT_INSTANCE: return "instance";
  default: return "?";
  }
}

static hearth_status push(rd *r, h_cspace *s, h_cslot slot) {
  if (s->n >= H_MAX_SPACE) return INVALID(r, "too many definitions in one index space");
  if (s->n == s->cap && !h_array_grow((void **)&s->s, sizeof *s->s, &s->cap, s->n + 1))
    return h_err(HEARTH_ERR_NOMEM, "out of memory decoding a component");
  s->s[s->n++] = slot;
  return HEARTH_OK;
}

static hearth_status get(rd *r, scope *sc, uint32_t sort, uint32_t idx, h_cslot **out) {
  int k = h_comp_space_of(sort);
  *out = NULL;
  if (k < 0) return MALFORMED(r, "unknown sort");
  if (idx >= sc->sp[k].n)
    return INVALID(r, "%s index %u out of range (%u defined)", sort_name(sort), idx, sc->sp[k].n);
  *out = &sc->sp[k].s[idx];
  return HEARTH_OK;
}

static hearth_status add_act(rd *r, h_cdef *d, h_cact act, uint32_t *index) {
  if (d->nacts == d->cap_acts &&
      !h_array_grow((void **)&d->acts, sizeof *d->acts, &d->cap_acts, d->nacts + 1))
    return h_err(HEARTH_ERR_NOMEM, "out of memory decoding a component");
  act.offset = off(r);
  if (index) *index = d->nacts;
  d->acts[d->nacts++] = act;
  return HEARTH_OK;
}

static hearth_ctype *new_type(dec *D, uint32_t kind) {
  hearth_ctype *t = h_comp_arena_alloc(D->a, sizeof *t);
  if (t) t->kind = kind;
  return t;
}

static hearth_status nomem(void) { return h_err(HEARTH_ERR_NOMEM, "out of memory decoding a component"); }

/* Appends an extern (name, sort, type) to an array in the arena (grown by copying). */
static bool names_clash(const char *a, const char *b);
static hearth_status check_annotation(rd *r, const char *nm, uint32_t sort, const hearth_ctype *type,
                                      const h_cextern *prev, uint32_t nprev);

/* Component-level names (sort < H_SORT_CORE) must be strongly unique and annotated ones must
 * follow their resource; core names only differ. */
static hearth_status add_extern(rd *r, dec *D, h_cextern **arr, uint32_t *n, const char *nm,
                                uint32_t sort, hearth_ctype *type) {
  bool core = sort >= H_SORT_CORE && sort != H_SORT_CORE_MODULE;
  for (uint32_t i = 0; i < *n; i++)
    if (core ? strcmp((*arr)[i].name, nm) == 0 : names_clash((*arr)[i].name, nm))
      return INVALID(r, "duplicate name \"%s\"", nm);
  if (!core) {
    hearth_status st = check_annotation(r, nm, sort, type, *arr, *n);
    if (st) return st;
  }
  h_cextern *na = h_comp_arena_alloc(D->a, sizeof *na * (*n + 1));
  if (!na) return nomem();
  if (*n) memcpy(na, *arr, sizeof *na * *n);
  na[*n].name = (char *)nm;
  na[*n].sort = sort;
  na[*n].type = type;
  *arr = na;
  (*n)++;
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- value and func types */

static hearth_status valtype(rd *r, dec *D, scope *sc, hearth_ctype **out) {
  int64_t v;
  const uint8_t *at = r->p;
  int e = h_leb_s(&r->p, r->end, 33, &v);
  if (e != H_LEB_OK) return MALFORMED(r, "%s", h_leb_message(e));
  if (v < 0) {
    uint8_t code = (uint8_t)(v & 0x7f);
    if (code >= 0x73 && code <= 0x7f) { *out = prim(code); return HEARTH_OK; }
    r->p = at;
    if (code == 0x64) {
      r->p = at + 1;
      hearth_ctype *t = new_type(D, HEARTH_CV_ERROR_CONTEXT);
      if (!t) return nomem();
      h_comp_type_finish(t);
      *out = t;
      return HEARTH_OK;
    }
    return MALFORMED(r, "invalid value type 0x%02x", code);
  }
  h_cslot *s;
  hearth_status st = get(r, sc, H_SORT_TYPE, (uint32_t)v, &s);
  if (st) return st;
  if (!h_comp_is_val(s->type)) return INVALID(r, "type %u is not a value type", (uint32_t)v);
  (void)D;
  *out = s->type;
  return HEARTH_OK;
}

static hearth_status optvaltype(rd *r, dec *D, scope *sc, hearth_ctype **out) {
  uint8_t b;
  hearth_status st = u8(r, &b);
  if (st) return st;
  *out = NULL;
  if (b == 0) return HEARTH_OK;
  if (b != 1) return MALFORMED(r, "malformed optional type (0x%02x)", b);
  return valtype(r, D, sc, out);
}

/* ---------------------------------------------------------------- names (Explainer.md "Import and
 * Export Definitions"): kebab-case labels, plain and interface names, strong uniqueness */

/* label ::= first-fragment ('-' fragment)*; fragments all-lowercase words or all-uppercase
 * acronyms (digits allowed), the first starting with a letter. */
static bool valid_label(const char *s, size_t n) {
  if (n == 0) return false;
  size_t i = 0;
  bool first = true;
  while (i <= n) {
    size_t st = i;
    bool lower = false, upper = false;
    while (i < n && s[i] != '-') {
      char c = s[i];
      if (c >= 'a' && c <= 'z') lower = true;
      else if (c >= 'A' && c <= 'Z') upper = true;
      else if (!(c >= '0' && c <= '9')) return false;
      i++;
    }
    if (i == st || (lower && upper)) return false;
    if (first && !((s[st] >= 'a' && s[st] <= 'z') || (s[st] >= 'A' && s[st] <= 'Z'))) return false;
    first = false;
    if (i == n) return true;
    i++; /* '-' */
  }
  return false;
}

/* words ::= first-word ('-' word)*: lowercase only */
static bool valid_words(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] >= 'A' && s[i] <= 'Z') return false;
  return valid_label(s, n) && s[0] >= 'a' && s[0] <= 'z';
}

static bool valid_num(const char **p, const char *end) {
  const char *q = *p;
  if (q >= end || *q < '0' || *q > '9') return false;
  if (*q == '0' && q + 1 < end && q[1] >= '0' && q[1] <= '9') return false; /* no leading zeros */
  while (q < end && *q >= '0' && *q <= '9') q++;
  *p = q;
  return true;
}

/* valid semver (major.minor.patch[-pre][+build]), or a canonversion (1, 0.2, 0.0.3) */
static bool valid_version(const char *s, const char *end) {
  const char *p = s;
  int parts = 0;
  for (;;) {
    if (!valid_num(&p, end)) return false;
    parts++;
    if (p < end && *p == '.' && parts < 3) { p++; continue; }
    break;
  }
  if (parts < 3) return p == end; /* canonversion */
  for (char sep = '-'; p < end; sep = '+') {
    if (*p != '-' && *p != '+') return false;
    if (*p == '-' && sep == '+') return false;
    p++;
    const char *id = p;
    while (p < end && ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
                       (*p >= 'A' && *p <= 'Z') || *p == '-' || *p == '.'))
      if (*p == '.' && (p == id || p[-1] == '.')) return false;
      else p++;
    if (p == id || p[-1] == '.') return false;
  }
  return true;
}

/* 0: not valid; 1: plain name; 2: interface name */
static int extern_name_kind(const char *s) {
  size_t n = strlen(s);
  static const char *const pre[] = {"[constructor]", "[method]", "[static]"};
  for (int k = 0; k < 3; k++) {
    size_t pl = strlen(pre[k]);
    if (strncmp(s, pre[k], pl) != 0) continue;
    const char *r = s + pl, *dot = strchr(r, '.');
    if (k == 0) return valid_label(r, strlen(r)) ? 1 : 0;
    if (!dot) return 0;
    return valid_label(r, (size_t)(dot - r)) && valid_label(dot + 1, strlen(dot + 1)) ? 1 : 0;
  }
  const char *colon = strchr(s, ':');
  if (!colon) return valid_label(s, n) ? 1 : 0;
  if (!valid_words(s, (size_t)(colon - s))) return 0;
  const char *pkg = colon + 1, *slash = strchr(pkg, '/');
  if (!slash || !valid_words(pkg, (size_t)(slash - pkg))) return 0;
  const char *iface = slash + 1, *at = strchr(iface, '@');
  const char *iend = at ? at : s + n;
  if (memchr(iface, '/', (size_t)(iend - iface)) || !valid_label(iface, (size_t)(iend - iface))) return 0;
  if (at && !valid_version(at + 1, s + n)) return 0;
  return 2;
}

/* The canonical form for strong uniqueness: lowercase; [method]l.l / [static]l.l -> l; other
 * annotations except [constructor] stripped. */
static void canon_name(const char *s, char *out, size_t cap) {
  size_t i = 0;
  for (; s[i] && i + 1 < cap; i++) out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
  out[i] = 0;
  const char *strip = NULL;
  if (strncmp(out, "[method]", 8) == 0) strip = out + 8;
  else if (strncmp(out, "[static]", 8) == 0) strip = out + 8;
  if (!strip) return;
  const char *dot = strchr(strip, '.');
  char tmp[512];
  if (dot && strlen(dot + 1) == (size_t)(dot - strip) && strncmp(strip, dot + 1, (size_t)(dot - strip)) == 0)
    snprintf(tmp, sizeof tmp, "%.*s", (int)(dot - strip), strip);
  else
    snprintf(tmp, sizeof tmp, "%s", strip);
  snprintf(out, cap, "%s", tmp);
}

static bool names_clash(const char *a, const char *b) {
  char ca[512], cb[512];
  canon_name(a, ca, sizeof ca);
  canon_name(b, cb, sizeof cb);
  return strcmp(ca, cb) == 0;
}

/* Annotated names: [constructor]R, [method]R.x, [static]R.x name a function of a preceding
 * resource R in the same list (prev). */
static hearth_status check_annotation(rd *r, const char *nm, uint32_t sort, const hearth_ctype *type,
                                      const h_cextern *prev, uint32_t nprev) {
  const char *res;
  int k;
  if (strncmp(nm, "[constructor]", 13) == 0) { k = 0; res = nm + 13; }
  else if (strncmp(nm, "[method]", 8) == 0) { k = 1; res = nm + 8; }
  else if (strncmp(nm, "[static]", 8) == 0) { k = 2; res = nm + 8; }
  else return HEARTH_OK;
  if (sort != H_SORT_FUNC) return INVALID(r, "\"%s\": annotated names must be functions", nm);
  size_t rl = k == 0 ? strlen(res) : (size_t)(strchr(res, '.') - res);
  const hearth_ctype *rt = NULL;
  for (uint32_t i = 0; i < nprev; i++)
    if (prev[i].sort == H_SORT_TYPE && strlen(prev[i].name) == rl && strncmp(prev[i].name, res, rl) == 0)
      rt = prev[i].type;
  if (!rt || rt->kind != H_CT_RESOURCE)
    return INVALID(r, "\"%s\": resource %.*s is not known in this context", nm, (int)rl, res);
  if (!type) return HEARTH_OK;
  if (k == 0) {
    const hearth_ctype *t = type->elem;
    if (t && t->kind == HEARTH_CV_RESULT) t = t->elems[0];
    if (!t || t->kind != HEARTH_CV_OWN || t->elem != rt)
      return INVALID(r, "\"%s\": function should return `(own $T)` or `(result (own $T))`", nm);
  } else if (k == 1) {
    if (type->n < 1 || strcmp(type->names[0], "self") != 0 || type->elems[0]->kind != HEARTH_CV_BORROW ||
        type->elems[0]->elem != rt)
      return INVALID(r, "\"%s\": the first parameter must be (param \"self\" (borrow $%.*s))", nm,
                     (int)rl, res);
  }
  return HEARTH_OK;
}

static hearth_status labels_unique(rd *r, char **names, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    if (!valid_label(names[i], strlen(names[i])))
      return INVALID(r, "label \"%s\" is not in kebab case", names[i]);
    for (uint32_t j = 0; j < i; j++)
      if (strcasecmp(names[i], names[j]) == 0) return INVALID(r, "duplicate label \"%s\"", names[i]);
  }
  return HEARTH_OK;
}

/* label-valtype lists (record fields, params), labels-only lists (flags, enum), cases. */
static hearth_status alloc_members(dec *D, hearth_ctype *t, uint32_t n) {
  t->n = n;
  t->elems = h_comp_arena_alloc(D->a, sizeof(hearth_ctype *) * (n ? n : 1));
  t->names = h_comp_arena_alloc(D->a, sizeof(char *) * (n ? n : 1));
  return t->elems && t->names ? HEARTH_OK : nomem();
}

static hearth_status defvaltype(rd *r, dec *D, scope *sc, uint8_t op, hearth_ctype **out) {
  hearth_status st;
  uint32_t n;
  hearth_ctype *t;
  if (op >= 0x73 && op <= 0x7f) { *out = prim(op); return HEARTH_OK; }
  switch (op) {
  case 0x72: /* record */
  case 0x71: /* variant */
    if (!(t = new_type(D, op == 0x72 ? HEARTH_CV_RECORD : HEARTH_CV_VARIANT))) return nomem();
    if ((st = count(r, &n))) return st;
    if (n == 0) return INVALID(r, "%s with no %s", op == 0x72 ? "record" : "variant",
                               op == 0x72 ? "fields" : "cases");
    if ((st = alloc_members(D, t, n))) return st;
    for (uint32_t i = 0; i < n; i++) {
      if ((st = name(r, D->a, &t->names[i]))) return st;
      if (op == 0x72) {
        if ((st = valtype(r, D, sc, &t->elems[i]))) return st;
      } else {
        uint8_t z;
        if ((st = optvaltype(r, D, sc, &t->elems[i])) || (st = u8(r, &z))) return st;
        if (z != 0) return MALFORMED(r, "variant case refinement is not supported (0x%02x)", z);
      }
    }
    if ((st = labels_unique(r, t->names, n))) return st;
    break;
  case 0x70: case 0x67:
    if (!(t = new_type(D, HEARTH_CV_LIST))) return nomem();
    if ((st = valtype(r, D, sc, &t->elem))) return st;
    if (op == 0x67) {
      if ((st = u32(r, &t->fixed))) return st;
      if (t->fixed == 0) return INVALID(r, "fixed-length list of length 0");
    }
    break;
  case 0x6f:
    if (!(t = new_type(D, HEARTH_CV_TUPLE))) return nomem();
    if ((st = count(r, &n))) return st;
    if (n == 0) return INVALID(r, "tuple with no types");
    if ((st = alloc_members(D, t, n))) return st;
    t->names = NULL;
    for (uint32_t i = 0; i < n; i++)
      if ((st = valtype(r, D, sc, &t->elems[i]))) return st;
    break;
  case 0x6e: case 0x6d:
    if (!(t = new_type(D, op == 0x6e ? HEARTH_CV_FLAGS : HEARTH_CV_ENUM))) return nomem();
    if ((st = count(r, &n))) return st;
    if (n == 0) return INVALID(r, "%s with no labels", op == 0x6e ? "flags" : "enum");
    if (op == 0x6e && n > 32) return INVALID(r, "flags with %u labels (at most 32)", n);
    if ((st = alloc_members(D, t, n))) return st;
    for (uint32_t i = 0; i < n; i++)
      if ((st = name(r, D->a, &t->names[i]))) return st;
    if ((st = labels_unique(r, t->names, n))) return st;
    break;
  case 0x6b: {
    if (!(t = new_type(D, HEARTH_CV_OPTION))) return nomem();
    if ((st = alloc_members(D, t, 2))) return st;
    t->names[0] = "none";
    t->names[1] = "some";
    if ((st = valtype(r, D, sc, &t->elems[1]))) return st;
    break;
  }
  case 0x6a:
    if (!(t = new_type(D, HEARTH_CV_RESULT))) return nomem();
    if ((st = alloc_members(D, t, 2))) return st;
    t->names[0] = "ok";
    t->names[1] = "error";
    if ((st = optvaltype(r, D, sc, &t->elems[0])) || (st = optvaltype(r, D, sc, &t->elems[1])))
      return st;
    break;
  case 0x69: case 0x68: {
    uint32_t idx;
    h_cslot *s;
    if (!(t = new_type(D, op == 0x69 ? HEARTH_CV_OWN : HEARTH_CV_BORROW))) return nomem();
    if ((st = u32(r, &idx)) || (st = get(r, sc, H_SORT_TYPE, idx, &s))) return st;
    if (!s->type || s->type->kind != H_CT_RESOURCE)
      return INVALID(r, "%s of type %u, which is not a resource", op == 0x69 ? "own" : "borrow", idx);
    t->elem = s->type;
    t->via_def = s->res_def;
    break;
  }
  case 0x66: case 0x65: /* stream<T?> / future<T?>: handles (i32) in the canonical ABI */
    if (!(t = new_type(D, op == 0x66 ? HEARTH_CV_STREAM : HEARTH_CV_FUTURE))) return nomem();
    if ((st = optvaltype(r, D, sc, &t->elem))) return st;
    if (op == 0x66 && t->elem && t->elem->kind == HEARTH_CV_CHAR) /* Binary.md: reserved */
      return INVALID(r, "(stream char) is not valid at this time");
    break;
  case 0x63: { /* map<k, v>: the canonical ABI's list<tuple<k, v>> (definitions.py despecialize) */
    hearth_ctype *tup = new_type(D, HEARTH_CV_TUPLE);
    if (!tup || !(t = new_type(D, HEARTH_CV_LIST))) return nomem();
    if ((st = alloc_members(D, tup, 2))) return st;
    tup->names = NULL;
    if ((st = valtype(r, D, sc, &tup->elems[0])) || (st = valtype(r, D, sc, &tup->elems[1]))) return st;
    h_comp_type_finish(tup);
    t->elem = tup;
    break;
  }
  case 0x64:
    if (!(t = new_type(D, HEARTH_CV_ERROR_CONTEXT))) return nomem();
    break;
  default:
    r->p--; /* report the opcode's own offset */
    return MALFORMED(r, "invalid type opcode 0x%02x", op);
  }
  h_comp_type_finish(t);
  if (t->size >= (1u << 28) || t->size64 >= (1u << 28))
    return INVALID(r, "value type exceeds maximum byte size (2^28 bytes, with 32- or 64-bit pointers)");
  *out = t;
  return HEARTH_OK;
}

static hearth_status functype(rd *r, dec *D, scope *sc, hearth_ctype **out) {
  hearth_status st;
  uint32_t n;
  hearth_ctype *t = new_type(D, HEARTH_CV_FUNC);
  if (!t) return nomem();
  if ((st = count(r, &n)) || (st = alloc_members(D, t, n))) return st;
  for (uint32_t i = 0; i < n; i++)
    if ((st = name(r, D->a, &t->names[i])) || (st = valtype(r, D, sc, &t->elems[i]))) return st;
  if ((st = labels_unique(r, t->names, n))) return st;
  uint8_t b, z;
  if ((st = u8(r, &b))) return st;
  if (b == 0x00) {
    if ((st = valtype(r, D, sc, &t->elem))) return st;
    if (h_comp_type_has_borrow(t->elem)) return INVALID(r, "borrow in a function result");
  } else if (b == 0x01) {
    if ((st = u8(r, &z))) return st;
    if (z != 0) return MALFORMED(r, "named results are not supported (0x01 0x%02x)", z);
  } else {
    return MALFORMED(r, "malformed result list (0x%02x)", b);
  }
  *out = t;
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- core types */

static hearth_status core_valtype(rd *r, uint8_t *out) {
  hearth_status st = u8(r, out);
  if (st) return st;
  switch (*out) {
  case H_T_I32: case H_T_I64: case H_T_F32: case H_T_F64: case H_T_V128: case H_T_FUNCREF:
  case H_T_EXTERNREF:
    return HEARTH_OK;
  default: return MALFORMED(r, "invalid core value type 0x%02x", *out);
  }
}

static hearth_status core_functype_body(rd *r, dec *D, hearth_ctype **out) {
  hearth_status st;
  hearth_ctype *t = new_type(D, H_CT_CORE_FUNC);
  if (!t) return nomem();
  if ((st = count(r, &t->ncparams))) return st;
  if (!(t->cparams = h_comp_arena_alloc(D->a, t->ncparams + 1))) return nomem();
  for (uint32_t i = 0; i < t->ncparams; i++)
    if ((st = core_valtype(r, &t->cparams[i]))) return st;
  if ((st = count(r, &t->ncresults))) return st;
  if (!(t->cresults = h_comp_arena_alloc(D->a, t->ncresults + 1))) return nomem();
  for (uint32_t i = 0; i < t->ncresults; i++)
    if ((st = core_valtype(r, &t->cresults[i]))) return st;
  *out = t;
  return HEARTH_OK;
}

static hearth_status limits(rd *r, h_limits *out) {
  uint8_t f;
  hearth_status st = u8(r, &f);
  if (st) return st;
  if (f > 7) return MALFORMED(r, "malformed limits flags 0x%02x", f);
  if (f & 2) return UNSUPPORTED(r, "shared memories (threads) are not supported");
  memset(out, 0, sizeof *out);
  out->is64 = (f & 4) != 0;
  for (int i = 0; i < 1 + (f & 1); i++) {
    uint64_t v;
    uint32_t v32;
    int e = out->is64 ? h_leb_u64(&r->p, r->end, &v) : h_leb_u32(&r->p, r->end, &v32);
    if (e != H_LEB_OK) return MALFORMED(r, "%s", h_leb_message(e));
    if (!out->is64) v = v32;
    if (i) out->max = v;
    else out->min = v;
  }
  out->has_max = f & 1;
  if (out->has_max && out->max < out->min) return INVALID(r, "size minimum must not be greater than maximum");
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- core extern types
 * A core extern's type as a node: funcs and tags an H_CT_CORE_FUNC, tables, memories and globals
 * an H_CT_CORE_OBJ; the sort (H_SORT_CORE_*) travels beside it in the h_cextern or slot. */

static hearth_ctype *core_sig(dec *D, const h_functype *ft) {
  hearth_ctype *t = new_type(D, H_CT_CORE_FUNC);
  if (!t || !(t->cparams = h_comp_arena_alloc(D->a, ft->nparams + 1)) ||
      !(t->cresults = h_comp_arena_alloc(D->a, ft->nresults + 1)))
    return NULL;
  t->ncparams = ft->nparams;
  t->ncresults = ft->nresults;
  if (ft->nparams) memcpy(t->cparams, ft->params, ft->nparams);
  if (ft->nresults) memcpy(t->cresults, ft->results, ft->nresults);
  return t;
}

static hearth_ctype *core_obj(dec *D, uint8_t vt, bool mut, h_limits lim) {
  hearth_ctype *t = new_type(D, H_CT_CORE_OBJ);
  if (!t) return NULL;
  t->cvaltype = vt;
  t->cmut = mut;
  t->climits = lim;
  return t;
}

/* The type of entry `index` of core index space `kind` (H_EXTERN_*) of module m. */
static hearth_ctype *module_extern(dec *D, const hearth_module *m, uint8_t kind, uint32_t index) {
  h_limits none = {0};
  switch (kind) {
  case H_EXTERN_FUNC: return core_sig(D, &m->types[m->func_type[index]]);
  case H_EXTERN_TAG: return core_sig(D, &m->types[m->tag_type[index]]);
  case H_EXTERN_TABLE: return core_obj(D, m->tables[index].elem, false, m->tables[index].limits);
  case H_EXTERN_MEMORY: return core_obj(D, 0, false, m->mems[index]);
  default: return core_obj(D, m->globals[index].type, m->globals[index].mut, none);
  }
}

static const char *core_vt_name(uint8_t t) {
  switch (t) {
  case H_T_I32: return "i32";
  case H_T_I64: return "i64";
  case H_T_F32: return "f32";
  case H_T_F64: return "f64";
  case H_T_V128: return "v128";
  case H_T_FUNCREF: return "funcref";
  case H_T_EXTERNREF: return "externref";
  default: return "?";
  }
}

/* have's limits within want's (min at least, max at most when want has one). */
static bool limits_sub(const h_limits *want, const h_limits *have) {
  if (want->is64 != have->is64 || have->min < want->min) return false;
  return !want->has_max || (have->has_max && have->max <= want->max);
}

static bool core_sig_eq(const hearth_ctype *t, const uint8_t *p, uint32_t np, const uint8_t *rs,
                        uint32_t nr);
static const char *core_sig_str(const uint8_t *p, uint32_t np, const uint8_t *rs, uint32_t nr,
                                char *buf, size_t cap);

/* Core subtyping of externs of sort `sort`: may `have` be supplied where `want` is expected?
 * NULL types are unknown (not checked). */
static bool core_ext_match(uint32_t sort, const hearth_ctype *want, const hearth_ctype *have,
                           char *why, size_t cap) {
  char b1[200], b2[200];
  if (!want || !have) return true;
  switch (sort) {
  case H_SORT_CORE_FUNC: case H_SORT_CORE_TAG:
    if (core_sig_eq(have, want->cparams, want->ncparams, want->cresults, want->ncresults)) return true;
    snprintf(why, cap, "expected: (func %s), found: (func %s)",
             core_sig_str(want->cparams, want->ncparams, want->cresults, want->ncresults, b1, sizeof b1),
             core_sig_str(have->cparams, have->ncparams, have->cresults, have->ncresults, b2, sizeof b2));
    return false;
  case H_SORT_CORE_GLOBAL:
    if (want->cvaltype != have->cvaltype) {
      snprintf(why, cap, "expected global type %s, found %s", core_vt_name(want->cvaltype),
               core_vt_name(have->cvaltype));
      return false;
    }
    if (want->cmut != have->cmut) {
      snprintf(why, cap, "global mutability differs: expected %s", want->cmut ? "var" : "const");
      return false;
    }
    return true;
  case H_SORT_CORE_TABLE:
    if (want->cvaltype != have->cvaltype) {
      snprintf(why, cap, "expected table element type %s, found %s", core_vt_name(want->cvaltype),
               core_vt_name(have->cvaltype));
      return false;
    }
    if (!limits_sub(&want->climits, &have->climits)) {
      snprintf(why, cap, "mismatch in table limits");
      return false;
    }
    return true;
  case H_SORT_CORE_MEMORY:
    if (!limits_sub(&want->climits, &have->climits)) {
      snprintf(why, cap, "mismatch in memory limits");
      return false;
    }
    return true;
  default: return true;
  }
}

/* core:externtype inside module types: its sort and type (ltypes: the module type's own core
 * types so far). */
static hearth_status core_externtype(rd *r, dec *D, hearth_ctype **ltypes, uint32_t ntypes,
                                     uint32_t *sort, hearth_ctype **out) {
  uint8_t k, b;
  uint32_t x;
  h_limits lim = {0};
  hearth_status st = u8(r, &k);
  if (st) return st;
  *out = NULL;
  switch (k) {
  case 0x00: case 0x04:
    if (k == 0x04 && (st = u8(r, &b))) return st;
    if (k == 0x04 && b != 0) return MALFORMED(r, "malformed tag attribute 0x%02x", b);
    if ((st = u32(r, &x))) return st;
    if (x >= ntypes) return INVALID(r, "core type index %u out of range", x);
    if (!ltypes[x] || ltypes[x]->kind != H_CT_CORE_FUNC) return INVALID(r, "core type %u is not a function type", x);
    if (k == 0x04 && ltypes[x]->ncresults) return INVALID(r, "tag types must have no results");
    *sort = k == 0 ? H_SORT_CORE_FUNC : H_SORT_CORE_TAG;
    *out = ltypes[x];
    return HEARTH_OK;
  case 0x01:
    if ((st = core_valtype(r, &b))) return st;
    if (b != H_T_FUNCREF && b != H_T_EXTERNREF) return INVALID(r, "table element type must be a reference type");
    if ((st = limits(r, &lim))) return st;
    *sort = H_SORT_CORE_TABLE;
    break;
  case 0x02:
    if ((st = limits(r, &lim))) return st;
    if (!lim.is64 && (lim.min > 65536 || (lim.has_max && lim.max > 65536)))
      return INVALID(r, "memory size must be at most 65536 pages (4GiB)");
    if (lim.is64 && (lim.min > (1ull << 48) || (lim.has_max && lim.max > (1ull << 48))))
      return INVALID(r, "memory size must be at most 2**48 pages");
    b = 0;
    *sort = H_SORT_CORE_MEMORY;
    break;
  case 0x03: {
    uint8_t m;
    if ((st = core_valtype(r, &b)) || (st = u8(r, &m))) return st;
    if (m > 1) return MALFORMED(r, "malformed mutability");
    *sort = H_SORT_CORE_GLOBAL;
    return (*out = core_obj(D, b, m == 1, lim)) ? HEARTH_OK : nomem();
  }
  default: return MALFORMED(r, "invalid core extern type 0x%02x", k);
  }
  return (*out = core_obj(D, b, false, lim)) ? HEARTH_OK : nomem();
}

/* Module type subtyping: a module of type `have` may be supplied for an import of type `want`
 * when want supplies each of its imports (contravariant) and it has each of want's exports. */
static bool module_match(const hearth_ctype *want, const hearth_ctype *have, char *why, size_t cap) {
  if (!want || !have) return true;
  char inner[300];
  for (uint32_t i = 0; i < have->nimports; i++) {
    const h_cextern *h = &have->imports[i];
    uint32_t j = 0;
    while (j < want->nimports && !(strcmp(want->imports[j].module, h->module) == 0 &&
                                   strcmp(want->imports[j].name, h->name) == 0))
      j++;
    if (j == want->nimports) {
      snprintf(why, cap, "missing expected import `%s::%s`", h->module, h->name);
      return false;
    }
    if (want->imports[j].sort != h->sort ||
        !core_ext_match(h->sort, h->type, want->imports[j].type, inner, sizeof inner)) {
      if (want->imports[j].sort != h->sort) snprintf(inner, sizeof inner, "a different sort");
      snprintf(why, cap, "type mismatch in import `%s::%s`: %s", h->module, h->name, inner);
      return false;
    }
  }
  for (uint32_t i = 0; i < want->nexports; i++) {
    const h_cextern *w = &want->exports[i];
    uint32_t j = 0;
    while (j < have->nexports && strcmp(have->exports[j].name, w->name) != 0) j++;
    if (j == have->nexports) {
      snprintf(why, cap, "missing expected export `%s`", w->name);
      return false;
    }
    if (have->exports[j].sort != w->sort ||
        !core_ext_match(w->sort, w->type, have->exports[j].type, inner, sizeof inner)) {
      if (have->exports[j].sort != w->sort) snprintf(inner, sizeof inner, "a different sort");
      snprintf(why, cap, "type mismatch in export `%s`: %s", w->name, inner);
      return false;
    }
  }
  return true;
}

/* Appends a core import (module, name, sort, type) to module type t; two-level names that mangle
 * to the same "module:name" are duplicates. */
static hearth_status add_core_import(rd *r, dec *D, hearth_ctype *t, char *mod, char *nm,
                                     uint32_t sort, hearth_ctype *type) {
  for (uint32_t i = 0; i < t->nimports; i++)
    if (strcmp(t->imports[i].module, mod) == 0 && strcmp(t->imports[i].name, nm) == 0)
      return INVALID(r, "duplicate import name `%s:%s`", mod, nm);
  h_cextern *na = h_comp_arena_alloc(D->a, sizeof *na * (t->nimports + 1));
  if (!na) return nomem();
  if (t->nimports) memcpy(na, t->imports, sizeof *na * t->nimports);
  na[t->nimports++] = (h_cextern){.name = nm, .module = mod, .sort = sort, .type = type};
  t->imports = na;
  return HEARTH_OK;
}

static hearth_status core_type(rd *r, dec *D, scope *sc, bool in_module, hearth_ctype **out) {
  uint8_t b;
  hearth_status st = u8(r, &b);
  if (st) return st;
  if (b == 0x60) return core_functype_body(r, D, out);
  if (b == 0x50 && !in_module) {
    hearth_ctype *t = new_type(D, H_CT_CORE_MODULE);
    uint32_t n, ntypes = 0;
    hearth_ctype **ltypes = NULL; /* the module type's own core type index space */
    if (!t) return nomem();
    if ((st = count(r, &n))) return st;
    for (uint32_t i = 0; i < n; i++) {
      uint8_t k;
      char *s1, *s2;
      hearth_ctype *ct;
      if ((st = u8(r, &k))) return st;
      switch (k) {
      case 0x00: {
        uint32_t isort;
        hearth_ctype *it;
        if ((st = name(r, D->a, &s1)) || (st = name(r, D->a, &s2)) ||
            (st = core_externtype(r, D, ltypes, ntypes, &isort, &it)) ||
            (st = add_core_import(r, D, t, s1, s2, isort, it)))
          return st;
        break;
      }
      case 0x01: case 0x02: {
        if (k == 0x01) {
          if ((st = core_type(r, D, sc, true, &ct))) return st;
        } else {
          uint8_t s0, s1b;
          uint32_t ct_, idx;
          if ((st = u8(r, &s0)) || (st = u8(r, &s1b)) || (st = u32(r, &ct_)) || (st = u32(r, &idx)))
            return st;
          if (s0 != 0x10 || s1b != 0x01) return MALFORMED(r, "malformed core alias in a module type");
          scope *o = ct_ ? sc : NULL;
          for (uint32_t q = 1; o && q < ct_; q++) o = o->parent;
          if (!o) return INVALID(r, "outer alias in a module type out of range");
          h_cslot *os;
          if ((st = get(r, o, H_SORT_CORE_TYPE, idx, &os))) return st;
          ct = os->type;
        }
        hearth_ctype **nl = h_comp_arena_alloc(D->a, sizeof *nl * (ntypes + 1));
        if (!nl) return nomem();
        if (ntypes) memcpy(nl, ltypes, sizeof *nl * ntypes);
        nl[ntypes++] = ct;
        ltypes = nl;
        break;
      }
      case 0x03: {
        uint32_t esort;
        hearth_ctype *et;
        if ((st = name(r, D->a, &s1)) || (st = core_externtype(r, D, ltypes, ntypes, &esort, &et)))
          return st;
        for (uint32_t q = 0; q < t->nexports; q++)
          if (strcmp(t->exports[q].name, s1) == 0) return INVALID(r, "export name `%s` already defined", s1);
        if ((st = add_extern(r, D, &t->exports, &t->nexports, s1, esort, et))) return st;
        break;
      }
      default: return MALFORMED(r, "invalid module type declaration 0x%02x", k);
      }
    }
    *out = t;
    return HEARTH_OK;
  }
  if (b == 0x00 || b == 0x4f) { /* sub (0x00 0x50: non-final, here only) / sub final: functypes */
    uint32_t n, super;
    if (b == 0x00) {
      if ((st = u8(r, &b))) return st;
      if (b != 0x50) return MALFORMED(r, "invalid core type 0x00 0x%02x", b);
    }
    if ((st = count(r, &n))) return st;
    if (n > 1) return INVALID(r, "a core subtype has at most one supertype");
    for (uint32_t i = 0; i < n; i++) {
      h_cslot *ss;
      if ((st = u32(r, &super))) return st;
      if (in_module) return UNSUPPORTED(r, "core subtypes in a module type are not supported");
      if ((st = get(r, sc, H_SORT_CORE_TYPE, super, &ss))) return st;
      (void)ss;
    }
    if ((st = u8(r, &b))) return st;
    if (b == 0x60) return core_functype_body(r, D, out);
    if (b == 0x5e || b == 0x5f)
      return UNSUPPORTED(r, "WebAssembly 3.0 (GC) struct and array types are not supported");
    return MALFORMED(r, "invalid core composite type 0x%02x", b);
  }
  if (b == 0x4e || b == 0x50 || b == 0x5e || b == 0x5f)
    return UNSUPPORTED(r, "WebAssembly 3.0 (GC) core types are not supported");
  return MALFORMED(r, "invalid core type 0x%02x", b);
}

/* ---------------------------------------------------------------- instance / component types */

static hearth_status deftype(rd *r, dec *D, scope *sc, hearth_ctype **out);
static hearth_status alias(rd *r, dec *D, scope *sc);

/* nameattributes: the extern name; *impl gets the `implements` attribute's interface name (NULL
 * when absent), checked once the extern's sort is known (check_implements). Each attribute kind
 * may appear once; the others (versionsuffix, external-id) are checked and otherwise ignored. */
static hearth_status extern_name(rd *r, dec *D, char **out, char **impl) {
  uint8_t b;
  hearth_status st = u8(r, &b);
  if (st) return st;
  *impl = NULL;
  if (b > 2) return MALFORMED(r, "malformed extern name (0x%02x)", b);
  if ((st = name(r, D->a, out))) return st;
  if (b == 2) {
    uint32_t n;
    bool seen[3] = {false, false, false};
    if ((st = count(r, &n))) return st;
    for (uint32_t i = 0; i < n; i++) {
      uint8_t k;
      char *x;
      if ((st = u8(r, &k))) return st;
      if (k > 2) return MALFORMED(r, "malformed name attribute 0x%02x", k);
      if ((st = name(r, D->a, &x))) return st;
      static const char *const attr[] = {"implements", "versionsuffix", "external-id"};
      if (seen[k]) return INVALID(r, "duplicate '%s' option in name \"%s\"", attr[k], *out);
      seen[k] = true;
      if (k == 0) {
        if (!*x) return INVALID(r, "`implements` \"\" is not a valid name");
        if (extern_name_kind(x) != 2)
          return INVALID(r, "`implements` \"%s\" must be an interface name (ns:pkg/iface)", x);
        *impl = x;
      } else if (k == 1 && !valid_version(x, x + strlen(x))) {
        return INVALID(r, "versionsuffix \"%s\" is not a valid version", x);
      }
    }
  }
  if (!**out) return INVALID(r, "empty import or export name");
  if (!extern_name_kind(*out)) return INVALID(r, "\"%s\" is not a valid extern name", *out);
  return HEARTH_OK;
}

/* `implements` names an interface that a plain-named instance implements. */
static hearth_status check_implements(rd *r, const char *nm, const char *impl, uint32_t sort) {
  if (!impl) return HEARTH_OK;
  if (sort != H_SORT_INSTANCE)
    return INVALID(r, "\"%s\": only instances can have an `implements` attribute", nm);
  if (extern_name_kind(nm) != 1) return INVALID(r, "name `%s` is not valid with `implements`", nm);
  return HEARTH_OK;
}

static hearth_ctype *named_copy(dec *D, hearth_ctype *t, const h_cdef *d);

/* externtype: sort + type; the type's kind must match the sort. */
static hearth_status externtype(rd *r, dec *D, scope *sc, uint32_t *sort, hearth_ctype **type) {
  uint8_t k;
  uint32_t idx;
  h_cslot *s;
  hearth_status st = u8(r, &k);
  if (st) return st;
  switch (k) {
  case 0x00: {
    uint8_t k2;
    if ((st = u8(r, &k2))) return st;
    if (k2 != 0x11) return MALFORMED(r, "invalid core extern sort 0x%02x", k2);
    if ((st = u32(r, &idx)) || (st = get(r, sc, H_SORT_CORE_TYPE, idx, &s))) return st;
    if (!s->type || s->type->kind != H_CT_CORE_MODULE)
      return INVALID(r, "core type %u is not a module type", idx);
    *sort = H_SORT_CORE_MODULE;
    *type = s->type;
    return HEARTH_OK;
  }
  case 0x01: case 0x04: case 0x05: {
    uint32_t want = k == 0x01 ? HEARTH_CV_FUNC : k == 0x04 ? H_CT_COMPONENT : H_CT_INSTANCE;
    if ((st = u32(r, &idx)) || (st = get(r, sc, H_SORT_TYPE, idx, &s))) return st;
    if (!s->type || s->type->kind != want)
      return INVALID(r, "type %u is not a %s type", idx,
                     k == 0x01 ? "function" : k == 0x04 ? "component" : "instance");
    *sort = k == 0x01 ? H_SORT_FUNC : k == 0x04 ? H_SORT_COMPONENT : H_SORT_INSTANCE;
    *type = s->type;
    return HEARTH_OK;
  }
  case 0x02: return UNSUPPORTED(r, "value imports and exports are not supported");
  case 0x03: {
    uint8_t b;
    if ((st = u8(r, &b))) return st;
    *sort = H_SORT_TYPE;
    if (b == 0x00) {
      if ((st = u32(r, &idx)) || (st = get(r, sc, H_SORT_TYPE, idx, &s))) return st;
      if (!(*type = named_copy(D, s->type, sc->def))) return nomem();
      return HEARTH_OK;
    }
    if (b != 0x01) return MALFORMED(r, "malformed type bound 0x%02x", b);
    if (!(*type = new_type(D, H_CT_RESOURCE))) return nomem(); /* fresh abstract resource */
    (*type)->rep = H_T_I32;
    D->last_fresh = *type;
    return HEARTH_OK;
  }
  default: return MALFORMED(r, "invalid extern type 0x%02x", k);
  }
}

/* Nominal value types (record, variant, enum, flags) get a name only by being imported or
 * exported, which makes a distinct named type (Explainer.md, external visibility of types). */
static bool nominal(const hearth_ctype *t) {
  return t && (t->kind == HEARTH_CV_RECORD || t->kind == HEARTH_CV_VARIANT ||
               t->kind == HEARTH_CV_ENUM || t->kind == HEARTH_CV_FLAGS);
}

/* t named by an import or export of component d (NULL: in an instance or component type, where
 * the name counts wherever the type is used). A name given in one component does not make the
 * type visible in another (an outer alias or an alias of a child's export). */
static hearth_ctype *named_copy(dec *D, hearth_ctype *t, const h_cdef *d) {
  if (!nominal(t) || (t->named && t->named_in == d)) return t;
  hearth_ctype *c = h_comp_arena_alloc(D->a, sizeof *c);
  if (!c) return NULL;
  *c = *t;
  c->named = true;
  c->named_in = d;
  return c;
}

/* Whether every nominal type and resource in t may appear in an import (imports: resources must
 * be imported, i.e. abstract) or an export of component d (resources of d must be exported; d
 * NULL inside a type). Resources exported by the component type no_res may not be imported by it. */
static bool visible(const hearth_ctype *t, const h_cdef *d, bool import, const void *no_res,
                    uint32_t depth) {
  if (!t || depth > 100) return true;
  if (nominal(t) && (!t->named || (d && t->named_in && t->named_in != d))) return false;
  switch (t->kind) {
  case HEARTH_CV_OWN: case HEARTH_CV_BORROW: {
    const hearth_ctype *r = t->elem;
    if (import && no_res && r->fresh_in == no_res) return false;
    if (!r->owner || !d) return true;
    return !import && r->named_in == d;
  }
  case HEARTH_CV_LIST: case HEARTH_CV_STREAM: case HEARTH_CV_FUTURE:
    return visible(t->elem, d, import, no_res, depth + 1);
  case HEARTH_CV_FUNC:
    if (!visible(t->elem, d, import, no_res, depth + 1)) return false;
    /* fall through */
  default:
    for (uint32_t i = 0; i < t->n && t->elems; i++)
      if (!visible(t->elems[i], d, import, no_res, depth + 1)) return false;
    return true;
  }
}

/* Whether an extern of this sort and type may be imported (import) or exported by d: its
 * functions and the members of its types name only visible types; an instance type's exports
 * (checked here, where it is used; component types were checked where they were defined). */
static bool extern_ok(uint32_t sort, const hearth_ctype *t, const h_cdef *d, bool import,
                      const void *no_res, uint32_t depth) {
  if (!t || depth > 50) return true;
  if (sort == H_SORT_FUNC) return visible(t, d, import, no_res, 0);
  if (sort == H_SORT_INSTANCE || (sort == H_SORT_TYPE && t->kind == H_CT_INSTANCE)) {
    for (uint32_t k = 0; k < t->nexports; k++)
      if (!extern_ok(t->exports[k].sort, t->exports[k].type, d, import, no_res, depth + 1)) return false;
    return true;
  }
  if (sort != H_SORT_TYPE || t->kind == H_CT_RESOURCE || t->kind == H_CT_COMPONENT) return true;
  if (t->kind == HEARTH_CV_FUNC) return visible(t, d, import, no_res, 0);
  /* a value type: the extern names it, its members must be visible already */
  if (t->kind == HEARTH_CV_LIST || t->kind == HEARTH_CV_STREAM || t->kind == HEARTH_CV_FUTURE)
    return visible(t->elem, d, import, no_res, 0);
  if (t->kind == HEARTH_CV_OWN || t->kind == HEARTH_CV_BORROW) return visible(t, d, import, no_res, 0);
  for (uint32_t k = 0; k < t->n && t->elems; k++)
    if (!visible(t->elems[k], d, import, no_res, 0)) return false;
  return true;
}

static const char *sort_name(uint32_t sort);

/* Whether a function or value type refers to a resource through its definition's index (an own
 * or borrow made before the resource was exported, or from the definition's index after): an
 * export names the resource with a new index, and only that index may appear in an exported
 * function's type (Explainer.md, external visibility of types; validation-external-visibility). */
static bool uses_def_index(const hearth_ctype *t, uint32_t depth) {
  if (!t || depth > 100) return false;
  switch (t->kind) {
  case HEARTH_CV_OWN: case HEARTH_CV_BORROW: return t->via_def;
  case HEARTH_CV_LIST: case HEARTH_CV_STREAM: case HEARTH_CV_FUTURE:
    return uses_def_index(t->elem, depth + 1);
  case HEARTH_CV_FUNC:
    if (uses_def_index(t->elem, depth + 1)) return true;
    /* fall through */
  default:
    if (!h_comp_is_val(t) && t->kind != HEARTH_CV_FUNC) return false;
    for (uint32_t i = 0; i < t->n && t->elems; i++)
      if (uses_def_index(t->elems[i], depth + 1)) return true;
    return false;
  }
}

/* Abstract resource types of the instantiated component's imports, bound to the supplied types as
 * the arguments are checked in import order; named value types replaced by other names of them. */
typedef struct rmap {
  const hearth_ctype *from[128], *to[128];
  uint32_t n;
  /* subst's copies of nominal types (a record holding an own<R> of a bound R, ...): a type used
   * in several places (an export and the functions that refer to it) keeps one identity */
  const hearth_ctype *mfrom[128], *mto[128];
  uint32_t nm;
} rmap;
static hearth_ctype *subst(dec *D, hearth_ctype *t, rmap *m, uint32_t *budget, bool *fail);

/* Exporting an instance names the types it exports (and those of instances it exports): a copy
 * of the instance type whose nominal types are named and whose resources are named in d. */
static hearth_ctype *name_instance(dec *D, const h_cdef *d, hearth_ctype *it, uint32_t depth) {
  if (!it || it->kind != H_CT_INSTANCE || depth > 50) return it;
  hearth_ctype *c = h_comp_arena_alloc(D->a, sizeof *c);
  h_cextern *ex = h_comp_arena_alloc(D->a, sizeof *ex * (it->nexports + 1));
  if (!c || !ex) return NULL;
  rmap *map = h_comp_arena_alloc(D->a, sizeof *map); /* exported type -> its name in d */
  if (!map) return NULL;
  *c = *it;
  c->exports = ex;
  for (uint32_t i = 0; i < it->nexports; i++) {
    ex[i] = it->exports[i];
    if (ex[i].sort == H_SORT_TYPE && ex[i].type && ex[i].type->kind == H_CT_RESOURCE) {
      ex[i].type->named_in = d;
    } else if (ex[i].sort == H_SORT_TYPE) {
      ex[i].type = named_copy(D, ex[i].type, d);
      if (ex[i].type && ex[i].type != it->exports[i].type && map->n < 128) {
        map->from[map->n] = it->exports[i].type;
        map->to[map->n++] = ex[i].type;
      }
    } else if (ex[i].sort == H_SORT_INSTANCE) {
      ex[i].type = name_instance(D, d, ex[i].type, depth + 1);
    }
    if (ex[i].sort != H_SORT_CORE_MODULE && ex[i].sort != H_SORT_COMPONENT && ex[i].type == NULL &&
        it->exports[i].type != NULL)
      return NULL;
  }
  /* the instance's functions (and later types) refer to its exported types by their new names */
  for (uint32_t i = 0; map->n && i < it->nexports; i++) {
    if (ex[i].sort != H_SORT_FUNC && ex[i].sort != H_SORT_TYPE) continue;
    uint32_t budget = 1u << 16;
    bool fail = false;
    hearth_ctype *t = subst(D, ex[i].type, map, &budget, &fail);
    if (fail) return NULL;
    if (ex[i].sort == H_SORT_FUNC || !nominal(ex[i].type)) ex[i].type = t;
  }
  return c;
}

/* Adds a declared import/export to a type scope's index spaces. */
static hearth_status declare(rd *r, scope *sc, uint32_t sort, hearth_ctype *type) {
  h_cslot slot = {.type = type};
  return push(r, &sc->sp[h_comp_space_of(sort)], slot);
}

static void free_spaces(h_cspace *sp) {
  for (int i = 0; i < H_SP_COUNT; i++) h_free(sp[i].s);
}

static hearth_status decl_type(rd *r, dec *D, scope *parent, uint8_t kind, hearth_ctype **out) {
  hearth_status st;
  uint32_t n;
  h_cspace sp[H_SP_COUNT];
  memset(sp, 0, sizeof sp);
  hearth_ctype *t = new_type(D, kind == 0x41 ? H_CT_COMPONENT : H_CT_INSTANCE);
  if (!t) return nomem();
  scope sc = {.parent = parent, .sp = sp, .ty = t};
  if (++D->depth > H_MAX_COMP_DEPTH) { st = INVALID(r, "types nested too deeply"); goto done; }
  if ((st = count(r, &n))) goto done;
  for (uint32_t i = 0; i < n; i++) {
    uint8_t k;
    if ((st = u8(r, &k))) goto done;
    char *impl;
    if (k == 0x03 && kind == 0x41) { /* import decl */
      char *nm;
      uint32_t sort;
      hearth_ctype *et;
      if ((st = extern_name(r, D, &nm, &impl)) || (st = externtype(r, D, &sc, &sort, &et)) ||
          (st = check_implements(r, nm, impl, sort)) ||
          (st = add_extern(r, D, &t->imports, &t->nimports, nm, sort, et)) ||
          (st = declare(r, &sc, sort, et)))
        goto done;
      if (!extern_ok(sort, et, NULL, true, t, 0)) {
        st = INVALID(r, "import \"%s\": %s not valid to be used as import", nm, sort_name(sort));
        goto done;
      }
    } else if (k == 0x04) { /* export decl */
      char *nm;
      uint32_t sort;
      hearth_ctype *et;
      D->last_fresh = NULL;
      if ((st = extern_name(r, D, &nm, &impl)) || (st = externtype(r, D, &sc, &sort, &et)) ||
          (st = check_implements(r, nm, impl, sort)) ||
          (st = add_extern(r, D, &t->exports, &t->nexports, nm, sort, et)) ||
          (st = declare(r, &sc, sort, et)))
        goto done;
      if (et && et == D->last_fresh) et->fresh_in = t;
      if (kind == 0x41 && !extern_ok(sort, et, NULL, false, NULL, 0)) {
        st = INVALID(r, "export \"%s\": %s not valid to be used as export", nm, sort_name(sort));
        goto done;
      }
    } else if (k == 0x00) {
      hearth_ctype *ct;
      if ((st = core_type(r, D, &sc, false, &ct))) goto done;
      h_cslot slot = {.type = ct};
      if ((st = push(r, &sp[H_SP_CORE_TYPE], slot))) goto done;
    } else if (k == 0x01) {
      hearth_ctype *dt;
      if ((st = deftype(r, D, &sc, &dt))) goto done;
      if (dt->kind == H_CT_RESOURCE) {
        st = INVALID(r, "resource type definitions are not allowed in instance or component types");
        goto done;
      }
      h_cslot slot = {.type = dt};
      if ((st = push(r, &sp[H_SP_TYPE], slot))) goto done;
    } else if (k == 0x02) {
      if ((st = alias(r, D, &sc))) goto done;
    } else {
      st = MALFORMED(r, "invalid %s type declaration 0x%02x", kind == 0x41 ? "component" : "instance", k);
      goto done;
    }
  }
  *out = t;
done:
  D->depth--;
  free_spaces(sp);
  return st;
}

static hearth_status deftype(rd *r, dec *D, scope *sc, hearth_ctype **out) {
  uint8_t op;
  hearth_status st = u8(r, &op);
  if (st) return st;
  switch (op) {
  case 0x40: return functype(r, D, sc, out);
  case 0x43:
    if ((st = functype(r, D, sc, out))) return st;
    (*out)->async = true;
    return HEARTH_OK;
  case 0x41: case 0x42: return decl_type(r, D, sc, op, out);
  case 0x3f: {
    if (!sc->def) return INVALID(r, "resource type outside a component");
    hearth_ctype *t = new_type(D, H_CT_RESOURCE);
    uint8_t rep, b;
    if (!t) return nomem();
    if ((st = core_valtype(r, &rep))) return st;
    if (rep != H_T_I32) return INVALID(r, "resource representation must be i32");
    t->rep = rep;
    t->owner = sc->def;
    if ((st = u8(r, &b))) return st;
    if (b == 1) {
      h_cslot *s;
      t->has_dtor = true;
      if ((st = u32(r, &t->dtor)) || (st = get(r, sc, H_SORT_CORE_FUNC, t->dtor, &s))) return st;
      if (s->type && (s->type->ncparams != 1 || s->type->cparams[0] != H_T_I32 || s->type->ncresults))
        return INVALID(r, "resource destructor must have type [i32] -> []");
    } else if (b != 0) {
      return MALFORMED(r, "malformed resource destructor");
    }
    *out = t;
    return HEARTH_OK;
  }
  default: return defvaltype(r, D, sc, op, out);
  }
}

/* ---------------------------------------------------------------- core instance exports */

/* The sort and core func type (NULL when not known) of export `nm` of core instance slot `ci`. */
static hearth_status core_export(rd *r, dec *D, scope *sc, uint32_t ci, const char *nm,
                                 uint32_t *sort, hearth_ctype **type) {
  h_cslot *s;
  hearth_status st = get(r, sc, H_SORT_CORE_INSTANCE, ci, &s);
  if (st) return st;
  *type = NULL;
  if (s->core_inst == UINT32_MAX) return UNSUPPORTED(r, "imported core instances are not supported");
  const h_cact *act = &sc->def->acts[s->core_inst];
  if (act->kind == H_ACT_CORE_INLINE) {
    for (uint32_t i = 0; i < act->nargs; i++)
      if (strcmp(act->args[i].name, nm) == 0) {
        *sort = act->args[i].sort;
        *type = sc->sp[h_comp_space_of(*sort)].s[act->args[i].idx].type;
        return HEARTH_OK;
      }
    return INVALID(r, "core instance %u has no export \"%s\"", ci, nm);
  }
  assert(act->kind == H_ACT_CORE_INSTANTIATE);
  hearth_module *m = sc->sp[H_SP_CORE_MODULE].s[act->a].module;
  if (!m) { /* an imported module: its module type says what it exports */
    const hearth_ctype *mt = sc->sp[H_SP_CORE_MODULE].s[act->a].type;
    for (uint32_t i = 0; mt && i < mt->nexports; i++)
      if (strcmp(mt->exports[i].name, nm) == 0) {
        *sort = mt->exports[i].sort;
        *type = mt->exports[i].type;
        return HEARTH_OK;
      }
    return INVALID(r, "core instance %u has no export \"%s\"", ci, nm);
  }
  for (uint32_t i = 0; i < m->nexports; i++) {
    if (strcmp(m->exports[i].name, nm) != 0 || strlen(nm) != m->exports[i].name_len) continue;
    *sort = H_SORT_CORE + m->exports[i].kind;
    if (!(*type = module_extern(D, m, m->exports[i].kind, m->exports[i].index))) return nomem();
    return HEARTH_OK;
  }
  return INVALID(r, "core instance %u has no export \"%s\"", ci, nm);
}

static bool core_sig_eq(const hearth_ctype *t, const uint8_t *p, uint32_t np, const uint8_t *rs,
                        uint32_t nr) {
  return t->ncparams == np && t->ncresults == nr && (!np || memcmp(t->cparams, p, np) == 0) &&
         (!nr || memcmp(t->cresults, rs, nr) == 0);
}

static const char *core_sig_str(const uint8_t *p, uint32_t np, const uint8_t *rs, uint32_t nr,
                                char *buf, size_t cap) {
  size_t at = 0;
  const char *nm[] = {"f64", "f32", "i64", "i32"};
  at += (size_t)snprintf(buf + at, cap - at, "[");
  for (uint32_t i = 0; i < np && at < cap; i++)
    at += (size_t)snprintf(buf + at, cap - at, "%s%s", i ? " " : "", p[i] >= 0x7c ? nm[p[i] - 0x7c] : "?");
  if (at < cap) at += (size_t)snprintf(buf + at, cap - at, "] -> [");
  for (uint32_t i = 0; i < nr && at < cap; i++)
    at += (size_t)snprintf(buf + at, cap - at, "%s%s", i ? " " : "", rs[i] >= 0x7c ? nm[rs[i] - 0x7c] : "?");
  if (at < cap) snprintf(buf + at, cap - at, "]");
  return buf;
}

/* ---------------------------------------------------------------- aliases */

static hearth_status read_sort(rd *r, uint32_t *sort) {
  uint8_t b;
  *sort = 0;
  hearth_status st = u8(r, &b);
  if (st) return st;
  if (b == 0x00) {
    uint8_t c;
    if ((st = u8(r, &c))) return st;
    if (c > 0x04 && (c < 0x10 || c > 0x12)) return MALFORMED(r, "invalid core sort 0x%02x", c);
    *sort = H_SORT_CORE + c;
    return HEARTH_OK;
  }
  if (b < 1 || b > 5) return MALFORMED(r, "invalid sort 0x%02x", b);
  *sort = b;
  return HEARTH_OK;
}

/* Whether t mentions a resource type anywhere (own/borrow, fields, cases, params, exports and
 * imports of instance and component types): such a type may not be outer-aliased into another
 * component, where the resource would be a different one. */
static bool refers_to_resource(const hearth_ctype *t, uint32_t depth) {
  if (!t || depth > 100) return false;
  if (t->kind == H_CT_RESOURCE) return true;
  if (t->kind == HEARTH_CV_OWN || t->kind == HEARTH_CV_BORROW) return true;
  bool elem_only = t->kind == HEARTH_CV_LIST || t->kind == HEARTH_CV_STREAM || t->kind == HEARTH_CV_FUTURE;
  if ((elem_only || t->kind == HEARTH_CV_FUNC) && refers_to_resource(t->elem, depth + 1))
    return true;
  if (elem_only) return false;
  for (uint32_t i = 0; i < t->n && t->elems; i++)
    if (refers_to_resource(t->elems[i], depth + 1)) return true;
  if (t->kind == H_CT_INSTANCE || t->kind == H_CT_COMPONENT) {
    for (uint32_t i = 0; i < t->nexports; i++)
      if (t->exports[i].sort < H_SORT_CORE && refers_to_resource(t->exports[i].type, depth + 1)) return true;
    for (uint32_t i = 0; i < t->nimports; i++)
      if (t->imports[i].sort < H_SORT_CORE && refers_to_resource(t->imports[i].type, depth + 1)) return true;
  }
  return false;
}

static hearth_status alias(rd *r, dec *D, scope *sc) {
  uint32_t sort, idx;
  uint8_t k;
  hearth_status st;
  if ((st = read_sort(r, &sort)) || (st = u8(r, &k))) return st;
  int sp = h_comp_space_of(sort);
  if (k == 0x00) { /* export of a component instance */
    char *nm;
    h_cslot *s;
    if ((st = u32(r, &idx)) || (st = name(r, D->a, &nm)) ||
        (st = get(r, sc, H_SORT_INSTANCE, idx, &s)))
      return st;
    if (!sc->def && sort != H_SORT_TYPE && sort != H_SORT_INSTANCE)
      return INVALID(r, "export aliases in types may only alias types and instances");
    const hearth_ctype *it = s->type;
    for (uint32_t i = 0; it && i < it->nexports; i++) {
      if (strcmp(it->exports[i].name, nm) != 0) continue;
      if (it->exports[i].sort != sort)
        return INVALID(r, "export \"%s\" of instance %u is a %s, not a %s", nm, idx,
                       sort_name(it->exports[i].sort), sort_name(sort));
      if (sort == H_SORT_VALUE) return UNSUPPORTED(r, "values are not supported");
      h_cslot slot = {.type = it->exports[i].type};
      if (sc->def && sort != H_SORT_TYPE) {
        h_cact act = {.kind = H_ACT_ALIAS_EXPORT, .sort = sort, .a = idx, .name = nm};
        if ((st = add_act(r, sc->def, act, NULL))) return st;
      }
      return push(r, &sc->sp[sp], slot);
    }
    return INVALID(r, "instance %u has no export \"%s\"", idx, nm);
  }
  if (k == 0x01) { /* export of a core instance */
    char *nm;
    uint32_t got;
    hearth_ctype *ft;
    if (!sc->def) return INVALID(r, "core export aliases are not allowed in types");
    if (sort < H_SORT_CORE) return INVALID(r, "core export alias of a component sort");
    if ((st = u32(r, &idx)) || (st = name(r, D->a, &nm)) ||
        (st = core_export(r, D, sc, idx, nm, &got, &ft)))
      return st;
    if (got != sort)
      return INVALID(r, "export \"%s\" of core instance %u is a %s, not a %s", nm, idx,
                     sort_name(got), sort_name(sort));
    h_cact act = {.kind = H_ACT_ALIAS_CORE_EXPORT, .sort = sort, .a = idx, .name = nm};
    if ((st = add_act(r, sc->def, act, NULL))) return st;
    h_cslot slot = {.type = ft};
    return push(r, &sc->sp[sp], slot);
  }
  if (k == 0x02) { /* outer */
    uint32_t ct;
    if ((st = u32(r, &ct)) || (st = u32(r, &idx))) return st;
    if (sort != H_SORT_TYPE && sort != H_SORT_CORE_TYPE && sort != H_SORT_CORE_MODULE &&
        sort != H_SORT_COMPONENT)
      return INVALID(r, "outer aliases may only alias types, modules and components");
    scope *t = sc;
    bool crosses = false; /* a component boundary lies between here and the target scope */
    for (uint32_t i = 0; i < ct; i++) {
      crosses |= t->def != NULL;
      t = t->parent;
      if (!t) return INVALID(r, "outer alias count %u exceeds the enclosing scopes", ct);
    }
    h_cslot *s;
    if ((st = get(r, t, sort, idx, &s))) return st;
    if (!sc->def && sort != H_SORT_TYPE && sort != H_SORT_CORE_TYPE)
      return INVALID(r, "outer aliases in types may only alias types");
    if (crosses && sort == H_SORT_TYPE && refers_to_resource(s->type, 0))
      return INVALID(r, "outer alias of type %u across a component boundary: it transitively refers "
                     "to resources", idx);
    h_cslot slot = *s; /* types, modules and components are static: the slot says it all */
    if (sc->def && (sort == H_SORT_CORE_MODULE || sort == H_SORT_COMPONENT)) {
      /* at run time, the value the enclosing instance has (an imported module or component is
       * the one supplied to that instance: a component defined inside captures it) */
      h_cact act = {.kind = H_ACT_OUTER, .sort = sort, .a = ct, .b = idx};
      if ((st = add_act(r, sc->def, act, NULL))) return st;
    }
    return push(r, &sc->sp[sp], slot);
  }
  return MALFORMED(r, "invalid alias kind 0x%02x", k);
}

/* ---------------------------------------------------------------- canon */

static hearth_status canon_opts(rd *r, scope *sc, h_copts *o) {
  uint32_t n;
  hearth_status st = count(r, &n);
  bool enc = false;
  if (st) return st;
  memset(o, 0, sizeof *o);
  for (uint32_t i = 0; i < n; i++) {
    uint8_t k;
    h_cslot *s;
    if ((st = u8(r, &k))) return st;
    switch (k) {
    case 0x00: case 0x01: case 0x02:
      if (enc) return INVALID(r, "duplicate string-encoding option");
      enc = true;
      o->enc = k;
      break;
    case 0x03:
      if (o->has_memory) return INVALID(r, "duplicate memory option");
      o->has_memory = true;
      if ((st = u32(r, &o->memory)) || (st = get(r, sc, H_SORT_CORE_MEMORY, o->memory, &s))) return st;
      break;
    case 0x04: case 0x05: {
      uint32_t f;
      if ((k == 0x04 && o->has_realloc) || (k == 0x05 && o->has_post_return))
        return INVALID(r, "duplicate %s option", k == 0x04 ? "realloc" : "post-return");
      if ((st = u32(r, &f)) || (st = get(r, sc, H_SORT_CORE_FUNC, f, &s))) return st;
      if (k == 0x04) {
        static const uint8_t p4[4] = {H_T_I32, H_T_I32, H_T_I32, H_T_I32}, r1[1] = {H_T_I32};
        if (s->type && !core_sig_eq(s->type, p4, 4, r1, 1))
          return INVALID(r, "realloc must have type [i32 i32 i32 i32] -> [i32]");
        o->has_realloc = true;
        o->realloc = f;
      } else {
        o->has_post_return = true;
        o->post_return = f;
      }
      break;
    }
    case 0x06:
      if (o->async) return INVALID(r, "duplicate async option");
      o->async = true;
      break;
    case 0x07:
      if (o->has_callback) return INVALID(r, "duplicate callback option");
      if ((st = u32(r, &o->callback)) || (st = get(r, sc, H_SORT_CORE_FUNC, o->callback, &s))) return st;
      o->has_callback = true;
      break;
    default: return MALFORMED(r, "invalid canonical option 0x%02x", k);
    }
  }
  return HEARTH_OK;
}

static bool needs_memory(const hearth_ctype *t) {
  if (!t) return false;
  switch (t->kind) {
  case HEARTH_CV_STRING: return true;
  case HEARTH_CV_LIST: return t->fixed ? needs_memory(t->elem) : true;
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE: case HEARTH_CV_VARIANT: case HEARTH_CV_OPTION:
  case HEARTH_CV_RESULT:
    for (uint32_t i = 0; i < t->n; i++)
      if (needs_memory(t->elems[i])) return true;
    return false;
  default: return false;
  }
}

/* Flattened core signature of a function type (flatten_functype). */
static void flat_sig(const hearth_ctype *ft, const h_copts *o, bool lift, uint8_t *p, uint32_t *np,
                     uint8_t *rs, uint32_t *nr, bool *spill_params, bool *spill_results) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < ft->n; i++)
    n += h_comp_type_flatten(ft->elems[i], n < 17 ? p + n : p + 17, n < 17 ? 17 - n : 0);
  uint32_t m = ft->elem ? h_comp_type_flatten(ft->elem, rs, 17) : 0;
  if (o->async) { /* definitions.py flatten_functype, opts.async_ */
    *spill_params = n > (lift ? H_MAX_FLAT_PARAMS : H_MAX_FLAT_ASYNC_PARAMS);
    if (*spill_params) { p[0] = H_T_I32; n = 1; }
    *spill_results = !lift && m > 0; /* the caller's result pointer */
    if (*spill_results) p[n++] = H_T_I32;
    m = lift && !o->has_callback ? 0 : 1;
    rs[0] = H_T_I32;
    *np = n;
    *nr = m;
    return;
  }
  *spill_params = n > H_MAX_FLAT_PARAMS;
  if (*spill_params) { p[0] = H_T_I32; n = 1; }
  *spill_results = m > H_MAX_FLAT_RESULTS;
  if (*spill_results) {
    if (lift) { rs[0] = H_T_I32; m = 1; }
    else { p[n++] = H_T_I32; m = 0; }
  }
  *np = n;
  *nr = m;
}

/* The built-ins of H_COMP_BUILTINS (immediates and core signatures). */
typedef struct h_bispec {
  uint8_t code, imm;
  const char *name, *params, *results;
} h_bispec;
#define H_BI_ROW(c, n, i, p, rs) {.code = c, .imm = i, .name = n, .params = p, .results = rs},
static const h_bispec g_builtins[] = {H_COMP_BUILTINS(H_BI_ROW)};
#undef H_BI_ROW

const char *h_comp_builtin_name(uint32_t k) {
  for (size_t i = 0; i < sizeof g_builtins / sizeof g_builtins[0]; i++)
    if (g_builtins[i].code == k) return g_builtins[i].name;
  return NULL;
}

static hearth_status flag_byte(rd *r, const char *what) {
  uint8_t f;
  hearth_status st = u8(r, &f);
  if (st == HEARTH_OK && f > 1) return MALFORMED(r, "invalid %s flag 0x%02x", what, f);
  return st;
}

/* A built-in's immediates, validated; appends its core function (type from the table). */
static hearth_status canon_builtin(rd *r, dec *D, scope *sc, const h_bispec *b) {
  hearth_status st = HEARTH_OK;
  h_cact act = {.kind = H_ACT_BUILTIN, .a = b->code, .sort = H_SORT_CORE_FUNC, .offset = off(r)};
  h_cslot *s;
  uint32_t idx;
  uint8_t x;
  bool want_mem = false;
  switch (b->imm) {
  case H_BI_NONE: break;
  case H_BI_RESULT_OPTS:
    if ((st = u8(r, &x))) return st;
    if (x == 0x00) {
      if ((st = valtype(r, D, sc, &act.type))) return st;
      if (h_comp_type_has_borrow(act.type)) return INVALID(r, "task.return: borrow in a result");
    } else if (x == 0x01) {
      if ((st = u8(r, &x))) return st;
      if (x != 0) return MALFORMED(r, "invalid leading byte (0x1) for number of results");
    } else {
      return MALFORMED(r, "malformed result list (0x%02x)", x);
    }
    if ((st = canon_opts(r, sc, &act.opts))) return st;
    if (act.opts.async || act.opts.has_callback || act.opts.has_post_return)
      return INVALID(r, "task.return: cannot specify async, callback or post-return");
    want_mem = needs_memory(act.type) || (act.type && act.type->nflat > H_MAX_FLAT_PARAMS);
    break;
  case H_BI_CONTEXT:
    if ((st = u8(r, &x)) || (st = u32(r, &idx))) return st;
    if (x != H_T_I32) return INVALID(r, "%s: the type must be i32", b->name);
    if (idx >= 2) return INVALID(r, "%s: slot %u out of range (2 slots)", b->name, idx);
    act.b = idx;
    break;
  case H_BI_ASYNC: case H_BI_CANCEL:
    if ((st = flag_byte(r, b->imm == H_BI_ASYNC ? "async" : "cancellable"))) return st;
    break;
  case H_BI_STREAM: case H_BI_STREAM_OPTS: case H_BI_STREAM_ASYNC:
  case H_BI_FUTURE: case H_BI_FUTURE_OPTS: case H_BI_FUTURE_ASYNC: {
    bool stream = b->imm == H_BI_STREAM || b->imm == H_BI_STREAM_OPTS || b->imm == H_BI_STREAM_ASYNC;
    if ((st = u32(r, &idx)) || (st = get(r, sc, H_SORT_TYPE, idx, &s))) return st;
    if (!s->type || s->type->kind != (stream ? HEARTH_CV_STREAM : HEARTH_CV_FUTURE))
      return INVALID(r, "`%s` requires a %s type", b->name, stream ? "stream" : "future");
    act.type = s->type;
    if (b->imm == H_BI_STREAM_OPTS || b->imm == H_BI_FUTURE_OPTS) {
      if ((st = canon_opts(r, sc, &act.opts))) return st;
      if (act.opts.has_callback || act.opts.has_post_return)
        return INVALID(r, "%s: cannot specify callback or post-return", b->name);
      want_mem = true;
    } else if (b->imm != H_BI_STREAM && b->imm != H_BI_FUTURE) {
      if ((st = flag_byte(r, "async"))) return st;
    }
    break;
  }
  case H_BI_OPTS:
    if ((st = canon_opts(r, sc, &act.opts))) return st;
    if (act.opts.async || act.opts.has_callback || act.opts.has_post_return)
      return INVALID(r, "%s: cannot specify async, callback or post-return", b->name);
    want_mem = true;
    break;
  case H_BI_CANCEL_MEM:
    if ((st = flag_byte(r, "cancellable")) || (st = u32(r, &idx)) ||
        (st = get(r, sc, H_SORT_CORE_MEMORY, idx, &s)))
      return st;
    act.opts.has_memory = true;
    act.opts.memory = idx;
    break;
  case H_BI_FT_TABLE: {
    static const uint8_t p1[1] = {H_T_I32};
    if ((st = u32(r, &idx)) || (st = get(r, sc, H_SORT_CORE_TYPE, idx, &s))) return st;
    if (!s->type || s->type->kind != H_CT_CORE_FUNC || !core_sig_eq(s->type, p1, 1, NULL, 0))
      return INVALID(r, "%s: the start function type must be [i32] -> []", b->name);
    if ((st = u32(r, &idx)) || (st = get(r, sc, H_SORT_CORE_TABLE, idx, &s))) return st;
    break;
  }
  default: assert(0); break;
  }
  if (want_mem && !act.opts.has_memory) return INVALID(r, "%s: the memory option is required", b->name);
  hearth_ctype *ct = new_type(D, H_CT_CORE_FUNC);
  if (!ct) return nomem();
  uint8_t p[H_MAX_FLAT_PARAMS + 2];
  uint32_t np = 0;
  if (b->params[0] == '*') {
    np = act.type ? h_comp_type_flatten(act.type, p, H_MAX_FLAT_PARAMS + 1) : 0;
    if (np > H_MAX_FLAT_PARAMS) { p[0] = H_T_I32; np = 1; }
  } else {
    for (const char *c = b->params; *c; c++) p[np++] = *c == 'I' ? H_T_I64 : H_T_I32;
  }
  ct->ncparams = np;
  ct->ncresults = (uint32_t)strlen(b->results);
  if (!(ct->cparams = h_comp_arena_alloc(D->a, np + 1)) ||
      !(ct->cresults = h_comp_arena_alloc(D->a, ct->ncresults + 1)))
    return nomem();
  memcpy(ct->cparams, p, np);
  for (uint32_t i = 0; i < ct->ncresults; i++) ct->cresults[i] = b->results[i] == 'I' ? H_T_I64 : H_T_I32;
  h_cslot slot = {.type = ct};
  if ((st = add_act(r, sc->def, act, NULL))) return st;
  return push(r, &sc->sp[H_SP_CORE_FUNC], slot);
}

static hearth_status canon(rd *r, dec *D, scope *sc) {
  uint8_t k, z;
  uint32_t idx, tidx;
  h_cslot *s, *ts;
  hearth_status st = u8(r, &k);
  if (st) return st;
  h_cdef *d = sc->def;
  uint8_t p[40], rs[20];
  uint32_t np, nr;
  bool spp, spr;
  char b1[200], b2[200];
  switch (k) {
  case 0x00: { /* lift */
    h_copts o;
    if ((st = u8(r, &z))) return st;
    if (z != 0x00) return MALFORMED(r, "malformed canon lift");
    if ((st = u32(r, &idx)) || (st = get(r, sc, H_SORT_CORE_FUNC, idx, &s)) ||
        (st = canon_opts(r, sc, &o)) || (st = u32(r, &tidx)) ||
        (st = get(r, sc, H_SORT_TYPE, tidx, &ts)))
      return st;
    if (!ts->type || ts->type->kind != HEARTH_CV_FUNC)
      return INVALID(r, "canon lift: type %u is not a function type", tidx);
    const hearth_ctype *ft = ts->type;
    if (o.has_callback && !o.async) return INVALID(r, "canon lift: cannot specify callback without async");
    if (o.has_callback) {
      static const uint8_t p3[3] = {H_T_I32, H_T_I32, H_T_I32}, r1[1] = {H_T_I32};
      h_cslot *cs = &sc->sp[H_SP_CORE_FUNC].s[o.callback];
      if (cs->type && !core_sig_eq(cs->type, p3, 3, r1, 1))
        return INVALID(r, "canon lift: the callback must have type [i32 i32 i32] -> [i32]");
    }
    if (o.async && o.has_post_return) return INVALID(r, "canon lift: cannot specify post-return with async");
    flat_sig(ft, &o, true, p, &np, rs, &nr, &spp, &spr);
    if (s->type && !core_sig_eq(s->type, p, np, rs, nr))
      return INVALID(r, "canon lift: core function %u has type %s, expected %s", idx,
                     core_sig_str(s->type->cparams, s->type->ncparams, s->type->cresults,
                                  s->type->ncresults, b1, sizeof b1),
                     core_sig_str(p, np, rs, nr, b2, sizeof b2));
    bool pm = spp || spr || needs_memory(ft->elem);
    for (uint32_t i = 0; i < ft->n; i++) pm = pm || needs_memory(ft->elems[i]);
    if (pm && !o.has_memory) return INVALID(r, "canon lift: the memory option is required");
    bool pr = spp;
    for (uint32_t i = 0; i < ft->n; i++) pr = pr || needs_memory(ft->elems[i]);
    if (pr && !o.has_realloc) return INVALID(r, "canon lift: the realloc option is required");
    if (o.has_post_return) {
      h_cslot *ps = &sc->sp[H_SP_CORE_FUNC].s[o.post_return];
      if (ps->type && !core_sig_eq(ps->type, rs, nr, NULL, 0))
        return INVALID(r, "canon lift: post-return must take the core results and return nothing");
    }
    h_cact act = {.kind = H_ACT_CANON_LIFT, .a = idx, .type = ts->type, .opts = o, .sort = H_SORT_FUNC};
    h_cslot slot = {.type = ts->type};
    if ((st = add_act(r, d, act, NULL))) return st;
    return push(r, &sc->sp[H_SP_FUNC], slot);
  }
  case 0x01: { /* lower */
    h_copts o;
    if ((st = u8(r, &z))) return st;
    if (z != 0x00) return MALFORMED(r, "malformed canon lower");
    if ((st = u32(r, &idx)) || (st = get(r, sc, H_SORT_FUNC, idx, &s)) ||
        (st = canon_opts(r, sc, &o)))
      return st;
    const hearth_ctype *ft = s->type;
    assert(ft && ft->kind == HEARTH_CV_FUNC);
    if (o.has_post_return) return INVALID(r, "canon lower: post-return is not allowed");
    if (o.has_callback) return INVALID(r, "canon lower: the callback option is not allowed");
    flat_sig(ft, &o, false, p, &np, rs, &nr, &spp, &spr);
    bool pm = spp || spr || needs_memory(ft->elem);
    for (uint32_t i = 0; i < ft->n; i++) pm = pm || needs_memory(ft->elems[i]);
    if (pm && !o.has_memory) return INVALID(r, "canon lower: the memory option is required");
    if (needs_memory(ft->elem) && !o.has_realloc)
      return INVALID(r, "canon lower: the realloc option is required");
    hearth_ctype *ct = new_type(D, H_CT_CORE_FUNC);
    if (!ct) return nomem();
    ct->ncparams = np;
    ct->ncresults = nr;
    ct->cparams = h_comp_arena_alloc(D->a, np + 1);
    ct->cresults = h_comp_arena_alloc(D->a, nr + 1);
    if (!ct->cparams || !ct->cresults) return nomem();
    if (np) memcpy(ct->cparams, p, np);
    if (nr) memcpy(ct->cresults, rs, nr);
    h_cact act = {.kind = H_ACT_CANON_LOWER, .a = idx, .type = s->type, .opts = o,
                  .sort = H_SORT_CORE_FUNC};
    h_cslot slot = {.type = ct};
    if ((st = add_act(r, d, act, NULL))) return st;
    return push(r, &sc->sp[H_SP_CORE_FUNC], slot);
  }
  case 0x02: case 0x03: case 0x04: { /* resource.new / drop / rep */
    if ((st = u32(r, &tidx)) || (st = get(r, sc, H_SORT_TYPE, tidx, &ts))) return st;
    if (!ts->type || ts->type->kind != H_CT_RESOURCE)
      return INVALID(r, "canon resource builtin: type %u is not a resource", tidx);
    if (k != 0x03 && ts->type->owner != d)
      return INVALID(r, "canon resource.%s: the resource is not defined by this component",
                     k == 0x02 ? "new" : "rep");
    hearth_ctype *ct = new_type(D, H_CT_CORE_FUNC);
    if (!ct) return nomem();
    ct->ncparams = 1;
    ct->ncresults = k == 0x03 ? 0 : 1;
    ct->cparams = h_comp_arena_alloc(D->a, 1);
    ct->cresults = h_comp_arena_alloc(D->a, 1);
    if (!ct->cparams || !ct->cresults) return nomem();
    ct->cparams[0] = H_T_I32;
    ct->cresults[0] = H_T_I32;
    h_cact act = {.kind = (uint8_t)(k == 0x02 ? H_ACT_RESOURCE_NEW : k == 0x03 ? H_ACT_RESOURCE_DROP
                                                                              : H_ACT_RESOURCE_REP),
                  .type = ts->type, .sort = H_SORT_CORE_FUNC};
    h_cslot slot = {.type = ct};
    if ((st = add_act(r, d, act, NULL))) return st;
    return push(r, &sc->sp[H_SP_CORE_FUNC], slot);
  }
  default:
    for (size_t i = 0; i < sizeof g_builtins / sizeof g_builtins[0]; i++)
      if (g_builtins[i].code == k) return canon_builtin(r, D, sc, &g_builtins[i]);
    if (k >= 0x40 && k <= 0x42)
      return UNSUPPORTED(r, "canonical builtin 0x%02x (shared-everything threads) is not supported", k);
    r->p--;
    return MALFORMED(r, "invalid leading byte (0x%x) for canonical function", k);
  }
}


/* ---------------------------------------------------------------- type matching (instantiate) */


static const char *kind_name(const hearth_ctype *t) {
  static const char *const v[] = {"bool", "s8", "u8", "s16", "u16", "s32", "u32", "s64", "u64",
                                  "f32", "f64", "char", "string", "list", "record", "tuple",
                                  "variant", "enum", "option", "result", "flags", "own", "borrow",
                                  "stream", "future", "error-context"};
  if (!t) return "none";
  if (t->kind <= HEARTH_CV_ERROR_CONTEXT) return v[t->kind];
  switch (t->kind) {
  case HEARTH_CV_FUNC: return "func";
  case H_CT_RESOURCE: return "resource";
  case H_CT_INSTANCE: return "instance";
  case H_CT_COMPONENT: return "component";
  default: return "type";
  }
}

/* Does `have` (supplied) match `want` (the import's type)? why gets the first mismatch. */
static bool tmatch(const hearth_ctype *want, const hearth_ctype *have, rmap *m, char *why, size_t cap) {
  if (want == have) return true;
  if (!want || !have) {
    snprintf(why, cap, "expected %s, found %s", kind_name(want), kind_name(have));
    return false;
  }
  if (want->kind == H_CT_RESOURCE) {
    if (have->kind != H_CT_RESOURCE) {
      snprintf(why, cap, "expected resource, found defined type");
      return false;
    }
    /* Resources are compared by identity: an import of the instantiated component is bound to
     * the first type supplied for it; every later use must supply that same type. The exports
     * of an instance are substituted with these bindings (subst), so a resource threaded through
     * a child instance keeps its identity. */
    for (uint32_t i = 0; i < m->n; i++)
      if (m->from[i] == want) {
        if (m->to[i] == have) return true;
        snprintf(why, cap, "resource types are not the same");
        return false;
      }
    if (want->owner) {
      snprintf(why, cap, "resource types are not the same");
      return false;
    }
    if (m->n < 128) {
      m->from[m->n] = want;
      m->to[m->n++] = have;
    }
    return true;
  }
  if (want->kind != have->kind) {
    snprintf(why, cap, "expected %s, found %s", kind_name(want), kind_name(have));
    return false;
  }
  switch (want->kind) {
  case HEARTH_CV_LIST:
    if (want->fixed != have->fixed) { snprintf(why, cap, "list lengths differ"); return false; }
    return tmatch(want->elem, have->elem, m, why, cap);
  case HEARTH_CV_OWN: case HEARTH_CV_BORROW: return tmatch(want->elem, have->elem, m, why, cap);
  case HEARTH_CV_STREAM: case HEARTH_CV_FUTURE:
    if ((want->elem == NULL) != (have->elem == NULL)) {
      snprintf(why, cap, "%s element type present on one side only", kind_name(want));
      return false;
    }
    return !want->elem || tmatch(want->elem, have->elem, m, why, cap);
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE: case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM:
  case HEARTH_CV_FLAGS: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: case HEARTH_CV_FUNC:
    if (want->n != have->n) {
      snprintf(why, cap, "expected %u %s, found %u", want->n,
               want->kind == HEARTH_CV_FUNC ? "parameters" : "cases or fields", have->n);
      return false;
    }
    for (uint32_t i = 0; i < want->n; i++) {
      if (want->names && have->names && strcmp(want->names[i], have->names[i]) != 0) {
        snprintf(why, cap, "expected `%s`, found `%s`", want->names[i], have->names[i]);
        return false;
      }
      if ((want->elems[i] == NULL) != (have->elems[i] == NULL)) {
        snprintf(why, cap, "case or field %u: a type present on one side only", i);
        return false;
      }
      if (want->elems[i] && !tmatch(want->elems[i], have->elems[i], m, why, cap)) return false;
    }
    if (want->kind == HEARTH_CV_FUNC) {
      if (want->async != have->async) {
        snprintf(why, cap, "expected %s function, found %s", want->async ? "an async" : "a sync",
                 have->async ? "an async one" : "a sync one");
        return false;
      }
      if ((want->elem == NULL) != (have->elem == NULL)) {
        snprintf(why, cap, "expected %s, found %s", want->elem ? "a result" : "no result",
                 have->elem ? "a result" : "none");
        return false;
      }
      return !want->elem || tmatch(want->elem, have->elem, m, why, cap);
    }
    return true;
  case H_CT_INSTANCE:
    for (uint32_t i = 0; i < want->nexports; i++) {
      const h_cextern *w = &want->exports[i];
      uint32_t j = 0;
      while (j < have->nexports && strcmp(have->exports[j].name, w->name) != 0) j++;
      if (j == have->nexports) {
        snprintf(why, cap, "missing expected export `%s`", w->name);
        return false;
      }
      if (have->exports[j].sort != w->sort) {
        snprintf(why, cap, "export `%s`: expected a %s, found a %s", w->name, sort_name(w->sort),
                 sort_name(have->exports[j].sort));
        return false;
      }
      if (w->sort != H_SORT_CORE_MODULE && w->sort != H_SORT_COMPONENT &&
          !tmatch(w->type, have->exports[j].type, m, why, cap)) {
        char inner[300];
        snprintf(inner, sizeof inner, "%s", why);
        snprintf(why, cap, "type mismatch in instance export `%s`: %s", w->name, inner);
        return false;
      }
    }
    return true;
  default:
    return true; /* primitives (equal kinds), component and module types */
  }
}

static hearth_ctype *subst_node(dec *D, hearth_ctype *t, rmap *m, uint32_t *budget, bool *fail);

/* t with the resources bound in m replaced (copies of the nodes on the way to a replaced one;
 * t itself when nothing changes). *budget bounds the nodes visited (shared subtrees of a hostile
 * type are visited once per path); NULL on NOMEM or when it runs out. */
/* Binds from -> a fresh copy of it (a new resource type: generativity) in m. */
static bool fresh_bind(dec *D, rmap *m, const hearth_ctype *from) {
  hearth_ctype *c = h_comp_arena_alloc(D->a, sizeof *c);
  if (!c || m->n >= 128) return false;
  *c = *from;
  c->fresh_in = NULL;
  m->from[m->n] = from;
  m->to[m->n++] = c;
  return true;
}

/* Whether the instance/component type node t exports a resource that each of its instances gets
 * anew: declared `sub resource` in t, defined by component def, or ascribed in def. */
static bool generative(const hearth_ctype *r, const hearth_ctype *t, const h_cdef *def) {
  return r && r->kind == H_CT_RESOURCE &&
         ((r->fresh_in && (r->fresh_in == t || (def && r->fresh_in == def))) || (def && r->owner == def));
}

static hearth_ctype *subst(dec *D, hearth_ctype *t, rmap *m, uint32_t *budget, bool *fail) {
  if (!t || *fail) return t;
  if (!*budget) { *fail = true; return t; }
  (*budget)--;
  if (t->kind == H_CT_RESOURCE || nominal(t)) {
    for (uint32_t i = m->n; i-- > 0;)
      if (m->from[i] == t) return (hearth_ctype *)m->to[i];
    if (t->kind == H_CT_RESOURCE) return t;
    for (uint32_t i = m->nm; i-- > 0;)
      if (m->mfrom[i] == t) return (hearth_ctype *)m->mto[i];
  }
  /* an instance type reached through an extern is one more instance: the resources it declares
   * are new ones, bound while its exports are substituted */
  uint32_t saved = m->n, saved_nm = m->nm;
  if (t->kind == H_CT_INSTANCE)
    for (uint32_t i = 0; i < t->nexports; i++)
      if (t->exports[i].sort == H_SORT_TYPE && generative(t->exports[i].type, t, NULL) &&
          !fresh_bind(D, m, t->exports[i].type)) {
        *fail = true;
        return t;
      }
  if (!m->n && t->kind != H_CT_INSTANCE && t->kind != H_CT_COMPONENT) return t;
  hearth_ctype *res = subst_node(D, t, m, budget, fail);
  /* copies made under this instance type's fresh bindings do not hold outside it */
  m->n = saved;
  m->nm = saved_nm;
  if (nominal(t) && res != t && m->nm < 128) {
    m->mfrom[m->nm] = t;
    m->mto[m->nm++] = res;
  }
  return res;
}

static hearth_ctype *subst_node(dec *D, hearth_ctype *t, rmap *m, uint32_t *budget, bool *fail) {
  hearth_ctype *elem = t->elem, **elems = t->elems;
  h_cextern *ex = t->exports, *im = t->imports;
  bool changed = false;
  if (t->kind == HEARTH_CV_OWN || t->kind == HEARTH_CV_BORROW || t->kind == HEARTH_CV_LIST ||
      t->kind == HEARTH_CV_FUNC || t->kind == HEARTH_CV_STREAM || t->kind == HEARTH_CV_FUTURE)
    changed |= (elem = subst(D, t->elem, m, budget, fail)) != t->elem;
  if (t->kind != HEARTH_CV_LIST && t->elems && t->n) {
    for (uint32_t i = 0; i < t->n && !*fail; i++) {
      hearth_ctype *e = subst(D, t->elems[i], m, budget, fail);
      if (e == t->elems[i]) continue;
      if (elems == t->elems) {
        if (!(elems = h_comp_arena_alloc(D->a, sizeof *elems * t->n))) { *fail = true; return t; }
        memcpy(elems, t->elems, sizeof *elems * t->n);
      }
      elems[i] = e;
      changed = true;
    }
  }
  for (int side = 0; side < 2 && (t->kind == H_CT_INSTANCE || t->kind == H_CT_COMPONENT); side++) {
    h_cextern *src = side ? t->imports : t->exports, **dst = side ? &im : &ex;
    uint32_t n = side ? t->nimports : t->nexports;
    for (uint32_t i = 0; i < n && !*fail; i++) {
      if (src[i].sort >= H_SORT_CORE) continue;
      hearth_ctype *e = subst(D, src[i].type, m, budget, fail);
      if (e == src[i].type) continue;
      if (*dst == src) {
        if (!(*dst = h_comp_arena_alloc(D->a, sizeof **dst * n))) { *fail = true; return t; }
        memcpy(*dst, src, sizeof **dst * n);
      }
      (*dst)[i].type = e;
      changed = true;
    }
  }
  if (!changed || *fail) return t;
  hearth_ctype *c = h_comp_arena_alloc(D->a, sizeof *c);
  if (!c) { *fail = true; return t; }
  *c = *t;
  c->elem = elem;
  c->elems = elems;
  c->exports = ex;
  c->imports = im;
  return c;
}

/* ---------------------------------------------------------------- component sections */

static hearth_status component(rd *r, dec *D, scope *parent, h_cdef *d);

static hearth_status sortidx(rd *r, scope *sc, uint32_t *sort, uint32_t *idx, h_cslot **slot) {
  hearth_status st;
  if ((st = read_sort(r, sort)) || (st = u32(r, idx)) || (st = get(r, sc, *sort, *idx, slot))) return st;
  return HEARTH_OK;
}

static hearth_status core_instances(rd *r, dec *D, scope *sc) {
  uint32_t n;
  hearth_status st = count(r, &n);
  if (st) return st;
  h_cdef *d = sc->def;
  char b1[200], b2[200];
  for (uint32_t i = 0; i < n; i++) {
    uint8_t k;
    uint32_t na;
    h_cact act = {0};
    if ((st = u8(r, &k))) return st;
    if (k == 0x00) {
      h_cslot *ms;
      act.kind = H_ACT_CORE_INSTANTIATE;
      if ((st = u32(r, &act.a)) || (st = get(r, sc, H_SORT_CORE_MODULE, act.a, &ms)) ||
          (st = count(r, &na)))
        return st;
      act.args = h_comp_arena_alloc(D->a, sizeof(h_carg) * (na + 1));
      if (!act.args) return nomem();
      act.nargs = na;
      for (uint32_t j = 0; j < na; j++) {
        uint8_t s;
        h_cslot *is;
        if ((st = name(r, D->a, &act.args[j].name)) || (st = u8(r, &s))) return st;
        if (s != 0x12) return MALFORMED(r, "core instantiate argument must be an instance (0x12)");
        act.args[j].sort = H_SORT_CORE_INSTANCE;
        if ((st = u32(r, &act.args[j].idx)) ||
            (st = get(r, sc, H_SORT_CORE_INSTANCE, act.args[j].idx, &is)))
          return st;
        for (uint32_t q = 0; q < j; q++)
          if (strcmp(act.args[q].name, act.args[j].name) == 0)
            return INVALID(r, "duplicate instantiate argument \"%s\"", act.args[j].name);
      }
      /* Every import of the module must be supplied, with an export of the right kind. */
      hearth_module *m = ms->module;
      for (uint32_t j = 0; m && j < m->nimports; j++) {
        const h_import *im = &m->imports[j];
        uint32_t q = 0;
        while (q < na && strcmp(act.args[q].name, im->module) != 0) q++;
        if (q == na)
          return INVALID(r, "core module %u: import module \"%s\" is not supplied", act.a, im->module);
        uint32_t got;
        hearth_ctype *ft;
        st = core_export(r, D, sc, act.args[q].idx, im->name, &got, &ft);
        if (st == HEARTH_ERR_INVALID)
          return INVALID(r, "core module %u: import \"%s\" \"%s\" is not supplied", act.a,
                         im->module, im->name);
        if (st) return st;
        if (got != H_SORT_CORE + (uint32_t)im->kind)
          return INVALID(r, "core module %u: import \"%s\" \"%s\" must be a %s, got a %s", act.a,
                         im->module, im->name, sort_name(H_SORT_CORE + (uint32_t)im->kind), sort_name(got));
        if (im->kind != H_EXTERN_FUNC && ft) {
          h_limits none = {0};
          hearth_ctype *want = im->kind == H_EXTERN_TAG ? core_sig(D, &m->types[im->desc.tag_type])
                               : im->kind == H_EXTERN_TABLE ? core_obj(D, im->desc.table.elem, false, im->desc.table.limits)
                               : im->kind == H_EXTERN_MEMORY ? core_obj(D, 0, false, im->desc.mem)
                               : core_obj(D, im->desc.global.type, im->desc.global.mut, none);
          if (!want) return nomem();
          if (!core_ext_match(got, want, ft, b1, sizeof b1))
            return INVALID(r, "core module %u: import \"%s\" \"%s\": %s", act.a, im->module, im->name, b1);
        }
        if (im->kind == H_EXTERN_FUNC && ft) {
          const h_functype *want = &m->types[im->desc.func_type];
          if (!core_sig_eq(ft, want->params, want->nparams, want->results, want->nresults))
            return INVALID(r, "core module %u: import \"%s\" \"%s\" has type %s, expected %s",
                           act.a, im->module, im->name,
                           core_sig_str(ft->cparams, ft->ncparams, ft->cresults, ft->ncresults, b1,
                                        sizeof b1),
                           core_sig_str(want->params, want->nparams, want->results,
                                        want->nresults, b2, sizeof b2));
        }
      }
    } else if (k == 0x01) {
      act.kind = H_ACT_CORE_INLINE;
      if ((st = count(r, &na))) return st;
      act.args = h_comp_arena_alloc(D->a, sizeof(h_carg) * (na + 1));
      if (!act.args) return nomem();
      act.nargs = na;
      for (uint32_t j = 0; j < na; j++) {
        uint8_t s;
        h_cslot *x;
        if ((st = name(r, D->a, &act.args[j].name)) || (st = u8(r, &s))) return st;
        if (s > 0x04) return INVALID(r, "core inline export of sort 0x%02x", s);
        act.args[j].sort = H_SORT_CORE + s;
        if ((st = u32(r, &act.args[j].idx)) || (st = get(r, sc, act.args[j].sort, act.args[j].idx, &x)))
          return st;
        for (uint32_t q = 0; q < j; q++)
          if (strcmp(act.args[q].name, act.args[j].name) == 0)
            return INVALID(r, "duplicate core export \"%s\"", act.args[j].name);
      }
    } else {
      return MALFORMED(r, "invalid core instance kind 0x%02x", k);
    }
    uint32_t ai;
    if ((st = add_act(r, d, act, &ai))) return st;
    h_cslot slot = {.core_inst = ai};
    if ((st = push(r, &sc->sp[H_SP_CORE_INSTANCE], slot))) return st;
  }
  return HEARTH_OK;
}

static hearth_status grow_def(void **arr, size_t elt, uint32_t *cap, uint32_t n) {
  if (n < *cap) return HEARTH_OK;
  return h_array_grow(arr, elt, cap, n + 1) ? HEARTH_OK : nomem();
}

/* Records an export of d (name, sort, type, index). */
static hearth_status add_export(rd *r, h_cdef *d, char *nm, uint32_t sort, hearth_ctype *type,
                                uint32_t idx) {
  hearth_status st;
  for (uint32_t i = 0; i < d->nexports; i++)
    if (names_clash(d->exports[i].name, nm)) return INVALID(r, "duplicate export name \"%s\"", nm);
  if ((st = check_annotation(r, nm, sort, type, d->exports, d->nexports))) return st;
  uint32_t cap = d->cap_exports;
  if ((st = grow_def((void **)&d->exports, sizeof *d->exports, &d->cap_exports, d->nexports)))
    return st;
  if ((st = grow_def((void **)&d->export_idx, sizeof *d->export_idx, &cap, d->nexports))) return st;
  d->exports[d->nexports] = (h_cextern){.name = nm, .sort = sort, .type = type};
  d->export_idx[d->nexports++] = idx;
  return HEARTH_OK;
}

static hearth_status instances(rd *r, dec *D, scope *sc) {
  uint32_t n;
  hearth_status st = count(r, &n);
  if (st) return st;
  h_cdef *d = sc->def;
  for (uint32_t i = 0; i < n; i++) {
    uint8_t k;
    uint32_t na;
    h_cact act = {.sort = H_SORT_INSTANCE};
    hearth_ctype *it = new_type(D, H_CT_INSTANCE);
    if (!it) return nomem();
    if ((st = u8(r, &k))) return st;
    if (k == 0x00) {
      h_cslot *cs;
      act.kind = H_ACT_INSTANTIATE;
      if ((st = u32(r, &act.a)) || (st = get(r, sc, H_SORT_COMPONENT, act.a, &cs)) ||
          (st = count(r, &na)))
        return st;
      act.args = h_comp_arena_alloc(D->a, sizeof(h_carg) * (na + 1));
      if (!act.args) return nomem();
      act.nargs = na;
      for (uint32_t j = 0; j < na; j++) {
        h_cslot *x;
        if ((st = name(r, D->a, &act.args[j].name)) ||
            (st = sortidx(r, sc, &act.args[j].sort, &act.args[j].idx, &x)))
          return st;
        for (uint32_t q = 0; q < j; q++)
          if (strcmp(act.args[q].name, act.args[j].name) == 0)
            return INVALID(r, "duplicate instantiate argument \"%s\"", act.args[j].name);
      }
      const hearth_ctype *ct = cs->type; /* the component's type: imports and exports */
      /* 4 KiB: from the decoder's arena, not the stack (nested components recurse) nor TLS (a
       * large thread-local would not fit the static TLS that dlopen of libhearth.so needs). */
      rmap *map = h_comp_arena_alloc(D->a, sizeof *map);
      if (!map) return nomem();
      map->n = 0;
      for (uint32_t j = 0; ct && j < ct->nimports; j++) {
        uint32_t q = 0;
        while (q < na && strcmp(act.args[q].name, ct->imports[j].name) != 0) q++;
        if (q == na)
          return INVALID(r, "component %u: import \"%s\" is not supplied", act.a, ct->imports[j].name);
        if (act.args[q].sort != ct->imports[j].sort)
          return INVALID(r, "component %u: import \"%s\" must be a %s, got a %s", act.a,
                         ct->imports[j].name, sort_name(ct->imports[j].sort),
                         sort_name(act.args[q].sort));
        h_cslot *given;
        char why[400];
        if ((st = get(r, sc, act.args[q].sort, act.args[q].idx, &given))) return st;
        if (act.args[q].sort == H_SORT_CORE_MODULE &&
            !module_match(ct->imports[j].type, given->type, why, sizeof why))
          return INVALID(r, "import `%s`: %s", ct->imports[j].name, why);
        if (act.args[q].sort != H_SORT_CORE_MODULE && act.args[q].sort != H_SORT_COMPONENT &&
            !tmatch(ct->imports[j].type, given->type, map, why, sizeof why))
          return INVALID(r, "type mismatch in import `%s`: %s", ct->imports[j].name, why);
        /* a named value type imported by the child is the supplied type in the instance's
         * exports (so the parent sees its own name of it: external visibility) */
        if (act.args[q].sort == H_SORT_TYPE && nominal(ct->imports[j].type) &&
            ct->imports[j].type != given->type && map->n < 128) {
          map->from[map->n] = ct->imports[j].type;
          map->to[map->n++] = given->type;
        }
      }
      if (ct) {
        /* the instance's type: the component's exports, its imports bound to the arguments */
        hearth_ctype tmp = {.kind = H_CT_INSTANCE, .exports = ct->exports, .nexports = ct->nexports};
        uint32_t budget = 1u << 16;
        bool fail = false;
        for (uint32_t j = 0; j < ct->nexports; j++)
          if (ct->exports[j].sort == H_SORT_TYPE && generative(ct->exports[j].type, ct, cs->def) &&
              !fresh_bind(D, map, ct->exports[j].type))
            return INVALID(r, "component %u exports too many resources", act.a);
        hearth_ctype *sub = subst_node(D, &tmp, map, &budget, &fail);
        if (fail) return budget ? nomem() : INVALID(r, "component %u: its type is too large to instantiate", act.a);
        it->exports = sub->exports;
        it->nexports = ct->nexports;
      }
    } else if (k == 0x01) {
      act.kind = H_ACT_INLINE;
      if ((st = count(r, &na))) return st;
      act.args = h_comp_arena_alloc(D->a, sizeof(h_carg) * (na + 1));
      if (!act.args) return nomem();
      act.nargs = na;
      for (uint32_t j = 0; j < na; j++) {
        h_cslot *x;
        char *impl;
        if ((st = extern_name(r, D, &act.args[j].name, &impl)) ||
            (st = sortidx(r, sc, &act.args[j].sort, &act.args[j].idx, &x)) ||
            (st = check_implements(r, act.args[j].name, impl, act.args[j].sort)))
          return st;
        if (act.args[j].sort >= H_SORT_CORE && act.args[j].sort != H_SORT_CORE_MODULE)
          return INVALID(r, "instance export of a core %s", sort_name(act.args[j].sort));
        if (act.args[j].sort == H_SORT_VALUE) return UNSUPPORTED(r, "values are not supported");
        /* a bag of exports introduces no type index, so no resource has a name in it that an
         * annotated function could refer to (as wasm-tools validates; validation-annotated-names) */
        const char *an = act.args[j].name;
        if (an[0] == '[' && (strncmp(an, "[constructor]", 13) == 0 || strncmp(an, "[method]", 8) == 0 ||
                             strncmp(an, "[static]", 8) == 0))
          return INVALID(r, "instance export \"%s\": resource used in function does not have a name "
                         "in this context (a bag of exports names no resource)", an);
        if ((st = add_extern(r, D, &it->exports, &it->nexports, act.args[j].name,
                             act.args[j].sort, x->type)))
          return st;
      }
    } else {
      return MALFORMED(r, "invalid instance kind 0x%02x", k);
    }
    act.type = it;
    if ((st = add_act(r, d, act, NULL))) return st;
    h_cslot slot = {.type = it};
    if ((st = push(r, &sc->sp[H_SP_INSTANCE], slot))) return st;
  }
  return HEARTH_OK;
}

static hearth_status imports(rd *r, dec *D, scope *sc) {
  uint32_t n;
  hearth_status st = count(r, &n);
  if (st) return st;
  h_cdef *d = sc->def;
  for (uint32_t i = 0; i < n; i++) {
    char *nm;
    uint32_t sort;
    hearth_ctype *t;
    char *impl;
    if ((st = extern_name(r, D, &nm, &impl)) || (st = externtype(r, D, sc, &sort, &t)) ||
        (st = check_implements(r, nm, impl, sort)))
      return st;
    for (uint32_t j = 0; j < d->nimports; j++)
      if (names_clash(d->imports[j].name, nm)) return INVALID(r, "duplicate import name \"%s\"", nm);
    if ((st = check_annotation(r, nm, sort, t, d->imports, d->nimports))) return st;
    if (sort == H_SORT_INSTANCE) { /* each imported instance has resources of its own */
      rmap *map = h_comp_arena_alloc(D->a, sizeof *map);
      uint32_t budget = 1u << 16;
      bool fail = false;
      if (!map) return nomem();
      t = subst(D, t, map, &budget, &fail);
      if (fail) return budget ? nomem() : INVALID(r, "import \"%s\": its type is too large", nm);
    }
    if (!extern_ok(sort, t, d, true, NULL, 0))
      return INVALID(r, "import \"%s\": %s not valid to be used as import (a type in it is not "
                     "imported)", nm, sort_name(sort));
    if ((st = grow_def((void **)&d->imports, sizeof *d->imports, &d->cap_imports, d->nimports)))
      return st;
    d->imports[d->nimports++] = (h_cextern){.name = nm, .sort = sort, .type = t};
    if (sort != H_SORT_TYPE) {
      h_cact act = {.kind = H_ACT_IMPORT, .sort = sort, .name = nm, .type = t};
      if ((st = add_act(r, d, act, NULL))) return st;
    }
    h_cslot slot = {.type = t};
    if ((st = push(r, &sc->sp[h_comp_space_of(sort)], slot))) return st;
  }
  return HEARTH_OK;
}

static hearth_status exports(rd *r, dec *D, scope *sc) {
  uint32_t n;
  hearth_status st = count(r, &n);
  if (st) return st;
  h_cdef *d = sc->def;
  for (uint32_t i = 0; i < n; i++) {
    char *nm;
    uint32_t sort, idx;
    h_cslot *s;
    uint8_t has;
    char *impl;
    if ((st = extern_name(r, D, &nm, &impl)) || (st = sortidx(r, sc, &sort, &idx, &s)) ||
        (st = u8(r, &has)) || (st = check_implements(r, nm, impl, sort)))
      return st;
    if (sort >= H_SORT_CORE && sort != H_SORT_CORE_MODULE)
      return INVALID(r, "export of a core %s", sort_name(sort));
    if (sort == H_SORT_VALUE) return UNSUPPORTED(r, "values are not supported");
    h_cslot slot = *s;
    hearth_ctype *ascribed_res = NULL;
    D->last_fresh = NULL;
    if (has == 1) {
      uint32_t asort;
      hearth_ctype *at;
      if ((st = externtype(r, D, sc, &asort, &at))) return st;
      if (asort != sort)
        return INVALID(r, "export \"%s\": ascribed %s for a %s", nm, sort_name(asort), sort_name(sort));
      if (sort == H_SORT_FUNC && !h_comp_type_eq(at, s->type))
        return INVALID(r, "export \"%s\": ascribed type does not match the function", nm);
      if (sort == H_SORT_INSTANCE) {
        rmap *map = h_comp_arena_alloc(D->a, sizeof *map);
        char why[400];
        if (!map) return nomem();
        if (!tmatch(at, s->type, map, why, sizeof why))
          return INVALID(r, "export \"%s\": ascribed type of export is not compatible: %s", nm, why);
      }
      if (sort != H_SORT_TYPE || (at && at->kind != H_CT_RESOURCE)) slot.type = at ? at : slot.type;
      /* a resource exported as `(sub resource)` hides its identity: outside, each instance of d
       * sees a resource of its own (the index inside keeps the defined one) */
      if (sort == H_SORT_TYPE && at && at->kind == H_CT_RESOURCE && at == D->last_fresh) {
        at->fresh_in = d;
        at->named_in = d;
        ascribed_res = at;
      }
    } else if (has != 0) {
      return MALFORMED(r, "malformed optional export type 0x%02x", has);
    } else if (sort == H_SORT_TYPE && nominal(slot.type)) {
      if (!(slot.type = named_copy(D, slot.type, d))) return nomem();
    } else if (sort == H_SORT_INSTANCE && slot.type) {
      if (!(slot.type = name_instance(D, d, slot.type, 0))) return nomem();
    }
    if (sort == H_SORT_TYPE && slot.type && slot.type->kind == H_CT_RESOURCE) slot.type->named_in = d;
    slot.res_def = false; /* the export's index names the resource */
    if (sort == H_SORT_FUNC && uses_def_index(slot.type, 0))
      return INVALID(r, "export \"%s\": func not valid to be used as export (a resource in its "
                     "type is referred to by its definition, not by an exported name)", nm);
    if (!extern_ok(sort, slot.type, d, false, NULL, 0))
      return INVALID(r, "export \"%s\": %s not valid to be used as export (a type in it is not "
                     "exported)", nm, sort_name(sort));
    if ((st = add_export(r, d, nm, sort, ascribed_res ? ascribed_res : slot.type, idx))) return st;
    if (sort != H_SORT_TYPE) {
      h_cact act = {.kind = H_ACT_EXPORT, .sort = sort, .a = idx, .name = nm};
      if ((st = add_act(r, d, act, NULL))) return st;
    }
    if ((st = push(r, &sc->sp[h_comp_space_of(sort)], slot))) return st;
  }
  return HEARTH_OK;
}

static hearth_status start(rd *r, scope *sc) {
  uint32_t f, nargs, nres;
  h_cslot *s;
  hearth_status st;
  if ((st = u32(r, &f)) || (st = get(r, sc, H_SORT_FUNC, f, &s)) || (st = count(r, &nargs))) return st;
  for (uint32_t i = 0; i < nargs; i++) {
    uint32_t v;
    if ((st = u32(r, &v))) return st;
  }
  if ((st = u32(r, &nres))) return st;
  if (nargs || nres || s->type->n || s->type->elem)
    return UNSUPPORTED(r, "start functions with value arguments or results are not supported");
  h_cact act = {.kind = H_ACT_START, .a = f};
  return add_act(r, sc->def, act, NULL);
}

static hearth_status core_module(rd *r, dec *D, scope *sc, uint32_t size) {
  hearth_module *m;
  uint32_t at = off(r);
  hearth_status st = hearth_module_new(D->c->engine, r->p, size, &m);
  if (st) {
    char msg[400];
    snprintf(msg, sizeof msg, "%s", hearth_errmsg());
    return h_comp_fail(st, at, "core module %u: %s", sc->sp[H_SP_CORE_MODULE].n, msg);
  }
  h_cdef *d = sc->def;
  if ((st = grow_def((void **)&d->modules, sizeof *d->modules, &d->cap_modules, d->nmodules))) {
    hearth_module_delete(m);
    return st;
  }
  d->modules[d->nmodules++] = m;
  r->p += size;
  h_cact act = {.kind = H_ACT_STATIC, .sort = H_SORT_CORE_MODULE, .ptr = m};
  if ((st = add_act(r, d, act, NULL))) return st;
  /* its module type (the exports), for when it travels through instances as an export */
  hearth_ctype *mt = new_type(D, H_CT_CORE_MODULE);
  if (!mt || !(mt->exports = h_comp_arena_alloc(D->a, sizeof(h_cextern) * (m->nexports + 1))))
    return nomem();
  for (uint32_t i = 0; i < m->nexports; i++) {
    h_cextern *e = &mt->exports[mt->nexports++];
    e->name = m->exports[i].name; /* owned by the module, which the component keeps */
    e->sort = H_SORT_CORE + m->exports[i].kind;
    if (!(e->type = module_extern(D, m, m->exports[i].kind, m->exports[i].index))) return nomem();
  }
  /* imports: the module's own index spaces list imported entries first, in import order */
  uint32_t nth[5] = {0};
  for (uint32_t i = 0; i < m->nimports; i++) {
    const h_import *im = &m->imports[i];
    hearth_ctype *it = module_extern(D, m, im->kind, nth[im->kind]++);
    if (!it) return nomem();
    if ((st = add_core_import(r, D, mt, im->module, im->name, H_SORT_CORE + im->kind, it))) return st;
  }
  h_cslot slot = {.module = m, .type = mt};
  return push(r, &sc->sp[H_SP_CORE_MODULE], slot);
}

static hearth_status nested(rd *r, dec *D, scope *sc, uint32_t size) {
  hearth_status st;
  h_cdef *d = sc->def;
  if ((st = grow_def((void **)&d->comps, sizeof *d->comps, &d->cap_comps, d->ncomps))) return st;
  h_cdef *nd = h_calloc(1, sizeof *nd);
  if (!nd) return nomem();
  nd->parent = d;
  d->comps[d->ncomps++] = nd;
  rd sub = {.p = r->p, .end = r->p + size, .base = r->base};
  if ((st = component(&sub, D, sc, nd))) return st;
  r->p += size;
  h_cact act = {.kind = H_ACT_STATIC, .sort = H_SORT_COMPONENT, .ptr = nd};
  if ((st = add_act(r, d, act, NULL))) return st;
  h_cslot slot = {.def = nd};
  hearth_ctype *ct = new_type(D, H_CT_COMPONENT);
  if (!ct) return nomem();
  ct->imports = nd->imports;
  ct->nimports = nd->nimports;
  ct->exports = nd->exports;
  ct->nexports = nd->nexports;
  slot.type = ct;
  return push(r, &sc->sp[H_SP_COMPONENT], slot);
}

static hearth_status component(rd *r, dec *D, scope *parent, h_cdef *d) {
  hearth_status st;
  static const uint8_t pre[8] = {0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00};
  if (r->end - r->p < 8 || memcmp(r->p, pre, 4) != 0) return MALFORMED(r, "magic header not detected");
  if (memcmp(r->p + 6, pre + 6, 2) != 0) return MALFORMED(r, "not a component (layer %u)", r->p[6]);
  if (memcmp(r->p + 4, pre + 4, 2) != 0)
    return MALFORMED(r, "unsupported component binary version 0x%02x%02x (hearth reads 0x0d)",
                     r->p[5], r->p[4]);
  r->p += 8;
  if (++D->depth > H_MAX_COMP_DEPTH) return INVALID(r, "components nested too deeply");
  scope sc = {.parent = parent, .def = d, .sp = d->sp};
  while (r->p < r->end) {
    uint8_t id;
    uint32_t size;
    if ((st = u8(r, &id)) || (st = u32(r, &size))) return st;
    if (size > (size_t)(r->end - r->p)) return MALFORMED(r, "section %u extends past the end", id);
    const uint8_t *end = r->p + size;
    rd s = {.p = r->p, .end = end, .base = r->base};
    switch (id) {
    case 0: {
      char *nm;
      if ((st = name(&s, D->a, &nm))) return st;
      s.p = end;
      break;
    }
    case 1: st = core_module(&s, D, &sc, size); break;
    case 2: st = core_instances(&s, D, &sc); break;
    case 3: {
      uint32_t n;
      if ((st = count(&s, &n))) return st;
      for (uint32_t i = 0; i < n && !st; i++) {
        hearth_ctype *t;
        if (!(st = core_type(&s, D, &sc, false, &t))) {
          h_cslot slot = {.type = t};
          st = push(&s, &sc.sp[H_SP_CORE_TYPE], slot);
        }
      }
      break;
    }
    case 4: st = nested(&s, D, &sc, size); break;
    case 5: st = instances(&s, D, &sc); break;
    case 6: {
      uint32_t n;
      if ((st = count(&s, &n))) return st;
      for (uint32_t i = 0; i < n && !st; i++) st = alias(&s, D, &sc);
      break;
    }
    case 7: {
      uint32_t n;
      if ((st = count(&s, &n))) return st;
      for (uint32_t i = 0; i < n && !st; i++) {
        hearth_ctype *t;
        if (!(st = deftype(&s, D, &sc, &t))) {
          h_cslot slot = {.type = t, .res_def = t->kind == H_CT_RESOURCE};
          st = push(&s, &sc.sp[H_SP_TYPE], slot);
        }
      }
      break;
    }
    case 8: {
      uint32_t n;
      if ((st = count(&s, &n))) return st;
      for (uint32_t i = 0; i < n && !st; i++) st = canon(&s, D, &sc);
      break;
    }
    case 9: st = start(&s, &sc); break;
    case 10: st = imports(&s, D, &sc); break;
    case 11: st = exports(&s, D, &sc); break;
    case 12: return UNSUPPORTED(&s, "value definitions are not supported");
    default: return MALFORMED(r, "unknown section id %u", id);
    }
    if (st) return st;
    if (s.p != end) return MALFORMED(&s, "section %u size mismatch", id);
    r->p = end;
  }
  D->depth--;
  return HEARTH_OK;
}

hearth_status h_comp_bin_decode(hearth_component *c, const uint8_t *bytes, size_t len) {
  if (len > UINT32_MAX) return h_err(HEARTH_ERR_MALFORMED, "component larger than 4 GiB");
  c->root = h_calloc(1, sizeof *c->root);
  if (!c->root) return nomem();
  dec D = {.c = c, .a = &c->arena};
  rd r = {.p = bytes, .end = bytes + len, .base = bytes};
  return component(&r, &D, NULL, c->root);
}

void h_comp_bin_free_def(h_cdef *d) {
  if (!d) return;
  for (uint32_t i = 0; i < d->ncomps; i++) h_comp_bin_free_def(d->comps[i]);
  for (uint32_t i = 0; i < d->nmodules; i++) hearth_module_delete(d->modules[i]);
  for (int i = 0; i < H_SP_COUNT; i++) h_free(d->sp[i].s);
  h_free(d->comps);
  h_free(d->modules);
  h_free(d->acts);
  h_free(d->imports);
  h_free(d->exports);
  h_free(d->export_idx);
  h_free(d);
}
