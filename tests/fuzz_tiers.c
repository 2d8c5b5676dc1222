/* fuzz_tiers.c: libFuzzer target: the input's bytes drive the module generator (gen_module.h), and
 * the generated module runs in the interpreter, the baseline and, when FUZZ_TIERS_OPT=1 (needs the
 * LLVM plugin), the optimizing tier, each in a forked child (tiers_body.h). Any difference in
 * statuses, traps, results, fuel, memory or globals aborts with both digests printed. */
#include "tiers_body.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  gm_src src = {.p = data, .end = data + size};
  gm_buf mod = {0};
  gm_module(&src, &mod);
  uint8_t *mods[1] = {mod.b};
  size_t lens[1] = {mod.n};
  const char *tiers[3] = {"interp", "baseline", "opt"};
  int ntiers = getenv("FUZZ_TIERS_OPT") && atoi(getenv("FUZZ_TIERS_OPT")) ? 3 : 2;
  char *ref = tiers_run(tiers[0], mods, lens, 1);
  if (!ref) abort();
  if (strstr(ref, "rejected")) {
    fprintf(stderr, "fuzz_tiers: the generator made an invalid module: %s\n", ref);
    abort();
  }
  for (int t = 1; t < ntiers; t++) {
    char *got = tiers_run(tiers[t], mods, lens, 1);
    if (!got || strcmp(got, ref) != 0) {
      fprintf(stderr, "fuzz_tiers: %s and %s differ\n  %s: %s  %s: %s", tiers[0], tiers[t], tiers[0], ref,
              tiers[t], got ? got : "(child failed)\n");
      FILE *f = fopen("fuzz-tiers-diff.wasm", "wb");
      if (f) {
        fwrite(mod.b, 1, mod.n, f);
        fclose(f);
      }
      abort();
    }
    free(got);
  }
  free(ref);
  free(mod.b);
  return 0;
}
