/* serve.c: `hearth serve`: WebAssembly behind HTTP/1.1 (libmicrohttpd), one pool per route, with
 * limits, /metrics, /healthz, /readyz, a drain on SIGTERM and config reloads on SIGHUP.
 *
 * How a request flows:
 * - libmicrohttpd runs a thread per connection (MHD_USE_THREAD_PER_CONNECTION): a request that waits
 *   for an instance or runs guest code blocks only its own connection, and /healthz or /metrics on
 *   another connection are never stuck behind it. Open connections are bounded (connection_limit)
 *   and idle ones time out (keepalive_timeout).
 * - The URI callback allocates the request's state (with the raw request target, for QUERY_STRING);
 *   the first handler call routes it and takes a reference on the route table; body chunks are
 *   collected up to the route's max_body (more is 413, at once when Content-Length says so); only
 *   when the whole body is in does the handler call the pool. The pool call returns after the
 *   instance is back in the pool, and only then is the response queued: a slow client holds a
 *   thread and a connection, never an instance.
 * - The completion callback writes the access log line, counts the request and drops the table
 *   reference.
 *
 * Reloads (SIGHUP): the main thread reads the config again and builds a new route table. A route
 * whose settings and module file (device, inode, size, mtime) are unchanged is shared with the old
 * table (a route is reference-counted), warm instances and all. A route whose pool settings are
 * unchanged keeps its pool (pools are reference-counted too, h_serve_pool): when only its module
 * file changed, the new module's template goes into the running pool with
 * hearth_pool_swap_template (calls in flight finish on old instances, which are retired as they
 * come back; every later call gets a new one), and when only request settings changed (invoke,
 * env, limits on the body) the route shares the old module and template as well. Only a route
 * whose pool settings changed gets a new pool. Swaps are made once the whole table is built, so a
 * reload that fails (bad config, a module that does not load) changes nothing; a swap that fails
 * undoes the ones before it. The table pointer is swapped under srv->mu; each request holds a
 * reference to the table it was routed with, so a request in flight finishes on the old route,
 * and the old table (and routes and pools no longer used) are freed by whichever thread drops the
 * last reference, after which hearth_pool_delete finds no call in progress.
 *
 * Signals: SIGTERM, SIGINT and SIGHUP are blocked in every thread (the mask is set before any thread
 * starts) and taken synchronously by the main thread with sigtimedwait, so no handler runs inside
 * libmicrohttpd or guest code.
 *
 * Libraries: libmicrohttpd (and libyaml, config.c) are not linked into the CLI, so that `hearth
 * run` does not pay the dynamic loader for them: hearth_serve_main loads them with dlopen first
 * thing (h_serve_mhd_load), and says which package is missing if one is. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>


#include <microhttpd.h> /* types and constants only: the functions come from h_serve_mhd */

#include "dynlib.h"
#include "http_client.h"
#include "serve.h"

/* ---------------------------------------------------------------- libmicrohttpd, loaded */

/* The soname Debian ships for libmicrohttpd's ABI 12 (package libmicrohttpd12). */
#ifndef H_SERVE_MHD_SONAME
#define H_SERVE_MHD_SONAME "libmicrohttpd.so.12"
#endif

/* The libmicrohttpd functions used, without their MHD_ prefix. */
#define H_SERVE_MHD_SYMS(X)                                                                     \
  X(start_daemon) X(stop_daemon) X(quiesce_daemon) X(queue_response) X(destroy_response)        \
  X(create_response_from_buffer) X(create_response_from_buffer_with_free_callback)              \
  X(create_response_from_callback) X(add_response_header) X(add_response_footer)                \
  X(get_connection_info) X(get_connection_values) X(lookup_connection_value)

/* libmicrohttpd's functions, resolved by h_serve_mhd_load before any thread starts (never
 * unloaded: process lifetime). */
static struct {
#define X(f) __typeof__(&MHD_##f) f;
  H_SERVE_MHD_SYMS(X)
#undef X
} h_serve_mhd;

/* Loads libmicrohttpd once (main thread, before the server starts); false with err set if it or
 * one of its functions is missing. */
static bool h_serve_mhd_load(char *err, size_t errlen) {
  static bool loaded;
  static const char *const names[] = {H_SERVE_MHD_SYMS(H_DYNLIB_NAME)};
  _Static_assert(sizeof h_serve_mhd == sizeof names, "the table is one pointer per name");
  if (!loaded)
    loaded = h_dynlib_load(H_SERVE_MHD_SONAME, "MHD_", names, sizeof names / sizeof *names,
                           &h_serve_mhd, err, errlen);
  return loaded;
}

/* ---------------------------------------------------------------- types */

/* A pool shared by the route objects of successive reloads (see Reloads above). */
typedef struct h_serve_pool {
  atomic_int refs;
  hearth_pool *pool;
} h_serve_pool;

/* A wasi:http component route's component and the WASI 0.2 linking its template uses (the
 * linker must outlive the template and its pools): shared by the routes that share the template. */
typedef struct h_serve_comp {
  atomic_int refs;
  hearth_component *c;
  hearth_wasi *w;          /* the route's env and preopens; guest stdout/stderr go to the log */
  hearth_wasip2 *p2;       /* the context the linker's functions are bound to (each call gets its own) */
  hearth_clinker *l;
  const char *handler;     /* the incoming-handler export (borrowed from c) */
  h_hc_allow allow;        /* the hosts its outgoing requests may reach (none: all denied) */
} h_serve_comp;

typedef struct h_serve_route {
  atomic_int refs;
  h_serve_route_cfg cfg;
  char *label;             /* metrics/log name: the path, with '*' after a prefix */
  const char *argv0;       /* the module's file name (borrowed from cfg.module) */
  hearth_module *module;
  h_serve_comp *comp;      /* a wasi:http component route (module NULL), one reference */
  hearth_template *tmpl;
  h_serve_pool *sp;        /* one reference */
  hearth_pool *pool;       /* sp->pool */
  h_serve_metrics *m;
  struct stat st;          /* the module file when loaded, to see whether a reload changed it */
  /* Reload bookkeeping until the new table is published: tmpl must be swapped into the shared
   * pool, whose template was undo_tmpl (a reference) before. */
  bool swap_pending;
  hearth_template *undo_tmpl;
} h_serve_route;

/* The routes in matching order: exact paths first, then prefixes, longest first. */
typedef struct h_serve_table {
  atomic_int refs;
  h_serve_route **routes;
  size_t n;
} h_serve_table;

typedef struct h_serve {
  h_serve_cfg cfg;
  hearth_engine *engine;
  hearth_linker *linker;   /* WASI with a NULL context: every pool attaches its own */
  pthread_mutex_t mu;      /* guards table (the pointer; the table is immutable) */
  h_serve_table *table;
  struct MHD_Daemon *daemon;
  char host[256], port[8];
  atomic_uint_fast64_t in_flight;
  atomic_bool draining;
  atomic_uint_fast64_t reloads_ok, reloads_failed, unrouted[6], err_counter;
  uint64_t err_seed;
} h_serve;

typedef struct h_serve_req {
  char *uri;               /* the raw request target, as received */
  uint64_t t0;
  h_serve_table *table;    /* a reference, once routed */
  h_serve_route *route;    /* borrowed from table; NULL: a built-in path or 404 */
  uint8_t *body;
  size_t body_len, body_cap;
  bool started;
  bool too_large;          /* a chunked body passed max_body: discarded, then 413 */
  uint64_t discarded;
  unsigned status;         /* what we queued; 0 when the library answered by itself */
  uint64_t resp_bytes;
  uint64_t instance;       /* the pool instance that served it (hearth_pool_last_instance), or 0 */
  char method[16];
  char peer[64];
  char errid[12];
} h_serve_req;

/* ---------------------------------------------------------------- logging */

static uint64_t h_serve_now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

static void h_serve_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* One line on stderr (the server log), written with one call so lines do not interleave. */
static void h_serve_log(const char *fmt, ...) {
  char line[2048];
  int n = snprintf(line, sizeof line, "hearth serve: ");
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line + n, sizeof line - (size_t)n - 1, fmt, ap);
  va_end(ap);
  size_t len = strlen(line);
  line[len++] = '\n';
  fwrite(line, 1, len, stderr);
}

/* Guest stderr into the log, line by line, with a prefix (never to the client). */
static void h_serve_log_guest(const char *prefix, const uint8_t *err, size_t len) {
  size_t pos = 0, lines = 0;
  while (pos < len && lines < 64) {
    const uint8_t *lf = memchr(err + pos, '\n', len - pos);
    size_t end = lf ? (size_t)(lf - err) : len;
    char buf[512];
    size_t n = end - pos < sizeof buf - 1 ? end - pos : sizeof buf - 1;
    for (size_t i = 0; i < n; i++) {
      unsigned char c = err[pos + i];
      buf[i] = (char)(c < 32 || c == 127 ? '?' : c);
    }
    buf[n] = 0;
    h_serve_log("%s: stderr: %s", prefix, buf);
    pos = end + 1;
    lines++;
  }
  if (pos < len) h_serve_log("%s: stderr: (%zu more bytes)", prefix, len - pos);
}

