/* test_wasip2.c: WASI 0.2 for components (src/wasi/wasip2.c): wasi:cli/run components made from
 * the preview-1 guests of guests/ by `jco new --wasi-command` (guests/component/cli-*.wasm) run
 * under `hearth run` and, for reference, under `jco run` on node; the same components run
 * in-process through the API (memory stdio, the portable path walk); the sandbox's escapes. */
#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "proc.h"
#include "t.h"
#include "wasi.h"
#include "wasip2.h"
#include "p2_call.h"

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

/* --timing prints the three phases for components too, and changes nothing else. */
static void timing_lines(void) {
  run_res r = RUN(NULL, "run", "--timing", "guests/component/cli-hello.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "hello, world\n");
  CHECK(strstr(r.err, "hearth: compile ") && strstr(r.err, "hearth: instantiate ") &&
        strstr(r.err, "hearth: run "));
  free_res(&r);
}

/* A component written against WASI 0.2.0 (cli-v020.wat) links with the 0.2.12 definitions
 * (semver: 0.2.x) and is refused a TCP socket with access-denied (error-code case 1). */
static void version_020_and_sockets_denied(void) {
  run_res r = RUN(NULL, "run", "guests/component/cli-v020.wasm");
  if (r.rc) fprintf(stderr, "%s", r.err);
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "hello from 0.2.0\ntcp: err 1\n");
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

/* ---------------------------------------------------------------- host functions, directly */

/* The host functions called the way the canonical ABI calls them (h_wasip2_call), on a context
 * with memory stdin and captured stdout: every function's results and errors checked one by one,
 * including what the preview-1 adapter never calls. */
static void p2_setup(void) { p2_ctx_new(true); }
static void p2_teardown(void) { p2_ctx_delete(); }

/* A list<u8> result: WASI 0.2 gives it packed (HEARTH_CV_PACKED, one buffer). */
static size_t nbytes(const hearth_cval *l) {
  CHECK_EQ_INT(l->kind, HEARTH_CV_PACKED);
  return l->of.packed.bytes;
}
static uint8_t byte_at(const hearth_cval *l, size_t i) {
  CHECK(i < nbytes(l));
  return ((const uint8_t *)l->of.packed.data)[i];
}
/* the bytes of a list<u8> as a NUL-terminated string (static buffer) */
static const char *bytes_of(const hearth_cval *l) {
  static char buf[4096];
  size_t n = nbytes(l);
  CHECK(n < sizeof buf);
  memcpy(buf, l->of.packed.data, n);
  buf[n] = 0;
  return buf;
}
static hearth_cval bytes_val(const char *s, hearth_cval *items) {
  size_t n = strlen(s);
  for (size_t i = 0; i < n; i++) items[i] = (hearth_cval){.kind = HEARTH_CV_U8, .of.u = (uint8_t)s[i]};
  return (hearth_cval){.kind = HEARTH_CV_LIST, .of.list = {items, n}};
}

#define IO "wasi:io/streams"
#define FS "wasi:filesystem/types"
enum { E_ACCESS = 0, E_BADF = 3, E_EXIST = 7, E_INVAL = 12, E_ISDIR = 14, E_NOENT = 20,
       E_NOTDIR = 24, E_NOTEMPTY = 25, E_NOTPERM = 31 };

static void api_streams(void) {
  p2_setup();
  CHECK_EQ_INT(hearth_wasi_set_stdin_bytes(g_w, "hello world", 11), HEARTH_OK);
  hearth_cval in = CALL0("wasi:cli/stdin", "get-stdin");
  CHECK_EQ_INT(in.kind, HEARTH_CV_OWN);
  uint32_t ri = in.of.rep;
  hearth_cval r = CALL(IO, "[method]input-stream.read", B(ri), U(5));
  CHECK_STR(bytes_of(ok_of(&r)), "hello");
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]input-stream.skip", B(ri), U(1));
  CHECK_EQ_INT(ok_of(&r)->of.u, 1);
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]input-stream.blocking-read", B(ri), U(100));
  CHECK_STR(bytes_of(ok_of(&r)), "world");
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]input-stream.read", B(ri), U(100)); /* at the end: closed */
  CHECK_EQ_INT(r.of.cas.index, 1);
  CHECK_EQ_INT(r.of.cas.payload->kind, HEARTH_CV_VARIANT);
  CHECK_EQ_INT(r.of.cas.payload->of.cas.index, 1);
  hearth_cval_clear(&r);
  hearth_cval pl = CALL(IO, "[method]input-stream.subscribe", B(ri));
  r = CALL("wasi:io/poll", "[method]pollable.ready", B(pl.of.rep));
  CHECK(r.kind == HEARTH_CV_BOOL && r.of.b);
  size_t live = h_wasip2_live_objects(g_p);
  CHECK_EQ_INT(live, 2);
  h_wasip2_drop(g_p, "wasi:io/poll", "pollable", pl.of.rep);
  h_wasip2_drop(g_p, IO, "output-stream", ri); /* the wrong type: not freed */
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 1);
  h_wasip2_drop(g_p, IO, "input-stream", ri);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);

  hearth_cval out = CALL0("wasi:cli/stdout", "get-stdout");
  uint32_t ro = out.of.rep;
  r = CALL(IO, "[method]output-stream.check-write", B(ro));
  CHECK(ok_of(&r)->of.u >= 4096);
  hearth_cval items[16];
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]output-stream.write", B(ro), bytes_val("abc", items));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]output-stream.blocking-write-and-flush", B(ro), bytes_val("de", items));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]output-stream.write-zeroes", B(ro), U(2));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]output-stream.blocking-flush", B(ro));
  ok_of(&r);
  hearth_cval_clear(&r);
  /* splice stdin into stdout */
  CHECK_EQ_INT(hearth_wasi_set_stdin_bytes(g_w, "XYZW", 4), HEARTH_OK);
  in = CALL0("wasi:cli/stdin", "get-stdin");
  r = CALL(IO, "[method]output-stream.splice", B(ro), B(in.of.rep), U(3));
  CHECK_EQ_INT(ok_of(&r)->of.u, 3);
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]output-stream.blocking-splice", B(ro), B(in.of.rep), U(10));
  CHECK_EQ_INT(ok_of(&r)->of.u, 1);
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]output-stream.splice", B(ro), B(in.of.rep), U(10)); /* source ended */
  CHECK_EQ_INT(r.of.cas.index, 1);
  hearth_cval_clear(&r);
  size_t n;
  const uint8_t *o = hearth_wasi_output(g_w, 1, &n);
  CHECK(n == 11 && memcmp(o, "abcde\0\0XYZW", 11) == 0);
  /* handles that are not streams, or not live */
  hearth_cval bad = {0};
  CHECK(h_wasip2_call(g_p, IO, "[method]output-stream.write", (hearth_cval[]){B(in.of.rep), bytes_val("x", items)}, 2, &bad) != HEARTH_OK);
  CHECK(h_wasip2_call(g_p, IO, "[method]input-stream.read", (hearth_cval[]){B(999), U(1)}, 2, &bad) != HEARTH_OK);
  CHECK(h_wasip2_call(g_p, IO, "[method]input-stream.read", (hearth_cval[]){B(0), U(1)}, 2, &bad) != HEARTH_OK);
  CHECK_EQ_INT(h_wasip2_call(g_p, IO, "no-such", NULL, 0, &bad), HEARTH_ERR_NOT_FOUND);
  p2_teardown(); /* frees the streams still open */
}

static double ms_since(const struct timespec *t0) {
  struct timespec t1;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

/* poll blocks until the earliest pollable is ready and names exactly the ready ones. */
static void api_poll_timers(void) {
  p2_setup();
  hearth_cval t50 = CALL("wasi:clocks/monotonic-clock", "subscribe-duration", U(50000000));
  hearth_cval t1s = CALL("wasi:clocks/monotonic-clock", "subscribe-duration", U(1000000000));
  hearth_cval r = CALL("wasi:io/poll", "[method]pollable.ready", B(t50.of.rep));
  CHECK(!r.of.b);
  struct timespec t0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  hearth_cval items[2] = {B(t1s.of.rep), B(t50.of.rep)};
  hearth_cval list = {.kind = HEARTH_CV_LIST, .of.list = {items, 2}};
  r = CALL("wasi:io/poll", "poll", list);
  double ms = ms_since(&t0);
  CHECK(ms >= 45 && ms < 900);
  CHECK_EQ_INT(r.of.list.len, 1);
  CHECK_EQ_INT(r.of.list.items[0].of.u, 1);
  hearth_cval_clear(&r);
  clock_gettime(CLOCK_MONOTONIC, &t0);
  CALL("wasi:io/poll", "[method]pollable.block", B(t1s.of.rep));
  ms = ms_since(&t0);
  CHECK(ms >= 800 && ms < 3000);
  /* an instant in the past is ready at once */
  hearth_cval now = CALL0("wasi:clocks/monotonic-clock", "now");
  hearth_cval past = CALL("wasi:clocks/monotonic-clock", "subscribe-instant", U(now.of.u - 1));
  r = CALL("wasi:io/poll", "[method]pollable.ready", B(past.of.rep));
  CHECK(r.of.b);
  /* an empty list and a handle that is no pollable trap */
  hearth_cval empty = {.kind = HEARTH_CV_LIST};
  hearth_cval bad;
  CHECK(h_wasip2_call(g_p, "wasi:io/poll", "poll", &empty, 1, &bad) != HEARTH_OK);
  hearth_cval nb[1] = {B(12345)};
  hearth_cval nl = {.kind = HEARTH_CV_LIST, .of.list = {nb, 1}};
  CHECK(h_wasip2_call(g_p, "wasi:io/poll", "poll", &nl, 1, &bad) != HEARTH_OK);
  p2_teardown();
}

/* A store's deadline ends a wait in poll: no pollable is ready, the call returns, and the guest
 * traps "deadline exceeded" at its next call (hearth run --timeout). */
static void api_poll_deadline(void) {
  p2_setup();
  hearth_engine *e;
  hearth_store *st;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &st), HEARTH_OK);
  hearth_wasip2_set_store(g_p, st);
  struct timespec t0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  hearth_store_set_deadline(st, (uint64_t)t0.tv_sec * 1000000000ull + (uint64_t)t0.tv_nsec + 200000000ull);
  hearth_cval t10 = CALL("wasi:clocks/monotonic-clock", "subscribe-duration", U(10000000000ull));
  hearth_cval items[1] = {B(t10.of.rep)};
  hearth_cval list = {.kind = HEARTH_CV_LIST, .of.list = {items, 1}};
  hearth_cval r = CALL("wasi:io/poll", "poll", list);
  double ms = ms_since(&t0);
  CHECK(ms >= 190 && ms < 2000);
  CHECK_EQ_INT(r.of.list.len, 0);
  hearth_cval_clear(&r);
  p2_teardown();
  hearth_store_delete(st);
  hearth_engine_delete(e);
  /* the command line: stdin that stays silent, --timeout 300ms */
  struct timespec t1;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  char cmd[1100];
  snprintf(cmd, sizeof cmd, "(sleep 3; echo) | %s run --timeout 300ms guests/component/cli-poll.wasm",
           hearth_bin());
  run_res c = run_argv(NULL, (char *[]){"sh", "-c", cmd, NULL});
  CHECK_EQ_INT(c.rc, 134);
  CHECK(strstr(c.err, "wasm trap: deadline exceeded"));
  free_res(&c);
}

/* stdin from a pipe: non-blocking reads see nothing yet, poll waits for the writer, the end of
 * the pipe closes the stream. */
static void api_poll_stdin_pipe(void) {
  p2_setup();
  int fds[2];
  CHECK(pipe(fds) == 0);
  CHECK_EQ_INT(hearth_wasi_set_stdio_fd(g_w, 0, fds[0], true), HEARTH_OK);
  hearth_cval in = CALL0("wasi:cli/stdin", "get-stdin");
  hearth_cval r = CALL(IO, "[method]input-stream.read", B(in.of.rep), U(10));
  CHECK_EQ_INT(nbytes(ok_of(&r)), 0); /* nothing yet, not closed */
  hearth_cval_clear(&r);
  hearth_cval ps = CALL(IO, "[method]input-stream.subscribe", B(in.of.rep));
  hearth_cval t30 = CALL("wasi:clocks/monotonic-clock", "subscribe-duration", U(30000000));
  hearth_cval items[2] = {B(ps.of.rep), B(t30.of.rep)};
  hearth_cval list = {.kind = HEARTH_CV_LIST, .of.list = {items, 2}};
  struct timespec t0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  r = CALL("wasi:io/poll", "poll", list); /* only the timer */
  CHECK(ms_since(&t0) >= 25);
  CHECK_EQ_INT(r.of.list.len, 1);
  CHECK_EQ_INT(r.of.list.items[0].of.u, 1);
  hearth_cval_clear(&r);
  CHECK(write(fds[1], "x", 1) == 1);
  hearth_cval t5s = CALL("wasi:clocks/monotonic-clock", "subscribe-duration", U(5000000000ull));
  items[1] = B(t5s.of.rep);
  clock_gettime(CLOCK_MONOTONIC, &t0);
  r = CALL("wasi:io/poll", "poll", list); /* stdin, at once */
  CHECK(ms_since(&t0) < 2000);
  CHECK_EQ_INT(r.of.list.len, 1);
  CHECK_EQ_INT(r.of.list.items[0].of.u, 0);
  hearth_cval_clear(&r);
  close(fds[1]);
  r = CALL(IO, "[method]input-stream.blocking-read", B(in.of.rep), U(10));
  CHECK_STR(bytes_of(ok_of(&r)), "x");
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]input-stream.blocking-read", B(in.of.rep), U(10));
  CHECK_EQ_INT(r.of.cas.index, 1); /* closed */
  hearth_cval_clear(&r);
  p2_teardown();
}

