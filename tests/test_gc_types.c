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
  size_t base = hearth_alloc_current(); /* the engine's registry grows with modules, then shrinks */
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
  CHECK(ma->rtt[0] == mb->rtt[0] && ma->rtt[1] == mb->rtt[1]); /* one canonical h_rtt */
  CHECK(ma->rtt[0] != mc->rtt[0]);
  hearth_module_delete(ma);
  CHECK(hearth_alloc_current() > base);
  hearth_module_delete(mb);
  hearth_module_delete(mc);
  CHECK_EQ_INT(hearth_alloc_current(), base);
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

/* Calls export name of inst with no arguments; the first result. */
static hearth_val call0(hearth_instance *inst, const char *name) {
  hearth_extern ext;
  CHECK(hearth_instance_export(inst, name, &ext) == HEARTH_OK);
  hearth_val r[1];
  memset(r, 0, sizeof r);
  hearth_status s = hearth_func_call(ext.of.func, NULL, 0, r, 1);
  if (s != HEARTH_OK) fprintf(stderr, "%s: %s\n", name, hearth_errmsg());
  CHECK(s == HEARTH_OK);
  return r[0];
}

/* The baseline tier takes functions that use a GC instruction or an any-hierarchy type as it takes
 * the others (issue 11; test_jit.c compares their machine code with the interpreter); the results
 * agree. */
