/* md2html.c: Markdown to HTML converter (CommonMark blocks and inlines plus GitHub-flavoured extensions);
 * reads stdin, writes stdout (`md2html --help` lists the options). Built with -DMD2HTML_NO_MAIN it is a
 * library for benchmarks: md_to_html() and md_to_html_opts().
 *
 * Supported: ATX and setext headings, paragraphs, emphasis/strong (CommonMark delimiter rules, Unicode
 * whitespace and punctuation in the flanking tests), code spans, fenced and indented code blocks,
 * nested ordered/unordered lists (tight and loose), blockquotes (with lazy continuation), inline links
 * and images, reference links and definitions (labels case-folded for Latin, Greek and Cyrillic),
 * angle-bracket autolinks, backslash escapes, named (HTML5 subset) and numeric character references
 * decoded to UTF-8, hard breaks, thematic breaks.
 * GFM and common extensions: tables with alignment; strikethrough (~x~, ~~x~~); task list items
 * ("- [ ]", "- [x]"); bare URL (http://, https://, www.) and email autolinks; footnotes ("[^1]" and
 * "[^1]: ..." definitions, numbered by first reference, rendered as a section at the end with
 * back-links); alerts ("> [!NOTE]" and the other four kinds); definition lists (terms, then lines
 * starting ": "); ==highlight==; $math$ and $$math$$ spans kept verbatim for a client-side renderer;
 * emoji shortcodes (":tada:"); explicit heading ids ("## Title {#id}").
 * Options: --smart (curly quotes, dashes, ellipsis), --hard-breaks, --ids (slugged, deduplicated
 * heading ids), --toc (a nested table of contents), --full (a complete HTML document).
 * Raw HTML is not passed through: every '<' is escaped, so the output is safe to embed; link schemes
 * javascript:, vbscript:, file: and non-image data: are replaced by "#".
 * Deviations from CommonMark: tabs are expanded to 4-column stops (counting UTF-8 characters) before
 * parsing (also inside code blocks); no HTML blocks; container nesting is capped at MAX_DEPTH (deeper
 * markers are kept as text) so hostile input cannot exhaust the stack.
 * Deterministic: no locale, time or address dependence; all memory is freed; linear-time scanning
 * (every forward search that could repeat is bounded or cached). */
#include <assert.h>
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
  b->p[b->n] = 0; /* a freshly allocated buffer is an empty string too */
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

/* ------------------------------------------------------------------------------------------------ */
/* character references: named entities (a subset of the HTML5 list) and numeric references          */

typedef struct {
  const char *name;
  uint32_t cp;
} entity;

/* Named character references from the HTML5 list that map to a single code point: all of HTML 4
 * (ASCII specials, Latin-1, Greek, math, arrows, typographic punctuation) plus common HTML5 aliases.
 * Names are case-sensitive. Unknown names are rendered literally ("&amp;name;"), as CommonMark does.
 * Sorted by strcmp order (checked by entity_table_sorted in debug builds) for binary search. */
static const entity ENTITIES[] = {
  {"AElig", 0xC6}, {"AMP", 0x26}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Agrave", 0xC0},
  {"Alpha", 0x391}, {"Aring", 0xC5}, {"Atilde", 0xC3}, {"Auml", 0xC4}, {"Beta", 0x392},
  {"COPY", 0xA9}, {"Ccedil", 0xC7}, {"Chi", 0x3A7}, {"Dagger", 0x2021}, {"Del", 0x2207},
  {"Delta", 0x394}, {"Dot", 0xA8}, {"ETH", 0xD0}, {"Eacute", 0xC9}, {"Ecirc", 0xCA},
  {"Egrave", 0xC8}, {"Epsilon", 0x395}, {"Eta", 0x397}, {"Euml", 0xCB}, {"GT", 0x3E},
  {"Gamma", 0x393}, {"Hat", 0x5E}, {"Iacute", 0xCD}, {"Icirc", 0xCE}, {"Igrave", 0xCC},
  {"Im", 0x2111}, {"Iota", 0x399}, {"Iuml", 0xCF}, {"Kappa", 0x39A}, {"LT", 0x3C},
  {"Lambda", 0x39B}, {"Leftarrow", 0x21D0}, {"Leftrightarrow", 0x21D4}, {"MediumSpace", 0x205F},
  {"Mu", 0x39C}, {"NewLine", 0x0A}, {"NoBreak", 0x2060}, {"Ntilde", 0xD1}, {"Nu", 0x39D},
  {"OElig", 0x152}, {"Oacute", 0xD3}, {"Ocirc", 0xD4}, {"Ograve", 0xD2}, {"Omega", 0x3A9},
  {"Omicron", 0x39F}, {"Oslash", 0xD8}, {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"PartialD", 0x2202},
  {"Phi", 0x3A6}, {"Pi", 0x3A0}, {"Prime", 0x2033}, {"Psi", 0x3A8}, {"QUOT", 0x22},
  {"REG", 0xAE}, {"Re", 0x211C}, {"Rho", 0x3A1}, {"Rightarrow", 0x21D2}, {"Scaron", 0x160},
  {"Sigma", 0x3A3}, {"Sqrt", 0x221A}, {"THORN", 0xDE}, {"TRADE", 0x2122}, {"Tab", 0x09},
  {"Tau", 0x3A4}, {"Theta", 0x398}, {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Ugrave", 0xD9},
  {"Upsilon", 0x3A5}, {"Uuml", 0xDC}, {"Vert", 0x2016}, {"Xi", 0x39E}, {"Yacute", 0xDD},
  {"Yuml", 0x178}, {"ZeroWidthSpace", 0x200B}, {"Zeta", 0x396},
  {"aacute", 0xE1}, {"acirc", 0xE2}, {"acute", 0xB4}, {"aelig", 0xE6}, {"agrave", 0xE0},
  {"alefsym", 0x2135}, {"aleph", 0x2135}, {"alpha", 0x3B1}, {"amp", 0x26}, {"and", 0x2227},
  {"ang", 0x2220}, {"angst", 0xC5}, {"apos", 0x27}, {"aring", 0xE5}, {"ast", 0x2A},
  {"asymp", 0x2248}, {"atilde", 0xE3}, {"auml", 0xE4}, {"bdquo", 0x201E}, {"beta", 0x3B2},
  {"bigcirc", 0x25EF}, {"bigstar", 0x2605}, {"blacksquare", 0x25AA}, {"brvbar", 0xA6}, {"bsol", 0x5C},
  {"bull", 0x2022}, {"bullet", 0x2022}, {"cap", 0x2229}, {"caret", 0x2041}, {"ccedil", 0xE7},
  {"cedil", 0xB8}, {"cent", 0xA2}, {"centerdot", 0xB7}, {"check", 0x2713}, {"chi", 0x3C7},
  {"cir", 0x25CB}, {"circ", 0x2C6}, {"clubs", 0x2663}, {"colon", 0x3A}, {"comma", 0x2C},
  {"commat", 0x40}, {"compfn", 0x2218}, {"cong", 0x2245}, {"copy", 0xA9}, {"copysr", 0x2117},
  {"crarr", 0x21B5}, {"cross", 0x2717}, {"cup", 0x222A}, {"curren", 0xA4}, {"dArr", 0x21D3},
  {"dagger", 0x2020}, {"darr", 0x2193}, {"dash", 0x2010}, {"deg", 0xB0}, {"delta", 0x3B4},
  {"diams", 0x2666}, {"die", 0xA8}, {"div", 0xF7}, {"divide", 0xF7}, {"dollar", 0x24},
  {"downarrow", 0x2193}, {"dtri", 0x25BF}, {"eacute", 0xE9}, {"ecirc", 0xEA}, {"egrave", 0xE8},
  {"ell", 0x2113}, {"empty", 0x2205}, {"emptyset", 0x2205}, {"emsp", 0x2003}, {"ensp", 0x2002},
  {"epsilon", 0x3B5}, {"equals", 0x3D}, {"equiv", 0x2261}, {"eta", 0x3B7}, {"eth", 0xF0},
  {"euml", 0xEB}, {"euro", 0x20AC}, {"excl", 0x21}, {"exist", 0x2203}, {"female", 0x2640},
  {"flat", 0x266D}, {"fnof", 0x192}, {"forall", 0x2200}, {"frac12", 0xBD}, {"frac13", 0x2153},
  {"frac14", 0xBC}, {"frac15", 0x2155}, {"frac18", 0x215B}, {"frac23", 0x2154}, {"frac34", 0xBE},
  {"frac38", 0x215C}, {"frac58", 0x215D}, {"frac78", 0x215E}, {"frasl", 0x2044}, {"gamma", 0x3B3},
  {"ge", 0x2265}, {"geq", 0x2265}, {"gg", 0x226B}, {"grave", 0x60}, {"gt", 0x3E},
  {"hArr", 0x21D4}, {"hairsp", 0x200A}, {"half", 0xBD}, {"harr", 0x2194}, {"hbar", 0x210F},
  {"hearts", 0x2665}, {"hellip", 0x2026}, {"horbar", 0x2015}, {"hyphen", 0x2010}, {"iacute", 0xED},
  {"icirc", 0xEE}, {"iexcl", 0xA1}, {"iff", 0x21D4}, {"igrave", 0xEC}, {"image", 0x2111},
  {"incare", 0x2105}, {"infin", 0x221E}, {"int", 0x222B}, {"iota", 0x3B9},
  {"iquest", 0xBF}, {"isin", 0x2208}, {"iuml", 0xEF}, {"kappa", 0x3BA}, {"lArr", 0x21D0},
  {"lambda", 0x3BB}, {"lang", 0x27E8}, {"langle", 0x27E8}, {"laquo", 0xAB}, {"larr", 0x2190},
  {"lbrace", 0x7B}, {"lbrack", 0x5B}, {"lceil", 0x2308}, {"lcub", 0x7B}, {"ldquo", 0x201C},
  {"ldquor", 0x201E}, {"le", 0x2264}, {"leftarrow", 0x2190}, {"leftrightarrow", 0x2194}, {"leq", 0x2264},
  {"lfloor", 0x230A}, {"ll", 0x226A}, {"lowast", 0x2217}, {"lowbar", 0x5F}, {"loz", 0x25CA},
  {"lpar", 0x28}, {"lrm", 0x200E}, {"lsaquo", 0x2039}, {"lsqb", 0x5B}, {"lsquo", 0x2018},
  {"lsquor", 0x201A}, {"lt", 0x3C}, {"ltri", 0x25C3}, {"macr", 0xAF}, {"male", 0x2642},
  {"map", 0x21A6}, {"mapsto", 0x21A6}, {"mdash", 0x2014}, {"micro", 0xB5}, {"mid", 0x2223},
  {"middot", 0xB7}, {"minus", 0x2212}, {"mldr", 0x2026}, {"mu", 0x3BC}, {"nabla", 0x2207},
  {"natural", 0x266E}, {"nbsp", 0xA0}, {"ndash", 0x2013}, {"ne", 0x2260},
  {"nexist", 0x2204}, {"ni", 0x220B}, {"nldr", 0x2025}, {"nmid", 0x2224}, {"not", 0xAC},
  {"notin", 0x2209}, {"npar", 0x2226}, {"nsub", 0x2284}, {"ntilde", 0xF1}, {"nu", 0x3BD},
  {"num", 0x23}, {"numero", 0x2116}, {"numsp", 0x2007}, {"oacute", 0xF3}, {"ocirc", 0xF4},
  {"oelig", 0x153}, {"ograve", 0xF2}, {"ohm", 0x3A9}, {"oint", 0x222E}, {"oline", 0x203E},
  {"omega", 0x3C9}, {"omicron", 0x3BF}, {"oplus", 0x2295}, {"or", 0x2228}, {"ordf", 0xAA},
  {"ordm", 0xBA}, {"oslash", 0xF8}, {"otilde", 0xF5}, {"otimes", 0x2297}, {"ouml", 0xF6},
  {"para", 0xB6}, {"parallel", 0x2225}, {"part", 0x2202}, {"percnt", 0x25}, {"period", 0x2E},
  {"permil", 0x2030}, {"perp", 0x22A5}, {"pertenk", 0x2031}, {"phi", 0x3C6}, {"phone", 0x260E},
  {"pi", 0x3C0}, {"piv", 0x3D6}, {"planck", 0x210F}, {"plus", 0x2B}, {"plusmn", 0xB1},
  {"pm", 0xB1}, {"pound", 0xA3}, {"prime", 0x2032}, {"prod", 0x220F}, {"prop", 0x221D},
  {"psi", 0x3C8}, {"puncsp", 0x2008}, {"quest", 0x3F}, {"quot", 0x22}, {"rArr", 0x21D2},
  {"radic", 0x221A}, {"rang", 0x27E9}, {"rangle", 0x27E9}, {"raquo", 0xBB}, {"rarr", 0x2192},
  {"rbrace", 0x7D}, {"rbrack", 0x5D}, {"rceil", 0x2309}, {"rcub", 0x7D}, {"rdquo", 0x201D},
  {"rdquor", 0x201D}, {"real", 0x211C}, {"reg", 0xAE}, {"rfloor", 0x230B}, {"rho", 0x3C1},
  {"rightarrow", 0x2192}, {"rlm", 0x200F}, {"rpar", 0x29}, {"rsaquo", 0x203A}, {"rsqb", 0x5D},
  {"rsquo", 0x2019}, {"rsquor", 0x2019}, {"rtri", 0x25B9}, {"sbquo", 0x201A}, {"scaron", 0x161},
  {"sdot", 0x22C5}, {"sect", 0xA7}, {"semi", 0x3B}, {"setminus", 0x2216}, {"sharp", 0x266F},
  {"shy", 0xAD}, {"sigma", 0x3C3}, {"sigmaf", 0x3C2}, {"sim", 0x223C}, {"sol", 0x2F},
  {"spades", 0x2660}, {"squ", 0x25A1}, {"square", 0x25A1}, {"star", 0x2606}, {"starf", 0x2605},
  {"sub", 0x2282}, {"sube", 0x2286}, {"subset", 0x2282}, {"sum", 0x2211}, {"sup", 0x2283},
  {"sup1", 0xB9}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"supe", 0x2287}, {"supset", 0x2283},
  {"szlig", 0xDF}, {"tau", 0x3C4}, {"there4", 0x2234}, {"theta", 0x3B8}, {"thetasym", 0x3D1},
  {"thinsp", 0x2009}, {"thorn", 0xFE}, {"tilde", 0x2DC}, {"times", 0xD7}, {"trade", 0x2122},
  {"uArr", 0x21D1}, {"uacute", 0xFA}, {"uarr", 0x2191}, {"ucirc", 0xFB}, {"ugrave", 0xF9},
  {"uml", 0xA8}, {"uparrow", 0x2191}, {"upsih", 0x3D2}, {"upsilon", 0x3C5}, {"utri", 0x25B5},
  {"uuml", 0xFC}, {"verbar", 0x7C}, {"weierp", 0x2118}, {"wp", 0x2118}, {"xi", 0x3BE},
  {"yacute", 0xFD}, {"yen", 0xA5}, {"yuml", 0xFF}, {"zeta", 0x3B6}, {"zwj", 0x200D},
  {"zwnj", 0x200C},
};

