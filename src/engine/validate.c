/* validate.c: module-level validation of WebAssembly 2.0 and 3.0 (everything but function bodies),
 * type equivalence and the subtyping of 3.0's reference types. */
#include <stdlib.h>

#include "internal.h"

#define TRY(x)                                   \
  do {                                           \
    hearth_status s_ = (x);                      \
    if (H_UNLIKELY(s_ != HEARTH_OK)) return s_;  \
  } while (0)

/* ---------------------------------------------------------------- types */

bool h_type_sub(const hearth_module *m, uint32_t a, uint32_t b) {
  assert(a < m->ntypes && b < m->ntypes);
  return a == b || (m->type_canon && m->type_canon[a] == m->type_canon[b]);
}

bool h_vt_sub_slow(const hearth_module *m, h_vt a, h_vt b) {
  if (a == b) return true;
  if (h_vt_rep(a) != h_vt_rep(b) || !h_is_ref(h_vt_rep(a))) return false;
  if (!(a & H_VT_NONNULL) && (b & H_VT_NONNULL)) return false;
  uint32_t ha = h_vt_heap(a), hb = h_vt_heap(b);
  if (hb == H_HT_TOP || ha == H_HT_BOT) return true;
  if (ha >= H_HT_IDX && hb >= H_HT_IDX) return h_type_sub(m, ha - H_HT_IDX, hb - H_HT_IDX);
  return false;
}

/* Cross-module equivalence of type a of ma and b of mb (each type its own recursion group): the
 * same structure, references to themselves matching, references to earlier types equivalent.
 * *budget bounds the work (hostile type graphs): exhausted, the types count as different. */
static bool type_eq_x(const hearth_module *ma, uint32_t a, const hearth_module *mb, uint32_t b,
                      uint32_t *budget) {
  if (ma == mb) return h_type_sub(ma, a, b) && h_type_sub(mb, b, a);
  if (!*budget) return false;
  --*budget;
  const h_functype *ta = &ma->types[a], *tb = &mb->types[b];
  if (ta->nparams != tb->nparams || ta->nresults != tb->nresults) return false;
  for (uint32_t k = 0; k < ta->nparams + ta->nresults; k++) {
    h_vt x = ta->pt[k], y = tb->pt[k];
    if ((x & 0x1FF) != (y & 0x1FF)) return false;
    uint32_t hx = h_vt_heap(x), hy = h_vt_heap(y);
    if (hx < H_HT_IDX || hy < H_HT_IDX) {
      if (hx != hy) return false;
      continue;
    }
    uint32_t xa = hx - H_HT_IDX, yb = hy - H_HT_IDX;
    if ((xa == a) != (yb == b)) return false;
    if (xa != a && !type_eq_x(ma, xa, mb, yb, budget)) return false;
  }
  return true;
}

bool h_type_eq_x(const hearth_module *ma, uint32_t a, const hearth_module *mb, uint32_t b) {
  uint32_t budget = 100000;
  return type_eq_x(ma, a, mb, b, &budget);
}

bool h_vt_sub_x(const hearth_module *ma, h_vt a, const hearth_module *mb, h_vt b) {
  if (ma == mb && ma) return h_vt_sub(ma, a, b);
  uint32_t ha = h_vt_heap(a), hb = h_vt_heap(b);
  if (ha < H_HT_IDX && hb < H_HT_IDX) return h_vt_sub_slow(NULL, a, b);
  if (h_vt_rep(a) != h_vt_rep(b)) return false;
  if (!(a & H_VT_NONNULL) && (b & H_VT_NONNULL)) return false;
  if (hb == H_HT_TOP || ha == H_HT_BOT) return true;
  if (ha < H_HT_IDX || hb < H_HT_IDX || !ma || !mb) return false;
  return h_type_eq_x(ma, ha - H_HT_IDX, mb, hb - H_HT_IDX);
}

/* A value type whose type index (if any) names a type of m. */
static hearth_status check_vt(const hearth_module *m, h_vt t, const char *what, uint32_t idx) {
  uint32_t h = h_vt_heap(t);
  if (h >= H_HT_IDX && h - H_HT_IDX >= m->ntypes)
    return h_err(HEARTH_ERR_INVALID, "%s %u: unknown type %u", what, idx, h - H_HT_IDX);
  return HEARTH_OK;
}

