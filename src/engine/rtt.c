/* rtt.c: the canonical runtime types of GC (h_rtt_): an engine-wide registry that gives each
 * equivalence class of types (iso-recursive: recursion groups of the same shape whose outside
 * references are the same canonical types) one h_rtt, so that casts compare pointers (gc.h).
 *
 * A recursion group is keyed by a flat word array: per type its kind, finality, counts, its
 * supertype and every field or parameter type, where a reference to a type of the same group is
 * its position and a reference to an earlier type is that type's (already canonical) h_rtt
 * address. Equal keys are exactly equivalent groups. Each module holds one reference on every
 * group its types use (m->rtt_groups); a group is freed when its last module is, and whatever is
 * left with the engine (hearth_engine_delete). Objects never outlive their types: a store keeps
 * its instances' modules alive, and a group referring to another group's types belongs to
 * modules that hold that group too (their earlier types are equivalent to it). */
#include "internal.h"

typedef struct h_rtt_group {
  struct h_rtt_group *next; /* hash chain */
  uint32_t refs;            /* modules using it (under the registry's lock) */
  uint64_t hash;
  uint64_t *key;
  size_t klen;
  uint32_t n;
  h_rtt **rtts;             /* n, each one owned block */
} h_rtt_group;

struct h_rtt_reg {
  pthread_mutex_t lock;
  h_rtt_group **tab;
  uint32_t cap, n;
};

struct h_rtt_reg *h_rtt_reg_new(void) {
  struct h_rtt_reg *r = h_calloc(1, sizeof *r);
  if (!r) return NULL;
  r->cap = 64;
  if (!(r->tab = h_calloc(r->cap, sizeof *r->tab))) {
    h_free(r);
    return NULL;
  }
  pthread_mutex_init(&r->lock, NULL);
  return r;
}

static void group_free(h_rtt_group *g) {
  for (uint32_t i = 0; i < g->n; i++) h_free(g->rtts[i]);
  h_free(g->rtts);
  h_free(g->key);
  h_free(g);
}

void h_rtt_reg_free(struct h_rtt_reg *r) {
  if (!r) return;
  for (uint32_t i = 0; i < r->cap; i++)
    for (h_rtt_group *g = r->tab[i], *nx; g; g = nx) {
      nx = g->next;
      group_free(g);
    }
  h_free(r->tab);
  pthread_mutex_destroy(&r->lock);
  h_free(r);
}

/* ---------------------------------------------------------------- keys */

typedef struct kbuf {
  uint64_t *w;
  size_t n, cap;
  bool oom;
} kbuf;

static void kput(kbuf *k, uint64_t v) {
  if (k->oom) return;
  if (k->n == k->cap) {
    size_t nc = k->cap ? k->cap * 2 : 64;
    uint64_t *nw = h_realloc(k->w, nc * sizeof *nw);
    if (!nw) {
      k->oom = true;
      return;
    }
    k->w = nw;
    k->cap = nc;
  }
  k->w[k->n++] = v;
}

/* A type reference inside group [g, g + gsize): two words. */
static void kput_vt(kbuf *k, const hearth_module *m, uint32_t g, uint32_t gsize, h_vt t) {
  uint32_t h = h_vt_heap(t);
  if (h < H_HT_IDX) {
    kput(k, t);
    kput(k, 0);
    return;
  }
  uint32_t x = h - H_HT_IDX;
  if (x >= g && x < g + gsize) {
    kput(k, (t & 0x1FF) | 1ull << 40);
    kput(k, x - g);
  } else {
    kput(k, (t & 0x1FF) | 2ull << 40);
    kput(k, (uint64_t)(uintptr_t)m->rtt[x]);
  }
}

