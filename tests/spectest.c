/* spectest.c: runs the WebAssembly spec testsuite (wast2json JSON + module files) against hearth's public API.
 *
 * Usage: spectest [--per-file-status] [--verbose] [--filter SUBSTR] [--known FILE] [--jobs N]
 *                 [--timeout SECONDS] [--no-signal-handler] [--label NAME] [--exclude FILE]
 *                 [DIR | FILE.json | FILE.wast]
 *
 * DIR is a testsuite folder with core/ *.json (wast2json output), or a folder of .wast scripts
 * (and their sub-folders one level down, e.g. the 3.0 suite's legacy/ and custom/), which are read
 * directly with the engine's text-format lexer (wat.c). --exclude FILE names scripts not to run,
 * one `NAME reason` a line (NAME as reported, e.g. legacy/throw.wast); --label NAME prints the
 * totals as `spectest NAME: ...`. --wasm 2|3 picks hearth_config.wasm2_only (default: 3.0 for
 * files under a wasm-3.0 folder, 2.0 for the others).
 *
 * Counting: every assertion (assert_*) counts once as passed, failed or skipped (nothing is skipped
 * now: text-format modules go through hearth_module_new_wat). A `module`, `register` or `action` command counts only when it
 * fails (as one failure), so that a broken module with no assertion after it is still visible; the
 * assertions that depend on a failed module fail too. With everything passing, the total is the
 * number of assertions in the suite.
 *
 * Known failures: lines `FILE.json:LINE reason` (or `FILE.json:* reason` for a whole file), `#`
 * comments. They still count as failed in the totals, but the exit status is 0 iff every failure is
 * known and no known entry passes now (fixed entries must be removed, so the list only shrinks).
 *
 * Each file runs with a fresh engine, store and linker. With --jobs N >= 1 (default: $SPECTEST_JOBS,
 * else 1) each file runs in a forked child (crash isolation, per-file timeout, N files at a time);
 * --jobs 0 runs everything in this process (for debuggers). */
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hearth.h"
#include "internal.h" /* h_wat_: the text-format lexer and literals, for .wast scripts */

/* The store of the running script (GC reference patterns ask it what a reference is). */
static hearth_store *g_store;

/* ------------------------------------------------------------------ options, known failures */

typedef struct known_entry {
  char *file; /* basename, e.g. "address.json" */
  long line;  /* -1 = whole file */
  bool in_run; /* the file was run in this invocation */
} known_entry;

static struct {
  bool per_file_status;
  bool verbose;
  bool no_signal_handler; /* engines with hearth_config.no_signal_handler (explicit bounds checks) */
  int wasm;               /* --wasm 2|3: hearth_config.wasm2_only; 0 = by path (3 under wasm-3.0/) */
  const char *filter;
  const char *label;
  char **excluded; /* display names not to run */
  size_t nexcluded;
  int jobs;
  unsigned timeout;
  known_entry *known;
  size_t nknown;
} g_opt = {.jobs = 1, .timeout = 900};
/* SIGSEGV's disposition before any engine existed (a sanitizer's handler, or SIG_DFL). */
static struct sigaction g_segv_at_start;

/* Per file result, passed from a child to the parent as raw bytes. */
typedef struct file_result {
  long passed, failed, skipped;
  long known;  /* failures that are listed as known */
  long fixed;  /* known entries of this file that did not fail */
  long leaked; /* bytes still allocated by hearth after everything was freed */
} file_result;

static char *xstrdup(const char *s) {
  char *r = strdup(s);
  if (!r) {
    fprintf(stderr, "spectest: out of memory\n");
    exit(2);
  }
  return r;
}

static void *xrealloc(void *p, size_t n) {
  void *r = realloc(p, n ? n : 1);
  if (!r) {
    fprintf(stderr, "spectest: out of memory\n");
    exit(2);
  }
  return r;
}

static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

/* The name a file is reported under: its base name, with the sub-folder for the 3.0 suite's
 * legacy/ and custom/ scripts (legacy/throw.wast and throw.wast are different scripts). */
static const char *display_name(const char *path) {
  const char *b = base_name(path);
  if (b - path < 2) return b;
  const char *p = b - 2;
  while (p > path && p[-1] != '/') p--;
  size_t n = (size_t)(b - 1 - p);
  if ((n == 6 && !strncmp(p, "legacy", 6)) || (n == 6 && !strncmp(p, "custom", 6))) return p;
  return b;
}

/* Loads the known-failures file; a missing file is an error only when it was named explicitly. */
static int load_known(const char *path, bool explicit_path) {
  FILE *f = fopen(path, "r");
  if (!f) {
    if (explicit_path) {
      fprintf(stderr, "spectest: cannot open known-failures file %s: %s\n", path, strerror(errno));
      return -1;
    }
    return 0;
  }
  char buf[4096];
  int lineno = 0, rc = 0;
  while (fgets(buf, sizeof buf, f)) {
    lineno++;
    char *p = buf;
    while (*p == ' ' || *p == '\t') p++;
    if (*p == '#' || *p == '\n' || *p == '\r' || *p == 0) continue;
    char *colon = strchr(p, ':');
    char *end = colon;
    long line = -1;
    if (colon && colon[1] == '*') {
      end = colon + 2;
    } else if (colon) {
      errno = 0;
      line = strtol(colon + 1, &end, 10);
      if (end == colon + 1 || errno || line <= 0) colon = NULL;
    }
    if (!colon || (*end && *end != ' ' && *end != '\t' && *end != '\n' && *end != '\r')) {
      fprintf(stderr, "spectest: %s:%d: expected `FILE.json:LINE reason`\n", path, lineno);
      rc = -1;
      continue;
    }
    *colon = 0;
    g_opt.known = xrealloc(g_opt.known, (g_opt.nknown + 1) * sizeof *g_opt.known);
    g_opt.known[g_opt.nknown++] = (known_entry){.file = xstrdup(display_name(p)), .line = line};
  }
  fclose(f);
  return rc;
}

/* Loads an exclusion list: `NAME reason` lines, `#` comments. Every entry needs a reason. */
static int load_excluded(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "spectest: cannot open exclusion list %s: %s\n", path, strerror(errno));
    return -1;
  }
  char buf[4096];
  int rc = 0, lineno = 0;
  while (fgets(buf, sizeof buf, f)) {
    lineno++;
    char *p = buf;
    while (*p == ' ' || *p == '\t') p++;
    if (*p == '#' || *p == '\n' || *p == 0) continue;
    size_t n = strcspn(p, " \t\n");
    char *reason = p + n;
    while (*reason == ' ' || *reason == '\t') reason++;
    if (!*reason || *reason == '\n') {
      fprintf(stderr, "spectest: %s:%d: an excluded script needs a reason\n", path, lineno);
      rc = -1;
      continue;
    }
    p[n] = 0;
    g_opt.excluded = xrealloc(g_opt.excluded, (g_opt.nexcluded + 1) * sizeof *g_opt.excluded);
    g_opt.excluded[g_opt.nexcluded++] = xstrdup(p);
  }
  fclose(f);
  return rc;
}

static bool is_excluded(const char *name) {
  for (size_t i = 0; i < g_opt.nexcluded; i++)
    if (!strcmp(g_opt.excluded[i], name)) return true;
  return false;
}

static bool is_known(const char *file, long line) {
  for (size_t i = 0; i < g_opt.nknown; i++)
    if (strcmp(g_opt.known[i].file, file) == 0 &&
        (g_opt.known[i].line == -1 || g_opt.known[i].line == line))
      return true;
  return false;
}

/* ------------------------------------------------------------------ per-file context */

typedef struct named {
  char *name;            /* "$M1", owned */
  hearth_instance *inst; /* NULL when that module failed */
} named;

typedef struct ctx {
  const char *dir;  /* directory of the JSON file (module files are relative to it) */
  const char *file; /* basename of the JSON file */
  FILE *out;
  hearth_engine *engine;
  hearth_store *store;
  hearth_linker *linker;
  hearth_instance *current;
  long current_line;   /* line of the current module command */
  bool current_failed; /* the last `module` command failed */
  named *names;
  size_t nnames;
  long *fail_lines;
  size_t nfail;
  long printed; /* failure details printed so far */
  file_result res;
} ctx;

#define MAX_PRINTED_FAILURES 20

static void record_failure(ctx *c, long line, const char *kind, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void record_failure(ctx *c, long line, const char *kind, const char *fmt, ...) {
  bool known = is_known(c->file, line);
  c->res.failed++;
  if (known) c->res.known++;
  c->fail_lines = xrealloc(c->fail_lines, (c->nfail + 1) * sizeof *c->fail_lines);
  c->fail_lines[c->nfail++] = line;
  if (!g_opt.verbose && (known || c->printed >= MAX_PRINTED_FAILURES)) return;
  c->printed++;
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  fprintf(c->out, "  %s:%ld: %s: %s%s\n", c->file, line, kind, msg, known ? " (known)" : "");
  if (!g_opt.verbose && c->printed == MAX_PRINTED_FAILURES)
    fprintf(c->out, "  %s: further failures not shown (use --verbose)\n", c->file);
}

/* Host reference ids of the JSON map to these pointers and back; 0 is never used (null). */
static void *extern_of_id(uint64_t id) { return (void *)(uintptr_t)(id + 1); }

/* ------------------------------------------------------------------ the spectest module */

static hearth_status spectest_print(hearth_caller *caller, void *user, const hearth_val *args,
                                    hearth_val *results) {
  (void)caller, (void)user, (void)args, (void)results;
  return HEARTH_OK;
}

static hearth_status define_spectest(ctx *c) {
  static const hearth_valtype i32 = HEARTH_I32, i64 = HEARTH_I64, f32 = HEARTH_F32,
                              f64 = HEARTH_F64;
  static const hearth_valtype i32_f32[2] = {HEARTH_I32, HEARTH_F32};
  static const hearth_valtype f64_f64[2] = {HEARTH_F64, HEARTH_F64};
  static const struct {
    const char *name;
    const hearth_valtype *params;
    size_t n;
  } funcs[] = {
      {"print", NULL, 0},         {"print_i32", &i32, 1},         {"print_i64", &i64, 1},
      {"print_f32", &f32, 1},     {"print_f64", &f64, 1},         {"print_i32_f32", i32_f32, 2},
      {"print_f64_f64", f64_f64, 2},
  };
  hearth_status s;
  for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++) {
    hearth_func *f;
    if ((s = hearth_func_new(c->store, funcs[i].params, funcs[i].n, NULL, 0, spectest_print, NULL,
                             &f)) != HEARTH_OK)
      return s;
    hearth_extern e = {.kind = HEARTH_EXTERN_FUNC, .of.func = f};
    if ((s = hearth_linker_define_extern(c->linker, "spectest", funcs[i].name, e)) != HEARTH_OK)
      return s;
  }
  hearth_val gv[4];
  gv[0] = (hearth_val){.type = HEARTH_I32, .of.i32 = 666};
  gv[1] = (hearth_val){.type = HEARTH_I64, .of.i64 = 666};
  gv[2] = (hearth_val){.type = HEARTH_F32, .of.f32 = 666.6f};
  gv[3] = (hearth_val){.type = HEARTH_F64, .of.f64 = 666.6};
  static const char *gnames[4] = {"global_i32", "global_i64", "global_f32", "global_f64"};
  for (int i = 0; i < 4; i++) {
    hearth_global *g;
    if ((s = hearth_global_new(c->store, &gv[i], false, &g)) != HEARTH_OK) return s;
    hearth_extern e = {.kind = HEARTH_EXTERN_GLOBAL, .of.global = g};
    if ((s = hearth_linker_define_extern(c->linker, "spectest", gnames[i], e)) != HEARTH_OK)
      return s;
  }
  hearth_table *t;
  if ((s = hearth_table_new(c->store, HEARTH_FUNCREF, 10, 20, &t)) != HEARTH_OK) return s;
  hearth_extern te = {.kind = HEARTH_EXTERN_TABLE, .of.table = t};
  if ((s = hearth_linker_define_extern(c->linker, "spectest", "table", te)) != HEARTH_OK) return s;
  /* table64 (3.0): the public API makes 32-bit tables only, so it comes from a module's export
   * (not for 2.0 engines, which refuse the module) */
  static const char t64_wat[] = "(module (table (export \"t\") i64 10 20 funcref))";
  hearth_module *t64m;
  if (hearth_module_new_wat(c->engine, t64_wat, sizeof t64_wat - 1, &t64m) == HEARTH_OK) {
    hearth_instance *t64i;
    hearth_extern t64;
    s = hearth_instance_new(c->store, NULL, t64m, &t64i);
    hearth_module_delete(t64m);
    if (s != HEARTH_OK) return s;
    if ((s = hearth_instance_export(t64i, "t", &t64)) != HEARTH_OK) return s;
    if ((s = hearth_linker_define_extern(c->linker, "spectest", "table64", t64)) != HEARTH_OK)
      return s;
  }
  hearth_memory *m;
  if ((s = hearth_memory_new(c->store, 1, 2, &m)) != HEARTH_OK) return s;
  hearth_extern me = {.kind = HEARTH_EXTERN_MEMORY, .of.memory = m};
  return hearth_linker_define_extern(c->linker, "spectest", "memory", me);
}

