/* test_component.c: the component layer (src/component/): binary decoding and validation errors,
 * robustness against mutated components, the canonical ABI against the executable reference
 * (definitions.py, run by python3 through tests/cabi_ref.py), calls with every WIT type through
 * the checked-in test components (guests/component, one per string encoding), host imports with
 * semver matching, resources with destructors, traps, WAVE, threads and leaks. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "comp.h"
#include "gc.h"
#include "proc.h"
#include "t.h"

static const char *const ENCODINGS[] = {"utf8", "utf16", "compact-utf16"};

static uint8_t *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) { fprintf(stderr, "cannot open %s\n", path); exit(1); }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  uint8_t *b = malloc((size_t)n + 1);
  CHECK(b && fread(b, 1, (size_t)n, f) == (size_t)n);
  fclose(f);
  *len = (size_t)n;
  return b;
}

static const char *cm_dir(void) {
  const char *d = getenv("HEARTH_CM_DIR");
  return d ? d : "../shared/component-model";
}

/* ---------------------------------------------------------------- host functions */

static char g_log[4096];
static int g_host_fail;

static hearth_status h_add(void *u, const hearth_cval *a, size_t n, hearth_cval *r, size_t nr) {
  (void)u; (void)n; (void)nr;
  if (g_host_fail) return HEARTH_ERR_ARGUMENT;
  r[0].kind = HEARTH_CV_U32;
  r[0].of.u = (uint32_t)(a[0].of.u + a[1].of.u);
  return HEARTH_OK;
}
static hearth_status h_log(void *u, const hearth_cval *a, size_t n, hearth_cval *r, size_t nr) {
  (void)u; (void)n; (void)r; (void)nr;
  size_t at = strlen(g_log);
  snprintf(g_log + at, sizeof g_log - at, "%.*s;", (int)a[0].of.str.len, a[0].of.str.data);
  return HEARTH_OK;
}
static hearth_status h_greet(void *u, const hearth_cval *a, size_t n, hearth_cval *r, size_t nr) {
  (void)u; (void)n; (void)nr;
  char b[512];
  int k = snprintf(b, sizeof b, "hello, %.*s!", (int)a[0].of.str.len, a[0].of.str.data);
  return hearth_cval_set_string(&r[0], b, (size_t)k);
}
static hearth_status h_mirror(void *u, const hearth_cval *a, size_t n, hearth_cval *r, size_t nr) {
  (void)u; (void)n; (void)nr;
  hearth_cval *it;
  hearth_status st = hearth_cval_set_list(&r[0], HEARTH_CV_RECORD, 2, &it);
  if (st) return st;
  it[0] = a[0].of.list.items[1];
  it[1] = a[0].of.list.items[0];
  return HEARTH_OK;
}
static hearth_status h_numbers(void *u, const hearth_cval *a, size_t n, hearth_cval *r, size_t nr) {
  (void)u; (void)n; (void)nr;
  hearth_cval *it;
  hearth_status st = hearth_cval_set_list(&r[0], HEARTH_CV_LIST, a[0].of.u, &it);
  for (size_t i = 0; st == HEARTH_OK && i < a[0].of.u; i++) {
    it[i].kind = HEARTH_CV_U32;
    it[i].of.u = i + 1;
  }
  return st;
}

/* The host resource `blob`: the constructor's rep is n * 10, the destructor records reps. */
static uint32_t g_blob_dropped[8];
static int g_nblob_dropped;
static hearth_status h_blob_new(void *u, const hearth_cval *a, size_t n, hearth_cval *r, size_t nr) {
  (void)u; (void)n; (void)nr;
  r[0].kind = HEARTH_CV_OWN;
  r[0].of.rep = (uint32_t)a[0].of.u * 10;
  r[0].of.resource = NULL;
  return HEARTH_OK;
}
static hearth_status h_blob_size(void *u, const hearth_cval *a, size_t n, hearth_cval *r, size_t nr) {
  (void)u; (void)n; (void)nr;
  if (a[0].kind != HEARTH_CV_BORROW) return HEARTH_ERR_ARGUMENT;
  r[0].kind = HEARTH_CV_U32;
  r[0].of.u = a[0].of.rep / 10;
  return HEARTH_OK;
}
static void h_blob_dtor(void *user, uint32_t rep) {
  (void)user;
  if (g_nblob_dropped < 8) g_blob_dropped[g_nblob_dropped++] = rep;
}

static hearth_clinker *make_linker(hearth_engine *e, const char *iface) {
  hearth_clinker *l;
  CHECK(hearth_clinker_new(e, &l) == HEARTH_OK);
  CHECK(hearth_clinker_define_func(l, iface, "add", h_add, NULL) == HEARTH_OK);
  CHECK(hearth_clinker_define_func(l, iface, "log", h_log, NULL) == HEARTH_OK);
  CHECK(hearth_clinker_define_func(l, iface, "greet", h_greet, NULL) == HEARTH_OK);
  CHECK(hearth_clinker_define_func(l, iface, "mirror", h_mirror, NULL) == HEARTH_OK);
  CHECK(hearth_clinker_define_func(l, iface, "numbers", h_numbers, NULL) == HEARTH_OK);
  CHECK(hearth_clinker_define_func(l, iface, "[constructor]blob", h_blob_new, NULL) == HEARTH_OK);
  CHECK(hearth_clinker_define_func(l, iface, "[method]blob.size", h_blob_size, NULL) == HEARTH_OK);
  CHECK(hearth_clinker_define_resource(l, iface, "blob", h_blob_dtor, NULL) == HEARTH_OK);
  return l;
}

typedef struct env {
  hearth_engine *e;
  hearth_component *c;
  hearth_clinker *l;
  hearth_store *s;
  hearth_component_instance *ci;
} env;

static void env_open(env *v, const char *enc) {
  char path[256];
  size_t len;
  snprintf(path, sizeof path, "guests/component/all-%s.wasm", enc);
  uint8_t *b = read_file(path, &len);
  CHECK(hearth_engine_new(NULL, &v->e) == HEARTH_OK);
  hearth_status st = hearth_component_new(v->e, b, len, &v->c);
  if (st) fprintf(stderr, "%s\n", hearth_errmsg());
  CHECK(st == HEARTH_OK);
  free(b);
  v->l = make_linker(v->e, "hearth:test/host@1.0.0");
  CHECK(hearth_store_new(v->e, &v->s) == HEARTH_OK);
  st = hearth_component_instantiate(v->s, v->l, v->c, &v->ci);
  if (st) fprintf(stderr, "%s\n", hearth_errmsg());
  CHECK(st == HEARTH_OK);
}

static void env_close(env *v) {
  hearth_component_instance_delete(v->ci);
  hearth_store_delete(v->s);
  hearth_clinker_delete(v->l);
  hearth_component_delete(v->c);
  hearth_engine_delete(v->e);
}

/* Calls name with WAVE arguments; returns the WAVE of the result (static buffer), "()" without
 * one, or "error: STATUS" on failure. */
static const char *wcall(env *v, const char *name, const char *args) {
  static char out[8192];
  const hearth_ctype *ft;
  if (hearth_component_func_type(v->ci, name, &ft) != HEARTH_OK) return "error: no such function";
  hearth_cval *a;
  size_t n;
  hearth_status st = hearth_cval_parse_args(ft, args, strlen(args), &a, &n);
  if (st) {
    snprintf(out, sizeof out, "error: parse: %s", hearth_errmsg());
    return out;
  }
  hearth_cval r = {0};
  st = hearth_component_call(v->ci, name, a, n, &r, 1);
  for (size_t i = 0; i < n; i++) hearth_cval_clear(&a[i]);
  hearth_free(a);
  if (st) {
    snprintf(out, sizeof out, "error: %s", hearth_status_str(st));
    return out;
  }
  if (!hearth_ctype_result(ft)) return "()";
  char *text;
  CHECK(hearth_cval_format(hearth_ctype_result(ft), &r, &text) == HEARTH_OK);
  snprintf(out, sizeof out, "%s", text);
  hearth_free(text);
  hearth_cval_clear(&r);
  return out;
}

/* ---------------------------------------------------------------- the reference (definitions.py) */

typedef struct tok {
  char *s, *save;
} tok;
static const char *next_tok(tok *t) {
  const char *w = strtok_r(t->s, " ", &t->save);
  t->s = NULL;
  CHECK(w);
  return w;
}

static hearth_ctype *mk(h_carena *a, uint32_t kind) {
  hearth_ctype *t = h_comp_arena_alloc(a, sizeof *t);
  CHECK(t);
  t->kind = kind;
  return t;
}

static hearth_ctype *parse_type(h_carena *a, tok *tk) {
  static const char *const prims[] = {"bool", "s8", "u8", "s16", "u16", "s32", "u32",
                                      "s64", "u64", "f32", "f64", "char", "string"};
  const char *w = next_tok(tk);
  hearth_ctype *t = NULL;
  for (uint32_t i = 0; i < 13; i++)
    if (strcmp(w, prims[i]) == 0) t = mk(a, HEARTH_CV_BOOL + i);
  if (t) {
  } else if (strcmp(w, "list") == 0 || strcmp(w, "listn") == 0) {
    t = mk(a, HEARTH_CV_LIST);
    if (w[4] == 'n') t->fixed = (uint32_t)atoi(next_tok(tk));
    t->elem = parse_type(a, tk);
  } else if (strcmp(w, "option") == 0 || strcmp(w, "result") == 0) {
    bool opt = w[0] == 'o';
    t = mk(a, opt ? HEARTH_CV_OPTION : HEARTH_CV_RESULT);
    t->n = 2;
    t->elems = h_comp_arena_alloc(a, 2 * sizeof(hearth_ctype *));
    t->names = h_comp_arena_alloc(a, 2 * sizeof(char *));
    t->names[0] = opt ? "none" : "ok";
    t->names[1] = opt ? "some" : "error";
    if (opt) t->elems[1] = parse_type(a, tk);
    else
      for (int i = 0; i < 2; i++)
        if (atoi(next_tok(tk))) t->elems[i] = parse_type(a, tk);
  } else {
    uint32_t kind = strcmp(w, "record") == 0 ? HEARTH_CV_RECORD : strcmp(w, "tuple") == 0 ? HEARTH_CV_TUPLE
                  : strcmp(w, "variant") == 0 ? HEARTH_CV_VARIANT : strcmp(w, "enum") == 0 ? HEARTH_CV_ENUM
                  : HEARTH_CV_FLAGS;
    CHECK(strcmp(w, "flags") == 0 || kind != HEARTH_CV_FLAGS);
    t = mk(a, kind);
    t->n = (uint32_t)atoi(next_tok(tk));
    t->elems = h_comp_arena_alloc(a, t->n * sizeof(hearth_ctype *));
    t->names = h_comp_arena_alloc(a, t->n * sizeof(char *));
    for (uint32_t i = 0; i < t->n; i++) {
      if (kind != HEARTH_CV_TUPLE) {
        const char *l = next_tok(tk);
        t->names[i] = h_comp_arena_strndup(a, l, strlen(l));
      }
      if (kind == HEARTH_CV_RECORD || kind == HEARTH_CV_TUPLE) t->elems[i] = parse_type(a, tk);
      if (kind == HEARTH_CV_VARIANT && atoi(next_tok(tk))) t->elems[i] = parse_type(a, tk);
    }
  }
  h_comp_type_finish(t);
  return t;
}

static void parse_value(const hearth_ctype *t, tok *tk, hearth_cval *v) {
  memset(v, 0, sizeof *v);
  v->kind = (hearth_ckind)t->kind;
  const char *w;
  switch (t->kind) {
  case HEARTH_CV_BOOL: v->of.b = atoi(next_tok(tk)) != 0; break;
  case HEARTH_CV_S8: case HEARTH_CV_S16: case HEARTH_CV_S32: case HEARTH_CV_S64:
    v->of.s = strtoll(next_tok(tk), NULL, 10);
    break;
  case HEARTH_CV_U8: case HEARTH_CV_U16: case HEARTH_CV_U32: case HEARTH_CV_U64:
    v->of.u = strtoull(next_tok(tk), NULL, 10);
    break;
  case HEARTH_CV_F32: { uint32_t b = (uint32_t)strtoull(next_tok(tk), NULL, 10); memcpy(&v->of.f32, &b, 4); break; }
  case HEARTH_CV_F64: { uint64_t b = strtoull(next_tok(tk), NULL, 10); memcpy(&v->of.f64, &b, 8); break; }
  case HEARTH_CV_CHAR: v->of.c = (uint32_t)strtoul(next_tok(tk), NULL, 10); break;
  case HEARTH_CV_STRING: {
    w = next_tok(tk);
    CHECK(w[0] == 's');
    size_t n = strlen(w + 1) / 2;
    char *s = h_malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
      unsigned x;
      sscanf(w + 1 + 2 * i, "%2x", &x);
      s[i] = (char)x;
    }
    s[n] = 0;
    v->of.str.data = s;
    v->of.str.len = n;
    break;
  }
  case HEARTH_CV_LIST: case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE: {
    size_t n = t->kind == HEARTH_CV_LIST ? (t->fixed ? t->fixed : strtoull(next_tok(tk), NULL, 10)) : t->n;
    hearth_cval *items;
    CHECK(hearth_cval_set_list(v, v->kind, n, &items) == HEARTH_OK);
    for (size_t i = 0; i < n; i++) parse_value(t->kind == HEARTH_CV_LIST ? t->elem : t->elems[i], tk, &items[i]);
    break;
  }
  case HEARTH_CV_FLAGS: v->of.flags = (uint32_t)strtoul(next_tok(tk), NULL, 10); break;
  default: {
    uint32_t c = (uint32_t)atoi(next_tok(tk));
    hearth_cval *p;
    CHECK(hearth_cval_set_case(v, v->kind, c, t->elems[c] != NULL, &p) == HEARTH_OK);
    if (p) parse_value(t->elems[c], tk, p);
  }
  }
}

