/* leaky.c: a bytes-ABI document converter (markdown-ish lines to HTML) that leaks 64 KiB per call,
 * as a long-lived converter with a forgotten scratch buffer would. Exports cabi_realloc and
 * convert(ptr, len) -> retptr to (ptr, len); the output is allocated per call and never freed
 * either (no cabi_post_convert), so a reused instance only grows. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define LEAK_BYTES (64 * 1024)

static uint32_t ret_area[2];
static uint32_t calls;
static void *leaked; /* chained through the buffers, so the compiler cannot drop the leak */

__attribute__((export_name("cabi_realloc"))) void *cabi_realloc(void *old, size_t old_size,
                                                               size_t align, size_t new_size) {
  (void)old_size;
  (void)align; /* malloc aligns to 16, more than any list<u8> needs */
  return realloc(old, new_size);
}

typedef struct buf {
  char *p;
  size_t len, cap;
} buf;

static int put(buf *b, const char *s, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n) cap *= 2;
    char *np = realloc(b->p, cap);
    if (!np) return -1;
    b->p = np;
    b->cap = cap;
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  return 0;
}

static int put_escaped(buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    const char *e = s[i] == '<' ? "&lt;" : s[i] == '>' ? "&gt;" : s[i] == '&' ? "&amp;" : NULL;
    if (e ? put(b, e, strlen(e)) : put(b, &s[i], 1)) return -1;
  }
  return 0;
}

/* Lines starting with 1-6 '#' become headings, blank lines are skipped, others paragraphs. */
__attribute__((export_name("convert"))) uint32_t *convert(const char *in, size_t len) {
  char *scratch = malloc(LEAK_BYTES); /* the leak: never freed */
  if (scratch) {
    memset(scratch, (int)(calls & 0xff), LEAK_BYTES);
    *(void **)scratch = leaked;
    leaked = scratch;
  }
  calls++;
  buf out = {0};
  size_t i = 0;
  while (i < len) {
    size_t j = i;
    while (j < len && in[j] != '\n') j++;
    size_t h = 0;
    while (i + h < j && h < 6 && in[i + h] == '#') h++;
    if (j > i) {
      if (h && i + h < j && in[i + h] == ' ') {
        char open[5] = {'<', 'h', (char)('0' + h), '>', 0}, close[6] = {'<', '/', 'h', (char)('0' + h), '>', 0};
        put(&out, open, 4);
        put_escaped(&out, in + i + h + 1, j - i - h - 1);
        put(&out, close, 5);
      } else {
        put(&out, "<p>", 3);
        put_escaped(&out, in + i, j - i);
        put(&out, "</p>", 4);
      }
      put(&out, "\n", 1);
    }
    i = j + 1;
  }
  ret_area[0] = (uint32_t)(uintptr_t)out.p;
  ret_area[1] = (uint32_t)out.len;
  return ret_area;
}
