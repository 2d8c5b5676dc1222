/* internal.h: hearth's private data structures and the contracts between its subsystems.
 *
 * Subsystems and their prefixes (one .c file each):
 *   util.c     h_     counting allocator, error detail, byte vectors, status/trap strings
 *   decode.c   h_decode_   binary format -> hearth_module (everything but compiled code)
 *   validate.c h_validate_ module-level validation (types of imports/exports/segments/const exprs)
 *   wat.c      h_wat_      text format: .wat module text -> binary, lexer/literals for .wast scripts
 *   compile.c  h_compile_  per-function validation + translation to internal code (ops.h)
 *   interp.c   h_interp_   the interpreter loop over internal code
 *   memory.c   h_mem_      linear memories: reserved address range, grow, copy-on-write images
 *   runtime.c  h_rt_       engine, store, linker, instances, tables, globals, host calls, public API
 *   wasi.c     h_wasi_     WASI preview 1
 *   snapshot.c h_snap_     templates: resolved imports, initialized snapshots, instance reset
 *   cache.c    h_cache_    code cache files (keyed by SHA-256 of the module) and SHA-256
 *   objload.c  h_obj_      x86-64 ELF relocatable objects (the optimizing tier's code) -> memory
 *   cli.c                  the hearth command
 */
#ifndef H_INTERNAL_H
#define H_INTERNAL_H

#include <assert.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "hearth.h"
#include "config.h"
#include "ops.h"
#include "gc.h"

#if defined(__GNUC__) || defined(__clang__)
#define H_LIKELY(x) __builtin_expect(!!(x), 1)
#define H_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define H_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define H_NOINLINE __attribute__((noinline))
#else
#define H_LIKELY(x) (x)
#define H_UNLIKELY(x) (x)
#define H_PRINTF(a, b)
#define H_NOINLINE
#endif

/* ---------------------------------------------------------------- util.c */

/* Counting allocator: every allocation of hearth goes through these. h_malloc/h_calloc/h_realloc
 * return NULL on failure (and on size overflow in h_calloc / h_array_grow); h_free(NULL) is a no-op. */
void *h_malloc(size_t n);
void *h_calloc(size_t count, size_t size);
void *h_realloc(void *p, size_t n);
void h_free(void *p);
char *h_strndup(const char *s, size_t n); /* NUL-terminated owned copy */
/* CLOCK_MONOTONIC in nanoseconds: the one clock deadlines and timings use. */
uint64_t h_mono_ns(void);

/* Grows *arr (element size elt) so that it has room for at least need elements; *cap updated.
 * Returns false on overflow or NOMEM (then *arr is unchanged). */
bool h_array_grow(void **arr, size_t elt, uint32_t *cap, uint32_t need);

/* LEB128 readers shared by decode.c and compile.c, with the binary format's rules: at most
 * ceil(bits/7) bytes ("integer representation too long"), unused bits of the last byte zero for
 * unsigned and a sign extension for signed ("integer too large"). On H_LEB_OK *p moves past the
 * number; otherwise *p is unchanged and *out is 0. bits: 32 for h_leb_u32; 32, 33 or 64 for
 * h_leb_s. */
enum { H_LEB_OK = 0, H_LEB_EOF, H_LEB_TOO_LONG, H_LEB_TOO_LARGE };
int h_leb_u32_slow(const uint8_t **p, const uint8_t *end, uint32_t *out);
int h_leb_s(const uint8_t **p, const uint8_t *end, unsigned bits, int64_t *out);
int h_leb_u64(const uint8_t **p, const uint8_t *end, uint64_t *out); /* unsigned, 64 bits (3.0) */
/* The spec's message for H_LEB_TOO_LONG / H_LEB_TOO_LARGE ("unexpected end" for H_LEB_EOF). */
const char *h_leb_message(int code);
static inline int h_leb_u32(const uint8_t **p, const uint8_t *end, uint32_t *out) {
  if (H_LIKELY(*p < end && **p < 0x80)) {
    *out = *(*p)++;
    return H_LEB_OK;
  }
  return h_leb_u32_slow(p, end, out);
}

/* Sets this thread's detail message (printf style) and returns s, so that error paths read
 * `return h_err(HEARTH_ERR_MALFORMED, "section %u: ...", id);`. */
hearth_status h_err(hearth_status s, const char *fmt, ...) H_PRINTF(2, 3);
void h_err_clear(void);

/* ---------------------------------------------------------------- types */

typedef uint8_t h_valtype; /* H_T_* from ops.h (binary encodings) */
typedef uint32_t h_word;   /* a word of internal code */

static inline bool h_is_ref(h_valtype t) {
  return t == H_T_FUNCREF || t == H_T_EXTERNREF || t == H_T_EXNREF || t == H_T_ANYREF;
}
static inline bool h_is_num(h_valtype t) {
  return t == H_T_I32 || t == H_T_I64 || t == H_T_F32 || t == H_T_F64;
}
/* Slots a value of type t occupies in a frame. */
static inline uint32_t h_slots(h_valtype t) { return t == H_T_V128 ? 2u : 1u; }

/* Precise value types (3.0 typed references), used by validation: the low byte is the value's
 * representation (an h_valtype: numeric, v128, or the top of its reference hierarchy: funcref,
 * externref, exnref, anyref), bit 8 marks a non-nullable reference, bits 9.. its heap type:
 * H_HT_TOP (func, extern, exn, any), H_HT_BOT (nofunc, noextern, noexn, none), the abstract
 * types between any and none (H_HT_EQ, _I31, _STRUCT, _ARRAY; anyref only) or H_HT_IDX + i
 * (concrete type i: funcref for a func type, anyref for a struct or array type; decode.c reads
 * every index as funcref and validation (h_vt_fix) sets the representation once types are known).
 * Every 2.0 type is its own precise type (funcref = (ref null func)). */
typedef uint32_t h_vt;
#define H_VT_NONNULL 0x100u
#define H_HT_TOP 0u
#define H_HT_BOT 1u
#define H_HT_EQ 2u
#define H_HT_I31 3u
#define H_HT_STRUCT 4u
#define H_HT_ARRAY 5u
#define H_HT_IDX 6u
static inline h_valtype h_vt_rep(h_vt t) { return (h_valtype)(t & 0xFF); }
/* Bytes of a field's storage type in an object (rtt.c lays objects out with it). */
static inline uint32_t h_st_size(h_vt t) {
  switch (h_vt_rep(t)) {
    case H_ST_I8: return 1;
    case H_ST_I16: return 2;
    case H_T_I32: case H_T_F32: return 4;
    case H_T_V128: return 16;
    default: return 8; /* i64, f64, references (slot form) */
  }
}
/* Whether a field's storage type (h_rtt.stype: a packed type or a value representation) holds a
 * reference: the one predicate of rtt.c's reference lists (what the collector marks), gcops.c's
 * write barrier and gc.c's images. */
static inline bool h_st_is_ref(uint8_t st) { return h_is_ref(st); }
static inline uint32_t h_vt_heap(h_vt t) { return t >> 9; }
static inline h_vt h_vt_make(h_valtype rep, bool nonnull, uint32_t heap) {
  return (h_vt)rep | (nonnull ? H_VT_NONNULL : 0) | heap << 9;
}
/* A local of type t needs no initialization (3.0: all but non-nullable references). */
static inline bool h_vt_defaultable(h_vt t) { return !(t & H_VT_NONNULL); }

typedef struct h_functype {
  uint32_t nparams, nresults;
  h_valtype *params;       /* owned by the module (or store, for host functions) */
  h_valtype *results;
  uint32_t param_slots;    /* sum of h_slots over params */
  uint32_t result_slots;
  uint64_t hash;           /* over params and results; equal types have equal hashes */
  h_vt *pt;                /* owned or NULL (host types): precise types, params then results
                              (decode.c; module types always have them) */
} h_functype;

/* 3.0 type definitions beyond the signature (decode.c): the recursion group [group, group +
 * gsize) of the type, its declared supertype (H_NO_SUPER: none), whether it is final, and its
 * composite kind: H_RTT_FUNC (the h_functype holds the signature), H_RTT_STRUCT or H_RTT_ARRAY
 * (the h_functype is empty; nfields storage types in ft: an h_vt, or H_ST_I8/H_ST_I16 (gc.h) for
 * packed fields, with fmut[k] 1 for a mutable field; an array has one field, its element). */
