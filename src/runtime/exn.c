/* exn.c: exception handling's runtime objects (h_exn_): tags made by the host, exception objects,
 * and the public API through which hosts throw, rethrow and inspect guest exceptions.
 *
 * Throwing and catching happen in the interpreter (interp.c: THROW, THROW_REF and the unwinder,
 * which searches the handler tables compile.c builds). A host callback throws by leaving an
 * exception in s->exn with trap HEARTH_TRAP_EXCEPTION and returning HEARTH_ERR_TRAP; the
 * interpreter that called it sees that and unwinds from the calling frame, so exceptions cross
 * host frames in both directions. */
#include <stdlib.h>

#include "internal.h"

static int ptr_cmp(const void *a, const void *b) {
  uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
  return x < y ? -1 : x > y;
}

/* Index of exception address v in the sorted array, or -1. */
static long find(const uintptr_t *sorted, uint32_t n, uint64_t v) {
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && sorted[lo] == v ? (long)lo : -1;
}

/* Marks what the slots [p, e) refer to, and what their payloads refer to (an explicit work list
 * of indices: chains of exceptions carrying exceptions must not recurse on the C stack). */
static void mark_range(const uintptr_t *sorted, uint8_t *mark, uint32_t *work, uint32_t n,
                       const uint64_t *p, const uint64_t *e) {
  uint32_t nw = 0;
  for (;;) {
    for (; p < e; p++) {
      if (*p < 4096) continue; /* numbers and null */
      long k = find(sorted, n, *p);
      if (k < 0 || mark[k]) continue;
      mark[k] = 1;
      work[nw++] = (uint32_t)k; /* each index once: nw <= n */
    }
    if (!nw) return;
    const h_exn *x = (const h_exn *)sorted[work[--nw]];
    p = x->slots;
    e = x->slots + x->nslots;
  }
}

/* Frees the exceptions nothing below stack_hi refers to. Allocation failure skips the collection
 * (it is only an optimization of memory use). */
static void collect(hearth_store *s, const uint64_t *stack_hi) {
  uint32_t n = s->nexns, k = 0;
  uintptr_t *sorted = h_malloc((size_t)n * sizeof *sorted);
  uint8_t *mark = h_calloc(n ? n : 1, 1);
  uint32_t *work = h_malloc((size_t)n * sizeof *work);
  if (!sorted || !mark || !work) {
    h_free(sorted);
    h_free(mark);
    h_free(work);
    return;
  }
  for (h_exn *e = s->exns; e; e = e->next) sorted[k++] = (uintptr_t)e;
  assert(k == n);
  qsort(sorted, n, sizeof *sorted, ptr_cmp);
  if (s->stack && stack_hi) mark_range(sorted, mark, work, n, s->stack, stack_hi);
  uint64_t in_flight = (uint64_t)(uintptr_t)s->exn;
  mark_range(sorted, mark, work, n, &in_flight, &in_flight + 1);
  h_exn **link = &s->exns;
  while (*link) {
    h_exn *e = *link;
    if (mark[find(sorted, n, (uint64_t)(uintptr_t)e)]) {
      link = &e->next;
    } else {
      *link = e->next;
      h_free(e);
      s->nexns--;
    }
  }
  h_free(sorted);
  h_free(mark);
  h_free(work);
}

void h_exn_reset(hearth_store *s) {
  if (s->exn_pinned || !s->exns) return;
  for (h_exn *e = s->exns, *nx; e; e = nx) {
    nx = e->next;
    h_free(e);
  }
  s->exns = NULL;
  s->nexns = 0;
}