static void tiers_take_gc(void) {
  const char *text =
      "(module (type $s (struct (field (mut i32))))"
      " (func (export \"num\") (result i32) (i32.add (i32.const 40) (i32.const 2)))"
      " (func (export \"gc\") (result i32)"
      "   (struct.get $s 0 (struct.new $s (i32.const 42))))"
      " (func (export \"local\") (result i32) (local anyref) (ref.is_null (local.get 0)))"
      " (func (export \"param\") (param eqref) (result i32) (i32.const 7)))";
  hearth_engine *e = engine();
  hearth_module *m;
  CHECK(hearth_module_new_wat(e, text, strlen(text), &m) == HEARTH_OK);
  hearth_store *st;
  CHECK(hearth_store_new(e, &st) == HEARTH_OK);
  hearth_instance *inst;
  CHECK(hearth_instance_new(st, NULL, m, &inst) == HEARTH_OK);
  CHECK_EQ_INT(call0(inst, "num").of.i32, 42);
  CHECK_EQ_INT(call0(inst, "gc").of.i32, 42);
  CHECK_EQ_INT(call0(inst, "local").of.i32, 1);
  hearth_extern ext;
  CHECK(hearth_instance_export(inst, "param", &ext) == HEARTH_OK);
  hearth_val a = {.type = HEARTH_ANYREF, .of.anyref = hearth_anyref_i31(5)}, r;
  CHECK(hearth_func_call(ext.of.func, &a, 1, &r, 1) == HEARTH_OK && r.of.i32 == 7);
  for (int k = 0; k < 4; k++) {
    CHECK(m->code[k].code);
    if (H_JIT && h_jit_enabled()) CHECK(m->code[k].jit != NULL);
  }
  hearth_store_delete(st);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

/* The C API for anyref: results of each kind, i31 arguments, type checks of arguments. */
static void anyref_api(void) {
  const char *text =
      "(module (type $s (struct (field i32))) (type $a (array i8)) (type $t (struct))"
      " (func (export \"mk\") (param i32) (result anyref)"
      "   (block $d (block $c (block $b (block $n (br_table $n $b $c $d (local.get 0)))"
      "     (return (ref.null any)))"
      "     (return (ref.i31 (i32.const -3))))"
      "     (return (struct.new $s (i32.const 1))))"
      "   (array.new_default $a (i32.const 9)))"
      " (func (export \"i31\") (param i31ref) (result i32) (i31.get_s (local.get 0)))"
      " (func (export \"want_s\") (param (ref $s)) (result i32) (struct.get $s 0 (local.get 0)))"
      " (func (export \"host\") (param externref) (result anyref)"
      "   (any.convert_extern (local.get 0))))";
  hearth_engine *e = engine();
  hearth_module *m;
  CHECK(hearth_module_new_wat(e, text, strlen(text), &m) == HEARTH_OK);
  hearth_store *st;
  CHECK(hearth_store_new(e, &st) == HEARTH_OK);
  hearth_instance *inst;
  CHECK(hearth_instance_new(st, NULL, m, &inst) == HEARTH_OK);
  hearth_extern mk, i31, want_s, host;
  CHECK(hearth_instance_export(inst, "mk", &mk) == HEARTH_OK);
  CHECK(hearth_instance_export(inst, "i31", &i31) == HEARTH_OK);
  CHECK(hearth_instance_export(inst, "want_s", &want_s) == HEARTH_OK);
  CHECK(hearth_instance_export(inst, "host", &host) == HEARTH_OK);
  hearth_val r[4], arg;
  static const hearth_anyref_kind want[4] = {HEARTH_ANYREF_NULL, HEARTH_ANYREF_I31,
                                              HEARTH_ANYREF_STRUCT, HEARTH_ANYREF_ARRAY};
  for (int i = 0; i < 4; i++) {
    arg = (hearth_val){.type = HEARTH_I32, .of.i32 = i};
    CHECK(hearth_func_call(mk.of.func, &arg, 1, &r[i], 1) == HEARTH_OK);
    CHECK(r[i].type == HEARTH_ANYREF);
    int32_t v = 0;
    CHECK_EQ_INT(hearth_anyref_kind_of(st, r[i].of.anyref, &v, NULL), want[i]);
    if (i == 1) CHECK_EQ_INT(v, -3);
  }
  CHECK_EQ_INT(hearth_anyref_array_len(st, r[3].of.anyref), 9);
  CHECK_EQ_INT(hearth_anyref_array_len(st, r[2].of.anyref), 0);
  /* an i31 made by the host */
  arg = (hearth_val){.type = HEARTH_ANYREF, .of.anyref = hearth_anyref_i31(-77)};
  hearth_val out;
  CHECK(hearth_func_call(i31.of.func, &arg, 1, &out, 1) == HEARTH_OK && out.of.i32 == -77);
  /* a struct for (ref $s); the array, an i31, null, a bogus pointer are refused */
  arg = r[2];
  CHECK(hearth_func_call(want_s.of.func, &arg, 1, &out, 1) == HEARTH_OK && out.of.i32 == 1);
  arg = r[3];
  CHECK(hearth_func_call(want_s.of.func, &arg, 1, &out, 1) == HEARTH_ERR_ARGUMENT);
  arg = r[1];
  CHECK(hearth_func_call(want_s.of.func, &arg, 1, &out, 1) == HEARTH_ERR_ARGUMENT);
  arg = r[0];
  CHECK(hearth_func_call(want_s.of.func, &arg, 1, &out, 1) == HEARTH_ERR_ARGUMENT);
  static uint64_t fake[4];
  arg = (hearth_val){.type = HEARTH_ANYREF, .of.anyref = (hearth_anyref *)fake};
  CHECK(hearth_func_call(want_s.of.func, &arg, 1, &out, 1) == HEARTH_ERR_ARGUMENT);
  /* a host value through any.convert_extern comes back as a host reference */
  int cookie;
  arg = (hearth_val){.type = HEARTH_EXTERNREF, .of.externref = &cookie};
  CHECK(hearth_func_call(host.of.func, &arg, 1, &out, 1) == HEARTH_OK);
  void *hv = NULL;
  CHECK_EQ_INT(hearth_anyref_kind_of(st, out.of.anyref, NULL, &hv), HEARTH_ANYREF_HOST);
  CHECK(hv == &cookie);
  hearth_store_delete(st);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

T_MAIN(T_CASE(struct_array_types), T_CASE(subtyping_rules), T_CASE(func_types_required),
       T_CASE(equivalence_across_modules), T_CASE(binary_forms), T_CASE(huge_rec_group),
       T_CASE(huge_struct), T_CASE(deep_subtype_chain), T_CASE(tiers_take_gc),
       T_CASE(anyref_api))
