/* snapshot.c: templates (imports resolved once, initialized once, state captured) and instance reset. */
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "comp.h"
#include "internal.h"
#include "wasi.h"

/* A template owns: one module reference, copies of the host function definitions its imports
 * resolved to, and the snapshot. Imports are host functions only, so every memory, table and global
 * of an instance is its own (indices 0..n) and every function reference a guest can hold is a
 * function of the instance's function space: references are stored as function index + 1 (0 =
 * null) and re-targeted per instance. Externrefs are opaque host pointers, stored as they are.
 *
 * Memory contents live in a sealed memfd holding the snapshot's bytes up to the last non-zero OS
 * page (zero pages inside are holes); memory.c maps it copy-on-write into each instance. */

typedef struct h_snap_mem {
  int fd;               /* -1 when image_bytes is 0 */
  uint64_t size;        /* bytes at the snapshot */
  uint64_t image_bytes; /* non-zero prefix, an OS-page multiple */
  const uint8_t *map;   /* fd mapped read-only (MAP_SHARED): what reset copies dirty granules from */
} h_snap_mem;

/* A reference to a GC object in the initialized state: global i, element j of table i, or item j
 * of element segment i holds object idx1 - 1 of the template's GC image (gc.c). The encoded
 * value there is 0; instantiation and reset write the instance's object. */
typedef struct h_snap_oref {
  uint32_t i, j, idx1;
} h_snap_oref;

typedef struct h_snap_table {
  uint32_t size;
  uint64_t *elems;      /* size encoded references */
} h_snap_table;

/* One core instance of a component template (see "component templates" below). */
typedef struct h_csnap_core {
  const hearth_module *module; /* borrowed from the component: which module it instantiates */
  uint32_t nmems, nglobals;    /* its own memories and globals (past the imported ones) */
  h_snap_mem *mems;            /* the memory images */
  uint64_t *globals;           /* 2 words per own global, as initialized */
} h_csnap_core;

struct hearth_template {
  atomic_int refs;
  hearth_module *module;     /* one reference */
  h_hostdef *hosts;          /* nimports */
  h_valtype *host_types;     /* the hosts' type arrays, one block */
  h_snap_mem *mems;          /* nmems */
  uint64_t *globals;         /* 2 words per global (encoded when a reference) */
  uint32_t *mut_globals;     /* indices of the mutable globals (what reset restores) */
  uint32_t nmut_globals;
  h_snap_table *tables;      /* ntables */
  uint32_t *elem_len;        /* nelems */
  uint64_t **elem_items;     /* nelems, encoded references (NULL when elem_len is 0) */
  bool *data_dropped;        /* ndatas */
  hearth_wasi *wasi;         /* WASI state after initialization, cloned per instance, or NULL */
  h_gc_image *gc;            /* GC objects reachable from globals, tables, segments, or NULL */
  h_snap_oref *orefs[3];     /* per H_OREF_*: the references to them (sorted by i, then j) */
  uint32_t norefs[3], orefs_cap[3];
  /* Component templates (module is NULL): */
  hearth_engine *engine;
  hearth_component *comp;    /* one reference */
  const hearth_clinker *clinker; /* borrowed: must outlive the template */
  h_csnap_core *cores;       /* ncores, in creation order */
  uint32_t ncores;
};

static size_t os_page(void) {
  long p = sysconf(_SC_PAGESIZE);
  return p > 0 ? (size_t)p : 4096u;
}

/* ================================================================ references */

enum { H_OREF_GLOBAL = 0, H_OREF_TABLE = 1, H_OREF_ELEM = 2 };

/* Function index + 1 of the function f in inst's function space, or 0 when it has none. */
static uint64_t func_index1(const hearth_instance *inst, const hearth_func *f) {
  if (f->inst == inst) return (uint64_t)f->index + 1;
  const hearth_module *m = inst->module;
  for (uint32_t i = 0; i < m->nimported_funcs; i++)
    if (inst->funcs[i] == f) return (uint64_t)i + 1;
  return 0;
}

static hearth_status encode_ref(const hearth_instance *inst, h_valtype t, uint64_t raw,
                                uint64_t *out) {
  if (t != H_T_FUNCREF || raw == 0) {
    *out = raw;
    return HEARTH_OK;
  }
  uint64_t x = func_index1(inst, (const hearth_func *)(uintptr_t)raw);
  if (!x)
    return h_err(HEARTH_ERR_UNSUPPORTED,
                 "the initialized state holds a reference to a function outside the instance");
  *out = x;
  return HEARTH_OK;
}

static inline uint64_t decode_ref(const hearth_instance *inst, h_valtype t, uint64_t enc) {
  if (t != H_T_FUNCREF || enc == 0) return enc;
  return (uint64_t)(uintptr_t)inst->funcs[enc - 1];
}

/* ================================================================ capture */

static bool zero_block(const uint8_t *p, size_t n) {
  const uint64_t *w = (const uint64_t *)(const void *)p;
  uint64_t acc = 0;
  for (size_t i = 0; i < n / 8; i++) acc |= w[i];
  return acc == 0;
}

static bool write_all(int fd, const uint8_t *p, size_t n, uint64_t off) {
  while (n) {
    ssize_t w = pwrite(fd, p, n, (off_t)off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    p += w;
    n -= (size_t)w;
    off += (uint64_t)w;
  }
  return true;
}

/* Marks in (*zero)[i] the OS pages of mem known to be zero: pages the private memory never
 * touched (neither present nor swapped, per /proc/self/pagemap), then, among the rest, those whose
 * bytes are all zero. Scanning only touched pages keeps a large, mostly untouched memory cheap to
 * capture; without pagemap every page is scanned. */
static hearth_status zero_pages(const hearth_memory *mem, size_t pg, uint8_t **zero) {
  size_t n = (size_t)(mem->size / pg);
  uint8_t *z = h_malloc(n ? n : 1);
  if (!z) return h_err(HEARTH_ERR_NOMEM, "template memory scan");
  memset(z, 1, n); /* 1 = touched: must be scanned */
  int fd = n ? open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC) : -1;
  if (fd >= 0) {
    uint64_t buf[512];
    size_t first = (size_t)((uintptr_t)mem->base / pg);
    for (size_t i = 0; i < n;) {
      size_t k = n - i < 512 ? n - i : 512;
      ssize_t r = pread(fd, buf, k * 8, (off_t)((first + i) * 8));
      if (r <= 0 || r % 8) break;
      k = (size_t)r / 8;
      for (size_t j = 0; j < k; j++) z[i + j] = (buf[j] >> 62) != 0; /* present or swapped */
      i += k;
    }
    close(fd);
  }
  for (size_t i = 0; i < n; i++) z[i] = !z[i] || zero_block(mem->base + i * pg, pg);
  *zero = z;
  return HEARTH_OK;
}

