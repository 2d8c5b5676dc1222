/* simd.h: the WebAssembly 2.0 vector instructions (ops_simd.h) as static inline functions on frame slots.
 *
 * One function h_simd_<NAME> per H_OPS_SIMD entry; its signature depends on the entry's SHAPE:
 *   UN         void (uint64_t *d, const uint64_t *a)
 *   BIN        void (uint64_t *d, const uint64_t *a, const uint64_t *b)
 *   TERN       void (uint64_t *d, const uint64_t *a, const uint64_t *b, const uint64_t *c)
 *   LANE       void (uint64_t *d, const uint64_t *a, uint32_t lane)
 *   REPLACE    void (uint64_t *d, const uint64_t *a, const uint64_t *b, uint32_t lane)
 *   SHUFFLE    void (uint64_t *d, const uint64_t *a, const uint64_t *b, const uint8_t lanes[16])
 *   LOAD       void (uint64_t *d, const uint8_t *mem)
 *   STORE      void (uint8_t *mem, const uint64_t *val)
 *   LOAD_LANE  void (uint64_t *d, const uint8_t *mem, const uint64_t *vec, uint32_t lane)
 *   STORE_LANE void (uint8_t *mem, const uint64_t *vec, uint32_t lane)
 * Operands are frame slots: a v128 spans two slots (16 bytes, lane 0 first, only 8-byte aligned, so
 * always accessed with memcpy); an i32/f32 lives in the low 32 bits of one slot and 32-bit results
 * are written zero-extended to the whole slot. mem points at the first byte of the access (the
 * caller checked bounds). d may alias any input: every function reads all inputs before writing d.
 * Lane indices are masked to the lane count (the compiler validated them; masking keeps a bad index
 * from ever touching memory outside the vector).
 */
#ifndef H_SIMD_H
#define H_SIMD_H

#include <stdint.h>
#include <string.h>

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "simd.h maps wasm lanes onto host vector lanes and needs a little-endian host"
#endif

typedef uint8_t h_u8x16 __attribute__((vector_size(16)));
typedef int8_t h_i8x16 __attribute__((vector_size(16)));
typedef uint16_t h_u16x8 __attribute__((vector_size(16)));
typedef int16_t h_i16x8 __attribute__((vector_size(16)));
typedef uint32_t h_u32x4 __attribute__((vector_size(16)));
typedef int32_t h_i32x4 __attribute__((vector_size(16)));
typedef uint64_t h_u64x2 __attribute__((vector_size(16)));
typedef int64_t h_i64x2 __attribute__((vector_size(16)));
typedef float h_f32x4 __attribute__((vector_size(16)));
typedef double h_f64x2 __attribute__((vector_size(16)));

/* ---------------------------------------------------------------- scalar helpers */

static inline float h_simd_f32_of(uint64_t slot) {
  uint32_t u = (uint32_t)slot;
  float f;
  memcpy(&f, &u, 4);
  return f;
}
static inline double h_simd_f64_of(uint64_t slot) {
  double f;
  memcpy(&f, &slot, 8);
  return f;
}
static inline uint32_t h_simd_bits32(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  return u;
}
static inline uint64_t h_simd_bits64(double f) {
  uint64_t u;
  memcpy(&u, &f, 8);
  return u;
}

static inline int8_t h_simd_sat_i8(int32_t v) { return (int8_t)(v < -128 ? -128 : v > 127 ? 127 : v); }
static inline uint8_t h_simd_sat_u8(int32_t v) { return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v); }
static inline int16_t h_simd_sat_i16(int32_t v) {
  return (int16_t)(v < -32768 ? -32768 : v > 32767 ? 32767 : v);
}
static inline uint16_t h_simd_sat_u16(int32_t v) { return (uint16_t)(v < 0 ? 0 : v > 65535 ? 65535 : v); }

/* wasm fmin/fmax: NaN if either operand is NaN (a + b yields a quiet NaN from the NaN operand(s)),
 * -0 < +0 (equal operands: OR of the bits for min, AND for max), else the smaller/larger. Results
 * are bit patterns so that no NaN payload passes through a float register unchanged by accident. */
static inline uint32_t h_simd_fmin32(float a, float b) {
  if (a != a || b != b) return h_simd_bits32(a + b);
  if (a == b) return h_simd_bits32(a) | h_simd_bits32(b);
  return h_simd_bits32(a < b ? a : b);
}
static inline uint32_t h_simd_fmax32(float a, float b) {
  if (a != a || b != b) return h_simd_bits32(a + b);
  if (a == b) return h_simd_bits32(a) & h_simd_bits32(b);
  return h_simd_bits32(a > b ? a : b);
}
static inline uint64_t h_simd_fmin64(double a, double b) {
  if (a != a || b != b) return h_simd_bits64(a + b);
  if (a == b) return h_simd_bits64(a) | h_simd_bits64(b);
  return h_simd_bits64(a < b ? a : b);
}
static inline uint64_t h_simd_fmax64(double a, double b) {
  if (a != a || b != b) return h_simd_bits64(a + b);
  if (a == b) return h_simd_bits64(a) & h_simd_bits64(b);
  return h_simd_bits64(a > b ? a : b);
}

/* Saturating float -> int truncation (NaN -> 0); every C conversion below is in range. */
static inline int32_t h_simd_sat_f64_i32(double x) {
  if (x != x) return 0;
  if (x >= 2147483648.0) return INT32_MAX;
  if (x <= -2147483649.0) return INT32_MIN;
  return (int32_t)x;
}
static inline uint32_t h_simd_sat_f64_u32(double x) {
  if (x != x || x <= -1.0) return 0;
  if (x >= 4294967296.0) return UINT32_MAX;
  return (uint32_t)x;
}

/* ---------------------------------------------------------------- generators */

/* Declares T v and fills it from the two slots at p. */
#define H_SIMD_LD_(T, v, p) \
  T v;                      \
  memcpy(&v, (p), 16)

/* Elementwise vector expression of x (UN). */
#define H_SIMD_UNV_(NAME, T, R, EXPR)                                       \
  static inline void h_simd_##NAME(uint64_t *d, const uint64_t *a) {       \
    H_SIMD_LD_(T, x, a);                                                    \
    R r = (R)(EXPR);                                                        \
    memcpy(d, &r, 16);                                                      \
  }
