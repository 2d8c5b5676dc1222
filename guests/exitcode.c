/* exitcode.c: prints a line, then exits with the status given as argv[1] (via proc_exit). */
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  printf("exiting with %s\n", argc > 1 ? argv[1] : "0");
  fflush(stdout);
  exit(argc > 1 ? atoi(argv[1]) : 0);
}
