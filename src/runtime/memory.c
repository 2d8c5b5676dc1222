/* memory.c: linear memories as a reserved, never-moving address range committed page by page. */
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"

/* Layout: each memory reserves H_MEMORY_RESERVE bytes of PROT_NONE address space up front (so the
 * base never moves and any 32-bit address + offset past the end faults instead of touching another
 * mapping). [base, base + size) is PROT_READ|PROT_WRITE; growing only mprotects the next pages, which
 * the kernel hands out zero-filled. If the full reservation is refused (exhausted address space,
 * valgrind, RLIMIT_AS) we fall back to reserving exactly max_pages (at least one OS page, so that
 * base is valid even for a zero-page memory); mem->reserved records which one we got. With
 * H_GUARD_PAGES (config.h) the interpreter relies on the full reservation instead of checking
 * bounds, so there is no fallback: creating the memory fails.
 *
 * Snapshot-backed memories (templates, snapshot.c): the reservation is made the same way, then a
 * template's memory image (a sealed memfd holding the non-zero prefix of the snapshot's memory) is
 * mapped MAP_PRIVATE|MAP_FIXED over [base, base + image_bytes): reads share the template's page
 * cache, the first write to a page copies it. [image_bytes, snap_size) is ordinary zero-filled
 * anonymous memory. Reset (h_mem_reset):
 *   - pages grown since the snapshot are dropped (MADV_DONTNEED) and made PROT_NONE again (the
 *     mappings keep their flags, so neighbouring ranges merge back into one);
 *   - madvise(MADV_DONTNEED) over [base, base + snap_size) drops every private page: the image part
 *     reads the memfd again, the anonymous part reads zeros. The kernel only walks page tables
 *     that exist, so the cost follows what the guest touched, not the memory size.
 * The reservation itself is never released until h_mem_fini, so base never moves. */

/* True when transparent huge pages are on for every anonymous mapping ("[always]"); read once. */
static bool thp_always(void) {
  static atomic_int cached = -1; /* -1 unknown, 0 no, 1 yes */
  int v = atomic_load_explicit(&cached, memory_order_relaxed);
  if (v >= 0) return v == 1;
  v = 0;
  int fd = open("/sys/kernel/mm/transparent_hugepage/enabled", O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    char buf[128];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n > 0) {
      buf[n] = 0;
      v = strstr(buf, "[always]") != NULL;
    }
  }
  atomic_store_explicit(&cached, v, memory_order_relaxed);
  return v == 1;
}

static size_t os_page(void) {
  long p = sysconf(_SC_PAGESIZE);
  return p > 0 ? (size_t)p : 4096u;
}

/* Reserves the range and makes [base, base + bytes) accessible: [0, img->image_bytes) mapped from
 * img->fd when img is non-NULL, the rest anonymous zero pages. */