/* Test memory: 1024 bytes and the bump realloc of cabi_ref.py's Heap. */
typedef struct tmem {
  uint8_t b[1024];
  uint32_t last;
} tmem;
static uint8_t *tm_mem(void *u, uint64_t *size) {
  *size = sizeof ((tmem *)u)->b;
  return ((tmem *)u)->b;
}
static hearth_status tm_realloc(void *u, uint32_t old, uint32_t old_size, uint32_t align,
                                uint32_t new_size, uint32_t *out) {
  tmem *m = u;
  if (old != 0 && new_size < old_size) { *out = (old + align - 1) / align * align; return HEARTH_OK; }
  uint32_t ret = (m->last + align - 1) / align * align;
  m->last = ret + new_size;
  if (m->last > sizeof m->b) return h_err(HEARTH_ERR_TRAP, "test heap full");
  memmove(m->b + ret, m->b + old, old_size);
  *out = ret;
  return HEARTH_OK;
}

static int enc_of(const char *s) {
  return strcmp(s, "utf8") == 0 ? H_ENC_UTF8 : strcmp(s, "utf16") == 0 ? H_ENC_UTF16 : H_ENC_LATIN1_UTF16;
}

static char *trim(char *s) {
  while (*s == ' ') s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\n')) s[--n] = 0;
  return s;
}

/* Formats v in the reference notation (to compare lifted values). */
static void vnote(const hearth_ctype *t, const hearth_cval *v, char *out, size_t cap) {
  size_t at = strlen(out);
#define ADD(...) snprintf(out + at, cap - at, __VA_ARGS__), at = strlen(out)
  switch (t->kind) {
  case HEARTH_CV_BOOL: ADD("%d ", v->of.b ? 1 : 0); break;
  case HEARTH_CV_S8: case HEARTH_CV_S16: case HEARTH_CV_S32: case HEARTH_CV_S64: ADD("%lld ", (long long)v->of.s); break;
  case HEARTH_CV_U8: case HEARTH_CV_U16: case HEARTH_CV_U32: case HEARTH_CV_U64: ADD("%llu ", (unsigned long long)v->of.u); break;
  case HEARTH_CV_F32: { uint32_t b; memcpy(&b, &v->of.f32, 4); ADD("%u ", b); break; }
  case HEARTH_CV_F64: { uint64_t b; memcpy(&b, &v->of.f64, 8); ADD("%llu ", (unsigned long long)b); break; }
  case HEARTH_CV_CHAR: ADD("%u ", v->of.c); break;
  case HEARTH_CV_STRING:
    ADD("s");
    for (size_t i = 0; i < v->of.str.len; i++) ADD("%02x", (uint8_t)v->of.str.data[i]);
    ADD(" ");
    break;
  case HEARTH_CV_LIST: case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE:
    if (t->kind == HEARTH_CV_LIST && !t->fixed) ADD("%zu ", v->of.list.len);
    for (size_t i = 0; i < v->of.list.len; i++)
      vnote(t->kind == HEARTH_CV_LIST ? t->elem : t->elems[i], &v->of.list.items[i], out, cap), at = strlen(out);
    break;
  case HEARTH_CV_FLAGS: ADD("%u ", v->of.flags); break;
  default:
    ADD("%u ", v->of.cas.index);
    if (t->elems[v->of.cas.index]) vnote(t->elems[v->of.cas.index], v->of.cas.payload, out, cap);
  }
#undef ADD
}

static void cabi_reference(void) {
  char cmd[512];
  snprintf(cmd, sizeof cmd, "python3 tests/cabi_ref.py %s/design/mvp/canonical-abi", cm_dir());
  FILE *p = popen(cmd, "r");
  CHECK(p);
  static char line[1 << 16];
  int lowers = 0, lifts = 0;
  while (fgets(line, sizeof line, p)) {
    char *f[5] = {0};
    int nf = 0;
    for (char *s = line, *bar; nf < 5; s = bar + 3) {
      bar = strstr(s, " | ");
      f[nf++] = s;
      if (!bar) break;
      *bar = 0;
    }
    CHECK(nf >= 4);
    for (int i = 0; i < nf; i++) f[i] = trim(f[i]);
    char kind = f[0][0];
    if (getenv("T_VERBOSE")) fprintf(stderr, "case: %s | %s\n", f[0], f[1]);
    char enc_s[32];
    CHECK(sscanf(f[0] + 2, "%31s", enc_s) == 1);
    h_carena a = {0};
    tok tt = {.s = f[0] + 2 + strlen(enc_s) + 1};
    hearth_ctype *t = parse_type(&a, &tt);
    tmem *m = calloc(1, sizeof *m);
    m->last = 16;
    h_ctable handles = {0};
    h_comp_cx cx = {.mem = tm_mem, .realloc = tm_realloc, .u = m, .enc = enc_of(enc_s), .handles = &handles};
    char got[8192] = "", want[8192];
    if (kind == 'L') {
      hearth_cval v;
      tok tv = {.s = f[1]};
      parse_value(t, &tv, &v);
      CHECK(h_comp_cabi_check(t, &v) == HEARTH_OK);
      h_flat flat[20];
      uint32_t nflat;
      hearth_status st = h_comp_cabi_lower_values(&cx, &t, 1, H_MAX_FLAT_PARAMS, &v, flat, 20, &nflat, UINT64_MAX);
      if (st) fprintf(stderr, "lower %s: %s\n", f[0], hearth_errmsg());
      CHECK(st == HEARTH_OK);
      for (uint32_t i = 0; i < nflat; i++) snprintf(got + strlen(got), sizeof got - strlen(got), "%s%llu", i ? " " : "", (unsigned long long)flat[i]);
      if (strcmp(got, f[2]) != 0) fprintf(stderr, "%s: flat %s, reference %s\n", f[0], got, f[2]);
      CHECK_STR(got, f[2]);
      got[0] = 0;
      for (uint32_t i = 0; i < m->last; i++) snprintf(got + 2 * i, sizeof got - 2 * i, "%02x", m->b[i]);
      if (m->last == 0) strcpy(got, "-");
      if (strcmp(got, f[3]) != 0) fprintf(stderr, "%s: memory differs\n  hearth    %s\n  reference %s\n", f[0], got, f[3]);
      CHECK_STR(got, f[3]);
      /* and back: lifting what was lowered gives the value again */
      hearth_cval back;
      st = h_comp_cabi_lift_values(&cx, &t, 1, H_MAX_FLAT_PARAMS, flat, nflat, &back);
      CHECK(st == HEARTH_OK);
      got[0] = 0;
      want[0] = 0;
      vnote(t, &back, got, sizeof got);
      vnote(t, &v, want, sizeof want);
      CHECK_STR(got, want);
      hearth_cval_clear(&back);
      hearth_cval_clear(&v);
      lowers++;
    } else {
      CHECK(kind == 'R');
      h_flat flat[20];
      uint32_t nflat = 0;
      tok tf = {.s = f[1]};
      for (const char *w; (w = strtok_r(tf.s, " ", &tf.save)); tf.s = NULL) flat[nflat++] = strtoull(w, NULL, 10);
      for (size_t i = 0; i < sizeof m->b; i++) {
        unsigned x;
        sscanf(f[2] + 2 * i, "%2x", &x);
        m->b[i] = (uint8_t)x;
      }
      hearth_cval v;
      hearth_status st = h_comp_cabi_lift_values(&cx, &t, 1, H_MAX_FLAT_PARAMS, flat, nflat, &v);
      if (st == HEARTH_OK) {
        vnote(t, &v, got, sizeof got);
        hearth_cval_clear(&v);
      } else {
        CHECK(st == HEARTH_ERR_TRAP);
        strcpy(got, "TRAP");
      }
      if (strcmp(trim(got), f[3]) != 0) fprintf(stderr, "%s | %s: hearth %s, reference %s\n", f[0], f[1], got, f[3]);
      CHECK_STR(trim(got), f[3]);
      lifts++;
    }
    h_comp_table_free(&handles);
    free(m);
    h_comp_arena_free(&a);
  }
  CHECK(pclose(p) == 0);
  printf("%d lowerings and %d liftings agree with definitions.py\n", lowers, lifts);
  CHECK(lowers >= 50 && lifts >= 20);
}

/* ---------------------------------------------------------------- decoding */

static void decode_guests(void) {
  hearth_engine *e;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  for (size_t i = 0; i < 3; i++) {
    char path[256];
    size_t len;
    snprintf(path, sizeof path, "guests/component/all-%s.wasm", ENCODINGS[i]);
    uint8_t *b = read_file(path, &len);
    CHECK(hearth_is_component(b, len));
    hearth_component *c;
    CHECK(hearth_component_new(e, b, len, &c) == HEARTH_OK);
    hearth_component_delete(c);
    free(b);
  }
  uint8_t core[8] = {0, 'a', 's', 'm', 1, 0, 0, 0};
  CHECK(!hearth_is_component(core, 8));
  hearth_engine_delete(e);
}

/* Expects hearth_component_new to fail with st and a message containing `needle`. */
static void expect_error(hearth_engine *e, const uint8_t *b, size_t len, hearth_status st, const char *needle) {
  hearth_component *c = NULL;
  hearth_status got = hearth_component_new(e, b, len, &c);
  if (got != st || !strstr(hearth_errmsg(), needle))
    fprintf(stderr, "expected %s containing \"%s\", got %s: %s\n", hearth_status_str(st), needle,
            hearth_status_str(got), hearth_errmsg());
  CHECK(got == st);
  CHECK(strstr(hearth_errmsg(), needle));
  CHECK(c == NULL);
}

#define PRE 0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00