static void h_serve_mhd_log(void *cls, const char *fmt, va_list ap) {
  char msg[1024];
  vsnprintf(msg, sizeof msg, fmt, ap);
  size_t n = strlen(msg);
  while (n && (msg[n - 1] == '\n' || msg[n - 1] == '\r')) msg[--n] = 0;
  h_serve_log("http: %s", msg);
}

/* A short id for one failed request, shown to the client and in the log. */
static void h_serve_new_errid(h_serve *srv, char out[12]) {
  uint64_t x = srv->err_seed + atomic_fetch_add(&srv->err_counter, 1) * 0x9e3779b97f4a7c15ull;
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  snprintf(out, 12, "%08" PRIx32, (uint32_t)x);
}

/* ---------------------------------------------------------------- routes */

static void h_serve_pool_unref(h_serve_pool *sp) {
  if (!sp || atomic_fetch_sub_explicit(&sp->refs, 1, memory_order_acq_rel) != 1) return;
  hearth_pool_delete(sp->pool);
  free(sp);
}

static void h_serve_comp_unref(h_serve_comp *sc) {
  if (!sc || atomic_fetch_sub_explicit(&sc->refs, 1, memory_order_acq_rel) != 1) return;
  hearth_clinker_delete(sc->l);
  hearth_wasip2_delete(sc->p2);
  hearth_wasi_delete(sc->w);
  hearth_component_delete(sc->c);
  h_hc_allow_free(&sc->allow);
  free(sc);
}

static void h_serve_route_unref(h_serve_route *r) {
  if (!r || atomic_fetch_sub_explicit(&r->refs, 1, memory_order_acq_rel) != 1) return;
  h_serve_pool_unref(r->sp);
  hearth_template_delete(r->undo_tmpl);
  hearth_template_delete(r->tmpl);
  hearth_module_delete(r->module);
  h_serve_comp_unref(r->comp); /* after the pool and templates that link through it */
  h_serve_metrics_unref(r->m);
  h_serve_cfg_route_free(&r->cfg);
  free(r->label);
  free(r);
}

static void h_serve_table_unref(h_serve_table *t) {
  if (!t || atomic_fetch_sub_explicit(&t->refs, 1, memory_order_acq_rel) != 1) return;
  for (size_t i = 0; i < t->n; i++) h_serve_route_unref(t->routes[i]);
  free(t->routes);
  free(t);
}

/* The current table, with a reference the caller drops with h_serve_table_unref. */
static h_serve_table *h_serve_table_get(h_serve *srv) {
  pthread_mutex_lock(&srv->mu);
  h_serve_table *t = srv->table;
  if (t) atomic_fetch_add_explicit(&t->refs, 1, memory_order_relaxed);
  pthread_mutex_unlock(&srv->mu);
  return t;
}

static bool h_serve_read_file(const char *path, uint8_t **data, size_t *len, struct stat *st) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  bool stated = fstat(fd, st) == 0, ok = stated && S_ISREG(st->st_mode);
  size_t n = ok ? (size_t)st->st_size : 0, got = 0;
  uint8_t *buf = ok ? malloc(n ? n : 1) : NULL;
  while (buf && got < n) {
    ssize_t r = read(fd, buf + got, n - got);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    got += (size_t)r;
  }
  int e = errno;
  close(fd);
  if (!buf || got != n) {
    free(buf);
    /* errno 0: not a regular file (a device, a FIFO) */
    errno = ok ? (e ? e : EIO) : !stated ? e : S_ISDIR(st->st_mode) ? EISDIR : 0;
    return false;
  }
  *data = buf;
  *len = n;
  return true;
}

/* Checks that the template's instances have what the route calls, with a probe instance (no guest
 * code runs). */
static bool h_serve_route_probe(h_serve *srv, h_serve_route *r, char *err, size_t errlen) {
  hearth_store *store = NULL;
  hearth_instance *inst = NULL;
  hearth_extern ex;
  bool ok = false;
  /* the preopens are opened for each request: one that cannot be fails the route now, not every
   * request with a 500 (as `hearth run --dir` fails at once) */
  for (size_t i = 0; i < r->cfg.ndirs; i++) {
    int fd = open(r->cfg.dirs[i].host, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
      snprintf(err, errlen, "cannot open directory %s: %s", r->cfg.dirs[i].host, strerror(errno));
      return false;
    }
    close(fd);
  }
  if (r->comp) return true; /* its handler export was found when it was loaded */
  if (hearth_store_new(srv->engine, &store) != HEARTH_OK ||
      hearth_template_instantiate(r->tmpl, store, &inst) != HEARTH_OK) {
    snprintf(err, errlen, "cannot instantiate: %s", hearth_errmsg());
    goto out;
  }
  const hearth_valtype *pt, *rt;
  size_t np, nr;
  if (!r->cfg.invoke) {
    if (hearth_instance_export(inst, "_start", &ex) != HEARTH_OK || ex.kind != HEARTH_EXTERN_FUNC) {
      snprintf(err, errlen, "not a WASI command (no _start); give \"invoke\" for a bytes-ABI "
               "export");
      goto out;
    }
    ok = true;
    goto out;
  }
  if (hearth_instance_export(inst, r->cfg.invoke, &ex) != HEARTH_OK ||
      ex.kind != HEARTH_EXTERN_FUNC) {
    snprintf(err, errlen, "no exported function \"%s\"", r->cfg.invoke);
    goto out;
  }
  hearth_func_type(ex.of.func, &pt, &np, &rt, &nr);
  bool sig = np == 2 && nr == 1 && pt[0] == HEARTH_I32 && pt[1] == HEARTH_I32 && rt[0] == HEARTH_I32;
  hearth_extern re, me;
  if (!sig || hearth_instance_export(inst, "cabi_realloc", &re) != HEARTH_OK ||
      re.kind != HEARTH_EXTERN_FUNC || hearth_instance_export(inst, "memory", &me) != HEARTH_OK ||
      me.kind != HEARTH_EXTERN_MEMORY) {
    snprintf(err, errlen, "\"%s\" is not a bytes-ABI export: it must be (i32, i32) -> i32 and the "
             "module must export memory and cabi_realloc", r->cfg.invoke);
    goto out;
  }
  ok = true;
out:
  hearth_store_delete(store);
  return ok;
}