typedef struct h_typeinfo {
  uint32_t group, gsize, super;
  bool final;
  uint8_t kind;
  uint32_t depth; /* length of the declared supertype chain (validate.c) */
  uint32_t nfields;
  h_vt *ft;       /* owned (one block with fmut) or NULL */
  uint8_t *fmut;  /* inside ft's block */
} h_typeinfo;
#define H_NO_SUPER UINT32_MAX

/* Structural equality (pointer-equal fast path first). */
bool h_functype_eq(const h_functype *a, const h_functype *b);
/* Fills param_slots, result_slots and hash from the arrays. */
void h_functype_finish(h_functype *t);

typedef struct h_limits {
  uint64_t min, max;
  bool has_max;
  bool is64;      /* memory64 / table64 (3.0): i64 addresses or indices */
} h_limits;

typedef struct h_tabletype {
  h_valtype elem; /* H_T_FUNCREF or H_T_EXTERNREF */
  h_limits limits;
  h_vt pelem;     /* precise element type, 0 when equal to elem (runtime-made tables) */
} h_tabletype;

typedef struct h_globaltype {
  h_valtype type;
  bool mut;
  h_vt pt;        /* precise type, 0 when equal to type (runtime-made globals) */
} h_globaltype;

/* Precise types of table elements and globals (see h_vt). */
static inline h_vt h_table_pt(const h_tabletype *t) { return t->pelem ? t->pelem : t->elem; }
static inline h_vt h_global_pt(const h_globaltype *g) { return g->pt ? g->pt : g->type; }

/* A constant expression of WebAssembly 2.0: exactly one of these instructions, then `end`. */
typedef struct h_constexpr {
  uint8_t op;       /* 0x41 i32.const, 0x42 i64.const, 0x43 f32.const, 0x44 f64.const,
                       0xFD v128.const, 0xD0 ref.null, 0xD2 ref.func, 0x23 global.get */
  h_valtype type;   /* the result type (for ref.null: the ref type; for global.get: filled by
                       validation from the global's type) */
  uint32_t index;   /* ref.func: function index; global.get: global index */
  uint64_t bits[2]; /* constants, bit-exact, little-endian (v128: bits[0] low lanes) */
  h_vt pt;          /* precise result type (ref.null: as decoded; others: filled by validation) */
} h_constexpr;
/* An extended constant expression (WebAssembly 3.0: several instructions, i32/i64 add, sub, mul)
 * has op H_CONST_SEQ: its instructions are module->const_seq[index .. index + bits[0]), each a
 * one-instruction h_constexpr as above or an arithmetic op (0x6A-0x6C, 0x7C-0x7E, no operands).
 * Validation bounds the evaluation stack by H_MAX_CONST_DEPTH (config.h). */
#define H_CONST_SEQ 0xFFu

enum { H_EXTERN_FUNC = 0, H_EXTERN_TABLE = 1, H_EXTERN_MEMORY = 2, H_EXTERN_GLOBAL = 3 };
enum { H_EXTERN_TAG = 4 }; /* exception handling: tag imports/exports (exn.c) */

typedef struct h_import {
  char *module, *name; /* owned NUL-terminated copies */
  uint32_t module_len, name_len;
  uint8_t kind;        /* H_EXTERN_* */
  union {
    uint32_t func_type; /* type index */
    h_tabletype table;
    h_limits mem;
    h_globaltype global;
    uint32_t tag_type;  /* H_EXTERN_TAG: type index */
  } desc;
} h_import;

typedef struct h_export {
  char *name; /* owned NUL-terminated copy */
  uint32_t name_len;
  uint8_t kind;
  uint32_t index;
} h_export;

enum { H_SEG_ACTIVE = 0, H_SEG_PASSIVE = 1, H_SEG_DECLARATIVE = 2 };

typedef struct h_elem {
  uint8_t mode;       /* H_SEG_* */
  h_valtype type;     /* H_T_FUNCREF or H_T_EXTERNREF */
  h_vt ptype;         /* precise element type */
  uint32_t table;     /* active only */
  h_constexpr offset; /* active only */
  uint32_t count;
  h_constexpr *items; /* owned; function-index lists are stored as ref.func expressions */
} h_elem;

typedef struct h_data {
  uint8_t mode;        /* H_SEG_ACTIVE or H_SEG_PASSIVE */
  uint32_t memory;
  h_constexpr offset;
  const uint8_t *bytes; /* points into the module's copy of the binary */
  uint32_t len;
} h_data;

typedef struct h_body {
  const uint8_t *start; /* first byte after the body size (the locals vector), in module->bytes */
  uint32_t len;         /* bytes of the body (locals + expression) */
  uint32_t offset;      /* file offset of start, for error messages */
} h_body;

typedef struct h_custom {
  char *name;           /* owned */
  const uint8_t *data;  /* into module->bytes */
  uint32_t len;
} h_custom;

/* A compiled function (module-owned, immutable once compiled, shared by every instance).
 * Frame layout: fp[0 .. param_slots) parameters, then local_slots locals, then the operand
 * stack; frame_slots bounds everything the code touches. Results are returned in fp[0..). */
typedef struct h_cfunc {
  h_word *code;           /* owned; NULL until compiled (H_LAZY_COMPILE: on first call). Published
                             once with a release store under the module's compile_lock; readers
                             load it with acquire (h_cfunc_code) before reading frame_slots */
  uint32_t ncode;         /* words */
  uint32_t param_slots;
  uint32_t local_slots;   /* non-parameter locals */
  uint32_t zero_lo;       /* a call zeroes fp[zero_lo .. zero_lo + zero_n): the locals that may be */
  uint32_t zero_n;        /* read before written (compile.c); valid once code is (acquire) */
  uint32_t frame_slots;   /* params + locals + max operand stack (>= result_slots) */
  uint32_t result_slots;
  uint32_t type;          /* type index */
  struct h_jit_func *jit; /* owned; machine code (jit.c) or NULL; set before code is published */
  struct h_opt_func *opt; /* optimized code (opt.c) or NULL; published with a release store,
                             read with acquire (h_cfunc_opt); owned by the module's h_opt_module */
  struct h_eh *eh;        /* owned; exception handlers (compile.c, interp.c) or NULL; set before
                             code is published */
  const struct h_gcmap *gcmap; /* owned; stack maps (gc.h; compile.c) or NULL (unknown) or
                             &h_gcmap_none; set before code is published */
} h_cfunc;

/* Exception handlers of a compiled function (compile.c builds, interp.c searches). A group is one
 * try_table body or the `do` part of a legacy try, covering code positions [start, end); groups are
 * in order of their start and properly nested, so the innermost group around a position is the
 * last one starting at or before it or one of its `parent`s (lexically enclosing groups). A thrown exception tries the group's clauses in order, then the group's `next` (its
 * lexically enclosing group, or for `delegate` the group the label leads to), H_EH_NONE = leave
 * the function. A clause catches (tag index, or H_EH_ALL) by writing the payload at fp[base..],
 * the exception at fp[exn_slot] (unless H_EH_NONE) and continuing at position pad. */
#define H_EH_NONE UINT32_MAX
#define H_EH_ALL UINT32_MAX
typedef struct h_eh_group {
  uint32_t start, end, next, parent, first, nclauses;
} h_eh_group;
typedef struct h_eh_clause {
  uint32_t tag, pad, base, exn_slot;
} h_eh_clause;
typedef struct h_eh {
  uint32_t ngroups, nclauses;
  h_eh_group *groups; /* in the same block as the h_eh */
  h_eh_clause *clauses;
} h_eh;

struct hearth_engine {
  hearth_config cfg;      /* with defaults filled in */
  struct h_rtt_reg *rtt;  /* rtt.c: the engine's canonical GC runtime types (owned) */
};

struct hearth_module {
  atomic_int refs;
  hearth_engine *engine;
  uint8_t *bytes;          /* owned copy of the binary */
  size_t len;

  h_functype *types;       /* owned, each with owned arrays */
  uint32_t ntypes;
  h_import *imports;
  uint32_t nimports;

