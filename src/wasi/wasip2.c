/* wasip2.c: WASI 0.2 (preview 2) as host functions of the component linker: wasi:cli, wasi:io,
 * wasi:clocks, wasi:random and wasi:filesystem (wasi:sockets is in sockets.c and wasi:http in
 * wasihttp.c, on the same object table: wasip2.h).
 *
 * A hearth_wasip2 runs on a preview-1 context (hearth_wasi): the same arguments, environment,
 * stdio (host descriptors, memory buffers or nothing) and preopens, and the same sandboxed path
 * resolution (wasi.c's h_wasi_open_beneath / h_wasi_resolve: no escape through `..`, absolute
 * paths or symlinks; read-only preopens). Every resource the guest holds (streams, pollables,
 * descriptors, directory streams, errors, terminals, the network) is an entry of one object table
 * here; its handle's representation is the entry's index + 1, and the guest's resource.drop frees
 * the entry through the destructor defined on the linker. Objects never point at each other: a
 * stream or descriptor holds its own duplicate of the host descriptor, so the guest may drop them
 * in any order.
 *
 * Interfaces are defined at @0.2.12 (the WIT in ../shared/wasi-0.2); the linker's semver matching
 * serves imports of 0.2.0 to 0.2.12 with them. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "wasi.h"
#include "wasip2.h"

/* ---------------------------------------------------------------- interfaces */

#define V "@0.2.12"
#define I_ENV "wasi:cli/environment" V
#define I_EXIT "wasi:cli/exit" V
#define I_STDIN "wasi:cli/stdin" V
#define I_STDOUT "wasi:cli/stdout" V
#define I_STDERR "wasi:cli/stderr" V
#define I_TIN "wasi:cli/terminal-input" V
#define I_TOUT "wasi:cli/terminal-output" V
#define I_TSTDIN "wasi:cli/terminal-stdin" V
#define I_TSTDOUT "wasi:cli/terminal-stdout" V
#define I_TSTDERR "wasi:cli/terminal-stderr" V
#define I_ERROR "wasi:io/error" V
#define I_POLL "wasi:io/poll" V
#define I_STREAMS "wasi:io/streams" V
#define I_MONO "wasi:clocks/monotonic-clock" V
#define I_WALL "wasi:clocks/wall-clock" V
#define I_RANDOM "wasi:random/random" V
#define I_INSECURE "wasi:random/insecure" V
#define I_SEED "wasi:random/insecure-seed" V
#define I_FS "wasi:filesystem/types" V
#define I_PREOPENS "wasi:filesystem/preopens" V
#define I_NET "wasi:sockets/network" V
#define I_TCP "wasi:sockets/tcp" V
#define I_UDP "wasi:sockets/udp" V
#define I_LOOKUP "wasi:sockets/ip-name-lookup" V
#define I_HTTP "wasi:http/types" V
#define I_HTTP_OUT "wasi:http/outgoing-handler" V

/* wasi:filesystem/types error-code, in WIT order, with the preview-1 errno each one comes from
 * (the preview-1 ABI's numbers: wasi.c's resolution reports those). */
#define P2_ERRORS(X)                                                                            \
  X(ACCESS, 2) X(WOULD_BLOCK, 6) X(ALREADY, 7) X(BAD_DESCRIPTOR, 8) X(BUSY, 10)                 \
  X(DEADLOCK, 16) X(QUOTA, 19) X(EXIST, 20) X(FILE_TOO_LARGE, 22) X(ILLEGAL_BYTE_SEQUENCE, 25)  \
  X(IN_PROGRESS, 26) X(INTERRUPTED, 27) X(INVALID, 28) X(IO, 29) X(IS_DIRECTORY, 31)            \
  X(LOOP, 32) X(TOO_MANY_LINKS, 34) X(MESSAGE_SIZE, 35) X(NAME_TOO_LONG, 37) X(NO_DEVICE, 43)   \
  X(NO_ENTRY, 44) X(NO_LOCK, 46) X(INSUFFICIENT_MEMORY, 48) X(INSUFFICIENT_SPACE, 51)           \
  X(NOT_DIRECTORY, 54) X(NOT_EMPTY, 55) X(NOT_RECOVERABLE, 56) X(UNSUPPORTED, 58)               \
  X(NO_TTY, 59) X(NO_SUCH_DEVICE, 60) X(OVERFLOW, 61) X(NOT_PERMITTED, 63) X(PIPE, 64)          \
  X(READ_ONLY, 69) X(INVALID_SEEK, 70) X(TEXT_FILE_BUSY, 74) X(CROSS_DEVICE, 75)

enum {
#define X(name, p1) E_##name,
  P2_ERRORS(X)
#undef X
  E_COUNT
};

static const uint8_t k_err_p1[E_COUNT] = {
#define X(name, p1) p1,
    P2_ERRORS(X)
#undef X
};

enum { P1_NOTCAPABLE = 76, P1_NOSYS = 52 };

/* The error-code of preview-1 errno e (an escape, ENOTCAPABLE, is not-permitted). */
static uint32_t err_of_p1(uint32_t e) {
  if (e == P1_NOTCAPABLE) return E_NOT_PERMITTED;
  if (e == P1_NOSYS) return E_UNSUPPORTED;
  for (uint32_t i = 0; i < E_COUNT; i++)
    if (k_err_p1[i] == e) return i;
  return E_IO;
}
static uint32_t err_of_errno(int e) { return err_of_p1(h_wasi_errno(e)); }

/* descriptor-flags bits, descriptor-type cases, open-flags, path-flags (WIT order). */
enum { DF_READ = 1, DF_WRITE = 2, DF_FILE_SYNC = 4, DF_DATA_SYNC = 8, DF_REQ_SYNC = 16,
       DF_MUTATE = 32 };
enum { T_UNKNOWN = 0, T_BLOCK, T_CHAR, T_DIR, T_FIFO, T_SYMLINK, T_REG, T_SOCKET };
enum { OF_CREATE = 1, OF_DIRECTORY = 2, OF_EXCLUSIVE = 4, OF_TRUNCATE = 8 };
enum { PF_FOLLOW = 1 };

static hearth_status guest_error(const char *what, uint32_t rep) {
  return h_err(HEARTH_ERR_TRAP, "wasi 0.2: %s: handle representation %u is not valid", what, rep);
}

/* A new object of kind k; *rep its representation. NULL at the limit or out of memory. */
static p2_obj *obj_new(hearth_wasip2 *p, uint8_t k, uint32_t *rep) {
  uint32_t i;
  if (p->free_head) {
    i = p->free_head - 1;
    p->free_head = p->objs[i].next_free;
  } else {
    if (p->n >= P2_MAX_OBJS) return NULL;
    if (p->n == p->cap && !h_array_grow((void **)&p->objs, sizeof *p->objs, &p->cap, p->n + 1))
      return NULL;
    i = p->n++;
  }
  p2_obj *o = &p->objs[i];
  memset(o, 0, sizeof *o);
  o->kind = k;
  o->fd = -1;
  *rep = i + 1;
  return o;
}

static p2_obj *obj_get(hearth_wasip2 *p, uint32_t rep, uint8_t k) {
  if (rep == 0 || rep > p->n || p->objs[rep - 1].kind != k) return NULL;
  return &p->objs[rep - 1];
}

static void obj_free(hearth_wasip2 *p, uint32_t rep) {
  p2_obj *o = &p->objs[rep - 1];
  h_wasihttp_free(o->http);
  h_p2_buf_unref(o->buf);
  h_sock_release(o);
  if (o->dir) closedir(o->dir);
  else if ((o->kind == O_DESC || ((o->kind == O_IN || o->kind == O_OUT) && o->src == S_FILE)) &&
           o->fd >= 0)
    close(o->fd);
  memset(o, 0, sizeof *o);
  o->next_free = p->free_head;
  p->free_head = rep;
}

/* The destructor of every resource type: frees the object when it has that kind. */
typedef struct p2_dtor {
  hearth_wasip2 *p;
  uint8_t kind;
} p2_dtor;

/* ---------------------------------------------------------------- value helpers */

/* obj_new's NULL: the guest holds P2_MAX_OBJS objects already (a limit), else memory ran out. */
static hearth_status nomem(void) {
  return h_err(HEARTH_ERR_NOMEM, "wasi 0.2: out of memory, or the guest holds %u objects "
               "(streams, descriptors, ...; P2_MAX_OBJS) without dropping them", P2_MAX_OBJS);
}

static void set_u64(hearth_cval *v, uint64_t x) { v->kind = HEARTH_CV_U64; v->of.u = x; }
static void set_own(hearth_cval *v, uint32_t rep) {
  v->kind = HEARTH_CV_OWN;
  v->of.rep = rep;
  v->of.resource = NULL;
}

/* Ends a host function whose result hands the guest the new object rep (the payload pl of a
 * result or option case made with status st): on failure the object is freed, since the guest
 * never saw it; otherwise pl becomes own<rep>. */
static hearth_status give_own(hearth_wasip2 *p, hearth_status st, hearth_cval *pl, uint32_t rep) {
  if (st) {
    obj_free(p, rep);
    return st;
  }
  set_own(pl, rep);
  return HEARTH_OK;
}

/* result ok with a payload (*pl, zeroed) or without (pl NULL). */
static hearth_status ok(hearth_cval *r, hearth_cval **pl) {
  return hearth_cval_set_case(r, HEARTH_CV_RESULT, 0, pl != NULL, pl);
}

/* result err(error-code) of the filesystem. */
static hearth_status fs_err(hearth_cval *r, uint32_t code) {
  hearth_cval *e;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, true, &e);
  if (st) return st;
  return hearth_cval_set_case(e, HEARTH_CV_ENUM, code, false, NULL);
}

