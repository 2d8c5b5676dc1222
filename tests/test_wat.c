/* test_wat.c: the text-format parser (wat.c): literals, abbreviations, error positions, 3.0 syntax
 * reported as unsupported, the public entry points (C API, pool, CLI), and random mutations of
 * valid texts that must never crash or leak. */
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "t.h"

#include "proc.h"

/* ------------------------------------------------------------------ helpers */

static hearth_engine *engine(void) {
  hearth_engine *e = NULL;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  return e;
}

/* Compiles text; returns the status and leaves the module (or NULL) in *m. */
static hearth_status compile(hearth_engine *e, const char *text, hearth_module **m) {
  *m = NULL;
  return hearth_module_new_wat(e, text, strlen(text), m);
}

/* Parses text that must fail with status st and a message starting with prefix. */
static void expect_error(const char *text, hearth_status st, const char *prefix) {
  uint8_t *bin = NULL;
  size_t n = 0;
  hearth_status s = h_wat_to_wasm(text, strlen(text), &bin, &n);
  if (s != st || (prefix && strncmp(hearth_errmsg(), prefix, strlen(prefix)) != 0)) {
    fprintf(stderr, "text: %s\nstatus %s, message \"%s\"; expected %s \"%s...\"\n", text,
            hearth_status_str(s), hearth_errmsg(), hearth_status_str(st), prefix ? prefix : "");
    CHECK(0);
  }
  CHECK(bin == NULL || s == HEARTH_OK);
}

/* Instantiates text and calls export name with i32/i64 args; returns the first result. */
static hearth_val call(const char *text, const char *name, const hearth_val *args, size_t na) {
  hearth_engine *e = engine();
  hearth_module *m;
  hearth_status s = compile(e, text, &m);
  if (s != HEARTH_OK) fprintf(stderr, "compile: %s %s\n", hearth_status_str(s), hearth_errmsg());
  CHECK(s == HEARTH_OK);
  hearth_store *st;
  CHECK(hearth_store_new(e, &st) == HEARTH_OK);
  hearth_instance *inst;
  s = hearth_instance_new(st, NULL, m, &inst);
  if (s != HEARTH_OK) fprintf(stderr, "instantiate: %s %s\n", hearth_status_str(s), hearth_errmsg());
  CHECK(s == HEARTH_OK);
  hearth_extern ext;
  CHECK(hearth_instance_export(inst, name, &ext) == HEARTH_OK);
  CHECK(ext.kind == HEARTH_EXTERN_FUNC);
  hearth_val r[4];
  memset(r, 0, sizeof r);
  const hearth_valtype *pt, *rt;
  size_t np, nr;
  hearth_func_type(ext.of.func, &pt, &np, &rt, &nr);
  CHECK(nr <= 4);
  s = hearth_func_call(ext.of.func, args, na, r, nr);
  if (s != HEARTH_OK) fprintf(stderr, "call: %s %s\n", hearth_status_str(s), hearth_errmsg());
  CHECK(s == HEARTH_OK);
  hearth_store_delete(st);
  hearth_module_delete(m);
  hearth_engine_delete(e);
  return r[0];
}

static hearth_val i32v(int32_t v) { return (hearth_val){.type = HEARTH_I32, .of.i32 = v}; }

/* ------------------------------------------------------------------ literals */