/* Elementwise vector expression of x, y (BIN). */
#define H_SIMD_BINV_(NAME, T, R, EXPR)                                                      \
  static inline void h_simd_##NAME(uint64_t *d, const uint64_t *a, const uint64_t *b) {    \
    H_SIMD_LD_(T, x, a);                                                                    \
    H_SIMD_LD_(T, y, b);                                                                    \
    R r = (R)(EXPR);                                                                        \
    memcpy(d, &r, 16);                                                                      \
  }
/* Lane loop: r[i] = EXPR with x, y and i in scope; inputs T, result R with N lanes. */
#define H_SIMD_UNL_(NAME, T, R, N, EXPR)                                    \
  static inline void h_simd_##NAME(uint64_t *d, const uint64_t *a) {       \
    H_SIMD_LD_(T, x, a);                                                    \
    R r = {0};                                                                    \
    for (int i = 0; i < (N); i++) r[i] = (EXPR);                            \
    memcpy(d, &r, 16);                                                      \
  }
#define H_SIMD_BINL_(NAME, T, R, N, EXPR)                                                   \
  static inline void h_simd_##NAME(uint64_t *d, const uint64_t *a, const uint64_t *b) {    \
    H_SIMD_LD_(T, x, a);                                                                    \
    H_SIMD_LD_(T, y, b);                                                                    \
    R r = {0};                                                                                    \
    for (int i = 0; i < (N); i++) r[i] = (EXPR);                                            \
    memcpy(d, &r, 16);                                                                      \
  }
/* v128 -> i32 reductions (any_true, all_true, bitmask): EXPR computes uint32_t res from x. */
#define H_SIMD_RED_(NAME, T, N, INIT, STEP)                                 \
  static inline void h_simd_##NAME(uint64_t *d, const uint64_t *a) {       \
    H_SIMD_LD_(T, x, a);                                                    \
    uint32_t res = (INIT);                                                  \
    for (int i = 0; i < (N); i++) STEP;                                     \
    *d = res;                                                               \
  }

/* ---------------------------------------------------------------- memory */

static inline void h_simd_V128_LOAD(uint64_t *d, const uint8_t *mem) { memcpy(d, mem, 16); }
static inline void h_simd_V128_STORE(uint8_t *mem, const uint64_t *val) { memcpy(mem, val, 16); }

/* Loads N little-endian lanes of type S (8 bytes in all) and widens them into R. */
#define H_SIMD_LOAD_EXT_(NAME, S, R, N)                                     \
  static inline void h_simd_##NAME(uint64_t *d, const uint8_t *mem) {      \
    R r = {0};                                                                    \
    for (int i = 0; i < (N); i++) {                                         \
      S s;                                                                  \
      memcpy(&s, mem + (size_t)i * sizeof s, sizeof s);                     \
      r[i] = s;                                                             \
    }                                                                       \
    memcpy(d, &r, 16);                                                      \
  }
H_SIMD_LOAD_EXT_(V128_LOAD8X8_S, int8_t, h_i16x8, 8)
H_SIMD_LOAD_EXT_(V128_LOAD8X8_U, uint8_t, h_u16x8, 8)
H_SIMD_LOAD_EXT_(V128_LOAD16X4_S, int16_t, h_i32x4, 4)
H_SIMD_LOAD_EXT_(V128_LOAD16X4_U, uint16_t, h_u32x4, 4)
H_SIMD_LOAD_EXT_(V128_LOAD32X2_S, int32_t, h_i64x2, 2)
H_SIMD_LOAD_EXT_(V128_LOAD32X2_U, uint32_t, h_u64x2, 2)

#define H_SIMD_LOAD_SPLAT_(NAME, S, R, N)                                   \
  static inline void h_simd_##NAME(uint64_t *d, const uint8_t *mem) {      \
    S s;                                                                    \
    memcpy(&s, mem, sizeof s);                                              \
    R r = {0};                                                                    \
    for (int i = 0; i < (N); i++) r[i] = s;                                 \
    memcpy(d, &r, 16);                                                      \
  }
H_SIMD_LOAD_SPLAT_(V128_LOAD8_SPLAT, uint8_t, h_u8x16, 16)
H_SIMD_LOAD_SPLAT_(V128_LOAD16_SPLAT, uint16_t, h_u16x8, 8)
H_SIMD_LOAD_SPLAT_(V128_LOAD32_SPLAT, uint32_t, h_u32x4, 4)
H_SIMD_LOAD_SPLAT_(V128_LOAD64_SPLAT, uint64_t, h_u64x2, 2)

static inline void h_simd_V128_LOAD32_ZERO(uint64_t *d, const uint8_t *mem) {
  uint32_t s;
  memcpy(&s, mem, 4);
  d[0] = s;
  d[1] = 0;
}
static inline void h_simd_V128_LOAD64_ZERO(uint64_t *d, const uint8_t *mem) {
  uint64_t s;
  memcpy(&s, mem, 8);
  d[0] = s;
  d[1] = 0;
}

#define H_SIMD_LANE_MEM_(BITS)                                                                  \
  static inline void h_simd_V128_LOAD##BITS##_LANE(uint64_t *d, const uint8_t *mem,            \
                                                   const uint64_t *vec, uint32_t lane) {       \
    uint8_t v[16];                                                                              \
    memcpy(v, vec, 16);                                                                         \
    memcpy(v + (lane & (128u / (BITS) - 1u)) * ((BITS) / 8u), mem, (BITS) / 8u);               \
    memcpy(d, v, 16);                                                                           \
  }                                                                                             \
  static inline void h_simd_V128_STORE##BITS##_LANE(uint8_t *mem, const uint64_t *vec,         \
                                                    uint32_t lane) {                           \
    uint8_t v[16];                                                                              \
    memcpy(v, vec, 16);                                                                         \
    memcpy(mem, v + (lane & (128u / (BITS) - 1u)) * ((BITS) / 8u), (BITS) / 8u);               \
  }
H_SIMD_LANE_MEM_(8)
H_SIMD_LANE_MEM_(16)
H_SIMD_LANE_MEM_(32)
H_SIMD_LANE_MEM_(64)

/* ---------------------------------------------------------------- shuffle, swizzle, splat, lanes */

/* Lane immediates select from the 32 bytes a ++ b (validated < 32). */
static inline void h_simd_I8X16_SHUFFLE(uint64_t *d, const uint64_t *a, const uint64_t *b,
                                        const uint8_t lanes[16]) {
  uint8_t s[32], r[16];
  memcpy(s, a, 16);
  memcpy(s + 16, b, 16);
  for (int i = 0; i < 16; i++) r[i] = s[lanes[i] & 31];
  memcpy(d, r, 16);
}
/* Out-of-range indices (>= 16) select 0. */
H_SIMD_BINL_(I8X16_SWIZZLE, h_u8x16, h_u8x16, 16, (uint8_t)(y[i] < 16 ? x[y[i] & 15] : 0))

