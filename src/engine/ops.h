/* ops.h: the one list of hearth's internal instructions (X-macros), shared by compile.c and interp.c.
 *
 * Internal code is an array of 32-bit words (h_word). An instruction is a two-word opcode (a 64-bit
 * value, low word first: the handler's address in computed-goto builds, so that dispatch is one
 * load and an indirect jump; the internal opcode in switch builds) followed by operand words. The
 * POSITION of an instruction is the index of its opcode's second word: the interpreter's ip points
 * there, operand k is ip[k], and branch offsets are differences of positions. The first
 * instruction of a function is at position 1. (compile.c builds code with one-word opcodes and
 * widens them in its last pass.) Operands named dst/a/b/c/addr/val/... are SLOT indices: the value lives at fp[slot], where
 * fp is the frame base (uint64_t *). A slot holds 8 bytes; a v128 takes two consecutive slots (read
 * and write it with memcpy, slots are only 8-byte aligned). i32/f32 values live in the low 32 bits
 * of a slot; writers store the whole slot zero-extended, readers use only the low 32 bits.
 * References are stored as uint64_t of a pointer (hearth_func * or externref), 0 = null.
 *
 * Column meanings for the "simple" lists (one wasm opcode -> one internal op, operands generic):
 *   X(NAME, PREFIX, CODE, SHAPE, RES, T1, T2, T3, IMM)
 *   PREFIX/CODE: wasm encoding (PREFIX 0 = single byte; 0xFC / 0xFD = prefixed, CODE is the LEB u32).
 *   SHAPE: operand layout, see H_SH_* below.
 *   RES: result type (H_T_NONE if none); T1..T3: operand types in wasm stack order (first pushed
 *   first), H_T_NONE when absent.
 *   IMM: memory ops: log2 of the natural alignment (access size is 1 << IMM bytes);
 *        LANE/REPLACE ops: lane count (lane immediate must be < IMM);
 *        LOAD_LANE/STORE_LANE: log2 alignment (lane count is 16 >> IMM); otherwise 0.
 *
 * Shapes (words after the opcode word):
 *   UN        dst, a
 *   BIN       dst, a, b
 *   TERN      dst, a, b, c
 *   LOAD      dst, addr, offset          (offset: memarg offset, u32; memory 0)
 *   STORE     addr, val, offset
 *   LANE      dst, a, lane               (extract_lane)
 *   REPLACE   dst, a, b, lane            (replace_lane: a v128, b scalar)
 *   SHUFFLE   dst, a, b, l0, l1, l2, l3  (16 lane bytes packed little-endian in 4 words)
 *   LOAD_LANE  dst, addr, vec, offset, lane
 *   STORE_LANE addr, vec, offset, lane
 * Memory ops trap "out of bounds memory access" when (u64)addr + offset + size > memory size.
 */
#ifndef H_OPS_H
#define H_OPS_H

enum h_shape {
  H_SH_UN, H_SH_BIN, H_SH_TERN, H_SH_LOAD, H_SH_STORE, H_SH_LANE, H_SH_REPLACE, H_SH_SHUFFLE,
  H_SH_LOAD_LANE, H_SH_STORE_LANE, H_SH_SPECIAL
};

/* Value types as in the binary format; H_T_NONE marks an absent operand/result. */
#define H_T_NONE 0x00
#define H_T_I32 0x7F
#define H_T_I64 0x7E
#define H_T_F32 0x7D
#define H_T_F64 0x7C
#define H_T_V128 0x7B
#define H_T_FUNCREF 0x70
#define H_T_EXTERNREF 0x6F
#define H_T_EXNREF 0x69 /* exception handling: (ref null exn) */
#define H_T_ANYREF 0x6E /* garbage collection: (ref null any), its hierarchy's representation */

#define N_ H_T_NONE
#define I32 H_T_I32
#define I64 H_T_I64
#define F32 H_T_F32
#define F64 H_T_F64
#define V128 H_T_V128

/* Loads and stores (MVP). */
#define H_OPS_MEMORY(X) \
  X(I32_LOAD,     0, 0x28, LOAD,  I32, I32, N_,  N_, 2) \
  X(I64_LOAD,     0, 0x29, LOAD,  I64, I32, N_,  N_, 3) \
  X(F32_LOAD,     0, 0x2A, LOAD,  F32, I32, N_,  N_, 2) \
  X(F64_LOAD,     0, 0x2B, LOAD,  F64, I32, N_,  N_, 3) \
  X(I32_LOAD8_S,  0, 0x2C, LOAD,  I32, I32, N_,  N_, 0) \
  X(I32_LOAD8_U,  0, 0x2D, LOAD,  I32, I32, N_,  N_, 0) \
  X(I32_LOAD16_S, 0, 0x2E, LOAD,  I32, I32, N_,  N_, 1) \
  X(I32_LOAD16_U, 0, 0x2F, LOAD,  I32, I32, N_,  N_, 1) \
  X(I64_LOAD8_S,  0, 0x30, LOAD,  I64, I32, N_,  N_, 0) \
  X(I64_LOAD8_U,  0, 0x31, LOAD,  I64, I32, N_,  N_, 0) \
  X(I64_LOAD16_S, 0, 0x32, LOAD,  I64, I32, N_,  N_, 1) \
  X(I64_LOAD16_U, 0, 0x33, LOAD,  I64, I32, N_,  N_, 1) \
  X(I64_LOAD32_S, 0, 0x34, LOAD,  I64, I32, N_,  N_, 2) \
  X(I64_LOAD32_U, 0, 0x35, LOAD,  I64, I32, N_,  N_, 2) \
  X(I32_STORE,    0, 0x36, STORE, N_,  I32, I32, N_, 2) \
  X(I64_STORE,    0, 0x37, STORE, N_,  I32, I64, N_, 3) \
  X(F32_STORE,    0, 0x38, STORE, N_,  I32, F32, N_, 2) \
  X(F64_STORE,    0, 0x39, STORE, N_,  I32, F64, N_, 3) \
  X(I32_STORE8,   0, 0x3A, STORE, N_,  I32, I32, N_, 0) \
  X(I32_STORE16,  0, 0x3B, STORE, N_,  I32, I32, N_, 1) \
  X(I64_STORE8,   0, 0x3C, STORE, N_,  I32, I64, N_, 0) \
  X(I64_STORE16,  0, 0x3D, STORE, N_,  I32, I64, N_, 1) \
  X(I64_STORE32,  0, 0x3E, STORE, N_,  I32, I64, N_, 2)

/* Numeric instructions (MVP, sign extension, non-trapping float-to-int). Trapping ones (div, rem,
 * trunc) trap from their handler. */
