/* interp.c: the interpreter loop over hearth's register-style internal code (ops.h). */
/* With guard pages (config.h), this file includes itself once (at the end of h_run) to compile the
 * loop a second time as h_run_checked: the same handlers with explicit bounds checks, for engines
 * created with hearth_config.no_signal_handler. Everything but h_run is compiled only once. */
#ifndef H_INTERP_CHECKED_COPY
#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <time.h>

#include "internal.h"

#if __has_include("simd.h") && !defined(H_INTERP_NO_SIMD)
#include "simd.h"
#define H_INTERP_SIMD 1
#else
#define H_INTERP_SIMD 0
#endif

/* Shape of the loop (in the manner of Lua's lvm.c):
 * - One function, h_run, holds every handler. The hot state lives in locals the compiler keeps in
 *   registers: ip (current instruction), fp (frame base), mem (memory 0 of the current instance),
 *   budget (see below). Anything that can change them (calls, returns, memory.grow, host calls)
 *   reloads them.
 * - Dispatch is one knob, H_COMPUTED_GOTO: with it, an instruction's two-word opcode is the
 *   address of its handler (direct threading) and DISPATCH() is `goto *opcode`; without it, it is
 *   the op number and DISPATCH() jumps back to a switch. Handlers are written once with
 *   OP/NEXT/DISPATCH; ip points at the opcode's second word, so operand k is ip[k].
 * - Handlers of the numeric, memory and SIMD lists are generated from the X-macros of ops.h by
 *   one macro per shape; per-op semantics are macros SEM_<NAME> (numeric) and MEMTY_<NAME> (memory
 *   access type), SIMD ops call h_simd_<NAME> from simd.h. The fused forms of ops.h (H_OPS_IMM:
 *   an op with an immediate operand; H_OPS_BRCMP: compare-and-branch) reuse the same SEM_<NAME>.
 *   More superinstructions: add a list or Y entry to ops.h and a handler here. Pairs, chained
 *   pairs and chained triples (H_OPS_PAIR, H_OPS_CPAIR, H_OPS_CTRIPLE) are built from the
 *   PW_/PK_/PV_<OP> entries below (operand count, the op at a word offset, its result value).
 * - H_PROFILE_OPS (config.h, debug only) counts executed ops, pairs and triples; HEARTH_PROFILE_OPS=1
 *   prints them at exit.
 * - Wasm calls never recurse on the host stack: a call pushes an h_frame on s->frames and continues
 *   the same loop; host calls may re-enter h_interp_call, which continues above s->stack_top.
 *
 * Interrupt, deadline and fuel: every check point (BR_LOOP, taken BR_IF_LOOP, BR_TABLE, calls)
 * decrements a local counter `budget` and branches when it goes negative, so the common path is a
 * register decrement and a never-taken branch. The slow path (h_interp_refill) looks at
 * s->interrupt, the deadline and fuel, then grants a new budget: with fuel metering
 * (s->fuel != UINT64_MAX) it moves up to H_BUDGET_CHUNK units out of s->fuel into the local budget
 * (unused units go back to s->fuel whenever the loop leaves: return, trap, host call), so fuel is
 * exact; unmetered, it grants H_BUDGET_CHUNK checks, so an interrupt or a deadline is noticed
 * within that many back-edges or calls. */
#define H_BUDGET_CHUNK 1024

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "hearth needs a little-endian host");

#if defined(__clang__)
#define H_RUN_ATTR __attribute__((noinline, hot))
#elif defined(__GNUC__)
/* noclone: the label offsets computed in init mode must belong to the one copy that runs. */
#define H_RUN_ATTR __attribute__((noinline, noclone, hot))
#else
#define H_RUN_ATTR
#endif

/* ---------------------------------------------------------------- value helpers */

static inline float h_f32(uint64_t slot) {
  uint32_t b = (uint32_t)slot;
  float f;
  memcpy(&f, &b, 4);
  return f;
}
static inline double h_f64(uint64_t slot) {
  double d;
  memcpy(&d, &slot, 8);
  return d;
}
static inline uint32_t h_f32_bits(float f) {
  uint32_t b;
  memcpy(&b, &f, 4);
  return b;
}
static inline uint64_t h_f64_bits(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return b;
}
static inline float h_f32_of(uint32_t b) { return h_f32(b); }
static inline double h_f64_of(uint64_t b) { return h_f64(b); }

static inline uint32_t h_clz32(uint32_t a) { return a ? (uint32_t)__builtin_clz(a) : 32u; }
static inline uint32_t h_ctz32(uint32_t a) { return a ? (uint32_t)__builtin_ctz(a) : 32u; }
static inline uint64_t h_clz64(uint64_t a) { return a ? (uint64_t)__builtin_clzll(a) : 64u; }
static inline uint64_t h_ctz64(uint64_t a) { return a ? (uint64_t)__builtin_ctzll(a) : 64u; }
static inline uint32_t h_rotl32(uint32_t a, uint32_t b) {
  return (a << (b & 31)) | (a >> ((32 - b) & 31));
}
static inline uint32_t h_rotr32(uint32_t a, uint32_t b) {
  return (a >> (b & 31)) | (a << ((32 - b) & 31));
}
static inline uint64_t h_rotl64(uint64_t a, uint64_t b) {
  return (a << (b & 63)) | (a >> ((64 - b) & 63));
}
static inline uint64_t h_rotr64(uint64_t a, uint64_t b) {
  return (a >> (b & 63)) | (a << ((64 - b) & 63));
}

/* min/max: NaN if either operand is NaN; -0 < +0. For equal operands the bitwise OR (min) / AND
 * (max) of the encodings picks the right zero and is the identity otherwise. */
static inline float h_fmin32(float a, float b) {
  if (a != a || b != b) return a + b;
  if (a == b) return h_f32_of(h_f32_bits(a) | h_f32_bits(b));
  return a < b ? a : b;
}
static inline float h_fmax32(float a, float b) {
  if (a != a || b != b) return a + b;
  if (a == b) return h_f32_of(h_f32_bits(a) & h_f32_bits(b));
  return a > b ? a : b;
}
static inline double h_fmin64(double a, double b) {
  if (a != a || b != b) return a + b;
  if (a == b) return h_f64_of(h_f64_bits(a) | h_f64_bits(b));
  return a < b ? a : b;
}
static inline double h_fmax64(double a, double b) {
  if (a != a || b != b) return a + b;
  if (a == b) return h_f64_of(h_f64_bits(a) & h_f64_bits(b));
  return a > b ? a : b;
}

#define h_round32(a, fn)          \
  ({                              \
    float r_ = (a);               \
    r_ != r_ ? r_ + r_ : fn(r_);  \
  })
#define h_round64(a, fn)          \
  ({                              \
    double r_ = (a);              \
    r_ != r_ ? r_ + r_ : fn(r_);  \
  })

/* Float -> integer truncation. Every f32 is exactly a double, so one helper per target type
 * serves both sources. Trapping form: valid iff lo < x < hi (bounds exact as doubles); returns 0 or
 * the trap. */
static inline unsigned h_trunc_chk(double x, double lo, double hi) {
  if (x != x) return HEARTH_TRAP_INVALID_CONVERSION;
  if (!(x > lo && x < hi)) return HEARTH_TRAP_INT_OVERFLOW;
  return 0;
}
#define H_I32S_LO (-2147483649.0)
#define H_I32S_HI 2147483648.0
#define H_U32_HI 4294967296.0
#define H_I64S_LO (-9223372036854777856.0) /* the double just below -2^63 */
#define H_I64S_HI 9223372036854775808.0
#define H_U64_HI 18446744073709551616.0

static inline uint32_t h_sat_i32s(double x) {
  if (x != x) return 0;
  if (x <= H_I32S_LO) return 0x80000000u;
  if (x >= H_I32S_HI) return 0x7fffffffu;
  return (uint32_t)(int32_t)x;
}
static inline uint32_t h_sat_u32(double x) {
  if (!(x > -1.0)) return 0; /* NaN too */
  if (x >= H_U32_HI) return 0xffffffffu;
  return (uint32_t)x;
}
static inline uint64_t h_sat_i64s(double x) {
  if (x != x) return 0;
  if (x <= H_I64S_LO) return 0x8000000000000000ull;
  if (x >= H_I64S_HI) return 0x7fffffffffffffffull;
  return (uint64_t)(int64_t)x;
}
static inline uint64_t h_sat_u64(double x) {
  if (!(x > -1.0)) return 0;
  if (x >= H_U64_HI) return 0xffffffffffffffffull;
  return (uint64_t)x;
}

/* ---------------------------------------------------------------- typed slot access */

#define GET_I32(i) ((uint32_t)fp[i])
#define GET_I64(i) (fp[i])
#define GET_F32(i) h_f32(fp[i])
#define GET_F64(i) h_f64(fp[i])
#define PUT_I32(d, v) (fp[d] = (uint64_t)(uint32_t)(v))
#define PUT_I64(d, v) (fp[d] = (uint64_t)(v))
#define PUT_F32(d, v) (fp[d] = (uint64_t)h_f32_bits(v))
#define PUT_F64(d, v) (fp[d] = h_f64_bits(v))
/* Raw slot bits (a uint64_t) as the GET_<T> type. */
#define RAW_TO_I32(v) ((uint32_t)(v))
#define RAW_TO_I64(v) ((uint64_t)(v))
#define RAW_TO_F32(v) h_f32(v)
#define RAW_TO_F64(v) h_f64(v)
/* Raw slot representation of a result type (loads write these). */
#define RAW_I32 uint32_t
#define RAW_I64 uint64_t
#define RAW_F32 uint32_t
#define RAW_F64 uint64_t

/* ---------------------------------------------------------------- numeric semantics */
/* Arguments arrive as GET_<T1>/GET_<T2> gives them (i32: uint32_t, i64: uint64_t, f32: float,
 * f64: double); the value is stored with PUT_<RES>. Trapping ops use TRAP() inside a statement
 * expression (GNU C, as computed goto). */

#define SEM_I32_EQZ(a) ((a) == 0)
#define SEM_I32_EQ(a, b) ((a) == (b))
#define SEM_I32_NE(a, b) ((a) != (b))
#define SEM_I32_LT_S(a, b) ((int32_t)(a) < (int32_t)(b))
#define SEM_I32_LT_U(a, b) ((a) < (b))
#define SEM_I32_GT_S(a, b) ((int32_t)(a) > (int32_t)(b))
#define SEM_I32_GT_U(a, b) ((a) > (b))
#define SEM_I32_LE_S(a, b) ((int32_t)(a) <= (int32_t)(b))
#define SEM_I32_LE_U(a, b) ((a) <= (b))
#define SEM_I32_GE_S(a, b) ((int32_t)(a) >= (int32_t)(b))
#define SEM_I32_GE_U(a, b) ((a) >= (b))
#define SEM_I64_EQZ(a) ((a) == 0)
#define SEM_I64_EQ(a, b) ((a) == (b))
#define SEM_I64_NE(a, b) ((a) != (b))
#define SEM_I64_LT_S(a, b) ((int64_t)(a) < (int64_t)(b))
#define SEM_I64_LT_U(a, b) ((a) < (b))
#define SEM_I64_GT_S(a, b) ((int64_t)(a) > (int64_t)(b))
#define SEM_I64_GT_U(a, b) ((a) > (b))
#define SEM_I64_LE_S(a, b) ((int64_t)(a) <= (int64_t)(b))
#define SEM_I64_LE_U(a, b) ((a) <= (b))
#define SEM_I64_GE_S(a, b) ((int64_t)(a) >= (int64_t)(b))
#define SEM_I64_GE_U(a, b) ((a) >= (b))
#define SEM_F32_EQ(a, b) ((a) == (b))
#define SEM_F32_NE(a, b) ((a) != (b))
#define SEM_F32_LT(a, b) ((a) < (b))
#define SEM_F32_GT(a, b) ((a) > (b))
#define SEM_F32_LE(a, b) ((a) <= (b))
#define SEM_F32_GE(a, b) ((a) >= (b))
#define SEM_F64_EQ(a, b) ((a) == (b))
#define SEM_F64_NE(a, b) ((a) != (b))
#define SEM_F64_LT(a, b) ((a) < (b))
#define SEM_F64_GT(a, b) ((a) > (b))
#define SEM_F64_LE(a, b) ((a) <= (b))
#define SEM_F64_GE(a, b) ((a) >= (b))

#define SEM_I32_CLZ(a) h_clz32(a)
#define SEM_I32_CTZ(a) h_ctz32(a)
#define SEM_I32_POPCNT(a) ((uint32_t)__builtin_popcount(a))
#define SEM_I32_ADD(a, b) ((a) + (b))
#define SEM_I32_SUB(a, b) ((a) - (b))
#define SEM_I32_MUL(a, b) ((a) * (b))
#define SEM_I32_DIV_S(a, b)                                                              \
  ({                                                                                     \
    uint32_t x_ = (a), y_ = (b);                                                         \
    if (H_UNLIKELY(y_ == 0)) TRAP(HEARTH_TRAP_INT_DIV_ZERO);                             \
    if (H_UNLIKELY(x_ == 0x80000000u && y_ == 0xffffffffu)) TRAP(HEARTH_TRAP_INT_OVERFLOW); \
    (uint32_t)((int32_t)x_ / (int32_t)y_);                                               \
  })
#define SEM_I32_DIV_U(a, b)                                  \
  ({                                                         \
    uint32_t x_ = (a), y_ = (b);                             \
    if (H_UNLIKELY(y_ == 0)) TRAP(HEARTH_TRAP_INT_DIV_ZERO); \
    x_ / y_;                                                 \
  })
#define SEM_I32_REM_S(a, b)                                           \
  ({                                                                  \
    uint32_t x_ = (a), y_ = (b);                                      \
    if (H_UNLIKELY(y_ == 0)) TRAP(HEARTH_TRAP_INT_DIV_ZERO);          \
    H_UNLIKELY(y_ == 0xffffffffu) ? 0u : (uint32_t)((int32_t)x_ % (int32_t)y_); \
  })
#define SEM_I32_REM_U(a, b)                                  \
  ({                                                         \
    uint32_t x_ = (a), y_ = (b);                             \
    if (H_UNLIKELY(y_ == 0)) TRAP(HEARTH_TRAP_INT_DIV_ZERO); \
    x_ % y_;                                                 \
  })
#define SEM_I32_AND(a, b) ((a) & (b))
#define SEM_I32_OR(a, b) ((a) | (b))
#define SEM_I32_XOR(a, b) ((a) ^ (b))
#define SEM_I32_SHL(a, b) ((a) << ((b) & 31))
#define SEM_I32_SHR_S(a, b) ((uint32_t)((int32_t)(a) >> ((b) & 31)))
#define SEM_I32_SHR_U(a, b) ((a) >> ((b) & 31))
#define SEM_I32_ROTL(a, b) h_rotl32(a, b)
#define SEM_I32_ROTR(a, b) h_rotr32(a, b)

#define SEM_I64_CLZ(a) h_clz64(a)
#define SEM_I64_CTZ(a) h_ctz64(a)
#define SEM_I64_POPCNT(a) ((uint64_t)__builtin_popcountll(a))
#define SEM_I64_ADD(a, b) ((a) + (b))
#define SEM_I64_SUB(a, b) ((a) - (b))
#define SEM_I64_MUL(a, b) ((a) * (b))
#define SEM_I64_DIV_S(a, b)                                                     \
  ({                                                                            \
    uint64_t x_ = (a), y_ = (b);                                                \
    if (H_UNLIKELY(y_ == 0)) TRAP(HEARTH_TRAP_INT_DIV_ZERO);                    \
    if (H_UNLIKELY(x_ == 0x8000000000000000ull && y_ == 0xffffffffffffffffull)) \
      TRAP(HEARTH_TRAP_INT_OVERFLOW);                                           \
    (uint64_t)((int64_t)x_ / (int64_t)y_);                                      \
  })
#define SEM_I64_DIV_U(a, b)                                  \
  ({                                                         \
    uint64_t x_ = (a), y_ = (b);                             \
    if (H_UNLIKELY(y_ == 0)) TRAP(HEARTH_TRAP_INT_DIV_ZERO); \
    x_ / y_;                                                 \
  })
#define SEM_I64_REM_S(a, b)                                                                 \
  ({                                                                                        \
    uint64_t x_ = (a), y_ = (b);                                                            \
    if (H_UNLIKELY(y_ == 0)) TRAP(HEARTH_TRAP_INT_DIV_ZERO);                                \
    H_UNLIKELY(y_ == 0xffffffffffffffffull) ? 0u : (uint64_t)((int64_t)x_ % (int64_t)y_); \
  })
#define SEM_I64_REM_U(a, b)                                  \
  ({                                                         \
    uint64_t x_ = (a), y_ = (b);                             \
    if (H_UNLIKELY(y_ == 0)) TRAP(HEARTH_TRAP_INT_DIV_ZERO); \
    x_ % y_;                                                 \
  })
#define SEM_I64_AND(a, b) ((a) & (b))
#define SEM_I64_OR(a, b) ((a) | (b))
#define SEM_I64_XOR(a, b) ((a) ^ (b))
#define SEM_I64_SHL(a, b) ((a) << ((b) & 63))
#define SEM_I64_SHR_S(a, b) ((uint64_t)((int64_t)(a) >> ((b) & 63)))
#define SEM_I64_SHR_U(a, b) ((a) >> ((b) & 63))
#define SEM_I64_ROTL(a, b) h_rotl64(a, b)
#define SEM_I64_ROTR(a, b) h_rotr64(a, b)

