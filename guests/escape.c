/* escape.c: every way out of the sandbox, through the raw WASI calls (no libc path logic).
 * Expects fd 3 = a writable preopen holding file "f" ("inside"), host symlinks "out" -> "..",
 * "abs" -> "/etc", "sec" -> "../secret.txt"; fd 4 = a read-only preopen holding "r.txt".
 * Prints one "case: ERRNO" line per attempt; the test compares with escape.expected. With the
 * argument "sandbox-only" it stops before the bad-pointer cases (which the preview-1 adapter of a
 * WASI 0.2 component does not check: they trap there, inside the guest). */
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

static const char *names[] = {
    "SUCCESS", "2BIG", "ACCES", "ADDRINUSE", "ADDRNOTAVAIL", "AFNOSUPPORT", "AGAIN", "ALREADY",
    "BADF", "BADMSG", "BUSY", "CANCELED", "CHILD", "CONNABORTED", "CONNREFUSED", "CONNRESET",
    "DEADLK", "DESTADDRREQ", "DOM", "DQUOT", "EXIST", "FAULT", "FBIG", "HOSTUNREACH", "IDRM",
    "ILSEQ", "INPROGRESS", "INTR", "INVAL", "IO", "ISCONN", "ISDIR", "LOOP", "MFILE", "MLINK",
    "MSGSIZE", "MULTIHOP", "NAMETOOLONG", "NETDOWN", "NETRESET", "NETUNREACH", "NFILE", "NOBUFS",
    "NODEV", "NOENT", "NOEXEC", "NOLCK", "NOLINK", "NOMEM", "NOMSG", "NOPROTOOPT", "NOSPC",
    "NOSYS", "NOTCONN", "NOTDIR", "NOTEMPTY", "NOTRECOVERABLE", "NOTSOCK", "NOTSUP", "NOTTY",
    "NXIO", "OVERFLOW", "OWNERDEAD", "PERM", "PIPE", "PROTO", "PROTONOSUPPORT", "PROTOTYPE",
    "RANGE", "ROFS", "SPIPE", "SRCH", "STALE", "TIMEDOUT", "TXTBSY", "XDEV", "NOTCAPABLE"};

/* The raw import, so that a bad (pointer, length) pair reaches the host unchanged. */
__attribute__((import_module("wasi_snapshot_preview1"), import_name("path_open"))) int32_t
raw_path_open(int32_t fd, int32_t dirflags, int32_t path, int32_t path_len, int32_t oflags,
              int64_t rights, int64_t inheriting, int32_t fdflags, int32_t out);

static void show(const char *what, __wasi_errno_t e) {
  printf("%s: %s\n", what, e < sizeof names / sizeof names[0] ? names[e] : "?");
}

#define RD (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_FILESTAT_GET)
#define WR (__WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE)

static __wasi_errno_t op(__wasi_fd_t dir, const char *p, __wasi_lookupflags_t lf, __wasi_oflags_t of,
                         __wasi_rights_t r, __wasi_fd_t *out) {
  return __wasi_path_open(dir, lf, p, of, r, r, 0, out);
}

static void open_case(const char *what, __wasi_fd_t dir, const char *p, __wasi_lookupflags_t lf) {
  __wasi_fd_t fd;
  __wasi_errno_t e = op(dir, p, lf, 0, RD, &fd);
  show(what, e);
  if (e == 0) (void)__wasi_fd_close(fd);
}

static void read_file(const char *what, __wasi_fd_t dir, const char *p) {
  __wasi_fd_t fd;
  __wasi_errno_t e = op(dir, p, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, 0, RD, &fd);
  if (e) {
    show(what, e);
    return;
  }
  char b[64] = {0};
  __wasi_iovec_t iov = {(uint8_t *)b, sizeof b - 1};
  __wasi_size_t n = 0;
  e = __wasi_fd_read(fd, &iov, 1, &n);
  (void)__wasi_fd_close(fd);
  if (n && b[n - 1] == '\n') b[n - 1] = 0;
  printf("%s: %s \"%s\"\n", what, names[e], b);
}