/* Puts mem's non-zero prefix into a new sealed memfd. */
static hearth_status capture_memory(const hearth_memory *mem, h_snap_mem *out) {
  size_t pg = os_page();
  assert(mem->size % pg == 0);
  out->size = mem->size;
  out->image_bytes = 0;
  out->fd = -1;
  out->map = NULL;
  uint8_t *zero;
  hearth_status st = zero_pages(mem, pg, &zero);
  if (st != HEARTH_OK) return st;
  size_t npages = (size_t)(mem->size / pg), end = npages;
  while (end && zero[end - 1]) end--;
  if (!end) goto done;
  int fd = memfd_create("hearth-image", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (fd < 0) {
    st = h_err(HEARTH_ERR_NOMEM, "memfd_create: %s", strerror(errno));
    goto done;
  }
  if (ftruncate(fd, (off_t)(end * pg)) != 0) {
    st = h_err(HEARTH_ERR_NOMEM, "memory image of %zu bytes: %s", end * pg, strerror(errno));
    close(fd);
    goto done;
  }
  /* Zero pages stay holes in the file. */
  for (size_t i = 0; i < end;) {
    if (zero[i]) {
      i++;
      continue;
    }
    size_t start = i;
    while (i < end && !zero[i]) i++;
    if (!write_all(fd, mem->base + start * pg, (i - start) * pg, (uint64_t)start * pg)) {
      st = h_err(HEARTH_ERR_NOMEM, "writing the memory image: %s", strerror(errno));
      close(fd);
      goto done;
    }
  }
  /* Best effort: the image is never written again either way. */
  (void)fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
  void *map = mmap(NULL, end * pg, PROT_READ, MAP_SHARED, fd, 0);
  if (map == MAP_FAILED) {
    st = h_err(HEARTH_ERR_NOMEM, "mapping the memory image: %s", strerror(errno));
    close(fd);
    goto done;
  }
  out->fd = fd;
  out->map = map;
  out->image_bytes = (uint64_t)end * pg;
done:
  h_free(zero);
  return st;
}

static void csnap_free_cores(hearth_template *t);

static void template_free(hearth_template *t) {
  if (t->comp) {
    csnap_free_cores(t);
    hearth_component_delete(t->comp);
    h_free(t);
    return;
  }
  hearth_module *m = t->module;
  if (t->mems)
    for (uint32_t i = 0; i < m->nmems; i++)
      if (t->mems[i].fd >= 0) {
        munmap((void *)(uintptr_t)t->mems[i].map, (size_t)t->mems[i].image_bytes);
        close(t->mems[i].fd);
      }
  if (t->tables)
    for (uint32_t i = 0; i < m->ntables; i++) h_free(t->tables[i].elems);
  if (t->elem_items)
    for (uint32_t i = 0; i < m->nelems; i++) h_free(t->elem_items[i]);
  h_free(t->mems);
  h_free(t->tables);
  h_free(t->elem_items);
  h_free(t->elem_len);
  h_free(t->data_dropped);
  h_free(t->globals);
  h_free(t->mut_globals);
  h_gc_image_free(t->gc);
  for (int k = 0; k < 3; k++) h_free(t->orefs[k]);
  h_free(t->hosts);
  h_free(t->host_types);
  hearth_wasi_delete(t->wasi);
  hearth_module_delete(m);
  h_free(t);
}

/* GC references (gc.c images): function references inside objects are encoded as function index
 * + 1, like those of globals and tables. */
static uint64_t gc_func_enc(void *u, uint64_t f) {
  return func_index1(u, (const hearth_func *)(uintptr_t)f);
}

static uint64_t gc_func_dec(void *u, uint64_t enc) {
  return (uint64_t)(uintptr_t)((hearth_instance *)u)->funcs[enc - 1];
}

/* If *slot holds a GC object of inst's store: adds it to t's image, records where it was (kind, i,
 * j) and zeroes *slot (the encoded form). */
static hearth_status capture_oref(hearth_template *t, const hearth_instance *inst, int kind,
                                  uint32_t i, uint32_t j, uint64_t raw, uint64_t *slot) {
  if (!inst->store->gc || !h_gc_is_obj(inst->store, raw)) return HEARTH_OK;
  if (!t->gc && !(t->gc = h_gc_image_new())) return h_err(HEARTH_ERR_NOMEM, "template");
  uint32_t idx1;
  hearth_status st = h_gc_image_add(t->gc, inst->store, raw, gc_func_enc, (void *)inst, &idx1);
  if (st != HEARTH_OK) return st;
  uint32_t n = t->norefs[kind];
  if (!h_array_grow((void **)&t->orefs[kind], sizeof(h_snap_oref), &t->orefs_cap[kind], n + 1))
    return h_err(HEARTH_ERR_NOMEM, "template");
  t->orefs[kind][n] = (h_snap_oref){i, j, idx1};
  t->norefs[kind] = n + 1;
  *slot = 0;
  return HEARTH_OK;
}

/* Writes the instance's GC objects where the snapshot had them: every reference of `kind`, or
 * (only >= 0) those of index i. */
static void apply_orefs(const hearth_template *t, hearth_instance *inst, int kind, int64_t only) {
  for (uint32_t k = 0; k < t->norefs[kind]; k++) {
    const h_snap_oref *r = &t->orefs[kind][k];
    if (only >= 0 && r->i != (uint64_t)only) continue;
    uint64_t v = (uint64_t)(uintptr_t)inst->gc_objs[r->idx1 - 1];
    switch (kind) {
    case H_OREF_GLOBAL: inst->globals[r->i]->v[0] = v; break;
    case H_OREF_TABLE: inst->tables[r->i]->elems[r->j] = v; break;
    default: inst->elem_items[r->i][r->j] = v; break;
    }
  }
}

/* Records inst's state (the instance of t's module, just initialized) into t. */
static hearth_status capture(hearth_template *t, const hearth_instance *inst) {
  const hearth_module *m = t->module;
  hearth_status st;
  t->mems = h_calloc(m->nmems ? m->nmems : 1, sizeof *t->mems);
  if (!t->mems) return h_err(HEARTH_ERR_NOMEM, "template");
  for (uint32_t i = 0; i < m->nmems; i++) t->mems[i].fd = -1;
  t->globals = h_calloc(m->nglobals ? m->nglobals : 1, 2 * sizeof *t->globals);
  t->tables = h_calloc(m->ntables ? m->ntables : 1, sizeof *t->tables);
  t->elem_len = h_calloc(m->nelems ? m->nelems : 1, sizeof *t->elem_len);
  t->elem_items = h_calloc(m->nelems ? m->nelems : 1, sizeof *t->elem_items);
  t->data_dropped = h_calloc(m->ndatas ? m->ndatas : 1, sizeof *t->data_dropped);
  if (!t->globals || !t->tables || !t->elem_len || !t->elem_items || !t->data_dropped)
    return h_err(HEARTH_ERR_NOMEM, "template");
  for (uint32_t i = 0; i < m->nmems; i++) {
    st = capture_memory(inst->mems[i], &t->mems[i]);
    if (st != HEARTH_OK) return st;
  }
  t->mut_globals = h_malloc((m->nglobals ? m->nglobals : 1) * sizeof *t->mut_globals);
  if (!t->mut_globals) return h_err(HEARTH_ERR_NOMEM, "template");
  for (uint32_t i = 0; i < m->nglobals; i++) {
    const hearth_global *g = inst->globals[i];
    if (g->type.mut) t->mut_globals[t->nmut_globals++] = i;
    t->globals[2 * i + 1] = g->v[1];
    if (h_is_ref(g->type.type)) {
      st = encode_ref(inst, g->type.type, g->v[0], &t->globals[2 * i]);
      if (st != HEARTH_OK) return st;
    } else {
      t->globals[2 * i] = g->v[0];
    }
    if (!h_is_num(g->type.type) && g->type.type != H_T_V128) {
      st = capture_oref(t, inst, H_OREF_GLOBAL, i, 0, g->v[0], &t->globals[2 * i]);
      if (st != HEARTH_OK) return st;
    }
  }
  for (uint32_t i = 0; i < m->ntables; i++) {
    const hearth_table *tab = inst->tables[i];
    h_snap_table *s = &t->tables[i];
    s->size = tab->size;
    if (!tab->size) continue;
    s->elems = h_malloc((size_t)tab->size * sizeof(uint64_t));
    if (!s->elems) return h_err(HEARTH_ERR_NOMEM, "template table");
    for (uint32_t j = 0; j < tab->size; j++) {
      st = encode_ref(inst, tab->elem, tab->elems[j], &s->elems[j]);
      if (st != HEARTH_OK) return st;
      st = capture_oref(t, inst, H_OREF_TABLE, i, j, tab->elems[j], &s->elems[j]);
      if (st != HEARTH_OK) return st;
    }
  }
  for (uint32_t i = 0; i < m->nelems; i++) {
    uint32_t n = inst->elem_len[i];
    t->elem_len[i] = n;
    if (!n) continue;
    t->elem_items[i] = h_malloc((size_t)n * sizeof(uint64_t));
    if (!t->elem_items[i]) return h_err(HEARTH_ERR_NOMEM, "template element segment");
    for (uint32_t j = 0; j < n; j++) {
      st = encode_ref(inst, m->elems[i].type, inst->elem_items[i][j], &t->elem_items[i][j]);
      if (st != HEARTH_OK) return st;
      st = capture_oref(t, inst, H_OREF_ELEM, i, j, inst->elem_items[i][j], &t->elem_items[i][j]);
      if (st != HEARTH_OK) return st;
    }
  }
  if (t->gc) h_gc_image_seal(t->gc);
  if (m->ndatas) memcpy(t->data_dropped, inst->data_dropped, m->ndatas * sizeof(bool));
  return HEARTH_OK;
}

/* Calls the initialization export of inst (see hearth_template_config.init_export). */
static hearth_status run_init(hearth_instance *inst, const hearth_template_config *cfg) {
  const char *name = cfg && cfg->init_export ? cfg->init_export : "_initialize";
  hearth_extern x;
  if (hearth_instance_export(inst, name, &x) != HEARTH_OK) {
    if (cfg && cfg->init_export)
      return h_err(HEARTH_ERR_NOT_FOUND, "no export named \"%s\" to initialize with", name);
    h_err_clear();
    return HEARTH_OK;
  }
  if (x.kind != HEARTH_EXTERN_FUNC)
    return h_err(HEARTH_ERR_ARGUMENT, "initialization export \"%s\" is not a function", name);
  const h_functype *ft = x.of.func->type;
  if (ft->nparams)
    return h_err(HEARTH_ERR_ARGUMENT, "initialization export \"%s\" takes parameters", name);
  hearth_val rbuf[4], *res = rbuf;
  if (ft->nresults > 4) {
    res = h_malloc(ft->nresults * sizeof *res);
    if (!res) return h_err(HEARTH_ERR_NOMEM, "initialization results");
  }
  hearth_status st = hearth_func_call(x.of.func, NULL, 0, res, ft->nresults);
  if (res != rbuf) h_free(res);
  if (st == HEARTH_ERR_TRAP)
    return h_err(HEARTH_ERR_TRAP, "initialization (\"%s\") trapped: %s", name,
                 hearth_trap_message(inst->store->trap));
  if (st == HEARTH_ERR_EXIT)
    return h_err(HEARTH_ERR_EXIT, "initialization (\"%s\") exited with code %d", name,
                 inst->store->exit_code);
  return st;
}

/* ================================================================ public API */

/* The limits a template's initialization runs under (cfg may be NULL): memory, fuel, deadline. */
static void init_limits(hearth_store *store, const hearth_template_config *cfg) {
  if (!cfg) return;
  if (cfg->max_memory_bytes) hearth_store_set_memory_limit(store, cfg->max_memory_bytes);
  if (cfg->init_fuel) hearth_store_set_fuel(store, cfg->init_fuel);
  if (cfg->init_timeout_ms) {
    uint64_t now = h_mono_ns();
    uint64_t budget = cfg->init_timeout_ms > (UINT64_MAX - now) / 1000000u
                          ? UINT64_MAX - now
                          : cfg->init_timeout_ms * 1000000u;
    hearth_store_set_deadline(store, now + budget);
  }
}

hearth_status hearth_template_new(hearth_engine *engine, hearth_module *module,
                                  const hearth_linker *linker, const hearth_template_config *cfg,
                                  hearth_template **out) {
  if (!engine || !module || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  /* Reset trusts the dirty map, which optimized code of such an engine does not mark. */
  if (engine->cfg.no_reset || module->engine->cfg.no_reset)
    return h_err(HEARTH_ERR_ARGUMENT, "the engine was made with no_reset: no templates");
  hearth_module *m = module;
  hearth_status st = HEARTH_OK;
  hearth_store *store = NULL;
  hearth_template *t = h_calloc(1, sizeof *t);
  if (!t) return h_err(HEARTH_ERR_NOMEM, "template");
  atomic_init(&t->refs, 1);
  t->module = hearth_module_ref(m);

  /* 1. Imports, resolved once into store-independent host definitions. */
  t->hosts = h_calloc(m->nimports ? m->nimports : 1, sizeof *t->hosts);
  if (!t->hosts) {
    st = h_err(HEARTH_ERR_NOMEM, "template");
    goto done;
  }
  size_t ntypes = 0;
  for (uint32_t i = 0; i < m->nimports; i++) {
    st = h_rt_linker_host(linker, m, i, &t->hosts[i]);
    if (st != HEARTH_OK) goto done;
    ntypes += (size_t)t->hosts[i].nparams + t->hosts[i].nresults;
  }
  t->host_types = h_malloc(ntypes ? ntypes : 1);
  if (!t->host_types) {
    st = h_err(HEARTH_ERR_NOMEM, "template");
    goto done;
  }
  for (uint32_t i = 0, k = 0; i < m->nimports; i++) {
    h_hostdef *d = &t->hosts[i];
    uint32_t n = d->nparams + d->nresults;
    if (n) memcpy(t->host_types + k, d->types, n);
    d->types = t->host_types + k;
    k += n;
  }
  /* WASI imports use the context attached to each store, never one shared by every instance:
   * the template keeps its own (a copy of a context the linker was bound to), initializes with
   * it, and pools give each instance a clone of it. */
  st = h_wasi_template_prepare(t->hosts, m->nimports, &t->wasi);
  if (st != HEARTH_OK) goto done;

  /* 2. Instantiate and initialize in a private store, then capture. */
  st = hearth_store_new(engine, &store);
  if (st != HEARTH_OK) goto done;
  init_limits(store, cfg);
  if (t->wasi) hearth_wasi_attach(store, t->wasi);
  hearth_instance *inst;
  st = h_rt_instance_new_hosts(store, m, t->hosts, &inst);
  if (st == HEARTH_ERR_TRAP) {
    st = h_err(HEARTH_ERR_TRAP, "instantiation trapped: %s", hearth_trap_message(store->trap));
  }
  if (st != HEARTH_OK) goto done;
  st = run_init(inst, cfg);
  if (st != HEARTH_OK) goto done;
  st = capture(t, inst);

done:
  hearth_store_delete(store);
  if (st != HEARTH_OK) {
    template_free(t);
    return st;
  }
  *out = t;
  return HEARTH_OK;
}

hearth_template *hearth_template_ref(hearth_template *t) {
  if (t) atomic_fetch_add_explicit(&t->refs, 1, memory_order_relaxed);
  return t;
}

void hearth_template_delete(hearth_template *t) {
  if (!t) return;
  if (atomic_fetch_sub_explicit(&t->refs, 1, memory_order_acq_rel) != 1) return;
  template_free(t);
}

hearth_module *h_snap_module(const hearth_template *t) { return t->module; }

hearth_engine *h_snap_engine(const hearth_template *t) {
  return t->comp ? t->engine : t->module->engine;
}

hearth_component *h_snap_component(const hearth_template *t) { return t->comp; }

const hearth_wasi *h_snap_wasi(const hearth_template *t) { return t->wasi; }

void h_snap_instance_fini(hearth_instance *inst) {
  h_free(inst->gc_objs); /* the objects themselves are the store's (pinned) */
  inst->gc_objs = NULL;
  hearth_template_delete(inst->tmpl);
  inst->tmpl = NULL;
}

static void restore_table(const hearth_instance *inst, hearth_table *tab, const h_snap_table *s) {
  assert(tab->cap >= s->size);
  tab->dirty = false;
  tab->size = s->size;
  if (tab->elem == H_T_FUNCREF) {
    hearth_func *const *funcs = inst->funcs;
    for (uint32_t j = 0; j < s->size; j++) {
      uint64_t e = s->elems[j];
      tab->elems[j] = e ? (uint64_t)(uintptr_t)funcs[e - 1] : 0;
    }
  } else if (s->size) {
    memcpy(tab->elems, s->elems, (size_t)s->size * sizeof(uint64_t));
  }
}

hearth_status hearth_template_instantiate(hearth_template *t, hearth_store *store,
                                          hearth_instance **out) {
  if (!t || !store || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (t->comp)
    return h_err(HEARTH_ERR_ARGUMENT, "a component template: use hearth_template_instantiate_component");
  hearth_module *m = t->module;
  hearth_instance *inst;
  hearth_status st = h_rt_instance_begin(store, m, t->hosts, &inst);
  if (st != HEARTH_OK) return st;
  /* The instance is in the store from here on; on failure it stays there, unusable. */
  inst->tmpl = hearth_template_ref(t);
  if (t->gc) {
    st = h_gc_image_instantiate(t->gc, store, gc_func_dec, inst, &inst->gc_objs);
    if (st != HEARTH_OK) return st;
  }
  for (uint32_t i = 0; i < m->nglobals; i++) {
    uint64_t v[2] = {decode_ref(inst, m->globals[i].type, t->globals[2 * i]), t->globals[2 * i + 1]};
    if (!h_is_ref(m->globals[i].type)) v[0] = t->globals[2 * i];
    st = h_rt_global_new(store, m->globals[i], v, &inst->globals[i]);
    if (st != HEARTH_OK) return st;
    inst->globals[i]->tmod = m;
  }
  for (uint32_t i = 0; i < m->nmems; i++) {
    const h_snap_mem *s = &t->mems[i];
    h_memimage img = {s->fd, s->image_bytes, s->size, s->map};
    st = h_rt_memory_new(store, m->mems[i], &img, &inst->mems[i]);
    if (st != HEARTH_OK) return st;
  }
  inst->mem0 = m->nmems ? inst->mems[0] : NULL;
  for (uint32_t i = 0; i < m->ntables; i++) {
    st = h_rt_table_new(store, m->tables[i], t->tables[i].size, &inst->tables[i]);
    if (st != HEARTH_OK) return st;
    inst->tables[i]->tmod = m;
    restore_table(inst, inst->tables[i], &t->tables[i]);
  }
  for (uint32_t i = 0; i < m->nelems; i++) {
    uint32_t n = t->elem_len[i];
    if (!n) continue;
    uint64_t *items = h_malloc((size_t)n * sizeof(uint64_t));
    if (!items) return h_err(HEARTH_ERR_NOMEM, "element segment");
    for (uint32_t j = 0; j < n; j++) items[j] = decode_ref(inst, m->elems[i].type, t->elem_items[i][j]);
    inst->elem_items[i] = items;
    inst->elem_len[i] = n;
  }
  if (m->ndatas) memcpy(inst->data_dropped, t->data_dropped, m->ndatas * sizeof(bool));
  if (inst->gc_objs)
    for (int k = 0; k < 3; k++) apply_orefs(t, inst, k, -1);
  *out = inst;
  return HEARTH_OK;
}

hearth_status hearth_instance_reset(hearth_instance *inst) {
  if (!inst || !inst->tmpl)
    return h_err(HEARTH_ERR_ARGUMENT, "the instance was not made from a template");
  if (inst->store->nframes)
    return h_err(HEARTH_ERR_ARGUMENT, "cannot reset an instance while its store is running");
  const hearth_template *t = inst->tmpl;
  const hearth_module *m = inst->module;
  for (uint32_t i = 0; i < m->nmems; i++) {
    hearth_status st = h_mem_reset(inst->mems[i]);
    if (st != HEARTH_OK) return st;
  }
  for (uint32_t k = 0; k < t->nmut_globals; k++) {
    uint32_t i = t->mut_globals[k];
    hearth_global *g = inst->globals[i];
    g->v[0] = h_is_ref(g->type.type) ? decode_ref(inst, g->type.type, t->globals[2 * i])
                                     : t->globals[2 * i];
    g->v[1] = t->globals[2 * i + 1];
  }
  /* Tables: only those written since (table.set/fill/copy/init/grow and the host API mark them). */
  for (uint32_t i = 0; i < m->ntables; i++)
    if (inst->tables[i]->dirty) {
      restore_table(inst, inst->tables[i], &t->tables[i]);
      if (inst->gc_objs) apply_orefs(t, inst, H_OREF_TABLE, i);
    }
  hearth_store *s = inst->store;
  /* GC heap: the snapshot's objects get their snapshot contents (and the globals that held them
   * hold them again); then a collection frees everything else the calls allocated, now rather
   * than at the next collection. Objects the store's other instances or host-made globals and
   * tables reach, or a pending exception's payload, stay. */
  if (inst->gc_objs) {
    apply_orefs(t, inst, H_OREF_GLOBAL, -1);
    h_gc_image_restore(t->gc, inst->gc_objs, gc_func_dec, inst);
  }
  if (s->gc) {
    h_gc_collect(s, NULL);
    h_gc_settle(s);
  }
  /* Element items never change (table.init only reads them); elem.drop only zeroes the length. */
  if (m->nelems) memcpy(inst->elem_len, t->elem_len, m->nelems * sizeof(uint32_t));
  if (m->ndatas) memcpy(inst->data_dropped, t->data_dropped, m->ndatas * sizeof(bool));
  /* Host-side state of the store (the WASI fd table, exit state) goes back to its snapshot too. */
  return s->user_reset ? s->user_reset(s, s->user) : HEARTH_OK;
}

hearth_status hearth_instance_set_reset_config(hearth_instance *inst,
                                               const hearth_reset_config *cfg) {
  if (!inst || !cfg) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (!inst->tmpl) return h_err(HEARTH_ERR_ARGUMENT, "the instance was not made from a template");
  if (cfg->size != sizeof *cfg)
    return h_err(HEARTH_ERR_ARGUMENT, "hearth_reset_config of unknown size %zu", cfg->size);
  const hearth_module *m = inst->module;
  for (uint32_t i = m->nimported_mems; i < m->nmems; i++) {
    hearth_memory *mem = inst->mems[i];
    mem->keep_bytes = cfg->keep_resident_bytes ? cfg->keep_resident_bytes : H_DEFAULT_KEEP_RESIDENT;
    mem->exact_bounds = cfg->exact_memory_bounds;
  }
  return HEARTH_OK;
}

uint64_t hearth_instance_memory_bytes(const hearth_instance *inst) {
  if (!inst) return 0;
  const hearth_module *m = inst->module;
  uint64_t n = 0;
  for (uint32_t i = m->nimported_mems; i < m->nmems; i++) n += inst->mems[i]->size;
  return n;
}

/* ================================================================ component templates */

/* A component template instantiates the component once in a private store (linking, core
 * instances, start functions, the init export) and captures the memories of every core instance
 * as images, like a module template's. Core instances of a component import each other's
 * memories, tables, globals and functions (and trampolines of the store), so a pooled instance is
 * not built from encoded state: it is instantiated the same way (hearth_component_instantiate with
 * the template's linker), which makes the same core instances in the same order, and then each own
 * memory is mapped again over the template's image, copy-on-write with a dirty map like a module
 * instance's. Its own globals, tables (their references are the new store's), segment state and
 * the component's handle tables are saved right then: that is the instance's snapshot, and
 * hearth_component_instance_reset puts all of them back (memories through h_mem_reset: only the
 * granules written since). Instantiation must be deterministic for this: the numeric globals of
 * every core instance must come out as in the template, or instantiation fails (UNSUPPORTED). */

/* What one pooled instance resets to, per core instance (own objects only). */
typedef struct h_csnap_inst {
  hearth_instance *inst;
  uint64_t *globals;      /* 2 words per own global */
  uint32_t ntables;
  uint32_t *tab_size;     /* per own table */
  uint64_t **tab_elems;   /* per own table: its elements (references of this store) */
  uint32_t *elem_len;     /* nelems */
  bool *data_dropped;     /* ndatas */
} h_csnap_inst;

typedef struct h_csnap {
  hearth_template *tmpl;  /* one reference */
  h_csnap_inst *insts;
  uint32_t n;
  h_comp_handles *handles;
  /* GC objects the core instances' own globals, tables and element segments reached at the
   * snapshot (and everything they reach): the instance's own objects, pinned, whose contents a
   * reset puts back (the saved globals and tables hold these same objects) */
  h_gc_image *gc;
  h_gcobj **gc_objs;
} h_csnap;

static void csnap_free_cores(hearth_template *t) {
  for (uint32_t k = 0; t->cores && k < t->ncores; k++) {
    h_csnap_core *c = &t->cores[k];
    for (uint32_t i = 0; c->mems && i < c->nmems; i++)
      if (c->mems[i].fd >= 0) {
        munmap((void *)(uintptr_t)c->mems[i].map, (size_t)c->mems[i].image_bytes);
        close(c->mems[i].fd);
      }
    h_free(c->mems);
    h_free(c->globals);
  }
  h_free(t->cores);
}

/* The core instances made in store from the first-th on: *out owned (h_free), *n of them. */
static hearth_status store_instances(hearth_store *store, uint32_t first, hearth_instance ***out,
                                     uint32_t *n) {
  uint32_t k = h_rt_store_instances(store, first, NULL, 0);
  hearth_instance **v = h_calloc(k ? k : 1, sizeof *v);
  if (!v) return h_err(HEARTH_ERR_NOMEM, "component template");
  h_rt_store_instances(store, first, v, k);
  *out = v;
  *n = k;
  return HEARTH_OK;
}

static hearth_status capture_core(h_csnap_core *c, const hearth_instance *inst) {
  const hearth_module *m = inst->module;
  c->module = m;
  c->nmems = m->nmems - m->nimported_mems;
  c->nglobals = m->nglobals - m->nimported_globals;
  c->mems = h_calloc(c->nmems ? c->nmems : 1, sizeof *c->mems);
  c->globals = h_calloc(c->nglobals ? c->nglobals : 1, 2 * sizeof *c->globals);
  if (!c->mems || !c->globals) return h_err(HEARTH_ERR_NOMEM, "component template");
  for (uint32_t i = 0; i < c->nmems; i++) c->mems[i].fd = -1;
  for (uint32_t i = 0; i < c->nmems; i++) {
    hearth_status st = capture_memory(inst->mems[m->nimported_mems + i], &c->mems[i]);
    if (st != HEARTH_OK) return st;
  }
  for (uint32_t i = 0; i < c->nglobals; i++)
    memcpy(&c->globals[2 * i], inst->globals[m->nimported_globals + i]->v, 2 * sizeof(uint64_t));
  return HEARTH_OK;
}

hearth_status hearth_template_new_component(hearth_engine *engine, hearth_component *c,
                                            const hearth_clinker *linker,
                                            const hearth_template_config *cfg,
                                            hearth_template **out) {
  if (!engine || !c || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (c->engine != engine) return h_err(HEARTH_ERR_ARGUMENT, "the component belongs to another engine");
  if (engine->cfg.no_reset) return h_err(HEARTH_ERR_ARGUMENT, "the engine was made with no_reset: no templates");
  hearth_template *t = h_calloc(1, sizeof *t);
  if (!t) return h_err(HEARTH_ERR_NOMEM, "component template");
  atomic_init(&t->refs, 1);
  t->engine = engine;
  t->comp = hearth_component_ref(c);
  t->clinker = linker;
  hearth_store *store = NULL;
  hearth_component_instance *ci = NULL;
  hearth_instance **insts = NULL;
  uint32_t n = 0;
  hearth_status st = hearth_store_new(engine, &store);
  if (st != HEARTH_OK) goto done;
  init_limits(store, cfg);
  st = hearth_component_instantiate(store, linker, c, &ci);
  if (st == HEARTH_ERR_TRAP)
    st = h_err(HEARTH_ERR_TRAP, "instantiation trapped: %s", hearth_trap_message(store->trap));
  if (st != HEARTH_OK) goto done;
  if (cfg && cfg->init_export) {
    const hearth_ctype *ft;
    hearth_cval r;
    memset(&r, 0, sizeof r);
    st = hearth_component_func_type(ci, cfg->init_export, &ft);
    if (st == HEARTH_OK && hearth_ctype_count(ft) != 0)
      st = h_err(HEARTH_ERR_ARGUMENT, "initialization export \"%s\" takes parameters", cfg->init_export);
    if (st == HEARTH_OK) st = hearth_component_call(ci, cfg->init_export, NULL, 0, &r, 1);
    hearth_cval_clear(&r);
    if (st == HEARTH_ERR_TRAP)
      st = h_err(HEARTH_ERR_TRAP, "initialization (\"%s\") trapped: %s", cfg->init_export,
                 hearth_trap_message(store->trap));
    if (st != HEARTH_OK) goto done;
  }
  if ((st = store_instances(store, 0, &insts, &n)) != HEARTH_OK) goto done;
  t->cores = h_calloc(n ? n : 1, sizeof *t->cores);
  if (!t->cores) {
    st = h_err(HEARTH_ERR_NOMEM, "component template");
    goto done;
  }
  t->ncores = n;
  for (uint32_t k = 0; k < n && st == HEARTH_OK; k++) st = capture_core(&t->cores[k], insts[k]);
done:
  h_free(insts);
  hearth_component_instance_delete(ci);
  hearth_store_delete(store);
  if (st != HEARTH_OK) {
    template_free(t);
    return st;
  }
  *out = t;
  return HEARTH_OK;
}

static void csnap_free(void *p) {
  h_csnap *cs = p;
  if (!cs) return;
  for (uint32_t k = 0; cs->insts && k < cs->n; k++) {
    h_csnap_inst *s = &cs->insts[k];
    for (uint32_t i = 0; s->tab_elems && i < s->ntables; i++) h_free(s->tab_elems[i]);
    h_free(s->tab_elems);
    h_free(s->tab_size);
    h_free(s->globals);
    h_free(s->elem_len);
    h_free(s->data_dropped);
  }
  h_free(cs->insts);
  h_comp_inst_handles_free(cs->handles);
  h_gc_image_free(cs->gc);
  h_free(cs->gc_objs); /* the objects are the store's (pinned) */
  hearth_template_delete(cs->tmpl);
  h_free(cs);
}

/* Function references inside the snapshot's objects stay as they are: the image is restored
 * into the same objects of the same store. */
static uint64_t csnap_func_same(void *u, uint64_t f) {
  (void)u;
  return f;
}

static hearth_status csnap_gc_ref(h_csnap *cs, hearth_store *store, uint64_t v) {
  if (!store->gc || !h_gc_is_obj(store, v)) return HEARTH_OK;
  if (!cs->gc && !(cs->gc = h_gc_image_new())) return h_err(HEARTH_ERR_NOMEM, "component snapshot");
  uint32_t idx1;
  return h_gc_image_add(cs->gc, store, v, csnap_func_same, NULL, &idx1);
}

/* Captures the GC objects the core instances reach from their own globals, tables and element
 * segments, and pins them: a call may drop every other reference to them (then a collection
 * would free what the saved globals point to) or change their fields (which reset puts back). */
static hearth_status csnap_gc_capture(h_csnap *cs, hearth_store *store) {
  if (!store->gc) return HEARTH_OK;
  hearth_status st = HEARTH_OK;
  for (uint32_t k = 0; k < cs->n && st == HEARTH_OK; k++) {
    const hearth_instance *inst = cs->insts[k].inst;
    const hearth_module *m = inst->module;
    for (uint32_t i = m->nimported_globals; i < m->nglobals && st == HEARTH_OK; i++)
      if (h_is_ref(inst->globals[i]->type.type)) st = csnap_gc_ref(cs, store, inst->globals[i]->v[0]);
    for (uint32_t i = m->nimported_tables; i < m->ntables && st == HEARTH_OK; i++)
      for (uint32_t j = 0; j < inst->tables[i]->size && st == HEARTH_OK; j++)
        st = csnap_gc_ref(cs, store, inst->tables[i]->elems[j]);
    for (uint32_t i = 0; i < m->nelems && st == HEARTH_OK; i++)
      for (uint32_t j = 0; j < inst->elem_len[i] && st == HEARTH_OK; j++)
        st = csnap_gc_ref(cs, store, inst->elem_items[i][j]);
  }
  if (st != HEARTH_OK || !cs->gc) return st;
  h_gc_image_seal(cs->gc);
  uint32_t n = h_gc_image_count(cs->gc);
  if (!(cs->gc_objs = h_calloc(n ? n : 1, sizeof *cs->gc_objs))) return h_err(HEARTH_ERR_NOMEM, "component snapshot");
  for (uint32_t i = 0; i < n; i++) {
    cs->gc_objs[i] = h_gc_image_source(cs->gc, i);
    if (!h_gc_pin(store, cs->gc_objs[i])) return h_err(HEARTH_ERR_NOMEM, "component snapshot");
  }
  return HEARTH_OK;
}

/* Maps core instance inst's own memories over the template's images and saves the rest of its
 * state into s. */
static hearth_status rebase_core(const h_csnap_core *c, hearth_instance *inst, uint32_t k,
                                 h_csnap_inst *s) {
  const hearth_module *m = inst->module;
  if (m != c->module)
    return h_err(HEARTH_ERR_UNSUPPORTED, "component instantiation differs from the template's "
                 "(core instance %u instantiates another module)", k);
  for (uint32_t i = 0; i < c->nglobals; i++) {
    const hearth_global *g = inst->globals[m->nimported_globals + i];
    if (!h_is_ref(g->type.type) && memcmp(g->v, &c->globals[2 * i], sizeof g->v) != 0)
      return h_err(HEARTH_ERR_UNSUPPORTED, "component instantiation differs from the template's "
                   "(global %u of core instance %u): its start code depends on host state", i, k);
  }
  for (uint32_t i = 0; i < c->nmems; i++) {
    hearth_memory *mem = inst->mems[m->nimported_mems + i];
    const h_snap_mem *sm = &c->mems[i];
    if (mem->size != sm->size)
      return h_err(HEARTH_ERR_UNSUPPORTED, "component instantiation differs from the template's "
                   "(memory %u of core instance %u has %llu bytes, not %llu)", i, k,
                   (unsigned long long)mem->size, (unsigned long long)sm->size);
    uint64_t max_pages = mem->max_pages;
    h_memimage img = {sm->fd, sm->image_bytes, sm->size, sm->map};
    h_mem_fini(mem);
    hearth_status st = h_mem_init_image(mem, &img, max_pages);
    if (st != HEARTH_OK) return st;
  }
  s->inst = inst;
  uint32_t ng = m->nglobals - m->nimported_globals;
  s->ntables = m->ntables - m->nimported_tables;
  s->globals = h_calloc(ng ? ng : 1, 2 * sizeof *s->globals);
  s->tab_size = h_calloc(s->ntables ? s->ntables : 1, sizeof *s->tab_size);
  s->tab_elems = h_calloc(s->ntables ? s->ntables : 1, sizeof *s->tab_elems);
  s->elem_len = h_calloc(m->nelems ? m->nelems : 1, sizeof *s->elem_len);
  s->data_dropped = h_calloc(m->ndatas ? m->ndatas : 1, sizeof *s->data_dropped);
  if (!s->globals || !s->tab_size || !s->tab_elems || !s->elem_len || !s->data_dropped)
    return h_err(HEARTH_ERR_NOMEM, "component snapshot");
  for (uint32_t i = 0; i < ng; i++)
    memcpy(&s->globals[2 * i], inst->globals[m->nimported_globals + i]->v, 2 * sizeof(uint64_t));
  for (uint32_t i = 0; i < s->ntables; i++) {
    hearth_table *tab = inst->tables[m->nimported_tables + i];
    s->tab_size[i] = tab->size;
    tab->dirty = false;
    if (!tab->size) continue;
    if (!(s->tab_elems[i] = h_malloc((size_t)tab->size * sizeof(uint64_t))))
      return h_err(HEARTH_ERR_NOMEM, "component snapshot");
    memcpy(s->tab_elems[i], tab->elems, (size_t)tab->size * sizeof(uint64_t));
  }
  if (m->nelems) memcpy(s->elem_len, inst->elem_len, m->nelems * sizeof(uint32_t));
  if (m->ndatas) memcpy(s->data_dropped, inst->data_dropped, m->ndatas * sizeof(bool));
  return HEARTH_OK;
}

hearth_status hearth_template_instantiate_component(hearth_template *t, hearth_store *store,
                                                    hearth_component_instance **out) {
  if (!t || !store || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (!t->comp) return h_err(HEARTH_ERR_ARGUMENT, "not a component template");
  uint32_t first = h_rt_store_instances(store, 0, NULL, 0), n = 0;
  hearth_component_instance *ci = NULL;
  hearth_instance **insts = NULL;
  h_csnap *cs = NULL;
  hearth_status st = hearth_component_instantiate(store, t->clinker, t->comp, &ci);
  if (st == HEARTH_OK) st = store_instances(store, first, &insts, &n);
  if (st == HEARTH_OK && n != t->ncores)
    st = h_err(HEARTH_ERR_UNSUPPORTED, "component instantiation differs from the template's (%u "
               "core instances, not %u)", n, t->ncores);
  if (st == HEARTH_OK && (!(cs = h_calloc(1, sizeof *cs)) ||
                          !(cs->insts = h_calloc(n ? n : 1, sizeof *cs->insts))))
    st = h_err(HEARTH_ERR_NOMEM, "component snapshot");
  if (cs) {
    cs->tmpl = hearth_template_ref(t);
    cs->n = n;
  }
  for (uint32_t k = 0; st == HEARTH_OK && k < n; k++)
    st = rebase_core(&t->cores[k], insts[k], k, &cs->insts[k]);
  if (st == HEARTH_OK) st = csnap_gc_capture(cs, store);
  if (st == HEARTH_OK) st = h_comp_inst_handles_save(ci, &cs->handles);
  h_free(insts);
  if (st != HEARTH_OK) {
    csnap_free(cs);
    hearth_component_instance_delete(ci);
    return st;
  }
  h_comp_inst_set_snapshot(ci, cs, csnap_free);
  *out = ci;
  return HEARTH_OK;
}

hearth_status hearth_component_instance_reset(hearth_component_instance *ci) {
  h_csnap *cs = ci ? h_comp_inst_snapshot(ci) : NULL;
  if (!cs) return h_err(HEARTH_ERR_ARGUMENT, "the component instance was not made from a template");
  hearth_store *store = h_comp_inst_store(ci);
  if (store->nframes)
    return h_err(HEARTH_ERR_ARGUMENT, "cannot reset a component instance while its store is running");
  /* The handle tables first: a trapped instance is refused before anything is touched. */
  hearth_status st = h_comp_inst_handles_restore(ci, cs->handles);
  if (st != HEARTH_OK) return st;
  for (uint32_t k = 0; k < cs->n; k++) {
    const h_csnap_inst *s = &cs->insts[k];
    hearth_instance *inst = s->inst;
    const hearth_module *m = inst->module;
    for (uint32_t i = m->nimported_mems; i < m->nmems; i++)
      if ((st = h_mem_reset(inst->mems[i])) != HEARTH_OK) return st;
    for (uint32_t i = m->nimported_globals; i < m->nglobals; i++)
      memcpy(inst->globals[i]->v, &s->globals[2 * (i - m->nimported_globals)], 2 * sizeof(uint64_t));
    for (uint32_t i = 0; i < s->ntables; i++) {
      hearth_table *tab = inst->tables[m->nimported_tables + i];
      if (!tab->dirty) continue;
      assert(tab->cap >= s->tab_size[i]); /* tables never shrink */
      tab->size = s->tab_size[i];
      if (tab->size) memcpy(tab->elems, s->tab_elems[i], (size_t)tab->size * sizeof(uint64_t));
      tab->dirty = false;
    }
    if (m->nelems) memcpy(inst->elem_len, s->elem_len, m->nelems * sizeof(uint32_t));
    if (m->ndatas) memcpy(inst->data_dropped, s->data_dropped, m->ndatas * sizeof(bool));
  }
  /* GC heap: the snapshot's objects get their snapshot contents back; then a collection frees
   * what the calls allocated (as a module instance's reset does) */
  if (cs->gc) h_gc_image_restore(cs->gc, cs->gc_objs, csnap_func_same, NULL);
  if (store->gc) {
    h_gc_collect(store, NULL);
    h_gc_settle(store);
  }
  return store->user_reset ? store->user_reset(store, store->user) : HEARTH_OK;
}

void h_snap_component_release(hearth_component_instance *ci) {
  if (ci) h_comp_inst_drop_host_handles(ci);
}

uint64_t h_snap_component_footprint(const hearth_component_instance *ci, bool tables) {
  const h_csnap *cs = h_comp_inst_snapshot(ci);
  uint64_t n = 0;
  for (uint32_t k = 0; cs && k < cs->n; k++) {
    const hearth_instance *inst = cs->insts[k].inst;
    const hearth_module *m = inst->module;
    for (uint32_t i = m->nimported_mems; i < m->nmems; i++) n += inst->mems[i]->size;
    for (uint32_t i = m->nimported_tables; tables && i < m->ntables; i++)
      n += (uint64_t)inst->tables[i]->cap * sizeof(uint64_t);
  }
  return n;
}

hearth_status h_snap_component_reset_config(hearth_component_instance *ci,
                                            const hearth_reset_config *cfg) {
  const h_csnap *cs = h_comp_inst_snapshot(ci);
  if (!cs || !cfg || cfg->size != sizeof *cfg)
    return h_err(HEARTH_ERR_ARGUMENT, "not a template-made component instance, or a bad config");
  for (uint32_t k = 0; k < cs->n; k++) {
    const hearth_instance *inst = cs->insts[k].inst;
    const hearth_module *m = inst->module;
    for (uint32_t i = m->nimported_mems; i < m->nmems; i++) {
      hearth_memory *mem = inst->mems[i];
      mem->keep_bytes = cfg->keep_resident_bytes ? cfg->keep_resident_bytes : H_DEFAULT_KEEP_RESIDENT;
      mem->exact_bounds = cfg->exact_memory_bounds;
    }
  }
  return HEARTH_OK;
}
