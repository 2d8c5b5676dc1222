/* config.c: `hearth serve` settings: the YAML config file (libyaml) and the quick-start flags, both
 * driven by one table of keys, into one h_serve_cfg. Every error names its line and column.
 * libyaml is not linked: h_serve_yaml_load opens it with dlopen when `hearth serve` starts. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h> /* types and constants only: the functions come from h_serve_yaml */

#include "dynlib.h"
#include "http_client.h"
#include "serve.h"

/* ---------------------------------------------------------------- libyaml, loaded */

/* The soname Debian ships for libyaml (package libyaml-0-2). */
#ifndef H_SERVE_YAML_SONAME
#define H_SERVE_YAML_SONAME "libyaml-0.so.2"
#endif

/* The libyaml functions used, without their yaml_ prefix. */
#define H_SERVE_YAML_SYMS(X)                                                                    \
  X(parser_initialize) X(parser_set_input_file) X(parser_load) X(parser_delete)                 \
  X(document_delete) X(document_get_node) X(document_get_root_node) X(parser_parse)             \
  X(event_delete)

/* libyaml's functions, resolved once by h_serve_yaml_load (never unloaded: process lifetime). */
static struct {
#define X(f) __typeof__(&yaml_##f) f;
  H_SERVE_YAML_SYMS(X)
#undef X
} h_serve_yaml_fn;

bool h_serve_yaml_load(char *err, size_t errlen) {
  static bool loaded;
  static const char *const names[] = {H_SERVE_YAML_SYMS(H_DYNLIB_NAME)};
  _Static_assert(sizeof h_serve_yaml_fn == sizeof names, "the table is one pointer per name");
  if (!loaded)
    loaded = h_dynlib_load(H_SERVE_YAML_SONAME, "yaml_", names, sizeof names / sizeof *names,
                           &h_serve_yaml_fn, err, errlen);
  return loaded;
}

/* ---------------------------------------------------------------- the keys */

/* How a key's value is read. Durations: NUMBER[ns|us|ms|s|m|h], a bare number is seconds (as in
 * `hearth run --timeout`). Sizes: bytes with an optional K/M/G/T suffix (binary). */
typedef enum h_serve_kind {
  H_K_STR,     /* char * */
  H_K_PATH,    /* char *, relative to the config file's directory */
  H_K_SIZE,    /* uint64_t bytes */
  H_K_MS,      /* uint64_t milliseconds from a duration */
  H_K_MS32,    /* uint32_t milliseconds from a duration */
  H_K_S32,     /* uint32_t seconds from a duration */
  H_K_U32,     /* uint32_t */
  H_K_U64,     /* uint64_t */
  H_K_BOOL,    /* bool: true/false */
  H_K_POLICY   /* hearth_pool_policy: reset/reuse */
} h_serve_kind;

/* Flags: H_NZ: zero is refused (a zero pool field would silently mean "default"). */
#define H_NZ 1

typedef struct h_serve_key {
  const char *name;
  h_serve_kind kind;
  size_t off;
  int flags;
} h_serve_key;

/* Route keys (also the quick start's flags: --max-body for max_body, and so on). */
#define H_SERVE_ROUTE_KEYS(X)                                       \
  X(module, H_K_PATH, module, 0)                                    \
  X(invoke, H_K_STR, invoke, 0)                                     \
  X(content_type, H_K_STR, content_type, 0)                         \
  X(max_body, H_K_SIZE, max_body, 0)                                \
  X(max_output, H_K_SIZE, max_output, H_NZ)                         \
  X(init_timeout, H_K_MS, init_timeout_ms, H_NZ)                    \
  X(timeout, H_K_MS, pool.call_timeout_ms, H_NZ)                    \
  X(fuel, H_K_U64, pool.call_fuel, H_NZ)                            \
  X(max_memory, H_K_SIZE, pool.max_memory_bytes, H_NZ)              \
  X(max_call_depth, H_K_U32, pool.max_call_depth, H_NZ)           \
  X(allow_net, H_K_BOOL, allow_net, 0)

/* Keys of a route's `pool:` mapping (flags too). */
#define H_SERVE_POOL_KEYS(X)                                        \
  X(policy, H_K_POLICY, pool.policy, 0)                             \
  X(min_instances, H_K_U32, pool.min_instances, H_NZ)               \
  X(max_instances, H_K_U32, pool.max_instances, H_NZ)               \
  X(queue_max, H_K_U32, pool.queue_max, H_NZ)                       \
  X(queue_timeout, H_K_MS32, pool.queue_timeout_ms, H_NZ)           \
  X(idle_timeout, H_K_MS32, pool.idle_timeout_ms, H_NZ)             \
  X(recycle_calls, H_K_U64, pool.recycle_calls, 0)                  \
  X(recycle_memory, H_K_SIZE, pool.recycle_memory_bytes, 0)         \
  X(recycle_age, H_K_MS, pool.recycle_age_ms, 0)                    \
  X(max_pool_memory, H_K_SIZE, pool.max_pool_memory_bytes, 0)

/* Keys of the `server:` mapping (flags too). */
#define H_SERVE_SERVER_KEYS(X)                                      \
  X(addr, H_K_STR, addr, 0)                                         \
  X(connection_limit, H_K_U32, connection_limit, H_NZ)              \
  X(keepalive_timeout, H_K_S32, idle_timeout_s, H_NZ)               \
  X(drain_timeout, H_K_MS, drain_timeout_ms, 0)                     \
  X(access_log, H_K_BOOL, access_log, 0)

#define H_ROUTE_KEY(n, k, f, fl) {#n, k, offsetof(h_serve_route_cfg, f), fl},
#define H_SERVER_KEY(n, k, f, fl) {#n, k, offsetof(h_serve_cfg, f), fl},
static const h_serve_key h_serve_route_keys[] = {H_SERVE_ROUTE_KEYS(H_ROUTE_KEY)};
static const h_serve_key h_serve_pool_keys[] = {H_SERVE_POOL_KEYS(H_ROUTE_KEY)};
static const h_serve_key h_serve_server_keys[] = {H_SERVE_SERVER_KEYS(H_SERVER_KEY)};
#define H_NKEYS(a) (sizeof a / sizeof a[0])

static const h_serve_key *h_serve_cfg_key(const h_serve_key *keys, size_t n, const char *name) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(keys[i].name, name) == 0) return &keys[i];
  return NULL;
}

