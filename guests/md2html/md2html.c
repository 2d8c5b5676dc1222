/* md2html.c: Markdown to HTML converter (CommonMark-style blocks and inlines plus GFM tables and bare-URL
 * autolinks); reads stdin, writes stdout. Built with -DMD2HTML_NO_MAIN it is a library for benchmarks:
 * md_to_html().
 *
 * Supported: ATX and setext headings, paragraphs, emphasis/strong (CommonMark delimiter rules), code
 * spans, fenced and indented code blocks, nested ordered/unordered lists (tight and loose), blockquotes
 * (with lazy continuation), inline links and images, reference links and definitions, angle-bracket
 * and bare-URL autolinks, backslash escapes, entity pass-through, hard breaks, thematic breaks, GFM
 * tables with alignment. Raw HTML is not passed through: every '<' is escaped, so the output is safe to
 * embed; link schemes javascript:, vbscript:, file: and non-image data: are replaced by "#".
 * Deviations from CommonMark: tabs are expanded to 4-column stops before parsing (also inside code
 * blocks); no HTML blocks; case folding of reference labels is ASCII-only; container nesting is capped
 * at MAX_DEPTH (deeper markers are kept as text) so hostile input cannot exhaust the stack.
 * Deterministic: no locale, time or address dependence; all memory is freed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64
#define MAX_LABEL 999

/* ------------------------------------------------------------------------------------------------ */
/* growable byte buffer (always NUL-terminated when p != NULL)                                         */

typedef struct {
  char *p;
  size_t n, cap;
} buf;

static void die_oom(void) {
  fputs("md2html: out of memory\n", stderr);
  exit(2);
}

static void *xmalloc0(size_t n) {
  void *p = calloc(1, n ? n : 1);
  if (!p) die_oom();
  return p;
}

static void b_reserve(buf *b, size_t extra) {
  if (b->n + extra + 1 <= b->cap) return;
  size_t c = b->cap ? b->cap : 64;
  while (c < b->n + extra + 1) {
    if (c > SIZE_MAX / 2) die_oom();
    c *= 2;
  }
  char *p = realloc(b->p, c);
  if (!p) die_oom();
  b->p = p;
  b->cap = c;
}

static void b_put(buf *b, const char *s, size_t n) {
  b_reserve(b, n);
  if (n) memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}

static void b_puts(buf *b, const char *s) { b_put(b, s, strlen(s)); }

static void b_putc(buf *b, char c) {
  b_reserve(b, 1);
  b->p[b->n++] = c;
  b->p[b->n] = 0;
}

static void b_putnum(buf *b, long v) {
  char t[24];
  int k = 0;
  unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
  do {
    t[k++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) t[k++] = '-';
  while (k) b_putc(b, t[--k]);
}

static void b_free(buf *b) {
  free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
}

static char *xstrndup(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p) die_oom();
  if (n) memcpy(p, s, n);
  p[n] = 0;
  return p;
}

/* ------------------------------------------------------------------------------------------------ */
/* character classes (ASCII; bytes >= 0x80 count as ordinary letters)                                 */

static int is_ws(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

static int is_punct(int c) {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static int is_hex(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* ------------------------------------------------------------------------------------------------ */
/* escaping                                                                                            */

/* Length of an entity or numeric character reference at s ("&amp;", "&#123;", "&#x1F;"), else 0. */
static size_t entity_len(const char *s, size_t n) {
  size_t i = 1;
  if (n < 3 || s[0] != '&') return 0;
  if (s[1] == '#') {
    i = 2;
    size_t start, max;
    int hex = 0;
    if (i < n && (s[i] == 'x' || s[i] == 'X')) {
      hex = 1;
      i++;
    }
    start = i;
    max = hex ? 6 : 7;
    while (i < n && i - start < max && (hex ? is_hex(s[i]) : is_digit(s[i]))) i++;
    if (i == start || i >= n || s[i] != ';') return 0;
    return i + 1;
  }
  if (!is_alpha(s[1])) return 0;
  while (i < n && i < 33 && is_alnum(s[i])) i++;
  if (i >= n || s[i] != ';' || i < 3) return 0;
  return i + 1;
}

/* HTML-escape for text and attribute values: & < > " (entities in the source are kept). */
static void esc_html(buf *o, const char *s, size_t n, int keep_entities) {
  size_t run = 0;
  b_reserve(o, n);
  for (size_t i = 0; i < n; i++) {
    const char *rep = NULL;
    size_t el = 0;
    switch (s[i]) {
    case '&':
      if (keep_entities && (el = entity_len(s + i, n - i)) > 0) {
        i += el - 1;
        continue;
      }
      rep = "&amp;";
      break;
    case '<': rep = "&lt;"; break;
    case '>': rep = "&gt;"; break;
    case '"': rep = "&quot;"; break;
    default: continue;
    }
    b_put(o, s + run, i - run);
    b_puts(o, rep);
    run = i + 1;
  }
  b_put(o, s + run, n - run);
}

/* Escape a URL for an href/src attribute: percent-encode unsafe bytes, keep existing %XX. */
static void esc_url(buf *o, const char *s, size_t n) {
  static const char hexd[] = "0123456789ABCDEF";
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '&') b_puts(o, "&amp;");
    else if (c == '\'') b_puts(o, "&#x27;");
    else if (is_alnum(c) || strchr("-_.+!*(),%#@?=;:/$~", c)) b_putc(o, (char)c);
    else {
      b_putc(o, '%');
      b_putc(o, hexd[c >> 4]);
      b_putc(o, hexd[c & 15]);
    }
  }
}

/* Copy with backslash escapes of ASCII punctuation removed. */
static void unescape(buf *o, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\\' && i + 1 < n && is_punct((unsigned char)s[i + 1])) i++;
    b_putc(o, s[i]);
  }
}

static int prefix_ci(const char *s, size_t n, const char *pre) {
  size_t k = strlen(pre);
  if (n < k) return 0;
  for (size_t i = 0; i < k; i++)
    if (lower((unsigned char)s[i]) != pre[i]) return 0;
  return 1;
}

/* Schemes that must not reach an href: they run code or read local files. */
static int url_is_unsafe(const char *s, size_t n) {
  if (prefix_ci(s, n, "javascript:") || prefix_ci(s, n, "vbscript:") || prefix_ci(s, n, "file:")) return 1;
  if (prefix_ci(s, n, "data:")) {
    return !(prefix_ci(s, n, "data:image/png") || prefix_ci(s, n, "data:image/gif") ||
             prefix_ci(s, n, "data:image/jpeg") || prefix_ci(s, n, "data:image/webp"));
  }
  return 0;
}

static void put_href(buf *o, const char *s, size_t n) {
  if (url_is_unsafe(s, n)) b_putc(o, '#');
  else esc_url(o, s, n);
}

/* ------------------------------------------------------------------------------------------------ */
/* reference definitions                                                                               */

typedef struct ref {
  struct ref *next;
  char *label, *url, *title; /* label normalized; title may be NULL */
  uint32_t hash;
} ref;

#define REF_BUCKETS 1024

typedef struct {
  ref *b[REF_BUCKETS];
} refmap;

/* Normalize a label: trim, collapse whitespace runs to one space, ASCII lower-case. */
static void normalize_label(buf *o, const char *s, size_t n) {
  int pending_space = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (is_ws(c)) {
      pending_space = o->n > 0;
      continue;
    }
    if (pending_space) b_putc(o, ' ');
    pending_space = 0;
    b_putc(o, (char)lower(c));
  }
  if (!o->p) b_reserve(o, 0);
}

