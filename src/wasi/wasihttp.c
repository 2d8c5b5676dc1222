/* wasihttp.c: wasi:http@0.2 (the wasi:http/proxy world) on a WASI 0.2 context's object table:
 * fields (headers and trailers), incoming requests with their bodies, response outparams, outgoing
 * responses and bodies, future trailers, and outgoing requests (denied: HTTP-request-denied), and
 * hearth_pool_call_http, which runs one request through a component's
 * wasi:http/incoming-handler.handle export on a pool.
 *
 * An incoming request is read fully before the call (its body is one buffer the guest reads
 * through an input-stream); the response the guest sets is assembled in host memory (its body is a
 * buffer the outgoing-body's output-stream appends to) and handed to the caller after the pool
 * has reset or discarded the instance. Bodies are p2_buf (wasip2.h) shared by reference between
 * a response, its outgoing-body and the streams: the guest may drop them in any order. */
#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

#include "comp.h"
#include "internal.h"
#include "wasi.h"
#include "wasip2.h"

#define I_HTTP "wasi:http/types@0.2.12"
#define I_HTTP_OUT "wasi:http/outgoing-handler@0.2.12"

static void set_u64(hearth_cval *v, uint64_t x) { v->kind = HEARTH_CV_U64; v->of.u = x; }

/* ---------------------------------------------------------------- types */

/* Outgoing HTTP: outgoing-handler.handle consumes the request and returns
 * err(HTTP-request-denied) unless the embedder gave the context a client
 * (hearth_wasip2_set_http_client). */

/* error-code cases used here (WIT order) */
enum { HTTP_REQUEST_DENIED = 15, HTTP_RESPONSE_BODY_SIZE = 28, HTTP_PROTOCOL_ERROR = 35,
       INTERNAL_ERROR = 38, ERROR_CODE_CASES = 39 };
enum { HE_INVALID_SYNTAX = 0, HE_FORBIDDEN = 1, HE_IMMUTABLE = 2 }; /* header-error cases */
enum { METHOD_OTHER = 9, SCHEME_OTHER = 2 };

/* method cases, WIT order (other is METHOD_OTHER) */
static const char *const k_methods[METHOD_OTHER] = {"GET", "HEAD", "POST", "PUT", "DELETE",
                                                    "CONNECT", "OPTIONS", "TRACE", "PATCH"};

typedef struct p2_field {
  char *name;        /* owned, as given (compared without case) */
  uint8_t *val;      /* owned */
  size_t nlen, vlen;
} p2_field;

typedef struct p2_http {
  p2_field *f;       /* fields, and the headers of requests/responses */
  uint32_t n, cap;
  bool immutable;    /* fields handed out by a request's or response's headers() */
  uint32_t method;   /* requests: method case, with other's string */
  char *method_other;
  char *path, *authority, *scheme_other; /* NULL: none */
  bool has_scheme;
  uint32_t scheme;
  bool body_taken;
  uint16_t status;   /* responses */
  bool has_t[3];     /* request-options: connect, first-byte, between-bytes */
  uint64_t t[3];
  p2_buf *body;      /* outgoing requests/responses: the body's bytes (a reference) */
  p2_buf *in;        /* incoming requests: the request body (a reference) */
} p2_http;

/* The call of hearth_pool_call_http in progress on a context (hearth_wasip2.http). */
typedef struct h_http_call {
  const hearth_http_request *req;
  p2_buf *in;             /* the request body */
  bool set;               /* response-outparam.set was called */
  bool failed;            /* ... with err(error-code) */
  uint32_t err_case;
  uint16_t status;
  p2_http *resp;          /* the response set (owned): headers, body */
} h_http_call;

static void fields_clear(p2_http *h) {
  for (uint32_t i = 0; i < h->n; i++) {
    h_free(h->f[i].name);
    h_free(h->f[i].val);
  }
  h_free(h->f);
  h->f = NULL;
  h->n = h->cap = 0;
}

static void http_free(p2_http *h) {
  if (!h) return;
  fields_clear(h);
  h_p2_buf_unref(h->body);
  h_p2_buf_unref(h->in);
  h_free(h->method_other);
  h_free(h->path);
  h_free(h->authority);
  h_free(h->scheme_other);
  h_free(h);
}

void h_wasihttp_free(p2_http *h) { http_free(h); }

static p2_obj *http_new(hearth_wasip2 *p, uint8_t kind, uint32_t *rep) {
  p2_obj *o = h_p2_new(p, kind, rep);
  if (!o) return NULL;
  if (!(o->http = h_calloc(1, sizeof *o->http))) {
    h_p2_free(p, *rep);
    return NULL;
  }
  return o;
}

static char *dup_str(const hearth_cval *v) {
  char *s = h_malloc(v->of.str.len + 1);
  if (!s) return NULL;
  memcpy(s, v->of.str.data, v->of.str.len);
  s[v->of.str.len] = 0;
  return s;
}

/* A field name is an RFC 9110 token. */
static bool field_name_ok(const hearth_cval *v) {
  if (v->of.str.len == 0) return false;
  for (size_t i = 0; i < v->of.str.len; i++) {
    unsigned char c = (unsigned char)v->of.str.data[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          strchr("!#$%&'*+-.^_`|~", c)))
      return false;
  }
  return true;
}

/* Fields a guest may not set: connection management belongs to the server (as in Wasmtime). */
static bool field_forbidden(const char *name, size_t len) {
  static const char *const k[] = {"connection", "keep-alive", "proxy-connection",
                                  "transfer-encoding", "upgrade", "host", "http2-settings",
                                  "proxy-authenticate", "proxy-authorization"};
  for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
    if (strlen(k[i]) == len && strncasecmp(k[i], name, len) == 0) return true;
  return false;
}

/* A field value: no NUL, CR or LF. */
static bool field_value_ok(const hearth_cval *v) {
  for (size_t i = 0; i < v->of.list.len; i++) {
    uint64_t c = v->of.list.items[i].of.u;
    if (c == 0 || c == '\r' || c == '\n') return false;
  }
  return true;
}

static bool name_eq(const p2_field *f, const hearth_cval *name) {
  return f->nlen == name->of.str.len && strncasecmp(f->name, name->of.str.data, f->nlen) == 0;
}

