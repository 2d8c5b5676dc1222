/* test_wasihttp.c: wasi:http incoming handlers (src/wasi/wasihttp.c): the incoming-request,
 * incoming-body, future-trailers and response-outparam host functions called directly, fields'
 * forbidden and immutable rules, and hearth_pool_call_http driving the checked-in handlers
 * (guests/component/http: http-hello.wasm, http-echo.wasm) through a pool under reset. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"
#include "proc.h"
#include "t.h"
#include "wasi.h"
#include "wasip2.h"
#include "p2_call.h"

#define HT "wasi:http/types"
#define IO "wasi:io/streams"

static uint8_t *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) fprintf(stderr, "%s: cannot open (make -C guests/component http)\n", path);
  CHECK(f != NULL);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  uint8_t *b = malloc((size_t)n + 1);
  CHECK(b && fread(b, 1, (size_t)n, f) == (size_t)n);
  fclose(f);
  *len = (size_t)n;
  return b;
}

/* ---------------------------------------------------------------- host functions, directly */

static void setup(void) { p2_ctx_new(false); }
static void teardown(void) { p2_ctx_delete(); }
static bool str_is(const hearth_cval *v, const char *s) {
  return v->kind == HEARTH_CV_STRING && v->of.str.len == strlen(s) &&
         memcmp(v->of.str.data, s, v->of.str.len) == 0;
}
/* A list<u8> value (packed, as WASI 0.2's host functions give it, or one item per byte) holding s. */
static bool bytes_is(const hearth_cval *l, const char *s) {
  if (l->kind == HEARTH_CV_PACKED)
    return l->of.packed.bytes == strlen(s) && memcmp(l->of.packed.data, s, strlen(s)) == 0;
  if (l->kind != HEARTH_CV_LIST || l->of.list.len != strlen(s)) return false;
  for (size_t i = 0; i < l->of.list.len; i++)
    if (l->of.list.items[i].of.u != (uint8_t)s[i]) return false;
  return true;
}
static hearth_cval bytes_val(const char *s, hearth_cval *items) {
  size_t n = strlen(s);
  for (size_t i = 0; i < n; i++) items[i] = (hearth_cval){.kind = HEARTH_CV_U8, .of.u = (uint8_t)s[i]};
  return (hearth_cval){.kind = HEARTH_CV_LIST, .of.list = {items, n}};
}

static const hearth_http_field k_hdrs[] = {
    {"Content-Type", 12, (const uint8_t *)"text/plain", 10},
    {"x-a", 3, (const uint8_t *)"1", 1},
    {"X-A", 3, (const uint8_t *)"2", 1},
};

/* An incoming request's accessors, its headers (immutable), its body once through one stream,
 * the trailers future; then response-outparam.set with a response whose body was written and
 * finished with trailers: h_wasihttp_end hands all of it over, and every object is freed. */
