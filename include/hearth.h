/* hearth.h: the one public interface of hearth, a WebAssembly 2.0 runtime with pools of warm instances.
 *
 * Conventions (the same on every function):
 * - Functions return a hearth_status; results go to out-parameters, which are written only on success.
 * - hearth_status_str() gives a static string per code; hearth_errmsg() gives the detail of the last
 *   failure on the calling thread (e.g. "section 10, byte 0x1f3: unexpected end").
 * - Ownership is stated on each declaration: "owned" means the caller must release it with the named
 *   _delete function; "borrowed" means it stays valid as long as the object it came from.
 * - Modules are immutable once compiled and may be shared by any number of threads and stores.
 *   A store and everything in it (instances, functions, memories, tables, globals) is used by one
 *   thread at a time; hearth_store_interrupt() is the one call that may come from another thread.
 */
#ifndef HEARTH_H
#define HEARTH_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HEARTH_VERSION "0.1.0"

/* ---- status codes ---- */
typedef enum hearth_status {
  HEARTH_OK = 0,
  HEARTH_ERR_NOMEM,       /* an allocation failed or a configured limit on host memory was hit */
  HEARTH_ERR_MALFORMED,   /* the binary could not be decoded */
  HEARTH_ERR_INVALID,     /* the module decoded but failed validation */
  HEARTH_ERR_UNLINKABLE,  /* an import is missing or has the wrong type */
  HEARTH_ERR_TRAP,        /* execution trapped; hearth_store_trap() tells which trap */
  HEARTH_ERR_EXIT,        /* the guest asked to exit (WASI proc_exit); hearth_store_exit_code() */
  HEARTH_ERR_NOT_FOUND,   /* no export / definition by that name */
  HEARTH_ERR_ARGUMENT,    /* wrong argument count or types, wrong object kind, wrong store */
  HEARTH_ERR_IO,          /* a host file could not be read or written */
  HEARTH_ERR_LIMIT,       /* a configured limit (memory, instances, queue) refuses the request */
  HEARTH_ERR_UNSUPPORTED, /* valid, but not supported by this build */
  HEARTH_ERR_CLOSED,      /* the object is being deleted (a pool call queued during hearth_pool_delete) */
  HEARTH_STATUS_COUNT
} hearth_status;

/* Static, never NULL. */
const char *hearth_status_str(hearth_status s);
/* Detail of the last failing call on this thread; borrowed, valid until the next hearth call on this
 * thread. "" when there is none. */
const char *hearth_errmsg(void);

/* ---- traps ---- */
typedef enum hearth_trap {
  HEARTH_TRAP_NONE = 0,
  HEARTH_TRAP_UNREACHABLE,          /* "unreachable" */
  HEARTH_TRAP_INT_DIV_ZERO,         /* "integer divide by zero" */
  HEARTH_TRAP_INT_OVERFLOW,         /* "integer overflow" */
  HEARTH_TRAP_INVALID_CONVERSION,   /* "invalid conversion to integer" */
  HEARTH_TRAP_OOB_MEMORY,           /* "out of bounds memory access" */
  HEARTH_TRAP_OOB_TABLE,            /* "out of bounds table access" */
  HEARTH_TRAP_UNDEFINED_ELEMENT,    /* "undefined element" */
  HEARTH_TRAP_UNINITIALIZED_ELEMENT,/* "uninitialized element" */
  HEARTH_TRAP_INDIRECT_CALL_TYPE,   /* "indirect call type mismatch" */
  HEARTH_TRAP_STACK_EXHAUSTED,      /* "call stack exhausted" */
  HEARTH_TRAP_INTERRUPTED,          /* "interrupted" (hearth_store_interrupt) */
  HEARTH_TRAP_DEADLINE,             /* "deadline exceeded" */
  HEARTH_TRAP_FUEL,                 /* "fuel exhausted" */
  HEARTH_TRAP_HOST,                 /* "host function failed" (a host callback returned an error) */
  HEARTH_TRAP_EXCEPTION,            /* "uncaught exception" (hearth_store_exception tells which) */
  HEARTH_TRAP_NULL_EXN_REF,         /* "null exception reference" (throw_ref of null) */
  HEARTH_TRAP_NULL_FUNC_REF,        /* "null function reference" (call_ref of null) */
  HEARTH_TRAP_NULL_REF,             /* "null reference" (ref.as_non_null of null) */
  HEARTH_TRAP_NULL_STRUCT_REF,      /* "null structure reference" (struct.get/set of null) */
  HEARTH_TRAP_NULL_ARRAY_REF,       /* "null array reference" (array.* of null) */
  HEARTH_TRAP_NULL_I31_REF,         /* "null i31 reference" (i31.get_s/u of null) */
  HEARTH_TRAP_OOB_ARRAY,            /* "out of bounds array access" */
  HEARTH_TRAP_CAST_FAILURE,         /* "cast failure" (ref.cast) */
  HEARTH_TRAP_GC_HEAP,              /* "out of GC heap memory" (an allocation past the store's
                                       memory limit after a collection) */
  HEARTH_TRAP_COUNT
} hearth_trap;

/* The spec's message for a trap; static, never NULL. */
const char *hearth_trap_message(hearth_trap t);

/* ---- values ---- */
typedef enum hearth_valtype {
  HEARTH_I32 = 0x7F,
  HEARTH_I64 = 0x7E,
  HEARTH_F32 = 0x7D,
  HEARTH_F64 = 0x7C,
  HEARTH_V128 = 0x7B,
  HEARTH_FUNCREF = 0x70,
  HEARTH_EXTERNREF = 0x6F,
  HEARTH_EXNREF = 0x69,   /* an exception (hearth_exn *), NULL being the null reference */
  HEARTH_ANYREF = 0x6E    /* a GC reference (hearth_anyref *: anyref, eqref, structref, ...; NULL
                             being the null reference); see hearth_anyref_kind */
} hearth_valtype;

typedef struct hearth_func hearth_func;
typedef struct hearth_exn hearth_exn;
/* A WebAssembly 3.0 GC reference (opaque): a struct or array of a store's heap, an i31 value
 * (hearth_anyref_i31) or a host value converted by any.convert_extern. Borrowed: valid while its
 * store lives and the guest or a global/table of the store still refers to it (the collector may
 * reclaim an object held only by the host). */
typedef struct hearth_anyref hearth_anyref;

/* A typed value. Floats are carried bit-exact (NaN payloads preserved). A null funcref is NULL; an
 * externref is an opaque host pointer, NULL being the null reference. */
typedef struct hearth_val {
  hearth_valtype type;
  union {
    int32_t i32;
    int64_t i64;
    float f32;
    double f64;
    uint8_t v128[16]; /* little-endian lane order, as in linear memory */
    hearth_func *funcref;
    void *externref;
    hearth_exn *exnref;
    hearth_anyref *anyref;
  } of;
} hearth_val;

/* ---- objects (all opaque) ---- */
typedef struct hearth_engine hearth_engine;
typedef struct hearth_module hearth_module;
typedef struct hearth_store hearth_store;
typedef struct hearth_linker hearth_linker;
typedef struct hearth_instance hearth_instance;
typedef struct hearth_memory hearth_memory;
typedef struct hearth_table hearth_table;
typedef struct hearth_global hearth_global;
typedef struct hearth_caller hearth_caller;
typedef struct hearth_tag hearth_tag;

typedef enum hearth_extern_kind {
  HEARTH_EXTERN_FUNC = 0,
  HEARTH_EXTERN_TABLE = 1,
  HEARTH_EXTERN_MEMORY = 2,
  HEARTH_EXTERN_GLOBAL = 3,
  HEARTH_EXTERN_TAG = 4     /* an exception tag */
} hearth_extern_kind;

/* A reference to a store object; borrowed from its store. */
typedef struct hearth_extern {
  hearth_extern_kind kind;
  union {
    hearth_func *func;
    hearth_table *table;
    hearth_memory *memory;
    hearth_global *global;
    hearth_tag *tag;
  } of;
} hearth_extern;