static hearth_status field_add(p2_http *h, const char *name, size_t nlen, const uint8_t *val,
                               size_t vlen) {
  if (h->n >= 65536) return h_err(HEARTH_ERR_LIMIT, "wasi:http: more than 65536 fields");
  if (h->n == h->cap && !h_array_grow((void **)&h->f, sizeof *h->f, &h->cap, h->n + 1))
    return h_p2_nomem();
  p2_field *f = &h->f[h->n];
  f->name = h_malloc(nlen + 1);
  f->val = h_malloc(vlen ? vlen : 1);
  if (!f->name || !f->val) {
    h_free(f->name);
    h_free(f->val);
    return h_p2_nomem();
  }
  memcpy(f->name, name, nlen);
  f->name[nlen] = 0;
  if (vlen) memcpy(f->val, val, vlen);
  f->nlen = nlen;
  f->vlen = vlen;
  h->n++;
  return HEARTH_OK;
}

/* Appends name: value from cvals (a string and a list<u8>). */
static hearth_status field_add_cv(p2_http *h, const hearth_cval *name, const hearth_cval *val) {
  uint8_t *b;
  size_t n;
  hearth_status st = h_p2_get_bytes(val, &b, &n);
  if (!st) st = field_add(h, name->of.str.data, name->of.str.len, b, n);
  h_free(b);
  return st;
}

static void field_delete(p2_http *h, const hearth_cval *name) {
  uint32_t k = 0;
  for (uint32_t i = 0; i < h->n; i++) {
    if (name_eq(&h->f[i], name)) {
      h_free(h->f[i].name);
      h_free(h->f[i].val);
    } else {
      h->f[k++] = h->f[i];
    }
  }
  h->n = k;
}

static hearth_status fields_copy(p2_http *dst, const p2_http *src) {
  for (uint32_t i = 0; i < src->n; i++) {
    hearth_status st = field_add(dst, src->f[i].name, src->f[i].nlen, src->f[i].val, src->f[i].vlen);
    if (st) return st;
  }
  return HEARTH_OK;
}

/* result err(header-error case) */
static hearth_status header_err(hearth_cval *r, uint32_t c) {
  hearth_cval *e;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, true, &e);
  return st ? st : hearth_cval_set_case(e, HEARTH_CV_VARIANT, c, false, NULL);
}

/* A new fields object holding a copy of src's entries (immutable: a child headers()). */
static hearth_status new_fields_copy(hearth_wasip2 *p, const p2_http *src, bool immutable,
                                     hearth_cval *v) {
  uint32_t rep;
  p2_obj *o = http_new(p, O_FIELDS, &rep);
  if (!o) return h_p2_nomem();
  hearth_status st = src ? fields_copy(o->http, src) : HEARTH_OK;
  if (st) {
    h_p2_free(p, rep);
    return st;
  }
  o->http->immutable = immutable;
  h_p2_set_own(v, rep);
  return HEARTH_OK;
}

HOST(http_fields_new) { SELF; return new_fields_copy(p, NULL, false, r); }

HOST(http_fields_from_list) {
  SELF;
  const hearth_cval *l = &a[0];
  for (size_t i = 0; i < l->of.list.len; i++) {
    const hearth_cval *t = l->of.list.items[i].of.list.items;
    if (!field_name_ok(&t[0]) || !field_value_ok(&t[1])) return header_err(r, HE_INVALID_SYNTAX);
    if (field_forbidden(t[0].of.str.data, t[0].of.str.len)) return header_err(r, HE_FORBIDDEN);
  }
  uint32_t rep;
  p2_obj *o = http_new(p, O_FIELDS, &rep);
  if (!o) return h_p2_nomem();
  hearth_status st = HEARTH_OK;
  for (size_t i = 0; !st && i < l->of.list.len; i++) {
    const hearth_cval *t = l->of.list.items[i].of.list.items;
    st = field_add_cv(o->http, &t[0], &t[1]);
  }
  hearth_cval *pl = NULL;
  if (!st) st = h_p2_ok(r, &pl);
  return h_p2_give_own(p, st, pl, rep);
}

HOST(http_fields_get) {
  SELF;
  GET(o, p, a[0].of.rep, O_FIELDS, "fields.get");
  uint32_t k = 0;
  for (uint32_t i = 0; i < o->http->n; i++) k += name_eq(&o->http->f[i], &a[1]);
  hearth_cval *items;
  hearth_status st = hearth_cval_set_list(r, HEARTH_CV_LIST, k, &items);
  for (uint32_t i = 0, j = 0; !st && i < o->http->n; i++)
    if (name_eq(&o->http->f[i], &a[1])) st = h_p2_set_bytes(&items[j++], o->http->f[i].val, o->http->f[i].vlen);
  return st;
}

HOST(http_fields_has) {
  SELF;
  GET(o, p, a[0].of.rep, O_FIELDS, "fields.has");
  r->kind = HEARTH_CV_BOOL;
  r->of.b = false;
  for (uint32_t i = 0; i < o->http->n; i++) r->of.b |= name_eq(&o->http->f[i], &a[1]);
  return HEARTH_OK;
}

/* set, delete, append: checks shared by the three */
static p2_obj *fields_mutable(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r,
                              hearth_status *st) {
  p2_obj *o = h_p2_get(p, a[0].of.rep, O_FIELDS);
  if (!o) *st = h_p2_guest_error("fields", a[0].of.rep);
  else if (o->http->immutable) *st = header_err(r, HE_IMMUTABLE);
  else if (!field_name_ok(&a[1])) *st = header_err(r, HE_INVALID_SYNTAX);
  else if (field_forbidden(a[1].of.str.data, a[1].of.str.len)) *st = header_err(r, HE_FORBIDDEN);
  else return o;
  return NULL;
}

HOST(http_fields_set) {
  SELF;
  hearth_status st;
  p2_obj *o = fields_mutable(p, a, r, &st);
  if (!o) return st;
  for (size_t i = 0; i < a[2].of.list.len; i++)
    if (!field_value_ok(&a[2].of.list.items[i])) return header_err(r, HE_INVALID_SYNTAX);
  field_delete(o->http, &a[1]);
  for (size_t i = 0; i < a[2].of.list.len; i++)
    if ((st = field_add_cv(o->http, &a[1], &a[2].of.list.items[i]))) return st;
  return h_p2_ok(r, NULL);
}

HOST(http_fields_delete) {
  SELF;
  hearth_status st;
  p2_obj *o = fields_mutable(p, a, r, &st);
  if (!o) return st;
  field_delete(o->http, &a[1]);
  return h_p2_ok(r, NULL);
}

HOST(http_fields_append) {
  SELF;
  hearth_status st;
  p2_obj *o = fields_mutable(p, a, r, &st);
  if (!o) return st;
  if (!field_value_ok(&a[2])) return header_err(r, HE_INVALID_SYNTAX);
  return (st = field_add_cv(o->http, &a[1], &a[2])) ? st : h_p2_ok(r, NULL);
}