/* ------------------------------------------------------------------ values */

static const char *jstr(json_t *obj, const char *key) {
  json_t *v = json_object_get(obj, key);
  return json_is_string(v) ? json_string_value(v) : NULL;
}

static bool parse_u64(const char *s, uint64_t *out) {
  if (!s || !*s) return false;
  char *end;
  errno = 0;
  if (*s == '-') {
    long long v = strtoll(s, &end, 10);
    if (errno || *end) return false;
    *out = (uint64_t)v;
    return true;
  }
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || *end) return false;
  *out = v;
  return true;
}

static bool parse_valtype(const char *s, hearth_valtype *t) {
  static const struct {
    const char *n;
    hearth_valtype t;
  } tab[] = {{"i32", HEARTH_I32},   {"i64", HEARTH_I64},         {"f32", HEARTH_F32},
             {"f64", HEARTH_F64},   {"v128", HEARTH_V128},       {"funcref", HEARTH_FUNCREF},
             {"externref", HEARTH_EXTERNREF}, {"exnref", HEARTH_EXNREF}};
  if (!s) return false;
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
    if (strcmp(s, tab[i].n) == 0) {
      *t = tab[i].t;
      return true;
    }
  return false;
}

/* Lane width in bytes of a v128 lane_type, 0 if unknown. */
static unsigned lane_bytes(const char *lt, bool *is_float) {
  *is_float = false;
  if (!lt) return 0;
  if (!strcmp(lt, "i8")) return 1;
  if (!strcmp(lt, "i16")) return 2;
  if (!strcmp(lt, "i32")) return 4;
  if (!strcmp(lt, "i64")) return 8;
  *is_float = true;
  if (!strcmp(lt, "f32")) return 4;
  if (!strcmp(lt, "f64")) return 8;
  return 0;
}

static void put_lane(uint8_t *v, unsigned idx, unsigned w, uint64_t bits) {
  for (unsigned b = 0; b < w; b++) v[idx * w + b] = (uint8_t)(bits >> (8 * b));
}

static uint64_t get_lane(const uint8_t *v, unsigned idx, unsigned w) {
  uint64_t bits = 0;
  for (unsigned b = 0; b < w; b++) bits |= (uint64_t)v[idx * w + b] << (8 * b);
  return bits;
}

/* JSON argument -> hearth_val. Returns false with *why set when it cannot be represented. */
static bool json_to_val(json_t *j, hearth_val *out, const char **why) {
  hearth_valtype t;
  if (!parse_valtype(jstr(j, "type"), &t)) {
    *why = "unknown argument type";
    return false;
  }
  memset(out, 0, sizeof *out);
  out->type = t;
  json_t *jv = json_object_get(j, "value");
  uint64_t u = 0;
  switch (t) {
  case HEARTH_I32:
  case HEARTH_I64:
  case HEARTH_F32:
  case HEARTH_F64:
    if (!parse_u64(json_string_value(jv), &u)) {
      *why = "bad scalar argument";
      return false;
    }
    if (t == HEARTH_I32) out->of.i32 = (int32_t)(uint32_t)u;
    else if (t == HEARTH_I64) out->of.i64 = (int64_t)u;
    else if (t == HEARTH_F32) {
      uint32_t b = (uint32_t)u;
      memcpy(&out->of.f32, &b, 4);
    } else
      memcpy(&out->of.f64, &u, 8);
    return true;
  case HEARTH_V128: {
    bool fl;
    unsigned w = lane_bytes(jstr(j, "lane_type"), &fl);
    if (!w || !json_is_array(jv) || json_array_size(jv) != 16 / w) {
      *why = "bad v128 argument";
      return false;
    }
    for (unsigned i = 0; i < 16 / w; i++) {
      if (!parse_u64(json_string_value(json_array_get(jv, i)), &u)) {
        *why = "bad v128 lane";
        return false;
      }
      put_lane(out->of.v128, i, w, u);
    }
    return true;
  }
  case HEARTH_FUNCREF:
    if (json_is_string(jv) && strcmp(json_string_value(jv), "null") == 0) {
      out->of.funcref = NULL;
      return true;
    }
    *why = "non-null funcref argument";
    return false;
  case HEARTH_EXTERNREF:
    if (json_is_string(jv) && strcmp(json_string_value(jv), "null") == 0) {
      out->of.externref = NULL;
      return true;
    }
    if (!parse_u64(json_string_value(jv), &u)) {
      *why = "bad externref argument";
      return false;
    }
    out->of.externref = extern_of_id(u);
    return true;
  case HEARTH_EXNREF:
    if (json_is_string(jv) && strcmp(json_string_value(jv), "null") == 0) return true;
    *why = "non-null exnref argument";
    return false;
  case HEARTH_ANYREF: /* the 2.0 JSON suite has none */
    *why = "anyref argument";
    return false;
  }
  *why = "unknown argument type";
  return false;
}

static void fmt_val(const hearth_val *v, char *buf, size_t n) {
  uint32_t b32;
  uint64_t b64;
  switch (v->type) {
  case HEARTH_I32:
    snprintf(buf, n, "i32:%" PRIu32 " (0x%08" PRIx32 ")", (uint32_t)v->of.i32, (uint32_t)v->of.i32);
    return;
  case HEARTH_I64:
    snprintf(buf, n, "i64:%" PRIu64 " (0x%016" PRIx64 ")", (uint64_t)v->of.i64, (uint64_t)v->of.i64);
    return;
  case HEARTH_F32:
    memcpy(&b32, &v->of.f32, 4);
    snprintf(buf, n, "f32:%" PRIu32 " (0x%08" PRIx32 " %g)", b32, b32, (double)v->of.f32);
    return;
  case HEARTH_F64:
    memcpy(&b64, &v->of.f64, 8);
    snprintf(buf, n, "f64:%" PRIu64 " (0x%016" PRIx64 " %g)", b64, b64, v->of.f64);
    return;
  case HEARTH_V128: {
    size_t k = (size_t)snprintf(buf, n, "v128:");
    for (int i = 0; i < 16 && k < n; i++)
      k += (size_t)snprintf(buf + k, n - k, "%02x%s", v->of.v128[i], i % 4 == 3 && i < 15 ? "_" : "");
    return;
  }
  case HEARTH_FUNCREF:
    snprintf(buf, n, "funcref:%s", v->of.funcref ? "non-null" : "null");
    return;
  case HEARTH_EXTERNREF:
    if (!v->of.externref) snprintf(buf, n, "externref:null");
    else snprintf(buf, n, "externref:%" PRIuPTR, (uintptr_t)v->of.externref - 1);
    return;
  case HEARTH_EXNREF:
    snprintf(buf, n, "exnref:%s", v->of.exnref ? "non-null" : "null");
    return;
  case HEARTH_ANYREF: {
    static const char *const kinds[] = {"null", "i31", "struct", "array", "host"};
    snprintf(buf, n, "anyref:%s", kinds[hearth_anyref_kind_of(g_store, v->of.anyref, NULL, NULL)]);
    return;
  }
  }
  snprintf(buf, n, "type 0x%x?", (unsigned)v->type);
}

static bool nan_matches(const char *pat, uint64_t bits, unsigned w) {
  uint64_t sign = w == 4 ? 0x80000000u : 0x8000000000000000ull;
  uint64_t canon = w == 4 ? 0x7fc00000u : 0x7ff8000000000000ull;
  bits &= ~sign;
  if (!strcmp(pat, "nan:canonical")) return bits == canon;
  if (!strcmp(pat, "nan:arithmetic")) return (bits & canon) == canon;
  return false;
}

/* Float lane or scalar: pattern is a decimal bit pattern or nan:*. */
static bool float_matches(const char *s, uint64_t bits, unsigned w, bool *bad) {
  if (s && !strncmp(s, "nan:", 4)) return nan_matches(s, bits, w);
  uint64_t u;
  if (!parse_u64(s, &u)) {
    *bad = true;
    return false;
  }
  if (w == 4) u &= 0xffffffffu;
  return u == bits;
}

