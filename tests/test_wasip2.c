/* test_wasip2.c: WASI 0.2 for components (src/wasi/wasip2.c): wasi:cli/run components made from
 * the preview-1 guests of guests/ by `jco new --wasi-command` (guests/component/cli-*.wasm) run
 * under `hearth run` and, for reference, under `jco run` on node; the same components run
 * in-process through the API (memory stdio, the portable path walk); the sandbox's escapes. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "proc.h"
#include "t.h"
#include "wasi.h"

#define JCO "tools/jco/node_modules/@bytecodealliance/jco/dist/jco.js"

static void sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void sh(const char *fmt, ...) {
  char cmd[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cmd, sizeof cmd, fmt, ap);
  va_end(ap);
  CHECK(system(cmd) == 0);
}

static char *read_text(const char *path) {
  int fd = open(path, O_RDONLY);
  CHECK(fd >= 0);
  char *s = slurp_fd(fd);
  close(fd);
  return s;
}

static bool contains_line(const char *s, const char *line) {
  size_t n = strlen(line);
  for (const char *p = s; (p = strstr(p, line)) != NULL; p++)
    if ((p == s || p[-1] == '\n') && (p[n] == '\n' || p[n] == 0)) return true;
  return false;
}

/* The component under `jco run` on node with an empty environment plus the NAME=VALUE strings of
 * env (NULL-terminated, may be NULL) and the guest arguments args. jco (tools/jco, `npm ci`
 * there; tools/install-deps.sh installs it) is a test dependency: without it this fails. */
static run_res run_jco(const char *in, const char *const *env, const char *comp,
                       const char *const *args) {
  char *argv[64];
  int n = 0;
  argv[n++] = "env";
  argv[n++] = "-i";
  for (; env && *env; env++) argv[n++] = (char *)*env;
  argv[n++] = "node";
  argv[n++] = JCO;
  argv[n++] = "run";
  argv[n++] = (char *)comp;
  for (; args && *args && n < 63; args++) argv[n++] = (char *)*args;
  argv[n] = NULL;
  struct stat st;
  if (stat(JCO, &st) != 0) {
    fprintf(stderr, "%s not found: run tools/install-deps.sh (npm ci in tools/jco)\n", JCO);
    CHECK(0);
  }
  return run_argv(in, argv);
}

/* hearth run and jco run agree on stdout and the exit status; hearth's stdout is expect. */
static void same_as_jco(const char *in, const char *expect, int expect_rc, const char *const *env,
                        const char *const *hearth_args, const char *comp, const char *const *args) {
  const char *argv[40];
  int n = 0;
  argv[n++] = "run";
  for (; hearth_args && *hearth_args; hearth_args++) argv[n++] = *hearth_args;
  argv[n++] = comp;
  for (const char *const *a = args; a && *a; a++) argv[n++] = *a;
  argv[n] = NULL;
  run_res h = run_hearth(in, argv);
  if (h.rc != expect_rc) fprintf(stderr, "hearth: %s", h.err);
  CHECK_STR(h.out, expect);
  CHECK_EQ_INT(h.rc, expect_rc);
  run_res j = run_jco(in, env, comp, args);
  if (strcmp(h.out, j.out) != 0) fprintf(stderr, "jco stderr: %s", j.err);
  CHECK_STR(h.out, j.out);
  CHECK_EQ_INT(h.rc, j.rc);
  free_res(&j);
  free_res(&h);
}
#define L(...) ((const char *const[]){__VA_ARGS__, NULL})

/* ---------------------------------------------------------------- hearth run vs jco run */

static void hello_like_jco(void) {
  same_as_jco(NULL, "hello, world\n", 0, NULL, NULL, "guests/component/cli-hello.wasm", NULL);
}

/* Arguments and environment: --env and the guest's arguments reach wasi:cli/environment. */
static void args_env_like_jco(void) {
  same_as_jco(NULL, "argc=3\nargv[1]=a\nargv[2]=b c\nenv K=v\nenv E=x=y\nenvc=2\n", 0,
              L("K=v", "E=x=y"), L("--env", "K=v", "--env", "E=x=y"),
              "guests/component/cli-args_env.wasm", L("a", "b c"));
}

/* Exit codes: the preview-1 adapter turns proc_exit(0) into exit(ok) (status 0) and any other
 * code into exit(err) (status 1), under hearth as under jco. */
static void exit_codes_like_jco(void) {
  same_as_jco(NULL, "exiting with 0\n", 0, NULL, NULL, "guests/component/cli-exitcode.wasm", L("0"));
  same_as_jco(NULL, "exiting with 3\n", 1, NULL, NULL, "guests/component/cli-exitcode.wasm", L("3"));
}