#define H_SIMD_SPLAT_(NAME, S, R, N)                                        \
  static inline void h_simd_##NAME(uint64_t *d, const uint64_t *a) {       \
    S s = (S)*a;                                                            \
    R r = {0};                                                                    \
    for (int i = 0; i < (N); i++) r[i] = s;                                 \
    memcpy(d, &r, 16);                                                      \
  }
/* Float splats copy bits: a NaN payload must survive unchanged. */
H_SIMD_SPLAT_(I8X16_SPLAT, uint8_t, h_u8x16, 16)
H_SIMD_SPLAT_(I16X8_SPLAT, uint16_t, h_u16x8, 8)
H_SIMD_SPLAT_(I32X4_SPLAT, uint32_t, h_u32x4, 4)
H_SIMD_SPLAT_(I64X2_SPLAT, uint64_t, h_u64x2, 2)
H_SIMD_SPLAT_(F32X4_SPLAT, uint32_t, h_u32x4, 4)
H_SIMD_SPLAT_(F64X2_SPLAT, uint64_t, h_u64x2, 2)

/* extract_lane: the result slot gets the lane zero-extended to 64 bits (i8/i16 _s lanes are first
 * sign-extended to 32 bits). */
#define H_SIMD_EXTRACT_(NAME, T, N, CONV)                                          \
  static inline void h_simd_##NAME(uint64_t *d, const uint64_t *a, uint32_t lane) { \
    H_SIMD_LD_(T, x, a);                                                           \
    *d = CONV(x[lane & ((N) - 1u)]);                                               \
  }
#define H_SIMD_S32_(v) (uint64_t)(uint32_t)(int32_t)(v)
#define H_SIMD_U_(v) (uint64_t)(v)
H_SIMD_EXTRACT_(I8X16_EXTRACT_LANE_S, h_i8x16, 16, H_SIMD_S32_)
H_SIMD_EXTRACT_(I8X16_EXTRACT_LANE_U, h_u8x16, 16, H_SIMD_U_)
H_SIMD_EXTRACT_(I16X8_EXTRACT_LANE_S, h_i16x8, 8, H_SIMD_S32_)
H_SIMD_EXTRACT_(I16X8_EXTRACT_LANE_U, h_u16x8, 8, H_SIMD_U_)
H_SIMD_EXTRACT_(I32X4_EXTRACT_LANE, h_u32x4, 4, H_SIMD_U_)
H_SIMD_EXTRACT_(I64X2_EXTRACT_LANE, h_u64x2, 2, H_SIMD_U_)
H_SIMD_EXTRACT_(F32X4_EXTRACT_LANE, h_u32x4, 4, H_SIMD_U_)
H_SIMD_EXTRACT_(F64X2_EXTRACT_LANE, h_u64x2, 2, H_SIMD_U_)

#define H_SIMD_REPLACE_(NAME, T, S, N)                                                    \
  static inline void h_simd_##NAME(uint64_t *d, const uint64_t *a, const uint64_t *b,    \
                                   uint32_t lane) {                                       \
    H_SIMD_LD_(T, x, a);                                                                  \
    x[lane & ((N) - 1u)] = (S)*b;                                                         \
    memcpy(d, &x, 16);                                                                    \
  }
H_SIMD_REPLACE_(I8X16_REPLACE_LANE, h_u8x16, uint8_t, 16)
H_SIMD_REPLACE_(I16X8_REPLACE_LANE, h_u16x8, uint16_t, 8)
H_SIMD_REPLACE_(I32X4_REPLACE_LANE, h_u32x4, uint32_t, 4)
H_SIMD_REPLACE_(I64X2_REPLACE_LANE, h_u64x2, uint64_t, 2)
H_SIMD_REPLACE_(F32X4_REPLACE_LANE, h_u32x4, uint32_t, 4)
H_SIMD_REPLACE_(F64X2_REPLACE_LANE, h_u64x2, uint64_t, 2)

/* ---------------------------------------------------------------- comparisons */

/* Vector comparisons yield all-ones / all-zeros lanes, exactly the wasm result. Float NaN compares
 * false except ne, as in wasm. */