/* ---------------------------------------------------------------- values */

static bool h_serve_cfg_u64(const char *s, uint64_t *out) {
  if (*s < '0' || *s > '9') return false;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || *end) return false;
  *out = v;
  return true;
}



static const char *h_serve_kind_hint(h_serve_kind k) {
  switch (k) {
  case H_K_SIZE: return " (a size: bytes with an optional K, M or G suffix, e.g. 64M)";
  case H_K_MS: case H_K_MS32: case H_K_S32:
    return " (a duration: e.g. 500ms, 2s, 1m; a bare number is seconds)";
  case H_K_U32: case H_K_U64: return " (a whole number)";
  case H_K_BOOL: return " (true or false)";
  case H_K_POLICY: return " (reset or reuse)";
  default: return "";
  }
}

/* Joins a relative path to dir (NULL: as given). malloc'd. */
static char *h_serve_cfg_resolve(const char *dir, const char *path) {
  if (!dir || path[0] == '/') return strdup(path);
  size_t n = strlen(dir) + strlen(path) + 2;
  char *s = malloc(n);
  if (s) snprintf(s, n, "%s/%s", dir, path);
  return s;
}

/* Stores value v (text) of key k into base. dir resolves H_K_PATH. On failure writes the reason
 * (without position) into err. */
static bool h_serve_cfg_set(void *base, const h_serve_key *k, const char *v, const char *dir,
                            char *err, size_t errlen) {
  char *field = (char *)base + k->off;
  uint64_t x = 0, ns = 0;
  bool ok = true;
  switch (k->kind) {
  case H_K_STR:
  case H_K_PATH: {
    if (!*v) {
      snprintf(err, errlen, "\"%s\" must not be empty", k->name);
      return false;
    }
    char *s = k->kind == H_K_PATH ? h_serve_cfg_resolve(dir, v) : strdup(v);
    if (!s) {
      snprintf(err, errlen, "out of memory");
      return false;
    }
    free(*(char **)field);
    *(char **)field = s;
    return true;
  }
  case H_K_SIZE: ok = hearth_parse_size(v, &x) == HEARTH_OK; break;
  case H_K_U32: ok = h_serve_cfg_u64(v, &x) && x <= UINT32_MAX; break;
  case H_K_U64: ok = h_serve_cfg_u64(v, &x); break;
  case H_K_MS:
  case H_K_MS32:
    ok = hearth_parse_duration(v, &ns) == HEARTH_OK;
    x = (ns + 999999) / 1000000;
    if (k->kind == H_K_MS32 && x > UINT32_MAX) ok = false;
    break;
  case H_K_S32:
    ok = hearth_parse_duration(v, &ns) == HEARTH_OK;
    x = (ns + 999999999) / 1000000000;
    if (x > UINT32_MAX) ok = false;
    break;
  case H_K_BOOL:
    if (strcmp(v, "true") == 0) x = 1;
    else if (strcmp(v, "false") == 0) x = 0;
    else ok = false;
    break;
  case H_K_POLICY:
    if (strcmp(v, "reset") == 0) x = HEARTH_POLICY_RESET;
    else if (strcmp(v, "reuse") == 0) x = HEARTH_POLICY_REUSE;
    else ok = false;
    break;
  }
  if (!ok) {
    snprintf(err, errlen, "bad value \"%s\" for \"%s\"%s", v, k->name, h_serve_kind_hint(k->kind));
    return false;
  }
  if ((k->flags & H_NZ) && x == 0) {
    snprintf(err, errlen, "\"%s\" must be greater than zero", k->name);
    return false;
  }
  switch (k->kind) {
  case H_K_SIZE: case H_K_U64: case H_K_MS: memcpy(field, &x, sizeof(uint64_t)); break;
  case H_K_U32: case H_K_MS32: case H_K_S32: {
    uint32_t y = (uint32_t)x;
    memcpy(field, &y, sizeof y);
    break;
  }
  case H_K_BOOL: {
    bool b = x != 0;
    memcpy(field, &b, sizeof b);
    break;
  }
  case H_K_POLICY: {
    hearth_pool_policy p = (hearth_pool_policy)x;
    memcpy(field, &p, sizeof p);
    break;
  }
  default: break;
  }
  return true;
}

/* ---------------------------------------------------------------- routes */

static void h_serve_route_defaults(h_serve_route_cfg *r) {
  memset(r, 0, sizeof *r);
  hearth_pool_config_init(&r->pool);
  r->max_body = H_SERVE_DEFAULT_MAX_BODY;
  r->max_output = H_SERVE_DEFAULT_MAX_OUTPUT;
  r->init_timeout_ms = H_SERVE_DEFAULT_INIT_TIMEOUT_MS;
}

static void h_serve_server_defaults(h_serve_cfg *c) {
  memset(c, 0, sizeof *c);
  c->connection_limit = H_SERVE_DEFAULT_CONNECTIONS;
  c->idle_timeout_s = H_SERVE_DEFAULT_IDLE_S;
  c->drain_timeout_ms = H_SERVE_DEFAULT_DRAIN_MS;
  c->access_log = true;
}

void h_serve_cfg_route_free(h_serve_route_cfg *r) {
  free(r->path);
  free(r->module);
  free(r->invoke);
  free(r->content_type);
  for (size_t i = 0; i < r->nenv; i++) free(r->env[i]);
  free(r->env);
  for (size_t i = 0; i < r->nhosts; i++) free(r->hosts[i]);
  free(r->hosts);
  for (size_t i = 0; i < r->ndirs; i++) {
    free(r->dirs[i].host);
    free(r->dirs[i].guest);
  }
  free(r->dirs);
  memset(r, 0, sizeof *r);
}

void h_serve_cfg_free(h_serve_cfg *cfg) {
  for (size_t i = 0; i < cfg->nroutes; i++) h_serve_cfg_route_free(&cfg->routes[i]);
  free(cfg->routes);
  free(cfg->file);
  free(cfg->addr);
  memset(cfg, 0, sizeof *cfg);
}

static char *h_serve_dup_or_null(const char *s, bool *ok) {
  if (!s) return NULL;
  char *d = strdup(s);
  if (!d) *ok = false;
  return d;
}

