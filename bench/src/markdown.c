/* markdown.c benchmark: converts a generated Markdown document to HTML with guests/md2html, repeatedly. */
#define MD2HTML_NO_MAIN
#include "../../guests/md2html/md2html.c"
#include "common.h"

static const char *const WORDS[] = {"wasm", "runtime", "hearth", "module", "the", "a", "of", "interpreter",
                                    "stack", "memory", "table", "export", "import", "function", "value", "and",
                                    "fast", "validate", "decode", "compile", "instance", "pool", "reset", "page"};
#define NW (sizeof WORDS / sizeof WORDS[0])

static void words(buf *b, rng_t *r, int n) {
  for (int i = 0; i < n; i++) {
    if (i) b_putc(b, ' ');
    const char *w = WORDS[rng_below(r, NW)];
    switch (rng_below(r, 24)) {
    case 0: b_putc(b, '*'); b_puts(b, w); b_putc(b, '*'); break;
    case 1: b_puts(b, "**"); b_puts(b, w); b_puts(b, "**"); break;
    case 2: b_putc(b, '`'); b_puts(b, w); b_puts(b, "()`"); break;
    case 3: b_putc(b, '['); b_puts(b, w); b_puts(b, "](https://example.org/"); b_puts(b, w); b_putc(b, ')'); break;
    case 4: b_putc(b, '['); b_puts(b, w); b_puts(b, "][r"); b_putnum(b, (long)rng_below(r, 50)); b_putc(b, ']'); break;
    case 5: b_puts(b, w); b_puts(b, " & <"); b_puts(b, w); b_putc(b, '>'); break;
    case 6: b_puts(b, "_"); b_puts(b, w); b_puts(b, "_"); break;
    default: b_puts(b, w);
    }
  }
}

static void gen_doc(buf *b, rng_t *r, size_t target) {
  for (int k = 0; k < 50; k++) {
    b_puts(b, "[r");
    b_putnum(b, k);
    b_puts(b, "]: https://example.org/ref/");
    b_putnum(b, k);
    b_puts(b, " \"Reference title\"\n");
  }
  b_putc(b, '\n');
  while (b->n < target) {
    switch (rng_below(r, 10)) {
    case 0:
      for (uint32_t h = rng_below(r, 4) + 1; h; h--) b_putc(b, '#');
      b_putc(b, ' ');
      words(b, r, 2 + (int)rng_below(r, 5));
      b_puts(b, "\n\n");
      break;
    case 1: case 2: case 3:
      for (uint32_t l = rng_below(r, 5) + 1; l; l--) {
        words(b, r, 6 + (int)rng_below(r, 10));
        b_puts(b, rng_below(r, 8) ? "\n" : "  \n");
      }
      b_putc(b, '\n');
      break;
    case 4: {
      int ordered = (int)rng_below(r, 2);
      for (uint32_t l = rng_below(r, 6) + 2; l; l--) {
        b_puts(b, ordered ? "1. " : "- ");
        words(b, r, 3 + (int)rng_below(r, 8));
        b_putc(b, '\n');
        if (rng_below(r, 3) == 0) {
          b_puts(b, ordered ? "   - " : "  - ");
          words(b, r, 4);
          b_putc(b, '\n');
        }
      }
      b_putc(b, '\n');
      break;
    }
    case 5:
      for (uint32_t l = rng_below(r, 3) + 1; l; l--) {
        b_puts(b, "> ");
        words(b, r, 8);
        b_putc(b, '\n');
      }
      b_putc(b, '\n');
      break;
    case 6:
      b_puts(b, "```c\n");
      for (uint32_t l = rng_below(r, 8) + 1; l; l--) {
        b_puts(b, "for (int i = 0; i < n; i++) x[i] = y[i] << 2; /* <tag> & */\n");
      }
      b_puts(b, "```\n\n");
      break;
    case 7:
      b_puts(b, "| name | value | note |\n|:--|--:|:-:|\n");
      for (uint32_t l = rng_below(r, 6) + 1; l; l--) {
        b_puts(b, "| ");
        words(b, r, 1);
        b_puts(b, " | ");
        b_putnum(b, (long)rng_below(r, 100000));
        b_puts(b, " | ");
        words(b, r, 3);
        b_puts(b, " |\n");
      }
      b_putc(b, '\n');
      break;
    case 8: b_puts(b, "See https://example.org/page and <https://example.org/auto> or ![img](pic.png \"t\").\n\n"); break;
    default: b_puts(b, "    indented code line\n    another <line>\n\n---\n\n"); break;
    }
  }
}

int main(int argc, char **argv) {
  long rounds = bench_arg(argc, argv, 12);
  rng_t r = {1234};
  buf doc = {0};
  gen_doc(&doc, &r, 1u << 20);
  uint64_t sum = FNV_INIT;
  for (long k = 0; k < rounds; k++) {
    size_t n;
    char *html = md_to_html(doc.p, doc.n, &n);
    sum = mix64(sum, n);
    sum = fnv1a(sum, html, n);
    free(html);
  }
  b_free(&doc);
  bench_result("markdown", rounds, sum);
  return 0;
}
