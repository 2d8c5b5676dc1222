/* poll.c: poll_oneoff with clock subscriptions (relative and absolute) and stdin readiness. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wasi/api.h>

static __wasi_timestamp_t now(__wasi_clockid_t id) {
  __wasi_timestamp_t t = 0;
  (void)__wasi_clock_time_get(id, 1, &t);
  return t;
}

int main(void) {
  __wasi_subscription_t s[2];
  __wasi_event_t ev[2];
  __wasi_size_t n = 0;
  memset(s, 0, sizeof s);
  /* a relative 30 ms sleep */
  s[0].userdata = 42;
  s[0].u.tag = __WASI_EVENTTYPE_CLOCK;
  s[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
  s[0].u.u.clock.timeout = 30000000;
  __wasi_timestamp_t t0 = now(__WASI_CLOCKID_MONOTONIC);
  __wasi_errno_t e = __wasi_poll_oneoff(s, ev, 1, &n);
  __wasi_timestamp_t dt = now(__WASI_CLOCKID_MONOTONIC) - t0;
  printf("relative: errno %d events %d userdata %llu type %d slept>=30ms %d\n", e, (int)n,
         (unsigned long long)ev[0].userdata, ev[0].type, dt >= 30000000);
  /* an absolute realtime deadline 20 ms ahead */
  s[0].u.u.clock.id = __WASI_CLOCKID_REALTIME;
  s[0].u.u.clock.timeout = now(__WASI_CLOCKID_REALTIME) + 20000000;
  s[0].u.u.clock.flags = __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME;
  t0 = now(__WASI_CLOCKID_MONOTONIC);
  e = __wasi_poll_oneoff(s, ev, 1, &n);
  dt = now(__WASI_CLOCKID_MONOTONIC) - t0;
  printf("absolute: errno %d events %d slept>=15ms %d\n", e, (int)n, dt >= 15000000);
  /* stdin readable (the test pipes bytes in) wins over a 5 s clock */
  memset(s, 0, sizeof s);
  s[0].userdata = 1;
  s[0].u.tag = __WASI_EVENTTYPE_FD_READ;
  s[0].u.u.fd_read.file_descriptor = 0;
  s[1].userdata = 2;
  s[1].u.tag = __WASI_EVENTTYPE_CLOCK;
  s[1].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
  s[1].u.u.clock.timeout = 5000000000ull;
  t0 = now(__WASI_CLOCKID_MONOTONIC);
  e = __wasi_poll_oneoff(s, ev, 2, &n);
  dt = now(__WASI_CLOCKID_MONOTONIC) - t0;
  printf("stdin: errno %d events %d userdata %llu type %d error %d quick %d\n", e, (int)n,
         (unsigned long long)ev[0].userdata, ev[0].type, ev[0].error, dt < 2000000000ull);
  /* a bad fd gives an event with EBADF; no subscriptions is EINVAL */
  s[0].u.u.fd_read.file_descriptor = 99;
  e = __wasi_poll_oneoff(s, ev, 1, &n);
  printf("bad fd: errno %d events %d error %d\n", e, (int)n, ev[0].error);
  e = __wasi_poll_oneoff(s, ev, 0, &n);
  printf("zero subscriptions: errno %d\n", e);
  return 0;
}
