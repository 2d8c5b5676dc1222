/* test_tiers.c: the execution tiers agree. Generated modules (gen_module.h: valid, deterministic,
 * full of traps, loops, calls, call_indirect, memory and globals) run in the interpreter, the
 * baseline compiler and (with LLVM) the optimizing tier, each in its own process (tiers_body.h);
 * every call's status, trap, results and fuel left, and the final memory and globals, must be the
 * same. TIERS_SEED=N and TIERS_COUNT=N explore other modules; a difference writes the module to
 * tiers-fail-SEED.wasm in the current directory. */
#include "t.h"
#include "tiers_body.h"

static uint64_t env_u64(const char *name, uint64_t dflt) {
  const char *v = getenv(name);
  return v && *v ? strtoull(v, NULL, 0) : dflt;
}

typedef struct mods {
  size_t n;
  uint64_t seed0;
  uint8_t **b;
  size_t *len;
} mods;

static mods make_mods(uint64_t seed0, size_t n) {
  mods m = {.n = n, .seed0 = seed0, .b = calloc(n, sizeof(uint8_t *)), .len = calloc(n, sizeof(size_t))};
  CHECK(m.b && m.len);
  for (size_t i = 0; i < n; i++) {
    gm_src src = {.state = seed0 + i};
    gm_buf out = {0};
    gm_module(&src, &out);
    m.b[i] = out.b;
    m.len[i] = out.n;
  }
  return m;
}

static void free_mods(mods *m) {
  for (size_t i = 0; i < m->n; i++) free(m->b[i]);
  free(m->b);
  free(m->len);
}

/* Runs every module under `ref` and `other`, fails on the first difference. Returns the number
 * of calls that trapped and that returned, over all modules (in the reference tier). */
static void compare(const char *ref, const char *other, uint64_t seed0, size_t n, size_t *traps,
                    size_t *oks) {
  mods m = make_mods(seed0, n);
  char *a = tiers_run(ref, m.b, m.len, m.n);
  char *b = tiers_run(other, m.b, m.len, m.n);
  CHECK(a != NULL);
  CHECK(b != NULL);
  *traps = *oks = 0;
  for (size_t i = 0; i < m.n; i++) {
    size_t la, lb;
    const char *x = tiers_line(a, i, &la), *y = tiers_line(b, i, &lb);
    CHECK(x != NULL && y != NULL);
    if (x[strspn(x, "0123456789")] != ' ') { /* "rejected: ..." or "not instantiated: ..." */
      fprintf(stderr, "module seed %" PRIu64 ": %.*s\n", seed0 + i, (int)la, x);
      CHECK(0);
    }
    for (const char *q = x; (q = strstr(q, " f")) && q < x + la; q++) {
      int fn, st;
      if (sscanf(q, " f%d:%d", &fn, &st) != 2) continue;
      if (st == HEARTH_ERR_TRAP) (*traps)++;
      else if (st == HEARTH_OK) (*oks)++;
    }
    if (la != lb || memcmp(x, y, la) != 0) {
      char path[64];
      snprintf(path, sizeof path, "tiers-fail-%" PRIu64 ".wasm", seed0 + i);
      FILE *f = fopen(path, "wb");
      if (f) {
        fwrite(m.b[i], 1, m.len[i], f);
        fclose(f);
      }
      fprintf(stderr, "module seed %" PRIu64 " (written to %s): %s and %s differ\n  %s: %.*s\n  %s: %.*s\n",
              seed0 + i, path, ref, other, ref, (int)la, x, other, (int)lb, y);
      CHECK(0);
    }
  }
  free(a);
  free(b);
  free_mods(&m);
}