int main(int argc, char **argv) {
  __wasi_fd_t fd;
  __wasi_filestat_t st;
  /* lexical escapes */
  open_case("open ..", 3, "..", 0);
  open_case("open ../secret.txt", 3, "../secret.txt", 0);
  show("mkdir d", __wasi_path_create_directory(3, "d"));
  open_case("open d/../../secret.txt", 3, "d/../../secret.txt", 0);
  open_case("open d/../f (stays inside)", 3, "d/../f", 0);
  open_case("open /etc/passwd", 3, "/etc/passwd", 0);
  open_case("open empty path", 3, "", 0);
  /* host symlinks pointing out */
  open_case("open out/secret.txt", 3, "out/secret.txt", 0);
  open_case("open abs/passwd", 3, "abs/passwd", 0);
  open_case("open sec (follow)", 3, "sec", __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW);
  open_case("open sec (nofollow)", 3, "sec", 0);
  show("stat sec (follow)", __wasi_path_filestat_get(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "sec", &st));
  show("stat sec (nofollow)", __wasi_path_filestat_get(3, 0, "sec", &st));
  show("stat out/ (dir through link)", __wasi_path_filestat_get(3, 0, "out/", &st));
  show("mkdir out/x", __wasi_path_create_directory(3, "out/x"));
  show("mkdir ../x", __wasi_path_create_directory(3, "../x"));
  show("unlink ../secret.txt", __wasi_path_unlink_file(3, "../secret.txt"));
  show("rmdir ..", __wasi_path_remove_directory(3, ".."));
  /* guest-made symlinks */
  show("symlink ../secret.txt", __wasi_path_symlink("../secret.txt", 3, "evil1"));
  show("symlink /etc/passwd", __wasi_path_symlink("/etc/passwd", 3, "evil2"));
  show("symlink d/../../x", __wasi_path_symlink("d/../../x", 3, "evil3"));
  show("symlink d/../f (inside)", __wasi_path_symlink("d/../f", 3, "good"));
  read_file("read via good", 3, "good");
  show("symlink in d to ../f", __wasi_path_symlink("../f", 3, "d/up"));
  read_file("read via d/up", 3, "d/up");
  show("symlink in d to ../../f", __wasi_path_symlink("../../f", 3, "d/up2"));
  /* rename and link out */
  show("rename f -> ../f", __wasi_path_rename(3, "f", 3, "../f"));
  show("rename f -> out/f", __wasi_path_rename(3, "f", 3, "out/f"));
  show("rename ../secret.txt -> s", __wasi_path_rename(3, "../secret.txt", 3, "s"));
  show("link f -> ../f2", __wasi_path_link(3, 0, "f", 3, "../f2"));
  show("link sec (follow) -> s", __wasi_path_link(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "sec", 3, "s"));
  read_file("read f still inside", 3, "f");
  /* read-only preopen */
  read_file("ro read r.txt", 4, "r.txt");
  show("ro create", op(4, "new", 0, __WASI_OFLAGS_CREAT, RD | WR, &fd));
  show("ro trunc", op(4, "r.txt", 0, __WASI_OFLAGS_TRUNC, RD | WR, &fd));
  __wasi_errno_t e = op(4, "r.txt", 0, 0, RD | WR, &fd);
  show("ro open for write", e);
  if (e == 0) {
    __wasi_ciovec_t iov = {(const uint8_t *)"x", 1};
    __wasi_size_t n;
    show("ro fd_write", __wasi_fd_write(fd, &iov, 1, &n));
    show("ro fd_filestat_set_size", __wasi_fd_filestat_set_size(fd, 0));
    show("ro fd_fdstat_set_rights (grow)", __wasi_fd_fdstat_set_rights(fd, RD | WR, 0));
    (void)__wasi_fd_close(fd);
  }
  show("ro mkdir", __wasi_path_create_directory(4, "x"));
  show("ro unlink", __wasi_path_unlink_file(4, "r.txt"));
  show("ro rename", __wasi_path_rename(4, "r.txt", 4, "r2.txt"));
  show("ro rename into", __wasi_path_rename(3, "f", 4, "f"));
  show("ro link into", __wasi_path_link(3, 0, "f", 4, "f"));
  show("ro symlink", __wasi_path_symlink("r.txt", 4, "l"));
  show("ro set times", __wasi_path_filestat_set_times(4, 0, "r.txt", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
  show("ro rmdir", __wasi_path_remove_directory(4, "."));
  read_file("ro r.txt unchanged", 4, "r.txt");
  if (argc > 1 && strcmp(argv[1], "sandbox-only") == 0) return 0;
  /* bad pointers: EFAULT, never a crash */
  uint32_t end = (uint32_t)__builtin_wasm_memory_size(0) * 65536u;
  __wasi_size_t n;
  show("fd_write iovs past end", __wasi_fd_write(1, (const __wasi_ciovec_t *)(uintptr_t)(end - 4), 1, &n));
  __wasi_ciovec_t bad = {(const uint8_t *)(uintptr_t)(end - 2), 8};
  show("fd_write buffer past end", __wasi_fd_write(1, &bad, 1, &n));
  show("fd_write result past end", __wasi_fd_write(1, &bad, 0, (__wasi_size_t *)(uintptr_t)end));
  show("random_get past end", __wasi_random_get((uint8_t *)(uintptr_t)(end - 4), 8));
  show("args_sizes_get past end", __wasi_args_sizes_get((__wasi_size_t *)(uintptr_t)0xFFFFFFFFu, &n));
  show("path_open path past end",
       (__wasi_errno_t)raw_path_open(3, 0, (int32_t)(end - 1), 16, 0, RD, RD, 0, (int32_t)(uintptr_t)&fd));
  show("path_open result past end",
       (__wasi_errno_t)raw_path_open(3, 0, (int32_t)(uintptr_t)"f", 1, 0, RD, RD, 0, (int32_t)(end - 2)));
  show("filestat result past end", __wasi_fd_filestat_get(3, (__wasi_filestat_t *)(uintptr_t)(end - 8)));
  /* bad descriptors and unsupported calls */
  show("fd_close 1000", __wasi_fd_close(1000));
  show("fd_prestat_get 0", __wasi_fd_prestat_get(0, &(__wasi_prestat_t){0}));
  show("fd_write 77", __wasi_fd_write(77, &bad, 0, &n));
  show("sock_accept on dir", __wasi_sock_accept(3, 0, &fd));
  show("sock_shutdown 99", __wasi_sock_shutdown(99, __WASI_SDFLAGS_WR));
  show("path_open on a file fd", op(1, "x", 0, 0, RD, &fd));
  return 0;
}
