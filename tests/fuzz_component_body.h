/* fuzz_component_body.h: the body shared by the component libFuzzer target (fuzz_component.c)
 * and the fuzz-regression unit test: decode + validate + instantiate a component, call every
 * exported function with default arguments of its type (zeros, empty lists, first cases), format
 * the results as WAVE, and free everything. Each input gets an engine of its own, deleted before
 * the allocator is checked: an engine allocates some state on first use (512 bytes the first time
 * a component of guests/component/cli-files.wasm's kind ran), which a shared engine charged to
 * whichever input came first, a false leak. Uses only include/hearth.h and libc. */
#ifndef FUZZ_COMPONENT_BODY_H
#define FUZZ_COMPONENT_BODY_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hearth.h"

/* A default value of type t (children allocated by hearth, released by hearth_cval_clear). */
static void default_value(const hearth_ctype *t, hearth_cval *v, int depth) {
  memset(v, 0, sizeof *v);
  hearth_ckind k = hearth_ctype_kind(t);
  v->kind = k;
  hearth_cval *items = NULL;
  switch (k) {
  case HEARTH_CV_STRING: hearth_cval_set_string(v, "", 0); break;
  case HEARTH_CV_LIST: hearth_cval_set_list(v, k, 0, NULL); break; /* fixed lists: a type error */
  case HEARTH_CV_RECORD: case HEARTH_CV_TUPLE: {
    size_t n = hearth_ctype_count(t);
    if (hearth_cval_set_list(v, k, n, &items) != HEARTH_OK) break;
    for (size_t i = 0; i < n; i++) default_value(hearth_ctype_elem(t, i), &items[i], depth + 1);
    break;
  }
  case HEARTH_CV_VARIANT: case HEARTH_CV_ENUM: case HEARTH_CV_OPTION: case HEARTH_CV_RESULT: {
    const hearth_ctype *p = k == HEARTH_CV_OPTION ? NULL : hearth_ctype_elem(t, 0);
    hearth_cval *pv = NULL;
    if (hearth_cval_set_case(v, k, 0, p != NULL && depth < 20, &pv) == HEARTH_OK && pv)
      default_value(p, pv, depth + 1);
    break;
  }
  default: break; /* scalars, flags, handles: zero */
  }
}

/* Runs one component input end to end; returns how many bytes hearth_alloc_current() grew by
 * (0 unless something leaked). */
static size_t fuzz_component_one(const uint8_t *data, size_t size) {
  size_t before = hearth_alloc_current();
  hearth_engine *engine;
  if (hearth_engine_new(NULL, &engine) != HEARTH_OK) abort();
  hearth_component *c;
  if (hearth_component_new(engine, data, size, &c) == HEARTH_OK) {
    hearth_store *s;
    hearth_component_instance *ci;
    if (hearth_store_new(engine, &s) != HEARTH_OK) abort();
    hearth_store_set_fuel(s, 100000);
    if (hearth_component_instantiate(s, NULL, c, &ci) == HEARTH_OK) {
      for (size_t i = 0; i < hearth_component_export_count(ci) && i < 64; i++) {
        const char *name;
        const hearth_ctype *ft;
        if (hearth_component_export_name(ci, i, &name) != HEARTH_OK ||
            hearth_component_func_type(ci, name, &ft) != HEARTH_OK)
          continue;
        size_t n = hearth_ctype_count(ft);
        hearth_cval args[32], res = {0};
        if (n > 32) continue;
        for (size_t k = 0; k < n; k++) default_value(hearth_ctype_elem(ft, k), &args[k], 0);
        hearth_store_set_fuel(s, 100000);
        if (hearth_component_call(ci, name, args, n, &res, 1) == HEARTH_OK && hearth_ctype_result(ft)) {
          char *text;
          if (hearth_cval_format(hearth_ctype_result(ft), &res, &text) == HEARTH_OK) hearth_free(text);
        }
        hearth_cval_clear(&res);
        for (size_t k = 0; k < n; k++) hearth_cval_clear(&args[k]);
      }
      hearth_component_instance_delete(ci);
    }
    hearth_store_delete(s);
    hearth_component_delete(c);
  }
  hearth_engine_delete(engine);
  size_t after = hearth_alloc_current();
  return after > before ? after - before : 0;
}

#endif /* FUZZ_COMPONENT_BODY_H */