#define H_OPS_NUMERIC(X) \
  X(I32_EQZ,  0, 0x45, UN,  I32, I32, N_,  N_, 0) \
  X(I32_EQ,   0, 0x46, BIN, I32, I32, I32, N_, 0) \
  X(I32_NE,   0, 0x47, BIN, I32, I32, I32, N_, 0) \
  X(I32_LT_S, 0, 0x48, BIN, I32, I32, I32, N_, 0) \
  X(I32_LT_U, 0, 0x49, BIN, I32, I32, I32, N_, 0) \
  X(I32_GT_S, 0, 0x4A, BIN, I32, I32, I32, N_, 0) \
  X(I32_GT_U, 0, 0x4B, BIN, I32, I32, I32, N_, 0) \
  X(I32_LE_S, 0, 0x4C, BIN, I32, I32, I32, N_, 0) \
  X(I32_LE_U, 0, 0x4D, BIN, I32, I32, I32, N_, 0) \
  X(I32_GE_S, 0, 0x4E, BIN, I32, I32, I32, N_, 0) \
  X(I32_GE_U, 0, 0x4F, BIN, I32, I32, I32, N_, 0) \
  X(I64_EQZ,  0, 0x50, UN,  I32, I64, N_,  N_, 0) \
  X(I64_EQ,   0, 0x51, BIN, I32, I64, I64, N_, 0) \
  X(I64_NE,   0, 0x52, BIN, I32, I64, I64, N_, 0) \
  X(I64_LT_S, 0, 0x53, BIN, I32, I64, I64, N_, 0) \
  X(I64_LT_U, 0, 0x54, BIN, I32, I64, I64, N_, 0) \
  X(I64_GT_S, 0, 0x55, BIN, I32, I64, I64, N_, 0) \
  X(I64_GT_U, 0, 0x56, BIN, I32, I64, I64, N_, 0) \
  X(I64_LE_S, 0, 0x57, BIN, I32, I64, I64, N_, 0) \
  X(I64_LE_U, 0, 0x58, BIN, I32, I64, I64, N_, 0) \
  X(I64_GE_S, 0, 0x59, BIN, I32, I64, I64, N_, 0) \
  X(I64_GE_U, 0, 0x5A, BIN, I32, I64, I64, N_, 0) \
  X(F32_EQ,   0, 0x5B, BIN, I32, F32, F32, N_, 0) \
  X(F32_NE,   0, 0x5C, BIN, I32, F32, F32, N_, 0) \
  X(F32_LT,   0, 0x5D, BIN, I32, F32, F32, N_, 0) \
  X(F32_GT,   0, 0x5E, BIN, I32, F32, F32, N_, 0) \
  X(F32_LE,   0, 0x5F, BIN, I32, F32, F32, N_, 0) \
  X(F32_GE,   0, 0x60, BIN, I32, F32, F32, N_, 0) \
  X(F64_EQ,   0, 0x61, BIN, I32, F64, F64, N_, 0) \
  X(F64_NE,   0, 0x62, BIN, I32, F64, F64, N_, 0) \
  X(F64_LT,   0, 0x63, BIN, I32, F64, F64, N_, 0) \
  X(F64_GT,   0, 0x64, BIN, I32, F64, F64, N_, 0) \
  X(F64_LE,   0, 0x65, BIN, I32, F64, F64, N_, 0) \
  X(F64_GE,   0, 0x66, BIN, I32, F64, F64, N_, 0) \
  X(I32_CLZ,    0, 0x67, UN,  I32, I32, N_,  N_, 0) \
  X(I32_CTZ,    0, 0x68, UN,  I32, I32, N_,  N_, 0) \
  X(I32_POPCNT, 0, 0x69, UN,  I32, I32, N_,  N_, 0) \
  X(I32_ADD,    0, 0x6A, BIN, I32, I32, I32, N_, 0) \
  X(I32_SUB,    0, 0x6B, BIN, I32, I32, I32, N_, 0) \
  X(I32_MUL,    0, 0x6C, BIN, I32, I32, I32, N_, 0) \
  X(I32_DIV_S,  0, 0x6D, BIN, I32, I32, I32, N_, 0) \
  X(I32_DIV_U,  0, 0x6E, BIN, I32, I32, I32, N_, 0) \
  X(I32_REM_S,  0, 0x6F, BIN, I32, I32, I32, N_, 0) \
  X(I32_REM_U,  0, 0x70, BIN, I32, I32, I32, N_, 0) \
  X(I32_AND,    0, 0x71, BIN, I32, I32, I32, N_, 0) \
  X(I32_OR,     0, 0x72, BIN, I32, I32, I32, N_, 0) \
  X(I32_XOR,    0, 0x73, BIN, I32, I32, I32, N_, 0) \
  X(I32_SHL,    0, 0x74, BIN, I32, I32, I32, N_, 0) \
  X(I32_SHR_S,  0, 0x75, BIN, I32, I32, I32, N_, 0) \
  X(I32_SHR_U,  0, 0x76, BIN, I32, I32, I32, N_, 0) \
  X(I32_ROTL,   0, 0x77, BIN, I32, I32, I32, N_, 0) \
  X(I32_ROTR,   0, 0x78, BIN, I32, I32, I32, N_, 0) \
  X(I64_CLZ,    0, 0x79, UN,  I64, I64, N_,  N_, 0) \
  X(I64_CTZ,    0, 0x7A, UN,  I64, I64, N_,  N_, 0) \
  X(I64_POPCNT, 0, 0x7B, UN,  I64, I64, N_,  N_, 0) \
  X(I64_ADD,    0, 0x7C, BIN, I64, I64, I64, N_, 0) \
  X(I64_SUB,    0, 0x7D, BIN, I64, I64, I64, N_, 0) \
  X(I64_MUL,    0, 0x7E, BIN, I64, I64, I64, N_, 0) \
  X(I64_DIV_S,  0, 0x7F, BIN, I64, I64, I64, N_, 0) \
  X(I64_DIV_U,  0, 0x80, BIN, I64, I64, I64, N_, 0) \
  X(I64_REM_S,  0, 0x81, BIN, I64, I64, I64, N_, 0) \
  X(I64_REM_U,  0, 0x82, BIN, I64, I64, I64, N_, 0) \
  X(I64_AND,    0, 0x83, BIN, I64, I64, I64, N_, 0) \
  X(I64_OR,     0, 0x84, BIN, I64, I64, I64, N_, 0) \
  X(I64_XOR,    0, 0x85, BIN, I64, I64, I64, N_, 0) \
  X(I64_SHL,    0, 0x86, BIN, I64, I64, I64, N_, 0) \
  X(I64_SHR_S,  0, 0x87, BIN, I64, I64, I64, N_, 0) \
  X(I64_SHR_U,  0, 0x88, BIN, I64, I64, I64, N_, 0) \
  X(I64_ROTL,   0, 0x89, BIN, I64, I64, I64, N_, 0) \
  X(I64_ROTR,   0, 0x8A, BIN, I64, I64, I64, N_, 0) \
  X(F32_ABS,      0, 0x8B, UN,  F32, F32, N_,  N_, 0) \
  X(F32_NEG,      0, 0x8C, UN,  F32, F32, N_,  N_, 0) \
  X(F32_CEIL,     0, 0x8D, UN,  F32, F32, N_,  N_, 0) \
  X(F32_FLOOR,    0, 0x8E, UN,  F32, F32, N_,  N_, 0) \
  X(F32_TRUNC,    0, 0x8F, UN,  F32, F32, N_,  N_, 0) \
  X(F32_NEAREST,  0, 0x90, UN,  F32, F32, N_,  N_, 0) \
  X(F32_SQRT,     0, 0x91, UN,  F32, F32, N_,  N_, 0) \
  X(F32_ADD,      0, 0x92, BIN, F32, F32, F32, N_, 0) \
  X(F32_SUB,      0, 0x93, BIN, F32, F32, F32, N_, 0) \
  X(F32_MUL,      0, 0x94, BIN, F32, F32, F32, N_, 0) \
  X(F32_DIV,      0, 0x95, BIN, F32, F32, F32, N_, 0) \
  X(F32_MIN,      0, 0x96, BIN, F32, F32, F32, N_, 0) \
  X(F32_MAX,      0, 0x97, BIN, F32, F32, F32, N_, 0) \
  X(F32_COPYSIGN, 0, 0x98, BIN, F32, F32, F32, N_, 0) \
  X(F64_ABS,      0, 0x99, UN,  F64, F64, N_,  N_, 0) \
  X(F64_NEG,      0, 0x9A, UN,  F64, F64, N_,  N_, 0) \
  X(F64_CEIL,     0, 0x9B, UN,  F64, F64, N_,  N_, 0) \
  X(F64_FLOOR,    0, 0x9C, UN,  F64, F64, N_,  N_, 0) \
  X(F64_TRUNC,    0, 0x9D, UN,  F64, F64, N_,  N_, 0) \
  X(F64_NEAREST,  0, 0x9E, UN,  F64, F64, N_,  N_, 0) \
  X(F64_SQRT,     0, 0x9F, UN,  F64, F64, N_,  N_, 0) \
  X(F64_ADD,      0, 0xA0, BIN, F64, F64, F64, N_, 0) \
  X(F64_SUB,      0, 0xA1, BIN, F64, F64, F64, N_, 0) \
  X(F64_MUL,      0, 0xA2, BIN, F64, F64, F64, N_, 0) \
  X(F64_DIV,      0, 0xA3, BIN, F64, F64, F64, N_, 0) \
  X(F64_MIN,      0, 0xA4, BIN, F64, F64, F64, N_, 0) \
  X(F64_MAX,      0, 0xA5, BIN, F64, F64, F64, N_, 0) \
  X(F64_COPYSIGN, 0, 0xA6, BIN, F64, F64, F64, N_, 0) \
  X(I32_WRAP_I64,        0, 0xA7, UN, I32, I64, N_, N_, 0) \
  X(I32_TRUNC_F32_S,     0, 0xA8, UN, I32, F32, N_, N_, 0) \
  X(I32_TRUNC_F32_U,     0, 0xA9, UN, I32, F32, N_, N_, 0) \
  X(I32_TRUNC_F64_S,     0, 0xAA, UN, I32, F64, N_, N_, 0) \
  X(I32_TRUNC_F64_U,     0, 0xAB, UN, I32, F64, N_, N_, 0) \
  X(I64_EXTEND_I32_S,    0, 0xAC, UN, I64, I32, N_, N_, 0) \
  X(I64_EXTEND_I32_U,    0, 0xAD, UN, I64, I32, N_, N_, 0) \
  X(I64_TRUNC_F32_S,     0, 0xAE, UN, I64, F32, N_, N_, 0) \
  X(I64_TRUNC_F32_U,     0, 0xAF, UN, I64, F32, N_, N_, 0) \
  X(I64_TRUNC_F64_S,     0, 0xB0, UN, I64, F64, N_, N_, 0) \
  X(I64_TRUNC_F64_U,     0, 0xB1, UN, I64, F64, N_, N_, 0) \
  X(F32_CONVERT_I32_S,   0, 0xB2, UN, F32, I32, N_, N_, 0) \
  X(F32_CONVERT_I32_U,   0, 0xB3, UN, F32, I32, N_, N_, 0) \
  X(F32_CONVERT_I64_S,   0, 0xB4, UN, F32, I64, N_, N_, 0) \
  X(F32_CONVERT_I64_U,   0, 0xB5, UN, F32, I64, N_, N_, 0) \
  X(F32_DEMOTE_F64,      0, 0xB6, UN, F32, F64, N_, N_, 0) \
  X(F64_CONVERT_I32_S,   0, 0xB7, UN, F64, I32, N_, N_, 0) \
  X(F64_CONVERT_I32_U,   0, 0xB8, UN, F64, I32, N_, N_, 0) \
  X(F64_CONVERT_I64_S,   0, 0xB9, UN, F64, I64, N_, N_, 0) \
  X(F64_CONVERT_I64_U,   0, 0xBA, UN, F64, I64, N_, N_, 0) \
  X(F64_PROMOTE_F32,     0, 0xBB, UN, F64, F32, N_, N_, 0) \
  X(I32_REINTERPRET_F32, 0, 0xBC, UN, I32, F32, N_, N_, 0) \
  X(I64_REINTERPRET_F64, 0, 0xBD, UN, I64, F64, N_, N_, 0) \
  X(F32_REINTERPRET_I32, 0, 0xBE, UN, F32, I32, N_, N_, 0) \
  X(F64_REINTERPRET_I64, 0, 0xBF, UN, F64, I64, N_, N_, 0) \
  X(I32_EXTEND8_S,       0, 0xC0, UN, I32, I32, N_, N_, 0) \
  X(I32_EXTEND16_S,      0, 0xC1, UN, I32, I32, N_, N_, 0) \
  X(I64_EXTEND8_S,       0, 0xC2, UN, I64, I64, N_, N_, 0) \
  X(I64_EXTEND16_S,      0, 0xC3, UN, I64, I64, N_, N_, 0) \
  X(I64_EXTEND32_S,      0, 0xC4, UN, I64, I64, N_, N_, 0) \
  X(I32_TRUNC_SAT_F32_S, 0xFC, 0, UN, I32, F32, N_, N_, 0) \
  X(I32_TRUNC_SAT_F32_U, 0xFC, 1, UN, I32, F32, N_, N_, 0) \
  X(I32_TRUNC_SAT_F64_S, 0xFC, 2, UN, I32, F64, N_, N_, 0) \
  X(I32_TRUNC_SAT_F64_U, 0xFC, 3, UN, I32, F64, N_, N_, 0) \
  X(I64_TRUNC_SAT_F32_S, 0xFC, 4, UN, I64, F32, N_, N_, 0) \
  X(I64_TRUNC_SAT_F32_U, 0xFC, 5, UN, I64, F32, N_, N_, 0) \
  X(I64_TRUNC_SAT_F64_S, 0xFC, 6, UN, I64, F64, N_, N_, 0) \
  X(I64_TRUNC_SAT_F64_U, 0xFC, 7, UN, I64, F64, N_, N_, 0)

