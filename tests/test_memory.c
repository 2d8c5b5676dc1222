/* test_memory.c: linear memories: commit on grow, limits, a base that never moves, zeroed pages. */
#include <sys/resource.h>
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"
#include "t.h"

static void init_and_fini(void) {
  hearth_memory m = {0};
  CHECK_EQ_INT(h_mem_init(&m, 2, 10), HEARTH_OK);
  CHECK(m.base != NULL);
  CHECK_EQ_INT(m.size, 2 * H_PAGE_SIZE);
  CHECK_EQ_INT(m.max_pages, 10);
  CHECK(m.reserved >= 10ull * H_PAGE_SIZE);
  for (uint64_t i = 0; i < m.size; i += 4096) CHECK_EQ_INT(m.base[i], 0);
  m.base[0] = 1;
  m.base[m.size - 1] = 2;
  CHECK_EQ_INT(m.base[m.size - 1], 2);
  h_mem_fini(&m);
  CHECK(m.base == NULL);
}

static void grow_keeps_base_and_zeroes(void) {
  hearth_memory m = {0};
  CHECK_EQ_INT(h_mem_init(&m, 1, 100), HEARTH_OK);
  uint8_t *base = m.base;
  memset(m.base, 0xAB, H_PAGE_SIZE);
  CHECK_EQ_INT(h_mem_grow(&m, 3), 1);
  CHECK(m.base == base);
  CHECK_EQ_INT(m.size, 4 * H_PAGE_SIZE);
  CHECK_EQ_INT(m.base[H_PAGE_SIZE - 1], 0xAB);
  for (uint64_t i = H_PAGE_SIZE; i < m.size; i += 512) CHECK_EQ_INT(m.base[i], 0);
  m.base[m.size - 1] = 7; /* the last new byte is writable */
  CHECK_EQ_INT(h_mem_grow(&m, 0), 4);
  CHECK_EQ_INT(h_mem_grow(&m, 96), 4);
  CHECK(m.base == base);
  CHECK_EQ_INT(m.size, 100ull * H_PAGE_SIZE);
  CHECK_EQ_INT(h_mem_grow(&m, 1), -1); /* past max */
  CHECK_EQ_INT(m.size, 100ull * H_PAGE_SIZE);
  h_mem_fini(&m);
}

static void limits(void) {
  hearth_memory m = {0};
  CHECK(h_mem_init(&m, 5, 4) != HEARTH_OK); /* min above max */
  CHECK_EQ_INT(h_mem_init(&m, 0, 0), HEARTH_OK);
  CHECK(m.base != NULL);
  CHECK_EQ_INT(m.size, 0);
  CHECK_EQ_INT(h_mem_grow(&m, 1), -1);
  CHECK_EQ_INT(h_mem_grow(&m, 0), 0);
  h_mem_fini(&m);
  CHECK_EQ_INT(h_mem_init(&m, 0, H_MAX_PAGES), HEARTH_OK);
  CHECK_EQ_INT(h_mem_grow(&m, H_MAX_PAGES + 1ull), -1);
  CHECK_EQ_INT(h_mem_grow(&m, UINT64_MAX), -1);
  CHECK_EQ_INT(h_mem_grow(&m, 2), 0);
  h_mem_fini(&m);
}

/* The store's limit caps growth even when it is lowered after creation. */
static void store_limit(void) {
  hearth_engine *e;
  hearth_store *s;
  hearth_memory *mem;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  hearth_store_set_memory_limit(s, 4 * H_PAGE_SIZE);
  CHECK(hearth_memory_new(s, 5, UINT64_MAX, &mem) != HEARTH_OK);
  CHECK_EQ_INT(hearth_memory_new(s, 1, UINT64_MAX, &mem), HEARTH_OK);
  uint8_t *base = hearth_memory_data(mem);
  uint64_t old = 99;
  CHECK_EQ_INT(hearth_memory_grow(mem, 3, &old), HEARTH_OK);
  CHECK_EQ_INT(old, 1);
  CHECK_EQ_INT(hearth_memory_grow(mem, 1, &old), HEARTH_ERR_LIMIT);
  CHECK_EQ_INT(hearth_memory_size(mem), 4 * H_PAGE_SIZE);
  CHECK(hearth_memory_data(mem) == base);
  hearth_store_set_memory_limit(s, 0); /* back to the engine default */
  CHECK_EQ_INT(hearth_memory_grow(mem, 1, NULL), HEARTH_OK);
  hearth_store_set_memory_limit(s, 5 * H_PAGE_SIZE);
  CHECK_EQ_INT(hearth_memory_grow(mem, 1, NULL), HEARTH_ERR_LIMIT);
  hearth_store_delete(s);
  hearth_engine_delete(e);
}

