/* test_serve.c: `hearth serve` end to end: the built binary is started on 127.0.0.1 with an
 * ephemeral port (--addr 127.0.0.1:0; the port is read from its log), requests come from libcurl
 * (raw sockets for malformed HTTP), and each case stops its server with SIGTERM. Covers routing,
 * WAGI environment/headers/status, the bytes ABI, 413, 503, 504, 500 with error ids, 400, /metrics,
 * health endpoints, preopens, keep-alive, the drain on SIGTERM, reloads on SIGHUP (also under load)
 * and config errors with line numbers. Load goes to 127.0.0.1 only and is bounded. */
#include <arpa/inet.h>
#include <curl/curl.h>
#include <dirent.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/socket.h>
#include <time.h>

#include "proc.h"

#define WAGI "guests/serve/wagi.wasm"
#define BYTES "guests/serve/bytes.wasm"

/* ---------------------------------------------------------------- the server process */

typedef struct server {
  pid_t pid;
  int port;
  char out_path[64], err_path[64]; /* access log (stdout) and server log (stderr) */
} server;

static char *read_path(const char *path) {
  int fd = open(path, O_RDONLY);
  CHECK(fd >= 0);
  char *s = slurp_fd(fd);
  close(fd);
  return s;
}

static void write_path(const char *path, const char *text) {
  char tmp[300];
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  FILE *f = fopen(tmp, "w");
  CHECK(f != NULL);
  fputs(text, f);
  CHECK(fclose(f) == 0);
  CHECK(rename(tmp, path) == 0);
}

static void sleep_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
}

/* Starts `hearth serve ARGS... --addr 127.0.0.1:0` and waits for its "listening on" line. */
static server server_start_argv(const char *const *args) {
  server s;
  memset(&s, 0, sizeof s);
  strcpy(s.out_path, "/tmp/hearth-serve-out-XXXXXX");
  strcpy(s.err_path, "/tmp/hearth-serve-err-XXXXXX");
  int fo = mkstemp(s.out_path), fe = mkstemp(s.err_path);
  CHECK(fo >= 0 && fe >= 0);
  const char *argv[64];
  size_t n = 0;
  argv[n++] = hearth_bin();
  argv[n++] = "serve";
  argv[n++] = "--addr";
  argv[n++] = "127.0.0.1:0";
  for (size_t i = 0; args[i]; i++) argv[n++] = args[i];
  argv[n] = NULL;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, fo, 1);
  posix_spawn_file_actions_adddup2(&fa, fe, 2);
  int r = posix_spawn(&s.pid, argv[0], &fa, NULL, (char *const *)argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  close(fo);
  close(fe);
  CHECK(r == 0);
  for (int i = 0; i < 3000 && !s.port; i++) {
    char *log = read_path(s.err_path);
    const char *p = strstr(log, "listening on http://127.0.0.1:");
    if (p) s.port = atoi(p + strlen("listening on http://127.0.0.1:"));
    free(log);
    int st;
    if (!s.port && waitpid(s.pid, &st, WNOHANG) == s.pid) {
      char *e = read_path(s.err_path);
      fprintf(stderr, "hearth serve exited early:\n%s", e);
      free(e);
      CHECK(!"server started");
    }
    if (!s.port) sleep_ms(10);
  }
  CHECK(s.port > 0);
  return s;
}

#define server_start(...) server_start_argv((const char *const[]){__VA_ARGS__, NULL})

/* Waits for the server to exit (up to 30 s); returns its exit status (128 + signal). */
static int server_wait(server *s) {
  for (int i = 0; i < 3000; i++) {
    int st;
    if (waitpid(s->pid, &st, WNOHANG) == s->pid)
      return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    sleep_ms(10);
  }
  kill(s->pid, SIGKILL);
  CHECK(!"server exited within 30 s");
  return -1;
}

/* SIGTERM, wait, check a clean exit, remove the logs (kept on failure for a look). */
static void server_stop(server *s) {
  CHECK(kill(s->pid, SIGTERM) == 0);
  int rc = server_wait(s);
  if (rc != 0) {
    char *e = read_path(s->err_path);
    fprintf(stderr, "server log:\n%s", e);
    free(e);
  }
  CHECK_EQ_INT(rc, 0);
  unlink(s->out_path);
  unlink(s->err_path);
}

static char *server_log(const server *s) { return read_path(s->err_path); }

/* ---------------------------------------------------------------- a libcurl client */

typedef struct resp {
  long status;
  char *body;
  size_t len;
  char *headers;
  size_t hlen;
} resp;

typedef struct sink {
  char *p;
  size_t len;
} sink;

static size_t sink_write(char *p, size_t size, size_t n, void *user) {
  sink *s = user;
  size_t add = size * n;
  char *np = realloc(s->p, s->len + add + 1);
  if (!np) return 0;
  memcpy(np + s->len, p, add);
  s->p = np;
  s->len += add;
  s->p[s->len] = 0;
  return add;
}

/* One request on handle h (NULL: a new handle). hdrs: NULL-terminated extra header lines. */
static resp http_on(CURL *h, const char *method, int port, const char *path, const char *body,
                    size_t blen, const char *const *hdrs) {
  bool own = h == NULL;
  if (own) h = curl_easy_init();
  CHECK(h != NULL);
  char url[512];
  snprintf(url, sizeof url, "http://127.0.0.1:%d%s", port, path);
  sink b = {0}, hd = {0};
  struct curl_slist *sl = NULL;
  for (size_t i = 0; hdrs && hdrs[i]; i++) sl = curl_slist_append(sl, hdrs[i]);
  sl = curl_slist_append(sl, "Expect:");
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
  if (body) {
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)blen);
  } else {
    curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
  }
  curl_easy_setopt(h, CURLOPT_NOBODY, strcmp(method, "HEAD") == 0 ? 1L : 0L);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, sl);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, sink_write);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &b);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, sink_write);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &hd);
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  CURLcode rc = curl_easy_perform(h);
  if (rc != CURLE_OK) fprintf(stderr, "curl %s %s: %s\n", method, path, curl_easy_strerror(rc));
  CHECK(rc == CURLE_OK);
  resp r;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r.status);
  r.body = b.p ? b.p : strdup("");
  r.len = b.len;
  r.headers = hd.p ? hd.p : strdup("");
  r.hlen = hd.len;
  curl_slist_free_all(sl);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, NULL);
  if (own) curl_easy_cleanup(h);
  return r;
}

static resp http(const char *method, int port, const char *path, const char *body) {
  return http_on(NULL, method, port, path, body, body ? strlen(body) : 0, NULL);
}

static void resp_free(resp *r) {
  free(r->body);
  free(r->headers);
}

/* The value of response header name (case-insensitive), copied into buf; NULL when absent. */
static const char *header(const resp *r, const char *name, char *buf, size_t buflen) {
  size_t n = strlen(name);
  for (const char *line = r->headers; line && *line;) {
    const char *end = strstr(line, "\r\n");
    if (!end) break;
    if (strncasecmp(line, name, n) == 0 && line[n] == ':') {
      const char *v = line + n + 1;
      while (*v == ' ') v++;
      snprintf(buf, buflen, "%.*s", (int)(end - v), v);
      return buf;
    }
    line = end + 2;
  }
  return NULL;
}

/* /metrics once it holds want (polled for up to 5 s). */
static resp metrics_when(int port, const char *want) {
  for (int i = 0;; i++) {
    resp r = http("GET", port, "/metrics", NULL);
    if (strstr(r.body, want) || i == 500) {
      if (!strstr(r.body, want)) fprintf(stderr, "missing %s in:\n%s", want, r.body);
      CHECK(strstr(r.body, want) != NULL);
      return r;
    }
    resp_free(&r);
    sleep_ms(10);
  }
}

/* Sends raw bytes on a new connection and returns everything read until the server closes
 * (or 10 s pass). */
static char *raw(int port, const char *data, size_t len) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  CHECK(fd >= 0);
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons((uint16_t)port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  CHECK(connect(fd, (struct sockaddr *)&a, sizeof a) == 0);
  CHECK(write(fd, data, len) == (ssize_t)len);
  sink s = {0};
  for (int i = 0; i < 1000; i++) {
    struct pollfd p = {fd, POLLIN, 0};
    if (poll(&p, 1, 10) <= 0) continue;
    char buf[4096];
    ssize_t r = read(fd, buf, sizeof buf);
    if (r <= 0) break;
    sink_write(buf, 1, (size_t)r, &s);
  }
  close(fd);
  return s.p ? s.p : strdup("");
}

/* A config file in /tmp from text; its path is written into path. */
static void config_file(char path[64], const char *text) {
  strcpy(path, "/tmp/hearth-serve-cfg-XXXXXX");
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  close(fd);
  write_path(path, text);
}

static void http_init(void) { CHECK(curl_global_init(CURL_GLOBAL_DEFAULT) == 0); }

/* Module paths in configs: the tests run from the repository root, the configs live in /tmp. */
static const char *repo(const char *rel, char *buf, size_t n) {
  char cwd[400];
  CHECK(getcwd(cwd, sizeof cwd) != NULL);
  snprintf(buf, n, "%s/%s", cwd, rel);
  return buf;
}

/* ---------------------------------------------------------------- cases */

static void serve_quick_wagi(void) {
  http_init();
  server s = server_start(WAGI);
  resp r = http("POST", s.port, "/a/b?x=1&y=%20z", "hello body");
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "method=POST script= path_info=/a/b query=x=1&y=%20z\nhello body");
  char v[128];
  CHECK_STR(header(&r, "Content-Type", v, sizeof v), "text/plain");
  CHECK_STR(header(&r, "X-Route", v, sizeof v), "/");
  resp_free(&r);
  /* HEAD: the same headers, no body */
  r = http("HEAD", s.port, "/", NULL);
  CHECK_EQ_INT(r.status, 200);
  CHECK_EQ_INT(r.len, 0);
  resp_free(&r);
  server_stop(&s);
}

