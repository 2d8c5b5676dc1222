/* gc.h: the garbage-collected heap of a store (h_gc_): WebAssembly 3.0 struct and array objects,
 * i31 values, boxes for host references seen as anyref, and the interface between the parts that
 * use the heap (validation/compile/interp: the GC instructions) and the part that manages it
 * (gc.c: allocation, collection, limits, snapshot and reset).
 *
 * Reference values in slots (uint64_t), for the any hierarchy (anyref, eqref, structref, ...):
 *   0                  null
 *   odd                an i31: bits 1..31 hold the value (h_gc_i31 / h_gc_i31_get)
 *   otherwise          the address of an h_gcobj of the store's heap
 * externref slots hold a host value (as the embedder passed it), or the address of a heap object
 * (extern.convert_any of a struct or array), or a box (below). any.convert_extern of a host value
 * makes an extern box (rtt NULL) so that every non-null, non-i31 anyref is a heap object;
 * extern.convert_any of an extern box gives the host value back, of an i31 a box holding the i31
 * (an odd externref would be ambiguous with a host value). h_gc_is_obj tells heap addresses apart.
 *
 * Contract with the collector: an allocation (h_gc_alloc, h_gc_box) may collect. Roots are the
 * reference-typed slots of every live wasm frame (stack maps, below; the interpreter publishes the
 * allocating instruction's frame in s->gc_fr / s->gc_ip, a host call its frame's host_ip), or
 * without wasm frames the value stack below the `stack_hi` the caller passes; globals and tables
 * of the store's instances and host-made globals/tables, exception payloads, and objects
 * reachable from those. The caller must not hold a heap address only in a C variable across an
 * allocation, nor only in a slot the stack maps do not mark (an i64, a slot above the stack).
 *
 * Write barrier: collection is incremental (gc.c), so code that stores a reference value into a
 * heap object's field or element (not into a root: a slot, global, table) calls h_gc_barrier
 * with the value it stores, before an allocation can intervene. A store without it may let the
 * stored object be freed while still referenced. Initial values of a new object count as
 * stores. */
#ifndef HEARTH_GC_H
#define HEARTH_GC_H

#include <stdbool.h>
#include <stdint.h>

#include "hearth.h"

struct hearth_store;

/* Storage types of struct fields and array elements (the binary encodings of the packed types,
 * H_T_* valtypes otherwise; a reference field is stored as its slot value). */
enum { H_ST_I8 = 0x78, H_ST_I16 = 0x77 };

enum { H_RTT_STRUCT = 0x5F, H_RTT_ARRAY = 0x5E, H_RTT_FUNC = 0x60 };

/* A runtime type: what casts compare and what the collector reads to find references. Made by
 * the module (validation/instantiation), immutable, outlives every object of its type (a store
 * keeps its instances' modules alive). Canonical: two modules' equivalent types (iso-recursive
 * equivalence) share one h_rtt, so casts compare pointers along the supertype chain. */
typedef struct h_rtt {
  uint8_t kind;                /* H_RTT_* */
  uint32_t nfields;            /* struct: fields; array: 1 (the element type) */
  const uint8_t *stype;        /* nfields storage types (H_ST_*, H_T_*) */
  const uint8_t *mut;          /* nfields: 1 mutable */
  const uint32_t *offset;      /* struct: nfields byte offsets into the object's data */
  uint32_t size;               /* struct: bytes of data; array: bytes per element */
  const uint32_t *refs;        /* byte offsets of the reference fields (struct), for marking */
  uint32_t nrefs;              /* struct: entries of refs; array: 1 if elements are references */
  uint32_t depth;              /* supers[depth] == this type */
  const struct h_rtt *const *supers; /* the declared supertype chain, root first */
  bool exn_fields;             /* a field (an element) is an exnref (gc.c note_exn_fields) */
} h_rtt;

/* A heap object's header; the data (struct fields at rtt->offset, or len elements of rtt->size
 * bytes) follows, 8-byte aligned. gc.c may keep more state before the header. */
typedef struct h_gcobj {
  const h_rtt *rtt;            /* NULL: an extern box (data: one uint64_t, the boxed value) */
  uint32_t len;                /* array: elements; otherwise 0 */
  uint32_t gcbits;             /* gc.c's */
} h_gcobj;

static inline uint8_t *h_gc_data(h_gcobj *o) { return (uint8_t *)(o + 1); }
static inline h_gcobj *h_gc_ptr(uint64_t v) { return (h_gcobj *)(uintptr_t)v; }
static inline bool h_gc_is_i31(uint64_t v) { return (v & 1) != 0; }
static inline uint64_t h_gc_i31(uint32_t x) { return ((uint64_t)(x & 0x7FFFFFFFu) << 1) | 1u; }
static inline uint32_t h_gc_i31_get(uint64_t v, bool sign) {
  uint32_t x = (uint32_t)(v >> 1) & 0x7FFFFFFFu;
  return sign && (x & 0x40000000u) ? x | 0x80000000u : x;
}
/* Whether t is a subtype of u (u reached along t's supertype chain). */
static inline bool h_rtt_sub(const h_rtt *t, const h_rtt *u) {
  return t == u || (u->depth < t->depth && t->supers[u->depth] == u);
}

