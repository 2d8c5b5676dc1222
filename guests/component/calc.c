/* calc.c: the guest of world `calc` in wit/world.wit (no imports), canonical ABI by hand; the
 * component the CLI tests and the README examples run with `hearth run --invoke`. */
#include <stdint.h>

typedef uint32_t u32;
typedef int32_t s32;

#define EXPORT(n) __attribute__((export_name(n)))

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

static _Alignas(8) unsigned char ret[16];

EXPORT("greet") void *greet(const char *p, u32 n) {
  static const char pre[] = "hello, ";
  char *o = cabi_realloc(0, 0, 1, n + 8);
  for (u32 i = 0; i < 7; i++) o[i] = pre[i];
  for (u32 i = 0; i < n; i++) o[7 + i] = p[i];
  o[7 + n] = '!';
  ((u32 *)ret)[0] = (u32)(uintptr_t)o;
  ((u32 *)ret)[1] = n + 8;
  return ret;
}
EXPORT("cabi_post_greet") void post_greet(void *r) { (void)r; heap_top = 16; }

EXPORT("add") s32 add(s32 a, s32 b) { return a + b; }

EXPORT("swap") void *swap(s32 a, s32 b) {
  ((s32 *)ret)[0] = b;
  ((s32 *)ret)[1] = a;
  return ret;
}

EXPORT("sort") void *sort(s32 *p, u32 n) {
  for (u32 i = 1; i < n; i++)
    for (u32 j = i; j > 0 && p[j - 1] > p[j]; j--) {
      s32 t = p[j];
      p[j] = p[j - 1];
      p[j - 1] = t;
    }
  ((u32 *)ret)[0] = (u32)(uintptr_t)p;
  ((u32 *)ret)[1] = n;
  return ret;
}

/* result<sign, string>: disc @0, payload @4 (u8 enum or string) */
EXPORT("classify") void *classify(s32 n) {
  static const char msg[] = "42 is not allowed";
  if (n == 42) {
    ret[0] = 1;
    ((u32 *)ret)[1] = (u32)(uintptr_t)msg;
    ((u32 *)ret)[2] = sizeof msg - 1;
  } else {
    ret[0] = 0;
    ret[4] = n < 0 ? 0 : n == 0 ? 1 : 2;
  }
  return ret;
}

/* option<u32>: disc @0, u32 @4 */
EXPORT("div") void *div_(u32 a, u32 b) {
  ret[0] = b != 0;
  ((u32 *)ret)[1] = b ? a / b : 0;
  return ret;
}

EXPORT("toggle-write") u32 toggle_write(u32 p) { return p ^ 2; }

EXPORT("crash") void crash(void) { __builtin_trap(); }

EXPORT("hearth:test/stats@1.0.0#mean") double mean(double *p, u32 n) {
  double s = 0;
  for (u32 i = 0; i < n; i++) s += p[i];
  return n ? s / n : 0;
}