static void serve_wagi_env(void) {
  http_init();
  char cfg[64], m[512];
  char text[1024];
  snprintf(text, sizeof text,
           "routes:\n"
           "  - prefix: /wagi\n"
           "    module: %s\n"
           "    env:\n"
           "      GREETING: hi there\n",
           repo(WAGI, m, sizeof m));
  config_file(cfg, text);
  server s = server_start("--config", cfg);
  const char *hdrs[] = {"X-Test-Header: v1", "X-Test-Header: v2", "Authorization: Bearer secret",
                        "Content-Type: application/json", NULL};
  resp r = http_on(NULL, "PUT", s.port, "/wagi/sub/x?env", "{\"a\":1}", 7, hdrs);
  CHECK_EQ_INT(r.status, 200);
  char want[128];
  const char *expect[] = {"GATEWAY_INTERFACE=CGI/1.1\n", "REQUEST_METHOD=PUT\n",
                          "SCRIPT_NAME=/wagi\n", "PATH_INFO=/sub/x\n", "QUERY_STRING=env\n",
                          "SERVER_PROTOCOL=HTTP/1.1\n", "REMOTE_ADDR=127.0.0.1\n",
                          "SERVER_NAME=127.0.0.1\n", "CONTENT_LENGTH=7\n",
                          "CONTENT_TYPE=application/json\n", "HTTP_X_TEST_HEADER=v1, v2\n",
                          "GREETING=hi there\n", "X_MATCHED_ROUTE=/wagi\n", NULL};
  for (size_t i = 0; expect[i]; i++) {
    if (!strstr(r.body, expect[i])) fprintf(stderr, "missing %s in:\n%s", expect[i], r.body);
    CHECK(strstr(r.body, expect[i]) != NULL);
  }
  snprintf(want, sizeof want, "SERVER_PORT=%d\n", s.port);
  CHECK(strstr(r.body, want) != NULL);
  CHECK(strstr(r.body, "secret") == NULL);         /* credentials are not passed */
  CHECK(strstr(r.body, "HTTP_CONTENT_TYPE") == NULL);
  resp_free(&r);
  server_stop(&s);
  unlink(cfg);
}

static void serve_wagi_status(void) {
  http_init();
  server s = server_start(WAGI);
  resp r = http("GET", s.port, "/?status=418", NULL);
  char v[64];
  CHECK_EQ_INT(r.status, 418);
  CHECK_STR(header(&r, "X-Guest", v, sizeof v), "yes");
  CHECK_STR(r.body, "status 418\n");
  resp_free(&r);
  r = http("GET", s.port, "/?status=201", NULL);
  CHECK_EQ_INT(r.status, 201);
  resp_free(&r);
  /* not a valid status, no header block, a non-zero exit: 500 */
  const char *bad[] = {"/?status=abc", "/?status=99", "/?noheaders", "/?exit=3", NULL};
  for (size_t i = 0; bad[i]; i++) {
    r = http("GET", s.port, bad[i], NULL);
    CHECK_EQ_INT(r.status, 500);
    CHECK(header(&r, "X-Hearth-Error-Id", v, sizeof v) != NULL);
    resp_free(&r);
  }
  server_stop(&s);
}

static void serve_routing(void) {
  http_init();
  char cfg[64], m1[512], m2[512], text[4096];
  repo(WAGI, m1, sizeof m1);
  repo(BYTES, m2, sizeof m2);
  snprintf(text, sizeof text,
           "server:\n  access_log: true\n"
           "routes:\n"
           "  - path: /hello\n    module: %s\n    invoke: hello\n"
           "  - prefix: /api\n    module: %s\n"
           "  - prefix: /api/v2/\n    module: %s\n    invoke: upper\n"
           "  - path: /api/exact\n    module: %s\n    invoke: echo\n",
           m2, m1, m2, m2);
  config_file(cfg, text);
  server s = server_start("--config", cfg);
  resp r = http("GET", s.port, "/hello", NULL);
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "hello, world\n");
  resp_free(&r);
  r = http("GET", s.port, "/hello/x", NULL); /* exact: nothing below it */
  CHECK_EQ_INT(r.status, 404);
  resp_free(&r);
  r = http("GET", s.port, "/api", NULL);
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "method=GET script=/api path_info= query=\n");
  resp_free(&r);
  r = http("GET", s.port, "/api/x/y", NULL);
  CHECK_STR(r.body, "method=GET script=/api path_info=/x/y query=\n");
  resp_free(&r);
  r = http("GET", s.port, "/apix", NULL); /* a prefix matches whole segments */
  CHECK_EQ_INT(r.status, 404);
  resp_free(&r);
  r = http("POST", s.port, "/api/v2/z", "shout"); /* the longer prefix wins */
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "SHOUT");
  resp_free(&r);
  r = http("POST", s.port, "/api/exact", "same"); /* an exact path beats every prefix */
  CHECK_STR(r.body, "same");
  resp_free(&r);
  r = http("GET", s.port, "/nothing", NULL);
  CHECK_EQ_INT(r.status, 404);
  resp_free(&r);
  r = http("POST", s.port, "/nothing", "a body nobody reads"); /* answered before the body */
  CHECK_EQ_INT(r.status, 404);
  resp_free(&r);
  r = http("POST", s.port, "/healthz", "a body");
  CHECK_EQ_INT(r.status, 200);
  resp_free(&r);
  server_stop(&s);
  unlink(cfg);
}

static void serve_bytes(void) {
  http_init();
  server s = server_start("--invoke", "echo", BYTES);
  char body[300];
  for (int i = 0; i < 300; i++) body[i] = (char)i; /* NUL bytes included */
  resp r = http_on(NULL, "POST", s.port, "/any/path", body, sizeof body, NULL);
  char v[128];
  CHECK_EQ_INT(r.status, 200);
  CHECK_EQ_INT(r.len, sizeof body);
  CHECK(memcmp(r.body, body, sizeof body) == 0);
  CHECK_STR(header(&r, "Content-Type", v, sizeof v), "application/octet-stream");
  resp_free(&r);
  r = http("GET", s.port, "/", NULL); /* no body in, none out */
  CHECK_EQ_INT(r.status, 200);
  CHECK_EQ_INT(r.len, 0);
  resp_free(&r);
  server_stop(&s);
  /* a route's content type */
  s = server_start("--invoke", "upper", "--content-type", "text/plain; charset=utf-8", BYTES);
  r = http("POST", s.port, "/", "abc");
  CHECK_STR(r.body, "ABC");
  CHECK_STR(header(&r, "Content-Type", v, sizeof v), "text/plain; charset=utf-8");
  resp_free(&r);
  server_stop(&s);
}

static void serve_body_limit_413(void) {
  http_init();
  server s = server_start("--invoke", "echo", "--max-body", "16", BYTES);
  resp r = http("POST", s.port, "/", "0123456789abcdef");
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "0123456789abcdef");
  resp_free(&r);
  r = http("POST", s.port, "/", "0123456789abcdefX"); /* Content-Length over the limit */
  CHECK_EQ_INT(r.status, 413);
  resp_free(&r);
  /* chunked, no Content-Length: refused once the chunks pass the limit */
  const char *req = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "a\r\n0123456789\r\na\r\n0123456789\r\n0\r\n\r\n";
  char *out = raw(s.port, req, strlen(req));
  CHECK(strncmp(out, "HTTP/1.1 413", 12) == 0);
  free(out);
  const char *ok = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n"
                   "\r\na\r\n0123456789\r\n0\r\n\r\n";
  out = raw(s.port, ok, strlen(ok));
  CHECK(strncmp(out, "HTTP/1.1 200", 12) == 0);
  CHECK(strstr(out, "\r\n\r\n0123456789") != NULL);
  free(out);
  server_stop(&s);
}

static void serve_deadline_504(void) {
  http_init();
  server s = server_start("--timeout", "200ms", WAGI);
  resp r = http("GET", s.port, "/?spin", NULL);
  char id[32];
  CHECK_EQ_INT(r.status, 504);
  CHECK(header(&r, "X-Hearth-Error-Id", id, sizeof id) != NULL);
  CHECK(strstr(r.body, id) != NULL);
  resp_free(&r);
  r = http("GET", s.port, "/?sleep=1", NULL); /* the next request is fine */
  CHECK_EQ_INT(r.status, 200);
  resp_free(&r);
  char *log = server_log(&s);
  char want[160];
  snprintf(want, sizeof want, "error %s:", id);
  CHECK(strstr(log, want) != NULL);
  CHECK(strstr(log, "deadline exceeded") != NULL);
  free(log);
  server_stop(&s);
}

typedef struct slow_req {
  int port;
  const char *path;
  resp r;
} slow_req;

static void *slow_thread(void *arg) {
  slow_req *q = arg;
  q->r = http("POST", q->port, q->path, "x");
  return NULL;
}

static void serve_queue_full_503(void) {
  http_init();
  /* one instance, one waiter: a third concurrent request finds the queue full */
  server s = server_start("--invoke", "spin", "--timeout", "1500ms", "--max-instances", "1",
                          "--min-instances", "1", "--queue-max", "1", BYTES);
  slow_req q[2] = {{s.port, "/", {0}}, {s.port, "/", {0}}};
  pthread_t t[2];
  CHECK(pthread_create(&t[0], NULL, slow_thread, &q[0]) == 0);
  sleep_ms(300);
  CHECK(pthread_create(&t[1], NULL, slow_thread, &q[1]) == 0);
  sleep_ms(300);
  resp r = http("POST", s.port, "/", "x");
  char v[32];
  CHECK_EQ_INT(r.status, 503);
  CHECK_STR(header(&r, "Retry-After", v, sizeof v), "1");
  resp_free(&r);
  for (int i = 0; i < 2; i++) {
    pthread_join(t[i], NULL);
    CHECK_EQ_INT(q[i].r.status, 504); /* the spinning guest ran into its deadline */
    resp_free(&q[i].r);
  }
  /* requests are counted once their response is sent, just after the client has it */
  r = metrics_when(s.port, "hearth_serve_requests_total{route=\"/*\",class=\"5xx\"} 3\n");
  CHECK(strstr(r.body, "hearth_serve_pool_queue_full_total{route=\"/*\"} 1\n") != NULL);
  resp_free(&r);
  server_stop(&s);
}