/* Does got match the expected JSON value? */
static bool val_matches(json_t *exp, const hearth_val *got, bool *bad) {
  hearth_valtype t;
  if (!parse_valtype(jstr(exp, "type"), &t)) {
    *bad = true;
    return false;
  }
  if (got->type != t) return false;
  json_t *jv = json_object_get(exp, "value");
  const char *s = json_string_value(jv);
  uint64_t u;
  uint32_t b32;
  uint64_t b64;
  switch (t) {
  case HEARTH_I32:
    if (!parse_u64(s, &u)) return *bad = true, false;
    return (uint32_t)u == (uint32_t)got->of.i32;
  case HEARTH_I64:
    if (!parse_u64(s, &u)) return *bad = true, false;
    return u == (uint64_t)got->of.i64;
  case HEARTH_F32:
    memcpy(&b32, &got->of.f32, 4);
    return float_matches(s, b32, 4, bad);
  case HEARTH_F64:
    memcpy(&b64, &got->of.f64, 8);
    return float_matches(s, b64, 8, bad);
  case HEARTH_V128: {
    bool fl;
    unsigned w = lane_bytes(jstr(exp, "lane_type"), &fl);
    if (!w || !json_is_array(jv) || json_array_size(jv) != 16 / w) return *bad = true, false;
    bool ok = true;
    for (unsigned i = 0; i < 16 / w; i++) {
      const char *ls = json_string_value(json_array_get(jv, i));
      uint64_t lane = get_lane(got->of.v128, i, w);
      if (fl) {
        if (!float_matches(ls, lane, w, bad)) ok = false;
      } else {
        if (!parse_u64(ls, &u)) return *bad = true, false;
        if (w < 8) u &= (1ull << (8 * w)) - 1;
        if (u != lane) ok = false;
      }
    }
    return ok;
  }
  case HEARTH_FUNCREF:
    if (s && !strcmp(s, "null")) return got->of.funcref == NULL;
    return got->of.funcref != NULL;
  case HEARTH_EXTERNREF:
    if (s && !strcmp(s, "null")) return got->of.externref == NULL;
    if (!parse_u64(s, &u)) return *bad = true, false;
    return got->of.externref == extern_of_id(u);
  case HEARTH_EXNREF:
    if (s && !strcmp(s, "null")) return got->of.exnref == NULL;
    return got->of.exnref != NULL;
  case HEARTH_ANYREF:
    return *bad = true, false;
  }
  return *bad = true, false;
}

/* ------------------------------------------------------------------ modules and actions */

static void set_name(ctx *c, const char *name, hearth_instance *inst) {
  for (size_t i = 0; i < c->nnames; i++)
    if (!strcmp(c->names[i].name, name)) {
      c->names[i].inst = inst;
      return;
    }
  c->names = xrealloc(c->names, (c->nnames + 1) * sizeof *c->names);
  c->names[c->nnames++] = (named){.name = xstrdup(name), .inst = inst};
}

/* The instance an action or register refers to; NULL with *why set if there is none. */
static hearth_instance *lookup_instance(ctx *c, const char *name, char *why, size_t n) {
  if (!name) {
    if (!c->current)
      snprintf(why, n, c->current_failed ? "module at line %ld failed" : "no current module",
               c->current_line);
    return c->current;
  }
  for (size_t i = 0; i < c->nnames; i++)
    if (!strcmp(c->names[i].name, name)) {
      if (!c->names[i].inst) snprintf(why, n, "module %s failed", name);
      return c->names[i].inst;
    }
  snprintf(why, n, "no module named %s", name);
  return NULL;
}

static uint8_t *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  uint8_t *buf = NULL;
  size_t cap = 0, n = 0;
  for (;;) {
    if (n == cap) {
      cap = cap ? cap * 2 : 65536;
      buf = xrealloc(buf, cap);
    }
    size_t r = fread(buf + n, 1, cap - n, f);
    n += r;
    if (r == 0) break;
  }
  bool err = ferror(f);
  fclose(f);
  if (err) {
    free(buf);
    return NULL;
  }
  *len = n;
  return buf;
}

typedef enum stage { ST_READ, ST_COMPILE, ST_INSTANTIATE, ST_DONE } stage;

/* With SPECTEST_DUMP_DIR set, every valid module a script compiles is also written there in the
 * binary format, named by a hash of its bytes (tools/fuzz.sh seeds the fuzz corpus with the 3.0
 * suite's modules this way: GC, exceptions, memory64 ... in their binary forms). */
static void dump_module(const uint8_t *bytes, size_t len, bool text) {
  const char *dir = getenv("SPECTEST_DUMP_DIR");
  if (!dir || !*dir) return;
  uint8_t *bin = NULL;
  size_t n = len;
  if (text) {
    if (h_wat_to_wasm((const char *)bytes, len, &bin, &n) != HEARTH_OK) return;
    bytes = bin;
  }
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ bytes[i]) * 1099511628211ull;
  char path[4200];
  snprintf(path, sizeof path, "%s/m-%016llx.wasm", dir, (unsigned long long)h);
  FILE *f = fopen(path, "wb");
  if (f) {
    fwrite(bytes, 1, n, f);
    fclose(f);
  }
  h_free(bin);
}

/* Compiles (text or binary) and, if instantiate, instantiates a module. Returns the status of the
 * failing stage in *st_out (ST_DONE on success). With mod_out, the compiled module is handed to
 * the caller (and not instantiated); otherwise its reference is released here (the instance keeps
 * it). */
static hearth_status load_bytes(ctx *c, const uint8_t *bytes, size_t len, bool text,
                                bool instantiate, hearth_module **mod_out, stage *st_out,
                                hearth_instance **inst_out, char *msg, size_t msgn) {
  *inst_out = NULL;
  msg[0] = 0;
  hearth_module *m = NULL;
  hearth_status s = text ? hearth_module_new_wat(c->engine, (const char *)bytes, len, &m)
                         : hearth_module_new(c->engine, bytes, len, &m);
  if (s != HEARTH_OK) {
    *st_out = ST_COMPILE;
    snprintf(msg, msgn, "%s", hearth_errmsg());
    return s;
  }
  if (!m) {
    *st_out = ST_COMPILE;
    snprintf(msg, msgn, "hearth_module_new returned OK without a module");
    return HEARTH_ERR_ARGUMENT;
  }
  dump_module(bytes, len, text);
  if (mod_out) {
    *mod_out = m;
    *st_out = ST_DONE;
    return HEARTH_OK;
  }
  if (!instantiate) {
    hearth_module_delete(m);
    *st_out = ST_DONE;
    return HEARTH_OK;
  }
  hearth_instance *inst = NULL;
  s = hearth_instance_new(c->store, c->linker, m, &inst);
  if (s != HEARTH_OK) snprintf(msg, msgn, "%s", hearth_errmsg());
  hearth_module_delete(m);
  if (s == HEARTH_OK && !inst) {
    snprintf(msg, msgn, "hearth_instance_new returned OK without an instance");
    s = HEARTH_ERR_ARGUMENT;
  }
  *st_out = s == HEARTH_OK ? ST_DONE : ST_INSTANTIATE;
  *inst_out = s == HEARTH_OK ? inst : NULL;
  return s;
}

/* load_bytes on a module file of the JSON suite. */
static hearth_status load_module(ctx *c, const char *filename, bool text, bool instantiate,
                                 stage *st_out, hearth_instance **inst_out, char *msg, size_t msgn) {
  char path[4096];
  *inst_out = NULL;
  msg[0] = 0;
  if (!filename) {
    *st_out = ST_READ;
    snprintf(msg, msgn, "command has no filename");
    return HEARTH_ERR_IO;
  }
  snprintf(path, sizeof path, "%s/%s", c->dir, filename);
  size_t len = 0;
  uint8_t *bytes = read_file(path, &len);
  if (!bytes) {
    *st_out = ST_READ;
    snprintf(msg, msgn, "cannot read %.400s: %s", path, strerror(errno));
    return HEARTH_ERR_IO;
  }
  hearth_status s = load_bytes(c, bytes, len, text, instantiate, NULL, st_out, inst_out, msg, msgn);
  free(bytes);
  return s;
}

#define MAX_RESULTS 64

/* Performs an action on the instance named inst_name (NULL: the current one): `get` of a global
 * or `invoke` of a function with args. On HEARTH_OK, results[0..*nres) hold the results. On
 * failure, why says what went wrong outside of hearth (missing module, bad arguments) or hearth's
 * error detail. Shared by the JSON and the .wast readers. */
static hearth_status perform_action(ctx *c, const char *inst_name, bool is_get, const char *field,
                                    size_t field_len, const hearth_val *args, size_t na,
                                    hearth_val *results, size_t *nres, bool *runner_error,
                                    char *why, size_t n) {
  *nres = 0;
  *runner_error = false;
  why[0] = 0;
  hearth_instance *inst = lookup_instance(c, inst_name, why, n);
  if (!inst) return *runner_error = true, HEARTH_ERR_NOT_FOUND;
  hearth_extern ext;
  hearth_status s = hearth_instance_export_n(inst, field, field_len, &ext);
  if (s != HEARTH_OK) {
    snprintf(why, n, "export \"%s\": %s %s", field, hearth_status_str(s), hearth_errmsg());
    return *runner_error = true, s;
  }
  if (is_get) {
    if (ext.kind != HEARTH_EXTERN_GLOBAL || !ext.of.global) {
      snprintf(why, n, "export \"%s\" is not a global", field);
      return *runner_error = true, HEARTH_ERR_ARGUMENT;
    }
    s = hearth_global_get(ext.of.global, &results[0]);
    if (s != HEARTH_OK) {
      snprintf(why, n, "hearth_global_get: %s %s", hearth_status_str(s), hearth_errmsg());
      return s;
    }
    *nres = 1;
    return HEARTH_OK;
  }
  if (ext.kind != HEARTH_EXTERN_FUNC || !ext.of.func) {
    snprintf(why, n, "export \"%s\" is not a function", field);
    return *runner_error = true, HEARTH_ERR_ARGUMENT;
  }
  const hearth_valtype *pt = NULL, *rt = NULL;
  size_t np = 0, nr = 0;
  hearth_func_type(ext.of.func, &pt, &np, &rt, &nr);
  if (na != np || nr > MAX_RESULTS) {
    snprintf(why, n, "\"%s\" takes %zu params and %zu results, the script passes %zu args", field,
             np, nr, na);
    return *runner_error = true, HEARTH_ERR_ARGUMENT;
  }
  memset(results, 0, nr * sizeof *results);
  s = hearth_func_call(ext.of.func, args, na, results, nr);
  if (s != HEARTH_OK) {
    if (s == HEARTH_ERR_TRAP)
      snprintf(why, n, "trap: %s", hearth_trap_message(hearth_store_trap(c->store)));
    else
      snprintf(why, n, "%s: %s", hearth_status_str(s), hearth_errmsg());
    return s;
  }
  *nres = nr;
  return HEARTH_OK;
}

/* The JSON form of an action. */
static hearth_status do_action(ctx *c, json_t *action, hearth_val *results, size_t *nres,
                               bool *runner_error, char *why, size_t n) {
  *nres = 0;
  *runner_error = false;
  why[0] = 0;
  const char *type = jstr(action, "type");
  const char *field = jstr(action, "field");
  if (!type || !field || (strcmp(type, "get") && strcmp(type, "invoke"))) {
    snprintf(why, n, "malformed action");
    return *runner_error = true, HEARTH_ERR_ARGUMENT;
  }
  /* Export names may hold NUL bytes ("\u0000" in the JSON): pass the real length. */
  size_t field_len = json_string_length(json_object_get(action, "field"));
  json_t *jargs = json_object_get(action, "args");
  size_t na = json_is_array(jargs) ? json_array_size(jargs) : 0;
  hearth_val *args = calloc(na ? na : 1, sizeof *args);
  if (!args) {
    snprintf(why, n, "out of memory");
    return *runner_error = true, HEARTH_ERR_NOMEM;
  }
  for (size_t i = 0; i < na; i++) {
    const char *w = NULL;
    if (!json_to_val(json_array_get(jargs, i), &args[i], &w)) {
      snprintf(why, n, "argument %zu: %s", i, w);
      free(args);
      return *runner_error = true, HEARTH_ERR_ARGUMENT;
    }
  }
  hearth_status s = perform_action(c, jstr(action, "module"), !strcmp(type, "get"), field,
                                   field_len, args, na, results, nres, runner_error, why, n);
  free(args);
  return s;
}

