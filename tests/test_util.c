/* test_util.c: the counting allocator, error details and status/trap strings. */
#include "internal.h"
#include "t.h"

static void alloc_counts_and_frees(void) {
  size_t base = hearth_alloc_current();
  void *p = h_malloc(1000);
  CHECK(p != NULL);
  CHECK_EQ_INT(hearth_alloc_current(), base + 1000);
  p = h_realloc(p, 5000);
  CHECK(p != NULL);
  CHECK_EQ_INT(hearth_alloc_current(), base + 5000);
  CHECK(hearth_alloc_peak() >= base + 5000);
  h_free(p);
  CHECK_EQ_INT(hearth_alloc_current(), base);
  h_free(NULL);
}

static void calloc_overflow_is_refused(void) {
  CHECK(h_calloc(SIZE_MAX / 2, 4) == NULL);
  CHECK(h_malloc(SIZE_MAX) == NULL);
  uint8_t *z = h_calloc(16, 4);
  CHECK(z != NULL);
  for (int i = 0; i < 64; i++) CHECK_EQ_INT(z[i], 0);
  h_free(z);
}

static void array_grow_doubles(void) {
  uint32_t *a = NULL, cap = 0;
  CHECK(h_array_grow((void **)&a, sizeof *a, &cap, 3));
  CHECK(cap >= 3);
  for (uint32_t i = 0; i < 100; i++) {
    CHECK(h_array_grow((void **)&a, sizeof *a, &cap, i + 1));
    a[i] = i;
  }
  for (uint32_t i = 0; i < 100; i++) CHECK_EQ_INT(a[i], i);
  CHECK(!h_array_grow((void **)&a, SIZE_MAX / 2, &cap, 1000));
  h_free(a);
}

static void errors_carry_detail(void) {
  CHECK_EQ_INT(h_err(HEARTH_ERR_MALFORMED, "section %d: %s", 3, "bad"), HEARTH_ERR_MALFORMED);
  CHECK_STR(hearth_errmsg(), "section 3: bad");
  h_err_clear();
  CHECK_STR(hearth_errmsg(), "");
  CHECK_STR(hearth_status_str(HEARTH_OK), "ok");
  CHECK_STR(hearth_status_str((hearth_status)999), "unknown status");
  CHECK_STR(hearth_trap_message(HEARTH_TRAP_INT_DIV_ZERO), "integer divide by zero");
  CHECK_STR(hearth_trap_message(HEARTH_TRAP_STACK_EXHAUSTED), "call stack exhausted");
  for (int s = 0; s < HEARTH_STATUS_COUNT; s++) CHECK(strcmp(hearth_status_str(s), "unknown status"));
  for (int t = 0; t < HEARTH_TRAP_COUNT; t++) CHECK(strcmp(hearth_trap_message(t), "unknown trap"));
}

static void functype_equality(void) {
  h_valtype p1[2] = {H_T_I32, H_T_V128}, r1[1] = {H_T_F64};
  h_valtype p2[2] = {H_T_I32, H_T_V128}, r2[1] = {H_T_F64};
  h_valtype p3[2] = {H_T_I32, H_T_I64};
  h_functype a = {2, 1, p1, r1, 0, 0, 0, NULL}, b = {2, 1, p2, r2, 0, 0, 0, NULL},
             c = {2, 1, p3, r1, 0, 0, 0, NULL};
  h_functype_finish(&a);
  h_functype_finish(&b);
  h_functype_finish(&c);
  CHECK_EQ_INT(a.param_slots, 3);
  CHECK_EQ_INT(a.result_slots, 1);
  CHECK(h_functype_eq(&a, &b));
  CHECK(!h_functype_eq(&a, &c));
  /* [i32] -> [] must differ from [] -> [i32]. */
  h_functype d = {1, 0, p1, NULL, 0, 0, 0, NULL}, e = {0, 1, NULL, p1, 0, 0, 0, NULL};
  h_functype_finish(&d);
  h_functype_finish(&e);
  CHECK(!h_functype_eq(&d, &e));
}

