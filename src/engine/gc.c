/* gc.c: the store's garbage-collected heap (h_gc_): allocation of struct and array objects and
 * extern boxes, a non-moving incremental mark-sweep collector with bounded pauses, the heap's
 * share of the store's memory limit, and the pinned snapshot objects that templates restore at
 * reset.
 *
 * Layout. Every object is one host allocation (h_calloc of header + data); the heap keeps an
 * array of all objects (what the sweep walks) and an open-addressed set of their addresses (the
 * membership test: h_gc_is_obj, and every root slot's check). Neither grows by a heap-sized copy:
 * the array (and the gray stack) are blocks of 4,096 entries under a directory, and the set grows
 * into a table of twice the size, zeroed 32 slots per insertion from load 3/8 on (calloc would
 * zero it at once when malloc recycles memory), while the old one is copied 8 slots per insertion
 * from load 1/2 on (lookups see both; set_insert, set_remove). Before, the doubling of the array and the set's rehash copied
 * every entry inside one allocation: ~290 ms of CPU at 4,000,000 objects (bench/gc_bench growth). Freed objects of small
 * sizes go to a bounded per-size cache and are reused (h_gcheap.cache); h_gc_alloc_small takes
 * one when no collector work is due (the fast path machine code calls directly). Why not size-segregated
 * blocks: measured with bench/gc_bench.c on this machine (2 shared cores under load), allocating
 * and collecting a garbage 16-byte struct cost 475 instructions (callgrind) and ~108 ns with
 * plain malloc/free, of which malloc/calloc/free were ~250 instructions; with the cache, 209
 * instructions and ~58 ns. Blocks would also save the set insert (~40 instructions) but need a
 * block map for membership and their own free lists; the list form is small and obviously correct,
 * and blocks remain the next step if allocation shows up in profiles. Marking costs ~70 ns per
 * live object (a set probe and a pointer chase, both cache misses on a large heap).
 *
 * Cycles. A cycle starts when the bytes allocated since the last one ended pass
 * max(H_GC_MIN_BYTES, live bytes after it * H_GC_GROWTH_PCT / 100). It runs in steps, so that
 * no pause is proportional to the heap: (1) start: the roots are shaded (marked and pushed on the
 * gray stack h_gcheap.work), nothing more; (2) mark steps: each pops gray objects and shades what
 * they reference, at most step_work units (an object, or 8 reference slots: a large array is
 * scanned in parts, h_gcheap.cur); (3) when the gray stack is empty, a step re-scans the roots
 * (the value stack, globals and tables are written without a barrier); if that shades nothing
 * new, marking is complete, otherwise marking goes on and the roots are re-scanned again later
 * (each round marks at least one object more, so this ends); (4) sweep steps walk the object
 * array step_work objects at a time, freeing unmarked objects and clearing the marks of the
 * rest. A step runs each time the mutator has allocated step_bytes more bytes during a cycle
 * (h_gcheap.debt): marking and sweeping keep pace with allocation.
 *
 * Invariant while marking (Dijkstra's insertion barrier): no marked-and-scanned ("black")
 * object references an unmarked one, except through roots. Every store of a reference into a
 * heap object during marking shades the stored value first (h_gc_barrier: gcops.c's struct.set,
 * array.set/fill/copy/init_elem and the initial values of every allocation); objects allocated
 * during marking are born marked (their fields hold only shaded values or nothing). Roots carry
 * no barrier: hence step (3), whose pause is bounded by the root set, not by the heap. Objects
 * allocated during sweeping are appended past the swept range and born unmarked, so the sweep
 * does not see them. A reference that dies during a cycle is freed by the next one (floating
 * garbage).
 *
 * Full collections (stop-the-world, h_gc_collect; also when an allocation would pass the
 * store's memory limit or the pool's grow hook refuses, and with step_work 0): an unfinished
 * sweep is finished, an unfinished marking is abandoned (every mark cleared: the objects born
 * marked may be garbage by now, and reset promises that nothing a call allocated survives), then
 * a whole cycle runs at once. The mark stack (h_gcheap.work) is kept as large as the object array
 * so that it can never overflow: an object is pushed once per cycle, when it is first marked; no C
 * recursion, so a chain of 1,000,000 structs is fine. Freed objects leave the address set one by
 * one (backward-shift deletion: no tombstones, no rebuild).
 *
 * Roots. (1) The value stack, by type (stack maps, gc.h h_gcmap): compile.c records, for every
 * allocation instruction and every call of a function with an anyref- or externref-typed slot
 * (params, locals, operand entries in their home slots; the validator's types), a bitmap of those
 * slots, equal bitmaps shared, and nothing for functions without any (h_gcmap_none: their frames
 * cost nothing). scan_stack walks the frames from the innermost one: the frame of the allocating
 * instruction (the interpreter publishes s->gc_fr and s->gc_ip around it), or the one calling the
 * host (s->nframes, its host_ip set by interp.c's L_host_call); each caller waits at a call whose
 * resume position is its callee frame's ret_ip, or (below the entry frame of a nested run) its own
 * host_ip. Baseline machine code (jit.c) pushes the same frames with the same ret_ip, keeps
 * every live slot in memory at calls and helpers, and its allocating GC helpers publish s->gc_fr
 * and s->gc_ip as the interpreter does; it leaves to the interpreter for host calls, so it needs
 * nothing more. The optimizing tier (opt_llvm.c) translates numeric functions only: their maps are empty
 * and their frames skipped; if it ever compiled a function with references, that frame would need
 * maps of its own (its values live in registers), and until then such a frame, like any frame with
 * no map for its position, is scanned whole by membership: conservative, never unsafe. Code from
 * the code cache has its maps (stored with the code, rebuilt as a fresh compile's). Every slot a
 * map marks is still checked against the address set before it is marked (a reference-typed local
 * may hold stale bits before its first write), so precise roots are a subset of the membership
 * roots by construction. An i64 that equals an object's address does not keep it; a dead
 * reference-typed slot may, until it is overwritten. Without frames (outside wasm, stack_hi from
 * the host) the slots below stack_hi are scanned by membership. (2) The globals, tables and
 * evaluated element segments of the store (runtime.c's h_rt_store_ref_roots), by type: only those
 * of a representation that may hold an object (gc.h h_gc_rep_holds_objs: the any hierarchy and
 * externref), each slot then checked against the address set like a stack map's (an externref also
 * holds host values); an i64, funcref or exnref global or table whose bits equal an object's
 * address keeps nothing. Imported globals and tables are the exporting instance's store objects,
 * scanned once there; snapshot.c's template copies hold no addresses (encoded) and their objects
 * are pinned (4). (3) Exception payloads (every exception of s->exns, which includes s->exn). (4)
 * Pinned objects (snapshot objects of template instances, h_gc_pin). Then every reference field of
 * a marked object (rtt->refs, or every element of an array whose rtt->nrefs is 1) and the boxed
 * value of an extern box.
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
_Static_assert(H_T_ANYREF == 0x6E && H_T_EXTERNREF == 0x6F, "gc.h h_gc_rep_holds_objs");
enum { PH_IDLE = 0, PH_MARK = 1, PH_SWEEP = 2 };

typedef struct h_gcheap {
  h_gc_head head;      /* first member (gc.h's h_gc_barrier reads it): marking == PH_MARK */
  uint8_t phase;       /* PH_* */
  /* Both in blocks of BLK entries (a directory of blocks that only ever gains one): growing them
   * never copies the heap's entries (obj_at, work_at). */
  h_gcobj ***objs;     /* every object of the heap (while sweeping: [sw_k, sw_i) are stale) */
  h_gcobj ***work;     /* gray stack: marked, references not yet shaded; capacity == objs_cap */
  size_t nblk, dir_cap; /* blocks of objs (and of work), directory capacity */
  size_t n, objs_cap, sp;
  h_gcobj *cur;        /* an array being scanned in parts (marked, off the gray stack) */
  uint32_t cur_i;      /* its next element to scan */
  size_t sw_i, sw_k, sw_end; /* sweep: next to visit, next survivor slot, end of the swept range */
  uintptr_t sw_lo, sw_hi;    /* sweep: the survivors' address range so far */
  uintptr_t *set;      /* open addressing, 0 = empty; capacity a power of two, load <= 1/2 */
  size_t set_cap;
  /* While the set grows: the previous table, read-only but for deletions (tombstones, SET_DEAD),
   * copied into set a few slots per insertion from old_i on, then freed (set_migrate). */
  uintptr_t *old;
  size_t old_cap, old_i;
  /* Before that, from load 3/8 on: the next table (2 x set_cap, not zeroed by the allocator, which
   * may hand back used memory and would zero it in one go), zeroed SET_ZERO slots per insertion;
   * next_z: slots zeroed so far. */
  uintptr_t *next;
  size_t next_z;
  size_t set_check;    /* reserve_one looks at the set's growth once n reaches this */
  uintptr_t lo, hi;    /* every object address lies in [lo, hi] (fast rejection of numbers) */
  uint64_t since;      /* bytes allocated since the last cycle ended */
  uint64_t trigger;    /* start a cycle when since passes this */
  uint64_t debt;       /* bytes allocated during the cycle not yet paid for by a step */
  uint32_t step_work, step_bytes; /* h_gc_tune; step_work 0: full collections only */
  uint64_t min_bytes;  /* h_gc_tune: the least trigger (H_GC_MIN_BYTES) */
  uint64_t charged;    /* bytes charged to the store's grow hook (pools), >= s->gc_bytes */
  h_gcobj **pins;      /* pinned objects (snapshot objects of template instances) */
  size_t npins, pins_cap;
  /* Freed small objects kept for reuse, per data size / 8 (linked through their rtt field):
   * steady-state allocation then needs no malloc/free. Their bytes stay counted in s->gc_bytes
   * (the host memory is still held) and in cache_bytes; bounded by H_GC_CACHE_BYTES, dropped
   * when an allocation would not fit the limit, at reset (h_gc_settle) and with the store. */
  h_gcobj *cache[H_GC_CACHE_CLASSES];
  uint64_t cache_bytes;
  h_gc_stats st;
} h_gcheap;