static void serve_trap_500(void) {
  http_init();
  server s = server_start(WAGI);
  resp r = http("GET", s.port, "/?trap", NULL);
  char id[32];
  CHECK_EQ_INT(r.status, 500);
  CHECK(header(&r, "X-Hearth-Error-Id", id, sizeof id) != NULL);
  CHECK_EQ_INT(strlen(id), 8);
  CHECK(strstr(r.body, id) != NULL);
  CHECK(strstr(r.body, "unreachable") == NULL); /* details stay in the log */
  resp_free(&r);
  /* stderr goes to the log, never to the client */
  r = http("GET", s.port, "/?stderr", NULL);
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "logged\n");
  CHECK(strstr(r.headers, "guest-secret") == NULL);
  resp_free(&r);
  r = http("GET", s.port, "/", NULL); /* the instance after a trap is a fresh one */
  CHECK_EQ_INT(r.status, 200);
  resp_free(&r);
  char *log = server_log(&s);
  char want[160];
  snprintf(want, sizeof want, "error %s: route /*: GET /?trap: wasm trap: unreachable", id);
  CHECK(strstr(log, want) != NULL);
  CHECK(strstr(log, "stderr: guest-secret-line") != NULL);
  free(log);
  server_stop(&s);
  /* a bytes-ABI trap */
  s = server_start("--invoke", "trap", BYTES);
  r = http("POST", s.port, "/", "trap now");
  CHECK_EQ_INT(r.status, 500);
  resp_free(&r);
  r = http("POST", s.port, "/", "fine");
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "fine");
  resp_free(&r);
  server_stop(&s);
}

static void serve_fuel_memory_500(void) {
  http_init();
  server s = server_start("--fuel", "100000", WAGI);
  resp r = http("GET", s.port, "/?spin", NULL);
  char id[32];
  CHECK_EQ_INT(r.status, 500);
  CHECK(header(&r, "X-Hearth-Error-Id", id, sizeof id) != NULL);
  resp_free(&r);
  char *log = server_log(&s);
  CHECK(strstr(log, "fuel exhausted") != NULL);
  CHECK(strstr(log, id) != NULL);
  free(log);
  server_stop(&s);
  s = server_start("--max-memory", "4M", WAGI);
  r = http("GET", s.port, "/?alloc", NULL);
  CHECK_EQ_INT(r.status, 500);
  resp_free(&r);
  r = http("GET", s.port, "/?echo", NULL);
  CHECK_EQ_INT(r.status, 200);
  resp_free(&r);
  server_stop(&s);
  s = server_start("--max-memory", "4M", "--invoke", "grab", BYTES);
  r = http("POST", s.port, "/", "x");
  CHECK_EQ_INT(r.status, 500);
  resp_free(&r);
  r = http("GET", s.port, "/metrics", NULL);
  /* "memory" when the instance was within a page of its cap when it failed, else "trap" */
  CHECK(strstr(r.body, "hearth_serve_pool_failures_total{route=\"/*\",kind=\"memory\"} 1\n") ||
        strstr(r.body, "hearth_serve_pool_failures_total{route=\"/*\",kind=\"trap\"} 1\n"));
  resp_free(&r);
  server_stop(&s);
}

static void serve_malformed_400(void) {
  http_init();
  server s = server_start(WAGI);
  /* A request line that is not one: the library closes the connection without an answer. */
  char *out = raw(s.port, "GARBAGE\r\n\r\n", 11);
  CHECK_STR(out, "");
  free(out);
  const char *bad[] = {"GET / HTTP/1.1\r\nHost: x\r\nthis is not a header\r\n\r\n",
                       "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
                       "GET / HTTP/1.1\r\n\r\n", /* HTTP/1.1 without Host */
                       NULL};
  for (size_t i = 0; bad[i]; i++) {
    out = raw(s.port, bad[i], strlen(bad[i]));
    if (strncmp(out, "HTTP/1.1 400", 12) != 0) fprintf(stderr, "case %zu got: %.80s\n", i, out);
    CHECK(strncmp(out, "HTTP/1.1 400", 12) == 0);
    free(out);
  }
  resp r = http("GET", s.port, "/", NULL); /* still serving */
  CHECK_EQ_INT(r.status, 200);
  resp_free(&r);
  server_stop(&s);
}

/* A command whose output is over max_output is a 500 with an error id, not a 200 with the body cut
 * at the cap (the writes past it failed, and a guest that ignores that exits 0). Output of exactly
 * max_output bytes is served. */
static void serve_output_over_limit(void) {
  http_init();
  server s = server_start("--max-output", "200", WAGI);
  resp r = http("GET", s.port, "/?env", NULL); /* the environment is well over 200 bytes */
  if (r.status != 500) fprintf(stderr, "got %ld, %zu bytes: %.200s\n", r.status, r.len, r.body);
  CHECK_EQ_INT(r.status, 500);
  CHECK(strstr(r.headers, "X-Hearth-Error-Id") != NULL);
  resp_free(&r);
  r = http("GET", s.port, "/?status=201", NULL); /* a short answer is unaffected */
  CHECK_EQ_INT(r.status, 201);
  resp_free(&r);
  char *log = read_path(s.err_path);
  CHECK(strstr(log, "output over") != NULL);
  free(log);
  server_stop(&s);
}

/* A request whose body length is ambiguous (two Content-Lengths, or Content-Length with
 * Transfer-Encoding) is a 400 that closes the connection: the library took the first length (or
 * the chunks) and read the rest as the next request on the connection, which a proxy in front that
 * framed it the other way would not see (request smuggling). A transfer coding other than chunked
 * is a 501 (the library waited for a body it never read). */
static void serve_ambiguous_framing(void) {
  http_init();
  server s = server_start(WAGI);
  const char *bad[] = {
      "POST /?echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\n"
      "abcdeGET /?smuggled HTTP/1.1\r\nHost: x\r\n\r\n",
      "POST /?echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
      "3\r\nabc\r\n0\r\n\r\nGET /?smuggled HTTP/1.1\r\nHost: x\r\n\r\n",
      "POST /?echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
      "3\r\nabc\r\n0\r\n\r\nGET /?smuggled HTTP/1.1\r\nHost: x\r\n\r\n",
      NULL};
  const char *want[] = {"HTTP/1.1 400", "HTTP/1.1 400", "HTTP/1.1 501"};
  for (size_t i = 0; bad[i]; i++) {
    char *out = raw(s.port, bad[i], strlen(bad[i]));
    if (strncmp(out, want[i], 12) != 0 || strstr(out, "smuggled"))
      fprintf(stderr, "case %zu got: %.300s\n", i, out);
    CHECK(strncmp(out, want[i], 12) == 0);
    CHECK(strstr(out, "smuggled") == NULL);
    free(out);
  }
  /* two equal lengths and a plain chunked body are fine */
  const char *good[] = {
      "POST /?echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n"
      "Connection: close\r\n\r\nabc",
      "POST /?echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
      "3\r\nabc\r\n0\r\n\r\n",
      NULL};
  for (size_t i = 0; good[i]; i++) {
    char *out = raw(s.port, good[i], strlen(good[i]));
    if (strncmp(out, "HTTP/1.1 200", 12) != 0) fprintf(stderr, "good %zu got: %.300s\n", i, out);
    CHECK(strncmp(out, "HTTP/1.1 200", 12) == 0);
    CHECK(strstr(out, "\nabc") != NULL);
    free(out);
  }
  server_stop(&s);
}

static void serve_metrics_health(void) {
  http_init();
  server s = server_start("--invoke", "echo", "--max-instances", "3", BYTES);
  for (int i = 0; i < 5; i++) {
    resp r = http("POST", s.port, "/x", "abc");
    CHECK_EQ_INT(r.status, 200);
    resp_free(&r);
  }
  resp r = http("GET", s.port, "/healthz", NULL);
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "ok\n");
  resp_free(&r);
  r = http("GET", s.port, "/readyz", NULL);
  CHECK_EQ_INT(r.status, 200);
  resp_free(&r);
  r = metrics_when(s.port, "hearth_serve_requests_total{route=\"\",class=\"2xx\"} 2\n");
  r.status = 0;
  resp_free(&r);
  r = metrics_when(s.port, "hearth_serve_requests_total{route=\"/*\",class=\"2xx\"} 5\n");
  char v[128];
  CHECK_EQ_INT(r.status, 200);
  CHECK(strncmp(header(&r, "Content-Type", v, sizeof v), "text/plain; version=0.0.4", 25) == 0);
  const char *expect[] = {
      "# TYPE hearth_serve_requests_total counter\n",
      "hearth_serve_requests_total{route=\"/*\",class=\"2xx\"} 5\n",
      "# TYPE hearth_serve_request_duration_seconds histogram\n",
      "hearth_serve_request_duration_seconds_bucket{route=\"/*\",le=\"+Inf\"} 5\n",
      "hearth_serve_request_duration_seconds_count{route=\"/*\"} 5\n",
      "hearth_serve_pool_calls_total{route=\"/*\"} 5\n",
      "hearth_serve_pool_resets_total{route=\"/*\"} 5\n",
      "hearth_serve_pool_max_instances{route=\"/*\"} 3\n",
      "hearth_serve_pool_instances_busy{route=\"/*\"} 0\n",
      "hearth_serve_pool_failures_total{route=\"/*\",kind=\"trap\"} 0\n",
      "hearth_serve_pool_recycles_total{route=\"/*\",reason=\"calls\"} 0\n",
      "hearth_serve_ready 1\n",
      "# TYPE process_resident_memory_bytes gauge\n",
      NULL};
  for (size_t i = 0; expect[i]; i++) {
    if (!strstr(r.body, expect[i])) fprintf(stderr, "missing %s", expect[i]);
    CHECK(strstr(r.body, expect[i]) != NULL);
  }
  /* every sample line is NAME{...} VALUE or NAME VALUE, every family has HELP and TYPE */
  for (char *line = r.body; *line;) {
    char *end = strchr(line, '\n');
    CHECK(end != NULL);
    *end = 0;
    if (line[0] != '#') {
      char *sp = strrchr(line, ' ');
      CHECK(sp != NULL);
      char *num_end;
      strtod(sp + 1, &num_end);
      CHECK(*num_end == 0);
    }
    line = end + 1;
  }
  resp_free(&r);
  server_stop(&s);
}