static void decode_errors(void) {
  hearth_engine *e;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  static const uint8_t empty[] = {PRE};
  hearth_component *c;
  CHECK(hearth_component_new(e, empty, sizeof empty, &c) == HEARTH_OK);
  hearth_component_delete(c);
  static const uint8_t magic[] = {0, 'a', 's', 'x', 0x0d, 0, 1, 0};
  expect_error(e, magic, sizeof magic, HEARTH_ERR_MALFORMED, "byte 0x0: magic header not detected");
  static const uint8_t core[] = {0, 'a', 's', 'm', 1, 0, 0, 0};
  expect_error(e, core, sizeof core, HEARTH_ERR_MALFORMED, "not a component");
  static const uint8_t version[] = {0, 'a', 's', 'm', 0x0c, 0, 1, 0};
  expect_error(e, version, sizeof version, HEARTH_ERR_MALFORMED, "version");
  static const uint8_t unknown_section[] = {PRE, 13, 0};
  expect_error(e, unknown_section, sizeof unknown_section, HEARTH_ERR_MALFORMED, "byte 0xa: unknown section id 13");
  static const uint8_t past_end[] = {PRE, 7, 5, 1};
  expect_error(e, past_end, sizeof past_end, HEARTH_ERR_MALFORMED, "extends past the end");
  /* type section: one type with a bad opcode at byte 11 */
  static const uint8_t bad_type[] = {PRE, 7, 2, 1, 0x20};
  expect_error(e, bad_type, sizeof bad_type, HEARTH_ERR_MALFORMED, "byte 0xb: invalid type opcode 0x20");
  /* record with no fields */
  static const uint8_t empty_record[] = {PRE, 7, 3, 1, 0x72, 0};
  expect_error(e, empty_record, sizeof empty_record, HEARTH_ERR_INVALID, "record with no fields");
  /* list of type index 5 (none defined) */
  static const uint8_t bad_index[] = {PRE, 7, 3, 1, 0x70, 5};
  expect_error(e, bad_index, sizeof bad_index, HEARTH_ERR_INVALID, "type index 5 out of range");
  /* own of a non-resource type: (type u8 list) (type (own 0)) */
  static const uint8_t own_bad[] = {PRE, 7, 5, 2, 0x70, 0x7d, 0x69, 0};
  expect_error(e, own_bad, sizeof own_bad, HEARTH_ERR_INVALID, "not a resource");
  /* flags with 33 labels */
  uint8_t flags33[8 + 2 + 3 + 33 * 2];
  size_t n = 0;
  memcpy(flags33, empty, 8);
  n = 8;
  flags33[n++] = 7;
  flags33[n++] = 3 + 33 * 2;
  flags33[n++] = 1;
  flags33[n++] = 0x6e;
  flags33[n++] = 33;
  for (int i = 0; i < 33; i++) { flags33[n++] = 1; flags33[n++] = (uint8_t)('a' + i % 26); }
  expect_error(e, flags33, n, HEARTH_ERR_INVALID, "at most 32");
  /* duplicate record labels */
  static const uint8_t dup[] = {PRE, 7, 9, 1, 0x72, 2, 1, 'a', 0x7f, 1, 'a', 0x7f};
  expect_error(e, dup, sizeof dup, HEARTH_ERR_INVALID, "duplicate label \"a\"");
  /* alias of an export of core instance 0 when there is none */
  static const uint8_t alias_bad[] = {PRE, 6, 7, 1, 0x00, 0x00, 0x01, 0, 1, 'f'};
  expect_error(e, alias_bad, sizeof alias_bad, HEARTH_ERR_INVALID, "core instance index 0 out of range");
  /* a core module that fails to decode inside a component */
  static const uint8_t bad_module[] = {PRE, 1, 8, 0, 'a', 's', 'm', 2, 0, 0, 0};
  expect_error(e, bad_module, sizeof bad_module, HEARTH_ERR_MALFORMED, "core module 0");
  /* canon lift of a core function whose type does not match: module exporting f: [] -> [] */
  static const uint8_t lift_bad[] = {
      PRE,
      1, 0x19, 0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 'f', 0, 0,
      10, 4, 1, 2, 0x0b, 0x00, /* wrong: code section below */
  };
  (void)lift_bad;
  static const uint8_t mod_ok[] = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0,
                                   7, 5, 1, 1, 'f', 0, 0, 10, 4, 1, 2, 0, 0x0b};
  uint8_t buf[128];
  n = 0;
  memcpy(buf, empty, 8);
  n = 8;
  buf[n++] = 1;
  buf[n++] = sizeof mod_ok;
  memcpy(buf + n, mod_ok, sizeof mod_ok);
  n += sizeof mod_ok;
  /* core instance section: instantiate module 0 with no args */
  static const uint8_t inst[] = {2, 4, 1, 0, 0, 0};
  memcpy(buf + n, inst, sizeof inst);
  n += sizeof inst;
  /* alias core export 0 "f" (core func) */
  static const uint8_t al[] = {6, 7, 1, 0x00, 0x00, 0x01, 0, 1, 'f'};
  memcpy(buf + n, al, sizeof al);
  n += sizeof al;
  size_t base = n;
  /* type 0: func (param "x" u32) (result u32) */
  static const uint8_t ty[] = {7, 8, 1, 0x40, 1, 1, 'x', 0x79, 0x00, 0x79};
  memcpy(buf + n, ty, sizeof ty);
  n += sizeof ty;
  /* canon lift core func 0 type 0 */
  static const uint8_t lift[] = {8, 6, 1, 0x00, 0x00, 0, 0, 0};
  memcpy(buf + n, lift, sizeof lift);
  n += sizeof lift;
  expect_error(e, buf, n, HEARTH_ERR_INVALID, "core function 0 has type [] -> [], expected [i32] -> [i32]");
  /* the same with a matching type (func with no params or results) decodes */
  n = base;
  static const uint8_t ty0[] = {7, 5, 1, 0x40, 0, 0x01, 0x00};
  memcpy(buf + n, ty0, sizeof ty0);
  n += sizeof ty0;
  memcpy(buf + n, lift, sizeof lift);
  n += sizeof lift;
  /* export "run" func 0 */
  static const uint8_t ex[] = {11, 9, 1, 0x00, 3, 'r', 'u', 'n', 0x01, 0, 0};
  memcpy(buf + n, ex, sizeof ex);
  size_t good = n + sizeof ex;
  CHECK(hearth_component_new(e, buf, good, &c) == HEARTH_OK);
  hearth_store *s;
  CHECK(hearth_store_new(e, &s) == HEARTH_OK);
  hearth_component_instance *ci;
  CHECK(hearth_component_instantiate(s, NULL, c, &ci) == HEARTH_OK);
  CHECK(hearth_component_call(ci, "run", NULL, 0, NULL, 0) == HEARTH_OK);
  CHECK(hearth_component_call(ci, "walk", NULL, 0, NULL, 0) == HEARTH_ERR_NOT_FOUND);
  hearth_component_instance_delete(ci);
  hearth_store_delete(s);
  hearth_component_delete(c);
  /* a duplicate export name */
  memcpy(buf + n, ex, sizeof ex);
  static const uint8_t ex2[] = {11, 9, 1, 0x00, 3, 'r', 'u', 'n', 0x01, 0, 0};
  memcpy(buf + n + sizeof ex, ex2, sizeof ex2);
  expect_error(e, buf, n + sizeof ex + sizeof ex2, HEARTH_ERR_INVALID, "duplicate export name \"run\"");
  /* a section that does not consume its size */
  memcpy(buf + n, ex, sizeof ex);
  buf[n + 1] = 10;
  buf[n + sizeof ex] = 0;
  expect_error(e, buf, n + sizeof ex + 1, HEARTH_ERR_MALFORMED, "section 11 size mismatch");
  /* async types and built-ins decode (async_subset runs them); (stream char) is reserved, unknown
   * canonical codes are malformed, shared-everything threads unsupported */
  static const uint8_t async_ty[] = {PRE, 7, 5, 1, 0x43, 0, 1, 0};
  CHECK(hearth_component_new(e, async_ty, sizeof async_ty, &c) == HEARTH_OK);
  hearth_component_delete(c);
  static const uint8_t async_trunc[] = {PRE, 7, 4, 1, 0x43, 0, 0};
  expect_error(e, async_trunc, sizeof async_trunc, HEARTH_ERR_MALFORMED, "unexpected end");
  static const uint8_t stream_char[] = {PRE, 7, 4, 1, 0x66, 1, 0x74};
  expect_error(e, stream_char, sizeof stream_char, HEARTH_ERR_INVALID, "(stream char)");
  static const uint8_t canon_2e[] = {PRE, 8, 2, 1, 0x2e};
  expect_error(e, canon_2e, sizeof canon_2e, HEARTH_ERR_MALFORMED, "invalid leading byte (0x2e)");
  static const uint8_t spawn[] = {PRE, 8, 3, 1, 0x42, 0};
  expect_error(e, spawn, sizeof spawn, HEARTH_ERR_UNSUPPORTED, "shared-everything threads");
  static const uint8_t sn_bad[] = {PRE, 7, 2, 1, 0x79, 8, 3, 1, 0x0e, 0};
  expect_error(e, sn_bad, sizeof sn_bad, HEARTH_ERR_INVALID, "`stream.new` requires a stream type");
  static const uint8_t ctx_bad[] = {PRE, 8, 4, 1, 0x0a, 0x7f, 2};
  expect_error(e, ctx_bad, sizeof ctx_bad, HEARTH_ERR_INVALID, "slot 2 out of range");
  static const uint8_t ctx_i64[] = {PRE, 8, 4, 1, 0x0b, 0x7e, 0};
  expect_error(e, ctx_i64, sizeof ctx_i64, HEARTH_ERR_INVALID, "must be i32");
  hearth_engine_delete(e);
}

/* ---------------------------------------------------------------- robustness */

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

static void mutations(void) {
  size_t len;
  uint8_t *orig = read_file("guests/component/all-utf8.wasm", &len);
  hearth_engine *e;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  hearth_clinker *l = make_linker(e, "hearth:test/host@1.0.0");
  uint8_t *b = malloc(len + 64);
  int decoded = 0, instantiated = 0, called = 0, rounds = T_SANITIZED ? 600 : 3000;
  size_t before = hearth_alloc_current();
  for (int r = 0; r < rounds; r++) {
    size_t n = len;
    memcpy(b, orig, len);
    int muts = 1 + (int)(rnd() % 4);
    for (int k = 0; k < muts; k++) {
      size_t at = rnd() % n;
      switch (rnd() % 5) {
      case 0: b[at] ^= (uint8_t)(1u << (rnd() % 8)); break;
      case 1: b[at] = (uint8_t)rnd(); break;
      case 2: n = at + 1; break; /* truncate */
      case 3: b[at] = (uint8_t)(rnd() % 2 ? 0xff : 0x00); break;
      default: if (n < len + 60) { memmove(b + at + 1, b + at, n - at); b[at] = (uint8_t)rnd(); n++; } break;
      }
    }
    hearth_component *c;
    hearth_status st = hearth_component_new(e, b, n, &c);
    CHECK(st == HEARTH_OK || st == HEARTH_ERR_MALFORMED || st == HEARTH_ERR_INVALID ||
          st == HEARTH_ERR_UNSUPPORTED);
    if (st) {
      CHECK(strstr(hearth_errmsg(), "byte 0x") != NULL);
      continue;
    }
    decoded++;
    hearth_store *s;
    CHECK(hearth_store_new(e, &s) == HEARTH_OK);
    hearth_component_instance *ci;
    if (hearth_component_instantiate(s, l, c, &ci) == HEARTH_OK) {
      instantiated++;
      env v = {.ci = ci};
      const char *res = wcall(&v, "echo-string", "\"mutant\"");
      if (strcmp(res, "\"mutant\"") == 0) called++;
      wcall(&v, "echo-people", "[{name: \"a\", age: 1, tags: [\"x\"], home: none}]");
      wcall(&v, "call-greet", "\"x\"");
      hearth_component_instance_delete(ci);
    }
    hearth_store_delete(s);
    hearth_component_delete(c);
  }
  printf("%d mutants: %d decoded, %d instantiated, %d still echo\n", rounds, decoded, instantiated, called);
  CHECK(decoded > 0 && instantiated > 0);
  CHECK(hearth_alloc_current() == before);
  hearth_clinker_delete(l);
  hearth_engine_delete(e);
  free(b);
  free(orig);
}

/* ---------------------------------------------------------------- calls through real components */

