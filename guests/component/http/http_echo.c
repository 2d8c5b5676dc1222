/* http_echo.c: a wasi:http/incoming-handler for tests (world http-echo). It answers 200 with
 * x-method and x-path, every request header NAME again as x-echo-NAME, and the request body as
 * the response body; a request header x-trailer: V makes it finish the body with the trailer
 * x-trailer-echo: V. Paths that misbehave on purpose: /trap (traps), /noset (returns without
 * setting the response), /error (sets err(internal-error(some("boom")))), /loop (never returns),
 * /unfinished (writes a body and does not finish it), /status/NNN (status NNN, empty body).
 * /proxy makes an outgoing GET http://A/P (A and P from the request headers x-proxy-authority and
 * x-proxy-path) and answers with that response's status and body, or 502 and "error-code N". */
#include "http_abi.h"

typedef struct { const u8 *p; size_t n; } bytes;

static int is(bytes b, const char *s) { return b.n == slen(s) && mem_eq(b.p, s, b.n); }
static int starts(bytes b, const char *s) { return b.n >= slen(s) && mem_eq(b.p, s, slen(s)); }

/* Reads input stream s to its end into the heap; *len its length. */
static u8 *read_all(int s, size_t *len) {
  ret_t r;
  u8 *all = 0;
  *len = 0;
  for (;;) {
    in_read(s, 65536, &r);
    if (r.disc) break; /* closed (or failed) */
    u8 *chunk = (u8 *)r.a;
    if (all && all + *len != chunk) { /* chunks come from the bump allocator, one after another */
      u8 *moved = cabi_realloc(0, 0, 1, *len + r.b);
      for (size_t k = 0; k < *len; k++) moved[k] = all[k];
      for (size_t k = 0; k < r.b; k++) moved[*len + k] = chunk[k];
      all = moved;
    } else if (!all) {
      all = chunk;
    }
    *len += r.b;
  }
  return all;
}

/* The body of resp: bytes, then finish; then set the outparam. */
static void answer(int param, int resp, const u8 *d, size_t n) {
  ret_t r;
  resp_body(resp, &r);
  int body = (int)r.a;
  outbody_write(body, &r);
  int out = (int)r.a;
  write_all(out, d, n);
  outstream_drop(out);
  outbody_finish(body, 0, 0, &r);
  send(param, resp);
}

static void proxy(int param, int resp, bytes auth, bytes path) {
  struct { u8 disc; u8 pad[7]; u8 d2; u8 pad2[7]; u8 d3; u8 pad3[7]; u32 h; u32 x; } __attribute__((aligned(8))) g;
  ret_t r;
  int req = req_new(fields_new());
  if (req_set_scheme(req, 1, 0, 0, 0) || req_set_authority(req, 1, (const char *)auth.p, auth.n) ||
      req_set_path(req, 1, (const char *)path.p, path.n))
    __builtin_trap();
  struct { u8 disc; u8 pad[7]; u8 d2; u8 pad2[3]; u32 h; u8 rest[32]; } __attribute__((aligned(8))) hr;
  out_handle(req, 0, 0, &hr);
  u32 code;
  if (hr.disc) { /* err(error-code): its case at offset 8 */
    code = hr.d2;
  } else {
    int fut = (int)*(u32 *)((u8 *)&hr + 8);
    futresp_get(fut, &g); /* option @0, outer result @8, inner result @16, payload @24 */
    if (!g.disc || g.d2) __builtin_trap();
    futresp_drop(fut);
    if (!g.d3) {
      int in = (int)g.h;
      if (resp_set_status(resp, inresp_status(in))) __builtin_trap();
      inresp_consume(in, &r);
      int ib = (int)r.a;
      inbody_stream(ib, &r);
      int s = (int)r.a;
      size_t len;
      u8 *body = read_all(s, &len);
      instream_drop(s);
      futtrail_drop(inbody_finish(ib));
      inresp_drop(in);
      answer(param, resp, body, len);
      return;
    }
    code = g.h & 0xff;
  }
  char msg[32] = "error-code ";
  msg[11] = (char)('0' + code / 10);
  msg[12] = (char)('0' + code % 10);
  if (resp_set_status(resp, 502)) __builtin_trap();
  answer(param, resp, (const u8 *)msg, 13);
}