static void serve_access_log(void) {
  http_init();
  server s = server_start(WAGI);
  resp r = http("GET", s.port, "/one?q=1", NULL);
  resp_free(&r);
  r = http("GET", s.port, "/?trap", NULL);
  char id[32];
  CHECK(header(&r, "X-Hearth-Error-Id", id, sizeof id) != NULL);
  resp_free(&r);
  r = http("GET", s.port, "/after", NULL);
  resp_free(&r);
  r = http("GET", s.port, "/metrics", NULL);
  resp_free(&r);
  CHECK(kill(s.pid, SIGTERM) == 0);
  CHECK_EQ_INT(server_wait(&s), 0);
  char *acc = read_path(s.out_path);
  CHECK(strstr(acc, "127.0.0.1 GET \"/one?q=1\" 200 ") != NULL);
  /* the instance id: the pool's first instance served the first request and trapped on the
   * second (so it was discarded), a new one (2) served the third */
  CHECK(strstr(acc, "route=/* instance=1\n") != NULL);
  char want[160];
  snprintf(want, sizeof want, "route=/* instance=1 error=%s\n", id);
  CHECK(strstr(acc, "GET \"/?trap\" 500 ") != NULL);
  CHECK(strstr(acc, want) != NULL);
  CHECK(strstr(acc, "GET \"/after\" 200 ") != NULL);
  CHECK(strstr(acc, "route=/* instance=2\n") != NULL);
  CHECK(strstr(acc, "GET \"/metrics\" 200 ") != NULL);
  CHECK(strstr(acc, "route=- instance=-\n") != NULL); /* no pool behind a built-in path */
  free(acc);
  unlink(s.out_path);
  unlink(s.err_path);
}

static void serve_preopen(void) {
  http_init();
  char dir[] = "/tmp/hearth-serve-dir-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char file[128];
  snprintf(file, sizeof file, "%s/x.txt", dir);
  write_path(file, "from the host\n");
  char spec[160];
  snprintf(spec, sizeof spec, "%s::/data", dir);
  server s = server_start("--dir-ro", spec, "--env", "A=1", WAGI);
  resp r = http("GET", s.port, "/?file=/data/x.txt", NULL);
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "from the host\n");
  resp_free(&r);
  r = http("GET", s.port, "/?write=/data/y.txt", NULL);
  CHECK_EQ_INT(r.status, 403); /* read-only */
  resp_free(&r);
  r = http("GET", s.port, "/?file=/etc/passwd", NULL);
  CHECK_EQ_INT(r.status, 404); /* nothing outside the preopen */
  resp_free(&r);
  server_stop(&s);
  snprintf(file, sizeof file, "%s/y.txt", dir);
  CHECK(access(file, F_OK) != 0);
  snprintf(file, sizeof file, "%s/x.txt", dir);
  unlink(file);
  rmdir(dir);
}

static void serve_keepalive(void) {
  http_init();
  server s = server_start("--invoke", "echo", BYTES);
  CURL *h = curl_easy_init();
  CHECK(h != NULL);
  for (int i = 0; i < 50; i++) {
    char body[32];
    snprintf(body, sizeof body, "request %d", i);
    resp r = http_on(h, "POST", s.port, "/", body, strlen(body), NULL);
    CHECK_EQ_INT(r.status, 200);
    CHECK_STR(r.body, body);
    resp_free(&r);
  }
  long conns = -1;
  curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &conns);
  CHECK_EQ_INT(conns, 0); /* the last request opened no new connection */
  curl_easy_cleanup(h);
  server_stop(&s);
}

static atomic_bool slow_done;

static void *slow_flag_thread(void *arg) {
  slow_thread(arg);
  atomic_store(&slow_done, true);
  return NULL;
}

static void serve_sigterm_drain(void) {
  http_init();
  server s = server_start(WAGI);
  slow_req q = {s.port, "/?sleep=2000", {0}};
  pthread_t t;
  CHECK(pthread_create(&t, NULL, slow_flag_thread, &q) == 0);
  sleep_ms(300); /* the request is running */
  CHECK(kill(s.pid, SIGTERM) == 0);
  /* new connections are refused while the request in flight still runs */
  bool refused = false;
  for (int i = 0; i < 150 && !refused; i++) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)s.port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    refused = connect(fd, (struct sockaddr *)&a, sizeof a) != 0;
    close(fd);
    if (!refused) sleep_ms(10);
  }
  CHECK(refused);
  CHECK(!atomic_load(&slow_done));
  pthread_join(t, NULL);
  CHECK_EQ_INT(q.r.status, 200); /* the request in flight was answered */
  CHECK_STR(q.r.body, "slept\n");
  resp_free(&q.r);
  CHECK_EQ_INT(server_wait(&s), 0);
  char *log = server_log(&s);
  CHECK(strstr(log, "draining 1 request in flight") != NULL);
  free(log);
  unlink(s.out_path);
  unlink(s.err_path);
}

static void serve_sighup_reload(void) {
  http_init();
  char cfg[64], m[512], text[2048];
  repo(BYTES, m, sizeof m);
  snprintf(text, sizeof text, "routes:\n  - prefix: /r\n    module: %s\n    invoke: upper\n", m);
  config_file(cfg, text);
  server s = server_start("--config", cfg);
  resp r = http("POST", s.port, "/r", "abc");
  CHECK_STR(r.body, "ABC");
  resp_free(&r);
  r = http("GET", s.port, "/new", NULL);
  CHECK_EQ_INT(r.status, 404);
  resp_free(&r);
  snprintf(text, sizeof text,
           "routes:\n  - prefix: /r\n    module: %s\n    invoke: echo\n"
           "  - path: /new\n    module: %s\n    invoke: hello\n", m, m);
  write_path(cfg, text);
  CHECK(kill(s.pid, SIGHUP) == 0);
  int status = 0;
  for (int i = 0; i < 500 && status != 200; i++) {
    r = http("GET", s.port, "/new", NULL);
    status = (int)r.status;
    resp_free(&r);
    if (status != 200) sleep_ms(10);
  }
  CHECK_EQ_INT(status, 200);
  r = http("POST", s.port, "/r", "abc");
  CHECK_STR(r.body, "abc");
  resp_free(&r);
  /* a broken config is refused and the running routes stay */
  write_path(cfg, "routes:\n  - prefix: /r\n    modul: x.wasm\n");
  CHECK(kill(s.pid, SIGHUP) == 0);
  char *log = NULL;
  for (int i = 0; i < 500; i++) {
    free(log);
    log = server_log(&s);
    if (strstr(log, "reload failed")) break;
    sleep_ms(10);
  }
  char want[256];
  snprintf(want, sizeof want, "reload failed, keeping the running routes: %s:3:5: unknown key "
           "\"modul\"", cfg);
  CHECK(strstr(log, want) != NULL);
  free(log);
  r = http("POST", s.port, "/r", "abc");
  CHECK_STR(r.body, "abc");
  resp_free(&r);
  r = http("GET", s.port, "/metrics", NULL);
  CHECK(strstr(r.body, "hearth_serve_reloads_total{result=\"ok\"} 1\n") != NULL);
  CHECK(strstr(r.body, "hearth_serve_reloads_total{result=\"failed\"} 1\n") != NULL);
  CHECK(strstr(r.body, "hearth_serve_route_rebuilds_total{route=\"/r*\"} 1\n") != NULL);
  resp_free(&r);
  server_stop(&s);
  unlink(cfg);
}

/* Quick start: SIGHUP loads the module file again when it changed. */
static void serve_sighup_quick(void) {
  http_init();
  char path[] = "/tmp/hearth-serve-mod-XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  close(fd);
  char *cp[] = {"cp", WAGI, path, NULL};
  run_res c = run_argv(NULL, cp);
  CHECK_EQ_INT(c.rc, 0);
  free(c.out);
  free(c.err);
  server s = server_start(path);
  resp r = http("POST", s.port, "/", "# Title");
  CHECK_STR(r.body, "method=POST script= path_info=/ query=\n# Title");
  resp_free(&r);
  CHECK(kill(s.pid, SIGHUP) == 0); /* unchanged: the route keeps its pool */
  char tmp[64];
  snprintf(tmp, sizeof tmp, "%s.new", path);
  char *cp2[] = {"cp", "guests/serve/md2html.wasm", tmp, NULL};
  c = run_argv(NULL, cp2);
  CHECK_EQ_INT(c.rc, 0);
  free(c.out);
  free(c.err);
  CHECK(rename(tmp, path) == 0);
  CHECK(kill(s.pid, SIGHUP) == 0);
  bool changed = false;
  for (int i = 0; i < 500 && !changed; i++) {
    r = http("POST", s.port, "/", "# Title");
    CHECK_EQ_INT(r.status, 200);
    changed = strcmp(r.body, "<h1>Title</h1>\n") == 0;
    resp_free(&r);
    if (!changed) sleep_ms(10);
  }
  CHECK(changed);
  r = metrics_when(s.port, "hearth_serve_reloads_total{result=\"ok\"} 2\n");
  CHECK(strstr(r.body, "hearth_serve_route_rebuilds_total{route=\"/*\"} 1\n") != NULL);
  resp_free(&r);
  server_stop(&s);
  unlink(path);
}

