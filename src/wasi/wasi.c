/* wasi.c: WASI preview 1 (wasi_snapshot_preview1): fd table, sandboxed paths, clocks, stdio. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/openat2.h>
#endif

#include "internal.h"
#include "wasi.h"

/* ---------------------------------------------------------------- ABI constants */

enum {
  W_SUCCESS = 0, W_2BIG = 1, W_ACCES = 2, W_ADDRINUSE = 3, W_ADDRNOTAVAIL = 4, W_AFNOSUPPORT = 5,
  W_AGAIN = 6, W_ALREADY = 7, W_BADF = 8, W_BADMSG = 9, W_BUSY = 10, W_CANCELED = 11,
  W_CHILD = 12, W_CONNABORTED = 13, W_CONNREFUSED = 14, W_CONNRESET = 15, W_DEADLK = 16,
  W_DESTADDRREQ = 17, W_DOM = 18, W_DQUOT = 19, W_EXIST = 20, W_FAULT = 21, W_FBIG = 22,
  W_HOSTUNREACH = 23, W_IDRM = 24, W_ILSEQ = 25, W_INPROGRESS = 26, W_INTR = 27, W_INVAL = 28,
  W_IO = 29, W_ISCONN = 30, W_ISDIR = 31, W_LOOP = 32, W_MFILE = 33, W_MLINK = 34,
  W_MSGSIZE = 35, W_MULTIHOP = 36, W_NAMETOOLONG = 37, W_NETDOWN = 38, W_NETRESET = 39,
  W_NETUNREACH = 40, W_NFILE = 41, W_NOBUFS = 42, W_NODEV = 43, W_NOENT = 44, W_NOEXEC = 45,
  W_NOLCK = 46, W_NOLINK = 47, W_NOMEM = 48, W_NOMSG = 49, W_NOPROTOOPT = 50, W_NOSPC = 51,
  W_NOSYS = 52, W_NOTCONN = 53, W_NOTDIR = 54, W_NOTEMPTY = 55, W_NOTRECOVERABLE = 56,
  W_NOTSOCK = 57, W_NOTSUP = 58, W_NOTTY = 59, W_NXIO = 60, W_OVERFLOW = 61, W_OWNERDEAD = 62,
  W_PERM = 63, W_PIPE = 64, W_PROTO = 65, W_PROTONOSUPPORT = 66, W_PROTOTYPE = 67, W_RANGE = 68,
  W_ROFS = 69, W_SPIPE = 70, W_SRCH = 71, W_STALE = 72, W_TIMEDOUT = 73, W_TXTBSY = 74,
  W_XDEV = 75, W_NOTCAPABLE = 76
};

/* rights */
#define R_FD_DATASYNC (1ull << 0)
#define R_FD_READ (1ull << 1)
#define R_FD_SEEK (1ull << 2)
#define R_FD_FDSTAT_SET_FLAGS (1ull << 3)
#define R_FD_SYNC (1ull << 4)
#define R_FD_TELL (1ull << 5)
#define R_FD_WRITE (1ull << 6)
#define R_FD_ADVISE (1ull << 7)
#define R_FD_ALLOCATE (1ull << 8)
#define R_PATH_CREATE_DIRECTORY (1ull << 9)
#define R_PATH_CREATE_FILE (1ull << 10)
#define R_PATH_LINK_SOURCE (1ull << 11)
#define R_PATH_LINK_TARGET (1ull << 12)
#define R_PATH_OPEN (1ull << 13)
#define R_FD_READDIR (1ull << 14)
#define R_PATH_READLINK (1ull << 15)
#define R_PATH_RENAME_SOURCE (1ull << 16)
#define R_PATH_RENAME_TARGET (1ull << 17)
#define R_PATH_FILESTAT_GET (1ull << 18)
#define R_PATH_FILESTAT_SET_SIZE (1ull << 19)
#define R_PATH_FILESTAT_SET_TIMES (1ull << 20)
#define R_FD_FILESTAT_GET (1ull << 21)
#define R_FD_FILESTAT_SET_SIZE (1ull << 22)
#define R_FD_FILESTAT_SET_TIMES (1ull << 23)
#define R_PATH_SYMLINK (1ull << 24)
#define R_PATH_REMOVE_DIRECTORY (1ull << 25)
#define R_PATH_UNLINK_FILE (1ull << 26)
#define R_POLL_FD_READWRITE (1ull << 27)
#define R_SOCK_SHUTDOWN (1ull << 28)
#define R_SOCK_ACCEPT (1ull << 29)
#define R_ALL ((1ull << 30) - 1)

/* Rights that only read: what a read-only preopen and everything under it may hold. */
#define R_READ_ONLY                                                                              \
  (R_FD_READ | R_FD_SEEK | R_FD_FDSTAT_SET_FLAGS | R_FD_TELL | R_FD_ADVISE | R_PATH_OPEN |       \
   R_FD_READDIR | R_PATH_READLINK | R_PATH_FILESTAT_GET | R_FD_FILESTAT_GET |                     \
   R_POLL_FD_READWRITE | R_FD_SYNC | R_FD_DATASYNC)
/* Rights that need a host descriptor opened for writing. */
#define R_NEED_WRITE (R_FD_WRITE | R_FD_ALLOCATE | R_FD_FILESTAT_SET_SIZE)
/* Rights of stdio (fd 0: R_STDIN, 1 and 2: R_STDOUT), whatever is behind it: a host descriptor
 * (inherited or passed by the embedder), memory, or nothing. Never seek, set_size, allocate,
 * set_flags, set_times, sync or advise: a stdio descriptor is usually shared with the host (the
 * server's own stdout, a log file it redirected, a terminal), and a guest must not change its
 * offset, size, flags (O_NONBLOCK, O_APPEND) or times. Like wasmtime, which gives stdio read or
 * write only. R_FD_TELL is added for non-terminals (stream_rights), so that wasi-libc's isatty()
 * (a character device without seek and tell) stays truthful. */
#define R_STDIN (R_FD_READ | R_FD_FILESTAT_GET | R_POLL_FD_READWRITE)
#define R_STDOUT (R_FD_WRITE | R_FD_FILESTAT_GET | R_POLL_FD_READWRITE)

enum { FT_UNKNOWN = 0, FT_BLOCK = 1, FT_CHAR = 2, FT_DIR = 3, FT_REG = 4, FT_SOCK_DGRAM = 5,
       FT_SOCK_STREAM = 6, FT_SYMLINK = 7 };
enum { FDF_APPEND = 1, FDF_DSYNC = 2, FDF_NONBLOCK = 4, FDF_RSYNC = 8, FDF_SYNC = 16 };
enum { OF_CREAT = 1, OF_DIRECTORY = 2, OF_EXCL = 4, OF_TRUNC = 8 };
enum { FST_ATIM = 1, FST_ATIM_NOW = 2, FST_MTIM = 4, FST_MTIM_NOW = 8 };
enum { LOOKUP_FOLLOW = 1 };

/* Returned by a function implementation instead of an errno: the guest called proc_exit. */
#define W_EXIT_MARK 0x10000u

#define W_MAX_FDS 65536u
#define W_MAX_PATH 4096u
#define W_MAX_SYMLINKS 40

/* ---------------------------------------------------------------- context */

/* Kinds of fd table entries. WFD_NULL is stdio that goes nowhere: reads see EOF, writes are
 * accepted and dropped (a pool's default stdio, like /dev/null without a descriptor). */
enum { WFD_FREE = 0, WFD_HOST, WFD_MEMIN, WFD_MEMOUT, WFD_NULL };

/* Entry flags. WF_INHERITED: one of the host's own stdin/stdout/stderr given by hearth_wasi_new,
 * not passed on purpose (h_wasi_clone with isolate replaces it). WF_STDIO: a stdio stream (its
 * rights stay R_STDIN/R_STDOUT, its offset is never restored). */
enum { WF_INHERITED = 1, WF_STDIO = 2 };
/* What a guest changed in a snapshot entry's host descriptor (h_wfd.dirty): its offset (a read,
 * write or seek) or its flags (fd_fdstat_set_flags); reset restores only those. */
enum { D_OFF = 1, D_FL = 2 };

typedef struct h_wfd {
  uint8_t kind;
  uint8_t filetype;
  uint8_t flags;   /* WF_* */
  bool own;        /* close `host` when the entry goes (unless snap_ref) */
  uint8_t dirty;   /* snapshot entries: D_OFF / D_FL may have changed since the last reset */
  uint32_t snap_ref; /* live entries: 1 + index of the snapshot entry it was made from, whose
                        `host` and `preopen` they are (see wasi_snapshot); 0: its own */
  int host;
  uint64_t rb, ri; /* rights base / inheriting */
  char *preopen;   /* guest name of a preopened directory (owned), else NULL */
  DIR *dir;        /* readdir stream on its own descriptor (owned), created lazily */
  int buf;         /* WFD_MEM*: index into hearth_wasi.io */
  int64_t off;     /* snapshot entries: the file offset to restore, -1 for none */
  int fl;          /* snapshot entries: F_GETFL flags to restore (O_APPEND|O_NONBLOCK), -1 none */
} h_wfd;

typedef struct h_wbuf {
  uint8_t *data;
  size_t len, cap, pos, max;
} h_wbuf;

typedef struct h_wdef h_wdef;
typedef struct h_wbind {
  hearth_wasi *w; /* NULL: the context comes from the calling store's user pointer */
  const h_wdef *def;
} h_wbind;

typedef struct h_wcall {
  hearth_wasi *w;
  uint8_t *mem;
  uint64_t size;
  hearth_store *store; /* NULL under h_wasi_invoke */
  int exit_code;
  hearth_memory *memory; /* the memory behind mem, for write tracking (NULL under h_wasi_invoke) */
} h_wcall;

typedef uint32_t (*h_wimpl)(h_wcall *c, const uint64_t *a);

struct h_wdef {
  const char *name;
  const char *sig; /* parameter types: 'i' i32, 'I' i64; "-" suffix: no result */
  h_wimpl fn;
};

#define W_NFUNCS 46

struct hearth_wasi {
  char *args;      /* argc NUL-terminated strings back to back */
  size_t args_len;
  uint32_t argc;
  char *env;
  size_t env_len;
  uint32_t envc;
  h_wfd *fds;
  uint32_t nfds, fds_cap;
  h_wbuf io[3];    /* 0: stdin bytes, 1/2: captured stdout/stderr */
  h_wbind bind[W_NFUNCS];
  /* The state hearth_instance_reset brings the context back to (taken when it is first attached
   * to a store): the fd table (snap entries own their host descriptors and preopen names; live
   * entries made from them have snap_ref), stdin's read position and the captured lengths. */
  bool has_snap;
  bool touched;    /* a WASI function ran or a setter changed the table since the last reset */
  h_wfd *snap;
  uint32_t nsnap;
  size_t snap_io_pos[3], snap_io_len[3];
};

/* ---------------------------------------------------------------- errno mapping */

static uint32_t werr(int e) {
  switch (e) {
  case 0: return W_SUCCESS;
  case E2BIG: return W_2BIG;
  case EACCES: return W_ACCES;
  case EADDRINUSE: return W_ADDRINUSE;
  case EADDRNOTAVAIL: return W_ADDRNOTAVAIL;
  case EAFNOSUPPORT: return W_AFNOSUPPORT;
  case EAGAIN: return W_AGAIN;
  case EALREADY: return W_ALREADY;
  case EBADF: return W_BADF;
  case EBADMSG: return W_BADMSG;
  case EBUSY: return W_BUSY;
  case ECANCELED: return W_CANCELED;
  case ECHILD: return W_CHILD;
  case ECONNABORTED: return W_CONNABORTED;
  case ECONNREFUSED: return W_CONNREFUSED;
  case ECONNRESET: return W_CONNRESET;
  case EDEADLK: return W_DEADLK;
  case EDESTADDRREQ: return W_DESTADDRREQ;
  case EDOM: return W_DOM;
  case EDQUOT: return W_DQUOT;
  case EEXIST: return W_EXIST;
  case EFAULT: return W_FAULT;
  case EFBIG: return W_FBIG;
  case EHOSTUNREACH: return W_HOSTUNREACH;
  case EIDRM: return W_IDRM;
  case EILSEQ: return W_ILSEQ;
  case EINPROGRESS: return W_INPROGRESS;
  case EINTR: return W_INTR;
  case EINVAL: return W_INVAL;
  case EIO: return W_IO;
  case EISCONN: return W_ISCONN;
  case EISDIR: return W_ISDIR;
  case ELOOP: return W_LOOP;
  case EMFILE: return W_MFILE;
  case EMLINK: return W_MLINK;
  case EMSGSIZE: return W_MSGSIZE;
  case EMULTIHOP: return W_MULTIHOP;
  case ENAMETOOLONG: return W_NAMETOOLONG;
  case ENETDOWN: return W_NETDOWN;
  case ENETRESET: return W_NETRESET;
  case ENETUNREACH: return W_NETUNREACH;
  case ENFILE: return W_NFILE;
  case ENOBUFS: return W_NOBUFS;
  case ENODEV: return W_NODEV;
  case ENOENT: return W_NOENT;
  case ENOEXEC: return W_NOEXEC;
  case ENOLCK: return W_NOLCK;
  case ENOLINK: return W_NOLINK;
  case ENOMEM: return W_NOMEM;
  case ENOMSG: return W_NOMSG;
  case ENOPROTOOPT: return W_NOPROTOOPT;
  case ENOSPC: return W_NOSPC;
  case ENOSYS: return W_NOSYS;
  case ENOTCONN: return W_NOTCONN;
  case ENOTDIR: return W_NOTDIR;
  case ENOTEMPTY: return W_NOTEMPTY;
  case ENOTRECOVERABLE: return W_NOTRECOVERABLE;
  case ENOTSOCK: return W_NOTSOCK;
  case ENOTSUP: return W_NOTSUP;
  case ENOTTY: return W_NOTTY;
  case ENXIO: return W_NXIO;
  case EOVERFLOW: return W_OVERFLOW;
  case EOWNERDEAD: return W_OWNERDEAD;
  case EPERM: return W_PERM;
  case EPIPE: return W_PIPE;
  case EPROTO: return W_PROTO;
  case EPROTONOSUPPORT: return W_PROTONOSUPPORT;
  case EPROTOTYPE: return W_PROTOTYPE;
  case ERANGE: return W_RANGE;
  case EROFS: return W_ROFS;
  case ESPIPE: return W_SPIPE;
  case ESRCH: return W_SRCH;
  case ESTALE: return W_STALE;
  case ETIMEDOUT: return W_TIMEDOUT;
  case ETXTBSY: return W_TXTBSY;
  case EXDEV: return W_XDEV;
  default: return W_IO; /* a host error without a WASI counterpart */
  }
}