/* SIMD (prefix 0xFD): the list lives in ops_simd.h, same columns. */
#include "ops_simd.h"

/* Internal instructions that have no one-to-one wasm opcode, or whose operands are not generic.
 *   Y(NAME, NWORDS)  NWORDS = operand words after the opcode word (-1: variable, see the note).
 * rel: a signed 32-bit offset in words, relative to the opcode word of the same instruction.
 * Every branch op whose target is a loop header (a back-edge) is the _LOOP variant: it performs the
 * interrupt/fuel check before jumping. */
#define H_OPS_SPECIAL(Y) \
  Y(NOP, 0)                 /* */ \
  Y(UNREACHABLE, 0)         /* traps "unreachable" */ \
  Y(BR, 1)                  /* rel */ \
  Y(BR_LOOP, 1)             /* rel; checks interrupt */ \
  Y(BR_IF, 2)               /* cond, rel: jump if (uint32_t)fp[cond] != 0 */ \
  Y(BR_IFZ, 2)              /* cond, rel: jump if (uint32_t)fp[cond] == 0 */ \
  Y(BR_IF_LOOP, 2)          /* cond, rel; checks interrupt when taken */ \
  Y(BR_TABLE, -1)           /* idx, n, rel[0..n] (n+1 words; rel[n] is the default); checks interrupt */ \
  Y(MOV, 2)                 /* dst, src: 8-byte slot copy */ \
  Y(MOV128, 2)              /* dst, src: 16-byte copy */ \
  Y(CONST32, 2)             /* dst, imm: fp[dst] = (uint64_t)imm */ \
  Y(CONST64, 3)             /* dst, lo, hi */ \
  Y(CONST128, 5)            /* dst, w0, w1, w2, w3 (little-endian bytes of the v128) */ \
  Y(SELECT, 4)              /* dst, a, b, cond: fp[dst] = (uint32_t)fp[cond] ? fp[a] : fp[b] */ \
  Y(SELECT128, 4)           /* dst, a, b, cond */ \
  Y(GLOBAL_GET, 2)          /* dst, global index */ \
  Y(GLOBAL_GET128, 2)       /* dst, global index */ \
  Y(GLOBAL_SET, 2)          /* global index, src */ \
  Y(GLOBAL_SET128, 2)       /* global index, src */ \
  Y(CALL, 2)                /* defined-function index (module-local, imports excluded), arg_base */ \
  Y(CALL_IMPORT, 2)         /* function index (< number of imported functions), arg_base */ \
  Y(CALL_INDIRECT, 4)       /* type index, table index, idx slot, arg_base */ \
  Y(RETURN, 2)              /* src_base, nslots: memmove fp[0..nslots) <- fp[src_base..], return */ \
  Y(MEMORY_SIZE, 1)         /* dst */ \
  Y(MEMORY_GROW, 2)         /* dst, delta (both i32 slots; dst may equal delta) */ \
  Y(MEMORY_INIT, 4)         /* data index, d, s, n */ \
  Y(DATA_DROP, 1)           /* data index */ \
  Y(MEMORY_COPY, 3)         /* d, s, n */ \
  Y(MEMORY_FILL, 3)         /* d, val, n */ \
  /* Multiple memories and memory64 (3.0). A load or store on a memory other than 0, or on a
   * 64-bit memory, is MEM_SEL x, [MEM_EA64,] the plain op, MEM_SEL 0: the interpreter's memory
   * register then points at memory x, so the plain op reads it and marks ITS dirty map. */ \
  Y(MEM_SEL, 1)             /* memory index: mem/memsize become that memory's (0: memory 0 again) */ \
  Y(MEM_EA64, 6)            /* dst, addr, off_lo, off_hi, size, memory index: fp[dst] = fp[addr] + \
                               off (u64), trapping unless it + size <= that memory's size (so the \
                               plain op that follows, with offset 0, is in bounds) */ \
  Y(MEMORY_SIZE_X, 2)       /* dst, memory index (pages; i64 slot for a 64-bit memory) */ \
  Y(MEMORY_GROW_X, 3)       /* dst, delta, memory index (u64 delta, -1 of the memory's width) */ \
  Y(MEMORY_INIT_X, 5)       /* data index, d, s, n, memory index (d, n: u64 slots) */ \
  Y(MEMORY_COPY_X, 5)       /* d, s, n, dst memory, src memory (u64 slots) */ \
  Y(MEMORY_FILL_X, 4)       /* d, val, n, memory index (u64 slots) */ \
  Y(IDX64, 2)               /* dst, src: fp[dst] = min(fp[src], UINT32_MAX): a table64 index or \
                               length for the 32-bit table ops (tables are smaller than 2^32) */ \
  Y(TABLE_GET, 3)           /* dst, table index, idx */ \
  Y(TABLE_SET, 3)           /* table index, idx, val */ \
  Y(TABLE_SIZE, 2)          /* dst, table index */ \
  Y(TABLE_GROW, 4)          /* dst, table index, init, delta */ \
  Y(TABLE_FILL, 4)          /* table index, i, val, n */ \
  Y(TABLE_COPY, 5)          /* dst table, src table, d, s, n */ \
  Y(TABLE_INIT, 5)          /* table index, elem index, d, s, n */ \
  Y(ELEM_DROP, 1)           /* elem index */ \
  Y(REF_NULL, 1)            /* dst: fp[dst] = 0 */ \
  Y(REF_IS_NULL, 2)         /* dst, a */ \
  Y(REF_FUNC, 2)            /* dst, function index (module space, imports included) */ \
  Y(RETURN_CALL, 2)         /* tail calls: as CALL / CALL_IMPORT / CALL_INDIRECT, but the callee */ \
  Y(RETURN_CALL_IMPORT, 2)  /* replaces the running frame (arguments moved to fp[0..]); a host */ \
  Y(RETURN_CALL_INDIRECT, 4) /* callee runs, then the RETURN that follows returns its results */ \
  Y(THROW, 2)               /* tag index, arg_base: a new exception with the payload there */ \
  Y(THROW_REF, 1)           /* src: rethrows the exnref at fp[src] (null: trap) */ \
  Y(CALL_REF, 4)            /* typed references: type index, 0, ref slot, arg_base (null: trap) */ \
  Y(RETURN_CALL_REF, 4)     /* as CALL_REF, replacing the frame (then a RETURN, see RETURN_CALL) */ \
  Y(REF_AS_NON_NULL, 2)     /* dst, a: fp[dst] = fp[a], trap "null reference" when 0 */ \
  /* Garbage collection (3.0; gcops.c does the work, the handlers only call it). Type operands \
   * are type indices of the function's module (its h_rtt: module->rtt[type]). A "field" operand \
   * of a get holds the field index, bit 31 set for a signed (_s) read of a packed field. */ \
  Y(STRUCT_NEW, 3)          /* dst, type, base: fields from fp[base..] (h_slots each) */ \
  Y(STRUCT_NEW_DEFAULT, 2)  /* dst, type */ \
  Y(STRUCT_GET, 4)          /* dst, obj, type, field */ \
  Y(STRUCT_SET, 4)          /* obj, val, type, field */ \
  Y(ARRAY_NEW, 4)           /* dst, type, val, len */ \
  Y(ARRAY_NEW_DEFAULT, 3)   /* dst, type, len */ \
  Y(ARRAY_NEW_FIXED, 4)     /* dst, type, base, n: elements from fp[base..] */ \
  Y(ARRAY_NEW_DATA, 5)      /* dst, type, data index, offset, len */ \
  Y(ARRAY_NEW_ELEM, 5)      /* dst, type, elem index, offset, len */ \
  Y(ARRAY_GET, 4)           /* dst, arr, idx, storage type (low byte) | bit 31: signed packed read */ \
  Y(ARRAY_SET, 4)           /* arr, idx, val, type | storage type << 24 */ \
  Y(ARRAY_LEN, 2)           /* dst, arr */ \
  Y(ARRAY_FILL, 5)          /* arr, off, val, n, type */ \
  Y(ARRAY_COPY, 6)          /* darr, d, sarr, s, n, dst type */ \
  Y(ARRAY_INIT_DATA, 6)     /* arr, d, s, n, type, data index */ \
  Y(ARRAY_INIT_ELEM, 6)     /* arr, d, s, n, type, elem index */ \
  Y(REF_I31, 2)             /* dst, a */ \
  Y(I31_GET, 3)             /* dst, a, signed: trap "null i31 reference" when null */ \
  Y(REF_TEST, 4)            /* dst, a, heap type (H_HT_* code, concrete: H_HT_IDX + type), null \
                               ok: fp[dst] = i32 whether fp[a] is of (ref null? ht) */ \
  Y(REF_CAST, 4)            /* dst, a, heap type, null ok: fp[dst] = fp[a] or trap "cast failure" */ \
  Y(ANY_CONVERT_EXTERN, 2)  /* dst, a (gc.h: a host value becomes an extern box) */ \
  Y(EXTERN_CONVERT_ANY, 2)  /* dst, a */

