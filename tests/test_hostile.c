/* test_hostile.c: malformed and hostile modules, built by small emitters, get exact errors or bounded work, never a crash or unbounded allocation. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

#include "hearth.h"
#include "t.h"

#define MiB (1024u * 1024u)
/* A store's value stack is allocated up front (8 MiB by default): tests that instantiate add it
 * to their bounds. */
#define STORE_BYTES (9 * MiB)

/* ================================================================ emitters */

/* A growable byte buffer (plain malloc: the test's own bytes stay out of hearth's counters). */
typedef struct buf {
  uint8_t *p;
  size_t n, cap;
} buf;

static void put(buf *b, const void *d, size_t n) {
  if (b->n + n > b->cap) {
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + n) cap *= 2;
    b->p = realloc(b->p, cap);
    CHECK(b->p);
    b->cap = cap;
  }
  if (n) memcpy(b->p + b->n, d, n);
  b->n += n;
}

static void put8(buf *b, uint8_t x) { put(b, &x, 1); }

static void putn(buf *b, size_t count, const uint8_t *bytes, size_t n) {
  for (size_t i = 0; i < count; i++) put(b, bytes, n);
}

#define PUTB(b, ...)                                                                               \
  do {                                                                                             \
    static const uint8_t put_bytes_[] = {__VA_ARGS__};                                             \
    put((b), put_bytes_, sizeof put_bytes_);                                                       \
  } while (0)

/* Unsigned LEB128, shortest form. */
static void putu(buf *b, uint64_t v) {
  do {
    uint8_t x = v & 0x7f;
    v >>= 7;
    put8(b, (uint8_t)(x | (v ? 0x80 : 0)));
  } while (v);
}

/* Signed LEB128, shortest form. */
static void puts_leb(buf *b, int64_t v) {
  for (;;) {
    uint8_t x = v & 0x7f;
    v >>= 7; /* arithmetic on the compilers we support */
    bool done = (v == 0 && !(x & 0x40)) || (v == -1 && (x & 0x40));
    put8(b, (uint8_t)(x | (done ? 0 : 0x80)));
    if (done) return;
  }
}

static void put_name(buf *b, const char *s) {
  putu(b, strlen(s));
  put(b, s, strlen(s));
}

/* Appends c's bytes prefixed by their length (a section body, a function body). */
static void put_sized(buf *b, const buf *c) {
  putu(b, c->n);
  put(b, c->p, c->n);
}

static void put_section(buf *b, uint8_t id, const buf *c) {
  put8(b, id);
  put_sized(b, c);
}

static void put_header(buf *b) { PUTB(b, 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00); }

static void buf_reset(buf *b) { b->n = 0; }

static void buf_free(buf *b) {
  free(b->p);
  memset(b, 0, sizeof *b);
}

/* A module of functions with one shared type (params, results given as valtype bytes), each
 * exported as given (NULL: not exported), memory and table sections optional (raw bytes of one
 * entry, or NULL). The bodies are complete (locals + code + end). */
typedef struct modspec {
  const uint8_t *params, *results;
  size_t nparams, nresults;
  const char *const *exports; /* one per function, may be NULL */
  const buf *bodies;
  size_t nfuncs;
  const uint8_t *memory; /* limits bytes of one memory, or NULL */
  size_t memory_len;
  const uint8_t *table; /* one table type, or NULL */
  size_t table_len;
} modspec;

static void build_module(buf *out, const modspec *ms) {
  buf sec = {0};
  put_header(out);
  /* type */
  put8(&sec, 1);
  put8(&sec, 0x60);
  putu(&sec, ms->nparams);
  put(&sec, ms->params, ms->nparams);
  putu(&sec, ms->nresults);
  put(&sec, ms->results, ms->nresults);
  put_section(out, 1, &sec);
  /* function */
  buf_reset(&sec);
  putu(&sec, ms->nfuncs);
  for (size_t i = 0; i < ms->nfuncs; i++) put8(&sec, 0);
  put_section(out, 3, &sec);
  if (ms->table) {
    buf_reset(&sec);
    put8(&sec, 1);
    put(&sec, ms->table, ms->table_len);
    put_section(out, 4, &sec);
  }
  if (ms->memory) {
    buf_reset(&sec);
    put8(&sec, 1);
    put(&sec, ms->memory, ms->memory_len);
    put_section(out, 5, &sec);
  }
  /* export */
  buf_reset(&sec);
  size_t nexp = 0;
  for (size_t i = 0; i < ms->nfuncs; i++) nexp += ms->exports && ms->exports[i];
  putu(&sec, nexp);
  for (size_t i = 0; i < ms->nfuncs; i++) {
    if (!ms->exports || !ms->exports[i]) continue;
    put_name(&sec, ms->exports[i]);
    put8(&sec, 0);
    putu(&sec, i);
  }
  put_section(out, 7, &sec);
  /* code */
  buf_reset(&sec);
  putu(&sec, ms->nfuncs);
  for (size_t i = 0; i < ms->nfuncs; i++) put_sized(&sec, &ms->bodies[i]);
  put_section(out, 10, &sec);
  buf_free(&sec);
}

/* One exported function "f" of type [] -> [results] with the given complete body. */
static void build_one(buf *out, const uint8_t *results, size_t nresults, const buf *body) {
  static const char *const exports[] = {"f"};
  modspec ms = {NULL, results, 0, nresults, exports, body, 1, NULL, 0, NULL, 0};
  build_module(out, &ms);
}

static const uint8_t k_i32[] = {0x7f};

/* ================================================================ engine helpers */

static hearth_engine *g_engine;
static size_t g_engine_bytes; /* hearth_alloc_current() with just the engine alive */

static void engine_up(void) {
  if (g_engine) return;
  CHECK(hearth_engine_new(NULL, &g_engine) == HEARTH_OK);
  g_engine_bytes = hearth_alloc_current();
}

/* Nothing but the engine is left allocated. */
static void check_no_leak(void) { CHECK_EQ_INT(hearth_alloc_current(), g_engine_bytes); }

/* Compiles a private copy of exactly len bytes, so that any over-read is a heap overflow under
 * ASan. Returns the status; the module is deleted unless out is given. */
static hearth_status compile_bytes(const uint8_t *bytes, size_t len, hearth_module **out) {
  engine_up();
  uint8_t *copy = malloc(len ? len : 1);
  CHECK(copy);
  if (len) memcpy(copy, bytes, len);
  hearth_module *m = NULL;
  hearth_status s = hearth_module_new(g_engine, copy, len, &m);
  free(copy);
  if (s == HEARTH_OK) {
    CHECK(m);
    if (out) *out = m;
    else hearth_module_delete(m);
  }
  return s;
}

static hearth_status compile_buf(const buf *b, hearth_module **out) {
  return compile_bytes(b->p, b->n, out);
}

/* The error detail must mention `needle` (a sanity check that the intended check fired). */
static void check_errmsg(const char *needle) {
  const char *msg = hearth_errmsg();
  if (!strstr(msg, needle)) {
    fprintf(stderr, "error message \"%s\" lacks \"%s\"\n", msg, needle);
    CHECK(!"error message");
  }
}

typedef struct inst {
  hearth_store *store;
  hearth_module *module;
  hearth_instance *inst;
} inst;

static hearth_status instantiate(hearth_module *m, inst *out) {
  memset(out, 0, sizeof *out);
  out->module = m;
  CHECK(hearth_store_new(g_engine, &out->store) == HEARTH_OK);
  return hearth_instance_new(out->store, NULL, m, &out->inst);
}

