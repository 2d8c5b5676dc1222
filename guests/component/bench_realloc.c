/* bench_realloc.c: the canonical ABI's `cabi_realloc` export for the benchmarks when tools/jco_compare.sh
 * turns them into components. Without it, jco's preview-1 adapter keeps its state where the
 * program's own stack later overwrites it (Debian's wasi-libc exports no cabi_realloc), and its
 * fd_fdstat_get then fails an assertion under every runtime; with it, the adapter allocates its
 * state from the program's heap. */
#include <stddef.h>
#include <stdlib.h>

__attribute__((export_name("cabi_realloc"))) void *cabi_realloc(void *old, size_t old_size,
                                                                 size_t align, size_t new_size) {
  (void)old_size;
  (void)align; /* malloc's alignment (16) covers every canonical ABI alignment */
  if (!new_size) return (void *)align; /* a zero-size allocation: any aligned non-null address */
  void *p = realloc(old, new_size);
  if (!p) abort();
  return p;
}
