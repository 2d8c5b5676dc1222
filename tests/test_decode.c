/* test_decode.c: unit tests of the binary decoder (decode.c) and module validation (validate.c). */
#include <stdint.h>
#include <time.h>

#include "internal.h"
#include "t.h"

/* ---- a byte builder for hand-made modules ---- */

typedef struct buf {
  uint8_t *p;
  size_t n, cap;
} buf;

static void b_put(buf *b, const void *src, size_t n) {
  if (!n) return;
  if (b->n + n > b->cap) {
    size_t c = b->cap ? b->cap : 256;
    while (c < b->n + n) c *= 2;
    b->p = realloc(b->p, c);
    CHECK(b->p != NULL);
    b->cap = c;
  }
  memcpy(b->p + b->n, src, n);
  b->n += n;
}
static void b_byte(buf *b, uint8_t x) { b_put(b, &x, 1); }
static void b_bytes(buf *b, size_t n, const char *s) { b_put(b, s, n); }
static void b_u32(buf *b, uint32_t v) {
  do {
    uint8_t x = v & 0x7F;
    v >>= 7;
    b_byte(b, (uint8_t)(x | (v ? 0x80 : 0)));
  } while (v);
}
static void b_s64(buf *b, int64_t v) {
  for (;;) {
    uint8_t x = v & 0x7F;
    v >>= 7;
    bool done = (v == 0 && !(x & 0x40)) || (v == -1 && (x & 0x40));
    b_byte(b, (uint8_t)(x | (done ? 0 : 0x80)));
    if (done) break;
  }
}
static void b_name(buf *b, const char *s) {
  b_u32(b, (uint32_t)strlen(s));
  b_put(b, s, strlen(s));
}
static void b_header(buf *b) { b_bytes(b, 8, "\0asm\1\0\0\0"); }
/* Section end offsets of g_rec_buf (for the truncation test: a cut exactly there leaves a
 * well-framed prefix that may decode). */
static const buf *g_rec_buf;
static size_t g_bounds[64];
static int g_nbounds;

/* Appends section id with the contents of sec (and resets sec). */
static void b_section(buf *b, uint8_t id, buf *sec) {
  b_byte(b, id);
  b_u32(b, (uint32_t)sec->n);
  b_put(b, sec->p, sec->n);
  sec->n = 0;
  if (b == g_rec_buf && g_nbounds < 64) g_bounds[g_nbounds++] = b->n;
}
static void b_free(buf *b) { free(b->p); memset(b, 0, sizeof *b); }

/* ---- decoding without runtime.c: a local free following internal.h's ownership rules ---- */

static void t_free_module(hearth_module *m) {
  for (uint32_t i = 0; i < m->ntypes; i++) {
    h_free(m->types[i].params);
    h_free(m->types[i].results);
    h_free(m->types[i].pt);
  }
  h_free(m->types);
  h_free(m->type_canon);
  if (m->tinfo)
    for (uint32_t i = 0; i < m->ntypes; i++) h_free(m->tinfo[i].ft);
  h_free(m->tinfo);
  h_rtt_module_release(m);
  h_free(m->table_init);
  for (uint32_t i = 0; i < m->nimports; i++) {
    h_free(m->imports[i].module);
    h_free(m->imports[i].name);
  }
  h_free(m->imports);
  h_free(m->func_type);
  h_free(m->tables);
  h_free(m->mems);
  h_free(m->globals);
  h_free(m->tag_type);
  h_free(m->global_init);
  h_free(m->const_seq);
  for (uint32_t i = 0; i < m->nexports; i++) h_free(m->exports[i].name);
  h_free(m->exports);
  for (uint32_t i = 0; i < m->nelems; i++) h_free(m->elems[i].items);
  h_free(m->elems);
  h_free(m->datas);
  h_free(m->bodies);
  h_free(m->func_declared);
  if (m->func_names)
    for (uint32_t i = 0; i < m->nfuncs; i++) h_free(m->func_names[i]);
  h_free(m->func_names);
  h_free(m->module_name);
  for (uint32_t i = 0; i < m->ncustoms; i++) h_free(m->customs[i].name);
  h_free(m->customs);
  h_free(m->bytes);
  h_free(m);
}

/* Decodes a copy of bytes; on success and out != NULL the module is returned (free it with
 * t_free_module), otherwise it is freed here. */
static hearth_status decode(const uint8_t *bytes, size_t n, hearth_module **out) {
  hearth_module *m = h_calloc(1, sizeof *m);
  CHECK(m != NULL);
  m->bytes = h_malloc(n ? n : 1);
  CHECK(m->bytes != NULL);
  if (n) memcpy(m->bytes, bytes, n);
  m->len = n;
  hearth_status s = h_decode_module(m);
  if (s == HEARTH_OK && out)
    *out = m;
  else
    t_free_module(m);
  return s;
}
static hearth_status decode_buf(const buf *b) { return decode(b->p, b->n, NULL); }

/* Decodes header + one section (id, raw contents). */
static hearth_status decode_one(uint8_t id, size_t n, const char *contents) {
  buf b = {0}, s = {0};
  b_header(&b);
  b_bytes(&s, n, contents);
  b_section(&b, id, &s);
  hearth_status st = decode_buf(&b);
  b_free(&b);
  b_free(&s);
  return st;
}

static bool msg_has(const char *needle) { return strstr(hearth_errmsg(), needle) != NULL; }

/* ---- a module using every section and most encodings ---- */