static void api_random_clocks(void) {
  p2_setup();
  hearth_cval a = CALL("wasi:random/random", "get-random-bytes", U(32));
  hearth_cval b = CALL("wasi:random/random", "get-random-bytes", U(32));
  CHECK_EQ_INT(nbytes(&a), 32);
  bool differ = false, nonzero = false;
  for (int i = 0; i < 32; i++) {
    differ |= byte_at(&a, i) != byte_at(&b, i);
    nonzero |= byte_at(&a, i) != 0;
  }
  CHECK(differ && nonzero);
  hearth_cval_clear(&a);
  hearth_cval_clear(&b);
  a = CALL0("wasi:random/random", "get-random-u64");
  b = CALL0("wasi:random/random", "get-random-u64");
  CHECK(a.of.u != b.of.u);
  a = CALL0("wasi:random/insecure", "get-insecure-random-u64");
  b = CALL0("wasi:random/insecure", "get-insecure-random-u64");
  CHECK(a.of.u != b.of.u);
  a = CALL("wasi:random/insecure", "get-insecure-random-bytes", U(16));
  CHECK_EQ_INT(nbytes(&a), 16);
  hearth_cval_clear(&a);
  a = CALL0("wasi:random/insecure-seed", "insecure-seed");
  b = CALL0("wasi:random/insecure-seed", "insecure-seed");
  CHECK(a.of.list.items[0].of.u == b.of.list.items[0].of.u && a.of.list.items[1].of.u == b.of.list.items[1].of.u);
  hearth_cval_clear(&a);
  hearth_cval_clear(&b);
  hearth_cval bad;
  CHECK(h_wasip2_call(g_p, "wasi:random/random", "get-random-bytes", (hearth_cval[]){U(1ull << 40)}, 1, &bad) != HEARTH_OK);
  a = CALL0("wasi:clocks/monotonic-clock", "now");
  b = CALL0("wasi:clocks/monotonic-clock", "now");
  CHECK(b.of.u >= a.of.u);
  a = CALL0("wasi:clocks/monotonic-clock", "resolution");
  CHECK(a.of.u > 0);
  a = CALL0("wasi:clocks/wall-clock", "now");
  CHECK(a.of.list.items[0].of.u > 1577836800ull && a.of.list.items[1].of.u < 1000000000ull);
  hearth_cval_clear(&a);
  p2_teardown();
}

static void api_cli(void) {
  p2_setup();
  const char *argv[] = {"prog", "x y"};
  CHECK_EQ_INT(hearth_wasi_set_args(g_w, 2, argv), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_add_env(g_w, "K", "a=b"), HEARTH_OK);
  hearth_cval r = CALL0("wasi:cli/environment", "get-arguments");
  CHECK_EQ_INT(r.of.list.len, 2);
  CHECK(r.of.list.items[1].of.str.len == 3 && memcmp(r.of.list.items[1].of.str.data, "x y", 3) == 0);
  hearth_cval_clear(&r);
  r = CALL0("wasi:cli/environment", "get-environment");
  CHECK_EQ_INT(r.of.list.len, 1);
  const hearth_cval *kv = r.of.list.items[0].of.list.items;
  CHECK(kv[0].of.str.len == 1 && kv[0].of.str.data[0] == 'K');
  CHECK(kv[1].of.str.len == 3 && memcmp(kv[1].of.str.data, "a=b", 3) == 0);
  hearth_cval_clear(&r);
  r = CALL0("wasi:cli/environment", "initial-cwd");
  CHECK(r.kind == HEARTH_CV_OPTION && r.of.cas.index == 0);
  /* captured stdout is no terminal */
  r = CALL0("wasi:cli/terminal-stdout", "get-terminal-stdout");
  CHECK(r.kind == HEARTH_CV_OPTION && r.of.cas.index == 0);
  hearth_cval bad;
  CHECK(!hearth_wasip2_exited(g_p, NULL));
  CHECK(h_wasip2_call(g_p, "wasi:cli/exit", "exit-with-code", (hearth_cval[]){{.kind = HEARTH_CV_U8, .of.u = 42}}, 1, NULL) != HEARTH_OK);
  int code = -1;
  CHECK(hearth_wasip2_exited(g_p, &code) && code == 42);
  hearth_cval err = {.kind = HEARTH_CV_RESULT, .of.cas.index = 1};
  CHECK(h_wasip2_call(g_p, "wasi:cli/exit", "exit", &err, 1, NULL) != HEARTH_OK);
  CHECK(hearth_wasip2_exited(g_p, &code) && code == 1);
  (void)bad;
  p2_teardown();
}

/* Networking is not granted: sockets and lookups are refused with access-denied. */
static void api_sockets_denied(void) {
  p2_setup();
  hearth_cval net = CALL0("wasi:sockets/instance-network", "instance-network");
  CHECK_EQ_INT(net.kind, HEARTH_CV_OWN);
  hearth_cval r = CALL("wasi:sockets/tcp-create-socket", "create-tcp-socket", E(0));
  CHECK_EQ_INT(err_of(&r), 1 /* access-denied */);
  hearth_cval_clear(&r);
  r = CALL("wasi:sockets/udp-create-socket", "create-udp-socket", E(1));
  CHECK_EQ_INT(err_of(&r), 1);
  hearth_cval_clear(&r);
  r = CALL("wasi:sockets/ip-name-lookup", "resolve-addresses", B(net.of.rep), S("example.com"));
  CHECK_EQ_INT(err_of(&r), 1);
  hearth_cval_clear(&r);
  hearth_cval bad;
  CHECK(h_wasip2_call(g_p, "wasi:sockets/tcp", "[method]tcp-socket.start-connect", (hearth_cval[]){B(1)}, 1, &bad) != HEARTH_OK);
  h_wasip2_drop(g_p, "wasi:sockets/tcp", "tcp-socket", net.of.rep); /* no socket can exist */
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 1);
  /* a free slot must stay free: two new objects get two different slots */
  hearth_cval t = CALL("wasi:clocks/monotonic-clock", "subscribe-duration", U(1));
  h_wasip2_drop(g_p, "wasi:io/poll", "pollable", t.of.rep);
  h_wasip2_drop(g_p, "wasi:sockets/tcp", "tcp-socket", t.of.rep);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 1);
  hearth_cval t1 = CALL("wasi:clocks/monotonic-clock", "subscribe-duration", U(1));
  hearth_cval t2 = CALL("wasi:clocks/monotonic-clock", "subscribe-duration", U(1));
  CHECK(t1.of.rep != t2.of.rep);
  h_wasip2_drop(g_p, "wasi:io/poll", "pollable", t1.of.rep);
  h_wasip2_drop(g_p, "wasi:io/poll", "pollable", t2.of.rep);
  h_wasip2_drop(g_p, "wasi:sockets/network", "network", net.of.rep);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  p2_teardown();
}

/* Outgoing HTTP is not granted: everything up to outgoing-handler.handle works (fields,
 * requests, options, bodies), handle consumes the request and says err(HTTP-request-denied). */
#define HT "wasi:http/types"
static hearth_cval V(uint32_t c, hearth_cval *payload) {
  return (hearth_cval){.kind = HEARTH_CV_VARIANT, .of.cas = {c, payload}};
}
static hearth_cval O(hearth_cval *payload) {
  return (hearth_cval){.kind = HEARTH_CV_OPTION, .of.cas = {payload ? 1 : 0, payload}};
}
static bool str_is(const hearth_cval *v, const char *s) {
  return v->kind == HEARTH_CV_STRING && v->of.str.len == strlen(s) && memcmp(v->of.str.data, s, v->of.str.len) == 0;
}

static void api_http_denied(void) {
  p2_setup();
  hearth_cval items[16], items2[16];
  hearth_cval f = CALL0(HT, "[constructor]fields");
  hearth_cval r = CALL(HT, "[method]fields.append", B(f.of.rep), S("Content-Type"), bytes_val("text/plain", items));
  ok_of(&r);
  r = CALL(HT, "[method]fields.append", B(f.of.rep), S("x-a"), bytes_val("1", items));
  ok_of(&r);
  r = CALL(HT, "[method]fields.append", B(f.of.rep), S("X-A"), bytes_val("2", items));
  ok_of(&r);
  r = CALL(HT, "[method]fields.get", B(f.of.rep), S("X-a"));
  CHECK_EQ_INT(r.of.list.len, 2);
  CHECK_STR(bytes_of(&r.of.list.items[1]), "2");
  hearth_cval_clear(&r);
  hearth_cval vals[1] = {bytes_val("3", items)};
  hearth_cval vl = {.kind = HEARTH_CV_LIST, .of.list = {vals, 1}};
  r = CALL(HT, "[method]fields.set", B(f.of.rep), S("x-a"), vl);
  ok_of(&r);
  r = CALL(HT, "[method]fields.entries", B(f.of.rep));
  CHECK_EQ_INT(r.of.list.len, 2);
  CHECK(str_is(&r.of.list.items[1].of.list.items[0], "x-a"));
  CHECK_STR(bytes_of(&r.of.list.items[1].of.list.items[1]), "3");
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]fields.append", B(f.of.rep), S("bad name"), bytes_val("x", items));
  CHECK_EQ_INT(err_of(&r), 0 /* invalid-syntax */);
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]fields.append", B(f.of.rep), S("x-b"), bytes_val("a\nb", items));
  CHECK_EQ_INT(err_of(&r), 0);
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]fields.has", B(f.of.rep), S("content-type"));
  CHECK(r.of.b);
  hearth_cval c = CALL(HT, "[method]fields.clone", B(f.of.rep));
  r = CALL(HT, "[method]fields.delete", B(c.of.rep), S("content-type"));
  ok_of(&r);
  r = CALL(HT, "[method]fields.has", B(c.of.rep), S("content-type"));
  CHECK(!r.of.b);
  h_wasip2_drop(g_p, HT, "fields", c.of.rep);
  /* from-list */
  hearth_cval kv[2] = {S("a"), bytes_val("b", items2)};
  hearth_cval tup = {.kind = HEARTH_CV_TUPLE, .of.list = {kv, 2}};
  hearth_cval lst = {.kind = HEARTH_CV_LIST, .of.list = {&tup, 1}};
  r = CALL(HT, "[static]fields.from-list", lst);
  uint32_t fl = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  h_wasip2_drop(g_p, HT, "fields", fl);
  /* a request takes the headers over */
  size_t live = h_wasip2_live_objects(g_p);
  hearth_cval req = CALL(HT, "[constructor]outgoing-request", ((hearth_cval){.kind = HEARTH_CV_OWN, .of.rep = f.of.rep}));
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), live);
  hearth_cval h = CALL(HT, "[method]outgoing-request.headers", B(req.of.rep));
  r = CALL(HT, "[method]fields.append", B(h.of.rep), S("x-c"), bytes_val("1", items));
  CHECK_EQ_INT(err_of(&r), 2 /* immutable */);
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]fields.get", B(h.of.rep), S("x-a"));
  CHECK_EQ_INT(r.of.list.len, 1);
  hearth_cval_clear(&r);
  h_wasip2_drop(g_p, HT, "fields", h.of.rep);
  r = CALL(HT, "[method]outgoing-request.method", B(req.of.rep));
  CHECK_EQ_INT(r.of.cas.index, 0); /* get */
  r = CALL(HT, "[method]outgoing-request.set-method", B(req.of.rep), V(2, NULL));
  ok_of(&r);
  hearth_cval brew = S("BREW");
  r = CALL(HT, "[method]outgoing-request.set-method", B(req.of.rep), V(9, &brew));
  ok_of(&r);
  r = CALL(HT, "[method]outgoing-request.method", B(req.of.rep));
  CHECK(r.of.cas.index == 9 && str_is(r.of.cas.payload, "BREW"));
  hearth_cval_clear(&r);
  hearth_cval path = S("/x?y=1"), auth = S("example.com");
  r = CALL(HT, "[method]outgoing-request.set-path-with-query", B(req.of.rep), O(&path));
  ok_of(&r);
  r = CALL(HT, "[method]outgoing-request.path-with-query", B(req.of.rep));
  CHECK(r.of.cas.index == 1 && str_is(r.of.cas.payload, "/x?y=1"));
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]outgoing-request.set-authority", B(req.of.rep), O(&auth));
  ok_of(&r);
  hearth_cval https = V(1, NULL);
  r = CALL(HT, "[method]outgoing-request.set-scheme", B(req.of.rep), O(&https));
  ok_of(&r);
  r = CALL(HT, "[method]outgoing-request.scheme", B(req.of.rep));
  CHECK(r.of.cas.index == 1 && r.of.cas.payload->of.cas.index == 1);
  hearth_cval_clear(&r);
  /* the body: once, its stream takes bytes, finish */
  r = CALL(HT, "[method]outgoing-request.body", B(req.of.rep));
  uint32_t body = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]outgoing-request.body", B(req.of.rep));
  CHECK_EQ_INT(r.of.cas.index, 1);
  r = CALL(HT, "[method]outgoing-body.write", B(body));
  uint32_t bs = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]output-stream.blocking-write-and-flush", B(bs), bytes_val("payload", items));
  ok_of(&r);
  h_wasip2_drop(g_p, IO, "output-stream", bs);
  r = CALL(HT, "[static]outgoing-body.finish", ((hearth_cval){.kind = HEARTH_CV_OWN, .of.rep = body}), O(NULL));
  ok_of(&r);
  /* options, then handle: denied, and both are consumed */
  hearth_cval opts = CALL0(HT, "[constructor]request-options");
  hearth_cval five = U(5000000000ull);
  r = CALL(HT, "[method]request-options.set-connect-timeout", B(opts.of.rep), O(&five));
  ok_of(&r);
  r = CALL(HT, "[method]request-options.connect-timeout", B(opts.of.rep));
  CHECK(r.of.cas.index == 1 && r.of.cas.payload->of.u == 5000000000ull);
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]request-options.first-byte-timeout", B(opts.of.rep));
  CHECK_EQ_INT(r.of.cas.index, 0);
  hearth_cval own_opts = {.kind = HEARTH_CV_OWN, .of.rep = opts.of.rep};
  r = CALL("wasi:http/outgoing-handler", "handle", ((hearth_cval){.kind = HEARTH_CV_OWN, .of.rep = req.of.rep}), O(&own_opts));
  CHECK_EQ_INT(r.of.cas.index, 1);
  CHECK_EQ_INT(r.of.cas.payload->kind, HEARTH_CV_VARIANT);
  CHECK_EQ_INT(r.of.cas.payload->of.cas.index, 15 /* HTTP-request-denied */);
  hearth_cval_clear(&r);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  /* a response */
  hearth_cval f2 = CALL0(HT, "[constructor]fields");
  hearth_cval resp = CALL(HT, "[constructor]outgoing-response", ((hearth_cval){.kind = HEARTH_CV_OWN, .of.rep = f2.of.rep}));
  r = CALL(HT, "[method]outgoing-response.status-code", B(resp.of.rep));
  CHECK_EQ_INT(r.of.u, 200);
  r = CALL(HT, "[method]outgoing-response.set-status-code", B(resp.of.rep), ((hearth_cval){.kind = HEARTH_CV_U16, .of.u = 404}));
  ok_of(&r);
  r = CALL(HT, "[method]outgoing-response.set-status-code", B(resp.of.rep), ((hearth_cval){.kind = HEARTH_CV_U16, .of.u = 42}));
  CHECK_EQ_INT(r.of.cas.index, 1);
  r = CALL(HT, "[method]outgoing-response.status-code", B(resp.of.rep));
  CHECK_EQ_INT(r.of.u, 404);
  h_wasip2_drop(g_p, HT, "outgoing-response", resp.of.rep);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  /* what needs an incoming message is unreachable; no io error comes from HTTP */
  hearth_cval bad;
  CHECK(h_wasip2_call(g_p, HT, "[method]incoming-request.method", (hearth_cval[]){B(1)}, 1, &bad) != HEARTH_OK);
  p2_teardown();
}