#define H_SIMD_CMP_(NAME, T, R, OP) H_SIMD_BINV_(NAME, T, R, x OP y)
H_SIMD_CMP_(I8X16_EQ, h_u8x16, h_u8x16, ==)
H_SIMD_CMP_(I8X16_NE, h_u8x16, h_u8x16, !=)
H_SIMD_CMP_(I8X16_LT_S, h_i8x16, h_u8x16, <)
H_SIMD_CMP_(I8X16_LT_U, h_u8x16, h_u8x16, <)
H_SIMD_CMP_(I8X16_GT_S, h_i8x16, h_u8x16, >)
H_SIMD_CMP_(I8X16_GT_U, h_u8x16, h_u8x16, >)
H_SIMD_CMP_(I8X16_LE_S, h_i8x16, h_u8x16, <=)
H_SIMD_CMP_(I8X16_LE_U, h_u8x16, h_u8x16, <=)
H_SIMD_CMP_(I8X16_GE_S, h_i8x16, h_u8x16, >=)
H_SIMD_CMP_(I8X16_GE_U, h_u8x16, h_u8x16, >=)
H_SIMD_CMP_(I16X8_EQ, h_u16x8, h_u16x8, ==)
H_SIMD_CMP_(I16X8_NE, h_u16x8, h_u16x8, !=)
H_SIMD_CMP_(I16X8_LT_S, h_i16x8, h_u16x8, <)
H_SIMD_CMP_(I16X8_LT_U, h_u16x8, h_u16x8, <)
H_SIMD_CMP_(I16X8_GT_S, h_i16x8, h_u16x8, >)
H_SIMD_CMP_(I16X8_GT_U, h_u16x8, h_u16x8, >)
H_SIMD_CMP_(I16X8_LE_S, h_i16x8, h_u16x8, <=)
H_SIMD_CMP_(I16X8_LE_U, h_u16x8, h_u16x8, <=)
H_SIMD_CMP_(I16X8_GE_S, h_i16x8, h_u16x8, >=)
H_SIMD_CMP_(I16X8_GE_U, h_u16x8, h_u16x8, >=)
H_SIMD_CMP_(I32X4_EQ, h_u32x4, h_u32x4, ==)
H_SIMD_CMP_(I32X4_NE, h_u32x4, h_u32x4, !=)
H_SIMD_CMP_(I32X4_LT_S, h_i32x4, h_u32x4, <)
H_SIMD_CMP_(I32X4_LT_U, h_u32x4, h_u32x4, <)
H_SIMD_CMP_(I32X4_GT_S, h_i32x4, h_u32x4, >)
H_SIMD_CMP_(I32X4_GT_U, h_u32x4, h_u32x4, >)
H_SIMD_CMP_(I32X4_LE_S, h_i32x4, h_u32x4, <=)
H_SIMD_CMP_(I32X4_LE_U, h_u32x4, h_u32x4, <=)
H_SIMD_CMP_(I32X4_GE_S, h_i32x4, h_u32x4, >=)
H_SIMD_CMP_(I32X4_GE_U, h_u32x4, h_u32x4, >=)
H_SIMD_CMP_(I64X2_EQ, h_u64x2, h_u64x2, ==)
H_SIMD_CMP_(I64X2_NE, h_u64x2, h_u64x2, !=)
H_SIMD_CMP_(I64X2_LT_S, h_i64x2, h_u64x2, <)
H_SIMD_CMP_(I64X2_GT_S, h_i64x2, h_u64x2, >)
H_SIMD_CMP_(I64X2_LE_S, h_i64x2, h_u64x2, <=)
H_SIMD_CMP_(I64X2_GE_S, h_i64x2, h_u64x2, >=)
H_SIMD_CMP_(F32X4_EQ, h_f32x4, h_u32x4, ==)
H_SIMD_CMP_(F32X4_NE, h_f32x4, h_u32x4, !=)
H_SIMD_CMP_(F32X4_LT, h_f32x4, h_u32x4, <)
H_SIMD_CMP_(F32X4_GT, h_f32x4, h_u32x4, >)
H_SIMD_CMP_(F32X4_LE, h_f32x4, h_u32x4, <=)
H_SIMD_CMP_(F32X4_GE, h_f32x4, h_u32x4, >=)
H_SIMD_CMP_(F64X2_EQ, h_f64x2, h_u64x2, ==)
H_SIMD_CMP_(F64X2_NE, h_f64x2, h_u64x2, !=)
H_SIMD_CMP_(F64X2_LT, h_f64x2, h_u64x2, <)
H_SIMD_CMP_(F64X2_GT, h_f64x2, h_u64x2, >)
H_SIMD_CMP_(F64X2_LE, h_f64x2, h_u64x2, <=)
H_SIMD_CMP_(F64X2_GE, h_f64x2, h_u64x2, >=)

/* ---------------------------------------------------------------- bitwise */

H_SIMD_UNV_(V128_NOT, h_u64x2, h_u64x2, ~x)
H_SIMD_BINV_(V128_AND, h_u64x2, h_u64x2, x & y)
H_SIMD_BINV_(V128_ANDNOT, h_u64x2, h_u64x2, x & ~y)
H_SIMD_BINV_(V128_OR, h_u64x2, h_u64x2, x | y)
H_SIMD_BINV_(V128_XOR, h_u64x2, h_u64x2, x ^ y)
/* Bits of a where c is 1, of b where c is 0. */
static inline void h_simd_V128_BITSELECT(uint64_t *d, const uint64_t *a, const uint64_t *b,
                                         const uint64_t *c) {
  H_SIMD_LD_(h_u64x2, x, a);
  H_SIMD_LD_(h_u64x2, y, b);
  H_SIMD_LD_(h_u64x2, m, c);
  h_u64x2 r = (x & m) | (y & ~m);
  memcpy(d, &r, 16);
}
static inline void h_simd_V128_ANY_TRUE(uint64_t *d, const uint64_t *a) {
  *d = (a[0] | a[1]) != 0;
}

/* ---------------------------------------------------------------- integer lane arithmetic */

/* Wrapping arithmetic on unsigned lanes (no signed overflow anywhere). */
H_SIMD_BINV_(I8X16_ADD, h_u8x16, h_u8x16, x + y)
H_SIMD_BINV_(I8X16_SUB, h_u8x16, h_u8x16, x - y)
H_SIMD_BINV_(I16X8_ADD, h_u16x8, h_u16x8, x + y)
H_SIMD_BINV_(I16X8_SUB, h_u16x8, h_u16x8, x - y)
H_SIMD_BINV_(I16X8_MUL, h_u16x8, h_u16x8, x * y)
H_SIMD_BINV_(I32X4_ADD, h_u32x4, h_u32x4, x + y)
H_SIMD_BINV_(I32X4_SUB, h_u32x4, h_u32x4, x - y)
H_SIMD_BINV_(I32X4_MUL, h_u32x4, h_u32x4, x * y)
H_SIMD_BINV_(I64X2_ADD, h_u64x2, h_u64x2, x + y)
H_SIMD_BINV_(I64X2_SUB, h_u64x2, h_u64x2, x - y)
H_SIMD_BINV_(I64X2_MUL, h_u64x2, h_u64x2, x * y)
H_SIMD_UNV_(I8X16_NEG, h_u8x16, h_u8x16, -x)
H_SIMD_UNV_(I16X8_NEG, h_u16x8, h_u16x8, -x)
H_SIMD_UNV_(I32X4_NEG, h_u32x4, h_u32x4, -x)
H_SIMD_UNV_(I64X2_NEG, h_u64x2, h_u64x2, -x)

/* abs of the minimum value is itself (wrapping negation). */
#define H_SIMD_ABS_(NAME, U, S, N) \
  H_SIMD_UNL_(NAME, U, U, N, (S)x[i] < 0 ? -x[i] : x[i])
H_SIMD_ABS_(I8X16_ABS, h_u8x16, int8_t, 16)
H_SIMD_ABS_(I16X8_ABS, h_u16x8, int16_t, 8)
H_SIMD_ABS_(I32X4_ABS, h_u32x4, int32_t, 4)
H_SIMD_ABS_(I64X2_ABS, h_u64x2, int64_t, 2)

H_SIMD_UNL_(I8X16_POPCNT, h_u8x16, h_u8x16, 16, (uint8_t)__builtin_popcount(x[i]))

/* Saturating add/sub, branchless on whole vectors. Signed: the wrapped result s overflowed when
 * the operands' signs make overflow possible and s's sign differs from x's; the saturated value is
 * MAX for x >= 0 and MIN otherwise, i.e. (x >> (W-1)) ^ MAX. Unsigned: add overflowed when s < x
 * (-> all ones), sub underflowed when x < y (-> 0). */