/* Whether a file is the one loaded as st (device, inode, size, mtime). */
static bool h_serve_same_file(const struct stat *a, const char *path) {
  struct stat b;
  return stat(path, &b) == 0 && a->st_dev == b.st_dev && a->st_ino == b.st_ino &&
         a->st_size == b.st_size && a->st_mtim.tv_sec == b.st_mtim.tv_sec &&
         a->st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

static hearth_status h_serve_preopen(hearth_wasi *w, void *user);

/* A wasi:http component route: the component, its handler export, a WASI 0.2 linker over a
 * context with the route's environment and preopens, and the template. */
static bool h_serve_comp_load(h_serve *srv, h_serve_route *r, const uint8_t *bytes, size_t len,
                              char *err, size_t errlen) {
  const h_serve_route_cfg *rc = &r->cfg;
  h_serve_comp *sc = calloc(1, sizeof *sc);
  if (!sc) {
    snprintf(err, errlen, "out of memory");
    return false;
  }
  atomic_init(&sc->refs, 1);
  r->comp = sc;
  if (rc->invoke) {
    snprintf(err, errlen, "%s is a component: a wasi:http route takes no \"invoke\"", rc->module);
    return false;
  }
  hearth_status s = hearth_component_new(srv->engine, bytes, len, &sc->c);
  if (s == HEARTH_OK && (s = hearth_component_http_handler(sc->c, &sc->handler)) != HEARTH_OK) {
    snprintf(err, errlen, "%s: %s", rc->module, hearth_errmsg());
    return false;
  }
  if (s == HEARTH_OK) s = hearth_wasi_new(&sc->w);
  if (s == HEARTH_OK) s = hearth_wasi_set_stdin_bytes(sc->w, NULL, 0);
  for (size_t i = 0; s == HEARTH_OK && i < rc->nenv; i++) {
    const char *e = rc->env[i], *eq = strchr(e, '=');
    char name[256];
    snprintf(name, sizeof name, "%.*s", (int)(eq ? eq - e : 0), e);
    s = hearth_wasi_add_env(sc->w, name, eq ? eq + 1 : "");
  }
  if (s == HEARTH_OK) s = h_serve_preopen(sc->w, r);
  if (s == HEARTH_OK) s = hearth_wasip2_new(sc->w, &sc->p2);
  for (size_t i = 0; s == HEARTH_OK && i < rc->nhosts; i++)
    if (!h_hc_allow_add(&sc->allow, rc->hosts[i])) s = HEARTH_ERR_NOMEM;
  if (s == HEARTH_OK && rc->nhosts && h_hc_install(sc->p2, &sc->allow) != HEARTH_OK) {
    snprintf(err, errlen, "%s: allowed hosts need outgoing HTTP, and this hearth was built "
             "without libcurl", rc->module);
    return false;
  }
  /* wasi:sockets: allow_net everything, allowed_hosts those hosts (as `hearth run`); the pooled
   * calls share this base context's grant (hearth_pool_call_http) */
  if (s == HEARTH_OK && (rc->allow_net || rc->nhosts)) {
    hearth_wasip2_net net = {.size = sizeof net, .allow = true,
                             .hosts = rc->allow_net ? NULL : (const char *const *)rc->hosts,
                             .nhosts = rc->allow_net ? 0 : rc->nhosts};
    if (hearth_wasip2_set_network(sc->p2, &net) != HEARTH_OK) {
      snprintf(err, errlen, "%s: %s", rc->module, hearth_errmsg());
      return false;
    }
  }
  if (s == HEARTH_OK) s = hearth_clinker_new(srv->engine, &sc->l);
  if (s == HEARTH_OK) s = hearth_wasip2_define(sc->l, sc->p2);
  hearth_template_config tc;
  memset(&tc, 0, sizeof tc);
  tc.max_memory_bytes = rc->pool.max_memory_bytes;
  tc.init_timeout_ms = rc->init_timeout_ms;
  if (s == HEARTH_OK) s = hearth_template_new_component(srv->engine, sc->c, sc->l, &tc, &r->tmpl);
  if (s != HEARTH_OK) {
    snprintf(err, errlen, "%s: %s: %s", rc->module, hearth_status_str(s), hearth_errmsg());
    return false;
  }
  return true;
}

/* Loads the route's module file and makes its template. */
static bool h_serve_route_load(h_serve *srv, h_serve_route *r, char *err, size_t errlen) {
  const h_serve_route_cfg *rc = &r->cfg;
  uint8_t *bytes = NULL;
  size_t len = 0;
  hearth_status s;
  if (!h_serve_read_file(rc->module, &bytes, &len, &r->st)) {
    snprintf(err, errlen, "cannot read %s: %s", rc->module,
             errno ? strerror(errno) : "not a regular file");
    return false;
  }
  if (hearth_is_component(bytes, len)) {
    bool ok = h_serve_comp_load(srv, r, bytes, len, err, errlen);
    free(bytes);
    return ok;
  }
  if (rc->nhosts || rc->allow_net) {
    free(bytes);
    snprintf(err, errlen, "%s: %s applies to wasi:http component routes only", rc->module,
             rc->nhosts ? "\"allowed_hosts\" (--allow-host)" : "\"allow_net\" (--allow-net)");
    return false;
  }
  s = hearth_module_new(srv->engine, bytes, len, &r->module);
  free(bytes);
  if (s != HEARTH_OK) {
    snprintf(err, errlen, "%s: %s: %s", rc->module, hearth_status_str(s), hearth_errmsg());
    return false;
  }
  /* Compile every function now rather than on the first requests. */
  if ((s = hearth_module_compile_all(r->module)) != HEARTH_OK) {
    snprintf(err, errlen, "%s: %s: %s", rc->module, hearth_status_str(s), hearth_errmsg());
    return false;
  }
  hearth_template_config tc;
  memset(&tc, 0, sizeof tc);
  tc.max_memory_bytes = rc->pool.max_memory_bytes;
  tc.init_timeout_ms = rc->init_timeout_ms;
  if ((s = hearth_template_new(srv->engine, r->module, srv->linker, &tc, &r->tmpl)) != HEARTH_OK) {
    snprintf(err, errlen, "%s: %s: %s", rc->module, hearth_status_str(s), hearth_errmsg());
    return false;
  }
  return true;
}

/* Makes a route object for rc. prev: the route of the same path in the running table, or NULL.
 * With prev and the same pool settings the route shares prev's pool (and, when the module file
 * and the template's settings are the same too, prev's module and template; otherwise the new
 * template is marked to be swapped in once the table is complete). Else it gets a new pool. The
 * metrics carry on from prev. NULL with err set on failure. */
static h_serve_route *h_serve_route_build(h_serve *srv, const h_serve_route_cfg *rc,
                                          h_serve_route *prev, char *err, size_t errlen) {
  h_serve_route *r = calloc(1, sizeof *r);
  hearth_status s;
  if (!r || !h_serve_cfg_route_copy(&r->cfg, rc)) {
    free(r);
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  atomic_init(&r->refs, 1);
  size_t pl = strlen(rc->path);
  r->label = malloc(pl + 2);
  r->m = prev ? h_serve_metrics_ref(prev->m) : h_serve_metrics_new();
  if (!r->label || !r->m) {
    snprintf(err, errlen, "out of memory");
    goto fail;
  }
  snprintf(r->label, pl + 2, "%s%s", rc->path, rc->match == H_SERVE_PREFIX ? "*" : "");
  const char *slash = strrchr(r->cfg.module, '/');
  r->argv0 = slash ? slash + 1 : r->cfg.module;
  /* Configs are zeroed before they are filled (config.c), so equal settings compare equal. */
  bool share_pool = prev && memcmp(&prev->cfg.pool, &rc->pool, sizeof rc->pool) == 0;
  bool same_hosts = prev && prev->cfg.nhosts == rc->nhosts && prev->cfg.allow_net == rc->allow_net;
  for (size_t i = 0; same_hosts && i < rc->nhosts; i++)
    same_hosts = strcmp(prev->cfg.hosts[i], rc->hosts[i]) == 0;
  if (share_pool && same_hosts && prev->cfg.init_timeout_ms == rc->init_timeout_ms &&
      strcmp(prev->cfg.module, rc->module) == 0 && h_serve_same_file(&prev->st, rc->module)) {
    r->module = prev->module ? hearth_module_ref(prev->module) : NULL;
    if ((r->comp = prev->comp)) atomic_fetch_add_explicit(&r->comp->refs, 1, memory_order_relaxed);
    r->tmpl = hearth_template_ref(prev->tmpl);
    r->st = prev->st;
  } else if (!h_serve_route_load(srv, r, err, errlen)) {
    goto fail;
  } else if (share_pool && !prev->comp && !r->comp) {
    r->swap_pending = true;
  } else {
    /* a component's template links through its own linker (h_serve_comp), which the old
     * instances still use: a changed component gets a new pool */
    share_pool = false;
  }
  char why[384];
  if (!h_serve_route_probe(srv, r, why, sizeof why)) {
    snprintf(err, errlen, "%s: %s", rc->module, why);
    goto fail;
  }
  if (share_pool) {
    r->sp = prev->sp;
    atomic_fetch_add_explicit(&r->sp->refs, 1, memory_order_relaxed);
    if (r->swap_pending) r->undo_tmpl = hearth_template_ref(prev->tmpl);
  } else {
    r->sp = calloc(1, sizeof *r->sp);
    if (!r->sp) {
      snprintf(err, errlen, "out of memory");
      goto fail;
    }
    atomic_init(&r->sp->refs, 1);
    if ((s = hearth_pool_new(r->tmpl, &rc->pool, &r->sp->pool)) != HEARTH_OK) {
      snprintf(err, errlen, "%s: cannot make the pool: %s: %s", rc->module, hearth_status_str(s),
               hearth_errmsg());
      free(r->sp);
      r->sp = NULL;
      goto fail;
    }
  }
  r->pool = r->sp->pool;
  return r;
fail:
  h_serve_route_unref(r);
  return NULL;
}

static int h_serve_route_order(const void *a, const void *b) {
  const h_serve_route *x = *(h_serve_route *const *)a, *y = *(h_serve_route *const *)b;
  if (x->cfg.match != y->cfg.match) return x->cfg.match == H_SERVE_EXACT ? -1 : 1;
  size_t lx = strlen(x->cfg.path), ly = strlen(y->cfg.path);
  return lx > ly ? -1 : lx < ly;
}

/* A table for cfg's routes, sharing unchanged routes with old (may be NULL). *rebuilt counts the
 * routes made anew. NULL with err set when a route cannot be made. */
static h_serve_table *h_serve_table_build(h_serve *srv, const h_serve_cfg *cfg,
                                          const h_serve_table *old, size_t *rebuilt, char *err,
                                          size_t errlen) {
  h_serve_table *t = calloc(1, sizeof *t);
  if (t) t->routes = calloc(cfg->nroutes, sizeof *t->routes);
  if (!t || !t->routes) {
    free(t);
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  atomic_init(&t->refs, 1);
  *rebuilt = 0;
  for (size_t i = 0; i < cfg->nroutes; i++) {
    const h_serve_route_cfg *rc = &cfg->routes[i];
    h_serve_route *prev = NULL;
    for (size_t j = 0; old && j < old->n && !prev; j++)
      if (old->routes[j]->cfg.match == rc->match && strcmp(old->routes[j]->cfg.path, rc->path) == 0)
        prev = old->routes[j];
    if (prev && h_serve_cfg_route_equal(&prev->cfg, rc) && h_serve_same_file(&prev->st, rc->module)) {
      atomic_fetch_add_explicit(&prev->refs, 1, memory_order_relaxed);
      t->routes[t->n++] = prev;
      continue;
    }
    char why[448];
    h_serve_route *r = h_serve_route_build(srv, rc, prev, why, sizeof why);
    if (!r) {
      if (rc->line) snprintf(err, errlen, "%s:%d: route %s: %s", cfg->file, rc->line, rc->path, why);
      else snprintf(err, errlen, "%s", why);
      h_serve_table_unref(t);
      return NULL;
    }
    if (prev) atomic_fetch_add_explicit(&r->m->rebuilds, 1, memory_order_relaxed);
    t->routes[t->n++] = r;
    (*rebuilt)++;
  }
  qsort(t->routes, t->n, sizeof *t->routes, h_serve_route_order);
  return t;
}

/* Swaps the new templates of t's routes into their shared pools (the last step of a reload, before
 * t is published). On a failure the swaps made so far are undone and false is returned with err. */
static bool h_serve_table_commit(h_serve_table *t, char *err, size_t errlen) {
  size_t i;
  bool ok = true;
  for (i = 0; i < t->n; i++) {
    h_serve_route *r = t->routes[i];
    if (!r->swap_pending) continue;
    hearth_status s = hearth_pool_swap_template(r->pool, r->tmpl);
    if (s != HEARTH_OK) {
      snprintf(err, errlen, "route %s: cannot swap the new module in: %s: %s", r->label,
               hearth_status_str(s), hearth_errmsg());
      ok = false;
      break;
    }
  }
  for (size_t j = 0; !ok && j < i; j++) {
    h_serve_route *r = t->routes[j];
    if (r->swap_pending && hearth_pool_swap_template(r->pool, r->undo_tmpl) != HEARTH_OK)
      h_serve_log("route %s: cannot swap the old module back: %s", r->label, hearth_errmsg());
  }
  for (size_t j = 0; j < t->n; j++) {
    h_serve_route *r = t->routes[j];
    r->swap_pending = false;
    hearth_template_delete(r->undo_tmpl);
    r->undo_tmpl = NULL;
  }
  return ok;
}

/* The route for a (decoded) path; *script gets how many bytes of path are the route's SCRIPT_NAME. */
static h_serve_route *h_serve_find(const h_serve_table *t, const char *path, size_t *script) {
  for (size_t i = 0; i < t->n; i++) {
    h_serve_route *r = t->routes[i];
    const char *p = r->cfg.path;
    size_t n = strlen(p);
    if (r->cfg.match == H_SERVE_EXACT) {
      if (strcmp(path, p) == 0) {
        *script = n;
        return r;
      }
      continue;
    }
    if (strncmp(path, p, n) != 0) continue;
    if (path[n] == 0 || path[n] == '/' || p[n - 1] == '/') {
      while (n > 0 && p[n - 1] == '/') n--; /* SCRIPT_NAME without its trailing '/' */
      *script = n;
      return r;
    }
  }
  return NULL;
}

/* ---------------------------------------------------------------- responses */

static enum MHD_Result h_serve_queue(h_serve *srv, h_serve_req *rq, struct MHD_Connection *c,
                                     unsigned status, struct MHD_Response *resp, size_t bytes) {
  if (!resp) return MHD_NO; /* out of memory: the library closes the connection */
  if (atomic_load(&srv->draining)) h_serve_mhd.add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
  enum MHD_Result ret = h_serve_mhd.queue_response(c, status, resp);
  h_serve_mhd.destroy_response(resp);
  rq->status = status;
  rq->resp_bytes = bytes;
  return ret;
}

/* A short text/plain response; header name/value added when name is non-NULL. */
static enum MHD_Result h_serve_text(h_serve *srv, h_serve_req *rq, struct MHD_Connection *c,
                                    unsigned status, const char *text, const char *name,
                                    const char *value) {
  size_t n = strlen(text);
  struct MHD_Response *resp =
      h_serve_mhd.create_response_from_buffer(n, (void *)(uintptr_t)text, MHD_RESPMEM_MUST_COPY);
  if (resp) {
    h_serve_mhd.add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain; charset=utf-8");
    if (name) h_serve_mhd.add_response_header(resp, name, value);
  }
  return h_serve_queue(srv, rq, c, status, resp, n);
}

/* A failed call: 503 when no instance was free, 504 past the deadline, else 500. 5xx answers carry
 * an error id that the log line shares; guest stderr goes to the log only. */
static enum MHD_Result h_serve_fail(h_serve *srv, h_serve_req *rq, struct MHD_Connection *c,
                                    hearth_status s, hearth_trap trap, int exit_code,
                                    const char *detail, const uint8_t *err, size_t err_len) {
  const h_serve_route *r = rq->route;
  if (s == HEARTH_ERR_LIMIT)
    return h_serve_text(srv, rq, c, MHD_HTTP_SERVICE_UNAVAILABLE,
                        "503 Service Unavailable: no instance is free; retry later\n",
                        MHD_HTTP_HEADER_RETRY_AFTER, "1");
  h_serve_new_errid(srv, rq->errid);
  unsigned status = trap == HEARTH_TRAP_DEADLINE ? MHD_HTTP_GATEWAY_TIMEOUT
                                                 : MHD_HTTP_INTERNAL_SERVER_ERROR;
  char prefix[64];
  snprintf(prefix, sizeof prefix, "error %s", rq->errid);
  if (s == HEARTH_OK && exit_code != 0)
    h_serve_log("%s: route %s: %s %s: exit code %d", prefix, r->label, rq->method, rq->uri,
                exit_code);
  else if (s == HEARTH_OK)
    h_serve_log("%s: route %s: %s %s: %s", prefix, r->label, rq->method, rq->uri,
                detail ? detail : "failed");
  else
    h_serve_log("%s: route %s: %s %s: %s: %s", prefix, r->label, rq->method, rq->uri,
                hearth_status_str(s), trap != HEARTH_TRAP_NONE ? hearth_trap_message(trap)
                                                               : detail ? detail : "");
  if (err_len) h_serve_log_guest(prefix, err, err_len);
  char body[160];
  snprintf(body, sizeof body, "%u %s (error id %s)\n", status,
           status == MHD_HTTP_GATEWAY_TIMEOUT ? "Gateway Timeout: the handler ran past its deadline"
                                              : "Internal Server Error",
           rq->errid);
  return h_serve_text(srv, rq, c, status, body, "X-Hearth-Error-Id", rq->errid);
}

/* ---------------------------------------------------------------- handlers */

static enum MHD_Result h_serve_run_bytes(h_serve *srv, h_serve_req *rq, struct MHD_Connection *c) {
  h_serve_route *r = rq->route;
  uint8_t *out = NULL;
  size_t out_len = 0;
  hearth_trap trap = HEARTH_TRAP_NONE;
  atomic_fetch_add_explicit(&r->m->in_pool, 1, memory_order_relaxed);
  hearth_status s = hearth_pool_call_bytes(r->pool, r->cfg.invoke, rq->body, rq->body_len, &out,
                                           &out_len, &trap);
  rq->instance = hearth_pool_last_instance();
  atomic_fetch_sub_explicit(&r->m->in_pool, 1, memory_order_relaxed);
  if (s != HEARTH_OK) {
    char detail[256];
    snprintf(detail, sizeof detail, "%s", hearth_errmsg());
    return h_serve_fail(srv, rq, c, s, trap, 0, detail, NULL, 0);
  }
  struct MHD_Response *resp = h_serve_mhd.create_response_from_buffer_with_free_callback(out_len, out,
                                                                                 hearth_free);
  if (!resp) {
    hearth_free(out);
    return MHD_NO;
  }
  h_serve_mhd.add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
                          r->cfg.content_type ? r->cfg.content_type : "application/octet-stream");
  return h_serve_queue(srv, rq, c, MHD_HTTP_OK, resp, out_len);
}

/* The route's preopens on each run's fresh WASI context (hearth_command_io.setup). */
static hearth_status h_serve_preopen(hearth_wasi *w, void *user) {
  const h_serve_route *r = user;
  for (size_t i = 0; i < r->cfg.ndirs; i++) {
    hearth_status s = hearth_wasi_preopen_dir(w, r->cfg.dirs[i].host, r->cfg.dirs[i].guest,
                                              r->cfg.dirs[i].read_only);
    if (s != HEARTH_OK) return s;
  }
  return HEARTH_OK;
}

typedef struct h_serve_headers {
  h_serve_cgi_header *v;
  size_t n, cap;
  bool oom;
} h_serve_headers;

static enum MHD_Result h_serve_collect(void *cls, enum MHD_ValueKind kind, const char *key,
                                       const char *value) {
  h_serve_headers *h = cls;
  if (h->n == h->cap) {
    size_t cap = h->cap ? h->cap * 2 : 32;
    h_serve_cgi_header *nv = realloc(h->v, cap * sizeof *nv);
    if (!nv) {
      h->oom = true;
      return MHD_NO;
    }
    h->v = nv;
    h->cap = cap;
  }
  h->v[h->n].name = key;
  h->v[h->n].value = value ? value : "";
  h->n++;
  return MHD_YES;
}

/* Headers a command may not set: the library frames the response itself. */
static bool h_serve_framing_header(const char *name) {
  return strcasecmp(name, "Content-Length") == 0 || strcasecmp(name, "Transfer-Encoding") == 0 ||
         strcasecmp(name, "Connection") == 0 || strcasecmp(name, "Keep-Alive") == 0;
}

static enum MHD_Result h_serve_run_command(h_serve *srv, h_serve_req *rq, struct MHD_Connection *c,
                                           const char *path, const char *version, size_t script) {
  h_serve_route *r = rq->route;
  h_serve_strv env = {0};
  h_serve_headers hdrs = {0};
  bool ok = true;
  for (size_t i = 0; ok && i < r->cfg.nenv; i++) ok = h_serve_strv_push(&env, "%s", r->cfg.env[i]);
  h_serve_mhd.get_connection_values(c, MHD_HEADER_KIND, h_serve_collect, &hdrs);
  const char *q = strchr(rq->uri, '?');
  const char *host = h_serve_mhd.lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
  const char *ctype = h_serve_mhd.lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
  char server_name[256], script_name[1024], full_url[2048];
  snprintf(server_name, sizeof server_name, "%s", host && *host ? host : srv->host);
  if (server_name[0] != '[') server_name[strcspn(server_name, ":")] = 0;
  snprintf(script_name, sizeof script_name, "%.*s", (int)script, path);
  snprintf(full_url, sizeof full_url, "http://%s%s", host && *host ? host : srv->host, rq->uri);
  h_serve_cgi_req cr = {
      .method = rq->method, .protocol = version, .script_name = script_name,
      .path_info = path + script, .query = q ? q + 1 : "", .remote_addr = rq->peer,
      .server_name = server_name, .server_port = srv->port, .route = r->cfg.path,
      .full_url = full_url, .content_length = rq->body_len, .content_type = ctype ? ctype : "",
      .headers = hdrs.v, .nheaders = hdrs.n};
  ok = ok && !hdrs.oom && h_serve_cgi_env(&cr, &env);
  free(hdrs.v);
  if (!ok) {
    h_serve_strv_free(&env);
    return h_serve_fail(srv, rq, c, HEARTH_ERR_NOMEM, HEARTH_TRAP_NONE, 0, "request environment",
                        NULL, 0);
  }
  const char *argv[1] = {r->argv0};
  hearth_command_io io;
  memset(&io, 0, sizeof io);
  io.argc = 1;
  io.argv = argv;
  io.envc = env.n;
  io.env = (const char *const *)env.v;
  io.stdin_data = rq->body;
  io.stdin_len = rq->body_len;
  /* one byte more than the limit is captured: a run that wrote it went over (its writes past the
   * capture fail, and a guest that ignores that exits 0 with its output cut) */
  io.max_output = (size_t)r->cfg.max_output + 1;
  hearth_command_result res;
  memset(&res, 0, sizeof res);
  atomic_fetch_add_explicit(&r->m->in_pool, 1, memory_order_relaxed);
  hearth_status s = hearth_pool_run_command_setup(r->pool, &io, r->cfg.ndirs ? h_serve_preopen : NULL,
                                                  r, &res);
  rq->instance = hearth_pool_last_instance();
  atomic_fetch_sub_explicit(&r->m->in_pool, 1, memory_order_relaxed);
  h_serve_strv_free(&env);
  char detail[256];
  snprintf(detail, sizeof detail, "%s", s != HEARTH_OK ? hearth_errmsg() : "");
  enum MHD_Result ret;
  h_serve_cgi_resp cgi;
  char why[128];
  if (s != HEARTH_OK || res.exit_code != 0) {
    ret = h_serve_fail(srv, rq, c, s, res.trap, res.exit_code, s != HEARTH_OK ? detail : NULL,
                       res.err, res.err_len);
  } else if (res.out_len > r->cfg.max_output) {
    char d[128];
    snprintf(d, sizeof d, "output over max_output (%" PRIu64 " bytes)", (uint64_t)r->cfg.max_output);
    ret = h_serve_fail(srv, rq, c, HEARTH_OK, HEARTH_TRAP_NONE, 0, d, res.err, res.err_len);
  } else if (!h_serve_cgi_parse(res.out, res.out_len, &cgi, why, sizeof why)) {
    char d[192];
    snprintf(d, sizeof d, "not a CGI response: %s", why);
    ret = h_serve_fail(srv, rq, c, HEARTH_OK, HEARTH_TRAP_NONE, 0, d, res.err, res.err_len);
  } else {
    if (res.err_len) {
      char prefix[300];
      snprintf(prefix, sizeof prefix, "route %s: %s %s", r->label, rq->method, rq->uri);
      h_serve_log_guest(prefix, res.err, res.err_len);
    }
    struct MHD_Response *resp = h_serve_mhd.create_response_from_buffer(
        cgi.body_len, (void *)(uintptr_t)cgi.body, MHD_RESPMEM_MUST_COPY);
    for (size_t i = 0; resp && i < cgi.nheaders; i++)
      if (!h_serve_framing_header(cgi.headers[i].name) &&
          h_serve_mhd.add_response_header(resp, cgi.headers[i].name, cgi.headers[i].value) != MHD_YES)
        h_serve_log("route %s: response header \"%s\" refused", r->label, cgi.headers[i].name);
    ret = h_serve_queue(srv, rq, c, (unsigned)cgi.status, resp, cgi.body_len);
  }
  hearth_free(res.out);
  hearth_free(res.err);
  return ret;
}

/* A wasi:http response body sent chunked, so that its trailers can follow (MHD footers). */
typedef struct h_serve_chunks {
  hearth_http_response resp;
  size_t off;
} h_serve_chunks;

static ssize_t h_serve_chunks_read(void *cls, uint64_t pos, char *buf, size_t max) {
  h_serve_chunks *ch = cls;
  (void)pos;
  if (ch->off >= ch->resp.body_len) return MHD_CONTENT_READER_END_OF_STREAM;
  size_t n = ch->resp.body_len - ch->off;
  if (n > max) n = max;
  memcpy(buf, ch->resp.body + ch->off, n);
  ch->off += n;
  return (ssize_t)n;
}

static void h_serve_chunks_free(void *cls) {
  h_serve_chunks *ch = cls;
  hearth_http_response_clear(&ch->resp);
  free(ch);
}

/* A field as NUL-terminated name and value (wasi:http fields hold neither NUL, CR nor LF). */
static void h_serve_field_str(const hearth_http_field *f, char *name, size_t nn, char *val, size_t vn) {
  snprintf(name, nn, "%.*s", (int)f->name_len, f->name);
  snprintf(val, vn, "%.*s", (int)f->value_len, (const char *)f->value);
}

/* A wasi:http/incoming-handler component: the request (read fully) goes in as an
 * incoming-request, the response comes back assembled in host memory after the instance was
 * reset, and only then is it queued. */
static enum MHD_Result h_serve_run_http(h_serve *srv, h_serve_req *rq, struct MHD_Connection *c) {
  h_serve_route *r = rq->route;
  h_serve_headers hdrs = {0};
  h_serve_mhd.get_connection_values(c, MHD_HEADER_KIND, h_serve_collect, &hdrs);
  hearth_http_field *fields = calloc(hdrs.n ? hdrs.n : 1, sizeof *fields);
  if (hdrs.oom || !fields) {
    free(hdrs.v);
    free(fields);
    return h_serve_fail(srv, rq, c, HEARTH_ERR_NOMEM, HEARTH_TRAP_NONE, 0, "request headers",
                        NULL, 0);
  }
  for (size_t i = 0; i < hdrs.n; i++)
    fields[i] = (hearth_http_field){.name = hdrs.v[i].name, .name_len = strlen(hdrs.v[i].name),
                                    .value = (const uint8_t *)hdrs.v[i].value,
                                    .value_len = strlen(hdrs.v[i].value)};
  const char *host = h_serve_mhd.lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
  hearth_http_request req = {.size = sizeof req, .method = rq->method, .scheme = "http",
                             .authority = host && *host ? host : NULL,
                             .path_with_query = rq->uri, .headers = fields, .nheaders = hdrs.n,
                             .body = rq->body, .body_len = rq->body_len,
                             .max_response_body = r->cfg.max_output};
  hearth_http_response resp;
  hearth_trap trap = HEARTH_TRAP_NONE;
  atomic_fetch_add_explicit(&r->m->in_pool, 1, memory_order_relaxed);
  hearth_status s = hearth_pool_call_http(r->pool, r->comp->p2, r->comp->handler, &req, &resp,
                                          &trap);
  rq->instance = hearth_pool_last_instance();
  atomic_fetch_sub_explicit(&r->m->in_pool, 1, memory_order_relaxed);
  free(fields);
  free(hdrs.v);
  if (s != HEARTH_OK) {
    char detail[256];
    snprintf(detail, sizeof detail, "%s", hearth_errmsg());
    return h_serve_fail(srv, rq, c, s, trap, 0, detail, NULL, 0);
  }
  if (resp.error || resp.status < 100 || resp.status > 599) {
    char detail[192];
    snprintf(detail, sizeof detail, "%s", resp.error ? resp.error : "a status outside 100-599");
    hearth_http_response_clear(&resp);
    return h_serve_fail(srv, rq, c, HEARTH_OK, HEARTH_TRAP_NONE, 0, detail, NULL, 0);
  }
  struct MHD_Response *mr;
  size_t body_len = resp.body_len;
  unsigned status = resp.status;
  h_serve_chunks *ch = NULL;
  if (resp.ntrailers) { /* chunked, with the trailers as footers */
    if (!(ch = calloc(1, sizeof *ch))) {
      hearth_http_response_clear(&resp);
      return MHD_NO;
    }
    ch->resp = resp;
    mr = h_serve_mhd.create_response_from_callback(MHD_SIZE_UNKNOWN, 64 * 1024, h_serve_chunks_read, ch,
                                           h_serve_chunks_free);
    if (!mr) h_serve_chunks_free(ch);
  } else {
    mr = h_serve_mhd.create_response_from_buffer_with_free_callback(resp.body_len, resp.body, hearth_free);
    if (!mr) hearth_free(resp.body);
    resp.body = NULL;
    resp.body_len = 0;
  }
  const hearth_http_response *hr = ch ? &ch->resp : &resp;
  char name[256], val[8192];
  for (size_t i = 0; mr && i < hr->nheaders; i++) {
    h_serve_field_str(&hr->headers[i], name, sizeof name, val, sizeof val);
    if (!h_serve_framing_header(name) && h_serve_mhd.add_response_header(mr, name, val) != MHD_YES)
      h_serve_log("route %s: response header \"%s\" refused", r->label, name);
  }
  for (size_t i = 0; mr && i < hr->ntrailers; i++) {
    h_serve_field_str(&hr->trailers[i], name, sizeof name, val, sizeof val);
    if (h_serve_mhd.add_response_footer(mr, name, val) != MHD_YES)
      h_serve_log("route %s: response trailer \"%s\" refused", r->label, name);
  }
  if (!ch) hearth_http_response_clear(&resp);
  return h_serve_queue(srv, rq, c, status, mr, body_len);
}

/* ---------------------------------------------------------------- built-in paths */

static enum MHD_Result h_serve_metrics_page(h_serve *srv, h_serve_req *rq, struct MHD_Connection *c) {
  h_serve_table *t = h_serve_table_get(srv);
  size_t n = t ? t->n : 0;
  h_serve_metrics_route *mr = calloc(n + 1, sizeof *mr);
  hearth_pool_stats *ps = calloc(n + 1, sizeof *ps);
  char *text = NULL;
  size_t len = 0;
  bool ok = mr && ps;
  for (size_t i = 0; ok && i < n; i++) {
    hearth_pool_stats_get(t->routes[i]->pool, &ps[i]);
    mr[i].route = t->routes[i]->label;
    mr[i].m = t->routes[i]->m;
    mr[i].pool = &ps[i];
    mr[i].max_instances = t->routes[i]->cfg.pool.max_instances;
  }
  h_serve_metrics_server ms;
  memset(&ms, 0, sizeof ms);
  ms.in_flight = atomic_load(&srv->in_flight);
  for (int i = 0; i < 6; i++) ms.requests_unrouted[i] = atomic_load(&srv->unrouted[i]);
  ms.reloads_ok = atomic_load(&srv->reloads_ok);
  ms.reloads_failed = atomic_load(&srv->reloads_failed);
  ms.ready = !atomic_load(&srv->draining);
  ok = ok && h_serve_metrics_text(mr, n, &ms, &text, &len);
  free(mr);
  free(ps);
  h_serve_table_unref(t);
  if (!ok) return MHD_NO;
  struct MHD_Response *resp = h_serve_mhd.create_response_from_buffer(len, text, MHD_RESPMEM_MUST_FREE);
  if (!resp) {
    free(text);
    return MHD_NO;
  }
  h_serve_mhd.add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
                          "text/plain; version=0.0.4; charset=utf-8");
  return h_serve_queue(srv, rq, c, MHD_HTTP_OK, resp, len);
}

/* /metrics, /healthz, /readyz; -1 when url is none of them. */
static int h_serve_builtin(h_serve *srv, h_serve_req *rq, struct MHD_Connection *c, const char *url) {
  if (strcmp(url, "/healthz") == 0) return h_serve_text(srv, rq, c, MHD_HTTP_OK, "ok\n", NULL, NULL);
  if (strcmp(url, "/readyz") == 0)
    return atomic_load(&srv->draining)
               ? h_serve_text(srv, rq, c, MHD_HTTP_SERVICE_UNAVAILABLE, "draining\n", NULL, NULL)
               : h_serve_text(srv, rq, c, MHD_HTTP_OK, "ready\n", NULL, NULL);
  if (strcmp(url, "/metrics") == 0) return h_serve_metrics_page(srv, rq, c);
  return -1;
}

/* ---------------------------------------------------------------- libmicrohttpd callbacks */

static void *h_serve_uri_log(void *cls, const char *uri, struct MHD_Connection *c) {
  h_serve *srv = cls;
  h_serve_req *rq = calloc(1, sizeof *rq);
  if (!rq) return NULL;
  if (!(rq->uri = strdup(uri ? uri : ""))) {
    free(rq);
    return NULL;
  }
  rq->t0 = h_serve_now_ns();
  strcpy(rq->method, "-");
  strcpy(rq->peer, "-");
  atomic_fetch_add(&srv->in_flight, 1);
  return rq;
}

static void h_serve_peer(struct MHD_Connection *c, char *out, size_t outlen) {
  const union MHD_ConnectionInfo *ci = h_serve_mhd.get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
  if (!ci || !ci->client_addr) return;
  const struct sockaddr *sa = ci->client_addr;
  if (sa->sa_family == AF_INET)
    inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, out,
              (socklen_t)outlen);
  else if (sa->sa_family == AF_INET6)
    inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, out,
              (socklen_t)outlen);
}