  /* Index spaces: imports first, then definitions. */
  uint32_t nfuncs, nimported_funcs;
  uint32_t *func_type;     /* type index per function (nfuncs) */
  uint32_t ntables, nimported_tables;
  h_tabletype *tables;     /* ntables */
  uint32_t nmems, nimported_mems;
  h_limits *mems;          /* nmems (in pages) */
  uint32_t nglobals, nimported_globals;
  h_globaltype *globals;   /* nglobals */
  uint32_t ntags, nimported_tags;
  uint32_t *tag_type;      /* ntags: type index of each tag (exception handling) */
  h_constexpr *global_init;/* nglobals - nimported_globals */
  h_constexpr *table_init; /* ntables - nimported_tables (3.0 table initializers; op 0: none,
                              the elements are null) or NULL */
  uint32_t *type_canon;    /* ntypes: per type the smallest index of an equivalent type
                              (iso-recursive equivalence of recursion groups, validate.c) */
  struct h_typeinfo *tinfo; /* ntypes (3.0 type section) or NULL: every type its own final group */
  const h_rtt **rtt;       /* ntypes (3.0 type section) or NULL: each type's canonical runtime type
                              (rtt.c; borrowed from the engine's registry, or from rtt_own) */
  struct h_rtt_reg *rtt_own; /* rtt.c: the registry of a module made without an engine (owned) */
  struct h_rtt_group **rtt_groups; /* rtt.c: the registry's groups this module holds a reference on */
  uint32_t nrtt_groups;

  h_export *exports;
  uint32_t nexports;
  bool has_start;
  uint32_t start;
  h_elem *elems;
  uint32_t nelems;
  h_data *datas;
  uint32_t ndatas;
  bool has_datacount;
  uint32_t datacount;
  h_constexpr *const_seq;  /* owned: instructions of extended constant expressions (H_CONST_SEQ) */
  uint32_t nconst_seq, cconst_seq;

  h_body *bodies;          /* nfuncs - nimported_funcs */
  bool *func_declared;     /* nfuncs: may appear in ref.func inside function bodies (C.refs) */
  char **func_names;       /* nfuncs, owned strings or NULL (name section) */
  char *module_name;       /* owned or NULL (name section) */
  h_custom *customs;
  uint32_t ncustoms;

  h_cfunc *code;           /* nfuncs - nimported_funcs, filled by h_compile_module (with
                              H_LAZY_COMPILE only validated: code words come on first call) */
  pthread_mutex_t compile_lock; /* serialises lazy compilation (modules are shared by threads);
                                   initialised by runtime.c's module_build */
  void *compile_scratch;   /* compile.c's reusable compiler state for lazy compilation (under
                              compile_lock), freed by h_compile_scratch_free */
  struct h_jit_arena *jit; /* jit.c's code memory (owned; NULL until a function is compiled to it) */
  struct h_opt_module *opt; /* opt.c's optimized code (owned) or NULL; set once (atomic) */
  atomic_uint opt_hot;      /* opt.c: budget refills seen in this module (HEARTH_TIER=auto) */
  void *rt;                /* runtime.c's lazily built per-module data (public type arrays,
                              "$f<N>" names); NULL until needed, freed by h_module_free_contents */
  uint8_t cache_hash[32];  /* cache.c: SHA-256 of bytes[0..len), valid once cache_hashed */
  bool cache_hashed;       /* set under compile_lock (h_cache_hash_module) */
  struct h_cache_code *cache_code; /* cache.c: compiled code from and for the cache entry (owned;
                                      NULL when the cache is off for this module) */
  struct h_cache_open *cache_open; /* cache.c: an entry mapped for this module while it is
                                      decoded (h_cache_open_entry .. h_cache_load), else NULL */
  bool bytes_mapped;       /* bytes is a read-only file mapping (h_cache_read_file), freed by
                              h_cache_bytes_free */
};

/* decode.c: parses m->bytes[0..m->len) into m (all sections, custom sections and the name section
 * kept). Calls h_validate_module at the end. MALFORMED or INVALID with detail on failure; partial
 * contents are released by h_module_free_contents. */
hearth_status h_decode_module(hearth_module *m);
/* decode.c: reads a value type at *p (numeric, v128, a reference type: a shorthand byte, or 0x63
 * (nullable) / 0x64 (non-null) and a heap type; v3 false: 2.0's types only) into *out and moves
 * *p past it; or returns the malformed message (*p unchanged). Type indices are not checked. */
const char *h_decode_vt(const uint8_t **p, const uint8_t *end, bool v3, h_vt *out);
/* decode.c: a heap type (abstract byte or type index) as the nullable reference type to it. */
const char *h_decode_heaptype(const uint8_t **p, const uint8_t *end, h_vt *out);
/* validate.c: everything but function bodies. */
hearth_status h_validate_module(hearth_module *m);
/* validate.c: a <= b in the subtyping of precise value types of module m (3.0). */
bool h_vt_sub_slow(const hearth_module *m, h_vt a, h_vt b);
static inline bool h_vt_sub(const hearth_module *m, h_vt a, h_vt b) {
  return a == b || h_vt_sub_slow(m, a, b);
}
/* validate.c: type index a of m is a subtype of type index b (equivalent, or declared). */
bool h_type_sub(const hearth_module *m, uint32_t a, uint32_t b);
/* validate.c: the same across modules (import matching): type a of ma, b of mb; NULL modules
 * have no type indices (host-made objects: their precise types are 2.0 types). */
bool h_vt_sub_x(const hearth_module *ma, h_vt a, const hearth_module *mb, h_vt b);
bool h_type_eq_x(const hearth_module *ma, uint32_t a, const hearth_module *mb, uint32_t b);
/* validate.c: the composite kind of type i of m (H_RTT_FUNC, _STRUCT, _ARRAY; gc.h). */
uint8_t h_type_kind(const hearth_module *m, uint32_t i);
/* validate.c: t with the representation its heap type implies in m (a concrete struct or array
 * type: anyref); indices out of range are left alone (validation reports them). */
h_vt h_vt_fix(const hearth_module *m, h_vt t);

/* ---------------------------------------------------------------- rtt.c */

/* The canonical runtime types (gc.h's h_rtt) of an engine: one h_rtt per equivalence class of
 * types (iso-recursive equivalence, across all of the engine's modules), so that casts compare
 * pointers. Recursion groups are reference-counted by the modules that use them (a module's
 * h_rtts live at least as long as it, hence as long as any store object of those types) and
 * freed with the last one; hearth_engine_delete frees any left. Thread-safe (a mutex). */
struct h_rtt_reg *h_rtt_reg_new(void);
void h_rtt_reg_free(struct h_rtt_reg *r);
/* Fills m->rtt from m's engine registry (or a registry of its own, m->rtt_own, without an
 * engine). Called at the end of validation. NOMEM or LIMIT with detail. */
hearth_status h_rtt_module(hearth_module *m);
/* Drops m's references (frees groups no module uses any more) and m->rtt (module deletion). */
void h_rtt_module_release(hearth_module *m);

/* ---------------------------------------------------------------- gcops.c */

/* The GC instructions' work for interp.c (ops.h STRUCT_NEW .. EXTERN_CONVERT_ANY): ip points at
 * the instruction (operands ip[1..]), hi is the end of the live stack; 0 or a trap code. */
unsigned h_gcop_struct_new(hearth_instance *inst, uint64_t *fp, const h_word *ip, uint64_t *hi,
                           bool dflt);
unsigned h_gcop_struct_get(hearth_instance *inst, uint64_t *fp, const h_word *ip);
unsigned h_gcop_struct_set(hearth_instance *inst, uint64_t *fp, const h_word *ip);
unsigned h_gcop_array_new(hearth_instance *inst, uint64_t *fp, const h_word *ip, uint64_t *hi,
                          unsigned op);
unsigned h_gcop_array_new_data(hearth_instance *inst, uint64_t *fp, const h_word *ip,
                               uint64_t *hi);
unsigned h_gcop_array_new_elem(hearth_instance *inst, uint64_t *fp, const h_word *ip,
                               uint64_t *hi);
unsigned h_gcop_array_get(hearth_instance *inst, uint64_t *fp, const h_word *ip);
unsigned h_gcop_array_set(hearth_instance *inst, uint64_t *fp, const h_word *ip);
unsigned h_gcop_array_len(hearth_instance *inst, uint64_t *fp, const h_word *ip);
unsigned h_gcop_array_fill(hearth_instance *inst, uint64_t *fp, const h_word *ip);
unsigned h_gcop_array_copy(hearth_instance *inst, uint64_t *fp, const h_word *ip);
unsigned h_gcop_array_init(hearth_instance *inst, uint64_t *fp, const h_word *ip, bool elem);
/* Whether reference v (of the hierarchy of heap type ht) is of type (ref null? ht); concrete
 * heap types are H_HT_IDX + a type index of inst's module. */
bool h_gcop_test(const hearth_instance *inst, uint64_t v, uint32_t ht, bool null_ok);
unsigned h_gcop_any_convert_extern(hearth_instance *inst, uint64_t *fp, const h_word *ip,
                                   uint64_t *hi);
