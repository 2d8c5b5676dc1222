/* gc.c: the store's garbage-collected heap (h_gc_): allocation of struct and array objects and
 * extern boxes, a non-moving mark-sweep collector, the heap's share of the store's memory limit,
 * and the pinned snapshot objects that templates restore at reset.
 *
 * Layout. Every object is one host allocation (h_calloc of header + data); the heap keeps an
 * array of all objects (what the sweep walks) and an open-addressed set of their addresses (the
 * membership test: h_gc_is_obj, and the root scan of the value stack). Freed objects of small
 * sizes go to a bounded per-size cache and are reused (h_gcheap.cache). Why not size-segregated
 * blocks: measured with bench/gc_bench.c on this machine (2 shared cores under load), allocating
 * and collecting a garbage 16-byte struct cost 475 instructions (callgrind) and ~108 ns with
 * plain malloc/free, of which malloc/calloc/free were ~250 instructions; with the cache, 209
 * instructions and ~58 ns. Blocks would also save the set insert (~40 instructions) but need a
 * block map for membership and their own free lists; the list form is small and obviously correct,
 * and blocks remain the next step if allocation shows up in profiles. Marking costs ~70 ns per
 * live object (a set probe and a pointer chase, both cache misses on a large heap).
 *
 * Collection. Triggered when the bytes allocated since the last collection pass
 * max(H_GC_MIN_BYTES, live bytes after the last one * H_GC_GROWTH_PCT / 100), when an
 * allocation would pass the store's memory limit, or when the pool's grow hook refuses. Marking
 * uses an explicit stack (h_gcheap.work, kept as large as the object array so that it can never
 * overflow: each object is pushed once, when it is first marked); no C recursion, so a chain of
 * 1,000,000 structs is fine. The sweep compacts the object array, frees the rest and rebuilds the
 * address set in place (no allocation during a collection).
 *
 * Roots. (1) The value stack [s->stack, hi): hi is the allocating caller's stack_hi, or
 * s->stack_top when a host function allocates while wasm frames are live. The scan is by exact
 * membership, not by type: a slot keeps an object alive when its 64 bits equal the object's
 * address. A dead slot or an integer that happens to equal an object's address can therefore
 * keep that object (and what it reaches) alive until the slot changes: never the reverse, a live
 * reference is always seen. Objects never move, so such false retention is harmless. (2) The
 * globals, tables and evaluated element segments of the store (runtime.c's
 * h_rt_store_ref_roots), by the same membership test. (3) Exception payloads (every exception
 * of s->exns, which includes s->exn). (4) Pinned objects (snapshot objects of template
 * instances, h_gc_pin). Then every reference field of a marked object (rtt->refs, or every
 * element of an array whose rtt->nrefs is 1) and the boxed value of an extern box.
 *
 * Accounting. Each object counts header + data + H_GC_OBJ_OVERHEAD bytes (allocator header and
 * its entries in the array and the set). The live total is s->gc_bytes, which memory.c and
 * runtime.c add to the memories and tables checked against s->mem_limit. With a grow hook (a
 * pool), the heap charges the hook in H_GC_CHARGE_CHUNK steps up to its high-water mark
 * (h->charged); h_gc_footprint reports that mark, and reset brings it back down. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { GC_MARK = 1u, GC_PIN = 2u };

typedef struct h_gcheap {
  h_gcobj **objs;      /* every object of the heap */
  h_gcobj **work;      /* mark stack; capacity always == objs_cap */
  size_t n, objs_cap;
  uintptr_t *set;      /* open addressing, 0 = empty; capacity a power of two, load <= 1/2 */
  size_t set_cap;
  uintptr_t lo, hi;    /* every object address lies in [lo, hi] (fast rejection of numbers) */
  uint64_t since;      /* bytes allocated since the last collection */
  uint64_t trigger;    /* collect when since passes this */
  uint64_t charged;    /* bytes charged to the store's grow hook (pools), >= s->gc_bytes */
  h_gcobj **pins;      /* pinned objects (snapshot objects of template instances) */
  size_t npins, pins_cap;
  const h_rtt *exn_checked; /* the last rtt checked for exnref fields (see note_exn_fields) */
  /* Freed small objects kept for reuse, per data size / 8 (linked through their rtt field):
   * steady-state allocation then needs no malloc/free. Their bytes stay counted in s->gc_bytes
   * (the host memory is still held) and in cache_bytes; bounded by H_GC_CACHE_BYTES, dropped
   * when an allocation would not fit the limit, at reset (h_gc_settle) and with the store. */
  h_gcobj *cache[H_GC_CACHE_CLASSES];
  uint64_t cache_bytes;
  h_gc_stats st;
} h_gcheap;