HOST(http_fields_entries) {
  SELF;
  GET(o, p, a[0].of.rep, O_FIELDS, "fields.entries");
  hearth_cval *items;
  hearth_status st = hearth_cval_set_list(r, HEARTH_CV_LIST, o->http->n, &items);
  for (uint32_t i = 0; !st && i < o->http->n; i++) {
    hearth_cval *t;
    st = hearth_cval_set_list(&items[i], HEARTH_CV_TUPLE, 2, &t);
    if (!st) st = hearth_cval_set_string(&t[0], o->http->f[i].name, o->http->f[i].nlen);
    if (!st) st = h_p2_set_bytes(&t[1], o->http->f[i].val, o->http->f[i].vlen);
  }
  return st;
}

HOST(http_fields_clone) {
  SELF;
  GET(o, p, a[0].of.rep, O_FIELDS, "fields.clone");
  return new_fields_copy(p, o->http, false, r);
}

/* constructor(headers) of outgoing-request (kind O_OUTREQ) or outgoing-response: takes the
 * headers handle over (own: the guest no longer has it). */
static hearth_status http_message_new(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r,
                                      uint8_t kind) {
  GET(f, p, a[0].of.rep, O_FIELDS, "headers");
  uint32_t rep;
  p2_obj *o = http_new(p, kind, &rep);
  if (!o) return h_p2_nomem();
  f = h_p2_get(p, a[0].of.rep, O_FIELDS); /* the table may have moved */
  o->http->f = f->http->f;
  o->http->n = f->http->n;
  o->http->cap = f->http->cap;
  f->http->f = NULL;
  f->http->n = f->http->cap = 0;
  h_p2_free(p, a[0].of.rep);
  o->http->status = 200;
  if (!(o->http->body = h_p2_buf_new())) {
    h_p2_free(p, rep);
    return h_p2_nomem();
  }
  if (p->http && p->http->req->max_response_body)
    o->http->body->limit = (size_t)p->http->req->max_response_body;
  h_p2_set_own(r, rep);
  return HEARTH_OK;
}
HOST(http_outreq_new) { SELF; return http_message_new(p, a, r, O_OUTREQ); }
HOST(http_outresp_new) { SELF; return http_message_new(p, a, r, O_OUTRESP); }

/* body() of an outgoing request or response and consume() of an incoming one: once, the
 * outgoing-body (bkind O_OUTBODY) or incoming-body (O_INBODY) over the message's buffer. */
static hearth_status http_take_body(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r,
                                    uint8_t kind, uint8_t bkind) {
  GET(o, p, a[0].of.rep, kind, bkind == O_OUTBODY ? "body" : "consume");
  if (o->http->body_taken) return hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, false, NULL);
  uint32_t rep;
  p2_obj *b = h_p2_new(p, bkind, &rep);
  if (!b) return h_p2_nomem();
  o = &p->objs[a[0].of.rep - 1]; /* the table may have moved */
  o->http->body_taken = true;
  b->buf = bkind == O_OUTBODY ? o->http->body : o->http->in;
  b->buf->refs++;
  hearth_cval *pl = NULL;
  hearth_status st = h_p2_ok(r, &pl);
  return h_p2_give_own(p, st, pl, rep);
}
HOST(http_outreq_body) { SELF; return http_take_body(p, a, r, O_OUTREQ, O_OUTBODY); }
HOST(http_outresp_body) { SELF; return http_take_body(p, a, r, O_OUTRESP, O_OUTBODY); }

static hearth_status http_headers(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r, uint8_t kind) {
  GET(o, p, a[0].of.rep, kind, "headers");
  return new_fields_copy(p, o->http, true, r);
}
HOST(http_outreq_headers) { SELF; return http_headers(p, a, r, O_OUTREQ); }
HOST(http_outresp_headers) { SELF; return http_headers(p, a, r, O_OUTRESP); }

/* option<string> of s */
static hearth_status opt_str(hearth_cval *r, const char *s) {
  hearth_cval *pl;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_OPTION, s != NULL, s != NULL, &pl);
  return st || !s ? st : hearth_cval_set_string(pl, s, strlen(s));
}

/* a variant with a final other(string) case (method, scheme) */
static hearth_status case_or_other(hearth_cval *r, uint32_t c, uint32_t other, const char *s) {
  hearth_cval *pl;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_VARIANT, c, c == other, &pl);
  return st || c != other ? st : hearth_cval_set_string(pl, s ? s : "", s ? strlen(s) : 0);
}

HOST(http_outreq_method) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTREQ, "outgoing-request.method");
  return case_or_other(r, o->http->method, METHOD_OTHER, o->http->method_other);
}
HOST(http_outreq_set_method) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTREQ, "outgoing-request.set-method");
  char *other = NULL;
  if (a[1].of.cas.index == METHOD_OTHER) {
    const hearth_cval *m = a[1].of.cas.payload;
    if (!field_name_ok(m)) return hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, false, NULL);
    if (!(other = dup_str(m))) return h_p2_nomem();
  }
  h_free(o->http->method_other);
  o->http->method = a[1].of.cas.index;
  o->http->method_other = other;
  return h_p2_ok(r, NULL);
}

/* set-path-with-query, set-authority: option<string> into *slot */
static hearth_status set_opt_str(char **slot, const hearth_cval *v, hearth_cval *r) {
  char *s = NULL;
  if (v->of.cas.index == 1) {
    const hearth_cval *x = v->of.cas.payload;
    for (size_t i = 0; i < x->of.str.len; i++)
      if ((unsigned char)x->of.str.data[i] <= ' ' || x->of.str.data[i] == 0x7f)
        return hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, false, NULL);
    if (!(s = dup_str(x))) return h_p2_nomem();
  }
  h_free(*slot);
  *slot = s;
  return h_p2_ok(r, NULL);
}

