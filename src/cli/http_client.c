/* http_client.c: outgoing HTTP for wasi:http through libcurl (one easy handle per request), for
 * hosts the user granted with --allow-host (hearth run, hearth serve) or allowed_hosts (serve's
 * config). Requests to other hosts are denied (HTTP-request-denied) before any connection.
 * libcurl is not linked: it is loaded with dlopen when a guest first sends an allowed request, so
 * that starting the CLI does not pay the dynamic loader for libcurl and its ~30 dependencies. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dynlib.h"
#include "http_client.h"

#ifdef H_HTTP_CLIENT
#include <pthread.h>
#include <stdatomic.h>

#include <curl/curl.h> /* types and constants only: the functions come from h_hc_curl */
#endif

/* error-code cases of wasi:http (WIT order) that the client reports */
enum { EC_DESTINATION_NOT_FOUND = 2, EC_CONNECTION_REFUSED = 6, EC_CONNECTION_TIMEOUT = 8,
       EC_TLS_PROTOCOL_ERROR = 12, EC_TLS_CERTIFICATE_ERROR = 13, EC_HTTP_REQUEST_DENIED = 15,
       EC_HTTP_REQUEST_URI_INVALID = 19, EC_HTTP_PROTOCOL_ERROR = 35, EC_INTERNAL_ERROR = 38 };

/* Splits HOST[:PORT] ("[V6]:PORT" too) into host (room for 256) and port (0: none). */
static bool h_hc_split(const char *s, char *host, unsigned *port) {
  const char *colon;
  size_t hl;
  *port = 0;
  if (s[0] == '[') {
    const char *close = strchr(s, ']');
    if (!close) return false;
    hl = (size_t)(close - s + 1);
    colon = close[1] == ':' ? close + 1 : close[1] ? (const char *)"" : NULL;
    if (colon && !*colon) return false;
  } else {
    colon = strrchr(s, ':');
    hl = colon ? (size_t)(colon - s) : strlen(s);
  }
  if (hl == 0 || hl >= 256) return false;
  memcpy(host, s, hl);
  host[hl] = 0;
  if (colon) {
    char *end;
    unsigned long p = strtoul(colon + 1, &end, 10);
    if (!colon[1] || *end || p == 0 || p > 65535) return false;
    *port = (unsigned)p;
  }
  return true;
}

bool h_hc_host_ok(const char *host) {
  char h[256];
  unsigned port;
  return host && !strpbrk(host, "/@?# \t") && h_hc_split(host, h, &port);
}

bool h_hc_allow_add(h_hc_allow *a, const char *host) {
  if (!h_hc_host_ok(host)) return false;
  char **nh = realloc(a->hosts, (a->n + 1) * sizeof *nh);
  if (!nh) return false;
  a->hosts = nh;
  if (!(a->hosts[a->n] = strdup(host))) return false;
  a->n++;
  return true;
}

void h_hc_allow_free(h_hc_allow *a) {
  for (size_t i = 0; i < a->n; i++) free(a->hosts[i]);
  free(a->hosts);
  a->hosts = NULL;
  a->n = 0;
}

bool h_hc_allowed(const h_hc_allow *a, const char *scheme, const char *authority) {
  char host[256], ah[256];
  unsigned port, ap;
  if (!authority || strchr(authority, '@') || !h_hc_split(authority, host, &port)) return false;
  if (!port) port = scheme && strcasecmp(scheme, "http") == 0 ? 80 : 443;
  for (size_t i = 0; i < a->n; i++)
    if (h_hc_split(a->hosts[i], ah, &ap) && strcasecmp(ah, host) == 0 && (!ap || ap == port))
      return true;
  return false;
}

#ifdef H_HTTP_CLIENT

bool h_hc_available(void) { return true; }

/* The soname Debian ships for libcurl's ABI 4 (any of its TLS flavours provides it). */
#ifndef H_HC_CURL_SONAME
#define H_HC_CURL_SONAME "libcurl.so.4"
#endif

/* The libcurl functions used, without their curl_ prefix (the prefixed names may be macros). */
#define H_HC_CURL_SYMS(X)                                                                      \
  X(global_init) X(easy_init) X(easy_setopt) X(easy_perform) X(easy_getinfo) X(easy_cleanup)   \
  X(slist_append) X(slist_free_all)

/* libcurl's functions, resolved once by h_hc_curl_load (never unloaded: process lifetime). */
static struct {
#define X(f) __typeof__(&curl_##f) f;
  H_HC_CURL_SYMS(X)
#undef X
} h_hc_curl;
static bool h_hc_curl_ok;
static char h_hc_curl_err[512];
static pthread_once_t h_hc_curl_once = PTHREAD_ONCE_INIT;