/* stdin to stdout (and stderr) through wasi:cli/stdin, input-stream reads to the end. */
static void stdin_to_stdout_like_jco(void) {
  same_as_jco("mixed Case input\nsecond line", "MIXED CASE INPUT\nSECOND LINE[28 bytes]\n", 0,
              NULL, NULL, "guests/component/cli-stdio.wasm", NULL);
  run_res r = RUN("abc", "run", "guests/component/cli-stdio.wasm");
  CHECK_STR(r.err, "stderr: read 3 bytes\n");
  free_res(&r);
  /* more than one read's worth (the adapter reads in pieces), and nothing at all */
  size_t big = 300000;
  char *in = malloc(big + 1);
  CHECK(in != NULL);
  for (size_t i = 0; i < big; i++) in[i] = (char)('a' + i % 26);
  in[big] = 0;
  r = RUN(in, "run", "guests/component/cli-stdio.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK(strlen(r.out) == big + strlen("[300000 bytes]\n"));
  CHECK(r.out[0] == 'A' && r.out[25] == 'Z' && r.out[big - 1] == (char)('A' + (big - 1) % 26));
  CHECK(strcmp(r.out + big, "[300000 bytes]\n") == 0);
  free_res(&r);
  free(in);
  same_as_jco(NULL, "[0 bytes]\n", 0, NULL, NULL, "guests/component/cli-stdio.wasm", NULL);
}

/* Clocks (monotonic advances over a sleep: subscribe-duration + poll), random bytes that differ,
 * the same lines as jco. */
static void clocks_random_like_jco(void) {
  run_res h = RUN(NULL, "run", "guests/component/cli-clocks.wasm");
  CHECK_EQ_INT(h.rc, 0);
  CHECK(contains_line(h.out, "realtime after 2020: yes"));
  CHECK(contains_line(h.out, "monotonic advanced >= 20ms over a 20ms sleep: yes"));
  CHECK(contains_line(h.out, "monotonic resolution positive: yes"));
  CHECK(contains_line(h.out, "random: ok"));
  run_res j = run_jco(NULL, NULL, "guests/component/cli-clocks.wasm", NULL);
  CHECK_STR(h.out, j.out);
  free_res(&j);
  free_res(&h);
}

/* poll waits for real: a 30 ms relative timer, a 20 ms absolute one, stdin beating a 5 s timer
 * (wasi:io/poll over pollables of monotonic-clock and input-stream.subscribe). */
static void poll_waits(void) {
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  run_res h = RUN("x", "run", "guests/component/cli-poll.wasm");
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
  CHECK_EQ_INT(h.rc, 0);
  CHECK(contains_line(h.out, "relative: errno 0 events 1 userdata 42 type 0 slept>=30ms 1"));
  CHECK(contains_line(h.out, "absolute: errno 0 events 1 slept>=15ms 1"));
  CHECK(contains_line(h.out, "stdin: errno 0 events 1 userdata 1 type 1 error 0 quick 1"));
  CHECK(ms >= 45 && ms < 4000);
  run_res j = run_jco("x", NULL, "guests/component/cli-poll.wasm", NULL);
  CHECK_STR(h.out, j.out);
  free_res(&j);
  free_res(&h);
}

/* A trap inside a component: exit status 134 and the trap message with a backtrace, like a
 * preview-1 command under hearth (jco exits 1: exit codes are hearth's). */
static void trap_message(void) {
  run_res r = RUN(NULL, "run", "guests/component/cli-trap.wasm");
  CHECK_EQ_INT(r.rc, 134);
  CHECK_STR(r.out, "about to trap\n");
  CHECK(strstr(r.err, "wasm trap: unreachable\n") == r.err);
  CHECK(strstr(r.err, "innermost_trap"));
  run_res p1 = RUN(NULL, "run", "guests/trap.wasm");
  CHECK_STR(r.out, p1.out);
  CHECK(strncmp(r.err, p1.err, strlen("wasm trap: unreachable\n")) == 0);
  free_res(&p1);
  free_res(&r);
}

/* ---------------------------------------------------------------- filesystem */

/* files.wasm as a component prints exactly what the preview-1 module prints (test_wasi compares
 * that one with node) in a fresh preopen each. */
static void files_in_preopen(void) {
  char d1[] = "/tmp/hearth-p2files-XXXXXX", d2[] = "/tmp/hearth-p2files-XXXXXX";
  CHECK(mkdtemp(d1) && mkdtemp(d2));
  char m1[128], m2[128];
  snprintf(m1, sizeof m1, "%s::/sandbox", d1);
  snprintf(m2, sizeof m2, "%s::/sandbox", d2);
  run_res c = RUN(NULL, "run", "--dir", m1, "guests/component/cli-files.wasm", "/sandbox");
  if (c.rc) fprintf(stderr, "%s", c.err);
  CHECK_EQ_INT(c.rc, 0);
  CHECK(contains_line(c.out, "pread: 5 \"Jello\""));
  CHECK(contains_line(c.out, "list sub/many: 120 entries"));
  CHECK(contains_line(c.out, "readlink: 5 \"b.txt\""));
  CHECK(contains_line(c.out, "nlink: 2"));
  CHECK(contains_line(c.out, "mtime: 1200000000.000000000 atime: 1000000000"));
  CHECK(contains_line(c.out, "rmdir non-empty: error Directory not empty"));
  CHECK(contains_line(c.out, "list .: 0 entries"));
  run_res m = RUN(NULL, "run", "--dir", m2, "guests/files.wasm", "/sandbox");
  CHECK_STR(c.out, m.out);
  free_res(&m);
  free_res(&c);
  sh("rm -rf %s %s", d1, d2);
}

static char g_esc[64];
static void esc_cleanup(void) {
  if (g_esc[0]) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", g_esc);
    if (system(cmd) != 0) fprintf(stderr, "cleanup of %s failed\n", g_esc);
  }
}

