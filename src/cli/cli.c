/* cli.c: the hearth command: `hearth run` (WASI commands and reactors) and `hearth soak` (pool loops). */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "hearth.h"
#include "config.h"
#include "http_client.h"
#if H_SERVE
#include "serve.h"
#endif

#define EXIT_USAGE 2
#define EXIT_LOAD 1
#define EXIT_TRAP 134

static const char *g_prog = "hearth";

static void usage(FILE *f) {
  fprintf(f,
          "usage: %s run [options] MODULE [ARGS...]\n"
          "       %s [options] MODULE [ARGS...]      (same as run)\n"
          "       %s soak MODULE --calls N [soak options] [-- ARGS...]\n"
          "       %s compile MODULE [-o FILE]   (code cache: into the cache directory or FILE;\n"
          "                 with HEARTH_TIER=opt the optimizing tier's machine code too)\n"
          "       %s serve [serve options] MODULE | --config FILE.yaml   (hearth serve --help)\n"
          "       %s --version | --help\n"
          "\n"
          "Runs a WebAssembly module with WASI preview 1. A command's _start is called; a reactor's\n"
          "_initialize is called first when present (then --invoke, if given). MODULE is a binary\n"
          "(.wasm) or WebAssembly text (.wat, read when it starts with '(' or a comment).\n"
          "A component runs with WASI 0.2: its wasi:cli/run export (exit status 0 for ok, 1 for\n"
          "err, or the wasi:cli/exit code), or --invoke 'name(arg, ...)' with WAVE values.\n"
          "\n"
          "options:\n"
          "  --dir HOST[::GUEST]      preopen host directory HOST as GUEST (default: HOST)\n"
          "  --dir HOST[::GUEST]:ro   the same, read-only: every write, creation, rename, link\n"
          "                           or removal beneath it fails with ENOTCAPABLE\n"
          "  --dir-ro HOST[::GUEST]   the same as --dir HOST[::GUEST]:ro\n"
          "  --env NAME=VALUE         set a guest environment variable\n"
          "  --env NAME               pass the host's NAME through (skipped if unset)\n"
          "  --allow-host HOST[:PORT] let a component's wasi:http outgoing requests reach HOST\n"
          "                           (any port without one; others: HTTP-request-denied),\n"
          "                           and its wasi:sockets connect and send to HOST's addresses\n"
          "                           (no listening; others: access-denied)\n"
          "  --allow-net              grant a component all of wasi:sockets (tcp, udp, name\n"
          "                           lookups; without it or --allow-host: access-denied)\n"
          "  --invoke NAME            call export NAME with ARGS parsed per its parameter types\n"
          "                           (i32/i64 decimal or 0x hex, f32/f64 decimal floats) and\n"
          "                           print its results, one per line\n"
          "  --fuel N                 trap with \"fuel exhausted\" after N calls and loop iterations\n"
          "  --timeout DURATION       trap with \"deadline exceeded\" after DURATION (500ms, 2s,\n"
          "                           1m, 100us; a bare number is seconds)\n"
          "  --max-memory SIZE        cap each linear memory (bytes; K, M, G suffixes)\n"
          "  --max-stack SIZE         value-stack size (bytes; K, M, G suffixes)\n"
          "  --timing                 after the run, print to stderr the time spent in each phase:\n"
          "                           \"hearth: compile MS ms\" (decode, validate, prepare; functions\n"
          "                           are compiled lazily on first call, inside \"run\"),\n"
          "                           \"hearth: instantiate MS ms\" (includes the start function) and\n"
          "                           \"hearth: run MS ms\" (_initialize, _start or --invoke)\n"
          "  --version                print the version and exit\n"
          "  --help                   print this help and exit\n"
          "\n"
          "exit status: the guest's proc_exit code (0 when _start returns; 255 for a code outside\n"
          "0..255); 134 after a trap\n"
          "(\"wasm trap: MESSAGE\" and a backtrace on stderr); 1 when the module cannot be read,\n"
          "decoded, validated, linked or instantiated; 2 for usage errors.\n"
          "\n"
          "soak: calls MODULE N times through a pool of warm instances and reports calls/s,\n"
          "latency p50/p99 (over the last 4096 calls), RSS (start, after 1000 calls, end, peak),\n"
          "peak linear memory, instantiations, resets and recycles. Without --invoke each call runs\n"
          "the module as a WASI command (--input as stdin, ARGS as arguments) and is ok when it\n"
          "exits 0 with the same stdout as the first call; with --invoke NAME of type\n"
          "(i32, i32) -> i32 and a cabi_realloc export, each call passes --input through the\n"
          "canonical ABI (bytes in, bytes out) and is ok when its output equals the first call's;\n"
          "an export without parameters is called plainly. A component takes\n"
          "--invoke 'name(arg, ...)' (WAVE, as for run) and each call is a WIT-typed pool call,\n"
          "ok when (under reset) its result equals the first call's.\n"
          "soak options:\n"
          "  --calls N                number of calls (required)\n"
          "  --threads T              callers in parallel (default 1); the pool grows to T\n"
          "  --invoke NAME            bytes-ABI (or parameterless) export to call; for a\n"
          "                           component, 'name(args)' or 'iface#name(args)'\n"
          "  --input FILE             stdin of each command run / input bytes of each call\n"
          "  --policy reset|reuse     reset every instance after each call (default), or reuse it\n"
          "  --recycle-calls N        reuse: recycle an instance after N calls\n"
          "  --recycle-memory SIZE    reuse: recycle when linear memory exceeds SIZE\n"
          "  --timeout DURATION, --fuel N, --max-memory SIZE   per-call limits as for run\n"
          "  --max-pool-memory SIZE   budget for all instances' linear memory and tables together\n"
          "  --allow-net, --allow-host HOST[:PORT]   wasi:sockets grant of each wasi:cli/run\n"
          "                           component run and each --invoke call of a component, as\n"
          "                           for run\n"
          "  --json                   print one JSON object: calls, ok, failed, calls_per_s, p50_us,\n"
          "                           p99_us, rss_start_kib, rss_end_kib, rss_peak_kib,\n"
          "                           linear_peak_kib, instantiations, resets, recycles,\n"
          "                           pool_memory_peak_kib (all instances together), faults_per_call\n"
          "                           (minor page faults of the process per call after the first\n"
          "                           1000 calls; over all calls but the first when there are fewer),\n"
          "                           rss_1000_kib (RSS after 1000 calls; -1 with fewer calls)\n"
          "exit status: 0 when every call was ok, 1 otherwise or when loading fails, 2 for usage.\n"
          "HEARTH_POOL_* environment variables set the other pool settings (see README, Pools).\n",
          g_prog, g_prog, g_prog, g_prog, g_prog, g_prog);
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
  h_hc_allow allow;           /* --allow-host: hosts a component's outgoing HTTP may reach */
  bool allow_net;             /* --allow-net: all of wasi:sockets */
  const char *invoke;
  bool has_fuel;
  uint64_t fuel;
  uint64_t timeout_ns;
  uint64_t max_memory;
  uint64_t max_stack;
  bool timing;
  const char *module;
  int nargs;
  char **args;
} run_opts;

