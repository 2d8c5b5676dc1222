/* cli.c: the hearth command: `hearth run [options] MODULE [ARGS...]` (WASI commands and reactors). */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hearth.h"

#define EXIT_USAGE 2
#define EXIT_LOAD 1
#define EXIT_TRAP 134

static const char *g_prog = "hearth";

static void usage(FILE *f) {
  fprintf(f,
          "usage: %s run [options] MODULE [ARGS...]\n"
          "       %s [options] MODULE [ARGS...]      (same as run)\n"
          "       %s --version | --help\n"
          "\n"
          "Runs a WebAssembly module with WASI preview 1. A command's _start is called; a reactor's\n"
          "_initialize is called first when present (then --invoke, if given).\n"
          "\n"
          "options:\n"
          "  --dir HOST[::GUEST]      preopen host directory HOST as GUEST (default: HOST)\n"
          "  --dir HOST[::GUEST]:ro   the same, read-only: every write, creation, rename, link\n"
          "                           or removal beneath it fails with ENOTCAPABLE\n"
          "  --dir-ro HOST[::GUEST]   the same as --dir HOST[::GUEST]:ro\n"
          "  --env NAME=VALUE         set a guest environment variable\n"
          "  --env NAME               pass the host's NAME through (skipped if unset)\n"
          "  --invoke NAME            call export NAME with ARGS parsed per its parameter types\n"
          "                           (i32/i64 decimal or 0x hex, f32/f64 decimal floats) and\n"
          "                           print its results, one per line\n"
          "  --fuel N                 trap with \"fuel exhausted\" after N calls and loop iterations\n"
          "  --timeout DURATION       trap with \"deadline exceeded\" after DURATION (500ms, 2s,\n"
          "                           1m, 100us; a bare number is seconds)\n"
          "  --max-memory SIZE        cap each linear memory (bytes; K, M, G suffixes)\n"
          "  --max-stack SIZE         value-stack size (bytes; K, M, G suffixes)\n"
          "  --version                print the version and exit\n"
          "  --help                   print this help and exit\n"
          "\n"
          "exit status: the guest's proc_exit code (0 when _start returns); 134 after a trap\n"
          "(\"wasm trap: MESSAGE\" and a backtrace on stderr); 1 when the module cannot be read,\n"
          "decoded, validated, linked or instantiated; 2 for usage errors.\n",
          g_prog, g_prog, g_prog);
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s: ", g_prog);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\n(see %s --help)\n", g_prog);
  return EXIT_USAGE;
}

typedef struct dir_opt {
  const char *host;
  char *guest; /* malloc'd */
  char *host_buf;
  bool ro;
} dir_opt;

typedef struct run_opts {
  dir_opt *dirs;
  size_t ndirs;
  const char **envs;
  size_t nenvs;
  const char *invoke;
  bool has_fuel;
  uint64_t fuel;
  uint64_t timeout_ns;
  uint64_t max_memory;
  uint64_t max_stack;
  const char *module;
  int nargs;
  char **args;
} run_opts;

/* Parses a size with an optional K/M/G/T suffix (binary multiples; "KiB", "KB" also accepted). */
static bool parse_size(const char *s, uint64_t *out) {
  char *end;
  errno = 0;
  if (!*s || *s == '-') return false;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s) return false;
  uint64_t mul = 1;
  switch (*end) {
  case 'k': case 'K': mul = 1ull << 10; end++; break;
  case 'm': case 'M': mul = 1ull << 20; end++; break;
  case 'g': case 'G': mul = 1ull << 30; end++; break;
  case 't': case 'T': mul = 1ull << 40; end++; break;
  default: break;
  }
  if (mul > 1) {
    if (*end == 'i' || *end == 'I') end++;
    if (*end == 'b' || *end == 'B') end++;
  } else if (*end == 'b' || *end == 'B') {
    end++;
  }
  if (*end) return false;
  if (v > UINT64_MAX / mul) return false;
  *out = v * mul;
  return true;
}