/* name, WAVE arguments, expected WAVE result */
static const char *const ROUND_TRIPS[][3] = {
    {"echo-bool", "true", "true"},
    {"echo-bool", "false", "false"},
    {"echo-s8", "-128", "-128"},
    {"echo-u8", "255", "255"},
    {"echo-s16", "-32768", "-32768"},
    {"echo-u16", "65535", "65535"},
    {"echo-s32", "-2147483648", "-2147483648"},
    {"echo-u32", "4294967295", "4294967295"},
    {"echo-s64", "-9223372036854775808", "-9223372036854775808"},
    {"echo-u64", "18446744073709551615", "18446744073709551615"},
    {"echo-f32", "1.5", "1.5"},
    {"echo-f32", "-inf", "-inf"},
    {"echo-f32", "nan", "nan"},
    {"echo-f64", "3.141592653589793", "3.141592653589793"},
    {"echo-f64", "1e300", "1e+300"},
    {"echo-char", "'\xf0\x9f\x8c\x8d'", "'\xf0\x9f\x8c\x8d'"},
    {"echo-char", "'\\n'", "'\\n'"},
    {"echo-string", "\"\"", "\"\""},
    {"echo-string", "\"h\xc3\xa9llo \\\"q\\\" \xe2\x98\x83 \xf0\x9f\x8c\x8d\"", "\"h\xc3\xa9llo \\\"q\\\" \xe2\x98\x83 \xf0\x9f\x8c\x8d\""},
    {"echo-string", "\"caf\xc3\xa9 \xc3\xbf only latin-1\"", "\"caf\xc3\xa9 \xc3\xbf only latin-1\""},
    {"echo-list", "[]", "[]"},
    {"echo-list", "[1, 2, 3, 4294967295]", "[1, 2, 3, 4294967295]"},
    {"echo-strings", "[\"a\", \"\xc3\xa9\", \"\xe2\x98\x83\", \"\"]", "[\"a\", \"\xc3\xa9\", \"\xe2\x98\x83\", \"\"]"},
    {"echo-tuple", "(7, \"x\", -2.5)", "(7, \"x\", -2.5)"},
    {"echo-option", "some(9)", "some(9)"},
    {"echo-option", "none", "none"},
    {"echo-result", "ok(\"fine\")", "ok(\"fine\")"},
    {"echo-result", "err(3)", "err(3)"},
    {"echo-flags", "{}", "{}"},
    {"echo-flags", "{exec, read}", "{read, exec}"},
    {"echo-wide", "{f0, f7, f8, f15, f16, f19}", "{f0, f7, f8, f15, f16, f19}"},
    {"echo-enum", "green", "green"},
    {"echo-variant", "circle(2.5)", "circle(2.5)"},
    {"echo-variant", "rect({x: -3, y: 4})", "rect({x: -3, y: 4})"},
    {"echo-variant", "dot", "dot"},
    {"echo-variant", "big(18446744073709551615)", "big(18446744073709551615)"},
    {"echo-record", "{name: \"bob\", age: 7, tags: [\"a\", \"\xe2\x98\x83\"], home: some({x: 1, y: -2})}",
     "{name: \"bob\", age: 7, tags: [\"a\", \"\xe2\x98\x83\"], home: some({x: 1, y: -2})}"},
    {"echo-record", "{age: 1, name: \"n\", tags: []}", "{name: \"n\", age: 1, tags: [], home: none}"},
    {"echo-people", "[{name: \"a\", age: 1, tags: [], home: none}, {name: \"b\", age: 2, tags: [\"t\", \"u\"], home: some({x: 5, y: 6})}]",
     "[{name: \"a\", age: 1, tags: [], home: none}, {name: \"b\", age: 2, tags: [\"t\", \"u\"], home: some({x: 5, y: 6})}]"},
    {"sum17", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 4294967295", "4294967431"},
    {"hearth:test/api#reverse", "[1, 2, 3, 4]", "[4, 3, 2, 1]"},
    {"hearth:test/api@1.0.0#reverse", "[]", "[]"},
    /* deeper nesting, also in latin1+utf16 (which jco cannot transpile) */
    {"echo-full", "{b31, b0}", "{b0, b31}"},
    {"echo-grid", "[[{label: \"\xc3\xa9\", words: [\"x\", \"\xe2\x98\x83\"], score: some(err(\"\xc3\xbf\"))}], []]",
     "[[{label: \"\xc3\xa9\", words: [\"x\", \"\xe2\x98\x83\"], score: some(err(\"\xc3\xbf\"))}], []]"},
    {"grid-words", "[[{label: \"a\", words: [\"x\", \"y\"], score: none}], [{label: \"b\", words: [\"z\"], score: some(ok(1))}]]", "3"},
    {"echo-evs", "(text(\"\xe2\x98\x83\"), num(-1), [at({x: 1, y: 2}), many([some(7), none])])",
     "(text(\"\xe2\x98\x83\"), num(-1), [at({x: 1, y: 2}), many([some(7), none])])"},
    {"echo-deep", "[{id: 9, tag: some(ok(some(\"caf\xc3\xa9\"))), pairs: [(\"\xf0\x9f\x8c\x8d\", text(\"\xc3\xbf\"))]}]",
     "[{id: 9, tag: some(ok(some(\"caf\xc3\xa9\"))), pairs: [(\"\xf0\x9f\x8c\x8d\", text(\"\xc3\xbf\"))]}]"},
};

/* The handles a jco_roundtrip scenario holds: $hN is the N-th own handle its results showed. */
typedef struct hvars {
  hearth_cval h[64];
  int n;
} hvars;

/* text with each `<$hN>` (a handle of hv) written `<REP>`, which hearth_cval_parse reads. */
static void subst_handles(const char *in, const hvars *hv, char *out, size_t cap) {
  size_t o = 0;
  for (const char *p = in; *p && o + 16 < cap;) {
    if (p[0] == '<' && p[1] == '$' && p[2] == 'h') {
      char *end;
      long k = strtol(p + 3, &end, 10);
      CHECK(k >= 1 && k <= hv->n && *end == '>');
      o += (size_t)snprintf(out + o, cap - o, "<%u>", hv->h[k - 1].of.rep);
      p = end + 1;
    } else {
      out[o++] = *p++;
    }
  }
  out[o] = 0;
}

/* Visits the handles of v (of type t) in the order WAVE prints them: set (from hv, by rep) the
 * .handle and .resource of handles passed back to the guest, or collect (into hv) those a result holds. */
static void walk_handles(const hearth_ctype *t, hearth_cval *v, hvars *hv, bool collect) {
  switch (hearth_ctype_kind(t)) {
  case HEARTH_CV_OWN: case HEARTH_CV_BORROW:
    if (collect) {
      CHECK(hv->n < 64);
      hv->h[hv->n++] = *v;
    } else {
      /* the latest handle with that rep (an earlier one with the same rep has ended: the host
       * handle table would refuse it) */
      for (int i = hv->n - 1; i >= 0; i--)
        if (hv->h[i].of.rep == v->of.rep) {
          v->of.handle = hv->h[i].of.handle;
          v->of.resource = hv->h[i].of.resource;
          break;
        }
    }
    break;
  case HEARTH_CV_LIST:
    for (size_t i = 0; v->kind == HEARTH_CV_LIST && i < v->of.list.len; i++)
      walk_handles(hearth_ctype_elem(t, 0), &v->of.list.items[i], hv, collect);
    break;
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE:
    for (size_t i = 0; i < v->of.list.len; i++) walk_handles(hearth_ctype_elem(t, i), &v->of.list.items[i], hv, collect);
    break;
  case HEARTH_CV_VARIANT: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT:
    if (v->of.cas.payload) walk_handles(hearth_ctype_elem(t, v->of.cas.index), v->of.cas.payload, hv, collect);
    break;
  default: break;
  }
}

/* One call of a jco_roundtrip line: the result in WAVE with its handles named as roundtrip.mjs
 * names them (own<$hN>), "()" without a result, "error: ..." on failure. */
static const char *scenario_call(env *v, hvars *hv, const char *fn, const char *args) {
  static char out[8192];
  char text[4096];
  subst_handles(args, hv, text, sizeof text);
  if (strcmp(fn, "[drop]") == 0) { /* the host drops an own handle: the guest's destructor runs */
    CHECK(strncmp(args, "own<$h", 6) == 0);
    int k = atoi(args + 6);
    CHECK(k >= 1 && k <= hv->n);
    hearth_status st = hearth_component_resource_drop(v->ci, &hv->h[k - 1]);
    if (st) snprintf(out, sizeof out, "error: %s", hearth_status_str(st));
    return st ? out : "()";
  }
  const hearth_ctype *ft;
  CHECK(hearth_component_func_type(v->ci, fn, &ft) == HEARTH_OK);
  hearth_cval *a;
  size_t n;
  CHECK(hearth_cval_parse_args(ft, text, strlen(text), &a, &n) == HEARTH_OK);
  for (size_t i = 0; i < n; i++) walk_handles(hearth_ctype_elem(ft, i), &a[i], hv, false);
  hearth_cval r = {0};
  hearth_status st = hearth_component_call(v->ci, fn, a, n, &r, 1);
  for (size_t i = 0; i < n; i++) hearth_cval_clear(&a[i]);
  hearth_free(a);
  if (st) {
    snprintf(out, sizeof out, "error: %s", hearth_status_str(st));
    return out;
  }
  const hearth_ctype *rt = hearth_ctype_result(ft);
  if (!rt) return "()";
  int first = hv->n;
  walk_handles(rt, &r, hv, true);
  char *f;
  CHECK(hearth_cval_format(rt, &r, &f) == HEARTH_OK);
  /* own<REP> -> own<$hN>, in order (the values hold no other "own<") */
  size_t o = 0;
  int k = first;
  for (const char *p = f; *p && o + 16 < sizeof out;) {
    if (strncmp(p, "own<", 4) == 0) {
      CHECK(k < hv->n && (uint32_t)strtoul(p + 4, NULL, 10) == hv->h[k].of.rep);
      o += (size_t)snprintf(out + o, sizeof out - o, "own<$h%d>", ++k);
      p = strchr(p, '>') + 1;
    } else {
      out[o++] = *p++;
    }
  }
  out[o] = 0;
  CHECK(k == hv->n);
  hearth_free(f);
  hearth_cval_clear(&r); /* the handles' reps and resources stay in hv */
  return out;
}

/* guests/component/roundtrip-jco.txt: the results `jco transpile` gives on node for calls of
 * the every-WIT-type guest (tools/jco/roundtrip.mjs); hearth must give equal values (both parsed
 * and formatted by hearth, so only values are compared, not spellings). A `[scenario]` line
 * starts a new instance for the lines after it: calls of the guest resource `counter` with handles
 * named as results showed them ($h1, $h2, ...), `[drop]` the host dropping one, `()` no result. */
static void jco_roundtrip(void) {
  size_t len;
  char *text = (char *)read_file("guests/component/roundtrip-jco.txt", &len);
  char *save = NULL;
  int n = 0, bad = 0, scen = 0, handle_calls = 0;
  env v;
  hvars hv = {.n = 0};
  char cur[32] = "";
  for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    if (line[0] == '#') continue;
    char *f[4];
    int k = 0;
    for (char *p = line; k < 4; k++) {
      f[k] = p;
      char *tab = strchr(p, '\t');
      if (!tab) { k++; break; }
      *tab = 0;
      p = tab + 1;
    }
    CHECK(k == 4);
    bool scenario = strcmp(f[1], "[scenario]") == 0;
    if (strcmp(cur, f[0]) != 0 || scenario) {
      if (cur[0]) env_close(&v);
      env_open(&v, f[0]);
      snprintf(cur, sizeof cur, "%s", f[0]);
      hv.n = 0;
    }
    if (scenario) {
      scen++;
      continue;
    }
    const char *got;
    char want[4096];
    if (strstr(f[2], "<$h") || strstr(f[3], "own<$h") || strcmp(f[1], "[drop]") == 0 || strcmp(f[3], "()") == 0) {
      /* handles, or no result: compared as text (the values hold only integers and handles) */
      got = scenario_call(&v, &hv, f[1], f[2]);
      snprintf(want, sizeof want, "%s", f[3]);
      handle_calls++;
    } else {
      const hearth_ctype *ft;
      CHECK(hearth_component_func_type(v.ci, f[1], &ft) == HEARTH_OK);
      got = wcall(&v, f[1], f[2]);
      if (strcmp(f[3], "trap") == 0) {
        snprintf(want, sizeof want, "error: wasm trap");
      } else {
        hearth_cval w;
        char *t = NULL;
        CHECK(hearth_cval_parse(hearth_ctype_result(ft), f[3], strlen(f[3]), &w) == HEARTH_OK);
        CHECK(hearth_cval_format(hearth_ctype_result(ft), &w, &t) == HEARTH_OK);
        snprintf(want, sizeof want, "%s", t);
        hearth_free(t);
        hearth_cval_clear(&w);
      }
    }
    if (strcmp(got, want) != 0) {
      fprintf(stderr, "%s %s(%s): hearth %s, jco %s\n", f[0], f[1], f[2], got, want);
      bad++;
    }
    n++;
  }
  if (cur[0]) env_close(&v);
  free(text);
  printf("%d calls compared with jco transpile (%d scenarios, %d calls with handles or no result), %d differ\n",
         n, scen, handle_calls, bad);
  CHECK(n >= 190);
  CHECK(scen >= 4);
  CHECK(handle_calls >= 40);
  CHECK(bad == 0);
}

static void calls_every_type(void) {
  for (size_t k = 0; k < 3; k++) {
    env v;
    env_open(&v, ENCODINGS[k]);
    for (size_t i = 0; i < sizeof ROUND_TRIPS / sizeof *ROUND_TRIPS; i++) {
      const char *got = wcall(&v, ROUND_TRIPS[i][0], ROUND_TRIPS[i][1]);
      if (strcmp(got, ROUND_TRIPS[i][2]) != 0)
        fprintf(stderr, "%s: %s(%s) = %s, want %s\n", ENCODINGS[k], ROUND_TRIPS[i][0],
                ROUND_TRIPS[i][1], got, ROUND_TRIPS[i][2]);
      CHECK_STR(got, ROUND_TRIPS[i][2]);
    }
    /* string-len sees the guest's own encoding: code units (latin-1 bytes or UTF-16 units) */
    CHECK_STR(wcall(&v, "string-len", "\"h\xc3\xa9llo\""), k == 0 ? "6" : "5");
    CHECK_STR(wcall(&v, "string-len", "\"\xe2\x98\x83\""), k == 0 ? "3" : k == 1 ? "1" : "2147483649");
    /* post-return ran once per echo-string call */
    CHECK_STR(wcall(&v, "post-returns", ""), "3");
    env_close(&v);
  }
}

static void host_imports(void) {
  for (size_t k = 0; k < 3; k++) {
    env v;
    env_open(&v, ENCODINGS[k]);
    g_log[0] = 0;
    CHECK_STR(wcall(&v, "call-add", "40, 2"), "42");
    CHECK_STR(wcall(&v, "call-greet", "\"w\xc3\xb6rld \xe2\x98\x83\""), "\"hello, w\xc3\xb6rld \xe2\x98\x83!\"");
    CHECK_STR(wcall(&v, "call-mirror", "3, 4"), "11"); /* mirror swaps: (4, 3) -> 4*2+3 */
    CHECK_STR(wcall(&v, "call-numbers", "100"), "5050");
    CHECK_STR(wcall(&v, "call-log", "\"one\""), "()");
    CHECK_STR(wcall(&v, "call-log", "\"\xc3\xa9\xe2\x98\x83\""), "()");
    CHECK_STR(g_log, "one;\xc3\xa9\xe2\x98\x83;");
    env_close(&v);
  }
}

/* Packed lists (HEARTH_CV_PACKED): list<u8>/list<u32> arguments given as one buffer lower like
 * item lists; format and hearth_cval_list_bytes read them; malformed ones are refused. */
static void packed_lists(void) {
  env v;
  env_open(&v, "utf8");
  const hearth_ctype *ft;
  CHECK(hearth_component_func_type(v.ci, "hearth:test/api#reverse", &ft) == HEARTH_OK);
  hearth_cval a = {0}, r = {0};
  const uint8_t bytes[5] = {1, 2, 3, 4, 250};
  CHECK(hearth_cval_set_packed(&a, bytes, sizeof bytes) == HEARTH_OK);
  CHECK(a.kind == HEARTH_CV_PACKED);
  char *text;
  CHECK(hearth_cval_format(hearth_ctype_elem(ft, 0), &a, &text) == HEARTH_OK);
  CHECK_STR(text, "[1, 2, 3, 4, 250]");
  hearth_free(text);
  CHECK(hearth_component_call(v.ci, "hearth:test/api#reverse", &a, 1, &r, 1) == HEARTH_OK);
  CHECK(r.kind == HEARTH_CV_LIST); /* results stay item lists (the API as it was) */
  CHECK(hearth_cval_format(hearth_ctype_result(ft), &r, &text) == HEARTH_OK);
  CHECK_STR(text, "[250, 4, 3, 2, 1]");
  hearth_free(text);
  /* the item list read back as one buffer (owned copy), and the packed one as a view */
  const void *d;
  size_t nb;
  void *owned;
  CHECK(hearth_cval_list_bytes(hearth_ctype_elem(hearth_ctype_result(ft), 0), &r, &d, &nb, &owned) == HEARTH_OK);
  CHECK(nb == 5 && owned == d && memcmp(d, "\xfa\x04\x03\x02\x01", 5) == 0);
  hearth_free(owned);
  CHECK(hearth_cval_list_bytes(hearth_ctype_elem(hearth_ctype_result(ft), 0), &a, &d, &nb, &owned) == HEARTH_OK);
  CHECK(nb == 5 && owned == NULL && d == a.of.packed.data);
  hearth_cval_clear(&r);
  hearth_cval_clear(&a);
  /* list<u32>: 4 bytes an element, little-endian */
  CHECK(hearth_component_func_type(v.ci, "echo-list", &ft) == HEARTH_OK);
  const uint8_t w[8] = {1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff};
  CHECK(hearth_cval_set_packed(&a, w, 8) == HEARTH_OK);
  CHECK(hearth_component_call(v.ci, "echo-list", &a, 1, &r, 1) == HEARTH_OK);
  CHECK(hearth_cval_format(hearth_ctype_result(ft), &r, &text) == HEARTH_OK);
  CHECK_STR(text, "[1, 4294967295]");
  hearth_free(text);
  hearth_cval_clear(&r);
  hearth_cval_clear(&a);
  /* a partial element, and a packed value where a string is expected, are refused */
  CHECK(hearth_cval_set_packed(&a, w, 7) == HEARTH_OK);
  CHECK(hearth_component_call(v.ci, "echo-list", &a, 1, &r, 1) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_cval_format(hearth_ctype_elem(ft, 0), &a, &text) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_call(v.ci, "echo-strings", &a, 1, &r, 1) == HEARTH_ERR_ARGUMENT);
  hearth_cval_clear(&a);
  /* flags are checked */
  CHECK(hearth_clinker_define_func_flags(v.l, NULL, "x", h_add, NULL, 0x80) == HEARTH_ERR_ARGUMENT);
  env_close(&v);
}