/* Text comparison is optional: report (verbose only) when neither message contains the other
 * (hearth's details carry a location prefix, and the spec's texts are sometimes abbreviated). */
static void check_text(ctx *c, long line, const char *expected, const char *got) {
  if (!g_opt.verbose || !expected || !got) return;
  if (strstr(got, expected) || (got[0] && strstr(expected, got))) return;
  fprintf(c->out, "  %s:%ld: note: message \"%s\", expected \"%s\"\n", c->file, line, got,
          expected);
}

/* The outcome of an action under assert_trap / assert_exhaustion. */
static void check_trap(ctx *c, long line, const char *type, const char *field, hearth_status s,
                       bool rerr, const hearth_val *results, size_t nres, const char *why,
                       const char *text) {
  if (s != HEARTH_ERR_TRAP || rerr) {
    if (s == HEARTH_OK) {
      char got[200] = "";
      if (nres) fmt_val(&results[0], got, sizeof got);
      record_failure(c, line, type, "%s: returned %s, expected trap \"%s\"", field,
                     nres ? got : "normally", text ? text : "");
    } else {
      record_failure(c, line, type, "%s: %s, expected trap \"%s\"", field, why, text ? text : "");
    }
    return;
  }
  hearth_trap trap = hearth_store_trap(c->store);
  if (!strcmp(type, "assert_exhaustion") && trap != HEARTH_TRAP_STACK_EXHAUSTED) {
    record_failure(c, line, type, "%s: trapped with \"%s\", expected call stack exhaustion", field,
                   hearth_trap_message(trap));
    return;
  }
  /* An uncaught exception is what assert_exception expects, and never what assert_trap does. */
  if ((trap == HEARTH_TRAP_EXCEPTION) != !strcmp(type, "assert_exception")) {
    record_failure(c, line, type, "%s: trapped with \"%s\", expected %s", field,
                   hearth_trap_message(trap),
                   trap == HEARTH_TRAP_EXCEPTION ? "a trap" : "an uncaught exception");
    return;
  }
  check_text(c, line, text, hearth_trap_message(trap));
  c->res.passed++;
}

static void cmd_module(ctx *c, json_t *cmd, long line) {
  stage st;
  hearth_instance *inst = NULL;
  char msg[600];
  hearth_status s = load_module(c, jstr(cmd, "filename"), false, true, &st, &inst, msg, sizeof msg);
  const char *name = jstr(cmd, "name");
  c->current = inst;
  c->current_line = line;
  c->current_failed = s != HEARTH_OK;
  if (name) set_name(c, name, inst);
  if (s != HEARTH_OK) {
    static const char *stages[] = {"read", "compile", "instantiate", "done"};
    record_failure(c, line, "module", "%s failed: %s%s%s%s", stages[st], hearth_status_str(s),
                   s == HEARTH_ERR_TRAP ? " (" : "",
                   s == HEARTH_ERR_TRAP ? hearth_trap_message(hearth_store_trap(c->store)) : "",
                   s == HEARTH_ERR_TRAP ? ")" : "");
    if (msg[0] && (g_opt.verbose || c->printed <= MAX_PRINTED_FAILURES))
      fprintf(c->out, "    detail: %s\n", msg);
  }
}

static void cmd_register(ctx *c, json_t *cmd, long line) {
  char why[300];
  const char *as = jstr(cmd, "as");
  hearth_instance *inst = lookup_instance(c, jstr(cmd, "name"), why, sizeof why);
  if (!inst || !as) {
    record_failure(c, line, "register", "%s", as ? why : "no `as`");
    return;
  }
  hearth_status s = hearth_linker_define_instance(c->linker, as, inst);
  if (s != HEARTH_OK)
    record_failure(c, line, "register", "hearth_linker_define_instance: %s %s",
                   hearth_status_str(s), hearth_errmsg());
}

static void cmd_action(ctx *c, json_t *cmd, long line, const char *type) {
  hearth_val results[MAX_RESULTS];
  size_t nres = 0;
  bool rerr;
  char why[700];
  json_t *action = json_object_get(cmd, "action");
  if (!json_is_object(action)) {
    record_failure(c, line, type, "no action");
    return;
  }
  hearth_status s = do_action(c, action, results, &nres, &rerr, why, sizeof why);
  const char *field = jstr(action, "field");
  if (!field) field = "?";

  if (!strcmp(type, "action")) {
    if (s != HEARTH_OK) record_failure(c, line, type, "%s: %s", field, why);
    return;
  }
  if (!strcmp(type, "assert_return")) {
    if (s != HEARTH_OK) {
      record_failure(c, line, type, "%s: %s", field, why);
      return;
    }
    json_t *exp = json_object_get(cmd, "expected");
    size_t ne = json_is_array(exp) ? json_array_size(exp) : 0;
    if (ne != nres) {
      record_failure(c, line, type, "%s: %zu results, expected %zu", field, nres, ne);
      return;
    }
    for (size_t i = 0; i < ne; i++) {
      bool bad = false;
      json_t *e = json_array_get(exp, i);
      if (!val_matches(e, &results[i], &bad)) {
        char got[200];
        fmt_val(&results[i], got, sizeof got);
        char *es = json_dumps(e, JSON_COMPACT);
        record_failure(c, line, type, "%s: result %zu: got %s, expected %s%s", field, i, got,
                       es ? es : "?", bad ? " (unparsable expectation)" : "");
        free(es);
        return;
      }
    }
    c->res.passed++;
    return;
  }
  /* assert_trap / assert_exhaustion */
  check_trap(c, line, type, field, s, rerr, results, nres, why, jstr(cmd, "text"));
}

/* assert_invalid / assert_malformed / assert_unlinkable / assert_uninstantiable and assert_trap on
 * a module: the module must fail at the right stage with the right status. */
static void cmd_module_assert(ctx *c, json_t *cmd, long line, const char *type) {
  hearth_status want;
  bool instantiate = true;
  if (!strcmp(type, "assert_invalid")) want = HEARTH_ERR_INVALID, instantiate = false;
  else if (!strcmp(type, "assert_malformed")) want = HEARTH_ERR_MALFORMED, instantiate = false;
  else if (!strcmp(type, "assert_unlinkable")) want = HEARTH_ERR_UNLINKABLE;
  else want = HEARTH_ERR_TRAP; /* assert_uninstantiable, assert_trap on a module */
  /* Text modules (`module quote` and text assert_malformed/assert_invalid) go through the text
   * parser: malformed text fails there (or in the decoder) with MALFORMED. */
  const char *mt = jstr(cmd, "module_type");
  bool is_text = mt && !strcmp(mt, "text");
  stage st;
  hearth_instance *inst = NULL;
  char msg[600];
  const char *text = jstr(cmd, "text");
  hearth_status s = load_module(c, jstr(cmd, "filename"), is_text, instantiate, &st, &inst, msg, sizeof msg);
  bool stage_ok = instantiate ? st == ST_INSTANTIATE : st == ST_COMPILE;
  if (s == want && stage_ok) {
    if (want == HEARTH_ERR_TRAP) check_text(c, line, text, hearth_trap_message(hearth_store_trap(c->store)));
    else check_text(c, line, text, msg);
    c->res.passed++;
    return;
  }
  if (s == HEARTH_OK)
    record_failure(c, line, type, "module %s, expected %s \"%s\"",
                   instantiate ? "instantiated" : "compiled", hearth_status_str(want),
                   text ? text : "");
  else
    record_failure(c, line, type, "got %s at %s (%s), expected %s \"%s\"", hearth_status_str(s),
                   st == ST_READ ? "read" : st == ST_COMPILE ? "compile" : "instantiation", msg,
                   hearth_status_str(want), text ? text : "");
}

static void run_command(ctx *c, json_t *cmd) {
  const char *type = jstr(cmd, "type");
  json_t *jl = json_object_get(cmd, "line");
  long line = json_is_integer(jl) ? (long)json_integer_value(jl) : 0;
  if (!type) {
    record_failure(c, line, "command", "no type");
    return;
  }
  if (!strcmp(type, "module")) cmd_module(c, cmd, line);
  else if (!strcmp(type, "register")) cmd_register(c, cmd, line);
  else if (!strcmp(type, "action") || !strcmp(type, "assert_return") ||
           !strcmp(type, "assert_exhaustion"))
    cmd_action(c, cmd, line, type);
  else if (!strcmp(type, "assert_trap"))
    if (json_object_get(cmd, "action")) cmd_action(c, cmd, line, type);
    else cmd_module_assert(c, cmd, line, type);
  else if (!strcmp(type, "assert_invalid") || !strcmp(type, "assert_malformed") ||
           !strcmp(type, "assert_unlinkable") || !strcmp(type, "assert_uninstantiable"))
    cmd_module_assert(c, cmd, line, type);
  else
    record_failure(c, line, type, "unknown command type");
}

/* ------------------------------------------------------------------ .wast scripts */

/* A script read with the engine's own lexer (wat.c): commands are the top-level s-expressions. */
typedef struct wast {
  const char *src;
  size_t len;
  h_wat_tok *t;
  size_t nt;
  size_t line_off; /* line of byte line_off is line_no (commands come in order) */
  long line_no;
} wast;

typedef struct wast_def {
  char *name;
  hearth_module *m;
} wast_def;

static long wast_line(wast *ws, size_t tok) {
  size_t off = ws->t[tok].off;
  if (off < ws->line_off) ws->line_off = 0, ws->line_no = 1;
  for (; ws->line_off < off; ws->line_off++)
    if (ws->src[ws->line_off] == '\n') ws->line_no++;
  return ws->line_no;
}

static bool wast_is(const wast *ws, size_t i, const char *kw) {
  const h_wat_tok *t = &ws->t[i];
  size_t n = strlen(kw);
  return t->kind == H_TK_ATOM && t->len == n && !memcmp(ws->src + t->off, kw, n);
}

static bool wast_starts(const wast *ws, size_t i, const char *pre) {
  const h_wat_tok *t = &ws->t[i];
  size_t n = strlen(pre);
  return t->kind == H_TK_ATOM && t->len >= n && !memcmp(ws->src + t->off, pre, n);
}