static uint32_t hash_str(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static const ref *ref_find(const refmap *m, const char *label, size_t n) {
  buf key = {0};
  normalize_label(&key, label, n);
  const ref *found = NULL;
  if (key.n > 0) {
    uint32_t h = hash_str(key.p);
    for (const ref *r = m->b[h % REF_BUCKETS]; r; r = r->next)
      if (r->hash == h && strcmp(r->label, key.p) == 0) {
        found = r;
        break;
      }
  }
  b_free(&key);
  return found;
}

/* First definition of a label wins. Takes ownership of url and title. */
static void ref_add(refmap *m, const char *label, size_t n, char *url, char *title) {
  buf key = {0};
  normalize_label(&key, label, n);
  uint32_t h = hash_str(key.p);
  for (ref *r = m->b[h % REF_BUCKETS]; r; r = r->next)
    if (r->hash == h && strcmp(r->label, key.p) == 0) {
      free(url);
      free(title);
      b_free(&key);
      return;
    }
  ref *r = xmalloc0(sizeof *r);
  r->label = key.p;
  r->url = url;
  r->title = title;
  r->hash = h;
  r->next = m->b[h % REF_BUCKETS];
  m->b[h % REF_BUCKETS] = r;
}

static void ref_free(refmap *m) {
  for (int i = 0; i < REF_BUCKETS; i++) {
    ref *r = m->b[i];
    while (r) {
      ref *nx = r->next;
      free(r->label);
      free(r->url);
      free(r->title);
      free(r);
      r = nx;
    }
    m->b[i] = NULL;
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* link destination, title and label scanners (shared by inline links and reference definitions)      */

static size_t skip_spaces(const char *s, size_t n, size_t i) {
  while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
  return i;
}

/* Skips spaces and at most one line ending. */
static size_t skip_ws_one_nl(const char *s, size_t n, size_t i) {
  i = skip_spaces(s, n, i);
  if (i < n && s[i] == '\n') i = skip_spaces(s, n, i + 1);
  return i;
}

/* Parses a destination at s[*i]; on success appends the unescaped destination to out and advances. */
static int scan_dest(const char *s, size_t n, size_t *i, buf *out) {
  size_t j = *i;
  if (j < n && s[j] == '<') {
    size_t k = j + 1;
    while (k < n && s[k] != '>' && s[k] != '<' && s[k] != '\n') {
      if (s[k] == '\\' && k + 1 < n && is_punct((unsigned char)s[k + 1])) k++;
      k++;
    }
    if (k >= n || s[k] != '>') return 0;
    unescape(out, s + j + 1, k - j - 1);
    *i = k + 1;
    return 1;
  }
  int depth = 0;
  size_t k = j;
  while (k < n) {
    unsigned char c = (unsigned char)s[k];
    if (c == '\\' && k + 1 < n && is_punct((unsigned char)s[k + 1])) {
      k += 2;
      continue;
    }
    if (c <= ' ') break;
    if (c == '(') {
      if (++depth > 32) return 0;
    } else if (c == ')') {
      if (depth == 0) break;
      depth--;
    }
    k++;
  }
  if (k == j || depth != 0) return 0;
  unescape(out, s + j, k - j);
  *i = k;
  return 1;
}

/* Parses a title ("..", '..' or (..)) at s[*i]; appends the unescaped title to out. */
static int scan_title(const char *s, size_t n, size_t *i, buf *out) {
  size_t j = *i;
  if (j >= n) return 0;
  char open = s[j], close = open == '(' ? ')' : open;
  if (open != '"' && open != '\'' && open != '(') return 0;
  size_t k = j + 1;
  while (k < n && s[k] != close) {
    if (s[k] == '\\' && k + 1 < n && is_punct((unsigned char)s[k + 1])) k++;
    else if (open == '(' && s[k] == '(') return 0;
    else if (s[k] == '\n' && k + 1 < n && s[k + 1] == '\n') return 0; /* titles cannot span blank lines */
    k++;
  }
  if (k >= n) return 0;
  unescape(out, s + j + 1, k - j - 1);
  *i = k + 1;
  return 1;
}

/* Scans a link label "[...]" at s[*i] (no unescaped brackets inside, at most MAX_LABEL chars).
 * On success sets [*ls, *ls + *ll) to the inner text and advances past ']'. */
static int scan_label(const char *s, size_t n, size_t *i, size_t *ls, size_t *ll) {
  size_t j = *i;
  if (j >= n || s[j] != '[') return 0;
  size_t k = j + 1;
  while (k < n && s[k] != ']') {
    if (s[k] == '[') return 0;
    if (s[k] == '\\' && k + 1 < n && is_punct((unsigned char)s[k + 1])) k++;
    k++;
    if (k - j > MAX_LABEL + 1) return 0;
  }
  if (k >= n) return 0;
  *ls = j + 1;
  *ll = k - j - 1;
  *i = k + 1;
  return 1;
}

/* Parses one reference definition at the start of s; returns the bytes consumed, 0 if none. */
static size_t parse_refdef(refmap *m, const char *s, size_t n) {
  size_t i = skip_spaces(s, n, 0), ls, ll;
  if (!scan_label(s, n, &i, &ls, &ll)) return 0;
  int nonblank = 0;
  for (size_t k = 0; k < ll; k++)
    if (!is_ws((unsigned char)s[ls + k])) nonblank = 1;
  if (!nonblank || i >= n || s[i] != ':') return 0;
  i = skip_ws_one_nl(s, n, i + 1);
  buf url = {0}, title = {0};
  if (i < n && s[i] == '<' && i + 1 < n && s[i + 1] == '>') {
    i += 2; /* explicitly empty destination */
  } else if (!scan_dest(s, n, &i, &url)) {
    b_free(&url);
    return 0;
  }
  size_t after_dest = i;
  /* Optional title, separated by whitespace; the definition must end at a line end. */
  size_t j = skip_ws_one_nl(s, n, i);
  int have_title = 0;
  if (j > after_dest && scan_title(s, n, &j, &title)) {
    size_t e = skip_spaces(s, n, j);
    if (e >= n || s[e] == '\n') {
      have_title = 1;
      i = e;
    }
  }
  if (!have_title) {
    b_free(&title);
    i = skip_spaces(s, n, after_dest);
    if (i < n && s[i] != '\n') {
      b_free(&url);
      return 0;
    }
  }
  if (i < n) i++; /* the newline */
  char *u = url.p ? url.p : xstrndup("", 0);
  ref_add(m, s + ls, ll, u, have_title ? (title.p ? title.p : xstrndup("", 0)) : NULL);
  return i;
}

/* ------------------------------------------------------------------------------------------------ */
/* inline parsing                                                                                      */

enum { N_TEXT, N_DELIM, N_BRACKET };

typedef struct {
  unsigned char kind;
  unsigned char image;     /* N_BRACKET: "![" */
  unsigned char active;    /* N_BRACKET: may still become a link */
  unsigned char can_open, can_close;
  char ch;                 /* N_DELIM: '*' or '_' */
  int count, orig;         /* N_DELIM: remaining and original run length */
  long dprev;              /* N_DELIM: previous live delimiter node, -1 none */
  size_t off, len;         /* N_TEXT: range in the scratch buffer */
  size_t src;              /* N_BRACKET: source offset just after '[' */
  unsigned char *otags;    /* N_DELIM: open tags outer..inner (1 em, 2 strong) */
  unsigned char *ctags;    /* N_DELIM: close tags inner..outer */
  int on, cn;
} inode;

typedef struct {
  const refmap *refs;
  const char *s;
  size_t n;
  buf scratch; /* rendered HTML of N_TEXT nodes */
  inode *nodes;
  size_t nn, ncap;
  long *brackets; /* stack of N_BRACKET node indices */
  size_t nb, bcap;
  int in_link; /* > 0 while a '[' is open: no bare-URL autolinks inside link text */
} ictx;

static inode *new_node(ictx *c, int kind) {
  if (c->nn == c->ncap) {
    size_t cap = c->ncap ? c->ncap * 2 : 64;
    inode *p = realloc(c->nodes, cap * sizeof *p);
    if (!p) die_oom();
    c->nodes = p;
    c->ncap = cap;
  }
  inode *nd = &c->nodes[c->nn++];
  memset(nd, 0, sizeof *nd);
  nd->kind = (unsigned char)kind;
  nd->dprev = -1;
  return nd;
}

/* Starts (or continues) a text node at the end of scratch; returns the buffer to append to. */
static buf *text_out(ictx *c) {
  if (c->nn == 0 || c->nodes[c->nn - 1].kind != N_TEXT ||
      c->nodes[c->nn - 1].off + c->nodes[c->nn - 1].len != c->scratch.n) {
    inode *t = new_node(c, N_TEXT);
    t->off = c->scratch.n;
  }
  return &c->scratch;
}

/* Closes the text node opened by text_out after its appends. */
static void text_done(ictx *c) {
  inode *t = &c->nodes[c->nn - 1];
  t->len = c->scratch.n - t->off;
}

static void emit_text(ictx *c, const char *s, size_t n, int keep_entities) {
  esc_html(text_out(c), s, n, keep_entities);
  text_done(c);
}

static void emit_raw(ictx *c, const char *s) {
  b_puts(text_out(c), s);
  text_done(c);
}

static void tags_push(unsigned char **arr, int *cnt, int cap, int tag, int front) {
  if (!*arr) *arr = xmalloc0((size_t)cap);
  if (*cnt >= cap) return; /* cannot happen: each match consumes at least one delimiter char */
  if (front) {
    memmove(*arr + 1, *arr, (size_t)*cnt);
    (*arr)[0] = (unsigned char)tag;
  } else {
    (*arr)[*cnt] = (unsigned char)tag;
  }
  (*cnt)++;
}

/* CommonMark "process emphasis" over delimiter nodes with index > bottom. Afterwards every delimiter
 * in the range is inert (renders its remaining characters literally). */
static void process_emphasis(ictx *c, long bottom) {
  long openers_bottom[2][3][2];
  for (int a = 0; a < 2; a++)
    for (int b = 0; b < 3; b++) openers_bottom[a][b][0] = openers_bottom[a][b][1] = bottom;
  long live = bottom; /* last delimiter that may still open (chain head) */
  long first = bottom + 1;
  /* Find the last delimiter at or below bottom is irrelevant: the chain starts empty at bottom. */
  for (long i = first; i < (long)c->nn; i++) {
    inode *cl = &c->nodes[i];
    if (cl->kind != N_DELIM) continue;
    cl->dprev = live > bottom ? live : -1;
    if (!cl->can_close || cl->count == 0) {
      if (cl->can_open && cl->count > 0) live = i;
      continue;
    }
    int ci = cl->ch == '_';
    for (;;) {
      long ob = openers_bottom[ci][cl->orig % 3][cl->can_open];
      long j = cl->dprev, found = -1;
      while (j > bottom && j > ob) {
        inode *op = &c->nodes[j];
        if (op->ch == cl->ch && op->can_open && op->count > 0) {
          int odd = (cl->can_open || op->can_close) && (op->orig + cl->orig) % 3 == 0 &&
                    !(op->orig % 3 == 0 && cl->orig % 3 == 0);
          if (!odd) {
            found = j;
            break;
          }
        }
        j = op->dprev;
      }
      if (found < 0) {
        openers_bottom[ci][cl->orig % 3][cl->can_open] = i - 1;
        break;
      }
      inode *op = &c->nodes[found];
      int use = (cl->count >= 2 && op->count >= 2) ? 2 : 1;
      op->count -= use;
      cl->count -= use;
      tags_push(&op->otags, &op->on, op->orig, use, 1);
      tags_push(&cl->ctags, &cl->cn, cl->orig, use, 0);
      /* Delimiters between opener and closer are dropped from the chain. */
      cl->dprev = op->count > 0 ? found : op->dprev;
      if (cl->count == 0) break;
    }
    if (cl->can_open && cl->count > 0) live = i;
    else live = cl->dprev;
  }
  for (long i = first; i < (long)c->nn; i++)
    if (c->nodes[i].kind == N_DELIM) c->nodes[i].can_open = c->nodes[i].can_close = 0;
}

static void render_nodes(ictx *c, size_t from, buf *o) {
  for (size_t i = from; i < c->nn; i++) {
    inode *nd = &c->nodes[i];
    switch (nd->kind) {
    case N_TEXT: b_put(o, c->scratch.p + nd->off, nd->len); break;
    case N_BRACKET: b_puts(o, nd->image ? "![" : "["); break;
    case N_DELIM:
      for (int k = 0; k < nd->cn; k++) b_puts(o, nd->ctags[k] == 2 ? "</strong>" : "</em>");
      for (int k = 0; k < nd->count; k++) b_putc(o, nd->ch);
      for (int k = 0; k < nd->on; k++) b_puts(o, nd->otags[k] == 2 ? "<strong>" : "<em>");
      break;
    }
  }
}

static void free_nodes_from(ictx *c, size_t from) {
  for (size_t i = from; i < c->nn; i++) {
    free(c->nodes[i].otags);
    free(c->nodes[i].ctags);
    c->nodes[i].otags = c->nodes[i].ctags = NULL;
  }
}

static void push_bracket(ictx *c, long idx) {
  if (c->nb == c->bcap) {
    size_t cap = c->bcap ? c->bcap * 2 : 16;
    long *p = realloc(c->brackets, cap * sizeof *p);
    if (!p) die_oom();
    c->brackets = p;
    c->bcap = cap;
  }
  c->brackets[c->nb++] = idx;
}

/* Delimiter run at s[i]: classify flanking per CommonMark and push a node. Returns the run length. */
static size_t scan_delims(ictx *c, size_t i) {
  const char *s = c->s;
  char ch = s[i];
  size_t j = i;
  while (j < c->n && s[j] == ch) j++;
  int before = i > 0 ? (unsigned char)s[i - 1] : '\n';
  int after = j < c->n ? (unsigned char)s[j] : '\n';
  int ws_before = is_ws(before), ws_after = is_ws(after);
  int p_before = is_punct(before), p_after = is_punct(after);
  int left = !ws_after && (!p_after || ws_before || p_before);
  int right = !ws_before && (!p_before || ws_after || p_after);
  inode *nd = new_node(c, N_DELIM);
  nd->ch = ch;
  nd->count = nd->orig = (int)((j - i) > 1000000 ? 1000000 : (j - i));
  if (ch == '*') {
    nd->can_open = (unsigned char)left;
    nd->can_close = (unsigned char)right;
  } else {
    nd->can_open = (unsigned char)(left && (!right || p_before));
    nd->can_close = (unsigned char)(right && (!left || p_after));
  }
  if ((size_t)nd->count != j - i) {
    /* absurdly long run: keep the excess as text */
    emit_text(c, s + i + nd->count, j - i - (size_t)nd->count, 0);
  }
  return j - i;
}

/* Code span starting at a backtick run at s[i]; returns bytes consumed. */
static size_t scan_code_span(ictx *c, size_t i) {
  const char *s = c->s;
  size_t n = c->n, j = i;
  while (j < n && s[j] == '`') j++;
  size_t run = j - i;
  for (size_t k = j; k < n;) {
    if (s[k] != '`') {
      k++;
      continue;
    }
    size_t e = k;
    while (e < n && s[e] == '`') e++;
    if (e - k == run) {
      /* content s[j..k): newlines become spaces; strip one surrounding space if both sides have one */
      size_t a = j, b = k;
      int all_space = 1;
      for (size_t q = a; q < b; q++)
        if (s[q] != ' ' && s[q] != '\n') all_space = 0;
      if (!all_space && b - a >= 2 && (s[a] == ' ' || s[a] == '\n') && (s[b - 1] == ' ' || s[b - 1] == '\n')) {
        a++;
        b--;
      }
      buf *o = text_out(c);
      b_puts(o, "<code>");
      size_t start = o->n;
      esc_html(o, s + a, b - a, 0);
      for (size_t q = start; q < o->n; q++)
        if (o->p[q] == '\n') o->p[q] = ' ';
      b_puts(o, "</code>");
      text_done(c);
      return e - i;
    }
    k = e;
  }
  emit_text(c, s + i, run, 0);
  return run;
}

/* <scheme:...> or <user@host> autolink at s[i]; returns bytes consumed or 0. */
static size_t scan_autolink(ictx *c, size_t i) {
  const char *s = c->s;
  size_t n = c->n, j = i + 1;
  if (j < n && is_alpha((unsigned char)s[j])) {
    size_t k = j + 1;
    while (k < n && k - j < 32 && (is_alnum((unsigned char)s[k]) || s[k] == '+' || s[k] == '.' || s[k] == '-')) k++;
    if (k < n && s[k] == ':' && k - j >= 2) {
      size_t e = k + 1;
      while (e < n && s[e] != '>' && s[e] != '<' && (unsigned char)s[e] > ' ') e++;
      if (e < n && s[e] == '>') {
        buf *o = text_out(c);
        b_puts(o, "<a href=\"");
        put_href(o, s + j, e - j);
        b_puts(o, "\">");
        esc_html(o, s + j, e - j, 0);
        b_puts(o, "</a>");
        text_done(c);
        return e + 1 - i;
      }
    }
  }
  /* email */
  size_t k = j;
  while (k < n && (is_alnum((unsigned char)s[k]) || strchr(".!#$%&'*+/=?^_`{|}~-", s[k]) != NULL) && s[k]) k++;
  if (k == j || k >= n || s[k] != '@') return 0;
  size_t h = k + 1, labels = 0;
  for (;;) {
    size_t ls = h;
    while (h < n && (is_alnum((unsigned char)s[h]) || (s[h] == '-' && h > ls))) h++;
    if (h == ls || h - ls > 63 || s[h - 1] == '-') return 0;
    labels++;
    if (h < n && s[h] == '.') {
      h++;
      continue;
    }
    break;
  }
  if (h >= n || s[h] != '>' || labels < 1) return 0;
  buf *o = text_out(c);
  b_puts(o, "<a href=\"mailto:");
  esc_url(o, s + j, h - j);
  b_puts(o, "\">");
  esc_html(o, s + j, h - j, 0);
  b_puts(o, "</a>");
  text_done(c);
  return h + 1 - i;
}

/* Bare http(s):// or www. autolink at s[i] (GFM extension); returns bytes consumed or 0. */
static size_t scan_bare_url(ictx *c, size_t i) {
  const char *s = c->s;
  size_t n = c->n, start = i;
  if (c->in_link) return 0;
  if (i > 0 && !is_ws((unsigned char)s[i - 1]) && !strchr("*_~(", s[i - 1])) return 0;
  int www = 0;
  size_t k;
  if (prefix_ci(s + i, n - i, "https://")) k = i + 8;
  else if (prefix_ci(s + i, n - i, "http://")) k = i + 7;
  else if (prefix_ci(s + i, n - i, "www.")) {
    k = i + 4;
    www = 1;
  } else return 0;
  size_t host = k;
  while (k < n && (is_alnum((unsigned char)s[k]) || s[k] == '-' || s[k] == '.' || s[k] == '_')) k++;
  if (k == host || s[k - 1] == '.') {
    if (k == host) return 0;
  }
  int has_dot = www;
  for (size_t q = host; q < k; q++)
    if (s[q] == '.') has_dot = 1;
  if (!has_dot) return 0;
  while (k < n && !is_ws((unsigned char)s[k]) && s[k] != '<') k++;
  /* trailing punctuation is not part of the URL; nor is an unbalanced ')' */
  for (;;) {
    if (k > host && strchr("?!.,:*_~'\"", s[k - 1])) {
      k--;
      continue;
    }
    if (k > host && s[k - 1] == ')') {
      long bal = 0;
      for (size_t q = start; q < k; q++) bal += s[q] == '(' ? 1 : s[q] == ')' ? -1 : 0;
      if (bal < 0) {
        k--;
        continue;
      }
    }
    if (k > host && s[k - 1] == ';') {
      /* "&amp;" style entity at the end is excluded */
      size_t q = k - 1;
      while (q > host && is_alnum((unsigned char)s[q - 1])) q--;
      if (q > host && s[q - 1] == '&') {
        k = q - 1;
        continue;
      }
    }
    break;
  }
  if (k <= host) return 0;
  buf *o = text_out(c);
  b_puts(o, "<a href=\"");
  if (www) b_puts(o, "http://");
  put_href(o, s + start, k - start);
  b_puts(o, "\">");
  esc_html(o, s + start, k - start, 0);
  b_puts(o, "</a>");
  text_done(c);
  return k - start;
}

/* Plain text of rendered HTML (tags dropped): image alt text. */
static void strip_tags(buf *o, const char *h, size_t n) {
  int in_tag = 0;
  for (size_t i = 0; i < n; i++) {
    if (h[i] == '<') in_tag = 1;
    else if (h[i] == '>' && in_tag) in_tag = 0;
    else if (!in_tag) b_putc(o, h[i]);
  }
}

/* Handles ']' at s[i]; returns bytes consumed (>= 1). */
static size_t close_bracket(ictx *c, size_t i) {
  const char *s = c->s;
  size_t n = c->n;
  if (c->nb == 0) {
    emit_text(c, "]", 1, 0);
    return 1;
  }
  long oi = c->brackets[c->nb - 1];
  inode *op = &c->nodes[oi];
  if (!op->active) {
    c->nb--;
    if (!op->image) c->in_link--;
    emit_text(c, "]", 1, 0);
    return 1;
  }
  size_t text_start = op->src, text_len = i - op->src;
  size_t j = i + 1;
  buf url = {0}, title = {0};
  int matched = 0, have_title = 0;
  /* inline: (dest "title") */
  if (j < n && s[j] == '(') {
    size_t k = skip_ws_one_nl(s, n, j + 1);
    int ok = 1;
    if (k < n && s[k] != ')') {
      if (s[k] == '<' && k + 1 < n && s[k + 1] == '>') k += 2;
      else ok = scan_dest(s, n, &k, &url);
      if (ok) {
        size_t t = skip_ws_one_nl(s, n, k);
        if (t > k && t < n && (s[t] == '"' || s[t] == '\'' || s[t] == '(')) {
          ok = scan_title(s, n, &t, &title);
          have_title = ok;
          k = skip_ws_one_nl(s, n, t);
        } else {
          k = t;
        }
      }
    }
    if (ok && k < n && s[k] == ')') {
      matched = 1;
      j = k + 1;
    } else {
      b_free(&url);
      b_free(&title);
      have_title = 0;
    }
  }
  /* reference: [label], [], or shortcut */
  if (!matched) {
    size_t k = j, ls = text_start, ll = text_len;
    int full = 0;
    if (k < n && s[k] == '[') {
      size_t l2s, l2l, kk = k;
      if (scan_label(s, n, &kk, &l2s, &l2l)) {
        full = 1;
        if (l2l > 0) {
          ls = l2s;
          ll = l2l;
        }
        k = kk;
      }
    }
    const ref *r = ll <= MAX_LABEL ? ref_find(c->refs, s + ls, ll) : NULL;
    if (r) {
      matched = 1;
      b_puts(&url, r->url);
      if (r->title) {
        b_puts(&title, r->title);
        have_title = 1;
      }
      j = full ? k : i + 1;
    }
  }
  c->nb--;
  if (!op->image) c->in_link--;
  if (!matched) {
    emit_text(c, "]", 1, 0);
    b_free(&url);
    b_free(&title);
    return 1;
  }
  process_emphasis(c, oi);
  buf tag = {0};
  if (op->image) {
    buf inner = {0}, alt = {0};
    render_nodes(c, (size_t)oi + 1, &inner);
    strip_tags(&alt, inner.p ? inner.p : "", inner.n);
    free_nodes_from(c, (size_t)oi + 1);
    c->nn = (size_t)oi;
    b_puts(&tag, "<img src=\"");
    put_href(&tag, url.p ? url.p : "", url.n);
    b_puts(&tag, "\" alt=\"");
    b_put(&tag, alt.p ? alt.p : "", alt.n); /* already escaped */
    b_putc(&tag, '"');
    if (have_title) {
      b_puts(&tag, " title=\"");
      esc_html(&tag, title.p ? title.p : "", title.n, 1);
      b_putc(&tag, '"');
    }
    b_puts(&tag, " />");
    emit_raw(c, tag.p);
    b_free(&inner);
    b_free(&alt);
  } else {
    b_puts(&tag, "<a href=\"");
    put_href(&tag, url.p ? url.p : "", url.n);
    b_putc(&tag, '"');
    if (have_title) {
      b_puts(&tag, " title=\"");
      esc_html(&tag, title.p ? title.p : "", title.n, 1);
      b_putc(&tag, '"');
    }
    b_putc(&tag, '>');
    /* The opener node becomes the start tag (its text is appended to scratch; order is by node). */
    size_t off = c->scratch.n;
    b_put(&c->scratch, tag.p, tag.n);
    op = &c->nodes[oi];
    op->kind = N_TEXT;
    op->off = off;
    op->len = tag.n;
    emit_raw(c, "</a>");
    /* Links may not contain links: earlier '[' openers can no longer match. */
    for (size_t b = 0; b < c->nb; b++)
      if (!c->nodes[c->brackets[b]].image) c->nodes[c->brackets[b]].active = 0;
  }
  b_free(&tag);
  b_free(&url);
  b_free(&title);
  return j - i;
}

/* Renders inline content s[0..n) to o. Lines are separated by '\n'. */
static void render_inlines(const refmap *refs, const char *s, size_t n, buf *o) {
  ictx c;
  memset(&c, 0, sizeof c);
  c.refs = refs;
  c.s = s;
  c.n = n;
  /* Trailing whitespace of the block is never a hard break. */
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n')) n--;
  c.n = n;
  size_t i = 0;
  while (i < n) {
    unsigned char ch = (unsigned char)s[i];
    switch (ch) {
    case '\n': {
      /* hard break if the line ended with two or more spaces (already emitted: trim them) */
      size_t sp = 0;
      while (sp < i && s[i - 1 - sp] == ' ') sp++;
      if (sp > 0 && c.nn > 0 && c.nodes[c.nn - 1].kind == N_TEXT) {
        inode *t = &c.nodes[c.nn - 1];
        size_t trim = 0;
        while (trim < sp && trim < t->len && c.scratch.p[t->off + t->len - 1 - trim] == ' ') trim++;
        if (t->off + t->len == c.scratch.n) {
          t->len -= trim;
          c.scratch.n -= trim;
        }
      }
      emit_raw(&c, sp >= 2 ? "<br />\n" : "\n");
      i++;
      while (i < n && s[i] == ' ') i++;
      break;
    }
    case '\\':
      if (i + 1 < n && s[i + 1] == '\n') {
        emit_raw(&c, "<br />\n");
        i += 2;
        while (i < n && s[i] == ' ') i++;
      } else if (i + 1 < n && is_punct((unsigned char)s[i + 1])) {
        emit_text(&c, s + i + 1, 1, 0);
        i += 2;
      } else {
        emit_text(&c, "\\", 1, 0);
        i++;
      }
      break;
    case '`': i += scan_code_span(&c, i); break;
    case '*':
    case '_': i += scan_delims(&c, i); break;
    case '[': {
      inode *b = new_node(&c, N_BRACKET);
      b->active = 1;
      b->src = i + 1;
      push_bracket(&c, (long)c.nn - 1);
      c.in_link++;
      i++;
      break;
    }
    case '!':
      if (i + 1 < n && s[i + 1] == '[') {
        inode *b = new_node(&c, N_BRACKET);
        b->active = 1;
        b->image = 1;
        b->src = i + 2;
        push_bracket(&c, (long)c.nn - 1);
        i += 2;
      } else {
        emit_text(&c, "!", 1, 0);
        i++;
      }
      break;
    case ']': i += close_bracket(&c, i); break;
    case '<': {
      size_t k = scan_autolink(&c, i);
      if (k) i += k;
      else {
        emit_text(&c, "<", 1, 0);
        i++;
      }
      break;
    }
    case 'h':
    case 'H':
    case 'w':
    case 'W': {
      size_t k = scan_bare_url(&c, i);
      if (k) {
        i += k;
        break;
      }
    }
      /* fall through */
    default: {
      /* a run of ordinary characters */
      size_t j = i + 1;
      while (j < n) {
        unsigned char d = (unsigned char)s[j];
        if (d == '\n' || d == '\\' || d == '`' || d == '*' || d == '_' || d == '[' || d == '!' || d == ']' ||
            d == '<' || d == 'h' || d == 'H' || d == 'w' || d == 'W')
          break;
        j++;
      }
      emit_text(&c, s + i, j - i, 1);
      i = j;
      break;
    }
    }
  }
  process_emphasis(&c, -1);
  render_nodes(&c, 0, o);
  free_nodes_from(&c, 0);
  free(c.nodes);
  free(c.brackets);
  b_free(&c.scratch);
}

/* ------------------------------------------------------------------------------------------------ */
/* blocks                                                                                              */

enum { B_DOC, B_QUOTE, B_LIST, B_ITEM, B_PARA, B_HEADING, B_CODE, B_HR, B_TABLE };

typedef struct block {
  int type, open, last_line_blank;
  struct block *parent, *first, *last, *next;
  buf text;          /* PARA, HEADING, CODE, TABLE: raw lines, each ending in '\n' */
  int level;         /* HEADING */
  int fenced, fence_len, fence_indent;
  char fence_ch;
  char *info;        /* CODE: info string (unescaped), may be NULL */
  int ordered, start, tight;
  char delim;        /* LIST: bullet char, or '.' / ')' */
  int content_indent;/* ITEM */
  long start_line;
  int ncols;         /* TABLE */
  char *align;       /* TABLE: per column 'l', 'c', 'r' or 0 */
} block;

typedef struct {
  block *doc, *tip;
  refmap refs;
  buf line;     /* current line, tabs expanded, no line ending */
  size_t pos;   /* consumed prefix of line */
  size_t fns;   /* first non-space at or after pos */
  int indent;   /* fns - pos */
  int blank;
  long line_no;
} parser;

static void find_nonspace(parser *p) {
  size_t i = p->pos;
  while (i < p->line.n && p->line.p[i] == ' ') i++;
  p->fns = i;
  p->indent = (int)(i - p->pos);
  p->blank = i == p->line.n;
}

static int can_contain(int parent, int child) {
  switch (parent) {
  case B_DOC:
  case B_QUOTE:
  case B_ITEM: return child != B_ITEM;
  case B_LIST: return child == B_ITEM;
  default: return 0;
  }
}

static int ends_with_blank(const block *b) {
  while (b) {
    if (b->last_line_blank) return 1;
    if ((b->type == B_LIST || b->type == B_ITEM) && b->last) b = b->last;
    else return 0;
  }
  return 0;
}

static void finalize(parser *p, block *b) {
  b->open = 0;
  if (p->tip == b) p->tip = b->parent;
  switch (b->type) {
  case B_PARA: {
    size_t off = 0, k;
    while (off < b->text.n && b->text.p[off] == '[' &&
           (k = parse_refdef(&p->refs, b->text.p + off, b->text.n - off)) > 0)
      off += k;
    if (off) {
      memmove(b->text.p, b->text.p + off, b->text.n - off);
      b->text.n -= off;
      b->text.p[b->text.n] = 0;
    }
    break;
  }
  case B_CODE:
    if (!b->fenced) {
      /* drop trailing blank lines */
      size_t n = b->text.n;
      while (n > 0) {
        size_t ls = n - 1;
        while (ls > 0 && b->text.p[ls - 1] != '\n') ls--;
        int blank = 1;
        for (size_t q = ls; q < n - 1; q++)
          if (b->text.p[q] != ' ') blank = 0;
        if (!blank) break;
        n = ls;
      }
      b->text.n = n;
      if (b->text.p) b->text.p[n] = 0;
    }
    break;
  case B_LIST: {
    b->tight = 1;
    for (block *it = b->first; it && b->tight; it = it->next) {
      if (it->last_line_blank && it->next) b->tight = 0;
      for (block *sub = it->first; sub && b->tight; sub = sub->next)
        if (ends_with_blank(sub) && (it->next || sub->next)) b->tight = 0;
    }
    break;
  }
  default: break;
  }
}

static block *add_child(parser *p, block *parent, int type) {
  while (!can_contain(parent->type, type)) {
    finalize(p, parent);
    parent = parent->parent;
  }
  block *b = xmalloc0(sizeof *b);
  b->type = type;
  b->open = 1;
  b->parent = parent;
  b->start_line = p->line_no;
  if (parent->last) parent->last->next = b;
  else parent->first = b;
  parent->last = b;
  p->tip = b;
  return b;
}

static void close_unmatched(parser *p, block *last_matched) {
  while (p->tip && p->tip != last_matched) finalize(p, p->tip);
}

static void add_line(block *b, const char *s, size_t n) {
  b_put(&b->text, s, n);
  b_putc(&b->text, '\n');
}

/* Thematic break: 3+ of the same '*', '-' or '_' with only spaces between. */
static int is_hr(const char *s, size_t n) {
  if (n == 0 || (s[0] != '*' && s[0] != '-' && s[0] != '_')) return 0;
  int cnt = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == s[0]) cnt++;
    else if (s[i] != ' ') return 0;
  }
  return cnt >= 3;
}

/* Setext underline: level 1 for '=', 2 for '-', else 0. */
static int setext_level(const char *s, size_t n) {
  if (n == 0 || (s[0] != '=' && s[0] != '-')) return 0;
  size_t i = 0;
  while (i < n && s[i] == s[0]) i++;
  while (i < n && s[i] == ' ') i++;
  return i == n ? (s[0] == '=' ? 1 : 2) : 0;
}

static int is_closing_fence(const block *b, const char *s, size_t n) {
  size_t i = 0;
  while (i < n && s[i] == b->fence_ch) i++;
  if ((int)i < b->fence_len) return 0;
  while (i < n && s[i] == ' ') i++;
  return i == n;
}

/* ---- GFM tables ---- */

typedef struct {
  size_t s, n;
} span;

/* Splits a table row into cells (trimmed, outer pipes removed). Returns the cell count (capped). */
static int split_row(const char *s, size_t n, span *cells, int max) {
  size_t i = 0;
  while (i < n && s[i] == ' ') i++;
  while (n > i && s[n - 1] == ' ') n--;
  if (i < n && s[i] == '|') i++;
  if (n > i && s[n - 1] == '|' && !(n >= 2 && s[n - 2] == '\\')) n--;
  int count = 0;
  size_t start = i;
  for (;; i++) {
    if (i >= n || (s[i] == '|')) {
      size_t a = start, b = i;
      while (a < b && s[a] == ' ') a++;
      while (b > a && s[b - 1] == ' ') b--;
      if (count < max) {
        cells[count].s = a;
        cells[count].n = b - a;
      }
      count++;
      if (i >= n) break;
      start = i + 1;
    } else if (s[i] == '\\' && i + 1 < n) {
      i++;
    }
  }
  return count < max ? count : max;
}

#define MAX_COLS 128

/* Delimiter row: cells like ---, :--, --:, :-: ; needs a '|' somewhere. Fills align. */
static int parse_delim_row(const char *s, size_t n, char *align) {
  int pipe = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '|') pipe = 1;
    else if (s[i] != '-' && s[i] != ':' && s[i] != ' ') return 0;
  }
  if (!pipe) return 0;
  span cells[MAX_COLS];
  int nc = split_row(s, n, cells, MAX_COLS);
  for (int k = 0; k < nc; k++) {
    const char *c = s + cells[k].s;
    size_t cn = cells[k].n, a = 0, b = cn;
    if (cn == 0) return 0;
    int l = c[0] == ':', r = c[cn - 1] == ':';
    if (l) a++;
    if (r && b > a) b--;
    if (b <= a) return 0;
    for (size_t q = a; q < b; q++)
      if (c[q] != '-') return 0;
    align[k] = l && r ? 'c' : l ? 'l' : r ? 'r' : 0;
  }
  return nc;
}