static void semver_linking(void) {
  CHECK(h_comp_name_matches("wasi:cli/environment@0.2.3", "wasi:cli/environment@0.2.0"));
  CHECK(h_comp_name_matches("wasi:cli/environment@0.2.12", "wasi:cli/environment@0.2.3"));
  CHECK(!h_comp_name_matches("wasi:cli/environment@0.3.0", "wasi:cli/environment@0.2.0"));
  CHECK(!h_comp_name_matches("wasi:cli/environment@0.0.1", "wasi:cli/environment@0.0.2"));
  CHECK(h_comp_name_matches("my:pkg/iface@1.2.0", "my:pkg/iface@1.9.1"));
  CHECK(!h_comp_name_matches("my:pkg/iface@2.0.0", "my:pkg/iface@1.9.1"));
  CHECK(!h_comp_name_matches("my:pkg/other@1.0.0", "my:pkg/iface@1.0.0"));
  CHECK(h_comp_name_matches("my:pkg/iface@1.0.0", "my:pkg/iface"));
  CHECK(!h_comp_name_matches("my:pkg/iface@1.0.0-rc1", "my:pkg/iface@1.0.0"));

  size_t len;
  uint8_t *b = read_file("guests/component/all-utf8.wasm", &len);
  hearth_engine *e;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  hearth_component *c;
  CHECK(hearth_component_new(e, b, len, &c) == HEARTH_OK);
  hearth_store *s;
  CHECK(hearth_store_new(e, &s) == HEARTH_OK);
  hearth_component_instance *ci;
  /* the component imports @1.0.0; a host at @1.4.2 serves it */
  hearth_clinker *l = make_linker(e, "hearth:test/host@1.4.2");
  CHECK(hearth_component_instantiate(s, l, c, &ci) == HEARTH_OK);
  env v = {.ci = ci};
  CHECK_STR(wcall(&v, "call-add", "1, 2"), "3");
  hearth_component_instance_delete(ci);
  hearth_clinker_delete(l);
  /* @2.0.0 does not */
  l = make_linker(e, "hearth:test/host@2.0.0");
  CHECK(hearth_component_instantiate(s, l, c, &ci) == HEARTH_ERR_UNLINKABLE);
  CHECK(strstr(hearth_errmsg(), "hearth:test/host@1.0.0#"));
  hearth_clinker_delete(l);
  /* a missing function names itself */
  CHECK(hearth_clinker_new(e, &l) == HEARTH_OK);
  CHECK(hearth_clinker_define_func(l, "hearth:test/host@1.0.0", "add", h_add, NULL) == HEARTH_OK);
  CHECK(hearth_clinker_define_func(l, "hearth:test/host@1.0.0", "add", h_add, NULL) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_instantiate(s, l, c, &ci) == HEARTH_ERR_UNLINKABLE);
  CHECK(strstr(hearth_errmsg(), "hearth:test/host@1.0.0#") && strstr(hearth_errmsg(), "is not defined"));
  hearth_clinker_delete(l);
  CHECK(hearth_component_instantiate(s, NULL, c, &ci) == HEARTH_ERR_UNLINKABLE);
  hearth_store_delete(s);
  hearth_component_delete(c);
  hearth_engine_delete(e);
  free(b);
}

/* Calls name(args) of a new instance of c (a trap poisons an instance); the result or
 * "error: STATUS: message". */
static const char *acall(hearth_store *s, hearth_component *c, const char *name, const char *args) {
  static char out[1024];
  hearth_component_instance *ci;
  CHECK(hearth_component_instantiate(s, NULL, c, &ci) == HEARTH_OK);
  const hearth_ctype *ft;
  CHECK(hearth_component_func_type(ci, name, &ft) == HEARTH_OK);
  hearth_cval *a;
  size_t n;
  CHECK(hearth_cval_parse_args(ft, args, strlen(args), &a, &n) == HEARTH_OK);
  hearth_cval r = {0};
  hearth_status st = hearth_component_call(ci, name, a, n, &r, 1);
  for (size_t i = 0; i < n; i++) hearth_cval_clear(&a[i]);
  hearth_free(a);
  if (st) {
    snprintf(out, sizeof out, "error: %s: %s", hearth_status_str(st), hearth_errmsg());
  } else {
    char *text;
    CHECK(hearth_cval_format(hearth_ctype_result(ft), &r, &text) == HEARTH_OK);
    snprintf(out, sizeof out, "%s", text);
    hearth_free(text);
    hearth_cval_clear(&r);
  }
  hearth_component_instance_delete(ci);
  return out;
}

/* guests/component/async.wat: what hearth runs of the async ABI (async lifts that finish in their
 * call, async lower, context.get/set) and the clean traps for the rest. */
static void async_subset(void) {
  hearth_engine *e;
  hearth_store *s;
  hearth_component *c;
  size_t len;
  uint8_t *b = read_file("guests/component/async.wasm", &len);
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  CHECK(hearth_store_new(e, &s) == HEARTH_OK);
  CHECK(hearth_component_new(e, b, len, &c) == HEARTH_OK);
  free(b);
  CHECK_STR(acall(s, c, "double", "21"), "42");
  CHECK_STR(acall(s, c, "seven", ""), "7");
  CHECK_STR(acall(s, c, "via-lower", "50"), "100");
  const char *r = acall(s, c, "wait", "");
  CHECK(strstr(r, "error: wasm trap") && strstr(r, "asked to wait or yield"));
  r = acall(s, c, "forget", "");
  CHECK(strstr(r, "error: wasm trap") && strstr(r, "without task.return"));
  r = acall(s, c, "twice", "");
  CHECK(strstr(r, "error: wasm trap") && strstr(r, "task.return called twice"));
  r = acall(s, c, "yield", "");
  CHECK(strstr(r, "error: wasm trap") && strstr(r, "unsupported: canon thread.yield"));
  r = acall(s, c, "stream", "");
  CHECK(strstr(r, "error: wasm trap") && strstr(r, "unsupported: canon stream.new"));
  r = acall(s, c, "stray", "");
  CHECK(strstr(r, "error: wasm trap") && strstr(r, "task.return outside an async task"));
  /* a stream handle cannot be passed by the host */
  hearth_component_instance *ci;
  const hearth_ctype *ft;
  CHECK(hearth_component_instantiate(s, NULL, c, &ci) == HEARTH_OK);
  CHECK(hearth_component_func_type(ci, "take-stream", &ft) == HEARTH_OK);
  CHECK(hearth_ctype_kind(hearth_ctype_elem(ft, 0)) == HEARTH_CV_STREAM);
  hearth_cval sv = {.kind = HEARTH_CV_STREAM};
  CHECK(hearth_component_call(ci, "take-stream", &sv, 1, NULL, 0) == HEARTH_ERR_ARGUMENT);
  CHECK(strstr(hearth_errmsg(), "stream, future and error-context values are not supported"));
  hearth_component_instance_delete(ci);
  hearth_component_delete(c);
  hearth_store_delete(s);
  hearth_engine_delete(e);
}

static void traps(void) {
  env v;
  env_open(&v, "utf8");
  CHECK_STR(wcall(&v, "fail", "0"), "0");
  CHECK_STR(wcall(&v, "fail", "7"), "error: wasm trap");
  CHECK(hearth_store_trap(v.s) == HEARTH_TRAP_UNREACHABLE);
  /* the instance may not be entered again; a new one works */
  CHECK_STR(wcall(&v, "echo-u8", "1"), "error: wasm trap");
  CHECK(strstr(hearth_errmsg(), "unusable after a trap"));
  hearth_component_instance_delete(v.ci);
  CHECK(hearth_component_instantiate(v.s, v.l, v.c, &v.ci) == HEARTH_OK);
  CHECK_STR(wcall(&v, "echo-u8", "1"), "1");
  /* a failing host function traps the guest that called it */
  g_host_fail = 1;
  CHECK_STR(wcall(&v, "call-add", "1, 2"), "error: wasm trap");
  CHECK(hearth_store_trap(v.s) == HEARTH_TRAP_HOST);
  g_host_fail = 0;
  env_close(&v);
}

static void arguments_checked(void) {
  env v;
  env_open(&v, "utf8");
  hearth_cval a[2] = {{.kind = HEARTH_CV_U32, .of.u = 1}, {.kind = HEARTH_CV_U32, .of.u = 2}};
  hearth_cval r;
  CHECK(hearth_component_call(v.ci, "echo-u32", a, 2, &r, 1) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_call(v.ci, "echo-u32", a, 1, NULL, 0) == HEARTH_ERR_ARGUMENT);
  a[0].kind = HEARTH_CV_S32;
  CHECK(hearth_component_call(v.ci, "echo-u32", a, 1, &r, 1) == HEARTH_ERR_ARGUMENT);
  a[0].kind = HEARTH_CV_U8;
  a[0].of.u = 300;
  CHECK(hearth_component_call(v.ci, "echo-u8", a, 1, &r, 1) == HEARTH_ERR_ARGUMENT);
  CHECK(strstr(hearth_errmsg(), "u8 out of range"));
  hearth_cval s = {.kind = HEARTH_CV_STRING, .of.str = {"\xc3\x28", 2}};
  CHECK(hearth_component_call(v.ci, "echo-string", &s, 1, &r, 1) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_call(v.ci, "nope", NULL, 0, &r, 1) == HEARTH_ERR_NOT_FOUND);
  CHECK(hearth_component_call(v.ci, "hearth:test/nope#reverse", NULL, 0, &r, 1) == HEARTH_ERR_NOT_FOUND);
  /* nothing was entered: the instance still works */
  CHECK_STR(wcall(&v, "echo-u8", "9"), "9");
  /* the export list */
  size_t n = hearth_component_export_count(v.ci);
  CHECK(n >= 40);
  bool seen = false;
  for (size_t i = 0; i < n; i++) {
    const char *nm;
    CHECK(hearth_component_export_name(v.ci, i, &nm) == HEARTH_OK);
    if (strcmp(nm, "hearth:test/api@1.0.0#[method]counter.inc") == 0) seen = true;
  }
  CHECK(seen);
  env_close(&v);
}

static void resources(void) {
  env v;
  env_open(&v, "utf8");
  const char *API = "hearth:test/api@1.0.0#";
  char name[128];
  hearth_cval arg = {.kind = HEARTH_CV_U32, .of.u = 10}, own = {0}, r = {0};
  snprintf(name, sizeof name, "%s[constructor]counter", API);
  CHECK(hearth_component_call(v.ci, name, &arg, 1, &own, 1) == HEARTH_OK);
  CHECK(own.kind == HEARTH_CV_OWN);
  CHECK(own.of.handle != 0); /* entered in the host handle table */
  hearth_cval self = own;     /* the same handle, lent as borrow */
  self.kind = HEARTH_CV_BORROW;
  snprintf(name, sizeof name, "%s[method]counter.inc", API);
  CHECK(hearth_component_call(v.ci, name, &self, 1, &r, 1) == HEARTH_OK);
  CHECK(r.of.u == 11);
  CHECK(hearth_component_call(v.ci, name, &self, 1, &r, 1) == HEARTH_OK);
  CHECK(r.of.u == 12);
  snprintf(name, sizeof name, "%s[method]counter.get", API);
  CHECK(hearth_component_call(v.ci, name, &self, 1, &r, 1) == HEARTH_OK);
  CHECK(r.of.u == 12);
  /* destructors: make-and-drop drops inside the guest; take receives the host's own handle and
   * drops it */
  CHECK_STR(wcall(&v, "hearth:test/api#dropped", ""), "0");
  CHECK_STR(wcall(&v, "hearth:test/api#make-and-drop", "5"), "5");
  CHECK_STR(wcall(&v, "hearth:test/api#dropped", ""), "1");
  snprintf(name, sizeof name, "%stake", API);
  CHECK(hearth_component_call(v.ci, name, &own, 1, &r, 1) == HEARTH_OK);
  CHECK(r.of.u == 12);
  CHECK_STR(wcall(&v, "hearth:test/api#dropped", ""), "2");
  /* the host drops a handle it holds: the guest's destructor runs (dtor-log shows its value);
   * borrows, host-made handles and handles of nothing this instance defines are refused */
  snprintf(name, sizeof name, "%s[constructor]counter", API);
  arg.of.u = 77;
  CHECK(hearth_component_call(v.ci, name, &arg, 1, &own, 1) == HEARTH_OK);
  hearth_cval bad = own;
  bad.kind = HEARTH_CV_BORROW;
  CHECK(hearth_component_resource_drop(v.ci, &bad) == HEARTH_ERR_ARGUMENT);
  bad = own;
  bad.of.resource = NULL;
  CHECK(hearth_component_resource_drop(v.ci, &bad) == HEARTH_ERR_ARGUMENT);
  bad.of.resource = &bad;
  CHECK(hearth_component_resource_drop(v.ci, &bad) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_resource_drop(v.ci, NULL) == HEARTH_ERR_ARGUMENT);
  CHECK_STR(wcall(&v, "hearth:test/api#dtor-log", ""), "[5, 12]");
  CHECK(hearth_component_resource_drop(v.ci, &own) == HEARTH_OK);
  CHECK_STR(wcall(&v, "hearth:test/api#dtor-log", ""), "[5, 12, 77]");
  CHECK_STR(wcall(&v, "hearth:test/api#dropped", ""), "3");
  /* handles print as own<REP> and parse back (not WAVE: hearth's own notation) */
  const hearth_ctype *tft;
  CHECK(hearth_component_func_type(v.ci, "hearth:test/api#take", &tft) == HEARTH_OK);
  hearth_cval hv;
  CHECK(hearth_cval_parse(hearth_ctype_elem(tft, 0), "own<4096>", 9, &hv) == HEARTH_OK);
  CHECK(hv.kind == HEARTH_CV_OWN && hv.of.rep == 4096 && hv.of.resource == NULL);
  CHECK(hearth_cval_parse(hearth_ctype_elem(tft, 0), "borrow<1>", 9, &hv) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_cval_parse(hearth_ctype_elem(tft, 0), "own<-1>", 7, &hv) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_cval_parse(hearth_ctype_elem(tft, 0), "own<1", 5, &hv) == HEARTH_ERR_ARGUMENT);
  /* a host resource: made by the host, borrowed back by the guest, dropped by the guest (the
   * host's destructor runs with the host's rep) */
  g_nblob_dropped = 0;
  CHECK_STR(wcall(&v, "blob-size", "7"), "7");
  CHECK_STR(wcall(&v, "blob-size", "3"), "3");
  CHECK_EQ_INT(g_nblob_dropped, 2);
  CHECK_EQ_INT(g_blob_dropped[0], 70);
  CHECK_EQ_INT(g_blob_dropped[1], 30);
  /* the borrow rules: a borrowed handle lent to the guest must be dropped before it returns */
  hearth_cval peek[2] = {{.kind = HEARTH_CV_BORROW, .of.rep = 50}, {.kind = HEARTH_CV_BOOL, .of.b = true}};
  CHECK(hearth_component_call(v.ci, "blob-peek", peek, 2, &r, 1) == HEARTH_OK);
  CHECK_EQ_INT(r.of.u, 5);
  CHECK_EQ_INT(g_nblob_dropped, 2); /* dropping a borrow runs no destructor */
  peek[1].of.b = false;
  CHECK(hearth_component_call(v.ci, "blob-peek", peek, 2, &r, 1) == HEARTH_ERR_TRAP);
  CHECK(strstr(hearth_errmsg(), "borrow handles still remain"));
  CHECK(hearth_component_resource_drop(v.ci, &own) == HEARTH_ERR_TRAP); /* not after a trap */
  env_close(&v);
}