typedef struct load {
  int port;
  const char *path;  /* NULL: /r */
  int max;           /* requests at most; 0: 5000 */
  int n, ok, bad;
  atomic_bool stop;
} load;

static void *load_thread(void *arg) {
  load *l = arg;
  CURL *h = curl_easy_init();
  while (!atomic_load(&l->stop) && l->n < (l->max ? l->max : 5000)) {
    resp r = http_on(h, "POST", l->port, l->path ? l->path : "/r", "abc", 3, NULL);
    l->n++;
    if (r.status == 200 && (strcmp(r.body, "abc") == 0 || strcmp(r.body, "ABC") == 0)) l->ok++;
    else l->bad++;
    resp_free(&r);
  }
  curl_easy_cleanup(h);
  return NULL;
}

static void serve_reload_under_load(void) {
  http_init();
  char cfg[64], m[512], a[1024], b[1024];
  repo(BYTES, m, sizeof m);
  snprintf(a, sizeof a, "routes:\n  - prefix: /r\n    module: %s\n    invoke: upper\n", m);
  snprintf(b, sizeof b, "routes:\n  - prefix: /r\n    module: %s\n    invoke: echo\n"
           "    pool:\n      policy: reuse\n", m);
  config_file(cfg, a);
  server s = server_start("--config", cfg);
  load l[2];
  pthread_t t[2];
  for (int i = 0; i < 2; i++) {
    memset(&l[i], 0, sizeof l[i]);
    l[i].port = s.port;
    CHECK(pthread_create(&t[i], NULL, load_thread, &l[i]) == 0);
  }
  for (int i = 0; i < 20; i++) {
    write_path(cfg, i % 2 ? a : b);
    CHECK(kill(s.pid, SIGHUP) == 0);
    /* one reload at a time, so that each sees the config written for it */
    int done = 0;
    for (int w = 0; w < 1000 && done <= i; w++) {
      char *log = server_log(&s);
      done = 0;
      for (const char *p = log; (p = strstr(p, "reloaded: ")); p++) done++;
      free(log);
      if (done <= i) sleep_ms(10);
    }
    CHECK_EQ_INT(done, i + 1);
  }
  sleep_ms(200);
  for (int i = 0; i < 2; i++) atomic_store(&l[i].stop, true);
  for (int i = 0; i < 2; i++) {
    pthread_join(t[i], NULL);
    CHECK(l[i].n > 0);
    CHECK_EQ_INT(l[i].bad, 0);
  }
  resp r = metrics_when(s.port, "hearth_serve_reloads_total{result=\"ok\"} 20\n");
  CHECK(strstr(r.body, "hearth_serve_route_rebuilds_total{route=\"/r*\"} 20\n") != NULL);
  resp_free(&r);
  server_stop(&s);
  unlink(cfg);
}

/* The resident set of a process in KiB (VmRSS), or -1. */
static long rss_kib(pid_t pid) {
  char path[64], line[256];
  snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
  FILE *f = fopen(path, "r");
  long kib = -1;
  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, "VmRSS:", 6) == 0) kib = strtol(line + 6, NULL, 10);
  if (f) fclose(f);
  return kib;
}

/* Copies guests/serve/bytes.wasm to a new file renamed over path: a new inode, so a reload sees a
 * changed module file. */
static void replace_module(const char *path) {
  char tmp[96];
  snprintf(tmp, sizeof tmp, "%s.new", path);
  char *cp[] = {"cp", BYTES, tmp, NULL};
  run_res c = run_argv(NULL, cp);
  CHECK_EQ_INT(c.rc, 0);
  free(c.out);
  free(c.err);
  CHECK(rename(tmp, path) == 0);
}

/* 100 SIGHUP reloads under load, each replacing one route's module file: the route keeps its pool
 * and the new module is swapped in (hearth_pool_swap_template); an unchanged route keeps its warm
 * instance throughout; no request fails; the server's RSS settles (figures printed). */
static void serve_reload_100_swaps(void) {
  http_init();
  char cfg[64], m[512], text[2048], mod[] = "/tmp/hearth-serve-swap-XXXXXX";
  int fd = mkstemp(mod);
  CHECK(fd >= 0);
  close(fd);
  replace_module(mod);
  repo(BYTES, m, sizeof m);
  snprintf(text, sizeof text, "routes:\n  - prefix: /r\n    module: %s\n    invoke: upper\n"
           "  - prefix: /k\n    module: %s\n    invoke: echo\n", mod, m);
  config_file(cfg, text);
  server s = server_start("--config", cfg);
  load l[3];
  pthread_t t[3];
  for (int i = 0; i < 3; i++) {
    memset(&l[i], 0, sizeof l[i]);
    l[i].port = s.port;
    l[i].path = i == 2 ? "/k" : "/r";
    l[i].max = 1000000;
    CHECK(pthread_create(&t[i], NULL, load_thread, &l[i]) == 0);
  }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  long rss_first = 0, rss_20 = 0, rss_peak = 0;
  for (int i = 0; i < 100; i++) {
    replace_module(mod);
    CHECK(kill(s.pid, SIGHUP) == 0);
    int done = 0;
    for (int w = 0; w < 2000 && done <= i; w++) {
      char *log = server_log(&s);
      done = 0;
      for (const char *p = log; (p = strstr(p, "reloaded: ")); p++) done++;
      CHECK(strstr(log, "reload failed") == NULL);
      free(log);
      if (done <= i) sleep_ms(5);
    }
    CHECK_EQ_INT(done, i + 1);
    long rss = rss_kib(s.pid);
    CHECK(rss > 0);
    if (i == 0) rss_first = rss;
    if (i == 19) rss_20 = rss;
    if (rss > rss_peak) rss_peak = rss;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  long rss_end = rss_kib(s.pid);
  sleep_ms(100);
  for (int i = 0; i < 3; i++) atomic_store(&l[i].stop, true);
  int total = 0;
  for (int i = 0; i < 3; i++) {
    pthread_join(t[i], NULL);
    CHECK(l[i].n > 0);
    CHECK_EQ_INT(l[i].bad, 0);
    total += l[i].n;
  }
  double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  fprintf(stderr, "100 reloads in %.1f s under %d requests, all 2xx; server RSS after reload 1: "
          "%ld KiB, after 20: %ld KiB, after 100: %ld KiB, peak %ld KiB\n", secs, total, rss_first,
          rss_20, rss_end, rss_peak);
  resp r = metrics_when(s.port, "hearth_serve_reloads_total{result=\"ok\"} 100\n");
  CHECK(strstr(r.body, "hearth_serve_pool_swaps_total{route=\"/r*\"} 100\n") != NULL);
  CHECK(strstr(r.body, "hearth_serve_route_rebuilds_total{route=\"/r*\"} 100\n") != NULL);
  /* the unchanged route: never rebuilt, never swapped, its first instance still serving */
  CHECK(strstr(r.body, "hearth_serve_pool_swaps_total{route=\"/k*\"} 0\n") != NULL);
  CHECK(strstr(r.body, "hearth_serve_route_rebuilds_total{route=\"/k*\"} 0\n") != NULL);
  CHECK(strstr(r.body, "hearth_serve_pool_instantiations_total{route=\"/k*\"} 1\n") != NULL);
  resp_free(&r);
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
  /* Without a sanitizer's quarantine, 80 more reloads (each a module, a template and a swap whose
   * old generation is freed) must not add more than 16 MiB. */
  CHECK(rss_end - rss_20 < 16 * 1024);
#endif
  server_stop(&s);
  unlink(cfg);
  unlink(mod);
}

typedef struct trap_load {
  int port, n, n500, ids;
  char first_id[32];
} trap_load;

/* Requests that all trap, on one keep-alive connection: each must be a 500 whose error id is in
 * the header and the body. */
static void *trap_thread(void *arg) {
  trap_load *l = arg;
  CURL *h = curl_easy_init();
  for (int i = 0; i < l->n; i++) {
    resp r = http_on(h, "POST", l->port, "/", "trap now", 8, NULL);
    char id[32];
    if (r.status == 500) l->n500++;
    if (header(&r, "X-Hearth-Error-Id", id, sizeof id) && strlen(id) == 8 && strstr(r.body, id)) {
      l->ids++;
      if (!l->first_id[0]) memcpy(l->first_id, id, 9); /* 8 hex digits and the NUL */
    }
    resp_free(&r);
  }
  curl_easy_cleanup(h);
  return NULL;
}

/* The short version of bench/serve_traps.sh: every request traps, from 4 connections: every
 * answer is a 500 with its error id, each trap is logged with its id and discards its instance,
 * the server stays up (a normal request still works) and its RSS does not follow the number of
 * trapped instances (figures printed). */
static void serve_trap_every_request(void) {
  http_init();
  server s = server_start("--invoke", "trap", "--no-access-log", BYTES);
  trap_load l[4];
  pthread_t t[4];
  long rss[2] = {0, 0};
  for (int round = 0; round < 2; round++) {
    for (int i = 0; i < 4; i++) {
      memset(&l[i], 0, sizeof l[i]);
      l[i].port = s.port;
      l[i].n = round == 0 ? 100 : 400;
      CHECK(pthread_create(&t[i], NULL, trap_thread, &l[i]) == 0);
    }
    for (int i = 0; i < 4; i++) {
      pthread_join(t[i], NULL);
      CHECK_EQ_INT(l[i].n500, l[i].n);
      CHECK_EQ_INT(l[i].ids, l[i].n);
    }
    rss[round] = rss_kib(s.pid);
  }
  fprintf(stderr, "RSS after 400 trapping requests: %ld KiB, after 2,000: %ld KiB\n", rss[0], rss[1]);
  resp r = http("POST", s.port, "/", "fine");
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "fine");
  resp_free(&r);
  r = metrics_when(s.port, "hearth_serve_pool_failures_total{route=\"/*\",kind=\"trap\"} 2000\n");
  CHECK(strstr(r.body, "hearth_serve_pool_discards_total{route=\"/*\"} 2000\n") != NULL);
  CHECK(strstr(r.body, "hearth_serve_requests_total{route=\"/*\",class=\"5xx\"} 2000\n") != NULL);
  resp_free(&r);
  char *log = server_log(&s), want[96];
  int lines = 0;
  for (const char *p = log; (p = strstr(p, ": route /*: POST /: wasm trap: unreachable")); p++) lines++;
  CHECK_EQ_INT(lines, 2000);
  snprintf(want, sizeof want, "error %s: route /*: POST /: wasm trap: unreachable", l[0].first_id);
  CHECK(strstr(log, want) != NULL);
  free(log);
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
  CHECK(rss[1] - rss[0] < 8 * 1024); /* 1,600 more discarded instances: not 1,600 more of anything */
#endif
  server_stop(&s);
}

