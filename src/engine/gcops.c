/* gcops.c: the work of the interpreter's GC instructions (h_gcop_): struct and array access,
 * i31, casts and the extern conversions, on gc.h's object layout. Each function takes the
 * instruction's operand words (ip[1..], ops.h) and the frame, and returns 0 or a trap code; the
 * interpreter's handlers only call them, so the dispatch loop of non-GC code is unchanged.
 * `hi` is the end of the live value stack (the frame's end), passed to allocation (gc.h).
 * Every store of a reference into an object goes through the write barrier (gc.h, wb below):
 * the collector marks incrementally, and a reference moved into an already scanned object
 * while the mutator drops its other copies must still be seen. */
#include "internal.h"

static inline const h_rtt *rtt_of(const hearth_instance *inst, uint32_t t) {
  return inst->module->rtt[t];
}

static inline bool is_v128(uint8_t st) { return st == H_T_V128; }

/* A value from slot(s) into an object field of storage type st (little-endian, packed types
 * wrapped). */
static void st_store(uint8_t *p, uint8_t st, const uint64_t *src) {
  switch (st) {
    case H_ST_I8: *p = (uint8_t)src[0]; break;
    case H_ST_I16: { uint16_t v = (uint16_t)src[0]; memcpy(p, &v, 2); break; }
    case H_T_I32: case H_T_F32: { uint32_t v = (uint32_t)src[0]; memcpy(p, &v, 4); break; }
    case H_T_V128: memcpy(p, src, 16); break;
    default: memcpy(p, src, 8); break;
  }
}

/* A field into slot(s): packed types sign- or zero-extended to i32, i32/f32 zero-extended. */
static void st_load(uint64_t *dst, const uint8_t *p, uint8_t st, bool sign) {
  switch (st) {
    case H_ST_I8: dst[0] = sign ? (uint32_t)(int32_t)(int8_t)*p : *p; break;
    case H_ST_I16: {
      uint16_t v;
      memcpy(&v, p, 2);
      dst[0] = sign ? (uint32_t)(int32_t)(int16_t)v : v;
      break;
    }
    case H_T_I32: case H_T_F32: { uint32_t v; memcpy(&v, p, 4); dst[0] = v; break; }
    case H_T_V128: memcpy(dst, p, 16); break;
    default: memcpy(dst, p, 8); break;
  }
}

/* Whether the store's heap is marking (the barrier has work to do). */
static inline bool marking(const hearth_instance *inst) {
  const struct h_gcheap *h = inst->store->gc;
  return h && ((const h_gc_head *)(const void *)h)->marking;
}

/* The write barrier for n reference values at src stored into fields of storage type st. */
static inline void wb(hearth_instance *inst, uint8_t st, const uint64_t *src, size_t n) {
  if (H_UNLIKELY(marking(inst)) && h_st_is_ref(st))
    for (size_t i = 0; i < n; i++) h_gc_shade(inst->store->gc, src[i]);
}

static uint8_t *field_at(h_gcobj *o, uint32_t k) { return h_gc_data(o) + o->rtt->offset[k]; }
static uint8_t *elem_at(h_gcobj *o, uint32_t i) {
  return h_gc_data(o) + (size_t)i * o->rtt->size;
}

/* An array allocation of n elements (bounded so that its byte size fits the heap's limits). */
static h_gcobj *new_array(hearth_instance *inst, const h_rtt *r, uint32_t n, uint64_t *hi) {
  if ((uint64_t)n * r->size > H_GC_MAX_ARRAY_BYTES) return NULL;
  return h_gc_alloc(inst->store, r, n, hi);
}

unsigned h_gcop_struct_new(hearth_instance *inst, uint64_t *fp, const h_word *ip, uint64_t *hi,
                           bool dflt) {
  const h_rtt *r = rtt_of(inst, ip[2]);
  h_gcobj *o = h_gc_alloc(inst->store, r, 0, hi);
  if (!o) return HEARTH_TRAP_GC_HEAP;
  if (!dflt) {
    const uint64_t *src = fp + ip[3];
    bool shade = marking(inst); /* nothing allocates between the stores */
    for (uint32_t k = 0; k < r->nfields; k++) {
      if (H_UNLIKELY(shade) && h_st_is_ref(r->stype[k])) h_gc_shade(inst->store->gc, *src);
      st_store(field_at(o, k), r->stype[k], src);
      src += is_v128(r->stype[k]) ? 2 : 1;
    }
  }
  fp[ip[1]] = (uint64_t)(uintptr_t)o;
  return 0;
}

