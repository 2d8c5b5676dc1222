/* sockets.c: wasi:sockets 0.2 (network, instance-network, tcp, tcp-create-socket, udp,
 * udp-create-socket, ip-name-lookup) as host functions on wasip2.c's object table, off unless
 * granted (hearth_wasip2_set_network).
 *
 * Every socket is a non-blocking host socket held by a p2_sock that the socket object, its
 * streams and its pollables each hold a reference to (objects never point at each other, so the
 * guest may drop them in any order; the descriptor closes with the last reference). Readiness
 * goes through wasi:io/poll: a PL_SOCK pollable asks h_sock_poll_spec what to wait for (or that
 * it is ready now, e.g. a bind in progress), and poll_wait ppolls it together with the other
 * pollables. Binds and listens happen in their start- call (the WIT allows it); connects are
 * real non-blocking connects finished by a zero-timeout poll and SO_ERROR. TCP output-streams
 * never block in write: what the socket does not take waits in the p2_sock (check-write grants
 * nothing until it is gone; flush / blocking-flush send it). Name lookups run getaddrinfo on a
 * detached thread (at most H_SOCK_LOOKUP_THREADS at once in the process; beyond that, on the
 * guest's thread) that signals an eventfd the lookup's pollable waits on. Errors are the WIT's
 * error-code, mapped from errno per its "Typical errors". */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "wasi.h"
#include "wasip2.h"

#define V "@0.2.12"
#define I_NET "wasi:sockets/network" V
#define I_INET "wasi:sockets/instance-network" V
#define I_TCP "wasi:sockets/tcp" V
#define I_TCPC "wasi:sockets/tcp-create-socket" V
#define I_UDP "wasi:sockets/udp" V
#define I_UDPC "wasi:sockets/udp-create-socket" V
#define I_LOOKUP "wasi:sockets/ip-name-lookup" V

/* A host function's arguments and result as the WIT has them: at least k arguments and a result
 * (a component importing the function with another type is trapped, not read past its values). */
#define NEED(k)                                                                                 \
  if (na < (k) || nr < 1 || !r) return h_err(HEARTH_ERR_TRAP, "wasi:sockets: %s imported with a wrong type", __func__)

/* ---------------------------------------------------------------- error codes */

/* wasi:sockets/network error-code, in WIT order. */
#define SOCK_ERRORS(X)                                                                          \
  X(UNKNOWN, "unknown") X(ACCESS_DENIED, "access-denied") X(NOT_SUPPORTED, "not-supported")     \
  X(INVALID_ARGUMENT, "invalid-argument") X(OUT_OF_MEMORY, "out-of-memory")                     \
  X(TIMEOUT, "timeout") X(CONCURRENCY_CONFLICT, "concurrency-conflict")                         \
  X(NOT_IN_PROGRESS, "not-in-progress") X(WOULD_BLOCK, "would-block")                           \
  X(INVALID_STATE, "invalid-state") X(NEW_SOCKET_LIMIT, "new-socket-limit")                     \
  X(ADDRESS_NOT_BINDABLE, "address-not-bindable") X(ADDRESS_IN_USE, "address-in-use")           \
  X(REMOTE_UNREACHABLE, "remote-unreachable") X(CONNECTION_REFUSED, "connection-refused")       \
  X(CONNECTION_RESET, "connection-reset") X(CONNECTION_ABORTED, "connection-aborted")           \
  X(DATAGRAM_TOO_LARGE, "datagram-too-large") X(NAME_UNRESOLVABLE, "name-unresolvable")         \
  X(TEMPORARY_RESOLVER_FAILURE, "temporary-resolver-failure")                                   \
  X(PERMANENT_RESOLVER_FAILURE, "permanent-resolver-failure")

enum {
#define X(c, s) SE_##c,
  SOCK_ERRORS(X)
#undef X
  SE_COUNT
};

/* errno -> error-code, after the WIT's "Typical errors" lists (Linux spellings). */
#define SOCK_ERRNOS(X)                                                                          \
  X(EACCES, ACCESS_DENIED) X(EPERM, ACCESS_DENIED) X(EAFNOSUPPORT, INVALID_ARGUMENT)            \
  X(EINVAL, INVALID_ARGUMENT) X(EPROTONOSUPPORT, NOT_SUPPORTED) X(EOPNOTSUPP, NOT_SUPPORTED)    \
  X(ENOBUFS, OUT_OF_MEMORY) X(ENOMEM, OUT_OF_MEMORY) X(ETIMEDOUT, TIMEOUT)                      \
  X(EALREADY, CONCURRENCY_CONFLICT) X(EWOULDBLOCK, WOULD_BLOCK) X(EINPROGRESS, WOULD_BLOCK)     \
  X(EISCONN, INVALID_STATE) X(ENOTCONN, INVALID_STATE) X(EDESTADDRREQ, INVALID_STATE)           \
  X(EMFILE, NEW_SOCKET_LIMIT) X(ENFILE, NEW_SOCKET_LIMIT) X(EADDRNOTAVAIL, ADDRESS_NOT_BINDABLE) \
  X(EADDRINUSE, ADDRESS_IN_USE) X(EHOSTUNREACH, REMOTE_UNREACHABLE)                             \
  X(EHOSTDOWN, REMOTE_UNREACHABLE) X(ENETUNREACH, REMOTE_UNREACHABLE)                           \
  X(ENETDOWN, REMOTE_UNREACHABLE) X(ENONET, REMOTE_UNREACHABLE) X(ENETRESET, REMOTE_UNREACHABLE) \
  X(ECONNREFUSED, CONNECTION_REFUSED) X(ECONNRESET, CONNECTION_RESET) X(EPIPE, CONNECTION_RESET) \
  X(ECONNABORTED, CONNECTION_ABORTED) X(EMSGSIZE, DATAGRAM_TOO_LARGE)

static uint32_t err_of_errno(int e) {
  switch (e) {
#define X(en, c) case en: return SE_##c;
    SOCK_ERRNOS(X)
#undef X
  default: return SE_UNKNOWN;
  }
}

const char *h_sock_err_name(uint32_t c) {
  static const char *const names[SE_COUNT] = {
#define X(c, s) s,
      SOCK_ERRORS(X)
#undef X
  };
  return c < SE_COUNT ? names[c] : "unknown";
}

/* result err(error-code c) */
static hearth_status net_err(hearth_cval *r, uint32_t c) {
  hearth_cval *e;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, true, &e);
  return st ? st : hearth_cval_set_case(e, HEARTH_CV_ENUM, c, false, NULL);
}
static hearth_status net_errno(hearth_cval *r) { return net_err(r, err_of_errno(errno)); }

/* ---------------------------------------------------------------- sockets and the grant */

/* TCP states (the WIT's; UDP uses unbound, bind-started and bound). */
enum { TS_UNBOUND, TS_BIND_STARTED, TS_BOUND, TS_LISTEN_STARTED, TS_LISTENING, TS_CONNECTING,
       TS_CONNECTED, TS_CLOSED };
/* What a PL_SOCK pollable watches (its object's dflags). */
enum { R_TCP, R_IN, R_OUT, R_UDP, R_DIN, R_DOUT, R_LOOKUP };

typedef struct p2_sock {
  uint32_t refs;       /* the socket object, streams and pollables holding it (one thread) */
  int fd;              /* owned, non-blocking */
  bool udp, v6;
  uint8_t state;       /* TS_* */
  bool shut_rd, shut_wr;
  uint32_t backlog;    /* listen backlog (set-listen-backlog-size) */
  uint8_t *pend;       /* TCP: bytes written by the guest the socket has not taken yet (owned) */
  size_t pend_len, pend_cap;
  uint64_t wpermit;    /* TCP: what the last check-write permitted, less what write took since */
  bool has_remote;     /* UDP: the stream's remote address (connected mode) */
  struct sockaddr_storage remote;
  socklen_t remote_len;
  uint64_t permit;     /* UDP: datagrams the last check-send permitted */
} p2_sock;

/* A grant: restricted to the addresses of allow (port 0: any) or not. */
typedef struct net_addr {
  bool v6;
  uint8_t a[16];
  uint16_t port;
} net_addr;
struct p2_net {
  atomic_uint refs;   /* contexts sharing it (h_sock_net_share: pooled HTTP calls' contexts) */
  bool restricted;
  net_addr *allow;
  size_t n;
};

void h_sock_net_free(struct p2_net *n) {
  if (!n || atomic_fetch_sub(&n->refs, 1) != 1) return;
  h_free(n->allow);
  h_free(n);
}