h_exn *h_exn_new(hearth_store *s, hearth_tag *tag, const uint64_t *slots,
                 const uint64_t *stack_hi) {
  if (s->exn_gc_at < H_EXN_GC_MIN) s->exn_gc_at = H_EXN_GC_MIN;
  if (s->nexns >= s->exn_gc_at && !s->exn_pinned) {
    collect(s, stack_hi);
    /* Collect again after as many new ones as survived (at least H_EXN_GC_MIN): amortized
     * constant work per throw. */
    s->exn_gc_at = s->nexns * 2 > H_EXN_GC_MIN ? s->nexns * 2 : H_EXN_GC_MIN;
  }
  uint32_t n = tag->type->param_slots;
  h_exn *e = h_malloc(sizeof *e + (size_t)n * sizeof(uint64_t));
  if (!e) return NULL;
  e->tag = tag;
  e->nslots = n;
  if (n) memcpy(e->slots, slots, (size_t)n * sizeof(uint64_t));
  e->next = s->exns;
  s->exns = e;
  s->nexns++;
  return e;
}

void h_exn_free_all(hearth_store *s) {
  for (h_exn *e = s->exns, *nx; e; e = nx) {
    nx = e->next;
    h_free(e);
  }
  s->exns = NULL;
  s->nexns = 0;
  s->exn = NULL;
  for (hearth_tag *t = s->host_tags, *nx; t; t = nx) {
    nx = t->next;
    h_free(t);
  }
  s->host_tags = NULL;
}

hearth_status hearth_tag_new(hearth_store *store, const hearth_valtype *params, size_t nparams,
                             hearth_tag **out) {
  if (!store || !out || (nparams && !params)) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (nparams > H_MAX_FUNC_PARAMS) return h_err(HEARTH_ERR_ARGUMENT, "too many types (%zu)", nparams);
  for (size_t i = 0; i < nparams; i++) {
    h_valtype t = (h_valtype)params[i];
    if (!h_is_num(t) && t != H_T_V128 && !h_is_ref(t))
      return h_err(HEARTH_ERR_ARGUMENT, "bad value type %d", (int)params[i]);
  }
  /* One block: the tag, the public type array, the internal one. */
  hearth_tag *t = h_calloc(1, sizeof *t + nparams * (sizeof(hearth_valtype) + 1));
  if (!t) return h_err(HEARTH_ERR_NOMEM, "tag");
  hearth_valtype *pub = (hearth_valtype *)(t + 1);
  h_valtype *in = (h_valtype *)(pub + nparams);
  for (size_t i = 0; i < nparams; i++) pub[i] = params[i], in[i] = (h_valtype)params[i];
  t->store = store;
  t->host_type.nparams = (uint32_t)nparams;
  t->host_type.params = in;
  h_functype_finish(&t->host_type);
  t->type = &t->host_type;
  t->pub = pub;
  t->next = store->host_tags;
  store->host_tags = t;
  *out = t;
  return HEARTH_OK;
}

/* The public type array: host-made tags have it after the struct (pub set at creation); a
 * module's tag gets one on first use (a store is used by one thread at a time), freed with its
 * instance. On allocation failure the answer is an empty list. */
void hearth_tag_type(const hearth_tag *tag, const hearth_valtype **params, size_t *nparams) {
  hearth_tag *t = (hearth_tag *)tag;
  const h_functype *ft = t->type;
  if (!t->pub && ft->nparams) {
    hearth_valtype *p = h_malloc(ft->nparams * sizeof *p);
    if (!p) {
      *params = NULL;
      *nparams = 0;
      return;
    }
    for (uint32_t i = 0; i < ft->nparams; i++) p[i] = (hearth_valtype)ft->params[i];
    t->pub = p;
  }
  *params = t->pub;
  *nparams = ft->nparams;
}

static hearth_status raise(hearth_store *s, h_exn *e) {
  s->exn = e;
  s->trap = HEARTH_TRAP_EXCEPTION;
  return h_err(HEARTH_ERR_TRAP, "%s", hearth_trap_message(HEARTH_TRAP_EXCEPTION));
}