/* The descriptors of the two preopens of a fresh directory: *rw (writable) and *ro. */
static char g_fsdir[64];
static void fs_setup(uint32_t *rw, uint32_t *ro) {
  strcpy(g_fsdir, "/tmp/hearth-p2fs-XXXXXX");
  CHECK(mkdtemp(g_fsdir) != NULL);
  sh("cd %s && mkdir rw ro && echo 'read only' > ro/r.txt && echo outside > secret", g_fsdir);
  p2_setup();
  char d[128];
  snprintf(d, sizeof d, "%s/rw", g_fsdir);
  CHECK_EQ_INT(hearth_wasi_preopen_dir(g_w, d, "/rw", false), HEARTH_OK);
  snprintf(d, sizeof d, "%s/ro", g_fsdir);
  CHECK_EQ_INT(hearth_wasi_preopen_dir(g_w, d, "/ro", true), HEARTH_OK);
  hearth_cval r = CALL0("wasi:filesystem/preopens", "get-directories");
  CHECK_EQ_INT(r.of.list.len, 2);
  const hearth_cval *t0 = r.of.list.items[0].of.list.items, *t1 = r.of.list.items[1].of.list.items;
  CHECK(t0[1].of.str.len == 3 && memcmp(t0[1].of.str.data, "/rw", 3) == 0);
  CHECK(t1[1].of.str.len == 3 && memcmp(t1[1].of.str.data, "/ro", 3) == 0);
  *rw = t0[0].of.rep;
  *ro = t1[0].of.rep;
  hearth_cval_clear(&r);
}

static uint32_t open_at(uint32_t dir, const char *path, uint32_t pf, uint32_t of, uint32_t df,
                        uint32_t *err) {
  hearth_cval r = CALL(FS, "[method]descriptor.open-at", B(dir), F(pf), S(path), F(of), F(df));
  uint32_t rep = 0;
  *err = UINT32_MAX;
  if (r.of.cas.index == 0) rep = r.of.cas.payload->of.rep;
  else *err = r.of.cas.payload->of.cas.index;
  hearth_cval_clear(&r);
  return rep;
}

static void api_filesystem(void) {
  uint32_t rw, ro, e;
  fs_setup(&rw, &ro);
  hearth_cval items[64];
  /* create, write through a stream and at an offset, read back */
  uint32_t f = open_at(rw, "a.txt", 0, 1 /* create */, 1 | 2 /* read, write */, &e);
  CHECK(f && e == UINT32_MAX);
  hearth_cval r = CALL(FS, "[method]descriptor.write-via-stream", B(f), U(0));
  uint32_t ws = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]output-stream.blocking-write-and-flush", B(ws), bytes_val("hello", items));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.write", B(f), bytes_val("J", items), U(0));
  CHECK_EQ_INT(ok_of(&r)->of.u, 1);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.append-via-stream", B(f));
  uint32_t as = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]output-stream.write", B(as), bytes_val("!", items));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.read", B(f), U(100), U(0));
  const hearth_cval *t = ok_of(&r)->of.list.items;
  CHECK_STR(bytes_of(&t[0]), "Jello!");
  CHECK(t[1].of.b); /* end of file */
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.read-via-stream", B(f), U(1));
  uint32_t rs = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]input-stream.blocking-read", B(rs), U(3));
  CHECK_STR(bytes_of(ok_of(&r)), "ell");
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.stat", B(f));
  const hearth_cval *st = ok_of(&r)->of.list.items;
  CHECK_EQ_INT(st[0].of.cas.index, 6); /* regular-file */
  CHECK_EQ_INT(st[2].of.u, 6);
  CHECK_EQ_INT(st[4].of.cas.index, 1); /* some(mtime) */
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.set-size", B(f), U(2));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.get-flags", B(f));
  CHECK_EQ_INT(ok_of(&r)->of.flags, 3);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.get-type", B(rw));
  CHECK_EQ_INT(ok_of(&r)->of.cas.index, 3); /* directory */
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.sync", B(f));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.read-via-stream", B(rw), U(0));
  CHECK_EQ_INT(err_of(&r), E_ISDIR);
  hearth_cval_clear(&r);
  /* directories, links, listing */
  r = CALL(FS, "[method]descriptor.create-directory-at", B(rw), S("d"));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.create-directory-at", B(rw), S("d"));
  CHECK_EQ_INT(err_of(&r), E_EXIST);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.rename-at", B(rw), S("a.txt"), B(rw), S("d/b.txt"));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.symlink-at", B(rw), S("d/b.txt"), S("lnk"));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.readlink-at", B(rw), S("lnk"));
  CHECK(ok_of(&r)->of.str.len == 7 && memcmp(ok_of(&r)->of.str.data, "d/b.txt", 7) == 0);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.stat-at", B(rw), F(1), S("lnk"));
  CHECK_EQ_INT(ok_of(&r)->of.list.items[2].of.u, 2); /* followed: the file, cut to 2 bytes */
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.stat-at", B(rw), F(0), S("lnk"));
  CHECK_EQ_INT(ok_of(&r)->of.list.items[0].of.cas.index, 5); /* symbolic-link */
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.link-at", B(rw), F(0), S("d/b.txt"), B(rw), S("hard"));
  ok_of(&r);
  hearth_cval_clear(&r);
  uint32_t h = open_at(rw, "hard", 0, 0, 1, &e);
  CHECK(h);
  r = CALL(FS, "[method]descriptor.is-same-object", B(f), B(h));
  CHECK(r.of.b);
  r = CALL(FS, "[method]descriptor.is-same-object", B(f), B(rw));
  CHECK(!r.of.b);
  hearth_cval m1 = CALL(FS, "[method]descriptor.metadata-hash", B(f));
  hearth_cval m2 = CALL(FS, "[method]descriptor.metadata-hash-at", B(rw), F(0), S("hard"));
  CHECK(ok_of(&m1)->of.list.items[0].of.u == ok_of(&m2)->of.list.items[0].of.u);
  hearth_cval_clear(&m1);
  hearth_cval_clear(&m2);
  r = CALL(FS, "[method]descriptor.set-times-at", B(rw), F(0), S("hard"),
           ((hearth_cval){.kind = HEARTH_CV_VARIANT, .of.cas.index = 0}),
           ((hearth_cval){.kind = HEARTH_CV_VARIANT, .of.cas.index = 1}));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.read-directory", B(rw));
  uint32_t ds = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  int seen = 0;
  for (;;) {
    r = CALL(FS, "[method]directory-entry-stream.read-directory-entry", B(ds));
    const hearth_cval *opt = ok_of(&r);
    if (opt->of.cas.index == 0) {
      hearth_cval_clear(&r);
      break;
    }
    const hearth_cval *ent = opt->of.cas.payload->of.list.items;
    if (ent[1].of.str.len == 1 && ent[1].of.str.data[0] == 'd') seen |= ent[0].of.cas.index == 3 ? 1 : 0;
    if (ent[1].of.str.len == 3 && memcmp(ent[1].of.str.data, "lnk", 3) == 0) seen |= ent[0].of.cas.index == 5 ? 2 : 0;
    if (ent[1].of.str.len == 4 && memcmp(ent[1].of.str.data, "hard", 4) == 0) seen |= 4;
    CHECK(!(ent[1].of.str.len == 1 && ent[1].of.str.data[0] == '.'));
    hearth_cval_clear(&r);
  }
  CHECK_EQ_INT(seen, 7);
  /* errors */
  CHECK(!open_at(rw, "missing", 0, 0, 1, &e) && e == E_NOENT);
  char *longp = malloc(5000);
  CHECK(longp != NULL);
  memset(longp, 'a', 4999);
  longp[4999] = 0;
  CHECK(!open_at(rw, longp, 0, 0, 1, &e) && e == 18 /* name-too-long */);
  r = CALL(FS, "[method]descriptor.stat-at", B(rw), F(0), S(longp));
  CHECK_EQ_INT(err_of(&r), 18);
  hearth_cval_clear(&r);
  free(longp);
  hearth_cval nul = {.kind = HEARTH_CV_STRING, .of.str = {"a\0b", 3}};
  r = CALL(FS, "[method]descriptor.stat-at", B(rw), F(0), nul);
  CHECK_EQ_INT(err_of(&r), E_INVAL);
  hearth_cval_clear(&r);
  CHECK(!open_at(rw, "hard", 0, 2 /* directory */, 1, &e) && e == E_NOTDIR);
  r = CALL(FS, "[method]descriptor.remove-directory-at", B(rw), S("d"));
  CHECK_EQ_INT(err_of(&r), E_NOTEMPTY);
  hearth_cval_clear(&r);
  r = CALL(FS, "[method]descriptor.stat-at", B(f), F(0), S("x"));
  CHECK_EQ_INT(err_of(&r), E_NOTDIR);
  hearth_cval_clear(&r);
  /* removal */
  const char *gone[] = {"lnk", "hard", "d/b.txt"};
  for (int i = 0; i < 3; i++) {
    r = CALL(FS, "[method]descriptor.unlink-file-at", B(rw), S(gone[i]));
    ok_of(&r);
    hearth_cval_clear(&r);
  }
  r = CALL(FS, "[method]descriptor.remove-directory-at", B(rw), S("d"));
  ok_of(&r);
  hearth_cval_clear(&r);
  sh("test -z \"$(ls %s/rw)\"", g_fsdir);
  p2_teardown();
  sh("rm -rf %s", g_fsdir);
}

