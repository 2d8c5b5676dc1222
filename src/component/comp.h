/* comp.h: the component layer's private structures: component types, decoded components (one
 * h_cdef per component, nested ones included), the canonical ABI context, and instance state.
 *
 * Files and prefixes:
 *   ctype.c    h_comp_type_  type nodes, canonical ABI sizes/alignments/flattening, hearth_ctype_*
 *   binary.c   h_comp_bin_   component binary format: decode + validate into h_cdef
 *   cabi.c     h_comp_cabi_  canonical ABI lift/lower (memory, strings, handles) on a h_comp_cx
 *   cval.c     h_comp_wave_  hearth_cval helpers, WAVE parse and format
 *   instance.c h_comp_inst_  linker, instantiation, canon lift/lower trampolines, calls
 */
#ifndef H_COMPONENT_H
#define H_COMPONENT_H

#include "internal.h"

/* ---------------------------------------------------------------- types (ctype.c) */

/* hearth_ckind values for value types, then these kinds for the other type nodes. */
enum {
  H_CT_RESOURCE = 80,  /* a resource type (defined, imported or exported) */
  H_CT_INSTANCE,       /* instance type: exports */
  H_CT_COMPONENT,      /* component type: imports + exports */
  H_CT_CORE_FUNC,      /* core function type: cparams/cresults */
  H_CT_CORE_MODULE,    /* core module type (imports/exports not checked beyond decoding) */
  H_CT_CORE_OBJ        /* core table / memory / global type (cvaltype, cmut, climits) */
};

/* Sorts of component-level index spaces (binary `sort` byte, core sorts offset by H_SORT_CORE). */
enum {
  H_SORT_FUNC = 1, H_SORT_VALUE = 2, H_SORT_TYPE = 3, H_SORT_COMPONENT = 4, H_SORT_INSTANCE = 5,
  H_SORT_CORE = 0x100,
  H_SORT_CORE_FUNC = 0x100, H_SORT_CORE_TABLE = 0x101, H_SORT_CORE_MEMORY = 0x102,
  H_SORT_CORE_GLOBAL = 0x103, H_SORT_CORE_TAG = 0x104, H_SORT_CORE_TYPE = 0x110,
  H_SORT_CORE_MODULE = 0x111, H_SORT_CORE_INSTANCE = 0x112
};

typedef struct h_cdef h_cdef;

/* A named extern in an instance/component type: sort + type (func type, instance type, component
 * type, the type itself for the type sort, module type or NULL for core modules). */
typedef struct h_cextern {
  char *name;          /* owned by the arena */
  char *module;        /* imports of core module types: the module name (NULL otherwise) */
  uint32_t sort;       /* H_SORT_* */
  hearth_ctype *type;
} h_cextern;

/* One type node. Value kinds use n/elems/names/elem as documented on hearth_ctype_*; variant-like
 * kinds share the layout: option = cases (none, some), result = cases (ok, error), enum = cases
 * without payloads. Nodes live in their component's arena and are immutable after decoding. */
struct hearth_ctype {
  uint32_t kind;
  uint32_t n;
  hearth_ctype **elems;  /* n: fields / items / cases (NULL payload allowed) / params */
  char **names;          /* n labels, or NULL (tuple) */
  hearth_ctype *elem;    /* list element; own/borrow: the resource; func: result (NULL = none) */
  bool via_def;          /* own/borrow: made from a resource definition's index (h_cslot res_def),
                            which no import or export names: not valid in an exported function */
  uint32_t fixed;        /* list<T, N>: N (0 = variable length) */
  bool async;            /* func types: `func async` (0x43) */
  /* canonical ABI (filled by h_comp_type_finish for value types) */
  uint32_t size, align, nflat;
  uint32_t size64, align64; /* the same with 64-bit pointers (memory64), for the size limit */
  /* instance/component types */
  h_cextern *exports, *imports;
  uint32_t nexports, nimports;
  /* resources */
  uint32_t rep;          /* core valtype of the representation (i32) */
  bool has_dtor;
  uint32_t dtor;         /* core func index in the defining component */
  h_cdef *owner;         /* the component that defines it (NULL: imported/abstract) */
  const void *fresh_in;  /* abstract resources exported by an instance/component type (that type
                            node) or ascribed `sub resource` on an export (that h_cdef): each
                            instance of it gets its own copy (generativity) */
  /* external visibility: value types named by an import or export (a distinct copy), resources
   * exported by a component (named_in) */
  bool named;
  const h_cdef *named_in;
  /* core func types (and tag types: their signature) */
  uint8_t *cparams, *cresults;
  uint32_t ncparams, ncresults;
  /* core table / memory / global types (H_CT_CORE_OBJ; which one is the extern's sort) */
  uint8_t cvaltype;      /* table element type or global value type */
  bool cmut;             /* globals */
  h_limits climits;      /* tables and memories */
};

