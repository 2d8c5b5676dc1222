/* all.c: the guest of wit/world.wit (world `all`), written by hand against the canonical ABI
 * (no wit-bindgen): exports take and return flattened values, results wider than one core value
 * go through a return area, imports are called with their flattened signatures. Built with
 * clang --target=wasm32 without libc, then `jco embed` + `jco new` (guests/component/Makefile). */
#include <stdint.h>

typedef uint32_t u32;
typedef int32_t s32;
typedef uint64_t u64;

#define EXPORT(n) __attribute__((export_name(n)))
#define IMPORT(m, n) __attribute__((import_module(m), import_name(n)))

/* ---- allocation: a bump heap that never frees (each test instance is short-lived) ---- */
static unsigned char heap[1 << 20];
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

static _Alignas(8) unsigned char ret[64]; /* the return area of exports */
static u32 post_calls;

/* ---- scalars ---- */
EXPORT("echo-bool") s32 echo_bool(s32 x) { return x; }
EXPORT("echo-s8") s32 echo_s8(s32 x) { return x; }
EXPORT("echo-u8") s32 echo_u8(s32 x) { return x; }
EXPORT("echo-s16") s32 echo_s16(s32 x) { return x; }
EXPORT("echo-u16") s32 echo_u16(s32 x) { return x; }
EXPORT("echo-s32") s32 echo_s32(s32 x) { return x; }
EXPORT("echo-u32") s32 echo_u32(s32 x) { return x; }
EXPORT("echo-s64") int64_t echo_s64(int64_t x) { return x; }
EXPORT("echo-u64") int64_t echo_u64(int64_t x) { return x; }
EXPORT("echo-f32") float echo_f32(float x) { return x; }
EXPORT("echo-f64") double echo_f64(double x) { return x; }
EXPORT("echo-char") s32 echo_char(s32 x) { return x; }
EXPORT("echo-flags") s32 echo_flags(s32 x) { return x; }
EXPORT("echo-wide") s32 echo_wide(s32 x) { return x; }
EXPORT("echo-enum") s32 echo_enum(s32 x) { return x; }
EXPORT("echo-full") s32 echo_full(s32 x) { return x; }

/* ---- pointer pairs: the data already lives in this memory ---- */
static void *pair(u32 p, u32 n) {
  ((u32 *)ret)[0] = p;
  ((u32 *)ret)[1] = n;
  return ret;
}
EXPORT("echo-string") void *echo_string(u32 p, u32 n) { return pair(p, n); }
EXPORT("cabi_post_echo-string") void post_echo_string(void *r) { (void)r; post_calls++; }
EXPORT("echo-list") void *echo_list(u32 p, u32 n) { return pair(p, n); }
EXPORT("echo-strings") void *echo_strings(u32 p, u32 n) { return pair(p, n); }
EXPORT("echo-people") void *echo_people(u32 p, u32 n) { return pair(p, n); }
EXPORT("echo-grid") void *echo_grid(u32 p, u32 n) { return pair(p, n); }
EXPORT("echo-deep") void *echo_deep(u32 p, u32 n) { return pair(p, n); }

/* list<list<cell>>: each inner list is (ptr, len) @8 bytes; cell { label string @0, words
 * list<string> @8, score option<result<u32, string>> @16 } is 32 bytes: the words counted */
EXPORT("grid-words") u32 grid_words(u32 *rows, u32 n) {
  u32 words = 0;
  for (u32 i = 0; i < n; i++) {
    unsigned char *cells = (unsigned char *)(uintptr_t)rows[2 * i];
    for (u32 j = 0; j < rows[2 * i + 1]; j++) words += *(u32 *)(cells + 32 * j + 12);
  }
  return words;
}

/* ev: flat (i32 disc, i64, i32); memory: disc @0, payload @8, 16 bytes (align 8). The tuple
 * <ev, ev, list<ev>> has 8 flat values: ev @0, ev @16, list @32 */
static void store_ev(unsigned char *at, s32 disc, int64_t a, s32 b) {
  at[0] = (unsigned char)disc;
  switch (disc) {
  case 1: *(int64_t *)(at + 8) = a; break;                               /* num(s64) */
  case 2: case 3: case 4: *(u32 *)(at + 8) = (u32)a; *(s32 *)(at + 12) = b; break; /* text, at, many */
  default: break;                                                        /* nothing */
  }
}
EXPORT("echo-evs") void *echo_evs(s32 d0, int64_t a0, s32 b0, s32 d1, int64_t a1, s32 b1, u32 lp, u32 ln) {
  store_ev(ret, d0, a0, b0);
  store_ev(ret + 16, d1, a1, b1);
  ((u32 *)ret)[8] = lp;
  ((u32 *)ret)[9] = ln;
  return ret;
}
EXPORT("string-len") u32 string_len(u32 p, u32 n) { (void)p; return n; }
EXPORT("post-returns") u32 post_returns(void) { return post_calls; }