bool h_serve_cfg_route_copy(h_serve_route_cfg *dst, const h_serve_route_cfg *src) {
  bool ok = true;
  *dst = *src;
  dst->path = h_serve_dup_or_null(src->path, &ok);
  dst->module = h_serve_dup_or_null(src->module, &ok);
  dst->invoke = h_serve_dup_or_null(src->invoke, &ok);
  dst->content_type = h_serve_dup_or_null(src->content_type, &ok);
  dst->env = src->nenv ? calloc(src->nenv, sizeof *dst->env) : NULL;
  dst->dirs = src->ndirs ? calloc(src->ndirs, sizeof *dst->dirs) : NULL;
  dst->hosts = src->nhosts ? calloc(src->nhosts, sizeof *dst->hosts) : NULL;
  if ((src->nenv && !dst->env) || (src->ndirs && !dst->dirs) || (src->nhosts && !dst->hosts)) {
    dst->nenv = dst->ndirs = dst->nhosts = 0;
    ok = false;
  }
  for (size_t i = 0; ok && i < src->nhosts; i++)
    dst->hosts[i] = h_serve_dup_or_null(src->hosts[i], &ok);
  for (size_t i = 0; ok && i < src->nenv; i++) dst->env[i] = h_serve_dup_or_null(src->env[i], &ok);
  for (size_t i = 0; ok && i < src->ndirs; i++) {
    dst->dirs[i].host = h_serve_dup_or_null(src->dirs[i].host, &ok);
    dst->dirs[i].guest = h_serve_dup_or_null(src->dirs[i].guest, &ok);
    dst->dirs[i].read_only = src->dirs[i].read_only;
  }
  if (!ok) h_serve_cfg_route_free(dst);
  return ok;
}

