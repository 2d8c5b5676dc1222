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

/* ---- shared with WASI preview 2 (wasip2.c), which runs on a preview-1 context: its arguments,
 * environment, preopens and stdio, and the same sandboxed path resolution. Codes are preview-1
 * errno values (0 = success, 76 = ENOTCAPABLE for an escape). */
/* Opens path beneath directory root with open(2) flags fl (O_NOFOLLOW: a final symlink is not
 * followed; O_CREAT creates with mode 0666); *out owned. An escape (`..` above root, an absolute
 * path or symlink, a symlink out) fails with ENOTCAPABLE. */
uint32_t h_wasi_open_beneath(int root, const char *path, int fl, int *out);
/* Checks a host descriptor just opened for a guest against the process's reserve (src/config.h
 * H_WASI_HOST_FD_RESERVE): 0 when fd may be kept, else ENFILE with fd closed. */
uint32_t h_wasi_fd_keep(int fd);
/* Resolves path beneath root into (*pfd: an owned O_PATH fd of the parent directory, base: the
 * final name, room for 4098 bytes); follow expands a final symlink (beneath root). */
uint32_t h_wasi_resolve(int root, const char *path, bool follow, int *pfd, char *base);
/* False when a symlink at linkpath with this target would point outside its root. */
bool h_wasi_symlink_target_ok(const char *target, const char *linkpath);
/* The preview-1 errno of host errno e. */
uint32_t h_wasi_errno(int e);
/* The packed NUL-terminated arguments (env false) or NAME=VALUE strings (env true); borrowed. */
const char *h_wasi_strings(const hearth_wasi *w, bool env, uint32_t *count);
/* fd table entry i when it is a preopened directory: its guest name (borrowed), host descriptor
 * (borrowed) and whether it is read-only; NULL otherwise. Entries 0 .. h_wasi_fd_count(w)-1. */
const char *h_wasi_preopen(const hearth_wasi *w, uint32_t i, int *host, bool *read_only);
uint32_t h_wasi_fd_count(const hearth_wasi *w);
/* What stdio guest_fd (0, 1, 2) is: a host descriptor (>= 0, borrowed) or one of these. */
enum { H_WSTDIO_NONE = -1, H_WSTDIO_MEM = -2, H_WSTDIO_NULL = -3 };
int h_wasi_stdio_host(const hearth_wasi *w, int guest_fd);
/* Reads up to n bytes of stdin (blocking on a host descriptor); *got 0 at end of input. */
uint32_t h_wasi_stdio_read(hearth_wasi *w, void *buf, size_t n, size_t *got);
/* Writes all n bytes to stdout (1) or stderr (2): host descriptor, capture buffer or nowhere. */
uint32_t h_wasi_stdio_write(hearth_wasi *w, int guest_fd, const void *buf, size_t n);

/* Number of live objects (streams, descriptors, pollables, ...) of a preview-2 context: the
 * guest's resource handles not yet dropped (tests check that drops free them). */
size_t h_wasip2_live_objects(const hearth_wasip2 *p);
/* Objects still live when their context was deleted, summed over every context of the process:
 * for a pooled run, what the instance's reset did not give back (tests expect none). */
extern atomic_ulong h_wasip2_leftover;
/* Calls WASI 0.2 host function iface#name ("wasi:io/streams", version optional) directly, as the
 * canonical ABI would: args borrowed, *result (NULL for none) owned by the caller. NOT_FOUND for
 * an unknown function. */
hearth_status h_wasip2_call(hearth_wasip2 *p, const char *iface, const char *name,
                            const hearth_cval *args, size_t nargs, hearth_cval *result);
/* The guest dropping an own handle of resource iface#resource with representation rep. */
void h_wasip2_drop(hearth_wasip2 *p, const char *iface, const char *resource, uint32_t rep);

#endif /* H_WASI_H */