/* The part of the heap's state that the inline barrier reads (first member of gc.c's heap). */
struct h_gcheap;
typedef struct h_gc_head {
  uint8_t marking;             /* a cycle is marking: stores must shade */
} h_gc_head;
/* Shades v (marks it gray) if the heap is marking and v is one of its unmarked objects. */
void h_gc_shade(struct h_gcheap *h, uint64_t v);
/* The write barrier (see above): h is the store's heap (s->gc), v the reference stored. */
static inline void h_gc_barrier(struct h_gcheap *h, uint64_t v) {
  if (h && ((const h_gc_head *)(const void *)h)->marking && v && !h_gc_is_i31(v)) h_gc_shade(h, v);
}

/* Whether a slot of representation rep (an h_valtype, internal.h) may hold a heap object: the any
 * hierarchy (H_T_ANYREF, 0x6E) and externref (H_T_EXTERNREF, 0x6F: extern.convert_any of an
 * object, boxes). funcref slots hold hearth_func pointers, exnref slots h_exn pointers (their
 * payloads are roots through s->exns), numbers and v128 never a reference: none is a root. */
static inline bool h_gc_rep_holds_objs(uint8_t rep) { return rep == 0x6E || rep == 0x6F; }

/* Stack maps (compile.c builds, gc.c reads): for a compiled function, which of its frame slots
 * hold references that may be heap objects (anyref and externref hierarchies; funcref and exnref
 * never are) at each point where a collection can start while the frame is live: an allocation
 * instruction (the frame is the innermost) and a call (the frame waits for its callee, which may
 * allocate or call the host). Sites are keyed by code position: an allocation by its ip - code
 * (the interpreter's ip: the opcode's second word) times 2; a call by where the caller resumes
 * (the callee frame's ret_ip - code, or the frame's host_ip) times 2, plus 1. A call's map holds
 * the stack before its arguments are popped (a host callee's arguments live in the caller's
 * slots). Maps are shared by sites with equal bits; words[off] is a map's word count n, then n
 * words, bit i = slot i of the frame (slots past the map hold no reference). h_cfunc.gcmap is NULL
 * when unknown (the collector scans that frame by membership; code from the code cache has the
 * maps of its fresh compile, stored with it: compile.c gcmap_serialize, gcmap_load), or
 * &h_gcmap_none when no site has a reference slot (the frame costs nothing). */
typedef struct h_gcmap {
  uint32_t nsites;
  const uint32_t *key;         /* nsites, ascending */
  const uint32_t *off;         /* nsites: the site's map in words */
  const uint64_t *words;
} h_gcmap;
enum { H_GCMAP_ALLOC = 0, H_GCMAP_CALL = 1 };
extern const h_gcmap h_gcmap_none;
/* Frees a map made by compile.c (NULL and &h_gcmap_none are no-ops). */
void h_gcmap_free(const h_gcmap *m);

/* A new object of rtt (len elements for an array), data zeroed; NULL when the heap cannot grow
 * (past the store's memory limit even after a collection, or out of host memory): the caller
 * traps with HEARTH_TRAP_GC_HEAP. stack_hi: the end of the live value stack (see above). */
h_gcobj *h_gc_alloc(struct hearth_store *s, const h_rtt *rtt, uint32_t len,
                    const uint64_t *stack_hi);
/* The allocation fast path: h_gc_alloc's object (data zeroed, rtt and len set) when that needs no
 * collector work and no host allocation: a freed block of the size is cached, no cycle is due to
 * start, no incremental step is due and no marking runs (so the caller's initial values need no
 * write barrier: it may store them with plain stores before anything else allocates), and no
 * table of the heap is due to grow. NULL otherwise (nothing changed): the caller takes h_gc_alloc
 * (the general path, which may collect). Never collects, so it needs no stack_hi and no published
 * frame; machine code calls it directly (jit.c). Small objects only (a cache class). */
h_gcobj *h_gc_alloc_small(struct hearth_store *s, const h_rtt *rtt, uint32_t len);
/* An extern box holding v (any.convert_extern of a host value, extern.convert_any of an i31);
 * 0 on failure (trap HEARTH_TRAP_GC_HEAP). */
