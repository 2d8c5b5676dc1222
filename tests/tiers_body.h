/* tiers_body.h: runs generated modules (gen_module.h) in each execution tier and compares what they
 * did: every call's status, trap, results and remaining fuel (except after an out-of-bounds trap,
 * where hearth.h does not promise exact fuel), then the memory's contents and the globals. Shared by tests/test_tiers.c and the fuzz target tests/fuzz_tiers.c.
 *
 * The tier is a process-wide choice (HEARTH_TIER, read once), so each tier runs in a forked child
 * that has not touched hearth yet; the child writes one digest line per module to a temporary file
 * and the parent compares the lines. Uses include/hearth.h and POSIX only. */
#ifndef TIERS_BODY_H
#define TIERS_BODY_H

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gen_module.h"
#include "hearth.h"

#define TIERS_FUEL 4000u
#define TIERS_CALL_DEPTH 150u

/* Appends v to the digest, every NaN written the same (their bits may differ between tiers). */
static void tiers_val(char **p, char *end, const hearth_val *v) {
  switch (v->type) {
  case HEARTH_I32: *p += snprintf(*p, (size_t)(end - *p), " i%08" PRIx32, (uint32_t)v->of.i32); break;
  case HEARTH_I64: *p += snprintf(*p, (size_t)(end - *p), " I%016" PRIx64, (uint64_t)v->of.i64); break;
  case HEARTH_F32: {
    uint32_t b;
    memcpy(&b, &v->of.f32, 4);
    if (isnan(v->of.f32)) *p += snprintf(*p, (size_t)(end - *p), " fnan");
    else *p += snprintf(*p, (size_t)(end - *p), " f%08" PRIx32, b);
    break;
  }
  case HEARTH_F64: {
    uint64_t b;
    memcpy(&b, &v->of.f64, 8);
    if (isnan(v->of.f64)) *p += snprintf(*p, (size_t)(end - *p), " Fnan");
    else *p += snprintf(*p, (size_t)(end - *p), " F%016" PRIx64, b);
    break;
  }
  default: *p += snprintf(*p, (size_t)(end - *p), " ?"); break;
  }
  if (*p > end) *p = end;
}

/* An argument of type t for call k, parameter i: a fixed mix of ordinary and edge values. */
static hearth_val tiers_arg(hearth_valtype t, uint32_t k, uint32_t i) {
  static const int64_t ints[] = {0, 1, -1, 5, 1000, 0x7fffffff, INT32_MIN, -77, 65536, 12345678};
  static const double fls[] = {0.0, 1.5, -2.25, 1e10, -0.0, 3.0e9, 0.001, -7.5, 255.0, 65537.0};
  int64_t n = ints[(k * 3 + i * 7) % 10];
  double d = fls[(k * 5 + i * 3) % 10];
  hearth_val v = {.type = t};
  switch (t) {
  case HEARTH_I32: v.of.i32 = (int32_t)n; break;
  case HEARTH_I64: v.of.i64 = (int64_t)((uint64_t)n * 0x100000001ull); break;
  case HEARTH_F32: v.of.f32 = (float)d; break;
  default: v.of.f64 = d; break;
  }
  return v;
}

/* One module, every export fN called twice in order (fuel set before each call): the digest line
 * (without newline) into out. */