unsigned h_gcop_extern_convert_any(hearth_instance *inst, uint64_t *fp, const h_word *ip,
                                   uint64_t *hi);

/* Whether function f's type is a subtype of type t of m (their canonical runtime types; true
 * when either has none: host functions, whose signature was compared structurally). */
bool h_gcop_func_sub(const hearth_func *f, const hearth_module *m, uint32_t t);
/* A GC instruction of a constant expression (h_constexpr op 0xFB, validated) on the evaluation
 * stack st[0..*n) (two words a value): false when an allocation fails (trap GC heap). */
bool h_gcop_const(hearth_instance *inst, const h_constexpr *it, uint64_t (*st)[2], uint32_t *n);

/* ---------------------------------------------------------------- wat.c */

/* Module text (a .wat file: `(module ...)` or bare module fields; also `(module binary ...)` and
 * `(module quote ...)`) -> binary module. *out owned (h_free). MALFORMED "LINE:COL: message",
 * UNSUPPORTED for 3.0 syntax hearth lacks, NOMEM. */
hearth_status h_wat_to_wasm(const char *text, size_t len, uint8_t **out, size_t *out_len);

/* Tokens for .wast scripts. H_TK_LPAR's match is the index of its ')'. Two H_TK_EOF tokens end
 * the text's tokens; after them come H_TK_ANNOT tokens, one per annotation the parser gives a
 * meaning to (@custom, @name, @metadata.code.branch_hint): off/len its source range, match the index
 * of the token that follows it; its inner tokens follow it (the first is the @id itself). */
enum { H_TK_LPAR = 1, H_TK_RPAR, H_TK_ATOM, H_TK_ID, H_TK_STRING, H_TK_EOF, H_TK_ANNOT };
typedef struct h_wat_tok {
  uint32_t kind, off, len, match;
} h_wat_tok;
/* Lexes a whole script; *toks owned (h_free). MALFORMED "LINE:COL: ..." on bad tokens. */
hearth_status h_wat_lex(const char *text, size_t len, h_wat_tok **toks, size_t *ntoks);
/* The module whose '(' is toks[at] (`(module ...)`, with optional `definition`, binary, quote)
 * -> binary; *out owned (h_free). */
hearth_status h_wat_module_at(const char *text, size_t len, const h_wat_tok *toks, size_t ntoks,
                              size_t at, uint8_t **out, size_t *out_len);
/* Decoded bytes of a string token; *out owned (h_free), NUL-terminated (not counted). */
hearth_status h_wat_string(const char *text, size_t len, const h_wat_tok *t, uint8_t **out,
                           size_t *out_len);
/* Literals: 0 ok, 1 bad syntax, 2 out of range (3 no memory, floats). Integers: bits 8..64,
 * two's complement in the low bits; floats: bits 32/64, the IEEE bit pattern (nan:0x..., inf). */
int h_wat_int(const char *s, size_t n, unsigned bits, uint64_t *out);
int h_wat_float(const char *s, size_t n, unsigned bits, uint64_t *out);
/* 1-based line and column of byte offset off. */
void h_wat_linecol(const char *text, size_t len, size_t off, unsigned *line, unsigned *col);
/* compile.c: validates and compiles every body into m->code. */
hearth_status h_compile_module(hearth_module *m);
/* compile.c: one body (defined-function index). */
hearth_status h_compile_function(hearth_module *m, uint32_t defidx, h_cfunc *out);
/* compile.c: the code of a validated function, compiling it first if needed (thread-safe; every
 * racer ends up with the same array). NULL on failure (only NOMEM or LIMIT are possible), with the
 * detail set by h_err. */
const h_word *h_compile_lazy(hearth_module *m, const h_cfunc *f);
/* compile.c: frees m->compile_scratch (h_module_free_contents). */
void h_compile_scratch_free(hearth_module *m);
/* The code of f if already compiled (acquire), else NULL: the hot-path check. */
static inline const h_word *h_cfunc_code(const h_cfunc *f) {
  return __atomic_load_n(&f->code, __ATOMIC_ACQUIRE);
}
/* jit.c: the compiling tier (config.h H_JIT). A compiled function's machine code runs on the
 * interpreter's frame slots; h_jit_run enters it at interpreter position ip (returns ip itself when
 * there is no machine code for that position) and returns the position where the interpreter
 * continues. */
typedef struct h_jit_ctx {
  int64_t budget;                /* the interpreter's budget, in and out */
  struct hearth_global **globals; /* the running instance's globals */
  hearth_store *s;
  hearth_instance *inst;         /* the running instance (the same for every direct call) */
  struct h_frame *fr_end;        /* the interpreter's frame limit (s->frames + max_depth) */
  uint64_t *stack_end;           /* end of the slot stack */
  uintptr_t entry_rsp;           /* jit.c: the machine stack pointer of the outermost machine frame */
  uintptr_t rsp_floor;           /* direct calls below this stack pointer go through the interpreter */
  unsigned trap;                 /* set by a context helper that traps (the interpreter raises it) */
  bool warm;                     /* interp.c: a refill has granted budget since the interpreter
                                    started or returned from the host (tier-up, h_jit_hot) */
} h_jit_ctx;
typedef struct h_jit_func {
  uint8_t *base;        /* executable code (in the module's arena); NULL while deferred (below) */
  const h_word *code;   /* the interpreter code it was made from (borrowed) */
  uint32_t *map;        /* owned; interpreter position -> machine offset, UINT32_MAX = none */
  uint32_t size;
  uint32_t frame_slots; /* the function's frame size (h_cfunc.frame_slots), for direct calls */
  uint8_t *direct;      /* entry for direct calls from machine code: zeroes the locals, then the
                           body; NULL while deferred */
  /* Tier-up (config.h H_JIT_CALL_THRESHOLD): a function whose compilation is deferred has base,
   * map and direct NULL and pend set; jit.c compiles it in place (under the module's compile_lock,
   * map then base then direct published with release stores) when it is hot, or drops pend and
   * leaves it interpreted for good. */
  struct h_jit_pend *pend; /* owned by jit.c; read and written under compile_lock only */
  uint32_t calls;          /* entries at the function's start while deferred (relaxed atomics) */
} h_jit_func;
typedef struct h_jit_arena h_jit_arena;
/* A helper that runs one numeric instruction at ip (interp.c, from the interpreter's semantics):
 * 0, or the trap it raises (nothing written then). */
typedef unsigned (*h_jit_helper)(uint64_t *fp, const h_word *ip, uint8_t *mem);
extern const h_jit_helper h_jit_helpers[];
/* A helper that needs the instance or the budget (bulk memory, tables, memory.grow, ...; interp.c):
 * 0, or nonzero after storing the trap in ctx->trap (the interpreter raises it at ip without
 * running the instruction again). ctx->budget is the budget in and out. */
typedef unsigned (*h_jit_xhelper)(h_jit_ctx *ctx, uint64_t *fp, const h_word *ip);
extern const h_jit_xhelper h_jit_xhelpers[];
/* interp.c: the interpreter's budget refill for machine code (budget >= 0, or minus a trap):
 * h_interp_refill, then tier-up (h_jit_hot) when ctx->warm. */
int64_t h_jit_refill(h_jit_ctx *ctx);
bool h_jit_enabled(void);
/* Compiles the one-word code w[0..n) (before[]: compile.c's instruction counts, nwords: operand
 * words per op) whose final form is code[0..ncode) (layout: its param_slots, local_slots,
 * frame_slots, zero_lo, zero_n: slots above params and locals are stack temporaries) into *out (owned, NULL when the function stays
 * interpreted). Always true: failures only leave the function interpreted. Caller holds the
 * module's compile lock (or owns the module alone). */
/* With tier-up on (h_jit_call_threshold() > 1), *out is a deferred h_jit_func (no machine code
 * yet) that h_jit_run or h_jit_tier_up compiles later; kept, when not NULL, is a copy of w[0..n)
 * that lives as long as the module (the code cache's mapped entry), borrowed instead of copying w. */
bool h_jit_compile(hearth_module *m, const h_word *w, uint32_t n, const uint32_t *before,
                   const uint8_t *nwords, const h_word *code, uint32_t ncode, h_jit_func **out,
                   const h_cfunc *layout, const h_word *kept);
/* Calls a deferred function takes in the interpreter before it gets machine code: config.h
 * H_JIT_CALL_THRESHOLD, or the environment variable HEARTH_JIT_CALLS (read once); 1 = on the
 * first call (no deferral). */