void h_sock_net_share(hearth_wasip2 *dst, const hearth_wasip2 *src) { h_sock_net_use(dst, src->net); }

static void sock_unref(p2_sock *s) {
  if (!s || --s->refs) return;
  if (s->fd >= 0) close(s->fd);
  h_free(s->pend);
  h_free(s);
}

/* The address in ss (AF_INET/AF_INET6) as a net_addr. */
static net_addr addr_key(const struct sockaddr_storage *ss) {
  net_addr k = {0};
  if (ss->ss_family == AF_INET6) {
    const struct sockaddr_in6 *s6 = (const void *)ss;
    k.v6 = true;
    memcpy(k.a, &s6->sin6_addr, 16);
    k.port = ntohs(s6->sin6_port);
  } else {
    const struct sockaddr_in *s4 = (const void *)ss;
    memcpy(k.a, &s4->sin_addr, 4);
    k.port = ntohs(s4->sin_port);
  }
  return k;
}

/* Whether p's grant lets data go to (or come from) ss. */
static bool allowed(const hearth_wasip2 *p, const struct sockaddr_storage *ss) {
  if (!p->net) return false;
  if (!p->net->restricted) return true;
  net_addr k = addr_key(ss);
  for (size_t i = 0; i < p->net->n; i++) {
    const net_addr *g = &p->net->allow[i];
    if (g->v6 == k.v6 && memcmp(g->a, k.a, k.v6 ? 16 : 4) == 0 && (!g->port || g->port == k.port))
      return true;
  }
  return false;
}

/* Adds the addresses of one HOST[:PORT] to n; false when malformed. */
static bool grant_host(struct p2_net *n, const char *spec) {
  char host[256];
  const char *port = NULL;
  size_t len = strlen(spec);
  if (!len || len >= sizeof host) return false;
  if (spec[0] == '[') {
    const char *e = strchr(spec, ']');
    if (!e || e == spec + 1) return false;
    memcpy(host, spec + 1, (size_t)(e - spec - 1));
    host[e - spec - 1] = 0;
    if (e[1] == ':') port = e + 2;
    else if (e[1]) return false;
  } else {
    const char *c = strchr(spec, ':');
    if (c && strchr(c + 1, ':')) c = NULL; /* a bare IPv6 address */
    size_t hl = c ? (size_t)(c - spec) : len;
    if (!hl) return false;
    memcpy(host, spec, hl);
    host[hl] = 0;
    if (c) port = c + 1;
  }
  unsigned long pn = 0;
  if (port) {
    char *end;
    if (!*port || *port < '0' || *port > '9') return false;
    pn = strtoul(port, &end, 10);
    if (*end || pn == 0 || pn > 65535) return false;
  }
  for (const char *c = host; *c; c++)
    if (*c <= ' ' || *c == '/' || *c == '@' || *c == '?' || *c == '#') return false;
  struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM}, *res = NULL;
  if (getaddrinfo(host, NULL, &hints, &res) != 0) return true; /* grants nothing now */
  bool ok = true;
  for (struct addrinfo *ai = res; ai && ok; ai = ai->ai_next) {
    if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6) continue;
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    memcpy(&ss, ai->ai_addr, ai->ai_addrlen);
    net_addr k = addr_key(&ss);
    k.port = (uint16_t)pn;
    size_t cap = n->n;
    if ((n->n & (n->n - 1)) == 0) { /* grow at powers of two */
      net_addr *na = h_realloc(n->allow, (cap ? cap * 2 : 1) * sizeof *na);
      if (!na) ok = false;
      else n->allow = na;
    }
    if (ok) n->allow[n->n++] = k;
  }
  freeaddrinfo(res);
  return ok;
}

hearth_status h_sock_net_make(const hearth_wasip2_net *net, struct p2_net **out) {
  *out = NULL;
  if (net && net->size && net->size < sizeof *net)
    return h_err(HEARTH_ERR_ARGUMENT, "hearth_wasip2_net of an unknown size %zu", net->size);
  if (net && net->nhosts && !net->hosts) return h_err(HEARTH_ERR_ARGUMENT, "NULL hosts");
  if (!net || !net->allow) return HEARTH_OK;
  struct p2_net *n = h_calloc(1, sizeof *n);
  if (!n) return h_p2_nomem();
  atomic_init(&n->refs, 1);
  n->restricted = net->nhosts > 0;
  for (size_t i = 0; i < net->nhosts; i++)
    if (!net->hosts[i] || !grant_host(n, net->hosts[i])) {
      h_sock_net_free(n);
      return h_err(HEARTH_ERR_ARGUMENT, "network grant: bad host \"%s\" (HOST[:PORT])",
                   net->hosts[i] ? net->hosts[i] : "(null)");
    }
  *out = n;
  return HEARTH_OK;
}

void h_sock_net_use(hearth_wasip2 *p, struct p2_net *n) {
  if (p->net == n) return;
  if (n) atomic_fetch_add(&n->refs, 1);
  h_sock_net_free(p->net);
  p->net = n;
}

hearth_status hearth_wasip2_set_network(hearth_wasip2 *p, const hearth_wasip2_net *net) {
  if (!p) return h_err(HEARTH_ERR_ARGUMENT, "NULL wasi 0.2 context");
  struct p2_net *n;
  hearth_status s = h_sock_net_make(net, &n);
  if (s != HEARTH_OK) return s;
  h_sock_net_free(p->net);
  p->net = n;
  return HEARTH_OK;
}

void hearth_wasip2_share_network(hearth_wasip2 *p, const hearth_wasip2 *from) {
  if (p && from) h_sock_net_use(p, from->net);
}

/* ---------------------------------------------------------------- addresses */

static void set_uint(hearth_cval *v, hearth_ckind k, uint64_t x) {
  v->kind = k;
  v->of.u = x;
}

/* The address tuple (v4: 4 u8, v6: 8 u16) of raw bytes a into t. */
static hearth_status tuple_out(hearth_cval *t, bool v6, const uint8_t *a) {
  hearth_cval *it;
  hearth_status st = hearth_cval_set_list(t, HEARTH_CV_TUPLE, v6 ? 8 : 4, &it);
  if (st) return st;
  for (int i = 0; i < (v6 ? 8 : 4); i++)
    if (v6) set_uint(&it[i], HEARTH_CV_U16, (uint64_t)a[2 * i] << 8 | a[2 * i + 1]);
    else set_uint(&it[i], HEARTH_CV_U8, a[i]);
  return HEARTH_OK;
}

/* ip-address from raw bytes a. */
static hearth_status ip_out(hearth_cval *v, bool v6, const uint8_t *a) {
  hearth_cval *pl;
  hearth_status st = hearth_cval_set_case(v, HEARTH_CV_VARIANT, v6, true, &pl);
  return st ? st : tuple_out(pl, v6, a);
}

/* ip-socket-address from ss. */
static hearth_status addr_out(hearth_cval *v, const struct sockaddr_storage *ss) {
  bool v6 = ss->ss_family == AF_INET6;
  hearth_cval *pl, *f;
  hearth_status st = hearth_cval_set_case(v, HEARTH_CV_VARIANT, v6, true, &pl);
  if (!st) st = hearth_cval_set_list(pl, HEARTH_CV_RECORD, v6 ? 4 : 2, &f);
  if (st) return st;
  if (v6) {
    const struct sockaddr_in6 *s6 = (const void *)ss;
    set_uint(&f[0], HEARTH_CV_U16, ntohs(s6->sin6_port));
    set_uint(&f[1], HEARTH_CV_U32, ntohl(s6->sin6_flowinfo));
    set_uint(&f[3], HEARTH_CV_U32, s6->sin6_scope_id);
    return tuple_out(&f[2], true, s6->sin6_addr.s6_addr);
  }
  const struct sockaddr_in *s4 = (const void *)ss;
  set_uint(&f[0], HEARTH_CV_U16, ntohs(s4->sin_port));
  return tuple_out(&f[1], false, (const uint8_t *)&s4->sin_addr);
}

/* Whether v has the shape of an ip-socket-address (host functions take the types the component
 * imports: a component declaring others must not make the host read past its values). */
static bool addr_shape(const hearth_cval *v) {
  if (v->kind != HEARTH_CV_VARIANT || v->of.cas.index > 1 || !v->of.cas.payload) return false;
  const hearth_cval *rec = v->of.cas.payload;
  bool v6 = v->of.cas.index == 1;
  if (rec->kind != HEARTH_CV_RECORD || rec->of.list.len != (v6 ? 4u : 2u)) return false;
  const hearth_cval *t = &rec->of.list.items[v6 ? 2 : 1];
  if (t->kind != HEARTH_CV_TUPLE || t->of.list.len != (v6 ? 8u : 4u)) return false;
  for (size_t i = 0; i < t->of.list.len; i++)
    if (t->of.list.items[i].kind != (v6 ? HEARTH_CV_U16 : HEARTH_CV_U8)) return false;
  return true;
}

