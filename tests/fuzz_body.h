/* fuzz_body.h: the body shared by the libFuzzer target and the fuzz-regression unit test: compile,
 * link stub imports, instantiate, call every exported function with zero arguments under fuel.
 * A module without imports then also goes through the template path (hearth_template_new, then
 * hearth_template_instantiate, the same calls, hearth_instance_reset, the same calls again): every
 * pass must give the same statuses, traps and results, since each starts from the state right
 * after instantiation and the calls are deterministic (fuel set before each call, no host code).
 *
 * The public API tells an import's module, name and kind but not its type, so the types come from
 * a small, bounds-checked reading of the binary's type and import sections (the module already
 * passed hearth's decoder, but nothing here trusts that). An import whose type cannot be read is
 * left undefined: instantiation then fails as unlinkable, which is a fine outcome for a fuzz input.
 * Uses only include/hearth.h and libc. */
#ifndef FUZZ_BODY_H
#define FUZZ_BODY_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hearth.h"

enum {
  FUZZ_REJECTED = 0,     /* hearth_module_new refused it (malformed / invalid / nomem) */
  FUZZ_NOT_INSTANTIATED, /* compiled, but linking or instantiation failed */
  FUZZ_RAN               /* instantiated and every exported function was called */
};

typedef struct fuzz_report {
  int stage;            /* FUZZ_* */
  hearth_status status; /* status of the last failing step (HEARTH_OK if none) */
  size_t calls;         /* exported functions called */
  size_t calls_ok;      /* ... that returned HEARTH_OK */
  size_t leaked;        /* hearth_alloc_current() growth after everything was freed */
  int template_passes;  /* template path: passes run (0 = not taken, 2 = instantiate + reset) */
  hearth_status template_status; /* first failing template step (HEARTH_OK if none) */
  int mismatch;         /* pass number (1 or 2) whose outcomes differed from the plain instance's */
} fuzz_report;

#define FUZZ_FUEL 100000u
#define FUZZ_DEADLINE_NS 3000000000ull
#define FUZZ_MAX_IMPORT_PAGES 1024u        /* imported memories above 64 MiB are not provided */
#define FUZZ_MAX_IMPORT_TABLE 100000u
#define FUZZ_MEMORY_LIMIT (64u * 1024u * 1024u)
#define FUZZ_MAX_TYPE_VALS 1000u

/* ---- a minimal reader of the type and import sections ---- */

typedef struct fz_reader {
  const uint8_t *p, *end;
  bool bad;
} fz_reader;

static uint64_t fz_leb(fz_reader *r, unsigned max_bits) {
  uint64_t v = 0;
  for (unsigned shift = 0; shift < max_bits + 7; shift += 7) {
    if (r->p >= r->end) break;
    uint8_t b = *r->p++;
    v |= (uint64_t)(b & 0x7f) << shift;
    if (!(b & 0x80)) return v;
  }
  r->bad = true;
  return 0;
}

static uint8_t fz_byte(fz_reader *r) {
  if (r->p >= r->end) {
    r->bad = true;
    return 0;
  }
  return *r->p++;
}

static void fz_skip(fz_reader *r, uint64_t n) {
  if (n > (uint64_t)(r->end - r->p)) {
    r->bad = true;
    r->p = r->end;
  } else {
    r->p += n;
  }
}

static bool fz_valtype(uint8_t b) {
  return b == HEARTH_I32 || b == HEARTH_I64 || b == HEARTH_F32 || b == HEARTH_F64 ||
         b == HEARTH_V128 || b == HEARTH_FUNCREF || b == HEARTH_EXTERNREF || b == HEARTH_EXNREF ||
         b == HEARTH_ANYREF;
}

/* A heap type (3.0: an abstract type's one-byte code, or a type index as s33): skipped; *abs gets
 * the abstract code, 0 for an index. */
static void fz_heaptype(fz_reader *r, uint8_t *abs) {
  *abs = 0;
  if (r->p < r->end && !(*r->p & 0x80) && *r->p >= 0x40) *abs = *r->p++;
  else (void)fz_leb(r, 33);
}