/* Many memories at once (each reserves address space) are all usable and released. */
static void many_memories(void) {
  hearth_memory m[64];
  for (int i = 0; i < 64; i++) {
    memset(&m[i], 0, sizeof m[i]);
    CHECK_EQ_INT(h_mem_init(&m[i], 1, H_MAX_PAGES), HEARTH_OK);
    m[i].base[i] = (uint8_t)i;
  }
  for (int i = 0; i < 64; i++) {
    CHECK_EQ_INT(m[i].base[i], i);
    h_mem_fini(&m[i]);
  }
}

/* A memfd of n bytes: byte i is (i / 4096 + 1) & 0xFF (never zero in the first 255 pages). */
static int image_fd(size_t n) {
  int fd = memfd_create("test-image", MFD_CLOEXEC);
  CHECK(fd >= 0);
  uint8_t *buf = malloc(n);
  CHECK(buf != NULL);
  for (size_t i = 0; i < n; i++) buf[i] = (uint8_t)(i / 4096 + 1);
  CHECK(write(fd, buf, n) == (ssize_t)n);
  free(buf);
  return fd;
}

/* A guest-like write: the bytes, then the mark that stores and host writes leave (memory.c). */
static void wr(hearth_memory *m, uint64_t off, int v, size_t n) {
  memset(m->base + off, v, n);
  h_mem_mark(m, off, n);
}

static long minor_faults(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_minflt;
}

/* An image-backed memory reads the image, then zeros; writes stay private; reset restores both
 * parts and the size; grown pages come back zeroed after a reset. */
static void image_and_reset(void) {
  int fd = image_fd(3 * 4096);
  h_memimage img = {fd, 3 * 4096, 2 * H_PAGE_SIZE,
                    mmap(NULL, 3 * 4096, PROT_READ, MAP_SHARED, fd, 0)};
  CHECK(img.map != MAP_FAILED);
  hearth_memory m = {0}, m2 = {0};
  CHECK_EQ_INT(h_mem_init_image(&m, &img, 10), HEARTH_OK);
  CHECK_EQ_INT(h_mem_init_image(&m2, &img, 10), HEARTH_OK);
  CHECK(m.snapshot);
  CHECK_EQ_INT(m.size, 2 * H_PAGE_SIZE);
  CHECK_EQ_INT(m.snap_size, 2 * H_PAGE_SIZE);
  CHECK_EQ_INT(m.base[0], 1);
  CHECK_EQ_INT(m.base[2 * 4096 + 5], 3);
  CHECK_EQ_INT(m.base[3 * 4096], 0);
  CHECK_EQ_INT(m.base[m.size - 1], 0);
  uint8_t *base = m.base;
  wr(&m, 0, 0xEE, 5000);                   /* image part */
  wr(&m, 4 * 4096, 0xDD, 100);             /* zero part */
  CHECK_EQ_INT(h_mem_grow(&m, 3), 2);
  wr(&m, 2 * H_PAGE_SIZE, 0xCC, 3 * H_PAGE_SIZE);
  CHECK_EQ_INT(m2.base[0], 1);             /* another mapping of the same image is unaffected */
  CHECK_EQ_INT(m2.base[4 * 4096], 0);
  uint8_t probe;
  CHECK(pread(fd, &probe, 1, 0) == 1);     /* nor is the image itself */
  CHECK_EQ_INT(probe, 1);
  CHECK_EQ_INT(h_mem_reset(&m), HEARTH_OK);
  CHECK(m.base == base);
  CHECK_EQ_INT(m.size, 2 * H_PAGE_SIZE);
  CHECK_EQ_INT(m.base[0], 1);
  CHECK_EQ_INT(m.base[4999], 2);
  CHECK_EQ_INT(m.base[4 * 4096], 0);
  /* growing again gives zeros where the dropped pages were */
  CHECK_EQ_INT(h_mem_grow(&m, 3), 2);
  for (uint64_t i = 2 * H_PAGE_SIZE; i < m.size; i += 4096) CHECK_EQ_INT(m.base[i], 0);
  CHECK_EQ_INT(h_mem_reset(&m), HEARTH_OK);
  CHECK_EQ_INT(h_mem_reset(&m), HEARTH_OK); /* idempotent */
  CHECK_EQ_INT(m.base[8191], 2);
  close(fd); /* the mappings keep the image alive */
  CHECK_EQ_INT(m.base[8192], 3);
  wr(&m, 8192, 1, 10);
  CHECK_EQ_INT(h_mem_reset(&m), HEARTH_OK);
  CHECK_EQ_INT(m.base[8192], 3);
  h_mem_fini(&m);
  h_mem_fini(&m2);
  munmap((void *)(uintptr_t)img.map, 3 * 4096);
  CHECK(!m.snapshot);
}