/* ip-socket-address v into ss for a socket of family v6. SE_INVALID_ARGUMENT when the family
 * differs or the address is an IPv4-mapped IPv6 one, or (remote) it is the unspecified address,
 * a multicast or broadcast one, or its port is 0; UINT32_MAX when fine. */
static uint32_t addr_in(const hearth_cval *v, bool v6, bool remote, struct sockaddr_storage *ss,
                        socklen_t *len) {
  memset(ss, 0, sizeof *ss);
  if (!addr_shape(v)) return SE_INVALID_ARGUMENT;
  if ((v->of.cas.index == 1) != v6) return SE_INVALID_ARGUMENT;
  const hearth_cval *f = v->of.cas.payload->of.list.items;
  if (!v6) {
    struct sockaddr_in *s4 = (void *)ss;
    s4->sin_family = AF_INET;
    s4->sin_port = htons((uint16_t)f[0].of.u);
    uint8_t *a = (uint8_t *)&s4->sin_addr;
    for (int i = 0; i < 4; i++) a[i] = (uint8_t)f[1].of.list.items[i].of.u;
    *len = sizeof *s4;
    uint32_t h = ntohl(s4->sin_addr.s_addr);
    if (remote && (h == 0 || h == 0xffffffffu || IN_MULTICAST(h) || f[0].of.u == 0))
      return SE_INVALID_ARGUMENT;
    if (!remote && IN_MULTICAST(h)) return SE_INVALID_ARGUMENT;
    return UINT32_MAX;
  }
  struct sockaddr_in6 *s6 = (void *)ss;
  s6->sin6_family = AF_INET6;
  s6->sin6_port = htons((uint16_t)f[0].of.u);
  s6->sin6_flowinfo = htonl((uint32_t)f[1].of.u);
  for (int i = 0; i < 8; i++) {
    uint64_t w = f[2].of.list.items[i].of.u;
    s6->sin6_addr.s6_addr[2 * i] = (uint8_t)(w >> 8);
    s6->sin6_addr.s6_addr[2 * i + 1] = (uint8_t)w;
  }
  s6->sin6_scope_id = (uint32_t)f[3].of.u;
  *len = sizeof *s6;
  if (IN6_IS_ADDR_V4MAPPED(&s6->sin6_addr) || IN6_IS_ADDR_MULTICAST(&s6->sin6_addr))
    return SE_INVALID_ARGUMENT;
  if (remote && (IN6_IS_ADDR_UNSPECIFIED(&s6->sin6_addr) || f[0].of.u == 0))
    return SE_INVALID_ARGUMENT;
  return UINT32_MAX;
}

static bool same_addr(const struct sockaddr_storage *a, const struct sockaddr_storage *b) {
  net_addr x = addr_key(a), y = addr_key(b);
  return x.v6 == y.v6 && x.port == y.port && memcmp(x.a, y.a, 16) == 0;
}

/* ---------------------------------------------------------------- objects */

static p2_sock *sock_new(int fd, bool udp, bool v6) {
  p2_sock *s = h_calloc(1, sizeof *s);
  if (!s) return NULL;
  s->refs = 1;
  s->fd = fd;
  s->udp = udp;
  s->v6 = v6;
  s->backlog = 128;
  return s;
}

/* A new object of kind k holding one more reference to s (src for streams); *rep its handle. */
static p2_obj *sock_obj(hearth_wasip2 *p, uint8_t k, p2_sock *s, uint8_t src, uint32_t *rep) {
  p2_obj *o = h_p2_new(p, k, rep);
  if (!o) return NULL;
  o->src = src;
  o->sock = s;
  s->refs++;
  return o;
}

/* A pollable watching s (role R_*) or lookup l. */
static hearth_status sock_pollable(hearth_wasip2 *p, p2_sock *s, struct p2_lookup *l, uint8_t role,
                                   hearth_cval *r);

void h_sock_release(p2_obj *o);

/* Ends a host function handing the guest the n new objects reps as the items of tuple pl (or as
 * pl itself when n is 1): on failure they are freed. */
static hearth_status give_all(hearth_wasip2 *p, hearth_status st, hearth_cval *pl,
                              const uint32_t *reps, size_t n) {
  hearth_cval *items = NULL;
  if (!st && n > 1) st = hearth_cval_set_list(pl, HEARTH_CV_TUPLE, n, &items);
  if (st) {
    for (size_t i = 0; i < n; i++) h_p2_free(p, reps[i]);
    return st;
  }
  for (size_t i = 0; i < n; i++) h_p2_set_own(n > 1 ? &items[i] : pl, reps[i]);
  return HEARTH_OK;
}

/* Waits until fd has one of events (true) or the store's interrupt or deadline came (false):
 * in slices of 100 ms with a store, as wasip2.c's poll_wait. */
static bool wait_fd(hearth_wasip2 *p, int fd, short events) {
  for (;;) {
    if (p->store && (atomic_load(&p->store->interrupt) ||
                     (p->store->deadline_ns && h_mono_ns() >= p->store->deadline_ns)))
      return false;
    struct pollfd pf = {.fd = fd, .events = events};
    int k = poll(&pf, 1, p->store ? 100 : -1);
    if (k > 0) return true;
    if (k < 0 && errno != EINTR) return true; /* the operation itself then reports the error */
  }
}

/* ---------------------------------------------------------------- network, create */

HOST(sock_instance_network) {
  SELF;
  if (nr < 1 || !r) return h_err(HEARTH_ERR_TRAP, "wasi:sockets: instance-network imported with a wrong type");
  uint32_t rep;
  if (!h_p2_new(p, O_NETWORK, &rep)) return h_p2_nomem();
  h_p2_set_own(r, rep);
  return HEARTH_OK;
}

HOST(sock_network_error_code) {
  SELF;
  NEED(1);
  GET(o, p, a[0].of.rep, O_ERROR, "network-error-code");
  if (o->src != ERR_NET) return hearth_cval_set_case(r, HEARTH_CV_OPTION, 0, false, NULL);
  hearth_cval *pl;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_OPTION, 1, true, &pl);
  return st ? st : hearth_cval_set_case(pl, HEARTH_CV_ENUM, o->code, false, NULL);
}