#define H_SIMD_SAT_(PFX, S, U, W, MAX)                                                              \
  static inline void h_simd_##PFX##_ADD_SAT_S(uint64_t *d, const uint64_t *a, const uint64_t *b) { \
    H_SIMD_LD_(S, x, a);                                                                            \
    H_SIMD_LD_(S, y, b);                                                                            \
    S s = (S)((U)x + (U)y);                                                                         \
    S ov = ((x ^ s) & (y ^ s)) >> ((W) - 1);                                                        \
    S r = (s & ~ov) | (((x >> ((W) - 1)) ^ (MAX)) & ov);                                            \
    memcpy(d, &r, 16);                                                                              \
  }                                                                                                 \
  static inline void h_simd_##PFX##_SUB_SAT_S(uint64_t *d, const uint64_t *a, const uint64_t *b) { \
    H_SIMD_LD_(S, x, a);                                                                            \
    H_SIMD_LD_(S, y, b);                                                                            \
    S s = (S)((U)x - (U)y);                                                                         \
    S ov = ((x ^ y) & (x ^ s)) >> ((W) - 1);                                                        \
    S r = (s & ~ov) | (((x >> ((W) - 1)) ^ (MAX)) & ov);                                            \
    memcpy(d, &r, 16);                                                                              \
  }                                                                                                 \
  static inline void h_simd_##PFX##_ADD_SAT_U(uint64_t *d, const uint64_t *a, const uint64_t *b) { \
    H_SIMD_LD_(U, x, a);                                                                            \
    H_SIMD_LD_(U, y, b);                                                                            \
    U s = x + y;                                                                                    \
    U r = s | (U)(s < x);                                                                           \
    memcpy(d, &r, 16);                                                                              \
  }                                                                                                 \
  static inline void h_simd_##PFX##_SUB_SAT_U(uint64_t *d, const uint64_t *a, const uint64_t *b) { \
    H_SIMD_LD_(U, x, a);                                                                            \
    H_SIMD_LD_(U, y, b);                                                                            \
    U r = (x - y) & (U)(x >= y);                                                                    \
    memcpy(d, &r, 16);                                                                              \
  }
H_SIMD_SAT_(I8X16, h_i8x16, h_u8x16, 8, 0x7F)
H_SIMD_SAT_(I16X8, h_i16x8, h_u16x8, 16, 0x7FFF)