/* The framing headers of a request, counted (h_serve_framing_of). */
typedef struct h_serve_framing {
  unsigned ncl, nte;
  bool cl_differ;     /* two Content-Length values that are not the same */
  const char *cl, *te; /* the first of each */
} h_serve_framing;

static enum MHD_Result h_serve_framing_of(void *cls, enum MHD_ValueKind kind, const char *key,
                                          const char *value) {
  h_serve_framing *f = cls;
  value = value ? value : "";
  if (strcasecmp(key, MHD_HTTP_HEADER_CONTENT_LENGTH) == 0) {
    if (f->ncl++ == 0) f->cl = value;
    else if (strcmp(f->cl, value) != 0) f->cl_differ = true;
  } else if (strcasecmp(key, MHD_HTTP_HEADER_TRANSFER_ENCODING) == 0) {
    if (f->nte++ == 0) f->te = value;
  }
  return MHD_YES;
}

/* The first call for a request: framing, built-ins, routing, an early 413. */
static enum MHD_Result h_serve_begin(h_serve *srv, h_serve_req *rq, struct MHD_Connection *c,
                                     const char *url, const char *method) {
  rq->started = true;
  snprintf(rq->method, sizeof rq->method, "%s", method);
  h_serve_peer(c, rq->peer, sizeof rq->peer);
  /* A body whose length is ambiguous is refused and the connection closed (RFC 9112 6.3): the
   * library would take the first Content-Length, or the chunks, and read what follows as the next
   * request, which a proxy in front that framed it the other way never saw (request smuggling).
   * A transfer coding the library does not decode (anything but one "chunked") is a 501. */
  h_serve_framing fr;
  memset(&fr, 0, sizeof fr);
  h_serve_mhd.get_connection_values(c, MHD_HEADER_KIND, h_serve_framing_of, &fr);
  if (fr.cl_differ || (fr.ncl && fr.nte))
    return h_serve_text(srv, rq, c, MHD_HTTP_BAD_REQUEST,
                        "400 Bad Request: ambiguous body length (Content-Length)\n",
                        MHD_HTTP_HEADER_CONNECTION, "close");
  if (fr.nte > 1 || (fr.nte && strcasecmp(fr.te, "chunked") != 0))
    return h_serve_text(srv, rq, c, MHD_HTTP_NOT_IMPLEMENTED,
                        "501 Not Implemented: the only transfer coding taken is chunked\n",
                        MHD_HTTP_HEADER_CONNECTION, "close");
  int b = h_serve_builtin(srv, rq, c, url);
  if (b >= 0) return (enum MHD_Result)b;
  rq->table = h_serve_table_get(srv);
  size_t script;
  rq->route = rq->table ? h_serve_find(rq->table, url, &script) : NULL;
  if (!rq->route)
    return h_serve_text(srv, rq, c, MHD_HTTP_NOT_FOUND, "404 Not Found: no route for this path\n",
                        NULL, NULL);
  const char *cl = h_serve_mhd.lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
  if (cl) {
    char *end;
    errno = 0;
    unsigned long long n = strtoull(cl, &end, 10);
    if (errno || n > rq->route->cfg.max_body)
      return h_serve_text(srv, rq, c, MHD_HTTP_CONTENT_TOO_LARGE,
                          "413 Content Too Large: the request body is over this route's limit\n",
                          NULL, NULL);
  }
  return MHD_YES;
}