static hearth_status create(hearth_wasip2 *p, bool udp, uint32_t family, hearth_cval *r) {
  if (!p->net) return net_err(r, SE_ACCESS_DENIED);
  bool v6 = family == 1;
  int fd = socket(v6 ? AF_INET6 : AF_INET,
                  (udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return net_errno(r);
  if (h_wasi_fd_keep(fd)) return net_err(r, SE_NEW_SOCKET_LIMIT); /* the process's reserve */
  int one = 1;
  /* IPv6 sockets speak IPv6 only (the WIT refuses IPv4-mapped addresses) */
  if (v6) (void)setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
  p2_sock *s = sock_new(fd, udp, v6);
  if (!s) {
    close(fd);
    return h_p2_nomem();
  }
  uint32_t rep;
  p2_obj *o = sock_obj(p, udp ? O_UDP : O_TCP, s, 0, &rep);
  sock_unref(s); /* the object's reference is the one left */
  if (!o) return h_p2_nomem();
  hearth_cval *pl;
  hearth_status st = h_p2_ok(r, &pl);
  return give_all(p, st, pl, &rep, 1);
}
HOST(sock_create_tcp) { SELF; NEED(1); return create(p, false, a[0].of.cas.index, r); }
HOST(sock_create_udp) { SELF; NEED(1); return create(p, true, a[0].of.cas.index, r); }

/* ---------------------------------------------------------------- bind (tcp and udp) */

#define SOCK_SELF(s, kind, what)                                                                \
  NEED(1);                                                                                      \
  GET(o_, p, a[0].of.rep, kind, what);                                                          \
  p2_sock *s = o_->sock

static hearth_status start_bind(hearth_wasip2 *p, p2_sock *s, const hearth_cval *a, hearth_cval *r) {
  GET(net, p, a[1].of.rep, O_NETWORK, "start-bind network");
  (void)net;
  if (s->state != TS_UNBOUND) return net_err(r, SE_INVALID_STATE);
  struct sockaddr_storage ss;
  socklen_t len;
  uint32_t e = addr_in(&a[2], s->v6, false, &ss, &len);
  if (e != UINT32_MAX) return net_err(r, e);
  if (!s->udp) { /* a listener may bind again at once after a restart (the WIT's advice) */
    int one = 1;
    (void)setsockopt(s->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  }
  if (bind(s->fd, (struct sockaddr *)&ss, len) != 0) return net_errno(r);
  s->state = TS_BIND_STARTED;
  return h_p2_ok(r, NULL);
}

static hearth_status finish_bind(p2_sock *s, hearth_cval *r) {
  if (s->state != TS_BIND_STARTED) return net_err(r, SE_NOT_IN_PROGRESS);
  s->state = TS_BOUND;
  return h_p2_ok(r, NULL);
}

HOST(tcp_start_bind) { SELF; SOCK_SELF(s, O_TCP, "tcp-socket.start-bind"); NEED(3); return start_bind(p, s, a, r); }
HOST(tcp_finish_bind) { SELF; SOCK_SELF(s, O_TCP, "tcp-socket.finish-bind"); return finish_bind(s, r); }
HOST(udp_start_bind) { SELF; SOCK_SELF(s, O_UDP, "udp-socket.start-bind"); NEED(3); return start_bind(p, s, a, r); }
HOST(udp_finish_bind) { SELF; SOCK_SELF(s, O_UDP, "udp-socket.finish-bind"); return finish_bind(s, r); }

/* ---------------------------------------------------------------- tcp */

HOST(tcp_start_connect) {
  SELF;
  NEED(3);
  SOCK_SELF(s, O_TCP, "tcp-socket.start-connect");
  GET(net, p, a[1].of.rep, O_NETWORK, "start-connect network");
  (void)net;
  if (s->state == TS_BIND_STARTED || s->state == TS_LISTEN_STARTED)
    return net_err(r, SE_CONCURRENCY_CONFLICT);
  if (s->state != TS_UNBOUND && s->state != TS_BOUND) return net_err(r, SE_INVALID_STATE);
  struct sockaddr_storage ss;
  socklen_t len;
  uint32_t e = addr_in(&a[2], s->v6, true, &ss, &len);
  if (e != UINT32_MAX) return net_err(r, e);
  if (!allowed(p, &ss)) return net_err(r, SE_ACCESS_DENIED);
  int rc;
  do rc = connect(s->fd, (struct sockaddr *)&ss, len); while (rc != 0 && errno == EINTR);
  if (rc != 0 && errno != EINPROGRESS) {
    int en = errno;
    s->state = TS_CLOSED; /* a failed attempt leaves the socket closed */
    errno = en;
    return net_errno(r);
  }
  s->state = TS_CONNECTING;
  return h_p2_ok(r, NULL);
}

/* The input and output streams of connected socket s, as the last n items of tuple pl. */
static hearth_status give_streams(hearth_wasip2 *p, p2_sock *s, hearth_cval *r, uint32_t first) {
  uint32_t reps[3];
  size_t n = 0;
  if (first) reps[n++] = first;
  if (!sock_obj(p, O_IN, s, S_SOCK, &reps[n]) ) goto nomem;
  n++;
  if (!sock_obj(p, O_OUT, s, S_SOCK, &reps[n])) goto nomem;
  n++;
  hearth_cval *pl;
  hearth_status st = h_p2_ok(r, &pl);
  return give_all(p, st, pl, reps, n);
nomem:
  for (size_t i = 0; i < n; i++) h_p2_free(p, reps[i]);
  return h_p2_nomem();
}

HOST(tcp_finish_connect) {
  SELF;
  SOCK_SELF(s, O_TCP, "tcp-socket.finish-connect");
  if (s->state != TS_CONNECTING) return net_err(r, SE_NOT_IN_PROGRESS);
  struct pollfd pf = {.fd = s->fd, .events = POLLOUT};
  if (poll(&pf, 1, 0) == 0) return net_err(r, SE_WOULD_BLOCK);
  int err = 0;
  socklen_t el = sizeof err;
  if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &el) != 0) err = errno;
  if (err) {
    s->state = TS_CLOSED;
    return net_err(r, err_of_errno(err));
  }
  s->state = TS_CONNECTED;
  return give_streams(p, s, r, 0);
}

HOST(tcp_start_listen) {
  SELF;
  SOCK_SELF(s, O_TCP, "tcp-socket.start-listen");
  if (s->state == TS_BIND_STARTED) return net_err(r, SE_CONCURRENCY_CONFLICT);
  if (s->state != TS_BOUND) return net_err(r, SE_INVALID_STATE);
  if (p->net && p->net->restricted) return net_err(r, SE_ACCESS_DENIED); /* hosts: outgoing only */
  if (listen(s->fd, (int)s->backlog) != 0) return net_errno(r);
  s->state = TS_LISTEN_STARTED;
  return h_p2_ok(r, NULL);
}

HOST(tcp_finish_listen) {
  SELF;
  SOCK_SELF(s, O_TCP, "tcp-socket.finish-listen");
  if (s->state != TS_LISTEN_STARTED) return net_err(r, SE_NOT_IN_PROGRESS);
  s->state = TS_LISTENING;
  return h_p2_ok(r, NULL);
}

HOST(tcp_accept) {
  SELF;
  SOCK_SELF(s, O_TCP, "tcp-socket.accept");
  if (s->state != TS_LISTENING) return net_err(r, SE_INVALID_STATE);
  int fd;
  do fd = accept4(s->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC); while (fd < 0 && errno == EINTR);
  if (fd < 0) return net_errno(r); /* EAGAIN: would-block */
  if (h_wasi_fd_keep(fd)) return net_err(r, SE_NEW_SOCKET_LIMIT); /* the process's reserve */
  p2_sock *c = sock_new(fd, false, s->v6);
  if (!c) {
    close(fd);
    return h_p2_nomem();
  }
  c->state = TS_CONNECTED;
  uint32_t rep;
  p2_obj *o = sock_obj(p, O_TCP, c, 0, &rep);
  if (!o) {
    sock_unref(c);
    return h_p2_nomem();
  }
  hearth_status st = give_streams(p, c, r, rep);
  sock_unref(c);
  return st;
}

static hearth_status sockname(p2_sock *s, bool peer, hearth_cval *r) {
  struct sockaddr_storage ss;
  socklen_t len = sizeof ss;
  memset(&ss, 0, sizeof ss);
  if ((peer ? getpeername(s->fd, (struct sockaddr *)&ss, &len)
            : getsockname(s->fd, (struct sockaddr *)&ss, &len)) != 0)
    return net_errno(r);
  hearth_cval *pl;
  hearth_status st = h_p2_ok(r, &pl);
  return st ? st : addr_out(pl, &ss);
}

HOST(tcp_local_address) {
  SELF;
  SOCK_SELF(s, O_TCP, "tcp-socket.local-address");
  if (s->state == TS_UNBOUND || s->state == TS_BIND_STARTED || s->state == TS_CLOSED)
    return net_err(r, SE_INVALID_STATE);
  return sockname(s, false, r);
}
HOST(tcp_remote_address) {
  SELF;
  SOCK_SELF(s, O_TCP, "tcp-socket.remote-address");
  if (s->state != TS_CONNECTED) return net_err(r, SE_INVALID_STATE);
  return sockname(s, true, r);
}
HOST(tcp_is_listening) {
  SELF;
  SOCK_SELF(s, O_TCP, "tcp-socket.is-listening");
  r->kind = HEARTH_CV_BOOL;
  r->of.b = s->state == TS_LISTENING;
  return HEARTH_OK;
}
static hearth_status family(p2_sock *s, hearth_cval *r) {
  return hearth_cval_set_case(r, HEARTH_CV_ENUM, s->v6, false, NULL);
}
HOST(tcp_address_family) { SELF; SOCK_SELF(s, O_TCP, "tcp-socket.address-family"); return family(s, r); }
HOST(udp_address_family) { SELF; SOCK_SELF(s, O_UDP, "udp-socket.address-family"); return family(s, r); }

HOST(tcp_set_listen_backlog_size) {
  SELF;
  NEED(2);
  SOCK_SELF(s, O_TCP, "tcp-socket.set-listen-backlog-size");
  if (a[1].of.u == 0) return net_err(r, SE_INVALID_ARGUMENT);
  if (s->state == TS_CONNECTING || s->state == TS_CONNECTED || s->state == TS_CLOSED)
    return net_err(r, SE_INVALID_STATE);
  s->backlog = a[1].of.u > 65535 ? 65535 : (uint32_t)a[1].of.u; /* clamped, as the WIT allows */
  if ((s->state == TS_LISTENING || s->state == TS_LISTEN_STARTED) &&
      listen(s->fd, (int)s->backlog) != 0) /* Linux takes a new backlog on a listening socket */
    return net_errno(r);
  return h_p2_ok(r, NULL);
}

/* Socket options: X(getter, setter, level, option, kind, unit, min, max). unit: the option's
 * value times unit is the WIT's (durations: seconds -> ns); a set value of 0 is invalid-argument,
 * others are rounded up to units and clamped to [min, max]. v6: the IPv6 level/option of the
 * hop limit. */
typedef struct sock_opt {
  int level, name, level6, name6;
  hearth_ckind kind;
  uint64_t unit, min, max;
  bool is_bool;
} sock_opt;
#define S_NS 1000000000ull
#define TCP_OPTS(X)                                                                             \
  X(keep_alive_enabled, SOL_SOCKET, SO_KEEPALIVE, SOL_SOCKET, SO_KEEPALIVE, HEARTH_CV_BOOL, 1, 0, 1, true) \
  X(keep_alive_idle_time, IPPROTO_TCP, TCP_KEEPIDLE, IPPROTO_TCP, TCP_KEEPIDLE, HEARTH_CV_U64, S_NS, 1, 32767, false) \
  X(keep_alive_interval, IPPROTO_TCP, TCP_KEEPINTVL, IPPROTO_TCP, TCP_KEEPINTVL, HEARTH_CV_U64, S_NS, 1, 32767, false) \
  X(keep_alive_count, IPPROTO_TCP, TCP_KEEPCNT, IPPROTO_TCP, TCP_KEEPCNT, HEARTH_CV_U32, 1, 1, 127, false) \
  X(hop_limit, IPPROTO_IP, IP_TTL, IPPROTO_IPV6, IPV6_UNICAST_HOPS, HEARTH_CV_U8, 1, 1, 255, false) \
  X(receive_buffer_size, SOL_SOCKET, SO_RCVBUF, SOL_SOCKET, SO_RCVBUF, HEARTH_CV_U64, 1, 1, 1u << 30, false) \
  X(send_buffer_size, SOL_SOCKET, SO_SNDBUF, SOL_SOCKET, SO_SNDBUF, HEARTH_CV_U64, 1, 1, 1u << 30, false)

enum {
#define X(n, l, o, l6, o6, k, u, mn, mx, b) OPT_##n,
  TCP_OPTS(X)
#undef X
};
static const sock_opt k_opts[] = {
#define X(n, l, o, l6, o6, k, u, mn, mx, b) {l, o, l6, o6, k, u, mn, mx, b},
    TCP_OPTS(X)
#undef X
};

static hearth_status opt_get(p2_sock *s, int which, hearth_cval *r) {
  const sock_opt *d = &k_opts[which];
  int v = 0;
  socklen_t len = sizeof v;
  if (getsockopt(s->fd, s->v6 ? d->level6 : d->level, s->v6 ? d->name6 : d->name, &v, &len) != 0)
    return net_errno(r);
  hearth_cval *pl;
  hearth_status st = h_p2_ok(r, &pl);
  if (st) return st;
  if (d->is_bool) {
    pl->kind = HEARTH_CV_BOOL;
    pl->of.b = v != 0;
  } else {
    set_uint(pl, d->kind, (uint64_t)(v < 0 ? 0 : v) * d->unit);
  }
  return HEARTH_OK;
}

static hearth_status opt_set(p2_sock *s, int which, const hearth_cval *arg, hearth_cval *r) {
  const sock_opt *d = &k_opts[which];
  uint64_t x = d->is_bool ? arg->of.b : arg->of.u;
  if (!d->is_bool && x == 0) return net_err(r, SE_INVALID_ARGUMENT);
  if (!d->is_bool) {
    x = x / d->unit + (x % d->unit != 0);
    if (x < d->min) x = d->min;
    if (x > d->max) x = d->max;
  }
  int v = (int)x;
  if (setsockopt(s->fd, s->v6 ? d->level6 : d->level, s->v6 ? d->name6 : d->name, &v, sizeof v) != 0)
    return net_errno(r);
  return h_p2_ok(r, NULL);
}

#define TCP_OPT_HOSTS(n, ...)                                                                   \
  HOST(tcp_get_##n) { SELF; SOCK_SELF(s, O_TCP, "tcp-socket option"); return opt_get(s, OPT_##n, r); } \
  HOST(tcp_set_##n) { SELF; SOCK_SELF(s, O_TCP, "tcp-socket option"); NEED(2); return opt_set(s, OPT_##n, &a[1], r); }
TCP_OPTS(TCP_OPT_HOSTS)
#undef TCP_OPT_HOSTS

HOST(udp_get_hop_limit) { SELF; SOCK_SELF(s, O_UDP, "udp-socket option"); return opt_get(s, OPT_hop_limit, r); }
HOST(udp_set_hop_limit) { SELF; SOCK_SELF(s, O_UDP, "udp-socket option"); NEED(2); return opt_set(s, OPT_hop_limit, &a[1], r); }
HOST(udp_get_rcvbuf) { SELF; SOCK_SELF(s, O_UDP, "udp-socket option"); return opt_get(s, OPT_receive_buffer_size, r); }
HOST(udp_set_rcvbuf) { SELF; SOCK_SELF(s, O_UDP, "udp-socket option"); NEED(2); return opt_set(s, OPT_receive_buffer_size, &a[1], r); }
HOST(udp_get_sndbuf) { SELF; SOCK_SELF(s, O_UDP, "udp-socket option"); return opt_get(s, OPT_send_buffer_size, r); }
HOST(udp_set_sndbuf) { SELF; SOCK_SELF(s, O_UDP, "udp-socket option"); NEED(2); return opt_set(s, OPT_send_buffer_size, &a[1], r); }

HOST(tcp_subscribe) { SELF; SOCK_SELF(s, O_TCP, "tcp-socket.subscribe"); return sock_pollable(p, s, NULL, R_TCP, r); }

HOST(tcp_shutdown) {
  SELF;
  NEED(2);
  SOCK_SELF(s, O_TCP, "tcp-socket.shutdown");
  if (s->state != TS_CONNECTED) return net_err(r, SE_INVALID_STATE);
  uint32_t how = a[1].of.cas.index; /* receive, send, both */
  if (how != 0 && s->pend_len) { /* what the guest wrote goes out first, as far as it can now */
    ssize_t k = send(s->fd, s->pend, s->pend_len, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (k > 0) {
      memmove(s->pend, s->pend + k, s->pend_len - (size_t)k);
      s->pend_len -= (size_t)k;
    }
  }
  int h = how == 0 ? SHUT_RD : how == 1 ? SHUT_WR : SHUT_RDWR;
  if (shutdown(s->fd, h) != 0 && errno != ENOTCONN) return net_errno(r); /* idempotent */
  if (how != 1) s->shut_rd = true;
  if (how != 0) s->shut_wr = true;
  return h_p2_ok(r, NULL);
}

/* ---------------------------------------------------------------- tcp streams */

uint32_t h_sock_read(hearth_wasip2 *p, p2_obj *o, uint8_t *buf, size_t len, bool block,
                     size_t *n, bool *eof) {
  p2_sock *s = o->sock;
  *n = 0;
  *eof = false;
  if (s->shut_rd) {
    *eof = true;
    return UINT32_MAX;
  }
  if (!len) return UINT32_MAX;
  for (;;) {
    ssize_t k = recv(s->fd, buf, len, MSG_DONTWAIT);
    if (k > 0) {
      *n = (size_t)k;
      return UINT32_MAX;
    }
    if (k == 0) {
      *eof = true;
      return UINT32_MAX;
    }
    if (errno == EINTR) continue;
    if (errno != EAGAIN && errno != EWOULDBLOCK) return P2_NET_ERR | err_of_errno(errno);
    if (!block || !wait_fd(p, s->fd, POLLIN)) return UINT32_MAX; /* nothing yet */
  }
}

/* Sends what waits in s->pend without blocking; an error code or UINT32_MAX. */
static uint32_t send_pending(p2_sock *s) {
  while (s->pend_len) {
    ssize_t k = send(s->fd, s->pend, s->pend_len, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
    if (k < 0) {
      s->pend_len = 0;
      return P2_NET_ERR | err_of_errno(errno);
    }
    memmove(s->pend, s->pend + k, s->pend_len - (size_t)k);
    s->pend_len -= (size_t)k;
  }
  return UINT32_MAX;
}

uint32_t h_sock_flush(hearth_wasip2 *p, p2_obj *o, bool block) {
  p2_sock *s = o->sock;
  for (;;) {
    uint32_t e = send_pending(s);
    if (e != UINT32_MAX || !s->pend_len || !block) return e;
    if (!wait_fd(p, s->fd, POLLOUT)) return UINT32_MAX; /* interrupted: the guest traps next */
  }
}

uint32_t h_sock_write(hearth_wasip2 *p, p2_obj *o, const uint8_t *buf, size_t n, bool flush) {
  p2_sock *s = o->sock;
  if (s->shut_wr) return P2_NET_ERR | SE_INVALID_STATE;
  uint32_t e = send_pending(s);
  if (e != UINT32_MAX) return e;
  while (n && !s->pend_len) { /* straight to the socket while it takes bytes */
    ssize_t k = send(s->fd, buf, n, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
    if (k < 0) return P2_NET_ERR | err_of_errno(errno);
    buf += k;
    n -= (size_t)k;
  }
  if (n) { /* the rest waits for the socket */
    if (n > s->pend_cap - s->pend_len) {
      size_t cap = s->pend_len + n;
      uint8_t *np = h_realloc(s->pend, cap);
      if (!np) return P2_NET_ERR | SE_OUT_OF_MEMORY;
      s->pend = np;
      s->pend_cap = cap;
    }
    memcpy(s->pend + s->pend_len, buf, n);
    s->pend_len += n;
  }
  return flush ? h_sock_flush(p, o, true) : UINT32_MAX;
}

uint32_t h_sock_check_write(p2_obj *o, uint64_t *permit, bool *closed) {
  p2_sock *s = o->sock;
  *permit = 0;
  *closed = s->shut_wr;
  if (s->shut_wr) return UINT32_MAX;
  uint32_t e = send_pending(s);
  if (e == UINT32_MAX && !s->pend_len) *permit = H_SOCK_WRITE_PERMIT;
  s->wpermit = *permit;
  return e;
}

/* The WIT's precondition of write: check-write permitted at least n bytes (what earlier writes
 * took counts against it), else the guest traps; a write with no check-write before it has 0. */
hearth_status h_sock_take_permit(p2_obj *o, size_t n) {
  p2_sock *s = o->sock;
  if (n > s->wpermit)
    return h_err(HEARTH_ERR_TRAP, "wasi:io/streams: write of %zu bytes to a socket, check-write "
                 "permitted %llu", n, (unsigned long long)s->wpermit);
  s->wpermit -= n;
  return HEARTH_OK;
}

hearth_status h_sock_stream_pollable(hearth_wasip2 *p, p2_obj *o, hearth_cval *r) {
  return sock_pollable(p, o->sock, NULL, o->kind == O_IN ? R_IN : R_OUT, r);
}

/* ---------------------------------------------------------------- udp */

HOST(udp_stream) {
  SELF;
  NEED(2);
  SOCK_SELF(s, O_UDP, "udp-socket.stream");
  if (s->state != TS_BOUND) return net_err(r, SE_INVALID_STATE);
  struct sockaddr_storage ss;
  socklen_t len = 0;
  if (a[1].kind != HEARTH_CV_OPTION) return h_err(HEARTH_ERR_TRAP, "udp-socket.stream: not an option");
  bool some = a[1].of.cas.index == 1 && a[1].of.cas.payload;
  if (some) {
    uint32_t e = addr_in(a[1].of.cas.payload, s->v6, true, &ss, &len);
    if (e != UINT32_MAX) return net_err(r, e);
    if (!allowed(p, &ss)) return net_err(r, SE_ACCESS_DENIED);
  }
  if (s->has_remote) { /* disconnect first (AF_UNSPEC) */
    struct sockaddr un = {.sa_family = AF_UNSPEC};
    (void)connect(s->fd, &un, sizeof un);
    s->has_remote = false;
  }
  if (some) {
    if (connect(s->fd, (struct sockaddr *)&ss, len) != 0) return net_errno(r);
    s->has_remote = true;
    s->remote = ss;
    s->remote_len = len;
  }
  s->permit = 0;
  uint32_t reps[2];
  if (!sock_obj(p, O_INDGRAM, s, 0, &reps[0])) return h_p2_nomem();
  if (!sock_obj(p, O_OUTDGRAM, s, 0, &reps[1])) {
    h_p2_free(p, reps[0]);
    return h_p2_nomem();
  }
  hearth_cval *pl;
  hearth_status st = h_p2_ok(r, &pl);
  return give_all(p, st, pl, reps, 2);
}

HOST(udp_local_address) {
  SELF;
  SOCK_SELF(s, O_UDP, "udp-socket.local-address");
  if (s->state != TS_BOUND) return net_err(r, SE_INVALID_STATE);
  return sockname(s, false, r);
}
HOST(udp_remote_address) {
  SELF;
  SOCK_SELF(s, O_UDP, "udp-socket.remote-address");
  if (!s->has_remote) return net_err(r, SE_INVALID_STATE);
  return sockname(s, true, r);
}
HOST(udp_subscribe) { SELF; SOCK_SELF(s, O_UDP, "udp-socket.subscribe"); return sock_pollable(p, s, NULL, R_UDP, r); }

typedef struct dgram {
  uint8_t *data;
  size_t len;
  struct sockaddr_storage from;
} dgram;

HOST(udp_receive) {
  SELF;
  NEED(2);
  SOCK_SELF(s, O_INDGRAM, "incoming-datagram-stream.receive");
  size_t max = a[1].of.u > H_SOCK_DGRAM_BATCH ? H_SOCK_DGRAM_BATCH : (size_t)a[1].of.u;
  dgram *d = max ? h_calloc(max, sizeof *d) : NULL;
  uint8_t *buf = max ? h_malloc(65536) : NULL;
  if (max && (!d || !buf)) {
    h_free(d);
    h_free(buf);
    return h_p2_nomem();
  }
  size_t n = 0;
  hearth_status st = HEARTH_OK;
  uint32_t err = UINT32_MAX;
  while (n < max) {
    socklen_t fl = sizeof d[n].from;
    ssize_t k = recvfrom(s->fd, buf, 65536, MSG_DONTWAIT, (struct sockaddr *)&d[n].from, &fl);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) {
      if (errno != EAGAIN && errno != EWOULDBLOCK && n == 0) err = err_of_errno(errno);
      break;
    }
    if (!allowed(p, &d[n].from)) continue; /* a restricted grant: from granted hosts only */
    if (k && !(d[n].data = h_malloc((size_t)k))) {
      st = h_p2_nomem();
      break;
    }
    if (k) memcpy(d[n].data, buf, (size_t)k);
    d[n++].len = (size_t)k;
  }
  h_free(buf);
  hearth_cval *pl, *items;
  if (!st && err != UINT32_MAX) st = net_err(r, err);
  else if (!st) {
    st = h_p2_ok(r, &pl);
    if (!st) st = hearth_cval_set_list(pl, HEARTH_CV_LIST, n, &items);
    for (size_t i = 0; !st && i < n; i++) {
      hearth_cval *f;
      st = hearth_cval_set_list(&items[i], HEARTH_CV_RECORD, 2, &f);
      if (!st) st = h_p2_set_bytes(&f[0], d[i].data, d[i].len);
      if (!st) st = addr_out(&f[1], &d[i].from);
    }
  }
  for (size_t i = 0; i < max; i++) h_free(d[i].data);
  h_free(d);
  return st;
}

HOST(udp_in_subscribe) {
  SELF;
  SOCK_SELF(s, O_INDGRAM, "incoming-datagram-stream.subscribe");
  return sock_pollable(p, s, NULL, R_DIN, r);
}

HOST(udp_check_send) {
  SELF;
  SOCK_SELF(s, O_OUTDGRAM, "outgoing-datagram-stream.check-send");
  struct pollfd pf = {.fd = s->fd, .events = POLLOUT};
  s->permit = poll(&pf, 1, 0) > 0 ? H_SOCK_DGRAM_BATCH : 0;
  hearth_cval *pl;
  hearth_status st = h_p2_ok(r, &pl);
  if (!st) set_uint(pl, HEARTH_CV_U64, s->permit);
  return st;
}

HOST(udp_send) {
  SELF;
  NEED(2);
  SOCK_SELF(s, O_OUTDGRAM, "outgoing-datagram-stream.send");
  if (a[1].kind != HEARTH_CV_LIST) return h_err(HEARTH_ERR_TRAP, "send: not a list of datagrams");
  size_t n = a[1].of.list.len;
  for (size_t i = 0; i < n; i++) {
    const hearth_cval *d = &a[1].of.list.items[i];
    if (d->kind != HEARTH_CV_RECORD || d->of.list.len != 2 ||
        (d->of.list.items[0].kind != HEARTH_CV_PACKED && d->of.list.items[0].kind != HEARTH_CV_LIST) ||
        d->of.list.items[1].kind != HEARTH_CV_OPTION)
      return h_err(HEARTH_ERR_TRAP, "send: datagram %zu is no outgoing-datagram", i);
  }
  if (n > s->permit)
    return h_err(HEARTH_ERR_TRAP, "wasi:sockets: send of %zu datagrams, check-send permitted %llu",
                 n, (unsigned long long)s->permit);
  s->permit -= n;
  size_t sent = 0;
  uint32_t err = UINT32_MAX;
  for (size_t i = 0; i < n && err == UINT32_MAX; i++) {
    const hearth_cval *f = a[1].of.list.items[i].of.list.items;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    bool some = f[1].of.cas.index == 1 && f[1].of.cas.payload;
    if (some) {
      err = addr_in(f[1].of.cas.payload, s->v6, true, &ss, &len);
      if (err != UINT32_MAX) break;
      if (s->has_remote && !same_addr(&ss, &s->remote)) {
        err = SE_INVALID_ARGUMENT;
        break;
      }
      if (!allowed(p, &ss)) {
        err = SE_ACCESS_DENIED;
        break;
      }
    } else if (!s->has_remote) {
      err = SE_INVALID_ARGUMENT;
      break;
    }
    uint8_t *data;
    size_t dl;
    hearth_status st = h_p2_get_bytes(&f[0], &data, &dl);
    if (st) return st;
    ssize_t k;
    do k = s->has_remote ? send(s->fd, data, dl, MSG_DONTWAIT | MSG_NOSIGNAL)
                         : sendto(s->fd, data, dl, MSG_DONTWAIT | MSG_NOSIGNAL, (struct sockaddr *)&ss, len);
    while (k < 0 && errno == EINTR);
    int en = errno;
    h_free(data);
    if (k < 0) {
      if (en != EAGAIN && en != EWOULDBLOCK) err = err_of_errno(en);
      break;
    }
    sent++;
  }
  if (err != UINT32_MAX && sent == 0) return net_err(r, err);
  hearth_cval *pl;
  hearth_status st = h_p2_ok(r, &pl);
  if (!st) set_uint(pl, HEARTH_CV_U64, sent);
  return st;
}

HOST(udp_out_subscribe) {
  SELF;
  SOCK_SELF(s, O_OUTDGRAM, "outgoing-datagram-stream.subscribe");
  return sock_pollable(p, s, NULL, R_DOUT, r);
}

/* ---------------------------------------------------------------- ip-name-lookup */

/* A lookup, shared by its object, its pollables and the thread resolving it. The thread writes
 * gai/addrs/n, then sets done (release) and signals efd; the guest's thread reads them only
 * after seeing done (acquire). */
typedef struct p2_lookup {
  atomic_uint refs;
  atomic_bool done;
  int efd;            /* owned eventfd: readable once done */
  int gai;            /* getaddrinfo's result */
  net_addr *addrs;    /* owned */
  size_t n, next;     /* next: the guest's cursor */
  char name[256];
} p2_lookup;

static atomic_uint g_lookup_threads;

static void lookup_unref(p2_lookup *l) {
  if (!l || atomic_fetch_sub(&l->refs, 1) != 1) return;
  if (l->efd >= 0) close(l->efd);
  h_free(l->addrs);
  h_free(l);
}

/* Resolves l->name (any thread): the IPv4 and IPv6 addresses, each once. */
static void lookup_resolve(p2_lookup *l) {
  struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM}, *res = NULL;
  l->gai = getaddrinfo(l->name, NULL, &hints, &res);
  size_t cap = 0;
  for (struct addrinfo *ai = res; !l->gai && ai; ai = ai->ai_next) {
    if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6) continue;
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    memcpy(&ss, ai->ai_addr, ai->ai_addrlen);
    net_addr k = addr_key(&ss);
    k.port = 0;
    bool dup = false;
    for (size_t i = 0; i < l->n && !dup; i++) dup = memcmp(&l->addrs[i], &k, sizeof k) == 0;
    if (dup) continue;
    if (l->n == cap) {
      net_addr *na = h_realloc(l->addrs, (cap ? cap * 2 : 4) * sizeof *na);
      if (!na) {
        l->gai = EAI_MEMORY;
        break;
      }
      l->addrs = na;
      cap = cap ? cap * 2 : 4;
    }
    l->addrs[l->n++] = k;
  }
  if (res) freeaddrinfo(res);
  atomic_store_explicit(&l->done, true, memory_order_release);
  uint64_t one = 1;
  ssize_t w = write(l->efd, &one, sizeof one);
  (void)w;
}

static void *lookup_thread(void *arg) {
  p2_lookup *l = arg;
  lookup_resolve(l);
  atomic_fetch_sub(&g_lookup_threads, 1);
  lookup_unref(l);
  return NULL;
}

/* Whether name may go to the resolver: 1-253 bytes of letters, digits, '-', '.', '_' or (an
 * IPv6 literal) ':' and hex, optionally in brackets. */
static bool name_ok(const hearth_cval *v, char *out) {
  if (v->kind != HEARTH_CV_STRING) return false;
  size_t len = v->of.str.len;
  const char *s = v->of.str.data;
  if (len >= 2 && s[0] == '[' && s[len - 1] == ']') {
    s++;
    len -= 2;
  }
  if (len == 0 || len > 253) return false;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '.' || c == '_' || c == ':'))
      return false;
  }
  memcpy(out, s, len);
  out[len] = 0;
  return true;
}

