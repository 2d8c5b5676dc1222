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

/* Type info of type i (types of a 2.0-style section: each its own final group, no supertype). */
static h_typeinfo tinfo_of(const hearth_module *m, uint32_t i) {
  if (m->tinfo) return m->tinfo[i];
  return (h_typeinfo){.group = i, .gsize = 1, .super = H_NO_SUPER, .final = true,
                      .kind = H_RTT_FUNC};
}

uint8_t h_type_kind(const hearth_module *m, uint32_t i) {
  assert(i < m->ntypes);
  return m->tinfo ? m->tinfo[i].kind : H_RTT_FUNC;
}

h_vt h_vt_fix(const hearth_module *m, h_vt t) {
  uint32_t h = h_vt_heap(t);
  if (h < H_HT_IDX || h - H_HT_IDX >= m->ntypes || !h_is_ref(h_vt_rep(t))) return t;
  h_valtype rep = h_type_kind(m, h - H_HT_IDX) == H_RTT_FUNC ? H_T_FUNCREF : H_T_ANYREF;
  return (t & ~(h_vt)0xFF) | rep;
}

/* A type's parts as equivalence and subtyping see them: the precise types (a func type's params
 * then results, or the fields), the mutabilities (fields; NULL for func types) and a shape that
 * equal types share (kind and counts). */
typedef struct tparts {
  const h_vt *v;
  const uint8_t *mut;
  uint32_t n;
  uint64_t shape;
} tparts;
static tparts parts_of(const hearth_module *m, uint32_t i) {
  h_typeinfo ti = tinfo_of(m, i);
  if (ti.kind != H_RTT_FUNC)
    return (tparts){ti.ft, ti.fmut, ti.nfields, ti.kind | (uint64_t)ti.nfields << 8};
  const h_functype *t = &m->types[i];
  return (tparts){t->pt, NULL, t->nparams + t->nresults,
                  H_RTT_FUNC | (uint64_t)t->nparams << 8 | (uint64_t)t->nresults << 36};
}
static bool same_mut(const tparts *a, const tparts *b) {
  return !a->mut || !a->n || memcmp(a->mut, b->mut, a->n) == 0;
}

bool h_type_sub(const hearth_module *m, uint32_t a, uint32_t b) {
  assert(a < m->ntypes && b < m->ntypes);
  if (a == b) return true;
  if (!m->type_canon) return false;
  uint32_t cb = m->type_canon[b];
  /* declared supertypes come before their subtypes, so the chain ends */
  for (uint32_t x = a; x != H_NO_SUPER; x = tinfo_of(m, x).super) {
    assert(x < m->ntypes);
    if (m->type_canon[x] == cb) return true;
    if (m->tinfo && m->tinfo[x].super != H_NO_SUPER && m->tinfo[x].super >= x) break;
  }
  return false;
}

/* Heap type ha below hb (same hierarchy): the abstract order (bottom < concrete types < their
 * abstract kind (func; struct or array < eq; i31 < eq) < top), then declared subtyping. */
static bool heap_sub(const hearth_module *m, uint32_t ha, uint32_t hb) {
  if (ha == hb || hb == H_HT_TOP || ha == H_HT_BOT) return true;
  if (hb == H_HT_BOT || ha == H_HT_TOP) return false;
  if (ha < H_HT_IDX) return hb == H_HT_EQ && ha != H_HT_EQ;
  if (!m || ha - H_HT_IDX >= m->ntypes) return false;
  uint8_t k = h_type_kind(m, ha - H_HT_IDX);
  switch (hb) {
    case H_HT_EQ: return k != H_RTT_FUNC;
    case H_HT_STRUCT: return k == H_RTT_STRUCT;
    case H_HT_ARRAY: return k == H_RTT_ARRAY;
    case H_HT_I31: return false;
    default: return hb - H_HT_IDX < m->ntypes && h_type_sub(m, ha - H_HT_IDX, hb - H_HT_IDX);
  }
}