static char *wast_id(const wast *ws, size_t i) {
  char *r = xrealloc(NULL, ws->t[i].len + 1);
  memcpy(r, ws->src + ws->t[i].off, ws->t[i].len);
  r[ws->t[i].len] = 0;
  return r;
}

/* Decoded string token i (may hold NUL bytes: *len). NULL if it is not a string. */
static char *wast_str(const wast *ws, size_t i, size_t *len) {
  if (ws->t[i].kind != H_TK_STRING) return NULL;
  uint8_t *b = NULL;
  if (h_wat_string(ws->src, ws->len, &ws->t[i], &b, len) != HEARTH_OK) return NULL;
  char *r = xrealloc(NULL, *len + 1);
  memcpy(r, b, *len + 1);
  hearth_free(b);
  return r;
}

static const struct {
  const char *n;
  unsigned lanes, bits;
  bool fl;
} v128_shapes[] = {{"i8x16", 16, 8, false}, {"i16x8", 8, 16, false}, {"i32x4", 4, 32, false},
                   {"i64x2", 2, 64, false}, {"f32x4", 4, 32, true},  {"f64x2", 2, 64, true}};

static int wast_shape(const wast *ws, size_t i) {
  for (int k = 0; k < 6; k++)
    if (wast_is(ws, i, v128_shapes[k].n)) return k;
  return -1;
}

static bool wast_num(const wast *ws, size_t i, unsigned bits, bool fl, uint64_t *out) {
  const h_wat_tok *t = &ws->t[i];
  if (t->kind != H_TK_ATOM) return false;
  return (fl ? h_wat_float(ws->src + t->off, t->len, bits, out)
             : h_wat_int(ws->src + t->off, t->len, bits, out)) == 0;
}

/* An argument `(i32.const 1)`, `(v128.const i32x4 ...)`, `(ref.null func)`, `(ref.extern 1)`. */
static bool wast_arg(const wast *ws, size_t i, hearth_val *v, const char **why) {
  memset(v, 0, sizeof *v);
  *why = "unsupported argument";
  if (ws->t[i].kind != H_TK_LPAR) return false;
  size_t k = i + 1;
  uint64_t u;
  static const struct {
    const char *n;
    hearth_valtype t;
    unsigned bits;
    bool fl;
  } scal[] = {{"i32.const", HEARTH_I32, 32, false}, {"i64.const", HEARTH_I64, 64, false},
              {"f32.const", HEARTH_F32, 32, true},  {"f64.const", HEARTH_F64, 64, true}};
  for (int s = 0; s < 4; s++)
    if (wast_is(ws, k, scal[s].n)) {
      if (!wast_num(ws, k + 1, scal[s].bits, scal[s].fl, &u)) return *why = "bad literal", false;
      v->type = scal[s].t;
      if (scal[s].t == HEARTH_I32) v->of.i32 = (int32_t)(uint32_t)u;
      else if (scal[s].t == HEARTH_I64) v->of.i64 = (int64_t)u;
      else if (scal[s].t == HEARTH_F32) {
        uint32_t b = (uint32_t)u;
        memcpy(&v->of.f32, &b, 4);
      } else
        memcpy(&v->of.f64, &u, 8);
      return true;
    }
  if (wast_is(ws, k, "v128.const")) {
    int sh = wast_shape(ws, k + 1);
    if (sh < 0) return *why = "bad v128 shape", false;
    v->type = HEARTH_V128;
    for (unsigned l = 0; l < v128_shapes[sh].lanes; l++) {
      if (!wast_num(ws, k + 2 + l, v128_shapes[sh].bits, v128_shapes[sh].fl, &u))
        return *why = "bad v128 lane", false;
      put_lane(v->of.v128, l, v128_shapes[sh].bits / 8, u);
    }
    return true;
  }
  if (wast_is(ws, k, "ref.null")) {
    if (wast_is(ws, k + 1, "func") || wast_is(ws, k + 1, "nofunc"))
      return v->type = HEARTH_FUNCREF, true;
    if (wast_is(ws, k + 1, "extern") || wast_is(ws, k + 1, "noextern"))
      return v->type = HEARTH_EXTERNREF, true;
    static const char *const gc_null[] = {"any", "none", "eq", "i31", "struct", "array"};
    for (size_t g = 0; g < sizeof gc_null / sizeof gc_null[0]; g++)
      if (wast_is(ws, k + 1, gc_null[g])) return v->type = HEARTH_ANYREF, true;
    if (wast_is(ws, k + 1, "exn")) return v->type = HEARTH_EXNREF, true;
    return *why = "unsupported null reference type", false;
  }
  if (wast_is(ws, k, "ref.extern") || wast_is(ws, k, "ref.host")) {
    if (!wast_num(ws, k + 1, 64, false, &u)) return *why = "bad extern id", false;
    v->type = HEARTH_EXTERNREF;
    v->of.externref = extern_of_id(u);
    return true;
  }
  return false;
}

/* Does got match the result pattern at i? *bad when the pattern cannot be read or names a value
 * hearth cannot produce (3.0 GC references). */

/* A 3.0 GC result pattern against an anyref result: ref.null (of any heap type of the any
 * hierarchy, or none given), ref.i31, ref.struct, ref.array, ref.eq, ref.any, ref.host N /
 * ref.extern N (a host value converted by any.convert_extern). */
static bool match_anyref(const wast *ws, size_t k, const hearth_val *got, bool *bad) {
  int32_t i31 = 0;
  void *host = NULL;
  hearth_anyref_kind kd = hearth_anyref_kind_of(g_store, got->of.anyref, &i31, &host);
  uint64_t u;
  if (wast_is(ws, k, "ref.null")) return kd == HEARTH_ANYREF_NULL && !got->of.anyref;
  if (wast_is(ws, k, "ref.i31")) return kd == HEARTH_ANYREF_I31;
  if (wast_is(ws, k, "ref.struct")) return kd == HEARTH_ANYREF_STRUCT;
  if (wast_is(ws, k, "ref.array")) return kd == HEARTH_ANYREF_ARRAY;
  if (wast_is(ws, k, "ref.eq"))
    return kd == HEARTH_ANYREF_I31 || kd == HEARTH_ANYREF_STRUCT || kd == HEARTH_ANYREF_ARRAY;
  if (wast_is(ws, k, "ref.any")) return kd != HEARTH_ANYREF_NULL;
  if (wast_is(ws, k, "ref.extern") || wast_is(ws, k, "ref.host")) {
    if (kd != HEARTH_ANYREF_HOST) return false;
    if (ws->t[k + 1].kind == H_TK_RPAR) return true;
    if (!wast_num(ws, k + 1, 64, false, &u)) return *bad = true, false;
    return host == extern_of_id(u);
  }
  return *bad = true, false;
}

static bool wast_match(const wast *ws, size_t i, const hearth_val *got, bool *bad) {
  if (ws->t[i].kind != H_TK_LPAR) return *bad = true, false;
  size_t k = i + 1;
  if (wast_is(ws, k, "either")) {
    for (size_t j = k + 1; ws->t[j].kind == H_TK_LPAR; j = ws->t[j].match + 1)
      if (wast_match(ws, j, got, bad)) return true;
    return false;
  }
  static const struct {
    const char *n;
    hearth_valtype t;
    unsigned bits;
    bool fl;
  } scal[] = {{"i32.const", HEARTH_I32, 32, false}, {"i64.const", HEARTH_I64, 64, false},
              {"f32.const", HEARTH_F32, 32, true},  {"f64.const", HEARTH_F64, 64, true}};
  uint64_t u;
  for (int s = 0; s < 4; s++)
    if (wast_is(ws, k, scal[s].n)) {
      if (got->type != scal[s].t) return false;
      uint64_t g;
      if (scal[s].t == HEARTH_I32) g = (uint32_t)got->of.i32;
      else if (scal[s].t == HEARTH_I64) g = (uint64_t)got->of.i64;
      else if (scal[s].t == HEARTH_F32) {
        uint32_t b;
        memcpy(&b, &got->of.f32, 4);
        g = b;
      } else
        memcpy(&g, &got->of.f64, 8);
      if (scal[s].fl && wast_starts(ws, k + 1, "nan:") &&
          (wast_is(ws, k + 1, "nan:canonical") || wast_is(ws, k + 1, "nan:arithmetic")))
        return nan_matches(wast_is(ws, k + 1, "nan:canonical") ? "nan:canonical" : "nan:arithmetic",
                           g, scal[s].bits / 8);
      if (!wast_num(ws, k + 1, scal[s].bits, scal[s].fl, &u)) return *bad = true, false;
      return u == g;
    }
  if (wast_is(ws, k, "v128.const")) {
    if (got->type != HEARTH_V128) return false;
    int sh = wast_shape(ws, k + 1);
    if (sh < 0) return *bad = true, false;
    unsigned w = v128_shapes[sh].bits / 8;
    bool ok = true;
    for (unsigned l = 0; l < v128_shapes[sh].lanes; l++) {
      size_t j = k + 2 + l;
      uint64_t lane = get_lane(got->of.v128, l, w);
      if (v128_shapes[sh].fl && (wast_is(ws, j, "nan:canonical") || wast_is(ws, j, "nan:arithmetic"))) {
        if (!nan_matches(wast_is(ws, j, "nan:canonical") ? "nan:canonical" : "nan:arithmetic", lane, w))
          ok = false;
        continue;
      }
      if (!wast_num(ws, j, v128_shapes[sh].bits, v128_shapes[sh].fl, &u)) return *bad = true, false;
      if (w < 8) u &= (1ull << (8 * w)) - 1;
      if (u != lane) ok = false;
    }
    return ok;
  }
  if (got->type == HEARTH_ANYREF && !wast_is(ws, k, "either")) return match_anyref(ws, k, got, bad);
  bool is_ref = got->type == HEARTH_FUNCREF || got->type == HEARTH_EXTERNREF ||
                got->type == HEARTH_EXNREF;
  bool is_null = is_ref && (got->type == HEARTH_FUNCREF    ? !got->of.funcref
                            : got->type == HEARTH_EXNREF ? !got->of.exnref
                                                         : !got->of.externref);
  if (wast_is(ws, k, "ref.null")) {
    if (!is_ref || !is_null) return false;
    if (ws->t[k + 1].kind == H_TK_RPAR) return true; /* any null (3.0) */
    if (wast_is(ws, k + 1, "func") || wast_is(ws, k + 1, "nofunc")) return got->type == HEARTH_FUNCREF;
    if (wast_is(ws, k + 1, "extern") || wast_is(ws, k + 1, "noextern"))
      return got->type == HEARTH_EXTERNREF;
    if (wast_is(ws, k + 1, "exn") || wast_is(ws, k + 1, "noexn")) return got->type == HEARTH_EXNREF;
    return *bad = true, false;
  }
  if (wast_is(ws, k, "ref.exn")) return got->type == HEARTH_EXNREF && !is_null;
  if (wast_is(ws, k, "ref.func")) return got->type == HEARTH_FUNCREF && !is_null;
  if (wast_is(ws, k, "ref.extern") || wast_is(ws, k, "ref.host")) {
    if (got->type != HEARTH_EXTERNREF || is_null) return false;
    if (ws->t[k + 1].kind == H_TK_RPAR) return true;
    if (!wast_num(ws, k + 1, 64, false, &u)) return *bad = true, false;
    return got->of.externref == extern_of_id(u);
  }
  return *bad = true, false; /* ref.struct, ref.array, ref.i31, ref.eq, ref.any, ref.exn, ... */
}