/* abs/neg/copysign are bit operations (NaN payloads untouched). */
#define SEM_F32_ABS(a) h_f32_of(h_f32_bits(a) & 0x7fffffffu)
#define SEM_F32_NEG(a) h_f32_of(h_f32_bits(a) ^ 0x80000000u)
/* Rounding: libm returns a signaling NaN unchanged; wasm wants it quieted (x + x). */
#define SEM_F32_CEIL(a) h_round32(a, ceilf)
#define SEM_F32_FLOOR(a) h_round32(a, floorf)
#define SEM_F32_TRUNC(a) h_round32(a, truncf)
#define SEM_F32_NEAREST(a) h_round32(a, rintf) /* ties to even: the rounding mode never changes */
#define SEM_F32_SQRT(a) sqrtf(a)
#define SEM_F32_ADD(a, b) ((a) + (b))
#define SEM_F32_SUB(a, b) ((a) - (b))
#define SEM_F32_MUL(a, b) ((a) * (b))
#define SEM_F32_DIV(a, b) ((a) / (b))
#define SEM_F32_MIN(a, b) h_fmin32(a, b)
#define SEM_F32_MAX(a, b) h_fmax32(a, b)
#define SEM_F32_COPYSIGN(a, b) \
  h_f32_of((h_f32_bits(a) & 0x7fffffffu) | (h_f32_bits(b) & 0x80000000u))
#define SEM_F64_ABS(a) h_f64_of(h_f64_bits(a) & 0x7fffffffffffffffull)
#define SEM_F64_NEG(a) h_f64_of(h_f64_bits(a) ^ 0x8000000000000000ull)
#define SEM_F64_CEIL(a) h_round64(a, ceil)
#define SEM_F64_FLOOR(a) h_round64(a, floor)
#define SEM_F64_TRUNC(a) h_round64(a, trunc)
#define SEM_F64_NEAREST(a) h_round64(a, rint)
#define SEM_F64_SQRT(a) sqrt(a)
#define SEM_F64_ADD(a, b) ((a) + (b))
#define SEM_F64_SUB(a, b) ((a) - (b))
#define SEM_F64_MUL(a, b) ((a) * (b))
#define SEM_F64_DIV(a, b) ((a) / (b))
#define SEM_F64_MIN(a, b) h_fmin64(a, b)
#define SEM_F64_MAX(a, b) h_fmax64(a, b)
#define SEM_F64_COPYSIGN(a, b) \
  h_f64_of((h_f64_bits(a) & 0x7fffffffffffffffull) | (h_f64_bits(b) & 0x8000000000000000ull))

/* Trapping truncation: x is the source as a double (exact for f32). */
#define H_TRUNC(a, lo, hi, ity, uty)                   \
  ({                                                   \
    double x_ = (a);                                   \
    unsigned t_ = h_trunc_chk(x_, lo, hi);             \
    if (H_UNLIKELY(t_)) TRAP(t_);                      \
    (uty)(ity)x_;                                      \
  })
#define SEM_I32_WRAP_I64(a) ((uint32_t)(a))
#define SEM_I32_TRUNC_F32_S(a) H_TRUNC(a, H_I32S_LO, H_I32S_HI, int32_t, uint32_t)
#define SEM_I32_TRUNC_F32_U(a) H_TRUNC(a, -1.0, H_U32_HI, uint32_t, uint32_t)
#define SEM_I32_TRUNC_F64_S(a) H_TRUNC(a, H_I32S_LO, H_I32S_HI, int32_t, uint32_t)
#define SEM_I32_TRUNC_F64_U(a) H_TRUNC(a, -1.0, H_U32_HI, uint32_t, uint32_t)
#define SEM_I64_EXTEND_I32_S(a) ((uint64_t)(int64_t)(int32_t)(a))
#define SEM_I64_EXTEND_I32_U(a) ((uint64_t)(a))
#define SEM_I64_TRUNC_F32_S(a) H_TRUNC(a, H_I64S_LO, H_I64S_HI, int64_t, uint64_t)
#define SEM_I64_TRUNC_F32_U(a) H_TRUNC(a, -1.0, H_U64_HI, uint64_t, uint64_t)
#define SEM_I64_TRUNC_F64_S(a) H_TRUNC(a, H_I64S_LO, H_I64S_HI, int64_t, uint64_t)
#define SEM_I64_TRUNC_F64_U(a) H_TRUNC(a, -1.0, H_U64_HI, uint64_t, uint64_t)
/* int -> float: C conversions round to nearest even (one rounding, u64 included). */
#define SEM_F32_CONVERT_I32_S(a) ((float)(int32_t)(a))
#define SEM_F32_CONVERT_I32_U(a) ((float)(uint32_t)(a))
#define SEM_F32_CONVERT_I64_S(a) ((float)(int64_t)(a))
#define SEM_F32_CONVERT_I64_U(a) ((float)(uint64_t)(a))
#define SEM_F32_DEMOTE_F64(a) ((float)(a))
#define SEM_F64_CONVERT_I32_S(a) ((double)(int32_t)(a))
#define SEM_F64_CONVERT_I32_U(a) ((double)(uint32_t)(a))
#define SEM_F64_CONVERT_I64_S(a) ((double)(int64_t)(a))
#define SEM_F64_CONVERT_I64_U(a) ((double)(uint64_t)(a))
#define SEM_F64_PROMOTE_F32(a) ((double)(a))
#define SEM_I32_REINTERPRET_F32(a) h_f32_bits(a)
#define SEM_I64_REINTERPRET_F64(a) h_f64_bits(a)
#define SEM_F32_REINTERPRET_I32(a) h_f32_of(a)
#define SEM_F64_REINTERPRET_I64(a) h_f64_of(a)
#define SEM_I32_EXTEND8_S(a) ((uint32_t)(int32_t)(int8_t)(a))
#define SEM_I32_EXTEND16_S(a) ((uint32_t)(int32_t)(int16_t)(a))
#define SEM_I64_EXTEND8_S(a) ((uint64_t)(int64_t)(int8_t)(a))
#define SEM_I64_EXTEND16_S(a) ((uint64_t)(int64_t)(int16_t)(a))
#define SEM_I64_EXTEND32_S(a) ((uint64_t)(int64_t)(int32_t)(a))
#define SEM_I32_TRUNC_SAT_F32_S(a) h_sat_i32s(a)
#define SEM_I32_TRUNC_SAT_F32_U(a) h_sat_u32(a)
#define SEM_I32_TRUNC_SAT_F64_S(a) h_sat_i32s(a)
#define SEM_I32_TRUNC_SAT_F64_U(a) h_sat_u32(a)
#define SEM_I64_TRUNC_SAT_F32_S(a) h_sat_i64s(a)
#define SEM_I64_TRUNC_SAT_F32_U(a) h_sat_u64(a)
#define SEM_I64_TRUNC_SAT_F64_S(a) h_sat_i64s(a)
#define SEM_I64_TRUNC_SAT_F64_U(a) h_sat_u64(a)

/* ---------------------------------------------------------------- memory access types */
/* The C type of each load/store access; its size must be 1 << IMM. Loads convert it to the raw
 * slot type of the result (sign or zero extension), stores truncate the slot to it. */
#define MEMTY_I32_LOAD uint32_t
#define MEMTY_I64_LOAD uint64_t
#define MEMTY_F32_LOAD uint32_t
#define MEMTY_F64_LOAD uint64_t
#define MEMTY_I32_LOAD8_S int8_t
#define MEMTY_I32_LOAD8_U uint8_t
#define MEMTY_I32_LOAD16_S int16_t
#define MEMTY_I32_LOAD16_U uint16_t
#define MEMTY_I64_LOAD8_S int8_t
#define MEMTY_I64_LOAD8_U uint8_t
#define MEMTY_I64_LOAD16_S int16_t
#define MEMTY_I64_LOAD16_U uint16_t
#define MEMTY_I64_LOAD32_S int32_t
#define MEMTY_I64_LOAD32_U uint32_t
#define MEMTY_I32_STORE uint32_t
#define MEMTY_I64_STORE uint64_t
#define MEMTY_F32_STORE uint32_t
#define MEMTY_F64_STORE uint64_t
#define MEMTY_I32_STORE8 uint8_t
#define MEMTY_I32_STORE16 uint16_t
#define MEMTY_I64_STORE8 uint8_t
#define MEMTY_I64_STORE16 uint16_t
#define MEMTY_I64_STORE32 uint32_t

/* ---------------------------------------------------------------- op profiling (debug) */

#if H_PROFILE_OPS
#include <stdio.h>
#include <stdlib.h>
/* Counts of executed ops, op pairs and (hashed) op triples, printed at exit when HEARTH_PROFILE_OPS
 * is set. Process-global and unsynchronised: a debugging aid for single-threaded runs. */
#define H_PROF_TRI 65536u
_Static_assert(H_OP_COUNT <= 1024, "triple keys pack three 10-bit op numbers");
static const char *const g_opname[H_OP_COUNT] = {
#define H_OP_ENTRY(id) #id,
    H_OPS_ALL
#undef H_OP_ENTRY
};
static uint64_t g_prof1[H_OP_COUNT], g_prof2[H_OP_COUNT * H_OP_COUNT];
static struct { uint32_t key; uint64_t n; } g_prof3[H_PROF_TRI];
static unsigned g_prev1 = H_OP_COUNT, g_prev2 = H_OP_COUNT;
static uint16_t *g_wmap; /* computed goto: (address - g_wmin) -> op */
static uint64_t g_wmin;
static uint64_t g_wspan;
static unsigned h_prof_op(uint64_t w);

static void h_prof_hit(uint64_t w) {
  unsigned op = h_prof_op(w);
  g_prof1[op]++;
  if (g_prev1 < H_OP_COUNT) {
    g_prof2[g_prev1 * H_OP_COUNT + op]++;
    if (g_prev2 < H_OP_COUNT) {
      uint32_t key = ((uint32_t)g_prev2 << 20) | ((uint32_t)g_prev1 << 10) | op;
      uint32_t h = (key * 2654435761u) >> 16;
      for (uint32_t k = 0; k < H_PROF_TRI; k++, h = (h + 1) & (H_PROF_TRI - 1)) {
        if (g_prof3[h].n == 0) g_prof3[h].key = key;
        if (g_prof3[h].key == key) {
          g_prof3[h].n++;
          break;
        }
      }
    }
  }
  g_prev2 = g_prev1;
  g_prev1 = op;
}

static int h_prof_cmp(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? 1 : x > y ? -1 : 0;
}

/* Prints the top entries of counts[0..n) (each as count, index pairs sorted descending). */
static void h_prof_top(const char *title, const uint64_t *counts, size_t n, uint64_t total,
                       unsigned top, int kind) {
  uint64_t(*rows)[2] = malloc(n * sizeof *rows);
  if (!rows) return;
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (counts[i]) rows[m][0] = counts[i], rows[m][1] = i, m++;
  qsort(rows, m, sizeof *rows, h_prof_cmp);
  fprintf(stderr, "-- %s\n", title);
  for (size_t i = 0; i < m && i < top; i++) {
    uint64_t k = rows[i][1];
    fprintf(stderr, "%12llu %6.2f%%  ", (unsigned long long)rows[i][0],
            total ? 100.0 * (double)rows[i][0] / (double)total : 0.0);
    if (kind == 1) {
      fprintf(stderr, "%s\n", g_opname[k]);
    } else if (kind == 2) {
      fprintf(stderr, "%s ; %s\n", g_opname[k / H_OP_COUNT], g_opname[k % H_OP_COUNT]);
    } else {
      uint32_t key = g_prof3[k].key;
      fprintf(stderr, "%s ; %s ; %s\n", g_opname[key >> 20], g_opname[(key >> 10) & 1023],
              g_opname[key & 1023]);
    }
  }
  free(rows);
}

static void h_prof_report(void) {
  if (!getenv("HEARTH_PROFILE_OPS")) return;
  uint64_t total = 0;
  for (unsigned i = 0; i < H_OP_COUNT; i++) total += g_prof1[i];
  fprintf(stderr, "-- hearth op profile: %llu ops executed\n", (unsigned long long)total);
  h_prof_top("ops", g_prof1, H_OP_COUNT, total, 60, 1);
  h_prof_top("pairs", g_prof2, (size_t)H_OP_COUNT * H_OP_COUNT, total, 60, 2);
  uint64_t *tri = malloc(H_PROF_TRI * sizeof *tri);
  if (!tri) return;
  for (unsigned i = 0; i < H_PROF_TRI; i++) tri[i] = g_prof3[i].n;
  h_prof_top("triples", tri, H_PROF_TRI, total, 40, 3);
  free(tri);
}
#define PROFILE_HIT() h_prof_hit(h_code_opword(ip))
#else
#define PROFILE_HIT() ((void)0)
#endif

/* ---------------------------------------------------------------- guard pages */

/* With H_GUARD_PAGES, loads and stores are not bounds-checked: an access past the memory's size
 * lands in the PROT_NONE rest of its reservation and raises SIGSEGV. h_guard_signal recognises such
 * a fault (this thread is running wasm code, not a host function, and the address lies in the
 * reservation of the innermost frame's memory) and siglongjmps to h_run_guarded, which reports the
 * trap. Any other fault goes to the handler that was installed before ours (or the default action),
 * so hearth's handler never hides a crash of the host or of hearth itself.
 * The loop's local state is lost by the jump; what the trap needs is kept in memory: the innermost
 * frame (s->run_frame, stored at every call and return). Fuel that the loop had taken out of
 * s->fuel but not yet spent (at most H_BUDGET_CHUNK units) is not given back after this trap. */
struct h_guard {
  sigjmp_buf jb;
  hearth_store *s;
  struct h_guard *prev; /* the run this one is nested in (host -> wasm -> host -> wasm) */
};
/* Thread-locals that h_guard_signal reads use the initial-exec TLS model: with the default model of
 * a shared library, the first access from a thread may go through __tls_get_addr, which can
 * allocate (not async-signal-safe) when libhearth.so was loaded with dlopen (ctypes, cgo plugins).
 * Initial-exec puts the library's TLS block (the 512-byte error buffer of util.c and these few
 * words) in the static TLS area that glibc keeps for such libraries. */
#if defined(__GNUC__) || defined(__clang__)
#define H_TLS_IE __attribute__((tls_model("initial-exec")))
#else
#define H_TLS_IE
#endif
/* the innermost run on this thread while it runs wasm */
static _Thread_local struct h_guard *t_guard H_TLS_IE;

#if H_GUARD_PAGES
static struct sigaction g_prev_segv;
static pthread_once_t g_guard_once = PTHREAD_ONCE_INIT;

static void h_guard_signal(int sig, siginfo_t *si, void *uctx) {
  struct h_guard *g = t_guard;
  if (g) {
    const h_frame *top = g->s->run_frame;
    const hearth_memory *m = top ? top->inst->mem0 : NULL;
    uintptr_t a = (uintptr_t)si->si_addr;
    if (m && a >= (uintptr_t)m->base + m->size && a - (uintptr_t)m->base < m->reserved)
      siglongjmp(g->jb, 1);
    /* The instance's other memories (multiple memories: MEM_SEL points the interpreter at memory
     * x; accesses to a memory other than 0 never run in machine code). */
    uint32_t nm = top && top->inst->module && top->inst->mems ? top->inst->module->nmems : 0;
    for (uint32_t k = 1; k < nm; k++) {
      m = top->inst->mems[k];
      if (m && a >= (uintptr_t)m->base + m->size && a - (uintptr_t)m->base < m->reserved)
        siglongjmp(g->jb, 1);
    }
  }
  /* Not ours: behave as if we were never installed. */
  if (g_prev_segv.sa_flags & SA_SIGINFO) {
    g_prev_segv.sa_sigaction(sig, si, uctx);
  } else if (g_prev_segv.sa_handler != SIG_DFL && g_prev_segv.sa_handler != SIG_IGN) {
    g_prev_segv.sa_handler(sig);
  } else {
    /* Returning re-executes the faulting instruction, which now gets the default action. */
    signal(sig, SIG_DFL);
  }
}

static void h_guard_install(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = h_guard_signal;
  sigemptyset(&sa.sa_mask);
  /* SA_NODEFER: the handler leaves by siglongjmp without restoring the signal mask (sigsetjmp with
   * savesigs 0 saves no mask, to keep a syscall off every call), so SIGSEGV must not be blocked. */
  sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
  sigaction(SIGSEGV, &sa, &g_prev_segv);
}
#endif

static hearth_status h_run(hearth_store *s, h_frame *entry);
#if H_GUARD_PAGES
static hearth_status h_run_checked(hearth_store *s, h_frame *entry);
#endif
static void h_fill_backtrace(hearth_store *s, const h_frame *top);

/* Runs h_run under this thread's guard. The sigsetjmp lives here, not in h_run, so that the
 * compiler keeps h_run's hot state in registers. */
static hearth_status h_run_guarded(hearth_store *s, h_frame *entry) {
  if (!H_GUARD_PAGES) return h_run(s, entry);
#if H_GUARD_PAGES
  /* The engine's modules were compiled to h_run_checked's handlers (compile.c). */
  if (s->engine->cfg.no_signal_handler) return h_run_checked(s, entry);
#endif
  struct h_guard g;
  g.s = s;
  g.prev = t_guard;
  s->run_frame = entry;
  t_guard = &g;
  hearth_status st;
  if (sigsetjmp(g.jb, 0) == 0) {
    st = h_run(s, entry);
  } else {
    s->trap = HEARTH_TRAP_OOB_MEMORY;
    /* Optimized code may have reordered a store and its dirty-map mark around the faulting
     * access (LLVM assumes loads do not fault): the next reset must not trust the map. */
    const h_frame *rf = s->run_frame;
    if (rf && h_cfunc_opt(rf->fn) && rf->inst->mem0 && rf->inst->mem0->snapshot)
      rf->inst->mem0->untracked = true;
    h_fill_backtrace(s, s->run_frame);
    st = HEARTH_ERR_TRAP;
  }
  t_guard = g.prev;
  return st;
}

