/* memory.c: linear memories as a reserved, never-moving address range committed page by page. */
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"

/* Layout: each memory reserves H_MEMORY_RESERVE bytes of PROT_NONE address space up front (so the
 * base never moves and any 32-bit address + offset past the end faults instead of touching another
 * mapping), preceded by the dirty map of H_DIRTY_MAP_BYTES (one byte per 4 KiB granule of the
 * reservation; read-write, committed only where touched):
 *
 *   [dirty map][base ... size ... rw_end ... reserved)
 *
 * A map byte is 0 (untouched since the last full drop), 1 (written since the last reset: stores
 * write 1) or 2 (restored by a reset and kept resident, clean).
 *
 * [base, base + size) is PROT_READ|PROT_WRITE; growing mprotects the next pages, which the kernel
 * hands out zero-filled. If the full reservation is refused (exhausted address space, valgrind,
 * RLIMIT_AS) we fall back to reserving exactly max_pages (at least one OS page, so that base is
 * valid even for a zero-page memory); mem->reserved records which one we got. With H_GUARD_PAGES
 * (config.h) the interpreter relies on the full reservation instead of checking bounds, so there
 * is no fallback: creating the memory fails.
 *
 * Write tracking: every store of guest code sets the dirty-map byte of the granule its address
 * starts in (interp.c, jit.c), host writes and bulk operations mark their whole range (h_mem_mark).
 * A store starts in one granule and may spill at most H_MAX_STORE_BYTES - 1 bytes into the next.
 *
 * Snapshot-backed memories (templates, snapshot.c): the reservation is made the same way, then a
 * template's memory image (a sealed memfd holding the non-zero prefix of the snapshot's memory) is
 * mapped MAP_PRIVATE|MAP_FIXED over [base, base + image_bytes): reads share the template's page
 * cache, the first write to a page copies it. [image_bytes, snap_size) is ordinary zero-filled
 * anonymous memory. Reset (h_mem_reset) restores in place, by copying from the template's read-only
 * mapping of the image (or zeroing), exactly the granules marked dirty (and the spill bytes of the
 * next granule where they differ), then clears the marks. The pages stay resident and private, so
 * the next call neither faults nor makes a system call: on virtual machines a page fault costs
 * 10-30 us and a protection change more, against ~0.1 us to copy a granule (bench/ prints the
 * figures of the machine it runs on).
 *
 * Grown pages: reset sets size back to snap_size but keeps [snap_size, rw_end) mapped read-write
 * (zeroed, with its dirty granules restored to zero), so the next call's memory.grow up to rw_end
 * needs no mprotect. The price: an access in [size, rw_end) by a buggy or hostile guest does not
 * trap (it reads zeros or its own out-of-bounds writes of this call); it never sees another call's
 * data, and memory.grow zeroes whatever such writes left in the granules it exposes, so grown
 * memory always reads as zeros. With exact_bounds (hearth_pool_config.exact_memory_bounds) reset
 * drops grown pages and protects them again instead: every access past size traps, at the price
 * of an madvise + mprotect per reset and a fault per grown page on the next call. A keep-resident budget (keep_bytes) bounds both the granules kept
 * resident (an upper bound, recounted from the map when it passes the budget) and rw_end - snap_size;
 * a reset past it, or one after the base pointer was handed out
 * (hearth_memory_data: writes may have bypassed the map), drops everything with
 * madvise(MADV_DONTNEED) and makes grown pages PROT_NONE again (the slow path: every page faults
 * back in). The reservation itself is never released until h_mem_fini, so base never moves. */

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
  const size_t maps = (size_t)H_DIRTY_MAP_BYTES;
  uint64_t reserve = H_MEMORY_RESERVE;
  uint8_t *r = mmap(NULL, maps + (size_t)reserve, PROT_NONE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (r == MAP_FAILED && H_GUARD_PAGES)
    return h_err(HEARTH_ERR_NOMEM,
                 "cannot reserve %llu GiB of address space for a linear memory (RLIMIT_AS?)",
                 (unsigned long long)(H_MEMORY_RESERVE >> 30));
  if (r == MAP_FAILED) {
    reserve = max_pages * H_PAGE_SIZE;
    if (reserve < os_page()) reserve = os_page();
    r = mmap(NULL, maps + (size_t)reserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
             -1, 0);
    if (r == MAP_FAILED)
      return h_err(HEARTH_ERR_NOMEM, "cannot reserve %llu bytes for a linear memory",
                   (unsigned long long)reserve);
  }
  uint8_t *p = r + maps;
  uint64_t bytes = min_pages * H_PAGE_SIZE;
  uint64_t image = img ? img->image_bytes : 0;
  assert(image <= bytes);
  /* One mprotect for the map and the accessible part (they are adjacent), then the image over the
   * start of the memory. */
  if (mprotect(r, maps + (size_t)bytes, PROT_READ | PROT_WRITE) != 0) {
    munmap(r, maps + (size_t)reserve);
    return h_err(HEARTH_ERR_NOMEM, "cannot commit %llu bytes of linear memory",
                 (unsigned long long)bytes);
  }
  if (image && mmap(p, (size_t)image, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, img->fd,
                    0) == MAP_FAILED) {
    munmap(r, maps + (size_t)reserve);
    return h_err(HEARTH_ERR_NOMEM, "cannot map a memory image of %llu bytes",
                 (unsigned long long)image);
  }
  /* Reset drops whatever the guest dirtied; with transparent huge pages one write would fault in
   * (and zero) 2 MiB again after every reset. Best effort. */
  if (thp_always()) {
    (void)madvise(r, maps, MADV_NOHUGEPAGE); /* a map byte must not commit 2 MiB */
    if (img) (void)madvise(p, (size_t)reserve, MADV_NOHUGEPAGE);
  }
  mem->base = p;
  mem->size = bytes;
  mem->rw_end = bytes;
  mem->max_pages = max_pages;
  mem->reserved = reserve;
  mem->snapshot = img != NULL;
  mem->untracked = false;
  mem->snap_size = img ? bytes : 0;
  mem->image_bytes = image;
  mem->image = img ? img->map : NULL;
  mem->keep_bytes = H_DEFAULT_KEEP_RESIDENT;
  mem->exact_bounds = false;
  mem->resident = 0;
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

enum { MAP_CLEAN = 0, MAP_DIRTY = 1, MAP_RESIDENT = 2 };

/* The snapshot content of granule g, or NULL where it is zero. */
static inline const uint8_t *reference(const hearth_memory *mem, uint64_t g) {
  uint64_t off = g << H_DIRTY_SHIFT;
  return off < mem->image_bytes ? mem->image + off : NULL;
}

/* Granule g + 1 may hold the spill of a store that started in granule g (dirty) while g + 1 is not
 * dirty: restores those bytes where they differ. Reading first keeps an untouched page untouched
 * (a read maps the shared zero or page-cache page once; a write would copy it). */
static void restore_spill(hearth_memory *mem, uint64_t g1) {
  uint8_t *at = mem->base + (g1 << H_DIRTY_SHIFT);
  const uint8_t *ref = reference(mem, g1);
  static const uint8_t zeros[H_MAX_STORE_BYTES];
  if (!ref) ref = zeros;
  if (memcmp(at, ref, H_MAX_STORE_BYTES - 1) != 0) memcpy(at, ref, H_MAX_STORE_BYTES - 1);
}

/* Non-zero map bytes of [g0, g1): granules dirty or kept resident. */
static uint64_t count_touched(const hearth_memory *mem, uint64_t g0, uint64_t g1) {
  const uint8_t *dmap = h_mem_dirty_map(mem);
  uint64_t n = 0;
  for (uint64_t g = g0; g < g1; g++) n += dmap[g] != MAP_CLEAN;
  return n;
}

/* Grown pages [snap_size, rw_end) dropped and made PROT_NONE again, their map bytes cleared. */
static hearth_status release_grown(hearth_memory *mem) {
  if (mem->rw_end <= mem->snap_size) return HEARTH_OK;
  uint8_t *p = mem->base + mem->snap_size;
  size_t n = (size_t)(mem->rw_end - mem->snap_size);
  if (madvise(p, n, MADV_DONTNEED) != 0 || mprotect(p, n, PROT_NONE) != 0)
    return h_err(HEARTH_ERR_NOMEM, "cannot release %zu bytes of grown memory", n);
  uint64_t g0 = mem->snap_size >> H_DIRTY_SHIFT, g1 = mem->rw_end >> H_DIRTY_SHIFT;
  uint64_t gone = count_touched(mem, g0, g1);
  mem->resident = mem->resident > gone ? mem->resident - gone : 0;
  memset(h_mem_dirty_map(mem) + g0, MAP_CLEAN, (size_t)(g1 - g0));
  mem->rw_end = mem->snap_size;
  return HEARTH_OK;
}

/* The slow path: every private page dropped (the image part reads the memfd again, the rest reads
 * zeros), grown pages made inaccessible again, the map cleared. */
static hearth_status drop_all(hearth_memory *mem) {
  hearth_status st = release_grown(mem);
  if (st != HEARTH_OK) return st;
  mem->size = mem->snap_size;
  if (mem->snap_size && madvise(mem->base, (size_t)mem->snap_size, MADV_DONTNEED) != 0)
    return h_err(HEARTH_ERR_NOMEM, "cannot reset %llu bytes of linear memory",
                 (unsigned long long)mem->snap_size);
  memset(h_mem_dirty_map(mem), MAP_CLEAN, (size_t)(mem->snap_size >> H_DIRTY_SHIFT));
  mem->resident = 0;
  mem->untracked = false;
  return HEARTH_OK;
}

/* True when any of the 64 map bytes at p is MAP_DIRTY (bit 0; MAP_RESIDENT has it clear). 64-byte
 * blocks, which compilers vectorize: a large memory's map is mostly never-written zero pages, read
 * from cache. */
static inline bool any_dirty64(const uint8_t *p) {
  uint64_t w[8];
  memcpy(w, p, 64);
  return ((w[0] | w[1] | w[2] | w[3] | w[4] | w[5] | w[6] | w[7]) & 0x0101010101010101ull) != 0;
}

/* Restores the dirty granules of [b0, e0) (of ng granules that can hold writes) and marks them
 * resident; b0 is a multiple of 64. Returns how many it restored. */
static uint64_t restore_range(hearth_memory *mem, uint64_t b0, uint64_t e0, uint64_t ng) {
  uint8_t *dmap = h_mem_dirty_map(mem);
  uint64_t n = 0;
  for (uint64_t b = b0; b < e0; b += 64) {
    if (b + 64 <= e0 && !any_dirty64(dmap + b)) continue;
    uint64_t end = b + 64 < e0 ? b + 64 : e0;
    for (uint64_t g = b; g < end; g++) {
      if (dmap[g] != MAP_DIRTY) continue;
      uint8_t *at = mem->base + (g << H_DIRTY_SHIFT);
      const uint8_t *ref = reference(mem, g);
      if (ref)
        memcpy(at, ref, H_DIRTY_GRANULE);
      else
        memset(at, 0, H_DIRTY_GRANULE);
      dmap[g] = MAP_RESIDENT;
      n++;
      if (g + 1 < ng && dmap[g + 1] != MAP_DIRTY) restore_spill(mem, g + 1);
    }
  }
  return n;
}

/* Reads n /proc/self/pagemap entries from virtual page first; false when unavailable. The file is
 * opened once per process. */
static bool pagemap_read(uint64_t first, uint64_t n, uint64_t *out) {
  static atomic_int fd_cache = -2; /* -2 not tried, -1 unavailable */
  int fd = atomic_load_explicit(&fd_cache, memory_order_acquire);
  if (fd == -2) {
    int nfd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
    int expect = -2;
    if (!atomic_compare_exchange_strong(&fd_cache, &expect, nfd < 0 ? -1 : nfd)) {
      if (nfd >= 0) close(nfd);
    }
    fd = atomic_load_explicit(&fd_cache, memory_order_acquire);
  }
  if (fd < 0) return false;
  size_t want = (size_t)n * 8;
  ssize_t r = pread(fd, out, want, (off_t)(first * 8));
  return r == (ssize_t)want;
}

hearth_status h_mem_reset(hearth_memory *mem) {
  if (!mem->snapshot || !mem->base)
    return h_err(HEARTH_ERR_ARGUMENT, "memory is not backed by a snapshot");
  assert(mem->size >= mem->snap_size && mem->rw_end >= mem->size);
  if (mem->untracked) return drop_all(mem);
  uint8_t *dmap = h_mem_dirty_map(mem);
  uint64_t ng = mem->rw_end >> H_DIRTY_SHIFT; /* granules that can hold writes */
  size_t pg = os_page();
  uint64_t per_page = pg; /* map bytes (granules) per OS page of the map */
  uint64_t restored = 0;
  if (ng > H_RESET_PAGEMAP_GRANULES && ng / per_page <= 512) {
    /* A large memory: ask the kernel which pages of the map were ever written (exclusively
     * mapped or swapped) and scan only those; the rest still read as the shared zero page. One
     * read of /proc/self/pagemap instead of scanning megabytes of zeros. */
    uint64_t npg = (ng + per_page - 1) / per_page, ent[512];
    if (pagemap_read((uintptr_t)dmap / pg, npg, ent)) {
      for (uint64_t i = 0; i < npg; i++)
        if ((ent[i] >> 56 & 1) || (ent[i] >> 62 & 1)) {
          uint64_t b = i * per_page, e = b + per_page < ng ? b + per_page : ng;
          restored += restore_range(mem, b, e, ng);
        }
      goto restored;
    }
  }
  restored += restore_range(mem, 0, ng, ng);
restored:
  mem->size = mem->snap_size;
  /* resident counts restorations, so a granule restored again is counted again: an upper bound.
   * Past the budget it is recounted from the map, and only a true excess drops everything. */
  mem->resident += restored;
  uint64_t keep = mem->keep_bytes >> H_DIRTY_SHIFT;
  if (mem->resident > keep) mem->resident = count_touched(mem, 0, ng);
  if (mem->resident > keep || mem->rw_end - mem->snap_size > mem->keep_bytes)
    return drop_all(mem);
  if (mem->exact_bounds) return release_grown(mem);
  return HEARTH_OK;
}

void h_mem_write(hearth_memory *mem, uint64_t off, const void *src, size_t len) {
  assert(off <= mem->size && len <= mem->size - off);
  if (!len) return;
  memcpy(mem->base + off, src, len);
  h_mem_mark(mem, off, len);
}

void h_mem_fini(hearth_memory *mem) {
  if (mem->base)
    munmap(mem->base - (size_t)H_DIRTY_MAP_BYTES, (size_t)H_DIRTY_MAP_BYTES + (size_t)mem->reserved);
  mem->base = NULL;
  mem->size = 0;
  mem->rw_end = 0;
  mem->reserved = 0;
  mem->snapshot = false;
}

/* [from, to) (within rw_end) becomes accessible again after a reset kept it mapped: it must read as
 * zeros, so granules that out-of-bounds stores of this call wrote (marked), and the spill of a
 * marked granule just below, are zeroed. */
static void zero_exposed(hearth_memory *mem, uint64_t from, uint64_t to) {
  uint8_t *dmap = h_mem_dirty_map(mem);
  uint64_t g0 = from >> H_DIRTY_SHIFT, g1 = to >> H_DIRTY_SHIFT;
  for (uint64_t g = g0; g < g1; g++)
    if (dmap[g] == MAP_DIRTY) memset(mem->base + (g << H_DIRTY_SHIFT), 0, H_DIRTY_GRANULE);
  if (g0 && g0 < g1 && dmap[g0 - 1] == MAP_DIRTY && dmap[g0] != MAP_DIRTY) restore_spill(mem, g0);
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
      new_bytes + mem->store->table_bytes + mem->store->gc_bytes > mem->store->mem_limit)
    return -1;
  if (mem->store && mem->store->grow_hook &&
      !mem->store->grow_hook(mem->store->grow_user, new_bytes - mem->size))
    return -1;
  if (new_bytes > mem->rw_end) {
    if (mprotect(mem->base + mem->rw_end, (size_t)(new_bytes - mem->rw_end),
                 PROT_READ | PROT_WRITE) != 0)
      return -1;
  }
  if (mem->rw_end > mem->size)
    zero_exposed(mem, mem->size, new_bytes < mem->rw_end ? new_bytes : mem->rw_end);
  mem->size = new_bytes;
  if (new_bytes > mem->rw_end) mem->rw_end = new_bytes;
  return (int64_t)old;
}