/* A list<u8> holding buf[0..n). */
/* A list<u8> result: one packed buffer (HEARTH_CV_PACKED), not a value per byte. */
static hearth_status set_bytes(hearth_cval *v, const uint8_t *buf, size_t n) {
  return hearth_cval_set_packed(v, buf, n);
}

/* The bytes of a list<u8> argument (packed, for the functions defined with HEARTH_CFUNC_PACKED,
 * or items), copied into an owned buffer (*out NULL for an empty list). */
static hearth_status get_bytes(const hearth_cval *v, uint8_t **out, size_t *n) {
  *out = NULL;
  if (v->kind == HEARTH_CV_PACKED) {
    *n = v->of.packed.bytes;
    if (!*n) return HEARTH_OK;
    if (!(*out = h_malloc(*n))) return nomem();
    memcpy(*out, v->of.packed.data, *n);
    return HEARTH_OK;
  }
  *n = v->of.list.len;
  if (!*n) return HEARTH_OK;
  uint8_t *b = h_malloc(*n);
  if (!b) return nomem();
  for (size_t i = 0; i < *n; i++) b[i] = (uint8_t)v->of.list.items[i].of.u;
  *out = b;
  return HEARTH_OK;
}

/* The string of a string argument, NUL-terminated in buf (room for cap bytes). */
static bool get_str(const hearth_cval *v, char *buf, size_t cap) {
  if (v->of.str.len >= cap || memchr(v->of.str.data, 0, v->of.str.len)) return false;
  memcpy(buf, v->of.str.data, v->of.str.len);
  buf[v->of.str.len] = 0;
  return true;
}

/* The error-code for a path argument get_str refused: too long, or holding a NUL. */
static uint32_t bad_path(const hearth_cval *v, size_t cap) {
  return v->of.str.len >= cap ? E_NAME_TOO_LONG : E_INVALID;
}

/* stream-error: closed */
static hearth_status stream_closed(hearth_cval *r) {
  hearth_cval *e;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, true, &e);
  return st ? st : hearth_cval_set_case(e, HEARTH_CV_VARIANT, 1, false, NULL);
}

/* stream-error: last-operation-failed(error) with a new error object of code E_* (or
 * P2_NET_ERR | a wasi:sockets error-code). */
static hearth_status stream_failed(hearth_wasip2 *p, hearth_cval *r, uint32_t code) {
  uint32_t rep;
  p2_obj *o = obj_new(p, O_ERROR, &rep);
  if (!o) return nomem();
  o->src = code & P2_NET_ERR ? ERR_NET : ERR_FS;
  o->code = code & ~P2_NET_ERR;
  hearth_cval *e, *pl = NULL;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, true, &e);
  if (!st) st = hearth_cval_set_case(e, HEARTH_CV_VARIANT, 0, true, &pl);
  return give_own(p, st, pl, rep);
}

static uint64_t mono_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

/* A record datetime {seconds, nanoseconds}. */
static hearth_status set_datetime(hearth_cval *v, const struct timespec *t) {
  hearth_cval *f;
  hearth_status st = hearth_cval_set_list(v, HEARTH_CV_RECORD, 2, &f);
  if (st) return st;
  set_u64(&f[0], (uint64_t)t->tv_sec);
  f[1].kind = HEARTH_CV_U32;
  f[1].of.u = (uint64_t)t->tv_nsec;
  return HEARTH_OK;
}

/* The calling thread's current context (hearth_wasip2_enter, h_wasip2_set_current): pooled
 * component instances share one linker, so their host functions find the context of the run or
 * request in progress here. It takes precedence over the context a function was defined with;
 * routed definitions (hearth_wasip2_define with NULL) have only this one. */
static _Thread_local hearth_wasip2 *p2_current;
hearth_wasip2 *h_p2_self(void *bound) { return p2_current ? p2_current : bound; }
hearth_status h_p2_no_context(void) {
  return h_err(HEARTH_ERR_TRAP, "WASI 0.2 called with no context entered on this thread");
}

/* ---------------------------------------------------------------- wasi:cli */

/* list<string> of the arguments, or list<tuple<string, string>> of the environment */
static hearth_status strings(hearth_wasip2 *p, bool env, hearth_cval *r) {
  uint32_t n;
  const char *s = h_wasi_strings(p->w, env, &n);
  hearth_cval *items;
  hearth_status st = hearth_cval_set_list(r, HEARTH_CV_LIST, n, &items);
  for (uint32_t i = 0; st == HEARTH_OK && i < n; i++) {
    size_t len = strlen(s);
    if (!env) {
      st = hearth_cval_set_string(&items[i], s, len);
    } else {
      const char *eq = strchr(s, '=');
      hearth_cval *kv;
      st = hearth_cval_set_list(&items[i], HEARTH_CV_TUPLE, 2, &kv);
      if (!st) st = hearth_cval_set_string(&kv[0], s, (size_t)(eq - s));
      if (!st) st = hearth_cval_set_string(&kv[1], eq + 1, len - (size_t)(eq - s) - 1);
    }
    s += len + 1;
  }
  return st;
}

HOST(cli_get_environment) { SELF; return strings(p, true, r); }
HOST(cli_get_arguments) { SELF; return strings(p, false, r); }
HOST(cli_initial_cwd) { SELF; return hearth_cval_set_case(r, HEARTH_CV_OPTION, 0, false, NULL); }

/* exit and exit-with-code: the guest stops here. The context records the code and the call
 * returns an error, which unwinds the guest as a trap; hearth_wasip2_exited tells the two apart. */
HOST(cli_exit) {
  SELF;
  p->exited = true;
  p->exit_code = a[0].of.cas.index == 0 ? 0 : 1;
  return h_err(HEARTH_ERR_EXIT, "wasi:cli/exit: exit(%d)", p->exit_code);
}
HOST(cli_exit_with_code) {
  SELF;
  p->exited = true;
  p->exit_code = (int)(uint8_t)a[0].of.u;
  return h_err(HEARTH_ERR_EXIT, "wasi:cli/exit: exit-with-code(%d)", p->exit_code);
}

static hearth_status new_stdio(hearth_wasip2 *p, uint8_t kind, int guest_fd, hearth_cval *r) {
  uint32_t rep;
  p2_obj *o = obj_new(p, kind, &rep);
  if (!o) return nomem();
  o->src = S_STDIO;
  o->fd = guest_fd;
  set_own(r, rep);
  return HEARTH_OK;
}
HOST(cli_get_stdin) { SELF; return new_stdio(p, O_IN, 0, r); }
HOST(cli_get_stdout) { SELF; return new_stdio(p, O_OUT, 1, r); }
HOST(cli_get_stderr) { SELF; return new_stdio(p, O_OUT, 2, r); }

/* option<terminal-*>: some when the stdio stream is a host terminal. */
static hearth_status terminal(hearth_wasip2 *p, int guest_fd, hearth_cval *r) {
  int h = h_wasi_stdio_host(p->w, guest_fd);
  if (h < 0 || !isatty(h)) return hearth_cval_set_case(r, HEARTH_CV_OPTION, 0, false, NULL);
  uint32_t rep;
  if (!obj_new(p, guest_fd == 0 ? O_TERM_IN : O_TERM_OUT, &rep)) return nomem();
  hearth_cval *pl = NULL;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_OPTION, 1, true, &pl);
  return give_own(p, st, pl, rep);
}
HOST(cli_terminal_stdin) { SELF; return terminal(p, 0, r); }
HOST(cli_terminal_stdout) { SELF; return terminal(p, 1, r); }
HOST(cli_terminal_stderr) { SELF; return terminal(p, 2, r); }

/* ---------------------------------------------------------------- wasi:io */

static const char *err_name(uint32_t code) {
  static const char *const names[E_COUNT] = {
#define X(name, p1) #name,
      P2_ERRORS(X)
#undef X
  };
  return code < E_COUNT ? names[code] : "?";
}

HOST(io_error_to_debug_string) {
  SELF;
  GET(o, p, a[0].of.rep, O_ERROR, "error.to-debug-string");
  char buf[64];
  if (o->src == ERR_NET) {
    snprintf(buf, sizeof buf, "network error-code %s", h_sock_err_name(o->code));
    return hearth_cval_set_string(r, buf, strlen(buf));
  }
  snprintf(buf, sizeof buf, "error-code %s", err_name(o->code));
  for (char *c = buf; *c; c++)
    if (*c == '_') *c = '-';
    else if (*c >= 'A' && *c <= 'Z') *c = (char)(*c - 'A' + 'a');
  return hearth_cval_set_string(r, buf, strlen(buf));
}

/* A pollable for stream/timer o. */
static hearth_status new_pollable(hearth_wasip2 *p, uint8_t src, int fd, uint64_t deadline,
                                  hearth_cval *r) {
  uint32_t rep;
  p2_obj *o = obj_new(p, O_POLL, &rep);
  if (!o) return nomem();
  o->src = src;
  o->fd = fd;
  o->deadline = deadline;
  set_own(r, rep);
  return HEARTH_OK;
}

/* Whether pollable o is ready now; for PL_FD_IN a zero-timeout poll. */
static bool poll_ready(const p2_obj *o, uint64_t now) {
  switch (o->src) {
  case PL_TIMER: return now >= o->deadline;
  case PL_FD_IN: {
    struct pollfd pf = {.fd = o->fd, .events = POLLIN};
    return poll(&pf, 1, 0) != 0;
  }
  case PL_SOCK: {
    struct pollfd pf = {.fd = -1};
    if (h_sock_poll_spec(o, &pf.fd, &pf.events)) return true;
    return poll(&pf, 1, 0) != 0;
  }
  default: return true;
  }
}