/* A value (or, with packed, storage) type: false when it cannot be read. *out gets the public
 * hearth_valtype a host can provide zero values of, 0 when there is none (non-null references,
 * references to indexed types, eqref and the other abstract types without a public value kind). */
static bool fz_read_valtype(fz_reader *r, bool packed, uint8_t *out) {
  uint8_t b = fz_byte(r), abs;
  *out = 0;
  if (r->bad) return false;
  if (fz_valtype(b)) {
    *out = b;
  } else if (b == 0x63 || b == 0x64) { /* (ref null ht), (ref ht) */
    fz_heaptype(r, &abs);
    if (b == 0x63 && fz_valtype(abs)) *out = abs;
  } else if (!(packed && (b == 0x78 || b == 0x77)) && !(b >= 0x69 && b <= 0x74)) {
    return false; /* not a type (0x69..0x74: the abstract reference shorthands) */
  }
  return !r->bad;
}

typedef struct fz_functype {
  hearth_valtype *params, *results;
  uint32_t nparams, nresults;
  bool usable; /* a function type whose every value type a host function can declare */
} fz_functype;

typedef struct fz_import {
  hearth_extern_kind kind;
  bool known;            /* the type below was read and a stub can be made for it */
  uint32_t type_index;   /* func, tag */
  uint8_t elem;          /* table */
  uint64_t min, max;     /* table / memory; max = UINT64_MAX when absent */
  uint8_t valtype;       /* global */
  bool mutable_;         /* global */
} fz_import;

typedef struct fz_sections {
  fz_functype *types;
  uint32_t ntypes;
  fz_import *imports;
  uint32_t nimports;
} fz_sections;

static void fz_sections_free(fz_sections *s) {
  for (uint32_t i = 0; i < s->ntypes; i++) {
    free(s->types[i].params);
    free(s->types[i].results);
  }
  free(s->types);
  free(s->imports);
  memset(s, 0, sizeof *s);
}

/* Limits (3.0 flags: bit 0 a maximum, bit 1 shared, bit 2 64-bit): false when unreadable; *plain
 * when neither shared nor 64-bit (the only kind the stubs provide). */
static bool fz_limits(fz_reader *r, uint64_t *min, uint64_t *max, bool *plain) {
  uint8_t flag = fz_byte(r);
  if (flag > 7) return false;
  unsigned bits = flag & 4 ? 64 : 32;
  *plain = flag <= 1;
  *min = fz_leb(r, bits);
  *max = flag & 1 ? fz_leb(r, bits) : UINT64_MAX;
  return !r->bad;
}

/* One composite type (func 0x60, struct 0x5f, array 0x5e) into *t; only a function type whose
 * value types all have a public kind is usable. */
static bool fz_read_comptype(fz_reader *r, fz_functype *t) {
  uint8_t form = fz_byte(r), vt;
  if (form == 0x5f || form == 0x5e) {
    uint64_t k = form == 0x5f ? fz_leb(r, 32) : 1;
    if (r->bad || k > (uint64_t)(r->end - r->p)) return false;
    for (uint64_t j = 0; j < k; j++) {
      if (!fz_read_valtype(r, true, &vt)) return false;
      if (fz_byte(r) > 1) return false; /* mutability */
    }
    return !r->bad;
  }
  if (form != 0x60) return false;
  t->usable = true;
  for (int pass = 0; pass < 2; pass++) {
    uint64_t k = fz_leb(r, 32);
    if (r->bad || k > FUZZ_MAX_TYPE_VALS || k > (uint64_t)(r->end - r->p)) return false;
    hearth_valtype *v = calloc(k ? k : 1, sizeof *v);
    if (!v) return false;
    if (pass == 0) t->params = v, t->nparams = (uint32_t)k;
    else t->results = v, t->nresults = (uint32_t)k;
    for (uint64_t j = 0; j < k; j++) {
      if (!fz_read_valtype(r, false, &vt)) return false;
      if (!vt) t->usable = false;
      v[j] = (hearth_valtype)vt;
    }
  }
  return !r->bad;
}