/* The sandbox at the WIT level: escapes are not-permitted, a read-only preopen changes nothing. */
static void api_filesystem_escapes(void) {
  for (int walk = 0; walk < 2; walk++) {
    h_wasi_force_walk(walk);
    uint32_t rw, ro, e;
    fs_setup(&rw, &ro);
    sh("ln -s .. %s/rw/up && ln -s /etc %s/rw/abs && ln -s ../secret %s/rw/sec", g_fsdir, g_fsdir, g_fsdir);
    const char *outs[] = {"..", "../secret", "/etc/passwd", "up/secret", "abs/passwd", "sec", "./../secret"};
    for (size_t i = 0; i < sizeof outs / sizeof outs[0]; i++) {
      CHECK(!open_at(rw, outs[i], 1 /* follow */, 0, 1, &e));
      if (e != E_NOTPERM) fprintf(stderr, "open-at %s: error %u\n", outs[i], e);
      CHECK_EQ_INT(e, E_NOTPERM);
    }
    hearth_cval r = CALL(FS, "[method]descriptor.stat-at", B(rw), F(1), S("sec"));
    CHECK_EQ_INT(err_of(&r), E_NOTPERM);
    hearth_cval_clear(&r);
    r = CALL(FS, "[method]descriptor.create-directory-at", B(rw), S("up/x"));
    CHECK_EQ_INT(err_of(&r), E_NOTPERM);
    hearth_cval_clear(&r);
    r = CALL(FS, "[method]descriptor.symlink-at", B(rw), S("../secret"), S("evil"));
    CHECK_EQ_INT(err_of(&r), E_NOTPERM);
    hearth_cval_clear(&r);
    r = CALL(FS, "[method]descriptor.rename-at", B(rw), S("../secret"), B(rw), S("s"));
    CHECK_EQ_INT(err_of(&r), E_NOTPERM);
    hearth_cval_clear(&r);
    r = CALL(FS, "[method]descriptor.unlink-file-at", B(rw), S("../secret"));
    CHECK_EQ_INT(err_of(&r), E_NOTPERM);
    hearth_cval_clear(&r);
    /* read-only preopen: reads work, every change is refused */
    uint32_t rf = open_at(ro, "r.txt", 0, 0, 1, &e);
    CHECK(rf);
    r = CALL(FS, "[method]descriptor.read", B(rf), U(100), U(0));
    CHECK_STR(bytes_of(&ok_of(&r)->of.list.items[0]), "read only\n");
    hearth_cval_clear(&r);
    r = CALL(FS, "[method]descriptor.write", B(rf), bytes_val("x", (hearth_cval[1]){{0}}), U(0));
    CHECK_EQ_INT(err_of(&r), E_BADF);
    hearth_cval_clear(&r);
    r = CALL(FS, "[method]descriptor.write-via-stream", B(rf), U(0));
    CHECK_EQ_INT(err_of(&r), E_BADF);
    hearth_cval_clear(&r);
    CHECK(!open_at(ro, "r.txt", 0, 0, 2 /* write */, &e) && e == E_NOTPERM);
    CHECK(!open_at(ro, "new", 0, 1 /* create */, 1, &e) && e == E_NOTPERM);
    CHECK(!open_at(ro, "r.txt", 0, 8 /* truncate */, 1, &e) && e == E_NOTPERM);
    uint32_t sub = open_at(ro, ".", 0, 2, 1 | 32 /* mutate: not granted */, &e);
    CHECK(!sub && e == E_NOTPERM);
    sub = open_at(ro, ".", 0, 2, 1, &e);
    CHECK(sub);
    r = CALL(FS, "[method]descriptor.get-flags", B(sub));
    CHECK_EQ_INT(ok_of(&r)->of.flags, 1); /* read only, no mutate-directory */
    hearth_cval_clear(&r);
    const char *mut[] = {"[method]descriptor.create-directory-at", "[method]descriptor.unlink-file-at",
                         "[method]descriptor.remove-directory-at"};
    for (int i = 0; i < 3; i++) {
      r = CALL(FS, mut[i], B(sub), S(i == 0 ? "x" : "r.txt"));
      CHECK_EQ_INT(err_of(&r), E_NOTPERM);
      hearth_cval_clear(&r);
    }
    r = CALL(FS, "[method]descriptor.rename-at", B(rw), S("."), B(ro), S("x"));
    CHECK_EQ_INT(err_of(&r), E_NOTPERM);
    hearth_cval_clear(&r);
    r = CALL(FS, "[method]descriptor.set-size", B(rf), U(0));
    CHECK_EQ_INT(err_of(&r), E_BADF);
    hearth_cval_clear(&r);
    p2_teardown();
    sh("test \"$(cat %s/secret)\" = outside && test \"$(ls %s/ro)\" = r.txt && "
       "test \"$(cat %s/ro/r.txt)\" = 'read only' && rm -rf %s", g_fsdir, g_fsdir, g_fsdir, g_fsdir);
  }
  h_wasi_force_walk(false);
}

/* ---------------------------------------------------------------- pooled runs */

static long open_fds(void) {
  DIR *d = opendir("/proc/self/fd");
  CHECK(d);
  long n = 0;
  while (readdir(d)) n++;
  closedir(d);
  return n;
}

static long rss_kib(void) {
  char *s = read_text("/proc/self/status");
  const char *p = strstr(s, "VmRSS:");
  long v = p ? strtol(p + 6, NULL, 10) : -1;
  free(s);
  return v;
}

static char g_leakdir[64];
static hearth_status preopen_leakdir(hearth_wasi *w, void *user) {
  (void)user;
  return hearth_wasi_preopen_dir(w, g_leakdir, "/d", true);
}

/* A wasi:cli/run component run per call from a pool under reset (hearth_pool_run_component_command):
 * cli-leak.wasm opens a file and never closes it, and holds stdin/stdout streams; every run must
 * start from the snapshot (same output), and nothing a run opened may survive it: the reset of
 * the handle tables gives every host object back (none is left for the context's deletion), and
 * 10,000 runs leave the process's descriptors and RSS flat. */
static void pooled_run_reset(void) {
  snprintf(g_leakdir, sizeof g_leakdir, "/tmp/hearth-leak-XXXXXX");
  CHECK(mkdtemp(g_leakdir) != NULL);
  char path[128];
  snprintf(path, sizeof path, "%s/leak.txt", g_leakdir);
  FILE *f = fopen(path, "w");
  CHECK(f && fputs("secret line\n", f) >= 0 && fclose(f) == 0);
  int fd = open("guests/component/cli-leak.wasm", O_RDONLY);
  CHECK(fd >= 0);
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  uint8_t *bytes = malloc((size_t)st.st_size);
  CHECK(bytes && read(fd, bytes, (size_t)st.st_size) == st.st_size);
  close(fd);
  hearth_engine *e;
  hearth_component *c;
  hearth_clinker *l;
  hearth_template *t;
  hearth_pool *pool;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_component_new(e, bytes, (size_t)st.st_size, &c), HEARTH_OK);
  free(bytes);
  CHECK_EQ_INT(hearth_clinker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasip2_define(l, NULL), HEARTH_OK); /* routed to each run's context */
  CHECK_EQ_INT(hearth_template_new_component(e, c, l, NULL, &t), HEARTH_OK);
  hearth_pool_config cfg;
  hearth_pool_config_init(&cfg);
  cfg.max_instances = 1;
  CHECK_EQ_INT(hearth_pool_new(t, &cfg, &pool), HEARTH_OK);
  hearth_command_io io = {0};
  const char *argv[] = {"leak", "/d"};
  io.argc = 2;
  io.argv = argv;
  io.stdin_data = (const uint8_t *)"x";
  io.stdin_len = 1;
  hearth_command_result res;
  CHECK_EQ_INT(hearth_pool_run_command(pool, &io, &res), HEARTH_ERR_ARGUMENT); /* not a module */
  long fds0 = 0, rss0 = 0;
  unsigned long left0 = atomic_load(&h_wasip2_leftover);
  for (int i = 0; i < 10000; i++) {
    hearth_status s = hearth_pool_run_component_command(pool, &io, preopen_leakdir, NULL, &res);
    if (s != HEARTH_OK) fprintf(stderr, "run %d: %s: %s\n", i, hearth_status_str(s), hearth_errmsg());
    CHECK_EQ_INT(s, HEARTH_OK);
    CHECK_EQ_INT(res.exit_code, 0);
    CHECK_STR((const char *)res.out, "opened: yes, read: secret line\n\n");
    hearth_free(res.out);
    hearth_free(res.err);
    if (i == 99) { /* warm: the baseline */
      fds0 = open_fds();
      rss0 = rss_kib();
    }
  }
  long fds1 = open_fds(), rss1 = rss_kib();
  printf("descriptors %ld -> %ld, RSS %ld -> %ld KiB over 9,900 runs\n", fds0, fds1, rss0, rss1);
  CHECK(fds1 == fds0);
  /* Under AddressSanitizer freed memory sits in its quarantine (256 MiB) instead of being reused,
   * so RSS grows there whatever hearth does; LeakSanitizer checks for leaks at exit instead. */
#if defined(__SANITIZE_ADDRESS__)
#define T_RSS_SLACK_KIB (300 * 1024)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define T_RSS_SLACK_KIB (300 * 1024)
#endif
#endif
#ifndef T_RSS_SLACK_KIB
#define T_RSS_SLACK_KIB 4096
#endif
  CHECK(rss1 - rss0 < T_RSS_SLACK_KIB);
  /* every stream and descriptor a run opened went back through the reset of the handle tables */
  CHECK(atomic_load(&h_wasip2_leftover) == left0);
  hearth_pool_stats ps = {.size = sizeof ps};
  hearth_pool_stats_get(pool, &ps);
  CHECK(ps.resets >= 9999 && ps.discards == 0);
  hearth_pool_delete(pool);
  hearth_template_delete(t);
  hearth_clinker_delete(l);
  hearth_component_delete(c);
  hearth_engine_delete(e);
  unlink(path);
  rmdir(g_leakdir);
}

/* `hearth soak C.wasm` on a wasi:cli/run component: a run per call from a pool under reset, each
 * with the input on stdin and the same output as the first. */
static void soak_cli_run(void) {
  run_res r = RUN(NULL, "soak", "guests/component/cli-leak.wasm", "--calls", "3000", "--threads", "2");
  CHECK_EQ_INT(r.rc, 0);
  CHECK(strstr(r.out, "wasi:cli/run component (WASI 0.2), policy reset"));
  CHECK(strstr(r.out, "calls            3000 (ok 3000, failed 0)"));
  free_res(&r);
  char in[] = "/tmp/hearth-soak-in-XXXXXX";
  int fd = mkstemp(in);
  CHECK(fd >= 0 && write(fd, "abc", 3) == 3);
  close(fd);
  r = RUN(NULL, "soak", "guests/component/cli-stdio.wasm", "--calls", "500", "--input", in);
  CHECK_EQ_INT(r.rc, 0);
  CHECK(strstr(r.out, "calls            500 (ok 500, failed 0)"));
  free_res(&r);
  unlink(in);
}

/* ---------------------------------------------------------------- wasi:sockets */

#define NET "wasi:sockets/network"
#define TCP "wasi:sockets/tcp"
#define UDP "wasi:sockets/udp"
#define TM(m) "[method]tcp-socket." m
#define UM(m) "[method]udp-socket." m
/* error-code cases (WIT order) */
enum { SE_ACCESS = 1, SE_INVAL = 3, SE_NOT_IN_PROGRESS = 7, SE_WOULD_BLOCK = 8, SE_STATE = 9,
       SE_REFUSED = 14 };

/* An ip-socket-address value 127.0.0.h:port (or the IPv6 loopback with v6), in *a. */
typedef struct addr_val { hearth_cval v, rec, f[4], t[8]; } addr_val;
static hearth_cval v4(addr_val *a, uint8_t h, uint16_t port) {
  const uint8_t b[4] = {127, 0, 0, h};
  for (int i = 0; i < 4; i++) a->t[i] = (hearth_cval){.kind = HEARTH_CV_U8, .of.u = b[i]};
  a->f[0] = (hearth_cval){.kind = HEARTH_CV_U16, .of.u = port};
  a->f[1] = (hearth_cval){.kind = HEARTH_CV_TUPLE, .of.list = {a->t, 4}};
  a->rec = (hearth_cval){.kind = HEARTH_CV_RECORD, .of.list = {a->f, 2}};
  a->v = (hearth_cval){.kind = HEARTH_CV_VARIANT, .of.cas = {0, &a->rec}};
  return a->v;
}
static hearth_cval v6loop(addr_val *a, uint16_t port) {
  for (int i = 0; i < 8; i++) a->t[i] = (hearth_cval){.kind = HEARTH_CV_U16, .of.u = i == 7};
  a->f[0] = (hearth_cval){.kind = HEARTH_CV_U16, .of.u = port};
  a->f[1] = (hearth_cval){.kind = HEARTH_CV_U32, .of.u = 0};
  a->f[2] = (hearth_cval){.kind = HEARTH_CV_TUPLE, .of.list = {a->t, 8}};
  a->f[3] = (hearth_cval){.kind = HEARTH_CV_U32, .of.u = 0};
  a->rec = (hearth_cval){.kind = HEARTH_CV_RECORD, .of.list = {a->f, 4}};
  a->v = (hearth_cval){.kind = HEARTH_CV_VARIANT, .of.cas = {1, &a->rec}};
  return a->v;
}
/* The port of an ip-socket-address value. */
static uint16_t port_of(const hearth_cval *addr) {
  CHECK_EQ_INT(addr->kind, HEARTH_CV_VARIANT);
  return (uint16_t)addr->of.cas.payload->of.list.items[0].of.u;
}
static void net_grant(const char *const *hosts, size_t n) {
  hearth_wasip2_net net = {.size = sizeof net, .allow = true, .hosts = hosts, .nhosts = n};
  CHECK_EQ_INT(hearth_wasip2_set_network(g_p, &net), HEARTH_OK);
}
/* ok(payload) of r as an own handle's rep. */
static uint32_t own_of(const hearth_cval *r) {
  const hearth_cval *v = ok_of(r);
  CHECK_EQ_INT(v->kind, HEARTH_CV_OWN);
  return v->of.rep;
}
/* A call whose result must be ok (payload ignored) or err(code) (want >= 0). */
static void expect(int want, const char *iface, const char *name, const hearth_cval *a, size_t n) {
  hearth_cval r = call_n(iface, name, a, n);
  if (want < 0) ok_of(&r);
  else CHECK_EQ_INT(err_of(&r), want);
  hearth_cval_clear(&r);
}
#define EXPECT(want, iface, name, ...)                                                          \
  expect(want, iface, name, (const hearth_cval[]){__VA_ARGS__},                                 \
         sizeof((const hearth_cval[]){__VA_ARGS__}) / sizeof(hearth_cval))
