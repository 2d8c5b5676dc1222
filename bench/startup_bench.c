/* startup_bench.c: start-up time of whole processes. Spawns each of several commands ROUNDS times,
 * round-robin (the commands interleaved, so that the machine's load falls on all of them alike),
 * stdout and stderr to /dev/null, and prints per command the minimum and median wall time from
 * fork to the child's exit, and the median CPU time (user + system, from wait4) of the child.
 * Used by bench/startup.sh (hearth run of a hello-world WASI command against a native hello).
 *
 * usage: startup_bench ROUNDS LABEL [VAR=VALUE...] CMD [ARG...] [-- LABEL [VAR=VALUE...] CMD ...]...
 * A command's leading VAR=VALUE words are added to its environment (as env(1) does, without a
 * second exec). A command that fails (exit status not 0) makes the whole run fail: a start-up
 * figure of a run that did not work would mean nothing. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>

extern char **environ;

typedef struct cmd {
  const char *label;
  char **argv;   /* NULL-terminated, points into main's argv (the "--" replaced by NULL) */
  char **envp;   /* environ plus the command's VAR=VALUE words */
  double *wall;  /* ms, one per round */
  double *cpu;   /* ms */
} cmd;

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_d);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Runs c once; returns 0 and fills *wall, *cpu, or -1 if it could not run or did not exit 0. */
static int run(const cmd *c, double *wall, double *cpu) {
  double t0 = now_ms();
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    int fd = open("/dev/null", O_RDWR);
    if (fd >= 0) {
      dup2(fd, 0);
      dup2(fd, 1);
      dup2(fd, 2);
    }
    environ = c->envp;
    execvp(c->argv[0], c->argv);
    _exit(127);
  }
  int st;
  struct rusage ru;
  if (wait4(pid, &st, 0, &ru) != pid) return -1;
  *wall = now_ms() - t0;
  *cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
         (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
  return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: startup_bench ROUNDS LABEL [VAR=VALUE...] CMD [ARG...] [-- LABEL ...]...\n");
    return 2;
  }
  int rounds = atoi(argv[1]);
  if (rounds < 1 || rounds > 100000) {
    fprintf(stderr, "startup_bench: ROUNDS must be 1..100000\n");
    return 2;
  }
  size_t nenv = 0;
  while (environ[nenv]) nenv++;
  cmd *cmds = calloc((size_t)argc, sizeof *cmds);
  if (!cmds) return 1;
  int ncmd = 0;
  for (int i = 2; i < argc;) {
    cmd *c = &cmds[ncmd++];
    c->label = argv[i++];
    c->envp = calloc(nenv + (size_t)argc + 1, sizeof *c->envp);
    c->wall = calloc((size_t)rounds, sizeof *c->wall);
    c->cpu = calloc((size_t)rounds, sizeof *c->cpu);
    if (!c->envp || !c->wall || !c->cpu) return 1;
    size_t k = 0;
    for (size_t e = 0; e < nenv; e++) c->envp[k++] = environ[e];
    while (i < argc && strchr(argv[i], '=') && argv[i][0] != '/' && argv[i][0] != '.') c->envp[k++] = argv[i++];
    if (i >= argc || strcmp(argv[i], "--") == 0) {
      fprintf(stderr, "startup_bench: %s: no command\n", c->label);
      return 2;
    }
    c->argv = &argv[i];
    while (i < argc && strcmp(argv[i], "--") != 0) i++;
    if (i < argc) argv[i++] = NULL; /* ends this command's argv */
  }
  for (int r = 0; r < rounds; r++) {
    for (int j = 0; j < ncmd; j++) {
      cmd *c = &cmds[(j + r) % ncmd]; /* rotated: no command always runs right after another */
      int idx = r;
      if (run(c, &c->wall[idx], &c->cpu[idx]) != 0) {
        fprintf(stderr, "startup_bench: %s (%s) failed\n", c->label, c->argv[0]);
        return 1;
      }
    }
  }
  printf("%-24s %10s %10s %10s\n", "command", "min_ms", "median_ms", "cpu_ms");
  for (int j = 0; j < ncmd; j++) {
    cmd *c = &cmds[j];
    double mw = median(c->wall, rounds); /* sorts: wall[0] is the minimum afterwards */
    printf("%-24s %10.2f %10.2f %10.2f\n", c->label, c->wall[0], mw, median(c->cpu, rounds));
  }
  for (int j = 0; j < ncmd; j++) {
    free(cmds[j].envp);
    free(cmds[j].wall);
    free(cmds[j].cpu);
  }
  free(cmds);
  return 0;
}