HOST(lookup_resolve_addresses) {
  SELF;
  NEED(2);
  GET(net, p, a[0].of.rep, O_NETWORK, "resolve-addresses network");
  (void)net;
  if (!p->net) return net_err(r, SE_ACCESS_DENIED);
  p2_lookup *l = h_calloc(1, sizeof *l);
  if (!l) return h_p2_nomem();
  atomic_init(&l->refs, 1);
  l->efd = -1;
  if (!name_ok(&a[1], l->name)) {
    h_free(l);
    return net_err(r, SE_INVALID_ARGUMENT);
  }
  if ((l->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) < 0) {
    lookup_unref(l);
    return net_errno(r);
  }
  struct in6_addr tmp;
  bool literal = inet_pton(AF_INET, l->name, &tmp) == 1 || inet_pton(AF_INET6, l->name, &tmp) == 1;
  bool threaded = false;
  if (!literal && atomic_fetch_add(&g_lookup_threads, 1) < H_SOCK_LOOKUP_THREADS) {
    pthread_attr_t at;
    pthread_t th;
    atomic_fetch_add(&l->refs, 1); /* the thread's */
    if (pthread_attr_init(&at) == 0) {
      pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
      threaded = pthread_create(&th, &at, lookup_thread, l) == 0;
      pthread_attr_destroy(&at);
    }
    if (!threaded) atomic_fetch_sub(&l->refs, 1);
  }
  if (!threaded) {
    if (!literal) atomic_fetch_sub(&g_lookup_threads, 1);
    lookup_resolve(l); /* here: a literal, or too many lookups under way */
  }
  uint32_t rep;
  p2_obj *o = h_p2_new(p, O_LOOKUP, &rep);
  if (!o) {
    lookup_unref(l);
    return h_p2_nomem();
  }
  o->lookup = l;
  hearth_cval *pl;
  hearth_status st = h_p2_ok(r, &pl);
  return give_all(p, st, pl, &rep, 1);
}