HOST(http_outreq_path) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTREQ, "outgoing-request.path-with-query");
  return opt_str(r, o->http->path);
}
HOST(http_outreq_set_path) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTREQ, "outgoing-request.set-path-with-query");
  return set_opt_str(&o->http->path, &a[1], r);
}
HOST(http_outreq_authority) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTREQ, "outgoing-request.authority");
  return opt_str(r, o->http->authority);
}
HOST(http_outreq_set_authority) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTREQ, "outgoing-request.set-authority");
  return set_opt_str(&o->http->authority, &a[1], r);
}
HOST(http_outreq_scheme) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTREQ, "outgoing-request.scheme");
  if (!o->http->has_scheme) return hearth_cval_set_case(r, HEARTH_CV_OPTION, 0, false, NULL);
  hearth_cval *pl;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_OPTION, 1, true, &pl);
  return st ? st : case_or_other(pl, o->http->scheme, SCHEME_OTHER, o->http->scheme_other);
}
HOST(http_outreq_set_scheme) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTREQ, "outgoing-request.set-scheme");
  char *other = NULL;
  const hearth_cval *sc = a[1].of.cas.index == 1 ? a[1].of.cas.payload : NULL;
  if (sc && sc->of.cas.index == SCHEME_OTHER && !(other = dup_str(sc->of.cas.payload))) return h_p2_nomem();
  h_free(o->http->scheme_other);
  o->http->scheme_other = other;
  o->http->has_scheme = sc != NULL;
  o->http->scheme = sc ? sc->of.cas.index : 0;
  return h_p2_ok(r, NULL);
}

HOST(http_outresp_status) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTRESP, "outgoing-response.status-code");
  r->kind = HEARTH_CV_U16;
  r->of.u = o->http->status;
  return HEARTH_OK;
}
HOST(http_outresp_set_status) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTRESP, "outgoing-response.set-status-code");
  if (a[1].of.u < 100 || a[1].of.u > 999) return hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, false, NULL);
  o->http->status = (uint16_t)a[1].of.u;
  return h_p2_ok(r, NULL);
}

HOST(http_reqopts_new) {
  SELF;
  uint32_t rep;
  if (!http_new(p, O_REQOPTS, &rep)) return h_p2_nomem();
  h_p2_set_own(r, rep);
  return HEARTH_OK;
}
static hearth_status reqopt_get(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r, int k) {
  GET(o, p, a[0].of.rep, O_REQOPTS, "request-options");
  hearth_cval *pl;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_OPTION, o->http->has_t[k], o->http->has_t[k], &pl);
  if (!st && o->http->has_t[k]) set_u64(pl, o->http->t[k]);
  return st;
}
static hearth_status reqopt_set(hearth_wasip2 *p, const hearth_cval *a, hearth_cval *r, int k) {
  GET(o, p, a[0].of.rep, O_REQOPTS, "request-options");
  o->http->has_t[k] = a[1].of.cas.index == 1;
  o->http->t[k] = o->http->has_t[k] ? a[1].of.cas.payload->of.u : 0;
  return h_p2_ok(r, NULL);
}
HOST(http_reqopts_connect) { SELF; return reqopt_get(p, a, r, 0); }
HOST(http_reqopts_set_connect) { SELF; return reqopt_set(p, a, r, 0); }
HOST(http_reqopts_first_byte) { SELF; return reqopt_get(p, a, r, 1); }
HOST(http_reqopts_set_first_byte) { SELF; return reqopt_set(p, a, r, 1); }
HOST(http_reqopts_between) { SELF; return reqopt_get(p, a, r, 2); }
HOST(http_reqopts_set_between) { SELF; return reqopt_set(p, a, r, 2); }

HOST(http_outbody_write) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTBODY, "outgoing-body.write");
  if (o->closed) return hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, false, NULL);
  o->closed = true; /* once */
  uint32_t rep;
  if (!h_p2_buf_stream(p, O_OUT, o->buf, &rep)) return h_p2_nomem();
  hearth_cval *pl = NULL;
  hearth_status st = h_p2_ok(r, &pl);
  return h_p2_give_own(p, st, pl, rep);
}

/* finish(this: own outgoing-body, trailers: option<own trailers>): both taken over; the body is
 * complete and keeps the trailers' fields. */
HOST(http_outbody_finish) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTBODY, "outgoing-body.finish");
  p2_buf *b = o->buf;
  if (a[1].of.cas.index == 1) {
    uint32_t t = a[1].of.cas.payload->of.rep;
    GET(tr, p, t, O_FIELDS, "outgoing-body.finish trailers");
    h_wasihttp_free(b->trailers);
    b->trailers = tr->http; /* taken over */
    tr->http = NULL;
    h_p2_free(p, t);
  }
  b->done = true;
  h_p2_free(p, a[0].of.rep);
  return h_p2_ok(r, NULL);
}

/* The error-code case c as a value: cases whose payload is an option get none; cases whose payload
 * is a record hearth does not fill become internal-error(none). */
static hearth_status set_error_code(hearth_cval *v, uint32_t c) {
  static const uint8_t opt_payload[] = {17, 21, 22, 23, 26, 28, 29, 31, 32, INTERNAL_ERROR};
  static const uint8_t rec_payload[] = {1, 14, 24, 27, 30};
  for (size_t i = 0; i < sizeof rec_payload; i++)
    if (c == rec_payload[i]) c = INTERNAL_ERROR;
  if (c >= ERROR_CODE_CASES) c = INTERNAL_ERROR;
  bool opt = false;
  for (size_t i = 0; i < sizeof opt_payload; i++) opt |= c == opt_payload[i];
  hearth_cval *pl;
  hearth_status st = hearth_cval_set_case(v, HEARTH_CV_VARIANT, c, opt, &pl);
  return st || !opt ? st : hearth_cval_set_case(pl, HEARTH_CV_OPTION, 0, false, NULL);
}

/* handle(request: own outgoing-request, options: option<own request-options>): without a client,
 * err(HTTP-request-denied); with one, a future-incoming-response that takes the request over (it
 * is sent when the guest first asks for the answer, its body written and finished by then). */
HOST(http_handle) {
  SELF;
  GET(q, p, a[0].of.rep, O_OUTREQ, "outgoing-handler.handle");
  (void)q;
  if (a[1].of.cas.index == 1) {
    uint32_t t = a[1].of.cas.payload->of.rep;
    GET(op, p, t, O_REQOPTS, "outgoing-handler.handle options");
    (void)op;
    h_p2_free(p, t);
  }
  if (!p->http_client) {
    h_p2_free(p, a[0].of.rep);
    hearth_cval *e;
    hearth_status st = hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, true, &e);
    return st ? st : set_error_code(e, HTTP_REQUEST_DENIED);
  }
  uint32_t rep;
  p2_obj *f = h_p2_new(p, O_FUTRESP, &rep);
  if (!f) return h_p2_nomem();
  q = &p->objs[a[0].of.rep - 1]; /* the table may have moved */
  f->http = q->http; /* taken over: method, target, headers, body */
  q->http = NULL;
  h_p2_free(p, a[0].of.rep);
  hearth_cval *pl = NULL;
  hearth_status st = h_p2_ok(r, &pl);
  return h_p2_give_own(p, st, pl, rep);
}

