/* runtime.c: engines, modules, stores, linkers, instantiation, host calls and the object API. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "internal.h"

/* ================================================================ small helpers */

static pthread_mutex_t g_rt_lock = PTHREAD_MUTEX_INITIALIZER; /* lazy per-module data */

static bool valtype_ok(int t) {
  return t == H_T_I32 || t == H_T_I64 || t == H_T_F32 || t == H_T_F64 || t == H_T_V128 ||
         t == H_T_FUNCREF || t == H_T_EXTERNREF || t == H_T_EXNREF || t == H_T_ANYREF;
}

static uint64_t hash_bytes(uint64_t h, const void *p, size_t n) {
  const uint8_t *b = p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 1099511628211ull;
  return h;
}

static uint64_t hash_key(const char *module, size_t mlen, const char *name, size_t nlen) {
  uint64_t h = hash_bytes(1469598103934665603ull, module, mlen);
  h = (h ^ 0xFFu) * 1099511628211ull; /* separator: ("ab","c") != ("a","bc") */
  return hash_bytes(h, name, nlen);
}

/* Value <-> slot form (see ops.h: i32/f32 zero-extended in the low bits, v128 in two slots,
 * references as pointer bits). */
static void val_to_slots(const hearth_val *v, uint64_t *s) {
  switch (v->type) {
  case HEARTH_I32: s[0] = (uint32_t)v->of.i32; break;
  case HEARTH_I64: s[0] = (uint64_t)v->of.i64; break;
  case HEARTH_F32: {
    uint32_t b;
    memcpy(&b, &v->of.f32, 4);
    s[0] = b;
    break;
  }
  case HEARTH_F64: memcpy(&s[0], &v->of.f64, 8); break;
  case HEARTH_V128: memcpy(s, v->of.v128, 16); break;
  case HEARTH_FUNCREF: s[0] = (uint64_t)(uintptr_t)v->of.funcref; break;
  case HEARTH_EXTERNREF: s[0] = (uint64_t)(uintptr_t)v->of.externref; break;
  case HEARTH_EXNREF: s[0] = (uint64_t)(uintptr_t)v->of.exnref; break;
  case HEARTH_ANYREF: s[0] = (uint64_t)(uintptr_t)v->of.anyref; break;
  }
}

static void slots_to_val(h_valtype t, const uint64_t *s, hearth_val *v) {
  memset(v, 0, sizeof *v);
  v->type = (hearth_valtype)t;
  switch (t) {
  case H_T_I32: v->of.i32 = (int32_t)(uint32_t)s[0]; break;
  case H_T_I64: v->of.i64 = (int64_t)s[0]; break;
  case H_T_F32: {
    uint32_t b = (uint32_t)s[0];
    memcpy(&v->of.f32, &b, 4);
    break;
  }
  case H_T_F64: memcpy(&v->of.f64, &s[0], 8); break;
  case H_T_V128: memcpy(v->of.v128, s, 16); break;
  case H_T_FUNCREF: v->of.funcref = (hearth_func *)(uintptr_t)s[0]; break;
  case H_T_EXTERNREF: v->of.externref = (void *)(uintptr_t)s[0]; break;
  case H_T_EXNREF: v->of.exnref = (hearth_exn *)(uintptr_t)s[0]; break;
  case H_T_ANYREF: v->of.anyref = (hearth_anyref *)(uintptr_t)s[0]; break;
  default: break;
  }
}

/* ================================================================ GC references */

hearth_anyref_kind hearth_anyref_kind_of(const hearth_store *store, const hearth_anyref *ref,
                                         int32_t *i31, void **host) {
  uint64_t v = (uint64_t)(uintptr_t)ref;
  if (!v || !store) return HEARTH_ANYREF_NULL;
  if (h_gc_is_i31(v)) {
    if (i31) *i31 = (int32_t)h_gc_i31_get(v, true);
    return HEARTH_ANYREF_I31;
  }
  if (!h_gc_is_obj(store, v)) return HEARTH_ANYREF_NULL;
  const h_gcobj *o = h_gc_ptr(v);
  if (!o->rtt) {
    if (host) memcpy(host, h_gc_data((h_gcobj *)o), sizeof(void *));
    return HEARTH_ANYREF_HOST;
  }
  return o->rtt->kind == H_RTT_STRUCT ? HEARTH_ANYREF_STRUCT : HEARTH_ANYREF_ARRAY;
}

hearth_anyref *hearth_anyref_i31(int32_t v) {
  return (hearth_anyref *)(uintptr_t)h_gc_i31((uint32_t)v);
}

uint32_t hearth_anyref_array_len(const hearth_store *store, const hearth_anyref *ref) {
  return hearth_anyref_kind_of(store, ref, NULL, NULL) == HEARTH_ANYREF_ARRAY
             ? h_gc_ptr((uint64_t)(uintptr_t)ref)->len : 0;
}

/* ================================================================ engine */

hearth_status hearth_engine_new(const hearth_config *cfg, hearth_engine **out) {
  if (!out) return h_err(HEARTH_ERR_ARGUMENT, "out is NULL");
  hearth_engine *e = h_calloc(1, sizeof *e);
  if (!e) return h_err(HEARTH_ERR_NOMEM, "engine");
  if (cfg) e->cfg = *cfg;
  if (!e->cfg.max_call_depth) e->cfg.max_call_depth = H_DEFAULT_MAX_CALL_DEPTH;
  if (!e->cfg.max_stack_bytes) e->cfg.max_stack_bytes = H_DEFAULT_MAX_STACK_BYTES;
  if (e->cfg.max_stack_bytes < 1024) e->cfg.max_stack_bytes = 1024;
  if (!e->cfg.max_memory_bytes || e->cfg.max_memory_bytes > H_DEFAULT_MAX_MEMORY_BYTES)
    e->cfg.max_memory_bytes = H_DEFAULT_MAX_MEMORY_BYTES;
  if (!(e->rtt = h_rtt_reg_new())) {
    h_free(e);
    return h_err(HEARTH_ERR_NOMEM, "engine");
  }
  h_interp_init();
  if (!e->cfg.no_signal_handler) h_interp_init_guard();
  *out = e;
  return HEARTH_OK;
}

void hearth_engine_delete(hearth_engine *engine) {
  if (engine) h_rtt_reg_free(engine->rtt);
  h_free(engine);
}

/* ================================================================ modules */

/* Lazily built, immutable once published (except `names`, itself published once). */
typedef struct h_module_rt {
  hearth_valtype *vt;  /* per type t: params at vt + off[t], results right after */
  uint32_t *off;
  /* Export index: open addressing over exp_mask + 1 entries of {export index + 1 (0 = empty),
   * 32 bits of the name's hash}; NULL when it could not be allocated (lookups then scan). */
  uint32_t (*exp_tab)[2];
  uint32_t exp_mask;
  /* Backtrace names, or NULL until needed: per function its name-section name, else its first
   * export name, else "$f<N>" (in fbuf, H_NAME_W bytes per function). */
  const char **names;
  char *fbuf;
} h_module_rt;

#define H_NAME_W 16 /* "$f4294967295" + NUL fits */
#define H_FNV_OFFSET 1469598103934665603ull

static uint32_t name_hash(const char *name, size_t len) {
  uint64_t h = hash_bytes(H_FNV_OFFSET, name, len);
  return (uint32_t)(h ^ (h >> 32));
}

/* Builds the export index of m; false on NOMEM. */
static bool exports_index(const hearth_module *m, h_module_rt *rt) {
  uint64_t cap = 8;
  while (cap < (uint64_t)m->nexports * 2) cap *= 2;
  if (cap > UINT32_MAX) return false;
  uint32_t(*tab)[2] = h_calloc((size_t)cap, sizeof *tab);
  if (!tab) return false;
  uint32_t mask = (uint32_t)(cap - 1);
  for (uint32_t i = 0; i < m->nexports; i++) {
    uint32_t h = name_hash(m->exports[i].name, m->exports[i].name_len);
    uint32_t j = h & mask;
    while (tab[j][0]) j = (j + 1) & mask;
    tab[j][0] = i + 1;
    tab[j][1] = h;
  }
  rt->exp_tab = tab;
  rt->exp_mask = mask;
  return true;
}

/* Builds the backtrace names of m into rt; false on NOMEM. */
static bool func_names_build(const hearth_module *m, h_module_rt *rt) {
  const char **names = h_calloc(m->nfuncs, sizeof *names);
  char *fbuf = h_calloc(m->nfuncs, H_NAME_W);
  if (!names || !fbuf) {
    h_free(names);
    h_free(fbuf);
    return false;
  }
  for (uint32_t i = 0; m->func_names && i < m->nfuncs; i++) names[i] = m->func_names[i];
  for (uint32_t i = 0; i < m->nexports; i++) {
    const h_export *e = &m->exports[i];
    if (e->kind == H_EXTERN_FUNC && e->index < m->nfuncs && !names[e->index])
      names[e->index] = e->name;
  }
  for (uint32_t i = 0; i < m->nfuncs; i++) {
    if (names[i]) continue;
    snprintf(fbuf + (size_t)i * H_NAME_W, H_NAME_W, "$f%u", i);
    names[i] = fbuf + (size_t)i * H_NAME_W;
  }
  rt->fbuf = fbuf;
  __atomic_store_n(&rt->names, names, __ATOMIC_RELEASE);
  return true;
}

static h_module_rt *module_rt(hearth_module *m, bool need_names) {
  h_module_rt *rt = __atomic_load_n((h_module_rt **)&m->rt, __ATOMIC_ACQUIRE);
  if (rt && (!need_names || __atomic_load_n(&rt->names, __ATOMIC_ACQUIRE))) return rt;
  pthread_mutex_lock(&g_rt_lock);
  rt = m->rt;
  if (!rt) {
    rt = h_calloc(1, sizeof *rt);
    size_t total = 0;
    for (uint32_t i = 0; m->types && i < m->ntypes; i++)
      total += (size_t)m->types[i].nparams + m->types[i].nresults;
    hearth_valtype *vt = h_calloc(total ? total : 1, sizeof *vt);
    uint32_t *off = h_calloc(m->ntypes ? m->ntypes : 1, sizeof *off);
    if (!rt || !vt || !off) {
      h_free(rt);
      h_free(vt);
      h_free(off);
      pthread_mutex_unlock(&g_rt_lock);
      return NULL;
    }
    size_t k = 0;
    for (uint32_t i = 0; m->types && i < m->ntypes; i++) {
      off[i] = (uint32_t)k;
      for (uint32_t j = 0; j < m->types[i].nparams; j++) vt[k++] = m->types[i].params[j];
      for (uint32_t j = 0; j < m->types[i].nresults; j++) vt[k++] = m->types[i].results[j];
    }
    rt->vt = vt;
    rt->off = off;
    (void)exports_index(m, rt); /* on NOMEM, lookups scan the export list */
    __atomic_store_n((h_module_rt **)&m->rt, rt, __ATOMIC_RELEASE);
  }
  if (need_names && !rt->names && m->nfuncs) (void)func_names_build(m, rt);
  pthread_mutex_unlock(&g_rt_lock);
  return rt;
}