/* Sizes and durations: hearth_parse_size and hearth_parse_duration, the syntax every setting takes. */

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
  h_hc_allow_free(&o->allow);
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
    } else if (strcmp(a, "--allow-net") == 0) {
      o->allow_net = true;
    } else if (opt_is(a, "--allow-host")) {
      const char *v = opt_value(argc, argv, &i, "--allow-host", &bad);
      if (bad || !h_hc_allow_add(&o->allow, v))
        return usage_error("bad --allow-host value \"%s\" (HOST or HOST:PORT)", bad ? "" : v);
    } else if (opt_is(a, "--invoke")) {
      o->invoke = opt_value(argc, argv, &i, "--invoke", &bad);
      if (bad) return usage_error("%s", "--invoke needs a function name");
    } else if (opt_is(a, "--fuel")) {
      const char *v = opt_value(argc, argv, &i, "--fuel", &bad);
      if (bad || !parse_u64(v, &o->fuel)) return usage_error("bad --fuel value \"%s\"", bad ? "" : v);
      o->has_fuel = true;
    } else if (opt_is(a, "--timeout")) {
      const char *v = opt_value(argc, argv, &i, "--timeout", &bad);
      if (bad || hearth_parse_duration(v, &o->timeout_ns) != HEARTH_OK || o->timeout_ns == 0)
        return usage_error("bad --timeout value \"%s\" (e.g. 500ms, 2s)", bad ? "" : v);
    } else if (opt_is(a, "--max-memory")) {
      const char *v = opt_value(argc, argv, &i, "--max-memory", &bad);
      if (bad || hearth_parse_size(v, &o->max_memory) != HEARTH_OK || o->max_memory == 0)
        return usage_error("bad --max-memory value \"%s\" (e.g. 64M)", bad ? "" : v);
    } else if (strcmp(a, "--timing") == 0) {
      o->timing = true;
    } else if (opt_is(a, "--max-stack")) {
      const char *v = opt_value(argc, argv, &i, "--max-stack", &bad);
      if (bad || hearth_parse_size(v, &o->max_stack) != HEARTH_OK || o->max_stack == 0 ||
          o->max_stack > SIZE_MAX)
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

/* A file's bytes: mapped read-only (regular files) or read into a malloc'd buffer (pipes, devices,
 * empty files). Mapping avoids a second full-size copy of large modules, since hearth_module_new
 * copies what it keeps; release with release_file as soon as the bytes are no longer needed. */
typedef struct file_buf {
  uint8_t *data;
  size_t len;
  bool mapped;
} file_buf;

/* Reads fd to its end. A module (module true) stops early as src/config.h H_MAX_MODULE_BYTES says;
 * other input (soak --input) is read whole. */
static bool read_fd(int fd, file_buf *fb, bool module) {
  size_t cap = 1 << 16, n = 0;
  uint8_t *buf = malloc(cap);
  while (buf) {
    ssize_t r = read(fd, buf + n, cap - n);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      free(buf);
      buf = NULL;
      break;
    }
    if (r == 0) break;
    n += (size_t)r;
    /* not a binary module, and text never begins with a 0: what was read decodes to an error */
    if (module && n >= 4 && buf[0] == 0 && memcmp(buf, "\0asm", 4) != 0) break;
    if (n < cap) continue;
    if (module && n >= H_MAX_MODULE_BYTES) { /* src/config.h: a stream that never ends */
      free(buf);
      buf = NULL;
      errno = EFBIG;
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
  fb->data = buf;
  fb->len = n;
  fb->mapped = false;
  return buf != NULL;
}

/* Returns false with errno set when path cannot be read. */
static bool load_file(const char *path, file_buf *fb, bool module) {
  memset(fb, 0, sizeof *fb);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  bool ok;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
      (uint64_t)st.st_size <= SIZE_MAX) {
    void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
      fb->data = p;
      fb->len = (size_t)st.st_size;
      fb->mapped = true;
      close(fd);
      return true;
    }
  }
  ok = read_fd(fd, fb, module);
  int e = errno;
  close(fd);
  errno = e;
  return ok;
}

static void release_file(file_buf *fb) {
  if (fb->mapped) munmap(fb->data, fb->len);
  else free(fb->data);
  memset(fb, 0, sizeof *fb);
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
  case HEARTH_EXNREF: return "exnref";
  case HEARTH_ANYREF: return "anyref";
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
  case HEARTH_EXNREF: printf(v->of.exnref ? "exnref\n" : "null\n"); break;
  case HEARTH_ANYREF: printf(v->of.anyref ? "anyref\n" : "null\n"); break;
  }
}

static void report_trap(hearth_store *store) {
  fflush(stdout);
  hearth_trap t = hearth_store_trap(store);
  /* a host function's failure says why (a bad pointer or handle from the guest, ...) */
  const char *msg = hearth_trap_message(t), *why = t == HEARTH_TRAP_HOST ? hearth_errmsg() : "";
  if (strncmp(why, msg, strlen(msg)) == 0) why += strlen(msg); /* no "failed: failed" */
  while (*why == ':' || *why == ' ') why++;
  fprintf(stderr, "wasm trap: %s%s%s\n", msg, why[0] ? ": " : "", why);
  const char *names[32];
  size_t n = hearth_store_backtrace(store, names, 32);
  if (n > 32) n = 32;
  if (n) {
    fprintf(stderr, "wasm backtrace:\n");
    for (size_t i = 0; i < n; i++) fprintf(stderr, "  %2zu: %s\n", i, names[i] ? names[i] : "?");
  }
}

/* The exit status of a proc_exit code: 0..255 as given; any other code is 255, never its low byte
 * alone (256 would be a success) and never negative (-1 is call_outcome's "returned normally"). */
static int exit_status(int code) { return code >= 0 && code <= 255 ? code : 255; }

