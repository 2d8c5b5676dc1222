/* t.h: the unit-test harness. Each test file is one binary; `BIN --list` prints its cases and
 * `BIN CASE` runs one case in this process (tools/runtests.sh runs each in its own process with a
 * timeout). A case fails on the first failed CHECK (exit 1). */
#ifndef T_H
#define T_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*t_fn)(void);
typedef struct t_case { const char *name; t_fn fn; } t_case;

#define CHECK(cond)                                                                 \
  do {                                                                              \
    if (!(cond)) {                                                                  \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);      \
      exit(1);                                                                      \
    }                                                                               \
  } while (0)

#define CHECK_EQ_INT(a, b)                                                          \
  do {                                                                              \
    long long t_a_ = (long long)(a), t_b_ = (long long)(b);                         \
    if (t_a_ != t_b_) {                                                             \
      fprintf(stderr, "%s:%d: CHECK_EQ failed: %s = %lld, %s = %lld\n", __FILE__,   \
              __LINE__, #a, t_a_, #b, t_b_);                                        \
      exit(1);                                                                      \
    }                                                                               \
  } while (0)

#define CHECK_STR(a, b)                                                             \
  do {                                                                              \
    const char *t_a_ = (a), *t_b_ = (b);                                            \
    if (!t_a_ || !t_b_ || strcmp(t_a_, t_b_) != 0) {                                \
      fprintf(stderr, "%s:%d: CHECK_STR failed: \"%s\" != \"%s\"\n", __FILE__,      \
              __LINE__, t_a_ ? t_a_ : "(null)", t_b_ ? t_b_ : "(null)");            \
      exit(1);                                                                      \
    }                                                                               \
  } while (0)

/* 1 in builds with AddressSanitizer or ThreadSanitizer (GCC's and Clang's spellings). */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define T_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define T_SANITIZED 1
#endif
#endif
#ifndef T_SANITIZED
#define T_SANITIZED 0
#endif

/* Each test file ends with: T_MAIN(T_CASE(name1), T_CASE(name2), ...) */
#define T_CASE(fn) { #fn, fn }
#define T_MAIN(...)                                                                 \
  int main(int argc, char **argv) {                                                 \
    static const t_case cases[] = {__VA_ARGS__};                                    \
    size_t n = sizeof cases / sizeof cases[0];                                      \
    if (argc < 2 || strcmp(argv[1], "--list") == 0) {                               \
      for (size_t i = 0; i < n; i++) printf("%s\n", cases[i].name);                 \
      return 0;                                                                     \
    }                                                                               \
    for (size_t i = 0; i < n; i++)                                                  \
      if (strcmp(argv[1], cases[i].name) == 0) {                                    \
        cases[i].fn();                                                              \
        return 0;                                                                   \
      }                                                                             \
    fprintf(stderr, "no test case %s\n", argv[1]);                                  \
    return 2;                                                                       \
  }
#endif
