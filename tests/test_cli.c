/* test_cli.c: the hearth command end to end: options, usage errors, exit codes, traps, --invoke,
 * limits. Runs the built binary ($HEARTH_BIN, else $HEARTH_BUILD/hearth, else build/hearth) from
 * the repository root. */
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "t.h"

/* ---- running the hearth binary (and node) as a child process ---- */
#include <spawn.h>
#include <sys/wait.h>
extern char **environ;

typedef struct run_res {
  int rc;     /* exit status, or 128 + signal */
  char *out;  /* stdout, NUL-terminated (malloc'd) */
  char *err;  /* stderr */
} run_res;

/* The binary under test: $HEARTH_BIN, else $HEARTH_BUILD/hearth, else build/hearth. */
static const char *hearth_bin(void) {
  static char path[512];
  const char *b = getenv("HEARTH_BIN");
  if (b && *b) return b;
  const char *d = getenv("HEARTH_BUILD");
  snprintf(path, sizeof path, "%s/hearth", d && *d ? d : "build");
  return path;
}

static char *slurp_fd(int fd) {
  size_t cap = 4096, n = 0;
  char *s = malloc(cap);
  CHECK(s != NULL);
  lseek(fd, 0, SEEK_SET);
  for (;;) {
    if (n + 1 >= cap) {
      cap *= 2;
      s = realloc(s, cap);
      CHECK(s != NULL);
    }
    ssize_t r = read(fd, s + n, cap - n - 1);
    if (r <= 0) break;
    n += (size_t)r;
  }
  s[n] = 0;
  return s;
}

static int tmpfile_fd(void) {
  char t[] = "/tmp/hearth-run-XXXXXX";
  int fd = mkstemp(t);
  CHECK(fd >= 0);
  unlink(t);
  return fd;
}

/* Runs argv (argv[0] searched in PATH) with stdin from `in` (may be NULL: empty). */
static run_res run_argv(const char *in, char *const *argv) {
  int fi = tmpfile_fd(), fo = tmpfile_fd(), fe = tmpfile_fd();
  if (in) CHECK(write(fi, in, strlen(in)) == (ssize_t)strlen(in));
  lseek(fi, 0, SEEK_SET);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, fi, 0);
  posix_spawn_file_actions_adddup2(&fa, fo, 1);
  posix_spawn_file_actions_adddup2(&fa, fe, 2);
  pid_t pid;
  int r = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  if (r != 0) fprintf(stderr, "cannot run %s: %s\n", argv[0], strerror(r));
  CHECK(r == 0);
  int st;
  CHECK(waitpid(pid, &st, 0) == pid);
  run_res res;
  res.rc = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  res.out = slurp_fd(fo);
  res.err = slurp_fd(fe);
  close(fi);
  close(fo);
  close(fe);
  return res;
}

static run_res run_hearth(const char *in, const char *const *args) {
  char *argv[64];
  int n = 0;
  argv[n++] = (char *)hearth_bin();
  for (; *args && n < 63; args++) argv[n++] = (char *)*args;
  argv[n] = NULL;
  struct stat st;
  if (stat(argv[0], &st) != 0) {
    fprintf(stderr, "hearth binary %s not found (set HEARTH_BIN or HEARTH_BUILD)\n", argv[0]);
    CHECK(0);
  }
  return run_argv(in, argv);
}

/* node_run.mjs with the same options, or rc -1 when node is not installed. */
static run_res run_node(const char *in, const char *const *args) {
  char *argv[64];
  int n = 0;
  argv[n++] = "node";
  argv[n++] = "--no-warnings";
  argv[n++] = "guests/node_run.mjs";
  for (; *args && n < 63; args++) argv[n++] = (char *)*args;
  argv[n] = NULL;
  char *probe[] = {"node", "--version", NULL};
  run_res p = run_argv(NULL, probe);
  free(p.out);
  free(p.err);
  if (p.rc != 0) {
    fprintf(stderr, "note: node not available, comparison skipped\n");
    return (run_res){-1, NULL, NULL};
  }
  return run_argv(in, argv);
}

