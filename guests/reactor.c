/* reactor.c: a WASI reactor (built with -mexec-model=reactor): _initialize sets state that the
 * exports then use, so --invoke only works if _initialize ran first. */
#include <stdint.h>
#include <stdio.h>
static int32_t base;
__attribute__((constructor)) static void init(void) { base = 1000; }
__attribute__((export_name("add"))) int32_t add(int32_t a, int32_t b) { return base + a + b; }
__attribute__((export_name("mul64"))) int64_t mul64(int64_t a, int64_t b) { return a * b; }
__attribute__((export_name("halve"))) double halve(double x) { return x / 2; }
__attribute__((export_name("fsum"))) float fsum(float a, float b) { return a + b; }
__attribute__((export_name("greet"))) void greet(void) { printf("hello from reactor\n"); }