/* ---------------------------------------------------------------- the address set */

static size_t slot_of(uintptr_t p, size_t cap) {
  return (size_t)((p >> 3) * 0x9E3779B97F4A7C15ull >> 20) & (cap - 1);
}

static void set_put(uintptr_t *set, size_t cap, uintptr_t p) {
  size_t k = slot_of(p, cap);
  while (set[k]) k = (k + 1) & (cap - 1);
  set[k] = p;
}

static bool set_has(const h_gcheap *h, uintptr_t p) {
  if (p < h->lo || p > h->hi || (p & 7) || !h->set_cap) return false;
  for (size_t k = slot_of(p, h->set_cap); h->set[k]; k = (k + 1) & (h->set_cap - 1))
    if (h->set[k] == p) return true;
  return false;
}

/* Makes room for one more object in the array, the mark stack and the set. */
static bool reserve_one(h_gcheap *h) {
  if (h->n == h->objs_cap) {
    size_t ncap = h->objs_cap ? h->objs_cap * 2 : 256;
    h_gcobj **o = h_realloc(h->objs, ncap * sizeof *o);
    if (!o) return false;
    h->objs = o;
    h_gcobj **w = h_realloc(h->work, ncap * sizeof *w);
    if (!w) return false; /* objs_cap unchanged: the next call retries both */
    h->work = w;
    h->objs_cap = ncap;
  }
  if ((h->n + 1) * 2 > h->set_cap) {
    size_t ncap = h->set_cap ? h->set_cap * 2 : 512;
    uintptr_t *ns = h_calloc(ncap, sizeof *ns);
    if (!ns) return false;
    for (size_t i = 0; i < h->n; i++) set_put(ns, ncap, (uintptr_t)h->objs[i]);
    h_free(h->set);
    h->set = ns;
    h->set_cap = ncap;
  }
  return true;
}

/* ---------------------------------------------------------------- sizes and limits */

static size_t data_bytes(const h_gcobj *o) {
  if (!o->rtt) return sizeof(uint64_t);
  size_t d = o->rtt->kind == H_RTT_STRUCT ? o->rtt->size : (size_t)o->len * o->rtt->size;
  return (d + 7) & ~(size_t)7;
}

static uint64_t acct_bytes(size_t data) { return sizeof(h_gcobj) + data + H_GC_OBJ_OVERHEAD; }

static h_gcheap *heap_of(hearth_store *s) {
  if (!s->gc) {
    s->gc = h_calloc(1, sizeof *s->gc);
    if (s->gc) {
      s->gc->lo = UINTPTR_MAX;
      s->gc->trigger = H_GC_MIN_BYTES;
    }
  }
  return s->gc;
}

/* Whether `bytes` more fit the store's memory limit and the pool's budget (charging the hook). */
static bool fits(hearth_store *s, h_gcheap *h, uint64_t bytes) {
  uint64_t used = s->gc_bytes + s->table_bytes + h_rt_store_mem_bytes(s);
  if (s->mem_limit && (bytes > s->mem_limit || used > s->mem_limit - bytes)) return false;
  if (s->gc_bytes + bytes > h->charged) {
    uint64_t need = s->gc_bytes + bytes - h->charged;
    uint64_t step = (need + H_GC_CHARGE_CHUNK - 1) / H_GC_CHARGE_CHUNK * H_GC_CHARGE_CHUNK;
    if (s->grow_hook && !s->grow_hook(s->grow_user, step)) {
      if (!s->grow_hook(s->grow_user, need)) return false;
      step = need;
    }
    h->charged += step;
  }
  return true;
}

/* ---------------------------------------------------------------- marking */

static inline void mark_val(h_gcheap *h, size_t *sp, uint64_t v) {
  if (!set_has(h, (uintptr_t)v)) return;
  h_gcobj *o = h_gc_ptr(v);
  if (o->gcbits & GC_MARK) return;
  o->gcbits |= GC_MARK;
  assert(*sp < h->objs_cap);
  h->work[(*sp)++] = o;
}