static hearth_status mem_setup(hearth_memory *mem, uint64_t min_pages, uint64_t max_pages,
                               const h_memimage *img) {
  if (max_pages > H_MAX_PAGES) max_pages = H_MAX_PAGES;
  if (min_pages > max_pages)
    return h_err(HEARTH_ERR_NOMEM, "memory of %llu pages exceeds the limit of %llu pages",
                 (unsigned long long)min_pages, (unsigned long long)max_pages);
  uint64_t reserve = H_MEMORY_RESERVE;
  void *p = mmap(NULL, (size_t)reserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1,
                 0);
  if (p == MAP_FAILED && H_GUARD_PAGES)
    return h_err(HEARTH_ERR_NOMEM,
                 "cannot reserve %llu GiB of address space for a linear memory (RLIMIT_AS?)",
                 (unsigned long long)(H_MEMORY_RESERVE >> 30));
  if (p == MAP_FAILED) {
    reserve = max_pages * H_PAGE_SIZE;
    if (reserve < os_page()) reserve = os_page();
    p = mmap(NULL, (size_t)reserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
      return h_err(HEARTH_ERR_NOMEM, "cannot reserve %llu bytes for a linear memory",
                   (unsigned long long)reserve);
  }
  uint64_t bytes = min_pages * H_PAGE_SIZE;
  uint64_t image = img ? img->image_bytes : 0;
  assert(image <= bytes);
  if (image && mmap(p, (size_t)image, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, img->fd,
                    0) == MAP_FAILED) {
    munmap(p, (size_t)reserve);
    return h_err(HEARTH_ERR_NOMEM, "cannot map a memory image of %llu bytes",
                 (unsigned long long)image);
  }
  if (bytes > image &&
      mprotect((uint8_t *)p + image, (size_t)(bytes - image), PROT_READ | PROT_WRITE) != 0) {
    munmap(p, (size_t)reserve);
    return h_err(HEARTH_ERR_NOMEM, "cannot commit %llu bytes of linear memory",
                 (unsigned long long)bytes);
  }
  /* Reset drops whatever the guest dirtied; with transparent huge pages one write would fault in
   * (and zero) 2 MiB again after every reset. Best effort. */
  if (img && thp_always()) (void)madvise(p, (size_t)reserve, MADV_NOHUGEPAGE);
  mem->base = p;
  mem->size = bytes;
  mem->max_pages = max_pages;
  mem->reserved = reserve;
  mem->snapshot = img != NULL;
  mem->snap_size = img ? bytes : 0;
  mem->image_bytes = image;
  return HEARTH_OK;
}

hearth_status h_mem_init(hearth_memory *mem, uint64_t min_pages, uint64_t max_pages) {
  return mem_setup(mem, min_pages, max_pages, NULL);
}

hearth_status h_mem_init_image(hearth_memory *mem, const h_memimage *img, uint64_t max_pages) {
  assert(img && img->size % H_PAGE_SIZE == 0 && img->image_bytes <= img->size &&
         img->image_bytes % os_page() == 0);
  return mem_setup(mem, img->size / H_PAGE_SIZE, max_pages, img);
}

hearth_status h_mem_reset(hearth_memory *mem) {
  if (!mem->snapshot || !mem->base)
    return h_err(HEARTH_ERR_ARGUMENT, "memory is not backed by a snapshot");
  assert(mem->size >= mem->snap_size);
  if (mem->size > mem->snap_size) {
    uint8_t *p = mem->base + mem->snap_size;
    size_t n = (size_t)(mem->size - mem->snap_size);
    if (madvise(p, n, MADV_DONTNEED) != 0 || mprotect(p, n, PROT_NONE) != 0)
      return h_err(HEARTH_ERR_NOMEM, "cannot release %zu bytes of grown memory", n);
    mem->size = mem->snap_size;
  }
  if (mem->snap_size && madvise(mem->base, (size_t)mem->snap_size, MADV_DONTNEED) != 0)
    return h_err(HEARTH_ERR_NOMEM, "cannot reset %llu bytes of linear memory",
                 (unsigned long long)mem->snap_size);
  return HEARTH_OK;
}

void h_mem_fini(hearth_memory *mem) {
  if (mem->base) munmap(mem->base, (size_t)mem->reserved);
  mem->base = NULL;
  mem->size = 0;
  mem->reserved = 0;
  mem->snapshot = false;
}

int64_t h_mem_grow(hearth_memory *mem, uint64_t delta_pages) {
  uint64_t old = mem->size / H_PAGE_SIZE;
  if (delta_pages == 0) return (int64_t)old;
  if (!mem->base || delta_pages > mem->max_pages - old) return -1;
  uint64_t new_bytes = (old + delta_pages) * H_PAGE_SIZE;
  if (new_bytes > mem->reserved) return -1;
  /* The store's limit may have been lowered after this memory was created; the store's table
   * elements count against it too (runtime.c's table_budget). */
  if (mem->store && mem->store->mem_limit &&
      new_bytes + mem->store->table_bytes > mem->store->mem_limit)
    return -1;
  if (mprotect(mem->base + mem->size, (size_t)(new_bytes - mem->size), PROT_READ | PROT_WRITE) != 0)
    return -1;
  mem->size = new_bytes;
  return (int64_t)old;
}
