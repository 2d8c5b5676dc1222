/* http_client.h: outgoing HTTP for wasi:http (hearth_wasip2_set_http_client) through libcurl, for
 * the hearth CLI (`hearth run` and `hearth serve`, --allow-host): optional, built when libcurl is
 * found (H_HTTP_CLIENT). Not a public header. */
#ifndef H_HTTP_CLIENT_H
#define H_HTTP_CLIENT_H

#include <stdbool.h>
#include <stddef.h>

#include "hearth.h"

/* The hosts a guest may reach: "HOST" (any port) or "HOST:PORT" ("[V6]:PORT" for IPv6). */
typedef struct h_hc_allow {
  char **hosts; /* owned */
  size_t n;
} h_hc_allow;

/* Whether the client is built in (libcurl's headers found at build time; the library itself is
 * loaded with dlopen by the first allowed request: if it is missing then, that request fails with
 * internal-error and stderr says why). */
bool h_hc_available(void);
/* Whether s is HOST or HOST:PORT (port 1-65535; no scheme, path, user or spaces). */
bool h_hc_host_ok(const char *s);
/* Adds one HOST[:PORT]; false for an empty or malformed one (or out of memory). */
bool h_hc_allow_add(h_hc_allow *a, const char *host);
void h_hc_allow_free(h_hc_allow *a);
/* Whether authority (HOST[:PORT], the port defaulting to the scheme's) is allowed by a. */
bool h_hc_allowed(const h_hc_allow *a, const char *scheme, const char *authority);
/* Gives p a client that sends requests to the hosts in a (borrowed: it must outlive p) and denies
 * the others with HTTP-request-denied. Built without libcurl: UNSUPPORTED. */
hearth_status h_hc_install(hearth_wasip2 *p, const h_hc_allow *a);

#endif /* H_HTTP_CLIENT_H */