#define RUN(in, ...) run_hearth(in, (const char *const[]){__VA_ARGS__, NULL})
#define NODE(in, ...) run_node(in, (const char *const[]){__VA_ARGS__, NULL})

static void free_res(run_res *r) {
  free(r->out);
  free(r->err);
}

/* hearth and node agree on stdout and the exit status. */
static void same_as_node(const char *in, const char *const *args, const char *expect_out) {
  run_res h = run_hearth(in, args);
  if (expect_out) CHECK_STR(h.out, expect_out);
  run_res n = run_node(in, args);
  if (n.rc != -1) {
    CHECK_STR(h.out, n.out);
    CHECK_EQ_INT(h.rc, n.rc);
    free_res(&n);
  }
  free_res(&h);
}
#define SAME_AS_NODE(in, expect, ...) same_as_node(in, (const char *const[]){__VA_ARGS__, NULL}, expect)
/* ---- end of the child-process helpers ---- */

static bool contains(const char *s, const char *needle) { return s && strstr(s, needle) != NULL; }

static void version_and_help(void) {
  run_res r = RUN(NULL, "--version");
  CHECK_EQ_INT(r.rc, 0);
  CHECK(contains(r.out, "hearth 0."));
  free_res(&r);
  r = RUN(NULL, "--help");
  CHECK_EQ_INT(r.rc, 0);
  CHECK(contains(r.out, "--dir HOST[::GUEST]:ro"));
  CHECK(contains(r.out, "--dir-ro"));
  CHECK(contains(r.out, "--invoke"));
  CHECK(contains(r.out, "--max-memory"));
  free_res(&r);
  r = RUN(NULL, "run", "--help");
  CHECK_EQ_INT(r.rc, 0);
  free_res(&r);
}

static void usage_errors_exit_2(void) {
  const char *const cases[][4] = {
      {"run", NULL},
      {"--no-such-option", "guests/hello.wasm", NULL},
      {"--timeout", "soon", "guests/hello.wasm", NULL},
      {"--timeout", "-1s", "guests/hello.wasm", NULL},
      {"--max-memory", "12Q", "guests/hello.wasm", NULL},
      {"--max-stack", "0", "guests/hello.wasm", NULL},
      {"--fuel", "lots", "guests/hello.wasm", NULL},
      {"--env", "=x", "guests/hello.wasm", NULL},
      {"--dir", NULL},
      {"--invoke", NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    run_res r = run_hearth(NULL, cases[i]);
    if (r.rc != 2) fprintf(stderr, "case %zu: rc %d, stderr %s\n", i, r.rc, r.err);
    CHECK_EQ_INT(r.rc, 2);
    CHECK(r.err[0] != 0);
    free_res(&r);
  }
  run_res r = run_hearth(NULL, (const char *const[]){NULL});
  CHECK_EQ_INT(r.rc, 2);
  free_res(&r);
}

static void load_errors_exit_1(void) {
  run_res r = RUN(NULL, "run", "/nonexistent/x.wasm");
  CHECK_EQ_INT(r.rc, 1);
  CHECK(contains(r.err, "cannot read"));
  CHECK(contains(r.err, "No such file"));
  free_res(&r);
  r = RUN(NULL, "run", "guests/hello.c"); /* not a module */
  CHECK_EQ_INT(r.rc, 1);
  CHECK(contains(r.err, "guests/hello.c"));
  free_res(&r);
  /* a module importing something nobody defines */
  char path[] = "/tmp/hearth-cli-XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  static const unsigned char unlinkable[] = {
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,       /* header */
      0x01, 0x04, 0x01, 0x60, 0x00, 0x00,                   /* type () -> () */
      0x02, 0x0b, 0x01, 0x03, 'e', 'n', 'v', 0x03, 'f', 'o', 'o', 0x00, 0x00}; /* import env.foo */
  CHECK(write(fd, unlinkable, sizeof unlinkable) == (ssize_t)sizeof unlinkable);
  close(fd);
  r = RUN(NULL, "run", path);
  unlink(path);
  CHECK_EQ_INT(r.rc, 1);
  CHECK(contains(r.err, "link"));
  CHECK(contains(r.err, "foo"));
  free_res(&r);
  r = RUN(NULL, "--dir", "/nonexistent-dir", "guests/hello.wasm");
  CHECK_EQ_INT(r.rc, 1);
  CHECK(contains(r.err, "/nonexistent-dir"));
  free_res(&r);
  r = RUN(NULL, "--invoke", "nope", "guests/invoke.wasm");
  CHECK_EQ_INT(r.rc, 1);
  CHECK(contains(r.err, "nope"));
  free_res(&r);
}