uint32_t h_jit_call_threshold(void);
/* Compiles jf now if it is deferred (m: its module; takes m's compile_lock). True when jf has
 * machine code afterwards. */
bool h_jit_tier_up(hearth_module *m, h_jit_func *jf);
/* Entries from the interpreter at a loop header (on-stack replacement) in this process (tests,
 * HEARTH_JIT_STATS). */
uint64_t h_jit_osr_taken(void);
/* A budget refill after a whole grant found frame fr running (interp.c): the deferred functions
 * of fr and of its callers, up to H_JIT_HOT_FRAMES frames, are hot and compiled now (a loop that
 * calls functions with machine code spends its budget in them). */
void h_jit_hot(hearth_store *s, const struct h_frame *fr);
/* Enters jf (machine code of a function of ctx->inst) at interpreter position ip; a deferred jf
 * counts an entry at the function's start and is compiled on the threshold-th one. */
const h_word *h_jit_run(const h_jit_func *jf, const h_word *ip, uint64_t *fp, uint8_t *mem,
                        h_jit_ctx *ctx);
void h_jit_func_free(h_jit_func *jf);
void h_jit_module_free(hearth_module *m);

/* cache.c: SHA-256 (FIPS 180-4; SHA-NI where the CPU has it). */
typedef struct h_sha256_ctx {
  uint32_t st[8];
  uint64_t total;
  uint8_t buf[64];
  uint32_t nbuf;
} h_sha256_ctx;
void h_sha256_init(h_sha256_ctx *c);
void h_sha256_update(h_sha256_ctx *c, const void *data, size_t n);
void h_sha256_final(h_sha256_ctx *c, uint8_t out[32]);
void h_sha256(const void *data, size_t n, uint8_t out[32]);
/* cache.c: the code cache. Before decoding, h_cache_open_entry maps and verifies the cache
 * directory's entry for m (true when there is a valid one); the decoder may take the bodies'
 * offsets and lengths from it (h_cache_bodies: n x (uint32 offset, uint32 length) when the entry
 * has n functions, else NULL); after decoding, h_cache_load fills m->code (validated form) from it
 * (true: validation is skipped) and unmaps it; h_cache_close unmaps it on failure paths.
 * h_cache_store writes m's entry (m->code set). All are silent no-ops when the cache is off or
 * unusable. */
void h_cache_hash_module(hearth_module *m);
bool h_cache_open_entry(hearth_module *m);
const uint8_t *h_cache_bodies(const hearth_module *m, uint32_t n);
bool h_cache_load(hearth_module *m);
void h_cache_close(hearth_module *m);
void h_cache_store(hearth_module *m);
/* cache.c: module bytes of len (h_free'd): big ones are advised to use huge pages, which makes
 * their first touch cost one fault per 2 MiB instead of per 4 KiB. NULL when out of memory. */
uint8_t *h_cache_bytes_alloc(size_t len);
/* cache.c: advises huge pages for the 2 MiB-aligned interior of a big (>= 8 MiB) freshly
 * allocated block that has not been touched yet (per-function arrays of huge modules). */
void h_cache_advise_huge(void *p, size_t len);
/* cache.c: a file's identity as the index of hearth_module_new_file records it. */
typedef struct h_file_id {
  uint64_t dev, ino, size, mtime_ns, ctime_ns;
} h_file_id;
/* cache.c: the optimizing tier's machine code (opt.c), KEY.hco files in the cache directory,
 * keyed like the .hcc entries plus tier (opt.c's code generator key). h_cache_opt_get maps and
 * verifies m's file (checksum, key, ownership): the object's bytes (*len), kept mapped until
 * h_cache_map_free(map); NULL when there is none usable. h_cache_opt_put writes one (silent on
 * failure), h_cache_opt_write to path; h_cache_opt_path: where m's file is. */
typedef struct h_cache_map {
  void *p;
  size_t size;
} h_cache_map;
const uint8_t *h_cache_opt_get(hearth_module *m, uint64_t tier, size_t *len, h_cache_map *map);
void h_cache_map_free(h_cache_map *map);
void h_cache_opt_put(hearth_module *m, uint64_t tier, const uint8_t *obj, size_t len);
hearth_status h_cache_opt_write(hearth_module *m, uint64_t tier, const uint8_t *obj, size_t len,
                                const char *path);
hearth_status h_cache_opt_path(hearth_module *m, uint64_t tier, char *buf, size_t cap);
void h_cache_opt_counts(unsigned *hits, unsigned *stores);

/* objload.c: loads an ELF relocatable object for this machine (x86-64 or AArch64: the optimizing
 * tier's code) into fresh memory: sections mapped (text RX, constants R, data RW), relocations
 * applied, undefined symbols resolved from imports only (name -> address; no process lookup),
 * the instruction cache flushed. The object is untrusted:
 * anything malformed, out of bounds or not understood refuses it (NULL, reason in err) before
 * anything is executable. entries[i] (i < nentries) gets the address of the global function
 * symbol prefix<i> (decimal), untouched when there is none. elf must be 8-byte aligned. */
typedef struct h_obj h_obj;
typedef struct h_obj_import {
  const char *name;
  void *addr;
} h_obj_import;
h_obj *h_obj_load(const uint8_t *elf, size_t len, const h_obj_import *imports, size_t nimports,
                  const char *prefix, void **entries, uint32_t nentries, char *err, size_t errlen);
size_t h_obj_size(const h_obj *o);
void h_obj_free(h_obj *o);

/* cache.c: reads path into *bytes (h_cache_bytes_alloc, *len bytes). *known: 1 = hash holds the
 * SHA-256 of the bytes, found in the cache's file index; 0 = not found, but the file may be
 * indexed (h_cache_index_put) once the module is built; -1 = do not index (cache off, file small,
 * changing, too recently modified, or not a regular file). IO or NOMEM with detail. */
hearth_status h_cache_read_file(const char *path, uint8_t **bytes, size_t *len, h_file_id *id,
                                uint8_t hash[32], int *known, bool *mapped);
/* cache.c: frees m->bytes (h_free, or munmap when bytes_mapped). */
void h_cache_bytes_free(hearth_module *m);
void h_cache_index_put(const h_file_id *id, hearth_module *m);
/* Hits and stores in this process so far (tests). */
void h_cache_counts(unsigned *hits, unsigned *stores);
/* cache.c: the code cache's compiled functions. A function's compile-time code (compile.c: op
 * numbers, before finish_code) with what finishing it needs; words borrowed from the entry's
 * mapping (valid while the module lives). gmap: ngmap words of the function's stack-map sites in
 * compile.c's serialized form (opaque to cache.c, checked by compile.c when it loads them);
 * flags: none is defined yet (0; an entry with any set is refused). */
typedef struct h_cache_fcode {
  const h_word *words;
  uint32_t nwords, stack_base, frame, zero_lo, zero_n;
  const h_word *gmap;
  uint32_t ngmap, flags;
} h_cache_fcode;
/* True with *out filled when m's cache entry holds defined function defidx's code (under
 * compile_lock). */
bool h_cache_code_find(const hearth_module *m, uint32_t defidx, h_cache_fcode *out);
/* Records a function just compiled (under compile_lock): w[0..n) in compile-time layout and its
 * stack-map sites gmap[0..ngmap) (h_cache_fcode), copied; f its finished form (frame, zeroed
 * range); flags 0 (none defined yet). It replaces a record of the same function loaded from the entry. No-op
 * when the cache is off for m. */
void h_cache_code_put(hearth_module *m, uint32_t defidx, const h_word *w, uint32_t n,
                      uint32_t stack_base, const h_cfunc *f, const h_word *gmap, uint32_t ngmap,
                      uint32_t flags);
/* Rewrites m's entry with every function compiled so far when this process compiled new ones
 * (hearth_module_delete; silent like every cache write). */
void h_cache_code_flush(hearth_module *m);
/* Frees m->cache_code (h_module_free_contents). */
void h_cache_code_free(hearth_module *m);
/* Functions taken from entries and entries rewritten with new code, in this process (tests). */
void h_cache_code_counts(unsigned *loaded, unsigned *flushes);

/* runtime.c: frees everything a module owns (safe on a partially decoded module). */
void h_module_free_contents(hearth_module *m);

/* ---------------------------------------------------------------- runtime objects */

/* Raw host function: args in slots[0..param_slots), results written to slots[0..result_slots). */
typedef hearth_status (*h_raw_fn)(hearth_caller *caller, void *user, uint64_t *slots);