/* tuple<u8, string, f64>: u8 @0, string @4, f64 @16 */
EXPORT("echo-tuple") void *echo_tuple(s32 a, u32 p, u32 n, double d) {
  ret[0] = (unsigned char)a;
  ((u32 *)ret)[1] = p;
  ((u32 *)ret)[2] = n;
  *(double *)(ret + 16) = d;
  return ret;
}
/* option<u16>: disc @0, u16 @2 */
EXPORT("echo-option") void *echo_option(s32 disc, s32 v) {
  ret[0] = (unsigned char)disc;
  *(uint16_t *)(ret + 2) = disc ? (uint16_t)v : 0;
  return ret;
}
/* result<string, u32>: disc @0, payload @4 */
EXPORT("echo-result") void *echo_result(s32 disc, u32 a, u32 b) {
  ret[0] = (unsigned char)disc;
  ((u32 *)ret)[1] = a;
  ((u32 *)ret)[2] = b;
  return ret;
}
/* shape: flat (i32 disc, i64, i32); memory: disc @0, payload @8 */
EXPORT("echo-variant") void *echo_variant(s32 disc, int64_t a, s32 b) {
  ret[0] = (unsigned char)disc;
  switch (disc) {
  case 0: *(u32 *)(ret + 8) = (u32)a; break;          /* circle(f32): bits */
  case 1: *(s32 *)(ret + 8) = (s32)a; *(s32 *)(ret + 12) = b; break; /* rect(point) */
  case 3: *(int64_t *)(ret + 8) = a; break;           /* big(u64) */
  default: break;
  }
  return ret;
}
/* person { name: string @0, age: u8 @8, tags: list<string> @12, home: option<point> @20 } */
EXPORT("echo-record") void *echo_record(u32 np, u32 nn, s32 age, u32 tp, u32 tn, s32 hd, s32 x, s32 y) {
  u32 *w = (u32 *)ret;
  w[0] = np; w[1] = nn;
  ret[8] = (unsigned char)age;
  w[3] = tp; w[4] = tn;
  ret[20] = (unsigned char)hd;
  w[6] = hd ? (u32)x : 0; w[7] = hd ? (u32)y : 0;
  return ret;
}

/* 17 parameters: one pointer to a tuple of 17 u32 */
EXPORT("sum17") u64 sum17(u32 *args) {
  u64 s = 0;
  for (int i = 0; i < 17; i++) s += args[i];
  return s;
}

EXPORT("fail") u32 fail(u32 code) {
  if (code) __builtin_trap();
  return 0;
}

/* ---- imports ---- */
IMPORT("hearth:test/host@1.0.0", "log") void host_log(u32 p, u32 n);
IMPORT("hearth:test/host@1.0.0", "add") u32 host_add(u32 a, u32 b);
IMPORT("hearth:test/host@1.0.0", "greet") void host_greet(u32 p, u32 n, u32 *out);
IMPORT("hearth:test/host@1.0.0", "mirror") void host_mirror(s32 x, s32 y, s32 *out);
IMPORT("hearth:test/host@1.0.0", "numbers") void host_numbers(u32 n, u32 *out);

IMPORT("hearth:test/host@1.0.0", "[constructor]blob") s32 host_blob_new(u32 n);
IMPORT("hearth:test/host@1.0.0", "[method]blob.size") u32 host_blob_size(s32 self);
IMPORT("hearth:test/host@1.0.0", "[resource-drop]blob") void host_blob_drop(s32 h);

/* A host resource: made, borrowed and dropped (the host's destructor runs). */
EXPORT("blob-size") u32 blob_size(u32 n) {
  s32 h = host_blob_new(n);
  u32 s = host_blob_size(h);
  host_blob_drop(h);
  return s;
}

/* A borrowed host handle: the guest must drop it before returning (unless told not to, which
 * the host sees as a trap). */
EXPORT("blob-peek") u32 blob_peek(s32 h, s32 drop) {
  u32 s = host_blob_size(h);
  if (drop) host_blob_drop(h);
  return s;
}

EXPORT("call-add") u32 call_add(u32 a, u32 b) { return host_add(a, b); }
EXPORT("call-log") void call_log(u32 p, u32 n) { host_log(p, n); }
EXPORT("call-greet") void *call_greet(u32 p, u32 n) {
  static u32 out[2];
  host_greet(p, n, out);
  return pair(out[0], out[1]);
}
EXPORT("call-mirror") s32 call_mirror(s32 x, s32 y) {
  static s32 out[2];
  host_mirror(x, y, out);
  return out[0] * 2 + out[1];
}
EXPORT("call-numbers") u32 call_numbers(u32 n) {
  static u32 out[2];
  host_numbers(n, out);
  u32 s = 0;
  for (u32 i = 0; i < out[1]; i++) s += ((u32 *)(uintptr_t)out[0])[i];
  return s;
}

