/* test_fuzz_regressions.c: replays tests/fuzz-regressions/ through the fuzz target's body (fuzz_body.h). */
#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>

#include "fuzz_body.h"
#include "fuzz_component_body.h"
#include "internal.h"
#include "t.h"

#define REGRESSION_DIR "tests/fuzz-regressions"

/* (module (type (func (param i32) (result i32)))
 *   (import "env" "f" (func (type 0))) (import "env" "mem" (memory 1 2))
 *   (import "env" "g" (global i32)) (import "env" "t" (table 1 funcref))
 *   (func (export "run") (param i32) (result i32) local.get 0 call 0 global.get 0 i32.add)
 *   (func (export "spin") (loop br 0))) */
static const uint8_t k_imports_module[] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x09, 0x02, 0x60, 0x01, 0x7f, 0x01,
    0x7f, 0x60, 0x00, 0x00, 0x02, 0x28, 0x04, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x66, 0x00, 0x00,
    0x03, 0x65, 0x6e, 0x76, 0x03, 0x6d, 0x65, 0x6d, 0x02, 0x01, 0x01, 0x02, 0x03, 0x65, 0x6e,
    0x76, 0x01, 0x67, 0x03, 0x7f, 0x00, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x74, 0x01, 0x70, 0x00,
    0x01, 0x03, 0x03, 0x02, 0x00, 0x01, 0x07, 0x0e, 0x02, 0x03, 0x72, 0x75, 0x6e, 0x00, 0x01,
    0x04, 0x73, 0x70, 0x69, 0x6e, 0x00, 0x02, 0x0a, 0x13, 0x02, 0x09, 0x00, 0x20, 0x00, 0x10,
    0x00, 0x23, 0x00, 0x6a, 0x0b, 0x07, 0x00, 0x03, 0x40, 0x0c, 0x00, 0x0b, 0x0b};

/* The harness's own reading of import types, independent of the engine. */
static void import_types_are_read(void) {
  fz_sections s;
  fz_read_sections(k_imports_module, sizeof k_imports_module, &s);
  CHECK_EQ_INT(s.ntypes, 2);
  CHECK_EQ_INT(s.types[0].nparams, 1);
  CHECK_EQ_INT(s.types[0].params[0], HEARTH_I32);
  CHECK_EQ_INT(s.types[0].nresults, 1);
  CHECK_EQ_INT(s.nimports, 4);
  CHECK(s.imports[0].known && s.imports[0].kind == HEARTH_EXTERN_FUNC && s.imports[0].type_index == 0);
  CHECK(s.imports[1].known && s.imports[1].kind == HEARTH_EXTERN_MEMORY);
  CHECK_EQ_INT(s.imports[1].min, 1);
  CHECK_EQ_INT(s.imports[1].max, 2);
  CHECK(s.imports[2].known && s.imports[2].valtype == HEARTH_I32 && !s.imports[2].mutable_);
  CHECK(s.imports[3].known && s.imports[3].elem == HEARTH_FUNCREF);
  CHECK_EQ_INT(s.imports[3].min, 1);
  CHECK(s.imports[3].max == UINT64_MAX);
  fz_sections_free(&s);
  /* Truncated copies never read past the end (ASan checks) and leave later imports unknown. */
  for (size_t n = 0; n < sizeof k_imports_module; n++) {
    uint8_t *copy = malloc(n ? n : 1);
    CHECK(copy);
    memcpy(copy, k_imports_module, n);
    fz_read_sections(copy, n, &s);
    CHECK(s.nimports == 0 || n >= 61); /* the import section ends at byte 61 */
    fz_sections_free(&s);
    free(copy);
  }
}

/* 3.0 type and import forms: a rec group of a struct and a subtype, typed references, a 64-bit
 * memory and a tag. The reader numbers the rec group's types one by one, reads past imports no stub
 * can provide (the 64-bit memory, a global of an indexed reference type) and knows the rest. */
static const char k_types30_wat[] =
    "(module"
    "  (rec (type $s (struct (field (mut i32)))) (type $g (sub (func (param (ref $s))))))"
    "  (type $t (func (param i32)))"
    "  (type $h (func (param funcref) (result anyref)))"
    "  (import \"m\" \"mem64\" (memory i64 1))"
    "  (import \"m\" \"gs\" (global (ref null $s)))"
    "  (import \"m\" \"e\" (tag (type $t)))"
    "  (import \"m\" \"f\" (func (type $h)))"
    "  (import \"m\" \"g\" (func (type $g))))";