HOST(http_futresp_subscribe) {
  SELF;
  GET(o, p, a[0].of.rep, O_FUTRESP, "future-incoming-response.subscribe");
  (void)o;
  return h_p2_ready_pollable(p, r);
}

/* Sends the request held by future o through the context's client; the incoming-response
 * object (*rep) or the error-code case (*ecase, *rep 0). */
static hearth_status send_request(hearth_wasip2 *p, p2_http *h, uint32_t *rep, uint32_t *ecase) {
  static const char *const schemes[] = {"http", "https"};
  *rep = 0;
  *ecase = 0;
  if (!h->authority) {
    *ecase = 19; /* HTTP-request-URI-invalid */
    return HEARTH_OK;
  }
  hearth_http_field *hf = h_calloc(h->n ? h->n : 1, sizeof *hf);
  if (!hf) return h_p2_nomem();
  for (uint32_t i = 0; i < h->n; i++)
    hf[i] = (hearth_http_field){h->f[i].name, h->f[i].nlen, h->f[i].val, h->f[i].vlen};
  hearth_http_request req = {
      .size = sizeof req,
      .method = h->method < METHOD_OTHER ? k_methods[h->method] : h->method_other,
      .scheme = !h->has_scheme ? "https" : h->scheme < SCHEME_OTHER ? schemes[h->scheme]
                                                                    : h->scheme_other,
      .authority = h->authority, .path_with_query = h->path ? h->path : "/",
      .headers = hf, .nheaders = h->n,
      .body = h->body ? h->body->data : NULL, .body_len = h->body ? h->body->len : 0};
  hearth_http_response resp;
  memset(&resp, 0, sizeof resp);
  hearth_status cs = p->http_client(p->http_user, &req, &resp);
  h_free(hf);
  hearth_status st = HEARTH_OK;
  if (cs != HEARTH_OK) {
    *ecase = resp.error_case ? resp.error_case : INTERNAL_ERROR;
  } else {
    p2_obj *o = http_new(p, O_INRESP, rep);
    if (!o) st = h_p2_nomem();
    else {
      o->http->status = resp.status;
      for (size_t i = 0; !st && i < resp.nheaders; i++)
        st = field_add(o->http, resp.headers[i].name, resp.headers[i].name_len,
                       resp.headers[i].value, resp.headers[i].value_len);
      if (!st && !(o->http->in = h_p2_buf_new())) st = h_p2_nomem();
      if (!st && !h_p2_buf_append(o->http->in, resp.body, resp.body_len)) st = h_p2_nomem();
      if (st) {
        h_p2_free(p, *rep);
        *rep = 0;
      }
    }
  }
  if (p->http_release) p->http_release(p->http_user, &resp);
  return st;
}

/* get: option<result<result<incoming-response, error-code>>>: the request goes out on the first
 * call (some(ok(ok(response))) or some(ok(err(code)))); some(err) after. */
HOST(http_futresp_get) {
  SELF;
  GET(o, p, a[0].of.rep, O_FUTRESP, "future-incoming-response.get");
  hearth_cval *some, *inner, *pl;
  if (o->closed) {
    hearth_status st = hearth_cval_set_case(r, HEARTH_CV_OPTION, 1, true, &some);
    return st ? st : hearth_cval_set_case(some, HEARTH_CV_RESULT, 1, false, NULL);
  }
  o->closed = true;
  uint32_t rep, ecase;
  hearth_status st = send_request(p, o->http, &rep, &ecase);
  if (st) return st;
  st = hearth_cval_set_case(r, HEARTH_CV_OPTION, 1, true, &some);
  if (!st) st = hearth_cval_set_case(some, HEARTH_CV_RESULT, 0, true, &inner);
  if (!st && !rep) {
    hearth_cval *e;
    st = hearth_cval_set_case(inner, HEARTH_CV_RESULT, 1, true, &e);
    return st ? st : set_error_code(e, ecase);
  }
  if (!st) st = hearth_cval_set_case(inner, HEARTH_CV_RESULT, 0, true, &pl);
  return h_p2_give_own(p, st, pl, rep);
}

HOST(http_inresp_status) {
  SELF;
  GET(o, p, a[0].of.rep, O_INRESP, "incoming-response.status");
  r->kind = HEARTH_CV_U16;
  r->of.u = o->http->status;
  return HEARTH_OK;
}
HOST(http_inresp_headers) {
  SELF;
  GET(o, p, a[0].of.rep, O_INRESP, "incoming-response.headers");
  return new_fields_copy(p, o->http, true, r);
}

HOST(http_error_code) { SELF; return hearth_cval_set_case(r, HEARTH_CV_OPTION, 0, false, NULL); }


/* ---------------------------------------------------------------- incoming requests */


HOST(http_inreq_method) {
  SELF;
  GET(o, p, a[0].of.rep, O_INREQ, "incoming-request.method");
  return case_or_other(r, o->http->method, METHOD_OTHER, o->http->method_other);
}
HOST(http_inreq_path) {
  SELF;
  GET(o, p, a[0].of.rep, O_INREQ, "incoming-request.path-with-query");
  return opt_str(r, o->http->path);
}
HOST(http_inreq_authority) {
  SELF;
  GET(o, p, a[0].of.rep, O_INREQ, "incoming-request.authority");
  return opt_str(r, o->http->authority);
}
HOST(http_inreq_scheme) {
  SELF;
  GET(o, p, a[0].of.rep, O_INREQ, "incoming-request.scheme");
  if (!o->http->has_scheme) return hearth_cval_set_case(r, HEARTH_CV_OPTION, 0, false, NULL);
  hearth_cval *pl;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_OPTION, 1, true, &pl);
  return st ? st : case_or_other(pl, o->http->scheme, SCHEME_OTHER, o->http->scheme_other);
}
HOST(http_inreq_headers) {
  SELF;
  GET(o, p, a[0].of.rep, O_INREQ, "incoming-request.headers");
  return new_fields_copy(p, o->http, true, r);
}

HOST(http_inreq_consume) { SELF; return http_take_body(p, a, r, O_INREQ, O_INBODY); }
HOST(http_inresp_consume) { SELF; return http_take_body(p, a, r, O_INRESP, O_INBODY); }