/* Parses a duration: NUMBER[ns|us|ms|s|m|h], default seconds; fractions allowed. */
static bool parse_duration(const char *s, uint64_t *out_ns) {
  char *end;
  errno = 0;
  if (!*s || *s == '-') return false;
  double v = strtod(s, &end);
  if (errno || end == s || !(v >= 0) || isinf(v)) return false;
  double mul;
  if (!*end || strcmp(end, "s") == 0) mul = 1e9;
  else if (strcmp(end, "ms") == 0) mul = 1e6;
  else if (strcmp(end, "us") == 0) mul = 1e3;
  else if (strcmp(end, "ns") == 0) mul = 1;
  else if (strcmp(end, "m") == 0) mul = 60e9;
  else if (strcmp(end, "h") == 0) mul = 3600e9;
  else return false;
  double ns = v * mul;
  if (ns >= 1.8e19) return false;
  *out_ns = (uint64_t)ns;
  if (*out_ns == 0 && v > 0) *out_ns = 1;
  return true;
}

static bool parse_u64(const char *s, uint64_t *out) {
  char *end;
  errno = 0;
  if (!*s || *s == '-') return false;
  unsigned long long v = strtoull(s, &end, 0);
  if (errno || *end) return false;
  *out = v;
  return true;
}

/* HOST[::GUEST][:ro] */
static bool parse_dir(const char *arg, bool ro, dir_opt *d) {
  size_t n = strlen(arg);
  d->host_buf = malloc(n + 1);
  if (!d->host_buf) return false;
  memcpy(d->host_buf, arg, n + 1);
  d->ro = ro;
  if (n > 3 && strcmp(d->host_buf + n - 3, ":ro") == 0) {
    d->ro = true;
    d->host_buf[n - 3] = 0;
  }
  char *sep = strstr(d->host_buf, "::");
  const char *guest = d->host_buf;
  if (sep) {
    *sep = 0;
    guest = sep + 2;
  }
  if (!*d->host_buf || !*guest) return false;
  d->host = d->host_buf;
  d->guest = strdup(guest);
  return d->guest != NULL;
}

static void free_opts(run_opts *o) {
  for (size_t i = 0; i < o->ndirs; i++) {
    free(o->dirs[i].guest);
    free(o->dirs[i].host_buf);
  }
  free(o->dirs);
  free(o->envs);
}

/* Option value: either "--opt=value" or the next argument. */
static const char *opt_value(int argc, char **argv, int *i, const char *name, bool *bad) {
  const char *a = argv[*i];
  size_t n = strlen(name);
  if (a[n] == '=') return a + n + 1;
  if (*i + 1 >= argc) {
    *bad = true;
    return NULL;
  }
  return argv[++*i];
}

static bool opt_is(const char *a, const char *name) {
  size_t n = strlen(name);
  return strncmp(a, name, n) == 0 && (a[n] == 0 || a[n] == '=');
}

