/* cache_bench.c: what the code cache saves when a module is loaded: CPU and wall time, and page
 * faults, of hearth_module_new_file (and of hearth_module_new from bytes) with the cache off, with
 * an empty cache (the first run: validation + writing the entry) and from the cache, plus the
 * machine facts those figures depend on (page fault cost, read speed of the module file and of
 * the cache entry from the page cache). Minimum over rounds, each round a fresh engine.
 *
 * usage: cache_bench [MODULE...] [--rounds N]   (default: guests/hello.wasm bench/wasm/markdown.wasm)
 *        cache_bench --to-main MODULE [ARG...] [--rounds N] [--only off|first|cached] [--dir DIR]
 * The second form times a WASI command from hearth_module_new_file to its `main`: the run is
 * stopped at the guest's first args_sizes_get, which wasi-libc's __main_void calls after the
 * static constructors, right before main (load + instantiate + constructors + lazy compilation of
 * what they call). Cache off, first run (empty cache) and cached runs (the second and later).
 * --only times one of the three (profiling one kind of start: `perf record` sees little else);
 * --dir DIR uses DIR as the cache directory and leaves it filled (with --only cached, a cache that
 * an earlier `--only first --dir DIR` filled). Every cached round's time is printed.
 * Needs the module files to be older than 2 s (the file index does not record fresher files). */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "hearth.h"
#include "machine.h"

static double cpu_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

typedef struct fig {
  double cpu, wall;
  long faults;
  double inst_cpu; /* hearth_instance_new with WASI linked (memories, segments, tables) */
} fig;

static void empty_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  char p[600];
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
    unlink(p);
  }
  closedir(d);
}

/* One load of path (from the file, or from bytes when bytes != NULL); false on failure. */
static bool load_once(const char *path, const uint8_t *bytes, size_t len, fig *f) {
  hearth_engine *e = NULL;
  if (hearth_engine_new(NULL, &e) != HEARTH_OK) return false;
  hearth_module *m = NULL;
  long f0 = bench_minor_faults();
  double c0 = cpu_ms(), w0 = bench_mono_us();
  hearth_status s = bytes ? hearth_module_new(e, bytes, len, &m) : hearth_module_new_file(e, path, &m);
  f->wall = (bench_mono_us() - w0) / 1e3;
  f->cpu = cpu_ms() - c0;
  f->faults = bench_minor_faults() - f0;
  if (s != HEARTH_OK) fprintf(stderr, "cache_bench: %s: %s\n", path, hearth_errmsg());
  f->inst_cpu = 0;
  hearth_store *st = NULL;
  hearth_linker *l = NULL;
  hearth_wasi *w = NULL;
  hearth_instance *inst = NULL;
  if (s == HEARTH_OK && hearth_store_new(e, &st) == HEARTH_OK &&
      hearth_linker_new(e, &l) == HEARTH_OK && hearth_wasi_new(&w) == HEARTH_OK &&
      hearth_wasi_define(l, w) == HEARTH_OK) {
    double i0 = cpu_ms();
    if (hearth_instance_new(st, l, m, &inst) == HEARTH_OK) f->inst_cpu = cpu_ms() - i0;
  }
  hearth_store_delete(st);
  hearth_linker_delete(l);
  hearth_wasi_delete(w);
  hearth_module_delete(m);
  hearth_engine_delete(e);
  return s == HEARTH_OK;
}

/* ---- --to-main */

typedef struct to_main {
  double cpu0, cpu; /* CPU at the start of the run, and from there to args_sizes_get */
} to_main;

static hearth_status at_main(hearth_caller *c, void *user, const hearth_val *args,
                             hearth_val *results) {
  (void)args;
  (void)results;
  to_main *t = user;
  t->cpu = cpu_ms() - t->cpu0;
  hearth_caller_exit(c, 0); /* stop here: main is next */
  return HEARTH_ERR_EXIT;
}