unsigned h_gcop_struct_get(hearth_instance *inst, uint64_t *fp, const h_word *ip) {
  uint64_t v = fp[ip[2]];
  if (!v) return HEARTH_TRAP_NULL_STRUCT_REF;
  h_gcobj *o = h_gc_ptr(v);
  uint32_t k = ip[4] & 0x7FFFFFFFu;
  st_load(fp + ip[1], field_at(o, k), o->rtt->stype[k], ip[4] >> 31);
  (void)inst;
  return 0;
}

unsigned h_gcop_struct_set(hearth_instance *inst, uint64_t *fp, const h_word *ip) {
  uint64_t v = fp[ip[1]];
  if (!v) return HEARTH_TRAP_NULL_STRUCT_REF;
  h_gcobj *o = h_gc_ptr(v);
  wb(inst, o->rtt->stype[ip[4]], fp + ip[2], 1);
  st_store(field_at(o, ip[4]), o->rtt->stype[ip[4]], fp + ip[2]);
  return 0;
}

/* array.new, array.new_default, array.new_fixed (op: the internal opcode). */
unsigned h_gcop_array_new(hearth_instance *inst, uint64_t *fp, const h_word *ip, uint64_t *hi,
                          unsigned op) {
  const h_rtt *r = rtt_of(inst, ip[2]);
  uint32_t n = op == H_OP_ARRAY_NEW ? (uint32_t)fp[ip[4]]
               : op == H_OP_ARRAY_NEW_DEFAULT ? (uint32_t)fp[ip[3]] : ip[4];
  h_gcobj *o = new_array(inst, r, n, hi);
  if (!o) return HEARTH_TRAP_GC_HEAP;
  uint8_t st = r->stype[0];
  if (op == H_OP_ARRAY_NEW) {
    wb(inst, st, fp + ip[3], 1);
    if (n) st_store(elem_at(o, 0), st, fp + ip[3]);
    for (uint32_t i = 1; i < n; i++) memcpy(elem_at(o, i), elem_at(o, 0), r->size);
  } else if (op == H_OP_ARRAY_NEW_FIXED) {
    const uint64_t *src = fp + ip[3];
    for (uint32_t i = 0; i < n; i++, src += is_v128(st) ? 2 : 1) {
      wb(inst, st, src, 1);
      st_store(elem_at(o, i), st, src);
    }
  }
  fp[ip[1]] = (uint64_t)(uintptr_t)o;
  return 0;
}

/* The bytes of data segment x still available (0 once dropped). */
static uint64_t data_len(const hearth_instance *inst, uint32_t x) {
  return inst->data_dropped[x] ? 0 : inst->module->datas[x].len;
}

unsigned h_gcop_array_new_data(hearth_instance *inst, uint64_t *fp, const h_word *ip,
                               uint64_t *hi) {
  const h_rtt *r = rtt_of(inst, ip[2]);
  uint32_t s = (uint32_t)fp[ip[4]], n = (uint32_t)fp[ip[5]];
  uint64_t bytes = (uint64_t)n * r->size;
  if ((uint64_t)s + bytes > data_len(inst, ip[3])) return HEARTH_TRAP_OOB_MEMORY;
  h_gcobj *o = new_array(inst, r, n, hi);
  if (!o) return HEARTH_TRAP_GC_HEAP;
  if (bytes) memcpy(h_gc_data(o), inst->module->datas[ip[3]].bytes + s, bytes);
  fp[ip[1]] = (uint64_t)(uintptr_t)o;
  return 0;
}

