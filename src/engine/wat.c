/* wat.c: the WebAssembly text format (h_wat_): .wat module text -> binary module, plus the lexer and
 * literal helpers the .wast script runner uses.
 *
 * Shape: the text is lexed once into a token array (parentheses matched, comments and annotations
 * `(@id ...)` dropped, except @custom, @name and branch hints, kept after the tokens; see
 * "annotations"), then a module is read in two passes over its fields. Pass 1 assigns every
 * index space (imports come first in the text, so order of appearance is index order), records
 * symbolic names and reads explicit type definitions; pass 2 writes each section's bytes. Implicit
 * function types (type uses with inline params/results) are appended after the explicit ones, as
 * the spec's abbreviation says, so the type section is written last. The binary then goes through
 * the ordinary decoder and validator: this file checks only what the text grammar itself rules
 * out (syntax, literal ranges, unbound symbolic names, inline type mismatches), so that numeric
 * out-of-range indices and type errors reach the validator and fail as INVALID, not MALFORMED.
 *
 * Errors: MALFORMED "LINE:COL: message" for text that is not a module; UNSUPPORTED "LINE:COL:
 * unsupported: ..." for WebAssembly 3.0 syntax hearth does not implement (GC types, exceptions,
 * tail calls, memory64, multi-memory, ...), so that such inputs fail cleanly. Everything runs in
 * time linear in the text (hash maps for names and implicit types, no rescans). */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

/* ------------------------------------------------------------------ buffers, state, errors */

typedef struct wbuf {
  uint8_t *p;
  size_t n, cap;
} wbuf;

typedef struct nment {
  const char *s; /* name text including '$'; NULL = empty slot */
  uint32_t len, val;
} nment;

/* Open-addressing map from a name (pointer into the source, length) to an index. */
typedef struct nmap {
  nment *e;
  uint32_t cap, n;
} nmap;

enum { SP_TYPE, SP_FUNC, SP_TABLE, SP_MEM, SP_GLOBAL, SP_ELEM, SP_DATA, SP_TAG, SP_COUNT };
static const char *const sp_names[SP_COUNT] = {"type",   "function", "table", "memory",
                                              "global", "elem",     "data",     "tag"};

typedef struct ftype {
  uint32_t off, np, nr; /* params then results at tpool[off..] */
  uint32_t gsize;       /* 3.0 `rec`: the group's size at its first type, 0 at the others; 1 alone */
  uint32_t super;       /* `sub`: the supertype, or UINT32_MAX */
  bool sub, final;      /* written as `sub` (final or not); plain definitions are final */
  uint8_t kind;         /* 0x60 func, 0x5F struct, 0x5E array (GC: np fields, each an h_vt with
                           F_MUT for a mutable field, H_ST_I8/H_ST_I16 for packed ones; nr 0) */
} ftype;
#define F_MUT 0x80000000u

/* A field name of a struct type (`(field $x ...)`): scoped by its type. */
typedef struct fldname {
  uint32_t type, idx, len;
  const char *s;
} fldname;

typedef struct label {
  const char *s; /* NULL: unnamed */
  uint32_t len;
} label;

/* Sections written in pass 2, in binary order (the type section is written from `types`). */
enum { S_IMPORT, S_FUNC, S_TABLE, S_MEM, S_TAG, S_GLOBAL, S_EXPORT, S_ELEM, S_CODE, S_DATA, S_COUNT };
static const uint8_t sec_ids[S_COUNT] = {2, 3, 4, 5, 13, 6, 7, 9, 10, 11};

typedef struct W {
  const char *src;
  size_t srclen;
  h_wat_tok *t; /* tokens; the last two are H_TK_EOF so that one token of lookahead is always safe */
  size_t nt, tcap;
  bool own_tokens;
  size_t i; /* cursor */
  jmp_buf jb;
  hearth_status st;
  /* module */
  nmap names[SP_COUNT];
  uint32_t count[SP_COUNT];
  const char *defined_kind; /* first function/table/memory/global definition seen (pass 1) */
  wbuf tpool;
  uint32_t nemptyrec; /* `(rec)` with no types: emitted as empty groups */
  ftype *types;
  size_t ntypes, captypes;
  bool in_rec;     /* reading the types of a `rec` group */
  fldname *flds;   /* struct field names */
  size_t nflds, capflds;
  uint32_t *thash; /* implicit-type lookup: type index + 1, 0 = empty */
  uint32_t thcap, thn;
  size_t *fields;
  size_t nfields, capfields;
  wbuf sec[S_COUNT];
  uint32_t nsec[S_COUNT];
  uint32_t idx2[SP_COUNT]; /* pass-2 counters */
  bool has_start, uses_data;
  uint32_t start_idx;
  wbuf scratch; /* folded instructions: operator bytes wait here until their operands are out */
  wbuf tu;      /* the type use being read */
  wbuf body, items, seg, lt, str;
  nmap locals;
  uint32_t nlocals;
  label *labels;
  size_t nlabels, caplabels;
  uint32_t *brt;
  size_t nbrt, capbrt;
  struct fname {
    const char *s; /* the $id without '$' */
    uint32_t len, idx;
  } *fnames; /* functions' $ids, in index order: written as the name section */
  size_t nfnames, capfnames;
  struct iframe *frames; /* instruction reader's open constructs (see instrs) */
  size_t nframes, capframes;
  char **idstrs; /* decoded quoted identifiers $"..." (names point into them) */
  size_t nidstrs, capidstrs;
  wbuf idtmp;
  uint8_t *quoted; /* binary of a (module quote ...) being copied */
  size_t *lstack; /* lexer: open parentheses */
  size_t capstack;
  /* Annotations the parser reads (see "annotations" below). The lexer appends them after the two
   * H_TK_EOF tokens (each an H_TK_ANNOT header followed by its inner tokens), so a script's token
   * array carries them too. */
  h_wat_tok *pend_annots; /* lexer: recorded while lexing, appended at the end */
  size_t npend_annots, cappend_annots, annot_hdr;
  size_t eof;             /* index of the first H_TK_EOF */
  size_t annot0, nannots; /* the H_TK_ANNOT tokens: t[annot0 .. annot0 + nannots) */
  size_t mod_open;        /* '(' of the module being read, or SIZE_MAX for bare fields */
  struct wcustom {
    size_t hdr;        /* its H_TK_ANNOT token */
    int slot;          /* placement: 2*rank+1 before, 2*rank+2 after the section of that rank;
                          0 before the first, INT_MAX - 1 after the last */
    bool done;
  } *customs;
  size_t ncustoms, capcustoms;
  struct wfname {
    uint32_t idx, str; /* function index; token index of its @name string */
  } *annot_fnames;     /* @name of functions, in index order (they override $ids) */
  size_t nannot_fnames, capannot_fnames;
  size_t modname_str;  /* token index of the module's @name string, 0 = none */
  bool hint_invalid;   /* a branch hint with an invalid target: INVALID once the text is read */
  size_t hint_invalid_off;
  wbuf cbuf;           /* a custom section being written */
  wbuf seg2;           /* the name section's function names */
} W;

static _Noreturn void fail_status(W *w, hearth_status s) {
  w->st = s;
  longjmp(w->jb, 1);
}

void h_wat_linecol(const char *text, size_t len, size_t off, unsigned *line, unsigned *col) {
  unsigned l = 1, c = 1;
  for (size_t k = 0; k < off && k < len; k++) {
    if (text[k] == '\n') l++, c = 1;
    else c++;
  }
  *line = l;
  *col = c;
}

