/* fuzz_wat.c: libFuzzer target over the text format (wat.c) as modules and as .wast scripts, and
 * over what it produces: any input either parses or fails with a clean status (MALFORMED,
 * UNSUPPORTED, LIMIT, INVALID), without crashing, hanging or leaking; every module that parses is
 * then compiled, instantiated and run by fuzz_body.h (stub imports, fuel, template passes).
 * The input is tried as one module (h_wat_to_wasm: `(module ...)` or bare fields), then, when that
 * fails, lexed as a script (h_wat_lex): each `(module ...)` form anywhere in it (top level, inside
 * assert_* commands; text, `binary` and `quote`) goes through h_wat_module_at, each string token
 * through h_wat_string and each number-like atom through h_wat_int / h_wat_float, as the spec
 * runner does. Seeds: the 2.0 and 3.0 suites' .wast scripts, split into one command a file
 * (tools/fuzz-wat-seed.py). */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz_body.h"
#include "internal.h"

/* At most this many modules of one script are run (parsing covers them all): a script of a
 * hundred modules would otherwise take a hundred engine set-ups an input. */
#define FUZZ_WAT_MAX_RUN 4

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_status(hearth_status s, const char *what) {
  if (s == HEARTH_OK || s == HEARTH_ERR_MALFORMED || s == HEARTH_ERR_UNSUPPORTED ||
      s == HEARTH_ERR_LIMIT || s == HEARTH_ERR_INVALID)
    return;
  /* NOMEM aside (not reached at these sizes), the reader has no other outcome */
  fprintf(stderr, "fuzz_wat: %s returned status %d\n", what, (int)s);
  abort();
}

/* Runs a parsed module through the whole pipeline; the fuzz body's checks abort on a leak or a
 * template pass that differs from the plain instance. */
static void run_binary(const uint8_t *bin, size_t n) {
  fuzz_report rep = fuzz_one(bin, n);
  if (rep.leaked) {
    fprintf(stderr, "fuzz_wat: hearth_alloc_current() grew by %zu bytes\n", rep.leaked);
    abort();
  }
  if (rep.mismatch) {
    fprintf(stderr, "fuzz_wat: template pass %d differs from the plain instance\n", rep.mismatch);
    abort();
  }
}

static bool numberish(const char *s, uint32_t n) {
  if (!n) return false;
  char c = s[0] == '+' || s[0] == '-' ? (n > 1 ? s[1] : 0) : s[0];
  return (c >= '0' && c <= '9') || c == 'n' || c == 'i';
}

static void run_script(const char *text, size_t len) {
  h_wat_tok *t = NULL;
  size_t nt = 0;
  hearth_status s = h_wat_lex(text, len, &t, &nt);
  check_status(s, "h_wat_lex");
  if (s != HEARTH_OK) return;
  int ran = 0;
  for (size_t i = 0; i < nt; i++) {
    if (t[i].kind == H_TK_LPAR && i + 1 < nt && t[i + 1].kind == H_TK_ATOM && t[i + 1].len == 6 &&
        memcmp(text + t[i + 1].off, "module", 6) == 0) {
      uint8_t *bin = NULL;
      size_t n = 0;
      s = h_wat_module_at(text, len, t, nt, i, &bin, &n);
      check_status(s, "h_wat_module_at");
      if (s == HEARTH_OK) {
        if (ran++ < FUZZ_WAT_MAX_RUN) run_binary(bin, n);
        h_free(bin);
      }
    } else if (t[i].kind == H_TK_STRING) {
      uint8_t *str = NULL;
      size_t n = 0;
      s = h_wat_string(text, len, &t[i], &str, &n);
      check_status(s, "h_wat_string");
      if (s == HEARTH_OK) h_free(str);
    } else if (t[i].kind == H_TK_ATOM && numberish(text + t[i].off, t[i].len)) {
      uint64_t v;
      for (unsigned bits = 8; bits <= 64; bits *= 2) (void)h_wat_int(text + t[i].off, t[i].len, bits, &v);
      (void)h_wat_float(text + t[i].off, t[i].len, 32, &v);
      (void)h_wat_float(text + t[i].off, t[i].len, 64, &v);
    }
  }
  h_free(t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  size_t before = hearth_alloc_current();
  uint8_t *bin = NULL;
  size_t n = 0;
  hearth_status s = h_wat_to_wasm((const char *)data, size, &bin, &n);
  check_status(s, "h_wat_to_wasm");
  if (s == HEARTH_OK) {
    run_binary(bin, n);
    h_free(bin);
  } else {
    run_script((const char *)data, size);
  }
  if (hearth_alloc_current() != before) {
    fprintf(stderr, "fuzz_wat: hearth_alloc_current() grew by %zu bytes\n",
            hearth_alloc_current() - before);
    abort(); /* every path frees what it took */
  }
  return 0;
}