/* An arena owning type nodes and their arrays (freed together with the component). */
typedef struct h_carena {
  void **ptrs;
  uint32_t n, cap;
} h_carena;
void *h_comp_arena_alloc(h_carena *a, size_t size);       /* zeroed; NULL on NOMEM */
char *h_comp_arena_strndup(h_carena *a, const char *s, size_t n);
void h_comp_arena_free(h_carena *a);

/* Computes size/align/nflat of a value type (children first). */
void h_comp_type_finish(hearth_ctype *t);
/* Flattens t into out (at most cap entries, core valtype bytes H_T_*); returns the full count. */
uint32_t h_comp_type_flatten(const hearth_ctype *t, uint8_t *out, uint32_t cap);
/* True when t is a value type (a hearth_ckind below HEARTH_CV_FUNC). */
static inline bool h_comp_is_val(const hearth_ctype *t) { return t && t->kind < HEARTH_CV_FUNC; }
/* Integer kinds (s8..u64): the element kinds a packed list (HEARTH_CV_PACKED) may hold. */
static inline bool h_comp_is_int(uint32_t k) { return k >= HEARTH_CV_S8 && k <= HEARTH_CV_U64; }
/* Element i of a packed list of element type e, as a scalar value (sign-extended for s*). */
void h_comp_packed_item(const hearth_ctype *e, const hearth_cval *v, size_t i, hearth_cval *out);
/* True when t transitively contains borrow (forbidden in results). */
bool h_comp_type_has_borrow(const hearth_ctype *t);
/* Structural equality of value/func types (resources by identity). */
bool h_comp_type_eq(const hearth_ctype *a, const hearth_ctype *b);

enum { H_MAX_FLAT_PARAMS = 16, H_MAX_FLAT_RESULTS = 1, H_MAX_FLAT_ASYNC_PARAMS = 4 };

/* ---------------------------------------------------------------- canonical ABI (cabi.c) */

enum { H_ENC_UTF8 = 0, H_ENC_UTF16 = 1, H_ENC_LATIN1_UTF16 = 2 };

/* A handle table entry (definitions.py ResourceHandle). */
typedef struct h_chandle {
  const hearth_ctype *rt;  /* NULL = free slot */
  uint32_t rep;
  bool own;
  uint32_t lends;          /* borrows of this own handle lent out to calls in progress */
  uint32_t scope;          /* borrow handles: the call (task) number that created it */
  uint32_t next_free;
  const void *ri;          /* the run-time resource (instance.c's h_rres of its resource.new, with
                              the destructor of the defining instance), NULL for host resources */
} h_chandle;

typedef struct h_ctable {
  h_chandle *a;            /* a[0] is never used (index 0 is invalid) */
  uint32_t n, cap;
  uint32_t free_head;      /* 0 = none; a LIFO list like definitions.py's free list */
} h_ctable;

/* Lifting/lowering context: one side of a call (a guest's memory, encoding, realloc, handles).
 * mem returns the current base and size (it may grow when realloc runs). */
typedef struct h_comp_cx {
  uint8_t *(*mem)(void *u, uint64_t *size);
  /* realloc(old, old_size, align, new_size): OK and *out, or an error (trap) */
  hearth_status (*realloc)(void *u, uint32_t old, uint32_t old_size, uint32_t align,
                           uint32_t new_size, uint32_t *out);
  /* resource destructor of an own handle dropped by the guest */
  void *u;
  int enc;                 /* H_ENC_* */
  bool packed;             /* lifting: lists of integers become HEARTH_CV_PACKED values */
  /* NULL, or called with every range of linear memory the ABI reads or writes through mem's base
   * (so that a snapshot-backed memory's dirty map sees the host's writes) */
  void (*touch)(void *u, uint64_t ptr, uint64_t len);
  h_ctable *handles;       /* NULL: a resource value traps */
  uint32_t borrow_scope;   /* current call's number (lower_borrow / lift_borrow bookkeeping) */
  uint32_t nborrows;       /* borrow handles lowered into this call not yet dropped */
  const h_cdef *self;      /* component owning `handles` (lower_borrow of its own resource) */
  uint32_t *lent;          /* own handles lent by lift_borrow in this call (returned after it) */
  uint32_t nlent, cap_lent;
} h_comp_cx;

/* A flat core value: i32/f32 in the low 32 bits (floats as bits), i64/f64 as 64 bits. */
typedef uint64_t h_flat;

