/* wagi.c: a WAGI handler for the `hearth serve` tests: a WASI command that reads the request from
 * its environment and stdin and prints a CGI response. QUERY_STRING picks the behaviour:
 *   (none)/echo   200, text/plain: "method=... path_info=... query=..." then the body echoed
 *   env           200, the environment, one NAME=VALUE per line
 *   status=N      "Status: N" with an X-Guest header and a short body
 *   stderr        writes a line to stderr, then 200 "logged"
 *   trap          traps (unreachable)
 *   spin          loops forever (deadline or fuel ends it)
 *   alloc         allocates 1 MiB blocks until malloc fails, then aborts (a trap)
 *   exit=N        prints a response, then exits with N
 *   noheaders     prints a body without the header block
 *   file=PATH     200 with the contents of PATH (a preopened directory) or 404
 *   write=PATH    tries to create PATH; 200 "written" or 403 "refused: ERRNO"
 *   sleep=MS      busy-waits MS milliseconds on the monotonic clock, then 200 "slept" */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

extern char **environ;

static const char *env_or(const char *name, const char *dflt) {
  const char *v = getenv(name);
  return v ? v : dflt;
}

int main(void) {
  const char *q = env_or("QUERY_STRING", "");
  if (strcmp(q, "env") == 0) {
    printf("Content-Type: text/plain\r\n\r\n");
    for (char **e = environ; *e; e++) printf("%s\n", *e);
    return 0;
  }
  if (strncmp(q, "status=", 7) == 0) {
    printf("Status: %s\nX-Guest: yes\nContent-Type: text/plain\n\nstatus %s\n", q + 7, q + 7);
    return 0;
  }
  if (strcmp(q, "stderr") == 0) {
    fprintf(stderr, "guest-secret-line\n");
    printf("Content-Type: text/plain\n\nlogged\n");
    return 0;
  }
  if (strcmp(q, "trap") == 0) __builtin_trap();
  if (strcmp(q, "spin") == 0) {
    volatile unsigned long n = 0;
    for (;;) n++;
  }
  if (strcmp(q, "alloc") == 0) {
    static void *volatile kept; /* chained, so the compiler cannot drop the allocations */
    for (;;) {
      char *p = malloc(1 << 20);
      if (!p) abort();
      memset(p, 1, 1 << 20);
      *(void **)p = kept;
      kept = p;
    }
  }
  if (strncmp(q, "exit=", 5) == 0) {
    printf("Content-Type: text/plain\n\nexiting\n");
    fflush(stdout);
    exit(atoi(q + 5));
  }
  if (strncmp(q, "sleep=", 6) == 0) {
    struct timespec t0, t;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    long ms = atol(q + 6);
    do clock_gettime(CLOCK_MONOTONIC, &t);
    while ((t.tv_sec - t0.tv_sec) * 1000 + (t.tv_nsec - t0.tv_nsec) / 1000000 < ms);
    printf("Content-Type: text/plain\n\nslept\n");
    return 0;
  }
  if (strcmp(q, "noheaders") == 0) {
    printf("just a body without headers");
    return 0;
  }
  if (strncmp(q, "file=", 5) == 0) {
    FILE *f = fopen(q + 5, "rb");
    if (!f) {
      printf("Status: 404 Not Found\nContent-Type: text/plain\n\nno such file\n");
      return 0;
    }
    printf("Content-Type: text/plain\n\n");
    int c;
    while ((c = fgetc(f)) != EOF) putchar(c);
    fclose(f);
    return 0;
  }
  if (strncmp(q, "write=", 6) == 0) {
    FILE *f = fopen(q + 6, "wb");
    if (!f) {
      printf("Status: 403 Forbidden\nContent-Type: text/plain\n\nrefused: %d\n", errno);
      return 0;
    }
    fputs("x", f);
    fclose(f);
    printf("Content-Type: text/plain\n\nwritten\n");
    return 0;
  }
  printf("Content-Type: text/plain\nX-Route: %s\n\n", env_or("X_MATCHED_ROUTE", "?"));
  printf("method=%s script=%s path_info=%s query=%s\n", env_or("REQUEST_METHOD", "?"),
         env_or("SCRIPT_NAME", "?"), env_or("PATH_INFO", "?"), q);
  int c;
  while ((c = getchar()) != EOF) putchar(c);
  return 0;
}
