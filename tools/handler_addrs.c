/* handler_addrs.c: prints every internal op's name and handler address (computed-goto builds), one
 * per line, for tools/handler-profile.sh. Build: cc -Iinclude -Isrc -Isrc/engine -Isrc/runtime -no-pie tools/handler_addrs.c
 * build/libhearth.a -lm -pthread. */
#include <stdio.h>

#include "internal.h"

static const char *const k_names[H_OP_COUNT] = {
#define H_OP_ENTRY(id) #id,
    H_OPS_ALL
#undef H_OP_ENTRY
};

int main(void) {
  for (unsigned op = 0; op < H_OP_COUNT; op++)
    printf("%s %llx\n", k_names[op], (unsigned long long)h_interp_opword(op));
  return 0;
}
