/* cgi.c: the WAGI convention of `hearth serve`: a request as CGI meta-variables (RFC 3875 section 4)
 * for a WASI command's environment, and the command's stdout read back as a CGI response (section 6:
 * header lines, a blank line, the body). This reads a script's output, not HTTP: the HTTP itself is
 * libmicrohttpd's. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "serve.h"

bool h_serve_strv_push(h_serve_strv *sv, const char *fmt, ...) {
  if (sv->n == sv->cap) {
    size_t cap = sv->cap ? sv->cap * 2 : 32;
    char **nv = realloc(sv->v, cap * sizeof *nv);
    if (!nv) return false;
    sv->v = nv;
    sv->cap = cap;
  }
  va_list ap;
  va_start(ap, fmt);
  char *s = NULL;
  int r = vasprintf(&s, fmt, ap);
  va_end(ap);
  if (r < 0) return false;
  sv->v[sv->n++] = s;
  return true;
}

void h_serve_strv_free(h_serve_strv *sv) {
  for (size_t i = 0; i < sv->n; i++) free(sv->v[i]);
  free(sv->v);
  memset(sv, 0, sizeof *sv);
}

/* The meta-variables a request sets (besides HTTP_*), in the order they are passed. */
#define H_SERVE_CGI_VARS(X)                                                                     \
  X(GATEWAY_INTERFACE) X(SERVER_SOFTWARE) X(SERVER_PROTOCOL) X(SERVER_NAME) X(SERVER_PORT)     \
  X(REQUEST_METHOD) X(SCRIPT_NAME) X(PATH_INFO) X(QUERY_STRING) X(REMOTE_ADDR) X(REMOTE_HOST)  \
  X(CONTENT_LENGTH) X(CONTENT_TYPE) X(AUTH_TYPE) X(PATH_TRANSLATED) X(REMOTE_IDENT)             \
  X(REMOTE_USER) X(X_MATCHED_ROUTE) X(X_FULL_URL)

bool h_serve_cgi_reserved(const char *name) {
#define H_CGI_NAME(n) #n,
  static const char *const names[] = {H_SERVE_CGI_VARS(H_CGI_NAME)};
#undef H_CGI_NAME
  if (strncmp(name, "HTTP_", 5) == 0) return true;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(names[i], name) == 0) return true;
  return false;
}

/* Headers that do not become HTTP_ variables: credentials (RFC 3875 4.1.18 says they should not be
 * passed) and the two that have their own meta-variables. */
static bool h_serve_cgi_skip_header(const char *name) {
  return strcasecmp(name, "Authorization") == 0 || strcasecmp(name, "Proxy-Authorization") == 0 ||
         strcasecmp(name, "Content-Type") == 0 || strcasecmp(name, "Content-Length") == 0;
}

/* "HTTP_" + NAME upper-cased with '-' as '_'; false for names with other characters. */
static bool h_serve_cgi_var_name(const char *name, char *buf, size_t buflen) {
  size_t n = strlen(name);
  if (n == 0 || n + 6 > buflen) return false;
  memcpy(buf, "HTTP_", 5);
  for (size_t i = 0; i < n; i++) {
    char c = name[i];
    if (c >= 'a' && c <= 'z') c = (char)(c - 32);
    else if (c == '-') c = '_';
    else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    buf[5 + i] = c;
  }
  buf[5 + n] = 0;
  return true;
}