void h_module_free_contents(hearth_module *m) {
  if (!m) return;
  h_opt_module_free(m); /* first: a background compilation reads the module until joined */
  h_cache_code_free(m);
  if (m->types) {
    for (uint32_t i = 0; i < m->ntypes; i++) {
      h_free(m->types[i].params);
      h_free(m->types[i].results);
      h_free(m->types[i].pt);
    }
  }
  h_free(m->types);
  h_free(m->type_canon);
  m->type_canon = NULL;
  h_rtt_module_release(m);
  if (m->tinfo)
    for (uint32_t i = 0; i < m->ntypes; i++) h_free(m->tinfo[i].ft);
  h_free(m->tinfo);
  m->tinfo = NULL;
  h_free(m->table_init);
  m->table_init = NULL;
  m->types = NULL;
  m->ntypes = 0;
  if (m->imports) {
    for (uint32_t i = 0; i < m->nimports; i++) {
      h_free(m->imports[i].module);
      h_free(m->imports[i].name);
    }
  }
  h_free(m->imports);
  m->imports = NULL;
  m->nimports = 0;
  h_free(m->func_type);
  m->func_type = NULL;
  h_free(m->tables);
  m->tables = NULL;
  h_free(m->mems);
  m->mems = NULL;
  h_free(m->globals);
  m->globals = NULL;
  h_free(m->tag_type);
  m->tag_type = NULL;
  m->ntags = m->nimported_tags = 0;
  h_free(m->global_init);
  m->global_init = NULL;
  h_free(m->const_seq);
  m->const_seq = NULL;
  if (m->exports)
    for (uint32_t i = 0; i < m->nexports; i++) h_free(m->exports[i].name);
  h_free(m->exports);
  m->exports = NULL;
  m->nexports = 0;
  if (m->elems)
    for (uint32_t i = 0; i < m->nelems; i++) h_free(m->elems[i].items);
  h_free(m->elems);
  m->elems = NULL;
  m->nelems = 0;
  h_free(m->datas);
  m->datas = NULL;
  m->ndatas = 0;
  h_free(m->bodies);
  m->bodies = NULL;
  h_free(m->func_declared);
  m->func_declared = NULL;
  if (m->func_names)
    for (uint32_t i = 0; i < m->nfuncs; i++) h_free(m->func_names[i]);
  h_free(m->func_names);
  m->func_names = NULL;
  h_free(m->module_name);
  m->module_name = NULL;
  if (m->customs)
    for (uint32_t i = 0; i < m->ncustoms; i++) h_free(m->customs[i].name);
  h_free(m->customs);
  m->customs = NULL;
  m->ncustoms = 0;
  h_compile_scratch_free(m);
  if (m->code) {
    uint32_t n = m->nfuncs > m->nimported_funcs ? m->nfuncs - m->nimported_funcs : 0;
    for (uint32_t i = 0; i < n; i++) {
      h_free(m->code[i].code);
      h_free(m->code[i].eh);
      h_gcmap_free(m->code[i].gcmap);
      if (H_JIT) h_jit_func_free(m->code[i].jit);
    }
  }
  h_free(m->code);
  if (H_JIT) h_jit_module_free(m);
  m->code = NULL;
  h_module_rt *rt = m->rt;
  if (rt) {
    h_free(rt->vt);
    h_free(rt->off);
    h_free(rt->exp_tab);
    h_free((void *)rt->names);
    h_free(rt->fbuf);
    h_free(rt);
  }
  m->rt = NULL;
  m->nfuncs = m->nimported_funcs = 0;
  m->ntables = m->nimported_tables = 0;
  m->nmems = m->nimported_mems = 0;
  m->nglobals = m->nimported_globals = 0;
  /* m->bytes is not freed here: whoever put the binary there owns it (hearth_module_delete). */
}

/* Builds a module from owned (h_malloc'd, len bytes; taken over, freed on failure); hash, when
 * not NULL, is the SHA-256 of those bytes already known (hearth_module_new_file's index). */
static hearth_status module_build_owned(hearth_engine *engine, uint8_t *owned, size_t len,
                                        bool mapped, const uint8_t *hash, bool keep,
                                        hearth_module **out) {
  hearth_status st;
  hearth_module *m = h_calloc(1, sizeof *m);
  hearth_module tmp = {.bytes = owned, .len = len, .bytes_mapped = mapped};
  if (!m) {
    h_cache_bytes_free(&tmp);
    return h_err(HEARTH_ERR_NOMEM, "module");
  }
  atomic_init(&m->refs, 1);
  m->engine = engine;
  m->bytes = owned;
  m->len = len;
  m->bytes_mapped = mapped;
  if (pthread_mutex_init(&m->compile_lock, NULL) != 0) {
    h_cache_bytes_free(m);
    h_free(m);
    return h_err(HEARTH_ERR_NOMEM, "module lock");
  }
  if (hash) {
    memcpy(m->cache_hash, hash, 32);
    m->cache_hashed = true;
  }
  h_cache_open_entry(m);    /* a valid entry gives the decoder the bodies' bounds */
  st = h_decode_module(m);
  if (st != HEARTH_OK) goto fail;
  bool cached = h_cache_load(m); /* a hit validated this module before: m->code is filled */
  st = h_compile_module(m);
  if (st != HEARTH_OK) goto fail;
  if (!cached) h_cache_store(m);
  if (keep) h_opt_compile_module(m); /* HEARTH_TIER=opt: compiled once per module, at load */
  if (keep) {
    *out = m;
    return HEARTH_OK;
  }
fail:
  h_cache_close(m);
  h_module_free_contents(m);
  pthread_mutex_destroy(&m->compile_lock);
  h_cache_bytes_free(m);
  h_free(m);
  return st;
}

static hearth_status module_build(hearth_engine *engine, const uint8_t *bytes, size_t len,
                                  bool keep, hearth_module **out) {
  if (!engine || (!bytes && len)) return h_err(HEARTH_ERR_ARGUMENT, "engine or bytes is NULL");
  uint8_t *copy = h_cache_bytes_alloc(len);
  if (!copy) return h_err(HEARTH_ERR_NOMEM, "module bytes (%zu)", len);
  if (len) memcpy(copy, bytes, len);
  return module_build_owned(engine, copy, len, false, NULL, keep, out);
}

/* Text (WAT) rather than binary: the first byte that is not white space opens an s-expression or
 * a comment. A binary module starts with "\0asm", so the two never overlap. */
static bool looks_like_text(const uint8_t *bytes, size_t len) {
  size_t k = 0;
  while (k < len && (bytes[k] == ' ' || bytes[k] == '\t' || bytes[k] == '\n' || bytes[k] == '\r'))
    k++;
  return k < len && (bytes[k] == '(' || bytes[k] == ';');
}

hearth_status hearth_module_new_wat(hearth_engine *engine, const char *text, size_t len,
                                    hearth_module **out) {
  if (!out || !engine) return h_err(HEARTH_ERR_ARGUMENT, "engine or out is NULL");
  uint8_t *bin = NULL;
  size_t n = 0;
  hearth_status s = h_wat_to_wasm(text, len, &bin, &n);
  if (s != HEARTH_OK) return s;
  s = module_build(engine, bin, n, true, out);
  h_free(bin);
  return s;
}

hearth_status hearth_module_new(hearth_engine *engine, const uint8_t *bytes, size_t len,
                                hearth_module **out) {
  if (!out) return h_err(HEARTH_ERR_ARGUMENT, "out is NULL");
  if (bytes && looks_like_text(bytes, len))
    return hearth_module_new_wat(engine, (const char *)bytes, len, out);
  return module_build(engine, bytes, len, true, out);
}

hearth_status hearth_module_new_file(hearth_engine *engine, const char *path, hearth_module **out) {
  if (!engine || !path || !out) return h_err(HEARTH_ERR_ARGUMENT, "engine, path or out is NULL");
  uint8_t *bytes = NULL, hash[32];
  size_t len = 0;
  int known = 0;
  h_file_id id;
  bool mapped = false;
  hearth_status st = h_cache_read_file(path, &bytes, &len, &id, hash, &known, &mapped);
  if (st != HEARTH_OK) return st;
  if (looks_like_text(bytes, len)) {
    st = hearth_module_new_wat(engine, (const char *)bytes, len, out);
    hearth_module tmp = {.bytes = bytes, .len = len, .bytes_mapped = mapped};
    h_cache_bytes_free(&tmp);
    return st;
  }
  st = module_build_owned(engine, bytes, len, mapped, known == 1 ? hash : NULL, true, out);
  if (st == HEARTH_OK && known == 0) h_cache_index_put(&id, *out);
  return st;
}

hearth_status hearth_module_validate(hearth_engine *engine, const uint8_t *bytes, size_t len) {
  if (bytes && looks_like_text(bytes, len)) {
    uint8_t *bin = NULL;
    size_t n = 0;
    hearth_status s = h_wat_to_wasm((const char *)bytes, len, &bin, &n);
    if (s != HEARTH_OK) return s;
    s = module_build(engine, bin, n, false, NULL);
    h_free(bin);
    return s;
  }
  return module_build(engine, bytes, len, false, NULL);
}

hearth_module *hearth_module_ref(hearth_module *m) {
  if (m) atomic_fetch_add(&m->refs, 1);
  return m;
}

void hearth_module_delete(hearth_module *m) {
  if (!m) return;
  if (atomic_fetch_sub(&m->refs, 1) != 1) return;
  h_cache_code_flush(m); /* functions compiled by this process go into the cache entry */
  h_module_free_contents(m);
  pthread_mutex_destroy(&m->compile_lock);
  h_cache_bytes_free(m);
  h_free(m);
}

hearth_status hearth_module_compile_all(hearth_module *m) {
  if (!m) return h_err(HEARTH_ERR_ARGUMENT, "NULL module");
  uint32_t ndefined = m->nfuncs - m->nimported_funcs;
  for (uint32_t i = 0; i < ndefined; i++) {
    if (!h_compile_lazy(m, &m->code[i])) return HEARTH_ERR_NOMEM; /* detail set by h_err */
    /* machine code too, not deferred until calls (jit.c tier-up): compile time moves out of the
     * run as the caller asked (out of memory only leaves a function interpreted) */
    h_jit_func *jf = H_JIT ? __atomic_load_n(&m->code[i].jit, __ATOMIC_ACQUIRE) : NULL;
    if (jf) (void)h_jit_tier_up(m, jf);
  }
  return HEARTH_OK;
}

size_t hearth_module_import_count(const hearth_module *m) { return m ? m->nimports : 0; }

hearth_status hearth_module_import(const hearth_module *m, size_t i, hearth_import_desc *out) {
  if (!m || !out || i >= m->nimports) return h_err(HEARTH_ERR_NOT_FOUND, "no import %zu", i);
  out->module = m->imports[i].module;
  out->name = m->imports[i].name;
  out->kind = (hearth_extern_kind)m->imports[i].kind;
  return HEARTH_OK;
}

size_t hearth_module_export_count(const hearth_module *m) { return m ? m->nexports : 0; }

hearth_status hearth_module_export(const hearth_module *m, size_t i, const char **name,
                                   hearth_extern_kind *kind) {
  if (!m || i >= m->nexports) return h_err(HEARTH_ERR_NOT_FOUND, "no export %zu", i);
  if (name) *name = m->exports[i].name;
  if (kind) *kind = (hearth_extern_kind)m->exports[i].kind;
  return HEARTH_OK;
}

/* ================================================================ stores */

enum { OBJ_INSTANCE = 1, OBJ_FUNC, OBJ_MEMORY, OBJ_TABLE, OBJ_GLOBAL };

/* Host functions materialized from linker definitions, per store: def id -> func. */
typedef struct h_hostcache_ent {
  uint64_t id; /* 0 = empty */
  hearth_func *func;
} h_hostcache_ent;

typedef struct h_store_rt {
  hearth_store s; /* first: a hearth_store * from hearth_store_new is an h_store_rt * */
  h_hostcache_ent *cache;
  uint32_t cache_n, cache_cap; /* cap: power of two or 0 */
  uint32_t frames_cap;
  hearth_memory **mems;        /* the store's memories (also in objects), for table budgets */
  uint32_t nmems, mems_cap;
} h_store_rt;

static h_store_rt *srt(hearth_store *s) { return (h_store_rt *)s; }

static bool store_add(hearth_store *s, void *obj, uint8_t kind) {
  uint32_t c1 = s->objects_cap, c2 = s->objects_cap;
  if (!h_array_grow((void **)&s->objects, sizeof(void *), &c1, s->nobjects + 1)) return false;
  if (!h_array_grow((void **)&s->object_kinds, 1, &c2, s->nobjects + 1)) return false;
  s->objects_cap = c1 < c2 ? c1 : c2;
  s->objects[s->nobjects] = obj;
  s->object_kinds[s->nobjects] = kind;
  s->nobjects++;
  return true;
}

uint32_t h_rt_store_instances(hearth_store *s, uint32_t first, hearth_instance **out, uint32_t cap) {
  uint32_t n = 0, seen = 0;
  for (uint32_t i = 0; i < s->nobjects; i++) {
    if (s->object_kinds[i] != OBJ_INSTANCE || seen++ < first) continue;
    if (n < cap) out[n] = s->objects[i];
    n++;
  }
  return n;
}

static void instance_free(hearth_instance *inst) {
  hearth_module *m = inst->module;
  if (inst->elem_items)
    for (uint32_t i = 0; i < m->nelems; i++) h_free(inst->elem_items[i]);
  h_free(inst->elem_items);
  h_free(inst->elem_len);
  h_free(inst->data_dropped);
  h_free(inst->funcs);
  h_free(inst->defined);
  h_free(inst->tables);
  h_free(inst->mems);
  h_free(inst->globals);
  h_free(inst->tags);
  if (inst->tag_defs)
    for (uint32_t i = m->nimported_tags; i < m->ntags; i++)
      h_free(inst->tag_defs[i - m->nimported_tags].pub);
  h_free(inst->tag_defs);
  if (inst->tmpl) h_snap_instance_fini(inst);
  hearth_module_delete(m);
  h_free(inst);
}

