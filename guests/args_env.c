/* args_env.c: prints argc, every argument and every environment variable, in order. */
#include <stdio.h>
extern char **environ;
int main(int argc, char **argv) {
  printf("argc=%d\n", argc);
  for (int i = 1; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
  int n = 0;
  for (char **e = environ; e && *e; e++, n++) printf("env %s\n", *e);
  printf("envc=%d\n", n);
  return 0;
}