/* The generator's output always validates (in-process: no tier is involved in validation). */
static void generated_modules_valid(void) {
  uint64_t seed0 = env_u64("TIERS_SEED", 1);
  size_t n = env_u64("TIERS_COUNT", 2000);
  mods m = make_mods(seed0, n);
  hearth_engine *e;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  size_t total = 0;
  for (size_t i = 0; i < m.n; i++) {
    hearth_status st = hearth_module_validate(e, m.b[i], m.len[i]);
    if (st != HEARTH_OK) fprintf(stderr, "seed %" PRIu64 ": %s\n", seed0 + i, hearth_errmsg());
    CHECK_EQ_INT(st, HEARTH_OK);
    total += m.len[i];
  }
  CHECK(total > m.n * 100); /* not degenerate: a few hundred bytes of code per module */
  hearth_engine_delete(e);
  free_mods(&m);
}

/* The fuzzer's form of the generator (bytes, zeros once they are used up) terminates and makes a
 * valid module for degenerate inputs: the empty input once recursed until the stack overflowed
 * (every draw 0: a statement kind that declined was redrawn forever). */
static void generator_degenerate_inputs(void) {
  static uint8_t zeros[4096], ones[4096];
  memset(ones, 0xff, sizeof ones);
  const uint8_t *in[] = {zeros, zeros, ones};
  size_t len[] = {0, sizeof zeros, sizeof ones};
  hearth_engine *e;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  for (size_t i = 0; i < 3; i++) {
    gm_src src = {.p = in[i], .end = in[i] + len[i]};
    gm_buf out = {0};
    gm_module(&src, &out);
    CHECK(out.n > 8);
    hearth_status st = hearth_module_validate(e, out.b, out.n);
    if (st != HEARTH_OK) fprintf(stderr, "input %zu: %s\n", i, hearth_errmsg());
    CHECK_EQ_INT(st, HEARTH_OK);
    free(out.b);
  }
  hearth_engine_delete(e);
}

/* Interpreter against baseline machine code. */
static void interp_and_baseline_agree(void) {
  size_t traps, oks;
  size_t n = env_u64("TIERS_COUNT", T_SANITIZED ? 150 : 400);
  compare("interp", "baseline", env_u64("TIERS_SEED", 1), n, &traps, &oks);
  fprintf(stderr, "%zu modules: %zu calls trapped, %zu returned, the same in both tiers\n", n, traps, oks);
  /* Both outcomes are common, so a generator change that made everything trap (or nothing)
   * shows up here. */
  CHECK(traps > n / 4);
  CHECK(oks > n / 4);
}

/* The same with machine code on every function's first call (HEARTH_JIT_CALLS=1, as before
 * tier-up): the case above runs the baseline's default policy, where functions called once stay
 * interpreted and the others switch to machine code mid-run; here everything is machine code. */
static void interp_and_baseline_first_call_agree(void) {
  setenv("HEARTH_JIT_CALLS", "1", 1); /* inherited by tiers_run's processes */
  size_t traps, oks;
  size_t n = env_u64("TIERS_COUNT", T_SANITIZED ? 150 : 400);
  compare("interp", "baseline", env_u64("TIERS_SEED", 1), n, &traps, &oks);
  fprintf(stderr, "%zu modules: %zu calls trapped, %zu returned, the same in both tiers\n", n, traps, oks);
  CHECK(traps > n / 4);
  CHECK(oks > n / 4);
}

#ifdef HEARTH_HAVE_LLVM
/* Interpreter against the optimizing tier (LLVM compiles each module: fewer of them). */
static void interp_and_opt_agree(void) {
  size_t traps, oks;
  size_t n = env_u64("TIERS_COUNT", T_SANITIZED ? 20 : 60);
  compare("interp", "opt", env_u64("TIERS_SEED", 100001), n, &traps, &oks);
  fprintf(stderr, "%zu modules: %zu calls trapped, %zu returned, the same in both tiers\n", n, traps, oks);
  CHECK(traps > n / 4);
  CHECK(oks > n / 4);
}