static int count_row_cells(const char *s, size_t n) {
  span cells[MAX_COLS];
  return split_row(s, n, cells, MAX_COLS);
}

/* ---- list markers ---- */

typedef struct {
  int ordered, start, width, padding;
  char delim;
  int blank_rest;
} listmark;

static int parse_list_marker(parser *p, int interrupts_para, listmark *m) {
  const char *s = p->line.p + p->fns;
  size_t n = p->line.n - p->fns, w;
  memset(m, 0, sizeof *m);
  if (n > 0 && (s[0] == '-' || s[0] == '+' || s[0] == '*')) {
    m->delim = s[0];
    w = 1;
  } else {
    size_t d = 0;
    long v = 0;
    while (d < n && d < 9 && is_digit((unsigned char)s[d])) v = v * 10 + (s[d++] - '0');
    if (d == 0 || d >= n || (s[d] != '.' && s[d] != ')')) return 0;
    if (interrupts_para && v != 1) return 0;
    m->ordered = 1;
    m->start = (int)v;
    m->delim = s[d];
    w = d + 1;
  }
  if (w < n && s[w] != ' ') return 0;
  size_t sp = 0;
  while (w + sp < n && s[w + sp] == ' ') sp++;
  m->blank_rest = w + sp == n;
  if (interrupts_para && m->blank_rest) return 0;
  m->width = (int)w;
  if (m->blank_rest || sp >= 5) m->padding = (int)w + 1;
  else m->padding = (int)(w + sp);
  return 1;
}