uint64_t h_gc_box(struct hearth_store *s, uint64_t v, const uint64_t *stack_hi);
/* Whether v is the address of a live object of s's heap. */
bool h_gc_is_obj(const struct hearth_store *s, uint64_t v);
/* What a store's heap holds and has done (h_gc_stats_get; zeros before the first allocation). */
typedef struct h_gc_stats {
  uint64_t bytes;              /* live bytes as counted against the memory limit */
  uint64_t objects;            /* objects in the heap (alive or not yet collected) */
  uint64_t allocated_objects;  /* ever allocated */
  uint64_t freed_objects;      /* ever freed by a collection or a reset */
  uint64_t collections;        /* cycles completed (incremental or full) */
  uint64_t full_collections;   /* stop-the-world: h_gc_collect, the limit reached, step_work 0 */
  uint64_t steps;              /* incremental steps (each a pause) */
  uint64_t pause_ns_total, pause_ns_max; /* every pause: steps and full collections */
  uint64_t step_ns_max;        /* the longest incremental step */
  uint64_t frames_precise;     /* wasm frames whose roots came from a stack map (gc.h h_gcmap) */
  uint64_t frames_member;      /* wasm frames scanned by membership (no map known for them) */
  uint64_t fast_allocs;        /* of allocated_objects, those h_gc_alloc_small served */
} h_gc_stats;
void h_gc_stats_get(const struct hearth_store *s, h_gc_stats *out);
/* While deferred (calls nest: on, then off), allocations never collect: for code that holds heap
 * addresses where the collector cannot see them, e.g. constant-expression evaluation at
 * instantiation keeping intermediate objects in a C array. An allocation past the limit then
 * fails without a collection. */
void h_gc_defer(struct hearth_store *s, bool on);
/* A full collection now (roots as above; stack_hi NULL outside runs): an unfinished cycle is
 * finished (sweep) or abandoned (marking), then a whole cycle runs; everything unreachable at this
 * moment is freed. */
void h_gc_collect(struct hearth_store *s, const uint64_t *stack_hi);
/* One incremental step now (starting a cycle when none runs); what allocations do on their own. */
void h_gc_step(struct hearth_store *s, const uint64_t *stack_hi);
/* The collector's phase: 0 idle, 1 marking, 2 sweeping. */
int h_gc_phase(const struct hearth_store *s);
/* The store's pacing: step_work units per step (0: no incremental cycles, a full collection at
 * the trigger), a step per step_bytes allocated during a cycle, a cycle at the earliest after
 * min_bytes allocated (0: H_GC_MIN_BYTES; defaults H_GC_STEP_WORK, H_GC_STEP_BYTES). For tests
 * and benchmarks. False when out of memory. */
bool h_gc_tune(struct hearth_store *s, uint32_t step_work, uint32_t step_bytes,
               uint64_t min_bytes);
/* Makes o (an object of s's heap) a root for the store's lifetime: snapshot objects of template
 * instances. False when out of memory. */
bool h_gc_pin(struct hearth_store *s, h_gcobj *o);
/* Bytes of GC heap charged to the store's grow hook (a pool's budget): the high-water mark since
 * the last h_gc_settle; what pool.c counts in an instance's footprint. */
uint64_t h_gc_footprint(const struct hearth_store *s);
/* Lowers the charged mark to the live bytes (after a reset freed objects). */
void h_gc_settle(struct hearth_store *s);
/* Images (snapshot.c's templates): a store-independent copy of the objects reachable from some
 * references, restored into pinned objects of another store. Function references inside objects
 * go through the encoder (a function -> a non-zero value, 0 = cannot) and decoder. */
typedef struct h_gc_image h_gc_image;
typedef uint64_t (*h_gc_func_enc)(void *u, uint64_t func);
typedef uint64_t (*h_gc_func_dec)(void *u, uint64_t enc);
/* An empty image (owned, h_gc_image_free); NULL when out of memory. */
h_gc_image *h_gc_image_new(void);
void h_gc_image_free(h_gc_image *img);
uint32_t h_gc_image_count(const h_gc_image *img);
/* If v is an object of s's heap: adds it and everything it reaches to img; *idx1 = its image
 * index + 1. Otherwise *idx1 = 0. NOMEM, or UNSUPPORTED (a function outside the instance, an
 * exception). */
hearth_status h_gc_image_add(h_gc_image *img, const struct hearth_store *s, uint64_t v,
                             h_gc_func_enc enc, void *u, uint32_t *idx1);
/* Ends capture (frees the address map). */
void h_gc_image_seal(h_gc_image *img);
/* The object image index i was captured from (NULL past the end): an image of objects that stay
 * in their store (component templates) restores into them, pinned (h_gc_pin). */
h_gcobj *h_gc_image_source(const h_gc_image *img, uint32_t i);
/* Allocates and pins the image's objects in s with the image's contents; *out (owned, h_free):
 * image index -> object, NULL for an empty image. NOMEM past the store's limit. */
hearth_status h_gc_image_instantiate(const h_gc_image *img, struct hearth_store *s,
                                     h_gc_func_dec dec, void *u, h_gcobj ***out);
/* Puts the image's contents back into objs (what h_gc_image_instantiate made). */
void h_gc_image_restore(const h_gc_image *img, h_gcobj *const *objs, h_gc_func_dec dec, void *u);
/* Frees every object (hearth_store_delete). */
void h_gc_free_all(struct hearth_store *s);

#endif
