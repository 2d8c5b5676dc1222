/* serve_native.c: the limit for bench/serve.sh: the same work as the bytes-ABI echo route of
 * `hearth serve` (request body in, the same bytes out, application/octet-stream) done by native C in
 * the same server library with the same threading (libmicrohttpd, a thread per connection).
 * Usage: serve_native HOST:PORT (port 0 picks one); prints "listening on http://HOST:PORT" on
 * stderr and runs until SIGTERM or SIGINT. */
#include <arpa/inet.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <microhttpd.h>

typedef struct body {
  char *p;
  size_t len;
} body;

static enum MHD_Result echo(void *cls, struct MHD_Connection *c, const char *url,
                            const char *method, const char *version, const char *data,
                            size_t *size, void **req) {
  body *b = *req;
  if (!b) {
    b = calloc(1, sizeof *b);
    *req = b;
    return b ? MHD_YES : MHD_NO;
  }
  if (*size) {
    char *np = realloc(b->p, b->len + *size);
    if (!np) return MHD_NO;
    memcpy(np + b->len, data, *size);
    b->p = np;
    b->len += *size;
    *size = 0;
    return MHD_YES;
  }
  struct MHD_Response *r = MHD_create_response_from_buffer(b->len, b->p, MHD_RESPMEM_MUST_COPY);
  if (!r) return MHD_NO;
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, "application/octet-stream");
  enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
}

static void done(void *cls, struct MHD_Connection *c, void **req, enum MHD_RequestTerminationCode t) {
  body *b = *req;
  if (b) free(b->p);
  free(b);
  *req = NULL;
}

int main(int argc, char **argv) {
  if (argc != 2 || !strchr(argv[1], ':')) {
    fprintf(stderr, "usage: serve_native HOST:PORT\n");
    return 2;
  }
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, NULL);
  char host[64];
  snprintf(host, sizeof host, "%.*s", (int)(strrchr(argv[1], ':') - argv[1]), argv[1]);
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons((unsigned short)atoi(strrchr(argv[1], ':') + 1));
  if (inet_pton(AF_INET, host, &a.sin_addr) != 1) return 2;
  struct MHD_Daemon *d = MHD_start_daemon(
      MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL, 0, NULL,
      NULL, echo, NULL, MHD_OPTION_SOCK_ADDR, &a, MHD_OPTION_NOTIFY_COMPLETED, done, NULL,
      MHD_OPTION_CONNECTION_LIMIT, 1024u, MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_END);
  if (!d) return 1;
  const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
  fprintf(stderr, "listening on http://%s:%u\n", host, di ? (unsigned)di->port : 0u);
  int sig;
  sigwait(&set, &sig);
  MHD_stop_daemon(d);
  return 0;
}
