/* machine.h: the machine facts that pool and snapshot figures depend on, measured in the same run
 * and printed beside them, so that figures from different machines can be compared.
 *
 * On virtual machines a page fault, a system call and a page-protection change cost 10-100x what
 * they cost on bare metal (nested paging, shadow page tables, mitigations). hearth's reset is built
 * to need none of them in steady state; these lines show what it would cost if it did. */
#ifndef BENCH_MACHINE_H
#define BENCH_MACHINE_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sched.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

typedef struct bench_machine {
  double fault_us;    /* one page fault: write to a page dropped with madvise(MADV_DONTNEED) */
  double syscall_us;  /* one trivial system call (getppid) */
  double mprotect_us; /* mprotect(PROT_NONE) then back to read-write, 16 resident pages */
  double copy4k_us;   /* memcpy of 4 KiB between resident pages */
  long cores;
} bench_machine;

static inline double bench_mono_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

/* Minimum over rounds of each operation (the cost when nothing else interferes). */
static inline bench_machine bench_machine_measure(void) {
  bench_machine m = {0, 0, 0, 0, sysconf(_SC_NPROCESSORS_ONLN)};
  enum { N = 64, ROUNDS = 20 };
  size_t pg = (size_t)sysconf(_SC_PAGESIZE);
  uint8_t *p = mmap(NULL, 2 * N * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return m;
  (void)madvise(p, 2 * N * pg, MADV_NOHUGEPAGE);
  memset(p, 1, 2 * N * pg);
  double best = 1e30;
  for (int r = 0; r < ROUNDS; r++) {
    (void)madvise(p, N * pg, MADV_DONTNEED);
    double t = bench_mono_us();
    for (size_t i = 0; i < N; i++) ((volatile uint8_t *)p)[i * pg] = 2;
    t = bench_mono_us() - t;
    if (t < best) best = t;
  }
  m.fault_us = best / N;
  best = 1e30;
  for (int r = 0; r < ROUNDS * 10; r++) {
    double t = bench_mono_us();
    (void)getppid();
    t = bench_mono_us() - t;
    if (t < best) best = t;
  }
  m.syscall_us = best;
  best = 1e30;
  for (int r = 0; r < ROUNDS; r++) {
    double t = bench_mono_us();
    (void)mprotect(p, 16 * pg, PROT_NONE);
    (void)mprotect(p, 16 * pg, PROT_READ | PROT_WRITE);
    t = bench_mono_us() - t;
    if (t < best) best = t;
  }
  m.mprotect_us = best;
  best = 1e30;
  for (int r = 0; r < ROUNDS; r++) {
    double t = bench_mono_us();
    for (size_t i = 0; i < N; i++) memcpy(p + (N + i) * pg, p + i * pg, 4096);
    t = bench_mono_us() - t;
    if (t < best) best = t;
  }
  m.copy4k_us = best / N;
  munmap(p, 2 * N * pg);
  return m;
}

static inline void bench_machine_print(const char *who, const bench_machine *m) {
  printf("%s: machine: %ld cores; one page fault %.2f us, one system call %.2f us, mprotect round "
         "trip (16 pages) %.2f us, memcpy 4 KiB %.3f us (fault / copy = %.0fx)\n",
         who, m->cores, m->fault_us, m->syscall_us, m->mprotect_us, m->copy4k_us,
         m->copy4k_us > 0 ? m->fault_us / m->copy4k_us : 0.0);
}

/* CPU time (ns, this thread) of a fixed integer workload (rotates, xors and adds in three
 * interleaved chains, like a hash's rounds: bound by the core's execution width) pinned to core
 * `cpu`, the best of 3; 0 when the thread cannot run there. On a shared VM a virtual core's speed changes with what its host core's other hardware
 * thread runs: sha256 natively took 0.31 s on one core and 0.41 s on the other in the same minute
 * (docs/perf.md "sha256's two speeds"). Printing each core's time beside the figures shows it. */
static inline double bench_core_ns(int cpu) {
  cpu_set_t old, one;
  if (sched_getaffinity(0, sizeof old, &old) != 0) return 0;
  CPU_ZERO(&one);
  CPU_SET(cpu, &one);
  if (sched_setaffinity(0, sizeof one, &one) != 0) return 0;
  double best = 0;
  for (int r = 0; r < 3; r++) {
    struct timespec a, b;
    volatile uint32_t seed = 0x6a09e667u;
    uint32_t x = seed, y = 0xbb67ae85u, u = x ^ 1, v = y ^ 1, w = x ^ 2, z = y ^ 2;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
    for (uint32_t i = 0; i < 10000000u; i++) {
      x = ((x >> 6) | (x << 26)) ^ ((x >> 11) | (x << 21)) ^ y;
      u = ((u >> 2) | (u << 30)) ^ ((u >> 13) | (u << 19)) ^ v;
      w = ((w >> 7) | (w << 25)) ^ ((w >> 18) | (w << 14)) ^ z;
      y += x + i;
      v += u & y;
      z += w ^ v;
    }
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
    seed = x ^ y ^ u ^ v ^ w ^ z;
    double ns = (double)(b.tv_sec - a.tv_sec) * 1e9 + (double)(b.tv_nsec - a.tv_nsec);
    if (best == 0 || ns < best) best = ns;
  }
  (void)sched_setaffinity(0, sizeof old, &old);
  return best;
}

/* One line: the workload of bench_core_ns on each online core, in ms. */
static inline void bench_cores_print(const char *who) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  printf("%s: machine: the same integer work (10 M rounds of 3 interleaved rotate/xor/add chains, best of 3) per core:", who);
  for (long c = 0; c < n && c < 64; c++) {
    double ns = bench_core_ns((int)c);
    if (ns > 0) printf(" cpu%ld %.1f ms", c, ns / 1e6);
    else printf(" cpu%ld n/a", c);
  }
  printf("\n");
}

/* Minor page faults of the process so far. */
static inline long bench_minor_faults(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_minflt;
}

#endif /* BENCH_MACHINE_H */
