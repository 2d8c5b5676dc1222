/* http_abi.h: the wasi:http@0.2 imports of the test handlers (http_hello.c, http_echo.c), declared
 * as the canonical ABI lowers them to core wasm (flattened parameters; results that do not fit one
 * core value go to a return area), a bump allocator for cabi_realloc, and small helpers.
 * Written against wit/http.wit (the WIT of ../../../../shared/wasi-0.2, bundled by the Makefile). */
#ifndef HTTP_ABI_H
#define HTTP_ABI_H

typedef unsigned char u8;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef unsigned long size_t;

#define IMPORT(mod, name) __attribute__((import_module(mod), import_name(name)))
#define T "wasi:http/types@0.2.12"
#define S "wasi:io/streams@0.2.12"

IMPORT(T, "[method]incoming-request.method") void in_method(int req, void *ret);
IMPORT(T, "[method]incoming-request.path-with-query") void in_path(int req, void *ret);
IMPORT(T, "[method]incoming-request.headers") int in_headers(int req);
IMPORT(T, "[method]incoming-request.consume") void in_consume(int req, void *ret);
IMPORT(T, "[resource-drop]incoming-request") void in_drop(int req);
IMPORT(T, "[method]incoming-body.stream") void inbody_stream(int body, void *ret);
IMPORT(T, "[static]incoming-body.finish") int inbody_finish(int body);
IMPORT(T, "[resource-drop]future-trailers") void futtrail_drop(int f);
IMPORT(T, "[constructor]fields") int fields_new(void);
IMPORT(T, "[method]fields.append") void fields_append(int f, const char *n, size_t nl, const void *v,
                                                      size_t vl, void *ret);
IMPORT(T, "[method]fields.entries") void fields_entries(int f, void *ret);
IMPORT(T, "[resource-drop]fields") void fields_drop(int f);
IMPORT(T, "[constructor]outgoing-response") int resp_new(int headers);
IMPORT(T, "[method]outgoing-response.set-status-code") int resp_set_status(int resp, int status);
IMPORT(T, "[method]outgoing-response.body") void resp_body(int resp, void *ret);
IMPORT(T, "[method]outgoing-body.write") void outbody_write(int body, void *ret);
IMPORT(T, "[static]outgoing-body.finish") void outbody_finish(int body, int has_trailers,
                                                              int trailers, void *ret);
/* set(param, result<own outgoing-response, error-code>): the result flattens to 8 values: its
 * case, then the response handle or the error-code's case and that variant's joined payload
 * (whose second slot is an i64: option<u64>'s value). */
IMPORT(T, "[static]response-outparam.set") void outparam_set(int param, int is_err, int a, int b,
                                                             u64 c, int d, int e, int f, int g);
IMPORT(T, "[constructor]outgoing-request") int req_new(int headers);
IMPORT(T, "[method]outgoing-request.set-scheme") int req_set_scheme(int req, int some, int scheme,
                                                                     const char *other, size_t n);
IMPORT(T, "[method]outgoing-request.set-authority") int req_set_authority(int req, int some,
                                                                           const char *s, size_t n);
IMPORT(T, "[method]outgoing-request.set-path-with-query") int req_set_path(int req, int some,
                                                                           const char *s, size_t n);
IMPORT(T, "[method]future-incoming-response.get") void futresp_get(int f, void *ret);
IMPORT(T, "[resource-drop]future-incoming-response") void futresp_drop(int f);
IMPORT(T, "[method]incoming-response.status") int inresp_status(int r);
IMPORT(T, "[method]incoming-response.consume") void inresp_consume(int r, void *ret);
IMPORT(T, "[resource-drop]incoming-response") void inresp_drop(int r);
IMPORT("wasi:http/outgoing-handler@0.2.12", "handle") void out_handle(int req, int has_opts,
                                                                      int opts, void *ret);
IMPORT(S, "[method]input-stream.blocking-read") void in_read(int s, u64 len, void *ret);
IMPORT(S, "[resource-drop]input-stream") void instream_drop(int s);
IMPORT(S, "[method]output-stream.blocking-write-and-flush") void out_write_flush(int s, const void *d,
                                                                                 size_t n, void *ret);
IMPORT(S, "[resource-drop]output-stream") void outstream_drop(int s);

/* return areas: disc at 0, payload from 4 (8 when it holds a u64) */
typedef struct { u8 disc; u8 pad[3]; u32 a, b, c; } __attribute__((aligned(8))) ret_t;

/* bump allocator over the heap; reset at the start of each request */
extern unsigned char __heap_base;
static unsigned long bump;

static void heap_reset(void) { bump = (unsigned long)&__heap_base; }

__attribute__((export_name("cabi_realloc"))) void *cabi_realloc(void *old, size_t old_size,
                                                                 size_t align, size_t size) {
  if (!bump) heap_reset();
  bump = (bump + align - 1) & ~(align - 1);
  unsigned long end = bump + size, have = __builtin_wasm_memory_size(0) * 65536ul;
  if (end > have && __builtin_wasm_memory_grow(0, (end - have + 65535) / 65536) == (size_t)-1)
    __builtin_trap();
  void *p = (void *)bump;
  bump = end;
  for (size_t i = 0; old && i < old_size && i < size; i++) ((u8 *)p)[i] = ((u8 *)old)[i];
  return p;
}

static __attribute__((unused)) size_t slen(const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

static __attribute__((unused)) int mem_eq(const void *a, const void *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (((const u8 *)a)[i] != ((const u8 *)b)[i]) return 0;
  return 1;
}

static void header(int f, const char *name, const void *v, size_t vl) {
  ret_t r;
  fields_append(f, name, slen(name), v, vl, &r);
  if (r.disc) __builtin_trap();
}

/* Writes all of d to output stream s with blocking-write-and-flush, 4096 bytes at a time (the
 * most that call takes by the interface's contract). */
static void write_all(int s, const u8 *d, size_t n) {
  ret_t r;
  while (n) {
    size_t k = n < 4096 ? n : 4096;
    out_write_flush(s, d, k, &r);
    if (r.disc) __builtin_trap();
    d += k;
    n -= k;
  }
}

/* response-outparam.set(param, ok(resp)) */
static void send(int param, int resp) { outparam_set(param, 0, resp, 0, 0, 0, 0, 0, 0); }

#endif
