/* http_net.c: a wasi:http/incoming-handler that uses wasi:sockets (world http-net): it asks for a
 * TCP socket, binds it to 127.0.0.1 (any port), listens and reads the port it got, and answers
 * 200 with one line per step ("tcp: ok", "listen: err 01": the error-code case in two digits,
 * "port: ok" when the port is not 0). Without a grant the first step is access-denied (01); a
 * hosts-only grant allows the socket but not listening. It never drops the socket or the network:
 * the instance's reset closes them (tests/test_serve.c serve_wasihttp_sockets). */
#include "http_abi.h"

#define N "wasi:sockets/instance-network@0.2.12"
#define TC "wasi:sockets/tcp-create-socket@0.2.12"
#define TCP "wasi:sockets/tcp@0.2.12"

IMPORT(N, "instance-network") int instance_network(void);
IMPORT(TC, "create-tcp-socket") void create_tcp(int family, void *ret);
/* start-bind(self, network, ip-socket-address): the address variant's case, then its joined
 * payload (ipv4: port, 4 octets; ipv6 has 11 values: the rest zero), then the return area */
IMPORT(TCP, "[method]tcp-socket.start-bind") void start_bind(int s, int net, int v6, int port,
                                                             int a, int b, int c, int d, int e,
                                                             int f, int g, int h, int i, int j,
                                                             void *ret);
IMPORT(TCP, "[method]tcp-socket.finish-bind") void finish_bind(int s, void *ret);
IMPORT(TCP, "[method]tcp-socket.start-listen") void start_listen(int s, void *ret);
IMPORT(TCP, "[method]tcp-socket.finish-listen") void finish_listen(int s, void *ret);
/* result<ip-socket-address, error-code>: case at 0, the address variant's case at 4, an ipv4
 * address's port (u16) at 8 */
IMPORT(TCP, "[method]tcp-socket.local-address") void local_address(int s, void *ret);

static char out[256];
static size_t outn;

static void put(const char *s) {
  while (*s && outn < sizeof out) out[outn++] = *s++;
}

/* One line "WHAT: ok" or "WHAT: err NN" for the result<_, error-code> in r; 1 for ok. */
static int report(const char *what, const u8 *r, int off) {
  put(what);
  if (!r[0]) {
    put(": ok\n");
    return 1;
  }
  char e[] = ": err ??\n";
  e[6] = (char)('0' + r[off] / 10);
  e[7] = (char)('0' + r[off] % 10);
  put(e);
  return 0;
}

static void probe(void) {
  u8 r[16] __attribute__((aligned(8)));
  int net = instance_network();
  create_tcp(0, r);
  if (!report("tcp", r, 4)) return;
  int s = (int)*(u32 *)(r + 4);
  start_bind(s, net, 0, 0, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, r);
  if (!report("bind", r, 1)) return;
  finish_bind(s, r);
  if (!report("bind-finish", r, 1)) return;
  start_listen(s, r);
  if (!report("listen", r, 1)) return;
  finish_listen(s, r);
  if (!report("listen-finish", r, 1)) return;
  local_address(s, r);
  if (!report("address", r, 4)) return;
  put(r[4] == 0 && *(unsigned short *)(r + 8) != 0 ? "port: ok\n" : "port: 0\n");
}

__attribute__((export_name("wasi:http/incoming-handler@0.2.12#handle")))
void handle(int req, int param) {
  ret_t r;
  heap_reset();
  outn = 0;
  probe();
  int h = fields_new();
  header(h, "content-type", "text/plain", 10);
  int resp = resp_new(h);
  resp_body(resp, &r);
  int body = (int)r.a;
  send(param, resp);
  outbody_write(body, &r);
  int o = (int)r.a;
  write_all(o, (const u8 *)out, outn);
  outstream_drop(o);
  outbody_finish(body, 0, 0, &r);
  in_drop(req);
}
