/* test_cache.c: the code cache (cache.c): SHA-256, hits and misses, damaged and foreign entries
 * (recompiled, same results), concurrent writers, an unusable cache directory, the CLI's
 * `hearth compile`, templates built on a cache hit, and compiled code kept in entries (written
 * back, merged, damaged, lying, foreign, written concurrently). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"
#include "proc.h"

/* Functions with locals of every slot size (v128 takes two slots), so a wrong local count in an
 * entry would show; "run" mixes them into one number. */
static const char *k_wat =
    "(module\n"
    "  (memory 1)\n"
    "  (func $mix (param i32 i64) (result i64)\n"
    "    (local i32 i64 f64 v128 f32)\n"
    "    (local.set 2 (i32.mul (local.get 0) (i32.const 31)))\n"
    "    (local.set 3 (i64.add (local.get 1) (i64.extend_i32_u (local.get 2))))\n"
    "    (local.set 4 (f64.convert_i64_s (local.get 3)))\n"
    "    (local.set 5 (i64x2.splat (local.get 3)))\n"
    "    (local.set 6 (f32.demote_f64 (local.get 4)))\n"
    "    (i64.add (i64x2.extract_lane 1 (local.get 5))\n"
    "             (i64.trunc_f32_s (local.get 6))))\n"
    "  (func $loop (param i32) (result i64) (local i64 i32)\n"
    "    (block (loop\n"
    "      (br_if 1 (i32.ge_u (local.get 2) (local.get 0)))\n"
    "      (local.set 1 (call $mix (local.get 2) (local.get 1)))\n"
    "      (local.set 2 (i32.add (local.get 2) (i32.const 1)))\n"
    "      (br 0)))\n"
    "    (local.get 1))\n"
    "  (func (export \"run\") (param i32) (result i64) (call $loop (local.get 0))))\n";

/* A fresh cache directory for this case (removed at exit by the next mkdtemp user: tmpfs). */
static char g_dir[64];
static void fresh_dir(void) {
  snprintf(g_dir, sizeof g_dir, "/tmp/hearth-cache-test-XXXXXX");
  CHECK(mkdtemp(g_dir) != NULL);
  CHECK(setenv("HEARTH_CACHE_DIR", g_dir, 1) == 0);
  CHECK(setenv("HEARTH_CACHE_MIN_BYTES", "0", 1) == 0);
  unsetenv("HEARTH_CACHE");
  unsetenv("HEARTH_CACHE_CPU");
}

static int count_files(const char *dir, const char *suffix) {
  DIR *d = opendir(dir);
  if (!d) return -1;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    size_t l = strlen(e->d_name), s = strlen(suffix);
    if (l >= s && strcmp(e->d_name + l - s, suffix) == 0) n++;
  }
  closedir(d);
  return n;
}

static void rm_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  char p[512];
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
    unlink(p);
  }
  closedir(d);
  rmdir(dir);
}

static unsigned hits(void) {
  unsigned h, s;
  h_cache_counts(&h, &s);
  return h;
}
static unsigned stores(void) {
  unsigned h, s;
  h_cache_counts(&h, &s);
  return s;
}

/* Builds the module and returns run(n), checking the call worked. */
static int64_t build_and_run(hearth_engine *e, const char *wat, int32_t n) {
  hearth_module *m = NULL;
  hearth_status s = hearth_module_new(e, (const uint8_t *)wat, strlen(wat), &m);
  if (s != HEARTH_OK) fprintf(stderr, "module: %s\n", hearth_errmsg());
  CHECK(s == HEARTH_OK);
  hearth_store *st = NULL;
  CHECK(hearth_store_new(e, &st) == HEARTH_OK);
  hearth_instance *inst = NULL;
  CHECK(hearth_instance_new(st, NULL, m, &inst) == HEARTH_OK);
  hearth_extern ex;
  CHECK(hearth_instance_export(inst, "run", &ex) == HEARTH_OK);
  hearth_val arg = {.type = HEARTH_I32, .of.i32 = n}, res;
  CHECK(hearth_func_call(ex.of.func, &arg, 1, &res, 1) == HEARTH_OK);
  hearth_store_delete(st);
  hearth_module_delete(m);
  return res.of.i64;
}

/* The entry's path for k_wat under the current environment. */
static void entry_of(hearth_engine *e, char *path, size_t cap) {
  hearth_module *m = NULL;
  CHECK(setenv("HEARTH_CACHE_MIN_BYTES", "999999999", 1) == 0); /* no lookup while asking */
  CHECK(hearth_module_new(e, (const uint8_t *)k_wat, strlen(k_wat), &m) == HEARTH_OK);
  CHECK(setenv("HEARTH_CACHE_MIN_BYTES", "0", 1) == 0);
  CHECK(hearth_module_cache_path(m, path, cap) == HEARTH_OK);
  hearth_module_delete(m);
}

static hearth_engine *engine(void) {
  hearth_engine *e = NULL;
  CHECK(hearth_engine_new(NULL, &e) == HEARTH_OK);
  return e;
}

