/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 16 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      16
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint8_t  f0;
   int32_t  f1;
   int8_t  f2;
};

struct S1 {
   const unsigned f0 : 17;
   unsigned f1 : 28;
   const signed f2 : 3;
   unsigned f3 : 21;
};

struct S2 {
   int8_t  f0;
   uint16_t  f1;
   const signed f2 : 2;
   uint32_t  f3;
   int32_t  f4;
   uint16_t  f5;
   float  f6;
};

union U3 {
   unsigned f0 : 9;
   uint32_t  f1;
   signed f2 : 13;
   uint32_t  f3;
   const uint64_t  f4;
};

union U4 {
   const uint32_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_4 = 0x4BC9C3D0L;
static struct S0 g_9[10] = {{1UL,0x6B17B722L,0xA7L},{253UL,0x68F928D9L,-1L},{0xB8L,-1L,0x77L},{0xB8L,-1L,0x77L},{253UL,0x68F928D9L,-1L},{1UL,0x6B17B722L,0xA7L},{253UL,0x68F928D9L,-1L},{0xB8L,-1L,0x77L},{0xB8L,-1L,0x77L},{253UL,0x68F928D9L,-1L}};
static int32_t g_10 = 5L;
static int32_t g_11 = 0L;
static int32_t g_12 = 0x779D44F4L;
static int32_t g_48[10][10][2] = {{{1L,0L},{2L,0xCD5B9AADL},{(-1L),0xC84746BAL},{0L,(-2L)},{(-1L),7L},{0x2BB76079L,2L},{0x0C99D02BL,0x0262A889L},{(-1L),0xA4F543A9L},{(-1L),2L},{(-9L),(-1L)}},{{0xCD5B9AADL,(-2L)},{0x0AFAA935L,3L},{0x1D26016EL,0x1D26016EL},{0x4B39C2D9L,0xB2DC5075L},{0x6BF08EAFL,0xCF5EE2CBL},{(-8L),0x0C99D02BL},{0xF408375FL,(-8L)},{3L,0L},{0x0AFAA935L,0L},{0x0262A889L,7L}},{{0L,0xCD5B9AADL},{(-2L),0x4B172ABFL},{0xB2DC5075L,(-9L)},{(-9L),0x0AFAA935L},{0xF408375FL,0xCF5EE2CBL},{(-1L),0xA2AE39B9L},{1L,0L},{0x0C99D02BL,3L},{0xA2AE39B9L,2L},{7L,0x114ABDC4L}},{{(-1L),(-1L)},{1L,1L},{(-8L),2L},{1L,(-1L)},{0x114ABDC4L,(-1L)},{0x4B39C2D9L,0xF408375FL},{0xCD5B9AADL,0x92507BCDL},{0x6BF08EAFL,(-2L)},{(-1L),(-2L)},{0x6BF08EAFL,0x92507BCDL}},{{0xCD5B9AADL,0xF408375FL},{0x4B39C2D9L,(-1L)},{0x114ABDC4L,(-1L)},{1L,2L},{(-8L),1L},{1L,(-1L)},{(-1L),0x114ABDC4L},{7L,2L},{0xA2AE39B9L,3L},{0x0C99D02BL,0L}},{{1L,0xA2AE39B9L},{(-1L),0xCF5EE2CBL},{0xF408375FL,0x0AFAA935L},{(-9L),(-9L)},{0xB2DC5075L,0x4B172ABFL},{(-2L),0xCD5B9AADL},{0L,7L},{0x0262A889L,0L},{0x0AFAA935L,(-8L)},{0x0AFAA935L,0L}},{{0x0262A889L,7L},{0L,0xCD5B9AADL},{(-2L),0x4B172ABFL},{0xB2DC5075L,(-9L)},{(-9L),0x0AFAA935L},{0xF408375FL,0xCF5EE2CBL},{(-1L),0xA2AE39B9L},{1L,0L},{0x0C99D02BL,3L},{0xA2AE39B9L,2L}},{{7L,0x114ABDC4L},{(-1L),(-1L)},{1L,1L},{(-8L),2L},{1L,(-1L)},{0x114ABDC4L,(-1L)},{0x4B39C2D9L,0xF408375FL},{0xCD5B9AADL,0x92507BCDL},{0x6BF08EAFL,(-2L)},{(-1L),(-2L)}},{{0x6BF08EAFL,0x92507BCDL},{0xCD5B9AADL,0xF408375FL},{0x4B39C2D9L,(-1L)},{0x114ABDC4L,(-1L)},{1L,2L},{(-8L),1L},{1L,(-1L)},{(-1L),0x114ABDC4L},{7L,2L},{0xA2AE39B9L,3L}},{{0x0C99D02BL,0L},{1L,0xA2AE39B9L},{(-1L),0xCF5EE2CBL},{0xF408375FL,0x0AFAA935L},{(-9L),(-9L)},{0xB2DC5075L,0x4B172ABFL},{(-2L),0xCD5B9AADL},{0L,7L},{0x0262A889L,0L},{0x0AFAA935L,(-8L)}}};
static uint8_t g_74 = 0x21L;
static int32_t *g_77 = (void*)0;
static int8_t g_88[9] = {0x96L,0x96L,0x96L,0x96L,0x96L,0x96L,0x96L,0x96L,0x96L};
static int8_t *g_87 = &g_88[0];
static int16_t g_100 = 4L;
static int64_t g_112 = 0x2D5331A3B0D4ED63LL;
static uint32_t g_147[6][1][1] = {{{6UL}},{{0UL}},{{0UL}},{{6UL}},{{0UL}},{{0UL}}};
static struct S1 g_148 = {61,13075,1,751};
static uint8_t g_174 = 0x15L;
static uint8_t *g_173 = &g_174;
static union U3 g_180 = {0x5D3A580EL};
static union U3 *g_179[3] = {&g_180,&g_180,&g_180};
static union U3 g_182[9][1][8] = {{{{0xE9C7F93EL},{1UL},{0x11B6DA61L},{1UL},{0xB6F5C222L},{0x19F3F7CDL},{0x51E0E9ADL},{4294967295UL}}},{{{5UL},{0x7B62A77DL},{1UL},{0xDE07D20DL},{1UL},{0x7B62A77DL},{4294967287UL},{0x19F3F7CDL}}},{{{0xDE07D20DL},{0xE9C7F93EL},{0x11B6DA61L},{0UL},{4294967292UL},{0xB3E451ECL},{1UL},{0xF45062F4L}}},{{{0x9F787DA6L},{0x11B6DA61L},{0xB6F5C222L},{0xF2558EA9L},{4294967292UL},{0xE57589B6L},{0xB3E451ECL},{0xDE07D20DL}}},{{{0xDE07D20DL},{1UL},{0xEE2D552EL},{0xF45062F4L},{1UL},{1UL},{1UL},{1UL}}},{{{4294967287UL},{0xF2558EA9L},{0xF2558EA9L},{4294967287UL},{0x51E0E9ADL},{1UL},{5UL},{0x11B6DA61L}}},{{{4294967292UL},{1UL},{4294967287UL},{1UL},{0x5E3F2DEFL},{0x19F3F7CDL},{0xE9C7F93EL},{0xB6F5C222L}}},{{{0x19F3F7CDL},{1UL},{5UL},{0xB3E451ECL},{0x9F787DA6L},{1UL},{0xE57589B6L},{0xEE2D552EL}}},{{{0xE57589B6L},{0xF2558EA9L},{0x5E3F2DEFL},{1UL},{5UL},{1UL},{0x5E3F2DEFL},{0xF2558EA9L}}}};
static union U3 *g_181 = &g_182[0][0][3];
static uint8_t g_196 = 0x1DL;
static struct S1 *g_216 = (void*)0;
static int64_t *g_224 = (void*)0;
static int32_t g_280[7] = {0x71616FBDL,0x71616FBDL,0x71616FBDL,0x71616FBDL,0x71616FBDL,0x71616FBDL,0x71616FBDL};
static int32_t g_281 = 0xA4903D65L;
static int32_t g_282 = 0x9846EECEL;
static int32_t g_283 = (-4L);
static int32_t g_284 = 0L;
static int32_t g_285 = 0x4DFA43F4L;
static int32_t g_286 = (-4L);
static int32_t g_287 = 0xF06F11A5L;
static int32_t g_288 = 0x01B67642L;
static int32_t g_289 = 0x746AA76BL;
static int32_t g_290 = (-1L);
static int32_t g_291 = 0x8EF02D1DL;
static int32_t g_292 = 0x3043293DL;
static int32_t g_293 = 5L;
static int32_t g_294[8][10] = {{0xC9DEEEC2L,0x51CD8F33L,0x76119070L,8L,8L,0x76119070L,0x51CD8F33L,0xC9DEEEC2L,(-9L),0x8DDC0993L},{0x76119070L,0x51CD8F33L,0xC9DEEEC2L,(-9L),0x8DDC0993L,(-9L),0xC9DEEEC2L,0x51CD8F33L,0x76119070L,8L},{0xE3A9FBFAL,(-9L),0xC9DEEEC2L,0x8DDC0993L,0x51CD8F33L,0x51CD8F33L,0x8DDC0993L,0xC9DEEEC2L,(-9L),0xE3A9FBFAL},{(-9L),(-9L),0x76119070L,0x8DDC0993L,0x2A793669L,0xE3A9FBFAL,0x2A793669L,0x8DDC0993L,0x76119070L,(-9L)},{8L,0xC9DEEEC2L,0xE3A9FBFAL,(-9L),0x2A793669L,(-9L),(-9L),0x2A793669L,(-9L),0xE3A9FBFAL},{0x2A793669L,0x2A793669L,(-9L),8L,0x51CD8F33L,(-9L),0x76119070L,(-9L),0x51CD8F33L,8L},{8L,(-1L),8L,(-9L),0x8DDC0993L,0xE3A9FBFAL,0x76119070L,0x76119070L,0xE3A9FBFAL,0x8DDC0993L},{(-9L),0x2A793669L,0x2A793669L,(-9L),8L,0x51CD8F33L,(-9L),0x76119070L,(-9L),0x51CD8F33L}};
static int32_t g_295 = 1L;
static int32_t g_296[8][1][8] = {{{0xA4E8C017L,1L,0x624A3151L,0xBE0E93FEL,1L,0L,0L,0x2E5E93C6L}},{{1L,3L,0x6341F221L,1L,0x89E560A1L,1L,0x6341F221L,3L}},{{3L,0x1CFE56B4L,0x89E560A1L,(-7L),0x2FD2FEEDL,0x736988ECL,3L,0L}},{{0L,0x624A3151L,0x2E5E93C6L,0x6341F221L,3L,6L,3L,(-6L)}},{{3L,0x6341F221L,0x89E560A1L,0x736988ECL,0x736988ECL,0x89E560A1L,0x6341F221L,3L}},{{0xBE0E93FEL,0L,0x736988ECL,0x6341F221L,0x2FD2FEEDL,0L,0x59C4E1FAL,7L}},{{0x736988ECL,0xA4E8C017L,0x1CFE56B4L,0x59C4E1FAL,0x6341F221L,0L,3L,6L}},{{0L,0L,0x2E5E93C6L,6L,0x2E5E93C6L,0L,0L,1L}}};
static int32_t g_297 = 0x03B54FA3L;
static int32_t g_298[3] = {0x76F50C88L,0x76F50C88L,0x76F50C88L};
static uint64_t g_352 = 1UL;
static struct S2 g_384 = {-9L,0xED29L,-0,18446744073709551608UL,0x294EEDCFL,0UL,0x0.5p+1};
static struct S0 *g_409 = &g_9[4];
static struct S0 *g_411[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int8_t **g_463[2][9][8] = {{{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87}},{{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87},{&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87}}};
static int8_t ***g_462 = &g_463[1][8][5];
static uint16_t g_464 = 0x24C7L;
static int32_t g_465 = (-1L);
static union U3 g_487 = {0x05FF6A7CL};
static struct S2 *g_517 = (void*)0;
static struct S2 * const *g_516[5] = {&g_517,&g_517,&g_517,&g_517,&g_517};
static struct S2 * const **g_515 = &g_516[4];
static uint32_t g_566 = 0x50F5FD91L;
static int64_t g_578 = 0x65254F4BB6D4EFFELL;
static uint8_t g_619 = 0x84L;
static float g_630 = 0x9.5D906Cp-24;
static int16_t g_647[3] = {(-2L),(-2L),(-2L)};
static float *g_681 = (void*)0;
static float **g_680 = &g_681;
static union U4 g_824 = {18446744073709551615UL};
static uint64_t g_866 = 0x5FB1A7483BC90BB6LL;
static struct S2 g_868[9] = {{0xF6L,2UL,1,18446744073709551607UL,0x0B75F531L,0UL,0x2.Ap-1},{0xF6L,2UL,1,18446744073709551607UL,0x0B75F531L,0UL,0x2.Ap-1},{0xF6L,2UL,1,18446744073709551607UL,0x0B75F531L,0UL,0x2.Ap-1},{0xF6L,2UL,1,18446744073709551607UL,0x0B75F531L,0UL,0x2.Ap-1},{0xF6L,2UL,1,18446744073709551607UL,0x0B75F531L,0UL,0x2.Ap-1},{0xF6L,2UL,1,18446744073709551607UL,0x0B75F531L,0UL,0x2.Ap-1},{0xF6L,2UL,1,18446744073709551607UL,0x0B75F531L,0UL,0x2.Ap-1},{0xF6L,2UL,1,18446744073709551607UL,0x0B75F531L,0UL,0x2.Ap-1},{0xF6L,2UL,1,18446744073709551607UL,0x0B75F531L,0UL,0x2.Ap-1}};
static const uint32_t g_896[3][1] = {{0UL},{0UL},{0UL}};
static int64_t g_913 = (-1L);
static int32_t **g_1001 = &g_77;
static int32_t ***g_1000 = &g_1001;
static const union U3 g_1049 = {0x224E6E68L};
static const union U3 *g_1048 = &g_1049;
static int32_t g_1095 = 0x83749D74L;
static int32_t *g_1222 = (void*)0;
static int32_t * const ****g_1225 = (void*)0;
static int32_t g_1239[1][6] = {{0xAAB5870DL,0xAAB5870DL,0xAAB5870DL,0xAAB5870DL,0xAAB5870DL,0xAAB5870DL}};
static struct S2 g_1303 = {-1L,1UL,-1,0x3C587EB8L,0xD8A51651L,0x4427L,-0x3.6p-1};
static union U3 g_1335 = {0x65E59C4EL};
static int32_t g_1620 = (-1L);
static uint32_t g_1631 = 0x70698694L;
static int32_t ***g_1669 = &g_1001;
static uint8_t g_1743 = 255UL;
static int64_t g_1780 = 1L;
static uint32_t g_1782[3] = {6UL,6UL,6UL};
static union U4 g_1798[9][5] = {{{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL}},{{18446744073709551615UL},{0UL},{18446744073709551615UL},{0UL},{18446744073709551615UL}},{{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL}},{{18446744073709551615UL},{0UL},{18446744073709551615UL},{0UL},{18446744073709551615UL}},{{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL}},{{18446744073709551615UL},{0UL},{18446744073709551615UL},{0UL},{18446744073709551615UL}},{{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL}},{{18446744073709551615UL},{0UL},{18446744073709551615UL},{0UL},{18446744073709551615UL}},{{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL},{18446744073709551609UL}}};
static struct S1 ***g_1837 = (void*)0;
static int32_t ** const *g_1851 = &g_1001;
static int32_t ** const **g_1850 = &g_1851;
static int32_t ** const ***g_1849 = &g_1850;
static float g_1877 = 0x5.288982p-70;
static uint64_t g_1894 = 0xB6B290063A360E9FLL;
static int8_t *** const *g_1939 = &g_462;
static int8_t *** const **g_1938[4][8][3] = {{{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939}},{{(void*)0,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{(void*)0,(void*)0,&g_1939},{&g_1939,(void*)0,&g_1939},{&g_1939,&g_1939,(void*)0},{&g_1939,&g_1939,&g_1939}},{{&g_1939,&g_1939,(void*)0},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939}},{{&g_1939,&g_1939,&g_1939},{(void*)0,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{&g_1939,&g_1939,&g_1939},{(void*)0,(void*)0,&g_1939},{&g_1939,(void*)0,&g_1939},{&g_1939,&g_1939,(void*)0}}};
static uint8_t **g_1969 = &g_173;
static uint8_t *g_2110 = &g_74;
static int32_t ****g_2169 = &g_1669;
static int32_t *****g_2168[10] = {&g_2169,&g_2169,&g_2169,&g_2169,&g_2169,&g_2169,&g_2169,&g_2169,&g_2169,&g_2169};


/* --- FORWARD DECLARATIONS --- */
static union U3  func_1(void);
static int32_t * func_13(int32_t * p_14, union U4  p_15, int32_t * p_16, int32_t * p_17);
static int32_t * func_18(struct S2  p_19, uint16_t  p_20, union U3  p_21, int32_t * p_22, int32_t * p_23);
static int16_t  func_25(const int16_t  p_26, int32_t * p_27, const int16_t  p_28, int32_t * const  p_29);
static uint16_t  func_33(int32_t * p_34, int32_t * p_35, int32_t * p_36);
static int32_t * func_37(struct S2  p_38, uint64_t  p_39, int32_t * const  p_40, int32_t * const  p_41);
static struct S2  func_42(uint64_t  p_43, int32_t * const  p_44, struct S0  p_45);
static struct S1  func_53(uint8_t  p_54);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4
 * writes: g_4
 */
static union U3  func_1(void)
{ /* block id: 0 */
    uint32_t l_2 = 0xC902DAFBL;
    int32_t *l_3 = &g_4;
    uint8_t l_32 = 254UL;
    int32_t *l_1154[2];
    int32_t *l_1160 = (void*)0;
    int32_t *l_1885 = &g_283;
    uint16_t *l_1896 = &g_1303.f1;
    uint16_t **l_1895 = &l_1896;
    struct S0 l_1913 = {0x23L,1L,0x81L};
    int16_t l_1920 = 0x7DCCL;
    int32_t l_1922 = 0xB7F870FBL;
    float l_1923[5] = {0x9.CEE705p+40,0x9.CEE705p+40,0x9.CEE705p+40,0x9.CEE705p+40,0x9.CEE705p+40};
    int8_t *** const *l_1937 = &g_462;
    int8_t *** const **l_1936 = &l_1937;
    uint32_t l_2052 = 0x3028693CL;
    struct S1 *l_2134 = (void*)0;
    int16_t l_2152 = 9L;
    int32_t *****l_2170 = (void*)0;
    uint32_t l_2173 = 0xCDF5D25EL;
    uint32_t l_2175 = 0x7C6CADF5L;
    union U3 l_2187 = {0x152ABA5EL};
    int i;
    for (i = 0; i < 2; i++)
        l_1154[i] = &g_292;
    (*l_3) |= l_2;
    for (l_2 = 0; (l_2 >= 41); l_2++)
    { /* block id: 4 */
        int32_t * const l_396 = (void*)0;
        const int8_t l_1155[6] = {(-5L),0L,(-5L),(-5L),0L,(-5L)};
        union U3 l_1158 = {4294967295UL};
        int32_t *l_1159 = &g_1095;
        float l_1897[7];
        int32_t l_1900 = 0x99936786L;
        int32_t l_1902 = 0xB27CE3A7L;
        const uint8_t * const l_1919 = (void*)0;
        int16_t l_1935 = (-1L);
        const struct S2 ***l_2007 = (void*)0;
        const struct S2 ****l_2006[9][3][7] = {{{&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,(void*)0},{&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007},{&l_2007,(void*)0,&l_2007,&l_2007,(void*)0,&l_2007,&l_2007}},{{&l_2007,&l_2007,&l_2007,(void*)0,&l_2007,(void*)0,(void*)0},{&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007},{&l_2007,(void*)0,(void*)0,&l_2007,(void*)0,&l_2007,&l_2007}},{{(void*)0,&l_2007,(void*)0,(void*)0,&l_2007,&l_2007,(void*)0},{&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007},{&l_2007,(void*)0,(void*)0,&l_2007,&l_2007,(void*)0,(void*)0}},{{&l_2007,&l_2007,&l_2007,(void*)0,&l_2007,&l_2007,&l_2007},{&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,(void*)0},{&l_2007,&l_2007,&l_2007,&l_2007,(void*)0,(void*)0,&l_2007}},{{&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,(void*)0},{&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007},{&l_2007,(void*)0,&l_2007,&l_2007,(void*)0,&l_2007,&l_2007}},{{&l_2007,&l_2007,(void*)0,(void*)0,&l_2007,(void*)0,(void*)0},{&l_2007,&l_2007,&l_2007,&l_2007,(void*)0,&l_2007,&l_2007},{&l_2007,(void*)0,&l_2007,&l_2007,(void*)0,&l_2007,&l_2007}},{{&l_2007,(void*)0,&l_2007,(void*)0,(void*)0,(void*)0,(void*)0},{&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007},{&l_2007,(void*)0,(void*)0,(void*)0,(void*)0,&l_2007,(void*)0}},{{&l_2007,&l_2007,&l_2007,(void*)0,&l_2007,&l_2007,(void*)0},{(void*)0,&l_2007,&l_2007,(void*)0,&l_2007,&l_2007,&l_2007},{&l_2007,(void*)0,(void*)0,&l_2007,(void*)0,(void*)0,&l_2007}},{{(void*)0,&l_2007,&l_2007,(void*)0,&l_2007,&l_2007,(void*)0},{&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007},{&l_2007,(void*)0,&l_2007,&l_2007,&l_2007,&l_2007,&l_2007}}};
        uint32_t l_2025 = 0x23C959CAL;
        float *l_2087[7] = {&l_1897[2],&l_1897[2],&l_1897[2],&l_1897[2],&l_1897[2],&l_1897[2],&l_1897[2]};
        uint32_t l_2093 = 0x8D43D43BL;
        uint8_t *l_2109 = &g_619;
        struct S0 **l_2117[4][7] = {{&g_411[2],&g_411[4],&g_411[4],&g_411[2],&g_411[2],&g_411[2],&g_411[2]},{&g_411[4],&g_411[2],&g_411[2],&g_411[4],&g_411[2],&g_411[3],&g_411[2]},{&g_411[4],&g_411[2],&g_411[2],&g_411[4],&g_411[2],&g_411[3],&g_411[2]},{&g_411[4],&g_411[2],&g_411[2],&g_411[4],&g_411[2],&g_411[3],&g_411[2]}};
        struct S1 **l_2128 = (void*)0;
        struct S1 ***l_2127[9] = {&l_2128,&l_2128,&l_2128,&l_2128,&l_2128,&l_2128,&l_2128,&l_2128,&l_2128};
        int32_t ****l_2167 = &g_1000;
        int32_t *****l_2166 = &l_2167;
        int i, j, k;
        for (i = 0; i < 7; i++)
            l_1897[i] = 0x0.463E78p+44;
        for (g_4 = 0; (g_4 <= 2); g_4 = safe_add_func_int16_t_s_s(g_4, 9))
        { /* block id: 7 */
            uint16_t l_1153 = 0x6FC1L;
            int32_t l_1898[7][7][3] = {{{0x0FDA497EL,(-1L),(-3L)},{0x5C68ACE5L,(-8L),0xBC763B2FL},{(-4L),0L,0L},{0x1253B7C5L,0xD6F75AD0L,0x8CFDB4CFL},{(-7L),0xA5836F23L,0x2B0CE965L},{0x0522FCD8L,(-1L),0x1E6E1D56L},{0L,(-2L),0x1253B7C5L}},{{(-4L),(-1L),8L},{0x91F561CEL,0xA5836F23L,(-1L)},{(-1L),0xD6F75AD0L,(-1L)},{0L,0L,0x1E6E1D56L},{0x0FDA497EL,(-8L),0x91F561CEL},{0x2B0CE965L,(-1L),0xBC763B2FL},{(-1L),1L,9L}},{{(-1L),0xD6F75AD0L,(-1L)},{0x0522FCD8L,0x589169AEL,(-3L)},{0x0522FCD8L,1L,(-1L)},{(-1L),0x216CB9C2L,0x1253B7C5L},{(-1L),9L,(-1L)},{0x2B0CE965L,0xA5836F23L,(-7L)},{0x0FDA497EL,0x91F561CEL,0xDBC5AE3CL}},{{0L,0L,(-1L)},{(-1L),(-1L),0x91F561CEL},{0x91F561CEL,5L,0x8CFDB4CFL},{(-4L),1L,0xC64A3E3DL},{0L,0x91F561CEL,0x8CFDB4CFL},{0x0522FCD8L,0L,0x91F561CEL},{(-7L),(-1L),(-1L)}},{{0x1253B7C5L,0xDEF7D98FL,0xDBC5AE3CL},{(-4L),9L,(-7L)},{0x5C68ACE5L,0x589169AEL,(-1L)},{0x0FDA497EL,0x5C68ACE5L,0x1253B7C5L},{0xC64A3E3DL,0L,(-1L)},{0xBC763B2FL,5L,(-3L)},{0x2B0CE965L,5L,(-1L)}},{{(-8L),0L,9L},{0L,0x5C68ACE5L,0xBC763B2FL},{(-7L),0x589169AEL,0x91F561CEL},{8L,9L,0x1E6E1D56L},{(-1L),0xDEF7D98FL,(-1L)},{(-8L),(-1L),(-1L)},{0x5C68ACE5L,0L,8L}},{{(-1L),0x91F561CEL,0x1253B7C5L},{0L,1L,0x1E6E1D56L},{(-1L),5L,0x2B0CE965L},{0x5C68ACE5L,(-1L),0x8CFDB4CFL},{(-8L),0L,0L},{(-1L),0x91F561CEL,0xBC763B2FL},{8L,0xA5836F23L,(-3L)}}};
            int32_t l_1921 = 0xAE19F505L;
            uint32_t l_1924 = 4294967295UL;
            const int64_t *l_1925[3];
            uint32_t l_1932 = 1UL;
            const float l_1944 = 0x0.5619AAp-73;
            const int8_t *l_1964 = &g_1303.f0;
            const int8_t **l_1963[4][3] = {{&l_1964,(void*)0,&l_1964},{&l_1964,&l_1964,&l_1964},{&l_1964,&l_1964,&l_1964},{&l_1964,&l_1964,&l_1964}};
            const int8_t ***l_1962 = &l_1963[0][2];
            const int8_t ****l_1961 = &l_1962;
            const int8_t *****l_1960 = &l_1961;
            uint8_t ** const l_1973[7][8] = {{&g_173,&g_173,&g_173,&g_173,&g_173,&g_173,(void*)0,&g_173},{&g_173,&g_173,(void*)0,(void*)0,&g_173,&g_173,&g_173,(void*)0},{&g_173,&g_173,&g_173,&g_173,&g_173,(void*)0,&g_173,&g_173},{(void*)0,&g_173,&g_173,&g_173,&g_173,&g_173,&g_173,&g_173},{(void*)0,(void*)0,&g_173,&g_173,&g_173,&g_173,&g_173,&g_173},{&g_173,&g_173,&g_173,&g_173,&g_173,(void*)0,&g_173,&g_173},{&g_173,&g_173,&g_173,(void*)0,&g_173,&g_173,&g_173,&g_173}};
            int32_t ** const **l_2067 = &g_1851;
            uint8_t l_2077 = 253UL;
            float *l_2086[3][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
            struct S1 ***l_2130[10][3][5] = {{{&l_2128,&l_2128,&l_2128,(void*)0,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128}},{{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128}},{{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128}},{{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,(void*)0,&l_2128}},{{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128}},{{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,(void*)0,&l_2128,&l_2128}},{{&l_2128,(void*)0,&l_2128,&l_2128,&l_2128},{&l_2128,(void*)0,(void*)0,(void*)0,&l_2128},{&l_2128,&l_2128,(void*)0,&l_2128,&l_2128}},{{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,(void*)0,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128}},{{(void*)0,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128}},{{&l_2128,&l_2128,&l_2128,&l_2128,&l_2128},{(void*)0,(void*)0,(void*)0,&l_2128,&l_2128},{(void*)0,&l_2128,&l_2128,&l_2128,&l_2128}}};
            const int16_t l_2151 = 0xF6F3L;
            struct S0 l_2165[3][9][6] = {{{{0xA7L,1L,6L},{0UL,1L,0L},{0xBCL,0L,0x5CL},{0UL,1L,0L},{0xA7L,1L,6L},{0x84L,0x370BFA85L,0xE0L}},{{255UL,0x5A6583FDL,1L},{0x0DL,0xFEA2219EL,0L},{0x1EL,0x1C4289D3L,-1L},{1UL,0x9491B29FL,0x8EL},{1UL,0x0AE64C0EL,0x61L},{0UL,0L,5L}},{{6UL,1L,0xB7L},{254UL,0L,0xD8L},{0xDBL,0x54FA892FL,0xEEL},{0x0DL,0xFEA2219EL,0L},{255UL,0x79A429F2L,-4L},{0UL,0L,5L}},{{0xBCL,0L,0x5CL},{9UL,-1L,4L},{0x1EL,0x1C4289D3L,-1L},{0x22L,-1L,0xB1L},{0x58L,-3L,-6L},{0x84L,0x370BFA85L,0xE0L}},{{255UL,0x79A429F2L,-4L},{251UL,0xDD9FC9C2L,0x7FL},{0xBCL,0L,0x5CL},{0xBAL,0L,6L},{0x84L,0x370BFA85L,0xE0L},{0x86L,0x660488F6L,-5L}},{{0x0AL,-9L,3L},{0UL,0L,0x13L},{0xA7L,1L,6L},{1UL,0x10C3079EL,-1L},{0xBAL,0L,6L},{0x6FL,2L,0xA6L}},{{255UL,0L,9L},{0x84L,0x370BFA85L,0xE0L},{0UL,1L,0L},{0x86L,0x660488F6L,-5L},{0x0AL,-9L,3L},{0x1EL,0x1C4289D3L,-1L}},{{1UL,0x22D71711L,0xE0L},{0x75L,0x7B358AE8L,-1L},{0x0AL,-9L,3L},{0x0AL,-9L,3L},{0x75L,0x7B358AE8L,-1L},{1UL,0x22D71711L,0xE0L}},{{1UL,1L,1L},{8UL,-1L,-1L},{0x6FL,2L,0xA6L},{255UL,-1L,-1L},{248UL,-10L,0xD5L},{255UL,6L,0L}}},{{{0UL,0L,0x13L},{0x41L,0xD84A95BEL,0x92L},{0x75L,0x7B358AE8L,-1L},{1UL,0x0AE64C0EL,0x61L},{255UL,0L,9L},{1UL,0x10C3079EL,-1L}},{{0UL,0L,0x13L},{0x1EL,0x1C4289D3L,-1L},{1UL,0x0AE64C0EL,0x61L},{255UL,-1L,-1L},{0xBCL,0L,0x5CL},{0x72L,0x2A33AFFDL,0x6CL}},{{1UL,1L,1L},{248UL,-10L,0xD5L},{0x31L,0x03581D61L,-3L},{0x0AL,-9L,3L},{0x6FL,2L,0xA6L},{255UL,0x2E691EA7L,0xC7L}},{{1UL,0x22D71711L,0xE0L},{255UL,-1L,-1L},{0x22L,-1L,0xB1L},{0x86L,0x660488F6L,-5L},{0x0DL,0xFEA2219EL,0L},{0UL,0L,0x13L}},{{255UL,0L,9L},{0x22L,-1L,0xB1L},{255UL,0x79A429F2L,-4L},{1UL,0x10C3079EL,-1L},{0xECL,0xF6BF143AL,-9L},{0x0DL,0xFEA2219EL,0L}},{{0x0AL,-9L,3L},{0x58L,-3L,-6L},{0x41L,0xD84A95BEL,0x92L},{0xBAL,0L,6L},{0x41L,0xD84A95BEL,0x92L},{0x58L,-3L,-6L}},{{255UL,0x79A429F2L,-4L},{0xBCL,0L,0x5CL},{254UL,0L,0xD8L},{0x22L,-1L,0xB1L},{9UL,-1L,4L},{255UL,0x5A6583FDL,1L}},{{0xBCL,0L,0x5CL},{249UL,0x9821B11EL,-10L},{0UL,0L,5L},{0x0DL,0xFEA2219EL,0L},{1UL,0x22D71711L,0xE0L},{0xE0L,-1L,0L}},{{6UL,1L,0xB7L},{249UL,0x9821B11EL,-10L},{0x72L,0x2A33AFFDL,0x6CL},{1UL,0x9491B29FL,0x8EL},{9UL,-1L,4L},{0x75L,0x7B358AE8L,-1L}}},{{{255UL,0x5A6583FDL,1L},{0xBCL,0L,0x5CL},{0xC1L,0L,9L},{0UL,1L,0L},{0x41L,0xD84A95BEL,0x92L},{0x31L,0x03581D61L,-3L}},{{0xA7L,1L,6L},{0x58L,-3L,-6L},{8UL,-1L,-1L},{255UL,0x79A429F2L,-4L},{0xECL,0xF6BF143AL,-9L},{251UL,0xDD9FC9C2L,0x7FL}},{{251UL,0xDD9FC9C2L,0x7FL},{0x22L,-1L,0xB1L},{255UL,6L,0L},{0xAFL,0x07F38625L,7L},{0x0DL,0xFEA2219EL,0L},{255UL,-1L,-1L}},{{0x58L,-3L,-6L},{255UL,-1L,-1L},{255UL,0L,9L},{0x6FL,2L,0xA6L},{0x6FL,2L,0xA6L},{255UL,0L,9L}},{{248UL,-10L,0xD5L},{248UL,-10L,0xD5L},{0xAFL,0x07F38625L,7L},{6UL,1L,0xB7L},{0xBCL,0L,0x5CL},{0x22L,-1L,0xB1L}},{{0x41L,0xD84A95BEL,0x92L},{0x1EL,0x1C4289D3L,-1L},{1UL,0x22D71711L,0xE0L},{249UL,0x9821B11EL,-10L},{255UL,0L,9L},{0xAFL,0x07F38625L,7L}},{{0xDBL,0x54FA892FL,0xEEL},{0x41L,0xD84A95BEL,0x92L},{1UL,0x22D71711L,0xE0L},{8UL,-1L,-1L},{248UL,-10L,0xD5L},{0x22L,-1L,0xB1L}},{{0x86L,0x660488F6L,-5L},{8UL,-1L,-1L},{0xAFL,0x07F38625L,7L},{0xE0L,-1L,0L},{0x75L,0x7B358AE8L,-1L},{255UL,0L,9L}},{{0xE0L,-1L,0L},{0x75L,0x7B358AE8L,-1L},{255UL,0L,9L},{0xA7L,1L,6L},{0x0AL,-9L,3L},{255UL,-1L,-1L}}}};
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_1925[i] = &g_112;
        }
    }
    return l_2187;
}


/* ------------------------------------------ */
/* 
 * reads : g_1620 g_409
 * writes: g_1620 g_9
 */
static int32_t * func_13(int32_t * p_14, union U4  p_15, int32_t * p_16, int32_t * p_17)
{ /* block id: 779 */
    union U3 *l_1889 = &g_487;
    for (g_1620 = 20; (g_1620 >= (-17)); g_1620 = safe_sub_func_int32_t_s_s(g_1620, 1))
    { /* block id: 782 */
        struct S0 l_1888 = {249UL,1L,0x9CL};
        (*g_409) = l_1888;
    }
    l_1889 = l_1889;
    return p_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_286 g_295 g_294 g_409 g_291 g_1000 g_1001 g_352 g_462 g_463 g_296 g_566 g_287 g_680 g_681 g_284 g_280 g_196 g_88 g_1222 g_1225 g_1239 g_77 g_384.f5 g_74 g_1095 g_297 g_148 g_100 g_868.f4 g_384.f1 g_281 g_298 g_174 g_48 g_12 g_147 g_868.f3 g_9 g_112 g_824.f0 g_290 g_384.f2 g_515 g_516 g_87 g_384.f0 g_487.f0 g_180.f0 g_824 g_282 g_384.f3 g_619 g_283 g_1303.f2 g_1303.f1 g_1303.f4 g_288 g_647 g_1620 g_1669 g_868.f1 g_578 g_289 g_1743 g_292 g_10 g_1782 g_1837 g_1849 g_1850 g_1851 g_180.f1
 * writes: g_9 g_77 g_352 g_578 g_180.f1 g_284 g_100 g_280 g_196 g_1095 g_174 g_384.f6 g_630 g_285 g_181 g_297 g_384.f1 g_179 g_517 g_1303.f1 g_868.f0 g_566 g_291 g_290 g_409 g_411 g_286 g_87 g_647 g_293 g_296 g_384.f0 g_292 g_866 g_88 g_112 g_1303.f4 g_74 g_148.f3 g_289 g_48 g_288 g_1782 g_384.f5 g_1620
 */
static int32_t * func_18(struct S2  p_19, uint16_t  p_20, union U3  p_21, int32_t * p_22, int32_t * p_23)
{ /* block id: 465 */
    uint8_t l_1163 = 251UL;
    struct S1 *l_1174[4];
    int16_t *l_1175 = &g_100;
    int32_t l_1207 = 1L;
    int32_t * const *l_1229 = &g_77;
    int32_t * const **l_1228 = &l_1229;
    int32_t * const ***l_1227 = &l_1228;
    int32_t * const ****l_1226 = &l_1227;
    uint32_t *l_1253 = &g_180.f1;
    float **l_1267 = (void*)0;
    int32_t l_1325 = 0xE35B0FA1L;
    int32_t l_1327 = 0x2E2C94D0L;
    int32_t l_1328 = 0xCE2F4BDBL;
    struct S0 l_1333[8][6] = {{{8UL,0xB3F3D17CL,0L},{8UL,0xB3F3D17CL,0L},{8UL,0xB3F3D17CL,0L},{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L}},{{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L},{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L}},{{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L},{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L}},{{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L},{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L}},{{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L},{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L}},{{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L},{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L}},{{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L},{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L}},{{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L},{0xB3L,9L,0x66L},{0xB3L,9L,0x66L},{8UL,0xB3F3D17CL,0L}}};
    int32_t l_1396[8] = {0L,0L,0L,0L,0L,0L,0L,0L};
    struct S2 **l_1471 = &g_517;
    uint64_t l_1472 = 0xA22D79CBD19312D6LL;
    int16_t l_1528 = 0x79C3L;
    int32_t l_1532 = 0xBFD27723L;
    const uint32_t l_1643 = 0xD9AA87C6L;
    union U4 l_1674 = {0xB61B7FEFL};
    int8_t *l_1703 = &g_384.f0;
    uint8_t **l_1732 = (void*)0;
    struct S2 l_1744 = {9L,0x52D9L,-1,0xB7568C9BL,-1L,1UL,0xD.1EF377p-70};
    uint8_t l_1754 = 0UL;
    int8_t l_1755 = 0x52L;
    int16_t l_1771 = 0xF87AL;
    int8_t l_1773 = (-1L);
    union U3 l_1838 = {3UL};
    int32_t ** const ***l_1852 = &g_1850;
    int64_t **l_1855 = &g_224;
    int64_t l_1866 = (-1L);
    int8_t l_1874[7] = {0x04L,0x04L,0x04L,0x04L,0x04L,0x04L,0x04L};
    int8_t l_1879 = 7L;
    int i, j;
    for (i = 0; i < 4; i++)
        l_1174[i] = (void*)0;
lbl_1712:
    if ((g_286 != ((safe_div_func_int32_t_s_s(l_1163, (~(safe_unary_minus_func_uint16_t_u(l_1163))))) , (safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((safe_sub_func_uint64_t_u_u(g_295, (((safe_div_func_uint64_t_u_u((l_1174[2] == &g_148), 0xC8C4D6EA9A30B074LL)) , ((void*)0 == l_1175)) == p_19.f0))) , 0xD18AL), g_294[5][9])), p_19.f2)))))
    { /* block id: 466 */
        struct S0 l_1176 = {1UL,-4L,0xDCL};
        (*g_409) = l_1176;
    }
    else
    { /* block id: 468 */
        struct S2 l_1193 = {-4L,65531UL,-0,18446744073709551615UL,-1L,0x4AAEL,0x5.DDAFD8p-75};
        uint64_t *l_1202 = (void*)0;
        uint64_t *l_1203 = &g_352;
        int64_t *l_1206 = &g_578;
        int8_t **l_1208 = &g_87;
        struct S0 l_1230 = {0x19L,-4L,0L};
        uint16_t l_1247 = 65535UL;
        int32_t l_1249 = 1L;
        int16_t l_1250[4];
        const int32_t l_1285 = 0x699FEBABL;
        int32_t l_1323 = 0xD30DE114L;
        int32_t l_1324 = (-1L);
        union U3 *l_1334 = &g_1335;
        const struct S1 **l_1351 = (void*)0;
        const struct S1 ***l_1350 = &l_1351;
        int32_t l_1529 = 5L;
        int32_t l_1530 = 0x4C57447DL;
        int32_t l_1531[7][7][5] = {{{1L,0x32F380FBL,0xD3230AACL,0x15F3ABFDL,0x1DED3AA7L},{9L,1L,(-5L),(-8L),(-5L)},{(-8L),(-8L),0x1DED3AA7L,0x15F3ABFDL,0xD3230AACL},{0L,0x704708DCL,0x1DED3AA7L,0x47DBD025L,9L},{0xFF6969F8L,0x1DED3AA7L,(-5L),0x1DED3AA7L,0xFF6969F8L},{0x15F3ABFDL,0x704708DCL,0xD3230AACL,0xFF6969F8L,(-8L)},{0x15F3ABFDL,(-8L),9L,0x32F380FBL,0x32F380FBL}},{{0xFF6969F8L,1L,0xFF6969F8L,0x704708DCL,(-8L)},{0L,0x32F380FBL,(-8L),0x704708DCL,0xFF6969F8L},{(-8L),9L,0x32F380FBL,0x32F380FBL,9L},{9L,(-7L),(-8L),0xFF6969F8L,0xD3230AACL},{1L,(-7L),0xFF6969F8L,0x1DED3AA7L,(-5L)},{0x47DBD025L,9L,9L,0x47DBD025L,0x1DED3AA7L},{1L,0x32F380FBL,0xD3230AACL,0x15F3ABFDL,0x1DED3AA7L}},{{9L,1L,(-5L),(-8L),(-5L)},{(-8L),(-8L),0x1DED3AA7L,0x15F3ABFDL,0xD3230AACL},{0L,0x704708DCL,0x1DED3AA7L,0x47DBD025L,9L},{0xFF6969F8L,0x1DED3AA7L,(-5L),0x1DED3AA7L,0xFF6969F8L},{0x15F3ABFDL,0x704708DCL,0xD3230AACL,0xFF6969F8L,(-8L)},{0x15F3ABFDL,(-8L),9L,0x32F380FBL,0x32F380FBL},{0xFF6969F8L,1L,0xFF6969F8L,0x704708DCL,(-8L)}},{{0L,0x32F380FBL,(-8L),0x704708DCL,0xFF6969F8L},{(-8L),9L,0x32F380FBL,0x32F380FBL,9L},{9L,(-7L),(-8L),0xFF6969F8L,0xD3230AACL},{1L,(-7L),0xFF6969F8L,0x1DED3AA7L,(-5L)},{0x47DBD025L,9L,9L,0x47DBD025L,1L},{0x15F3ABFDL,9L,(-5L),0x704708DCL,1L},{0x47DBD025L,0x15F3ABFDL,0L,0x1DED3AA7L,0L}},{{0x1DED3AA7L,0x1DED3AA7L,1L,0x704708DCL,(-5L)},{0xFF6969F8L,(-7L),1L,(-8L),0x47DBD025L},{0x32F380FBL,1L,0L,1L,0x32F380FBL},{0x704708DCL,(-7L),(-5L),0x32F380FBL,0x1DED3AA7L},{0x704708DCL,0x1DED3AA7L,0x47DBD025L,9L,9L},{0x32F380FBL,0x15F3ABFDL,0x32F380FBL,(-7L),0x1DED3AA7L},{0xFF6969F8L,9L,0x1DED3AA7L,(-7L),0x32F380FBL}},{{0x1DED3AA7L,0x47DBD025L,9L,9L,0x47DBD025L},{0x47DBD025L,0xD3230AACL,0x1DED3AA7L,0x32F380FBL,(-5L)},{0x15F3ABFDL,0xD3230AACL,0x32F380FBL,1L,0L},{(-8L),0x47DBD025L,0x47DBD025L,(-8L),1L},{0x15F3ABFDL,9L,(-5L),0x704708DCL,1L},{0x47DBD025L,0x15F3ABFDL,0L,0x1DED3AA7L,0L},{0x1DED3AA7L,0x1DED3AA7L,1L,0x704708DCL,(-5L)}},{{0xFF6969F8L,(-7L),1L,(-8L),0x47DBD025L},{0x32F380FBL,1L,0L,1L,0x32F380FBL},{0x704708DCL,(-7L),(-5L),0x32F380FBL,0x1DED3AA7L},{0x704708DCL,0x1DED3AA7L,0x47DBD025L,9L,9L},{0x32F380FBL,0x15F3ABFDL,0x32F380FBL,(-7L),0x1DED3AA7L},{0xFF6969F8L,9L,0x1DED3AA7L,(-7L),0x32F380FBL},{0x1DED3AA7L,0x47DBD025L,9L,9L,0x47DBD025L}}};
        int32_t l_1533 = 6L;
        uint32_t l_1534 = 0UL;
        uint32_t *l_1545 = (void*)0;
        uint64_t l_1577 = 0xF3DBCF9582FDD12FLL;
        float ** const l_1611 = &g_681;
        float l_1618 = 0x1.Ep-1;
        uint32_t l_1619 = 0UL;
        uint32_t l_1621 = 0xAB0BA9C8L;
        const uint8_t *l_1660 = (void*)0;
        uint8_t *l_1662 = (void*)0;
        uint32_t l_1664 = 0x373B6F83L;
        int16_t l_1672 = 0x5CABL;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_1250[i] = 0xEC9CL;
        (**g_1000) = ((1UL <= (safe_div_func_int32_t_s_s((4294967295UL ^ g_291), (safe_lshift_func_int16_t_s_u(4L, 11))))) , p_23);
        if ((safe_sub_func_uint64_t_u_u(((((safe_rshift_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((safe_add_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_u((safe_sub_func_int8_t_s_s(0x26L, ((l_1193 , p_19.f3) == ((((safe_add_func_uint32_t_u_u((safe_mod_func_uint64_t_u_u(((safe_div_func_int64_t_s_s(((0x156535764E6B4495LL | (safe_div_func_uint64_t_u_u(((*l_1203)++), (l_1207 = ((*l_1206) = 1L))))) < ((-10L) >= p_19.f5)), ((l_1208 == (*g_462)) ^ 3UL))) != l_1163), 0xE2CF202E1BBE3EBDLL)), 4294967295UL)) == l_1163) , l_1207) || l_1163)))), 4)), g_296[1][0][3])), 1L)), g_566)) == l_1193.f5) >= g_287) == p_19.f2), l_1193.f4)))
        { /* block id: 473 */
            float *l_1213 = (void*)0;
            int32_t l_1215 = 0x5C9552CAL;
            const uint8_t *l_1281 = &l_1163;
            int32_t *l_1290[6][10][4] = {{{&g_11,(void*)0,(void*)0,&g_296[7][0][5]},{&g_1095,&g_280[2],&l_1249,&g_292},{&g_296[5][0][6],(void*)0,&g_294[6][4],&l_1249},{&g_280[2],&g_295,&g_4,&g_288},{(void*)0,(void*)0,&g_1095,&g_48[5][0][0]},{&g_288,(void*)0,&g_288,&g_285},{&g_292,&g_296[7][0][5],&g_285,&g_10},{&g_296[5][0][6],&g_1095,&g_280[6],&g_296[7][0][5]},{&g_296[7][0][5],&g_295,&g_280[6],&g_288},{&g_296[5][0][6],(void*)0,&g_285,&g_280[6]}},{{&g_292,&g_295,&g_288,&g_280[2]},{&g_288,&g_280[2],&g_1095,&g_1095},{(void*)0,&g_1095,&g_4,&g_285},{&g_280[2],&g_12,&g_294[6][4],&g_294[6][4]},{&g_296[5][0][6],&g_296[5][0][6],&l_1249,&g_48[5][0][0]},{&g_1095,&g_295,(void*)0,&g_280[2]},{&g_11,(void*)0,&g_285,(void*)0},{(void*)0,(void*)0,&g_4,&g_280[2]},{(void*)0,&g_295,(void*)0,&g_289},{&g_296[7][0][5],&g_291,&g_1095,&g_298[2]}},{{&g_4,&g_280[0],&g_280[6],(void*)0},{&g_48[7][9][1],(void*)0,&g_11,&g_294[6][4]},{&g_285,&g_288,(void*)0,&g_288},{(void*)0,&g_295,&g_298[2],(void*)0},{(void*)0,&g_296[7][0][5],&g_1095,&g_295},{&g_48[5][0][0],(void*)0,&g_48[7][9][1],&g_10},{&g_48[5][0][0],(void*)0,&g_1095,&g_280[6]},{(void*)0,&g_10,&g_298[2],(void*)0},{(void*)0,&l_1249,(void*)0,&g_289},{&g_285,(void*)0,&g_11,&g_295}},{{&g_48[7][9][1],&g_295,&g_280[6],&g_11},{&g_4,&g_1095,&g_1095,&g_4},{&g_296[7][0][5],&g_288,&l_1249,&g_10},{&g_1095,&l_1249,&g_12,&g_298[2]},{(void*)0,&g_285,(void*)0,&g_298[2]},{&g_48[7][9][1],&l_1249,(void*)0,&g_10},{&g_294[6][4],&g_288,&g_11,&g_4},{&g_291,&g_1095,&g_298[2],&g_11},{&g_288,&g_295,&g_12,&g_295},{&g_296[7][0][5],(void*)0,(void*)0,&g_289}},{{&g_48[5][0][0],&l_1249,&g_48[5][0][0],(void*)0},{&g_4,&g_10,(void*)0,&g_280[6]},{&g_291,(void*)0,(void*)0,&g_10},{&g_10,(void*)0,(void*)0,&g_295},{&g_291,&g_296[7][0][5],(void*)0,(void*)0},{&g_4,&g_295,&g_48[5][0][0],&g_288},{&g_48[5][0][0],&g_288,(void*)0,&g_294[6][4]},{&g_296[7][0][5],(void*)0,&g_12,(void*)0},{&g_288,&g_280[0],&g_298[2],&g_298[2]},{&g_291,&g_291,&g_11,&g_289}},{{&g_294[6][4],(void*)0,(void*)0,&g_288},{&g_48[7][9][1],&g_1095,(void*)0,(void*)0},{(void*)0,&g_1095,&g_12,&g_288},{&g_1095,(void*)0,&l_1249,&g_289},{&g_296[7][0][5],&g_291,&g_1095,&g_298[2]},{&g_4,&g_280[0],&g_280[6],(void*)0},{&g_48[7][9][1],(void*)0,&g_11,&g_294[6][4]},{&g_285,&g_288,(void*)0,&g_288},{(void*)0,&g_295,&g_298[2],(void*)0},{(void*)0,&g_296[7][0][5],&g_1095,&g_295}}};
            struct S2 **l_1300 = &g_517;
            struct S2 **l_1301 = (void*)0;
            struct S2 *l_1302 = &g_1303;
            struct S1 **l_1319 = &g_216;
            struct S1 *** const l_1318 = &l_1319;
            uint16_t *l_1320 = &g_1303.f1;
            int8_t *l_1321 = &g_868[2].f0;
            int i, j, k;
            for (g_180.f1 = 2; (g_180.f1 <= 6); g_180.f1 += 1)
            { /* block id: 476 */
                float *l_1214 = &g_384.f6;
                uint32_t l_1219 = 1UL;
                int32_t l_1221 = 2L;
                int64_t l_1248 = 3L;
                for (g_284 = 0; (g_284 <= 6); g_284 += 1)
                { /* block id: 479 */
                    uint8_t *l_1240 = &g_174;
                    int32_t l_1243 = (-5L);
                    float *l_1244 = (void*)0;
                    float *l_1245 = &g_630;
                    float *l_1246 = &l_1193.f6;
                    for (g_100 = 6; (g_100 >= 0); g_100 -= 1)
                    { /* block id: 482 */
                        uint16_t *l_1220[9][1][5] = {{{&g_868[2].f1,&g_868[2].f5,&g_868[2].f1,&g_868[2].f1,&g_868[2].f5}},{{&l_1193.f1,&g_464,&g_868[2].f5,&g_868[2].f5,&g_868[2].f5}},{{&g_868[2].f5,&g_868[2].f5,&g_868[2].f1,&g_868[2].f5,&g_868[2].f5}},{{&g_868[2].f5,&g_868[2].f5,&g_868[2].f5,&g_464,&l_1193.f1}},{{&g_868[2].f5,&g_868[2].f1,&g_868[2].f1,&g_868[2].f5,&g_868[2].f1}},{{&l_1193.f1,&g_464,&l_1193.f1,&g_464,&g_868[2].f5}},{{&g_868[2].f1,&g_868[2].f1,&g_868[2].f1,&g_868[2].f1,&g_868[2].f1}},{{&g_868[2].f5,&g_868[2].f1,&g_868[2].f5,&g_464,&g_868[2].f5}},{{&g_868[2].f1,&g_868[2].f1,&g_868[2].f5,&g_868[2].f1,&g_868[2].f1}}};
                        int i, j, k;
                        (*p_22) = (safe_sub_func_int16_t_s_s(((l_1207 = (((g_280[g_284] = (safe_div_func_int16_t_s_s(((l_1213 = l_1213) != (*g_680)), g_280[g_284]))) , l_1214) != (*g_680))) | (l_1215 & (l_1219 = (~(++g_196))))), (l_1221 = g_88[1])));
                        return g_1222;
                    }
                    for (l_1207 = 14; (l_1207 >= (-7)); l_1207--)
                    { /* block id: 494 */
                        struct S0 *l_1231 = &l_1230;
                        l_1226 = g_1225;
                        (*l_1231) = ((*g_409) = l_1230);
                    }
                    l_1248 = (1UL != (safe_add_func_uint8_t_u_u(((safe_sub_func_int64_t_s_s(l_1193.f2, ((*g_462) != (void*)0))) , g_566), (((((*l_1246) = (((*l_1245) = (l_1193.f4 , ((*l_1214) = (((safe_add_func_float_f_f((!g_1239[0][4]), (((*l_1240) = g_1239[0][4]) , (safe_add_func_float_f_f(0xD.4A647Fp+39, l_1221))))) >= p_19.f2) == l_1243)))) >= l_1221)) < p_19.f6) , l_1247) ^ l_1219))));
                    (*g_1001) = (***l_1227);
                }
            }
            l_1250[3] &= (l_1249 |= ((&g_463[0][8][0] == (void*)0) , l_1193.f4));
            for (l_1230.f2 = 13; (l_1230.f2 < 12); l_1230.f2 = safe_sub_func_uint64_t_u_u(l_1230.f2, 6))
            { /* block id: 511 */
                int64_t l_1254 = 0x3919A605E5B5A7F3LL;
                int32_t *l_1287[6] = {&g_10,&g_298[2],&g_10,&g_10,&g_298[2],&g_10};
                union U3 **l_1295 = &g_179[1];
                int i;
                l_1254 = (255UL == ((void*)0 == l_1253));
                for (g_285 = 17; (g_285 <= 12); g_285 = safe_sub_func_uint64_t_u_u(g_285, 7))
                { /* block id: 515 */
                    union U3 **l_1270 = &g_181;
                    const uint8_t **l_1282 = (void*)0;
                    const uint8_t **l_1283 = &l_1281;
                    int32_t *l_1284 = &g_297;
                    int32_t **l_1286 = (void*)0;
                    int32_t **l_1288 = (void*)0;
                    int32_t **l_1289[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_1289[i] = &l_1284;
                    l_1215 ^= (safe_mul_func_int8_t_s_s(0xB3L, (p_19.f0 || (((safe_unary_minus_func_int16_t_s((safe_div_func_int16_t_s_s((p_21.f0 < ((safe_div_func_int16_t_s_s((safe_add_func_uint32_t_u_u(4294967295UL, (~((l_1267 == &g_681) != (0x34A0716BL ^ (((*l_1270) = (((*p_22) = ((1UL <= ((void*)0 == &g_196)) || (-3L))) , &g_182[0][0][3])) != &p_21)))))), 0xD092L)) > g_384.f5)), p_19.f5)))) > 0x57F3039DFD198C97LL) == p_19.f1))));
                    (*l_1284) &= (safe_sub_func_int8_t_s_s(0x53L, (+(!((p_19.f2 && (safe_mod_func_uint32_t_u_u((p_19.f2 <= (((p_19.f3 , (p_20 && ((safe_sub_func_uint16_t_u_u((g_74 >= 8L), ((safe_add_func_int64_t_s_s(((((*l_1283) = l_1281) != (void*)0) ^ p_21.f0), 0xF5B44A163802E441LL)) && p_21.f0))) ^ p_19.f2))) == l_1250[0]) == 0x659BB6DDB4784761LL)), (*p_22)))) || 0x50A5L)))));
                    l_1290[3][7][2] = (l_1285 , (l_1287[1] = (g_148 , ((*g_1001) = l_1284))));
                    for (g_384.f1 = (-13); (g_384.f1 != 43); ++g_384.f1)
                    { /* block id: 526 */
                        (***l_1228) |= (safe_add_func_uint32_t_u_u(4294967295UL, (p_19.f4 == 0x96EFL)));
                        if ((*p_22))
                            break;
                    }
                }
                (*l_1295) = &p_21;
                if ((*p_22))
                    continue;
            }
            if ((safe_lshift_func_uint8_t_u_u(((safe_add_func_uint64_t_u_u((((*l_1300) = &g_868[2]) != (l_1302 = &p_19)), g_100)) & (safe_sub_func_uint64_t_u_u((safe_div_func_uint16_t_u_u(((g_868[2].f4 & ((safe_lshift_func_int8_t_s_u((g_384.f1 > ((*l_1203) &= (safe_add_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u(p_19.f0, 3)), ((((((*p_22) || (safe_mod_func_int8_t_s_s(0L, ((*l_1321) = (safe_lshift_func_uint16_t_u_s(((*l_1320) = (((l_1318 == (void*)0) && p_19.f0) != 7L)), 0)))))) | g_287) & 7L) | l_1230.f0) == (*p_22)))))), 6)) >= g_281)) < p_20), g_298[1])), g_284))), 6)))
            { /* block id: 539 */
                int16_t l_1322 = 0x5239L;
                int32_t l_1326 = 0x32B32AE4L;
                uint16_t l_1329 = 0xED90L;
                l_1329--;
            }
            else
            { /* block id: 541 */
                const struct S0 l_1332 = {0x92L,0L,-1L};
                l_1333[6][5] = l_1332;
            }
        }
        else
        { /* block id: 544 */
            uint8_t *l_1336 = &g_174;
            int32_t l_1341[3][9][9] = {{{(-1L),0x8562132BL,0x8A034691L,0x92413213L,0x8AE4FE5FL,(-1L),(-1L),0x8AE4FE5FL,0x92413213L},{(-2L),0xD2AA4420L,(-2L),0xA4495325L,0xB4D6E41CL,(-2L),1L,0x49874125L,0xA4495325L},{0x71F72FEDL,0x8AE4FE5FL,0x8A034691L,0x71F72FEDL,0x342EBF84L,0x71F72FEDL,0x8A034691L,0x8AE4FE5FL,0x71F72FEDL},{0xF08D443AL,0xB4D6E41CL,0L,0xA4495325L,0L,0xF08D443AL,0xA4495325L,0xF5EA1663L,0xA4495325L},{0x8A034691L,0x342EBF84L,0x92413213L,0x92413213L,0x342EBF84L,0x8A034691L,(-6L),0x411A8B7CL,0x92413213L},{0xF08D443AL,0L,0xA4495325L,0L,0xB4D6E41CL,0xF08D443AL,0xF08D443AL,0xB4D6E41CL,0L},{0x71F72FEDL,0x342EBF84L,0x71F72FEDL,0x8A034691L,0x8AE4FE5FL,0x71F72FEDL,(-6L),0xBC89AF54L,0x8A034691L},{(-2L),0xB4D6E41CL,0xA4495325L,(-2L),0xD2AA4420L,(-2L),0xA4495325L,0xB4D6E41CL,(-2L)},{(-1L),0x8AE4FE5FL,0x92413213L,0x8A034691L,0x8562132BL,(-1L),0x8A034691L,0x411A8B7CL,0x8A034691L}},{{0xA4495325L,0xD2AA4420L,0L,0L,0xD2AA4420L,0xA4495325L,1L,0xF5EA1663L,0L},{(-1L),0x8562132BL,0x8A034691L,0x92413213L,0x8AE4FE5FL,(-1L),(-1L),0x8AE4FE5FL,0x92413213L},{(-2L),0xD2AA4420L,(-2L),0xA4495325L,0xB4D6E41CL,(-2L),1L,0x49874125L,0xA4495325L},{0x71F72FEDL,0x8AE4FE5FL,0x8A034691L,0x71F72FEDL,0x342EBF84L,0x71F72FEDL,0x8A034691L,0x8AE4FE5FL,0x71F72FEDL},{0xF08D443AL,0xB4D6E41CL,0L,0xA4495325L,0L,0xF08D443AL,0xA4495325L,0xF5EA1663L,0xA4495325L},{0x8A034691L,0x342EBF84L,0x92413213L,0x92413213L,0x342EBF84L,0x8A034691L,(-6L),0x411A8B7CL,0x92413213L},{0xF08D443AL,0L,0xA4495325L,0L,0xB4D6E41CL,0xF08D443AL,0xF08D443AL,0xB4D6E41CL,0L},{0x71F72FEDL,0x342EBF84L,0x71F72FEDL,0x8A034691L,0x8AE4FE5FL,0x71F72FEDL,(-6L),0xBC89AF54L,0x8A034691L},{(-2L),0xB4D6E41CL,0xA4495325L,(-2L),0xD2AA4420L,(-2L),0xA4495325L,0xB4D6E41CL,(-2L)}},{{(-1L),0x8AE4FE5FL,0x92413213L,0x3DE441F1L,0x8A034691L,1L,0x3DE441F1L,(-6L),0x3DE441F1L},{1L,0xF08D443AL,0xAC4B35C4L,0xAC4B35C4L,0xF08D443AL,1L,1L,1L,0xAC4B35C4L},{1L,0x8A034691L,0x3DE441F1L,(-4L),0x71F72FEDL,1L,1L,0x71F72FEDL,(-4L)},{0xE850F652L,0xF08D443AL,0xE850F652L,1L,(-2L),0xE850F652L,1L,0L,1L},{0xEB000D4CL,0x71F72FEDL,0x3DE441F1L,0xEB000D4CL,(-1L),0xEB000D4CL,0x3DE441F1L,0x71F72FEDL,0xEB000D4CL},{1L,(-2L),0xAC4B35C4L,1L,0xA4495325L,1L,1L,1L,1L},{0x3DE441F1L,(-1L),(-4L),(-4L),(-1L),0x3DE441F1L,0xB024A054L,(-6L),(-4L)},{1L,0xA4495325L,1L,0xAC4B35C4L,(-2L),1L,1L,(-2L),0xAC4B35C4L},{0xEB000D4CL,(-1L),0xEB000D4CL,0x3DE441F1L,0x71F72FEDL,0xEB000D4CL,0xB024A054L,0x92413213L,0x3DE441F1L}}};
            uint32_t *l_1344[8] = {&g_180.f1,&g_180.f1,&g_180.f1,&g_180.f1,&g_180.f1,&g_180.f1,&g_180.f1,&g_180.f1};
            int32_t l_1345 = 1L;
            uint32_t l_1360 = 0x97609669L;
            int32_t l_1361 = (-1L);
            uint16_t *l_1362 = &l_1193.f5;
            int32_t *l_1363 = (void*)0;
            uint64_t l_1392 = 0x77140E3087148CC2LL;
            const uint32_t l_1404 = 1UL;
            const uint16_t l_1425 = 0x68BFL;
            int64_t *l_1493 = &g_112;
            const int32_t l_1537 = 0x78F0ADA7L;
            int16_t **l_1548 = &l_1175;
            int8_t ****l_1557 = &g_462;
            int8_t *****l_1556 = &l_1557;
            uint8_t l_1578 = 0xE0L;
            int i, j, k;
lbl_1568:
            if (((l_1334 = (void*)0) == ((((*l_1362) = (((*l_1336)--) && (((l_1361 ^= (0xD6L != (l_1360 = ((g_1095 != (safe_sub_func_uint64_t_u_u(l_1341[1][8][6], ((safe_add_func_int64_t_s_s(((((l_1345 = ((++g_566) || (safe_mul_func_uint8_t_u_u((l_1350 != (l_1230 , (void*)0)), (safe_add_func_uint8_t_u_u(((l_1249 = (safe_div_func_uint16_t_u_u((((((-3L) >= (safe_rshift_func_uint8_t_u_u((((safe_add_func_uint64_t_u_u(g_48[7][4][0], l_1341[1][8][6])) , 1UL) & g_12), 4))) && g_280[0]) , 0x6F69L) , l_1193.f5), g_147[4][0][0]))) , p_19.f1), 247UL)))))) ^ (-1L)) , &l_1324) != p_23), g_868[2].f3)) || 0x46691813L)))) , 251UL)))) || 1UL) != p_20))) != g_148.f1) , (void*)0)))
            { /* block id: 553 */
                uint32_t l_1394 = 0xE9BE1AFBL;
                int16_t l_1395 = 1L;
                float l_1481 = 0x0.Dp+1;
                l_1363 = (void*)0;
                (*p_22) ^= l_1193.f4;
                l_1361 ^= (safe_mod_func_int32_t_s_s((((safe_rshift_func_uint16_t_u_s((((((safe_add_func_uint32_t_u_u((((((safe_sub_func_int8_t_s_s((l_1249 |= (((*g_409) , (safe_sub_func_uint16_t_u_u((safe_div_func_uint32_t_u_u(((((*p_22) = ((safe_sub_func_uint32_t_u_u((safe_div_func_uint8_t_u_u((p_19.f0 == (l_1323 = ((safe_div_func_int32_t_s_s((safe_add_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(((l_1324 &= ((safe_add_func_uint16_t_u_u((p_21.f0 & (safe_sub_func_uint32_t_u_u(4294967292UL, (((p_19.f2 ^ ((safe_sub_func_uint16_t_u_u(((l_1392 != (g_112 && ((safe_unary_minus_func_uint8_t_u(((((0xDDL != (g_294[5][9] >= 0xADEE84BCL)) , g_824.f0) & p_19.f0) , p_19.f5))) & 0x6DC16335B8C19BE0LL))) , 65535UL), g_384.f5)) | g_48[7][4][0])) <= p_19.f0) , p_19.f4)))), 8UL)) < p_19.f5)) == (*p_22)), g_88[0])), 249UL)), g_148.f3)) > p_19.f1))), g_280[3])), g_281)) & p_21.f0)) < p_19.f4) <= l_1394), l_1394)), g_148.f0))) , l_1395)), 0xB0L)) ^ 1UL) != 0x5E0A4F920FA1F94BLL) >= p_19.f2) , 1UL), 0xAACD11CFL)) ^ 65535UL) == l_1396[1]) <= p_19.f3) , 0x98C4L), 7)) >= l_1193.f3) || p_19.f4), l_1250[3]));
                if ((*p_22))
                { /* block id: 561 */
                    int8_t l_1424 = 0x35L;
                    int16_t *l_1434 = &l_1395;
                    int8_t ****l_1452 = &g_462;
                    int8_t *****l_1451 = &l_1452;
                    int8_t ****l_1454 = &g_462;
                    int8_t *****l_1453 = &l_1454;
                    int32_t l_1468[4][4] = {{0x6FF95F46L,0xACCE2576L,0xACCE2576L,0x6FF95F46L},{0xACCE2576L,0x6FF95F46L,0xACCE2576L,0xACCE2576L},{0x6FF95F46L,0x6FF95F46L,1L,0x6FF95F46L},{0x6FF95F46L,0xACCE2576L,0xACCE2576L,0x6FF95F46L}};
                    int i, j;
                    for (g_291 = 0; (g_291 < 15); ++g_291)
                    { /* block id: 564 */
                        uint8_t l_1415 = 0UL;
                        int16_t **l_1435 = (void*)0;
                        int16_t **l_1436 = &l_1175;
                        (**g_1000) = func_37(p_19, l_1250[0], &l_1341[1][8][6], p_23);
                        (***g_1000) = l_1424;
                        (*p_22) ^= ((safe_rshift_func_int8_t_s_s(((*g_87) = ((safe_div_func_uint16_t_u_u((((safe_lshift_func_uint16_t_u_s((safe_sub_func_int8_t_s_s((*g_87), ((l_1434 == ((*l_1436) = &g_647[1])) < ((*l_1336) |= (((safe_mod_func_uint16_t_u_u((l_1394 <= (1L & (g_487.f0 && (safe_mod_func_int64_t_s_s((safe_sub_func_uint32_t_u_u((safe_add_func_int64_t_s_s((g_280[3] & (safe_sub_func_uint8_t_u_u((l_1415 | ((*l_1203) = ((safe_sub_func_uint32_t_u_u((safe_sub_func_uint64_t_u_u(7UL, g_148.f1)), (-1L))) , (***l_1228)))), p_20))), 9UL)), l_1193.f3)), p_21.f0))))), l_1424)) & 0x07L) && 0x1BAF7F7FL))))), 9)) && 0L) > l_1249), g_287)) == l_1193.f3)), p_19.f1)) | p_19.f2);
                    }
                    (*l_1453) = ((*l_1451) = &g_462);
                    for (g_292 = 0; (g_292 <= (-22)); --g_292)
                    { /* block id: 579 */
                        p_19.f6 = (((l_1424 <= ((*l_1203) |= l_1394)) & (~(g_1239[0][5] , (((safe_lshift_func_uint16_t_u_s((g_180.f0 < 18446744073709551610UL), 3)) , g_824) , ((safe_div_func_uint16_t_u_u((safe_sub_func_int16_t_s_s((p_19.f2 ^ (safe_mod_func_int64_t_s_s(((safe_div_func_int16_t_s_s((((*l_1336)--) && ((p_20 | (((l_1471 != (void*)0) , p_19.f5) || l_1472)) < g_88[0])), 0x607BL)) != p_19.f3), p_19.f2))), g_282)), 7UL)) == 0x6EA4F3DD0E4DA8A5LL))))) , 0xA.0C64CDp-59);
                        if (l_1249)
                            continue;
                    }
                    (*p_22) = (safe_div_func_uint32_t_u_u((g_566++), p_21.f0));
                }
                else
                { /* block id: 587 */
                    int64_t *l_1491 = &g_578;
                    int64_t **l_1492[9][10] = {{&g_224,&l_1206,&l_1491,(void*)0,&l_1206,&l_1206,&g_224,(void*)0,&g_224,&l_1206},{(void*)0,&l_1491,(void*)0,&l_1491,(void*)0,&l_1491,&l_1206,&l_1206,&l_1491,&l_1491},{&l_1491,&l_1206,&g_224,&l_1491,&l_1491,&g_224,(void*)0,&g_224,(void*)0,&l_1491},{&g_224,&l_1491,&l_1206,&l_1491,(void*)0,&l_1206,&l_1206,(void*)0,&l_1491,&l_1206},{&l_1491,&l_1491,&l_1491,(void*)0,&l_1206,(void*)0,(void*)0,&l_1491,&l_1491,&l_1206},{&l_1491,&g_224,&g_224,(void*)0,(void*)0,&l_1206,(void*)0,&g_224,&l_1206,&l_1491},{&l_1206,&l_1491,&l_1206,(void*)0,&l_1206,(void*)0,&l_1206,&l_1491,&l_1206,&g_224},{&l_1206,&l_1491,(void*)0,&l_1491,&l_1206,(void*)0,(void*)0,&l_1491,&g_224,(void*)0},{&l_1206,&l_1206,&l_1206,&l_1491,(void*)0,&l_1206,&l_1206,&l_1206,&l_1206,&g_224}};
                    int32_t l_1494 = (-7L);
                    int i, j;
                    (*p_22) = (((safe_rshift_func_uint8_t_u_u(p_19.f1, ((safe_lshift_func_uint16_t_u_u(((p_19.f0 == p_19.f5) < (0x2653L || ((safe_unary_minus_func_int64_t_s(((safe_lshift_func_uint16_t_u_u(0UL, ((0xEE3E803CL && (safe_sub_func_int16_t_s_s(((*l_1175) = 4L), (l_1394 > (safe_lshift_func_int16_t_s_s((safe_add_func_int16_t_s_s(((l_1493 = l_1491) == &g_913), l_1494)), 3)))))) ^ g_147[0][0][0]))) & 0x428FL))) || l_1395))), p_19.f4)) | 0x48L))) != (-1L)) <= g_352);
                }
            }
            else
            { /* block id: 592 */
                uint32_t l_1524 = 4294967295UL;
                int32_t *l_1526 = &g_294[5][9];
                int32_t *l_1527[10];
                int8_t *l_1544 = &g_88[0];
                struct S0 l_1549 = {0x3BL,1L,0x6DL};
                union U3 *l_1550 = (void*)0;
                int i;
                for (i = 0; i < 10; i++)
                    l_1527[i] = (void*)0;
                for (g_352 = 0; (g_352 < 16); ++g_352)
                { /* block id: 595 */
                    float l_1500 = 0x9.8F7ECAp-27;
                    float l_1525 = 0x3.5AEF03p+76;
                    l_1324 ^= ((((safe_mod_func_int8_t_s_s((+(l_1323 = 1L)), p_21.f0)) | g_148.f2) || ((!(safe_lshift_func_uint16_t_u_s((safe_lshift_func_uint16_t_u_u(l_1230.f1, 8)), 14))) >= ((safe_mod_func_uint16_t_u_u((safe_add_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s(((((safe_div_func_uint16_t_u_u((((g_866 = (safe_rshift_func_uint8_t_u_s((safe_lshift_func_int16_t_s_s(((void*)0 != (*l_1226)), 10)), ((-1L) == (((p_19.f3 != (((safe_mod_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((safe_add_func_int64_t_s_s((p_19.f4 >= p_20), g_12)), g_1095)), l_1524)) , 0x28L) < p_19.f0)) , g_112) != 0x70D1AE74DD7DAA97LL))))) || p_20) , g_1239[0][4]), 0x0AC4L)) ^ 7L) == l_1524) > p_19.f0), p_19.f5)), 0x33F3C52C44ADE580LL)), p_19.f5)) , p_19.f3))) ^ p_19.f3);
                }
                --l_1534;
                if ((((*l_1203) = p_19.f5) <= (0xE0L != (l_1537 <= ((*l_1362) = ((p_21.f1 = (safe_sub_func_int64_t_s_s((safe_mod_func_int8_t_s_s(0xC2L, g_384.f3)), (safe_mul_func_int8_t_s_s(((*l_1544) &= (l_1174[2] == (void*)0)), (&g_896[2][0] == l_1545)))))) <= 1L))))))
                { /* block id: 605 */
                    (*p_22) = 0xA0611EE5L;
                    return p_23;
                }
                else
                { /* block id: 608 */
                    const int16_t *l_1547[6][8][5] = {{{&g_647[2],&g_647[0],&l_1528,&l_1250[0],(void*)0},{(void*)0,&l_1528,&l_1528,&g_647[1],&g_647[2]},{&l_1528,&l_1528,(void*)0,&l_1250[3],&l_1250[3]},{(void*)0,(void*)0,&l_1528,&l_1250[0],&l_1528},{&g_647[0],&g_100,&g_647[1],&l_1528,&l_1250[3]},{&l_1528,&l_1528,&g_100,&l_1250[1],&l_1528},{&g_100,&l_1250[2],&g_100,&l_1528,(void*)0},{&g_100,&l_1250[3],(void*)0,&g_647[1],&l_1528}},{{&l_1528,(void*)0,&l_1250[3],&l_1528,&l_1528},{(void*)0,&l_1528,(void*)0,&g_647[1],&l_1528},{&l_1250[1],(void*)0,&l_1250[3],&g_647[1],&l_1528},{&g_647[1],(void*)0,&g_647[2],&g_100,&g_100},{&l_1250[3],&l_1528,&l_1528,&l_1528,&l_1528},{&l_1250[0],(void*)0,&l_1250[3],&l_1528,&l_1528},{&l_1528,&l_1250[3],&l_1250[3],&g_647[2],&g_647[0]},{&l_1528,&l_1250[2],&g_647[1],&l_1528,&g_100}},{{&l_1528,&l_1528,&g_100,&g_100,&l_1250[0]},{&l_1250[3],&g_100,&l_1528,&g_100,&g_647[1]},{(void*)0,(void*)0,&g_647[0],(void*)0,(void*)0},{&g_647[1],&l_1528,&g_100,(void*)0,&g_647[2]},{&l_1250[3],&l_1528,&l_1528,&l_1250[3],&g_647[1]},{&g_647[1],&g_647[0],&l_1528,&l_1528,&g_647[2]},{&l_1250[1],&l_1250[3],&g_100,&l_1528,(void*)0},{&g_647[2],&g_100,(void*)0,&l_1528,&g_647[1]}},{{&l_1250[3],&g_100,&l_1528,&g_647[1],&l_1250[0]},{&l_1250[3],&g_100,&l_1250[3],&g_647[0],&g_100},{&l_1250[3],(void*)0,&g_647[2],&g_647[1],&g_647[0]},{&l_1528,&l_1250[3],&g_100,&l_1250[2],&l_1528},{&g_100,&g_100,&g_647[1],&l_1528,&l_1528},{&l_1528,&l_1250[3],&l_1528,&g_647[0],&g_100},{&g_647[1],&l_1528,&g_647[0],&g_647[1],&l_1528},{&g_647[1],&g_647[0],&g_647[0],&l_1528,&l_1528}},{{&g_100,&l_1528,&l_1528,&l_1250[3],&l_1528},{&l_1528,(void*)0,&g_647[1],(void*)0,&l_1528},{&l_1250[2],&g_647[1],&g_100,&g_647[2],(void*)0},{&l_1250[0],&l_1250[3],&g_647[2],&l_1528,&l_1528},{&l_1250[3],&l_1250[0],&l_1250[3],&l_1528,&l_1250[3]},{(void*)0,&l_1528,&l_1528,&g_647[1],&l_1528},{&l_1528,&l_1528,&g_647[1],&g_647[1],&l_1528},{&l_1250[3],&l_1528,&g_647[2],&l_1250[3],&g_100}},{{&l_1250[3],&l_1250[3],&g_647[0],&g_100,&g_100},{&l_1528,&g_647[1],&g_647[1],&l_1250[3],&g_647[1]},{&l_1250[3],&g_100,&g_647[0],&l_1528,&l_1528},{&l_1250[3],&g_647[1],&l_1250[3],&l_1250[0],&g_100},{&l_1528,&g_100,&l_1528,&g_100,&g_647[0]},{&g_100,&l_1528,&l_1528,&g_647[0],&g_647[0]},{&l_1528,&g_100,&g_647[0],&g_647[1],(void*)0},{(void*)0,&g_100,&l_1528,&l_1528,&g_100}}};
                    const int16_t **l_1546[9][6][4] = {{{(void*)0,&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,(void*)0,&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]}},{{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,(void*)0,&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]}},{{(void*)0,(void*)0,&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,(void*)0,&l_1547[4][0][3],&l_1547[4][0][3]}},{{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,(void*)0,&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]}},{{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,(void*)0,&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]}},{{(void*)0,&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,(void*)0,&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{(void*)0,&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3]}},{{&l_1547[4][0][3],(void*)0,&l_1547[2][2][0],&l_1547[2][2][0]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[2][2][0]},{&l_1547[4][0][3],(void*)0,&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3]},{&l_1547[4][0][3],(void*)0,&l_1547[2][2][0],&l_1547[2][2][0]}},{{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[2][2][0]},{&l_1547[4][0][3],(void*)0,&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3]},{&l_1547[4][0][3],(void*)0,&l_1547[2][2][0],&l_1547[2][2][0]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[2][2][0]}},{{&l_1547[4][0][3],(void*)0,&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[2][2][0],&l_1547[4][0][3]},{&l_1547[4][0][3],(void*)0,&l_1547[2][2][0],&l_1547[2][2][0]},{&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[4][0][3],&l_1547[2][2][0]},{&l_1547[4][0][3],(void*)0,&l_1547[4][0][3],&l_1547[4][0][3]}}};
                    int i, j, k;
                    if ((((l_1546[1][1][3] == l_1548) == 6UL) <= ((*l_1253) = ((p_21 , g_12) != (*p_22)))))
                    { /* block id: 610 */
                        return p_23;
                    }
                    else
                    { /* block id: 612 */
                        union U3 **l_1551 = (void*)0;
                        (*g_409) = l_1549;
                        g_181 = l_1550;
                        return p_23;
                    }
                }
            }
            if ((safe_add_func_int32_t_s_s((*p_22), (((safe_mod_func_uint8_t_u_u(5UL, (((void*)0 != l_1556) || (((((~((safe_rshift_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_s(g_48[6][6][0], 9)) && 0UL), (0x9292L & ((safe_unary_minus_func_uint32_t_u((safe_mul_func_uint8_t_u_u((((*l_1493) = p_19.f5) < p_19.f3), 1L)))) > p_19.f5)))) > l_1361)) <= l_1529) <= g_619) ^ l_1531[6][2][0]) < g_286)))) ^ g_283) && p_19.f4))))
            { /* block id: 620 */
                struct S0 l_1570 = {0x0DL,0x91E3D93BL,0x52L};
                if (g_487.f0)
                    goto lbl_1568;
                for (l_1193.f0 = 0; (l_1193.f0 <= 2); l_1193.f0 += 1)
                { /* block id: 624 */
                    uint64_t l_1569 = 0UL;
                    (*p_22) |= (p_19.f0 , (0x02B965E8L || l_1569));
                    for (l_1193.f4 = 2; (l_1193.f4 >= 0); l_1193.f4 -= 1)
                    { /* block id: 628 */
                        if (l_1193.f1)
                            break;
                        (*g_409) = l_1570;
                    }
                }
                (*p_22) &= (6L == ((p_19 , 4L) == ((g_1303.f2 , (p_21 , (((((safe_div_func_float_f_f(((safe_mul_func_float_f_f(l_1529, 0x1.0p+1)) > (((safe_mul_func_float_f_f(l_1577, g_1303.f1)) <= p_19.f2) != 0x0.7p-1)), l_1570.f2)) , l_1578) | g_88[0]) , l_1361) < 0xDF2C145CL))) , 0x24E35F62L)));
            }
            else
            { /* block id: 634 */
                uint64_t *l_1591 = &l_1577;
                const int32_t l_1593 = 0L;
                for (g_1303.f4 = 0; (g_1303.f4 < (-5)); g_1303.f4 = safe_sub_func_int64_t_s_s(g_1303.f4, 9))
                { /* block id: 637 */
                    uint16_t l_1592 = 65535UL;
                    (*p_22) |= (safe_add_func_int64_t_s_s(7L, (((g_288 <= ((--(*l_1362)) <= (safe_add_func_uint8_t_u_u(p_19.f5, (safe_add_func_uint16_t_u_u((0x795DL & (p_19.f4 ^ (safe_add_func_int16_t_s_s((((void*)0 != l_1591) & l_1592), ((*l_1175) |= l_1193.f1))))), p_19.f1)))))) ^ l_1593) < 0x51BEL)));
                    (*g_1001) = (**g_1000);
                    for (l_1193.f3 = (-22); (l_1193.f3 >= 33); ++l_1193.f3)
                    { /* block id: 644 */
                        struct S0 l_1596 = {0x3CL,0xE43E2325L,0x7AL};
                        (*g_409) = l_1596;
                    }
                }
            }
            if (g_284)
                goto lbl_1712;
            (*p_22) |= 0L;
        }
        if ((safe_mul_func_uint16_t_u_u((safe_div_func_int32_t_s_s(l_1530, (p_21 , ((l_1324 |= l_1250[3]) && (safe_rshift_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s((safe_mul_func_int16_t_s_s(p_19.f5, ((p_20 , (safe_div_func_uint64_t_u_u((((-1L) == ((((l_1611 == &g_681) , (safe_sub_func_uint64_t_u_u((safe_sub_func_int32_t_s_s((l_1531[3][0][2] = (safe_mul_func_int16_t_s_s((p_21.f0 < g_148.f3), g_147[4][0][0]))), l_1533)), p_19.f0))) ^ (-7L)) != l_1619)) | g_352), l_1285))) & g_352))), p_19.f3)), g_1620)), l_1621)))))), g_647[0])))
        { /* block id: 653 */
            uint64_t l_1630 = 0xADB10473952C2A5BLL;
            uint32_t l_1644 = 0UL;
            union U4 *l_1646 = &g_824;
            union U4 **l_1645 = &l_1646;
            int32_t l_1656 = 0L;
            const uint8_t **l_1661 = &l_1660;
            int16_t *l_1663 = &l_1528;
            (*p_22) &= (l_1644 = (g_824 , (safe_sub_func_int64_t_s_s((safe_lshift_func_int8_t_s_s(0xA8L, 2)), ((((g_148 , 0x846BL) >= l_1643) , 4294967295UL) != l_1230.f1)))));
            (*l_1645) = &g_824;
            (*p_22) |= (((((*g_409) = (*g_409)) , (((-0x3.Dp+1) > ((((p_19.f6 != (0x1.1p+1 == (safe_div_func_float_f_f((((((safe_lshift_func_uint8_t_u_s(((safe_unary_minus_func_int32_t_s((safe_add_func_uint64_t_u_u((safe_add_func_int16_t_s_s((l_1656 = ((*l_1175) = (p_19.f2 , (p_19.f3 && (-1L))))), g_295)), (safe_rshift_func_int16_t_s_s(((*l_1663) = (safe_unary_minus_func_int64_t_s((((*l_1661) = l_1660) == l_1662)))), 14)))))) , 255UL), 1)) , g_1303.f2) > (-0x1.Ap-1)) < (-0x1.1p+1)) == l_1250[1]), l_1664)))) >= l_1644) > p_21.f0) , 0x1.Ap+1)) <= 0x5.08D288p-57)) == p_20) , 1L);
            (*p_22) = (safe_mod_func_uint16_t_u_u(((g_148 , (safe_add_func_int16_t_s_s(((g_1669 != &g_1001) < g_384.f1), p_19.f2))) == (*p_22)), l_1644));
        }
        else
        { /* block id: 665 */
            int32_t ****l_1673[10] = {&g_1000,(void*)0,&g_1000,&g_1000,(void*)0,&g_1000,&g_1000,(void*)0,&g_1000,&g_1000};
            int64_t l_1695 = (-1L);
            int i;
            for (l_1249 = 0; (l_1249 >= (-22)); --l_1249)
            { /* block id: 668 */
                (*p_22) = l_1672;
            }
            if (((void*)0 != l_1673[6]))
            { /* block id: 671 */
                int32_t l_1685 = 0x80E7D242L;
                uint64_t l_1688 = 0x0DF065842E15929CLL;
                uint8_t *l_1696 = (void*)0;
                uint8_t *l_1697[5];
                int32_t l_1698[4];
                int8_t **l_1704 = &g_87;
                int8_t **l_1705 = &g_87;
                int8_t **l_1706 = &l_1703;
                int16_t *l_1707[1];
                int32_t l_1708 = 0x6423CB67L;
                struct S2 l_1709 = {-9L,0x37C2L,0,0x007C3159L,0x0A5032BFL,0xFFE2L,-0x7.2p+1};
                int i;
                for (i = 0; i < 5; i++)
                    l_1697[i] = &g_196;
                for (i = 0; i < 4; i++)
                    l_1698[i] = 1L;
                for (i = 0; i < 1; i++)
                    l_1707[i] = &l_1528;
                (*p_22) = (l_1674 , (safe_div_func_uint32_t_u_u(4294967294UL, 0xA3DD58E4L)));
                l_1708 &= ((((safe_mod_func_int16_t_s_s((l_1698[0] = ((safe_mod_func_int32_t_s_s((safe_rshift_func_uint8_t_u_u(l_1685, (safe_rshift_func_uint16_t_u_s(l_1685, l_1688)))), (*p_22))) | ((+((((p_19 , p_19.f3) ^ ((safe_mul_func_int16_t_s_s(((*l_1175) = ((0xE740DA80L < (g_148.f3 = (safe_mul_func_uint8_t_u_u((safe_unary_minus_func_uint8_t_u(l_1695)), (g_74--))))) > ((((*l_1706) = l_1703) == l_1660) == 0UL))), g_12)) >= l_1529)) >= g_868[2].f1) >= p_19.f5)) != l_1698[0]))), l_1193.f1)) || p_21.f0) | 0UL) >= p_19.f4);
                (**g_1669) = func_37(l_1709, (&l_1697[2] == ((safe_rshift_func_uint16_t_u_s(l_1698[0], g_287)) , &g_173)), (**g_1000), (*g_1001));
                (*p_22) |= (((**g_1669) = (void*)0) != (void*)0);
            }
            else
            { /* block id: 682 */
                return (**g_1669);
            }
        }
        (**g_1669) = p_23;
    }
    for (g_74 = 0; (g_74 != 30); g_74 = safe_add_func_uint64_t_u_u(g_74, 3))
    { /* block id: 691 */
        int32_t * const l_1717 = (void*)0;
        int32_t *l_1720 = &l_1328;
        int64_t l_1738 = 1L;
        union U4 l_1753 = {0xC9249053L};
        int32_t l_1760 = 0x4741EF34L;
        int32_t l_1761 = 0x0F3812EBL;
        int32_t l_1762[3];
        int32_t l_1781[1][8] = {{0x54F2B7B3L,0x54F2B7B3L,0xE76ED845L,0x54F2B7B3L,0x54F2B7B3L,0xE76ED845L,0x54F2B7B3L,0x54F2B7B3L}};
        union U4 *l_1797 = &g_1798[7][0];
        int8_t l_1883[5][6];
        const int16_t l_1884 = 0x12A9L;
        int i, j;
        for (i = 0; i < 3; i++)
            l_1762[i] = 0xEB7F9F2CL;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 6; j++)
                l_1883[i][j] = 0xF7L;
        }
        for (l_1528 = 29; (l_1528 == 10); l_1528--)
        { /* block id: 694 */
            int64_t l_1728[2];
            int32_t * const ** const *l_1731 = &l_1228;
            uint64_t *l_1737 = &l_1472;
            int32_t l_1757 = 0x9851C306L;
            int32_t l_1758 = 0x108821EBL;
            int32_t l_1759 = 0x35011521L;
            int32_t l_1764 = 0x3F367E5BL;
            int32_t l_1766 = 0x622A2F6AL;
            int32_t l_1772 = (-1L);
            int32_t l_1774 = 0x3E807E84L;
            int32_t l_1775 = (-1L);
            int32_t l_1776 = 0x1592A9DBL;
            int32_t l_1778[1][7][4] = {{{0xEA56567EL,0xEA56567EL,0xEA56567EL,0xEA56567EL},{0xEA56567EL,0xEA56567EL,0xEA56567EL,0xEA56567EL},{0xEA56567EL,0xEA56567EL,0xEA56567EL,0xEA56567EL},{0xEA56567EL,0xEA56567EL,0xEA56567EL,0xEA56567EL},{0xEA56567EL,0xEA56567EL,0xEA56567EL,0xEA56567EL},{0xEA56567EL,0xEA56567EL,0xEA56567EL,0xEA56567EL},{0xEA56567EL,0xEA56567EL,0xEA56567EL,0xEA56567EL}}};
            union U4 *l_1795 = &l_1674;
            struct S1 l_1805[2] = {{274,2507,-0,985},{274,2507,-0,985}};
            union U3 l_1808 = {0xE2B849B8L};
            int64_t l_1819 = 1L;
            int64_t l_1823 = (-1L);
            struct S2 l_1832 = {1L,1UL,0,18446744073709551613UL,-3L,0x847CL,0x7.Bp+1};
            int64_t **l_1857 = &g_224;
            int8_t l_1878 = 0x8CL;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_1728[i] = (-8L);
            for (g_1303.f1 = 0; (g_1303.f1 <= 3); g_1303.f1 += 1)
            { /* block id: 697 */
                int32_t **l_1718[10] = {&g_77,&g_77,&g_77,&g_77,&g_77,&g_77,&g_77,&g_77,&g_77,&g_77};
                int32_t **l_1719 = &g_77;
                int32_t l_1779 = 7L;
                int i;
                l_1720 = func_37(p_19, p_19.f1, l_1717, ((*l_1719) = l_1717));
                for (g_578 = 0; (g_578 <= 8); g_578 += 1)
                { /* block id: 702 */
                    float l_1727[2][1][2];
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                    {
                        for (j = 0; j < 1; j++)
                        {
                            for (k = 0; k < 2; k++)
                                l_1727[i][j][k] = (-0x8.0p+1);
                        }
                    }
                    (*l_1720) = (safe_div_func_int32_t_s_s((safe_mul_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u(((l_1728[1] != (safe_mod_func_uint16_t_u_u(((((void*)0 != l_1731) , l_1732) == (p_19 , &g_173)), 5L))) ^ (safe_rshift_func_uint8_t_u_u(p_19.f5, (safe_add_func_int8_t_s_s((((void*)0 == l_1737) ^ (*p_22)), p_19.f5))))), p_19.f2)) || l_1738), 255UL)), g_48[7][4][0]));
                    (*p_22) ^= (p_19.f2 >= (p_19.f5 <= p_19.f5));
                    for (g_289 = 0; (g_289 <= 0); g_289 += 1)
                    { /* block id: 707 */
                        int i, j, k;
                        g_48[(g_578 + 1)][(g_1303.f1 + 4)][(g_289 + 1)] = (safe_add_func_int16_t_s_s(g_48[(g_578 + 1)][(g_289 + 9)][g_289], (safe_add_func_int8_t_s_s(g_1239[g_289][(g_289 + 4)], (((***g_462) &= (-6L)) != g_1239[g_289][(g_1303.f1 + 2)])))));
                    }
                }
                for (g_288 = 3; (g_288 >= 0); g_288 -= 1)
                { /* block id: 714 */
                    int32_t l_1756 = (-1L);
                    int32_t l_1763 = 0x5E7D5902L;
                    int32_t l_1765 = (-9L);
                    int32_t l_1767 = 0x9A0E0746L;
                    int32_t l_1768 = 0x77A5D3D2L;
                    int32_t l_1769 = 0x6AC37119L;
                    int32_t l_1770[9][9][3] = {{{(-1L),0x8B79D318L,0x8C318F6CL},{1L,0x499ED882L,0L},{0xAF029F18L,0xF563B1EEL,(-4L)},{0xF563B1EEL,0xF5F09E51L,0xCCCC7089L},{0x4DC288A2L,(-1L),0x78A2F479L},{0x805D6D37L,(-8L),0x1FA5B68AL},{0xD21DCBB7L,0L,0xE64355EEL},{0xEB67DC46L,0x5CFCA1A6L,0x2E30D739L},{0xEB67DC46L,1L,0x805D6D37L}},{{0xD21DCBB7L,(-2L),0x0388A7A5L},{0x805D6D37L,(-3L),1L},{0x4DC288A2L,0x1FA5B68AL,0x1000049AL},{0xF563B1EEL,5L,0x499ED882L},{0xAF029F18L,(-1L),1L},{1L,0x972E4C35L,(-1L)},{(-1L),0xD21DCBB7L,5L},{0xCCCC7089L,5L,0x31749E3AL},{0x2B7A4293L,0x2B7A4293L,0x512BEB22L}},{{0x2E30D739L,0xE64355EEL,(-7L)},{0L,0x972E4C35L,0xBC51BCBFL},{0L,0x4DC288A2L,0x07CC3C07L},{0x31749E3AL,0L,0xBC51BCBFL},{0xDAF78B44L,1L,0x31749E3AL},{0x5D69D59BL,1L,1L},{0x65C2551BL,0x33FD2FB8L,0x4742DB95L},{0xD21DCBB7L,0L,3L},{0L,(-1L),0x8E238D08L}},{{0xD2A58C7EL,0xAF029F18L,0xD21DCBB7L},{0xF5F09E51L,0x77603D2EL,0L},{0xEB67DC46L,0x1FA5B68AL,1L},{(-1L),0xEB67DC46L,0x4022B762L},{0x2B7A4293L,1L,1L},{(-9L),1L,0x77603D2EL},{0xAF029F18L,6L,5L},{(-5L),6L,(-1L)},{3L,1L,0xF563B1EEL}},{{1L,1L,0x2DE3ED44L},{0x4DEB757AL,0xEB67DC46L,0x499ED882L},{1L,0x1FA5B68AL,0x972E4C35L},{(-1L),0x77603D2EL,(-8L)},{1L,0xAF029F18L,0xF5F09E51L},{(-4L),(-1L),0x33FD2FB8L},{0L,0L,1L},{0x1FA5B68AL,0x33FD2FB8L,0x1FA5B68AL},{(-1L),1L,(-1L)}},{{0x64D626EEL,1L,0x8C318F6CL},{0xCCCC7089L,0L,0xD2A58C7EL},{0x8B79D318L,0x4DC288A2L,0x88EAC5DBL},{0xCCCC7089L,0x972E4C35L,6L},{0x64D626EEL,(-1L),0xE58F07A5L},{(-1L),(-2L),(-1L)},{0x1FA5B68AL,3L,5L},{0L,1L,0x512BEB22L},{(-4L),0L,0x5D69D59BL}},{{1L,0x4DEB757AL,(-5L)},{(-1L),(-1L),0xCCCC7089L},{1L,0xF563B1EEL,0xDAF78B44L},{0x4DEB757AL,0x48D9D3E7L,0xE64355EEL},{1L,(-10L),(-3L)},{3L,0x805D6D37L,0L},{(-5L),0xE64355EEL,0L},{0xAF029F18L,0xBC51BCBFL,(-3L)},{(-9L),0L,0xE64355EEL}},{{0x2B7A4293L,0x8E238D08L,0xDAF78B44L},{(-1L),0L,0xCCCC7089L},{0xEB67DC46L,0x07CC3C07L,(-5L)},{0xF5F09E51L,0L,0x5D69D59BL},{0xD2A58C7EL,0xE58F07A5L,0x512BEB22L},{0L,0xCCCC7089L,5L},{0xD21DCBB7L,(-1L),(-1L)},{0x65C2551BL,(-1L),0xE58F07A5L},{0x5D69D59BL,0x2DE3ED44L,6L}},{{0xDAF78B44L,0x4742DB95L,0x88EAC5DBL},{0x31749E3AL,0x65C2551BL,0xD2A58C7EL},{0L,0x4742DB95L,0x8C318F6CL},{0L,0x2DE3ED44L,(-1L)},{5L,(-1L),0x1FA5B68AL},{(-2L),(-1L),1L},{0x499ED882L,0xCCCC7089L,0x33FD2FB8L},{0x8E238D08L,0xE58F07A5L,0xF5F09E51L},{(-3L),0L,(-8L)}}};
                    int32_t l_1777[7][9] = {{1L,3L,0xF3B9B9F8L,0x010F0B58L,1L,0xF3B9B9F8L,0x72BF4977L,0xF3B9B9F8L,1L},{0L,3L,3L,0L,0x87D3C714L,1L,(-1L),8L,0xEA05E329L},{3L,1L,0x72BF4977L,0L,0L,0x72BF4977L,1L,3L,0x1ABE223BL},{0L,1L,0xEA05E329L,0x98ED58BEL,0x87D3C714L,8L,8L,0x87D3C714L,0x98ED58BEL},{(-1L),1L,(-1L),0x2895AD21L,1L,0L,0x010F0B58L,0x1ABE223BL,0x1ABE223BL},{3L,0L,3L,8L,3L,0L,3L,(-1L),0xEA05E329L},{0x010F0B58L,0L,1L,0x2895AD21L,(-1L),1L,(-1L),0x2895AD21L,1L}};
                    int i, j, k;
                    if ((*p_22))
                        break;
                    if (g_1743)
                        break;
                    (**g_1669) = func_37(l_1744, (safe_mod_func_int32_t_s_s((((safe_add_func_uint32_t_u_u(((*l_1253) = ((((p_19 , (**g_462)) == (**g_462)) , (0x2E9BL && ((safe_rshift_func_uint8_t_u_s((((void*)0 == p_22) >= (l_1753 , 6L)), (***g_462))) >= g_292))) , 4294967289UL)), 1UL)) <= g_10) > 1L), l_1754)), p_22, l_1720);
                    --g_1782[1];
                }
            }
            if ((*p_22))
                break;
            for (g_566 = 0; (g_566 > 42); ++g_566)
            { /* block id: 725 */
                int32_t *l_1787 = &g_288;
                int32_t *l_1788 = &l_1532;
                int32_t *l_1789 = (void*)0;
                int32_t *l_1790 = &g_289;
                int32_t *l_1791[3][2][9] = {{{&g_290,&g_4,&g_285,(void*)0,(void*)0,&g_285,&g_4,&g_290,&l_1772},{&l_1761,(void*)0,&g_286,&l_1327,(void*)0,&g_286,&g_289,&g_289,&g_289}},{{&g_284,&g_48[1][0][0],(void*)0,&g_290,(void*)0,&g_48[1][0][0],&g_284,&g_286,&l_1772},{&g_286,&l_1762[1],&g_284,&g_290,&g_289,(void*)0,&g_290,(void*)0,&g_290}},{{&g_290,&l_1761,&l_1327,&l_1327,&l_1761,&g_290,&l_1772,&g_286,&g_284},{(void*)0,&g_286,&l_1327,(void*)0,&g_286,&g_289,&g_289,&g_289,&g_289}}};
                uint8_t l_1792 = 0UL;
                union U4 **l_1796 = (void*)0;
                int16_t *l_1820 = (void*)0;
                int16_t *l_1821 = (void*)0;
                int16_t *l_1822 = &l_1771;
                int i, j, k;
                l_1792--;
                l_1797 = l_1795;
                (*l_1720) = ((((*p_22) = (((*l_1737) = (safe_lshift_func_uint8_t_u_s((((*l_1822) = (safe_lshift_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s(0xCBL, 4)), ((*l_1788) ^ (l_1674 , (((*l_1175) &= ((l_1805[1] , (((safe_mul_func_uint16_t_u_u((l_1808 , (g_148.f1 & ((safe_add_func_int32_t_s_s(((!((safe_mod_func_uint64_t_u_u((((*l_1720) , ((safe_unary_minus_func_uint64_t_u((safe_lshift_func_int8_t_s_u(((safe_add_func_int16_t_s_s(p_19.f3, g_180.f0)) < p_19.f4), 2)))) < 0x84F97D217EC17226LL)) && 0x5FC9DF19L), (*l_1788))) <= 0x54L)) != p_20), (*p_22))) != p_19.f1))), 1UL)) > g_286) ^ l_1819)) >= p_19.f3)) , 0x2DEF27A5L)))))) < (-5L)), 7))) , 0L)) && l_1823) , (*p_22));
                (*l_1720) = (0xFCCC4976L && (*p_22));
            }
            for (g_292 = 7; (g_292 >= 0); g_292 -= 1)
            { /* block id: 737 */
                uint16_t *l_1839 = &g_384.f5;
                int32_t **** const *l_1848 = (void*)0;
                int32_t l_1872 = 1L;
                int8_t l_1873 = 0x99L;
                int32_t l_1875 = (-9L);
                int32_t l_1876[5];
                uint32_t l_1880[1];
                int i;
                for (i = 0; i < 5; i++)
                    l_1876[i] = 0xD9ED4190L;
                for (i = 0; i < 1; i++)
                    l_1880[i] = 0xF43B4E1FL;
                if ((g_88[(g_292 + 1)] != (((*l_1839) = ((~(safe_unary_minus_func_int8_t_s(g_88[(g_292 + 1)]))) >= ((((0x26240CFFL ^ (((((*p_22) = (((safe_rshift_func_int16_t_s_u(p_19.f3, ((l_1832 , p_19.f4) <= (safe_mod_func_int8_t_s_s(((p_19.f2 | ((void*)0 == g_1837)) || 0UL), p_19.f1))))) <= p_19.f2) >= p_20)) , l_1838) , g_295) , (*p_22))) <= p_19.f4) | g_48[7][4][0]) == g_88[(g_292 + 1)]))) >= g_88[(g_292 + 1)])))
                { /* block id: 740 */
                    int64_t ***l_1856 = &l_1855;
                    struct S2 ***l_1865[5];
                    struct S2 ****l_1864[1];
                    int16_t *l_1867 = &l_1771;
                    int i;
                    for (i = 0; i < 5; i++)
                        l_1865[i] = &l_1471;
                    for (i = 0; i < 1; i++)
                        l_1864[i] = &l_1865[2];
                    for (g_384.f1 = 2; (g_384.f1 <= 8); g_384.f1 += 1)
                    { /* block id: 743 */
                        uint8_t l_1845 = 247UL;
                        l_1845 = (!(p_19 , ((safe_div_func_uint32_t_u_u(0x9F42FD9BL, (safe_rshift_func_uint16_t_u_u(0x1AF8L, 0)))) && 18446744073709551615UL)));
                    }
                    for (g_1095 = 4; (g_1095 >= 1); g_1095 -= 1)
                    { /* block id: 748 */
                        int i, j;
                        if ((*l_1720))
                            break;
                        l_1333[(g_1095 + 2)][g_1095] = g_9[(g_1095 + 3)];
                        if (l_1333[(g_1095 + 2)][g_1095].f1)
                            continue;
                    }
                    (*p_22) |= ((((safe_div_func_int64_t_s_s((l_1848 == (l_1852 = g_1849)), (*l_1720))) != ((((0x9FL < ((l_1857 = ((*l_1856) = l_1855)) == (void*)0)) || ((safe_lshift_func_int16_t_s_s(((*l_1867) = ((*l_1175) |= (safe_mul_func_uint16_t_u_u((g_384.f5 ^= (g_9[g_292] , p_20)), (((safe_add_func_uint16_t_u_u(((void*)0 == l_1864[0]), l_1866)) < p_19.f3) ^ 0x80B18AE0L))))), p_19.f2)) == p_19.f2)) & p_19.f2) && p_19.f4)) < p_19.f3) , 0x854A9E0EL);
                }
                else
                { /* block id: 760 */
                    uint64_t l_1868 = 0x9E49EFF5FB72A59FLL;
                    for (g_1620 = 8; (g_1620 >= 0); g_1620 -= 1)
                    { /* block id: 763 */
                        if (l_1868)
                            break;
                    }
                }
                for (l_1759 = 8; (l_1759 >= 0); l_1759 -= 1)
                { /* block id: 769 */
                    int8_t l_1869[10][9] = {{0x89L,0x9FL,0x77L,0x77L,0x9FL,0x89L,0x9FL,0x77L,0x77L},{5L,5L,0x89L,0x77L,0x89L,5L,5L,0x89L,0x77L},{(-1L),0x9FL,(-1L),0x89L,0x89L,(-1L),0x9FL,(-1L),0x89L},{(-1L),0x89L,0x89L,(-1L),0x9FL,(-1L),0x89L,0x89L,(-1L)},{5L,0x89L,0x77L,0x89L,5L,5L,0x89L,0x77L,0x89L},{0x89L,0x9FL,0x77L,0x77L,0x9FL,0x89L,0x9FL,0x77L,0x77L},{5L,5L,0x89L,0x77L,0x89L,5L,5L,0x89L,0x77L},{(-1L),0x9FL,(-1L),0x89L,0x89L,(-1L),0x9FL,(-1L),0x89L},{(-1L),0x89L,0x89L,(-1L),0x9FL,(-1L),0x89L,(-1L),0x77L},{0x89L,(-1L),0x9FL,(-1L),0x89L,0x89L,(-1L),0x9FL,(-1L)}};
                    int32_t *l_1870 = (void*)0;
                    int32_t *l_1871[9][6] = {{(void*)0,&l_1772,&l_1325,&g_48[7][4][0],&l_1325,&l_1772},{&l_1325,(void*)0,&g_10,(void*)0,(void*)0,&g_10},{&l_1325,&l_1325,(void*)0,&g_48[7][4][0],&l_1776,&g_48[7][4][0]},{(void*)0,&l_1325,(void*)0,&g_10,(void*)0,(void*)0},{&l_1772,(void*)0,(void*)0,&l_1772,&l_1325,&g_48[7][4][0]},{&g_48[7][4][0],&l_1772,(void*)0,&l_1772,&g_48[7][4][0],&g_10},{&l_1772,&g_48[7][4][0],&g_10,&g_10,&g_48[7][4][0],&l_1772},{(void*)0,&l_1772,&l_1325,&g_48[7][4][0],&l_1325,&l_1772},{&l_1325,(void*)0,&g_10,(void*)0,(void*)0,&g_10}};
                    int i, j;
                    l_1880[0]--;
                    return (****g_1849);
                }
            }
        }
        if (l_1883[0][3])
            break;
        if (l_1884)
            break;
    }
    return (***g_1850);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int16_t  func_25(const int16_t  p_26, int32_t * p_27, const int16_t  p_28, int32_t * const  p_29)
{ /* block id: 462 */
    int64_t l_1157[8][7][4] = {{{0x6FE66869C3779A3BLL,(-1L),0x7F71A1E3A57873BCLL,(-1L)},{0x7F71A1E3A57873BCLL,(-1L),0x6FE66869C3779A3BLL,(-4L)},{(-1L),0x4865EAB79FB9D257LL,0L,0x7F71A1E3A57873BCLL},{1L,0x839A754018D1BF8ALL,0x839A754018D1BF8ALL,1L},{1L,(-4L),0L,0L},{(-1L),1L,0x6FE66869C3779A3BLL,0xAE3751A4DE6E9E01LL},{0x7F71A1E3A57873BCLL,0xD424B4DB7F3B0DAALL,0x7F71A1E3A57873BCLL,0xAE3751A4DE6E9E01LL}},{{0x6FE66869C3779A3BLL,1L,(-1L),0L},{0L,(-4L),1L,1L},{0x839A754018D1BF8ALL,0x839A754018D1BF8ALL,1L,0x7F71A1E3A57873BCLL},{0L,0x4865EAB79FB9D257LL,(-1L),(-4L)},{0x6FE66869C3779A3BLL,(-1L),0x7F71A1E3A57873BCLL,(-1L)},{0x7F71A1E3A57873BCLL,(-1L),0x6FE66869C3779A3BLL,(-4L)},{(-1L),0x4865EAB79FB9D257LL,0L,0x7F71A1E3A57873BCLL}},{{1L,0x839A754018D1BF8ALL,0x839A754018D1BF8ALL,1L},{1L,(-4L),0L,0L},{(-1L),1L,0x6FE66869C3779A3BLL,0xAE3751A4DE6E9E01LL},{0x7F71A1E3A57873BCLL,0xD424B4DB7F3B0DAALL,0x7F71A1E3A57873BCLL,0xAE3751A4DE6E9E01LL},{0x6FE66869C3779A3BLL,1L,(-1L),0L},{0L,(-4L),1L,1L},{0x839A754018D1BF8ALL,0x839A754018D1BF8ALL,1L,0x7F71A1E3A57873BCLL}},{{0L,0x4865EAB79FB9D257LL,(-1L),(-4L)},{0x6FE66869C3779A3BLL,(-1L),0x7F71A1E3A57873BCLL,(-1L)},{0x7F71A1E3A57873BCLL,(-1L),0x6FE66869C3779A3BLL,(-4L)},{(-1L),0x4865EAB79FB9D257LL,0L,0x7F71A1E3A57873BCLL},{1L,0x839A754018D1BF8ALL,0x839A754018D1BF8ALL,1L},{1L,(-4L),0L,0L},{(-1L),1L,0x6FE66869C3779A3BLL,0xAE3751A4DE6E9E01LL}},{{0x7F71A1E3A57873BCLL,0xD424B4DB7F3B0DAALL,0x7F71A1E3A57873BCLL,0xAE3751A4DE6E9E01LL},{0x6FE66869C3779A3BLL,1L,(-1L),0L},{0L,(-4L),1L,1L},{0x839A754018D1BF8ALL,0xAE3751A4DE6E9E01LL,0x839A754018D1BF8ALL,(-4L)},{0x7F71A1E3A57873BCLL,0x6FE66869C3779A3BLL,0xD424B4DB7F3B0DAALL,1L},{0L,0xD424B4DB7F3B0DAALL,(-4L),0xD424B4DB7F3B0DAALL},{(-4L),0xD424B4DB7F3B0DAALL,0L,1L}},{{0xD424B4DB7F3B0DAALL,0x6FE66869C3779A3BLL,0x7F71A1E3A57873BCLL,(-4L)},{0x839A754018D1BF8ALL,0xAE3751A4DE6E9E01LL,0xAE3751A4DE6E9E01LL,0x839A754018D1BF8ALL},{0x839A754018D1BF8ALL,1L,0x7F71A1E3A57873BCLL,0x4865EAB79FB9D257LL},{0xD424B4DB7F3B0DAALL,0x839A754018D1BF8ALL,0L,(-1L)},{(-4L),0L,(-4L),(-1L)},{0L,0x839A754018D1BF8ALL,0xD424B4DB7F3B0DAALL,0x4865EAB79FB9D257LL},{0x7F71A1E3A57873BCLL,1L,0x839A754018D1BF8ALL,0x839A754018D1BF8ALL}},{{0xAE3751A4DE6E9E01LL,0xAE3751A4DE6E9E01LL,0x839A754018D1BF8ALL,(-4L)},{0x7F71A1E3A57873BCLL,0x6FE66869C3779A3BLL,0xD424B4DB7F3B0DAALL,1L},{0L,0xD424B4DB7F3B0DAALL,(-4L),0xD424B4DB7F3B0DAALL},{(-4L),0xD424B4DB7F3B0DAALL,0L,1L},{0xD424B4DB7F3B0DAALL,0x6FE66869C3779A3BLL,0x7F71A1E3A57873BCLL,(-4L)},{0x839A754018D1BF8ALL,0xAE3751A4DE6E9E01LL,0xAE3751A4DE6E9E01LL,0x839A754018D1BF8ALL},{0x839A754018D1BF8ALL,1L,0x7F71A1E3A57873BCLL,0x4865EAB79FB9D257LL}},{{0xD424B4DB7F3B0DAALL,0x839A754018D1BF8ALL,0L,(-1L)},{(-4L),0L,(-4L),(-1L)},{0L,0x839A754018D1BF8ALL,0xD424B4DB7F3B0DAALL,0x4865EAB79FB9D257LL},{0x7F71A1E3A57873BCLL,1L,0x839A754018D1BF8ALL,0x839A754018D1BF8ALL},{0xAE3751A4DE6E9E01LL,0xAE3751A4DE6E9E01LL,0x839A754018D1BF8ALL,(-4L)},{0x7F71A1E3A57873BCLL,0x6FE66869C3779A3BLL,0xD424B4DB7F3B0DAALL,1L},{0L,0xD424B4DB7F3B0DAALL,(-4L),0xD424B4DB7F3B0DAALL}}};
    int i, j, k;
    l_1157[4][2][0] = 0x80CB10FDL;
    return l_1157[6][5][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_196 g_868.f1 g_566 g_296 g_280 g_896 g_352 g_294 g_868.f3 g_12 g_282 g_298 g_647 g_462 g_463 g_87 g_384.f0 g_1000 g_680 g_293 g_619 g_1001 g_77 g_147 g_384.f3 g_74 g_384.f5 g_286 g_866 g_409 g_9 g_88 g_281 g_1095 g_868.f4 g_291 g_11
 * writes: g_196 g_465 g_286 g_296 g_112 g_293 g_487.f3 g_680 g_1000 g_384.f0 g_681 g_74 g_464 g_77 g_180.f3 g_1048 g_384.f3 g_384.f5 g_9 g_866 g_87
 */
static uint16_t  func_33(int32_t * p_34, int32_t * p_35, int32_t * p_36)
{ /* block id: 360 */
    int8_t l_939 = 0L;
    int32_t l_950 = 0xCA6A4ECEL;
    int32_t l_951 = 0x5A4086CAL;
    int32_t l_952[5][1] = {{9L},{8L},{9L},{8L},{9L}};
    uint32_t l_992[8];
    union U4 l_999 = {0x1D068D29L};
    struct S1 l_1009 = {323,15477,1,482};
    int64_t l_1053 = (-1L);
    float l_1054[1][8][4] = {{{0x0.3p+1,(-0x9.6p+1),(-0x9.6p+1),0x0.3p+1},{(-0x9.6p+1),0x0.3p+1,(-0x9.6p+1),(-0x9.6p+1)},{0x0.3p+1,0x0.3p+1,0x5.EF5C90p+7,0x0.3p+1},{0x0.3p+1,(-0x9.6p+1),(-0x9.6p+1),0x0.3p+1},{(-0x9.6p+1),0x0.3p+1,(-0x9.6p+1),(-0x9.6p+1)},{0x0.3p+1,0x0.3p+1,0x5.EF5C90p+7,0x0.3p+1},{0x0.3p+1,(-0x9.6p+1),(-0x9.6p+1),0x0.3p+1},{(-0x9.6p+1),0x0.3p+1,(-0x9.6p+1),(-0x9.6p+1)}}};
    uint32_t l_1055 = 0x7D3FAAD4L;
    uint8_t *l_1058 = &g_74;
    uint16_t *l_1065[6] = {&g_384.f5,&g_384.f5,(void*)0,&g_384.f5,&g_384.f5,(void*)0};
    int64_t *l_1068 = (void*)0;
    uint8_t l_1071 = 0x7DL;
    uint16_t l_1078 = 3UL;
    int8_t l_1105 = 0xA1L;
    int16_t l_1121 = 0x4EA4L;
    uint32_t l_1132 = 18446744073709551615UL;
    uint16_t l_1146 = 0x8A94L;
    int i, j, k;
    for (i = 0; i < 8; i++)
        l_992[i] = 0xA795DADAL;
    for (g_196 = 17; (g_196 <= 16); g_196--)
    { /* block id: 363 */
        int32_t *l_940 = &g_296[4][0][7];
        int32_t *l_941 = &g_285;
        int32_t *l_942 = &g_282;
        int32_t *l_943 = &g_293;
        int32_t *l_944 = &g_291;
        int32_t *l_945 = &g_298[2];
        int32_t *l_946 = (void*)0;
        int32_t *l_947 = &g_296[2][0][4];
        int32_t *l_948[2];
        int32_t l_949 = 0x8050FC44L;
        int32_t l_953 = (-1L);
        uint8_t l_954 = 0xD4L;
        uint32_t l_961 = 4UL;
        union U4 l_996[3][3][1] = {{{{0UL}},{{0UL}},{{0x9BD5BC3EL}}},{{{0UL}},{{0UL}},{{0x9BD5BC3EL}}},{{{0UL}},{{0UL}},{{0x9BD5BC3EL}}}};
        float ***l_1035 = (void*)0;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_948[i] = (void*)0;
        --l_954;
        for (g_465 = 23; (g_465 < 17); --g_465)
        { /* block id: 367 */
            int8_t l_970 = 0x7CL;
            int32_t l_972 = 0xDE043C48L;
            int32_t l_984 = 0L;
            int32_t l_985 = 7L;
            int32_t l_986 = 2L;
            int32_t l_987 = 0x13E2BDA2L;
            int32_t l_988 = 0xA5B9F0DCL;
            int32_t l_989 = 0xC7952C6AL;
            int32_t l_990 = (-7L);
            int32_t l_991[4][6][10] = {{{(-7L),1L,0x51863893L,0x51863893L,1L,(-7L),0xF5CB0E46L,0L,0xC83E9C1EL,(-1L)},{0x59ADDF04L,9L,0x213A859CL,0x51863893L,0xF5CB0E46L,0x5B4F169CL,(-1L),0x213A859CL,(-8L),0x90CE0B95L},{0x59ADDF04L,0L,(-8L),0xC83E9C1EL,9L,(-7L),0x90CE0B95L,0x213A859CL,0L,9L},{(-7L),0x90CE0B95L,0x213A859CL,0L,9L,(-10L),9L,0L,0x213A859CL,0x90CE0B95L},{0x900DE3F9L,0x17C26653L,0xF5CB0E46L,9L,0L,(-1L),0x17C26653L,0xECE25BE5L,1L,0L},{0x0204941CL,0x2DD2950CL,9L,0x90CE0B95L,(-2L),(-1L),0L,(-1L),0x90CE0B95L,0L}},{{0x900DE3F9L,0xD47EA50AL,9L,(-1L),0x40122B1AL,0x0204941CL,0L,0xECE25BE5L,0xECE25BE5L,0L},{1L,(-2L),0xF5CB0E46L,0xF5CB0E46L,(-2L),1L,0L,0x90CE0B95L,(-1L),0L},{1L,0xD47EA50AL,1L,0xF5CB0E46L,0L,(-1L),0L,1L,0xECE25BE5L,0x17C26653L},{1L,0x2DD2950CL,0xECE25BE5L,(-1L),0xD47EA50AL,1L,0x17C26653L,1L,0x90CE0B95L,0xD47EA50AL},{1L,0x17C26653L,1L,0x90CE0B95L,0xD47EA50AL,0x0204941CL,0xD47EA50AL,0x90CE0B95L,1L,0x17C26653L},{0x900DE3F9L,0x17C26653L,0xF5CB0E46L,9L,0L,(-1L),0x17C26653L,0xECE25BE5L,1L,0L}},{{0x0204941CL,0x2DD2950CL,9L,0x90CE0B95L,(-2L),(-1L),0L,(-1L),0x90CE0B95L,0L},{0x900DE3F9L,0xD47EA50AL,9L,(-1L),0x40122B1AL,0x0204941CL,0L,0xECE25BE5L,0xECE25BE5L,0L},{1L,(-2L),0xF5CB0E46L,0xF5CB0E46L,(-2L),1L,0L,0x90CE0B95L,(-1L),0L},{1L,0xD47EA50AL,1L,0xF5CB0E46L,0L,(-1L),0L,1L,0xECE25BE5L,0x17C26653L},{1L,0x2DD2950CL,0xECE25BE5L,(-1L),0xD47EA50AL,1L,0x17C26653L,1L,0x90CE0B95L,0xD47EA50AL},{1L,0x17C26653L,1L,0x90CE0B95L,0xD47EA50AL,0x0204941CL,0xD47EA50AL,0x90CE0B95L,1L,0x17C26653L}},{{0x900DE3F9L,0x17C26653L,0xF5CB0E46L,9L,0L,(-1L),0x17C26653L,0xECE25BE5L,1L,0L},{0x0204941CL,0x2DD2950CL,9L,0x90CE0B95L,(-2L),(-1L),0L,(-1L),0x90CE0B95L,0L},{0x900DE3F9L,0xD47EA50AL,9L,(-1L),0x40122B1AL,0x0204941CL,0L,0xECE25BE5L,0xECE25BE5L,0L},{1L,(-2L),0xF5CB0E46L,0xF5CB0E46L,(-2L),1L,0L,0x90CE0B95L,(-1L),0L},{1L,0xD47EA50AL,1L,0xF5CB0E46L,0L,(-1L),0L,1L,0xECE25BE5L,0x17C26653L},{1L,(-10L),0x40122B1AL,0L,(-7L),0xC83E9C1EL,0xC74DDC89L,(-2L),0x17C26653L,(-7L)}}};
            float ***l_995 = &g_680;
            int32_t ****l_1002 = &g_1000;
            const struct S2 l_1006 = {0x29L,65535UL,1,18446744073709551608UL,6L,65535UL,0xC.A33F71p+71};
            int i, j, k;
            for (g_286 = 16; (g_286 <= 6); g_286--)
            { /* block id: 370 */
                int64_t *l_971[9][7];
                int32_t *l_979 = &l_953;
                int i, j;
                for (i = 0; i < 9; i++)
                {
                    for (j = 0; j < 7; j++)
                        l_971[i][j] = &g_578;
                }
                (*p_34) = l_961;
                (*l_943) = (safe_mod_func_int16_t_s_s(0x1E2EL, ((safe_rshift_func_uint16_t_u_s(g_868[2].f1, 8)) || (safe_mul_func_int16_t_s_s(((((*l_979) &= (((g_112 = ((g_566 , (*l_940)) , (l_972 = (l_939 && ((safe_sub_func_int8_t_s_s((-7L), l_952[4][0])) & l_970))))) | ((safe_sub_func_uint16_t_u_u(((safe_mul_func_int8_t_s_s((((safe_mul_func_int8_t_s_s(l_970, l_970)) && 0UL) != l_952[4][0]), g_280[1])) <= 0x978CABDBE42FC0CFLL), g_896[1][0])) > 0xD0FD780DD978B2E6LL)) | l_970)) , g_352) , g_294[5][9]), 0x10A9L)))));
                for (g_487.f3 = 0; (g_487.f3 != 18); g_487.f3 = safe_add_func_uint8_t_u_u(g_487.f3, 6))
                { /* block id: 378 */
                    int32_t **l_982 = (void*)0;
                    int32_t **l_983 = &l_942;
                    (*l_983) = (p_36 = p_36);
                }
            }
            ++l_992[5];
            (*l_995) = &g_681;
            if (((l_996[2][0][0] , ((l_970 < g_868[2].f3) | ((*l_942) | (*l_945)))) <= (safe_add_func_uint64_t_u_u((l_999 , g_647[1]), ((***g_462) <= (((*l_1002) = g_1000) == (void*)0))))))
            { /* block id: 386 */
                uint32_t l_1044 = 3UL;
                int32_t *l_1045 = &g_298[0];
                int32_t ***l_1046 = (void*)0;
                for (l_987 = 1; (l_987 != 24); ++l_987)
                { /* block id: 389 */
                    int8_t l_1010 = 0x65L;
                    int32_t l_1011 = 0x366E2EAFL;
                    if ((*p_36))
                        break;
                    for (g_384.f0 = 7; (g_384.f0 >= 0); g_384.f0 -= 1)
                    { /* block id: 393 */
                        uint8_t *l_1012 = &g_74;
                        int i;
                        (*l_943) ^= (((*l_1012) = ((~(l_992[g_384.f0] != (l_1006 , (((((*g_680) = (void*)0) == p_36) , l_992[g_384.f0]) > (4L > ((*p_34) == (safe_lshift_func_uint16_t_u_u((l_1011 = (l_1009 , l_1010)), 11)))))))) != 0UL)) <= l_951);
                    }
                    if (l_1011)
                        break;
                }
                for (g_464 = 0; (g_464 <= 4); g_464 += 1)
                { /* block id: 403 */
                    const int32_t l_1040 = 0x111AC18FL;
                    const union U3 *l_1047 = &g_182[0][0][3];
                    for (g_112 = 0; (g_112 <= 4); g_112 += 1)
                    { /* block id: 406 */
                        const uint64_t l_1025 = 2UL;
                        int32_t l_1034 = 0xD7202454L;
                        struct S0 l_1043 = {0x10L,9L,3L};
                        (*l_943) = (safe_lshift_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u((((((safe_div_func_uint32_t_u_u((safe_mul_func_int8_t_s_s((safe_add_func_int64_t_s_s((l_1034 = (safe_mul_func_int8_t_s_s(l_1025, (safe_rshift_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((safe_add_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(l_1034, (((void*)0 == l_1035) <= (0x32F9L != g_619)))), (safe_rshift_func_int8_t_s_u((((*p_34) ^ ((safe_rshift_func_int8_t_s_s(l_1040, 4)) <= (safe_mod_func_int16_t_s_s((l_1043 , l_1040), 0xE934L)))) , 0x93L), l_1034)))), l_1044)), l_1043.f1))))), l_1043.f2)), 4UL)), 4294967290UL)) <= g_280[0]) == 0xC3L) != l_1044) < (*l_945)), 1UL)) <= g_280[3]), l_1043.f0));
                        (**g_1000) = (**g_1000);
                        (**g_1000) = l_1045;
                    }
                    l_1046 = (g_147[0][0][0] , (*l_1002));
                    (***l_1002) = p_34;
                    for (g_180.f3 = 0; (g_180.f3 <= 1); g_180.f3 += 1)
                    { /* block id: 416 */
                        g_1048 = l_1047;
                    }
                }
            }
            else
            { /* block id: 420 */
                const struct S2 **l_1050 = (void*)0;
                const struct S2 *l_1052 = &g_868[3];
                const struct S2 **l_1051 = &l_1052;
                (*l_1051) = &l_1006;
                if ((*p_34))
                    break;
                if ((*p_36))
                    continue;
            }
        }
        for (g_384.f3 = 0; (g_384.f3 <= 8); g_384.f3 += 1)
        { /* block id: 428 */
            return (*l_945);
        }
        --l_1055;
    }
    if (((--(*l_1058)) < (safe_add_func_int8_t_s_s((safe_add_func_uint16_t_u_u((g_384.f5--), ((255UL >= (g_286 & ((*p_34) ^= (l_951 |= l_950)))) , ((l_950 |= 7L) & (safe_add_func_int8_t_s_s((g_293 | 18446744073709551615UL), (l_1071 != ((((l_952[1][0] , (~(safe_mod_func_uint8_t_u_u(l_992[5], 0xF6L)))) != g_866) && 0x700653D6L) || l_1009.f2)))))))), l_1009.f1))))
    { /* block id: 438 */
        const struct S2 l_1077 = {0x0EL,0xF919L,0,0xB5190745L,1L,0x98F4L,0x1.Bp+1};
        uint64_t *l_1090 = &g_866;
        union U3 l_1093 = {3UL};
        struct S1 **l_1094 = &g_216;
        int32_t l_1096 = 0xDCF7C07BL;
        int32_t *l_1097 = &g_289;
        int32_t *l_1098 = &g_298[1];
        int32_t *l_1099 = &g_298[2];
        int32_t *l_1100 = &g_288;
        int32_t *l_1101 = &g_288;
        int32_t *l_1102 = (void*)0;
        int32_t *l_1103 = &g_290;
        int32_t *l_1104[4][9] = {{&g_10,&g_10,&g_290,&g_10,&g_10,&g_290,&g_10,&g_10,&g_290},{&g_11,&g_11,&g_285,&g_11,&g_11,&g_296[7][0][5],&g_11,&g_11,&g_285},{&g_10,&g_10,&g_290,&g_10,&g_10,&g_290,&g_10,&g_10,&g_290},{&g_11,&g_11,&g_285,&g_11,&g_11,&g_296[7][0][5],&g_11,&g_11,&g_285}};
        uint64_t l_1106 = 1UL;
        int i, j;
        l_1096 |= (safe_rshift_func_uint8_t_u_u(((l_1077 , (((((((((*p_34) |= (((l_1078 && l_1077.f0) < (safe_div_func_uint8_t_u_u((((safe_add_func_int16_t_s_s(((((*g_409) = (*g_409)) , ((safe_rshift_func_int16_t_s_u(l_951, (safe_unary_minus_func_uint8_t_u(((((safe_sub_func_int16_t_s_s((((safe_div_func_uint64_t_u_u(((*l_1090) = 0x9E07D8EDD614E4E3LL), (safe_lshift_func_int8_t_s_s(((l_1093 , &g_216) == (l_1094 = &g_216)), 1)))) == l_1077.f5) || 0xC9L), g_88[3])) ^ l_1093.f0) , 0xD079CD84F39C7E9ELL) , g_281))))) < l_1077.f3)) || 1UL), g_1095)) || l_992[5]) != g_868[2].f4), l_1077.f2))) , l_1071)) >= l_1077.f4) || l_939) , 255UL) ^ l_1077.f1) || g_293) && 0x62L) | 0L)) > g_291), 2));
        l_1106--;
    }
    else
    { /* block id: 445 */
        uint8_t l_1111 = 0xCEL;
        const int8_t *l_1118 = (void*)0;
        int32_t l_1135 = (-1L);
        int32_t l_1139 = 0x330C795AL;
        int32_t l_1140[9][10][2] = {{{0xC3FDA2E3L,0xC3FDA2E3L},{0x40B0D905L,0xC3FDA2E3L},{0xC3FDA2E3L,(-8L)},{0x969074D7L,0x54D2566AL},{0x40B0D905L,0x969074D7L},{0x54D2566AL,(-8L)},{0x54D2566AL,0x969074D7L},{0x40B0D905L,0x54D2566AL},{0x969074D7L,(-8L)},{0xC3FDA2E3L,0xC3FDA2E3L}},{{0x40B0D905L,0xC3FDA2E3L},{0xC3FDA2E3L,(-8L)},{0x969074D7L,0x54D2566AL},{0x40B0D905L,0x969074D7L},{0x54D2566AL,(-8L)},{0x54D2566AL,0x969074D7L},{0x40B0D905L,0x54D2566AL},{0x969074D7L,(-8L)},{0xC3FDA2E3L,0xC3FDA2E3L},{0x40B0D905L,0xC3FDA2E3L}},{{0xC3FDA2E3L,(-8L)},{0x969074D7L,0x54D2566AL},{0x40B0D905L,0x969074D7L},{0x54D2566AL,(-8L)},{0x54D2566AL,0x969074D7L},{0x40B0D905L,0x54D2566AL},{0x969074D7L,(-8L)},{0xC3FDA2E3L,0xC3FDA2E3L},{0x40B0D905L,0xC3FDA2E3L},{0xC3FDA2E3L,(-8L)}},{{0x969074D7L,0x54D2566AL},{0x40B0D905L,0x969074D7L},{0x54D2566AL,(-8L)},{0x54D2566AL,0x969074D7L},{0x40B0D905L,0x54D2566AL},{0x969074D7L,(-8L)},{0xC3FDA2E3L,0xC3FDA2E3L},{0x40B0D905L,0xC3FDA2E3L},{0xC3FDA2E3L,(-8L)},{0x969074D7L,0x54D2566AL}},{{0x40B0D905L,0x969074D7L},{0x54D2566AL,(-8L)},{0x54D2566AL,0x969074D7L},{0x40B0D905L,0x54D2566AL},{0x969074D7L,(-8L)},{0xC3FDA2E3L,0xC3FDA2E3L},{0x40B0D905L,0xC3FDA2E3L},{0xC3FDA2E3L,(-8L)},{0x969074D7L,0x54D2566AL},{0x40B0D905L,0x969074D7L}},{{0x54D2566AL,(-8L)},{0x54D2566AL,0x969074D7L},{0x40B0D905L,0x54D2566AL},{0x969074D7L,(-8L)},{0xC3FDA2E3L,0xC3FDA2E3L},{0x40B0D905L,0xC3FDA2E3L},{0xC3FDA2E3L,(-8L)},{0x969074D7L,0x54D2566AL},{0x40B0D905L,0x969074D7L},{0x54D2566AL,(-8L)}},{{0x54D2566AL,0x969074D7L},{0x40B0D905L,0x54D2566AL},{0x969074D7L,(-8L)},{0xC3FDA2E3L,0xC3FDA2E3L},{0x40B0D905L,0xC3FDA2E3L},{0xC3FDA2E3L,(-8L)},{0x969074D7L,0x54D2566AL},{0x40B0D905L,0x969074D7L},{0x54D2566AL,(-8L)},{0x54D2566AL,0x969074D7L}},{{0x40B0D905L,0x54D2566AL},{0x969074D7L,(-8L)},{0xC3FDA2E3L,0x40B0D905L},{1L,0x40B0D905L},{0x40B0D905L,0L},{(-8L),0L},{1L,(-8L)},{0L,0L},{0L,(-8L)},{1L,0L}},{{(-8L),0L},{0x40B0D905L,0x40B0D905L},{1L,0x40B0D905L},{0x40B0D905L,0L},{(-8L),0L},{1L,(-8L)},{0L,0L},{0L,(-8L)},{1L,0L},{(-8L),0L}}};
        int64_t l_1141 = 0xD67EB6319CA41343LL;
        uint8_t l_1142 = 255UL;
        struct S2 *l_1149[7][2] = {{&g_868[2],&g_868[2]},{&g_868[2],&g_868[2]},{&g_868[2],&g_868[2]},{&g_868[2],&g_868[2]},{&g_868[2],&g_868[2]},{&g_868[2],&g_868[2]},{&g_868[2],&g_868[2]}};
        struct S2 **l_1150 = (void*)0;
        struct S2 **l_1151 = &l_1149[1][0];
        int i, j, k;
        if (((safe_rshift_func_uint8_t_u_u(l_950, 2)) != (l_1078 && (l_1111 || (safe_add_func_uint32_t_u_u(((safe_rshift_func_int8_t_s_u((safe_mul_func_int8_t_s_s((l_1078 && l_1111), (((**g_462) = &l_1105) == l_1118))), l_1111)) | (safe_div_func_int8_t_s_s(l_1111, l_1121))), l_1111))))))
        { /* block id: 447 */
            int32_t *l_1122 = &g_291;
            int32_t *l_1123 = &g_296[0][0][3];
            int32_t *l_1124 = &g_285;
            int32_t *l_1125 = &g_295;
            int32_t *l_1126 = &g_286;
            int32_t *l_1127 = (void*)0;
            int32_t *l_1128 = &g_292;
            int32_t *l_1129 = (void*)0;
            int32_t *l_1130 = &g_286;
            int32_t *l_1131[3][8] = {{&g_282,&g_282,&g_294[7][0],&g_294[7][0],&g_282,&g_282,&g_293,&g_282},{(void*)0,&g_293,&g_294[7][0],(void*)0,&g_294[7][0],&g_293,(void*)0,&g_282},{&g_282,(void*)0,&g_288,(void*)0,(void*)0,&g_288,(void*)0,&g_282}};
            int i, j;
            l_1132--;
            for (l_1111 = 0; (l_1111 <= 2); l_1111 += 1)
            { /* block id: 451 */
                uint64_t l_1136 = 0x84DCC794AA8FDEFALL;
                int i;
                --l_1136;
                return g_298[l_1111];
            }
            l_1142--;
        }
        else
        { /* block id: 456 */
            int32_t *l_1145[3];
            int i;
            for (i = 0; i < 3; i++)
                l_1145[i] = &g_297;
            l_1146--;
        }
        (*l_1151) = l_1149[1][0];
    }
    return g_11;
}