/* Blocks until at least one of the n pollables is ready; ready[i] says which. Real waiting:
 * ppoll on the host descriptors (stdin, sockets, name lookups) with the earliest timer as its
 * timeout. */
static hearth_status poll_wait(hearth_wasip2 *p, const uint32_t *reps, size_t n, bool *ready,
                               size_t *nready) {
  struct pollfd *pf = h_calloc(n ? n : 1, sizeof *pf);
  size_t *pfi = h_calloc(n ? n : 1, sizeof *pfi); /* pf[j] watches pollable pfi[j] */
  if (!pf || !pfi) {
    h_free(pf);
    h_free(pfi);
    return nomem();
  }
  hearth_status st = HEARTH_OK;
  for (;;) {
    uint64_t now = mono_now(), wake = UINT64_MAX;
    size_t npf = 0;
    *nready = 0;
    for (size_t i = 0; i < n; i++) {
      const p2_obj *o = &p->objs[reps[i] - 1];
      ready[i] = o->src == PL_READY || (o->src == PL_TIMER && now >= o->deadline);
      if (o->src == PL_TIMER && !ready[i] && o->deadline < wake) wake = o->deadline;
      if (o->src == PL_FD_IN) {
        pfi[npf] = i;
        pf[npf++] = (struct pollfd){.fd = o->fd, .events = POLLIN};
      }
      if (o->src == PL_SOCK) {
        struct pollfd q = {.fd = -1};
        if (h_sock_poll_spec(o, &q.fd, &q.events)) ready[i] = true;
        else {
          pfi[npf] = i;
          pf[npf++] = q;
        }
      }
      if (ready[i]) (*nready)++;
    }
    /* With a store, wait in slices of at most 100 ms so that its interrupt or deadline ends a
     * long wait: poll then returns no index, and the guest traps at its next call or loop
     * back-edge (as preview 1's poll_oneoff returns EINTR). */
    if (!*nready && p->store &&
        (atomic_load(&p->store->interrupt) ||
         (p->store->deadline_ns && now >= p->store->deadline_ns)))
      break;
    uint64_t slice = p->store ? 100000000ull : UINT64_MAX;
    struct timespec ts = {0, 0}, *tp = &ts;
    if (!*nready) {
      uint64_t d = wake == UINT64_MAX ? UINT64_MAX : wake - now;
      if (d > slice) d = slice;
      if (d == UINT64_MAX) tp = NULL;
      else {
        ts.tv_sec = (time_t)(d / 1000000000ull);
        ts.tv_nsec = (long)(d % 1000000000ull);
      }
    }
    if (!*nready || npf) { /* with some ready: a zero-timeout look at the descriptors */
      int k = ppoll(pf, npf, tp, NULL);
      if (k < 0 && errno != EINTR) {
        st = h_err(HEARTH_ERR_IO, "wasi 0.2: poll: %s", strerror(errno));
        break;
      }
      for (size_t j = 0; k > 0 && j < npf; j++)
        if (pf[j].revents && !ready[pfi[j]]) {
          ready[pfi[j]] = true;
          (*nready)++;
        }
      now = mono_now();
      for (size_t i = 0; i < n; i++) {
        const p2_obj *o = &p->objs[reps[i] - 1];
        if (o->src == PL_TIMER && !ready[i] && now >= o->deadline) {
          ready[i] = true;
          (*nready)++;
        }
      }
    }
    if (*nready) break;
  }
  h_free(pf);
  h_free(pfi);
  /* without a ready one only when the store's interrupt or deadline ended the wait */
  return st;
}

HOST(io_poll) {
  SELF;
  size_t n = a[0].of.list.len;
  if (n == 0) return h_err(HEARTH_ERR_TRAP, "wasi:io/poll: poll of an empty list");
  if (n > P2_MAX_OBJS) return h_err(HEARTH_ERR_TRAP, "wasi:io/poll: too many pollables");
  uint32_t *reps = h_malloc(n * sizeof *reps);
  bool *ready = h_calloc(n, sizeof *ready);
  hearth_status st = reps && ready ? HEARTH_OK : nomem();
  for (size_t i = 0; st == HEARTH_OK && i < n; i++) {
    reps[i] = a[0].of.list.items[i].of.rep;
    if (!obj_get(p, reps[i], O_POLL)) st = guest_error("poll", reps[i]);
  }
  size_t nready = 0;
  if (st == HEARTH_OK) st = poll_wait(p, reps, n, ready, &nready);
  hearth_cval *items;
  if (st == HEARTH_OK) st = hearth_cval_set_list(r, HEARTH_CV_LIST, nready, &items);
  for (size_t i = 0, k = 0; st == HEARTH_OK && i < n; i++)
    if (ready[i]) {
      items[k].kind = HEARTH_CV_U32;
      items[k++].of.u = i;
    }
  h_free(reps);
  h_free(ready);
  return st;
}

HOST(io_pollable_ready) {
  SELF;
  GET(o, p, a[0].of.rep, O_POLL, "pollable.ready");
  r->kind = HEARTH_CV_BOOL;
  r->of.b = poll_ready(o, mono_now());
  return HEARTH_OK;
}

HOST(io_pollable_block) {
  SELF;
  uint32_t rep = a[0].of.rep;
  GET(o, p, rep, O_POLL, "pollable.block");
  (void)o;
  bool ready;
  size_t nready;
  return poll_wait(p, &rep, 1, &ready, &nready);
}

/* Reads up to len bytes of input stream o (blocking: wait for at least one byte, unless at the
 * end); *n 0 with *eof at the end. Returns an E_* code or UINT32_MAX for success. */
static uint32_t in_read(hearth_wasip2 *p, p2_obj *o, uint8_t *buf, size_t len, bool block,
                        size_t *n, bool *eof) {
  *n = 0;
  *eof = false;
  if (o->closed || o->src == S_EMPTY) {
    *eof = true;
    return UINT32_MAX;
  }
  if (o->src == S_SOCK) return h_sock_read(p, o, buf, len, block, n, eof);
  if (o->src == S_MEM && o->off >= o->buf->len) {
    *eof = true;
    return UINT32_MAX;
  }
  if (len == 0) return UINT32_MAX;
  if (o->src == S_MEM) {
    size_t k = o->buf->len - (size_t)o->off;
    *n = k < len ? k : len;
    memcpy(buf, o->buf->data + o->off, *n);
    o->off += *n;
    return UINT32_MAX;
  }
  if (o->src == S_FILE) {
    ssize_t k;
    do k = pread(o->fd, buf, len, (off_t)o->off); while (k < 0 && errno == EINTR);
    if (k < 0) return err_of_errno(errno);
    if (k == 0) *eof = true;
    o->off += (uint64_t)k;
    *n = (size_t)k;
    return UINT32_MAX;
  }
  int h = h_wasi_stdio_host(p->w, 0);
  if (h >= 0 && !block) {
    struct pollfd pf = {.fd = h, .events = POLLIN};
    if (poll(&pf, 1, 0) == 0) return UINT32_MAX; /* nothing yet */
  }
  uint32_t e = h_wasi_stdio_read(p->w, buf, len, n);
  if (e) return err_of_p1(e);
  if (*n == 0) *eof = true;
  return UINT32_MAX;
}

static hearth_status stream_read(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r,
                                 bool block, bool skip) {
  GET(o, p, a[0].of.rep, O_IN, "input-stream.read");
  size_t len = a[1].of.u > P2_MAX_IO ? P2_MAX_IO : (size_t)a[1].of.u;
  uint8_t *buf = len ? h_malloc(len) : NULL;
  if (len && !buf) return nomem();
  size_t n;
  bool eof;
  uint32_t e = in_read(p, o, buf, len, block, &n, &eof);
  hearth_status st;
  if (e != UINT32_MAX) st = stream_failed(p, r, e);
  else if (eof && n == 0) {
    o->closed = true;
    st = stream_closed(r);
  } else {
    hearth_cval *pl;
    st = ok(r, &pl);
    if (!st && skip) set_u64(pl, n);
    else if (!st) st = set_bytes(pl, buf, n);
  }
  h_free(buf);
  return st;
}

HOST(io_in_read) { SELF; return stream_read(p, a, r, false, false); }
HOST(io_in_blocking_read) { SELF; return stream_read(p, a, r, true, false); }
HOST(io_in_skip) { SELF; return stream_read(p, a, r, false, true); }
HOST(io_in_blocking_skip) { SELF; return stream_read(p, a, r, true, true); }

HOST(io_in_subscribe) {
  SELF;
  GET(o, p, a[0].of.rep, O_IN, "input-stream.subscribe");
  if (o->src == S_SOCK) return h_sock_stream_pollable(p, o, r);
  int h = o->src == S_STDIO ? h_wasi_stdio_host(p->w, 0) : -1;
  return new_pollable(p, h >= 0 ? PL_FD_IN : PL_READY, h, 0, r);
}

/* Writes all of buf to output stream o; an E_* code or UINT32_MAX for success. A socket takes
 * what it can now and keeps the rest for later (flush: waits until it is sent). */
static uint32_t out_write(hearth_wasip2 *p, p2_obj *o, const uint8_t *buf, size_t n, bool flush) {
  if (o->closed) return E_PIPE;
  if (o->src == S_SOCK) return h_sock_write(p, o, buf, n, flush);
  if (o->src == S_BUF) return h_p2_buf_append(o->buf, buf, n) ? UINT32_MAX : E_FILE_TOO_LARGE;
  if (o->src == S_STDIO) {
    uint32_t e = h_wasi_stdio_write(p->w, o->fd, buf, n);
    return e ? err_of_p1(e) : UINT32_MAX;
  }
  if (o->append) {
    struct stat sb;
    if (fstat(o->fd, &sb) != 0) return err_of_errno(errno);
    o->off = (uint64_t)sb.st_size;
  }
  while (n) {
    ssize_t k = pwrite(o->fd, buf, n, (off_t)o->off);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) return err_of_errno(errno);
    o->off += (uint64_t)k;
    buf += k;
    n -= (size_t)k;
  }
  return UINT32_MAX;
}