static void hex(const uint8_t d[32], char out[65]) {
  for (int i = 0; i < 32; i++) snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static void sha256_vectors_check(void) {
  uint8_t d[32];
  char h[65];
  h_sha256("abc", 3, d);
  hex(d, h);
  CHECK_STR(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  h_sha256("", 0, d);
  hex(d, h);
  CHECK_STR(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  h_sha256(two, strlen(two), d);
  hex(d, h);
  CHECK_STR(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  /* one million 'a', fed in uneven pieces */
  static char a[1000000];
  memset(a, 'a', sizeof a);
  h_sha256_ctx c;
  h_sha256_init(&c);
  for (size_t off = 0, k = 1; off < sizeof a; off += k, k = k * 3 % 1009 + 1)
    h_sha256_update(&c, a + off, off + k > sizeof a ? sizeof a - off : k);
  h_sha256_final(&c, d);
  hex(d, h);
  CHECK_STR(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Whatever the CPU offers (SHA-NI on most x86-64 machines). */
static void sha256_vectors(void) { sha256_vectors_check(); }

/* The portable code, forced (decided once per process, before the first hash). */
static void sha256_vectors_portable(void) {
  CHECK(setenv("HEARTH_SHA_PORTABLE", "1", 1) == 0);
  sha256_vectors_check();
}

static void miss_then_hit(void) {
  fresh_dir();
  hearth_engine *e = engine();
  unsigned h0 = hits(), s0 = stores();
  int64_t first = build_and_run(e, k_wat, 50);
  CHECK_EQ_INT(hits(), h0);
  CHECK_EQ_INT(stores(), s0 + 1);
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 1);
  int64_t second = build_and_run(e, k_wat, 50);
  CHECK_EQ_INT(hits(), h0 + 1);
  CHECK_EQ_INT(stores(), s0 + 1); /* a hit writes nothing */
  CHECK_EQ_INT(second, first);
  /* the same again with the cache off: same result, no lookup */
  CHECK(setenv("HEARTH_CACHE", "0", 1) == 0);
  CHECK_EQ_INT(build_and_run(e, k_wat, 50), first);
  CHECK_EQ_INT(hits(), h0 + 1);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

static void off_switches(void) {
  fresh_dir();
  hearth_engine *e = engine();
  CHECK(setenv("HEARTH_CACHE", "0", 1) == 0);
  build_and_run(e, k_wat, 3);
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 0);
  unsetenv("HEARTH_CACHE");
  CHECK(setenv("HEARTH_CACHE_DIR", "", 1) == 0);
  build_and_run(e, k_wat, 3);
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 0);
  char path[512];
  CHECK(hearth_module_cache_path(NULL, path, sizeof path) == HEARTH_ERR_ARGUMENT);
  /* below the size threshold: nothing stored */
  CHECK(setenv("HEARTH_CACHE_DIR", g_dir, 1) == 0);
  CHECK(setenv("HEARTH_CACHE_MIN_BYTES", "100000", 1) == 0);
  build_and_run(e, k_wat, 3);
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 0);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* Damages the entry with fn, then checks: no hit, the same result, the entry rewritten (a hit
 * next time). */
static void damaged_is_recompiled(void (*fn)(const char *path)) {
  fresh_dir();
  hearth_engine *e = engine();
  int64_t want = build_and_run(e, k_wat, 40);
  char path[512];
  entry_of(e, path, sizeof path);
  struct stat st;
  CHECK(stat(path, &st) == 0);
  fn(path);
  unsigned h0 = hits(), s0 = stores();
  CHECK_EQ_INT(build_and_run(e, k_wat, 40), want);
  CHECK_EQ_INT(hits(), h0);
  CHECK_EQ_INT(stores(), s0 + 1);
  CHECK_EQ_INT(build_and_run(e, k_wat, 40), want);
  CHECK_EQ_INT(hits(), h0 + 1);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

static void patch(const char *path, long off, uint8_t xor_with) {
  int fd = open(path, O_RDWR);
  CHECK(fd >= 0);
  uint8_t b;
  off_t size = lseek(fd, 0, SEEK_END);
  if (off < 0) off += size;
  CHECK(off >= 0 && off < size);
  CHECK(pread(fd, &b, 1, off) == 1);
  b ^= xor_with;
  CHECK(pwrite(fd, &b, 1, off) == 1);
  close(fd);
}

static void flip_last(const char *path) { patch(path, -1, 0x01); }
static void flip_magic(const char *path) { patch(path, 0, 0x20); }
static void flip_version(const char *path) { patch(path, 16, 0x01); } /* version[0] */
static void truncate_half(const char *path) {
  struct stat st;
  CHECK(stat(path, &st) == 0);
  CHECK(truncate(path, st.st_size / 2) == 0);
}
static void truncate_header(const char *path) { CHECK(truncate(path, 20) == 0); }
static void empty(const char *path) { CHECK(truncate(path, 0) == 0); }

static void flipped_byte(void) { damaged_is_recompiled(flip_last); }
static void flipped_magic(void) { damaged_is_recompiled(flip_magic); }
static void wrong_version(void) { damaged_is_recompiled(flip_version); }
static void truncated(void) { damaged_is_recompiled(truncate_half); }
static void truncated_header(void) { damaged_is_recompiled(truncate_header); }
static void empty_file(void) { damaged_is_recompiled(empty); }

/* An entry written on another CPU, put where this CPU's entry would be, is ignored. */
static void foreign_cpu(void) {
  fresh_dir();
  hearth_engine *e = engine();
  CHECK(setenv("HEARTH_CACHE_CPU", "1234abcd", 1) == 0);
  int64_t want = build_and_run(e, k_wat, 30);
  char foreign[512], mine[512];
  entry_of(e, foreign, sizeof foreign);
  unsetenv("HEARTH_CACHE_CPU");
  entry_of(e, mine, sizeof mine);
  CHECK(strcmp(foreign, mine) != 0);
  CHECK(rename(foreign, mine) == 0);
  unsigned h0 = hits();
  CHECK_EQ_INT(build_and_run(e, k_wat, 30), want);
  CHECK_EQ_INT(hits(), h0);
  CHECK_EQ_INT(build_and_run(e, k_wat, 30), want); /* rewritten for this CPU */
  CHECK_EQ_INT(hits(), h0 + 1);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* An entry of another module (same function count) under this module's name is ignored. */
static void foreign_module(void) {
  fresh_dir();
  hearth_engine *e = engine();
  char other[4096];
  snprintf(other, sizeof other, "%s", k_wat);
  char *c = strstr(other, "(i32.const 31)");
  CHECK(c != NULL);
  memcpy(c, "(i32.const 37)", 14);
  int64_t want_other = build_and_run(e, other, 20);
  int64_t want = build_and_run(e, k_wat, 20);
  CHECK(want != want_other);
  char mine[512];
  entry_of(e, mine, sizeof mine);
  CHECK(unlink(mine) == 0);
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 1); /* the other's */
  DIR *d = opendir(g_dir);
  struct dirent *de;
  char theirs[600] = "";
  while ((de = readdir(d)) != NULL)
    if (strstr(de->d_name, ".hcc")) snprintf(theirs, sizeof theirs, "%s/%s", g_dir, de->d_name);
  closedir(d);
  CHECK(rename(theirs, mine) == 0);
  unsigned h0 = hits();
  CHECK_EQ_INT(build_and_run(e, k_wat, 20), want);
  CHECK_EQ_INT(hits(), h0);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* An invalid module is never stored, and stays invalid on every build. */
static void invalid_not_cached(void) {
  fresh_dir();
  hearth_engine *e = engine();
  const char *bad = "(module (func (result i32) (i64.const 1)))";
  for (int i = 0; i < 2; i++) {
    hearth_module *m = NULL;
    CHECK(hearth_module_new(e, (const uint8_t *)bad, strlen(bad), &m) == HEARTH_ERR_INVALID);
    CHECK(m == NULL);
  }
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 0);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* Processes racing to write the same entry: every one gets the right result, one valid entry
 * remains and no temp file is left. */
static void concurrent_writers(void) {
  fresh_dir();
  hearth_engine *e = engine();
  CHECK(setenv("HEARTH_CACHE", "0", 1) == 0);
  int64_t want = build_and_run(e, k_wat, 25);
  unsetenv("HEARTH_CACHE");
  enum { N = 8, ROUNDS = 20 };
  pid_t kids[N];
  for (int k = 0; k < N; k++) {
    kids[k] = fork();
    CHECK(kids[k] >= 0);
    if (kids[k] == 0) {
      hearth_engine *ce = engine();
      for (int r = 0; r < ROUNDS; r++) {
        if (build_and_run(ce, k_wat, 25) != want) _exit(3);
        if (k % 2 == 0) { /* half of them also rewrite it on every round */
          hearth_module *m = NULL;
          char p[512];
          if (hearth_module_new(ce, (const uint8_t *)k_wat, strlen(k_wat), &m) != HEARTH_OK) _exit(4);
          if (hearth_module_cache_path(m, p, sizeof p) != HEARTH_OK) _exit(5);
          if (hearth_module_write_code(m, p) != HEARTH_OK) _exit(6);
          hearth_module_delete(m);
        }
      }
      hearth_engine_delete(ce);
      _exit(0);
    }
  }
  for (int k = 0; k < N; k++) {
    int ws;
    CHECK(waitpid(kids[k], &ws, 0) == kids[k]);
    CHECK(WIFEXITED(ws) && WEXITSTATUS(ws) == 0);
  }
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 1);
  CHECK_EQ_INT(count_files(g_dir, ""), 3); /* ., .. and the entry: no temp files */
  unsigned h0 = hits();
  CHECK_EQ_INT(build_and_run(e, k_wat, 25), want);
  CHECK_EQ_INT(hits(), h0 + 1);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* A cache directory that cannot be created or written: the module builds and runs, quietly. */
static void unusable_dir(void) {
  fresh_dir();
  hearth_engine *e = engine();
  int64_t want = build_and_run(e, k_wat, 10);
  char file[300], sub[400];
  snprintf(file, sizeof file, "%s/plain-file", g_dir);
  int fd = open(file, O_CREAT | O_WRONLY, 0644);
  CHECK(fd >= 0);
  close(fd);
  snprintf(sub, sizeof sub, "%s/plain-file/cache", g_dir); /* under a regular file: ENOTDIR */
  CHECK(setenv("HEARTH_CACHE_DIR", sub, 1) == 0);
  unsigned s0 = stores();
  CHECK_EQ_INT(build_and_run(e, k_wat, 10), want);
  CHECK(setenv("HEARTH_CACHE_DIR", file, 1) == 0); /* the directory is a regular file */
  CHECK_EQ_INT(build_and_run(e, k_wat, 10), want);
  CHECK(setenv("HEARTH_CACHE_DIR", "/proc/hearth-cache", 1) == 0); /* cannot be created */
  CHECK_EQ_INT(build_and_run(e, k_wat, 10), want);
  CHECK_EQ_INT(stores(), s0);
  if (geteuid() != 0) { /* root ignores permission bits */
    char ro[300];
    snprintf(ro, sizeof ro, "%s/ro", g_dir);
    CHECK(mkdir(ro, 0500) == 0);
    CHECK(setenv("HEARTH_CACHE_DIR", ro, 1) == 0);
    CHECK_EQ_INT(build_and_run(e, k_wat, 10), want);
    CHECK_EQ_INT(stores(), s0);
    rmdir(ro);
  }
  unlink(file);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* hearth_module_write_code writes an entry anywhere; copied into the cache it is a hit. */
static void write_code_file(void) {
  fresh_dir();
  hearth_engine *e = engine();
  CHECK(setenv("HEARTH_CACHE", "0", 1) == 0);
  hearth_module *m = NULL;
  CHECK(hearth_module_new(e, (const uint8_t *)k_wat, strlen(k_wat), &m) == HEARTH_OK);
  char out[300];
  snprintf(out, sizeof out, "%s/aot.hcc", g_dir);
  CHECK(hearth_module_write_code(m, out) == HEARTH_OK);
  CHECK(hearth_module_write_code(m, "/proc/no/such/dir/x.hcc") == HEARTH_ERR_IO);
  CHECK(hearth_module_write_code(NULL, out) == HEARTH_ERR_ARGUMENT);
  hearth_module_delete(m);
  unsetenv("HEARTH_CACHE");
  char path[512];
  entry_of(e, path, sizeof path);
  CHECK(rename(out, path) == 0);
  unsigned h0 = hits();
  int64_t r = build_and_run(e, k_wat, 15);
  CHECK_EQ_INT(hits(), h0 + 1);
  CHECK(setenv("HEARTH_CACHE", "0", 1) == 0);
  CHECK_EQ_INT(build_and_run(e, k_wat, 15), r);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* A template (and the pool-ready instance it makes) from a module built on a cache hit. */
static void template_on_hit(void) {
  fresh_dir();
  hearth_engine *e = engine();
  int64_t want = build_and_run(e, k_wat, 12);
  unsigned h0 = hits();
  hearth_module *m = NULL;
  CHECK(hearth_module_new(e, (const uint8_t *)k_wat, strlen(k_wat), &m) == HEARTH_OK);
  CHECK_EQ_INT(hits(), h0 + 1);
  hearth_template *t = NULL;
  CHECK(hearth_template_new(e, m, NULL, NULL, &t) == HEARTH_OK);
  hearth_store *st = NULL;
  CHECK(hearth_store_new(e, &st) == HEARTH_OK);
  hearth_instance *inst = NULL;
  CHECK(hearth_template_instantiate(t, st, &inst) == HEARTH_OK);
  hearth_extern ex;
  CHECK(hearth_instance_export(inst, "run", &ex) == HEARTH_OK);
  hearth_val arg = {.type = HEARTH_I32, .of.i32 = 12}, res;
  CHECK(hearth_func_call(ex.of.func, &arg, 1, &res, 1) == HEARTH_OK);
  CHECK_EQ_INT(res.of.i64, want);
  hearth_store_delete(st);
  hearth_template_delete(t);
  hearth_module_delete(m);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* `hearth compile MODULE` puts the entry in the cache directory (and prints its path);
 * `-o FILE` writes FILE; `hearth run` then hits it and prints the same. */
static void cli_compile(void) {
  fresh_dir();
  char wat[300];
  snprintf(wat, sizeof wat, "%s/m.wat", g_dir);
  FILE *f = fopen(wat, "w");
  CHECK(f != NULL);
  fputs(k_wat, f);
  fclose(f);
  const char *cargs[] = {"compile", wat, NULL};
  run_res r = run_hearth(NULL, cargs);
  CHECK_EQ_INT(r.rc, 0);
  CHECK(strstr(r.out, g_dir) == r.out && strstr(r.out, ".hcc\n"));
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 1);
  free_res(&r);
  CHECK(setenv("HEARTH_CACHE_VERBOSE", "1", 1) == 0);
  const char *rargs[] = {"run", "--invoke", "run", wat, "33", NULL};
  r = run_hearth(NULL, rargs);
  CHECK_EQ_INT(r.rc, 0);
  CHECK(strstr(r.err, "hearth: cache: hit ") != NULL);
  char *first = strdup(r.out);
  free_res(&r);
  CHECK(setenv("HEARTH_CACHE", "0", 1) == 0);
  r = run_hearth(NULL, rargs);
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, first);
  CHECK(strstr(r.err, "cache") == NULL);
  free_res(&r);
  free(first);
  char out[300];
  snprintf(out, sizeof out, "%s/aot.hcc", g_dir);
  const char *oargs[] = {"compile", wat, "-o", out, NULL};
  r = run_hearth(NULL, oargs);
  CHECK_EQ_INT(r.rc, 0);
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 2);
  free_res(&r);
  const char *bad[] = {"compile", NULL};
  r = run_hearth(NULL, bad);
  CHECK_EQ_INT(r.rc, 2);
  free_res(&r);
  unsetenv("HEARTH_CACHE");
  unsetenv("HEARTH_CACHE_VERBOSE");
  rm_dir(g_dir);
}

/* An entry whose checksum is right but whose content lies (a local count): the function's
 * compilation notices and the call fails cleanly; nothing runs with a wrong frame. Offsets follow
 * cache.c's h_cache_hdr (136 bytes; payload hash at 104) and section table (24 bytes each). */
static void lying_entry(void) {
  fresh_dir();
  CHECK(setenv("HEARTH_CACHE_CODE", "0", 1) == 0); /* the layout without a code section */
  hearth_engine *e = engine();
  build_and_run(e, k_wat, 5);
  char path[512];
  entry_of(e, path, sizeof path);
  int fd = open(path, O_RDWR);
  CHECK(fd >= 0);
  off_t size = lseek(fd, 0, SEEK_END);
  CHECK(size == 136 + 2 * 24 + 3 * 4 + 3 * 8); /* header, 2 sections, locals, bodies */
  uint8_t buf[512];
  CHECK(pread(fd, buf, (size_t)size, 0) == size);
  uint32_t locals;
  memcpy(&locals, buf + 184, 4); /* $mix: i32 i64 f64 v128 f32 = 6 slots */
  CHECK_EQ_INT(locals, 6);
  locals = 1;
  memcpy(buf + 184, &locals, 4);
  h_sha256(buf + 136, (size_t)size - 136, buf + 104);
  CHECK(pwrite(fd, buf, (size_t)size, 0) == size);
  close(fd);
  unsigned h0 = hits();
  hearth_module *m = NULL;
  CHECK(hearth_module_new(e, (const uint8_t *)k_wat, strlen(k_wat), &m) == HEARTH_OK);
  CHECK_EQ_INT(hits(), h0 + 1);
  hearth_store *st = NULL;
  CHECK(hearth_store_new(e, &st) == HEARTH_OK);
  hearth_instance *inst = NULL;
  CHECK(hearth_instance_new(st, NULL, m, &inst) == HEARTH_OK);
  hearth_extern ex;
  CHECK(hearth_instance_export(inst, "run", &ex) == HEARTH_OK);
  hearth_val arg = {.type = HEARTH_I32, .of.i32 = 5}, res;
  CHECK(hearth_func_call(ex.of.func, &arg, 1, &res, 1) == HEARTH_ERR_TRAP);
  hearth_store_delete(st);
  hearth_module_delete(m);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* Writes a module of about 17 MiB (a 17 MiB passive data segment, so it is mapped on a hit) with
 * the "run" function of k_wat's shape: run(n) = n * 3 + the segment's byte at n. */
static void write_big_module(const char *path) {
  static const uint8_t head[] = {
      0, 'a', 's', 'm', 1, 0, 0, 0,
      1, 6, 1, 0x60, 1, 0x7f, 1, 0x7e,           /* type (i32) -> i64 */
      3, 2, 1, 0,                                 /* func 0: type 0 */
      5, 3, 1, 0, 1,                              /* memory 1 page */
      7, 7, 1, 3, 'r', 'u', 'n', 0, 0,            /* export "run" */
      12, 1, 1,                                   /* datacount 1 */
      /* code: memory.init 0 at 0 from n, 1 byte; (n * 3 + mem[0]) as i64 */
      10, 26, 1, 24, 0,
      0x41, 0, 0x20, 0, 0x41, 1, 0xfc, 8, 0, 0,   /* i32.const 0; local.get 0; i32.const 1; memory.init */
      0x20, 0, 0x41, 3, 0x6c,                     /* local.get 0; i32.const 3; i32.mul */
      0x41, 0, 0x2d, 0, 0, 0x6a,                  /* i32.const 0; i32.load8_u; i32.add */
      0xad, 0x0b};                                /* i64.extend_i32_u; end */
  size_t n = 17u << 20;
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  CHECK(fwrite(head, 1, sizeof head, f) == sizeof head);
  /* data section: 1 passive segment of n bytes: id, size(leb), count, flags 1, len(leb), bytes */
  uint8_t sec[16];
  size_t k = 0;
  uint64_t body = 1 + 1 + 4 + n; /* count, flag, 4-byte leb of n, bytes */
  sec[k++] = 11;
  for (int i = 0; i < 4; i++) sec[k++] = (uint8_t)(((body >> (7 * i)) & 0x7f) | (i < 3 ? 0x80 : 0));
  sec[k++] = 1;
  sec[k++] = 1;
  for (int i = 0; i < 4; i++) sec[k++] = (uint8_t)(((n >> (7 * i)) & 0x7f) | (i < 3 ? 0x80 : 0));
  CHECK(fwrite(sec, 1, k, f) == k);
  for (size_t i = 0; i < n; i++) fputc((int)(i * 7 % 251), f);
  CHECK(fclose(f) == 0);
}

static int64_t file_and_run(hearth_engine *e, const char *path, int32_t n) {
  hearth_module *m = NULL;
  hearth_status s = hearth_module_new_file(e, path, &m);
  if (s != HEARTH_OK) fprintf(stderr, "module: %s\n", hearth_errmsg());
  CHECK(s == HEARTH_OK);
  hearth_store *st = NULL;
  CHECK(hearth_store_new(e, &st) == HEARTH_OK);
  hearth_instance *inst = NULL;
  CHECK(hearth_instance_new(st, NULL, m, &inst) == HEARTH_OK);
  hearth_extern ex;
  CHECK(hearth_instance_export(inst, "run", &ex) == HEARTH_OK);
  hearth_val arg = {.type = HEARTH_I32, .of.i32 = n}, res;
  CHECK(hearth_func_call(ex.of.func, &arg, 1, &res, 1) == HEARTH_OK);
  hearth_store_delete(st);
  hearth_module_delete(m);
  return res.of.i64;
}

/* An entry (right checksum) whose body table points outside the code section: the decoder does
 * not take it (it decodes the section itself), and the module runs as without the cache. */
static void lying_bodies(void) {
  fresh_dir();
  CHECK(setenv("HEARTH_CACHE_CODE", "0", 1) == 0); /* the layout without a code section */
  hearth_engine *e = engine();
  int64_t want = build_and_run(e, k_wat, 7);
  char path[512];
  entry_of(e, path, sizeof path);
  int fd = open(path, O_RDWR);
  CHECK(fd >= 0);
  uint8_t buf[512];
  off_t size = lseek(fd, 0, SEEK_END);
  CHECK(size == 220 && pread(fd, buf, (size_t)size, 0) == size);
  uint32_t off0 = 0; /* body 0 at the module's magic */
  memcpy(buf + 196, &off0, 4);
  h_sha256(buf + 136, (size_t)size - 136, buf + 104);
  CHECK(pwrite(fd, buf, (size_t)size, 0) == size);
  close(fd);
  unsigned h0 = hits();
  CHECK_EQ_INT(build_and_run(e, k_wat, 7), want);
  CHECK_EQ_INT(hits(), h0 + 1); /* the locals were right: still a hit */
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* hearth_module_new_file: a fresh file is not indexed; once settled (2 s) it is, and the next
 * build finds its entry through the index (mapping the big file) with the same results; a
 * rewritten file (new status-change time) misses the index. */
static void file_index(void) {
  fresh_dir();
  hearth_engine *e = engine();
  char path[300];
  snprintf(path, sizeof path, "%s/big.wasm", g_dir);
  write_big_module(path);
  int32_t at = 5000000;
  int64_t want = (int64_t)at * 3 + (int64_t)((size_t)at * 7 % 251);
  CHECK_EQ_INT(file_and_run(e, path, at), want);
  CHECK_EQ_INT(count_files(g_dir, ".hci"), 0); /* too fresh to index */
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 1);
  sleep(3);
  unsigned h0 = hits();
  CHECK_EQ_INT(file_and_run(e, path, at), want);
  CHECK_EQ_INT(hits(), h0 + 1);
  CHECK_EQ_INT(count_files(g_dir, ".hci"), 1);
  CHECK_EQ_INT(file_and_run(e, path, at + 1), want + 3 + (int64_t)((size_t)(at + 1) * 7 % 251) -
                                                   (int64_t)((size_t)at * 7 % 251));
  CHECK_EQ_INT(hits(), h0 + 2);
  /* the same file, rewritten in place with other contents: the index misses, results follow */
  int fd = open(path, O_WRONLY);
  CHECK(fd >= 0);
  uint8_t b = 0;
  CHECK(pwrite(fd, &b, 1, (off_t)(lseek(fd, 0, SEEK_END) - (off_t)(17u << 20) + at)) == 1);
  close(fd);
  CHECK_EQ_INT(file_and_run(e, path, at), (int64_t)at * 3);
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 2);
  CHECK(hearth_module_new_file(e, "/nonexistent/x.wasm", &(hearth_module *){NULL}) == HEARTH_ERR_IO);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* ---------------------------------------------------------------- compiled code in the entry */

/* Three independent exports: a run that calls some compiles only those (lazily), so entries of
 * different runs hold different functions. f(k)(n) mixes n with k in a loop. */
static const char *k_multi =
    "(module\n"
    "  (func $f (param i32 i32) (result i64) (local i64 i32)\n"
    "    (block (loop\n"
    "      (br_if 1 (i32.ge_u (local.get 3) (local.get 0)))\n"
    "      (local.set 2 (i64.add (i64.mul (local.get 2) (i64.const 31))\n"
    "                            (i64.extend_i32_u (i32.xor (local.get 3) (local.get 1)))))\n"
    "      (local.set 3 (i32.add (local.get 3) (i32.const 1)))\n"
    "      (br 0)))\n"
    "    (local.get 2))\n"
    "  (func (export \"f0\") (param i32) (result i64) (call $f (local.get 0) (i32.const 7)))\n"
    "  (func (export \"f1\") (param i32) (result i64)\n"
    "    (i64.add (call $f (local.get 0) (i32.const 11)) (i64.const 1)))\n"
    "  (func (export \"f2\") (param i32) (result i64)\n"
    "    (i64.sub (call $f (local.get 0) (i32.const 13)) (i64.const 2))))\n";

static unsigned code_loaded(void) {
  unsigned l, f;
  h_cache_code_counts(&l, &f);
  return l;
}
static unsigned code_flushes(void) {
  unsigned l, f;
  h_cache_code_counts(&l, &f);
  return f;
}

/* Calls the exports of wat named in which ("f0f2": f0 and f2; "run" for k_wat) with n; results
 * in out[]. Returns the status of the first call that failed, else HEARTH_OK. */
static hearth_status call_some(hearth_engine *e, const char *wat, const char *const *names,
                               int32_t n, int64_t *out) {
  hearth_module *m = NULL;
  hearth_status s = hearth_module_new(e, (const uint8_t *)wat, strlen(wat), &m);
  CHECK(s == HEARTH_OK);
  hearth_store *st = NULL;
  CHECK(hearth_store_new(e, &st) == HEARTH_OK);
  hearth_instance *inst = NULL;
  CHECK(hearth_instance_new(st, NULL, m, &inst) == HEARTH_OK);
  for (int i = 0; names[i] && s == HEARTH_OK; i++) {
    hearth_extern ex;
    CHECK(hearth_instance_export(inst, names[i], &ex) == HEARTH_OK);
    hearth_val arg = {.type = HEARTH_I32, .of.i32 = n}, res;
    s = hearth_func_call(ex.of.func, &arg, 1, &res, 1);
    if (s == HEARTH_OK) out[i] = res.of.i64;
  }
  hearth_store_delete(st);
  hearth_module_delete(m);
  return s;
}

/* The entry's code section (h_cache_hdr: nsec at 92, 136 bytes; sections of 24 bytes: kind, pad,
 * off, len): its offset and length in buf, or false when there is none. */
static bool code_section_of(const uint8_t *buf, size_t size, uint64_t *off, uint64_t *len) {
  uint32_t nsec;
  memcpy(&nsec, buf + 92, 4);
  for (uint32_t i = 0; i < nsec && 136 + 24 * (i + 1) <= size; i++) {
    uint32_t kind;
    memcpy(&kind, buf + 136 + 24 * i, 4);
    if (kind != 3) continue;
    memcpy(off, buf + 136 + 24 * i + 8, 8);
    memcpy(len, buf + 136 + 24 * i + 16, 8);
    return *off + *len <= size;
  }
  return false;
}

/* Bytes of a code-section record (cache.c h_cache_crec: 9 uint32). */
enum { REC = 36 };

/* Reads the whole entry at path (h_malloc'd) and its code section's record count (-1: none). */
static uint8_t *read_entry(const char *path, size_t *size, int *nrec) {
  int fd = open(path, O_RDONLY);
  CHECK(fd >= 0);
  off_t n = lseek(fd, 0, SEEK_END);
  CHECK(n > 136);
  uint8_t *buf = h_malloc((size_t)n);
  CHECK(buf && pread(fd, buf, (size_t)n, 0) == n);
  close(fd);
  *size = (size_t)n;
  uint64_t off, len;
  *nrec = -1;
  if (code_section_of(buf, *size, &off, &len)) {
    uint32_t k;
    memcpy(&k, buf + off, 4);
    *nrec = (int)k;
  }
  return buf;
}

static void multi_entry_of(hearth_engine *e, char *path, size_t cap) {
  hearth_module *m = NULL;
  CHECK(setenv("HEARTH_CACHE_MIN_BYTES", "999999999", 1) == 0);
  CHECK(hearth_module_new(e, (const uint8_t *)k_multi, strlen(k_multi), &m) == HEARTH_OK);
  CHECK(setenv("HEARTH_CACHE_MIN_BYTES", "0", 1) == 0);
  CHECK(hearth_module_cache_path(m, path, cap) == HEARTH_OK);
  hearth_module_delete(m);
}

/* What every k_multi export returns for n without the cache. */
static void multi_want(hearth_engine *e, int32_t n, int64_t want[3]) {
  static const char *const all[] = {"f0", "f1", "f2", NULL};
  CHECK(setenv("HEARTH_CACHE", "0", 1) == 0);
  CHECK(call_some(e, k_multi, all, n, want) == HEARTH_OK);
  unsetenv("HEARTH_CACHE");
}

/* A run writes the functions it compiled into the entry when the module goes; the next run
 * finishes them from there (no body decoded or validated) with the same results and writes
 * nothing; a run that compiles others adds them (the entry holds the union). */
static void code_miss_then_hit(void) {
  fresh_dir();
  hearth_engine *e = engine();
  int64_t want[3], got[3];
  multi_want(e, 9, want);
  static const char *const f0[] = {"f0", NULL}, *const f2[] = {"f2", NULL},
                           *const all[] = {"f0", "f1", "f2", NULL};
  unsigned l0 = code_loaded(), w0 = code_flushes();
  CHECK(call_some(e, k_multi, f0, 9, got) == HEARTH_OK);
  CHECK_EQ_INT(got[0], want[0]);
  CHECK_EQ_INT(code_loaded(), l0);
  CHECK_EQ_INT(code_flushes(), w0 + 1);
  char path[512];
  multi_entry_of(e, path, sizeof path);
  size_t size;
  int nrec;
  h_free(read_entry(path, &size, &nrec));
  CHECK_EQ_INT(nrec, 2); /* $f and f0 */
  /* the same functions again: all from the entry, nothing written */
  struct stat st0, st1;
  CHECK(stat(path, &st0) == 0);
  CHECK(call_some(e, k_multi, f0, 9, got) == HEARTH_OK);
  CHECK_EQ_INT(got[0], want[0]);
  CHECK_EQ_INT(code_loaded(), l0 + 2);
  CHECK_EQ_INT(code_flushes(), w0 + 1);
  CHECK(stat(path, &st1) == 0);
  CHECK(st0.st_ino == st1.st_ino && st0.st_mtim.tv_nsec == st1.st_mtim.tv_nsec);
  /* another export: $f from the entry, f2 compiled and added */
  CHECK(call_some(e, k_multi, f2, 9, got) == HEARTH_OK);
  CHECK_EQ_INT(got[0], want[2]);
  CHECK_EQ_INT(code_loaded(), l0 + 3);
  CHECK_EQ_INT(code_flushes(), w0 + 2);
  h_free(read_entry(path, &size, &nrec));
  CHECK_EQ_INT(nrec, 3);
  CHECK(call_some(e, k_multi, all, 9, got) == HEARTH_OK);
  for (int i = 0; i < 3; i++) CHECK_EQ_INT(got[i], want[i]);
  CHECK_EQ_INT(code_loaded(), l0 + 6);
  h_free(read_entry(path, &size, &nrec));
  CHECK_EQ_INT(nrec, 4);
  /* an entry others may write: its code is not used (the validated form still is) */
  CHECK(chmod(path, 0666) == 0);
  unsigned h2 = hits(), l2 = code_loaded();
  CHECK(call_some(e, k_multi, all, 9, got) == HEARTH_OK);
  for (int i = 0; i < 3; i++) CHECK_EQ_INT(got[i], want[i]);
  CHECK_EQ_INT(hits(), h2 + 1);
  CHECK_EQ_INT(code_loaded(), l2);
  CHECK(chmod(path, 0644) == 0);
  CHECK(call_some(e, k_multi, all, 9, got) == HEARTH_OK);
  CHECK_EQ_INT(code_loaded(), l2 + 4);
    /* HEARTH_CACHE_CODE=0: the validated form only; nothing compiled is taken or written */
  CHECK(setenv("HEARTH_CACHE_CODE", "0", 1) == 0);
  unsigned w1 = code_flushes(), l1 = code_loaded();
  CHECK(call_some(e, k_multi, all, 9, got) == HEARTH_OK);
  for (int i = 0; i < 3; i++) CHECK_EQ_INT(got[i], want[i]);
  CHECK_EQ_INT(code_loaded(), l1);
  CHECK_EQ_INT(code_flushes(), w1);
  unsetenv("HEARTH_CACHE_CODE");
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* Writes buf back to path with the payload checksum recomputed (a damage the checksum cannot
 * see: a lying entry). */
static void write_resummed(const char *path, uint8_t *buf, size_t size) {
  h_sha256(buf + 136, size - 136, buf + 104);
  int fd = open(path, O_WRONLY | O_TRUNC);
  CHECK(fd >= 0);
  CHECK(pwrite(fd, buf, size, 0) == (ssize_t)size);
  close(fd);
}

/* Fills the entry of k_multi with the code of all three exports; returns what they return. */
static void multi_filled(hearth_engine *e, char *path, size_t cap, int64_t want[3]) {
  static const char *const all[] = {"f0", "f1", "f2", NULL};
  multi_want(e, 12, want);
  int64_t got[3];
  CHECK(call_some(e, k_multi, all, 12, got) == HEARTH_OK);
  multi_entry_of(e, path, cap);
}

/* A flipped word in the code section: the checksum does not match, the entry is ignored (no hit,
 * nothing taken from it), the results are the same and the entry is written again. */
static void code_flipped_word(void) {
  fresh_dir();
  hearth_engine *e = engine();
  char path[512];
  int64_t want[3], got[3];
  multi_filled(e, path, sizeof path, want);
  size_t size;
  int nrec;
  uint8_t *buf = read_entry(path, &size, &nrec);
  CHECK_EQ_INT(nrec, 4);
  uint64_t off, len;
  CHECK(code_section_of(buf, size, &off, &len));
  h_free(buf);
  patch(path, (long)(off + len - 3), 0x40); /* inside the last function's words */
  static const char *const all[] = {"f0", "f1", "f2", NULL};
  unsigned h0 = hits(), l0 = code_loaded();
  CHECK(call_some(e, k_multi, all, 12, got) == HEARTH_OK);
  for (int i = 0; i < 3; i++) CHECK_EQ_INT(got[i], want[i]);
  CHECK_EQ_INT(hits(), h0);
  CHECK_EQ_INT(code_loaded(), l0);
  CHECK(call_some(e, k_multi, all, 12, got) == HEARTH_OK); /* rewritten: a hit again */
  for (int i = 0; i < 3; i++) CHECK_EQ_INT(got[i], want[i]);
  CHECK_EQ_INT(hits(), h0 + 1);
  CHECK_EQ_INT(code_loaded(), l0 + 4);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* Entries whose checksum is right but whose code lies. Records out of order: the whole entry is
 * refused. Words that are not code (an opcode out of range; a branch outside the function): the
 * function's compilation refuses them and the call fails cleanly; nothing runs them. */
static void code_lying(void) {
  fresh_dir();
  hearth_engine *e = engine();
  char path[512];
  int64_t want[3], got[3];
  multi_filled(e, path, sizeof path, want);
  size_t size;
  int nrec;
  uint8_t *orig = read_entry(path, &size, &nrec);
  CHECK_EQ_INT(nrec, 4);
  uint64_t off, len;
  CHECK(code_section_of(orig, size, &off, &len));
  uint8_t *buf = h_malloc(size);
  CHECK(buf != NULL);
  static const char *const all[] = {"f0", "f1", "f2", NULL}, *const f1[] = {"f1", NULL};
  /* records: defidx, nwords, stack_base, frame, zero_lo, zero_n, word_off, flags, ngmap */
  const size_t rec0 = (size_t)off + 4, words = rec0 + 4 * REC;
  /* 1. record 1 names the same function as record 0 */
  memcpy(buf, orig, size);
  memcpy(buf + rec0 + REC, buf + rec0, 4);
  write_resummed(path, buf, size);
  unsigned h0 = hits(), l0 = code_loaded();
  CHECK(call_some(e, k_multi, all, 12, got) == HEARTH_OK);
  for (int i = 0; i < 3; i++) CHECK_EQ_INT(got[i], want[i]);
  CHECK_EQ_INT(hits(), h0);
  CHECK_EQ_INT(code_loaded(), l0);
  /* 2. $f's first opcode out of range (record 0 is $f, defidx 0, at word 0) */
  memcpy(buf, orig, size);
  uint32_t bad = 0xffffu;
  memcpy(buf + words, &bad, 4);
  write_resummed(path, buf, size);
  h0 = hits();
  hearth_status s = call_some(e, k_multi, f1, 12, got);
  CHECK(s != HEARTH_OK);
  CHECK(strstr(hearth_errmsg(), "compiling a function") != NULL); /* refused, cleanly */
  CHECK_EQ_INT(hits(), h0 + 1);
  /* 3. a branch of $f made to leave the function: its loop's back-edge is the last br in it;
   * every word of $f that is a br offset pointing backwards is made huge */
  memcpy(buf, orig, size);
  uint32_t nw0;
  memcpy(&nw0, buf + rec0 + 4, 4);
  int changed = 0;
  for (uint32_t i = 0; i < nw0; i++) {
    int32_t v;
    memcpy(&v, buf + words + 4 * i, 4);
    if (v < 0 && v > -(int32_t)nw0) {
      v = -100000;
      memcpy(buf + words + 4 * i, &v, 4);
      changed++;
    }
  }
  CHECK(changed > 0);
  write_resummed(path, buf, size);
  s = call_some(e, k_multi, f1, 12, got);
  CHECK(s != HEARTH_OK);
  CHECK(strstr(hearth_errmsg(), "compiling a function") != NULL); /* refused, cleanly */
  /* with the cache off the same module runs */
  CHECK(setenv("HEARTH_CACHE", "0", 1) == 0);
  CHECK(call_some(e, k_multi, all, 12, got) == HEARTH_OK);
  for (int i = 0; i < 3; i++) CHECK_EQ_INT(got[i], want[i]);
  unsetenv("HEARTH_CACHE");
  h_free(buf);
  h_free(orig);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* An entry with compiled code made by another build of hearth (another build-id: the version
 * field differs), put where this build's entry goes: ignored as a whole, its code never used. */
static void code_foreign_build(void) {
  fresh_dir();
  hearth_engine *e = engine();
  char path[512];
  int64_t want[3], got[3];
  multi_filled(e, path, sizeof path, want);
  size_t size;
  int nrec;
  uint8_t *buf = read_entry(path, &size, &nrec);
  CHECK_EQ_INT(nrec, 4);
  buf[16] ^= 0x5a; /* version[0]: the hash of HEARTH_VERSION and the build-id */
  write_resummed(path, buf, size);
  h_free(buf);
  static const char *const all[] = {"f0", "f1", "f2", NULL};
  unsigned h0 = hits(), l0 = code_loaded();
  CHECK(call_some(e, k_multi, all, 12, got) == HEARTH_OK);
  for (int i = 0; i < 3; i++) CHECK_EQ_INT(got[i], want[i]);
  CHECK_EQ_INT(hits(), h0);
  CHECK_EQ_INT(code_loaded(), l0);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* Processes compiling different functions of one module and writing the entry back at the same
 * time: the entry stays whole (some writer's complete file), no temp file is left, and every
 * later run gets the right results from it. */
static void code_concurrent_writers(void) {
  fresh_dir();
  hearth_engine *e = engine();
  int64_t want[3];
  multi_want(e, 21, want);
  enum { N = 6, ROUNDS = 15 };
  pid_t kids[N];
  for (int k = 0; k < N; k++) {
    kids[k] = fork();
    CHECK(kids[k] >= 0);
    if (kids[k] == 0) {
      hearth_engine *ce = engine();
      static const char *const one[3][2] = {{"f0", NULL}, {"f1", NULL}, {"f2", NULL}};
      for (int r = 0; r < ROUNDS; r++) {
        int64_t got[1];
        int which = (k + r) % 3;
        if (call_some(ce, k_multi, one[which], 21, got) != HEARTH_OK || got[0] != want[which])
          _exit(3);
      }
      hearth_engine_delete(ce);
      _exit(0);
    }
  }
  for (int k = 0; k < N; k++) {
    int ws;
    CHECK(waitpid(kids[k], &ws, 0) == kids[k]);
    CHECK(WIFEXITED(ws) && WEXITSTATUS(ws) == 0);
  }
  CHECK_EQ_INT(count_files(g_dir, ".hcc"), 1);
  CHECK_EQ_INT(count_files(g_dir, ""), 3); /* ., .. and the entry: no temp files */
  static const char *const all[] = {"f0", "f1", "f2", NULL};
  int64_t got[3];
  unsigned h0 = hits(), l0 = code_loaded();
  CHECK(call_some(e, k_multi, all, 21, got) == HEARTH_OK);
  for (int i = 0; i < 3; i++) CHECK_EQ_INT(got[i], want[i]);
  CHECK_EQ_INT(hits(), h0 + 1);
  CHECK(code_loaded() > l0); /* at least $f came from the entry */
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* ---------------------------------------------------------------- stack maps in the code cache */

/* A WasmGC module: $chain recurses d frames deep, each frame holding its own struct only in a
 * reference parameter (and its address in an i64 local), the deepest one collecting; each frame
 * then adds 1000 * live(its struct) + the struct's field. run's i64 local holds the address of a
 * garbage struct: 1000000 * live(it) tells whether frames were scanned precisely (an i64 is no
 * root) or by membership (a cached function without its maps). */
static const char *k_gcwat =
    "(module\n"
    "  (type $s (struct (field i32)))\n"
    "  (import \"h\" \"collect\" (func $collect))\n"
    "  (import \"h\" \"addr\" (func $addr (param anyref) (result i64)))\n"
    "  (import \"h\" \"live\" (func $live (param i64) (result i32)))\n"
    "  (func $chain (param $n i32) (param $r (ref $s)) (result i32) (local $a i64)\n"
    "    (local.set $a (call $addr (local.get $r)))\n"
    "    (if (result i32) (i32.eqz (local.get $n))\n"
    "      (then (call $collect) (i32.const 0))\n"
    "      (else (i32.add\n"
    "        (call $chain (i32.sub (local.get $n) (i32.const 1)) (struct.new $s (local.get $n)))\n"
    "        (i32.add (i32.mul (call $live (local.get $a)) (i32.const 1000))\n"
    "                 (struct.get $s 0 (local.get $r)))))))\n"
    "  (func (export \"run\") (param $d i32) (result i32) (local $g i64)\n"
    "    (local.set $g (call $addr (struct.new $s (i32.const 7))))\n"
    "    (i32.add (call $chain (local.get $d) (struct.new $s (i32.const 5)))\n"
    "             (i32.mul (call $live (local.get $g)) (i32.const 1000000)))))\n";

/* What run(d) returns when exactly the live objects survive: frames d..1 each 1000 + their
 * struct's field (5 for the outermost, n + 1 below it). */
static int32_t gc_want(int32_t d) { return 1000 * d + 5 + d * (d + 1) / 2 - 1; }

static hearth_status hc_collect(hearth_caller *caller, void *user, const hearth_val *args,
                                hearth_val *results) {
  (void)user, (void)args, (void)results;
  h_gc_collect(hearth_caller_store(caller), NULL);
  return HEARTH_OK;
}
static hearth_status hc_addr(hearth_caller *caller, void *user, const hearth_val *args,
                             hearth_val *results) {
  (void)caller, (void)user;
  results[0].type = HEARTH_I64;
  results[0].of.i64 = (int64_t)(uintptr_t)args[0].of.anyref;
  return HEARTH_OK;
}
static hearth_status hc_live(hearth_caller *caller, void *user, const hearth_val *args,
                             hearth_val *results) {
  (void)user;
  results[0].type = HEARTH_I32;
  results[0].of.i32 = h_gc_is_obj(hearth_caller_store(caller), (uint64_t)args[0].of.i64);
  return HEARTH_OK;
}

/* run(d) of k_gcwat in a new store; the store's frame counts in *st. */
static int32_t gc_run(hearth_engine *e, int32_t d, h_gc_stats *st) {
  hearth_module *m = NULL;
  hearth_status rc = hearth_module_new(e, (const uint8_t *)k_gcwat, strlen(k_gcwat), &m);
  if (rc != HEARTH_OK) fprintf(stderr, "module: %s\n", hearth_errmsg());
  CHECK(rc == HEARTH_OK);
  hearth_linker *l;
  CHECK(hearth_linker_new(e, &l) == HEARTH_OK);
  hearth_valtype any = HEARTH_ANYREF, i64 = HEARTH_I64, i32 = HEARTH_I32;
  CHECK(hearth_linker_define_func(l, "h", "collect", NULL, 0, NULL, 0, hc_collect, NULL) ==
        HEARTH_OK);
  CHECK(hearth_linker_define_func(l, "h", "addr", &any, 1, &i64, 1, hc_addr, NULL) == HEARTH_OK);
  CHECK(hearth_linker_define_func(l, "h", "live", &i64, 1, &i32, 1, hc_live, NULL) == HEARTH_OK);
  hearth_store *s = NULL;
  CHECK(hearth_store_new(e, &s) == HEARTH_OK);
  hearth_instance *inst = NULL;
  CHECK(hearth_instance_new(s, l, m, &inst) == HEARTH_OK);
  hearth_extern ex;
  CHECK(hearth_instance_export(inst, "run", &ex) == HEARTH_OK);
  hearth_val arg = {.type = HEARTH_I32, .of.i32 = d}, res;
  rc = hearth_func_call(ex.of.func, &arg, 1, &res, 1);
  if (rc != HEARTH_OK) fprintf(stderr, "run: %s\n", hearth_errmsg());
  CHECK(rc == HEARTH_OK);
  h_gc_stats_get(s, st);
  hearth_store_delete(s);
  hearth_linker_delete(l);
  hearth_module_delete(m);
  return res.of.i32;
}

static void gc_entry_of(hearth_engine *e, char *path, size_t cap) {
  hearth_module *m = NULL;
  CHECK(setenv("HEARTH_CACHE_MIN_BYTES", "999999999", 1) == 0);
  CHECK(hearth_module_new(e, (const uint8_t *)k_gcwat, strlen(k_gcwat), &m) == HEARTH_OK);
  CHECK(setenv("HEARTH_CACHE_MIN_BYTES", "0", 1) == 0);
  CHECK(hearth_module_cache_path(m, path, cap) == HEARTH_OK);
  hearth_module_delete(m);
}

/* A run whose frames were all scanned by their maps, with the right result. */
static void gc_check_run(hearth_engine *e, int32_t d) {
  h_gc_stats st;
  CHECK_EQ_INT(gc_run(e, d, &st), gc_want(d));
  CHECK_EQ_INT(st.frames_member, 0);
  CHECK(st.frames_precise >= (uint64_t)d + 2); /* $chain's d + 1 frames and run's */
}

/* Fills the cache with k_gcwat's two functions; the entry's path and its bytes (h_malloc'd). */
static uint8_t *gc_filled(hearth_engine *e, int32_t d, char *path, size_t cap, size_t *size) {
  unsigned w0 = code_flushes();
  gc_check_run(e, d);
  CHECK_EQ_INT(code_flushes(), w0 + 1);
  gc_entry_of(e, path, cap);
  int nrec;
  uint8_t *buf = read_entry(path, size, &nrec);
  CHECK_EQ_INT(nrec, 2);
  return buf;
}

/* Record r of the entry's code section: its offset, and where its stack-map words start. */
static void gc_rec(const uint8_t *buf, size_t size, uint32_t r, size_t *rec, size_t *gmap,
                   uint32_t *ngmap) {
  uint64_t off, len;
  CHECK(code_section_of(buf, size, &off, &len));
  uint32_t nrec, nwords, word_off;
  memcpy(&nrec, buf + off, 4);
  CHECK(r < nrec);
  *rec = (size_t)off + 4 + (size_t)r * REC;
  memcpy(&nwords, buf + *rec + 4, 4);
  memcpy(&word_off, buf + *rec + 24, 4);
  memcpy(ngmap, buf + *rec + 32, 4);
  *gmap = (size_t)off + 4 + (size_t)nrec * REC + 4 * ((size_t)word_off + nwords);
  CHECK(*gmap + 4 * (size_t)*ngmap <= off + len);
}

/* A WasmGC module's functions are cached with their stack maps: a later run takes both functions
 * from the entry (the load count rises by 2, nothing is written, the file is untouched) and a
 * collection 30 frames deep keeps exactly each frame's struct and frees the one an i64 holds, every
 * frame scanned by its map (no membership scan). */
static void gc_maps_cached(void) {
  fresh_dir();
  hearth_engine *e = engine();
  enum { D = 30 };
  CHECK(setenv("HEARTH_CACHE", "0", 1) == 0); /* the fresh compile's behaviour */
  gc_check_run(e, D);
  unsetenv("HEARTH_CACHE");
  char path[512];
  size_t size;
  uint8_t *buf = gc_filled(e, D, path, sizeof path, &size);
  for (uint32_t r = 0; r < 2; r++) { /* both with maps, no flag (none is defined) */
    size_t rec, gmap;
    uint32_t ngmap, flags;
    gc_rec(buf, size, r, &rec, &gmap, &ngmap);
    memcpy(&flags, buf + rec + 28, 4);
    CHECK_EQ_INT(flags, 0);
    CHECK(ngmap >= 4);
  }
  h_free(buf);
  struct stat st0, st1;
  CHECK(stat(path, &st0) == 0);
  for (int i = 0; i < 2; i++) {
    unsigned h0 = hits(), l0 = code_loaded(), w0 = code_flushes();
    gc_check_run(e, D);
    CHECK_EQ_INT(hits(), h0 + 1);
    CHECK_EQ_INT(code_loaded(), l0 + 2);
    CHECK_EQ_INT(code_flushes(), w0);
  }
  CHECK(stat(path, &st1) == 0);
  CHECK(st0.st_ino == st1.st_ino && st0.st_mtim.tv_nsec == st1.st_mtim.tv_nsec);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

/* Damaged stack maps are never used. A flipped bit in them: the checksum fails, the entry is
 * ignored and rewritten. A record whose map words run past the section (a truncated map, checksum
 * recomputed): the entry is refused as a whole. Maps that lie about the code with a right checksum
 * (a bad site kind; a bit past the frame's slots, which gc.c would follow outside the frame): the
 * function is compiled from its body instead, and the entry rewritten with the right maps. Every
 * run gives the right result with every frame scanned by a map. */
static void gc_maps_damaged(void) {
  fresh_dir();
  hearth_engine *e = engine();
  enum { D = 12 };
  char path[512];
  size_t size, rec, gmap;
  uint32_t ngmap;
  uint8_t *orig = gc_filled(e, D, path, sizeof path, &size);
  uint8_t *buf = h_malloc(size);
  CHECK(buf);
  /* 1. a flipped bit in the last record's map: checksum mismatch */
  gc_rec(orig, size, 1, &rec, &gmap, &ngmap);
  patch(path, (long)(gmap + 4 * (ngmap - 1)), 0x10);
  unsigned h0 = hits(), l0 = code_loaded(), w0 = code_flushes();
  gc_check_run(e, D);
  CHECK_EQ_INT(hits(), h0);
  CHECK_EQ_INT(code_loaded(), l0);
  CHECK_EQ_INT(code_flushes(), w0 + 1); /* rewritten with the fresh code and maps */
  /* 2. the map of record 1 claims more words than the section holds */
  memcpy(buf, orig, size);
  uint32_t huge = 0x40000000u;
  memcpy(buf + rec + 32, &huge, 4);
  write_resummed(path, buf, size);
  h0 = hits(), l0 = code_loaded();
  gc_check_run(e, D);
  CHECK_EQ_INT(hits(), h0);
  CHECK_EQ_INT(code_loaded(), l0);
  /* 3 and 4: lying sites in record 0 ($chain), checksum recomputed */
  size_t rec0, gmap0;
  uint32_t ngmap0;
  gc_rec(orig, size, 0, &rec0, &gmap0, &ngmap0);
  for (int lie = 0; lie < 2; lie++) {
    memcpy(buf, orig, size);
    size_t at = gmap0;
    uint32_t nw;
    memcpy(&nw, buf + at + 8, 4);
    if (lie == 0) {
      uint32_t kind = 7;
      memcpy(buf + at + 4, &kind, 4);
    } else {
      while (!nw) { /* the first site with a bit word: its highest bit (slot 63) set */
        at += 12;
        CHECK(at < gmap0 + 4 * (size_t)ngmap0);
        memcpy(&nw, buf + at + 8, 4);
      }
      buf[at + 12 + 8 * (nw - 1) + 7] |= 0x80;
    }
    write_resummed(path, buf, size);
    h0 = hits(), l0 = code_loaded(), w0 = code_flushes();
    gc_check_run(e, D);
    CHECK_EQ_INT(hits(), h0 + 1);
    CHECK_EQ_INT(code_loaded(), l0 + 2);  /* both looked up; $chain's maps refused */
    CHECK_EQ_INT(code_flushes(), w0 + 1); /* $chain recompiled and written back */
    h0 = hits(), l0 = code_loaded(), w0 = code_flushes();
    gc_check_run(e, D); /* the rewritten entry is whole again */
    CHECK_EQ_INT(hits(), h0 + 1);
    CHECK_EQ_INT(code_loaded(), l0 + 2);
    CHECK_EQ_INT(code_flushes(), w0);
  }
  h_free(buf);
  h_free(orig);
  hearth_engine_delete(e);
  rm_dir(g_dir);
}

T_MAIN(T_CASE(sha256_vectors), T_CASE(sha256_vectors_portable), T_CASE(miss_then_hit),
       T_CASE(off_switches), T_CASE(flipped_byte), T_CASE(flipped_magic), T_CASE(wrong_version),
       T_CASE(truncated), T_CASE(truncated_header), T_CASE(empty_file), T_CASE(foreign_cpu),
       T_CASE(foreign_module), T_CASE(invalid_not_cached), T_CASE(concurrent_writers),
       T_CASE(unusable_dir), T_CASE(write_code_file), T_CASE(template_on_hit),
       T_CASE(cli_compile), T_CASE(lying_entry), T_CASE(lying_bodies), T_CASE(file_index),
       T_CASE(code_miss_then_hit), T_CASE(code_flipped_word), T_CASE(code_lying),
       T_CASE(code_foreign_build), T_CASE(code_concurrent_writers), T_CASE(gc_maps_cached),
       T_CASE(gc_maps_damaged))