/* Returns -1 to continue, else an exit status. */
static int parse_run(int argc, char **argv, int i, run_opts *o) {
  for (; i < argc; i++) {
    const char *a = argv[i];
    bool bad = false;
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (a[0] != '-' || a[1] == 0) break;
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return 0;
    }
    if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
      printf("hearth %s\n", HEARTH_VERSION);
      return 0;
    }
    if (opt_is(a, "--dir") || opt_is(a, "--dir-ro") || opt_is(a, "--mapdir")) {
      bool ro = opt_is(a, "--dir-ro");
      const char *name = ro ? "--dir-ro" : opt_is(a, "--dir") ? "--dir" : "--mapdir";
      const char *v = opt_value(argc, argv, &i, name, &bad);
      if (bad) return usage_error("%s needs a directory", name);
      dir_opt *nd = realloc(o->dirs, (o->ndirs + 1) * sizeof *nd);
      if (!nd) return EXIT_LOAD;
      o->dirs = nd;
      memset(&nd[o->ndirs], 0, sizeof *nd);
      if (!parse_dir(v, ro, &nd[o->ndirs++])) return usage_error("bad --dir value \"%s\"", v);
    } else if (opt_is(a, "--env")) {
      const char *v = opt_value(argc, argv, &i, "--env", &bad);
      if (bad || !v[0] || v[0] == '=') return usage_error("%s", "--env needs NAME[=VALUE]");
      const char **ne = realloc(o->envs, (o->nenvs + 1) * sizeof *ne);
      if (!ne) return EXIT_LOAD;
      o->envs = ne;
      ne[o->nenvs++] = v;
    } else if (opt_is(a, "--invoke")) {
      o->invoke = opt_value(argc, argv, &i, "--invoke", &bad);
      if (bad) return usage_error("%s", "--invoke needs a function name");
    } else if (opt_is(a, "--fuel")) {
      const char *v = opt_value(argc, argv, &i, "--fuel", &bad);
      if (bad || !parse_u64(v, &o->fuel)) return usage_error("bad --fuel value \"%s\"", bad ? "" : v);
      o->has_fuel = true;
    } else if (opt_is(a, "--timeout")) {
      const char *v = opt_value(argc, argv, &i, "--timeout", &bad);
      if (bad || !parse_duration(v, &o->timeout_ns) || o->timeout_ns == 0)
        return usage_error("bad --timeout value \"%s\" (e.g. 500ms, 2s)", bad ? "" : v);
    } else if (opt_is(a, "--max-memory")) {
      const char *v = opt_value(argc, argv, &i, "--max-memory", &bad);
      if (bad || !parse_size(v, &o->max_memory) || o->max_memory == 0)
        return usage_error("bad --max-memory value \"%s\" (e.g. 64M)", bad ? "" : v);
    } else if (opt_is(a, "--max-stack")) {
      const char *v = opt_value(argc, argv, &i, "--max-stack", &bad);
      if (bad || !parse_size(v, &o->max_stack) || o->max_stack == 0 || o->max_stack > SIZE_MAX)
        return usage_error("bad --max-stack value \"%s\" (e.g. 1M)", bad ? "" : v);
    } else {
      return usage_error("unknown option %s", a);
    }
  }
  if (i >= argc) return usage_error("%s", "no module given");
  o->module = argv[i];
  o->args = argv + i + 1;
  o->nargs = argc - i - 1;
  return -1;
}

static uint8_t *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  uint8_t *buf = malloc(cap);
  while (buf) {
    size_t r = fread(buf + n, 1, cap - n, f);
    n += r;
    if (n < cap) {
      if (ferror(f)) {
        free(buf);
        buf = NULL;
      }
      break;
    }
    uint8_t *nb = cap > SIZE_MAX / 2 ? NULL : realloc(buf, cap * 2);
    if (!nb) {
      free(buf);
      buf = NULL;
      errno = ENOMEM;
      break;
    }
    buf = nb;
    cap *= 2;
  }
  int e = errno;
  fclose(f);
  errno = e;
  *len = n;
  return buf;
}

static const char *type_name(hearth_valtype t) {
  switch (t) {
  case HEARTH_I32: return "i32";
  case HEARTH_I64: return "i64";
  case HEARTH_F32: return "f32";
  case HEARTH_F64: return "f64";
  case HEARTH_V128: return "v128";
  case HEARTH_FUNCREF: return "funcref";
  case HEARTH_EXTERNREF: return "externref";
  }
  return "?";
}

static bool parse_int(const char *s, bool is64, int64_t *out) {
  char *end;
  errno = 0;
  if (!*s) return false;
  if (s[0] == '-') {
    long long v = strtoll(s, &end, 0);
    if (errno || *end) return false;
    if (!is64 && v < INT32_MIN) return false;
    *out = v;
  } else {
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || *end) return false;
    if (!is64 && v > UINT32_MAX) return false;
    *out = is64 ? (int64_t)v : (int64_t)(int32_t)(uint32_t)v;
  }
  return true;
}

