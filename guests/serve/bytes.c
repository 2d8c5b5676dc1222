/* bytes.c: bytes-ABI handlers for the `hearth serve` tests and benchmark (a reactor exporting
 * cabi_realloc): echo(body) returns the body; hello() ignores it and returns "hello, world\n";
 * upper(body) upper-cases it; trap traps when the body starts with "trap" and echoes otherwise;
 * spin loops forever; grab allocates until memory runs out and then traps. Buffers are freed by
 * cabi_post_* so a reused instance keeps its size. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint32_t ret_area[2];

__attribute__((export_name("cabi_realloc"))) void *cabi_realloc(void *old, size_t old_size,
                                                               size_t align, size_t new_size) {
  (void)old_size;
  (void)align;
  return realloc(old, new_size ? new_size : 1);
}

static uint32_t *ret(void *p, size_t len) {
  ret_area[0] = (uint32_t)(uintptr_t)p;
  ret_area[1] = (uint32_t)len;
  return ret_area;
}

static void post(uint32_t *area) { free((void *)(uintptr_t)area[0]); }

__attribute__((export_name("echo"))) uint32_t *echo(char *in, size_t len) { return ret(in, len); }
__attribute__((export_name("cabi_post_echo"))) void post_echo(uint32_t *a) { post(a); }

__attribute__((export_name("hello"))) uint32_t *hello(char *in, size_t len) {
  (void)len;
  free(in);
  static const char msg[] = "hello, world\n";
  char *out = malloc(sizeof msg - 1);
  if (!out) __builtin_trap();
  memcpy(out, msg, sizeof msg - 1);
  return ret(out, sizeof msg - 1);
}
__attribute__((export_name("cabi_post_hello"))) void post_hello(uint32_t *a) { post(a); }

__attribute__((export_name("upper"))) uint32_t *upper(char *in, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (in[i] >= 'a' && in[i] <= 'z') in[i] = (char)(in[i] - 32);
  return ret(in, len);
}
__attribute__((export_name("cabi_post_upper"))) void post_upper(uint32_t *a) { post(a); }

__attribute__((export_name("trap"))) uint32_t *trap(char *in, size_t len) {
  if (len >= 4 && memcmp(in, "trap", 4) == 0) __builtin_trap();
  return ret(in, len);
}
__attribute__((export_name("cabi_post_trap"))) void post_trap(uint32_t *a) { post(a); }

__attribute__((export_name("spin"))) uint32_t *spin(char *in, size_t len) {
  volatile unsigned long n = 0;
  for (;;) n++;
  return ret(in, len);
}

__attribute__((export_name("grab"))) uint32_t *grab(char *in, size_t len) {
  static void *volatile kept; /* chained, so the compiler cannot drop the allocations */
  for (;;) {
    char *p = malloc(1 << 20);
    if (!p) __builtin_trap();
    memset(p, 1, 1 << 20);
    *(void **)p = kept;
    kept = p;
  }
  return ret(in, len);
}