static enum MHD_Result h_serve_access(void *cls, struct MHD_Connection *c, const char *url,
                                      const char *method, const char *version,
                                      const char *upload_data, size_t *upload_data_size,
                                      void **req_cls) {
  h_serve *srv = cls;
  h_serve_req *rq = *req_cls;
  if (!rq) return MHD_NO; /* out of memory in the URI callback: close */
  if (!rq->started) return h_serve_begin(srv, rq, c, url, method);
  if (rq->status) { /* answered at once (404, built-in, early 413): drop any body */
    *upload_data_size = 0;
    return MHD_YES;
  }
  if (*upload_data_size) {
    size_t n = *upload_data_size, max = (size_t)rq->route->cfg.max_body;
    *upload_data_size = 0;
    /* The library takes a response only before the body or after all of it: a body without
     * Content-Length that grows past the limit is read and dropped, then answered with 413 (or
     * the connection closed once H_SERVE_DISCARD_MAX more bytes came). */
    if (rq->too_large || n > max || rq->body_len > max - n) {
      rq->too_large = true;
      rq->discarded += n;
      free(rq->body);
      rq->body = NULL;
      rq->body_len = rq->body_cap = 0;
      return rq->discarded > H_SERVE_DISCARD_MAX ? MHD_NO : MHD_YES;
    }
    if (rq->body_len + n > rq->body_cap) {
      size_t cap = rq->body_cap ? rq->body_cap : 4096;
      while (cap < rq->body_len + n) cap *= 2;
      if (cap > max) cap = max;
      uint8_t *nb = realloc(rq->body, cap);
      if (!nb) return MHD_NO;
      rq->body = nb;
      rq->body_cap = cap;
    }
    memcpy(rq->body + rq->body_len, upload_data, n);
    rq->body_len += n;
    return MHD_YES;
  }
  if (rq->too_large)
    return h_serve_text(srv, rq, c, MHD_HTTP_CONTENT_TOO_LARGE,
                        "413 Content Too Large: the request body is over this route's limit\n",
                        NULL, NULL);
  /* The whole request is in: now take an instance. */
  size_t script = 0;
  h_serve_find(rq->table, url, &script);
  if (rq->route->comp) return h_serve_run_http(srv, rq, c);
  if (rq->route->cfg.invoke) return h_serve_run_bytes(srv, rq, c);
  return h_serve_run_command(srv, rq, c, url, version, script);
}

