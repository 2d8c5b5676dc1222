/* md2html.c: the bundled markdown converter (guests/md2html) as a WAGI handler for `hearth serve`:
 * the request body (markdown) on stdin, a Content-Type header, then the converter's HTML. */
#include <stdio.h>

#define main md2html_main
#include "../md2html/md2html.c"
#undef main

int main(int argc, char **argv) {
  fputs("Content-Type: text/html; charset=utf-8\n\n", stdout);
  fflush(stdout); /* the converter may write to fd 1 directly */
  return md2html_main(argc, argv);
}
