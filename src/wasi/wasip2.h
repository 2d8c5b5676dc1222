/* wasip2.h: the object table of a WASI 0.2 context, shared by wasip2.c (cli, io, clocks, random,
 * filesystem, sockets) and wasihttp.c (wasi:http). Not a public header.
 *
 * Every resource the guest holds is an entry of one table; a handle's representation is the
 * entry's index + 1. Objects never point at each other; where two must share bytes (an HTTP body
 * and the stream that reads or writes it) both hold a reference to one p2_buf. */
#ifndef H_WASIP2_H
#define H_WASIP2_H

#include <dirent.h>

#include "internal.h"

/* Largest single read/skip/random request served at once (a guest asking for more gets less,
 * as the interfaces allow, except get-random-bytes, which traps beyond it). */
#define P2_MAX_IO (1u << 20)
#define P2_MAX_OBJS 65536u

enum {
  O_FREE = 0, O_IN, O_OUT, O_POLL, O_DESC, O_DIRSTREAM, O_ERROR, O_TERM_IN, O_TERM_OUT,
  O_NETWORK, O_FIELDS, O_OUTREQ, O_REQOPTS, O_OUTRESP, O_OUTBODY,
  O_INREQ, O_OUTPARAM, O_INBODY, O_FUTTRAIL, /* wasi:http incoming side (wasihttp.c) */
  O_FUTRESP, O_INRESP,                        /* wasi:http outgoing requests' answers */
  O_TCP, O_UDP, O_INDGRAM, O_OUTDGRAM, O_LOOKUP /* wasi:sockets (sockets.c) */
};
/* streams: where the bytes go; pollables: when they are ready. S_MEM reads a p2_buf from off,
 * S_BUF appends to one, S_SOCK is a TCP connection (sockets.c). PL_SOCK: a socket's or name
 * lookup's pollable (readiness from sockets.c: h_sock_poll_spec). */
enum { S_STDIO, S_FILE, S_EMPTY, S_MEM, S_BUF, S_SOCK };
enum { PL_READY, PL_TIMER, PL_FD_IN, PL_SOCK };
/* Error objects: src is ERR_FS (code: a filesystem error-code) or ERR_NET (a wasi:sockets one). */
enum { ERR_FS = 0, ERR_NET = 1 };
/* A stream operation's failure code with this bit set is a wasi:sockets error-code (the rest of
 * the code), else a filesystem one. */
#define P2_NET_ERR 0x10000u

/* Bytes shared by reference (single-threaded like its context). */
typedef struct p2_buf {
  uint32_t refs;
  bool done;          /* writers: the body was finished (no more bytes may come) */
  uint8_t *data;      /* owned */
  size_t len, cap;
  size_t limit;       /* S_BUF writes past it fail (0: none) */
  struct p2_http *trailers; /* HTTP bodies: the trailers finish gave (owned), NULL: none */
} p2_buf;

typedef struct p2_obj {
  uint8_t kind;
  uint8_t src;        /* S_* (streams) or PL_* (pollables) */
  bool closed;        /* an input stream at its end / an output stream that failed */
  bool append;        /* output to a file: at its end each time */
  uint8_t dflags;     /* descriptors: DF_* */
  int fd;             /* owned host descriptor (files, descriptors); the guest stdio number
                         for S_STDIO streams; the borrowed host fd of PL_FD_IN */
  uint64_t off;       /* file and S_MEM streams: the position */
  uint64_t deadline;  /* PL_TIMER: CLOCK_MONOTONIC ns */
  uint32_t code;      /* errors: the filesystem error-code (E_*) */
  DIR *dir;           /* directory streams (owned) */
  uint32_t next_free; /* free list: 1 + next free index, 0 = end */
  struct p2_http *http; /* wasi:http objects (owned) */
  p2_buf *buf;        /* S_MEM / S_BUF streams: one reference */
  struct p2_sock *sock;     /* sockets, their streams and pollables: one reference (sockets.c) */
  struct p2_lookup *lookup; /* name lookups and their pollables: one reference (sockets.c) */
} p2_obj;