/* ---------------------------------------------------------------- guest memory */

/* Bounds check of every guest memory access. A range that passes is marked written for reset
 * (memory.c write tracking): every write goes through here, and marking the ranges only read too
 * costs at most a few extra granule copies at reset. */
static inline bool in_mem(h_wcall *c, uint64_t p, uint64_t n) {
  if (p > c->size || n > c->size - p) return false;
  if (c->memory) h_mem_mark(c->memory, p, n);
  return true;
}
static inline uint32_t ld32(const h_wcall *c, uint64_t p) {
  uint32_t v;
  memcpy(&v, c->mem + p, 4);
  return v;
}
static inline void st8(h_wcall *c, uint64_t p, uint8_t v) { c->mem[p] = v; }
static inline void st16(h_wcall *c, uint64_t p, uint16_t v) { memcpy(c->mem + p, &v, 2); }
static inline void st32(h_wcall *c, uint64_t p, uint32_t v) { memcpy(c->mem + p, &v, 4); }
static inline void st64(h_wcall *c, uint64_t p, uint64_t v) { memcpy(c->mem + p, &v, 8); }

#define A32(i) ((uint32_t)a[i])
#define NEED(p, n)                                                                              \
  do {                                                                                          \
    if (!in_mem(c, (p), (n))) return W_FAULT;                                                   \
  } while (0)

/* Copies a guest string into buf (NUL-terminated). */
static uint32_t get_path(h_wcall *c, uint32_t p, uint32_t len, char *buf) {
  if (!in_mem(c, p, len)) return W_FAULT;
  if (len >= W_MAX_PATH) return W_NAMETOOLONG;
  if (len && memchr(c->mem + p, 0, len)) return W_INVAL;
  memcpy(buf, c->mem + p, len);
  buf[len] = 0;
  return W_SUCCESS;
}

/* ---------------------------------------------------------------- fd table */

static h_wfd *get_fd(h_wcall *c, uint32_t fd, uint64_t rights, uint32_t *err) {
  hearth_wasi *w = c->w;
  if (fd >= w->nfds || w->fds[fd].kind == WFD_FREE) {
    *err = W_BADF;
    return NULL;
  }
  h_wfd *e = &w->fds[fd];
  if ((e->rb & rights) != rights) {
    *err = W_NOTCAPABLE;
    return NULL;
  }
  return e;
}

#define GET_FD(var, fd, rights)                                                                 \
  uint32_t var##_err = 0;                                                                       \
  h_wfd *var = get_fd(c, (fd), (rights), &var##_err);                                          \
  if (!var) return var##_err

/* Notes that a guest may change what snapshot entry e was made from keeps on the host side. */
static void mark_dirty(h_wcall *c, const h_wfd *e, uint8_t what) {
  if (e->snap_ref) c->w->snap[e->snap_ref - 1].dirty |= what;
}

static void fd_release(h_wfd *e) {
  if (e->dir) closedir(e->dir);
  if (!e->snap_ref) {
    if (e->kind == WFD_HOST && e->own && e->host >= 0) close(e->host);
    h_free(e->preopen);
  }
  memset(e, 0, sizeof *e);
  e->host = -1;
}

/* Finds the lowest free slot at or above `from`, growing the table. UINT32_MAX when full. */
static uint32_t fd_alloc(hearth_wasi *w, uint32_t from) {
  for (uint32_t i = from; i < w->nfds; i++)
    if (w->fds[i].kind == WFD_FREE) return i;
  uint32_t n = w->nfds > from ? w->nfds : from;
  if (n >= W_MAX_FDS) return UINT32_MAX;
  if (!h_array_grow((void **)&w->fds, sizeof(h_wfd), &w->fds_cap, n + 1)) return UINT32_MAX;
  for (uint32_t i = w->nfds; i <= n; i++) {
    memset(&w->fds[i], 0, sizeof(h_wfd));
    w->fds[i].host = -1;
  }
  w->nfds = n + 1;
  return n;
}

static uint8_t filetype_of(mode_t m) {
  switch (m & S_IFMT) {
  case S_IFBLK: return FT_BLOCK;
  case S_IFCHR: return FT_CHAR;
  case S_IFDIR: return FT_DIR;
  case S_IFREG: return FT_REG;
  case S_IFSOCK: return FT_SOCK_STREAM;
  case S_IFLNK: return FT_SYMLINK;
  default: return FT_UNKNOWN;
  }
}

static uint8_t host_filetype(int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0) return FT_UNKNOWN;
  uint8_t ft = filetype_of(st.st_mode);
  if (ft == FT_SOCK_STREAM) {
    int type = 0;
    socklen_t l = sizeof type;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &l) == 0 && type == SOCK_DGRAM)
      ft = FT_SOCK_DGRAM;
  }
  return ft;
}

/* Rights of stdio fd guest_fd backed by host descriptor fd (-1: none): see R_STDIN. */
static uint64_t stream_rights(int guest_fd, int fd) {
  uint64_t r = guest_fd == 0 ? R_STDIN : R_STDOUT;
  if (fd < 0 || !isatty(fd)) r |= R_FD_TELL;
  return r;
}

/* ---------------------------------------------------------------- public context API */

hearth_status hearth_wasi_new(hearth_wasi **out) {
  hearth_wasi *w = h_calloc(1, sizeof *w);
  if (!w) return h_err(HEARTH_ERR_NOMEM, "wasi context");
  for (uint32_t i = 0; i < 3; i++) {
    if (fd_alloc(w, i) != i) {
      hearth_wasi_delete(w);
      return h_err(HEARTH_ERR_NOMEM, "wasi fd table");
    }
    h_wfd *e = &w->fds[i];
    e->kind = WFD_HOST;
    e->host = (int)i;
    e->own = false;
    e->flags = WF_INHERITED | WF_STDIO;
    e->filetype = host_filetype((int)i);
    e->rb = stream_rights((int)i, (int)i);
    e->ri = 0;
  }
  *out = w;
  return HEARTH_OK;
}

/* Frees the snapshot's entries (closing what they own). */
static void snap_free(hearth_wasi *w) {
  for (uint32_t i = 0; i < w->nsnap; i++) {
    h_wfd *e = &w->snap[i];
    if (e->kind == WFD_HOST && e->own && e->host >= 0) close(e->host);
    h_free(e->preopen);
  }
  h_free(w->snap);
  w->snap = NULL;
  w->nsnap = 0;
  w->has_snap = false;
}

void hearth_wasi_delete(hearth_wasi *w) {
  if (!w) return;
  for (uint32_t i = 0; i < w->nfds; i++)
    if (w->fds[i].kind != WFD_FREE) fd_release(&w->fds[i]);
  snap_free(w);
  h_free(w->fds);
  for (int i = 0; i < 3; i++) h_free(w->io[i].data);
  h_free(w->args);
  h_free(w->env);
  h_free(w);
}

/* Appends a NUL-terminated string (or the pair a "=" b) to a packed string list. */
static hearth_status strlist_add(char **list, size_t *len, uint32_t *count, const char *a,
                                 const char *b) {
  size_t la = strlen(a), lb = b ? strlen(b) + 1 : 0;
  if (*count == UINT32_MAX || la + lb + 1 > UINT32_MAX - *len)
    return h_err(HEARTH_ERR_LIMIT, "wasi: argument/environment list too large");
  char *n = h_realloc(*list, *len + la + lb + 1);
  if (!n) return h_err(HEARTH_ERR_NOMEM, "wasi: argument/environment list");
  memcpy(n + *len, a, la);
  if (b) {
    n[*len + la] = '=';
    memcpy(n + *len + la + 1, b, lb - 1);
  }
  n[*len + la + lb] = 0;
  *list = n;
  *len += la + lb + 1;
  (*count)++;
  return HEARTH_OK;
}

hearth_status hearth_wasi_set_args(hearth_wasi *w, size_t argc, const char *const *argv) {
  h_free(w->args);
  w->args = NULL;
  w->args_len = 0;
  w->argc = 0;
  for (size_t i = 0; i < argc; i++) {
    hearth_status s = strlist_add(&w->args, &w->args_len, &w->argc, argv[i], NULL);
    if (s) return s;
  }
  return HEARTH_OK;
}

hearth_status hearth_wasi_add_env(hearth_wasi *w, const char *name, const char *value) {
  if (!name || !*name || strchr(name, '='))
    return h_err(HEARTH_ERR_ARGUMENT, "wasi: bad environment variable name");
  return strlist_add(&w->env, &w->env_len, &w->envc, name, value ? value : "");
}