/* Fused forms (superinstructions): no wasm opcode of their own; compile.c may emit one in place of
 * a sequence with the same effect. Semantics are those of the named op.
 *   H_OPS_IMM:   NAME_I      dst, a, imm   NAME with b = the immediate word (i64: sign-extended),
 *                                          i.e. CONST + NAME.
 *   H_OPS_BRCMP: BR_NAME     a, b, rel     jump if NAME(a, b) != 0, i.e. NAME + BR_IF;
 *                BR_NAME_I   a, imm, rel   the same with b = the immediate word (i64: sign-extended).
 *                A backward jump (rel <= 0) is a loop back-edge and performs the interrupt/fuel
 *                check (as BR_IF_LOOP); forward ones do not.
 * Columns: Z(NAME, RES, T) with T the type of both operands. */
#define H_OPS_IMM(Z) \
  Z(I32_EQ, I32, I32) Z(I32_NE, I32, I32) Z(I32_LT_S, I32, I32) Z(I32_LT_U, I32, I32) \
  Z(I32_GT_S, I32, I32) Z(I32_GT_U, I32, I32) Z(I32_LE_S, I32, I32) Z(I32_LE_U, I32, I32) \
  Z(I32_GE_S, I32, I32) Z(I32_GE_U, I32, I32) \
  Z(I32_ADD, I32, I32) Z(I32_SUB, I32, I32) Z(I32_MUL, I32, I32) Z(I32_DIV_S, I32, I32) \
  Z(I32_DIV_U, I32, I32) Z(I32_REM_S, I32, I32) Z(I32_REM_U, I32, I32) Z(I32_AND, I32, I32) \
  Z(I32_OR, I32, I32) Z(I32_XOR, I32, I32) Z(I32_SHL, I32, I32) Z(I32_SHR_S, I32, I32) \
  Z(I32_SHR_U, I32, I32) Z(I32_ROTL, I32, I32) Z(I32_ROTR, I32, I32) \
  Z(I64_EQ, I32, I64) Z(I64_NE, I32, I64) Z(I64_LT_S, I32, I64) Z(I64_LT_U, I32, I64) \
  Z(I64_GT_S, I32, I64) Z(I64_GT_U, I32, I64) Z(I64_LE_S, I32, I64) Z(I64_LE_U, I32, I64) \
  Z(I64_GE_S, I32, I64) Z(I64_GE_U, I32, I64) \
  Z(I64_ADD, I64, I64) Z(I64_SUB, I64, I64) Z(I64_MUL, I64, I64) Z(I64_DIV_S, I64, I64) \
  Z(I64_DIV_U, I64, I64) Z(I64_REM_S, I64, I64) Z(I64_REM_U, I64, I64) Z(I64_AND, I64, I64) \
  Z(I64_OR, I64, I64) Z(I64_XOR, I64, I64) Z(I64_SHL, I64, I64) Z(I64_SHR_S, I64, I64) \
  Z(I64_SHR_U, I64, I64) Z(I64_ROTL, I64, I64) Z(I64_ROTR, I64, I64)
