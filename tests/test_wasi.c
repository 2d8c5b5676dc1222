/* test_wasi.c: WASI preview 1 functions against a plain memory buffer (no engine needed), the
 * sandbox on a temp directory (openat2 and the portable walk), and the guests end to end. */
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "t.h"
#include "wasi.h"

enum { E_SUCCESS = 0, E_BADF = 8, E_EXIST = 20, E_FAULT = 21, E_INVAL = 28, E_ISDIR = 31,
       E_LOOP = 32, E_NAMETOOLONG = 37, E_NOENT = 44, E_NOSYS = 52, E_NOTDIR = 54,
       E_NOTEMPTY = 55, E_NOTSOCK = 57, E_SPIPE = 70, E_NOTCAPABLE = 76 };

#define MEM_SIZE 65536u
static uint8_t *mem;
static hearth_wasi *w;
static uint32_t bump;
static char tmpdir[64];

static uint64_t call_(const char *name, const uint64_t *in, size_t n) {
  uint64_t slots[10] = {0};
  memcpy(slots, in, n * sizeof *in);
  int code = -1;
  hearth_status s = h_wasi_invoke(w, name, mem, MEM_SIZE, slots, &code);
  if (s == HEARTH_ERR_EXIT) return 0x10000u + (uint64_t)code;
  CHECK_EQ_INT(s, HEARTH_OK);
  return slots[0];
}
#define CALL(name, ...)                                                                         \
  call_(name, (const uint64_t[]){__VA_ARGS__}, sizeof((const uint64_t[]){__VA_ARGS__}) / 8)

static uint32_t put(const void *p, size_t n) {
  uint32_t at = bump;
  memcpy(mem + at, p, n);
  bump += (uint32_t)((n + 7) & ~(size_t)7);
  CHECK(bump < MEM_SIZE - 4096);
  return at;
}
/* A guest string: (offset, length) as two call arguments. */
#define S(str) put(str, strlen(str)), strlen(str)

static uint32_t ld32(uint32_t p) {
  uint32_t v;
  memcpy(&v, mem + p, 4);
  return v;
}
static uint64_t ld64(uint32_t p) {
  uint64_t v;
  memcpy(&v, mem + p, 8);
  return v;
}

static void sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void sh(const char *fmt, ...) {
  char cmd[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cmd, sizeof cmd, fmt, ap);
  va_end(ap);
  CHECK(system(cmd) == 0);
}

static void cleanup(void) {
  if (tmpdir[0]) sh("rm -rf %s", tmpdir);
}

/* A context with a temp dir: box/ (fd 3, rw, guest "/box") holding f = "inside", host symlinks
 * out -> .., abs -> /etc, sec -> ../secret.txt; ro/ (fd 4, read-only) holding r.txt. */
static void setup(void) {
  mem = calloc(1, MEM_SIZE);
  CHECK(mem != NULL);
  bump = 1024;
  strcpy(tmpdir, "/tmp/hearth-wasi-XXXXXX");
  CHECK(mkdtemp(tmpdir) != NULL);
  atexit(cleanup);
  sh("cd %s && mkdir box ro && echo secret > secret.txt && echo inside > box/f && "
     "ln -s .. box/out && ln -s /etc box/abs && ln -s ../secret.txt box/sec && "
     "echo 'read only' > ro/r.txt", tmpdir);
  CHECK_EQ_INT(hearth_wasi_new(&w), HEARTH_OK);
  char p[128];
  snprintf(p, sizeof p, "%s/box", tmpdir);
  CHECK_EQ_INT(hearth_wasi_preopen_dir(w, p, "/box", false), HEARTH_OK);
  snprintf(p, sizeof p, "%s/ro", tmpdir);
  CHECK_EQ_INT(hearth_wasi_preopen_dir(w, p, "/ro", true), HEARTH_OK);
}

#define R_ALL ((1ull << 30) - 1)
#define R_RD ((1ull << 1) | (1ull << 2) | (1ull << 5) | (1ull << 21)) /* read seek tell fstat */
#define R_WR ((1ull << 6) | (1ull << 22))                             /* write set_size */

/* path_open from dirfd; returns the errno, *fd the new fd. */
static uint32_t popen_(uint32_t dir, const char *path, uint32_t lookup, uint32_t oflags,
                       uint64_t rights, uint32_t *fd) {
  uint32_t out = bump;
  bump += 8;
  uint32_t e = (uint32_t)CALL("path_open", dir, lookup, S(path), oflags, rights, rights, 0, out);
  *fd = ld32(out);
  return e;
}

static uint32_t write_str(uint32_t fd, const char *s) {
  uint32_t buf = put(s, strlen(s));
  uint32_t iov[2] = {buf, (uint32_t)strlen(s)};
  uint32_t iovp = put(iov, 8), outp = bump;
  bump += 8;
  uint32_t e = (uint32_t)CALL("fd_write", fd, iovp, 1, outp);
  if (e == 0) CHECK_EQ_INT(ld32(outp), strlen(s));
  return e;
}

static uint32_t read_all(uint32_t fd, char *dst, size_t cap) {
  uint32_t buf = bump;
  bump += 256;
  uint32_t iov[2] = {buf, 255};
  uint32_t iovp = put(iov, 8), outp = bump;
  bump += 8;
  uint32_t e = (uint32_t)CALL("fd_read", fd, iovp, 1, outp);
  if (e) return e;
  uint32_t n = ld32(outp);
  CHECK(n < cap);
  memcpy(dst, mem + buf, n);
  dst[n] = 0;
  return 0;
}

/* ---------------------------------------------------------------- cases */

/* A guest that opens files until it is refused leaves the process file descriptors of its own:
 * with RLIMIT_NOFILE at 512 it used to take all of them (a server then could not accept a
 * connection: "Too many open files") and only EMFILE stopped it. */
static void guest_cannot_take_every_fd(void) {
  setup();
  struct rlimit rl = {512, 512};
  CHECK(setrlimit(RLIMIT_NOFILE, &rl) == 0);
  uint32_t fd, e, n = 0;
  while ((e = popen_(3, ".", 0, 0, R_RD, &fd)) == 0) {
    n++;
    bump = 1024; /* the scratch area is reused */
    CHECK(n < 1000);
  }
  fprintf(stderr, "guest opened %u before %u\n", n, e);
  CHECK(e == 41 || e == 33); /* ENFILE or EMFILE */
  CHECK(n > 64);             /* a guest still gets files */
  /* the host has a reserve left */
  int host[64];
  for (int i = 0; i < 64; i++) {
    host[i] = open("/dev/null", O_RDONLY | O_CLOEXEC);
    CHECK(host[i] >= 0);
  }
  for (int i = 0; i < 64; i++) close(host[i]);
  hearth_wasi_delete(w);
}

/* A guest that opens a FIFO in its directory (no writer) gets it at once, and reading it is EOF: the
 * open used to block the host thread in open(2) forever, past every deadline (a request of
 * `hearth serve` held its instance for good). Opening it for writing without a reader fails. */
static void fifo_open_does_not_block(void) {
  setup();
  sh("mkfifo %s/box/ff", tmpdir);
  alarm(20); /* a blocked open fails the test instead of hanging it */
  uint32_t fd;
  CHECK_EQ_INT(popen_(3, "ff", 0, 0, R_RD, &fd), 0);
  char got[16];
  CHECK_EQ_INT(read_all(fd, got, sizeof got), 0);
  CHECK_STR(got, "");
  CHECK_EQ_INT(CALL("fd_close", fd), 0);
  CHECK(popen_(3, "ff", 0, 0, R_WR, &fd) != 0); /* ENXIO: no reader */
  alarm(0);
  hearth_wasi_delete(w);
}