/* Lifts one value of type t from flat values vals[*i..] (advancing *i). The result owns children. */
hearth_status h_comp_cabi_lift_flat(h_comp_cx *cx, const hearth_ctype *t, const h_flat *vals,
                                    uint32_t nvals, uint32_t *i, hearth_cval *out);
/* Lowers v into flat values out[*i..] (cap entries). */
hearth_status h_comp_cabi_lower_flat(h_comp_cx *cx, const hearth_ctype *t, const hearth_cval *v,
                                     h_flat *out, uint32_t cap, uint32_t *i);
hearth_status h_comp_cabi_load(h_comp_cx *cx, const hearth_ctype *t, uint32_t ptr,
                               hearth_cval *out);
hearth_status h_comp_cabi_store(h_comp_cx *cx, const hearth_ctype *t, const hearth_cval *v,
                                uint32_t ptr);
/* lift_flat_values / lower_flat_values for a parameter/result list (types ts[0..n)). max_flat: 16
 * for parameters, 1 for results. lower: when the flat count exceeds max_flat, the values are stored
 * through realloc (out_param == UINT64_MAX) or at out_param (an import's result pointer). */
hearth_status h_comp_cabi_lift_values(h_comp_cx *cx, hearth_ctype *const *ts, uint32_t n,
                                      uint32_t max_flat, const h_flat *vals, uint32_t nvals,
                                      hearth_cval *out);
hearth_status h_comp_cabi_lower_values(h_comp_cx *cx, hearth_ctype *const *ts, uint32_t n,
                                       uint32_t max_flat, const hearth_cval *vs, h_flat *out,
                                       uint32_t cap, uint32_t *nout, uint64_t out_param);
/* Checks that v is a well-formed value of type t (kinds, case indices, flags, chars, UTF-8). */
hearth_status h_comp_cabi_check(const hearth_ctype *t, const hearth_cval *v);

/* Handle tables (definitions.py Table). add: index or 0 on NOMEM/limit; get/remove: NULL on a bad
 * index. */
uint32_t h_comp_table_add(h_ctable *t, h_chandle h);
h_chandle *h_comp_table_get(h_ctable *t, uint32_t i);
void h_comp_table_remove(h_ctable *t, uint32_t i);
void h_comp_table_free(h_ctable *t);

/* ---------------------------------------------------------------- decoded components (binary.c) */

/* Canonical options. */
typedef struct h_copts {
  int enc;
  bool has_memory, has_realloc, has_post_return;
  uint32_t memory, realloc, post_return;   /* core memory / core func indices */
  bool async, has_callback;                /* async lift/lower (hearth runs only what completes
                                              within the call: see instance.c) */
  uint32_t callback;
} h_copts;

/* The canonical built-ins besides lift, lower and resource.*: binary code, name, immediates
 * (H_BI_*), core signature ('i' i32, 'I' i64; "*" for task.return: its result type flattened).
 * hearth runs context.get/set, backpressure.inc/dec and task.return (of an async lift that returns
 * within its call); the others (async tasks, streams, futures, waitable sets, threads,
 * error-context) decode and validate, and trap with an "unsupported" message when called (inside a
 * post-return: "cannot leave component instance", as definitions.py's may_leave). */
