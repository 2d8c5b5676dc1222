/* test_cli.c: the hearth command end to end: options, usage errors, exit codes, traps, --invoke,
 * limits. Runs the built binary ($HEARTH_BIN, else $HEARTH_BUILD/hearth, else build/hearth) from
 * the repository root. */
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "t.h"

#include "proc.h"

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

/* A proc_exit code outside 0..255 is never a success: the exit status is 255 (the low byte alone
 * would make 256 a 0), and -1 is not mistaken for "the call returned" (which ran _start after an
 * _initialize that had exited). */
static void exit_codes_out_of_range(void) {
  const char *codes[] = {"-1", "256", "-256", "2147483647"};
  for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
    run_res r = RUN(NULL, "guests/exitcode.wasm", codes[i]);
    if (r.rc != 255) fprintf(stderr, "exit(%s): rc %d\n", codes[i], r.rc);
    CHECK_EQ_INT(r.rc, 255);
    free_res(&r);
  }
  /* _initialize exits with -1; _start (a trap) must not run */
  char path[] = "/tmp/hearth-cli-XXXXXX.wat";
  int fd = mkstemps(path, 4);
  CHECK(fd >= 0);
  static const char wat[] =
      "(module (import \"wasi_snapshot_preview1\" \"proc_exit\" (func $e (param i32)))\n"
      "  (memory (export \"memory\") 1)\n"
      "  (func (export \"_initialize\") (call $e (i32.const -1)))\n"
      "  (func (export \"_start\") unreachable))\n";
  CHECK(write(fd, wat, sizeof wat - 1) == (ssize_t)(sizeof wat - 1));
  close(fd);
  run_res r = RUN(NULL, "run", path);
  unlink(path);
  CHECK_EQ_INT(r.rc, 255);
  CHECK(!contains(r.err, "wasm trap"));
  free_res(&r);
}

/* A device that never ends (/dev/zero) as the module: a decode error at once for run, soak and
 * compile, not a read that fills memory until it fails (killed after 5 s: a few GiB at most). */
static void endless_device_as_module(void) {
  const char *const cases[][6] = {
      {"run", "/dev/zero", NULL},
      {"soak", "/dev/zero", "--calls", "1", NULL},
      {"compile", "/dev/zero", "-o", "/tmp/hearth-cli-devzero.hcc", NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "exec timeout -s KILL 5 '%s' %s %s %s %s", hearth_bin(),
             cases[i][0], cases[i][1], cases[i][2] ? cases[i][2] : "", cases[i][3] ? cases[i][3] : "");
    char *argv[] = {"sh", "-c", cmd, NULL};
    run_res r = run_argv(NULL, argv);
    if (r.rc != 1) fprintf(stderr, "%s: rc %d, stderr %s\n", cases[i][0], r.rc, r.err);
    CHECK_EQ_INT(r.rc, 1);
    CHECK(contains(r.err, "/dev/zero"));
    CHECK(contains(r.err, "malformed module"));
    free_res(&r);
  }
}

/* A component that calls WASI 0.2 the wrong way traps (134) with a message that says why, not
 * just "host function failed" (and a context's object limit is not "out of memory"). */