/* incoming-body.stream: once, an input-stream reading the body from its start. */
HOST(http_inbody_stream) {
  SELF;
  GET(o, p, a[0].of.rep, O_INBODY, "incoming-body.stream");
  if (o->closed) return hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, false, NULL);
  o->closed = true;
  uint32_t rep;
  if (!h_p2_buf_stream(p, O_IN, o->buf, &rep)) return h_p2_nomem();
  hearth_cval *pl = NULL;
  hearth_status st = h_p2_ok(r, &pl);
  return h_p2_give_own(p, st, pl, rep);
}

/* incoming-body.finish(this): the body is dropped; the trailers (a request read fully before the
 * call has none) are ready at once. */
HOST(http_inbody_finish) {
  SELF;
  GET(o, p, a[0].of.rep, O_INBODY, "incoming-body.finish");
  (void)o;
  h_p2_free(p, a[0].of.rep);
  uint32_t rep;
  if (!h_p2_new(p, O_FUTTRAIL, &rep)) return h_p2_nomem();
  h_p2_set_own(r, rep);
  return HEARTH_OK;
}

HOST(http_futtrail_subscribe) {
  SELF;
  GET(o, p, a[0].of.rep, O_FUTTRAIL, "future-trailers.subscribe");
  (void)o;
  return h_p2_ready_pollable(p, r);
}

/* get: option<result<result<option<trailers>, error-code>>>: some(ok(ok(none))) the first time,
 * some(err) after (the trailers were taken). */
HOST(http_futtrail_get) {
  SELF;
  GET(o, p, a[0].of.rep, O_FUTTRAIL, "future-trailers.get");
  hearth_cval *some, *inner, *trail;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_OPTION, 1, true, &some);
  if (st) return st;
  if (o->closed) return hearth_cval_set_case(some, HEARTH_CV_RESULT, 1, false, NULL);
  o->closed = true;
  st = hearth_cval_set_case(some, HEARTH_CV_RESULT, 0, true, &inner);
  if (!st) st = hearth_cval_set_case(inner, HEARTH_CV_RESULT, 0, true, &trail);
  return st ? st : hearth_cval_set_case(trail, HEARTH_CV_OPTION, 0, false, NULL);
}

/* ---------------------------------------------------------------- response-outparam */

/* send-informational: 1xx responses are not sent (the response is written after the call). */
HOST(http_outparam_informational) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTPARAM, "response-outparam.send-informational");
  (void)o;
  GET(h, p, a[2].of.rep, O_FIELDS, "response-outparam.send-informational headers");
  (void)h;
  h_p2_free(p, a[2].of.rep);
  bool in_range = a[1].of.u >= 100 && a[1].of.u <= 199;
  hearth_cval *e, *pl;
  hearth_status st = hearth_cval_set_case(r, HEARTH_CV_RESULT, 1, true, &e);
  if (!st) st = hearth_cval_set_case(e, HEARTH_CV_VARIANT, in_range ? INTERNAL_ERROR : HTTP_PROTOCOL_ERROR,
                                     in_range, &pl);
  if (!st && in_range) st = hearth_cval_set_case(pl, HEARTH_CV_OPTION, 0, false, NULL);
  return st;
}

/* set(param: own response-outparam, response: result<own outgoing-response, error-code>): the
 * call in progress takes the response (status, headers and a reference to its body). */
HOST(http_outparam_set) {
  SELF;
  GET(o, p, a[0].of.rep, O_OUTPARAM, "response-outparam.set");
  (void)o;
  const hearth_cval *res = &a[1];
  h_http_call *c = p->http;
  if (res->of.cas.index == 0) {
    uint32_t rr = res->of.cas.payload->of.rep;
    GET(resp, p, rr, O_OUTRESP, "response-outparam.set response");
    if (c && !c->set) {
      c->set = true;
      c->status = resp->http->status;
      c->resp = resp->http; /* taken over with its body reference */
      resp->http = NULL;
    }
    h_p2_free(p, rr);
  } else if (c && !c->set) {
    c->set = c->failed = true;
    c->err_case = res->of.cas.payload->of.cas.index;
  }
  h_p2_free(p, a[0].of.rep);
  return HEARTH_OK;
}

/* ---------------------------------------------------------------- the table */

#define HTTP_FUNCS(X)                                                                           \
  X(I_HTTP, "http-error-code", http_error_code)                                                 \
  X(I_HTTP, "[constructor]fields", http_fields_new)                                             \
  X(I_HTTP, "[static]fields.from-list", http_fields_from_list)                                  \
  X(I_HTTP, "[method]fields.get", http_fields_get)                                              \
  X(I_HTTP, "[method]fields.has", http_fields_has)                                              \
  X(I_HTTP, "[method]fields.set", http_fields_set)                                              \
  X(I_HTTP, "[method]fields.delete", http_fields_delete)                                        \
  X(I_HTTP, "[method]fields.append", http_fields_append)                                        \
  X(I_HTTP, "[method]fields.entries", http_fields_entries)                                      \
  X(I_HTTP, "[method]fields.clone", http_fields_clone)                                          \
  X(I_HTTP, "[constructor]outgoing-request", http_outreq_new)                                   \
  X(I_HTTP, "[method]outgoing-request.body", http_outreq_body)                                  \
  X(I_HTTP, "[method]outgoing-request.method", http_outreq_method)                              \
  X(I_HTTP, "[method]outgoing-request.set-method", http_outreq_set_method)                      \
  X(I_HTTP, "[method]outgoing-request.path-with-query", http_outreq_path)                       \
  X(I_HTTP, "[method]outgoing-request.set-path-with-query", http_outreq_set_path)               \
  X(I_HTTP, "[method]outgoing-request.scheme", http_outreq_scheme)                              \
  X(I_HTTP, "[method]outgoing-request.set-scheme", http_outreq_set_scheme)                      \
  X(I_HTTP, "[method]outgoing-request.authority", http_outreq_authority)                        \
  X(I_HTTP, "[method]outgoing-request.set-authority", http_outreq_set_authority)                \
  X(I_HTTP, "[method]outgoing-request.headers", http_outreq_headers)                            \
  X(I_HTTP, "[constructor]request-options", http_reqopts_new)                                   \
  X(I_HTTP, "[method]request-options.connect-timeout", http_reqopts_connect)                    \
  X(I_HTTP, "[method]request-options.set-connect-timeout", http_reqopts_set_connect)            \
  X(I_HTTP, "[method]request-options.first-byte-timeout", http_reqopts_first_byte)              \
  X(I_HTTP, "[method]request-options.set-first-byte-timeout", http_reqopts_set_first_byte)      \
  X(I_HTTP, "[method]request-options.between-bytes-timeout", http_reqopts_between)              \
  X(I_HTTP, "[method]request-options.set-between-bytes-timeout", http_reqopts_set_between)      \
  X(I_HTTP, "[constructor]outgoing-response", http_outresp_new)                                 \
  X(I_HTTP, "[method]outgoing-response.status-code", http_outresp_status)                       \
  X(I_HTTP, "[method]outgoing-response.set-status-code", http_outresp_set_status)               \
  X(I_HTTP, "[method]outgoing-response.headers", http_outresp_headers)                          \
  X(I_HTTP, "[method]outgoing-response.body", http_outresp_body)                                \
  X(I_HTTP, "[method]outgoing-body.write", http_outbody_write)                                  \
  X(I_HTTP, "[static]outgoing-body.finish", http_outbody_finish)                                \
  X(I_HTTP, "[method]incoming-request.method", http_inreq_method)                                \
  X(I_HTTP, "[method]incoming-request.path-with-query", http_inreq_path)                       \
  X(I_HTTP, "[method]incoming-request.scheme", http_inreq_scheme)                                \
  X(I_HTTP, "[method]incoming-request.authority", http_inreq_authority)                             \
  X(I_HTTP, "[method]incoming-request.headers", http_inreq_headers)                               \
  X(I_HTTP, "[method]incoming-request.consume", http_inreq_consume)                               \
  X(I_HTTP, "[method]response-outparam.send-informational", http_outparam_informational)                   \
  X(I_HTTP, "[static]response-outparam.set", http_outparam_set)                                  \
  X(I_HTTP, "[method]incoming-response.status", http_inresp_status)                             \
  X(I_HTTP, "[method]incoming-response.headers", http_inresp_headers)                           \
  X(I_HTTP, "[method]incoming-response.consume", http_inresp_consume)                           \
  X(I_HTTP, "[method]incoming-body.stream", http_inbody_stream)                                   \
  X(I_HTTP, "[static]incoming-body.finish", http_inbody_finish)                                   \
  X(I_HTTP, "[method]future-trailers.subscribe", http_futtrail_subscribe)                              \
  X(I_HTTP, "[method]future-trailers.get", http_futtrail_get)                                    \
  X(I_HTTP, "[method]future-incoming-response.subscribe", http_futresp_subscribe)               \
  X(I_HTTP, "[method]future-incoming-response.get", http_futresp_get)                           \
  X(I_HTTP_OUT, "handle", http_handle)

