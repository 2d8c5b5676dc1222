/* http_hello.c: a wasi:http/incoming-handler that answers every request with 200, content-type
 * text/plain and "Hello, world!\n" (the serve benchmark's handler; world http-hello). */
#include "http_abi.h"

__attribute__((export_name("wasi:http/incoming-handler@0.2.12#handle")))
void handle(int req, int param) {
  static const char msg[] = "Hello, world!\n";
  ret_t r;
  heap_reset();
  int h = fields_new();
  header(h, "content-type", "text/plain", 10);
  int resp = resp_new(h);
  resp_body(resp, &r);
  int body = (int)r.a;
  send(param, resp); /* the body follows the response, as a streaming handler does */
  outbody_write(body, &r);
  int out = (int)r.a;
  write_all(out, (const u8 *)msg, sizeof msg - 1);
  outstream_drop(out);
  outbody_finish(body, 0, 0, &r);
  in_drop(req);
}