/* One subtype (3.0: `sub` 0x50 / `sub final` 0x4f with supertypes, or a bare composite type)
 * appended to s->types. */
static bool fz_read_subtype(fz_reader *r, fz_sections *s, uint32_t *cap) {
  if (s->ntypes == *cap) {
    uint32_t ncap = *cap ? *cap * 2 : 8;
    fz_functype *nt = realloc(s->types, ncap * sizeof *nt);
    if (!nt) return false;
    s->types = nt;
    *cap = ncap;
  }
  fz_functype *t = &s->types[s->ntypes++];
  memset(t, 0, sizeof *t);
  if (r->p < r->end && (*r->p == 0x50 || *r->p == 0x4f)) {
    r->p++;
    uint64_t k = fz_leb(r, 32);
    if (r->bad || k > (uint64_t)(r->end - r->p)) return false;
    for (uint64_t j = 0; j < k; j++) (void)fz_leb(r, 32);
  }
  return fz_read_comptype(r, t);
}

/* The type section: types numbered as the module numbers them (each subtype of a rec group
 * 0x4e takes its own index). */
static bool fz_read_types(fz_reader *r, fz_sections *s) {
  uint64_t n = fz_leb(r, 32);
  if (r->bad || n > (uint64_t)(r->end - r->p)) return false; /* each type takes >= 2 bytes */
  uint32_t cap = 0;
  for (uint64_t i = 0; i < n; i++) {
    if (r->p < r->end && *r->p == 0x4e) {
      r->p++;
      uint64_t k = fz_leb(r, 32);
      if (r->bad || k > (uint64_t)(r->end - r->p)) return false;
      for (uint64_t j = 0; j < k; j++)
        if (!fz_read_subtype(r, s, &cap)) return false;
    } else if (!fz_read_subtype(r, s, &cap)) {
      return false;
    }
  }
  return !r->bad;
}

/* The import section: an import whose type a stub cannot provide (64-bit or shared limits, typed
 * references, ...) is read past and left unknown, so that later imports are still defined. */
static bool fz_read_imports(fz_reader *r, fz_sections *s) {
  uint64_t n = fz_leb(r, 32);
  if (r->bad || n > (uint64_t)(r->end - r->p)) return false;
  s->imports = calloc(n ? n : 1, sizeof *s->imports);
  if (!s->imports) return false;
  s->nimports = (uint32_t)n;
  for (uint64_t i = 0; i < n; i++) {
    fz_import *im = &s->imports[i];
    fz_skip(r, fz_leb(r, 32)); /* module name */
    fz_skip(r, fz_leb(r, 32)); /* field name */
    uint8_t kind = fz_byte(r), vt;
    bool plain = false;
    if (r->bad) return false;
    im->kind = (hearth_extern_kind)kind;
    switch (kind) {
    case 0:
      im->type_index = (uint32_t)fz_leb(r, 32);
      im->known = !r->bad;
      break;
    case 1:
      if (!fz_read_valtype(r, false, &vt) || !fz_limits(r, &im->min, &im->max, &plain)) return false;
      im->elem = vt;
      im->known = plain && (vt == HEARTH_FUNCREF || vt == HEARTH_EXTERNREF);
      break;
    case 2:
      if (!fz_limits(r, &im->min, &im->max, &plain)) return false;
      im->known = plain;
      break;
    case 3:
      if (!fz_read_valtype(r, false, &vt)) return false;
      im->valtype = vt;
      im->mutable_ = fz_byte(r) == 1;
      im->known = vt && !r->bad;
      break;
    case 4: /* tag: attribute 0, type index */
      if (fz_byte(r) != 0) return false;
      im->type_index = (uint32_t)fz_leb(r, 32);
      im->known = !r->bad;
      break;
    default:
      return false;
    }
    if (r->bad) return false;
  }
  return !r->bad;
}