struct h_http_call;

struct hearth_wasip2 {
  hearth_wasi *w;     /* borrowed */
  hearth_store *store; /* borrowed, may be NULL: its interrupt and deadline end waits */
  p2_obj *objs;
  uint32_t n, cap, free_head;
  bool exited;
  int exit_code;
  uint64_t seed[2];   /* insecure-seed: fixed per context */
  uint64_t xs;        /* insecure: xorshift state */
  struct h_http_call *http; /* the incoming request being handled (wasihttp.c), borrowed */
  hearth_http_client_fn http_client; /* outgoing HTTP (NULL: denied), with its release and user */
  hearth_http_release_fn http_release;
  void *http_user;
  struct p2_net *net; /* wasi:sockets grant (owned; NULL: networking denied) */
};

/* The context a host function bound to `bound` works on: the calling thread's current context
 * (h_wasip2_set_current) when one is set, else `bound`. */
hearth_wasip2 *h_p2_self(void *bound);
/* The error of a routed host function called with no context entered (a trap). */
hearth_status h_p2_no_context(void);
/* Sets (p) or clears (NULL) the calling thread's current context. */
void h_wasip2_set_current(hearth_wasip2 *p);

/* The object table (wasip2.c). h_p2_new: a zeroed object of kind k, *rep its representation;
 * NULL at the limit or out of memory. h_p2_get: NULL unless rep is live with kind k. */
p2_obj *h_p2_new(hearth_wasip2 *p, uint8_t k, uint32_t *rep);
p2_obj *h_p2_get(hearth_wasip2 *p, uint32_t rep, uint8_t k);
void h_p2_free(hearth_wasip2 *p, uint32_t rep);
/* Frees every live object (the context is then as new, but for its random seeds). */
void h_p2_free_all(hearth_wasip2 *p);
/* A new stream over b (one more reference): input (O_IN, S_MEM) or output (O_OUT, S_BUF). */
p2_obj *h_p2_buf_stream(hearth_wasip2 *p, uint8_t kind, p2_buf *b, uint32_t *rep);
p2_buf *h_p2_buf_new(void);
void h_p2_buf_unref(p2_buf *b);
/* Appends n bytes; false when out of memory or over b->limit. */
bool h_p2_buf_append(p2_buf *b, const void *d, size_t n);

/* Value helpers (wasip2.c). */
hearth_status h_p2_nomem(void);
hearth_status h_p2_guest_error(const char *what, uint32_t rep);
void h_p2_set_own(hearth_cval *v, uint32_t rep);
/* Ends a host function handing the guest new object rep as payload pl (see wasip2.c give_own). */
hearth_status h_p2_give_own(hearth_wasip2 *p, hearth_status st, hearth_cval *pl, uint32_t rep);
hearth_status h_p2_ok(hearth_cval *r, hearth_cval **pl);
hearth_status h_p2_set_bytes(hearth_cval *v, const uint8_t *buf, size_t n);
hearth_status h_p2_get_bytes(const hearth_cval *v, uint8_t **out, size_t *n);
/* A new pollable that is always ready. */
hearth_status h_p2_ready_pollable(hearth_wasip2 *p, hearth_cval *r);

/* A host function (the linker's hearth_chost_fn), the context it works on, and an object of the
 * guest's argument that must be of a kind (else the guest is trapped). */
#define HOST(fn) static hearth_status fn(void *user, const hearth_cval *a, size_t na, hearth_cval *r, size_t nr)
#define SELF                                                                                    \
  hearth_wasip2 *p = h_p2_self(user);                                                           \
  if (!p) return h_p2_no_context();                                                             \
  (void)a; (void)na; (void)r; (void)nr
#define GET(var, p, rep, kind, what)                                                            \
  p2_obj *var = h_p2_get((p), (rep), (kind));                                                  \
  if (!var) return h_p2_guest_error(what, rep)