static void mark_range(h_gcheap *h, size_t *sp, const uint64_t *p, size_t n) {
  for (size_t i = 0; i < n; i++) mark_val(h, sp, p[i]);
}

/* Marks everything reachable from the objects on the mark stack. */
static void drain(h_gcheap *h, size_t sp) {
  while (sp) {
    h_gcobj *o = h->work[--sp];
    const h_rtt *t = o->rtt;
    uint8_t *d = h_gc_data(o);
    uint64_t v;
    if (!t) {
      memcpy(&v, d, sizeof v);
      mark_val(h, &sp, v);
    } else if (t->kind == H_RTT_STRUCT) {
      for (uint32_t i = 0; i < t->nrefs; i++) {
        memcpy(&v, d + t->refs[i], sizeof v);
        mark_val(h, &sp, v);
      }
    } else if (t->nrefs) {
      assert(t->size == sizeof(uint64_t));
      for (uint32_t i = 0; i < o->len; i++) {
        memcpy(&v, d + (size_t)i * sizeof v, sizeof v);
        mark_val(h, &sp, v);
      }
    }
  }
}

typedef struct {
  h_gcheap *h;
  size_t sp;
} root_ctx;

static void root_fn(void *u, const uint64_t *p, size_t n) {
  root_ctx *c = u;
  mark_range(c->h, &c->sp, p, n);
  drain(c->h, c->sp);
  c->sp = 0;
}

/* Frees the cached blocks (see h_gcheap.cache). */
static void cache_flush(hearth_store *s, h_gcheap *h) {
  for (size_t c = 0; c < H_GC_CACHE_CLASSES; c++) {
    for (h_gcobj *o = h->cache[c], *nx; o; o = nx) {
      nx = (h_gcobj *)(void *)o->rtt;
      h_free(o);
    }
    h->cache[c] = NULL;
  }
  assert(s->gc_bytes >= h->cache_bytes);
  s->gc_bytes -= h->cache_bytes;
  h->cache_bytes = 0;
}

static void collect(hearth_store *s, h_gcheap *h, const uint64_t *stack_hi) {
  uint64_t t0 = h_mono_ns();
  root_ctx c = {h, 0};
  /* (1) the value stack */
  const uint64_t *hi = stack_hi;
  if (s->nframes && s->stack_top && (!hi || s->stack_top > hi)) hi = s->stack_top;
  if (hi && s->stack) {
    assert(hi >= s->stack && hi <= s->stack + s->stack_slots);
    root_fn(&c, s->stack, (size_t)(hi - s->stack));
  }
  /* (2) globals, tables, element segments */
  h_rt_store_ref_roots(s, root_fn, &c);
  /* (3) exception payloads */
  for (const h_exn *e = s->exns; e; e = e->next) root_fn(&c, e->slots, e->nslots);
  /* (4) pinned objects */
  for (size_t i = 0; i < h->npins; i++) {
    h_gcobj *o = h->pins[i];
    if (!(o->gcbits & GC_MARK)) {
      o->gcbits |= GC_MARK;
      h->work[c.sp++] = o;
    }
  }
  drain(h, c.sp);
  /* Sweep: compact the array, free the rest, rebuild the set in place. */
  size_t k = 0;
  uint64_t freed = 0, nfreed = 0;
  uintptr_t lo = UINTPTR_MAX, hi_addr = 0;
  for (size_t i = 0; i < h->n; i++) {
    h_gcobj *o = h->objs[i];
    if (o->gcbits & GC_MARK) {
      o->gcbits &= ~GC_MARK;
      h->objs[k++] = o;
      uintptr_t a = (uintptr_t)o;
      if (a < lo) lo = a;
      if (a > hi_addr) hi_addr = a;
    } else {
      size_t d = data_bytes(o);
      uint64_t b = acct_bytes(d);
      nfreed++;
      if (d / 8 < H_GC_CACHE_CLASSES && h->cache_bytes + b <= H_GC_CACHE_BYTES) {
        o->rtt = (const h_rtt *)(void *)h->cache[d / 8];
        o->len = (uint32_t)d; /* what the cached block can hold */
        h->cache[d / 8] = o;
        h->cache_bytes += b;
      } else {
        freed += b;
        h_free(o);
      }
    }
  }
  h->n = k;
  h->lo = lo;
  h->hi = hi_addr;
  if (nfreed) {
    memset(h->set, 0, h->set_cap * sizeof *h->set);
    for (size_t i = 0; i < k; i++) set_put(h->set, h->set_cap, (uintptr_t)h->objs[i]);
  }
  assert(s->gc_bytes >= freed);
  s->gc_bytes -= freed;
  h->since = 0;
  uint64_t next = (s->gc_bytes - h->cache_bytes) / 100 * H_GC_GROWTH_PCT;
  h->trigger = next > H_GC_MIN_BYTES ? next : H_GC_MIN_BYTES;
  uint64_t dt = h_mono_ns() - t0;
  h->st.collections++;
  h->st.freed_objects += nfreed;
  h->st.pause_ns_total += dt;
  if (dt > h->st.pause_ns_max) h->st.pause_ns_max = dt;
}