/* ---- the line processor ---- */

static void process_line(parser *p) {
  block *container = p->doc;
  int depth = 0;
  p->pos = 0;

  /* 1. Match the open blocks this line continues. */
  while (container->last && container->last->open) {
    block *c = container->last;
    int ok = 0;
    find_nonspace(p);
    switch (c->type) {
    case B_QUOTE:
      if (p->indent <= 3 && p->fns < p->line.n && p->line.p[p->fns] == '>') {
        p->pos = p->fns + 1;
        if (p->pos < p->line.n && p->line.p[p->pos] == ' ') p->pos++;
        ok = 1;
      }
      break;
    case B_ITEM:
      if (p->blank) {
        if (c->first) {
          p->pos = p->fns;
          ok = 1;
        }
      } else if (p->indent >= c->content_indent) {
        p->pos += (size_t)c->content_indent;
        ok = 1;
      }
      break;
    case B_LIST: ok = 1; break;
    case B_CODE:
      if (c->fenced) {
        if (p->indent <= 3 && is_closing_fence(c, p->line.p + p->fns, p->line.n - p->fns)) {
          finalize(p, c);
          return;
        }
        for (int k = 0; k < c->fence_indent && p->pos < p->line.n && p->line.p[p->pos] == ' '; k++) p->pos++;
        ok = 1;
      } else if (p->indent >= 4) {
        p->pos += 4;
        ok = 1;
      } else if (p->blank) {
        p->pos = p->fns;
        ok = 1;
      }
      break;
    case B_PARA:
    case B_TABLE: ok = !p->blank; break;
    default: break;
    }
    if (!ok) break;
    container = c;
    if (c->type == B_QUOTE || c->type == B_ITEM || c->type == B_LIST) depth++;
  }
  block *last_matched = container;
  int lazy_ok = p->tip && p->tip->type == B_PARA;
  int opened = 0, leaf_done = 0;

  /* 2. Open new blocks. */
  while (container->type != B_CODE && container->type != B_HEADING && container->type != B_HR) {
    find_nonspace(p);
    const char *s = p->line.p + p->fns;
    size_t rest = p->line.n - p->fns;
    listmark lm;
    int lvl;
    char align[MAX_COLS];
    if (p->indent >= 4) {
      if (lazy_ok || p->blank) break;
      if (!opened) close_unmatched(p, last_matched);
      opened = 1;
      p->pos += 4;
      container = add_child(p, container, B_CODE);
      break;
    }
    if (rest > 0 && s[0] == '>' && depth < MAX_DEPTH) {
      if (!opened) close_unmatched(p, last_matched);
      opened = 1;
      p->pos = p->fns + 1;
      if (p->pos < p->line.n && p->line.p[p->pos] == ' ') p->pos++;
      container = add_child(p, container, B_QUOTE);
      depth++;
      lazy_ok = 0;
      continue;
    }
    if (rest > 0 && s[0] == '#') {
      size_t h = 0;
      while (h < rest && s[h] == '#') h++;
      if (h <= 6 && (h == rest || s[h] == ' ')) {
        if (!opened) close_unmatched(p, last_matched);
        opened = 1;
        block *hd = add_child(p, container, B_HEADING);
        hd->level = (int)h;
        size_t a = h, b = rest;
        while (a < b && s[a] == ' ') a++;
        while (b > a && s[b - 1] == ' ') b--;
        /* optional closing sequence: spaces then #s */
        size_t q = b;
        while (q > a && s[q - 1] == '#') q--;
        if (q < b && (q == a || s[q - 1] == ' ')) {
          b = q;
          while (b > a && s[b - 1] == ' ') b--;
        }
        b_put(&hd->text, s + a, b - a);
        container = hd;
        leaf_done = 1;
        break;
      }
    }
    if (rest >= 3 && (s[0] == '`' || s[0] == '~')) {
      size_t f = 0;
      while (f < rest && s[f] == s[0]) f++;
      int info_ok = 1;
      if (s[0] == '`')
        for (size_t q = f; q < rest; q++)
          if (s[q] == '`') info_ok = 0;
      if (f >= 3 && info_ok) {
        if (!opened) close_unmatched(p, last_matched);
        opened = 1;
        block *cb = add_child(p, container, B_CODE);
        cb->fenced = 1;
        cb->fence_ch = s[0];
        cb->fence_len = (int)f;
        cb->fence_indent = p->indent;
        size_t a = f, b = rest;
        while (a < b && s[a] == ' ') a++;
        while (b > a && s[b - 1] == ' ') b--;
        size_t e = a;
        while (e < b && s[e] != ' ') e++; /* first word only */
        if (e > a) {
          buf info = {0};
          unescape(&info, s + a, e - a);
          cb->info = info.p;
        }
        container = cb;
        leaf_done = 1;
        break;
      }
    }
    if (container->type == B_PARA && (lvl = setext_level(s, rest)) > 0) {
      /* Reference definitions at the start of the paragraph are not heading text. */
      finalize(p, container);
      if (container->text.n > 0) {
        container->type = B_HEADING;
        container->level = lvl;
        container->open = 1;
        p->tip = container;
        while (container->text.n > 0 && (container->text.p[container->text.n - 1] == '\n' ||
                                         container->text.p[container->text.n - 1] == ' '))
          container->text.p[--container->text.n] = 0;
        leaf_done = 1;
        break;
      }
      /* the paragraph was only definitions: treat the line as text (or a break below) */
      container = container->parent;
      last_matched = container;
      lazy_ok = 0;
    }
    int ncols;
    if (container->type == B_PARA && (ncols = parse_delim_row(s, rest, align)) > 0) {
      /* header row = last line of the paragraph */
      block *para = container;
      size_t end = para->text.n;
      if (end > 0 && para->text.p[end - 1] == '\n') end--;
      size_t ls = end;
      while (ls > 0 && para->text.p[ls - 1] != '\n') ls--;
      if (count_row_cells(para->text.p + ls, end - ls) == ncols) {
        char *hdr = xstrndup(para->text.p + ls, end - ls);
        para->text.n = ls;
        para->text.p[ls] = 0;
        block *parent = para->parent;
        if (ls == 0) {
          /* whole paragraph becomes the table */
          para->type = B_TABLE;
          b_free(&para->text);
          container = para;
        } else {
          finalize(p, para); /* earlier lines stay a paragraph (definitions extracted) */
          container = add_child(p, parent, B_TABLE);
        }
        container->ncols = ncols;
        container->align = xmalloc0((size_t)ncols);
        memcpy(container->align, align, (size_t)ncols);
        add_line(container, hdr, strlen(hdr));
        free(hdr);
        p->tip = container;
        opened = 1;
        leaf_done = 1;
        break;
      }
    }
    if (is_hr(s, rest)) {
      if (!opened) close_unmatched(p, last_matched);
      opened = 1;
      container = add_child(p, container, B_HR);
      leaf_done = 1;
      break;
    }
    if (depth < MAX_DEPTH && parse_list_marker(p, container->type == B_PARA, &lm)) {
      if (!opened) close_unmatched(p, last_matched);
      opened = 1;
      int marker_offset = p->indent;
      if (lm.blank_rest) p->pos = p->line.n;
      else p->pos = p->fns + (size_t)lm.padding;
      if (container->type != B_LIST || container->ordered != lm.ordered || container->delim != lm.delim) {
        container = add_child(p, container, B_LIST);
        container->ordered = lm.ordered;
        container->start = lm.start;
        container->delim = lm.delim;
        container->tight = 1;
      }
      container = add_child(p, container, B_ITEM);
      container->content_indent = marker_offset + lm.padding;
      depth++;
      lazy_ok = 0;
      continue;
    }
    break;
  }

  /* 3. Blank-line bookkeeping (for tight/loose lists), then the line's text. */
  find_nonspace(p);
  if (p->blank && container->last) container->last->last_line_blank = 1;
  container->last_line_blank = p->blank && container->type != B_QUOTE && container->type != B_HEADING &&
                               container->type != B_HR && !(container->type == B_CODE && container->fenced) &&
                               !(container->type == B_ITEM && !container->first && container->start_line == p->line_no);
  for (block *t = container->parent; t; t = t->parent) t->last_line_blank = 0;

  if (leaf_done) return;
  if (!opened && p->tip != last_matched && !p->blank && lazy_ok && p->tip->type == B_PARA) {
    /* lazy continuation line */
    add_line(p->tip, p->line.p + p->fns, p->line.n - p->fns);
    return;
  }
  if (!opened) close_unmatched(p, last_matched);
  switch (container->type) {
  case B_CODE: add_line(container, p->line.p + p->pos, p->line.n - p->pos); break;
  case B_PARA: add_line(container, p->line.p + p->fns, p->line.n - p->fns); break;
  case B_TABLE: add_line(container, p->line.p + p->fns, p->line.n - p->fns); break;
  case B_HEADING:
  case B_HR: break;
  default:
    if (!p->blank) {
      container = add_child(p, container, B_PARA);
      add_line(container, p->line.p + p->fns, p->line.n - p->fns);
    }
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* rendering                                                                                           */

static void cr(buf *o) {
  if (o->n > 0 && o->p[o->n - 1] != '\n') b_putc(o, '\n');
}

static void render_table(const parser *p, const block *b, buf *o) {
  span cells[MAX_COLS];
  buf cell = {0};
  const char *t = b->text.p ? b->text.p : "";
  size_t n = b->text.n, i = 0;
  int row = 0;
  cr(o);
  b_puts(o, "<table>\n");
  while (i < n) {
    size_t e = i;
    while (e < n && t[e] != '\n') e++;
    int nc = split_row(t + i, e - i, cells, MAX_COLS);
    if (row == 0) b_puts(o, "<thead>\n");
    if (row == 1) b_puts(o, "<tbody>\n");
    b_puts(o, "<tr>\n");
    for (int k = 0; k < b->ncols; k++) {
      const char *tag = row == 0 ? "th" : "td";
      b_putc(o, '<');
      b_puts(o, tag);
      if (b->align[k]) {
        b_puts(o, b->align[k] == 'l' ? " align=\"left\"" : b->align[k] == 'c' ? " align=\"center\"" : " align=\"right\"");
      }
      b_putc(o, '>');
      if (k < nc) {
        /* "\|" inside a cell is a literal pipe */
        cell.n = 0;
        const char *cs = t + i + cells[k].s;
        for (size_t q = 0; q < cells[k].n; q++) {
          if (cs[q] == '\\' && q + 1 < cells[k].n && cs[q + 1] == '|') q++;
          b_putc(&cell, cs[q]);
        }
        render_inlines(&p->refs, cell.p ? cell.p : "", cell.n, o);
      }
      b_puts(o, "</");
      b_puts(o, tag);
      b_puts(o, ">\n");
    }
    b_puts(o, "</tr>\n");
    if (row == 0) b_puts(o, "</thead>\n");
    row++;
    i = e + 1;
  }
  if (row > 1) b_puts(o, "</tbody>\n");
  b_puts(o, "</table>\n");
  b_free(&cell);
}

static void render_block(const parser *p, const block *b, buf *o, int tight) {
  switch (b->type) {
  case B_DOC:
    for (const block *c = b->first; c; c = c->next) render_block(p, c, o, 0);
    break;
  case B_QUOTE:
    cr(o);
    b_puts(o, "<blockquote>\n");
    for (const block *c = b->first; c; c = c->next) render_block(p, c, o, 0);
    cr(o);
    b_puts(o, "</blockquote>\n");
    break;
  case B_LIST:
    cr(o);
    if (!b->ordered) b_puts(o, "<ul>\n");
    else if (b->start == 1) b_puts(o, "<ol>\n");
    else {
      b_puts(o, "<ol start=\"");
      b_putnum(o, b->start);
      b_puts(o, "\">\n");
    }
    for (const block *c = b->first; c; c = c->next) render_block(p, c, o, b->tight);
    cr(o);
    b_puts(o, b->ordered ? "</ol>\n" : "</ul>\n");
    break;
  case B_ITEM:
    cr(o);
    b_puts(o, "<li>");
    for (const block *c = b->first; c; c = c->next) render_block(p, c, o, tight);
    b_puts(o, "</li>\n");
    break;
  case B_PARA:
    if (b->text.n == 0) break;
    if (tight) {
      render_inlines(&p->refs, b->text.p, b->text.n, o);
    } else {
      cr(o);
      b_puts(o, "<p>");
      render_inlines(&p->refs, b->text.p, b->text.n, o);
      b_puts(o, "</p>\n");
    }
    break;
  case B_HEADING:
    cr(o);
    b_puts(o, "<h");
    b_putc(o, (char)('0' + b->level));
    b_putc(o, '>');
    render_inlines(&p->refs, b->text.p ? b->text.p : "", b->text.n, o);
    b_puts(o, "</h");
    b_putc(o, (char)('0' + b->level));
    b_puts(o, ">\n");
    break;
  case B_CODE:
    cr(o);
    b_puts(o, "<pre><code");
    if (b->info && b->info[0]) {
      b_puts(o, " class=\"language-");
      esc_html(o, b->info, strlen(b->info), 1);
      b_putc(o, '"');
    }
    b_putc(o, '>');
    esc_html(o, b->text.p ? b->text.p : "", b->text.n, 0);
    b_puts(o, "</code></pre>\n");
    break;
  case B_HR:
    cr(o);
    b_puts(o, "<hr />\n");
    break;
  case B_TABLE: render_table(p, b, o); break;
  default: break;
  }
}

static void free_block(block *b) {
  block *c = b->first;
  while (c) {
    block *nx = c->next;
    free_block(c);
    c = nx;
  }
  b_free(&b->text);
  free(b->info);
  free(b->align);
  free(b);
}

/* Converts Markdown src[0..len) to HTML; returns a malloc'd NUL-terminated string (length in *outlen). */
char *md_to_html(const char *src, size_t len, size_t *outlen);

char *md_to_html(const char *src, size_t len, size_t *outlen) {
  parser p;
  memset(&p, 0, sizeof p);
  p.doc = xmalloc0(sizeof *p.doc);
  p.doc->type = B_DOC;
  p.doc->open = 1;
  p.tip = p.doc;
  size_t i = 0;
  while (i < len) {
    /* next line, with tabs expanded to 4-column stops and NUL replaced by U+FFFD */
    p.line.n = 0;
    b_reserve(&p.line, 0);
    size_t col = 0;
    while (i < len && src[i] != '\n' && src[i] != '\r') {
      char ch = src[i++];
      if (ch == '\t') {
        do {
          b_putc(&p.line, ' ');
          col++;
        } while (col % 4);
      } else if (ch == 0) {
        b_puts(&p.line, "\xEF\xBF\xBD");
        col++;
      } else {
        b_putc(&p.line, ch);
        col++;
      }
    }
    if (i < len && src[i] == '\r') i++;
    if (i < len && src[i] == '\n') i++;
    p.line_no++;
    process_line(&p);
  }
  while (p.tip) finalize(&p, p.tip);
  buf out = {0};
  b_reserve(&out, len + len / 4);
  render_block(&p, p.doc, &out, 0);
  free_block(p.doc);
  ref_free(&p.refs);
  b_free(&p.line);
  *outlen = out.n;
  return out.p;
}

#ifndef MD2HTML_NO_MAIN
int main(int argc, char **argv) {
  (void)argv;
  if (argc > 1) {
    fputs("usage: md2html < input.md > output.html\n", stderr);
    return 2;
  }
  buf in = {0};
  static char chunk[65536]; /* static: the wasm32 stack is only 64 KB */
  size_t k;
  while ((k = fread(chunk, 1, sizeof chunk, stdin)) > 0) b_put(&in, chunk, k);
  if (ferror(stdin)) {
    fputs("md2html: read error\n", stderr);
    return 1;
  }
  size_t n;
  char *html = md_to_html(in.p ? in.p : "", in.n, &n);
  int rc = fwrite(html, 1, n, stdout) == n && fflush(stdout) == 0 ? 0 : 1;
  free(html);
  b_free(&in);
  return rc;
}
#endif
