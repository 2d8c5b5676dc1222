/* serve.h: the contracts between the files of the serve layer (`hearth serve`: WebAssembly behind
 * HTTP, built on the public pool API only). Not a public header: the CLI calls hearth_serve_main.
 *
 * Files: config.c (h_serve_cfg_: YAML file and quick-start flags to one h_serve_cfg), cgi.c
 * (h_serve_cgi_: WAGI request environment and CGI response parsing), metrics.c (h_serve_metrics_:
 * per-route counters and the Prometheus text), serve.c (h_serve_: the HTTP server, routes, handlers,
 * signals, reloads). */
#ifndef H_SERVE_H
#define H_SERVE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "hearth.h"

/* The entry point of `hearth serve ARGS...` (argv[0] is "serve"); returns the process exit status. */
int hearth_serve_main(int argc, char **argv);

/* ---------------------------------------------------------------- configuration (config.c) */

/* Loads libyaml with dlopen (once; the main thread only); false with err set if it is missing. */
bool h_serve_yaml_load(char *err, size_t errlen);

typedef enum h_serve_match {
  H_SERVE_PREFIX = 0, /* the path itself or anything below it ("/a" matches "/a", "/a/b", not "/ab") */
  H_SERVE_EXACT = 1   /* the path only */
} h_serve_match;

typedef struct h_serve_dir {
  char *host, *guest; /* owned */
  bool read_only;
} h_serve_dir;

/* One route: which requests, which module, how it is called and bounded. Strings owned. */
typedef struct h_serve_route_cfg {
  char *path;            /* begins with '/' */
  h_serve_match match;
  char *module;          /* file path (relative ones resolved against the config file's directory) */
  char *invoke;          /* NULL: the module is a WASI command run per request (WAGI) */
  char *content_type;    /* bytes-ABI routes; NULL: application/octet-stream */
  char **env;            /* "NAME=VALUE", nenv of them */
  size_t nenv;
  h_serve_dir *dirs;
  size_t ndirs;
  char **hosts;          /* allowed_hosts / --allow-host: HOST[:PORT] wasi:http guests may reach */
  size_t nhosts;
  bool allow_net;        /* allow_net / --allow-net: all of wasi:sockets (else only to hosts) */
  uint64_t max_body;     /* request body bytes; more is 413 */
  uint64_t max_output;   /* guest stdout bytes (commands) */
  uint64_t init_timeout_ms;
  hearth_pool_config pool; /* policy, instances, queue, recycling, per-call limits */
  int line;              /* 1-based line of its definition (0: from flags) */
} h_serve_route_cfg;

typedef struct h_serve_cfg {
  char *file;            /* the config file, NULL for the quick start; owned */
  char *addr;            /* HOST:PORT; owned */
  uint32_t connection_limit;
  uint32_t idle_timeout_s;
  uint64_t drain_timeout_ms;
  bool access_log;
  h_serve_route_cfg *routes;
  size_t nroutes;
} h_serve_cfg;

/* Parses `hearth serve` arguments (argv[0] is "serve"). Returns -1 to go on with *cfg filled (to be
 * released with h_serve_cfg_free), else an exit status (0 after --help; 2 for usage errors, with
 * the message on stderr). A --config file is read here; flags given with it override its server
 * settings (--addr). */
int h_serve_cfg_from_args(int argc, char **argv, h_serve_cfg *cfg);
/* Reads a YAML config file into *cfg (zeroed first). On failure returns false with
 * "FILE:LINE:COLUMN: message" in err. */
bool h_serve_cfg_load(const char *file, h_serve_cfg *cfg, char *err, size_t errlen);
void h_serve_cfg_free(h_serve_cfg *cfg);
/* Deep copy of a route's settings; false when out of memory. */
bool h_serve_cfg_route_copy(h_serve_route_cfg *dst, const h_serve_route_cfg *src);
void h_serve_cfg_route_free(h_serve_route_cfg *r);
/* Whether two routes have the same settings (the module file's content is compared elsewhere). */
bool h_serve_cfg_route_equal(const h_serve_route_cfg *a, const h_serve_route_cfg *b);
/* The usage text of `hearth serve`. */
void h_serve_cfg_usage(void);

/* ---------------------------------------------------------------- WAGI / CGI (cgi.c) */