bool h_vt_sub_slow(const hearth_module *m, h_vt a, h_vt b) {
  if (a == b) return true;
  if (h_vt_rep(a) != h_vt_rep(b) || !h_is_ref(h_vt_rep(a))) return false;
  if (!(a & H_VT_NONNULL) && (b & H_VT_NONNULL)) return false;
  return heap_sub(m, h_vt_heap(a), h_vt_heap(b));
}

/* Storage types (fields): packed ones only match themselves. */
static bool st_sub(const hearth_module *m, h_vt a, h_vt b) {
  if (a == H_ST_I8 || a == H_ST_I16 || b == H_ST_I8 || b == H_ST_I16) return a == b;
  return h_vt_sub(m, a, b);
}

/* One precise type of a definition in the group starting at g (gsize types), as it takes part in
 * equivalence: references into the group become their position in it, references to earlier
 * types their canonical index. */
static uint64_t canon_vt(const hearth_module *m, uint32_t g, uint32_t gsize, h_vt t) {
  uint32_t h = h_vt_heap(t);
  if (h < H_HT_IDX) return t;
  uint32_t x = h - H_HT_IDX;
  uint64_t low = t & 0x1FF;
  if (x >= g && x < g + gsize) return low | 1ull << 62 | (uint64_t)(x - g) << 9;
  return low | (uint64_t)(m->type_canon[x] + 1) << 9;
}
static uint64_t canon_super(const hearth_module *m, uint32_t g, uint32_t gsize, uint32_t s) {
  if (s == H_NO_SUPER) return UINT64_MAX;
  if (s >= g && s < g + gsize) return 1ull << 62 | (s - g);
  return m->type_canon[s];
}

static uint64_t group_hash(const hearth_module *m, uint32_t g, uint32_t gsize) {
  uint64_t h = 1469598103934665603ull ^ gsize;
  for (uint32_t i = g; i < g + gsize; i++) {
    tparts t = parts_of(m, i);
    h_typeinfo ti = tinfo_of(m, i);
    h = (h ^ (t.shape + (ti.final ? 1ull << 62 : 0))) * 1099511628211ull;
    h = (h ^ canon_super(m, g, gsize, ti.super)) * 1099511628211ull;
    for (uint32_t k = 0; k < t.n; k++)
      h = (h ^ (canon_vt(m, g, gsize, t.v[k]) + (t.mut ? t.mut[k] : 0))) * 1099511628211ull;
  }
  return h;
}

static bool group_equiv(const hearth_module *m, uint32_t g1, uint32_t g2, uint32_t gsize) {
  for (uint32_t d = 0; d < gsize; d++) {
    tparts a = parts_of(m, g1 + d), b = parts_of(m, g2 + d);
    h_typeinfo ta = tinfo_of(m, g1 + d), tb = tinfo_of(m, g2 + d);
    if (a.shape != b.shape || ta.final != tb.final || !same_mut(&a, &b) ||
        canon_super(m, g1, gsize, ta.super) != canon_super(m, g2, gsize, tb.super))
      return false;
    for (uint32_t k = 0; k < a.n; k++)
      if (canon_vt(m, g1, gsize, a.v[k]) != canon_vt(m, g2, gsize, b.v[k])) return false;
  }
  return true;
}

/* A declared supertype: earlier, not final, of the same kind, and matching: a func type's
 * parameters contravariant, results covariant; a struct has at least the supertype's fields, an
 * array its element, each of the same mutability, immutable ones covariant, mutable ones equal. */