/* Runs `hearth serve --config FILE` on text; checks the exit status and that stderr holds want
 * (with FILE substituted for %s). */
static void config_error(const char *text, int want_rc, const char *want) {
  char cfg[64], expect[512];
  config_file(cfg, text);
  const char *pct = strstr(want, "%s");
  if (pct) snprintf(expect, sizeof expect, "%.*s%s%s", (int)(pct - want), want, cfg, pct + 2);
  else snprintf(expect, sizeof expect, "%s", want);
  char *argv[] = {(char *)hearth_bin(), "serve", "--config", cfg, NULL};
  run_res r = run_argv(NULL, argv);
  if (r.rc != want_rc || !strstr(r.err, expect))
    fprintf(stderr, "config:\n%s\nwant %d \"%s\", got %d:\n%s", text, want_rc, expect, r.rc, r.err);
  CHECK_EQ_INT(r.rc, want_rc);
  CHECK(strstr(r.err, expect) != NULL);
  free(r.out);
  free(r.err);
  unlink(cfg);
}

static void serve_config_errors(void) {
  char m[512], text[1024];
  repo(BYTES, m, sizeof m);
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n    colour: red\n", 2,
               "%s:4:5: unknown key \"colour\" in route");
  config_error("server:\n  addr: 127.0.0.1:0\n  bogus: 1\nroutes: []\n", 2,
               "%s:3:3: unknown key \"bogus\" in server");
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n    timeout: soon\n", 2,
               "%s:4:14: bad value \"soon\" for \"timeout\"");
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n    pool:\n      policy: sometimes\n", 2,
               "%s:5:15: bad value \"sometimes\" for \"policy\" (reset or reuse)");
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n    pool:\n      size: 3\n", 2,
               "%s:5:7: unknown key \"size\" in pool");
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n    max_body: 1Q\n", 2,
               "%s:4:15: bad value \"1Q\" for \"max_body\"");
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n    pool:\n      max_instances: 0\n", 2,
               "%s:5:22: \"max_instances\" must be greater than zero");
  config_error("routes:\n  - prefix: /a\n    module: x.wasm\n  - prefix: /a\n    module: y.wasm\n",
               2, "%s:4:5: route \"/a\" is defined twice (first on line 2)");
  config_error("routes:\n  - prefix: /a\n", 2, "%s:2:5: route \"/a\" needs \"module\"");
  config_error("routes:\n  - prefix: a\n    module: x.wasm\n", 2, "%s:2:13: route path \"a\" must");
  config_error("routes:\n  - path: /metrics\n    module: x.wasm\n", 2,
               "%s:2:5: route path \"/metrics\" is served by hearth itself");
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n   bad indent: [\n", 2, "%s:4:");
  config_error("listen: 1\n", 2, "%s:1:1: unknown top-level key \"listen\"");
  config_error("", 2, "%s:1:1: empty config");
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n    env:\n      HTTP_X: 1\n", 2,
               "%s:2:5: route \"/\": env \"HTTP_X\" is set from each request");
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n    invoke: f\n    env: {A: 1}\n", 2,
               "\"env\" and \"dirs\" apply to WASI command routes only");
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n    dirs:\n      - {host: /tmp, mode: rw}\n",
               2, "%s:5:22: unknown key \"mode\" in a dirs entry");
  /* valid YAML, but the module cannot be loaded: exit 1, with the route's line */
  config_error("routes:\n  - prefix: /\n    module: /nonexistent/x.wasm\n", 1,
               "%s:2: route /: cannot read /nonexistent/x.wasm");
  snprintf(text, sizeof text, "routes:\n  - prefix: /\n    module: %s\n    invoke: nosuch\n", m);
  config_error(text, 1, "no exported function \"nosuch\"");
  /* the pool's memory budget reaches the pool: one instance does not fit in 1K */
  snprintf(text, sizeof text, "routes:\n  - prefix: /\n    module: %s\n    invoke: echo\n"
           "    pool:\n      max_pool_memory: 1K\n", m);
  config_error(text, 1, "exceeds the pool memory budget of 1024 bytes");
  snprintf(text, sizeof text, "routes:\n  - prefix: /\n    module: %s\n", m);
  config_error(text, 1, "not a WASI command (no _start)");
}

static void serve_usage(void) {
  char *a1[] = {(char *)hearth_bin(), "serve", NULL};
  run_res r = run_argv(NULL, a1);
  CHECK_EQ_INT(r.rc, 2);
  CHECK(strstr(r.err, "no module given") != NULL);
  free(r.out);
  free(r.err);
  char *a2[] = {(char *)hearth_bin(), "serve", "--bogus", "1", WAGI, NULL};
  r = run_argv(NULL, a2);
  CHECK_EQ_INT(r.rc, 2);
  CHECK(strstr(r.err, "unknown option --bogus") != NULL);
  free(r.out);
  free(r.err);
  /* an unknown option as the last argument is unknown, not "needs a value"; a known one needs it */
  char *a2b[] = {(char *)hearth_bin(), "serve", WAGI, "--bogus", NULL};
  r = run_argv(NULL, a2b);
  CHECK_EQ_INT(r.rc, 2);
  CHECK(strstr(r.err, "unknown option --bogus") != NULL);
  free(r.out);
  free(r.err);
  char *a2c[] = {(char *)hearth_bin(), "serve", WAGI, "--addr", NULL};
  r = run_argv(NULL, a2c);
  CHECK_EQ_INT(r.rc, 2);
  CHECK(strstr(r.err, "--addr needs a value") != NULL);
  free(r.out);
  free(r.err);
  char *a3[] = {(char *)hearth_bin(), "serve", "--timeout", "fast", WAGI, NULL};
  r = run_argv(NULL, a3);
  CHECK_EQ_INT(r.rc, 2);
  CHECK(strstr(r.err, "bad value \"fast\" for \"timeout\"") != NULL);
  free(r.out);
  free(r.err);
  char *a4[] = {(char *)hearth_bin(), "serve", "--help", NULL};
  r = run_argv(NULL, a4);
  CHECK_EQ_INT(r.rc, 0);
  CHECK(strstr(r.out, "usage: hearth serve") != NULL);
  free(r.out);
  free(r.err);
  char *a5[] = {(char *)hearth_bin(), "serve", "--addr", "nonsense", WAGI, NULL};
  r = run_argv(NULL, a5);
  CHECK_EQ_INT(r.rc, 2);
  CHECK(strstr(r.err, "bad address \"nonsense\"") != NULL);
  free(r.out);
  free(r.err);
  char *a6[] = {(char *)hearth_bin(), "serve", "--config", "/nonexistent.yaml", NULL};
  r = run_argv(NULL, a6);
  CHECK_EQ_INT(r.rc, 2);
  CHECK(strstr(r.err, "/nonexistent.yaml: cannot read") != NULL);
  free(r.out);
  free(r.err);
}

/* Runs `hearth serve ARGS` under `timeout -s KILL 10` (a server that starts instead of failing would
 * run forever): the exit status and stderr must be want_rc and hold want. */
static void serve_fails(const char *args, int want_rc, const char *want) {
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "exec timeout -s KILL 10 '%s' serve %s", hearth_bin(), args);
  char *argv[] = {"sh", "-c", cmd, NULL};
  run_res r = run_argv(NULL, argv);
  if (r.rc != want_rc || !strstr(r.err, want))
    fprintf(stderr, "serve %s: want %d \"%s\", got %d:\n%s", args, want_rc, want, r.rc, r.err);
  CHECK_EQ_INT(r.rc, want_rc);
  CHECK(strstr(r.err, want) != NULL);
  free(r.out);
  free(r.err);
}

/* A port above 65535 is a usage error, not the port modulo 65536. */
static void serve_port_out_of_range(void) {
  serve_fails("--addr 127.0.0.1:99999 " WAGI, 2, "bad address \"127.0.0.1:99999\"");
  serve_fails("--addr 127.0.0.1:65536 " WAGI, 2, "bad address \"127.0.0.1:65536\"");
  serve_fails("--addr '[::1]:70000' " WAGI, 2, "bad address");
}

/* A device as the module says what is wrong with it (it said "Is a directory"). */
static void serve_device_module(void) {
  serve_fails("--addr 127.0.0.1:0 /dev/zero", 1, "cannot read /dev/zero: not a regular file");
}

/* A route's preopened directory that does not exist fails the route when it is loaded (exit 1),
 * like `hearth run --dir`, rather than every request with a 500. */
static void serve_missing_dir_at_load(void) {
  serve_fails("--addr 127.0.0.1:0 --dir /nonexistent-hearth-dir " WAGI, 1,
              "cannot open directory /nonexistent-hearth-dir");
  char cfg[64], text[512], args[128];
  snprintf(text, sizeof text, "routes:\n  - prefix: /\n    module: %s/%s\n    dirs:\n"
           "      - {host: /nonexistent-hearth-dir, guest: /d}\n", getcwd(args, sizeof args), WAGI);
  config_file(cfg, text);
  snprintf(args, sizeof args, "--addr 127.0.0.1:0 --config %s", cfg);
  serve_fails(args, 1, "cannot open directory /nonexistent-hearth-dir");
  unlink(cfg);
}

