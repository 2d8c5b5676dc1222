/* stdio.c: copies stdin to stdout upper-cased, counts bytes, and reports on stderr. */
#include <ctype.h>
#include <stdio.h>
int main(void) {
  int c;
  long n = 0;
  while ((c = getchar()) != EOF) {
    putchar(toupper(c));
    n++;
  }
  printf("[%ld bytes]\n", n);
  fprintf(stderr, "stderr: read %ld bytes\n", n);
  return 0;
}