/* A growable vector of owned strings. */
typedef struct h_serve_strv {
  char **v;
  size_t n, cap;
} h_serve_strv;
bool h_serve_strv_push(h_serve_strv *sv, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void h_serve_strv_free(h_serve_strv *sv);

typedef struct h_serve_cgi_header {
  const char *name, *value; /* borrowed */
} h_serve_cgi_header;

/* The request as RFC 3875 describes it to a script; every string borrowed, none NULL. */
typedef struct h_serve_cgi_req {
  const char *method, *protocol;
  const char *script_name;   /* the route's path */
  const char *path_info;     /* the rest of the (decoded) path below script_name, or "" */
  const char *query;         /* raw, without '?' */
  const char *remote_addr, *server_name, *server_port;
  const char *route;         /* X_MATCHED_ROUTE */
  const char *full_url;      /* X_FULL_URL */
  uint64_t content_length;
  const char *content_type;  /* "" when absent */
  const h_serve_cgi_header *headers;
  size_t nheaders;
} h_serve_cgi_req;

/* Appends the CGI meta-variables (RFC 3875 section 4.1) and one HTTP_<NAME> per request header
 * (names upper-cased, '-' to '_'; repeated headers joined with ", "; Authorization,
 * Proxy-Authorization, Content-Type and Content-Length excluded) to env as "NAME=VALUE". */
bool h_serve_cgi_env(const h_serve_cgi_req *rq, h_serve_strv *env);
/* Whether NAME is one the request sets (a config's env must not shadow it). */
bool h_serve_cgi_reserved(const char *name);

#define H_SERVE_CGI_MAX_HEADERS 64

/* A CGI response (RFC 3875 section 6) parsed in place: header names and values are NUL-terminated
 * inside the buffer given to h_serve_cgi_parse. */
typedef struct h_serve_cgi_resp {
  int status;                 /* 200-599 from Status:, else 302 with Location:, else 200 */
  h_serve_cgi_header headers[H_SERVE_CGI_MAX_HEADERS]; /* Status itself not included */
  size_t nheaders;
  const uint8_t *body;
  size_t body_len;
} h_serve_cgi_resp;

/* Parses out[0..len) (modified: line ends become NULs). Lines end with LF or CRLF; the header block
 * ends at the first empty line and must be there. False with a reason in err when the output is
 * not a CGI response (no header block, a line without ':', a bad Status, too many headers). */
bool h_serve_cgi_parse(uint8_t *out, size_t len, h_serve_cgi_resp *r, char *err, size_t errlen);

/* ---------------------------------------------------------------- metrics (metrics.c) */

/* Upper bounds (seconds) of the latency histogram's buckets; +Inf follows. */
#define H_SERVE_LATENCY_BUCKETS(X) \
  X(0.0001) X(0.00025) X(0.0005) X(0.001) X(0.0025) X(0.005) X(0.01) X(0.025) X(0.05) X(0.1) \
  X(0.25) X(0.5) X(1.0) X(2.5) X(5.0) X(10.0)
#define H_SERVE_COUNT_ONE(x) +1
enum { H_SERVE_NBUCKETS = 0 H_SERVE_LATENCY_BUCKETS(H_SERVE_COUNT_ONE) };

/* Per-route request counters; they outlive reloads (a rebuilt route takes the old one's). Updated
 * with relaxed atomics from any thread. */
typedef struct h_serve_metrics {
  atomic_int refs;
  atomic_uint_fast64_t by_class[6];        /* index status/100: 1xx..5xx; [0] unused */
  atomic_uint_fast64_t buckets[H_SERVE_NBUCKETS + 1]; /* non-cumulative; last is +Inf */
  atomic_uint_fast64_t latency_sum_us;
  atomic_uint_fast64_t in_pool;            /* requests inside a pool call now */
  atomic_uint_fast64_t rebuilds;           /* reloads that rebuilt this route */
} h_serve_metrics;

h_serve_metrics *h_serve_metrics_new(void);
h_serve_metrics *h_serve_metrics_ref(h_serve_metrics *m);
void h_serve_metrics_unref(h_serve_metrics *m);
/* Counts one finished request. */
void h_serve_metrics_observe(h_serve_metrics *m, unsigned status, uint64_t latency_us);

/* What the metrics text needs of one route. */
typedef struct h_serve_metrics_route {
  const char *route;          /* label value */
  const h_serve_metrics *m;
  const hearth_pool_stats *pool;
  uint32_t max_instances;
} h_serve_metrics_route;

/* Server-wide figures. */
typedef struct h_serve_metrics_server {
  uint64_t in_flight, requests_unrouted[6], reloads_ok, reloads_failed;
  bool ready;
} h_serve_metrics_server;

/* The Prometheus text exposition (format 0.0.4) of every route and the server, malloc'd into
 * *out (NUL-terminated, *len bytes). False when out of memory. */
bool h_serve_metrics_text(const h_serve_metrics_route *routes, size_t n,
                          const h_serve_metrics_server *srv, char **out, size_t *len);

#endif /* H_SERVE_H */