/* Blocks on pollable rep (wasi:io/poll pollable.block), then drops it. */
static void block_on(uint32_t pl) {
  hearth_cval r = CALL("wasi:io/poll", "[method]pollable.block", B(pl));
  hearth_cval_clear(&r);
  h_wasip2_drop(g_p, "wasi:io/poll", "pollable", pl);
}
static uint32_t subscribe(const char *iface, const char *name, uint32_t rep) {
  hearth_cval r = CALL(iface, name, B(rep));
  CHECK_EQ_INT(r.kind, HEARTH_CV_OWN);
  return r.of.rep;
}
/* A bound and listening TCP socket on 127.0.0.1 (an ephemeral port: *port). */
static uint32_t tcp_listener(uint32_t net, uint16_t *port) {
  hearth_cval r = CALL("wasi:sockets/tcp-create-socket", "create-tcp-socket", E(0));
  uint32_t s = own_of(&r);
  hearth_cval_clear(&r);
  addr_val a;
  EXPECT(-1, TCP, TM("start-bind"), B(s), B(net), v4(&a, 1, 0));
  EXPECT(-1, TCP, TM("finish-bind"), B(s));
  EXPECT(-1, TCP, TM("start-listen"), B(s));
  EXPECT(-1, TCP, TM("finish-listen"), B(s));
  r = CALL(TCP, TM("local-address"), B(s));
  *port = port_of(ok_of(&r));
  hearth_cval_clear(&r);
  CHECK(*port != 0);
  return s;
}
/* Connects a new TCP socket to 127.0.0.h:port, waiting through its pollable: *in and *out its
 * streams (the finish-connect's result); the socket. */
static uint32_t tcp_connect(uint32_t net, uint8_t h, uint16_t port, uint32_t *in, uint32_t *out) {
  hearth_cval r = CALL("wasi:sockets/tcp-create-socket", "create-tcp-socket", E(0));
  uint32_t s = own_of(&r);
  hearth_cval_clear(&r);
  addr_val a;
  EXPECT(-1, TCP, TM("start-connect"), B(s), B(net), v4(&a, h, port));
  for (;;) {
    r = CALL(TCP, TM("finish-connect"), B(s));
    if (r.of.cas.index == 0) break;
    CHECK_EQ_INT(err_of(&r), SE_WOULD_BLOCK);
    hearth_cval_clear(&r);
    block_on(subscribe(TCP, TM("subscribe"), s));
  }
  const hearth_cval *t = ok_of(&r);
  CHECK_EQ_INT(t->kind, HEARTH_CV_TUPLE);
  *in = t->of.list.items[0].of.rep;
  *out = t->of.list.items[1].of.rep;
  hearth_cval_clear(&r);
  return s;
}
static void write_all(uint32_t out, const char *s) {
  hearth_cval items[64];
  hearth_cval r = CALL("wasi:io/streams", "[method]output-stream.blocking-write-and-flush", B(out),
                       bytes_val(s, items));
  ok_of(&r);
  hearth_cval_clear(&r);
}
/* blocking-read of up to n bytes: their text (static buffer). */
static const char *read_some(uint32_t in, size_t n) {
  hearth_cval r = CALL("wasi:io/streams", "[method]input-stream.blocking-read", B(in), U(n));
  static char buf[256];
  snprintf(buf, sizeof buf, "%s", bytes_of(ok_of(&r)));
  hearth_cval_clear(&r);
  return buf;
}

/* TCP on the loopback: listen, connect, accept, echo through the streams both ways, addresses,
 * options, shutdown; every object dropped leaves no descriptor behind. */
static void api_tcp_echo(void) {
  p2_setup();
  long fds0 = open_fds();
  net_grant(NULL, 0);
  hearth_cval nv = CALL0("wasi:sockets/instance-network", "instance-network");
  uint32_t net = nv.of.rep;
  uint16_t port;
  uint32_t ls = tcp_listener(net, &port);
  hearth_cval r = CALL(TCP, TM("is-listening"), B(ls));
  CHECK(r.kind == HEARTH_CV_BOOL && r.of.b);
  EXPECT(SE_WOULD_BLOCK, TCP, TM("accept"), B(ls)); /* nobody yet */
  uint32_t cin, cout;
  uint32_t cs = tcp_connect(net, 1, port, &cin, &cout);
  block_on(subscribe(TCP, TM("subscribe"), ls)); /* a connection waits */
  r = CALL(TCP, TM("accept"), B(ls));
  const hearth_cval *t = ok_of(&r);
  CHECK_EQ_INT(t->of.list.len, 3);
  uint32_t ss = t->of.list.items[0].of.rep, sin = t->of.list.items[1].of.rep,
           sout = t->of.list.items[2].of.rep;
  hearth_cval_clear(&r);
  /* the accepted socket's peer is the client's local address */
  r = CALL(TCP, TM("remote-address"), B(ss));
  hearth_cval r2 = CALL(TCP, TM("local-address"), B(cs));
  CHECK_EQ_INT(port_of(ok_of(&r)), port_of(ok_of(&r2)));
  hearth_cval_clear(&r);
  hearth_cval_clear(&r2);
  r = CALL(TCP, TM("remote-address"), B(cs));
  CHECK_EQ_INT(port_of(ok_of(&r)), port);
  hearth_cval_clear(&r);
  /* echo */
  write_all(cout, "hello over tcp");
  block_on(subscribe("wasi:io/streams", "[method]input-stream.subscribe", sin));
  CHECK_STR(read_some(sin, 100), "hello over tcp");
  write_all(sout, "and back");
  CHECK_STR(read_some(cin, 100), "and back");
  /* a non-blocking read with nothing there: ok(empty) */
  r = CALL("wasi:io/streams", "[method]input-stream.read", B(cin), U(10));
  CHECK_EQ_INT(nbytes(ok_of(&r)), 0);
  hearth_cval_clear(&r);
  r = CALL("wasi:io/streams", "[method]output-stream.check-write", B(cout));
  CHECK(ok_of(&r)->of.u > 0);
  hearth_cval_clear(&r);
  /* options */
  EXPECT(-1, TCP, TM("set-keep-alive-enabled"), B(cs), (hearth_cval){.kind = HEARTH_CV_BOOL, .of.b = true});
  r = CALL(TCP, TM("keep-alive-enabled"), B(cs));
  CHECK(ok_of(&r)->of.b);
  hearth_cval_clear(&r);
  EXPECT(-1, TCP, TM("set-keep-alive-idle-time"), B(cs), U(30000000000ull));
  r = CALL(TCP, TM("keep-alive-idle-time"), B(cs));
  CHECK_EQ_INT(ok_of(&r)->of.u, 30000000000ull);
  hearth_cval_clear(&r);
  EXPECT(SE_INVAL, TCP, TM("set-keep-alive-count"), B(cs), U(0));
  EXPECT(SE_INVAL, TCP, TM("set-hop-limit"), B(cs), U(0));
  EXPECT(-1, TCP, TM("set-hop-limit"), B(cs), U(42));
  r = CALL(TCP, TM("hop-limit"), B(cs));
  CHECK_EQ_INT(ok_of(&r)->of.u, 42);
  hearth_cval_clear(&r);
  EXPECT(SE_INVAL, TCP, TM("set-receive-buffer-size"), B(cs), U(0));
  EXPECT(-1, TCP, TM("set-send-buffer-size"), B(cs), U(65536));
  r = CALL(TCP, TM("send-buffer-size"), B(cs));
  CHECK(ok_of(&r)->of.u >= 65536);
  hearth_cval_clear(&r);
  EXPECT(SE_INVAL, TCP, TM("set-listen-backlog-size"), B(ls), U(0));
  EXPECT(-1, TCP, TM("set-listen-backlog-size"), B(ls), U(16));
  EXPECT(SE_STATE, TCP, TM("set-listen-backlog-size"), B(cs), U(16));
  r = CALL(TCP, TM("address-family"), B(cs));
  CHECK_EQ_INT(r.of.cas.index, 0);
  /* shutdown(send): the peer reads the end; the client's output-stream is closed */
  EXPECT(-1, TCP, TM("shutdown"), B(cs), E(1));
  EXPECT(-1, TCP, TM("shutdown"), B(cs), E(1)); /* idempotent */
  r = CALL("wasi:io/streams", "[method]input-stream.blocking-read", B(sin), U(10));
  CHECK_EQ_INT(r.of.cas.index, 1); /* closed */
  hearth_cval_clear(&r);
  r = CALL("wasi:io/streams", "[method]output-stream.check-write", B(cout));
  CHECK_EQ_INT(r.of.cas.index, 1);
  hearth_cval_clear(&r);
  /* drop in any order: streams outliving their socket still work until dropped */
  h_wasip2_drop(g_p, TCP, "tcp-socket", ss);
  write_all(sout, "late");
  CHECK_STR(read_some(cin, 100), "late");
  uint32_t objs[] = {sin, sout, cin, cout};
  for (int i = 0; i < 4; i++)
    h_wasip2_drop(g_p, "wasi:io/streams", i % 2 ? "output-stream" : "input-stream", objs[i]);
  h_wasip2_drop(g_p, TCP, "tcp-socket", cs);
  h_wasip2_drop(g_p, TCP, "tcp-socket", ls);
  h_wasip2_drop(g_p, NET, "network", net);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  CHECK_EQ_INT(open_fds(), fds0);
  p2_teardown();
}

/* Invalid state transitions get the WIT's error codes. */
static void api_tcp_states(void) {
  p2_setup();
  long fds0 = open_fds();
  net_grant(NULL, 0);
  hearth_cval nv = CALL0("wasi:sockets/instance-network", "instance-network");
  uint32_t net = nv.of.rep;
  hearth_cval r = CALL("wasi:sockets/tcp-create-socket", "create-tcp-socket", E(0));
  uint32_t s = own_of(&r);
  hearth_cval_clear(&r);
  addr_val a;
  EXPECT(SE_NOT_IN_PROGRESS, TCP, TM("finish-bind"), B(s));
  EXPECT(SE_NOT_IN_PROGRESS, TCP, TM("finish-connect"), B(s));
  EXPECT(SE_NOT_IN_PROGRESS, TCP, TM("finish-listen"), B(s));
  EXPECT(SE_STATE, TCP, TM("start-listen"), B(s)); /* not bound */
  EXPECT(SE_STATE, TCP, TM("accept"), B(s));
  EXPECT(SE_STATE, TCP, TM("local-address"), B(s));
  EXPECT(SE_STATE, TCP, TM("remote-address"), B(s));
  EXPECT(SE_STATE, TCP, TM("shutdown"), B(s), E(2));
  EXPECT(SE_INVAL, TCP, TM("start-bind"), B(s), B(net), v6loop(&a, 0)); /* wrong family */
  EXPECT(SE_INVAL, TCP, TM("start-connect"), B(s), B(net), v4(&a, 1, 0)); /* port 0 */
  EXPECT(-1, TCP, TM("start-bind"), B(s), B(net), v4(&a, 1, 0));
  EXPECT(SE_STATE, TCP, TM("start-bind"), B(s), B(net), v4(&a, 1, 0)); /* already */
  EXPECT(SE_STATE, TCP, TM("local-address"), B(s)); /* bind not finished */
  EXPECT(-1, TCP, TM("finish-bind"), B(s));
  EXPECT(SE_NOT_IN_PROGRESS, TCP, TM("finish-bind"), B(s));
  r = CALL(TCP, TM("local-address"), B(s));
  uint16_t port = port_of(ok_of(&r));
  hearth_cval_clear(&r);
  /* nothing listens on s's port: the connect is refused, and the socket is closed after */
  r = CALL("wasi:sockets/tcp-create-socket", "create-tcp-socket", E(0));
  uint32_t c = own_of(&r);
  hearth_cval_clear(&r);
  EXPECT(-1, TCP, TM("start-connect"), B(c), B(net), v4(&a, 1, port));
  EXPECT(SE_STATE, TCP, TM("start-connect"), B(c), B(net), v4(&a, 1, port)); /* in progress */
  EXPECT(SE_STATE, TCP, TM("start-bind"), B(c), B(net), v4(&a, 1, 0));
  for (;;) {
    r = CALL(TCP, TM("finish-connect"), B(c));
    uint32_t e = err_of(&r);
    hearth_cval_clear(&r);
    if (e != SE_WOULD_BLOCK) {
      CHECK_EQ_INT(e, SE_REFUSED);
      break;
    }
    block_on(subscribe(TCP, TM("subscribe"), c));
  }
  EXPECT(SE_STATE, TCP, TM("start-connect"), B(c), B(net), v4(&a, 1, port)); /* closed */
  EXPECT(SE_NOT_IN_PROGRESS, TCP, TM("finish-connect"), B(c));
  /* listening: no connect, no second listen */
  EXPECT(-1, TCP, TM("start-listen"), B(s));
  EXPECT(SE_STATE, TCP, TM("start-listen"), B(s));
  EXPECT(-1, TCP, TM("finish-listen"), B(s));
  EXPECT(SE_STATE, TCP, TM("start-connect"), B(s), B(net), v4(&a, 1, port));
  /* a handle of another kind traps (a host error), as with every WASI 0.2 resource */
  hearth_cval bad = {0};
  CHECK(h_wasip2_call(g_p, TCP, TM("accept"), (hearth_cval[]){B(net)}, 1, &bad) != HEARTH_OK);
  CHECK(h_wasip2_call(g_p, TCP, TM("start-bind"), (hearth_cval[]){B(s), B(s), v4(&a, 1, 0)}, 3,
                      &bad) != HEARTH_OK); /* the network argument is no network */
  /* a component importing the functions with other types: a trap or invalid-argument, no read
   * past its values */
  CHECK(h_wasip2_call(g_p, TCP, TM("start-bind"), (hearth_cval[]){B(s), B(net)}, 2, &bad) != HEARTH_OK);
  r = CALL("wasi:sockets/tcp-create-socket", "create-tcp-socket", E(0));
  uint32_t c2 = own_of(&r);
  hearth_cval_clear(&r);
  EXPECT(SE_INVAL, TCP, TM("start-connect"), B(c2), B(net), U(7));
  addr_val odd;
  hearth_cval oddv = v4(&odd, 1, 80);
  odd.f[1].of.list.len = 3; /* a tuple of 3 */
  EXPECT(SE_INVAL, TCP, TM("start-connect"), B(c2), B(net), oddv);
  h_wasip2_drop(g_p, TCP, "tcp-socket", c2);
  EXPECT(SE_INVAL, "wasi:sockets/ip-name-lookup", "resolve-addresses", B(net), U(1));
  CHECK(h_wasip2_call(g_p, TCP, TM("set-hop-limit"), (hearth_cval[]){B(c)}, 1, &bad) != HEARTH_OK);
  h_wasip2_drop(g_p, TCP, "tcp-socket", c);
  h_wasip2_drop(g_p, TCP, "tcp-socket", s);
  h_wasip2_drop(g_p, NET, "network", net);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  CHECK_EQ_INT(open_fds(), fds0);
  p2_teardown();
}