static void incoming_request_and_response(void) {
  setup();
  hearth_http_request req = {.size = sizeof req, .method = "PATCH", .scheme = "https",
                             .authority = "example.com:8443", .path_with_query = "/a/b?c=d",
                             .headers = k_hdrs, .nheaders = 3,
                             .body = (const uint8_t *)"request body", .body_len = 12};
  uint32_t rq, op;
  CHECK_EQ_INT(h_wasihttp_begin(g_p, &req, &rq, &op), HEARTH_OK);
  hearth_cval r = CALL(HT, "[method]incoming-request.method", B(rq));
  CHECK_EQ_INT(r.of.cas.index, 8); /* patch */
  r = CALL(HT, "[method]incoming-request.path-with-query", B(rq));
  CHECK(r.of.cas.index == 1 && str_is(r.of.cas.payload, "/a/b?c=d"));
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]incoming-request.authority", B(rq));
  CHECK(r.of.cas.index == 1 && str_is(r.of.cas.payload, "example.com:8443"));
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]incoming-request.scheme", B(rq));
  CHECK(r.of.cas.index == 1 && r.of.cas.payload->of.cas.index == 1); /* some(HTTPS) */
  hearth_cval_clear(&r);
  hearth_cval h = CALL(HT, "[method]incoming-request.headers", B(rq));
  r = CALL(HT, "[method]fields.get", B(h.of.rep), S("x-A"));
  CHECK(r.of.list.len == 2 && bytes_is(&r.of.list.items[0], "1") && bytes_is(&r.of.list.items[1], "2"));
  hearth_cval_clear(&r);
  hearth_cval items[32];
  r = CALL(HT, "[method]fields.append", B(h.of.rep), S("x-b"), bytes_val("3", items));
  CHECK_EQ_INT(err_of(&r), 2); /* immutable */
  hearth_cval_clear(&r);
  h_wasip2_drop(g_p, HT, "fields", h.of.rep);

  /* the body: consume once, stream once, read to the end */
  r = CALL(HT, "[method]incoming-request.consume", B(rq));
  uint32_t body = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]incoming-request.consume", B(rq));
  CHECK_EQ_INT(r.of.cas.index, 1);
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]incoming-body.stream", B(body));
  uint32_t in = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]incoming-body.stream", B(body));
  CHECK_EQ_INT(r.of.cas.index, 1);
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]input-stream.blocking-read", B(in), U(8));
  CHECK(bytes_is(ok_of(&r), "request "));
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]input-stream.read", B(in), U(100));
  CHECK(bytes_is(ok_of(&r), "body"));
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]input-stream.read", B(in), U(100));
  CHECK_EQ_INT(err_of(&r), 1); /* closed */
  hearth_cval_clear(&r);
  h_wasip2_drop(g_p, IO, "input-stream", in);
  hearth_cval ft = CALL(HT, "[static]incoming-body.finish", OWN(body));
  hearth_cval pl = CALL(HT, "[method]future-trailers.subscribe", B(ft.of.rep));
  h_wasip2_drop(g_p, "wasi:io/poll", "pollable", pl.of.rep);
  r = CALL(HT, "[method]future-trailers.get", B(ft.of.rep));
  /* some(ok(ok(none))) */
  CHECK(r.of.cas.index == 1 && r.of.cas.payload->of.cas.index == 0 &&
        r.of.cas.payload->of.cas.payload->of.cas.index == 0 &&
        r.of.cas.payload->of.cas.payload->of.cas.payload->of.cas.index == 0);
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]future-trailers.get", B(ft.of.rep));
  CHECK(r.of.cas.index == 1 && r.of.cas.payload->of.cas.index == 1); /* some(err): taken */
  hearth_cval_clear(&r);
  h_wasip2_drop(g_p, HT, "future-trailers", ft.of.rep);
  h_wasip2_drop(g_p, HT, "incoming-request", rq);

  /* the response: status, headers, a body written in two pieces, trailers */
  hearth_cval f = CALL0(HT, "[constructor]fields");
  r = CALL(HT, "[method]fields.append", B(f.of.rep), S("content-type"), bytes_val("text/x", items));
  ok_of(&r);
  hearth_cval resp = CALL(HT, "[constructor]outgoing-response", OWN(f.of.rep));
  r = CALL(HT, "[method]outgoing-response.set-status-code", B(resp.of.rep),
           ((hearth_cval){.kind = HEARTH_CV_U16, .of.u = 201}));
  ok_of(&r);
  r = CALL(HT, "[method]outgoing-response.body", B(resp.of.rep));
  uint32_t ob = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  r = CALL(HT, "[method]outgoing-body.write", B(ob));
  uint32_t out = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  r = CALL(IO, "[method]output-stream.write", B(out), bytes_val("hello, ", items));
  ok_of(&r);
  /* set before the body is finished: the response keeps its body */
  hearth_cval res_ok = {.kind = HEARTH_CV_RESULT};
  hearth_cval resp_own = OWN(resp.of.rep);
  res_ok.of.cas.payload = &resp_own;
  CHECK_EQ_INT(h_wasip2_call(g_p, HT, "[static]response-outparam.set",
                             (hearth_cval[]){OWN(op), res_ok}, 2, NULL), HEARTH_OK);
  r = CALL(IO, "[method]output-stream.blocking-write-and-flush", B(out), bytes_val("world", items));
  ok_of(&r);
  h_wasip2_drop(g_p, IO, "output-stream", out);
  hearth_cval tr = CALL0(HT, "[constructor]fields");
  r = CALL(HT, "[method]fields.append", B(tr.of.rep), S("x-checksum"), bytes_val("42", items));
  ok_of(&r);
  hearth_cval some_tr = {.kind = HEARTH_CV_OPTION, .of.cas = {1, NULL}};
  hearth_cval tr_own = OWN(tr.of.rep);
  some_tr.of.cas.payload = &tr_own;
  r = CALL(HT, "[static]outgoing-body.finish", OWN(ob), some_tr);
  ok_of(&r);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);

  hearth_http_response out_r;
  memset(&out_r, 0, sizeof out_r);
  CHECK_EQ_INT(h_wasihttp_end(g_p, &out_r), HEARTH_OK);
  CHECK(out_r.error == NULL);
  CHECK_EQ_INT(out_r.status, 201);
  CHECK_EQ_INT(out_r.nheaders, 1);
  CHECK(out_r.headers[0].name_len == 12 && memcmp(out_r.headers[0].name, "content-type", 12) == 0);
  CHECK(out_r.body_len == 12 && memcmp(out_r.body, "hello, world", 12) == 0);
  CHECK_EQ_INT(out_r.ntrailers, 1);
  CHECK(out_r.trailers[0].value_len == 2 && memcmp(out_r.trailers[0].value, "42", 2) == 0);
  hearth_http_response_clear(&out_r);
  teardown();
}

