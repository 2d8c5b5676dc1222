/* wasi.h: internal hooks of the WASI preview 1 implementation (wasi.c) for tests and pool.c.
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

/* Number of functions of wasi_snapshot_preview1 that hearth defines, and the name of the i-th. */
size_t h_wasi_func_count(void);
const char *h_wasi_func_name(size_t i);

#endif /* H_WASI_H */