/* (invoke $M? "name" arg*) or (get $M? "name") at i. */
static hearth_status wast_action(ctx *c, wast *ws, size_t i, hearth_val *results, size_t *nres,
                                 bool *rerr, char *field_out, size_t fn, char *why, size_t n) {
  *nres = 0;
  *rerr = true;
  snprintf(field_out, fn, "?");
  if (ws->t[i].kind != H_TK_LPAR || !(wast_is(ws, i + 1, "invoke") || wast_is(ws, i + 1, "get"))) {
    snprintf(why, n, "expected (invoke ...) or (get ...)");
    return HEARTH_ERR_ARGUMENT;
  }
  bool is_get = wast_is(ws, i + 1, "get");
  size_t k = i + 2;
  char *mod = NULL;
  if (ws->t[k].kind == H_TK_ID) mod = wast_id(ws, k++);
  size_t flen = 0;
  char *field = wast_str(ws, k++, &flen);
  if (!field) {
    free(mod);
    snprintf(why, n, "expected an export name");
    return HEARTH_ERR_ARGUMENT;
  }
  snprintf(field_out, fn, "%s", field);
  size_t na = 0, cap = 4;
  hearth_val *args = xrealloc(NULL, cap * sizeof *args);
  hearth_status s = HEARTH_OK;
  for (; ws->t[k].kind == H_TK_LPAR; k = ws->t[k].match + 1) {
    if (na == cap) args = xrealloc(args, (cap *= 2) * sizeof *args);
    const char *w = NULL;
    if (!wast_arg(ws, k, &args[na++], &w)) {
      snprintf(why, n, "argument %zu: %s", na - 1, w);
      s = HEARTH_ERR_ARGUMENT;
      break;
    }
  }
  if (s == HEARTH_OK)
    s = perform_action(c, mod, is_get, field, flen, args, na, results, nres, rerr, why, n);
  free(args);
  free(field);
  free(mod);
  return s;
}

static hearth_module *wast_find_def(ctx *c, wast_def *defs, size_t ndefs, const char *name) {
  (void)c;
  for (size_t k = ndefs; k-- > 0;)
    if (!strcmp(defs[k].name, name)) return defs[k].m;
  return NULL;
}

/* Compiles the module form at i (text, binary or quote) and instantiates it unless mod_out. */
static hearth_status wast_load(ctx *c, wast *ws, size_t i, bool instantiate,
                               hearth_module **mod_out, stage *st, hearth_instance **inst,
                               char *msg, size_t msgn) {
  uint8_t *bin = NULL;
  size_t blen = 0;
  *inst = NULL;
  hearth_status s = h_wat_module_at(ws->src, ws->len, ws->t, ws->nt, i, &bin, &blen);
  if (s != HEARTH_OK) {
    *st = ST_COMPILE;
    snprintf(msg, msgn, "%s", hearth_errmsg());
    return s;
  }
  s = load_bytes(c, bin, blen, false, instantiate, mod_out, st, inst, msg, msgn);
  hearth_free(bin);
  return s;
}

static void wast_module_failure(ctx *c, long line, hearth_status s, stage st, const char *msg) {
  static const char *stages[] = {"read", "compile", "instantiate", "done"};
  record_failure(c, line, "module", "%s failed: %s%s%s%s", stages[st], hearth_status_str(s),
                 s == HEARTH_ERR_TRAP ? " (" : "",
                 s == HEARTH_ERR_TRAP ? hearth_trap_message(hearth_store_trap(c->store)) : "",
                 s == HEARTH_ERR_TRAP ? ")" : "");
  if (msg[0] && (g_opt.verbose || c->printed <= MAX_PRINTED_FAILURES))
    fprintf(c->out, "    detail: %s\n", msg);
}

static void wast_command(ctx *c, wast *ws, size_t i, wast_def **defs, size_t *ndefs) {
  long line = wast_line(ws, i);
  size_t k = i + 1;
  char msg[700], why[700], field[200];
  hearth_val results[MAX_RESULTS];
  size_t nres;
  bool rerr;
  stage st;
  hearth_instance *inst = NULL;
  if (wast_is(ws, k, "module")) {
    if (wast_is(ws, k + 1, "instance")) {
      /* (module instance $I $M) */
      size_t j = k + 2;
      char *iname = ws->t[j].kind == H_TK_ID ? wast_id(ws, j++) : NULL;
      char *mname = ws->t[j].kind == H_TK_ID ? wast_id(ws, j) : NULL;
      hearth_module *m = mname ? wast_find_def(c, *defs, *ndefs, mname) : NULL;
      hearth_status s = HEARTH_ERR_NOT_FOUND;
      if (m) s = hearth_instance_new(c->store, c->linker, m, &inst);
      if (s != HEARTH_OK) {
        record_failure(c, line, "module", "instance of %s: %s %s", mname ? mname : "?",
                       hearth_status_str(s), m ? hearth_errmsg() : "no such definition");
        inst = NULL;
      }
      c->current = inst;
      c->current_line = line;
      c->current_failed = !inst;
      if (iname) set_name(c, iname, inst);
      free(iname);
      free(mname);
      return;
    }
    bool def = wast_is(ws, k + 1, "definition");
    size_t idpos = k + 1 + (def ? 1 : 0);
    char *name = ws->t[idpos].kind == H_TK_ID ? wast_id(ws, idpos) : NULL;
    hearth_module *m = NULL;
    hearth_status s = wast_load(c, ws, i, !def, def ? &m : NULL, &st, &inst, msg, sizeof msg);
    if (def) {
      if (s == HEARTH_OK) {
        *defs = xrealloc(*defs, (*ndefs + 1) * sizeof **defs);
        (*defs)[(*ndefs)++] = (wast_def){.name = name ? name : xstrdup("$"), .m = m};
        name = NULL;
      } else {
        wast_module_failure(c, line, s, st, msg);
      }
      free(name);
      return;
    }
    c->current = inst;
    c->current_line = line;
    c->current_failed = s != HEARTH_OK;
    if (name) set_name(c, name, inst);
    free(name);
    if (s != HEARTH_OK) wast_module_failure(c, line, s, st, msg);
    return;
  }
  if (wast_is(ws, k, "register")) {
    size_t alen;
    char *as = wast_str(ws, k + 1, &alen);
    char *mod = ws->t[k + 2].kind == H_TK_ID ? wast_id(ws, k + 2) : NULL;
    hearth_instance *ri = lookup_instance(c, mod, why, sizeof why);
    if (!ri || !as) {
      record_failure(c, line, "register", "%s", as ? why : "no name");
    } else {
      hearth_status s = hearth_linker_define_instance(c->linker, as, ri);
      if (s != HEARTH_OK)
        record_failure(c, line, "register", "hearth_linker_define_instance: %s %s",
                       hearth_status_str(s), hearth_errmsg());
    }
    free(as);
    free(mod);
    return;
  }
  if (wast_is(ws, k, "invoke") || wast_is(ws, k, "get")) {
    hearth_status s = wast_action(c, ws, i, results, &nres, &rerr, field, sizeof field, why, sizeof why);
    if (s != HEARTH_OK) record_failure(c, line, "action", "%s: %s", field, why);
    return;
  }
  if (wast_is(ws, k, "assert_return")) {
    hearth_status s = wast_action(c, ws, k + 1, results, &nres, &rerr, field, sizeof field, why, sizeof why);
    if (s != HEARTH_OK) {
      record_failure(c, line, "assert_return", "%s: %s", field, why);
      return;
    }
    size_t j = ws->t[k + 1].match + 1, ne = 0;
    for (size_t e = j; ws->t[e].kind == H_TK_LPAR; e = ws->t[e].match + 1) ne++;
    if (ne != nres) {
      record_failure(c, line, "assert_return", "%s: %zu results, expected %zu", field, nres, ne);
      return;
    }
    for (size_t r = 0; r < ne; r++, j = ws->t[j].match + 1) {
      bool bad = false;
      if (!wast_match(ws, j, &results[r], &bad)) {
        char got[200];
        fmt_val(&results[r], got, sizeof got);
        record_failure(c, line, "assert_return", "%s: result %zu: got %s, expected %.*s%s", field,
                       r, got, (int)(ws->t[ws->t[j].match].off + 1 - ws->t[j].off),
                       ws->src + ws->t[j].off, bad ? " (unsupported or unparsable pattern)" : "");
        return;
      }
    }
    c->res.passed++;
    return;
  }
  const char *type = NULL;
  static const char *const asserts[] = {"assert_trap", "assert_exhaustion", "assert_malformed",
                                        "assert_invalid", "assert_unlinkable",
                                        "assert_uninstantiable", "assert_malformed_custom",
                                        "assert_invalid_custom", "assert_exception"};
  for (size_t a = 0; a < sizeof asserts / sizeof asserts[0]; a++)
    if (wast_is(ws, k, asserts[a])) type = asserts[a];
  if (!type) {
    char *kw = ws->t[k].kind == H_TK_ATOM ? wast_id(ws, k) : xstrdup("?");
    if (!strncmp(kw, "assert_", 7)) record_failure(c, line, kw, "command not supported by hearth");
    else record_failure(c, line, kw, "unknown command");
    free(kw);
    return;
  }
  size_t arg = k + 1;
  size_t tl;
  char *text = wast_str(ws, ws->t[arg].match + 1, &tl);
  if (!strcmp(type, "assert_exception")) { /* (assert_exception (invoke ...)): uncaught exception */
    hearth_status s = wast_action(c, ws, arg, results, &nres, &rerr, field, sizeof field, why, sizeof why);
    check_trap(c, line, type, field, s, rerr, results, nres, why, "uncaught exception");
    free(text);
    return;
  }
  if ((!strcmp(type, "assert_trap") || !strcmp(type, "assert_exhaustion")) &&
      !wast_is(ws, arg + 1, "module")) {
    hearth_status s = wast_action(c, ws, arg, results, &nres, &rerr, field, sizeof field, why, sizeof why);
    check_trap(c, line, type, field, s, rerr, results, nres, why, text);
    free(text);
    return;
  }
  hearth_status want;
  bool instantiate = true;
  /* The _custom forms: the module's custom annotations (@custom, @name, branch hints) are
   * malformed / invalid; hearth reads those annotations, so they fail like any other text. */
  if (!strncmp(type, "assert_invalid", 14)) want = HEARTH_ERR_INVALID, instantiate = false;
  else if (!strncmp(type, "assert_malformed", 16)) want = HEARTH_ERR_MALFORMED, instantiate = false;
  else if (!strcmp(type, "assert_unlinkable")) want = HEARTH_ERR_UNLINKABLE;
  else want = HEARTH_ERR_TRAP;
  hearth_status s = wast_load(c, ws, arg, instantiate, NULL, &st, &inst, msg, sizeof msg);
  bool stage_ok = instantiate ? st == ST_INSTANTIATE : st == ST_COMPILE;
  if (s == want && stage_ok) {
    if (want == HEARTH_ERR_TRAP) check_text(c, line, text, hearth_trap_message(hearth_store_trap(c->store)));
    else check_text(c, line, text, msg);
    c->res.passed++;
  } else if (s == HEARTH_OK) {
    record_failure(c, line, type, "module %s, expected %s \"%s\"",
                   instantiate ? "instantiated" : "compiled", hearth_status_str(want),
                   text ? text : "");
  } else {
    record_failure(c, line, type, "got %s at %s (%s), expected %s \"%s\"", hearth_status_str(s),
                   st == ST_READ ? "read" : st == ST_COMPILE ? "compile" : "instantiation", msg,
                   hearth_status_str(want), text ? text : "");
  }
  free(text);
}