/* ---- engine ---- */
typedef struct hearth_config {
  uint32_t max_call_depth;   /* wasm frames before "call stack exhausted"; 0 = default (10000) */
  size_t max_stack_bytes;    /* value-stack bytes per store; 0 = default (8 MiB) */
  uint64_t max_memory_bytes; /* cap on each linear memory; memory.grow fails past it; 0 = 4 GiB */
  /* true: this engine never relies on a signal handler: every load and store is bounds-checked
   * explicitly (interpreter only, no machine code: slower) and creating it installs no SIGSEGV
   * handler, for hosts that own the process's signals (cgo, ctypes, JVMs). Its modules can only be
   * instantiated in its own stores or those of engines with the same setting. */
  bool no_signal_handler;
  /* true: accept WebAssembly 2.0 modules only: the 3.0 features hearth implements (extended
   * constant expressions, multiple memories, memory64, table64, relaxed SIMD) are rejected as the
   * 2.0 specification rejects them (the 2.0 spec suite runs this way). false (default): 3.0. */
  bool wasm2_only;
  /* true: no instance of this engine is ever reset, so machine code (the optimizing tier's and
   * the baseline's; the interpreter still marks) leaves out the dirty-map mark after each store
   * (docs/perf.md "Stores without marks"); making a
   * template (hearth_template_new, hearth_template_new_component) then fails with ARGUMENT.
   * `hearth run` sets it. false (default): every tier marks, templates work. */
  bool no_reset;
} hearth_config;

/* cfg borrowed, may be NULL for defaults; *out owned (hearth_engine_delete). */
hearth_status hearth_engine_new(const hearth_config *cfg, hearth_engine **out);
/* Deletes the engine; every module and store made from it must be deleted first. */
void hearth_engine_delete(hearth_engine *engine);

/* ---- modules ---- */
/* Decodes, validates and compiles; bytes borrowed (copied as needed). *out owned
 * (hearth_module_delete). Errors: MALFORMED, INVALID, NOMEM, with detail in hearth_errmsg(). */
hearth_status hearth_module_new(hearth_engine *engine, const uint8_t *bytes, size_t len,
                                hearth_module **out);
/* The same from WebAssembly text (a .wat module: `(module ...)` or bare fields); text borrowed.
 * hearth_module_new and hearth_module_validate also accept text: bytes whose first non-blank
 * byte is '(' or ';' are read as text. Text errors: MALFORMED "LINE:COL: message", UNSUPPORTED
 * for WebAssembly 3.0 syntax hearth does not implement. *out owned (hearth_module_delete). */
hearth_status hearth_module_new_wat(hearth_engine *engine, const char *text, size_t len,
                                    hearth_module **out);
/* The same from the file at path (borrowed): read into the module's own copy. A module big enough
 * for the code cache is found there by its file (device, inode, size, times) without hashing its
 * bytes again (README "Code cache"). IO (detail) when the file cannot be read. *out owned. */
hearth_status hearth_module_new_file(hearth_engine *engine, const char *path, hearth_module **out);
/* Code cache (README "Code cache"): writes m's compiled form to path (atomically: a temp file
 * renamed over path), the file `hearth compile -o` makes; path borrowed. IO with detail. */
hearth_status hearth_module_write_code(hearth_module *m, const char *path);
/* The file of m's entry in the cache directory (HEARTH_CACHE_DIR, default $XDG_CACHE_HOME/hearth
 * or ~/.cache/hearth), written into buf (borrowed, cap bytes). ARGUMENT when the cache is off. */
hearth_status hearth_module_cache_path(hearth_module *m, char *buf, size_t cap);
/* The optimizing tier's machine code for m (HEARTH_TIER=opt; README "Code cache"): writes it to
 * path (from the cache directory, else compiled now), the file `hearth compile -o` makes under
 * HEARTH_TIER=opt; and the file of its entry in the cache directory (KEY.hco) into buf.
 * ARGUMENT when this hearth has no optimizing tier (or it cannot compile m), IO with detail. */
hearth_status hearth_module_write_opt_code(hearth_module *m, const char *path);
hearth_status hearth_module_opt_cache_path(hearth_module *m, char *buf, size_t cap);
/* Decode and validate only, without keeping anything. */
hearth_status hearth_module_validate(hearth_engine *engine, const uint8_t *bytes, size_t len);
/* Takes another reference; returns m. Each reference is released with hearth_module_delete. */
hearth_module *hearth_module_ref(hearth_module *m);
/* Releases one reference; the module is freed with its last user (stores' instances keep it alive). */
void hearth_module_delete(hearth_module *m);
/* Compiles every defined function now instead of on its first call (the default is lazy), e.g. to
 * move compile time out of a latency-sensitive first request. Thread-safe, also while instances of
 * m run; functions already compiled are kept. NOMEM (detail in hearth_errmsg()) when a function
 * cannot be compiled for lack of memory; the ones compiled so far stay compiled. */
hearth_status hearth_module_compile_all(hearth_module *m);

typedef struct hearth_import_desc {
  const char *module;  /* borrowed from the module */
  const char *name;    /* borrowed from the module */
  hearth_extern_kind kind;
} hearth_import_desc;
size_t hearth_module_import_count(const hearth_module *m);
hearth_status hearth_module_import(const hearth_module *m, size_t i, hearth_import_desc *out);
size_t hearth_module_export_count(const hearth_module *m);
/* *name borrowed from the module. */
hearth_status hearth_module_export(const hearth_module *m, size_t i, const char **name,
                                   hearth_extern_kind *kind);

/* ---- stores ---- */
/* A store holds instances and everything they create; all freed together by hearth_store_delete.
 * *out owned. */
hearth_status hearth_store_new(hearth_engine *engine, hearth_store **out);
void hearth_store_delete(hearth_store *store);
/* The trap of the last call that returned HEARTH_ERR_TRAP in this store. */
hearth_trap hearth_store_trap(const hearth_store *store);
/* Exit code of the last call that returned HEARTH_ERR_EXIT. */
int hearth_store_exit_code(const hearth_store *store);
/* Function names of the wasm frames active at the last trap, innermost first; returns the count
 * (at most max are written). Names borrowed from the modules: the name section's, else the
 * function's first export name, else "$f12" style. Optimized code (HEARTH_TIER=opt or auto)
 * shows the frame that entered it: functions it called directly or inlined do not appear. */
size_t hearth_store_backtrace(const hearth_store *store, const char **names, size_t max);
/* Asks the running guest to trap with HEARTH_TRAP_INTERRUPTED at its next loop back-edge or call.
 * Safe from any thread and from signal handlers. The flag is cleared when the next call starts. */
void hearth_store_interrupt(hearth_store *store);
/* Fuel: each call and loop back-edge costs 1 unit. UINT64_MAX (the default) disables metering.
 * Under HEARTH_TIER=opt or auto a store with fuel runs optimized code of its own (compiled on its
 * first need: README "HEARTH_TIER"); the choice is made when a call enters optimized code.
 * After a call, the fuel left is exact, with one exception: a trap from an out-of-bounds memory
 * access that a guard page caught (the default on x86-64) arrives as a signal, and the unspent
 * part of the budget the running tier had taken from the fuel (up to 1,024 units) is lost. */
void hearth_store_set_fuel(hearth_store *store, uint64_t fuel);
uint64_t hearth_store_fuel(const hearth_store *store);
/* Deadline in nanoseconds of CLOCK_MONOTONIC (0 = none); checked at back-edges and calls (by the
 * optimizing tier's code for stores without fuel: through the interrupt flag, which a watchdog
 * thread raises at the deadline; README "Deadlines"). */
void hearth_store_set_deadline(hearth_store *store, uint64_t monotonic_ns);
/* Caps every memory of the store (memory.grow returns -1 past it); 0 = engine default. */
void hearth_store_set_memory_limit(hearth_store *store, uint64_t bytes);
/* Caps wasm call depth for this store; 0 = engine default. */
void hearth_store_set_max_call_depth(hearth_store *store, uint32_t depth);

/* ---- host functions and linking ---- */
/* A host callback. args has one entry per parameter, results one per result (types already set by
 * hearth; the callback fills in the values). Return HEARTH_OK, or an error to trap the guest
 * (HEARTH_TRAP_HOST), or HEARTH_ERR_EXIT after hearth_caller_exit(). */
typedef hearth_status (*hearth_host_fn)(hearth_caller *caller, void *user, const hearth_val *args,
                                        hearth_val *results);

/* The calling instance's exported memory named "memory" (NULL if none); borrowed. */
hearth_memory *hearth_caller_memory(hearth_caller *caller);
/* Looks up an export of the calling instance (e.g. "memory"). */
hearth_status hearth_caller_export(hearth_caller *caller, const char *name, hearth_extern *out);
hearth_store *hearth_caller_store(hearth_caller *caller);
/* Records an exit code; the callback then returns HEARTH_ERR_EXIT to unwind the guest. */
void hearth_caller_exit(hearth_caller *caller, int code);

/* *out owned (hearth_linker_delete). A linker may be used to instantiate into any store, but a
 * linker holding store objects (define_extern/define_instance) only into that store. */