/* One precise type of type i's definition, as it takes part in equivalence: a reference to i
 * itself (its recursion group) becomes a marker, references to earlier types their canonical
 * number. */
static uint64_t canon_vt(const hearth_module *m, uint32_t i, h_vt t) {
  uint32_t h = h_vt_heap(t);
  if (h < H_HT_IDX) return t;
  uint32_t x = h - H_HT_IDX;
  uint64_t low = t & 0x1FF;
  if (x == i) return low | 1ull << 62;
  return low | (uint64_t)(m->type_canon[x] + 1) << 9;
}

static uint64_t type_hash(const hearth_module *m, uint32_t i) {
  const h_functype *t = &m->types[i];
  uint64_t h = 1469598103934665603ull ^ (t->nparams * 31u + t->nresults);
  for (uint32_t k = 0; k < t->nparams + t->nresults; k++)
    h = (h ^ canon_vt(m, i, t->pt[k])) * 1099511628211ull;
  return h;
}

static bool type_equiv(const hearth_module *m, uint32_t i, uint32_t j) {
  const h_functype *a = &m->types[i], *b = &m->types[j];
  if (a->nparams != b->nparams || a->nresults != b->nresults) return false;
  for (uint32_t k = 0; k < a->nparams + a->nresults; k++)
    if (canon_vt(m, i, a->pt[k]) != canon_vt(m, j, b->pt[k])) return false;
  return true;
}

/* Checks the type indices inside type definitions (each type is its own recursion group: it may
 * refer to itself and to earlier types) and numbers the types by equivalence (type_canon). */
static hearth_status canon_types(hearth_module *m) {
  if (!m->ntypes) return HEARTH_OK;
  m->type_canon = h_malloc((size_t)m->ntypes * sizeof(uint32_t));
  uint32_t cap = 16;
  while (cap < 2 * m->ntypes) cap *= 2;
  uint32_t *tab = h_malloc((size_t)cap * sizeof(uint32_t)); /* open addressing: 1 + type index */
  if (!m->type_canon || !tab) {
    h_free(tab);
    return h_err(HEARTH_ERR_NOMEM, "out of memory while validating types");
  }
  memset(tab, 0, (size_t)cap * sizeof(uint32_t));
  hearth_status st = HEARTH_OK;
  for (uint32_t i = 0; i < m->ntypes && st == HEARTH_OK; i++) {
    const h_functype *t = &m->types[i];
    for (uint32_t k = 0; k < t->nparams + t->nresults; k++) {
      uint32_t h = h_vt_heap(t->pt[k]);
      if (h >= H_HT_IDX && h - H_HT_IDX > i) {
        st = h_err(HEARTH_ERR_INVALID, "type %u: unknown type %u", i, h - H_HT_IDX);
        break;
      }
    }
    if (st != HEARTH_OK) break;
    m->type_canon[i] = i;
    for (uint32_t at = (uint32_t)type_hash(m, i) & (cap - 1);; at = (at + 1) & (cap - 1)) {
      if (!tab[at]) {
        tab[at] = i + 1;
        break;
      }
      if (type_equiv(m, tab[at] - 1, i)) {
        m->type_canon[i] = m->type_canon[tab[at] - 1];
        break;
      }
    }
  }
  h_free(tab);
  return st;
}

/* ---------------------------------------------------------------- limits */

static hearth_status check_mem_limits(const h_limits *l, const char *what, uint32_t idx) {
  /* memory64: at most 2^48 pages (2^64 bytes); hearth's own limits apply at instantiation. */
  if (l->is64 && (l->min > (1ull << 48) || (l->has_max && l->max > (1ull << 48))))
    return h_err(HEARTH_ERR_INVALID, "%s %u: memory size must be at most 2^48 pages", what, idx);
  if (!l->is64 && (l->min > H_MAX_PAGES || (l->has_max && l->max > H_MAX_PAGES)))
    return h_err(HEARTH_ERR_INVALID, "%s %u: memory size must be at most 65536 pages (4GiB)", what,
                 idx);
  if (l->has_max && l->min > l->max)
    return h_err(HEARTH_ERR_INVALID, "%s %u: size minimum must not be greater than maximum", what,
                 idx);
  return HEARTH_OK;
}