/* wasi:http (wasihttp.c): its host functions defined on l bound to p; a direct call for tests
 * (NOT_FOUND for a function it does not have); the free of an object's http part. */
hearth_status h_wasihttp_define(hearth_clinker *l, hearth_wasip2 *p);
hearth_status h_wasihttp_call(hearth_wasip2 *p, const char *iface, const char *name,
                              const hearth_cval *args, size_t nargs, hearth_cval *result);
void h_wasihttp_free(struct p2_http *h);
/* The request req (borrowed until h_wasihttp_end) begins on p: *rq an incoming-request and *op a
 * response-outparam object for the guest (own handles). h_wasihttp_end: the response set into
 * *resp (NULL: dropped) and the call's state freed; h_wasihttp_forget frees it alone (no call: a
 * no-op). */
hearth_status h_wasihttp_begin(hearth_wasip2 *p, const hearth_http_request *req, uint32_t *rq,
                               uint32_t *op);
hearth_status h_wasihttp_end(hearth_wasip2 *p, hearth_http_response *resp);
void h_wasihttp_forget(hearth_wasip2 *p);

/* wasi:sockets (sockets.c): its host functions defined on l bound to p (flags as wasip2.c's);
 * a direct call for tests (NOT_FOUND for a function it does not have). */
hearth_status h_sock_define(hearth_clinker *l, hearth_wasip2 *p);
hearth_status h_sock_call(hearth_wasip2 *p, const char *iface, const char *name,
                          const hearth_cval *args, size_t nargs, hearth_cval *result);
/* Releases an object's references (sock, lookup); the grant of a context. */
void h_sock_release(p2_obj *o);
void h_sock_net_free(struct p2_net *n);
/* dst gets src's grant (shared, read-only: set it before the calls that share it). */
void h_sock_net_share(hearth_wasip2 *dst, const hearth_wasip2 *src);
/* A grant made from net (*out NULL: denied; errors as hearth_wasip2_set_network's), one reference
 * the caller owns (h_sock_net_free); h_sock_net_use gives p a reference to n (NULL: denied). */
hearth_status h_sock_net_make(const hearth_wasip2_net *net, struct p2_net **out);
void h_sock_net_use(hearth_wasip2 *p, struct p2_net *n);
/* The WIT name of wasi:sockets error-code c ("connection-refused"). */
const char *h_sock_err_name(uint32_t c);
/* Pollable o (PL_SOCK): true when ready now; else *fd and *events say what to poll for. */
bool h_sock_poll_spec(const p2_obj *o, int *fd, short *events);
/* TCP streams (S_SOCK), called by wasip2.c's stream functions. Results as in_read / out_write
 * there: UINT32_MAX for success, else a code (P2_NET_ERR | error-code). h_sock_check_write: the
 * bytes the guest may write now (0 while earlier bytes wait for the socket), or a code; *closed
 * when the sending side was shut down. h_sock_flush sends what waits (block: all of it). */
uint32_t h_sock_read(hearth_wasip2 *p, p2_obj *o, uint8_t *buf, size_t len, bool block,
                     size_t *n, bool *eof);
uint32_t h_sock_write(hearth_wasip2 *p, p2_obj *o, const uint8_t *buf, size_t n, bool flush);
uint32_t h_sock_check_write(p2_obj *o, uint64_t *permit, bool *closed);
/* write / write-zeroes of n bytes to a TCP stream: TRAP past what check-write permitted. */
hearth_status h_sock_take_permit(p2_obj *o, size_t n);
uint32_t h_sock_flush(hearth_wasip2 *p, p2_obj *o, bool block);
/* A pollable for TCP stream o (S_SOCK): readable (input) or writable (output). */
hearth_status h_sock_stream_pollable(hearth_wasip2 *p, p2_obj *o, hearth_cval *r);

#endif /* H_WASIP2_H */