/* ------------------------------------------ */
/* 
 * reads : g_174 g_290 g_294 g_384.f2 g_77 g_286 g_515 g_516 g_462 g_463 g_9 g_284 g_293
 * writes: g_174 g_285 g_290 g_409 g_411 g_384.f6 g_286 g_87 g_647 g_284 g_293
 */
static int32_t * func_37(struct S2  p_38, uint64_t  p_39, int32_t * const  p_40, int32_t * const  p_41)
{ /* block id: 133 */
    struct S1 l_402 = {216,1535,1,742};
    struct S0 *l_408 = &g_9[4];
    int32_t l_413 = 9L;
    int32_t l_415 = 0x05BDD70CL;
    int32_t l_419[1][8] = {{0xBF1DC6E4L,0xBF1DC6E4L,0xBF1DC6E4L,0xBF1DC6E4L,0xBF1DC6E4L,0xBF1DC6E4L,0xBF1DC6E4L,0xBF1DC6E4L}};
    float *l_450 = (void*)0;
    uint64_t *l_478 = &g_352;
    const union U3 *l_500 = &g_487;
    const union U3 **l_499[1][1];
    union U4 l_501 = {0x3182B4E7L};
    uint32_t l_510 = 18446744073709551607UL;
    struct S2 * const **l_522 = &g_516[0];
    int32_t l_644 = (-9L);
    int8_t *l_654 = &g_384.f0;
    int16_t *l_659 = &g_647[1];
    int32_t *l_660 = &g_284;
    int8_t l_679[2];
    float l_710 = 0x4.F5F819p+79;
    uint64_t l_811[3];
    int32_t **l_878[5];
    int32_t ***l_877 = &l_878[2];
    int32_t ****l_876 = &l_877;
    uint32_t l_891 = 5UL;
    uint16_t l_892[10];
    uint32_t l_908 = 0UL;
    struct S1 **l_934 = (void*)0;
    struct S1 ***l_935 = &l_934;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_499[i][j] = &l_500;
    }
    for (i = 0; i < 2; i++)
        l_679[i] = 0x6CL;
    for (i = 0; i < 3; i++)
        l_811[i] = 0UL;
    for (i = 0; i < 5; i++)
        l_878[i] = &g_77;
    for (i = 0; i < 10; i++)
        l_892[i] = 65534UL;
    for (g_174 = 15; (g_174 != 54); g_174++)
    { /* block id: 136 */
        int32_t *l_399 = &g_285;
        int32_t *l_400[2];
        struct S0 *l_410 = &g_9[3];
        float *l_412[8][10][3];
        int16_t l_414[4][6] = {{1L,1L,6L,6L,1L,1L},{1L,6L,6L,1L,1L,6L},{1L,1L,6L,6L,1L,1L},{1L,6L,6L,1L,1L,6L}};
        int64_t *l_475 = &g_112;
        union U3 **l_502 = &g_179[2];
        union U3 l_586 = {2UL};
        int32_t l_624 = 0xE22FD68AL;
        float l_643 = (-0x2.5p-1);
        int8_t l_645 = 0xDEL;
        int32_t l_646 = 0xFF47284CL;
        int16_t l_648[10][8][3] = {{{0x1661L,0x84E2L,0x465AL},{9L,1L,0L},{0L,0x465AL,0x9AD9L},{0xE20CL,1L,0xF8CCL},{(-10L),0x84E2L,(-7L)},{0x13D5L,1L,(-2L)},{0x1661L,0x465AL,0x465AL},{(-1L),1L,0x0CB5L}},{{0L,0x84E2L,0x9AD9L},{0xEAF0L,1L,0x4602L},{(-10L),0x465AL,(-7L)},{0xE099L,1L,0xCA16L},{0x1661L,0x84E2L,0x465AL},{9L,1L,0L},{0L,0x465AL,0x9AD9L},{0xE20CL,1L,0xF8CCL}},{{(-10L),0x84E2L,(-7L)},{0x13D5L,1L,(-2L)},{0x1661L,0x465AL,0x465AL},{(-1L),1L,0x0CB5L},{0L,0x84E2L,0x9AD9L},{0xEAF0L,1L,0x4602L},{(-10L),0x465AL,(-7L)},{0xE099L,1L,0xCA16L}},{{0x1661L,0x84E2L,0x465AL},{9L,1L,0L},{0L,0x465AL,0x9AD9L},{0xE20CL,1L,0xF8CCL},{(-10L),0x84E2L,0xF4A1L},{0L,0x5BA2L,0xC74BL},{0x84E2L,0x771EL,0x771EL},{0xCA16L,0x5BA2L,(-9L)}},{{0xE688L,0x2886L,0L},{0x4602L,0x5BA2L,0xBE43L},{0x31EEL,0x771EL,0xF4A1L},{0x0CB5L,0x5BA2L,0x8C86L},{0x84E2L,0x2886L,0x771EL},{(-2L),0x5BA2L,0x9101L},{0xE688L,0x771EL,0L},{0xF8CCL,0x5BA2L,0xB4D8L}},{{0x31EEL,0x2886L,0xF4A1L},{0L,0x5BA2L,0xC74BL},{0x84E2L,0x771EL,0x771EL},{0xCA16L,0x5BA2L,(-9L)},{0xE688L,0x2886L,0L},{0x4602L,0x5BA2L,0xBE43L},{0x31EEL,0x771EL,0xF4A1L},{0x0CB5L,0x5BA2L,0x8C86L}},{{0x84E2L,0x2886L,0x771EL},{(-2L),0x5BA2L,0x9101L},{0xE688L,0x771EL,0L},{0xF8CCL,0x5BA2L,0xB4D8L},{0x31EEL,0x2886L,0xF4A1L},{0L,0x5BA2L,0xC74BL},{0x84E2L,0x771EL,0x771EL},{0xCA16L,0x5BA2L,(-9L)}},{{0xE688L,0x2886L,0L},{0x4602L,0x5BA2L,0xBE43L},{0x31EEL,0x771EL,0xF4A1L},{0x0CB5L,0x5BA2L,0x8C86L},{0x84E2L,0x2886L,0x771EL},{(-2L),0x5BA2L,0x9101L},{0xE688L,0x771EL,0L},{0xF8CCL,0x5BA2L,0xB4D8L}},{{0x31EEL,0x2886L,0xF4A1L},{0L,0x5BA2L,0xC74BL},{0x84E2L,0x771EL,0x771EL},{0xCA16L,0x5BA2L,(-9L)},{0xE688L,0x2886L,0L},{0x4602L,0x5BA2L,0xBE43L},{0x31EEL,0x771EL,0xF4A1L},{0x0CB5L,0x5BA2L,0x8C86L}},{{0x84E2L,0x2886L,0x771EL},{(-2L),0x5BA2L,0x9101L},{0xE688L,0x771EL,0L},{0xF8CCL,0x5BA2L,0xB4D8L},{0x31EEL,0x2886L,0xF4A1L},{0L,0x5BA2L,0xC74BL},{0x84E2L,0x771EL,0x771EL},{0xCA16L,0x5BA2L,(-9L)}}};
        uint32_t l_649 = 0UL;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_400[i] = &g_295;
        for (i = 0; i < 8; i++)
        {
            for (j = 0; j < 10; j++)
            {
                for (k = 0; k < 3; k++)
                    l_412[i][j][k] = &g_384.f6;
            }
        }
        g_290 ^= ((*l_399) = (l_399 != p_41));
        l_415 = (+(l_402 , (l_414[1][3] = ((safe_mul_func_uint16_t_u_u(65535UL, g_294[5][9])) , (l_413 = (!((g_384.f6 = (safe_sub_func_float_f_f(((g_409 = l_408) == (g_411[2] = l_410)), (g_384.f2 == ((p_38.f6 = ((void*)0 == g_77)) != (-0x3.3p-1)))))) > l_402.f1)))))));
        for (g_286 = 0; (g_286 >= 19); g_286++)
        { /* block id: 148 */
            uint32_t l_420 = 0UL;
            uint16_t *l_440 = (void*)0;
            struct S0 l_444 = {250UL,0xF9E2C309L,-8L};
            struct S2 *l_467 = &g_384;
            int32_t l_498 = 0xD642B21CL;
            union U3 l_552[3] = {{4294967289UL},{4294967289UL},{4294967289UL}};
            int32_t **l_561 = &l_399;
            int16_t l_613 = 0x2937L;
            int32_t l_629 = 0x6736659EL;
            int32_t l_632 = (-4L);
            int32_t l_634 = 0xC1B52451L;
            int32_t l_635 = (-1L);
            int32_t l_636 = (-1L);
            int32_t l_637 = 0xC982926AL;
            int32_t l_638 = 1L;
            int32_t l_639 = 0L;
            uint32_t l_640[7] = {0x24DDBE7CL,0x24DDBE7CL,0x24DDBE7CL,0x24DDBE7CL,0x24DDBE7CL,0x24DDBE7CL,0x24DDBE7CL};
            int i;
        }
        --l_649;
    }
    (*l_660) &= (((*l_659) = (((safe_rshift_func_int16_t_s_s(l_402.f3, 0)) , (((*g_515) == (void*)0) , (((**g_462) = l_654) != (void*)0))) < (safe_rshift_func_int16_t_s_u((((8UL <= ((safe_div_func_int16_t_s_s((((*l_408) , (l_402.f1 <= ((1L ^ l_413) < p_38.f0))) || p_38.f5), (-10L))) >= l_510)) ^ 1L) || 0x72B7L), 11)))) > p_38.f0);
    if (g_286)
        goto lbl_933;
