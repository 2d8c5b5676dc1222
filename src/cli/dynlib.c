/* dynlib.c: opening an optional shared library and resolving its functions into a table (see
 * dynlib.h for why the CLI loads libraries this way). */
#include "dynlib.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

bool h_dynlib_load(const char *soname, const char *prefix, const char *const *names, size_t n,
                   void *table, char *err, size_t errlen) {
  void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    snprintf(err, errlen, "%s", dlerror());
    return false;
  }
  for (size_t i = 0; i < n; i++) {
    char sym[128];
    int len = snprintf(sym, sizeof sym, "%s%s", prefix, names[i]);
    void *p = len > 0 && (size_t)len < sizeof sym ? dlsym(lib, sym) : NULL;
    if (!p) {
      if (len > 0 && (size_t)len < sizeof sym) snprintf(err, errlen, "%s", dlerror());
      else snprintf(err, errlen, "symbol name too long: %s%s", prefix, names[i]);
      dlclose(lib);
      return false;
    }
    /* POSIX requires dlsym's pointers to convert to function pointers; the table's slots are
     * function pointers of that size, so copying the word is that conversion. */
    memcpy((char *)table + i * sizeof p, &p, sizeof p);
  }
  return true;
}
