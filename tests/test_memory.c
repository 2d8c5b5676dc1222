/* test_memory.c: linear memories: commit on grow, limits, a base that never moves, zeroed pages. */
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

/* An image-backed memory reads the image, then zeros; writes stay private; reset restores both
 * parts and the size; grown pages come back zeroed after a reset. */
static void image_and_reset(void) {
  int fd = image_fd(3 * 4096);
  h_memimage img = {fd, 3 * 4096, 2 * H_PAGE_SIZE};
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
  memset(m.base, 0xEE, 5000);              /* image part */
  memset(m.base + 4 * 4096, 0xDD, 100);    /* zero part */
  CHECK_EQ_INT(h_mem_grow(&m, 3), 2);
  memset(m.base + 2 * H_PAGE_SIZE, 0xCC, 3 * H_PAGE_SIZE);
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
  memset(m.base + 8192, 1, 10);
  CHECK_EQ_INT(h_mem_reset(&m), HEARTH_OK);
  CHECK_EQ_INT(m.base[8192], 3);
  h_mem_fini(&m);
  h_mem_fini(&m2);
  CHECK(!m.snapshot);
}

/* Reset without an image part (all zero) and with an empty memory; plain memories refuse reset. */
static void reset_edge_cases(void) {
  hearth_memory m = {0};
  h_memimage img = {-1, 0, H_PAGE_SIZE};
  CHECK_EQ_INT(h_mem_init_image(&m, &img, 4), HEARTH_OK);
  m.base[100] = 5;
  CHECK_EQ_INT(h_mem_grow(&m, 3), 1);
  CHECK_EQ_INT(h_mem_grow(&m, 1), -1); /* max 4 pages */
  CHECK_EQ_INT(h_mem_reset(&m), HEARTH_OK);
  CHECK_EQ_INT(m.base[100], 0);
  CHECK_EQ_INT(m.size, H_PAGE_SIZE);
  h_mem_fini(&m);
  img.size = 0;
  CHECK_EQ_INT(h_mem_init_image(&m, &img, 4), HEARTH_OK);
  CHECK_EQ_INT(h_mem_grow(&m, 2), 0);
  m.base[0] = 1;
  CHECK_EQ_INT(h_mem_reset(&m), HEARTH_OK);
  CHECK_EQ_INT(m.size, 0);
  CHECK_EQ_INT(h_mem_grow(&m, 1), 0);
  CHECK_EQ_INT(m.base[0], 0);
  h_mem_fini(&m);
  CHECK_EQ_INT(h_mem_init(&m, 1, 4), HEARTH_OK);
  CHECK_EQ_INT(h_mem_reset(&m), HEARTH_ERR_ARGUMENT);
  h_mem_fini(&m);
}

T_MAIN(T_CASE(init_and_fini), T_CASE(grow_keeps_base_and_zeroes), T_CASE(limits),
       T_CASE(store_limit), T_CASE(many_memories), T_CASE(image_and_reset),
       T_CASE(reset_edge_cases))