lbl_933:
    for (g_293 = 0; (g_293 > 27); g_293 = safe_add_func_uint8_t_u_u(g_293, 9))
    { /* block id: 237 */
        float *l_663 = (void*)0;
        float *l_664 = (void*)0;
        float *l_665 = &g_384.f6;
        uint8_t *l_666 = &g_619;
        int32_t l_675 = 0x9492F142L;
        float *l_678 = (void*)0;
        struct S2 l_707 = {1L,0x6FB0L,-0,0xE8CD0D28L,-2L,65526UL,0x6.F3EBC6p+33};
        uint64_t l_825 = 0UL;
        struct S0 l_844 = {1UL,0xA070C984L,0x82L};
        union U4 l_879 = {18446744073709551615UL};
        float l_902 = (-0x1.0p-1);
        int32_t l_903 = 0x3C17445EL;
        int32_t l_904 = (-1L);
        int32_t l_906 = 0x619739E4L;
        int32_t l_907[7][3] = {{0x5D700646L,0x5D700646L,0x5D700646L},{0L,0L,0L},{0x5D700646L,0x5D700646L,0x5D700646L},{0L,0L,0L},{0x5D700646L,0x5D700646L,0x5D700646L},{0L,0L,0L},{0x5D700646L,0x5D700646L,0x5D700646L}};
        struct S1 l_922 = {39,16092,1,402};
        uint16_t *l_927 = &g_464;
        int i, j;
        (*l_665) = 0x1.4p-1;
    }
    (*l_935) = l_934;
    return &g_296[7][0][5];
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_10 g_48 g_11 g_12 g_87 g_88 g_74 g_77 g_147 g_148 g_174 g_180.f1 g_285 g_196 g_173 g_180.f0 g_297 g_296 g_294 g_352 g_384
 * writes: g_48 g_74 g_77 g_87 g_88 g_112 g_147 g_173 g_179 g_181 g_196 g_216 g_224 g_180.f1 g_352 g_9 g_294
 */