void h_gc_collect(hearth_store *s, const uint64_t *stack_hi) {
  if (s->gc && !s->gc_defer) collect(s, s->gc, stack_hi);
}

void h_gc_defer(hearth_store *s, bool on) {
  /* The depth lives in the store, so that deferring needs no heap (a store without GC objects
   * never makes one) and an allocation in between finds it. */
  assert(on || s->gc_defer > 0);
  s->gc_defer = on ? s->gc_defer + 1 : s->gc_defer - 1;
}

/* ---------------------------------------------------------------- allocation */

/* An exception referenced only from a heap object would be invisible to exn.c's collector (which
 * scans the value stack and payloads): a type with an exnref field pins the store's exceptions,
 * as exnref globals and tables do (runtime.c). Checked once per distinct rtt in a row. */
static void note_exn_fields(hearth_store *s, h_gcheap *h, const h_rtt *rtt) {
  if (h->exn_checked == rtt || s->exn_pinned) return;
  h->exn_checked = rtt;
  for (uint32_t i = 0; i < rtt->nfields; i++)
    if (rtt->stype[i] == H_T_EXNREF) s->exn_pinned = true;
}

static h_gcobj *new_obj(hearth_store *s, size_t data, const uint64_t *stack_hi) {
  h_gcheap *h = heap_of(s);
  if (!h) return NULL;
  uint64_t bytes = acct_bytes(data);
  bool collected = s->gc_defer != 0; /* deferred: as if a collection had just run */
  if (!collected && h->since + bytes > h->trigger) {
    collect(s, h, stack_hi);
    collected = true;
  }
  h_gcobj *o = NULL;
  if (data / 8 < H_GC_CACHE_CLASSES && h->cache[data / 8]) {
    /* A cached block: already counted in gc_bytes (and charged). */
    if (!reserve_one(h)) return NULL;
    o = h->cache[data / 8];
    h->cache[data / 8] = (h_gcobj *)(void *)o->rtt;
    h->cache_bytes -= bytes;
    memset(o, 0, sizeof *o + data);
  } else {
    if (!fits(s, h, bytes)) {
      cache_flush(s, h);
      if (!collected) collect(s, h, stack_hi);
      if (!fits(s, h, bytes)) {
        cache_flush(s, h); /* the collection may have cached what it freed */
        if (!fits(s, h, bytes)) return NULL;
      }
    }
    if (!reserve_one(h)) return NULL;
    o = h_calloc(1, sizeof *o + data);
    if (!o) return NULL;
    s->gc_bytes += bytes;
  }
  uintptr_t a = (uintptr_t)o;
  assert((a & 7) == 0);
  if (a < h->lo) h->lo = a;
  if (a > h->hi) h->hi = a;
  h->objs[h->n++] = o;
  set_put(h->set, h->set_cap, a);
  h->since += bytes;
  h->st.allocated_objects++;
  return o;
}

h_gcobj *h_gc_alloc(hearth_store *s, const h_rtt *rtt, uint32_t len, const uint64_t *stack_hi) {
  assert(rtt && (rtt->kind == H_RTT_STRUCT || rtt->kind == H_RTT_ARRAY));
  size_t data = rtt->kind == H_RTT_STRUCT ? rtt->size : (size_t)len * rtt->size;
  if (rtt->kind == H_RTT_ARRAY && rtt->size && data / rtt->size != len) return NULL;
  if (data > SIZE_MAX / 2) return NULL;
  h_gcobj *o = new_obj(s, (data + 7) & ~(size_t)7, stack_hi);
  if (!o) return NULL;
  o->rtt = rtt;
  o->len = rtt->kind == H_RTT_ARRAY ? len : 0;
  if (rtt->nfields) note_exn_fields(s, s->gc, rtt);
  return o;
}