static bool parse_arg(const char *s, hearth_valtype t, hearth_val *v) {
  v->type = t;
  char *end;
  switch (t) {
  case HEARTH_I32: {
    int64_t x;
    if (!parse_int(s, false, &x)) return false;
    v->of.i32 = (int32_t)x;
    return true;
  }
  case HEARTH_I64: {
    int64_t x;
    if (!parse_int(s, true, &x)) return false;
    v->of.i64 = x;
    return true;
  }
  case HEARTH_F32:
    errno = 0;
    v->of.f32 = strtof(s, &end);
    return *s && !*end;
  case HEARTH_F64:
    errno = 0;
    v->of.f64 = strtod(s, &end);
    return *s && !*end;
  case HEARTH_FUNCREF:
  case HEARTH_EXTERNREF:
    if (strcmp(s, "null") != 0) return false;
    v->of.externref = NULL;
    return true;
  default:
    return false;
  }
}

/* Shortest decimal that reads back to the same value. */
static void print_float(double x, bool is32) {
  if (isnan(x)) {
    printf("%snan\n", signbit(x) ? "-" : "");
    return;
  }
  if (isinf(x)) {
    printf("%sinf\n", x < 0 ? "-" : "");
    return;
  }
  char buf[64];
  for (int p = 1; p <= 17; p++) {
    snprintf(buf, sizeof buf, "%.*g", p, x);
    if (is32 ? (strtof(buf, NULL) == (float)x) : (strtod(buf, NULL) == x)) break;
  }
  printf("%s\n", buf);
}

static void print_val(const hearth_val *v) {
  switch (v->type) {
  case HEARTH_I32: printf("%" PRId32 "\n", v->of.i32); break;
  case HEARTH_I64: printf("%" PRId64 "\n", v->of.i64); break;
  case HEARTH_F32: print_float(v->of.f32, true); break;
  case HEARTH_F64: print_float(v->of.f64, false); break;
  case HEARTH_V128:
    printf("0x");
    for (int i = 15; i >= 0; i--) printf("%02x", v->of.v128[i]);
    printf("\n");
    break;
  case HEARTH_FUNCREF: printf(v->of.funcref ? "funcref\n" : "null\n"); break;
  case HEARTH_EXTERNREF: printf(v->of.externref ? "externref\n" : "null\n"); break;
  }
}

static void report_trap(hearth_store *store) {
  fflush(stdout);
  fprintf(stderr, "wasm trap: %s\n", hearth_trap_message(hearth_store_trap(store)));
  const char *names[32];
  size_t n = hearth_store_backtrace(store, names, 32);
  if (n > 32) n = 32;
  if (n) {
    fprintf(stderr, "wasm backtrace:\n");
    for (size_t i = 0; i < n; i++) fprintf(stderr, "  %2zu: %s\n", i, names[i] ? names[i] : "?");
  }
}

/* Maps the status of a guest call to an exit status; -1 means the call returned normally. */
static int call_outcome(hearth_status s, hearth_store *store, const char *what) {
  switch (s) {
  case HEARTH_OK: return -1;
  case HEARTH_ERR_EXIT: return hearth_store_exit_code(store);
  case HEARTH_ERR_TRAP: report_trap(store); return EXIT_TRAP;
  default:
    fflush(stdout);
    fprintf(stderr, "%s: %s: %s%s%s\n", g_prog, what, hearth_status_str(s),
            hearth_errmsg()[0] ? ": " : "", hearth_errmsg());
    return EXIT_LOAD;
  }
}

static uint64_t mono_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

static int fail_load(const char *module, const char *what, hearth_status s) {
  const char *msg = hearth_errmsg();
  fprintf(stderr, "%s: %s: %s (%s)%s%s\n", g_prog, module, what, hearth_status_str(s),
          msg[0] ? ": " : "", msg);
  return EXIT_LOAD;
}

