/* cmd.c: a WASI command for pool tests: prints how many times _start ran in this instance (always 1
 * from a snapshot), its arguments, $POOL_VAR, then stdin upper-cased. Argument "exit=N" exits with
 * N through proc_exit, "trap" traps, "grow=N" allocates and dirties N KiB first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int runs;

int main(int argc, char **argv) {
  runs++;
  printf("runs=%d\n", runs);
  int code = 0;
  for (int i = 1; i < argc; i++) {
    printf("arg%d=%s\n", i, argv[i]);
    if (strncmp(argv[i], "exit=", 5) == 0) code = atoi(argv[i] + 5);
    if (strcmp(argv[i], "trap") == 0) __builtin_trap();
    if (strncmp(argv[i], "grow=", 5) == 0) {
      size_t n = (size_t)atoi(argv[i] + 5) * 1024;
      char *p = malloc(n);
      if (p) {
        memset(p, 1, n);
        printf("grew=%d\n", p[n / 2]);
      }
    }
  }
  const char *v = getenv("POOL_VAR");
  printf("POOL_VAR=%s\n", v ? v : "(unset)");
  int c;
  while ((c = getchar()) != EOF) putchar(c >= 'a' && c <= 'z' ? c - 32 : c);
  fprintf(stderr, "done\n");
  fflush(stdout);
  if (code) exit(code);
  return 0;
}