/* Deeply nested YAML is refused at once (libyaml's scanner is quadratic in the nesting depth:
 * 100,000 levels took minutes). */
static void serve_deep_yaml(void) {
  size_t depth = 100000;
  char *text = malloc(2 * depth + 16);
  CHECK(text != NULL);
  strcpy(text, "routes: ");
  size_t n = strlen(text);
  memset(text + n, '[', depth);
  memset(text + n + depth, ']', depth);
  strcpy(text + n + 2 * depth, "\n");
  char cfg[64], args[128];
  config_file(cfg, text);
  free(text);
  snprintf(args, sizeof args, "--addr 127.0.0.1:0 --config %s", cfg);
  serve_fails(args, 2, "nested too deeply");
  unlink(cfg);
}

/* A pool that keeps more instances warm than the server takes connections is a config error: no
 * more requests than connections run at once, and min_instances: 3000000000 made the server
 * allocate 4.6 GB of instances before it failed. */
static void serve_min_instances_over_connections(void) {
  serve_fails("--addr 127.0.0.1:0 --connection-limit 16 --min-instances 40 --max-instances 40 " WAGI,
              2, "min_instances (40) is above connection_limit (16)");
  char cfg[64], text[512], args[128], m[400];
  snprintf(text, sizeof text, "routes:\n  - prefix: /\n    module: %s\n    pool:\n"
           "      min_instances: 3000000000\n      max_instances: 4000000000\n", repo(WAGI, m, sizeof m));
  config_file(cfg, text);
  snprintf(args, sizeof args, "--addr 127.0.0.1:0 --config %s", cfg);
  serve_fails(args, 2, "min_instances (3000000000) is above connection_limit (1024)");
  unlink(cfg);
}

/* The bundled markdown converter as a WAGI handler: the same HTML as its checked sample. */
static void serve_md2html(void) {
  http_init();
  server s = server_start("guests/serve/md2html.wasm");
  char *md = read_path("guests/md2html/samples/basics.md");
  char *html = read_path("guests/md2html/samples/basics.html");
  for (int i = 0; i < 3; i++) { /* every request from a pristine instance */
    resp r = http("POST", s.port, "/", md);
    char v[64];
    CHECK_EQ_INT(r.status, 200);
    CHECK_STR(header(&r, "Content-Type", v, sizeof v), "text/html; charset=utf-8");
    CHECK_STR(r.body, html);
    resp_free(&r);
  }
  free(md);
  free(html);
  server_stop(&s);
}

/* ---------------------------------------------------------------- wasi:http components */

#define HTTP_HELLO "guests/component/http/http-hello.wasm"
#define HTTP_ECHO "guests/component/http/http-echo.wasm"
#define HTTP_NET "guests/component/http/http-net.wasm"

/* A wasi:http/incoming-handler component is recognised by its export and answers with its own
 * status, headers and body. */
static void serve_wasihttp_hello(void) {
  http_init();
  server s = server_start(HTTP_HELLO);
  resp r = http("GET", s.port, "/anything?x=1", NULL);
  char v[128];
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "Hello, world!\n");
  CHECK_STR(header(&r, "Content-Type", v, sizeof v), "text/plain");
  resp_free(&r);
  char *log = server_log(&s);
  CHECK(strstr(log, "wasi:http handler wasi:http/incoming-handler@0.2.12#handle") != NULL);
  free(log);
  server_stop(&s);
}

/* Method, path with query, request headers and body reach the guest; its headers, status,
 * body and trailers reach the client; 1 MiB goes through and back. */
static void serve_wasihttp_echo(void) {
  http_init();
  server s = server_start("--max-body", "2M", HTTP_ECHO);
  const char *hdrs[] = {"X-Custom: some value", "x-trailer: tv", NULL};
  resp r = http_on(NULL, "PUT", s.port, "/a/b?c=d", "ping", 4, hdrs);
  char v[128];
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "ping");
  CHECK_STR(header(&r, "x-method", v, sizeof v), "PUT");
  CHECK_STR(header(&r, "x-path", v, sizeof v), "/a/b?c=d");
  CHECK_STR(header(&r, "x-echo-X-Custom", v, sizeof v), "some value");
  CHECK_STR(header(&r, "x-trailer-echo", v, sizeof v), "tv"); /* a trailer after the chunks */
  resp_free(&r);
  r = http("DELETE", s.port, "/status/204", NULL);
  CHECK_EQ_INT(r.status, 204);
  CHECK_EQ_INT(r.len, 0);
  resp_free(&r);
  size_t n = 1 << 20;
  char *big = malloc(n);
  for (size_t i = 0; i < n; i++) big[i] = (char)(i * 13 + (i >> 9));
  r = http_on(NULL, "POST", s.port, "/big", big, n, NULL);
  CHECK_EQ_INT(r.status, 200);
  CHECK_EQ_INT(r.len, n);
  CHECK(memcmp(r.body, big, n) == 0);
  resp_free(&r);
  free(big);
  server_stop(&s);
}

/* A trap is 500 with an error id in the log, a handler that never sets its response 500, an
 * error-code 500, a deadline 504, a body over the limit 413; the next request is served. */
static void serve_wasihttp_errors(void) {
  http_init();
  server s = server_start("--timeout", "300ms", "--max-body", "16", HTTP_ECHO);
  char id[32], id2[32];
  resp r = http("GET", s.port, "/trap", NULL);
  CHECK_EQ_INT(r.status, 500);
  CHECK(header(&r, "X-Hearth-Error-Id", id, sizeof id) != NULL);
  resp_free(&r);
  r = http("GET", s.port, "/noset", NULL);
  CHECK_EQ_INT(r.status, 500);
  CHECK(header(&r, "X-Hearth-Error-Id", id2, sizeof id2) != NULL);
  resp_free(&r);
  r = http("GET", s.port, "/error", NULL);
  CHECK_EQ_INT(r.status, 500);
  resp_free(&r);
  r = http("GET", s.port, "/unfinished", NULL);
  CHECK_EQ_INT(r.status, 500);
  resp_free(&r);
  r = http("GET", s.port, "/loop", NULL);
  CHECK_EQ_INT(r.status, 504);
  resp_free(&r);
  r = http("POST", s.port, "/", "0123456789abcdefX");
  CHECK_EQ_INT(r.status, 413);
  resp_free(&r);
  r = http("POST", s.port, "/fine", "0123456789abcdef");
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "0123456789abcdef");
  resp_free(&r);
  char *log = server_log(&s);
  char want[160];
  snprintf(want, sizeof want, "error %s: route /*: GET /trap: wasm trap: unreachable", id);
  CHECK(strstr(log, want) != NULL);
  snprintf(want, sizeof want, "error %s: route /*: GET /noset: the handler returned without "
           "setting the response-outparam", id2);
  CHECK(strstr(log, want) != NULL);
  CHECK(strstr(log, "deadline exceeded") != NULL);
  free(log);
  server_stop(&s);
}

/* 100 requests on one keep-alive connection through one pooled instance under reset: the same
 * instance serves all (the access log's instance id), each answer its own. */
static void serve_wasihttp_one_instance(void) {
  http_init();
  server s = server_start("--max-instances", "1", HTTP_ECHO);
  CURL *h = curl_easy_init();
  for (int i = 0; i < 100; i++) {
    char path[32], body[32];
    snprintf(path, sizeof path, "/n/%d", i);
    snprintf(body, sizeof body, "body %d", i);
    resp r = http_on(h, "POST", s.port, path, body, strlen(body), NULL);
    char v[64];
    CHECK_EQ_INT(r.status, 200);
    CHECK_STR(r.body, body);
    CHECK_STR(header(&r, "x-path", v, sizeof v), path);
    resp_free(&r);
  }
  curl_easy_cleanup(h);
  resp m = metrics_when(s.port, "hearth_serve_pool_resets_total{route=\"/*\"} 100");
  resp_free(&m);
  CHECK(kill(s.pid, SIGTERM) == 0);
  CHECK_EQ_INT(server_wait(&s), 0);
  char *acc = read_path(s.out_path);
  size_t k = 0;
  for (const char *p = acc; (p = strstr(p, "route=/* instance=1\n")) != NULL; p++) k++;
  CHECK_EQ_INT(k, 100);
  free(acc);
  unlink(s.out_path);
  unlink(s.err_path);
}

/* Outgoing HTTP from a wasi:http guest (http-echo's /proxy): to a granted host:port through
 * libcurl (another hearth serve here), HTTP-request-denied (error-code 15) for any other port or
 * host and without --allow-host, connection-refused (6) where nothing listens; allowed_hosts on a
 * WASI command route is a config error. */