static void args_and_environ(void) {
  setup();
  const char *argv[] = {"prog", "a b", ""};
  CHECK_EQ_INT(hearth_wasi_set_args(w, 3, argv), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_add_env(w, "HOME", "/home/x"), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_add_env(w, "EMPTY", NULL), HEARTH_OK);
  CHECK(hearth_wasi_add_env(w, "A=B", "c") != HEARTH_OK);
  CHECK_EQ_INT(CALL("args_sizes_get", 100, 104), 0);
  CHECK_EQ_INT(ld32(100), 3);
  CHECK_EQ_INT(ld32(104), 5 + 4 + 1);
  CHECK_EQ_INT(CALL("args_get", 200, 300), 0);
  CHECK_EQ_INT(ld32(200), 300);
  CHECK_STR((char *)mem + ld32(200), "prog");
  CHECK_STR((char *)mem + ld32(204), "a b");
  CHECK_STR((char *)mem + ld32(208), "");
  CHECK_EQ_INT(CALL("environ_sizes_get", 100, 104), 0);
  CHECK_EQ_INT(ld32(100), 2);
  CHECK_EQ_INT(ld32(104), strlen("HOME=/home/x") + 1 + strlen("EMPTY=") + 1);
  CHECK_EQ_INT(CALL("environ_get", 200, 400), 0);
  CHECK_STR((char *)mem + ld32(200), "HOME=/home/x");
  CHECK_STR((char *)mem + ld32(204), "EMPTY=");
  /* every pointer is checked */
  CHECK_EQ_INT(CALL("args_get", MEM_SIZE - 4, 300), E_FAULT);
  CHECK_EQ_INT(CALL("args_get", 200, MEM_SIZE - 3), E_FAULT);
  CHECK_EQ_INT(CALL("args_sizes_get", 0xFFFFFFFFu, 104), E_FAULT);
  CHECK_EQ_INT(CALL("environ_sizes_get", 100, MEM_SIZE - 2), E_FAULT);
  CHECK_EQ_INT(CALL("environ_get", 200, MEM_SIZE - 1), E_FAULT);
  hearth_wasi_delete(w);
}

static void clocks_random_exit(void) {
  setup();
  CHECK_EQ_INT(CALL("clock_time_get", 1, 1, 100), 0);
  uint64_t t1 = ld64(100);
  CHECK_EQ_INT(CALL("clock_time_get", 1, 1, 100), 0);
  CHECK(ld64(100) >= t1 && t1 > 0);
  CHECK_EQ_INT(CALL("clock_time_get", 0, 1, 100), 0);
  CHECK(ld64(100) > 1577836800ull * 1000000000ull);
  for (uint64_t id = 0; id < 4; id++) {
    CHECK_EQ_INT(CALL("clock_res_get", id, 100), 0);
    CHECK(ld64(100) > 0);
    CHECK_EQ_INT(CALL("clock_time_get", id, 0, 100), 0);
  }
  CHECK_EQ_INT(CALL("clock_time_get", 4, 1, 100), E_INVAL);
  CHECK_EQ_INT(CALL("clock_res_get", 7, 100), E_INVAL);
  CHECK_EQ_INT(CALL("clock_time_get", 1, 1, MEM_SIZE - 7), E_FAULT);
  memset(mem + 200, 0, 64);
  CHECK_EQ_INT(CALL("random_get", 200, 64), 0);
  int nz = 0;
  for (int i = 0; i < 64; i++) nz += mem[200 + i] != 0;
  CHECK(nz > 32);
  CHECK_EQ_INT(CALL("random_get", MEM_SIZE - 10, 11), E_FAULT);
  CHECK_EQ_INT(CALL("random_get", MEM_SIZE, 0), 0);
  CHECK_EQ_INT(CALL("sched_yield", 0), 0);
  CHECK_EQ_INT(CALL("proc_raise", 15), E_NOSYS);
  CHECK_EQ_INT(CALL("proc_exit", 42), 0x10000u + 42);
  uint64_t sl[2] = {0};
  CHECK_EQ_INT(h_wasi_invoke(w, "no_such_fn", mem, MEM_SIZE, sl, NULL), HEARTH_ERR_NOT_FOUND);
  hearth_wasi_delete(w);
}

static void memory_stdio(void) {
  setup();
  CHECK_EQ_INT(hearth_wasi_set_stdin_bytes(w, "abcdef", 6), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_capture_output(w, 1, 10), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_capture_output(w, 2, 100), HEARTH_OK);
  char got[300];
  CHECK_EQ_INT(read_all(0, got, sizeof got), 0);
  CHECK_STR(got, "abcdef");
  CHECK_EQ_INT(read_all(0, got, sizeof got), 0);
  CHECK_STR(got, ""); /* EOF */
  uint32_t a = put("hello ", 6), b = put("world", 5);
  uint32_t iov[4] = {a, 6, b, 5};
  uint32_t iovp = put(iov, 16);
  CHECK_EQ_INT(CALL("fd_write", 2, iovp, 2, 100), 0);
  CHECK_EQ_INT(ld32(100), 11);
  size_t len;
  const uint8_t *o = hearth_wasi_output(w, 2, &len);
  CHECK(len == 11 && memcmp(o, "hello world", 11) == 0);
  /* stdout is capped at 10 bytes: a short write, then ENOSPC */
  CHECK_EQ_INT(CALL("fd_write", 1, iovp, 2, 100), 0);
  CHECK_EQ_INT(ld32(100), 10);
  CHECK_EQ_INT(CALL("fd_write", 1, iovp, 2, 100), 51 /* NOSPC */);
  hearth_wasi_clear_output(w, 1);
  o = hearth_wasi_output(w, 1, &len);
  CHECK_EQ_INT(len, 0);
  CHECK_EQ_INT(CALL("fd_seek", 1, 0, 0, 100), E_NOTCAPABLE); /* stdio never seeks */
  CHECK_EQ_INT(write_str(0, "x"), E_NOTCAPABLE); /* stdin lacks the write right */
  /* a bad iovec anywhere in the list fails the whole call */
  uint32_t bad[4] = {a, 6, MEM_SIZE - 2, 5};
  CHECK_EQ_INT(CALL("fd_write", 2, put(bad, 16), 2, 100), E_FAULT);
  CHECK_EQ_INT(CALL("fd_write", 2, MEM_SIZE - 4, 1, 100), E_FAULT);
  CHECK_EQ_INT(CALL("fd_write", 2, iovp, 2, MEM_SIZE), E_FAULT);
  /* fdstat of a memory stream */
  CHECK_EQ_INT(CALL("fd_fdstat_get", 1, 200), 0);
  CHECK(ld64(208) & (1ull << 6));
  hearth_wasi_delete(w);
}

/* iovec lists up to 8 entries are read into a stack buffer, longer ones into an allocation: both
 * gather and scatter in order, and a bad entry anywhere fails the call without leaking. */
static void many_iovecs(void) {
  size_t base = hearth_alloc_current();
  setup();
  CHECK_EQ_INT(hearth_wasi_capture_output(w, 1, 1000), HEARTH_OK);
  const char *text = "abcdefghijklmnopqrstuvwxyz";
  uint32_t t = put(text, 26);
  for (uint32_t n = 1; n <= 20; n++) {
    uint32_t iov[40];
    for (uint32_t i = 0; i < n; i++) {
      iov[2 * i] = t + i;
      iov[2 * i + 1] = 1;
    }
    uint32_t iovp = put(iov, 8 * n);
    hearth_wasi_clear_output(w, 1);
    CHECK_EQ_INT(CALL("fd_write", 1, iovp, n, 100), 0);
    CHECK_EQ_INT(ld32(100), n);
    size_t len;
    const uint8_t *o = hearth_wasi_output(w, 1, &len);
    CHECK(len == n && memcmp(o, text, n) == 0);
    iov[2 * (n - 1)] = MEM_SIZE - 1;
    iov[2 * (n - 1) + 1] = 2;
    CHECK_EQ_INT(CALL("fd_write", 1, put(iov, 8 * n), n, 100), E_FAULT);
  }
  /* scatter: 12 single bytes of stdin */
  CHECK_EQ_INT(hearth_wasi_set_stdin_bytes(w, "0123456789AB", 12), HEARTH_OK);
  uint32_t dst = put("............", 12), iov[24];
  for (uint32_t i = 0; i < 12; i++) {
    iov[2 * i] = dst + 11 - i; /* reversed */
    iov[2 * i + 1] = 1;
  }
  CHECK_EQ_INT(CALL("fd_read", 0, put(iov, sizeof iov), 12, 100), 0);
  CHECK_EQ_INT(ld32(100), 12);
  CHECK(memcmp(mem + dst, "BA9876543210", 12) == 0);
  hearth_wasi_delete(w);
  CHECK_EQ_INT(hearth_alloc_current(), base);
}