static void hostile_component_calls(void) {
  const char *cases[][2] = {
      {"oob()", "pointer out of bounds of linear memory"},
      {"huge-list()", "list too long"},
      {"bad-handle()", "unknown handle index"},
      {"drop-twice()", "is not valid"},
      {"handles()", "objects"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    run_res r = RUN(NULL, "run", "--invoke", cases[i][0], "guests/component/hostile-p2.wasm");
    if (r.rc != 134) fprintf(stderr, "%s: rc %d\n", cases[i][0], r.rc);
    fprintf(stderr, "%s: %s", cases[i][0], r.err);
    CHECK_EQ_INT(r.rc, 134);
    CHECK(contains(r.err, "wasm trap: host function failed: "));
    CHECK(contains(r.err, cases[i][1]));
    free_res(&r);
  }
}

/* `hearth compile M -o M` (or a link to M) is refused: it replaced the module with its cache
 * entry and exited 0, and the module was gone. */
static void compile_onto_its_module(void) {
  char path[] = "/tmp/hearth-cli-XXXXXX.wasm", link[64];
  int fd = mkstemps(path, 5);
  CHECK(fd >= 0);
  int in = open("guests/hello.wasm", O_RDONLY);
  CHECK(in >= 0);
  char buf[65536];
  ssize_t n = read(in, buf, sizeof buf);
  CHECK(n > 0);
  close(in);
  CHECK(write(fd, buf, (size_t)n) == n);
  close(fd);
  snprintf(link, sizeof link, "%s.lnk", path);
  CHECK(symlink(path, link) == 0);
  const char *outs[] = {path, link};
  for (size_t i = 0; i < 2; i++) {
    run_res r = RUN(NULL, "compile", path, "-o", outs[i]);
    CHECK_EQ_INT(r.rc, 2);
    CHECK(contains(r.err, "is the module itself"));
    free_res(&r);
    r = RUN(NULL, "run", path); /* the module is intact */
    CHECK_EQ_INT(r.rc, 0);
    CHECK_STR(r.out, "hello, world\n");
    free_res(&r);
  }
  unlink(link);
  unlink(path);
}

/* `hearth compile M -o PATH` where PATH is not a regular file (a FIFO here; /dev/null as root) is
 * an error: the entry's temp file was renamed over it, and a device node became a plain file. */
static void compile_onto_a_device(void) {
  char fifo[] = "/tmp/hearth-cli-fifo-XXXXXX";
  int fd = mkstemp(fifo);
  CHECK(fd >= 0);
  close(fd);
  unlink(fifo);
  CHECK(mkfifo(fifo, 0600) == 0);
  run_res r = RUN(NULL, "compile", "guests/hello.wasm", "-o", fifo);
  CHECK_EQ_INT(r.rc, 1);
  CHECK(contains(r.err, "not a regular file"));
  free_res(&r);
  struct stat st;
  CHECK(stat(fifo, &st) == 0 && S_ISFIFO(st.st_mode));
  unlink(fifo);
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

/* Reads the number after `key` in s ("hearth: compile 1.234 ms"); -1 when absent. */
static double timing_ms(const char *s, const char *key) {
  const char *p = s ? strstr(s, key) : NULL;
  if (!p) return -1;
  char *end;
  double v = strtod(p + strlen(key), &end);
  return strncmp(end, " ms\n", 4) == 0 ? v : -1;
}

static void timing(void) {
  run_res r = RUN(NULL, "--help");
  CHECK(contains(r.out, "--timing"));
  free_res(&r);
  /* the guest's output is untouched; the phases follow on stderr, in order */
  r = RUN(NULL, "run", "--timing", "guests/hello.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "hello, world\n");
  CHECK(timing_ms(r.err, "hearth: compile ") >= 0);
  CHECK(timing_ms(r.err, "hearth: instantiate ") >= 0);
  CHECK(timing_ms(r.err, "hearth: run ") >= 0);
  const char *a = strstr(r.err, "compile"), *b = strstr(r.err, "instantiate"),
             *c = strstr(r.err, "hearth: run");
  CHECK(a && b && c && a < b && b < c);
  free_res(&r);
  /* without the flag nothing is printed */
  r = RUN(NULL, "run", "guests/hello.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK(!contains(r.err, "hearth: compile"));
  free_res(&r);
  /* the exit status is the guest's, and the run is still timed */
  r = RUN(NULL, "--timing", "guests/exitcode.wasm", "7");
  CHECK_EQ_INT(r.rc, 7);
  CHECK(timing_ms(r.err, "hearth: run ") >= 0);
  free_res(&r);
  /* a trap keeps 134 */
  r = RUN(NULL, "--timing", "guests/trap.wasm");
  CHECK_EQ_INT(r.rc, 134);
  CHECK(contains(r.err, "wasm trap:"));
  CHECK(timing_ms(r.err, "hearth: compile ") >= 0);
  free_res(&r);
  /* a module that does not decode: only the compile phase ran */
  r = RUN(NULL, "--timing", "guests/hello.c");
  CHECK_EQ_INT(r.rc, 1);
  CHECK(timing_ms(r.err, "hearth: compile ") >= 0);
  CHECK(!contains(r.err, "hearth: instantiate"));
  free_res(&r);
}

/* The module file may be a pipe (read, not mapped). */
static void module_from_pipe(void) {
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "cat guests/hello.wasm | '%s' run /dev/stdin", hearth_bin());
  char *argv[] = {"sh", "-c", cmd, NULL};
  run_res r = run_argv(NULL, argv);
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "hello, world\n");
  free_res(&r);
  /* an empty file is a decode error, not a crash */
  char path[] = "/tmp/hearth-cli-XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  close(fd);
  r = RUN(NULL, "run", path);
  CHECK_EQ_INT(r.rc, 1);
  CHECK(contains(r.err, "cannot decode"));
  free_res(&r);
  unlink(path);
}

/* The number after "key": in a one-line JSON object; CHECKs that it is there and parses. */
static double json_field(const char *s, const char *key) {
  char pat[64];
  snprintf(pat, sizeof pat, "\"%s\": ", key);
  const char *p = s ? strstr(s, pat) : NULL;
  if (!p) fprintf(stderr, "no %s in %s\n", key, s ? s : "(null)");
  CHECK(p != NULL);
  char *end;
  double v = strtod(p + strlen(pat), &end);
  CHECK(end != p + strlen(pat) && (*end == ',' || *end == '}'));
  return v;
}

/* hearth soak --max-pool-memory, pool_memory_peak_kib and faults_per_call (JSON and text). A
 * guest that grows one 64 KiB page per call under REUSE against a 1 MiB budget: the pool's peak
 * is at most the budget and more than one instance's start; calls refused by the budget fail
 * (exit 1). faults_per_call is a sane non-negative number (not asserted 0 yet: reset still
 * faults pages back in). */
#if defined(__SANITIZE_ADDRESS__)
#define T_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define T_ASAN 1
#endif
#endif

/* Reset at warm speed is reset without page faults (issue 10): after the first 1,000 calls, a guest
 * that dirties 64 KiB per call and one that memsets a fresh 64 KiB (growing memory) every call
 * cost no page fault at all, whatever a fault costs on the machine. Under AddressSanitizer the
 * allocator's quarantine and shadow memory fault on their own, so there the bound is loose; the
 * release run of this same case asserts exactly 0. */
static void soak_reset_has_no_faults(void) {
  static const char *const runs[][4] = {
      {"guests/pool/dirty.wasm", "dirty64k", "guests/md2html/samples/basics.md", NULL},
      {"guests/pool/leaky.wasm", "convert", "guests/md2html/samples/basics.md", NULL},
  };
  for (size_t i = 0; i < sizeof runs / sizeof *runs; i++) {
    run_res r = RUN(NULL, "soak", runs[i][0], "--invoke", runs[i][1], "--input", runs[i][2],
                    "--calls", "30000", "--policy", "reset", "--json");
    CHECK_EQ_INT(r.rc, 0);
    CHECK_EQ_INT(json_field(r.out, "ok"), 30000);
    double fpc = json_field(r.out, "faults_per_call");
    fprintf(stderr, "%s %s: faults_per_call %.3f\n", runs[i][0], runs[i][1], fpc);
#ifdef T_ASAN
    CHECK(fpc >= 0 && fpc < 1.0);
#else
    CHECK(fpc == 0.0);
#endif
    free_res(&r);
  }
}

static void soak_pool_memory_and_faults(void) {
  run_res r = RUN(NULL, "soak", "guests/pool/basic.wasm", "--invoke", "leak", "--calls", "1200",
                  "--policy", "reuse", "--max-pool-memory", "1M", "--json");
  CHECK_EQ_INT(r.rc, 1); /* the 17th page is refused: the guest traps */
  double peak = json_field(r.out, "pool_memory_peak_kib");
  CHECK(peak > 64 && peak <= 1024);
  double fpc = json_field(r.out, "faults_per_call");
  CHECK(fpc >= 0 && fpc < 10000);
  CHECK(json_field(r.out, "failed") > 0);
  CHECK(contains(r.err, "unreachable"));
  free_res(&r);

  /* Reset policy, no budget: every call grows and gives back one page. */
  r = RUN(NULL, "soak", "guests/pool/basic.wasm", "--invoke", "leak", "--calls", "1100", "--json");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_EQ_INT(json_field(r.out, "pool_memory_peak_kib"), 128);
  fpc = json_field(r.out, "faults_per_call");
  CHECK(fpc >= 0 && fpc < 10000);
  free_res(&r);

  /* Text output names both. */
  r = RUN(NULL, "soak", "guests/pool/basic.wasm", "--invoke", "noop", "--calls", "50",
          "--max-pool-memory", "512K");
  CHECK_EQ_INT(r.rc, 0);
  CHECK(contains(r.out, "pool memory      peak 64 KiB (all instances; budget 512 KiB)"));
  CHECK(contains(r.out, "page faults "));
  CHECK(contains(r.out, " per call (minor, after the first call)"));
  free_res(&r);

  r = RUN(NULL, "soak", "guests/pool/basic.wasm", "--invoke", "noop", "--calls", "5",
          "--max-pool-memory", "lots");
  CHECK_EQ_INT(r.rc, 2);
  CHECK(contains(r.err, "--max-pool-memory"));
  free_res(&r);
  /* A budget below one instance: the pool cannot be made (exit 1, says why). */
  r = RUN(NULL, "soak", "guests/pool/basic.wasm", "--invoke", "noop", "--calls", "5",
          "--max-pool-memory", "1K");
  CHECK_EQ_INT(r.rc, 1);
  CHECK(contains(r.err, "budget"));
  free_res(&r);
}

/* A JavaScript function behind a WIT interface (guests/component/calc-js.wasm, built by
 * componentize-js from js/calc.js: SpiderMonkey compiled to wasm, ~12 MB, importing WASI 0.2):
 * WAVE arguments in, the JS results out. */
static void invoke_js_component(void) {
  static const struct {
    const char *call, *want;
  } cases[] = {
      {"calc#add(2, 40)", "42\n"},
      {"calc#greet(\"wasm \\u{1f525}\")", "\"hello, wasm \xf0\x9f\x94\xa5!\"\n"},
      {"calc#sum([1, 2, 3, 2147483647, -10])", "2147483643\n"},
      {"calc#mid({x: 2, y: 10}, {x: 4, y: -10})", "{x: 3, y: 0}\n"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    run_res r = RUN(NULL, "run", "--invoke", cases[i].call, "guests/component/calc-js.wasm");
    if (r.rc != 0) fprintf(stderr, "%s: %s", cases[i].call, r.err);
    CHECK_EQ_INT(r.rc, 0);
    CHECK_STR(r.out, cases[i].want);
    free_res(&r);
  }
  /* Arguments that do not match the WIT signature: a usage error. */
  run_res r = RUN(NULL, "run", "--invoke", "calc#add(1)", "guests/component/calc-js.wasm");
  CHECK_EQ_INT(r.rc, 2);
  free_res(&r);
}

/* The JavaScript component through a pool under reset: every call gets the first call's result
 * (each with a WASI 0.2 context of its own), and memory stays flat after warm-up. 100,000 calls
 * are in the figures; this runs 3,000 (300 under sanitizers). */
static void soak_js_component(void) {
  const char *calls = T_SANITIZED ? "300" : "3000";
  run_res r = RUN(NULL, "soak", "guests/component/calc-js.wasm", "--invoke", "calc#greet(\"pool\")",
                  "--calls", calls, "--policy", "reset", "--json");
  if (r.rc != 0) fprintf(stderr, "%s%s", r.out, r.err);
  CHECK_EQ_INT(r.rc, 0);
  CHECK_EQ_INT(json_field(r.out, "ok"), atoi(calls));
  CHECK_EQ_INT(json_field(r.out, "instantiations"), 1);
  CHECK_EQ_INT(json_field(r.out, "resets"), atoi(calls));
  if (!T_SANITIZED) { /* RSS from the 1000th call to the end: flat within 1 MiB */
    double warm = json_field(r.out, "rss_1000_kib"), end = json_field(r.out, "rss_end_kib");
    fprintf(stderr, "RSS after 1000 calls %.0f KiB, at the end %.0f KiB\n", warm, end);
    CHECK(warm > 0 && end - warm < 1024);
  }
  free_res(&r);
}

/* wasi:sockets grants for a component's export (guests/component/invoke-net.wasm: listen()
 * returns 0 when it could create, bind and listen on a TCP socket, 101 when creating it was
 * denied, 401 when listening was): `run --invoke` and `soak --invoke` deny without a grant and
 * allow with --allow-net; --allow-host allows sockets but not listening. The guest never drops
 * its socket: under soak each call's reset must close it, which the descriptor limit set here
 * (inherited by hearth) checks: 400 calls with 64 descriptors. */
static void soak_invoke_net(void) {
  const char *wasm = "guests/component/invoke-net.wasm";
  run_res r = RUN(NULL, "run", "--invoke", "listen()", wasm);
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "101\n");
  free_res(&r);
  r = RUN(NULL, "run", "--allow-net", "--invoke", "listen()", wasm);
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "0\n");
  free_res(&r);
  struct rlimit rl = {64, 64}, old;
  CHECK(getrlimit(RLIMIT_NOFILE, &old) == 0);
  if (old.rlim_max < rl.rlim_max) rl.rlim_cur = rl.rlim_max = old.rlim_max;
  CHECK(setrlimit(RLIMIT_NOFILE, &rl) == 0);
  static const struct {
    const char *grant, *value, *want;
  } cases[] = {{NULL, NULL, "result           101 "},
               {"--allow-net", NULL, "result           0 "},
               {"--allow-host", "127.0.0.1", "result           401 "}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const char *args[12] = {"soak", wasm, "--invoke", "listen()", "--calls", "400"};
    size_t n = 6;
    if (cases[i].grant) args[n++] = cases[i].grant;
    if (cases[i].value) args[n++] = cases[i].value;
    args[n] = NULL;
    r = run_hearth(NULL, args);
    if (r.rc != 0 || !contains(r.out, cases[i].want)) fprintf(stderr, "%s%s", r.out ? r.out : "", r.err ? r.err : "");
    CHECK_EQ_INT(r.rc, 0);
    CHECK(contains(r.out, "calls            400 (ok 400, failed 0)"));
    CHECK(contains(r.out, cases[i].want));
    free_res(&r);
  }
  /* a core module's --invoke has no WASI 0.2: a grant is a usage error */
  r = RUN(NULL, "soak", "guests/pool/basic.wasm", "--invoke", "noop", "--calls", "1", "--allow-net");
  CHECK_EQ_INT(r.rc, 2);
  CHECK(contains(r.err, "apply to components"));
  free_res(&r);
}

/* Start-up (issue 14): a plain `hearth run` makes the dynamic loader open none of the libraries
 * that only `hearth serve` and wasi:http's outgoing requests use (they are loaded with dlopen on
 * first use). LD_DEBUG=files makes ld.so list every object it opens on stderr; libc.so.6 being
 * listed shows the listing works. */
static void run_loads_no_http_libraries(void) {
  CHECK(setenv("LD_DEBUG", "files", 1) == 0);
  run_res r = RUN(NULL, "run", "guests/hello.wasm");
  CHECK(unsetenv("LD_DEBUG") == 0);
  CHECK_EQ_INT(r.rc, 0);
  CHECK(contains(r.out, "hello, world"));
  CHECK(contains(r.err, "file=libc.so.6"));
  static const char *const libs[] = {"libcurl", "libmicrohttpd", "libyaml", "libjson"};
  for (size_t i = 0; i < sizeof libs / sizeof *libs; i++) {
    if (contains(r.err, libs[i])) fprintf(stderr, "hearth run opened %s\n", libs[i]);
    CHECK(!contains(r.err, libs[i]));
  }
  free_res(&r);
}

T_MAIN(T_CASE(version_and_help), T_CASE(usage_errors_exit_2), T_CASE(load_errors_exit_1),
       T_CASE(hello_both_spellings), T_CASE(exit_codes), T_CASE(exit_codes_out_of_range),
       T_CASE(endless_device_as_module), T_CASE(hostile_component_calls), T_CASE(compile_onto_its_module), T_CASE(compile_onto_a_device),
       T_CASE(trap_exit_134_with_backtrace),
       T_CASE(invoke_typed), T_CASE(reactor_initialize_runs_first),
       T_CASE(limits_timeout_fuel_memory), T_CASE(timing), T_CASE(module_from_pipe),
       T_CASE(soak_pool_memory_and_faults), T_CASE(soak_reset_has_no_faults),
       T_CASE(invoke_js_component), T_CASE(soak_js_component), T_CASE(soak_invoke_net),
       T_CASE(run_loads_no_http_libraries))