/* ---------------------------------------------------------------- object and gray-stack blocks */

enum { BLK_SHIFT = 12, BLK = 1u << BLK_SHIFT };
static inline h_gcobj **obj_at(const h_gcheap *h, size_t i) {
  return &h->objs[i >> BLK_SHIFT][i & (BLK - 1)];
}
static inline h_gcobj **work_at(const h_gcheap *h, size_t i) {
  return &h->work[i >> BLK_SHIFT][i & (BLK - 1)];
}

/* ---------------------------------------------------------------- the address set */

/* A deleted entry of the old table while the set grows (never an object address: odd). */
#define SET_DEAD ((uintptr_t)1)
/* Old-table slots copied per insertion: the copy ends after old_cap / SET_MIGRATE insertions,
 * before the new table (twice the old one's capacity) can reach its load limit again. */
enum { SET_MIGRATE = 8 };
/* Slots of the next table zeroed per insertion: its 2 x set_cap slots are ready after
 * set_cap / 16 insertions, the span from load 3/8 to load 1/2 being set_cap / 8. */
enum { SET_ZERO = 32 };

static size_t slot_of(uintptr_t p, size_t cap) {
  return (size_t)((p >> 3) * 0x9E3779B97F4A7C15ull >> 20) & (cap - 1);
}