static hearth_status write_result(hearth_wasip2 *p, p2_obj *o, uint32_t e, hearth_cval *r) {
  if (e == UINT32_MAX) return ok(r, NULL);
  o->closed = true;
  return stream_failed(p, r, e);
}

HOST(io_out_check_write) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUT, "output-stream.check-write");
  if (o->closed) return stream_closed(r);
  uint64_t permit = P2_MAX_IO; /* writes complete before they return: always room */
  if (o->src == S_SOCK) {
    bool closed;
    uint32_t e = h_sock_check_write(o, &permit, &closed);
    if (closed) return stream_closed(r);
    if (e != UINT32_MAX) return write_result(p, o, e, r);
  }
  hearth_cval *pl;
  hearth_status st = ok(r, &pl);
  if (!st) set_u64(pl, permit);
  return st;
}

static hearth_status stream_write(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r,
                                  bool flush) {
  GET(o, p, a[0].of.rep, O_OUT, "output-stream.write");
  if (o->closed) return stream_closed(r);
  uint8_t *buf;
  size_t n;
  hearth_status st = get_bytes(&a[1], &buf, &n);
  if (st) return st;
  if (!flush && o->src == S_SOCK && (st = h_sock_take_permit(o, n)) != HEARTH_OK) {
    h_free(buf);
    return st;
  }
  st = write_result(p, o, out_write(p, o, buf, n, flush), r);
  h_free(buf);
  return st;
}

HOST(io_out_write) { SELF; return stream_write(p, a, r, false); }
HOST(io_out_blocking_write_and_flush) { SELF; return stream_write(p, a, r, true); }

static hearth_status stream_flush(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r,
                                  bool block) {
  GET(o, p, a[0].of.rep, O_OUT, "output-stream.flush");
  if (o->closed) return stream_closed(r);
  return write_result(p, o, o->src == S_SOCK ? h_sock_flush(p, o, block) : UINT32_MAX, r);
}
HOST(io_out_flush) { SELF; return stream_flush(p, a, r, false); }
HOST(io_out_blocking_flush) { SELF; return stream_flush(p, a, r, true); }

HOST(io_out_subscribe) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUT, "output-stream.subscribe");
  if (o->src == S_SOCK) return h_sock_stream_pollable(p, o, r);
  return new_pollable(p, PL_READY, -1, 0, r);
}

static hearth_status write_zeroes(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r,
                                  bool flush) {
  GET(o, p, a[0].of.rep, O_OUT, "output-stream.write-zeroes");
  if (o->closed) return stream_closed(r);
  if (a[1].of.u > P2_MAX_IO) return h_err(HEARTH_ERR_TRAP, "write-zeroes beyond check-write");
  size_t n = (size_t)a[1].of.u;
  hearth_status pst;
  if (!flush && o->src == S_SOCK && (pst = h_sock_take_permit(o, n)) != HEARTH_OK) return pst;
  uint8_t *z = n ? h_calloc(1, n) : NULL;
  if (n && !z) return nomem();
  hearth_status st = write_result(p, o, out_write(p, o, z, n, flush), r);
  h_free(z);
  return st;
}
HOST(io_out_write_zeroes) { SELF; return write_zeroes(p, a, r, false); }
HOST(io_out_blocking_write_zeroes) { SELF; return write_zeroes(p, a, r, true); }

/* splice: read up to len from src (blocking: at least one byte unless at its end), write it all. */
static hearth_status stream_splice(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r, bool block) {
  GET(o, p, a[0].of.rep, O_OUT, "output-stream.splice");
  GET(in, p, a[1].of.rep, O_IN, "output-stream.splice source");
  if (o->closed) return stream_closed(r);
  size_t len = a[2].of.u > P2_MAX_IO ? P2_MAX_IO : (size_t)a[2].of.u;
  uint8_t *buf = len ? h_malloc(len) : NULL;
  if (len && !buf) return nomem();
  size_t n;
  bool eof;
  hearth_status st;
  uint32_t e = in_read(p, in, buf, len, block, &n, &eof);
  if (e != UINT32_MAX) st = stream_failed(p, r, e);
  else if (eof && n == 0) {
    in->closed = true;
    st = stream_closed(r);
  } else if ((e = out_write(p, o, buf, n, block)) != UINT32_MAX) {
    o->closed = true;
    st = stream_failed(p, r, e);
  } else {
    hearth_cval *pl;
    st = ok(r, &pl);
    if (!st) set_u64(pl, n);
  }
  h_free(buf);
  return st;
}
HOST(io_out_splice) { SELF; return stream_splice(p, a, r, false); }
HOST(io_out_blocking_splice) { SELF; return stream_splice(p, a, r, true); }

/* ---------------------------------------------------------------- wasi:clocks */

HOST(mono_now_) { SELF; set_u64(r, mono_now()); return HEARTH_OK; }
HOST(mono_resolution) {
  SELF;
  struct timespec t;
  clock_getres(CLOCK_MONOTONIC, &t);
  set_u64(r, (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec);
  return HEARTH_OK;
}
HOST(mono_subscribe_instant) { SELF; return new_pollable(p, PL_TIMER, -1, a[0].of.u, r); }
HOST(mono_subscribe_duration) {
  SELF;
  uint64_t now = mono_now(), d = a[0].of.u;
  return new_pollable(p, PL_TIMER, -1, d > UINT64_MAX - now ? UINT64_MAX : now + d, r);
}
HOST(wall_now) {
  SELF;
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  return set_datetime(r, &t);
}
HOST(wall_resolution) {
  SELF;
  struct timespec t;
  clock_getres(CLOCK_REALTIME, &t);
  return set_datetime(r, &t);
}

/* ---------------------------------------------------------------- wasi:random */

static hearth_status fill_random(void *buf, size_t n) {
  uint8_t *b = buf;
  while (n) {
    ssize_t k = getrandom(b, n, 0);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) return h_err(HEARTH_ERR_IO, "wasi 0.2: getrandom: %s", strerror(errno));
    b += k;
    n -= (size_t)k;
  }
  return HEARTH_OK;
}

HOST(random_bytes) {
  SELF;
  if (a[0].of.u > P2_MAX_IO) return h_err(HEARTH_ERR_TRAP, "wasi:random: more than 1 MiB asked");
  size_t n = (size_t)a[0].of.u;
  uint8_t *buf = n ? h_malloc(n) : NULL;
  if (n && !buf) return nomem();
  hearth_status st = fill_random(buf, n);
  if (!st) st = set_bytes(r, buf, n);
  h_free(buf);
  return st;
}
HOST(random_u64) {
  SELF;
  uint64_t x;
  hearth_status st = fill_random(&x, sizeof x);
  set_u64(r, x);
  return st;
}