static bool h_serve_str_eq(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

bool h_serve_cfg_route_equal(const h_serve_route_cfg *a, const h_serve_route_cfg *b) {
  if (!h_serve_str_eq(a->path, b->path) || a->match != b->match ||
      !h_serve_str_eq(a->module, b->module) || !h_serve_str_eq(a->invoke, b->invoke) ||
      !h_serve_str_eq(a->content_type, b->content_type) || a->nenv != b->nenv ||
      a->ndirs != b->ndirs || a->nhosts != b->nhosts || a->allow_net != b->allow_net || a->max_body != b->max_body || a->max_output != b->max_output ||
      a->init_timeout_ms != b->init_timeout_ms ||
      memcmp(&a->pool, &b->pool, sizeof a->pool) != 0)
    return false;
  for (size_t i = 0; i < a->nenv; i++)
    if (strcmp(a->env[i], b->env[i]) != 0) return false;
  for (size_t i = 0; i < a->nhosts; i++)
    if (strcmp(a->hosts[i], b->hosts[i]) != 0) return false;
  for (size_t i = 0; i < a->ndirs; i++)
    if (strcmp(a->dirs[i].host, b->dirs[i].host) != 0 ||
        strcmp(a->dirs[i].guest, b->dirs[i].guest) != 0 ||
        a->dirs[i].read_only != b->dirs[i].read_only)
      return false;
  return true;
}

static bool h_serve_env_name_ok(const char *s, size_t n) {
  if (!n || (s[0] >= '0' && s[0] <= '9')) return false;
  for (size_t i = 0; i < n; i++)
    if (!(s[i] == '_' || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
          (s[i] >= '0' && s[i] <= '9')))
      return false;
  return true;
}

/* Adds HOST[:PORT] to the route's allowed hosts (the syntax of --allow-host: http_client.c). */
static bool h_serve_cfg_add_host(h_serve_route_cfg *r, const char *v, char *err, size_t errlen) {
  if (!h_hc_host_ok(v)) {
    snprintf(err, errlen, "\"%s\" is not HOST or HOST:PORT", v);
    return false;
  }
  char **nh = realloc(r->hosts, (r->nhosts + 1) * sizeof *nh);
  if (!nh || !(nh[r->nhosts] = strdup(v))) {
    if (nh) r->hosts = nh;
    snprintf(err, errlen, "out of memory");
    return false;
  }
  r->hosts = nh;
  r->nhosts++;
  return true;
}

/* Adds NAME=VALUE to the route's env. */
static bool h_serve_cfg_add_env(h_serve_route_cfg *r, const char *name, size_t nlen,
                                const char *value, char *err, size_t errlen) {
  if (!h_serve_env_name_ok(name, nlen)) {
    snprintf(err, errlen, "bad environment variable name \"%.*s\"", (int)nlen, name);
    return false;
  }
  char **ne = realloc(r->env, (r->nenv + 1) * sizeof *ne);
  if (!ne) goto oom;
  r->env = ne;
  size_t n = nlen + strlen(value) + 2;
  char *e = malloc(n);
  if (!e) goto oom;
  snprintf(e, n, "%.*s=%s", (int)nlen, name, value);
  r->env[r->nenv++] = e;
  return true;
oom:
  snprintf(err, errlen, "out of memory");
  return false;
}

/* Adds a preopen; host relative to dir. */
static bool h_serve_cfg_add_dir(h_serve_route_cfg *r, const char *host, const char *guest, bool ro,
                                const char *dir, char *err, size_t errlen) {
  if (!*host || !*guest) {
    snprintf(err, errlen, "a directory needs a host path and a guest path");
    return false;
  }
  h_serve_dir *nd = realloc(r->dirs, (r->ndirs + 1) * sizeof *nd);
  if (!nd) goto oom;
  r->dirs = nd;
  h_serve_dir d = {h_serve_cfg_resolve(dir, host), strdup(guest), ro};
  if (!d.host || !d.guest) {
    free(d.host);
    free(d.guest);
    goto oom;
  }
  r->dirs[r->ndirs++] = d;
  return true;
oom:
  snprintf(err, errlen, "out of memory");
  return false;
}

/* "HOST[::GUEST][:ro]", as `hearth run --dir`. */
static bool h_serve_cfg_dir_spec(h_serve_route_cfg *r, const char *spec, bool ro, const char *dir,
                                 char *err, size_t errlen) {
  char *s = strdup(spec);
  if (!s) {
    snprintf(err, errlen, "out of memory");
    return false;
  }
  size_t n = strlen(s);
  if (n > 3 && strcmp(s + n - 3, ":ro") == 0) {
    ro = true;
    s[n - 3] = 0;
  }
  char *sep = strstr(s, "::");
  const char *guest = s;
  if (sep) {
    *sep = 0;
    guest = sep + 2;
  }
  bool ok = h_serve_cfg_add_dir(r, s, guest, ro, dir, err, errlen);
  free(s);
  return ok;
}

static bool h_serve_path_ok(const char *p) {
  return p[0] == '/' && !strpbrk(p, "?# \t\r\n");
}

/* Checks one route on its own. */
static bool h_serve_cfg_check_route(const h_serve_route_cfg *r, char *err, size_t errlen) {
  if (!r->path) {
    snprintf(err, errlen, "route needs \"path\" (exact) or \"prefix\"");
    return false;
  }
  if (!h_serve_path_ok(r->path)) {
    snprintf(err, errlen, "route path \"%s\" must begin with '/' and hold no '?', '#' or spaces",
             r->path);
    return false;
  }
  if (r->match == H_SERVE_EXACT && (strcmp(r->path, "/metrics") == 0 ||
                                    strcmp(r->path, "/healthz") == 0 ||
                                    strcmp(r->path, "/readyz") == 0)) {
    snprintf(err, errlen, "route path \"%s\" is served by hearth itself", r->path);
    return false;
  }
  if (!r->module) {
    snprintf(err, errlen, "route \"%s\" needs \"module\"", r->path);
    return false;
  }
  if (r->invoke && (r->nenv || r->ndirs)) {
    snprintf(err, errlen, "route \"%s\": \"env\" and \"dirs\" apply to WASI command routes only "
             "(a bytes-ABI route's instances keep the pool's empty WASI context)", r->path);
    return false;
  }
  if (r->content_type && !r->invoke) {
    snprintf(err, errlen, "route \"%s\": \"content_type\" applies to bytes-ABI routes (\"invoke\"); "
             "a command sets its own Content-Type", r->path);
    return false;
  }
  if (r->content_type && strpbrk(r->content_type, "\r\n")) {
    snprintf(err, errlen, "route \"%s\": bad content_type", r->path);
    return false;
  }
  for (size_t i = 0; i < r->nenv; i++) {
    char name[256];
    snprintf(name, sizeof name, "%.*s", (int)strcspn(r->env[i], "="), r->env[i]);
    if (h_serve_cgi_reserved(name)) {
      snprintf(err, errlen, "route \"%s\": env \"%s\" is set from each request (RFC 3875)",
               r->path, name);
      return false;
    }
  }
  if (r->pool.min_instances > r->pool.max_instances) {
    snprintf(err, errlen, "route \"%s\": min_instances (%u) is above max_instances (%u)", r->path,
             r->pool.min_instances, r->pool.max_instances);
    return false;
  }
  return true;
}

/* ---------------------------------------------------------------- YAML */

typedef struct h_serve_yaml {
  const char *file;
  const char *dir;   /* for relative paths; NULL: current directory */
  yaml_document_t doc;
  char *err;
  size_t errlen;
} h_serve_yaml;

static bool h_serve_yerr(h_serve_yaml *y, const yaml_node_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static bool h_serve_yerr(h_serve_yaml *y, const yaml_node_t *n, const char *fmt, ...) {
  char msg[384];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  snprintf(y->err, y->errlen, "%s:%zu:%zu: %s", y->file, n ? n->start_mark.line + 1 : 1,
           n ? n->start_mark.column + 1 : 1, msg);
  return false;
}

static yaml_node_t *h_serve_ynode(h_serve_yaml *y, int id) {
  return h_serve_yaml_fn.document_get_node(&y->doc, id);
}

static const char *h_serve_yscalar(const yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static const char *h_serve_ykind(const yaml_node_t *n) {
  if (!n) return "nothing";
  switch (n->type) {
  case YAML_SCALAR_NODE: return "a scalar";
  case YAML_SEQUENCE_NODE: return "a list";
  case YAML_MAPPING_NODE: return "a mapping";
  default: return "nothing";
  }
}

/* Whether the mapping m holds key twice (reported at the second). */
static bool h_serve_ydups(h_serve_yaml *y, const yaml_node_t *m) {
  for (yaml_node_pair_t *a = m->data.mapping.pairs.start; a < m->data.mapping.pairs.top; a++)
    for (yaml_node_pair_t *b = a + 1; b < m->data.mapping.pairs.top; b++) {
      const char *ka = h_serve_yscalar(h_serve_ynode(y, a->key));
      const char *kb = h_serve_yscalar(h_serve_ynode(y, b->key));
      if (ka && kb && strcmp(ka, kb) == 0)
        return !h_serve_yerr(y, h_serve_ynode(y, b->key), "duplicate key \"%s\"", kb);
    }
  return false;
}

/* Applies one scalar key of table keys to base; false (with the error set) when it is not one. */
static bool h_serve_yset(h_serve_yaml *y, void *base, const h_serve_key *keys, size_t nkeys,
                         const yaml_node_t *kn, const yaml_node_t *vn, const char *where,
                         bool *found) {
  const char *k = h_serve_yscalar(kn);
  const h_serve_key *key = h_serve_cfg_key(keys, nkeys, k);
  *found = key != NULL;
  if (!key) return true;
  const char *v = h_serve_yscalar(vn);
  if (!v) return h_serve_yerr(y, vn, "%s key \"%s\" needs a scalar value, not %s", where, k,
                              h_serve_ykind(vn));
  char msg[320];
  if (!h_serve_cfg_set(base, key, v, y->dir, msg, sizeof msg))
    return h_serve_yerr(y, vn, "%s", msg);
  return true;
}

static bool h_serve_yenv(h_serve_yaml *y, h_serve_route_cfg *r, const yaml_node_t *vn) {
  char msg[320];
  if (vn->type == YAML_MAPPING_NODE) {
    if (h_serve_ydups(y, vn)) return false;
    for (yaml_node_pair_t *p = vn->data.mapping.pairs.start; p < vn->data.mapping.pairs.top; p++) {
      yaml_node_t *kn = h_serve_ynode(y, p->key), *v = h_serve_ynode(y, p->value);
      const char *k = h_serve_yscalar(kn), *val = h_serve_yscalar(v);
      if (!k || !val) return h_serve_yerr(y, v, "env values must be scalars");
      if (!h_serve_cfg_add_env(r, k, strlen(k), val, msg, sizeof msg))
        return h_serve_yerr(y, kn, "%s", msg);
    }
    return true;
  }
  if (vn->type == YAML_SEQUENCE_NODE) {
    for (yaml_node_item_t *it = vn->data.sequence.items.start; it < vn->data.sequence.items.top;
         it++) {
      yaml_node_t *e = h_serve_ynode(y, *it);
      const char *s = h_serve_yscalar(e), *eq = s ? strchr(s, '=') : NULL;
      if (!eq) return h_serve_yerr(y, e, "env entries must be NAME=VALUE");
      if (!h_serve_cfg_add_env(r, s, (size_t)(eq - s), eq + 1, msg, sizeof msg))
        return h_serve_yerr(y, e, "%s", msg);
    }
    return true;
  }
  return h_serve_yerr(y, vn, "\"env\" must be a mapping (NAME: value) or a list of NAME=VALUE");
}

static bool h_serve_ydirs(h_serve_yaml *y, h_serve_route_cfg *r, const yaml_node_t *vn) {
  char msg[320];
  if (vn->type != YAML_SEQUENCE_NODE)
    return h_serve_yerr(y, vn, "\"dirs\" must be a list");
  for (yaml_node_item_t *it = vn->data.sequence.items.start; it < vn->data.sequence.items.top;
       it++) {
    yaml_node_t *e = h_serve_ynode(y, *it);
    if (e->type == YAML_SCALAR_NODE) {
      if (!h_serve_cfg_dir_spec(r, h_serve_yscalar(e), false, y->dir, msg, sizeof msg))
        return h_serve_yerr(y, e, "%s", msg);
      continue;
    }
    if (e->type != YAML_MAPPING_NODE)
      return h_serve_yerr(y, e, "a dirs entry is HOST[::GUEST][:ro] or a mapping with host, "
                          "guest, read_only");
    if (h_serve_ydups(y, e)) return false;
    const char *host = NULL, *guest = NULL;
    bool ro = false;
    for (yaml_node_pair_t *p = e->data.mapping.pairs.start; p < e->data.mapping.pairs.top; p++) {
      yaml_node_t *kn = h_serve_ynode(y, p->key), *v = h_serve_ynode(y, p->value);
      const char *k = h_serve_yscalar(kn), *val = h_serve_yscalar(v);
      if (!k) return h_serve_yerr(y, kn, "keys must be scalars");
      if (!val) return h_serve_yerr(y, v, "dirs key \"%s\" needs a scalar value", k);
      if (strcmp(k, "host") == 0) host = val;
      else if (strcmp(k, "guest") == 0) guest = val;
      else if (strcmp(k, "read_only") == 0) {
        if (strcmp(val, "true") == 0) ro = true;
        else if (strcmp(val, "false") == 0) ro = false;
        else return h_serve_yerr(y, v, "bad value \"%s\" for \"read_only\" (true or false)", val);
      } else {
        return h_serve_yerr(y, kn, "unknown key \"%s\" in a dirs entry (host, guest, read_only)",
                            k);
      }
    }
    if (!host) return h_serve_yerr(y, e, "a dirs entry needs \"host\"");
    if (!h_serve_cfg_add_dir(r, host, guest ? guest : host, ro, y->dir, msg, sizeof msg))
      return h_serve_yerr(y, e, "%s", msg);
  }
  return true;
}

static bool h_serve_yroute(h_serve_yaml *y, const yaml_node_t *n, h_serve_route_cfg *r) {
  h_serve_route_defaults(r);
  r->line = (int)n->start_mark.line + 1;
  if (n->type != YAML_MAPPING_NODE)
    return h_serve_yerr(y, n, "a route must be a mapping, not %s", h_serve_ykind(n));
  if (h_serve_ydups(y, n)) return false;
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *kn = h_serve_ynode(y, p->key), *vn = h_serve_ynode(y, p->value);
    const char *k = h_serve_yscalar(kn);
    if (!k) return h_serve_yerr(y, kn, "keys must be scalars");
    if (strcmp(k, "path") == 0 || strcmp(k, "prefix") == 0) {
      const char *v = h_serve_yscalar(vn);
      if (!v) return h_serve_yerr(y, vn, "\"%s\" needs a scalar value", k);
      if (r->path) return h_serve_yerr(y, kn, "a route has one \"path\" or one \"prefix\"");
      if (!h_serve_path_ok(v))
        return h_serve_yerr(y, vn, "route path \"%s\" must begin with '/' and hold no '?', '#' "
                            "or spaces", v);
      if (!(r->path = strdup(v))) return h_serve_yerr(y, vn, "out of memory");
      r->match = k[1] == 'a' ? H_SERVE_EXACT : H_SERVE_PREFIX;
    } else if (strcmp(k, "env") == 0) {
      if (!h_serve_yenv(y, r, vn)) return false;
    } else if (strcmp(k, "dirs") == 0) {
      if (!h_serve_ydirs(y, r, vn)) return false;
    } else if (strcmp(k, "allowed_hosts") == 0) {
      if (vn->type != YAML_SEQUENCE_NODE)
        return h_serve_yerr(y, vn, "\"allowed_hosts\" must be a list of HOST or HOST:PORT");
      for (yaml_node_item_t *it = vn->data.sequence.items.start;
           it < vn->data.sequence.items.top; it++) {
        yaml_node_t *e = h_serve_ynode(y, *it);
        const char *hv = h_serve_yscalar(e);
        char msg[320];
        if (!hv) return h_serve_yerr(y, e, "an allowed_hosts entry is HOST or HOST:PORT");
        if (!h_serve_cfg_add_host(r, hv, msg, sizeof msg)) return h_serve_yerr(y, e, "%s", msg);
      }
    } else if (strcmp(k, "pool") == 0) {
      if (vn->type != YAML_MAPPING_NODE)
        return h_serve_yerr(y, vn, "\"pool\" must be a mapping, not %s", h_serve_ykind(vn));
      if (h_serve_ydups(y, vn)) return false;
      for (yaml_node_pair_t *q = vn->data.mapping.pairs.start; q < vn->data.mapping.pairs.top;
           q++) {
        yaml_node_t *pk = h_serve_ynode(y, q->key), *pv = h_serve_ynode(y, q->value);
        bool found;
        if (!h_serve_yscalar(pk)) return h_serve_yerr(y, pk, "keys must be scalars");
        if (!h_serve_yset(y, r, h_serve_pool_keys, H_NKEYS(h_serve_pool_keys), pk, pv, "pool",
                          &found))
          return false;
        if (!found)
          return h_serve_yerr(y, pk, "unknown key \"%s\" in pool (policy, min_instances, "
                              "max_instances, queue_max, queue_timeout, idle_timeout, "
                              "recycle_calls, recycle_memory, recycle_age, max_pool_memory)", h_serve_yscalar(pk));
      }
    } else {
      bool found;
      if (!h_serve_yset(y, r, h_serve_route_keys, H_NKEYS(h_serve_route_keys), kn, vn, "route",
                        &found))
        return false;
      if (!found)
        return h_serve_yerr(y, kn, "unknown key \"%s\" in route (path, prefix, module, invoke, "
                            "content_type, env, dirs, allowed_hosts, allow_net, max_body, max_output, "
                            "timeout, fuel, max_memory, max_call_depth, init_timeout, pool)", k);
    }
  }
  char msg[320];
  if (!h_serve_cfg_check_route(r, msg, sizeof msg)) return h_serve_yerr(y, n, "%s", msg);
  return true;
}

static bool h_serve_yroot(h_serve_yaml *y, h_serve_cfg *cfg) {
  yaml_node_t *root = h_serve_yaml_fn.document_get_root_node(&y->doc);
  if (!root) return h_serve_yerr(y, NULL, "empty config (it needs \"routes\")");
  if (root->type != YAML_MAPPING_NODE)
    return h_serve_yerr(y, root, "the config must be a mapping with \"server\" and \"routes\"");
  if (h_serve_ydups(y, root)) return false;
  const yaml_node_t *routes = NULL;
  for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top;
       p++) {
    yaml_node_t *kn = h_serve_ynode(y, p->key), *vn = h_serve_ynode(y, p->value);
    const char *k = h_serve_yscalar(kn);
    if (!k) return h_serve_yerr(y, kn, "keys must be scalars");
    if (strcmp(k, "server") == 0) {
      if (vn->type != YAML_MAPPING_NODE)
        return h_serve_yerr(y, vn, "\"server\" must be a mapping, not %s", h_serve_ykind(vn));
      if (h_serve_ydups(y, vn)) return false;
      for (yaml_node_pair_t *q = vn->data.mapping.pairs.start; q < vn->data.mapping.pairs.top;
           q++) {
        yaml_node_t *sk = h_serve_ynode(y, q->key), *sv = h_serve_ynode(y, q->value);
        bool found;
        if (!h_serve_yscalar(sk)) return h_serve_yerr(y, sk, "keys must be scalars");
        if (!h_serve_yset(y, cfg, h_serve_server_keys, H_NKEYS(h_serve_server_keys), sk, sv,
                          "server", &found))
          return false;
        if (!found)
          return h_serve_yerr(y, sk, "unknown key \"%s\" in server (addr, connection_limit, "
                              "keepalive_timeout, drain_timeout, access_log)", h_serve_yscalar(sk));
      }
    } else if (strcmp(k, "routes") == 0) {
      if (vn->type != YAML_SEQUENCE_NODE)
        return h_serve_yerr(y, vn, "\"routes\" must be a list, not %s", h_serve_ykind(vn));
      routes = vn;
    } else {
      return h_serve_yerr(y, kn, "unknown top-level key \"%s\" (server, routes)", k);
    }
  }
  if (!routes || routes->data.sequence.items.start == routes->data.sequence.items.top)
    return h_serve_yerr(y, routes ? routes : root, "the config has no routes");
  size_t n = (size_t)(routes->data.sequence.items.top - routes->data.sequence.items.start);
  cfg->routes = calloc(n, sizeof *cfg->routes);
  if (!cfg->routes) return h_serve_yerr(y, routes, "out of memory");
  for (size_t i = 0; i < n; i++) {
    yaml_node_t *rn = h_serve_ynode(y, routes->data.sequence.items.start[i]);
    cfg->nroutes = i + 1;
    if (!h_serve_yroute(y, rn, &cfg->routes[i])) return false;
    for (size_t j = 0; j < i; j++)
      if (cfg->routes[j].match == cfg->routes[i].match &&
          strcmp(cfg->routes[j].path, cfg->routes[i].path) == 0)
        return h_serve_yerr(y, rn, "route \"%s\" is defined twice (first on line %d)",
                            cfg->routes[i].path, cfg->routes[j].line);
  }
  return true;
}

/* Reads f's events once, before the document is loaded, and refuses collections nested deeper
 * than H_SERVE_YAML_MAX_DEPTH (src/config.h): libyaml's scanner costs time quadratic in the depth
 * (100,000 levels, a 200 KB file, took minutes). A syntax error is left to the load to report.
 * Rewinds f. */
static bool h_serve_yaml_depth_ok(FILE *f, const char *file, char *err, size_t errlen) {
  yaml_parser_t p;
  yaml_event_t ev;
  bool ok = true;
  if (!h_serve_yaml_fn.parser_initialize(&p)) return true; /* the load says so */
  h_serve_yaml_fn.parser_set_input_file(&p, f);
  for (unsigned depth = 0;;) {
    if (!h_serve_yaml_fn.parser_parse(&p, &ev)) break;
    yaml_event_type_t t = ev.type;
    yaml_mark_t at = ev.start_mark;
    h_serve_yaml_fn.event_delete(&ev);
    if (t == YAML_STREAM_END_EVENT) break;
    if (t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT) depth--;
    if ((t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT) &&
        ++depth > H_SERVE_YAML_MAX_DEPTH) {
      snprintf(err, errlen, "%s:%zu:%zu: nested too deeply (more than %u levels)", file,
               at.line + 1, at.column + 1, H_SERVE_YAML_MAX_DEPTH);
      ok = false;
      break;
    }
  }
  h_serve_yaml_fn.parser_delete(&p);
  rewind(f);
  return ok;
}

/* Settings of routes that depend on the server's: a pool keeps no more instances warm than requests
 * can run at once (one per connection; min_instances: 3000000000 allocated gigabytes before it
 * failed). */
static bool h_serve_cfg_check_pools(const h_serve_cfg *cfg, char *err, size_t errlen) {
  for (size_t i = 0; i < cfg->nroutes; i++)
    if (cfg->routes[i].pool.min_instances > cfg->connection_limit) {
      snprintf(err, errlen, "route \"%s\": min_instances (%u) is above connection_limit (%u): no "
               "more requests than connections run at once", cfg->routes[i].path,
               cfg->routes[i].pool.min_instances, cfg->connection_limit);
      return false;
    }
  return true;
}

bool h_serve_cfg_load(const char *file, h_serve_cfg *cfg, char *err, size_t errlen) {
  h_serve_server_defaults(cfg);
  h_serve_yaml y;
  memset(&y, 0, sizeof y);
  y.file = file;
  y.err = err;
  y.errlen = errlen;
  FILE *f = fopen(file, "rb");
  if (!f) {
    snprintf(err, errlen, "%s: cannot read: %s", file, strerror(errno));
    return false;
  }
  char *dir = NULL;
  const char *slash = strrchr(file, '/');
  if (slash) dir = strndup(file, slash == file ? 1 : (size_t)(slash - file));
  y.dir = dir;
  yaml_parser_t parser;
  bool ok = false;
  char lerr[512];
  if (!h_serve_yaml_load(lerr, sizeof lerr)) {
    snprintf(err, errlen, "%s: reading it needs libyaml (libyaml-0-2): %s", file, lerr);
    goto out_file;
  }
  if (!h_serve_yaml_depth_ok(f, file, err, errlen)) goto out_file;
  if (!h_serve_yaml_fn.parser_initialize(&parser)) {
    snprintf(err, errlen, "%s: cannot start the YAML parser", file);
    goto out_file;
  }
  h_serve_yaml_fn.parser_set_input_file(&parser, f);
  if (!h_serve_yaml_fn.parser_load(&parser, &y.doc)) {
    snprintf(err, errlen, "%s:%zu:%zu: YAML: %s%s%s", file, parser.problem_mark.line + 1,
             parser.problem_mark.column + 1, parser.problem ? parser.problem : "syntax error",
             parser.context ? " " : "", parser.context ? parser.context : "");
    h_serve_yaml_fn.parser_delete(&parser);
    goto out_file;
  }
  ok = h_serve_yroot(&y, cfg);
  if (ok && !h_serve_cfg_check_pools(cfg, lerr, sizeof lerr)) {
    snprintf(err, errlen, "%s: %s", file, lerr);
    ok = false;
  }
  h_serve_yaml_fn.document_delete(&y.doc);
  h_serve_yaml_fn.parser_delete(&parser);
  if (ok && !(cfg->file = strdup(file))) {
    snprintf(err, errlen, "out of memory");
    ok = false;
  }
out_file:
  fclose(f);
  free(dir);
  if (!ok) h_serve_cfg_free(cfg);
  return ok;
}

/* ---------------------------------------------------------------- flags */

void h_serve_cfg_usage(void) {
  printf(
      "usage: hearth serve [options] MODULE         one route (prefix /) for MODULE\n"
      "       hearth serve --config FILE.yaml [--addr HOST:PORT]\n"
      "\n"
      "Serves WebAssembly over HTTP/1.1 from pools of warm instances. Without --invoke, MODULE is\n"
      "a WASI command run once per request, CGI-style (WAGI): request metadata and headers in the\n"
      "environment (RFC 3875 names), the body on stdin; it prints headers, a blank line and the\n"
      "body (\"Status: 404\" sets the code). With --invoke NAME, the export NAME is called through\n"
      "the bytes ABI: the request body in, the response body (200) out.\n"
      "Built in: /metrics (Prometheus), /healthz, /readyz. SIGTERM drains and exits; SIGHUP\n"
      "re-reads the config (or the module) and swaps changed routes.\n"
      "\n"
      "options (each also a key of a route or of `server:` in the config file, '-' for '_'):\n"
      "  --addr HOST:PORT         listen address (default " H_SERVE_DEFAULT_ADDR "; port 0 picks one)\n"
      "  --config FILE            routes and settings from a YAML file (see README)\n"
      "  --invoke NAME            bytes-ABI export to call (default: run as a WASI command)\n"
      "  --content-type TYPE      bytes-ABI response type (default application/octet-stream)\n"
      "  --dir HOST[::GUEST][:ro], --dir-ro HOST[::GUEST]   preopen a directory (commands)\n"
      "  --env NAME=VALUE, --env NAME                         guest environment (commands)\n"
      "  --allow-host HOST[:PORT]  a host wasi:http components may call (outgoing-handler) and\n"
      "                           reach with wasi:sockets (connects, sends; no listen)\n"
      "  --allow-net              grant wasi:http components all of wasi:sockets\n"
      "  --timeout DURATION       per-request deadline; past it: 504 (e.g. 500ms, 2s)\n"
      "  --fuel N                 per-request fuel; exhausted: 500\n"
      "  --max-memory SIZE        linear memory cap per instance (e.g. 64M)\n"
      "  --max-call-depth N       wasm call depth per request\n"
      "  --max-body SIZE          request body limit; over it: 413 (default 1M)\n"
      "  --max-output SIZE        command stdout limit (default 16M)\n"
      "  --init-timeout DURATION  bound on the module's start code at load (default 10s)\n"
      "  --policy reset|reuse     reset each instance after every request (default) or reuse it\n"
      "  --min-instances N, --max-instances N, --queue-max N, --queue-timeout DURATION,\n"
      "  --idle-timeout DURATION, --recycle-calls N, --recycle-memory SIZE,\n"
      "  --recycle-age DURATION, --max-pool-memory SIZE (every instance's memory together)\n"
      "                           pool settings (README, Pools); a full queue is 503\n"
      "  --connection-limit N     open connections (default 1024)\n"
      "  --keepalive-timeout DURATION   idle connection timeout (default 30s)\n"
      "  --drain-timeout DURATION       SIGTERM: longest wait for requests (default 30s)\n"
      "  --no-access-log          no access log lines on stdout\n"
      "exit status: 0 after a drained shutdown, 1 when a module or the address cannot be\n"
      "loaded, 2 for usage or config errors.\n");
}

static int h_serve_usage_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int h_serve_usage_err(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "hearth serve: ");
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\n(see hearth serve --help)\n");
  return 2;
}

