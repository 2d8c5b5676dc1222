/* test_simd.c: unit tests for simd.h (lane semantics, edge cases, aliasing) and the ops_simd.h list. */
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "simd.h"
#include "t.h"

/* Builds a v128 (two slots) from 16 bytes of lanes given as a compound literal. */
static void mk(uint64_t v[2], const void *lanes) { memcpy(v, lanes, 16); }
#define MK8(v, ...) mk(v, (int8_t[16]){__VA_ARGS__})
#define MK16(v, ...) mk(v, (int16_t[8]){__VA_ARGS__})
#define MK32(v, ...) mk(v, (int32_t[4]){__VA_ARGS__})
#define MK64(v, ...) mk(v, (int64_t[2]){__VA_ARGS__})
#define MKF32(v, ...) mk(v, (float[4]){__VA_ARGS__})
#define MKF64(v, ...) mk(v, (double[2]){__VA_ARGS__})

static int8_t l8(const uint64_t *v, int i) { int8_t x; memcpy(&x, (const char *)v + i, 1); return x; }
static uint8_t lu8(const uint64_t *v, int i) { return (uint8_t)l8(v, i); }
static int16_t l16(const uint64_t *v, int i) { int16_t x; memcpy(&x, (const char *)v + 2 * i, 2); return x; }
static uint16_t lu16(const uint64_t *v, int i) { return (uint16_t)l16(v, i); }
static int32_t l32(const uint64_t *v, int i) { int32_t x; memcpy(&x, (const char *)v + 4 * i, 4); return x; }
static uint32_t lu32(const uint64_t *v, int i) { return (uint32_t)l32(v, i); }
static int64_t l64(const uint64_t *v, int i) { int64_t x; memcpy(&x, (const char *)v + 8 * i, 8); return x; }
static float lf32(const uint64_t *v, int i) { float x; memcpy(&x, (const char *)v + 4 * i, 4); return x; }
static double lf64(const uint64_t *v, int i) { double x; memcpy(&x, (const char *)v + 8 * i, 8); return x; }
static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static uint64_t dbits(double f) { uint64_t u; memcpy(&u, &f, 8); return u; }

/* The list: complete (235 entries of 2.0, v128.const excluded, and 20 of 3.0's relaxed SIMD at
 * codes 256..275), sorted by code, sane immediates. */