/* insecure: xorshift64* seeded from getrandom once per context */
static uint64_t insecure_next(hearth_wasip2 *p) {
  p->xs ^= p->xs >> 12;
  p->xs ^= p->xs << 25;
  p->xs ^= p->xs >> 27;
  return p->xs * 0x2545F4914F6CDD1Dull;
}
HOST(insecure_bytes) {
  SELF;
  if (a[0].of.u > P2_MAX_IO) return h_err(HEARTH_ERR_TRAP, "wasi:random: more than 1 MiB asked");
  size_t n = (size_t)a[0].of.u;
  uint8_t *buf = n ? h_malloc(n) : NULL;
  if (n && !buf) return nomem();
  for (size_t i = 0; i < n; i++) buf[i] = (uint8_t)(insecure_next(p) >> 56);
  hearth_status st = set_bytes(r, buf, n);
  h_free(buf);
  return st;
}
HOST(insecure_u64) { SELF; set_u64(r, insecure_next(p)); return HEARTH_OK; }
HOST(insecure_seed) {
  SELF;
  hearth_cval *t;
  hearth_status st = hearth_cval_set_list(r, HEARTH_CV_TUPLE, 2, &t);
  if (st) return st;
  set_u64(&t[0], p->seed[0]);
  set_u64(&t[1], p->seed[1]);
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- wasi:filesystem */

static uint32_t dtype_of_mode(mode_t m) {
  switch (m & S_IFMT) {
  case S_IFBLK: return T_BLOCK;
  case S_IFCHR: return T_CHAR;
  case S_IFDIR: return T_DIR;
  case S_IFIFO: return T_FIFO;
  case S_IFLNK: return T_SYMLINK;
  case S_IFREG: return T_REG;
  case S_IFSOCK: return T_SOCKET;
  default: return T_UNKNOWN;
  }
}

/* A new descriptor object owning host descriptor fd. */
static hearth_status new_desc(hearth_wasip2 *p, int fd, uint8_t dflags, hearth_cval *v) {
  uint32_t rep;
  p2_obj *o = obj_new(p, O_DESC, &rep);
  if (!o) {
    close(fd);
    return nomem();
  }
  o->fd = fd;
  o->dflags = dflags;
  set_own(v, rep);
  return HEARTH_OK;
}

HOST(preopens_get_directories) {
  SELF;
  uint32_t nfd = h_wasi_fd_count(p->w), count = 0;
  int host;
  bool ro;
  for (uint32_t i = 0; i < nfd; i++)
    if (h_wasi_preopen(p->w, i, &host, &ro)) count++;
  hearth_cval *items;
  hearth_status st = hearth_cval_set_list(r, HEARTH_CV_LIST, count, &items);
  for (uint32_t i = 0, k = 0; !st && i < nfd; i++) {
    const char *name = h_wasi_preopen(p->w, i, &host, &ro);
    if (!name) continue;
    hearth_cval *t;
    st = hearth_cval_set_list(&items[k++], HEARTH_CV_TUPLE, 2, &t);
    if (st) break;
    int fd = fcntl(host, F_DUPFD_CLOEXEC, 3);
    if (fd < 0) return h_err(HEARTH_ERR_IO, "wasi 0.2: preopen: %s", strerror(errno));
    if ((st = new_desc(p, fd, ro ? DF_READ : DF_READ | DF_WRITE | DF_MUTATE, &t[0]))) break;
    st = hearth_cval_set_string(&t[1], name, strlen(name));
  }
  return st;
}

/* A new stream reading or writing descriptor d's file at off. */
static hearth_status desc_stream(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r,
                                 uint8_t kind, bool append, uint64_t off) {
  GET(d, p, a[0].of.rep, O_DESC, "descriptor stream");
  uint8_t need = kind == O_IN ? DF_READ : DF_WRITE;
  struct stat sb;
  if (fstat(d->fd, &sb) != 0) return fs_err(r, err_of_errno(errno));
  if (S_ISDIR(sb.st_mode)) return fs_err(r, E_IS_DIRECTORY);
  if (!(d->dflags & need)) return fs_err(r, E_BAD_DESCRIPTOR);
  if (off > INT64_MAX) return fs_err(r, E_INVALID);
  int fd = fcntl(d->fd, F_DUPFD_CLOEXEC, 3);
  if (fd < 0) return fs_err(r, err_of_errno(errno));
  uint32_t rep;
  p2_obj *o = obj_new(p, kind, &rep);
  if (!o) {
    close(fd);
    return nomem();
  }
  o->src = S_FILE;
  o->fd = fd;
  o->off = off;
  o->append = append;
  hearth_cval *pl = NULL;
  hearth_status st = ok(r, &pl);
  return give_own(p, st, pl, rep);
}
HOST(fs_read_via_stream) { SELF; return desc_stream(p, a, r, O_IN, false, a[1].of.u); }
HOST(fs_write_via_stream) { SELF; return desc_stream(p, a, r, O_OUT, false, a[1].of.u); }
HOST(fs_append_via_stream) { SELF; return desc_stream(p, a, r, O_OUT, true, 0); }

HOST(fs_advise) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.advise");
  static const int adv[] = {POSIX_FADV_NORMAL, POSIX_FADV_SEQUENTIAL, POSIX_FADV_RANDOM,
                            POSIX_FADV_WILLNEED, POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE};
  uint32_t k = a[3].of.cas.index;
  if (k >= sizeof adv / sizeof adv[0] || a[1].of.u > INT64_MAX || a[2].of.u > INT64_MAX)
    return fs_err(r, E_INVALID);
  int e = posix_fadvise(d->fd, (off_t)a[1].of.u, (off_t)a[2].of.u, adv[k]);
  return e ? fs_err(r, err_of_errno(e)) : ok(r, NULL);
}

static hearth_status fs_syncs(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r, bool data) {
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.sync");
  int k = data ? fdatasync(d->fd) : fsync(d->fd);
  /* a directory opened read-only may refuse fsync (EINVAL/EBADF): nothing to flush then */
  if (k != 0 && errno != EINVAL && errno != EBADF) return fs_err(r, err_of_errno(errno));
  return ok(r, NULL);
}
HOST(fs_sync_data) { SELF; return fs_syncs(p, a, r, true); }
HOST(fs_sync) { SELF; return fs_syncs(p, a, r, false); }

HOST(fs_get_flags) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.get-flags");
  hearth_cval *pl;
  hearth_status st = ok(r, &pl);
  if (st) return st;
  pl->kind = HEARTH_CV_FLAGS;
  pl->of.flags = d->dflags;
  return HEARTH_OK;
}

HOST(fs_get_type) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.get-type");
  struct stat sb;
  if (fstat(d->fd, &sb) != 0) return fs_err(r, err_of_errno(errno));
  hearth_cval *pl;
  hearth_status st = ok(r, &pl);
  return st ? st : hearth_cval_set_case(pl, HEARTH_CV_ENUM, dtype_of_mode(sb.st_mode), false, NULL);
}

HOST(fs_set_size) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.set-size");
  if (!(d->dflags & DF_WRITE)) return fs_err(r, E_BAD_DESCRIPTOR);
  if (a[1].of.u > INT64_MAX) return fs_err(r, E_INVALID);
  return ftruncate(d->fd, (off_t)a[1].of.u) ? fs_err(r, err_of_errno(errno)) : ok(r, NULL);
}

/* new-timestamp: no-change, now, timestamp(datetime) */
static void new_ts(const hearth_cval *v, struct timespec *t) {
  switch (v->of.cas.index) {
  case 0: t->tv_sec = 0; t->tv_nsec = UTIME_OMIT; break;
  case 1: t->tv_sec = 0; t->tv_nsec = UTIME_NOW; break;
  default: {
    const hearth_cval *f = v->of.cas.payload->of.list.items;
    t->tv_sec = (time_t)f[0].of.u;
    t->tv_nsec = (long)f[1].of.u;
  }
  }
}

HOST(fs_set_times) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.set-times");
  struct timespec ts[2];
  new_ts(&a[1], &ts[0]);
  new_ts(&a[2], &ts[1]);
  if (ts[0].tv_nsec >= 1000000000L && ts[0].tv_nsec != UTIME_NOW && ts[0].tv_nsec != UTIME_OMIT)
    return fs_err(r, E_INVALID);
  if (ts[1].tv_nsec >= 1000000000L && ts[1].tv_nsec != UTIME_NOW && ts[1].tv_nsec != UTIME_OMIT)
    return fs_err(r, E_INVALID);
  return futimens(d->fd, ts) ? fs_err(r, err_of_errno(errno)) : ok(r, NULL);
}

HOST(fs_read) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.read");
  if (!(d->dflags & DF_READ)) return fs_err(r, E_BAD_DESCRIPTOR);
  if (a[2].of.u > INT64_MAX) return fs_err(r, E_INVALID);
  size_t len = a[1].of.u > P2_MAX_IO ? P2_MAX_IO : (size_t)a[1].of.u;
  uint8_t *buf = len ? h_malloc(len) : NULL;
  if (len && !buf) return nomem();
  ssize_t k = 0;
  if (len) do k = pread(d->fd, buf, len, (off_t)a[2].of.u); while (k < 0 && errno == EINTR);
  hearth_status st;
  if (k < 0) st = fs_err(r, err_of_errno(errno));
  else {
    hearth_cval *pl, *t;
    st = ok(r, &pl);
    if (!st) st = hearth_cval_set_list(pl, HEARTH_CV_TUPLE, 2, &t);
    if (!st) st = set_bytes(&t[0], buf, (size_t)k);
    if (!st) {
      t[1].kind = HEARTH_CV_BOOL;
      t[1].of.b = len > 0 && (size_t)k < len;
    }
  }
  h_free(buf);
  return st;
}

HOST(fs_write) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.write");
  if (!(d->dflags & DF_WRITE)) return fs_err(r, E_BAD_DESCRIPTOR);
  if (a[2].of.u > INT64_MAX) return fs_err(r, E_INVALID);
  uint8_t *buf;
  size_t n;
  hearth_status st = get_bytes(&a[1], &buf, &n);
  if (st) return st;
  ssize_t k = 0;
  if (n) do k = pwrite(d->fd, buf, n, (off_t)a[2].of.u); while (k < 0 && errno == EINTR);
  h_free(buf);
  if (k < 0) return fs_err(r, err_of_errno(errno));
  hearth_cval *pl;
  if (!(st = ok(r, &pl))) set_u64(pl, (uint64_t)k);
  return st;
}

HOST(fs_read_directory) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.read-directory");
  if (!(d->dflags & DF_READ)) return fs_err(r, E_BAD_DESCRIPTOR);
  int fd = openat(d->fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return fs_err(r, err_of_errno(errno));
  uint32_t kept = h_wasi_fd_keep(fd); /* the process's reserve of descriptors */
  if (kept) return fs_err(r, err_of_p1(kept));
  DIR *dir = fdopendir(fd);
  if (!dir) {
    uint32_t e = err_of_errno(errno);
    close(fd);
    return fs_err(r, e);
  }
  uint32_t rep;
  p2_obj *o = obj_new(p, O_DIRSTREAM, &rep);
  if (!o) {
    closedir(dir);
    return nomem();
  }
  o->dir = dir;
  hearth_cval *pl = NULL;
  hearth_status st = ok(r, &pl);
  return give_own(p, st, pl, rep);
}

HOST(fs_read_directory_entry) {
  SELF;
  GET(o, p, a[0].of.rep, O_DIRSTREAM, "directory-entry-stream.read-directory-entry");
  struct dirent *e;
  for (;;) {
    errno = 0;
    e = readdir(o->dir);
    if (!e) {
      if (errno) return fs_err(r, err_of_errno(errno));
      hearth_cval *pl;
      hearth_status st = ok(r, &pl);
      return st ? st : hearth_cval_set_case(pl, HEARTH_CV_OPTION, 0, false, NULL);
    }
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) break;
  }
  struct stat sb;
  uint32_t t = T_UNKNOWN;
  if (fstatat(dirfd(o->dir), e->d_name, &sb, AT_SYMLINK_NOFOLLOW) == 0) t = dtype_of_mode(sb.st_mode);
  hearth_cval *pl, *some, *f;
  hearth_status st = ok(r, &pl);
  if (!st) st = hearth_cval_set_case(pl, HEARTH_CV_OPTION, 1, true, &some);
  if (!st) st = hearth_cval_set_list(some, HEARTH_CV_RECORD, 2, &f);
  if (!st) st = hearth_cval_set_case(&f[0], HEARTH_CV_ENUM, t, false, NULL);
  if (!st) st = hearth_cval_set_string(&f[1], e->d_name, strlen(e->d_name));
  return st;
}