hearth_status hearth_linker_new(hearth_engine *engine, hearth_linker **out);
void hearth_linker_delete(hearth_linker *linker);
/* Defines a host function; strings and type arrays are copied; user borrowed (must outlive uses). */
hearth_status hearth_linker_define_func(hearth_linker *linker, const char *module, const char *name,
                                        const hearth_valtype *params, size_t nparams,
                                        const hearth_valtype *results, size_t nresults,
                                        hearth_host_fn fn, void *user);
/* Defines a store object under (module, name); the linker then belongs to that store. */
hearth_status hearth_linker_define_extern(hearth_linker *linker, const char *module,
                                          const char *name, hearth_extern ext);
/* Defines every export of inst under module name `module`. */
hearth_status hearth_linker_define_instance(hearth_linker *linker, const char *module,
                                            hearth_instance *inst);
/* Later definitions of the same (module, name) replace earlier ones when allowed (default: false,
 * redefinition is HEARTH_ERR_ARGUMENT). */
void hearth_linker_allow_shadowing(hearth_linker *linker, bool allow);

/* ---- instances ---- */
/* Resolves imports through linker (may be NULL when there are none), allocates memories, tables and
 * globals, applies segments and runs `start`. *out borrowed from the store (freed with it).
 * Errors: UNLINKABLE, TRAP (start or segment trapped; hearth_store_trap), NOMEM. */
hearth_status hearth_instance_new(hearth_store *store, const hearth_linker *linker,
                                  hearth_module *module, hearth_instance **out);
/* Export by name; *out borrowed from the store. */
hearth_status hearth_instance_export(hearth_instance *inst, const char *name, hearth_extern *out);
/* The same with the name given as len bytes (wasm names may contain NUL bytes). */
hearth_status hearth_instance_export_n(hearth_instance *inst, const char *name, size_t len,
                                       hearth_extern *out);
size_t hearth_instance_export_count(const hearth_instance *inst);
/* *name borrowed from the module. */
hearth_status hearth_instance_export_nth(hearth_instance *inst, size_t i, const char **name,
                                         hearth_extern *out);
/* Borrowed: the module the instance was made from. */
hearth_module *hearth_instance_module(const hearth_instance *inst);

/* ---- functions ---- */
/* Calls f. args must match the parameter count and types, results must have room for every
 * result (types are written by hearth). On HEARTH_ERR_TRAP the store is intact and the next call
 * works; the instance's memory may hold partial writes. */
hearth_status hearth_func_call(hearth_func *f, const hearth_val *args, size_t nargs,
                               hearth_val *results, size_t nresults);
/* Type of f; arrays borrowed from f. */
void hearth_func_type(const hearth_func *f, const hearth_valtype **params, size_t *nparams,
                      const hearth_valtype **results, size_t *nresults);
/* Name from the name section, or NULL; borrowed. */
const char *hearth_func_name(const hearth_func *f);

/* ---- GC references (HEARTH_ANYREF values) ---- */
typedef enum hearth_anyref_kind {
  HEARTH_ANYREF_NULL = 0,
  HEARTH_ANYREF_I31 = 1,    /* an i31 value */
  HEARTH_ANYREF_STRUCT = 2, /* a struct object */
  HEARTH_ANYREF_ARRAY = 3,  /* an array object */
  HEARTH_ANYREF_HOST = 4    /* a host value (an externref converted by any.convert_extern) */
} hearth_anyref_kind;
/* What ref (borrowed) is, in store (borrowed); HEARTH_ANYREF_NULL also for a pointer that is no
 * reference of store. When non-NULL, *i31 gets an i31's value (sign-extended from 31 bits) and
 * *host a host value (the externref the guest converted). */
hearth_anyref_kind hearth_anyref_kind_of(const hearth_store *store, const hearth_anyref *ref,
                                         int32_t *i31, void **host);
/* The i31 reference of v's low 31 bits (no allocation; not owned, valid in any store). */
hearth_anyref *hearth_anyref_i31(int32_t v);
/* The length of an array reference (0 for anything else). */
uint32_t hearth_anyref_array_len(const hearth_store *store, const hearth_anyref *ref);

/* ---- memories ---- */
/* Base of linear memory; borrowed. It never moves while the memory lives (memory.grow included).
 * Writes through it are not tracked: a memory of a template instance whose pointer was taken is
 * reset the slow way (every page dropped, then faulted back in). Host functions of pooled
 * instances should use hearth_memory_read/hearth_memory_write instead. */
uint8_t *hearth_memory_data(hearth_memory *mem);
/* Copies len bytes at offset into dst (caller's buffer). ARGUMENT if out of bounds. */
hearth_status hearth_memory_read(const hearth_memory *mem, uint64_t offset, void *dst, size_t len);
/* Copies len bytes of src into linear memory at offset, tracked for reset. ARGUMENT if out of
 * bounds (nothing written). */
hearth_status hearth_memory_write(hearth_memory *mem, uint64_t offset, const void *src, size_t len);
/* Current size in bytes. */
uint64_t hearth_memory_size(const hearth_memory *mem);
/* Grows by delta pages of 64 KiB; *old_pages gets the old size (may be NULL). LIMIT if refused. */
hearth_status hearth_memory_grow(hearth_memory *mem, uint64_t delta_pages, uint64_t *old_pages);

/* ---- globals ---- */
hearth_status hearth_global_get(const hearth_global *g, hearth_val *out);
/* ARGUMENT if g is immutable or the type differs. */
hearth_status hearth_global_set(hearth_global *g, const hearth_val *v);

/* ---- tables ---- */
uint32_t hearth_table_size(const hearth_table *t);
hearth_status hearth_table_get(const hearth_table *t, uint32_t i, hearth_val *out);
hearth_status hearth_table_set(hearth_table *t, uint32_t i, const hearth_val *v);
hearth_status hearth_table_grow(hearth_table *t, uint32_t delta, const hearth_val *init,
                                uint32_t *old_size);

/* ---- host-created store objects (the spectest module, embedders) ---- */
/* All *out borrowed from the store. max = UINT64_MAX / UINT32_MAX means no maximum. */
hearth_status hearth_memory_new(hearth_store *store, uint64_t min_pages, uint64_t max_pages,
                                hearth_memory **out);
hearth_status hearth_table_new(hearth_store *store, hearth_valtype elem, uint32_t min,
                               uint32_t max, hearth_table **out);
hearth_status hearth_global_new(hearth_store *store, const hearth_val *init, bool mutable_,
                                hearth_global **out);
hearth_status hearth_func_new(hearth_store *store, const hearth_valtype *params, size_t nparams,
                              const hearth_valtype *results, size_t nresults, hearth_host_fn fn,
                              void *user, hearth_func **out);

/* ---- exceptions (WebAssembly exception handling) ----
 * A guest throws with `throw` / `throw_ref` (and the legacy `rethrow`); wasm handlers (try_table,
 * legacy try) catch by tag. An exception nobody catches fails the outermost call with
 * HEARTH_ERR_TRAP and hearth_store_trap() == HEARTH_TRAP_EXCEPTION ("uncaught exception"). On the
 * way it crosses host frames: a host callback whose nested hearth_func_call failed that way and
 * that returns HEARTH_ERR_TRAP passes the exception on to its wasm caller's handlers; returning
 * HEARTH_OK instead catches it. Exceptions are owned by their store: one handed to the host (a result,
 * hearth_store_exception) stays valid until the next call into the store that takes no exnref
 * argument (passing it back into a call keeps it). */
/* A new tag of store with payload types params[0..nparams) (copied); *out borrowed from the
 * store. A tag is its own identity: two tags of the same type are different tags. */
hearth_status hearth_tag_new(hearth_store *store, const hearth_valtype *params, size_t nparams,
                             hearth_tag **out);
/* The tag's payload types; *params borrowed from the tag. */
void hearth_tag_type(const hearth_tag *tag, const hearth_valtype **params, size_t *nparams);
/* In a host callback: makes an exception of tag (of the caller's store) with payload args
 * (borrowed, copied) and returns HEARTH_ERR_TRAP, which the callback returns to throw it into its
 * wasm caller. ARGUMENT (nothing thrown) when args do not match the tag's type, NOMEM. */
hearth_status hearth_caller_throw(hearth_caller *caller, const hearth_tag *tag,
                                  const hearth_val *args, size_t nargs);
/* In a host callback: throws exn (borrowed, of the caller's store) again; returns HEARTH_ERR_TRAP
 * like hearth_caller_throw. */
hearth_status hearth_caller_rethrow(hearth_caller *caller, hearth_exn *exn);
/* The exception that failed the store's last call (HEARTH_TRAP_EXCEPTION), else NULL; borrowed
 * from the store. */
