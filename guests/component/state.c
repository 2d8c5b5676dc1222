/* state.c: the guest of world `state` in wit/world.wit, canonical ABI by hand (no libc): a
 * component whose calls change its linear memory and its resource table, for components in pools
 * (tests/test_pool.c, `hearth soak`). bump() counts calls in memory; keep(v) makes a `thing` with
 * resource.new and keeps the handle, so the handle table grows call by call; scribble(k) writes k
 * KiB; boom() traps. A pristine instance answers bump() = 1, keep(v) = 1 (the first handle index
 * of an empty table), kept() = 0 before it. */
#include <stdint.h>

typedef uint32_t u32;
typedef int32_t s32;

#define EXPORT(n) __attribute__((export_name(n)))
#define IMPORT(m, n) __attribute__((import_module(m), import_name(n)))
#define KEEPER "hearth:test/keeper@1.0.0"

static unsigned char heap[1 << 16];
static u32 heap_top = 16;

EXPORT("cabi_realloc")
void *cabi_realloc(void *old, u32 old_size, u32 align, u32 new_size) {
  if (old && new_size <= old_size) return old;
  u32 at = (heap_top + align - 1) & ~(align - 1);
  if (at + new_size > sizeof heap) __builtin_trap();
  heap_top = at + new_size;
  unsigned char *p = heap + at;
  for (u32 i = 0; old && i < old_size; i++) p[i] = ((unsigned char *)old)[i];
  return p;
}

IMPORT("[export]" KEEPER, "[resource-new]thing") s32 thing_new(u32 rep);
IMPORT("[export]" KEEPER, "[resource-rep]thing") u32 thing_rep(s32 h);

static u32 calls, things[256], nkept;
static s32 kept_handles[256];
static unsigned char scratch[256 * 1024];

EXPORT(KEEPER "#[constructor]thing") s32 keeper_thing_new(u32 v) {
  if (nkept >= 256) __builtin_trap();
  things[nkept] = v;
  return thing_new((u32)(uintptr_t)&things[nkept++]);
}
EXPORT(KEEPER "#[method]thing.value") u32 keeper_thing_value(u32 *self) { return *self; }
EXPORT(KEEPER "#[dtor]thing") void keeper_thing_dtor(u32 *self) { *self = 0; }

EXPORT("bump") u32 bump(void) { return ++calls; }
EXPORT("keep") u32 keep(u32 v) {
  s32 h = keeper_thing_new(v);
  kept_handles[nkept - 1] = h;
  if (*(u32 *)(uintptr_t)thing_rep(h) != v) __builtin_trap();
  return (u32)h;
}
EXPORT("kept") u32 kept(void) { return nkept; }
EXPORT("scribble") u32 scribble(u32 kib) {
  if (kib > sizeof scratch / 1024) kib = sizeof scratch / 1024;
  volatile unsigned char *p = scratch; /* stores the compiler may not drop */
  for (u32 i = 0; i < kib * 1024; i += 64) p[i] = (unsigned char)(i ^ calls);
  return ++calls;
}
EXPORT("boom") void boom(void) { __builtin_trap(); }