hearth_status hearth_wasi_preopen_dir(hearth_wasi *w, const char *host_path,
                                      const char *guest_path, bool read_only) {
  int fd = open(host_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return h_err(HEARTH_ERR_IO, "cannot open directory %s: %s", host_path, strerror(errno));
  char *name = h_strndup(guest_path, strlen(guest_path));
  uint32_t i = fd_alloc(w, 3);
  if (!name || i == UINT32_MAX) {
    close(fd);
    h_free(name);
    return h_err(HEARTH_ERR_NOMEM, "wasi preopen");
  }
  h_wfd *e = &w->fds[i];
  w->touched = true;
  e->kind = WFD_HOST;
  e->host = fd;
  e->own = true;
  e->filetype = FT_DIR;
  e->preopen = name;
  e->rb = read_only ? R_READ_ONLY : R_ALL;
  e->ri = read_only ? R_READ_ONLY : R_ALL;
  return HEARTH_OK;
}

hearth_status hearth_wasi_set_stdio_fd(hearth_wasi *w, int guest_fd, int host_fd, bool own) {
  if (guest_fd < 0 || guest_fd > 2 || host_fd < 0)
    return h_err(HEARTH_ERR_ARGUMENT, "wasi: stdio fd must be 0, 1 or 2");
  uint32_t i = fd_alloc(w, (uint32_t)guest_fd);
  if (i != (uint32_t)guest_fd) {
    if (i == UINT32_MAX) return h_err(HEARTH_ERR_NOMEM, "wasi fd table");
    i = (uint32_t)guest_fd;
  }
  h_wfd *e = &w->fds[i];
  w->touched = true;
  if (e->kind != WFD_FREE) fd_release(e);
  e->kind = WFD_HOST;
  e->host = host_fd;
  e->own = own;
  e->flags = WF_STDIO;
  e->filetype = host_filetype(host_fd);
  e->rb = stream_rights(guest_fd, host_fd);
  e->ri = 0;
  return HEARTH_OK;
}

static hearth_status set_mem_stdio(hearth_wasi *w, int guest_fd, uint8_t kind) {
  if (w->nfds <= (uint32_t)guest_fd && fd_alloc(w, (uint32_t)guest_fd) != (uint32_t)guest_fd)
    return h_err(HEARTH_ERR_NOMEM, "wasi fd table");
  h_wfd *e = &w->fds[guest_fd];
  w->touched = true;
  if (e->kind != WFD_FREE) fd_release(e);
  e->kind = kind;
  e->buf = guest_fd;
  e->flags = WF_STDIO;
  e->filetype = FT_UNKNOWN;
  e->rb = stream_rights(guest_fd, -1);
  e->ri = 0;
  return HEARTH_OK;
}

hearth_status hearth_wasi_set_stdin_bytes(hearth_wasi *w, const void *data, size_t len) {
  h_wbuf *b = &w->io[0];
  if (len > b->cap) {
    uint8_t *n = h_realloc(b->data, len);
    if (!n) return h_err(HEARTH_ERR_NOMEM, "wasi stdin buffer");
    b->data = n;
    b->cap = len;
  }
  if (len) memcpy(b->data, data, len);
  b->len = len;
  b->pos = 0;
  return set_mem_stdio(w, 0, WFD_MEMIN);
}

hearth_status hearth_wasi_capture_output(hearth_wasi *w, int guest_fd, size_t max_bytes) {
  if (guest_fd != 1 && guest_fd != 2)
    return h_err(HEARTH_ERR_ARGUMENT, "wasi: only fd 1 and 2 can be captured");
  h_wbuf *b = &w->io[guest_fd];
  b->max = max_bytes;
  b->len = 0;
  return set_mem_stdio(w, guest_fd, WFD_MEMOUT);
}

const uint8_t *hearth_wasi_output(const hearth_wasi *w, int guest_fd, size_t *len) {
  if (guest_fd != 1 && guest_fd != 2) {
    *len = 0;
    return NULL;
  }
  *len = w->io[guest_fd].len;
  return w->io[guest_fd].data;
}

void hearth_wasi_clear_output(hearth_wasi *w, int guest_fd) {
  if (guest_fd == 1 || guest_fd == 2) w->io[guest_fd].len = 0;
}

/* ---------------------------------------------------------------- snapshot, reset, clone */

/* Whether entry e's file offset is part of the instance's state: a regular file the guest (or
 * template initialization) opened, not stdio, which is shared with the host. */
static bool has_own_offset(const h_wfd *e) {
  return e->kind == WFD_HOST && e->filetype == FT_REG && !(e->flags & WF_STDIO);
}

/* Takes w's snapshot from its current state, once: the snapshot takes over the host descriptors
 * and preopen names of the live entries, which refer to them (snap_ref). */
static hearth_status wasi_snapshot(hearth_wasi *w) {
  if (w->has_snap) return HEARTH_OK;
  h_wfd *snap = h_calloc(w->nfds ? w->nfds : 1, sizeof *snap);
  if (!snap) return h_err(HEARTH_ERR_NOMEM, "wasi snapshot");
  for (uint32_t i = 0; i < w->nfds; i++) {
    h_wfd *e = &w->fds[i], *s = &snap[i];
    *s = *e;
    s->dir = NULL;
    s->snap_ref = 0;
    s->dirty = 0;
    s->off = -1;
    s->fl = -1;
    if (e->kind == WFD_FREE) continue;
    if (has_own_offset(e)) {
      off_t o = lseek(e->host, 0, SEEK_CUR);
      s->off = o < 0 ? -1 : (int64_t)o;
    }
    /* flags matter for files and streams the guest opened, not for directories (never read) */
    if (e->kind == WFD_HOST && !(e->flags & WF_STDIO) && e->filetype != FT_DIR)
      s->fl = fcntl(e->host, F_GETFL);
    e->snap_ref = i + 1;
  }
  w->snap = snap;
  w->nsnap = w->nfds;
  for (int i = 0; i < 3; i++) {
    w->snap_io_pos[i] = w->io[i].pos;
    w->snap_io_len[i] = w->io[i].len;
  }
  w->has_snap = true;
  w->touched = false;
  return HEARTH_OK;
}

/* Brings w back to its snapshot: every descriptor opened since is closed, every snapshot entry is
 * back at its fd number with its rights, and the snapshot's files get their offsets and
 * O_APPEND/O_NONBLOCK back; readdir streams restart; stdin's position and the captured output
 * lengths are restored. Arguments and environment never change. */
static hearth_status wasi_reset(hearth_wasi *w) {
  if (!w->has_snap)
    return h_err(HEARTH_ERR_NOMEM, "wasi reset: the context has no snapshot (no memory for one "
                 "when it was attached)");
  if (!w->touched) return HEARTH_OK; /* a call that never used WASI costs nothing here */
  w->touched = false;
  for (uint32_t i = 0; i < w->nfds; i++)
    if (w->fds[i].kind != WFD_FREE) fd_release(&w->fds[i]);
  assert(w->fds_cap >= w->nsnap); /* the table never shrinks, and held nsnap entries */
  w->nfds = w->nsnap;
  hearth_status st = HEARTH_OK;
  for (uint32_t i = 0; i < w->nsnap; i++) {
    const h_wfd *s = &w->snap[i];
    h_wfd *e = &w->fds[i];
    *e = *s;
    if (s->kind == WFD_FREE) continue;
    e->snap_ref = i + 1;
    e->off = e->fl = -1;
    e->dirty = 0;
    uint8_t d = s->dirty; /* one syscall per thing the guest changed, none otherwise */
    w->snap[i].dirty = 0;
    if ((d & D_OFF) && s->off >= 0 && lseek(e->host, (off_t)s->off, SEEK_SET) < 0 &&
        st == HEARTH_OK)
      st = h_err(HEARTH_ERR_IO, "wasi reset: restoring the offset of fd %u: %s", i,
                 strerror(errno));
    /* F_SETFL changes only the status flags (O_APPEND, O_NONBLOCK, ...) back to the snapshot's */
    if ((d & D_FL) && s->fl >= 0 && fcntl(e->host, F_SETFL, s->fl) != 0 && st == HEARTH_OK)
      st = h_err(HEARTH_ERR_IO, "wasi reset: restoring the flags of fd %u: %s", i,
                 strerror(errno));
  }
  for (int i = 0; i < 3; i++) {
    w->io[i].pos = w->snap_io_pos[i] <= w->io[i].len ? w->snap_io_pos[i] : w->io[i].len;
    if (i && w->snap_io_len[i] < w->io[i].len) w->io[i].len = w->snap_io_len[i];
  }
  return st;
}

/* The store's reset hook (hearth_store.user_reset): restores the attached context. */
static hearth_status wasi_store_reset(hearth_store *s, void *user) {
  s->exit_code = 0;
  return user ? wasi_reset(user) : HEARTH_OK;
}

void hearth_wasi_attach(hearth_store *store, hearth_wasi *w) {
  store->user = w;
  /* A failed snapshot (no memory) leaves the context without one; wasi_reset reports it. */
  store->user_reset = w ? wasi_store_reset : NULL;
  if (w) (void)wasi_snapshot(w);
}

/* A descriptor of the clone for src's host entry e: its own open file description for a regular
 * file (reopened through /proc/self/fd, at the same offset), so that clones never share an
 * offset or flags; a duplicate for anything else (directories, whose offset is never used, and
 * streams the embedder passed on purpose). -1 with errno on failure. */
static int clone_host_fd(const h_wfd *e) {
  if (!has_own_offset(e)) return fcntl(e->host, F_DUPFD_CLOEXEC, 0);
  int fl = fcntl(e->host, F_GETFL);
  if (fl < 0) return -1;
  char path[64];
  snprintf(path, sizeof path, "/proc/self/fd/%d", e->host);
  int keep = O_ACCMODE | O_APPEND | O_NONBLOCK | O_DSYNC | O_SYNC;
  int fd = open(path, (fl & keep) | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return -1;
  off_t o = lseek(e->host, 0, SEEK_CUR);
  if (o >= 0 && lseek(fd, o, SEEK_SET) < 0) {
    int err = errno;
    close(fd);
    errno = err;
    return -1;
  }
  return fd;
}

static hearth_status copy_bytes(void **dst, const void *src, size_t n) {
  *dst = NULL;
  if (!n) return HEARTH_OK;
  *dst = h_malloc(n);
  if (!*dst) return h_err(HEARTH_ERR_NOMEM, "wasi context copy");
  memcpy(*dst, src, n);
  return HEARTH_OK;
}

hearth_status h_wasi_clone(const hearth_wasi *src, bool isolate, hearth_wasi **out) {
  hearth_wasi *w = h_calloc(1, sizeof *w);
  if (!w) return h_err(HEARTH_ERR_NOMEM, "wasi context");
  hearth_status st = copy_bytes((void **)&w->args, src->args, src->args_len);
  if (st == HEARTH_OK) st = copy_bytes((void **)&w->env, src->env, src->env_len);
  if (st == HEARTH_OK) st = copy_bytes((void **)&w->io[0].data, src->io[0].data, src->io[0].len);
  if (st != HEARTH_OK) goto fail;
  w->args_len = src->args_len;
  w->argc = src->argc;
  w->env_len = src->env_len;
  w->envc = src->envc;
  w->io[0].len = w->io[0].cap = src->io[0].len;
  w->io[0].pos = src->io[0].pos;
  for (int i = 1; i < 3; i++) w->io[i].max = src->io[i].max; /* captures start empty */
  if (src->nfds) {
    w->fds = h_calloc(src->nfds, sizeof *w->fds);
    if (!w->fds) {
      st = h_err(HEARTH_ERR_NOMEM, "wasi fd table");
      goto fail;
    }
    w->fds_cap = src->nfds;
  }
  for (uint32_t i = 0; i < src->nfds; i++) {
    const h_wfd *e = &src->fds[i];
    h_wfd *d = &w->fds[i];
    w->nfds = i + 1;
    d->host = -1;
    if (e->kind == WFD_FREE) continue;
    if (e->kind == WFD_HOST && (e->flags & WF_INHERITED) && isolate) {
      d->kind = WFD_NULL;
      d->flags = WF_STDIO;
      d->filetype = FT_UNKNOWN;
      d->rb = stream_rights((int)i, -1);
      continue;
    }
    d->kind = e->kind;
    d->filetype = e->filetype;
    d->flags = e->flags;
    d->rb = e->rb;
    d->ri = e->ri;
    d->buf = e->buf;
    if (e->kind != WFD_HOST) continue;
    if (e->flags & WF_INHERITED) { /* the host's own stdio, borrowed as by hearth_wasi_new */
      d->host = e->host;
      d->own = false;
      continue;
    }
    d->host = clone_host_fd(e);
    if (d->host < 0) {
      st = h_err(HEARTH_ERR_IO, "wasi: cannot give fd %u its own copy: %s", i, strerror(errno));
      d->kind = WFD_FREE;
      goto fail;
    }
    d->own = true;
    if (e->preopen && !(d->preopen = h_strndup(e->preopen, strlen(e->preopen)))) {
      st = h_err(HEARTH_ERR_NOMEM, "wasi preopen");
      goto fail;
    }
  }
  *out = w;
  return HEARTH_OK;
fail:
  hearth_wasi_delete(w);
  return st;
}

void h_wasi_isolate(hearth_wasi *w) {
  for (uint32_t i = 0; i < w->nfds && i < 3; i++) {
    h_wfd *e = &w->fds[i];
    if (e->kind != WFD_HOST || !(e->flags & WF_INHERITED)) continue;
    fd_release(e);
    e->kind = WFD_NULL;
    e->flags = WF_STDIO;
    e->filetype = FT_UNKNOWN;
    e->rb = stream_rights((int)i, -1);
  }
}

/* ---------------------------------------------------------------- sandboxed path resolution */

static atomic_int g_openat2_state; /* 0 unknown, 1 works, 2 unavailable */
static atomic_bool g_force_walk;

void h_wasi_force_walk(bool on) { atomic_store(&g_force_walk, on); }

static bool use_openat2(void) {
#if defined(__linux__) && defined(SYS_openat2)
  return !atomic_load(&g_force_walk) && atomic_load(&g_openat2_state) != 2;
#else
  return false;
#endif
}

/* openat2 with RESOLVE_BENEATH; returns the fd or -1 with errno. ENOSYS/EPERM from a kernel or
 * seccomp filter without openat2 switch the process to the portable walk for good (errno ENOSYS). */
static int openat2_beneath(int dirfd, const char *path, int flags, mode_t mode) {
#if defined(__linux__) && defined(SYS_openat2)
  struct open_how how;
  memset(&how, 0, sizeof how);
  how.flags = (uint64_t)(unsigned)flags;
  how.mode = ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) ? mode : 0;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  for (;;) {
    long r = syscall(SYS_openat2, dirfd, path, &how, sizeof how);
    if (r >= 0) {
      atomic_store(&g_openat2_state, 1);
      return (int)r;
    }
    if (errno == EINTR || errno == EAGAIN) continue; /* EAGAIN: a rename raced the lookup */
    if ((errno == ENOSYS || errno == EPERM || errno == E2BIG) &&
        atomic_load(&g_openat2_state) == 0) {
      atomic_store(&g_openat2_state, 2);
      errno = ENOSYS;
    }
    return -1;
  }
#else
  (void)dirfd; (void)path; (void)flags; (void)mode;
  errno = ENOSYS;
  return -1;
#endif
}

/* Opens the directory named by canon beneath root: canon is a list of plain component names
 * separated by '/' (no ".", "..", empty or symlink components: the directories the walk went
 * through), each opened with O_NOFOLLOW | O_DIRECTORY relative to the previous one, so the result
 * is always root itself or a directory reached from it by real directory entries. Whatever a
 * concurrent rename or a symlink swap did meanwhile, it cannot lead above root: at worst the
 * names no longer lead anywhere (ENOENT, ENOTDIR or ELOOP). *out: an O_PATH fd. */
static uint32_t walk_canon(int root, const char *canon, int *out) {
  int cur = openat(root, ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (cur < 0) return werr(errno);
  char name[NAME_MAX + 1];
  for (const char *p = canon; *p;) {
    const char *q = strchr(p, '/');
    size_t n = q ? (size_t)(q - p) : strlen(p);
    assert(n > 0 && n <= NAME_MAX);
    memcpy(name, p, n);
    name[n] = 0;
    int nfd = openat(cur, name, O_PATH | O_NOFOLLOW | O_DIRECTORY | O_CLOEXEC);
    uint32_t err = nfd < 0 ? werr(errno) : W_SUCCESS;
    close(cur);
    if (err) return err;
    cur = nfd;
    p += n + (q ? 1 : 0);
  }
  *out = cur;
  return W_SUCCESS;
}

/* Opens directory `path` (relative, already checked non-absolute) beneath root, following
 * symlinks of every component but never leaving root. *out: an O_PATH directory fd.
 * The kernel does it with openat2(RESOLVE_BENEATH). The portable walk (no openat2, or forced by
 * h_wasi_force_walk) opens one component at a time with O_NOFOLLOW relative to the directory fd
 * it holds, splices symlink targets into the rest of the path, and keeps `canon`, the names of
 * the directories it went through. ".." never opens a host ".." (which a concurrent rename can
 * move outside root while a depth count still says "inside"): it drops the last name of canon and
 * reopens that directory from root (walk_canon); ".." with canon empty is an escape. */
static uint32_t walk_dir(int root, const char *path, int *out) {
  if (use_openat2()) {
    int fd = openat2_beneath(root, *path ? path : ".", O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
    if (fd >= 0) {
      *out = fd;
      return W_SUCCESS;
    }
    if (errno != ENOSYS) return errno == EXDEV ? W_NOTCAPABLE : werr(errno);
  }
  const size_t work_cap = 2 * W_MAX_PATH, canon_cap = 2 * W_MAX_PATH;
  char *work = h_malloc(work_cap + 2);
  char *canon = h_malloc(canon_cap + 2);
  char *tmp = h_malloc(W_MAX_PATH + 1);
  uint32_t err = W_SUCCESS;
  int cur = -1, links = 0;
  size_t clen = 0;
  if (!work || !canon || !tmp) {
    err = W_NOMEM;
    goto done;
  }
  size_t wl = strlen(path);
  if (wl > work_cap) {
    err = W_NAMETOOLONG;
    goto done;
  }
  memcpy(work, path, wl + 1);
  canon[0] = 0;
  cur = openat(root, ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (cur < 0) {
    err = werr(errno);
    goto done;
  }
  size_t pos = 0;
  while (work[pos]) {
    while (work[pos] == '/') pos++;
    if (!work[pos]) break;
    size_t end = pos;
    while (work[end] && work[end] != '/') end++;
    char save = work[end];
    work[end] = 0;
    const char *comp = work + pos;
    size_t next = save ? end + 1 : end;
    if (strcmp(comp, ".") == 0) {
      pos = next;
      continue;
    }
    if (strcmp(comp, "..") == 0) {
      if (clen == 0) {
        err = W_NOTCAPABLE;
        goto done;
      }
      char *slash = strrchr(canon, '/');
      clen = slash ? (size_t)(slash - canon) : 0;
      canon[clen] = 0;
      close(cur);
      cur = -1;
      err = walk_canon(root, canon, &cur);
      if (err) goto done;
      pos = next;
      continue;
    }
    size_t cl = end - pos;
    if (cl > NAME_MAX) {
      err = W_NAMETOOLONG;
      goto done;
    }
    int nfd = openat(cur, comp, O_PATH | O_NOFOLLOW | O_CLOEXEC);
    if (nfd < 0) {
      err = werr(errno);
      goto done;
    }
    struct stat st;
    if (fstat(nfd, &st) != 0) {
      err = werr(errno);
      close(nfd);
      goto done;
    }
    if (S_ISLNK(st.st_mode)) {
      /* The link itself (an O_PATH fd of it), not whatever the name means by now. */
      ssize_t n = readlinkat(nfd, "", tmp, W_MAX_PATH);
      close(nfd);
      if (n < 0) {
        err = werr(errno);
        goto done;
      }
      if (n == 0) {
        err = W_NOENT;
        goto done;
      }
      if (tmp[0] == '/') {
        err = W_NOTCAPABLE;
        goto done;
      }
      if (++links > W_MAX_SYMLINKS) {
        err = W_LOOP;
        goto done;
      }
      size_t rest = strlen(work + next);
      if ((size_t)n + 1 + rest > work_cap) {
        err = W_NAMETOOLONG;
        goto done;
      }
      memmove(work + n + 1, work + next, rest + 1);
      memcpy(work, tmp, (size_t)n);
      work[n] = '/';
      pos = 0; /* the target is relative to the link's directory, which cur still is */
      continue;
    }
    if (!S_ISDIR(st.st_mode)) {
      close(nfd);
      err = W_NOTDIR;
      goto done;
    }
    if (clen + 1 + cl > canon_cap) {
      close(nfd);
      err = W_NAMETOOLONG;
      goto done;
    }
    if (clen) canon[clen++] = '/';
    memcpy(canon + clen, comp, cl + 1);
    clen += cl;
    close(cur);
    cur = nfd;
    pos = next;
  }
  *out = cur;
  cur = -1;
done:
  if (cur >= 0) close(cur);
  h_free(work);
  h_free(canon);
  h_free(tmp);
  return err;
}

/* Resolves a guest path beneath root into (parent directory, final name). *pfd is an owned O_PATH
 * directory fd; base (room for W_MAX_PATH + 2 bytes) gets a single component that is never "..":
 * "." when the path names a directory through "." or "..". With follow, a final symlink is
 * expanded (beneath root) until the final name is not a symlink. A trailing slash implies follow
 * and is kept on base so that the host call insists on a directory. */
static uint32_t resolve(int root, const char *path, bool follow, int *pfd, char *base) {
  size_t len = strlen(path);
  if (len == 0) return W_NOENT;
  if (path[0] == '/') return W_NOTCAPABLE;
  char *work = h_malloc(2 * W_MAX_PATH + 2);
  char *tmp = h_malloc(W_MAX_PATH + 1);
  uint32_t err = W_SUCCESS;
  int links = 0;
  if (!work || !tmp) {
    err = W_NOMEM;
    goto done;
  }
  memcpy(work, path, len + 1);
  for (;;) {
    len = strlen(work);
    bool slash = false;
    while (len > 1 && work[len - 1] == '/') {
      work[--len] = 0;
      slash = true;
    }
    if (slash) follow = true;
    char *last = strrchr(work, '/');
    const char *b = last ? last + 1 : work;
    if (last) *last = 0;
    const char *dir = last ? work : ".";
    if (strcmp(b, ".") == 0 || strcmp(b, "..") == 0) {
      if (last) *last = '/';
      err = walk_dir(root, work, pfd);
      if (!err) strcpy(base, ".");
      goto done;
    }
    int fd = -1;
    err = walk_dir(root, dir, &fd);
    if (err) goto done;
    if (follow) {
      ssize_t n = readlinkat(fd, b, tmp, W_MAX_PATH);
      if (n > 0) {
        close(fd);
        if (tmp[0] == '/') {
          err = W_NOTCAPABLE;
          goto done;
        }
        if (++links > W_MAX_SYMLINKS) {
          err = W_LOOP;
          goto done;
        }
        size_t dl = last ? strlen(work) : 0;
        if (dl + 1 + (size_t)n + 1 > 2 * W_MAX_PATH) {
          err = W_NAMETOOLONG;
          goto done;
        }
        if (last) {
          work[dl] = '/';
          memcpy(work + dl + 1, tmp, (size_t)n);
          work[dl + 1 + n] = 0;
        } else {
          memcpy(work, tmp, (size_t)n);
          work[n] = 0;
        }
        if (slash) strcat(work, "/");
        continue;
      }
    }
    size_t bl = strlen(b);
    memcpy(base, b, bl);
    if (slash) base[bl++] = '/';
    base[bl] = 0;
    *pfd = fd;
    goto done;
  }
done:
  h_free(work);
  h_free(tmp);
  return err;
}

/* A directory entry usable as the base of path operations. */
static h_wfd *get_dir(h_wcall *c, uint32_t fd, uint64_t rights, uint32_t *err) {
  h_wfd *e = get_fd(c, fd, 0, err);
  if (!e) return NULL;
  if (e->kind != WFD_HOST || e->filetype != FT_DIR) {
    *err = W_NOTDIR;
    return NULL;
  }
  return get_fd(c, fd, rights, err);
}

#define GET_DIR(var, fd, rights)                                                                \
  uint32_t var##_err = 0;                                                                       \
  h_wfd *var = get_dir(c, (fd), (rights), &var##_err);                                         \
  if (!var) return var##_err

/* Reads a guest path and resolves it against directory entry d. */
static uint32_t guest_resolve(h_wcall *c, h_wfd *d, uint32_t p, uint32_t len, bool follow,
                              int *pfd, char *base) {
  char path[W_MAX_PATH];
  uint32_t err = get_path(c, p, len, path);
  if (err) return err;
  return resolve(d->host, path, follow, pfd, base);
}

/* Opens path beneath root with open(2) flags fl (O_NOFOLLOW in fl: a final symlink is not
 * followed), mode 0666 for O_CREAT. The one sandboxed open of preview 1 (path_open) and preview 2
 * (wasip2.c open-at): openat2(RESOLVE_BENEATH) where the kernel has it, else resolve() and an
 * O_NOFOLLOW open of the final name. *out: the owned fd. */
uint32_t h_wasi_fd_keep(int fd) {
  /* The kernel hands out the lowest free number: an fd this high means fewer than the reserve are
   * free. (A guest can still hold every number below it: that is what the reserve is for.) */
  struct rlimit rl;
  if (fd < 0 || getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY) return 0;
  rlim_t reserve = rl.rlim_cur / 4 < H_WASI_HOST_FD_RESERVE ? rl.rlim_cur / 4 : H_WASI_HOST_FD_RESERVE;
  if ((rlim_t)fd < rl.rlim_cur - reserve) return 0;
  close(fd);
  return W_NFILE;
}

uint32_t h_wasi_open_beneath(int root, const char *path, int fl, int *out) {
  if (!path[0]) return W_NOENT;
  if (path[0] == '/') return W_NOTCAPABLE;
  int fd = -1;
  /* Opened non-blocking, then made blocking again unless asked otherwise: opening a FIFO without
   * a peer blocks in open(2), out of reach of every deadline (for writing it fails with ENXIO). */
  bool nonblock = fl & O_NONBLOCK;
  fl |= O_NONBLOCK;
  if (use_openat2()) {
    fd = openat2_beneath(root, path, fl, 0666);
    if (fd < 0 && errno != ENOSYS) return errno == EXDEV ? W_NOTCAPABLE : werr(errno);
  }
  if (fd < 0) {
    char base[W_MAX_PATH + 2];
    int pfd;
    /* O_CREAT|O_EXCL never follows a final symlink (POSIX); the kernel path does the same. */
    bool follow = !(fl & O_NOFOLLOW) && (fl & (O_CREAT | O_EXCL)) != (O_CREAT | O_EXCL);
    uint32_t err = resolve(root, path, follow, &pfd, base);
    if (err) return err;
    fd = openat(pfd, base, fl | O_NOFOLLOW, 0666);
    if (fd < 0) err = werr(errno);
    close(pfd);
    if (err) return err;
  }
  uint32_t err = h_wasi_fd_keep(fd);
  if (err) return err;
  int now = nonblock ? -1 : fcntl(fd, F_GETFL);
  if (now >= 0) (void)fcntl(fd, F_SETFL, now & ~O_NONBLOCK);
  *out = fd;
  return W_SUCCESS;
}

uint32_t h_wasi_resolve(int root, const char *path, bool follow, int *pfd, char *base) {
  return resolve(root, path, follow, pfd, base);
}

uint32_t h_wasi_errno(int e) { return werr(e); }

/* ---------------------------------------------------------------- args, environ, clocks, random */

static uint32_t strlist_get(h_wcall *c, const char *list, size_t len, uint32_t count,
                            uint32_t ptrs, uint32_t buf) {
  NEED(ptrs, (uint64_t)count * 4);
  NEED(buf, len);
  size_t off = 0;
  for (uint32_t i = 0; i < count; i++) {
    st32(c, ptrs + (uint64_t)i * 4, (uint32_t)(buf + off));
    off += strlen(list + off) + 1;
  }
  if (len) memcpy(c->mem + buf, list, len);
  return W_SUCCESS;
}

static uint32_t w_args_get(h_wcall *c, const uint64_t *a) {
  return strlist_get(c, c->w->args, c->w->args_len, c->w->argc, A32(0), A32(1));
}
static uint32_t w_args_sizes_get(h_wcall *c, const uint64_t *a) {
  NEED(A32(0), 4);
  NEED(A32(1), 4);
  st32(c, A32(0), c->w->argc);
  st32(c, A32(1), (uint32_t)c->w->args_len);
  return W_SUCCESS;
}
static uint32_t w_environ_get(h_wcall *c, const uint64_t *a) {
  return strlist_get(c, c->w->env, c->w->env_len, c->w->envc, A32(0), A32(1));
}
static uint32_t w_environ_sizes_get(h_wcall *c, const uint64_t *a) {
  NEED(A32(0), 4);
  NEED(A32(1), 4);
  st32(c, A32(0), c->w->envc);
  st32(c, A32(1), (uint32_t)c->w->env_len);
  return W_SUCCESS;
}

static bool clock_of(uint32_t id, clockid_t *out) {
  switch (id) {
  case 0: *out = CLOCK_REALTIME; return true;
  case 1: *out = CLOCK_MONOTONIC; return true;
  case 2: *out = CLOCK_PROCESS_CPUTIME_ID; return true;
  case 3: *out = CLOCK_THREAD_CPUTIME_ID; return true;
  default: return false;
  }
}

static uint64_t ts_ns(const struct timespec *t) {
  return (uint64_t)t->tv_sec * 1000000000ull + (uint64_t)t->tv_nsec;
}

static uint64_t now_ns(clockid_t id) {
  struct timespec t;
  clock_gettime(id, &t);
  return ts_ns(&t);
}

static uint32_t w_clock_res_get(h_wcall *c, const uint64_t *a) {
  clockid_t id;
  if (!clock_of(A32(0), &id)) return W_INVAL;
  NEED(A32(1), 8);
  struct timespec t;
  if (clock_getres(id, &t) != 0) return werr(errno);
  st64(c, A32(1), ts_ns(&t));
  return W_SUCCESS;
}
static uint32_t w_clock_time_get(h_wcall *c, const uint64_t *a) {
  clockid_t id;
  if (!clock_of(A32(0), &id)) return W_INVAL;
  NEED(A32(2), 8);
  struct timespec t;
  if (clock_gettime(id, &t) != 0) return werr(errno);
  st64(c, A32(2), ts_ns(&t));
  return W_SUCCESS;
}

static uint32_t w_random_get(h_wcall *c, const uint64_t *a) {
  uint32_t p = A32(0), n = A32(1);
  NEED(p, n);
  uint32_t done = 0;
  while (done < n) {
    ssize_t r = getrandom(c->mem + p + done, n - done, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      return werr(errno);
    }
    done += (uint32_t)r;
  }
  return W_SUCCESS;
}

static uint32_t w_proc_exit(h_wcall *c, const uint64_t *a) {
  c->exit_code = (int)A32(0);
  return W_EXIT_MARK;
}
static uint32_t w_proc_raise(h_wcall *c, const uint64_t *a) { return W_NOSYS; }
static uint32_t w_sched_yield(h_wcall *c, const uint64_t *a) {
  sched_yield();
  return W_SUCCESS;
}

/* ---------------------------------------------------------------- fd_* */

static uint32_t w_fd_advise(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), R_FD_ADVISE);
  static const int adv[] = {POSIX_FADV_NORMAL, POSIX_FADV_SEQUENTIAL, POSIX_FADV_RANDOM,
                            POSIX_FADV_WILLNEED, POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE};
  uint32_t advice = A32(3);
  if (advice > 5) return W_INVAL;
  if (e->kind != WFD_HOST) return W_SPIPE;
  if (e->filetype == FT_DIR) return W_BADF;
  int r = posix_fadvise(e->host, (off_t)a[1], (off_t)a[2], adv[advice]);
  return werr(r);
}

static uint32_t w_fd_allocate(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), R_FD_ALLOCATE);
  if (e->kind != WFD_HOST) return W_SPIPE;
  if (e->filetype == FT_DIR) return W_BADF;
  if (a[1] > INT64_MAX || a[2] > INT64_MAX || a[1] + a[2] > INT64_MAX) return W_FBIG;
  if (a[2] == 0) return W_INVAL;
  int r = posix_fallocate(e->host, (off_t)a[1], (off_t)a[2]);
  return werr(r);
}

static uint32_t w_fd_close(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), 0);
  fd_release(e);
  return W_SUCCESS;
}

