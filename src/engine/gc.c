/* gc.c: the store's garbage-collected heap (h_gc_): allocation of struct and array objects and
 * extern boxes, the membership test that tells heap addresses from host values, and freeing.
 *
 * This first form never collects: objects live until hearth_store_delete. It exists so that the
 * GC instructions run; the collector (roots as gc.h describes), limits and snapshot/reset
 * replace it. Objects are recorded in an open-addressed set of addresses (h_gc_is_obj). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct h_gcheap {
  uintptr_t *set;  /* open addressing, 0 = empty; capacity a power of two */
  size_t cap, n;
} h_gcheap;

static size_t slot_of(uintptr_t p, size_t cap) {
  return (size_t)((p >> 3) * 0x9E3779B97F4A7C15ull) & (cap - 1);
}

static bool set_add(h_gcheap *h, uintptr_t p) {
  if ((h->n + 1) * 2 > h->cap) {
    size_t ncap = h->cap ? h->cap * 2 : 256;
    uintptr_t *ns = calloc(ncap, sizeof *ns);
    if (!ns) return false;
    for (size_t i = 0; i < h->cap; i++) {
      if (!h->set[i]) continue;
      size_t k = slot_of(h->set[i], ncap);
      while (ns[k]) k = (k + 1) & (ncap - 1);
      ns[k] = h->set[i];
    }
    free(h->set);
    h->set = ns;
    h->cap = ncap;
  }
  size_t k = slot_of(p, h->cap);
  while (h->set[k]) k = (k + 1) & (h->cap - 1);
  h->set[k] = p;
  h->n++;
  return true;
}

static h_gcobj *new_obj(hearth_store *s, size_t data) {
  if (!s->gc) {
    s->gc = calloc(1, sizeof *s->gc);
    if (!s->gc) return NULL;
  }
  h_gcobj *o = calloc(1, sizeof *o + data);
  if (!o) return NULL;
  if (!set_add(s->gc, (uintptr_t)o)) {
    free(o);
    return NULL;
  }
  return o;
}

h_gcobj *h_gc_alloc(hearth_store *s, const h_rtt *rtt, uint32_t len, const uint64_t *stack_hi) {
  (void)stack_hi;
  assert(rtt && (rtt->kind == H_RTT_STRUCT || rtt->kind == H_RTT_ARRAY));
  size_t data = rtt->kind == H_RTT_STRUCT ? rtt->size : (size_t)len * rtt->size;
  if (rtt->kind == H_RTT_ARRAY && data / rtt->size != len) return NULL;
  h_gcobj *o = new_obj(s, (data + 7) & ~(size_t)7);
  if (!o) return NULL;
  o->rtt = rtt;
  o->len = rtt->kind == H_RTT_ARRAY ? len : 0;
  return o;
}

uint64_t h_gc_box(hearth_store *s, uint64_t v, const uint64_t *stack_hi) {
  (void)stack_hi;
  h_gcobj *o = new_obj(s, sizeof(uint64_t));
  if (!o) return 0;
  memcpy(h_gc_data(o), &v, sizeof v);
  return (uint64_t)(uintptr_t)o;
}

bool h_gc_is_obj(const hearth_store *s, uint64_t v) {
  const h_gcheap *h = s->gc;
  if (!h || !v || (v & 7) || !h->cap) return false;
  for (size_t k = slot_of((uintptr_t)v, h->cap); h->set[k]; k = (k + 1) & (h->cap - 1))
    if (h->set[k] == (uintptr_t)v) return true;
  return false;
}

void h_gc_free_all(hearth_store *s) {
  h_gcheap *h = s->gc;
  if (!h) return;
  for (size_t i = 0; i < h->cap; i++) free((void *)h->set[i]);
  free(h->set);
  free(h);
  s->gc = NULL;
}