/* The escape tree of test_wasi's guest_escapes: box/ (writable, symlinks out, out -> .., abs ->
 * /etc, sec -> ../secret.txt) and ro/ (read-only). */
static void escape_tree(void) {
  strcpy(g_esc, "/tmp/hearth-p2esc-XXXXXX");
  CHECK(mkdtemp(g_esc) != NULL);
  atexit(esc_cleanup);
  sh("cd %s && mkdir box ro && echo secret > secret.txt && echo inside > box/f && "
     "ln -s .. box/out && ln -s /etc box/abs && ln -s ../secret.txt box/sec && "
     "echo 'read only' > ro/r.txt", g_esc);
}

/* Nothing outside the sandbox changed, nothing in the read-only preopen. */
static void escape_tree_intact(void) {
  char p[160];
  snprintf(p, sizeof p, "%s/secret.txt", g_esc);
  char *secret = read_text(p);
  CHECK_STR(secret, "secret\n");
  free(secret);
  sh("test ! -e %s/f && test ! -e %s/f2 && test ! -e %s/x && test \"$(ls %s)\" = \"box\nro\nsecret.txt\"",
     g_esc, g_esc, g_esc, g_esc);
  sh("test \"$(ls %s/ro)\" = r.txt && test \"$(cat %s/ro/r.txt)\" = 'read only'", g_esc, g_esc);
}

/* escape.wasm's sandbox cases as a component: every way out is refused (not-permitted, which the
 * adapter reports as PERM where preview 1 says NOTCAPABLE), everything inside works, a read-only
 * preopen refuses every change; guests/component/cli-escape.expected is escape.expected with
 * that one difference and "ro open for write" refused at open (no write right to hand out). */
static void escapes_refused(void) {
  escape_tree();
  char m1[128], m2[128];
  snprintf(m1, sizeof m1, "%s/box::/box", g_esc);
  snprintf(m2, sizeof m2, "%s/ro::/ro:ro", g_esc);
  run_res r = RUN(NULL, "run", "--dir", m1, "--dir", m2, "guests/component/cli-escape.wasm",
                  "sandbox-only");
  if (r.rc) fprintf(stderr, "%s", r.err);
  CHECK_EQ_INT(r.rc, 0);
  char *expect = read_text("guests/component/cli-escape.expected");
  CHECK_STR(r.out, expect);
  free(expect);
  free_res(&r);
  escape_tree_intact();
}

/* ---------------------------------------------------------------- in-process, through the API */

typedef struct inproc {
  int rc;          /* exit status as hearth run would give it; 134 for a trap */
  char out[4096];  /* captured stdout */
} inproc;