hearth_exn *hearth_store_exception(const hearth_store *store);
/* The exception's tag; borrowed. */
hearth_tag *hearth_exn_tag(const hearth_exn *exn);
/* Copies the payload into out[0..n) (caller's array, types set); ARGUMENT when n is not the
 * tag's parameter count. */
hearth_status hearth_exn_payload(const hearth_exn *exn, hearth_val *out, size_t n);

/* ---- the text form of sizes and durations ---- */
/* The size syntax of every hearth setting given as text (the CLI's flags, `hearth serve`'s config,
 * the HEARTH_POOL_* variables), for embedders to accept the same: decimal digits, then optionally
 * K, M, G or T (binary multiples: 1K = 1024) with an optional i, then an optional B: 4096, 4096B,
 * 64M, 64MiB. HEARTH_OK with *out set, or HEARTH_ERR_ARGUMENT (*out untouched) for anything else
 * or a value over 2^64 - 1. text borrowed. */
hearth_status hearth_parse_size(const char *text, uint64_t *out);
/* A duration in the same places: a decimal number (a fraction allowed: 0.5, .25) then optionally
 * ns, us, ms, s, m or h (seconds if none): 30, 1.5s, 250ms. *out_ns in nanoseconds; a positive
 * value under 1 ns becomes 1 ns (so it is never read as "no limit"). HEARTH_OK, or
 * HEARTH_ERR_ARGUMENT (*out_ns untouched) for anything else, a negative value or over ~584 years. */
hearth_status hearth_parse_duration(const char *text, uint64_t *out_ns);

/* ---- allocation statistics ---- */
/* Bytes currently allocated through hearth's counting allocator (all engines), and the peak. */
size_t hearth_alloc_current(void);
size_t hearth_alloc_peak(void);

/* ---- WASI preview 1 ---- */
/* A WASI context: arguments, environment, preopened directories, and the guest's fd table
 * (0/1/2 are the host's stdin/stdout/stderr, borrowed, until changed). One context serves one
 * running guest at a time. Guests see only preopened directories: every path is resolved beneath
 * its preopen, and no "..", absolute path or symlink (guest-made ones included) leads outside.
 * Stdio (fd 0 read, 1 and 2 write), whatever backs it, never has the rights to seek, set the size,
 * allocate, set the flags (O_NONBLOCK, O_APPEND) or set the times: those fail with ENOTCAPABLE, so
 * a guest cannot change a descriptor it shares with the host. */
typedef struct hearth_wasi hearth_wasi;

/* *out owned (hearth_wasi_delete). */
hearth_status hearth_wasi_new(hearth_wasi **out);
/* Closes every host descriptor the context owns (preopens, files the guest opened, stdio fds
 * passed with own = true). */
void hearth_wasi_delete(hearth_wasi *w);
/* Replaces the argument list (argv[0] is the program name by convention); strings copied. */
hearth_status hearth_wasi_set_args(hearth_wasi *w, size_t argc, const char *const *argv);
/* Appends NAME=VALUE to the environment (value NULL means ""); strings copied. */
hearth_status hearth_wasi_add_env(hearth_wasi *w, const char *name, const char *value);
/* Preopens host directory host_path as guest_path (the next fd from 3 up, in call order). With
 * read_only, the directory and everything opened through it lack every writing right: writes,
 * creations, renames, links and removals fail with ENOTCAPABLE. IO if host_path cannot be opened. */
hearth_status hearth_wasi_preopen_dir(hearth_wasi *w, const char *host_path,
                                      const char *guest_path, bool read_only);
/* Makes guest fd 0, 1 or 2 the host descriptor host_fd; closed by the context iff own. This is
 * how a pool's guests get a host descriptor as stdio on purpose (see hearth_template_new). */
hearth_status hearth_wasi_set_stdio_fd(hearth_wasi *w, int guest_fd, int host_fd, bool own);
/* Makes guest fd 0 read from an in-memory copy of data[0..len) (EOF after it). May be called again
 * between runs to supply new input. */
hearth_status hearth_wasi_set_stdin_bytes(hearth_wasi *w, const void *data, size_t len);
/* Makes guest fd 1 or 2 append to an in-memory buffer of at most max_bytes (writes past it fail
 * with ENOSPC); the buffer starts empty. */
hearth_status hearth_wasi_capture_output(hearth_wasi *w, int guest_fd, size_t max_bytes);
/* The captured bytes of fd 1 or 2 (borrowed, valid until the next write or clear); NULL, *len 0
 * when nothing was captured. */
const uint8_t *hearth_wasi_output(const hearth_wasi *w, int guest_fd, size_t *len);
void hearth_wasi_clear_output(hearth_wasi *w, int guest_fd);
/* Defines every wasi_snapshot_preview1 function in linker. With w non-NULL the functions use w
 * (borrowed: it must outlive every instance linked with them). With w NULL they use the context
 * attached to the calling store (hearth_wasi_attach), so one linker can serve many stores.
 * A template made with a linker bound to w takes a copy of w instead (see hearth_template_new). */
hearth_status hearth_wasi_define(hearth_linker *linker, hearth_wasi *w);
/* Attaches w (borrowed) to store for functions defined with a NULL context. The first attach takes
 * w's snapshot: hearth_instance_reset of an instance in store brings w's fd table back to it (files
 * opened since closed, closed or renumbered ones back, offsets and flags of the snapshot's files
 * restored), with stdin's read position and the captured output length; args and env stay. */
void hearth_wasi_attach(hearth_store *store, hearth_wasi *w);

/* ---- templates, snapshots and reset ---- */
/* A template is a module whose imports were resolved once (an "instance-pre") and which was
 * instantiated and initialized once, its state then captured as a snapshot: memory contents and
 * size, globals, tables, dropped segments. Instances made from it start from that snapshot without
 * linking, segment copies or start; hearth_instance_reset() brings one back to it, at a cost that
 * scales with what the instance dirtied (copy-on-write over a memory image).
 * The linker may hold only host functions (hearth_linker_define_func, hearth_wasi_define), since a
 * template is used from many stores. Templates are immutable and may be shared across threads.
 * WASI: a template never shares one context between instances. When the module imports WASI, the
 * template has its own context: a copy of the one the linker's WASI functions are bound to
 * (hearth_wasi_define(linker, w): args, env, preopens, stdio set on purpose; later changes to w do
 * not reach it), else an empty one. Initialization runs with it; pools give every instance a copy
 * of its state after initialization (fds opened then included, each with its own offset). The
 * host's own stdin/stdout/stderr that hearth_wasi_new borrowed are never copied: a pooled guest's
 * stdin is empty and its stdout/stderr go nowhere, unless w set them on purpose
 * (hearth_wasi_set_stdio_fd, hearth_wasi_set_stdin_bytes, hearth_wasi_capture_output). */
typedef struct hearth_template hearth_template;

typedef struct hearth_template_config {
  /* Export called after instantiation and before the snapshot. NULL: `_initialize` when the module
   * exports it (a reactor); a WASI command (`_start`) is snapshotted before `_start` runs. */
  const char *init_export;
  /* Store settings used while initializing (0 = engine defaults). */
  uint64_t max_memory_bytes;
  /* Limits for guest code run while initializing (the start function and the init export share
   * them); exceeding one is HEARTH_ERR_TRAP. init_fuel: fuel units (see hearth_store_set_fuel),
   * 0 = unmetered. init_timeout_ms: wall-clock budget from the start of instantiation, 0 = none. */
  uint64_t init_fuel;
  uint64_t init_timeout_ms;
} hearth_template_config;

/* module borrowed (a reference is taken), linker borrowed (only read during the call; may be NULL),
 * cfg borrowed (may be NULL). *out owned (hearth_template_delete). A trap during initialization is
 * HEARTH_ERR_TRAP with details in hearth_errmsg(). */
hearth_status hearth_template_new(hearth_engine *engine, hearth_module *module,
                                  const hearth_linker *linker, const hearth_template_config *cfg,
                                  hearth_template **out);
/* Releases one reference; instances made from it keep what they need alive. */
void hearth_template_delete(hearth_template *t);
hearth_template *hearth_template_ref(hearth_template *t);
/* Creates an instance in store from the snapshot (no linking, no segments, no start or init).
 * *out borrowed from the store. */
hearth_status hearth_template_instantiate(hearth_template *t, hearth_store *store,
                                          hearth_instance **out);
/* Restores an instance made by hearth_template_instantiate to the snapshot: memory contents and
 * size, globals, tables, dropped segments, and the store's host-side state (the attached WASI
 * context, see hearth_wasi_attach; the exit code). ARGUMENT for other instances. */