unsigned h_gcop_array_new_elem(hearth_instance *inst, uint64_t *fp, const h_word *ip,
                               uint64_t *hi) {
  const h_rtt *r = rtt_of(inst, ip[2]);
  uint32_t s = (uint32_t)fp[ip[4]], n = (uint32_t)fp[ip[5]], x = ip[3];
  if ((uint64_t)s + n > inst->elem_len[x]) return HEARTH_TRAP_OOB_TABLE;
  h_gcobj *o = new_array(inst, r, n, hi);
  if (!o) return HEARTH_TRAP_GC_HEAP;
  wb(inst, r->stype[0], inst->elem_items[x] + s, n);
  if (n) memcpy(h_gc_data(o), inst->elem_items[x] + s, (size_t)n * 8);
  fp[ip[1]] = (uint64_t)(uintptr_t)o;
  return 0;
}

/* The array in slot value v, elements [d, d + n) of it in bounds: 0 and *o, or the trap. */
static unsigned array_span(uint64_t v, uint32_t d, uint32_t n, h_gcobj **o) {
  if (!v) return HEARTH_TRAP_NULL_ARRAY_REF;
  *o = h_gc_ptr(v);
  return (uint64_t)d + n > (*o)->len ? HEARTH_TRAP_OOB_ARRAY : 0;
}

unsigned h_gcop_array_get(hearth_instance *inst, uint64_t *fp, const h_word *ip) {
  h_gcobj *o;
  uint32_t i = (uint32_t)fp[ip[3]];
  unsigned trap = array_span(fp[ip[2]], i, 1, &o);
  if (trap) return trap;
  /* the storage type is the instruction's (static: compile.c), the object's own in a valid
   * module: one switch picks the element size and the extension */
  const uint8_t *d = h_gc_data(o);
  uint64_t *dst = fp + ip[1];
  bool sign = ip[4] >> 31;
  switch ((uint8_t)ip[4]) {
    case H_ST_I8: dst[0] = sign ? (uint32_t)(int32_t)(int8_t)d[i] : d[i]; break;
    case H_ST_I16: {
      uint16_t v;
      memcpy(&v, d + (size_t)i * 2, 2);
      dst[0] = sign ? (uint32_t)(int32_t)(int16_t)v : v;
      break;
    }
    case H_T_I32: case H_T_F32: { uint32_t v; memcpy(&v, d + (size_t)i * 4, 4); dst[0] = v; break; }
    case H_T_V128: memcpy(dst, d + (size_t)i * 16, 16); break;
    default: memcpy(dst, d + (size_t)i * 8, 8); break;
  }
  (void)inst;
  return 0;
}

unsigned h_gcop_array_set(hearth_instance *inst, uint64_t *fp, const h_word *ip) {
  h_gcobj *o;
  uint32_t i = (uint32_t)fp[ip[2]];
  unsigned trap = array_span(fp[ip[1]], i, 1, &o);
  if (trap) return trap;
  const uint64_t *src = fp + ip[3];
  uint8_t *d = h_gc_data(o);
  uint8_t st = (uint8_t)(ip[4] >> 24); /* static: compile.c */
  switch (st) {
    case H_ST_I8: d[i] = (uint8_t)src[0]; break;
    case H_ST_I16: { uint16_t v = (uint16_t)src[0]; memcpy(d + (size_t)i * 2, &v, 2); break; }
    case H_T_I32: case H_T_F32: { uint32_t v = (uint32_t)src[0]; memcpy(d + (size_t)i * 4, &v, 4); break; }
    case H_T_I64: case H_T_F64: memcpy(d + (size_t)i * 8, src, 8); break;
    case H_T_V128: memcpy(d + (size_t)i * 16, src, 16); break;
    default: /* a reference: the write barrier */
      wb(inst, st, src, 1);
      memcpy(d + (size_t)i * 8, src, 8);
      break;
  }
  return 0;
}

unsigned h_gcop_array_len(hearth_instance *inst, uint64_t *fp, const h_word *ip) {
  uint64_t v = fp[ip[2]];
  if (!v) return HEARTH_TRAP_NULL_ARRAY_REF;
  fp[ip[1]] = h_gc_ptr(v)->len;
  (void)inst;
  return 0;
}

unsigned h_gcop_array_fill(hearth_instance *inst, uint64_t *fp, const h_word *ip) {
  h_gcobj *o;
  uint32_t d = (uint32_t)fp[ip[2]], n = (uint32_t)fp[ip[4]];
  unsigned trap = array_span(fp[ip[1]], d, n, &o);
  if (trap || !n) return trap;
  wb(inst, o->rtt->stype[0], fp + ip[3], 1);
  st_store(elem_at(o, d), o->rtt->stype[0], fp + ip[3]);
  for (uint32_t i = 1; i < n; i++) memcpy(elem_at(o, d + i), elem_at(o, d), o->rtt->size);
  return 0;
}