static void hello_both_spellings(void) {
  run_res r = RUN(NULL, "run", "guests/hello.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "hello, world\n");
  free_res(&r);
  r = RUN(NULL, "guests/hello.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "hello, world\n");
  free_res(&r);
  r = RUN(NULL, "run", "--", "guests/hello.wasm");
  CHECK_EQ_INT(r.rc, 0);
  free_res(&r);
}

static void exit_codes(void) {
  const char *codes[] = {"0", "1", "7", "42", "113"};
  for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
    run_res r = RUN(NULL, "guests/exitcode.wasm", codes[i]);
    CHECK_EQ_INT(r.rc, atoi(codes[i]));
    CHECK(contains(r.out, "exiting with"));
    free_res(&r);
    SAME_AS_NODE(NULL, NULL, "guests/exitcode.wasm", codes[i]);
  }
}

static void trap_exit_134_with_backtrace(void) {
  run_res r = RUN(NULL, "guests/trap.wasm");
  CHECK_EQ_INT(r.rc, 134);
  CHECK_STR(r.out, "about to trap\n");
  CHECK(contains(r.err, "wasm trap: unreachable"));
  const char *a = strstr(r.err, "innermost_trap"), *b = strstr(r.err, "middle_frame"),
             *c = strstr(r.err, "outer_frame");
  CHECK(a && b && c && a < b && b < c); /* innermost first */
  free_res(&r);
  r = RUN(NULL, "--invoke", "div", "guests/invoke.wasm", "1", "0");
  CHECK_EQ_INT(r.rc, 134);
  CHECK(contains(r.err, "wasm trap: integer divide by zero"));
  free_res(&r);
  r = RUN(NULL, "--invoke", "boom", "guests/invoke.wasm");
  CHECK_EQ_INT(r.rc, 134);
  CHECK(contains(r.err, "deepest"));
  CHECK(contains(r.err, "deeper"));
  free_res(&r);
}

static void invoke_typed(void) {
  struct { const char *fn, *a1, *a2, *out; } cases[] = {
      {"add", "2", "3", "5\n"},
      {"add", "-1", "0x10", "15\n"},
      {"add", "4294967295", "1", "0\n"},
      {"neg64", "9007199254740993", NULL, "-9007199254740993\n"},
      {"fmul", "1.5", "2", "3\n"},
      {"fmul", "0.1", "1", "0.1\n"},
      {"dsqrt", "2", NULL, "1.4142135623730951\n"},
      {"pair", NULL, NULL, "-1\n9007199254740993\n"},
      {"nothing", NULL, NULL, ""},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *argv[8] = {"--invoke", cases[i].fn, "guests/invoke.wasm", cases[i].a1,
                           cases[i].a1 ? cases[i].a2 : NULL, NULL};
    run_res r = run_hearth(NULL, argv);
    if (r.rc) fprintf(stderr, "%s: %s\n", cases[i].fn, r.err);
    CHECK_EQ_INT(r.rc, 0);
    CHECK_STR(r.out, cases[i].out);
    free_res(&r);
  }
  run_res r = RUN(NULL, "--invoke", "add", "guests/invoke.wasm", "1");
  CHECK_EQ_INT(r.rc, 2);
  CHECK(contains(r.err, "i32 i32"));
  free_res(&r);
  r = RUN(NULL, "--invoke", "add", "guests/invoke.wasm", "1", "2.5");
  CHECK_EQ_INT(r.rc, 2);
  free_res(&r);
  r = RUN(NULL, "--invoke", "add", "guests/invoke.wasm", "1", "4294967296");
  CHECK_EQ_INT(r.rc, 2);
  free_res(&r);
}

static void reactor_initialize_runs_first(void) {
  run_res r = RUN(NULL, "--invoke", "add", "guests/reactor.wasm", "2", "3");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "1005\n"); /* 1000 comes from _initialize */
  free_res(&r);
  r = RUN(NULL, "--invoke", "mul64", "guests/reactor.wasm", "-3", "9000000000");
  CHECK_STR(r.out, "-27000000000\n");
  free_res(&r);
  r = RUN(NULL, "--invoke", "halve", "guests/reactor.wasm", "3");
  CHECK_STR(r.out, "1.5\n");
  free_res(&r);
  r = RUN(NULL, "--invoke", "fsum", "guests/reactor.wasm", "0.1", "0.2");
  CHECK_STR(r.out, "0.3\n");
  free_res(&r);
  r = RUN(NULL, "--invoke", "greet", "guests/reactor.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "hello from reactor\n");
  free_res(&r);
  r = RUN(NULL, "guests/reactor.wasm"); /* no _start: instantiating is the whole run */
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "");
  free_res(&r);
}