/* Calls API#fn of ci with args (borrowed); the u32 result in *out (when the call has one). */
static hearth_status hcall(hearth_component_instance *ci, const char *fn, const hearth_cval *args,
                           size_t n, uint32_t *out) {
  char name[128];
  snprintf(name, sizeof name, "hearth:test/api@1.0.0#%s", fn);
  hearth_cval r = {0};
  hearth_status st = hearth_component_call(ci, name, args, n, &r, 1);
  if (st == HEARTH_OK && out) *out = (uint32_t)r.of.u;
  hearth_cval_clear(&r);
  return st;
}

/* A new counter of ci starting at start: the own handle the host now holds. */
static hearth_cval new_counter(hearth_component_instance *ci, uint32_t start) {
  hearth_cval a = {.kind = HEARTH_CV_U32, .of.u = start}, h = {0};
  CHECK(hearth_component_call(ci, "hearth:test/api@1.0.0#[constructor]counter", &a, 1, &h, 1) == HEARTH_OK);
  CHECK(h.kind == HEARTH_CV_OWN && h.of.handle != 0 && h.of.resource != NULL);
  return h;
}

static hearth_cval as_borrow(hearth_cval h) {
  h.kind = HEARTH_CV_BORROW;
  return h;
}

/* The host handle table (hearth.h: handles of guest resources held by the host): double drops,
 * use after passing own on, borrows of dropped handles, handles of another instance, forged and
 * altered handles, an own handle passed twice in one call, handles after a reset (a template's
 * instance and a pool) are all ARGUMENT before anything runs, never a use of whatever the
 * guest's table holds now; the instance keeps working after each. */
static void host_handles(void) {
  env v;
  env_open(&v, "utf8");
  uint32_t u = 0;
  /* double drop: the destructor runs once */
  hearth_cval a = new_counter(v.ci, 11);
  CHECK(hearth_component_resource_drop(v.ci, &a) == HEARTH_OK);
  CHECK(hearth_component_resource_drop(v.ci, &a) == HEARTH_ERR_ARGUMENT);
  CHECK(strstr(hearth_errmsg(), "not a handle the host holds"));
  CHECK_STR(wcall(&v, "hearth:test/api#dtor-log", ""), "[11]");
  /* a borrow of a dropped handle, and passing it on as own */
  hearth_cval ab = as_borrow(a);
  CHECK(hcall(v.ci, "[method]counter.get", &ab, 1, &u) == HEARTH_ERR_ARGUMENT);
  CHECK(hcall(v.ci, "take", &a, 1, &u) == HEARTH_ERR_ARGUMENT);
  /* use after own-transfer: take gets b (the guest drops it); b is then no handle of the host's */
  hearth_cval b = new_counter(v.ci, 22);
  hearth_cval bb = as_borrow(b);
  CHECK(hcall(v.ci, "[method]counter.inc", &bb, 1, &u) == HEARTH_OK && u == 23);
  CHECK(hcall(v.ci, "take", &b, 1, &u) == HEARTH_OK && u == 23);
  CHECK_STR(wcall(&v, "hearth:test/api#dtor-log", ""), "[11, 23]");
  CHECK(hcall(v.ci, "take", &b, 1, &u) == HEARTH_ERR_ARGUMENT);
  CHECK(hcall(v.ci, "[method]counter.get", &bb, 1, &u) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_resource_drop(v.ci, &b) == HEARTH_ERR_ARGUMENT);
  /* the guest reuses the memory: a new counter may get b's rep, and b still does not name it */
  hearth_cval c = new_counter(v.ci, 33);
  if (c.of.rep == b.of.rep) printf("the new counter reuses the dropped one's rep %u\n", c.of.rep);
  CHECK(hcall(v.ci, "[method]counter.get", &bb, 1, &u) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_resource_drop(v.ci, &b) == HEARTH_ERR_ARGUMENT);
  hearth_cval cb = as_borrow(c);
  CHECK(hcall(v.ci, "[method]counter.get", &cb, 1, &u) == HEARTH_OK && u == 33);
  /* forged and altered handles: no handle number, another rep, another resource pointer, a
   * made-up number, a generation off by one */
  hearth_cval f = cb;
  f.of.handle = 0;
  CHECK(hcall(v.ci, "[method]counter.get", &f, 1, &u) == HEARTH_ERR_ARGUMENT);
  f = cb;
  f.of.rep ^= 8;
  CHECK(hcall(v.ci, "[method]counter.get", &f, 1, &u) == HEARTH_ERR_ARGUMENT);
  f = cb;
  f.of.resource = &f;
  CHECK(hcall(v.ci, "[method]counter.get", &f, 1, &u) == HEARTH_ERR_ARGUMENT);
  f = cb;
  f.of.handle = 0xfffff;
  CHECK(hcall(v.ci, "[method]counter.get", &f, 1, &u) == HEARTH_ERR_ARGUMENT);
  f = cb;
  f.of.handle += 1u << 20;
  CHECK(hcall(v.ci, "[method]counter.get", &f, 1, &u) == HEARTH_ERR_ARGUMENT);
  f = c;
  f.of.resource = NULL; /* a host-made own<REP> (what WAVE parses) */
  f.of.handle = 0;
  CHECK(hcall(v.ci, "take", &f, 1, &u) == HEARTH_ERR_ARGUMENT);
  /* one call: own twice, own and borrow of one handle (either order), refused before it runs;
   * two borrows of one handle are fine */
  hearth_cval two[2] = {cb, c};
  CHECK(hcall(v.ci, "[method]counter.merge", two, 2, &u) == HEARTH_ERR_ARGUMENT);
  CHECK(strstr(hearth_errmsg(), "passed as own and again"));
  two[0] = cb;
  two[1] = cb;
  CHECK(hcall(v.ci, "[static]counter.total", two, 2, &u) == HEARTH_OK && u == 66);
  /* a list of borrows holding the handle twice, and a list with a dropped one */
  hearth_cval lst = {.kind = HEARTH_CV_LIST, .of.list = {two, 2}};
  CHECK(hcall(v.ci, "sum-all", &lst, 1, &u) == HEARTH_OK && u == 66);
  two[1] = bb;
  CHECK(hcall(v.ci, "sum-all", &lst, 1, &u) == HEARTH_ERR_ARGUMENT);
  /* c is still the host's: merge takes d as own (the guest drops it) */
  hearth_cval d = new_counter(v.ci, 4);
  two[0] = cb;
  two[1] = d;
  CHECK(hcall(v.ci, "[method]counter.merge", two, 2, &u) == HEARTH_OK && u == 37);
  CHECK(hcall(v.ci, "[method]counter.merge", two, 2, &u) == HEARTH_ERR_ARGUMENT);
  /* handles inside results: a list of three, each its own handle */
  hearth_cval n3 = {.kind = HEARTH_CV_U32, .of.u = 3}, many = {0};
  CHECK(hearth_component_call(v.ci, "hearth:test/api@1.0.0#make-many", &n3, 1, &many, 1) == HEARTH_OK);
  CHECK(many.of.list.len == 3);
  for (size_t i = 0; i < 3; i++) {
    CHECK(many.of.list.items[i].of.handle != 0);
    CHECK(hearth_component_resource_drop(v.ci, &many.of.list.items[i]) == HEARTH_OK);
    CHECK(hearth_component_resource_drop(v.ci, &many.of.list.items[i]) == HEARTH_ERR_ARGUMENT);
  }
  hearth_cval_clear(&many);
  /* handles of another instance (the same component, store and linker: the same reps and handle
   * numbers come out) are refused both ways */
  hearth_component_instance *ci2;
  CHECK(hearth_component_instantiate(v.s, v.l, v.c, &ci2) == HEARTH_OK);
  hearth_cval e2 = new_counter(ci2, 33);
  hearth_cval e2b = as_borrow(e2);
  printf("instance 1 handle %#x rep %u, instance 2 handle %#x rep %u\n", c.of.handle, c.of.rep,
         e2.of.handle, e2.of.rep);
  CHECK(hcall(ci2, "[method]counter.get", &cb, 1, &u) == HEARTH_ERR_ARGUMENT);
  CHECK(hcall(v.ci, "[method]counter.get", &e2b, 1, &u) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_resource_drop(ci2, &c) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_resource_drop(v.ci, &e2) == HEARTH_ERR_ARGUMENT);
  CHECK(hcall(ci2, "[method]counter.get", &e2b, 1, &u) == HEARTH_OK && u == 33);
  CHECK(hearth_component_resource_drop(ci2, &e2) == HEARTH_OK);
  hearth_component_instance_delete(ci2);
  /* everything refused above ran nothing: the log holds what the calls that were allowed did */
  CHECK(hcall(v.ci, "[method]counter.get", &cb, 1, &u) == HEARTH_OK && u == 37);
  CHECK_STR(wcall(&v, "hearth:test/api#dtor-log", ""), "[11, 23, 4, 10, 20, 30]");
  CHECK(hearth_component_resource_drop(v.ci, &c) == HEARTH_OK);
  CHECK_STR(wcall(&v, "hearth:test/api#dtor-log", ""), "[11, 23, 4, 10, 20, 30, 37]");
  /* many handles held and dropped: slots are reused and every stale number stays refused */
  hearth_cval held[64];
  for (int round = 0; round < 3; round++) {
    for (int i = 0; i < 64; i++) held[i] = new_counter(v.ci, (uint32_t)i);
    for (int i = 0; i < 64; i++) CHECK(hearth_component_resource_drop(v.ci, &held[i]) == HEARTH_OK);
    for (int i = 0; i < 64; i++) {
      hearth_cval hb = as_borrow(held[i]);
      CHECK(hcall(v.ci, "[method]counter.get", &hb, 1, &u) == HEARTH_ERR_ARGUMENT);
    }
  }
  env_close(&v);

  /* a template's instance: a reset ends every handle the host holds */
  size_t len;
  uint8_t *bytes = read_file("guests/component/all-utf8.wasm", &len);
  hearth_engine *e;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  hearth_component *comp;
  CHECK(hearth_component_new(e, bytes, len, &comp) == HEARTH_OK);
  free(bytes);
  hearth_clinker *l = make_linker(e, "hearth:test/host@1.0.0");
  hearth_template *t;
  CHECK(hearth_template_new_component(e, comp, l, NULL, &t) == HEARTH_OK);
  hearth_store *s;
  CHECK(hearth_store_new(e, &s) == HEARTH_OK);
  hearth_component_instance *ti;
  CHECK(hearth_template_instantiate_component(t, s, &ti) == HEARTH_OK);
  hearth_cval g = new_counter(ti, 5), gb = as_borrow(g);
  CHECK(hcall(ti, "[method]counter.get", &gb, 1, &u) == HEARTH_OK && u == 5);
  CHECK(hearth_component_instance_reset(ti) == HEARTH_OK);
  CHECK(hcall(ti, "[method]counter.get", &gb, 1, &u) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_resource_drop(ti, &g) == HEARTH_ERR_ARGUMENT);
  /* the same counter again after the reset: the same rep, a new handle, and the old one refused */
  hearth_cval g2 = new_counter(ti, 5);
  CHECK(g2.of.rep == g.of.rep && g2.of.handle != g.of.handle);
  CHECK(hcall(ti, "[method]counter.get", &gb, 1, &u) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_resource_drop(ti, &g) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_resource_drop(ti, &g2) == HEARTH_OK);
  hearth_component_instance_delete(ti);
  hearth_store_delete(s);
  /* a pool: under reset every call ends the handles its results held */
  hearth_pool_config pc = {.min_instances = 1, .max_instances = 1};
  hearth_pool *pool;
  CHECK(hearth_pool_new(t, &pc, &pool) == HEARTH_OK);
  hearth_cval arg = {.kind = HEARTH_CV_U32, .of.u = 9}, ph = {0}, r = {0};
  CHECK(hearth_pool_call_component(pool, "hearth:test/api#[constructor]counter", &arg, 1, &ph, 1,
                                   NULL) == HEARTH_OK);
  CHECK(ph.kind == HEARTH_CV_OWN && ph.of.handle != 0);
  hearth_cval phb = as_borrow(ph);
  CHECK(hearth_pool_call_component(pool, "hearth:test/api#[method]counter.get", &phb, 1, &r, 1,
                                   NULL) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_pool_call_component(pool, "hearth:test/api#take", &ph, 1, &r, 1, NULL) ==
        HEARTH_ERR_ARGUMENT);
  hearth_pool_stats ps = {.size = sizeof ps};
  hearth_pool_stats_get(pool, &ps);
  CHECK_EQ_INT(ps.discards, 0); /* refused, not trapped */
  CHECK(hearth_pool_call_component(pool, "hearth:test/api#dropped", NULL, 0, &r, 1, NULL) == HEARTH_OK);
  CHECK_EQ_INT(r.of.u, 0);
  hearth_pool_delete(pool);
  /* under reuse (one instance, never reset) the handle stays the host's across pool calls */
  pc.policy = HEARTH_POLICY_REUSE;
  CHECK(hearth_pool_new(t, &pc, &pool) == HEARTH_OK);
  CHECK(hearth_pool_call_component(pool, "hearth:test/api#[constructor]counter", &arg, 1, &ph, 1,
                                   NULL) == HEARTH_OK);
  phb = as_borrow(ph);
  CHECK(hearth_pool_call_component(pool, "hearth:test/api#[method]counter.inc", &phb, 1, &r, 1,
                                   NULL) == HEARTH_OK);
  CHECK_EQ_INT(r.of.u, 10);
  CHECK(hearth_pool_call_component(pool, "hearth:test/api#take", &ph, 1, &r, 1, NULL) == HEARTH_OK);
  CHECK_EQ_INT(r.of.u, 10);
  CHECK(hearth_pool_call_component(pool, "hearth:test/api#take", &ph, 1, &r, 1, NULL) ==
        HEARTH_ERR_ARGUMENT);
  hearth_pool_delete(pool);
  hearth_template_delete(t);
  hearth_clinker_delete(l);
  hearth_component_delete(comp);
  hearth_engine_delete(e);
}