/* Reads what it can; on any surprise stops, leaving later imports unknown. */
static void fz_read_sections(const uint8_t *data, size_t size, fz_sections *s) {
  memset(s, 0, sizeof *s);
  fz_reader r = {data, data + size, false};
  if (size < 8) return;
  r.p += 8;
  while (r.p < r.end && !r.bad) {
    uint8_t id = fz_byte(&r);
    uint64_t len = fz_leb(&r, 32);
    if (r.bad || len > (uint64_t)(r.end - r.p)) return;
    fz_reader sec = {r.p, r.p + len, false};
    r.p += len;
    if (id == 1 && !s->types) {
      if (!fz_read_types(&sec, s)) return;
    } else if (id == 2 && !s->imports) {
      fz_read_imports(&sec, s);
      return; /* the import section follows the type section; nothing later is needed */
    } else if (id > 2 && id != 0) {
      return;
    }
  }
}

/* ---- stubs ---- */

static hearth_status fz_host_zero(hearth_caller *caller, void *user, const hearth_val *args,
                                  hearth_val *results) {
  (void)caller, (void)args;
  size_t n = (size_t)(uintptr_t)user;
  for (size_t i = 0; i < n; i++) memset(&results[i].of, 0, sizeof results[i].of);
  return HEARTH_OK;
}

static hearth_val fz_zero(hearth_valtype t) {
  hearth_val v;
  memset(&v, 0, sizeof v);
  v.type = t;
  return v;
}

/* Defines every import whose type is known; failures are ignored (instantiation will say). */
static void fz_define_imports(hearth_store *store, hearth_linker *linker, hearth_module *m,
                              const fz_sections *s) {
  size_t n = hearth_module_import_count(m);
  for (size_t i = 0; i < n && i < s->nimports; i++) {
    hearth_import_desc d;
    if (hearth_module_import(m, i, &d) != HEARTH_OK || !d.module || !d.name) continue;
    const fz_import *im = &s->imports[i];
    if (!im->known || (int)im->kind != (int)d.kind) continue;
    hearth_extern ext = {.kind = d.kind};
    bool have = false;
    switch (d.kind) {
    case HEARTH_EXTERN_FUNC:
      if (im->type_index < s->ntypes && s->types[im->type_index].usable) {
        const fz_functype *ft = &s->types[im->type_index];
        have = hearth_func_new(store, ft->params, ft->nparams, ft->results, ft->nresults,
                               fz_host_zero, (void *)(uintptr_t)ft->nresults,
                               &ext.of.func) == HEARTH_OK;
      }
      break;
    case HEARTH_EXTERN_TABLE:
      if (im->min <= FUZZ_MAX_IMPORT_TABLE)
        have = hearth_table_new(store, (hearth_valtype)im->elem, (uint32_t)im->min,
                                im->max == UINT64_MAX ? UINT32_MAX : (uint32_t)im->max,
                                &ext.of.table) == HEARTH_OK;
      break;
    case HEARTH_EXTERN_MEMORY:
      if (im->min <= FUZZ_MAX_IMPORT_PAGES)
        have = hearth_memory_new(store, im->min, im->max, &ext.of.memory) == HEARTH_OK;
      break;
    case HEARTH_EXTERN_GLOBAL: {
      hearth_val v = fz_zero((hearth_valtype)im->valtype);
      have = hearth_global_new(store, &v, im->mutable_, &ext.of.global) == HEARTH_OK;
      break;
    }
    case HEARTH_EXTERN_TAG:
      if (im->type_index < s->ntypes && s->types[im->type_index].usable &&
          s->types[im->type_index].nresults == 0)
        have = hearth_tag_new(store, s->types[im->type_index].params,
                              s->types[im->type_index].nparams, &ext.of.tag) == HEARTH_OK;
      break;
    }
    if (have) (void)hearth_linker_define_extern(linker, d.module, d.name, ext);
  }
}