static void limits_timeout_fuel_memory(void) {
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  run_res r = RUN(NULL, "--timeout", "300ms", "--invoke", "spin", "guests/invoke.wasm");
  clock_gettime(CLOCK_MONOTONIC, &t1);
  CHECK_EQ_INT(r.rc, 134);
  CHECK(contains(r.err, "deadline exceeded"));
  CHECK(t1.tv_sec - t0.tv_sec < 10);
  free_res(&r);
  r = RUN(NULL, "--timeout=1s", "guests/hello.wasm");
  CHECK_EQ_INT(r.rc, 0);
  free_res(&r);
  r = RUN(NULL, "--fuel", "5000", "--invoke", "spin", "guests/invoke.wasm");
  CHECK_EQ_INT(r.rc, 134);
  CHECK(contains(r.err, "fuel exhausted"));
  free_res(&r);
  r = RUN(NULL, "--fuel", "100000000", "guests/hello.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "hello, world\n");
  free_res(&r);
  r = RUN(NULL, "--max-memory", "1M", "--invoke", "grow", "guests/invoke.wasm", "100");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "-1\n");
  free_res(&r);
  r = RUN(NULL, "--max-memory=1M", "--invoke", "grow", "guests/invoke.wasm", "10");
  CHECK_STR(r.out, "1\n");
  free_res(&r);
  r = RUN(NULL, "--invoke", "grow", "guests/invoke.wasm", "100");
  CHECK_STR(r.out, "1\n");
  free_res(&r);
  r = RUN(NULL, "--max-stack", "1M", "guests/hello.wasm");
  CHECK_EQ_INT(r.rc, 0);
  free_res(&r);
}

T_MAIN(T_CASE(version_and_help), T_CASE(usage_errors_exit_2), T_CASE(load_errors_exit_1),
       T_CASE(hello_both_spellings), T_CASE(exit_codes), T_CASE(trap_exit_134_with_backtrace),
       T_CASE(invoke_typed), T_CASE(reactor_initialize_runs_first),
       T_CASE(limits_timeout_fuel_memory))