static struct S2  func_42(uint64_t  p_43, int32_t * const  p_44, struct S0  p_45)
{ /* block id: 17 */
    int32_t *l_47[1][3][5] = {{{&g_48[2][1][0],&g_48[2][1][0],&g_48[2][1][0],&g_48[2][1][0],&g_48[2][1][0]},{&g_48[7][4][0],&g_48[7][4][0],&g_48[7][4][0],&g_48[7][4][0],&g_48[7][4][0]},{&g_48[2][1][0],&g_48[2][1][0],&g_48[2][1][0],&g_48[2][1][0],&g_48[2][1][0]}}};
    int16_t l_49[7] = {1L,1L,1L,1L,1L,1L,1L};
    uint32_t l_50[8];
    int8_t *l_61 = (void*)0;
    uint8_t *l_73 = &g_74;
    int8_t * const *l_389 = (void*)0;
    int8_t **l_390 = &l_61;
    int i, j, k;
    for (i = 0; i < 8; i++)
        l_50[i] = 0x395F0F14L;
    l_50[0]++;
    g_294[5][9] ^= (func_53((((safe_sub_func_uint16_t_u_u(((((safe_rshift_func_uint16_t_u_u(g_4, 1)) , (safe_rshift_func_int8_t_s_u((p_45.f2 = 0xD7L), 0))) <= ((p_43 < (~((*l_73) = (safe_mul_func_int8_t_s_s(((((g_48[7][4][0] = (p_43 ^ (safe_div_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(((void*)0 == l_47[0][1][3]), p_45.f0)), (safe_rshift_func_uint16_t_u_u((safe_sub_func_int32_t_s_s((*p_44), g_4)), g_48[7][4][0])))))) , 0xCEA876B1L) <= g_11) != p_45.f1), 247UL))))) < g_12)) <= g_4), 0L)) | p_45.f1) , 1UL)) , (*p_44));
    for (g_352 = 0; (g_352 >= 18); g_352 = safe_add_func_int32_t_s_s(g_352, 9))
    { /* block id: 122 */
        int64_t l_379 = 0x5658D500B8E471CALL;
        int32_t **l_385[6] = {&l_47[0][0][3],&l_47[0][0][3],&l_47[0][0][3],&l_47[0][0][3],&l_47[0][0][3],&l_47[0][0][3]};
        uint32_t l_394[2];
        int i;
        for (i = 0; i < 2; i++)
            l_394[i] = 0xCF8EA864L;
        for (g_74 = 1; (g_74 <= 8); g_74 += 1)
        { /* block id: 125 */
            union U3 l_386 = {0x7FCC72E7L};
            int16_t *l_387[7][8][4] = {{{&l_49[6],&l_49[6],&g_100,&g_100},{&l_49[3],&l_49[6],&l_49[6],&g_100},{&l_49[6],&l_49[6],&l_49[6],&l_49[1]},{&l_49[6],&g_100,&g_100,(void*)0},{&l_49[6],(void*)0,&l_49[1],&g_100},{&l_49[5],&g_100,(void*)0,&l_49[1]},{&l_49[3],&l_49[3],(void*)0,(void*)0},{&l_49[1],(void*)0,&l_49[4],&l_49[4]}},{{&l_49[6],&g_100,&l_49[6],&l_49[6]},{&l_49[3],&l_49[4],&l_49[6],&l_49[6]},{&g_100,&l_49[6],&l_49[1],&g_100},{&g_100,&l_49[3],(void*)0,&l_49[5]},{&l_49[6],&g_100,&l_49[6],&l_49[4]},{&l_49[1],&l_49[6],&l_49[6],&l_49[1]},{(void*)0,&g_100,(void*)0,&l_49[6]},{&l_49[6],&l_49[0],&l_49[3],&g_100}},{{&l_49[3],&g_100,&l_49[1],&g_100},{&l_49[4],&l_49[0],&g_100,&l_49[6]},{(void*)0,&g_100,&g_100,&l_49[1]},{&l_49[6],&l_49[6],(void*)0,&l_49[4]},{(void*)0,&g_100,&g_100,&l_49[5]},{&l_49[3],&l_49[3],&l_49[6],&g_100},{&l_49[1],&l_49[6],&l_49[6],&l_49[6]},{&l_49[6],&l_49[4],&l_49[1],&l_49[6]}},{{&l_49[6],&g_100,&l_49[0],&l_49[4]},{&l_49[4],(void*)0,&l_49[1],(void*)0},{&l_49[6],&l_49[3],&l_49[1],&l_49[1]},{&l_49[1],&g_100,(void*)0,&g_100},{&l_49[1],(void*)0,&l_49[5],(void*)0},{(void*)0,&g_100,&g_100,&l_49[1]},{&g_100,&l_49[6],&l_49[6],&g_100},{&l_49[6],&l_49[6],(void*)0,&g_100}},{{&g_100,&l_49[6],&g_100,(void*)0},{&l_49[6],&l_49[6],&l_49[6],&l_49[0]},{&l_49[3],&l_49[6],&g_100,&g_100},{&l_49[6],&l_49[6],(void*)0,&g_100},{&l_49[3],&l_49[6],(void*)0,&g_100},{&l_49[1],&l_49[3],&l_49[6],&l_49[6]},{&l_49[4],&g_100,(void*)0,&g_100},{&l_49[6],&g_100,&l_49[0],&g_100}},{{&g_100,(void*)0,(void*)0,&g_100},{&g_100,&l_49[3],&l_49[6],&l_49[5]},{&g_100,(void*)0,&l_49[6],&l_49[6]},{&g_100,&l_49[6],(void*)0,&l_49[1]},{(void*)0,&l_49[6],&g_100,&l_49[6]},{&g_100,&l_49[6],&l_49[0],(void*)0},{&l_49[1],(void*)0,&g_100,(void*)0},{&g_100,&g_100,&l_49[0],&g_100}},{{&g_100,&g_100,(void*)0,&g_100},{&l_49[6],(void*)0,(void*)0,&l_49[6]},{(void*)0,&l_49[6],&l_49[4],&g_100},{&l_49[6],&l_49[1],&l_49[0],&l_49[1]},{(void*)0,(void*)0,&g_100,&l_49[6]},{&l_49[6],&l_49[6],&g_100,&l_49[3]},{&g_100,&g_100,&g_100,&l_49[4]},{&l_49[6],&l_49[3],&l_49[4],(void*)0}}};
            int32_t l_388 = 0L;
            int8_t ***l_391 = &l_390;
            int32_t l_395 = 0x3E37F816L;
            int i, j, k;
            l_379 &= 0L;
            l_395 |= (((safe_add_func_int16_t_s_s((l_388 |= (((safe_add_func_uint64_t_u_u((g_384 , (&g_77 != l_385[0])), 0xBAA9BFF92EC177AALL)) , l_386) , 0x7B50L)), (l_389 == ((*l_391) = l_390)))) ^ (safe_div_func_uint32_t_u_u((g_88[g_74] != g_88[g_74]), 0x30F46135L))) , l_394[1]);
        }
    }
    return g_384;
}


