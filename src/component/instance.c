/* instance.c: components at run time: hearth_component_new/delete, the component linker (host
 * functions per WIT interface with semver-compatible matching), instantiation (the definitions of
 * each h_cdef replayed in order into per-instance index spaces: core instances through
 * hearth_instance_new, canon lower trampolines as host functions of the store, canon lift as
 * callable component functions, nested component instances, resource builtins) and calls.
 *
 * Everything an instance creates is allocated once at instantiation in its arena and freed by
 * hearth_component_instance_delete; a call allocates only the values it passes. */
#include "comp.h"

#include <stdio.h>
#include <stdlib.h>

/* ---------------------------------------------------------------- versions */

typedef struct semver {
  bool has;
  unsigned long v[3];
  bool pre;            /* a pre-release or build suffix: matched exactly */
} semver;

/* Splits "ns:pkg/iface@1.2.3" into the part before '@' (length *base) and its version. */
static void split_version(const char *s, size_t *base, semver *v, const char **vstr) {
  const char *at = strrchr(s, '@');
  memset(v, 0, sizeof *v);
  *base = at ? (size_t)(at - s) : strlen(s);
  *vstr = at ? at + 1 : "";
  if (!at) return;
  const char *p = at + 1;
  for (int i = 0; i < 3; i++) {
    char *end;
    if (*p < '0' || *p > '9') return;
    v->v[i] = strtoul(p, &end, 10);
    p = end;
    if (i < 2) {
      if (*p != '.') return;
      p++;
    }
  }
  v->has = true;
  v->pre = *p != 0;
}

bool h_comp_name_matches(const char *import, const char *defined) {
  if (strcmp(import, defined) == 0) return true;
  size_t bi, bd;
  semver vi, vd;
  const char *si, *sd;
  split_version(import, &bi, &vi, &si);
  split_version(defined, &bd, &vd, &sd);
  if (bi != bd || memcmp(import, defined, bi) != 0) return false;
  if (!*sd && defined[bd] == 0) return true; /* the host defined it without a version */
  if (!vi.has || !vd.has || vi.pre || vd.pre) return false;
  if (vi.v[0] != vd.v[0]) return false;
  if (vi.v[0] > 0) return true;
  if (vi.v[1] != vd.v[1]) return false;
  if (vi.v[1] > 0) return true;
  return vi.v[2] == vd.v[2];
}

/* ---------------------------------------------------------------- linker */

typedef struct h_cldef {
  char *iface;          /* owned, NULL for top-level functions */
  char *name;           /* owned */
  hearth_chost_fn fn;
  void *user;
  hearth_cresource_dtor dtor; /* a resource definition (fn NULL) */
  unsigned flags;       /* HEARTH_CFUNC_* */
} h_cldef;

struct hearth_clinker {
  hearth_engine *engine;
  h_cldef *defs;
  uint32_t n, cap;
};