/* A datagram value {data, remote-address} for send (items: storage). */
static hearth_cval dgram(const char *s, hearth_cval *items, hearth_cval *opt, hearth_cval *addr) {
  hearth_cval *f = items + 64;
  f[0] = bytes_val(s, items);
  f[1] = addr ? O(addr) : O(NULL);
  (void)opt;
  return (hearth_cval){.kind = HEARTH_CV_RECORD, .of.list = {f, 2}};
}
static uint32_t udp_bound(uint32_t net, uint16_t *port) {
  hearth_cval r = CALL("wasi:sockets/udp-create-socket", "create-udp-socket", E(0));
  uint32_t s = own_of(&r);
  hearth_cval_clear(&r);
  addr_val a;
  EXPECT(-1, UDP, UM("start-bind"), B(s), B(net), v4(&a, 1, 0));
  EXPECT(-1, UDP, UM("finish-bind"), B(s));
  r = CALL(UDP, UM("local-address"), B(s));
  *port = port_of(ok_of(&r));
  hearth_cval_clear(&r);
  return s;
}

/* UDP on the loopback: an unconnected stream and a connected one exchange datagrams; send
 * needs check-send's permit (more traps); the remote address is required or must match. */
static void api_udp(void) {
  p2_setup();
  long fds0 = open_fds();
  net_grant(NULL, 0);
  hearth_cval nv = CALL0("wasi:sockets/instance-network", "instance-network");
  uint32_t net = nv.of.rep;
  uint16_t pa, pb;
  uint32_t sa = udp_bound(net, &pa), sb = udp_bound(net, &pb);
  addr_val a;
  EXPECT(SE_STATE, UDP, UM("remote-address"), B(sa));
  hearth_cval r = CALL(UDP, UM("stream"), B(sa), NONE());
  const hearth_cval *t = ok_of(&r);
  uint32_t ain = t->of.list.items[0].of.rep, aout = t->of.list.items[1].of.rep;
  hearth_cval_clear(&r);
  hearth_cval some = v4(&a, 1, pa);
  r = CALL(UDP, UM("stream"), B(sb), O(&some));
  t = ok_of(&r);
  uint32_t bin = t->of.list.items[0].of.rep, bout = t->of.list.items[1].of.rep;
  hearth_cval_clear(&r);
  r = CALL(UDP, UM("remote-address"), B(sb));
  CHECK_EQ_INT(port_of(ok_of(&r)), pa);
  hearth_cval_clear(&r);
  /* send before check-send traps */
  hearth_cval items[80], list, bad = {0};
  hearth_cval d = dgram("ping", items, NULL, NULL);
  list = (hearth_cval){.kind = HEARTH_CV_LIST, .of.list = {&d, 1}};
  CHECK(h_wasip2_call(g_p, UDP, "[method]outgoing-datagram-stream.send", (hearth_cval[]){B(bout), list}, 2, &bad) != HEARTH_OK);
  r = CALL(UDP, "[method]outgoing-datagram-stream.check-send", B(bout));
  CHECK(ok_of(&r)->of.u >= 1);
  hearth_cval_clear(&r);
  r = CALL(UDP, "[method]outgoing-datagram-stream.send", B(bout), list);
  CHECK_EQ_INT(ok_of(&r)->of.u, 1);
  hearth_cval_clear(&r);
  block_on(subscribe(UDP, "[method]incoming-datagram-stream.subscribe", ain));
  r = CALL(UDP, "[method]incoming-datagram-stream.receive", B(ain), U(10));
  t = ok_of(&r);
  CHECK_EQ_INT(t->of.list.len, 1);
  CHECK_STR(bytes_of(&t->of.list.items[0].of.list.items[0]), "ping");
  CHECK_EQ_INT(port_of(&t->of.list.items[0].of.list.items[1]), pb);
  hearth_cval_clear(&r);
  /* nothing more: an empty list, never would-block */
  r = CALL(UDP, "[method]incoming-datagram-stream.receive", B(ain), U(10));
  CHECK_EQ_INT(ok_of(&r)->of.list.len, 0);
  hearth_cval_clear(&r);
  /* the unconnected stream needs a remote address */
  r = CALL(UDP, "[method]outgoing-datagram-stream.check-send", B(aout));
  hearth_cval_clear(&r);
  EXPECT(SE_INVAL, UDP, "[method]outgoing-datagram-stream.send", B(aout), list);
  hearth_cval to = v4(&a, 1, pb);
  d = dgram("pong", items, NULL, &to);
  r = CALL(UDP, "[method]outgoing-datagram-stream.check-send", B(aout));
  hearth_cval_clear(&r);
  EXPECT(-1, UDP, "[method]outgoing-datagram-stream.send", B(aout), list);
  block_on(subscribe(UDP, "[method]incoming-datagram-stream.subscribe", bin));
  r = CALL(UDP, "[method]incoming-datagram-stream.receive", B(bin), U(10));
  t = ok_of(&r);
  CHECK_EQ_INT(t->of.list.len, 1);
  CHECK_STR(bytes_of(&t->of.list.items[0].of.list.items[0]), "pong");
  hearth_cval_clear(&r);
  /* the connected stream refuses another destination */
  addr_val a2;
  hearth_cval other = v4(&a2, 1, (uint16_t)(pa == 65535 ? 1 : pa + 1));
  d = dgram("x", items, NULL, &other);
  r = CALL(UDP, "[method]outgoing-datagram-stream.check-send", B(bout));
  hearth_cval_clear(&r);
  EXPECT(SE_INVAL, UDP, "[method]outgoing-datagram-stream.send", B(bout), list);
  EXPECT(SE_INVAL, UDP, UM("set-unicast-hop-limit"), B(sa), U(0));
  EXPECT(-1, UDP, UM("set-unicast-hop-limit"), B(sa), U(7));
  r = CALL(UDP, UM("unicast-hop-limit"), B(sa));
  CHECK_EQ_INT(ok_of(&r)->of.u, 7);
  hearth_cval_clear(&r);
  uint32_t objs[] = {ain, bin};
  for (int i = 0; i < 2; i++) h_wasip2_drop(g_p, UDP, "incoming-datagram-stream", objs[i]);
  h_wasip2_drop(g_p, UDP, "outgoing-datagram-stream", aout);
  h_wasip2_drop(g_p, UDP, "outgoing-datagram-stream", bout);
  h_wasip2_drop(g_p, UDP, "udp-socket", sa);
  h_wasip2_drop(g_p, UDP, "udp-socket", sb);
  h_wasip2_drop(g_p, NET, "network", net);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  CHECK_EQ_INT(open_fds(), fds0);
  p2_teardown();
}

/* Name lookup: "localhost" resolves (on a thread; the guest waits on the stream's pollable) to
 * addresses among which 127.0.0.1; a literal at once; a malformed name is invalid-argument. */
static void api_lookup(void) {
  p2_setup();
  net_grant(NULL, 0);
  hearth_cval nv = CALL0("wasi:sockets/instance-network", "instance-network");
  uint32_t net = nv.of.rep;
  const char *names[] = {"localhost", "127.0.0.1", "[::1]"};
  for (int k = 0; k < 3; k++) {
    hearth_cval r = CALL("wasi:sockets/ip-name-lookup", "resolve-addresses", B(net), S(names[k]));
    uint32_t ls = own_of(&r);
    hearth_cval_clear(&r);
    block_on(subscribe("wasi:sockets/ip-name-lookup", "[method]resolve-address-stream.subscribe", ls));
    int n = 0;
    bool loop4 = false, loop6 = false;
    for (;;) {
      r = CALL("wasi:sockets/ip-name-lookup", "[method]resolve-address-stream.resolve-next-address", B(ls));
      const hearth_cval *o = ok_of(&r);
      if (o->of.cas.index == 0) {
        hearth_cval_clear(&r);
        break;
      }
      const hearth_cval *ip = o->of.cas.payload, *tu = ip->of.cas.payload;
      if (ip->of.cas.index == 0)
        loop4 |= tu->of.list.items[0].of.u == 127 && tu->of.list.items[3].of.u == 1;
      else
        loop6 |= tu->of.list.items[7].of.u == 1 && tu->of.list.items[0].of.u == 0;
      n++;
      hearth_cval_clear(&r);
    }
    CHECK(n >= 1);
    CHECK(k == 2 ? loop6 : loop4);
    h_wasip2_drop(g_p, "wasi:sockets/ip-name-lookup", "resolve-address-stream", ls);
  }
  EXPECT(SE_INVAL, "wasi:sockets/ip-name-lookup", "resolve-addresses", B(net), S("bad name!"));
  EXPECT(SE_INVAL, "wasi:sockets/ip-name-lookup", "resolve-addresses", B(net), S(""));
  h_wasip2_drop(g_p, NET, "network", net);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  p2_teardown();
}

/* A grant restricted to hosts: connects and sends only to them, no listen; malformed hosts are
 * refused; a NULL grant denies again. */
static void api_net_hosts(void) {
  p2_setup();
  /* a host listener (not the guest's: a restricted guest may not listen) */
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t sl = sizeof sa;
  CHECK(lfd >= 0 && bind(lfd, (struct sockaddr *)&sa, sizeof sa) == 0 && listen(lfd, 4) == 0);
  CHECK(getsockname(lfd, (struct sockaddr *)&sa, &sl) == 0);
  uint16_t port = ntohs(sa.sin_port);
  char grant[32];
  snprintf(grant, sizeof grant, "127.0.0.1:%u", port);
  const char *bad[] = {"127.0.0.1:0", "127.0.0.1:70000", "host:", ":80", "[::1", "a b"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    hearth_wasip2_net n = {.size = sizeof n, .allow = true, .hosts = &bad[i], .nhosts = 1};
    CHECK_EQ_INT(hearth_wasip2_set_network(g_p, &n), HEARTH_ERR_ARGUMENT);
  }
  const char *hosts[] = {grant, "[::1]"};
  net_grant(hosts, 2);
  hearth_cval nv = CALL0("wasi:sockets/instance-network", "instance-network");
  uint32_t net = nv.of.rep;
  uint32_t in, out;
  uint32_t c = tcp_connect(net, 1, port, &in, &out); /* granted */
  int afd = accept(lfd, NULL, NULL);
  CHECK(afd >= 0);
  write_all(out, "hi host");
  char buf[16] = {0};
  CHECK_EQ_INT(read(afd, buf, sizeof buf - 1), 7);
  CHECK_STR(buf, "hi host");
  close(afd);
  addr_val a;
  hearth_cval r = CALL("wasi:sockets/tcp-create-socket", "create-tcp-socket", E(0));
  uint32_t s = own_of(&r);
  hearth_cval_clear(&r);
  EXPECT(SE_ACCESS, TCP, TM("start-connect"), B(s), B(net), v4(&a, 1, (uint16_t)(port + 1)));
  EXPECT(SE_ACCESS, TCP, TM("start-connect"), B(s), B(net), v4(&a, 2, port)); /* 127.0.0.2 */
  EXPECT(-1, TCP, TM("start-bind"), B(s), B(net), v4(&a, 1, 0));
  EXPECT(-1, TCP, TM("finish-bind"), B(s));
  EXPECT(SE_ACCESS, TCP, TM("start-listen"), B(s));
  /* UDP: a stream or datagram to another address is denied */
  uint16_t up;
  uint32_t u = udp_bound(net, &up);
  hearth_cval other = v4(&a, 1, up);
  EXPECT(SE_ACCESS, UDP, UM("stream"), B(u), O(&other));
  r = CALL(UDP, UM("stream"), B(u), NONE());
  const hearth_cval *t = ok_of(&r);
  uint32_t uin = t->of.list.items[0].of.rep, uout = t->of.list.items[1].of.rep;
  hearth_cval_clear(&r);
  hearth_cval items[80];
  hearth_cval d = dgram("x", items, NULL, &other);
  hearth_cval list = {.kind = HEARTH_CV_LIST, .of.list = {&d, 1}};
  r = CALL(UDP, "[method]outgoing-datagram-stream.check-send", B(uout));
  hearth_cval_clear(&r);
  EXPECT(SE_ACCESS, UDP, "[method]outgoing-datagram-stream.send", B(uout), list);
  h_wasip2_drop(g_p, UDP, "incoming-datagram-stream", uin);
  h_wasip2_drop(g_p, UDP, "outgoing-datagram-stream", uout);
  h_wasip2_drop(g_p, UDP, "udp-socket", u);
  /* NULL: denied again (existing sockets stay) */
  CHECK_EQ_INT(hearth_wasip2_set_network(g_p, NULL), HEARTH_OK);
  r = CALL("wasi:sockets/tcp-create-socket", "create-tcp-socket", E(0));
  CHECK_EQ_INT(err_of(&r), SE_ACCESS);
  hearth_cval_clear(&r);
  h_wasip2_drop(g_p, "wasi:io/streams", "input-stream", in);
  h_wasip2_drop(g_p, "wasi:io/streams", "output-stream", out);
  h_wasip2_drop(g_p, TCP, "tcp-socket", c);
  h_wasip2_drop(g_p, TCP, "tcp-socket", s);
  h_wasip2_drop(g_p, NET, "network", net);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  close(lfd);
  p2_teardown();
}

