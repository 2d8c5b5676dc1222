/* test_gc_types.c: WebAssembly 3.0 GC types (decode.c, validate.c, wat.c): struct and array
 * definitions, the any hierarchy, subtyping and canonical equivalence across modules, and
 * hostile type sections (huge groups, huge structs, deep subtype chains) that must end in clean
 * errors or limits. The spec scripts (struct.wast, type-subtyping.wast, ...) cover the rest. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "t.h"

static hearth_engine *engine(void) {
  hearth_engine *e = NULL;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  return e;
}

/* Compiles text and returns the status (the module, if any, is deleted). */
static hearth_status compile_text(hearth_engine *e, const char *text) {
  hearth_module *m = NULL;
  hearth_status s = hearth_module_new_wat(e, text, strlen(text), &m);
  if (m) hearth_module_delete(m);
  return s;
}

static void expect(const char *text, hearth_status want, const char *needle) {
  hearth_engine *e = engine();
  hearth_status s = compile_text(e, text);
  if (s != want || (needle && !strstr(hearth_errmsg(), needle))) {
    fprintf(stderr, "text: %.200s\nstatus %s \"%s\"; expected %s \"%s\"\n", text,
            hearth_status_str(s), s ? hearth_errmsg() : "", hearth_status_str(want),
            needle ? needle : "");
    CHECK(0);
  }
  hearth_engine_delete(e);
}

/* Struct and array types in rec groups, with sub/final, packed and reference fields. */
static void struct_array_types(void) {
  expect("(module"
         "  (type $vec (array (mut f32)))"
         "  (type $s (sub (struct (field $a i32) (field $b (mut i8)) (field (ref null $vec)))))"
         "  (type $t (sub final $s (struct (field $a i32) (field $b (mut i8))"
         "                          (field (ref null $vec)) (field i64))))"
         "  (rec (type $l (struct (field (ref null $l)))) (type $m (array (ref $l))))"
         "  (global anyref (ref.null none)) (global eqref (ref.null eq))"
         "  (func (param structref i31ref arrayref (ref null $t)) (result (ref null $s))"
         "    (local.get 3)))",
         HEARTH_OK, NULL);
  /* subtyping of abstract types: struct <: eq <: any, none <: every any-type */
  expect("(module (type $s (struct)) (func (param (ref $s)) (result eqref) (local.get 0))"
         " (func (param nullref) (result (ref null $s)) (local.get 0))"
         " (func (param i31ref) (result anyref) (local.get 0)))",
         HEARTH_OK, NULL);
}

static void subtyping_rules(void) {
  /* width and depth: immutable fields covariant */
  expect("(module (type $a (sub (struct (field anyref))))"
         " (type $b (sub $a (struct (field eqref) (field i32)))))",
         HEARTH_OK, NULL);
  /* mutable fields invariant */
  expect("(module (type $a (sub (struct (field (mut anyref)))))"
         " (type $b (sub $a (struct (field (mut eqref))))))",
         HEARTH_ERR_INVALID, "type mismatch");
  /* mutability must agree */
  expect("(module (type $a (sub (struct (field i32)))) (type $b (sub $a (struct (field (mut i32))))))",
         HEARTH_ERR_INVALID, "type mismatch");
  /* fewer fields than the supertype */
  expect("(module (type $a (sub (struct (field i32)))) (type $b (sub $a (struct))))",
         HEARTH_ERR_INVALID, "type mismatch");
  /* kinds must agree */
  expect("(module (type $a (sub (array i32))) (type $b (sub $a (struct (field i32)))))",
         HEARTH_ERR_INVALID, "type mismatch");
  /* final types have no subtypes */
  expect("(module (type $a (struct)) (type $b (sub $a (struct))))", HEARTH_ERR_INVALID, "final");
  /* packed types only match themselves */
  expect("(module (type $a (sub (array i8))) (type $b (sub $a (array i16))))", HEARTH_ERR_INVALID,
         "type mismatch");
  /* struct refs are not func refs, nor extern refs */
  expect("(module (type $s (struct)) (func (param (ref $s)) (result funcref) (local.get 0)))",
         HEARTH_ERR_INVALID, "type mismatch");
  expect("(module (func (param anyref) (result externref) (local.get 0)))", HEARTH_ERR_INVALID,
         "type mismatch");
  expect("(module (func (param eqref) (result i31ref) (local.get 0)))", HEARTH_ERR_INVALID,
         "type mismatch");
}

/* Functions, tags, blocks and call_indirect must name func types. */
static void func_types_required(void) {
  expect("(module (type $s (struct)) (func (type $s)))", HEARTH_ERR_INVALID, NULL);
  expect("(module (type $s (array i32)) (tag (type $s)))", HEARTH_ERR_INVALID, NULL);
  expect("(module (type $s (struct)) (import \"m\" \"f\" (func (type $s))))", HEARTH_ERR_INVALID,
         NULL);
  expect("(module (type $s (struct)) (func (block (type $s))))", HEARTH_ERR_INVALID, NULL);
  expect("(module (type $s (struct)) (table 1 funcref)"
         " (func (call_indirect (type $s) (i32.const 0))))",
         HEARTH_ERR_INVALID, NULL);
}