static uint32_t w_fd_datasync(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), R_FD_DATASYNC);
  if (e->kind != WFD_HOST) return W_SUCCESS;
  return fdatasync(e->host) == 0 ? W_SUCCESS : werr(errno);
}
static uint32_t w_fd_sync(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), R_FD_SYNC);
  if (e->kind != WFD_HOST) return W_SUCCESS;
  return fsync(e->host) == 0 ? W_SUCCESS : werr(errno);
}

static uint16_t fdflags_of(int fl) {
  uint16_t f = 0;
  if (fl & O_APPEND) f |= FDF_APPEND;
  if (fl & O_NONBLOCK) f |= FDF_NONBLOCK;
#if defined(O_DSYNC)
  if ((fl & O_DSYNC) == O_DSYNC) f |= FDF_DSYNC;
#endif
  if ((fl & O_SYNC) == O_SYNC) f |= FDF_SYNC | FDF_RSYNC | FDF_DSYNC;
  return f;
}

static uint32_t w_fd_fdstat_get(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), 0);
  uint32_t p = A32(1);
  NEED(p, 24);
  uint16_t flags = 0;
  if (e->kind == WFD_HOST) {
    int fl = fcntl(e->host, F_GETFL);
    if (fl < 0) return werr(errno);
    flags = fdflags_of(fl);
  } else if (e->kind == WFD_MEMOUT) {
    flags = FDF_APPEND;
  }
  memset(c->mem + p, 0, 24);
  st8(c, p, e->filetype);
  st16(c, p + 2, flags);
  st64(c, p + 8, e->rb);
  st64(c, p + 16, e->ri);
  return W_SUCCESS;
}