static void object_free(void *obj, uint8_t kind) {
  switch (kind) {
  case OBJ_INSTANCE: instance_free(obj); break;
  case OBJ_FUNC: h_free(obj); break; /* host funcs: one block with their type arrays */
  case OBJ_MEMORY:
    h_mem_fini(obj);
    h_free(obj);
    break;
  case OBJ_TABLE:
    h_free(((hearth_table *)obj)->elems);
    h_free(obj);
    break;
  case OBJ_GLOBAL: h_free(obj); break;
  default: assert(0);
  }
}

hearth_status hearth_store_new(hearth_engine *engine, hearth_store **out) {
  if (!engine || !out) return h_err(HEARTH_ERR_ARGUMENT, "engine or out is NULL");
  h_store_rt *r = h_calloc(1, sizeof *r);
  if (!r) return h_err(HEARTH_ERR_NOMEM, "store");
  hearth_store *s = &r->s;
  s->engine = engine;
  s->stack_slots = engine->cfg.max_stack_bytes / 8;
  s->stack = h_malloc(s->stack_slots * sizeof(uint64_t));
  s->frames = h_calloc(engine->cfg.max_call_depth, sizeof(h_frame)); /* host_ip NULL */
  if (!s->stack || !s->frames) {
    h_free(s->stack);
    h_free(s->frames);
    h_free(r);
    return h_err(HEARTH_ERR_NOMEM, "store stacks");
  }
  s->stack_top = s->stack;
  r->frames_cap = engine->cfg.max_call_depth;
  s->max_depth = engine->cfg.max_call_depth;
  atomic_init(&s->interrupt, 0u);
  s->fuel = UINT64_MAX;
  s->mem_limit = engine->cfg.max_memory_bytes;
  *out = s;
  return HEARTH_OK;
}

void hearth_store_delete(hearth_store *store) {
  if (!store) return;
  h_store_rt *r = srt(store);
  for (uint32_t i = store->nobjects; i-- > 0;) object_free(store->objects[i], store->object_kinds[i]);
  h_exn_free_all(store);
  h_gc_free_all(store);
  h_free(store->objects);
  h_free(store->object_kinds);
  h_free(store->stack);
  h_free(store->frames);
  h_free(r->cache);
  h_free(r->mems);
  h_free(r);
}

hearth_trap hearth_store_trap(const hearth_store *store) { return store->trap; }
int hearth_store_exit_code(const hearth_store *store) { return store->exit_code; }

size_t hearth_store_backtrace(const hearth_store *store, const char **names, size_t max) {
  size_t n = store->nbacktrace;
  if (n > sizeof store->backtrace / sizeof store->backtrace[0])
    n = sizeof store->backtrace / sizeof store->backtrace[0];
  for (size_t i = 0; i < n && i < max; i++) names[i] = store->backtrace[i];
  return n;
}

void hearth_store_interrupt(hearth_store *store) {
  atomic_store(&store->interrupt, (unsigned)HEARTH_TRAP_INTERRUPTED);
}

void hearth_store_set_fuel(hearth_store *store, uint64_t fuel) { store->fuel = fuel; }
uint64_t hearth_store_fuel(const hearth_store *store) { return store->fuel; }

/* ---------------------------------------------------------------- deadlines
 *
 * The interpreter, the baseline and METERED optimized code read deadline_ns (CLOCK_MONOTONIC
 * through the vDSO) whenever their budget of H_BUDGET_CHUNK check points runs out, run() checks it
 * when an outermost call starts, and poll_oneoff wakes in slices to look at it. Optimized code of
 * the UNMETERED flavour (opt.c) reads no clock: it polls s->interrupt. For it, one watchdog thread
 * per process holds the stores running an outermost call with a deadline under HEARTH_TIER=opt or
 * auto (wd_watch from run(), wd_unwatch before run() returns) and raises a store's flag to
 * HEARTH_TRAP_DEADLINE when its deadline passes (a compare-and-swap from 0: an interrupt already
 * raised stays). The flag is raised only while the store is held, i.e. between run()'s clearing of
 * it and the call's end; one raised after the guest's last check point stays set until the next
 * outermost call clears it, as a late hearth_store_interrupt does. Precision: the thread's timed
 * wait (CLOCK_MONOTONIC) plus the time to the next loop back edge or call.
 * The thread starts on the first watch, exits after H_WATCHDOG_IDLE_MS without a store to watch,
 * and at process exit (an atexit handler stops it and waits); it is detached, so nothing is left to
 * join. A fork's child starts with no watchdog (pthread_atfork resets the state). */
typedef struct {
  hearth_store *s;
  uint64_t deadline; /* UINT64_MAX: raised already, or none */
} wd_entry;
static pthread_mutex_t g_wd_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_wd_cond; /* work for the thread (CLOCK_MONOTONIC) */
static pthread_cond_t g_wd_gone; /* the thread has exited */
static wd_entry *g_wd;
static size_t g_wd_n, g_wd_cap;
static bool g_wd_running, g_wd_quit;
static uint64_t g_wd_wake = UINT64_MAX; /* the time the thread's wait ends */
static pthread_once_t g_wd_once = PTHREAD_ONCE_INIT;

static void wd_conds_init(void) {
  pthread_condattr_t a;
  pthread_condattr_init(&a);
  pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
  pthread_cond_init(&g_wd_cond, &a);
  pthread_condattr_destroy(&a);
  pthread_cond_init(&g_wd_gone, NULL);
}

static void wd_stop(void) {
  pthread_mutex_lock(&g_wd_lock);
  g_wd_quit = true;
  pthread_cond_signal(&g_wd_cond);
  while (g_wd_running) pthread_cond_wait(&g_wd_gone, &g_wd_lock);
  free(g_wd);
  g_wd = NULL;
  g_wd_n = g_wd_cap = 0;
  pthread_mutex_unlock(&g_wd_lock);
}

static void wd_prepare(void) { pthread_mutex_lock(&g_wd_lock); }
static void wd_parent(void) { pthread_mutex_unlock(&g_wd_lock); }
static void wd_child(void) {
  /* The thread is not in the child; stores being watched keep their entries (the forking thread's
   * call may be one) and the next watch starts a thread. The conditions may hold the parent's
   * waiters: made anew. */
  g_wd_running = false;
  g_wd_wake = UINT64_MAX;
  wd_conds_init();
  pthread_mutex_unlock(&g_wd_lock);
}

static void wd_init(void) {
  wd_conds_init();
  atexit(wd_stop);
  pthread_atfork(wd_prepare, wd_parent, wd_child);
}

static struct timespec wd_abs(uint64_t ns) {
  return (struct timespec){.tv_sec = (time_t)(ns / 1000000000u), .tv_nsec = (long)(ns % 1000000000u)};
}

static void *wd_main(void *arg) {
  (void)arg;
  const uint64_t idle = (uint64_t)H_WATCHDOG_IDLE_MS * 1000000u;
  uint64_t idle_since = 0;
  pthread_mutex_lock(&g_wd_lock);
  while (!g_wd_quit) {
    uint64_t now = h_mono_ns(), next = UINT64_MAX;
    for (size_t i = 0; i < g_wd_n; i++) {
      if (g_wd[i].deadline <= now) {
        unsigned none = 0;
        atomic_compare_exchange_strong(&g_wd[i].s->interrupt, &none, (unsigned)HEARTH_TRAP_DEADLINE);
        g_wd[i].deadline = UINT64_MAX;
      } else if (g_wd[i].deadline < next) {
        next = g_wd[i].deadline;
      }
    }
    if (g_wd_n == 0) {
      if (!idle_since) idle_since = now;
      else if (now - idle_since >= idle) break;
      next = idle_since + idle;
    } else {
      idle_since = 0;
      if (next == UINT64_MAX) next = now + idle; /* all raised: their calls are ending */
    }
    g_wd_wake = next;
    struct timespec ts = wd_abs(next);
    pthread_cond_timedwait(&g_wd_cond, &g_wd_lock, &ts);
  }
  g_wd_running = false;
  g_wd_wake = UINT64_MAX;
  pthread_cond_broadcast(&g_wd_gone);
  pthread_mutex_unlock(&g_wd_lock);
  return NULL;
}

/* Holds s (its deadline_ns, not 0) for the watchdog; s->watched says whether it is held. Without
 * memory or a thread, s is not held, and its calls run METERED optimized code, which reads the
 * clock (internal.h h_opt_flavour), from their next entry into optimized code on. */
static void wd_watch(hearth_store *s) {
  assert(!s->watched && s->deadline_ns);
  pthread_once(&g_wd_once, wd_init);
  pthread_mutex_lock(&g_wd_lock);
  if (g_wd_n == g_wd_cap) {
    size_t cap = g_wd_cap ? 2 * g_wd_cap : 8;
    /* libc's allocator: process state, outside hearth_alloc_current's count of live objects */
    wd_entry *w = realloc(g_wd, cap * sizeof *w);
    if (!w) goto out;
    g_wd = w;
    g_wd_cap = cap;
  }
  if (!g_wd_running && !g_wd_quit) {
    pthread_attr_t a;
    pthread_t t;
    pthread_attr_init(&a);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    g_wd_running = pthread_create(&t, &a, wd_main, NULL) == 0;
    pthread_attr_destroy(&a);
  }
  if (!g_wd_running) goto out;
  g_wd[g_wd_n++] = (wd_entry){s, s->deadline_ns};
  s->watched = true;
  if (s->deadline_ns < g_wd_wake) pthread_cond_signal(&g_wd_cond);
out:
  pthread_mutex_unlock(&g_wd_lock);
}

static void wd_unwatch(hearth_store *s) {
  assert(s->watched);
  pthread_mutex_lock(&g_wd_lock);
  for (size_t i = 0; i < g_wd_n; i++)
    if (g_wd[i].s == s) {
      g_wd[i] = g_wd[--g_wd_n];
      break;
    }
  s->watched = false;
  pthread_mutex_unlock(&g_wd_lock);
}

/* Whether calls of this process may run UNMETERED optimized code, which needs the watchdog. */
static bool wd_needed(void) { return h_opt_tier() >= H_TIER_OPT; }

/* Setting a deadline is one store, with no lock and nothing shared between stores, except for a
 * store the watchdog holds (its entry is updated) or one running a call under HEARTH_TIER=opt or
 * auto (a host function setting it: the store is held from now to the call's end). */
void hearth_store_set_deadline(hearth_store *store, uint64_t monotonic_ns) {
  store->deadline_ns = monotonic_ns;
  if (store->watched) {
    pthread_mutex_lock(&g_wd_lock);
    for (size_t i = 0; i < g_wd_n; i++)
      if (g_wd[i].s == store) g_wd[i].deadline = monotonic_ns ? monotonic_ns : UINT64_MAX;
    if (monotonic_ns && monotonic_ns < g_wd_wake) pthread_cond_signal(&g_wd_cond);
    pthread_mutex_unlock(&g_wd_lock);
  } else if (monotonic_ns && store->nframes && wd_needed()) {
    wd_watch(store);
  }
}

void hearth_store_set_memory_limit(hearth_store *store, uint64_t bytes) {
  uint64_t cap = store->engine->cfg.max_memory_bytes;
  store->mem_limit = bytes == 0 || bytes > cap ? cap : bytes;
}

void hearth_store_set_max_call_depth(hearth_store *store, uint32_t depth) {
  h_store_rt *r = srt(store);
  if (!depth) depth = store->engine->cfg.max_call_depth;
  if (depth > r->frames_cap) {
    if (store->nframes) return; /* cannot move the frame array under a running guest */
    h_frame *f = h_realloc(store->frames, (size_t)depth * sizeof(h_frame));
    if (!f) return;
    memset(f + r->frames_cap, 0, (size_t)(depth - r->frames_cap) * sizeof *f); /* host_ip NULL */
    store->frames = f;
    r->frames_cap = depth;
  }
  store->max_depth = depth;
}

/* Runs f at the top level or nested (host -> wasm); the interrupt flag is cleared when an
 * outermost call starts, and a deadline that has already passed is raised again; a deadline to
 * come is watched for the call (wd_watch). */