hearth_status h_wasihttp_define(hearth_clinker *l, hearth_wasip2 *p) {
  hearth_status st;
#define X(i, n, f)                                                                              \
  if ((st = hearth_clinker_define_func(l, i, n, f, p)) != HEARTH_OK) return st;
  HTTP_FUNCS(X)
#undef X
  return HEARTH_OK;
}

static bool iface_is(const char *defined, const char *iface) {
  size_t n = strcspn(defined, "@");
  return strncmp(defined, iface, n) == 0 && (iface[n] == 0 || iface[n] == '@');
}

hearth_status h_wasihttp_call(hearth_wasip2 *p, const char *iface, const char *name,
                              const hearth_cval *args, size_t nargs, hearth_cval *result) {
#define X(i, n, f)                                                                              \
  if (iface_is(i, iface) && strcmp(n, name) == 0) return f(p, args, nargs, result, result ? 1 : 0);
  HTTP_FUNCS(X)
#undef X
  return h_err(HEARTH_ERR_NOT_FOUND, "no WASI 0.2 function %s#%s", iface, name);
}

/* ---------------------------------------------------------------- hearth_pool_call_http */

hearth_status hearth_component_http_handler(const hearth_component *c, const char **name) {
  if (!c || !name) return h_err(HEARTH_ERR_ARGUMENT, "NULL component or name");
  static const char pre[] = "wasi:http/incoming-handler@0.2.", post[] = "#handle";
  for (uint32_t i = 0; i < c->nfunc_names; i++) {
    const char *n = c->func_names[i];
    size_t len = strlen(n);
    if (strncmp(n, pre, sizeof pre - 1) == 0 && len > sizeof pre - 1 + sizeof post - 1 &&
        strcmp(n + len - (sizeof post - 1), post) == 0) {
      *name = n;
      return HEARTH_OK;
    }
  }
  return h_err(HEARTH_ERR_NOT_FOUND, "the component exports no wasi:http/incoming-handler@0.2.x");
}

/* The incoming-request object of req. */
static hearth_status inreq_new(hearth_wasip2 *p, const hearth_http_request *req, p2_buf *in,
                               uint32_t *rep) {
  p2_obj *o = http_new(p, O_INREQ, rep);
  if (!o) return h_p2_nomem();
  p2_http *h = o->http;
  h->method = METHOD_OTHER;
  for (uint32_t i = 0; i < METHOD_OTHER; i++)
    if (strcmp(req->method, k_methods[i]) == 0) h->method = i;
  bool nomem = false;
  if (h->method == METHOD_OTHER) nomem |= !(h->method_other = h_strndup(req->method, strlen(req->method)));
  if (req->path_with_query)
    nomem |= !(h->path = h_strndup(req->path_with_query, strlen(req->path_with_query)));
  if (req->authority) nomem |= !(h->authority = h_strndup(req->authority, strlen(req->authority)));
  if (req->scheme) {
    h->has_scheme = true;
    if (strcasecmp(req->scheme, "http") == 0) h->scheme = 0;
    else if (strcasecmp(req->scheme, "https") == 0) h->scheme = 1;
    else {
      h->scheme = SCHEME_OTHER;
      nomem |= !(h->scheme_other = h_strndup(req->scheme, strlen(req->scheme)));
    }
  }
  hearth_status st = nomem ? h_p2_nomem() : HEARTH_OK;
  for (size_t i = 0; !st && i < req->nheaders; i++) {
    const hearth_http_field *f = &req->headers[i];
    st = field_add(h, f->name, f->name_len, f->value, f->value_len);
  }
  h->in = in;
  in->refs++;
  if (st) h_p2_free(p, *rep);
  return st;
}

/* Moves h's fields into an owned hearth_http_field array. */
static hearth_status fields_out(p2_http *h, hearth_http_field **out, size_t *n) {
  *out = NULL;
  *n = 0;
  if (!h || !h->n) return HEARTH_OK;
  hearth_http_field *f = h_calloc(h->n, sizeof *f);
  if (!f) return h_p2_nomem();
  for (uint32_t i = 0; i < h->n; i++)
    f[i] = (hearth_http_field){.name = h->f[i].name, .name_len = h->f[i].nlen,
                               .value = h->f[i].val, .value_len = h->f[i].vlen};
  *n = h->n;
  h_free(h->f); /* the strings now belong to *out */
  h->f = NULL;
  h->n = h->cap = 0;
  *out = f;
  return HEARTH_OK;
}