static hearth_status check_super(const hearth_module *m, uint32_t i) {
  h_typeinfo ti = tinfo_of(m, i);
  if (ti.super == H_NO_SUPER) return HEARTH_OK;
  if (ti.super >= i) return h_err(HEARTH_ERR_INVALID, "type %u: unknown type %u", i, ti.super);
  h_typeinfo si = tinfo_of(m, ti.super);
  if (si.final)
    return h_err(HEARTH_ERR_INVALID, "type %u: sub type of final type %u", i, ti.super);
  bool ok = ti.kind == si.kind;
  if (ok && ti.kind == H_RTT_FUNC) {
    const h_functype *t = &m->types[i], *s = &m->types[ti.super];
    ok = t->nparams == s->nparams && t->nresults == s->nresults;
    for (uint32_t k = 0; ok && k < t->nparams; k++) ok = h_vt_sub(m, s->pt[k], t->pt[k]);
    for (uint32_t k = 0; ok && k < t->nresults; k++)
      ok = h_vt_sub(m, t->pt[t->nparams + k], s->pt[s->nparams + k]);
  } else if (ok) {
    ok = ti.nfields >= si.nfields;
    for (uint32_t k = 0; ok && k < si.nfields; k++) {
      ok = ti.fmut[k] == si.fmut[k] && st_sub(m, ti.ft[k], si.ft[k]) &&
           (!ti.fmut[k] || st_sub(m, si.ft[k], ti.ft[k]));
    }
  }
  if (!ok)
    return h_err(HEARTH_ERR_INVALID, "type %u: sub type does not match type %u (type mismatch)", i,
                 ti.super);
  if (m->tinfo && m->tinfo[ti.super].depth >= H_MAX_SUBTYPE_DEPTH)
    return h_err(HEARTH_ERR_LIMIT, "type %u: supertype chain longer than the limit of %u", i,
                 (unsigned)H_MAX_SUBTYPE_DEPTH);
  if (m->tinfo) m->tinfo[i].depth = m->tinfo[ti.super].depth + 1;
  return HEARTH_OK;
}

/* Cross-module equivalence of type a of ma and b of mb: the same position in recursion groups of
 * the same structure, references inside the groups matching by position, references to earlier
 * types equivalent. *budget bounds the work (hostile type graphs): exhausted, the types count as
 * different. */
static bool type_eq_x(const hearth_module *ma, uint32_t a, const hearth_module *mb, uint32_t b,
                      uint32_t *budget) {
  if (ma == mb) return ma->type_canon && ma->type_canon[a] == ma->type_canon[b];
  h_typeinfo ia = tinfo_of(ma, a), ib = tinfo_of(mb, b);
  if (ia.gsize != ib.gsize || a - ia.group != b - ib.group) return false;
  for (uint32_t d = 0; d < ia.gsize; d++) {
    if (!*budget) return false;
    --*budget;
    uint32_t xa = ia.group + d, xb = ib.group + d;
    tparts ta = parts_of(ma, xa), tb = parts_of(mb, xb);
    h_typeinfo sa = tinfo_of(ma, xa), sb = tinfo_of(mb, xb);
    if (ta.shape != tb.shape || sa.final != sb.final || !same_mut(&ta, &tb) ||
        (sa.super == H_NO_SUPER) != (sb.super == H_NO_SUPER))
      return false;
    if (sa.super != H_NO_SUPER) {
      bool ina = sa.super >= ia.group, inb = sb.super >= ib.group;
      if (ina != inb) return false;
      if (ina ? sa.super - ia.group != sb.super - ib.group
              : !type_eq_x(ma, sa.super, mb, sb.super, budget))
        return false;
    }
    for (uint32_t k = 0; k < ta.n; k++) {
      h_vt x = ta.v[k], y = tb.v[k];
      if ((x & 0x1FF) != (y & 0x1FF)) return false;
      uint32_t hx = h_vt_heap(x), hy = h_vt_heap(y);
      if (hx < H_HT_IDX || hy < H_HT_IDX) {
        if (hx != hy) return false;
        continue;
      }
      uint32_t rx = hx - H_HT_IDX, ry = hy - H_HT_IDX;
      bool inx = rx >= ia.group, iny = ry >= ib.group;
      if (inx != iny) return false;
      if (inx ? rx - ia.group != ry - ib.group : !type_eq_x(ma, rx, mb, ry, budget)) return false;
    }
  }
  return true;
}

bool h_type_eq_x(const hearth_module *ma, uint32_t a, const hearth_module *mb, uint32_t b) {
  uint32_t budget = 100000;
  return type_eq_x(ma, a, mb, b, &budget);
}