static uint32_t w_fd_fdstat_set_flags(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), R_FD_FDSTAT_SET_FLAGS);
  uint32_t f = A32(1);
  if (f & ~0x1Fu) return W_INVAL;
  if (f & (FDF_DSYNC | FDF_RSYNC | FDF_SYNC)) return W_NOTSUP; /* Linux cannot change these */
  if (e->kind != WFD_HOST) return f == 0 || f == FDF_APPEND ? W_SUCCESS : W_NOTSUP;
  int fl = fcntl(e->host, F_GETFL);
  if (fl < 0) return werr(errno);
  mark_dirty(c, e, D_FL);
  fl &= ~(O_APPEND | O_NONBLOCK);
  if (f & FDF_APPEND) fl |= O_APPEND;
  if (f & FDF_NONBLOCK) fl |= O_NONBLOCK;
  return fcntl(e->host, F_SETFL, fl) == 0 ? W_SUCCESS : werr(errno);
}

static uint32_t w_fd_fdstat_set_rights(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), 0);
  uint64_t rb = a[1], ri = a[2];
  if ((rb & ~e->rb) || (ri & ~e->ri)) return W_NOTCAPABLE; /* rights may only shrink */
  e->rb = rb;
  e->ri = ri;
  return W_SUCCESS;
}

static void put_filestat(h_wcall *c, uint32_t p, const struct stat *st) {
  memset(c->mem + p, 0, 64);
  st64(c, p, (uint64_t)st->st_dev);
  st64(c, p + 8, (uint64_t)st->st_ino);
  st8(c, p + 16, filetype_of(st->st_mode));
  st64(c, p + 24, (uint64_t)st->st_nlink);
  st64(c, p + 32, (uint64_t)st->st_size);
  st64(c, p + 40, ts_ns(&st->st_atim));
  st64(c, p + 48, ts_ns(&st->st_mtim));
  st64(c, p + 56, ts_ns(&st->st_ctim));
}

static uint32_t w_fd_filestat_get(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), R_FD_FILESTAT_GET);
  uint32_t p = A32(1);
  NEED(p, 64);
  if (e->kind != WFD_HOST) {
    memset(c->mem + p, 0, 64);
    st8(c, p + 16, FT_UNKNOWN);
    st64(c, p + 24, 1);
    return W_SUCCESS;
  }
  struct stat st;
  if (fstat(e->host, &st) != 0) return werr(errno);
  put_filestat(c, p, &st);
  if (e->filetype == FT_SOCK_DGRAM) st8(c, p + 16, FT_SOCK_DGRAM);
  return W_SUCCESS;
}

static uint32_t w_fd_filestat_set_size(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), R_FD_FILESTAT_SET_SIZE);
  if (e->kind != WFD_HOST) return W_INVAL;
  if (a[1] > INT64_MAX) return W_FBIG;
  return ftruncate(e->host, (off_t)a[1]) == 0 ? W_SUCCESS : werr(errno);
}

static uint32_t make_times(uint64_t atim, uint64_t mtim, uint32_t fl, struct timespec ts[2]) {
  if (fl & ~0xFu) return W_INVAL;
  if ((fl & FST_ATIM) && (fl & FST_ATIM_NOW)) return W_INVAL;
  if ((fl & FST_MTIM) && (fl & FST_MTIM_NOW)) return W_INVAL;
  ts[0].tv_sec = 0;
  ts[1].tv_sec = 0;
  ts[0].tv_nsec = (fl & FST_ATIM_NOW) ? UTIME_NOW : UTIME_OMIT;
  ts[1].tv_nsec = (fl & FST_MTIM_NOW) ? UTIME_NOW : UTIME_OMIT;
  if (fl & FST_ATIM) {
    ts[0].tv_sec = (time_t)(atim / 1000000000ull);
    ts[0].tv_nsec = (long)(atim % 1000000000ull);
  }
  if (fl & FST_MTIM) {
    ts[1].tv_sec = (time_t)(mtim / 1000000000ull);
    ts[1].tv_nsec = (long)(mtim % 1000000000ull);
  }
  return W_SUCCESS;
}

static uint32_t w_fd_filestat_set_times(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), R_FD_FILESTAT_SET_TIMES);
  struct timespec ts[2];
  uint32_t err = make_times(a[1], a[2], A32(3), ts);
  if (err) return err;
  if (e->kind != WFD_HOST) return W_SUCCESS;
  return futimens(e->host, ts) == 0 ? W_SUCCESS : werr(errno);
}

/* Builds host iovecs from a guest (c)iovec array; every buffer is checked. Counts past IOV_MAX
 * are truncated (a short transfer, which callers must accept). */
#define W_IOV_STACK 8 /* iovecs that get_iovs places in the caller's buffer (no allocation) */

/* Reads the guest's iovec array (n entries at p) into host iovecs: into buf (W_IOV_STACK entries)
 * when they fit, else into an allocated array; release with put_iovs. */
static uint32_t get_iovs(h_wcall *c, uint32_t p, uint32_t n, struct iovec *buf,
                         struct iovec **out, int *count) {
  NEED(p, (uint64_t)n * 8);
  uint32_t k = n > IOV_MAX ? IOV_MAX : n;
  struct iovec *v = k <= W_IOV_STACK ? buf : h_calloc(k, sizeof *v);
  if (!v) return W_NOMEM;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t b = ld32(c, p + (uint64_t)i * 8), l = ld32(c, p + (uint64_t)i * 8 + 4);
    if (!in_mem(c, b, l)) {
      if (v != buf) h_free(v);
      return W_FAULT;
    }
    if (i < k) {
      v[i].iov_base = c->mem + b;
      v[i].iov_len = l;
    }
  }
  *out = v;
  *count = (int)k;
  return W_SUCCESS;
}

static void put_iovs(struct iovec *v, struct iovec *buf) {
  if (v != buf) h_free(v);
}

static uint32_t mem_read(h_wcall *c, struct iovec *v, int n, uint32_t *got) {
  h_wbuf *b = &c->w->io[0];
  size_t total = 0;
  for (int i = 0; i < n && b->pos < b->len; i++) {
    size_t k = b->len - b->pos < v[i].iov_len ? b->len - b->pos : v[i].iov_len;
    memcpy(v[i].iov_base, b->data + b->pos, k);
    b->pos += k;
    total += k;
  }
  *got = (uint32_t)total;
  return W_SUCCESS;
}

static uint32_t mem_write(h_wcall *c, h_wfd *e, struct iovec *v, int n, uint32_t *put) {
  h_wbuf *b = &c->w->io[e->buf];
  size_t total = 0;
  for (int i = 0; i < n; i++) {
    size_t k = v[i].iov_len;
    if (b->len >= b->max) {
      if (total == 0 && k) return W_NOSPC;
      break;
    }
    if (k > b->max - b->len) k = b->max - b->len;
    if (k == 0) continue; /* an empty iovec; b->data may still be NULL */
    if (b->len + k > b->cap) {
      size_t nc = b->cap ? b->cap : 256;
      while (nc < b->len + k) nc = nc > SIZE_MAX / 2 ? b->len + k : nc * 2;
      uint8_t *d = h_realloc(b->data, nc);
      if (!d) return total ? W_SUCCESS : W_NOMEM;
      b->data = d;
      b->cap = nc;
    }
    memcpy(b->data + b->len, v[i].iov_base, k);
    b->len += k;
    total += k;
  }
  *put = (uint32_t)total;
  return W_SUCCESS;
}

static uint32_t do_rw(h_wcall *c, const uint64_t *a, bool write, bool positional) {
  uint32_t fd = A32(0), iovs = A32(1), n = A32(2);
  uint64_t off = positional ? a[3] : 0;
  uint32_t outp = positional ? A32(4) : A32(3);
  uint64_t rights = (write ? R_FD_WRITE : R_FD_READ) | (positional ? R_FD_SEEK : 0);
  GET_FD(e, fd, rights);
  NEED(outp, 4);
  struct iovec buf[W_IOV_STACK], *v = NULL;
  int cnt = 0;
  uint32_t err = get_iovs(c, iovs, n, buf, &v, &cnt);
  if (err) return err;
  uint32_t done = 0;
  if (e->kind == WFD_NULL) {
    if (positional) err = W_SPIPE;
    else if (write) { /* everything is accepted, up to Linux's cap on one write (a short write) */
      uint64_t sum = 0;
      for (int i = 0; i < cnt; i++) sum += v[i].iov_len;
      done = sum > 0x7ffff000u ? 0x7ffff000u : (uint32_t)sum;
    }
  } else if (e->kind == WFD_MEMIN || e->kind == WFD_MEMOUT) {
    if (positional) err = W_SPIPE;
    else if (write) err = e->kind == WFD_MEMOUT ? mem_write(c, e, v, cnt, &done) : W_BADF;
    else err = e->kind == WFD_MEMIN ? mem_read(c, v, cnt, &done) : W_BADF;
  } else if (e->filetype == FT_DIR) {
    err = W_ISDIR;
  } else if (positional && off > INT64_MAX) {
    err = W_INVAL;
  } else {
    ssize_t r;
    if (!positional) mark_dirty(c, e, D_OFF);
    do {
      if (positional)
        r = write ? pwritev(e->host, v, cnt, (off_t)off) : preadv(e->host, v, cnt, (off_t)off);
      else
        r = write ? writev(e->host, v, cnt) : readv(e->host, v, cnt);
    } while (r < 0 && errno == EINTR);
    if (r < 0) err = werr(errno);
    else done = (uint32_t)r;
  }
  put_iovs(v, buf);
  if (!err) st32(c, outp, done);
  return err;
}