static void set_put(uintptr_t *set, size_t cap, uintptr_t p) {
  size_t k = slot_of(p, cap);
  while (set[k]) k = (k + 1) & (cap - 1);
  set[k] = p;
}

/* Removes p (present) by shifting later members of its probe run back into the hole, so that
 * every remaining member stays reachable from its home slot without tombstones. */
static inline __attribute__((always_inline)) void set_del(uintptr_t *set, size_t cap,
                                                          uintptr_t p) {
  size_t i = slot_of(p, cap), m = cap - 1;
  while (set[i] != p) i = (i + 1) & m;
  for (size_t j = (i + 1) & m; set[j]; j = (j + 1) & m) {
    size_t home = slot_of(set[j], cap);
    /* set[j] may move to i unless its home lies cyclically in (i, j] */
    bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
    if (stays) continue;
    set[i] = set[j];
    i = j;
  }
  set[i] = 0;
}

static bool tab_has(const uintptr_t *set, size_t cap, uintptr_t p) {
  for (size_t k = slot_of(p, cap); set[k]; k = (k + 1) & (cap - 1))
    if (set[k] == p) return true;
  return false;
}

static bool set_has(const h_gcheap *h, uintptr_t p) {
  if (p < h->lo || p > h->hi || (p & 7) || !h->set_cap) return false;
  if (tab_has(h->set, h->set_cap, p)) return true;
  return h->old && tab_has(h->old, h->old_cap, p);
}

/* Removes p (a member) from the set: from the new table if it is there (every copied entry is),
 * and as a tombstone from the old one (no backward shift there: the copy walks it by index). */
static inline void set_remove(h_gcheap *h, uintptr_t p) {
  if (H_LIKELY(!h->old)) {
    set_del(h->set, h->set_cap, p);
    return;
  }
  if (tab_has(h->set, h->set_cap, p)) set_del(h->set, h->set_cap, p);
  size_t m = h->old_cap - 1;
  for (size_t k = slot_of(p, h->old_cap); h->old[k]; k = (k + 1) & m)
    if (h->old[k] == p) {
      h->old[k] = SET_DEAD;
      break;
    }
}

/* Copies up to `slots` slots of the old table into the new one; frees it at the end. */
static void set_migrate(h_gcheap *h, size_t slots) {
  for (; slots && h->old_i < h->old_cap; slots--, h->old_i++) {
    uintptr_t p = h->old[h->old_i];
    if (p && p != SET_DEAD) set_put(h->set, h->set_cap, p);
  }
  if (h->old_i == h->old_cap) {
    h_free(h->old);
    h->old = NULL;
    h->old_cap = h->old_i = 0;
  }
}

/* Zeroes up to `slots` more slots of the next table. */
static void set_zero_next(h_gcheap *h, size_t slots) {
  size_t cap = h->set_cap * 2, k = cap - h->next_z < slots ? cap - h->next_z : slots;
  memset(h->next + h->next_z, 0, k * sizeof *h->next);
  h->next_z += k;
}