/* ------------------------------------------ */
/* 
 * reads : g_87 g_48 g_88 g_74 g_11 g_77 g_12 g_4 g_147 g_148 g_174 g_10 g_180.f1 g_285 g_196 g_173 g_180.f0 g_297 g_296
 * writes: g_77 g_74 g_87 g_88 g_112 g_147 g_173 g_179 g_181 g_196 g_216 g_224 g_180.f1 g_352 g_9
 */
static struct S1  func_53(uint8_t  p_54)
{ /* block id: 22 */
    int8_t *l_90 = &g_88[4];
    int32_t l_93 = 0x63721355L;
    int32_t l_144 = 0L;
    struct S0 l_193 = {251UL,1L,0xD9L};
    int32_t l_205 = 0xC6923B6AL;
    int16_t l_211 = 0x5EE9L;
    int32_t l_212 = (-1L);
    uint32_t l_213 = 4294967295UL;
    union U3 *l_232 = (void*)0;
    uint64_t l_261 = 0x02A20DF232AE47DCLL;
    int64_t l_342 = 0x951FFD2F6792E31ELL;
    uint32_t l_374 = 0xDAB08D28L;
    struct S1 l_376[4][1][5] = {{{{19,12466,1,1176},{270,15592,-0,1207},{19,12466,1,1176},{19,12466,1,1176},{270,15592,-0,1207}}},{{{270,15592,-0,1207},{19,12466,1,1176},{19,12466,1,1176},{270,15592,-0,1207},{19,12466,1,1176}}},{{{270,15592,-0,1207},{270,15592,-0,1207},{214,9512,-1,1281},{270,15592,-0,1207},{270,15592,-0,1207}}},{{{19,12466,1,1176},{270,15592,-0,1207},{19,12466,1,1176},{19,12466,1,1176},{270,15592,-0,1207}}}};
    int i, j, k;
    for (p_54 = 0; (p_54 == 37); ++p_54)
    { /* block id: 25 */
        uint32_t l_101 = 0UL;
        int32_t l_106 = (-1L);
        int32_t l_117 = 0xC5888CA2L;
        uint32_t l_118 = 0x3EB6FFE1L;
        struct S2 l_149 = {0xE0L,65535UL,0,18446744073709551613UL,0xF4D14C44L,65535UL,0x0.9p-1};
        const uint8_t * const l_175[9] = {&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74};
        int32_t l_202 = 0x76FED915L;
        int32_t l_203 = 1L;
        int32_t l_204 = 5L;
        int32_t l_206[3];
        int64_t l_208 = 0x36394302581F7334LL;
        struct S0 l_222 = {0xBCL,0x3DAD876DL,0xF5L};
        union U3 l_231 = {0UL};
        float l_239[3];
        uint32_t l_241 = 0x6D08C765L;
        uint32_t l_272 = 4294967293UL;
        struct S1 *l_330 = &g_148;
        int i;
        for (i = 0; i < 3; i++)
            l_206[i] = 0x752B4E38L;
        for (i = 0; i < 3; i++)
            l_239[i] = 0xC.0EF8D4p+63;
        g_77 = &g_12;
        if (p_54)
            continue;
        for (g_74 = 8; (g_74 >= 36); g_74 = safe_add_func_uint8_t_u_u(g_74, 5))
        { /* block id: 30 */
            int8_t **l_89 = &g_87;
            int8_t **l_91 = &l_90;
            int8_t *l_92[5][5] = {{(void*)0,&g_88[0],(void*)0,(void*)0,&g_88[5]},{&g_88[0],(void*)0,&g_88[0],(void*)0,&g_88[0]},{(void*)0,&g_88[1],&g_88[0],&g_88[5],&g_88[1]},{&g_88[0],&g_88[0],&g_88[0],&g_88[0],&g_88[5]},{(void*)0,&g_88[0],&g_88[0],&g_88[1],&g_88[1]}};
            struct S0 l_94[3] = {{0x23L,0xBDA42F3CL,-2L},{0x23L,0xBDA42F3CL,-2L},{0x23L,0xBDA42F3CL,-2L}};
            int32_t l_116[1][5];
            int64_t l_187 = 0x5B977AC5F61C7C29LL;
            int8_t l_237 = (-1L);
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 5; j++)
                    l_116[i][j] = (-6L);
            }
            if (((safe_rshift_func_uint8_t_u_s((((+(((&g_74 != &g_74) == ((safe_add_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(((((*l_89) = g_87) != ((*l_91) = l_90)) <= 0xEDEDL), 0)), 249UL)) , 9L)) == g_48[6][6][1])) | (l_92[0][0] != &g_88[0])) , p_54), 4)) | p_54))
            { /* block id: 33 */
                uint32_t l_142 = 18446744073709551614UL;
                uint32_t l_143 = 0UL;
                int32_t l_145[6][5] = {{0x49551247L,0x49551247L,0x19B726C3L,0x19B726C3L,0x49551247L},{0x41F251F0L,3L,0x41F251F0L,3L,0x41F251F0L},{0x49551247L,0x19B726C3L,0x19B726C3L,0x49551247L,0x49551247L},{(-7L),3L,(-7L),3L,(-7L)},{0x49551247L,0x49551247L,0x19B726C3L,0x19B726C3L,0x49551247L},{0x41F251F0L,3L,0x41F251F0L,3L,0x41F251F0L}};
                struct S0 l_220 = {0x78L,-1L,0xE8L};
                int32_t l_240 = 0x4282519BL;
                union U3 *l_246 = &g_180;
                int8_t **l_305 = &l_92[0][0];
                int32_t *l_339 = &l_116[0][2];
                struct S0 *l_359 = &l_193;
                int i, j;
                if (((l_93 > ((*g_87) = (l_94[1] , p_54))) < 0x23BFL))
                { /* block id: 35 */
                    int16_t *l_99[7][8][4] = {{{&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,(void*)0},{&g_100,(void*)0,&g_100,&g_100},{&g_100,&g_100,&g_100,(void*)0},{&g_100,(void*)0,&g_100,&g_100},{&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,&g_100}},{{&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,(void*)0,&g_100},{&g_100,&g_100,&g_100,(void*)0},{&g_100,&g_100,&g_100,&g_100},{&g_100,(void*)0,(void*)0,&g_100},{&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,&g_100}},{{(void*)0,&g_100,(void*)0,&g_100},{&g_100,(void*)0,&g_100,&g_100},{(void*)0,&g_100,&g_100,(void*)0},{&g_100,&g_100,&g_100,&g_100},{(void*)0,(void*)0,&g_100,&g_100},{&g_100,&g_100,(void*)0,(void*)0},{(void*)0,(void*)0,&g_100,(void*)0},{&g_100,&g_100,&g_100,&g_100}},{{&g_100,&g_100,(void*)0,(void*)0},{&g_100,&g_100,&g_100,(void*)0},{&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,(void*)0},{(void*)0,&g_100,&g_100,&g_100},{&g_100,(void*)0,&g_100,&g_100}},{{&g_100,(void*)0,(void*)0,&g_100},{&g_100,(void*)0,&g_100,&g_100},{(void*)0,(void*)0,&g_100,(void*)0},{&g_100,(void*)0,(void*)0,&g_100},{&g_100,&g_100,(void*)0,(void*)0},{&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,(void*)0,(void*)0}},{{(void*)0,&g_100,&g_100,&g_100},{&g_100,(void*)0,(void*)0,(void*)0},{&g_100,(void*)0,&g_100,&g_100},{&g_100,(void*)0,&g_100,&g_100},{(void*)0,(void*)0,&g_100,&g_100},{(void*)0,(void*)0,&g_100,&g_100},{&g_100,&g_100,&g_100,(void*)0},{(void*)0,&g_100,&g_100,&g_100}},{{(void*)0,&g_100,&g_100,&g_100},{&g_100,&g_100,(void*)0,&g_100},{&g_100,&g_100,(void*)0,(void*)0},{&g_100,&g_100,&g_100,(void*)0},{&g_100,&g_100,(void*)0,&g_100},{(void*)0,&g_100,(void*)0,(void*)0},{&g_100,(void*)0,(void*)0,(void*)0},{&g_100,&g_100,&g_100,&g_100}}};
                    const int32_t l_110 = (-1L);
                    int64_t *l_111 = &g_112;
                    int8_t *l_141 = &l_94[1].f2;
                    uint8_t *l_170 = &g_74;
                    uint8_t **l_169 = &l_170;
                    uint8_t *l_172[3][2];
                    uint8_t **l_171[7][5] = {{&l_172[1][1],&l_172[1][0],(void*)0,(void*)0,&l_172[0][1]},{(void*)0,&l_172[0][1],&l_172[1][1],&l_172[0][1],(void*)0},{(void*)0,&l_172[1][0],&l_172[1][1],&l_172[0][1],&l_172[1][1]},{&l_172[0][1],&l_172[1][1],(void*)0,&l_172[1][1],(void*)0},{&l_172[1][0],&l_172[1][0],&l_172[1][1],&l_172[2][0],&l_172[1][1]},{&l_172[1][1],&l_172[1][1],&l_172[1][0],(void*)0,&l_172[1][1]},{&l_172[1][1],&l_172[0][1],&l_172[1][1],(void*)0,&l_172[1][1]}};
                    union U3 *l_176 = (void*)0;
                    int32_t l_201 = 0xB1D98B46L;
                    int32_t l_207 = 0x6BA40BACL;
                    int32_t l_209[7] = {0xA6D7309AL,0xA6D7309AL,(-1L),0xA6D7309AL,0xA6D7309AL,(-1L),0xA6D7309AL};
                    int8_t l_210 = 0x87L;
                    int i, j, k;
                    for (i = 0; i < 3; i++)
                    {
                        for (j = 0; j < 2; j++)
                            l_172[i][j] = &l_94[1].f0;
                    }
                    if (((((((65526UL <= (((safe_add_func_uint64_t_u_u(l_93, g_88[0])) , (((l_101 = l_94[1].f2) && (safe_rshift_func_int8_t_s_u((*g_87), 5))) | ((safe_mul_func_int16_t_s_s((l_106 ^= (p_54 >= g_48[7][4][0])), (((*l_111) = (safe_mul_func_uint8_t_u_u((((safe_unary_minus_func_int16_t_s(l_110)) == 0xA22EFFBDL) <= 8L), g_48[1][2][1]))) < 0xA9CE858CEDA5373ELL))) , l_110))) , 0x335BL)) && 0L) != p_54) != g_48[1][8][1]) < p_54) >= 0L))
                    { /* block id: 39 */
                        int32_t *l_113 = (void*)0;
                        int32_t *l_114 = &g_48[7][4][0];
                        int32_t *l_115[6];
                        const int64_t *l_146 = (void*)0;
                        int i;
                        for (i = 0; i < 6; i++)
                            l_115[i] = (void*)0;
                        --l_118;
                        g_147[4][0][0] |= (((((0xEDB9L & (p_54 & ((((((safe_add_func_uint64_t_u_u((safe_add_func_int16_t_s_s((((((safe_mod_func_int16_t_s_s((safe_div_func_int16_t_s_s((((safe_sub_func_uint16_t_u_u((0xB4805B92L <= l_101), (((0x397FL ^ (((safe_sub_func_uint8_t_u_u((safe_div_func_int64_t_s_s((p_54 <= (((safe_lshift_func_int16_t_s_s(((safe_lshift_func_int8_t_s_u(((l_93 = ((safe_div_func_int16_t_s_s(((l_110 && ((((*l_91) = l_141) != (void*)0) == l_93)) ^ 1UL), g_88[8])) > g_48[7][4][0])) ^ l_142), p_54)) & l_110), 5)) <= 0x25L) < g_74)), (-9L))), p_54)) > l_142) == g_11)) || l_110) == p_54))) || (*g_77)) && p_54), l_143)), 6UL)) | l_144) || l_145[0][4]) <= g_74) & l_116[0][2]), p_54)), g_4)) & g_11) != g_4) < g_11) , (void*)0) == l_146))) != l_101) > g_4) >= p_54) , 0x9C9FF015L);
                        return g_148;
                    }
                    else
                    { /* block id: 45 */
                        int16_t l_155 = 0L;
                        int32_t *l_156 = &l_145[0][4];
                        (*l_156) = (((l_149 , l_149.f2) >= ((safe_sub_func_uint32_t_u_u((safe_add_func_int32_t_s_s(((safe_unary_minus_func_uint8_t_u(l_93)) <= (&g_48[1][2][0] == &g_12)), p_54)), p_54)) & l_155)) & g_48[3][5][0]);
                    }
                    if ((!(g_11 > (safe_sub_func_int32_t_s_s(1L, (1L | ((safe_lshift_func_int16_t_s_u(0x83F5L, (safe_mul_func_int16_t_s_s((p_54 && (((~(l_144 = (safe_div_func_int32_t_s_s((safe_mod_func_uint8_t_u_u(p_54, ((((g_173 = ((*l_169) = &p_54)) != (p_54 , l_175[8])) > 0L) & p_54))), 1L)))) != 0x0BL) || g_147[4][0][0])), l_116[0][2])))) ^ g_11)))))))
                    { /* block id: 51 */
                        union U3 **l_177 = (void*)0;
                        union U3 **l_178[1][4][8] = {{{&l_176,&l_176,&l_176,(void*)0,&l_176,&l_176,(void*)0,&l_176},{&l_176,&l_176,&l_176,(void*)0,&l_176,&l_176,(void*)0,&l_176},{&l_176,&l_176,&l_176,(void*)0,&l_176,&l_176,(void*)0,&l_176},{&l_176,&l_176,&l_176,(void*)0,&l_176,&l_176,(void*)0,&l_176}}};
                        int32_t l_194[6][7][6] = {{{0L,0x5A38FE63L,0L,(-1L),0x4F572883L,(-1L)},{(-1L),0x882ED2A0L,0xCAC00601L,0x882ED2A0L,(-1L),0x5A38FE63L},{(-1L),0L,0x882ED2A0L,(-1L),3L,3L},{0L,0x4F572883L,0x4F572883L,0L,0xCAC00601L,3L},{0L,3L,0x882ED2A0L,0x5A38FE63L,(-1L),0x5A38FE63L},{0xCAC00601L,0xCEF6D558L,0xCAC00601L,0xFA7B2E72L,(-1L),(-1L)},{0x882ED2A0L,3L,0L,0xCAC00601L,0xCAC00601L,0L}},{{0x4F572883L,0x4F572883L,0L,0xCAC00601L,3L,0xFA7B2E72L},{0x882ED2A0L,0L,(-1L),0xFA7B2E72L,(-1L),0L},{0xCAC00601L,0x882ED2A0L,(-1L),0x5A38FE63L,0x4F572883L,0xFA7B2E72L},{0L,0x5A38FE63L,0L,0L,0x5A38FE63L,0L},{0L,0x5A38FE63L,0L,(-1L),0x4F572883L,(-1L)},{(-1L),0x882ED2A0L,0xCAC00601L,0x882ED2A0L,(-1L),0x5A38FE63L},{(-1L),0L,0x882ED2A0L,(-1L),3L,3L}},{{0L,0x4F572883L,0x4F572883L,0L,0xCAC00601L,3L},{0L,3L,0x882ED2A0L,0x5A38FE63L,(-1L),0x5A38FE63L},{0xCAC00601L,0xCEF6D558L,0xCAC00601L,0xFA7B2E72L,(-1L),(-1L)},{0x882ED2A0L,3L,0L,0xCAC00601L,0xCAC00601L,0L},{0x4F572883L,0x4F572883L,0L,0xCAC00601L,3L,0xFA7B2E72L},{0x882ED2A0L,0L,(-1L),0xFA7B2E72L,(-1L),0L},{0xCAC00601L,0x882ED2A0L,(-1L),0x5A38FE63L,0x4F572883L,0xFA7B2E72L}},{{0L,0x5A38FE63L,0L,0L,0x5A38FE63L,0xCAC00601L},{0x4F572883L,0L,0xCAC00601L,3L,0xFA7B2E72L,0L},{0L,0xCEF6D558L,0x5A38FE63L,0xCEF6D558L,0L,0L},{0L,0x4F572883L,0xCEF6D558L,3L,(-1L),(-1L)},{0x4F572883L,0xFA7B2E72L,0xFA7B2E72L,0x4F572883L,0x5A38FE63L,(-1L)},{0xCAC00601L,(-1L),0xCEF6D558L,0L,3L,0L},{0x5A38FE63L,(-1L),0x5A38FE63L,0x882ED2A0L,3L,0L}},{{0xCEF6D558L,(-1L),0xCAC00601L,0x5A38FE63L,0x5A38FE63L,0xCAC00601L},{0xFA7B2E72L,0xFA7B2E72L,0x4F572883L,0x5A38FE63L,(-1L),0x882ED2A0L},{0xCEF6D558L,0x4F572883L,0L,0x882ED2A0L,0L,0x4F572883L},{0x5A38FE63L,0xCEF6D558L,0L,0L,0xFA7B2E72L,0x882ED2A0L},{0xCAC00601L,0L,0x4F572883L,0x4F572883L,0L,0xCAC00601L},{0x4F572883L,0L,0xCAC00601L,3L,0xFA7B2E72L,0L},{0L,0xCEF6D558L,0x5A38FE63L,0xCEF6D558L,0L,0L}},{{0L,0x4F572883L,0xCEF6D558L,3L,(-1L),(-1L)},{0x4F572883L,0xFA7B2E72L,0xFA7B2E72L,0x4F572883L,0x5A38FE63L,(-1L)},{0xCAC00601L,(-1L),0xCEF6D558L,0L,3L,0L},{0x5A38FE63L,(-1L),0x5A38FE63L,0x882ED2A0L,3L,0L},{0xCEF6D558L,(-1L),0xCAC00601L,0x5A38FE63L,0x5A38FE63L,0xCAC00601L},{0xFA7B2E72L,0xFA7B2E72L,0x4F572883L,0x5A38FE63L,(-1L),0x882ED2A0L},{0xCEF6D558L,0x4F572883L,0L,0x882ED2A0L,0L,0x4F572883L}}};
                        float *l_195 = (void*)0;
                        int32_t *l_197 = &l_116[0][2];
                        int32_t *l_198 = &l_93;
                        int32_t *l_199 = &l_106;
                        int32_t *l_200[3];
                        int i, j, k;
                        for (i = 0; i < 3; i++)
                            l_200[i] = &l_145[1][0];
                        g_181 = (g_179[1] = l_176);
                        l_116[0][4] = (g_196 = ((g_174 < (0x4.231400p+87 >= (safe_div_func_float_f_f((safe_sub_func_float_f_f(l_187, (safe_add_func_float_f_f((safe_sub_func_float_f_f((-((l_193 , (g_10 , g_148)) , (l_149 , (p_54 == l_194[1][6][1])))), g_148.f3)), (-0x5.8p+1))))), p_54)))) != (-0x1.Dp+1)));
                        ++l_213;
                    }
                    else
                    { /* block id: 57 */
                        g_216 = &g_148;
                    }
                    for (l_149.f3 = 15; (l_149.f3 < 29); l_149.f3 = safe_add_func_uint64_t_u_u(l_149.f3, 3))
                    { /* block id: 62 */
                        struct S0 l_219[5][10][5] = {{{{0x4BL,0xCF762508L,-1L},{249UL,0x860BB8B3L,0x7FL},{249UL,0x860BB8B3L,0x7FL},{0x4BL,0xCF762508L,-1L},{0x7FL,-4L,0x2AL}},{{249UL,0x6C35C314L,0x55L},{4UL,0x6F0D4550L,0x1DL},{248UL,9L,-9L},{0UL,0x85CBB0EDL,0x86L},{0xF0L,0x101F3979L,1L}},{{1UL,1L,0x75L},{0xD5L,5L,0x2AL},{1UL,0x8A4D8716L,6L},{0xC5L,0x2CEDBFFAL,1L},{0xCCL,2L,0x1AL}},{{1UL,0L,0x0AL},{0xC4L,0x62B6A1B3L,0x97L},{0x80L,0x14CE8C8AL,0x7AL},{0UL,0x85CBB0EDL,0x86L},{0x4CL,-6L,1L}},{{255UL,0x7C8A464EL,0x2AL},{0x7FL,-4L,0x2AL},{249UL,5L,0x9BL},{0x4BL,0xCF762508L,-1L},{249UL,5L,0x9BL}},{{246UL,0x09CC2755L,1L},{4UL,0x181E8E28L,0xA5L},{248UL,0x224B2532L,0L},{0x64L,0xA0DB183BL,1L},{0x2EL,0x0E000E15L,2L}},{{1UL,2L,0x58L},{0xC5L,0x2CEDBFFAL,1L},{0x6AL,6L,6L},{1UL,1L,0x75L},{0x4BL,0xCF762508L,-1L}},{{254UL,0x64ED354CL,-1L},{0x1BL,0L,0x9AL},{1UL,0xB21165C5L,1L},{0xB1L,0xD04E01BCL,0xACL},{1UL,0x40102855L,0x81L}},{{0x7FL,-4L,0x2AL},{0xC5L,0x2CEDBFFAL,1L},{5UL,0xACB9F7C6L,1L},{255UL,0x7C8A464EL,0x2AL},{1UL,0x8A4D8716L,6L}},{{0x7FL,-1L,1L},{4UL,0x181E8E28L,0xA5L},{1UL,0L,0x0AL},{4UL,0x181E8E28L,0xA5L},{0x7FL,-1L,1L}}},{{{249UL,0x33DE2EC5L,0x38L},{0x7FL,-4L,0x2AL},{0x32L,-9L,-8L},{1UL,2L,0x58L},{253UL,0x50D279C5L,0x2AL}},{{255UL,0x933A933DL,0L},{0xC4L,0x62B6A1B3L,0x97L},{246UL,0xB784680FL,0x0AL},{4UL,0x6F0D4550L,0x1DL},{1UL,0L,0x0AL}},{{0x32L,-9L,-8L},{0xD5L,5L,0x2AL},{0x62L,-9L,1L},{0x7FL,-4L,0x2AL},{253UL,0x50D279C5L,0x2AL}},{{1UL,0x40102855L,0x81L},{4UL,0x6F0D4550L,0x1DL},{255UL,0x933A933DL,0L},{0xFFL,-1L,0x0FL},{0x7FL,-1L,1L}},{{0x34L,-1L,0L},{252UL,0xD2B928BAL,1L},{0x34L,-1L,0L},{0xC5L,0x2CEDBFFAL,1L},{249UL,5L,0x9BL}},{{0x80L,0x14CE8C8AL,0x7AL},{8UL,0x9E332CBFL,1L},{248UL,9L,-9L},{0xB1L,0xD04E01BCL,0xACL},{254UL,0x64ED354CL,-1L}},{{252UL,0xD2B928BAL,1L},{249UL,5L,0x9BL},{1UL,1L,0x75L},{249UL,0x33DE2EC5L,0x38L},{0xE0L,-1L,0x9CL}},{{0xF0L,0x101F3979L,1L},{0UL,0x85CBB0EDL,0x86L},{248UL,9L,-9L},{4UL,0x6F0D4550L,0x1DL},{249UL,0x6C35C314L,0x55L}},{{253UL,0x50D279C5L,0x2AL},{0UL,0x7CFA1AE7L,0x60L},{0x34L,-1L,0L},{0x34L,-1L,0L},{0UL,0x7CFA1AE7L,0x60L}},{{0xD7L,0xD3253132L,0x26L},{0x1BL,0L,0x9AL},{1UL,0L,0x0AL},{0xD9L,0xA7B511B0L,0L},{1UL,0L,0x77L}}},{{{1UL,2L,0x58L},{0xD5L,5L,0x2AL},{0UL,1L,0x2CL},{252UL,0xD2B928BAL,1L},{0x7FL,-4L,0x2AL}},{{248UL,9L,-9L},{4UL,-1L,7L},{1UL,0x40102855L,0x81L},{0xC2L,0xFDB875ECL,0xC9L},{0x53L,1L,-6L}},{{1UL,2L,0x58L},{1UL,0x8A4D8716L,6L},{249UL,0x33DE2EC5L,0x38L},{253UL,0x50D279C5L,0x2AL},{249UL,0x860BB8B3L,0x7FL}},{{0xD7L,0xD3253132L,0x26L},{0x58L,0x7D61086BL,0x35L},{0UL,8L,0xEEL},{0x93L,0x5246675FL,0xB8L},{1UL,0L,0x0AL}},{{253UL,0x50D279C5L,0x2AL},{249UL,0x33DE2EC5L,0x38L},{1UL,0x8A4D8716L,6L},{1UL,2L,0x58L},{0x4BL,0xCF762508L,-1L}},{{0xF0L,0x101F3979L,1L},{0x2DL,0L,0xD9L},{248UL,0x224B2532L,0L},{1UL,8L,-10L},{255UL,0x933A933DL,0L}},{{252UL,0xD2B928BAL,1L},{0UL,1L,0x2CL},{0xD5L,5L,0x2AL},{1UL,2L,0x58L},{0xCCL,2L,0x1AL}},{{0x80L,0x14CE8C8AL,0x7AL},{0xB1L,0xD04E01BCL,0xACL},{249UL,8L,-1L},{0x93L,0x5246675FL,0xB8L},{249UL,8L,-1L}},{{0x34L,-1L,0L},{0x34L,-1L,0L},{0UL,0x7CFA1AE7L,0x60L},{253UL,0x50D279C5L,0x2AL},{0UL,1L,0x2CL}},{{254UL,0x64ED354CL,-1L},{1UL,8L,-10L},{246UL,0xB784680FL,0x0AL},{0xC2L,0xFDB875ECL,0xC9L},{0xD7L,0xD3253132L,0x26L}}},{{{249UL,0x33DE2EC5L,0x38L},{1UL,1L,0x75L},{249UL,5L,0x9BL},{252UL,0xD2B928BAL,1L},{0x32L,-9L,-8L}},{{1UL,0L,0x0AL},{1UL,8L,-10L},{1UL,0xB21165C5L,1L},{0xD9L,0xA7B511B0L,0L},{248UL,0x224B2532L,0L}},{{0xC5L,0x2CEDBFFAL,1L},{0x34L,-1L,0L},{252UL,0xD2B928BAL,1L},{0x34L,-1L,0L},{0xC5L,0x2CEDBFFAL,1L}},{{0xFFL,0xABD686F3L,9L},{0xB1L,0xD04E01BCL,0xACL},{0x7FL,-1L,1L},{4UL,0x6F0D4550L,0x1DL},{0x4CL,-6L,1L}},{{249UL,0x860BB8B3L,0x7FL},{0UL,1L,0x2CL},{1UL,2L,0x58L},{249UL,0x33DE2EC5L,0x38L},{252UL,0xD2B928BAL,1L}},{{0x7FL,-1L,1L},{0x2DL,0L,0xD9L},{249UL,0x6C35C314L,0x55L},{0xB1L,0xD04E01BCL,0xACL},{0x4CL,-6L,1L}},{{0x32L,-9L,-8L},{249UL,0x33DE2EC5L,0x38L},{249UL,0x860BB8B3L,0x7FL},{0xC5L,0x2CEDBFFAL,1L},{0xC5L,0x2CEDBFFAL,1L}},{{0x4CL,-6L,1L},{0x58L,0x7D61086BL,0x35L},{0x4CL,-6L,1L},{255UL,0x256B1F67L,0x6DL},{248UL,0x224B2532L,0L}},{{0x6AL,6L,6L},{1UL,0x8A4D8716L,6L},{5UL,0xACB9F7C6L,1L},{249UL,0x860BB8B3L,0x7FL},{0x32L,-9L,-8L}},{{0UL,8L,0xEEL},{4UL,-1L,7L},{250UL,-1L,-5L},{0xFFL,-1L,0x0FL},{0xD7L,0xD3253132L,0x26L}}},{{{255UL,0x9029FDCDL,-7L},{0xD5L,5L,0x2AL},{5UL,0xACB9F7C6L,1L},{0x32L,-9L,-8L},{0UL,1L,0x2CL}},{{246UL,0x09CC2755L,1L},{0x1BL,0L,0x9AL},{0x4CL,-6L,1L},{0x8DL,3L,0L},{249UL,8L,-1L}},{{0xE0L,-1L,0x9CL},{0UL,0x7CFA1AE7L,0x60L},{249UL,0x860BB8B3L,0x7FL},{0x6AL,6L,6L},{0xCCL,2L,0x1AL}},{{1UL,0x40102855L,0x81L},{0UL,0x85CBB0EDL,0x86L},{249UL,0x6C35C314L,0x55L},{0x58L,0x7D61086BL,0x35L},{255UL,0x933A933DL,0L}},{{5UL,0xACB9F7C6L,1L},{249UL,5L,0x9BL},{1UL,2L,0x58L},{255UL,0x9029FDCDL,-7L},{0x4BL,0xCF762508L,-1L}},{{1UL,0x40102855L,0x81L},{8UL,0x9E332CBFL,1L},{0x7FL,-1L,1L},{4UL,0x181E8E28L,0xA5L},{1UL,0L,0x0AL}},{{0xE0L,-1L,0x9CL},{252UL,0xD2B928BAL,1L},{252UL,0xD2B928BAL,1L},{0xE0L,-1L,0x9CL},{249UL,0x860BB8B3L,0x7FL}},{{246UL,0x09CC2755L,1L},{0xFFL,-1L,0x0FL},{1UL,0xB21165C5L,1L},{0x2DL,0L,0xD9L},{0x53L,1L,-6L}},{{255UL,0x9029FDCDL,-7L},{1UL,2L,0x58L},{249UL,5L,0x9BL},{5UL,0xACB9F7C6L,1L},{0x7FL,-4L,0x2AL}},{{0UL,8L,0xEEL},{0x64L,0xA0DB183BL,1L},{246UL,0xB784680FL,0x0AL},{0x2DL,0L,0xD9L},{1UL,0L,0x77L}}}};
                        float *l_221 = &l_149.f6;
                        int i, j, k;
                        l_220 = l_219[1][7][1];
                        (*l_221) = g_48[7][4][0];
                    }
                }
                else
                { /* block id: 66 */
                    int8_t l_223 = 5L;
                    int64_t *l_226 = &l_187;
                    int64_t **l_225 = &l_226;
                    int16_t *l_227 = &l_211;
                    union U3 *l_230[2];
                    int32_t *l_233 = &l_145[0][4];
                    int32_t **l_234 = (void*)0;
                    int32_t **l_235 = (void*)0;
                    int32_t *l_236 = &l_206[0];
                    int32_t *l_238[5];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_230[i] = &g_182[2][0][2];
                    for (i = 0; i < 5; i++)
                        l_238[i] = &l_144;
                    (*l_233) ^= ((((**l_91) = (l_222 , 0x27L)) != (((*l_225) = (l_223 , (g_224 = &l_208))) != ((l_106 = (l_93 = (p_54 != ((*l_227) = g_148.f0)))) , &l_208))) < (safe_rshift_func_int8_t_s_s((l_230[1] != (l_231 , l_232)), p_54)));
                    l_233 = &g_48[1][8][1];
                    --l_241;
                }
                for (l_240 = 8; (l_240 != 22); ++l_240)
                { /* block id: 79 */
                    uint32_t l_256[5][6];
                    int32_t *l_260[10][5][4] = {{{&l_206[0],&l_206[1],&l_145[0][4],&g_48[7][4][0]},{&l_204,&l_116[0][3],&l_204,&l_116[0][1]},{&l_116[0][4],&g_12,&l_203,(void*)0},{&l_116[0][3],&l_116[0][4],(void*)0,&l_116[0][1]},{&l_145[0][4],&l_145[0][4],(void*)0,&g_11}},{{&l_116[0][3],&l_145[0][4],&l_203,(void*)0},{&l_204,&g_11,&l_144,&l_144},{&l_144,&l_144,&g_11,&l_204},{(void*)0,&l_203,&l_145[0][4],&l_116[0][3]},{&g_11,(void*)0,&l_145[0][4],&l_145[0][4]}},{{&l_116[0][1],(void*)0,&l_116[0][4],&l_116[0][3]},{(void*)0,&l_203,&l_116[0][1],&l_204},{(void*)0,&l_144,&l_116[0][2],&l_144},{(void*)0,&g_11,&l_116[0][3],(void*)0},{&g_12,&l_145[0][4],&l_116[0][1],&g_11}},{{&l_116[0][2],&l_145[0][4],&g_4,&l_116[0][1]},{&l_116[0][2],&l_116[0][4],&l_116[0][1],(void*)0},{&g_12,&l_116[0][1],&l_116[0][3],(void*)0},{(void*)0,&l_116[0][2],&l_116[0][2],(void*)0},{(void*)0,&l_116[0][3],&l_116[0][1],&g_12}},{{(void*)0,&l_116[0][1],&l_116[0][4],&l_116[0][2]},{&l_116[0][1],&g_4,&l_145[0][4],&l_116[0][2]},{&g_11,&l_116[0][1],&l_145[0][4],&g_12},{(void*)0,&l_116[0][3],&g_11,(void*)0},{&l_144,&l_116[0][2],&l_144,(void*)0}},{{&l_204,&l_116[0][1],&l_203,(void*)0},{&l_116[0][3],&l_116[0][4],(void*)0,&l_116[0][1]},{&l_145[0][4],&l_145[0][4],(void*)0,&g_11},{&l_116[0][3],&l_145[0][4],&l_203,(void*)0},{&l_204,&g_11,&l_144,&l_144}},{{&l_144,&l_144,&g_11,&l_204},{(void*)0,&l_203,&l_145[0][4],&l_116[0][3]},{&g_11,(void*)0,&l_145[0][4],&l_145[0][4]},{&l_116[0][1],(void*)0,&l_116[0][4],&l_116[0][3]},{(void*)0,&l_203,&l_116[0][1],&l_204}},{{(void*)0,&l_144,&l_116[0][2],&l_144},{(void*)0,&g_11,&l_116[0][3],(void*)0},{&g_12,&l_145[0][4],&l_116[0][1],&g_11},{&l_116[0][2],&l_145[0][4],&g_4,&l_116[0][1]},{&l_116[0][2],&l_116[0][4],&l_116[0][1],(void*)0}},{{&g_12,&l_116[0][1],&l_116[0][3],(void*)0},{(void*)0,&l_116[0][2],&l_116[0][2],(void*)0},{(void*)0,&l_116[0][3],&l_116[0][1],&g_12},{(void*)0,&l_116[0][1],&l_116[0][4],&l_116[0][2]},{&l_116[0][1],&g_4,&l_145[0][4],&l_116[0][2]}},{{&g_11,&l_116[0][1],&l_145[0][4],&g_12},{(void*)0,&l_116[0][3],&g_11,(void*)0},{&l_144,&l_116[0][2],&l_144,(void*)0},{&l_204,&l_116[0][1],&l_203,(void*)0},{&l_116[0][3],&l_116[0][4],(void*)0,&l_116[0][1]}}};
                    int32_t * const l_279[3][4][9] = {{{&g_292,&g_281,&g_289,&g_281,&g_291,&g_285,&g_297,&g_291,&g_287},{(void*)0,&g_288,&g_292,&g_297,&g_284,&g_289,&g_297,(void*)0,&g_295},{&g_288,(void*)0,&g_285,&g_284,&g_284,&g_285,(void*)0,&g_288,&g_292},{&g_281,&g_291,&g_285,&g_297,&g_291,&g_287,&g_284,&g_281,&g_298[2]}},{{&g_281,(void*)0,&g_292,&g_281,&g_288,&g_298[2],&g_288,&g_281,&g_292},{&g_288,&g_288,&g_289,&g_291,&g_294[5][9],&g_298[2],&g_284,&g_288,&g_295},{(void*)0,&g_281,&g_295,&g_291,&g_288,&g_287,(void*)0,(void*)0,&g_287},{&g_291,&g_281,&g_289,&g_281,&g_291,&g_285,&g_297,&g_291,&g_287}},{{(void*)0,&g_288,&g_292,&g_297,&g_284,&g_289,&g_297,(void*)0,&g_295},{&g_288,(void*)0,&g_285,&g_284,&g_284,&g_285,(void*)0,&g_288,&g_292},{&g_281,&g_291,&g_285,&g_297,&g_291,&g_287,&g_284,&g_281,&g_298[2]},{&g_281,(void*)0,&g_292,&g_281,&g_288,&g_298[2],&g_288,&g_281,&g_292}}};
                    int32_t * const *l_278 = &l_279[2][1][7];
                    int8_t * const *l_306[9] = {&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87,&g_87};
                    struct S0 l_356 = {255UL,1L,0x94L};
                    struct S0 *l_358 = &g_9[1];
                    int i, j, k;
                    for (i = 0; i < 5; i++)
                    {
                        for (j = 0; j < 6; j++)
                            l_256[i][j] = 0x2836B3A9L;
                    }
                    for (g_180.f1 = 1; (g_180.f1 <= 4); g_180.f1 += 1)
                    { /* block id: 82 */
                        union U3 **l_247 = &g_179[2];
                        int32_t *l_248 = &l_145[3][1];
                        int32_t *l_249 = &l_203;
                        int32_t *l_250 = &l_93;
                        int32_t *l_251 = &l_145[g_180.f1][g_180.f1];
                        int32_t *l_252 = (void*)0;
                        int32_t *l_253 = &l_116[0][2];
                        int32_t *l_254 = &l_145[0][4];
                        int32_t *l_255[1];
                        int32_t **l_259 = &l_250;
                        int i, j;
                        for (i = 0; i < 1; i++)
                            l_255[i] = &l_116[0][2];
                        (*l_247) = (l_145[g_180.f1][g_180.f1] , l_246);
                        l_256[4][3]++;
                        (*l_259) = &l_145[g_180.f1][g_180.f1];
                        l_116[0][2] &= l_145[g_180.f1][g_180.f1];
                    }
                    l_261--;
                    for (g_180.f1 = (-9); (g_180.f1 < 9); g_180.f1 = safe_add_func_uint64_t_u_u(g_180.f1, 1))
                    { /* block id: 91 */
                        union U4 l_266 = {18446744073709551609UL};
                        int32_t ***l_275 = (void*)0;
                        int32_t **l_277 = (void*)0;
                        int32_t ***l_276 = &l_277;
                        int32_t * const *l_300 = &l_279[2][3][8];
                        int32_t * const **l_299 = &l_300;
                        int32_t * const *l_302 = &l_279[1][3][0];
                        int32_t * const **l_301 = &l_302;
                        int16_t *l_303 = (void*)0;
                        int16_t *l_304[1];
                        uint16_t *l_307 = (void*)0;
                        uint16_t *l_308 = &l_149.f1;
                        uint8_t *l_311 = (void*)0;
                        uint8_t *l_312 = (void*)0;
                        uint8_t *l_313[1];
                        uint64_t *l_335 = (void*)0;
                        uint64_t *l_336 = &l_261;
                        float *l_353 = (void*)0;
                        float *l_354 = (void*)0;
                        float *l_355 = &l_239[1];
                        struct S0 *l_357 = &g_9[5];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_304[i] = &l_211;
                        for (i = 0; i < 1; i++)
                            l_313[i] = &g_196;
                        l_145[2][0] ^= (((*l_308) = ((((l_266 , (+8UL)) | (l_116[0][2] = ((safe_div_func_int32_t_s_s(((safe_add_func_int16_t_s_s((l_272 & (safe_lshift_func_int8_t_s_s((((l_94[0] , (((*l_276) = &g_77) == ((*l_301) = ((*l_299) = (l_278 = &g_77))))) && ((void*)0 == g_77)) , (*g_87)), 7))), l_220.f1)) & l_149.f3), 1L)) & p_54))) , l_305) == l_306[8])) != g_285);
                        l_339 = ((safe_lshift_func_uint8_t_u_u((g_196 ^= 0xD0L), ((safe_sub_func_uint64_t_u_u((safe_add_func_uint8_t_u_u((*g_173), (safe_mul_func_int8_t_s_s((safe_mod_func_int32_t_s_s(((safe_sub_func_uint32_t_u_u(g_88[6], l_116[0][2])) < (safe_lshift_func_int8_t_s_s((1UL == g_11), 7))), (safe_mod_func_uint8_t_u_u((((safe_rshift_func_uint16_t_u_s(g_180.f0, 8)) , l_330) != ((safe_mul_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((--(*l_336)), 0xDDE3FCD2866269D9LL)), 0x26L)) , l_330)), l_117)))), 5L)))), l_222.f1)) | g_174))) , (*l_278));
                        (*l_355) = ((safe_mul_func_float_f_f(0x1.9C6E56p+80, 0x5.3CF38Fp-85)) >= (((l_203 = (l_342 == (safe_div_func_float_f_f((l_149.f4 != (safe_sub_func_float_f_f((p_54 >= (((safe_sub_func_float_f_f((g_352 = ((p_54 < ((safe_unary_minus_func_uint64_t_u((p_54 | ((safe_div_func_int32_t_s_s((**l_300), p_54)) != (*l_339))))) , 0x1.FB9927p-96)) <= 0xA.7C776Cp-90)), 0x1.0p+1)) == p_54) <= p_54)), g_297))), p_54)))) == g_148.f3) >= g_296[6][0][2]));
                        (*l_357) = l_356;
                    }
                    l_193 = ((*l_358) = l_222);
                }
                (*l_359) = l_193;
            }
            else
            { /* block id: 111 */
                uint32_t l_362 = 18446744073709551615UL;
                float *l_375 = &l_149.f6;
                (*l_375) = (0xE.50422Ap-45 > (l_202 = (safe_sub_func_float_f_f(((l_206[1] <= l_362) <= ((((+(((safe_sub_func_uint16_t_u_u((safe_mod_func_int32_t_s_s(((safe_mul_func_uint16_t_u_u(((safe_rshift_func_uint16_t_u_s(g_147[4][0][0], 3)) == (p_54 || p_54)), ((~(-10L)) , (~l_374)))) > (&g_77 != (void*)0)), (-7L))), l_101)) < p_54) ^ 4294967290UL)) , l_374) != l_237) < 0x3.8p+1)), l_222.f2))));
            }
            l_93 &= (*g_77);
        }
    }
    return l_376[3][0][4];
}