/* Fields a guest may not set (connection management) are header-error forbidden; bad names and
 * values invalid-syntax; from-list checks every entry. */
static void fields_forbidden(void) {
  setup();
  hearth_cval items[32], items2[32];
  hearth_cval f = CALL0(HT, "[constructor]fields");
  const char *forbidden[] = {"Connection", "keep-alive", "Transfer-Encoding", "upgrade", "HOST"};
  for (size_t i = 0; i < sizeof forbidden / sizeof *forbidden; i++) {
    hearth_cval r = CALL(HT, "[method]fields.append", B(f.of.rep), S(forbidden[i]), bytes_val("x", items));
    CHECK_EQ_INT(err_of(&r), 1);
    hearth_cval_clear(&r);
    hearth_cval vals[1] = {bytes_val("x", items)};
    hearth_cval vl = {.kind = HEARTH_CV_LIST, .of.list = {vals, 1}};
    r = CALL(HT, "[method]fields.set", B(f.of.rep), S(forbidden[i]), vl);
    CHECK_EQ_INT(err_of(&r), 1);
    hearth_cval_clear(&r);
  }
  hearth_cval r = CALL(HT, "[method]fields.append", B(f.of.rep), S("x-ok"), bytes_val("fine", items));
  ok_of(&r);
  r = CALL(HT, "[method]fields.append", B(f.of.rep), S("x:bad"), bytes_val("v", items));
  CHECK_EQ_INT(err_of(&r), 0);
  hearth_cval_clear(&r);
  hearth_cval kv[2] = {S("x-fine"), bytes_val("1", items)}, kv2[2] = {S("Host"), bytes_val("h", items2)};
  hearth_cval tups[2] = {{.kind = HEARTH_CV_TUPLE, .of.list = {kv, 2}},
                         {.kind = HEARTH_CV_TUPLE, .of.list = {kv2, 2}}};
  hearth_cval lst = {.kind = HEARTH_CV_LIST, .of.list = {tups, 2}};
  r = CALL(HT, "[static]fields.from-list", lst);
  CHECK_EQ_INT(err_of(&r), 1);
  hearth_cval_clear(&r);
  lst.of.list.len = 1;
  r = CALL(HT, "[static]fields.from-list", lst);
  uint32_t fl = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  h_wasip2_drop(g_p, HT, "fields", fl);
  h_wasip2_drop(g_p, HT, "fields", f.of.rep);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  teardown();
}

/* A response set to an error-code, none set, and a body begun but not finished each end with
 * resp.error; a response without body() has an empty body and no error. */