static void inst_free(inst *x) {
  if (x->store) hearth_store_delete(x->store);
  if (x->module) hearth_module_delete(x->module);
  memset(x, 0, sizeof *x);
}

static hearth_func *export_func(inst *x, const char *name) {
  hearth_extern e;
  CHECK(hearth_instance_export(x->inst, name, &e) == HEARTH_OK);
  CHECK(e.kind == HEARTH_EXTERN_FUNC);
  return e.of.func;
}

/* Calls export `name` with up to one i32 argument (nargs 0 or 1) and up to one i32 result. */
static hearth_status call_i32(inst *x, const char *name, size_t nargs, int32_t arg, size_t nres,
                              int32_t *res) {
  hearth_val a = {.type = HEARTH_I32, .of.i32 = arg}, r;
  memset(&r, 0, sizeof r);
  hearth_status s = hearth_func_call(export_func(x, name), &a, nargs, &r, nres);
  if (s == HEARTH_OK && nres) {
    CHECK(r.type == HEARTH_I32);
    *res = r.of.i32;
  }
  return s;
}

static void check_trap(inst *x, hearth_status s, hearth_trap want) {
  CHECK_EQ_INT(s, HEARTH_ERR_TRAP);
  CHECK_EQ_INT(hearth_store_trap(x->store), want);
}

/* Every test starts in a fresh process, so the peak of the counting allocator is this case's. */
static void check_peak_below(size_t bound) {
  size_t peak = hearth_alloc_peak();
  fprintf(stderr, "hearth_alloc_peak() = %zu, bound %zu\n", peak, bound);
  CHECK(peak < bound);
}

