/* files.c: files and directories through wasi-libc under the preopen named by argv[1]; prints only
 * deterministic results (no inode numbers or times), so runtimes can be compared line by line. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *D;
static char buf[512];
static const char *P(const char *rel) {
  static char p[4][512];
  static int k;
  k = (k + 1) & 3;
  snprintf(p[k], sizeof p[k], "%s/%s", D, rel);
  return p[k];
}
static void res(const char *what, int r) {
  if (r < 0) printf("%s: error %s\n", what, strerror(errno));
  else printf("%s: ok\n", what);
}
static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(const char *rel) {
  DIR *d = opendir(P(rel));
  if (!d) {
    printf("opendir %s: error %s\n", rel, strerror(errno));
    return;
  }
  char *names[300];
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < 300) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    char t = e->d_type == DT_DIR ? 'd' : e->d_type == DT_REG ? 'f' : e->d_type == DT_LNK ? 'l' : '?';
    char *s = malloc(strlen(e->d_name) + 3);
    sprintf(s, "%s %c", e->d_name, t);
    names[n++] = s;
  }
  closedir(d);
  qsort(names, (size_t)n, sizeof names[0], cmp);
  printf("list %s: %d entries\n", rel, n);
  for (int i = 0; i < n && i < 10; i++) printf("  %s\n", names[i]);
  for (int i = 0; i < n; i++) free(names[i]);
}

int main(int argc, char **argv) {
  D = argc > 1 ? argv[1] : "/sandbox";
  res("mkdir sub", mkdir(P("sub"), 0755));
  res("mkdir sub again", mkdir(P("sub"), 0755));
  FILE *f = fopen(P("sub/a.txt"), "w");
  printf("fopen w: %s\n", f ? "ok" : strerror(errno));
  if (f) {
    fputs("hello file\nsecond line\n", f);
    fclose(f);
  }
  f = fopen(P("sub/a.txt"), "r");
  if (f) {
    while (fgets(buf, sizeof buf, f)) printf("read: %s", buf);
    fclose(f);
  }
  int fd = open(P("sub/a.txt"), O_RDWR);
  printf("open rdwr: %s\n", fd >= 0 ? "ok" : strerror(errno));
  printf("seek end: %lld\n", (long long)lseek(fd, 0, SEEK_END));
  printf("pwrite: %zd\n", pwrite(fd, "J", 1, 0));
  memset(buf, 0, sizeof buf);
  printf("pread: %zd \"%s\"\n", pread(fd, buf, 5, 0), buf);
  printf("tell: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
  printf("seek set 6: %lld\n", (long long)lseek(fd, 6, SEEK_SET));
  memset(buf, 0, sizeof buf);
  printf("read 4: %zd \"%s\"\n", read(fd, buf, 4), buf);
  res("ftruncate 4", ftruncate(fd, 4));
  struct stat st;
  res("fstat", fstat(fd, &st));
  printf("size: %lld regular: %d\n", (long long)st.st_size, S_ISREG(st.st_mode));
  close(fd);
  res("stat sub", stat(P("sub"), &st));
  printf("sub is dir: %d\n", S_ISDIR(st.st_mode));
  res("rename a->b", rename(P("sub/a.txt"), P("sub/b.txt")));
  res("stat a", stat(P("sub/a.txt"), &st));
  res("stat b", stat(P("sub/b.txt"), &st));
  printf("b size: %lld\n", (long long)st.st_size);
  res("symlink", symlink("b.txt", P("sub/lnk")));
  ssize_t n = readlink(P("sub/lnk"), buf, sizeof buf - 1);
  if (n >= 0) buf[n] = 0;
  printf("readlink: %zd \"%s\"\n", n, n >= 0 ? buf : strerror(errno));
  res("stat via link", stat(P("sub/lnk"), &st));
  printf("via link size: %lld\n", (long long)st.st_size);
  res("lstat link", lstat(P("sub/lnk"), &st));
  printf("is link: %d\n", S_ISLNK(st.st_mode));
  res("link", link(P("sub/b.txt"), P("sub/hard")));
  res("stat hard", stat(P("sub/hard"), &st));
  printf("nlink: %lld\n", (long long)st.st_nlink);
  struct timespec ts[2] = {{1000000000, 0}, {1200000000, 0}};
  res("utimensat", utimensat(AT_FDCWD, P("sub/b.txt"), ts, 0));
  res("stat times", stat(P("sub/b.txt"), &st));
  printf("mtime: %lld.%09ld atime: %lld\n", (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
         (long long)st.st_atim.tv_sec);
  for (int i = 0; i < 120; i++) {
    snprintf(buf, sizeof buf, "sub/many/file-with-a-rather-long-name-to-fill-the-buffer-%03d", i);
    if (i == 0) mkdir(P("sub/many"), 0755);
    int cfd = open(P(buf), O_CREAT | O_WRONLY, 0644);
    if (cfd < 0) printf("create %d: %s\n", i, strerror(errno));
    close(cfd);
  }
  list("sub");
  list("sub/many");
  res("open missing", open(P("nope/x"), O_RDONLY));
  res("open dir for write", open(P("sub"), O_WRONLY));
  res("rmdir non-empty", rmdir(P("sub")));
  res("unlink dir", unlink(P("sub/many")));
  res("open excl existing", open(P("sub/b.txt"), O_CREAT | O_EXCL | O_WRONLY, 0644));
  res("opendir file", opendir(P("sub/b.txt")) ? 0 : -1);
  for (int i = 0; i < 120; i++) {
    snprintf(buf, sizeof buf, "sub/many/file-with-a-rather-long-name-to-fill-the-buffer-%03d", i);
    if (unlink(P(buf)) != 0) printf("unlink %d: %s\n", i, strerror(errno));
  }
  res("rmdir many", rmdir(P("sub/many")));
  res("unlink lnk", unlink(P("sub/lnk")));
  res("unlink hard", unlink(P("sub/hard")));
  res("unlink b", unlink(P("sub/b.txt")));
  res("rmdir sub", rmdir(P("sub")));
  list(".");
  return 0;
}