static hearth_status check_table_limits(const h_limits *l, const char *what, uint32_t idx) {
  if (!l->is64 && (l->min > UINT32_MAX || (l->has_max && l->max > UINT32_MAX)))
    return h_err(HEARTH_ERR_INVALID, "%s %u: table size must be at most 2^32-1", what, idx);
  if (l->has_max && l->min > l->max)
    return h_err(HEARTH_ERR_INVALID, "%s %u: size minimum must not be greater than maximum", what,
                 idx);
  return HEARTH_OK;
}

/* One constant instruction (not H_CONST_SEQ, not arithmetic): fills e->type for global.get, which
 * may name an immutable global below `nvisible` (2.0: the imported ones; 3.0: every earlier one in
 * a global's initializer, all of them elsewhere). */
static hearth_status check_const_instr(const hearth_module *m, h_constexpr *e, uint32_t nvisible,
                                       const char *what, uint32_t idx) {
  switch (e->op) {
    case 0x23: {
      if (e->index >= nvisible)
        return h_err(HEARTH_ERR_INVALID, "%s %u: unknown global %u", what, idx, e->index);
      const h_globaltype *g = &m->globals[e->index];
      if (g->mut)
        return h_err(HEARTH_ERR_INVALID,
                     "%s %u: constant expression required (global %u is mutable)", what, idx,
                     e->index);
      e->type = g->type;
      e->pt = h_global_pt(g);
      break;
    }
    case 0xD2:
      if (e->index >= m->nfuncs)
        return h_err(HEARTH_ERR_INVALID, "%s %u: unknown function %u", what, idx, e->index);
      e->pt = h_vt_make(H_T_FUNCREF, true, H_HT_IDX + m->func_type[e->index]);
      break;
    case 0xD0:
      TRY(check_vt(m, e->pt, what, idx));
      break;
    case 0x41: case 0x42: case 0x43: case 0x44: case 0xFD:
      e->pt = e->type;
      break;
    default:
      return h_err(HEARTH_ERR_INVALID, "%s %u: constant expression required", what, idx);
  }
  return HEARTH_OK;
}

/* An extended constant expression: the instructions' stack discipline, ending in one value. */
static hearth_status check_const_seq(hearth_module *m, h_constexpr *e, uint32_t nvisible,
                                     const char *what, uint32_t idx) {
  h_vt st[H_MAX_CONST_DEPTH];
  uint32_t n = 0;
  for (uint64_t k = 0; k < e->bits[0]; k++) {
    h_constexpr *it = &m->const_seq[e->index + k];
    if ((it->op >= 0x6A && it->op <= 0x6C) || (it->op >= 0x7C && it->op <= 0x7E)) {
      h_valtype t = it->op <= 0x6C ? H_T_I32 : H_T_I64;
      if (n < 2 || st[n - 1] != t || st[n - 2] != t)
        return h_err(HEARTH_ERR_INVALID, "%s %u: type mismatch", what, idx);
      it->type = t;
      it->pt = t;
      n--;
      continue;
    }
    TRY(check_const_instr(m, it, nvisible, what, idx));
    if (n == H_MAX_CONST_DEPTH)
      return h_err(HEARTH_ERR_LIMIT, "%s %u: constant expression deeper than %u values", what, idx,
                   H_MAX_CONST_DEPTH);
    st[n++] = it->pt;
  }
  if (n != 1) return h_err(HEARTH_ERR_INVALID, "%s %u: type mismatch", what, idx);
  e->type = h_vt_rep(st[0]);
  e->pt = st[0];
  return HEARTH_OK;
}

/* A constant expression that must produce a subtype of `want` (see check_const_instr for
 * nvisible). */