static void import_types_30_are_read(void) {
  uint8_t *bin = NULL;
  size_t n = 0;
  CHECK_EQ_INT(h_wat_to_wasm(k_types30_wat, sizeof k_types30_wat - 1, &bin, &n), HEARTH_OK);
  fz_sections s;
  fz_read_sections(bin, n, &s);
  CHECK_EQ_INT(s.ntypes, 4);
  CHECK(!s.types[0].usable); /* a struct */
  CHECK(!s.types[1].usable); /* a non-null reference parameter */
  CHECK(s.types[2].usable && s.types[2].nparams == 1 && s.types[2].params[0] == HEARTH_I32);
  CHECK(s.types[3].usable && s.types[3].params[0] == HEARTH_FUNCREF &&
        s.types[3].nresults == 1 && s.types[3].results[0] == HEARTH_ANYREF);
  CHECK_EQ_INT(s.nimports, 5);
  CHECK(!s.imports[0].known && s.imports[0].kind == HEARTH_EXTERN_MEMORY);
  CHECK_EQ_INT(s.imports[0].min, 1);
  CHECK(!s.imports[1].known && s.imports[1].kind == HEARTH_EXTERN_GLOBAL);
  CHECK(s.imports[2].known && s.imports[2].kind == HEARTH_EXTERN_TAG && s.imports[2].type_index == 2);
  CHECK(s.imports[3].known && s.imports[3].kind == HEARTH_EXTERN_FUNC && s.imports[3].type_index == 3);
  CHECK(s.imports[4].known && s.imports[4].type_index == 1);
  fz_sections_free(&s);
  h_free(bin);
}

/* A module with 3.0 types, a tag import and a function import of reference types links against
 * the stubs and runs: the stub's null anyref comes back, the thrown tag is caught. */
static const char k_tag_import_wat[] =
    "(module"
    "  (rec (type $s (struct (field (mut i32)))) (type $g (sub (func (param (ref $s))))))"
    "  (type $t (func (param i32)))"
    "  (type $h (func (param funcref) (result anyref)))"
    "  (import \"m\" \"e\" (tag $e (type $t)))"
    "  (import \"m\" \"f\" (func $f (type $h)))"
    "  (func (export \"run\") (result i32)"
    "    (if (i32.eqz (ref.is_null (call $f (ref.null func)))) (then unreachable))"
    "    (block $b (result i32)"
    "      (try_table (catch $e $b) (throw $e (i32.const 7)))"
    "      (i32.const 0))))";

static void tag_import_runs(void) {
  uint8_t *bin = NULL;
  size_t n = 0;
  CHECK_EQ_INT(h_wat_to_wasm(k_tag_import_wat, sizeof k_tag_import_wat - 1, &bin, &n), HEARTH_OK);
  fuzz_report r = fuzz_one(bin, n);
  CHECK_EQ_INT(r.stage, FUZZ_RAN);
  CHECK_EQ_INT(r.calls, 1);
  CHECK_EQ_INT(r.calls_ok, 1);
  CHECK_EQ_INT(r.leaked, 0);
  h_free(bin);
}

/* Malformed inputs are rejected and leave nothing allocated. */
static void malformed_inputs_rejected(void) {
  static const uint8_t bad_magic[] = {0x00, 0x61, 0x73, 0x6e, 0x01, 0x00, 0x00, 0x00};
  static const uint8_t bad_section[] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
                                        0x01, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x60};
  fuzz_report r = fuzz_one((const uint8_t *)"", 0);
  CHECK_EQ_INT(r.stage, FUZZ_REJECTED);
  CHECK_EQ_INT(r.leaked, 0);
  r = fuzz_one(bad_magic, sizeof bad_magic);
  CHECK_EQ_INT(r.stage, FUZZ_REJECTED);
  CHECK_EQ_INT(r.status, HEARTH_ERR_MALFORMED);
  r = fuzz_one(bad_section, sizeof bad_section);
  CHECK_EQ_INT(r.stage, FUZZ_REJECTED);
  CHECK_EQ_INT(r.status, HEARTH_ERR_MALFORMED);
  CHECK_EQ_INT(r.leaked, 0);
}

/* A module with one import of each kind is linked against stubs; "run" returns, "spin" runs out
 * of fuel. */
static void stub_imports_and_fuel(void) {
  fuzz_report r = fuzz_one(k_imports_module, sizeof k_imports_module);
  CHECK_EQ_INT(r.stage, FUZZ_RAN);
  CHECK_EQ_INT(r.calls, 2);
  CHECK_EQ_INT(r.calls_ok, 1);
  CHECK_EQ_INT(r.status, HEARTH_ERR_TRAP);
  CHECK_EQ_INT(r.leaked, 0);
}

/* (module (memory 1) (global $g (mut i32) (i32.const 5))
 *   (func (export "bump") (result i32)
 *     (global.set $g (i32.add (global.get $g) (i32.const 1)))
 *     (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 7)))
 *     (i32.add (global.get $g) (i32.load (i32.const 0))))
 *   (func (export "spin") (loop br 0)))
 * Without imports it takes the template path; "bump" returns 13 in every pass only if reset
 * restores both the global and memory. */
