/* leak.c: opens a file under the preopen named by argv[1] and never closes it, and takes stdin and
 * stdout without releasing them: a pooled run under reset must not let any of it survive. */
#include <stdio.h>

int main(int argc, char **argv) {
  char p[512];
  snprintf(p, sizeof p, "%s/leak.txt", argc > 1 ? argv[1] : ".");
  FILE *f = fopen(p, "r");
  char line[64] = "";
  if (f && !fgets(line, sizeof line, f)) line[0] = 0;
  printf("opened: %s, read: %s\n", f ? "yes" : "no", line);
  return 0; /* f is never closed, and exit does not run (the adapter's exit does not flush FILEs) */
}