uint64_t h_gc_box(hearth_store *s, uint64_t v, const uint64_t *stack_hi) {
  h_gcobj *o = new_obj(s, sizeof(uint64_t), stack_hi);
  if (!o) return 0;
  memcpy(h_gc_data(o), &v, sizeof v);
  return (uint64_t)(uintptr_t)o;
}

bool h_gc_is_obj(const hearth_store *s, uint64_t v) {
  return s->gc && v && set_has(s->gc, (uintptr_t)v);
}

/* ---------------------------------------------------------------- pins, stats, freeing */

bool h_gc_pin(hearth_store *s, h_gcobj *o) {
  h_gcheap *h = s->gc;
  assert(h && set_has(h, (uintptr_t)o));
  if (o->gcbits & GC_PIN) return true;
  if (h->npins == h->pins_cap) {
    size_t ncap = h->pins_cap ? h->pins_cap * 2 : 64;
    h_gcobj **p = h_realloc(h->pins, ncap * sizeof *p);
    if (!p) return false;
    h->pins = p;
    h->pins_cap = ncap;
  }
  o->gcbits |= GC_PIN;
  h->pins[h->npins++] = o;
  return true;
}

void h_gc_stats_get(const hearth_store *s, h_gc_stats *out) {
  memset(out, 0, sizeof *out);
  if (!s->gc) return;
  *out = s->gc->st;
  out->bytes = s->gc_bytes - s->gc->cache_bytes;
  out->objects = s->gc->n;
}

uint64_t h_gc_footprint(const hearth_store *s) { return s->gc ? s->gc->charged : 0; }

void h_gc_settle(hearth_store *s) {
  h_gcheap *h = s->gc;
  if (!h) return;
  cache_flush(s, h);
  uint64_t c = (s->gc_bytes + H_GC_CHARGE_CHUNK - 1) / H_GC_CHARGE_CHUNK * H_GC_CHARGE_CHUNK;
  if (c < h->charged) h->charged = c;
}

void h_gc_free_all(hearth_store *s) {
  h_gcheap *h = s->gc;
  if (!h) return;
  cache_flush(s, h);
  for (size_t i = 0; i < h->n; i++) h_free(h->objs[i]);
  h_free(h->objs);
  h_free(h->work);
  h_free(h->set);
  h_free(h->pins);
  h_free(h);
  s->gc = NULL;
  s->gc_bytes = 0;
}

/* ---------------------------------------------------------------- images (templates) */

/* An image is a store-independent copy of a set of objects: for each, its rtt, length and data,
 * where every field that held an object or a function reference is zeroed and recorded as a
 * fixup (object: image index; function: what the encoder returned). Captured breadth-first, so
 * fixups are grouped by object in index order. */
typedef struct img_obj {
  const h_rtt *rtt;
  uint32_t len;
  size_t data_off, data_len;
  uintptr_t src;        /* capture only: the object's address in the capturing store */
} img_obj;

enum { FIX_OBJ = 0, FIX_FUNC = 1 };

typedef struct img_fix {
  uint32_t obj, off;    /* the object and the byte offset of the field in its data */
  uint32_t kind;        /* FIX_* */
  uint64_t val;         /* FIX_OBJ: image index; FIX_FUNC: the encoder's value */
} img_fix;

struct h_gc_image {
  img_obj *objs;
  uint32_t n, cap;
  uint8_t *data;
  size_t dlen, dcap;
  img_fix *fix;
  uint32_t nfix, fixcap;
  uintptr_t *keys;      /* capture only: address -> index map (open addressing) */
  uint32_t *vals;
  size_t kcap;
};

h_gc_image *h_gc_image_new(void) { return h_calloc(1, sizeof(h_gc_image)); }

void h_gc_image_free(h_gc_image *img) {
  if (!img) return;
  h_free(img->objs);
  h_free(img->data);
  h_free(img->fix);
  h_free(img->keys);
  h_free(img->vals);
  h_free(img);
}

uint32_t h_gc_image_count(const h_gc_image *img) { return img ? img->n : 0; }

/* Index of src in the image, or UINT32_MAX. */
static uint32_t img_find(const h_gc_image *img, uintptr_t src) {
  if (!img->kcap) return UINT32_MAX;
  for (size_t k = slot_of(src, img->kcap); img->keys[k]; k = (k + 1) & (img->kcap - 1))
    if (img->keys[k] == src) return img->vals[k];
  return UINT32_MAX;
}