/* Writes s with characters that could break a log line replaced. */
static void h_serve_log_safe(FILE *f, const char *s) {
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    fputc(ch < 32 || ch == 127 || ch == '"' || ch == '\\' ? '?' : ch, f);
  }
}

static void h_serve_completed(void *cls, struct MHD_Connection *c, void **req_cls,
                              enum MHD_RequestTerminationCode toe) {
  h_serve *srv = cls;
  h_serve_req *rq = *req_cls;
  if (!rq) return;
  *req_cls = NULL;
  unsigned status = rq->status;
  if (!status) {
    const union MHD_ConnectionInfo *ci = h_serve_mhd.get_connection_info(c, MHD_CONNECTION_INFO_HTTP_STATUS);
    if (ci) status = ci->http_status;
  }
  uint64_t us = (h_serve_now_ns() - rq->t0) / 1000;
  if (rq->route) h_serve_metrics_observe(rq->route->m, status, us);
  else if (status / 100 >= 1 && status / 100 <= 5) atomic_fetch_add(&srv->unrouted[status / 100], 1);
  if (srv->cfg.access_log) {
    char ts[40];
    struct timespec now;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &tm);
    flockfile(stdout);
    printf("%s.%03ldZ %s %s \"", ts, now.tv_nsec / 1000000, rq->peer, rq->method);
    h_serve_log_safe(stdout, rq->uri);
    char inst[32] = "-";
    if (rq->instance) snprintf(inst, sizeof inst, "%" PRIu64, rq->instance);
    printf("\" %u %" PRIu64 " %" PRIu64 "us route=%s instance=%s%s%s%s\n", status, rq->resp_bytes,
           us, rq->route ? rq->route->label : "-", inst, rq->errid[0] ? " error=" : "", rq->errid,
           toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " (not completed)");
    funlockfile(stdout);
  }
  h_serve_table_unref(rq->table);
  free(rq->body);
  free(rq->uri);
  free(rq);
  atomic_fetch_sub(&srv->in_flight, 1);
}