static void serve_wasihttp_outgoing(void) {
  http_init();
  server a = server_start(HTTP_HELLO);
  char allow[64], auth[96], other[96];
  snprintf(allow, sizeof allow, "127.0.0.1:%d", a.port);
  server b = server_start("--allow-host", allow, HTTP_ECHO);
  snprintf(auth, sizeof auth, "x-proxy-authority: 127.0.0.1:%d", a.port);
  const char *h1[] = {auth, "x-proxy-path: /from-proxy", NULL};
  resp r = http_on(NULL, "GET", b.port, "/proxy", NULL, 0, h1);
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "Hello, world!\n");
  resp_free(&r);
  snprintf(other, sizeof other, "x-proxy-authority: 127.0.0.1:%d", b.port);
  const char *h2[] = {other, "x-proxy-path: /", NULL};
  r = http_on(NULL, "GET", b.port, "/proxy", NULL, 0, h2);
  CHECK_EQ_INT(r.status, 502);
  CHECK_STR(r.body, "error-code 15");
  resp_free(&r);
  const char *h3[] = {"x-proxy-authority: localhost.invalid", "x-proxy-path: /", NULL};
  r = http_on(NULL, "GET", b.port, "/proxy", NULL, 0, h3);
  CHECK_STR(r.body, "error-code 15");
  resp_free(&r);
  server_stop(&b);
  /* no grant: denied */
  b = server_start(HTTP_ECHO);
  r = http_on(NULL, "GET", b.port, "/proxy", NULL, 0, h1);
  CHECK_STR(r.body, "error-code 15");
  resp_free(&r);
  server_stop(&b);
  /* a granted host where nothing listens (the stopped server's port) */
  int dead = b.port;
  b = server_start("--allow-host", "127.0.0.1", HTTP_ECHO);
  char dauth[96];
  snprintf(dauth, sizeof dauth, "x-proxy-authority: 127.0.0.1:%d", dead);
  const char *h4[] = {dauth, "x-proxy-path: /", NULL};
  r = http_on(NULL, "GET", b.port, "/proxy", NULL, 0, h4);
  CHECK_STR(r.body, "error-code 06");
  resp_free(&r);
  server_stop(&b);
  server_stop(&a);
  /* allowed hosts belong to component routes */
  char mod[512], text[1024];
  repo(WAGI, mod, sizeof mod);
  snprintf(text, sizeof text, "routes:\n  - prefix: /\n    module: %s\n    allowed_hosts: [example.com]\n", mod);
  config_error(text, 1, "applies to wasi:http component routes only");
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n    allowed_hosts: [\"a/b\"]\n", 2,
               "%s:4:21: \"a/b\" is not HOST or HOST:PORT");
  /* hearth run takes the same syntax */
  const char *bad[] = {"a/b", "h:0", "h:65536", "user@h", ""};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char *argv[] = {(char *)hearth_bin(), "run", "--allow-host", (char *)bad[i], "x.wasm", NULL};
    run_res rr = run_argv(NULL, argv);
    CHECK_EQ_INT(rr.rc, 2);
    CHECK(strstr(rr.err, "bad --allow-host value") != NULL);
    free(rr.out);
    free(rr.err);
  }
}

/* wasi:sockets grants of component routes: --allow-net (no value) and allow_net: true load and
 * serve; allow_net on a WASI command route and a value other than true/false are config errors.
 * (That the grant reaches the guest's sockets is test_wasip2's: hearth_wasip2_set_network on the
 * base context, shared by hearth_pool_call_http.) */
static void serve_allow_net(void) {
  http_init();
  server s = server_start("--allow-net", HTTP_HELLO);
  resp r = http("GET", s.port, "/", NULL);
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, "Hello, world!\n");
  resp_free(&r);
  server_stop(&s);
  char cfg[64], hello[512], mod[512], text[1024];
  repo(HTTP_HELLO, hello, sizeof hello);
  snprintf(text, sizeof text, "routes:\n  - prefix: /\n    module: %s\n    allow_net: true\n", hello);
  config_file(cfg, text);
  s = server_start("--config", cfg);
  r = http("GET", s.port, "/", NULL);
  CHECK_STR(r.body, "Hello, world!\n");
  resp_free(&r);
  server_stop(&s);
  unlink(cfg);
  repo(WAGI, mod, sizeof mod);
  snprintf(text, sizeof text, "routes:\n  - prefix: /\n    module: %s\n    allow_net: true\n", mod);
  config_error(text, 1, "\"allow_net\" (--allow-net) applies to wasi:http component routes only");
  config_error("routes:\n  - prefix: /\n    module: x.wasm\n    allow_net: yes\n", 2,
               "bad value \"yes\" for \"allow_net\"");
}

/* Descriptors of process pid now (its /proc/PID/fd entries). */
static int fd_count(pid_t pid) {
  char path[64];
  snprintf(path, sizeof path, "/proc/%d/fd", (int)pid);
  DIR *d = opendir(path);
  CHECK(d != NULL);
  int n = 0;
  for (struct dirent *e; (e = readdir(d));)
    if (e->d_name[0] != '.') n++;
  closedir(d);
  return n;
}

/* A wasi:http handler that uses wasi:sockets (guests/component/http/http-net.wasm: a TCP socket
 * bound to 127.0.0.1 and listening, one line per step) end to end under serve: denied without a
 * grant, everything with --allow-net or allow_net: true, a socket but no listen with
 * --allow-host. The handler never drops its socket: each request's reset closes it, so the
 * server's descriptors stay flat over 200 requests. */
static void serve_wasihttp_sockets(void) {
  http_init();
  const char *denied = "tcp: err 01\n";
  const char *all = "tcp: ok\nbind: ok\nbind-finish: ok\nlisten: ok\nlisten-finish: ok\naddress: ok\n"
                    "port: ok\n";
  const char *hosts = "tcp: ok\nbind: ok\nbind-finish: ok\nlisten: err 01\n";
  server s = server_start(HTTP_NET);
  resp r = http("GET", s.port, "/", NULL);
  CHECK_EQ_INT(r.status, 200);
  CHECK_STR(r.body, denied);
  resp_free(&r);
  server_stop(&s);
  s = server_start("--allow-net", HTTP_NET);
  int before = 0;
  for (int i = 0; i < 205; i++) {
    r = http("GET", s.port, "/", NULL);
    CHECK_EQ_INT(r.status, 200);
    CHECK_STR(r.body, all);
    resp_free(&r);
    if (i == 4) before = fd_count(s.pid);
  }
  int after = fd_count(s.pid);
  fprintf(stderr, "server descriptors after 5 requests %d, after 205 %d\n", before, after);
  CHECK(after <= before + 2);
  server_stop(&s);
  char cfg[64], net[512], text[1024];
  repo(HTTP_NET, net, sizeof net);
  snprintf(text, sizeof text, "routes:\n  - prefix: /\n    module: %s\n    allow_net: true\n", net);
  config_file(cfg, text);
  s = server_start("--config", cfg);
  r = http("GET", s.port, "/", NULL);
  CHECK_STR(r.body, all);
  resp_free(&r);
  server_stop(&s);
  unlink(cfg);
  s = server_start("--allow-host", "127.0.0.1", HTTP_NET);
  r = http("GET", s.port, "/", NULL);
  CHECK_STR(r.body, hosts);
  resp_free(&r);
  server_stop(&s);
}

/* Reloads of a component route: unchanged, the route keeps its instances; its module file
 * changed to another component (and its allowed hosts), the route answers with the new one; a
 * wasi:http route turned into a bytes-ABI route works too. */
static void serve_wasihttp_reload(void) {
  http_init();
  char cfg[64], hello[512], echo[512], bytes[512], text[2048];
  repo(HTTP_HELLO, hello, sizeof hello);
  repo(HTTP_ECHO, echo, sizeof echo);
  repo(BYTES, bytes, sizeof bytes);
  snprintf(text, sizeof text, "routes:\n  - prefix: /h\n    module: %s\n", hello);
  config_file(cfg, text);
  server s = server_start("--config", cfg);
  resp r = http("GET", s.port, "/h", NULL);
  CHECK_STR(r.body, "Hello, world!\n");
  resp_free(&r);
  CHECK(kill(s.pid, SIGHUP) == 0); /* the same config: the route is kept */
  snprintf(text, sizeof text, "routes:\n  - prefix: /h\n    module: %s\n    allowed_hosts: [127.0.0.1]\n", echo);
  sleep_ms(200);
  write_path(cfg, text);
  CHECK(kill(s.pid, SIGHUP) == 0);
  bool switched = false;
  for (int i = 0; i < 500 && !switched; i++) {
    r = http("POST", s.port, "/h", "again");
    switched = strcmp(r.body, "again") == 0;
    CHECK(switched || strcmp(r.body, "Hello, world!\n") == 0); /* never a failure between */
    resp_free(&r);
    if (!switched) sleep_ms(10);
  }
  CHECK(switched);
  snprintf(text, sizeof text, "routes:\n  - prefix: /h\n    module: %s\n    invoke: upper\n", bytes);
  write_path(cfg, text);
  CHECK(kill(s.pid, SIGHUP) == 0);
  switched = false;
  for (int i = 0; i < 500 && !switched; i++) {
    r = http("POST", s.port, "/h", "again");
    switched = strcmp(r.body, "AGAIN") == 0;
    CHECK(switched || strcmp(r.body, "again") == 0);
    resp_free(&r);
    if (!switched) sleep_ms(10);
  }
  CHECK(switched);
  server_stop(&s);
  unlink(cfg);
}

T_MAIN(T_CASE(serve_quick_wagi), T_CASE(serve_allow_net), T_CASE(serve_wasihttp_sockets), T_CASE(serve_md2html), T_CASE(serve_wagi_env), T_CASE(serve_wagi_status),
       T_CASE(serve_routing), T_CASE(serve_bytes), T_CASE(serve_body_limit_413),
       T_CASE(serve_deadline_504), T_CASE(serve_queue_full_503), T_CASE(serve_trap_500),
       T_CASE(serve_fuel_memory_500), T_CASE(serve_malformed_400), T_CASE(serve_ambiguous_framing), T_CASE(serve_output_over_limit),
       T_CASE(serve_metrics_health),
       T_CASE(serve_access_log), T_CASE(serve_preopen), T_CASE(serve_keepalive),
       T_CASE(serve_sigterm_drain), T_CASE(serve_sighup_reload), T_CASE(serve_sighup_quick),
       T_CASE(serve_reload_under_load), T_CASE(serve_reload_100_swaps),
       T_CASE(serve_trap_every_request),
       T_CASE(serve_config_errors), T_CASE(serve_usage), T_CASE(serve_port_out_of_range),
       T_CASE(serve_device_module), T_CASE(serve_missing_dir_at_load), T_CASE(serve_deep_yaml), T_CASE(serve_min_instances_over_connections), T_CASE(serve_wasihttp_hello),
       T_CASE(serve_wasihttp_echo), T_CASE(serve_wasihttp_errors),
       T_CASE(serve_wasihttp_one_instance), T_CASE(serve_wasihttp_outgoing),
       T_CASE(serve_wasihttp_reload))