hearth_status hearth_instance_reset(hearth_instance *inst);
/* How hearth_instance_reset restores linear memory. Reset copies back (or zeroes) exactly the 4 KiB
 * granules written since the last reset, in place, so that the pages stay resident and the next
 * call costs no page fault; pages the instance grew stay mapped for the next call's memory.grow. */
typedef struct hearth_reset_config {
  size_t size;                  /* sizeof(hearth_reset_config): the struct may grow */
  /* Bytes of restored pages and grown pages kept resident per memory; past it a reset drops all of
   * the memory's private pages (each then faults back in on its next touch). 0 = default (32 MiB). */
  uint64_t keep_resident_bytes;
  /* false (default): grown pages stay mapped read-write after a reset, so an access past
   * memory.size into them does not trap (it reads zeros or this call's own out-of-bounds writes,
   * never another call's data, and memory.grow zeroes them again). true: every access past
   * memory.size traps, at the cost of an madvise + mprotect per reset of a grown memory and a page
   * fault per grown page on the next call. */
  bool exact_memory_bounds;
} hearth_reset_config;
/* Applies cfg (borrowed) to inst's memories. ARGUMENT for instances not made from a template or a
 * cfg whose size is not a known version. */
hearth_status hearth_instance_set_reset_config(hearth_instance *inst, const hearth_reset_config *cfg);
/* Bytes of linear memory currently committed in inst's memories (its footprint). */
uint64_t hearth_instance_memory_bytes(const hearth_instance *inst);

/* ---- pools ---- */
typedef struct hearth_pool hearth_pool;

typedef enum hearth_pool_policy {
  HEARTH_POLICY_RESET = 0, /* every call starts from the snapshot (default) */
  HEARTH_POLICY_REUSE = 1  /* keep the dirty instance until a recycle trigger fires */
} hearth_pool_policy;

/* Zero in any field means "default" (defaults are documented in README's pool section and may be
 * overridden by HEARTH_POOL_* environment variables, read by hearth_pool_config_init). */
typedef struct hearth_pool_config {
  uint32_t min_instances;        /* kept warm (default 1) */
  uint32_t max_instances;        /* upper bound, grown on demand (default 2 x cores) */
  uint32_t idle_timeout_ms;      /* idle instances above min are dropped after this (default 30000) */
  uint32_t queue_max;            /* callers waiting for an instance; a full queue is LIMIT (default 1024) */
  uint32_t queue_timeout_ms;     /* a waiting caller gives up with LIMIT after this (default 10000) */
  hearth_pool_policy policy;
  uint64_t recycle_calls;        /* REUSE: recycle after this many calls (0 = never) */
  uint64_t recycle_memory_bytes; /* REUSE: recycle when linear memory exceeds this (0 = never) */
  uint64_t recycle_age_ms;       /* REUSE: recycle instances older than this (0 = never) */
  uint64_t call_timeout_ms;      /* per-call deadline (0 = none): trap "deadline exceeded" */
  uint64_t call_fuel;            /* per-call fuel (0 = unmetered): trap "fuel exhausted" */
  uint64_t max_memory_bytes;     /* per-instance linear memory cap: memory.grow returns -1 past it */
  uint32_t max_call_depth;       /* per-call wasm stack depth (0 = engine default) */
  /* Budget for the sum of every instance's linear memory and tables, grown during calls included
   * (0 = none): a grow past it first recycles idle instances, then is refused (memory.grow -1);
   * a caller that would need a new instance past it waits in the queue. */
  uint64_t max_pool_memory_bytes;
  uint64_t keep_resident_bytes;  /* RESET: hearth_reset_config.keep_resident_bytes (0 = 32 MiB) */
  bool exact_memory_bounds;      /* RESET: hearth_reset_config.exact_memory_bounds (default false) */
} hearth_pool_config;

/* Fills cfg with the defaults, then applies HEARTH_POOL_* environment overrides. */
void hearth_pool_config_init(hearth_pool_config *cfg);

/* t borrowed (a reference is taken); cfg borrowed (may be NULL: hearth_pool_config_init defaults).
 * *out owned (hearth_pool_delete). */
hearth_status hearth_pool_new(hearth_template *t, const hearth_pool_config *cfg, hearth_pool **out);
/* Consumes pool. Calls in progress (running guest code) finish normally; callers waiting in the
 * queue return HEARTH_ERR_CLOSED at once; it returns when no thread is inside the pool any more.
 * No call may start once hearth_pool_delete has been called (the pool is then freed memory). */
void hearth_pool_delete(hearth_pool *pool);
/* Hot swap: calls in flight finish on the instances they hold (the old generation); every call that
 * gets an instance after this returns gets one made from t; old instances are retired as they come
 * back, idle ones at once. t borrowed (a reference is taken); one instance of t is made before the
 * switch, so a template that cannot be instantiated fails here and the pool is unchanged. */
hearth_status hearth_pool_swap_template(hearth_pool *pool, hearth_template *t);

/* Style 1: typed export call, from any thread. On TRAP the instance is discarded. The trap kind is
 * returned in *trap when trap is non-NULL. Reference results must not outlive the call. */
hearth_status hearth_pool_call(hearth_pool *pool, const char *export_name, const hearth_val *args,
                               size_t nargs, hearth_val *results, size_t nresults,
                               hearth_trap *trap);
/* Style 2: bytes in, bytes out through the canonical ABI of func(list<u8>) -> list<u8>: the guest
 * exports `memory`, `cabi_realloc(old_ptr, old_size, align, new_size) -> ptr` and
 * export_name(ptr, len) -> ptr to an 8-byte (ptr, len) return area; `cabi_post_<export_name>` is
 * called after the result is copied out when exported. *out owned (free with hearth_free). */
hearth_status hearth_pool_call_bytes(hearth_pool *pool, const char *export_name,
                                     const uint8_t *in, size_t in_len, uint8_t **out,
                                     size_t *out_len, hearth_trap *trap);
/* Style 3: a WASI command per call, from the snapshot taken before `_start`. */
typedef struct hearth_command_io {
  size_t argc;
  const char *const *argv;       /* borrowed; argv[0] is the program name */
  size_t envc;
  const char *const *env;        /* borrowed; "NAME=VALUE" */
  const uint8_t *stdin_data;     /* borrowed */
  size_t stdin_len;
  size_t max_output;             /* cap on each of stdout and stderr (0 = 16 MiB) */
} hearth_command_io;
typedef struct hearth_command_result {
  int exit_code;                 /* proc_exit code, 0 when _start returned, 134 after a trap */
  hearth_trap trap;
  uint8_t *out, *err;            /* owned (hearth_free); a NUL follows the last byte */
  size_t out_len, err_len;
} hearth_command_result;
hearth_status hearth_pool_run_command(hearth_pool *pool, const hearth_command_io *io,
                                      hearth_command_result *res);
/* The same, with setup (NULL: none) called on the run's fresh WASI context after args, env and
 * stdio are set and before _start, e.g. to preopen directories (hearth_wasi_preopen_dir); its
 * failure fails the run before any guest code runs. user is passed to setup (borrowed). */
typedef hearth_status (*hearth_wasi_setup_fn)(hearth_wasi *w, void *user);
hearth_status hearth_pool_run_command_setup(hearth_pool *pool, const hearth_command_io *io,
                                            hearth_wasi_setup_fn setup, void *user,
                                            hearth_command_result *res);

/* Style 4: a wasi:cli/run component per call, from a component template whose linker has WASI 0.2
 * from hearth_wasip2_define(l, NULL). Each run gets a WASI 0.2 context of its own on a WASI context
 * made like hearth_pool_run_command_setup's (io, setup); it is entered while the guest runs and
 * while the instance is reset, then deleted: streams, descriptors and other host objects a run
 * opened never reach the next run. exit_code: 0 for run's ok, 1 for err, wasi:cli/exit's code (the
 * instance is then discarded), 134 after a trap. */
hearth_status hearth_pool_run_component_command(hearth_pool *pool, const hearth_command_io *io,
                                                hearth_wasi_setup_fn setup, void *user,
                                                hearth_command_result *res);

/* Versioned: set size to sizeof(hearth_pool_stats) (0 means the same); the library writes at most
 * that many bytes and sets size to what it wrote. Fields are only ever appended. */