/* ---------------------------------------------------------------- start, reload, stop */

/* HOST:PORT or [V6]:PORT into a socket address. */
static bool h_serve_addr(h_serve *srv, const char *addr, struct addrinfo **out, char *err,
                         size_t errlen) {
  const char *colon = strrchr(addr, ':');
  /* the port: 1 to 5 digits up to 65535 (getaddrinfo takes 99999 and keeps its low 16 bits) */
  size_t pn = colon ? strspn(colon + 1, "0123456789") : 0;
  if (!colon || colon == addr || !colon[1] || colon[1 + pn] || pn > 5 ||
      strtoul(colon + 1, NULL, 10) > 65535) {
    snprintf(err, errlen, "bad address \"%s\" (HOST:PORT)", addr);
    return false;
  }
  size_t hl = (size_t)(colon - addr);
  if (addr[0] == '[' && colon[-1] == ']') {
    addr++;
    hl -= 2;
  }
  if (hl >= sizeof srv->host || strlen(colon + 1) >= sizeof srv->port) {
    snprintf(err, errlen, "bad address \"%s\"", addr);
    return false;
  }
  memcpy(srv->host, addr, hl);
  srv->host[hl] = 0;
  snprintf(srv->port, sizeof srv->port, "%s", colon + 1);
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  int r = getaddrinfo(srv->host[0] ? srv->host : NULL, srv->port, &hints, out);
  if (r != 0) {
    snprintf(err, errlen, "address \"%s\": %s", addr, gai_strerror(r));
    return false;
  }
  return true;
}

/* A listening socket on ai; srv->port becomes the port it got. -1 with err set on failure. */
static int h_serve_listen(h_serve *srv, const struct addrinfo *ai, char *err, size_t errlen) {
  int fd = socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;
  struct sockaddr_storage ss;
  socklen_t sl = sizeof ss;
  if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0 ||
      bind(fd, ai->ai_addr, ai->ai_addrlen) != 0 || listen(fd, SOMAXCONN) != 0 ||
      getsockname(fd, (struct sockaddr *)&ss, &sl) != 0) {
    snprintf(err, errlen, "cannot listen on %s: %s", srv->cfg.addr, strerror(errno));
    if (fd >= 0) close(fd);
    return -1;
  }
  unsigned port = ntohs(ss.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&ss)->sin6_port
                                                 : ((struct sockaddr_in *)&ss)->sin_port);
  snprintf(srv->port, sizeof srv->port, "%u", port);
  return fd;
}