#define H_OPS_BRCMP(Z) \
  Z(I32_EQ, I32, I32) Z(I32_NE, I32, I32) Z(I32_LT_S, I32, I32) Z(I32_LT_U, I32, I32) \
  Z(I32_GT_S, I32, I32) Z(I32_GT_U, I32, I32) Z(I32_LE_S, I32, I32) Z(I32_LE_U, I32, I32) \
  Z(I32_GE_S, I32, I32) Z(I32_GE_U, I32, I32) \
  Z(I64_EQ, I32, I64) Z(I64_NE, I32, I64) Z(I64_LT_S, I32, I64) Z(I64_LT_U, I32, I64) \
  Z(I64_GT_S, I32, I64) Z(I64_GT_U, I32, I64) Z(I64_LE_S, I32, I64) Z(I64_LE_U, I32, I64) \
  Z(I64_GE_S, I32, I64) Z(I64_GE_U, I32, I64)

/* Loads and stores fused with the i32.add that computes their address (H_OPS_MEMORY entries):
 *   NAME_A    LOAD: dst, a, b, offset     STORE: a, b, val, offset    address = (uint32_t)(a + b)
 *   NAME_AI   LOAD: dst, a, imm, offset   STORE: a, imm, val, offset  address = (uint32_t)(a + imm)
 * then exactly NAME at that address (the add wraps at 32 bits, the memarg offset does not).
 *   NAME_C    LOAD: dst, k, offset        STORE: k, val, offset        address = the constant k */