static uint32_t w_fd_read(h_wcall *c, const uint64_t *a) { return do_rw(c, a, false, false); }
static uint32_t w_fd_write(h_wcall *c, const uint64_t *a) { return do_rw(c, a, true, false); }
static uint32_t w_fd_pread(h_wcall *c, const uint64_t *a) { return do_rw(c, a, false, true); }
static uint32_t w_fd_pwrite(h_wcall *c, const uint64_t *a) { return do_rw(c, a, true, true); }

static uint32_t w_fd_prestat_get(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), 0);
  if (!e->preopen) return W_BADF;
  NEED(A32(1), 8);
  st32(c, A32(1), 0); /* tag dir, padding zeroed */
  st32(c, A32(1) + 4, (uint32_t)strlen(e->preopen));
  return W_SUCCESS;
}

static uint32_t w_fd_prestat_dir_name(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), 0);
  if (!e->preopen) return W_BADF;
  uint32_t p = A32(1), n = A32(2);
  NEED(p, n);
  size_t l = strlen(e->preopen);
  if (n < l) return W_NAMETOOLONG;
  memcpy(c->mem + p, e->preopen, l);
  return W_SUCCESS;
}

static uint8_t dtype_of(unsigned char t) {
  switch (t) {
  case DT_BLK: return FT_BLOCK;
  case DT_CHR: return FT_CHAR;
  case DT_DIR: return FT_DIR;
  case DT_REG: return FT_REG;
  case DT_SOCK: return FT_SOCK_STREAM;
  case DT_LNK: return FT_SYMLINK;
  default: return FT_UNKNOWN;
  }
}