/* Runs component path's wasi:cli/run in this process over wasi context w (stdout captured). */
static void run_inproc(const char *path, hearth_wasi *w, inproc *res) {
  int fd = open(path, O_RDONLY);
  CHECK(fd >= 0);
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  uint8_t *bytes = malloc((size_t)st.st_size);
  CHECK(bytes && read(fd, bytes, (size_t)st.st_size) == st.st_size);
  close(fd);
  CHECK_EQ_INT(hearth_wasi_capture_output(w, 1, sizeof res->out - 1), HEARTH_OK);
  hearth_engine *e;
  hearth_component *c;
  hearth_store *s;
  hearth_clinker *l;
  hearth_wasip2 *p;
  hearth_component_instance *ci;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_component_new(e, bytes, (size_t)st.st_size, &c), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
  CHECK_EQ_INT(hearth_clinker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasip2_new(w, &p), HEARTH_OK);
  CHECK(!hearth_wasip2_exited(p, NULL));
  CHECK_EQ_INT(hearth_wasip2_define(l, p), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasip2_define(l, p), HEARTH_ERR_ARGUMENT); /* defined twice */
  CHECK_EQ_INT(hearth_component_instantiate(s, l, c, &ci), HEARTH_OK);
  hearth_cval r = {0};
  hearth_status stt = hearth_component_call(ci, "wasi:cli/run#run", NULL, 0, &r, 1);
  int code;
  if (stt == HEARTH_OK) res->rc = r.of.cas.index == 0 ? 0 : 1;
  else if (hearth_wasip2_exited(p, &code)) res->rc = code;
  else res->rc = 134;
  hearth_cval_clear(&r);
  size_t n;
  const uint8_t *o = hearth_wasi_output(w, 1, &n);
  memcpy(res->out, o ? (const char *)o : "", n);
  res->out[n] = 0;
  hearth_component_instance_delete(ci);
  hearth_store_delete(s);
  hearth_clinker_delete(l);
  hearth_wasip2_delete(p);
  hearth_component_delete(c);
  hearth_engine_delete(e);
  free(bytes);
}

/* Memory stdin and captured stdout (the pool's kind of stdio) serve wasi:cli/stdin and stdout. */
static void api_memory_stdio(void) {
  hearth_wasi *w;
  CHECK_EQ_INT(hearth_wasi_new(&w), HEARTH_OK);
  const char *argv[] = {"stdio"};
  CHECK_EQ_INT(hearth_wasi_set_args(w, 1, argv), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_set_stdin_bytes(w, "in memory", 9), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_capture_output(w, 2, 100), HEARTH_OK);
  inproc r;
  run_inproc("guests/component/cli-stdio.wasm", w, &r);
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "IN MEMORY[9 bytes]\n");
  size_t n;
  const uint8_t *err = hearth_wasi_output(w, 2, &n);
  CHECK(n == strlen("stderr: read 9 bytes\n") && memcmp(err, "stderr: read 9 bytes\n", n) == 0);
  hearth_wasi_delete(w);
}

/* wasi:cli/exit: the code comes back through hearth_wasip2_exited. */
static void api_exit(void) {
  hearth_wasi *w;
  CHECK_EQ_INT(hearth_wasi_new(&w), HEARTH_OK);
  const char *argv[] = {"exitcode", "7"};
  CHECK_EQ_INT(hearth_wasi_set_args(w, 2, argv), HEARTH_OK);
  inproc r;
  run_inproc("guests/component/cli-exitcode.wasm", w, &r);
  CHECK_EQ_INT(r.rc, 1);
  CHECK_STR(r.out, "exiting with 7\n");
  hearth_wasi_delete(w);
  CHECK_EQ_INT(hearth_wasip2_new(NULL, NULL), HEARTH_ERR_ARGUMENT);
  CHECK(!hearth_wasip2_exited(NULL, NULL));
}

/* The escapes again in-process with the portable component-by-component walk instead of
 * openat2 (h_wasi_force_walk): the same answers. */
static void escapes_refused_portable_walk(void) {
  escape_tree();
  h_wasi_force_walk(true);
  hearth_wasi *w;
  CHECK_EQ_INT(hearth_wasi_new(&w), HEARTH_OK);
  const char *argv[] = {"escape", "sandbox-only"};
  CHECK_EQ_INT(hearth_wasi_set_args(w, 2, argv), HEARTH_OK);
  char d[128];
  snprintf(d, sizeof d, "%s/box", g_esc);
  CHECK_EQ_INT(hearth_wasi_preopen_dir(w, d, "/box", false), HEARTH_OK);
  snprintf(d, sizeof d, "%s/ro", g_esc);
  CHECK_EQ_INT(hearth_wasi_preopen_dir(w, d, "/ro", true), HEARTH_OK);
  inproc r;
  run_inproc("guests/component/cli-escape.wasm", w, &r);
  CHECK_EQ_INT(r.rc, 0);
  char *expect = read_text("guests/component/cli-escape.expected");
  CHECK_STR(r.out, expect);
  free(expect);
  hearth_wasi_delete(w);
  h_wasi_force_walk(false);
  escape_tree_intact();
}

T_MAIN(T_CASE(hello_like_jco), T_CASE(args_env_like_jco), T_CASE(exit_codes_like_jco),
       T_CASE(stdin_to_stdout_like_jco), T_CASE(clocks_random_like_jco), T_CASE(poll_waits),
       T_CASE(trap_message), T_CASE(files_in_preopen), T_CASE(escapes_refused),
       T_CASE(api_memory_stdio), T_CASE(api_exit), T_CASE(escapes_refused_portable_walk))