/* ---------------------------------------- */
int main (int argc, char* argv[])
{
    int i, j, k;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_4, "g_4", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_9[i].f0, "g_9[i].f0", print_hash_value);
        transparent_crc(g_9[i].f1, "g_9[i].f1", print_hash_value);
        transparent_crc(g_9[i].f2, "g_9[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_48[i][j][k], "g_48[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_74, "g_74", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_88[i], "g_88[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_147[i][j][k], "g_147[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_148.f0, "g_148.f0", print_hash_value);
    transparent_crc(g_148.f1, "g_148.f1", print_hash_value);
    transparent_crc(g_148.f2, "g_148.f2", print_hash_value);
    transparent_crc(g_148.f3, "g_148.f3", print_hash_value);
    transparent_crc(g_174, "g_174", print_hash_value);
    transparent_crc(g_180.f0, "g_180.f0", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 8; k++)
            {
                transparent_crc(g_182[i][j][k].f0, "g_182[i][j][k].f0", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_196, "g_196", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_280[i], "g_280[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_281, "g_281", print_hash_value);
    transparent_crc(g_282, "g_282", print_hash_value);
    transparent_crc(g_283, "g_283", print_hash_value);
    transparent_crc(g_284, "g_284", print_hash_value);
    transparent_crc(g_285, "g_285", print_hash_value);
    transparent_crc(g_286, "g_286", print_hash_value);
    transparent_crc(g_287, "g_287", print_hash_value);
    transparent_crc(g_288, "g_288", print_hash_value);
    transparent_crc(g_289, "g_289", print_hash_value);
    transparent_crc(g_290, "g_290", print_hash_value);
    transparent_crc(g_291, "g_291", print_hash_value);
    transparent_crc(g_292, "g_292", print_hash_value);
    transparent_crc(g_293, "g_293", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_294[i][j], "g_294[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_295, "g_295", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 8; k++)
            {
                transparent_crc(g_296[i][j][k], "g_296[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_297, "g_297", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_298[i], "g_298[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_352, "g_352", print_hash_value);
    transparent_crc(g_384.f0, "g_384.f0", print_hash_value);
    transparent_crc(g_384.f1, "g_384.f1", print_hash_value);
    transparent_crc(g_384.f2, "g_384.f2", print_hash_value);
    transparent_crc(g_384.f3, "g_384.f3", print_hash_value);
    transparent_crc(g_384.f4, "g_384.f4", print_hash_value);
    transparent_crc(g_384.f5, "g_384.f5", print_hash_value);
    transparent_crc_bytes (&g_384.f6, sizeof(g_384.f6), "g_384.f6", print_hash_value);
    transparent_crc(g_464, "g_464", print_hash_value);
    transparent_crc(g_465, "g_465", print_hash_value);
    transparent_crc(g_487.f0, "g_487.f0", print_hash_value);
    transparent_crc(g_566, "g_566", print_hash_value);
    transparent_crc(g_578, "g_578", print_hash_value);
    transparent_crc(g_619, "g_619", print_hash_value);
    transparent_crc_bytes (&g_630, sizeof(g_630), "g_630", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_647[i], "g_647[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_824.f0, "g_824.f0", print_hash_value);
    transparent_crc(g_866, "g_866", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_868[i].f0, "g_868[i].f0", print_hash_value);
        transparent_crc(g_868[i].f1, "g_868[i].f1", print_hash_value);
        transparent_crc(g_868[i].f2, "g_868[i].f2", print_hash_value);
        transparent_crc(g_868[i].f3, "g_868[i].f3", print_hash_value);
        transparent_crc(g_868[i].f4, "g_868[i].f4", print_hash_value);
        transparent_crc(g_868[i].f5, "g_868[i].f5", print_hash_value);
        transparent_crc_bytes(&g_868[i].f6, sizeof(g_868[i].f6), "g_868[i].f6", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_896[i][j], "g_896[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_913, "g_913", print_hash_value);
    transparent_crc(g_1049.f0, "g_1049.f0", print_hash_value);
    transparent_crc(g_1095, "g_1095", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_1239[i][j], "g_1239[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1303.f0, "g_1303.f0", print_hash_value);
    transparent_crc(g_1303.f1, "g_1303.f1", print_hash_value);
    transparent_crc(g_1303.f2, "g_1303.f2", print_hash_value);
    transparent_crc(g_1303.f3, "g_1303.f3", print_hash_value);
    transparent_crc(g_1303.f4, "g_1303.f4", print_hash_value);
    transparent_crc(g_1303.f5, "g_1303.f5", print_hash_value);
    transparent_crc_bytes (&g_1303.f6, sizeof(g_1303.f6), "g_1303.f6", print_hash_value);
    transparent_crc(g_1335.f0, "g_1335.f0", print_hash_value);
    transparent_crc(g_1620, "g_1620", print_hash_value);
    transparent_crc(g_1631, "g_1631", print_hash_value);
    transparent_crc(g_1743, "g_1743", print_hash_value);
    transparent_crc(g_1780, "g_1780", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_1782[i], "g_1782[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_1798[i][j].f0, "g_1798[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc_bytes (&g_1877, sizeof(g_1877), "g_1877", print_hash_value);
    transparent_crc(g_1894, "g_1894", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 531
   depth: 1, occurrence: 46
XXX total union variables: 27

XXX non-zero bitfields defined in structs: 7
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 3
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 81
breakdown:
   indirect level: 0, occurrence: 40
   indirect level: 1, occurrence: 22
   indirect level: 2, occurrence: 6
   indirect level: 3, occurrence: 9
   indirect level: 4, occurrence: 4
XXX full-bitfields structs in the program: 8
breakdown:
   indirect level: 0, occurrence: 8
XXX times a bitfields struct's address is taken: 35
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 74
XXX times a single bitfield on LHS: 1
XXX times a single bitfield on RHS: 101

XXX max expression depth: 52
breakdown:
   depth: 1, occurrence: 227
   depth: 2, occurrence: 61
   depth: 3, occurrence: 8
   depth: 4, occurrence: 1
   depth: 5, occurrence: 5
   depth: 6, occurrence: 2
   depth: 7, occurrence: 2
   depth: 8, occurrence: 1
   depth: 9, occurrence: 2
   depth: 11, occurrence: 1
   depth: 13, occurrence: 2
   depth: 14, occurrence: 4
   depth: 15, occurrence: 2
   depth: 16, occurrence: 3
   depth: 17, occurrence: 2
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 20, occurrence: 5
   depth: 21, occurrence: 5
   depth: 22, occurrence: 1
   depth: 23, occurrence: 2
   depth: 24, occurrence: 3
   depth: 25, occurrence: 1
   depth: 26, occurrence: 2
   depth: 27, occurrence: 1
   depth: 28, occurrence: 1
   depth: 29, occurrence: 2
   depth: 30, occurrence: 1
   depth: 33, occurrence: 2
   depth: 36, occurrence: 1
   depth: 39, occurrence: 1
   depth: 46, occurrence: 1
   depth: 52, occurrence: 1

XXX total number of pointers: 444

XXX times a variable address is taken: 1083
XXX times a pointer is dereferenced on RHS: 171
breakdown:
   depth: 1, occurrence: 135
   depth: 2, occurrence: 16
   depth: 3, occurrence: 16
   depth: 4, occurrence: 4
XXX times a pointer is dereferenced on LHS: 236
breakdown:
   depth: 1, occurrence: 212
   depth: 2, occurrence: 15
   depth: 3, occurrence: 7
   depth: 4, occurrence: 2
XXX times a pointer is compared with null: 39
XXX times a pointer is compared with address of another variable: 11
XXX times a pointer is compared with another pointer: 14
XXX times a pointer is qualified to be dereferenced: 7622

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1021
   level: 2, occurrence: 178
   level: 3, occurrence: 142
   level: 4, occurrence: 55
   level: 5, occurrence: 18
XXX number of pointers point to pointers: 172
XXX number of pointers point to scalars: 234
XXX number of pointers point to structs: 20
XXX percent of pointers has null in alias set: 33.6
XXX average alias set size: 1.49

XXX times a non-volatile is read: 1668
XXX times a non-volatile is write: 784
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 2
XXX backward jumps: 6

XXX stmts: 231
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 26
   depth: 1, occurrence: 27
   depth: 2, occurrence: 31
   depth: 3, occurrence: 47
   depth: 4, occurrence: 53
   depth: 5, occurrence: 47

XXX percentage a fresh-made variable is used: 17
XXX percentage an existing variable is used: 83
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