/* Type a of ma is a subtype of type b of mb: a or one of its declared supertypes is equivalent. */
static bool type_sub_x(const hearth_module *ma, uint32_t a, const hearth_module *mb, uint32_t b) {
  for (uint32_t x = a, n = 0; x != H_NO_SUPER && n <= H_MAX_SUBTYPE_DEPTH;
       x = tinfo_of(ma, x).super, n++)
    if (h_type_eq_x(ma, x, mb, b)) return true;
  return false;
}

bool h_vt_sub_x(const hearth_module *ma, h_vt a, const hearth_module *mb, h_vt b) {
  if (ma == mb && ma) return h_vt_sub(ma, a, b);
  uint32_t ha = h_vt_heap(a), hb = h_vt_heap(b);
  if (ha < H_HT_IDX && hb < H_HT_IDX) return h_vt_sub_slow(NULL, a, b);
  if (h_vt_rep(a) != h_vt_rep(b)) return false;
  if (!(a & H_VT_NONNULL) && (b & H_VT_NONNULL)) return false;
  if (hb == H_HT_TOP || ha == H_HT_BOT) return true;
  if (ha < H_HT_IDX || !ma) return false;
  if (hb < H_HT_IDX) return heap_sub(ma, ha, hb);
  if (!mb) return false;
  return type_sub_x(ma, ha - H_HT_IDX, mb, hb - H_HT_IDX);
}

/* A value type whose type index (if any) names a type of m. */
static hearth_status check_vt(const hearth_module *m, h_vt t, const char *what, uint32_t idx) {
  uint32_t h = h_vt_heap(t);
  if (h >= H_HT_IDX && h - H_HT_IDX >= m->ntypes)
    return h_err(HEARTH_ERR_INVALID, "%s %u: unknown type %u", what, idx, h - H_HT_IDX);
  return HEARTH_OK;
}

/* Checks the type indices inside type definitions (they may refer to their own recursion group
 * and to earlier ones), numbers the types by iso-recursive equivalence (type_canon: groups of the
 * same shape whose references match are equivalent, type by type) and checks declared subtyping. */