static void group_key(kbuf *k, const hearth_module *m, uint32_t g, uint32_t gsize) {
  kput(k, gsize);
  for (uint32_t i = g; i < g + gsize; i++) {
    const h_typeinfo *ti = &m->tinfo[i];
    kput(k, ti->kind | (uint64_t)ti->final << 8);
    if (ti->super == H_NO_SUPER) kput(k, 0), kput(k, 0);
    else if (ti->super >= g) kput(k, 1), kput(k, ti->super - g);
    else kput(k, 2), kput(k, (uint64_t)(uintptr_t)m->rtt[ti->super]);
    if (ti->kind == H_RTT_FUNC) {
      const h_functype *f = &m->types[i];
      kput(k, f->nparams);
      kput(k, f->nresults);
      for (uint32_t j = 0; j < f->nparams + f->nresults; j++) kput_vt(k, m, g, gsize, f->pt[j]);
    } else {
      kput(k, ti->nfields);
      for (uint32_t j = 0; j < ti->nfields; j++) {
        kput_vt(k, m, g, gsize, ti->ft[j]);
        kput(k, ti->fmut[j]);
      }
    }
  }
}

static uint64_t key_hash(const kbuf *k) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < k->n; i++) h = (h ^ k->w[i]) * 1099511628211ull;
  return h ^ (h >> 29);
}

/* ---------------------------------------------------------------- runtime types */

/* The h_rtt of type i (position d of its group, whose earlier types rts[0..d) are made). One block:
 * the h_rtt, then supers, offsets, refs, storage types and mutabilities. */
static h_rtt *rtt_make(const hearth_module *m, uint32_t g, uint32_t i, h_rtt **rts) {
  const h_typeinfo *ti = &m->tinfo[i];
  const h_rtt *sup = NULL;
  if (ti->super != H_NO_SUPER) sup = ti->super >= g ? rts[ti->super - g] : m->rtt[ti->super];
  uint32_t depth = sup ? sup->depth + 1 : 0, n = ti->kind == H_RTT_FUNC ? 0 : ti->nfields;
  size_t sz = sizeof(h_rtt) + (depth + 1) * sizeof(h_rtt *) + 2 * (size_t)n * sizeof(uint32_t) +
              2 * (size_t)n;
  h_rtt *r = h_calloc(1, sz);
  if (!r) return NULL;
  const h_rtt **supers = (const h_rtt **)(r + 1);
  uint32_t *off = (uint32_t *)(supers + depth + 1), *refs = off + n;
  uint8_t *st = (uint8_t *)(refs + n), *mut = st + n;
  if (sup) memcpy(supers, sup->supers, depth * sizeof *supers);
  supers[depth] = r;
  r->kind = ti->kind;
  r->nfields = n;
  r->depth = depth;
  r->supers = supers;
  r->stype = st;
  r->mut = mut;
  r->offset = off;
  r->refs = refs;
  uint32_t at = 0;
  for (uint32_t k = 0; k < n; k++) {
    st[k] = h_vt_rep(ti->ft[k]);
    mut[k] = ti->fmut[k];
    uint32_t fs = h_st_size(ti->ft[k]), al = fs > 8 ? 8 : fs;
    at = (at + al - 1) & ~(al - 1);
    off[k] = at;
    if (h_st_is_ref(st[k])) refs[r->nrefs++] = at;
    if (st[k] == H_T_EXNREF) r->exn_fields = true;
    at += fs;
  }
  if (ti->kind == H_RTT_ARRAY) {
    r->size = h_st_size(ti->ft[0]);
    r->nrefs = h_st_is_ref(st[0]) ? 1 : 0;
  } else {
    r->size = (at + 7) & ~7u;
  }
  return r;
}

static bool reg_grow(struct h_rtt_reg *r) {
  uint32_t nc = r->cap * 2;
  h_rtt_group **nt = h_calloc(nc, sizeof *nt);
  if (!nt) return false;
  for (uint32_t i = 0; i < r->cap; i++)
    for (h_rtt_group *g = r->tab[i], *nx; g; g = nx) {
      nx = g->next;
      g->next = nt[g->hash & (nc - 1)];
      nt[g->hash & (nc - 1)] = g;
    }
  h_free(r->tab);
  r->tab = nt;
  r->cap = nc;
  return true;
}