struct hearth_func {
  hearth_store *store;
  const h_functype *type;     /* borrowed from the module, or owned (host_type) */
  hearth_instance *inst;      /* wasm functions: the owning instance; host: NULL */
  const h_cfunc *code;        /* wasm: the compiled body (module-owned); host: NULL */
  uint32_t index;             /* wasm: index in the module's function space */
  hearth_host_fn host;        /* host: typed callback, or NULL */
  h_raw_fn raw;               /* host: raw callback, or NULL */
  void *user;
  h_functype host_type;       /* host: owned type */
};

struct hearth_memory {
  hearth_store *store;
  uint8_t *base;        /* reserved range of H_MEMORY_RESERVE bytes; never moves */
  uint64_t size;        /* bytes accessible (pages * 64 KiB) */
  uint64_t max_pages;   /* effective maximum (declared max capped by limits) */
  h_limits decl;        /* declared limits (pages), for import matching */
  uint64_t reserved;    /* bytes reserved at base */
  uint64_t rw_end;      /* bytes at base mapped read-write (>= size; > size only after a reset
                           kept grown pages mapped: see memory.c) */
  /* Snapshot-backed memories (memory.c h_mem_init_image, snapshot.c): [base, base + image_bytes)
   * is a private copy-on-write mapping of a template's memory image, [image_bytes, snap_size)
   * anonymous zero pages; h_mem_reset brings the memory back to snap_size bytes of that content. */
  bool snapshot;
  bool untracked;       /* the base pointer was handed out (hearth_memory_data): writes may have
                           bypassed the dirty map, so the next reset drops every page */
  uint64_t snap_size;   /* bytes at the snapshot */
  uint64_t image_bytes; /* bytes mapped from the image (OS-page multiple, <= snap_size) */
  const uint8_t *image; /* the template's read-only mapping of the image (image_bytes), borrowed */
  uint64_t keep_bytes;  /* keep-resident budget (config.h H_DEFAULT_KEEP_RESIDENT) */
  bool exact_bounds;    /* reset drops grown pages and protects them again (memory.c) */
  uint64_t resident;    /* granules restored in place and kept since the last full drop (an upper
                           bound: memory.c) */
};

/* The dirty map of mem: one byte per H_DIRTY_GRANULE of the reservation, just below base. Stores
 * set the byte of the granule their address starts in to 1 (interp.c, jit.c, h_mem_mark); reset
 * restores the granules marked 1 and sets their byte to 2 (kept resident, clean). */
static inline uint8_t *h_mem_dirty_map(const hearth_memory *mem) {
  return mem->base - H_DIRTY_MAP_BYTES;
}
/* Marks [off, off + len) written (host writes, bulk operations). The range must lie within the
 * memory's reservation. */
static inline void h_mem_mark(hearth_memory *mem, uint64_t off, uint64_t len) {
  if (!len) return;
  uint64_t g = off >> H_DIRTY_SHIFT, e = (off + len - 1) >> H_DIRTY_SHIFT;
  uint8_t *map = h_mem_dirty_map(mem);
  if (e == g)
    map[g] = 1;
  else
    memset(map + g, 1, (size_t)(e - g + 1));
}

struct hearth_table {
  hearth_store *store;
  h_valtype elem;
  uint32_t size;
  h_limits decl;        /* declared limits, for import matching */
  uint64_t *elems;      /* size entries: hearth_func * or externref as uint64_t, 0 = null */
  uint32_t cap;
  bool dirty;           /* written since the last reset (snapshot.c restores only dirty tables) */
  h_vt pelem;           /* precise element type (0: elem), its type indices those of tmod */
  const hearth_module *tmod; /* the defining module (borrowed; the store's instances hold it), or
                                NULL for host-made tables */
};

struct hearth_global {
  hearth_store *store;
  h_globaltype type;
  uint64_t v[2];        /* the value in slot form (v128 uses both words) */
  const hearth_module *tmod; /* type.pt's module (as hearth_table's), or NULL */
};

struct hearth_instance {
  hearth_store *store;
  hearth_module *module;     /* one reference held */
  hearth_func **funcs;       /* nfuncs (imports resolved, then &defined[i]) */
  hearth_func *defined;      /* the instance's own functions */
  hearth_table **tables;
  hearth_memory **mems;
  hearth_global **globals;
  struct hearth_tag **tags;  /* ntags (imports resolved, then &tag_defs[i]) */
  struct hearth_tag *tag_defs; /* the instance's own tags */
  hearth_memory *mem0;       /* mems[0] or NULL: the interpreter's memory */
  uint64_t **elem_items;     /* per elem segment: evaluated references (slot form) */
  uint32_t *elem_len;        /* per elem segment: count, 0 once dropped */
  bool *data_dropped;        /* per data segment */
  hearth_template *tmpl;     /* snapshot.c: the template it was made from (one reference), or NULL */
  struct h_gcobj **gc_objs;  /* snapshot.c: the template's GC objects made for it (pinned; image
                                index -> object), or NULL */
  uint32_t memory_export;    /* runtime.c's hearth_caller_memory cache: 0 not looked up yet, 1 no
                                memory exported as "memory", 2 + i: it is mems[i] */
};

struct hearth_caller {
  hearth_store *store;
  hearth_instance *inst;     /* the calling instance (NULL when called from the host) */
};

/* A frame of the interpreter's call stack. */
typedef struct h_frame {
  const h_cfunc *fn;
  hearth_instance *inst;
  const h_word *ret_ip;      /* where the caller resumes */
  uint64_t *fp;
  const h_word *host_ip;     /* interp.c: while this frame calls a host function, where it resumes
                                (gc.c's stack maps); NULL otherwise (runtime.c zeroes new frames) */
} h_frame;

struct hearth_store {
  hearth_engine *engine;
  /* Everything the store owns, freed by hearth_store_delete. */
  void **objects;            /* instances, funcs, memories, tables, globals (tagged by kind) */
  uint8_t *object_kinds;
  uint32_t nobjects, objects_cap;

  /* Execution state. The value stack and the frame stack are heap arrays: wasm recursion never
   * uses the host stack. Nested runs (host -> wasm -> host -> wasm) continue above `stack_top`. */
  uint64_t *stack;           /* stack_slots slots */
  size_t stack_slots;
  uint64_t *stack_top;       /* first free slot for a new run */
  h_frame *frames;           /* max_depth entries */
  h_frame *volatile run_frame; /* interp.c: the innermost frame while the loop runs wasm code (read
                                  by the guard-page signal handler to place a trap) */
  uint32_t nframes;
  uint32_t max_depth;
  atomic_uint interrupt;     /* 0, or the hearth_trap to raise (INTERRUPTED, DEADLINE) */
  uint64_t fuel;             /* UINT64_MAX = unmetered */
  uint64_t deadline_ns;
  bool watched;              /* runtime.c: registered with the deadline watchdog (this store's
                                thread only reads and writes it) */
  uint64_t mem_limit;        /* bytes; caps every memory of the store */
  /* Consulted before a memory or table of the store commits `bytes` more (memory.grow, table.grow
   * and their host API forms, on the growing thread); false refuses the grow (-1). NULL: none.
   * A lower layer offers the hook so that pool.c can bound a pool's total without calls up. */
  bool (*grow_hook)(void *user, uint64_t bytes);
  void *grow_user;
  uint64_t table_bytes;      /* runtime.c: bytes of table elements allocated in the store, counted
                                with the memories against mem_limit (runtime.c's table_budget) */
  uint64_t gc_bytes;         /* gc.c: live bytes of the GC heap, counted like table_bytes */
  uint32_t gc_defer;         /* gc.c: h_gc_defer depth; > 0: allocations never collect */
  h_frame *gc_fr;            /* interp.c: during an allocation instruction, its frame (innermost) */
  const h_word *gc_ip;       /* ... and its ip: gc.c finds the frame's stack map (gc.h) */

  hearth_trap trap;
  struct hearth_exn *exn;         /* with trap HEARTH_TRAP_EXCEPTION: the exception in flight (exn.c) */
  struct hearth_exn *exns;        /* every exception object of the store (a list through next), freed
                                with it */
  struct hearth_tag *host_tags;   /* hearth_tag_new's tags (exn.c), freed with the store */
  uint32_t nexns, exn_gc_at;      /* exn.c: exceptions alive, and the count that triggers a
                                     collection */
  struct h_gcheap *gc;       /* gc.c: the GC heap (struct/array objects, extern boxes), NULL until
                                the first allocation */
  bool exn_pinned;           /* an exnref global or table exists (runtime.c): exceptions are then
                                kept for the store's lifetime, never collected */
  bool compile_failed;       /* the HEARTH_TRAP_HOST trap is a failed lazy compilation */
  int exit_code;
  const char *backtrace[32];
  uint32_t nbacktrace;
  void *user;                /* for embedders inside hearth (wasi.c, pool.c) */
  /* Called by hearth_instance_reset, after the instance's own state is restored, with `user`: a
   * host layer keeps per-store state (wasi.c: the fd table) and offers its reset here, so that
   * snapshot.c restores it without knowing it (set by hearth_wasi_attach). NULL: nothing. */
  hearth_status (*user_reset)(hearth_store *s, void *user);
};