static uint32_t w_fd_readdir(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), R_FD_READDIR);
  uint32_t buf = A32(1), len = A32(2), outp = A32(4);
  uint64_t cookie = a[3];
  NEED(buf, len);
  NEED(outp, 4);
  if (e->kind != WFD_HOST || e->filetype != FT_DIR) return W_NOTDIR;
  if (!e->dir) {
    int d = openat(e->host, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (d < 0) return werr(errno);
    uint32_t kept = h_wasi_fd_keep(d);
    if (kept) return kept;
    e->dir = fdopendir(d);
    if (!e->dir) {
      uint32_t err = werr(errno);
      close(d);
      return err;
    }
  }
  if (cookie == 0) rewinddir(e->dir);
  else if (cookie > LONG_MAX) return W_INVAL;
  else seekdir(e->dir, (long)cookie);
  uint32_t used = 0;
  while (used < len) {
    errno = 0;
    struct dirent *d = readdir(e->dir);
    if (!d) {
      if (errno) return werr(errno);
      break;
    }
    uint8_t hdr[24];
    uint64_t next = (uint64_t)telldir(e->dir);
    uint64_t ino = (uint64_t)d->d_ino;
    uint32_t namlen = (uint32_t)strlen(d->d_name);
    uint8_t type = dtype_of(d->d_type);
    if (d->d_type == DT_UNKNOWN) {
      struct stat st;
      if (fstatat(e->host, d->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0) type = filetype_of(st.st_mode);
    }
    memset(hdr, 0, sizeof hdr);
    memcpy(hdr, &next, 8);
    memcpy(hdr + 8, &ino, 8);
    memcpy(hdr + 16, &namlen, 4);
    hdr[20] = type;
    uint32_t k = len - used < 24 ? len - used : 24;
    memcpy(c->mem + buf + used, hdr, k);
    used += k;
    k = len - used < namlen ? len - used : namlen;
    memcpy(c->mem + buf + used, d->d_name, k);
    used += k;
  }
  st32(c, outp, used);
  return W_SUCCESS;
}

static uint32_t w_fd_renumber(h_wcall *c, const uint64_t *a) {
  GET_FD(from, A32(0), 0);
  GET_FD(to, A32(1), 0);
  if (from == to) return W_SUCCESS;
  fd_release(to);
  *to = *from;
  memset(from, 0, sizeof *from);
  from->host = -1;
  return W_SUCCESS;
}

static uint32_t w_fd_seek(h_wcall *c, const uint64_t *a) {
  int64_t off = (int64_t)a[1];
  uint32_t whence = A32(2), outp = A32(3);
  uint64_t need = (off == 0 && whence == 1) ? R_FD_TELL : R_FD_SEEK;
  GET_FD(e, A32(0), need);
  NEED(outp, 8);
  if (whence > 2) return W_INVAL;
  if (e->kind != WFD_HOST) return W_SPIPE;
  if (e->filetype == FT_DIR) return W_BADF;
  static const int wh[] = {SEEK_SET, SEEK_CUR, SEEK_END};
  mark_dirty(c, e, D_OFF);
  off_t r = lseek(e->host, (off_t)off, wh[whence]);
  if (r < 0) return werr(errno);
  st64(c, outp, (uint64_t)r);
  return W_SUCCESS;
}

static uint32_t w_fd_tell(h_wcall *c, const uint64_t *a) {
  GET_FD(e, A32(0), R_FD_TELL);
  NEED(A32(1), 8);
  if (e->kind != WFD_HOST) return W_SPIPE;
  if (e->filetype == FT_DIR) return W_BADF;
  off_t r = lseek(e->host, 0, SEEK_CUR);
  if (r < 0) return werr(errno);
  st64(c, A32(1), (uint64_t)r);
  return W_SUCCESS;
}

/* ---------------------------------------------------------------- path_* */

static uint32_t w_path_create_directory(h_wcall *c, const uint64_t *a) {
  GET_DIR(d, A32(0), R_PATH_CREATE_DIRECTORY);
  char base[W_MAX_PATH + 2];
  int pfd;
  uint32_t err = guest_resolve(c, d, A32(1), A32(2), false, &pfd, base);
  if (err) return err;
  err = mkdirat(pfd, base, 0777) == 0 ? W_SUCCESS : werr(errno);
  close(pfd);
  return err;
}

static uint32_t w_path_filestat_get(h_wcall *c, const uint64_t *a) {
  GET_DIR(d, A32(0), R_PATH_FILESTAT_GET);
  uint32_t outp = A32(4);
  NEED(outp, 64);
  char base[W_MAX_PATH + 2];
  int pfd;
  uint32_t err = guest_resolve(c, d, A32(2), A32(3), A32(1) & LOOKUP_FOLLOW, &pfd, base);
  if (err) return err;
  struct stat st;
  if (fstatat(pfd, base, &st, AT_SYMLINK_NOFOLLOW) != 0) err = werr(errno);
  else put_filestat(c, outp, &st);
  close(pfd);
  return err;
}

static uint32_t w_path_filestat_set_times(h_wcall *c, const uint64_t *a) {
  GET_DIR(d, A32(0), R_PATH_FILESTAT_SET_TIMES);
  struct timespec ts[2];
  uint32_t err = make_times(a[4], a[5], A32(6), ts);
  if (err) return err;
  char base[W_MAX_PATH + 2];
  int pfd;
  err = guest_resolve(c, d, A32(2), A32(3), A32(1) & LOOKUP_FOLLOW, &pfd, base);
  if (err) return err;
  err = utimensat(pfd, base, ts, AT_SYMLINK_NOFOLLOW) == 0 ? W_SUCCESS : werr(errno);
  close(pfd);
  return err;
}

static uint32_t w_path_link(h_wcall *c, const uint64_t *a) {
  GET_DIR(d1, A32(0), R_PATH_LINK_SOURCE);
  GET_DIR(d2, A32(4), R_PATH_LINK_TARGET);
  char b1[W_MAX_PATH + 2], b2[W_MAX_PATH + 2];
  int p1, p2;
  uint32_t err = guest_resolve(c, d1, A32(2), A32(3), A32(1) & LOOKUP_FOLLOW, &p1, b1);
  if (err) return err;
  err = guest_resolve(c, d2, A32(5), A32(6), false, &p2, b2);
  if (err) {
    close(p1);
    return err;
  }
  err = linkat(p1, b1, p2, b2, 0) == 0 ? W_SUCCESS : werr(errno);
  close(p1);
  close(p2);
  return err;
}

static uint32_t w_path_open(h_wcall *c, const uint64_t *a) {
  uint32_t dirflags = A32(1), oflags = A32(4), fdflags = A32(7), outp = A32(8);
  uint64_t rb = a[5], ri = a[6];
  uint64_t need = R_PATH_OPEN;
  if (oflags & OF_CREAT) need |= R_PATH_CREATE_FILE;
  if (oflags & OF_TRUNC) need |= R_PATH_FILESTAT_SET_SIZE;
  GET_DIR(d, A32(0), need);
  NEED(outp, 4);
  if (oflags & ~0xFu) return W_INVAL;
  if (fdflags & ~0x1Fu) return W_INVAL;
  /* Requested rights are capped by what the directory may hand down. */
  rb &= d->ri;
  ri &= d->ri;
  if ((fdflags & FDF_DSYNC) && !(rb & R_FD_DATASYNC)) return W_NOTCAPABLE;
  if ((fdflags & (FDF_SYNC | FDF_RSYNC)) && !(rb & R_FD_SYNC)) return W_NOTCAPABLE;
  char path[W_MAX_PATH];
  uint32_t err = get_path(c, A32(2), A32(3), path);
  if (err) return err;
  if (!path[0]) return W_NOENT;
  if (path[0] == '/') return W_NOTCAPABLE;

  bool rd = rb & (R_FD_READ | R_FD_READDIR), wr = rb & R_NEED_WRITE;
  int fl = O_CLOEXEC | O_NOCTTY;
  if (oflags & OF_DIRECTORY) fl |= O_DIRECTORY | O_RDONLY;
  else if (wr) fl |= rd ? O_RDWR : O_WRONLY;
  else fl |= O_RDONLY;
  if (oflags & OF_CREAT) fl |= O_CREAT;
  if (oflags & OF_EXCL) fl |= O_EXCL;
  if (oflags & OF_TRUNC) fl |= O_TRUNC;
  if (fdflags & FDF_APPEND) fl |= O_APPEND;
  if (fdflags & FDF_NONBLOCK) fl |= O_NONBLOCK;
  if (fdflags & FDF_DSYNC) fl |= O_DSYNC;
  if (fdflags & FDF_SYNC) fl |= O_SYNC;
  if (fdflags & FDF_RSYNC) fl |= O_RSYNC;
  if (!(dirflags & LOOKUP_FOLLOW)) fl |= O_NOFOLLOW;
  if ((fl & O_ACCMODE) == O_RDONLY && (fl & O_TRUNC)) return W_INVAL; /* undefined in POSIX */

  int fd = -1;
  err = h_wasi_open_beneath(d->host, path, fl, &fd);
  if (err) return err;
  uint8_t ft = host_filetype(fd);
  if (ft == FT_DIR && wr && !(oflags & OF_DIRECTORY)) {
    /* Linux refuses write opens of directories itself; keep the rights honest regardless. */
    rb &= ~R_NEED_WRITE;
  }
  uint32_t nfd = fd_alloc(c->w, 3);
  if (nfd == UINT32_MAX) {
    close(fd);
    return W_NFILE;
  }
  h_wfd *e = &c->w->fds[nfd];
  e->kind = WFD_HOST;
  e->host = fd;
  e->own = true;
  e->filetype = ft;
  e->rb = rb;
  e->ri = ri;
  st32(c, outp, nfd);
  return W_SUCCESS;
}

static uint32_t w_path_readlink(h_wcall *c, const uint64_t *a) {
  GET_DIR(d, A32(0), R_PATH_READLINK);
  uint32_t buf = A32(3), len = A32(4), outp = A32(5);
  NEED(buf, len);
  NEED(outp, 4);
  char base[W_MAX_PATH + 2], tmp[W_MAX_PATH];
  int pfd;
  uint32_t err = guest_resolve(c, d, A32(1), A32(2), false, &pfd, base);
  if (err) return err;
  ssize_t n = readlinkat(pfd, base, tmp, sizeof tmp);
  close(pfd);
  if (n < 0) return werr(errno);
  uint32_t k = (uint64_t)n < len ? (uint32_t)n : len;
  memcpy(c->mem + buf, tmp, k);
  st32(c, outp, k);
  return W_SUCCESS;
}

static uint32_t w_path_remove_directory(h_wcall *c, const uint64_t *a) {
  GET_DIR(d, A32(0), R_PATH_REMOVE_DIRECTORY);
  char base[W_MAX_PATH + 2];
  int pfd;
  uint32_t err = guest_resolve(c, d, A32(1), A32(2), false, &pfd, base);
  if (err) return err;
  err = unlinkat(pfd, base, AT_REMOVEDIR) == 0 ? W_SUCCESS : werr(errno);
  close(pfd);
  return err;
}

static uint32_t w_path_rename(h_wcall *c, const uint64_t *a) {
  GET_DIR(d1, A32(0), R_PATH_RENAME_SOURCE);
  GET_DIR(d2, A32(3), R_PATH_RENAME_TARGET);
  char b1[W_MAX_PATH + 2], b2[W_MAX_PATH + 2];
  int p1, p2;
  uint32_t err = guest_resolve(c, d1, A32(1), A32(2), false, &p1, b1);
  if (err) return err;
  err = guest_resolve(c, d2, A32(4), A32(5), false, &p2, b2);
  if (err) {
    close(p1);
    return err;
  }
  err = renameat(p1, b1, p2, b2) == 0 ? W_SUCCESS : werr(errno);
  close(p1);
  close(p2);
  return err;
}

/* A symlink target must stay inside the sandbox lexically from the link's own directory:
 * not absolute, and no ".." run deeper than the link's depth below the preopen. Following is
 * checked again at every use, so this only keeps guest-made links from pointing out for others. */
bool h_wasi_symlink_target_ok(const char *target, const char *linkpath) {
  if (target[0] == '/' || !target[0]) return false;
  long depth = 0;
  const char *s = linkpath;
  /* depth of the link's directory */
  const char *last = strrchr(s, '/');
  size_t dl = last ? (size_t)(last - s) : 0;
  for (size_t i = 0; i < dl;) {
    while (i < dl && s[i] == '/') i++;
    size_t j = i;
    while (j < dl && s[j] != '/') j++;
    if (j > i) {
      if (j - i == 2 && s[i] == '.' && s[i + 1] == '.') depth--;
      else if (!(j - i == 1 && s[i] == '.')) depth++;
      if (depth < 0) return false;
    }
    i = j;
  }
  for (const char *p = target; *p;) {
    while (*p == '/') p++;
    const char *q = p;
    while (*q && *q != '/') q++;
    if (q > p) {
      if (q - p == 2 && p[0] == '.' && p[1] == '.') depth--;
      else if (!(q - p == 1 && p[0] == '.')) depth++;
      if (depth < 0) return false;
    }
    p = q;
  }
  return true;
}

static uint32_t w_path_symlink(h_wcall *c, const uint64_t *a) {
  GET_DIR(d, A32(2), R_PATH_SYMLINK);
  char target[W_MAX_PATH], lpath[W_MAX_PATH], base[W_MAX_PATH + 2];
  uint32_t err = get_path(c, A32(0), A32(1), target);
  if (err) return err;
  err = get_path(c, A32(3), A32(4), lpath);
  if (err) return err;
  if (!h_wasi_symlink_target_ok(target, lpath)) return W_NOTCAPABLE;
  int pfd;
  err = resolve(d->host, lpath, false, &pfd, base);
  if (err) return err;
  err = symlinkat(target, pfd, base) == 0 ? W_SUCCESS : werr(errno);
  close(pfd);
  return err;
}

static uint32_t w_path_unlink_file(h_wcall *c, const uint64_t *a) {
  GET_DIR(d, A32(0), R_PATH_UNLINK_FILE);
  char base[W_MAX_PATH + 2];
  int pfd;
  uint32_t err = guest_resolve(c, d, A32(1), A32(2), false, &pfd, base);
  if (err) return err;
  err = unlinkat(pfd, base, 0) == 0 ? W_SUCCESS : werr(errno);
  close(pfd);
  return err;
}

/* ---------------------------------------------------------------- poll_oneoff */

#define W_MAX_SUBS 4096u

static uint32_t w_poll_oneoff(h_wcall *c, const uint64_t *a) {
  uint32_t in = A32(0), out = A32(1), n = A32(2), neventsp = A32(3);
  NEED(neventsp, 4);
  if (n == 0) return W_INVAL;
  if (n > W_MAX_SUBS) return W_NOTSUP;
  NEED(in, (uint64_t)n * 48);
  NEED(out, (uint64_t)n * 32);
  struct pollfd *pfd = h_calloc(n, sizeof *pfd);
  uint32_t *pidx = h_calloc(n, sizeof *pidx);
  uint64_t *deadline = h_calloc(n, sizeof *deadline); /* monotonic ns, UINT64_MAX: not a clock */
  /* Subscriptions are copied first: events may overwrite them when in and out overlap. */
  uint8_t *subs = h_malloc((size_t)n * 48);
  uint32_t err = W_SUCCESS, nev = 0, npfd = 0;
  if (!pfd || !pidx || !deadline || !subs) {
    err = W_NOMEM;
    goto done;
  }
  memcpy(subs, c->mem + in, (size_t)n * 48);
  uint64_t mono = now_ns(CLOCK_MONOTONIC), first = UINT64_MAX;
  bool immediate = false;
  uint8_t *ready = (uint8_t *)h_calloc(n, 1); /* 1: event decided without polling */
  uint32_t *rerr = h_calloc(n, sizeof *rerr);
  uint64_t *rbytes = h_calloc(n, sizeof *rbytes);
  if (!ready || !rerr || !rbytes) {
    h_free(ready);
    h_free(rerr);
    h_free(rbytes);
    err = W_NOMEM;
    goto done;
  }
  for (uint32_t i = 0; i < n; i++) {
    const uint8_t *s = subs + (size_t)i * 48;
    uint8_t tag = s[8];
    deadline[i] = UINT64_MAX;
    if (tag == 0) {
      uint32_t id;
      uint64_t timeout;
      uint16_t flags;
      memcpy(&id, s + 16, 4);
      memcpy(&timeout, s + 24, 8);
      memcpy(&flags, s + 40, 2);
      clockid_t cid;
      if (!clock_of(id, &cid)) {
        ready[i] = 1;
        rerr[i] = W_INVAL;
        immediate = true;
        continue;
      }
      uint64_t rel = timeout;
      if (flags & 1) {
        uint64_t now = now_ns(cid);
        rel = timeout > now ? timeout - now : 0;
      }
      deadline[i] = rel > UINT64_MAX - mono - 1 ? UINT64_MAX - 1 : mono + rel;
      if (deadline[i] < first) first = deadline[i];
    } else if (tag == 1 || tag == 2) {
      uint32_t fd;
      memcpy(&fd, s + 16, 4);
      uint32_t e2 = 0;
      h_wfd *e = get_fd(c, fd, R_POLL_FD_READWRITE, &e2);
      if (!e) {
        ready[i] = 1;
        rerr[i] = e2;
        immediate = true;
      } else if (e->kind == WFD_MEMIN || e->kind == WFD_MEMOUT || e->kind == WFD_NULL) {
        ready[i] = 1;
        rbytes[i] = e->kind == WFD_MEMIN ? c->w->io[0].len - c->w->io[0].pos : 0;
        immediate = true;
      } else if (e->filetype == FT_REG || e->filetype == FT_DIR) {
        ready[i] = 1;
        if (tag == 1) {
          struct stat st;
          off_t pos = lseek(e->host, 0, SEEK_CUR);
          if (fstat(e->host, &st) == 0 && pos >= 0 && st.st_size > pos)
            rbytes[i] = (uint64_t)(st.st_size - pos);
        }
        immediate = true;
      } else {
        pfd[npfd].fd = e->host;
        pfd[npfd].events = tag == 1 ? POLLIN : POLLOUT;
        pidx[npfd++] = i;
      }
    } else {
      ready[i] = 1;
      rerr[i] = W_INVAL;
      immediate = true;
    }
  }
  /* Wait in slices so that an interrupt or deadline of the store ends a long sleep. */
  bool fd_fired = false;
  for (;;) {
    uint64_t now = now_ns(CLOCK_MONOTONIC);
    int64_t wait_ns = -1;
    if (immediate) wait_ns = 0;
    else if (first != UINT64_MAX) wait_ns = first > now ? (int64_t)(first - now) : 0;
    if (wait_ns < 0 || wait_ns > 100000000) wait_ns = 100000000; /* 100 ms slice */
    struct timespec ts = {(time_t)(wait_ns / 1000000000), (long)(wait_ns % 1000000000)};
    int r = ppoll(pfd, npfd, &ts, NULL);
    if (r < 0 && errno != EINTR) {
      err = werr(errno);
      break;
    }
    if (r > 0) {
      fd_fired = true;
      break;
    }
    if (immediate) break;
    now = now_ns(CLOCK_MONOTONIC);
    if (first != UINT64_MAX && now >= first) break;
    if (c->store && (atomic_load(&c->store->interrupt) ||
                     (c->store->deadline_ns && now >= c->store->deadline_ns))) {
      err = W_INTR;
      break;
    }
  }
  if (!err) {
    uint64_t now = now_ns(CLOCK_MONOTONIC);
    for (uint32_t i = 0; i < n; i++) {
      const uint8_t *s = subs + (size_t)i * 48;
      uint8_t tag = s[8];
      bool fire = ready[i];
      uint16_t rwflags = 0;
      uint64_t nbytes = rbytes[i];
      uint32_t ev_err = rerr[i];
      if (!fire && tag == 0 && deadline[i] <= now) fire = true;
      if (!fire && fd_fired && tag != 0) {
        for (uint32_t k = 0; k < npfd; k++) {
          if (pidx[k] != i || !pfd[k].revents) continue;
          fire = true;
          if (pfd[k].revents & POLLNVAL) ev_err = W_BADF;
          else if (pfd[k].revents & POLLERR) ev_err = W_IO;
          if (pfd[k].revents & POLLHUP) rwflags = 1;
          if (tag == 1) {
            int avail = 0;
            if (ioctl(pfd[k].fd, FIONREAD, &avail) == 0 && avail > 0) nbytes = (uint64_t)avail;
          }
        }
      }
      if (!fire) continue;
      uint64_t o = out + (uint64_t)nev * 32;
      memset(c->mem + o, 0, 32);
      memcpy(c->mem + o, s, 8); /* userdata */
      st16(c, o + 8, (uint16_t)ev_err);
      st8(c, o + 10, tag);
      if (tag != 0) {
        st64(c, o + 16, nbytes);
        st16(c, o + 24, rwflags);
      }
      nev++;
    }
    st32(c, neventsp, nev);
  }
  h_free(ready);
  h_free(rerr);
  h_free(rbytes);
done:
  h_free(pfd);
  h_free(pidx);
  h_free(deadline);
  h_free(subs);
  return err;
}

/* ---------------------------------------------------------------- sockets */

static h_wfd *get_sock(h_wcall *c, uint32_t fd, uint64_t rights, uint32_t *err) {
  h_wfd *e = get_fd(c, fd, rights, err);
  if (!e) return NULL;
  if (e->kind != WFD_HOST || (e->filetype != FT_SOCK_STREAM && e->filetype != FT_SOCK_DGRAM)) {
    *err = W_NOTSOCK;
    return NULL;
  }
  return e;
}

static uint32_t w_sock_accept(h_wcall *c, const uint64_t *a) {
  uint32_t err = 0;
  h_wfd *e = get_sock(c, A32(0), R_SOCK_ACCEPT, &err);
  if (!e) return err;
  uint32_t flags = A32(1), outp = A32(2);
  NEED(outp, 4);
  if (flags & ~(uint32_t)FDF_NONBLOCK) return W_INVAL;
  int s = accept4(e->host, NULL, NULL, SOCK_CLOEXEC | ((flags & FDF_NONBLOCK) ? SOCK_NONBLOCK : 0));
  if (s < 0) return werr(errno);
  uint32_t nfd = fd_alloc(c->w, 3);
  if (nfd == UINT32_MAX) {
    close(s);
    return W_NFILE;
  }
  h_wfd *ne = &c->w->fds[nfd];
  ne->kind = WFD_HOST;
  ne->host = s;
  ne->own = true;
  ne->filetype = FT_SOCK_STREAM;
  ne->rb = R_FD_READ | R_FD_WRITE | R_FD_FDSTAT_SET_FLAGS | R_FD_FILESTAT_GET |
           R_POLL_FD_READWRITE | R_SOCK_SHUTDOWN;
  ne->ri = 0;
  st32(c, outp, nfd);
  return W_SUCCESS;
}

static uint32_t w_sock_recv(h_wcall *c, const uint64_t *a) {
  uint32_t err = 0;
  h_wfd *e = get_sock(c, A32(0), R_FD_READ, &err);
  if (!e) return err;
  uint32_t flags = A32(3), outn = A32(4), outf = A32(5);
  NEED(outn, 4);
  NEED(outf, 2);
  if (flags & ~3u) return W_INVAL;
  struct iovec buf[W_IOV_STACK], *v = NULL;
  int cnt = 0;
  err = get_iovs(c, A32(1), A32(2), buf, &v, &cnt);
  if (err) return err;
  struct msghdr mh;
  memset(&mh, 0, sizeof mh);
  mh.msg_iov = v;
  mh.msg_iovlen = (size_t)cnt;
  ssize_t r;
  do {
    r = recvmsg(e->host, &mh, ((flags & 1) ? MSG_PEEK : 0) | ((flags & 2) ? MSG_WAITALL : 0));
  } while (r < 0 && errno == EINTR);
  put_iovs(v, buf);
  if (r < 0) return werr(errno);
  st32(c, outn, (uint32_t)r);
  st16(c, outf, (mh.msg_flags & MSG_TRUNC) ? 1 : 0);
  return W_SUCCESS;
}

static uint32_t w_sock_send(h_wcall *c, const uint64_t *a) {
  uint32_t err = 0;
  h_wfd *e = get_sock(c, A32(0), R_FD_WRITE, &err);
  if (!e) return err;
  uint32_t outn = A32(4);
  NEED(outn, 4);
  if (A32(3) != 0) return W_INVAL;
  struct iovec buf[W_IOV_STACK], *v = NULL;
  int cnt = 0;
  err = get_iovs(c, A32(1), A32(2), buf, &v, &cnt);
  if (err) return err;
  struct msghdr mh;
  memset(&mh, 0, sizeof mh);
  mh.msg_iov = v;
  mh.msg_iovlen = (size_t)cnt;
  ssize_t r;
  do {
    r = sendmsg(e->host, &mh, MSG_NOSIGNAL);
  } while (r < 0 && errno == EINTR);
  put_iovs(v, buf);
  if (r < 0) return werr(errno);
  st32(c, outn, (uint32_t)r);
  return W_SUCCESS;
}

static uint32_t w_sock_shutdown(h_wcall *c, const uint64_t *a) {
  uint32_t err = 0;
  h_wfd *e = get_sock(c, A32(0), R_SOCK_SHUTDOWN, &err);
  if (!e) return err;
  uint32_t how = A32(1);
  int h;
  switch (how) {
  case 1: h = SHUT_RD; break;
  case 2: h = SHUT_WR; break;
  case 3: h = SHUT_RDWR; break;
  default: return W_INVAL;
  }
  return shutdown(e->host, h) == 0 ? W_SUCCESS : werr(errno);
}

/* ---------------------------------------------------------------- the function table */

static const h_wdef g_defs[W_NFUNCS] = {
    {"args_get", "ii", w_args_get},
    {"args_sizes_get", "ii", w_args_sizes_get},
    {"environ_get", "ii", w_environ_get},
    {"environ_sizes_get", "ii", w_environ_sizes_get},
    {"clock_res_get", "ii", w_clock_res_get},
    {"clock_time_get", "iIi", w_clock_time_get},
    {"fd_advise", "iIIi", w_fd_advise},
    {"fd_allocate", "iII", w_fd_allocate},
    {"fd_close", "i", w_fd_close},
    {"fd_datasync", "i", w_fd_datasync},
    {"fd_fdstat_get", "ii", w_fd_fdstat_get},
    {"fd_fdstat_set_flags", "ii", w_fd_fdstat_set_flags},
    {"fd_fdstat_set_rights", "iII", w_fd_fdstat_set_rights},
    {"fd_filestat_get", "ii", w_fd_filestat_get},
    {"fd_filestat_set_size", "iI", w_fd_filestat_set_size},
    {"fd_filestat_set_times", "iIIi", w_fd_filestat_set_times},
    {"fd_pread", "iiiIi", w_fd_pread},
    {"fd_prestat_get", "ii", w_fd_prestat_get},
    {"fd_prestat_dir_name", "iii", w_fd_prestat_dir_name},
    {"fd_pwrite", "iiiIi", w_fd_pwrite},
    {"fd_read", "iiii", w_fd_read},
    {"fd_readdir", "iiiIi", w_fd_readdir},
    {"fd_renumber", "ii", w_fd_renumber},
    {"fd_seek", "iIii", w_fd_seek},
    {"fd_sync", "i", w_fd_sync},
    {"fd_tell", "ii", w_fd_tell},
    {"fd_write", "iiii", w_fd_write},
    {"path_create_directory", "iii", w_path_create_directory},
    {"path_filestat_get", "iiiii", w_path_filestat_get},
    {"path_filestat_set_times", "iiiiIIi", w_path_filestat_set_times},
    {"path_link", "iiiiiii", w_path_link},
    {"path_open", "iiiiiIIii", w_path_open},
    {"path_readlink", "iiiiii", w_path_readlink},
    {"path_remove_directory", "iii", w_path_remove_directory},
    {"path_rename", "iiiiii", w_path_rename},
    {"path_symlink", "iiiii", w_path_symlink},
    {"path_unlink_file", "iii", w_path_unlink_file},
    {"poll_oneoff", "iiii", w_poll_oneoff},
    {"proc_exit", "i-", w_proc_exit},
    {"proc_raise", "i", w_proc_raise},
    {"sched_yield", "", w_sched_yield},
    {"random_get", "ii", w_random_get},
    {"sock_accept", "iii", w_sock_accept},
    {"sock_recv", "iiiiii", w_sock_recv},
    {"sock_send", "iiiii", w_sock_send},
    {"sock_shutdown", "ii", w_sock_shutdown},
};

size_t h_wasi_func_count(void) { return W_NFUNCS; }
static const h_wdef *def_at(size_t i) { return &g_defs[i]; }
const char *h_wasi_func_name(size_t i) { return i < W_NFUNCS ? g_defs[i].name : NULL; }

/* Runs one definition; returns HEARTH_OK with the errno in slots[0], or HEARTH_ERR_EXIT. */
static hearth_status run_def(h_wcall *c, const h_wdef *def, uint64_t *slots) {
  c->w->touched = true;
  uint32_t r = def->fn(c, slots);
  if (r == W_EXIT_MARK) return HEARTH_ERR_EXIT;
  slots[0] = r;
  return HEARTH_OK;
}

hearth_status h_wasi_invoke(hearth_wasi *w, const char *name, uint8_t *mem, uint64_t mem_size,
                            uint64_t *slots, int *exit_code) {
  for (size_t i = 0; i < h_wasi_func_count(); i++) {
    const h_wdef *def = def_at(i);
    if (strcmp(def->name, name) != 0) continue;
    h_wcall c = {w, mem, mem_size, NULL, 0, NULL};
    hearth_status s = run_def(&c, def, slots);
    if (s == HEARTH_ERR_EXIT && exit_code) *exit_code = c.exit_code;
    return s;
  }
  return h_err(HEARTH_ERR_NOT_FOUND, "wasi: no function %s", name);
}

/* Runs b's definition for the calling guest; slots hold the arguments in slot form (i32 in the
 * low 32 bits, i64 whole) and get the errno result. */
static hearth_status call_bound(hearth_caller *caller, const h_wbind *b, uint64_t *slots) {
  hearth_store *store = caller->store;
  hearth_wasi *w = b->w ? b->w : (store ? (hearth_wasi *)store->user : NULL);
  if (!w) return h_err(HEARTH_ERR_ARGUMENT, "wasi: no context attached to the store");
  hearth_memory *m = hearth_caller_memory(caller);
  h_wcall c = {w, m ? m->base : NULL, m ? m->size : 0, store, 0, m};
  hearth_status s = run_def(&c, b->def, slots);
  if (s == HEARTH_ERR_EXIT) hearth_caller_exit(caller, c.exit_code);
  return s;
}

/* Raw host callbacks (h_raw_fn): no hearth_val conversions on the way in or out. */

/* user: an h_wbind of a context given to hearth_wasi_define. */
static hearth_status wasi_bound(hearth_caller *caller, void *user, uint64_t *slots) {
  return call_bound(caller, user, slots);
}

/* user: an h_wdef; the context comes from the calling store (hearth_wasi_attach). */
static hearth_status wasi_from_store(hearth_caller *caller, void *user, uint64_t *slots) {
  h_wbind b = {NULL, user};
  return call_bound(caller, &b, slots);
}

/* The id a store-attached copy of a bound definition gets in the per-store host function cache:
 * never a linker id (those count up from 1), so a store that also linked the bound definition
 * directly never confuses the two. */
#define W_ATTACHED_ID_BIT (1ull << 63)

hearth_status h_wasi_template_prepare(h_hostdef *hosts, uint32_t n, hearth_wasi **out) {
  *out = NULL;
  hearth_wasi *bound = NULL;
  bool any = false;
  for (uint32_t i = 0; i < n; i++) {
    h_hostdef *d = &hosts[i];
    if (d->raw == wasi_from_store) {
      any = true;
    } else if (d->raw == wasi_bound) {
      const h_wbind *b = d->user;
      if (bound && b->w != bound)
        return h_err(HEARTH_ERR_ARGUMENT, "a template's WASI imports are bound to two different "
                     "WASI contexts; define WASI once in its linker");
      bound = b->w;
      any = true;
      d->raw = wasi_from_store;
      d->user = (void *)b->def;
      d->id |= W_ATTACHED_ID_BIT;
    }
  }
  if (!any) return HEARTH_OK;
  hearth_status st;
  if (bound) {
    st = h_wasi_clone(bound, true, out);
  } else {
    st = hearth_wasi_new(out);
    if (st == HEARTH_OK) h_wasi_isolate(*out);
  }
  return st;
}

size_t h_wasi_argc(const hearth_wasi *w) { return w->argc; }

/* ---------------------------------------------------------------- preview 2's view (wasip2.c) */

const char *h_wasi_strings(const hearth_wasi *w, bool env, uint32_t *count) {
  *count = env ? w->envc : w->argc;
  return env ? w->env : w->args;
}

const char *h_wasi_preopen(const hearth_wasi *w, uint32_t i, int *host, bool *read_only) {
  if (i >= w->nfds || w->fds[i].kind != WFD_HOST || !w->fds[i].preopen) return NULL;
  *host = w->fds[i].host;
  *read_only = !(w->fds[i].rb & R_PATH_CREATE_FILE);
  return w->fds[i].preopen;
}

uint32_t h_wasi_fd_count(const hearth_wasi *w) { return w->nfds; }

int h_wasi_stdio_host(const hearth_wasi *w, int guest_fd) {
  if (guest_fd < 0 || (uint32_t)guest_fd >= w->nfds) return H_WSTDIO_NONE;
  const h_wfd *e = &w->fds[guest_fd];
  switch (e->kind) {
  case WFD_HOST: return e->host;
  case WFD_MEMIN: case WFD_MEMOUT: return H_WSTDIO_MEM;
  case WFD_NULL: return H_WSTDIO_NULL;
  default: return H_WSTDIO_NONE;
  }
}

uint32_t h_wasi_stdio_read(hearth_wasi *w, void *buf, size_t n, size_t *got) {
  int h = h_wasi_stdio_host(w, 0);
  *got = 0;
  if (h == H_WSTDIO_NONE) return W_BADF;
  if (h == H_WSTDIO_NULL) return W_SUCCESS;
  if (h == H_WSTDIO_MEM) {
    if (w->fds[0].kind != WFD_MEMIN) return W_BADF;
    h_wbuf *b = &w->io[0];
    size_t k = b->len - b->pos < n ? b->len - b->pos : n;
    if (k) memcpy(buf, b->data + b->pos, k);
    b->pos += k;
    *got = k;
    return W_SUCCESS;
  }
  ssize_t r;
  do r = read(h, buf, n); while (r < 0 && errno == EINTR);
  if (r < 0) return werr(errno);
  *got = (size_t)r;
  return W_SUCCESS;
}

uint32_t h_wasi_stdio_write(hearth_wasi *w, int guest_fd, const void *buf, size_t n) {
  int h = h_wasi_stdio_host(w, guest_fd);
  if (h == H_WSTDIO_NONE) return W_BADF;
  if (h == H_WSTDIO_NULL || n == 0) return W_SUCCESS;
  if (h == H_WSTDIO_MEM) {
    if (w->fds[guest_fd].kind != WFD_MEMOUT) return W_BADF;
    h_wcall c = {.w = w};
    struct iovec v = {.iov_base = (void *)buf, .iov_len = n};
    uint32_t put = 0;
    return mem_write(&c, &w->fds[guest_fd], &v, 1, &put);
  }
  const uint8_t *p = buf;
  while (n) { /* all of it: a blocking write that may come back short */
    ssize_t r = write(h, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0 && errno == EAGAIN) {
      struct pollfd pf = {.fd = h, .events = POLLOUT};
      (void)poll(&pf, 1, -1);
      continue;
    }
    if (r < 0) return werr(errno);
    p += r;
    n -= (size_t)r;
  }
  return W_SUCCESS;
}

hearth_status hearth_wasi_define(hearth_linker *linker, hearth_wasi *w) {
  for (size_t i = 0; i < W_NFUNCS; i++) {
    const h_wdef *def = &g_defs[i];
    void *user = (void *)def;
    if (w) {
      w->bind[i].w = w;
      w->bind[i].def = def;
      user = &w->bind[i];
    }
    h_valtype params[10];
    uint32_t np = 0;
    for (const char *p = def->sig; *p && *p != '-'; p++)
      params[np++] = *p == 'I' ? H_T_I64 : H_T_I32;
    h_valtype res = H_T_I32;
    uint32_t nr = strchr(def->sig, '-') ? 0 : 1;
    hearth_status s = h_rt_linker_define_raw(linker, "wasi_snapshot_preview1", def->name, params,
                                             np, &res, nr, w ? wasi_bound : wasi_from_store, user);
    if (s) return s;
  }
  return HEARTH_OK;
}