static bool img_map_put(h_gc_image *img, uintptr_t src, uint32_t idx) {
  if ((img->n + 1) * 2 > img->kcap) {
    size_t ncap = img->kcap ? img->kcap * 2 : 64;
    uintptr_t *nk = h_calloc(ncap, sizeof *nk);
    uint32_t *nv = h_malloc(ncap * sizeof *nv);
    if (!nk || !nv) {
      h_free(nk);
      h_free(nv);
      return false;
    }
    for (size_t i = 0; i < img->kcap; i++) {
      if (!img->keys[i]) continue;
      size_t k = slot_of(img->keys[i], ncap);
      while (nk[k]) k = (k + 1) & (ncap - 1);
      nk[k] = img->keys[i];
      nv[k] = img->vals[i];
    }
    h_free(img->keys);
    h_free(img->vals);
    img->keys = nk;
    img->vals = nv;
    img->kcap = ncap;
  }
  size_t k = slot_of(src, img->kcap);
  while (img->keys[k]) k = (k + 1) & (img->kcap - 1);
  img->keys[k] = src;
  img->vals[k] = idx;
  return true;
}

/* Adds object o to the image (not yet scanned); its index. UINT32_MAX when out of memory. */
static uint32_t img_push(h_gc_image *img, const h_gcobj *o) {
  uint32_t c = img->cap;
  size_t dl = data_bytes(o);
  if (!h_array_grow((void **)&img->objs, sizeof *img->objs, &c, img->n + 1)) return UINT32_MAX;
  img->cap = c;
  if (img->dlen + dl > img->dcap) {
    size_t ncap = img->dcap ? img->dcap * 2 : 1024;
    while (ncap < img->dlen + dl) ncap *= 2;
    uint8_t *nd = h_realloc(img->data, ncap);
    if (!nd) return UINT32_MAX;
    img->data = nd;
    img->dcap = ncap;
  }
  uint32_t idx = img->n;
  if (!img_map_put(img, (uintptr_t)o, idx)) return UINT32_MAX;
  memcpy(img->data + img->dlen, h_gc_data((h_gcobj *)o), dl);
  img->objs[idx] = (img_obj){o->rtt, o->len, img->dlen, dl, (uintptr_t)o};
  img->dlen += dl;
  img->n++;
  return idx;
}

static bool img_fixup(h_gc_image *img, uint32_t obj, uint32_t off, uint32_t kind, uint64_t val) {
  uint32_t c = img->fixcap;
  if (!h_array_grow((void **)&img->fix, sizeof *img->fix, &c, img->nfix + 1)) return false;
  img->fixcap = c;
  img->fix[img->nfix++] = (img_fix){obj, off, kind, val};
  uint64_t zero = 0;
  memcpy(img->data + img->objs[obj].data_off + off, &zero, sizeof zero);
  return true;
}

/* Whether a storage type is a reference (not packed, numeric or vector). */
static bool ref_stype(uint8_t t) {
  return t != H_ST_I8 && t != H_ST_I16 && !h_is_num(t) && t != H_T_V128;
}

/* Encodes the reference field at off of image object i (value v, storage type t). */
static hearth_status img_field(h_gc_image *img, const hearth_store *s, uint32_t i, uint32_t off,
                               uint8_t t, h_gc_func_enc enc, void *u) {
  uint64_t v;
  memcpy(&v, img->data + img->objs[i].data_off + off, sizeof v);
  if (!v || h_gc_is_i31(v)) return HEARTH_OK; /* null, i31 (functions are 8-aligned) */
  if (h_gc_is_obj(s, v)) {
    uint32_t k = img_find(img, (uintptr_t)v);
    if (k == UINT32_MAX && (k = img_push(img, h_gc_ptr(v))) == UINT32_MAX)
      return h_err(HEARTH_ERR_NOMEM, "template GC heap");
    return img_fixup(img, i, off, FIX_OBJ, k) ? HEARTH_OK
                                               : h_err(HEARTH_ERR_NOMEM, "template GC heap");
  }
  if (t == H_T_FUNCREF) {
    uint64_t x = enc(u, v);
    if (!x)
      return h_err(HEARTH_ERR_UNSUPPORTED, "the initialized state holds a reference to a "
                                           "function outside the instance (in a GC object)");
    return img_fixup(img, i, off, FIX_FUNC, x) ? HEARTH_OK
                                                : h_err(HEARTH_ERR_NOMEM, "template GC heap");
  }
  if (t == H_T_EXNREF)
    return h_err(HEARTH_ERR_UNSUPPORTED, "the initialized state holds an exception in a GC object");
  return HEARTH_OK; /* i31, or a host value of an externref field: kept as it is */
}

