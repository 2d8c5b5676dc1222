/* memory.c: linear memories as a reserved, never-moving address range committed page by page. */
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"

/* Layout: each memory reserves H_MEMORY_RESERVE bytes of PROT_NONE address space up front (so the
 * base never moves and any 32-bit address + offset past the end faults instead of touching another
 * mapping). [base, base + size) is PROT_READ|PROT_WRITE; growing only mprotects the next pages, which
 * the kernel hands out zero-filled. If the full reservation is refused (exhausted address space,
 * valgrind, RLIMIT_AS) we fall back to reserving exactly max_pages (at least one OS page, so that
 * base is valid even for a zero-page memory); mem->reserved records which one we got.
 *
 * Copy-on-write reset plan (pools of warm instances), which fits in this file alone:
 *   - after instantiation, snapshot [base, base + size) into a memfd "image" once per module;
 *   - reset = mmap(base, image_size, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_FIXED, memfd, 0) over
 *     the committed range (pages become shared-clean copies of the image), then
 *     madvise(MADV_DONTNEED) + mprotect(PROT_NONE) for [base + image_size, base + size) so that
 *     pages grown after the snapshot go back to zero and inaccessible;
 *   - the reservation itself (base, reserved) is never released until h_mem_fini, so pointers the
 *     interpreter caches in frames stay valid. */

static size_t os_page(void) {
  long p = sysconf(_SC_PAGESIZE);
  return p > 0 ? (size_t)p : 4096u;
}

hearth_status h_mem_init(hearth_memory *mem, uint64_t min_pages, uint64_t max_pages) {
  if (max_pages > H_MAX_PAGES) max_pages = H_MAX_PAGES;
  if (min_pages > max_pages)
    return h_err(HEARTH_ERR_NOMEM, "memory of %llu pages exceeds the limit of %llu pages",
                 (unsigned long long)min_pages, (unsigned long long)max_pages);
  uint64_t reserve = H_MEMORY_RESERVE;
  void *p = mmap(NULL, (size_t)reserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1,
                 0);
  if (p == MAP_FAILED) {
    reserve = max_pages * H_PAGE_SIZE;
    if (reserve < os_page()) reserve = os_page();
    p = mmap(NULL, (size_t)reserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
      return h_err(HEARTH_ERR_NOMEM, "cannot reserve %llu bytes for a linear memory",
                   (unsigned long long)reserve);
  }
  uint64_t bytes = min_pages * H_PAGE_SIZE;
  if (bytes && mprotect(p, (size_t)bytes, PROT_READ | PROT_WRITE) != 0) {
    munmap(p, (size_t)reserve);
    return h_err(HEARTH_ERR_NOMEM, "cannot commit %llu bytes of linear memory",
                 (unsigned long long)bytes);
  }
  mem->base = p;
  mem->size = bytes;
  mem->max_pages = max_pages;
  mem->reserved = reserve;
  return HEARTH_OK;
}

void h_mem_fini(hearth_memory *mem) {
  if (mem->base) munmap(mem->base, (size_t)mem->reserved);
  mem->base = NULL;
  mem->size = 0;
  mem->reserved = 0;
}

int64_t h_mem_grow(hearth_memory *mem, uint64_t delta_pages) {
  uint64_t old = mem->size / H_PAGE_SIZE;
  if (delta_pages == 0) return (int64_t)old;
  if (!mem->base || delta_pages > mem->max_pages - old) return -1;
  uint64_t new_bytes = (old + delta_pages) * H_PAGE_SIZE;
  if (new_bytes > mem->reserved) return -1;
  /* The store's limit may have been lowered after this memory was created. */
  if (mem->store && mem->store->mem_limit && new_bytes > mem->store->mem_limit) return -1;
  if (mprotect(mem->base + mem->size, (size_t)(new_bytes - mem->size), PROT_READ | PROT_WRITE) != 0)
    return -1;
  mem->size = new_bytes;
  return (int64_t)old;
}