static void integer_literals(void) {
  uint64_t v;
  CHECK_EQ_INT(h_wat_int("0", 1, 32, &v), 0);
  CHECK_EQ_INT(v, 0);
  CHECK_EQ_INT(h_wat_int("1_000_000", 9, 32, &v), 0);
  CHECK_EQ_INT(v, 1000000);
  CHECK_EQ_INT(h_wat_int("0xffff_ffff", 11, 32, &v), 0);
  CHECK_EQ_INT(v, 0xffffffffu);
  CHECK_EQ_INT(h_wat_int("-0x8000_0000", 12, 32, &v), 0);
  CHECK_EQ_INT(v, 0x80000000u);
  CHECK_EQ_INT(h_wat_int("+42", 3, 32, &v), 0);
  CHECK_EQ_INT(v, 42);
  CHECK_EQ_INT(h_wat_int("-1", 2, 64, &v), 0);
  CHECK(v == UINT64_MAX);
  CHECK_EQ_INT(h_wat_int("18446744073709551615", 20, 64, &v), 0);
  CHECK(v == UINT64_MAX);
  /* out of range */
  CHECK_EQ_INT(h_wat_int("0x1_0000_0000", 13, 32, &v), 2);
  CHECK_EQ_INT(h_wat_int("-0x8000_0001", 12, 32, &v), 2);
  CHECK_EQ_INT(h_wat_int("18446744073709551616", 20, 64, &v), 2);
  CHECK_EQ_INT(h_wat_int("256", 3, 8, &v), 2);
  /* syntax: underscores only between digits, no empty digits */
  static const char *const bad[] = {"_1", "1_", "1__0", "0x", "0x_1", "--1", "1e3", "", "0xg", "+"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    CHECK_EQ_INT(h_wat_int(bad[i], strlen(bad[i]), 32, &v), 1);
}

static uint64_t f32_bits(const char *s) {
  uint64_t v = 0;
  int r = h_wat_float(s, strlen(s), 32, &v);
  if (r) fprintf(stderr, "f32 %s: %d\n", s, r);
  CHECK_EQ_INT(r, 0);
  return v;
}

static uint64_t f64_bits(const char *s) {
  uint64_t v = 0;
  int r = h_wat_float(s, strlen(s), 64, &v);
  if (r) fprintf(stderr, "f64 %s: %d\n", s, r);
  CHECK_EQ_INT(r, 0);
  return v;
}

static void float_literals(void) {
  CHECK_EQ_INT(f32_bits("1"), 0x3f800000);
  CHECK_EQ_INT(f32_bits("-0"), 0x80000000);
  CHECK_EQ_INT(f32_bits("0x1p-149"), 1);              /* smallest subnormal */
  CHECK_EQ_INT(f32_bits("0x1.fffffep127"), 0x7f7fffff); /* largest finite */
  CHECK_EQ_INT(f32_bits("3.4028235e38"), 0x7f7fffff);
  CHECK_EQ_INT(f32_bits("1_000.5"), 0x447a2000);
  CHECK_EQ_INT(f32_bits("0x1.8p1"), 0x40400000);
  CHECK_EQ_INT(f32_bits("1.e1"), 0x41200000);
  CHECK_EQ_INT(f32_bits("inf"), 0x7f800000);
  CHECK_EQ_INT(f32_bits("-inf"), 0xff800000);
  CHECK_EQ_INT(f32_bits("nan"), 0x7fc00000);
  CHECK_EQ_INT(f32_bits("-nan"), 0xffc00000);
  CHECK_EQ_INT(f32_bits("nan:0x200000"), 0x7fa00000);
  CHECK_EQ_INT(f32_bits("nan:0x1"), 0x7f800001);
  /* decimal to f32 rounds once (not through double): 1 + 2^-24 + 2^-60 rounds up */
  CHECK_EQ_INT(f32_bits("1.00000005960464477539062500000000000000000001"), 0x3f800001);
  CHECK(f64_bits("0.1") == 0x3fb999999999999aull);
  CHECK(f64_bits("0x1p-1074") == 1);
  CHECK(f64_bits("-0x1.fffffffffffffp1023") == 0xffefffffffffffffull);
  CHECK(f64_bits("nan:0xf_ffff_ffff_ffff") == 0x7fffffffffffffffull);
  uint64_t v;
  CHECK_EQ_INT(h_wat_float("1e39", 4, 32, &v), 2);         /* rounds to infinity */
  CHECK_EQ_INT(h_wat_float("0x1p128", 7, 32, &v), 2);
  CHECK_EQ_INT(h_wat_float("nan:0x0", 7, 32, &v), 2);      /* payload must be non-zero */
  CHECK_EQ_INT(h_wat_float("nan:0x800000", 12, 32, &v), 2); /* payload past the mantissa */
  static const char *const bad[] = {".5", "1._0", "1_.0", "0x.8", "1e", "1e_1", "0x1p", "infinity",
                                    "nan:1", "1.5.5", "0x1.0g", "--1.0"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    int r = h_wat_float(bad[i], strlen(bad[i]), 64, &v);
    if (r != 1) fprintf(stderr, "%s: %d\n", bad[i], r);
    CHECK_EQ_INT(r, 1);
  }
}

static void strings_and_data(void) {
  /* data strings: escapes, \hh bytes, \u{...} as UTF-8, several strings concatenated */
  const char *text =
      "(module (memory (export \"m\") 1)"
      "  (data (i32.const 0) \"a\\t\\n\\\"\\\\\" \"\\00\\ff\" \"\\u{e9}\\u{1F600}\")"
      "  (func (export \"get\") (param i32) (result i32) (i32.load8_u (local.get 0))))";
  static const uint8_t want[] = {'a', '\t', '\n', '"', '\\', 0, 0xff, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80};
  for (int i = 0; i < (int)sizeof want; i++) {
    hearth_val a = i32v(i);
    CHECK_EQ_INT(call(text, "get", &a, 1).of.i32, want[i]);
  }
  expect_error("(module (data \"\\q\"))", HEARTH_ERR_MALFORMED, "1:16: malformed escape");
  expect_error("(module (data \"abc))", HEARTH_ERR_MALFORMED, "1:15: unclosed string");
  expect_error("(module (data \"a\"\"b\"))", HEARTH_ERR_MALFORMED, NULL);
  expect_error("(module (data \"\\u{110000}\"))", HEARTH_ERR_MALFORMED, NULL);
}

/* ------------------------------------------------------------------ modules */

static void folded_and_flat_forms(void) {
  /* The same function in three shapes: folded, flat, and mixed with labels and end ids. */
  const char *text =
      "(module\n"
      "  (func (export \"folded\") (param $n i32) (result i32) (local $acc i32)\n"
      "    (block $done (loop $again\n"
      "      (br_if $done (i32.eqz (local.get $n)))\n"
      "      (local.set $acc (i32.add (local.get $acc) (local.get $n)))\n"
      "      (local.set $n (i32.sub (local.get $n) (i32.const 1)))\n"
      "      (br $again)))\n"
      "    (local.get $acc))\n"
      "  (func (export \"flat\") (param i32) (result i32) (local i32)\n"
      "    block $done\n"
      "      loop $again\n"
      "        local.get 0 i32.eqz br_if $done\n"
      "        local.get 1 local.get 0 i32.add local.set 1\n"
      "        local.get 0 i32.const 1 i32.sub local.set 0\n"
      "        br 0\n"
      "      end $again\n"
      "    end $done\n"
      "    local.get 1)\n"
      "  (func (export \"ifs\") (param i32) (result i32)\n"
      "    (if (result i32) (local.get 0) (then (i32.const 10)) (else (i32.const 20)))\n"
      "    local.get 0\n"
      "    if (result i32) i32.const 1 else i32.const 2 end\n"
      "    i32.add))\n";
  hearth_val a = i32v(100);
  CHECK_EQ_INT(call(text, "folded", &a, 1).of.i32, 5050);
  CHECK_EQ_INT(call(text, "flat", &a, 1).of.i32, 5050);
  CHECK_EQ_INT(call(text, "ifs", &a, 1).of.i32, 11);
  a = i32v(0);
  CHECK_EQ_INT(call(text, "ifs", &a, 1).of.i32, 22);
}

static void abbreviations(void) {
  /* inline exports and imports, implicit types shared with an explicit one, a table with inline
   * elements, a memory with inline data, call_indirect with an inline type use, multi-value
   * block types, select with a type, globals with inline export, start omitted. */
  const char *text =
      "(module $m\n"
      "  (type $ii (func (param i32) (result i32)))\n"
      "  (func $double (export \"double\") (export \"twice\") (type $ii) (i32.mul (local.get 0) (i32.const 2)))\n"
      "  (func $inc (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))\n"
      "  (table $t (export \"t\") funcref (elem $double $inc))\n"
      "  (memory (export \"mem\") (data \"\\2a\"))\n"
      "  (global $g (export \"g\") (mut i32) (i32.const 7))\n"
      "  (func (export \"dispatch\") (param i32 i32) (result i32)\n"
      "    (call_indirect $t (param i32) (result i32) (local.get 1) (local.get 0)))\n"
      "  (func (export \"pair\") (result i32)\n"
      "    (block (result i32 i32) (i32.const 3) (i32.const 4)) (i32.add))\n"
      "  (func (export \"sel\") (param i32) (result i32)\n"
      "    (select (result i32) (i32.const 5) (i32.const 6) (local.get 0)))\n"
      "  (func (export \"mem0\") (result i32) (i32.load8_u offset=0 align=1 (i32.const 0)))\n"
      "  (func (export \"glob\") (result i32) (global.set $g (i32.const 9)) (global.get $g))\n"
      ")\n";
  hearth_val a[2] = {i32v(0), i32v(21)};
  CHECK_EQ_INT(call(text, "double", &a[1], 1).of.i32, 42);
  CHECK_EQ_INT(call(text, "twice", &a[1], 1).of.i32, 42);
  CHECK_EQ_INT(call(text, "dispatch", a, 2).of.i32, 42);
  a[0] = i32v(1);
  CHECK_EQ_INT(call(text, "dispatch", a, 2).of.i32, 22);
  CHECK_EQ_INT(call(text, "pair", NULL, 0).of.i32, 7);
  CHECK_EQ_INT(call(text, "sel", &a[0], 1).of.i32, 5);
  CHECK_EQ_INT(call(text, "mem0", NULL, 0).of.i32, 42);
  CHECK_EQ_INT(call(text, "glob", NULL, 0).of.i32, 9);
  /* Bare fields (no (module ...) wrapper), comments and annotations anywhere. */
  const char *bare = ";; line comment\n(; block (; nested ;) comment ;)\n"
                     "(func (@note \"x\" (nested)) (export \"f\") (result i64) (i64.const -0x10))";
  CHECK_EQ_INT(call(bare, "f", NULL, 0).of.i64, -16);
  /* (module binary ...) and (module quote ...) */
  const char *bin = "(module binary \"\\00asm\" \"\\01\\00\\00\\00\")";
  hearth_engine *e = engine();
  hearth_module *m;
  CHECK(compile(e, bin, &m) == HEARTH_OK);
  hearth_module_delete(m);
  hearth_engine_delete(e);
  const char *quote = "(module quote \"(func (export \\\"q\\\") (result i32)\" \"(i32.const 77))\")";
  CHECK_EQ_INT(call(quote, "q", NULL, 0).of.i32, 77);
}

static void simd_and_bulk(void) {
  const char *text =
      "(module (memory 1)\n"
      "  (func (export \"lanes\") (result i32)\n"
      "    (i32x4.extract_lane 2 (i32x4.add (v128.const i32x4 1 2 3 4) (v128.const i8x16 1 0 0 0 1 0 0 0 1 0 0 0 1 0 0 0))))\n"
      "  (func (export \"shuf\") (result i32)\n"
      "    (i8x16.extract_lane_u 0 (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0\n"
      "      (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15) (v128.const i64x2 0 0))))\n"
      "  (func (export \"fl\") (result i32)\n"
      "    (i32.trunc_f32_s (f32x4.extract_lane 1 (v128.const f32x4 1.5 0x1p3 -inf nan))))\n"
      "  (func (export \"fill\") (result i32)\n"
      "    (memory.fill (i32.const 10) (i32.const 0xab) (i32.const 4))\n"
      "    (v128.store offset=16 (i32.const 0) (v128.load (i32.const 0)))\n"
      "    (i32.load8_u (i32.const 12)))\n"
      ")\n";
  CHECK_EQ_INT(call(text, "lanes", NULL, 0).of.i32, 4);
  CHECK_EQ_INT(call(text, "shuf", NULL, 0).of.i32, 15);
  CHECK_EQ_INT(call(text, "fl", NULL, 0).of.i32, 8);
  CHECK_EQ_INT(call(text, "fill", NULL, 0).of.i32, 0xab);
}

/* ------------------------------------------------------------------ errors */

static void error_positions(void) {
  expect_error("(module\n  (func (i32.add (i32.const 1) (i32.const 0x1_0000_0000))))",
               HEARTH_ERR_MALFORMED, "2:43: i32 constant out of range");
  expect_error("(module\n\n   (func (i32.bogus)))", HEARTH_ERR_MALFORMED,
               "3:11: unknown operator i32.bogus");
  expect_error("(module (func (br $nowhere)))", HEARTH_ERR_MALFORMED, "1:19: unknown label $nowhere");
  expect_error("(module (func (call $f)))", HEARTH_ERR_MALFORMED, "1:21: unknown function $f");
  expect_error("(module\n (func $a) (func $a))", HEARTH_ERR_MALFORMED, "2:18: duplicate function $a");
  expect_error("(module (func (param $x i32) (local $x i32)))", HEARTH_ERR_MALFORMED,
               "1:37: duplicate local $x");
  expect_error("(module (func) (import \"m\" \"f\" (func)))", HEARTH_ERR_MALFORMED,
               "1:24: import after function");
  expect_error("(module (func block $a end $b))", HEARTH_ERR_MALFORMED, "1:28: mismatching label");
  expect_error("(module (type $t (func (param i32))) (func (type $t) (param i64)))",
               HEARTH_ERR_MALFORMED, "1:54: inline function type");
  expect_error("(module (func (i32.load align=3 (i32.const 0))))", HEARTH_ERR_MALFORMED,
               "1:25: alignment must be a power of two");
  expect_error("(module (func (i8x16.extract_lane_s 256 (v128.const i64x2 0 0))))",
               HEARTH_ERR_MALFORMED, "1:37: malformed lane index");
  expect_error("(module (start 0) (start 0) (func))", HEARTH_ERR_MALFORMED,
               "1:26: multiple start sections");
  expect_error("(module (func)", HEARTH_ERR_MALFORMED, "1:1: unexpected end");
  expect_error("(module (func)))", HEARTH_ERR_MALFORMED, "1:16: unexpected token");
  expect_error("(module (func) (; open", HEARTH_ERR_MALFORMED, "1:16: unclosed comment");
  expect_error("(module (nonsense))", HEARTH_ERR_MALFORMED, "1:10: unknown module field");
  expect_error("(module) (module)", HEARTH_ERR_MALFORMED, "1:10: unexpected token after the module");
  expect_error("(module (func $))", HEARTH_ERR_MALFORMED, "1:15: empty identifier");
  expect_error("(module (func (@) ))", HEARTH_ERR_MALFORMED, "1:15: empty annotation id");
  expect_error("(module (func i32.const 1x))", HEARTH_ERR_MALFORMED, "1:25: unknown operator");
}

static void unsupported_3_0_syntax(void) {
  static const struct {
    const char *text, *msg;
  } cases[] = {
      {"(module (memory 1 2 shared))", "1:21: unsupported: shared memory"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    expect_error(cases[i].text, HEARTH_ERR_UNSUPPORTED, cases[i].msg);
}

static void invalid_is_not_malformed(void) {
  /* Text that parses but does not validate reaches the validator: INVALID, not MALFORMED. */
  hearth_engine *e = engine();
  hearth_module *m;
  static const char *const invalid[] = {
      "(module (func (result i32)))",                       /* type mismatch */
      "(module (func (local.get 5) drop))",                  /* numeric index out of range */
      "(module (func (call 3)))",
      "(module (memory 2 1))",                               /* min > max */
      "(module (func (i32.load align=8 (i32.const 0)) drop) (memory 1))",
  };
  for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
    hearth_status s = compile(e, invalid[i], &m);
    if (s != HEARTH_ERR_INVALID) fprintf(stderr, "%s: %s %s\n", invalid[i], hearth_status_str(s), hearth_errmsg());
    CHECK(s == HEARTH_ERR_INVALID);
    CHECK(m == NULL);
  }
  hearth_engine_delete(e);
}

/* ------------------------------------------------------------------ entry points */

static void module_new_accepts_text(void) {
  hearth_engine *e = engine();
  const char *text = "  \n(module (func (export \"k\") (result i32) (i32.const 5)))";
  hearth_module *m = NULL;
  CHECK(hearth_module_new(e, (const uint8_t *)text, strlen(text), &m) == HEARTH_OK);
  CHECK_EQ_INT(hearth_module_export_count(m), 1);
  hearth_module_delete(m);
  CHECK(hearth_module_validate(e, (const uint8_t *)text, strlen(text)) == HEARTH_OK);
  const char *bad = "(module (func (i32.const)))";
  CHECK(hearth_module_new(e, (const uint8_t *)bad, strlen(bad), &m) == HEARTH_ERR_MALFORMED);
  CHECK(strstr(hearth_errmsg(), "1:25:") != NULL);
  /* Binary input still goes to the decoder. */
  static const uint8_t empty[8] = {0, 'a', 's', 'm', 1, 0, 0, 0};
  CHECK(hearth_module_new(e, empty, 8, &m) == HEARTH_OK);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

static void pool_from_text(void) {
  hearth_engine *e = engine();
  const char *text = "(module (global $n (mut i32) (i32.const 0))\n"
                     "  (func (export \"bump\") (result i32)\n"
                     "    (global.set $n (i32.add (global.get $n) (i32.const 1))) (global.get $n)))";
  hearth_module *m;
  CHECK(compile(e, text, &m) == HEARTH_OK);
  hearth_template *t;
  CHECK(hearth_template_new(e, m, NULL, NULL, &t) == HEARTH_OK);
  hearth_pool_config cfg;
  hearth_pool_config_init(&cfg);
  cfg.policy = HEARTH_POLICY_RESET;
  cfg.min_instances = 1;
  cfg.max_instances = 1;
  hearth_pool *p;
  CHECK(hearth_pool_new(t, &cfg, &p) == HEARTH_OK);
  for (int i = 0; i < 3; i++) {
    hearth_val r;
    hearth_trap trap;
    CHECK(hearth_pool_call(p, "bump", NULL, 0, &r, 1, &trap) == HEARTH_OK);
    CHECK_EQ_INT(r.of.i32, 1); /* reset: every call starts from the snapshot */
  }
  hearth_pool_delete(p);
  hearth_template_delete(t);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

static void cli_runs_wat(void) {
  char path[] = "/tmp/hearth_test_wat_XXXXXX.wat";
  int fd = mkstemps(path, 4);
  CHECK(fd >= 0);
  const char *text = "(module (func (export \"add\") (param i32 i32) (result i32)\n"
                     "  local.get 0 local.get 1 i32.add))\n";
  CHECK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
  close(fd);
  run_res r = RUN(NULL, "run", "--invoke", "add", path, "40", "2");
  CHECK_EQ_INT(r.rc, 0);
  CHECK(strstr(r.out, "42") != NULL);
  free_res(&r);
  /* a syntax error: exit 1 with the position */
  fd = open(path, O_WRONLY | O_TRUNC);
  CHECK(fd >= 0);
  const char *bad = "(module\n  (func (export \"f\") nope))\n";
  CHECK(write(fd, bad, strlen(bad)) == (ssize_t)strlen(bad));
  close(fd);
  r = RUN(NULL, "run", "--invoke", "f", path);
  CHECK_EQ_INT(r.rc, 1);
  CHECK(strstr(r.err, "2:22: unknown operator nope") != NULL);
  free_res(&r);
  unlink(path);
}

static void names_in_backtraces(void) {
  /* Function $ids become the name section, so traps name them. */
  hearth_engine *e = engine();
  hearth_module *m;
  hearth_store *st;
  const char *text = "(module (func $inner (unreachable)) (func $\"quoted name\" (export \"go\") (call $inner)))";
  CHECK(compile(e, text, &m) == HEARTH_OK);
  CHECK(hearth_store_new(e, &st) == HEARTH_OK);
  hearth_instance *inst;
  CHECK(hearth_instance_new(st, NULL, m, &inst) == HEARTH_OK);
  hearth_extern ext;
  CHECK(hearth_instance_export(inst, "go", &ext) == HEARTH_OK);
  CHECK(hearth_func_call(ext.of.func, NULL, 0, NULL, 0) == HEARTH_ERR_TRAP);
  const char *names[4];
  CHECK_EQ_INT(hearth_store_backtrace(st, names, 4), 2);
  CHECK_STR(names[0], "inner");
  CHECK_STR(names[1], "quoted name");
  hearth_store_delete(st);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

/* Reads the section list of a binary: ids (0 for customs) and, for customs, their names. */
static size_t section_list(const uint8_t *bin, size_t n, char out[][16], size_t max) {
  size_t k = 8, cnt = 0;
  while (k < n && cnt < max) {
    uint8_t id = bin[k++];
    uint32_t size = 0, shift = 0;
    while (bin[k] & 0x80) size |= (uint32_t)(bin[k++] & 0x7f) << shift, shift += 7;
    size |= (uint32_t)bin[k++] << shift;
    if (id == 0) {
      uint8_t nl = bin[k];
      snprintf(out[cnt], 16, "@%.*s", (int)nl, (const char *)bin + k + 1);
    } else {
      snprintf(out[cnt], 16, "%u", id);
    }
    cnt++;
    k += size;
  }
  CHECK(k == n);
  return cnt;
}

static void custom_annotations(void) {
  /* (@custom ...) writes custom sections where its placement says, in text order within a place;
   * the default place is after the last section. */
  const char *text =
      "(module\n"
      "  (@custom \"a\" \"x\")\n"
      "  (@custom \"b\" (before first) \"y\" \"z\")\n"
      "  (@custom \"c\" (after func) \"1\")\n"
      "  (@custom \"d\" (before global))\n"
      "  (@custom \"e\" (after func) \"2\")\n"
      "  (@custom \"f\" (before data))\n"
      "  (type (func)) (func) (global i32 (i32.const 0)) (memory 1) (@custom \"g\" (after type)))";
  uint8_t *bin = NULL;
  size_t n = 0;
  CHECK(h_wat_to_wasm(text, strlen(text), &bin, &n) == HEARTH_OK);
  char secs[16][16];
  size_t ns = section_list(bin, n, secs, 16);
  static const char *const want[] = {"@b", "1", "@g", "3", "@c", "@e", "5", "@d", "6", "10", "@f", "@a"};
  CHECK_EQ_INT(ns, sizeof want / sizeof want[0]);
  for (size_t k = 0; k < ns; k++) CHECK_STR(secs[k], want[k]);
  /* the decoder sees them, with their bytes (strings concatenated) */
  hearth_engine *e = engine();
  hearth_module *m;
  CHECK(hearth_module_new(e, bin, n, &m) == HEARTH_OK);
  CHECK_EQ_INT(m->ncustoms, 7);
  CHECK_STR(m->customs[0].name, "b");
  CHECK_EQ_INT(m->customs[0].len, 2);
  CHECK(!memcmp(m->customs[0].data, "yz", 2));
  CHECK_STR(m->customs[6].name, "a");
  CHECK_EQ_INT(m->customs[6].len, 1);
  hearth_module_delete(m);
  hearth_engine_delete(e);
  hearth_free(bin);
  /* misplaced and malformed ones fail with their position */
  expect_error("(module (func (@custom \"x\")))", HEARTH_ERR_MALFORMED, "1:15: misplaced @custom annotation");
  expect_error("(@custom \"x\" (after code) oops)", HEARTH_ERR_MALFORMED, "1:27: @custom annotation: unexpected token");
  expect_error("(@custom \"x\" (after codes))", HEARTH_ERR_MALFORMED, "1:21: @custom annotation: malformed section kind");
}

static void name_annotations(void) {
  /* (@name ...) names the module and functions in the name section, over $ids */
  hearth_engine *e = engine();
  hearth_module *m;
  const char *text = "(module $m (@name \"Modül\")\n"
                     "  (import \"env\" \"f\" (func $imp (@name \"imported λ\")))\n"
                     "  (func $a (@name \"λ\")) (func $b) (func (@name \"third\")))";
  CHECK(compile(e, text, &m) == HEARTH_OK);
  CHECK_STR(m->module_name, "Modül");
  CHECK_STR(m->func_names[0], "imported λ");
  CHECK_STR(m->func_names[1], "λ");
  CHECK_STR(m->func_names[2], "b");
  CHECK_STR(m->func_names[3], "third");
  hearth_module_delete(m);
  hearth_engine_delete(e);
  expect_error("(module (@name \"a\") (@name \"b\"))", HEARTH_ERR_MALFORMED, "1:21: @name annotation: multiple module");
  expect_error("(module (func) (@name \"a\"))", HEARTH_ERR_MALFORMED, "1:16: misplaced @name annotation");
  expect_error("(module (func (@name \"a\") (@name \"b\")))", HEARTH_ERR_MALFORMED, "1:27: @name annotation: multiple names");
  expect_error("(module (func (@name a)))", HEARTH_ERR_MALFORMED, "1:15: @name annotation: missing string");
}

static void branch_hints(void) {
  /* hints before if / br_if are checked, then dropped; elsewhere they are errors */
  CHECK_EQ_INT(call("(module (func (export \"f\") (result i32)\n"
                    "  (@metadata.code.branch_hint \"\\01\") (if (result i32) (i32.const 1) (then (i32.const 7)) (else (i32.const 8)))\n"
                    "  (block (result i32) (i32.const 5) (@metadata.code.branch_hint \"\\00\") (br_if 0 (i32.const 0))) drop))",
                    "f", NULL, 0).of.i32, 7);
  expect_error("(module (func (i32.const 0) (@metadata.code.branch_hint \"\\00\") drop))", HEARTH_ERR_INVALID,
               "1:29: @metadata.code.branch_hint annotation: invalid target");
  expect_error("(module (func (@metadata.code.branch_hint \"\\02\") (if (i32.const 0) (then))))",
               HEARTH_ERR_MALFORMED, "1:43: @metadata.code.branch_hint annotation: malformed hint");
  /* a malformed body still wins over an invalid hint: the text is read whole first */
  expect_error("(module (func (@metadata.code.branch_hint \"\\00\") nop (i32.const)))", HEARTH_ERR_MALFORMED, NULL);
}

/* ------------------------------------------------------------------ robustness */

/* xorshift: deterministic runs */
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rng(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

static const char *const seeds[] = {
    "(module (type $t (func (param i32) (result i32)))\n"
    "  (import \"env\" \"f\" (func $imp (type $t)))\n"
    "  (func $a (export \"a\") (param $x i32) (result i32) (local $y i64)\n"
    "    (block $b (result i32) (loop $l (br_if $b (i32.const 1) (local.get $x)) (br $l))))\n"
    "  (table 2 funcref) (elem (i32.const 0) $a $imp)\n"
    "  (memory 1 2) (data (i32.const 8) \"hello\\00\\ff\")\n"
    "  (global $g (mut f64) (f64.const -0x1.8p3))\n"
    "  (func (export \"b\") (result f32) (f32.const nan:0x123) (drop) (f32.const 1e-3))\n"
    "  (start $a2) (func $a2))",
    "(module (func (export \"s\") (result i32)\n"
    "  (i32x4.extract_lane 3 (v128.const f32x4 1 2 3 -inf))\n"
    "  (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (v128.const i64x2 1 2) (v128.const i16x8 1 2 3 4 5 6 7 8))\n"
    "  drop\n"
    "  block (result i32) i32.const 1 if (result i32) i32.const 2 else i32.const 3 end end\n"
    "  (br_table 0 0 0 (i32.const 0)))\n"
    "  (elem declare func 0) (elem $e funcref (ref.func 0) (item (ref.null func)))\n"
    "  (func (table.init $e (i32.const 0) (i32.const 0) (i32.const 0)) (elem.drop $e)) (table 1 funcref))",
    "(module binary \"\\00asm\\01\\00\\00\\00\")",
    "(module quote \"(func (result i32) (i32.const 0x_1))\")",
};

static const char *const splices[] = {"(", ")", "\"", "$x", "0x", "(;", ";)", ";;", "(@a", "end",
                                      "else", "(then", "i32.const", "nan:0x", "1_", "\\u{",
                                      "(module", "(func", "(param $x i32)", "v128.const i8x16",
                                      "offset=", "align=", "(type 0)", "block", "-", "\n"};

static void mutations_never_crash(void) {
  size_t base = hearth_alloc_current();
  hearth_engine *e = engine();
  char *buf = malloc(1 << 16);
  CHECK(buf != NULL);
  int ok = 0, failed = 0;
  for (int iter = 0; iter < 20000; iter++) {
    const char *seed = seeds[rng() % (sizeof seeds / sizeof seeds[0])];
    size_t n = strlen(seed);
    memcpy(buf, seed, n);
    int nmut = 1 + (int)(rng() % 4);
    for (int k = 0; k < nmut; k++) {
      size_t pos = n ? rng() % (n + 1) : 0;
      switch (rng() % 4) {
      case 0: /* replace a byte */
        if (pos < n) buf[pos] = (char)(rng() % 256);
        break;
      case 1: /* delete a run */
        if (pos < n) {
          size_t len = 1 + rng() % 8;
          if (pos + len > n) len = n - pos;
          memmove(buf + pos, buf + pos + len, n - pos - len);
          n -= len;
        }
        break;
      case 2: { /* insert a token */
        const char *s = splices[rng() % (sizeof splices / sizeof splices[0])];
        size_t l = strlen(s);
        if (n + l < (1 << 16) - 1) {
          memmove(buf + pos + l, buf + pos, n - pos);
          memcpy(buf + pos, s, l);
          n += l;
        }
        break;
      }
      default: /* duplicate a slice */
        if (pos < n) {
          size_t len = 1 + rng() % 32;
          if (pos + len > n) len = n - pos;
          if (n + len < (1 << 16) - 1) {
            memmove(buf + pos + len, buf + pos, n - pos);
            n += len;
          }
        }
      }
    }
    uint8_t *bin = NULL;
    size_t bl = 0;
    hearth_status s = h_wat_to_wasm(buf, n, &bin, &bl);
    if (s == HEARTH_OK) {
      ok++;
      /* whatever the parser produced must be safe to decode and validate */
      hearth_status v = hearth_module_validate(e, bin, bl);
      CHECK(v == HEARTH_OK || v == HEARTH_ERR_MALFORMED || v == HEARTH_ERR_INVALID ||
            v == HEARTH_ERR_UNSUPPORTED);
      h_free(bin);
    } else {
      failed++;
      CHECK(s == HEARTH_ERR_MALFORMED || s == HEARTH_ERR_UNSUPPORTED);
      CHECK(bin == NULL);
      /* every error names a position */
      const char *msg = hearth_errmsg();
      CHECK(msg[0] >= '1' && msg[0] <= '9' && strchr(msg, ':') != NULL);
    }
  }
  free(buf);
  hearth_engine_delete(e);
  fprintf(stderr, "mutations: %d parsed, %d rejected\n", ok, failed);
  CHECK(ok > 100 && failed > 100); /* both paths were exercised */
  CHECK_EQ_INT(hearth_alloc_current(), base); /* nothing leaked on any path */
}

static void nest(size_t depth, hearth_status want) {
  size_t cap = depth * 8 + 64;
  char *t = malloc(cap);
  CHECK(t != NULL);
  size_t n = (size_t)sprintf(t, "(module (func ");
  for (size_t i = 0; i < depth; i++) n += (size_t)sprintf(t + n, "(block ");
  for (size_t i = 0; i < depth; i++) t[n++] = ')';
  n += (size_t)sprintf(t + n, "))");
  uint8_t *bin = NULL;
  size_t bl = 0;
  hearth_status s = h_wat_to_wasm(t, n, &bin, &bl);
  if (s != want) fprintf(stderr, "depth %zu: %s %s\n", depth, hearth_status_str(s), hearth_errmsg());
  CHECK(s == want);
  h_free(bin);
  free(t);
}

static void deep_nesting_is_bounded(void) {
  /* The instruction reader keeps its open constructs on the heap, not the C stack: a million
   * nested folded blocks parse (the validator then bounds control nesting). */
  nest(1000000, HEARTH_OK);
}

/* Typed references (3.0): (ref null? ht) in every place a type goes, heap types by name and
 * index, table initializers, and the new instructions, checked on the binary they produce. */
static bool has_bytes(const uint8_t *p, size_t n, const uint8_t *want, size_t wn) {
  for (size_t i = 0; i + wn <= n; i++)
    if (!memcmp(p + i, want, wn)) return true;
  return false;
}

static void typed_reference_syntax(void) {
  static const struct {
    const char *text;
    uint8_t bytes[8];
    size_t n;
  } cases[] = {
      /* func type with (ref null $t) params: 0x63 0x00 */
      {"(module (type $t (func (param (ref null $t)) (result (ref $t)))))",
       {0x60, 0x01, 0x63, 0x00, 0x01, 0x64, 0x00}, 7},
      /* abstract heap types and their shorthands */
      {"(module (func (param (ref extern) nullfuncref (ref noexn))))",
       {0x03, 0x64, 0x6F, 0x73, 0x64, 0x74}, 6},
      /* table with an initializer: 0x40 0x00 reftype limits expr */
      {"(module (type $t (func)) (func $f) (table 2 (ref $t) (ref.func $f)))",
       {0x40, 0x00, 0x64, 0x00, 0x00, 0x02, 0xD2, 0x00}, 8},
      /* call_ref / return_call_ref take a type index; br_on_(non_)null a label */
      {"(module (type $t (func)) (func (param (ref null $t)) (call_ref $t (local.get 0))"
       " (return_call_ref $t (local.get 0))))",
       {0x20, 0x00, 0x14, 0x00, 0x20, 0x00, 0x15, 0x00}, 8},
      {"(module (func (param funcref) (block (drop (br_on_null 0 (local.get 0))))"
       " (drop (ref.as_non_null (local.get 0)))))",
       {0x20, 0x00, 0xD5, 0x00, 0x1A}, 5},
      /* ref.null of a type index */
      {"(module (type $t (func)) (func (drop (ref.null $t))))", {0xD0, 0x00, 0x1A}, 3},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    uint8_t *bin = NULL;
    size_t n = 0;
    hearth_status s = h_wat_to_wasm(cases[i].text, strlen(cases[i].text), &bin, &n);
    if (s != HEARTH_OK) fprintf(stderr, "%s: %s\n", cases[i].text, hearth_errmsg());
    CHECK_EQ_INT(s, HEARTH_OK);
    if (!has_bytes(bin, n, cases[i].bytes, cases[i].n)) fprintf(stderr, "bytes of case %zu\n", i);
    CHECK(has_bytes(bin, n, cases[i].bytes, cases[i].n));
    h_free(bin);
    /* ...and the engine accepts what was produced */
    hearth_engine *e = engine();
    hearth_module *m;
    s = compile(e, cases[i].text, &m);
    if (s != HEARTH_OK) fprintf(stderr, "%s: %s\n", cases[i].text, hearth_errmsg());
    CHECK_EQ_INT(s, HEARTH_OK);
    hearth_module_delete(m);
    hearth_engine_delete(e);
  }
  expect_error("(module (func (param (ref))))", HEARTH_ERR_MALFORMED, "1:26: unexpected token");
}

T_MAIN(T_CASE(integer_literals), T_CASE(float_literals), T_CASE(strings_and_data),
       T_CASE(folded_and_flat_forms), T_CASE(abbreviations), T_CASE(simd_and_bulk),
       T_CASE(error_positions), T_CASE(unsupported_3_0_syntax), T_CASE(typed_reference_syntax), T_CASE(invalid_is_not_malformed),
       T_CASE(module_new_accepts_text), T_CASE(pool_from_text), T_CASE(cli_runs_wat),
       T_CASE(names_in_backtraces), T_CASE(custom_annotations), T_CASE(name_annotations),
       T_CASE(branch_hints),
       T_CASE(mutations_never_crash), T_CASE(deep_nesting_is_bounded))
