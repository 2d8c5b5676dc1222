/* fuzz_wat.c: libFuzzer target over the text-format reader alone (wat.c): any input either parses
 * to a binary or fails with a positioned error, without crashing, hanging or leaking. The whole
 * pipeline (text included, since hearth_module_new reads text) is fuzz_module.c's job. */
#include <stdlib.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  size_t before = hearth_alloc_current();
  uint8_t *bin = NULL;
  size_t n = 0;
  hearth_status s = h_wat_to_wasm((const char *)data, size, &bin, &n);
  if (s == HEARTH_OK) h_free(bin);
  else if (s != HEARTH_ERR_MALFORMED && s != HEARTH_ERR_UNSUPPORTED && s != HEARTH_ERR_LIMIT)
    abort(); /* NOMEM aside (not reached at these sizes), the reader has no other outcome */
  if (hearth_alloc_current() != before) abort(); /* every path frees what it took */
  return 0;
}