static _Noreturn H_PRINTF(4, 5) void fail_at(W *w, size_t off, hearth_status s, const char *fmt,
                                             ...) {
  char msg[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  unsigned line, col;
  h_wat_linecol(w->src, w->srclen, off, &line, &col);
  h_err(s, "%u:%u: %s", line, col, msg);
  fail_status(w, s);
}

#define FAIL(w, ...) fail_at((w), (w)->t[(w)->i].off, HEARTH_ERR_MALFORMED, __VA_ARGS__)
#define UNSUPPORTED(w, what)                                                                     \
  fail_at((w), (w)->t[(w)->i].off, HEARTH_ERR_UNSUPPORTED,                                       \
          "unsupported: %s (WebAssembly 3.0, not implemented)", (what))

static void *grow(W *w, void *p, size_t elt, size_t *cap, size_t need) {
  if (need <= *cap) return p;
  size_t nc = *cap ? *cap : 16;
  while (nc < need) {
    if (nc > SIZE_MAX / 2 / elt) fail_at(w, 0, HEARTH_ERR_NOMEM, "text too large");
    nc *= 2;
  }
  void *np = h_realloc(p, nc * elt);
  if (!np) {
    h_err(HEARTH_ERR_NOMEM, "out of memory reading text");
    fail_status(w, HEARTH_ERR_NOMEM);
  }
  *cap = nc;
  return np;
}

static void b_need(W *w, wbuf *b, size_t more) {
  if (b->n + more > b->cap) b->p = grow(w, b->p, 1, &b->cap, b->n + more);
}
static void b_byte(W *w, wbuf *b, uint8_t v) {
  b_need(w, b, 1);
  b->p[b->n++] = v;
}
static void b_bytes(W *w, wbuf *b, const void *p, size_t n) {
  if (!n) return;
  b_need(w, b, n);
  memcpy(b->p + b->n, p, n);
  b->n += n;
}
static void b_uleb(W *w, wbuf *b, uint64_t v) {
  b_need(w, b, 10);
  do {
    uint8_t c = v & 0x7f;
    v >>= 7;
    b->p[b->n++] = c | (v ? 0x80 : 0);
  } while (v);
}
static void b_sleb(W *w, wbuf *b, int64_t v) {
  b_need(w, b, 10);
  for (;;) {
    uint8_t c = v & 0x7f;
    v >>= 7; /* arithmetic shift (gcc/clang) */
    bool done = (v == 0 && !(c & 0x40)) || (v == -1 && (c & 0x40));
    b->p[b->n++] = c | (done ? 0 : 0x80);
    if (done) return;
  }
}
static void b_le(W *w, wbuf *b, uint64_t v, unsigned nbytes) {
  b_need(w, b, nbytes);
  for (unsigned k = 0; k < nbytes; k++) b->p[b->n++] = (uint8_t)(v >> (8 * k));
}
static void b_free(wbuf *b) {
  h_free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
}

/* ------------------------------------------------------------------ name maps */

static uint32_t name_hash(const char *s, uint32_t len) {
  uint32_t h = 2166136261u;
  for (uint32_t k = 0; k < len; k++) h = (h ^ (uint8_t)s[k]) * 16777619u;
  return h;
}

static nment *nmap_slot(const nmap *m, const char *s, uint32_t len) {
  uint32_t mask = m->cap - 1, k = name_hash(s, len) & mask;
  for (;; k = (k + 1) & mask) {
    nment *e = &m->e[k];
    if (!e->s || (e->len == len && memcmp(e->s, s, len) == 0)) return e;
  }
}

static bool nmap_get(const nmap *m, const char *s, uint32_t len, uint32_t *val) {
  if (!m->cap) return false;
  nment *e = nmap_slot(m, s, len);
  if (!e->s) return false;
  *val = e->val;
  return true;
}

/* Adds name -> val; false when the name is already bound. */
static bool nmap_put(W *w, nmap *m, const char *s, uint32_t len, uint32_t val) {
  if ((m->n + 1) * 2 > m->cap) {
    nmap old = *m;
    size_t nc = m->cap ? (size_t)m->cap * 2 : 16;
    m->e = h_calloc(nc, sizeof *m->e);
    if (!m->e) {
      *m = old;
      h_err(HEARTH_ERR_NOMEM, "out of memory reading text");
      fail_status(w, HEARTH_ERR_NOMEM);
    }
    m->cap = (uint32_t)nc;
    m->n = 0;
    for (uint32_t k = 0; k < old.cap; k++)
      if (old.e[k].s) {
        *nmap_slot(m, old.e[k].s, old.e[k].len) = old.e[k];
        m->n++;
      }
    h_free(old.e);
  }
  nment *e = nmap_slot(m, s, len);
  if (e->s) return false;
  *e = (nment){.s = s, .len = len, .val = val};
  m->n++;
  return true;
}

static void nmap_clear(nmap *m) {
  if (m->n) memset(m->e, 0, m->cap * sizeof *m->e);
  m->n = 0;
}

static void nmap_free(nmap *m) {
  h_free(m->e);
  m->e = NULL;
  m->cap = m->n = 0;
}

/* ------------------------------------------------------------------ lexer */

static bool is_idchar(unsigned char c) {
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  switch (c) {
  case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
  case '.': case '/': case ':': case '<': case '=': case '>': case '?': case '@': case '\\':
  case '^': case '_': case '`': case '|': case '~':
    return true;
  default:
    return false;
  }
}

static int hexval(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Scans a string literal starting at src[k] == '"'; returns the offset after the closing quote.
 * Checks escapes; the bytes are decoded later by str_decode. */
static size_t lex_string(W *w, size_t k) {
  size_t start = k++;
  for (;;) {
    if (k >= w->srclen) fail_at(w, start, HEARTH_ERR_MALFORMED, "unclosed string");
    unsigned char c = (unsigned char)w->src[k];
    if (c == '"') return k + 1;
    if (c < 0x20 || c == 0x7f) fail_at(w, k, HEARTH_ERR_MALFORMED, "malformed string: control character");
    if (c != '\\') {
      k++;
      continue;
    }
    if (k + 1 >= w->srclen) fail_at(w, start, HEARTH_ERR_MALFORMED, "unclosed string");
    unsigned char e = (unsigned char)w->src[k + 1];
    if (e == 't' || e == 'n' || e == 'r' || e == '"' || e == '\'' || e == '\\') {
      k += 2;
    } else if (e == 'u') {
      size_t q = k + 2;
      if (q >= w->srclen || w->src[q] != '{') fail_at(w, k, HEARTH_ERR_MALFORMED, "malformed escape");
      q++;
      uint32_t cp = 0;
      size_t nd = 0;
      bool under_ok = false;
      while (q < w->srclen && w->src[q] != '}') {
        int h = hexval((unsigned char)w->src[q]);
        if (h >= 0) {
          if (cp > 0x10ffff) break;
          cp = cp * 16 + (uint32_t)h, nd++, under_ok = true;
        } else if (w->src[q] == '_' && under_ok && q + 1 < w->srclen &&
                   hexval((unsigned char)w->src[q + 1]) >= 0) {
          under_ok = false;
        } else {
          break;
        }
        q++;
      }
      if (q >= w->srclen || w->src[q] != '}' || !nd || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
        fail_at(w, k, HEARTH_ERR_MALFORMED, "malformed escape");
      k = q + 1;
    } else if (hexval(e) >= 0 && k + 2 < w->srclen && hexval((unsigned char)w->src[k + 2]) >= 0) {
      k += 3;
    } else {
      fail_at(w, k, HEARTH_ERR_MALFORMED, "malformed escape");
    }
  }
}

static void str_decode(W *w, const h_wat_tok *t, wbuf *b);
static bool utf8_valid(const uint8_t *p, size_t n);

/* Annotations with a meaning for the binary (3.0 custom-annotations appendix); the rest are dropped. */
enum { H_AN_OTHER, H_AN_CUSTOM, H_AN_NAME, H_AN_HINT };

/* Which annotation an id (unquoted, at p, the text from there on) is. */
static int annot_kind(const char *p, size_t n) {
  size_t k = 0;
  while (k < n && is_idchar((unsigned char)p[k])) k++;
  if (k == 6 && !memcmp(p, "custom", 6)) return H_AN_CUSTOM;
  if (k == 4 && !memcmp(p, "name", 4)) return H_AN_NAME;
  if (k == 25 && !memcmp(p, "metadata.code.branch_hint", 25)) return H_AN_HINT;
  return H_AN_OTHER;
}

static void push_tok(W *w, uint32_t kind, size_t off, size_t len) {
  w->t = grow(w, w->t, sizeof *w->t, &w->tcap, w->nt + 1);
  w->t[w->nt++] = (h_wat_tok){.kind = kind, .off = (uint32_t)off, .len = (uint32_t)len, .match = 0};
}

/* A token of a kept annotation (its header, H_TK_ANNOT, or one of its inner tokens). */
static void pend_tok(W *w, uint32_t kind, size_t off, size_t len, size_t match) {
  w->pend_annots = grow(w, w->pend_annots, sizeof *w->pend_annots, &w->cappend_annots,
                        w->npend_annots + 1);
  w->pend_annots[w->npend_annots++] = (h_wat_tok){
      .kind = kind, .off = (uint32_t)off, .len = (uint32_t)len, .match = (uint32_t)match};
}

static void lex(W *w) {
  if (w->srclen >= UINT32_MAX - 2) fail_at(w, 0, HEARTH_ERR_LIMIT, "text larger than 4 GiB");
  size_t nstack = 0;
  size_t anno = 0; /* depth inside an annotation: its tokens are dropped */
  size_t anno_off = 0;
  bool keep = false; /* the annotation is one the parser reads: its tokens go to pend_annots */
  size_t k = 0;
  const char *s = w->src;
  /* Typical text has a token per 4-6 bytes: reserve that up front rather than regrow. */
  if (!w->tcap && w->srclen > 4096) w->t = grow(w, w->t, sizeof *w->t, &w->tcap, w->srclen / 5);
  while (k < w->srclen) {
    unsigned char c = (unsigned char)s[k];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      k++;
    } else if (c == ';' && k + 1 < w->srclen && s[k + 1] == ';') {
      while (k < w->srclen && s[k] != '\n' && s[k] != '\r') k++; /* 3.0: CR ends a line too */
    } else if (c == '(' && k + 1 < w->srclen && s[k + 1] == ';') {
      size_t start = k, depth = 1;
      k += 2;
      while (depth) {
        if (k + 1 >= w->srclen) fail_at(w, start, HEARTH_ERR_MALFORMED, "unclosed comment");
        if (s[k] == '(' && s[k + 1] == ';') depth++, k += 2;
        else if (s[k] == ';' && s[k + 1] == ')') depth--, k += 2;
        else k++;
      }
    } else if (c == '(') {
      if (anno) {
        anno++;
        if (keep) pend_tok(w, H_TK_LPAR, k, 1, 0);
      } else if (k + 1 < w->srclen && s[k + 1] == '@') {
        /* (@id ...): the id is an idchar run or a non-empty UTF-8 string, right after '@' */
        size_t q = k + 2;
        if (q < w->srclen && s[q] == '"') {
          size_t e = lex_string(w, q);
          h_wat_tok st = {.kind = H_TK_STRING, .off = (uint32_t)q, .len = (uint32_t)(e - q)};
          w->idtmp.n = 0;
          str_decode(w, &st, &w->idtmp);
          if (!w->idtmp.n) fail_at(w, k, HEARTH_ERR_MALFORMED, "empty annotation id");
          if (!utf8_valid(w->idtmp.p, w->idtmp.n))
            fail_at(w, k, HEARTH_ERR_MALFORMED, "malformed UTF-8 encoding in annotation id");
        } else if (q >= w->srclen || !is_idchar((unsigned char)s[q])) {
          fail_at(w, k, HEARTH_ERR_MALFORMED, "empty annotation id");
        }
        anno = 1;
        anno_off = k;
        keep = annot_kind(s + q, w->srclen - q) != H_AN_OTHER;
        if (keep) {
          w->annot_hdr = w->npend_annots;
          pend_tok(w, H_TK_ANNOT, k, 0, w->nt);
        }
      } else {
        w->lstack = grow(w, w->lstack, sizeof *w->lstack, &w->capstack, nstack + 1);
        w->lstack[nstack++] = w->nt;
        push_tok(w, H_TK_LPAR, k, 1);
      }
      k++;
    } else if (c == ')') {
      if (anno) {
        if (!--anno && keep) {
          w->pend_annots[w->annot_hdr].len = (uint32_t)(k + 1 - anno_off);
          keep = false;
        } else if (keep) {
          pend_tok(w, H_TK_RPAR, k, 1, 0);
        }
      } else {
        if (!nstack) fail_at(w, k, HEARTH_ERR_MALFORMED, "unexpected token: unbalanced ')'");
        w->t[w->lstack[--nstack]].match = (uint32_t)w->nt;
        push_tok(w, H_TK_RPAR, k, 1);
      }
      k++;
    } else if (c == '"') {
      size_t e = lex_string(w, k);
      if (!anno && e < w->srclen && s[e] != '(' && s[e] != ')' && s[e] != ' ' && s[e] != '\t' &&
          s[e] != '\n' && s[e] != '\r' && s[e] != ';')
        fail_at(w, e, HEARTH_ERR_MALFORMED, "unknown operator: malformed token after a string");
      if (!anno) push_tok(w, H_TK_STRING, k, e - k);
      else if (keep) pend_tok(w, H_TK_STRING, k, e - k, 0);
      k = e;
    } else if (is_idchar(c)) {
      size_t start = k;
      while (k < w->srclen && is_idchar((unsigned char)s[k])) k++;
      if (c == '$' && k < w->srclen && s[k] == '"' && k == start + 1) {
        /* 3.0 quoted identifier $"...": a separator must follow */
        k = lex_string(w, k);
        if (!anno && k < w->srclen && (is_idchar((unsigned char)s[k]) || s[k] == '"'))
          fail_at(w, start, HEARTH_ERR_MALFORMED, "unknown operator: malformed token");
      } else if (c == '$' && k == start + 1) {
        fail_at(w, start, HEARTH_ERR_MALFORMED, "empty identifier");
      }
      if (!anno && k < w->srclen && (s[k] == '"' || (!is_idchar((unsigned char)s[k]) && s[k] != '(' &&
                                             s[k] != ')' && s[k] != ' ' && s[k] != '\t' &&
                                             s[k] != '\n' && s[k] != '\r' && s[k] != ';')))
        fail_at(w, start, HEARTH_ERR_MALFORMED, "unknown operator: malformed token");
      if (!anno) push_tok(w, c == '$' ? H_TK_ID : H_TK_ATOM, start, k - start);
      else if (keep) pend_tok(w, c == '$' ? H_TK_ID : H_TK_ATOM, start, k - start, 0);
    } else if (anno && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == ';')) {
      if (keep) pend_tok(w, H_TK_ATOM, k, 1, 0);
      k++; /* reserved characters may appear in an annotation's tokens */
    } else {
      fail_at(w, k, HEARTH_ERR_MALFORMED, "unexpected character 0x%02x", c);
    }
  }
  if (anno) fail_at(w, anno_off, HEARTH_ERR_MALFORMED, "unclosed annotation");
  if (nstack) fail_at(w, w->t[w->lstack[nstack - 1]].off, HEARTH_ERR_MALFORMED, "unexpected end: unclosed '('");
  push_tok(w, H_TK_EOF, w->srclen, 0);
  push_tok(w, H_TK_EOF, w->srclen, 0);
  for (size_t a = 0; a < w->npend_annots; a++) {
    const h_wat_tok *p = &w->pend_annots[a];
    push_tok(w, p->kind, p->off, p->len);
    w->t[w->nt - 1].match = p->match;
  }
  h_free(w->pend_annots);
  w->pend_annots = NULL;
  w->npend_annots = w->cappend_annots = 0;
  h_free(w->lstack);
  w->lstack = NULL;
  w->capstack = 0;
}

/* ------------------------------------------------------------------ literals */

/* Digits of base 10 or 16 with single '_' between digits. false on bad syntax; *ovf on overflow. */
static bool lit_digits(const char *s, size_t n, int base, uint64_t *v, bool *ovf) {
  uint64_t x = 0;
  *ovf = false;
  if (!n) return false;
  bool prev_digit = false;
  for (size_t k = 0; k < n; k++) {
    unsigned char c = (unsigned char)s[k];
    if (c == '_') {
      if (!prev_digit || k + 1 == n) return false;
      prev_digit = false;
      continue;
    }
    int d = base == 16 ? hexval(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
    if (d < 0) return false;
    if (x > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) *ovf = true;
    x = x * (uint64_t)base + (uint64_t)d;
    prev_digit = true;
  }
  *v = x;
  return true;
}

/* sign? (digits | 0x hexdigits). Returns 0 ok, 1 syntax, 2 overflow of 64 bits. */
static int lit_int(const char *s, size_t n, bool allow_sign, bool *neg, uint64_t *mag) {
  *neg = false;
  if (n && (s[0] == '+' || s[0] == '-')) {
    if (!allow_sign) return 1;
    *neg = s[0] == '-';
    s++, n--;
  }
  bool ovf;
  bool ok = n > 2 && s[0] == '0' && s[1] == 'x' ? lit_digits(s + 2, n - 2, 16, mag, &ovf)
                                                : lit_digits(s, n, 10, mag, &ovf);
  if (!ok) return 1;
  return ovf ? 2 : 0;
}

int h_wat_int(const char *s, size_t n, unsigned bits, uint64_t *out) {
  bool neg;
  uint64_t mag;
  int r = lit_int(s, n, true, &neg, &mag);
  if (r) return r;
  uint64_t lim = bits == 64 ? UINT64_MAX : (1ull << bits) - 1;
  if (neg) {
    uint64_t nlim = 1ull << (bits - 1);
    if (mag > nlim) return 2;
    *out = (0 - mag) & lim;
  } else {
    if (mag > lim) return 2;
    *out = mag;
  }
  return 0;
}

static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;
static void c_locale_init(void) { c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0); }

int h_wat_float(const char *s, size_t n, unsigned bits, uint64_t *out) {
  bool neg = false;
  const char *p = s;
  size_t m = n;
  if (m && (p[0] == '+' || p[0] == '-')) neg = p[0] == '-', p++, m--;
  uint64_t sign = neg ? (bits == 32 ? 0x80000000ull : 0x8000000000000000ull) : 0;
  unsigned mbits = bits == 32 ? 23 : 52;
  uint64_t expmask = bits == 32 ? 0x7f800000ull : 0x7ff0000000000000ull;
  if (m == 3 && !memcmp(p, "inf", 3)) return *out = sign | expmask, 0;
  if (m == 3 && !memcmp(p, "nan", 3)) return *out = sign | expmask | (1ull << (mbits - 1)), 0;
  if (m > 6 && !memcmp(p, "nan:0x", 6)) {
    uint64_t pl;
    bool ovf;
    if (!lit_digits(p + 6, m - 6, 16, &pl, &ovf)) return 1;
    if (ovf || pl == 0 || pl >= (1ull << mbits)) return 2;
    return *out = sign | expmask | pl, 0;
  }
  /* Check the grammar (underscores only between digits) and copy without underscores. */
  bool hex = m > 2 && p[0] == '0' && p[1] == 'x';
  char stackbuf[128];
  char *buf = m + 8 <= sizeof stackbuf ? stackbuf : h_malloc(m + 8);
  if (!buf) return 3;
  size_t bn = 0, k = hex ? 2 : 0;
  int rc = 1;
  if (neg) buf[bn++] = '-';
  if (hex) buf[bn++] = '0', buf[bn++] = 'x';
  /* part 0: mantissa int, 1: fraction, 2: exponent */
  int part = 0;
  bool prev_digit = false, any_int = false, exp_digits = false;
  for (; k < m; k++) {
    unsigned char c = (unsigned char)p[k];
    bool isd = part == 2 ? (c >= '0' && c <= '9') : (hex ? hexval(c) >= 0 : (c >= '0' && c <= '9'));
    if (isd) {
      buf[bn++] = (char)c;
      prev_digit = true;
      if (part == 0) any_int = true;
      if (part == 2) exp_digits = true;
    } else if (c == '_') {
      if (!prev_digit || k + 1 == m) goto done;
      unsigned char nx = (unsigned char)p[k + 1];
      bool nd = part == 2 ? (nx >= '0' && nx <= '9') : (hex ? hexval(nx) >= 0 : (nx >= '0' && nx <= '9'));
      if (!nd) goto done;
      prev_digit = false;
    } else if (c == '.' && part == 0) {
      if (!any_int) goto done;
      buf[bn++] = '.';
      part = 1;
      prev_digit = false;
    } else if (part < 2 && ((!hex && (c == 'e' || c == 'E')) || (hex && (c == 'p' || c == 'P')))) {
      if (!any_int) goto done;
      buf[bn++] = (char)c;
      part = 2;
      prev_digit = false;
      if (k + 1 < m && (p[k + 1] == '+' || p[k + 1] == '-')) buf[bn++] = p[++k];
    } else {
      goto done;
    }
  }
  if (!any_int || (part == 2 && !exp_digits)) goto done;
  buf[bn] = 0;
  pthread_once(&c_locale_once, c_locale_init);
  char *end;
  errno = 0;
  if (bits == 32) {
    float f = c_locale ? strtof_l(buf, &end, c_locale) : strtof(buf, &end);
    if (*end) goto done;
    if (isinf(f)) {
      rc = 2;
      goto done;
    }
    uint32_t b;
    memcpy(&b, &f, 4);
    *out = b;
  } else {
    double d = c_locale ? strtod_l(buf, &end, c_locale) : strtod(buf, &end);
    if (*end) goto done;
    if (isinf(d)) {
      rc = 2;
      goto done;
    }
    memcpy(out, &d, 8);
  }
  rc = 0;
done:
  if (buf != stackbuf) h_free(buf);
  return rc;
}

/* Decodes the string token t (quotes included) into b (appended). */
static void str_decode(W *w, const h_wat_tok *t, wbuf *b) {
  const char *s = w->src + t->off + 1, *e = w->src + t->off + t->len - 1;
  if (t->kind == H_TK_ID) s++; /* $"..." */
  while (s < e) {
    if (*s != '\\') {
      b_byte(w, b, (uint8_t)*s++);
      continue;
    }
    char c = s[1];
    s += 2;
    switch (c) {
    case 't': b_byte(w, b, '\t'); break;
    case 'n': b_byte(w, b, '\n'); break;
    case 'r': b_byte(w, b, '\r'); break;
    case '"': b_byte(w, b, '"'); break;
    case '\'': b_byte(w, b, '\''); break;
    case '\\': b_byte(w, b, '\\'); break;
    case 'u': {
      uint32_t cp = 0;
      s++; /* '{' */
      while (*s != '}') {
        if (*s != '_') cp = cp * 16 + (uint32_t)hexval((unsigned char)*s);
        s++;
      }
      s++;
      if (cp < 0x80) {
        b_byte(w, b, (uint8_t)cp);
      } else if (cp < 0x800) {
        b_byte(w, b, (uint8_t)(0xc0 | (cp >> 6)));
        b_byte(w, b, (uint8_t)(0x80 | (cp & 0x3f)));
      } else if (cp < 0x10000) {
        b_byte(w, b, (uint8_t)(0xe0 | (cp >> 12)));
        b_byte(w, b, (uint8_t)(0x80 | ((cp >> 6) & 0x3f)));
        b_byte(w, b, (uint8_t)(0x80 | (cp & 0x3f)));
      } else {
        b_byte(w, b, (uint8_t)(0xf0 | (cp >> 18)));
        b_byte(w, b, (uint8_t)(0x80 | ((cp >> 12) & 0x3f)));
        b_byte(w, b, (uint8_t)(0x80 | ((cp >> 6) & 0x3f)));
        b_byte(w, b, (uint8_t)(0x80 | (cp & 0x3f)));
      }
      break;
    }
    default:
      b_byte(w, b, (uint8_t)(hexval((unsigned char)c) * 16 + hexval((unsigned char)s[0])));
      s++;
    }
  }
}

/* ------------------------------------------------------------------ token helpers */

static h_wat_tok *cur(W *w) { return &w->t[w->i]; }

static bool atom_eq(const W *w, size_t i, const char *kw) {
  const h_wat_tok *t = &w->t[i];
  size_t n = strlen(kw);
  return t->kind == H_TK_ATOM && t->len == n && !memcmp(w->src + t->off, kw, n);
}

static bool atom_prefix(const W *w, size_t i, const char *pre) {
  const h_wat_tok *t = &w->t[i];
  size_t n = strlen(pre);
  return t->kind == H_TK_ATOM && t->len >= n && !memcmp(w->src + t->off, pre, n);
}

static bool at_lpar_kw(const W *w, const char *kw) {
  return w->t[w->i].kind == H_TK_LPAR && atom_eq(w, w->i + 1, kw);
}

static void expect_rpar(W *w) {
  if (cur(w)->kind != H_TK_RPAR) FAIL(w, "unexpected token, expected ')'");
  w->i++;
}

static void expect_lpar_kw(W *w, const char *kw) {
  if (!at_lpar_kw(w, kw)) FAIL(w, "unexpected token, expected '(%s'", kw);
  w->i += 2;
}

/* Skips to after the ')' that closes the '(' at token index open. */
static void skip_to_close(W *w, size_t open) { w->i = (size_t)w->t[open].match + 1; }

static bool at_index(const W *w) {
  const h_wat_tok *t = &w->t[w->i];
  if (t->kind == H_TK_ID) return true;
  if (t->kind != H_TK_ATOM) return false;
  char c = w->src[t->off];
  return c >= '0' && c <= '9';
}

static uint32_t u32_lit(W *w) {
  h_wat_tok *t = cur(w);
  bool neg;
  uint64_t v;
  int r = t->kind == H_TK_ATOM ? lit_int(w->src + t->off, t->len, false, &neg, &v) : 1;
  if (r == 1) FAIL(w, "unexpected token, expected a number");
  if (r == 2 || v > UINT32_MAX) FAIL(w, "i32 constant out of range");
  w->i++;
  return (uint32_t)v;
}

static uint64_t u64_lit(W *w) {
  h_wat_tok *t = cur(w);
  bool neg;
  uint64_t v;
  int r = t->kind == H_TK_ATOM ? lit_int(w->src + t->off, t->len, false, &neg, &v) : 1;
  if (r == 1) FAIL(w, "unexpected token, expected a number");
  if (r == 2) FAIL(w, "i64 constant out of range");
  w->i++;
  return v;
}

static const char *tok_text(const W *w, const h_wat_tok *t) { return w->src + t->off; }

static bool utf8_valid(const uint8_t *p, size_t n) {
  for (size_t k = 0; k < n;) {
    uint8_t c = p[k];
    size_t len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
    if (!len || k + len > n) return false;
    uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 0x07;
    for (size_t j = 1; j < len; j++) {
      if ((p[k + j] & 0xc0) != 0x80) return false;
      cp = cp << 6 | (p[k + j] & 0x3f);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
        (cp >= 0xd800 && cp < 0xe000))
      return false;
    k += len;
  }
  return true;
}

/* The name of an identifier token as it is bound and compared: its text, or for a 3.0 quoted
 * identifier $"..." the '$' and the decoded string (so $"a" and $a are the same name). */
static void id_text(W *w, const h_wat_tok *t, const char **s, uint32_t *len) {
  const char *p = tok_text(w, t);
  if (t->len < 3 || p[1] != '"') {
    *s = p;
    *len = t->len;
    return;
  }
  w->idtmp.n = 0;
  b_byte(w, &w->idtmp, '$');
  str_decode(w, t, &w->idtmp);
  if (w->idtmp.n == 1) fail_at(w, t->off, HEARTH_ERR_MALFORMED, "empty identifier");
  if (!utf8_valid(w->idtmp.p + 1, w->idtmp.n - 1))
    fail_at(w, t->off, HEARTH_ERR_MALFORMED, "malformed UTF-8 encoding in identifier");
  w->idstrs = grow(w, w->idstrs, sizeof *w->idstrs, &w->capidstrs, w->nidstrs + 1);
  char *copy = h_malloc(w->idtmp.n);
  if (!copy) {
    h_err(HEARTH_ERR_NOMEM, "out of memory reading text");
    fail_status(w, HEARTH_ERR_NOMEM);
  }
  memcpy(copy, w->idtmp.p, w->idtmp.n);
  w->idstrs[w->nidstrs++] = copy;
  *s = copy;
  *len = (uint32_t)w->idtmp.n;
}

/* Index or symbolic name in space sp. */
static uint32_t index_in(W *w, int sp) {
  h_wat_tok *t = cur(w);
  if (t->kind == H_TK_ID) {
    uint32_t v, len;
    const char *s;
    id_text(w, t, &s, &len);
    const nmap *m = sp < 0 ? &w->locals : &w->names[sp];
    if (!nmap_get(m, s, len, &v))
      FAIL(w, "unknown %s %.*s", sp < 0 ? "local" : sp_names[sp], (int)t->len, tok_text(w, t));
    w->i++;
    return v;
  }
  if (!at_index(w)) FAIL(w, "unexpected token, expected a %s index", sp < 0 ? "local" : sp_names[sp]);
  return u32_lit(w);
}

/* Optional $id: returns true and the name. */
static bool opt_id(W *w, const char **s, uint32_t *len) {
  h_wat_tok *t = cur(w);
  if (t->kind != H_TK_ID) return false;
  id_text(w, t, s, len);
  w->i++;
  return true;
}

/* ------------------------------------------------------------------ types */

/* Value types are read as h_vt (internal.h: representation, non-null bit, heap type with type
 * indices) and kept in the type buffers (tu, tpool, lt) as 4 bytes little-endian each (b_vt), so
 * that equal types compare equal bytewise; emit_vt writes the binary form. */
static bool is_valtype_atom(W *w, size_t i, h_vt *vt) {
  static const struct {
    const char *n;
    h_vt t;
  } tab[] = {{"i32", H_T_I32},   {"i64", H_T_I64},         {"f32", H_T_F32},
             {"f64", H_T_F64},   {"v128", H_T_V128},       {"funcref", H_T_FUNCREF},
             {"externref", H_T_EXTERNREF}, {"exnref", H_T_EXNREF},
             {"nullfuncref", H_T_FUNCREF | H_HT_BOT << 9},
             {"nullexternref", H_T_EXTERNREF | H_HT_BOT << 9},
             {"nullexnref", H_T_EXNREF | H_HT_BOT << 9},
             {"anyref", H_T_ANYREF}, {"eqref", H_T_ANYREF | H_HT_EQ << 9},
             {"i31ref", H_T_ANYREF | H_HT_I31 << 9}, {"structref", H_T_ANYREF | H_HT_STRUCT << 9},
             {"arrayref", H_T_ANYREF | H_HT_ARRAY << 9}, {"nullref", H_T_ANYREF | H_HT_BOT << 9}};
  for (size_t k = 0; k < sizeof tab / sizeof tab[0]; k++)
    if (atom_eq(w, i, tab[k].n)) {
      *vt = tab[k].t;
      return true;
    }
  return false;
}

static uint32_t index_in(W *w, int space);

/* A heap type (func, extern, exn, nofunc, noextern, noexn, GC's any, eq, i31, struct, array,
 * none, or a type index) as the nullable reference type to it. */
static h_vt heap_vt(W *w) {
  static const struct {
    const char *n;
    h_vt t;
  } tab[] = {{"func", H_T_FUNCREF}, {"extern", H_T_EXTERNREF}, {"exn", H_T_EXNREF},
             {"nofunc", H_T_FUNCREF | H_HT_BOT << 9}, {"noextern", H_T_EXTERNREF | H_HT_BOT << 9},
             {"noexn", H_T_EXNREF | H_HT_BOT << 9}, {"any", H_T_ANYREF},
             {"eq", H_T_ANYREF | H_HT_EQ << 9}, {"i31", H_T_ANYREF | H_HT_I31 << 9},
             {"struct", H_T_ANYREF | H_HT_STRUCT << 9}, {"array", H_T_ANYREF | H_HT_ARRAY << 9},
             {"none", H_T_ANYREF | H_HT_BOT << 9}};
  for (size_t k = 0; k < sizeof tab / sizeof tab[0]; k++)
    if (atom_eq(w, w->i, tab[k].n)) return w->i++, tab[k].t;
  if (at_index(w)) {
    uint32_t x = index_in(w, SP_TYPE);
    if (x >= H_MAX_TYPES) FAIL(w, "unknown type %u", x);
    return h_vt_make(H_T_FUNCREF, false, H_HT_IDX + x);
  }
  FAIL(w, "unexpected token, expected a heap type");
}

/* (ref null? heaptype) */
static bool ref_form(W *w, h_vt *out) {
  if (!at_lpar_kw(w, "ref")) return false;
  w->i += 2;
  bool null = atom_eq(w, w->i, "null");
  if (null) w->i++;
  *out = heap_vt(w) | (null ? 0 : H_VT_NONNULL);
  expect_rpar(w);
  return true;
}

static h_vt valtype(W *w) {
  h_vt vt;
  if (is_valtype_atom(w, w->i, &vt)) {
    w->i++;
    return vt;
  }
  if (ref_form(w, &vt)) return vt;
  FAIL(w, "unexpected token, expected a value type");
}

static h_vt reftype(W *w) {
  h_vt vt;
  if (is_valtype_atom(w, w->i, &vt) && h_is_ref(h_vt_rep(vt))) {
    w->i++;
    return vt;
  }
  if (ref_form(w, &vt)) return vt;
  FAIL(w, "unexpected token, expected a reference type");
}

/* A value type into a type buffer (4 bytes), and back. */
static void b_vt(W *w, wbuf *o, h_vt t) {
  uint8_t b[4] = {(uint8_t)t, (uint8_t)(t >> 8), (uint8_t)(t >> 16), (uint8_t)(t >> 24)};
  b_bytes(w, o, b, 4);
}
static h_vt vt_at(const uint8_t *p) {
  return (h_vt)p[0] | (h_vt)p[1] << 8 | (h_vt)p[2] << 16 | (h_vt)p[3] << 24;
}

/* The binary form of a heap type (for ref.null and reference types). */
static void emit_heap(W *w, wbuf *o, h_vt t) {
  uint32_t h = h_vt_heap(t);
  if (h >= H_HT_IDX) return b_sleb(w, o, (int64_t)(h - H_HT_IDX));
  static const uint8_t bot[4] = {0x73, 0x72, 0x74, 0x71};
  static const uint8_t gc[4] = {0x6D, 0x6C, 0x6B, 0x6A}; /* eq, i31, struct, array */
  uint8_t rep = h_vt_rep(t);
  unsigned k = rep == H_T_FUNCREF ? 0 : rep == H_T_EXTERNREF ? 1 : rep == H_T_EXNREF ? 2 : 3;
  if (h >= H_HT_EQ) return b_byte(w, o, gc[h - H_HT_EQ]);
  b_byte(w, o, h == H_HT_BOT ? bot[k] : rep);
}

/* The binary form of a value type: one byte for 2.0's types and nullable abstract references,
 * else 0x63/0x64 and the heap type. */
static void emit_vt(W *w, wbuf *o, h_vt t) {
  if (t <= 0xFF) return b_byte(w, o, (uint8_t)t);
  if (!(t & H_VT_NONNULL) && h_vt_heap(t) < H_HT_IDX) return emit_heap(w, o, t); /* shorthand */
  b_byte(w, o, (t & H_VT_NONNULL) ? 0x64 : 0x63);
  emit_heap(w, o, t);
}

static uint32_t type_hash(const uint8_t *p, uint32_t np, uint32_t nr) {
  uint32_t h = name_hash((const char *)p, 4 * (np + nr));
  return h ^ (np * 0x9e3779b1u);
}

static bool type_eq(W *w, uint32_t k, const uint8_t *p, uint32_t np, uint32_t nr) {
  const ftype *f = &w->types[k];
  return f->np == np && f->nr == nr &&
         (np + nr == 0 || !memcmp(w->tpool.p + f->off, p, 4 * (size_t)(np + nr)));
}

/* Looks a type up among the indexed ones (the first of equal types is indexed). */
static bool type_find(W *w, const uint8_t *p, uint32_t np, uint32_t nr, uint32_t *out) {
  if (!w->thcap) return false;
  uint32_t mask = w->thcap - 1;
  for (uint32_t k = type_hash(p, np, nr) & mask;; k = (k + 1) & mask) {
    uint32_t v = w->thash[k];
    if (!v) return false;
    if (type_eq(w, v - 1, p, np, nr)) return *out = v - 1, true;
  }
}

static void type_index_insert(W *w, uint32_t idx) {
  const ftype *f = &w->types[idx];
  uint32_t dummy;
  if (f->sub || f->gsize != 1 || f->kind != 0x60) return; /* type uses match plain func types */
  if (type_find(w, w->tpool.p + f->off, f->np, f->nr, &dummy)) return;
  if ((w->thn + 1) * 2 > w->thcap) {
    size_t nc = w->thcap ? (size_t)w->thcap * 2 : 64;
    uint32_t *nh = h_calloc(nc, sizeof *nh);
    if (!nh) {
      h_err(HEARTH_ERR_NOMEM, "out of memory reading text");
      fail_status(w, HEARTH_ERR_NOMEM);
    }
    uint32_t *old = w->thash, oldcap = w->thcap;
    w->thash = nh;
    w->thcap = (uint32_t)nc;
    w->thn = 0;
    for (uint32_t k = 0; k < oldcap; k++)
      if (old[k]) type_index_insert(w, old[k] - 1);
    h_free(old);
  }
  f = &w->types[idx];
  uint32_t mask = w->thcap - 1;
  uint32_t k = type_hash(w->tpool.p + f->off, f->np, f->nr) & mask;
  while (w->thash[k]) k = (k + 1) & mask;
  w->thash[k] = idx + 1;
  w->thn++;
}

static uint32_t type_add(W *w, const uint8_t *p, uint32_t np, uint32_t nr) {
  if (w->ntypes >= UINT32_MAX - 1) FAIL(w, "too many types");
  w->types = grow(w, w->types, sizeof *w->types, &w->captypes, w->ntypes + 1);
  size_t off = w->tpool.n;
  b_bytes(w, &w->tpool, p, 4 * (size_t)(np + nr));
  w->types[w->ntypes] = (ftype){.off = (uint32_t)off, .np = np, .nr = nr, .gsize = 1,
                                .super = UINT32_MAX, .final = true, .kind = 0x60};
  uint32_t idx = (uint32_t)w->ntypes++;
  type_index_insert(w, idx);
  return idx;
}

/* A type definition of the type section (sub, final, super as written). */
static uint32_t type_add_def(W *w, const uint8_t *p, uint32_t np, uint32_t nr, bool sub,
                             bool final, uint32_t super, uint8_t kind) {
  if (w->ntypes >= UINT32_MAX - 1) FAIL(w, "too many types");
  w->types = grow(w, w->types, sizeof *w->types, &w->captypes, w->ntypes + 1);
  size_t off = w->tpool.n;
  b_bytes(w, &w->tpool, p, 4 * (size_t)(np + nr));
  w->types[w->ntypes] = (ftype){.off = (uint32_t)off, .np = np, .nr = nr, .gsize = 1,
                                .super = super, .sub = sub, .final = final, .kind = kind};
  uint32_t idx = (uint32_t)w->ntypes++;
  if (!w->in_rec) type_index_insert(w, idx);
  return idx;
}

/* (param ...)* (result ...)* into w->tu (params first). With names, param ids are bound as locals
 * 0..np-1 (duplicate -> "duplicate local"); without, a param id is an error. */
static void params_results(W *w, bool names, uint32_t *np, uint32_t *nr) {
  w->tu.n = 0;
  *np = *nr = 0;
  while (at_lpar_kw(w, "param")) {
    w->i += 2;
    const char *s;
    uint32_t len;
    if (opt_id(w, &s, &len)) {
      if (!names) FAIL(w, "unexpected token: named parameter here");
      if (!nmap_put(w, &w->locals, s, len, *np)) fail_at(w, w->t[w->i - 1].off, HEARTH_ERR_MALFORMED, "duplicate local %.*s", (int)len, s);
      b_vt(w, &w->tu, valtype(w));
      (*np)++;
    } else {
      while (cur(w)->kind != H_TK_RPAR) b_vt(w, &w->tu, valtype(w)), (*np)++;
    }
    expect_rpar(w);
  }
  while (at_lpar_kw(w, "result")) {
    w->i += 2;
    while (cur(w)->kind != H_TK_RPAR) b_vt(w, &w->tu, valtype(w)), (*nr)++;
    expect_rpar(w);
  }
  if (at_lpar_kw(w, "param")) FAIL(w, "unexpected token: param after result");
}

/* typeuse: (type x)? params results. Returns the type index (implicit types are added). *np_out
 * is the parameter count (0 when the type is unknown: the validator reports that). */
static uint32_t typeuse(W *w, bool names, uint32_t *np_out) {
  uint32_t x = 0, np, nr;
  bool explicit_type = false;
  if (at_lpar_kw(w, "type")) {
    w->i += 2;
    x = index_in(w, SP_TYPE);
    expect_rpar(w);
    explicit_type = true;
  }
  size_t start = w->i;
  params_results(w, names, &np, &nr);
  bool inline_given = w->i != start;
  if (explicit_type) {
    if (inline_given && x >= w->count[SP_TYPE])
      fail_at(w, w->t[start].off, HEARTH_ERR_MALFORMED, "unknown type %u", x);
    if (x < w->ntypes) {
      if (inline_given && !type_eq(w, x, w->tu.p, np, nr))
        fail_at(w, w->t[start].off, HEARTH_ERR_MALFORMED, "inline function type does not match (type %u)", x);
      if (np_out) *np_out = w->types[x].np;
    } else if (np_out) {
      *np_out = inline_given ? np : 0;
    }
    return x;
  }
  if (np_out) *np_out = np;
  uint32_t found;
  if (type_find(w, w->tu.p, np, nr, &found)) return found;
  return type_add(w, w->tu.p, np, nr);
}

static void limits(W *w, wbuf *o, bool table) {
  (void)table;
  /* i64: memory64 / table64 (3.0), limits flags 4 and 5 */
  uint8_t flag64 = atom_eq(w, w->i, "i64") ? 4 : 0;
  if (atom_eq(w, w->i, "i64") || atom_eq(w, w->i, "i32")) w->i++;
  /* Limits are read as u64 (memory64 / table64 ones are); a value past u32 fails in the decoder
   * ("integer too large"), which is where a 2.0 module rejects it. */
  uint64_t min = u64_lit(w);
  bool has_max = at_index(w) && cur(w)->kind == H_TK_ATOM;
  uint64_t max = has_max ? u64_lit(w) : 0;
  if (atom_eq(w, w->i, "shared")) UNSUPPORTED(w, "shared memory (threads)");
  if (at_lpar_kw(w, "pagesize")) UNSUPPORTED(w, "custom page sizes");
  b_byte(w, o, (uint8_t)(flag64 | (has_max ? 1 : 0)));
  b_uleb(w, o, min);
  if (has_max) b_uleb(w, o, max);
}

static void globaltype(W *w, wbuf *o) {
  if (at_lpar_kw(w, "mut")) {
    w->i += 2;
    emit_vt(w, o, valtype(w));
    b_byte(w, o, 1);
    expect_rpar(w);
  } else {
    emit_vt(w, o, valtype(w));
    b_byte(w, o, 0);
  }
}

/* ------------------------------------------------------------------ instruction table */

enum imm {
  IM_NONE, IM_BLOCK, IM_LABEL, IM_BRTABLE, IM_FUNC, IM_CALLIND, IM_LOCAL, IM_GLOBAL, IM_MEMARG,
  IM_LANE, IM_MEMLANE, IM_SHUFFLE, IM_I32, IM_I64, IM_F32, IM_F64, IM_V128, IM_SELECT, IM_REFNULL,
  IM_TABLE, IM_TABLECOPY, IM_TABLEINIT, IM_ELEM, IM_MEM, IM_MEMCOPY, IM_MEMINIT, IM_DATA,
  IM_UNSUPPORTED, IM_TAG, IM_TYPEIDX,
  IM_FIELD, IM_TYPE_N, IM_TYPE_DATA, IM_TYPE_ELEM, IM_TYPE2, IM_REFTEST, IM_BRCAST /* GC */
};

typedef struct opdef {
  const char *name;
  uint8_t prefix, imm, align;
  uint32_t code;
  const char *feature; /* IM_UNSUPPORTED: the 3.0 feature */
} opdef;

/* Instructions whose immediates are not generic, and the 3.0 ones hearth does not implement. */
#define WAT_OPS_SPECIAL(O)                                                                       \
  O("unreachable", 0, 0x00, IM_NONE) O("nop", 0, 0x01, IM_NONE) O("block", 0, 0x02, IM_BLOCK)    \
  O("loop", 0, 0x03, IM_BLOCK) O("if", 0, 0x04, IM_BLOCK) O("br", 0, 0x0C, IM_LABEL)             \
  O("br_if", 0, 0x0D, IM_LABEL) O("br_table", 0, 0x0E, IM_BRTABLE) O("return", 0, 0x0F, IM_NONE) \
  O("call", 0, 0x10, IM_FUNC) O("call_indirect", 0, 0x11, IM_CALLIND) O("drop", 0, 0x1A, IM_NONE) \
  O("select", 0, 0x1B, IM_SELECT) O("local.get", 0, 0x20, IM_LOCAL)                              \
  O("local.set", 0, 0x21, IM_LOCAL) O("local.tee", 0, 0x22, IM_LOCAL)                            \
  O("global.get", 0, 0x23, IM_GLOBAL) O("global.set", 0, 0x24, IM_GLOBAL)                        \
  O("table.get", 0, 0x25, IM_TABLE) O("table.set", 0, 0x26, IM_TABLE)                            \
  O("memory.size", 0, 0x3F, IM_MEM) O("memory.grow", 0, 0x40, IM_MEM)                            \
  O("i32.const", 0, 0x41, IM_I32) O("i64.const", 0, 0x42, IM_I64) O("f32.const", 0, 0x43, IM_F32) \
  O("f64.const", 0, 0x44, IM_F64) O("ref.null", 0, 0xD0, IM_REFNULL)                             \
  O("ref.is_null", 0, 0xD1, IM_NONE) O("ref.func", 0, 0xD2, IM_FUNC)                             \
  O("memory.init", 0xFC, 8, IM_MEMINIT) O("data.drop", 0xFC, 9, IM_DATA)                         \
  O("memory.copy", 0xFC, 10, IM_MEMCOPY) O("memory.fill", 0xFC, 11, IM_MEM)                      \
  O("table.init", 0xFC, 12, IM_TABLEINIT) O("elem.drop", 0xFC, 13, IM_ELEM)                      \
  O("table.copy", 0xFC, 14, IM_TABLECOPY) O("table.grow", 0xFC, 15, IM_TABLE)                    \
  O("table.size", 0xFC, 16, IM_TABLE) O("table.fill", 0xFC, 17, IM_TABLE)                        \
  O("v128.const", 0xFD, 12, IM_V128) O("return_call", 0, 0x12, IM_FUNC)                         \
  O("return_call_indirect", 0, 0x13, IM_CALLIND) O("throw", 0, 0x08, IM_TAG)                   \
  O("throw_ref", 0, 0x0A, IM_NONE) O("rethrow", 0, 0x09, IM_LABEL) O("try_table", 0, 0x1F, IM_BLOCK) \
  O("try", 0, 0x06, IM_BLOCK) O("call_ref", 0, 0x14, IM_TYPEIDX)                                \
  O("return_call_ref", 0, 0x15, IM_TYPEIDX) O("ref.as_non_null", 0, 0xD4, IM_NONE)               \
  O("br_on_null", 0, 0xD5, IM_LABEL) O("br_on_non_null", 0, 0xD6, IM_LABEL)                     \
  O("ref.eq", 0, 0xD3, IM_NONE)                                                                  \
  O("struct.new", 0xFB, 0, IM_TYPEIDX) O("struct.new_default", 0xFB, 1, IM_TYPEIDX)              \
  O("struct.get", 0xFB, 2, IM_FIELD) O("struct.get_s", 0xFB, 3, IM_FIELD)                        \
  O("struct.get_u", 0xFB, 4, IM_FIELD) O("struct.set", 0xFB, 5, IM_FIELD)                        \
  O("array.new", 0xFB, 6, IM_TYPEIDX) O("array.new_default", 0xFB, 7, IM_TYPEIDX)               \
  O("array.new_fixed", 0xFB, 8, IM_TYPE_N) O("array.new_data", 0xFB, 9, IM_TYPE_DATA)            \
  O("array.new_elem", 0xFB, 10, IM_TYPE_ELEM) O("array.get", 0xFB, 11, IM_TYPEIDX)               \
  O("array.get_s", 0xFB, 12, IM_TYPEIDX) O("array.get_u", 0xFB, 13, IM_TYPEIDX)                  \
  O("array.set", 0xFB, 14, IM_TYPEIDX) O("array.len", 0xFB, 15, IM_NONE)                         \
  O("array.fill", 0xFB, 16, IM_TYPEIDX) O("array.copy", 0xFB, 17, IM_TYPE2)                      \
  O("array.init_data", 0xFB, 18, IM_TYPE_DATA) O("array.init_elem", 0xFB, 19, IM_TYPE_ELEM)      \
  O("ref.test", 0xFB, 20, IM_REFTEST) O("ref.cast", 0xFB, 22, IM_REFTEST)                        \
  O("br_on_cast", 0xFB, 24, IM_BRCAST) O("br_on_cast_fail", 0xFB, 25, IM_BRCAST)                 \
  O("any.convert_extern", 0xFB, 26, IM_NONE) O("extern.convert_any", 0xFB, 27, IM_NONE)          \
  O("ref.i31", 0xFB, 28, IM_NONE) O("i31.get_s", 0xFB, 29, IM_NONE)                              \
  O("i31.get_u", 0xFB, 30, IM_NONE)


/* Generic instructions come from the engine's own list (ops.h): the text name is the lower-cased
 * internal name with its first '_' turned into '.' (I32_LOAD8_S -> i32.load8_s). */
#define WAT_X_NAME(NAME, PREFIX, CODE, SHAPE, RES, T1, T2, T3, IMM) #NAME,
#define WAT_X_DEF(NAME, PREFIX, CODE, SHAPE, RES, T1, T2, T3, IMM)                               \
  {NULL, PREFIX, (uint8_t)(H_SH_##SHAPE == H_SH_LOAD || H_SH_##SHAPE == H_SH_STORE ? IM_MEMARG   \
                           : H_SH_##SHAPE == H_SH_LANE || H_SH_##SHAPE == H_SH_REPLACE ? IM_LANE \
                           : H_SH_##SHAPE == H_SH_SHUFFLE                          ? IM_SHUFFLE \
                           : H_SH_##SHAPE == H_SH_LOAD_LANE ||                                   \
                                   H_SH_##SHAPE == H_SH_STORE_LANE                 ? IM_MEMLANE \
                                                                                   : IM_NONE),   \
   (uint8_t)(IMM), CODE, NULL},
#define WAT_O_DEF(N, P, C, I) {N, P, I, 0, C, NULL},

static const char *const gen_names[] = {H_OPS_MEMORY(WAT_X_NAME) H_OPS_NUMERIC(WAT_X_NAME)
                                            H_OPS_SIMD(WAT_X_NAME)};
#define N_GEN (sizeof gen_names / sizeof gen_names[0])
static const opdef gen_defs[] = {H_OPS_MEMORY(WAT_X_DEF) H_OPS_NUMERIC(WAT_X_DEF)
                                     H_OPS_SIMD(WAT_X_DEF)};
static const opdef special_defs[] = {WAT_OPS_SPECIAL(WAT_O_DEF)};
#define N_SPECIAL (sizeof special_defs / sizeof special_defs[0])

static opdef g_ops[N_GEN + N_SPECIAL];
static char g_opnames[N_GEN][40];
static size_t g_nops;
static pthread_once_t g_ops_once = PTHREAD_ONCE_INIT;

static int opdef_cmp(const void *a, const void *b) {
  return strcmp(((const opdef *)a)->name, ((const opdef *)b)->name);
}

static void ops_init(void) {
  size_t n = 0;
  for (size_t k = 0; k < N_SPECIAL; k++) g_ops[n++] = special_defs[k];
  for (size_t k = 0; k < N_GEN; k++) {
    const char *s = gen_names[k];
    size_t l = strlen(s);
    assert(l < sizeof g_opnames[k]);
    bool dot = false;
    for (size_t c = 0; c <= l; c++) {
      char ch = s[c];
      if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
      if (ch == '_' && !dot) ch = '.', dot = true;
      g_opnames[k][c] = ch;
    }
    g_ops[n] = gen_defs[k];
    g_ops[n].name = g_opnames[k];
    n++;
  }
  qsort(g_ops, n, sizeof *g_ops, opdef_cmp);
  g_nops = n;
}

static const opdef *op_lookup(const char *s, size_t len) {
  pthread_once(&g_ops_once, ops_init);
  size_t lo = 0, hi = g_nops;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const char *nm = g_ops[mid].name;
    int c = strncmp(nm, s, len);
    if (c == 0 && nm[len]) c = 1;
    if (c == 0) return &g_ops[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

/* ------------------------------------------------------------------ instructions */

static void instr_seq(W *w, wbuf *o);

static void label_push(W *w, const char *s, uint32_t len) {
  w->labels = grow(w, w->labels, sizeof *w->labels, &w->caplabels, w->nlabels + 1);
  w->labels[w->nlabels++] = (label){.s = s, .len = len};
}

static uint32_t label_index(W *w) {
  h_wat_tok *t = cur(w);
  if (t->kind == H_TK_ID) {
    const char *s;
    uint32_t len;
    id_text(w, t, &s, &len);
    for (size_t k = w->nlabels; k-- > 0;)
      if (w->labels[k].s && w->labels[k].len == len && !memcmp(w->labels[k].s, s, len)) {
        w->i++;
        return (uint32_t)(w->nlabels - 1 - k);
      }
    FAIL(w, "unknown label %.*s", (int)t->len, tok_text(w, t));
  }
  if (!at_index(w)) FAIL(w, "unexpected token, expected a label");
  return u32_lit(w);
}

/* blocktype: (type x)? (param t*)* (result t*)*, encoded into o. */
static void blocktype(W *w, wbuf *o) {
  if (!at_lpar_kw(w, "type") && !at_lpar_kw(w, "param")) {
    uint32_t np, nr;
    size_t start = w->i;
    params_results(w, false, &np, &nr);
    if (nr == 0) return b_byte(w, o, 0x40);
    if (nr == 1) return emit_vt(w, o, vt_at(w->tu.p));
    w->i = start;
  }
  uint32_t x = typeuse(w, false, NULL);
  b_sleb(w, o, (int64_t)x);
}

/* After `end` or `else`: an optional id that must repeat the block's label. */
static void end_label(W *w, const char *ls, uint32_t ll) {
  h_wat_tok *t = cur(w);
  if (t->kind != H_TK_ID) return;
  const char *s;
  uint32_t len;
  id_text(w, t, &s, &len);
  if (!ls || ll != len || memcmp(ls, s, ll))
    FAIL(w, "mismatching label %.*s", (int)t->len, tok_text(w, t));
  w->i++;
}

static void memarg(W *w, wbuf *o, unsigned natural, bool allow_mem) {
  uint32_t mem = 0;
  if (allow_mem && at_index(w)) mem = index_in(w, SP_MEM);
  uint64_t offset = 0;
  uint32_t align = natural;
  if (atom_prefix(w, w->i, "offset=")) {
    h_wat_tok *t = cur(w);
    bool neg;
    int r = lit_int(tok_text(w, t) + 7, t->len - 7, false, &neg, &offset);
    if (r == 1) FAIL(w, "unknown operator: malformed offset");
    if (r == 2) FAIL(w, "i64 constant out of range: offset");
    w->i++;
  }
  if (atom_prefix(w, w->i, "align=")) {
    h_wat_tok *t = cur(w);
    bool neg;
    uint64_t a;
    int r = lit_int(tok_text(w, t) + 6, t->len - 6, false, &neg, &a);
    if (r == 1) FAIL(w, "unknown operator: malformed alignment");
    if (r == 2 || a == 0 || (a & (a - 1))) FAIL(w, "alignment must be a power of two");
    align = 0;
    while ((1ull << align) < a) align++;
    w->i++;
  }
  if (mem) {
    b_uleb(w, o, align | 0x40);
    b_uleb(w, o, mem);
  } else {
    b_uleb(w, o, align);
  }
  b_uleb(w, o, offset);
}

static uint8_t lane_lit(W *w) {
  h_wat_tok *t = cur(w);
  bool neg;
  uint64_t v;
  if (t->kind != H_TK_ATOM || lit_int(tok_text(w, t), t->len, false, &neg, &v) || v > 255)
    FAIL(w, "malformed lane index");
  w->i++;
  return (uint8_t)v;
}

static uint64_t int_imm(W *w, unsigned bits) {
  h_wat_tok *t = cur(w);
  uint64_t v;
  int r = t->kind == H_TK_ATOM ? h_wat_int(tok_text(w, t), t->len, bits, &v) : 1;
  if (r == 1) FAIL(w, "unknown operator: expected an i%u literal", bits);
  if (r) FAIL(w, "i%u constant out of range", bits);
  w->i++;
  return v;
}

static uint64_t float_imm(W *w, unsigned bits) {
  h_wat_tok *t = cur(w);
  uint64_t v;
  int r = t->kind == H_TK_ATOM ? h_wat_float(tok_text(w, t), t->len, bits, &v) : 1;
  if (r == 3) {
    h_err(HEARTH_ERR_NOMEM, "out of memory reading text");
    fail_status(w, HEARTH_ERR_NOMEM);
  }
  if (r == 1) FAIL(w, "unknown operator: expected an f%u literal", bits);
  if (r) FAIL(w, "constant out of range");
  w->i++;
  return v;
}

static void v128_imm(W *w, wbuf *o) {
  static const struct {
    const char *n;
    unsigned lanes, bits;
    bool fl;
  } shapes[] = {{"i8x16", 16, 8, false}, {"i16x8", 8, 16, false}, {"i32x4", 4, 32, false},
                {"i64x2", 2, 64, false}, {"f32x4", 4, 32, true},  {"f64x2", 2, 64, true}};
  for (size_t k = 0; k < 6; k++)
    if (atom_eq(w, w->i, shapes[k].n)) {
      w->i++;
      for (unsigned l = 0; l < shapes[k].lanes; l++) {
        if (cur(w)->kind != H_TK_ATOM) FAIL(w, "wrong number of lane literals");
        uint64_t v = shapes[k].fl ? float_imm(w, shapes[k].bits) : int_imm(w, shapes[k].bits);
        b_le(w, o, v, shapes[k].bits / 8);
      }
      return;
    }
  FAIL(w, "unexpected token, expected a v128 shape");
}

static void heaptype(W *w, wbuf *o) { emit_heap(w, o, heap_vt(w)); }

/* A field of struct type x: its name (scoped by the type) or index. */
static uint32_t field_index(W *w, uint32_t x) {
  if (cur(w)->kind == H_TK_ID) {
    const char *s;
    uint32_t len;
    id_text(w, cur(w), &s, &len);
    for (size_t k = 0; k < w->nflds; k++)
      if (w->flds[k].type == x && w->flds[k].len == len && !memcmp(w->flds[k].s, s, len)) {
        w->i++;
        return w->flds[k].idx;
      }
    FAIL(w, "unknown field %.*s", (int)len, s);
  }
  return (uint32_t)u64_lit(w);
}

/* Writes op and its immediates (the cursor is after the operator keyword). */
static void immediates(W *w, const opdef *op, wbuf *o) {
  if (op->imm == IM_SELECT) {
    if (at_lpar_kw(w, "result")) {
      size_t mark = w->tu.n;
      uint32_t n = 0;
      b_byte(w, o, 0x1C);
      while (at_lpar_kw(w, "result")) {
        w->i += 2;
        while (cur(w)->kind != H_TK_RPAR) b_vt(w, &w->tu, valtype(w)), n++;
        expect_rpar(w);
      }
      b_uleb(w, o, n);
      for (uint32_t k = 0; k < n; k++) emit_vt(w, o, vt_at(w->tu.p + mark + 4 * k));
      w->tu.n = mark;
    } else {
      b_byte(w, o, 0x1B);
    }
    return;
  }
  if (op->imm == IM_REFTEST) { /* ref.test / ref.cast (ref null? ht): the code says nullable */
    h_vt t = reftype(w);
    b_byte(w, o, op->prefix);
    b_uleb(w, o, op->code + ((t & H_VT_NONNULL) ? 0 : 1));
    return emit_heap(w, o, t);
  }
  if (op->prefix) {
    b_byte(w, o, op->prefix);
    b_uleb(w, o, op->code);
  } else {
    b_byte(w, o, (uint8_t)op->code);
  }
  switch (op->imm) {
  case IM_NONE:
    return;
  case IM_LABEL:
    return b_uleb(w, o, label_index(w));
  case IM_BRTABLE: {
    w->nbrt = 0;
    while (at_index(w)) {
      uint32_t l = label_index(w);
      w->brt = grow(w, w->brt, sizeof *w->brt, &w->capbrt, w->nbrt + 1);
      w->brt[w->nbrt++] = l;
    }
    if (!w->nbrt) FAIL(w, "unexpected token, expected a label");
    b_uleb(w, o, w->nbrt - 1);
    for (size_t k = 0; k < w->nbrt; k++) b_uleb(w, o, w->brt[k]);
    return;
  }
  case IM_FUNC:
    return b_uleb(w, o, index_in(w, SP_FUNC));
  case IM_TYPEIDX:
    return b_uleb(w, o, index_in(w, SP_TYPE));
  case IM_CALLIND: {
    uint32_t table = at_index(w) ? index_in(w, SP_TABLE) : 0;
    uint32_t x = typeuse(w, false, NULL);
    b_uleb(w, o, x);
    return b_uleb(w, o, table);
  }
  case IM_LOCAL:
    return b_uleb(w, o, index_in(w, -1));
  case IM_GLOBAL:
    return b_uleb(w, o, index_in(w, SP_GLOBAL));
  case IM_MEMARG:
    return memarg(w, o, op->align, true);
  case IM_LANE:
    return b_byte(w, o, lane_lit(w));
  case IM_MEMLANE: {
    /* memidx? memarg lane: a memory index is there when an index precedes another number. */
    size_t nx = w->i + 1;
    bool mem = cur(w)->kind == H_TK_ID ||
               (at_index(w) && w->t[nx].kind == H_TK_ATOM &&
                ((w->src[w->t[nx].off] >= '0' && w->src[w->t[nx].off] <= '9') ||
                 atom_prefix(w, nx, "offset=") || atom_prefix(w, nx, "align=")));
    memarg(w, o, op->align, mem);
    return b_byte(w, o, lane_lit(w));
  }
  case IM_SHUFFLE:
    for (int k = 0; k < 16; k++) b_byte(w, o, lane_lit(w));
    return;
  case IM_I32:
    return b_sleb(w, o, (int64_t)(int32_t)(uint32_t)int_imm(w, 32));
  case IM_I64:
    return b_sleb(w, o, (int64_t)int_imm(w, 64));
  case IM_F32:
    return b_le(w, o, float_imm(w, 32), 4);
  case IM_F64:
    return b_le(w, o, float_imm(w, 64), 8);
  case IM_V128:
    return v128_imm(w, o);
  case IM_REFNULL:
    return heaptype(w, o);
  case IM_TABLE:
    return b_uleb(w, o, at_index(w) ? index_in(w, SP_TABLE) : 0);
  case IM_TABLECOPY: {
    uint32_t a = 0, b = 0;
    if (at_index(w)) {
      a = index_in(w, SP_TABLE);
      b = index_in(w, SP_TABLE);
    }
    b_uleb(w, o, a);
    return b_uleb(w, o, b);
  }
  case IM_TABLEINIT: {
    size_t save = w->i;
    uint32_t table = 0, elem;
    /* table.init x y (table, elem) or table.init y (elem) */
    if (at_index(w)) {
      w->i++;
      bool two = at_index(w);
      w->i = save;
      if (two) table = index_in(w, SP_TABLE);
    }
    elem = index_in(w, SP_ELEM);
    b_uleb(w, o, elem);
    return b_uleb(w, o, table);
  }
  case IM_ELEM:
    return b_uleb(w, o, index_in(w, SP_ELEM));
  case IM_MEM:
    return b_uleb(w, o, at_index(w) ? index_in(w, SP_MEM) : 0);
  case IM_MEMCOPY: {
    uint32_t a = 0, b = 0;
    if (at_index(w)) {
      a = index_in(w, SP_MEM);
      b = index_in(w, SP_MEM);
    }
    b_uleb(w, o, a);
    return b_uleb(w, o, b);
  }
  case IM_MEMINIT: {
    size_t save = w->i;
    uint32_t mem = 0;
    if (at_index(w)) {
      w->i++;
      bool two = at_index(w);
      w->i = save;
      if (two) mem = index_in(w, SP_MEM);
    }
    w->uses_data = true;
    b_uleb(w, o, index_in(w, SP_DATA));
    return b_uleb(w, o, mem);
  }
  case IM_DATA:
    w->uses_data = true;
    return b_uleb(w, o, index_in(w, SP_DATA));
  case IM_TAG:
    return b_uleb(w, o, index_in(w, SP_TAG));
  case IM_FIELD: {
    uint32_t x = index_in(w, SP_TYPE);
    b_uleb(w, o, x);
    return b_uleb(w, o, field_index(w, x));
  }
  case IM_TYPE_N:
    b_uleb(w, o, index_in(w, SP_TYPE));
    return b_uleb(w, o, (uint32_t)u64_lit(w));
  case IM_TYPE_DATA:
    b_uleb(w, o, index_in(w, SP_TYPE));
    w->uses_data = true;
    return b_uleb(w, o, index_in(w, SP_DATA));
  case IM_TYPE_ELEM:
    b_uleb(w, o, index_in(w, SP_TYPE));
    return b_uleb(w, o, index_in(w, SP_ELEM));
  case IM_TYPE2:
    b_uleb(w, o, index_in(w, SP_TYPE));
    return b_uleb(w, o, index_in(w, SP_TYPE));
  case IM_BRCAST: {
    uint32_t l = label_index(w);
    h_vt t1 = reftype(w), t2 = reftype(w);
    b_byte(w, o, (uint8_t)(((t1 & H_VT_NONNULL) ? 0 : 1) | ((t2 & H_VT_NONNULL) ? 0 : 2)));
    b_uleb(w, o, l);
    emit_heap(w, o, t1);
    return emit_heap(w, o, t2);
  }
  default:
    assert(!"unhandled immediate kind");
  }
}

static const opdef *operator_at(W *w) {
  h_wat_tok *t = cur(w);
  if (t->kind != H_TK_ATOM) FAIL(w, "unexpected token, expected an instruction");
  const opdef *op = op_lookup(tok_text(w, t), t->len);
  if (op && op->imm == IM_UNSUPPORTED) UNSUPPORTED(w, op->feature);
  if (!op) {
    for (uint32_t k = 0; k + 7 <= t->len; k++)
      if (!memcmp(tok_text(w, t) + k, "relaxed", 7)) UNSUPPORTED(w, "relaxed SIMD");
    FAIL(w, "unknown operator %.*s", (int)t->len, tok_text(w, t));
  }
  return op;
}

/* Instructions are read without recursion, whatever their nesting: an explicit stack of frames,
 * one per open construct, so that deep input costs heap (bounded by the text's size), never C
 * stack. Frame kinds: */
enum {
  FR_FLAT_BLOCK,  /* block/loop/if ... end: a sequence ended by `end` (or `else` for if) */
  FR_FOLD_BLOCK,  /* (block ...) / (loop ...): a sequence ended by ')' */
  FR_FOLD_IF_CND, /* (if ... : folded conditions until (then */
  FR_FOLD_THEN,   /* (then ...): a sequence ended by ')', then (else ...)? and ')' */
  FR_FOLD_ELSE,   /* (else ...): a sequence ended by ')', then ')' */
  FR_FOLD_TRY,    /* legacy (try ... (do ...) (catch x ...)* (catch_all ...)? / (delegate l)): the
                     do or a catch body, a sequence ended by ')' */
  FR_FOLD_PLAIN   /* (op imm* folded*): operands until ')', then op from scratch[mark..] */
};

typedef struct iframe {
  uint8_t kind, is_if, seen_else, btn, is_try;
  uint8_t bt[6];      /* FR_FOLD_IF_CND: the block type, written when (then starts */
  const char *ls;     /* label name (NULL: none) */
  uint32_t ll;
  size_t mark;        /* FR_FOLD_PLAIN: start of the operator bytes in scratch */
} iframe;

static iframe *frame_push(W *w, uint8_t kind) {
  w->frames = grow(w, w->frames, sizeof *w->frames, &w->capframes, w->nframes + 1);
  iframe *f = &w->frames[w->nframes++];
  memset(f, 0, sizeof *f);
  f->kind = kind;
  return f;
}

/* Header of block/loop/if (the cursor after the keyword): label, block type into bt. */
static void block_header(W *w, const char **ls, uint32_t *ll, uint8_t bt[6], uint8_t *btn) {
  *ls = NULL;
  *ll = 0;
  opt_id(w, ls, ll);
  size_t mark = w->scratch.n;
  blocktype(w, &w->scratch);
  size_t n = w->scratch.n - mark;
  assert(n <= 6);
  memcpy(bt, w->scratch.p + mark, n);
  *btn = (uint8_t)n;
  w->scratch.n = mark;
}

/* try_table's clauses (the cursor after its block type): (catch x l), (catch_ref x l),
 * (catch_all l), (catch_all_ref l); labels count from outside the try_table. */
static void catch_clauses(W *w, wbuf *o) {
  static const char *const kinds[4] = {"catch", "catch_ref", "catch_all", "catch_all_ref"};
  uint32_t n = 0;
  for (size_t k = w->i; w->t[k].kind == H_TK_LPAR; k = w->t[k].match + 1) {
    bool is = false;
    for (int c = 0; c < 4; c++) is = is || atom_eq(w, k + 1, kinds[c]);
    if (!is) break;
    n++;
  }
  b_uleb(w, o, n);
  for (uint32_t c = 0; c < n; c++) {
    uint8_t kind = 0;
    while (!atom_eq(w, w->i + 1, kinds[kind])) kind++;
    w->i += 2;
    b_byte(w, o, kind);
    if (kind < 2) b_uleb(w, o, index_in(w, SP_TAG));
    b_uleb(w, o, label_index(w));
    expect_rpar(w);
  }
}

/* '(' at the cursor: opens a folded instruction. */
static void fold_open(W *w, wbuf *o) {
  w->i++;
  const opdef *op = operator_at(w);
  w->i++;
  if (op->imm == IM_BLOCK) {
    const char *ls;
    uint32_t ll;
    uint8_t bt[6], btn;
    block_header(w, &ls, &ll, bt, &btn);
    if (op->code == 0x04) {
      iframe *f = frame_push(w, FR_FOLD_IF_CND);
      f->ls = ls, f->ll = ll, f->btn = btn;
      memcpy(f->bt, bt, btn);
      return;
    }
    b_byte(w, o, (uint8_t)op->code);
    b_bytes(w, o, bt, btn);
    if (op->code == 0x1F) catch_clauses(w, o);
    if (op->code == 0x06) { /* legacy try: (do ...) first */
      expect_lpar_kw(w, "do");
      label_push(w, ls, ll);
      frame_push(w, FR_FOLD_TRY);
      return;
    }
    label_push(w, ls, ll);
    frame_push(w, FR_FOLD_BLOCK);
    return;
  }
  size_t mark = w->scratch.n;
  immediates(w, op, &w->scratch);
  frame_push(w, FR_FOLD_PLAIN)->mark = mark;
}

/* Reads instructions into o. single: exactly one folded instruction (the cursor on its '(');
 * otherwise a sequence that stops, at its own level, before ')', `end`, `else` or EOF (the caller
 * checks which). */
static void instrs(W *w, wbuf *o, bool single) {
  size_t base = w->nframes;
  if (single) {
    if (cur(w)->kind != H_TK_LPAR) FAIL(w, "unexpected token, expected an instruction");
    fold_open(w, o);
  }
  for (;;) {
    if (single && w->nframes == base) return;
    h_wat_tok *t = cur(w);
    iframe *f = w->nframes > base ? &w->frames[w->nframes - 1] : NULL;
    if (f && f->kind == FR_FOLD_PLAIN) {
      if (t->kind == H_TK_LPAR) {
        fold_open(w, o);
        continue;
      }
      if (t->kind != H_TK_RPAR) FAIL(w, "unexpected token in folded instruction");
      w->i++;
      size_t mark = f->mark, n = w->scratch.n - mark;
      b_need(w, o, n);
      memcpy(o->p + o->n, w->scratch.p + mark, n);
      o->n += n;
      w->scratch.n = mark;
      w->nframes--;
      continue;
    }
    if (f && f->kind == FR_FOLD_IF_CND) {
      if (at_lpar_kw(w, "then")) {
        w->i += 2;
        b_byte(w, o, 0x04);
        b_bytes(w, o, f->bt, f->btn);
        label_push(w, f->ls, f->ll);
        f->kind = FR_FOLD_THEN;
      } else if (t->kind == H_TK_LPAR) {
        fold_open(w, o);
      } else {
        FAIL(w, "unexpected token, expected '(then'");
      }
      continue;
    }
    /* a sequence */
    if (t->kind == H_TK_LPAR) {
      fold_open(w, o);
      continue;
    }
    if (t->kind == H_TK_ATOM && !atom_eq(w, w->i, "end") && !atom_eq(w, w->i, "else") &&
        !(f && f->is_try &&
          (atom_eq(w, w->i, "catch") || atom_eq(w, w->i, "catch_all") ||
           atom_eq(w, w->i, "delegate")))) {
      const opdef *op = operator_at(w);
      w->i++;
      if (op->imm == IM_BLOCK) {
        iframe nf = {.kind = FR_FLAT_BLOCK, .is_if = op->code == 0x04, .is_try = op->code == 0x06};
        block_header(w, &nf.ls, &nf.ll, nf.bt, &nf.btn);
        b_byte(w, o, (uint8_t)op->code);
        b_bytes(w, o, nf.bt, nf.btn);
        if (op->code == 0x1F) catch_clauses(w, o);
        label_push(w, nf.ls, nf.ll);
        *frame_push(w, FR_FLAT_BLOCK) = nf;
      } else {
        immediates(w, op, o);
      }
      continue;
    }
    /* the end of a sequence */
    if (!f) return;
    switch (f->kind) {
    case FR_FLAT_BLOCK:
      if (f->is_if && !f->seen_else && atom_eq(w, w->i, "else")) {
        w->i++;
        end_label(w, f->ls, f->ll);
        b_byte(w, o, 0x05);
        f->seen_else = 1;
        continue;
      }
      if (f->is_try && (atom_eq(w, w->i, "catch") || atom_eq(w, w->i, "catch_all"))) {
        bool all = atom_eq(w, w->i, "catch_all");
        w->i++;
        if (f->seen_else) FAIL(w, "catch after catch_all");
        b_byte(w, o, all ? 0x19 : 0x07);
        if (!all) b_uleb(w, o, index_in(w, SP_TAG));
        f->seen_else = all;
        continue;
      }
      if (f->is_try && atom_eq(w, w->i, "delegate")) { /* ends the try; l counts from outside */
        w->i++;
        w->nlabels--;
        b_byte(w, o, 0x18);
        b_uleb(w, o, label_index(w));
        w->nframes--;
        continue;
      }
      if (!atom_eq(w, w->i, "end")) FAIL(w, "unexpected token, expected 'end'");
      w->i++;
      end_label(w, f->ls, f->ll);
      break;
    case FR_FOLD_BLOCK:
      expect_rpar(w);
      break;
    case FR_FOLD_THEN:
      expect_rpar(w);
      if (at_lpar_kw(w, "else")) {
        w->i += 2;
        b_byte(w, o, 0x05);
        f->kind = FR_FOLD_ELSE;
        continue;
      }
      expect_rpar(w);
      break;
    case FR_FOLD_ELSE:
      expect_rpar(w);
      expect_rpar(w);
      break;
    case FR_FOLD_TRY:
      expect_rpar(w); /* the do or catch body */
      if (at_lpar_kw(w, "catch") || at_lpar_kw(w, "catch_all")) {
        bool all = at_lpar_kw(w, "catch_all");
        w->i += 2;
        if (f->seen_else) FAIL(w, "catch after catch_all");
        b_byte(w, o, all ? 0x19 : 0x07);
        if (!all) b_uleb(w, o, index_in(w, SP_TAG));
        f->seen_else = all;
        continue;
      }
      if (at_lpar_kw(w, "delegate")) {
        w->i += 2;
        w->nlabels--;
        b_byte(w, o, 0x18);
        b_uleb(w, o, label_index(w));
        expect_rpar(w);
        expect_rpar(w);
        w->nframes--;
        continue;
      }
      expect_rpar(w);
      break;
    default:
      assert(!"unexpected frame");
    }
    b_byte(w, o, 0x0B);
    w->nlabels--;
    w->nframes--;
  }
}

static void instr_seq(W *w, wbuf *o) { instrs(w, o, false); }
static void folded(W *w, wbuf *o) { instrs(w, o, true); }

/* A constant or offset expression up to the closing ')', with the final `end`. */
static void expr_end(W *w, wbuf *o) {
  instr_seq(w, o);
  if (cur(w)->kind != H_TK_RPAR) FAIL(w, "unexpected token in expression");
  b_byte(w, o, 0x0B);
}

/* (offset instr*) or one folded instruction. */
static void offset_expr(W *w, wbuf *o) {
  if (at_lpar_kw(w, "offset")) {
    w->i += 2;
    expr_end(w, o);
    w->i++;
  } else if (cur(w)->kind == H_TK_LPAR) {
    folded(w, o);
    b_byte(w, o, 0x0B);
  } else {
    FAIL(w, "unexpected token, expected an offset expression");
  }
}

/* ------------------------------------------------------------------ module fields */

static void name_string(W *w, wbuf *o) {
  if (cur(w)->kind != H_TK_STRING) FAIL(w, "unexpected token, expected a string");
  w->str.n = 0;
  str_decode(w, cur(w), &w->str);
  b_uleb(w, o, w->str.n);
  b_bytes(w, o, w->str.p, w->str.n);
  w->i++;
}

static int kind_space(W *w, size_t i) {
  if (atom_eq(w, i, "func")) return SP_FUNC;
  if (atom_eq(w, i, "table")) return SP_TABLE;
  if (atom_eq(w, i, "memory")) return SP_MEM;
  if (atom_eq(w, i, "global")) return SP_GLOBAL;
  if (atom_eq(w, i, "tag")) return SP_TAG;
  return -1;
}

static const uint8_t space_extern[SP_COUNT] = {0, 0, 1, 2, 3, 0, 0, 4};

static void bind(W *w, int sp, uint32_t idx) {
  h_wat_tok *t = cur(w);
  if (t->kind != H_TK_ID) return;
  const char *s;
  uint32_t len;
  id_text(w, t, &s, &len);
  if (!nmap_put(w, &w->names[sp], s, len, idx))
    FAIL(w, "duplicate %s %.*s", sp_names[sp], (int)t->len, tok_text(w, t));
  if (sp == SP_FUNC) {
    w->fnames = grow(w, w->fnames, sizeof *w->fnames, &w->capfnames, w->nfnames + 1);
    w->fnames[w->nfnames++] = (struct fname){.s = s + 1, .len = len - 1, .idx = idx};
  }
  w->i++;
}

static void note_import(W *w) {
  if (w->defined_kind) FAIL(w, "import after %s", w->defined_kind);
}

/* A field's storage type: i8, i16 or a value type, (mut ...) around it marking it mutable. */
static h_vt storage_type(W *w) {
  bool mut = at_lpar_kw(w, "mut");
  if (mut) w->i += 2;
  h_vt t;
  if (atom_eq(w, w->i, "i8")) t = H_ST_I8, w->i++;
  else if (atom_eq(w, w->i, "i16")) t = H_ST_I16, w->i++;
  else t = valtype(w);
  if (mut) expect_rpar(w);
  return t | (mut ? F_MUT : 0);
}

/* `(struct (field $x? st)* | (field st*)*)` or `(array st)` (the composite type of a GC type
 * definition), through its closing paren: the fields into w->tu, their names into w->flds. */
static void gc_type_def(W *w, bool sub, bool final, uint32_t super) {
  bool array = at_lpar_kw(w, "array");
  w->i += 2;
  uint32_t n = 0, self = (uint32_t)w->ntypes;
  w->tu.n = 0;
  if (array) {
    b_vt(w, &w->tu, storage_type(w));
    n = 1;
  } else {
    size_t first = w->nflds;
    while (at_lpar_kw(w, "field")) {
      w->i += 2;
      if (cur(w)->kind == H_TK_ID) {
        const char *s;
        uint32_t len;
        id_text(w, cur(w), &s, &len);
        for (size_t k = first; k < w->nflds; k++)
          if (w->flds[k].len == len && !memcmp(w->flds[k].s, s, len))
            FAIL(w, "duplicate field %.*s", (int)len, s);
        w->flds = grow(w, w->flds, sizeof *w->flds, &w->capflds, w->nflds + 1);
        w->flds[w->nflds++] = (fldname){.type = self, .idx = n, .len = len, .s = s};
        w->i++;
        b_vt(w, &w->tu, storage_type(w));
        n++;
      } else {
        while (cur(w)->kind != H_TK_RPAR) b_vt(w, &w->tu, storage_type(w)), n++;
      }
      expect_rpar(w);
    }
  }
  expect_rpar(w);
  type_add_def(w, w->tu.p, n, 0, sub, final, super, array ? 0x5E : 0x5F);
}

/* The rest of `(type $id? ...)` after its id: `(func ...)` or `(sub final? x? (func ...))`,
 * then the closing paren; appends the type (a singleton group; rec fixes gsize). */
static void type_def(W *w) {
  bool sub = false, final = true;
  uint32_t super = UINT32_MAX;
  size_t close_sub = 0;
  if (at_lpar_kw(w, "sub")) {
    w->i += 2;
    sub = true;
    final = atom_eq(w, w->i, "final");
    if (final) w->i++;
    if (at_index(w)) super = index_in(w, SP_TYPE);
    close_sub = 1;
  }
  if (at_lpar_kw(w, "struct") || at_lpar_kw(w, "array")) {
    gc_type_def(w, sub, final, super);
    if (close_sub) expect_rpar(w);
    expect_rpar(w);
    return;
  }
  expect_lpar_kw(w, "func");
  uint32_t np, nr;
  /* param names in a type definition carry no meaning: bind them into a scratch map. */
  nmap_clear(&w->locals);
  params_results(w, true, &np, &nr);
  expect_rpar(w);
  if (close_sub) expect_rpar(w);
  expect_rpar(w);
  uint32_t x = type_add_def(w, w->tu.p, np, nr, sub, final, super, 0x60);
  (void)x;
}

/* Before pass 1: the names of every explicit type (in `type` fields and `rec` groups), so that
 * type definitions may name later types (the validator then decides: within a recursion group
 * they may, beyond it they are "unknown type"). */
static void bind_types(W *w, size_t end) {
  uint32_t n = 0;
  for (size_t at = w->i; at < end && w->t[at].kind == H_TK_LPAR; at = w->t[at].match + 1) {
    if (atom_eq(w, at + 1, "type")) {
      w->i = at + 2;
      bind(w, SP_TYPE, n++);
    } else if (atom_eq(w, at + 1, "rec")) {
      for (size_t c = at + 2; w->t[c].kind == H_TK_LPAR && atom_eq(w, c + 1, "type");
           c = w->t[c].match + 1) {
        w->i = c + 2;
        bind(w, SP_TYPE, n++);
      }
    }
  }
  w->count[SP_TYPE] = n;
}

/* Pass 1: index spaces, names, explicit types. */
static void scan_fields(W *w, size_t end) {
  size_t start = w->i;
  bind_types(w, end);
  w->i = start;
  while (w->i < end && cur(w)->kind == H_TK_LPAR) {
    size_t open = w->i;
    w->fields = grow(w, w->fields, sizeof *w->fields, &w->capfields, w->nfields + 1);
    w->fields[w->nfields++] = open;
    size_t kw = open + 1;
    int sp = kind_space(w, kw);
    if (atom_eq(w, kw, "type")) {
      w->i = open + 2;
      if (cur(w)->kind == H_TK_ID) w->i++; /* bound by bind_types */
      type_def(w);
    } else if (atom_eq(w, kw, "rec")) {
      uint32_t g = (uint32_t)w->ntypes, k = 0;
      for (w->i = open + 2; at_lpar_kw(w, "type"); w->i = w->t[w->i].match + 1) k++;
      if (cur(w)->kind != H_TK_RPAR) FAIL(w, "unexpected token, expected a type definition");
      w->in_rec = true; /* members are indexed for type uses only in a singleton group */
      for (w->i = open + 2; at_lpar_kw(w, "type");) {
        w->i += 2;
        if (cur(w)->kind == H_TK_ID) w->i++;
        type_def(w);
      }
      w->in_rec = false;
      expect_rpar(w);
      if (k == 1) type_index_insert(w, g);
      if (k) {
        w->types[g].gsize = k;
        for (uint32_t j = 1; j < k; j++) w->types[g + j].gsize = 0;
      } else { /* an empty group: a marker entry that defines no type */
        w->nemptyrec++;
      }
    } else if (atom_eq(w, kw, "import")) {
      w->i = open + 2;
      note_import(w);
      if (cur(w)->kind != H_TK_STRING) FAIL(w, "unexpected token, expected a module name");
      w->i++;
      if (cur(w)->kind != H_TK_STRING) FAIL(w, "unexpected token, expected an import name");
      w->i++;
      if (cur(w)->kind != H_TK_LPAR) FAIL(w, "unexpected token, expected an import description");
      int isp = kind_space(w, w->i + 1);
      if (isp < 0) FAIL(w, "unexpected token, expected an import kind");
      w->i += 2;
      bind(w, isp, w->count[isp]);
      w->count[isp]++;
    } else if (sp >= 0) {
      w->i = open + 2;
      const h_wat_tok *idt = cur(w);
      size_t idpos = w->i;
      if (idt->kind == H_TK_ID) w->i++;
      while (at_lpar_kw(w, "export")) skip_to_close(w, w->i);
      bool imported = at_lpar_kw(w, "import");
      if (imported) note_import(w);
      else if (!w->defined_kind)
        w->defined_kind = sp == SP_FUNC ? "function" : sp == SP_TABLE ? "table" : sp == SP_MEM ? "memory" : sp == SP_TAG ? "tag" : "global";
      w->i = idpos;
      bind(w, sp, w->count[sp]);
      w->count[sp]++;
      if (!imported && (sp == SP_TABLE || sp == SP_MEM)) {
        /* inline (elem ...) / (data ...) makes a segment */
        size_t close = w->t[open].match;
        for (size_t k = w->i; k < close; k++)
          if (w->t[k].kind == H_TK_LPAR) {
            if (atom_eq(w, k + 1, sp == SP_TABLE ? "elem" : "data")) {
              w->count[sp == SP_TABLE ? SP_ELEM : SP_DATA]++;
              break;
            }
            k = w->t[k].match;
          }
      }
    } else if (atom_eq(w, kw, "elem") || atom_eq(w, kw, "data")) {
      int s2 = atom_eq(w, kw, "elem") ? SP_ELEM : SP_DATA;
      w->i = open + 2;
      bind(w, s2, w->count[s2]);
      w->count[s2]++;
    } else if (atom_eq(w, kw, "export") || atom_eq(w, kw, "start")) {
      /* pass 2 */
    } else {
      w->i = kw;
      FAIL(w, "unknown module field");
    }
    skip_to_close(w, open);
  }
  if (w->i < end) FAIL(w, "unexpected token, expected a module field");
}

static void export_entry(W *w, int sp, uint32_t idx) {
  wbuf *o = &w->sec[S_EXPORT];
  name_string(w, o);
  b_byte(w, o, space_extern[sp]);
  b_uleb(w, o, idx);
  w->nsec[S_EXPORT]++;
}

/* Inline exports `(export "n")*` of a func/table/memory/global with index idx. */
static void inline_exports(W *w, int sp, uint32_t idx) {
  while (at_lpar_kw(w, "export")) {
    w->i += 2;
    export_entry(w, sp, idx);
    expect_rpar(w);
  }
}

/* The description after the name of an import (func/table/memory/global). */
static void import_desc(W *w, int sp) {
  wbuf *o = &w->sec[S_IMPORT];
  b_byte(w, o, space_extern[sp]);
  switch (sp) {
  case SP_FUNC:
    nmap_clear(&w->locals);
    b_uleb(w, o, typeuse(w, true, NULL));
    break;
  case SP_TABLE: {
    /* text order: limits reftype; binary order: reftype limits */
    wbuf *lim = &w->seg;
    lim->n = 0;
    limits(w, lim, true);
    emit_vt(w, o, reftype(w));
    b_bytes(w, o, lim->p, lim->n);
    break;
  }
  case SP_MEM:
    limits(w, o, false);
    break;
  case SP_GLOBAL:
    globaltype(w, o);
    break;
  case SP_TAG: /* attribute 0 (exception), then the type */
    nmap_clear(&w->locals);
    b_byte(w, o, 0);
    b_uleb(w, o, typeuse(w, true, NULL));
    break;
  }
  w->nsec[S_IMPORT]++;
}

/* Local declarations and body of a defined function; appends to the code section. */
static void func_body(W *w, uint32_t np) {
  w->nlocals = np;
  w->lt.n = 0;
  while (at_lpar_kw(w, "local")) {
    w->i += 2;
    const char *s;
    uint32_t len;
    if (opt_id(w, &s, &len)) {
      if (!nmap_put(w, &w->locals, s, len, w->nlocals)) fail_at(w, w->t[w->i - 1].off, HEARTH_ERR_MALFORMED, "duplicate local %.*s", (int)len, s);
      b_vt(w, &w->lt, valtype(w));
      w->nlocals++;
    } else {
      while (cur(w)->kind != H_TK_RPAR) b_vt(w, &w->lt, valtype(w)), w->nlocals++;
    }
    expect_rpar(w);
  }
  wbuf *b = &w->body;
  b->n = 0;
  /* compressed locals: runs of one type */
  uint32_t runs = 0;
  size_t nl = w->lt.n / 4;
  for (size_t k = 0; k < nl; k++)
    if (k == 0 || vt_at(w->lt.p + 4 * k) != vt_at(w->lt.p + 4 * (k - 1))) runs++;
  b_uleb(w, b, runs);
  for (size_t k = 0; k < nl;) {
    size_t e = k;
    while (e < nl && vt_at(w->lt.p + 4 * e) == vt_at(w->lt.p + 4 * k)) e++;
    b_uleb(w, b, e - k);
    emit_vt(w, b, vt_at(w->lt.p + 4 * k));
    k = e;
  }
  w->nlabels = 0;
  instr_seq(w, b);
  if (cur(w)->kind != H_TK_RPAR) FAIL(w, "unexpected token in function body");
  b_byte(w, b, 0x0B);
  wbuf *c = &w->sec[S_CODE];
  b_uleb(w, c, b->n);
  b_bytes(w, c, b->p, b->n);
  w->nsec[S_CODE]++;
}

/* Element list after the mode: `func x*`, `reftype item*`, or (legacy) `x*`. Writes the segment
 * kind-dependent tail into seg; returns true for expression form. */
static void elem_list(W *w, wbuf *seg, uint8_t flags_func, uint8_t flags_expr, size_t flag_pos,
                      bool allow_bare) {
  wbuf *items = &w->items;
  items->n = 0;
  uint32_t n = 0;
  bool is_expr = false;
  h_vt rt = H_T_FUNCREF;
  if (atom_eq(w, w->i, "func")) {
    w->i++;
  } else if ((cur(w)->kind == H_TK_ATOM && !at_index(w)) || at_lpar_kw(w, "ref")) {
    rt = reftype(w);
    is_expr = true;
  } else if (!allow_bare && cur(w)->kind != H_TK_RPAR) {
    FAIL(w, "unexpected token, expected 'func' or a reference type");
  }
  if (is_expr) {
    while (cur(w)->kind == H_TK_LPAR) {
      if (at_lpar_kw(w, "item")) {
        w->i += 2;
        expr_end(w, items);
        w->i++;
      } else {
        folded(w, items);
        b_byte(w, items, 0x0B);
      }
      n++;
    }
  } else {
    while (at_index(w)) b_uleb(w, items, index_in(w, SP_FUNC)), n++;
  }
  seg->p[flag_pos] = is_expr ? flags_expr : flags_func;
  if (is_expr) emit_vt(w, seg, rt);
  else b_byte(w, seg, 0x00);
  b_uleb(w, seg, n);
  b_bytes(w, seg, items->p, items->n);
}

static void field_elem(W *w) {
  wbuf *seg = &w->seg;
  seg->n = 0;
  const char *s;
  uint32_t len;
  opt_id(w, &s, &len);
  b_byte(w, seg, 0); /* flags, patched by elem_list */
  if (atom_eq(w, w->i, "declare")) {
    w->i++;
    elem_list(w, seg, 3, 7, 0, false);
  } else if (at_lpar_kw(w, "table") ||
             (cur(w)->kind == H_TK_LPAR && !at_lpar_kw(w, "item") && !at_lpar_kw(w, "ref"))) {
    uint32_t table = 0;
    if (at_lpar_kw(w, "table")) {
      w->i += 2;
      table = index_in(w, SP_TABLE);
      expect_rpar(w);
    }
    b_uleb(w, seg, table);
    offset_expr(w, seg);
    elem_list(w, seg, 2, 6, 0, true);
  } else {
    elem_list(w, seg, 1, 5, 0, false);
  }
  expect_rpar(w);
  b_bytes(w, &w->sec[S_ELEM], seg->p, seg->n);
  w->nsec[S_ELEM]++;
}

static void data_strings(W *w, wbuf *o) {
  w->str.n = 0;
  while (cur(w)->kind == H_TK_STRING) str_decode(w, cur(w), &w->str), w->i++;
  if (cur(w)->kind != H_TK_RPAR) FAIL(w, "unexpected token, expected a string");
  b_uleb(w, o, w->str.n);
  b_bytes(w, o, w->str.p, w->str.n);
}

static void field_data(W *w) {
  wbuf *o = &w->sec[S_DATA];
  const char *s;
  uint32_t len;
  opt_id(w, &s, &len);
  if (cur(w)->kind == H_TK_LPAR) {
    uint32_t mem = 0;
    if (at_lpar_kw(w, "memory")) {
      w->i += 2;
      mem = index_in(w, SP_MEM);
      expect_rpar(w);
    }
    if (mem) {
      b_byte(w, o, 2);
      b_uleb(w, o, mem);
    } else {
      b_byte(w, o, 0);
    }
    offset_expr(w, o);
  } else {
    b_byte(w, o, 1);
  }
  data_strings(w, o);
  expect_rpar(w);
  w->nsec[S_DATA]++;
}

/* An import written inline: (import "m" "n") already at the cursor. */
static void inline_import(W *w, int sp) {
  w->i += 2;
  wbuf *o = &w->sec[S_IMPORT];
  name_string(w, o);
  name_string(w, o);
  expect_rpar(w);
  import_desc(w, sp);
}

static void field_pass2(W *w, size_t open) {
  size_t kw = open + 1;
  w->i = open + 2;
  int sp = kind_space(w, kw);
  if (atom_eq(w, kw, "type")) {
    return;
  } else if (atom_eq(w, kw, "import")) {
    wbuf *o = &w->sec[S_IMPORT];
    name_string(w, o);
    name_string(w, o);
    int isp = kind_space(w, w->i + 1);
    w->i += 2;
    if (cur(w)->kind == H_TK_ID) w->i++;
    import_desc(w, isp);
    w->idx2[isp]++;
    expect_rpar(w);
    expect_rpar(w);
    return;
  } else if (sp >= 0) {
    if (cur(w)->kind == H_TK_ID) w->i++;
    uint32_t idx = w->idx2[sp]++;
    inline_exports(w, sp, idx);
    if (at_lpar_kw(w, "import")) {
      inline_import(w, sp);
      expect_rpar(w);
      return;
    }
    switch (sp) {
    case SP_FUNC: {
      nmap_clear(&w->locals);
      uint32_t np = 0;
      uint32_t x = typeuse(w, true, &np);
      b_uleb(w, &w->sec[S_FUNC], x);
      w->nsec[S_FUNC]++;
      func_body(w, np);
      break;
    }
    case SP_TABLE: {
      wbuf *o = &w->sec[S_TABLE];
      /* an address type before `reftype (elem ...)` (table64: i64) */
      bool t64 = false;
      if ((atom_eq(w, w->i, "i32") || atom_eq(w, w->i, "i64")) && w->t[w->i + 1].kind == H_TK_ATOM) {
        size_t nx = w->i + 1;
        char c0 = w->src[w->t[nx].off];
        if (!(c0 >= '0' && c0 <= '9')) {
          t64 = atom_eq(w, w->i, "i64");
          w->i++;
        }
      }
      if ((cur(w)->kind == H_TK_ATOM && !at_index(w) && !atom_eq(w, w->i, "i32") &&
           !atom_eq(w, w->i, "i64")) || at_lpar_kw(w, "ref")) {
        /* reftype (elem ...) */
        h_vt rt = reftype(w);
        expect_lpar_kw(w, "elem");
        wbuf *seg = &w->seg;
        seg->n = 0;
        b_byte(w, seg, 0);
        b_uleb(w, seg, idx);
        b_bytes(w, seg, (const uint8_t[]){t64 ? 0x42 : 0x41, 0x00, 0x0B}, 3);
        /* items: func indices or expressions */
        wbuf *items = &w->items;
        items->n = 0;
        uint32_t n = 0;
        bool is_expr = cur(w)->kind == H_TK_LPAR;
        if (is_expr) {
          while (cur(w)->kind == H_TK_LPAR) {
            if (at_lpar_kw(w, "item")) {
              w->i += 2;
              expr_end(w, items);
              w->i++;
            } else {
              folded(w, items);
              b_byte(w, items, 0x0B);
            }
            n++;
          }
        } else if (rt != H_T_FUNCREF) { /* indices as ref.func expressions of the table's type */
          is_expr = true;
          while (at_index(w)) {
            b_byte(w, items, 0xD2);
            b_uleb(w, items, index_in(w, SP_FUNC));
            b_byte(w, items, 0x0B);
            n++;
          }
        } else {
          while (at_index(w)) b_uleb(w, items, index_in(w, SP_FUNC)), n++;
        }
        expect_rpar(w);
        seg->p[0] = is_expr ? 6 : 2;
        if (is_expr) emit_vt(w, seg, rt);
        else b_byte(w, seg, 0x00);
        b_uleb(w, seg, n);
        b_bytes(w, seg, items->p, items->n);
        b_bytes(w, &w->sec[S_ELEM], seg->p, seg->n);
        w->nsec[S_ELEM]++;
        emit_vt(w, o, rt);
        b_byte(w, o, t64 ? 5 : 1);
        b_uleb(w, o, n);
        b_uleb(w, o, n);
      } else {
        wbuf *tmp = &w->items;
        tmp->n = 0;
        limits(w, tmp, true);
        h_vt rt = reftype(w);
        bool init = cur(w)->kind != H_TK_RPAR; /* 3.0: 0x40 0x00 tabletype expr */
        if (init) b_bytes(w, o, (const uint8_t[]){0x40, 0x00}, 2);
        emit_vt(w, o, rt);
        b_bytes(w, o, tmp->p, tmp->n);
        if (init) expr_end(w, o);
      }
      w->nsec[S_TABLE]++;
      break;
    }
    case SP_MEM: {
      wbuf *o = &w->sec[S_MEM];
      /* an address type before `(data ...)` (memory64: i64) */
      bool m64 = false;
      if ((atom_eq(w, w->i, "i32") || atom_eq(w, w->i, "i64")) && w->t[w->i + 1].kind == H_TK_LPAR) {
        m64 = atom_eq(w, w->i, "i64");
        w->i++;
      }
      if (at_lpar_kw(w, "data")) {
        w->i += 2;
        wbuf *d = &w->sec[S_DATA];
        if (idx) {
          b_byte(w, d, 2);
          b_uleb(w, d, idx);
        } else {
          b_byte(w, d, 0);
        }
        b_bytes(w, d, (const uint8_t[]){m64 ? 0x42 : 0x41, 0x00, 0x0B}, 3);
        data_strings(w, d);
        size_t bytes = w->str.n;
        w->nsec[S_DATA]++;
        expect_rpar(w);
        uint64_t pages = (bytes + 65535) / 65536;
        b_byte(w, o, m64 ? 5 : 1);
        b_uleb(w, o, pages);
        b_uleb(w, o, pages);
      } else {
        limits(w, o, false);
      }
      w->nsec[S_MEM]++;
      break;
    }
    case SP_GLOBAL: {
      wbuf *o = &w->sec[S_GLOBAL];
      globaltype(w, o);
      w->nlabels = 0;
      expr_end(w, o);
      w->nsec[S_GLOBAL]++;
      break;
    }
    case SP_TAG: {
      wbuf *o = &w->sec[S_TAG];
      nmap_clear(&w->locals);
      b_byte(w, o, 0);
      b_uleb(w, o, typeuse(w, true, NULL));
      w->nsec[S_TAG]++;
      break;
    }
    }
    expect_rpar(w);
  } else if (atom_eq(w, kw, "export")) {
    wbuf *o = &w->sec[S_EXPORT];
    name_string(w, o);
    if (cur(w)->kind != H_TK_LPAR) FAIL(w, "unexpected token, expected an export description");
    int esp = kind_space(w, w->i + 1);
    if (esp < 0) FAIL(w, "unexpected token, expected an export kind");
    w->i += 2;
    b_byte(w, o, space_extern[esp]);
    b_uleb(w, o, index_in(w, esp));
    w->nsec[S_EXPORT]++;
    expect_rpar(w);
    expect_rpar(w);
  } else if (atom_eq(w, kw, "start")) {
    if (w->has_start) FAIL(w, "multiple start sections");
    w->has_start = true;
    w->start_idx = index_in(w, SP_FUNC);
    expect_rpar(w);
  } else if (atom_eq(w, kw, "elem")) {
    field_elem(w);
  } else if (atom_eq(w, kw, "data")) {
    field_data(w);
  }
}


static void section(W *w, wbuf *out, uint8_t id, const wbuf *body, uint32_t count, bool counted);

/* ------------------------------------------------------------------ annotations
 *
 * The 3.0 text format gives three annotations a meaning (the custom-annotations appendix):
 * (@custom "name" place? "data"*) writes a custom section, at module-field level only, placed
 * (before|after SECTION) or (before first)/(after last) (the default); (@name "text") names the
 * module (right after `module $id?`) or a function (right after `func $id?`), written into the name
 * section in place of $ids; (@metadata.code.branch_hint "\00"|"\01") sits right before an `if` or
 * `br_if` of a function body. Branch hints are checked and then dropped: none of hearth's tiers
 * uses them yet. Misplaced or malformed annotations make the text MALFORMED; a hint before another
 * instruction makes the module INVALID (the appendix's "invalid target"). */

/* Section kinds in binary order, the names (before X)/(after X) use; id is the section id. */
#define H_WAT_SECTIONS(X)                                                                         \
  X("type", 1) X("import", 2) X("func", 3) X("table", 4) X("memory", 5) X("tag", 13)             \
  X("global", 6) X("export", 7) X("start", 8) X("elem", 9) X("datacount", 12) X("code", 10)     \
  X("data", 11)
#define H_WAT_SEC_NAME(n, id) n,
#define H_WAT_SEC_ID(n, id) id,
static const char *const sec_order_name[] = {H_WAT_SECTIONS(H_WAT_SEC_NAME)};
static const uint8_t sec_order_id[] = {H_WAT_SECTIONS(H_WAT_SEC_ID)};
#define H_WAT_NSEC (sizeof sec_order_id / sizeof sec_order_id[0])

static int sec_rank(uint8_t id) {
  for (size_t r = 0; r < H_WAT_NSEC; r++)
    if (sec_order_id[r] == id) return (int)r;
  return -1;
}

/* Finds the annotations among the tokens (after the two H_TK_EOF that end the text's tokens). */
static void locate_annots(W *w) {
  size_t n = w->nt;
  while (n >= 2 && !(w->t[n - 1].kind == H_TK_EOF && w->t[n - 2].kind == H_TK_EOF)) n--;
  assert(n >= 2);
  w->eof = n - 2;
  w->annot0 = n;
  w->nannots = w->nt - n;
}

/* One past the last inner token of the annotation whose header is t[h]. */
static size_t annot_end(const W *w, size_t h) {
  size_t k = h + 1;
  while (k < w->nt && w->t[k].kind != H_TK_ANNOT) k++;
  return k;
}

static bool field_at(const W *w, size_t pos) {
  size_t lo = 0, hi = w->nfields;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (w->fields[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < w->nfields && w->fields[lo] == pos;
}

/* The top-level field containing token pos (fields[k] < pos <= its ')'), or SIZE_MAX. */
static size_t field_around(const W *w, size_t pos) {
  size_t lo = 0, hi = w->nfields;
  while (lo < hi) { /* last field opening before pos */
    size_t mid = (lo + hi) / 2;
    if (w->fields[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  if (!lo) return SIZE_MAX;
  size_t f = w->fields[lo - 1];
  return pos <= w->t[f].match ? f : SIZE_MAX;
}

/* The single UTF-8 string an annotation holds (its token index); what names the annotation in
 * errors. */
static size_t annot_string(W *w, size_t h, const char *what) {
  size_t e = annot_end(w, h), k = h + 2;
  if (k >= e || w->t[k].kind != H_TK_STRING)
    fail_at(w, w->t[h].off, HEARTH_ERR_MALFORMED, "%s annotation: missing string", what);
  if (k + 1 != e) fail_at(w, w->t[k + 1].off, HEARTH_ERR_MALFORMED, "%s annotation: unexpected token", what);
  return k;
}

static void annot_custom(W *w, size_t h, size_t pos, size_t end) {
  const size_t e = annot_end(w, h);
  const uint32_t off = w->t[h].off;
  if (pos != end && !field_at(w, pos)) fail_at(w, off, HEARTH_ERR_MALFORMED, "misplaced @custom annotation");
  size_t k = h + 2;
  if (k >= e || w->t[k].kind != H_TK_STRING)
    fail_at(w, off, HEARTH_ERR_MALFORMED, "@custom annotation: missing section name");
  w->str.n = 0;
  str_decode(w, &w->t[k], &w->str);
  if (!utf8_valid(w->str.p, w->str.n))
    fail_at(w, w->t[k].off, HEARTH_ERR_MALFORMED, "@custom annotation: malformed UTF-8 encoding");
  k++;
  int slot = INT_MAX - 1; /* (after last) */
  if (k < e && w->t[k].kind == H_TK_LPAR) {
    const h_wat_tok *where = k + 1 < e ? &w->t[k + 1] : NULL;
    bool before = where && where->kind == H_TK_ATOM && where->len == 6 && !memcmp(tok_text(w, where), "before", 6);
    bool after = where && where->kind == H_TK_ATOM && where->len == 5 && !memcmp(tok_text(w, where), "after", 5);
    if (!before && !after)
      fail_at(w, w->t[k].off, HEARTH_ERR_MALFORMED, "@custom annotation: malformed placement");
    const h_wat_tok *kt = k + 2 < e ? &w->t[k + 2] : NULL;
    int rank = -1;
    if (kt && kt->kind == H_TK_ATOM) {
      if (before && kt->len == 5 && !memcmp(tok_text(w, kt), "first", 5)) rank = -2;
      else if (after && kt->len == 4 && !memcmp(tok_text(w, kt), "last", 4)) rank = -3;
      for (size_t r = 0; rank == -1 && r < H_WAT_NSEC; r++)
        if (strlen(sec_order_name[r]) == kt->len && !memcmp(tok_text(w, kt), sec_order_name[r], kt->len))
          rank = (int)r;
    }
    if (rank == -1) fail_at(w, kt ? kt->off : w->t[k].off, HEARTH_ERR_MALFORMED, "@custom annotation: malformed section kind");
    if (k + 3 >= e || w->t[k + 3].kind != H_TK_RPAR)
      fail_at(w, w->t[k].off, HEARTH_ERR_MALFORMED, "@custom annotation: unexpected token");
    slot = rank == -2 ? 0 : rank == -3 ? INT_MAX - 1 : 2 * rank + (before ? 1 : 2);
    k += 4;
  }
  for (; k < e; k++)
    if (w->t[k].kind != H_TK_STRING)
      fail_at(w, w->t[k].off, HEARTH_ERR_MALFORMED, "@custom annotation: unexpected token");
  /* keep customs sorted by slot, in text order within a slot */
  w->customs = grow(w, w->customs, sizeof *w->customs, &w->capcustoms, w->ncustoms + 1);
  size_t at = w->ncustoms;
  while (at && w->customs[at - 1].slot > slot) at--;
  memmove(&w->customs[at + 1], &w->customs[at], (w->ncustoms - at) * sizeof *w->customs);
  w->customs[at] = (struct wcustom){.hdr = h, .slot = slot, .done = false};
  w->ncustoms++;
}

/* Where a field's own @name may stand: right after its keyword and optional $id. */
static bool name_spot(const W *w, size_t f, size_t pos) {
  size_t k = f + 2;
  if (w->t[k].kind == H_TK_ID) k++;
  return pos == k;
}

static void annot_name(W *w, size_t h, size_t pos, size_t body) {
  const uint32_t off = w->t[h].off;
  size_t str = annot_string(w, h, "@name");
  w->str.n = 0;
  str_decode(w, &w->t[str], &w->str);
  if (!utf8_valid(w->str.p, w->str.n))
    fail_at(w, w->t[str].off, HEARTH_ERR_MALFORMED, "@name annotation: malformed UTF-8 encoding");
  if (pos == body) {
    if (w->modname_str) fail_at(w, off, HEARTH_ERR_MALFORMED, "@name annotation: multiple module");
    w->modname_str = str;
    return;
  }
  /* a function's name: walk the fields counting functions (imports come first in the text) */
  uint32_t nfunc = 0;
  for (size_t k = 0; k < w->nfields; k++) {
    size_t f = w->fields[k];
    bool is_func = atom_eq(w, f + 1, "func");
    bool imp_func = atom_eq(w, f + 1, "import") && w->t[f + 4].kind == H_TK_LPAR && atom_eq(w, f + 5, "func");
    static const char *const named[] = {"tag", "global", "memory", "table", "type", "elem", "data"};
    bool other = false;
    for (size_t n = 0; n < sizeof named / sizeof named[0]; n++) other |= atom_eq(w, f + 1, named[n]);
    if ((is_func && name_spot(w, f, pos)) || (imp_func && name_spot(w, f + 4, pos))) {
      if (w->nannot_fnames && w->annot_fnames[w->nannot_fnames - 1].idx == nfunc)
        fail_at(w, off, HEARTH_ERR_MALFORMED, "@name annotation: multiple names");
      w->annot_fnames = grow(w, w->annot_fnames, sizeof *w->annot_fnames, &w->capannot_fnames,
                             w->nannot_fnames + 1);
      w->annot_fnames[w->nannot_fnames++] = (struct wfname){.idx = nfunc, .str = (uint32_t)str};
      return;
    }
    if (other && name_spot(w, f, pos)) return; /* accepted; hearth keeps only module and function names */
    if (is_func || imp_func) nfunc++;
  }
  fail_at(w, off, HEARTH_ERR_MALFORMED, "misplaced @name annotation");
}

static void annot_hint(W *w, size_t h, size_t pos, size_t prev_hint_pos) {
  const uint32_t off = w->t[h].off;
  size_t f = field_around(w, pos);
  if (f == SIZE_MAX || !atom_eq(w, f + 1, "func"))
    fail_at(w, off, HEARTH_ERR_MALFORMED, "@metadata.code.branch_hint annotation: not in a function");
  if (prev_hint_pos == pos)
    fail_at(w, off, HEARTH_ERR_MALFORMED, "@metadata.code.branch_hint annotation: duplicate annotation");
  size_t str = annot_string(w, h, "@metadata.code.branch_hint");
  w->str.n = 0;
  str_decode(w, &w->t[str], &w->str);
  if (w->str.n != 1 || w->str.p[0] > 1)
    fail_at(w, w->t[str].off, HEARTH_ERR_MALFORMED, "@metadata.code.branch_hint annotation: malformed hint");
  size_t op = w->t[pos].kind == H_TK_LPAR ? pos + 1 : pos;
  if (!w->hint_invalid && !atom_eq(w, op, "if") && !atom_eq(w, op, "br_if")) {
    w->hint_invalid = true;
    w->hint_invalid_off = off;
  }
}

/* Reads the annotations of the module whose body is tokens [body, end) (end: its ')' or the EOF of
 * bare fields); fields are known (pass 1). */
static void module_annots(W *w, size_t body, size_t end) {
  size_t lo = w->mod_open == SIZE_MAX ? 0 : w->mod_open + 1;
  size_t prev_hint = SIZE_MAX;
  for (size_t h = w->annot0; h < w->nt; h = annot_end(w, h)) {
    size_t pos = w->t[h].match;
    if (pos < lo || pos > end) continue;
    const h_wat_tok *id = &w->t[h + 1];
    int kind = annot_kind(tok_text(w, id) + 1, id->len - 1);
    if (pos < body && kind != H_AN_HINT) {
      fail_at(w, w->t[h].off, HEARTH_ERR_MALFORMED, "misplaced %.*s annotation", (int)id->len, tok_text(w, id));
    } else if (kind == H_AN_CUSTOM) {
      annot_custom(w, h, pos, end);
    } else if (kind == H_AN_NAME) {
      annot_name(w, h, pos, body);
    } else if (kind == H_AN_HINT) {
      annot_hint(w, h, pos, prev_hint);
      prev_hint = pos;
    }
  }
}

/* Writes the custom sections placed before `limit` (a slot) not yet written. */
static void flush_customs(W *w, wbuf *out, int limit) {
  for (size_t c = 0; c < w->ncustoms && w->customs[c].slot < limit; c++) {
    if (w->customs[c].done) continue;
    w->customs[c].done = true;
    size_t h = w->customs[c].hdr, e = annot_end(w, h), k = h + 2;
    wbuf *b = &w->cbuf;
    b->n = 0;
    w->str.n = 0;
    str_decode(w, &w->t[k], &w->str); /* the name */
    b_uleb(w, b, w->str.n);
    b_bytes(w, b, w->str.p, w->str.n);
    if (++k < e && w->t[k].kind == H_TK_LPAR) k += 4;
    for (; k < e; k++) str_decode(w, &w->t[k], b);
    section(w, out, 0, b, 0, false);
  }
}

/* Writes section `id`; @custom sections placed around it (or around absent ones before it) come
 * first and right after. */
static void section(W *w, wbuf *out, uint8_t id, const wbuf *body, uint32_t count, bool counted) {
  int rank = id ? sec_rank(id) : -1;
  if (rank >= 0) flush_customs(w, out, 2 * rank + 2);
  size_t cnt_len = 0;
  uint8_t cnt[10];
  if (counted) {
    uint32_t v = count;
    do {
      uint8_t c = v & 0x7f;
      v >>= 7;
      cnt[cnt_len++] = c | (v ? 0x80 : 0);
    } while (v);
  }
  b_byte(w, out, id);
  b_uleb(w, out, cnt_len + body->n);
  b_bytes(w, out, cnt, cnt_len);
  b_bytes(w, out, body->p, body->n);
  if (rank >= 0) flush_customs(w, out, 2 * rank + 3);
}

/* Reads module fields from the cursor to token `end` and writes the binary to out. */
static void module_fields(W *w, size_t end, wbuf *out) {
  size_t body = w->i;
  scan_fields(w, end);
  if (w->nannots) module_annots(w, body, end);
  w->idx2[SP_FUNC] = w->idx2[SP_TABLE] = w->idx2[SP_MEM] = w->idx2[SP_GLOBAL] = w->idx2[SP_TAG] = 0;
  for (size_t k = 0; k < w->nfields; k++) field_pass2(w, w->fields[k]);
  static const uint8_t hdr[8] = {0, 'a', 's', 'm', 1, 0, 0, 0};
  b_bytes(w, out, hdr, 8);
  /* type section */
  wbuf *t = &w->seg;
  t->n = 0;
  uint32_t ngroups = w->nemptyrec;
  for (uint32_t k = 0; k < w->nemptyrec; k++) b_bytes(w, t, (const uint8_t[]){0x4E, 0x00}, 2);
  for (size_t k = 0; k < w->ntypes; k++) {
    const ftype *f = &w->types[k];
    if (f->gsize) ngroups++;
    if (f->gsize > 1) {
      b_byte(w, t, 0x4E);
      b_uleb(w, t, f->gsize);
    }
    if (f->sub) {
      b_byte(w, t, f->final ? 0x4F : 0x50);
      b_uleb(w, t, f->super == UINT32_MAX ? 0 : 1);
      if (f->super != UINT32_MAX) b_uleb(w, t, f->super);
    }
    if (f->kind != 0x60) {
      b_byte(w, t, f->kind);
      if (f->kind == 0x5F) b_uleb(w, t, f->np);
      for (uint32_t j = 0; j < f->np; j++) {
        h_vt v = vt_at(w->tpool.p + f->off + 4 * j);
        if ((v & ~F_MUT) == H_ST_I8 || (v & ~F_MUT) == H_ST_I16) b_byte(w, t, (uint8_t)v);
        else emit_vt(w, t, v & ~F_MUT);
        b_byte(w, t, (v & F_MUT) ? 1 : 0);
      }
      continue;
    }
    b_byte(w, t, 0x60);
    b_uleb(w, t, f->np);
    for (uint32_t j = 0; j < f->np; j++) emit_vt(w, t, vt_at(w->tpool.p + f->off + 4 * j));
    b_uleb(w, t, f->nr);
    for (uint32_t j = 0; j < f->nr; j++)
      emit_vt(w, t, vt_at(w->tpool.p + f->off + 4 * (f->np + j)));
  }
  if (ngroups) section(w, out, 1, t, ngroups, true);
  for (int s = S_IMPORT; s <= S_EXPORT; s++)
    if (w->nsec[s]) section(w, out, sec_ids[s], &w->sec[s], w->nsec[s], true);
  if (w->has_start) {
    t->n = 0;
    b_uleb(w, t, w->start_idx);
    section(w, out, 8, t, 0, false);
  }
  if (w->nsec[S_ELEM]) section(w, out, 9, &w->sec[S_ELEM], w->nsec[S_ELEM], true);
  if (w->nsec[S_DATA] || w->uses_data) {
    t->n = 0;
    b_uleb(w, t, w->nsec[S_DATA]);
    section(w, out, 12, t, 0, false);
  }
  if (w->nsec[S_CODE]) section(w, out, 10, &w->sec[S_CODE], w->nsec[S_CODE], true);
  if (w->nsec[S_DATA]) section(w, out, 11, &w->sec[S_DATA], w->nsec[S_DATA], true);
  flush_customs(w, out, INT_MAX);
  if (w->hint_invalid)
    fail_at(w, w->hint_invalid_off, HEARTH_ERR_INVALID,
            "@metadata.code.branch_hint annotation: invalid target");
  if (w->nfnames || w->nannot_fnames || w->modname_str) {
    /* a name section: the module's @name, the functions' @name or else $id (backtraces show them) */
    t->n = 0;
    b_bytes(w, t, "\4name", 5);
    wbuf *sub = &w->items;
    if (w->modname_str) {
      w->str.n = 0;
      str_decode(w, &w->t[w->modname_str], &w->str);
      sub->n = 0;
      b_uleb(w, sub, w->str.n);
      b_bytes(w, sub, w->str.p, w->str.n);
      b_byte(w, t, 0);
      b_uleb(w, t, sub->n);
      b_bytes(w, t, sub->p, sub->n);
    }
    /* merge the two lists (both in index order); an @name wins over the $id */
    uint32_t n = 0;
    sub->n = 0;
    for (size_t a = 0, f = 0; a < w->nannot_fnames || f < w->nfnames; n++) {
      bool take_annot = a < w->nannot_fnames && (f == w->nfnames || w->annot_fnames[a].idx <= w->fnames[f].idx);
      if (take_annot) {
        uint32_t idx = w->annot_fnames[a].idx;
        if (f < w->nfnames && w->fnames[f].idx == idx) f++;
        w->str.n = 0;
        str_decode(w, &w->t[w->annot_fnames[a++].str], &w->str);
        b_uleb(w, sub, idx);
        b_uleb(w, sub, w->str.n);
        b_bytes(w, sub, w->str.p, w->str.n);
      } else {
        b_uleb(w, sub, w->fnames[f].idx);
        b_uleb(w, sub, w->fnames[f].len);
        b_bytes(w, sub, w->fnames[f].s, w->fnames[f].len);
        f++;
      }
    }
    if (n) {
      w->seg2.n = 0;
      b_uleb(w, &w->seg2, n);
      b_bytes(w, &w->seg2, sub->p, sub->n);
      b_byte(w, t, 1);
      b_uleb(w, t, w->seg2.n);
      b_bytes(w, t, w->seg2.p, w->seg2.n);
    }
    section(w, out, 0, t, 0, false);
  }
}

static void w_free(W *w) {
  if (w->own_tokens) h_free(w->t);
  for (int s = 0; s < SP_COUNT; s++) nmap_free(&w->names[s]);
  nmap_free(&w->locals);
  b_free(&w->tpool);
  h_free(w->types);
  h_free(w->flds);
  h_free(w->thash);
  h_free(w->fields);
  for (int s = 0; s < S_COUNT; s++) b_free(&w->sec[s]);
  b_free(&w->scratch);
  b_free(&w->tu);
  b_free(&w->body);
  b_free(&w->items);
  b_free(&w->seg);
  b_free(&w->lt);
  b_free(&w->str);
  h_free(w->labels);
  h_free(w->frames);
  h_free(w->fnames);
  h_free(w->brt);
  h_free(w->lstack);
  for (size_t k = 0; k < w->nidstrs; k++) h_free(w->idstrs[k]);
  h_free(w->idstrs);
  b_free(&w->idtmp);
  h_free(w->quoted);
  h_free(w->pend_annots);
  h_free(w->customs);
  h_free(w->annot_fnames);
  b_free(&w->cbuf);
  b_free(&w->seg2);
}

static hearth_status text_to_wasm(const char *text, size_t len, uint8_t **out, size_t *out_len,
                                  unsigned depth);

/* (module $id? ...) at the cursor ('(' token), or (module binary ...) / (module quote ...). With
 * `definition` allowed (scripts), skips that 3.0 keyword. */
static void module_form(W *w, wbuf *out, unsigned depth) {
  size_t open = w->i;
  size_t close = w->t[open].match;
  w->i += 2;
  if (atom_eq(w, w->i, "definition")) w->i++;
  if (cur(w)->kind == H_TK_ID) w->i++;
  if (atom_eq(w, w->i, "binary") || atom_eq(w, w->i, "quote")) {
    bool quote = atom_eq(w, w->i, "quote");
    w->i++;
    w->str.n = 0;
    while (cur(w)->kind == H_TK_STRING) str_decode(w, cur(w), &w->str), w->i++;
    if (w->i != close) FAIL(w, "unexpected token, expected a string");
    if (!quote) {
      b_bytes(w, out, w->str.p, w->str.n);
    } else {
      if (depth > 4) FAIL(w, "module quote nested too deeply");
      size_t bl = 0;
      hearth_status s = text_to_wasm((const char *)w->str.p, w->str.n, &w->quoted, &bl, depth + 1);
      if (s != HEARTH_OK) fail_status(w, s);
      b_bytes(w, out, w->quoted, bl);
    }
    w->i = close + 1;
    return;
  }
  w->mod_open = open;
  module_fields(w, close, out);
  w->i = close + 1;
}

/* Gives the working buffers storage up front: `p + off` is then never formed on a NULL p (which
 * UBSan reports even for off == 0). */
static void w_reserve(W *w) {
  wbuf *bufs[] = {&w->tpool, &w->tu, &w->scratch, &w->seg, &w->items, &w->str, &w->body, &w->lt};
  for (size_t k = 0; k < sizeof bufs / sizeof bufs[0]; k++) b_need(w, bufs[k], 64);
  for (int k = 0; k < S_COUNT; k++) b_need(w, &w->sec[k], 64);
}

static hearth_status run_module(W *w, size_t at, bool whole, uint8_t **out, size_t *out_len,
                                unsigned depth) {
  wbuf o = {0};
  wbuf *volatile op = &o;
  if (setjmp(w->jb)) {
    b_free(op);
    w_free(w);
    return w->st;
  }
  w->i = at;
  w_reserve(w);
  b_need(w, &o, 64);
  if (whole && !w->nt) lex(w);
  locate_annots(w);
  if (whole) {
    if (at_lpar_kw(w, "module")) {
      module_form(w, &o, depth);
      if (cur(w)->kind != H_TK_EOF) FAIL(w, "unexpected token after the module");
    } else {
      w->mod_open = SIZE_MAX;
      module_fields(w, w->eof, &o);
    }
  } else {
    if (!at_lpar_kw(w, "module")) FAIL(w, "unexpected token, expected (module ...)");
    module_form(w, &o, depth);
  }
  w_free(w);
  *out = o.p ? o.p : h_malloc(1);
  if (!*out) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  *out_len = o.n;
  return HEARTH_OK;
}

static hearth_status text_to_wasm(const char *text, size_t len, uint8_t **out, size_t *out_len,
                                  unsigned depth) {
  W *w = h_calloc(1, sizeof *w);
  if (!w) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  w->src = text;
  w->srclen = len;
  w->own_tokens = true;
  hearth_status s = run_module(w, 0, true, out, out_len, depth);
  h_free(w);
  return s;
}

hearth_status h_wat_to_wasm(const char *text, size_t len, uint8_t **out, size_t *out_len) {
  if (!text && len) return h_err(HEARTH_ERR_ARGUMENT, "text is NULL");
  return text_to_wasm(text ? text : "", len, out, out_len, 0);
}

/* ------------------------------------------------------------------ script support */

hearth_status h_wat_lex(const char *text, size_t len, h_wat_tok **toks, size_t *ntoks) {
  W *w = h_calloc(1, sizeof *w);
  if (!w) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  w->src = text;
  w->srclen = len;
  hearth_status s = HEARTH_OK;
  if (setjmp(w->jb)) {
    s = w->st;
    h_free(w->t);
    h_free(w->lstack);
    h_free(w->pend_annots);
  } else {
    lex(w);
    *toks = w->t;
    *ntoks = w->nt;
  }
  b_free(&w->idtmp);
  h_free(w);
  return s;
}

hearth_status h_wat_module_at(const char *text, size_t len, const h_wat_tok *toks, size_t ntoks,
                              size_t at, uint8_t **out, size_t *out_len) {
  W *w = h_calloc(1, sizeof *w);
  if (!w) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  w->src = text;
  w->srclen = len;
  w->t = (h_wat_tok *)toks; /* read only: the parser never writes tokens */
  w->nt = ntoks;
  w->own_tokens = false;
  hearth_status s = run_module(w, at, false, out, out_len, 0);
  h_free(w);
  return s;
}

hearth_status h_wat_string(const char *text, size_t len, const h_wat_tok *t, uint8_t **out,
                           size_t *out_len) {
  W *w = h_calloc(1, sizeof *w);
  if (!w) return h_err(HEARTH_ERR_NOMEM, "out of memory");
  w->src = text;
  w->srclen = len;
  hearth_status s = HEARTH_OK;
  if (setjmp(w->jb)) {
    s = w->st;
    b_free(&w->str);
  } else {
    str_decode(w, t, &w->str);
    b_byte(w, &w->str, 0); /* NUL-terminated for convenience; not counted */
    *out = w->str.p;
    *out_len = w->str.n - 1;
  }
  h_free(w);
  return s;
}