static void h_hc_curl_load_once(void) {
  static const char *const names[] = {H_HC_CURL_SYMS(H_DYNLIB_NAME)};
  _Static_assert(sizeof h_hc_curl == sizeof names, "the table is one pointer per name");
  if (!h_dynlib_load(H_HC_CURL_SONAME, "curl_", names, sizeof names / sizeof *names, &h_hc_curl,
                     h_hc_curl_err, sizeof h_hc_curl_err))
    return;
  if (h_hc_curl.global_init(CURL_GLOBAL_DEFAULT) != 0) {
    snprintf(h_hc_curl_err, sizeof h_hc_curl_err, "curl_global_init failed");
    return;
  }
  h_hc_curl_ok = true;
}

/* Loads libcurl on first use (thread-safe: serve's workers may race here); false, with one
 * message on stderr for the process, if it is missing. */
static bool h_hc_curl_load(void) {
  static atomic_flag told = ATOMIC_FLAG_INIT;
  pthread_once(&h_hc_curl_once, h_hc_curl_load_once);
  if (!h_hc_curl_ok && !atomic_flag_test_and_set(&told))
    fprintf(stderr, "hearth: wasi:http outgoing requests need libcurl (libcurl4): %s\n",
            h_hc_curl_err);
  return h_hc_curl_ok;
}

typedef struct h_hc_buf {
  uint8_t *p;
  size_t len;
  bool oom;
} h_hc_buf;

static size_t h_hc_body(char *d, size_t size, size_t n, void *user) {
  h_hc_buf *b = user;
  size_t add = size * n;
  uint8_t *np = realloc(b->p, b->len + add + 1);
  if (!np) {
    b->oom = true;
    return 0;
  }
  memcpy(np + b->len, d, add);
  b->p = np;
  b->len += add;
  return add;
}

/* Response headers, one "Name: value" line per call: the status line and the blank line are
 * skipped; a new status line (after a redirect or 100 Continue) starts over. */
static size_t h_hc_header(char *d, size_t size, size_t n, void *user) {
  hearth_http_response *r = user;
  size_t len = size * n;
  while (len && (d[len - 1] == '\n' || d[len - 1] == '\r')) len--;
  if (len >= 5 && strncmp(d, "HTTP/", 5) == 0) {
    for (size_t i = 0; i < r->nheaders; i++) {
      free((char *)r->headers[i].name);
      free((uint8_t *)r->headers[i].value);
    }
    r->nheaders = 0;
    return size * n;
  }
  const char *colon = memchr(d, ':', len);
  if (!len || !colon) return size * n;
  hearth_http_field *nh = realloc(r->headers, (r->nheaders + 1) * sizeof *nh);
  if (!nh) return 0;
  r->headers = nh;
  const char *v = colon + 1;
  while (v < d + len && (*v == ' ' || *v == '\t')) v++;
  size_t nl = (size_t)(colon - d), vl = (size_t)(d + len - v);
  char *name = malloc(nl + 1), *val = malloc(vl + 1);
  if (!name || !val) {
    free(name);
    free(val);
    return 0;
  }
  memcpy(name, d, nl);
  name[nl] = 0;
  memcpy(val, v, vl);
  val[vl] = 0;
  nh[r->nheaders++] = (hearth_http_field){name, nl, (const uint8_t *)val, vl};
  return size * n;
}

/* Headers the client sets itself (framing, the host from the authority). */
static bool h_hc_skip_header(const char *name, size_t len) {
  static const char *const k[] = {"host", "content-length", "transfer-encoding", "connection",
                                  "expect"};
  for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
    if (strlen(k[i]) == len && strncasecmp(k[i], name, len) == 0) return true;
  return false;
}

static uint32_t h_hc_error_case(CURLcode rc) {
  switch (rc) {
  case CURLE_COULDNT_RESOLVE_HOST: return EC_DESTINATION_NOT_FOUND;
  case CURLE_COULDNT_CONNECT: return EC_CONNECTION_REFUSED;
  case CURLE_OPERATION_TIMEDOUT: return EC_CONNECTION_TIMEOUT;
  case CURLE_SSL_CONNECT_ERROR: return EC_TLS_PROTOCOL_ERROR;
  case CURLE_PEER_FAILED_VERIFICATION: return EC_TLS_CERTIFICATE_ERROR;
  case CURLE_URL_MALFORMAT: return EC_HTTP_REQUEST_URI_INVALID;
  case CURLE_WEIRD_SERVER_REPLY: case CURLE_RECV_ERROR: case CURLE_SEND_ERROR:
    return EC_HTTP_PROTOCOL_ERROR;
  default: return EC_INTERNAL_ERROR;
  }
}