typedef struct hearth_pool_stats {
  uint32_t size;
  uint64_t calls, ok;
  uint64_t failed_trap, failed_deadline, failed_fuel, failed_memory, failed_other;
  uint64_t instantiations, resets;
  uint64_t recycles_calls, recycles_memory, recycles_age, discards; /* discards: after a failure */
  uint64_t queue_full;
  uint32_t instances_live, instances_idle;
  uint64_t linear_bytes_current, linear_bytes_peak; /* summed over live instances / peak of one */
  double latency_p50_us, latency_p99_us;            /* over the recent calls */
  /* Linear memory + tables of every instance (what max_pool_memory_bytes bounds), now and at peak;
   * memory an instance is being created with or grows into counts as soon as it is granted. */
  uint64_t pool_bytes_current, pool_bytes_peak;
  uint32_t queue_depth;                             /* callers waiting for an instance now */
  uint32_t instances_busy;                          /* checked out (or being made) for a call */
  uint64_t swaps;                                   /* hearth_pool_swap_template calls that took */
  uint64_t budget_recycles;                         /* idle instances dropped to fit the budget */
  uint64_t budget_refusals;                         /* grows refused by the budget */
  uint64_t gc_collections;                          /* GC heap collections during calls */
  uint64_t gc_bytes_peak;                           /* largest live GC heap of an instance after
                                                       a call (before its reset) */
} hearth_pool_stats;
/* A consistent copy of the counters, readable at any time from any thread. out borrowed. */
void hearth_pool_stats_get(hearth_pool *pool, hearth_pool_stats *out);

/* The instance id of the calling thread's last pool call (any pool, any call style): the serial
 * 1, 2, ... of the instance that served it, in the order its pool made instances (a hot swap does
 * not restart the count); 0 when that call got no instance (queue full, closed, none yet). For
 * logs: equal ids in one pool are the same instance. */
uint64_t hearth_pool_last_instance(void);

/* Frees memory handed out by hearth (hearth_pool_call_bytes, hearth_command_result). */
void hearth_free(void *p);

/* ---- components (the component model: src/component/) ---- */
/* A component is compiled once (hearth_component_new: decode, validate, compile every core module
 * inside with hearth_module_new), is immutable and may be shared by threads like a module. Its
 * exports are called with trees of typed component values (hearth_cval) that hearth lifts and
 * lowers through the canonical ABI. */
typedef struct hearth_component hearth_component;
typedef struct hearth_component_instance hearth_component_instance;
typedef struct hearth_clinker hearth_clinker;
/* A component-level type (value type or function type); borrowed from its component. */
typedef struct hearth_ctype hearth_ctype;

/* The kinds of component values (the WIT value types). */
typedef enum hearth_ckind {
  HEARTH_CV_BOOL = 0, HEARTH_CV_S8, HEARTH_CV_U8, HEARTH_CV_S16, HEARTH_CV_U16, HEARTH_CV_S32,
  HEARTH_CV_U32, HEARTH_CV_S64, HEARTH_CV_U64, HEARTH_CV_F32, HEARTH_CV_F64, HEARTH_CV_CHAR,
  HEARTH_CV_STRING, HEARTH_CV_LIST, HEARTH_CV_RECORD, HEARTH_CV_TUPLE, HEARTH_CV_VARIANT,
  HEARTH_CV_ENUM, HEARTH_CV_OPTION, HEARTH_CV_RESULT, HEARTH_CV_FLAGS, HEARTH_CV_OWN,
  HEARTH_CV_BORROW,
  /* async types (stream<T>, future<T>, error-context): decoded, validated and passed between core
   * functions as i32 handles; a call that lifts or lowers a value of them fails (UNSUPPORTED) */
  HEARTH_CV_STREAM, HEARTH_CV_FUTURE, HEARTH_CV_ERROR_CONTEXT,
  HEARTH_CV_PACKED = 63, /* a value (never a type kind): a list of s8..u64 held packed (below) */
  HEARTH_CV_FUNC = 64 /* hearth_ctype_kind of a function type (never a value) */
} hearth_ckind;

/* A component value. Scalars inline; the rest points to children:
 *   s8..s64 in .s, u8..u64 in .u, char in .c (a Unicode scalar value), string in .str (UTF-8, not
 *   NUL-terminated), list/record/tuple in .list (record fields and tuple items in type order),
 *   variant/enum/option/result in .cas (index: the case in type order; option: 0 none, 1 some;
 *   result: 0 ok, 1 error; payload NULL when the case has none), flags in .flags (bit i = label i),
 *   own/borrow in .rep (the resource's representation), .handle and .resource (see below).
 * Ownership: values passed to hearth (call arguments) are borrowed and may live anywhere. Values
 * hearth produces (call results, host-function arguments) own their children, allocated by hearth:
 * release them with hearth_cval_clear. A host function fills its results with children allocated by
 * hearth_cval_set_string / hearth_cval_set_list / hearth_cval_set_case; hearth clears them. */
typedef struct hearth_cval {
  hearth_ckind kind;
  union {
    bool b;
    int64_t s;
    uint64_t u;
    float f32;
    double f64;
    uint32_t c;
    struct { char *data; size_t len; } str;
    struct { struct hearth_cval *items; size_t len; } list;
    struct { void *data; size_t bytes; } packed; /* HEARTH_CV_PACKED */
    struct { uint32_t index; struct hearth_cval *payload; } cas;
    uint32_t flags;
    struct {
      uint32_t rep;
      uint32_t handle;      /* the host's handle of a guest resource (below); 0 otherwise */
      const void *resource; /* which resource (set by hearth on lifted handles; NULL for host-made
                               handles): keep it when passing a handle back to a guest */
    };
  } of;
} hearth_cval;

/* Handles of guest resources held by the host. An own handle of a resource a component defines
 * that reaches the host (in a call's results, or in a host function's arguments) is entered in
 * the instance's host handle table: hearth sets .handle (nonzero), .rep and .resource, and the
 * host owns the handle until it passes it back as own (an argument of a call, a host function's
 * result: the guest owns it then) or drops it (hearth_component_resource_drop). Passing it as
 * borrow lends it for that call. Copies of the hearth_cval are the same handle. A handle of a
 * guest resource the host passes must be live in that instance's table: one already dropped or
 * passed on as own, one from before a reset of the instance (hearth_component_instance_reset and
 * pool resets end every handle the host holds), one of another instance, one whose .rep or
 * .resource was changed, or one made by the host (.handle 0) is refused with HEARTH_ERR_ARGUMENT
 * before anything runs (a host function's result: a trap), as are an own handle passed twice in
 * one call, or passed as own and borrow in one call, or dropped while lent to a call in progress.
 * A handle number is never issued twice in an instance's life (a slot serves 4,095 handles, then
 * is retired), so a stale handle is always refused; an instance can enter about 4.29 billion
 * handles in its life, after which entering one fails with NOMEM (a pool discards the instance).
 * Handles of host resources (hearth_clinker_define_resource) carry the host's own .rep and no
 * .handle: the host keeps its own table for them. */

/* Packed lists: a value of a variable-length list type whose elements are integers (s8..u64) may
 * also be given as kind HEARTH_CV_PACKED: of.packed.data holds the elements one after another in
 * the canonical ABI's layout (little-endian, the element type's size each; of.packed.bytes a
 * multiple of it), so a list<u8> of n bytes is one buffer, not n hearth_cval. hearth accepts it
 * wherever it takes values (call arguments, host-function results) and produces it only for
 * host functions defined with HEARTH_CFUNC_PACKED (their list-of-integer arguments). */
/* Makes v a packed list holding a copy of data[0..bytes) (owned by v). NOMEM on failure. */
hearth_status hearth_cval_set_packed(hearth_cval *v, const void *data, size_t bytes);
/* The elements of a list value of element type elem (s8..u64) as one buffer, packed or not:
 * a packed v gives its own data (*owned NULL, borrowed from v); a list of items gives a new
 * buffer (*owned = *data, release with hearth_free). ARGUMENT when v is neither or an item
 * does not fit elem. */
hearth_status hearth_cval_list_bytes(const hearth_ctype *elem, const hearth_cval *v,
                                     const void **data, size_t *bytes, void **owned);

/* Frees the children v owns (recursively) and zeroes *v; v itself is not freed. NULL is a no-op. */
void hearth_cval_clear(hearth_cval *v);
/* Makes v a string holding a copy of s[0..len). NOMEM on failure. */
hearth_status hearth_cval_set_string(hearth_cval *v, const char *s, size_t len);
/* Makes v a list, record or tuple (kind) of n zeroed items owned by v; *items borrowed from v. */
hearth_status hearth_cval_set_list(hearth_cval *v, hearth_ckind kind, size_t n,
                                   hearth_cval **items);
/* Makes v a variant, enum, option or result (kind) of case index; with has_payload, *payload gets
 * a zeroed child owned by v (borrowed by the caller), else the case has none. */
hearth_status hearth_cval_set_case(hearth_cval *v, hearth_ckind kind, uint32_t index,
                                   bool has_payload, hearth_cval **payload);