/* Maps the status of a guest call to an exit status; -1 means the call returned normally. */
static int call_outcome(hearth_status s, hearth_store *store, const char *what) {
  switch (s) {
  case HEARTH_OK: return -1;
  case HEARTH_ERR_EXIT: return exit_status(hearth_store_exit_code(store));
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

/* hearth compile MODULE [-o FILE]: validates and compiles MODULE and writes its code cache entry
 * to FILE, or (without -o) to its file in the cache directory, whose path is printed. With
 * HEARTH_TIER=opt: the optimizing tier's entry (KEY.hco) is written too, or instead with -o. */
static int cmd_compile(int argc, char **argv, int first) {
  const char *module = NULL, *out = NULL;
  for (int i = first; i < argc; i++) {
    if (strcmp(argv[i], "-o") == 0) {
      if (++i >= argc) return usage_error("%s", "-o needs a file");
      out = argv[i];
    } else if (!module) {
      module = argv[i];
    } else {
      return usage_error("unexpected argument %s", argv[i]);
    }
  }
  if (!module) return usage_error("%s", "no module given");
  /* -o onto the module itself (or a link to it) would replace it with its cache entry */
  struct stat sm, so;
  if (out && stat(module, &sm) == 0 && stat(out, &so) == 0 && sm.st_dev == so.st_dev &&
      sm.st_ino == so.st_ino)
    return usage_error("-o %s is the module itself", out);
  hearth_engine *engine = NULL;
  hearth_module *m = NULL;
  int rc = 0;
  hearth_status s = hearth_engine_new(NULL, &engine);
  if (s == HEARTH_OK) s = hearth_module_new_file(engine, module, &m);
  char path[4200];
  /* HEARTH_TIER=opt: the optimizing tier's machine code too (README "Code cache"): loading the
   * module compiled it (or found it cached) and put it into the cache directory; -o FILE writes
   * that object's entry instead of the validated form. */
  const char *tier = getenv("HEARTH_TIER");
  bool opt = tier && strcmp(tier, "opt") == 0;
  if (s != HEARTH_OK) {
    rc = fail_load(module, "cannot compile", s);
  } else if (opt && out) {
    if ((s = hearth_module_write_opt_code(m, out)) != HEARTH_OK) rc = fail_load(module, "cannot write", s);
    else printf("%s\n", out);
  } else if (!out && (s = hearth_module_cache_path(m, path, sizeof path)) != HEARTH_OK) {
    rc = fail_load(module, "no cache directory", s);
  } else {
    if (!out) { /* the cache directory itself (one level) may not exist yet */
      char dir[4200];
      snprintf(dir, sizeof dir, "%s", path);
      char *slash = strrchr(dir, '/');
      if (slash && slash != dir) {
        *slash = 0;
        (void)mkdir(dir, 0755);
      }
      out = path;
    }
    if ((s = hearth_module_write_code(m, out)) != HEARTH_OK) rc = fail_load(module, "cannot write", s);
    else printf("%s\n", out);
    char opath[4200];
    if (rc == 0 && opt) {
      if ((s = hearth_module_opt_cache_path(m, opath, sizeof opath)) != HEARTH_OK ||
          (s = hearth_module_write_opt_code(m, opath)) != HEARTH_OK)
        rc = fail_load(module, "cannot write optimized code", s);
      else printf("%s\n", opath);
    }
    if (rc == 0 && opt) { /* and the variant `hearth run` uses (no_reset: no dirty-map marks) */
      hearth_config nr;
      memset(&nr, 0, sizeof nr);
      nr.no_reset = true;
      hearth_engine *e2 = NULL;
      hearth_module *m2 = NULL;
      if ((s = hearth_engine_new(&nr, &e2)) != HEARTH_OK ||
          (s = hearth_module_new_file(e2, module, &m2)) != HEARTH_OK ||
          (s = hearth_module_opt_cache_path(m2, opath, sizeof opath)) != HEARTH_OK ||
          (s = hearth_module_write_opt_code(m2, opath)) != HEARTH_OK)
        rc = fail_load(module, "cannot write optimized code", s);
      else printf("%s\n", opath);
      hearth_module_delete(m2);
      hearth_engine_delete(e2);
    }
  }
  hearth_module_delete(m);
  hearth_engine_delete(engine);
  return rc;
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

/* The WASI context of `hearth run` (preview 1, and under components WASI 0.2 on top of it):
 * arguments (argv[0] the module path as given), --env, --dir. -1 when done, else an exit status. */
static int setup_wasi(const run_opts *o, hearth_wasi *wasi) {
  hearth_status s;
  /* WASI context: argv[0] is the module path as given. */
  {
    const char **wargv = malloc(((size_t)o->nargs + 1) * sizeof *wargv);
    if (!wargv) {
      return EXIT_LOAD;
    }
    wargv[0] = o->module;
    for (int i = 0; i < o->nargs; i++) wargv[i + 1] = o->args[i];
    s = hearth_wasi_set_args(wasi, o->invoke ? 1 : (size_t)o->nargs + 1, wargv);
    free(wargv);
    if (s != HEARTH_OK) {
      return fail_load(o->module, "cannot set arguments", s);
    }
  }
  for (size_t i = 0; i < o->nenvs; i++) {
    const char *e = o->envs[i], *eq = strchr(e, '=');
    if (eq) {
      char *name = strndup(e, (size_t)(eq - e));
      s = name ? hearth_wasi_add_env(wasi, name, eq + 1) : HEARTH_ERR_NOMEM;
      free(name);
    } else {
      const char *hv = getenv(e);
      s = hv ? hearth_wasi_add_env(wasi, e, hv) : HEARTH_OK;
    }
    if (s != HEARTH_OK) {
      return usage_error("bad --env value \"%s\"", e);
    }
  }
  for (size_t i = 0; i < o->ndirs; i++) {
    s = hearth_wasi_preopen_dir(wasi, o->dirs[i].host, o->dirs[i].guest, o->dirs[i].ro);
    if (s != HEARTH_OK) {
      fprintf(stderr, "%s: --dir %s: %s\n", g_prog, o->dirs[i].host, hearth_errmsg());
      return EXIT_LOAD;
    }
  }
  return -1;
}

/* The outcome of a component call: -1 when it returned, else the exit status (wasi:cli/exit's
 * code, or EXIT_TRAP after printing the trap like a core module's). */
static int component_outcome(hearth_status s, hearth_store *store, const hearth_wasip2 *p2,
                             const char *name) {
  int code;
  if (s == HEARTH_ERR_TRAP && hearth_wasip2_exited(p2, &code)) return code;
  if (s == HEARTH_ERR_TRAP && hearth_store_trap(store) == HEARTH_TRAP_NONE) {
    fflush(stdout);
    fprintf(stderr, "wasm trap: %s\n", hearth_errmsg());
    return EXIT_TRAP;
  }
  return call_outcome(s, store, name);
}

/* A component (hearth_is_component), linked with WASI 0.2 (src/wasi/wasip2.c) over the same WASI
 * context as a core module gets (--dir, --env, arguments). Without --invoke it runs the
 * component's wasi:cli/run export like a command: exit status 0 when run returns ok, 1 for err,
 * wasi:cli/exit's code, 134 after a trap. `--invoke 'name(arg, ...)'` or `'iface#name(...)'`
 * calls an export instead, with the arguments and the printed result in WAVE. */
static int run_component(hearth_engine *engine, const file_buf *file, const run_opts *o) {
  hearth_component *c = NULL;
  hearth_store *store = NULL;
  hearth_component_instance *ci = NULL;
  hearth_clinker *linker = NULL;
  hearth_wasi *wasi = NULL;
  hearth_wasip2 *p2 = NULL;
  hearth_cval *args = NULL, res = {0};
  size_t nargs = 0;
  char *name = NULL, *text = NULL;
  int rc = EXIT_LOAD;
  /* phase times for --timing, as for core modules; negative: the phase did not start */
  double ms_compile = -1, ms_inst = -1;
  uint64_t t0 = mono_ns(), run_start = 0;
  hearth_status s = hearth_component_new(engine, file->data, file->len, &c);
  ms_compile = (double)(mono_ns() - t0) / 1e6;
  if (s != HEARTH_OK) {
    rc = fail_load(o->module, s == HEARTH_ERR_MALFORMED ? "cannot decode component"
                              : s == HEARTH_ERR_INVALID ? "invalid component" : "cannot load component", s);
    goto done;
  }
  if (o->invoke && o->nargs) {
    rc = usage_error("%s", "component arguments go inside --invoke 'name(arg, ...)'");
    goto done;
  }
  const char *open = NULL, *close = NULL;
  if (o->invoke) {
    open = strchr(o->invoke, '(');
    close = strrchr(o->invoke, ')');
    if (open && (!close || close < open || close[1])) {
      rc = usage_error("--invoke '%s': expected name(arg, ...)", o->invoke);
      goto done;
    }
    name = strndup(o->invoke, open ? (size_t)(open - o->invoke) : strlen(o->invoke));
  } else {
    name = strdup("wasi:cli/run#run");
  }
  if (!name) goto done;
  if ((s = hearth_store_new(engine, &store)) != HEARTH_OK ||
      (s = hearth_clinker_new(engine, &linker)) != HEARTH_OK ||
      (s = hearth_wasi_new(&wasi)) != HEARTH_OK ||
      (s = hearth_wasip2_new(wasi, &p2)) != HEARTH_OK) {
    rc = fail_load(o->module, "cannot set up", s);
    goto done;
  }
  if ((rc = setup_wasi(o, wasi)) >= 0) goto done;
  rc = EXIT_LOAD;
  hearth_wasip2_set_store(p2, store);
  /* --allow-host: outgoing HTTP (when built with libcurl) and sockets to those hosts */
  if (o->allow.n && h_hc_available() && h_hc_install(p2, &o->allow) != HEARTH_OK) {
    rc = usage_error("%s", "--allow-host: cannot set up outgoing HTTP");
    goto done;
  }
  if (o->allow_net || o->allow.n) {
    hearth_wasip2_net net = {.size = sizeof net, .allow = true,
                             .hosts = o->allow_net ? NULL : (const char *const *)o->allow.hosts,
                             .nhosts = o->allow_net ? 0 : o->allow.n};
    if ((s = hearth_wasip2_set_network(p2, &net)) != HEARTH_OK) {
      rc = usage_error("%s", hearth_errmsg());
      goto done;
    }
  }
  if ((s = hearth_wasip2_define(linker, p2)) != HEARTH_OK) {
    rc = fail_load(o->module, "cannot define WASI 0.2", s);
    goto done;
  }
  if (o->has_fuel) hearth_store_set_fuel(store, o->fuel);
  if (o->max_memory) hearth_store_set_memory_limit(store, o->max_memory);
  if (o->timeout_ns) hearth_store_set_deadline(store, mono_ns() + o->timeout_ns);
  t0 = mono_ns();
  s = hearth_component_instantiate(store, linker, c, &ci);
  ms_inst = (double)(mono_ns() - t0) / 1e6;
  if (s != HEARTH_OK) {
    rc = s == HEARTH_ERR_TRAP ? component_outcome(s, store, p2, "start")
                              : fail_load(o->module, s == HEARTH_ERR_UNLINKABLE
                                                         ? "cannot link component"
                                                         : "cannot instantiate component", s);
    goto done;
  }
  const hearth_ctype *ft;
  if (hearth_component_func_type(ci, name, &ft) != HEARTH_OK) {
    if (o->invoke)
      fprintf(stderr, "%s: %s: no exported function named \"%s\"\n", g_prog, o->module, name);
    else
      fprintf(stderr, "%s: %s: the component exports no wasi:cli/run (call an export with "
              "--invoke 'name(args)')\n", g_prog, o->module);
    goto done;
  }
  const char *at = open ? open + 1 : "";
  if (hearth_cval_parse_args(ft, at, open ? (size_t)(close - at) : 0, &args, &nargs) != HEARTH_OK) {
    rc = usage_error("--invoke %s: %s", name, hearth_errmsg());
    goto done;
  }
  run_start = mono_ns();
  s = hearth_component_call(ci, name, args, nargs, &res, 1);
  if ((rc = component_outcome(s, store, p2, name)) >= 0) goto done;
  rc = 0;
  if (!o->invoke) {
    /* run: func() -> result */
    rc = res.kind == HEARTH_CV_RESULT && res.of.cas.index == 0 ? 0 : 1;
  } else if (hearth_ctype_result(ft)) {
    if (hearth_cval_format(hearth_ctype_result(ft), &res, &text) != HEARTH_OK) {
      rc = call_outcome(HEARTH_ERR_ARGUMENT, store, name);
      goto done;
    }
    printf("%s\n", text);
  }
done:
  fflush(stdout);
  if (o->timing) {
    if (ms_compile >= 0) fprintf(stderr, "hearth: compile %.3f ms\n", ms_compile);
    if (ms_inst >= 0) fprintf(stderr, "hearth: instantiate %.3f ms\n", ms_inst);
    if (run_start) fprintf(stderr, "hearth: run %.3f ms\n", (double)(mono_ns() - run_start) / 1e6);
  }
  hearth_free(text);
  hearth_cval_clear(&res);
  for (size_t i = 0; i < nargs; i++) hearth_cval_clear(&args[i]);
  hearth_free(args);
  free(name);
  hearth_component_instance_delete(ci);
  hearth_store_delete(store);
  hearth_clinker_delete(linker);
  hearth_wasip2_delete(p2);
  hearth_wasi_delete(wasi);
  hearth_component_delete(c);
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
  /* Phase times in ms for --timing; negative = the phase did not start. */
  double ms_compile = -1, ms_inst = -1;
  uint64_t t0, run_start = 0;
  file_buf file;
  if (!load_file(o.module, &file, true)) {
    fprintf(stderr, "%s: cannot read %s: %s\n", g_prog, o.module, strerror(errno));
    rc = EXIT_LOAD;
    goto done;
  }
  hearth_config cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.max_stack_bytes = (size_t)o.max_stack;
  cfg.max_memory_bytes = o.max_memory;
  cfg.no_reset = true; /* a run never resets its instance: optimized code need not mark stores */
  if ((s = hearth_engine_new(&cfg, &engine)) != HEARTH_OK) {
    rc = fail_load(o.module, "cannot create engine", s);
    goto done;
  }
  if (hearth_is_component(file.data, file.len)) {
    rc = run_component(engine, &file, &o);
    goto done;
  }
  t0 = mono_ns();
  if (file.mapped) { /* a regular file: read by the library, which finds it in the code cache */
    release_file(&file);
    s = hearth_module_new_file(engine, o.module, &module);
  } else {
    s = hearth_module_new(engine, file.data, file.len, &module);
  }
  ms_compile = (double)(mono_ns() - t0) / 1e6;
  release_file(&file); /* the module keeps its own copy */
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

  if ((rc = setup_wasi(&o, wasi)) >= 0) goto done;
  if ((s = hearth_wasi_define(linker, wasi)) != HEARTH_OK) {
    rc = fail_load(o.module, "cannot define WASI", s);
    goto done;
  }
  if (o.timeout_ns) hearth_store_set_deadline(store, mono_ns() + o.timeout_ns);

  t0 = mono_ns();
  s = hearth_instance_new(store, linker, module, &inst);
  ms_inst = (double)(mono_ns() - t0) / 1e6;
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
  run_start = mono_ns();
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
  if (o.timing) {
    if (ms_compile >= 0) fprintf(stderr, "hearth: compile %.3f ms\n", ms_compile);
    if (ms_inst >= 0) fprintf(stderr, "hearth: instantiate %.3f ms\n", ms_inst);
    if (run_start) fprintf(stderr, "hearth: run %.3f ms\n", (double)(mono_ns() - run_start) / 1e6);
  }
  hearth_linker_delete(linker);
  hearth_store_delete(store);
  hearth_wasi_delete(wasi);
  hearth_module_delete(module);
  hearth_engine_delete(engine);
  release_file(&file);
  free_opts(&o);
  return rc;
}

/* ================================================================ soak */

typedef struct soak_opts {
  const char *module;
  const char *invoke;
  const char *input;
  uint64_t calls;
  uint64_t threads;
  bool has_policy;
  hearth_pool_policy policy;
  bool has_recycle_calls, has_recycle_memory;
  uint64_t recycle_calls, recycle_memory;
  uint64_t timeout_ns, fuel, max_memory, max_pool_memory;
  bool has_fuel;
  bool json;
  bool allow_net;           /* --allow-net: all of wasi:sockets (wasi:cli/run components) */
  const char **hosts;       /* --allow-host values (borrowed from argv; the array owned) */
  size_t nhosts;
  int nargs;
  char **args;
} soak_opts;

typedef enum soak_mode { SOAK_COMMAND, SOAK_BYTES, SOAK_PLAIN, SOAK_COMPONENT, SOAK_CLI_RUN } soak_mode;

/* A component's export under soak: --invoke 'name(args)' in WAVE. */
typedef struct soak_comp {
  hearth_component *c;
  hearth_clinker *l;
  char *name;
  hearth_cval *args;     /* owned (hearth_cval_clear each, hearth_free) */
  size_t nargs;
  const hearth_ctype *result; /* NULL: no result */
  hearth_wasi *tw;       /* SOAK_CLI_RUN: the template's WASI contexts (its start functions') */
  hearth_wasip2 *tp2;
  hearth_wasi *nw;       /* SOAK_COMPONENT with --allow-net/--allow-host: a context holding the */
  hearth_wasip2 *np2;    /* grant (resolved once), shared by every call's own context */
} soak_comp;

typedef struct soak_run {
  hearth_pool *pool;
  soak_mode mode;
  const soak_opts *o;
  const char *const *argv;
  size_t argc;
  const uint8_t *input;
  size_t input_len;
  uint8_t *ref;        /* the first call's output */
  size_t ref_len;
  const soak_comp *comp; /* SOAK_COMPONENT */
  bool compare;        /* compare each call's output with the first's */
  atomic_uint_fast64_t next, done, ok;
  atomic_long rss_1k;
  atomic_long minflt_1k; /* the process's minor faults when call 1000 was done (-1: not yet) */
  char first_error[256];
  atomic_flag error_taken;
} soak_run;

/* Minor page faults of the whole process so far. */
static long soak_minflt(void) {
  struct rusage ru;
  return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_minflt : 0;
}

/* VmRSS or VmHWM of this process in KiB (-1 if unavailable). */
static long soak_status_kib(const char *key) {
  FILE *f = fopen("/proc/self/status", "r");
  if (!f) return -1;
  char line[256];
  long v = -1;
  size_t kl = strlen(key);
  while (fgets(line, sizeof line, f))
    if (strncmp(line, key, kl) == 0 && line[kl] == ':') v = strtol(line + kl + 1, NULL, 10);
  fclose(f);
  return v;
}

static void soak_note_error(soak_run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void soak_note_error(soak_run *r, const char *fmt, ...) {
  if (atomic_flag_test_and_set(&r->error_taken)) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(r->first_error, sizeof r->first_error, fmt, ap);
  va_end(ap);
}

/* One call; *out (owned, free with hearth_free) set for the output-comparing modes. */
static hearth_status soak_call(soak_run *r, uint8_t **out, size_t *out_len, int *exit_code) {
  *out = NULL;
  *out_len = 0;
  *exit_code = 0;
  if (r->mode == SOAK_BYTES)
    return hearth_pool_call_bytes(r->pool, r->o->invoke, r->input, r->input_len, out, out_len,
                                  NULL);
  if (r->mode == SOAK_PLAIN) {
    hearth_val res[16];
    return hearth_pool_call(r->pool, r->o->invoke, NULL, 0, res, 16, NULL);
  }
  if (r->mode == SOAK_COMPONENT) { /* the output: the result in WAVE */
    hearth_cval res;
    memset(&res, 0, sizeof res);
    /* A WASI 0.2 context of the call's own, entered while it runs and while its instance is
     * reset (inside the pool call), then deleted: nothing the call opened reaches the next. */
    hearth_wasi *w = NULL;
    hearth_wasip2 *p2 = NULL;
    hearth_status s = hearth_wasi_new(&w);
    if (s == HEARTH_OK) s = hearth_wasip2_new(w, &p2);
    if (s == HEARTH_OK) hearth_wasip2_share_network(p2, r->comp->np2); /* the sockets grant */
    hearth_wasip2 *prev = hearth_wasip2_enter(p2);
    if (s == HEARTH_OK)
      s = hearth_pool_call_component(r->pool, r->comp->name, r->comp->args, r->comp->nargs, &res,
                                     1, NULL);
    hearth_wasip2_enter(prev);
    hearth_wasip2_delete(p2);
    hearth_wasi_delete(w);
    char *text = NULL;
    if (s == HEARTH_OK && r->comp->result) s = hearth_cval_format(r->comp->result, &res, &text);
    hearth_cval_clear(&res);
    *out = (uint8_t *)text;
    *out_len = text ? strlen(text) : 0;
    return s;
  }
  hearth_command_io io;
  memset(&io, 0, sizeof io);
  io.argc = r->argc;
  io.argv = r->argv;
  io.stdin_data = r->input;
  io.stdin_len = r->input_len;
  hearth_command_result res;
  hearth_status s = r->mode == SOAK_CLI_RUN
                        ? hearth_pool_run_component_command(r->pool, &io, NULL, NULL, &res)
                        : hearth_pool_run_command(r->pool, &io, &res);
  hearth_free(res.err);
  *out = res.out;
  *out_len = res.out_len;
  *exit_code = res.exit_code;
  return s;
}

static bool soak_one(soak_run *r) {
  uint8_t *out;
  size_t out_len;
  int code;
  hearth_status s = soak_call(r, &out, &out_len, &code);
  bool ok = s == HEARTH_OK && code == 0;
  if (!ok) {
    if (s != HEARTH_OK) soak_note_error(r, "%s: %s", hearth_status_str(s), hearth_errmsg());
    else soak_note_error(r, "exit code %d", code);
  } else if (r->compare &&
             (out_len != r->ref_len || (out_len && memcmp(out, r->ref, out_len) != 0))) {
    ok = false;
    soak_note_error(r, "output differs from the first call's (%zu bytes vs %zu)", out_len,
                    r->ref_len);
  }
  hearth_free(out);
  return ok;
}

static void *soak_thread(void *arg) {
  soak_run *r = arg;
  for (;;) {
    uint64_t i = atomic_fetch_add(&r->next, 1);
    if (i >= r->o->calls) break;
    if (soak_one(r)) atomic_fetch_add(&r->ok, 1);
    if (atomic_fetch_add(&r->done, 1) + 1 == 1000) {
      atomic_store(&r->minflt_1k, soak_minflt());
      atomic_store(&r->rss_1k, soak_status_kib("VmRSS"));
    }
  }
  return NULL;
}

static int parse_soak(int argc, char **argv, int i, soak_opts *o) {
  for (; i < argc; i++) {
    const char *a = argv[i];
    bool bad = false;
    const char *v;
    if (strcmp(a, "--") == 0) {
      o->args = argv + i + 1;
      o->nargs = argc - i - 1;
      break;
    }
    if (a[0] != '-' || a[1] == 0) {
      if (o->module) return usage_error("soak: unexpected argument \"%s\" (ARGS go after --)", a);
      o->module = a;
      continue;
    }
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return 0;
    }
    if (strcmp(a, "--json") == 0) {
      o->json = true;
    } else if (strcmp(a, "--allow-net") == 0) {
      o->allow_net = true;
    } else if (opt_is(a, "--allow-host")) {
      v = opt_value(argc, argv, &i, "--allow-host", &bad);
      if (bad || !*v) return usage_error("%s", "--allow-host needs HOST[:PORT]");
      const char **nh = realloc(o->hosts, (o->nhosts + 1) * sizeof *nh);
      if (!nh) return EXIT_LOAD;
      o->hosts = nh;
      nh[o->nhosts++] = v;
    } else if (opt_is(a, "--invoke")) {
      o->invoke = opt_value(argc, argv, &i, "--invoke", &bad);
      if (bad || !*o->invoke) return usage_error("%s", "--invoke needs a function name");
    } else if (opt_is(a, "--input")) {
      o->input = opt_value(argc, argv, &i, "--input", &bad);
      if (bad) return usage_error("%s", "--input needs a file");
    } else if (opt_is(a, "--calls")) {
      v = opt_value(argc, argv, &i, "--calls", &bad);
      if (bad || !parse_u64(v, &o->calls) || o->calls == 0)
        return usage_error("bad --calls value \"%s\"", bad ? "" : v);
    } else if (opt_is(a, "--threads")) {
      v = opt_value(argc, argv, &i, "--threads", &bad);
      if (bad || !parse_u64(v, &o->threads) || o->threads == 0 || o->threads > 1024)
        return usage_error("bad --threads value \"%s\" (1 to 1024)", bad ? "" : v);
    } else if (opt_is(a, "--policy")) {
      v = opt_value(argc, argv, &i, "--policy", &bad);
      if (!bad && strcmp(v, "reset") == 0) o->policy = HEARTH_POLICY_RESET;
      else if (!bad && strcmp(v, "reuse") == 0) o->policy = HEARTH_POLICY_REUSE;
      else return usage_error("bad --policy value \"%s\" (reset or reuse)", bad ? "" : v);
      o->has_policy = true;
    } else if (opt_is(a, "--recycle-calls")) {
      v = opt_value(argc, argv, &i, "--recycle-calls", &bad);
      if (bad || !parse_u64(v, &o->recycle_calls))
        return usage_error("bad --recycle-calls value \"%s\"", bad ? "" : v);
      o->has_recycle_calls = true;
    } else if (opt_is(a, "--recycle-memory")) {
      v = opt_value(argc, argv, &i, "--recycle-memory", &bad);
      if (bad || hearth_parse_size(v, &o->recycle_memory) != HEARTH_OK)
        return usage_error("bad --recycle-memory value \"%s\" (e.g. 64M)", bad ? "" : v);
      o->has_recycle_memory = true;
    } else if (opt_is(a, "--timeout")) {
      v = opt_value(argc, argv, &i, "--timeout", &bad);
      if (bad || hearth_parse_duration(v, &o->timeout_ns) != HEARTH_OK || o->timeout_ns == 0)
        return usage_error("bad --timeout value \"%s\" (e.g. 500ms, 2s)", bad ? "" : v);
    } else if (opt_is(a, "--fuel")) {
      v = opt_value(argc, argv, &i, "--fuel", &bad);
      if (bad || !parse_u64(v, &o->fuel) || o->fuel == 0)
        return usage_error("bad --fuel value \"%s\"", bad ? "" : v);
      o->has_fuel = true;
    } else if (opt_is(a, "--max-pool-memory")) {
      v = opt_value(argc, argv, &i, "--max-pool-memory", &bad);
      if (bad || hearth_parse_size(v, &o->max_pool_memory) != HEARTH_OK || o->max_pool_memory == 0)
        return usage_error("bad --max-pool-memory value \"%s\" (e.g. 256M)", bad ? "" : v);
    } else if (opt_is(a, "--max-memory")) {
      v = opt_value(argc, argv, &i, "--max-memory", &bad);
      if (bad || hearth_parse_size(v, &o->max_memory) != HEARTH_OK || o->max_memory == 0)
        return usage_error("bad --max-memory value \"%s\" (e.g. 64M)", bad ? "" : v);
    } else {
      return usage_error("soak: unknown option %s", a);
    }
  }
  if (!o->module) return usage_error("%s", "soak: no module given");
  if (!o->calls) return usage_error("%s", "soak: --calls N is required");
  if (o->invoke && o->nargs) return usage_error("%s", "soak: ARGS only apply to commands");
  return -1;
}

/* Loads a component for soak: its template (a linker with WASI 0.2, routed to the calling thread's
 * context) and the call of --invoke. -1 when ready, else the exit status. */
static int soak_component(hearth_engine *engine, const file_buf *file, const soak_opts *o,
                          soak_comp *sc, hearth_template **tmpl) {
  hearth_status s = hearth_component_new(engine, file->data, file->len, &sc->c);
  if (s != HEARTH_OK)
    return fail_load(o->module, s == HEARTH_ERR_MALFORMED ? "cannot decode component"
                                : s == HEARTH_ERR_INVALID ? "invalid component" : "cannot load component", s);
  if (!o->invoke) { /* a wasi:cli/run component, run per call with WASI 0.2 of its own */
    hearth_wasip2 *prev;
    if ((s = hearth_clinker_new(engine, &sc->l)) != HEARTH_OK ||
        (s = hearth_wasip2_define(sc->l, NULL)) != HEARTH_OK || (s = hearth_wasi_new(&sc->tw)) != HEARTH_OK ||
        (s = hearth_wasip2_new(sc->tw, &sc->tp2)) != HEARTH_OK)
      return fail_load(o->module, "cannot set up", s);
    prev = hearth_wasip2_enter(sc->tp2);
    s = hearth_template_new_component(engine, sc->c, sc->l, NULL, tmpl);
    hearth_wasip2_enter(prev);
    if (s != HEARTH_OK)
      return fail_load(o->module, s == HEARTH_ERR_UNLINKABLE ? "cannot link component"
                                                             : "cannot make a template", s);
    /* only a wasi:cli/run component runs without --invoke (a scratch instance tells) */
    hearth_store *store = NULL;
    hearth_component_instance *ci = NULL;
    const hearth_ctype *ft;
    int rc = -1;
    if ((s = hearth_store_new(engine, &store)) != HEARTH_OK ||
        (s = hearth_template_instantiate_component(*tmpl, store, &ci)) != HEARTH_OK) {
      rc = fail_load(o->module, "cannot instantiate component", s);
    } else if (hearth_component_func_type(ci, "wasi:cli/run#run", &ft) != HEARTH_OK) {
      fprintf(stderr, "%s: soak: %s: a component needs --invoke 'name(args)' unless it exports "
              "wasi:cli/run\n", g_prog, o->module);
      rc = EXIT_USAGE;
    }
    hearth_component_instance_delete(ci);
    hearth_store_delete(store);
    return rc;
  }
  const char *open = strchr(o->invoke, '('), *close = strrchr(o->invoke, ')');
  if (open && (!close || close < open || close[1]))
    return usage_error("--invoke '%s': expected name(arg, ...)", o->invoke);
  sc->name = strndup(o->invoke, open ? (size_t)(open - o->invoke) : strlen(o->invoke));
  if (!sc->name) return EXIT_LOAD;
  /* WASI 0.2 routed to the calling thread's context: each call gets one of its own (soak_call),
   * the template and the probe below the one made here. */
  if ((s = hearth_clinker_new(engine, &sc->l)) != HEARTH_OK ||
      (s = hearth_wasip2_define(sc->l, NULL)) != HEARTH_OK || (s = hearth_wasi_new(&sc->tw)) != HEARTH_OK ||
      (s = hearth_wasip2_new(sc->tw, &sc->tp2)) != HEARTH_OK)
    return fail_load(o->module, "cannot set up", s);
  hearth_wasip2 *prev = hearth_wasip2_enter(sc->tp2);
  if ((s = hearth_template_new_component(engine, sc->c, sc->l, NULL, tmpl)) != HEARTH_OK) {
    hearth_wasip2_enter(prev);
    return fail_load(o->module, s == HEARTH_ERR_UNLINKABLE ? "cannot link component"
                                                           : "cannot make a template", s);
  }
  /* The export's type, from a scratch instance (no guest code runs past the start functions). */
  hearth_store *store = NULL;
  hearth_component_instance *ci = NULL;
  const hearth_ctype *ft = NULL;
  int rc = -1;
  if ((s = hearth_store_new(engine, &store)) != HEARTH_OK ||
      (s = hearth_template_instantiate_component(*tmpl, store, &ci)) != HEARTH_OK) {
    rc = fail_load(o->module, "cannot instantiate component", s);
  } else if (hearth_component_func_type(ci, sc->name, &ft) != HEARTH_OK) {
    fprintf(stderr, "%s: %s: no exported function named \"%s\"\n", g_prog, o->module, sc->name);
    rc = EXIT_LOAD;
  } else {
    const char *at = open ? open + 1 : "";
    if (hearth_cval_parse_args(ft, at, open ? (size_t)(close - at) : 0, &sc->args, &sc->nargs) !=
        HEARTH_OK)
      rc = usage_error("--invoke %s: %s", sc->name, hearth_errmsg());
    sc->result = hearth_ctype_result(ft);
  }
  hearth_component_instance_delete(ci);
  hearth_store_delete(store);
  hearth_wasip2_enter(prev);
  return rc;
}

/* Chooses the call style from the module's exports, with a probe instance (no code runs). */
static int soak_mode_of(hearth_engine *engine, hearth_template *t, const soak_opts *o,
                        soak_mode *mode) {
  hearth_store *store = NULL;
  hearth_instance *inst;
  hearth_extern ex;
  int rc = -1;
  hearth_status s = hearth_store_new(engine, &store);
  if (s == HEARTH_OK) s = hearth_template_instantiate(t, store, &inst);
  if (s != HEARTH_OK) {
    rc = fail_load(o->module, "cannot instantiate module", s);
  } else if (!o->invoke) {
    if (hearth_instance_export(inst, "_start", &ex) != HEARTH_OK || ex.kind != HEARTH_EXTERN_FUNC) {
      fprintf(stderr, "%s: soak: %s is not a WASI command (no _start); use --invoke\n", g_prog,
              o->module);
      rc = EXIT_USAGE;
    }
    *mode = SOAK_COMMAND;
  } else if (hearth_instance_export(inst, o->invoke, &ex) != HEARTH_OK ||
             ex.kind != HEARTH_EXTERN_FUNC) {
    fprintf(stderr, "%s: %s: no exported function named \"%s\"\n", g_prog, o->module, o->invoke);
    rc = EXIT_LOAD;
  } else {
    const hearth_valtype *pt, *rt;
    size_t np, nr;
    hearth_func_type(ex.of.func, &pt, &np, &rt, &nr);
    hearth_extern re;
    bool has_realloc = hearth_instance_export(inst, "cabi_realloc", &re) == HEARTH_OK &&
                       re.kind == HEARTH_EXTERN_FUNC;
    if (np == 2 && nr == 1 && pt[0] == HEARTH_I32 && pt[1] == HEARTH_I32 && rt[0] == HEARTH_I32 &&
        has_realloc) {
      *mode = SOAK_BYTES;
    } else if (np == 0 && nr <= 16) {
      *mode = SOAK_PLAIN;
    } else {
      fprintf(stderr,
              "%s: soak: \"%s\" must be (i32, i32) -> i32 with a cabi_realloc export (bytes "
              "ABI), or take no parameters\n", g_prog, o->invoke);
      rc = EXIT_USAGE;
    }
  }
  hearth_store_delete(store);
  return rc;
}

static int cmd_soak(int argc, char **argv, int first) {
  soak_opts o;
  memset(&o, 0, sizeof o);
  o.threads = 1;
  int rc = parse_soak(argc, argv, first, &o);
  if (rc >= 0) {
    free(o.hosts);
    return rc;
  }

  hearth_engine *engine = NULL;
  hearth_module *module = NULL;
  hearth_linker *linker = NULL;
  hearth_template *tmpl = NULL;
  hearth_pool *pool = NULL;
  soak_comp comp;
  memset(&comp, 0, sizeof comp);
  const uint8_t *input = NULL;
  const char **wargv = NULL;
  soak_run *run = NULL;
  pthread_t *ths = NULL;
  size_t input_len = 0;
  hearth_status s;
  file_buf file, infile = {0};
  if (!load_file(o.module, &file, true)) {
    fprintf(stderr, "%s: cannot read %s: %s\n", g_prog, o.module, strerror(errno));
    rc = EXIT_LOAD;
    goto done;
  }
  if (o.input) {
    if (!load_file(o.input, &infile, false)) {
      fprintf(stderr, "%s: cannot read %s: %s\n", g_prog, o.input, strerror(errno));
      rc = EXIT_LOAD;
      goto done;
    }
    input = infile.data;
    input_len = infile.len;
  }
  if ((s = hearth_engine_new(NULL, &engine)) != HEARTH_OK) {
    rc = fail_load(o.module, "cannot create engine", s);
    goto done;
  }
  soak_mode mode = SOAK_COMMAND;
  if (hearth_is_component(file.data, file.len)) {
    rc = soak_component(engine, &file, &o, &comp, &tmpl);
    release_file(&file);
    if (rc >= 0) goto done;
    mode = o.invoke ? SOAK_COMPONENT : SOAK_CLI_RUN;
    goto pool;
  }
  s = hearth_module_new(engine, file.data, file.len, &module);
  release_file(&file); /* the module keeps its own copy */
  if (s != HEARTH_OK) {
    rc = fail_load(o.module, s == HEARTH_ERR_INVALID ? "invalid module" : "cannot load module", s);
    goto done;
  }
  if ((s = hearth_linker_new(engine, &linker)) != HEARTH_OK ||
      (s = hearth_wasi_define(linker, NULL)) != HEARTH_OK) {
    rc = fail_load(o.module, "cannot set up", s);
    goto done;
  }
  if ((s = hearth_template_new(engine, module, linker, NULL, &tmpl)) != HEARTH_OK) {
    rc = fail_load(o.module, s == HEARTH_ERR_UNLINKABLE ? "cannot link module"
                                                         : "cannot make a template", s);
    goto done;
  }
  if ((rc = soak_mode_of(engine, tmpl, &o, &mode)) >= 0) goto done;

pool:;
  hearth_pool_config cfg;
  hearth_pool_config_init(&cfg);
  if (o.has_policy) cfg.policy = o.policy;
  if (o.has_recycle_calls) cfg.recycle_calls = o.recycle_calls;
  if (o.has_recycle_memory) cfg.recycle_memory_bytes = o.recycle_memory;
  if (o.timeout_ns) cfg.call_timeout_ms = (o.timeout_ns + 999999) / 1000000;
  if (o.has_fuel) cfg.call_fuel = o.fuel;
  if (o.max_memory) cfg.max_memory_bytes = o.max_memory;
  if (o.max_pool_memory) cfg.max_pool_memory_bytes = o.max_pool_memory;
  cfg.max_instances = (uint32_t)o.threads;
  if (cfg.min_instances > cfg.max_instances) cfg.min_instances = cfg.max_instances;
  if (cfg.queue_max < o.threads) cfg.queue_max = (uint32_t)o.threads;
  if ((s = hearth_pool_new(tmpl, &cfg, &pool)) != HEARTH_OK) {
    rc = fail_load(o.module, "cannot create the pool", s);
    goto done;
  }
  /* --allow-net / --allow-host: the same grant as `hearth run`'s, for every run of a
   * wasi:cli/run component and every call of a component's export (each call's own WASI 0.2
   * context shares the grant, resolved here once) */
  if (o.allow_net || o.nhosts) {
    if (mode != SOAK_CLI_RUN && mode != SOAK_COMPONENT) {
      rc = usage_error("%s", "soak: --allow-net and --allow-host apply to components");
      goto done;
    }
    hearth_wasip2_net net = {.size = sizeof net, .allow = true,
                             .hosts = o.allow_net ? NULL : o.hosts,
                             .nhosts = o.allow_net ? 0 : o.nhosts};
    if (mode == SOAK_CLI_RUN) {
      s = hearth_pool_set_network(pool, &net);
    } else {
      s = hearth_wasi_new(&comp.nw);
      if (s == HEARTH_OK) s = hearth_wasip2_new(comp.nw, &comp.np2);
      if (s == HEARTH_OK) s = hearth_wasip2_set_network(comp.np2, &net);
    }
    if (s != HEARTH_OK) {
      rc = usage_error("soak: %s", hearth_errmsg());
      goto done;
    }
  }

  run = calloc(1, sizeof *run);
  wargv = calloc((size_t)o.nargs + 1, sizeof *wargv);
  ths = calloc(o.threads, sizeof *ths);
  if (!run || !wargv || !ths) {
    fprintf(stderr, "%s: out of memory\n", g_prog);
    rc = EXIT_LOAD;
    goto done;
  }
  wargv[0] = o.module;
  for (int i = 0; i < o.nargs; i++) wargv[i + 1] = o.args[i];
  run->pool = pool;
  run->mode = mode;
  run->comp = &comp;
  /* Plain calls return nothing to compare; a component's result is compared under reset only
   * (reuse lets state carry over, so results may rightly differ). */
  run->compare = mode != SOAK_PLAIN && (mode != SOAK_COMPONENT || cfg.policy == HEARTH_POLICY_RESET);
  run->o = &o;
  run->argv = wargv;
  run->argc = (size_t)o.nargs + 1;
  run->input = input;
  run->input_len = input_len;
  atomic_flag_clear(&run->error_taken);
  atomic_init(&run->rss_1k, -1L);
  atomic_init(&run->minflt_1k, -1L);

  long rss_start = soak_status_kib("VmRSS");
  uint64_t t0 = mono_ns();
  /* The first call alone: its output is the reference for the others. */
  {
    int code;
    s = soak_call(run, &run->ref, &run->ref_len, &code);
    if (s == HEARTH_OK && code == 0) atomic_store(&run->ok, 1);
    else if (s != HEARTH_OK) soak_note_error(run, "%s: %s", hearth_status_str(s), hearth_errmsg());
    else soak_note_error(run, "exit code %d", code);
    atomic_store(&run->next, 1);
    atomic_store(&run->done, 1);
  }
  long minflt_first = soak_minflt(); /* after the first call: the baseline below 1000 calls */
  uint64_t started = 0;
  for (uint64_t i = 0; i < o.threads; i++) {
    if (pthread_create(&ths[i], NULL, soak_thread, run) != 0) break;
    started++;
  }
  if (!started) soak_thread(run);
  for (uint64_t i = 0; i < started; i++) pthread_join(ths[i], NULL);
  double secs = (double)(mono_ns() - t0) / 1e9;
  long rss_end = soak_status_kib("VmRSS"), rss_peak = soak_status_kib("VmHWM");
  /* Faults per call in steady state: after the first 1000 calls (warm-up: lazy compilation, the
   * pool growing), or after the first call when there are no more than 1000. */
  long minflt_end = soak_minflt(), minflt_1k = atomic_load(&run->minflt_1k);
  uint64_t fault_calls = o.calls > 1000 ? o.calls - 1000 : o.calls - 1;
  long fault_base = o.calls > 1000 && minflt_1k >= 0 ? minflt_1k : minflt_first;
  double faults_per_call =
      fault_calls ? (double)(minflt_end - fault_base) / (double)fault_calls : 0.0;

  hearth_pool_stats st = {0};
  hearth_pool_stats_get(pool, &st);
  uint64_t ok = atomic_load(&run->ok), failed = o.calls - ok;
  uint64_t recycles = st.recycles_calls + st.recycles_memory + st.recycles_age;
  double cps = secs > 0 ? (double)o.calls / secs : 0;
  if (o.json) {
    printf("{\"calls\": %" PRIu64 ", \"ok\": %" PRIu64 ", \"failed\": %" PRIu64
           ", \"calls_per_s\": %.1f, \"p50_us\": %.2f, \"p99_us\": %.2f, \"rss_start_kib\": %ld"
           ", \"rss_end_kib\": %ld, \"rss_peak_kib\": %ld, \"linear_peak_kib\": %" PRIu64
           ", \"instantiations\": %" PRIu64 ", \"resets\": %" PRIu64 ", \"recycles\": %" PRIu64
           ", \"pool_memory_peak_kib\": %" PRIu64 ", \"faults_per_call\": %.3f"
           ", \"rss_1000_kib\": %ld}\n",
           o.calls, ok, failed, cps, st.latency_p50_us, st.latency_p99_us, rss_start, rss_end,
           rss_peak, st.linear_bytes_peak / 1024, st.instantiations, st.resets, recycles,
           st.pool_bytes_peak / 1024, faults_per_call, (long)atomic_load(&run->rss_1k));
  } else {
    const char *style = mode == SOAK_COMMAND     ? "WASI command"
                        : mode == SOAK_CLI_RUN   ? "wasi:cli/run component (WASI 0.2)"
                        : mode == SOAK_BYTES     ? "bytes ABI"
                        : mode == SOAK_COMPONENT ? "component call (WIT-typed)"
                                                 : "typed call";
    printf("soak %s: %s, policy %s, %" PRIu64 " thread%s\n", o.module, style,
           cfg.policy == HEARTH_POLICY_REUSE ? "reuse" : "reset", o.threads,
           o.threads == 1 ? "" : "s");
    printf("  calls            %" PRIu64 " (ok %" PRIu64 ", failed %" PRIu64 ")\n", o.calls, ok,
           failed);
    if (failed)
      printf("  failures         trap %" PRIu64 ", deadline %" PRIu64 ", fuel %" PRIu64
             ", memory %" PRIu64 ", other %" PRIu64 "\n",
             st.failed_trap, st.failed_deadline, st.failed_fuel, st.failed_memory,
             st.failed_other);
    if (mode == SOAK_COMPONENT && run->ref && comp.result)
      printf("  result           %.*s (the first call's)\n", (int)run->ref_len, (const char *)run->ref);
    printf("  calls/s          %.1f (%.3f s)\n", cps, secs);
    printf("  latency          p50 %.2f us, p99 %.2f us (last %u calls)\n", st.latency_p50_us,
           st.latency_p99_us, o.calls < 4096 ? (unsigned)o.calls : 4096u);
    char rss1k[32] = "n/a";
    long r1k = atomic_load(&run->rss_1k);
    if (r1k >= 0) snprintf(rss1k, sizeof rss1k, "%ld KiB", r1k);
    printf("  RSS              start %ld KiB, after 1000 calls %s, end %ld KiB, peak %ld KiB\n",
           rss_start, rss1k, rss_end, rss_peak);
    printf("  linear memory    peak %" PRIu64 " KiB (one instance)\n", st.linear_bytes_peak / 1024);
    if (cfg.max_pool_memory_bytes)
      printf("  pool memory      peak %" PRIu64 " KiB (all instances; budget %" PRIu64 " KiB)\n",
             st.pool_bytes_peak / 1024, cfg.max_pool_memory_bytes / 1024);
    else
      printf("  pool memory      peak %" PRIu64 " KiB (all instances; no budget)\n",
             st.pool_bytes_peak / 1024);
    printf("  page faults      %.3f per call (minor, %s)\n", faults_per_call,
           o.calls > 1000 ? "after the first 1000 calls" : "after the first call");
    printf("  instantiations   %" PRIu64 "\n", st.instantiations);
    printf("  resets           %" PRIu64 "\n", st.resets);
    printf("  recycles         %" PRIu64 " (calls %" PRIu64 ", memory %" PRIu64 ", age %" PRIu64
           "), discards after failures %" PRIu64 "\n",
           recycles, st.recycles_calls, st.recycles_memory, st.recycles_age, st.discards);
  }
  fflush(stdout);
  if (failed) fprintf(stderr, "%s: soak: %" PRIu64 " call%s failed; first: %s\n", g_prog, failed,
                      failed == 1 ? "" : "s", run->first_error);
  rc = failed ? EXIT_LOAD : 0;

done:
  fflush(stdout);
  if (run) hearth_free(run->ref);
  free(run);
  free(ths);
  free(wargv);
  hearth_pool_delete(pool);
  hearth_template_delete(tmpl);
  for (size_t i = 0; i < comp.nargs; i++) hearth_cval_clear(&comp.args[i]);
  hearth_free(comp.args);
  free(comp.name);
  hearth_clinker_delete(comp.l);
  hearth_wasip2_delete(comp.np2);
  hearth_wasi_delete(comp.nw);
  hearth_wasip2_delete(comp.tp2);
  hearth_wasi_delete(comp.tw);
  hearth_component_delete(comp.c);
  hearth_linker_delete(linker);
  hearth_module_delete(module);
  hearth_engine_delete(engine);
  release_file(&infile);
  release_file(&file);
  free(o.hosts);
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
  if (strcmp(cmd, "soak") == 0) return cmd_soak(argc, argv, 2);
  if (strcmp(cmd, "compile") == 0) return cmd_compile(argc, argv, 2);
  if (strcmp(cmd, "serve") == 0) {
#if H_SERVE
    return hearth_serve_main(argc - 1, argv + 1);
#else
    fprintf(stderr, "%s: built without serve support (it needs libmicrohttpd and libyaml at build "
            "time; see README)\n", g_prog);
    return EXIT_LOAD;
#endif
  }
  if (strcmp(cmd, "help") == 0) {
    usage(stdout);
    return 0;
  }
  return cmd_run(argc, argv, 1);
}