/* Reset without an image part (all zero) and with an empty memory; plain memories refuse reset. */
static void reset_edge_cases(void) {
  hearth_memory m = {0};
  h_memimage img = {-1, 0, H_PAGE_SIZE, NULL};
  CHECK_EQ_INT(h_mem_init_image(&m, &img, 4), HEARTH_OK);
  wr(&m, 100, 5, 1);
  CHECK_EQ_INT(h_mem_grow(&m, 3), 1);
  CHECK_EQ_INT(h_mem_grow(&m, 1), -1); /* max 4 pages */
  CHECK_EQ_INT(h_mem_reset(&m), HEARTH_OK);
  CHECK_EQ_INT(m.base[100], 0);
  CHECK_EQ_INT(m.size, H_PAGE_SIZE);
  h_mem_fini(&m);
  img.size = 0;
  CHECK_EQ_INT(h_mem_init_image(&m, &img, 4), HEARTH_OK);
  CHECK_EQ_INT(h_mem_grow(&m, 2), 0);
  wr(&m, 0, 1, 1);
  CHECK_EQ_INT(h_mem_reset(&m), HEARTH_OK);
  CHECK_EQ_INT(m.size, 0);
  CHECK_EQ_INT(h_mem_grow(&m, 1), 0);
  CHECK_EQ_INT(m.base[0], 0);
  h_mem_fini(&m);
  CHECK_EQ_INT(h_mem_init(&m, 1, 4), HEARTH_OK);
  CHECK_EQ_INT(h_mem_reset(&m), HEARTH_ERR_ARGUMENT);
  h_mem_fini(&m);
}

/* A one-page image memory for the write-tracking tests: byte i of the image is (i / 4096 + 1). */
typedef struct {
  int fd;
  h_memimage img;
  hearth_memory m;
} imgmem;
static void imgmem_init(imgmem *t, uint64_t max_pages) {
  t->fd = image_fd(H_PAGE_SIZE);
  t->img = (h_memimage){t->fd, H_PAGE_SIZE, H_PAGE_SIZE,
                        mmap(NULL, H_PAGE_SIZE, PROT_READ, MAP_SHARED, t->fd, 0)};
  CHECK(t->img.map != MAP_FAILED);
  memset(&t->m, 0, sizeof t->m);
  CHECK_EQ_INT(h_mem_init_image(&t->m, &t->img, max_pages), HEARTH_OK);
}
static void imgmem_fini(imgmem *t) {
  h_mem_fini(&t->m);
  munmap((void *)(uintptr_t)t->img.map, H_PAGE_SIZE);
  close(t->fd);
}

/* Reset restores exactly the marked granules, and the spill of a store that starts in the last
 * bytes of a marked granule into the next one. */
static void reset_restores_marked_granules(void) {
  imgmem t;
  imgmem_init(&t, 4);
  hearth_memory *m = &t.m;
  wr(m, 3 * 4096 + 7, 0x55, 1);
  /* An 8-byte store at 4094 of granule 5: marks granule 5 only, writes 6 bytes into granule 6. */
  uint64_t v = ~0ull;
  memcpy(m->base + 5 * 4096 + 4094, &v, 8);
  h_mem_mark(m, 5 * 4096 + 4094, 1);
  CHECK_EQ_INT(m->base[6 * 4096 + 5], 0xFF);
  CHECK_EQ_INT(h_mem_reset(m), HEARTH_OK);
  CHECK_EQ_INT(m->base[3 * 4096 + 7], 4);
  CHECK_EQ_INT(m->base[5 * 4096 + 4095], 6);
  for (int i = 0; i < 6; i++) CHECK_EQ_INT(m->base[6 * 4096 + i], 7);
  /* No granule is dirty any more (restored ones are 2, kept resident); a second reset restores
   * nothing more and changes nothing. */
  for (uint64_t g = 0; g < 16; g++) CHECK(h_mem_dirty_map(m)[g] != 1);
  CHECK_EQ_INT(h_mem_dirty_map(m)[3], 2);
  CHECK_EQ_INT(m->resident, 2);
  CHECK_EQ_INT(h_mem_reset(m), HEARTH_OK);
  CHECK_EQ_INT(m->base[6 * 4096], 7);
  imgmem_fini(&t);
}

/* The base pointer handed out (hearth_memory_data) makes the next reset drop everything, so that
 * writes that bypassed the map are undone too. */