__attribute__((export_name("wasi:http/incoming-handler@0.2.12#handle")))
void handle(int req, int param) {
  static const char *const methods[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT",
                                        "OPTIONS", "TRACE", "PATCH"};
  ret_t r;
  heap_reset();
  in_path(req, &r);
  bytes path = {r.disc ? (const u8 *)r.a : (const u8 *)"", r.disc ? r.b : 0};
  if (is(path, "/trap")) __builtin_trap();
  if (is(path, "/noset")) return;
  if (is(path, "/loop"))
    for (volatile int i = 0;; i++) {
    }
  if (is(path, "/error")) {
    static const char boom[] = "boom";
    outparam_set(param, 1, 38, 1, (u64)(unsigned long)boom, 4, 0, 0, 0); /* internal-error(some("boom")) */
    return;
  }
  in_method(req, &r);
  bytes method = r.disc < 9 ? (bytes){(const u8 *)methods[r.disc], slen(methods[r.disc])}
                            : (bytes){(const u8 *)r.a, r.b};

  int h = fields_new();
  header(h, "x-method", method.p, method.n);
  header(h, "x-path", path.p, path.n);
  int rh = in_headers(req);
  fields_entries(rh, &r);
  const u32 *ret32 = (const u32 *)&r; /* list<tuple<string, list<u8>>>: ptr at 0, len at 4 */
  const u32 *ent = (const u32 *)ret32[0];
  u32 nent = ret32[1];
  bytes trailer = {0, 0}, pauth = {0, 0}, ppath = {0, 0};
  for (u32 i = 0; i < nent; i++) {
    const u32 *t = ent + 4 * i;
    char name[256];
    size_t nl = t[1] < 200 ? t[1] : 200;
    for (size_t k = 0; k < 7; k++) name[k] = "x-echo-"[k];
    for (size_t k = 0; k < nl; k++) name[7 + k] = ((const char *)t[0])[k];
    name[7 + nl] = 0;
    header(h, name, (const void *)t[2], t[3]);
    bytes nm = {(const u8 *)t[0], t[1]}, val = {(const u8 *)t[2], t[3]};
    if (is(nm, "x-trailer")) trailer = val;
    if (is(nm, "x-proxy-authority")) pauth = val;
    if (is(nm, "x-proxy-path")) ppath = val;
  }
  fields_drop(rh);

  int resp = resp_new(h);
  if (is(path, "/proxy")) {
    proxy(param, resp, pauth, ppath);
    in_drop(req);
    return;
  }
  if (starts(path, "/status/") && path.n == 11) {
    int code = (path.p[8] - '0') * 100 + (path.p[9] - '0') * 10 + (path.p[10] - '0');
    if (resp_set_status(resp, code)) __builtin_trap();
  }

  /* the request body, read to its end */
  in_consume(req, &r);
  int ib = (int)r.a;
  inbody_stream(ib, &r);
  int is_ = (int)r.a;
  u8 *all = 0;
  size_t len = 0;
  for (;;) {
    in_read(is_, 65536, &r);
    if (r.disc) break; /* closed (or failed) */
    u8 *chunk = (u8 *)r.a;
    if (!all) all = chunk; /* chunks come from the bump allocator, one after another */
    else if (all + len != chunk) {
      u8 *moved = cabi_realloc(0, 0, 1, len + r.b);
      for (size_t k = 0; k < len; k++) moved[k] = all[k];
      for (size_t k = 0; k < r.b; k++) moved[len + k] = chunk[k];
      all = moved;
      len += r.b;
      continue;
    }
    len += r.b;
  }
  instream_drop(is_);
  futtrail_drop(inbody_finish(ib));

  resp_body(resp, &r);
  int body = (int)r.a;
  outbody_write(body, &r);
  int out = (int)r.a;
  write_all(out, all, len);
  outstream_drop(out);
  if (is(path, "/unfinished")) {
    send(param, resp);
    return; /* the outgoing-body is left unfinished */
  }
  int tr = 0;
  if (trailer.p) {
    tr = fields_new();
    header(tr, "x-trailer-echo", trailer.p, trailer.n);
  }
  outbody_finish(body, tr != 0, tr, &r);
  if (r.disc) __builtin_trap();
  send(param, resp); /* after the body: the host keeps it until the response is set */
  in_drop(req);
}