static inline void set_insert(h_gcheap *h, uintptr_t p) {
  set_put(h->set, h->set_cap, p);
  if (H_UNLIKELY(h->old != NULL)) set_migrate(h, SET_MIGRATE);
  if (H_UNLIKELY(h->next != NULL) && h->next_z < h->set_cap * 2) set_zero_next(h, SET_ZERO);
}

static bool set_grow(h_gcheap *h);

/* Makes room for one more object in the array, the mark stack and the set, with work bounded
 * by a block, never proportional to the heap: the array and the gray stack gain a block (and
 * their directories, 1/BLK of the heap's entries, may double); the set gets a table of twice the
 * size (zeroed by the allocator: fresh pages for large tables) and the old one's entries follow
 * SET_MIGRATE slots per insertion (set_insert). The old table is empty of copies by the time the
 * new one is half full, so a table never grows while the previous one is still being copied. */
static bool reserve_one(h_gcheap *h) {
  if (h->n == h->objs_cap) {
    if (h->nblk == h->dir_cap) {
      size_t nd = h->dir_cap ? h->dir_cap * 2 : 8;
      h_gcobj ***o = h_realloc(h->objs, nd * sizeof *o);
      if (!o) return false;
      h->objs = o;
      h_gcobj ***w = h_realloc(h->work, nd * sizeof *w);
      if (!w) return false; /* dir_cap unchanged: the next call retries both */
      h->work = w;
      h->dir_cap = nd;
    }
    h_gcobj **ob = h_malloc(BLK * sizeof *ob), **wb = h_malloc(BLK * sizeof *wb);
    if (!ob || !wb) {
      h_free(ob);
      h_free(wb);
      return false;
    }
    h->objs[h->nblk] = ob;
    h->work[h->nblk++] = wb;
    h->objs_cap += BLK;
  }
  if (H_UNLIKELY(h->n >= h->set_check)) return set_grow(h);
  return true;
}

/* reserve_one's slow path for the set: from load 3/8 the next table, at load 1/2 the switch to it;
 * then the next n to look again (set_check). */