static void reset_after_untracked_writes(void) {
  imgmem t;
  imgmem_init(&t, 4);
  hearth_memory *m = &t.m;
  uint8_t *p = hearth_memory_data(m);
  CHECK(m->untracked);
  p[9 * 4096] = 0x77; /* no mark */
  CHECK_EQ_INT(h_mem_grow(m, 1), 1);
  CHECK_EQ_INT(h_mem_reset(m), HEARTH_OK);
  CHECK(!m->untracked);
  CHECK_EQ_INT(m->base[9 * 4096], 10);
  CHECK_EQ_INT(m->rw_end, H_PAGE_SIZE); /* grown pages dropped and protected again */
  imgmem_fini(&t);
}

/* Pages grown during a call stay mapped across the reset (no mprotect on the next grow), read as
 * zeros when grown again, including where an out-of-bounds store of this call wrote them before
 * the grow; past the keep-resident budget, reset drops them and protects them again. */
static void grown_pages_kept_then_budget(void) {
  imgmem t;
  imgmem_init(&t, 8);
  hearth_memory *m = &t.m;
  CHECK_EQ_INT(h_mem_grow(m, 2), 1);
  wr(m, H_PAGE_SIZE, 0x11, 2 * H_PAGE_SIZE);
  CHECK_EQ_INT(h_mem_reset(m), HEARTH_OK);
  CHECK_EQ_INT(m->size, H_PAGE_SIZE);
  CHECK_EQ_INT(m->rw_end, 3 * H_PAGE_SIZE);
  CHECK_EQ_INT(m->base[H_PAGE_SIZE], 0); /* kept mapped, restored to zeros */
  /* An out-of-bounds store in the kept range (it does not trap: documented), and the spill of an
   * in-bounds store at the very end of the memory. */
  wr(m, H_PAGE_SIZE + 8192, 0x22, 4);
  uint32_t v = 0xFFFFFFFFu;
  memcpy(m->base + H_PAGE_SIZE - 2, &v, 4);
  h_mem_mark(m, H_PAGE_SIZE - 2, 1);
  CHECK_EQ_INT(h_mem_grow(m, 1), 1);
  CHECK_EQ_INT(m->base[H_PAGE_SIZE + 8192], 0);
  CHECK_EQ_INT(m->base[H_PAGE_SIZE], 0);
  CHECK_EQ_INT(m->base[H_PAGE_SIZE + 1], 0);
  CHECK_EQ_INT(h_mem_reset(m), HEARTH_OK);
  /* Budget: 2 granules. Dirtying 3 exceeds it: everything is dropped. */
  m->keep_bytes = 2 * 4096;
  wr(m, 0, 0x33, 3 * 4096);
  CHECK_EQ_INT(h_mem_reset(m), HEARTH_OK);
  CHECK_EQ_INT(m->rw_end, H_PAGE_SIZE);
  CHECK_EQ_INT(m->resident, 0);
  CHECK_EQ_INT(m->base[0], 1);
  CHECK_EQ_INT(m->base[2 * 4096], 3);
  imgmem_fini(&t);
}

/* The point of write tracking: once warm, a call that dirties the same pages and grows the memory,
 * followed by a reset, costs no page fault at all (a fault costs 10-30 us on virtual machines). */
static void steady_state_reset_has_no_faults(void) {
  imgmem t;
  imgmem_init(&t, 8);
  hearth_memory *m = &t.m;
  long before = 0;
  for (int i = 0; i < 200; i++) {
    if (i == 100) before = minor_faults();
    wr(m, 0, i, 16 * 4096); /* 64 KiB of the image, copied on first write */
    CHECK_EQ_INT(h_mem_grow(m, 1), 1);
    wr(m, H_PAGE_SIZE, i, H_PAGE_SIZE); /* 64 KiB of grown memory */
    CHECK_EQ_INT(h_mem_reset(m), HEARTH_OK);
    CHECK_EQ_INT(m->base[0], 1);
    CHECK_EQ_INT(m->base[15 * 4096], 16);
  }
  long faults = minor_faults() - before;
  CHECK_EQ_INT(faults, 0);
  imgmem_fini(&t);
}

T_MAIN(T_CASE(init_and_fini), T_CASE(grow_keeps_base_and_zeroes), T_CASE(limits),
       T_CASE(store_limit), T_CASE(many_memories), T_CASE(image_and_reset),
       T_CASE(reset_edge_cases), T_CASE(reset_restores_marked_granules),
       T_CASE(reset_after_untracked_writes), T_CASE(grown_pages_kept_then_budget),
       T_CASE(steady_state_reset_has_no_faults))