static void response_errors(void) {
  setup();
  hearth_http_request req = {.method = "GET", .path_with_query = "/"};
  hearth_http_response out;
  uint32_t rq, op;
  /* never set */
  CHECK_EQ_INT(h_wasihttp_begin(g_p, &req, &rq, &op), HEARTH_OK);
  CHECK_EQ_INT(h_wasihttp_end(g_p, &out), HEARTH_OK);
  CHECK(out.error && strstr(out.error, "without setting"));
  h_wasip2_drop(g_p, HT, "incoming-request", rq);
  h_wasip2_drop(g_p, HT, "response-outparam", op);
  /* err(HTTP-protocol-error) */
  CHECK_EQ_INT(h_wasihttp_begin(g_p, &req, &rq, &op), HEARTH_OK);
  hearth_cval ec = {.kind = HEARTH_CV_VARIANT, .of.cas = {35, NULL}};
  hearth_cval res_err = {.kind = HEARTH_CV_RESULT, .of.cas = {1, &ec}};
  CHECK_EQ_INT(h_wasip2_call(g_p, HT, "[static]response-outparam.set",
                             (hearth_cval[]){OWN(op), res_err}, 2, NULL), HEARTH_OK);
  CHECK_EQ_INT(h_wasihttp_end(g_p, &out), HEARTH_OK);
  CHECK(out.error != NULL);
  CHECK_EQ_INT(out.error_case, 35);
  h_wasip2_drop(g_p, HT, "incoming-request", rq);
  /* a body begun and not finished */
  CHECK_EQ_INT(h_wasihttp_begin(g_p, &req, &rq, &op), HEARTH_OK);
  hearth_cval f = CALL0(HT, "[constructor]fields");
  hearth_cval resp = CALL(HT, "[constructor]outgoing-response", OWN(f.of.rep));
  hearth_cval r = CALL(HT, "[method]outgoing-response.body", B(resp.of.rep));
  uint32_t ob = ok_of(&r)->of.rep;
  hearth_cval_clear(&r);
  hearth_cval resp_own = OWN(resp.of.rep);
  hearth_cval res_ok = {.kind = HEARTH_CV_RESULT, .of.cas = {0, &resp_own}};
  CHECK_EQ_INT(h_wasip2_call(g_p, HT, "[static]response-outparam.set",
                             (hearth_cval[]){OWN(op), res_ok}, 2, NULL), HEARTH_OK);
  h_wasip2_drop(g_p, HT, "outgoing-body", ob);
  CHECK_EQ_INT(h_wasihttp_end(g_p, &out), HEARTH_OK);
  CHECK(out.error && strstr(out.error, "finish"));
  h_wasip2_drop(g_p, HT, "incoming-request", rq);
  /* no body(): an empty body, status 200 */
  CHECK_EQ_INT(h_wasihttp_begin(g_p, &req, &rq, &op), HEARTH_OK);
  f = CALL0(HT, "[constructor]fields");
  resp = CALL(HT, "[constructor]outgoing-response", OWN(f.of.rep));
  resp_own = OWN(resp.of.rep);
  CHECK_EQ_INT(h_wasip2_call(g_p, HT, "[static]response-outparam.set",
                             (hearth_cval[]){OWN(op), res_ok}, 2, NULL), HEARTH_OK);
  CHECK_EQ_INT(h_wasihttp_end(g_p, &out), HEARTH_OK);
  CHECK(out.error == NULL && out.status == 200 && out.body_len == 0);
  hearth_http_response_clear(&out);
  h_wasip2_drop(g_p, HT, "incoming-request", rq);
  CHECK_EQ_INT(h_wasip2_live_objects(g_p), 0);
  /* outgoing requests stay denied */
  hearth_cval none = NONE();
  (void)none;
  teardown();
}

/* ---------------------------------------------------------------- through a pool */

typedef struct hfx {
  hearth_engine *engine;
  hearth_component *c;
  hearth_clinker *l;
  hearth_wasi *w;
  hearth_wasip2 *p;
  hearth_template *t;
  hearth_pool *pool;
  const char *handler;
} hfx;