static void prestat_and_fdstat(void) {
  setup();
  CHECK_EQ_INT(CALL("fd_prestat_get", 3, 100), 0);
  CHECK_EQ_INT(mem[100], 0);
  CHECK_EQ_INT(ld32(104), 4);
  CHECK_EQ_INT(CALL("fd_prestat_dir_name", 3, 200, 4), 0);
  CHECK(memcmp(mem + 200, "/box", 4) == 0);
  CHECK_EQ_INT(CALL("fd_prestat_dir_name", 3, 200, 3), E_NAMETOOLONG);
  CHECK_EQ_INT(CALL("fd_prestat_get", 4, 100), 0);
  CHECK_EQ_INT(CALL("fd_prestat_get", 5, 100), E_BADF);
  CHECK_EQ_INT(CALL("fd_prestat_get", 0, 100), E_BADF);
  CHECK_EQ_INT(CALL("fd_prestat_get", 3, MEM_SIZE - 4), E_FAULT);
  CHECK_EQ_INT(CALL("fd_fdstat_get", 3, 100), 0);
  CHECK_EQ_INT(mem[100], 3); /* directory */
  CHECK_EQ_INT(ld64(108), R_ALL);
  CHECK_EQ_INT(CALL("fd_fdstat_get", 4, 100), 0);
  CHECK((ld64(108) & ((1ull << 6) | (1ull << 9) | (1ull << 10))) == 0); /* no write/create */
  CHECK_EQ_INT(CALL("fd_fdstat_get", 99, 100), E_BADF);
  /* rights only shrink */
  CHECK_EQ_INT(CALL("fd_fdstat_set_rights", 4, R_ALL, R_ALL), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("fd_fdstat_set_rights", 3, R_ALL & ~(1ull << 9), R_ALL), 0);
  CHECK_EQ_INT(CALL("path_create_directory", 3, S("d")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("fd_fdstat_set_rights", 3, R_ALL, R_ALL), E_NOTCAPABLE);
  hearth_wasi_delete(w);
}

static void file_io(void) {
  setup();
  uint32_t fd;
  CHECK_EQ_INT(popen_(3, "new.txt", 0, 1 /* creat */, R_ALL, &fd), 0);
  CHECK(fd >= 5);
  CHECK_EQ_INT(write_str(fd, "0123456789"), 0);
  CHECK_EQ_INT(CALL("fd_tell", fd, 100), 0);
  CHECK_EQ_INT(ld64(100), 10);
  CHECK_EQ_INT(CALL("fd_seek", fd, (uint64_t)-4, 1, 100), 0);
  CHECK_EQ_INT(ld64(100), 6);
  char got[300];
  CHECK_EQ_INT(read_all(fd, got, sizeof got), 0);
  CHECK_STR(got, "6789");
  CHECK_EQ_INT(CALL("fd_seek", fd, (uint64_t)-100, 1, 100), E_INVAL);
  CHECK_EQ_INT(CALL("fd_seek", fd, 0, 3, 100), E_INVAL);
  /* pwrite/pread leave the offset alone */
  uint32_t buf = put("AB", 2);
  uint32_t iov[2] = {buf, 2};
  CHECK_EQ_INT(CALL("fd_pwrite", fd, put(iov, 8), 1, 2, 100), 0);
  uint32_t rb = bump;
  bump += 8;
  uint32_t riov[2] = {rb, 4};
  CHECK_EQ_INT(CALL("fd_pread", fd, put(riov, 8), 1, 1, 100), 0);
  CHECK_EQ_INT(ld32(100), 4);
  CHECK(memcmp(mem + rb, "1AB4", 4) == 0);
  CHECK_EQ_INT(CALL("fd_tell", fd, 100), 0);
  CHECK_EQ_INT(ld64(100), 10);
  CHECK_EQ_INT(CALL("fd_filestat_set_size", fd, 3), 0);
  CHECK_EQ_INT(CALL("fd_filestat_get", fd, 200), 0);
  CHECK_EQ_INT(mem[216], 4); /* regular file */
  CHECK_EQ_INT(ld64(232), 3);
  CHECK_EQ_INT(ld64(224), 1); /* nlink */
  CHECK_EQ_INT(CALL("fd_filestat_set_times", fd, 5000000000ull, 7000000123ull, 1 | 4), 0);
  CHECK_EQ_INT(CALL("fd_filestat_get", fd, 200), 0);
  CHECK_EQ_INT(ld64(240), 5000000000ull);
  CHECK_EQ_INT(ld64(248), 7000000123ull);
  CHECK_EQ_INT(CALL("fd_filestat_set_times", fd, 0, 0, 1 | 2), E_INVAL);
  CHECK_EQ_INT(CALL("fd_allocate", fd, 0, 100), 0);
  CHECK_EQ_INT(CALL("fd_filestat_get", fd, 200), 0);
  CHECK_EQ_INT(ld64(232), 100);
  CHECK_EQ_INT(CALL("fd_advise", fd, 0, 0, 2), 0);
  CHECK_EQ_INT(CALL("fd_advise", fd, 0, 0, 9), E_INVAL);
  CHECK_EQ_INT(CALL("fd_datasync", fd), 0);
  CHECK_EQ_INT(CALL("fd_sync", fd), 0);
  CHECK_EQ_INT(CALL("fd_fdstat_set_flags", fd, 1 /* append */), 0);
  CHECK_EQ_INT(CALL("fd_fdstat_get", fd, 200), 0);
  CHECK_EQ_INT(mem[202] & 1, 1);
  CHECK_EQ_INT(CALL("sock_recv", fd, 0, 0, 0, 100, 104), E_NOTSOCK);
  CHECK_EQ_INT(CALL("sock_shutdown", 1000, 3), E_BADF);
  /* renumber onto stdin, then the old number is gone */
  CHECK_EQ_INT(CALL("fd_renumber", fd, 0), 0);
  CHECK_EQ_INT(CALL("fd_tell", fd, 100), E_BADF);
  CHECK_EQ_INT(CALL("fd_filestat_get", 0, 200), 0);
  CHECK_EQ_INT(ld64(232), 100);
  CHECK_EQ_INT(CALL("fd_close", 0), 0);
  CHECK_EQ_INT(CALL("fd_close", 0), E_BADF);
  CHECK_EQ_INT(CALL("fd_renumber", 3, 77), E_BADF);
  /* read-only rights on a read-only open */
  CHECK_EQ_INT(popen_(3, "new.txt", 0, 0, R_RD, &fd), 0);
  CHECK_EQ_INT(write_str(fd, "x"), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("fd_close", fd), 0);
  /* oflags */
  CHECK_EQ_INT(popen_(3, "new.txt", 0, 1 | 4 /* creat|excl */, R_RD | R_WR, &fd), E_EXIST);
  CHECK_EQ_INT(popen_(3, "nope.txt", 0, 0, R_RD, &fd), E_NOENT);
  CHECK_EQ_INT(popen_(3, "new.txt", 0, 2 /* directory */, R_RD, &fd), E_NOTDIR);
  CHECK_EQ_INT(popen_(3, "new.txt", 0, 8 /* trunc */, R_RD | R_WR, &fd), 0);
  CHECK_EQ_INT(CALL("fd_filestat_get", fd, 200), 0);
  CHECK_EQ_INT(ld64(232), 0);
  CHECK_EQ_INT(CALL("fd_close", fd), 0);
  CHECK_EQ_INT(popen_(3, ".", 0, 2, R_RD, &fd), 0);
  CHECK_EQ_INT(write_str(fd, "x"), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("fd_close", fd), 0);
  CHECK_EQ_INT(popen_(3, "f/", 0, 0, R_RD, &fd), E_NOTDIR);
  hearth_wasi_delete(w);
}

static void path_ops(void) {
  setup();
  CHECK_EQ_INT(CALL("path_create_directory", 3, S("d")), 0);
  CHECK_EQ_INT(CALL("path_create_directory", 3, S("d")), E_EXIST);
  CHECK_EQ_INT(CALL("path_create_directory", 3, S("d/e/")), 0);
  CHECK_EQ_INT(CALL("path_filestat_get", 3, 0, S("d/e"), 100), 0);
  CHECK_EQ_INT(mem[116], 3);
  CHECK_EQ_INT(CALL("path_remove_directory", 3, S("d")), E_NOTEMPTY);
  CHECK_EQ_INT(CALL("path_remove_directory", 3, S("d/e")), 0);
  CHECK_EQ_INT(CALL("path_link", 3, 0, S("f"), 3, S("d/g")), 0);
  CHECK_EQ_INT(CALL("path_filestat_get", 3, 0, S("f"), 100), 0);
  CHECK_EQ_INT(ld64(124), 2);
  CHECK_EQ_INT(CALL("path_rename", 3, S("d/g"), 3, S("h")), 0);
  CHECK_EQ_INT(CALL("path_unlink_file", 3, S("d/g")), E_NOENT);
  CHECK_EQ_INT(CALL("path_unlink_file", 3, S("h")), 0);
  CHECK_EQ_INT(CALL("path_unlink_file", 3, S("d")), E_ISDIR);
  CHECK_EQ_INT(CALL("path_symlink", S("../f"), 3, S("d/lf")), 0);
  CHECK_EQ_INT(CALL("path_readlink", 3, S("d/lf"), 200, 64, 100), 0);
  CHECK_EQ_INT(ld32(100), 4);
  CHECK(memcmp(mem + 200, "../f", 4) == 0);
  CHECK_EQ_INT(CALL("path_readlink", 3, S("d/lf"), 200, 2, 100), 0); /* truncated */
  CHECK_EQ_INT(ld32(100), 2);
  CHECK_EQ_INT(CALL("path_readlink", 3, S("f"), 200, 64, 100), E_INVAL);
  CHECK_EQ_INT(CALL("path_filestat_get", 3, 1, S("d/lf"), 100), 0);
  CHECK_EQ_INT(mem[116], 4);
  CHECK_EQ_INT(ld64(132), 7); /* "inside\n" */
  CHECK_EQ_INT(CALL("path_filestat_get", 3, 0, S("d/lf"), 100), 0);
  CHECK_EQ_INT(mem[116], 7);
  CHECK_EQ_INT(CALL("path_filestat_set_times", 3, 1, S("d/lf"), 0, 9000000000ull, 4), 0);
  CHECK_EQ_INT(CALL("path_filestat_get", 3, 0, S("f"), 100), 0);
  CHECK_EQ_INT(ld64(148), 9000000000ull);
  uint32_t fd;
  CHECK_EQ_INT(popen_(3, "d/lf", 0, 0, R_RD, &fd), E_LOOP);
  CHECK_EQ_INT(popen_(3, "d/lf", 1, 0, R_RD, &fd), 0);
  char got[300];
  CHECK_EQ_INT(read_all(fd, got, sizeof got), 0);
  CHECK_STR(got, "inside\n");
  /* path calls need a directory fd */
  CHECK_EQ_INT(CALL("path_create_directory", fd, S("x")), E_NOTDIR);
  CHECK_EQ_INT(CALL("path_create_directory", 1, S("x")), E_NOTDIR);
  CHECK_EQ_INT(CALL("path_create_directory", 3, S("")), E_NOENT);
  CHECK_EQ_INT(CALL("path_create_directory", 3, MEM_SIZE - 1, 2), E_FAULT);
  uint32_t nul = put("a\0b", 3);
  CHECK_EQ_INT(CALL("path_create_directory", 3, nul, 3), E_INVAL);
  CHECK_EQ_INT(CALL("path_filestat_get", 3, 0, S("f"), MEM_SIZE - 63), E_FAULT);
  hearth_wasi_delete(w);
}

static void readdir_cookies(void) {
  setup();
  for (int i = 0; i < 40; i++) {
    char name[64];
    snprintf(name, sizeof name, "d/entry-number-%02d", i);
    if (i == 0) CHECK_EQ_INT(CALL("path_create_directory", 3, S("d")), 0);
    uint32_t fd;
    CHECK_EQ_INT(popen_(3, name, 0, 1, R_RD, &fd), 0);
    CHECK_EQ_INT(CALL("fd_close", fd), 0);
  }
  uint32_t dfd;
  CHECK_EQ_INT(popen_(3, "d", 0, 2, R_RD | (1ull << 14), &dfd), 0);
  /* read with a small buffer: entries are cut at the end, and the cookie of the last complete
   * entry continues the listing */
  bool seen[40] = {false};
  int total = 0, dots = 0;
  uint64_t cookie = 0;
  for (int round = 0; round < 200; round++) {
    const uint32_t len = 100, buf = 4096;
    CHECK_EQ_INT(CALL("fd_readdir", dfd, buf, len, cookie, 100), 0);
    uint32_t used = ld32(100), off = 0;
    bool progressed = false;
    while (off + 24 <= used) {
      uint32_t namlen = ld32(buf + off + 16);
      if (off + 24 + namlen > used) break;
      char name[64] = {0};
      memcpy(name, mem + buf + off + 24, namlen);
      if (!strcmp(name, ".") || !strcmp(name, "..")) {
        dots++;
      } else {
        int k = atoi(name + strlen("entry-number-"));
        CHECK(k >= 0 && k < 40 && !seen[k]);
        seen[k] = true;
        CHECK_EQ_INT(mem[buf + off + 20], 4);
        total++;
      }
      cookie = ld64(buf + off);
      off += 24 + namlen;
      progressed = true;
    }
    if (used < len) break;
    CHECK(progressed);
  }
  CHECK_EQ_INT(total, 40);
  CHECK_EQ_INT(dots, 2);
  /* cookie 0 starts over */
  CHECK_EQ_INT(CALL("fd_readdir", dfd, 4096, 24, 0, 100), 0);
  CHECK_EQ_INT(ld32(100), 24);
  CHECK_EQ_INT(CALL("fd_readdir", dfd, MEM_SIZE - 10, 24, 0, 100), E_FAULT);
  CHECK_EQ_INT(CALL("fd_readdir", 1, 4096, 24, 0, 100), E_NOTCAPABLE);
  hearth_wasi_delete(w);
}

/* Rights bits the tests look at. */
#define RB_SEEK (1ull << 2)
#define RB_SET_FLAGS (1ull << 3)
#define RB_ALLOCATE (1ull << 8)
#define RB_SET_SIZE (1ull << 22)
#define RB_SET_TIMES (1ull << 23)

/* Every way a guest could change a stdio descriptor fails with ENOTCAPABLE, and its rights say so. */
static void check_stdio_locked(void) {
  for (uint32_t fd = 0; fd < 3; fd++) {
    CHECK_EQ_INT(CALL("fd_fdstat_set_flags", fd, 4 /* NONBLOCK */), E_NOTCAPABLE);
    CHECK_EQ_INT(CALL("fd_fdstat_set_flags", fd, 1 /* APPEND */), E_NOTCAPABLE);
    CHECK_EQ_INT(CALL("fd_fdstat_set_flags", fd, 0), E_NOTCAPABLE);
    CHECK_EQ_INT(CALL("fd_seek", fd, 0, 0, 100), E_NOTCAPABLE);
    CHECK_EQ_INT(CALL("fd_seek", fd, 5, 1, 100), E_NOTCAPABLE);
    CHECK_EQ_INT(CALL("fd_filestat_set_size", fd, 0), E_NOTCAPABLE);
    CHECK_EQ_INT(CALL("fd_allocate", fd, 0, 4096), E_NOTCAPABLE);
    CHECK_EQ_INT(CALL("fd_filestat_set_times", fd, 0, 0, 10), E_NOTCAPABLE);
    CHECK_EQ_INT(CALL("fd_fdstat_get", fd, 200), 0);
    uint64_t rb = ld64(208);
    CHECK_EQ_INT(rb & (RB_SEEK | RB_SET_FLAGS | RB_ALLOCATE | RB_SET_SIZE | RB_SET_TIMES), 0);
    CHECK(rb & (fd == 0 ? (1ull << 1) : (1ull << 6))); /* stdin reads, stdout/stderr write */
    CHECK_EQ_INT(ld64(216), 0); /* nothing to inherit */
  }
}

/* The host's own stdio, as `hearth run` gives it (hearth_wasi_new), and stdio passed on purpose
 * (hearth_wasi_set_stdio_fd) or in memory: a guest cannot set O_NONBLOCK/O_APPEND on the host's
 * stdout, seek it, truncate or grow it (a redirected log), or change its times. */
static void stdio_rights(void) {
  char logp[] = "/tmp/hearth-wasi-log-XXXXXX";
  int log = mkstemp(logp);
  CHECK(log >= 0);
  CHECK(write(log, "log line\n", 9) == 9);
  int saved = dup(1);
  CHECK(saved >= 0 && dup2(log, 1) == 1);
  int fl = fcntl(1, F_GETFL);
  setup();
  check_stdio_locked();
  CHECK_EQ_INT(write_str(1, "guest\n"), 0); /* writing is what stdout is for */
  CHECK_EQ_INT(CALL("fd_fdstat_set_rights", 1, R_ALL, 0), E_NOTCAPABLE); /* rights never grow */
  hearth_wasi_delete(w);
  /* passed on purpose: the same rights */
  CHECK_EQ_INT(hearth_wasi_new(&w), HEARTH_OK);
  int p[2];
  CHECK(pipe(p) == 0);
  CHECK_EQ_INT(hearth_wasi_set_stdio_fd(w, 0, p[0], true), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_set_stdio_fd(w, 1, log, false), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_set_stdio_fd(w, 2, p[1], true), HEARTH_OK);
  check_stdio_locked();
  hearth_wasi_delete(w);
  /* in memory */
  CHECK_EQ_INT(hearth_wasi_new(&w), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_set_stdin_bytes(w, "in", 2), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_capture_output(w, 1, 100), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_capture_output(w, 2, 100), HEARTH_OK);
  check_stdio_locked();
  hearth_wasi_delete(w);
  int fl2 = fcntl(1, F_GETFL);
  CHECK(dup2(saved, 1) == 1);
  close(saved);
  CHECK_EQ_INT(fl2, fl);
  CHECK_EQ_INT(fl & (O_NONBLOCK | O_APPEND), 0);
  struct stat st;
  CHECK(fstat(log, &st) == 0);
  CHECK_EQ_INT(st.st_size, 9 + 6); /* the guest's line was appended, nothing truncated */
  close(log);
  unlink(logp);
}

/* A context attached to a store takes a snapshot; the store's reset hook (what
 * hearth_instance_reset calls) brings the fd table back to it: files opened since are closed,
 * closed or renumbered ones are back with their rights, offsets and O_APPEND are restored, stdin
 * reads from where it was, captured output is dropped, the exit code is cleared. */
static void snapshot_reset(void) {
  setup();
  sh("printf 0123456789 > %s/box/data", tmpdir);
  uint32_t data;
  CHECK_EQ_INT(popen_(3, "data", 0, 0, R_ALL, &data), 0);
  CHECK_EQ_INT(data, 5);
  CHECK_EQ_INT(hearth_wasi_set_stdin_bytes(w, "stdin bytes", 11), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_capture_output(w, 1, 100), HEARTH_OK);
  hearth_engine *e;
  hearth_store *st;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_store_new(e, &st), HEARTH_OK);
  hearth_wasi_attach(st, w);
  CHECK(st->user == w && st->user_reset != NULL);
  char got[300];
  for (int round = 0; round < 3; round++) {
    uint32_t fd;
    CHECK_EQ_INT(popen_(3, "new", 0, 1, R_ALL, &fd), 0);
    CHECK_EQ_INT(fd, 6); /* the same number every round: reset closed the previous one */
    CHECK_EQ_INT(read_all(data, got, sizeof got), 0);
    CHECK_STR(got, "0123456789"); /* from the snapshot's offset (0) */
    CHECK_EQ_INT(read_all(0, got, sizeof got), 0);
    CHECK_STR(got, "stdin bytes");
    CHECK_EQ_INT(CALL("fd_fdstat_set_flags", data, 1 /* APPEND */), 0);
    CHECK_EQ_INT(write_str(1, "out"), 0);
    CHECK_EQ_INT(CALL("fd_fdstat_set_rights", 3, 0, 0), 0);   /* drop every right of the preopen */
    CHECK_EQ_INT(CALL("fd_renumber", 4, 9), E_BADF);          /* 9 is not open */
    CHECK_EQ_INT(CALL("fd_renumber", 4, fd), 0);              /* the read-only preopen moves */
    CHECK_EQ_INT(CALL("fd_close", 0), 0);
    st->exit_code = 3;
    CHECK_EQ_INT(st->user_reset(st, st->user), HEARTH_OK);
    CHECK_EQ_INT(st->exit_code, 0);
    CHECK_EQ_INT(CALL("fd_fdstat_get", fd, 100), E_BADF);
    CHECK_EQ_INT(CALL("fd_fdstat_get", 4, 100), 0);
    CHECK_EQ_INT(mem[100], 3); /* the read-only preopen is back at fd 4 */
    CHECK_EQ_INT(CALL("fd_fdstat_get", 3, 100), 0);
    CHECK_EQ_INT(ld64(108), R_ALL);
    CHECK_EQ_INT(CALL("fd_fdstat_get", data, 100), 0);
    CHECK_EQ_INT(ld32(102) & 0xffff, 0); /* O_APPEND cleared again */
    size_t n = 1;
    hearth_wasi_output(w, 1, &n);
    CHECK_EQ_INT(n, 0);
  }
  hearth_store_delete(st);
  hearth_engine_delete(e);
  hearth_wasi_delete(w);
}