static hearth_status run(hearth_store *s, hearth_func *f, uint64_t *slots) {
  bool outermost = s->nframes == 0;
  if (outermost) {
    atomic_store(&s->interrupt, 0u);
    if (s->deadline_ns && h_mono_ns() >= s->deadline_ns)
      atomic_store(&s->interrupt, (unsigned)HEARTH_TRAP_DEADLINE);
    else if (s->deadline_ns && wd_needed())
      wd_watch(s);
  }
  s->compile_failed = false;
  s->exn = NULL; /* hearth_store_exception: only the exception that fails this call */
  bool exn_arg = false; /* an exception passed back in as an argument must survive the reset */
  for (uint32_t i = 0; i < f->type->nparams; i++) exn_arg |= f->type->params[i] == H_T_EXNREF;
  if (s->nframes == 0 && !exn_arg) h_exn_reset(s);
  hearth_status st = h_interp_call(s, f, slots);
  if (outermost && s->watched) wd_unwatch(s);
  if (st == HEARTH_ERR_TRAP && s->trap == HEARTH_TRAP_NONE) s->trap = HEARTH_TRAP_HOST;
  if (st == HEARTH_ERR_TRAP && s->trap == HEARTH_TRAP_HOST && s->compile_failed)
    h_err(HEARTH_ERR_TRAP,
          "%s: compiling a function on its first call failed (out of memory or code too large)",
          hearth_trap_message(s->trap));
  else if (st == HEARTH_ERR_TRAP)
    h_err(HEARTH_ERR_TRAP, "%s", hearth_trap_message(s->trap));
  return st;
}

/* ================================================================ host functions */

/* A host function is one block: the hearth_func, then the public type array (params, results),
 * then the internal one. */
static hearth_status host_func_new(hearth_store *s, const h_valtype *params, uint32_t np,
                                   const h_valtype *results, uint32_t nr, hearth_host_fn fn,
                                   h_raw_fn raw, void *user, hearth_func **out) {
  size_t n = (size_t)np + nr;
  hearth_func *f = h_calloc(1, sizeof *f + n * (sizeof(hearth_valtype) + 1));
  if (!f) return h_err(HEARTH_ERR_NOMEM, "host function");
  hearth_valtype *pub = (hearth_valtype *)(f + 1);
  h_valtype *in = (h_valtype *)(pub + n);
  for (uint32_t i = 0; i < np; i++) in[i] = params[i];
  for (uint32_t i = 0; i < nr; i++) in[np + i] = results[i];
  for (size_t i = 0; i < n; i++) pub[i] = (hearth_valtype)in[i];
  f->store = s;
  f->host = fn;
  f->raw = raw;
  f->user = user;
  f->host_type.nparams = np;
  f->host_type.nresults = nr;
  f->host_type.params = in;
  f->host_type.results = in + np;
  h_functype_finish(&f->host_type);
  f->type = &f->host_type;
  if (!store_add(s, f, OBJ_FUNC)) {
    h_free(f);
    return h_err(HEARTH_ERR_NOMEM, "host function");
  }
  *out = f;
  return HEARTH_OK;
}

static hearth_status check_types(const hearth_valtype *t, size_t n, uint32_t *out) {
  if (n > H_MAX_FUNC_PARAMS) return h_err(HEARTH_ERR_ARGUMENT, "too many types (%zu)", n);
  if (n && !t) return h_err(HEARTH_ERR_ARGUMENT, "type array is NULL");
  for (size_t i = 0; i < n; i++)
    if (!valtype_ok((int)t[i])) return h_err(HEARTH_ERR_ARGUMENT, "bad value type %d", (int)t[i]);
  *out = (uint32_t)n;
  return HEARTH_OK;
}