static void hfx_open(hfx *f, const char *path, uint32_t max_instances, uint64_t timeout_ms) {
  memset(f, 0, sizeof *f);
  size_t len;
  uint8_t *bytes = slurp(path, &len);
  CHECK_EQ_INT(hearth_engine_new(NULL, &f->engine), HEARTH_OK);
  CHECK_EQ_INT(hearth_component_new(f->engine, bytes, len, &f->c), HEARTH_OK);
  free(bytes);
  CHECK_EQ_INT(hearth_component_http_handler(f->c, &f->handler), HEARTH_OK);
  CHECK_STR(f->handler, "wasi:http/incoming-handler@0.2.12#handle");
  CHECK_EQ_INT(hearth_wasi_new(&f->w), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasip2_new(f->w, &f->p), HEARTH_OK);
  CHECK_EQ_INT(hearth_clinker_new(f->engine, &f->l), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasip2_define(f->l, f->p), HEARTH_OK);
  hearth_status s = hearth_template_new_component(f->engine, f->c, f->l, NULL, &f->t);
  if (s) fprintf(stderr, "template: %s\n", hearth_errmsg());
  CHECK_EQ_INT(s, HEARTH_OK);
  hearth_pool_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.policy = HEARTH_POLICY_RESET;
  cfg.max_instances = max_instances;
  cfg.call_timeout_ms = timeout_ms;
  CHECK_EQ_INT(hearth_pool_new(f->t, &cfg, &f->pool), HEARTH_OK);
}

static void hfx_close(hfx *f) {
  hearth_pool_delete(f->pool);
  hearth_template_delete(f->t);
  hearth_clinker_delete(f->l);
  hearth_wasip2_delete(f->p);
  hearth_wasi_delete(f->w);
  hearth_component_delete(f->c);
  hearth_engine_delete(f->engine);
}

static const hearth_http_field *find(const hearth_http_field *f, size_t n, const char *name) {
  for (size_t i = 0; i < n; i++)
    if (f[i].name_len == strlen(name) && memcmp(f[i].name, name, f[i].name_len) == 0) return &f[i];
  return NULL;
}

static bool field_is(const hearth_http_field *f, const char *v) {
  return f && f->value_len == strlen(v) && memcmp(f->value, v, f->value_len) == 0;
}

/* hello: 200, content-type text/plain, "Hello, world!\n"; the component is found by its export. */
static void pool_hello(void) {
  hfx f;
  hfx_open(&f, "guests/component/http/http-hello.wasm", 2, 0);
  hearth_http_request req = {.size = sizeof req, .method = "GET", .scheme = "http",
                             .path_with_query = "/"};
  hearth_http_response resp;
  hearth_status s = hearth_pool_call_http(f.pool, f.p, f.handler, &req, &resp, NULL);
  if (s) fprintf(stderr, "call: %s\n", hearth_errmsg());
  CHECK_EQ_INT(s, HEARTH_OK);
  CHECK(resp.error == NULL);
  CHECK_EQ_INT(resp.status, 200);
  CHECK(field_is(find(resp.headers, resp.nheaders, "content-type"), "text/plain"));
  CHECK(resp.body_len == 14 && memcmp(resp.body, "Hello, world!\n", 14) == 0);
  hearth_http_response_clear(&resp);
  hfx_close(&f);
}

