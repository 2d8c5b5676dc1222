/* ops_simd.h: the SIMD (0xFD prefix) part of the internal instruction list; columns as in ops.h. */
#ifndef H_OPS_SIMD_H
#define H_OPS_SIMD_H
#define H_OPS_SIMD(X)
#endif