static int invoke(hearth_store *store, hearth_instance *inst, const run_opts *o) {
  hearth_extern ex;
  hearth_status s = hearth_instance_export(inst, o->invoke, &ex);
  if (s != HEARTH_OK || ex.kind != HEARTH_EXTERN_FUNC) {
    fprintf(stderr, "%s: %s: no exported function named \"%s\"\n", g_prog, o->module, o->invoke);
    return EXIT_LOAD;
  }
  const hearth_valtype *pt, *rt;
  size_t np, nr;
  hearth_func_type(ex.of.func, &pt, &np, &rt, &nr);
  if ((size_t)o->nargs != np) {
    fprintf(stderr, "%s: %s expects %zu argument%s (", g_prog, o->invoke, np, np == 1 ? "" : "s");
    for (size_t i = 0; i < np; i++) fprintf(stderr, "%s%s", i ? " " : "", type_name(pt[i]));
    fprintf(stderr, "), got %d\n", o->nargs);
    return EXIT_USAGE;
  }
  hearth_val *args = calloc(np + 1, sizeof *args), *res = calloc(nr + 1, sizeof *res);
  if (!args || !res) {
    free(args);
    free(res);
    fprintf(stderr, "%s: out of memory\n", g_prog);
    return EXIT_LOAD;
  }
  int rc = -1;
  for (size_t i = 0; i < np && rc < 0; i++) {
    if (!parse_arg(o->args[i], pt[i], &args[i])) {
      fprintf(stderr, "%s: argument %zu of %s: \"%s\" is not a valid %s\n", g_prog, i + 1,
              o->invoke, o->args[i], type_name(pt[i]));
      rc = EXIT_USAGE;
    }
  }
  if (rc < 0) {
    s = hearth_func_call(ex.of.func, args, np, res, nr);
    rc = call_outcome(s, store, o->invoke);
    if (rc < 0) {
      for (size_t i = 0; i < nr; i++) print_val(&res[i]);
      rc = 0;
    }
  }
  free(args);
  free(res);
  return rc;
}