#define H_COMP_BUILTINS(X)                                          \
  X(0x24, "backpressure.inc", H_BI_NONE, "", "")                    \
  X(0x25, "backpressure.dec", H_BI_NONE, "", "")                    \
  X(0x09, "task.return", H_BI_RESULT_OPTS, "*", "")                 \
  X(0x05, "task.cancel", H_BI_NONE, "", "")                         \
  X(0x0a, "context.get", H_BI_CONTEXT, "", "i")                     \
  X(0x0b, "context.set", H_BI_CONTEXT, "i", "")                     \
  X(0x06, "subtask.cancel", H_BI_ASYNC, "i", "i")                   \
  X(0x0d, "subtask.drop", H_BI_NONE, "i", "")                       \
  X(0x0e, "stream.new", H_BI_STREAM, "", "I")                       \
  X(0x0f, "stream.read", H_BI_STREAM_OPTS, "iii", "i")              \
  X(0x10, "stream.write", H_BI_STREAM_OPTS, "iii", "i")             \
  X(0x11, "stream.cancel-read", H_BI_STREAM_ASYNC, "i", "i")        \
  X(0x12, "stream.cancel-write", H_BI_STREAM_ASYNC, "i", "i")       \
  X(0x13, "stream.drop-readable", H_BI_STREAM, "i", "")             \
  X(0x14, "stream.drop-writable", H_BI_STREAM, "i", "")             \
  X(0x15, "future.new", H_BI_FUTURE, "", "I")                       \
  X(0x16, "future.read", H_BI_FUTURE_OPTS, "ii", "i")               \
  X(0x17, "future.write", H_BI_FUTURE_OPTS, "ii", "i")              \
  X(0x18, "future.cancel-read", H_BI_FUTURE_ASYNC, "i", "i")        \
  X(0x19, "future.cancel-write", H_BI_FUTURE_ASYNC, "i", "i")       \
  X(0x1a, "future.drop-readable", H_BI_FUTURE, "i", "")             \
  X(0x1b, "future.drop-writable", H_BI_FUTURE, "i", "")             \
  X(0x1c, "error-context.new", H_BI_OPTS, "ii", "i")                \
  X(0x1d, "error-context.debug-message", H_BI_OPTS, "ii", "")       \
  X(0x1e, "error-context.drop", H_BI_NONE, "i", "")                 \
  X(0x1f, "waitable-set.new", H_BI_NONE, "", "i")                   \
  X(0x20, "waitable-set.wait", H_BI_CANCEL_MEM, "ii", "i")          \
  X(0x21, "waitable-set.poll", H_BI_CANCEL_MEM, "ii", "i")          \
  X(0x22, "waitable-set.drop", H_BI_NONE, "i", "")                  \
  X(0x23, "waitable.join", H_BI_NONE, "ii", "")                     \
  X(0x26, "thread.index", H_BI_NONE, "", "i")                       \
  X(0x27, "thread.new-indirect", H_BI_FT_TABLE, "ii", "i")          \
  X(0x28, "thread.resume-later", H_BI_NONE, "i", "")                \
  X(0x29, "thread.suspend", H_BI_CANCEL, "", "i")                   \
  X(0x0c, "thread.yield", H_BI_CANCEL, "", "i")                     \
  X(0x2a, "thread.suspend-then-resume", H_BI_CANCEL, "i", "i")      \
  X(0x2b, "thread.yield-then-resume", H_BI_CANCEL, "i", "i")        \
  X(0x2c, "thread.suspend-then-promote", H_BI_CANCEL, "i", "i")     \
  X(0x2d, "thread.yield-then-promote", H_BI_CANCEL, "i", "i")

/* Immediates of a built-in (Binary.md `canon`). */
enum {
  H_BI_NONE, H_BI_RESULT_OPTS, H_BI_CONTEXT, H_BI_ASYNC, H_BI_STREAM, H_BI_STREAM_OPTS,
  H_BI_STREAM_ASYNC, H_BI_FUTURE, H_BI_FUTURE_OPTS, H_BI_FUTURE_ASYNC, H_BI_OPTS, H_BI_CANCEL_MEM,
  H_BI_CANCEL, H_BI_FT_TABLE
};
/* The name of built-in code k, NULL when k is none of H_COMP_BUILTINS. */
const char *h_comp_builtin_name(uint32_t k);

/* One definition that does something at instantiation, in binary order. Each appends one entry to
 * the index space of `sort` (except START). */
enum {
  H_ACT_CORE_INSTANTIATE, /* a = module, args (name -> core instance) */
  H_ACT_CORE_INLINE,      /* args (name, core sort, idx) */
  H_ACT_INSTANTIATE,      /* a = component, args (name, sort, idx) */
  H_ACT_INLINE,           /* args (name, sort, idx) */
  H_ACT_ALIAS_CORE_EXPORT,/* sort (core), a = core instance, name */
  H_ACT_ALIAS_EXPORT,     /* sort, a = instance, name */
  H_ACT_CANON_LIFT,       /* a = core func, type, opts */
  H_ACT_CANON_LOWER,      /* a = func, opts, type = the func's type */
  H_ACT_RESOURCE_NEW,     /* type = resource */
  H_ACT_RESOURCE_DROP,
  H_ACT_RESOURCE_REP,
  H_ACT_IMPORT,           /* sort, name, type */
  H_ACT_EXPORT,           /* sort, a = idx, name */
  H_ACT_START,            /* a = func */
  H_ACT_BUILTIN,          /* a = built-in code (H_COMP_BUILTINS), type = task.return's result
                             type, opts, b = context.get/set slot */
  H_ACT_OUTER,            /* sort (core module / component), a = count, b = index: the value of
                             that index space in the enclosing instance `a` levels out */
  H_ACT_STATIC            /* sort (core module / component): push ptr (a definition here, or an
                             outer alias of one) */
};

typedef struct h_carg {
  char *name;
  uint32_t sort, idx;
} h_carg;