/* ---------------------------------------------------------------- native stack budget */

/* Wasm -> wasm calls never touch the native stack, but host -> wasm -> host -> wasm re-entry does
 * (about 1.3 KB per level), and max_call_depth alone does not keep that inside the thread's stack.
 * Every entry into guest code (h_interp_call) and every call from guest code to the host
 * (L_host_call) compares the stack pointer with this thread's stack floor: the lowest address of
 * its stack plus H_NATIVE_STACK_MARGIN (config.h; a quarter of the stack when that is smaller).
 * Below it, the call traps "call stack exhausted". The floor is measured once per thread with
 * pthread_getattr_np (main thread: RLIMIT_STACK below the top of the stack); where it cannot be
 * measured, or while running on another stack (a coroutine's), nothing is checked. */
static _Thread_local uintptr_t t_stack_lo H_TLS_IE;    /* 0: not measured yet */
static _Thread_local uintptr_t t_stack_floor H_TLS_IE; /* trap below this, above t_stack_lo */

static H_NOINLINE void h_stack_measure(void) {
  uintptr_t lo = 1, floor = 1; /* unknown: sp - lo < floor - lo never holds */
  pthread_attr_t a;
  if (pthread_getattr_np(pthread_self(), &a) == 0) {
    void *addr;
    size_t size;
    if (pthread_attr_getstack(&a, &addr, &size) == 0 && addr && size) {
      size_t margin = H_NATIVE_STACK_MARGIN;
      if (margin > size / 4) margin = size / 4;
      lo = (uintptr_t)addr;
      floor = lo + margin;
    }
    pthread_attr_destroy(&a);
  }
  t_stack_floor = floor;
  t_stack_lo = lo;
}

/* True when less than the margin is left on this thread's stack (not inlined: the frame address
 * must not cost the interpreter loop its frame-pointer register). */
static H_NOINLINE bool h_stack_low(void) {
  if (H_UNLIKELY(!t_stack_lo)) h_stack_measure();
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
  return sp - t_stack_lo < t_stack_floor - t_stack_lo;
}

/* ---------------------------------------------------------------- dispatch tables */

#if H_COMPUTED_GOTO
static uint64_t g_opword[H_OP_COUNT];
static pthread_once_t g_init_once = PTHREAD_ONCE_INIT;
#if H_GUARD_PAGES
static uint64_t g_opword_checked[H_OP_COUNT]; /* h_run_checked's handlers */
#else
#define g_opword_checked g_opword /* one loop, always checked */
#endif
#endif


#if H_PROFILE_OPS
static void h_prof_report(void);
static unsigned h_prof_op(uint64_t w);
#endif

#if H_COMPUTED_GOTO
static void h_init_once(void) {
  (void)h_run(NULL, NULL);
#if H_GUARD_PAGES
  (void)h_run_checked(NULL, NULL);
#endif
#if H_PROFILE_OPS
  uint64_t lo = UINT64_MAX, hi = 0;
  for (unsigned op = 0; op < H_OP_COUNT; op++) {
    if (g_opword[op] < lo) lo = g_opword[op];
    if (g_opword[op] > hi) hi = g_opword[op];
  }
  g_wmin = lo;
  g_wspan = hi - lo + 1;
  g_wmap = calloc(g_wspan, sizeof *g_wmap);
  if (g_wmap)
    for (unsigned op = H_OP_COUNT; op-- > 0;) g_wmap[g_opword[op] - lo] = (uint16_t)op;
  atexit(h_prof_report);
#endif
}
#endif

#if H_PROFILE_OPS
static unsigned h_prof_op(uint64_t w) {
#if H_COMPUTED_GOTO
  uint64_t k = w - g_wmin;
  return g_wmap && k < g_wspan ? g_wmap[k] : 0;
#else
  return w < H_OP_COUNT ? w : 0;
#endif
}
#endif

void h_interp_init_guard(void) {
#if H_GUARD_PAGES
  pthread_once(&g_guard_once, h_guard_install);
#endif
}

void h_interp_init(void) {
#if H_COMPUTED_GOTO
  pthread_once(&g_init_once, h_init_once);
#elif H_PROFILE_OPS
  static bool registered;
  if (!registered) registered = true, atexit(h_prof_report);
#endif
}

uint64_t h_interp_opword_for(unsigned op, bool checked) {
  assert(op < H_OP_COUNT);
#if H_COMPUTED_GOTO
  h_interp_init();
  return checked ? g_opword_checked[op] : g_opword[op];
#else
  (void)checked;
  return op;
#endif
}

uint64_t h_interp_opword(unsigned op) { return h_interp_opword_for(op, false); }

unsigned h_interp_op_of_word(uint64_t w) {
#if H_COMPUTED_GOTO
  h_interp_init();
  for (unsigned op = 0; op < H_OP_COUNT; op++)
    if (g_opword[op] == w || g_opword_checked[op] == w) return op;
  return H_OP_COUNT;
#else
  return w < H_OP_COUNT ? w : H_OP_COUNT;
#endif
}

/* ---------------------------------------------------------------- slow paths */

/* The budget ran out at a check point (which consumes one unit). Returns the new budget (>= 0), or
 * minus the trap to raise. The one refill of every tier: the loop's check points, jit.c's
 * (h_jit_refill adds tier-up) and optimized code's (opt.c rt_refill). */
H_NOINLINE int64_t h_interp_refill(hearth_store *s) {
  h_opt_sample(s); /* HEARTH_TIER=auto: hot modules go to the optimizing tier */
  unsigned irq = atomic_load_explicit(&s->interrupt, memory_order_relaxed);
  if (irq) return -(int64_t)irq;
  if (s->deadline_ns && h_mono_ns() >= s->deadline_ns) return -(int64_t)HEARTH_TRAP_DEADLINE;
  if (s->fuel == UINT64_MAX) return H_BUDGET_CHUNK - 1;
  if (s->fuel == 0) return -(int64_t)HEARTH_TRAP_FUEL;
  uint64_t take = s->fuel < H_BUDGET_CHUNK ? s->fuel : H_BUDGET_CHUNK;
  s->fuel -= take;
  return (int64_t)take - 1;
}

#if H_JIT
/* h_interp_refill at a check point of frame fr of the compiling copy of h_run, where tier-up
 * happens too. warm: the budget ran out after a whole grant (not the first check point since
 * h_run started or a host call returned, which start with none), so fr's function is running hot:
 * a loop in it took up to H_BUDGET_CHUNK back-edges and calls since the last refill. If its machine code is
 * deferred (config.h H_JIT_CALL_THRESHOLD), it is compiled now, and entered at the loop header a
 * back-edge goes to (CHECK_BUDGET_LOOP) or where a call returns to it. The refill itself is
 * unchanged, so fuel, deadlines and interrupts are exactly as before. */
static H_NOINLINE int64_t h_refill_at(hearth_store *s, const h_frame *fr, bool warm) {
  int64_t r = h_interp_refill(s);
  if (warm && r >= 0) h_jit_hot(s, fr);
  return r;
}
#define REFILL() (H_RUN_CHECKED ? h_interp_refill(s) : h_refill_at(s, fr, warm))
#else
#define REFILL() h_interp_refill(s)
#endif

/* ENTER_WASM's slow path: compiles f on its first call. NULL (a HEARTH_TRAP_HOST trap, flagged in
 * s->compile_failed) only when memory runs out. */
static H_NOINLINE const h_word *h_lazy_enter(hearth_store *s, hearth_module *m, const h_cfunc *f) {
  const h_word *w = h_compile_lazy(m, f);
  if (!w) s->compile_failed = true;
  return w;
}

/* Backtrace of the frames s->frames[0 .. top], innermost first. */
static H_NOINLINE void h_fill_backtrace(hearth_store *s, const h_frame *top) {
  uint32_t n = 0;
  const uint32_t cap = (uint32_t)(sizeof s->backtrace / sizeof s->backtrace[0]);
  for (size_t i = (size_t)(top - s->frames) + 1; i-- > 0 && n < cap;) {
    const h_frame *q = &s->frames[i];
    const hearth_module *m = q->inst->module;
    uint32_t fi = (uint32_t)(q->fn - m->code) + m->nimported_funcs;
    s->backtrace[n++] = h_rt_func_name(q->inst, fi);
  }
  s->nbacktrace = n;
}

/* ---------------------------------------------------------------- the loop */

#define TRAP(code)          \
  do {                      \
    trapc = (unsigned)(code); \
    goto L_trap;            \
  } while (0)

#if H_COMPUTED_GOTO
#define OP(name) L_##name:
#define DISPATCH()                                  \
  do {                                              \
    PROFILE_HIT();                                  \
    goto *(const void *)(uintptr_t)h_code_opword(ip); \
  } while (0)
#define VM_BEGIN
#define VM_END
#else
#define OP(name) case H_OP_##name:
#define DISPATCH()  \
  do {                \
    PROFILE_HIT();    \
    goto L_dispatch;  \
  } while (0)
#define VM_BEGIN \
  L_dispatch:    \
  switch (ip[-1]) {
#define VM_END                          \
  default:                              \
    assert(!"bad internal opcode");     \
    TRAP(HEARTH_TRAP_UNREACHABLE);      \
    }
#endif
/* Ends a handler of n operand words. */
#define NEXT(n)     \
  do {              \
    ip += (n) + 2;  \
    DISPATCH();     \
  } while (0)

#define RELOAD_MEM()                    \
  do {                                  \
    hearth_memory *m_ = inst->mem0;     \
    mem = m_ ? m_->base : NULL;         \
    memsize = m_ ? m_->size : 0;        \
  } while (0)

/* The slow path of a check point: a new budget from REFILL, or its trap. */
#define REFILL_BUDGET()                                 \
  do {                                                  \
    int64_t r_ = REFILL();                              \
    if (H_UNLIKELY(r_ < 0)) TRAP((unsigned)-r_);        \
    budget = r_;                                        \
    warm = true;                                        \
  } while (0)
#define CHECK_BUDGET()                                  \
  do {                                                  \
    if (H_UNLIKELY(--budget < 0)) REFILL_BUDGET();      \
  } while (0)
/* The check point of a branch to TARGET (a loop back-edge, or br_table): after a refill, control
 * goes to TARGET through L_loop_enter, which continues in the function's machine code if it has
 * some for that position (a hot loop's function was just compiled by REFILL: on-stack
 * replacement). The common path is CHECK_BUDGET's. */
#define CHECK_BUDGET_LOOP(TARGET)                       \
  do {                                                  \
    if (H_UNLIKELY(--budget < 0)) {                     \
      REFILL_BUDGET();                                  \
      ip = (TARGET);                                    \
      goto L_loop_enter;                                \
    }                                                   \
  } while (0)

/* Bulk operations (memory.fill/copy/init, table.fill/copy/init) cost budget by size: one unit per
 * H_BULK_BYTES_PER_UNIT bytes, charged per chunk of at most H_BULK_CHUNK bytes before the chunk is
 * done, so that fuel bounds them and a deadline or interrupt stops a long one within a chunk
 * (h_interp_refill runs whenever the budget is spent). A trap leaves the earlier chunks written,
 * as any trap leaves earlier stores: the instance is discarded or reset either way. */
#define BULK_CHARGE(bytes)                                              \
  do {                                                                  \
    budget -= (int64_t)((bytes) / H_BULK_BYTES_PER_UNIT);               \
    while (H_UNLIKELY(budget < 0)) {                                    \
      int64_t r_ = h_interp_refill(s);                                  \
      if (H_UNLIKELY(r_ < 0)) TRAP((unsigned)-r_);                      \
      budget += r_ + 1;                                                 \
    }                                                                   \
  } while (0)

/* Instructions run by the interpreter's handlers and by the compiling tier's helpers alike
 * (h_jit_xhelpers): one body each, reading fp, ip, s, inst, mem and budget, trapping with TRAP. */
#define XOP_MEMORY_SIZE()                                                       \
  do {                                                                          \
    fp[ip[1]] = inst->mem0->size / H_PAGE_SIZE;                                 \
  } while (0)

#define XOP_MEMORY_GROW()                                                       \
  do {                                                                          \
    int64_t r = h_mem_grow(inst->mem0, (uint32_t)fp[ip[2]]);                    \
    fp[ip[1]] = (uint32_t)(int32_t)r;                                           \
    RELOAD_MEM();                                                               \
  } while (0)

#define XOP_MEMORY_INIT()                                                                      \
  do {                                                                                         \
    uint32_t x = ip[1];                                                                        \
    uint64_t d = (uint32_t)fp[ip[2]], sidx = (uint32_t)fp[ip[3]], n = (uint32_t)fp[ip[4]];     \
    uint64_t len = inst->data_dropped[x] ? 0 : inst->module->datas[x].len;                     \
    if (H_UNLIKELY(sidx + n > len || d + n > inst->mem0->size)) TRAP(HEARTH_TRAP_OOB_MEMORY);  \
    h_mem_mark(inst->mem0, d, n);                                                              \
    for (uint64_t k = 0; k < n;) {                                                             \
      uint64_t c = n - k < H_BULK_CHUNK ? n - k : H_BULK_CHUNK;                                \
      BULK_CHARGE(c);                                                                          \
      memcpy(mem + d + k, inst->module->datas[x].bytes + sidx + k, (size_t)c);                 \
      k += c;                                                                                  \
    }                                                                                          \
  } while (0)

#define XOP_DATA_DROP()                                                         \
  do {                                                                          \
    inst->data_dropped[ip[1]] = true;                                           \
  } while (0)

#define XOP_MEMORY_COPY()                                                                             \
  do {                                                                                                \
    uint64_t d = (uint32_t)fp[ip[1]], sidx = (uint32_t)fp[ip[2]], n = (uint32_t)fp[ip[3]];            \
    uint64_t size = inst->mem0->size;                                                                 \
    if (H_UNLIKELY(sidx + n > size || d + n > size)) TRAP(HEARTH_TRAP_OOB_MEMORY);                    \
    h_mem_mark(inst->mem0, d, n);                                                                     \
    if (n <= H_BULK_CHUNK) {                                                                          \
      BULK_CHARGE(n);                                                                                 \
      if (n) memmove(mem + d, mem + sidx, (size_t)n);                                                 \
    } else if (d <= sidx) { /* front to back: a chunk never overwrites source bytes still to copy */  \
      for (uint64_t k = 0; k < n;) {                                                                  \
        uint64_t c = n - k < H_BULK_CHUNK ? n - k : H_BULK_CHUNK;                                     \
        BULK_CHARGE(c);                                                                               \
        memmove(mem + d + k, mem + sidx + k, (size_t)c);                                              \
        k += c;                                                                                       \
      }                                                                                               \
    } else { /* back to front */                                                                      \
      for (uint64_t k = n; k > 0;) {                                                                  \
        uint64_t c = k < H_BULK_CHUNK ? k : H_BULK_CHUNK;                                             \
        BULK_CHARGE(c);                                                                               \
        k -= c;                                                                                       \
        memmove(mem + d + k, mem + sidx + k, (size_t)c);                                              \
      }                                                                                               \
    }                                                                                                 \
  } while (0)

#define XOP_MEMORY_FILL()                                                       \
  do {                                                                          \
    uint64_t d = (uint32_t)fp[ip[1]], n = (uint32_t)fp[ip[3]];                  \
    if (H_UNLIKELY(d + n > inst->mem0->size)) TRAP(HEARTH_TRAP_OOB_MEMORY);     \
    h_mem_mark(inst->mem0, d, n);                                               \
    for (uint64_t k = 0; k < n;) {                                              \
      uint64_t c = n - k < H_BULK_CHUNK ? n - k : H_BULK_CHUNK;                 \
      BULK_CHARGE(c);                                                           \
      memset(mem + d + k, (int)(uint8_t)fp[ip[2]], (size_t)c);                  \
      k += c;                                                                   \
    }                                                                           \
  } while (0)

#define XOP_TABLE_GET()                                                         \
  do {                                                                          \
    const hearth_table *t = inst->tables[ip[2]];                                \
    uint32_t i = (uint32_t)fp[ip[3]];                                           \
    if (H_UNLIKELY(i >= t->size)) TRAP(HEARTH_TRAP_OOB_TABLE);                  \
    fp[ip[1]] = t->elems[i];                                                    \
  } while (0)

#define XOP_TABLE_SET()                                                         \
  do {                                                                          \
    hearth_table *t = inst->tables[ip[1]];                                      \
    uint32_t i = (uint32_t)fp[ip[2]];                                           \
    if (H_UNLIKELY(i >= t->size)) TRAP(HEARTH_TRAP_OOB_TABLE);                  \
    t->elems[i] = fp[ip[3]];                                                    \
    t->dirty = true;                                                            \
  } while (0)

#define XOP_TABLE_SIZE()                                                        \
  do {                                                                          \
    fp[ip[1]] = inst->tables[ip[2]]->size;                                      \
  } while (0)

#define XOP_TABLE_GROW()                                                               \
  do {                                                                                 \
    int64_t r = h_rt_table_grow(inst->tables[ip[2]], (uint32_t)fp[ip[4]], fp[ip[3]]);  \
    fp[ip[1]] = (uint32_t)(int32_t)r;                                                  \
  } while (0)

#define XOP_TABLE_FILL()                                                        \
  do {                                                                          \
    hearth_table *t = inst->tables[ip[1]];                                      \
    uint64_t i = (uint32_t)fp[ip[2]], v = fp[ip[3]], n = (uint32_t)fp[ip[4]];   \
    if (H_UNLIKELY(i + n > t->size)) TRAP(HEARTH_TRAP_OOB_TABLE);               \
    BULK_CHARGE(n * sizeof(uint64_t));                                          \
    t->dirty = true;                                                            \
    for (uint64_t k = 0; k < n; k++) t->elems[i + k] = v;                       \
  } while (0)