static void list_complete(void) {
  static const struct { unsigned code, shape, res, t1, t2, imm; const char *name; } ops[] = {
#define E_(name, pfx, code, shape, res, t1, t2, t3, imm) \
  {code, H_SH_##shape, res, t1, t2, imm, #name},
      H_OPS_SIMD(E_)
#undef E_
  };
  size_t n = sizeof ops / sizeof ops[0];
  CHECK_EQ_INT(n, 255);
  CHECK_EQ_INT(H_SIMD_COUNT, 255);
  for (size_t i = 0; i < n; i++) {
    CHECK(ops[i].code != 12);
    CHECK(ops[i].code <= 255 || (ops[i].code >= 256 && ops[i].code <= 275));
    if (i) CHECK(ops[i].code > ops[i - 1].code);
    switch (ops[i].shape) {
    case H_SH_LOAD: CHECK(ops[i].res == H_T_V128 && ops[i].t1 == H_T_I32 && ops[i].imm <= 4); break;
    case H_SH_STORE: CHECK(ops[i].t2 == H_T_V128 && ops[i].imm == 4); break;
    case H_SH_LOAD_LANE:
    case H_SH_STORE_LANE: CHECK(ops[i].t1 == H_T_I32 && ops[i].t2 == H_T_V128 && ops[i].imm <= 3); break;
    case H_SH_LANE:
    case H_SH_REPLACE: CHECK(ops[i].imm == 2 || ops[i].imm == 4 || ops[i].imm == 8 || ops[i].imm == 16); break;
    default: CHECK(ops[i].imm == 0);
    }
  }
  /* Spot checks against the spec's binary encoding. */
  CHECK_EQ_INT(ops[0].code, 0);
  CHECK_STR(ops[0].name, "V128_LOAD");
  CHECK_STR(ops[234].name, "F64X2_CONVERT_LOW_I32X4_U");
  CHECK_EQ_INT(ops[235].code, 256);
  CHECK_STR(ops[235].name, "I8X16_RELAXED_SWIZZLE");
  CHECK_STR(ops[n - 1].name, "I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S");
  CHECK_EQ_INT(ops[n - 1].code, 275);
}

static void memory_ops(void) {
  uint8_t mem[32];
  for (int i = 0; i < 32; i++) mem[i] = (uint8_t)(0xF0 + i);
  uint64_t v[2], w[2];
  h_simd_V128_LOAD(v, mem + 1);
  CHECK_EQ_INT(lu8(v, 0), 0xF1);
  CHECK_EQ_INT(lu8(v, 15), 0x00); /* 0xF0 + 16 wraps */
  h_simd_V128_LOAD8X8_S(v, mem);
  CHECK_EQ_INT(l16(v, 0), -16);
  CHECK_EQ_INT(l16(v, 7), -9);
  h_simd_V128_LOAD8X8_U(v, mem);
  CHECK_EQ_INT(l16(v, 0), 0xF0);
  h_simd_V128_LOAD16X4_S(v, mem);
  CHECK_EQ_INT(l32(v, 0), (int16_t)0xF1F0);
  h_simd_V128_LOAD16X4_U(v, mem);
  CHECK_EQ_INT(l32(v, 3), 0xF7F6);
  h_simd_V128_LOAD32X2_S(v, mem);
  CHECK_EQ_INT(l64(v, 1), (int32_t)0xF7F6F5F4);
  h_simd_V128_LOAD32X2_U(v, mem);
  CHECK_EQ_INT(l64(v, 1), 0xF7F6F5F4LL);
  h_simd_V128_LOAD8_SPLAT(v, mem + 3);
  for (int i = 0; i < 16; i++) CHECK_EQ_INT(lu8(v, i), 0xF3);
  h_simd_V128_LOAD16_SPLAT(v, mem);
  for (int i = 0; i < 8; i++) CHECK_EQ_INT(lu16(v, i), 0xF1F0);
  h_simd_V128_LOAD32_SPLAT(v, mem);
  CHECK_EQ_INT(lu32(v, 3), 0xF3F2F1F0u);
  h_simd_V128_LOAD64_SPLAT(v, mem);
  CHECK(v[0] == v[1] && v[0] == 0xF7F6F5F4F3F2F1F0ull);
  h_simd_V128_LOAD32_ZERO(v, mem);
  CHECK(v[0] == 0xF3F2F1F0ull && v[1] == 0);
  h_simd_V128_LOAD64_ZERO(v, mem);
  CHECK(v[0] == 0xF7F6F5F4F3F2F1F0ull && v[1] == 0);

  MK32(w, 1, 2, 3, 4);
  h_simd_V128_STORE(mem + 3, w);
  CHECK_EQ_INT(mem[2], 0xF2);
  CHECK_EQ_INT(mem[3], 1);
  CHECK_EQ_INT(mem[15], 4);
  CHECK_EQ_INT(mem[19], 0x03);
  CHECK_EQ_INT(mem[20], 0x04);

  /* load/store lane, aliasing d == vec. */
  for (int i = 0; i < 32; i++) mem[i] = (uint8_t)i;
  MK64(v, -1, -1);
  h_simd_V128_LOAD8_LANE(v, mem + 5, v, 15);
  CHECK_EQ_INT(lu8(v, 15), 5);
  CHECK_EQ_INT(lu8(v, 14), 0xFF);
  h_simd_V128_LOAD16_LANE(v, mem, v, 1);
  CHECK_EQ_INT(lu16(v, 1), 0x0100);
  CHECK_EQ_INT(lu16(v, 0), 0xFFFF);
  h_simd_V128_LOAD32_LANE(v, mem + 4, v, 3);
  CHECK_EQ_INT(lu32(v, 3), 0x07060504);
  h_simd_V128_LOAD64_LANE(v, mem + 8, v, 0);
  CHECK(v[0] == 0x0F0E0D0C0B0A0908ull);
  MK8(w, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25);
  h_simd_V128_STORE8_LANE(mem, w, 3);
  CHECK_EQ_INT(mem[0], 13);
  CHECK_EQ_INT(mem[1], 1);
  h_simd_V128_STORE16_LANE(mem, w, 7);
  CHECK_EQ_INT(mem[0], 24);
  CHECK_EQ_INT(mem[1], 25);
  CHECK_EQ_INT(mem[2], 2);
  h_simd_V128_STORE32_LANE(mem, w, 1);
  CHECK_EQ_INT(mem[3], 17);
  CHECK_EQ_INT(mem[4], 4);
  h_simd_V128_STORE64_LANE(mem, w, 1);
  CHECK_EQ_INT(mem[7], 25);
  CHECK_EQ_INT(mem[8], 8);
}

static void shuffle_swizzle_lanes(void) {
  uint64_t a[2], b[2], d[2];
  MK8(a, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  MK8(b, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
  static const uint8_t sel[16] = {31, 0, 16, 15, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 30};
  h_simd_I8X16_SHUFFLE(a, a, b, sel); /* d aliases a */
  CHECK_EQ_INT(lu8(a, 0), 31);
  CHECK_EQ_INT(lu8(a, 1), 0);
  CHECK_EQ_INT(lu8(a, 2), 16);
  CHECK_EQ_INT(lu8(a, 3), 15);
  CHECK_EQ_INT(lu8(a, 15), 30);

  MK8(a, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115);
  MK8(b, 15, 0, 16, -1, -128, 127, 3, 17, 1, 1, 1, 1, 1, 1, 1, 32);
  h_simd_I8X16_SWIZZLE(b, a, b); /* d aliases the index vector */
  CHECK_EQ_INT(lu8(b, 0), 115);
  CHECK_EQ_INT(lu8(b, 1), 100);
  CHECK_EQ_INT(lu8(b, 2), 0);
  CHECK_EQ_INT(lu8(b, 3), 0);
  CHECK_EQ_INT(lu8(b, 4), 0);
  CHECK_EQ_INT(lu8(b, 5), 0);
  CHECK_EQ_INT(lu8(b, 6), 103);
  CHECK_EQ_INT(lu8(b, 7), 0);
  CHECK_EQ_INT(lu8(b, 15), 0);

  uint64_t s = 0xFFFFFFFF00000181ull; /* i32 slot: only the low 32 bits count */
  h_simd_I8X16_SPLAT(d, &s);
  for (int i = 0; i < 16; i++) CHECK_EQ_INT(lu8(d, i), 0x81);
  h_simd_I16X8_SPLAT(d, &s);
  for (int i = 0; i < 8; i++) CHECK_EQ_INT(lu16(d, i), 0x0181);
  h_simd_I32X4_SPLAT(d, &s);
  CHECK_EQ_INT(lu32(d, 3), 0x181);
  s = 0x8000000000000001ull;
  h_simd_I64X2_SPLAT(d, &s);
  CHECK(d[0] == s && d[1] == s);
  s = 0x7FA00001u; /* f32 signalling NaN: bits preserved */
  h_simd_F32X4_SPLAT(d, &s);
  CHECK_EQ_INT(lu32(d, 2), 0x7FA00001u);
  s = 0xFFF0000000000001ull;
  h_simd_F64X2_SPLAT(d, &s);
  CHECK(d[1] == 0xFFF0000000000001ull);

  MK8(a, 0, -1, 2, -128, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 127);
  uint64_t r = 0xDEADBEEFDEADBEEFull;
  h_simd_I8X16_EXTRACT_LANE_S(&r, a, 1);
  CHECK(r == 0xFFFFFFFFull); /* -1 as i32, slot zero-extended */
  h_simd_I8X16_EXTRACT_LANE_S(&r, a, 3);
  CHECK(r == 0xFFFFFF80ull);
  h_simd_I8X16_EXTRACT_LANE_U(&r, a, 3);
  CHECK(r == 0x80);
  h_simd_I8X16_EXTRACT_LANE_S(&r, a, 15);
  CHECK(r == 127);
  MK16(a, 0, -2, 0, 0, 0, 0, 0, -32768);
  h_simd_I16X8_EXTRACT_LANE_S(&r, a, 7);
  CHECK(r == 0xFFFF8000ull);
  h_simd_I16X8_EXTRACT_LANE_U(&r, a, 1);
  CHECK(r == 0xFFFE);
  MK32(a, 1, 2, -3, 4);
  h_simd_I32X4_EXTRACT_LANE(&r, a, 2);
  CHECK(r == 0xFFFFFFFDull);
  MK64(a, 5, -6);
  h_simd_I64X2_EXTRACT_LANE(&r, a, 1);
  CHECK(r == (uint64_t)-6);
  MKF32(a, 1.0f, 2.5f, -0.0f, 4.0f);
  h_simd_F32X4_EXTRACT_LANE(&r, a, 2);
  CHECK(r == 0x80000000ull);
  MKF64(a, 1.0, -2.5);
  h_simd_F64X2_EXTRACT_LANE(&r, a, 1);
  CHECK(r == dbits(-2.5));
  /* extract with d aliasing the vector's first slot */
  MK32(a, -7, 2, 3, 4);
  h_simd_I32X4_EXTRACT_LANE(a, a, 0);
  CHECK(a[0] == 0xFFFFFFF9ull);

  MK8(a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  s = 0x1FF;
  h_simd_I8X16_REPLACE_LANE(a, a, &s, 9);
  CHECK_EQ_INT(lu8(a, 9), 0xFF);
  CHECK_EQ_INT(lu8(a, 10), 0);
  h_simd_I16X8_REPLACE_LANE(a, a, &s, 0);
  CHECK_EQ_INT(lu16(a, 0), 0x1FF);
  s = 0xAABBCCDDEEFF0011ull;
  h_simd_I32X4_REPLACE_LANE(d, a, &s, 3);
  CHECK_EQ_INT(lu32(d, 3), 0xEEFF0011u);
  h_simd_I64X2_REPLACE_LANE(d, a, &s, 0);
  CHECK(d[0] == s);
  CHECK_EQ_INT(lu8(d, 9), 0xFF);
  s = fbits(-1.5f);
  h_simd_F32X4_REPLACE_LANE(d, a, &s, 1);
  CHECK(lf32(d, 1) == -1.5f);
  s = dbits(3.25);
  h_simd_F64X2_REPLACE_LANE(d, d, &s, 1);
  CHECK(lf64(d, 1) == 3.25);
}

static void compare_bitwise(void) {
  uint64_t a[2], b[2], c[2], d[2];
  MK8(a, -1, 0, 5, -128, 127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  MK8(b, 1, 0, 5, 127, -128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
  h_simd_I8X16_LT_S(d, a, b);
  CHECK_EQ_INT(lu8(d, 0), 0xFF);
  CHECK_EQ_INT(lu8(d, 1), 0);
  CHECK_EQ_INT(lu8(d, 3), 0xFF);
  CHECK_EQ_INT(lu8(d, 4), 0);
  CHECK_EQ_INT(lu8(d, 15), 0xFF);
  h_simd_I8X16_LT_U(d, a, b);
  CHECK_EQ_INT(lu8(d, 0), 0);
  CHECK_EQ_INT(lu8(d, 3), 0);
  CHECK_EQ_INT(lu8(d, 4), 0xFF);
  h_simd_I8X16_GE_U(d, a, b);
  CHECK_EQ_INT(lu8(d, 0), 0xFF);
  CHECK_EQ_INT(lu8(d, 2), 0xFF);
  h_simd_I8X16_EQ(a, a, b);
  CHECK_EQ_INT(lu8(a, 2), 0xFF);
  CHECK_EQ_INT(lu8(a, 0), 0);
  MK16(a, -1, 0, 0, 0, 0, 0, 0, 0);
  MK16(b, 1, 0, 0, 0, 0, 0, 0, 0);
  h_simd_I16X8_GT_U(d, a, b);
  CHECK_EQ_INT(lu16(d, 0), 0xFFFF);
  h_simd_I16X8_GT_S(d, a, b);
  CHECK_EQ_INT(lu16(d, 0), 0);
  MK32(a, INT32_MIN, 0, 0, 0);
  MK32(b, INT32_MAX, 0, 0, 0);
  h_simd_I32X4_LE_S(d, a, b);
  CHECK_EQ_INT(lu32(d, 0), 0xFFFFFFFFu);
  h_simd_I32X4_LE_U(d, a, b);
  CHECK_EQ_INT(lu32(d, 0), 0);
  CHECK_EQ_INT(lu32(d, 1), 0xFFFFFFFFu);
  MK64(a, INT64_MIN, 3);
  MK64(b, 0, 3);
  h_simd_I64X2_LT_S(d, a, b);
  CHECK(d[0] == UINT64_MAX && d[1] == 0);
  h_simd_I64X2_NE(d, a, b);
  CHECK(d[0] == UINT64_MAX && d[1] == 0);
  h_simd_I64X2_GE_S(d, a, b);
  CHECK(d[0] == 0 && d[1] == UINT64_MAX);

  MKF32(a, NAN, 0.0f, -0.0f, 1.0f);
  MKF32(b, NAN, -0.0f, 0.0f, 2.0f);
  h_simd_F32X4_EQ(d, a, b);
  CHECK(lu32(d, 0) == 0 && lu32(d, 1) == 0xFFFFFFFFu && lu32(d, 2) == 0xFFFFFFFFu && lu32(d, 3) == 0);
  h_simd_F32X4_NE(d, a, b);
  CHECK(lu32(d, 0) == 0xFFFFFFFFu && lu32(d, 1) == 0 && lu32(d, 3) == 0xFFFFFFFFu);
  h_simd_F32X4_LT(d, a, b);
  CHECK(lu32(d, 0) == 0 && lu32(d, 1) == 0 && lu32(d, 3) == 0xFFFFFFFFu);
  MKF64(a, NAN, 1.0);
  MKF64(b, 1.0, 1.0);
  h_simd_F64X2_GE(d, a, b);
  CHECK(d[0] == 0 && d[1] == UINT64_MAX);

  MK64(a, 0x00FF00FF00FF00FFLL, 0x1234);
  MK64(b, 0x0F0F0F0F0F0F0F0FLL, 0x1030);
  MK64(c, (int64_t)0xFFFFFFFF00000000ull, 0xFF);
  h_simd_V128_AND(d, a, b);
  CHECK(d[0] == 0x000F000F000F000Full && d[1] == 0x1030);
  h_simd_V128_ANDNOT(d, a, b);
  CHECK(d[0] == 0x00F000F000F000F0ull && d[1] == 0x0204);
  h_simd_V128_OR(d, a, b);
  CHECK(d[0] == 0x0FFF0FFF0FFF0FFFull);
  h_simd_V128_XOR(d, a, b);
  CHECK(d[0] == 0x0FF00FF00FF00FF0ull);
  h_simd_V128_NOT(d, a);
  CHECK(d[0] == 0xFF00FF00FF00FF00ull);
  h_simd_V128_BITSELECT(c, a, b, c); /* d aliases the mask */
  CHECK(c[0] == 0x00FF00FF0F0F0F0Full);
  CHECK(c[1] == ((0x1234 & 0xFF) | (0x1030 & ~0xFFull)));
  uint64_t r = 77;
  MK64(a, 0, 0);
  h_simd_V128_ANY_TRUE(&r, a);
  CHECK(r == 0);
  MK64(a, 0, INT64_MIN);
  h_simd_V128_ANY_TRUE(&r, a);
  CHECK(r == 1);
}

static void int_arith(void) {
  uint64_t a[2], b[2], d[2], s;
  MK8(a, 127, -128, 100, -100, 0, 1, -1, 50, 0, 0, 0, 0, 0, 0, 0, -1);
  MK8(b, 1, -1, 100, -100, 0, -1, -1, -50, 0, 0, 0, 0, 0, 0, 0, -1);
  h_simd_I8X16_ADD(d, a, b);
  CHECK_EQ_INT(l8(d, 0), -128);
  CHECK_EQ_INT(l8(d, 1), 127);
  h_simd_I8X16_ADD_SAT_S(d, a, b);
  CHECK_EQ_INT(l8(d, 0), 127);
  CHECK_EQ_INT(l8(d, 1), -128);
  CHECK_EQ_INT(l8(d, 2), 127);
  CHECK_EQ_INT(l8(d, 3), -128);
  CHECK_EQ_INT(l8(d, 7), 0);
  h_simd_I8X16_ADD_SAT_U(d, a, b);
  CHECK_EQ_INT(lu8(d, 0), 128);
  CHECK_EQ_INT(lu8(d, 1), 255);
  CHECK_EQ_INT(lu8(d, 2), 200);
  h_simd_I8X16_SUB_SAT_U(d, a, b);
  CHECK_EQ_INT(lu8(d, 0), 126);
  CHECK_EQ_INT(lu8(d, 1), 0);
  CHECK_EQ_INT(lu8(d, 5), 0);
  h_simd_I8X16_SUB_SAT_S(d, a, b);
  CHECK_EQ_INT(l8(d, 1), -127);
  CHECK_EQ_INT(l8(d, 3), 0);
  CHECK_EQ_INT(l8(d, 7), 100);
  h_simd_I8X16_SUB(d, b, a);
  CHECK_EQ_INT(l8(d, 0), -126);
  h_simd_I8X16_MIN_S(d, a, b);
  CHECK_EQ_INT(l8(d, 1), -128);
  CHECK_EQ_INT(l8(d, 7), -50);
  h_simd_I8X16_MIN_U(d, a, b);
  CHECK_EQ_INT(lu8(d, 1), 128);
  CHECK_EQ_INT(lu8(d, 7), 50);
  h_simd_I8X16_MAX_U(d, a, b);
  CHECK_EQ_INT(lu8(d, 1), 255);
  h_simd_I8X16_MAX_S(d, a, b);
  CHECK_EQ_INT(l8(d, 0), 127);
  h_simd_I8X16_AVGR_U(d, a, b);
  CHECK_EQ_INT(lu8(d, 0), 64);   /* (127 + 1 + 1) / 2 */
  CHECK_EQ_INT(lu8(d, 1), 192);  /* (128 + 255 + 1) / 2 */
  CHECK_EQ_INT(lu8(d, 15), 255); /* no overflow */
  CHECK_EQ_INT(lu8(d, 5), 128);  /* (1 + 255 + 1) / 2 */
  h_simd_I8X16_ABS(a, a);
  CHECK_EQ_INT(l8(a, 0), 127);
  CHECK_EQ_INT(l8(a, 1), -128);
  CHECK_EQ_INT(l8(a, 3), 100);
  h_simd_I8X16_NEG(d, b);
  CHECK_EQ_INT(l8(d, 1), 1);
  CHECK_EQ_INT(l8(d, 7), 50);
  MK8(a, -128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  h_simd_I8X16_NEG(d, a);
  CHECK_EQ_INT(l8(d, 0), -128);
  MK8(a, -1, 0, 1, 3, 7, 0x55, -128, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  h_simd_I8X16_POPCNT(a, a);
  CHECK_EQ_INT(lu8(a, 0), 8);
  CHECK_EQ_INT(lu8(a, 1), 0);
  CHECK_EQ_INT(lu8(a, 3), 2);
  CHECK_EQ_INT(lu8(a, 5), 4);
  CHECK_EQ_INT(lu8(a, 6), 1);

  MK16(a, 32767, -32768, 1000, -1, 0, 0, 0, 0);
  MK16(b, 1, -1, 1000, -1, 0, 0, 0, 0);
  h_simd_I16X8_ADD_SAT_S(d, a, b);
  CHECK_EQ_INT(l16(d, 0), 32767);
  CHECK_EQ_INT(l16(d, 1), -32768);
  h_simd_I16X8_ADD_SAT_U(d, a, b);
  CHECK_EQ_INT(lu16(d, 1), 65535);
  CHECK_EQ_INT(lu16(d, 0), 32768);
  h_simd_I16X8_SUB_SAT_S(d, b, a);
  CHECK_EQ_INT(l16(d, 0), -32766);
  CHECK_EQ_INT(l16(d, 1), 32767);
  h_simd_I16X8_MUL(d, a, b);
  CHECK_EQ_INT(l16(d, 1), -32768);
  CHECK_EQ_INT(l16(d, 2), (int16_t)(1000000 & 0xFFFF));
  h_simd_I16X8_AVGR_U(d, a, b);
  CHECK_EQ_INT(lu16(d, 3), 65535);
  h_simd_I16X8_ABS(d, a);
  CHECK_EQ_INT(l16(d, 1), -32768);
  CHECK_EQ_INT(l16(d, 3), 1);

  MK32(a, INT32_MAX, INT32_MIN, -5, 65536);
  MK32(b, 1, -1, 7, 65536);
  h_simd_I32X4_ADD(d, a, b);
  CHECK_EQ_INT(l32(d, 0), INT32_MIN);
  h_simd_I32X4_SUB(d, a, b);
  CHECK_EQ_INT(l32(d, 1), INT32_MIN + 1);
  h_simd_I32X4_MUL(d, a, b);
  CHECK_EQ_INT(l32(d, 1), INT32_MIN);
  CHECK_EQ_INT(l32(d, 3), 0);
  CHECK_EQ_INT(l32(d, 2), -35);
  h_simd_I32X4_MIN_U(d, a, b);
  CHECK_EQ_INT(l32(d, 2), 7);
  h_simd_I32X4_MAX_S(d, a, b);
  CHECK_EQ_INT(l32(d, 1), -1);
  h_simd_I32X4_ABS(d, a);
  CHECK_EQ_INT(l32(d, 1), INT32_MIN);
  CHECK_EQ_INT(l32(d, 2), 5);
  h_simd_I32X4_NEG(d, a);
  CHECK_EQ_INT(l32(d, 0), -INT32_MAX);
  CHECK_EQ_INT(l32(d, 1), INT32_MIN);

  MK64(a, INT64_MAX, INT64_MIN);
  MK64(b, 2, -1);
  h_simd_I64X2_ADD(d, a, b);
  CHECK(l64(d, 0) == INT64_MIN + 1 && l64(d, 1) == INT64_MAX);
  h_simd_I64X2_SUB(d, b, a);
  CHECK(l64(d, 1) == INT64_MAX);
  h_simd_I64X2_MUL(d, a, b);
  CHECK(l64(d, 0) == -2 && l64(d, 1) == INT64_MIN);
  h_simd_I64X2_ABS(d, a);
  CHECK(l64(d, 0) == INT64_MAX && l64(d, 1) == INT64_MIN);
  h_simd_I64X2_NEG(d, b);
  CHECK(l64(d, 0) == -2 && l64(d, 1) == 1);

  /* Shifts: count modulo lane width, arithmetic vs logical. */
  MK8(a, -128, 1, 0x40, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  s = 9; /* = 1 mod 8 */
  h_simd_I8X16_SHL(d, a, &s);
  CHECK_EQ_INT(lu8(d, 0), 0);
  CHECK_EQ_INT(lu8(d, 1), 2);
  CHECK_EQ_INT(lu8(d, 2), 0x80);
  h_simd_I8X16_SHR_S(d, a, &s);
  CHECK_EQ_INT(l8(d, 0), -64);
  CHECK_EQ_INT(l8(d, 3), -1);
  h_simd_I8X16_SHR_U(d, a, &s);
  CHECK_EQ_INT(lu8(d, 0), 64);
  CHECK_EQ_INT(lu8(d, 3), 127);
  s = 0xFFFFFFFFu; /* = 7 */
  h_simd_I8X16_SHR_S(a, a, &s);
  CHECK_EQ_INT(l8(a, 0), -1);
  CHECK_EQ_INT(l8(a, 2), 0);
  MK16(a, -32768, 1, 0, 0, 0, 0, 0, 0);
  s = 15 + 16;
  h_simd_I16X8_SHL(d, a, &s);
  CHECK_EQ_INT(lu16(d, 1), 0x8000);
  h_simd_I16X8_SHR_S(d, a, &s);
  CHECK_EQ_INT(l16(d, 0), -1);
  h_simd_I16X8_SHR_U(d, a, &s);
  CHECK_EQ_INT(l16(d, 0), 1);
  MK32(a, INT32_MIN, 3, 0, 0);
  s = 32 + 1;
  h_simd_I32X4_SHR_S(d, a, &s);
  CHECK_EQ_INT(l32(d, 0), INT32_MIN / 2);
  h_simd_I32X4_SHR_U(d, a, &s);
  CHECK_EQ_INT(l32(d, 0), 0x40000000);
  s = 31;
  h_simd_I32X4_SHL(d, a, &s);
  CHECK_EQ_INT(lu32(d, 1), 0x80000000u);
  MK64(a, INT64_MIN, 1);
  s = 64 + 63;
  h_simd_I64X2_SHR_S(d, a, &s);
  CHECK(l64(d, 0) == -1);
  h_simd_I64X2_SHR_U(d, a, &s);
  CHECK(l64(d, 0) == 1);
  h_simd_I64X2_SHL(d, a, &s);
  CHECK(l64(d, 1) == INT64_MIN && l64(d, 0) == 0);
  s = 64;
  h_simd_I64X2_SHL(d, a, &s);
  CHECK(l64(d, 1) == 1);
}

static void tests_masks(void) {
  uint64_t a[2], r = 99;
  MK8(a, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, -1);
  h_simd_I8X16_ALL_TRUE(&r, a);
  CHECK(r == 1);
  h_simd_I8X16_BITMASK(&r, a);
  CHECK(r == 0x8000);
  MK8(a, 1, 2, 3, 4, 5, 6, 7, 0, 9, 10, 11, 12, 13, 14, 15, -1);
  h_simd_I8X16_ALL_TRUE(&r, a);
  CHECK(r == 0);
  MK16(a, -1, 0, -32768, 1, 1, 1, 1, -5);
  h_simd_I16X8_BITMASK(&r, a);
  CHECK(r == 0x85);
  h_simd_I16X8_ALL_TRUE(&r, a);
  CHECK(r == 0);
  MK32(a, -1, 1, 1, INT32_MIN);
  h_simd_I32X4_BITMASK(&r, a);
  CHECK(r == 0x9);
  h_simd_I32X4_ALL_TRUE(&r, a);
  CHECK(r == 1);
  MK64(a, 1, -1);
  h_simd_I64X2_BITMASK(&r, a);
  CHECK(r == 2);
  h_simd_I64X2_ALL_TRUE(&r, a);
  CHECK(r == 1);
  MK64(a, 0, 0x100000000LL);
  h_simd_I64X2_ALL_TRUE(&r, a);
  CHECK(r == 0);
  /* d aliasing the vector: the result overwrites slot 0 only after reading. */
  MK32(a, -1, -1, -1, -1);
  h_simd_I32X4_BITMASK(a, a);
  CHECK(a[0] == 0xF);
}

static void widen_narrow(void) {
  uint64_t a[2], b[2], d[2];
  MK16(a, 128, -129, 127, -128, 300, -300, 0, 255);
  MK16(b, 256, -1, 1, 2, 3, 4, 5, 32767);
  h_simd_I8X16_NARROW_I16X8_S(d, a, b);
  CHECK_EQ_INT(l8(d, 0), 127);
  CHECK_EQ_INT(l8(d, 1), -128);
  CHECK_EQ_INT(l8(d, 2), 127);
  CHECK_EQ_INT(l8(d, 3), -128);
  CHECK_EQ_INT(l8(d, 7), 127);
  CHECK_EQ_INT(l8(d, 8), 127);
  CHECK_EQ_INT(l8(d, 9), -1);
  CHECK_EQ_INT(l8(d, 15), 127);
  h_simd_I8X16_NARROW_I16X8_U(a, a, b); /* d aliases a */
  CHECK_EQ_INT(lu8(a, 0), 128);
  CHECK_EQ_INT(lu8(a, 1), 0);
  CHECK_EQ_INT(lu8(a, 4), 255);
  CHECK_EQ_INT(lu8(a, 7), 255);
  CHECK_EQ_INT(lu8(a, 8), 255);
  CHECK_EQ_INT(lu8(a, 9), 0);
  CHECK_EQ_INT(lu8(a, 10), 1);
  MK32(a, 65536, -65536, 32768, -32769);
  MK32(b, 65535, -1, 7, INT32_MIN);
  h_simd_I16X8_NARROW_I32X4_S(d, a, b);
  CHECK_EQ_INT(l16(d, 0), 32767);
  CHECK_EQ_INT(l16(d, 1), -32768);
  CHECK_EQ_INT(l16(d, 2), 32767);
  CHECK_EQ_INT(l16(d, 3), -32768);
  CHECK_EQ_INT(l16(d, 5), -1);
  h_simd_I16X8_NARROW_I32X4_U(d, a, b);
  CHECK_EQ_INT(lu16(d, 0), 65535);
  CHECK_EQ_INT(lu16(d, 1), 0);
  CHECK_EQ_INT(lu16(d, 2), 32768);
  CHECK_EQ_INT(lu16(d, 4), 65535);
  CHECK_EQ_INT(lu16(d, 6), 7);
  CHECK_EQ_INT(lu16(d, 7), 0);

  MK8(a, -1, 2, -3, 4, -5, 6, -7, 8, -128, 127, 0, 1, 2, 3, 4, -1);
  h_simd_I16X8_EXTEND_LOW_I8X16_S(d, a);
  CHECK_EQ_INT(l16(d, 0), -1);
  CHECK_EQ_INT(l16(d, 7), 8);
  h_simd_I16X8_EXTEND_HIGH_I8X16_S(d, a);
  CHECK_EQ_INT(l16(d, 0), -128);
  CHECK_EQ_INT(l16(d, 7), -1);
  h_simd_I16X8_EXTEND_HIGH_I8X16_U(d, a);
  CHECK_EQ_INT(l16(d, 0), 128);
  CHECK_EQ_INT(l16(d, 7), 255);
  h_simd_I16X8_EXTEND_LOW_I8X16_U(a, a);
  CHECK_EQ_INT(l16(a, 0), 255);
  CHECK_EQ_INT(l16(a, 1), 2);
  MK16(a, -1, 0, 0, 0, 0, 0, 0, -32768);
  h_simd_I32X4_EXTEND_LOW_I16X8_S(d, a);
  CHECK_EQ_INT(l32(d, 0), -1);
  h_simd_I32X4_EXTEND_HIGH_I16X8_U(d, a);
  CHECK_EQ_INT(l32(d, 3), 32768);
  MK32(a, -1, 2, INT32_MIN, -1);
  h_simd_I64X2_EXTEND_HIGH_I32X4_S(d, a);
  CHECK(l64(d, 0) == INT32_MIN && l64(d, 1) == -1);
  h_simd_I64X2_EXTEND_LOW_I32X4_U(d, a);
  CHECK(l64(d, 0) == 0xFFFFFFFFLL && l64(d, 1) == 2);

  /* extmul */
  MK8(a, -128, 127, -1, 0, 0, 0, 0, 0, -128, 5, 0, 0, 0, 0, 0, -1);
  MK8(b, -128, 127, 1, 0, 0, 0, 0, 0, 127, 5, 0, 0, 0, 0, 0, -1);
  h_simd_I16X8_EXTMUL_LOW_I8X16_S(d, a, b);
  CHECK_EQ_INT(l16(d, 0), 16384);
  CHECK_EQ_INT(l16(d, 1), 16129);
  CHECK_EQ_INT(l16(d, 2), -1);
  h_simd_I16X8_EXTMUL_HIGH_I8X16_S(d, a, b);
  CHECK_EQ_INT(l16(d, 0), -16256);
  CHECK_EQ_INT(l16(d, 7), 1);
  h_simd_I16X8_EXTMUL_HIGH_I8X16_U(d, a, b);
  CHECK_EQ_INT(lu16(d, 7), 65025);
  h_simd_I16X8_EXTMUL_LOW_I8X16_U(d, a, b);
  CHECK_EQ_INT(lu16(d, 0), 16384);
  CHECK_EQ_INT(lu16(d, 2), 255);
  MK16(a, -32768, -1, 0, 0, 0, 0, 0, -1);
  MK16(b, -32768, -1, 0, 0, 0, 0, 0, -1);
  h_simd_I32X4_EXTMUL_LOW_I16X8_S(d, a, b);
  CHECK_EQ_INT(l32(d, 0), 1 << 30);
  CHECK_EQ_INT(l32(d, 1), 1);
  h_simd_I32X4_EXTMUL_HIGH_I16X8_U(d, a, b);
  CHECK_EQ_INT(lu32(d, 3), 0xFFFE0001u);
  h_simd_I32X4_EXTMUL_LOW_I16X8_U(d, a, b);
  CHECK_EQ_INT(lu32(d, 0), 0x40000000u);
  MK32(a, INT32_MIN, -1, 0, -1);
  MK32(b, INT32_MIN, 2, 0, -1);
  h_simd_I64X2_EXTMUL_LOW_I32X4_S(d, a, b);
  CHECK(l64(d, 0) == 0x4000000000000000LL && l64(d, 1) == -2);
  h_simd_I64X2_EXTMUL_HIGH_I32X4_U(d, a, b);
  CHECK(d[1] == 0xFFFFFFFE00000001ull && d[0] == 0);
  h_simd_I64X2_EXTMUL_LOW_I32X4_U(d, a, b);
  CHECK(d[0] == 0x4000000000000000ull && d[1] == 0x1FFFFFFFEull);
  h_simd_I64X2_EXTMUL_HIGH_I32X4_S(a, a, b);
  CHECK(a[0] == 0 && l64(a, 1) == 1);

  MK8(a, -128, -128, 127, 127, -1, 1, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1);
  h_simd_I16X8_EXTADD_PAIRWISE_I8X16_S(d, a);
  CHECK_EQ_INT(l16(d, 0), -256);
  CHECK_EQ_INT(l16(d, 1), 254);
  CHECK_EQ_INT(l16(d, 2), 0);
  CHECK_EQ_INT(l16(d, 7), -2);
  h_simd_I16X8_EXTADD_PAIRWISE_I8X16_U(a, a);
  CHECK_EQ_INT(l16(a, 0), 256);
  CHECK_EQ_INT(l16(a, 2), 256);
  CHECK_EQ_INT(l16(a, 7), 510);
  MK16(a, -32768, -32768, 32767, 32767, -1, -1, 0, 1);
  h_simd_I32X4_EXTADD_PAIRWISE_I16X8_S(d, a);
  CHECK_EQ_INT(l32(d, 0), -65536);
  CHECK_EQ_INT(l32(d, 1), 65534);
  CHECK_EQ_INT(l32(d, 2), -2);
  h_simd_I32X4_EXTADD_PAIRWISE_I16X8_U(d, a);
  CHECK_EQ_INT(l32(d, 0), 65536);
  CHECK_EQ_INT(l32(d, 2), 131070);

  /* q15mulr_sat_s and dot */
  MK16(a, -32768, 16384, -16384, 32767, 1, -1, 0x4000, 3);
  MK16(b, -32768, 16384, 16384, 32767, 16384, 16384, -1, 5);
  h_simd_I16X8_Q15MULR_SAT_S(d, a, b);
  CHECK_EQ_INT(l16(d, 0), 32767);
  CHECK_EQ_INT(l16(d, 1), 8192);
  CHECK_EQ_INT(l16(d, 2), -8192);
  CHECK_EQ_INT(l16(d, 3), 32766);
  CHECK_EQ_INT(l16(d, 4), 1);  /* (16384 + 16384) >> 15 = 1: rounds half up */
  CHECK_EQ_INT(l16(d, 5), 0);  /* (-16384 + 16384) >> 15 = 0 */
  CHECK_EQ_INT(l16(d, 6), 0);  /* (-16384 + 16384) >> 15 */
  CHECK_EQ_INT(l16(d, 7), 0);
  MK16(a, -32768, -32768, 1, 2, 3, 4, -5, 6);
  MK16(b, -32768, -32768, 7, 8, 9, 10, 11, -12);
  h_simd_I32X4_DOT_I16X8_S(d, a, b);
  CHECK_EQ_INT(l32(d, 0), INT32_MIN); /* 2^31 wraps */
  CHECK_EQ_INT(l32(d, 1), 23);
  CHECK_EQ_INT(l32(d, 2), 67);
  CHECK_EQ_INT(l32(d, 3), -127);
}

static int is_nan32(uint32_t u) { return (u & 0x7F800000u) == 0x7F800000u && (u & 0x7FFFFFu); }

static void float_arith(void) {
  uint64_t a[2], b[2], d[2];
  /* min/max: NaN propagates, -0 < +0. */
  MKF32(a, NAN, -0.0f, 0.0f, 1.0f);
  MKF32(b, 1.0f, 0.0f, -0.0f, -INFINITY);
  h_simd_F32X4_MIN(d, a, b);
  CHECK(is_nan32(lu32(d, 0)));
  CHECK(lu32(d, 1) == 0x80000000u);
  CHECK(lu32(d, 2) == 0x80000000u);
  CHECK(lf32(d, 3) == -INFINITY);
  h_simd_F32X4_MAX(d, b, a);
  CHECK(is_nan32(lu32(d, 0)));
  CHECK(lu32(d, 1) == 0);
  CHECK(lu32(d, 2) == 0);
  CHECK(lf32(d, 3) == 1.0f);
  /* pmin/pmax: b < a ? b : a — returns a when either is NaN or on +-0. */
  h_simd_F32X4_PMIN(d, a, b);
  CHECK(is_nan32(lu32(d, 0)));
  CHECK(lu32(d, 1) == 0x80000000u);
  CHECK(lu32(d, 2) == 0);
  CHECK(lf32(d, 3) == -INFINITY);
  h_simd_F32X4_PMIN(d, b, a);
  CHECK(lf32(d, 0) == 1.0f);
  h_simd_F32X4_PMAX(d, a, b);
  CHECK(lu32(d, 1) == 0x80000000u);
  CHECK(lf32(d, 3) == 1.0f);
  h_simd_F32X4_PMAX(d, b, a);
  CHECK(lf32(d, 0) == 1.0f);
  MKF64(a, -0.0, NAN);
  MKF64(b, 0.0, 2.0);
  h_simd_F64X2_MIN(d, b, a);
  CHECK(d[0] == 0x8000000000000000ull && lf64(d, 1) != lf64(d, 1));
  h_simd_F64X2_MAX(d, a, b);
  CHECK(d[0] == 0 && lf64(d, 1) != lf64(d, 1));
  h_simd_F64X2_PMAX(d, a, b);
  CHECK(d[0] == 0x8000000000000000ull && lf64(d, 1) != lf64(d, 1));
  h_simd_F64X2_PMIN(a, b, a);
  CHECK(a[0] == 0 && lf64(a, 1) == 2.0);

  /* nearest: round half to even; ceil/floor/trunc keep the sign of zero. */
  MKF32(a, 2.5f, -0.5f, 3.5f, -1.5f);
  h_simd_F32X4_NEAREST(d, a);
  CHECK(lf32(d, 0) == 2.0f && lu32(d, 1) == 0x80000000u && lf32(d, 2) == 4.0f && lf32(d, 3) == -2.0f);
  MKF32(a, 8388609.0f, -0.25f, 1.5f, -1.5f);
  h_simd_F32X4_NEAREST(d, a);
  CHECK(lf32(d, 0) == 8388609.0f && lu32(d, 1) == 0x80000000u && lf32(d, 2) == 2.0f);
  h_simd_F32X4_CEIL(d, a);
  CHECK(lu32(d, 1) == 0x80000000u && lf32(d, 2) == 2.0f && lf32(d, 3) == -1.0f);
  h_simd_F32X4_FLOOR(d, a);
  CHECK(lf32(d, 1) == -1.0f && lf32(d, 2) == 1.0f && lf32(d, 3) == -2.0f);
  h_simd_F32X4_TRUNC(a, a);
  CHECK(lu32(a, 1) == 0x80000000u && lf32(a, 2) == 1.0f && lf32(a, 3) == -1.0f);
  MKF64(a, 0.5, -2.5);
  h_simd_F64X2_NEAREST(d, a);
  CHECK(d[0] == 0 && lf64(d, 1) == -2.0);
  h_simd_F64X2_CEIL(d, a);
  CHECK(lf64(d, 0) == 1.0 && lf64(d, 1) == -2.0);
  h_simd_F64X2_FLOOR(d, a);
  CHECK(lf64(d, 0) == 0.0 && lf64(d, 1) == -3.0);
  h_simd_F64X2_TRUNC(d, a);
  CHECK(lf64(d, 0) == 0.0 && lf64(d, 1) == -2.0);
  MKF64(a, 4503599627370497.0, -4503599627370497.0); /* 2^52 + 1: already integral */
  h_simd_F64X2_NEAREST(d, a);
  CHECK(lf64(d, 0) == 4503599627370497.0 && lf64(d, 1) == -4503599627370497.0);

  MKF32(a, 4.0f, -1.0f, 2.0f, INFINITY);
  h_simd_F32X4_SQRT(d, a);
  CHECK(lf32(d, 0) == 2.0f && is_nan32(lu32(d, 1)) && lf32(d, 3) == INFINITY);
  MKF64(a, 9.0, 2.0);
  h_simd_F64X2_SQRT(a, a);
  CHECK(lf64(a, 0) == 3.0 && lf64(a, 1) == sqrt(2.0));

  /* abs/neg are sign-bit operations (NaN payloads kept). */
  mk(a, (uint32_t[4]){0xFFA00001u, 0x80000000u, 0x3F800000u, 0x7FC00000u});
  h_simd_F32X4_ABS(d, a);
  CHECK(lu32(d, 0) == 0x7FA00001u && lu32(d, 1) == 0 && lu32(d, 2) == 0x3F800000u);
  h_simd_F32X4_NEG(a, a);
  CHECK(lu32(a, 0) == 0x7FA00001u && lu32(a, 1) == 0 && lu32(a, 2) == 0xBF800000u &&
        lu32(a, 3) == 0xFFC00000u);
  mk(a, (uint64_t[2]){0xFFF0000000000001ull, 0x0000000000000001ull});
  h_simd_F64X2_ABS(d, a);
  CHECK(d[0] == 0x7FF0000000000001ull && d[1] == 1);
  h_simd_F64X2_NEG(d, a);
  CHECK(d[0] == 0x7FF0000000000001ull && d[1] == 0x8000000000000001ull);

  MKF32(a, 1.0f, 1e38f, 0.1f, -3.0f);
  MKF32(b, 2.0f, 10.0f, 0.2f, 0.0f);
  h_simd_F32X4_ADD(d, a, b);
  CHECK(lf32(d, 0) == 3.0f && lf32(d, 2) == 0.1f + 0.2f);
  h_simd_F32X4_MUL(d, a, b);
  CHECK(lf32(d, 1) == INFINITY && lf32(d, 3) == -0.0f && lu32(d, 3) == 0x80000000u);
  h_simd_F32X4_DIV(d, a, b);
  CHECK(lf32(d, 0) == 0.5f && lf32(d, 3) == -INFINITY);
  h_simd_F32X4_SUB(a, a, b);
  CHECK(lf32(a, 0) == -1.0f);
  MKF64(a, 1.0, 0.0);
  MKF64(b, 3.0, 0.0);
  h_simd_F64X2_DIV(d, a, b);
  CHECK(lf64(d, 0) == 1.0 / 3.0 && lf64(d, 1) != lf64(d, 1));
  h_simd_F64X2_ADD(d, a, b);
  CHECK(lf64(d, 0) == 4.0);
  h_simd_F64X2_SUB(d, a, b);
  CHECK(lf64(d, 0) == -2.0);
  h_simd_F64X2_MUL(d, a, b);
  CHECK(lf64(d, 0) == 3.0);
}

/* Rounding ops turn a signalling NaN into a quiet (arithmetic) NaN, as wasm requires. */
static void rounding_quiets_nan(void) {
  void (*const f32ops[])(uint64_t *, const uint64_t *) = {h_simd_F32X4_CEIL, h_simd_F32X4_FLOOR,
                                                          h_simd_F32X4_TRUNC, h_simd_F32X4_NEAREST,
                                                          h_simd_F32X4_SQRT};
  void (*const f64ops[])(uint64_t *, const uint64_t *) = {h_simd_F64X2_CEIL, h_simd_F64X2_FLOOR,
                                                          h_simd_F64X2_TRUNC, h_simd_F64X2_NEAREST,
                                                          h_simd_F64X2_SQRT};
  for (size_t k = 0; k < 5; k++) {
    uint64_t a[2], d[2];
    mk(a, (uint32_t[4]){0x7FA00000u, 0xFFA00000u, 0x7F800001u, 0x7FC00000u});
    f32ops[k](d, a);
    for (int i = 0; i < 4; i++) CHECK((lu32(d, i) & 0x7FC00000u) == 0x7FC00000u);
    mk(a, (uint64_t[2]){0x7FF4000000000000ull, 0xFFF0000000000001ull});
    f64ops[k](d, a);
    for (int i = 0; i < 2; i++) CHECK((d[i] & 0x7FF8000000000000ull) == 0x7FF8000000000000ull);
  }
}

static void conversions(void) {
  uint64_t a[2], d[2];
  MKF32(a, NAN, 3e9f, -3e9f, -1.9f);
  h_simd_I32X4_TRUNC_SAT_F32X4_S(d, a);
  CHECK(l32(d, 0) == 0 && l32(d, 1) == INT32_MAX && l32(d, 2) == INT32_MIN && l32(d, 3) == -1);
  h_simd_I32X4_TRUNC_SAT_F32X4_U(d, a);
  CHECK(lu32(d, 0) == 0 && lu32(d, 1) == 3000000000u && lu32(d, 2) == 0 && lu32(d, 3) == 0);
  MKF32(a, 2147483520.0f, -2147483648.0f, 4294967040.0f, 5e9f);
  h_simd_I32X4_TRUNC_SAT_F32X4_S(d, a);
  CHECK(l32(d, 0) == 2147483520 && l32(d, 1) == INT32_MIN && l32(d, 2) == INT32_MAX);
  h_simd_I32X4_TRUNC_SAT_F32X4_U(d, a);
  CHECK(lu32(d, 2) == 4294967040u && lu32(d, 3) == UINT32_MAX);
  MKF32(a, -0.99f, INFINITY, -INFINITY, 0.5f);
  h_simd_I32X4_TRUNC_SAT_F32X4_U(a, a);
  CHECK(lu32(a, 0) == 0 && lu32(a, 1) == UINT32_MAX && lu32(a, 2) == 0 && lu32(a, 3) == 0);

  MKF64(a, -2147483648.9, 2147483647.9);
  h_simd_I32X4_TRUNC_SAT_F64X2_S_ZERO(d, a);
  CHECK(l32(d, 0) == INT32_MIN && l32(d, 1) == INT32_MAX && d[1] == 0);
  MKF64(a, -2147483649.0, NAN);
  h_simd_I32X4_TRUNC_SAT_F64X2_S_ZERO(d, a);
  CHECK(l32(d, 0) == INT32_MIN && l32(d, 1) == 0 && d[1] == 0);
  MKF64(a, 4294967295.9, -0.9);
  h_simd_I32X4_TRUNC_SAT_F64X2_U_ZERO(a, a);
  CHECK(lu32(a, 0) == UINT32_MAX && lu32(a, 1) == 0 && a[1] == 0);
  MKF64(a, 1e300, -1e300);
  h_simd_I32X4_TRUNC_SAT_F64X2_U_ZERO(d, a);
  CHECK(lu32(d, 0) == UINT32_MAX && lu32(d, 1) == 0);

  MK32(a, -1, INT32_MAX, 16777217, INT32_MIN);
  h_simd_F32X4_CONVERT_I32X4_S(d, a);
  CHECK(lf32(d, 0) == -1.0f && lf32(d, 1) == 2147483648.0f && lf32(d, 2) == 16777216.0f &&
        lf32(d, 3) == -2147483648.0f);
  h_simd_F32X4_CONVERT_I32X4_U(d, a);
  CHECK(lf32(d, 0) == 4294967296.0f && lf32(d, 3) == 2147483648.0f);
  MK32(a, 16777219, 0x7FFFFFBF, 0x7FFFFFC0, -1);
  h_simd_F32X4_CONVERT_I32X4_U(d, a); /* round to nearest, ties to even */
  CHECK(lf32(d, 0) == 16777220.0f && lf32(d, 1) == 2147483520.0f && lf32(d, 2) == 2147483648.0f);
  MK32(a, -1, INT32_MIN, 5, 6);
  h_simd_F64X2_CONVERT_LOW_I32X4_S(d, a);
  CHECK(lf64(d, 0) == -1.0 && lf64(d, 1) == -2147483648.0);
  h_simd_F64X2_CONVERT_LOW_I32X4_U(a, a);
  CHECK(lf64(a, 0) == 4294967295.0 && lf64(a, 1) == 2147483648.0);

  MKF64(a, 1e300, 0.1);
  h_simd_F32X4_DEMOTE_F64X2_ZERO(d, a);
  CHECK(lf32(d, 0) == INFINITY && lf32(d, 1) == 0.1f && d[1] == 0);
  MKF64(a, NAN, -1e-300);
  h_simd_F32X4_DEMOTE_F64X2_ZERO(a, a);
  CHECK(is_nan32(lu32(a, 0)) && lu32(a, 1) == 0x80000000u && a[1] == 0);
  MKF32(a, 0.1f, -INFINITY, 7.0f, 8.0f);
  h_simd_F64X2_PROMOTE_LOW_F32X4(a, a);
  CHECK(lf64(a, 0) == (double)0.1f && lf64(a, 1) == -INFINITY);
}

/* Every list entry bound to its h_simd_ function with the signature its SHAPE demands (a missing
 * function or a wrong signature breaks the build under -Werror). */
typedef struct op_fn {
  const char *name;
  int shape;
  unsigned imm;
  void (*fn_UN)(uint64_t *, const uint64_t *);
  void (*fn_BIN)(uint64_t *, const uint64_t *, const uint64_t *);
  void (*fn_TERN)(uint64_t *, const uint64_t *, const uint64_t *, const uint64_t *);
  void (*fn_LANE)(uint64_t *, const uint64_t *, uint32_t);
  void (*fn_REPLACE)(uint64_t *, const uint64_t *, const uint64_t *, uint32_t);
  void (*fn_SHUFFLE)(uint64_t *, const uint64_t *, const uint64_t *, const uint8_t *);
  void (*fn_LOAD)(uint64_t *, const uint8_t *);
  void (*fn_STORE)(uint8_t *, const uint64_t *);
  void (*fn_LOAD_LANE)(uint64_t *, const uint8_t *, const uint64_t *, uint32_t);
  void (*fn_STORE_LANE)(uint8_t *, const uint64_t *, uint32_t);
} op_fn;
static const op_fn all_ops[] = {
#define F_(n_, pfx_, code_, sh_, res_, t1_, t2_, t3_, imm_) \
  {.name = #n_, .shape = H_SH_##sh_, .imm = imm_, .fn_##sh_ = h_simd_##n_},
    H_OPS_SIMD(F_)
#undef F_
};

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rng(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

/* Every op on random inputs (random lane indices too, which must be masked, never out of the
 * vector), with d aliasing an input, under ASan/UBSan in the asan build. Checks that only the
 * destination is written and that 32-bit scalar results are zero-extended. */
static void all_ops_smoke(void) {
  size_t n = sizeof all_ops / sizeof all_ops[0];
  CHECK_EQ_INT(n, H_SIMD_COUNT);
  for (int round = 0; round < 200; round++) {
    for (size_t k = 0; k < n; k++) {
      const op_fn *o = &all_ops[k];
      uint64_t f[8];
      uint8_t mem[48];
      uint8_t lanes[16];
      for (int i = 0; i < 8; i++) f[i] = rng();
      for (int i = 0; i < 48; i++) mem[i] = (uint8_t)rng();
      for (int i = 0; i < 16; i++) lanes[i] = (uint8_t)rng();
      uint32_t lane = (uint32_t)rng();
      uint64_t before[8];
      memcpy(before, f, sizeof f);
      uint8_t mem_before[48];
      memcpy(mem_before, mem, sizeof mem);
      /* operands at f[0..1], f[2..3], f[4..5]; f[6..7] are guards */
      switch (o->shape) {
      case H_SH_UN: o->fn_UN(f, f); break;
      case H_SH_BIN: o->fn_BIN(f + 2, f, f + 2); break;
      case H_SH_TERN: o->fn_TERN(f + 4, f, f + 2, f + 4); break;
      case H_SH_LANE: o->fn_LANE(f, f, lane); break;
      case H_SH_REPLACE: o->fn_REPLACE(f, f, f + 2, lane); break;
      case H_SH_SHUFFLE: o->fn_SHUFFLE(f + 2, f, f + 2, lanes); break;
      case H_SH_LOAD: o->fn_LOAD(f, mem + 16); break;
      case H_SH_STORE: o->fn_STORE(mem + 16, f); break;
      case H_SH_LOAD_LANE: o->fn_LOAD_LANE(f, mem + 16, f, lane); break;
      case H_SH_STORE_LANE: o->fn_STORE_LANE(mem + 16, f, lane); break;
      default: CHECK(0);
      }
      CHECK(f[6] == before[6] && f[7] == before[7]);
      CHECK(memcmp(mem, mem_before, 16) == 0 && memcmp(mem + 32, mem_before + 32, 16) == 0);
      if (o->shape == H_SH_STORE || o->shape == H_SH_STORE_LANE) CHECK(memcmp(f, before, sizeof f) == 0);
      if (o->shape == H_SH_LANE && o->imm >= 4 && strstr(o->name, "I64") == NULL &&
          strstr(o->name, "F64") == NULL)
        CHECK(f[0] >> 32 == 0);
    }
  }
}

/* simd.h must compile warning-free under both compilers, also when everything is inlined into one
 * function at -O2 (maybe-uninitialized) and with sanitizers. Runs from the repository root
 * (tools/runtests.sh does); gcc and clang are both build dependencies. */
static void compile_both_compilers(void) {
  CHECK(access("tests/test_simd.c", R_OK) == 0); /* run from the repository root */
  static const char *const ccs[] = {"gcc", "clang"};
  static const char *const opts[] = {"-O2", "-O1 -fsanitize=address,undefined"};
  int compiled = 0;
  for (int i = 0; i < 2; i++) {
    char probe[64];
    snprintf(probe, sizeof probe, "command -v %s >/dev/null 2>&1", ccs[i]);
    if (system(probe) != 0) fprintf(stderr, "%s is not installed\n", ccs[i]);
    CHECK(system(probe) == 0);
    for (int j = 0; j < 2; j++) {
      char cmd[512];
      snprintf(cmd, sizeof cmd,
               "%s -std=gnu11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes "
               "-Wmissing-prototypes -Wpointer-arith -Wvla -Wformat=2 -Wundef %s -Iinclude -Isrc -Isrc/engine -Isrc/runtime "
               "-Itests -D_GNU_SOURCE -c tests/test_simd.c -o /dev/null",
               ccs[i], opts[j]);
      int rc = system(cmd);
      if (rc != 0) fprintf(stderr, "failed: %s\n", cmd);
      CHECK(rc == 0);
      compiled++;
    }
  }
  CHECK_EQ_INT(compiled, 4);
}

T_MAIN(T_CASE(list_complete), T_CASE(memory_ops), T_CASE(shuffle_swizzle_lanes),
       T_CASE(compare_bitwise), T_CASE(int_arith), T_CASE(tests_masks), T_CASE(widen_narrow),
       T_CASE(float_arith), T_CASE(conversions), T_CASE(rounding_quiets_nan), T_CASE(all_ops_smoke),
       T_CASE(compile_both_compilers))