/* One start of path as a WASI command with args, to main; CPU ms or -1 on failure. */
static double to_main_once(const char *path, int argc, const char *const *argv) {
  to_main t = {cpu_ms(), -1};
  hearth_engine *e = NULL;
  hearth_module *m = NULL;
  hearth_store *st = NULL;
  hearth_linker *l = NULL;
  hearth_wasi *w = NULL;
  hearth_instance *inst = NULL;
  static const hearth_valtype ii[2] = {HEARTH_I32, HEARTH_I32}, i1[1] = {HEARTH_I32};
  hearth_extern ex;
  if (hearth_engine_new(NULL, &e) == HEARTH_OK && hearth_module_new_file(e, path, &m) == HEARTH_OK &&
      hearth_store_new(e, &st) == HEARTH_OK && hearth_linker_new(e, &l) == HEARTH_OK &&
      hearth_wasi_new(&w) == HEARTH_OK && hearth_wasi_set_args(w, (size_t)argc, argv) == HEARTH_OK &&
      hearth_wasi_define(l, w) == HEARTH_OK) {
    hearth_linker_allow_shadowing(l, true);
    if (hearth_linker_define_func(l, "wasi_snapshot_preview1", "args_sizes_get", ii, 2, i1, 1,
                                  at_main, &t) == HEARTH_OK &&
        hearth_instance_new(st, l, m, &inst) == HEARTH_OK &&
        hearth_instance_export(inst, "_start", &ex) == HEARTH_OK)
      (void)hearth_func_call(ex.of.func, NULL, 0, NULL, 0);
  }
  hearth_store_delete(st);
  hearth_linker_delete(l);
  hearth_wasi_delete(w);
  hearth_module_delete(m); /* writes the functions it compiled into the entry */
  hearth_engine_delete(e);
  return t.cpu;
}

/* only: NULL (all three kinds of start), "off", "first" or "cached"; keep: leave dir filled. */
static void bench_to_main(const char *path, int argc, const char *const *argv, const char *dir,
                          int rounds, const char *only, bool keep) {
  double off = 1e30, first = 1e30, hit = 1e30, v;
  bool all = !only;
  if (all || strcmp(only, "off") == 0) {
    setenv("HEARTH_CACHE", "0", 1);
    for (int r = 0; r < rounds; r++)
      if ((v = to_main_once(path, argc, argv)) >= 0 && v < off) off = v;
    unsetenv("HEARTH_CACHE");
  }
  if (all || strcmp(only, "first") == 0)
    for (int r = 0; r < rounds; r++) {
      empty_dir(dir);
      if ((v = to_main_once(path, argc, argv)) >= 0 && v < first) first = v;
    }
  if (all || strcmp(only, "cached") == 0)
    for (int r = 0; r < rounds; r++) {
      if ((v = to_main_once(path, argc, argv)) >= 0 && v < hit) hit = v;
      printf("  cached round %d: %.1f ms\n", r + 1, v);
    }
  if (hit >= 1e30 && first >= 1e30 && off >= 1e30) { /* main(void): no args_sizes_get */
    printf("cache_bench: %s never called args_sizes_get: no time to main\n", path);
    if (!keep) empty_dir(dir);
    return;
  }
  printf("cache_bench: %s to main (load, instantiate, constructors), CPU:", path);
  const double fig3[3] = {off, first, hit};
  static const char *const what[3] = {"cache off", "first run", "cached"};
  for (int k = 0, sep = 0; k < 3; k++)
    if (fig3[k] < 1e30) printf("%s %s %.1f ms", sep++ ? "," : "", what[k], fig3[k]);
  printf("\n");
  if (!keep) empty_dir(dir);
}

static void keep_min(fig *best, const fig *f) {
  if (f->cpu < best->cpu) best->cpu = f->cpu;
  if (f->wall < best->wall) best->wall = f->wall;
  if (f->faults < best->faults) best->faults = f->faults;
  if (f->inst_cpu < best->inst_cpu) best->inst_cpu = f->inst_cpu;
}

/* MB/s of reading path whole (from the page cache after the first read), best of rounds. */
static double read_mbps(const char *path, int rounds) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return 0;
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_size <= 0) {
    close(fd);
    return 0;
  }
  size_t n = (size_t)st.st_size;
  uint8_t *buf = malloc(n);
  memset(buf, 0, n);
  double best = 1e30;
  for (int r = 0; r < rounds; r++) {
    double t = bench_mono_us();
    size_t got = 0;
    while (got < n) {
      ssize_t k = pread(fd, buf + got, n - got, (off_t)got);
      if (k <= 0) break;
      got += (size_t)k;
    }
    t = bench_mono_us() - t;
    if (t < best) best = t;
  }
  free(buf);
  close(fd);
  return (double)n / best; /* bytes per us = MB/s */
}