/* descriptor-stat of sb */
static hearth_status set_stat(hearth_cval *v, const struct stat *sb) {
  hearth_cval *f;
  hearth_status st = hearth_cval_set_list(v, HEARTH_CV_RECORD, 6, &f);
  if (!st) st = hearth_cval_set_case(&f[0], HEARTH_CV_ENUM, dtype_of_mode(sb->st_mode), false, NULL);
  if (st) return st;
  set_u64(&f[1], (uint64_t)sb->st_nlink);
  set_u64(&f[2], (uint64_t)sb->st_size);
  const struct timespec *ts[3] = {&sb->st_atim, &sb->st_mtim, &sb->st_ctim};
  for (int i = 0; !st && i < 3; i++) {
    hearth_cval *some;
    st = hearth_cval_set_case(&f[3 + i], HEARTH_CV_OPTION, 1, true, &some);
    if (!st) st = set_datetime(some, ts[i]);
  }
  return st;
}

HOST(fs_stat) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.stat");
  struct stat sb;
  if (fstat(d->fd, &sb) != 0) return fs_err(r, err_of_errno(errno));
  hearth_cval *pl;
  hearth_status st = ok(r, &pl);
  return st ? st : set_stat(pl, &sb);
}

/* Resolves path argument s beneath descriptor d (which must be a directory holding `need`
 * flags): *pfd the parent (owned), base the final name. An E_* code, or UINT32_MAX. */
static uint32_t at_path(const p2_obj *d, const hearth_cval *s, bool follow, uint8_t need,
                        int *pfd, char *base) {
  char path[4096];
  if (!get_str(s, path, sizeof path)) return bad_path(s, sizeof path);
  struct stat sb;
  if (fstat(d->fd, &sb) != 0) return err_of_errno(errno);
  if (!S_ISDIR(sb.st_mode)) return E_NOT_DIRECTORY;
  if ((d->dflags & need) != need) return E_NOT_PERMITTED;
  uint32_t e = h_wasi_resolve(d->fd, path, follow, pfd, base);
  return e ? err_of_p1(e) : UINT32_MAX;
}

#define AT(d, s, follow, need)                                                                  \
  char base[4100];                                                                              \
  int pfd;                                                                                      \
  uint32_t at_e = at_path((d), (s), (follow), (need), &pfd, base);                              \
  if (at_e != UINT32_MAX) return fs_err(r, at_e)

static hearth_status done_at(hearth_cval *r, int pfd, int rc) {
  int e = errno;
  close(pfd);
  return rc ? fs_err(r, err_of_errno(e)) : ok(r, NULL);
}

HOST(fs_create_directory_at) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.create-directory-at");
  AT(d, &a[1], false, DF_MUTATE);
  return done_at(r, pfd, mkdirat(pfd, base, 0777));
}

HOST(fs_stat_at) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.stat-at");
  AT(d, &a[2], a[1].of.flags & PF_FOLLOW, 0);
  struct stat sb;
  int rc = fstatat(pfd, base, &sb, AT_SYMLINK_NOFOLLOW);
  int e = errno;
  close(pfd);
  if (rc) return fs_err(r, err_of_errno(e));
  hearth_cval *pl;
  hearth_status st = ok(r, &pl);
  return st ? st : set_stat(pl, &sb);
}

HOST(fs_set_times_at) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.set-times-at");
  struct timespec ts[2];
  new_ts(&a[3], &ts[0]);
  new_ts(&a[4], &ts[1]);
  AT(d, &a[2], a[1].of.flags & PF_FOLLOW, DF_MUTATE);
  return done_at(r, pfd, utimensat(pfd, base, ts, AT_SYMLINK_NOFOLLOW));
}

HOST(fs_link_at) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.link-at");
  GET(d2, p, a[3].of.rep, O_DESC, "descriptor.link-at target");
  AT(d, &a[2], a[1].of.flags & PF_FOLLOW, DF_MUTATE);
  char base2[4100];
  int pfd2;
  uint32_t e = at_path(d2, &a[4], false, DF_MUTATE, &pfd2, base2);
  if (e != UINT32_MAX) {
    close(pfd);
    return fs_err(r, e);
  }
  int rc = linkat(pfd, base, pfd2, base2, 0);
  int en = errno;
  close(pfd2);
  errno = en;
  return done_at(r, pfd, rc);
}

HOST(fs_open_at) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.open-at");
  uint32_t pf = a[1].of.flags, of = a[3].of.flags;
  uint8_t df = (uint8_t)a[4].of.flags;
  char path[4096];
  if (!get_str(&a[2], path, sizeof path)) return fs_err(r, bad_path(&a[2], sizeof path));
  struct stat sb;
  if (fstat(d->fd, &sb) != 0) return fs_err(r, err_of_errno(errno));
  if (!S_ISDIR(sb.st_mode)) return fs_err(r, E_NOT_DIRECTORY);
  /* Under a directory without mutate-directory (a read-only preopen and everything opened from
   * it) nothing may be created, truncated, or opened for writing. */
  bool mutating = (of & (OF_CREATE | OF_TRUNCATE)) || (df & (DF_WRITE | DF_MUTATE));
  if (mutating && !(d->dflags & DF_MUTATE)) return fs_err(r, E_NOT_PERMITTED);
  if ((of & OF_DIRECTORY) && (df & DF_WRITE)) return fs_err(r, E_IS_DIRECTORY);
  int fl = O_CLOEXEC | O_NOCTTY;
  if (of & OF_DIRECTORY) fl |= O_DIRECTORY | O_RDONLY;
  else if (df & DF_WRITE) fl |= (df & DF_READ) ? O_RDWR : O_WRONLY;
  else fl |= O_RDONLY;
  if (of & OF_CREATE) fl |= O_CREAT;
  if (of & OF_EXCLUSIVE) fl |= O_EXCL;
  if (of & OF_TRUNCATE) fl |= O_TRUNC;
  if (df & DF_FILE_SYNC) fl |= O_SYNC;
  if (df & DF_DATA_SYNC) fl |= O_DSYNC;
  if (df & DF_REQ_SYNC) fl |= O_RSYNC;
  if (!(pf & PF_FOLLOW)) fl |= O_NOFOLLOW;
  if ((fl & O_ACCMODE) == O_RDONLY && (fl & O_TRUNC)) return fs_err(r, E_INVALID);
  int fd;
  uint32_t e = h_wasi_open_beneath(d->fd, path, fl, &fd);
  if (e) return fs_err(r, err_of_p1(e));
  /* a directory keeps reading, and mutation when its parent allows it */
  uint8_t nf = df & (uint8_t)~DF_MUTATE;
  if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) nf = (uint8_t)(nf | DF_READ | (d->dflags & DF_MUTATE));
  hearth_cval *pl;
  hearth_status st = ok(r, &pl);
  if (st) {
    close(fd);
    return st;
  }
  return new_desc(p, fd, nf, pl);
}

HOST(fs_readlink_at) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.readlink-at");
  AT(d, &a[1], false, 0);
  char buf[4096];
  ssize_t n = readlinkat(pfd, base, buf, sizeof buf);
  int e = errno;
  close(pfd);
  if (n < 0) return fs_err(r, err_of_errno(e));
  hearth_cval *pl;
  hearth_status st = ok(r, &pl);
  return st ? st : hearth_cval_set_string(pl, buf, (size_t)n);
}

HOST(fs_remove_directory_at) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.remove-directory-at");
  AT(d, &a[1], false, DF_MUTATE);
  return done_at(r, pfd, unlinkat(pfd, base, AT_REMOVEDIR));
}

HOST(fs_unlink_file_at) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.unlink-file-at");
  AT(d, &a[1], false, DF_MUTATE);
  return done_at(r, pfd, unlinkat(pfd, base, 0));
}

HOST(fs_rename_at) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.rename-at");
  GET(d2, p, a[2].of.rep, O_DESC, "descriptor.rename-at target");
  AT(d, &a[1], false, DF_MUTATE);
  char base2[4100];
  int pfd2;
  uint32_t e = at_path(d2, &a[3], false, DF_MUTATE, &pfd2, base2);
  if (e != UINT32_MAX) {
    close(pfd);
    return fs_err(r, e);
  }
  int rc = renameat(pfd, base, pfd2, base2);
  int en = errno;
  close(pfd2);
  errno = en;
  return done_at(r, pfd, rc);
}

HOST(fs_symlink_at) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.symlink-at");
  char target[4096], lpath[4096];
  if (!get_str(&a[1], target, sizeof target)) return fs_err(r, bad_path(&a[1], sizeof target));
  if (!get_str(&a[2], lpath, sizeof lpath)) return fs_err(r, bad_path(&a[2], sizeof lpath));
  if (!h_wasi_symlink_target_ok(target, lpath)) return fs_err(r, E_NOT_PERMITTED);
  AT(d, &a[2], false, DF_MUTATE);
  return done_at(r, pfd, symlinkat(target, pfd, base));
}

HOST(fs_is_same_object) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.is-same-object");
  GET(d2, p, a[1].of.rep, O_DESC, "descriptor.is-same-object other");
  struct stat s1, s2;
  r->kind = HEARTH_CV_BOOL;
  r->of.b = fstat(d->fd, &s1) == 0 && fstat(d2->fd, &s2) == 0 && s1.st_dev == s2.st_dev &&
            s1.st_ino == s2.st_ino;
  return HEARTH_OK;
}

