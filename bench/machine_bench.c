/* machine_bench.c: prints the machine facts of bench/machine.h (page fault, system call, mprotect,
 * memcpy 4 KiB) and each core's speed at the same integer work (bench_cores_print) for the
 * benchmark scripts, which run it beside their figures.
 * Usage: machine_bench [NAME]   (NAME prefixes the line; default "machine_bench") */
#include "machine.h"

int main(int argc, char **argv) {
  bench_machine m = bench_machine_measure();
  bench_machine_print(argc > 1 ? argv[1] : "machine_bench", &m);
  bench_cores_print(argc > 1 ? argv[1] : "machine_bench");
  return 0;
}