static void print_fig(const char *what, const fig *f) {
  printf("  %-31s load: cpu %7.2f ms  wall %8.2f ms  faults %6ld; instantiate: cpu %6.2f ms\n",
         what, f->cpu, f->wall, f->faults, f->inst_cpu);
}

static void bench_module(const char *path, const char *dir, int rounds) {
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    fprintf(stderr, "cache_bench: cannot open %s\n", path);
    return;
  }
  fseek(fp, 0, SEEK_END);
  long len = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  uint8_t *bytes = malloc((size_t)len + 1);
  if (fread(bytes, 1, (size_t)len, fp) != (size_t)len) len = 0;
  fclose(fp);
  printf("cache_bench: %s (%.1f MB): module file read %.0f MB/s\n", path, (double)len / 1e6,
         read_mbps(path, 3));
  fig init = {1e30, 1e30, 1L << 60, 1e30};
  fig off = init, first = init, hit = init, bytes_off = init, bytes_hit = init, f;
  setenv("HEARTH_CACHE", "0", 1);
  for (int r = 0; r < rounds; r++)
    if (load_once(path, NULL, 0, &f)) keep_min(&off, &f);
  for (int r = 0; r < rounds; r++)
    if (load_once(path, bytes, (size_t)len, &f)) keep_min(&bytes_off, &f);
  unsetenv("HEARTH_CACHE");
  for (int r = 0; r < rounds; r++) {
    empty_dir(dir);
    if (load_once(path, NULL, 0, &f)) keep_min(&first, &f);
  }
  for (int r = 0; r < rounds; r++)
    if (load_once(path, NULL, 0, &f)) keep_min(&hit, &f);
  for (int r = 0; r < rounds; r++)
    if (load_once(path, bytes, (size_t)len, &f)) keep_min(&bytes_hit, &f);
  print_fig("file, cache off", &off);
  print_fig("file, first run (empty cache)", &first);
  print_fig("file, from the cache", &hit);
  print_fig("bytes, cache off", &bytes_off);
  print_fig("bytes, from the cache (hashes)", &bytes_hit);
  DIR *d = opendir(dir);
  struct dirent *e;
  while (d && (e = readdir(d)) != NULL) {
    if (!strstr(e->d_name, ".hcc")) continue;
    char p[600];
    snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
    struct stat st;
    if (stat(p, &st) == 0)
      printf("  cache entry %.1f KB, read %.0f MB/s\n", (double)st.st_size / 1e3, read_mbps(p, 5));
  }
  if (d) closedir(d);
  empty_dir(dir);
  free(bytes);
}

int main(int argc, char **argv) {
  int rounds = 5;
  const char *mods[64];
  int n = 0;
  bool main_mode = false;
  const char *only = NULL, *keep_dir = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) rounds = atoi(argv[++i]);
    else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc) only = argv[++i];
    else if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc) keep_dir = argv[++i];
    else if (strcmp(argv[i], "--to-main") == 0) main_mode = true;
    else if (n < 64) mods[n++] = argv[i];
  }
  if (n == 0) {
    mods[n++] = "guests/hello.wasm";
    mods[n++] = "bench/wasm/markdown.wasm";
  }
  if (rounds < 1) rounds = 1;
  bench_machine mach = bench_machine_measure();
  bench_machine_print("cache_bench", &mach);
  if (only && strcmp(only, "off") && strcmp(only, "first") && strcmp(only, "cached")) {
    fprintf(stderr, "cache_bench: --only takes off, first or cached\n");
    return 2;
  }
  char tmp[] = "/tmp/hearth-cache-bench-XXXXXX";
  const char *dir = keep_dir;
  if (!dir && !mkdtemp(tmp)) return 1;
  if (!dir) dir = tmp;
  setenv("HEARTH_CACHE_DIR", dir, 1);
  setenv("HEARTH_CACHE_MIN_BYTES", "0", 1); /* small modules too, to show what the cache costs */
  if (main_mode && n > 0) { /* the module, then its arguments (argv[0] is the module) */
    const char *args[64];
    for (int i = 0; i < n; i++) args[i] = i == 0 ? "prog" : mods[i];
    bench_to_main(mods[0], n, args, dir, rounds, only, keep_dir != NULL);
  }
  for (int i = 0; i < n && !main_mode; i++) bench_module(mods[i], dir, rounds);
  if (keep_dir) return 0;
  empty_dir(dir);
  rmdir(dir);
  return 0;
}