static void tiers_digest(const uint8_t *wasm, size_t len, char *out, size_t outlen) {
  char *p = out, *end = out + outlen - 1;
  *p = 0;
  hearth_config cfg = {.max_call_depth = TIERS_CALL_DEPTH};
  hearth_engine *e = NULL;
  hearth_module *m = NULL;
  hearth_store *s = NULL;
  hearth_instance *inst = NULL;
  if (hearth_engine_new(&cfg, &e) != HEARTH_OK) {
    snprintf(out, outlen, "no engine");
    return;
  }
  hearth_status st = hearth_module_new(e, wasm, len, &m);
  if (st != HEARTH_OK) {
    snprintf(out, outlen, "rejected: %s: %s", hearth_status_str(st), hearth_errmsg());
    hearth_engine_delete(e);
    return;
  }
  if (hearth_store_new(e, &s) != HEARTH_OK || (st = hearth_instance_new(s, NULL, m, &inst)) != HEARTH_OK) {
    snprintf(out, outlen, "not instantiated: %d", (int)st);
    goto done;
  }
  for (uint32_t round = 0; round < 2; round++)
    for (uint32_t f = 0; f < GM_MAX_FUNCS; f++) {
      char name[8] = {'f', (char)('0' + f), 0};
      hearth_extern x;
      if (hearth_instance_export(inst, name, &x) != HEARTH_OK) break;
      const hearth_valtype *pt, *rt;
      size_t np, nr;
      hearth_func_type(x.of.func, &pt, &np, &rt, &nr);
      hearth_val args[GM_MAX_PARAMS], res[1];
      for (size_t i = 0; i < np && i < GM_MAX_PARAMS; i++)
        args[i] = tiers_arg(pt[i], f + round * 13, (uint32_t)i);
      hearth_store_set_fuel(s, TIERS_FUEL);
      st = hearth_func_call(x.of.func, args, np, res, nr);
      p += snprintf(p, (size_t)(end - p), " %s:%d", name, (int)st);
      if (p > end) p = end;
      if (st == HEARTH_ERR_TRAP) {
        p += snprintf(p, (size_t)(end - p), "/t%d", (int)hearth_store_trap(s));
        if (p > end) p = end;
      } else if (st == HEARTH_OK) {
        for (size_t i = 0; i < nr; i++) tiers_val(&p, end, &res[i]);
      }
      /* Fuel after a guard-page trap is not exact (hearth.h, hearth_store_set_fuel) */
      if (st == HEARTH_ERR_TRAP && hearth_store_trap(s) == HEARTH_TRAP_OOB_MEMORY)
        p += snprintf(p, (size_t)(end - p), " fuel=(oob)");
      else
        p += snprintf(p, (size_t)(end - p), " fuel=%" PRIu64, hearth_store_fuel(s));
      if (p > end) p = end;
    }
  hearth_extern mx;
  if (hearth_instance_export(inst, "mem", &mx) == HEARTH_OK) {
    const uint8_t *d = hearth_memory_data(mx.of.memory);
    uint64_t n = hearth_memory_size(mx.of.memory), h = 1469598103934665603ull;
    for (uint64_t i = 0; i < n; i++) h = (h ^ d[i]) * 1099511628211ull;
    p += snprintf(p, (size_t)(end - p), " mem=%" PRIu64 "/%016" PRIx64, n, h);
    if (p > end) p = end;
  }
  for (uint32_t g = 0; g < GM_NGLOBALS; g++) {
    char name[8] = {'g', (char)('0' + g), 0};
    hearth_extern gx;
    hearth_val v;
    if (hearth_instance_export(inst, name, &gx) == HEARTH_OK && hearth_global_get(gx.of.global, &v) == HEARTH_OK)
      tiers_val(&p, end, &v);
  }
done:
  if (s) hearth_store_delete(s);
  hearth_module_delete(m);
  hearth_engine_delete(e);
}

/* Runs the modules in a child with HEARTH_TIER=tier; returns the child's output (one line per
 * module; caller frees) or NULL if it could not run or did not exit 0. */
static char *tiers_run(const char *tier, uint8_t *const *mods, const size_t *lens, size_t n) {
  FILE *tmp = tmpfile();
  if (!tmp) return NULL;
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) {
    fclose(tmp);
    return NULL;
  }
  if (pid == 0) {
    setenv("HEARTH_TIER", tier, 1);
    static char line[16384];
    for (size_t i = 0; i < n; i++) {
      tiers_digest(mods[i], lens[i], line, sizeof line);
      fprintf(tmp, "%zu%s\n", i, line);
    }
    fflush(tmp);
    _exit(0);
  }
  int wst = 0;
  pid_t w;
  /* Retried on EINTR: under libFuzzer, its -timeout alarm (SIGALRM each second) interrupts the
   * wait, which was reported as a failed child ("exited with 0") and a difference. */
  do w = waitpid(pid, &wst, 0);
  while (w < 0 && errno == EINTR);
  if (w != pid || !WIFEXITED(wst) || WEXITSTATUS(wst) != 0) {
    fprintf(stderr, "tiers: the %s child %s %d\n", tier,
            WIFSIGNALED(wst) ? "died of signal" : "exited with", WIFSIGNALED(wst) ? WTERMSIG(wst) : WEXITSTATUS(wst));
    fclose(tmp);
    return NULL;
  }
  long size = ftell(tmp);
  if (size < 0) size = 0;
  fseek(tmp, 0, SEEK_END);
  size = ftell(tmp);
  rewind(tmp);
  char *buf = malloc((size_t)size + 1);
  if (buf) buf[fread(buf, 1, (size_t)size, tmp)] = 0;
  fclose(tmp);
  return buf;
}

/* Line k of text (a view into it: up to the newline), or NULL. */
static const char *tiers_line(const char *text, size_t k, size_t *len) {
  for (size_t i = 0; i < k && text; i++) {
    text = strchr(text, '\n');
    if (text) text++;
  }
  if (!text || !*text) return NULL;
  const char *nl = strchr(text, '\n');
  *len = nl ? (size_t)(nl - text) : strlen(text);
  return text;
}

#endif