/* A rename racing the portable walk (or openat2) cannot make ".." climb above the preopen. The guest opens
 * "a/b/../../secret.txt", which names box/secret.txt (absent); a thread keeps moving box/a/b to
 * box/b2 and back. A walk that opened the host's ".." with a depth count escaped whenever the
 * rename landed between its steps: from b2, ".." is box and one more ".." is box's parent, which
 * holds secret.txt. The walk must never open it. */
static atomic_bool g_race_stop;
static char g_race_dir[128];

static void *rename_loop(void *arg) {
  (void)arg;
  char a[200], b[200];
  snprintf(a, sizeof a, "%s/box/a/b", g_race_dir);
  snprintf(b, sizeof b, "%s/box/b2", g_race_dir);
  while (!atomic_load(&g_race_stop)) {
    (void)rename(a, b);
    (void)rename(b, a);
  }
  return NULL;
}

static void rename_race(bool walk) {
  setup();
  h_wasi_force_walk(walk);
  sh("mkdir -p %s/box/a/b", tmpdir);
  snprintf(g_race_dir, sizeof g_race_dir, "%s", tmpdir);
  uint32_t fd;
  CHECK_EQ_INT(popen_(3, "a/b/../../secret.txt", 0, 0, R_RD, &fd), E_NOENT);
  pthread_t th;
  CHECK(pthread_create(&th, NULL, rename_loop, NULL) == 0);
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  long tries = 0, opened = 0;
  for (;;) {
    uint32_t before = bump;
    uint32_t e = popen_(3, "a/b/../../secret.txt", 0, 0, R_RD, &fd);
    bump = before;
    if (e == 0) {
      opened++;
      CHECK_EQ_INT(CALL("fd_close", fd), 0);
    }
    tries++;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if ((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000 > 1500) break;
  }
  atomic_store(&g_race_stop, true);
  pthread_join(th, NULL);
  fprintf(stderr, "%ld walks, %ld escaped\n", tries, opened);
  CHECK(tries > 100);
  CHECK_EQ_INT(opened, 0);
  hearth_wasi_delete(w);
  h_wasi_force_walk(false);
}

static void walk_rename_race(void) { rename_race(true); }
static void openat2_rename_race(void) { rename_race(false); }

/* `hearth run` gives the guest the host's stdio without the rights to change it. */
static void run_stdio_rights(void);

/* Every escape, run under both resolvers. */
static void escapes(bool walk) {
  setup();
  h_wasi_force_walk(walk);
  uint32_t fd;
  CHECK_EQ_INT(popen_(3, "..", 0, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "../secret.txt", 0, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "/etc/passwd", 1, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_create_directory", 3, S("d")), 0);
  CHECK_EQ_INT(popen_(3, "d/../../secret.txt", 1, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "d/../f", 0, 0, R_RD, &fd), 0);
  CHECK_EQ_INT(popen_(3, "out/secret.txt", 1, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "out/box/f", 1, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "abs/passwd", 1, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "sec", 1, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "sec", 0, 0, R_RD, &fd), E_LOOP);
  CHECK_EQ_INT(popen_(3, "sec", 1, 1, R_RD | R_WR, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "sec", 1, 1 | 4, R_RD | R_WR, &fd), E_EXIST); /* excl: never follows */
  CHECK_EQ_INT(CALL("path_filestat_get", 3, 1, S("sec"), 100), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_filestat_get", 3, 0, S("sec"), 100), 0);
  CHECK_EQ_INT(CALL("path_filestat_get", 3, 0, S("out/"), 100), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_filestat_set_times", 3, 1, S("sec"), 0, 0, 8), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_create_directory", 3, S("../x")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_create_directory", 3, S("out/x")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_unlink_file", 3, S("../secret.txt")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_unlink_file", 3, S("out/secret.txt")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_remove_directory", 3, S("..")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_rename", 3, S("f"), 3, S("../f")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_rename", 3, S("f"), 3, S("out/f")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_rename", 3, S("../secret.txt"), 3, S("s")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_link", 3, 0, S("f"), 3, S("../f2")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_link", 3, 1, S("sec"), 3, S("s")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_readlink", 3, S("../box/sec"), 200, 64, 100), E_NOTCAPABLE);
  /* guest-made symlinks can never point out, and links that do are not followed out */
  CHECK_EQ_INT(CALL("path_symlink", S("../secret.txt"), 3, S("e1")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_symlink", S("/etc/passwd"), 3, S("e2")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_symlink", S("d/../../x"), 3, S("e3")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_symlink", S("../../f"), 3, S("d/e4")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_symlink", S("../f"), 3, S("d/ok")), 0);
  CHECK_EQ_INT(popen_(3, "d/ok", 1, 0, R_RD, &fd), 0);
  CHECK_EQ_INT(CALL("path_symlink", S("x"), 3, S("../e5")), E_NOTCAPABLE);
  /* host-made links deeper down that climb out, or into a loop through a directory */
  sh("ln -s ../../secret.txt %s/box/d/deep && ln -s ../d/../.. %s/box/d/up && "
     "ln -s self/x %s/box/d/self", tmpdir, tmpdir, tmpdir);
  CHECK_EQ_INT(popen_(3, "d/deep", 1, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "d/up/secret.txt", 1, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "d/up/box/f", 1, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "d/self/f", 1, 0, R_RD, &fd), E_LOOP);
  CHECK_EQ_INT(CALL("path_filestat_get", 3, 1, S("d/up"), 100), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "d/../d/../f", 1, 0, R_RD, &fd), 0); /* ".." that stays inside is fine */
  CHECK_EQ_INT(popen_(3, "./d/./../f", 1, 0, R_RD, &fd), 0);
  CHECK_EQ_INT(popen_(3, "d/../..", 1, 0, R_RD, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(3, "d/../../box/f", 1, 0, R_RD, &fd), E_NOTCAPABLE);
  /* a loop of links ends in ELOOP, not a hang */
  CHECK_EQ_INT(CALL("path_symlink", S("l2"), 3, S("l1")), 0);
  CHECK_EQ_INT(CALL("path_symlink", S("l1"), 3, S("l2")), 0);
  CHECK_EQ_INT(popen_(3, "l1", 1, 0, R_RD, &fd), E_LOOP);
  CHECK_EQ_INT(popen_(3, "l1/x", 1, 0, R_RD, &fd), E_LOOP);
  /* nothing outside changed */
  struct stat st;
  char p[128];
  snprintf(p, sizeof p, "%s/secret.txt", tmpdir);
  CHECK(stat(p, &st) == 0 && st.st_size == 7);
  snprintf(p, sizeof p, "%s/x", tmpdir);
  CHECK(stat(p, &st) != 0);
  snprintf(p, sizeof p, "%s/box/f", tmpdir);
  CHECK(stat(p, &st) == 0);
  /* read-only preopen */
  CHECK_EQ_INT(popen_(4, "r.txt", 0, 0, R_RD, &fd), 0);
  char got[300];
  CHECK_EQ_INT(read_all(fd, got, sizeof got), 0);
  CHECK_STR(got, "read only\n");
  CHECK_EQ_INT(popen_(4, "n", 0, 1, R_RD | R_WR, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(4, "r.txt", 0, 8, R_RD | R_WR, &fd), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(4, "r.txt", 0, 0, R_RD | R_WR, &fd), 0);
  CHECK_EQ_INT(write_str(fd, "x"), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("fd_filestat_set_size", fd, 0), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("fd_allocate", fd, 0, 10), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_create_directory", 4, S("x")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_unlink_file", 4, S("r.txt")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_remove_directory", 4, S(".")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_rename", 4, S("r.txt"), 4, S("r2")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_rename", 3, S("f"), 4, S("f")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_rename", 4, S("r.txt"), 3, S("stolen")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_link", 3, 0, S("f"), 4, S("f")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_symlink", S("r.txt"), 4, S("l")), E_NOTCAPABLE);
  CHECK_EQ_INT(CALL("path_filestat_set_times", 4, 0, S("r.txt"), 0, 0, 8), E_NOTCAPABLE);
  uint32_t sub;
  CHECK_EQ_INT(popen_(4, ".", 0, 2, R_ALL, &sub), 0);
  CHECK_EQ_INT(CALL("path_create_directory", sub, S("x")), E_NOTCAPABLE);
  CHECK_EQ_INT(popen_(sub, "r.txt", 0, 1 | 8, R_ALL, &fd), E_NOTCAPABLE);
  snprintf(p, sizeof p, "%s/ro/r.txt", tmpdir);
  CHECK(stat(p, &st) == 0 && st.st_size == 10);
  hearth_wasi_delete(w);
  h_wasi_force_walk(false);
}

static void escapes_openat2(void) { escapes(false); }
static void escapes_walk(void) { escapes(true); }

static void poll_clock(void) {
  setup();
  uint8_t sub[48] = {0};
  uint64_t ud = 7, timeout = 15000000;
  memcpy(sub, &ud, 8);
  sub[8] = 0;
  uint32_t id = 1;
  memcpy(sub + 16, &id, 4);
  memcpy(sub + 24, &timeout, 8);
  uint32_t in = put(sub, 48), out = bump;
  bump += 64;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  CHECK_EQ_INT(CALL("poll_oneoff", in, out, 1, 100), 0);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  long long dt = (t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
  CHECK(dt >= 15000000);
  CHECK_EQ_INT(ld32(100), 1);
  CHECK_EQ_INT(ld64(out), 7);
  CHECK_EQ_INT(mem[out + 10], 0);
  /* fd subscriptions: a regular file is ready at once, a bad fd reports EBADF */
  uint32_t fd;
  CHECK_EQ_INT(popen_(3, "f", 0, 0, R_RD | (1ull << 27), &fd), 0);
  uint8_t two[96] = {0};
  two[8] = 1;
  memcpy(two + 16, &fd, 4);
  two[48 + 8] = 1;
  uint32_t badfd = 99;
  memcpy(two + 48 + 16, &badfd, 4);
  in = put(two, 96);
  CHECK_EQ_INT(CALL("poll_oneoff", in, out, 2, 100), 0);
  CHECK_EQ_INT(ld32(100), 2);
  CHECK_EQ_INT(mem[out + 8], 0);
  CHECK_EQ_INT(ld64(out + 16), 7);
  CHECK_EQ_INT(mem[out + 32 + 8], E_BADF);
  CHECK_EQ_INT(CALL("poll_oneoff", in, out, 0, 100), E_INVAL);
  CHECK_EQ_INT(CALL("poll_oneoff", MEM_SIZE - 40, out, 1, 100), E_FAULT);
  CHECK_EQ_INT(CALL("poll_oneoff", in, MEM_SIZE - 40, 2, 100), E_FAULT);
  hearth_wasi_delete(w);
}

static void every_function_is_defined(void) {
  static const char *names[] = {
      "args_get", "args_sizes_get", "environ_get", "environ_sizes_get", "clock_res_get",
      "clock_time_get", "fd_advise", "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get",
      "fd_fdstat_set_flags", "fd_fdstat_set_rights", "fd_filestat_get", "fd_filestat_set_size",
      "fd_filestat_set_times", "fd_pread", "fd_prestat_get", "fd_prestat_dir_name", "fd_pwrite",
      "fd_read", "fd_readdir", "fd_renumber", "fd_seek", "fd_sync", "fd_tell", "fd_write",
      "path_create_directory", "path_filestat_get", "path_filestat_set_times", "path_link",
      "path_open", "path_readlink", "path_remove_directory", "path_rename", "path_symlink",
      "path_unlink_file", "poll_oneoff", "proc_exit", "proc_raise", "sched_yield", "random_get",
      "sock_accept", "sock_recv", "sock_send", "sock_shutdown"};
  CHECK_EQ_INT(h_wasi_func_count(), sizeof names / sizeof names[0]);
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    bool found = false;
    for (size_t k = 0; k < h_wasi_func_count(); k++) found |= !strcmp(h_wasi_func_name(k), names[i]);
    CHECK(found);
  }
  /* and all of them land in a linker without complaint */
  hearth_engine *e;
  hearth_linker *l;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_new(&w), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_define(l, w), HEARTH_OK);
  CHECK(hearth_wasi_define(l, NULL) != HEARTH_OK); /* redefinition without shadowing */
  hearth_linker_delete(l);
  hearth_wasi_delete(w);
  hearth_engine_delete(e);
}

/* Garbage arguments to every function: errors, never a crash. */
static void hostile_arguments(void) {
  setup();
  uint64_t pats[] = {0, 1, 3, 0xFFFF, MEM_SIZE - 1, MEM_SIZE, 0xFFFFFFFFu, 0x7FFFFFFF,
                     0xFFFFFFFFFFFFFFFFull};
  for (size_t f = 0; f < h_wasi_func_count(); f++) {
    const char *name = h_wasi_func_name(f);
    if (!strcmp(name, "proc_exit") || !strcmp(name, "poll_oneoff") || !strcmp(name, "fd_close") ||
        !strcmp(name, "fd_renumber") || !strcmp(name, "sock_accept") || !strcmp(name, "sock_recv"))
      continue;
    for (size_t p = 0; p < sizeof pats / sizeof pats[0]; p++) {
      for (size_t q = 0; q < sizeof pats / sizeof pats[0]; q += 2) {
        uint64_t slots[10];
        for (int i = 0; i < 10; i++) slots[i] = (i & 1) ? pats[q] : pats[p];
        slots[0] = p % 6; /* fd-ish first argument: stdio, preopens, a free slot */
        if (!strcmp(name, "fd_write") || !strcmp(name, "fd_pwrite") || !strcmp(name, "sock_send"))
          slots[0] = 5;
        if (!strcmp(name, "fd_read") || !strcmp(name, "fd_pread")) slots[0] = 5;
        if (!strcmp(name, "path_symlink")) slots[2] = 3;
        hearth_status s = h_wasi_invoke(w, name, mem, MEM_SIZE, slots, NULL);
        CHECK_EQ_INT(s, HEARTH_OK);
        CHECK(slots[0] <= 76);
      }
    }
  }
  hearth_wasi_delete(w);
}

#include "proc.h"

/* ---------------------------------------------------------------- guests end to end */

static bool contains_line(const char *s, const char *line) {
  size_t n = strlen(line);
  for (const char *p = s; p && (p = strstr(p, line)); p++)
    if ((p == s || p[-1] == '\n') && (p[n] == '\n' || p[n] == 0)) return true;
  return false;
}

static char *read_text(const char *path) {
  int fd = open(path, O_RDONLY);
  CHECK(fd >= 0);
  char *s = slurp_fd(fd);
  close(fd);
  return s;
}

static void guest_args_env(void) {
  setenv("HEARTH_TEST_INHERITED", "from host", 1);
  run_res r = RUN(NULL, "--env", "A=1", "--env", "B=x=y", "--env", "HEARTH_TEST_INHERITED",
                  "--env", "HEARTH_TEST_UNSET_VAR", "guests/args_env.wasm", "one", "two words", "");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "argc=4\nargv[1]=one\nargv[2]=two words\nargv[3]=\nenv A=1\nenv B=x=y\n"
                   "env HEARTH_TEST_INHERITED=from host\nenvc=3\n");
  free_res(&r);
  SAME_AS_NODE(NULL, "argc=3\nargv[1]=a\nargv[2]=b c\nenv K=v\nenvc=1\n", "--env", "K=v",
               "guests/args_env.wasm", "a", "b c");
}

static void guest_stdio(void) {
  run_res r = RUN("abc def\nline two", "guests/stdio.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "ABC DEF\nLINE TWO[16 bytes]\n");
  CHECK_STR(r.err, "stderr: read 16 bytes\n");
  free_res(&r);
  SAME_AS_NODE("mixed Case input\n", "MIXED CASE INPUT\n[17 bytes]\n", "guests/stdio.wasm");
  SAME_AS_NODE(NULL, "[0 bytes]\n", "guests/stdio.wasm");
}

static void guest_clocks_random(void) {
  const char *expect = "realtime after 2020: yes\n"
                       "monotonic advanced >= 20ms over a 20ms sleep: yes\n"
                       "process cputime: ok\nthread cputime: ok\n"
                       "monotonic resolution positive: yes\nbad clock id: errno 28\n"
                       "random: ok\nsched_yield: 0\n";
  run_res h = RUN(NULL, "guests/clocks.wasm");
  CHECK_EQ_INT(h.rc, 0);
  CHECK_STR(h.out, expect);
  /* node as the reference, but for the sleep line: node's 20 ms sleep (a libuv timer of
   * millisecond granularity against the loop's cached time) was seen to end after 19.x ms of
   * CLOCK_MONOTONIC on a quiet machine, so node may say "no" there; hearth must say "yes". */
  run_res n = NODE(NULL, "guests/clocks.wasm");
  CHECK_EQ_INT(n.rc, 0);
  const char *early = "over a 20ms sleep: no\n", *late = "over a 20ms sleep: yes\n";
  char *at = n.out ? strstr(n.out, early) : NULL;
  if (at) { /* that line alone is taken as "yes" */
    size_t pre = (size_t)(at - n.out);
    char *fixed = malloc(strlen(n.out) + 2);
    CHECK(fixed != NULL);
    memcpy(fixed, n.out, pre);
    strcpy(fixed + pre, late);
    strcat(fixed, at + strlen(early));
    free(n.out);
    n.out = fixed;
  }
  CHECK_STR(h.out, n.out);
  free_res(&n);
  free_res(&h);
}

static void guest_poll(void) {
  run_res r = RUN("ready", "guests/poll.wasm");
  CHECK_EQ_INT(r.rc, 0);
  CHECK_STR(r.out, "relative: errno 0 events 1 userdata 42 type 0 slept>=30ms 1\n"
                   "absolute: errno 0 events 1 slept>=15ms 1\n"
                   "stdin: errno 0 events 1 userdata 1 type 1 error 0 quick 1\n"
                   "bad fd: errno 0 events 1 error 8\n"
                   "zero subscriptions: errno 28\n");
  free_res(&r);
}

/* files.wasm in a fresh directory under hearth, then under node: the same lines. */
static void guest_files_like_node(void) {
  char d1[] = "/tmp/hearth-files-XXXXXX", d2[] = "/tmp/hearth-files-XXXXXX";
  CHECK(mkdtemp(d1) && mkdtemp(d2));
  char m1[128], m2[128];
  snprintf(m1, sizeof m1, "%s::/sandbox", d1);
  snprintf(m2, sizeof m2, "%s::/sandbox", d2);
  run_res h = RUN(NULL, "--dir", m1, "guests/files.wasm", "/sandbox");
  if (h.rc) fprintf(stderr, "%s", h.err);
  CHECK_EQ_INT(h.rc, 0);
  CHECK(contains_line(h.out, "pread: 5 \"Jello\""));
  CHECK(contains_line(h.out, "list sub/many: 120 entries"));
  CHECK(contains_line(h.out, "readlink: 5 \"b.txt\""));
  CHECK(contains_line(h.out, "nlink: 2"));
  CHECK(contains_line(h.out, "rmdir non-empty: error Directory not empty"));
  CHECK(contains_line(h.out, "list .: 0 entries"));
  run_res n = NODE(NULL, "--dir", m2, "guests/files.wasm", "/sandbox");
  CHECK_STR(h.out, n.out);
  free_res(&n);
  free_res(&h);
  sh("rm -rf %s %s", d1, d2);
}

/* escape.wasm tries every way out; the output must match guests/escape.expected exactly, and
 * nothing outside the sandbox may change. */
static void guest_escapes(void) {
  strcpy(tmpdir, "/tmp/hearth-esc-XXXXXX");
  CHECK(mkdtemp(tmpdir) != NULL);
  atexit(cleanup);
  sh("cd %s && mkdir box ro && echo secret > secret.txt && echo inside > box/f && "
     "ln -s .. box/out && ln -s /etc box/abs && ln -s ../secret.txt box/sec && "
     "echo 'read only' > ro/r.txt", tmpdir);
  char m1[128], m2[128];
  snprintf(m1, sizeof m1, "%s/box::/box", tmpdir);
  snprintf(m2, sizeof m2, "%s/ro::/ro:ro", tmpdir);
  run_res r = RUN(NULL, "--dir", m1, "--dir", m2, "guests/escape.wasm");
  CHECK_EQ_INT(r.rc, 0);
  char *expect = read_text("guests/escape.expected");
  CHECK_STR(r.out, expect);
  free(expect);
  free_res(&r);
  char p[160];
  snprintf(p, sizeof p, "%s/secret.txt", tmpdir);
  char *secret = read_text(p);
  CHECK_STR(secret, "secret\n");
  free(secret);
  sh("test ! -e %s/f && test ! -e %s/f2 && test ! -e %s/x && test \"$(ls %s)\" = \"box\nro\nsecret.txt\"",
     tmpdir, tmpdir, tmpdir, tmpdir);
  sh("test \"$(ls %s/ro)\" = r.txt", tmpdir);
}

static void run_stdio_rights(void) {
  static const char *const probes[][3] = {{"set_flags", "1", "4"}, {"set_flags", "1", "1"},
                                          {"set_flags", "0", "4"}, {"seek", "1", NULL},
                                          {"set_size", "1", NULL}, {"allocate", "1", NULL}};
  for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
    run_res r = probes[i][2] ? RUN(NULL, "--invoke", probes[i][0], "guests/pool/wasi_iso.wasm",
                                   probes[i][1], probes[i][2])
                             : RUN(NULL, "--invoke", probes[i][0], "guests/pool/wasi_iso.wasm",
                                   probes[i][1]);
    if (r.rc) fprintf(stderr, "%s", r.err);
    CHECK_EQ_INT(r.rc, 0);
    CHECK_STR(r.out, "76\n"); /* ENOTCAPABLE */
    free_res(&r);
  }
}

/* The embedder path the pool uses: one linker with store-attached contexts, in-memory stdin and
 * captured stdout, two stores running the same module. */
static void api_store_attached_memory_stdio(void) {
  int fd = open("guests/stdio.wasm", O_RDONLY);
  CHECK(fd >= 0);
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  uint8_t *bytes = malloc((size_t)st.st_size);
  CHECK(bytes && read(fd, bytes, (size_t)st.st_size) == st.st_size);
  close(fd);
  hearth_engine *e;
  hearth_module *m;
  hearth_linker *l;
  CHECK_EQ_INT(hearth_engine_new(NULL, &e), HEARTH_OK);
  CHECK_EQ_INT(hearth_module_new(e, bytes, (size_t)st.st_size, &m), HEARTH_OK);
  CHECK_EQ_INT(hearth_linker_new(e, &l), HEARTH_OK);
  CHECK_EQ_INT(hearth_wasi_define(l, NULL), HEARTH_OK);
  const char *inputs[2] = {"first store", "second"};
  const char *expect[2] = {"FIRST STORE[11 bytes]\n", "SECOND[6 bytes]\n"};
  for (int k = 0; k < 2; k++) {
    hearth_store *s;
    hearth_wasi *ctx;
    CHECK_EQ_INT(hearth_store_new(e, &s), HEARTH_OK);
    CHECK_EQ_INT(hearth_wasi_new(&ctx), HEARTH_OK);
    CHECK_EQ_INT(hearth_wasi_set_stdin_bytes(ctx, inputs[k], strlen(inputs[k])), HEARTH_OK);
    CHECK_EQ_INT(hearth_wasi_capture_output(ctx, 1, 1 << 20), HEARTH_OK);
    CHECK_EQ_INT(hearth_wasi_capture_output(ctx, 2, 1 << 20), HEARTH_OK);
    hearth_wasi_attach(s, ctx);
    hearth_instance *inst;
    CHECK_EQ_INT(hearth_instance_new(s, l, m, &inst), HEARTH_OK);
    /* WASI imports are raw host functions (slots in and out, no hearth_val conversions) */
    CHECK(m->nimported_funcs > 0);
    for (uint32_t i = 0; i < m->nimported_funcs; i++)
      CHECK(inst->funcs[i]->raw != NULL && inst->funcs[i]->host == NULL);
    hearth_extern start;
    CHECK_EQ_INT(hearth_instance_export(inst, "_start", &start), HEARTH_OK);
    hearth_status rs = hearth_func_call(start.of.func, NULL, 0, NULL, 0);
    CHECK(rs == HEARTH_OK || (rs == HEARTH_ERR_EXIT && hearth_store_exit_code(s) == 0));
    size_t len;
    const uint8_t *out = hearth_wasi_output(ctx, 1, &len);
    CHECK(len == strlen(expect[k]) && memcmp(out, expect[k], len) == 0);
    out = hearth_wasi_output(ctx, 2, &len);
    CHECK(len > 0 && memmem(out, len, "stderr: read", 12) != NULL);
    hearth_store_delete(s);
    hearth_wasi_delete(ctx);
  }
  hearth_linker_delete(l);
  hearth_module_delete(m);
  hearth_engine_delete(e);
  free(bytes);
}

T_MAIN(T_CASE(args_and_environ), T_CASE(clocks_random_exit), T_CASE(memory_stdio),
       T_CASE(many_iovecs), T_CASE(guest_cannot_take_every_fd),
       T_CASE(fifo_open_does_not_block),
       T_CASE(prestat_and_fdstat), T_CASE(file_io), T_CASE(path_ops), T_CASE(readdir_cookies),
       T_CASE(escapes_openat2), T_CASE(escapes_walk), T_CASE(poll_clock),
       T_CASE(every_function_is_defined), T_CASE(hostile_arguments), T_CASE(guest_args_env),
       T_CASE(guest_stdio), T_CASE(guest_clocks_random), T_CASE(guest_poll),
       T_CASE(guest_files_like_node), T_CASE(guest_escapes),
       T_CASE(api_store_attached_memory_stdio), T_CASE(stdio_rights), T_CASE(snapshot_reset),
       T_CASE(walk_rename_race), T_CASE(openat2_rename_race), T_CASE(run_stdio_rights))