#define XOP_TABLE_COPY()                                                                    \
  do {                                                                                      \
    hearth_table *dt = inst->tables[ip[1]];                                                 \
    const hearth_table *st = inst->tables[ip[2]];                                           \
    uint64_t d = (uint32_t)fp[ip[3]], sidx = (uint32_t)fp[ip[4]], n = (uint32_t)fp[ip[5]];  \
    if (H_UNLIKELY(sidx + n > st->size || d + n > dt->size)) TRAP(HEARTH_TRAP_OOB_TABLE);   \
    BULK_CHARGE(n * sizeof(uint64_t));                                                      \
    dt->dirty = true;                                                                       \
    if (n) memmove(dt->elems + d, st->elems + sidx, (size_t)n * sizeof(uint64_t));          \
  } while (0)

#define XOP_TABLE_INIT()                                                                           \
  do {                                                                                             \
    hearth_table *t = inst->tables[ip[1]];                                                         \
    uint32_t e = ip[2];                                                                            \
    uint64_t d = (uint32_t)fp[ip[3]], sidx = (uint32_t)fp[ip[4]], n = (uint32_t)fp[ip[5]];         \
    if (H_UNLIKELY(sidx + n > inst->elem_len[e] || d + n > t->size)) TRAP(HEARTH_TRAP_OOB_TABLE);  \
    BULK_CHARGE(n * sizeof(uint64_t));                                                             \
    t->dirty = true;                                                                               \
    if (n) memcpy(t->elems + d, inst->elem_items[e] + sidx, (size_t)n * sizeof(uint64_t));         \
  } while (0)

#define XOP_ELEM_DROP()                                                         \
  do {                                                                          \
    inst->elem_len[ip[1]] = 0;                                                  \
  } while (0)

#define XOP_REF_FUNC()                                                          \
  do {                                                                          \
    fp[ip[1]] = (uint64_t)(uintptr_t)inst->funcs[ip[2]];                        \
  } while (0)

#define XOP_GLOBAL_GET128()                                                     \
  do {                                                                          \
    const hearth_global *g = inst->globals[ip[2]];                              \
    fp[ip[1]] = g->v[0];                                                        \
    fp[ip[1] + 1] = g->v[1];                                                    \
  } while (0)

#define XOP_GLOBAL_SET128()                                                     \
  do {                                                                          \
    hearth_global *g = inst->globals[ip[1]];                                    \
    g->v[0] = fp[ip[2]];                                                        \
    g->v[1] = fp[ip[2] + 1];                                                    \
  } while (0)

/* Garbage collection (3.0): gcops.c does the work, out of line, so that other handlers are
 * unchanged; the same bodies run in the handlers and, for machine code, in h_jit_xhelpers (the
 * write barrier and the traps are gcops.c's either way). An allocating instruction publishes its
 * frame and ip (s->gc_fr, s->gc_ip: gc.h h_gcmap, the collector's stack maps) and passes GC_HI,
 * the end of the live stack an allocation may scan; gc_fr is cleared when it returns. `fr` is the
 * running frame: the interpreter's, or s->run_frame in a helper (machine code keeps it current and
 * every slot in the frame before a helper: jit.c rc_sync). */
#define GC_HI (s->gc_fr = fr, s->gc_ip = ip, fp + fr->fn->frame_slots)
#define XOP_GC(call)                       \
  do {                                     \
    unsigned t_ = (call);                  \
    s->gc_fr = NULL;                       \
    if (H_UNLIKELY(t_)) TRAP(t_);          \
  } while (0)
#define XOP_STRUCT_NEW() XOP_GC(h_gcop_struct_new(inst, fp, ip, GC_HI, false))
#define XOP_STRUCT_NEW_DEFAULT() XOP_GC(h_gcop_struct_new(inst, fp, ip, GC_HI, true))
#define XOP_STRUCT_GET() XOP_GC(h_gcop_struct_get(inst, fp, ip))
#define XOP_STRUCT_SET() XOP_GC(h_gcop_struct_set(inst, fp, ip))
#define XOP_ARRAY_NEW() XOP_GC(h_gcop_array_new(inst, fp, ip, GC_HI, H_OP_ARRAY_NEW))
#define XOP_ARRAY_NEW_DEFAULT() XOP_GC(h_gcop_array_new(inst, fp, ip, GC_HI, H_OP_ARRAY_NEW_DEFAULT))
#define XOP_ARRAY_NEW_FIXED() XOP_GC(h_gcop_array_new(inst, fp, ip, GC_HI, H_OP_ARRAY_NEW_FIXED))
#define XOP_ARRAY_NEW_DATA() XOP_GC(h_gcop_array_new_data(inst, fp, ip, GC_HI))
#define XOP_ARRAY_NEW_ELEM() XOP_GC(h_gcop_array_new_elem(inst, fp, ip, GC_HI))
#define XOP_ARRAY_GET() XOP_GC(h_gcop_array_get(inst, fp, ip))
#define XOP_ARRAY_SET() XOP_GC(h_gcop_array_set(inst, fp, ip))
#define XOP_ARRAY_LEN() XOP_GC(h_gcop_array_len(inst, fp, ip))
#define XOP_ARRAY_FILL() XOP_GC(h_gcop_array_fill(inst, fp, ip))
#define XOP_ARRAY_COPY() XOP_GC(h_gcop_array_copy(inst, fp, ip))
#define XOP_ARRAY_INIT_DATA() XOP_GC(h_gcop_array_init(inst, fp, ip, false))
#define XOP_ARRAY_INIT_ELEM() XOP_GC(h_gcop_array_init(inst, fp, ip, true))
#define XOP_ANY_CONVERT_EXTERN() XOP_GC(h_gcop_any_convert_extern(inst, fp, ip, GC_HI))
#define XOP_EXTERN_CONVERT_ANY() XOP_GC(h_gcop_extern_convert_any(inst, fp, ip, GC_HI))
#define XOP_REF_I31()                                                           \
  do {                                                                          \
    fp[ip[1]] = h_gc_i31((uint32_t)fp[ip[2]]);                                  \
  } while (0)
#define XOP_I31_GET()                                                           \
  do {                                                                          \
    uint64_t r_ = fp[ip[2]];                                                    \
    if (H_UNLIKELY(!r_)) TRAP(HEARTH_TRAP_NULL_I31_REF);                        \
    fp[ip[1]] = h_gc_i31_get(r_, ip[3] != 0);                                   \
  } while (0)
#define XOP_REF_TEST()                                                          \
  do {                                                                          \
    fp[ip[1]] = h_gcop_test(inst, fp[ip[2]], ip[3], ip[4] != 0);                \
  } while (0)
#define XOP_REF_CAST()                                                          \
  do {                                                                          \
    uint64_t r_ = fp[ip[2]];                                                    \
    if (H_UNLIKELY(!h_gcop_test(inst, r_, ip[3], ip[4] != 0)))                  \
      TRAP(HEARTH_TRAP_CAST_FAILURE);                                           \
    fp[ip[1]] = r_;                                                             \
  } while (0)
/* The GC instructions with their word counts (interpreter handlers, helpers for machine code). */
#define H_GC_XOPS(X)                                                                         \
  X(STRUCT_NEW, 3) X(STRUCT_NEW_DEFAULT, 2) X(STRUCT_GET, 4) X(STRUCT_SET, 4)               \
  X(ARRAY_NEW, 4) X(ARRAY_NEW_DEFAULT, 3) X(ARRAY_NEW_FIXED, 4) X(ARRAY_NEW_DATA, 5)        \
  X(ARRAY_NEW_ELEM, 5) X(ARRAY_GET, 4) X(ARRAY_SET, 4) X(ARRAY_LEN, 2) X(ARRAY_FILL, 5)    \
  X(ARRAY_COPY, 6) X(ARRAY_INIT_DATA, 6) X(ARRAY_INIT_ELEM, 6) X(REF_I31, 2) X(I31_GET, 3) \
  X(REF_TEST, 4) X(REF_CAST, 4) X(ANY_CONVERT_EXTERN, 2) X(EXTERN_CONVERT_ANY, 2)

/* Unused budget goes back to the fuel (when metered) before the loop leaves or calls the host. */
#define GIVE_BACK_BUDGET()                                       \
  do {                                                           \
    if (budget > 0 && s->fuel != UINT64_MAX) s->fuel += (uint64_t)budget; \
    budget = 0;                                                  \
    warm = false; /* the next refill follows no whole grant */   \
  } while (0)

/* Effective address of a memory access of `size` bytes at u32 value addr + offset. In h_run with
 * guard pages (config.h) it is below 2^33 and lands inside the memory's reservation, whose
 * inaccessible part faults (h_guard_signal turns that into the trap); in the checked loop
 * (h_run_checked, or h_run without guard pages) it is checked here against memsize. */
#define EA_V_0(addr, offset, size) ((uint64_t)(uint32_t)(addr) + (uint64_t)(offset))
#define EA_V_1(addr, offset, size)                                           \
  ({                                                                         \
    uint64_t ea_ = (uint64_t)(uint32_t)(addr) + (uint64_t)(offset);          \
    if (H_UNLIKELY(ea_ + (size) > memsize)) TRAP(HEARTH_TRAP_OOB_MEMORY);    \
    ea_;                                                                     \
  })
/* H_RUN_CHECKED (0 or 1, set before each copy of h_run) picks the form where EA_V is expanded. */
#define EA_V_SEL(c, addr, offset, size) EA_V_##c(addr, offset, size)
#define EA_V_SEL_(c, addr, offset, size) EA_V_SEL(c, addr, offset, size)
#define EA_V(addr, offset, size) EA_V_SEL_(H_RUN_CHECKED, addr, offset, size)
/* The same with the address in slot addr_slot. */
#define EA(addr_slot, offset, size) EA_V(fp[addr_slot], offset, size)
/* Marks the granule a store at effective address ea starts in (memory.c: write tracking; the
 * dirty map lies H_DIRTY_MAP_BYTES below the memory's base). After the store, so a faulting store
 * marks nothing. */
#define MARK(ea) ((mem - H_DIRTY_MAP_BYTES)[(ea) >> H_DIRTY_SHIFT] = 1)

/* Publishes the innermost frame for h_guard_signal (a store per call and return, guard mode only). */
#define NOTE_FRAME() (!H_RUN_CHECKED ? (void)(s->run_frame = fr) : (void)0)

/* Zeroes n slots from p inline: most functions have a few locals, and a memset call (which GCC
 * makes of a plain loop) costs more than the stores and forces spills of the loop's registers. The
 * empty asm keeps the loop a loop. */
#define ZERO_SLOTS(P, N)                      \
  do {                                        \
    uint64_t *z_ = (P);                       \
    uint32_t n_ = (N);                        \
    if (H_LIKELY(n_ == 0)) break;             \
    for (; n_ >= 4; n_ -= 4) {                \
      z_[0] = z_[1] = z_[2] = z_[3] = 0;      \
      z_ += 4;                                \
      __asm__("" : "+r"(z_));                 \
    }                                         \
    for (; n_ > 0; n_--) {                    \
      *z_++ = 0;                              \
      __asm__("" : "+r"(z_));                 \
    }                                         \
  } while (0)

/* Enters wasm function CF of instance CI with frame base NFP; the caller resumes at RET. A callee
 * not compiled yet (code NULL: H_LAZY_COMPILE) takes the slow path, which compiles it; its
 * frame_slots is only valid once code was seen non-NULL (acquire). */
#define ENTER_WASM(CF, CI, NFP, RET)                                                  \
  do {                                                                                \
    const h_cfunc *cf_ = (CF);                                                        \
    uint64_t *nfp_ = (NFP);                                                           \
    const h_word *code_ = h_cfunc_code(cf_);                                          \
    if (H_UNLIKELY(!code_)) {                                                         \
      code_ = h_lazy_enter(s, (CI)->module, cf_);                                     \
      if (!code_) TRAP(HEARTH_TRAP_HOST);                                             \
    }                                                                                 \
    if (H_UNLIKELY(fr + 1 >= fr_end)) TRAP(HEARTH_TRAP_STACK_EXHAUSTED);              \
    if (H_UNLIKELY((uintptr_t)nfp_ + (uintptr_t)cf_->frame_slots * sizeof(uint64_t) >    \
                   (uintptr_t)stack_end))                                             \
      TRAP(HEARTH_TRAP_STACK_EXHAUSTED);                                              \
    fr[1].fn = cf_;                                                                   \
    fr[1].inst = (CI);                                                                \
    fr[1].ret_ip = (RET);                                                             \
    fr[1].fp = nfp_;                                                                  \
    fr++;                                                                             \
    NOTE_FRAME();                                                                     \
    ZERO_SLOTS(nfp_ + cf_->zero_lo, cf_->zero_n);                                     \
    fp = nfp_;                                                                        \
    ip = code_ + 1;                                                                   \
    OPT_ENTER(cf_, (CI));                                                             \
    JIT_ENTER(cf_, (CI));                                                             \
  } while (0)

/* Runs FN to completion in its optimized code (opt.c) of the store's flavour, if it has some,
 * then continues at the RETURN that pops its frame (the optimized entry left the results in
 * fp[0..)). Only at a function's start: a function with optimized code never runs in the loop
 * (without code of the store's flavour yet, h_opt_need asks for it and the call runs here). */
#if H_OPT
#define OPT_ENTER(FN, INST)                                                         \
  do {                                                                              \
    const h_opt_func *of_ = H_RUN_CHECKED ? NULL : h_cfunc_opt(FN);                 \
    if (of_ && (H_LIKELY(h_opt_entry_of(of_, h_opt_flavour(s)) != NULL) ||         \
                h_opt_need(of_, s, (INST)->module))) {                              \
      int64_t ob_ = budget;                                                         \
      status = h_opt_run(of_, fp, (INST), s, fr, &ob_);                             \
      budget = ob_;                                                                 \
      if (H_UNLIKELY(status != HEARTH_OK)) goto L_opt_fail;                         \
      ip = of_->ret + 1;                                                            \
      DISPATCH();                                                                   \
    }                                                                               \
  } while (0)
#else
#define OPT_ENTER(FN, INST) ((void)0)
#endif

/* Tail call: wasm function CF of instance CI takes over the running frame fr (same fp, same
 * return position); its arguments are at fp[BASE..], below which nothing of the caller is kept.
 * The frame stack does not grow, so a chain of tail calls runs in constant space. */
#define TAIL_WASM(CF, CI, BASE)                                                       \
  do {                                                                                \
    const h_cfunc *cf_ = (CF);                                                        \
    const h_word *code_ = h_cfunc_code(cf_);                                          \
    if (H_UNLIKELY(!code_)) {                                                         \
      code_ = h_lazy_enter(s, (CI)->module, cf_);                                     \
      if (!code_) TRAP(HEARTH_TRAP_HOST);                                             \
    }                                                                                 \
    if (H_UNLIKELY((uintptr_t)fp + (uintptr_t)cf_->frame_slots * sizeof(uint64_t) >     \
                   (uintptr_t)stack_end))                                             \
      TRAP(HEARTH_TRAP_STACK_EXHAUSTED);                                              \
    const uint64_t *src_ = fp + (BASE);                                               \
    for (uint32_t i_ = 0; i_ < cf_->param_slots; i_++) fp[i_] = src_[i_];             \
    fr->fn = cf_;                                                                     \
    fr->inst = (CI);                                                                  \
    NOTE_FRAME();                                                                     \
    ZERO_SLOTS(fp + cf_->zero_lo, cf_->zero_n);                                       \
    ip = code_ + 1;                                                                   \
    if (fr->inst != inst) {                                                           \
      inst = fr->inst;                                                                \
      mcode = inst->module->code;                                                     \
      RELOAD_MEM();                                                                   \
    }                                                                                 \
    JIT_ENTER(cf_, inst);                                                             \
  } while (0)

/* Continues in FN's machine code (jit.c) at ip, if it has some: ip becomes the position where the
 * interpreter takes over again, in frame s->run_frame (machine code's direct calls push frames of
 * the same instance), or a helper's trap is raised there. INST is the instance FN runs in. */
#if H_JIT
#define JIT_ENTER(FN, INST)                                                       \
  do {                                                                            \
    const h_jit_func *jf_ = H_RUN_CHECKED ? NULL : (FN)->jit;                     \
    if (jf_) {                                                                    \
      const hearth_memory *jm_ = (INST)->mem0;                                    \
      h_jit_ctx jx_ = {.budget = budget, .globals = (INST)->globals, .s = s,      \
                       .inst = (INST), .fr_end = fr_end, .stack_end = stack_end,  \
                       .rsp_floor = t_stack_floor, .warm = warm};                 \
      ip = h_jit_run(jf_, ip, fp, jm_ ? jm_->base : NULL, &jx_);                  \
      budget = jx_.budget;                                                        \
      warm = jx_.warm;                                                            \
      /* direct calls in machine code may have left deeper frames (same instance) */ \
      fr = s->run_frame;                                                          \
      fp = fr->fp;                                                                \
      if (H_UNLIKELY(jx_.trap)) TRAP(jx_.trap);                                   \
    }                                                                             \
  } while (0)
#else
#define JIT_ENTER(FN, INST) ((void)0)
#endif