unsigned h_gcop_array_copy(hearth_instance *inst, uint64_t *fp, const h_word *ip) {
  uint64_t dv = fp[ip[1]], sv = fp[ip[3]];
  if (!dv || !sv) return HEARTH_TRAP_NULL_ARRAY_REF;
  h_gcobj *a = h_gc_ptr(dv), *b = h_gc_ptr(sv);
  uint32_t d = (uint32_t)fp[ip[2]], s = (uint32_t)fp[ip[4]], n = (uint32_t)fp[ip[5]];
  if ((uint64_t)d + n > a->len || (uint64_t)s + n > b->len) return HEARTH_TRAP_OOB_ARRAY;
  if (n && H_UNLIKELY(marking(inst)) && h_st_is_ref(a->rtt->stype[0]))
    for (uint32_t i = 0; i < n; i++) { /* shade the values copied (before the move) */
      uint64_t v;
      memcpy(&v, elem_at(b, s + i), sizeof v);
      h_gc_shade(inst->store->gc, v);
    }
  if (n) memmove(elem_at(a, d), elem_at(b, s), (size_t)n * a->rtt->size);
  return 0;
}

/* array.init_data and array.init_elem (elem: the latter). */
unsigned h_gcop_array_init(hearth_instance *inst, uint64_t *fp, const h_word *ip, bool elem) {
  h_gcobj *o;
  uint32_t d = (uint32_t)fp[ip[2]], s = (uint32_t)fp[ip[3]], n = (uint32_t)fp[ip[4]], x = ip[6];
  unsigned trap = array_span(fp[ip[1]], d, n, &o);
  if (trap) return trap;
  if (elem) {
    if ((uint64_t)s + n > inst->elem_len[x]) return HEARTH_TRAP_OOB_TABLE;
    wb(inst, o->rtt->stype[0], inst->elem_items[x] + s, n);
    if (n) memcpy(elem_at(o, d), inst->elem_items[x] + s, (size_t)n * 8);
    return 0;
  }
  uint64_t bytes = (uint64_t)n * o->rtt->size;
  if ((uint64_t)s + bytes > data_len(inst, x)) return HEARTH_TRAP_OOB_MEMORY;
  if (bytes) memcpy(elem_at(o, d), inst->module->datas[x].bytes + s, bytes);
  return 0;
}

/* The runtime type of a function reference (NULL: a host function, no concrete type). */
static const h_rtt *func_rtt(const hearth_func *f) {
  const hearth_module *m = f->inst ? f->inst->module : NULL;
  return m && m->rtt ? m->rtt[m->func_type[f->index]] : NULL;
}

bool h_gcop_test(const hearth_instance *inst, uint64_t v, uint32_t ht, bool null_ok) {
  if (!v) return null_ok;
  switch (ht) {
    case H_HT_TOP: return true;
    case H_HT_BOT: return false;
    case H_HT_I31: return h_gc_is_i31(v);
    case H_HT_EQ: return h_gc_is_i31(v) || h_gc_ptr(v)->rtt;
    case H_HT_STRUCT:
      return !h_gc_is_i31(v) && h_gc_ptr(v)->rtt && h_gc_ptr(v)->rtt->kind == H_RTT_STRUCT;
    case H_HT_ARRAY:
      return !h_gc_is_i31(v) && h_gc_ptr(v)->rtt && h_gc_ptr(v)->rtt->kind == H_RTT_ARRAY;
    default: {
      const h_rtt *t = rtt_of(inst, ht - H_HT_IDX), *r;
      if (t->kind == H_RTT_FUNC) r = func_rtt((const hearth_func *)(uintptr_t)v);
      else r = h_gc_is_i31(v) ? NULL : h_gc_ptr(v)->rtt;
      return r && h_rtt_sub(r, t);
    }
  }
}