/* guests/component/borrows.wasm's host: hook (called by the guest while the host's handle is
 * lent to poke) tries to drop the handle and to pass it on as own; consume takes own<blob>. */
static hearth_component_instance *g_br_ci;
static hearth_cval g_br_h;
static hearth_status g_br_drop, g_br_give;
static char g_br_why[256];
static int g_br_hooks, g_br_consumed, g_br_dtors;
static hearth_status h_br_hook(void *u, const hearth_cval *a, size_t n, hearth_cval *r, size_t nr) {
  (void)u; (void)a; (void)n; (void)r; (void)nr;
  g_br_hooks++;
  if (g_br_ci && g_br_h.kind == HEARTH_CV_OWN) {
    g_br_drop = hearth_component_resource_drop(g_br_ci, &g_br_h);
    snprintf(g_br_why, sizeof g_br_why, "%s", hearth_errmsg());
    hearth_cval res = {0};
    g_br_give = hearth_component_call(g_br_ci, "give", &g_br_h, 1, &res, 1);
    hearth_cval_clear(&res);
  }
  return HEARTH_OK;
}
static hearth_status h_br_consume(void *u, const hearth_cval *a, size_t n, hearth_cval *r, size_t nr) {
  (void)u; (void)a; (void)n; (void)r; (void)nr;
  g_br_consumed++;
  return HEARTH_OK;
}
static void h_br_dtor(void *user, uint32_t rep) {
  (void)user; (void)rep;
  g_br_dtors++;
}

/* Calls fn of a new instance of borrows.wasm with a borrow of host blob 70; the status. */
static hearth_status br_blob_call(hearth_store *s, const hearth_clinker *l, hearth_component *c,
                                  const char *fn) {
  hearth_component_instance *ci;
  CHECK(hearth_component_instantiate(s, l, c, &ci) == HEARTH_OK);
  hearth_cval b = {.kind = HEARTH_CV_BORROW, .of.rep = 70};
  hearth_status st = hearth_component_call(ci, fn, &b, 1, NULL, 0);
  snprintf(g_br_why, sizeof g_br_why, "%s", hearth_errmsg());
  hearth_component_instance_delete(ci);
  return st;
}

/* The borrow rules of CanonicalABI.md where the host lends and holds handles
 * (guests/component/borrows.wat); the guest-to-guest ones run in the reference tests
 * (tests/component-wast: resources/borrows.wast, handle-table.wast):
 *   - a borrow the host lends to a call leaves its own handle usable after the call;
 *   - an own handle cannot be dropped, nor passed on as own, while it is lent (lift_own and
 *     resource.drop trap_if(h.num_lends != 0)): from a host function the guest calls while it
 *     holds the borrow, both are ARGUMENT; passing one handle as own and borrow in one call too
 *     (host_handles);
 *   - a borrow lent into a call must be dropped by its end (Task.return: trap_if(num_borrows > 0));
 *   - a borrow handle is no own handle (lift_own: trap_if(not h.own));
 *   - a dropped borrow is gone (a second drop: unknown handle);
 *   - dropping a borrow runs no destructor; borrows of host resources carry the host's rep. */
static void borrow_rules(void) {
  size_t len;
  uint8_t *bytes = read_file("guests/component/borrows.wasm", &len);
  hearth_engine *e;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  hearth_component *c;
  CHECK(hearth_component_new(e, bytes, len, &c) == HEARTH_OK);
  free(bytes);
  hearth_clinker *l;
  CHECK(hearth_clinker_new(e, &l) == HEARTH_OK);
  CHECK(hearth_clinker_define_func(l, "hearth:test/hooks", "hook", h_br_hook, NULL) == HEARTH_OK);
  CHECK(hearth_clinker_define_func(l, "hearth:test/hooks", "consume", h_br_consume, NULL) == HEARTH_OK);
  CHECK(hearth_clinker_define_resource(l, "hearth:test/hooks", "blob", h_br_dtor, NULL) == HEARTH_OK);
  hearth_store *s;
  CHECK(hearth_store_new(e, &s) == HEARTH_OK);
  hearth_component_instance *ci;
  CHECK(hearth_component_instantiate(s, l, c, &ci) == HEARTH_OK);
  /* the host's own handle, lent to poke: inside, dropping it or giving it away is refused */
  hearth_cval v = {.kind = HEARTH_CV_U32, .of.u = 5}, h = {0}, r = {0};
  CHECK(hearth_component_call(ci, "make", &v, 1, &h, 1) == HEARTH_OK);
  CHECK(h.kind == HEARTH_CV_OWN && h.of.handle != 0);
  hearth_cval hb = h;
  hb.kind = HEARTH_CV_BORROW;
  g_br_ci = ci;
  g_br_h = h;
  CHECK(hearth_component_call(ci, "poke", &hb, 1, &r, 1) == HEARTH_OK);
  CHECK_EQ_INT(r.of.u, 5); /* the rep: poke is r's implementation */
  CHECK_EQ_INT(g_br_hooks, 1);
  CHECK_EQ_INT(g_br_drop, HEARTH_ERR_ARGUMENT);
  CHECK(strstr(g_br_why, "lent to a call in progress"));
  CHECK_EQ_INT(g_br_give, HEARTH_ERR_ARGUMENT);
  g_br_ci = NULL;
  /* after the call the handle is the host's again: lend it again, then pass it on as own */
  CHECK(hearth_component_call(ci, "poke", &hb, 1, &r, 1) == HEARTH_OK && r.of.u == 5);
  CHECK(hearth_component_call(ci, "give", &h, 1, &r, 1) == HEARTH_OK);
  CHECK(hearth_component_call(ci, "poke", &hb, 1, &r, 1) == HEARTH_ERR_ARGUMENT);
  CHECK(hearth_component_resource_drop(ci, &h) == HEARTH_ERR_ARGUMENT);
  /* a borrow of a handle the host dropped */
  v.of.u = 6;
  CHECK(hearth_component_call(ci, "make", &v, 1, &h, 1) == HEARTH_OK);
  hb = h;
  hb.kind = HEARTH_CV_BORROW;
  CHECK(hearth_component_resource_drop(ci, &h) == HEARTH_OK);
  CHECK(hearth_component_call(ci, "poke", &hb, 1, &r, 1) == HEARTH_ERR_ARGUMENT);
  CHECK_EQ_INT(g_br_hooks, 2);
  hearth_component_instance_delete(ci);
  /* a host resource lent to the guest: dropped in the call (fine, no destructor), kept past it,
   * dropped twice, passed on as own */
  CHECK(br_blob_call(s, l, c, "ok-drop") == HEARTH_OK);
  CHECK(br_blob_call(s, l, c, "keep") == HEARTH_ERR_TRAP);
  CHECK(strstr(g_br_why, "borrow handles still remain"));
  CHECK(br_blob_call(s, l, c, "drop-twice") == HEARTH_ERR_TRAP);
  CHECK(strstr(g_br_why, "is not valid"));
  CHECK(br_blob_call(s, l, c, "misuse") == HEARTH_ERR_TRAP);
  CHECK(strstr(g_br_why, "borrow handle passed where own is expected"));
  CHECK_EQ_INT(g_br_consumed, 0);
  CHECK_EQ_INT(g_br_dtors, 0);
  hearth_store_delete(s);
  hearth_clinker_delete(l);
  hearth_component_delete(c);
  hearth_engine_delete(e);
}

/* A component template's instances whose core module keeps GC objects in globals
 * (guests/component/gcstate.wasm): every reset gives the struct and the array their fields back
 * and the globals their objects, also after a call replaced both objects and allocated enough
 * for collections to run (the snapshot's objects are pinned). */
static void pool_gc_state(void) {
  size_t len;
  uint8_t *b = read_file("guests/component/gcstate.wasm", &len);
  hearth_engine *e;
  hearth_component *c;
  hearth_clinker *l;
  hearth_template *t;
  hearth_store *s;
  hearth_component_instance *ci;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  CHECK(hearth_component_new(e, b, len, &c) == HEARTH_OK);
  free(b);
  CHECK(hearth_clinker_new(e, &l) == HEARTH_OK);
  CHECK(hearth_template_new_component(e, c, l, NULL, &t) == HEARTH_OK);
  CHECK(hearth_store_new(e, &s) == HEARTH_OK);
  CHECK(hearth_template_instantiate_component(t, s, &ci) == HEARTH_OK);
  hearth_cval r = {0};
  for (int round = 0; round < 40; round++) {
    /* bump: cell 100 -> 101, array[0] 7 -> 8 (from the snapshot every time) */
    CHECK(hearth_component_call(ci, "bump", NULL, 0, &r, 1) == HEARTH_OK);
    CHECK_EQ_INT(r.of.u, 101008);
    CHECK(hearth_component_call(ci, "bump", NULL, 0, &r, 1) == HEARTH_OK);
    CHECK_EQ_INT(r.of.u, 102009);
    if (round % 2) { /* new objects in both globals, 8 MB of garbage */
      CHECK(hearth_component_call(ci, "swap", NULL, 0, &r, 1) == HEARTH_OK);
      CHECK_EQ_INT(r.of.u, 5);
      CHECK(hearth_component_call(ci, "bump", NULL, 0, &r, 1) == HEARTH_OK);
      CHECK_EQ_INT(r.of.u, 6002);
    }
    CHECK(hearth_component_instance_reset(ci) == HEARTH_OK);
  }
  h_gc_stats gs;
  h_gc_stats_get(s, &gs);
  printf("GC: %llu collections, %llu objects live after the last reset\n",
         (unsigned long long)gs.collections, (unsigned long long)gs.objects);
  CHECK(gs.collections >= 20);   /* one per reset at least */
  CHECK(gs.objects <= 4);        /* the snapshot's two objects (the garbage is gone) */
  hearth_component_instance_delete(ci);
  hearth_store_delete(s);
  hearth_template_delete(t);
  hearth_clinker_delete(l);
  hearth_component_delete(c);
  hearth_engine_delete(e);
}

static void wave_text(void) {
  env v;
  env_open(&v, "utf8");
  /* syntax and type errors are ARGUMENT with an offset */
  const char *bad[][2] = {{"echo-u8", "256"},         {"echo-u8", "-1"},       {"echo-bool", "yes"},
                          {"echo-list", "[1, 2"},     {"echo-enum", "purple"}, {"echo-option", "some(1"},
                          {"echo-record", "{name: \"x\"}"}, {"echo-flags", "{read, bogus}"},
                          {"echo-char", "'ab'"},      {"echo-string", "\"open"}, {"echo-u32", "1, 2"},
                          {"echo-tuple", "(1, \"x\")"}, {"echo-f64", "1.5x"}};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    const char *got = wcall(&v, bad[i][0], bad[i][1]);
    if (strncmp(got, "error: parse: WAVE: at offset", 29) != 0) fprintf(stderr, "%s(%s): %s\n", bad[i][0], bad[i][1], got);
    CHECK(strncmp(got, "error: parse: WAVE: at offset", 29) == 0);
  }
  /* escapes and keywords print back */
  CHECK_STR(wcall(&v, "echo-string", "\"tab\\there \\u{1F30D} \\\\\""), "\"tab\\there \xf0\x9f\x8c\x8d \\\\\"");
  CHECK_STR(wcall(&v, "echo-result", "err(0),"), "err(0)");
  env_close(&v);
}

/* One compiled component, instances in several threads at once. */
static hearth_component *g_shared;
static void *thread_main(void *arg) {
  (void)arg;
  hearth_engine *e = NULL;
  (void)e;
  hearth_store *s;
  CHECK(hearth_store_new(g_shared->engine, &s) == HEARTH_OK);
  hearth_clinker *l = make_linker(g_shared->engine, "hearth:test/host@1.0.0");
  hearth_component_instance *ci;
  CHECK(hearth_component_instantiate(s, l, g_shared, &ci) == HEARTH_OK);
  env v = {.ci = ci};
  for (int i = 0; i < 200; i++) {
    hearth_cval a = {.kind = HEARTH_CV_STRING, .of.str = {"thread", 6}}, r;
    CHECK(hearth_component_call(ci, "call-greet", &a, 1, &r, 1) == HEARTH_OK);
    CHECK(r.of.str.len == 14 && memcmp(r.of.str.data, "hello, thread!", 14) == 0);
    hearth_cval_clear(&r);
  }
  (void)v;
  hearth_component_instance_delete(ci);
  hearth_clinker_delete(l);
  hearth_store_delete(s);
  return NULL;
}