static int cmd_run(int argc, char **argv, int first) {
  run_opts o;
  memset(&o, 0, sizeof o);
  int rc = parse_run(argc, argv, first, &o);
  if (rc >= 0) {
    free_opts(&o);
    return rc;
  }
  hearth_engine *engine = NULL;
  hearth_module *module = NULL;
  hearth_store *store = NULL;
  hearth_linker *linker = NULL;
  hearth_wasi *wasi = NULL;
  hearth_instance *inst = NULL;
  hearth_status s;
  size_t len = 0;
  uint8_t *bytes = read_file(o.module, &len);
  if (!bytes) {
    fprintf(stderr, "%s: cannot read %s: %s\n", g_prog, o.module, strerror(errno));
    rc = EXIT_LOAD;
    goto done;
  }
  hearth_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.max_stack_bytes = (size_t)o.max_stack;
  cfg.max_memory_bytes = o.max_memory;
  if ((s = hearth_engine_new(&cfg, &engine)) != HEARTH_OK) {
    rc = fail_load(o.module, "cannot create engine", s);
    goto done;
  }
  s = hearth_module_new(engine, bytes, len, &module);
  if (s != HEARTH_OK) {
    const char *what = s == HEARTH_ERR_MALFORMED ? "cannot decode module"
                       : s == HEARTH_ERR_INVALID ? "invalid module"
                                                  : "cannot load module";
    rc = fail_load(o.module, what, s);
    goto done;
  }
  if ((s = hearth_store_new(engine, &store)) != HEARTH_OK ||
      (s = hearth_linker_new(engine, &linker)) != HEARTH_OK ||
      (s = hearth_wasi_new(&wasi)) != HEARTH_OK) {
    rc = fail_load(o.module, "cannot set up", s);
    goto done;
  }
  if (o.has_fuel) hearth_store_set_fuel(store, o.fuel);
  if (o.max_memory) hearth_store_set_memory_limit(store, o.max_memory);

  /* WASI context: argv[0] is the module path as given. */
  {
    const char **wargv = malloc(((size_t)o.nargs + 1) * sizeof *wargv);
    if (!wargv) {
      rc = EXIT_LOAD;
      goto done;
    }
    wargv[0] = o.module;
    for (int i = 0; i < o.nargs; i++) wargv[i + 1] = o.args[i];
    s = hearth_wasi_set_args(wasi, o.invoke ? 1 : (size_t)o.nargs + 1, wargv);
    free(wargv);
    if (s != HEARTH_OK) {
      rc = fail_load(o.module, "cannot set arguments", s);
      goto done;
    }
  }
  for (size_t i = 0; i < o.nenvs; i++) {
    const char *e = o.envs[i], *eq = strchr(e, '=');
    if (eq) {
      char *name = strndup(e, (size_t)(eq - e));
      s = name ? hearth_wasi_add_env(wasi, name, eq + 1) : HEARTH_ERR_NOMEM;
      free(name);
    } else {
      const char *hv = getenv(e);
      s = hv ? hearth_wasi_add_env(wasi, e, hv) : HEARTH_OK;
    }
    if (s != HEARTH_OK) {
      rc = usage_error("bad --env value \"%s\"", e);
      goto done;
    }
  }
  for (size_t i = 0; i < o.ndirs; i++) {
    s = hearth_wasi_preopen_dir(wasi, o.dirs[i].host, o.dirs[i].guest, o.dirs[i].ro);
    if (s != HEARTH_OK) {
      fprintf(stderr, "%s: --dir %s: %s\n", g_prog, o.dirs[i].host, hearth_errmsg());
      rc = EXIT_LOAD;
      goto done;
    }
  }
  if ((s = hearth_wasi_define(linker, wasi)) != HEARTH_OK) {
    rc = fail_load(o.module, "cannot define WASI", s);
    goto done;
  }
  if (o.timeout_ns) hearth_store_set_deadline(store, mono_ns() + o.timeout_ns);

  s = hearth_instance_new(store, linker, module, &inst);
  if (s == HEARTH_ERR_TRAP || s == HEARTH_ERR_EXIT) {
    rc = call_outcome(s, store, "start");
    goto done;
  }
  if (s != HEARTH_OK) {
    rc = fail_load(o.module, s == HEARTH_ERR_UNLINKABLE ? "cannot link module"
                                                         : "cannot instantiate module", s);
    goto done;
  }

  hearth_extern ex;
  if (hearth_instance_export(inst, "_initialize", &ex) == HEARTH_OK &&
      ex.kind == HEARTH_EXTERN_FUNC) {
    rc = call_outcome(hearth_func_call(ex.of.func, NULL, 0, NULL, 0), store, "_initialize");
    if (rc >= 0) goto done;
  }
  if (o.invoke) {
    rc = invoke(store, inst, &o);
    goto done;
  }
  if (hearth_instance_export(inst, "_start", &ex) == HEARTH_OK && ex.kind == HEARTH_EXTERN_FUNC) {
    rc = call_outcome(hearth_func_call(ex.of.func, NULL, 0, NULL, 0), store, "_start");
    if (rc < 0) rc = 0;
  } else {
    rc = 0; /* a reactor without --invoke: instantiating (and _initialize) is the whole run */
  }

done:
  fflush(stdout);
  hearth_linker_delete(linker);
  hearth_store_delete(store);
  hearth_wasi_delete(wasi);
  hearth_module_delete(module);
  hearth_engine_delete(engine);
  free(bytes);
  free_opts(&o);
  return rc;
}

int main(int argc, char **argv) {
  /* A closed pipe on stdout must give the guest EPIPE, not kill the host. */
  signal(SIGPIPE, SIG_IGN);
  if (argc < 2) {
    usage(stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "run") == 0) return cmd_run(argc, argv, 2);
  if (strcmp(cmd, "soak") == 0) {
    fprintf(stderr, "%s: soak: not available in this build\n", g_prog);
    return EXIT_USAGE;
  }
  if (strcmp(cmd, "help") == 0) {
    usage(stdout);
    return 0;
  }
  return cmd_run(argc, argv, 1);
}