/* Equivalent rec groups of two modules match at import: iso-recursive canonical equivalence. */
static void equivalence_across_modules(void) {
  hearth_engine *e = engine();
  const char *a = "(module (rec (type $l (struct (field (ref null $l))))"
                  " (type $f (func (param (ref null $l)))))"
                  " (func (export \"f\") (type $f)))";
  const char *b_ok = "(module (rec (type $l (struct (field (ref null $l))))"
                     " (type $f (func (param (ref null $l)))))"
                     " (import \"a\" \"f\" (func (type $f))))";
  const char *b_bad = "(module (rec (type $l (struct (field (mut (ref null $l)))))"
                      " (type $f (func (param (ref null $l)))))"
                      " (import \"a\" \"f\" (func (type $f))))";
  hearth_module *ma, *mb, *mc;
  CHECK(hearth_module_new_wat(e, a, strlen(a), &ma) == HEARTH_OK);
  CHECK(hearth_module_new_wat(e, b_ok, strlen(b_ok), &mb) == HEARTH_OK);
  CHECK(hearth_module_new_wat(e, b_bad, strlen(b_bad), &mc) == HEARTH_OK);
  /* the same checks import matching makes */
  CHECK(h_type_eq_x(ma, 1, mb, 1));
  CHECK(h_type_eq_x(ma, 0, mb, 0));
  CHECK(!h_type_eq_x(ma, 1, mc, 1));
  CHECK(!h_type_eq_x(ma, 0, mc, 0));
  CHECK(h_type_kind(ma, 0) == H_RTT_STRUCT && h_type_kind(ma, 1) == H_RTT_FUNC);
  CHECK(h_vt_rep(ma->types[1].pt[0]) == H_T_ANYREF);
  CHECK(ma->types[1].params[0] == H_T_ANYREF);
  hearth_module_delete(ma);
  hearth_module_delete(mb);
  hearth_module_delete(mc);
  hearth_engine_delete(e);
}

/* Binary edge cases: bad mutability byte, packed type outside a field. */
static void binary_forms(void) {
  hearth_engine *e = engine();
  hearth_module *m = NULL;
  /* type section: one struct with one field i32, mutability 2 */
  const uint8_t bad_mut[] = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, 1, 0x5F, 1, 0x7F, 2};
  CHECK(hearth_module_new(e, bad_mut, sizeof bad_mut, &m) == HEARTH_ERR_MALFORMED);
  CHECK(strstr(hearth_errmsg(), "malformed mutability"));
  /* an array of i8 (0x78), mutable: valid */
  const uint8_t arr[] = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x5E, 0x78, 1};
  CHECK(hearth_module_new(e, arr, sizeof arr, &m) == HEARTH_OK);
  CHECK(h_type_kind(m, 0) == H_RTT_ARRAY && m->tinfo[0].ft[0] == H_ST_I8 && m->tinfo[0].fmut[0]);
  hearth_module_delete(m);
  /* a func type with an i8 parameter: malformed */
  const uint8_t fi8[] = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, 1, 0x60, 1, 0x78, 0};
  CHECK(hearth_module_new(e, fi8, sizeof fi8, &m) == HEARTH_ERR_MALFORMED);
  hearth_engine_delete(e);
}

/* Hostile: a rec group of 100,000 struct types each referring to the next. */
static void huge_rec_group(void) {
  size_t n = 100000, cap = n * 64 + 64, len = 0;
  char *t = malloc(cap);
  CHECK(t);
  len += (size_t)snprintf(t + len, cap - len, "(module (rec");
  for (size_t i = 0; i < n; i++)
    len += (size_t)snprintf(t + len, cap - len, " (type (struct (field (ref null %zu))))",
                            (i + 1) % n);
  len += (size_t)snprintf(t + len, cap - len, "))");
  expect(t, HEARTH_OK, NULL);
  /* one forward reference past the group: invalid */
  len -= 2;
  len += (size_t)snprintf(t + len, cap - len, " (type (struct (field (ref %zu))))))", n + 5);
  expect(t, HEARTH_ERR_INVALID, "unknown type");
  free(t);
}

/* Hostile: structs of 10,000 fields (the limit) and one more. */
static void huge_struct(void) {
  for (int extra = 0; extra < 2; extra++) {
    size_t n = H_MAX_STRUCT_FIELDS + (size_t)extra, cap = n * 16 + 64, len = 0;
    char *t = malloc(cap);
    CHECK(t);
    len += (size_t)snprintf(t + len, cap - len, "(module (type (struct");
    for (size_t i = 0; i < n; i++) len += (size_t)snprintf(t + len, cap - len, " (field i64)");
    len += (size_t)snprintf(t + len, cap - len, ")))");
    expect(t, extra ? HEARTH_ERR_LIMIT : HEARTH_OK, extra ? "limit" : NULL);
    free(t);
  }
}

/* Hostile: a declared supertype chain of H_MAX_SUBTYPE_DEPTH types is fine, one more is a limit. */
static void deep_subtype_chain(void) {
  for (int extra = 0; extra < 2; extra++) {
    size_t n = H_MAX_SUBTYPE_DEPTH + 1 + (size_t)extra, cap = n * 48 + 64, len = 0;
    char *t = malloc(cap);
    CHECK(t);
    len += (size_t)snprintf(t + len, cap - len, "(module (type (sub (struct)))");
    for (size_t i = 1; i < n; i++)
      len += (size_t)snprintf(t + len, cap - len, " (type (sub %zu (struct)))", i - 1);
    len += (size_t)snprintf(t + len, cap - len, ")");
    expect(t, extra ? HEARTH_ERR_LIMIT : HEARTH_OK, extra ? "supertype chain" : NULL);
    free(t);
  }
}

T_MAIN(T_CASE(struct_array_types), T_CASE(subtyping_rules), T_CASE(func_types_required),
       T_CASE(equivalence_across_modules), T_CASE(binary_forms), T_CASE(huge_rec_group),
       T_CASE(huge_struct), T_CASE(deep_subtype_chain))