/* Handlers by shape. Numeric: typed accessors GET_<T>/PUT_<RES> around SEM_<NAME>. */
#define NUM_UN(name, ga, gb, put)             \
  OP(name) {                                  \
    put(ip[1], SEM_##name(ga(ip[2])));        \
    NEXT(2);                                  \
  }
#define NUM_BIN(name, ga, gb, put)                  \
  OP(name) {                                        \
    put(ip[1], SEM_##name(ga(ip[2]), gb(ip[3])));   \
    NEXT(2 + 1);                                    \
  }
#define H_GEN_NUM(name, pfx, code, shape, res, t1, t2, t3, imm) \
  NUM_##shape(name, GET_##t1, GET_##t2, PUT_##res)

/* Memory (MVP): LOAD dst, addr, offset / STORE addr, val, offset. */
#define MEM_LOAD(name, ty, raw, imm)                        \
  OP(name) {                                                \
    _Static_assert(sizeof(ty) == (1u << (imm)), #name);     \
    uint64_t ea = EA(ip[2], ip[3], sizeof(ty));             \
    ty v_;                                                  \
    memcpy(&v_, mem + ea, sizeof v_);                       \
    fp[ip[1]] = (uint64_t)(raw)v_;                          \
    NEXT(3);                                                \
  }
#define MEM_STORE(name, ty, raw, imm)                       \
  OP(name) {                                                \
    _Static_assert(sizeof(ty) == (1u << (imm)), #name);     \
    uint64_t ea = EA(ip[1], ip[3], sizeof(ty));             \
    ty v_ = (ty)fp[ip[2]];                                  \
    memcpy(mem + ea, &v_, sizeof v_);                       \
    MARK(ea);                                               \
    NEXT(3);                                                \
  }
#define H_GEN_MEM(name, pfx, code, shape, res, t1, t2, t3, imm) \
  MEM_##shape(name, MEMTY_##name, RAW_##res, imm)
/* Address-fused forms (ops.h NAME_A / NAME_AI). */
#define MEMA_LOAD(name, ty, raw)                                             \
  OP(name##_A) {                                                             \
    uint64_t ea = EA_V(GET_I32(ip[2]) + GET_I32(ip[3]), ip[4], sizeof(ty));  \
    ty v_;                                                                   \
    memcpy(&v_, mem + ea, sizeof v_);                                        \
    fp[ip[1]] = (uint64_t)(raw)v_;                                           \
    NEXT(4);                                                                 \
  }                                                                          \
  OP(name##_AI) {                                                            \
    uint64_t ea = EA_V(GET_I32(ip[2]) + ip[3], ip[4], sizeof(ty));           \
    ty v_;                                                                   \
    memcpy(&v_, mem + ea, sizeof v_);                                        \
    fp[ip[1]] = (uint64_t)(raw)v_;                                           \
    NEXT(4);                                                                 \
  }                                                                          \
  OP(name##_C) {                                                             \
    uint64_t ea = EA_V(ip[2], ip[3], sizeof(ty));                            \
    ty v_;                                                                   \
    memcpy(&v_, mem + ea, sizeof v_);                                        \
    fp[ip[1]] = (uint64_t)(raw)v_;                                           \
    NEXT(3);                                                                 \
  }
#define MEMA_STORE(name, ty, raw)                                            \
  OP(name##_A) {                                                             \
    uint64_t ea = EA_V(GET_I32(ip[1]) + GET_I32(ip[2]), ip[4], sizeof(ty));  \
    ty v_ = (ty)fp[ip[3]];                                                   \
    memcpy(mem + ea, &v_, sizeof v_);                                        \
    MARK(ea);                                                                \
    NEXT(4);                                                                 \
  }                                                                          \
  OP(name##_AI) {                                                            \
    uint64_t ea = EA_V(GET_I32(ip[1]) + ip[2], ip[4], sizeof(ty));           \
    ty v_ = (ty)fp[ip[3]];                                                   \
    memcpy(mem + ea, &v_, sizeof v_);                                        \
    MARK(ea);                                                                \
    NEXT(4);                                                                 \
  }                                                                          \
  OP(name##_C) {                                                             \
    uint64_t ea = EA_V(ip[1], ip[3], sizeof(ty));                            \
    ty v_ = (ty)fp[ip[2]];                                                   \
    memcpy(mem + ea, &v_, sizeof v_);                                        \
    MARK(ea);                                                                \
    NEXT(3);                                                                 \
  }
#define H_GEN_MEMA(name, pfx, code, shape, res, t1, t2, t3, imm) \
  MEMA_##shape(name, MEMTY_##name, RAW_##res)

/* SIMD: operands decoded per shape, semantics in simd.h. */
#if H_INTERP_SIMD
#define SIMD_UN(name, imm)                     \
  OP(name) {                                   \
    h_simd_##name(fp + ip[1], fp + ip[2]);     \
    NEXT(2);                                   \
  }
#define SIMD_BIN(name, imm)                                \
  OP(name) {                                               \
    h_simd_##name(fp + ip[1], fp + ip[2], fp + ip[3]);     \
    NEXT(3);                                               \
  }
#define SIMD_TERN(name, imm)                                           \
  OP(name) {                                                           \
    h_simd_##name(fp + ip[1], fp + ip[2], fp + ip[3], fp + ip[4]);     \
    NEXT(4);                                                           \
  }
#define SIMD_LANE(name, imm)                   \
  OP(name) {                                   \
    h_simd_##name(fp + ip[1], fp + ip[2], ip[3]); \
    NEXT(3);                                   \
  }
#define SIMD_REPLACE(name, imm)                            \
  OP(name) {                                               \
    h_simd_##name(fp + ip[1], fp + ip[2], fp + ip[3], ip[4]); \
    NEXT(4);                                               \
  }
#define SIMD_SHUFFLE(name, imm)                                                        \
  OP(name) {                                                                           \
    h_simd_##name(fp + ip[1], fp + ip[2], fp + ip[3], (const uint8_t *)(ip + 4));      \
    NEXT(7);                                                                           \
  }
#define SIMD_LOAD(name, imm)                          \
  OP(name) {                                          \
    uint64_t ea = EA(ip[2], ip[3], 1u << (imm));      \
    h_simd_##name(fp + ip[1], mem + ea);              \
    NEXT(3);                                          \
  }
#define SIMD_STORE(name, imm)                         \
  OP(name) {                                          \
    uint64_t ea = EA(ip[1], ip[3], 1u << (imm));      \
    h_simd_##name(mem + ea, fp + ip[2]);              \
    MARK(ea);                                     \
    NEXT(3);                                          \
  }
#define SIMD_LOAD_LANE(name, imm)                                 \
  OP(name) {                                                      \
    uint64_t ea = EA(ip[2], ip[4], 1u << (imm));                  \
    h_simd_##name(fp + ip[1], mem + ea, fp + ip[3], ip[5]);       \
    NEXT(5);                                                      \
  }
#define SIMD_STORE_LANE(name, imm)                        \
  OP(name) {                                              \
    uint64_t ea = EA(ip[1], ip[3], 1u << (imm));          \
    h_simd_##name(mem + ea, fp + ip[2], ip[4]);           \
    MARK(ea);                                         \
    NEXT(4);                                              \
  }
#define H_GEN_SIMD(name, pfx, code, shape, res, t1, t2, t3, imm) SIMD_##shape(name, imm)
#else
/* Built without simd.h: the compiler never emits these (validation fails first). */
#define H_GEN_SIMD(name, pfx, code, shape, res, t1, t2, t3, imm) \
  OP(name) { TRAP(HEARTH_TRAP_UNREACHABLE); }
#endif

/* Fused forms (ops.h H_OPS_IMM / H_OPS_BRCMP): the same SEM_<NAME> with an immediate b. */
#define IMM_I32(w) ((uint32_t)(w))
#define IMM_I64(w) ((uint64_t)(int64_t)(int32_t)(w))
#define H_GEN_IMM(name, res, t)                                   \
  OP(name##_I) {                                                  \
    PUT_##res(ip[1], SEM_##name(GET_##t(ip[2]), IMM_##t(ip[3])));  \
    NEXT(3);                                                      \
  }
/* Taken branch of a fused compare: backward jumps are loop back-edges. */
#define BRANCH_FUSED(relw)                \
  do {                                    \
    int32_t rel_ = (int32_t)(relw);       \
    if (rel_ <= 0) CHECK_BUDGET_LOOP(ip + rel_); \
    ip += rel_;                           \
    DISPATCH();                           \
  } while (0)
#define H_GEN_BRCMP(name, res, t)                                 \
  OP(BR_##name) {                                                 \
    if (SEM_##name(GET_##t(ip[1]), GET_##t(ip[2]))) BRANCH_FUSED(ip[3]); \
    NEXT(3);                                                      \
  }                                                               \
  OP(BR_##name##_I) {                                             \
    if (SEM_##name(GET_##t(ip[1]), IMM_##t(ip[2]))) BRANCH_FUSED(ip[3]); \
    NEXT(3);                                                      \
  }

/* Load-op forms (ops.h H_OPS_LOADOP) and 64-bit immediates (H_OPS_IMM64). */
#define H_GEN_LOADOP(name, load, t)                                                  \
  OP(name##_M) {                                                                     \
    uint64_t ea = EA_V(GET_I32(ip[3]) + ip[4], ip[5], sizeof(MEMTY_##load));         \
    MEMTY_##load v_;                                                                 \
    memcpy(&v_, mem + ea, sizeof v_);                                                \
    PUT_##t(ip[1], SEM_##name(GET_##t(ip[2]), RAW_TO_##t((uint64_t)v_)));            \
    NEXT(5);                                                                         \
  }
/* Stores of an immediate value (ops.h H_OPS_STOREV). */
#define H_GEN_STOREV(name)                                                           \
  OP(name##_V) {                                                                     \
    uint64_t ea = EA(ip[1], ip[3], sizeof(MEMTY_##name));                            \
    MEMTY_##name v_ = (MEMTY_##name)(uint64_t)(int64_t)(int32_t)ip[2];               \
    memcpy(mem + ea, &v_, sizeof v_);                                                \
    MARK(ea);                                                                        \
    NEXT(3);                                                                         \
  }
#define H_GEN_IMM64(name)                                                            \
  OP(name##_K) {                                                                     \
    PUT_I64(ip[1], SEM_##name(GET_I64(ip[2]), (uint64_t)ip[3] | (uint64_t)ip[4] << 32)); \
    NEXT(4);                                                                         \
  }

/* Pairs (ops.h H_OPS_PAIR, H_OPS_CPAIR). Every op that can be part of a pair has
 *   PW_<OP>           its operand word count;
 *   PK_<OP>(o, K, V)  OP for the instruction at position ip + o, except that its operand word K
 *                     (1-based; 0: none) is not read: the raw slot bits V stand for it. A taken
 *                     branch dispatches from inside;
 *   PV_<OP>(o, K, V)  (ops with a result at operand word 1) the result's raw slot bits, not stored.
 * P_A__B is PK_A then PK_B. The chained pair C_A__B_K passes A's result to B's operand K in a
 * register and never stores it: compile.c forms one only when that operand is a stack temporary
 * that B consumes, so nothing else reads the slot. */
#define OPND(T, o, i, K, V) OPND_(RAW_TO_##T, GET_##T, o, i, K, V)
#define OPND_(raw, get, o, i, K, V) ((K) == (i) ? raw(V) : get(ip[(o) + (i)]))
#define OPNDW(o, i, K, V) ((K) == (i) ? (uint64_t)(V) : fp[ip[(o) + (i)]])
#define BITS_I32(x) ((uint64_t)(uint32_t)(x))
#define BITS_I64(x) ((uint64_t)(x))
#define BITS_F32(x) ((uint64_t)h_f32_bits(x))
#define BITS_F64(x) h_f64_bits(x)
#define PK_VAL(X, o, K, V) (fp[ip[(o) + 1]] = PV_##X(o, K, V))

#define V_BIN(name, t1, t2, res, o, K, V) \
  BITS_##res(SEM_##name(OPND_(RAW_TO_##t1, GET_##t1, o, 2, K, V), OPND_(RAW_TO_##t2, GET_##t2, o, 3, K, V)))
#define V_UN(name, t, res, o, K, V) BITS_##res(SEM_##name(OPND_(RAW_TO_##t, GET_##t, o, 2, K, V)))
#define V_BINI(name, t, res, o, K, V) \
  BITS_##res(SEM_##name(OPND_(RAW_TO_##t, GET_##t, o, 2, K, V), IMM_##t(ip[(o) + 3])))
#define V_BINK(name, o, K, V) \
  SEM_##name(OPND(I64, o, 2, K, V), (uint64_t)ip[(o) + 3] | (uint64_t)ip[(o) + 4] << 32)
/* A load at u32 address addr plus the offset in operand word offw. */
#define V_LOADAT(name, raw, o, addr, offw)                                   \
  ({                                                                         \
    uint64_t ea_l = EA_V(addr, ip[(o) + (offw)], sizeof(MEMTY_##name));      \
    MEMTY_##name v_l;                                                        \
    memcpy(&v_l, mem + ea_l, sizeof v_l);                                    \
    (uint64_t)(raw)v_l;                                                      \
  })
#define V_LOAD(name, raw, o, K, V) V_LOADAT(name, raw, o, OPND(I32, o, 2, K, V), 3)
#define V_LOADA(name, raw, o, K, V) \
  V_LOADAT(name, raw, o, OPND(I32, o, 2, K, V) + OPND(I32, o, 3, K, V), 4)
#define V_LOADAI(name, raw, o, K, V) V_LOADAT(name, raw, o, OPND(I32, o, 2, K, V) + ip[(o) + 3], 4)
#define V_LOADC(name, raw, o, K, V) V_LOADAT(name, raw, o, ip[(o) + 2], 3)
#define V_LOADOP(name, load, t, o, K, V)                                                   \
  BITS_##t(SEM_##name(OPND_(RAW_TO_##t, GET_##t, o, 2, K, V),                                               \
                      RAW_TO_##t(V_LOADAT(load, MEMTY_##load, o, OPND(I32, o, 3, K, V) + ip[(o) + 4], 5))))
#define V_MOV(o, K, V) OPNDW(o, 2, K, V)
#define V_CONST32(o, K, V) ((uint64_t)ip[(o) + 2])
#define V_CONST64(o, K, V) ((uint64_t)ip[(o) + 2] | (uint64_t)ip[(o) + 3] << 32)
#define V_SELECT(o, K, V) (OPND(I32, o, 4, K, V) ? OPNDW(o, 2, K, V) : OPNDW(o, 3, K, V))

#define K_STOREAT(name, o, addr, K, V)                                       \
  do {                                                                       \
    uint64_t ea_s = EA_V(addr, ip[(o) + 3], sizeof(MEMTY_##name));           \
    MEMTY_##name v_s = (MEMTY_##name)OPNDW(o, 2, K, V);                      \
    memcpy(mem + ea_s, &v_s, sizeof v_s);                                    \
    MARK(ea_s);                                                              \
  } while (0)
#define K_STORE(name, o, K, V) K_STOREAT(name, o, OPND(I32, o, 1, K, V), K, V)
#define K_STOREC(name, o, K, V) K_STOREAT(name, o, ip[(o) + 1], K, V)
#define K_STOREV(name, o, K, V)                                                        \
  do {                                                                                 \
    uint64_t ea_s = EA_V(OPND(I32, o, 1, K, V), ip[(o) + 3], sizeof(MEMTY_##name));    \
    MEMTY_##name v_s = (MEMTY_##name)(uint64_t)(int64_t)(int32_t)ip[(o) + 2];          \
    memcpy(mem + ea_s, &v_s, sizeof v_s);                                              \
    MARK(ea_s);                                                                        \
  } while (0)
#define BRANCH_AT(o, relw)                \
  do {                                    \
    int32_t rel_ = (int32_t)(relw);       \
    if (rel_ <= 0) CHECK_BUDGET_LOOP(ip + (o) + rel_); \
    ip += (o) + rel_;                     \
    DISPATCH();                           \
  } while (0)
#define K_BRCMP(name, t, o, K, V) \
  if (SEM_##name(OPND_(RAW_TO_##t, GET_##t, o, 1, K, V), OPND_(RAW_TO_##t, GET_##t, o, 2, K, V))) BRANCH_AT(o, ip[(o) + 3])
#define K_BRCMPI(name, t, o, K, V) \
  if (SEM_##name(OPND_(RAW_TO_##t, GET_##t, o, 1, K, V), IMM_##t(ip[(o) + 2]))) BRANCH_AT(o, ip[(o) + 3])
#define K_BRIF(o, K, V) \
  if (OPND(I32, o, 1, K, V)) BRANCH_AT(o, ip[(o) + 2])
#define K_BRIFZ(o, K, V) \
  if (!OPND(I32, o, 1, K, V)) BRANCH_AT(o, ip[(o) + 2])
#define K_BRTABLE(o, K, V)                                      \
  do {                                                          \
    uint32_t i_ = OPND(I32, o, 1, K, V), n_ = ip[(o) + 2];      \
    if (i_ > n_) i_ = n_;                                       \
    CHECK_BUDGET_LOOP(ip + (o) + (int32_t)ip[(o) + 3 + i_]);    \
    ip += (o) + (int32_t)ip[(o) + 3 + i_];                      \
    DISPATCH();                                                 \
  } while (0)
#define K_BRLOOP(o, K, V)             \
  do {                                \
    CHECK_BUDGET_LOOP(ip + (o) + (int32_t)ip[(o) + 1]); \
    ip += (o) + (int32_t)ip[(o) + 1]; \
    DISPATCH();                       \
  } while (0)

#define PW_I32_ADD 3
#define PV_I32_ADD(o, K, V) V_BIN(I32_ADD, I32, I32, I32, o, K, V)
#define PK_I32_ADD(o, K, V) PK_VAL(I32_ADD, o, K, V)
#define PW_I32_XOR 3
#define PV_I32_XOR(o, K, V) V_BIN(I32_XOR, I32, I32, I32, o, K, V)
#define PK_I32_XOR(o, K, V) PK_VAL(I32_XOR, o, K, V)
#define PW_I64_XOR 3
#define PV_I64_XOR(o, K, V) V_BIN(I64_XOR, I64, I64, I64, o, K, V)
#define PK_I64_XOR(o, K, V) PK_VAL(I64_XOR, o, K, V)
#define PW_I64_MUL 3
#define PV_I64_MUL(o, K, V) V_BIN(I64_MUL, I64, I64, I64, o, K, V)
#define PK_I64_MUL(o, K, V) PK_VAL(I64_MUL, o, K, V)
#define PW_F64_ADD 3
#define PV_F64_ADD(o, K, V) V_BIN(F64_ADD, F64, F64, F64, o, K, V)
#define PK_F64_ADD(o, K, V) PK_VAL(F64_ADD, o, K, V)
#define PW_F64_MUL 3
#define PV_F64_MUL(o, K, V) V_BIN(F64_MUL, F64, F64, F64, o, K, V)
#define PK_F64_MUL(o, K, V) PK_VAL(F64_MUL, o, K, V)
#define PW_F64_SUB 3
#define PV_F64_SUB(o, K, V) V_BIN(F64_SUB, F64, F64, F64, o, K, V)
#define PK_F64_SUB(o, K, V) PK_VAL(F64_SUB, o, K, V)
#define PW_I32_AND 3
#define PV_I32_AND(o, K, V) V_BIN(I32_AND, I32, I32, I32, o, K, V)
#define PK_I32_AND(o, K, V) PK_VAL(I32_AND, o, K, V)
#define PW_I64_LT_U 3
#define PV_I64_LT_U(o, K, V) V_BIN(I64_LT_U, I64, I64, I32, o, K, V)
#define PK_I64_LT_U(o, K, V) PK_VAL(I64_LT_U, o, K, V)
#define PW_I64_GE_U 3
#define PV_I64_GE_U(o, K, V) V_BIN(I64_GE_U, I64, I64, I32, o, K, V)
#define PK_I64_GE_U(o, K, V) PK_VAL(I64_GE_U, o, K, V)
#define PW_I32_ADD_I 3
#define PV_I32_ADD_I(o, K, V) V_BINI(I32_ADD, I32, I32, o, K, V)
#define PK_I32_ADD_I(o, K, V) PK_VAL(I32_ADD_I, o, K, V)
#define PW_I32_SUB_I 3
#define PV_I32_SUB_I(o, K, V) V_BINI(I32_SUB, I32, I32, o, K, V)
#define PK_I32_SUB_I(o, K, V) PK_VAL(I32_SUB_I, o, K, V)
#define PW_I32_SHL_I 3
#define PV_I32_SHL_I(o, K, V) V_BINI(I32_SHL, I32, I32, o, K, V)
#define PK_I32_SHL_I(o, K, V) PK_VAL(I32_SHL_I, o, K, V)
#define PW_I32_MUL_I 3
#define PV_I32_MUL_I(o, K, V) V_BINI(I32_MUL, I32, I32, o, K, V)
#define PK_I32_MUL_I(o, K, V) PK_VAL(I32_MUL_I, o, K, V)
#define PW_I32_ROTL_I 3
#define PV_I32_ROTL_I(o, K, V) V_BINI(I32_ROTL, I32, I32, o, K, V)
#define PK_I32_ROTL_I(o, K, V) PK_VAL(I32_ROTL_I, o, K, V)
#define PW_I64_SHR_U_I 3
#define PV_I64_SHR_U_I(o, K, V) V_BINI(I64_SHR_U, I64, I64, o, K, V)
#define PK_I64_SHR_U_I(o, K, V) PK_VAL(I64_SHR_U_I, o, K, V)
#define PW_I32_SHR_U_I 3
#define PV_I32_SHR_U_I(o, K, V) V_BINI(I32_SHR_U, I32, I32, o, K, V)
#define PK_I32_SHR_U_I(o, K, V) PK_VAL(I32_SHR_U_I, o, K, V)
#define PW_I32_LT_U_I 3
#define PV_I32_LT_U_I(o, K, V) V_BINI(I32_LT_U, I32, I32, o, K, V)
#define PK_I32_LT_U_I(o, K, V) PK_VAL(I32_LT_U_I, o, K, V)
#define PW_I32_AND_I 3
#define PV_I32_AND_I(o, K, V) V_BINI(I32_AND, I32, I32, o, K, V)
#define PK_I32_AND_I(o, K, V) PK_VAL(I32_AND_I, o, K, V)
#define PW_I32_XOR_I 3
#define PV_I32_XOR_I(o, K, V) V_BINI(I32_XOR, I32, I32, o, K, V)
#define PK_I32_XOR_I(o, K, V) PK_VAL(I32_XOR_I, o, K, V)
#define PW_I64_MUL_K 4
#define PV_I64_MUL_K(o, K, V) V_BINK(I64_MUL, o, K, V)
#define PK_I64_MUL_K(o, K, V) PK_VAL(I64_MUL_K, o, K, V)
#define PW_I64_SUB_K 4
#define PV_I64_SUB_K(o, K, V) V_BINK(I64_SUB, o, K, V)
#define PK_I64_SUB_K(o, K, V) PK_VAL(I64_SUB_K, o, K, V)
#define PW_F64_LOAD 3
#define PV_F64_LOAD(o, K, V) V_LOAD(F64_LOAD, uint64_t, o, K, V)
#define PK_F64_LOAD(o, K, V) PK_VAL(F64_LOAD, o, K, V)
#define PW_I32_LOAD 3
#define PV_I32_LOAD(o, K, V) V_LOAD(I32_LOAD, uint32_t, o, K, V)
#define PK_I32_LOAD(o, K, V) PK_VAL(I32_LOAD, o, K, V)
#define PW_I32_LOAD8_U 3
#define PV_I32_LOAD8_U(o, K, V) V_LOAD(I32_LOAD8_U, uint32_t, o, K, V)
#define PK_I32_LOAD8_U(o, K, V) PK_VAL(I32_LOAD8_U, o, K, V)
#define PW_I64_LOAD 3
#define PV_I64_LOAD(o, K, V) V_LOAD(I64_LOAD, uint64_t, o, K, V)
#define PK_I64_LOAD(o, K, V) PK_VAL(I64_LOAD, o, K, V)
#define PW_F64_LOAD_AI 4
#define PV_F64_LOAD_AI(o, K, V) V_LOADAI(F64_LOAD, uint64_t, o, K, V)
#define PK_F64_LOAD_AI(o, K, V) PK_VAL(F64_LOAD_AI, o, K, V)
#define PW_I32_LOAD_AI 4
#define PV_I32_LOAD_AI(o, K, V) V_LOADAI(I32_LOAD, uint32_t, o, K, V)
#define PK_I32_LOAD_AI(o, K, V) PK_VAL(I32_LOAD_AI, o, K, V)
#define PW_I32_LOAD8_U_AI 4
#define PV_I32_LOAD8_U_AI(o, K, V) V_LOADAI(I32_LOAD8_U, uint32_t, o, K, V)
#define PK_I32_LOAD8_U_AI(o, K, V) PK_VAL(I32_LOAD8_U_AI, o, K, V)
#define PW_I64_LOAD8_U_AI 4
#define PV_I64_LOAD8_U_AI(o, K, V) V_LOADAI(I64_LOAD8_U, uint64_t, o, K, V)
#define PK_I64_LOAD8_U_AI(o, K, V) PK_VAL(I64_LOAD8_U_AI, o, K, V)
#define PW_I64_LOAD_AI 4
#define PV_I64_LOAD_AI(o, K, V) V_LOADAI(I64_LOAD, uint64_t, o, K, V)
#define PK_I64_LOAD_AI(o, K, V) PK_VAL(I64_LOAD_AI, o, K, V)
#define PW_I32_LOAD_A 4
#define PV_I32_LOAD_A(o, K, V) V_LOADA(I32_LOAD, uint32_t, o, K, V)
#define PK_I32_LOAD_A(o, K, V) PK_VAL(I32_LOAD_A, o, K, V)
#define PW_I32_LOAD8_U_A 4
#define PV_I32_LOAD8_U_A(o, K, V) V_LOADA(I32_LOAD8_U, uint32_t, o, K, V)
#define PK_I32_LOAD8_U_A(o, K, V) PK_VAL(I32_LOAD8_U_A, o, K, V)
#define PW_I64_LOAD_A 4
#define PV_I64_LOAD_A(o, K, V) V_LOADA(I64_LOAD, uint64_t, o, K, V)
#define PK_I64_LOAD_A(o, K, V) PK_VAL(I64_LOAD_A, o, K, V)
#define PW_F64_LOAD_C 3
#define PV_F64_LOAD_C(o, K, V) V_LOADC(F64_LOAD, uint64_t, o, K, V)
#define PK_F64_LOAD_C(o, K, V) PK_VAL(F64_LOAD_C, o, K, V)
#define PW_F64_ADD_M 5
#define PV_F64_ADD_M(o, K, V) V_LOADOP(F64_ADD, F64_LOAD, F64, o, K, V)
#define PK_F64_ADD_M(o, K, V) PK_VAL(F64_ADD_M, o, K, V)
#define PW_F64_MUL_M 5
#define PV_F64_MUL_M(o, K, V) V_LOADOP(F64_MUL, F64_LOAD, F64, o, K, V)
#define PK_F64_MUL_M(o, K, V) PK_VAL(F64_MUL_M, o, K, V)
#define PW_F64_SUB_M 5
#define PV_F64_SUB_M(o, K, V) V_LOADOP(F64_SUB, F64_LOAD, F64, o, K, V)
#define PK_F64_SUB_M(o, K, V) PK_VAL(F64_SUB_M, o, K, V)
#define PW_I32_ADD_M 5
#define PV_I32_ADD_M(o, K, V) V_LOADOP(I32_ADD, I32_LOAD, I32, o, K, V)
#define PK_I32_ADD_M(o, K, V) PK_VAL(I32_ADD_M, o, K, V)
#define PW_MOV 2
#define PV_MOV(o, K, V) V_MOV(o, K, V)
#define PK_MOV(o, K, V) PK_VAL(MOV, o, K, V)
#define PW_CONST32 2
#define PV_CONST32(o, K, V) V_CONST32(o, K, V)
#define PK_CONST32(o, K, V) PK_VAL(CONST32, o, K, V)
#define PW_CONST64 3
#define PV_CONST64(o, K, V) V_CONST64(o, K, V)
#define PK_CONST64(o, K, V) PK_VAL(CONST64, o, K, V)
#define PW_SELECT 4
#define PV_SELECT(o, K, V) V_SELECT(o, K, V)
#define PK_SELECT(o, K, V) PK_VAL(SELECT, o, K, V)
#define PW_F64_STORE 3
#define PK_F64_STORE(o, K, V) K_STORE(F64_STORE, o, K, V)
#define PW_I32_STORE 3
#define PK_I32_STORE(o, K, V) K_STORE(I32_STORE, o, K, V)
#define PW_I32_STORE8 3
#define PK_I32_STORE8(o, K, V) K_STORE(I32_STORE8, o, K, V)
#define PW_I64_STORE 3
#define PK_I64_STORE(o, K, V) K_STORE(I64_STORE, o, K, V)
#define PW_F64_STORE_C 3
#define PK_F64_STORE_C(o, K, V) K_STOREC(F64_STORE, o, K, V)
#define PW_BR_I32_NE 3
#define PK_BR_I32_NE(o, K, V) K_BRCMP(I32_NE, I32, o, K, V)
#define PW_BR_I32_GE_S 3
#define PK_BR_I32_GE_S(o, K, V) K_BRCMP(I32_GE_S, I32, o, K, V)
#define PW_BR_I32_LT_S 3
#define PK_BR_I32_LT_S(o, K, V) K_BRCMP(I32_LT_S, I32, o, K, V)
#define PW_BR_I32_NE_I 3
#define PK_BR_I32_NE_I(o, K, V) K_BRCMPI(I32_NE, I32, o, K, V)
#define PW_BR_I32_EQ_I 3
#define PK_BR_I32_EQ_I(o, K, V) K_BRCMPI(I32_EQ, I32, o, K, V)
#define PW_BR_I32_GT_U_I 3
#define PK_BR_I32_GT_U_I(o, K, V) K_BRCMPI(I32_GT_U, I32, o, K, V)
#define PW_BR_I32_LT_S_I 3
#define PK_BR_I32_LT_S_I(o, K, V) K_BRCMPI(I32_LT_S, I32, o, K, V)
#define PW_BR_I32_LT_U 3
#define PK_BR_I32_LT_U(o, K, V) K_BRCMP(I32_LT_U, I32, o, K, V)
#define PW_BR_I64_NE 3
#define PK_BR_I64_NE(o, K, V) K_BRCMP(I64_NE, I64, o, K, V)
#define PW_I32_EQ_I 3
#define PV_I32_EQ_I(o, K, V) V_BINI(I32_EQ, I32, I32, o, K, V)
#define PK_I32_EQ_I(o, K, V) PK_VAL(I32_EQ_I, o, K, V)
#define PW_I32_GT_U_I 3
#define PV_I32_GT_U_I(o, K, V) V_BINI(I32_GT_U, I32, I32, o, K, V)
#define PK_I32_GT_U_I(o, K, V) PK_VAL(I32_GT_U_I, o, K, V)
#define PW_I32_SUB 3
#define PV_I32_SUB(o, K, V) V_BIN(I32_SUB, I32, I32, I32, o, K, V)
#define PK_I32_SUB(o, K, V) PK_VAL(I32_SUB, o, K, V)
#define PW_F64_DIV 3
#define PV_F64_DIV(o, K, V) V_BIN(F64_DIV, F64, F64, F64, o, K, V)
#define PK_F64_DIV(o, K, V) PK_VAL(F64_DIV, o, K, V)
#define PW_F64_SQRT 2
#define PV_F64_SQRT(o, K, V) V_UN(F64_SQRT, F64, F64, o, K, V)
#define PK_F64_SQRT(o, K, V) PK_VAL(F64_SQRT, o, K, V)
#define PW_I32_STORE8_V 3
#define PK_I32_STORE8_V(o, K, V) K_STOREV(I32_STORE8, o, K, V)
#define PW_BR_IF_LOOP 2
#define PK_BR_IF_LOOP(o, K, V) K_BRIF(o, K, V)
#define PW_BR_IFZ 2
#define PK_BR_IFZ(o, K, V) K_BRIFZ(o, K, V)
#define PW_BR_TABLE 0 /* only ever B */
#define PK_BR_TABLE(o, K, V) K_BRTABLE(o, K, V)
#define PW_BR_LOOP 0 /* only ever B */
#define PK_BR_LOOP(o, K, V) K_BRLOOP(o, K, V)
#define H_GEN_PAIR(a, b)             \
  OP(P_##a##__##b) {                 \
    PK_##a(0, 0, 0);                 \
    PK_##b(PW_##a + 2, 0, 0);        \
    NEXT(PW_##a + 2 + PW_##b);       \
  }
#define H_GEN_CTRIPLE(a, b, kb, c, kc)                      \
  OP(T_##a##__##b##_##kb##__##c##_##kc) {                   \
    uint64_t v_1 = PV_##a(0, 0, 0);                         \
    uint64_t v_2 = PV_##b(PW_##a + 2, kb, v_1);             \
    PK_##c(PW_##a + 2 + PW_##b + 2, kc, v_2);               \
    NEXT(PW_##a + 2 + PW_##b + 2 + PW_##c);                 \
  }
#define H_GEN_CPAIR(a, b, k)                 \
  OP(C_##a##__##b##_##k) {                   \
    uint64_t v_c = PV_##a(0, 0, 0);          \
    PK_##b(PW_##a + 2, k, v_c);              \
    NEXT(PW_##a + 2 + PW_##b);               \
  }


#endif /* !H_INTERP_CHECKED_COPY */

/* The copy of h_run being compiled: h_run (guard pages: no bounds checks, machine code) or
 * h_run_checked (explicit bounds checks, no machine code, no guard bookkeeping). */
#undef H_RUN_CHECKED
#undef H_RUN_NAME
#undef H_RUN_OPWORDS
#if defined(H_INTERP_CHECKED_COPY)
#define H_RUN_CHECKED 1
#define H_RUN_NAME h_run_checked
#define H_RUN_OPWORDS g_opword_checked
#else
#if H_GUARD_PAGES
#define H_RUN_CHECKED 0
#else
#define H_RUN_CHECKED 1
#endif
#define H_RUN_NAME h_run
#define H_RUN_OPWORDS g_opword
#endif

/* Runs from the frame `entry` (already pushed, arguments in place, locals zeroed) until it returns.
 * With s == NULL (computed goto only), fills H_RUN_OPWORDS and returns. */
static H_RUN_ATTR hearth_status H_RUN_NAME(hearth_store *s, h_frame *entry) {
#if H_COMPUTED_GOTO
  if (H_UNLIKELY(s == NULL)) {
    static const void *const labels[H_OP_COUNT] = {
#define H_OP_ENTRY(id) &&L_##id,
        H_OPS_ALL
#undef H_OP_ENTRY
    };
    for (unsigned op = 0; op < H_OP_COUNT; op++) {
      assert(labels[op]);
      H_RUN_OPWORDS[op] = (uint64_t)(uintptr_t)labels[op];
    }
    return HEARTH_OK;
  }
#endif
  h_frame *fr = entry;
  h_frame *const fr_end = s->frames + s->max_depth;
  uint64_t *const stack_end = s->stack + s->stack_slots;
  hearth_instance *inst = fr->inst;
  const h_cfunc *mcode = inst->module->code;
  const h_word *ip = h_cfunc_code(fr->fn) + 1; /* compiled by h_interp_call */
  uint64_t *fp = fr->fp;
  uint8_t *mem;
  uint64_t memsize; /* read by EA_V only without guard pages */
  int64_t budget = 0;
  bool warm = false; /* a refill has granted budget since h_run started or a host call (REFILL) */
  (void)warm;
  unsigned trapc = 0;
  hearth_status status = HEARTH_OK;
  hearth_func *hf;  /* host call in progress (L_host_call) */
  uint64_t *hargs;
  bool tail_host = false; /* that host call is a tail call (its exceptions skip this frame) */
  h_exn *exn;       /* exception being thrown (L_unwind) */
  const h_word *upos; /* L_unwind: a position inside the instruction of frame fr that threw */
  RELOAD_MEM();
  (void)memsize;
  NOTE_FRAME();
  OPT_ENTER(fr->fn, inst);
  JIT_ENTER(fr->fn, inst);
  DISPATCH();
L_loop_enter: /* CHECK_BUDGET_LOOP: a branch taken after a refill */
  JIT_ENTER(fr->fn, inst);
  DISPATCH();
  VM_BEGIN

  /* ---- control */
  OP(NOP) { NEXT(0); }
  OP(UNREACHABLE) { TRAP(HEARTH_TRAP_UNREACHABLE); }
  OP(BR) {
    ip += (int32_t)ip[1];
    DISPATCH();
  }
  OP(BR_LOOP) {
    CHECK_BUDGET_LOOP(ip + (int32_t)ip[1]);
    ip += (int32_t)ip[1];
    DISPATCH();
  }
  OP(BR_IF) {
    if ((uint32_t)fp[ip[1]]) {
      ip += (int32_t)ip[2];
      DISPATCH();
    }
    NEXT(2);
  }
  OP(BR_IFZ) {
    if (!(uint32_t)fp[ip[1]]) {
      ip += (int32_t)ip[2];
      DISPATCH();
    }
    NEXT(2);
  }
  OP(BR_IF_LOOP) {
    if ((uint32_t)fp[ip[1]]) {
      CHECK_BUDGET_LOOP(ip + (int32_t)ip[2]);
      ip += (int32_t)ip[2];
      DISPATCH();
    }
    NEXT(2);
  }
  OP(BR_TABLE) {
    uint32_t i = (uint32_t)fp[ip[1]], n = ip[2];
    if (i > n) i = n;
    CHECK_BUDGET_LOOP(ip + (int32_t)ip[3 + i]);
    ip += (int32_t)ip[3 + i];
    DISPATCH();
  }

  /* ---- moves and constants */
  OP(MOV) {
    fp[ip[1]] = fp[ip[2]];
    NEXT(2);
  }
  OP(MOV128) {
    uint64_t lo = fp[ip[2]], hi = fp[ip[2] + 1];
    fp[ip[1]] = lo;
    fp[ip[1] + 1] = hi;
    NEXT(2);
  }
  OP(CONST32) {
    fp[ip[1]] = ip[2];
    NEXT(2);
  }
  OP(CONST64) {
    fp[ip[1]] = (uint64_t)ip[2] | (uint64_t)ip[3] << 32;
    NEXT(3);
  }
  OP(CONST128) {
    fp[ip[1]] = (uint64_t)ip[2] | (uint64_t)ip[3] << 32;
    fp[ip[1] + 1] = (uint64_t)ip[4] | (uint64_t)ip[5] << 32;
    NEXT(5);
  }
  OP(SELECT) {
    fp[ip[1]] = (uint32_t)fp[ip[4]] ? fp[ip[2]] : fp[ip[3]];
    NEXT(4);
  }
  OP(SELECT128) {
    uint32_t src = (uint32_t)fp[ip[4]] ? ip[2] : ip[3];
    uint64_t lo = fp[src], hi = fp[src + 1];
    fp[ip[1]] = lo;
    fp[ip[1] + 1] = hi;
    NEXT(4);
  }
  OP(GLOBAL_GET) {
    fp[ip[1]] = inst->globals[ip[2]]->v[0];
    NEXT(2);
  }
  OP(GLOBAL_GET128) {
    XOP_GLOBAL_GET128();
    NEXT(2);
  }
  OP(GLOBAL_SET) {
    inst->globals[ip[1]]->v[0] = fp[ip[2]];
    NEXT(2);
  }
  OP(GLOBAL_SET128) {
    XOP_GLOBAL_SET128();
    NEXT(2);
  }

  /* ---- calls */
  /* Calls callee f (a hearth_func *) with arguments at fp[args] from an instruction of `width`
   * words: wasm code is entered in this loop (switching instance when f belongs to another),
   * a host function goes through L_host_call. TAIL_FUNC is the return_call form: the frame is
   * replaced, or for a host callee the call is made from this frame and the RETURN that follows
   * the instruction returns its results. */
#define CALL_FUNC(f, args, width)                                                               \
  do {                                                                                          \
    CHECK_BUDGET();                                                                             \
    if ((f)->code) {                                                                            \
      ENTER_WASM((f)->code, (f)->inst, fp + (args), ip + (width));                              \
      if ((f)->inst != inst) {                                                                  \
        inst = (f)->inst;                                                                       \
        mcode = inst->module->code;                                                             \
        RELOAD_MEM();                                                                           \
      }                                                                                         \
      DISPATCH();                                                                               \
    }                                                                                           \
    hf = (f);                                                                                   \
    hargs = fp + (args);                                                                        \
    ip += (width);                                                                              \
    goto L_host_call;                                                                           \
  } while (0)
#define TAIL_FUNC(f, args, width)                                                               \
  do {                                                                                          \
    CHECK_BUDGET();                                                                             \
    if ((f)->code) {                                                                            \
      TAIL_WASM((f)->code, (f)->inst, (args));                                                  \
      DISPATCH();                                                                               \
    }                                                                                           \
    hf = (f);                                                                                   \
    hargs = fp + (args);                                                                        \
    ip += (width);                                                                              \
    tail_host = true;                                                                           \
    goto L_host_call;                                                                           \
  } while (0)
  /* call_indirect's callee: entry fp[ip[3]] of table ip[2], checked against type ip[1]. */
#define TABLE_FUNC(f)                                                                           \
  const hearth_table *t = inst->tables[ip[2]];                                                  \
  uint32_t i = (uint32_t)fp[ip[3]];                                                             \
  if (H_UNLIKELY(i >= t->size)) TRAP(HEARTH_TRAP_UNDEFINED_ELEMENT);                            \
  hearth_func *f = (hearth_func *)(uintptr_t)t->elems[i];                                       \
  if (H_UNLIKELY(!f)) TRAP(HEARTH_TRAP_UNINITIALIZED_ELEMENT);                                  \
  if (H_UNLIKELY(!h_functype_eq(f->type, &inst->module->types[ip[1]])))                         \
    TRAP(HEARTH_TRAP_INDIRECT_CALL_TYPE);                                                       \
  if (H_UNLIKELY(f->type != &inst->module->types[ip[1]]) &&                                     \
      !h_gcop_func_sub(f, inst->module, ip[1])) /* 3.0: the canonical types (rec groups) */      \
    TRAP(HEARTH_TRAP_INDIRECT_CALL_TYPE)
  OP(CALL) {
    CHECK_BUDGET();
    ENTER_WASM(&mcode[ip[1]], inst, fp + ip[2], ip + 4);
    DISPATCH();
  }
  OP(CALL_IMPORT) {
    hearth_func *f = inst->funcs[ip[1]];
    CALL_FUNC(f, ip[2], 4);
  }
  OP(CALL_INDIRECT) {
    TABLE_FUNC(f);
    CALL_FUNC(f, ip[4], 6);
  }
  OP(RETURN_CALL) {
    CHECK_BUDGET();
    TAIL_WASM(&mcode[ip[1]], inst, ip[2]);
    DISPATCH();
  }
  OP(RETURN_CALL_IMPORT) {
    hearth_func *f = inst->funcs[ip[1]];
    TAIL_FUNC(f, ip[2], 4);
  }
  OP(RETURN_CALL_INDIRECT) {
    TABLE_FUNC(f);
    TAIL_FUNC(f, ip[4], 6);
  }
  OP(THROW) {
    h_exn *e = h_exn_new(s, inst->tags[ip[1]], fp + ip[2], fp + fr->fn->frame_slots);
    if (H_UNLIKELY(!e)) TRAP(HEARTH_TRAP_HOST);
    exn = e;
    upos = ip;
    goto L_unwind;
  }
  OP(THROW_REF) {
    h_exn *e = (h_exn *)(uintptr_t)fp[ip[1]];
    if (H_UNLIKELY(!e)) TRAP(HEARTH_TRAP_NULL_EXN_REF);
    exn = e;
    upos = ip;
    goto L_unwind;
  }
  /* Typed function references: the callee's type was checked by validation. */
  OP(CALL_REF) {
    hearth_func *f = (hearth_func *)(uintptr_t)fp[ip[3]];
    if (H_UNLIKELY(!f)) TRAP(HEARTH_TRAP_NULL_FUNC_REF);
    CALL_FUNC(f, ip[4], 6);
  }
  OP(RETURN_CALL_REF) {
    hearth_func *f = (hearth_func *)(uintptr_t)fp[ip[3]];
    if (H_UNLIKELY(!f)) TRAP(HEARTH_TRAP_NULL_FUNC_REF);
    TAIL_FUNC(f, ip[4], 6);
  }
  OP(REF_AS_NON_NULL) {
    uint64_t r = fp[ip[2]];
    if (H_UNLIKELY(!r)) TRAP(HEARTH_TRAP_NULL_REF);
    fp[ip[1]] = r;
    NEXT(2);
  }
  /* Garbage collection: the XOP_ bodies above (gcops.c). */
#define GC_HANDLER(name, n) \
  OP(name) {                \
    XOP_##name();           \
    NEXT(n);                \
  }
  H_GC_XOPS(GC_HANDLER)
#undef GC_HANDLER
  OP(RETURN) {
    uint32_t src = ip[1], n = ip[2];
    /* Forward copy is a correct memmove here: the destination (0) is below the source. */
    if (H_LIKELY(n == 1))
      fp[0] = fp[src];
    else
      for (uint32_t i = 0; i < n; i++) fp[i] = fp[src + i];
    if (H_UNLIKELY(fr == entry)) goto L_exit;
    ip = fr->ret_ip;
    fr--;
    NOTE_FRAME();
    fp = fr->fp;
    if (H_UNLIKELY(fr->inst != inst)) {
      inst = fr->inst;
      mcode = inst->module->code;
      RELOAD_MEM();
    } else if (H_RUN_CHECKED) {
      RELOAD_MEM(); /* memsize: the callee may have grown the memory (its base never moves) */
    }
    JIT_ENTER(fr->fn, inst);
    DISPATCH();
  }

  /* ---- memory */
  OP(MEMORY_SIZE) {
    XOP_MEMORY_SIZE();
    NEXT(1);
  }
  OP(MEMORY_GROW) {
    XOP_MEMORY_GROW();
    NEXT(2);
  }
  OP(MEMORY_INIT) {
    XOP_MEMORY_INIT();
    NEXT(4);
  }
  OP(DATA_DROP) {
    XOP_DATA_DROP();
    NEXT(1);
  }
  OP(MEMORY_COPY) {
    XOP_MEMORY_COPY();
    NEXT(3);
  }
  OP(MEMORY_FILL) {
    XOP_MEMORY_FILL();
    NEXT(3);
  }

  /* ---- multiple memories, memory64 (ops.h): general forms with explicit u64 bounds checks */
  OP(MEM_SEL) {
    hearth_memory *m_ = inst->mems[ip[1]];
    mem = m_->base;
    /* only the checked loop reads memsize: keeping it dead in the guard-page loop keeps it out of
     * that loop's registers (memory 0's accesses must not pay for other memories) */
    if (H_RUN_CHECKED) memsize = m_->size;
    NEXT(1);
  }
  OP(MEM_EA64) {
    uint64_t a = fp[ip[2]], off = (uint64_t)ip[3] | (uint64_t)ip[4] << 32, ea = a + off;
    uint64_t size = inst->mems[ip[6]]->size;
    if (H_UNLIKELY(ea < a || ea > size || ip[5] > size - ea)) TRAP(HEARTH_TRAP_OOB_MEMORY);
    fp[ip[1]] = ea;
    NEXT(6);
  }
  OP(MEMORY_SIZE_X) {
    fp[ip[1]] = inst->mems[ip[2]]->size / H_PAGE_SIZE;
    NEXT(2);
  }
  OP(MEMORY_GROW_X) {
    bool is64 = inst->module->mems[ip[3]].is64;
    uint64_t delta = is64 ? fp[ip[2]] : (uint32_t)fp[ip[2]];
    int64_t r = h_mem_grow(inst->mems[ip[3]], delta);
    fp[ip[1]] = is64 ? (uint64_t)r : (uint32_t)(int32_t)r;
    RELOAD_MEM();
    NEXT(3);
  }
  OP(MEMORY_INIT_X) {
    uint32_t x = ip[1];
    hearth_memory *m_ = inst->mems[ip[5]];
    uint64_t d = fp[ip[2]], sidx = (uint32_t)fp[ip[3]], n = (uint32_t)fp[ip[4]];
    uint64_t len = inst->data_dropped[x] ? 0 : inst->module->datas[x].len;
    if (H_UNLIKELY(sidx + n > len || d > m_->size || n > m_->size - d))
      TRAP(HEARTH_TRAP_OOB_MEMORY);
    h_mem_mark(m_, d, n);
    for (uint64_t k = 0; k < n;) {
      uint64_t c = n - k < H_BULK_CHUNK ? n - k : H_BULK_CHUNK;
      BULK_CHARGE(c);
      memcpy(m_->base + d + k, inst->module->datas[x].bytes + sidx + k, (size_t)c);
      k += c;
    }
    NEXT(5);
  }
  OP(MEMORY_COPY_X) {
    hearth_memory *md = inst->mems[ip[4]], *ms = inst->mems[ip[5]];
    uint64_t d = fp[ip[1]], sidx = fp[ip[2]], n = fp[ip[3]];
    if (H_UNLIKELY(sidx > ms->size || n > ms->size - sidx || d > md->size || n > md->size - d))
      TRAP(HEARTH_TRAP_OOB_MEMORY);
    h_mem_mark(md, d, n);
    uint8_t *bd = md->base + d, *bs = ms->base + sidx;
    if (md != ms || d <= sidx) { /* front to back (distinct memories never overlap) */
      for (uint64_t k = 0; k < n;) {
        uint64_t c = n - k < H_BULK_CHUNK ? n - k : H_BULK_CHUNK;
        BULK_CHARGE(c);
        memmove(bd + k, bs + k, (size_t)c);
        k += c;
      }
    } else { /* back to front */
      for (uint64_t k = n; k > 0;) {
        uint64_t c = k < H_BULK_CHUNK ? k : H_BULK_CHUNK;
        BULK_CHARGE(c);
        k -= c;
        memmove(bd + k, bs + k, (size_t)c);
      }
    }
    NEXT(5);
  }
  OP(IDX64) {
    uint64_t v = fp[ip[2]];
    fp[ip[1]] = v > UINT32_MAX ? UINT32_MAX : v;
    NEXT(2);
  }
  OP(MEMORY_FILL_X) {
    hearth_memory *m_ = inst->mems[ip[4]];
    uint64_t d = fp[ip[1]], n = fp[ip[3]];
    if (H_UNLIKELY(d > m_->size || n > m_->size - d)) TRAP(HEARTH_TRAP_OOB_MEMORY);
    h_mem_mark(m_, d, n);
    for (uint64_t k = 0; k < n;) {
      uint64_t c = n - k < H_BULK_CHUNK ? n - k : H_BULK_CHUNK;
      BULK_CHARGE(c);
      memset(m_->base + d + k, (int)(uint8_t)fp[ip[2]], (size_t)c);
      k += c;
    }
    NEXT(4);
  }

  /* ---- tables and references */
  OP(TABLE_GET) {
    XOP_TABLE_GET();
    NEXT(3);
  }
  OP(TABLE_SET) {
    XOP_TABLE_SET();
    NEXT(3);
  }
  OP(TABLE_SIZE) {
    XOP_TABLE_SIZE();
    NEXT(2);
  }
  OP(TABLE_GROW) {
    XOP_TABLE_GROW();
    NEXT(4);
  }
  OP(TABLE_FILL) {
    XOP_TABLE_FILL();
    NEXT(4);
  }
  OP(TABLE_COPY) {
    XOP_TABLE_COPY();
    NEXT(5);
  }
  OP(TABLE_INIT) {
    XOP_TABLE_INIT();
    NEXT(5);
  }
  OP(ELEM_DROP) {
    XOP_ELEM_DROP();
    NEXT(1);
  }
  OP(REF_NULL) {
    fp[ip[1]] = 0;
    NEXT(1);
  }
  OP(REF_IS_NULL) {
    fp[ip[1]] = fp[ip[2]] == 0;
    NEXT(2);
  }
  OP(REF_FUNC) {
    XOP_REF_FUNC();
    NEXT(2);
  }

  /* ---- generated handlers */
  H_OPS_MEMORY(H_GEN_MEM)
  H_OPS_NUMERIC(H_GEN_NUM)
  H_OPS_SIMD(H_GEN_SIMD)
  H_OPS_IMM(H_GEN_IMM)
  H_OPS_BRCMP(H_GEN_BRCMP)
  H_OPS_MEMORY(H_GEN_MEMA)
  H_OPS_PAIR(H_GEN_PAIR)
  H_OPS_CPAIR(H_GEN_CPAIR)
  H_OPS_CTRIPLE(H_GEN_CTRIPLE)
  H_OPS_LOADOP(H_GEN_LOADOP)
  H_OPS_IMM64(H_GEN_IMM64)
  H_OPS_STOREV(H_GEN_STOREV)

  VM_END

L_host_call:
  /* hf, hargs set; ip is the next instruction. Publish the stack state for re-entry. */
  if (H_UNLIKELY(h_stack_low())) TRAP(HEARTH_TRAP_STACK_EXHAUSTED);
  s->nframes = (uint32_t)(fr - s->frames) + 1;
  s->stack_top = fp + fr->fn->frame_slots;
  GIVE_BACK_BUDGET();
  s->trap = HEARTH_TRAP_NONE;
  s->nbacktrace = 0;
  {
    /* A fault inside the host is the host's, not an out-of-bounds access of the guest. */
    struct h_guard *g = t_guard;
    t_guard = NULL;
    fr->host_ip = ip; /* gc.c: this frame's stack map while the host runs */
    s->gc_fr = NULL;  /* (an allocation instruction's frame, were one left by a fault) */
    status = h_rt_host_call(s, hf, inst, hargs);
    fr->host_ip = NULL;
    t_guard = g;
  }
  NOTE_FRAME();
  RELOAD_MEM();
  if (H_LIKELY(status == HEARTH_OK)) {
    tail_host = false;
    JIT_ENTER(fr->fn, inst);
    DISPATCH();
  }
  if (status == HEARTH_ERR_TRAP && s->trap == HEARTH_TRAP_EXCEPTION && s->exn) {
    /* The host passed a guest exception on (its own, or one that escaped a nested call). */
    exn = s->exn;
    upos = ip - 2; /* inside the call instruction (ip is the next one) */
    status = HEARTH_OK;
    goto L_unwind;
  }
  if (status != HEARTH_ERR_EXIT) {
    if (status != HEARTH_ERR_TRAP || s->trap == HEARTH_TRAP_NONE) s->trap = HEARTH_TRAP_HOST;
    if (s->nbacktrace == 0) h_fill_backtrace(s, fr);
  }
  goto L_exit;

#if H_OPT
L_opt_fail:
  if (status == HEARTH_ERR_TRAP && s->trap == HEARTH_TRAP_EXCEPTION && s->exn) {
    /* A guest exception escaped the optimized function (thrown by a callee): its frame has no
     * handlers (opt.c translates no exception instruction), so the search goes on at its caller. */
    exn = s->exn;
    upos = h_cfunc_code(fr->fn);
    status = HEARTH_OK;
    goto L_unwind;
  }
  /* status and s->trap set by h_opt_run; a nested run's trap keeps its own backtrace. */
  if (status != HEARTH_ERR_EXIT && s->nbacktrace == 0) h_fill_backtrace(s, fr);
  goto L_exit;
#endif

L_unwind: {
  /* Exception exn leaves the instruction at upos of frame fr: the innermost handler group around
   * it whose clause matches takes it (interp.c's only search over compile.c's h_eh tables);
   * otherwise the frame is popped and the search goes on at its call site. A tail call to a host
   * function has left its frame's handlers already (tail_host). */
  const h_frame *thrower = fr;
  for (;;) {
    const h_eh *eh = fr->fn->eh;
    if (eh && !tail_host) {
      const h_word *code = h_cfunc_code(fr->fn);
      uint32_t pos = (uint32_t)(upos - code), lo = 0, hi = eh->ngroups, g;
      while (lo < hi) { /* the last group starting at or before pos */
        uint32_t mid = lo + (hi - lo) / 2;
        if (eh->groups[mid].start <= pos) lo = mid + 1;
        else hi = mid;
      }
      g = lo ? lo - 1 : H_EH_NONE;
      while (g != H_EH_NONE && pos >= eh->groups[g].end) g = eh->groups[g].parent;
      for (; g != H_EH_NONE; g = eh->groups[g].next) {
        const h_eh_group *gr = &eh->groups[g];
        for (uint32_t c = 0; c < gr->nclauses; c++) {
          const h_eh_clause *cl = &eh->clauses[gr->first + c];
          if (cl->tag != H_EH_ALL && fr->inst->tags[cl->tag] != exn->tag) continue;
          fp = fr->fp;
          if (cl->tag != H_EH_ALL && exn->nslots)
            memcpy(fp + cl->base, exn->slots, exn->nslots * sizeof(uint64_t));
          if (cl->exn_slot != H_EH_NONE) fp[cl->exn_slot] = (uint64_t)(uintptr_t)exn;
          s->exn = NULL; /* caught: nothing in flight (a host may have left it there) */
          if (s->trap == HEARTH_TRAP_EXCEPTION) s->trap = HEARTH_TRAP_NONE;
          ip = code + cl->pad;
          NOTE_FRAME();
          if (fr->inst != inst) {
            inst = fr->inst;
            mcode = inst->module->code;
          }
          RELOAD_MEM();
          JIT_ENTER(fr->fn, inst);
          DISPATCH();
        }
      }
    }
    tail_host = false;
    if (fr == entry) break;
    upos = fr->ret_ip - 2; /* inside the call instruction that made the frame */
    fr--;
  }
  s->exn = exn;
  s->trap = HEARTH_TRAP_EXCEPTION;
  h_fill_backtrace(s, thrower);
  status = HEARTH_ERR_TRAP;
  goto L_exit;
}

L_trap:
  s->trap = (hearth_trap)trapc;
  h_fill_backtrace(s, fr);
  status = HEARTH_ERR_TRAP;
L_exit:
  GIVE_BACK_BUDGET();
  return status;
}

#if H_GUARD_PAGES && !defined(H_INTERP_CHECKED_COPY)
#define H_INTERP_CHECKED_COPY 1
#include "interp.c" /* h_run_checked */
#undef H_INTERP_CHECKED_COPY
#undef H_RUN_CHECKED
#define H_RUN_CHECKED 0
#endif

#ifndef H_INTERP_CHECKED_COPY

/* ---------------------------------------------------------------- helpers of the compiling tier */

#if H_JIT
/* Numeric instructions that jit.c does not emit inline run as these functions, made from the same
 * semantics (SEM_<NAME>) as the handlers above. Operands as in the interpreter: ip[k]. */
#undef TRAP
#define TRAP(code) return (unsigned)(code)
#define HJ_UN(name, ga, gb, put)                                       \
  static unsigned hj_##name(uint64_t *fp, const h_word *ip, uint8_t *mem) { \
    (void)mem;                                                         \
    put(ip[1], SEM_##name(ga(ip[2])));                                 \
    return 0;                                                          \
  }
#define HJ_BIN(name, ga, gb, put)                                      \
  static unsigned hj_##name(uint64_t *fp, const h_word *ip, uint8_t *mem) { \
    (void)mem;                                                         \
    put(ip[1], SEM_##name(ga(ip[2]), gb(ip[3])));                      \
    return 0;                                                          \
  }
#define HJ_NUM(name, pfx, code, shape, res, t1, t2, t3, imm) HJ_##shape(name, GET_##t1, GET_##t2, PUT_##res)
H_OPS_NUMERIC(HJ_NUM)
#define HJ_IMM(name, res, t)                                                \
  static unsigned hj_##name##_I(uint64_t *fp, const h_word *ip, uint8_t *mem) { \
    (void)mem;                                                              \
    PUT_##res(ip[1], SEM_##name(GET_##t(ip[2]), IMM_##t(ip[3])));           \
    return 0;                                                               \
  }
H_OPS_IMM(HJ_IMM)
#define HJ_IMM64(name)                                                                \
  static unsigned hj_##name##_K(uint64_t *fp, const h_word *ip, uint8_t *mem) {           \
    (void)mem;                                                                        \
    PUT_I64(ip[1], SEM_##name(GET_I64(ip[2]), (uint64_t)ip[3] | (uint64_t)ip[4] << 32)); \
    return 0;                                                                         \
  }
H_OPS_IMM64(HJ_IMM64)
#define HJ_LOADOP(name, load, t)                                                     \
  static unsigned hj_##name##_M(uint64_t *fp, const h_word *ip, uint8_t *mem) {          \
    uint64_t ea = EA_V(GET_I32(ip[3]) + ip[4], ip[5], sizeof(MEMTY_##load));         \
    MEMTY_##load v_;                                                                 \
    memcpy(&v_, mem + ea, sizeof v_);                                                \
    PUT_##t(ip[1], SEM_##name(GET_##t(ip[2]), RAW_TO_##t((uint64_t)v_)));            \
    return 0;                                                                        \
  }
H_OPS_LOADOP(HJ_LOADOP)

/* SIMD: the same simd.h functions as the handlers (loads and stores fault in the guard region like
 * the interpreter's, and stores mark the dirty map with MARK). */
#if H_INTERP_SIMD
#define HJS_HEAD(name) static unsigned hj_##name(uint64_t *fp, const h_word *ip, uint8_t *mem)
#define HJS_UN(name, imm) HJS_HEAD(name) { (void)mem; h_simd_##name(fp + ip[1], fp + ip[2]); return 0; }
#define HJS_BIN(name, imm)                                     \
  HJS_HEAD(name) {                                             \
    (void)mem;                                                 \
    h_simd_##name(fp + ip[1], fp + ip[2], fp + ip[3]);         \
    return 0;                                                  \
  }
#define HJS_TERN(name, imm)                                            \
  HJS_HEAD(name) {                                                     \
    (void)mem;                                                         \
    h_simd_##name(fp + ip[1], fp + ip[2], fp + ip[3], fp + ip[4]);     \
    return 0;                                                          \
  }
#define HJS_LANE(name, imm)                               \
  HJS_HEAD(name) {                                        \
    (void)mem;                                            \
    h_simd_##name(fp + ip[1], fp + ip[2], ip[3]);         \
    return 0;                                             \
  }
#define HJS_REPLACE(name, imm)                                     \
  HJS_HEAD(name) {                                                 \
    (void)mem;                                                     \
    h_simd_##name(fp + ip[1], fp + ip[2], fp + ip[3], ip[4]);      \
    return 0;                                                      \
  }
#define HJS_SHUFFLE(name, imm)                                                       \
  HJS_HEAD(name) {                                                                   \
    (void)mem;                                                                       \
    h_simd_##name(fp + ip[1], fp + ip[2], fp + ip[3], (const uint8_t *)(ip + 4));    \
    return 0;                                                                        \
  }
#define HJS_LOAD(name, imm)                           \
  HJS_HEAD(name) {                                    \
    uint64_t ea = EA(ip[2], ip[3], 1u << (imm));      \
    h_simd_##name(fp + ip[1], mem + ea);              \
    return 0;                                         \
  }
#define HJS_STORE(name, imm)                          \
  HJS_HEAD(name) {                                    \
    uint64_t ea = EA(ip[1], ip[3], 1u << (imm));      \
    h_simd_##name(mem + ea, fp + ip[2]);              \
    MARK(ea);                                         \
    return 0;                                         \
  }
#define HJS_LOAD_LANE(name, imm)                                  \
  HJS_HEAD(name) {                                                \
    uint64_t ea = EA(ip[2], ip[4], 1u << (imm));                  \
    h_simd_##name(fp + ip[1], mem + ea, fp + ip[3], ip[5]);       \
    return 0;                                                     \
  }
#define HJS_STORE_LANE(name, imm)                         \
  HJS_HEAD(name) {                                        \
    uint64_t ea = EA(ip[1], ip[3], 1u << (imm));          \
    h_simd_##name(mem + ea, fp + ip[2], ip[4]);           \
    MARK(ea);                                             \
    return 0;                                             \
  }
#define HJS_GEN(name, pfx, code, shape, res, t1, t2, t3, imm) HJS_##shape(name, imm)
H_OPS_SIMD(HJS_GEN)
#endif

/* Instructions that need the instance or the budget: the XOP_ bodies the handlers run. A trap is
 * left in ctx->trap (the interpreter raises it without running the instruction again: a bulk
 * operation may have written chunks and spent budget before its trap). */
#undef TRAP
#define TRAP(code)                \
  do {                            \
    ctx->budget = budget;         \
    ctx->trap = (unsigned)(code); \
    return 1;                     \
  } while (0)
#define HJX(name, ...)                                                                 \
  static unsigned hjx_##name(h_jit_ctx *ctx, uint64_t *fp, const h_word *ip) {      \
    hearth_store *s = ctx->s;                                                       \
    hearth_instance *inst = ctx->inst;                                              \
    h_frame *fr = s->run_frame; /* GC_HI: machine code keeps it the running frame */ \
    uint8_t *mem;                                                                   \
    uint64_t memsize;                                                               \
    int64_t budget = ctx->budget;                                                   \
    RELOAD_MEM();                                                                   \
    (void)s, (void)fr, (void)mem, (void)memsize;                                    \
    XOP_##name();                                                                   \
    ctx->budget = budget;                                                           \
    return 0;                                                                       \
  }
#define H_JIT_XOPS(X)                                                                    \
  X(MEMORY_SIZE) X(MEMORY_GROW) X(MEMORY_INIT) X(DATA_DROP) X(MEMORY_COPY) X(MEMORY_FILL) \
  X(TABLE_GET) X(TABLE_SET) X(TABLE_SIZE) X(TABLE_GROW) X(TABLE_FILL) X(TABLE_COPY)      \
  X(TABLE_INIT) X(ELEM_DROP) X(REF_FUNC) X(GLOBAL_GET128) X(GLOBAL_SET128)          \
  H_GC_XOPS(X)
H_JIT_XOPS(HJX)
#undef TRAP
#define TRAP(code) return (unsigned)(code)

const h_jit_xhelper h_jit_xhelpers[H_OP_COUNT] = {
#define HJX_E(name, ...) [H_OP_##name] = hjx_##name,
    H_JIT_XOPS(HJX_E)
};

const h_jit_helper h_jit_helpers[H_OP_COUNT] = {
#define HJ_E(name, pfx, code, shape, res, t1, t2, t3, imm) [H_OP_##name] = hj_##name,
    H_OPS_NUMERIC(HJ_E)
#define HJ_EI(name, res, t) [H_OP_##name##_I] = hj_##name##_I,
    H_OPS_IMM(HJ_EI)
#define HJ_EK(name) [H_OP_##name##_K] = hj_##name##_K,
    H_OPS_IMM64(HJ_EK)
#define HJ_EM(name, load, t) [H_OP_##name##_M] = hj_##name##_M,
    H_OPS_LOADOP(HJ_EM)
#if H_INTERP_SIMD
    H_OPS_SIMD(HJ_E)
#endif
};

int64_t h_jit_refill(h_jit_ctx *ctx) {
  int64_t r = h_interp_refill(ctx->s);
  if (ctx->warm && r >= 0 && ctx->s->run_frame) h_jit_hot(ctx->s, ctx->s->run_frame);
  ctx->warm = true;
  return r;
}
#endif

/* ---------------------------------------------------------------- entry from the host */

/* A trap raised before an entry's frame is pushed: the backtrace is the frames already running. */
static hearth_status h_entry_trap(hearth_store *s, hearth_trap trap) {
  s->trap = trap;
  if (s->nframes)
    h_fill_backtrace(s, &s->frames[s->nframes - 1]);
  else
    s->nbacktrace = 0;
  return HEARTH_ERR_TRAP;
}

hearth_status h_interp_call(hearth_store *s, hearth_func *f, uint64_t *slots) {
  if (H_UNLIKELY(h_stack_low())) return h_entry_trap(s, HEARTH_TRAP_STACK_EXHAUSTED);
  if (!f->code) return h_rt_host_call(s, f, NULL, slots);
  const h_cfunc *fn = f->code;
  if (H_UNLIKELY(!h_cfunc_code(fn)) && !h_lazy_enter(s, f->inst->module, fn))
    return h_entry_trap(s, HEARTH_TRAP_HOST);
  uint32_t saved_n = s->nframes;
  uint64_t *saved_top = s->stack_top;
  /* s->interrupt is not cleared here: runtime.c clears it when an outermost call starts (and
   * re-raises a deadline that already passed). */
  if (saved_n == 0 && !saved_top) saved_top = s->stack_top = s->stack;
  uint64_t *base = saved_top;
  if (saved_n >= s->max_depth || fn->frame_slots > (size_t)(s->stack + s->stack_slots - base))
    return h_entry_trap(s, HEARTH_TRAP_STACK_EXHAUSTED);
  if (fn->param_slots) memcpy(base, slots, fn->param_slots * sizeof(uint64_t));
  for (uint32_t i = fn->zero_lo, e = i + fn->zero_n; i < e; i++) base[i] = 0;
  h_frame *entry = &s->frames[saved_n];
  entry->fn = fn;
  entry->inst = f->inst;
  entry->ret_ip = NULL;
  entry->fp = base;
  hearth_status st = h_run_guarded(s, entry);
  if (st == HEARTH_OK && fn->result_slots)
    memcpy(slots, base, fn->result_slots * sizeof(uint64_t));
  s->nframes = saved_n;
  s->stack_top = saved_top;
  return st;
}

/* ---------------------------------------------------------------- calls out of optimized code */

hearth_status h_interp_call_from_opt(hearth_store *s, hearth_func *f, hearth_instance *caller,
                                     uint64_t *slots) {
  h_frame *rf = s->run_frame;
  hearth_status st;
  if (f->code) {
    st = h_interp_call(s, f, slots);
  } else if (H_UNLIKELY(h_stack_low())) {
    st = h_entry_trap(s, HEARTH_TRAP_STACK_EXHAUSTED);
  } else {
    /* As L_host_call: a fault inside the host is the host's. */
    struct h_guard *g = t_guard;
    t_guard = NULL;
    s->trap = HEARTH_TRAP_NONE;
    s->nbacktrace = 0;
    st = h_rt_host_call(s, f, caller, slots);
    t_guard = g;
    if (st != HEARTH_OK && st != HEARTH_ERR_EXIT) {
      if (st != HEARTH_ERR_TRAP || s->trap == HEARTH_TRAP_NONE) s->trap = HEARTH_TRAP_HOST;
    }
  }
  s->run_frame = rf;
  return st;
}

uintptr_t h_interp_stack_floor(void) {
  if (H_UNLIKELY(!t_stack_lo)) h_stack_measure();
  return t_stack_floor;
}

#endif /* !H_INTERP_CHECKED_COPY */