static bool set_grow(h_gcheap *h) {
  if (!h->next && !h->old && h->set_cap && (h->n + 1) * 8 > h->set_cap * 3) {
    h->next = h_malloc(h->set_cap * 2 * sizeof *h->next); /* NULL: retried next time */
    h->next_z = 0;
  }
  if ((h->n + 1) * 2 > h->set_cap) {
    /* Both only in corner cases (a copy or zeroing cut short by deletions and re-insertions, or
     * the next table not allocated): the work is then done here at once. */
    if (h->old) set_migrate(h, SIZE_MAX);
    size_t ncap = h->set_cap ? h->set_cap * 2 : 512;
    uintptr_t *ns = h->next;
    if (ns) {
      set_zero_next(h, SIZE_MAX);
    } else if (!(ns = h_calloc(ncap, sizeof *ns))) {
      return false;
    }
    h->next = NULL;
    h->old = h->set;
    h->old_cap = h->set_cap;
    h->old_i = 0;
    h->set = ns;
    h->set_cap = ncap;
    if (!h->old_cap) h->old = NULL;
  }
  /* the load limit, or earlier the point where the next table is prepared */
  h->set_check = h->set_cap / 2;
  if (!h->next) {
    size_t prep = h->set_cap / 8 * 3;
    /* past it: the copy still runs (the next table waits for it) or its allocation failed */
    h->set_check = prep > h->n ? prep : h->n + 1;
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
      s->gc->step_work = H_GC_STEP_WORK;
      s->gc->step_bytes = H_GC_STEP_BYTES;
      s->gc->min_bytes = H_GC_MIN_BYTES;
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

/* Shades v: an unmarked object of the heap is marked and pushed on the gray stack. */
static inline void mark_val(h_gcheap *h, uint64_t v) {
  if (!set_has(h, (uintptr_t)v)) return;
  h_gcobj *o = h_gc_ptr(v);
  if (o->gcbits & GC_MARK) return;
  o->gcbits |= GC_MARK;
  assert(h->sp < h->objs_cap);
  *work_at(h, h->sp++) = o;
}

void h_gc_shade(struct h_gcheap *h, uint64_t v) {
  if (h->phase == PH_MARK) mark_val(h, v);
}

static void root_fn(void *u, const uint64_t *p, size_t n) {
  h_gcheap *h = u;
  for (size_t i = 0; i < n; i++) mark_val(h, p[i]);
}

/* The map of site key in m (gc.h h_gcmap), or NULL. */
static const uint64_t *map_find(const h_gcmap *m, uint32_t key, uint32_t *nw) {
  uint32_t lo = 0, hi = m->nsites;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (m->key[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  if (lo == m->nsites || m->key[lo] != key) return NULL;
  const uint64_t *w = m->words + m->off[lo];
  *nw = (uint32_t)w[0];
  return w + 1;
}

/* Shades the roots of frame fr stopped at ip (a site of kind H_GCMAP_*; ip NULL: unknown): the
 * slots its stack map marks, or when the function has no map, or none for that position, every
 * slot of the frame by membership (the fallback is conservative, never unsafe). A function whose
 * sites hold no reference at all is skipped. */
static void scan_frame(h_gcheap *h, const h_frame *fr, const h_word *ip, uint32_t kind) {
  const h_cfunc *fn = fr->fn;
  const h_gcmap *m = fn->gcmap;
  if (m == &h_gcmap_none) return;
  const h_word *code = h_cfunc_code(fn);
  if (m && ip && code && ip > code && ip <= code + fn->ncode + 1) {
    uint32_t nw;
    const uint64_t *b = map_find(m, (uint32_t)(ip - code) * 2 + kind, &nw);
    if (b) {
      h->st.frames_precise++;
      for (uint32_t k = 0; k < nw; k++)
        for (uint64_t x = b[k]; x; x &= x - 1) {
          uint32_t i = k * 64 + (uint32_t)__builtin_ctzll(x);
          assert(i < fn->frame_slots);
          mark_val(h, fr->fp[i]);
        }
      return;
    }
  }
  h->st.frames_member++;
  root_fn(h, fr->fp, fn->frame_slots);
}

/* Shades the value stack's roots: every live frame's reference slots (gc.h stack maps). The
 * innermost frame is the one running an allocation instruction (s->gc_fr at s->gc_ip), or the one
 * calling the host (the published s->nframes, at its host_ip); each caller waits at a call, where
 * its callee frame's ret_ip says it resumes, or (below the entry frame of a nested run, ret_ip
 * NULL) at its own host call. Without frames (stack_hi outside wasm code, e.g. arguments of an
 * outermost call) the slots below stack_hi are scanned by membership, as before stack maps. */
static void scan_stack(hearth_store *s, h_gcheap *h, const uint64_t *stack_hi) {
  const h_frame *top = NULL;
  const h_word *ip = NULL;
  uint32_t kind = H_GCMAP_CALL;
  if (s->gc_fr) {
    top = s->gc_fr;
    ip = s->gc_ip;
    kind = H_GCMAP_ALLOC;
  } else if (s->nframes && s->stack_top) {
    top = &s->frames[s->nframes - 1];
    ip = top->host_ip;
  }
  if (!top) {
    if (stack_hi && s->stack) {
      assert(stack_hi >= s->stack && stack_hi <= s->stack + s->stack_slots);
      root_fn(h, s->stack, (size_t)(stack_hi - s->stack));
    }
    return;
  }
  for (const h_frame *fr = top;; fr--) {
    scan_frame(h, fr, ip, kind);
    if (fr == s->frames) break;
    kind = H_GCMAP_CALL;
    ip = fr->ret_ip ? fr->ret_ip : fr[-1].host_ip;
  }
}

/* Shades every root (see the file comment); the gray objects are scanned later. */
static void scan_roots(hearth_store *s, h_gcheap *h, const uint64_t *stack_hi) {
  scan_stack(s, h, stack_hi);
  h_rt_store_ref_roots(s, root_fn, h);
  for (const h_exn *e = s->exns; e; e = e->next) root_fn(h, e->slots, e->nslots);
  for (size_t i = 0; i < h->npins; i++) {
    h_gcobj *o = h->pins[i];
    if (!(o->gcbits & GC_MARK)) {
      o->gcbits |= GC_MARK;
      *work_at(h, h->sp++) = o;
    }
  }
}

/* Scans gray objects (and the array in parts) for up to `budget` units; SIZE_MAX: until none is
 * left. */
static void mark_some(h_gcheap *h, size_t budget) {
  size_t done = 0;
  while (done < budget) {
    h_gcobj *o;
    uint32_t from = 0;
    if (h->cur) {
      o = h->cur;
      from = h->cur_i;
      h->cur = NULL;
    } else if (h->sp) {
      o = *work_at(h, --h->sp);
    } else {
      break;
    }
    done++;
    const h_rtt *t = o->rtt;
    uint8_t *d = h_gc_data(o);
    uint64_t v;
    if (!t) {
      memcpy(&v, d, sizeof v);
      mark_val(h, v);
    } else if (t->kind == H_RTT_STRUCT) {
      for (uint32_t i = 0; i < t->nrefs; i++) {
        memcpy(&v, d + t->refs[i], sizeof v);
        mark_val(h, v);
      }
      done += t->nrefs / 8;
    } else if (t->nrefs) {
      assert(t->size == sizeof(uint64_t));
      size_t left = done < budget ? budget - done : 0;
      size_t room = left >= SIZE_MAX / 16 ? SIZE_MAX / 2 : left * 8 + 8;
      uint32_t end = (size_t)(o->len - from) > room ? from + (uint32_t)room : o->len;
      for (uint32_t i = from; i < end; i++) {
        memcpy(&v, d + (size_t)i * sizeof v, sizeof v);
        mark_val(h, v);
      }
      done += (end - from) / 8;
      if (end < o->len) {
        h->cur = o;
        h->cur_i = end;
      }
    }
  }
}

/* Drops an unfinished marking: every mark cleared, nothing gray. */
static void mark_abandon(h_gcheap *h) {
  for (size_t i = 0; i < h->n; i++) (*obj_at(h, i))->gcbits &= ~GC_MARK;
  h->sp = 0;
  h->cur = NULL;
  h->phase = PH_IDLE;
  h->head.marking = 0;
}

static void mark_start(hearth_store *s, h_gcheap *h, const uint64_t *stack_hi) {
  assert(h->phase == PH_IDLE && !h->sp && !h->cur);
  h->phase = PH_MARK;
  h->head.marking = 1;
  h->debt = 0;
  scan_roots(s, h, stack_hi);
}

/* ---------------------------------------------------------------- sweeping */

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

static void sweep_start(h_gcheap *h) {
  h->phase = PH_SWEEP;
  h->head.marking = 0;
  h->sw_i = h->sw_k = 0;
  h->sw_end = h->n;
  h->sw_lo = UINTPTR_MAX;
  h->sw_hi = 0;
}

static void widen(uintptr_t *lo, uintptr_t *hi, uintptr_t a) {
  if (a < *lo) *lo = a;
  if (a > *hi) *hi = a;
}

/* Sweeps for up to `budget` units (a surviving object 1, a freed one SWEEP_FREE_UNITS: the set
 * deletion and free() on cold memory; gc_bench with 1,000,000 live objects measured the longest
 * sweep step of 4,096 objects at 3.5 ms of CPU against 1.5 ms for the longest of 4,096 mark
 * units); past the end of the range, closes the array's gap (moving the objects allocated
 * meanwhile down, a unit each) and ends the cycle. */
enum { SWEEP_FREE_UNITS = 3 };
static void sweep_some(hearth_store *s, h_gcheap *h, size_t budget) {
  uint64_t freed = 0, nfreed = 0;
  size_t done = 0;
  h_gcobj **ib = NULL, **kb = NULL; /* the blocks of sw_i and sw_k (reloaded at block starts) */
  for (; h->sw_i < h->sw_end && done < budget; h->sw_i++) {
    size_t ii = h->sw_i & (BLK - 1);
    if (!ib || !ii) ib = h->objs[h->sw_i >> BLK_SHIFT];
    h_gcobj *o = ib[ii];
    done++;
    if (o->gcbits & GC_MARK) {
      o->gcbits &= ~GC_MARK;
      size_t kk = h->sw_k & (BLK - 1);
      if (!kb || !kk) kb = h->objs[h->sw_k >> BLK_SHIFT];
      kb[kk] = o;
      h->sw_k++;
      widen(&h->sw_lo, &h->sw_hi, (uintptr_t)o);
      continue;
    }
    set_remove(h, (uintptr_t)o);
    done += SWEEP_FREE_UNITS - 1;
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
  assert(s->gc_bytes >= freed);
  s->gc_bytes -= freed;
  h->st.freed_objects += nfreed;
  if (h->sw_i < h->sw_end) return;
  /* The objects allocated during the sweep (born unmarked, past sw_end) move down into the gap,
   * within the same budget, so that no step moves more than a step's worth. */
  while (h->sw_i < h->n && done < budget) {
    /* a run within one block of each side */
    size_t ii = h->sw_i & (BLK - 1), kk = h->sw_k & (BLK - 1);
    size_t run = BLK - (ii > kk ? ii : kk);
    if (run > h->n - h->sw_i) run = h->n - h->sw_i;
    if (run > budget - done) run = budget - done;
    h_gcobj **src = &h->objs[h->sw_i >> BLK_SHIFT][ii], **dst = &h->objs[h->sw_k >> BLK_SHIFT][kk];
    for (size_t j = 0; j < run; j++) widen(&h->sw_lo, &h->sw_hi, (uintptr_t)src[j]);
    if (src != dst) memmove(dst, src, run * sizeof *src);
    h->sw_i += run;
    h->sw_k += run;
    done += run;
  }
  if (h->sw_i < h->n) return;
  h->n = h->sw_k;
  h->lo = h->sw_lo;
  h->hi = h->sw_hi;
  h->phase = PH_IDLE;
  h->since = 0;
  uint64_t next = (s->gc_bytes - h->cache_bytes) / 100 * H_GC_GROWTH_PCT;
  h->trigger = next > h->min_bytes ? next : h->min_bytes;
  h->st.collections++;
}

/* ---------------------------------------------------------------- steps and full collections */

static void pause_end(h_gcheap *h, uint64_t t0, bool step) {
  uint64_t dt = h_mono_ns() - t0;
  h->st.pause_ns_total += dt;
  if (dt > h->st.pause_ns_max) h->st.pause_ns_max = dt;
  if (step) {
    h->st.steps++;
    if (dt > h->st.step_ns_max) h->st.step_ns_max = dt;
  } else {
    h->st.full_collections++;
  }
}

/* One bounded step of the current cycle, or the start of one. */
static void step(hearth_store *s, h_gcheap *h, const uint64_t *stack_hi) {
  uint64_t t0 = h_mono_ns();
  if (h->phase == PH_IDLE) {
    mark_start(s, h, stack_hi);
  } else if (h->phase == PH_MARK) {
    if (h->sp || h->cur) {
      mark_some(h, h->step_work);
    } else {
      scan_roots(s, h, stack_hi); /* (3) of the file comment */
      if (!h->sp) sweep_start(h);
    }
  } else {
    sweep_some(s, h, h->step_work);
  }
  pause_end(h, t0, true);
}

static void full_collect(hearth_store *s, h_gcheap *h, const uint64_t *stack_hi) {
  uint64_t t0 = h_mono_ns();
  if (h->phase == PH_SWEEP) sweep_some(s, h, SIZE_MAX);
  if (h->phase == PH_MARK) mark_abandon(h);
  mark_start(s, h, stack_hi);
  mark_some(h, SIZE_MAX);
  sweep_start(h);
  sweep_some(s, h, SIZE_MAX);
  pause_end(h, t0, false);
}

void h_gc_collect(hearth_store *s, const uint64_t *stack_hi) {
  if (s->gc && !s->gc_defer) full_collect(s, s->gc, stack_hi);
}

void h_gc_step(hearth_store *s, const uint64_t *stack_hi) {
  if (s->gc && !s->gc_defer) step(s, s->gc, stack_hi);
}

int h_gc_phase(const hearth_store *s) { return s->gc ? s->gc->phase : PH_IDLE; }

bool h_gc_tune(hearth_store *s, uint32_t step_work, uint32_t step_bytes, uint64_t min_bytes) {
  h_gcheap *h = heap_of(s);
  if (!h) return false;
  h->step_work = step_work;
  h->step_bytes = step_bytes ? step_bytes : 1;
  h->min_bytes = min_bytes ? min_bytes : H_GC_MIN_BYTES;
  if (h->phase == PH_IDLE && h->trigger > h->min_bytes) h->trigger = h->min_bytes;
  return true;
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
 * as exnref globals and tables do (runtime.c). */
static inline void note_exn_fields(hearth_store *s, const h_rtt *rtt) {
  if (H_UNLIKELY(rtt->exn_fields)) s->exn_pinned = true;
}

/* A cached block of data bytes (a class with one; reserve_one done), zeroed: already counted in
 * gc_bytes (and charged). */
static inline h_gcobj *cache_take(h_gcheap *h, size_t data, uint64_t bytes) {
  h_gcobj *o = h->cache[data / 8];
  h->cache[data / 8] = (h_gcobj *)(void *)o->rtt;
  h->cache_bytes -= bytes;
  memset(o, 0, sizeof *o + data);
  return o;
}

/* Makes the new object o (bytes counted) one of the heap's: the array, the set, the pacing. */
static inline void enlist(h_gcheap *h, h_gcobj *o, uint64_t bytes) {
  uintptr_t a = (uintptr_t)o;
  assert((a & 7) == 0);
  if (a < h->lo) h->lo = a;
  if (a > h->hi) h->hi = a;
  *obj_at(h, h->n++) = o;
  set_insert(h, a);
  h->since += bytes;
  h->st.allocated_objects++;
}

static h_gcobj *new_obj(hearth_store *s, size_t data, const uint64_t *stack_hi) {
  h_gcheap *h = heap_of(s);
  if (!h) return NULL;
  uint64_t bytes = acct_bytes(data);
  bool collected = s->gc_defer != 0; /* deferred: as if a collection had just run */
  if (!collected) {
    if (h->phase != PH_IDLE) {
      h->debt += bytes;
      if (h->debt >= h->step_bytes) {
        h->debt -= h->step_bytes; /* one step per allocation: a large one pays over the next */
        step(s, h, stack_hi);
      }
    } else if (h->since + bytes > h->trigger) {
      if (h->step_work) {
        step(s, h, stack_hi);
      } else {
        full_collect(s, h, stack_hi);
        collected = true;
      }
    }
  }
  h_gcobj *o = NULL;
  if (data / 8 < H_GC_CACHE_CLASSES && h->cache[data / 8]) {
    if (!reserve_one(h)) return NULL;
    o = cache_take(h, data, bytes);
  } else {
    if (!fits(s, h, bytes)) {
      cache_flush(s, h);
      if (!collected) full_collect(s, h, stack_hi);
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
  if (h->phase == PH_MARK) o->gcbits = GC_MARK; /* born marked (file comment) */
  enlist(h, o, bytes);
  return o;
}

h_gcobj *h_gc_alloc(hearth_store *s, const h_rtt *rtt, uint32_t len, const uint64_t *stack_hi) {
  assert(rtt && (rtt->kind == H_RTT_STRUCT || rtt->kind == H_RTT_ARRAY));
  h_gcobj *fast = h_gc_alloc_small(s, rtt, len);
  if (fast) return fast;
  size_t data = rtt->kind == H_RTT_STRUCT ? rtt->size : (size_t)len * rtt->size;
  if (rtt->kind == H_RTT_ARRAY && rtt->size && data / rtt->size != len) return NULL;
  if (data > SIZE_MAX / 2) return NULL;
  h_gcobj *o = new_obj(s, (data + 7) & ~(size_t)7, stack_hi);
  if (!o) return NULL;
  o->rtt = rtt;
  o->len = rtt->kind == H_RTT_ARRAY ? len : 0;
  note_exn_fields(s, rtt);
  return o;
}

h_gcobj *h_gc_alloc_small(hearth_store *s, const h_rtt *rtt, uint32_t len) {
  h_gcheap *h = s->gc;
  if (H_UNLIKELY(!h)) return NULL;
  /* len * size cannot overflow (uint32_t times at most 16); big arrays fail the class test */
  size_t data = rtt->kind == H_RTT_STRUCT ? rtt->size : (size_t)len * rtt->size;
  data = (data + 7) & ~(size_t)7;
  if (data / 8 >= H_GC_CACHE_CLASSES || !h->cache[data / 8]) return NULL;
  uint64_t bytes = acct_bytes(data);
  /* what new_obj's pacing would do is nothing: no cycle to start (idle, under the trigger), no
   * step to run (sweeping, the debt stays under a step); marking needs the born-marked bit and
   * its callers' barriers: the general path */
  if (h->phase == PH_IDLE) {
    if (h->since + bytes > h->trigger) return NULL;
  } else if (h->phase == PH_MARK || h->debt + bytes >= h->step_bytes) {
    return NULL;
  }
  /* reserve_one with nothing to do: room in the object array, the set not due to grow */
  if (h->n >= h->objs_cap || h->n >= h->set_check) return NULL;
  if (h->phase == PH_SWEEP) h->debt += bytes;
  h_gcobj *o = cache_take(h, data, bytes);
  o->rtt = rtt;
  o->len = rtt->kind == H_RTT_ARRAY ? len : 0;
  note_exn_fields(s, rtt);
  enlist(h, o, bytes);
  h->st.fast_allocs++;
  return o;
}

uint64_t h_gc_box(hearth_store *s, uint64_t v, const uint64_t *stack_hi) {
  h_gcobj *o = new_obj(s, sizeof(uint64_t), stack_hi);
  if (!o) return 0;
  h_gc_barrier(s->gc, v);
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
  /* A root from now on; while marking, roots are only re-scanned at the end: shade it now. */
  h_gc_shade(h, (uint64_t)(uintptr_t)o);
  return true;
}

void h_gc_stats_get(const hearth_store *s, h_gc_stats *out) {
  memset(out, 0, sizeof *out);
  if (!s->gc) return;
  const h_gcheap *h = s->gc;
  *out = h->st;
  out->bytes = s->gc_bytes - h->cache_bytes;
  out->objects = h->n - (h->phase == PH_SWEEP ? h->sw_i - h->sw_k : 0);
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
  for (size_t i = 0; i < h->n; i++) {
    if (h->phase == PH_SWEEP && i == h->sw_k) i = h->sw_i; /* skip the freed gap */
    if (i < h->n) h_free(*obj_at(h, i));
  }
  for (size_t b = 0; b < h->nblk; b++) {
    h_free(h->objs[b]);
    h_free(h->work[b]);
  }
  h_free(h->objs);
  h_free(h->work);
  h_free(h->set);
  h_free(h->old);
  h_free(h->next);
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
  if (dl) memcpy(img->data + img->dlen, h_gc_data((h_gcobj *)o), dl); /* data is NULL until then */
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
        if (h_st_is_ref(t->stype[f])) st = img_field(img, s, i, t->offset[f], t->stype[f], enc, u);
    } else if (h_st_is_ref(t->stype[0])) {
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

/* Writes the image's contents into objs (one object per image index, of the same shapes). No
 * write barrier: the objects written are pinned (roots, re-scanned before marking ends) and the
 * only heap objects written into them are those same pinned objects. */
void h_gc_image_restore(const h_gc_image *img, h_gcobj *const *objs, h_gc_func_dec dec,
                        void *u) {
  for (uint32_t i = 0; i < img->n; i++) {
    assert(objs[i]->rtt == img->objs[i].rtt && objs[i]->len == img->objs[i].len);
    if (img->objs[i].data_len) /* img->data is NULL when no object has data */
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