static const uint8_t k_state_module[] = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x60, 0x00, 0x01, 0x7f,
    0x60, 0x00, 0x00, 0x03, 0x03, 0x02, 0x00, 0x01, 0x05, 0x03, 0x01, 0x00, 0x01, 0x06, 0x06,
    0x01, 0x7f, 0x01, 0x41, 0x05, 0x0b, 0x07, 0x0f, 0x02, 0x04, 0x62, 0x75, 0x6d, 0x70, 0x00,
    0x00, 0x04, 0x73, 0x70, 0x69, 0x6e, 0x00, 0x01, 0x0a, 0x28, 0x02, 0x1e, 0x00, 0x23, 0x00,
    0x41, 0x01, 0x6a, 0x24, 0x00, 0x41, 0x00, 0x41, 0x00, 0x28, 0x02, 0x00, 0x41, 0x07, 0x6a,
    0x36, 0x02, 0x00, 0x23, 0x00, 0x41, 0x00, 0x28, 0x02, 0x00, 0x6a, 0x0b, 0x07, 0x00, 0x03,
    0x40, 0x0c, 0x00, 0x0b, 0x0b};

/* The template path runs both passes and finds them equal to the plain instance. */
static void template_passes_agree(void) {
  fuzz_report r = fuzz_one(k_state_module, sizeof k_state_module);
  CHECK_EQ_INT(r.stage, FUZZ_RAN);
  CHECK_EQ_INT(r.calls, 2);
  CHECK_EQ_INT(r.calls_ok, 1);
  CHECK_EQ_INT(r.template_passes, 2);
  CHECK_EQ_INT(r.template_status, HEARTH_OK);
  CHECK_EQ_INT(r.mismatch, 0);
  CHECK_EQ_INT(r.leaked, 0);
  /* Modules with imports are not templated (the stubs live in one store). */
  r = fuzz_one(k_imports_module, sizeof k_imports_module);
  CHECK_EQ_INT(r.template_passes, 0);
}

/* The component target's first long run stopped on this seed: the first component of its kind
 * in a process made the engine allocate 512 bytes it keeps, charged to the input while the target
 * shared one engine. An engine per input: nothing stays allocated, however often it runs. */
static void component_engine_state_not_a_leak(void) {
  FILE *f = fopen("guests/component/cli-files.wasm", "rb");
  CHECK(f);
  static uint8_t buf[1 << 20];
  size_t len = fread(buf, 1, sizeof buf, f);
  fclose(f);
  CHECK(len > 8 && len < sizeof buf);
  for (int i = 0; i < 2; i++) CHECK_EQ_INT(fuzz_component_one(buf, len), 0);
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every saved crash input runs to completion without leaking. */
static void regression_inputs(void) {
  DIR *d = opendir(REGRESSION_DIR);
  if (!d) {
    CHECK(errno == ENOENT);
    printf("no %s directory: nothing to replay\n", REGRESSION_DIR);
    return;
  }
  char **names = NULL;
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    names = realloc(names, (n + 1) * sizeof *names);
    CHECK(names);
    names[n] = strdup(e->d_name);
    CHECK(names[n]);
    n++;
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, cmp_names);
  size_t ran = 0;
  for (size_t i = 0; i < n; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", REGRESSION_DIR, names[i]);
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) continue;
    FILE *f = fopen(path, "rb");
    CHECK(f);
    uint8_t *buf = malloc(st.st_size ? (size_t)st.st_size : 1);
    CHECK(buf);
    size_t len = fread(buf, 1, (size_t)st.st_size, f);
    fclose(f);
    CHECK_EQ_INT(len, st.st_size);
    fprintf(stderr, "replaying %s (%zu bytes)\n", path, len);
    if (len >= 8 && buf[4] == 0x0d && buf[6] == 0x01) { /* a component's version and layer */
      CHECK_EQ_INT(fuzz_component_one(buf, len), 0);
    } else {
      fuzz_report r = fuzz_one(buf, len);
      CHECK_EQ_INT(r.leaked, 0);
      CHECK_EQ_INT(r.mismatch, 0);
    }
    free(buf);
    ran++;
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  printf("replayed %zu inputs from %s\n", ran, REGRESSION_DIR);
}

T_MAIN(T_CASE(import_types_are_read), T_CASE(import_types_30_are_read), T_CASE(tag_import_runs),
       T_CASE(malformed_inputs_rejected),
       T_CASE(stub_imports_and_fuel), T_CASE(template_passes_agree), T_CASE(component_engine_state_not_a_leak),
       T_CASE(regression_inputs))
