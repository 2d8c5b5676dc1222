/* test_programs.c: whole programs under `hearth run` give their native build's output: every
 * benchmark at its small size prints the checksum recorded in bench/benchmarks.txt (taken from the
 * gcc -O2 build), and md2html reproduces every sample (samples/X.html was written by the native
 * build; samples/opts/X.args holds the options of samples/opts/X.md); guests/exn's text-format
 * programs print what node printed. These exercise the interpreter over real compiler output, so
 * an optimization that breaks semantics shows up here first. */
#include <dirent.h>

#include "proc.h"

static char *read_file(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return NULL;
  char *s = slurp_fd(fd);
  close(fd);
  return s;
}

/* Runs benchmark `name` at its small size and compares the checksum with benchmarks.txt. */
static void bench_one(const char *name) {
  char *list = read_file("bench/benchmarks.txt");
  CHECK(list != NULL);
  char size[32] = "", sum[64] = "";
  for (char *line = strtok(list, "\n"); line; line = strtok(NULL, "\n")) {
    char n[64], s[32], c[64];
    if (line[0] == '#' || sscanf(line, "%63s %31s %63s", n, s, c) != 3) continue;
    if (strcmp(n, name) == 0) strcpy(size, s), strcpy(sum, c);
  }
  free(list);
  CHECK(size[0] && sum[0]);
  char wasm[128], want[160];
  snprintf(wasm, sizeof wasm, "bench/wasm/%s.wasm", name);
  snprintf(want, sizeof want, "%s size=%s checksum=%s\n", name, size, sum);
  run_res r = RUN(NULL, "run", wasm, size);
  if (r.rc != 0) fprintf(stderr, "%s", r.err);
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, want);
  free_res(&r);
}

#define BENCH_CASE(n) \
  static void bench_##n(void) { bench_one(#n); }
BENCH_CASE(sha256)
BENCH_CASE(lz77)
BENCH_CASE(json)
BENCH_CASE(markdown)
BENCH_CASE(image)
BENCH_CASE(nbody)
BENCH_CASE(gemm)
BENCH_CASE(sort)
BENCH_CASE(hashtab)
BENCH_CASE(bytecode)

/* Every X.md in dir, run with the options of X.args (if any), must print exactly X.html. Returns
 * the number of samples checked. */
static int md2html_dir(const char *dir) {
  DIR *d = opendir(dir);
  CHECK(d != NULL);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t len = strlen(e->d_name);
    if (len < 4 || strcmp(e->d_name + len - 3, ".md") != 0) continue;
    char base[512], path[600];
    snprintf(base, sizeof base, "%s/%.*s", dir, (int)(len - 3), e->d_name);
    snprintf(path, sizeof path, "%s.md", base);
    char *in = read_file(path);
    snprintf(path, sizeof path, "%s.html", base);
    char *want = read_file(path);
    snprintf(path, sizeof path, "%s.args", base);
    char *args = read_file(path);
    CHECK(in && want);
    const char *argv[24] = {"run", "guests/md2html/md2html.wasm"};
    int argc = 2;
    if (args)
      for (char *a = strtok(args, " \t\n"); a && argc < 23; a = strtok(NULL, " \t\n")) argv[argc++] = a;
    argv[argc] = NULL;
    run_res r = run_hearth(in, argv);
    if (r.rc != 0 || strcmp(r.out, want) != 0) fprintf(stderr, "md2html differs on %s.md\n", base);
    CHECK_EQ_INT(r.rc, 0);
    CHECK_STR(r.out, want);
    free_res(&r);
    free(in);
    free(want);
    free(args);
    n++;
  }
  closedir(d);
  return n;
}

static void md2html_samples(void) {
  CHECK(md2html_dir("guests/md2html/samples") >= 10);
  CHECK(md2html_dir("guests/md2html/samples/opts") >= 1);
}

/* guests/exn: the same exception-heavy program in the legacy and the 3.0 form, written in the text
 * format, prints what node printed for the legacy form, with the compiling tier on and off. Each of
 * its 2,000 throws crosses 1,000 frames, machine code and interpreted frames ten times each. */
static void exn_deep(void) {
  char *want = read_file("guests/exn/deep.expected");
  CHECK(want != NULL && strncmp(want, "exn-deep checksum=", 18) == 0);
  const char *files[] = {"guests/exn/deep.wat", "guests/exn/deep_legacy.wat"};
  for (int jit = 1; jit >= 0; jit--)
    for (int i = 0; i < 2; i++) {
      if (jit) unsetenv("HEARTH_JIT");
      else setenv("HEARTH_JIT", "0", 1);
      run_res r = RUN(NULL, "run", files[i]);
      if (r.rc != 0) fprintf(stderr, "%s (HEARTH_JIT=%d): %s", files[i], jit, r.err);
      CHECK_EQ_INT(r.rc, 0);
      CHECK_STR(r.out, want);
      free_res(&r);
    }
  unsetenv("HEARTH_JIT");
  free(want);
}

T_MAIN(T_CASE(bench_sha256), T_CASE(bench_lz77), T_CASE(bench_json), T_CASE(bench_markdown),
       T_CASE(bench_image), T_CASE(bench_nbody), T_CASE(bench_gemm), T_CASE(bench_sort),
       T_CASE(bench_hashtab), T_CASE(bench_bytecode), T_CASE(md2html_samples),
       T_CASE(exn_deep))
