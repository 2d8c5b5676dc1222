/* fuzz_component.c: libFuzzer target over component decode + validate + instantiate + calls
 * (fuzz_component_body.h): everything must be freed again (`make fuzz-component`, seeds:
 * guests/component and tests/component-wast). */
#include "fuzz_component_body.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  size_t leaked = fuzz_component_one(data, size);
  if (leaked) {
    fprintf(stderr, "fuzz_component: hearth_alloc_current() grew by %zu bytes\n", leaked);
    abort();
  }
  return 0;
}