hearth_status hearth_func_new(hearth_store *store, const hearth_valtype *params, size_t nparams,
                              const hearth_valtype *results, size_t nresults, hearth_host_fn fn,
                              void *user, hearth_func **out) {
  uint32_t np, nr;
  if (!store || !fn || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  hearth_status st = check_types(params, nparams, &np);
  if (st == HEARTH_OK) st = check_types(results, nresults, &nr);
  if (st != HEARTH_OK) return st;
  h_valtype p[H_MAX_FUNC_PARAMS], r[H_MAX_FUNC_PARAMS];
  for (uint32_t i = 0; i < np; i++) p[i] = (h_valtype)params[i];
  for (uint32_t i = 0; i < nr; i++) r[i] = (h_valtype)results[i];
  return host_func_new(store, p, np, r, nr, fn, NULL, user, out);
}

hearth_status h_rt_host_call(hearth_store *s, hearth_func *f, hearth_instance *caller_inst,
                             uint64_t *slots) {
  hearth_caller c = {s, caller_inst};
  hearth_trap saved = s->trap;
  s->trap = HEARTH_TRAP_NONE;
  hearth_status st;
  if (f->raw) {
    st = f->raw(&c, f->user, slots);
  } else {
    const h_functype *t = f->type;
    hearth_val abuf[8], rbuf[8];
    hearth_val *args = abuf, *res = rbuf;
    if (t->nparams > 8 || t->nresults > 8) {
      args = h_malloc(((size_t)t->nparams + t->nresults + 1) * sizeof(hearth_val));
      if (!args) {
        s->trap = HEARTH_TRAP_HOST;
        return h_err(HEARTH_ERR_TRAP, "host call: out of memory");
      }
      res = args + t->nparams;
    }
    uint32_t k = 0;
    for (uint32_t i = 0; i < t->nparams; i++) {
      slots_to_val(t->params[i], slots + k, &args[i]);
      k += h_slots(t->params[i]);
    }
    for (uint32_t i = 0; i < t->nresults; i++) {
      memset(&res[i], 0, sizeof res[i]);
      res[i].type = (hearth_valtype)t->results[i];
    }
    st = f->host(&c, f->user, args, res);
    if (st == HEARTH_OK) {
      k = 0;
      for (uint32_t i = 0; i < t->nresults; i++) {
        res[i].type = (hearth_valtype)t->results[i]; /* the declared type wins */
        val_to_slots(&res[i], slots + k);
        k += h_slots(t->results[i]);
      }
    }
    if (args != abuf) h_free(args);
  }
  switch (st) {
  case HEARTH_OK: s->trap = saved; return HEARTH_OK;
  case HEARTH_ERR_EXIT: s->trap = saved; return HEARTH_ERR_EXIT;
  case HEARTH_ERR_TRAP:
    if (s->trap == HEARTH_TRAP_NONE) s->trap = HEARTH_TRAP_HOST;
    return HEARTH_ERR_TRAP;
  default:
    s->trap = HEARTH_TRAP_HOST;
    return HEARTH_ERR_TRAP;
  }
}

/* ================================================================ exports, callers */

static hearth_extern export_extern(hearth_instance *inst, const h_export *e) {
  hearth_extern x;
  x.kind = (hearth_extern_kind)e->kind;
  switch (e->kind) {
  case H_EXTERN_FUNC: x.of.func = inst->funcs[e->index]; break;
  case H_EXTERN_TABLE: x.of.table = inst->tables[e->index]; break;
  case H_EXTERN_MEMORY: x.of.memory = inst->mems[e->index]; break;
  case H_EXTERN_TAG: x.of.tag = inst->tags[e->index]; break;
  default: x.of.global = inst->globals[e->index]; break;
  }
  return x;
}

/* The export of m named name[0..len), or NULL. */
static const h_export *export_find(const hearth_module *m, const char *name, size_t len) {
  h_module_rt *rt = module_rt((hearth_module *)m, false);
  if (H_LIKELY(rt && rt->exp_tab)) {
    uint32_t h = name_hash(name, len), mask = rt->exp_mask;
    for (uint32_t j = h & mask;; j = (j + 1) & mask) {
      uint32_t v = rt->exp_tab[j][0];
      if (!v) return NULL;
      const h_export *e = &m->exports[v - 1];
      if (rt->exp_tab[j][1] == h && e->name_len == len && memcmp(e->name, name, len) == 0)
        return e;
    }
  }
  for (uint32_t i = 0; i < m->nexports; i++) {
    const h_export *e = &m->exports[i];
    if (e->name_len == len && memcmp(e->name, name, len) == 0) return e;
  }
  return NULL;
}

hearth_status hearth_instance_export_n(hearth_instance *inst, const char *name, size_t len,
                                       hearth_extern *out) {
  if (!inst || (!name && len) || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (!name) name = "";
  const h_export *e = export_find(inst->module, name, len);
  if (!e)
    return h_err(HEARTH_ERR_NOT_FOUND, "no export named \"%.*s\"", len > 200 ? 200 : (int)len,
                 name);
  *out = export_extern(inst, e);
  return HEARTH_OK;
}

hearth_status hearth_instance_export(hearth_instance *inst, const char *name, hearth_extern *out) {
  if (!name) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  return hearth_instance_export_n(inst, name, strlen(name), out);
}

size_t hearth_instance_export_count(const hearth_instance *inst) {
  return inst ? inst->module->nexports : 0;
}

hearth_status hearth_instance_export_nth(hearth_instance *inst, size_t i, const char **name,
                                         hearth_extern *out) {
  if (!inst || i >= inst->module->nexports) return h_err(HEARTH_ERR_NOT_FOUND, "no export %zu", i);
  const h_export *e = &inst->module->exports[i];
  if (name) *name = e->name;
  if (out) *out = export_extern(inst, e);
  return HEARTH_OK;
}

hearth_module *hearth_instance_module(const hearth_instance *inst) { return inst->module; }

hearth_memory *hearth_caller_memory(hearth_caller *caller) {
  if (!caller || !caller->inst) return NULL;
  hearth_instance *inst = caller->inst;
  uint32_t k = inst->memory_export;
  if (H_UNLIKELY(k == 0)) { /* first call: an instance is used by one thread at a time */
    const h_export *e = export_find(inst->module, "memory", 6);
    k = e && e->kind == H_EXTERN_MEMORY ? e->index + 2 : 1;
    inst->memory_export = k;
  }
  return k >= 2 ? inst->mems[k - 2] : NULL;
}

hearth_status hearth_caller_export(hearth_caller *caller, const char *name, hearth_extern *out) {
  if (!caller || !caller->inst) return h_err(HEARTH_ERR_NOT_FOUND, "no calling instance");
  return hearth_instance_export(caller->inst, name, out);
}

hearth_store *hearth_caller_store(hearth_caller *caller) { return caller->store; }

void hearth_caller_exit(hearth_caller *caller, int code) { caller->store->exit_code = code; }

const char *h_rt_func_name(hearth_instance *inst, uint32_t fi) {
  if (!inst || !inst->module) return "$host";
  hearth_module *m = inst->module;
  if (fi >= m->nfuncs) return "$f?";
  if (m->func_names && m->func_names[fi]) return m->func_names[fi];
  h_module_rt *rt = module_rt(m, true);
  const char **names = rt ? __atomic_load_n(&rt->names, __ATOMIC_ACQUIRE) : NULL;
  return names ? names[fi] : "$f?";
}

/* ================================================================ functions */

hearth_status hearth_func_call(hearth_func *f, const hearth_val *args, size_t nargs,
                               hearth_val *results, size_t nresults) {
  if (!f) return h_err(HEARTH_ERR_ARGUMENT, "function is NULL");
  const h_functype *t = f->type;
  hearth_store *s = f->store;
  if (nargs != t->nparams)
    return h_err(HEARTH_ERR_ARGUMENT, "expected %u arguments, got %zu", t->nparams, nargs);
  if (nresults < t->nresults || (t->nresults && !results))
    return h_err(HEARTH_ERR_ARGUMENT, "room for %u results needed, got %zu", t->nresults, nresults);
  for (uint32_t i = 0; i < t->nparams; i++) {
    /* an externref for an anyref parameter is converted (any.convert_extern) */
    bool ext_any = args[i].type == HEARTH_EXTERNREF && t->params[i] == H_T_ANYREF;
    if ((int)args[i].type != (int)t->params[i] && !ext_any)
      return h_err(HEARTH_ERR_ARGUMENT, "argument %u has the wrong type", i);
    if (args[i].type == HEARTH_ANYREF && args[i].of.anyref &&
        hearth_anyref_kind_of(s, args[i].of.anyref, NULL, NULL) == HEARTH_ANYREF_NULL)
      return h_err(HEARTH_ERR_ARGUMENT, "argument %u is no reference of this store", i);
    if (args[i].type == HEARTH_FUNCREF && args[i].of.funcref && args[i].of.funcref->store != s)
      return h_err(HEARTH_ERR_ARGUMENT, "argument %u is a function of another store", i);
  }
  uint32_t n = t->param_slots > t->result_slots ? t->param_slots : t->result_slots;
  uint64_t buf[32];
  uint64_t *slots = buf;
  if (n > 32) {
    slots = h_malloc((size_t)n * sizeof(uint64_t));
    if (!slots) return h_err(HEARTH_ERR_NOMEM, "call arguments");
  }
  uint32_t k = 0;
  hearth_status st = HEARTH_OK;
  /* Boxes made for earlier arguments live only in `slots` (not yet on the value stack) until the
   * call starts: no collection while the arguments convert. */
  h_gc_defer(s, true);
  for (uint32_t i = 0; i < t->nparams && st == HEARTH_OK; i++) {
    val_to_slots(&args[i], slots + k);
    if (args[i].type == HEARTH_EXTERNREF && t->params[i] == H_T_ANYREF && slots[k] &&
        !(slots[k] = h_gc_box(s, slots[k], s->stack_top)))
      st = h_err(HEARTH_ERR_NOMEM, "argument %u: GC heap exhausted", i);
    /* typed references: the value must be of the parameter's precise type */
    if (st == HEARTH_OK && f->inst && t->pt && h_is_ref(t->params[i])) {
      h_vt p = t->pt[i];
      uint32_t ht = h_vt_heap(p);
      if ((p & H_VT_NONNULL) && !slots[k])
        st = h_err(HEARTH_ERR_ARGUMENT, "argument %u: null for a non-nullable parameter", i);
      else if (slots[k] && ht != H_HT_TOP && t->params[i] != H_T_EXNREF &&
               t->params[i] != H_T_EXTERNREF && !h_gcop_test(f->inst, slots[k], ht, true))
        st = h_err(HEARTH_ERR_ARGUMENT, "argument %u is not of the parameter's type", i);
    }
    k += h_slots(t->params[i]);
  }
  h_gc_defer(s, false);
  if (st != HEARTH_OK) {
    if (slots != buf) h_free(slots);
    return st;
  }
  st = run(s, f, slots);
  if (st == HEARTH_OK) {
    k = 0;
    for (uint32_t i = 0; i < t->nresults; i++) {
      slots_to_val(t->results[i], slots + k, &results[i]);
      k += h_slots(t->results[i]);
    }
  }
  if (slots != buf) h_free(slots);
  return st;
}

void hearth_func_type(const hearth_func *f, const hearth_valtype **params, size_t *nparams,
                      const hearth_valtype **results, size_t *nresults) {
  const h_functype *t = f->type;
  const hearth_valtype *p = NULL;
  if (!f->inst) {
    p = (const hearth_valtype *)(f + 1);
  } else {
    hearth_module *m = f->inst->module;
    h_module_rt *rt = module_rt(m, false);
    if (rt) p = rt->vt + rt->off[t - m->types];
  }
  if (params) *params = p;
  if (nparams) *nparams = p ? t->nparams : 0;
  if (results) *results = p ? p + t->nparams : NULL;
  if (nresults) *nresults = p ? t->nresults : 0;
}

const char *hearth_func_name(const hearth_func *f) {
  if (!f || !f->inst) return NULL;
  const hearth_module *m = f->inst->module;
  return m->func_names && f->index < m->nfuncs ? m->func_names[f->index] : NULL;
}

/* ================================================================ memories */

uint8_t *hearth_memory_data(hearth_memory *mem) {
  /* Writes through the pointer bypass write tracking: the next reset of a snapshot-backed memory
   * drops every page instead of restoring the dirty ones (memory.c). */
  if (mem->snapshot) mem->untracked = true;
  return mem->base;
}

hearth_status hearth_memory_read(const hearth_memory *mem, uint64_t offset, void *dst, size_t len) {
  if (!mem || (!dst && len)) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (offset > mem->size || len > mem->size - offset)
    return h_err(HEARTH_ERR_ARGUMENT, "memory read of %zu bytes at %llu is out of bounds", len,
                 (unsigned long long)offset);
  if (len) memcpy(dst, mem->base + offset, len);
  return HEARTH_OK;
}

hearth_status hearth_memory_write(hearth_memory *mem, uint64_t offset, const void *src,
                                  size_t len) {
  if (!mem || (!src && len)) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (offset > mem->size || len > mem->size - offset)
    return h_err(HEARTH_ERR_ARGUMENT, "memory write of %zu bytes at %llu is out of bounds", len,
                 (unsigned long long)offset);
  h_mem_write(mem, offset, src, len);
  return HEARTH_OK;
}
uint64_t hearth_memory_size(const hearth_memory *mem) { return mem->size; }

hearth_status hearth_memory_grow(hearth_memory *mem, uint64_t delta_pages, uint64_t *old_pages) {
  int64_t r = h_mem_grow(mem, delta_pages);
  if (r < 0) return h_err(HEARTH_ERR_LIMIT, "memory cannot grow by %llu pages",
                          (unsigned long long)delta_pages);
  if (old_pages) *old_pages = (uint64_t)r;
  return HEARTH_OK;
}

/* The effective max is the declared one capped by the engine's limit; the store's limit (which may
 * change later) is checked here for min and by h_mem_grow on every grow. */
static hearth_status memory_create(hearth_store *s, h_limits decl, const h_memimage *img,
                                   hearth_memory **out) {
  uint64_t max = decl.has_max && decl.max < H_MAX_PAGES ? decl.max : H_MAX_PAGES;
  uint64_t cap = s->engine->cfg.max_memory_bytes / H_PAGE_SIZE;
  if (max > cap) max = cap;
  uint64_t min = img ? img->size / H_PAGE_SIZE : decl.min;
  if (min > max || min * H_PAGE_SIZE + s->table_bytes + s->gc_bytes > s->mem_limit)
    return h_err(HEARTH_ERR_NOMEM, "memory of %llu pages exceeds the limit",
                 (unsigned long long)min);
  h_store_rt *r = srt(s);
  if (!h_array_grow((void **)&r->mems, sizeof *r->mems, &r->mems_cap, r->nmems + 1))
    return h_err(HEARTH_ERR_NOMEM, "memory");
  hearth_memory *mem = h_calloc(1, sizeof *mem);
  if (!mem) return h_err(HEARTH_ERR_NOMEM, "memory");
  mem->store = s;
  mem->decl = decl;
  hearth_status st = img ? h_mem_init_image(mem, img, max) : h_mem_init(mem, min, max);
  if (st != HEARTH_OK) {
    h_free(mem);
    return st;
  }
  if (!store_add(s, mem, OBJ_MEMORY)) {
    h_mem_fini(mem);
    h_free(mem);
    return h_err(HEARTH_ERR_NOMEM, "memory");
  }
  r->mems[r->nmems++] = mem;
  *out = mem;
  return HEARTH_OK;
}

hearth_status hearth_memory_new(hearth_store *store, uint64_t min_pages, uint64_t max_pages,
                                hearth_memory **out) {
  if (!store || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  h_limits l = {min_pages, max_pages, max_pages != UINT64_MAX, false};
  if (min_pages > H_MAX_PAGES || (l.has_max && (max_pages < min_pages || max_pages > H_MAX_PAGES)))
    return h_err(HEARTH_ERR_ARGUMENT, "bad memory limits");
  if (!l.has_max) l.max = 0;
  return memory_create(store, l, NULL, out);
}

hearth_status h_rt_memory_new(hearth_store *s, h_limits decl, const h_memimage *img,
                              hearth_memory **out) {
  return memory_create(s, decl, img, out);
}

/* ================================================================ tables */

static uint64_t table_max(const hearth_table *t) {
  uint64_t max = t->decl.has_max ? t->decl.max : UINT32_MAX;
  return max > H_MAX_TABLE_ELEMS ? H_MAX_TABLE_ELEMS : max;
}

/* Table budget: the store's table elements (allocated capacity, 8 bytes each: s->table_bytes)
 * plus its linear memories stay within s->mem_limit, so that tables cannot hold host memory outside
 * max_memory_bytes (a module may declare up to H_MAX_TABLES tables of H_MAX_TABLE_ELEMS each).
 * memory.c's h_mem_grow counts s->table_bytes the same way. Returns how many more table bytes the
 * store may allocate. */
static uint64_t store_mem_bytes(const hearth_store *s) {
  const h_store_rt *r = (const h_store_rt *)s;
  uint64_t n = 0;
  for (uint32_t i = 0; i < r->nmems; i++) n += r->mems[i]->size;
  return n;
}

uint64_t h_rt_store_mem_bytes(const hearth_store *s) { return store_mem_bytes(s); }

void h_rt_store_ref_roots(hearth_store *s, void (*fn)(void *u, const uint64_t *p, size_t n),
                          void *u) {
  for (uint32_t i = 0; i < s->nobjects; i++) {
    void *o = s->objects[i];
    switch (s->object_kinds[i]) {
    case OBJ_GLOBAL:
      if (h_gc_rep_holds_objs(((hearth_global *)o)->type.type)) fn(u, ((hearth_global *)o)->v, 1);
      break;
    case OBJ_TABLE:
      if (h_gc_rep_holds_objs(((hearth_table *)o)->elem))
        fn(u, ((hearth_table *)o)->elems, ((hearth_table *)o)->size);
      break;
    case OBJ_INSTANCE: {
      const hearth_instance *inst = o;
      if (!inst->elem_items) break;
      for (uint32_t k = 0; k < inst->module->nelems; k++)
        if (inst->elem_items[k] && h_gc_rep_holds_objs(inst->module->elems[k].type))
          fn(u, inst->elem_items[k], inst->elem_len[k]);
      break;
    }
    default: break;
    }
  }
}

static uint64_t table_budget(const hearth_store *s) {
  uint64_t used = s->table_bytes + s->gc_bytes + store_mem_bytes(s);
  return used >= s->mem_limit ? 0 : s->mem_limit - used;
}

int64_t h_rt_table_grow(hearth_table *t, uint32_t delta, uint64_t init) {
  uint32_t old = t->size;
  if ((uint64_t)old + delta > table_max(t)) return -1;
  uint32_t need = old + delta;
  if (need > t->cap) {
    uint64_t ncap = (uint64_t)t->cap * 2;
    if (ncap < need) ncap = need;
    if (ncap < 8) ncap = 8;
    if (ncap > table_max(t)) ncap = table_max(t);
    uint64_t room = t->cap + table_budget(t->store) / sizeof(uint64_t);
    if (need > room) return -1;
    if (ncap > room) ncap = room;
    if (t->store && t->store->grow_hook &&
        !t->store->grow_hook(t->store->grow_user, (ncap - t->cap) * sizeof(uint64_t)))
      return -1;
    uint64_t *e = h_realloc(t->elems, (size_t)ncap * sizeof(uint64_t));
    if (!e) return -1;
    t->elems = e;
    t->store->table_bytes += (ncap - t->cap) * sizeof(uint64_t);
    t->cap = (uint32_t)ncap;
  }
  for (uint32_t i = old; i < need; i++) t->elems[i] = init;
  t->size = need;
  t->dirty = true;
  return old;
}

static hearth_status table_create(hearth_store *s, h_tabletype tt, uint64_t size,
                                  hearth_table **out) {
  if (size > H_MAX_TABLE_ELEMS)
    return h_err(HEARTH_ERR_NOMEM, "table of %llu elements exceeds the limit",
                 (unsigned long long)size);
  if (tt.elem == H_T_EXNREF) s->exn_pinned = true; /* exn.c: no collection */
  if (size * sizeof(uint64_t) > table_budget(s))
    return h_err(HEARTH_ERR_LIMIT,
                 "table of %llu elements (%llu bytes) exceeds the store's memory limit of %llu "
                 "bytes (tables already take %llu bytes, linear memory %llu)",
                 (unsigned long long)size, (unsigned long long)(size * sizeof(uint64_t)),
                 (unsigned long long)s->mem_limit, (unsigned long long)s->table_bytes,
                 (unsigned long long)store_mem_bytes(s));
  hearth_table *t = h_calloc(1, sizeof *t);
  if (!t) return h_err(HEARTH_ERR_NOMEM, "table");
  t->store = s;
  t->elem = tt.elem;
  t->pelem = tt.pelem;
  t->decl = tt.limits;
  if (size) {
    t->elems = h_calloc(size, sizeof(uint64_t));
    if (!t->elems) {
      h_free(t);
      return h_err(HEARTH_ERR_NOMEM, "table");
    }
    t->size = t->cap = (uint32_t)size;
  }
  if (!store_add(s, t, OBJ_TABLE)) {
    h_free(t->elems);
    h_free(t);
    return h_err(HEARTH_ERR_NOMEM, "table");
  }
  s->table_bytes += size * sizeof(uint64_t);
  *out = t;
  return HEARTH_OK;
}

hearth_status hearth_table_new(hearth_store *store, hearth_valtype elem, uint32_t min,
                               uint32_t max, hearth_table **out) {
  if (!store || !out || (elem != HEARTH_FUNCREF && elem != HEARTH_EXTERNREF))
    return h_err(HEARTH_ERR_ARGUMENT, "bad table arguments");
  h_tabletype tt = {(h_valtype)elem, {min, max, max != UINT32_MAX, false}, 0};
  if (tt.limits.has_max && max < min) return h_err(HEARTH_ERR_ARGUMENT, "table max < min");
  if (!tt.limits.has_max) tt.limits.max = 0;
  return table_create(store, tt, tt.limits.min, out);
}

hearth_status h_rt_table_new(hearth_store *s, h_tabletype tt, uint32_t size, hearth_table **out) {
  return table_create(s, tt, size, out);
}

static hearth_status ref_from_val(hearth_store *s, h_valtype elem, const hearth_val *v,
                                  uint64_t *out) {
  if (!v || (int)v->type != (int)elem) return h_err(HEARTH_ERR_ARGUMENT, "reference type mismatch");
  if (elem == H_T_FUNCREF && v->of.funcref && v->of.funcref->store != s)
    return h_err(HEARTH_ERR_ARGUMENT, "function of another store");
  *out = elem == H_T_FUNCREF ? (uint64_t)(uintptr_t)v->of.funcref
                             : (uint64_t)(uintptr_t)v->of.externref;
  return HEARTH_OK;
}

uint32_t hearth_table_size(const hearth_table *t) { return t->size; }

hearth_status hearth_table_get(const hearth_table *t, uint32_t i, hearth_val *out) {
  if (i >= t->size) return h_err(HEARTH_ERR_ARGUMENT, "table index %u out of bounds", i);
  slots_to_val(t->elem, &t->elems[i], out);
  return HEARTH_OK;
}

hearth_status hearth_table_set(hearth_table *t, uint32_t i, const hearth_val *v) {
  uint64_t r = 0;
  if (i >= t->size) return h_err(HEARTH_ERR_ARGUMENT, "table index %u out of bounds", i);
  hearth_status st = ref_from_val(t->store, t->elem, v, &r);
  if (st != HEARTH_OK) return st;
  t->elems[i] = r;
  t->dirty = true;
  return HEARTH_OK;
}

hearth_status hearth_table_grow(hearth_table *t, uint32_t delta, const hearth_val *init,
                                uint32_t *old_size) {
  uint64_t r = 0;
  if (init) {
    hearth_status st = ref_from_val(t->store, t->elem, init, &r);
    if (st != HEARTH_OK) return st;
  }
  int64_t old = h_rt_table_grow(t, delta, r);
  if (old < 0) return h_err(HEARTH_ERR_LIMIT, "table cannot grow by %u", delta);
  if (old_size) *old_size = (uint32_t)old;
  return HEARTH_OK;
}

/* ================================================================ globals */

hearth_status hearth_global_get(const hearth_global *g, hearth_val *out) {
  if (!g || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  slots_to_val(g->type.type, g->v, out);
  return HEARTH_OK;
}

hearth_status hearth_global_set(hearth_global *g, const hearth_val *v) {
  if (!g || !v) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (!g->type.mut) return h_err(HEARTH_ERR_ARGUMENT, "global is immutable");
  if ((int)v->type != (int)g->type.type) return h_err(HEARTH_ERR_ARGUMENT, "global type mismatch");
  if (v->type == HEARTH_FUNCREF && v->of.funcref && v->of.funcref->store != g->store)
    return h_err(HEARTH_ERR_ARGUMENT, "function of another store");
  uint64_t w[2] = {0, 0};
  val_to_slots(v, w);
  g->v[0] = w[0];
  g->v[1] = w[1];
  return HEARTH_OK;
}

static hearth_status global_create(hearth_store *s, h_globaltype gt, const uint64_t v[2],
                                   hearth_global **out) {
  hearth_global *g = h_calloc(1, sizeof *g);
  if (!g) return h_err(HEARTH_ERR_NOMEM, "global");
  if (gt.type == H_T_EXNREF) s->exn_pinned = true; /* exn.c: no collection */
  g->store = s;
  g->type = gt;
  g->v[0] = v[0];
  g->v[1] = v[1];
  if (!store_add(s, g, OBJ_GLOBAL)) {
    h_free(g);
    return h_err(HEARTH_ERR_NOMEM, "global");
  }
  *out = g;
  return HEARTH_OK;
}

hearth_status hearth_global_new(hearth_store *store, const hearth_val *init, bool mutable_,
                                hearth_global **out) {
  if (!store || !init || !out || !valtype_ok((int)init->type))
    return h_err(HEARTH_ERR_ARGUMENT, "bad global arguments");
  if (init->type == HEARTH_FUNCREF && init->of.funcref && init->of.funcref->store != store)
    return h_err(HEARTH_ERR_ARGUMENT, "function of another store");
  uint64_t w[2] = {0, 0};
  val_to_slots(init, w);
  h_globaltype gt = {(h_valtype)init->type, mutable_, 0};
  return global_create(store, gt, w, out);
}

hearth_status h_rt_global_new(hearth_store *s, h_globaltype gt, const uint64_t v[2],
                              hearth_global **out) {
  return global_create(s, gt, v, out);
}

/* ================================================================ linker */

typedef struct h_ldef {
  char *module, *name; /* owned */
  uint32_t mlen, nlen;
  uint64_t hash;
  bool is_host;
  hearth_extern ext;   /* !is_host */
  uint64_t id;         /* is_host: unique in the process (key of the per-store cache) */
  h_valtype *types;    /* is_host: params then results (owned) */
  uint32_t nparams, nresults;
  hearth_host_fn fn;   /* is_host: typed callback, or NULL when raw is set */
  h_raw_fn raw;
  void *user;
} h_ldef;

struct hearth_linker {
  hearth_engine *engine;
  hearth_store *store; /* set once a store object is defined */
  bool shadowing;
  h_ldef *defs;
  uint32_t ndefs, defs_cap;
  uint32_t *buckets; /* open addressing: def index + 1, 0 = empty; power-of-two size */
  uint32_t nbuckets;
};

static atomic_uint_fast64_t g_next_def_id = 1;

hearth_status hearth_linker_new(hearth_engine *engine, hearth_linker **out) {
  if (!engine || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  hearth_linker *l = h_calloc(1, sizeof *l);
  if (!l) return h_err(HEARTH_ERR_NOMEM, "linker");
  l->engine = engine;
  *out = l;
  return HEARTH_OK;
}

static void ldef_free(h_ldef *d) {
  h_free(d->module);
  h_free(d->name);
  h_free(d->types);
}

void hearth_linker_delete(hearth_linker *l) {
  if (!l) return;
  for (uint32_t i = 0; i < l->ndefs; i++) ldef_free(&l->defs[i]);
  h_free(l->defs);
  h_free(l->buckets);
  h_free(l);
}

void hearth_linker_allow_shadowing(hearth_linker *l, bool allow) { l->shadowing = allow; }

static const h_ldef *linker_find(const hearth_linker *l, const char *module, size_t mlen,
                                 const char *name, size_t nlen, uint64_t h, uint32_t *slot) {
  if (!l->nbuckets) return NULL;
  uint32_t mask = l->nbuckets - 1;
  for (uint32_t b = (uint32_t)h & mask;; b = (b + 1) & mask) {
    uint32_t v = l->buckets[b];
    if (slot) *slot = b;
    if (!v) return NULL;
    const h_ldef *d = &l->defs[v - 1];
    if (d->hash == h && d->mlen == mlen && d->nlen == nlen && memcmp(d->module, module, mlen) == 0 &&
        memcmp(d->name, name, nlen) == 0)
      return d;
  }
}

static bool linker_rehash(hearth_linker *l, uint32_t nb) {
  uint32_t *b = h_calloc(nb, sizeof *b);
  if (!b) return false;
  for (uint32_t i = 0; i < l->ndefs; i++) {
    uint32_t j = (uint32_t)l->defs[i].hash & (nb - 1);
    while (b[j]) j = (j + 1) & (nb - 1);
    b[j] = i + 1;
  }
  h_free(l->buckets);
  l->buckets = b;
  l->nbuckets = nb;
  return true;
}

/* Takes ownership of d's strings and types (freed here on failure). */
static hearth_status linker_add(hearth_linker *l, h_ldef *d) {
  uint32_t slot;
  const h_ldef *old = linker_find(l, d->module, d->mlen, d->name, d->nlen, d->hash, &slot);
  if (old) {
    if (!l->shadowing) {
      hearth_status st = h_err(HEARTH_ERR_ARGUMENT, "\"%s\" \"%s\" is already defined",
                               d->module, d->name);
      ldef_free(d);
      return st;
    }
    h_ldef *o = &l->defs[old - l->defs];
    ldef_free(o);
    *o = *d;
    return HEARTH_OK;
  }
  if ((uint64_t)(l->ndefs + 1) * 2 > l->nbuckets &&
      !linker_rehash(l, l->nbuckets ? l->nbuckets * 2 : 64)) {
    ldef_free(d);
    return h_err(HEARTH_ERR_NOMEM, "linker");
  }
  if (!h_array_grow((void **)&l->defs, sizeof *l->defs, &l->defs_cap, l->ndefs + 1)) {
    ldef_free(d);
    return h_err(HEARTH_ERR_NOMEM, "linker");
  }
  l->defs[l->ndefs++] = *d;
  uint32_t mask = l->nbuckets - 1, j = (uint32_t)d->hash & mask;
  while (l->buckets[j]) j = (j + 1) & mask;
  l->buckets[j] = l->ndefs;
  return HEARTH_OK;
}

/* Copies (module[0..ml), name[0..nl)) into d (NUL-terminated copies; the names may hold NULs). */
static hearth_status ldef_init(h_ldef *d, const char *module, size_t ml, const char *name,
                               size_t nl) {
  memset(d, 0, sizeof *d);
  if (!module || !name) return h_err(HEARTH_ERR_ARGUMENT, "module or name is NULL");
  if (ml > UINT32_MAX || nl > UINT32_MAX) return h_err(HEARTH_ERR_ARGUMENT, "name too long");
  d->module = h_strndup(module, ml);
  d->name = h_strndup(name, nl);
  if (!d->module || !d->name) {
    ldef_free(d);
    return h_err(HEARTH_ERR_NOMEM, "linker");
  }
  d->mlen = (uint32_t)ml;
  d->nlen = (uint32_t)nl;
  d->hash = hash_key(module, ml, name, nl);
  return HEARTH_OK;
}

/* Defines a host function (fn or raw) of checked types. */
static hearth_status linker_define_host(hearth_linker *linker, const char *module, const char *name,
                                        const h_valtype *params, uint32_t np,
                                        const h_valtype *results, uint32_t nr, hearth_host_fn fn,
                                        h_raw_fn raw, void *user) {
  h_ldef d;
  hearth_status st = ldef_init(&d, module, module ? strlen(module) : 0, name,
                               name ? strlen(name) : 0);
  if (st != HEARTH_OK) return st;
  d.is_host = true;
  d.types = h_malloc((size_t)np + nr + 1);
  if (!d.types) {
    ldef_free(&d);
    return h_err(HEARTH_ERR_NOMEM, "linker");
  }
  if (np) memcpy(d.types, params, np);
  if (nr) memcpy(d.types + np, results, nr);
  d.nparams = np;
  d.nresults = nr;
  d.fn = fn;
  d.raw = raw;
  d.user = user;
  d.id = atomic_fetch_add(&g_next_def_id, 1);
  return linker_add(linker, &d);
}

hearth_status hearth_linker_define_func(hearth_linker *linker, const char *module, const char *name,
                                        const hearth_valtype *params, size_t nparams,
                                        const hearth_valtype *results, size_t nresults,
                                        hearth_host_fn fn, void *user) {
  uint32_t np, nr;
  if (!linker || !fn) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  hearth_status st = check_types(params, nparams, &np);
  if (st == HEARTH_OK) st = check_types(results, nresults, &nr);
  if (st != HEARTH_OK) return st;
  h_valtype p[H_MAX_FUNC_PARAMS], r[H_MAX_FUNC_PARAMS];
  for (uint32_t i = 0; i < np; i++) p[i] = (h_valtype)params[i];
  for (uint32_t i = 0; i < nr; i++) r[i] = (h_valtype)results[i];
  return linker_define_host(linker, module, name, p, np, r, nr, fn, NULL, user);
}

hearth_status h_rt_linker_define_raw(hearth_linker *l, const char *module, const char *name,
                                     const h_valtype *params, uint32_t np,
                                     const h_valtype *results, uint32_t nr, h_raw_fn fn,
                                     void *user) {
  if (!l || !fn) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (np > H_MAX_FUNC_PARAMS || nr > H_MAX_FUNC_PARAMS || (np && !params) || (nr && !results))
    return h_err(HEARTH_ERR_ARGUMENT, "bad host function type");
  for (uint32_t i = 0; i < np + nr; i++)
    if (!valtype_ok(i < np ? params[i] : results[i - np]))
      return h_err(HEARTH_ERR_ARGUMENT, "bad value type");
  return linker_define_host(l, module, name, params, np, results, nr, NULL, fn, user);
}

static hearth_store *extern_store(hearth_extern ext) {
  switch (ext.kind) {
  case HEARTH_EXTERN_FUNC: return ext.of.func ? ext.of.func->store : NULL;
  case HEARTH_EXTERN_TABLE: return ext.of.table ? ext.of.table->store : NULL;
  case HEARTH_EXTERN_MEMORY: return ext.of.memory ? ext.of.memory->store : NULL;
  case HEARTH_EXTERN_GLOBAL: return ext.of.global ? ext.of.global->store : NULL;
  case HEARTH_EXTERN_TAG: return ext.of.tag ? ext.of.tag->store : NULL;
  }
  return NULL;
}

/* hearth_linker_define_extern with the name given as nlen bytes. */
static hearth_status linker_define_extern_n(hearth_linker *linker, const char *module,
                                            const char *name, size_t nlen, hearth_extern ext) {
  if (!linker) return h_err(HEARTH_ERR_ARGUMENT, "linker is NULL");
  hearth_store *s = extern_store(ext);
  if (!s) return h_err(HEARTH_ERR_ARGUMENT, "bad extern");
  if (linker->store && linker->store != s)
    return h_err(HEARTH_ERR_ARGUMENT, "the linker already holds objects of another store");
  h_ldef d;
  hearth_status st = ldef_init(&d, module, module ? strlen(module) : 0, name, nlen);
  if (st != HEARTH_OK) return st;
  d.ext = ext;
  st = linker_add(linker, &d);
  if (st == HEARTH_OK) linker->store = s;
  return st;
}

hearth_status hearth_linker_define_extern(hearth_linker *linker, const char *module,
                                          const char *name, hearth_extern ext) {
  return linker_define_extern_n(linker, module, name, name ? strlen(name) : 0, ext);
}

hearth_status hearth_linker_define_instance(hearth_linker *linker, const char *module,
                                            hearth_instance *inst) {
  if (!linker || !inst) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (linker->store && linker->store != inst->store)
    return h_err(HEARTH_ERR_ARGUMENT, "the linker already holds objects of another store");
  const hearth_module *m = inst->module;
  for (uint32_t i = 0; i < m->nexports; i++) {
    hearth_status st = linker_define_extern_n(linker, module, m->exports[i].name,
                                              m->exports[i].name_len,
                                              export_extern(inst, &m->exports[i]));
    if (st != HEARTH_OK) return st;
  }
  return HEARTH_OK;
}

static h_hostdef ldef_host(const h_ldef *d) {
  h_hostdef h = {d->id, d->types, d->nparams, d->nresults, d->fn, d->user, d->raw};
  return h;
}

/* The store's hearth_func for host definition d (created on first use). */
hearth_status h_rt_host_func(hearth_store *s, const h_hostdef *d, hearth_func **out) {
  h_store_rt *r = srt(s);
  if (r->cache_cap) {
    uint32_t mask = r->cache_cap - 1;
    for (uint32_t j = (uint32_t)(d->id * 0x9E3779B97F4A7C15ull >> 32) & mask; r->cache[j].id;
         j = (j + 1) & mask)
      if (r->cache[j].id == d->id) {
        *out = r->cache[j].func;
        return HEARTH_OK;
      }
  }
  if ((r->cache_n + 1) * 2 > r->cache_cap) {
    uint32_t nc = r->cache_cap ? r->cache_cap * 2 : 64;
    h_hostcache_ent *c = h_calloc(nc, sizeof *c);
    if (!c) return h_err(HEARTH_ERR_NOMEM, "host function cache");
    for (uint32_t i = 0; i < r->cache_cap; i++) {
      if (!r->cache[i].id) continue;
      uint32_t j = (uint32_t)(r->cache[i].id * 0x9E3779B97F4A7C15ull >> 32) & (nc - 1);
      while (c[j].id) j = (j + 1) & (nc - 1);
      c[j] = r->cache[i];
    }
    h_free(r->cache);
    r->cache = c;
    r->cache_cap = nc;
  }
  hearth_func *f;
  hearth_status st = host_func_new(s, d->types, d->nparams, d->types + d->nparams, d->nresults,
                                   d->fn, d->raw, d->user, &f);
  if (st != HEARTH_OK) return st;
  uint32_t mask = r->cache_cap - 1, j = (uint32_t)(d->id * 0x9E3779B97F4A7C15ull >> 32) & mask;
  while (r->cache[j].id) j = (j + 1) & mask;
  r->cache[j].id = d->id;
  r->cache[j].func = f;
  r->cache_n++;
  *out = f;
  return HEARTH_OK;
}

/* ================================================================ instantiation */

static bool limits_match(uint64_t actual_min, bool actual_has_max, uint64_t actual_max,
                         const h_limits *decl) {
  if (actual_min < decl->min) return false;
  if (decl->has_max) {
    if (!actual_has_max || actual_max > decl->max) return false;
  }
  return true;
}

/* Resolves and type-checks import i into inst. */
static hearth_status resolve_import(hearth_store *s, const hearth_linker *l, hearth_instance *inst,
                                    uint32_t i, uint32_t *nf, uint32_t *nt, uint32_t *nm,
                                    uint32_t *ng, uint32_t *ntg) {
  const hearth_module *m = inst->module;
  const h_import *im = &m->imports[i];
  const h_ldef *d =
      l ? linker_find(l, im->module, im->module_len, im->name, im->name_len,
                      hash_key(im->module, im->module_len, im->name, im->name_len), NULL)
        : NULL;
  if (!d) return h_err(HEARTH_ERR_UNLINKABLE, "unknown import \"%s\" \"%s\"", im->module, im->name);
  hearth_extern ext = {.kind = HEARTH_EXTERN_FUNC, .of.func = NULL};
  if (d->is_host) {
    if (im->kind != H_EXTERN_FUNC) goto incompatible;
    ext.kind = HEARTH_EXTERN_FUNC;
    h_hostdef hd = ldef_host(d);
    hearth_status st = h_rt_host_func(s, &hd, &ext.of.func);
    if (st != HEARTH_OK) return st;
  } else {
    ext = d->ext;
    if ((unsigned)ext.kind != im->kind) goto incompatible;
    if (extern_store(ext) != s)
      return h_err(HEARTH_ERR_UNLINKABLE, "import \"%s\" \"%s\" belongs to another store",
                   im->module, im->name);
  }
  switch (im->kind) {
  case H_EXTERN_FUNC:
    if (!h_functype_eq(ext.of.func->type, &m->types[im->desc.func_type])) goto incompatible;
    if (ext.of.func->inst && ext.of.func->type->pt && /* 3.0: a subtype of the import's type */
        !h_gcop_func_sub(ext.of.func, m, im->desc.func_type))
      goto incompatible;
    inst->funcs[(*nf)++] = ext.of.func;
    break;
  case H_EXTERN_TABLE: {
    const hearth_table *t = ext.of.table;
    h_vt te = t->pelem ? t->pelem : t->elem, ie = h_table_pt(&im->desc.table);
    if (t->elem != im->desc.table.elem || t->decl.is64 != im->desc.table.limits.is64 ||
        !h_vt_sub_x(t->tmod, te, m, ie) || !h_vt_sub_x(m, ie, t->tmod, te) ||
        !limits_match(t->size, t->decl.has_max, t->decl.max, &im->desc.table.limits))
      goto incompatible;
    inst->tables[(*nt)++] = ext.of.table;
    break;
  }
  case H_EXTERN_MEMORY: {
    const hearth_memory *mem = ext.of.memory;
    if (mem->decl.is64 != im->desc.mem.is64 ||
        !limits_match(mem->size / H_PAGE_SIZE, mem->decl.has_max, mem->decl.max, &im->desc.mem))
      goto incompatible;
    inst->mems[(*nm)++] = ext.of.memory;
    break;
  }
  case H_EXTERN_TAG: /* tag types match exactly (3.0: equivalent types) */
    if (!h_functype_eq(ext.of.tag->type, &m->types[im->desc.tag_type])) goto incompatible;
    if (ext.of.tag->tmod && !h_type_eq_x(ext.of.tag->tmod, ext.of.tag->tidx, m, im->desc.tag_type))
      goto incompatible;
    inst->tags[(*ntg)++] = ext.of.tag;
    break;
  default: {
    const hearth_global *g = ext.of.global;
    if (g->type.type != im->desc.global.type || g->type.mut != im->desc.global.mut)
      goto incompatible;
    h_vt gt = h_global_pt(&g->type), it = h_global_pt(&im->desc.global);
    if (!h_vt_sub_x(g->tmod, gt, m, it) || (g->type.mut && !h_vt_sub_x(m, it, g->tmod, gt)))
      goto incompatible;
    inst->globals[(*ng)++] = ext.of.global;
    break;
  }
  }
  return HEARTH_OK;
incompatible:
  return h_err(HEARTH_ERR_UNLINKABLE, "incompatible import type \"%s\" \"%s\"", im->module,
               im->name);
}

hearth_status h_rt_linker_host(const hearth_linker *l, const hearth_module *m, uint32_t i,
                               h_hostdef *out) {
  const h_import *im = &m->imports[i];
  const h_ldef *d =
      l ? linker_find(l, im->module, im->module_len, im->name, im->name_len,
                      hash_key(im->module, im->module_len, im->name, im->name_len), NULL)
        : NULL;
  if (!d) return h_err(HEARTH_ERR_UNLINKABLE, "unknown import \"%s\" \"%s\"", im->module, im->name);
  if (!d->is_host)
    return h_err(HEARTH_ERR_ARGUMENT,
                 "import \"%s\" \"%s\" is defined by a store object; a template's linker may "
                 "hold only host functions", im->module, im->name);
  if (im->kind != H_EXTERN_FUNC)
    return h_err(HEARTH_ERR_UNLINKABLE, "incompatible import type \"%s\" \"%s\"", im->module,
                 im->name);
  h_functype ft = {.nparams = d->nparams, .nresults = d->nresults, .params = d->types,
                   .results = d->types + d->nparams};
  h_functype_finish(&ft);
  if (!h_functype_eq(&ft, &m->types[im->desc.func_type]))
    return h_err(HEARTH_ERR_UNLINKABLE, "incompatible import type \"%s\" \"%s\"", im->module,
                 im->name);
  *out = ldef_host(d);
  return HEARTH_OK;
}

static void eval_const(const hearth_instance *inst, const h_constexpr *e, uint64_t out[2]);
/* A trap of a GC constant expression (allocation failure), reported by instantiation. */
static _Thread_local unsigned g_const_trap;

/* An extended constant expression (H_CONST_SEQ): validated, so the stack never under- or
 * overflows (validate.c bounds its depth by H_MAX_CONST_DEPTH). */
static void eval_const_seq(const hearth_instance *inst, const h_constexpr *e, uint64_t out[2]) {
  uint64_t st[H_MAX_CONST_DEPTH][2];
  uint32_t n = 0;
  const h_constexpr *seq = inst->module->const_seq + e->index;
  for (uint64_t k = 0; k < e->bits[0]; k++) {
    const h_constexpr *it = &seq[k];
    uint8_t op = it->op;
    if ((op >= 0x6A && op <= 0x6C) || (op >= 0x7C && op <= 0x7E)) {
      assert(n >= 2);
      uint64_t a = st[n - 2][0], b = st[n - 1][0], r;
      switch (op) {
      case 0x6A: r = (uint32_t)(a + b); break;
      case 0x6B: r = (uint32_t)(a - b); break;
      case 0x6C: r = (uint32_t)((uint32_t)a * (uint32_t)b); break;
      case 0x7C: r = a + b; break;
      case 0x7D: r = a - b; break;
      default: r = a * b; break;
      }
      n--;
      st[n - 1][0] = r;
      st[n - 1][1] = 0;
    } else if (op == 0xFB) {
      if (!h_gcop_const((hearth_instance *)inst, it, st, &n)) g_const_trap = HEARTH_TRAP_GC_HEAP;
    } else {
      assert(n < H_MAX_CONST_DEPTH);
      eval_const(inst, it, st[n++]);
    }
  }
  assert(n == 1);
  out[0] = st[0][0];
  out[1] = st[0][1];
}

static void eval_const(const hearth_instance *inst, const h_constexpr *e, uint64_t out[2]) {
  out[0] = out[1] = 0;
  switch (e->op) {
  case 0x41: out[0] = (uint32_t)e->bits[0]; break;
  case 0x42: out[0] = e->bits[0]; break;
  case 0x43: out[0] = (uint32_t)e->bits[0]; break;
  case 0x44: out[0] = e->bits[0]; break;
  case 0xFD:
    out[0] = e->bits[0];
    out[1] = e->bits[1];
    break;
  case 0xD0: break;
  case 0xD2: out[0] = (uint64_t)(uintptr_t)inst->funcs[e->index]; break;
  case 0x23:
    out[0] = inst->globals[e->index]->v[0];
    out[1] = inst->globals[e->index]->v[1];
    break;
  case H_CONST_SEQ: eval_const_seq(inst, e, out); break;
  default: assert(0 && "const expr op not validated");
  }
}

static hearth_status seg_trap(hearth_store *s, hearth_trap t) {
  s->trap = t;
  s->nbacktrace = 0;
  return h_err(HEARTH_ERR_TRAP, "%s", hearth_trap_message(t));
}

/* Allocates inst, resolves its imports (through linker, or from hosts when non-NULL), adds it to
 * the store and sets up its own functions. */
static hearth_status instance_begin(hearth_store *store, const hearth_linker *linker,
                                    const h_hostdef *hosts, hearth_module *m,
                                    hearth_instance **out) {
  hearth_status st = HEARTH_OK;
  /* Code compiled for one kind of bounds checks runs only in that kind of loop (interp.c). */
  if (m->engine->cfg.no_signal_handler != store->engine->cfg.no_signal_handler)
    return h_err(HEARTH_ERR_ARGUMENT,
                 "the module's engine and the store's engine differ in no_signal_handler");
  hearth_instance *inst = h_calloc(1, sizeof *inst);
  if (!inst) return h_err(HEARTH_ERR_NOMEM, "instance");
  inst->store = store;
  inst->module = hearth_module_ref(m);
  uint32_t ndef = m->nfuncs - m->nimported_funcs;
  inst->funcs = h_calloc(m->nfuncs ? m->nfuncs : 1, sizeof *inst->funcs);
  inst->defined = h_calloc(ndef ? ndef : 1, sizeof *inst->defined);
  h_cache_advise_huge(inst->defined, (size_t)ndef * sizeof *inst->defined); /* Clang: 13 MB */
  inst->tables = h_calloc(m->ntables ? m->ntables : 1, sizeof *inst->tables);
  inst->mems = h_calloc(m->nmems ? m->nmems : 1, sizeof *inst->mems);
  inst->globals = h_calloc(m->nglobals ? m->nglobals : 1, sizeof *inst->globals);
  inst->elem_items = h_calloc(m->nelems ? m->nelems : 1, sizeof *inst->elem_items);
  inst->elem_len = h_calloc(m->nelems ? m->nelems : 1, sizeof *inst->elem_len);
  inst->data_dropped = h_calloc(m->ndatas ? m->ndatas : 1, sizeof *inst->data_dropped);
  inst->tags = h_calloc(m->ntags ? m->ntags : 1, sizeof *inst->tags);
  inst->tag_defs = h_calloc(m->ntags > m->nimported_tags ? m->ntags - m->nimported_tags : 1,
                            sizeof *inst->tag_defs);
  if (!inst->funcs || !inst->defined || !inst->tables || !inst->mems || !inst->globals ||
      !inst->elem_items || !inst->elem_len || !inst->data_dropped || !inst->tags ||
      !inst->tag_defs) {
    instance_free(inst);
    return h_err(HEARTH_ERR_NOMEM, "instance");
  }

  /* 1. Imports: nothing outside the instance changes until they all resolve (host functions
   * materialized in the store's cache excepted). */
  uint32_t nf = 0, nt = 0, nm = 0, ng = 0, ntg = 0;
  for (uint32_t i = 0; i < m->nimports; i++) {
    if (hosts) {
      assert(m->imports[i].kind == H_EXTERN_FUNC);
      st = h_rt_host_func(store, &hosts[i], &inst->funcs[nf++]);
    } else {
      st = resolve_import(store, linker, inst, i, &nf, &nt, &nm, &ng, &ntg);
    }
    if (st != HEARTH_OK) {
      instance_free(inst);
      return st;
    }
  }
  assert(nf == m->nimported_funcs && nt == m->nimported_tables && nm == m->nimported_mems &&
         ng == m->nimported_globals);
  if (!store_add(store, inst, OBJ_INSTANCE)) {
    instance_free(inst);
    return h_err(HEARTH_ERR_NOMEM, "instance");
  }
  /* From here on the instance belongs to the store: objects it created stay there on failure. */

  /* 2. Functions (needed by ref.func in constant expressions). */
  for (uint32_t i = 0; i < ndef; i++) {
    hearth_func *f = &inst->defined[i];
    uint32_t fi = m->nimported_funcs + i;
    f->store = store;
    f->type = &m->types[m->func_type[fi]];
    f->inst = inst;
    f->code = &m->code[i];
    f->index = fi;
    inst->funcs[fi] = f;
  }
  /* Tags (exception handling): each instantiation makes new ones. */
  for (uint32_t i = m->nimported_tags; i < m->ntags; i++) {
    hearth_tag *t = &inst->tag_defs[i - m->nimported_tags];
    t->store = store;
    t->type = &m->types[m->tag_type[i]];
    t->tmod = m;
    t->tidx = m->tag_type[i];
    inst->tags[i] = t;
  }
  *out = inst;
  return HEARTH_OK;
}

hearth_status h_rt_instance_begin(hearth_store *s, hearth_module *m, const h_hostdef *hosts,
                                  hearth_instance **out) {
  return instance_begin(s, NULL, hosts, m, out);
}

static hearth_status instance_finish(hearth_store *store, hearth_instance *inst);

hearth_status hearth_instance_new(hearth_store *store, const hearth_linker *linker,
                                  hearth_module *module, hearth_instance **out) {
  if (!store || !module || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (linker && linker->store && linker->store != store)
    return h_err(HEARTH_ERR_ARGUMENT, "the linker holds objects of another store");
  hearth_instance *inst;
  hearth_status st = instance_begin(store, linker, NULL, module, &inst);
  if (st == HEARTH_OK) st = instance_finish(store, inst);
  if (st == HEARTH_OK) *out = inst;
  return st;
}

hearth_status h_rt_instance_new_hosts(hearth_store *s, hearth_module *m, const h_hostdef *hosts,
                                      hearth_instance **out) {
  hearth_instance *inst;
  hearth_status st = instance_begin(s, NULL, hosts, m, &inst);
  if (st == HEARTH_OK) st = instance_finish(s, inst);
  if (st == HEARTH_OK) *out = inst;
  return st;
}

/* Steps 3 to 6 of instantiation: globals, memories, tables, segments. GC constant expressions
 * keep intermediate objects in C arrays (eval_const_seq, element items before they reach a table),
 * so the caller holds the store's collections off meanwhile (h_gc_defer). */
static hearth_status instance_init(hearth_store *store, hearth_instance *inst) {
  hearth_module *m = inst->module;
  hearth_status st;
  /* 3. Globals, memories, tables. */
  g_const_trap = 0;
  for (uint32_t i = m->nimported_globals; i < m->nglobals; i++) {
    uint64_t v[2];
    eval_const(inst, &m->global_init[i - m->nimported_globals], v);
    if (g_const_trap) return seg_trap(store, g_const_trap);
    st = global_create(store, m->globals[i], v, &inst->globals[i]);
    if (st != HEARTH_OK) return st;
    inst->globals[i]->tmod = m;
  }
  for (uint32_t i = m->nimported_mems; i < m->nmems; i++) {
    st = memory_create(store, m->mems[i], NULL, &inst->mems[i]);
    if (st != HEARTH_OK) return st;
  }
  inst->mem0 = m->nmems ? inst->mems[0] : NULL;
  for (uint32_t i = m->nimported_tables; i < m->ntables; i++) {
    st = table_create(store, m->tables[i], m->tables[i].limits.min, &inst->tables[i]);
    if (st != HEARTH_OK) return st;
    inst->tables[i]->tmod = m;
    const h_constexpr *ti = m->table_init ? &m->table_init[i - m->nimported_tables] : NULL;
    if (ti && ti->op) { /* 3.0 table initializer: every element */
      uint64_t v[2];
      eval_const(inst, ti, v);
      if (g_const_trap) return seg_trap(store, g_const_trap);
      hearth_table *t = inst->tables[i];
      for (uint64_t k = 0; k < t->size; k++) t->elems[k] = v[0];
    }
  }

  /* 4. Element segments' references. */
  for (uint32_t i = 0; i < m->nelems; i++) {
    const h_elem *e = &m->elems[i];
    if (!e->count) continue;
    uint64_t *items = h_malloc((size_t)e->count * sizeof(uint64_t));
    if (!items) return h_err(HEARTH_ERR_NOMEM, "element segment");
    for (uint32_t j = 0; j < e->count; j++) {
      uint64_t v[2];
      eval_const(inst, &e->items[j], v);
      items[j] = v[0];
    }
    if (g_const_trap) {
      h_free(items);
      return seg_trap(store, g_const_trap);
    }
    inst->elem_items[i] = items;
    inst->elem_len[i] = e->count;
  }

  /* 5. Active element segments (table.init; elem.drop), declarative ones dropped. */
  for (uint32_t i = 0; i < m->nelems; i++) {
    const h_elem *e = &m->elems[i];
    if (e->mode == H_SEG_ACTIVE) {
      uint64_t off[2];
      eval_const(inst, &e->offset, off);
      hearth_table *t = inst->tables[e->table];
      uint64_t o = m->tables[e->table].limits.is64 ? off[0] : (uint32_t)off[0];
      if (o > t->size) return seg_trap(store, HEARTH_TRAP_OOB_TABLE);
      if (o + inst->elem_len[i] > t->size) return seg_trap(store, HEARTH_TRAP_OOB_TABLE);
      if (inst->elem_len[i])
        memcpy(t->elems + o, inst->elem_items[i], (size_t)inst->elem_len[i] * sizeof(uint64_t));
    }
    if (e->mode != H_SEG_PASSIVE) {
      h_free(inst->elem_items[i]);
      inst->elem_items[i] = NULL;
      inst->elem_len[i] = 0;
    }
  }

  /* 6. Active data segments (memory.init; data.drop). */
  for (uint32_t i = 0; i < m->ndatas; i++) {
    const h_data *d = &m->datas[i];
    if (d->mode != H_SEG_ACTIVE) continue;
    uint64_t off[2];
    eval_const(inst, &d->offset, off);
    hearth_memory *mem = inst->mems[d->memory];
    uint64_t o = m->mems[d->memory].is64 ? off[0] : (uint32_t)off[0];
    if (o > mem->size || d->len > mem->size - o) return seg_trap(store, HEARTH_TRAP_OOB_MEMORY);
    /* A big segment covers whole 2 MiB pages of fresh memory: huge pages there cost no memory and
     * one fault per 2 MiB instead of 512 (Clang's 9.4 MB: 35-45 -> 7-11 ms of CPU; cache.c). */
    if (!mem->snapshot) h_cache_advise_huge(mem->base + o, d->len);
    if (d->len) memcpy(mem->base + o, d->bytes, d->len);
    inst->data_dropped[i] = true;
  }

  return HEARTH_OK;
}

/* Steps 3 to 7 of instantiation: instance_init without collections, then the start function. */
static hearth_status instance_finish(hearth_store *store, hearth_instance *inst) {
  h_gc_defer(store, true);
  hearth_status st = instance_init(store, inst);
  h_gc_defer(store, false);
  if (st != HEARTH_OK) return st;
  /* 7. Start. */
  if (inst->module->has_start) {
    uint64_t slots[2];
    st = run(store, inst->funcs[inst->module->start], slots);
    if (st != HEARTH_OK) return st;
  }
  return HEARTH_OK;
}