static void build_full(buf *b) {
  buf s = {0};
  g_rec_buf = b;
  g_nbounds = 0;
  b_header(b);
  g_bounds[g_nbounds++] = b->n;
  /* type 0: [] -> [], type 1: [i32 v128] -> [i64 funcref] */
  b_u32(&s, 2);
  b_bytes(&s, 3, "\x60\x00\x00");
  b_bytes(&s, 7, "\x60\x02\x7f\x7b\x02\x7e\x70");
  b_section(b, 1, &s);
  /* imports: func env.f (type 1), table, memory, immutable i32 global, mutable f64 global */
  b_u32(&s, 5);
  b_name(&s, "env"); b_name(&s, "f"); b_byte(&s, 0); b_u32(&s, 1);
  b_name(&s, "env"); b_name(&s, "t"); b_byte(&s, 1); b_bytes(&s, 4, "\x70\x01\x02\x0a");
  b_name(&s, "env"); b_name(&s, "m"); b_byte(&s, 2); b_bytes(&s, 2, "\x00\x01");
  b_name(&s, "env"); b_name(&s, "g"); b_byte(&s, 3); b_bytes(&s, 2, "\x7f\x00");
  b_name(&s, "\xc3\xa9t\xc3\xa9"); b_name(&s, "h"); b_byte(&s, 3); b_bytes(&s, 2, "\x7c\x01");
  b_section(b, 2, &s);
  /* functions 1, 2, 3 (type 0, 0, 1) */
  b_bytes(&s, 4, "\x03\x00\x00\x01");
  b_section(b, 3, &s);
  /* custom section between known sections */
  b_name(&s, "hello"); b_bytes(&s, 3, "xyz");
  b_section(b, 0, &s);
  /* table 1: externref, min 0 no max */
  b_bytes(&s, 4, "\x01\x6f\x00\x00");
  b_section(b, 4, &s);
  /* no memory section (imported one) */
  /* globals 2..5: i64.const -2, global.get 0 (imported const i32), ref.func 3, v128.const */
  b_u32(&s, 4);
  b_bytes(&s, 2, "\x7e\x00"); b_byte(&s, 0x42); b_s64(&s, -2); b_byte(&s, 0x0b);
  b_bytes(&s, 2, "\x7f\x00"); b_bytes(&s, 3, "\x23\x00\x0b");
  b_bytes(&s, 2, "\x70\x00"); b_bytes(&s, 3, "\xd2\x03\x0b");
  b_bytes(&s, 2, "\x7b\x01"); b_bytes(&s, 2, "\xfd\x0c");
  b_bytes(&s, 16, "\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10");
  b_byte(&s, 0x0b);
  b_section(b, 6, &s);
  /* exports */
  b_u32(&s, 4);
  b_name(&s, "run"); b_byte(&s, 0); b_u32(&s, 1);
  b_name(&s, "mem"); b_byte(&s, 2); b_u32(&s, 0);
  b_name(&s, "tab"); b_byte(&s, 1); b_u32(&s, 1);
  b_name(&s, "g"); b_byte(&s, 3); b_u32(&s, 2);
  b_section(b, 7, &s);
  /* start: function 2 ([] -> []) */
  b_u32(&s, 2);
  b_section(b, 8, &s);
  /* elements: one of each flag value 0..7 */
  b_u32(&s, 8);
  b_bytes(&s, 7, "\x00\x41\x00\x0b\x02\x00\x01");               /* 0: active t0, funcs 0 1 */
  b_bytes(&s, 4, "\x01\x00\x01\x02");                           /* 1: passive, funcs 2 */
  b_bytes(&s, 8, "\x02\x00\x41\x01\x0b\x00\x01\x03");           /* 2: active t0, funcs 3 */
  b_bytes(&s, 4, "\x03\x00\x01\x01");                           /* 3: declarative, func 1 */
  b_bytes(&s, 11, "\x04\x41\x02\x0b\x02\xd2\x00\x0b\xd0\x70\x0b"); /* 4: ref.func 0, ref.null */
  b_bytes(&s, 6, "\x05\x6f\x01\xd0\x6f\x0b");                   /* 5: passive externref */
  b_bytes(&s, 10, "\x06\x01\x41\x00\x0b\x6f\x01\xd0\x6f\x0b");  /* 6: active t1 externref */
  b_bytes(&s, 6, "\x07\x70\x01\xd2\x02\x0b");                   /* 7: declarative ref.func 2 */
  b_section(b, 9, &s);
  /* data count */
  b_u32(&s, 3);
  b_section(b, 12, &s);
  /* code: f1 no locals, f2 locals (2 i32, 1 v128), f3 */
  b_u32(&s, 3);
  b_bytes(&s, 3, "\x02\x00\x0b");
  b_bytes(&s, 7, "\x06\x02\x02\x7f\x01\x7b\x0b");
  b_bytes(&s, 6, "\x05\x00\x00\x00\x00\x0b");
  b_section(b, 10, &s);
  /* data: active mem 0, passive, active explicit memory 0 */
  b_u32(&s, 3);
  b_bytes(&s, 7, "\x00\x41\x10\x0b\x02" "hi");
  b_bytes(&s, 5, "\x01\x03" "abc");
  b_bytes(&s, 6, "\x02\x00\x23\x00\x0b\x00");
  b_section(b, 11, &s);
  /* name section: module "mod", function names 1 -> "one", 3 -> "three", then local names */
  buf sub = {0};
  b_name(&s, "name");
  b_name(&sub, "mod");
  b_section(&s, 0, &sub);
  b_u32(&sub, 2);
  b_u32(&sub, 1); b_name(&sub, "one");
  b_u32(&sub, 3); b_name(&sub, "three");
  b_section(&s, 1, &sub);
  b_bytes(&sub, 1, "\x00");
  b_section(&s, 2, &sub);
  b_section(b, 0, &s);
  g_rec_buf = NULL;
  b_free(&sub);
  b_free(&s);
}

