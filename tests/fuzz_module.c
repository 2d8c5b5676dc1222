/* fuzz_module.c: libFuzzer target over decode + validate + compile + instantiate + run (see fuzz_body.h). */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz_body.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_report rep = fuzz_one(data, size);
  if (rep.leaked) {
    /* Everything was deleted, so the counting allocator must be back where it started. */
    fprintf(stderr, "fuzz_module: hearth_alloc_current() grew by %zu bytes\n", rep.leaked);
    abort();
  }
  if (rep.mismatch) {
    /* A template instance (pass 1) or the same instance after reset (pass 2) behaved differently
     * from a plain instance of the same module. */
    fprintf(stderr, "fuzz_module: template pass %d differs from the plain instance\n", rep.mismatch);
    abort();
  }
  return 0;
}