static void fields_out_free(hearth_http_field *f, size_t n) {
  for (size_t i = 0; i < n; i++) {
    h_free((char *)f[i].name);
    h_free((uint8_t *)f[i].value);
  }
  h_free(f);
}

void hearth_http_response_clear(hearth_http_response *r) {
  if (!r) return;
  fields_out_free(r->headers, r->nheaders);
  fields_out_free(r->trailers, r->ntrailers);
  h_free(r->body);
  memset(r, 0, sizeof *r);
}

/* The response of call c into *out: status, headers, body bytes, trailers; or error names why
 * there is none. */
static hearth_status harvest(h_http_call *c, hearth_http_response *out) {
  memset(out, 0, sizeof *out);
  if (!c->set) {
    out->error = "the handler returned without setting the response-outparam";
    return HEARTH_OK;
  }
  if (c->failed) {
    out->error = "the handler set the response-outparam to an error-code";
    out->error_case = c->err_case;
    return HEARTH_OK;
  }
  p2_buf *b = c->resp->body;
  if (!b->done && c->resp->body_taken) { /* never taking body() means an empty one */
    out->error = "the handler did not finish the outgoing-body";
    return HEARTH_OK;
  }
  out->status = c->status;
  hearth_status st = fields_out(c->resp, &out->headers, &out->nheaders);
  if (!st && b->trailers) st = fields_out(b->trailers, &out->trailers, &out->ntrailers);
  if (!st && b->len) {
    out->body = b->data; /* taken over */
    out->body_len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
  }
  return st;
}

hearth_status h_wasihttp_begin(hearth_wasip2 *p, const hearth_http_request *req, uint32_t *rq,
                               uint32_t *op) {
  assert(!p->http);
  h_http_call *c = h_calloc(1, sizeof *c);
  if (!c) return h_p2_nomem();
  c->req = req;
  p->http = c;
  *rq = *op = 0;
  if (!(c->in = h_p2_buf_new()) || !h_p2_buf_append(c->in, req->body, req->body_len))
    return h_p2_nomem();
  hearth_status st = inreq_new(p, req, c->in, rq);
  if (!st && !h_p2_new(p, O_OUTPARAM, op)) st = h_p2_nomem();
  return st;
}

hearth_status h_wasihttp_end(hearth_wasip2 *p, hearth_http_response *resp) {
  h_http_call *c = p->http;
  hearth_status st = resp ? harvest(c, resp) : HEARTH_OK;
  if (st) hearth_http_response_clear(resp);
  h_wasihttp_forget(p);
  return st;
}

void h_wasihttp_forget(hearth_wasip2 *p) {
  h_http_call *c = p->http;
  if (!c) return;
  if (c->resp) http_free(c->resp);
  h_p2_buf_unref(c->in);
  h_free(c);
  p->http = NULL;
}

/* The calling thread's WASI 0.2 context for calls over w: one per thread, kept between calls
 * (empty between them) and freed when the thread exits; a new one when w changes. Reusing it
 * saves a context's setup (its random seeds: two getrandom calls) on every request. */
static pthread_key_t g_ctx_key;
static pthread_once_t g_ctx_once = PTHREAD_ONCE_INIT;
static bool g_ctx_key_ok;

static void ctx_free(void *p) { hearth_wasip2_delete(p); }
static void ctx_key_init(void) { g_ctx_key_ok = pthread_key_create(&g_ctx_key, ctx_free) == 0; }

static hearth_status thread_ctx(hearth_wasi *w, hearth_wasip2 **out) {
  pthread_once(&g_ctx_once, ctx_key_init);
  if (!g_ctx_key_ok) return h_err(HEARTH_ERR_NOMEM, "wasi:http: no thread-specific key");
  hearth_wasip2 *p = pthread_getspecific(g_ctx_key);
  if (p && p->w == w) {
    *out = p;
    return HEARTH_OK;
  }
  hearth_wasip2_delete(p);
  pthread_setspecific(g_ctx_key, NULL);
  hearth_status st = hearth_wasip2_new(w, &p);
  if (st) return st;
  if (pthread_setspecific(g_ctx_key, p) != 0) {
    hearth_wasip2_delete(p);
    return h_err(HEARTH_ERR_NOMEM, "wasi:http: thread-specific context");
  }
  *out = p;
  return HEARTH_OK;
}

hearth_status hearth_pool_call_http(hearth_pool *pool, hearth_wasip2 *base, const char *handler,
                                    const hearth_http_request *req, hearth_http_response *resp,
                                    hearth_trap *trap) {
  if (trap) *trap = HEARTH_TRAP_NONE;
  if (!pool || !base || !handler || !req || !resp || !req->method ||
      (req->nheaders && !req->headers) || (req->body_len && !req->body))
    return h_err(HEARTH_ERR_ARGUMENT, "NULL argument");
  if (req->size && req->size < sizeof *req)
    return h_err(HEARTH_ERR_ARGUMENT, "hearth_http_request of an unknown size %zu", req->size);
  memset(resp, 0, sizeof *resp);
  hearth_wasip2 *p = NULL;
  hearth_status st = thread_ctx(base->w, &p);
  if (st) return st;
  uint32_t rq, op;
  st = h_wasihttp_begin(p, req, &rq, &op);
  if (!st) {
    hearth_cval args[2];
    memset(args, 0, sizeof args);
    h_p2_set_own(&args[0], rq);
    h_p2_set_own(&args[1], op);
    p->http_client = base->http_client;
    p->http_release = base->http_release;
    p->http_user = base->http_user;
    h_sock_net_share(p, base); /* and base's wasi:sockets grant */
    /* the instance's host functions (bound to base) and the destructors its reset runs reach p */
    h_wasip2_set_current(p);
    st = hearth_pool_call_component(pool, handler, args, 2, NULL, 0, trap);
    h_wasip2_set_current(NULL);
  }
  hearth_status st2 = h_wasihttp_end(p, st ? NULL : resp);
  h_p2_free_all(p); /* what the guest kept under the reuse policy, or what it never received */
  return st ? st : st2;
}

void hearth_wasip2_set_http_client(hearth_wasip2 *p, hearth_http_client_fn fn,
                                   hearth_http_release_fn release, void *user) {
  if (!p) return;
  p->http_client = fn;
  p->http_release = release;
  p->http_user = user;
}
