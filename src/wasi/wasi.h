/* wasi.h: internal hooks of the WASI preview 1 implementation (wasi.c) for tests, snapshot.c and
 * pool.c.
 * The embedder-facing API (hearth_wasi_*) is in include/hearth.h. */
#ifndef H_WASI_H
#define H_WASI_H

#include "internal.h"

/* Calls the wasi_snapshot_preview1 function `name` against a plain memory buffer, without any
 * store or instance: slots hold the arguments as the core wasm signature lowers them (one slot per
 * parameter, i32 zero-extended); on HEARTH_OK slots[0] holds the WASI errno. proc_exit returns
 * HEARTH_ERR_EXIT with the code in *exit_code. NOT_FOUND for an unknown name. */
hearth_status h_wasi_invoke(hearth_wasi *w, const char *name, uint8_t *mem, uint64_t mem_size,
                            uint64_t *slots, int *exit_code);

/* Forces the portable component-by-component path walk instead of openat2 (true), or lets
 * wasi.c choose (false). For tests of the fallback; process-wide. */
void h_wasi_force_walk(bool on);

/* A new context with src's arguments, environment, stdin bytes, capture settings (captures
 * start empty) and fd table, holding its own descriptors: a duplicate of each directory and of
 * each stream passed on purpose, and for a regular file its own open file description (same
 * offset and flags), so that clones never share an offset. With isolate, the host's own stdio
 * inherited from hearth_wasi_new becomes WFD_NULL (reads see EOF, writes are dropped). The clone
 * has no snapshot yet (it takes one when attached). *out owned. */
hearth_status h_wasi_clone(const hearth_wasi *src, bool isolate, hearth_wasi **out);
/* Replaces the host's own stdio inherited from hearth_wasi_new by WFD_NULL entries. */
void h_wasi_isolate(hearth_wasi *w);
/* For hearth_template_new: imports hosts[0..n) that are WASI functions bound to a context
 * (hearth_wasi_define with one) are turned into store-attached ones, and *out (owned) gets the
 * template's own context: an isolated clone of that context, or a new isolated context when the
 * WASI functions use the attached context; *out NULL when no import is a WASI function.
 * ARGUMENT when imports are bound to different contexts. */
hearth_status h_wasi_template_prepare(h_hostdef *hosts, uint32_t n, hearth_wasi **out);
/* Number of arguments set on w. */
size_t h_wasi_argc(const hearth_wasi *w);

/* Number of functions of wasi_snapshot_preview1 that hearth defines, and the name of the i-th. */
size_t h_wasi_func_count(void);
const char *h_wasi_func_name(size_t i);

#endif /* H_WASI_H */