/* Counts the optimizing tier's entries (*.hco) in dir. */
static size_t count_hco(const char *dir) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "ls %s 2>/dev/null | grep -c '\\.hco$'", dir);
  FILE *f = popen(cmd, "r");
  CHECK(f != NULL);
  unsigned long k = 0;
  if (fscanf(f, "%lu", &k) != 1) k = 0;
  pclose(f);
  return k;
}

/* The optimizing tier's code loaded from the code cache (what `make bench` times: a warm start) and
 * HEARTH_TIER=auto taking that code at load without the plugin, against the interpreter. A first
 * opt run compiles every module and fills an empty cache directory; the second opt run and the
 * auto run must find one entry per module (none written again) and agree with the interpreter. */
static void interp_and_cached_opt_agree(void) {
  char dir[] = "/tmp/hearth-tiers-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  setenv("HEARTH_CACHE_DIR", dir, 1); /* inherited by tiers_run's processes */
  size_t n = env_u64("TIERS_COUNT", T_SANITIZED ? 10 : 30);
  uint64_t seed0 = env_u64("TIERS_SEED", 200001);
  mods m = make_mods(seed0, n);
  char *fill = tiers_run("opt", m.b, m.len, m.n);
  CHECK(fill != NULL);
  size_t entries = count_hco(dir);
  fprintf(stderr, "%zu modules: %zu entries in the cache after the first opt run\n", n, entries);
  CHECK(entries >= n / 2); /* a module whose functions all stay in the baseline has none */
  /* at most two per module: HEARTH_TIER=opt compiles the UNMETERED flavour at load, the METERED
   * one at the first call with fuel (every call here has fuel) */
  CHECK(entries <= 2 * n);
  free(fill);
  free_mods(&m);
  /* The later runs must take every module's code from the cache and compile none: HEARTH_OPT_VERBOSE
   * prints a line for each cached load and one for each LLVM compile, counted in the children's
   * stderr. (The plugin cannot be made unloadable here: its file's identity is part of the key.) */
  setenv("HEARTH_OPT_VERBOSE", "1", 1);
  FILE *log = tmpfile();
  CHECK(log != NULL);
  fflush(stderr);
  int saved = dup(2);
  CHECK(saved >= 0 && dup2(fileno(log), 2) == 2);
  size_t traps, oks, traps2, oks2;
  compare("interp", "opt", seed0, n, &traps, &oks);
  compare("interp", "auto", seed0, n, &traps2, &oks2);
  fflush(stderr);
  CHECK(dup2(saved, 2) == 2);
  close(saved);
  unsetenv("HEARTH_OPT_VERBOSE");
  rewind(log);
  char line[512];
  size_t loads = 0, misses = 0;
  while (fgets(line, sizeof line, log)) {
    if (strstr(line, "code from the cache")) loads++;
    if (strstr(line, "LLVM setup") || strstr(line, "cannot load")) misses++;
  }
  fclose(log);
  fprintf(stderr, "%zu modules, %zu cache entries: %zu loads from the cache in the opt and auto runs, "
          "%zu compiles attempted; %zu calls trapped, %zu returned\n", n, entries, loads, misses, traps, oks);
  CHECK_EQ_INT((int)loads, (int)(2 * entries));
  CHECK_EQ_INT((int)misses, 0);
  CHECK(traps > n / 4);
  CHECK(oks > n / 4);
  CHECK_EQ_INT((int)count_hco(dir), (int)entries);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  CHECK(system(cmd) == 0);
  unsetenv("HEARTH_CACHE_DIR");
}
#define OPT_CASE , T_CASE(interp_and_opt_agree), T_CASE(interp_and_cached_opt_agree)
#else
#define OPT_CASE
#endif

T_MAIN(T_CASE(generated_modules_valid), T_CASE(generator_degenerate_inputs), T_CASE(interp_and_baseline_agree),
       T_CASE(interp_and_baseline_first_call_agree) OPT_CASE)