/* metadata-hash-value of a stat: device and inode mixed (the same object gives the same). */
static hearth_status set_hash(hearth_cval *r, const struct stat *sb) {
  hearth_cval *pl, *f;
  hearth_status st = ok(r, &pl);
  if (!st) st = hearth_cval_set_list(pl, HEARTH_CV_RECORD, 2, &f);
  if (st) return st;
  uint64_t x = (uint64_t)sb->st_ino * 0x9E3779B97F4A7C15ull ^ (uint64_t)sb->st_dev;
  set_u64(&f[0], x);
  set_u64(&f[1], (uint64_t)sb->st_dev * 0xC2B2AE3D27D4EB4Full ^ (uint64_t)sb->st_ino);
  return HEARTH_OK;
}

HOST(fs_metadata_hash) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.metadata-hash");
  struct stat sb;
  if (fstat(d->fd, &sb) != 0) return fs_err(r, err_of_errno(errno));
  return set_hash(r, &sb);
}

HOST(fs_metadata_hash_at) {
  SELF;
  GET(d, p, a[0].of.rep, O_DESC, "descriptor.metadata-hash-at");
  AT(d, &a[2], a[1].of.flags & PF_FOLLOW, 0);
  struct stat sb;
  int rc = fstatat(pfd, base, &sb, AT_SYMLINK_NOFOLLOW);
  int e = errno;
  close(pfd);
  return rc ? fs_err(r, err_of_errno(e)) : set_hash(r, &sb);
}

HOST(fs_filesystem_error_code) {
  SELF;
  GET(o, p, a[0].of.rep, O_ERROR, "filesystem-error-code");
  if (o->src == ERR_NET) return hearth_cval_set_case(r, HEARTH_CV_OPTION, 0, false, NULL);
  hearth_cval *pl;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_OPTION, 1, true, &pl);
  return st ? st : hearth_cval_set_case(pl, HEARTH_CV_ENUM, o->code, false, NULL);
}

/* ---------------------------------------------------------------- the table */

/* Every host function: interface, name, implementation. */
#define P2_FUNCS(X)                                                                             \
  X(I_ENV, "get-environment", cli_get_environment)                                              \
  X(I_ENV, "get-arguments", cli_get_arguments)                                                  \
  X(I_ENV, "initial-cwd", cli_initial_cwd)                                                      \
  X(I_EXIT, "exit", cli_exit)                                                                   \
  X(I_EXIT, "exit-with-code", cli_exit_with_code)                                               \
  X(I_STDIN, "get-stdin", cli_get_stdin)                                                        \
  X(I_STDOUT, "get-stdout", cli_get_stdout)                                                     \
  X(I_STDERR, "get-stderr", cli_get_stderr)                                                     \
  X(I_TSTDIN, "get-terminal-stdin", cli_terminal_stdin)                                         \
  X(I_TSTDOUT, "get-terminal-stdout", cli_terminal_stdout)                                      \
  X(I_TSTDERR, "get-terminal-stderr", cli_terminal_stderr)                                      \
  X(I_ERROR, "[method]error.to-debug-string", io_error_to_debug_string)                         \
  X(I_POLL, "poll", io_poll)                                                                    \
  X(I_POLL, "[method]pollable.ready", io_pollable_ready)                                        \
  X(I_POLL, "[method]pollable.block", io_pollable_block)                                        \
  X(I_STREAMS, "[method]input-stream.read", io_in_read)                                         \
  X(I_STREAMS, "[method]input-stream.blocking-read", io_in_blocking_read)                       \
  X(I_STREAMS, "[method]input-stream.skip", io_in_skip)                                         \
  X(I_STREAMS, "[method]input-stream.blocking-skip", io_in_blocking_skip)                       \
  X(I_STREAMS, "[method]input-stream.subscribe", io_in_subscribe)                               \
  X(I_STREAMS, "[method]output-stream.check-write", io_out_check_write)                         \
  X(I_STREAMS, "[method]output-stream.write", io_out_write)                                     \
  X(I_STREAMS, "[method]output-stream.blocking-write-and-flush", io_out_blocking_write_and_flush) \
  X(I_STREAMS, "[method]output-stream.flush", io_out_flush)                                     \
  X(I_STREAMS, "[method]output-stream.blocking-flush", io_out_blocking_flush)                   \
  X(I_STREAMS, "[method]output-stream.subscribe", io_out_subscribe)                             \
  X(I_STREAMS, "[method]output-stream.write-zeroes", io_out_write_zeroes)                       \
  X(I_STREAMS, "[method]output-stream.blocking-write-zeroes-and-flush", io_out_blocking_write_zeroes) \
  X(I_STREAMS, "[method]output-stream.splice", io_out_splice)                                   \
  X(I_STREAMS, "[method]output-stream.blocking-splice", io_out_blocking_splice)                 \
  X(I_MONO, "now", mono_now_)                                                                   \
  X(I_MONO, "resolution", mono_resolution)                                                      \
  X(I_MONO, "subscribe-instant", mono_subscribe_instant)                                        \
  X(I_MONO, "subscribe-duration", mono_subscribe_duration)                                      \
  X(I_WALL, "now", wall_now)                                                                    \
  X(I_WALL, "resolution", wall_resolution)                                                      \
  X(I_RANDOM, "get-random-bytes", random_bytes)                                                 \
  X(I_RANDOM, "get-random-u64", random_u64)                                                     \
  X(I_INSECURE, "get-insecure-random-bytes", insecure_bytes)                                    \
  X(I_INSECURE, "get-insecure-random-u64", insecure_u64)                                        \
  X(I_SEED, "insecure-seed", insecure_seed)                                                     \
  X(I_PREOPENS, "get-directories", preopens_get_directories)                                    \
  X(I_FS, "[method]descriptor.read-via-stream", fs_read_via_stream)                             \
  X(I_FS, "[method]descriptor.write-via-stream", fs_write_via_stream)                           \
  X(I_FS, "[method]descriptor.append-via-stream", fs_append_via_stream)                         \
  X(I_FS, "[method]descriptor.advise", fs_advise)                                               \
  X(I_FS, "[method]descriptor.sync-data", fs_sync_data)                                         \
  X(I_FS, "[method]descriptor.get-flags", fs_get_flags)                                         \
  X(I_FS, "[method]descriptor.get-type", fs_get_type)                                           \
  X(I_FS, "[method]descriptor.set-size", fs_set_size)                                           \
  X(I_FS, "[method]descriptor.set-times", fs_set_times)                                         \
  X(I_FS, "[method]descriptor.read", fs_read)                                                   \
  X(I_FS, "[method]descriptor.write", fs_write)                                                 \
  X(I_FS, "[method]descriptor.read-directory", fs_read_directory)                               \
  X(I_FS, "[method]descriptor.sync", fs_sync)                                                   \
  X(I_FS, "[method]descriptor.create-directory-at", fs_create_directory_at)                     \
  X(I_FS, "[method]descriptor.stat", fs_stat)                                                   \
  X(I_FS, "[method]descriptor.stat-at", fs_stat_at)                                             \
  X(I_FS, "[method]descriptor.set-times-at", fs_set_times_at)                                   \
  X(I_FS, "[method]descriptor.link-at", fs_link_at)                                             \
  X(I_FS, "[method]descriptor.open-at", fs_open_at)                                             \
  X(I_FS, "[method]descriptor.readlink-at", fs_readlink_at)                                     \
  X(I_FS, "[method]descriptor.remove-directory-at", fs_remove_directory_at)                     \
  X(I_FS, "[method]descriptor.rename-at", fs_rename_at)                                         \
  X(I_FS, "[method]descriptor.symlink-at", fs_symlink_at)                                       \
  X(I_FS, "[method]descriptor.unlink-file-at", fs_unlink_file_at)                               \
  X(I_FS, "[method]descriptor.is-same-object", fs_is_same_object)                               \
  X(I_FS, "[method]descriptor.metadata-hash", fs_metadata_hash)                                 \
  X(I_FS, "[method]descriptor.metadata-hash-at", fs_metadata_hash_at)                           \
  X(I_FS, "[method]directory-entry-stream.read-directory-entry", fs_read_directory_entry)       \
  X(I_FS, "filesystem-error-code", fs_filesystem_error_code)

/* Every resource type: interface, name, object kind. */
#define P2_RESOURCES(X)                                                                         \
  X(I_ERROR, "error", O_ERROR)                                                                  \
  X(I_POLL, "pollable", O_POLL)                                                                 \
  X(I_STREAMS, "input-stream", O_IN)                                                            \
  X(I_STREAMS, "output-stream", O_OUT)                                                          \
  X(I_TIN, "terminal-input", O_TERM_IN)                                                         \
  X(I_TOUT, "terminal-output", O_TERM_OUT)                                                      \
  X(I_FS, "descriptor", O_DESC)                                                                 \
  X(I_FS, "directory-entry-stream", O_DIRSTREAM)                                                \
  X(I_NET, "network", O_NETWORK)                                                                \
  X(I_TCP, "tcp-socket", O_TCP)                                                                 \
  X(I_UDP, "udp-socket", O_UDP)                                                                 \
  X(I_UDP, "incoming-datagram-stream", O_INDGRAM)                                               \
  X(I_UDP, "outgoing-datagram-stream", O_OUTDGRAM)                                              \
  X(I_LOOKUP, "resolve-address-stream", O_LOOKUP)                                               \
  X(I_HTTP, "fields", O_FIELDS)                                                                 \
  X(I_HTTP, "outgoing-request", O_OUTREQ)                                                       \
  X(I_HTTP, "request-options", O_REQOPTS)                                                       \
  X(I_HTTP, "outgoing-response", O_OUTRESP)                                                     \
  X(I_HTTP, "outgoing-body", O_OUTBODY)                                                         \
  X(I_HTTP, "incoming-request", O_INREQ)                                                        \
  X(I_HTTP, "response-outparam", O_OUTPARAM)                                                    \
  X(I_HTTP, "incoming-response", O_INRESP)                                                      \
  X(I_HTTP, "incoming-body", O_INBODY)                                                          \
  X(I_HTTP, "future-trailers", O_FUTTRAIL)                                                      \
  X(I_HTTP, "future-incoming-response", O_FUTRESP)