/* Binary ops fused with the load that produced their second operand (commutative ones: either
 * operand), when the loaded value is a stack temporary used only there:
 *   NAME_M   dst, a, base, imm, offset   dst = NAME(a, LOAD at (uint32_t)(base + imm) + offset)
 * i.e. LOAD_AI + NAME (traps as the load would). Columns: Z(NAME, LOAD, T), T the operand type.
 * And i64 ops with a 64-bit immediate (constants that do not fit H_OPS_IMM's sign-extended word):
 *   NAME_K   dst, a, lo, hi              dst = NAME(a, lo | hi << 32). Columns: Z(NAME). */
#define H_OPS_LOADOP(Z) \
  Z(F64_ADD, F64_LOAD, F64) Z(F64_SUB, F64_LOAD, F64) Z(F64_MUL, F64_LOAD, F64) \
  Z(F32_ADD, F32_LOAD, F32) Z(F32_SUB, F32_LOAD, F32) Z(F32_MUL, F32_LOAD, F32) \
  Z(I32_ADD, I32_LOAD, I32) Z(I32_SUB, I32_LOAD, I32) Z(I32_AND, I32_LOAD, I32) \
  Z(I32_OR, I32_LOAD, I32) Z(I32_XOR, I32_LOAD, I32) Z(I64_ADD, I64_LOAD, I64) \
  Z(I64_XOR, I64_LOAD, I64)
#define H_OPS_IMM64(Z) Z(I64_ADD) Z(I64_SUB) Z(I64_MUL) Z(I64_AND) Z(I64_OR) Z(I64_XOR)

/* Pairs (superinstructions of two consecutive instructions): P_A__B is written over A's opcode word
 * and has exactly A's operand words; B follows unchanged (its opcode word included, so a jump to B
 * still runs B alone). P_A__B does A then B and continues after B; B's branch offset stays relative
 * to B's opcode word. compile.c forms them in a final pass over a function's code, only for an A
 * that can fall through to B. Interp.c needs PW_/PK_ entries (and PV_ for an A of a chained pair or
 * triple) for every op named here. */
#define H_OPS_PAIR(P) \
  P(I32_ADD_I, I32_ADD_I) P(MOV, MOV) P(F64_ADD, F64_STORE) P(F64_LOAD, F64_ADD) \
  P(F64_MUL, F64_LOAD) P(I32_ADD, I32_ADD_I) P(I32_SHL_I, I32_ADD) P(F64_STORE, I32_ADD_I) \
  P(I32_ADD, I32_ADD) P(I64_SHR_U_I, I64_XOR) P(I32_ADD_I, BR_I32_NE) P(I32_ADD_I, I32_SUB_I) \
  P(I32_SHL_I, I32_LOAD_AI) P(I32_MUL_I, I32_ADD) P(I32_ROTL_I, I32_XOR) P(F64_LOAD, F64_MUL) \
  P(F64_MUL, F64_MUL) P(I32_STORE8, I32_ADD_I) P(I32_LOAD8_U_A, I32_LOAD8_U_A) \
  P(I32_SHL_I, I32_LOAD_A) P(I32_ADD_I, F64_LOAD_AI) P(I32_XOR, I32_ADD) P(I32_STORE, I32_ADD_I) \
  P(I32_ADD_I, CONST32) P(I32_ADD, I32_SHL_I) P(F64_LOAD_AI, F64_MUL) P(BR_I32_NE, F64_LOAD) \
  P(I32_LOAD_AI, BR_TABLE) P(I32_ADD_I, I32_SHL_I) P(CONST32, I32_SHL_I) P(I32_ROTL_I, I32_ROTL_I) \
  P(I32_ADD_I, I32_LOAD) P(I32_SUB_I, BR_IF_LOOP) P(I32_ADD_I, I32_STORE) P(MOV, I32_ADD_I) \
  P(I32_LOAD, I32_ADD_I) P(I32_XOR, I32_ROTL_I) P(I32_ADD, I32_SUB_I) P(I32_LOAD, I32_ADD) \
  P(I32_ADD, I32_LOAD8_U_A) P(I32_ADD_I, MOV) P(I32_ADD, I32_MUL_I) P(I64_STORE, I32_ADD_I) \
  P(I32_SUB_I, F64_MUL) P(I32_SUB_I, F64_LOAD) \
  P(F64_MUL_M, F64_ADD_M) P(F64_ADD_M, F64_STORE) P(I64_XOR, I64_MUL_K) P(I64_MUL_K, I64_SHR_U_I) \
  P(BR_I32_NE, F64_MUL_M) P(I32_SUB_I, F64_SUB_M) P(F64_MUL, F64_SUB) P(F64_SUB, F64_STORE) \
  P(F64_MUL, F64_ADD_M) P(I32_SUB_I, I32_LOAD8_U) P(MOV, BR_LOOP) P(I32_ADD_I, BR_LOOP) \
  P(CONST32, SELECT) P(I32_SUB_I, BR_TABLE) P(I32_SHR_U_I, I32_STORE8) P(I32_XOR, I32_SHR_U_I) \
  P(I32_SHR_U_I, I32_XOR) P(I32_LOAD_AI, I32_ROTL_I) P(F64_SUB_M, F64_MUL) P(I32_SHL_I, I32_ADD_M) \
  P(I32_ADD_M, I32_SHL_I) P(I64_LOAD8_U_AI, I64_XOR) P(CONST64, F64_MUL) P(I64_LOAD, I64_STORE) \
  P(SELECT, I32_MUL_I) P(I32_LOAD8_U_A, BR_I32_NE) P(I32_LT_U_I, SELECT) P(I32_STORE, BR_LOOP) \
  P(I32_LOAD8_U, I32_SUB_I) P(I32_LOAD8_U_AI, I32_SUB_I) P(I64_SUB_K, I64_SHR_U_I) \
  P(F64_LOAD_C, F64_ADD) P(F64_ADD, F64_STORE_C) P(F64_STORE_C, F64_LOAD_C) P(I32_ADD, I32_STORE) \
  P(I32_AND_I, BR_IFZ) P(I32_ADD_I, I64_LOAD_AI) P(I32_SHL_I, I64_LOAD_A) P(I64_LOAD_AI, I64_STORE) \
  P(I64_LOAD, I64_LT_U) P(I64_LOAD, I64_LOAD) P(I64_GE_U, I32_ADD) P(I32_ADD, BR_I32_GE_S) \
  P(I32_AND, I32_SHL_I) P(I32_ADD_I, BR_I32_LT_S) P(BR_I32_GE_S, I32_ADD_I) P(I32_AND_I, I32_ADD) \
  P(I32_ADD_I, BR_I32_NE_I) P(I32_LOAD, I32_SUB_I) P(I32_XOR_I, I32_AND) P(I32_XOR, I32_AND) \
  P(I32_LOAD_AI, I32_AND) \
  P(I32_AND_I, BR_I32_EQ_I) P(I32_ADD, I32_EQ_I) P(I32_EQ_I, BR_I32_NE_I) \
  P(BR_I32_NE_I, I32_LOAD_A) P(F64_ADD, F64_ADD) P(F64_MUL, F64_ADD) P(F64_ADD, F64_SQRT) \
  P(F64_SQRT, F64_MUL) P(CONST64, F64_DIV) P(F64_LOAD, F64_LOAD) P(F64_LOAD_AI, F64_LOAD_AI) \
  P(I32_ADD, I32_LOAD8_U) P(I32_LOAD8_U, BR_I32_EQ_I) P(I32_STORE, I32_STORE) \
  P(I32_SUB, BR_I32_GT_U_I) P(BR_I32_GE_S, BR_I32_LT_S_I) P(BR_I32_LT_S_I, I32_GT_U_I) \
  P(BR_I32_NE_I, I32_ADD) P(BR_I32_EQ_I, I32_SUB) P(I64_LOAD_A, BR_I64_NE) \
  P(I32_LOAD, BR_I32_LT_U) P(I32_LOAD, I32_STORE) P(I32_LOAD8_U, I32_LOAD8_U) \
  P(I32_LOAD8_U, BR_I32_NE) P(I32_LOAD, I32_MUL_I) P(I32_MUL_I, I32_SHR_U_I) \
  P(I32_ADD_M, I32_STORE8_V) P(I32_LOAD8_U_A, BR_I32_EQ_I) P(I32_STORE, I32_ADD_M) \
  P(BR_I32_EQ_I, BR_I32_NE_I)