static void finish(size_t peak_bound) {
  check_peak_below(peak_bound);
  if (g_engine) hearth_engine_delete(g_engine);
  g_engine = NULL;
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

/* Resident set size of this process in bytes. */
static size_t rss_bytes(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  CHECK(f);
  unsigned long size = 0, resident = 0;
  CHECK(fscanf(f, "%lu %lu", &size, &resident) == 2);
  fclose(f);
  return (size_t)resident * (size_t)sysconf(_SC_PAGESIZE);
}

/* ================================================================ truncation */

/* (module
 *   (type (func (param i32) (result i32))) (type (func))
 *   (import "env" "g" (global i32))
 *   (func $f0 (type 0) (local i64)
 *     (if (result i32) (local.get 0)
 *       (then (i32.add (call $f0 (i32.sub (local.get 0) (i32.const 1))) (local.get 0)))
 *       (else (i32.add (i32.load8_u (i32.const 0)) (global.get 1)))))
 *   (func $start (type 1)
 *     (global.set 1 (i32.add (global.get 0) (i32.const 1)))
 *     (block (block (br_table 0 1 0 (i32.const 1))) unreachable))
 *   (func $f2 (type 0) (call_indirect (type 0) (local.get 0) (i32.const 0)))
 *   (table 2 funcref) (memory 1 2) (global (mut i32) (i32.const 7))
 *   (export "g" (func $f2)) (export "mem" (memory 0))
 *   (start $start) (elem (i32.const 0) $f0 $f2) (data (i32.const 0) "hello"))
 * with a data count section and a custom section "meta" in the middle. g(3) = 104 + 42 + 6 = 152
 * when env.g = 41. `ends` gets the offset just after each section. */
static void build_rich(buf *out, size_t *ends, size_t *nends) {
  buf sec = {0}, body = {0};
  *nends = 0;
  put_header(out);
  ends[(*nends)++] = out->n;
  PUTB(&sec, 0x02, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x60, 0x00, 0x00);
  put_section(out, 1, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  put8(&sec, 1);
  put_name(&sec, "env");
  put_name(&sec, "g");
  PUTB(&sec, 0x03, 0x7f, 0x00);
  put_section(out, 2, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  PUTB(&sec, 0x03, 0x00, 0x01, 0x00);
  put_section(out, 3, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  PUTB(&sec, 0x01, 0x70, 0x00, 0x02);
  put_section(out, 4, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  PUTB(&sec, 0x01, 0x01, 0x01, 0x02);
  put_section(out, 5, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  put_name(&sec, "meta");
  PUTB(&sec, 0xde, 0xad, 0xbe, 0xef);
  put_section(out, 0, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  PUTB(&sec, 0x01, 0x7f, 0x01, 0x41, 0x07, 0x0b);
  put_section(out, 6, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  put8(&sec, 2);
  put_name(&sec, "g");
  PUTB(&sec, 0x00, 0x02);
  put_name(&sec, "mem");
  PUTB(&sec, 0x02, 0x00);
  put_section(out, 7, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  put8(&sec, 1);
  put_section(out, 8, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  PUTB(&sec, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x02, 0x00, 0x02);
  put_section(out, 9, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  put8(&sec, 1);
  put_section(out, 12, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  put8(&sec, 3);
  PUTB(&body, 0x01, 0x01, 0x7e, 0x20, 0x00, 0x04, 0x7f, 0x20, 0x00, 0x41, 0x01, 0x6b, 0x10, 0x00,
       0x20, 0x00, 0x6a, 0x05, 0x41, 0x00, 0x2d, 0x00, 0x00, 0x23, 0x01, 0x6a, 0x0b, 0x0b);
  put_sized(&sec, &body);
  buf_reset(&body);
  PUTB(&body, 0x00, 0x23, 0x00, 0x41, 0x01, 0x6a, 0x24, 0x01, 0x02, 0x40, 0x02, 0x40, 0x41, 0x01,
       0x0e, 0x02, 0x00, 0x01, 0x00, 0x0b, 0x00, 0x0b, 0x0b);
  put_sized(&sec, &body);
  buf_reset(&body);
  PUTB(&body, 0x00, 0x20, 0x00, 0x41, 0x00, 0x11, 0x00, 0x00, 0x0b);
  put_sized(&sec, &body);
  put_section(out, 10, &sec);
  ends[(*nends)++] = out->n;
  buf_reset(&sec);
  PUTB(&sec, 0x01, 0x00, 0x41, 0x00, 0x0b);
  put_name(&sec, "hello");
  put_section(out, 11, &sec);
  ends[(*nends)++] = out->n;
  buf_free(&sec);
  buf_free(&body);
}

/* The full rich module works: a sanity check that truncation tests cut a meaningful module. */
static void rich_module_runs(void) {
  buf b = {0};
  size_t ends[32], nends;
  build_rich(&b, ends, &nends);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  inst x;
  memset(&x, 0, sizeof x);
  x.module = m;
  CHECK(hearth_store_new(g_engine, &x.store) == HEARTH_OK);
  hearth_linker *l;
  CHECK(hearth_linker_new(g_engine, &l) == HEARTH_OK);
  hearth_val v = {.type = HEARTH_I32, .of.i32 = 41};
  hearth_extern ext = {.kind = HEARTH_EXTERN_GLOBAL};
  CHECK(hearth_global_new(x.store, &v, false, &ext.of.global) == HEARTH_OK);
  CHECK(hearth_linker_define_extern(l, "env", "g", ext) == HEARTH_OK);
  CHECK_EQ_INT(hearth_instance_new(x.store, l, m, &x.inst), HEARTH_OK);
  int32_t r = 0;
  CHECK_EQ_INT(call_i32(&x, "g", 1, 3, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r, 152);
  hearth_linker_delete(l);
  inst_free(&x);
  buf_free(&b);
  finish(STORE_BYTES + 4 * MiB);
}

/* Every proper prefix is MALFORMED, except one ending exactly at a section boundary, which is a
 * shorter module (OK) or lacks a section that an earlier one requires (MALFORMED). */
static void truncated_at_every_length(void) {
  buf b = {0};
  size_t ends[32], nends;
  build_rich(&b, ends, &nends);
  size_t ok = 0;
  for (size_t n = 0; n < b.n; n++) {
    bool boundary = false;
    for (size_t i = 0; i < nends; i++) boundary |= ends[i] == n;
    hearth_status s = compile_bytes(b.p, n, NULL);
    if (s == HEARTH_OK && boundary) {
      ok++;
      continue;
    }
    if (s != HEARTH_ERR_MALFORMED)
      fprintf(stderr, "prefix of %zu bytes: %s (%s)\n", n, hearth_status_str(s), hearth_errmsg());
    CHECK_EQ_INT(s, HEARTH_ERR_MALFORMED);
    check_no_leak();
  }
  /* header only, + types, + imports: complete modules */
  CHECK(ok >= 3);
  buf_free(&b);
  finish(4 * MiB);
}

/* Every single byte replaced by 0xff and by 0x00 (past the header): some error or a module, never
 * a crash, a leak or a big allocation. */
static void corrupted_every_byte(void) {
  buf b = {0};
  size_t ends[32], nends;
  build_rich(&b, ends, &nends);
  static const uint8_t subst[] = {0x00, 0xff, 0x80};
  for (size_t i = 8; i < b.n; i++) {
    for (size_t k = 0; k < sizeof subst; k++) {
      uint8_t saved = b.p[i];
      b.p[i] = subst[k];
      hearth_status s = compile_bytes(b.p, b.n, NULL);
      CHECK(s == HEARTH_OK || s == HEARTH_ERR_MALFORMED || s == HEARTH_ERR_INVALID);
      check_no_leak();
      b.p[i] = saved;
    }
  }
  buf_free(&b);
  finish(4 * MiB);
}

/* ================================================================ huge counts */

/* A tiny file whose section `id` starts with the count 0xFFFFFFFF, after optional preceding
 * sections `pre` (raw bytes after the header). */
static hearth_status huge_section(const uint8_t *pre, size_t npre, uint8_t id, const uint8_t *tail,
                                  size_t ntail) {
  buf b = {0}, sec = {0};
  put_header(&b);
  put(&b, pre, npre);
  putu(&sec, 0xffffffffu);
  put(&sec, tail, ntail);
  put_section(&b, id, &sec);
  hearth_status s = compile_buf(&b, NULL);
  buf_free(&b);
  buf_free(&sec);
  return s;
}

static void huge_vector_counts(void) {
  static const uint8_t functype[] = {0x60, 0x00, 0x00};
  static const uint8_t type1[] = {0x01, 0x04, 0x01, 0x60, 0x00, 0x00};
  static const uint8_t type1_func1[] = {0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00};
  static const uint8_t memory1[] = {0x05, 0x03, 0x01, 0x00, 0x01};
  static const uint8_t ids[] = {1, 2, 3, 4, 5, 6, 7, 9, 10, 11};
  for (size_t i = 0; i < sizeof ids; i++) {
    CHECK_EQ_INT(huge_section(NULL, 0, ids[i], functype, sizeof functype), HEARTH_ERR_MALFORMED);
    CHECK_EQ_INT(huge_section(type1_func1, sizeof type1_func1, ids[i], NULL, 0),
                 HEARTH_ERR_MALFORMED);
  }
  CHECK_EQ_INT(huge_section(memory1, sizeof memory1, 11, NULL, 0), HEARTH_ERR_MALFORMED);

  /* A function type with 0xFFFFFFFF parameters, then results. */
  buf b = {0}, sec = {0}, body = {0};
  put_header(&b);
  PUTB(&sec, 0x01, 0x60);
  putu(&sec, 0xffffffffu);
  PUTB(&sec, 0x7f, 0x7f);
  put_section(&b, 1, &sec);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  buf_reset(&b), buf_reset(&sec);
  put_header(&b);
  PUTB(&sec, 0x01, 0x60, 0x00);
  putu(&sec, 0xffffffffu);
  PUTB(&sec, 0x7f);
  put_section(&b, 1, &sec);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);

  /* Local declarations: 0xFFFFFFFF entries; one entry of 0xFFFFFFFF locals; two entries whose
   * sum wraps a 32-bit counter (0xFFFFFFFF + 2). */
  static const uint64_t local_counts[][2] = {{0, 0}, {0xffffffffu, 0}, {0xffffffffu, 2}};
  for (size_t k = 0; k < 3; k++) {
    buf_reset(&body);
    if (k == 0) {
      putu(&body, 0xffffffffu);
      PUTB(&body, 0x01, 0x7f);
    } else {
      put8(&body, 2);
      putu(&body, local_counts[k][0]);
      put8(&body, 0x7f);
      putu(&body, local_counts[k][1]);
      put8(&body, 0x7f);
    }
    PUTB(&body, 0x0b);
    buf_reset(&b);
    build_one(&b, NULL, 0, &body);
    CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  }

  /* br_table with 0xFFFFFFFF targets; select with 0xFFFFFFFF types; an element segment with
   * 0xFFFFFFFF function indices; a data count of 0xFFFFFFFF without data. */
  buf_reset(&body);
  PUTB(&body, 0x00, 0x02, 0x40, 0x41, 0x00, 0x0e);
  putu(&body, 0xffffffffu);
  PUTB(&body, 0x00, 0x00, 0x0b, 0x0b);
  buf_reset(&b);
  build_one(&b, NULL, 0, &body);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  buf_reset(&body);
  PUTB(&body, 0x00, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0x1c);
  putu(&body, 0xffffffffu);
  PUTB(&body, 0x7f, 0x1a, 0x0b);
  buf_reset(&b);
  build_one(&b, NULL, 0, &body);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  buf_reset(&b), buf_reset(&sec);
  put_header(&b);
  PUTB(&b, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x04, 0x04, 0x01, 0x70,
       0x00, 0x01);
  PUTB(&sec, 0x01, 0x00, 0x41, 0x00, 0x0b);
  putu(&sec, 0xffffffffu);
  PUTB(&sec, 0x00);
  put_section(&b, 9, &sec);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(huge_section(type1, sizeof type1, 12, NULL, 0), HEARTH_ERR_MALFORMED);
  buf_free(&b), buf_free(&sec), buf_free(&body);
  finish(1 * MiB);
}

/* ================================================================ LEB128 */

/* [] -> [i32] returning an i32.const whose immediate bytes are given raw. */
static hearth_status run_const(const uint8_t *leb, size_t n, bool is64, int64_t *out) {
  buf body = {0}, b = {0};
  put8(&body, 0);
  put8(&body, is64 ? 0x42 : 0x41);
  put(&body, leb, n);
  put8(&body, 0x0b);
  static const uint8_t i64[] = {0x7e};
  build_one(&b, is64 ? i64 : k_i32, 1, &body);
  hearth_module *m;
  hearth_status s = compile_buf(&b, &m);
  if (s == HEARTH_OK) {
    inst x;
    CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
    hearth_val r;
    CHECK_EQ_INT(hearth_func_call(export_func(&x, "f"), NULL, 0, &r, 1), HEARTH_OK);
    *out = is64 ? r.of.i64 : r.of.i32;
    inst_free(&x);
  }
  buf_free(&body), buf_free(&b);
  return s;
}

static void bad_leb128(void) {
  int64_t v = 1;
  /* Padded but within the maximum length: valid. */
  CHECK_EQ_INT(run_const((const uint8_t[]){0x80, 0x80, 0x80, 0x80, 0x00}, 5, false, &v), HEARTH_OK);
  CHECK_EQ_INT(v, 0);
  CHECK_EQ_INT(run_const((const uint8_t[]){0xff, 0xff, 0xff, 0xff, 0x7f}, 5, false, &v), HEARTH_OK);
  CHECK_EQ_INT(v, -1);
  CHECK_EQ_INT(run_const((const uint8_t[]){0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
                                           0x00}, 10, true, &v), HEARTH_OK);
  CHECK_EQ_INT(v, 0);
  /* Too long. */
  CHECK_EQ_INT(run_const((const uint8_t[]){0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, 6, false, &v),
               HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(run_const((const uint8_t[]){0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
                                           0x80, 0x00}, 11, true, &v), HEARTH_ERR_MALFORMED);
  /* Junk in the unused bits of the last byte (must be a sign extension). */
  CHECK_EQ_INT(run_const((const uint8_t[]){0xff, 0xff, 0xff, 0xff, 0x0f}, 5, false, &v),
               HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(run_const((const uint8_t[]){0x80, 0x80, 0x80, 0x80, 0x70}, 5, false, &v),
               HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(run_const((const uint8_t[]){0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
                                           0x0e}, 10, true, &v), HEARTH_ERR_MALFORMED);
  /* Runs off the end of the code. */
  CHECK_EQ_INT(run_const((const uint8_t[]){0x80, 0x80}, 2, false, &v), HEARTH_ERR_MALFORMED);

  /* Section sizes: padded to 5 bytes is valid; 6 bytes, junk high bits, or running off the end of
   * the file are not. */
  static const uint8_t types[] = {0x01, 0x60, 0x00, 0x00};
  static const uint8_t sizes[][6] = {{0x84, 0x80, 0x80, 0x80, 0x00},
                                     {0x84, 0x80, 0x80, 0x80, 0x80, 0x00},
                                     {0x84, 0x80, 0x80, 0x80, 0x10},
                                     {0x84, 0x80, 0x80, 0x80, 0x70}};
  static const size_t size_lens[] = {5, 6, 5, 5};
  for (size_t i = 0; i < 4; i++) {
    buf b = {0};
    put_header(&b);
    put8(&b, 1);
    put(&b, sizes[i], size_lens[i]);
    put(&b, types, sizeof types);
    CHECK_EQ_INT(compile_buf(&b, NULL), i == 0 ? HEARTH_OK : HEARTH_ERR_MALFORMED);
    buf_reset(&b);
    put_header(&b);
    PUTB(&b, 0x01, 0x80, 0x80);
    CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
    buf_free(&b);
  }

  /* u32 immediates: a local index, a memarg alignment, a call index, each 6 bytes or with junk
   * bits; the memarg offset (u64 since WebAssembly 3.0's memory64) 11 bytes or with junk bits in
   * its tenth; and memory limits. */
  static const uint8_t bodies[][20] = {
      {0x01, 0x01, 0x7f, 0x20, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x1a, 0x0b},
      {0x01, 0x01, 0x7f, 0x20, 0x80, 0x80, 0x80, 0x80, 0x10, 0x1a, 0x0b},
      {0x00, 0x41, 0x00, 0x28, 0x02, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
       0x00, 0x1a, 0x0b},
      {0x00, 0x41, 0x00, 0x28, 0x82, 0x80, 0x80, 0x80, 0x80, 0x00, 0x00, 0x1a, 0x0b},
      {0x00, 0x41, 0x00, 0x28, 0x02, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7e,
       0x1a, 0x0b},
      {0x00, 0x10, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0b},
  };
  static const size_t body_lens[] = {12, 11, 18, 13, 17, 9};
  for (size_t i = 0; i < 6; i++) {
    buf body = {0}, b = {0};
    put(&body, bodies[i], body_lens[i]);
    static const char *const exports[] = {"f"};
    static const uint8_t mem[] = {0x00, 0x01};
    modspec ms = {NULL, NULL, 0, 0, exports, &body, 1, mem, 2, NULL, 0};
    build_module(&b, &ms);
    hearth_status s = compile_buf(&b, NULL);
    if (s != HEARTH_ERR_MALFORMED) fprintf(stderr, "body %zu: %s\n", i, hearth_errmsg());
    CHECK_EQ_INT(s, HEARTH_ERR_MALFORMED);
    buf_free(&body), buf_free(&b);
  }
  buf b = {0};
  put_header(&b);
  /* memory limits are u64 since 3.0: 11 bytes are too many */
  PUTB(&b, 0x05, 0x0e, 0x01, 0x00, 0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
       0x80, 0x00);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  buf_reset(&b);
  put_header(&b);
  PUTB(&b, 0x05, 0x07, 0x01, 0x00, 0x81, 0x80, 0x80, 0x80, 0x00); /* padded min = 1: valid */
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_OK);
  buf_free(&b);
  finish(STORE_BYTES + 1 * MiB);
}

/* ================================================================ nesting */

static void nested_blocks(size_t depth, bool closed, buf *b) {
  buf body = {0};
  put8(&body, 0);
  static const uint8_t blk[] = {0x02, 0x40}, end[] = {0x0b};
  putn(&body, depth, blk, 2);
  if (closed) putn(&body, depth, end, 1);
  put8(&body, 0x0b);
  build_one(b, NULL, 0, &body);
  buf_free(&body);
}

static void million_nested_blocks(void) {
  buf b = {0};
  nested_blocks(1000000, true, &b);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  check_errmsg("nesting");
  buf_reset(&b);
  nested_blocks(1000000, false, &b);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  /* Within the limit: compiles and runs. */
  buf_reset(&b);
  nested_blocks(20000, true, &b);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  inst x;
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
  CHECK_EQ_INT(call_i32(&x, "f", 0, 0, 0, NULL), HEARTH_OK);
  inst_free(&x);
  buf_free(&b);
  finish(64 * MiB);
}

/* 1,000,000 blocks one after the other (not nested): fine, and bounded. */
static void million_sequential_blocks(void) {
  buf body = {0}, b = {0};
  put8(&body, 0);
  static const uint8_t blk[] = {0x02, 0x40, 0x0b};
  putn(&body, 1000000, blk, 3);
  put8(&body, 0x0b);
  build_one(&b, NULL, 0, &body);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  inst x;
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
  CHECK_EQ_INT(call_i32(&x, "f", 0, 0, 0, NULL), HEARTH_OK);
  inst_free(&x);
  buf_free(&body), buf_free(&b);
  finish(64 * MiB);
}

/* ================================================================ locals */

static void build_locals(buf *b, const uint32_t *counts, size_t n, uint32_t get) {
  buf body = {0};
  putu(&body, n);
  for (size_t i = 0; i < n; i++) {
    putu(&body, counts[i]);
    put8(&body, 0x7f);
  }
  put8(&body, 0x20);
  putu(&body, get);
  put8(&body, 0x0b);
  build_one(b, k_i32, 1, &body);
  buf_free(&body);
}

static void hundred_thousand_locals(void) {
  buf b = {0};
  build_locals(&b, (const uint32_t[]){100000}, 1, 99999);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  check_errmsg("too many locals");
  buf_reset(&b);
  build_locals(&b, (const uint32_t[]){50000, 50000}, 2, 99999);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  check_errmsg("too many locals");
  /* At the limit (50,000): works, zero-initialized. */
  buf_reset(&b);
  build_locals(&b, (const uint32_t[]){25000, 25000}, 2, 49999);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  inst x;
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
  int32_t r = 1;
  CHECK_EQ_INT(call_i32(&x, "f", 0, 0, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r, 0);
  inst_free(&x);
  buf_free(&b);
  finish(64 * MiB);
}

/* ================================================================ data segments and memory */

static void data_segment_4gib(void) {
  static const uint8_t memory1[] = {0x05, 0x03, 0x01, 0x00, 0x01};
  buf b = {0}, sec = {0};
  /* Active and passive segments claiming 0xFFFFFFFF bytes in a tiny file. */
  for (int passive = 0; passive < 2; passive++) {
    buf_reset(&b), buf_reset(&sec);
    put_header(&b);
    put(&b, memory1, sizeof memory1);
    if (passive) PUTB(&sec, 0x01, 0x01);
    else PUTB(&sec, 0x01, 0x00, 0x41, 0x00, 0x0b);
    putu(&sec, 0xffffffffu);
    PUTB(&sec, 'a', 'b', 'c');
    put_section(&b, 11, &sec);
    CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  }
  /* Real but out-of-range segments trap at instantiation: 65537 bytes into one page, and one
   * byte at 0xFFFFFFFF. */
  static const int64_t offsets[] = {0, -1};
  static const size_t lens[] = {65537, 1};
  for (int i = 0; i < 2; i++) {
    buf_reset(&b), buf_reset(&sec);
    put_header(&b);
    put(&b, memory1, sizeof memory1);
    PUTB(&sec, 0x01, 0x00, 0x41);
    puts_leb(&sec, offsets[i]);
    put8(&sec, 0x0b);
    putu(&sec, lens[i]);
    for (size_t k = 0; k < lens[i]; k++) put8(&sec, 0x5a);
    put_section(&b, 11, &sec);
    hearth_module *m;
    CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
    inst x;
    hearth_status s = instantiate(m, &x);
    check_trap(&x, s, HEARTH_TRAP_OOB_MEMORY);
    inst_free(&x);
  }
  buf_free(&b), buf_free(&sec);
  finish(STORE_BYTES + 4 * MiB);
}

/* (memory 65536): 4 GiB, lazily committed. A store at the very last byte works, one straddling the
 * end traps, grow by one page fails, and resident memory stays small. */
static void memory_4gib(void) {
  size_t rss0 = rss_bytes();
  static const uint8_t mem[] = {0x00, 0x80, 0x80, 0x04};
  buf bodies[3] = {{0}};
  /* f: store8 0xAB at 0xFFFFFFFF, load8_u it back, plus memory.size */
  PUTB(&bodies[0], 0x00, 0x41, 0x7f, 0x41, 0xab, 0x01, 0x3a, 0x00, 0x00, 0x41, 0x7f, 0x2d, 0x00,
       0x00, 0x3f, 0x00, 0x6a, 0x0b);
  /* straddle: i32.load at 0xFFFFFFFD */
  PUTB(&bodies[1], 0x00, 0x41, 0x7d, 0x28, 0x02, 0x00, 0x0b);
  /* grow: memory.grow 1 */
  PUTB(&bodies[2], 0x00, 0x41, 0x01, 0x40, 0x00, 0x0b);
  static const char *const exports[] = {"f", "straddle", "grow"};
  modspec ms = {NULL, k_i32, 0, 1, exports, bodies, 3, mem, sizeof mem, NULL, 0};
  buf b = {0};
  build_module(&b, &ms);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  inst x;
  hearth_status s = instantiate(m, &x);
  if (s != HEARTH_OK) {
    /* A clean refusal is acceptable (e.g. no address space); it must say so. */
    CHECK_EQ_INT(s, HEARTH_ERR_NOMEM);
    fprintf(stderr, "4 GiB memory refused: %s\n", hearth_errmsg());
  } else {
    int32_t r = 0;
    CHECK_EQ_INT(call_i32(&x, "f", 0, 0, 1, &r), HEARTH_OK);
    CHECK_EQ_INT(r, 0xab + 65536);
    check_trap(&x, call_i32(&x, "straddle", 0, 0, 1, &r), HEARTH_TRAP_OOB_MEMORY);
    CHECK_EQ_INT(call_i32(&x, "grow", 0, 0, 1, &r), HEARTH_OK);
    CHECK_EQ_INT(r, -1);
    size_t rss1 = rss_bytes();
    fprintf(stderr, "RSS %zu -> %zu KiB\n", rss0 / 1024, rss1 / 1024);
    CHECK(rss1 < rss0 + 64 * MiB);
  }
  inst_free(&x);
  /* One page more than 4 GiB is invalid, as min and as max. */
  static const uint8_t too_big[][5] = {{0x00, 0x81, 0x80, 0x04}, {0x01, 0x00, 0x81, 0x80, 0x04}};
  for (int i = 0; i < 2; i++) {
    buf_reset(&b);
    ms.memory = too_big[i];
    ms.memory_len = i ? 5 : 4;
    build_module(&b, &ms);
    CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_INVALID);
  }
  for (int i = 0; i < 3; i++) buf_free(&bodies[i]);
  buf_free(&b);
  finish(STORE_BYTES + 4 * MiB);
}

/* ================================================================ tables */

static void table_billion(void) {
  static const uint8_t tab[] = {0x70, 0x00, 0x80, 0x94, 0xeb, 0xdc, 0x03}; /* min 10^9 */
  static const uint8_t tab0[] = {0x70, 0x00, 0x00};
  buf bodies[2] = {{0}};
  /* grow: table.grow 0 (ref.null func) (i32.const 10^9); small: table.grow by 10 */
  PUTB(&bodies[0], 0x00, 0xd0, 0x70, 0x41, 0x80, 0x94, 0xeb, 0xdc, 0x03, 0xfc, 0x0f, 0x00, 0x0b);
  PUTB(&bodies[1], 0x00, 0xd0, 0x70, 0x41, 0x0a, 0xfc, 0x0f, 0x00, 0x0b);
  static const char *const exports[] = {"grow", "small"};
  modspec ms = {NULL, k_i32, 0, 1, exports, bodies, 2, NULL, 0, tab, sizeof tab};
  buf b = {0};
  build_module(&b, &ms);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK); /* valid: table limits are u32 */
  inst x;
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_ERR_NOMEM);
  check_errmsg("limit");
  inst_free(&x);
  buf_reset(&b);
  ms.table = tab0;
  ms.table_len = sizeof tab0;
  build_module(&b, &ms);
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
  int32_t r = 0;
  CHECK_EQ_INT(call_i32(&x, "grow", 0, 0, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r, -1);
  CHECK_EQ_INT(call_i32(&x, "small", 0, 0, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r, 0);
  inst_free(&x);
  buf_free(&b), buf_free(&bodies[0]), buf_free(&bodies[1]);
  finish(STORE_BYTES + 4 * MiB);
}

/* A module of ntables funcref tables of `min` elements each and one memory of one page, exporting
 * "tgrow" (i32 n) -> i32: table.grow 0 by n (ref.null), and "mgrow" (i32 n) -> i32: memory.grow n. */
static void build_tables(buf *out, uint32_t ntables, uint32_t min) {
  buf sec = {0};
  put_header(out);
  PUTB(&sec, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f); /* type 0: [i32] -> [i32] */
  put_section(out, 1, &sec);
  buf_reset(&sec);
  PUTB(&sec, 0x02, 0x00, 0x00);
  put_section(out, 3, &sec);
  buf_reset(&sec);
  putu(&sec, ntables);
  for (uint32_t i = 0; i < ntables; i++) {
    PUTB(&sec, 0x70, 0x00);
    putu(&sec, min);
  }
  put_section(out, 4, &sec);
  buf_reset(&sec);
  PUTB(&sec, 0x01, 0x00, 0x01);
  put_section(out, 5, &sec);
  buf_reset(&sec);
  putu(&sec, 2);
  put_name(&sec, "tgrow");
  PUTB(&sec, 0x00, 0x00);
  put_name(&sec, "mgrow");
  PUTB(&sec, 0x00, 0x01);
  put_section(out, 7, &sec);
  buf_reset(&sec);
  buf body = {0};
  putu(&sec, 2);
  PUTB(&body, 0x00, 0xd0, 0x70, 0x20, 0x00, 0xfc, 0x0f, 0x00, 0x0b);
  put_sized(&sec, &body);
  buf_reset(&body);
  PUTB(&body, 0x00, 0x20, 0x00, 0x40, 0x00, 0x0b);
  put_sized(&sec, &body);
  put_section(out, 10, &sec);
  buf_free(&body);
  buf_free(&sec);
}

/* Table elements count against the store's memory limit together with linear memory: a small
 * module declaring many big tables cannot hold host memory outside max_memory_bytes, table.grow
 * past the budget returns -1 (so does memory.grow once tables took the room), and a module may
 * declare at most H_MAX_TABLES (1,000) tables. */
static void tables_within_memory_limit(void) {
  const uint64_t limit = 64u * MiB;
  buf b = {0};
  /* 20 tables of 10^6 elements: 160 MB of elements from a module of a few hundred bytes. */
  build_tables(&b, 20, 1000000);
  CHECK(b.n < 512);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  inst x;
  memset(&x, 0, sizeof x);
  x.module = m;
  CHECK_EQ_INT(hearth_store_new(g_engine, &x.store), HEARTH_OK);
  hearth_store_set_memory_limit(x.store, limit);
  CHECK_EQ_INT(hearth_instance_new(x.store, NULL, m, &x.inst), HEARTH_ERR_LIMIT);
  check_errmsg("exceeds the store's memory limit of 67108864 bytes");
  fprintf(stderr, "%s\n", hearth_errmsg());
  inst_free(&x);
  /* The same under the default limit (4 GiB) instantiates. */
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
  inst_free(&x);

  /* One empty table: grows are refused past 64 MiB minus the 64 KiB page of memory. */
  buf_reset(&b);
  build_tables(&b, 1, 0);
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  memset(&x, 0, sizeof x);
  x.module = m;
  CHECK_EQ_INT(hearth_store_new(g_engine, &x.store), HEARTH_OK);
  hearth_store_set_memory_limit(x.store, limit);
  CHECK_EQ_INT(hearth_instance_new(x.store, NULL, m, &x.inst), HEARTH_OK);
  int32_t r = 0;
  CHECK_EQ_INT(call_i32(&x, "tgrow", 1, 8u * 1024u * 1024u, 1, &r), HEARTH_OK); /* 64 MiB */
  CHECK_EQ_INT(r, -1);
  uint32_t size = 0;
  for (;;) {
    CHECK_EQ_INT(call_i32(&x, "tgrow", 1, 1000000, 1, &r), HEARTH_OK);
    if (r < 0) break;
    CHECK_EQ_INT(r, size);
    size += 1000000;
  }
  fprintf(stderr, "table grew to %u elements under a %llu-byte limit\n", size,
          (unsigned long long)limit);
  CHECK((uint64_t)size * 8 + 65536 <= limit);
  CHECK((uint64_t)size * 8 + 65536 + 16u * MiB > limit); /* grows were refused only near the end */
  /* The rest of the budget cannot go to memory either. */
  CHECK_EQ_INT(call_i32(&x, "mgrow", 1, (int32_t)((limit - (uint64_t)size * 8) / 65536), 1, &r),
               HEARTH_OK);
  CHECK_EQ_INT(r, -1);
  CHECK_EQ_INT(call_i32(&x, "mgrow", 1, 1, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r, 1);
  inst_free(&x);

  /* Table count. */
  buf_reset(&b);
  build_tables(&b, 1000, 0);
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  hearth_module_delete(m);
  buf_reset(&b);
  build_tables(&b, 1001, 0);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_LIMIT);
  check_errmsg("module declares 1001 tables, more than the limit of 1000");
  buf_free(&b);
  finish(STORE_BYTES + 600 * MiB);
}

/* ================================================================ execution limits */

/* "rec": unbounded self-recursion; "fat": the same with 2,000 i64 locals per frame (exhausts the
 * value stack before the depth limit); "ok": returns 42. */
static void deep_recursion(void) {
  buf bodies[3] = {{0}};
  PUTB(&bodies[0], 0x00, 0x10, 0x00, 0x0b);
  PUTB(&bodies[1], 0x01, 0xd0, 0x0f, 0x7e, 0x10, 0x01, 0x0b);
  PUTB(&bodies[2], 0x00, 0x41, 0x2a, 0x0b);
  static const char *const exports[] = {"rec", "fat", "ok"};
  buf b = {0};
  /* One type [] -> [] is used for rec and fat; "ok" needs a result, so build the type section by
   * hand: type 0 = [] -> [], type 1 = [] -> [i32]. */
  buf sec = {0};
  put_header(&b);
  PUTB(&sec, 0x02, 0x60, 0x00, 0x00, 0x60, 0x00, 0x01, 0x7f);
  put_section(&b, 1, &sec);
  buf_reset(&sec);
  PUTB(&sec, 0x03, 0x00, 0x00, 0x01);
  put_section(&b, 3, &sec);
  buf_reset(&sec);
  put8(&sec, 3);
  for (int i = 0; i < 3; i++) {
    put_name(&sec, exports[i]);
    put8(&sec, 0);
    put8(&sec, (uint8_t)i);
  }
  put_section(&b, 7, &sec);
  buf_reset(&sec);
  put8(&sec, 3);
  for (int i = 0; i < 3; i++) put_sized(&sec, &bodies[i]);
  put_section(&b, 10, &sec);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  inst x;
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
  int32_t r = 0;
  for (int round = 0; round < 2; round++) {
    check_trap(&x, call_i32(&x, "rec", 0, 0, 0, NULL), HEARTH_TRAP_STACK_EXHAUSTED);
    CHECK_EQ_INT(call_i32(&x, "ok", 0, 0, 1, &r), HEARTH_OK);
    CHECK_EQ_INT(r, 42);
    check_trap(&x, call_i32(&x, "fat", 0, 0, 0, NULL), HEARTH_TRAP_STACK_EXHAUSTED);
    r = 0;
    CHECK_EQ_INT(call_i32(&x, "ok", 0, 0, 1, &r), HEARTH_OK);
    CHECK_EQ_INT(r, 42);
  }
  inst_free(&x);
  for (int i = 0; i < 3; i++) buf_free(&bodies[i]);
  buf_free(&b), buf_free(&sec);
  finish(64 * MiB);
}

/* "spin": (loop br 0); "ok": 42. */
static void build_spin(buf *b) {
  buf bodies[2] = {{0}};
  PUTB(&bodies[0], 0x00, 0x03, 0x40, 0x0c, 0x00, 0x0b, 0x41, 0x00, 0x0b);
  PUTB(&bodies[1], 0x00, 0x41, 0x2a, 0x0b);
  static const char *const exports[] = {"spin", "ok"};
  modspec ms = {NULL, k_i32, 0, 1, exports, bodies, 2, NULL, 0, NULL, 0};
  build_module(b, &ms);
  buf_free(&bodies[0]), buf_free(&bodies[1]);
}

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void infinite_loop_fuel_deadline(void) {
  buf b = {0};
  build_spin(&b);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  inst x;
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
  int32_t r = 0;
  hearth_store_set_fuel(x.store, 1000000);
  check_trap(&x, call_i32(&x, "spin", 0, 0, 1, &r), HEARTH_TRAP_FUEL);
  CHECK_EQ_INT(hearth_store_fuel(x.store), 0);
  hearth_store_set_fuel(x.store, UINT64_MAX);
  CHECK_EQ_INT(call_i32(&x, "ok", 0, 0, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r, 42);
  uint64_t t0 = now_ns();
  hearth_store_set_deadline(x.store, t0 + 50000000u);
  check_trap(&x, call_i32(&x, "spin", 0, 0, 1, &r), HEARTH_TRAP_DEADLINE);
  CHECK(now_ns() - t0 < 10000000000ull);
  hearth_store_set_deadline(x.store, 0);
  r = 0;
  CHECK_EQ_INT(call_i32(&x, "ok", 0, 0, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r, 42);
  inst_free(&x);
  buf_free(&b);
  finish(STORE_BYTES + 4 * MiB);
}

typedef struct interrupter {
  hearth_store *store;
  atomic_bool done;
} interrupter;

/* The flag is cleared when a call starts, so keep interrupting until the call has returned. */
static void *interrupt_thread(void *arg) {
  interrupter *it = arg;
  struct timespec ts = {0, 20000000};
  while (!atomic_load(&it->done)) {
    nanosleep(&ts, NULL);
    hearth_store_interrupt(it->store);
  }
  return NULL;
}

static void infinite_loop_interrupt(void) {
  buf b = {0};
  build_spin(&b);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  inst x;
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
  int32_t r = 0;
  for (int round = 0; round < 3; round++) {
    interrupter it = {x.store, false};
    pthread_t th;
    CHECK(pthread_create(&th, NULL, interrupt_thread, &it) == 0);
    hearth_status s = call_i32(&x, "spin", 0, 0, 1, &r);
    atomic_store(&it.done, true);
    pthread_join(th, NULL);
    check_trap(&x, s, HEARTH_TRAP_INTERRUPTED);
    r = 0;
    CHECK_EQ_INT(call_i32(&x, "ok", 0, 0, 1, &r), HEARTH_OK);
    CHECK_EQ_INT(r, 42);
  }
  inst_free(&x);
  buf_free(&b);
  finish(STORE_BYTES + 4 * MiB);
}

/* 100,000 functions, each returning 1 + the next one's result; the last returns 0. "chain" starts
 * at function 0 (100,000 frames deep), "tail" at function 95,000 (5,000 deep). */
static void hundred_thousand_function_chain(void) {
  enum { N = 100000 };
  buf b = {0}, sec = {0}, body = {0};
  put_header(&b);
  PUTB(&sec, 0x01, 0x60, 0x00, 0x01, 0x7f);
  put_section(&b, 1, &sec);
  buf_reset(&sec);
  putu(&sec, N);
  for (int i = 0; i < N; i++) put8(&sec, 0);
  put_section(&b, 3, &sec);
  buf_reset(&sec);
  put8(&sec, 2);
  put_name(&sec, "chain");
  PUTB(&sec, 0x00, 0x00);
  put_name(&sec, "tail");
  put8(&sec, 0x00);
  putu(&sec, 95000);
  put_section(&b, 7, &sec);
  buf_reset(&sec);
  putu(&sec, N);
  for (uint32_t i = 0; i < N; i++) {
    buf_reset(&body);
    put8(&body, 0);
    if (i + 1 < N) {
      put8(&body, 0x10);
      putu(&body, i + 1);
      PUTB(&body, 0x41, 0x01, 0x6a);
    } else {
      PUTB(&body, 0x41, 0x00);
    }
    put8(&body, 0x0b);
    put_sized(&sec, &body);
  }
  put_section(&b, 10, &sec);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  inst x;
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
  int32_t r = 0;
  check_trap(&x, call_i32(&x, "chain", 0, 0, 1, &r), HEARTH_TRAP_STACK_EXHAUSTED);
  CHECK_EQ_INT(call_i32(&x, "tail", 0, 0, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r, N - 95000 - 1);
  /* With the depth limit raised past the chain: it completes, or the value stack runs out. */
  hearth_store_set_max_call_depth(x.store, 2 * N);
  r = 0;
  hearth_status s = call_i32(&x, "chain", 0, 0, 1, &r);
  if (s == HEARTH_OK) CHECK_EQ_INT(r, N - 1);
  else check_trap(&x, s, HEARTH_TRAP_STACK_EXHAUSTED);
  CHECK_EQ_INT(call_i32(&x, "tail", 0, 0, 1, &r), HEARTH_OK);
  inst_free(&x);
  buf_free(&b), buf_free(&sec), buf_free(&body);
  finish(256 * MiB);
}

/* (func (param i32) (result i32)
 *   (block (block (br_table 0 0 ... 0 1 (default 1) (local.get 0))) (return (i32.const 10)))
 *   (i32.const 20))   with 1,000,000 targets, the last one being 1. */
static void br_table_million_targets(void) {
  enum { N = 1000000 };
  buf body = {0}, b = {0};
  PUTB(&body, 0x00, 0x02, 0x40, 0x02, 0x40, 0x20, 0x00, 0x0e);
  putu(&body, N);
  static const uint8_t zero[] = {0x00};
  putn(&body, N - 1, zero, 1);
  PUTB(&body, 0x01, 0x01, 0x0b, 0x41, 0x0a, 0x0f, 0x0b, 0x41, 0x14, 0x0b);
  static const char *const exports[] = {"f"};
  modspec ms = {k_i32, k_i32, 1, 1, exports, &body, 1, NULL, 0, NULL, 0};
  build_module(&b, &ms);
  hearth_module *m;
  CHECK_EQ_INT(compile_buf(&b, &m), HEARTH_OK);
  inst x;
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
  static const struct { int32_t in, out; } cases[] = {
      {0, 10}, {N - 2, 10}, {N - 1, 20}, {N, 20}, {-1, 20}, {12345, 10}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int32_t r = 0;
    CHECK_EQ_INT(call_i32(&x, "f", 1, cases[i].in, 1, &r), HEARTH_OK);
    CHECK_EQ_INT(r, cases[i].out);
  }
  inst_free(&x);
  /* The same table with one label out of range (3: only 0, 1 and the function's 2 exist) is
   * invalid. Body: 1 locals byte, 2 blocks, local.get, br_table, the 3-byte LEB of N, targets. */
  body.p[1 + 4 + 2 + 1 + 3 + 500000] = 3;
  buf_reset(&b);
  build_module(&b, &ms);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_INVALID);
  buf_free(&body), buf_free(&b);
  finish(64 * MiB);
}

/* ================================================================ 3.0: exceptions and types */

/* A growing text buffer for generated WAT. */
typedef struct text {
  char *p;
  size_t n, cap;
} text;

static void tput(text *t, const char *s) {
  size_t k = strlen(s);
  if (t->n + k + 1 > t->cap) {
    t->cap = (t->n + k + 1) * 2;
    t->p = realloc(t->p, t->cap);
    CHECK(t->p);
  }
  memcpy(t->p + t->n, s, k + 1);
  t->n += k;
}
static void tputn(text *t, size_t n, const char *s) {
  for (size_t i = 0; i < n; i++) tput(t, s);
}

static hearth_status compile_wat(const text *t, hearth_module **out) {
  engine_up();
  hearth_module *m = NULL;
  hearth_status s = hearth_module_new_wat(g_engine, t->p, t->n, &m);
  if (s == HEARTH_OK) {
    if (out) *out = m;
    else hearth_module_delete(m);
  }
  return s;
}

/* 2^16 nested try blocks of each form around a throw: the innermost handler catches it, in the
 * new form (try_table with catch_all) and the legacy one (try ... catch_all ... end); 150,000
 * nested ones are refused by the nesting limit (H_MAX_NESTING) with a clean error. */
static void nested_try_blocks(void) {
  for (int legacy = 0; legacy < 2; legacy++) {
    for (size_t depth = 65536; depth; depth = depth == 65536 ? 150000 : 0) {
      text t = {0};
      tput(&t, "(module (tag $e) (func (export \"f\") (result i32) block\n");
      tputn(&t, depth, legacy ? "try\n" : "try_table (catch_all 0)\n");
      tput(&t, "throw $e\n");
      tputn(&t, depth, legacy ? "catch_all end\n" : "end\n");
      tput(&t, "end i32.const 7))");
      hearth_module *m = NULL;
      hearth_status st = compile_wat(&t, &m);
      free(t.p);
      if (depth > 100000) {
        CHECK_EQ_INT(st, HEARTH_ERR_MALFORMED);
        check_errmsg("nesting");
        continue;
      }
      if (st) fprintf(stderr, "%s depth %zu: %s\n", legacy ? "legacy" : "try_table", depth,
                      hearth_errmsg());
      CHECK_EQ_INT(st, HEARTH_OK);
      inst x;
      CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
      int32_t r = 0;
      CHECK_EQ_INT(call_i32(&x, "f", 0, 0, 1, &r), HEARTH_OK);
      CHECK_EQ_INT(r, 7);
      inst_free(&x);
    }
  }
  finish(64 * MiB);
}

/* An exception storm: 1,000,000 exceptions thrown and caught in a loop, each payload summed; in
 * the second form every exception is also kept in an exnref local (catch_all_ref) until the next
 * one replaces it. Memory stays bounded (the store frees unreachable exceptions as it goes). */
static void exception_storm(void) {
  static const char *const forms[] = {
      "(module (tag $e (param i32))\n"
      " (func (export \"f\") (param $n i32) (result i32) (local $acc i32)\n"
      "  loop $l\n"
      "   block $h (result i32)\n"
      "    try_table (catch $e $h) local.get $n throw $e end\n"
      "    unreachable\n"
      "   end\n"
      "   local.get $acc i32.add local.set $acc\n"
      "   local.get $n i32.const 1 i32.sub local.tee $n br_if $l\n"
      "  end\n"
      "  local.get $acc))",
      "(module (tag $e (param i32))\n"
      " (func (export \"f\") (param $n i32) (result i32) (local $acc i32) (local $x exnref)\n"
      "  loop $l\n"
      "   block $h (result i32 exnref)\n"
      "    try_table (catch_ref $e $h) local.get $n throw $e end\n"
      "    unreachable\n"
      "   end\n"
      "   local.set $x\n"
      "   local.get $acc i32.add local.set $acc\n"
      "   local.get $n i32.const 1 i32.sub local.tee $n br_if $l\n"
      "  end\n"
      "  local.get $acc))",
  };
  for (size_t k = 0; k < 2; k++) {
    text t = {0};
    tput(&t, forms[k]);
    hearth_module *m = NULL;
    hearth_status st = compile_wat(&t, &m);
    free(t.p);
    if (st) fprintf(stderr, "form %zu: %s\n", k, hearth_errmsg());
    CHECK_EQ_INT(st, HEARTH_OK);
    inst x;
    CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
    int32_t r = 0;
    CHECK_EQ_INT(call_i32(&x, "f", 1, 1000000, 1, &r), HEARTH_OK);
    CHECK_EQ_INT(r, (int32_t)(uint32_t)(1000000ull * 1000001ull / 2)); /* sum 1..n mod 2^32 */
    inst_free(&x);
  }
  finish(32 * MiB);
}

/* One recursion group of 100,000 function types (3.0 type section), a function of the last one:
 * compiles, runs, and stays bounded; canonicalizing the group must not be quadratic (the test's
 * timeout would catch that). 1,000,001 types are refused (H_MAX_TYPES). */
static void huge_rec_group(void) {
  text t = {0};
  tput(&t, "(module (rec\n");
  char line[96];
  for (int i = 0; i < 100000; i++) {
    snprintf(line, sizeof line, "(type $t%d (func (result i32)))\n", i);
    tput(&t, line);
  }
  tput(&t, ") (func (export \"f\") (type $t99999) i32.const 5))");
  hearth_module *m = NULL;
  hearth_status st = compile_wat(&t, &m);
  free(t.p);
  if (st) fprintf(stderr, "%s\n", hearth_errmsg());
  CHECK_EQ_INT(st, HEARTH_OK);
  inst x;
  CHECK_EQ_INT(instantiate(m, &x), HEARTH_OK);
  int32_t r = 0;
  CHECK_EQ_INT(call_i32(&x, "f", 0, 0, 1, &r), HEARTH_OK);
  CHECK_EQ_INT(r, 5);
  inst_free(&x);
  /* Past the limit: 1,000,001 types in one group, in the binary format (rec = 0x4E). */
  buf b = {0}, sec = {0};
  put_header(&b);
  putu(&sec, 1);
  put8(&sec, 0x4E);
  putu(&sec, 1000001);
  static const uint8_t ft[] = {0x60, 0x00, 0x00};
  putn(&sec, 1000001, ft, 3);
  put_section(&b, 1, &sec);
  CHECK_EQ_INT(compile_buf(&b, NULL), HEARTH_ERR_MALFORMED);
  buf_free(&sec), buf_free(&b);
  finish(96 * MiB);
}

T_MAIN(T_CASE(rich_module_runs), T_CASE(truncated_at_every_length), T_CASE(corrupted_every_byte),
       T_CASE(huge_vector_counts), T_CASE(bad_leb128), T_CASE(million_nested_blocks),
       T_CASE(million_sequential_blocks), T_CASE(hundred_thousand_locals),
       T_CASE(data_segment_4gib), T_CASE(memory_4gib), T_CASE(table_billion),
       T_CASE(tables_within_memory_limit),
       T_CASE(deep_recursion), T_CASE(infinite_loop_fuel_deadline),
       T_CASE(infinite_loop_interrupt), T_CASE(hundred_thousand_function_chain),
       T_CASE(br_table_million_targets), T_CASE(nested_try_blocks), T_CASE(exception_storm),
       T_CASE(huge_rec_group))
