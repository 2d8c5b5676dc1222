/* test_dynlib.c: the CLI's loader of optional shared libraries (src/cli/dynlib.c), with libm as
 * the library every machine has. */
#include <math.h>

#include "../src/cli/dynlib.c"
#include "t.h"

#define T_LIBM_SYMS(X) X(cos) X(ldexp)

static struct {
  double (*cos)(double);
  double (*ldexp)(double, int);
} t_libm;

static void resolves_every_name_with_its_prefix(void) {
  static const char *const names[] = {T_LIBM_SYMS(H_DYNLIB_NAME)};
  _Static_assert(sizeof t_libm == sizeof names, "one pointer per name");
  char err[256] = "";
  CHECK(h_dynlib_load("libm.so.6", "", names, 2, &t_libm, err, sizeof err));
  CHECK(t_libm.cos != NULL && t_libm.ldexp != NULL);
  CHECK(t_libm.cos(0.0) == 1.0);
  CHECK(t_libm.ldexp(3.0, 4) == 48.0);
  /* The prefix is prepended: "l" + "dexp" is ldexp. */
  static const char *const tail[] = {"dexp"};
  double (*fn[1])(double, int) = {0};
  CHECK(h_dynlib_load("libm.so.6", "l", tail, 1, fn, err, sizeof err));
  CHECK(fn[0] && fn[0](1.0, 10) == 1024.0);
}

static void missing_library_is_an_error(void) {
  static const char *const names[] = {"cos"};
  char err[256] = "";
  void (*fn[1])(void) = {0};
  CHECK(!h_dynlib_load("libhearth-no-such-library.so.9", "", names, 1, fn, err, sizeof err));
  CHECK(strstr(err, "libhearth-no-such-library.so.9") != NULL);
}

static void missing_symbol_is_an_error(void) {
  static const char *const names[] = {"cos", "no_such_function_here"};
  char err[256] = "";
  void (*fn[2])(void) = {0};
  CHECK(!h_dynlib_load("libm.so.6", "", names, 2, fn, err, sizeof err));
  CHECK(strstr(err, "no_such_function_here") != NULL);
}

static void overlong_name_is_an_error(void) {
  char longname[300];
  memset(longname, 'x', sizeof longname - 1);
  longname[sizeof longname - 1] = 0;
  const char *names[] = {longname};
  char err[64] = "";
  void (*fn[1])(void) = {0};
  CHECK(!h_dynlib_load("libm.so.6", "", names, 1, fn, err, sizeof err));
  CHECK(strstr(err, "too long") != NULL);
}

T_MAIN(T_CASE(resolves_every_name_with_its_prefix), T_CASE(missing_library_is_an_error),
       T_CASE(missing_symbol_is_an_error), T_CASE(overlong_name_is_an_error))