#define N_ENTITIES (sizeof ENTITIES / sizeof ENTITIES[0])

static uint32_t table_lookup(const entity *tab, size_t count, const char *s, size_t n);

/* Appends code point cp as UTF-8 (invalid values become U+FFFD). */
static void put_utf8(buf *o, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    b_putc(o, (char)cp);
  } else if (cp < 0x800) {
    b_putc(o, (char)(0xC0 | (cp >> 6)));
    b_putc(o, (char)(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    b_putc(o, (char)(0xE0 | (cp >> 12)));
    b_putc(o, (char)(0x80 | ((cp >> 6) & 0x3F)));
    b_putc(o, (char)(0x80 | (cp & 0x3F)));
  } else {
    b_putc(o, (char)(0xF0 | (cp >> 18)));
    b_putc(o, (char)(0x80 | ((cp >> 12) & 0x3F)));
    b_putc(o, (char)(0x80 | ((cp >> 6) & 0x3F)));
    b_putc(o, (char)(0x80 | (cp & 0x3F)));
  }
}

/* Appends a decoded code point as HTML text: the four markup-significant characters stay escaped. */
static void put_cp_html(buf *o, uint32_t cp) {
  switch (cp) {
  case '&': b_puts(o, "&amp;"); break;
  case '<': b_puts(o, "&lt;"); break;
  case '>': b_puts(o, "&gt;"); break;
  case '"': b_puts(o, "&quot;"); break;
  default: put_utf8(o, cp);
  }
}

/* Decodes the character reference s[0..n) (as measured by entity_len) into o as escaped HTML text.
 * Numeric references out of range, to NUL or to a surrogate give U+FFFD; unknown names stay literal. */
static void decode_entity(buf *o, const char *s, size_t n) {
  if (s[1] == '#') {
    uint32_t v = 0;
    int hex = s[2] == 'x' || s[2] == 'X';
    for (size_t i = hex ? 3 : 2; i + 1 < n; i++) {
      int c = (unsigned char)s[i];
      uint32_t d = is_digit(c) ? (uint32_t)(c - '0') : (uint32_t)(lower(c) - 'a' + 10);
      v = v * (hex ? 16u : 10u) + d; /* at most 7 digits: no overflow */
    }
    put_cp_html(o, v);
    return;
  }
  uint32_t cp = table_lookup(ENTITIES, N_ENTITIES, s + 1, n - 2);
  if (cp) {
    put_cp_html(o, cp);
  } else {
    b_puts(o, "&amp;");
    b_put(o, s + 1, n - 1);
  }
}


/* ------------------------------------------------------------------------------------------------ */
/* a little Unicode: UTF-8 decoding, character classes for emphasis flanking, case folding of labels  */

/* Decodes the UTF-8 sequence at s[0..n); returns its length (1..4) and the code point in *cp, or 0 if
 * the bytes are not well-formed UTF-8 (overlong, surrogate, out of range or truncated). */
static size_t utf8_decode(const char *s, size_t n, uint32_t *cp) {
  const unsigned char *u = (const unsigned char *)s;
  if (n == 0) return 0;
  if (u[0] < 0x80) {
    *cp = u[0];
    return 1;
  }
  size_t len = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC0 ? 2 : 0;
  if (len == 0 || len > n || u[0] > 0xF4) return 0;
  uint32_t v = u[0] & (0x7F >> len);
  for (size_t k = 1; k < len; k++) {
    if ((u[k] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (u[k] & 0x3F);
  }
  static const uint32_t min_for_len[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < min_for_len[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

/* The code point ending just before s[i] (i > 0); a malformed byte counts as itself. */
static uint32_t utf8_before(const char *s, size_t i) {
  size_t k = i - 1, back = 0;
  while (k > 0 && back < 3 && ((unsigned char)s[k] & 0xC0) == 0x80) {
    k--;
    back++;
  }
  uint32_t cp;
  if (utf8_decode(s + k, i - k, &cp) == i - k) return cp;
  return (unsigned char)s[i - 1];
}

/* The code point starting at s[j] (j < n); a malformed byte counts as itself. */
static uint32_t utf8_at(const char *s, size_t n, size_t j) {
  uint32_t cp;
  return utf8_decode(s + j, n - j, &cp) ? cp : (unsigned char)s[j];
}

enum { UC_OTHER, UC_SPACE, UC_PUNCT };

/* CommonMark's classes for the flanking rules: Unicode whitespace (Zs plus ASCII controls) and
 * Unicode punctuation (P and S categories; the common blocks are listed, letters are "other"). */
static int uclass(uint32_t cp) {
  if (cp < 0x80) return is_ws((int)cp) ? UC_SPACE : is_punct((int)cp) ? UC_PUNCT : UC_OTHER;
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
      cp == 0x3000)
    return UC_SPACE;
  if (cp >= 0xA1 && cp <= 0xBF) {
    /* Latin-1: everything here is punctuation or a symbol except these letters and numbers */
    return (cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB5 || cp == 0xB9 || cp == 0xBA ||
            (cp >= 0xBC && cp <= 0xBE) || cp == 0xAD)
               ? UC_OTHER
               : UC_PUNCT;
  }
  if (cp == 0xD7 || cp == 0xF7) return UC_PUNCT;
  if ((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x20A0 && cp <= 0x20C0) ||
      (cp >= 0x2190 && cp <= 0x23FF) || (cp >= 0x2500 && cp <= 0x27BF) || (cp >= 0x2E00 && cp <= 0x2E7F) ||
      (cp >= 0x3001 && cp <= 0x3003) || (cp >= 0x3008 && cp <= 0x3011) || (cp >= 0x3014 && cp <= 0x301F) ||
      (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
      (cp >= 0xFF5B && cp <= 0xFF65) || (cp >= 0x1F300 && cp <= 0x1FAFF))
    return UC_PUNCT;
  return UC_OTHER;
}

/* Simple case folding for reference and footnote labels: ASCII, Latin-1, Latin Extended-A, Greek and
 * Cyrillic capitals map to their small letters; sharp s (U+00DF, U+1E9E) folds to "ss" as in
 * CaseFolding.txt. Writes the folded form of cp to o. */
static void put_folded(buf *o, uint32_t cp) {
  if (cp == 0xDF || cp == 0x1E9E) {
    b_puts(o, "ss");
    return;
  }
  if (cp < 0x80) cp = (uint32_t)lower((int)cp);
  else if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;
  else if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) cp |= 1;
  else if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) cp += cp & 1;
  else if (cp == 0x178) cp = 0xFF;
  else if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) cp += 0x20;
  else if (cp == 0x3C2) cp = 0x3C3; /* final sigma folds to sigma */
  else if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;
  else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;
  put_utf8(o, cp);
}

/* HTML-escape for text and attribute values: & < > ". With keep_entities, character references in the
 * source are decoded (and the result re-escaped) instead of having their '&' escaped. */
static void esc_html(buf *o, const char *s, size_t n, int keep_entities) {
  size_t run = 0;
  b_reserve(o, n);
  for (size_t i = 0; i < n; i++) {
    const char *rep = NULL;
    size_t el = 0;
    switch (s[i]) {
    case '&':
      if (keep_entities && (el = entity_len(s + i, n - i)) > 0) {
        b_put(o, s + run, i - run);
        decode_entity(o, s + i, el);
        i += el - 1;
        run = i + 1;
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

/* Normalize a label: trim, collapse whitespace runs to one space, case-fold (see put_folded). */
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
    uint32_t cp;
    size_t len = c >= 0x80 ? utf8_decode(s + i, n - i, &cp) : 0;
    if (len > 1) {
      put_folded(o, cp);
      i += len - 1;
    } else {
      b_putc(o, (char)lower(c)); /* ASCII, or a malformed byte kept as it is */
    }
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
/* options and the rendering context                                                                   */

/* Output options (all off by default; md_to_html uses the defaults). */
typedef struct {
  int smart;       /* --smart: curly quotes, en/em dashes, ellipsis */
  int hard_breaks; /* --hard-breaks: every soft line break becomes <br /> */
  int ids;         /* --ids: id="slug" on headings (unique per document) */
  int toc;         /* --toc: a <nav class="toc"> of all headings first (implies ids) */
  int full;        /* --full: a complete HTML document, titled after the first heading */
} md_opts;

/* String-keyed hash map with a long value: footnote labels and heading slugs. */
typedef struct smap_ent {
  struct smap_ent *next;
  char *key;
  size_t len;
  uint32_t hash;
  long val;
} smap_ent;

#define SMAP_BUCKETS 512

typedef struct {
  smap_ent *b[SMAP_BUCKETS];
} smap;

static uint32_t hash_mem(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static smap_ent *smap_get(const smap *m, const char *key, size_t n) {
  uint32_t h = hash_mem(key, n);
  for (smap_ent *e = m->b[h % SMAP_BUCKETS]; e; e = e->next)
    if (e->hash == h && e->len == n && memcmp(e->key, key, n) == 0) return e;
  return NULL;
}

/* Inserts key (copied) with value val unless present; returns the entry either way. */
static smap_ent *smap_put(smap *m, const char *key, size_t n, long val) {
  smap_ent *e = smap_get(m, key, n);
  if (e) return e;
  e = xmalloc0(sizeof *e);
  e->key = xstrndup(key, n);
  e->len = n;
  e->hash = hash_mem(key, n);
  e->val = val;
  e->next = m->b[e->hash % SMAP_BUCKETS];
  m->b[e->hash % SMAP_BUCKETS] = e;
  return e;
}

static void smap_free(smap *m) {
  for (int i = 0; i < SMAP_BUCKETS; i++) {
    smap_ent *e = m->b[i];
    while (e) {
      smap_ent *nx = e->next;
      free(e->key);
      free(e);
      e = nx;
    }
    m->b[i] = NULL;
  }
}

struct block;

/* A footnote definition; num is its number once referenced (0 before). */
typedef struct {
  const struct block *def;
  int num, nrefs;
} fnote;

/* A heading for the table of contents: level, id and plain text (already HTML-escaped). */
typedef struct {
  int level;
  char *id, *text;
} tocent;

typedef struct rctx {
  const refmap *refs;
  md_opts opt;
  fnote *fn; /* definitions in document order; fnmap maps normalized label -> index */
  size_t nfn, fncap;
  smap fnmap;
  long *order; /* footnote indices in reference (= number) order */
  size_t norder, ordcap;
  smap slugs; /* heading ids handed out; val = next numeric suffix for that base */
  tocent *toc;
  size_t ntoc, toccap;
  const struct block *task_para; /* paragraph that starts with a task-list checkbox */
  int task_checked;
  char *title; /* plain text of the first heading (for --full), HTML-escaped */
} rctx;

static void *grow(void *p, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return p;
  size_t c = *cap ? *cap : 8;
  while (c < need) {
    if (c > SIZE_MAX / 2 / elem) die_oom();
    c *= 2;
  }
  p = realloc(p, c * elem);
  if (!p) die_oom();
  *cap = c;
  return p;
}

static int footnote_ref(rctx *r, const char *label, size_t n, buf *o);

/* ------------------------------------------------------------------------------------------------ */
/* inline parsing                                                                                      */

enum { N_TEXT, N_DELIM, N_BRACKET };

typedef struct {
  unsigned char kind;
  unsigned char image;     /* N_BRACKET: "![" */
  unsigned char active;    /* N_BRACKET: may still become a link */
  unsigned char can_open, can_close;
  char ch;                 /* N_DELIM: '*', '_', '~' or '=' */
  int count, orig;         /* N_DELIM: remaining and original run length */
  long dprev;              /* N_DELIM: previous live delimiter node, -1 none */
  size_t off, len;         /* N_TEXT: range in the scratch buffer */
  size_t src;              /* N_BRACKET: source offset just after '[' */
  unsigned char *otags;    /* N_DELIM: open tags outer..inner (1 em, 2 strong, 3 del, 4 mark) */
  unsigned char *ctags;    /* N_DELIM: close tags inner..outer */
  int on, cn;
} inode;

typedef struct {
  const refmap *refs;
  rctx *r;
  const char *s;
  size_t n;
  buf scratch; /* rendered HTML of N_TEXT nodes */
  inode *nodes;
  size_t nn, ncap;
  long *brackets; /* stack of N_BRACKET node indices */
  size_t nb, bcap;
  int in_link; /* > 0 while a '[' is open: no bare-URL autolinks inside link text */
  size_t email_miss;          /* no bare email address starts before this offset (see email_len) */
  size_t math_fail[2];        /* "$" / "$$" openers before this offset have no closer (see scan_math) */
  size_t email_at, email_dom; /* cache: '@' offset + 1 and its domain length */
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
  long openers_bottom[4][3][2];
  for (int a = 0; a < 4; a++)
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
    int ci = cl->ch == '_' ? 1 : cl->ch == '~' ? 2 : cl->ch == '=' ? 3 : 0;
    int exact = cl->ch == '~' || cl->ch == '='; /* strikethrough and highlight: equal-length runs */
    for (;;) {
      long ob = openers_bottom[ci][cl->orig % 3][cl->can_open];
      long j = cl->dprev, found = -1;
      while (j > bottom && j > ob) {
        inode *op = &c->nodes[j];
        if (exact && op->ch == cl->ch && op->can_open && op->count == cl->count) {
          found = j;
          break;
        }
        if (!exact && op->ch == cl->ch && op->can_open && op->count > 0) {
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
      int use = cl->ch == '~' ? 3 : cl->ch == '=' ? 4 : (cl->count >= 2 && op->count >= 2) ? 2 : 1;
      int width = exact ? cl->count : use;
      op->count -= width;
      cl->count -= width;
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

/* Tags of the delimiter matches, indexed by the tag number stored in otags/ctags. */
static const char *const OPEN_TAGS[] = {"", "<em>", "<strong>", "<del>", "<mark>"};
static const char *const CLOSE_TAGS[] = {"", "</em>", "</strong>", "</del>", "</mark>"};

static void render_nodes(ictx *c, size_t from, buf *o) {
  for (size_t i = from; i < c->nn; i++) {
    inode *nd = &c->nodes[i];
    switch (nd->kind) {
    case N_TEXT: b_put(o, c->scratch.p + nd->off, nd->len); break;
    case N_BRACKET: b_puts(o, nd->image ? "![" : "["); break;
    case N_DELIM:
      for (int k = 0; k < nd->cn; k++) b_puts(o, CLOSE_TAGS[nd->ctags[k]]);
      for (int k = 0; k < nd->count; k++) b_putc(o, nd->ch);
      for (int k = 0; k < nd->on; k++) b_puts(o, OPEN_TAGS[nd->otags[k]]);
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
  int before = i > 0 ? uclass(utf8_before(s, i)) : UC_SPACE;
  int after = j < c->n ? uclass(utf8_at(s, c->n, j)) : UC_SPACE;
  int ws_before = before == UC_SPACE, ws_after = after == UC_SPACE;
  int p_before = before == UC_PUNCT, p_after = after == UC_PUNCT;
  int left = !ws_after && (!p_after || ws_before || p_before);
  int right = !ws_before && (!p_before || ws_after || p_after);
  inode *nd = new_node(c, N_DELIM);
  nd->ch = ch;
  nd->count = nd->orig = (int)((j - i) > 1000000 ? 1000000 : (j - i));
  if (ch == '*') {
    nd->can_open = (unsigned char)left;
    nd->can_close = (unsigned char)right;
  } else if (ch == '~') {
    /* strikethrough: only runs of one or two tildes delimit */
    nd->can_open = (unsigned char)(left && j - i <= 2);
    nd->can_close = (unsigned char)(right && j - i <= 2);
  } else if (ch == '=') {
    /* highlight: only "==" delimits */
    nd->can_open = (unsigned char)(left && j - i == 2);
    nd->can_close = (unsigned char)(right && j - i == 2);
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

/* Math span at a '$' run at s[i] (GitHub style): "$...$" inline or "$$...$$" display. The opener
 * must not be followed by whitespace; the closer (a run of the same length) must not be preceded by
 * whitespace nor followed by a digit, so "$5 and $10" stays text; inline math does not cross a line
 * end. The content is kept verbatim (escaped) for a client-side renderer. Returns bytes consumed (the
 * run itself when unmatched). A failed search is remembered: every later opener before the point
 * where it stopped would fail the same way, which keeps the scan linear. */
static size_t scan_math(ictx *c, size_t i) {
  const char *s = c->s;
  size_t n = c->n, j = i;
  while (j < n && s[j] == '$') j++;
  size_t run = j - i;
  if (run > 2 || j >= n || is_ws((unsigned char)s[j]) || i < c->math_fail[run - 1]) {
    emit_text(c, s + i, run, 0);
    return run;
  }
  for (size_t k = j; k < n;) {
    if (s[k] == '\\' && k + 1 < n) {
      k += 2;
      continue;
    }
    if (s[k] == '\n' && run == 1) break;
    if (s[k] != '$') {
      k++;
      continue;
    }
    size_t e = k;
    while (e < n && s[e] == '$') e++;
    if (e - k == run && !is_ws((unsigned char)s[k - 1]) && !(e < n && is_digit((unsigned char)s[e]))) {
      buf *o = text_out(c);
      b_puts(o, run == 1 ? "<span class=\"math inline\">" : "<span class=\"math display\">");
      esc_html(o, s + j, k - j, 0);
      b_puts(o, "</span>");
      text_done(c);
      return e - i;
    }
    k = e;
  }
  size_t stop = j;
  while (stop < n && !(run == 1 && s[stop] == '\n')) stop++;
  c->math_fail[run - 1] = stop;
  emit_text(c, s + i, run, 0);
  return run;
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

/* ------------------------------------------------------------------------------------------------ */
/* emoji shortcodes (":tada:"), a common subset of GitHub's list; sorted by strcmp for binary search   */

static const entity EMOJI[] = {
  {"+1", 0x1F44D}, {"-1", 0x1F44E}, {"100", 0x1F4AF}, {"alarm_clock", 0x23F0}, {"angry", 0x1F620},
  {"apple", 0x1F34E}, {"arrow_down", 0x2B07}, {"arrow_left", 0x2B05}, {"arrow_right", 0x27A1},
  {"arrow_up", 0x2B06}, {"baby", 0x1F476}, {"beer", 0x1F37A}, {"bell", 0x1F514}, {"bike", 0x1F6B2},
  {"blush", 0x1F60A}, {"book", 0x1F4D6}, {"boom", 0x1F4A5}, {"bug", 0x1F41B}, {"bulb", 0x1F4A1},
  {"cake", 0x1F370}, {"calendar", 0x1F4C6}, {"camera", 0x1F4F7}, {"car", 0x1F697}, {"cat", 0x1F431},
  {"clap", 0x1F44F}, {"cloud", 0x2601}, {"coffee", 0x2615}, {"computer", 0x1F4BB}, {"confused", 0x1F615},
  {"construction", 0x1F6A7}, {"cool", 0x1F192}, {"cry", 0x1F622}, {"dog", 0x1F436}, {"dragon", 0x1F409},
  {"email", 0x1F4E7}, {"eyes", 0x1F440}, {"fire", 0x1F525}, {"fish", 0x1F41F}, {"frog", 0x1F438},
  {"gear", 0x2699}, {"gem", 0x1F48E}, {"ghost", 0x1F47B}, {"gift", 0x1F381}, {"grin", 0x1F601},
  {"grinning", 0x1F600}, {"hammer", 0x1F528}, {"heart", 0x2764}, {"heavy_check_mark", 0x2714},
  {"hourglass", 0x231B}, {"house", 0x1F3E0}, {"hugs", 0x1F917}, {"information_source", 0x2139},
  {"joy", 0x1F602}, {"key", 0x1F511}, {"laughing", 0x1F606}, {"link", 0x1F517}, {"lock", 0x1F512},
  {"mag", 0x1F50D}, {"memo", 0x1F4DD}, {"moon", 0x1F319}, {"muscle", 0x1F4AA}, {"no_entry", 0x26D4},
  {"ok_hand", 0x1F44C}, {"package", 0x1F4E6}, {"pencil2", 0x270F}, {"penguin", 0x1F427},
  {"pizza", 0x1F355}, {"point_right", 0x1F449}, {"pray", 0x1F64F}, {"question", 0x2753},
  {"rainbow", 0x1F308}, {"recycle", 0x267B}, {"rocket", 0x1F680}, {"rofl", 0x1F923}, {"rose", 0x1F339},
  {"scream", 0x1F631}, {"see_no_evil", 0x1F648}, {"smile", 0x1F604}, {"smiley", 0x1F603},
  {"snake", 0x1F40D}, {"snowflake", 0x2744}, {"sob", 0x1F62D}, {"sparkles", 0x2728}, {"star", 0x2B50},
  {"sunglasses", 0x1F60E}, {"sunny", 0x2600}, {"sweat_smile", 0x1F605}, {"tada", 0x1F389},
  {"thinking", 0x1F914}, {"thumbsdown", 0x1F44E}, {"thumbsup", 0x1F44D}, {"trophy", 0x1F3C6},
  {"turtle", 0x1F422}, {"umbrella", 0x2614}, {"unlock", 0x1F513}, {"warning", 0x26A0}, {"wave", 0x1F44B},
  {"white_check_mark", 0x2705}, {"wink", 0x1F609}, {"wrench", 0x1F527}, {"x", 0x274C}, {"zap", 0x26A1},
  {"zzz", 0x1F4A4},
};

#define N_EMOJI (sizeof EMOJI / sizeof EMOJI[0])

/* Binary search of name s[0..n) in a strcmp-sorted table; returns the code point or 0. */
static uint32_t table_lookup(const entity *tab, size_t count, const char *s, size_t n) {
  size_t lo = 0, hi = count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *nm = tab[mid].name;
    size_t k = 0;
    while (k < n && nm[k] && nm[k] == s[k]) k++;
    int cmp;
    if (k == n) cmp = nm[k] ? -1 : 0; /* s is a prefix of nm (or equal) */
    else if (!nm[k]) cmp = 1;
    else cmp = (unsigned char)s[k] < (unsigned char)nm[k] ? -1 : 1;
    if (cmp == 0) return tab[mid].cp;
    if (cmp < 0) hi = mid;
    else lo = mid + 1;
  }
  return 0;
}

static int is_emoji_char(int c) { return is_alnum(c) || c == '_' || c == '+' || c == '-'; }

/* ":name:" at s[i] naming a known emoji: emits it and returns the bytes consumed, else 0. */
static size_t scan_emoji(ictx *c, size_t i) {
  const char *s = c->s;
  size_t n = c->n, k = i + 1;
  while (k < n && k - i <= 32 && is_emoji_char((unsigned char)s[k])) k++;
  if (k >= n || s[k] != ':' || k == i + 1) return 0;
  uint32_t cp = table_lookup(EMOJI, N_EMOJI, s + i + 1, k - i - 1);
  if (!cp) return 0;
  put_utf8(text_out(c), cp);
  text_done(c);
  return k + 1 - i;
}

/* ---- GFM extended email autolinks ("user@example.com" in running text) ---- */

static int is_email_local(int c) { return is_alnum(c) || c == '.' || c == '_' || c == '+' || c == '-'; }

/* Length of the domain of a bare email address whose '@' is at s[at] (labels of letters, digits, '-'
 * and '_', at least one dot, not ending in '-' or '_'; a trailing '.' is not part of it), else 0.
 * The last answer is cached: every start inside a long local part asks about the same '@'. */
static size_t email_domain_len(ictx *c, size_t at) {
  if (c->email_at == at + 1) return c->email_dom;
  const char *s = c->s;
  size_t n = c->n, d = at + 1, e = d;
  int dots = 0;
  while (e < n && (is_alnum((unsigned char)s[e]) || s[e] == '-' || s[e] == '_' || s[e] == '.')) {
    if (s[e] == '.') {
      if (e + 1 >= n || !(is_alnum((unsigned char)s[e + 1]) || s[e + 1] == '-' || s[e + 1] == '_')) break;
      dots++;
    }
    e++;
  }
  size_t len = (e == d || dots == 0 || s[e - 1] == '-' || s[e - 1] == '_') ? 0 : e - d;
  c->email_at = at + 1;
  c->email_dom = len;
  return len;
}

/* Length of a bare email address at s[i] (local part of letters, digits and ._+-, '@', domain), else 0.
 * Linear overall: a local part that reaches no '@' is remembered (email_miss), so later starts inside
 * the same run of local-part characters fail at once. */
static size_t email_len(ictx *c, size_t i) {
  const char *s = c->s;
  size_t n = c->n, k = i;
  if (i < c->email_miss) return 0;
  while (k < n && is_email_local((unsigned char)s[k])) k++;
  if (k == i || k >= n || s[k] != '@') {
    c->email_miss = k;
    return 0;
  }
  size_t dl = email_domain_len(c, k);
  return dl ? k + 1 + dl - i : 0;
}

/* An email address can start at s[i] if the preceding byte cannot be part of one. */
static int email_boundary(const char *s, size_t i) {
  if (i == 0) return 1;
  int p = (unsigned char)s[i - 1];
  return !(is_alnum(p) || p == '.' || p == '+' || p == '-' || p >= 0x80);
}

static size_t scan_bare_email(ictx *c, size_t i) {
  if (c->in_link || !email_boundary(c->s, i)) return 0;
  size_t len = email_len(c, i);
  if (!len) return 0;
  buf *o = text_out(c);
  b_puts(o, "<a href=\"mailto:");
  esc_url(o, c->s + i, len);
  b_puts(o, "\">");
  esc_html(o, c->s + i, len, 0);
  b_puts(o, "</a>");
  text_done(c);
  return len;
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

/* Footnote reference "[^label]" at s[i] (s[i + 1] == '^'); returns bytes consumed, or 0 when there
 * is no such definition (the text is then parsed as an ordinary bracket). */
static size_t scan_footnote_ref(ictx *c, size_t i) {
  const char *s = c->s;
  size_t n = c->n, k = i + 2;
  while (k < n && k - i <= MAX_LABEL && s[k] != ']' && s[k] != '[' && !is_ws((unsigned char)s[k])) k++;
  if (k >= n || s[k] != ']' || k == i + 2) return 0;
  buf *o = text_out(c);
  size_t before = o->n;
  int ok = footnote_ref(c->r, s + i + 2, k - i - 2, o);
  if (!ok) {
    o->n = before;
    if (o->p) o->p[before] = 0;
    text_done(c);
    return 0;
  }
  text_done(c);
  return k + 1 - i;
}

/* --smart: a run of '-' at s[i]. "--" is an en dash, "---" an em dash; longer runs are split into em
 * dashes then en dashes so that no hyphen is left over (the CommonMark smart-punctuation rule). */
static size_t smart_dashes(ictx *c, size_t i) {
  size_t j = i;
  while (j < c->n && c->s[j] == '-') j++;
  size_t cnt = j - i, em = 0, en = 0;
  if (cnt == 1) {
    emit_text(c, "-", 1, 0);
    return 1;
  }
  if (cnt % 3 == 0) em = cnt / 3;
  else if (cnt % 2 == 0) en = cnt / 2;
  else if (cnt % 3 == 2) {
    em = (cnt - 2) / 3;
    en = 1;
  } else {
    em = (cnt - 4) / 3;
    en = 2;
  }
  buf *o = text_out(c);
  for (size_t k = 0; k < em; k++) b_puts(o, "\xE2\x80\x94");
  for (size_t k = 0; k < en; k++) b_puts(o, "\xE2\x80\x93");
  text_done(c);
  return cnt;
}

/* --smart: "..." is an ellipsis (each full group of three dots). */
static size_t smart_dots(ictx *c, size_t i) {
  size_t j = i;
  while (j < c->n && c->s[j] == '.') j++;
  buf *o = text_out(c);
  size_t cnt = j - i;
  for (size_t k = 0; k + 3 <= cnt; k += 3) b_puts(o, "\xE2\x80\xA6");
  for (size_t k = 0; k < cnt % 3; k++) b_putc(o, '.');
  text_done(c);
  return cnt;
}

/* --smart: a straight quote at s[i] becomes an opening quote after whitespace or an opening bracket
 * and before a non-space, else a closing quote (so apostrophes become U+2019). */
static void smart_quote(ictx *c, size_t i) {
  int prev = i > 0 ? (unsigned char)c->s[i - 1] : '\n';
  int next = i + 1 < c->n ? (unsigned char)c->s[i + 1] : '\n';
  int open = (is_ws(prev) || strchr("([{-\"'", prev) != NULL) && !is_ws(next);
  if (c->s[i] == '"') emit_raw(c, open ? "\xE2\x80\x9C" : "\xE2\x80\x9D");
  else emit_raw(c, open ? "\xE2\x80\x98" : "\xE2\x80\x99");
}

/* Renders inline content s[0..n) to o. Lines are separated by '\n'. */
static void render_inlines(rctx *r, const char *s, size_t n, buf *o) {
  ictx c;
  memset(&c, 0, sizeof c);
  c.refs = r->refs;
  c.r = r;
  int smart = r->opt.smart;
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
      emit_raw(&c, sp >= 2 || r->opt.hard_breaks ? "<br />\n" : "\n");
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
    case '_':
    case '~':
    case '=': i += scan_delims(&c, i); break;
    case '$': i += scan_math(&c, i); break;
    case '[': {
      size_t fk = i + 1 < n && s[i + 1] == '^' ? scan_footnote_ref(&c, i) : 0;
      if (fk) {
        i += fk;
        break;
      }
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
    case ':': {
      size_t k = scan_emoji(&c, i);
      if (k) i += k;
      else {
        emit_text(&c, ":", 1, 0);
        i++;
      }
      break;
    }
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
      if (smart && (ch == '"' || ch == '\'')) {
        smart_quote(&c, i);
        i++;
        break;
      }
      if (smart && ch == '-') {
        i += smart_dashes(&c, i);
        break;
      }
      if (smart && ch == '.') {
        i += smart_dots(&c, i);
        break;
      }
      if (is_email_local(ch)) {
        size_t k = scan_bare_email(&c, i);
        if (k) {
          i += k;
          break;
        }
      }
      /* a run of ordinary characters; character references are kept whole (they may contain letters
       * that otherwise end a run, like the 'h' of "&mdash;") */
      size_t j = i;
      while (j < n) {
        unsigned char d = (unsigned char)s[j];
        if (d == '&') {
          size_t el = entity_len(s + j, n - j);
          j += el ? el : 1;
          continue;
        }
        if (j == i) {
          j++;
          continue;
        }
        if (d == '@' && !c.in_link) {
          /* end the run where a bare email address starts, so it is linked on the next turn */
          size_t ls = j;
          while (ls > i && is_email_local((unsigned char)s[ls - 1])) ls--;
          if (ls > i && email_boundary(s, ls) && email_len(&c, ls)) {
            j = ls;
            break;
          }
        }
        if ((d == 'h' || d == 'H' || d == 'w' || d == 'W') && !is_ws((unsigned char)s[j - 1]) &&
            !strchr("*_~(", s[j - 1])) {
          j++; /* mid-word: a bare URL cannot start here */
          continue;
        }
        if (d == '\n' || d == '\\' || d == '`' || d == '*' || d == '_' || d == '~' || d == '=' || d == '$' ||
            d == '[' || d == '!' ||
            d == ']' || d == '<' || d == ':' || d == 'h' || d == 'H' || d == 'w' || d == 'W')
          break;
        if (smart && (d == '"' || d == '\'' || d == '-' || d == '.')) break;
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

/* B_FOOT: footnote definition "[^label]: ..." (container, label in info, content indented 4);
 * B_DT: definition-list terms (a paragraph followed by a ": " line; one term per line);
 * B_DD: a definition ": ..." (container, like a list item). */
enum { B_DOC, B_QUOTE, B_LIST, B_ITEM, B_PARA, B_HEADING, B_CODE, B_HR, B_TABLE, B_FOOT, B_DT, B_DD };

typedef struct block {
  int type, open, last_line_blank;
  struct block *parent, *first, *last, *next;
  buf text;          /* PARA, HEADING, CODE, TABLE: raw lines, each ending in '\n' */
  int level;         /* HEADING */
  int fenced, fence_len, fence_indent;
  char fence_ch;
  char *info;        /* CODE: info string (unescaped), may be NULL; FOOT: normalized label */
  int ordered, start, tight; /* tight: LIST, and DD (not preceded by a blank line) */
  char delim;        /* LIST: bullet char, or '.' / ')' */
  int content_indent;/* ITEM, DD */
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
  case B_ITEM:
  case B_FOOT:
  case B_DD: return child != B_ITEM;
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

/* ---- footnote definitions ---- */

/* Length of a footnote definition marker "[^label]:" at s (label: 1..MAX_LABEL bytes, no whitespace
 * or brackets), else 0. */
static size_t footnote_def_len(const char *s, size_t n) {
  if (n < 5 || s[0] != '[' || s[1] != '^') return 0;
  size_t k = 2;
  while (k < n && k - 2 < MAX_LABEL && s[k] != ']' && s[k] != '[' && s[k] != ' ') k++;
  if (k == 2 || k + 1 >= n || s[k] != ']' || s[k + 1] != ':') return 0;
  return k + 2;
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
    case B_FOOT:
      if (p->blank) {
        if (c->first) {
          p->pos = p->fns;
          ok = 1;
        }
      } else if (p->indent >= 4) {
        p->pos += 4;
        ok = 1;
      }
      break;
    case B_DD:
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
    if (c->type == B_QUOTE || c->type == B_ITEM || c->type == B_LIST || c->type == B_FOOT || c->type == B_DD)
      depth++;
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
    size_t fl;
    if (depth < MAX_DEPTH && (fl = footnote_def_len(s, rest)) > 0) {
      if (!opened) close_unmatched(p, last_matched);
      opened = 1;
      block *fb = add_child(p, container, B_FOOT);
      buf key = {0};
      normalize_label(&key, s + 2, fl - 4);
      fb->info = key.p;
      p->pos = p->fns + fl;
      while (p->pos < p->line.n && p->line.p[p->pos] == ' ') p->pos++;
      container = fb;
      depth++;
      lazy_ok = 0;
      continue;
    }
    if (depth < MAX_DEPTH && rest >= 2 && s[0] == ':' && s[1] == ' ') {
      int term_ok = 0, after_blank = 0;
      block *prevb = container->last;
      if (container->type != B_PARA && prevb && prevb->type == B_PARA && !prevb->open && prevb->text.n > 0) {
        /* "Term", a blank line, then ": definition": the closed paragraph becomes the terms and the
         * definition is loose (its paragraphs get <p>) */
        while (prevb->text.n > 0 && prevb->text.p[prevb->text.n - 1] == '\n') prevb->text.p[--prevb->text.n] = 0;
        prevb->type = B_DT;
        term_ok = after_blank = 1;
        if (!opened) close_unmatched(p, last_matched);
        opened = 1;
      } else if (container->type == B_PARA && container == p->tip) {
        /* the paragraph's lines are the terms (after any reference definitions are extracted) */
        block *para = container;
        finalize(p, para);
        while (para->text.n > 0 && para->text.p[para->text.n - 1] == '\n') para->text.p[--para->text.n] = 0;
        if (para->text.n > 0) {
          para->type = B_DT;
          term_ok = 1;
        }
        container = para->parent;
        last_matched = container;
        opened = 1;
      } else if (container->last && (container->last->type == B_DD || container->last->type == B_DT)) {
        term_ok = 1;
        if (!opened) close_unmatched(p, last_matched);
        opened = 1;
      }
      if (term_ok) {
        size_t sp = 1;
        while (1 + sp < rest && sp < 4 && s[1 + sp] == ' ') sp++;
        block *dd = add_child(p, container, B_DD);
        dd->content_indent = p->indent + 1 + (int)sp;
        dd->tight = !after_blank;
        p->pos = p->fns + 1 + sp;
        container = dd;
        depth++;
        lazy_ok = 0;
        continue;
      }
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

static void render_block(rctx *r, const block *b, buf *o, int tight);

static void render_table(rctx *r, const block *b, buf *o) {
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
        render_inlines(r, cell.p ? cell.p : "", cell.n, o);
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

static int is_deflist_part(const block *b) { return b && (b->type == B_DT || b->type == B_DD); }

/* Renders the children of a container; runs of consecutive terms and definitions are wrapped in one
 * <dl>. Footnote definitions render nowhere here (they go to the footnote section). */
static void render_siblings(rctx *r, const block *first, buf *o, int tight) {
  const block *prev = NULL;
  for (const block *c = first; c; prev = c, c = c->next) {
    if (is_deflist_part(c) && !is_deflist_part(prev)) {
      cr(o);
      b_puts(o, "<dl>\n");
    }
    render_block(r, c, o, tight);
    if (is_deflist_part(c) && !is_deflist_part(c->next)) {
      cr(o);
      b_puts(o, "</dl>\n");
    }
  }
}

static void render_children(rctx *r, const block *b, buf *o, int tight) { render_siblings(r, b->first, o, tight); }

/* GFM alerts: a block quote whose first line is "[!NOTE]", "[!TIP]", "[!IMPORTANT]", "[!WARNING]" or
 * "[!CAUTION]" (any case) renders as a titled <div>. Returns the kind's index, or -1. */
static const char *const ALERT_KINDS[] = {"note", "tip", "important", "warning", "caution"};
static const char *const ALERT_TITLES[] = {"Note", "Tip", "Important", "Warning", "Caution"};

static int alert_kind(const block *quote, size_t *skip) {
  const block *p = quote->first;
  if (!p || p->type != B_PARA || p->text.n < 5 || p->text.p[0] != '[' || p->text.p[1] != '!') return -1;
  const char *t = p->text.p;
  size_t e = 2;
  while (e < p->text.n && is_alpha((unsigned char)t[e])) e++;
  if (e >= p->text.n || t[e] != ']') return -1;
  size_t after = e + 1;
  while (after < p->text.n && t[after] == ' ') after++;
  if (after < p->text.n && t[after] != '\n') return -1; /* the marker must be alone on its line */
  for (int k = 0; k < 5; k++) {
    size_t kl = strlen(ALERT_KINDS[k]);
    if (e - 2 != kl) continue;
    size_t q = 0;
    while (q < kl && lower((unsigned char)t[2 + q]) == ALERT_KINDS[k][q]) q++;
    if (q == kl) {
      *skip = after < p->text.n ? after + 1 : after;
      return k;
    }
  }
  return -1;
}

static void render_alert(rctx *r, const block *b, int kind, size_t skip, buf *o) {
  const block *p = b->first;
  cr(o);
  b_puts(o, "<div class=\"markdown-alert markdown-alert-");
  b_puts(o, ALERT_KINDS[kind]);
  b_puts(o, "\">\n<p class=\"markdown-alert-title\">");
  b_puts(o, ALERT_TITLES[kind]);
  b_puts(o, "</p>\n");
  if (skip < p->text.n) {
    b_puts(o, "<p>");
    render_inlines(r, p->text.p + skip, p->text.n - skip, o);
    b_puts(o, "</p>\n");
  }
  render_siblings(r, p->next, o, 0);
  cr(o);
  b_puts(o, "</div>\n");
}

/* GFM task list item: the item's first block is a paragraph starting "[ ] ", "[x] " or "[X] ".
 * Returns 1 (unchecked) or 2 (checked), else 0. */
static int task_marker(const block *item) {
  const block *p = item->first;
  if (!p || p->type != B_PARA || p->text.n < 4) return 0;
  const char *t = p->text.p;
  if (t[0] != '[' || t[2] != ']' || (t[3] != ' ' && t[3] != '\n')) return 0;
  size_t k = 4;
  while (k < p->text.n && (t[k] == ' ' || t[k] == '\n')) k++;
  if (k == p->text.n) return 0; /* a checkbox needs text after it */
  if (t[1] == ' ') return 1;
  if (t[1] == 'x' || t[1] == 'X') return 2;
  return 0;
}

/* ---- heading ids and the table of contents ---- */

/* Slug of a heading from its rendered HTML: tags and character references dropped, ASCII letters
 * lower-cased, letters/digits/'_'/'-' and non-ASCII bytes kept, spaces become '-', other
 * punctuation dropped. An empty result becomes "section". */
static void make_slug(buf *o, const char *h, size_t n) {
  size_t start = o->n;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)h[i];
    if (c == '<') {
      while (i < n && h[i] != '>') i++;
      continue;
    }
    if (c == '&') {
      size_t el = entity_len(h + i, n - i);
      if (el) {
        i += el - 1;
        continue;
      }
    }
    if (is_alnum(c)) b_putc(o, (char)lower(c));
    else if (c >= 0x80 || c == '_' || c == '-') b_putc(o, (char)c);
    else if (c == ' ' || c == '\n') b_putc(o, '-');
  }
  if (o->n == start) b_puts(o, "section");
}

/* Makes the slug in o[start..] unique in the document: the second "intro" becomes "intro-1", etc. */
static void unique_slug(rctx *r, buf *o, size_t start) {
  size_t blen = o->n - start;
  smap_ent *e = smap_get(&r->slugs, o->p + start, blen);
  if (!e) {
    smap_put(&r->slugs, o->p + start, blen, 1);
    return;
  }
  for (;;) {
    long k = e->val++;
    o->n = start + blen;
    b_putc(o, '-');
    b_putnum(o, k);
    if (!smap_get(&r->slugs, o->p + start, o->n - start)) break;
  }
  smap_put(&r->slugs, o->p + start, o->n - start, 1);
}

/* Explicit heading id: text ending in "{#id}" (id: letters, digits, '-', '_', ':', '.'). Returns the
 * length of the text before it (trailing spaces trimmed) and the id range, or n if there is none. */
static size_t heading_attr(const char *t, size_t n, size_t *id_s, size_t *id_n) {
  if (n < 4 || t[n - 1] != '}') return n;
  size_t k = n - 1;
  while (k > 0 && (is_alnum((unsigned char)t[k - 1]) || strchr("-_:.", t[k - 1]))) k--;
  if (k < 2 || k == n - 1 || t[k - 1] != '#' || t[k - 2] != '{') return n;
  *id_s = k;
  *id_n = n - 1 - k;
  size_t e = k - 2;
  while (e > 0 && t[e - 1] == ' ') e--;
  return e;
}

static void render_heading(rctx *r, const block *b, buf *o) {
  buf inner = {0};
  const char *t = b->text.p ? b->text.p : "";
  size_t id_s = 0, id_n = 0, tn = heading_attr(t, b->text.n, &id_s, &id_n);
  render_inlines(r, t, tn, &inner);
  cr(o);
  b_puts(o, "<h");
  b_putc(o, (char)('0' + b->level));
  if (!r->title) {
    buf text = {0};
    strip_tags(&text, inner.p ? inner.p : "", inner.n);
    b_reserve(&text, 0);
    r->title = text.p;
  }
  if (r->opt.ids || r->opt.toc || id_n > 0) {
    buf id = {0};
    if (id_n > 0) {
      b_put(&id, t + id_s, id_n);
      smap_put(&r->slugs, id.p, id.n, 1);
    } else {
      make_slug(&id, inner.p ? inner.p : "", inner.n);
      unique_slug(r, &id, 0);
    }
    b_puts(o, " id=\"");
    esc_html(o, id.p, id.n, 0);
    b_putc(o, '"');
    if (r->opt.toc) {
      r->toc = grow(r->toc, &r->toccap, r->ntoc + 1, sizeof *r->toc);
      tocent *te = &r->toc[r->ntoc++];
      buf text = {0};
      strip_tags(&text, inner.p ? inner.p : "", inner.n);
      b_reserve(&text, 0);
      te->level = b->level;
      te->id = id.p;
      te->text = text.p;
    } else {
      b_free(&id);
    }
  }
  b_putc(o, '>');
  b_put(o, inner.p ? inner.p : "", inner.n);
  b_puts(o, "</h");
  b_putc(o, (char)('0' + b->level));
  b_puts(o, ">\n");
  b_free(&inner);
}

/* Nested list of links to every heading, by level: a deeper heading opens a sub-list under the
 * previous entry; a shallower one closes sub-lists down to its own level. */
static void render_toc(const rctx *r, buf *o) {
  if (r->ntoc == 0) return;
  int stk[8], sp = 0;
  b_puts(o, "<nav class=\"toc\">\n");
  for (size_t i = 0; i < r->ntoc; i++) {
    const tocent *t = &r->toc[i];
    if (sp == 0) {
      b_puts(o, "<ul>\n<li>");
      stk[sp++] = t->level;
    } else if (t->level > stk[sp - 1] && sp < 8) {
      b_puts(o, "\n<ul>\n<li>");
      stk[sp++] = t->level;
    } else {
      while (sp > 1 && t->level < stk[sp - 1] && t->level <= stk[sp - 2]) {
        b_puts(o, "</li>\n</ul>\n");
        sp--;
      }
      b_puts(o, "</li>\n<li>");
      if (t->level < stk[sp - 1]) stk[sp - 1] = t->level;
    }
    b_puts(o, "<a href=\"#");
    esc_url(o, t->id, strlen(t->id));
    b_puts(o, "\">");
    b_puts(o, t->text);
    b_puts(o, "</a>");
  }
  while (sp > 0) {
    b_puts(o, "</li>\n</ul>\n");
    sp--;
  }
  b_puts(o, "</nav>\n");
}

/* ---- footnotes ---- */

/* Collects footnote definitions in document order (the first definition of a label wins). */
static void collect_footnotes(rctx *r, const block *b) {
  for (const block *c = b->first; c; c = c->next) {
    if (c->type == B_FOOT && c->info) {
      size_t len = strlen(c->info);
      if (!smap_get(&r->fnmap, c->info, len)) {
        r->fn = grow(r->fn, &r->fncap, r->nfn + 1, sizeof *r->fn);
        r->fn[r->nfn].def = c;
        r->fn[r->nfn].num = 0;
        r->fn[r->nfn].nrefs = 0;
        smap_put(&r->fnmap, c->info, len, (long)r->nfn);
        r->nfn++;
      }
    }
    collect_footnotes(r, c);
  }
}

/* Renders a reference to footnote label[0..n) into o and returns 1, or returns 0 if undefined.
 * Footnotes are numbered in order of first reference; later references get ids fnref<N>-<k>. */
static int footnote_ref(rctx *r, const char *label, size_t n, buf *o) {
  buf key = {0};
  normalize_label(&key, label, n);
  smap_ent *e = smap_get(&r->fnmap, key.p, key.n);
  b_free(&key);
  if (!e) return 0;
  fnote *f = &r->fn[e->val];
  if (f->num == 0) {
    r->order = grow(r->order, &r->ordcap, r->norder + 1, sizeof *r->order);
    r->order[r->norder++] = e->val;
    f->num = (int)r->norder;
  }
  f->nrefs++;
  b_puts(o, "<sup class=\"footnote-ref\"><a href=\"#fn");
  b_putnum(o, f->num);
  b_puts(o, "\" id=\"fnref");
  b_putnum(o, f->num);
  if (f->nrefs > 1) {
    b_putc(o, '-');
    b_putnum(o, f->nrefs);
  }
  b_puts(o, "\">");
  b_putnum(o, f->num);
  b_puts(o, "</a></sup>");
  return 1;
}

/* The footnote section: every referenced footnote in number order (footnotes referenced only from
 * other footnotes are appended as they are found), each with back-links to its references ("↩",
 * then "↩2", "↩3"...), placed inside its last paragraph when it ends with one. All bodies are rendered
 * before any is emitted so that references made from inside footnotes get their back-links too. */
static void render_footnotes(rctx *r, buf *o) {
  if (r->norder == 0) return;
  buf *bodies = NULL;
  size_t nbodies = 0, bcap = 0;
  for (size_t i = 0; i < r->norder; i++) { /* r->norder may grow while rendering */
    bodies = grow(bodies, &bcap, i + 1, sizeof *bodies);
    memset(&bodies[i], 0, sizeof bodies[i]);
    render_children(r, r->fn[r->order[i]].def, &bodies[i], 0);
    nbodies = i + 1;
  }
  cr(o);
  b_puts(o, "<section class=\"footnotes\">\n<ol>\n");
  for (size_t i = 0; i < nbodies; i++) {
    const fnote *f = &r->fn[r->order[i]];
    buf *body = &bodies[i], back = {0};
    for (int k = 1; k <= f->nrefs; k++) {
      if (k > 1) b_putc(&back, ' ');
      b_puts(&back, "<a href=\"#fnref");
      b_putnum(&back, f->num);
      if (k > 1) {
        b_putc(&back, '-');
        b_putnum(&back, k);
      }
      b_puts(&back, "\" class=\"footnote-backref\">\xE2\x86\xA9");
      if (k > 1) {
        b_puts(&back, "<sup>");
        b_putnum(&back, k);
        b_puts(&back, "</sup>");
      }
      b_puts(&back, "</a>");
    }
    b_puts(o, "<li id=\"fn");
    b_putnum(o, f->num);
    b_puts(o, "\">\n");
    if (body->n >= 5 && memcmp(body->p + body->n - 5, "</p>\n", 5) == 0) {
      b_put(o, body->p, body->n - 5);
      b_putc(o, ' ');
      b_put(o, back.p, back.n);
      b_puts(o, "</p>\n");
    } else {
      b_put(o, body->p ? body->p : "", body->n);
      cr(o);
      b_put(o, back.p, back.n);
      b_putc(o, '\n');
    }
    b_puts(o, "</li>\n");
    b_free(body);
    b_free(&back);
  }
  free(bodies);
  b_puts(o, "</ol>\n</section>\n");
}

static void render_block(rctx *r, const block *b, buf *o, int tight) {
  switch (b->type) {
  case B_DOC: render_children(r, b, o, 0); break;
  case B_QUOTE: {
    size_t skip = 0;
    int kind = alert_kind(b, &skip);
    if (kind >= 0) {
      render_alert(r, b, kind, skip, o);
      break;
    }
    cr(o);
    b_puts(o, "<blockquote>\n");
    render_children(r, b, o, 0);
    cr(o);
    b_puts(o, "</blockquote>\n");
    break;
  }
  case B_LIST:
    cr(o);
    if (!b->ordered) b_puts(o, "<ul>\n");
    else if (b->start == 1) b_puts(o, "<ol>\n");
    else {
      b_puts(o, "<ol start=\"");
      b_putnum(o, b->start);
      b_puts(o, "\">\n");
    }
    for (const block *c = b->first; c; c = c->next) render_block(r, c, o, b->tight);
    cr(o);
    b_puts(o, b->ordered ? "</ol>\n" : "</ul>\n");
    break;
  case B_ITEM: {
    int task = task_marker(b);
    cr(o);
    b_puts(o, task ? "<li class=\"task-list-item\">" : "<li>");
    if (task) {
      r->task_para = b->first;
      r->task_checked = task == 2;
    }
    render_children(r, b, o, tight);
    b_puts(o, "</li>\n");
    break;
  }
  case B_PARA: {
    if (b->text.n == 0) break;
    const char *t = b->text.p;
    size_t n = b->text.n;
    if (!tight) {
      cr(o);
      b_puts(o, "<p>");
    }
    if (b == r->task_para) {
      r->task_para = NULL;
      b_puts(o, r->task_checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "
                                : "<input type=\"checkbox\" disabled=\"\" /> ");
      t += 3;
      n -= 3;
      while (n > 0 && (*t == ' ' || *t == '\n')) {
        t++;
        n--;
      }
    }
    render_inlines(r, t, n, o);
    if (!tight) b_puts(o, "</p>\n");
    break;
  }
  case B_HEADING: render_heading(r, b, o); break;
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
  case B_TABLE: render_table(r, b, o); break;
  case B_FOOT: break;
  case B_DT: {
    /* one <dt> per line of the term paragraph */
    const char *t = b->text.p ? b->text.p : "";
    size_t n = b->text.n, i = 0;
    while (i < n) {
      size_t e = i;
      while (e < n && t[e] != '\n') e++;
      cr(o);
      b_puts(o, "<dt>");
      render_inlines(r, t + i, e - i, o);
      b_puts(o, "</dt>\n");
      i = e + 1;
    }
    break;
  }
  case B_DD: {
    /* a definition that is a single paragraph renders without <p> */
    int dtight = b->tight && b->first && b->first == b->last && b->first->type == B_PARA;
    cr(o);
    b_puts(o, "<dd>");
    render_children(r, b, o, dtight);
    if (!dtight) cr(o);
    b_puts(o, "</dd>\n");
    break;
  }
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

/* Converts Markdown src[0..len) to HTML with options opt (NULL: defaults); returns a malloc'd
 * NUL-terminated string (length in *outlen). */
char *md_to_html_opts(const char *src, size_t len, const md_opts *opt, size_t *outlen);

/* md_to_html_opts with the default options. */
char *md_to_html(const char *src, size_t len, size_t *outlen);

char *md_to_html_opts(const char *src, size_t len, const md_opts *opt, size_t *outlen) {
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
        /* UTF-8 continuation bytes do not advance the column: tab stops count characters */
        if (((unsigned char)ch & 0xC0) != 0x80) col++;
      }
    }
    if (i < len && src[i] == '\r') i++;
    if (i < len && src[i] == '\n') i++;
    p.line_no++;
    process_line(&p);
  }
  while (p.tip) finalize(&p, p.tip);

  rctx *r = xmalloc0(sizeof *r); /* heap: holds two hash tables, too big for the wasm32 stack */
  r->refs = &p.refs;
  if (opt) r->opt = *opt;
  collect_footnotes(r, p.doc);
  buf body = {0};
  b_reserve(&body, len + len / 4);
  render_block(r, p.doc, &body, 0);
  render_footnotes(r, &body);

  buf out = {0};
  if (r->opt.full) {
    b_puts(&out, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\" />\n<title>");
    b_puts(&out, r->title && r->title[0] ? r->title : "Untitled");
    b_puts(&out, "</title>\n</head>\n<body>\n");
  }
  if (r->opt.toc) render_toc(r, &out);
  if (out.n == 0) {
    out = body;
  } else {
    b_put(&out, body.p, body.n);
    b_free(&body);
  }
  if (r->opt.full) b_puts(&out, "</body>\n</html>\n");
  for (size_t k = 0; k < r->ntoc; k++) {
    free(r->toc[k].id);
    free(r->toc[k].text);
  }
  free(r->toc);
  free(r->title);
  free(r->fn);
  free(r->order);
  smap_free(&r->fnmap);
  smap_free(&r->slugs);
  free(r);
  free_block(p.doc);
  ref_free(&p.refs);
  b_free(&p.line);
  if (!out.p) b_reserve(&out, 0);
  *outlen = out.n;
  return out.p;
}

char *md_to_html(const char *src, size_t len, size_t *outlen) { return md_to_html_opts(src, len, NULL, outlen); }

#if !defined(NDEBUG) && !defined(MD2HTML_NO_MAIN)
/* The lookup tables must be strictly sorted for table_lookup's binary search. */
static int entity_table_sorted(void) {
  for (size_t i = 1; i < N_ENTITIES; i++)
    if (strcmp(ENTITIES[i - 1].name, ENTITIES[i].name) >= 0) return 0;
  for (size_t i = 1; i < N_EMOJI; i++)
    if (strcmp(EMOJI[i - 1].name, EMOJI[i].name) >= 0) return 0;
  return 1;
}
#endif

#ifndef MD2HTML_NO_MAIN
static const char USAGE[] =
    "usage: md2html [options] < input.md > output.html\n"
    "Converts Markdown (CommonMark with GFM tables, strikethrough, task lists, autolinks and\n"
    "footnotes, plus definition lists) read from stdin to an HTML fragment on stdout.\n"
    "options:\n"
    "  --smart        typographic punctuation: \"curly quotes\", -- en dash, --- em dash, ... ellipsis\n"
    "  --hard-breaks  treat every line break inside a paragraph as a hard break (<br />)\n"
    "  --ids          give every heading an id derived from its text (unique in the document)\n"
    "  --toc          start with a nested table of contents linking to the headings (implies --ids)\n"
    "  --full         output a complete HTML document titled after the first heading\n"
    "  -h, --help     print this help and exit\n";

/* Parses argv into opt. Returns 0 to convert, 1 if help was printed, 2 on a usage error. */
static int parse_args(int argc, char **argv, md_opts *opt) {
  memset(opt, 0, sizeof *opt);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--smart") == 0) opt->smart = 1;
    else if (strcmp(a, "--hard-breaks") == 0) opt->hard_breaks = 1;
    else if (strcmp(a, "--ids") == 0) opt->ids = 1;
    else if (strcmp(a, "--toc") == 0) opt->toc = opt->ids = 1;
    else if (strcmp(a, "--full") == 0) opt->full = 1;
    else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(USAGE, stdout);
      return 1;
    } else {
      fprintf(stderr, "md2html: unknown option '%s'\n", a);
      fputs(USAGE, stderr);
      return 2;
    }
  }
  return 0;
}

int main(int argc, char **argv) {
  md_opts opt;
  assert(entity_table_sorted());
  int pa = parse_args(argc, argv, &opt);
  if (pa) return pa == 1 ? 0 : 2;
  buf in = {0};
  static char chunk[65536]; /* static: the wasm32 stack is only 64 KB */
  size_t k;
  while ((k = fread(chunk, 1, sizeof chunk, stdin)) > 0) b_put(&in, chunk, k);
  if (ferror(stdin)) {
    fputs("md2html: read error\n", stderr);
    return 1;
  }
  size_t n;
  char *html = md_to_html_opts(in.p ? in.p : "", in.n, &opt, &n);
  int rc = fwrite(html, 1, n, stdout) == n && fflush(stdout) == 0 ? 0 : 1;
  free(html);
  b_free(&in);
  return rc;
}
#endif
