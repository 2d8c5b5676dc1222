/* creset_bench.c: what hearth_component_instance_reset (a component pool's reset) costs against
 * the number of resources live when it runs: guests/component/resets.wasm on a template's
 * instance, with N = 0, 10, 100 and 1,000 resources of each kind left by the call before the reset:
 *   kept  - handles of the component's own resource kept in its handle table (keep(N));
 *   host  - own handles of it the host holds (N calls of make: the host handle table);
 *   held  - host resources the guest keeps (hold(N)), each given to the host's destructor.
 * The guest touches no linear memory, so the rest of a reset is the core instance's fixed cost.
 * Each figure is the mean thread CPU time of one reset over ROUNDS resets (CPU time, not wall
 * time: the machine is shared; less the cost of reading the clock), and the per-resource slope
 * between N = 0 and N = 1,000. The
 * machine facts (bench/machine.h) are printed beside them. Under callgrind, run with
 * --toggle-collect=hearth_component_instance_reset for instruction counts of the resets alone.
 * The core module alone (kind "core": the same shape as a module template's instance,
 * hearth_instance_reset) gives the fixed part to compare with.
 * Usage: creset_bench [ROUNDS] [KIND N]   (make bench-component-reset; KIND N: one case only,
 * KIND core: the core module only, under callgrind --toggle-collect=hearth_instance_reset) */
#include <hearth.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "machine.h"

static uint64_t g_dtors;
static void token_dtor(void *user, uint32_t rep) {
  (void)user;
  (void)rep;
  g_dtors++;
}
static hearth_status mint(void *u, const hearth_cval *a, size_t n, hearth_cval *r, size_t nr) {
  (void)u;
  (void)n;
  (void)nr;
  r[0].kind = HEARTH_CV_OWN;
  r[0].of.rep = (uint32_t)a[0].of.u + 1;
  return HEARTH_OK;
}

static double cpu_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static void die(const char *what) {
  fprintf(stderr, "creset_bench: %s: %s\n", what, hearth_errmsg());
  exit(1);
}

