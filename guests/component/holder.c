/* holder.c: the guest of world `holder` in wit/world.wit, canonical ABI by hand (no libc): it
 * takes host resources and keeps them. hold(n) makes a `token` through the host's constructor and
 * keeps the own handle without dropping it, returning the handle's index; a pool's reset must give
 * such handles back to the host's destructor (tests/test_pool.c). */
#include <stdint.h>

typedef uint32_t u32;
typedef int32_t s32;

#define EXPORT(n) __attribute__((export_name(n)))
#define IMPORT(m, n) __attribute__((import_module(m), import_name(n)))
#define VAULT "hearth:test/vault@1.0.0"

IMPORT(VAULT, "[constructor]token") s32 token_new(u32 n);
IMPORT(VAULT, "[resource-drop]token") void token_drop(s32 h);

static s32 held[64];
static u32 nheld;

EXPORT("hold") u32 hold(u32 n) {
  if (nheld >= 64) __builtin_trap();
  s32 h = token_new(n);
  held[nheld++] = h;
  return (u32)h;
}
EXPORT("release") u32 release(void) {
  u32 k = nheld;
  while (nheld) token_drop(held[--nheld]);
  return k;
}