static uint64_t fz_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* What a pass of calls did: a hash of every call's status, trap and results, and whether any call
 * hit the deadline (wall-clock, so such a pass is not comparable). */
typedef struct fz_outcome {
  uint64_t hash;
  bool timed;
} fz_outcome;

static void fz_mix(fz_outcome *o, const void *p, size_t n) {
  const uint8_t *b = p;
  for (size_t i = 0; i < n; i++) o->hash = (o->hash ^ b[i]) * 0x100000001b3ull;
}

/* References differ between instances by nature; only their null-ness is compared. */
static void fz_mix_val(fz_outcome *o, const hearth_val *v) {
  uint8_t t = (uint8_t)v->type;
  fz_mix(o, &t, 1);
  switch (v->type) {
  case HEARTH_I32: fz_mix(o, &v->of.i32, 4); break;
  case HEARTH_I64: fz_mix(o, &v->of.i64, 8); break;
  case HEARTH_F32: fz_mix(o, &v->of.f32, 4); break;
  case HEARTH_F64: fz_mix(o, &v->of.f64, 8); break;
  case HEARTH_V128: fz_mix(o, v->of.v128, 16); break;
  case HEARTH_FUNCREF: t = v->of.funcref != NULL; fz_mix(o, &t, 1); break;
  case HEARTH_EXTERNREF: t = v->of.externref != NULL; fz_mix(o, &t, 1); break;
  case HEARTH_EXNREF: t = v->of.exnref != NULL; fz_mix(o, &t, 1); break;
  case HEARTH_ANYREF: t = v->of.anyref != NULL; fz_mix(o, &t, 1); break;
  }
}

/* One deadline for the whole input (start function and every call), well under libFuzzer's
 * -timeout; fuel alone does not bound straight-line bulk-memory work. */
static void fz_call_exports(hearth_store *store, hearth_instance *inst, uint64_t deadline,
                            fuzz_report *rep, fz_outcome *o) {
  o->hash = 0xcbf29ce484222325ull;
  o->timed = false;
  size_t n = hearth_instance_export_count(inst);
  for (size_t i = 0; i < n; i++) {
    const char *name;
    hearth_extern ext;
    if (hearth_instance_export_nth(inst, i, &name, &ext) != HEARTH_OK) continue;
    if (ext.kind != HEARTH_EXTERN_FUNC || !ext.of.func) continue;
    const hearth_valtype *pt, *rt;
    size_t np = 0, nr = 0;
    hearth_func_type(ext.of.func, &pt, &np, &rt, &nr);
    hearth_val *args = calloc(np ? np : 1, sizeof *args);
    hearth_val *res = calloc(nr ? nr : 1, sizeof *res);
    if (args && res) {
      for (size_t k = 0; k < np; k++) args[k] = fz_zero(pt[k]);
      hearth_store_set_fuel(store, FUZZ_FUEL);
      hearth_store_set_deadline(store, deadline);
      rep->calls++;
      hearth_status s = hearth_func_call(ext.of.func, args, np, res, nr);
      fz_mix(o, &s, sizeof s);
      if (s == HEARTH_OK) {
        rep->calls_ok++;
        for (size_t k = 0; k < nr; k++) fz_mix_val(o, &res[k]);
      } else {
        rep->status = s;
        hearth_trap trap = s == HEARTH_ERR_TRAP ? hearth_store_trap(store) : HEARTH_TRAP_NONE;
        if (trap == HEARTH_TRAP_DEADLINE) o->timed = true;
        fz_mix(o, &trap, sizeof trap);
      }
    }
    free(args);
    free(res);
  }
}

/* The template path for a module without imports: the template's private initialization runs
 * `start` unmetered, which is bounded only because the plain instantiation just ran the same start
 * under fuel; a module exporting `_initialize` is skipped for the same reason (the template would
 * run it unmetered). */
