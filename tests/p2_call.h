/* p2_call.h: calling WASI 0.2 host functions directly in tests (test_wasip2.c, test_wasihttp.c):
 * one context (g_w, g_p), value makers for hearth_cval arguments, CALL(iface, name, args...) that
 * must succeed, and readers of result<_, _> values. Include after t.h, wasi.h and wasip2.h. */
#ifndef HEARTH_TESTS_P2_CALL_H
#define HEARTH_TESTS_P2_CALL_H

#include <stdio.h>
#include <string.h>

static hearth_wasi *g_w;
static hearth_wasip2 *g_p;

/* A fresh context; capture: stdout and stderr go to memory (hearth_wasi_capture_output). */
static inline void p2_ctx_new(bool capture) {
  CHECK_EQ_INT(hearth_wasi_new(&g_w), HEARTH_OK);
  if (capture) CHECK_EQ_INT(hearth_wasi_capture_output(g_w, 1, 1 << 20), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasip2_new(g_w, &g_p), HEARTH_OK);
}
static inline void p2_ctx_delete(void) {
  hearth_wasip2_delete(g_p);
  hearth_wasi_delete(g_w);
}

static inline hearth_cval U(uint64_t x) { return (hearth_cval){.kind = HEARTH_CV_U64, .of.u = x}; }
static inline hearth_cval B(uint32_t rep) {
  return (hearth_cval){.kind = HEARTH_CV_BORROW, .of.rep = rep};
}
static inline hearth_cval OWN(uint32_t rep) {
  return (hearth_cval){.kind = HEARTH_CV_OWN, .of.rep = rep};
}
static inline hearth_cval S(const char *s) {
  return (hearth_cval){.kind = HEARTH_CV_STRING, .of.str = {(char *)s, strlen(s)}};
}
static inline hearth_cval F(uint32_t f) {
  return (hearth_cval){.kind = HEARTH_CV_FLAGS, .of.flags = f};
}
static inline hearth_cval E(uint32_t i) {
  return (hearth_cval){.kind = HEARTH_CV_ENUM, .of.cas.index = i};
}
static inline hearth_cval NONE(void) { return (hearth_cval){.kind = HEARTH_CV_OPTION}; }

/* iface#name(args...) must succeed; its result (owned) is returned. */
static inline hearth_cval call_n(const char *iface, const char *name, const hearth_cval *a,
                                 size_t n) {
  hearth_cval r = {0};
  hearth_status st = h_wasip2_call(g_p, iface, name, a, n, &r);
  if (st) fprintf(stderr, "%s#%s: %s\n", iface, name, hearth_errmsg());
  CHECK_EQ_INT(st, HEARTH_OK);
  return r;
}
#define CALL(iface, name, ...)                                                                  \
  call_n(iface, name, (const hearth_cval[]){__VA_ARGS__},                                      \
         sizeof((const hearth_cval[]){__VA_ARGS__}) / sizeof(hearth_cval))
#define CALL0(iface, name) call_n(iface, name, NULL, 0)

/* ok(payload) of a result: the payload (borrowed from r). */
static inline const hearth_cval *ok_of(const hearth_cval *r) {
  CHECK_EQ_INT(r->kind, HEARTH_CV_RESULT);
  if (r->of.cas.index != 0 && r->of.cas.payload && r->of.cas.payload->kind == HEARTH_CV_ENUM)
    fprintf(stderr, "err(error-code %u)\n", r->of.cas.payload->of.cas.index);
  CHECK_EQ_INT(r->of.cas.index, 0);
  return r->of.cas.payload;
}
/* err(enum or variant case) of a result: the case index. */
static inline uint32_t err_of(const hearth_cval *r) {
  CHECK_EQ_INT(r->kind, HEARTH_CV_RESULT);
  CHECK_EQ_INT(r->of.cas.index, 1);
  return r->of.cas.payload->of.cas.index;
}

#endif