/* Runs the commands of a .wast script. */
static void run_wast(ctx *c, const char *src, size_t len) {
  wast ws = {.src = src, .len = len, .line_off = 0, .line_no = 1};
  if (h_wat_lex(src, len, &ws.t, &ws.nt) != HEARTH_OK) {
    record_failure(c, 0, "wast", "cannot read the script: %s", hearth_errmsg());
    return;
  }
  wast_def *defs = NULL;
  size_t ndefs = 0;
  static const char *const fields[] = {"func", "memory", "table", "global", "type", "import",
                                       "export", "elem", "data", "start", "rec", "tag"};
  for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++)
    if (ws.t[0].kind == H_TK_LPAR && wast_is(&ws, 1, fields[f])) {
      /* The whole script is one module written as bare fields. */
      char msg[700];
      stage st;
      hearth_instance *inst = NULL;
      hearth_status s = load_bytes(c, (const uint8_t *)src, len, true, true, NULL, &st, &inst, msg,
                                   sizeof msg);
      if (s != HEARTH_OK) wast_module_failure(c, 1, s, st, msg);
      hearth_free(ws.t);
      return;
    }
  for (size_t i = 0; ws.t[i].kind != H_TK_EOF; i = ws.t[i].match + 1) {
    if (ws.t[i].kind != H_TK_LPAR) {
      record_failure(c, wast_line(&ws, i), "wast", "expected a command");
      break;
    }
    wast_command(c, &ws, i, &defs, &ndefs);
  }
  for (size_t k = 0; k < ndefs; k++) {
    hearth_module_delete(defs[k].m);
    free(defs[k].name);
  }
  free(defs);
  hearth_free(ws.t);
}

/* Runs one JSON file or .wast script; output to out. */
static file_result run_file(const char *path, FILE *out) {
  ctx c;
  memset(&c, 0, sizeof c);
  char *dir = xstrdup(path);
  char *slash = strrchr(dir, '/');
  if (slash) *slash = 0;
  else strcpy(dir, ".");
  c.dir = dir;
  c.file = display_name(path);
  c.out = out;
  size_t alloc_before = hearth_alloc_current();

  size_t plen = strlen(path);
  bool is_wast = plen > 5 && !strcmp(path + plen - 5, ".wast");
  json_t *root = NULL, *cmds = NULL;
  uint8_t *script = NULL;
  size_t script_len = 0;
  hearth_status s;
  if (is_wast) {
    script = read_file(path, &script_len);
    if (!script) {
      record_failure(&c, 0, "wast", "cannot read %s: %s", path, strerror(errno));
      goto done;
    }
  } else {
    json_error_t jerr;
    root = json_load_file(path, JSON_ALLOW_NUL, &jerr);
    cmds = root ? json_object_get(root, "commands") : NULL;
    if (!json_is_array(cmds)) {
      record_failure(&c, 0, "json", "cannot parse: %s (line %d)", jerr.text, jerr.line);
      goto done;
    }
  }
  hearth_config ecfg;
  memset(&ecfg, 0, sizeof ecfg);
  ecfg.no_signal_handler = g_opt.no_signal_handler;
  /* The 2.0 suite validates as 2.0 (some of its assertions are superseded in 3.0: "multiple
   * memories", "unknown global" for defined globals in constant expressions, ...). */
  ecfg.wasm2_only = g_opt.wasm ? g_opt.wasm == 2 : !strstr(path, "wasm-3.0");
  if ((s = hearth_engine_new(&ecfg, &c.engine)) != HEARTH_OK) {
    record_failure(&c, 0, "setup", "hearth_engine_new: %s %s", hearth_status_str(s), hearth_errmsg());
    goto done;
  }
  if (g_opt.no_signal_handler) {
    /* Such an engine must leave SIGSEGV alone: out-of-bounds traps below come from checks. */
    struct sigaction cur;
    if (sigaction(SIGSEGV, NULL, &cur) != 0 || cur.sa_flags != g_segv_at_start.sa_flags ||
        (cur.sa_flags & SA_SIGINFO ? cur.sa_sigaction != g_segv_at_start.sa_sigaction
                                   : cur.sa_handler != g_segv_at_start.sa_handler)) {
      record_failure(&c, 0, "setup", "a SIGSEGV handler is installed despite no_signal_handler");
      goto done;
    }
  }
  if ((s = hearth_store_new(c.engine, &c.store)) == HEARTH_OK) g_store = c.store;
  if (s != HEARTH_OK) {
    record_failure(&c, 0, "setup", "hearth_store_new: %s %s", hearth_status_str(s), hearth_errmsg());
    goto done;
  }
  if ((s = hearth_linker_new(c.engine, &c.linker)) != HEARTH_OK) {
    record_failure(&c, 0, "setup", "hearth_linker_new: %s %s", hearth_status_str(s), hearth_errmsg());
    goto done;
  }
  hearth_linker_allow_shadowing(c.linker, true);
  if ((s = define_spectest(&c)) != HEARTH_OK)
    /* Modules that import spectest will fail to link; the rest still runs. */
    record_failure(&c, 0, "setup", "spectest module: %s %s", hearth_status_str(s), hearth_errmsg());
  if (is_wast) run_wast(&c, (const char *)script, script_len);
  for (size_t i = 0; !is_wast && i < json_array_size(cmds); i++) {
    json_t *cmd = json_array_get(cmds, i);
    if (json_is_object(cmd)) run_command(&c, cmd);
  }

done:
  if (c.linker) hearth_linker_delete(c.linker);
  if (c.store) hearth_store_delete(c.store);
  if (c.engine) hearth_engine_delete(c.engine);
  size_t alloc_after = hearth_alloc_current();
  if (c.engine && alloc_after > alloc_before) {
    c.res.leaked = (long)(alloc_after - alloc_before);
    fprintf(out, "  %s: hearth_alloc_current() is %ld bytes higher after freeing everything\n",
            c.file, c.res.leaked);
  }
  /* Known entries of this file that did not fail now pass. */
  for (size_t k = 0; k < g_opt.nknown; k++) {
    known_entry *e = &g_opt.known[k];
    if (strcmp(e->file, c.file) != 0) continue;
    bool hit = false;
    for (size_t i = 0; i < c.nfail && !hit; i++) hit = e->line == -1 || c.fail_lines[i] == e->line;
    if (!hit) {
      c.res.fixed++;
      if (e->line == -1)
        fprintf(out, "  %s:*: known failure now passes (fixed, remove from list)\n", c.file);
      else
        fprintf(out, "  %s:%ld: known failure now passes (fixed, remove from list)\n", c.file,
                e->line);
    }
  }
  for (size_t i = 0; i < c.nnames; i++) free(c.names[i].name);
  free(c.names);
  free(c.fail_lines);
  json_decref(root);
  free(script);
  free(dir);
  return c.res;
}

/* ------------------------------------------------------------------ driver */

typedef struct job {
  char *path;
  file_result res;
  FILE *out;      /* captured stdout+stderr of the child */
  FILE *resf;     /* raw file_result from the child */
  pid_t pid;
  int status;     /* wait status */
  bool started, finished, printed;
} job;

static void print_status_line(const char *name, const file_result *r, const char *extra) {
  bool ok = r->failed - r->known == 0 && r->fixed == 0 && r->leaked == 0 && !extra;
  const char *prefix = g_opt.per_file_status ? (ok ? "ok " : "FAIL ") : "";
  printf("%s%s: %ld passed, %ld failed, %ld skipped", prefix, name, r->passed, r->failed,
         r->skipped);
  if (r->known) printf(" (%ld known)", r->known);
  if (r->fixed) printf(" (%ld known entries now pass)", r->fixed);
  if (r->leaked) printf(" (hearth leaked %ld bytes)", r->leaked);
  if (extra) printf(" (%s)", extra);
  printf("\n");
}

static void copy_stream(FILE *from) {
  char buf[8192];
  size_t n;
  rewind(from);
  while ((n = fread(buf, 1, sizeof buf, from)) > 0) fwrite(buf, 1, n, stdout);
}

/* The sanitizer's SUMMARY line (or the last line) of a dead child's output, for the status line. */
static void crash_summary(FILE *from, char *buf, size_t n) {
  char line[1024];
  buf[0] = 0;
  rewind(from);
  bool have_summary = false;
  while (fgets(line, sizeof line, from)) {
    line[strcspn(line, "\n")] = 0;
    if (have_summary || !line[0]) continue;
    have_summary = !strncmp(line, "SUMMARY:", 8);
    size_t l = strlen(line) < n - 1 ? strlen(line) : n - 1;
    memcpy(buf, line, l);
    buf[l] = 0;
  }
}

static void finish_job(job *j) {
  j->finished = true;
  bool clean = WIFEXITED(j->status) && WEXITSTATUS(j->status) == 0;
  rewind(j->resf);
  if (fread(&j->res, sizeof j->res, 1, j->resf) != 1) {
    memset(&j->res, 0, sizeof j->res);
    clean = false;
  }
  if (!clean) {
    char sum[600], extra[800];
    crash_summary(j->out, sum, sizeof sum);
    if (WIFSIGNALED(j->status))
      snprintf(extra, sizeof extra, "runner child killed by signal %d%s%s%s",
               WTERMSIG(j->status), WTERMSIG(j->status) == SIGALRM ? " (timeout)" : "",
               sum[0] ? ": " : "", sum);
    else
      snprintf(extra, sizeof extra, "runner child exited with status %d%s%s",
               WIFEXITED(j->status) ? WEXITSTATUS(j->status) : -1, sum[0] ? ": " : "", sum);
    /* The crash itself is one failure that no known entry covers. */
    j->res.failed++;
    copy_stream(j->out);
    print_status_line(display_name(j->path), &j->res, extra);
  } else {
    copy_stream(j->out);
    print_status_line(display_name(j->path), &j->res, NULL);
  }
  fflush(stdout);
  fclose(j->out);
  fclose(j->resf);
  j->out = j->resf = NULL;
}

