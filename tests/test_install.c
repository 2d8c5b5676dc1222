/* test_install.c: `make install` lays out a usable SDK: the header, both libraries (the shared one
 * with its SONAME links), the CLI and hearth.pc; examples/embed.c builds against it with
 * pkg-config and runs. Runs from the repository root. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "t.h"

static char root[256];

static void run(const char *cmd) {
  int rc = system(cmd);
  if (rc != 0) fprintf(stderr, "command failed (%d): %s\n", rc, cmd);
  CHECK(rc == 0);
}
/* Runs a shell command whose %1$s stand for the install root. */
#define SH(fmt)                                   \
  do {                                            \
    char cmd_[2048];                              \
    snprintf(cmd_, sizeof cmd_, fmt, root);       \
    run(cmd_);                                    \
  } while (0)

static void exists(const char *rel) {
  char p[512];
  struct stat st;
  snprintf(p, sizeof p, "%s/usr%s", root, rel);
  if (lstat(p, &st) != 0) fprintf(stderr, "missing after install: %s\n", p);
  CHECK(lstat(p, &st) == 0);
}

static void install_and_embed(void) {
  snprintf(root, sizeof root, "/tmp/hearth-install-%d", (int)getpid());
  /* Always the release build (O=build), whatever build the suite runs. */
  SH("make -s install PREFIX=/usr DESTDIR=%1$s BUILD=release O=build >/dev/null");
  exists("/include/hearth.h");
  exists("/lib/libhearth.a");
  exists("/lib/libhearth.so");
  exists("/lib/libhearth.so.0");
  exists("/bin/hearth");
  exists("/lib/pkgconfig/hearth.pc");
  SH("cc -std=c11 -Wall -Wextra -Werror examples/embed.c "
     "$(PKG_CONFIG_SYSROOT_DIR=%1$s PKG_CONFIG_LIBDIR=%1$s/usr/lib/pkgconfig pkg-config --cflags "
     "--libs hearth) -o %1$s/embed");
  /* The shared library is found through its SONAME link. */
  SH("LD_LIBRARY_PATH=%1$s/usr/lib %1$s/embed examples/embed.wasm | grep -q 'sum = 5050'");
  SH("%1$s/usr/bin/hearth --version >/dev/null");
  SH("rm -rf %1$s");
}

T_MAIN(T_CASE(install_and_embed))
