/* trap.c: prints a line, then traps (unreachable) three named calls deep. */
#include <stdio.h>
__attribute__((noinline)) void innermost_trap(int x) {
  if (x > 0) __builtin_trap();
}
__attribute__((noinline)) void middle_frame(int x) { innermost_trap(x + 1); __asm__ volatile(""); }
__attribute__((noinline)) void outer_frame(int x) { middle_frame(x * 2); __asm__ volatile(""); }
int main(int argc, char **argv) {
  (void)argv;
  printf("about to trap\n");
  fflush(stdout);
  outer_frame(argc);
  return 0;
}