static void full_module_fields(void) {
  buf b = {0};
  build_full(&b);
  hearth_module *m = NULL;
  hearth_status s = decode(b.p, b.n, &m);
  if (s) fprintf(stderr, "%s\n", hearth_errmsg());
  CHECK_EQ_INT(s, HEARTH_OK);
  CHECK_EQ_INT(m->ntypes, 2);
  CHECK_EQ_INT(m->types[1].nparams, 2);
  CHECK_EQ_INT(m->types[1].params[1], H_T_V128);
  CHECK_EQ_INT(m->types[1].param_slots, 3);
  CHECK_EQ_INT(m->types[1].results[1], H_T_FUNCREF);
  CHECK_EQ_INT(m->nimports, 5);
  CHECK_STR(m->imports[4].module, "\xc3\xa9t\xc3\xa9");
  CHECK_EQ_INT(m->imports[4].module_len, 5);
  CHECK_EQ_INT(m->nfuncs, 4);
  CHECK_EQ_INT(m->nimported_funcs, 1);
  CHECK_EQ_INT(m->func_type[0], 1);
  CHECK_EQ_INT(m->func_type[3], 1);
  CHECK_EQ_INT(m->ntables, 2);
  CHECK_EQ_INT(m->nimported_tables, 1);
  CHECK_EQ_INT(m->tables[0].limits.min, 2);
  CHECK_EQ_INT(m->tables[0].limits.max, 10);
  CHECK(m->tables[0].limits.has_max);
  CHECK_EQ_INT(m->tables[1].elem, H_T_EXTERNREF);
  CHECK(!m->tables[1].limits.has_max);
  CHECK_EQ_INT(m->nmems, 1);
  CHECK_EQ_INT(m->mems[0].min, 1);
  CHECK_EQ_INT(m->nglobals, 6);
  CHECK_EQ_INT(m->nimported_globals, 2);
  CHECK(m->globals[1].mut);
  CHECK_EQ_INT(m->globals[1].type, H_T_F64);
  CHECK_EQ_INT(m->global_init[0].op, 0x42);
  CHECK_EQ_INT((int64_t)m->global_init[0].bits[0], -2);
  CHECK_EQ_INT(m->global_init[1].op, 0x23);
  CHECK_EQ_INT(m->global_init[1].type, H_T_I32); /* filled by validation */
  CHECK_EQ_INT(m->global_init[2].index, 3);
  CHECK_EQ_INT(m->global_init[3].type, H_T_V128);
  CHECK(m->global_init[3].bits[0] == 0x0807060504030201ull);
  CHECK(m->global_init[3].bits[1] == 0x100f0e0d0c0b0a09ull);
  CHECK_EQ_INT(m->nexports, 4);
  CHECK_STR(m->exports[0].name, "run");
  CHECK(m->has_start);
  CHECK_EQ_INT(m->start, 2);
  CHECK_EQ_INT(m->nelems, 8);
  CHECK_EQ_INT(m->elems[0].mode, H_SEG_ACTIVE);
  CHECK_EQ_INT(m->elems[0].count, 2);
  CHECK_EQ_INT(m->elems[0].items[1].op, 0xD2);
  CHECK_EQ_INT(m->elems[0].items[1].index, 1);
  CHECK_EQ_INT(m->elems[1].mode, H_SEG_PASSIVE);
  CHECK_EQ_INT(m->elems[2].offset.bits[0], 1);
  CHECK_EQ_INT(m->elems[3].mode, H_SEG_DECLARATIVE);
  CHECK_EQ_INT(m->elems[4].items[1].op, 0xD0);
  CHECK_EQ_INT(m->elems[4].items[1].type, H_T_FUNCREF);
  CHECK_EQ_INT(m->elems[5].type, H_T_EXTERNREF);
  CHECK_EQ_INT(m->elems[6].table, 1);
  CHECK_EQ_INT(m->elems[7].mode, H_SEG_DECLARATIVE);
  CHECK(m->has_datacount);
  CHECK_EQ_INT(m->datacount, 3);
  CHECK_EQ_INT(m->ndatas, 3);
  CHECK_EQ_INT(m->datas[0].offset.bits[0], 16);
  CHECK_EQ_INT(m->datas[0].len, 2);
  CHECK(memcmp(m->datas[0].bytes, "hi", 2) == 0);
  CHECK(m->datas[0].bytes >= m->bytes && m->datas[0].bytes < m->bytes + m->len);
  CHECK_EQ_INT(m->datas[1].mode, H_SEG_PASSIVE);
  CHECK_EQ_INT(m->datas[2].offset.type, H_T_I32);
  CHECK_EQ_INT(m->bodies[1].len, 6);
  CHECK_EQ_INT(m->bodies[1].start[0], 2); /* locals vector */
  CHECK_EQ_INT(m->bodies[1].offset, (uint32_t)(m->bodies[1].start - m->bytes));
  /* ref.func sources: elems (0,1,2,3 and items), global 4 init (3), export "run" (1) */
  for (uint32_t i = 0; i < 4; i++) CHECK(m->func_declared[i]);
  CHECK_EQ_INT(m->ncustoms, 2);
  CHECK_STR(m->customs[0].name, "hello");
  CHECK_EQ_INT(m->customs[0].len, 3);
  CHECK(memcmp(m->customs[0].data, "xyz", 3) == 0);
  CHECK_STR(m->customs[1].name, "name");
  CHECK_STR(m->module_name, "mod");
  CHECK(m->func_names != NULL);
  CHECK(m->func_names[0] == NULL);
  CHECK_STR(m->func_names[1], "one");
  CHECK_STR(m->func_names[3], "three");
  t_free_module(m);
  b_free(&b);
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

static void empty_module(void) {
  CHECK_EQ_INT(decode((const uint8_t *)"\0asm\1\0\0\0", 8, NULL), HEARTH_OK);
  CHECK_EQ_INT(decode((const uint8_t *)"", 0, NULL), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("unexpected end"));
  CHECK_EQ_INT(decode((const uint8_t *)"\0as", 3, NULL), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode((const uint8_t *)"asm\0\1\0\0\0", 8, NULL), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("magic header not detected"));
  CHECK_EQ_INT(decode((const uint8_t *)"\0asm\2\0\0\0", 8, NULL), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("unknown binary version"));
  CHECK_EQ_INT(decode((const uint8_t *)"\0asm\1\0\0", 7, NULL), HEARTH_ERR_MALFORMED);
}

/* Every prefix of a valid module: no crash; MALFORMED unless the cut is at a section boundary. */
static void truncation_never_crashes(void) {
  buf b = {0};
  build_full(&b);
  for (size_t k = 0; k < b.n; k++) {
    hearth_status s = decode(b.p, k, NULL);
    bool boundary = false;
    for (int i = 0; i < g_nbounds; i++) boundary |= g_bounds[i] == k;
    if (!boundary && s != HEARTH_ERR_MALFORMED) {
      fprintf(stderr, "prefix %zu: status %d (%s)\n", k, s, hearth_errmsg());
      CHECK(0);
    }
  }
  /* a mid-section cut reports the section and offset */
  CHECK_EQ_INT(decode(b.p, 20, NULL), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("at 0x"));
  b_free(&b);
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

/* Random byte mutations of the full module: any status is fine, crashes and leaks are not. */
static void mutations_never_crash(void) {
  buf b = {0};
  build_full(&b);
  uint32_t seed = 12345;
  uint8_t *c = malloc(b.n);
  CHECK(c != NULL);
  int ok = 0;
  for (int it = 0; it < 20000; it++) {
    memcpy(c, b.p, b.n);
    for (int j = 0; j < 1 + it % 3; j++) {
      seed = seed * 1103515245u + 12345u;
      size_t pos = 8 + (seed >> 8) % (b.n - 8);
      seed = seed * 1103515245u + 12345u;
      c[pos] = (uint8_t)(seed >> 16);
    }
    hearth_status s = decode(c, b.n, NULL);
    CHECK(s == HEARTH_OK || s == HEARTH_ERR_MALFORMED || s == HEARTH_ERR_INVALID);
    ok += s == HEARTH_OK;
  }
  CHECK(ok < 20000);
  free(c);
  b_free(&b);
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

/* CPU time of this thread: unlike wall time it does not grow when the machine is busy, and a decoder
 * that looped over a hostile count of 2^32 would still take seconds of it. */
static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Hostile counts fail fast without large allocations. */
static void huge_counts(void) {
  static const uint8_t sec_ids[] = {1, 2, 3, 4, 5, 6, 7, 9, 10, 11};
  for (size_t i = 0; i < sizeof sec_ids; i++) {
    size_t peak0 = hearth_alloc_peak();
    double t0 = now_s();
    CHECK_EQ_INT(decode_one(sec_ids[i], 6, "\xff\xff\xff\xff\x0f\x00"), HEARTH_ERR_MALFORMED);
    CHECK(now_s() - t0 < 0.5);
    CHECK(hearth_alloc_peak() - peak0 < 4096);
  }
  /* a function type with 2^32-1 params, an elem with 2^32-1 items, locals 2^32-1 */
  CHECK_EQ_INT(decode_one(1, 8, "\x01\x60\xff\xff\xff\xff\x0f\x7f"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(9, 9, "\x01\x01\x00\xff\xff\xff\xff\x0f\x00"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(11, 9, "\x01\x01\xff\xff\xff\xff\x0f\x00\x00"), HEARTH_ERR_MALFORMED);
  /* section size beyond the file */
  CHECK_EQ_INT(decode_one(0, 0, ""), HEARTH_ERR_MALFORMED); /* custom without a name */
  CHECK_EQ_INT(decode((const uint8_t *)"\0asm\1\0\0\0\1\xff\xff\xff\xff\x0f", 14, NULL),
               HEARTH_ERR_MALFORMED);
  CHECK(msg_has("length out of bounds"));
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

static void leb128_rules(void) {
  /* memory min 2 with a non-minimal (allowed) encoding */
  CHECK_EQ_INT(decode_one(5, 7, "\x01\x00\x82\x80\x80\x80\x00"), HEARTH_OK);
  /* limits are u64 since 3.0 (memory64): one byte too many is 11 bytes, unused bits are in the
   * 10th; a value past 2^32 decodes and is then too large a memory */
  CHECK_EQ_INT(decode_one(5, 13, "\x01\x00\x82\x80\x80\x80\x80\x80\x80\x80\x80\x80\x00"),
               HEARTH_ERR_MALFORMED);
  CHECK(msg_has("integer representation too long"));
  CHECK_EQ_INT(decode_one(5, 12, "\x01\x00\x82\x80\x80\x80\x80\x80\x80\x80\x80\x02"),
               HEARTH_ERR_MALFORMED);
  CHECK(msg_has("integer too large"));
  CHECK_EQ_INT(decode_one(5, 8, "\x01\x00\x82\x80\x80\x80\x80\x00"), HEARTH_OK); /* padded 2 */
  CHECK_EQ_INT(decode_one(5, 7, "\x01\x00\x82\x80\x80\x80\x10"), HEARTH_ERR_INVALID);
  CHECK(msg_has("memory size"));
  /* s32: i32.const -1 with unused bits unset; i32.const 0 with them set; a good -1 */
  CHECK_EQ_INT(decode_one(6, 10, "\x01\x7f\x00\x41\xff\xff\xff\xff\x0f\x0b"), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("integer too large"));
  CHECK_EQ_INT(decode_one(6, 10, "\x01\x7f\x00\x41\x80\x80\x80\x80\x70\x0b"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(6, 10, "\x01\x7f\x00\x41\xff\xff\xff\xff\x7f\x0b"), HEARTH_OK);
  CHECK_EQ_INT(decode_one(6, 11, "\x01\x7f\x00\x41\x80\x80\x80\x80\x80\x00\x0b"),
               HEARTH_ERR_MALFORMED);
  CHECK(msg_has("integer representation too long"));
  /* s64 */
  CHECK_EQ_INT(decode_one(6, 15, "\x01\x7e\x00\x42\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f\x0b"),
               HEARTH_OK);
  CHECK_EQ_INT(decode_one(6, 15, "\x01\x7e\x00\x42\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x0b"),
               HEARTH_ERR_MALFORMED);
  CHECK(msg_has("integer too large"));
  CHECK_EQ_INT(decode_one(6, 15, "\x01\x7e\x00\x42\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7e\x0b"),
               HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(
      decode_one(6, 16, "\x01\x7e\x00\x42\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x00\x0b"),
      HEARTH_ERR_MALFORMED);
  CHECK(msg_has("integer representation too long"));
  /* values decoded exactly */
  buf b = {0}, s = {0};
  b_header(&b);
  b_u32(&s, 2);
  b_bytes(&s, 3, "\x7f\x00\x41");
  b_s64(&s, -123456);
  b_byte(&s, 0x0b);
  b_bytes(&s, 3, "\x7e\x00\x42");
  b_s64(&s, INT64_MIN);
  b_byte(&s, 0x0b);
  b_section(&b, 6, &s);
  hearth_module *m;
  CHECK_EQ_INT(decode(b.p, b.n, &m), HEARTH_OK);
  CHECK(m->global_init[0].bits[0] == (uint32_t)-123456);
  CHECK(m->global_init[1].bits[0] == (uint64_t)INT64_MIN);
  t_free_module(m);
  b_free(&b);
  b_free(&s);
}

static void section_framing(void) {
  buf b = {0}, s = {0};
  /* out of order: memory after global */
  b_header(&b);
  b_bytes(&s, 1, "\x00"); b_section(&b, 6, &s);
  b_bytes(&s, 1, "\x00"); b_section(&b, 5, &s);
  CHECK_EQ_INT(decode_buf(&b), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("unexpected content after last section"));
  /* duplicate */
  b.n = 0;
  b_header(&b);
  b_bytes(&s, 1, "\x00"); b_section(&b, 1, &s);
  b_bytes(&s, 1, "\x00"); b_section(&b, 1, &s);
  CHECK_EQ_INT(decode_buf(&b), HEARTH_ERR_MALFORMED);
  /* datacount (12) goes before code (10) */
  b.n = 0;
  b_header(&b);
  b_bytes(&s, 1, "\x00"); b_section(&b, 12, &s);
  b_bytes(&s, 1, "\x00"); b_section(&b, 10, &s);
  b_bytes(&s, 1, "\x00"); b_section(&b, 11, &s);
  CHECK_EQ_INT(decode_buf(&b), HEARTH_OK);
  b.n = 0;
  b_header(&b);
  b_bytes(&s, 1, "\x00"); b_section(&b, 10, &s);
  b_bytes(&s, 1, "\x00"); b_section(&b, 12, &s);
  CHECK_EQ_INT(decode_buf(&b), HEARTH_ERR_MALFORMED);
  /* custom sections anywhere, even repeated */
  b.n = 0;
  b_header(&b);
  b_name(&s, "a"); b_section(&b, 0, &s);
  b_bytes(&s, 1, "\x00"); b_section(&b, 1, &s);
  b_name(&s, "a"); b_section(&b, 0, &s);
  CHECK_EQ_INT(decode_buf(&b), HEARTH_OK);
  /* unknown section id, trailing junk, size mismatch */
  CHECK_EQ_INT(decode_one(14, 1, "\x00"), HEARTH_ERR_MALFORMED); /* 13 is the tag section */
  CHECK(msg_has("malformed section id"));
  CHECK_EQ_INT(decode((const uint8_t *)"\0asm\1\0\0\0\x01", 9, NULL), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(1, 2, "\x00\x00"), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("section size mismatch"));
  b_free(&b);
  b_free(&s);
}

static void function_code_counts(void) {
  buf b = {0}, s = {0};
  b_header(&b);
  b_bytes(&s, 4, "\x01\x60\x00\x00"); b_section(&b, 1, &s);
  b_bytes(&s, 3, "\x02\x00\x00"); b_section(&b, 3, &s);
  CHECK_EQ_INT(decode_buf(&b), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("function and code section have inconsistent lengths"));
  b_bytes(&s, 4, "\x01\x02\x00\x0b"); b_section(&b, 10, &s);
  CHECK_EQ_INT(decode_buf(&b), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("inconsistent lengths"));
  /* code without function section */
  CHECK_EQ_INT(decode_one(10, 4, "\x01\x02\x00\x0b"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(10, 1, "\x00"), HEARTH_OK);
  CHECK_EQ_INT(decode_one(3, 1, "\x00"), HEARTH_OK);
  /* data count mismatch, both ways */
  b.n = 0;
  b_header(&b);
  b_bytes(&s, 1, "\x01"); b_section(&b, 12, &s);
  CHECK_EQ_INT(decode_buf(&b), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("data count and data section have inconsistent lengths"));
  b_bytes(&s, 5, "\x02\x01\x00\x01\x00"); b_section(&b, 11, &s);
  CHECK_EQ_INT(decode_buf(&b), HEARTH_ERR_MALFORMED);
  b_free(&b);
  b_free(&s);
}

static void locals_rules(void) {
  buf b = {0}, s = {0};
  const char *bodies[] = {
      "\x0a\x02\x80\x80\x80\x80\x10\x7f\x02\x7e\x0b", /* count > u32: integer too large */
      "\x0a\x02\xff\xff\xff\xff\x0f\x7f\x02\x7e\x0b", /* sum > 2^32-1 */
      "\x06\x01\xd1\x86\x03\x7f\x0b",                 /* 50001 > H_MAX_LOCALS */
      "\x04\x01\x01\x40\x0b",                         /* bad value type */
      "\x03\x00\x01\x01",                             /* missing end */
      "\x04\x01\x01\x7f\x0b",                         /* fine: 1 i32 local */
  };
  const char *msgs[] = {"integer too large", "too many locals", "too many locals",
                        "malformed value type", "END opcode expected", NULL};
  size_t lens[] = {11, 11, 7, 5, 4, 5};
  for (size_t i = 0; i < 6; i++) {
    b.n = 0;
    b_header(&b);
    b_bytes(&s, 4, "\x01\x60\x00\x00"); b_section(&b, 1, &s);
    b_bytes(&s, 2, "\x01\x00"); b_section(&b, 3, &s);
    b_byte(&s, 1);
    b_bytes(&s, lens[i], bodies[i]);
    b_section(&b, 10, &s);
    hearth_status st = decode_buf(&b);
    if (msgs[i]) {
      CHECK_EQ_INT(st, HEARTH_ERR_MALFORMED);
      if (!msg_has(msgs[i])) fprintf(stderr, "case %zu: %s\n", i, hearth_errmsg());
      CHECK(msg_has(msgs[i]));
    } else {
      CHECK_EQ_INT(st, HEARTH_OK);
    }
  }
  /* exactly H_MAX_LOCALS is fine */
  b.n = 0;
  b_header(&b);
  b_bytes(&s, 4, "\x01\x60\x00\x00"); b_section(&b, 1, &s);
  b_bytes(&s, 2, "\x01\x00"); b_section(&b, 3, &s);
  b_bytes(&s, 8, "\x01\x06\x01\xd0\x86\x03\x7f\x0b"); b_section(&b, 10, &s);
  CHECK_EQ_INT(decode_buf(&b), HEARTH_OK);
  b_free(&b);
  b_free(&s);
}

static void malformed_encodings(void) {
  /* import kinds, limits flags, mutability, value and reference types */
  CHECK_EQ_INT(decode_one(2, 4, "\x01\x00\x00\x05"), HEARTH_ERR_MALFORMED); /* 4: tag */
  CHECK(msg_has("malformed import kind"));
  CHECK_EQ_INT(decode_one(4, 3, "\x01\x70\x02"), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("integer too large"));
  CHECK_EQ_INT(decode_one(5, 4, "\x01\x81\x00\x00"), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("integer representation too long"));
  CHECK_EQ_INT(decode_one(6, 5, "\x01\x7f\x02\xd0\x0b"), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("malformed mutability"));
  CHECK_EQ_INT(decode_one(6, 6, "\x01\x7a\x00\x41\x00\x0b"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(4, 4, "\x01\x7f\x00\x00"), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("malformed reference type"));
  CHECK_EQ_INT(decode_one(1, 5, "\x01\x60\x01\x40\x00"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(1, 4, "\x01\x61\x00\x00"), HEARTH_ERR_MALFORMED);
  /* element kinds and flags */
  CHECK_EQ_INT(decode_one(9, 4, "\x01\x08\x00\x00"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(9, 4, "\x01\x01\x01\x00"), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("malformed element kind"));
  CHECK_EQ_INT(decode_one(9, 7, "\x01\x05\x7f\x01\xd2\x00\x0b"), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("malformed reference type"));
  CHECK_EQ_INT(decode_one(9, 7, "\x01\x05\x70\x01\xf3\x00\x0b"), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("illegal opcode"));
  /* data flags and lengths */
  CHECK_EQ_INT(decode_one(11, 3, "\x01\x03\x00"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(11, 4, "\x01\x01\x05\x00"), HEARTH_ERR_MALFORMED);
  /* export kind */
  CHECK_EQ_INT(decode_one(7, 4, "\x01\x00\x05\x00"), HEARTH_ERR_MALFORMED); /* 4: tag */
}

static void utf8_names(void) {
  static const char *const bad[] = {
      "\x80", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
      "\xf5\x80\x80\x80", "\xc2", "\xe1\x80", "\xfe", "\xc2\x41"};
  static const char *const good[] = {"", "abc", "\xc2\x80", "\xe0\xa0\x80", "\xed\x9f\xbf",
                                     "\xee\x80\x80", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf"};
  buf b = {0}, s = {0};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    /* as a custom section name and as an import field name */
    b.n = 0;
    b_header(&b);
    b_name(&s, bad[i]);
    b_section(&b, 0, &s);
    CHECK_EQ_INT(decode_buf(&b), HEARTH_ERR_MALFORMED);
    CHECK(msg_has("malformed UTF-8 encoding"));
    b.n = 0;
    b_header(&b);
    b_u32(&s, 1); b_name(&s, "m"); b_name(&s, bad[i]); b_bytes(&s, 3, "\x03\x7f\x00");
    b_section(&b, 2, &s);
    CHECK_EQ_INT(decode_buf(&b), HEARTH_ERR_MALFORMED);
  }
  for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
    b.n = 0;
    b_header(&b);
    b_bytes(&s, 3, "\x01\x00\x00");
    b_section(&b, 5, &s);
    b_u32(&s, 1); b_name(&s, good[i]); b_byte(&s, 2); b_u32(&s, 0);
    b_section(&b, 7, &s);
    hearth_status st = decode_buf(&b);
    if (st) fprintf(stderr, "good name %zu: %s\n", i, hearth_errmsg());
    CHECK_EQ_INT(st, HEARTH_OK);
  }
  b_free(&b);
  b_free(&s);
}

static void name_section_malformed_ignored(void) {
  buf b = {0}, s = {0}, sub = {0};
  b_header(&b);
  b_bytes(&s, 4, "\x01\x60\x00\x00"); b_section(&b, 1, &s);
  b_bytes(&s, 2, "\x01\x00"); b_section(&b, 3, &s);
  b_bytes(&s, 4, "\x01\x02\x00\x0b"); b_section(&b, 10, &s);
  size_t base = b.n;
  /* function names with an out-of-range index */
  b_name(&s, "name");
  b_u32(&sub, 1); b_u32(&sub, 7); b_name(&sub, "x");
  b_section(&s, 1, &sub);
  b_section(&b, 0, &s);
  hearth_module *m;
  CHECK_EQ_INT(decode(b.p, b.n, &m), HEARTH_OK);
  CHECK(m->func_names == NULL);
  CHECK(m->module_name == NULL);
  CHECK_EQ_INT(m->ncustoms, 1);
  t_free_module(m);
  /* truncated subsection and bad UTF-8 */
  b.n = base;
  b_name(&s, "name");
  b_bytes(&s, 3, "\x00\x05\x01");
  b_section(&b, 0, &s);
  CHECK_EQ_INT(decode(b.p, b.n, NULL), HEARTH_OK);
  b.n = base;
  b_name(&s, "name");
  b_bytes(&s, 4, "\x00\x02\x01\xff");
  b_section(&b, 0, &s);
  CHECK_EQ_INT(decode(b.p, b.n, NULL), HEARTH_OK);
  /* a good one */
  b.n = base;
  b_name(&s, "name");
  b_u32(&sub, 1); b_u32(&sub, 0); b_name(&sub, "main");
  b_section(&s, 1, &sub);
  b_section(&b, 0, &s);
  CHECK_EQ_INT(decode(b.p, b.n, &m), HEARTH_OK);
  CHECK_STR(m->func_names[0], "main");
  t_free_module(m);
  b_free(&b);
  b_free(&s);
  b_free(&sub);
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

static void const_exprs(void) {
  /* known non-constant instruction: INVALID; unknown opcode: MALFORMED */
  CHECK_EQ_INT(decode_one(6, 7, "\x01\x7f\x00\x41\x00\x6e\x0b"), HEARTH_ERR_INVALID);
  CHECK(msg_has("constant expression required"));
  /* extended constant expressions (3.0): i32/i64 add, sub, mul with the stack discipline */
  CHECK_EQ_INT(decode_one(6, 7, "\x01\x7f\x00\x41\x00\x6a\x0b"), HEARTH_ERR_INVALID);
  CHECK(msg_has("type mismatch"));
  CHECK_EQ_INT(decode_one(6, 9, "\x01\x7f\x00\x41\x02\x41\x03\x6c\x0b"), HEARTH_OK);
  CHECK_EQ_INT(decode_one(6, 9, "\x01\x7f\x00\x41\x02\x41\x03\x7c\x0b"), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(decode_one(6, 9, "\x01\x7e\x00\x42\x02\x42\x03\x7d\x0b"), HEARTH_OK);
  CHECK_EQ_INT(decode_one(6, 8, "\x01\x7f\x00\x41\x02\x41\x03\x0b"), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(decode_one(6, 5, "\x01\x7f\x00\x01\x0b"), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(decode_one(6, 5, "\x01\x7f\x00\xff\x0b"), HEARTH_ERR_MALFORMED);
  CHECK(msg_has("illegal opcode"));
  /* empty, or two values: type mismatch */
  CHECK_EQ_INT(decode_one(6, 4, "\x01\x7f\x00\x0b"), HEARTH_ERR_INVALID);
  CHECK(msg_has("type mismatch"));
  CHECK_EQ_INT(decode_one(6, 7, "\x01\x7f\x00\x41\x00\x41\x00"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(6, 8, "\x01\x7f\x00\x41\x00\x41\x00\x0b"), HEARTH_ERR_INVALID);
  CHECK(msg_has("type mismatch"));
  /* a later malformation wins over an earlier deferred type mismatch */
  buf b = {0}, s = {0};
  b_header(&b);
  b_bytes(&s, 4, "\x01\x7f\x00\x0b"); b_section(&b, 6, &s);
  b_bytes(&s, 4, "\x01\x00\x09\x00"); b_section(&b, 7, &s); /* bad export kind */
  CHECK_EQ_INT(decode_buf(&b), HEARTH_ERR_MALFORMED);
  /* wrong type, f32/f64 bits */
  CHECK_EQ_INT(decode_one(6, 8, "\x01\x7f\x00\x43\x00\x00\x80\x3f"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(6, 9, "\x01\x7f\x00\x43\x00\x00\x80\x3f\x0b"), HEARTH_ERR_INVALID);
  b.n = 0;
  b_header(&b);
  b_bytes(&s, 19, "\x02\x7d\x00\x43\x00\x00\x80\x3f\x0b\x7c\x01\x44\x00\x00\x00\x00\x00\x00\xf0");
  b_bytes(&s, 2, "\x3f\x0b");
  b_section(&b, 6, &s);
  hearth_module *m;
  CHECK_EQ_INT(decode(b.p, b.n, &m), HEARTH_OK);
  CHECK(m->global_init[0].bits[0] == 0x3f800000u);
  CHECK(m->global_init[1].bits[0] == 0x3ff0000000000000ull);
  t_free_module(m);
  b_free(&b);
  b_free(&s);
}

/* Builds: imports global "g" (type gt, mut), then one defined global of type t with init expr. */
static hearth_status global_case(uint8_t gt, uint8_t gmut, uint8_t t, size_t n, const char *init) {
  buf b = {0}, s = {0};
  b_header(&b);
  b_u32(&s, 1); b_name(&s, "m"); b_name(&s, "g"); b_byte(&s, 3); b_byte(&s, gt); b_byte(&s, gmut);
  b_section(&b, 2, &s);
  b_u32(&s, 1); b_byte(&s, t); b_byte(&s, 0); b_bytes(&s, n, init);
  b_section(&b, 6, &s);
  hearth_status st = decode_buf(&b);
  b_free(&b);
  b_free(&s);
  return st;
}

static void global_validation(void) {
  CHECK_EQ_INT(global_case(H_T_I32, 0, H_T_I32, 3, "\x23\x00\x0b"), HEARTH_OK);
  CHECK_EQ_INT(global_case(H_T_I32, 1, H_T_I32, 3, "\x23\x00\x0b"), HEARTH_ERR_INVALID);
  CHECK(msg_has("constant expression required"));
  CHECK_EQ_INT(global_case(H_T_I64, 0, H_T_I32, 3, "\x23\x00\x0b"), HEARTH_ERR_INVALID);
  CHECK(msg_has("type mismatch"));
  CHECK_EQ_INT(global_case(H_T_I32, 0, H_T_I32, 3, "\x23\x01\x0b"), HEARTH_ERR_INVALID);
  CHECK(msg_has("unknown global"));
  CHECK_EQ_INT(global_case(H_T_EXTERNREF, 0, H_T_FUNCREF, 3, "\x23\x00\x0b"), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(global_case(H_T_I32, 0, H_T_FUNCREF, 3, "\xd0\x70\x0b"), HEARTH_OK);
  CHECK_EQ_INT(global_case(H_T_I32, 0, H_T_FUNCREF, 3, "\xd0\x6f\x0b"), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(global_case(H_T_I32, 0, H_T_FUNCREF, 3, "\xd2\x00\x0b"), HEARTH_ERR_INVALID);
  CHECK(msg_has("unknown function"));
  /* global.get of an earlier module-defined immutable global: allowed in 3.0 (not in 2.0: see
   * test_runtime / the 2.0 spec suite, run with hearth_config.wasm2_only); a later one is not */
  CHECK_EQ_INT(decode_one(6, 9, "\x02\x7f\x00\x41\x00\x0b\x7f\x00\x23"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(6, 10, "\x02\x7f\x00\x41\x00\x0b\x7f\x00\x23\x00"),
               HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(6, 11, "\x02\x7f\x00\x41\x00\x0b\x7f\x00\x23\x00\x0b"), HEARTH_OK);
  CHECK_EQ_INT(decode_one(6, 11, "\x02\x7f\x00\x23\x01\x0b\x7f\x00\x41\x00\x0b"),
               HEARTH_ERR_INVALID);
  CHECK(msg_has("unknown global 1"));
  CHECK_EQ_INT(decode_one(6, 11, "\x02\x7f\x01\x41\x00\x0b\x7f\x00\x23\x00\x0b"),
               HEARTH_ERR_INVALID);
  CHECK(msg_has("constant expression required"));
}

static void module_validation(void) {
  /* memories: count, size, min <= max */
  CHECK_EQ_INT(decode_one(5, 5, "\x02\x00\x00\x00\x00"), HEARTH_OK); /* 3.0: multiple memories */
  CHECK_EQ_INT(decode_one(5, 5, "\x01\x00\x81\x80\x04"), HEARTH_ERR_INVALID);
  CHECK(msg_has("memory size must be at most 65536 pages (4GiB)"));
  CHECK_EQ_INT(decode_one(5, 5, "\x01\x00\x80\x80\x04"), HEARTH_OK);
  CHECK_EQ_INT(decode_one(5, 4, "\x01\x01\x02\x01"), HEARTH_ERR_INVALID);
  CHECK(msg_has("size minimum must not be greater than maximum"));
  CHECK_EQ_INT(decode_one(4, 5, "\x01\x70\x01\x02\x01"), HEARTH_ERR_INVALID);
  CHECK_EQ_INT(decode_one(4, 8, "\x01\x70\x00\x80\x80\x80\x80\x10"), HEARTH_ERR_INVALID);
  CHECK(msg_has("table size"));
  CHECK_EQ_INT(decode_one(4, 8, "\x01\x70\x00\xff\xff\xff\xff\x0f"), HEARTH_OK);
  /* unknown type (function section, import) */
  CHECK_EQ_INT(decode_one(3, 2, "\x01\x00"), HEARTH_ERR_MALFORMED); /* no code section */
  CHECK_EQ_INT(decode_one(2, 6, "\x01\x00\x00\x00\x00\x00"), HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(decode_one(2, 5, "\x01\x00\x00\x00\x00"), HEARTH_ERR_INVALID);
  CHECK(msg_has("unknown type"));

  buf b = {0}, s = {0};
  /* start function type, duplicate exports, export ranges, elem/data needs */
  struct {
    uint8_t id;
    size_t n;
    const char *c;
    hearth_status want;
    const char *msg;
  } cases[] = {
      {8, 1, "\x01", HEARTH_ERR_INVALID, "start function"},
      {8, 1, "\x05", HEARTH_ERR_INVALID, "unknown function"},
      {8, 1, "\x00", HEARTH_OK, NULL},
      {7, 7, "\x02\x01\x61\x00\x00\x01\x61", HEARTH_ERR_MALFORMED, NULL},
      {7, 9, "\x02\x01\x61\x00\x00\x01\x61\x00\x01", HEARTH_ERR_INVALID, "duplicate export name"},
      {7, 9, "\x02\x01\x61\x00\x00\x01\x62\x00\x00", HEARTH_OK, NULL},
      {7, 5, "\x01\x01\x61\x00\x02", HEARTH_ERR_INVALID, "unknown function 2"},
      {7, 5, "\x01\x01\x61\x01\x00", HEARTH_ERR_INVALID, "unknown table 0"},
      {7, 5, "\x01\x01\x61\x02\x00", HEARTH_ERR_INVALID, "unknown memory 0"},
      {7, 5, "\x01\x01\x61\x03\x00", HEARTH_ERR_INVALID, "unknown global 0"},
      {9, 7, "\x01\x00\x41\x00\x0b\x01\x00", HEARTH_ERR_INVALID, "unknown table 0"},
      {9, 6, "\x01\x01\x00\x01\x05\x00", HEARTH_ERR_MALFORMED, NULL},
      {9, 5, "\x01\x01\x00\x01\x05", HEARTH_ERR_INVALID, "unknown function 5"},
      {9, 5, "\x01\x03\x00\x01\x01", HEARTH_OK, NULL},
      {9, 7, "\x01\x05\x6f\x01\xd0\x70\x0b", HEARTH_ERR_INVALID, "type mismatch"},
      {9, 7, "\x01\x05\x6f\x01\xd2\x00\x0b", HEARTH_ERR_INVALID, "type mismatch"},
      {9, 7, "\x01\x05\x70\x01\x42\x00\x0b", HEARTH_ERR_INVALID, "type mismatch"},
      {11, 6, "\x01\x00\x41\x00\x0b\x00", HEARTH_ERR_INVALID, "unknown memory 0"},
      {11, 3, "\x01\x01\x00", HEARTH_OK, NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    b.n = 0;
    b_header(&b);
    b_bytes(&s, 8, "\x02\x60\x00\x00\x60\x01\x7f\x00");
    b_section(&b, 1, &s);
    b_bytes(&s, 3, "\x02\x00\x01"); b_section(&b, 3, &s);
    if (cases[i].id != 11) { /* data goes after code */
      b_bytes(&s, cases[i].n, cases[i].c);
      b_section(&b, cases[i].id, &s);
    }
    b_bytes(&s, 7, "\x02\x02\x00\x0b\x02\x00\x0b"); b_section(&b, 10, &s);
    if (cases[i].id == 11) {
      b_bytes(&s, cases[i].n, cases[i].c);
      b_section(&b, cases[i].id, &s);
    }
    hearth_status st = decode_buf(&b);
    if (st != cases[i].want || (cases[i].msg && !msg_has(cases[i].msg)))
      fprintf(stderr, "case %zu: status %d: %s\n", i, st, hearth_errmsg());
    CHECK_EQ_INT(st, cases[i].want);
    if (cases[i].msg) CHECK(msg_has(cases[i].msg));
  }
  /* active elem into an externref table with funcref items */
  b.n = 0;
  b_header(&b);
  b_bytes(&s, 4, "\x01\x6f\x00\x00"); b_section(&b, 4, &s);
  b_bytes(&s, 6, "\x01\x04\x41\x00\x0b\x00"); b_section(&b, 9, &s);
  CHECK_EQ_INT(decode_buf(&b), HEARTH_ERR_INVALID);
  CHECK(msg_has("type mismatch"));
  b_free(&b);
  b_free(&s);
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

static void declared_refs(void) {
  /* funcs 0..3; only 1 (export), 2 (global init) are in C.refs; start and bodies don't count */
  buf b = {0}, s = {0};
  b_header(&b);
  b_bytes(&s, 4, "\x01\x60\x00\x00"); b_section(&b, 1, &s);
  b_bytes(&s, 5, "\x04\x00\x00\x00\x00"); b_section(&b, 3, &s);
  b_bytes(&s, 6, "\x01\x70\x00\xd2\x02\x0b"); b_section(&b, 6, &s);
  b_bytes(&s, 5, "\x01\x01\x66\x00\x01"); b_section(&b, 7, &s);
  b_bytes(&s, 1, "\x03"); b_section(&b, 8, &s);
  b_bytes(&s, 13, "\x04\x02\x00\x0b\x02\x00\x0b\x02\x00\x0b\x02\x00\x0b");
  b_section(&b, 10, &s);
  hearth_module *m;
  CHECK_EQ_INT(decode(b.p, b.n, &m), HEARTH_OK);
  CHECK(!m->func_declared[0]);
  CHECK(m->func_declared[1]);
  CHECK(m->func_declared[2]);
  CHECK(!m->func_declared[3]);
  CHECK(!m->has_datacount);
  t_free_module(m);
  b_free(&b);
  b_free(&s);
}

/* Decoding is linear: many exports (uniqueness check) and a large code section. */
static void large_module_speed(void) {
  buf b = {0}, s = {0};
  const uint32_t nf = 200000;
  b_header(&b);
  b_bytes(&s, 4, "\x01\x60\x00\x00"); b_section(&b, 1, &s);
  b_u32(&s, nf);
  for (uint32_t i = 0; i < nf; i++) b_byte(&s, 0);
  b_section(&b, 3, &s);
  b_u32(&s, nf);
  for (uint32_t i = 0; i < nf; i++) {
    char name[16];
    int len = snprintf(name, sizeof name, "f%u", i);
    b_u32(&s, (uint32_t)len);
    b_put(&s, name, (size_t)len);
    b_byte(&s, 0);
    b_u32(&s, i);
  }
  b_section(&b, 7, &s);
  /* bodies of ~80 bytes each: about 16 MB of code */
  static uint8_t body[84];
  body[0] = 83;
  body[1] = 1;
  body[2] = 3;
  body[3] = 0x7f;
  for (int i = 4; i < 83; i++) body[i] = 0x01; /* nop */
  body[83] = 0x0b;
  b_u32(&s, nf);
  for (uint32_t i = 0; i < nf; i++) b_put(&s, body, sizeof body);
  b_section(&b, 10, &s);
  double t0 = now_s();
  hearth_module *m;
  CHECK_EQ_INT(decode(b.p, b.n, &m), HEARTH_OK);
  double dt = now_s() - t0;
  fprintf(stderr, "decoded %zu bytes (%u functions, %u exports) in %.3f s\n", b.n, nf, nf, dt);
  CHECK(dt < 1.0);
  CHECK_EQ_INT(m->nexports, nf);
  CHECK(m->func_declared[nf - 1]);
  t_free_module(m);
  b_free(&b);
  b_free(&s);
  CHECK_EQ_INT(hearth_alloc_current(), 0);
}

T_MAIN(T_CASE(empty_module), T_CASE(full_module_fields), T_CASE(truncation_never_crashes),
       T_CASE(mutations_never_crash), T_CASE(huge_counts), T_CASE(leb128_rules),
       T_CASE(section_framing), T_CASE(function_code_counts), T_CASE(locals_rules),
       T_CASE(malformed_encodings), T_CASE(utf8_names), T_CASE(name_section_malformed_ignored),
       T_CASE(const_exprs), T_CASE(global_validation), T_CASE(module_validation),
       T_CASE(declared_refs), T_CASE(large_module_speed))