static bool start_job(job *j) {
  j->out = tmpfile();
  j->resf = tmpfile();
  if (!j->out || !j->resf) {
    fprintf(stderr, "spectest: tmpfile: %s\n", strerror(errno));
    return false;
  }
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    fprintf(stderr, "spectest: fork: %s\n", strerror(errno));
    return false;
  }
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL); /* do not outlive a runner killed by `timeout` */
    dup2(fileno(j->out), 1);
    dup2(fileno(j->out), 2);
    if (g_opt.timeout) alarm(g_opt.timeout);
    file_result r = run_file(j->path, stdout);
    fflush(stdout);
    if (fwrite(&r, sizeof r, 1, j->resf) != 1 || fflush(j->resf) != 0) _exit(3);
    exit(0); /* exit, not _exit: LeakSanitizer checks the child at exit */
  }
  j->pid = pid;
  j->started = true;
  return true;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Adds DIR/ *.wast and DIR/SUB/ *.wast (one level: the 3.0 suite's legacy/ and custom/) to the
 * list; false if DIR cannot be opened. */
static bool collect_wast(const char *dir, char ***list, size_t *n, int depth) {
  DIR *d = opendir(dir);
  if (!d) return false;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    size_t l = strlen(e->d_name);
    size_t pl = strlen(dir) + 1 + l + 1;
    char *path = xrealloc(NULL, pl);
    snprintf(path, pl, "%s/%s", dir, e->d_name);
    struct stat st;
    if (l > 5 && !strcmp(e->d_name + l - 5, ".wast") &&
        (!g_opt.filter || strstr(path, g_opt.filter)) && !is_excluded(display_name(path))) {
      *list = xrealloc(*list, (*n + 1) * sizeof **list);
      (*list)[(*n)++] = path;
      continue;
    }
    if (depth == 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) collect_wast(path, list, n, 1);
    free(path);
  }
  closedir(d);
  return true;
}

/* Collects DIR/core/ *.json, else DIR's .wast scripts (or the single file) into a sorted list. */
static char **collect(const char *arg, size_t *n) {
  char **list = NULL;
  *n = 0;
  size_t len = strlen(arg);
  struct stat st;
  if (len > 5 && !strcmp(arg + len - 5, ".json") && stat(arg, &st) == 0 && S_ISREG(st.st_mode)) {
    list = xrealloc(NULL, sizeof *list);
    list[(*n)++] = xstrdup(arg);
    return list;
  }
  if (len > 5 && !strcmp(arg + len - 5, ".wast") && stat(arg, &st) == 0 && S_ISREG(st.st_mode)) {
    list = xrealloc(NULL, sizeof *list);
    list[(*n)++] = xstrdup(arg);
    return list;
  }
  char core[4096];
  snprintf(core, sizeof core, "%s/core", arg);
  DIR *d = opendir(core);
  if (!d && collect_wast(arg, &list, n, 0) && *n) {
    qsort(list, *n, sizeof *list, cmp_str);
    return list;
  }
  if (!d) {
    fprintf(stderr, "spectest: cannot open %s: %s\n", core, strerror(errno));
    return NULL;
  }
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (l <= 5 || strcmp(e->d_name + l - 5, ".json") != 0) continue;
    if (g_opt.filter && !strstr(e->d_name, g_opt.filter)) continue;
    list = xrealloc(list, (*n + 1) * sizeof *list);
    size_t pl = strlen(core) + 1 + l + 1;
    list[*n] = xrealloc(NULL, pl);
    snprintf(list[*n], pl, "%s/%s", core, e->d_name);
    (*n)++;
  }
  closedir(d);
  if (*n) qsort(list, *n, sizeof *list, cmp_str);
  else fprintf(stderr, "spectest: no .json files in %s\n", core);
  return list ? list : xrealloc(NULL, sizeof *list);
}

/* Default known-failures file: tests/spectest_known_failures.txt next to the build dir of this
 * binary (BUILD/spectest -> BUILD/../tests), else relative to the working directory. */
static void default_known_path(char *buf, size_t n) {
  char exe[4096];
  ssize_t l = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (l > 0) {
    exe[l] = 0;
    char *s = strrchr(exe, '/');
    if (s) {
      *s = 0;
      snprintf(buf, n, "%s/../tests/spectest_known_failures.txt", exe);
      if (access(buf, R_OK) == 0) return;
    }
  }
  snprintf(buf, n, "tests/spectest_known_failures.txt");
}

static void usage(void) {
  fprintf(stderr,
          "usage: spectest [--per-file-status] [--verbose] [--filter SUBSTR] [--known FILE]\n"
          "                [--jobs N] [--timeout SECONDS] [--no-signal-handler] [--label NAME]\n"
          "                [--exclude FILE] [DIR | FILE.json | FILE.wast]\n"
          "--no-signal-handler: engines check bounds explicitly and install no SIGSEGV handler.\n"
          "--wasm 2|3: validate as WebAssembly 2.0 or 3.0 (default: 3.0 for scripts under a\n"
          "  wasm-3.0 folder, 2.0 otherwise).\n"
          "DIR defaults to ../shared/spectest (its core/*.json are run); --jobs 0 runs in-process.\n");
}

int main(int argc, char **argv) {
  sigaction(SIGSEGV, NULL, &g_segv_at_start);
  const char *dir = "../shared/spectest";
  const char *known_path = NULL;
  bool jobs_given = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--per-file-status")) g_opt.per_file_status = true;
    else if (!strcmp(a, "--verbose") || !strcmp(a, "-v")) g_opt.verbose = true;
    else if (!strcmp(a, "--no-signal-handler")) g_opt.no_signal_handler = true;
    else if (!strcmp(a, "--wasm") && i + 1 < argc) g_opt.wasm = atoi(argv[++i]);
    else if (!strcmp(a, "--filter") && i + 1 < argc) g_opt.filter = argv[++i];
    else if (!strcmp(a, "--label") && i + 1 < argc) g_opt.label = argv[++i];
    else if (!strcmp(a, "--exclude") && i + 1 < argc) {
      if (load_excluded(argv[++i]) != 0) return 2;
    }
    else if (!strcmp(a, "--known") && i + 1 < argc) known_path = argv[++i];
    else if (!strcmp(a, "--jobs") && i + 1 < argc) g_opt.jobs = atoi(argv[++i]), jobs_given = true;
    else if (!strcmp(a, "--timeout") && i + 1 < argc) g_opt.timeout = (unsigned)atoi(argv[++i]);
    else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      usage();
      return 0;
    } else if (a[0] == '-') {
      usage();
      return 2;
    } else dir = a;
  }
  if (!jobs_given && getenv("SPECTEST_JOBS")) g_opt.jobs = atoi(getenv("SPECTEST_JOBS"));
  if (g_opt.jobs < 0) g_opt.jobs = 0;
  char kp[4200];
  if (!known_path) default_known_path(kp, sizeof kp);
  int rc = 0;
  if (load_known(known_path ? known_path : kp, known_path != NULL) != 0) rc = 2;

  size_t nfiles = 0;
  char **files = collect(dir, &nfiles);
  if (!files) return 2;
  for (size_t i = 0; i < nfiles; i++)
    for (size_t k = 0; k < g_opt.nknown; k++)
      if (!strcmp(g_opt.known[k].file, display_name(files[i]))) g_opt.known[k].in_run = true;

  job *jobs = calloc(nfiles ? nfiles : 1, sizeof *jobs);
  if (!jobs) return 2;
  for (size_t i = 0; i < nfiles; i++) jobs[i].path = files[i];

  if (g_opt.jobs == 0) {
    for (size_t i = 0; i < nfiles; i++) {
      jobs[i].res = run_file(files[i], stdout);
      print_status_line(display_name(files[i]), &jobs[i].res, NULL);
      fflush(stdout);
    }
  } else {
    size_t next = 0, running = 0, done = 0;
    while (done < nfiles) {
      while (running < (size_t)g_opt.jobs && next < nfiles) {
        if (!start_job(&jobs[next])) {
          /* Cannot fork: run it here instead. */
          if (jobs[next].out) fclose(jobs[next].out);
          if (jobs[next].resf) fclose(jobs[next].resf);
          jobs[next].out = jobs[next].resf = NULL;
          jobs[next].res = run_file(files[next], stdout);
          jobs[next].finished = jobs[next].printed = true;
          print_status_line(display_name(files[next]), &jobs[next].res, NULL);
          done++;
        } else {
          running++;
        }
        next++;
      }
      if (running) {
        int status;
        pid_t pid = waitpid(-1, &status, 0);
        if (pid < 0) {
          if (errno == EINTR) continue;
          fprintf(stderr, "spectest: waitpid: %s\n", strerror(errno));
          return 2;
        }
        for (size_t i = 0; i < nfiles; i++)
          if (jobs[i].started && !jobs[i].finished && jobs[i].pid == pid) {
            jobs[i].status = status;
            jobs[i].finished = true;
            running--;
            done++;
          }
      }
      /* Print finished files in order. */
      for (size_t i = 0; i < nfiles && jobs[i].finished; i++)
        if (!jobs[i].printed && jobs[i].out) {
          finish_job(&jobs[i]);
          jobs[i].printed = true;
        }
    }
  }

  file_result tot = {0};
  for (size_t i = 0; i < nfiles; i++) {
    tot.passed += jobs[i].res.passed;
    tot.failed += jobs[i].res.failed;
    tot.skipped += jobs[i].res.skipped;
    tot.known += jobs[i].res.known;
    tot.fixed += jobs[i].res.fixed;
    tot.leaked += jobs[i].res.leaked;
  }
  /* Entries for files that do not exist in the suite (not merely filtered out) are stale. */
  long stale = 0;
  if (!g_opt.filter && !(strlen(dir) > 5 && !strcmp(dir + strlen(dir) - 5, ".json")))
    for (size_t k = 0; k < g_opt.nknown; k++)
      if (!g_opt.known[k].in_run) {
        printf("spectest: known-failure entry for %s:%ld names no spec file\n",
               g_opt.known[k].file, g_opt.known[k].line);
        stale++;
      }
  if (tot.fixed)
    printf("spectest: %ld known-failure entries now pass: remove them from the list\n", tot.fixed);
  if (tot.leaked) printf("spectest: hearth leaked %ld bytes\n", tot.leaked);
  printf("spectest: %ld known failures\n", tot.known);
  printf("spectest%s%s: %ld passed, %ld failed, %ld skipped\n", g_opt.label ? " " : "",
         g_opt.label ? g_opt.label : "", tot.passed, tot.failed, tot.skipped);
  if (tot.failed != tot.known || tot.fixed || stale || tot.leaked || nfiles == 0) rc = 1;

  for (size_t i = 0; i < nfiles; i++) free(files[i]);
  free(files);
  free(jobs);
  for (size_t k = 0; k < g_opt.nknown; k++) free(g_opt.known[k].file);
  for (size_t k = 0; k < g_opt.nexcluded; k++) free(g_opt.excluded[k]);
  free(g_opt.excluded);
  free(g_opt.known);
  return rc;
}