typedef struct h_cact {
  uint8_t kind;
  uint32_t sort;
  uint32_t a;
  uint32_t b;            /* H_ACT_BUILTIN: context slot; H_ACT_OUTER: index */
  char *name;
  hearth_ctype *type;
  h_copts opts;
  h_carg *args;
  uint32_t nargs;
  uint32_t offset;       /* byte offset in the binary, for messages */
  void *ptr;             /* H_ACT_STATIC: the hearth_module* or h_cdef* */
} h_cact;

/* Static information about one entry of an index space, gathered while validating. */
typedef struct h_cslot {
  hearth_ctype *type;    /* funcs: func type; instances: instance type; types: the type; core
                            funcs: core func type (or NULL when unknown); components: type */
  h_cdef *def;           /* components defined here: the nested definition */
  hearth_module *module; /* core modules defined here */
  uint32_t core_inst;    /* core instances: index of the action that made it */
  bool res_def;          /* types: the index a resource definition made (not an import or export
                            of it, which is a new index naming it: Explainer.md, external
                            visibility of types) */
} h_cslot;

typedef struct h_cspace {
  h_cslot *s;
  uint32_t n, cap;
} h_cspace;

/* Index spaces, indexed by h_comp_space_of(sort). */
enum {
  H_SP_CORE_FUNC, H_SP_CORE_TABLE, H_SP_CORE_MEMORY, H_SP_CORE_GLOBAL, H_SP_CORE_TAG,
  H_SP_CORE_TYPE, H_SP_CORE_MODULE, H_SP_CORE_INSTANCE, H_SP_FUNC, H_SP_VALUE, H_SP_TYPE,
  H_SP_COMPONENT, H_SP_INSTANCE, H_SP_COUNT
};
int h_comp_space_of(uint32_t sort); /* -1 for an unknown sort */

struct h_cdef {
  h_cdef *parent;        /* enclosing component (outer aliases), NULL at the root */
  h_cact *acts;
  uint32_t nacts, cap_acts;
  h_cspace sp[H_SP_COUNT];
  h_cextern *imports;    /* names + types (sort in each) */
  uint32_t nimports, cap_imports;
  h_cextern *exports;    /* name, sort, type; idx in export_idx */
  uint32_t *export_idx;
  uint32_t nexports, cap_exports;
  hearth_module **modules;   /* owned references, in definition order */
  uint32_t nmodules, cap_modules;
  h_cdef **comps;            /* owned nested definitions */
  uint32_t ncomps, cap_comps;
};

struct hearth_component {
  atomic_int refs;
  hearth_engine *engine;
  h_carena arena;        /* every type node, name and array of every nested definition */
  h_cdef *root;
  /* Exported functions flattened for calls: "name" or "iface#name". */
  char **func_names;
  uint32_t nfunc_names;
};

/* Decodes and validates bytes into c->root (c->engine set). */
hearth_status h_comp_bin_decode(hearth_component *c, const uint8_t *bytes, size_t len);
void h_comp_bin_free_def(h_cdef *d);

/* ---------------------------------------------------------------- reset support (instance.c) */
/* For component templates and pools (src/pool/snapshot.c): a saved copy of an instance's handle
 * tables, and a slot for the snapshot a template-made instance resets to. */
typedef struct h_comp_handles h_comp_handles;
/* A copy of every handle table of ci; *out owned (h_comp_handles_free). */
hearth_status h_comp_inst_handles_save(const hearth_component_instance *ci, h_comp_handles **out);
void h_comp_inst_handles_free(h_comp_handles *h);
/* Puts ci's handle tables back to saved (taken from ci): own handles of host resources not in it
 * get the host's destructor; the call state (busy flags, borrow counts) is cleared. ARGUMENT when
 * a call trapped (such an instance is discarded, never reset). */
hearth_status h_comp_inst_handles_restore(hearth_component_instance *ci, const h_comp_handles *saved);
/* Gives every own handle of a host resource that ci's guests still hold to the host's destructor
 * (and removes it), e.g. before a pool deletes a discarded instance. */
void h_comp_inst_drop_host_handles(hearth_component_instance *ci);
/* The snapshot slot: hearth_component_instance_delete calls free_fn(snap). */
void h_comp_inst_set_snapshot(hearth_component_instance *ci, void *snap, void (*free_fn)(void *));
void *h_comp_inst_snapshot(const hearth_component_instance *ci);
hearth_store *h_comp_inst_store(const hearth_component_instance *ci);

/* ---------------------------------------------------------------- versions (instance.c) */
/* True when an import name matches a definition name: equal, or the same interface with
 * semver-compatible versions. */
bool h_comp_name_matches(const char *import, const char *defined);

#endif