static const struct { const char *iface, *name; uint8_t kind; } k_resources[] = {
#define X(i, n, k) {i, n, k},
    P2_RESOURCES(X)
#undef X
};
#define P2_NRES (sizeof k_resources / sizeof k_resources[0])

/* The per-context destructor closures (one per resource type). */
typedef struct p2_ctx_dtors {
  p2_dtor d[P2_NRES];
} p2_ctx_dtors;

static void p2_drop(void *user, uint32_t rep) {
  p2_dtor *d = user;
  hearth_wasip2 *p = h_p2_self(d->p);
  if (!p) return; /* no context entered: its objects went with it (hearth_wasip2_delete) */
  /* a handle of another kind or a stale one cannot reach here through the canonical ABI (the
   * guest's handle table checks the type); ignore it rather than free the wrong object */
  if (d->kind != O_FREE && obj_get(p, rep, d->kind)) obj_free(p, rep);
}

/* ---------------------------------------------------------------- public API */

hearth_status hearth_wasip2_new(hearth_wasi *w, hearth_wasip2 **out) {
  if (!w || !out) return h_err(HEARTH_ERR_ARGUMENT, "NULL wasi context or out");
  hearth_wasip2 *p = h_calloc(1, sizeof *p + sizeof(p2_ctx_dtors));
  if (!p) return nomem();
  p->w = w;
  hearth_status st = fill_random(p->seed, sizeof p->seed);
  if (!st) st = fill_random(&p->xs, sizeof p->xs);
  if (st) {
    h_free(p);
    return st;
  }
  p->xs |= 1; /* xorshift needs a nonzero state */
  p2_ctx_dtors *dt = (p2_ctx_dtors *)(p + 1);
  for (size_t i = 0; i < P2_NRES; i++) dt->d[i] = (p2_dtor){.p = p, .kind = k_resources[i].kind};
  *out = p;
  return HEARTH_OK;
}

atomic_ulong h_wasip2_leftover;

void hearth_wasip2_delete(hearth_wasip2 *p) {
  if (!p) return;
  atomic_fetch_add(&h_wasip2_leftover, h_wasip2_live_objects(p));
  h_wasihttp_forget(p);
  h_p2_free_all(p);
  h_sock_net_free(p->net);
  h_free(p->objs);
  h_free(p);
}

/* The destructors of routed definitions (p NULL: the thread's context). */
static p2_dtor g_routed_dtors[P2_NRES];
static pthread_once_t g_routed_once = PTHREAD_ONCE_INIT;
static void routed_init(void) {
  for (size_t i = 0; i < P2_NRES; i++) g_routed_dtors[i] = (p2_dtor){.p = NULL, .kind = k_resources[i].kind};
}

hearth_wasip2 *hearth_wasip2_enter(hearth_wasip2 *p) {
  hearth_wasip2 *prev = p2_current;
  p2_current = p;
  return prev;
}

hearth_status hearth_wasip2_define(hearth_clinker *l, hearth_wasip2 *p) {
  if (!l) return h_err(HEARTH_ERR_ARGUMENT, "NULL linker");
  hearth_status st;
  /* streams and files take their list<u8> arguments packed (get_bytes); the others by item */
#define X(i, n, f)                                                                              \
  if ((st = hearth_clinker_define_func_flags(                                                    \
           l, i, n, f, p, strcmp(i, I_STREAMS) == 0 || strcmp(i, I_FS) == 0 ? HEARTH_CFUNC_PACKED : 0)) != HEARTH_OK) \
    return st;
  P2_FUNCS(X)
#undef X
  pthread_once(&g_routed_once, routed_init);
  p2_dtor *dt = p ? ((p2_ctx_dtors *)(p + 1))->d : g_routed_dtors;
  for (size_t i = 0; i < P2_NRES; i++)
    if ((st = hearth_clinker_define_resource(l, k_resources[i].iface, k_resources[i].name, p2_drop,
                                             &dt[i])) != HEARTH_OK)
      return st;
  if ((st = h_sock_define(l, p)) != HEARTH_OK) return st;
  return h_wasihttp_define(l, p);
}

void hearth_wasip2_set_store(hearth_wasip2 *p, hearth_store *store) {
  if (p) p->store = store;
}

bool hearth_wasip2_exited(const hearth_wasip2 *p, int *code) {
  if (!p || !p->exited) return false;
  if (code) *code = p->exit_code;
  return true;
}

size_t h_wasip2_live_objects(const hearth_wasip2 *p) {
  size_t k = 0;
  for (uint32_t i = 0; i < p->n; i++) k += p->objs[i].kind != O_FREE;
  return k;
}

/* Test hooks (wasi.h): one host function or resource destructor called directly. */
static bool iface_is(const char *defined, const char *iface) {
  size_t n = strcspn(defined, "@");
  return strncmp(defined, iface, n) == 0 && (iface[n] == 0 || iface[n] == '@');
}

hearth_status h_wasip2_call(hearth_wasip2 *p, const char *iface, const char *name,
                            const hearth_cval *args, size_t nargs, hearth_cval *result) {
#define X(i, n, f)                                                                              \
  if (iface_is(i, iface) && strcmp(n, name) == 0) return f(p, args, nargs, result, result ? 1 : 0);
  P2_FUNCS(X)
#undef X
  if (strncmp(iface, "wasi:sockets/", 13) == 0)
    return h_sock_call(p, iface, name, args, nargs, result);
  return h_wasihttp_call(p, iface, name, args, nargs, result);
}

void h_wasip2_drop(hearth_wasip2 *p, const char *iface, const char *resource, uint32_t rep) {
  p2_ctx_dtors *dt = (p2_ctx_dtors *)(p + 1);
  for (size_t i = 0; i < P2_NRES; i++)
    if (iface_is(k_resources[i].iface, iface) && strcmp(k_resources[i].name, resource) == 0)
      p2_drop(&dt->d[i], rep);
}

/* ---------------------------------------------------------------- shared with wasihttp.c */

void h_wasip2_set_current(hearth_wasip2 *p) { p2_current = p; }

void h_p2_free_all(hearth_wasip2 *p) {
  for (uint32_t i = 0; i < p->n; i++)
    if (p->objs[i].kind != O_FREE) obj_free(p, i + 1);
}
p2_obj *h_p2_new(hearth_wasip2 *p, uint8_t k, uint32_t *rep) { return obj_new(p, k, rep); }
p2_obj *h_p2_get(hearth_wasip2 *p, uint32_t rep, uint8_t k) { return obj_get(p, rep, k); }
void h_p2_free(hearth_wasip2 *p, uint32_t rep) { obj_free(p, rep); }
hearth_status h_p2_nomem(void) { return nomem(); }
hearth_status h_p2_guest_error(const char *what, uint32_t rep) { return guest_error(what, rep); }
void h_p2_set_own(hearth_cval *v, uint32_t rep) { set_own(v, rep); }
hearth_status h_p2_give_own(hearth_wasip2 *p, hearth_status st, hearth_cval *pl, uint32_t rep) {
  return give_own(p, st, pl, rep);
}
hearth_status h_p2_ok(hearth_cval *r, hearth_cval **pl) { return ok(r, pl); }
hearth_status h_p2_set_bytes(hearth_cval *v, const uint8_t *buf, size_t n) {
  return set_bytes(v, buf, n);
}
hearth_status h_p2_get_bytes(const hearth_cval *v, uint8_t **out, size_t *n) {
  return get_bytes(v, out, n);
}
hearth_status h_p2_ready_pollable(hearth_wasip2 *p, hearth_cval *r) {
  return new_pollable(p, PL_READY, -1, 0, r);
}

p2_buf *h_p2_buf_new(void) {
  p2_buf *b = h_calloc(1, sizeof *b);
  if (b) b->refs = 1;
  return b;
}

void h_p2_buf_unref(p2_buf *b) {
  if (!b || --b->refs) return;
  h_wasihttp_free(b->trailers);
  h_free(b->data);
  h_free(b);
}

bool h_p2_buf_append(p2_buf *b, const void *d, size_t n) {
  if (!n) return true;
  if (b->limit && (b->len > b->limit || n > b->limit - b->len)) return false;
  if (n > b->cap - b->len) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len < n) {
      if (cap > SIZE_MAX / 2) return false;
      cap *= 2;
    }
    uint8_t *nd = h_realloc(b->data, cap);
    if (!nd) return false;
    b->data = nd;
    b->cap = cap;
  }
  memcpy(b->data + b->len, d, n);
  b->len += n;
  return true;
}

p2_obj *h_p2_buf_stream(hearth_wasip2 *p, uint8_t kind, p2_buf *b, uint32_t *rep) {
  assert(kind == O_IN || kind == O_OUT);
  p2_obj *o = obj_new(p, kind, rep);
  if (!o) return NULL;
  o->src = kind == O_IN ? S_MEM : S_BUF;
  o->buf = b;
  b->refs++;
  return o;
}