hearth_status hearth_caller_throw(hearth_caller *caller, const hearth_tag *tag,
                                  const hearth_val *args, size_t nargs) {
  if (!caller || !tag || (nargs && !args)) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  hearth_store *s = caller->store;
  if (tag->store != s) return h_err(HEARTH_ERR_ARGUMENT, "the tag belongs to another store");
  const h_functype *ft = tag->type;
  if (nargs != ft->nparams)
    return h_err(HEARTH_ERR_ARGUMENT, "the tag takes %u values, %zu given", ft->nparams, nargs);
  uint64_t slots[2 * H_MAX_FUNC_PARAMS];
  uint32_t k = 0;
  for (uint32_t i = 0; i < ft->nparams; i++) {
    const hearth_val *v = &args[i];
    if ((h_valtype)v->type != ft->params[i])
      return h_err(HEARTH_ERR_ARGUMENT, "value %u has the wrong type", i);
    switch (v->type) {
    case HEARTH_I32: slots[k] = (uint32_t)v->of.i32; break;
    case HEARTH_I64: slots[k] = (uint64_t)v->of.i64; break;
    case HEARTH_F32: {
      uint32_t b;
      memcpy(&b, &v->of.f32, 4);
      slots[k] = b;
      break;
    }
    case HEARTH_F64: memcpy(&slots[k], &v->of.f64, 8); break;
    case HEARTH_V128: memcpy(&slots[k], v->of.v128, 16); break;
    case HEARTH_FUNCREF: slots[k] = (uint64_t)(uintptr_t)v->of.funcref; break;
    case HEARTH_EXTERNREF: slots[k] = (uint64_t)(uintptr_t)v->of.externref; break;
    case HEARTH_EXNREF: slots[k] = (uint64_t)(uintptr_t)v->of.exnref; break;
    case HEARTH_ANYREF: slots[k] = (uint64_t)(uintptr_t)v->of.anyref; break;
    }
    k += h_slots(ft->params[i]);
  }
  h_exn *e = h_exn_new(s, (hearth_tag *)tag, slots, s->nframes ? s->stack_top : NULL);
  if (!e) return h_err(HEARTH_ERR_NOMEM, "exception");
  return raise(s, e);
}

hearth_status hearth_caller_rethrow(hearth_caller *caller, hearth_exn *exn) {
  if (!caller || !exn) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (exn->tag->store != caller->store)
    return h_err(HEARTH_ERR_ARGUMENT, "the exception belongs to another store");
  return raise(caller->store, exn);
}

hearth_exn *hearth_store_exception(const hearth_store *store) {
  return store && store->trap == HEARTH_TRAP_EXCEPTION ? store->exn : NULL;
}

hearth_tag *hearth_exn_tag(const hearth_exn *exn) { return exn ? exn->tag : NULL; }

hearth_status hearth_exn_payload(const hearth_exn *exn, hearth_val *out, size_t n) {
  if (!exn || (n && !out)) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  const h_functype *ft = exn->tag->type;
  if (n != ft->nparams)
    return h_err(HEARTH_ERR_ARGUMENT, "the exception holds %u values, not %zu", ft->nparams, n);
  uint32_t k = 0;
  for (uint32_t i = 0; i < ft->nparams; i++) {
    hearth_val *v = &out[i];
    const uint64_t *sl = exn->slots + k;
    memset(v, 0, sizeof *v);
    v->type = (hearth_valtype)ft->params[i];
    switch (ft->params[i]) {
    case H_T_I32: v->of.i32 = (int32_t)(uint32_t)sl[0]; break;
    case H_T_I64: v->of.i64 = (int64_t)sl[0]; break;
    case H_T_F32: {
      uint32_t b = (uint32_t)sl[0];
      memcpy(&v->of.f32, &b, 4);
      break;
    }
    case H_T_F64: memcpy(&v->of.f64, sl, 8); break;
    case H_T_V128: memcpy(v->of.v128, sl, 16); break;
    case H_T_FUNCREF: v->of.funcref = (hearth_func *)(uintptr_t)sl[0]; break;
    case H_T_EXTERNREF: v->of.externref = (void *)(uintptr_t)sl[0]; break;
    case H_T_EXNREF: v->of.exnref = (hearth_exn *)(uintptr_t)sl[0]; break;
    case H_T_ANYREF: v->of.anyref = (hearth_anyref *)(uintptr_t)sl[0]; break;
    default: break;
    }
    k += h_slots(ft->params[i]);
  }
  return HEARTH_OK;
}