static hearth_status check_const(hearth_module *m, h_constexpr *e, h_vt want,
                                 uint32_t nvisible, const char *what, uint32_t idx) {
  if (e->op == H_CONST_SEQ) TRY(check_const_seq(m, e, nvisible, what, idx));
  else TRY(check_const_instr(m, e, nvisible, what, idx));
  if (!h_vt_sub(m, e->pt, want)) return h_err(HEARTH_ERR_INVALID, "%s %u: type mismatch", what, idx);
  return HEARTH_OK;
}

static int export_cmp(const void *pa, const void *pb) {
  const h_export *a = *(const h_export *const *)pa, *b = *(const h_export *const *)pb;
  if (a->name_len != b->name_len) return a->name_len < b->name_len ? -1 : 1;
  int c = a->name_len ? memcmp(a->name, b->name, a->name_len) : 0;
  if (c) return c;
  return a < b ? -1 : a > b;
}

static hearth_status check_exports(const hearth_module *m) {
  for (uint32_t i = 0; i < m->nexports; i++) {
    const h_export *x = &m->exports[i];
    uint32_t limit;
    const char *kind;
    switch (x->kind) {
      case H_EXTERN_FUNC: limit = m->nfuncs; kind = "function"; break;
      case H_EXTERN_TABLE: limit = m->ntables; kind = "table"; break;
      case H_EXTERN_MEMORY: limit = m->nmems; kind = "memory"; break;
      case H_EXTERN_TAG: limit = m->ntags; kind = "tag"; break;
      default: limit = m->nglobals; kind = "global"; break;
    }
    if (x->index >= limit)
      return h_err(HEARTH_ERR_INVALID, "export %u: unknown %s %u", i, kind, x->index);
  }
  if (m->nexports < 2) return HEARTH_OK;
  /* Uniqueness: sort pointers by name, then compare neighbours (O(n log n)). */
  const h_export **v = h_malloc((size_t)m->nexports * sizeof *v);
  if (!v) return h_err(HEARTH_ERR_NOMEM, "out of memory while validating exports");
  for (uint32_t i = 0; i < m->nexports; i++) v[i] = &m->exports[i];
  qsort(v, m->nexports, sizeof *v, export_cmp);
  hearth_status s = HEARTH_OK;
  for (uint32_t i = 1; i < m->nexports; i++) {
    if (v[i]->name_len == v[i - 1]->name_len &&
        (v[i]->name_len == 0 || memcmp(v[i]->name, v[i - 1]->name, v[i]->name_len) == 0)) {
      s = h_err(HEARTH_ERR_INVALID, "duplicate export name \"%s\"", v[i]->name);
      break;
    }
  }
  h_free(v);
  return s;
}