/* Sockets are host state of the context: freeing its objects (what a pool reset does through
 * the resource destructors, and the context's deletion) closes them, with their streams and
 * pollables, whatever the guest dropped or not. */
static void api_sockets_freed(void) {
  p2_setup();
  long fds0 = open_fds();
  net_grant(NULL, 0);
  hearth_cval nv = CALL0("wasi:sockets/instance-network", "instance-network");
  uint32_t net = nv.of.rep, in, out;
  uint16_t port;
  uint32_t ls = tcp_listener(net, &port);
  uint32_t c = tcp_connect(net, 1, port, &in, &out);
  (void)subscribe(TCP, TM("subscribe"), c);
  (void)subscribe("wasi:io/streams", "[method]input-stream.subscribe", in);
  uint16_t up;
  (void)udp_bound(net, &up);
  hearth_cval r = CALL("wasi:sockets/ip-name-lookup", "resolve-addresses", B(net), S("localhost"));
  uint32_t lk = own_of(&r);
  hearth_cval_clear(&r);
  block_on(subscribe("wasi:sockets/ip-name-lookup", "[method]resolve-address-stream.subscribe", lk));
  (void)ls;
  CHECK(open_fds() > fds0 + 3);
  h_p2_free_all(g_p);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  /* the lookup's thread lets go of its eventfd just after it signalled it */
  for (int i = 0; i < 100 && open_fds() != fds0; i++) usleep(10000);
  CHECK_EQ_INT(open_fds(), fds0);
  p2_teardown();
}

/* A TCP output-stream never blocks in write: what the socket does not take waits on the host,
 * check-write then grants nothing and the stream's pollable is not ready until the peer reads;
 * blocking-flush sends it all. A connection reset by the peer fails a read with an error whose
 * network-error-code is connection-reset (and that is no filesystem error). */
static void api_tcp_backpressure(void) {
  p2_setup();
  long fds0 = open_fds();
  net_grant(NULL, 0);
  hearth_cval nv = CALL0("wasi:sockets/instance-network", "instance-network");
  uint32_t net = nv.of.rep;
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t sl = sizeof sa;
  CHECK(lfd >= 0 && bind(lfd, (struct sockaddr *)&sa, sizeof sa) == 0 && listen(lfd, 4) == 0);
  CHECK(getsockname(lfd, (struct sockaddr *)&sa, &sl) == 0);
  uint32_t in, out;
  uint32_t c = tcp_connect(net, 1, ntohs(sa.sin_port), &in, &out);
  int afd = accept(lfd, NULL, NULL);
  CHECK(afd >= 0);
  EXPECT(-1, TCP, TM("set-send-buffer-size"), B(c), U(4096));
  static uint8_t chunk[65536];
  memset(chunk, 'x', sizeof chunk);
  hearth_cval data = {.kind = HEARTH_CV_PACKED, .of.packed = {chunk, sizeof chunk}};
  size_t written = 0;
  int zero = 0;
  for (int i = 0; i < 1000 && !zero; i++) {
    hearth_cval r = CALL(IO, "[method]output-stream.check-write", B(out));
    uint64_t permit = ok_of(&r)->of.u;
    hearth_cval_clear(&r);
    if (!permit) {
      zero = 1;
      break;
    }
    data.of.packed.bytes = permit < sizeof chunk ? (size_t)permit : sizeof chunk;
    r = CALL(IO, "[method]output-stream.write", B(out), data);
    ok_of(&r);
    hearth_cval_clear(&r);
    written += data.of.packed.bytes;
  }
  CHECK(zero); /* the peer reads nothing: the socket's buffers fill */
  uint32_t pl = subscribe(IO, "[method]output-stream.subscribe", out);
  hearth_cval r = CALL("wasi:io/poll", "[method]pollable.ready", B(pl));
  CHECK(r.kind == HEARTH_CV_BOOL && !r.of.b);
  /* the peer drains in a child process while the guest flushes, blocking */
  pid_t kid = fork();
  CHECK(kid >= 0);
  if (kid == 0) {
    size_t got = 0;
    char buf[65536];
    ssize_t k;
    while (got < written && (k = read(afd, buf, sizeof buf)) > 0) got += (size_t)k;
    _exit(got == written ? 0 : 1);
  }
  r = CALL(IO, "[method]output-stream.blocking-flush", B(out));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL("wasi:io/poll", "[method]pollable.ready", B(pl));
  CHECK(r.of.b);
  h_wasip2_drop(g_p, "wasi:io/poll", "pollable", pl);
  int status;
  CHECK(waitpid(kid, &status, 0) == kid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  printf("%zu bytes written before check-write said 0\n", written);
  /* a reset: the peer closes with unread data and SO_LINGER 0 */
  struct linger lg = {1, 0};
  CHECK(setsockopt(afd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg) == 0);
  close(afd);
  r = CALL(IO, "[method]input-stream.blocking-read", B(in), U(10));
  CHECK_EQ_INT(r.of.cas.index, 1);
  const hearth_cval *se = r.of.cas.payload;
  CHECK_EQ_INT(se->of.cas.index, 0); /* last-operation-failed */
  uint32_t err = se->of.cas.payload->of.rep;
  hearth_cval_clear(&r);
  r = CALL(NET, "network-error-code", B(err));
  CHECK_EQ_INT(r.of.cas.index, 1);
  CHECK_EQ_INT(r.of.cas.payload->of.cas.index, 15 /* connection-reset */);
  hearth_cval_clear(&r);
  r = CALL("wasi:filesystem/types", "filesystem-error-code", B(err));
  CHECK_EQ_INT(r.of.cas.index, 0);
  hearth_cval_clear(&r);
  r = CALL("wasi:io/error", "[method]error.to-debug-string", B(err));
  CHECK(r.kind == HEARTH_CV_STRING && r.of.str.len == strlen("network error-code connection-reset") &&
        memcmp(r.of.str.data, "network error-code connection-reset", r.of.str.len) == 0);
  hearth_cval_clear(&r);
  h_wasip2_drop(g_p, "wasi:io/error", "error", err);
  h_wasip2_drop(g_p, IO, "input-stream", in);
  h_wasip2_drop(g_p, IO, "output-stream", out);
  h_wasip2_drop(g_p, TCP, "tcp-socket", c);
  h_wasip2_drop(g_p, NET, "network", net);
  close(lfd);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  CHECK_EQ_INT(open_fds(), fds0);
  p2_teardown();
}

/* IPv6 on ::1 (when the host has it): addresses in and out in the ipv6 shape; an IPv4-mapped
 * address is invalid-argument; 10,000 one-byte round trips through the streams (CPU time
 * printed). */
static void api_tcp_v6_roundtrips(void) {
  p2_setup();
  net_grant(NULL, 0);
  hearth_cval nv = CALL0("wasi:sockets/instance-network", "instance-network");
  uint32_t net = nv.of.rep;
  hearth_cval r = CALL("wasi:sockets/tcp-create-socket", "create-tcp-socket", E(1));
  uint32_t ls = own_of(&r);
  hearth_cval_clear(&r);
  addr_val a;
  hearth_cval mapped = v6loop(&a, 0);
  a.t[5].of.u = 0xffff; /* ::ffff:0.0.0.1 */
  EXPECT(SE_INVAL, TCP, TM("start-bind"), B(ls), B(net), mapped);
  r = CALL(TCP, TM("start-bind"), B(ls), B(net), v6loop(&a, 0));
  if (r.of.cas.index != 0) {
    printf("no ::1 here (error-code %u): IPv6 skipped\n", err_of(&r));
    hearth_cval_clear(&r);
    h_p2_free_all(g_p);
    p2_teardown();
    return;
  }
  hearth_cval_clear(&r);
  EXPECT(-1, TCP, TM("finish-bind"), B(ls));
  EXPECT(-1, TCP, TM("start-listen"), B(ls));
  EXPECT(-1, TCP, TM("finish-listen"), B(ls));
  r = CALL(TCP, TM("local-address"), B(ls));
  const hearth_cval *la = ok_of(&r);
  CHECK_EQ_INT(la->of.cas.index, 1);
  CHECK_EQ_INT(la->of.cas.payload->of.list.len, 4);
  CHECK_EQ_INT(la->of.cas.payload->of.list.items[2].of.list.items[7].of.u, 1);
  uint16_t port = port_of(la);
  hearth_cval_clear(&r);
  r = CALL("wasi:sockets/tcp-create-socket", "create-tcp-socket", E(1));
  uint32_t c = own_of(&r);
  hearth_cval_clear(&r);
  EXPECT(SE_INVAL, TCP, TM("start-connect"), B(c), B(net), v4(&a, 1, port)); /* wrong family */
  EXPECT(-1, TCP, TM("start-connect"), B(c), B(net), v6loop(&a, port));
  block_on(subscribe(TCP, TM("subscribe"), c));
  r = CALL(TCP, TM("finish-connect"), B(c));
  uint32_t cin = ok_of(&r)->of.list.items[0].of.rep, cout = ok_of(&r)->of.list.items[1].of.rep;
  hearth_cval_clear(&r);
  block_on(subscribe(TCP, TM("subscribe"), ls));
  r = CALL(TCP, TM("accept"), B(ls));
  const hearth_cval *t = ok_of(&r);
  uint32_t ss = t->of.list.items[0].of.rep, sin = t->of.list.items[1].of.rep,
           sout = t->of.list.items[2].of.rep;
  hearth_cval_clear(&r);
  r = CALL(TCP, TM("address-family"), B(ss));
  CHECK_EQ_INT(r.of.cas.index, 1);
  EXPECT(-1, TCP, TM("set-hop-limit"), B(c), U(9));
  r = CALL(TCP, TM("hop-limit"), B(c));
  CHECK_EQ_INT(ok_of(&r)->of.u, 9);
  hearth_cval_clear(&r);
  struct timespec t0, t1;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
  for (int i = 0; i < 10000; i++) {
    write_all(cout, "p");
    CHECK_STR(read_some(sin, 1), "p");
    write_all(sout, "q");
    CHECK_STR(read_some(cin, 1), "q");
  }
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
  double us = ((double)(t1.tv_sec - t0.tv_sec) * 1e6 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e3) / 10000;
  printf("TCP over ::1: %.1f us CPU per round trip (2 writes, 2 blocking reads)\n", us);
  h_p2_free_all(g_p);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  p2_teardown();
}

/* A store's deadline ends the waits of sockets too: a blocking-read with nothing coming, and a
 * poll on a listener nobody connects to, return once it has passed (the guest then traps at its
 * next call or loop back-edge). */
static void api_sock_deadline(void) {
  p2_setup();
  net_grant(NULL, 0);
  hearth_engine *e;
  hearth_store *st;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &st), HEARTH_OK);
  hearth_wasip2_set_store(g_p, st);
  hearth_cval nv = CALL0("wasi:sockets/instance-network", "instance-network");
  uint32_t net = nv.of.rep, in, out;
  uint16_t port;
  uint32_t ls = tcp_listener(net, &port);
  uint32_t c = tcp_connect(net, 1, port, &in, &out);
  (void)c;
  struct timespec t0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  hearth_store_set_deadline(st, (uint64_t)t0.tv_sec * 1000000000ull + (uint64_t)t0.tv_nsec + 200000000ull);
  hearth_cval r = CALL(IO, "[method]input-stream.blocking-read", B(in), U(10)); /* nothing sent */
  CHECK_EQ_INT(nbytes(ok_of(&r)), 0);
  hearth_cval_clear(&r);
  double ms = ms_since(&t0);
  CHECK(ms >= 190 && ms < 2000);
  EXPECT(-1, TCP, TM("accept"), B(ls)); /* the one connection */
  uint32_t pl = subscribe(TCP, TM("subscribe"), ls);
  hearth_cval items[1] = {B(pl)};
  hearth_cval list = {.kind = HEARTH_CV_LIST, .of.list = {items, 1}};
  r = CALL("wasi:io/poll", "poll", list); /* past the deadline: at once, nothing ready */
  CHECK_EQ_INT(r.of.list.len, 0);
  hearth_cval_clear(&r);
  CHECK(ms_since(&t0) < 2000);
  h_p2_free_all(g_p);
  p2_teardown();
  hearth_store_delete(st);
  hearth_engine_delete(e);
}

/* write (and write-zeroes) to a TCP stream past what check-write permitted traps, as the WIT says:
 * with no check-write before it (permit 0), one byte past the permit, and a second write that with
 * the first exceeds it; within the permit the bytes reach the peer; blocking-write-and-flush needs
 * no permit. */