/* "--max-body" -> "max_body" into buf. */
static const char *h_serve_flag_key(const char *flag, size_t n, char *buf, size_t buflen) {
  if (n >= buflen) n = buflen - 1;
  for (size_t i = 0; i < n; i++) buf[i] = flag[i] == '-' ? '_' : flag[i];
  buf[n] = 0;
  return buf;
}

int h_serve_cfg_from_args(int argc, char **argv, h_serve_cfg *cfg) {
  h_serve_cfg flags; /* server settings given as flags */
  h_serve_server_defaults(&flags);
  h_serve_route_cfg r;
  h_serve_route_defaults(&r);
  bool set_server[H_NKEYS(h_serve_server_keys)] = {0};
  const char *config = NULL, *module = NULL;
  bool route_flags = false;
  char msg[320];
  int rc = -1;
  memset(cfg, 0, sizeof *cfg);
  for (int i = 1; i < argc && rc < 0; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || a[1] != '-' || !a[2]) {
      if (module) rc = h_serve_usage_err("unexpected argument \"%s\" (one MODULE)", a);
      module = a;
      continue;
    }
    if (strcmp(a, "--help") == 0) {
      h_serve_cfg_usage();
      rc = 0;
      break;
    }
    if (strcmp(a, "--allow-net") == 0) { /* no value, as for `hearth run` */
      r.allow_net = true;
      route_flags = true;
      continue;
    }
    if (strcmp(a, "--no-access-log") == 0) {
      flags.access_log = false;
      set_server[h_serve_cfg_key(h_serve_server_keys, H_NKEYS(h_serve_server_keys), "access_log") -
                 h_serve_server_keys] = true;
      continue;
    }
    const char *eq = strchr(a, '='), *v;
    size_t nlen = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
    char key[64];
    h_serve_flag_key(a + 2, nlen, key, sizeof key);
    if (eq) v = eq + 1;
    else if (i + 1 < argc) v = argv[++i];
    else {
      /* the last argument: an option we do not know is reported as such, not as valueless */
      bool known = strcmp(key, "config") == 0 || strcmp(key, "env") == 0 ||
                   strcmp(key, "allow_host") == 0 || strcmp(key, "dir") == 0 ||
                   strcmp(key, "dir_ro") == 0 ||
                   h_serve_cfg_key(h_serve_server_keys, H_NKEYS(h_serve_server_keys), key) ||
                   h_serve_cfg_key(h_serve_route_keys, H_NKEYS(h_serve_route_keys), key) ||
                   h_serve_cfg_key(h_serve_pool_keys, H_NKEYS(h_serve_pool_keys), key);
      rc = known ? h_serve_usage_err("%s needs a value", a)
                 : h_serve_usage_err("unknown option --%.*s", (int)nlen, a + 2);
      break;
    }
    const h_serve_key *k;
    if (strcmp(key, "config") == 0) {
      config = v;
    } else if (strcmp(key, "env") == 0) {
      const char *e = strchr(v, '=');
      const char *val = e ? e + 1 : getenv(v);
      size_t n = e ? (size_t)(e - v) : strlen(v);
      if (val && !h_serve_cfg_add_env(&r, v, n, val, msg, sizeof msg))
        rc = h_serve_usage_err("--env: %s", msg);
      route_flags = true;
    } else if (strcmp(key, "allow_host") == 0) {
      if (!h_serve_cfg_add_host(&r, v, msg, sizeof msg))
        rc = h_serve_usage_err("--allow-host: %s", msg);
      route_flags = true;
    } else if (strcmp(key, "dir") == 0 || strcmp(key, "dir_ro") == 0) {
      if (!h_serve_cfg_dir_spec(&r, v, key[3] != 0, NULL, msg, sizeof msg))
        rc = h_serve_usage_err("--%s: %s", a + 2, msg);
      route_flags = true;
    } else if ((k = h_serve_cfg_key(h_serve_server_keys, H_NKEYS(h_serve_server_keys), key))) {
      if (!h_serve_cfg_set(&flags, k, v, NULL, msg, sizeof msg)) rc = h_serve_usage_err("%s", msg);
      set_server[k - h_serve_server_keys] = true;
    } else if ((k = h_serve_cfg_key(h_serve_route_keys, H_NKEYS(h_serve_route_keys), key)) ||
               (k = h_serve_cfg_key(h_serve_pool_keys, H_NKEYS(h_serve_pool_keys), key))) {
      if (strcmp(key, "module") == 0) {
        rc = h_serve_usage_err("give the module as the last argument");
        break;
      }
      if (!h_serve_cfg_set(&r, k, v, NULL, msg, sizeof msg)) rc = h_serve_usage_err("%s", msg);
      route_flags = true;
    } else {
      rc = h_serve_usage_err("unknown option --%.*s", (int)nlen, a + 2);
    }
  }
  if (rc < 0 && config && (module || route_flags))
    rc = h_serve_usage_err("with --config, routes come from the file (only server options such "
                           "as --addr may be given)");
  if (rc < 0 && !config && !module) rc = h_serve_usage_err("no module given");
  if (rc < 0 && config) {
    char err[512];
    if (!h_serve_cfg_load(config, cfg, err, sizeof err)) {
      fprintf(stderr, "hearth serve: %s\n", err);
      rc = 2;
    }
  } else if (rc < 0) {
    h_serve_server_defaults(cfg);
    cfg->routes = calloc(1, sizeof *cfg->routes);
    r.path = strdup("/");
    r.module = strdup(module);
    if (!cfg->routes || !r.path || !r.module) {
      fprintf(stderr, "hearth serve: out of memory\n");
      rc = 1;
    } else if (!h_serve_cfg_check_route(&r, msg, sizeof msg)) {
      rc = h_serve_usage_err("%s", msg);
    } else {
      cfg->routes[0] = r;
      cfg->nroutes = 1;
      memset(&r, 0, sizeof r);
    }
  }
  /* Server flags override the file's settings. */
  for (size_t i = 0; rc < 0 && i < H_NKEYS(h_serve_server_keys); i++) {
    if (!set_server[i]) continue;
    const h_serve_key *k = &h_serve_server_keys[i];
    char *dst = (char *)cfg + k->off, *src = (char *)&flags + k->off;
    if (k->kind == H_K_STR) {
      free(*(char **)dst);
      *(char **)dst = *(char **)src;
      *(char **)src = NULL;
    } else {
      size_t sz = k->kind == H_K_MS ? sizeof(uint64_t) : k->kind == H_K_BOOL ? sizeof(bool)
                                                                              : sizeof(uint32_t);
      memcpy(dst, src, sz);
    }
  }
  if (rc < 0 && !cfg->addr && !(cfg->addr = strdup(H_SERVE_DEFAULT_ADDR))) rc = 1;
  if (rc < 0 && !h_serve_cfg_check_pools(cfg, msg, sizeof msg)) rc = h_serve_usage_err("%s", msg);
  h_serve_cfg_route_free(&r);
  free(flags.addr);
  if (rc >= 0) h_serve_cfg_free(cfg);
  return rc;
}