#define H_SIMD_MINMAX_(PFX, S, U, N)                                     \
  H_SIMD_BINL_(PFX##_MIN_S, S, S, N, x[i] < y[i] ? x[i] : y[i])          \
  H_SIMD_BINL_(PFX##_MIN_U, U, U, N, x[i] < y[i] ? x[i] : y[i])          \
  H_SIMD_BINL_(PFX##_MAX_S, S, S, N, x[i] > y[i] ? x[i] : y[i])          \
  H_SIMD_BINL_(PFX##_MAX_U, U, U, N, x[i] > y[i] ? x[i] : y[i])
H_SIMD_MINMAX_(I8X16, h_i8x16, h_u8x16, 16)
H_SIMD_MINMAX_(I16X8, h_i16x8, h_u16x8, 8)
H_SIMD_MINMAX_(I32X4, h_i32x4, h_u32x4, 4)

/* Rounding average (a + b + 1) / 2, computed without overflow in uint32_t. */
H_SIMD_BINL_(I8X16_AVGR_U, h_u8x16, h_u8x16, 16, (uint8_t)(((uint32_t)x[i] + y[i] + 1u) >> 1))
H_SIMD_BINL_(I16X8_AVGR_U, h_u16x8, h_u16x8, 8, (uint16_t)(((uint32_t)x[i] + y[i] + 1u) >> 1))

/* Shifts: the i32 count is taken modulo the lane width. Left shifts on unsigned lanes. */
#define H_SIMD_SHIFTS_(PFX, S, U, N, W)                                                     \
  static inline void h_simd_##PFX##_SHL(uint64_t *d, const uint64_t *a, const uint64_t *b) { \
    H_SIMD_LD_(U, x, a);                                                                    \
    unsigned s = (unsigned)*b & ((W) - 1u);                                                 \
    U r = {0};                                                                                    \
    for (int i = 0; i < (N); i++) r[i] = x[i] << s;                                         \
    memcpy(d, &r, 16);                                                                      \
  }                                                                                         \
  static inline void h_simd_##PFX##_SHR_S(uint64_t *d, const uint64_t *a, const uint64_t *b) { \
    H_SIMD_LD_(S, x, a);                                                                    \
    unsigned s = (unsigned)*b & ((W) - 1u);                                                 \
    S r = {0};                                                                                    \
    for (int i = 0; i < (N); i++) r[i] = x[i] >> s;                                         \
    memcpy(d, &r, 16);                                                                      \
  }                                                                                         \
  static inline void h_simd_##PFX##_SHR_U(uint64_t *d, const uint64_t *a, const uint64_t *b) { \
    H_SIMD_LD_(U, x, a);                                                                    \
    unsigned s = (unsigned)*b & ((W) - 1u);                                                 \
    U r = {0};                                                                                    \
    for (int i = 0; i < (N); i++) r[i] = x[i] >> s;                                         \
    memcpy(d, &r, 16);                                                                      \
  }
H_SIMD_SHIFTS_(I8X16, h_i8x16, h_u8x16, 16, 8)
H_SIMD_SHIFTS_(I16X8, h_i16x8, h_u16x8, 8, 16)
H_SIMD_SHIFTS_(I32X4, h_i32x4, h_u32x4, 4, 32)
H_SIMD_SHIFTS_(I64X2, h_i64x2, h_u64x2, 2, 64)

/* all_true: every lane nonzero; bitmask: bit i = top bit of lane i. */
#define H_SIMD_TESTS_(PFX, S, N)                                           \
  H_SIMD_RED_(PFX##_ALL_TRUE, S, N, 1u, res &= x[i] != 0)                 \
  H_SIMD_RED_(PFX##_BITMASK, S, N, 0u, res |= (uint32_t)(x[i] < 0) << i)
H_SIMD_TESTS_(I8X16, h_i8x16, 16)
H_SIMD_TESTS_(I16X8, h_i16x8, 8)
H_SIMD_TESTS_(I32X4, h_i32x4, 4)
H_SIMD_TESTS_(I64X2, h_i64x2, 2)

/* narrow: lanes 0..N/2-1 from a, the rest from b, each signed input saturated. */
#define H_SIMD_NARROW_(NAME, S, R, N, SAT) \
  H_SIMD_BINL_(NAME, S, R, N, SAT(i < (N) / 2 ? x[i] : y[i - (N) / 2]))
H_SIMD_NARROW_(I8X16_NARROW_I16X8_S, h_i16x8, h_i8x16, 16, h_simd_sat_i8)
H_SIMD_NARROW_(I8X16_NARROW_I16X8_U, h_i16x8, h_u8x16, 16, h_simd_sat_u8)
H_SIMD_NARROW_(I16X8_NARROW_I32X4_S, h_i32x4, h_i16x8, 8, h_simd_sat_i16)
H_SIMD_NARROW_(I16X8_NARROW_I32X4_U, h_i32x4, h_u16x8, 8, h_simd_sat_u16)

/* extend_low/high: widen lanes 0..N-1 or N..2N-1 of the input (R has N lanes). */
#define H_SIMD_EXTEND_(PFX, SRC, S, U, RS, RU, N)                             \
  H_SIMD_UNL_(PFX##_EXTEND_LOW_##SRC##_S, S, RS, N, x[i])                     \
  H_SIMD_UNL_(PFX##_EXTEND_HIGH_##SRC##_S, S, RS, N, x[i + (N)])              \
  H_SIMD_UNL_(PFX##_EXTEND_LOW_##SRC##_U, U, RU, N, x[i])                     \
  H_SIMD_UNL_(PFX##_EXTEND_HIGH_##SRC##_U, U, RU, N, x[i + (N)])
H_SIMD_EXTEND_(I16X8, I8X16, h_i8x16, h_u8x16, h_i16x8, h_u16x8, 8)
H_SIMD_EXTEND_(I32X4, I16X8, h_i16x8, h_u16x8, h_i32x4, h_u32x4, 4)
H_SIMD_EXTEND_(I64X2, I32X4, h_i32x4, h_u32x4, h_i64x2, h_u64x2, 2)

/* extmul: products of widened lanes. Signed products are formed in a wider signed type where they
 * cannot overflow; unsigned ones in uint32_t/uint64_t (uint16_t * uint16_t would overflow int). */
#define H_SIMD_EXTMUL_(PFX, SRC, S, U, RS, RU, N, WS, WU)                                      \
  H_SIMD_BINL_(PFX##_EXTMUL_LOW_##SRC##_S, S, RS, N, (WS)x[i] * (WS)y[i])                      \
  H_SIMD_BINL_(PFX##_EXTMUL_HIGH_##SRC##_S, S, RS, N, (WS)x[i + (N)] * (WS)y[i + (N)])         \
  H_SIMD_BINL_(PFX##_EXTMUL_LOW_##SRC##_U, U, RU, N, (WU)x[i] * (WU)y[i])                      \
  H_SIMD_BINL_(PFX##_EXTMUL_HIGH_##SRC##_U, U, RU, N, (WU)x[i + (N)] * (WU)y[i + (N)])
H_SIMD_EXTMUL_(I16X8, I8X16, h_i8x16, h_u8x16, h_i16x8, h_u16x8, 8, int32_t, uint32_t)
H_SIMD_EXTMUL_(I32X4, I16X8, h_i16x8, h_u16x8, h_i32x4, h_u32x4, 4, int32_t, uint32_t)
H_SIMD_EXTMUL_(I64X2, I32X4, h_i32x4, h_u32x4, h_i64x2, h_u64x2, 2, int64_t, uint64_t)

/* extadd_pairwise: r[i] = x[2i] + x[2i+1] widened (cannot overflow the wider lane). */
#define H_SIMD_EXTADD_(PFX, SRC, S, U, RS, RU, N)                                              \
  H_SIMD_UNL_(PFX##_EXTADD_PAIRWISE_##SRC##_S, S, RS, N, (int32_t)x[2 * i] + x[2 * i + 1])     \
  H_SIMD_UNL_(PFX##_EXTADD_PAIRWISE_##SRC##_U, U, RU, N, (uint32_t)x[2 * i] + x[2 * i + 1])
H_SIMD_EXTADD_(I16X8, I8X16, h_i8x16, h_u8x16, h_i16x8, h_u16x8, 8)
H_SIMD_EXTADD_(I32X4, I16X8, h_i16x8, h_u16x8, h_i32x4, h_u32x4, 4)

/* q15mulr_sat_s: (a * b + 0x4000) >> 15 saturated; only -32768 * -32768 saturates. The product
 * fits int32_t; the arithmetic right shift of a negative value is what gcc and clang do. */
H_SIMD_BINL_(I16X8_Q15MULR_SAT_S, h_i16x8, h_i16x8, 8,
             h_simd_sat_i16(((int32_t)x[i] * y[i] + 0x4000) >> 15))

/* dot: r[i] = a[2i]*b[2i] + a[2i+1]*b[2i+1]; the sum wraps (only for all four = -32768). */
H_SIMD_BINL_(I32X4_DOT_I16X8_S, h_i16x8, h_u32x4, 4,
             (uint32_t)((int32_t)x[2 * i] * y[2 * i]) + (uint32_t)((int32_t)x[2 * i + 1] * y[2 * i + 1]))

/* ---------------------------------------------------------------- float lane arithmetic */

/* abs/neg only touch the sign bit (NaN payloads preserved). */
static inline void h_simd_F32X4_ABS(uint64_t *d, const uint64_t *a) {
  d[0] = a[0] & 0x7FFFFFFF7FFFFFFFull;
  d[1] = a[1] & 0x7FFFFFFF7FFFFFFFull;
}
static inline void h_simd_F32X4_NEG(uint64_t *d, const uint64_t *a) {
  d[0] = a[0] ^ 0x8000000080000000ull;
  d[1] = a[1] ^ 0x8000000080000000ull;
}
static inline void h_simd_F64X2_ABS(uint64_t *d, const uint64_t *a) {
  d[0] = a[0] & 0x7FFFFFFFFFFFFFFFull;
  d[1] = a[1] & 0x7FFFFFFFFFFFFFFFull;
}
static inline void h_simd_F64X2_NEG(uint64_t *d, const uint64_t *a) {
  d[0] = a[0] ^ 0x8000000000000000ull;
  d[1] = a[1] ^ 0x8000000000000000ull;
}

H_SIMD_BINV_(F32X4_ADD, h_f32x4, h_f32x4, x + y)
H_SIMD_BINV_(F32X4_SUB, h_f32x4, h_f32x4, x - y)
H_SIMD_BINV_(F32X4_MUL, h_f32x4, h_f32x4, x * y)
H_SIMD_BINV_(F32X4_DIV, h_f32x4, h_f32x4, x / y)
H_SIMD_BINV_(F64X2_ADD, h_f64x2, h_f64x2, x + y)
H_SIMD_BINV_(F64X2_SUB, h_f64x2, h_f64x2, x - y)
H_SIMD_BINV_(F64X2_MUL, h_f64x2, h_f64x2, x * y)
H_SIMD_BINV_(F64X2_DIV, h_f64x2, h_f64x2, x / y)

/* Rounding: nearbyint rounds half to even in the default rounding mode (wasm nearest). wasm wants
 * an arithmetic (quiet) NaN out of a NaN, but libm's ceil/floor/trunc may return a signalling NaN
 * unchanged, so NaNs are quieted with x + x first. */
#define H_SIMD_RND_(x, fn) ((x) != (x) ? (x) + (x) : fn(x))
H_SIMD_UNL_(F32X4_SQRT, h_f32x4, h_f32x4, 4, __builtin_sqrtf(x[i]))
H_SIMD_UNL_(F32X4_CEIL, h_f32x4, h_f32x4, 4, H_SIMD_RND_(x[i], __builtin_ceilf))
H_SIMD_UNL_(F32X4_FLOOR, h_f32x4, h_f32x4, 4, H_SIMD_RND_(x[i], __builtin_floorf))
H_SIMD_UNL_(F32X4_TRUNC, h_f32x4, h_f32x4, 4, H_SIMD_RND_(x[i], __builtin_truncf))
H_SIMD_UNL_(F32X4_NEAREST, h_f32x4, h_f32x4, 4, H_SIMD_RND_(x[i], __builtin_nearbyintf))
H_SIMD_UNL_(F64X2_SQRT, h_f64x2, h_f64x2, 2, __builtin_sqrt(x[i]))
H_SIMD_UNL_(F64X2_CEIL, h_f64x2, h_f64x2, 2, H_SIMD_RND_(x[i], __builtin_ceil))
H_SIMD_UNL_(F64X2_FLOOR, h_f64x2, h_f64x2, 2, H_SIMD_RND_(x[i], __builtin_floor))
H_SIMD_UNL_(F64X2_TRUNC, h_f64x2, h_f64x2, 2, H_SIMD_RND_(x[i], __builtin_trunc))
H_SIMD_UNL_(F64X2_NEAREST, h_f64x2, h_f64x2, 2, H_SIMD_RND_(x[i], __builtin_nearbyint))

H_SIMD_BINL_(F32X4_MIN, h_f32x4, h_u32x4, 4, h_simd_fmin32(x[i], y[i]))
H_SIMD_BINL_(F32X4_MAX, h_f32x4, h_u32x4, 4, h_simd_fmax32(x[i], y[i]))
H_SIMD_BINL_(F64X2_MIN, h_f64x2, h_u64x2, 2, h_simd_fmin64(x[i], y[i]))
H_SIMD_BINL_(F64X2_MAX, h_f64x2, h_u64x2, 2, h_simd_fmax64(x[i], y[i]))

/* pmin = b < a ? b : a, pmax = a < b ? b : a, selecting bit patterns (an operand NaN passes
 * through unchanged). */
#define H_SIMD_PMINMAX_(PFX, F, U)                                                            \
  static inline void h_simd_##PFX##_PMIN(uint64_t *d, const uint64_t *a, const uint64_t *b) { \
    H_SIMD_LD_(F, x, a);                                                                      \
    H_SIMD_LD_(F, y, b);                                                                      \
    H_SIMD_LD_(U, xu, a);                                                                     \
    H_SIMD_LD_(U, yu, b);                                                                     \
    U m = (U)(y < x);                                                                         \
    U r = (yu & m) | (xu & ~m);                                                               \
    memcpy(d, &r, 16);                                                                        \
  }                                                                                           \
  static inline void h_simd_##PFX##_PMAX(uint64_t *d, const uint64_t *a, const uint64_t *b) { \
    H_SIMD_LD_(F, x, a);                                                                      \
    H_SIMD_LD_(F, y, b);                                                                      \
    H_SIMD_LD_(U, xu, a);                                                                     \
    H_SIMD_LD_(U, yu, b);                                                                     \
    U m = (U)(x < y);                                                                         \
    U r = (yu & m) | (xu & ~m);                                                               \
    memcpy(d, &r, 16);                                                                        \
  }
H_SIMD_PMINMAX_(F32X4, h_f32x4, h_u32x4)
H_SIMD_PMINMAX_(F64X2, h_f64x2, h_u64x2)

/* ---------------------------------------------------------------- conversions */

/* f32 -> i32 saturating: through double, which holds every f32 exactly. */
H_SIMD_UNL_(I32X4_TRUNC_SAT_F32X4_S, h_f32x4, h_i32x4, 4, h_simd_sat_f64_i32(x[i]))
H_SIMD_UNL_(I32X4_TRUNC_SAT_F32X4_U, h_f32x4, h_u32x4, 4, h_simd_sat_f64_u32(x[i]))
/* Scalar int -> float conversions round to nearest-even, correctly rounded. */
H_SIMD_UNL_(F32X4_CONVERT_I32X4_S, h_i32x4, h_f32x4, 4, (float)x[i])
H_SIMD_UNL_(F32X4_CONVERT_I32X4_U, h_u32x4, h_f32x4, 4, (float)x[i])

/* _zero / _low: two lanes in, the other result lanes zero. */
H_SIMD_UNL_(I32X4_TRUNC_SAT_F64X2_S_ZERO, h_f64x2, h_i32x4, 4, i < 2 ? h_simd_sat_f64_i32(x[i & 1]) : 0)
H_SIMD_UNL_(I32X4_TRUNC_SAT_F64X2_U_ZERO, h_f64x2, h_u32x4, 4, i < 2 ? h_simd_sat_f64_u32(x[i & 1]) : 0)
H_SIMD_UNL_(F64X2_CONVERT_LOW_I32X4_S, h_i32x4, h_f64x2, 2, (double)x[i])
H_SIMD_UNL_(F64X2_CONVERT_LOW_I32X4_U, h_u32x4, h_f64x2, 2, (double)x[i])
H_SIMD_UNL_(F32X4_DEMOTE_F64X2_ZERO, h_f64x2, h_f32x4, 4, i < 2 ? (float)x[i & 1] : 0.0f)
H_SIMD_UNL_(F64X2_PROMOTE_LOW_F32X4, h_f32x4, h_f64x2, 2, (double)x[i])

/* ---------------------------------------------------------------- relaxed SIMD (3.0)
 * Each relaxed instruction makes one deterministic choice among those the specification allows,
 * the same on every host and in both tiers (README.md lists them):
 *   relaxed_swizzle          = i8x16.swizzle (an index >= 16 selects 0)
 *   relaxed_trunc_*          = the trunc_sat forms (NaN -> 0, out of range saturates)
 *   relaxed_madd / nmadd     = fused: fma(a, b, c) / fma(-a, b, c), one rounding
 *   relaxed_laneselect       = v128.bitselect (every bit of the mask selects, not only the top bit)
 *   relaxed_min / max        = f32x4/f64x2.min/max (NaN in -> canonical NaN, -0 < +0)
 *   relaxed_q15mulr_s        = i16x8.q15mulr_sat_s (-32768 * -32768 saturates to 32767)
 *   relaxed_dot_i8x16_i7x16  = the second operand's bytes read as signed; the i16 pair sums wrap;
 *                              _add_s adds pairs of those i16 sums (sign-extended) to the i32 lanes */
static inline void h_simd_I8X16_RELAXED_SWIZZLE(uint64_t *d, const uint64_t *a, const uint64_t *b) {
  h_simd_I8X16_SWIZZLE(d, a, b);
}
static inline void h_simd_I32X4_RELAXED_TRUNC_F32X4_S(uint64_t *d, const uint64_t *a) {
  h_simd_I32X4_TRUNC_SAT_F32X4_S(d, a);
}
static inline void h_simd_I32X4_RELAXED_TRUNC_F32X4_U(uint64_t *d, const uint64_t *a) {
  h_simd_I32X4_TRUNC_SAT_F32X4_U(d, a);
}
static inline void h_simd_I32X4_RELAXED_TRUNC_F64X2_S_ZERO(uint64_t *d, const uint64_t *a) {
  h_simd_I32X4_TRUNC_SAT_F64X2_S_ZERO(d, a);
}
static inline void h_simd_I32X4_RELAXED_TRUNC_F64X2_U_ZERO(uint64_t *d, const uint64_t *a) {
  h_simd_I32X4_TRUNC_SAT_F64X2_U_ZERO(d, a);
}
#define H_SIMD_MADD_(NAME, T, N, FMA, NEG)                                                      \
  static inline void h_simd_##NAME(uint64_t *d, const uint64_t *a, const uint64_t *b,          \
                                   const uint64_t *c) {                                        \
    H_SIMD_LD_(T, x, a);                                                                        \
    H_SIMD_LD_(T, y, b);                                                                        \
    H_SIMD_LD_(T, z, c);                                                                        \
    T r = {0};                                                                                  \
    for (int i = 0; i < (N); i++) r[i] = FMA(NEG x[i], y[i], z[i]);                             \
    memcpy(d, &r, 16);                                                                          \
  }
H_SIMD_MADD_(F32X4_RELAXED_MADD, h_f32x4, 4, __builtin_fmaf, +)
H_SIMD_MADD_(F32X4_RELAXED_NMADD, h_f32x4, 4, __builtin_fmaf, -)
H_SIMD_MADD_(F64X2_RELAXED_MADD, h_f64x2, 2, __builtin_fma, +)
H_SIMD_MADD_(F64X2_RELAXED_NMADD, h_f64x2, 2, __builtin_fma, -)
static inline void h_simd_I8X16_RELAXED_LANESELECT(uint64_t *d, const uint64_t *a,
                                                   const uint64_t *b, const uint64_t *c) {
  h_simd_V128_BITSELECT(d, a, b, c);
}
static inline void h_simd_I16X8_RELAXED_LANESELECT(uint64_t *d, const uint64_t *a,
                                                   const uint64_t *b, const uint64_t *c) {
  h_simd_V128_BITSELECT(d, a, b, c);
}
static inline void h_simd_I32X4_RELAXED_LANESELECT(uint64_t *d, const uint64_t *a,
                                                   const uint64_t *b, const uint64_t *c) {
  h_simd_V128_BITSELECT(d, a, b, c);
}
static inline void h_simd_I64X2_RELAXED_LANESELECT(uint64_t *d, const uint64_t *a,
                                                   const uint64_t *b, const uint64_t *c) {
  h_simd_V128_BITSELECT(d, a, b, c);
}
static inline void h_simd_F32X4_RELAXED_MIN(uint64_t *d, const uint64_t *a, const uint64_t *b) {
  h_simd_F32X4_MIN(d, a, b);
}
static inline void h_simd_F32X4_RELAXED_MAX(uint64_t *d, const uint64_t *a, const uint64_t *b) {
  h_simd_F32X4_MAX(d, a, b);
}
static inline void h_simd_F64X2_RELAXED_MIN(uint64_t *d, const uint64_t *a, const uint64_t *b) {
  h_simd_F64X2_MIN(d, a, b);
}
static inline void h_simd_F64X2_RELAXED_MAX(uint64_t *d, const uint64_t *a, const uint64_t *b) {
  h_simd_F64X2_MAX(d, a, b);
}
static inline void h_simd_I16X8_RELAXED_Q15MULR_S(uint64_t *d, const uint64_t *a, const uint64_t *b) {
  h_simd_I16X8_Q15MULR_SAT_S(d, a, b);
}
/* r[i] = a[2i]*b[2i] + a[2i+1]*b[2i+1] over signed bytes, wrapped to 16 bits. */
H_SIMD_BINL_(I16X8_RELAXED_DOT_I8X16_I7X16_S, h_i8x16, h_u16x8, 8,
             (uint16_t)((int32_t)x[2 * i] * y[2 * i] + (int32_t)x[2 * i + 1] * y[2 * i + 1]))
static inline void h_simd_I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S(uint64_t *d, const uint64_t *a,
                                                              const uint64_t *b,
                                                              const uint64_t *c) {
  uint64_t p[2];
  h_simd_I16X8_RELAXED_DOT_I8X16_I7X16_S(p, a, b);
  H_SIMD_LD_(h_i16x8, s, p);
  H_SIMD_LD_(h_u32x4, z, c);
  h_u32x4 r = {0};
  for (int i = 0; i < 4; i++) r[i] = z[i] + (uint32_t)((int32_t)s[2 * i] + (int32_t)s[2 * i + 1]);
  memcpy(d, &r, 16);
}

#endif /* H_SIMD_H */
