/* test_csmith.c: differential test: runs csmith-generated WASI programs (tests/csmith/NNN.wasm,
 * made by tools/csmith-gen.sh) under `$HEARTH_BUILD/hearth run` and compares stdout with the
 * checksum that the native build and node printed (NNN.expected). One case per group of 10. */
#include "t.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define GROUP_SIZE 10
#define PROGRAM_TIMEOUT_MS 30000
#define MAX_OUT (1u << 20)

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t cap = 0, n = 0;
  for (;;) {
    if (n + 4096 + 1 > cap) {
      cap = cap ? cap * 2 : 8192;
      char *nb = realloc(buf, cap);
      if (!nb) { free(buf); fclose(f); return NULL; }
      buf = nb;
    }
    size_t r = fread(buf + n, 1, cap - n - 1, f);
    n += r;
    if (r == 0) break;
  }
  fclose(f);
  buf[n] = 0;
  *len = n;
  return buf;
}

static long long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Runs `hearth run WASM` with stdout captured (up to MAX_OUT bytes) and stderr passed through.
 * Returns the child's wait status, or -1 if it could not be started; kills it on timeout
 * (*timed_out = 1). */
static int run_hearth(const char *hearth, const char *wasm, char **out, size_t *out_len,
                      int *timed_out) {
  int fds[2];
  *out = NULL;
  *out_len = 0;
  *timed_out = 0;
  if (pipe(fds) != 0) return -1;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
  posix_spawn_file_actions_addclose(&fa, fds[0]);
  posix_spawn_file_actions_addclose(&fa, fds[1]);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  char *argv[] = {(char *)hearth, "run", (char *)wasm, NULL};
  pid_t pid;
  int rc = posix_spawn(&pid, hearth, &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  close(fds[1]);
  if (rc != 0) { close(fds[0]); return -1; }

  char *buf = malloc(MAX_OUT + 1);
  CHECK(buf != NULL);
  size_t n = 0;
  long long deadline = now_ms() + PROGRAM_TIMEOUT_MS;
  for (;;) {
    long long left = deadline - now_ms();
    if (left <= 0) { *timed_out = 1; kill(pid, SIGKILL); break; }
    struct pollfd p = {.fd = fds[0], .events = POLLIN};
    int pr = poll(&p, 1, (int)left);
    if (pr < 0 && errno == EINTR) continue;
    if (pr <= 0) continue;
    char tmp[4096];
    ssize_t r = read(fds[0], tmp, sizeof tmp);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    size_t take = (size_t)r;
    if (take > MAX_OUT - n) take = MAX_OUT - n;
    memcpy(buf + n, tmp, take);
    n += take;
  }
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  buf[n] = 0;
  *out = buf;
  *out_len = n;
  return status;
}

/* Runs programs first..first+GROUP_SIZE-1; reports every mismatch, then fails if any. */
static void run_group(int first) {
  const char *bdir = getenv("HEARTH_BUILD");
  if (!bdir || !*bdir) bdir = "build";
  char hearth[4096];
  snprintf(hearth, sizeof hearth, "%s/hearth", bdir);
  if (access(hearth, X_OK) != 0) {
    fprintf(stderr, "hearth binary %s not found or not executable\n", hearth);
    exit(1);
  }
  int failures = 0;
  for (int i = first; i < first + GROUP_SIZE; i++) {
    char wasm[64], expp[64];
    snprintf(wasm, sizeof wasm, "tests/csmith/%03d.wasm", i);
    snprintf(expp, sizeof expp, "tests/csmith/%03d.expected", i);
    size_t exp_len = 0;
    char *expected = read_file(expp, &exp_len);
    if (!expected || access(wasm, R_OK) != 0) {
      fprintf(stderr, "csmith %03d: %s or %s missing (run from the repo root)\n", i, wasm, expp);
      free(expected);
      failures++;
      continue;
    }
    char *out;
    size_t out_len;
    int timed_out;
    int status = run_hearth(hearth, wasm, &out, &out_len, &timed_out);
    if (status == -1) {
      fprintf(stderr, "csmith %03d: could not start %s\n", i, hearth);
      failures++;
    } else if (timed_out) {
      fprintf(stderr, "csmith %03d: timed out after %d ms\n", i, PROGRAM_TIMEOUT_MS);
      failures++;
    } else if (WIFSIGNALED(status)) {
      fprintf(stderr, "csmith %03d: hearth killed by signal %d (crash)\n", i, WTERMSIG(status));
      failures++;
    } else if (WEXITSTATUS(status) != 0) {
      fprintf(stderr, "csmith %03d: hearth exited %d (trap?); stdout: %.200s\n", i,
              WEXITSTATUS(status), out);
      failures++;
    } else if (out_len != exp_len || memcmp(out, expected, exp_len) != 0) {
      fprintf(stderr, "csmith %03d: wrong output: got \"%.200s\", expected \"%s\"\n", i, out,
              expected);
      failures++;
    }
    free(out);
    free(expected);
  }
  CHECK_EQ_INT(failures, 0);
}

static void csmith_001_010(void) { run_group(1); }
static void csmith_011_020(void) { run_group(11); }
static void csmith_021_030(void) { run_group(21); }
static void csmith_031_040(void) { run_group(31); }
static void csmith_041_050(void) { run_group(41); }
static void csmith_051_060(void) { run_group(51); }

T_MAIN(T_CASE(csmith_001_010), T_CASE(csmith_011_020), T_CASE(csmith_021_030),
       T_CASE(csmith_031_040), T_CASE(csmith_041_050), T_CASE(csmith_051_060))