static void api_tcp_write_permit(void) {
  p2_setup();
  net_grant(NULL, 0);
  hearth_cval nv = CALL0("wasi:sockets/instance-network", "instance-network");
  uint32_t net = nv.of.rep;
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t sl = sizeof sa;
  CHECK(lfd >= 0 && bind(lfd, (struct sockaddr *)&sa, sizeof sa) == 0 && listen(lfd, 4) == 0);
  CHECK(getsockname(lfd, (struct sockaddr *)&sa, &sl) == 0);
  uint32_t in, out;
  uint32_t c = tcp_connect(net, 1, ntohs(sa.sin_port), &in, &out);
  int afd = accept(lfd, NULL, NULL);
  CHECK(afd >= 0);
  hearth_cval items[8];
  hearth_cval bad = {0};
  /* no check-write yet: nothing is permitted */
  CHECK_EQ_INT(h_wasip2_call(g_p, IO, "[method]output-stream.write",
                             (hearth_cval[]){B(out), bytes_val("x", items)}, 2, &bad), HEARTH_ERR_TRAP);
  CHECK(strstr(hearth_errmsg(), "check-write permitted 0"));
  hearth_cval r = CALL(IO, "[method]output-stream.check-write", B(out));
  uint64_t permit = ok_of(&r)->of.u;
  hearth_cval_clear(&r);
  CHECK(permit > 4 && permit < (1u << 24));
  uint8_t *big = calloc(1, (size_t)permit + 1);
  CHECK(big != NULL);
  hearth_cval over = {.kind = HEARTH_CV_PACKED, .of.packed = {big, (size_t)permit + 1}};
  CHECK_EQ_INT(h_wasip2_call(g_p, IO, "[method]output-stream.write", (hearth_cval[]){B(out), over},
                             2, &bad), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(h_wasip2_call(g_p, IO, "[method]output-stream.write-zeroes",
                             (hearth_cval[]){B(out), U(permit + 1)}, 2, &bad), HEARTH_ERR_TRAP);
  /* within the permit: "abc", then permit - 3 zeroes; then one more byte traps */
  r = CALL(IO, "[method]output-stream.write", B(out), bytes_val("abc", items));
  ok_of(&r);
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]output-stream.write-zeroes", B(out), U(permit - 3));
  ok_of(&r);
  hearth_cval_clear(&r);
  CHECK_EQ_INT(h_wasip2_call(g_p, IO, "[method]output-stream.write",
                             (hearth_cval[]){B(out), bytes_val("y", items)}, 2, &bad), HEARTH_ERR_TRAP);
  r = CALL(IO, "[method]output-stream.blocking-write-and-flush", B(out), bytes_val("z", items));
  ok_of(&r);
  hearth_cval_clear(&r);
  size_t got = 0;
  ssize_t k;
  int bad_bytes = 0;
  while (got < permit + 1 && (k = read(afd, big, (size_t)permit + 1)) > 0) {
    for (ssize_t j = 0; j < k; j++) {
      size_t at = got + (size_t)j;
      uint8_t want = at < 3 ? (uint8_t)"abc"[at] : at == permit ? 'z' : 0;
      bad_bytes += big[j] != want;
    }
    got += (size_t)k;
  }
  CHECK_EQ_INT(got, permit + 1);
  CHECK_EQ_INT(bad_bytes, 0);
  free(big);
  close(afd);
  close(lfd);
  h_wasip2_drop(g_p, IO, "input-stream", in);
  h_wasip2_drop(g_p, IO, "output-stream", out);
  h_wasip2_drop(g_p, TCP, "tcp-socket", c);
  h_wasip2_drop(g_p, NET, "network", net);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  p2_teardown();
}

/* `hearth run` grants wasi:sockets with --allow-net (everything) or --allow-host (sockets, binds,
 * connects and sends to those hosts only: no listen); without either, access-denied (case 01). */
static void net_cli_grants(void) {
  run_res r = RUN(NULL, "run", "guests/component/cli-net.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "tcp: err 01\nudp: err 01\n");
  free_res(&r);
  r = RUN(NULL, "run", "--allow-net", "guests/component/cli-net.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "tcp: ok\nbind: ok\nlisten: ok\nudp: ok\n");
  free_res(&r);
  r = RUN(NULL, "run", "--allow-host", "127.0.0.1:9", "guests/component/cli-net.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "tcp: ok\nbind: ok\nlisten: err 01\nudp: ok\n");
  free_res(&r);
  r = RUN(NULL, "run", "--allow-host", "127.0.0.1:0", "guests/component/cli-net.wasm");
  CHECK_EQ_INT(r.rc, 2);
  free_res(&r);
}

/* Sockets a pooled component instance opened and never dropped are closed by the reset (the
 * handle tables' destructors): cli-net.wasm leaks a listening TCP socket and a UDP socket per
 * call; 2,000 calls under reset leave the process's descriptors flat. */
static void net_pool_reset_closes(void) {
  int fd = open("guests/component/cli-net.wasm", O_RDONLY);
  CHECK(fd >= 0);
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  uint8_t *bytes = malloc((size_t)st.st_size);
  CHECK(bytes && read(fd, bytes, (size_t)st.st_size) == st.st_size);
  close(fd);
  hearth_engine *e;
  hearth_component *c;
  hearth_clinker *l;
  hearth_template *t;
  hearth_pool *pool;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_component_new(e, bytes, (size_t)st.st_size, &c), HEARTH_OK);
  free(bytes);
  CHECK_EQ_INT(hearth_clinker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasip2_define(l, NULL), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_new_component(e, c, l, NULL, &t), HEARTH_OK);
  hearth_pool_config cfg;
  hearth_pool_config_init(&cfg);
  cfg.max_instances = 1;
  CHECK_EQ_INT(hearth_pool_new(t, &cfg, &pool), HEARTH_OK);
  p2_ctx_new(true);
  net_grant(NULL, 0);
  hearth_wasip2 *prev = hearth_wasip2_enter(g_p);
  long fds0 = 0;
  struct timespec t0, t1;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
  for (int i = 0; i < 2000; i++) {
    hearth_cval r = {0};
    hearth_status s = hearth_pool_call_component(pool, "wasi:cli/run#run", NULL, 0, &r, 1, NULL);
    if (s) fprintf(stderr, "call %d: %s\n", i, hearth_errmsg());
    CHECK_EQ_INT(s, HEARTH_OK);
    CHECK_EQ_INT(r.of.cas.index, 0);
    hearth_cval_clear(&r);
    CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0); /* the reset gave every socket back */
    if (i == 9) fds0 = open_fds();
  }
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
  printf("%.1f us CPU per call (2 sockets created, bound, listened, closed by the reset)\n",
         ((double)(t1.tv_sec - t0.tv_sec) * 1e6 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e3) / 2000);
  CHECK_EQ_INT(open_fds(), fds0);
  hearth_wasip2_enter(prev);
  size_t n = 0;
  const uint8_t *out = hearth_wasi_output(g_w, 1, &n);
  CHECK(n > 0 && memcmp(out, "tcp: ok\nbind: ok\nlisten: ok\nudp: ok\n", 36) == 0);
  p2_ctx_delete();
  hearth_pool_delete(pool);
  hearth_template_delete(t);
  hearth_clinker_delete(l);
  hearth_component_delete(c);
  hearth_engine_delete(e);
}

/* A pool of components runs wasi:cli/run with the grant hearth_pool_set_network gave it: denied by
 * default, everything, hosts only (no listen), denied again; a bad host leaves the grant as it
 * was; a pool of modules refuses a grant. `hearth soak --allow-net / --allow-host` take the same
 * flags as `hearth run` (a host that does not parse is a usage error; a module refuses them). */
static void net_pool_grant(void) {
  int fd = open("guests/component/cli-net.wasm", O_RDONLY);
  CHECK(fd >= 0);
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  uint8_t *bytes = malloc((size_t)st.st_size);
  CHECK(bytes && read(fd, bytes, (size_t)st.st_size) == st.st_size);
  close(fd);
  hearth_engine *e;
  hearth_component *c;
  hearth_clinker *l;
  hearth_template *t;
  hearth_pool *pool;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_component_new(e, bytes, (size_t)st.st_size, &c), HEARTH_OK);
  free(bytes);
  CHECK_EQ_INT(hearth_clinker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasip2_define(l, NULL), HEARTH_OK);
  CHECK_EQ_INT(hearth_template_new_component(e, c, l, NULL, &t), HEARTH_OK);
  CHECK_EQ_INT(hearth_pool_new(t, NULL, &pool), HEARTH_OK);
  static const char *const want[] = {"tcp: err 01\nudp: err 01\n",
                                     "tcp: ok\nbind: ok\nlisten: ok\nudp: ok\n",
                                     "tcp: ok\nbind: ok\nlisten: err 01\nudp: ok\n",
                                     "tcp: ok\nbind: ok\nlisten: err 01\nudp: ok\n",
                                     "tcp: err 01\nudp: err 01\n"};
  const char *hosts[] = {"127.0.0.1:9"}, *bad[] = {"127.0.0.1:0"};
  hearth_wasip2_net all = {.size = sizeof all, .allow = true};
  hearth_wasip2_net some = {.size = sizeof some, .allow = true, .hosts = hosts, .nhosts = 1};
  hearth_wasip2_net wrong = {.size = sizeof wrong, .allow = true, .hosts = bad, .nhosts = 1};
  for (int step = 0; step < 5; step++) {
    if (step == 1) CHECK_EQ_INT(hearth_pool_set_network(pool, &all), HEARTH_OK);
    if (step == 2) CHECK_EQ_INT(hearth_pool_set_network(pool, &some), HEARTH_OK);
    if (step == 3) CHECK_EQ_INT(hearth_pool_set_network(pool, &wrong), HEARTH_ERR_ARGUMENT);
    if (step == 4) CHECK_EQ_INT(hearth_pool_set_network(pool, NULL), HEARTH_OK);
    for (int i = 0; i < 3; i++) {
      const char *argv[] = {"cli-net"};
      hearth_command_io io = {1, argv, 0, NULL, NULL, 0, 0};
      hearth_command_result res;
      CHECK_EQ_INT(hearth_pool_run_component_command(pool, &io, NULL, NULL, &res), HEARTH_OK);
      CHECK_EQ_INT(res.exit_code, 0);
      CHECK_STR((const char *)res.out, want[step]);
      hearth_free(res.out);
      hearth_free(res.err);
    }
  }
  CHECK_EQ_INT(hearth_pool_set_network(pool, &all), HEARTH_OK); /* freed with the pool */
  CHECK_EQ_INT(hearth_pool_set_network(NULL, &all), HEARTH_ERR_ARGUMENT);
  hearth_pool_delete(pool);
  hearth_template_delete(t);
  hearth_clinker_delete(l);
  hearth_component_delete(c);
  hearth_engine_delete(e);

  run_res r = RUN(NULL, "soak", "guests/component/cli-net.wasm", "--calls", "200", "--allow-net");
  CHECK_EQ_INT(r.rc, 0);
  CHECK(strstr(r.out, "calls            200 (ok 200, failed 0)"));
  free_res(&r);
  r = RUN(NULL, "soak", "guests/component/cli-net.wasm", "--calls", "200", "--threads", "2",
          "--allow-host", "127.0.0.1:9", "--allow-host", "localhost");
  CHECK_EQ_INT(r.rc, 0);
  CHECK(strstr(r.out, "calls            200 (ok 200, failed 0)"));
  free_res(&r);
  r = RUN(NULL, "soak", "guests/component/cli-net.wasm", "--calls", "2", "--allow-host", "127.0.0.1:0");
  CHECK_EQ_INT(r.rc, 2);
  CHECK(strstr(r.err, "bad host"));
  free_res(&r);
  r = RUN(NULL, "soak", "guests/hello.wasm", "--calls", "2", "--allow-net");
  CHECK_EQ_INT(r.rc, 2);
  free_res(&r);
}

T_MAIN(T_CASE(hello_like_jco), T_CASE(args_env_like_jco), T_CASE(exit_codes_like_jco),
       T_CASE(stdin_to_stdout_like_jco), T_CASE(clocks_random_like_jco), T_CASE(poll_waits),
       T_CASE(trap_message), T_CASE(timing_lines), T_CASE(version_020_and_sockets_denied),
       T_CASE(files_in_preopen), T_CASE(escapes_refused),
       T_CASE(api_memory_stdio), T_CASE(api_exit), T_CASE(escapes_refused_portable_walk),
       T_CASE(api_streams), T_CASE(api_poll_timers), T_CASE(api_poll_stdin_pipe), T_CASE(api_poll_deadline),
       T_CASE(api_random_clocks), T_CASE(api_cli), T_CASE(api_sockets_denied), T_CASE(api_http_denied),
       T_CASE(api_filesystem), T_CASE(api_filesystem_escapes), T_CASE(pooled_run_reset), T_CASE(soak_cli_run),
       T_CASE(api_tcp_echo), T_CASE(api_tcp_states), T_CASE(api_udp), T_CASE(api_lookup),
       T_CASE(api_net_hosts), T_CASE(api_sockets_freed), T_CASE(api_tcp_backpressure), T_CASE(api_tcp_v6_roundtrips), T_CASE(api_sock_deadline),
       T_CASE(net_cli_grants),
       T_CASE(net_pool_reset_closes), T_CASE(net_pool_grant), T_CASE(api_tcp_write_permit))