HOST(lookup_next) {
  SELF;
  NEED(1);
  GET(o, p, a[0].of.rep, O_LOOKUP, "resolve-address-stream.resolve-next-address");
  p2_lookup *l = o->lookup;
  if (!atomic_load_explicit(&l->done, memory_order_acquire)) return net_err(r, SE_WOULD_BLOCK);
  if (l->gai) {
    uint32_t c = l->gai == EAI_NONAME || l->gai == EAI_NODATA ? SE_NAME_UNRESOLVABLE
                 : l->gai == EAI_AGAIN                         ? SE_TEMPORARY_RESOLVER_FAILURE
                 : l->gai == EAI_FAIL                          ? SE_PERMANENT_RESOLVER_FAILURE
                 : l->gai == EAI_MEMORY                        ? SE_OUT_OF_MEMORY
                                                               : SE_UNKNOWN;
    return net_err(r, c);
  }
  hearth_cval *pl, *opt;
  hearth_status st = h_p2_ok(r, &pl);
  if (st) return st;
  if (l->next >= l->n) return hearth_cval_set_case(pl, HEARTH_CV_OPTION, 0, false, NULL);
  st = hearth_cval_set_case(pl, HEARTH_CV_OPTION, 1, true, &opt);
  const net_addr *k = &l->addrs[l->next++];
  return st ? st : ip_out(opt, k->v6, k->a);
}