bool h_serve_cgi_env(const h_serve_cgi_req *rq, h_serve_strv *env) {
  bool ok = true;
  ok = ok && h_serve_strv_push(env, "GATEWAY_INTERFACE=CGI/1.1");
  ok = ok && h_serve_strv_push(env, "SERVER_SOFTWARE=hearth/%s", HEARTH_VERSION);
  ok = ok && h_serve_strv_push(env, "SERVER_PROTOCOL=%s", rq->protocol);
  ok = ok && h_serve_strv_push(env, "SERVER_NAME=%s", rq->server_name);
  ok = ok && h_serve_strv_push(env, "SERVER_PORT=%s", rq->server_port);
  ok = ok && h_serve_strv_push(env, "REQUEST_METHOD=%s", rq->method);
  ok = ok && h_serve_strv_push(env, "SCRIPT_NAME=%s", rq->script_name);
  ok = ok && h_serve_strv_push(env, "PATH_INFO=%s", rq->path_info);
  ok = ok && h_serve_strv_push(env, "QUERY_STRING=%s", rq->query);
  ok = ok && h_serve_strv_push(env, "REMOTE_ADDR=%s", rq->remote_addr);
  ok = ok && h_serve_strv_push(env, "REMOTE_HOST=%s", rq->remote_addr);
  if (rq->content_length)
    ok = ok && h_serve_strv_push(env, "CONTENT_LENGTH=%llu",
                                 (unsigned long long)rq->content_length);
  if (rq->content_type[0])
    ok = ok && h_serve_strv_push(env, "CONTENT_TYPE=%s", rq->content_type);
  ok = ok && h_serve_strv_push(env, "X_MATCHED_ROUTE=%s", rq->route);
  ok = ok && h_serve_strv_push(env, "X_FULL_URL=%s", rq->full_url);
  for (size_t i = 0; ok && i < rq->nheaders; i++) {
    const h_serve_cgi_header *h = &rq->headers[i];
    char name[256];
    if (h_serve_cgi_skip_header(h->name) || !h_serve_cgi_var_name(h->name, name, sizeof name))
      continue;
    bool seen = false;
    for (size_t j = 0; j < i && !seen; j++) seen = strcasecmp(rq->headers[j].name, h->name) == 0;
    if (seen) continue; /* joined into the first one below */
    size_t len = strlen(h->value) + 1;
    for (size_t j = i + 1; j < rq->nheaders; j++)
      if (strcasecmp(rq->headers[j].name, h->name) == 0) len += strlen(rq->headers[j].value) + 2;
    char *value = malloc(len);
    if (!value) return false;
    strcpy(value, h->value);
    for (size_t j = i + 1; j < rq->nheaders; j++)
      if (strcasecmp(rq->headers[j].name, h->name) == 0) {
        strcat(value, ", ");
        strcat(value, rq->headers[j].value);
      }
    ok = h_serve_strv_push(env, "%s=%s", name, value);
    free(value);
  }
  return ok;
}

static bool h_serve_cgi_token(const char *s) {
  if (!*s) return false;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c <= 32 || c >= 127 || strchr("()<>@,;:\\\"/[]?={}", c)) return false;
  }
  return true;
}

static bool h_serve_cgi_fail(char *err, size_t errlen, const char *msg) {
  snprintf(err, errlen, "%s", msg);
  return false;
}

bool h_serve_cgi_parse(uint8_t *out, size_t len, h_serve_cgi_resp *r, char *err, size_t errlen) {
  memset(r, 0, sizeof *r);
  r->status = 0;
  bool location = false;
  size_t pos = 0;
  for (;;) {
    uint8_t *lf = pos < len ? memchr(out + pos, '\n', len - pos) : NULL;
    if (!lf) return h_serve_cgi_fail(err, errlen, "no blank line after the response headers");
    size_t end = (size_t)(lf - out);
    size_t next = end + 1;
    if (end > pos && out[end - 1] == '\r') end--;
    if (end == pos) {
      r->body = out + next;
      r->body_len = len - next;
      break;
    }
    char *line = (char *)out + pos;
    out[end] = 0;
    if (strchr(line, '\r')) return h_serve_cgi_fail(err, errlen, "a header line holds a CR");
    char *colon = strchr(line, ':');
    if (!colon) return h_serve_cgi_fail(err, errlen, "a header line without ':'");
    *colon = 0;
    char *value = colon + 1;
    while (*value == ' ' || *value == '\t') value++;
    char *ve = value + strlen(value);
    while (ve > value && (ve[-1] == ' ' || ve[-1] == '\t')) *--ve = 0;
    if (!h_serve_cgi_token(line)) return h_serve_cgi_fail(err, errlen, "a bad header name");
    if (strcasecmp(line, "Status") == 0) {
      if (r->status) return h_serve_cgi_fail(err, errlen, "two Status lines");
      if (!(value[0] >= '2' && value[0] <= '5' && value[1] >= '0' && value[1] <= '9' &&
            value[2] >= '0' && value[2] <= '9' && (value[3] == 0 || value[3] == ' ')))
        return h_serve_cgi_fail(err, errlen, "a bad Status (three digits, 200 to 599)");
      r->status = (value[0] - '0') * 100 + (value[1] - '0') * 10 + (value[2] - '0');
      if (r->status < 100) return h_serve_cgi_fail(err, errlen, "a bad Status");
    } else {
      if (r->nheaders == H_SERVE_CGI_MAX_HEADERS)
        return h_serve_cgi_fail(err, errlen, "too many response headers");
      if (strcasecmp(line, "Location") == 0) location = true;
      r->headers[r->nheaders].name = line;
      r->headers[r->nheaders].value = value;
      r->nheaders++;
    }
    pos = next;
  }
  if (!r->status) r->status = location ? 302 : 200;
  return true;
}