static void h_serve_reload(h_serve *srv) {
  h_serve_cfg ncfg;
  char err[640];
  if (srv->cfg.file) {
    if (!h_serve_cfg_load(srv->cfg.file, &ncfg, err, sizeof err)) {
      h_serve_log("reload failed, keeping the running routes: %s", err);
      atomic_fetch_add(&srv->reloads_failed, 1);
      return;
    }
    if (ncfg.addr && strcmp(ncfg.addr, srv->cfg.addr) != 0)
      h_serve_log("reload: the address changed to %s; that takes a restart", ncfg.addr);
  } else {
    memset(&ncfg, 0, sizeof ncfg);
    ncfg.routes = calloc(srv->cfg.nroutes, sizeof *ncfg.routes);
    bool ok = ncfg.routes != NULL;
    for (size_t i = 0; ok && i < srv->cfg.nroutes; i++) {
      ok = h_serve_cfg_route_copy(&ncfg.routes[i], &srv->cfg.routes[i]);
      if (ok) ncfg.nroutes = i + 1;
    }
    if (!ok) {
      h_serve_cfg_free(&ncfg);
      h_serve_log("reload failed: out of memory");
      atomic_fetch_add(&srv->reloads_failed, 1);
      return;
    }
  }
  h_serve_table *old = h_serve_table_get(srv);
  size_t rebuilt = 0;
  h_serve_table *t = h_serve_table_build(srv, &ncfg, old, &rebuilt, err, sizeof err);
  h_serve_table_unref(old);
  if (t && !h_serve_table_commit(t, err, sizeof err)) {
    h_serve_table_unref(t);
    t = NULL;
  }
  if (!t) {
    h_serve_log("reload failed, keeping the running routes: %s", err);
    atomic_fetch_add(&srv->reloads_failed, 1);
    h_serve_cfg_free(&ncfg);
    return;
  }
  pthread_mutex_lock(&srv->mu);
  old = srv->table;
  srv->table = t;
  pthread_mutex_unlock(&srv->mu);
  h_serve_table_unref(old); /* freed here or by the last request still using it */
  /* Keep the running server settings; take the new routes. */
  for (size_t i = 0; i < srv->cfg.nroutes; i++) h_serve_cfg_route_free(&srv->cfg.routes[i]);
  free(srv->cfg.routes);
  srv->cfg.routes = ncfg.routes;
  srv->cfg.nroutes = ncfg.nroutes;
  ncfg.routes = NULL;
  ncfg.nroutes = 0;
  h_serve_cfg_free(&ncfg);
  atomic_fetch_add(&srv->reloads_ok, 1);
  h_serve_log("reloaded: %zu route%s, %zu rebuilt", t->n, t->n == 1 ? "" : "s", rebuilt);
}

/* SIGTERM/SIGINT: stop accepting, wait for requests in flight (bounded by drain_timeout), stop. */
static int h_serve_drain(h_serve *srv, const sigset_t *set) {
  atomic_store(&srv->draining, true);
  MHD_socket lfd = h_serve_mhd.quiesce_daemon(srv->daemon);
  if (lfd != MHD_INVALID_SOCKET) close(lfd);
  uint64_t n = atomic_load(&srv->in_flight);
  h_serve_log("draining %" PRIu64 " request%s in flight", n, n == 1 ? "" : "s");
  uint64_t give_up = h_serve_now_ns() + srv->cfg.drain_timeout_ms * 1000000ull;
  int rc = 0;
  while (atomic_load(&srv->in_flight) > 0) {
    if (h_serve_now_ns() >= give_up) {
      h_serve_log("drain timeout: %" PRIu64 " request%s still in flight", atomic_load(&srv->in_flight),
                  atomic_load(&srv->in_flight) == 1 ? "" : "s");
      rc = 1;
      break;
    }
    struct timespec ts = {0, 10 * 1000000L};
    int sig = sigtimedwait(set, NULL, &ts);
    if (sig == SIGTERM || sig == SIGINT) {
      h_serve_log("second signal: stopping without waiting");
      rc = 1;
      break;
    }
  }
  fflush(stdout);
  return rc;
}

int hearth_serve_main(int argc, char **argv) {
  /* Before any thread exists, so that every thread inherits the mask. */
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &set, NULL);

  char lerr[512];
  if (!h_serve_mhd_load(lerr, sizeof lerr)) {
    fprintf(stderr, "hearth: serve needs libmicrohttpd (libmicrohttpd12): %s\n", lerr);
    return 1;
  }
  if (!h_serve_yaml_load(lerr, sizeof lerr)) {
    fprintf(stderr, "hearth: serve needs libyaml (libyaml-0-2): %s\n", lerr);
    return 1;
  }
  h_serve *srv = calloc(1, sizeof *srv);
  if (!srv) return 1;
  int rc = h_serve_cfg_from_args(argc, argv, &srv->cfg);
  if (rc >= 0) {
    free(srv);
    return rc;
  }
  rc = 1;
  pthread_mutex_init(&srv->mu, NULL);
  if (getrandom(&srv->err_seed, sizeof srv->err_seed, 0) != sizeof srv->err_seed)
    srv->err_seed = h_serve_now_ns() ^ ((uint64_t)getpid() << 32);
  struct addrinfo *ai = NULL;
  int lfd = -1;
  char err[640];
  size_t rebuilt;
  hearth_status s;
  if (!h_serve_addr(srv, srv->cfg.addr, &ai, err, sizeof err)) {
    h_serve_log("%s", err);
    rc = 2;
    goto out;
  }
  if ((s = hearth_engine_new(NULL, &srv->engine)) != HEARTH_OK ||
      (s = hearth_linker_new(srv->engine, &srv->linker)) != HEARTH_OK ||
      (s = hearth_wasi_define(srv->linker, NULL)) != HEARTH_OK) {
    h_serve_log("cannot set up the runtime: %s: %s", hearth_status_str(s), hearth_errmsg());
    goto out;
  }
  srv->table = h_serve_table_build(srv, &srv->cfg, NULL, &rebuilt, err, sizeof err);
  if (!srv->table) {
    h_serve_log("%s", err);
    goto out;
  }
  unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC |
                   MHD_USE_POLL | MHD_USE_ERROR_LOG |
                   (ai->ai_family == AF_INET6 ? MHD_USE_IPv6 : 0);
  /* The socket is bound here, so that the port (port 0 picks one) is known before any request
   * thread can read srv->port; the library closes it on stop unless a drain took it back. */
  lfd = h_serve_listen(srv, ai, err, sizeof err);
  if (lfd < 0) {
    h_serve_log("%s", err);
    goto out;
  }
  srv->daemon = h_serve_mhd.start_daemon(
      flags, 0, NULL, NULL, h_serve_access, srv, MHD_OPTION_EXTERNAL_LOGGER, h_serve_mhd_log, srv,
      MHD_OPTION_LISTEN_SOCKET, (MHD_socket)lfd,
      MHD_OPTION_URI_LOG_CALLBACK, h_serve_uri_log, srv, MHD_OPTION_NOTIFY_COMPLETED,
      h_serve_completed, srv, MHD_OPTION_CONNECTION_LIMIT, (unsigned)srv->cfg.connection_limit,
      MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)srv->cfg.idle_timeout_s,
      MHD_OPTION_THREAD_STACK_SIZE, (size_t)H_SERVE_THREAD_STACK,
      /* 1: refuse what RFC 9112 says a server must refuse (e.g. HTTP/1.1 without Host) */
      MHD_OPTION_STRICT_FOR_CLIENT, (int)1, MHD_OPTION_END);
  if (!srv->daemon) {
    h_serve_log("cannot start the HTTP server on %s: %s", srv->cfg.addr, strerror(errno));
    close(lfd);
    goto out;
  }
  for (size_t i = 0; i < srv->table->n; i++) {
    const h_serve_route *r = srv->table->routes[i];
    h_serve_log("route %s -> %s (%s%s, policy %s, up to %u instances)", r->label, r->cfg.module,
                r->comp ? "wasi:http handler " : r->cfg.invoke ? "bytes-ABI export " : "WASI command",
                r->comp ? r->comp->handler : r->cfg.invoke ? r->cfg.invoke : "",
                r->cfg.pool.policy == HEARTH_POLICY_REUSE ? "reuse" : "reset",
                r->cfg.pool.max_instances);
  }
  h_serve_log("listening on http://%s%s%s:%s", strchr(srv->host, ':') ? "[" : "", srv->host,
              strchr(srv->host, ':') ? "]" : "", srv->port);

  for (;;) {
    struct timespec ts = {1, 0};
    int sig = sigtimedwait(&set, NULL, &ts);
    fflush(stdout); /* the access log, at least once a second */
    if (sig == SIGHUP) {
      h_serve_reload(srv);
    } else if (sig == SIGTERM || sig == SIGINT) {
      rc = h_serve_drain(srv, &set);
      break;
    }
  }
  h_serve_mhd.stop_daemon(srv->daemon);
  srv->daemon = NULL;
  h_serve_log("stopped");
out:
  fflush(stdout);
  if (srv->daemon) h_serve_mhd.stop_daemon(srv->daemon);
  h_serve_table_unref(srv->table);
  hearth_linker_delete(srv->linker);
  hearth_engine_delete(srv->engine);
  if (ai) freeaddrinfo(ai);
  pthread_mutex_destroy(&srv->mu);
  h_serve_cfg_free(&srv->cfg);
  free(srv);
  return rc;
}