unsigned h_gcop_any_convert_extern(hearth_instance *inst, uint64_t *fp, const h_word *ip,
                                   uint64_t *hi) {
  uint64_t v = fp[ip[2]];
  if (v && h_gc_is_obj(inst->store, v)) {
    h_gcobj *o = h_gc_ptr(v);
    if (!o->rtt) memcpy(&v, h_gc_data(o), 8); /* a box of an i31 (extern.convert_any) */
  } else if (v) {
    if (!(v = h_gc_box(inst->store, v, hi))) return HEARTH_TRAP_GC_HEAP;
  }
  fp[ip[1]] = v;
  return 0;
}

unsigned h_gcop_extern_convert_any(hearth_instance *inst, uint64_t *fp, const h_word *ip,
                                   uint64_t *hi) {
  uint64_t v = fp[ip[2]];
  if (v && h_gc_is_i31(v)) {
    if (!(v = h_gc_box(inst->store, v, hi))) return HEARTH_TRAP_GC_HEAP;
  } else if (v && !h_gc_ptr(v)->rtt) {
    memcpy(&v, h_gc_data(h_gc_ptr(v)), 8); /* a box of a host value: the value itself */
  }
  fp[ip[1]] = v;
  return 0;
}

bool h_gcop_const(hearth_instance *inst, const h_constexpr *it, uint64_t (*st)[2], uint32_t *n) {
  uint32_t code = (uint32_t)it->bits[0];
  hearth_store *s = inst->store;
  uint64_t *hi = s->stack_top; /* no wasm frame above: the live stack ends there */
  if (code == 28) { /* ref.i31 */
    st[*n - 1][0] = h_gc_i31((uint32_t)st[*n - 1][0]);
    return true;
  }
  if (code == 26 || code == 27) {
    uint64_t slot[2] = {0, 0}, in[2] = {0, st[*n - 1][0]};
    h_word ip[3] = {0, 0, 1}; /* dst slot 0, source slot 1 */
    unsigned t = code == 26 ? h_gcop_any_convert_extern(inst, in, ip, hi)
                            : h_gcop_extern_convert_any(inst, in, ip, hi);
    if (t) return false;
    slot[0] = in[0];
    st[*n - 1][0] = slot[0];
    st[*n - 1][1] = 0;
    return true;
  }
  const h_rtt *r = rtt_of(inst, it->index);
  uint32_t len = 0, nvals = 0;
  switch (code) {
    case 0: nvals = r->nfields; break;
    case 1: break;
    case 6: len = (uint32_t)st[--*n][0]; nvals = 1; break;
    case 7: len = (uint32_t)st[--*n][0]; break;
    default: len = (uint32_t)it->bits[1]; nvals = len; break; /* 8: array.new_fixed */
  }
  h_gcobj *o = code <= 1 ? h_gc_alloc(s, r, 0, hi) : new_array(inst, r, len, hi);
  if (!o) return false;
  uint64_t (*vals)[2] = st + *n - nvals;
  if (code == 0)
    for (uint32_t k = 0; k < r->nfields; k++) {
      wb(inst, r->stype[k], vals[k], 1);
      st_store(field_at(o, k), r->stype[k], vals[k]);
    }
  else if (code == 6)
    for (uint32_t i = 0; i < len; i++) {
      wb(inst, r->stype[0], vals[0], 1);
      st_store(elem_at(o, i), r->stype[0], vals[0]);
    }
  else if (code == 8)
    for (uint32_t i = 0; i < len; i++) {
      wb(inst, r->stype[0], vals[i], 1);
      st_store(elem_at(o, i), r->stype[0], vals[i]);
    }
  *n -= nvals;
  st[*n][0] = (uint64_t)(uintptr_t)o;
  st[*n][1] = 0;
  ++*n;
  return true;
}

bool h_gcop_func_sub(const hearth_func *f, const hearth_module *m, uint32_t t) {
  const h_rtt *r = func_rtt(f), *want = m->rtt ? m->rtt[t] : NULL;
  if (!r || !want) return true;
  const hearth_module *fm = f->inst->module;
  if (fm->engine != m->engine || !m->engine) /* different registries: compare the structures */
    return h_vt_sub_x(fm, h_vt_make(H_T_FUNCREF, true, H_HT_IDX + fm->func_type[f->index]), m,
                      h_vt_make(H_T_FUNCREF, true, H_HT_IDX + t));
  return h_rtt_sub(r, want);
}