static void fz_template_passes(hearth_engine *engine, hearth_module *m, uint64_t deadline,
                               const fz_outcome *plain, fuzz_report *rep) {
  if (hearth_module_import_count(m) != 0) return;
  for (size_t i = 0; i < hearth_module_export_count(m); i++) {
    const char *name;
    hearth_extern_kind kind;
    if (hearth_module_export(m, i, &name, &kind) == HEARTH_OK && strcmp(name, "_initialize") == 0)
      return;
  }
  hearth_template *t = NULL;
  hearth_store *store = NULL;
  hearth_template_config cfg = {.init_export = NULL, .max_memory_bytes = FUZZ_MEMORY_LIMIT};
  hearth_status s = hearth_template_new(engine, m, NULL, &cfg, &t);
  if (s == HEARTH_OK) s = hearth_store_new(engine, &store);
  if (s != HEARTH_OK) goto out;
  hearth_store_set_memory_limit(store, FUZZ_MEMORY_LIMIT);
  hearth_instance *inst = NULL;
  if ((s = hearth_template_instantiate(t, store, &inst)) != HEARTH_OK) goto out;
  fuzz_report scratch = *rep; /* the template passes do not change the plain pass's counts */
  for (int pass = 1; pass <= 2; pass++) {
    if (pass == 2 && (s = hearth_instance_reset(inst)) != HEARTH_OK) goto out;
    fz_outcome o;
    fz_call_exports(store, inst, deadline, &scratch, &o);
    rep->template_passes = pass;
    if (!o.timed && !plain->timed && o.hash != plain->hash && !rep->mismatch) rep->mismatch = pass;
  }
out:
  rep->template_status = s;
  if (store) hearth_store_delete(store);
  if (t) hearth_template_delete(t);
}

/* Runs one input end to end; everything hearth allocated is freed before returning. */
static fuzz_report fuzz_one(const uint8_t *data, size_t size) {
  fuzz_report rep = {FUZZ_REJECTED, HEARTH_OK, 0, 0, 0, 0, HEARTH_OK, 0};
  size_t before = hearth_alloc_current();
  hearth_engine *engine = NULL;
  hearth_module *m = NULL;
  hearth_store *store = NULL;
  hearth_linker *linker = NULL;
  fz_sections secs;
  memset(&secs, 0, sizeof secs);
  hearth_status s = hearth_engine_new(NULL, &engine);
  if (s != HEARTH_OK) goto out;
  s = hearth_module_new(engine, data, size, &m);
  if (s != HEARTH_OK) goto out;
  rep.stage = FUZZ_NOT_INSTANTIATED;
  if ((s = hearth_store_new(engine, &store)) != HEARTH_OK) goto out;
  if ((s = hearth_linker_new(engine, &linker)) != HEARTH_OK) goto out;
  hearth_store_set_memory_limit(store, FUZZ_MEMORY_LIMIT);
  hearth_store_set_fuel(store, FUZZ_FUEL); /* bounds the start function */
  uint64_t deadline = fz_now_ns() + FUZZ_DEADLINE_NS;
  hearth_store_set_deadline(store, deadline);
  fz_read_sections(data, size, &secs);
  fz_define_imports(store, linker, m, &secs);
  hearth_instance *inst = NULL;
  if ((s = hearth_instance_new(store, linker, m, &inst)) != HEARTH_OK || !inst) goto out;
  rep.stage = FUZZ_RAN;
  fz_outcome plain;
  fz_call_exports(store, inst, deadline, &rep, &plain);
  fz_template_passes(engine, m, deadline, &plain, &rep);
  s = HEARTH_OK;
out:
  if (s != HEARTH_OK) rep.status = s;
  fz_sections_free(&secs);
  if (linker) hearth_linker_delete(linker);
  if (store) hearth_store_delete(store);
  if (m) hearth_module_delete(m);
  if (engine) hearth_engine_delete(engine);
  size_t after = hearth_alloc_current();
  rep.leaked = after > before ? after - before : 0;
  return rep;
}

#endif /* FUZZ_BODY_H */
