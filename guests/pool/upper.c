/* upper.c: a well-behaved bytes-ABI guest: upper(ptr, len) returns the input upper-cased and
 * cabi_post_upper frees both buffers, so a reused instance stays the same size. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint32_t ret_area[2];
static void *last_in;

__attribute__((export_name("cabi_realloc"))) void *cabi_realloc(void *old, size_t old_size,
                                                               size_t align, size_t new_size) {
  (void)old_size;
  (void)align;
  void *p = realloc(old, new_size ? new_size : 1);
  last_in = p;
  return p;
}

__attribute__((export_name("upper"))) uint32_t *upper(const char *in, size_t len) {
  char *out = malloc(len ? len : 1);
  if (out)
    for (size_t i = 0; i < len; i++) out[i] = (in[i] >= 'a' && in[i] <= 'z') ? (char)(in[i] - 32) : in[i];
  ret_area[0] = (uint32_t)(uintptr_t)out;
  ret_area[1] = out ? (uint32_t)len : 0;
  return ret_area;
}

__attribute__((export_name("cabi_post_upper"))) void cabi_post_upper(uint32_t *ret) {
  free((void *)(uintptr_t)ret[0]);
  free(last_in);
  last_in = NULL;
}

/* A return area pointing outside linear memory: the host must refuse it, not read out of bounds. */
__attribute__((export_name("bad_ret"))) uint32_t *bad_ret(const char *in, size_t len) {
  (void)in;
  ret_area[0] = 0xfffffff0u;
  ret_area[1] = (uint32_t)len + 64;
  return ret_area;
}

/* A return pointer itself out of bounds. */
__attribute__((export_name("bad_retptr"))) uint32_t bad_retptr(const char *in, size_t len) {
  (void)in;
  (void)len;
  return 0xfffffffcu;
}