/* Types: kind; n = fields, cases, labels, tuple items or function parameters (0 otherwise);
 * name(i) of a field, case, label or parameter (borrowed; NULL for tuples); elem(i) the type of
 * field/item/parameter/case i (NULL for a case without payload), of the element of a list or of
 * option's `some` (i = 0); result: a function's result type or NULL. */
hearth_ckind hearth_ctype_kind(const hearth_ctype *t);
size_t hearth_ctype_count(const hearth_ctype *t);
const char *hearth_ctype_name(const hearth_ctype *t, size_t i);
const hearth_ctype *hearth_ctype_elem(const hearth_ctype *t, size_t i);
const hearth_ctype *hearth_ctype_result(const hearth_ctype *t);

/* WAVE text (the value syntax of `wasmtime run --invoke`): "text", 'c', [1, 2], {a: 1}, (1, "x"),
 * some(x), none, ok(x), err(x), case, case(x), {flag-a, flag-b}, true, 1.5, nan, inf.
 * hearth_cval_parse: one value of type t from text[0..len); *out owns its children.
 * hearth_cval_parse_args: a comma-separated list of the parameters of function type ft (no
 * parentheses); *out owned (an array of *n values: hearth_cval_clear each, then hearth_free).
 * Handles (own/borrow, which WAVE cannot write) print as own<REP> / borrow<REP> and parse back
 * with .resource NULL (set it to the lifted handle's to pass a guest's handle back).
 * hearth_cval_format: *out owned (hearth_free), NUL-terminated. ARGUMENT with the position in
 * hearth_errmsg() on a syntax or type error. */
hearth_status hearth_cval_parse(const hearth_ctype *t, const char *text, size_t len,
                                hearth_cval *out);
hearth_status hearth_cval_parse_args(const hearth_ctype *ft, const char *text, size_t len,
                                     hearth_cval **out, size_t *n);
hearth_status hearth_cval_format(const hearth_ctype *t, const hearth_cval *v, char **out);

/* Decodes, validates and compiles a component (the core modules inside are compiled with
 * hearth_module_new and shared by every instance). bytes borrowed. *out owned
 * (hearth_component_delete). MALFORMED / INVALID with the byte offset in hearth_errmsg();
 * UNSUPPORTED for valid features hearth does not run (async, values, threads). */
hearth_status hearth_component_new(hearth_engine *engine, const uint8_t *bytes, size_t len,
                                   hearth_component **out);
hearth_component *hearth_component_ref(hearth_component *c);
/* Releases one reference; instances keep their component alive. */
void hearth_component_delete(hearth_component *c);
/* True when bytes start with the component preamble (layer 1), false for a core module. */
bool hearth_is_component(const uint8_t *bytes, size_t len);

/* Host functions for component imports. args/results follow hearth_cval's ownership: args are
 * owned by hearth for the duration of the call; results start zeroed, the callback fills them
 * (children through the hearth_cval_set_* helpers) and hearth releases them after lowering. Return
 * HEARTH_OK, or an error to trap the calling guest (HEARTH_TRAP_HOST). */
typedef hearth_status (*hearth_chost_fn)(void *user, const hearth_cval *args, size_t nargs,
                                         hearth_cval *results, size_t nresults);
/* *out owned (hearth_clinker_delete); usable from one thread at a time while being defined, then
 * read-only (it may serve many instantiations at once). */
hearth_status hearth_clinker_new(hearth_engine *engine, hearth_clinker **out);
void hearth_clinker_delete(hearth_clinker *l);
/* Defines function `name` of interface `iface` ("wasi:cli/environment@0.2.0", "my:pkg/iface"), or
 * a top-level function import `name` when iface is NULL. Strings copied; user borrowed. The type is
 * the one the component imports. A component importing iface@V is served by a definition iface@W
 * when V and W are semver-compatible (same major; for 0.x the same minor; for 0.0.x the same
 * patch), so a host defining @0.2.0 serves imports of @0.2.12. ARGUMENT on a duplicate. */
hearth_status hearth_clinker_define_func(hearth_clinker *l, const char *iface, const char *name,
                                         hearth_chost_fn fn, void *user);
/* hearth_clinker_define_func with flags: HEARTH_CFUNC_PACKED makes the function's arguments that
 * are lists of integers (at any depth) arrive as HEARTH_CV_PACKED values (one copy, no per-element
 * values): for bulk byte transfer (streams, files). */
enum { HEARTH_CFUNC_PACKED = 1 };
hearth_status hearth_clinker_define_func_flags(hearth_clinker *l, const char *iface,
                                               const char *name, hearth_chost_fn fn, void *user,
                                               unsigned flags);

/* Defines resource `name` of interface `iface` as a host resource: handles of it that a guest
 * drops (resource.drop of an own handle) call dtor(user, rep) with the representation the host
 * gave when it returned the handle (a host function returning own<name> sets .rep). Without a
 * definition, such drops call nothing. Strings copied; user borrowed. */
typedef void (*hearth_cresource_dtor)(void *user, uint32_t rep);
hearth_status hearth_clinker_define_resource(hearth_clinker *l, const char *iface,
                                             const char *name, hearth_cresource_dtor dtor,
                                             void *user);

/* Instantiates c in store: wires imports from the linker (l may be NULL when there are none)
 * through canon lower trampolines, instantiates every core instance, runs start functions. *out
 * owned (hearth_component_instance_delete, before the store is deleted); its core instances live
 * in the store. UNLINKABLE names the missing import; TRAP when a start function trapped. */
hearth_status hearth_component_instantiate(hearth_store *store, const hearth_clinker *l,
                                           hearth_component *c,
                                           hearth_component_instance **out);
void hearth_component_instance_delete(hearth_component_instance *ci);
/* The type of exported function `name` ("name" or "iface#name"); *ft borrowed from the component. */
hearth_status hearth_component_func_type(hearth_component_instance *ci, const char *name,
                                         const hearth_ctype **ft);
/* Calls exported function `name` ("name", or "iface#name" for a function of an exported
 * interface; the interface's @version may be left out). args borrowed (nargs = the parameter
 * count); results (nresults >= 1 when the function has a result) get owned values
 * (hearth_cval_clear). post-return runs before this returns. TRAP: hearth_store_trap() and
 * hearth_errmsg() tell why (a guest trap, or a canonical ABI check such as an invalid UTF-8 string
 * or an out-of-range handle); the instance must not be called again after a trap. */
hearth_status hearth_component_call(hearth_component_instance *ci, const char *name,
                                    const hearth_cval *args, size_t nargs, hearth_cval *results,
                                    size_t nresults);
/* Drops an own handle of a resource the component defines (one a call returned to the host, e.g.
 * from a [constructor]): the handle leaves the host handle table and the resource's destructor,
 * if it has one, runs in the instance that implements it (a handle the host passes to the guest
 * as own is the guest's to drop instead). ARGUMENT for a borrow, a handle of another instance or
 * of a host resource, one not live in the host handle table (dropped before, passed on as own,
 * from before a reset) and one lent to a call in progress; TRAP as for hearth_component_call (the
 * destructor trapped, or the instance is in a call or trapped before). */
hearth_status hearth_component_resource_drop(hearth_component_instance *ci,
                                             const hearth_cval *handle);
/* Number of exported functions (top-level and of exported instances) and the i-th one's name in
 * the form hearth_component_call takes; *name borrowed from the component. */
size_t hearth_component_export_count(const hearth_component_instance *ci);
hearth_status hearth_component_export_name(const hearth_component_instance *ci, size_t i,
                                           const char **name);

/* ---- WASI 0.2 for components (src/wasi/wasip2.c) ---- */
/* A WASI 0.2 context runs on a preview-1 context w (borrowed; it must outlive the WASI 0.2
 * context): the same arguments, environment, stdio and preopens, and the same sandbox. *out owned
 * (hearth_wasip2_delete, after the component instances that used it). A context serves the
 * instances of one store, used from one thread at a time. */
typedef struct hearth_wasip2 hearth_wasip2;
hearth_status hearth_wasip2_new(hearth_wasi *w, hearth_wasip2 **out);
void hearth_wasip2_delete(hearth_wasip2 *p);
/* Defines wasi:cli, wasi:io, wasi:clocks, wasi:random, wasi:filesystem, wasi:sockets and wasi:http
 * @0.2.12 (serving imports of 0.2.0 and later 0.2.x) on l, bound to p (borrowed). Networking is
 * denied unless granted (hearth_wasip2_set_network; without it creating sockets and name lookups
 * fail with access-denied), outgoing HTTP unless given a client (hearth_wasip2_set_http_client;
 * without it requests fail with HTTP-request-denied). */