static hearth_status h_hc_send(void *user, const hearth_http_request *req,
                               hearth_http_response *resp) {
  const h_hc_allow *a = user;
  if (!h_hc_allowed(a, req->scheme, req->authority)) {
    resp->error_case = EC_HTTP_REQUEST_DENIED;
    return HEARTH_ERR_LIMIT;
  }
  if (strcasecmp(req->scheme, "http") != 0 && strcasecmp(req->scheme, "https") != 0) {
    resp->error_case = EC_HTTP_REQUEST_URI_INVALID;
    return HEARTH_ERR_ARGUMENT;
  }
  if (!h_hc_curl_load()) {
    resp->error_case = EC_INTERNAL_ERROR;
    return HEARTH_ERR_UNSUPPORTED;
  }
  size_t ulen = strlen(req->scheme) + strlen(req->authority) + strlen(req->path_with_query) + 8;
  char *url = malloc(ulen);
  CURL *h = h_hc_curl.easy_init();
  struct curl_slist *sl = NULL;
  h_hc_buf body = {0};
  hearth_status st = HEARTH_OK;
  if (!url || !h) {
    resp->error_case = EC_INTERNAL_ERROR;
    st = HEARTH_ERR_NOMEM;
    goto out;
  }
  snprintf(url, ulen, "%s://%s%s", req->scheme, req->authority, req->path_with_query);
  for (size_t i = 0; i < req->nheaders; i++) {
    const hearth_http_field *f = &req->headers[i];
    if (h_hc_skip_header(f->name, f->name_len)) continue;
    char line[8448];
    snprintf(line, sizeof line, "%.*s: %.*s", (int)f->name_len, f->name, (int)f->value_len,
             (const char *)f->value);
    struct curl_slist *n = h_hc_curl.slist_append(sl, line);
    if (n) sl = n;
  }
  struct curl_slist *n = h_hc_curl.slist_append(sl, "Expect:");
  if (n) sl = n;
  h_hc_curl.easy_setopt(h, CURLOPT_URL, url);
  h_hc_curl.easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  h_hc_curl.easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L); /* a redirect is the guest's to follow */
  h_hc_curl.easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  h_hc_curl.easy_setopt(h, CURLOPT_TIMEOUT, 60L);
  h_hc_curl.easy_setopt(h, CURLOPT_CUSTOMREQUEST, req->method);
  if (strcmp(req->method, "HEAD") == 0) h_hc_curl.easy_setopt(h, CURLOPT_NOBODY, 1L);
  if (req->body_len || strcmp(req->method, "POST") == 0 || strcmp(req->method, "PUT") == 0) {
    h_hc_curl.easy_setopt(h, CURLOPT_POSTFIELDS, req->body ? (const char *)req->body : "");
    h_hc_curl.easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req->body_len);
  }
  h_hc_curl.easy_setopt(h, CURLOPT_HTTPHEADER, sl);
  h_hc_curl.easy_setopt(h, CURLOPT_WRITEFUNCTION, h_hc_body);
  h_hc_curl.easy_setopt(h, CURLOPT_WRITEDATA, &body);
  h_hc_curl.easy_setopt(h, CURLOPT_HEADERFUNCTION, h_hc_header);
  h_hc_curl.easy_setopt(h, CURLOPT_HEADERDATA, resp);
  CURLcode rc = h_hc_curl.easy_perform(h);
  if (rc != CURLE_OK || body.oom) {
    resp->error_case = body.oom ? EC_INTERNAL_ERROR : h_hc_error_case(rc);
    st = HEARTH_ERR_IO;
    goto out;
  }
  long code = 0;
  h_hc_curl.easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
  resp->status = (uint16_t)code;
  resp->body = body.p;
  resp->body_len = body.len;
  body.p = NULL;
out:
  free(body.p);
  h_hc_curl.slist_free_all(sl);
  if (h) h_hc_curl.easy_cleanup(h);
  free(url);
  return st;
}

static void h_hc_release(void *user, hearth_http_response *resp) {
  (void)user;
  for (size_t i = 0; i < resp->nheaders; i++) {
    free((char *)resp->headers[i].name);
    free((uint8_t *)resp->headers[i].value);
  }
  free(resp->headers);
  free(resp->body);
  memset(resp, 0, sizeof *resp);
}

hearth_status h_hc_install(hearth_wasip2 *p, const h_hc_allow *a) {
  /* libcurl itself is loaded by the first allowed request (h_hc_curl_load). */
  hearth_wasip2_set_http_client(p, h_hc_send, h_hc_release, (void *)a);
  return HEARTH_OK;
}

#else

bool h_hc_available(void) { return false; }

hearth_status h_hc_install(hearth_wasip2 *p, const h_hc_allow *a) {
  (void)p;
  (void)a;
  return HEARTH_ERR_UNSUPPORTED;
}

#endif
