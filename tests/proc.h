/* proc.h: test helpers that run the hearth binary (and node) as child processes and capture
 * their output. Included by the end-to-end test files; the binary is $HEARTH_BIN, else
 * $HEARTH_BUILD/hearth, else build/hearth, run from the repository root. */
#ifndef PROC_H
#define PROC_H
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
static inline const char *hearth_bin(void) {
  static char path[512];
  const char *b = getenv("HEARTH_BIN");
  if (b && *b) return b;
  const char *d = getenv("HEARTH_BUILD");
  snprintf(path, sizeof path, "%s/hearth", d && *d ? d : "build");
  return path;
}

static inline char *slurp_fd(int fd) {
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

static inline int tmpfile_fd(void) {
  char t[] = "/tmp/hearth-run-XXXXXX";
  int fd = mkstemp(t);
  CHECK(fd >= 0);
  unlink(t);
  return fd;
}

/* Runs argv (argv[0] searched in PATH) with stdin from `in` (may be NULL: empty). */
static inline run_res run_argv(const char *in, char *const *argv) {
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

static inline run_res run_hearth(const char *in, const char *const *args) {
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

/* node_run.mjs with the same options. node is a test dependency (the README's install line and
 * .ci/run install it): without it the comparison fails rather than being skipped. */
static inline run_res run_node(const char *in, const char *const *args) {
  char *argv[64];
  int n = 0;
  argv[n++] = "node";
  argv[n++] = "--no-warnings";
  argv[n++] = "guests/node_run.mjs";
  for (; *args && n < 63; args++) argv[n++] = (char *)*args;
  argv[n] = NULL;
  return run_argv(in, argv);
}

#define RUN(in, ...) run_hearth(in, (const char *const[]){__VA_ARGS__, NULL})
#define NODE(in, ...) run_node(in, (const char *const[]){__VA_ARGS__, NULL})

static inline void free_res(run_res *r) {
  free(r->out);
  free(r->err);
}

/* hearth and node agree on stdout and the exit status. */
static inline void same_as_node(const char *in, const char *const *args, const char *expect_out) {
  run_res h = run_hearth(in, args);
  if (expect_out) CHECK_STR(h.out, expect_out);
  run_res n = run_node(in, args);
  CHECK_STR(h.out, n.out);
  CHECK_EQ_INT(h.rc, n.rc);
  free_res(&n);
  free_res(&h);
}
#define SAME_AS_NODE(in, expect, ...) same_as_node(in, (const char *const[]){__VA_ARGS__, NULL}, expect)
#endif