/* Chained pairs: C_A__B_K is P_A__B where A's result is B's operand word K (1-based) and a stack
 * temporary that B consumes: the handler hands the value over in a register and never stores it.
 * compile.c forms one instead of P_A__B when its emitter marked the link (see finish_code); every
 * (A, B) here is also in H_OPS_PAIR, and A has a result (operand word 1). */
#define H_OPS_CPAIR(C) \
  C(I32_SHL_I, I32_LOAD_AI, 2) C(I32_SHL_I, I32_LOAD_A, 2) C(I32_SHL_I, I32_LOAD_A, 3) \
  C(I32_SHL_I, I32_ADD, 2) C(I32_SHL_I, I32_ADD, 3) C(I32_ADD_I, I32_SHL_I, 2) \
  C(I32_SUB_I, BR_TABLE, 1) C(I32_LOAD_AI, BR_TABLE, 1) C(I32_AND_I, BR_IFZ, 1) \
  C(I32_ROTL_I, I32_XOR, 2) C(I32_ROTL_I, I32_XOR, 3) C(I32_XOR, I32_ROTL_I, 2) \
  C(I32_XOR, I32_ADD, 2) C(I32_XOR, I32_ADD, 3) C(I32_ADD, I32_ADD, 2) C(I32_ADD, I32_ADD, 3) \
  C(I64_XOR, I64_MUL_K, 2) C(I64_MUL_K, I64_SHR_U_I, 2) C(I64_SHR_U_I, I64_XOR, 2) \
  C(I64_SHR_U_I, I64_XOR, 3) C(I64_LOAD8_U_AI, I64_XOR, 2) C(I64_LOAD8_U_AI, I64_XOR, 3) \
  C(F64_MUL_M, F64_ADD_M, 2) C(F64_ADD_M, F64_STORE, 2) C(F64_MUL, F64_ADD_M, 2) \
  C(F64_ADD, F64_STORE, 2) C(F64_SUB, F64_STORE, 2) C(F64_MUL, F64_SUB, 2) C(F64_MUL, F64_SUB, 3) \
  C(F64_MUL, F64_MUL, 2) C(F64_MUL, F64_MUL, 3) C(F64_LOAD, F64_ADD, 2) C(F64_LOAD, F64_ADD, 3) \
  C(F64_LOAD, F64_MUL, 2) C(F64_LOAD, F64_MUL, 3) C(F64_LOAD_AI, F64_MUL, 2) \
  C(F64_LOAD_AI, F64_MUL, 3) C(I32_LOAD, I32_ADD, 2) C(I32_LOAD, I32_ADD, 3) \
  C(I32_LOAD, I32_ADD_I, 2) C(I32_LOAD, I32_SUB_I, 2) C(I32_LOAD8_U, I32_SUB_I, 2) \
  C(I32_LOAD8_U_AI, I32_SUB_I, 2) C(I32_LOAD8_U_A, BR_I32_NE, 1) C(I32_LOAD8_U_A, BR_I32_NE, 2) \
  C(I32_ADD, I32_SHL_I, 2) C(I32_ADD, I32_MUL_I, 2) C(I32_ADD, I32_SUB_I, 2) \
  C(I32_ADD, I32_LOAD8_U_A, 2) C(I32_ADD, I32_LOAD8_U_A, 3) C(I32_ADD_I, BR_I32_NE, 1) \
  C(I32_ADD_I, I32_ADD_I, 2) C(I32_ADD_I, I32_SUB_I, 2) C(I32_MUL_I, I32_ADD, 2) \
  C(I32_MUL_I, I32_ADD, 3) C(I32_SHR_U_I, I32_STORE8, 2) C(I32_SHR_U_I, I32_XOR, 2) \
  C(I32_SHR_U_I, I32_XOR, 3) C(I32_XOR, I32_SHR_U_I, 2) C(I32_LOAD_AI, I32_ROTL_I, 2) \
  C(I32_LOAD_AI, I32_AND, 2) C(I32_LOAD_AI, I32_AND, 3) C(I32_SHL_I, I32_ADD_M, 2) \
  C(I32_ADD_M, I32_SHL_I, 2) C(I64_LOAD, I64_STORE, 2) C(I64_LOAD_AI, I64_STORE, 2) \
  C(I64_LOAD, I64_LT_U, 2) C(I64_LOAD, I64_LT_U, 3) C(I64_GE_U, I32_ADD, 2) \
  C(I64_GE_U, I32_ADD, 3) C(I32_ADD, BR_I32_GE_S, 1) C(I32_ADD, BR_I32_GE_S, 2) \
  C(I32_AND, I32_SHL_I, 2) C(I32_AND_I, I32_ADD, 2) C(I32_AND_I, I32_ADD, 3) \
  C(I32_ADD_I, BR_I32_NE_I, 1) C(I32_ADD_I, BR_I32_LT_S, 1) C(I32_XOR_I, I32_AND, 2) \
  C(I32_XOR_I, I32_AND, 3) C(I32_XOR, I32_AND, 2) C(I32_XOR, I32_AND, 3) C(I32_LT_U_I, SELECT, 4) \
  C(SELECT, I32_MUL_I, 2) C(I32_ADD_I, I32_LOAD, 2) C(I32_ADD_I, I32_STORE, 1) \
  C(I32_ADD_I, I32_STORE, 2) C(I32_ADD, I32_STORE, 1) C(I32_ADD, I32_STORE, 2) \
  C(I32_ADD_I, F64_LOAD_AI, 2) C(I32_ADD_I, I64_LOAD_AI, 2) C(I32_SHL_I, I64_LOAD_A, 2) \
  C(I32_SHL_I, I64_LOAD_A, 3) C(I32_AND_I, BR_I32_EQ_I, 1) C(I32_ADD, I32_EQ_I, 2) \
  C(I32_EQ_I, BR_I32_NE_I, 1) C(F64_ADD, F64_ADD, 2) C(F64_ADD, F64_ADD, 3) C(F64_MUL, F64_ADD, 2) \
  C(F64_MUL, F64_ADD, 3) C(F64_ADD, F64_SQRT, 2) C(F64_SQRT, F64_MUL, 2) C(F64_SQRT, F64_MUL, 3) \
  C(CONST64, F64_DIV, 2) C(I32_ADD, I32_LOAD8_U, 2) C(I32_LOAD8_U, BR_I32_EQ_I, 1) \
  C(I32_SUB, BR_I32_GT_U_I, 1) C(I64_LOAD_A, BR_I64_NE, 1) C(I64_LOAD_A, BR_I64_NE, 2) \
  C(I32_LOAD, BR_I32_LT_U, 1) C(I32_LOAD, BR_I32_LT_U, 2) C(I32_LOAD, I32_STORE, 2) \
  C(I32_LOAD8_U, BR_I32_NE, 1) C(I32_LOAD8_U, BR_I32_NE, 2) C(I32_LOAD, I32_MUL_I, 2) \
  C(I32_MUL_I, I32_SHR_U_I, 2) C(I32_ADD_M, I32_STORE8_V, 1) C(I32_LOAD8_U_A, BR_I32_EQ_I, 1)

