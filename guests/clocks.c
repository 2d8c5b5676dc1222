/* clocks.c: clocks, sleeping, random bytes and sched_yield; prints only what must hold. */
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wasi/api.h>

static long long ns(clockid_t id) {
  struct timespec t;
  if (clock_gettime(id, &t) != 0) return -1;
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void) {
  long long r = ns(CLOCK_REALTIME);
  printf("realtime after 2020: %s\n", r > 1577836800LL * 1000000000LL ? "yes" : "no");
  long long m1 = ns(CLOCK_MONOTONIC);
  struct timespec d = {0, 20 * 1000 * 1000};
  nanosleep(&d, NULL);
  long long m2 = ns(CLOCK_MONOTONIC);
  printf("monotonic advanced >= 20ms over a 20ms sleep: %s\n", m2 - m1 >= 20000000LL ? "yes" : "no");
  printf("process cputime: %s\n", ns(CLOCK_PROCESS_CPUTIME_ID) >= 0 ? "ok" : "fail");
  printf("thread cputime: %s\n", ns(CLOCK_THREAD_CPUTIME_ID) >= 0 ? "ok" : "fail");
  struct timespec res;
  printf("monotonic resolution positive: %s\n",
         clock_getres(CLOCK_MONOTONIC, &res) == 0 && (res.tv_sec > 0 || res.tv_nsec > 0) ? "yes" : "no");
  __wasi_timestamp_t t;
  printf("bad clock id: errno %d\n", (int)__wasi_clock_time_get(99, 1, &t));
  unsigned char a[32], b[32], z[32];
  memset(z, 0, sizeof z);
  __wasi_errno_t e1 = __wasi_random_get(a, sizeof a), e2 = __wasi_random_get(b, sizeof b);
  printf("random: %s\n", e1 == 0 && e2 == 0 && memcmp(a, b, 32) != 0 && memcmp(a, z, 32) != 0 ? "ok" : "fail");
  printf("sched_yield: %d\n", sched_yield());
  return 0;
}
