/* fib.c: a tiny C program for the clang-in-wasm case (compiled to an object file). */
#include <stdio.h>
#include <stdlib.h>

static unsigned long fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(int argc, char **argv) {
  unsigned n = argc > 1 ? (unsigned)atoi(argv[1]) : 20;
  printf("fib(%u) = %lu\n", n, fib(n));
  return 0;
}