hearth_status h_gc_image_add(h_gc_image *img, const hearth_store *s, uint64_t v,
                             h_gc_func_enc enc, void *u, uint32_t *idx1) {
  *idx1 = 0;
  if (!h_gc_is_obj(s, v)) return HEARTH_OK;
  uint32_t k = img_find(img, (uintptr_t)v);
  if (k != UINT32_MAX) {
    *idx1 = k + 1;
    return HEARTH_OK;
  }
  uint32_t first = img->n;
  if ((k = img_push(img, h_gc_ptr(v))) == UINT32_MAX)
    return h_err(HEARTH_ERR_NOMEM, "template GC heap");
  /* Breadth-first over the new objects: the image's list is the work queue. */
  for (uint32_t i = first; i < img->n; i++) {
    const h_rtt *t = img->objs[i].rtt;
    hearth_status st = HEARTH_OK;
    if (!t) {
      st = img_field(img, s, i, 0, H_T_EXTERNREF, enc, u);
    } else if (t->kind == H_RTT_STRUCT) {
      for (uint32_t f = 0; f < t->nfields && st == HEARTH_OK; f++)
        if (ref_stype(t->stype[f])) st = img_field(img, s, i, t->offset[f], t->stype[f], enc, u);
    } else if (ref_stype(t->stype[0])) {
      for (uint32_t e = 0; e < img->objs[i].len && st == HEARTH_OK; e++)
        st = img_field(img, s, i, e * (uint32_t)sizeof(uint64_t), t->stype[0], enc, u);
    }
    if (st != HEARTH_OK) return st;
  }
  *idx1 = k + 1;
  return HEARTH_OK;
}

void h_gc_image_seal(h_gc_image *img) {
  h_free(img->keys);
  h_free(img->vals);
  img->keys = NULL;
  img->vals = NULL;
  img->kcap = 0;
}

/* Writes the image's contents into objs (one object per image index, of the same shapes). */
void h_gc_image_restore(const h_gc_image *img, h_gcobj *const *objs, h_gc_func_dec dec,
                        void *u) {
  for (uint32_t i = 0; i < img->n; i++) {
    assert(objs[i]->rtt == img->objs[i].rtt && objs[i]->len == img->objs[i].len);
    memcpy(h_gc_data(objs[i]), img->data + img->objs[i].data_off, img->objs[i].data_len);
  }
  for (uint32_t k = 0; k < img->nfix; k++) {
    const img_fix *f = &img->fix[k];
    uint64_t v = f->kind == FIX_OBJ ? (uint64_t)(uintptr_t)objs[f->val] : dec(u, f->val);
    memcpy(h_gc_data(objs[f->obj]) + f->off, &v, sizeof v);
  }
}

h_gcobj *h_gc_image_source(const h_gc_image *img, uint32_t i) {
  return i < img->n ? (h_gcobj *)img->objs[i].src : NULL;
}

hearth_status h_gc_image_instantiate(const h_gc_image *img, hearth_store *s, h_gc_func_dec dec,
                                     void *u, h_gcobj ***out) {
  *out = NULL;
  if (!img || !img->n) return HEARTH_OK;
  h_gcobj **objs = h_calloc(img->n, sizeof *objs);
  if (!objs) return h_err(HEARTH_ERR_NOMEM, "GC objects of the snapshot");
  for (uint32_t i = 0; i < img->n; i++) {
    const img_obj *io = &img->objs[i];
    h_gcobj *o = io->rtt ? h_gc_alloc(s, io->rtt, io->len, NULL)
                         : h_gc_ptr(h_gc_box(s, 0, NULL));
    /* Pinned at once: a later allocation of this loop may collect. */
    if (!o || !h_gc_pin(s, o)) {
      h_free(objs);
      return h_err(HEARTH_ERR_NOMEM, "GC objects of the snapshot (%u objects) exceed the "
                   "store's memory limit", img->n);
    }
    objs[i] = o;
  }
  h_gc_image_restore(img, objs, dec, u);
  *out = objs;
  return HEARTH_OK;
}
