/* dynlib.h: optional shared libraries of the CLI and `hearth serve` (libcurl, libmicrohttpd,
 * libyaml), opened with dlopen on first use instead of linked, so that a start that needs none of
 * them does not pay the dynamic loader for their ~36 shared objects. */
#ifndef HEARTH_DYNLIB_H
#define HEARTH_DYNLIB_H

#include <stdbool.h>
#include <stddef.h>

/* Opens `soname` (RTLD_NOW | RTLD_LOCAL) and resolves `prefix` + names[i] for each of the n names
 * into table, which must be n consecutive function pointers (a struct of them; the caller asserts
 * its size). On a missing library or symbol, returns false with dlerror()'s text in err (a borrowed
 * buffer of errlen bytes) and closes the library; table's contents are then unspecified. On success
 * the library stays open for the process's lifetime. Not synchronized: callers serialize (a
 * pthread_once, or the main thread before workers start). */
bool h_dynlib_load(const char *soname, const char *prefix, const char *const *names, size_t n,
                   void *table, char *err, size_t errlen);

/* An X-macro entry for the names array h_dynlib_load takes: SYMS(H_DYNLIB_NAME). */
#define H_DYNLIB_NAME(f) #f,

#endif