/* Chained triples: T_A__B_KB__C_KC is A, then B with A's result as its operand word KB, then C with
 * B's result as its operand word KC, both results handed over in registers (the conditions of
 * H_OPS_CPAIR for each link). compile.c prefers a listed triple to a pair. */
#define H_OPS_CTRIPLE(T) \
  T(F64_MUL_M, F64_ADD_M, 2, F64_STORE, 2) T(F64_MUL, F64_ADD_M, 2, F64_STORE, 2) \
  T(I32_SHL_I, I32_LOAD_AI, 2, BR_TABLE, 1) T(I64_XOR, I64_MUL_K, 2, I64_SHR_U_I, 2) \
  T(I32_LOAD_AI, I32_ROTL_I, 2, I32_XOR, 3)

/* Stores of a constant value: NAME_V  addr, imm, offset  stores (TYPE)(int64_t)(int32_t)imm, where
 * TYPE is NAME's access type. compile.c also uses I32_STORE_V / I64_STORE_V for f32 / f64 constants
 * whose bits fit (a store writes bits). Columns: Z(NAME). */
#define H_OPS_STOREV(Z) \
  Z(I32_STORE) Z(I32_STORE8) Z(I32_STORE16) Z(I64_STORE) Z(I64_STORE8) Z(I64_STORE16) Z(I64_STORE32)

/* Every internal op in opcode order: expands H_OP_ENTRY(ID) once per op, ID being the op's name
 * without the H_OP_ prefix (I32_ADD, I32_ADD_I, BR_I32_EQ, P_MOV__MOV, ...). Define H_OP_ENTRY
 * before use. The enum below, the handler labels of interp.c and every name table come from it. */
#define H_OPS_ALL \
  H_OPS_SPECIAL(H_ALL_Y_) H_OPS_MEMORY(H_ALL_X_) H_OPS_NUMERIC(H_ALL_X_) H_OPS_SIMD(H_ALL_X_) \
  H_OPS_IMM(H_ALL_ZI_) H_OPS_BRCMP(H_ALL_ZB_) H_OPS_MEMORY(H_ALL_XA_) H_OPS_PAIR(H_ALL_P_) \
  H_OPS_LOADOP(H_ALL_ZM_) H_OPS_IMM64(H_ALL_ZK_) H_OPS_STOREV(H_ALL_ZV_) H_OPS_CPAIR(H_ALL_C_) \
  H_OPS_CTRIPLE(H_ALL_T_)
#define H_ALL_Y_(name, n) H_OP_ENTRY(name)
#define H_ALL_X_(name, pfx, code, shape, res, t1, t2, t3, imm) H_OP_ENTRY(name)
#define H_ALL_ZI_(name, res, t) H_OP_ENTRY(name##_I)
#define H_ALL_ZB_(name, res, t) H_OP_ENTRY(BR_##name) H_OP_ENTRY(BR_##name##_I)
#define H_ALL_XA_(name, pfx, code, shape, res, t1, t2, t3, imm) \
  H_OP_ENTRY(name##_A) H_OP_ENTRY(name##_AI) H_OP_ENTRY(name##_C)
#define H_ALL_P_(a, b) H_OP_ENTRY(P_##a##__##b)
#define H_ALL_ZM_(name, load, t) H_OP_ENTRY(name##_M)
#define H_ALL_ZK_(name) H_OP_ENTRY(name##_K)
#define H_ALL_ZV_(name) H_OP_ENTRY(name##_V)
#define H_ALL_C_(a, b, k) H_OP_ENTRY(C_##a##__##b##_##k)
#define H_ALL_T_(a, b, kb, c, kc) H_OP_ENTRY(T_##a##__##b##_##kb##__##c##_##kc)

/* The internal opcode numbers. */
enum h_op {
#define H_OP_ENTRY(id) H_OP_##id,
  H_OPS_ALL
#undef H_OP_ENTRY
  H_OP_COUNT
};

#endif /* H_OPS_H */