hearth_status hearth_clinker_new(hearth_engine *engine, hearth_clinker **out) {
  if (!engine || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL engine or out");
  hearth_clinker *l = h_calloc(1, sizeof *l);
  if (!l) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  l->engine = engine;
  *out = l;
  return HEARTH_OK;
}

void hearth_clinker_delete(hearth_clinker *l) {
  if (!l) return;
  for (uint32_t i = 0; i < l->n; i++) {
    h_free(l->defs[i].iface);
    h_free(l->defs[i].name);
  }
  h_free(l->defs);
  h_free(l);
}

static bool str_eq_null(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static hearth_status define(hearth_clinker *l, const char *iface, const char *name,
                            hearth_chost_fn fn, hearth_cresource_dtor dtor, void *user);

hearth_status hearth_clinker_define_func(hearth_clinker *l, const char *iface, const char *name,
                                         hearth_chost_fn fn, void *user) {
  return hearth_clinker_define_func_flags(l, iface, name, fn, user, 0);
}

hearth_status hearth_clinker_define_func_flags(hearth_clinker *l, const char *iface,
                                               const char *name, hearth_chost_fn fn, void *user,
                                               unsigned flags) {
  if (!l || !name || !fn) return h_err(HEARTH_ERR_ARGUMENT, "NULL linker, name or function");
  if (flags & ~(unsigned)HEARTH_CFUNC_PACKED) return h_err(HEARTH_ERR_ARGUMENT, "unknown flags 0x%x", flags);
  hearth_status st = define(l, iface, name, fn, NULL, user);
  if (st == HEARTH_OK) l->defs[l->n - 1].flags = flags;
  return st;
}

hearth_status hearth_clinker_define_resource(hearth_clinker *l, const char *iface,
                                             const char *name, hearth_cresource_dtor dtor,
                                             void *user) {
  if (!l || !iface || !name || !dtor) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  return define(l, iface, name, NULL, dtor, user);
}

static hearth_status define(hearth_clinker *l, const char *iface, const char *name,
                            hearth_chost_fn fn, hearth_cresource_dtor dtor, void *user) {
  for (uint32_t i = 0; i < l->n; i++)
    if (str_eq_null(l->defs[i].iface, iface) && strcmp(l->defs[i].name, name) == 0)
      return h_err(HEARTH_ERR_ARGUMENT, "%s%s%s is already defined", iface ? iface : "",
                   iface ? "#" : "", name);
  if (l->n == l->cap && !h_array_grow((void **)&l->defs, sizeof *l->defs, &l->cap, l->n + 1))
    return h_err(HEARTH_ERR_NOMEM, "out of memory");
  h_cldef d = {.iface = iface ? h_strndup(iface, strlen(iface)) : NULL,
               .name = h_strndup(name, strlen(name)), .fn = fn, .user = user, .dtor = dtor};
  if (!d.name || (iface && !d.iface)) {
    h_free(d.iface);
    h_free(d.name);
    return h_err(HEARTH_ERR_NOMEM, "out of memory");
  }
  l->defs[l->n++] = d;
  return HEARTH_OK;
}

static const h_cldef *linker_find(const hearth_clinker *l, const char *iface, const char *name,
                                  bool resource) {
  if (!l) return NULL;
  const h_cldef *best = NULL;
  for (uint32_t i = 0; i < l->n; i++) {
    const h_cldef *d = &l->defs[i];
    if (strcmp(d->name, name) != 0 || !d->iface != !iface || (d->dtor != NULL) != resource) continue;
    if (!iface) return d;
    if (strcmp(d->iface, iface) == 0) return d;
    if (!best && h_comp_name_matches(iface, d->iface)) best = d;
  }
  return best;
}

/* ---------------------------------------------------------------- components */

bool hearth_is_component(const uint8_t *bytes, size_t len) {
  return bytes && len >= 8 && memcmp(bytes, "\0asm", 4) == 0 && bytes[6] == 1 && bytes[7] == 0;
}

static hearth_status add_func_name(hearth_component *c, const char *s) {
  char **n = h_comp_arena_alloc(&c->arena, sizeof(char *) * (c->nfunc_names + 1));
  char *copy = h_comp_arena_strndup(&c->arena, s, strlen(s));
  if (!n || !copy) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  if (c->nfunc_names) memcpy(n, c->func_names, sizeof(char *) * c->nfunc_names);
  n[c->nfunc_names++] = copy;
  c->func_names = n;
  return HEARTH_OK;
}

hearth_status hearth_component_new(hearth_engine *engine, const uint8_t *bytes, size_t len,
                                   hearth_component **out) {
  if (!engine || !out || (!bytes && len)) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  hearth_component *c = h_calloc(1, sizeof *c);
  if (!c) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  atomic_init(&c->refs, 1);
  c->engine = engine;
  hearth_status st = h_comp_bin_decode(c, bytes, len);
  for (uint32_t i = 0; st == HEARTH_OK && i < c->root->nexports; i++) {
    const h_cextern *e = &c->root->exports[i];
    if (e->sort == H_SORT_FUNC) st = add_func_name(c, e->name);
    if (e->sort != H_SORT_INSTANCE || !e->type) continue;
    for (uint32_t j = 0; st == HEARTH_OK && j < e->type->nexports; j++) {
      if (e->type->exports[j].sort != H_SORT_FUNC) continue;
      char buf[1024];
      snprintf(buf, sizeof buf, "%s#%s", e->name, e->type->exports[j].name);
      st = add_func_name(c, buf);
    }
  }
  if (st != HEARTH_OK) {
    hearth_component_delete(c);
    return st;
  }
  *out = c;
  return HEARTH_OK;
}

hearth_component *hearth_component_ref(hearth_component *c) {
  if (c) atomic_fetch_add(&c->refs, 1);
  return c;
}

void hearth_component_delete(hearth_component *c) {
  if (!c || atomic_fetch_sub(&c->refs, 1) != 1) return;
  h_comp_bin_free_def(c->root);
  h_comp_arena_free(&c->arena);
  h_free(c);
}

/* ---------------------------------------------------------------- run-time structures */

typedef struct h_rframe h_rframe;

/* A component function. */
typedef struct h_rfunc {
  const hearth_ctype *type;
  bool host;
  hearth_chost_fn fn;  /* host */
  void *user;
  bool packed;         /* host: HEARTH_CFUNC_PACKED (its arguments' integer lists packed) */
  h_rframe *frame;     /* lifted: the instance whose core function implements it */
  hearth_func *core;
  hearth_memory *mem;
  hearth_func *realloc, *post_return;
  int enc;
  bool async;          /* lifted with `async` (its result comes through task.return), or lowered
                          with `async` (returns a subtask state: hearth completes the call first) */
  bool has_callback;   /* async lift with a callback: the core function returns a callback code */
  uint8_t handles_in, handles_out; /* whether its parameters / result hold handles: 0 not known
                                      yet, 1 no, 2 yes (the host handle table's walks) */
} h_rfunc;

typedef struct h_rexport {
  const char *name;
  uint32_t sort;
  void *p;             /* h_rfunc* or h_rinst* (NULL for types) */
} h_rexport;

/* A component instance value (exports by name). */
typedef struct h_rinst {
  h_rexport *ex;
  uint32_t n;
} h_rinst;

/* A component value: its definition and the instance it was defined in (whose index spaces its
 * outer aliases read: a nested component captures its parent's imports). */
typedef struct h_rcomp {
  const h_cdef *def;
  h_rframe *env;
} h_rcomp;

/* A core instance: a module instance, or a bag of exports (inline). */
typedef struct h_rcore {
  hearth_instance *inst;
  struct { const char *name; hearth_extern ext; } *ex;
  uint32_t n;
} h_rcore;

/* One component instance (the root, or a nested instance). */
struct h_rframe {
  const h_cdef *def;
  h_rframe *parent;    /* the instance this one's component was defined in (outer aliases) */
  hearth_component_instance *ci;
  h_ctable handles;
  bool busy;           /* inside a call (no reentrance: definitions.py may_enter) */
  uint32_t call_borrows; /* borrow handles lowered into the current call, not yet dropped */
  bool no_leave;       /* in post-return: calls out of the instance trap (definitions.py may_leave) */
  uint32_t ctx[2];     /* context.get/set storage of the current task (zeroed per call) */
  uint32_t backpressure; /* backpressure.inc/dec counter */
  /* the async task in progress (a call of an async-lifted function): task.return delivers the
   * result into task_out (NULL: the caller wants none) */
  bool task_async, task_returned;
  const hearth_ctype *task_type;
  hearth_cval *task_out;
  void **rt[H_SP_COUNT];
  uint32_t rn[H_SP_COUNT];
  h_rinst exports;
  h_rexport *ex_buf;
  h_rframe *next;      /* all frames of an instance, for freeing */
};

/* A host resource type of this instance's imports, with the host's destructor. */
typedef struct h_rhostres {
  const hearth_ctype *rt;
  hearth_cresource_dtor dtor;
  void *user;
  struct h_rhostres *next;
} h_rhostres;

/* One slot of the host handle table (handles of guest resources the host holds; hearth.h). A
 * handle is (gen << H_HID_BITS) | index with gen in 1..H_HID_GEN_MAX; a freed slot's generation
 * is bumped and the slot joins a FIFO of free slots (reused oldest first), except when its
 * generation is the last one: then the slot is retired for good, so no (index, gen) pair is ever
 * issued twice in an instance's life and a stale handle is always refused. The price: an
 * instance can enter (2^H_HID_BITS - 1) * H_HID_GEN_MAX handles (about 4.29 billion) in its life,
 * the handle number's 32 bits; the next one fails with NOMEM (a pool discards that instance). */
enum { H_HID_BITS = 20, H_HID_GEN_MAX = 0xfff };
typedef struct h_hslot {
  const void *ri;          /* the h_rres that made the resource (the handle's .resource) */
  const hearth_ctype *rt;
  uint32_t rep;
  uint32_t lends;          /* calls in progress it is lent to as borrow */
  uint32_t next;           /* free: the next one to reuse; live: the next live slot (0: none) */
  uint32_t prev;           /* live: the previous live slot (0: none) */
  uint16_t gen;
  uint8_t live;
  uint8_t mark;            /* while checking one call's arguments: H_MARK_* */
} h_hslot;
enum { H_MARK_OWN = 1, H_MARK_BORROW = 2 };

struct hearth_component_instance {
  hearth_component *c;
  hearth_store *store;
  hearth_engine *engine;
  h_carena arena;
  h_rframe *frames;
  h_rframe *root;
  bool poisoned;       /* a call trapped: the instance may not be entered again */
  char trap_detail[256]; /* why a trampoline failed (the runtime reports only "host function failed") */
  h_rhostres *host_res;
  struct h_rres *res_new; /* the resource.new built-ins of every frame (their resources' dtors) */
  h_hslot *hs;         /* the host handle table; hs[0] unused */
  uint32_t hn, hcap, hfree_head, hfree_tail;
  uint32_t hlive;      /* live slots, listed from hlive_head (a reset ends them in O(live), never
                          walking the retired slots, whose number grows with the instance's age) */
  uint32_t hlive_head;
  void *snap;          /* the snapshot of a template-made instance (snapshot.c), freed by snap_free */
  void (*snap_free)(void *snap);
};

static void *ralloc(hearth_component_instance *ci, size_t n) { return h_comp_arena_alloc(&ci->arena, n); }

static hearth_status nomem(void) { return h_err(HEARTH_ERR_NOMEM, "out of memory instantiating a component"); }

static hearth_status rpush(h_rframe *f, uint32_t sort, void *p) {
  int k = h_comp_space_of(sort);
  assert(k >= 0 && f->rn[k] < f->def->sp[k].n);
  f->rt[k][f->rn[k]++] = p;
  return HEARTH_OK;
}

static void *rget(h_rframe *f, uint32_t sort, uint32_t idx) {
  int k = h_comp_space_of(sort);
  assert(k >= 0 && idx < f->rn[k]);
  return f->rt[k][idx];
}

static hearth_extern *core_extern(h_rframe *f, uint32_t sort, uint32_t idx) {
  return rget(f, sort, idx);
}

static hearth_status core_lookup(h_rcore *rc, const char *name, hearth_extern *out) {
  if (rc->inst) return hearth_instance_export(rc->inst, name, out);
  for (uint32_t i = 0; i < rc->n; i++)
    if (strcmp(rc->ex[i].name, name) == 0) {
      *out = rc->ex[i].ext;
      return HEARTH_OK;
    }
  return h_err(HEARTH_ERR_NOT_FOUND, "core instance has no export %s", name);
}

static void *inst_lookup(const h_rinst *ri, const char *name, uint32_t sort) {
  for (uint32_t i = 0; i < ri->n; i++)
    if (strcmp(ri->ex[i].name, name) == 0 && ri->ex[i].sort == sort) return ri->ex[i].p;
  return NULL;
}

/* ---------------------------------------------------------------- calls */

/* The base is read directly rather than with hearth_memory_data (which makes the next reset of a
 * snapshot-backed memory drop every page, not knowing what the host wrote): every access of the
 * canonical ABI goes through cx_touch, which marks the range in the memory's dirty map. */
static uint8_t *cx_mem(void *u, uint64_t *size) {
  hearth_memory *m = u ? ((h_rfunc *)u)->mem : NULL;
  if (!m) { *size = 0; return NULL; }
  *size = m->size;
  return m->base;
}

static void cx_touch(void *u, uint64_t ptr, uint64_t len) {
  h_mem_mark(((h_rfunc *)u)->mem, ptr, len);
}

static hearth_status cx_realloc(void *u, uint32_t old, uint32_t old_size, uint32_t align,
                                uint32_t new_size, uint32_t *out) {
  h_rfunc *f = u;
  hearth_val a[4] = {{.type = HEARTH_I32, .of.i32 = (int32_t)old},
                     {.type = HEARTH_I32, .of.i32 = (int32_t)old_size},
                     {.type = HEARTH_I32, .of.i32 = (int32_t)align},
                     {.type = HEARTH_I32, .of.i32 = (int32_t)new_size}};
  hearth_val r;
  hearth_status st = hearth_func_call(f->realloc, a, 4, &r, 1);
  if (st != HEARTH_OK) return st;
  *out = (uint32_t)r.of.i32;
  return HEARTH_OK;
}

/* The canonical ABI context of function f's guest side. */
static void make_cx(h_comp_cx *cx, h_rfunc *f) {
  memset(cx, 0, sizeof *cx);
  cx->mem = cx_mem;
  cx->touch = f->mem ? cx_touch : NULL;
  cx->realloc = f->realloc ? cx_realloc : NULL;
  cx->u = f;
  cx->enc = f->enc;
  cx->handles = &f->frame->handles;
  cx->self = f->frame->def;
}

static void flat_from_val(const hearth_val *v, h_flat *out) {
  switch (v->type) {
  case HEARTH_I32: *out = (uint32_t)v->of.i32; break;
  case HEARTH_I64: *out = (uint64_t)v->of.i64; break;
  case HEARTH_F32: { uint32_t b; memcpy(&b, &v->of.f32, 4); *out = b; break; }
  case HEARTH_F64: memcpy(out, &v->of.f64, 8); break;
  default: *out = 0; break;
  }
}

static void val_from_flat(hearth_valtype t, h_flat f, hearth_val *out) {
  out->type = t;
  switch (t) {
  case HEARTH_I32: out->of.i32 = (int32_t)(uint32_t)f; break;
  case HEARTH_I64: out->of.i64 = (int64_t)f; break;
  case HEARTH_F32: { uint32_t b = (uint32_t)f; memcpy(&out->of.f32, &b, 4); break; }
  case HEARTH_F64: memcpy(&out->of.f64, &f, 8); break;
  default: memset(&out->of, 0, sizeof out->of); break;
  }
}

static void release_lends(h_comp_cx *cx) {
  for (uint32_t i = 0; i < cx->nlent; i++) {
    h_chandle *h = h_comp_table_get(cx->handles, cx->lent[i]);
    if (h && h->lends) h->lends--;
  }
  h_free(cx->lent);
  cx->lent = NULL;
  cx->nlent = cx->cap_lent = 0;
}

static void clear_vals(hearth_cval *v, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) hearth_cval_clear(&v[i]);
}

/* Calls component function f with args (borrowed); *results (0 or 1) get owned values. */
static hearth_status call_func(hearth_component_instance *ci, h_rfunc *f, const hearth_cval *args,
                               hearth_cval *results) {
  hearth_status st;
  const hearth_ctype *ft = f->type;
  uint32_t nres = ft->elem ? 1 : 0;
  if (f->host) {
    hearth_cval r = {0};
    st = f->fn(f->user, args, ft->n, nres ? &r : NULL, nres);
    if (st != HEARTH_OK) {
      hearth_cval_clear(&r);
      /* the host function's own message says why (a copy: h_err writes the same buffer) */
      char why[256];
      snprintf(why, sizeof why, "%s", hearth_errmsg());
      return h_err(HEARTH_ERR_TRAP, "host function failed: %s%s%s", hearth_status_str(st),
                   why[0] ? ": " : "", why);
    }
    if (nres && (st = h_comp_cabi_check(ft->elem, &r)) != HEARTH_OK) {
      hearth_cval_clear(&r);
      return h_err(HEARTH_ERR_TRAP, "host function returned a value that does not match its type");
    }
    if (nres) results[0] = r;
    return HEARTH_OK;
  }
  h_rframe *fr = f->frame;
  if (ci->poisoned) return h_err(HEARTH_ERR_TRAP, "component instance unusable after a trap");
  if (fr->busy) return h_err(HEARTH_ERR_TRAP, "cannot enter a component instance that is in a call");
  h_comp_cx cx;
  make_cx(&cx, f);
  h_flat flat[H_MAX_FLAT_PARAMS + 1];
  uint32_t nflat = 0;
  const hearth_valtype *pt, *rt_;
  size_t np, nr;
  hearth_func_type(f->core, &pt, &np, &rt_, &nr);
  fr->busy = true;
  fr->call_borrows = 0;
  fr->ctx[0] = fr->ctx[1] = 0;
  fr->task_async = f->async;
  fr->task_returned = false;
  fr->task_type = ft->elem;
  fr->task_out = nres ? results : NULL;
  st = h_comp_cabi_lower_values(&cx, ft->elems, ft->n, H_MAX_FLAT_PARAMS, args, flat,
                                H_MAX_FLAT_PARAMS + 1, &nflat, UINT64_MAX);
  fr->call_borrows = cx.nborrows; /* the callee must drop these before it returns */
  if (st == HEARTH_OK && (nflat != np || nr > 1))
    st = h_err(HEARTH_ERR_TRAP, "core function signature does not match the lifted type");
  hearth_val cargs[H_MAX_FLAT_PARAMS + 1], cres[2];
  h_flat rflat[2] = {0};
  if (st == HEARTH_OK) {
    for (uint32_t i = 0; i < nflat; i++) val_from_flat(pt[i], flat[i], &cargs[i]);
    st = hearth_func_call(f->core, cargs, nflat, cres, nr);
  }
  for (size_t i = 0; st == HEARTH_OK && i < nr; i++) flat_from_val(&cres[i], &rflat[i]);
  if (f->async) {
    /* hearth runs an async task only when it finishes inside its call: task.return delivered
     * the result and the callback code (if any) is EXIT (0) */
    if (st == HEARTH_OK && f->has_callback && (nr != 1 || (rflat[0] & 0xf) != 0))
      st = h_err(HEARTH_ERR_TRAP, "unsupported: the async export asked to wait or yield "
                 "(callback code %u); hearth runs only async calls that finish within the call",
                 (unsigned)(rflat[0] & 0xf));
    if (st == HEARTH_OK && !fr->task_returned)
      st = h_err(HEARTH_ERR_TRAP, "unsupported: the async export returned without task.return; "
                 "hearth runs only async calls that finish within the call");
    if (st != HEARTH_OK && fr->task_returned && nres) clear_vals(results, 1);
  } else if (st == HEARTH_OK && nres) {
    st = h_comp_cabi_lift_values(&cx, (hearth_ctype *const *)&ft->elem, 1, H_MAX_FLAT_RESULTS,
                                 rflat, (uint32_t)nr, results);
    if (st != HEARTH_OK) clear_vals(results, 1);
  }
  if (st == HEARTH_OK && fr->call_borrows)
    st = h_err(HEARTH_ERR_TRAP, "borrow handles still remain at the end of the call");
  if (st == HEARTH_OK && f->post_return) {
    fr->no_leave = true;
    st = hearth_func_call(f->post_return, cres, nr, NULL, 0);
    fr->no_leave = false;
    if (st != HEARTH_OK && nres) clear_vals(results, 1);
  }
  fr->busy = false;
  fr->task_async = false;
  fr->task_out = NULL;
  if (st == HEARTH_ERR_TRAP || st == HEARTH_ERR_EXIT) ci->poisoned = true;
  return st;
}

/* canon resource.new / drop / rep */
typedef struct h_rres {
  h_rframe *frame;
  const hearth_ctype *rt;
  uint8_t kind;
  hearth_func *dtor;   /* the destructor, when the resource has one */
  const h_rhostres *host; /* drop: the host's destructor of a host resource */
  struct h_rres *next; /* resource.new: the instance's list (ci->res_new) */
} h_rres;

/* ---------------------------------------------------------------- the host handle table */
/* Own handles of guest resources the host holds (hearth.h, "Handles of guest resources held by
 * the host"): entered when they are lifted out to the host (call results, host function
 * arguments), checked and taken out when the host passes them back as own or drops them, lent
 * while the host passes them as borrow. The guest's own handle table knows nothing of them: a
 * handle lifted to the host has left it (definitions.py lift_own), so without this table the host
 * could pass a stale .rep back and the guest would use whatever that rep now is. */

static uint32_t hid_index(uint32_t id) { return id & ((1u << H_HID_BITS) - 1); }

/* The live slot v (an own/borrow value of resource rt) names, or NULL: every field must match. */
static h_hslot *hslot_get(hearth_component_instance *ci, const hearth_cval *v,
                          const hearth_ctype *rt) {
  uint32_t i = hid_index(v->of.handle);
  if (i == 0 || i >= ci->hn) return NULL;
  h_hslot *s = &ci->hs[i];
  if (!s->live || s->gen != v->of.handle >> H_HID_BITS || s->ri != v->of.resource ||
      s->rep != v->of.rep || s->rt != rt)
    return NULL;
  return s;
}

/* Enters own handle v of resource rt (just lifted for the host) and sets v->of.handle. */
static hearth_status hslot_add(hearth_component_instance *ci, hearth_cval *v,
                               const hearth_ctype *rt) {
  uint32_t i = ci->hfree_head;
  if (i) {
    ci->hfree_head = ci->hs[i].next;
    if (!ci->hfree_head) ci->hfree_tail = 0;
  } else {
    if (ci->hn == 0) ci->hn = 1; /* index 0 is never a handle */
    if (ci->hn >= (1u << H_HID_BITS))
      return h_err(HEARTH_ERR_NOMEM, "host handle numbers exhausted (%u held now; every number "
                   "of the instance's life is used up): make a new component instance", ci->hlive);
    if (ci->hn >= ci->hcap && !h_array_grow((void **)&ci->hs, sizeof *ci->hs, &ci->hcap, ci->hn + 1))
      return h_err(HEARTH_ERR_NOMEM, "out of memory entering a handle in the host handle table");
    i = ci->hn++;
    ci->hs[i].gen = 1;
  }
  h_hslot *s = &ci->hs[i];
  s->ri = v->of.resource;
  s->rt = rt;
  s->rep = v->of.rep;
  s->lends = 0;
  s->live = 1;
  s->mark = 0;
  ci->hlive++;
  s->prev = 0; /* at the head of the live list */
  s->next = ci->hlive_head;
  if (ci->hlive_head) ci->hs[ci->hlive_head].prev = i;
  ci->hlive_head = i;
  v->of.handle = (uint32_t)s->gen << H_HID_BITS | i;
  return HEARTH_OK;
}

/* Ends live slot i, out of the live list already: its generation moves on and it joins the tail
 * of the free FIFO, or, when it has issued its last generation, it is retired (never reused: its
 * numbers could only repeat). */
static void hslot_end(hearth_component_instance *ci, uint32_t i) {
  h_hslot *s = &ci->hs[i];
  s->live = 0;
  s->lends = 0;
  s->mark = 0;
  s->next = s->prev = 0;
  if (s->gen == H_HID_GEN_MAX) return; /* retired: hslot_get refuses it, hslot_add skips it */
  s->gen++;
  if (ci->hfree_tail) ci->hs[ci->hfree_tail].next = i;
  else ci->hfree_head = i;
  ci->hfree_tail = i;
}

/* Ends live slot s (hslot_end), taking it out of the live list. */
static void hslot_free(hearth_component_instance *ci, h_hslot *s) {
  if (s->prev) ci->hs[s->prev].next = s->next;
  else ci->hlive_head = s->next;
  if (s->next) ci->hs[s->next].prev = s->prev;
  ci->hlive--;
  hslot_end(ci, (uint32_t)(s - ci->hs));
}

/* Whether resource rt is one a component instance of ci defines (its handles go through the host
 * table) rather than a host resource (whose reps are the host's own). */
static bool guest_resource(const hearth_component_instance *ci, const hearth_ctype *rt) {
  for (const h_rres *rr = ci->res_new; rr; rr = rr->next)
    if (rr->rt == rt) return true;
  return false;
}

static bool has_handles(const hearth_ctype *t) {
  if (!t) return false;
  switch (t->kind) {
  case HEARTH_CV_OWN: case HEARTH_CV_BORROW: return true;
  case HEARTH_CV_LIST: return has_handles(t->elem);
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE: case HEARTH_CV_VARIANT: case HEARTH_CV_OPTION:
  case HEARTH_CV_RESULT:
    for (uint32_t i = 0; i < t->n; i++)
      if (has_handles(t->elems[i])) return true;
    return false;
  default: return false;
  }
}

/* What a walk over the handles of values does with each one. */
enum {
  H_HW_ENTER,   /* own handles of guest resources lifted for the host: enter them */
  H_HW_CHECK,   /* values the host passes: each guest handle live, no own twice or lent */
  H_HW_UNMARK,  /* after H_HW_CHECK: clear its marks */
  H_HW_COMMIT,  /* the call starts: own handles leave the table, borrows are lent */
  H_HW_RETURN   /* the call ended: the borrows come back */
};

typedef struct h_hwalk {
  hearth_component_instance *ci;
  int what;                 /* H_HW_* */
  const char *where;        /* H_HW_CHECK: the function whose arguments are checked (NULL: a host
                               function's result), for the message */
} h_hwalk;

#define WHERE(w) (w)->where ? (w)->where : "a host function's result", (w)->where ? ": an argument" : ""

static hearth_status hwalk_one(h_hwalk *w, const hearth_ctype *t, hearth_cval *v) {
  hearth_component_instance *ci = w->ci;
  bool own = t->kind == HEARTH_CV_OWN;
  if (w->what == H_HW_ENTER)
    return own && v->of.resource ? hslot_add(ci, v, t->elem) : HEARTH_OK;
  if (!v->of.resource && !guest_resource(ci, t->elem)) return HEARTH_OK; /* a host resource */
  h_hslot *s = hslot_get(ci, v, t->elem);
  switch (w->what) {
  case H_HW_CHECK:
    if (!s)
      return h_err(HEARTH_ERR_ARGUMENT, "%s%s: %s<%u> is not a handle the host holds in this "
                   "component instance (dropped, passed on as own, from before a reset, of "
                   "another instance, or never lifted by hearth)", WHERE(w),
                   own ? "own" : "borrow", v->of.rep);
    if (own && s->lends)
      return h_err(HEARTH_ERR_ARGUMENT, "%s%s: own<%u> is lent to a call in progress", WHERE(w),
                   v->of.rep);
    if ((own && s->mark) || (!own && (s->mark & H_MARK_OWN)))
      return h_err(HEARTH_ERR_ARGUMENT, "%s%s: own<%u> is passed as own and again in the same "
                   "call", WHERE(w), v->of.rep);
    s->mark |= own ? H_MARK_OWN : H_MARK_BORROW;
    return HEARTH_OK;
  case H_HW_UNMARK: if (s) s->mark = 0; return HEARTH_OK;
  case H_HW_COMMIT:
    if (!s) return HEARTH_OK;
    s->mark = 0;
    if (own) hslot_free(ci, s);
    else s->lends++;
    return HEARTH_OK;
  case H_HW_RETURN: if (s && !own && s->lends) s->lends--; return HEARTH_OK;
  default: return HEARTH_OK;
  }
}

/* Visits every handle of value v of type t (well-formed: checked or lifted by hearth). */
static hearth_status hwalk(h_hwalk *w, const hearth_ctype *t, hearth_cval *v) {
  if (t->kind == HEARTH_CV_OWN || t->kind == HEARTH_CV_BORROW) return hwalk_one(w, t, v);
  if (!has_handles(t)) return HEARTH_OK;
  hearth_status st = HEARTH_OK;
  switch (t->kind) {
  case HEARTH_CV_LIST:
    for (size_t i = 0; st == HEARTH_OK && i < v->of.list.len; i++)
      st = hwalk(w, t->elem, &v->of.list.items[i]);
    return st;
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE:
    for (uint32_t i = 0; st == HEARTH_OK && i < t->n; i++)
      st = hwalk(w, t->elems[i], &v->of.list.items[i]);
    return st;
  default: /* variant, option, result */
    if (v->of.cas.index < t->n && t->elems[v->of.cas.index] && v->of.cas.payload)
      return hwalk(w, t->elems[v->of.cas.index], v->of.cas.payload);
    return HEARTH_OK;
  }
}

/* Runs one walk over values vs[0..n) of types ts. The values the host passes are borrowed: only
 * H_HW_ENTER (on values hearth made) writes to them. */
static hearth_status hwalk_values(hearth_component_instance *ci, int what, const char *where,
                                  hearth_ctype *const *ts, uint32_t n, const hearth_cval *vs) {
  h_hwalk w = {.ci = ci, .what = what, .where = where};
  hearth_status st = HEARTH_OK;
  for (uint32_t i = 0; st == HEARTH_OK && i < n; i++) st = hwalk(&w, ts[i], (hearth_cval *)&vs[i]);
  return st;
}

/* Checks the handles in values the host passes (a call's arguments, a host function's results):
 * ARGUMENT as hearth.h says, the marks cleared; OK leaves them for H_HW_COMMIT, which clears them
 * (one walk fewer per call). */
static hearth_status hcheck_values(hearth_component_instance *ci, const char *where,
                                   hearth_ctype *const *ts, uint32_t n, const hearth_cval *vs) {
  hearth_status st = hwalk_values(ci, H_HW_CHECK, where, ts, n, vs);
  if (st == HEARTH_OK) return st;
  char why[512];
  snprintf(why, sizeof why, "%s", hearth_errmsg());
  hwalk_values(ci, H_HW_UNMARK, NULL, ts, n, vs);
  h_err(st, "%s", why);
  return st;
}

/* Whether f's parameters (in) or result (!in) hold handles, worked out once per function. */
static bool func_handles(h_rfunc *f, bool in) {
  uint8_t *k = in ? &f->handles_in : &f->handles_out;
  if (!*k) {
    bool any = false;
    if (in)
      for (uint32_t i = 0; i < f->type->n && !any; i++) any = has_handles(f->type->elems[i]);
    else
      any = has_handles(f->type->elem);
    *k = any ? 2 : 1;
  }
  return *k == 2;
}

/* Ends every handle the host holds of ci (a reset: the memory that backed them is gone). */
static void hslots_clear(hearth_component_instance *ci) {
  for (uint32_t i = ci->hlive_head, next; i; i = next) {
    next = ci->hs[i].next;
    hslot_end(ci, i);
  }
  ci->hlive_head = 0;
  ci->hlive = 0;
}

/* canon lower: a host function of the store that lifts the guest's arguments, calls the
 * component function and lowers its result back. */
typedef struct h_rlower {
  hearth_component_instance *ci;
  h_rfunc *callee;
  h_rfunc guest;       /* the caller's side: frame, memory, realloc, encoding */
} h_rlower;

static hearth_status lower_trampoline(hearth_caller *caller, void *user, const hearth_val *args,
                                      hearth_val *results) {
  (void)caller;
  h_rlower *lw = user;
  const hearth_ctype *ft = lw->guest.type; /* the type as the lowering component sees it */
  h_comp_cx cx;
  make_cx(&cx, &lw->guest);
  /* the arguments go to the callee: a guest (lowered again, packed lists welcome) or a host
   * function (packed only if it asked) */
  cx.packed = !lw->callee->host || lw->callee->packed;
  hearth_status st;
  if (lw->guest.frame->no_leave) {
    snprintf(lw->ci->trap_detail, sizeof lw->ci->trap_detail,
             "cannot leave component instance (a call out of post-return)");
    return HEARTH_ERR_TRAP;
  }
  /* the flat parameter count: the params' flattening (or 1 pointer), plus the result pointer.
   * An async lower (definitions.py flatten_functype) takes at most 4 flat params and always a
   * result pointer when there is a result; hearth completes the call before returning RETURNED. */
  bool async = lw->guest.async;
  uint32_t max_params = async ? H_MAX_FLAT_ASYNC_PARAMS : H_MAX_FLAT_PARAMS;
  uint32_t np = 0, nparams_flat = 0;
  for (uint32_t i = 0; i < ft->n; i++) nparams_flat += ft->elems[i]->nflat;
  np = nparams_flat > max_params ? 1 : nparams_flat;
  bool spill_res = ft->elem && (async || ft->elem->nflat > H_MAX_FLAT_RESULTS);
  h_flat flat[H_MAX_FLAT_PARAMS + 2];
  for (uint32_t i = 0; i < np + (spill_res ? 1 : 0); i++) flat_from_val(&args[i], &flat[i]);
  hearth_cval *argv = ft->n ? h_calloc(ft->n, sizeof *argv) : NULL;
  hearth_cval res = {0};
  if (ft->n && !argv) return nomem();
  st = h_comp_cabi_lift_values(&cx, ft->elems, ft->n, max_params, flat, np, argv);
  /* own handles of guest resources a host function receives are the host's from now on */
  if (st == HEARTH_OK && lw->callee->host && func_handles(&lw->guest, true))
    st = hwalk_values(lw->ci, H_HW_ENTER, NULL, ft->elems, ft->n, argv);
  if (st == HEARTH_OK) st = call_func(lw->ci, lw->callee, argv, ft->elem ? &res : NULL);
  /* and those its result passes back must be handles it holds, which go to the guest */
  if (st == HEARTH_OK && ft->elem && lw->callee->host && func_handles(&lw->guest, false)) {
    st = hcheck_values(lw->ci, NULL, (hearth_ctype *const *)&ft->elem, 1, &res);
    if (st == HEARTH_OK)
      hwalk_values(lw->ci, H_HW_COMMIT, NULL, (hearth_ctype *const *)&ft->elem, 1, &res);
    else
      st = HEARTH_ERR_TRAP; /* hearth_errmsg() names the handle; trap_detail copies it below */
  }
  release_lends(&cx);
  if (async) {
    if (st == HEARTH_OK && ft->elem) st = h_comp_cabi_store(&cx, ft->elem, &res, (uint32_t)flat[np]);
    results[0].type = HEARTH_I32;
    results[0].of.i32 = 2; /* Subtask.State.RETURNED, no subtask handle */
  } else if (st == HEARTH_OK && ft->elem) {
    h_flat out[2];
    uint32_t nout = 0;
    st = h_comp_cabi_lower_values(&cx, (hearth_ctype *const *)&ft->elem, 1, H_MAX_FLAT_RESULTS,
                                  &res, out, 2, &nout, spill_res ? flat[np] : UINT64_MAX);
    if (st == HEARTH_OK && nout == 1) {
      uint8_t ct[2];
      h_comp_type_flatten(ft->elem, ct, 2);
      val_from_flat((hearth_valtype)ct[0], out[0], &results[0]);
    }
  }
  lw->guest.frame->call_borrows += cx.nborrows;
  if (st != HEARTH_OK && !lw->ci->trap_detail[0])
    snprintf(lw->ci->trap_detail, sizeof lw->ci->trap_detail, "%s", hearth_errmsg());
  hearth_cval_clear(&res);
  clear_vals(argv, ft->n);
  h_free(argv);
  return st == HEARTH_OK ? HEARTH_OK : HEARTH_ERR_TRAP;
}

/* canon resource.new / drop / rep (h_rres above) */
static hearth_status resource_builtin_run(void *user, const hearth_val *args, hearth_val *results) {
  h_rres *rr = user;
  uint32_t i = (uint32_t)args[0].of.i32;
  h_ctable *t = &rr->frame->handles;
  if (rr->frame->no_leave && rr->kind != H_ACT_RESOURCE_REP)
    return h_err(HEARTH_ERR_TRAP, "cannot leave component instance (resource.%s in post-return)",
                 rr->kind == H_ACT_RESOURCE_NEW ? "new" : "drop");
  if (rr->kind == H_ACT_RESOURCE_NEW) {
    h_chandle h = {.rt = rr->rt, .rep = i, .own = true, .ri = rr};
    uint32_t idx = h_comp_table_add(t, h);
    if (!idx) return h_err(HEARTH_ERR_TRAP, "resource.new: handle table full");
    results[0].type = HEARTH_I32;
    results[0].of.i32 = (int32_t)idx;
    return HEARTH_OK;
  }
  h_chandle *h = h_comp_table_get(t, i);
  if (!h) return h_err(HEARTH_ERR_TRAP, "resource handle %u is not valid", i);
  if (h->rt != rr->rt) return h_err(HEARTH_ERR_TRAP, "resource handle %u has another type", i);
  if (rr->kind == H_ACT_RESOURCE_REP) {
    results[0].type = HEARTH_I32;
    results[0].of.i32 = (int32_t)h->rep;
    return HEARTH_OK;
  }
  /* drop */
  h_chandle copy = *h;
  if (copy.own && copy.lends) return h_err(HEARTH_ERR_TRAP, "resource handle %u has lent borrows", i);
  h_comp_table_remove(t, i);
  if (!copy.own) {
    if (rr->frame->call_borrows) rr->frame->call_borrows--;
    return HEARTH_OK;
  }
  const h_rres *impl = copy.ri; /* the resource.new that made it: its instance's destructor */
  if (impl && impl->dtor) {
    hearth_val a = {.type = HEARTH_I32, .of.i32 = (int32_t)copy.rep};
    return hearth_func_call(impl->dtor, &a, 1, NULL, 0);
  }
  if (!impl && rr->host) rr->host->dtor(rr->host->user, copy.rep);
  return HEARTH_OK;
}

static hearth_status resource_builtin(hearth_caller *caller, void *user, const hearth_val *args,
                                      hearth_val *results) {
  (void)caller;
  hearth_status st = resource_builtin_run(user, args, results);
  hearth_component_instance *ci = ((h_rres *)user)->frame->ci;
  if (st != HEARTH_OK && !ci->trap_detail[0])
    snprintf(ci->trap_detail, sizeof ci->trap_detail, "%s", hearth_errmsg());
  return st;
}

/* The other canonical built-ins (H_COMP_BUILTINS, see comp.h for what hearth runs). */
typedef struct h_rbuiltin {
  h_rframe *frame;
  const h_cact *act;
  h_rfunc guest;       /* task.return: the options its arguments are lifted with */
  uint32_t nargs;      /* core parameter count */
} h_rbuiltin;

static hearth_status builtin_run(h_rbuiltin *b, const hearth_val *args, size_t nargs,
                                 hearth_val *results) {
  h_rframe *fr = b->frame;
  const h_cact *a = b->act;
  const char *name = h_comp_builtin_name(a->a);
  switch (a->a) {
  case 0x0a: /* context.get */
    results[0].type = HEARTH_I32;
    results[0].of.i32 = (int32_t)fr->ctx[a->b];
    return HEARTH_OK;
  case 0x0b: /* context.set */
    fr->ctx[a->b] = (uint32_t)args[0].of.i32;
    return HEARTH_OK;
  case 0x24: /* backpressure.inc */
    if (++fr->backpressure >= (1u << 16)) return h_err(HEARTH_ERR_TRAP, "backpressure counter overflow");
    return HEARTH_OK;
  case 0x25: /* backpressure.dec */
    if (fr->backpressure == 0) return h_err(HEARTH_ERR_TRAP, "backpressure counter underflow");
    fr->backpressure--;
    return HEARTH_OK;
  default: break;
  }
  if (fr->no_leave) return h_err(HEARTH_ERR_TRAP, "cannot leave component instance (%s in post-return)", name);
  if (a->a == 0x09) { /* task.return */
    if (!fr->busy || !fr->task_async) return h_err(HEARTH_ERR_TRAP, "task.return outside an async task");
    if (fr->task_returned) return h_err(HEARTH_ERR_TRAP, "task.return called twice");
    if (!h_comp_type_eq(a->type, fr->task_type))
      return h_err(HEARTH_ERR_TRAP, "task.return: the result type does not match the function's");
    h_comp_cx cx;
    make_cx(&cx, &b->guest);
    h_flat flat[H_MAX_FLAT_PARAMS];
    assert(nargs <= H_MAX_FLAT_PARAMS);
    for (size_t i = 0; i < nargs; i++) flat_from_val(&args[i], &flat[i]);
    hearth_cval tmp = {0};
    hearth_status st = HEARTH_OK;
    if (a->type) {
      st = h_comp_cabi_lift_values(&cx, (hearth_ctype *const *)&a->type, 1, H_MAX_FLAT_PARAMS, flat,
                                   (uint32_t)nargs, &tmp);
      release_lends(&cx);
    }
    if (st != HEARTH_OK) return st;
    fr->task_returned = true;
    if (fr->task_out) *fr->task_out = tmp;
    else hearth_cval_clear(&tmp);
    return HEARTH_OK;
  }
  return h_err(HEARTH_ERR_TRAP, "unsupported: canon %s (async tasks, streams, futures, waitables, "
               "threads, error-context) is not supported by hearth", name ? name : "?");
}

static hearth_status builtin_tramp(hearth_caller *caller, void *user, const hearth_val *args,
                                   hearth_val *results) {
  (void)caller;
  h_rbuiltin *b = user;
  hearth_component_instance *ci = b->frame->ci;
  hearth_status st = builtin_run(b, args, b->nargs, results);
  if (st != HEARTH_OK && !ci->trap_detail[0])
    snprintf(ci->trap_detail, sizeof ci->trap_detail, "%s", hearth_errmsg());
  return st;
}

/* ---------------------------------------------------------------- instantiation */

/* Imports of one frame: from the linker (root) or from instantiate arguments (nested). */
typedef struct h_imports {
  const hearth_clinker *l;
  h_rframe *from;         /* nested: the instantiating frame */
  const h_cact *inst_act; /* nested: its instantiate definition */
} h_imports;

static hearth_status host_func(hearth_component_instance *ci, const h_cldef *d,
                               const hearth_ctype *type, h_rfunc **out) {
  h_rfunc *f = ralloc(ci, sizeof *f);
  if (!f) return nomem();
  f->type = type;
  f->host = true;
  f->fn = d->fn;
  f->user = d->user;
  f->packed = (d->flags & HEARTH_CFUNC_PACKED) != 0;
  *out = f;
  return HEARTH_OK;
}

static hearth_status import_from_linker(hearth_component_instance *ci, const hearth_clinker *l,
                                        const h_cact *a, void **out) {
  hearth_status st;
  if (a->sort == H_SORT_COMPONENT || a->sort == H_SORT_CORE_MODULE)
    return h_err(HEARTH_ERR_UNLINKABLE, "component import %s: the host cannot provide components "
                 "or core modules", a->name);
  if (a->sort == H_SORT_FUNC) {
    const h_cldef *d = linker_find(l, NULL, a->name, false);
    if (!d) return h_err(HEARTH_ERR_UNLINKABLE, "component import %s is not defined", a->name);
    return host_func(ci, d, a->type, (h_rfunc **)out);
  }
  assert(a->sort == H_SORT_INSTANCE);
  const hearth_ctype *it = a->type;
  h_rinst *ri = ralloc(ci, sizeof *ri);
  if (!ri || !(ri->ex = ralloc(ci, sizeof(h_rexport) * (it->nexports + 1)))) return nomem();
  for (uint32_t i = 0; i < it->nexports; i++) {
    const h_cextern *e = &it->exports[i];
    h_rexport *x = &ri->ex[ri->n++];
    x->name = e->name;
    x->sort = e->sort;
    if (e->sort == H_SORT_TYPE) { /* host resources: handles carry the host's rep */
      const h_cldef *d = e->type && e->type->kind == H_CT_RESOURCE
                             ? linker_find(l, a->name, e->name, true) : NULL;
      if (d) {
        h_rhostres *hr = ralloc(ci, sizeof *hr);
        if (!hr) return nomem();
        *hr = (h_rhostres){.rt = e->type, .dtor = d->dtor, .user = d->user, .next = ci->host_res};
        ci->host_res = hr;
      }
      continue;
    }
    if (e->sort != H_SORT_FUNC)
      return h_err(HEARTH_ERR_UNLINKABLE, "component import %s: exports of sort %u cannot be "
                   "provided by the host", a->name, e->sort);
    const h_cldef *d = linker_find(l, a->name, e->name, false);
    if (!d) return h_err(HEARTH_ERR_UNLINKABLE, "component import %s#%s is not defined", a->name, e->name);
    if ((st = host_func(ci, d, e->type, (h_rfunc **)&x->p))) return st;
  }
  *out = ri;
  return HEARTH_OK;
}

static hearth_status run_frame(hearth_component_instance *ci, h_rframe *f, h_imports *im);

static hearth_status new_frame(hearth_component_instance *ci, const h_cdef *def, h_rframe *parent,
                               h_rframe **out) {
  h_rframe *f = ralloc(ci, sizeof *f);
  if (!f) return nomem();
  f->def = def;
  f->parent = parent;
  f->ci = ci;
  for (int k = 0; k < H_SP_COUNT; k++)
    if (def->sp[k].n && !(f->rt[k] = ralloc(ci, sizeof(void *) * def->sp[k].n))) return nomem();
  if (!(f->ex_buf = ralloc(ci, sizeof(h_rexport) * (def->nexports + 1)))) return nomem();
  f->exports.ex = f->ex_buf;
  f->next = ci->frames;
  ci->frames = f;
  *out = f;
  return HEARTH_OK;
}

static hearth_status act_core_instantiate(hearth_component_instance *ci, h_rframe *f,
                                          const h_cact *a, h_rcore *rc) {
  hearth_linker *l;
  hearth_status st = hearth_linker_new(ci->engine, &l);
  if (st) return st;
  hearth_module *m = rget(f, H_SORT_CORE_MODULE, a->a);
  for (uint32_t i = 0; st == HEARTH_OK && i < a->nargs; i++) {
    h_rcore *arg = rget(f, H_SORT_CORE_INSTANCE, a->args[i].idx);
    /* define just what the module imports from this argument */
    for (uint32_t j = 0; st == HEARTH_OK && j < m->nimports; j++) {
      if (strcmp(m->imports[j].module, a->args[i].name) != 0) continue;
      hearth_extern e;
      st = core_lookup(arg, m->imports[j].name, &e);
      if (st == HEARTH_OK) st = hearth_linker_define_extern(l, a->args[i].name, m->imports[j].name, e);
      if (st == HEARTH_ERR_ARGUMENT) st = HEARTH_OK; /* the same import listed twice */
    }
  }
  if (st == HEARTH_OK) st = hearth_instance_new(ci->store, l, m, &rc->inst);
  hearth_linker_delete(l);
  return st;
}

static hearth_status lifted(hearth_component_instance *ci, h_rframe *f, const h_cact *a,
                            const hearth_ctype *type, h_rfunc *out) {
  memset(out, 0, sizeof *out);
  out->type = type;
  out->frame = f;
  out->enc = a->opts.enc;
  if (a->opts.has_memory) out->mem = core_extern(f, H_SORT_CORE_MEMORY, a->opts.memory)->of.memory;
  if (a->opts.has_realloc) out->realloc = core_extern(f, H_SORT_CORE_FUNC, a->opts.realloc)->of.func;
  if (a->opts.has_post_return)
    out->post_return = core_extern(f, H_SORT_CORE_FUNC, a->opts.post_return)->of.func;
  out->async = a->opts.async;
  out->has_callback = a->opts.has_callback;
  (void)ci;
  return HEARTH_OK;
}

static hearth_status func_extern(hearth_component_instance *ci, hearth_func *fn, hearth_extern **out) {
  hearth_extern *e = ralloc(ci, sizeof *e);
  if (!e) return nomem();
  e->kind = HEARTH_EXTERN_FUNC;
  e->of.func = fn;
  *out = e;
  return HEARTH_OK;
}

static hearth_status run_act(hearth_component_instance *ci, h_rframe *f, const h_cact *a,
                             h_imports *im) {
  hearth_status st;
  switch (a->kind) {
  case H_ACT_CORE_INSTANTIATE: case H_ACT_CORE_INLINE: {
    h_rcore *rc = ralloc(ci, sizeof *rc);
    if (!rc) return nomem();
    if (a->kind == H_ACT_CORE_INSTANTIATE) {
      if ((st = act_core_instantiate(ci, f, a, rc))) return st;
    } else {
      if (!(rc->ex = ralloc(ci, sizeof *rc->ex * (a->nargs + 1)))) return nomem();
      for (uint32_t i = 0; i < a->nargs; i++) {
        rc->ex[i].name = a->args[i].name;
        rc->ex[i].ext = *core_extern(f, a->args[i].sort, a->args[i].idx);
      }
      rc->n = a->nargs;
    }
    return rpush(f, H_SORT_CORE_INSTANCE, rc);
  }
  case H_ACT_ALIAS_CORE_EXPORT: {
    h_rcore *rc = rget(f, H_SORT_CORE_INSTANCE, a->a);
    hearth_extern *e = ralloc(ci, sizeof *e);
    if (!e) return nomem();
    if ((st = core_lookup(rc, a->name, e))) return st;
    return rpush(f, a->sort, e);
  }
  case H_ACT_INSTANTIATE: {
    h_rframe *child;
    const h_rcomp *rc = rget(f, H_SORT_COMPONENT, a->a);
    if ((st = new_frame(ci, rc->def, rc->env, &child))) return st;
    h_imports cim = {.from = f, .inst_act = a};
    if ((st = run_frame(ci, child, &cim))) return st;
    return rpush(f, H_SORT_INSTANCE, &child->exports);
  }
  case H_ACT_INLINE: {
    h_rinst *ri = ralloc(ci, sizeof *ri);
    if (!ri || !(ri->ex = ralloc(ci, sizeof(h_rexport) * (a->nargs + 1)))) return nomem();
    for (uint32_t i = 0; i < a->nargs; i++) {
      h_rexport *x = &ri->ex[ri->n++];
      x->name = a->args[i].name;
      x->sort = a->args[i].sort;
      x->p = x->sort != H_SORT_TYPE ? rget(f, x->sort, a->args[i].idx) : NULL;
    }
    return rpush(f, H_SORT_INSTANCE, ri);
  }
  case H_ACT_STATIC: {
    if (a->sort != H_SORT_COMPONENT) return rpush(f, a->sort, a->ptr);
    h_rcomp *rc = ralloc(ci, sizeof *rc);
    if (!rc) return nomem();
    rc->def = a->ptr;
    rc->env = f;
    return rpush(f, a->sort, rc);
  }
  case H_ACT_OUTER: {
    h_rframe *t = f;
    for (uint32_t i = 0; i < a->a; i++) t = t->parent;
    assert(t); /* validated: the count stays within the enclosing components */
    return rpush(f, a->sort, rget(t, a->sort, a->b));
  }
  case H_ACT_ALIAS_EXPORT: {
    h_rinst *ri = rget(f, H_SORT_INSTANCE, a->a);
    void *p = inst_lookup(ri, a->name, a->sort);
    if (!p) return h_err(HEARTH_ERR_UNLINKABLE, "instance has no export %s of that sort", a->name);
    return rpush(f, a->sort, p);
  }
  case H_ACT_CANON_LIFT: {
    h_rfunc *fn = ralloc(ci, sizeof *fn);
    if (!fn) return nomem();
    lifted(ci, f, a, a->type, fn);
    fn->core = core_extern(f, H_SORT_CORE_FUNC, a->a)->of.func;
    return rpush(f, H_SORT_FUNC, fn);
  }
  case H_ACT_CANON_LOWER: {
    h_rlower *lw = ralloc(ci, sizeof *lw);
    if (!lw) return nomem();
    lw->ci = ci;
    lw->callee = rget(f, H_SORT_FUNC, a->a);
    lifted(ci, f, a, a->type, &lw->guest);
    const hearth_ctype *ct = f->def->sp[H_SP_CORE_FUNC].s[f->rn[H_SP_CORE_FUNC]].type;
    hearth_func *fn = NULL;
    hearth_extern *e = NULL;
    hearth_valtype pv[H_MAX_FLAT_PARAMS + 2], rv[1];
    assert(ct->ncparams <= H_MAX_FLAT_PARAMS + 1 && ct->ncresults <= 1);
    for (uint32_t i = 0; i < ct->ncparams; i++) pv[i] = (hearth_valtype)ct->cparams[i];
    for (uint32_t i = 0; i < ct->ncresults; i++) rv[i] = (hearth_valtype)ct->cresults[i];
    if ((st = hearth_func_new(ci->store, pv, ct->ncparams, rv, ct->ncresults, lower_trampoline,
                              lw, &fn)) ||
        (st = func_extern(ci, fn, &e)))
      return st;
    return rpush(f, H_SORT_CORE_FUNC, e);
  }
  case H_ACT_RESOURCE_NEW: case H_ACT_RESOURCE_DROP: case H_ACT_RESOURCE_REP: {
    h_rres *rr = ralloc(ci, sizeof *rr);
    if (!rr) return nomem();
    rr->frame = f;
    rr->rt = a->type;
    rr->kind = a->kind;
    /* resource.new happens in the defining instance (validated): its destructor is here */
    if (a->kind == H_ACT_RESOURCE_NEW && a->type->has_dtor && a->type->dtor < f->rn[H_SP_CORE_FUNC])
      rr->dtor = core_extern(f, H_SORT_CORE_FUNC, a->type->dtor)->of.func;
    for (const h_rhostres *hr = ci->host_res; hr; hr = hr->next)
      if (hr->rt == a->type) rr->host = hr;
    if (a->kind == H_ACT_RESOURCE_NEW) {
      rr->next = ci->res_new;
      ci->res_new = rr;
    }
    static const hearth_valtype i32[1] = {HEARTH_I32};
    hearth_func *fn = NULL;
    hearth_extern *e = NULL;
    if ((st = hearth_func_new(ci->store, i32, 1, i32, a->kind == H_ACT_RESOURCE_DROP ? 0 : 1,
                              resource_builtin, rr, &fn)) ||
        (st = func_extern(ci, fn, &e)))
      return st;
    return rpush(f, H_SORT_CORE_FUNC, e);
  }
  case H_ACT_BUILTIN: {
    h_rbuiltin *b = ralloc(ci, sizeof *b);
    if (!b) return nomem();
    b->frame = f;
    b->act = a;
    lifted(ci, f, a, NULL, &b->guest);
    const hearth_ctype *ct = f->def->sp[H_SP_CORE_FUNC].s[f->rn[H_SP_CORE_FUNC]].type;
    b->nargs = ct->ncparams;
    hearth_valtype pv[H_MAX_FLAT_PARAMS + 2], rv[2];
    assert(ct && ct->kind == H_CT_CORE_FUNC && ct->ncparams <= H_MAX_FLAT_PARAMS && ct->ncresults <= 1);
    for (uint32_t i = 0; i < ct->ncparams; i++) pv[i] = (hearth_valtype)ct->cparams[i];
    for (uint32_t i = 0; i < ct->ncresults; i++) rv[i] = (hearth_valtype)ct->cresults[i];
    hearth_func *fn = NULL;
    hearth_extern *e = NULL;
    if ((st = hearth_func_new(ci->store, pv, ct->ncparams, rv, ct->ncresults, builtin_tramp, b, &fn)) ||
        (st = func_extern(ci, fn, &e)))
      return st;
    return rpush(f, H_SORT_CORE_FUNC, e);
  }
  case H_ACT_IMPORT: {
    void *p = NULL;
    if (!im->from) {
      if ((st = import_from_linker(ci, im->l, a, &p))) return st;
    } else {
      const h_cact *ia = im->inst_act;
      for (uint32_t i = 0; i < ia->nargs; i++)
        if (strcmp(ia->args[i].name, a->name) == 0) p = rget(im->from, a->sort, ia->args[i].idx);
      if (!p) return h_err(HEARTH_ERR_UNLINKABLE, "nested component import %s is not supplied", a->name);
    }
    return rpush(f, a->sort, p);
  }
  case H_ACT_EXPORT: {
    void *p = rget(f, a->sort, a->a);
    h_rexport *x = &f->exports.ex[f->exports.n++];
    x->name = a->name;
    x->sort = a->sort;
    x->p = p;
    return rpush(f, a->sort, p);
  }
  case H_ACT_START: {
    h_rfunc *fn = rget(f, H_SORT_FUNC, a->a);
    return call_func(ci, fn, NULL, NULL);
  }
  default: assert(0); return HEARTH_ERR_INVALID;
  }
}

static hearth_status run_frame(hearth_component_instance *ci, h_rframe *f, h_imports *im) {
  for (uint32_t i = 0; i < f->def->nacts; i++) {
    hearth_status st = run_act(ci, f, &f->def->acts[i], im);
    if (st != HEARTH_OK) return st;
  }
  return HEARTH_OK;
}

hearth_status hearth_component_instantiate(hearth_store *store, const hearth_clinker *l,
                                           hearth_component *c,
                                           hearth_component_instance **out) {
  if (!store || !c || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL store, component or out");
  hearth_component_instance *ci = h_calloc(1, sizeof *ci);
  if (!ci) return nomem();
  ci->c = hearth_component_ref(c);
  ci->store = store;
  ci->engine = c->engine;
  h_imports im = {.l = l};
  hearth_status st = new_frame(ci, c->root, NULL, &ci->root);
  if (st == HEARTH_OK) st = run_frame(ci, ci->root, &im);
  if (st != HEARTH_OK) {
    hearth_component_instance_delete(ci);
    return st;
  }
  *out = ci;
  return HEARTH_OK;
}

void hearth_component_instance_delete(hearth_component_instance *ci) {
  if (!ci) return;
  if (ci->snap_free) ci->snap_free(ci->snap);
  for (h_rframe *f = ci->frames; f; f = f->next) h_comp_table_free(&f->handles);
  h_free(ci->hs);
  h_comp_arena_free(&ci->arena);
  hearth_component_delete(ci->c);
  h_free(ci);
}

/* ---------------------------------------------------------------- exports and calls */

static bool iface_eq(const char *want, const char *have) {
  if (strcmp(want, have) == 0) return true;
  size_t n = strlen(want);
  return !strchr(want, '@') && strncmp(want, have, n) == 0 && have[n] == '@';
}

static h_rfunc *find_export(hearth_component_instance *ci, const char *name) {
  const h_rinst *ex = &ci->root->exports;
  const char *hash = strchr(name, '#');
  if (!hash) return inst_lookup(ex, name, H_SORT_FUNC);
  char iface[512];
  size_t n = (size_t)(hash - name);
  if (n >= sizeof iface) return NULL;
  memcpy(iface, name, n);
  iface[n] = 0;
  for (uint32_t i = 0; i < ex->n; i++)
    if (ex->ex[i].sort == H_SORT_INSTANCE && iface_eq(iface, ex->ex[i].name))
      return inst_lookup(ex->ex[i].p, hash + 1, H_SORT_FUNC);
  return NULL;
}

hearth_status hearth_component_func_type(hearth_component_instance *ci, const char *name,
                                         const hearth_ctype **ft) {
  if (!ci || !name || !ft) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  h_rfunc *f = find_export(ci, name);
  if (!f) return h_err(HEARTH_ERR_NOT_FOUND, "the component exports no function %s", name);
  *ft = f->type;
  return HEARTH_OK;
}

hearth_status hearth_component_call(hearth_component_instance *ci, const char *name,
                                    const hearth_cval *args, size_t nargs, hearth_cval *results,
                                    size_t nresults) {
  if (!ci || !name || (nargs && !args)) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  h_rfunc *f = find_export(ci, name);
  if (!f) return h_err(HEARTH_ERR_NOT_FOUND, "the component exports no function %s", name);
  const hearth_ctype *ft = f->type;
  if (nargs != ft->n)
    return h_err(HEARTH_ERR_ARGUMENT, "%s takes %u arguments, %zu given", name, ft->n, nargs);
  if (ft->elem && (nresults < 1 || !results))
    return h_err(HEARTH_ERR_ARGUMENT, "%s has a result: pass room for it", name);
  for (uint32_t i = 0; i < ft->n; i++) {
    hearth_status st = h_comp_cabi_check(ft->elems[i], &args[i]);
    if (st != HEARTH_OK) {
      char why[256]; /* h_err formats into the buffer hearth_errmsg returns: copy it first */
      snprintf(why, sizeof why, "%s", hearth_errmsg());
      return h_err(HEARTH_ERR_ARGUMENT, "%s: argument %u (%s): %s", name, i, ft->names[i], why);
    }
  }
  /* handles of guest resources: live in the host handle table, no own one twice or lent */
  bool handles = func_handles(f, true);
  if (handles) {
    hearth_status st = hcheck_values(ci, name, ft->elems, ft->n, args);
    /* a call that cannot enter must not take the host's handles */
    if (st == HEARTH_OK && !f->host && ci->poisoned)
      st = h_err(HEARTH_ERR_TRAP, "component instance unusable after a trap");
    if (st == HEARTH_OK && !f->host && f->frame->busy)
      st = h_err(HEARTH_ERR_TRAP, "cannot enter a component instance that is in a call");
    if (st == HEARTH_OK && !f->host) {
      hwalk_values(ci, H_HW_COMMIT, NULL, ft->elems, ft->n, args);
    } else {
      if (st == HEARTH_OK || st == HEARTH_ERR_TRAP) /* the check left its marks */
        hwalk_values(ci, H_HW_UNMARK, NULL, ft->elems, ft->n, args);
      if (st != HEARTH_OK) return st;
    }
  }
  if (ft->elem) memset(results, 0, sizeof *results);
  ci->trap_detail[0] = 0;
  hearth_status st = call_func(ci, f, args, ft->elem ? results : NULL);
  if (handles && !f->host) hwalk_values(ci, H_HW_RETURN, NULL, ft->elems, ft->n, args);
  if (st == HEARTH_ERR_TRAP && ci->trap_detail[0]) h_err(st, "%s", ci->trap_detail);
  /* own handles of guest resources in the result are the host's now */
  if (st == HEARTH_OK && ft->elem && !f->host && func_handles(f, false) &&
      (st = hwalk_values(ci, H_HW_ENTER, NULL, (hearth_ctype *const *)&ft->elem, 1, results))) {
    /* out of memory entering them: the handles entered so far end with the result (the commit
     * walk frees the slots of own handles; those not entered carry no handle number) */
    hwalk_values(ci, H_HW_COMMIT, NULL, (hearth_ctype *const *)&ft->elem, 1, results);
    clear_vals(results, 1);
  }
  return st;
}

/* The host drops an own handle of a resource the component defines (definitions.py
 * canon_resource_drop from outside the instance): the resource's destructor runs in the
 * implementing instance, entered like a call (not while it is in one, not after a trap). */
hearth_status hearth_component_resource_drop(hearth_component_instance *ci,
                                             const hearth_cval *handle) {
  if (!ci || !handle) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (handle->kind != HEARTH_CV_OWN) return h_err(HEARTH_ERR_ARGUMENT, "only an own handle can be dropped");
  const h_rres *rr = ci->res_new;
  while (rr && rr != handle->of.resource) rr = rr->next;
  if (!rr)
    return h_err(HEARTH_ERR_ARGUMENT, "not a handle of a resource this component instance defines "
                 "(a host resource's handle is the host's to release)");
  if (ci->poisoned) return h_err(HEARTH_ERR_TRAP, "component instance unusable after a trap");
  h_hslot *s = hslot_get(ci, handle, rr->rt);
  if (!s)
    return h_err(HEARTH_ERR_ARGUMENT, "own<%u> is not a handle the host holds in this component "
                 "instance (dropped before, passed on as own, or from before a reset)",
                 handle->of.rep);
  if (s->lends)
    return h_err(HEARTH_ERR_ARGUMENT, "own<%u> cannot be dropped: it is lent to a call in progress",
                 handle->of.rep);
  h_rframe *fr = rr->frame;
  if (fr->busy) return h_err(HEARTH_ERR_TRAP, "cannot enter a component instance that is in a call");
  hslot_free(ci, s); /* the handle ends here, whatever its destructor does */
  if (!rr->dtor) return HEARTH_OK;
  hearth_val a = {.type = HEARTH_I32, .of.i32 = (int32_t)handle->of.rep};
  ci->trap_detail[0] = 0;
  fr->busy = true;
  hearth_status st = hearth_func_call(rr->dtor, &a, 1, NULL, 0);
  fr->busy = false;
  if (st == HEARTH_ERR_TRAP || st == HEARTH_ERR_EXIT) ci->poisoned = true;
  if (st == HEARTH_ERR_TRAP && ci->trap_detail[0]) h_err(st, "%s", ci->trap_detail);
  return st;
}

size_t hearth_component_export_count(const hearth_component_instance *ci) {
  return ci ? ci->c->nfunc_names : 0;
}

hearth_status hearth_component_export_name(const hearth_component_instance *ci, size_t i,
                                           const char **name) {
  if (!ci || !name || i >= ci->c->nfunc_names) return h_err(HEARTH_ERR_ARGUMENT, "bad index");
  *name = ci->c->func_names[i];
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- reset support (pools) */

/* A copy of every frame's handle table, in frame-list order. */
struct h_comp_handles {
  h_ctable *t;
  uint32_t *backpressure; /* each frame's backpressure counter */
  uint32_t n;
};

hearth_status h_comp_inst_handles_save(const hearth_component_instance *ci, h_comp_handles **out) {
  h_comp_handles *h = h_calloc(1, sizeof *h);
  uint32_t n = 0;
  for (const h_rframe *f = ci->frames; f; f = f->next) n++;
  if (!h || !(h->t = h_calloc(n ? n : 1, sizeof *h->t)) ||
      !(h->backpressure = h_calloc(n ? n : 1, sizeof *h->backpressure))) {
    if (h) h_free(h->t);
    h_free(h);
    return nomem();
  }
  h->n = n;
  uint32_t i = 0;
  for (const h_rframe *f = ci->frames; f; f = f->next, i++) {
    const h_ctable *src = &f->handles;
    h->backpressure[i] = f->backpressure;
    h->t[i] = *src;
    h->t[i].a = NULL;
    h->t[i].cap = 0;
    if (src->n && !(h->t[i].a = h_malloc(src->n * sizeof *src->a))) {
      h_comp_inst_handles_free(h);
      return nomem();
    }
    if (src->n) memcpy(h->t[i].a, src->a, src->n * sizeof *src->a);
    h->t[i].cap = src->n;
  }
  *out = h;
  return HEARTH_OK;
}

void h_comp_inst_handles_free(h_comp_handles *h) {
  if (!h) return;
  for (uint32_t i = 0; i < h->n; i++) h_free(h->t[i].a);
  h_free(h->t);
  h_free(h->backpressure);
  h_free(h);
}

/* The host's destructor of handle c when it is an own handle of a host resource, else NULL. */
static const h_rhostres *host_owner(const hearth_component_instance *ci, const h_chandle *c) {
  if (!c->rt || !c->own || c->ri) return NULL;
  for (const h_rhostres *hr = ci->host_res; hr; hr = hr->next)
    if (hr->rt == c->rt && hr->dtor) return hr;
  return NULL;
}

void h_comp_inst_drop_host_handles(hearth_component_instance *ci) {
  for (h_rframe *f = ci->frames; f; f = f->next)
    for (uint32_t k = 1; k < f->handles.n; k++) {
      h_chandle *c = &f->handles.a[k];
      const h_rhostres *hr = host_owner(ci, c);
      if (hr) hr->dtor(hr->user, c->rep);
      if (hr) h_comp_table_remove(&f->handles, k);
    }
}

/* Whether handle a (in use) is the very handle b of the snapshot. */
static bool same_handle(const h_chandle *a, const h_chandle *b) {
  return b->rt == a->rt && b->rep == a->rep && b->own == a->own && b->ri == a->ri;
}

hearth_status h_comp_inst_handles_restore(hearth_component_instance *ci, const h_comp_handles *h) {
  if (ci->poisoned)
    return h_err(HEARTH_ERR_ARGUMENT, "a component instance that trapped cannot be reset");
  uint32_t i = 0;
  for (h_rframe *f = ci->frames; f; f = f->next, i++) {
    assert(i < h->n);
    h_ctable *t = &f->handles;
    const h_ctable *s = &h->t[i];
    /* Own handles of host resources that are not the snapshot's: the guest holds them, nobody
     * else will drop them, so the host's destructor runs now (guest resources live in linear
     * memory, which the reset restores: their destructors are guest code and do not run). */
    for (uint32_t k = 1; k < t->n; k++) {
      const h_chandle *c = &t->a[k];
      const h_rhostres *hr = host_owner(ci, c);
      if (hr && !(k < s->n && same_handle(c, &s->a[k]))) hr->dtor(hr->user, c->rep);
    }
    if (s->n > t->cap && !h_array_grow((void **)&t->a, sizeof *t->a, &t->cap, s->n)) return nomem();
    if (s->n) memcpy(t->a, s->a, s->n * sizeof *s->a);
    t->n = s->n;
    t->free_head = s->free_head;
    f->busy = false;
    f->call_borrows = 0;
    f->no_leave = f->task_async = f->task_returned = false;
    f->task_out = NULL;
    f->backpressure = h->backpressure[i];
  }
  hslots_clear(ci); /* the memory behind the host's handles went back to the snapshot */
  ci->trap_detail[0] = 0;
  return HEARTH_OK;
}

void h_comp_inst_set_snapshot(hearth_component_instance *ci, void *snap, void (*free_fn)(void *)) {
  ci->snap = snap;
  ci->snap_free = free_fn;
}

void *h_comp_inst_snapshot(const hearth_component_instance *ci) { return ci->snap; }

hearth_store *h_comp_inst_store(const hearth_component_instance *ci) { return ci->store; }