static void leb128_rules(void) {
  const uint8_t *p;
  uint32_t u;
  int64_t v;
  static const uint8_t u1[] = {0xE5, 0x8E, 0x26}, max32[] = {0xFF, 0xFF, 0xFF, 0xFF, 0x0F},
                       big32[] = {0xFF, 0xFF, 0xFF, 0xFF, 0x1F},
                       long32[] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, cut[] = {0x80, 0x80},
                       m1[] = {0x7F}, s33[] = {0xFF, 0xFF, 0xFF, 0xFF, 0x0F},
                       s32bad[] = {0xFF, 0xFF, 0xFF, 0xFF, 0x0F},
                       s64min[] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F};
  p = u1;
  CHECK_EQ_INT(h_leb_u32(&p, u1 + 3, &u), H_LEB_OK);
  CHECK_EQ_INT(u, 624485);
  CHECK(p == u1 + 3);
  p = max32;
  CHECK_EQ_INT(h_leb_u32(&p, max32 + 5, &u), H_LEB_OK);
  CHECK_EQ_INT(u, 0xFFFFFFFFu);
  p = big32;
  CHECK_EQ_INT(h_leb_u32(&p, big32 + 5, &u), H_LEB_TOO_LARGE);
  CHECK(p == big32); /* unchanged on failure */
  p = long32;
  CHECK_EQ_INT(h_leb_u32(&p, long32 + 6, &u), H_LEB_TOO_LONG);
  p = cut;
  CHECK_EQ_INT(h_leb_u32(&p, cut + 2, &u), H_LEB_EOF);
  p = m1;
  CHECK_EQ_INT(h_leb_s(&p, m1 + 1, 32, &v), H_LEB_OK);
  CHECK_EQ_INT(v, -1);
  p = s33; /* 0x0F in the 5th byte: 2^32-1 is a valid s33 (a block type index), too large for s32 */
  CHECK_EQ_INT(h_leb_s(&p, s33 + 5, 33, &v), H_LEB_OK);
  CHECK_EQ_INT(v, 4294967295LL);
  p = s32bad;
  CHECK_EQ_INT(h_leb_s(&p, s32bad + 5, 32, &v), H_LEB_TOO_LARGE);
  p = s64min;
  CHECK_EQ_INT(h_leb_s(&p, s64min + 10, 64, &v), H_LEB_OK);
  CHECK(v == INT64_MIN);
  CHECK_STR(h_leb_message(H_LEB_TOO_LONG), "integer representation too long");
  CHECK_STR(h_leb_message(H_LEB_TOO_LARGE), "integer too large");
}

/* hearth_parse_size / hearth_parse_duration: the one syntax of the CLI, serve and HEARTH_POOL_*. */
static void sizes_and_durations_parse(void) {
  static const struct { const char *text; uint64_t want; } ok[] = {
      {"0", 0}, {"4096", 4096}, {"4096B", 4096}, {"1k", 1024}, {"64M", 64ull << 20},
      {"64MiB", 64ull << 20}, {"2GB", 2ull << 30}, {"3t", 3ull << 40},
      {"18446744073709551615", UINT64_MAX}, {"16777215T", 16777215ull << 40}};
  for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
    uint64_t v = 7;
    CHECK(hearth_parse_size(ok[i].text, &v) == HEARTH_OK);
    CHECK(v == ok[i].want);
  }
  static const char *const bad[] = {"", "-1", " 5", "+5", "0x10", "5x", "5iB", "5MM", "1.5M",
                                    "18446744073709551616", "16777216T", "M"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    uint64_t v = 7;
    CHECK(hearth_parse_size(bad[i], &v) == HEARTH_ERR_ARGUMENT);
    CHECK_EQ_INT(v, 7); /* untouched */
  }
  CHECK(hearth_parse_size(NULL, &(uint64_t){0}) == HEARTH_ERR_ARGUMENT);

  static const struct { const char *text; uint64_t want; } dok[] = {
      {"30", 30000000000ull}, {"1.5s", 1500000000ull}, {"250ms", 250000000ull}, {"7us", 7000},
      {"9ns", 9}, {"2m", 120000000000ull}, {"1h", 3600000000000ull}, {".25", 250000000ull},
      {"0", 0}, {"0.0001ns", 1}};
  for (size_t i = 0; i < sizeof dok / sizeof *dok; i++) {
    uint64_t v = 7;
    CHECK(hearth_parse_duration(dok[i].text, &v) == HEARTH_OK);
    CHECK(v == dok[i].want);
  }
  static const char *const dbad[] = {"", "-1", " 1", "1 s", "1sec", "inf", "nan", "1e30",
                                     "5d", "s"};
  for (size_t i = 0; i < sizeof dbad / sizeof *dbad; i++) {
    uint64_t v = 7;
    CHECK(hearth_parse_duration(dbad[i], &v) == HEARTH_ERR_ARGUMENT);
    CHECK_EQ_INT(v, 7);
  }
}

T_MAIN(T_CASE(leb128_rules), T_CASE(alloc_counts_and_frees), T_CASE(calloc_overflow_is_refused),
       T_CASE(array_grow_doubles), T_CASE(errors_carry_detail), T_CASE(functype_equality),
       T_CASE(sizes_and_durations_parse))