/* echo: method, path, every header again, the body, and a trailer on request. */
static void pool_echo(void) {
  hfx f;
  hfx_open(&f, "guests/component/http/http-echo.wasm", 2, 0);
  const hearth_http_field hdrs[] = {{"x-one", 5, (const uint8_t *)"1", 1},
                                    {"x-trailer", 9, (const uint8_t *)"tv", 2}};
  hearth_http_request req = {.method = "POST", .scheme = "http", .path_with_query = "/p?q=1",
                             .headers = hdrs, .nheaders = 2,
                             .body = (const uint8_t *)"ping", .body_len = 4};
  hearth_http_response resp;
  CHECK_EQ_INT(hearth_pool_call_http(f.pool, f.p, f.handler, &req, &resp, NULL), HEARTH_OK);
  CHECK(resp.error == NULL);
  CHECK_EQ_INT(resp.status, 200);
  CHECK(field_is(find(resp.headers, resp.nheaders, "x-method"), "POST"));
  CHECK(field_is(find(resp.headers, resp.nheaders, "x-path"), "/p?q=1"));
  CHECK(field_is(find(resp.headers, resp.nheaders, "x-echo-x-one"), "1"));
  CHECK(resp.body_len == 4 && memcmp(resp.body, "ping", 4) == 0);
  CHECK_EQ_INT(resp.ntrailers, 1);
  CHECK(field_is(find(resp.trailers, resp.ntrailers, "x-trailer-echo"), "tv"));
  hearth_http_response_clear(&resp);
  /* a method outside the enum, a status chosen by the guest */
  hearth_http_request req2 = {.method = "BREW", .path_with_query = "/status/418"};
  CHECK_EQ_INT(hearth_pool_call_http(f.pool, f.p, f.handler, &req2, &resp, NULL), HEARTH_OK);
  CHECK_EQ_INT(resp.status, 418);
  CHECK(field_is(find(resp.headers, resp.nheaders, "x-method"), "BREW"));
  CHECK_EQ_INT(resp.body_len, 0);
  hearth_http_response_clear(&resp);
  hfx_close(&f);
}

/* A 1 MiB body in, the same 1 MiB out (read and written in pieces through the streams); over
 * max_response_body the guest's write fails (it traps). */
static void pool_echo_1mb(void) {
  hfx f;
  hfx_open(&f, "guests/component/http/http-echo.wasm", 1, 0);
  size_t n = 1 << 20;
  uint8_t *big = malloc(n);
  for (size_t i = 0; i < n; i++) big[i] = (uint8_t)(i * 7 + (i >> 11));
  hearth_http_request req = {.method = "PUT", .path_with_query = "/big", .body = big, .body_len = n};
  hearth_http_response resp;
  for (int k = 0; k < 3; k++) {
    CHECK_EQ_INT(hearth_pool_call_http(f.pool, f.p, f.handler, &req, &resp, NULL), HEARTH_OK);
    CHECK(resp.error == NULL);
    CHECK_EQ_INT(resp.body_len, n);
    CHECK(memcmp(resp.body, big, n) == 0);
    hearth_http_response_clear(&resp);
  }
  req.max_response_body = 1000;
  hearth_trap trap;
  CHECK_EQ_INT(hearth_pool_call_http(f.pool, f.p, f.handler, &req, &resp, &trap), HEARTH_ERR_TRAP);
  free(big);
  hfx_close(&f);
}

/* A trap is TRAP (the instance discarded), a handler past its deadline TRAP with DEADLINE, and
 * the guest's own failures a response error; the pool serves the next request after each. */