/* The canonical rtts of group [g, g + gsize) of m into m->rtt (under r->lock). */
static hearth_status group_rtts(struct h_rtt_reg *r, hearth_module *m, uint32_t g, uint32_t gsize,
                                kbuf *k) {
  k->n = 0;
  group_key(k, m, g, gsize);
  if (k->oom) return h_err(HEARTH_ERR_NOMEM, "out of memory making runtime types");
  uint64_t h = key_hash(k);
  for (h_rtt_group *e = r->tab[h & (r->cap - 1)]; e; e = e->next)
    if (e->hash == h && e->klen == k->n && !memcmp(e->key, k->w, k->n * sizeof *k->w)) {
      for (uint32_t d = 0; d < gsize; d++) m->rtt[g + d] = e->rtts[d];
      e->refs++;
      m->rtt_groups[m->nrtt_groups++] = e;
      return HEARTH_OK;
    }
  h_rtt_group *e = h_calloc(1, sizeof *e);
  if (!e) return h_err(HEARTH_ERR_NOMEM, "out of memory making runtime types");
  e->hash = h;
  e->klen = k->n;
  e->key = h_malloc(k->n * sizeof *k->w);
  e->rtts = h_calloc(gsize, sizeof *e->rtts);
  if (!e->key || !e->rtts) {
    group_free(e);
    return h_err(HEARTH_ERR_NOMEM, "out of memory making runtime types");
  }
  memcpy(e->key, k->w, k->n * sizeof *k->w);
  for (uint32_t d = 0; d < gsize; d++) {
    if (!(e->rtts[d] = rtt_make(m, g, g + d, e->rtts))) {
      group_free(e);
      return h_err(HEARTH_ERR_NOMEM, "out of memory making runtime types");
    }
    e->n = d + 1;
  }
  if ((r->n + 1) * 2 > r->cap && !reg_grow(r)) {
    group_free(e);
    return h_err(HEARTH_ERR_NOMEM, "out of memory making runtime types");
  }
  e->next = r->tab[h & (r->cap - 1)];
  r->tab[h & (r->cap - 1)] = e;
  r->n++;
  for (uint32_t d = 0; d < gsize; d++) m->rtt[g + d] = e->rtts[d];
  e->refs = 1;
  m->rtt_groups[m->nrtt_groups++] = e;
  return HEARTH_OK;
}

hearth_status h_rtt_module(hearth_module *m) {
  assert(m->tinfo && !m->rtt);
  struct h_rtt_reg *r = m->engine ? m->engine->rtt : NULL;
  if (!r && !(r = m->rtt_own = h_rtt_reg_new()))
    return h_err(HEARTH_ERR_NOMEM, "out of memory making runtime types");
  if (!m->ntypes) return HEARTH_OK;
  if (!(m->rtt = h_calloc(m->ntypes, sizeof *m->rtt)) ||
      !(m->rtt_groups = h_calloc(m->ntypes, sizeof *m->rtt_groups)))
    return h_err(HEARTH_ERR_NOMEM, "out of memory making runtime types");
  kbuf k = {0};
  hearth_status st = HEARTH_OK;
  pthread_mutex_lock(&r->lock);
  for (uint32_t g = 0; g < m->ntypes && st == HEARTH_OK; g += m->tinfo[g].gsize)
    st = group_rtts(r, m, g, m->tinfo[g].gsize, &k);
  pthread_mutex_unlock(&r->lock);
  h_free(k.w);
  return st;
}

void h_rtt_module_release(hearth_module *m) {
  struct h_rtt_reg *r = m->rtt_own ? m->rtt_own : m->engine ? m->engine->rtt : NULL;
  if (r && m->nrtt_groups) {
    pthread_mutex_lock(&r->lock);
    for (uint32_t i = 0; i < m->nrtt_groups; i++) {
      h_rtt_group *e = m->rtt_groups[i];
      assert(e->refs > 0);
      if (--e->refs) continue;
      h_rtt_group **pp = &r->tab[e->hash & (r->cap - 1)];
      while (*pp != e) pp = &(*pp)->next;
      *pp = e->next;
      r->n--;
      group_free(e);
    }
    pthread_mutex_unlock(&r->lock);
  }
  h_free(m->rtt_groups);
  m->rtt_groups = NULL;
  m->nrtt_groups = 0;
  h_free(m->rtt);
  m->rtt = NULL;
  h_rtt_reg_free(m->rtt_own);
  m->rtt_own = NULL;
}