static hearth_status canon_types(hearth_module *m) {
  if (!m->ntypes) return HEARTH_OK;
  m->type_canon = h_malloc((size_t)m->ntypes * sizeof(uint32_t));
  uint32_t cap = 16;
  while (cap < 2 * m->ntypes) cap *= 2;
  uint32_t *tab = h_malloc((size_t)cap * sizeof(uint32_t)); /* open addressing: 1 + group start */
  if (!m->type_canon || !tab) {
    h_free(tab);
    return h_err(HEARTH_ERR_NOMEM, "out of memory while validating types");
  }
  memset(tab, 0, (size_t)cap * sizeof(uint32_t));
  hearth_status st = HEARTH_OK;
  for (uint32_t g = 0; g < m->ntypes && st == HEARTH_OK;) {
    h_typeinfo gi = tinfo_of(m, g);
    uint32_t gsize = gi.gsize, end = g + gsize;
    for (uint32_t i = g; i < end && st == HEARTH_OK; i++) {
      h_typeinfo ti = tinfo_of(m, i);
      if (ti.super != H_NO_SUPER && ti.super >= end)
        st = h_err(HEARTH_ERR_INVALID, "type %u: unknown type %u", i, ti.super);
      tparts tp = parts_of(m, i);
      for (uint32_t k = 0; k < tp.n && st == HEARTH_OK; k++) {
        uint32_t h = h_vt_heap(tp.v[k]);
        if (h >= H_HT_IDX && h - H_HT_IDX >= end)
          st = h_err(HEARTH_ERR_INVALID, "type %u: unknown type %u", i, h - H_HT_IDX);
      }
    }
    if (st != HEARTH_OK) break;
    for (uint32_t i = g; i < end; i++) m->type_canon[i] = i;
    if (gsize) {
      for (uint32_t at = (uint32_t)group_hash(m, g, gsize) & (cap - 1);; at = (at + 1) & (cap - 1)) {
        if (!tab[at]) {
          tab[at] = g + 1;
          break;
        }
        uint32_t o = tab[at] - 1;
        if (tinfo_of(m, o).gsize == gsize && group_equiv(m, o, g, gsize)) {
          for (uint32_t d = 0; d < gsize; d++) m->type_canon[g + d] = m->type_canon[o + d];
          break;
        }
      }
    }
    for (uint32_t i = g; i < end && st == HEARTH_OK; i++) st = check_super(m, i);
    g = end;
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

/* A GC instruction of a constant expression (bits[0]: its 0xFB code, index: the type,
 * bits[1]: array.new_fixed's count): pops its operands from st[0..*n), pushes its result. */
static hearth_status check_const_gc(const hearth_module *m, h_constexpr *it, h_vt *st,
                                    uint32_t *n, const char *what, uint32_t idx) {
  uint32_t code = (uint32_t)it->bits[0], x = it->index;
  h_vt want[4];
  uint32_t nw = 0;
  h_vt res = 0;
  const h_vt *fields = NULL;
  uint32_t nf = 0;
  if (code <= 8) {
    uint8_t kind = code <= 1 ? H_RTT_STRUCT : H_RTT_ARRAY;
    if (x >= m->ntypes) return h_err(HEARTH_ERR_INVALID, "%s %u: unknown type %u", what, idx, x);
    if (h_type_kind(m, x) != kind)
      return h_err(HEARTH_ERR_INVALID, "%s %u: type mismatch (type %u)", what, idx, x);
    fields = m->tinfo[x].ft;
    nf = m->tinfo[x].nfields;
    res = h_vt_make(H_T_ANYREF, true, H_HT_IDX + x);
  }
  uint64_t count = 0; /* operands of the field/element list */
  switch (code) {
    case 0: count = nf; break;
    case 1: case 7:
      for (uint32_t k = 0; k < nf; k++)
        if (!h_vt_defaultable(fields[k]))
          return h_err(HEARTH_ERR_INVALID, "%s %u: type mismatch (no default)", what, idx);
      if (code == 7) want[nw++] = H_T_I32;
      break;
    case 6: count = 1; want[nw++] = H_T_I32; break;
    case 8: count = it->bits[1]; break;
    case 28: want[nw++] = H_T_I32; res = h_vt_make(H_T_ANYREF, true, H_HT_I31); break;
    case 26: case 27: {
      h_valtype from = code == 26 ? H_T_EXTERNREF : H_T_ANYREF;
      if (!*n || !h_vt_sub(m, st[*n - 1], from))
        return h_err(HEARTH_ERR_INVALID, "%s %u: type mismatch", what, idx);
      bool nn = (st[*n - 1] & H_VT_NONNULL) != 0;
      st[*n - 1] = h_vt_make(code == 26 ? H_T_ANYREF : H_T_EXTERNREF, nn, H_HT_TOP);
      return HEARTH_OK;
    }
    default:
      return h_err(HEARTH_ERR_INVALID, "%s %u: constant expression required", what, idx);
  }
  /* the trailing operands (length) first, then the values below them */
  for (uint32_t k = nw; k-- > 0;) {
    if (!*n || !h_vt_sub(m, st[*n - 1], want[k]))
      return h_err(HEARTH_ERR_INVALID, "%s %u: type mismatch", what, idx);
    --*n;
  }
  if (count > *n) return h_err(HEARTH_ERR_INVALID, "%s %u: type mismatch", what, idx);
  for (uint64_t k = count; k-- > 0;) {
    h_vt f = fields[code == 0 ? k : 0];
    if (f == H_ST_I8 || f == H_ST_I16) f = H_T_I32;
    if (!h_vt_sub(m, st[*n - 1], f)) return h_err(HEARTH_ERR_INVALID, "%s %u: type mismatch", what, idx);
    --*n;
  }
  st[(*n)++] = res;
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
    if (it->op == 0xFB) {
      TRY(check_const_gc(m, it, st, &n, what, idx));
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

/* Sets the representation of every reference type naming a type index (h_vt_fix): the decoder
 * reads them all as funcref, before it knows which types are structs or arrays. */
static void fix_const(const hearth_module *m, h_constexpr *e) {
  e->pt = h_vt_fix(m, e->pt);
  if (e->op == 0xD0) e->type = h_vt_rep(e->pt);
}
static void fix_reps(hearth_module *m) {
  for (uint32_t i = 0; i < m->ntypes; i++) {
    h_functype *t = &m->types[i];
    for (uint32_t k = 0; k < t->nparams + t->nresults; k++) {
      t->pt[k] = h_vt_fix(m, t->pt[k]);
      if (k < t->nparams) t->params[k] = h_vt_rep(t->pt[k]);
      else t->results[k - t->nparams] = h_vt_rep(t->pt[k]);
    }
    if (m->tinfo)
      for (uint32_t k = 0; k < m->tinfo[i].nfields; k++)
        m->tinfo[i].ft[k] = h_vt_fix(m, m->tinfo[i].ft[k]);
  }
  for (uint32_t i = 0; i < m->nimports; i++) {
    h_import *im = &m->imports[i];
    if (im->kind == H_EXTERN_TABLE && im->desc.table.pelem) {
      im->desc.table.pelem = h_vt_fix(m, im->desc.table.pelem);
      im->desc.table.elem = h_vt_rep(im->desc.table.pelem);
    } else if (im->kind == H_EXTERN_GLOBAL && im->desc.global.pt) {
      im->desc.global.pt = h_vt_fix(m, im->desc.global.pt);
      im->desc.global.type = h_vt_rep(im->desc.global.pt);
    }
  }
  for (uint32_t i = 0; i < m->ntables; i++)
    if (m->tables[i].pelem) {
      m->tables[i].pelem = h_vt_fix(m, m->tables[i].pelem);
      m->tables[i].elem = h_vt_rep(m->tables[i].pelem);
    }
  for (uint32_t i = 0; i < m->nglobals; i++)
    if (m->globals[i].pt) {
      m->globals[i].pt = h_vt_fix(m, m->globals[i].pt);
      m->globals[i].type = h_vt_rep(m->globals[i].pt);
    }
  for (uint32_t i = 0; i < m->nglobals - m->nimported_globals; i++)
    fix_const(m, &m->global_init[i]);
  if (m->table_init)
    for (uint32_t i = 0; i < m->ntables - m->nimported_tables; i++)
      fix_const(m, &m->table_init[i]);
  for (uint32_t i = 0; i < m->nconst_seq; i++) fix_const(m, &m->const_seq[i]);
  for (uint32_t i = 0; i < m->nelems; i++) {
    h_elem *e = &m->elems[i];
    e->ptype = h_vt_fix(m, e->ptype);
    e->type = h_vt_rep(e->ptype);
    for (uint32_t k = 0; k < e->count; k++) fix_const(m, &e->items[k]);
  }
}

/* Functions and tags name func types. */
static hearth_status check_functype(const hearth_module *m, uint32_t t, const char *what,
                                    uint32_t idx) {
  if (t >= m->ntypes) return h_err(HEARTH_ERR_INVALID, "%s %u: unknown type %u", what, idx, t);
  if (h_type_kind(m, t) != H_RTT_FUNC)
    return h_err(HEARTH_ERR_INVALID, "%s %u: type mismatch (type %u is not a function type)", what,
                 idx, t);
  return HEARTH_OK;
}

hearth_status h_validate_module(hearth_module *m) {
  fix_reps(m);
  TRY(canon_types(m));
  /* Imports, in order. */
  for (uint32_t i = 0; i < m->nimports; i++) {
    const h_import *im = &m->imports[i];
    switch (im->kind) {
      case H_EXTERN_FUNC: TRY(check_functype(m, im->desc.func_type, "import", i)); break;
      case H_EXTERN_TAG: TRY(check_functype(m, im->desc.tag_type, "import", i)); break;
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
    TRY(check_functype(m, m->tag_type[i], "tag", i));
    if (m->types[m->tag_type[i]].nresults)
      return h_err(HEARTH_ERR_INVALID, "tag %u: non-empty tag result type", i);
  }
  for (uint32_t i = m->nimported_funcs; i < m->nfuncs; i++)
    TRY(check_functype(m, m->func_type[i], "function", i));
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
  TRY(check_exports(m));
  return m->tinfo ? h_rtt_module(m) : HEARTH_OK;
}