/* Leaves n resources of kind k (0 kept, 1 host, 2 held) live in ci. */
static void leave(hearth_component_instance *ci, int k, uint32_t n) {
  hearth_cval a = {.kind = HEARTH_CV_U32, .of.u = n}, r = {0};
  if (k == 1) {
    for (uint32_t i = 0; i < n; i++) {
      a.of.u = i;
      if (hearth_component_call(ci, "make", &a, 1, &r, 1) != HEARTH_OK) die("make");
      hearth_cval_clear(&r); /* the handle stays in the host handle table: the host holds it */
    }
    return;
  }
  if (n && hearth_component_call(ci, k == 0 ? "keep" : "hold", &a, 1, &r, 1) != HEARTH_OK)
    die(k == 0 ? "keep" : "hold");
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 2000;
  const char *only_kind = argc > 3 ? argv[2] : NULL;
  uint32_t only_n = argc > 3 ? (uint32_t)atoi(argv[3]) : 0;
  if (rounds < 1) rounds = 1;
  FILE *f = fopen("guests/component/resets.wasm", "rb");
  if (!f) {
    fprintf(stderr, "creset_bench: run from the repository root (guests/component/resets.wasm)\n");
    return 1;
  }
  static uint8_t bytes[1 << 16];
  size_t len = fread(bytes, 1, sizeof bytes, f);
  fclose(f);
  hearth_engine *e;
  hearth_component *c;
  hearth_clinker *l;
  hearth_template *t;
  hearth_store *s;
  hearth_component_instance *ci;
  if (hearth_engine_new(NULL, &e) != HEARTH_OK) die("engine");
  if (hearth_component_new(e, bytes, len, &c) != HEARTH_OK) die("component");
  if (hearth_clinker_new(e, &l) != HEARTH_OK ||
      hearth_clinker_define_func(l, "hearth:test/mint", "mint", mint, NULL) != HEARTH_OK ||
      hearth_clinker_define_resource(l, "hearth:test/mint", "token", token_dtor, NULL) != HEARTH_OK)
    die("linker");
  if (hearth_template_new_component(e, c, l, NULL, &t) != HEARTH_OK) die("template");
  if (hearth_store_new(e, &s) != HEARTH_OK) die("store");
  if (hearth_template_instantiate_component(t, s, &ci) != HEARTH_OK) die("instantiate");

  bench_machine m = bench_machine_measure();
  bench_machine_print("creset_bench", &m);
  /* reading the thread CPU clock is a system call here (about 1 us on a VM): its cost, the
   * minimum of many back-to-back pairs, is taken off each timed reset */
  double clock_us = 1e30;
  for (int i = 0; i < 2000; i++) {
    double t0 = cpu_us(), d = cpu_us() - t0;
    if (d < clock_us) clock_us = d;
  }
  printf("creset_bench: reading the CPU clock costs %.2f us (subtracted)\n", clock_us);
  /* the fixed part: a core module of the same shape (one page of memory the calls leave alone)
   * reset as a module template's instance */
  static const char core_wat[] =
      "(module (memory (export \"memory\") 1)"
      " (func (export \"keep\") (param i32) (result i32) (local.get 0)))";
  hearth_module *mod;
  hearth_template *ct;
  hearth_store *cs;
  hearth_instance *inst;
  if (hearth_module_new_wat(e, core_wat, sizeof core_wat - 1, &mod) != HEARTH_OK ||
      hearth_template_new(e, mod, NULL, NULL, &ct) != HEARTH_OK || hearth_store_new(e, &cs) != HEARTH_OK ||
      hearth_template_instantiate(ct, cs, &inst) != HEARTH_OK)
    die("core module");
  if (!only_kind || strcmp(only_kind, "core") == 0) {
    double total = 0;
    for (int r = 0; r < rounds; r++) {
      double t0 = cpu_us();
      if (hearth_instance_reset(inst) != HEARTH_OK) die("core reset");
      total += cpu_us() - t0 - clock_us;
    }
    printf("creset_bench: the core module alone (hearth_instance_reset): %.2f us\n", total / rounds);
  }
  static const char *kinds[3] = {"kept", "host", "held"};
  static const uint32_t ns[4] = {0, 10, 100, 1000};
  printf("creset_bench: mean thread CPU time of one reset over %d resets\n", rounds);
  if (only_kind)
    printf("%-6s %8s=%u\n", "kind", "N", only_n);
  else
    printf("%-6s %10s %10s %10s %10s %14s\n", "kind", "N=0", "N=10", "N=100", "N=1000",
           "per resource");
  for (int k = 0; k < 3; k++) {
    if (only_kind && strcmp(only_kind, kinds[k]) != 0) continue;
    double us[4];
    printf("%-6s", kinds[k]);
    for (int j = 0; j < 4; j++) {
      uint32_t n = only_kind ? only_n : ns[j];
      if (only_kind && j) break;
      double total = 0;
      uint64_t dtors0 = g_dtors;
      for (int r = 0; r < rounds; r++) {
        leave(ci, k, n);
        double t0 = cpu_us();
        if (hearth_component_instance_reset(ci) != HEARTH_OK) die("reset");
        total += cpu_us() - t0 - clock_us;
      }
      /* the reset really ended them: a held token's destructor ran once per token and reset */
      if (k == 2 && g_dtors - dtors0 != (uint64_t)n * (uint64_t)rounds) {
        fprintf(stderr, "creset_bench: %llu destructor calls, expected %llu\n",
                (unsigned long long)(g_dtors - dtors0), (unsigned long long)n * rounds);
        return 1;
      }
      us[j] = total / rounds;
      printf(" %8.2f us", us[j]);
    }
    if (!only_kind) printf(" %11.1f ns", (us[3] - us[0]) * 1000.0 / 1000.0);
    printf("\n");
  }
  m = bench_machine_measure(); /* again after the figures: a busy machine shows in the difference */
  bench_machine_print("creset_bench", &m);
  hearth_store_delete(cs);
  hearth_template_delete(ct);
  hearth_module_delete(mod);
  hearth_component_instance_delete(ci);
  hearth_store_delete(s);
  hearth_template_delete(t);
  hearth_clinker_delete(l);
  hearth_component_delete(c);
  hearth_engine_delete(e);
  return 0;
}