HOST(lookup_subscribe) {
  SELF;
  NEED(1);
  GET(o, p, a[0].of.rep, O_LOOKUP, "resolve-address-stream.subscribe");
  return sock_pollable(p, NULL, o->lookup, R_LOOKUP, r);
}

/* ---------------------------------------------------------------- pollables */

static hearth_status sock_pollable(hearth_wasip2 *p, p2_sock *s, struct p2_lookup *l, uint8_t role,
                                   hearth_cval *r) {
  uint32_t rep;
  p2_obj *o = h_p2_new(p, O_POLL, &rep);
  if (!o) return h_p2_nomem();
  o->src = PL_SOCK;
  o->dflags = role;
  if (s) {
    o->sock = s;
    s->refs++;
  }
  if (l) {
    o->lookup = l;
    atomic_fetch_add(&l->refs, 1);
  }
  h_p2_set_own(r, rep);
  return HEARTH_OK;
}

bool h_sock_poll_spec(const p2_obj *o, int *fd, short *events) {
  if (o->dflags == R_LOOKUP) {
    if (atomic_load_explicit(&o->lookup->done, memory_order_acquire)) return true;
    *fd = o->lookup->efd;
    *events = POLLIN;
    return false;
  }
  const p2_sock *s = o->sock;
  *fd = s->fd;
  switch (o->dflags) {
  case R_TCP: /* ready when the operation in progress can finish (connect, accept) */
    if (s->state == TS_CONNECTING) *events = POLLOUT;
    else if (s->state == TS_LISTENING) *events = POLLIN;
    else return true;
    return false;
  case R_IN: if (s->shut_rd) return true; *events = POLLIN; return false;
  case R_OUT: if (s->shut_wr) return true; *events = POLLOUT; return false;
  case R_DIN: *events = POLLIN; return false;
  case R_DOUT: *events = POLLOUT; return false;
  default: return true; /* R_UDP: nothing is ever in progress */
  }
}