/* ---- the exported interface hearth:test/api ---- */
#define API "hearth:test/api@1.0.0"
IMPORT("[export]" API, "[resource-new]counter") s32 counter_new(u32 rep);
IMPORT("[export]" API, "[resource-rep]counter") u32 counter_rep(s32 h);
IMPORT("[export]" API, "[resource-drop]counter") void counter_drop(s32 h);

static u32 dropped_count;
static u32 dtor_log[256], dtor_n; /* the values of the counters destroyed, in order */

EXPORT(API "#reverse") void *api_reverse(unsigned char *p, u32 n) {
  for (u32 i = 0; i < n / 2; i++) {
    unsigned char t = p[i];
    p[i] = p[n - 1 - i];
    p[n - 1 - i] = t;
  }
  return pair((u32)(uintptr_t)p, n);
}
EXPORT(API "#[constructor]counter") s32 api_counter_new(u32 start) {
  u32 *c = cabi_realloc(0, 0, 4, 4);
  *c = start;
  return counter_new((u32)(uintptr_t)c);
}
EXPORT(API "#[method]counter.inc") u32 api_counter_inc(u32 *self) { return ++*self; }
EXPORT(API "#[method]counter.get") u32 api_counter_get(u32 *self) { return *self; }
EXPORT(API "#[dtor]counter") void api_counter_dtor(u32 *self) {
  if (dtor_n < 256) dtor_log[dtor_n++] = *self;
  dropped_count++;
}
EXPORT(API "#[method]counter.add") void api_counter_add(u32 *self, u32 n) { *self += n; }
/* other arrives as an own handle in this instance's table: read, then drop (the destructor runs) */
EXPORT(API "#[method]counter.merge") u32 api_counter_merge(u32 *self, s32 other) {
  *self += *(u32 *)(uintptr_t)counter_rep(other);
  counter_drop(other);
  return *self;
}
/* borrows of this instance's own resource arrive as the representation itself */
EXPORT(API "#[method]counter.peek") u32 api_counter_peek(u32 *self, u32 *other) { (void)self; return *other; }
EXPORT(API "#[static]counter.make") s32 api_counter_make(u32 start) { return api_counter_new(start); }
EXPORT(API "#[static]counter.total") u32 api_counter_total(u32 *a, u32 *b) { return *a + *b; }
EXPORT(API "#make-many") void *api_make_many(u32 n) {
  s32 *hs = cabi_realloc(0, 0, 4, 4 * n);
  for (u32 i = 0; i < n; i++) hs[i] = api_counter_new(10 * (i + 1));
  return pair((u32)(uintptr_t)hs, n);
}
EXPORT(API "#sum-all") u32 api_sum_all(u32 **reps, u32 n) {
  u32 s = 0;
  for (u32 i = 0; i < n; i++) s += *reps[i];
  return s;
}
/* option<counter>: disc @0, handle @4 */
EXPORT(API "#maybe") void *api_maybe(s32 disc, u32 start) {
  ret[0] = (unsigned char)disc;
  ((s32 *)ret)[1] = disc ? api_counter_new(start) : 0;
  return ret;
}
/* named { name: string @0, c: own<counter> @8 } */
EXPORT(API "#wrap") void *api_wrap(u32 p, u32 n, u32 start) {
  u32 *w = (u32 *)ret;
  w[0] = p; w[1] = n;
  ((s32 *)ret)[2] = api_counter_new(start);
  return ret;
}
/* a named counter passed in (the own handle inside a record): its value; it is dropped */
EXPORT(API "#unwrap") u32 api_unwrap(u32 p, u32 n, s32 h) {
  (void)p; (void)n;
  u32 v = *(u32 *)(uintptr_t)counter_rep(h);
  counter_drop(h);
  return v;
}
EXPORT(API "#dtor-log") void *api_dtor_log(void) { return pair((u32)(uintptr_t)dtor_log, dtor_n); }
EXPORT(API "#make-and-drop") u32 api_make_and_drop(u32 n) {
  s32 h = api_counter_new(n);
  u32 v = *(u32 *)(uintptr_t)counter_rep(h);
  counter_drop(h);
  return v;
}
EXPORT(API "#dropped") u32 api_dropped(void) { return dropped_count; }
EXPORT(API "#take") u32 api_take(s32 h) {
  u32 v = *(u32 *)(uintptr_t)counter_rep(h);
  counter_drop(h);
  return v;
}