static void threads_share_component(void) {
  size_t len;
  uint8_t *b = read_file("guests/component/all-utf16.wasm", &len);
  hearth_engine *e;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  CHECK(hearth_component_new(e, b, len, &g_shared) == HEARTH_OK);
  pthread_t t[4];
  for (int i = 0; i < 4; i++) CHECK(pthread_create(&t[i], NULL, thread_main, NULL) == 0);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  hearth_component_delete(g_shared);
  hearth_engine_delete(e);
  free(b);
}

/* Calls allocate nothing that outlives them; instances free everything. */
static void no_leaks(void) {
  size_t base = hearth_alloc_current();
  env v;
  env_open(&v, "compact-utf16");
  size_t after_inst = 0; /* after the first round: lazy compilation and stacks are in place */
  for (int round = 0; round < 4; round++) {
    for (int i = 0; i < 300; i++) {
      CHECK_STR(wcall(&v, "echo-people", "[{name: \"\xe2\x98\x83\", age: 1, tags: [\"x\", \"y\"], home: none}]"),
                "[{name: \"\xe2\x98\x83\", age: 1, tags: [\"x\", \"y\"], home: none}]");
      CHECK_STR(wcall(&v, "call-greet", "\"a\""), "\"hello, a!\"");
    }
    if (round == 0) after_inst = hearth_alloc_current();
    CHECK(hearth_alloc_current() == after_inst);
  }
  env_close(&v);
  CHECK(hearth_alloc_current() == base);
}


/* ---------------------------------------------------------------- the CLI */

static void cli_invoke(void) {
  static const char *const cases[][4] = {
      /* --invoke, exit code, stdout, a piece of stderr */
      {"greet(\"w\xc3\xb6rld\")", "0", "\"hello, w\xc3\xb6rld!\"\n", ""},
      {"add(2, -5)", "0", "-3\n", ""},
      {"swap({a: 1, b: 2})", "0", "{a: 2, b: 1}\n", ""},
      {"sort([3, -1, 2])", "0", "[-1, 2, 3]\n", ""},
      {"classify(-4)", "0", "ok(negative)\n", ""},
      {"classify(42)", "0", "err(\"42 is not allowed\")\n", ""},
      {"div(7, 2)", "0", "some(3)\n", ""},
      {"div(1, 0)", "0", "none\n", ""},
      {"toggle-write({read})", "0", "{read, write}\n", ""},
      {"hearth:test/stats#mean([1.5, 2.5, 5])", "0", "3\n", ""},
      {"hearth:test/stats@1.0.0#mean([])", "0", "0\n", ""},
      {"crash()", "134", "", "wasm trap: unreachable"},
      {"add(1)", "2", "", "too few arguments"},
      {"add(1, \"x\")", "2", "", "expected a number"},
      {"nope()", "1", "", "no exported function named \"nope\""},
      {"add(1, 2", "2", "", "expected name(arg, ...)"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const char *args[] = {"run", "--invoke", cases[i][0], "guests/component/calc.wasm", NULL};
    run_res r = run_hearth(NULL, args);
    if (r.rc != atoi(cases[i][1]) || strcmp(r.out, cases[i][2]) != 0 || !strstr(r.err, cases[i][3]))
      fprintf(stderr, "--invoke '%s': exit %d, stdout [%s], stderr [%s]\n", cases[i][0], r.rc, r.out, r.err);
    CHECK_EQ_INT(r.rc, atoi(cases[i][1]));
    CHECK_STR(r.out, cases[i][2]);
    CHECK(strstr(r.err, cases[i][3]));
    free_res(&r);
  }
  /* a component with unsatisfied imports, and one without --invoke */
  const char *a1[] = {"run", "--invoke", "echo-u8(1)", "guests/component/all-utf8.wasm", NULL};
  run_res r = run_hearth(NULL, a1);
  CHECK_EQ_INT(r.rc, 1);
  CHECK(strstr(r.err, "hearth:test/host@1.0.0#"));
  free_res(&r);
  const char *a2[] = {"run", "guests/component/calc.wasm", NULL};
  r = run_hearth(NULL, a2);
  CHECK_EQ_INT(r.rc, 1);
  CHECK(strstr(r.err, "--invoke"));
  free_res(&r);
}

/* ---------------------------------------------------------------- the reference tests */

/* Runs the component model's reference tests (component-model/test, converted by
 * tools/jco/wast2hearth.mjs into tests/component-wast: binaries + scripts with WAVE values).
 * Every failure must be listed in tests/component-wast/known_failures.txt ("script:line reason"). */
#define WAST_DIR "tests/component-wast"

typedef struct wast_def {
  char name[64];
  hearth_component *c;
} wast_def;

static char *g_known;

static bool known_failure(const char *script, const char *line) {
  char key[256];
  snprintf(key, sizeof key, "\n%s:%s ", script, line);
  return g_known && strstr(g_known, key) != NULL;
}

static hearth_component *wast_load(hearth_engine *e, const char *file, hearth_status *st) {
  char path[512];
  size_t len;
  snprintf(path, sizeof path, WAST_DIR "/%s", file);
  uint8_t *b = read_file(path, &len);
  hearth_component *c = NULL;
  *st = hearth_component_new(e, b, len, &c);
  free(b);
  return c;
}

/* One script; returns the number of unexpected failures. */
static int wast_script(hearth_engine *e, const char *script, int *pass, int *skip, int *known) {
  char path[512];
  snprintf(path, sizeof path, WAST_DIR "/%s", script);
  FILE *f = fopen(path, "r");
  CHECK(f);
  hearth_store *s;
  CHECK(hearth_store_new(e, &s) == HEARTH_OK);
  wast_def defs[64];
  int ndefs = 0, bad = 0;
  hearth_component *cur = NULL;
  hearth_component_instance *ci = NULL;
  bool cur_ok = false;
  static char line[1 << 16];
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = 0;
    char *fld[6] = {0};
    int nf = 0;
    for (char *p = line; nf < 6; nf++) {
      fld[nf] = p;
      char *tab = strchr(p, '\t');
      if (!tab) { nf++; break; }
      *tab = 0;
      p = tab + 1;
    }
    const char *cmd = fld[0], *ln = fld[1];
    bool ok = false;
    char why[512] = "";
    hearth_status st;
    if (strcmp(cmd, "skip") == 0) {
      (*skip)++;
      continue;
    }
    if (strcmp(cmd, "module") == 0 || strcmp(cmd, "instance") == 0) {
      hearth_component_instance_delete(ci);
      ci = NULL;
      cur_ok = false;
      hearth_component *c = NULL;
      if (cmd[0] == 'm') {
        hearth_component_delete(cur);
        cur = c = wast_load(e, fld[2], &st);
      } else {
        for (int i = 0; i < ndefs; i++)
          if (strcmp(defs[i].name, fld[2]) == 0) c = defs[i].c;
        st = c ? HEARTH_OK : HEARTH_ERR_NOT_FOUND;
      }
      if (st == HEARTH_OK) st = hearth_component_instantiate(s, NULL, c, &ci);
      ok = cur_ok = st == HEARTH_OK;
      if (!ok) snprintf(why, sizeof why, "%s: %s", hearth_status_str(st), hearth_errmsg());
    } else if (strcmp(cmd, "define") == 0) {
      CHECK(ndefs < 64);
      snprintf(defs[ndefs].name, sizeof defs[ndefs].name, "%s", fld[2]);
      defs[ndefs].c = wast_load(e, fld[3], &st);
      ok = st == HEARTH_OK;
      if (!ok) snprintf(why, sizeof why, "%s: %s", hearth_status_str(st), hearth_errmsg());
      else ndefs++;
    } else if (strcmp(cmd, "invalid") == 0) {
      hearth_component *c = wast_load(e, fld[2], &st);
      ok = st != HEARTH_OK;
      if (!ok) snprintf(why, sizeof why, "decoded, expected \"%s\"", fld[3]);
      /* WAST_VERBOSE=1: hearth's message beside the reference's, to compare by eye */
      else if (getenv("WAST_VERBOSE")) fprintf(stderr, "%s:%s %s | %s\n", script, ln, hearth_errmsg(), fld[3]);
      hearth_component_delete(c);
    } else if (strcmp(cmd, "return") == 0 || strcmp(cmd, "trap") == 0) {
      const hearth_ctype *ft;
      hearth_cval *args = NULL, res = {0};
      size_t n = 0;
      if (!cur_ok || !ci) {
        snprintf(why, sizeof why, "no instance");
      } else if (hearth_component_func_type(ci, fld[2], &ft) != HEARTH_OK) {
        snprintf(why, sizeof why, "no export %s", fld[2]);
      } else if (hearth_cval_parse_args(ft, fld[3], strlen(fld[3]), &args, &n) != HEARTH_OK) {
        snprintf(why, sizeof why, "arguments: %s", hearth_errmsg());
      } else {
        st = hearth_component_call(ci, fld[2], args, n, &res, 1);
        if (cmd[0] == 't') {
          ok = st == HEARTH_ERR_TRAP;
          if (!ok) snprintf(why, sizeof why, "expected a trap (%s), got %s", fld[4], hearth_status_str(st));
        } else if (st != HEARTH_OK) {
          snprintf(why, sizeof why, "%s: %s", hearth_status_str(st), hearth_errmsg());
        } else if (strcmp(fld[4], "*") == 0) {
          ok = true;
        } else if (!hearth_ctype_result(ft)) {
          ok = fld[4][0] == 0;
          if (!ok) snprintf(why, sizeof why, "no result, expected %s", fld[4]);
        } else {
          hearth_cval want;
          char *a = NULL, *b = NULL;
          if (hearth_cval_parse(hearth_ctype_result(ft), fld[4], strlen(fld[4]), &want) != HEARTH_OK) {
            snprintf(why, sizeof why, "expected value %s: %s", fld[4], hearth_errmsg());
          } else {
            CHECK(hearth_cval_format(hearth_ctype_result(ft), &want, &a) == HEARTH_OK);
            CHECK(hearth_cval_format(hearth_ctype_result(ft), &res, &b) == HEARTH_OK);
            ok = strcmp(a, b) == 0;
            if (!ok) snprintf(why, sizeof why, "got %s, expected %s", b, a);
            hearth_cval_clear(&want);
          }
          hearth_free(a);
          hearth_free(b);
        }
        hearth_cval_clear(&res);
      }
      for (size_t i = 0; i < n; i++) hearth_cval_clear(&args[i]);
      hearth_free(args);
    } else {
      snprintf(why, sizeof why, "unknown command %s", cmd);
    }
    if (ok && known_failure(script, ln)) {
      /* the list only shrinks: an entry that passes now must be removed */
      fprintf(stderr, "STALE %s:%s %s passes but is listed in known_failures.txt\n", script, ln, cmd);
      bad++;
    } else if (ok) {
      (*pass)++;
    } else if (known_failure(script, ln)) {
      (*known)++;
    } else {
      fprintf(stderr, "FAIL %s:%s %s: %s\n", script, ln, cmd, why);
      bad++;
    }
  }
  fclose(f);
  hearth_component_instance_delete(ci);
  hearth_component_delete(cur);
  for (int i = 0; i < ndefs; i++) hearth_component_delete(defs[i].c);
  hearth_store_delete(s);
  return bad;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void spec_wast(void) {
  size_t klen;
  uint8_t *k = read_file(WAST_DIR "/known_failures.txt", &klen);
  g_known = malloc(klen + 2);
  g_known[0] = '\n';
  memcpy(g_known + 1, k, klen);
  g_known[klen + 1] = 0;
  free(k);
  FILE *ls = popen("ls " WAST_DIR, "r");
  CHECK(ls);
  char *names[256];
  int nn = 0;
  char buf[512];
  while (nn < 256 && fgets(buf, sizeof buf, ls)) {
    buf[strcspn(buf, "\n")] = 0;
    size_t l = strlen(buf);
    if (l > 7 && strcmp(buf + l - 7, ".script") == 0) names[nn++] = strdup(buf);
  }
  pclose(ls);
  qsort(names, (size_t)nn, sizeof *names, cmp_str);
  CHECK(nn >= 25);
  hearth_engine *e;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  int bad = 0, pass = 0, skip = 0, known = 0;
  for (int i = 0; i < nn; i++) {
    int p0 = pass, s0 = skip, k0 = known;
    int b = wast_script(e, names[i], &pass, &skip, &known);
    printf("%-45s %4d passed %3d known failures %2d skipped %s\n", names[i], pass - p0, known - k0,
           skip - s0, b ? "FAILED" : "");
    bad += b;
    free(names[i]);
  }
  printf("component-model tests: %d passed, %d known failures, %d skipped, %d unexpected failures\n",
         pass, known, skip, bad);
  hearth_engine_delete(e);
  free(g_known);
  CHECK(bad == 0);
}

T_MAIN(T_CASE(cabi_reference), T_CASE(decode_guests), T_CASE(decode_errors), T_CASE(mutations),
       T_CASE(calls_every_type), T_CASE(jco_roundtrip), T_CASE(host_imports), T_CASE(packed_lists), T_CASE(semver_linking), T_CASE(traps), T_CASE(async_subset),
       T_CASE(arguments_checked), T_CASE(resources), T_CASE(host_handles), T_CASE(borrow_rules), T_CASE(pool_gc_state), T_CASE(wave_text),
       T_CASE(threads_share_component), T_CASE(no_leaks), T_CASE(cli_invoke), T_CASE(spec_wast))