void h_sock_release(p2_obj *o) {
  sock_unref(o->sock);
  lookup_unref(o->lookup);
  o->sock = NULL;
  o->lookup = NULL;
}

/* ---------------------------------------------------------------- the table */

#define TCPM(m) "[method]tcp-socket." m
#define UDPM(m) "[method]udp-socket." m
#define SOCK_FUNCS(X)                                                                           \
  X(I_INET, "instance-network", sock_instance_network)                                          \
  X(I_NET, "network-error-code", sock_network_error_code)                                       \
  X(I_TCPC, "create-tcp-socket", sock_create_tcp)                                               \
  X(I_UDPC, "create-udp-socket", sock_create_udp)                                               \
  X(I_LOOKUP, "resolve-addresses", lookup_resolve_addresses)                                    \
  X(I_LOOKUP, "[method]resolve-address-stream.resolve-next-address", lookup_next)               \
  X(I_LOOKUP, "[method]resolve-address-stream.subscribe", lookup_subscribe)                     \
  X(I_TCP, TCPM("start-bind"), tcp_start_bind) X(I_TCP, TCPM("finish-bind"), tcp_finish_bind)   \
  X(I_TCP, TCPM("start-connect"), tcp_start_connect)                                            \
  X(I_TCP, TCPM("finish-connect"), tcp_finish_connect)                                          \
  X(I_TCP, TCPM("start-listen"), tcp_start_listen)                                              \
  X(I_TCP, TCPM("finish-listen"), tcp_finish_listen) X(I_TCP, TCPM("accept"), tcp_accept)       \
  X(I_TCP, TCPM("local-address"), tcp_local_address)                                            \
  X(I_TCP, TCPM("remote-address"), tcp_remote_address)                                          \
  X(I_TCP, TCPM("is-listening"), tcp_is_listening)                                              \
  X(I_TCP, TCPM("address-family"), tcp_address_family)                                          \
  X(I_TCP, TCPM("set-listen-backlog-size"), tcp_set_listen_backlog_size)                        \
  X(I_TCP, TCPM("keep-alive-enabled"), tcp_get_keep_alive_enabled)                              \
  X(I_TCP, TCPM("set-keep-alive-enabled"), tcp_set_keep_alive_enabled)                          \
  X(I_TCP, TCPM("keep-alive-idle-time"), tcp_get_keep_alive_idle_time)                          \
  X(I_TCP, TCPM("set-keep-alive-idle-time"), tcp_set_keep_alive_idle_time)                      \
  X(I_TCP, TCPM("keep-alive-interval"), tcp_get_keep_alive_interval)                            \
  X(I_TCP, TCPM("set-keep-alive-interval"), tcp_set_keep_alive_interval)                        \
  X(I_TCP, TCPM("keep-alive-count"), tcp_get_keep_alive_count)                                  \
  X(I_TCP, TCPM("set-keep-alive-count"), tcp_set_keep_alive_count)                              \
  X(I_TCP, TCPM("hop-limit"), tcp_get_hop_limit) X(I_TCP, TCPM("set-hop-limit"), tcp_set_hop_limit) \
  X(I_TCP, TCPM("receive-buffer-size"), tcp_get_receive_buffer_size)                            \
  X(I_TCP, TCPM("set-receive-buffer-size"), tcp_set_receive_buffer_size)                        \
  X(I_TCP, TCPM("send-buffer-size"), tcp_get_send_buffer_size)                                  \
  X(I_TCP, TCPM("set-send-buffer-size"), tcp_set_send_buffer_size)                              \
  X(I_TCP, TCPM("subscribe"), tcp_subscribe) X(I_TCP, TCPM("shutdown"), tcp_shutdown)           \
  X(I_UDP, UDPM("start-bind"), udp_start_bind) X(I_UDP, UDPM("finish-bind"), udp_finish_bind)   \
  X(I_UDP, UDPM("stream"), udp_stream) X(I_UDP, UDPM("local-address"), udp_local_address)       \
  X(I_UDP, UDPM("remote-address"), udp_remote_address)                                          \
  X(I_UDP, UDPM("address-family"), udp_address_family)                                          \
  X(I_UDP, UDPM("unicast-hop-limit"), udp_get_hop_limit)                                        \
  X(I_UDP, UDPM("set-unicast-hop-limit"), udp_set_hop_limit)                                    \
  X(I_UDP, UDPM("receive-buffer-size"), udp_get_rcvbuf)                                         \
  X(I_UDP, UDPM("set-receive-buffer-size"), udp_set_rcvbuf)                                     \
  X(I_UDP, UDPM("send-buffer-size"), udp_get_sndbuf)                                            \
  X(I_UDP, UDPM("set-send-buffer-size"), udp_set_sndbuf)                                        \
  X(I_UDP, UDPM("subscribe"), udp_subscribe)                                                    \
  X(I_UDP, "[method]incoming-datagram-stream.receive", udp_receive)                             \
  X(I_UDP, "[method]incoming-datagram-stream.subscribe", udp_in_subscribe)                      \
  X(I_UDP, "[method]outgoing-datagram-stream.check-send", udp_check_send)                       \
  X(I_UDP, "[method]outgoing-datagram-stream.send", udp_send)                                   \
  X(I_UDP, "[method]outgoing-datagram-stream.subscribe", udp_out_subscribe)

hearth_status h_sock_define(hearth_clinker *l, hearth_wasip2 *p) {
  hearth_status st;
  /* datagrams' payloads arrive packed (h_p2_get_bytes takes both forms) */
#define X(i, n, f)                                                                              \
  if ((st = hearth_clinker_define_func_flags(l, i, n, f, p,                                     \
                                             strcmp(i, I_UDP) == 0 ? HEARTH_CFUNC_PACKED : 0)))  \
    return st;
  SOCK_FUNCS(X)
#undef X
  return HEARTH_OK;
}

static bool iface_is(const char *defined, const char *iface) {
  size_t n = strcspn(defined, "@");
  return strncmp(defined, iface, n) == 0 && (iface[n] == 0 || iface[n] == '@');
}

hearth_status h_sock_call(hearth_wasip2 *p, const char *iface, const char *name,
                          const hearth_cval *args, size_t nargs, hearth_cval *result) {
#define X(i, n, f)                                                                              \
  if (iface_is(i, iface) && strcmp(n, name) == 0) return f(p, args, nargs, result, result ? 1 : 0);
  SOCK_FUNCS(X)
#undef X
  return h_err(HEARTH_ERR_NOT_FOUND, "no function %s#%s", iface, name);
}