/* A tag (exception handling): its identity is its address. Tags of instances live in the
 * instance (tag_defs), host-made ones are store objects (exn.c). */
struct hearth_tag {
  hearth_store *store;
  const h_functype *type;  /* borrowed from the module, or &host_type */
  const hearth_module *tmod; /* a module's tag: the module and its type index (3.0 import
                                matching of equivalent types); NULL for host-made tags */
  uint32_t tidx;
  h_functype host_type;    /* host-made tags: owned arrays in the same block */
  struct hearth_tag *next; /* host-made tags: the store's list (s->host_tags) */
  hearth_valtype *pub;     /* hearth_tag_type's array: in the block (host-made) or owned, made on
                              first use (a module's tag; freed with its instance), or NULL */
};

/* An exception: its tag and payload in slot form (the tag type's param_slots). Owned by its
 * store (s->exns), referenced by exnref values as uint64_t of the pointer. */
typedef struct hearth_exn {
  struct hearth_exn *next;
  struct hearth_tag *tag;
  uint32_t nslots;
  uint64_t slots[];
} h_exn;

/* exn.c: a new exception of tag with payload slots[0 .. tag's param_slots), added to the store;
 * NULL when out of memory. Every H_EXN_GC_MIN (growing) new exceptions, the ones no slot of the
 * value stack below stack_hi (nor s->exn, nor another live exception's payload) refers to are
 * freed first (conservatively: a slot that equals an exception's address keeps it), so that a
 * throw loop runs in bounded memory. */
h_exn *h_exn_new(hearth_store *s, struct hearth_tag *tag, const uint64_t *slots,
                 const uint64_t *stack_hi);
/* exn.c: at the start of an outermost call: frees every exception (none is reachable from wasm
 * any more unless s->exn_pinned, which keeps them all). */
void h_exn_reset(hearth_store *s);
/* exn.c: frees every exception and host-made tag of the store (hearth_store_delete). */
void h_exn_free_all(hearth_store *s);

/* runtime.c: calls fn on every word that may hold a GC reference and that the store itself owns:
 * the value of each global, the elements of each table and each instance's evaluated element
 * segments whose type may hold heap objects (gc.h h_gc_rep_holds_objs: the any and extern
 * hierarchies; numeric, v128, funcref and exnref ones are skipped): the collector's roots
 * (gc.c). */
void h_rt_store_ref_roots(hearth_store *s, void (*fn)(void *u, const uint64_t *p, size_t n),
                          void *u);
/* runtime.c: bytes of the store's linear memories (what mem_limit counts besides tables, GC). */
uint64_t h_rt_store_mem_bytes(const hearth_store *s);
/* runtime.c: calls a host function with args in slots (see h_raw_fn); caller_inst may be NULL. */
hearth_status h_rt_host_call(hearth_store *s, hearth_func *f, hearth_instance *caller_inst,
                             uint64_t *slots);
/* runtime.c: name of function index fi of inst for backtraces (never NULL). */
const char *h_rt_func_name(hearth_instance *inst, uint32_t fi);
/* runtime.c: table.grow (also the public hearth_table_grow): fills the new entries with init (slot
 * form); returns the old size, or -1 past the declared max or H_MAX_TABLE_ELEMS, past the store's
 * memory limit (table elements and memories together), or on NOMEM. */
int64_t h_rt_table_grow(hearth_table *t, uint32_t delta, uint64_t init);

/* A host function definition taken from a linker, independent of any store (templates keep these;
 * `types` is params then results; `id` is the linker definition's process-unique id, the key of the
 * per-store host function cache). */
typedef struct h_hostdef {
  uint64_t id;
  const h_valtype *types;
  uint32_t nparams, nresults;
  hearth_host_fn fn;
  void *user;
  h_raw_fn raw;     /* non-NULL: a raw host function (fn is then NULL) */
} h_hostdef;

/* A memory image for h_rt_memory_new / h_mem_init_image: fd's bytes [0, image_bytes) become the
 * memory's first bytes (copy-on-write), then zeros up to size. */
typedef struct h_memimage {
  int fd;
  uint64_t image_bytes;
  uint64_t size;
  const uint8_t *map;   /* fd's bytes mapped read-only (the reference reset copies from) */
} h_memimage;

/* runtime.c: resolves function import i of m through l into a host definition (types borrowed from
 * the linker). UNLINKABLE when missing or of another type; ARGUMENT when l defines it as a store
 * object. */
hearth_status h_rt_linker_host(const hearth_linker *l, const hearth_module *m, uint32_t i,
                               h_hostdef *out);
/* runtime.c: defines a raw host function in l (see h_raw_fn: arguments and results in slot form,
 * no hearth_val conversions). It links, goes into templates and the per-store host function cache
 * exactly like hearth_linker_define_func's; strings and type arrays are copied, user borrowed. */
hearth_status h_rt_linker_define_raw(hearth_linker *l, const char *module, const char *name,
                                     const h_valtype *params, uint32_t np,
                                     const h_valtype *results, uint32_t nr, h_raw_fn fn,
                                     void *user);
/* runtime.c: the store's hearth_func for d (created on first use, then cached per store). */
hearth_status h_rt_host_func(hearth_store *s, const h_hostdef *d, hearth_func **out);
/* runtime.c: hearth_instance_new with every import a host function from hosts (nimports entries). */
hearth_status h_rt_instance_new_hosts(hearth_store *s, hearth_module *m, const h_hostdef *hosts,
                                      hearth_instance **out);
/* runtime.c: allocates an instance of m in s with its imports from hosts and its own functions set
 * up, and adds it to the store; globals, memories, tables and segment state are left empty for the
 * caller (snapshot.c) to fill. On failure after the instance was added it stays in the store. */
hearth_status h_rt_instance_begin(hearth_store *s, hearth_module *m, const h_hostdef *hosts,
                                  hearth_instance **out);
/* runtime.c: the instances of s from the first-th one on, in creation order, into out[0..cap);
 * returns how many there are from first on (more than cap when out is too small). */
uint32_t h_rt_store_instances(hearth_store *s, uint32_t first, hearth_instance **out, uint32_t cap);
/* runtime.c: store objects. h_rt_table_new makes a table of `size` null elements (decl kept in
 * tt.limits); h_rt_memory_new maps img when non-NULL (size checked against the store's limit). */
hearth_status h_rt_global_new(hearth_store *s, h_globaltype gt, const uint64_t v[2],
                              hearth_global **out);
hearth_status h_rt_table_new(hearth_store *s, h_tabletype tt, uint32_t size, hearth_table **out);
hearth_status h_rt_memory_new(hearth_store *s, h_limits decl, const h_memimage *img,
                              hearth_memory **out);

/* ---------------------------------------------------------------- opt.c */

/* opt.c: the optimizing tier (HEARTH_TIER=opt; docs/perf.md). Its code generator is a plugin
 * (libhearth_opt.so, LLVM) loaded on first use; without it every function stays in the other tiers. */
enum { H_TIER_INTERP = 0, H_TIER_BASELINE = 1, H_TIER_OPT = 2, H_TIER_AUTO = 3 };
/* The tier pinned by HEARTH_TIER (interp|baseline|opt), or auto (baseline first, the optimizing
 * tier compiled in the background once a module is hot), read once; default H_TIER_BASELINE. */
int h_opt_tier(void);
/* interp.c's budget refill (every H_BUDGET_CHUNK check points) -> opt.c: counts the innermost
 * frame's module as hot (HEARTH_TIER=auto) and starts its background compilation past
 * H_OPT_HOT_REFILLS. A no-op in the other tiers. */
void h_opt_sample(hearth_store *s);
/* The flavours of optimized code, compiled apart (each on demand) and cached under keys of their
 * own: METERED ticks the budget at every check point (exact fuel, the deadline's clock read per
 * H_BUDGET_CHUNK units), UNMETERED only polls s->interrupt there (no budget held in a register);
 * it runs for stores whose fuel is UINT64_MAX when their call enters optimized code, and a
 * deadline reaches it through runtime.c's watchdog, which raises the interrupt flag. */