hearth_status hearth_wasip2_define(hearth_clinker *l, hearth_wasip2 *p);
/* With p NULL, hearth_wasip2_define binds the functions to the calling thread's current context
 * instead: the one it entered with hearth_wasip2_enter(p) (borrowed; NULL leaves). That serves a
 * template and its pool, whose instances each run with a context of their own; a call with no
 * context entered traps. Returns the context entered before (to restore). */
hearth_wasip2 *hearth_wasip2_enter(hearth_wasip2 *p);
/* The store the component instances using p run in (borrowed; NULL: none): its interrupt
 * (hearth_store_interrupt) and deadline (hearth_store_set_deadline) then end waits in
 * wasi:io/poll, and the guest traps right after. */
void hearth_wasip2_set_store(hearth_wasip2 *p, hearth_store *store);
/* True when the guest called wasi:cli/exit (the call that did returned HEARTH_ERR_TRAP); *code
 * gets the exit status (exit(ok) 0, exit(err) 1, exit-with-code its code). */
bool hearth_wasip2_exited(const hearth_wasip2 *p, int *code);

/* Networking (wasi:sockets: tcp, udp, ip-name-lookup), denied by default: without a grant creating
 * a socket and resolve-addresses fail with access-denied. Versioned: size = sizeof(
 * hearth_wasip2_net) (0 means the same). allow false: denied. allow with nhosts 0: everything
 * (bind, listen, accept, connect and send anywhere, lookups). allow with hosts (each "HOST",
 * "HOST:PORT", "[V6]" or "[V6]:PORT"; a HOST name is resolved here, once, and grants the
 * addresses it has now; a bare HOST any port): sockets, binds and lookups, TCP connects and UDP
 * sends (and a UDP stream's remote) only to those addresses (access-denied otherwise), no TCP
 * listen (access-denied), and datagrams from other addresses are dropped. net borrowed (copied);
 * NULL denies again. ARGUMENT for a malformed host or an unknown size. Calls through
 * hearth_pool_call_http use the grant of their base context (set it before they run). */
typedef struct hearth_wasip2_net {
  size_t size;
  bool allow;
  const char *const *hosts;
  size_t nhosts;
} hearth_wasip2_net;
hearth_status hearth_wasip2_set_network(hearth_wasip2 *p, const hearth_wasip2_net *net);
/* Gives p the grant that from has (shared, hosts not resolved again; a grant replaced later in from
 * does not change p's). For contexts made per call with the same grant. NULL p or from: nothing. */
void hearth_wasip2_share_network(hearth_wasip2 *p, const hearth_wasip2 *from);
/* The grant of every later hearth_pool_run_component_command run of pool (a pool of components;
 * ARGUMENT otherwise), as hearth_wasip2_set_network's (net borrowed and copied, hosts resolved
 * here once; NULL denies again, the default). The pool owns the grant until it is replaced or the
 * pool deleted; a run keeps the grant it started with. Safe while other threads run the pool. */
hearth_status hearth_pool_set_network(hearth_pool *pool, const hearth_wasip2_net *net);

/* ---- components in templates and pools ---- */
/* A component template: c instantiated once with the linker l (host functions only; borrowed: it
 * must outlive the template and every pool made from it) in a private store, its start functions
 * and cfg's init_export (a component export without parameters, e.g. "init" or "iface#init") run,
 * and every core instance's memories captured as images. c borrowed (a reference is taken); cfg
 * borrowed, may be NULL. *out owned (hearth_template_delete); hearth_pool_new takes it like a module
 * template, and hearth_template_instantiate refuses it (ARGUMENT). */
hearth_status hearth_template_new_component(hearth_engine *engine, hearth_component *c,
                                            const hearth_clinker *l,
                                            const hearth_template_config *cfg,
                                            hearth_template **out);
/* Instantiates a component template's component in store (the same linking and start code, which
 * must produce the same state: UNSUPPORTED otherwise), then maps every core instance's own memory
 * over the template's image, copy-on-write, and records the snapshot that
 * hearth_component_instance_reset returns to. *out owned (hearth_component_instance_delete). */
hearth_status hearth_template_instantiate_component(hearth_template *t, hearth_store *store,
                                                    hearth_component_instance **out);
/* Restores an instance made by hearth_template_instantiate_component to its snapshot: every core
 * instance's memories (only the granules written since), globals, tables and segment state, the
 * component's resource handle tables (own handles of host resources the guest still holds get the
 * host's destructor), and the store's host-side state (hearth_wasi_attach's hook). ARGUMENT for
 * other instances and for one whose call trapped (discard it instead). */
hearth_status hearth_component_instance_reset(hearth_component_instance *ci);
/* Style 4: a WIT-typed call of component export `name` ("name" or "iface#name") on a pool of a
 * component template, from any thread; args, results and the result's ownership as in
 * hearth_component_call (results get owned values: hearth_cval_clear). On TRAP the instance is
 * discarded; *trap (when non-NULL) tells which. The other call styles refuse a component pool and
 * this one a module pool (ARGUMENT). */
hearth_status hearth_pool_call_component(hearth_pool *pool, const char *name,
                                         const hearth_cval *args, size_t nargs,
                                         hearth_cval *results, size_t nresults, hearth_trap *trap);

/* ---- wasi:http incoming handlers (src/wasi/wasihttp.c) ---- */
/* A header or trailer field; name and value are not NUL-terminated. */
typedef struct hearth_http_field {
  const char *name;
  size_t name_len;
  const uint8_t *value;
  size_t value_len;
} hearth_http_field;

/* One HTTP request, read fully (everything borrowed for the call). Versioned: size =
 * sizeof(hearth_http_request) (0 means the same). */
typedef struct hearth_http_request {
  size_t size;
  const char *method;            /* "GET", ... */
  const char *scheme;            /* "http", "https"; NULL: none */
  const char *authority;         /* host[:port]; NULL: none */
  const char *path_with_query;   /* NULL: none */
  const hearth_http_field *headers;
  size_t nheaders;
  const uint8_t *body;
  size_t body_len;
  uint64_t max_response_body;    /* bytes the guest may write to the response body (0: no limit) */
} hearth_http_request;

/* The response a handler set, in host memory; owned by the caller (hearth_http_response_clear).
 * error non-NULL (a static string) when the guest produced none: it returned without setting
 * the response-outparam, set it to an error-code (error_case: the case index of wasi:http's
 * error-code), or did not finish the body it began. */
typedef struct hearth_http_response {
  uint16_t status;
  hearth_http_field *headers, *trailers;
  size_t nheaders, ntrailers;
  uint8_t *body;
  size_t body_len;
  const char *error;
  uint32_t error_case;
} hearth_http_response;

/* The name of c's wasi:http/incoming-handler@0.2.x#handle export (*name borrowed from c), or
 * NOT_FOUND. */
hearth_status hearth_component_http_handler(const hearth_component *c, const char **name);
/* Calls handler (hearth_component_http_handler's name) with req on a pool of a component template
 * whose linker has WASI 0.2 from hearth_wasip2_define(l, base): the call gets a fresh WASI 0.2
 * context over base's preview-1 context (borrowed), the guest an incoming-request and a
 * response-outparam. The response is assembled in host memory and returned in *resp after the
 * pool has reset (or discarded) the instance. Statuses and *trap as hearth_pool_call_component. */
hearth_status hearth_pool_call_http(hearth_pool *pool, hearth_wasip2 *base, const char *handler,
                                    const hearth_http_request *req, hearth_http_response *resp,
                                    hearth_trap *trap);
void hearth_http_response_clear(hearth_http_response *resp);
/* Outgoing HTTP (wasi:http/outgoing-handler.handle) goes through an embedder's client; without
 * one (the default) every request is denied with HTTP-request-denied. fn performs req (borrowed;
 * scheme, authority and path as the guest set them, the body it wrote) and fills *resp with
 * memory of its own: status, headers, body on HEARTH_OK; on an error, resp->error_case is the
 * wasi:http error-code case the guest gets (15 HTTP-request-denied for a host not granted).
 * hearth copies the response, then calls release(user, resp). The request runs when the guest
 * first asks its future-incoming-response for the result (or blocks on its pollable), on the
 * guest's thread. Calls through hearth_pool_call_http use the client of their base context. */
typedef hearth_status (*hearth_http_client_fn)(void *user, const hearth_http_request *req,
                                               hearth_http_response *resp);
typedef void (*hearth_http_release_fn)(void *user, hearth_http_response *resp);
void hearth_wasip2_set_http_client(hearth_wasip2 *p, hearth_http_client_fn fn,
                                   hearth_http_release_fn release, void *user);

#ifdef __cplusplus
}
#endif
#endif /* HEARTH_H */