static void pool_errors(void) {
  hfx f;
  hfx_open(&f, "guests/component/http/http-echo.wasm", 1, 300);
  hearth_http_response resp;
  hearth_trap trap;
  hearth_http_request req = {.method = "GET", .path_with_query = "/trap"};
  CHECK_EQ_INT(hearth_pool_call_http(f.pool, f.p, f.handler, &req, &resp, &trap), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(trap, HEARTH_TRAP_UNREACHABLE);
  req.path_with_query = "/loop";
  CHECK_EQ_INT(hearth_pool_call_http(f.pool, f.p, f.handler, &req, &resp, &trap), HEARTH_ERR_TRAP);
  CHECK_EQ_INT(trap, HEARTH_TRAP_DEADLINE);
  req.path_with_query = "/noset";
  CHECK_EQ_INT(hearth_pool_call_http(f.pool, f.p, f.handler, &req, &resp, &trap), HEARTH_OK);
  CHECK(resp.error && strstr(resp.error, "without setting"));
  req.path_with_query = "/error";
  CHECK_EQ_INT(hearth_pool_call_http(f.pool, f.p, f.handler, &req, &resp, &trap), HEARTH_OK);
  CHECK(resp.error != NULL);
  CHECK_EQ_INT(resp.error_case, 38); /* internal-error */
  req.path_with_query = "/unfinished";
  CHECK_EQ_INT(hearth_pool_call_http(f.pool, f.p, f.handler, &req, &resp, &trap), HEARTH_OK);
  CHECK(resp.error && strstr(resp.error, "finish"));
  req.path_with_query = "/fine";
  CHECK_EQ_INT(hearth_pool_call_http(f.pool, f.p, f.handler, &req, &resp, &trap), HEARTH_OK);
  CHECK(resp.error == NULL && resp.status == 200);
  hearth_http_response_clear(&resp);
  hfx_close(&f);
}

/* 100 requests through one pooled instance under reset: the same instance every time, each
 * answer right, a reset after each call. */
static void pool_hundred_one_instance(void) {
  hfx f;
  hfx_open(&f, "guests/component/http/http-echo.wasm", 1, 0);
  uint64_t id = 0;
  for (int i = 0; i < 100; i++) {
    char path[32], body[32];
    snprintf(path, sizeof path, "/n/%d", i);
    snprintf(body, sizeof body, "body %d", i);
    hearth_http_request req = {.method = "POST", .path_with_query = path,
                               .body = (const uint8_t *)body, .body_len = strlen(body)};
    hearth_http_response resp;
    CHECK_EQ_INT(hearth_pool_call_http(f.pool, f.p, f.handler, &req, &resp, NULL), HEARTH_OK);
    CHECK(resp.error == NULL);
    CHECK(field_is(find(resp.headers, resp.nheaders, "x-path"), path));
    CHECK(resp.body_len == strlen(body) && memcmp(resp.body, body, resp.body_len) == 0);
    hearth_http_response_clear(&resp);
    uint64_t got = hearth_pool_last_instance();
    if (i == 0) id = got;
    CHECK_EQ_INT(got, id);
  }
  hearth_pool_stats st;
  memset(&st, 0, sizeof st);
  st.size = sizeof st;
  hearth_pool_stats_get(f.pool, &st);
  CHECK_EQ_INT(st.resets, 100);
  CHECK_EQ_INT(st.instantiations, 1);
  hfx_close(&f);
}

/* Four threads, 50 requests each, on a pool of two instances: each thread's calls get their own
 * WASI 0.2 context (the instances' shared linker routes to it), every answer is its own request's,
 * and the threads' contexts are freed when they exit (LSan under ASan). */
typedef struct thr_arg {
  hfx *f;
  int id;
  int ok;
} thr_arg;

static void *thr_main(void *v) {
  thr_arg *t = v;
  for (int i = 0; i < 50; i++) {
    char path[48], body[48];
    snprintf(path, sizeof path, "/t/%d/%d", t->id, i);
    snprintf(body, sizeof body, "thread %d request %d", t->id, i);
    hearth_http_request req = {.method = "POST", .path_with_query = path,
                               .body = (const uint8_t *)body, .body_len = strlen(body)};
    hearth_http_response resp;
    if (hearth_pool_call_http(t->f->pool, t->f->p, t->f->handler, &req, &resp, NULL) != HEARTH_OK)
      continue;
    t->ok += !resp.error && field_is(find(resp.headers, resp.nheaders, "x-path"), path) &&
             resp.body_len == strlen(body) && memcmp(resp.body, body, resp.body_len) == 0;
    hearth_http_response_clear(&resp);
  }
  return NULL;
}

static void pool_threads(void) {
  hfx f;
  hfx_open(&f, "guests/component/http/http-echo.wasm", 2, 0);
  pthread_t th[4];
  thr_arg args[4];
  for (int i = 0; i < 4; i++) {
    args[i] = (thr_arg){&f, i, 0};
    CHECK(pthread_create(&th[i], NULL, thr_main, &args[i]) == 0);
  }
  for (int i = 0; i < 4; i++) {
    pthread_join(th[i], NULL);
    CHECK_EQ_INT(args[i].ok, 50);
  }
  hfx_close(&f);
}

T_MAIN(T_CASE(incoming_request_and_response), T_CASE(fields_forbidden), T_CASE(response_errors),
       T_CASE(pool_hello), T_CASE(pool_echo), T_CASE(pool_echo_1mb), T_CASE(pool_errors),
       T_CASE(pool_hundred_one_instance), T_CASE(pool_threads))