#define H_OPT_FLAVOURS(X) X(METERED, "metered") X(UNMETERED, "unmetered")
#define H_OPT_FLAVOUR_ENUM(n, s) H_OPT_##n,
enum { H_OPT_FLAVOURS(H_OPT_FLAVOUR_ENUM) H_OPT_NFLAVOURS };
/* The flavour a store's call runs: METERED with fuel, and with a deadline that no one will raise
 * in s->interrupt (the watchdog does not hold s: runtime.c wd_watch found no memory or thread;
 * METERED's clock reads then enforce it); UNMETERED otherwise, including a deadline already raised
 * in the flag. */
static inline unsigned h_opt_flavour(const hearth_store *s) {
  if (s->fuel != UINT64_MAX) return H_OPT_METERED;
  if (!s->deadline_ns || s->watched) return H_OPT_UNMETERED;
  return atomic_load_explicit(&s->interrupt, memory_order_relaxed) ? H_OPT_UNMETERED
                                                                    : H_OPT_METERED;
}
/* An optimized function: its entry per flavour (NULL until that flavour's code is published) and
 * the interpreter code that returns its results (a RETURN of result_slots from slot 0), where the
 * interpreter continues after the entry returns. */
struct h_opt_ctx;
typedef void (*h_opt_entry_fn)(struct h_opt_ctx *cx, uint64_t *slots);
typedef struct h_opt_func {
  h_opt_entry_fn entry[H_OPT_NFLAVOURS]; /* release-stored by opt.c, read with h_opt_entry_of */
  h_word ret[4];
} h_opt_func;
static inline const h_opt_func *h_cfunc_opt(const h_cfunc *f) {
  return __atomic_load_n(&f->opt, __ATOMIC_ACQUIRE);
}
static inline h_opt_entry_fn h_opt_entry_of(const h_opt_func *of, unsigned flavour) {
  return __atomic_load_n(&of->entry[flavour], __ATOMIC_ACQUIRE);
}
/* interp.c -> opt.c: of (some function's optimized code, m's) has no code of s's flavour yet:
 * asks for it (HEARTH_TIER=opt compiles it now, on this thread; auto on a background thread) and
 * says whether it is there now. Until then the function runs in the other tiers. */
bool h_opt_need(const h_opt_func *of, hearth_store *s, hearth_module *m);
/* Compiles m's translatable functions with the plugin when the opt tier is pinned (a no-op
 * otherwise). Never fails the load: functions it cannot compile stay in the other tiers. */
void h_opt_compile_module(hearth_module *m);
void h_opt_module_free(hearth_module *m);
/* Counts since the process started (tests): modules compiled by the plugin, modules whose code
 * came from the cache, plugin loads attempted (0: libLLVM never mapped). */
void h_opt_counts(unsigned *compiled, unsigned *cached, unsigned *plugin_loads);
/* interp.c -> opt.c: runs optimized function of in frame fr (fp: its slots, arguments in place)
 * to completion in s's flavour (whose entry is published); results in fp[0..). *budget: the
 * interpreter's budget in and out. HEARTH_OK, or the failure with s->trap set (s->nbacktrace 0
 * when the caller is to fill it). */
hearth_status h_opt_run(const h_opt_func *of, uint64_t *fp, hearth_instance *inst,
                        hearth_store *s, h_frame *fr, int64_t *budget);
/* opt.c -> interp.c: calls f (wasm or host; a host call runs outside the guard like the
 * interpreter's) from optimized code of caller; s->nframes and s->stack_top already published.
 * Restores s->run_frame afterwards. */
hearth_status h_interp_call_from_opt(hearth_store *s, hearth_func *f, hearth_instance *caller,
                                     uint64_t *slots);
/* interp.c: this thread's native stack floor (interp.c's stack budget), 1 when unknown. */
uintptr_t h_interp_stack_floor(void);
/* interp.c: the budget refill at a check point of any tier (interrupt, deadline, fuel;
 * HEARTH_TIER=auto sampling): the new budget (>= 0), or minus the trap to raise. */
int64_t h_interp_refill(hearth_store *s);

/* ---------------------------------------------------------------- interp.c */

/* Prepares dispatch tables; idempotent and thread-safe. */
void h_interp_init(void);
/* Installs the process-wide SIGSEGV handler of guard-page bounds checks (config.h H_GUARD_PAGES;
 * a no-op without); idempotent and thread-safe. hearth_engine_new calls it unless the engine opts
 * out (hearth_config.no_signal_handler). */
void h_interp_init_guard(void);
/* The two opcode words to store for internal opcode op (ops.h: the handler's address with computed
 * goto, op otherwise; little-endian in the two words). checked: the opcode of the loop with explicit
 * bounds checks, which modules of engines with no_signal_handler are compiled to (code of the two
 * kinds must never meet in one store: runtime.c refuses to instantiate across them). */
uint64_t h_interp_opword_for(unsigned op, bool checked);
/* h_interp_opword_for(op, false). */
uint64_t h_interp_opword(unsigned op);
/* The internal opcode of an opcode (inverse of h_interp_opword), for disassembly and tests. */
unsigned h_interp_op_of_word(uint64_t w);
/* The opcode of the instruction at position ip (ops.h: the opcode's second word). */
static inline uint64_t h_code_opword(const h_word *ip) {
  uint64_t w;
  memcpy(&w, ip - 1, sizeof w);
  return w;
}
/* Runs f (wasm or host). slots[0..param_slots) hold the arguments; on HEARTH_OK,
 * slots[0..result_slots) hold the results. slots must have room for max(param, result) slots.
 * On HEARTH_ERR_TRAP, s->trap and s->backtrace are set; the store stays usable. */
hearth_status h_interp_call(hearth_store *s, hearth_func *f, uint64_t *slots);

/* ---------------------------------------------------------------- memory.c */

/* Reserves the address range and commits min_pages. max_pages already capped by the caller. */
hearth_status h_mem_init(hearth_memory *mem, uint64_t min_pages, uint64_t max_pages);
void h_mem_fini(hearth_memory *mem);
/* Grows by delta pages; returns the old size in pages, or -1 if refused (limits, NOMEM). */
int64_t h_mem_grow(hearth_memory *mem, uint64_t delta_pages);
/* Like h_mem_init, with img mapped copy-on-write at base (img->size bytes accessible). */
hearth_status h_mem_init_image(hearth_memory *mem, const h_memimage *img, uint64_t max_pages);
/* Snapshot-backed memories only: back to snap_size bytes of image content. Restores the granules
 * marked in the dirty map in place (no system call, no page fault) while the keep-resident budget
 * allows; past it, or after the base pointer was handed out, drops pages with madvise. */
hearth_status h_mem_reset(hearth_memory *mem);
/* Tracked copies between host buffers and linear memory; [off, off + len) must be within size. */
void h_mem_write(hearth_memory *mem, uint64_t off, const void *src, size_t len);

/* ---------------------------------------------------------------- snapshot.c */

/* Releases what an instance made from a template holds (called by runtime.c's instance_free). */
void h_snap_instance_fini(hearth_instance *inst);

/* ---------------------------------------------------------------- snapshot.c (used by pool.c) */

/* The module a template was made from (borrowed; module->engine is the template's engine), so
 * that pool.c can make stores for it and see its imports. */
hearth_module *h_snap_module(const hearth_template *t);
/* The template's WASI state after initialization (borrowed, never changed once the template
 * exists), which pool.c clones for each instance; NULL when no import is a WASI function. */
const hearth_wasi *h_snap_wasi(const hearth_template *t);
/* The engine of a template (module or component), and its component (NULL for a module
 * template: then h_snap_module is non-NULL, and NULL otherwise). */
hearth_engine *h_snap_engine(const hearth_template *t);
hearth_component *h_snap_component(const hearth_template *t);
/* For pooled instances of component templates: linear memory (+ table capacity with tables) of
 * every core instance's own memories and tables; the reset settings applied to every memory. */
uint64_t h_snap_component_footprint(const hearth_component_instance *ci, bool tables);
hearth_status h_snap_component_reset_config(hearth_component_instance *ci,
                                            const hearth_reset_config *cfg);
/* Before a pooled component instance is deleted (discarded, recycled, retired, the pool deleted):
 * host resources its guests still own go to the host's destructor, so that no host state outlives
 * the instance that held it. */
void h_snap_component_release(hearth_component_instance *ci);

#endif /* H_INTERNAL_H */