hearth_status h_validate_module(hearth_module *m) {
  TRY(canon_types(m));
  /* Imports, in order. */
  for (uint32_t i = 0; i < m->nimports; i++) {
    const h_import *im = &m->imports[i];
    switch (im->kind) {
      case H_EXTERN_FUNC:
        if (im->desc.func_type >= m->ntypes)
          return h_err(HEARTH_ERR_INVALID, "import %u: unknown type %u", i, im->desc.func_type);
        break;
      case H_EXTERN_GLOBAL: TRY(check_vt(m, h_global_pt(&im->desc.global), "import", i)); break;
      case H_EXTERN_TABLE:
        TRY(check_vt(m, h_table_pt(&im->desc.table), "import", i));
        TRY(check_table_limits(&im->desc.table.limits, "import", i));
        break;
      case H_EXTERN_MEMORY: TRY(check_mem_limits(&im->desc.mem, "import", i)); break;
      default: break;
    }
  }
  for (uint32_t i = 0; i < m->ntags; i++) { /* exception tags: [t*] -> [] */
    if (m->tag_type[i] >= m->ntypes)
      return h_err(HEARTH_ERR_INVALID, "tag %u: unknown type %u", i, m->tag_type[i]);
    if (m->types[m->tag_type[i]].nresults)
      return h_err(HEARTH_ERR_INVALID, "tag %u: non-empty tag result type", i);
  }
  for (uint32_t i = m->nimported_funcs; i < m->nfuncs; i++)
    if (m->func_type[i] >= m->ntypes)
      return h_err(HEARTH_ERR_INVALID, "function %u: unknown type %u", i, m->func_type[i]);
  if (m->ntables > H_MAX_TABLES)
    return h_err(HEARTH_ERR_LIMIT, "module declares %u tables, more than the limit of %u",
                 m->ntables, H_MAX_TABLES);
  for (uint32_t i = m->nimported_tables; i < m->ntables; i++) {
    TRY(check_vt(m, h_table_pt(&m->tables[i]), "table", i));
    TRY(check_table_limits(&m->tables[i].limits, "table", i));
  }
  for (uint32_t i = m->nimported_globals; i < m->nglobals; i++)
    TRY(check_vt(m, h_global_pt(&m->globals[i]), "global", i));
  for (uint32_t i = m->nimported_mems; i < m->nmems; i++)
    TRY(check_mem_limits(&m->mems[i], "memory", i));
  if (m->nmems > 1 && m->engine && m->engine->cfg.wasm2_only)
    return h_err(HEARTH_ERR_INVALID, "multiple memories");

  /* Globals visible to constant expressions: 2.0 the imported ones; 3.0 every earlier global in a
   * global's initializer, every global elsewhere. */
  bool v3 = !m->engine || !m->engine->cfg.wasm2_only;
  for (uint32_t i = m->nimported_globals; i < m->nglobals; i++)
    TRY(check_const(m, &m->global_init[i - m->nimported_globals], h_global_pt(&m->globals[i]),
                    v3 ? i : m->nimported_globals, "global", i));
  uint32_t nvis = v3 ? m->nglobals : m->nimported_globals;
  /* Tables: an initializer (3.0) of the element type; without one the type must be nullable. */
  for (uint32_t i = m->nimported_tables; i < m->ntables; i++) {
    h_constexpr *init = m->table_init ? &m->table_init[i - m->nimported_tables] : NULL;
    h_vt et = h_table_pt(&m->tables[i]);
    if (init && init->op) TRY(check_const(m, init, et, m->nimported_globals, "table", i));
    else if (!h_vt_defaultable(et))
      return h_err(HEARTH_ERR_INVALID, "table %u: type mismatch (non-nullable element type "
                   "without an initializer)", i);
  }

  for (uint32_t i = 0; i < m->nelems; i++) {
    h_elem *e = &m->elems[i];
    TRY(check_vt(m, e->ptype, "elem", i));
    if (e->mode == H_SEG_ACTIVE) {
      if (e->table >= m->ntables)
        return h_err(HEARTH_ERR_INVALID, "elem %u: unknown table %u", i, e->table);
      TRY(check_const(m, &e->offset, m->tables[e->table].limits.is64 ? H_T_I64 : H_T_I32, nvis,
                      "elem offset", i));
      if (!h_vt_sub(m, e->ptype, h_table_pt(&m->tables[e->table])))
        return h_err(HEARTH_ERR_INVALID, "elem %u: type mismatch with table %u", i, e->table);
    }
    for (uint32_t k = 0; k < e->count; k++)
      TRY(check_const(m, &e->items[k], e->ptype, nvis, "elem", i));
  }
  for (uint32_t i = 0; i < m->ndatas; i++) {
    h_data *g = &m->datas[i];
    if (g->mode != H_SEG_ACTIVE) continue;
    if (g->memory >= m->nmems)
      return h_err(HEARTH_ERR_INVALID, "data %u: unknown memory %u", i, g->memory);
    TRY(check_const(m, &g->offset, m->mems[g->memory].is64 ? H_T_I64 : H_T_I32, nvis,
                    "data offset", i));
  }

  if (m->has_start) {
    if (m->start >= m->nfuncs)
      return h_err(HEARTH_ERR_INVALID, "start: unknown function %u", m->start);
    const h_functype *t = &m->types[m->func_type[m->start]];
    if (t->nparams || t->nresults)
      return h_err(HEARTH_ERR_INVALID, "start function %u must have type [] -> []", m->start);
  }
  return check_exports(m);
}
