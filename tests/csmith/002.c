/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 2 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      2
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   unsigned f0 : 15;
   signed f1 : 8;
   signed f2 : 10;
   unsigned f3 : 14;
   const unsigned f4 : 5;
   unsigned f5 : 8;
};

/* --- GLOBAL VARIABLES --- */
static int64_t g_8 = (-1L);
static uint8_t g_26[1] = {0xD4L};
static int8_t g_31 = (-5L);
static int16_t g_33 = (-1L);
static float g_55 = (-0x2.6p+1);
static int32_t g_58 = 0x6FFE6170L;
static struct S0 g_91 = {142,2,28,22,0,10};
static const uint8_t *g_92 = (void*)0;
static uint32_t g_124 = 7UL;
static uint8_t g_140[9][7] = {{0xD7L,8UL,2UL,2UL,8UL,0xD7L,0x9BL},{2UL,0xF3L,1UL,253UL,255UL,1UL,1UL},{0xDFL,0xC2L,0xAEL,0xC2L,0xDFL,250UL,0x3EL},{0xD5L,0xF3L,1UL,0x15L,0xC9L,2UL,0xC9L},{0UL,8UL,8UL,0UL,0xC2L,0xF0L,247UL},{0xD5L,0x15L,255UL,255UL,1UL,1UL,255UL},{0xDFL,0x3EL,0xDFL,250UL,0xC2L,8UL,0xDFL},{253UL,1UL,0xF3L,2UL,0xD5L,2UL,0xF3L},{0xC2L,0xC2L,0x3EL,0xF0L,0xAEL,8UL,0x9BL}};
static float g_160[8][2][2] = {{{0x0.4p+1,0x0.4p+1},{0x0.4p+1,0xB.70C505p-91}},{{0x0.7FE9BFp-54,(-0x1.Ap+1)},{0xB.70C505p-91,(-0x1.Ap+1)}},{{0x0.7FE9BFp-54,0xB.70C505p-91},{0x0.4p+1,0x0.4p+1}},{{0x0.4p+1,0xB.70C505p-91},{0x0.7FE9BFp-54,(-0x1.Ap+1)}},{{0xB.70C505p-91,(-0x1.Ap+1)},{0x0.7FE9BFp-54,0xB.70C505p-91}},{{0x0.4p+1,0x0.4p+1},{0x0.4p+1,0xB.70C505p-91}},{{0x0.7FE9BFp-54,(-0x1.Ap+1)},{0xB.70C505p-91,(-0x1.Ap+1)}},{{0x0.7FE9BFp-54,0xB.70C505p-91},{0x0.4p+1,0x0.4p+1}}};
static int16_t g_166 = (-9L);
static uint32_t g_191 = 0UL;
static uint8_t g_200 = 7UL;
static uint32_t g_226 = 0x2FFF60D3L;
static uint16_t g_288[8][1][1] = {{{0xAAFAL}},{{65526UL}},{{0xAAFAL}},{{65526UL}},{{0xAAFAL}},{{65526UL}},{{0xAAFAL}},{{65526UL}}};
static float g_301 = 0xF.1A4690p-25;
static int8_t g_302 = 0x0BL;
static struct S0 g_310 = {121,4,-11,7,4,4};
static int32_t g_338 = 0L;
static uint32_t *g_348 = (void*)0;
static uint32_t * const *g_347 = &g_348;
static uint8_t * const g_383[1][10][1] = {{{(void*)0},{(void*)0},{(void*)0},{&g_140[1][0]},{&g_140[1][0]},{(void*)0},{(void*)0},{(void*)0},{&g_140[1][0]},{&g_140[1][0]}}};
static uint8_t * const *g_382[9][7] = {{&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0]},{(void*)0,&g_383[0][2][0],&g_383[0][8][0],&g_383[0][2][0],(void*)0,&g_383[0][8][0],&g_383[0][8][0]},{&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0]},{&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][2][0],&g_383[0][8][0]},{&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0]},{(void*)0,&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],(void*)0},{&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0]},{&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][2][0],&g_383[0][8][0],(void*)0,&g_383[0][8][0]},{&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0],&g_383[0][8][0]}};
static uint8_t * const **g_381 = &g_382[3][1];
static uint32_t g_524[1] = {0xB4583DE5L};
static int32_t g_538 = 0L;
static int32_t g_542 = 1L;
static uint64_t g_543 = 9UL;
static int64_t g_593 = 7L;
static int64_t *g_592 = &g_593;
static int64_t **g_591 = &g_592;
static int64_t ***g_590 = &g_591;
static uint16_t g_604[8][6][2] = {{{0x21E2L,0xF446L},{0x2B36L,0xF446L},{0x21E2L,0x2B36L},{4UL,4UL},{4UL,0x2B36L},{0x21E2L,0xF446L}},{{0x2B36L,0xF446L},{0x21E2L,0x2B36L},{4UL,4UL},{4UL,0x2B36L},{0x21E2L,0xF446L},{0x2B36L,0xF446L}},{{0x21E2L,0x2B36L},{4UL,4UL},{4UL,0x2B36L},{0x21E2L,0xF446L},{0x2B36L,0xF446L},{0x21E2L,0x2B36L}},{{4UL,4UL},{4UL,0x2B36L},{0x21E2L,0xF446L},{0x2B36L,0xF446L},{0x21E2L,0x2B36L},{4UL,4UL}},{{4UL,0x2B36L},{0x21E2L,0xF446L},{0x2B36L,0xF446L},{0x21E2L,0x2B36L},{4UL,4UL},{4UL,0x21E2L}},{{1UL,4UL},{0x21E2L,4UL},{1UL,0x21E2L},{0x2B36L,0x2B36L},{0x2B36L,0x21E2L},{1UL,4UL}},{{0x21E2L,4UL},{1UL,0x21E2L},{0x2B36L,0x2B36L},{0x2B36L,0x21E2L},{1UL,4UL},{0x21E2L,4UL}},{{1UL,0x21E2L},{0x2B36L,0x2B36L},{0x2B36L,0x21E2L},{1UL,4UL},{0x21E2L,4UL},{1UL,0x21E2L}}};
static uint16_t g_620 = 65535UL;
static int8_t g_654 = 0xE6L;
static int8_t g_655 = 0xDFL;
static uint64_t g_656[4] = {0x8DD7DF42E41BBC82LL,0x8DD7DF42E41BBC82LL,0x8DD7DF42E41BBC82LL,0x8DD7DF42E41BBC82LL};
static float g_716 = (-0x1.3p-1);
static uint32_t **g_781 = (void*)0;
static uint64_t g_796[10] = {0xEBC5B40AE2A13DAFLL,18446744073709551615UL,18446744073709551615UL,0xEBC5B40AE2A13DAFLL,18446744073709551615UL,18446744073709551615UL,0xEBC5B40AE2A13DAFLL,18446744073709551615UL,18446744073709551615UL,0xEBC5B40AE2A13DAFLL};
static int64_t g_800 = 0L;
static float g_801 = 0xA.872335p+5;
static int32_t g_802 = 0x14206409L;
static int64_t g_803[2][10] = {{(-8L),7L,(-8L),0L,7L,(-6L),(-6L),7L,0L,(-8L)},{0x5511C5AB4B78A4B6LL,0x5511C5AB4B78A4B6LL,0x327E26986A1DD339LL,7L,0x0E91BBA0112864FBLL,0x327E26986A1DD339LL,0x0E91BBA0112864FBLL,7L,0x327E26986A1DD339LL,0x5511C5AB4B78A4B6LL}};
static int8_t g_804 = (-8L);
static int16_t g_805 = 1L;
static int64_t g_806 = 0L;
static uint8_t g_807[9] = {0x48L,0x48L,0x48L,0x48L,0x48L,0x48L,0x48L,0x48L,0x48L};
static uint32_t g_829 = 0UL;
static struct S0 *g_859 = (void*)0;
static struct S0 **g_858[4] = {&g_859,&g_859,&g_859,&g_859};
static int32_t *g_872 = &g_58;
static int32_t **g_871 = &g_872;
static int8_t g_881 = 0x0DL;
static int32_t **g_884 = &g_872;
static int32_t ***g_883 = &g_884;
static uint32_t **g_947 = &g_348;
static uint32_t ***g_946 = &g_947;
static uint32_t ****g_945 = &g_946;
static int16_t g_985[2][2][10] = {{{(-1L),0x8547L,(-1L),(-1L),0x8547L,(-1L),(-1L),0x8547L,(-1L),(-1L)},{0x8547L,0x8547L,0x201BL,0x8547L,0x8547L,0x201BL,0x8547L,0x8547L,0x201BL,0x8547L}},{{0x8547L,(-1L),(-1L),0x8547L,(-1L),(-1L),0x8547L,(-1L),(-1L),0x8547L},{(-1L),0x8547L,(-1L),(-1L),0x8547L,(-1L),(-1L),0x8547L,(-1L),(-1L)}}};
static float g_986[6][4] = {{0xA.20F5ADp-84,0xA.20F5ADp-84,(-0x7.Dp+1),0xA.20F5ADp-84},{0xA.20F5ADp-84,0x7.C325ACp-10,0x7.C325ACp-10,0xA.20F5ADp-84},{0x7.C325ACp-10,0xA.20F5ADp-84,0x7.C325ACp-10,0x7.C325ACp-10},{0xA.20F5ADp-84,0xA.20F5ADp-84,(-0x7.Dp+1),0xA.20F5ADp-84},{0xA.20F5ADp-84,0x7.C325ACp-10,0x7.C325ACp-10,0xA.20F5ADp-84},{0x7.C325ACp-10,0xA.20F5ADp-84,0x7.C325ACp-10,0x7.C325ACp-10}};
static float g_989[2] = {0x9.B0CA8Bp-81,0x9.B0CA8Bp-81};
static int32_t g_994 = 0x5E629C70L;
static int32_t g_995[2] = {0x5695A38CL,0x5695A38CL};
static uint16_t g_1029 = 0x7F23L;
static int16_t **g_1080 = (void*)0;
static uint64_t g_1157 = 18446744073709551606UL;
static const int64_t g_1170 = 0xE66A2DB0E6364BF9LL;
static uint32_t *****g_1192 = (void*)0;
static int32_t ****g_1348 = &g_883;
static int32_t *****g_1347 = &g_1348;
static uint64_t g_1362 = 18446744073709551615UL;
static int32_t g_1539 = 1L;
static int32_t **g_1708 = &g_872;
static int32_t *** const g_1707 = &g_1708;
static int32_t *** const *g_1706 = &g_1707;
static int32_t *** const **g_1705 = &g_1706;
static uint32_t g_1715 = 4294967293UL;
static int64_t ****g_1754[3][4][4] = {{{(void*)0,&g_590,(void*)0,&g_590},{(void*)0,&g_590,(void*)0,&g_590},{(void*)0,&g_590,(void*)0,&g_590},{(void*)0,&g_590,(void*)0,&g_590}},{{(void*)0,&g_590,(void*)0,&g_590},{(void*)0,&g_590,(void*)0,&g_590},{(void*)0,&g_590,(void*)0,&g_590},{(void*)0,&g_590,(void*)0,&g_590}},{{(void*)0,&g_590,(void*)0,&g_590},{(void*)0,&g_590,(void*)0,&g_590},{(void*)0,&g_590,(void*)0,&g_590},{(void*)0,&g_590,(void*)0,&g_590}}};
static int64_t *****g_1753 = &g_1754[1][1][0];
static uint8_t g_1825 = 0xAEL;
static uint8_t *g_1835[6] = {&g_1825,&g_1825,&g_1825,&g_1825,&g_1825,&g_1825};
static uint8_t **g_1834 = &g_1835[4];
static int32_t g_1922 = 0xADB53420L;
static int8_t g_1985 = 1L;
static const int16_t g_1999 = 4L;
static int16_t g_2071 = 9L;
static int16_t ***g_2143 = &g_1080;
static int16_t ****g_2142[5][6] = {{&g_2143,&g_2143,&g_2143,&g_2143,&g_2143,&g_2143},{&g_2143,&g_2143,&g_2143,&g_2143,&g_2143,&g_2143},{&g_2143,&g_2143,&g_2143,&g_2143,&g_2143,&g_2143},{&g_2143,&g_2143,&g_2143,&g_2143,&g_2143,&g_2143},{&g_2143,&g_2143,&g_2143,&g_2143,&g_2143,&g_2143}};
static const uint16_t *g_2188 = &g_604[4][5][0];
static const uint16_t **g_2187 = &g_2188;
static int16_t g_2197 = 0xC0DAL;
static const uint32_t ***g_2201 = (void*)0;
static uint8_t g_2221 = 0x47L;
static uint16_t g_2502 = 0x8056L;
static uint16_t *g_2576 = (void*)0;
static uint16_t * const *g_2575 = &g_2576;
static uint16_t * const **g_2574 = &g_2575;
static uint32_t ****g_2734 = (void*)0;
static int64_t g_2813 = 0x7D4DB2FC5B69AEF8LL;
static int32_t *g_2855 = &g_995[0];
static uint16_t **g_2872 = &g_2576;
static uint16_t ***g_3068 = &g_2872;
static uint16_t ****g_3067[6][1][3] = {{{(void*)0,&g_3068,&g_3068}},{{&g_3068,&g_3068,&g_3068}},{{(void*)0,&g_3068,&g_3068}},{{&g_3068,&g_3068,&g_3068}},{{(void*)0,&g_3068,&g_3068}},{{&g_3068,&g_3068,&g_3068}}};
static uint16_t **** const *g_3066 = &g_3067[3][0][1];
static uint16_t ** const * const g_3073[4] = {&g_2872,&g_2872,&g_2872,&g_2872};
static uint16_t ** const * const *g_3072[10][4] = {{&g_3073[0],&g_3073[0],(void*)0,(void*)0},{&g_3073[3],&g_3073[3],&g_3073[0],(void*)0},{&g_3073[0],&g_3073[0],&g_3073[0],&g_3073[0]},{&g_3073[0],&g_3073[0],&g_3073[0],&g_3073[0]},{&g_3073[3],&g_3073[0],(void*)0,&g_3073[0]},{&g_3073[0],&g_3073[0],(void*)0,(void*)0},{&g_3073[3],&g_3073[3],&g_3073[0],(void*)0},{&g_3073[0],&g_3073[0],&g_3073[0],&g_3073[0]},{&g_3073[0],&g_3073[0],&g_3073[0],&g_3073[0]},{&g_3073[3],&g_3073[0],(void*)0,&g_3073[0]}};
static uint32_t * const ***g_3237 = (void*)0;
static uint32_t g_3243 = 6UL;
static int32_t *g_3270 = &g_542;
static int32_t **g_3269 = &g_3270;
static int32_t g_3278 = 3L;
static int32_t g_3327 = 0x1D7FAADCL;
static float g_3344 = (-0x10.Ap-1);
static int8_t ***g_3415 = (void*)0;
static struct S0 g_3608 = {34,3,-5,21,2,4};
static int64_t g_3621 = 0L;
static struct S0 ***g_3644 = (void*)0;
static float g_3679 = 0xE.B2A465p+31;
static uint8_t *** const g_3690[6][8][5] = {{{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,(void*)0,&g_1834,&g_1834,(void*)0},{&g_1834,&g_1834,(void*)0,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{(void*)0,(void*)0,(void*)0,(void*)0,&g_1834},{&g_1834,&g_1834,&g_1834,(void*)0,&g_1834},{(void*)0,&g_1834,(void*)0,&g_1834,&g_1834}},{{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{(void*)0,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,(void*)0,(void*)0,&g_1834,(void*)0},{&g_1834,(void*)0,&g_1834,&g_1834,(void*)0},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834}},{{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{(void*)0,&g_1834,&g_1834,(void*)0,&g_1834},{(void*)0,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,(void*)0,&g_1834,&g_1834,&g_1834},{&g_1834,(void*)0,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,(void*)0,&g_1834,&g_1834}},{{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,(void*)0},{&g_1834,(void*)0,(void*)0,&g_1834,(void*)0},{&g_1834,(void*)0,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,(void*)0,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,(void*)0,&g_1834,(void*)0},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834}},{{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,(void*)0},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,(void*)0,(void*)0,&g_1834,&g_1834},{&g_1834,(void*)0,&g_1834,(void*)0,&g_1834}},{{&g_1834,&g_1834,(void*)0,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,(void*)0,&g_1834,(void*)0,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,(void*)0,&g_1834,&g_1834,(void*)0},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,(void*)0,&g_1834},{&g_1834,&g_1834,&g_1834,(void*)0,&g_1834}}};
static uint8_t *** const *g_3689 = &g_3690[4][7][3];
static struct S0 g_3980 = {162,-14,0,59,2,8};
static float g_3990 = 0x5.2p+1;
static const int32_t g_4157 = 1L;
static const int32_t g_4159 = 0x0D9AA2A4L;
static const int32_t *g_4158 = &g_4159;
static const int32_t *g_4160 = &g_995[1];
static int8_t g_4256 = 0x1EL;
static const int64_t *g_4376 = &g_1170;
static const int64_t **g_4375 = &g_4376;
static const int64_t ***g_4374[3][4][6] = {{{(void*)0,&g_4375,&g_4375,&g_4375,&g_4375,(void*)0},{&g_4375,&g_4375,&g_4375,&g_4375,&g_4375,(void*)0},{&g_4375,&g_4375,&g_4375,&g_4375,(void*)0,(void*)0},{(void*)0,&g_4375,&g_4375,&g_4375,&g_4375,(void*)0}},{{&g_4375,&g_4375,&g_4375,&g_4375,&g_4375,(void*)0},{&g_4375,&g_4375,&g_4375,&g_4375,&g_4375,&g_4375},{&g_4375,&g_4375,(void*)0,&g_4375,&g_4375,&g_4375},{&g_4375,&g_4375,(void*)0,&g_4375,&g_4375,&g_4375}},{{&g_4375,&g_4375,(void*)0,&g_4375,&g_4375,&g_4375},{&g_4375,&g_4375,(void*)0,&g_4375,&g_4375,&g_4375},{&g_4375,&g_4375,(void*)0,&g_4375,&g_4375,&g_4375},{&g_4375,&g_4375,(void*)0,&g_4375,&g_4375,&g_4375}}};
static const int64_t ****g_4373 = &g_4374[1][1][5];
static const int64_t *****g_4372 = &g_4373;
static const int32_t g_4393 = 0x2E56DAD3L;
static const uint16_t ***g_4473[4][5] = {{&g_2187,&g_2187,&g_2187,&g_2187,&g_2187},{&g_2187,&g_2187,&g_2187,&g_2187,&g_2187},{&g_2187,&g_2187,&g_2187,&g_2187,&g_2187},{&g_2187,&g_2187,&g_2187,&g_2187,&g_2187}};
static uint32_t ****g_4504 = (void*)0;
static uint32_t ***g_4508[10] = {(void*)0,&g_781,(void*)0,&g_781,(void*)0,&g_781,(void*)0,&g_781,(void*)0,&g_781};
static uint32_t ****g_4507 = &g_4508[2];
static uint8_t g_4512[6] = {0x18L,0x18L,6UL,0x18L,0x18L,6UL};
static int16_t ** const * const g_4597 = (void*)0;
static int16_t ** const * const *g_4596[6] = {&g_4597,&g_4597,&g_4597,&g_4597,&g_4597,&g_4597};
static int16_t ** const * const **g_4595 = &g_4596[4];
static int16_t ** const * const **g_4598 = &g_4596[2];
static uint64_t g_4615 = 18446744073709551615UL;
static int8_t *g_4617 = &g_804;
static int8_t **g_4616 = &g_4617;
static int16_t *****g_4633 = (void*)0;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static uint16_t  func_11(int64_t * p_12, int64_t * p_13, const int64_t  p_14, int64_t * p_15);
static int64_t * func_16(uint32_t  p_17);
static int8_t  func_29(int32_t  p_30);
static int32_t  func_36(uint16_t  p_37, int64_t * p_38, int64_t * p_39, int8_t  p_40);
static int8_t  func_41(uint32_t  p_42, int16_t  p_43, uint32_t  p_44);
static uint16_t  func_49(int16_t * p_50, uint32_t  p_51, float  p_52, int32_t  p_53);
static uint64_t  func_67(uint8_t * p_68, int16_t * const  p_69, const uint8_t * p_70, int32_t  p_71, int32_t  p_72);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_26 g_31 g_33 g_58 g_91 g_92 g_124 g_140 g_191 g_200 g_166 g_160 g_226 g_310.f4 g_288 g_302 g_310.f5 g_55 g_347 g_381 g_310 g_590 g_591 g_592 g_656 g_620 g_524 g_654 g_542 g_593 g_338 g_781 g_796 g_807 g_802 g_1029 g_543 g_538 g_985 g_883 g_884 g_871 g_872 g_829 g_800 g_1080 g_995 g_382 g_2188 g_604 g_2187 g_1834 g_1835 g_1825 g_994 g_1157 g_946 g_947 g_806 g_1705 g_1706 g_1707 g_1715 g_1708 g_1922 g_1348 g_945 g_1539 g_2071 g_801 g_1999 g_803 g_989 g_986 g_1985 g_2502 g_2221 g_2574 g_2197 g_348 g_1347 g_301 g_655 g_1192 g_881 g_3068 g_2872 g_2576 g_2855 g_3415 g_3327 g_3269 g_3270 g_3689 g_3243 g_3608.f4 g_2813 g_804 g_1362 g_2575 g_4157 g_3608.f2 g_4256 g_805 g_3278 g_3980.f2 g_3066 g_3067 g_1753 g_1754 g_4393 g_3690 g_3608.f1 g_4504 g_4507 g_4512 g_3980.f1 g_4615 g_4616 g_4617 g_4376 g_1170
 * writes: g_8 g_26 g_33 g_58 g_124 g_55 g_160 g_140 g_166 g_191 g_200 g_226 g_91.f2 g_288 g_301 g_302 g_338 g_347 g_91.f1 g_593 g_656 g_538 g_310.f2 g_543 g_91.f3 g_655 g_91.f5 g_604 g_796 g_807 g_802 g_805 g_989 g_872 g_829 g_1080 g_1029 g_995 g_382 g_654 g_1825 g_1835 g_986 g_592 g_806 g_803 g_2221 g_716 g_804 g_1985 g_31 g_781 g_801 g_2574 g_994 g_2197 g_1157 g_542 g_2734 g_1922 g_881 g_2855 g_3327 g_1715 g_2872 g_3644 g_2071 g_3269 g_2813 g_3243 g_620 g_1362 g_1754 g_3621 g_4158 g_4160 g_3679 g_2143 g_3980.f2 g_4372 g_348 g_4473 g_3990 g_310.f0 g_3067 g_945 g_4595 g_4598 g_4616 g_4633
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    uint64_t l_6 = 1UL;
    int64_t *l_7[8][3][6] = {{{(void*)0,&g_8,&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,(void*)0,&g_8,&g_8},{&g_8,&g_8,(void*)0,&g_8,&g_8,&g_8}},{{(void*)0,&g_8,&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8,&g_8,&g_8}},{{&g_8,&g_8,(void*)0,&g_8,&g_8,&g_8},{(void*)0,&g_8,&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8,&g_8,&g_8}},{{&g_8,&g_8,&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8,&g_8,&g_8}},{{&g_8,&g_8,&g_8,&g_8,&g_8,&g_8},{(void*)0,&g_8,&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8,(void*)0,&g_8}},{{&g_8,(void*)0,&g_8,&g_8,&g_8,&g_8},{&g_8,(void*)0,&g_8,&g_8,(void*)0,&g_8},{(void*)0,&g_8,&g_8,&g_8,&g_8,&g_8}},{{&g_8,&g_8,&g_8,&g_8,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8,&g_8,(void*)0},{&g_8,(void*)0,&g_8,&g_8,&g_8,&g_8}},{{&g_8,&g_8,&g_8,(void*)0,&g_8,&g_8},{&g_8,&g_8,&g_8,&g_8,&g_8,(void*)0},{&g_8,&g_8,&g_8,&g_8,&g_8,&g_8}}};
    uint8_t *l_24 = (void*)0;
    uint8_t *l_25[10] = {&g_26[0],&g_26[0],&g_26[0],&g_26[0],&g_26[0],&g_26[0],&g_26[0],&g_26[0],&g_26[0],&g_26[0]};
    int16_t *l_32[8][8][4] = {{{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{(void*)0,(void*)0,&g_33,(void*)0},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,(void*)0},{&g_33,&g_33,&g_33,&g_33}},{{(void*)0,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,(void*)0,&g_33,&g_33},{(void*)0,&g_33,&g_33,(void*)0},{(void*)0,&g_33,&g_33,(void*)0},{(void*)0,&g_33,(void*)0,&g_33},{&g_33,(void*)0,(void*)0,&g_33}},{{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,(void*)0,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,(void*)0},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,(void*)0},{&g_33,(void*)0,&g_33,&g_33}},{{&g_33,&g_33,(void*)0,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,(void*)0,(void*)0},{&g_33,&g_33,(void*)0,(void*)0},{(void*)0,(void*)0,&g_33,(void*)0},{(void*)0,(void*)0,&g_33,(void*)0},{(void*)0,&g_33,&g_33,(void*)0},{&g_33,&g_33,&g_33,&g_33}},{{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{(void*)0,(void*)0,&g_33,(void*)0},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,(void*)0,&g_33},{(void*)0,&g_33,(void*)0,&g_33},{(void*)0,&g_33,&g_33,&g_33}},{{&g_33,(void*)0,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,(void*)0},{&g_33,&g_33,&g_33,(void*)0},{&g_33,&g_33,(void*)0,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,(void*)0,&g_33}},{{&g_33,(void*)0,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,(void*)0,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,(void*)0}},{{&g_33,&g_33,(void*)0,(void*)0},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,(void*)0,&g_33},{&g_33,&g_33,&g_33,(void*)0},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,&g_33},{&g_33,&g_33,&g_33,(void*)0},{&g_33,&g_33,&g_33,(void*)0}}};
    int32_t *l_54 = (void*)0;
    int32_t *l_56 = (void*)0;
    int32_t *l_57 = &g_58;
    uint8_t *l_1093 = &g_807[1];
    int8_t *l_3333 = (void*)0;
    int8_t *l_3334 = &g_881;
    const int32_t l_3798 = 0x5030ABA5L;
    int32_t l_4400 = (-1L);
    int32_t l_4401 = 0xA7725F98L;
    int16_t l_4402[4] = {1L,1L,1L,1L};
    int32_t l_4403 = 7L;
    int32_t l_4404 = 0x325C3FC0L;
    int32_t l_4405 = 3L;
    int32_t l_4406 = 0xB83EA874L;
    int32_t l_4407[9] = {0xFA4B1853L,0xFA4B1853L,0xFA4B1853L,0xFA4B1853L,0xFA4B1853L,0xFA4B1853L,0xFA4B1853L,0xFA4B1853L,0xFA4B1853L};
    uint8_t l_4420[1];
    uint32_t *l_4480 = &g_124;
    uint32_t **l_4479 = &l_4480;
    struct S0 l_4509 = {102,2,-13,29,1,0};
    int16_t ***l_4584 = &g_1080;
    int16_t *****l_4632 = &g_2142[4][4];
    int16_t *****l_4634[3];
    const int16_t l_4636 = 0L;
    int16_t **l_4652[4];
    int64_t *****l_4658 = (void*)0;
    int16_t l_4659[5][6] = {{(-1L),8L,0xE6F2L,(-1L),0x2D65L,0x45DEL},{(-1L),0x2D65L,0x45DEL,8L,8L,0x45DEL},{(-1L),(-1L),0xE6F2L,0L,8L,(-5L)},{8L,0x2D65L,1L,0L,0x2D65L,0xE6F2L},{(-1L),8L,1L,8L,(-1L),(-5L)}};
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_4420[i] = 0x95L;
    for (i = 0; i < 3; i++)
        l_4634[i] = (void*)0;
    for (i = 0; i < 4; i++)
        l_4652[i] = &l_32[7][2][2];
    if (((safe_sub_func_int16_t_s_s(((safe_div_func_int64_t_s_s((g_8 = l_6), (~(~func_11(func_16((safe_div_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s((--g_26[0]), 7)), ((*l_3334) ^= func_29(((g_33 = (0xEE1DL >= g_31)) && ((safe_lshift_func_int8_t_s_u((func_36(g_33, ((*g_591) = (l_6 , ((((func_41(g_31, (safe_add_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((((func_49(l_32[7][2][2], (((*l_57) ^= l_6) < (0x8AL <= g_33)), g_33, g_31) != 0xCC67L) , (*l_57)) , l_1093) == (void*)0), l_6)), 0L)), g_310.f4) || 0xC5L) & 1L) == 1UL) , l_7[4][2][0]))), l_7[2][0][2], g_994) , g_803[0][2]), 6)) , 0x2098L)))))), 4UL))), l_7[4][2][0], l_3798, l_7[4][2][0]))))) != 0xA6CF811A07E9B776LL), 0x5603L)) == g_4393))
    { /* block id: 1781 */
        return (*l_57);
    }
    else
    { /* block id: 1783 */
        int32_t *l_4394 = (void*)0;
        int32_t *l_4395 = &g_802;
        int32_t *l_4396 = &g_995[0];
        int32_t *l_4397 = &g_3327;
        int32_t *l_4398[7] = {(void*)0,(void*)0,&g_58,(void*)0,(void*)0,&g_58,(void*)0};
        int32_t l_4399 = 0xF52FA1BAL;
        uint8_t l_4408 = 0xF8L;
        uint8_t l_4418 = 0x34L;
        float l_4419 = 0x0.Fp-1;
        uint16_t *l_4421 = &g_288[3][0][0];
        uint16_t *l_4424 = &g_604[3][3][1];
        uint16_t l_4435[4];
        const uint16_t ***l_4472 = &g_2187;
        int16_t ** const *l_4594 = (void*)0;
        int16_t ** const * const *l_4593 = &l_4594;
        int16_t ** const * const **l_4592 = &l_4593;
        const uint8_t **l_4622 = &g_92;
        const uint8_t ***l_4621 = &l_4622;
        const uint8_t ****l_4620 = &l_4621;
        const int32_t ** const *l_4643 = (void*)0;
        struct S0 l_4646 = {30,-8,17,36,1,3};
        int16_t **l_4651 = &l_32[7][2][2];
        int8_t ***l_4653 = &g_4616;
        float l_4660 = (-0x10.Bp+1);
        int32_t l_4661[10][4][5] = {{{0L,1L,(-1L),(-1L),1L},{0x7E610741L,(-7L),0x0982FC79L,4L,4L},{1L,6L,1L,(-1L),1L},{0x8048AD0AL,0x36F79071L,4L,0x36F79071L,0x8048AD0AL}},{{1L,0L,6L,1L,6L},{0x7E610741L,0x7E610741L,4L,0x8048AD0AL,0L},{0L,1L,1L,1L,0xBBD85006L},{(-7L),0x0982FC79L,4L,4L,0x0982FC79L}},{{0xBBD85006L,1L,1L,6L,6L},{0x8048AD0AL,0L,0x8048AD0AL,4L,0x7E610741L},{(-1L),1L,6L,1L,(-1L)},{0x8048AD0AL,(-7L),0L,0x0982FC79L,0L}},{{0xBBD85006L,0xBBD85006L,6L,(-1L),0L},{(-7L),0x8048AD0AL,0x8048AD0AL,(-7L),0L},{1L,(-1L),1L,1L,(-1L)},{0L,0x8048AD0AL,4L,0x7E610741L,0x7E610741L}},{{1L,0xBBD85006L,1L,1L,6L},{0x0982FC79L,(-7L),0x7E610741L,(-7L),0x0982FC79L},{1L,1L,0xBBD85006L,(-1L),0xBBD85006L},{0L,0L,0x7E610741L,0x0982FC79L,0x36F79071L}},{{1L,1L,1L,1L,0xBBD85006L},{(-7L),0x0982FC79L,4L,4L,0x0982FC79L},{0xBBD85006L,1L,1L,6L,6L},{0x8048AD0AL,0L,0x8048AD0AL,4L,0x7E610741L}},{{(-1L),1L,6L,1L,(-1L)},{0x8048AD0AL,(-7L),0L,0x0982FC79L,0L},{0xBBD85006L,0xBBD85006L,6L,(-1L),0L},{(-7L),0x8048AD0AL,0x8048AD0AL,(-7L),0L}},{{1L,(-1L),1L,1L,(-1L)},{0L,0x8048AD0AL,4L,0x7E610741L,0x7E610741L},{1L,0xBBD85006L,1L,1L,6L},{0x0982FC79L,(-7L),0x7E610741L,(-7L),0x0982FC79L}},{{1L,1L,0xBBD85006L,(-1L),0xBBD85006L},{0L,0L,0x7E610741L,0x0982FC79L,0x36F79071L},{1L,1L,1L,1L,0xBBD85006L},{(-7L),0x0982FC79L,4L,4L,0x0982FC79L}},{{0xBBD85006L,1L,1L,6L,6L},{0x8048AD0AL,0L,0x8048AD0AL,4L,0x7E610741L},{(-1L),1L,6L,1L,(-1L)},{0x8048AD0AL,(-7L),0L,0x0982FC79L,0L}}};
        const uint8_t l_4662 = 1UL;
        uint64_t *l_4663 = &g_1157;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_4435[i] = 0x182BL;
lbl_4619:
        ++l_4408;
        for (g_542 = 0; (g_542 <= 5); g_542 = safe_add_func_uint32_t_u_u(g_542, 5))
        { /* block id: 1787 */
            int32_t * const l_4413 = &g_3327;
            l_56 = l_4413;
        }
        if ((((safe_mul_func_int8_t_s_s((safe_div_func_int16_t_s_s(l_4418, l_4420[0])), (*l_4395))) < ((*l_4424) = (++(*l_4421)))) , (safe_mod_func_uint32_t_u_u(((0x382C9FF6L && (safe_div_func_int8_t_s_s(((*l_4395) , (safe_mod_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s(((void*)0 != l_7[4][2][0]), ((safe_mod_func_int64_t_s_s(((((*g_947) = l_4398[0]) == l_56) == 0xC7C7F765L), (*l_4395))) >= (**g_1834)))), l_4435[0]))), 1L))) < (*l_57)), (*l_4395)))))
        { /* block id: 1793 */
            int32_t *l_4438 = &l_4406;
            const int16_t *l_4443 = &l_4402[1];
            const int16_t **l_4442 = &l_4443;
            const int16_t ***l_4441 = &l_4442;
            const int16_t ****l_4440 = &l_4441;
            int64_t l_4481[10] = {0x94568CD4999AFADCLL,0x94568CD4999AFADCLL,(-6L),0x94568CD4999AFADCLL,0x94568CD4999AFADCLL,(-6L),0x94568CD4999AFADCLL,0x94568CD4999AFADCLL,(-6L),0x94568CD4999AFADCLL};
            const struct S0 l_4487 = {136,9,18,93,1,7};
            uint64_t l_4510 = 18446744073709551614UL;
            uint32_t l_4567[9];
            uint16_t ** const *l_4614 = &g_2872;
            int i;
            for (i = 0; i < 9; i++)
                l_4567[i] = 0x7DE79C2AL;
            for (g_806 = 0; (g_806 > 19); ++g_806)
            { /* block id: 1796 */
                int64_t l_4458 = (-8L);
                int32_t l_4483 = 0xA46323C8L;
                int32_t l_4513 = (-3L);
                uint8_t l_4547 = 0x31L;
                uint8_t ***l_4612 = &g_1834;
                uint8_t ****l_4611 = &l_4612;
                uint16_t ***l_4613[4] = {&g_2872,&g_2872,&g_2872,&g_2872};
                int i;
                l_54 = l_4438;
                if ((!(l_4440 == (void*)0)))
                { /* block id: 1798 */
                    uint32_t *l_4460[6];
                    uint32_t **l_4459 = &l_4460[3];
                    uint32_t ** const *l_4474 = &g_947;
                    int32_t l_4475 = 0L;
                    const int32_t l_4482 = 0x01AE715DL;
                    int32_t l_4484 = 0x924E3B15L;
                    int i;
                    for (i = 0; i < 6; i++)
                        l_4460[i] = (void*)0;
                    for (g_166 = (-25); (g_166 > 10); g_166 = safe_add_func_int32_t_s_s(g_166, 5))
                    { /* block id: 1801 */
                        float l_4467 = 0xC.782B93p-80;
                        float *l_4476 = (void*)0;
                        float *l_4477 = &g_3990;
                        int32_t l_4478 = 1L;
                        uint16_t * const ** const *l_4490 = (void*)0;
                        uint16_t * const ** const **l_4491 = &l_4490;
                        uint16_t *****l_4492 = &g_3067[4][0][1];
                        uint32_t ***l_4506 = &l_4459;
                        uint32_t ****l_4505 = &l_4506;
                        int16_t l_4511 = (-7L);
                        l_4484 &= (l_4483 = (((safe_mul_func_uint8_t_u_u((safe_unary_minus_func_uint32_t_u(((safe_sub_func_uint64_t_u_u(((0x33D6L ^ (!(safe_sub_func_int16_t_s_s((((*l_4421) = (safe_rshift_func_int8_t_s_s((safe_rshift_func_int16_t_s_u((l_4458 = (*l_4438)), ((((l_4459 != ((g_310.f0 = ((safe_sub_func_int8_t_s_s(0xC8L, ((void*)0 == (*g_3689)))) || (safe_rshift_func_uint8_t_u_u(((safe_mod_func_uint16_t_u_u((((*l_57) , (+((*l_4477) = (!((((l_4475 = ((((safe_lshift_func_uint8_t_u_s((**g_1834), ((g_4473[0][4] = l_4472) != (void*)0))) , l_4474) != l_4474) || (*l_4438))) , 0xD.A4CD19p+87) > (*l_4438)) < g_3608.f1))))) , l_4478), 0xC0ACL)) == (*l_4395)), (**g_1834))))) , l_4479)) , 0xCE7D9C44L) , (*l_4438)) , l_4478))), l_4481[6]))) ^ (*l_4438)), (*l_4438))))) , g_26[0]), 9UL)) >= l_4482))), (*l_4438))) || l_4458) , 3L));
                        l_4513 &= (((safe_rshift_func_uint8_t_u_s(l_4458, (l_4487 , ((*l_3334) = (safe_sub_func_int16_t_s_s((((*l_4491) = l_4490) == ((*l_4492) = &g_3068)), (!(safe_lshift_func_uint8_t_u_u(((safe_sub_func_int64_t_s_s((g_604[4][5][0] , (((safe_lshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((((safe_add_func_uint8_t_u_u(((**g_1834) = 0x0DL), (((((((l_4505 = g_4504) != g_4507) ^ (((l_4509 , l_4478) , g_91.f5) > l_4458)) , (void*)0) == (void*)0) & l_4510) | l_4475))) , 1L) & l_4511), (*l_4438))), l_4478)) ^ g_803[0][2]) & (*l_4397))), g_338)) != 0x125AEB4DL), l_4483))))))))) , g_4512[1]) >= (*l_57));
                        if (l_4478)
                            continue;
                    }
                }
                else
                { /* block id: 1818 */
                    uint32_t *****l_4514 = &g_945;
                    uint32_t *****l_4515 = (void*)0;
                    uint32_t *****l_4516 = (void*)0;
                    uint32_t ****l_4517 = &g_946;
                    for (l_4403 = 1; (l_4403 <= 9); l_4403 += 1)
                    { /* block id: 1821 */
                        int i;
                        return g_796[l_4403];
                    }
                    l_4517 = ((*l_4438) , ((*l_4514) = (void*)0));
                }
                if ((*l_4397))
                    continue;
                for (l_4513 = (-9); (l_4513 == 7); l_4513 = safe_add_func_int16_t_s_s(l_4513, 4))
                { /* block id: 1830 */
                    int32_t *l_4520 = &g_802;
                    uint16_t l_4525 = 9UL;
                    const int32_t **l_4608[2][2];
                    const int32_t ***l_4607 = &l_4608[0][0];
                    const int32_t **** const l_4606 = &l_4607;
                    int i, j;
                    for (i = 0; i < 2; i++)
                    {
                        for (j = 0; j < 2; j++)
                            l_4608[i][j] = &g_4160;
                    }
                    (****g_1347) = l_4520;
                    if (((((~((safe_sub_func_uint32_t_u_u((safe_unary_minus_func_uint8_t_u(1UL)), (g_160[5][0][1] , (*l_4396)))) != (*l_4396))) == l_4525) , (-1L)) | (safe_div_func_int8_t_s_s((((safe_unary_minus_func_uint32_t_u((*l_4397))) <= (-1L)) ^ g_4157), (*l_4520)))))
                    { /* block id: 1832 */
                        const int16_t ****l_4531 = &l_4441;
                        uint32_t **l_4532 = (void*)0;
                        int32_t l_4566 = 0xEAA4AA46L;
                        float *l_4568 = &g_3679;
                        uint32_t l_4585 = 18446744073709551615UL;
                        if ((****g_1706))
                            break;
                        (**g_884) = ((safe_mul_func_uint16_t_u_u((1UL ^ ((void*)0 == l_4531)), ((*l_4438) ^= (((*l_4520) , (l_4532 = &l_4480)) == (void*)0)))) > (safe_sub_func_int64_t_s_s(((safe_add_func_int16_t_s_s(0x0DBFL, (*l_57))) ^ ((*l_4421)++)), (g_543 &= (safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s((((*l_4424) = ((safe_sub_func_uint32_t_u_u((((*****g_1347) , 0xE281L) == (*l_4520)), 0x1E41E926L)) , (**g_2187))) , l_4547), (*l_57))) | l_4513), 4)), (*l_4520)))))));
                        (*l_4568) = (safe_add_func_float_f_f(0x3.CCFDD2p+66, (safe_add_func_float_f_f((((*l_54) != (((safe_add_func_float_f_f(g_3980.f1, (safe_sub_func_float_f_f(g_593, 0xF.5D8ACAp-41)))) == (!0x9.Ap-1)) == (safe_sub_func_float_f_f((((safe_sub_func_float_f_f((0xE.1ADFD5p+9 < (+(safe_sub_func_float_f_f(g_2813, (safe_add_func_float_f_f(g_31, g_91.f3)))))), 0x1.E768C7p+84)) < l_4566) > l_4547), l_4567[0])))) < (*l_4520)), (*l_57)))));
                        (*l_57) |= (((safe_mul_func_int16_t_s_s((l_4566 = (safe_lshift_func_int8_t_s_u(((((*l_4568) = ((safe_div_func_float_f_f((safe_add_func_float_f_f(0xC.9CE020p+76, l_4547)), (((*l_4520) == (g_989[0] = g_1825)) >= (safe_mul_func_float_f_f((safe_sub_func_float_f_f((((((((*l_4424) &= 0UL) >= ((safe_sub_func_uint8_t_u_u(((*l_4520) , ((+(*l_54)) ^ (((l_4513 , l_4584) == (void*)0) >= 0x4FE6L))), (*l_4438))) | 0xA32A9F7349DD0C2FLL)) == 0xC6L) , g_1362) == 0x0.29E2C2p-11) > (-0x3.Fp-1)), (-0x5.Fp-1))), (*l_4438)))))) >= 0x1.7p+1)) , 0x410C9B5BDCF30FE8LL) , 0xACL), l_4585))), 65532UL)) & l_4585) & 18446744073709551615UL);
                    }
                    else
                    { /* block id: 1846 */
                        if ((*l_4520))
                            break;
                        (**g_1708) = (*l_4438);
                    }
                    if (l_4547)
                    { /* block id: 1850 */
                        (****g_1347) = &l_4513;
                    }
                    else
                    { /* block id: 1852 */
                        int32_t l_4586 = (-1L);
                        int8_t ***l_4618 = &g_4616;
                        if (l_4513)
                            break;
                        (*****g_1705) |= (l_4586 && ((safe_rshift_func_uint8_t_u_u((!((safe_sub_func_uint32_t_u_u(((*l_4438) & l_4513), ((g_4598 = (g_4595 = l_4592)) == (void*)0))) , (safe_add_func_uint8_t_u_u((((((safe_mod_func_int16_t_s_s((((~(safe_mod_func_uint16_t_u_u(((void*)0 == l_4606), (safe_mul_func_uint8_t_u_u(((((l_4611 != (void*)0) , (**g_3269)) , l_4613[0]) != l_4614), g_4615))))) <= l_4586) > (*l_4396)), 0x170EL)) , 0UL) != l_4458) == g_288[3][0][0]) > (*l_4438)), 0UL)))), 7)) != 0xBC0D51F90E7C580ELL));
                        (*l_4438) ^= (((*l_4618) = g_4616) != &l_3334);
                        if (g_310.f1)
                            goto lbl_4619;
                    }
                }
            }
        }
        else
        { /* block id: 1863 */
            int32_t l_4623 = 0x965DA1AEL;
            int32_t l_4635 = 0x1D0A416DL;
            (*l_4397) ^= (((l_4635 |= (((l_4620 == &l_4621) & (*g_4617)) | (((l_4623 , &g_1706) == (void*)0) , (safe_rshift_func_uint16_t_u_s((((safe_add_func_float_f_f((safe_mul_func_float_f_f(((*g_2188) , (safe_add_func_float_f_f((l_4632 == (l_4634[2] = (g_4633 = &g_2142[1][2]))), g_288[4][0][0]))), 0x6.9p-1)), g_91.f0)) < g_140[5][3]) , (*l_4395)), 9))))) < l_4636) > l_4623);
            (*l_4396) = (*l_4397);
        }
        g_91.f1 &= ((safe_mod_func_int32_t_s_s(((*l_4395) = (~(((((*l_4397) = (safe_mod_func_uint64_t_u_u(((safe_unary_minus_func_int64_t_s(((**g_1705) != l_4643))) , ((*l_4663) |= (((safe_add_func_int16_t_s_s((((l_4646 , (safe_add_func_uint64_t_u_u(((((g_806 == (safe_add_func_float_f_f((l_4651 != l_4652[0]), ((l_4653 == (((!(((+(((((((((safe_sub_func_int8_t_s_s(1L, (((void*)0 == l_4658) , 255UL))) == 0xCE69L) >= 65535UL) || (*g_4376)) >= 0xB5490597L) , 0xD871L) | l_4659[0][5]) , l_4661[7][3][1]) , (*l_4395))) < (*g_2188)) || (*l_4397))) , l_4509) , l_4653)) < g_310.f5)))) , l_4662) , (*l_57)) , 18446744073709551611UL), g_656[2]))) == 255UL) ^ (*l_4396)), 0xA9D2L)) || (*l_4395)) || (*l_57)))), 18446744073709551615UL))) ^ (*l_57)) ^ 0x282930A5L) > 1UL))), (*l_57))) , (*l_4397));
    }
    (*l_57) ^= 0x14C9E6CFL;
    return (*l_57);
}


/* ------------------------------------------ */
/* 
 * reads : g_3243 g_310.f2 g_91.f3 g_796 g_883 g_884 g_604 g_871 g_872 g_1347 g_1348 g_3327 g_1834 g_1835 g_2187 g_2188 g_1706 g_1707 g_1708 g_945 g_946 g_802 g_160 g_1825 g_807 g_381 g_382 g_804 g_524 g_995 g_310 g_91.f5 g_1362 g_58 g_829 g_590 g_591 g_2221 g_593 g_655 g_33 g_1715 g_2574 g_2575 g_656 g_2197 g_4157 g_2813 g_3608.f2 g_543 g_4256 g_538 g_3278 g_620 g_2855 g_947 g_3980.f2 g_302 g_3066 g_3067 g_3068 g_2872 g_1753 g_1754 g_805
 * writes: g_604 g_3243 g_302 g_3269 g_796 g_654 g_872 g_1825 g_807 g_26 g_986 g_620 g_3327 g_1029 g_806 g_802 g_1715 g_2071 g_160 g_382 g_881 g_804 g_803 g_1362 g_58 g_829 g_592 g_2221 g_593 g_655 g_1754 g_33 g_989 g_3621 g_2197 g_4158 g_4160 g_2813 g_3679 g_2143 g_805 g_55 g_2855 g_3980.f2 g_2872 g_4372
 */
static uint16_t  func_11(int64_t * p_12, int64_t * p_13, const int64_t  p_14, int64_t * p_15)
{ /* block id: 1491 */
    struct S0 l_3801[9] = {{1,-0,-1,3,0,11},{1,-0,-1,3,0,11},{1,-0,-1,3,0,11},{1,-0,-1,3,0,11},{1,-0,-1,3,0,11},{1,-0,-1,3,0,11},{1,-0,-1,3,0,11},{1,-0,-1,3,0,11},{1,-0,-1,3,0,11}};
    uint32_t **** const * const l_3802[8][6] = {{&g_2734,&g_945,&g_945,&g_2734,(void*)0,&g_945},{&g_2734,(void*)0,&g_945,&g_945,(void*)0,&g_2734},{&g_2734,&g_945,&g_945,&g_2734,(void*)0,&g_945},{&g_2734,(void*)0,&g_945,&g_945,(void*)0,&g_2734},{&g_2734,&g_945,&g_945,&g_2734,(void*)0,&g_945},{&g_2734,(void*)0,&g_945,&g_945,(void*)0,&g_2734},{&g_2734,&g_945,&g_945,&g_2734,(void*)0,&g_945},{&g_2734,(void*)0,&g_945,&g_945,(void*)0,&g_2734}};
    uint16_t *l_3803 = &g_604[7][4][0];
    uint32_t *l_3806 = &g_3243;
    int32_t l_3809 = 0x773F4172L;
    uint16_t *** const *l_3838 = &g_3068;
    uint16_t *** const **l_3837[1];
    int32_t l_3927 = (-7L);
    uint32_t * const **l_4042 = (void*)0;
    uint32_t ***l_4085 = &g_781;
    uint32_t ****l_4084 = &l_4085;
    uint32_t *****l_4083[8];
    int32_t l_4094[3];
    int64_t l_4119 = 1L;
    uint16_t l_4124 = 0x1DD5L;
    int8_t l_4177 = 1L;
    uint16_t l_4178[8];
    const struct S0 ****l_4184 = (void*)0;
    struct S0 **** const l_4186 = &g_3644;
    int32_t l_4188 = 0L;
    int32_t **l_4206 = &g_2855;
    int64_t l_4208 = 0x61DCD988133F710ALL;
    int8_t l_4221 = 1L;
    uint16_t l_4252 = 1UL;
    uint8_t l_4253 = 1UL;
    int16_t ***l_4254[8] = {&g_1080,&g_1080,&g_1080,&g_1080,&g_1080,&g_1080,&g_1080,&g_1080};
    int16_t ***l_4276 = &g_1080;
    int8_t l_4281[8] = {1L,0xECL,0xECL,1L,0xECL,0xECL,1L,0xECL};
    int32_t l_4294[9] = {0xE210347AL,0xE210347AL,0xE210347AL,0xE210347AL,0xE210347AL,0xE210347AL,0xE210347AL,0xE210347AL,0xE210347AL};
    int32_t l_4334[2][6][5] = {{{0x478D9054L,0x2896967FL,(-9L),0x2896967FL,0x478D9054L},{0x609C3934L,(-7L),5L,5L,(-7L)},{1L,0xCF7997EDL,(-7L),0x2896967FL,(-7L)},{(-7L),0x251908C6L,(-6L),(-7L),(-7L)},{(-6L),0x2896967FL,(-6L),0xCF7997EDL,0x478D9054L},{(-7L),0x609C3934L,5L,0x251908C6L,0x609C3934L}},{{1L,0x2896967FL,1L,0x2896967FL,1L},{0x609C3934L,0x251908C6L,5L,0x609C3934L,(-7L)},{0x478D9054L,0xCF7997EDL,(-6L),0x2896967FL,(-6L)},{(-7L),(-7L),(-6L),0x251908C6L,(-7L)},{(-7L),0x2896967FL,(-7L),0xCF7997EDL,1L},{(-7L),5L,5L,(-7L),0x609C3934L}}};
    int32_t l_4345 = 0xCBF370B8L;
    const int64_t *l_4371 = &g_3621;
    const int64_t **l_4370 = &l_4371;
    const int64_t ***l_4369[2][10] = {{&l_4370,&l_4370,&l_4370,&l_4370,&l_4370,&l_4370,&l_4370,&l_4370,&l_4370,&l_4370},{&l_4370,&l_4370,&l_4370,&l_4370,&l_4370,&l_4370,&l_4370,&l_4370,&l_4370,&l_4370}};
    const int64_t ****l_4368 = &l_4369[0][5];
    const int64_t *****l_4367 = &l_4368;
    int64_t *****l_4377 = (void*)0;
    uint32_t l_4386[1][10] = {{18446744073709551615UL,0x496F560AL,18446744073709551615UL,0x496F560AL,18446744073709551615UL,0x496F560AL,18446744073709551615UL,0x496F560AL,18446744073709551615UL,0x496F560AL}};
    const float l_4387[2] = {0x8.E8C11Ap-89,0x8.E8C11Ap-89};
    int64_t l_4388 = (-3L);
    uint16_t ***l_4389[9] = {&g_2872,&g_2872,&g_2872,&g_2872,&g_2872,&g_2872,&g_2872,&g_2872,&g_2872};
    int32_t *l_4390 = (void*)0;
    int32_t *l_4391 = &l_3809;
    float *l_4392 = &g_55;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_3837[i] = &l_3838;
    for (i = 0; i < 8; i++)
        l_4083[i] = &l_4084;
    for (i = 0; i < 3; i++)
        l_4094[i] = 0x4CD562ADL;
    for (i = 0; i < 8; i++)
        l_4178[i] = 4UL;
    if ((((((((safe_mul_func_int8_t_s_s((0xC5F1D815L < ((l_3801[3] , ((*l_3803) = (l_3802[5][0] == (void*)0))) > (l_3809 = (safe_lshift_func_uint8_t_u_u((((p_14 & l_3801[3].f1) <= 0x75L) == ((*l_3806)--)), 1))))), (((safe_div_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u((g_310.f2 <= l_3801[3].f3), 8)), l_3801[3].f5)) | 0x52E68780E099271CLL) | p_14))) , l_3809) , p_14) > g_91.f3) >= p_14) , p_14) , 0xA9954D1EL))
    { /* block id: 1495 */
        int8_t l_3822 = 0xE7L;
        struct S0 *l_3843 = &l_3801[6];
        int16_t l_3874[8][1][5] = {{{0xC665L,0x4684L,0xC665L,0xC665L,0x4684L}},{{0x4684L,0xC665L,0xC665L,0x4684L,0xC665L}},{{0x4684L,0x4684L,0x7CACL,0x4684L,0x4684L}},{{0xC665L,0xC665L,0x7CACL,0x7CACL,0xC665L}},{{0xC665L,0x7CACL,0x7CACL,0xC665L,0x7CACL}},{{0xC665L,0xC665L,0x4684L,0xC665L,0xC665L}},{{0x7CACL,0xC665L,0x7CACL,0x7CACL,0xC665L}},{{0xC665L,0x7CACL,0x7CACL,0xC665L,0x7CACL}}};
        int32_t l_3887 = 0xB92C880FL;
        uint32_t *l_3917 = &g_1715;
        int32_t l_3924[3][3] = {{0xB6DE0E4BL,0xB6DE0E4BL,0xB6DE0E4BL},{0x7E5D661BL,1L,0x7E5D661BL},{0xB6DE0E4BL,0xB6DE0E4BL,0xB6DE0E4BL}};
        int16_t l_3954[7][3] = {{0xD52EL,(-6L),0x3A7AL},{0x5E6BL,(-6L),0x5E6BL},{0x8A7DL,0xD52EL,0x3A7AL},{0x8A7DL,0x8A7DL,0xD52EL},{0x5E6BL,0xD52EL,0xD52EL},{0xD52EL,(-6L),0x3A7AL},{0x5E6BL,(-6L),0x5E6BL}};
        const uint8_t **l_3971 = &g_92;
        float *l_3988 = (void*)0;
        uint32_t * const **l_4032 = &g_347;
        int64_t *l_4052 = (void*)0;
        int64_t **l_4051 = &l_4052;
        const uint8_t l_4082 = 2UL;
        const int64_t l_4127 = 3L;
        int64_t l_4187 = 0xD2C863C394C86B9BLL;
        uint32_t ****l_4203 = &l_4085;
        int32_t *l_4207[4][3] = {{(void*)0,&l_3887,&g_995[1]},{(void*)0,(void*)0,&l_3887},{&l_3887,&l_3887,&l_3887},{&l_3887,&g_995[1],&g_995[1]}};
        int i, j, k;
lbl_4053:
        for (g_302 = 0; (g_302 >= 7); ++g_302)
        { /* block id: 1498 */
            float l_3827 = 0x0.Dp+1;
            const int32_t *l_3829 = (void*)0;
            const int32_t **l_3828 = &l_3829;
            int32_t l_3839 = 0x3869889FL;
            float l_3840 = 0x0.D89DD1p-2;
            struct S0 *l_3844 = &g_310;
            int32_t l_3848 = 0x18CB6B9AL;
            int32_t *l_3849 = &g_3327;
            int16_t ****l_3957[8];
            uint16_t l_3987 = 0x3249L;
            uint8_t * const ***l_3999 = &g_381;
            int i;
            for (i = 0; i < 8; i++)
                l_3957[i] = &g_2143;
            if (((-1L) ^ 0x674AL))
            { /* block id: 1499 */
                int32_t l_3820 = 0x0EC37915L;
                int32_t ***l_3830 = (void*)0;
                int32_t ***l_3831 = &g_3269;
                uint64_t *l_3832 = &g_796[0];
                int8_t *l_3841 = &g_654;
                uint32_t * const *l_3854 = (void*)0;
                uint32_t * const **l_3853 = &l_3854;
                int32_t *l_3888 = &g_802;
                uint16_t ***l_3891 = (void*)0;
                float l_3923[4] = {0x1.Bp-1,0x1.Bp-1,0x1.Bp-1,0x1.Bp-1};
                int32_t l_3926 = 0x10BDA0E4L;
                int i;
                if (((safe_lshift_func_int8_t_s_s((l_3820 && (!l_3822)), ((safe_rshift_func_uint16_t_u_u(((safe_mul_func_int8_t_s_s((p_14 >= p_14), (((l_3828 != ((*l_3831) = &g_3270)) != ((((-1L) != 0UL) || (++(*l_3832))) > (safe_sub_func_int8_t_s_s(((*l_3841) = ((((((((l_3837[0] == (void*)0) ^ p_14) , p_14) <= p_14) > l_3839) < l_3820) > p_14) < l_3822)), l_3822)))) , 0x86L))) != 0x73E121BBC7ADF7ECLL), 14)) > l_3801[3].f5))) , (-3L)))
                { /* block id: 1503 */
                    struct S0 **l_3845 = (void*)0;
                    struct S0 **l_3846 = &l_3844;
                    int32_t l_3847 = (-3L);
                    int32_t l_3867 = (-5L);
                    int32_t * const *l_3871 = &l_3849;
                    int32_t * const **l_3870[10] = {&l_3871,&l_3871,&l_3871,&l_3871,&l_3871,&l_3871,&l_3871,&l_3871,&l_3871,&l_3871};
                    int32_t * const ***l_3869 = &l_3870[7];
                    int32_t * const ****l_3868 = &l_3869;
                    int i;
                    l_3848 &= (l_3847 = ((p_14 , (~(0x09L == ((l_3839 , l_3843) != ((*l_3846) = l_3844))))) , p_14));
                    (**g_883) = &l_3809;
                    if ((p_14 & l_3847))
                    { /* block id: 1508 */
                        uint32_t l_3850 = 0xD89F6CE2L;
                        l_3849 = ((((*l_3803) |= 0xFEE1L) , 4294967287UL) , (*g_871));
                        ++l_3850;
                        if ((**g_871))
                            break;
                        if ((*****g_1347))
                            continue;
                    }
                    else
                    { /* block id: 1514 */
                        int64_t *l_3855[9] = {&g_803[1][4],&g_803[1][4],&g_803[1][4],&g_803[1][4],&g_803[1][4],&g_803[1][4],&g_803[1][4],&g_803[1][4],&g_803[1][4]};
                        uint8_t *l_3872 = &g_26[0];
                        int32_t l_3873 = 0x21EC145AL;
                        int32_t l_3875 = 0xF965A7EDL;
                        int i;
                        (*****g_1347) = ((l_3847 = ((((0x9CD1B661A51D37F2LL | (18446744073709551615UL > 5L)) && l_3820) , (void*)0) == l_3853)) <= (--(*l_3832)));
                        (**g_871) |= ((safe_unary_minus_func_int64_t_s((l_3875 = (l_3874[7][0][4] &= (0x17L >= ((*l_3849) && (l_3822 && (~(safe_mul_func_int8_t_s_s((((l_3873 = (~(safe_add_func_int32_t_s_s((l_3806 != (void*)0), (safe_rshift_func_uint8_t_u_u((l_3867 , ((void*)0 != l_3868)), ((*l_3872) = ((**g_1834) = ((void*)0 == &g_2143))))))))) > 1L) , l_3820), (*l_3849))))))))))) != p_14);
                        return (**g_2187);
                    }
                    for (l_3839 = 0; (l_3839 > 13); l_3839++)
                    { /* block id: 1528 */
                        uint64_t **l_3879 = &l_3832;
                        int32_t l_3885 = (-4L);
                        int64_t *l_3886[10] = {(void*)0,&g_803[1][3],(void*)0,(void*)0,&g_803[1][3],(void*)0,(void*)0,&g_803[1][3],(void*)0,(void*)0};
                        uint16_t ***l_3892 = &g_2872;
                        int32_t l_3893[3];
                        float *l_3894 = &g_986[3][0];
                        int i;
                        for (i = 0; i < 3; i++)
                            l_3893[i] = 0L;
                        (****g_1706) &= (((p_14 | (p_14 | (safe_unary_minus_func_uint64_t_u((l_3820 < ((l_3887 = (((*l_3879) = l_3832) == ((safe_add_func_uint32_t_u_u((safe_rshift_func_int16_t_s_u(p_14, 13)), (!(((p_14 || 250UL) , (((l_3885 = l_3885) , 0UL) <= 1UL)) || 0x2B88L)))) , (void*)0))) <= p_14)))))) > 4UL) <= 0xA1996BAAL);
                        l_3888 = (void*)0;
                        l_3893[0] ^= (((safe_lshift_func_uint16_t_u_s((((*l_3849) , (((void*)0 != &g_654) == ((void*)0 != (*g_945)))) == ((&l_3869 != &g_1348) <= l_3885)), 10)) , (l_3801[3].f4 , l_3891)) != l_3892);
                        (*l_3894) = p_14;
                    }
                }
                else
                { /* block id: 1537 */
                    int32_t l_3897 = 0x1EA0018DL;
                    int8_t l_3904 = 0x44L;
                    int8_t l_3916 = 0L;
                    uint64_t *l_3918 = &g_1157;
                    int32_t l_3920 = 1L;
                    int32_t l_3925 = 0x0C1B661FL;
                    uint32_t l_3928 = 0x24516480L;
                    for (g_620 = 10; (g_620 <= 49); g_620 = safe_add_func_uint8_t_u_u(g_620, 3))
                    { /* block id: 1540 */
                        (*l_3849) = p_14;
                        if (l_3897)
                            break;
                    }
                    for (g_1029 = 9; (g_1029 == 29); g_1029 = safe_add_func_int32_t_s_s(g_1029, 5))
                    { /* block id: 1546 */
                        return p_14;
                    }
                    for (g_806 = 5; (g_806 >= 1); g_806 -= 1)
                    { /* block id: 1551 */
                        const struct S0 *l_3914[4];
                        const struct S0 **l_3913 = &l_3914[3];
                        const struct S0 ***l_3912 = &l_3913;
                        const struct S0 ****l_3911 = &l_3912;
                        int32_t l_3915 = 1L;
                        int32_t *l_3919 = &l_3839;
                        int32_t *l_3921 = &g_802;
                        int32_t *l_3922[8][4] = {{(void*)0,(void*)0,&g_1922,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_1922,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_1922,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
                        int32_t **l_3931 = &l_3849;
                        int i, j;
                        for (i = 0; i < 4; i++)
                            l_3914[i] = &l_3801[3];
                        if (p_14)
                            break;
                        (*l_3919) |= ((safe_div_func_int8_t_s_s(((l_3904 && ((0xB2FAL | p_14) , (((((((safe_mul_func_uint16_t_u_u(p_14, (0UL ^ (safe_sub_func_int8_t_s_s((-1L), ((((((p_14 && (((l_3911 != &g_3644) & l_3915) >= g_3327)) && p_14) || p_14) ^ (*l_3888)) < l_3916) && (*l_3849))))))) , l_3917) == l_3806) >= l_3801[3].f0) , (*l_3849)) , (void*)0) == l_3918))) <= l_3915), l_3916)) | p_14);
                        ++l_3928;
                        (*l_3888) = ((**g_1706) != (p_14 , l_3931));
                    }
                }
            }
            else
            { /* block id: 1558 */
                int32_t *l_3947 = &l_3924[0][0];
                uint8_t **l_3973[1][10] = {{&g_1835[3],&g_1835[3],&g_1835[3],&g_1835[3],&g_1835[3],&g_1835[3],&g_1835[3],&g_1835[3],&g_1835[3],&g_1835[3]}};
                uint16_t **l_4008[9][6][4] = {{{&g_2576,&g_2576,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,(void*)0},{&g_2576,(void*)0,&l_3803,(void*)0}},{{&l_3803,(void*)0,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803}},{{&g_2576,&g_2576,&l_3803,(void*)0},{&g_2576,(void*)0,&l_3803,(void*)0},{&l_3803,(void*)0,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,&g_2576}},{{&l_3803,&l_3803,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,(void*)0},{&g_2576,(void*)0,&l_3803,(void*)0},{&l_3803,(void*)0,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803}},{{&g_2576,&g_2576,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,(void*)0},{&g_2576,(void*)0,&l_3803,(void*)0}},{{&l_3803,(void*)0,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803}},{{&g_2576,&g_2576,&l_3803,(void*)0},{&g_2576,(void*)0,&l_3803,(void*)0},{&l_3803,(void*)0,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,&g_2576}},{{&l_3803,&l_3803,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,(void*)0},{&g_2576,(void*)0,&l_3803,(void*)0},{&l_3803,(void*)0,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803}},{{&g_2576,&g_2576,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&g_2576},{&l_3803,&l_3803,&l_3803,&l_3803},{&g_2576,&g_2576,&l_3803,(void*)0},{&g_2576,(void*)0,&l_3803,(void*)0}}};
                const uint32_t *l_4035 = &g_191;
                const uint32_t **l_4034 = &l_4035;
                const uint32_t ***l_4033 = &l_4034;
                int64_t *l_4036 = (void*)0;
                int64_t *l_4037 = (void*)0;
                int64_t *l_4038 = &g_803[0][2];
                uint64_t *l_4039[10] = {&g_1362,&g_796[8],&g_1362,&g_796[8],&g_1362,&g_796[8],&g_1362,&g_796[8],&g_1362,&g_796[8]};
                int i, j, k;
                if ((((*l_3917) = (0xB6L < (((safe_rshift_func_int8_t_s_s(0x01L, (safe_div_func_int16_t_s_s((((l_3801[3].f1 = ((((9L != (0xB1198F103937ECF2LL || ((safe_mul_func_int8_t_s_s(p_14, 2UL)) <= (((safe_rshift_func_uint8_t_u_s(((((**g_1834) = p_14) || l_3801[3].f4) , (*l_3849)), 3)) < 0x97AA5C9AF61A0CE4LL) , 0L)))) <= p_14) , 1UL) || 0UL)) > 0x0688267A06AD7DD3LL) && p_14), p_14)))) != (*l_3849)) , (-1L)))) >= p_14))
                { /* block id: 1562 */
                    uint64_t l_3944 = 18446744073709551615UL;
                    uint32_t ***l_3949 = &g_781;
                    int16_t *****l_3958 = &l_3957[6];
                    float *l_3972 = &g_160[0][0][0];
                    struct S0 *l_3979[8] = {&g_3980,&g_3980,&g_3980,&g_3980,&g_3980,&g_3980,&g_3980,&g_3980};
                    int i;
                    for (g_2071 = 0; (g_2071 <= 6); g_2071 += 1)
                    { /* block id: 1565 */
                        int32_t *l_3940 = (void*)0;
                        int32_t *l_3941 = &g_995[0];
                        int32_t *l_3942 = &l_3924[0][1];
                        int32_t *l_3943[6];
                        uint32_t ***l_3948 = &g_781;
                        int i;
                        for (i = 0; i < 6; i++)
                            l_3943[i] = &g_995[0];
                        --l_3944;
                        (***g_1706) = &l_3924[0][1];
                        l_3947 = l_3947;
                        l_3949 = l_3948;
                    }
                    (*g_381) = ((safe_sub_func_float_f_f((&g_945 != l_3802[3][2]), ((*l_3972) = (safe_div_func_float_f_f((l_3954[3][2] != (safe_div_func_float_f_f((((*l_3958) = l_3957[6]) == &g_2143), (*l_3849)))), (g_160[0][0][0] != (+(safe_mul_func_float_f_f((safe_mul_func_float_f_f(p_14, (((safe_mod_func_int16_t_s_s((safe_unary_minus_func_uint32_t_u((safe_mod_func_int8_t_s_s((((safe_lshift_func_uint8_t_u_u((**g_1834), 1)) >= p_14) ^ (**g_1834)), 0x28L)))), p_14)) , l_3971) == (*g_381)))), 0x2.D7E213p-37))))))))) , l_3973[0][7]);
                    for (l_3944 = 0; (l_3944 <= 8); l_3944++)
                    { /* block id: 1576 */
                        struct S0 **l_3978[1][9][1] = {{{(void*)0},{(void*)0},{&l_3843},{(void*)0},{(void*)0},{&l_3843},{(void*)0},{&l_3843},{&l_3844}}};
                        int i, j, k;
                        (*l_3849) = (safe_div_func_int64_t_s_s((*l_3849), g_802));
                        (****g_1347) = l_3972;
                        l_3979[5] = l_3844;
                    }
                    if (l_3927)
                    { /* block id: 1581 */
                        int8_t *l_3985 = &g_881;
                        float **l_3989 = &l_3988;
                        (*l_3849) = (safe_div_func_int16_t_s_s(((((((*l_3947) = (*l_3849)) , ((*l_3803) = ((safe_mod_func_uint8_t_u_u(p_14, ((l_3924[2][2] |= ((((*l_3985) = (p_14 && p_14)) || (((~p_14) , l_3806) != ((*l_3989) = (l_3987 , l_3988)))) == (p_14 == 65534UL))) ^ 0xF9226DB3L))) <= l_3874[7][0][4]))) , l_3801[3].f1) && 0x6A140D23CFFEDC52LL) < 0xCAE3L), p_14));
                        if (p_14)
                            break;
                        (*l_3947) = (*l_3947);
                        return l_3954[2][1];
                    }
                    else
                    { /* block id: 1591 */
                        float *l_3991 = &g_986[2][1];
                        (*l_3991) = ((*l_3972) = 0x4.CF08A6p-64);
                    }
                }
                else
                { /* block id: 1595 */
                    uint8_t ***l_4001[10] = {&g_1834,&g_1834,&l_3973[0][7],&g_1834,&g_1834,&l_3973[0][7],&g_1834,&g_1834,&l_3973[0][7],&g_1834};
                    uint8_t ****l_4000[8];
                    int32_t l_4009[10] = {0x0665CC6CL,0x0665CC6CL,0x0665CC6CL,0x0665CC6CL,0x0665CC6CL,0x0665CC6CL,0x0665CC6CL,0x0665CC6CL,0x0665CC6CL,0x0665CC6CL};
                    int i;
                    for (i = 0; i < 8; i++)
                        l_4000[i] = &l_4001[7];
                    for (g_804 = 0; (g_804 >= 0); g_804 -= 1)
                    { /* block id: 1598 */
                        int i;
                        (*l_3947) = ((safe_lshift_func_uint16_t_u_s(((-1L) & (safe_lshift_func_uint16_t_u_s(g_524[g_804], 7))), (safe_add_func_uint32_t_u_u(((*l_3806) = (+((p_14 , l_3999) == l_4000[6]))), ((((p_14 == ((safe_add_func_int64_t_s_s((safe_add_func_uint32_t_u_u((safe_div_func_uint64_t_u_u((l_4009[2] = (0UL || ((void*)0 != l_4008[4][3][0]))), g_524[g_804])), 0x45997FE0L)), (-1L))) > p_14)) , 0xA51DF891L) | 0UL) > 0x81B0DCACL))))) <= p_14);
                    }
                    (**g_1707) = &l_3809;
                    for (g_806 = (-22); (g_806 >= (-27)); g_806 = safe_sub_func_int8_t_s_s(g_806, 1))
                    { /* block id: 1606 */
                        int32_t * const l_4012 = &g_995[0];
                        int32_t **l_4013 = &l_3947;
                        (*l_4013) = ((*l_3947) , l_4012);
                    }
                }
                (*l_3849) = (safe_add_func_uint32_t_u_u((safe_div_func_int32_t_s_s(((l_3924[1][1] && (safe_lshift_func_uint8_t_u_u(p_14, 2))) , (safe_rshift_func_int16_t_s_s(((((safe_sub_func_int32_t_s_s((l_3887 |= (+((g_1362 |= (((*l_3806) = ((+((safe_add_func_uint16_t_u_u(((*l_3844) , ((*l_3803) = ((safe_rshift_func_uint16_t_u_u((((((*l_3849) , p_14) != (safe_sub_func_float_f_f((0x1.1p-1 < ((((((*l_3849) & ((*l_4038) = (((l_3924[0][1] &= ((*l_3843) , (l_4032 == l_4033))) < p_14) != p_14))) & p_14) , (*l_3849)) < 0x1.27413Bp+94) >= (*l_3849))), 0x7.64A387p-58))) , l_3801[3].f1) > p_14), l_3801[3].f0)) == p_14))), p_14)) == p_14)) >= l_3801[3].f5)) , g_91.f5)) <= (*l_3849)))), (*l_3849))) >= (*l_3849)) ^ l_3954[3][0]) , 0x6AF5L), p_14))), p_14)), p_14));
                (*l_3849) ^= (-2L);
            }
            for (g_1715 = 0; (g_1715 < 17); ++g_1715)
            { /* block id: 1621 */
                l_4042 = l_4032;
                for (g_58 = 0; (g_58 < 21); g_58++)
                { /* block id: 1625 */
                    int32_t l_4045 = 1L;
                    return l_4045;
                }
            }
            for (g_829 = 0; (g_829 == 11); g_829 = safe_add_func_uint32_t_u_u(g_829, 8))
            { /* block id: 1631 */
                (**g_1707) = &l_3924[0][1];
                if ((*l_3849))
                    break;
            }
        }
        if ((+(((safe_div_func_int32_t_s_s(l_3924[0][1], l_3874[7][0][4])) >= ((((*l_4051) = ((**g_590) = (void*)0)) == &p_14) || ((*l_3803) = p_14))) & (**g_1834))))
        { /* block id: 1639 */
            int8_t l_4056 = 1L;
            uint32_t ***l_4068 = (void*)0;
            uint32_t ****l_4067 = &l_4068;
            uint32_t *****l_4066[2][5] = {{&l_4067,&l_4067,&l_4067,&l_4067,&l_4067},{&l_4067,&l_4067,&l_4067,&l_4067,&l_4067}};
            int32_t l_4073 = 1L;
            int i, j;
            if (g_310.f0)
                goto lbl_4053;
            for (l_3887 = 0; (l_3887 <= 7); ++l_3887)
            { /* block id: 1643 */
                int32_t l_4057 = (-1L);
                uint32_t *****l_4086 = &l_4084;
                int32_t l_4087[1][9] = {{0xE26F4D49L,0xE26F4D49L,0xE26F4D49L,0xE26F4D49L,0xE26F4D49L,0xE26F4D49L,0xE26F4D49L,0xE26F4D49L,0xE26F4D49L}};
                int i, j;
                if (l_4056)
                    break;
                l_4087[0][0] = (l_4057 , (safe_lshift_func_int16_t_s_u((safe_add_func_uint32_t_u_u((safe_div_func_int8_t_s_s(l_3809, ((((safe_mul_func_int16_t_s_s((((l_4057 = (l_4066[0][4] == (l_4086 = ((l_4056 && (safe_add_func_int32_t_s_s((((((**g_1834)++) || (l_3924[0][1] &= (l_4073 ^= p_14))) , (l_4057 , (safe_mul_func_int16_t_s_s((safe_lshift_func_int8_t_s_s((safe_add_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((l_4082 >= (-4L)), l_4056)), 0xEE69L)), p_14)), 0x1AF8L)))) ^ 1L), l_4082))) , l_4083[0])))) >= 0xE794L) , (-10L)), l_3887)) , p_14) | p_14) , 1L))), 0x5B9BC7ACL)), 4)));
            }
            for (g_2221 = 0; (g_2221 <= 1); g_2221 += 1)
            { /* block id: 1654 */
                if (p_14)
                    break;
                for (g_593 = 1; (g_593 >= 0); g_593 -= 1)
                { /* block id: 1658 */
                    return l_3809;
                }
            }
        }
        else
        { /* block id: 1662 */
            uint8_t l_4088 = 0x16L;
            int32_t l_4089 = 0x5553AE3EL;
            int32_t l_4092 = 1L;
            int32_t l_4093 = 1L;
            uint8_t l_4095 = 8UL;
            int32_t *l_4100 = &l_4094[0];
            int32_t l_4120 = 1L;
            int32_t l_4122 = 0L;
            struct S0 l_4149[8] = {{80,13,-31,54,2,10},{80,13,-31,54,2,10},{86,0,-14,59,3,3},{80,13,-31,54,2,10},{80,13,-31,54,2,10},{86,0,-14,59,3,3},{80,13,-31,54,2,10},{80,13,-31,54,2,10}};
            int i;
            if (l_4088)
            { /* block id: 1663 */
                int32_t *l_4090 = &l_3924[1][0];
                int32_t *l_4091[8][5] = {{&l_3924[0][1],&l_3927,&l_3924[0][1],&l_3924[0][1],&l_3927},{&l_3927,&l_3924[0][1],&l_3924[0][1],&l_3927,&l_3924[0][1]},{&l_3927,&l_3927,&l_3887,&l_3927,&l_3927},{&l_3924[0][1],&l_3927,&l_3924[0][1],&l_3924[0][1],&l_3927},{&l_3927,&l_3924[0][1],&l_3924[0][1],&l_3927,&l_3924[0][1]},{&l_3927,&l_3927,&l_3887,&l_3927,&l_3927},{&l_3924[0][1],&l_3927,&l_3924[0][1],&l_3924[0][1],&l_3927},{&l_3927,&l_3924[0][1],&l_3924[0][1],&l_3927,&l_3924[0][1]}};
                int i, j;
                l_4095++;
            }
            else
            { /* block id: 1665 */
                uint16_t *l_4104 = &g_2502;
                int32_t l_4111 = 1L;
                int32_t l_4121 = 0x2D22B39FL;
                int32_t l_4123 = 0L;
                struct S0 ***l_4189[9] = {(void*)0,(void*)0,&g_858[2],(void*)0,(void*)0,&g_858[2],(void*)0,(void*)0,&g_858[2]};
                int i;
                for (g_655 = 0; (g_655 < 6); ++g_655)
                { /* block id: 1668 */
                    int32_t *l_4101 = (void*)0;
                    uint16_t *l_4105 = &g_620;
                    for (g_1715 = 0; g_1715 < 3; g_1715 += 1)
                    {
                        for (l_4089 = 0; l_4089 < 4; l_4089 += 1)
                        {
                            for (g_1362 = 0; g_1362 < 4; g_1362 += 1)
                            {
                                g_1754[g_1715][l_4089][g_1362] = &g_590;
                            }
                        }
                    }
                    l_4111 |= (((l_4101 = (l_4100 = &l_4094[1])) == &l_3809) > ((safe_sub_func_int16_t_s_s((l_4104 != l_4105), p_14)) || (safe_sub_func_uint8_t_u_u((0x88L || (safe_unary_minus_func_uint64_t_u(((safe_rshift_func_int8_t_s_s(p_14, 1)) || l_3954[3][2])))), l_3822))));
                    (***g_1348) = &l_3927;
                }
                for (g_33 = 17; (g_33 != 8); --g_33)
                { /* block id: 1677 */
                    uint16_t l_4114 = 0xE280L;
                    int32_t l_4115 = 0x5AC0F0F7L;
                    int32_t l_4118[7][4][9] = {{{(-3L),1L,1L,(-3L),0xD7EF3E91L,(-3L),1L,1L,(-3L)},{1L,(-1L),(-1L),(-1L),1L,0x827E2115L,0xA487F55FL,0x5929AE54L,0xA487F55FL},{1L,0xD7EF3E91L,0L,0L,0xD7EF3E91L,1L,0xD7EF3E91L,0L,0L},{1L,0x827E2115L,0xA487F55FL,0x5929AE54L,0xA487F55FL,0x827E2115L,1L,(-1L),(-1L)}},{{(-3L),0xD7EF3E91L,(-3L),1L,1L,(-3L),0xD7EF3E91L,(-3L),1L},{0x99F7AF07L,(-1L),0xA487F55FL,(-2L),0xA6C1F5C1L,(-2L),0xA487F55FL,(-1L),0x99F7AF07L},{(-1L),1L,0L,1L,(-1L),(-1L),1L,0L,1L},{0xA487F55FL,0L,(-1L),0x5929AE54L,0xA6C1F5C1L,(-1L),0xA6C1F5C1L,0x5929AE54L,(-1L)}},{{(-1L),(-1L),1L,0L,1L,(-1L),(-1L),1L,0L},{0x99F7AF07L,0L,0x99F7AF07L,(-1L),0xA487F55FL,(-2L),0xA6C1F5C1L,(-2L),0xA487F55FL},{(-3L),1L,(-3L),0L,(-1L),0L,(-3L),(-3L),0L},{0xA487F55FL,(-2L),0xA6C1F5C1L,(-2L),0xA487F55FL,(-1L),0x99F7AF07L,0L,0x99F7AF07L}},{{(-3L),(-1L),0xD7EF3E91L,0xD7EF3E91L,(-1L),(-3L),(-1L),0xD7EF3E91L,0xD7EF3E91L},{0xA487F55FL,(-1L),0x99F7AF07L,0L,0x99F7AF07L,(-1L),0xA487F55FL,(-2L),0xA6C1F5C1L},{0L,(-1L),0L,(-3L),(-3L),0L,(-1L),0L,(-3L)},{(-1L),(-2L),0x99F7AF07L,0x5929AE54L,1L,0x5929AE54L,0x99F7AF07L,(-2L),(-1L)}},{{1L,(-3L),0xD7EF3E91L,(-3L),1L,1L,(-3L),0xD7EF3E91L,(-3L)},{0x99F7AF07L,0x827E2115L,0xA6C1F5C1L,0L,1L,(-2L),1L,0L,0xA6C1F5C1L},{1L,1L,(-3L),0xD7EF3E91L,(-3L),1L,1L,(-3L),0xD7EF3E91L},{(-1L),0x827E2115L,(-1L),(-2L),0x99F7AF07L,0x5929AE54L,1L,0x5929AE54L,0x99F7AF07L}},{{0L,(-3L),(-3L),0L,(-1L),0L,(-3L),(-3L),0L},{0xA487F55FL,(-2L),0xA6C1F5C1L,(-2L),0xA487F55FL,(-1L),0x99F7AF07L,0L,0x99F7AF07L},{(-3L),(-1L),0xD7EF3E91L,0xD7EF3E91L,(-1L),(-3L),(-1L),0xD7EF3E91L,0xD7EF3E91L},{0xA487F55FL,(-1L),0x99F7AF07L,0L,0x99F7AF07L,(-1L),0xA487F55FL,(-2L),0xA6C1F5C1L}},{{0L,(-1L),0L,(-3L),(-3L),0L,(-1L),0L,(-3L)},{(-1L),(-2L),0x99F7AF07L,0x5929AE54L,1L,0x5929AE54L,0x99F7AF07L,(-2L),(-1L)},{1L,(-3L),0xD7EF3E91L,(-3L),1L,1L,(-3L),0xD7EF3E91L,(-3L)},{0x99F7AF07L,0x827E2115L,0xA6C1F5C1L,0L,1L,(-2L),1L,0L,0xA6C1F5C1L}}};
                    int32_t *l_4128[1];
                    float *l_4129 = &g_989[0];
                    uint8_t l_4148 = 0x69L;
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                        l_4128[i] = &l_4092;
                    for (g_806 = 0; (g_806 >= 0); g_806 -= 1)
                    { /* block id: 1680 */
                        int32_t *l_4116 = (void*)0;
                        int32_t *l_4117[7] = {&g_1922,&g_1922,&g_1922,&g_1922,&g_1922,&g_1922,&g_1922};
                        int i;
                        l_4114 = l_3927;
                        l_4124--;
                        (*l_4100) |= l_4127;
                        l_4128[0] = ((***g_1348) = &l_4093);
                    }
                    (*l_4129) = (-0x1.Bp-1);
                    l_4148 = ((*l_4100) = (((++(*l_3917)) , p_14) != (safe_add_func_int64_t_s_s((&p_14 != (void*)0), (safe_div_func_int32_t_s_s((safe_mul_func_uint16_t_u_u(((*l_3803)++), ((safe_lshift_func_uint8_t_u_u((safe_unary_minus_func_int8_t_s(((void*)0 == (*g_2574)))), 7)) & (safe_add_func_uint32_t_u_u(((((safe_div_func_uint16_t_u_u(((!0x3000L) && ((((*l_4100) , (void*)0) == (void*)0) == 65535UL)), p_14)) ^ 4L) < 0x3DD4L) , 4UL), p_14))))), 0x3F24AD34L))))));
                }
                for (l_4120 = 2; (l_4120 >= 0); l_4120 -= 1)
                { /* block id: 1695 */
                    const uint32_t ****l_4151[10][10][2] = {{{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201}},{{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201}},{{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201}},{{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201}},{{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201}},{{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201}},{{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201}},{{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201}},{{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201}},{{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201},{&g_2201,&g_2201}}};
                    const uint32_t *****l_4150[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    int64_t *l_4152 = &g_3621;
                    int16_t *l_4153 = &g_2197;
                    const int32_t **l_4154 = (void*)0;
                    const int32_t *l_4156 = &g_4157;
                    const int32_t **l_4155[3][6] = {{&l_4156,&l_4156,&l_4156,&l_4156,&l_4156,&l_4156},{&l_4156,&l_4156,&l_4156,&l_4156,&l_4156,&l_4156},{&l_4156,&l_4156,&l_4156,&l_4156,&l_4156,&l_4156}};
                    const struct S0 *****l_4185 = &l_4184;
                    uint64_t l_4190 = 0xB5BD91D25B78AFFBLL;
                    int i, j, k;
                    for (l_4089 = 2; (l_4089 >= 0); l_4089 -= 1)
                    { /* block id: 1698 */
                        int i;
                        (**g_883) = &l_4094[l_4089];
                        (****g_1348) = g_656[l_4089];
                    }
                    g_4160 = ((l_4149[2] , ((*l_4152) = ((void*)0 != l_4150[3]))) , (((*l_4153) = (*l_4100)) , (g_4158 = &l_3927)));
                    l_4093 ^= ((safe_div_func_int64_t_s_s(((0xAFL >= (safe_mod_func_int64_t_s_s((-4L), (safe_lshift_func_int16_t_s_s(((*l_4153) ^= 0x11C8L), (l_3924[1][2] = (~((!(((safe_sub_func_uint64_t_u_u(((-10L) > ((safe_lshift_func_uint8_t_u_s((&g_858[3] != (((((((safe_add_func_int16_t_s_s(((((((l_4177 | ((((*l_4185) = ((((p_14 && l_4178[3]) < (safe_sub_func_int32_t_s_s((safe_lshift_func_uint16_t_u_u((!(p_14 ^ 0UL)), 4)), (*l_4100)))) && (*l_4156)) , l_4184)) == l_4186) < l_3954[6][1])) >= (*l_4100)) != 0xC3C6098E4303A87ALL) == l_4187) > p_14) > p_14), l_3874[3][0][3])) | l_3801[3].f2) != l_3801[3].f3) || l_4123) || 0xECL) , l_4188) , l_4189[5])), 5)) && p_14)), l_3924[2][1])) & 0x0E39696FL) != 0x383046F0L)) , l_4111)))))))) <= (-5L)), (*l_4100))) <= l_4190);
                    for (l_4111 = 0; (l_4111 <= 2); l_4111 += 1)
                    { /* block id: 1712 */
                        if (l_4177)
                            break;
                    }
                }
            }
        }
        l_4094[2] = ((safe_div_func_int16_t_s_s(((p_14 , (((*l_3803) &= ((((l_3801[3].f2 = (safe_mul_func_int8_t_s_s((safe_add_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u((((l_3924[0][1] = (safe_mul_func_int8_t_s_s((((safe_lshift_func_int16_t_s_s((-4L), 8)) || ((l_3927 <= p_14) ^ (((l_4203 != (((((g_310.f5 != (-3L)) >= ((((safe_mul_func_uint8_t_u_u((0x54E6FB78L < p_14), p_14)) || l_3924[0][1]) & l_3874[5][0][0]) , 0x0BBED0C3CD58B4C3LL)) , (void*)0) == &l_4052) , (void*)0)) || p_14) > 0x34L))) < p_14), 0x51L))) , (*g_883)) == l_4206), 0xD5B1L)), 0x393CL)), l_3822))) == p_14) , (-1L)) > l_3801[3].f0)) || p_14)) | l_4208), p_14)) == p_14);
        for (g_2813 = 0; (g_2813 <= (-26)); g_2813 = safe_sub_func_uint64_t_u_u(g_2813, 7))
        { /* block id: 1724 */
            struct S0 l_4237 = {171,11,5,11,3,12};
            float *l_4250 = &g_160[1][1][0];
            float *l_4251 = &g_3679;
            int16_t ****l_4255 = &g_2143;
            int32_t l_4257 = 0xB1C588A1L;
            l_4257 &= ((safe_div_func_int64_t_s_s((safe_add_func_int64_t_s_s((safe_add_func_int64_t_s_s(((safe_rshift_func_int8_t_s_s(((((*l_4255) = (((safe_lshift_func_uint8_t_u_s(l_4221, 4)) > (safe_rshift_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_u((safe_div_func_uint64_t_u_u(((-1L) > (18446744073709551615UL ^ ((((!(safe_sub_func_int16_t_s_s(((safe_lshift_func_int8_t_s_s((safe_add_func_uint64_t_u_u((((safe_mul_func_uint8_t_u_u(((3L || (l_4237 , (((safe_lshift_func_int16_t_s_s((((((void*)0 == l_3971) != ((safe_sub_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s((((safe_add_func_float_f_f((((*l_4251) = ((l_4177 , (safe_add_func_float_f_f(((*l_4250) = ((safe_mul_func_float_f_f(g_524[0], g_33)) != 0x0.4p+1)), 0x9.3A554Ep+43))) > (-0x10.Fp-1))) == (-0x1.2p-1)), 0x7.919658p-85)) < p_14) , p_14), 4)), p_14)) <= p_14)) , 0xD3D68CCFB516216BLL) , l_4237.f1), l_4252)) | 18446744073709551615UL) == 4294967295UL))) | 0xBDCFL), p_14)) == p_14) , p_14), g_3608.f2)), g_543)) , l_4253), 0x4B5FL))) > p_14) || p_14) == p_14))), g_310.f2)), 3)) , p_14), p_14))) , l_4254[7])) == l_4254[7]) && 0x6637B2EF2B850E22LL), 4)) != 0xCD019BD93DACB366LL), g_4256)), 0x34002F428BE6AE31LL)), l_4237.f0)) || p_14);
        }
    }
    else
    { /* block id: 1730 */
        int16_t l_4280 = 3L;
        int32_t * const l_4283 = &l_4094[0];
        int32_t **l_4284 = &g_2855;
        int32_t *l_4301[5][7] = {{&l_4094[1],&g_995[0],(void*)0,&g_58,&g_58,(void*)0,&g_995[0]},{(void*)0,&g_58,&l_3927,(void*)0,(void*)0,&l_3927,&g_58},{&l_4094[1],&g_995[0],(void*)0,&g_58,&g_58,(void*)0,&g_995[0]},{(void*)0,&g_58,&l_3927,(void*)0,(void*)0,&l_3927,&g_58},{&l_4094[1],&g_995[0],(void*)0,&g_58,&g_58,(void*)0,&g_995[0]}};
        int i, j;
lbl_4285:
        for (g_805 = 12; (g_805 < 26); g_805 = safe_add_func_uint8_t_u_u(g_805, 9))
        { /* block id: 1733 */
            int32_t l_4260 = 0x6E1DD7DEL;
            struct S0 l_4270 = {127,10,13,36,2,14};
            int16_t *l_4275 = &g_805;
            int16_t * const *l_4274 = &l_4275;
            int16_t * const **l_4273 = &l_4274;
            for (g_804 = 3; (g_804 >= 0); g_804 -= 1)
            { /* block id: 1736 */
                uint64_t l_4261 = 0x2C524B45416FC7B3LL;
                int16_t ****l_4277 = (void*)0;
                int16_t ****l_4278 = &l_4254[7];
                float *l_4282 = &g_55;
                --l_4261;
                (*l_4282) = (((((safe_mul_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(((safe_lshift_func_uint8_t_u_u(((l_4270 , 0xBEF20E5CL) , (safe_lshift_func_uint8_t_u_s(((((0xF8L ^ p_14) != ((l_4273 != ((*l_4278) = l_4276)) || ((~((l_4261 >= ((2UL > ((0xE8L & p_14) && l_4261)) || l_4280)) >= p_14)) , 18446744073709551613UL))) , g_538) & l_4280), l_4281[4]))), 2)) >= (**g_1834)), p_14)), g_3278)) && 0xCEL) , g_2221) <= p_14) , g_620);
                if (p_14)
                    continue;
                for (g_593 = 3; (g_593 >= 0); g_593 -= 1)
                { /* block id: 1743 */
                    return p_14;
                }
            }
        }
        (*l_4284) = l_4283;
        if (g_829)
            goto lbl_4285;
        g_3980.f2 &= (safe_rshift_func_uint8_t_u_u(((-1L) > (safe_mod_func_int16_t_s_s((**l_4206), (safe_mod_func_uint64_t_u_u(((**l_4206) > ((safe_add_func_uint64_t_u_u((l_4294[1] , (*l_4283)), ((0xED02L || ((safe_mod_func_int16_t_s_s((l_3801[3].f1 = (safe_sub_func_uint16_t_u_u(((((0x223FFACCL ^ (**l_4284)) | (safe_sub_func_int16_t_s_s(((void*)0 == (*g_946)), 0x617EL))) == (**l_4206)) <= 0UL), 0x37A7L))), p_14)) == p_14)) | 0L))) , 18446744073709551613UL)), p_14))))), 4));
    }
    for (g_302 = 0; (g_302 < 2); g_302 = safe_add_func_uint64_t_u_u(g_302, 4))
    { /* block id: 1755 */
        int8_t l_4317 = 1L;
        uint32_t l_4324[2][10] = {{18446744073709551607UL,0UL,18446744073709551607UL,0UL,18446744073709551607UL,0UL,18446744073709551607UL,0UL,18446744073709551607UL,0UL},{18446744073709551607UL,0UL,18446744073709551607UL,0UL,18446744073709551607UL,0UL,18446744073709551607UL,0UL,18446744073709551607UL,0UL}};
        uint64_t *l_4325 = &g_796[6];
        int8_t *l_4326 = &l_4221;
        float *l_4327 = &g_986[3][0];
        uint16_t ****l_4331 = &g_3068;
        uint32_t *** const *l_4344 = &g_946;
        int32_t l_4346 = 0xC8F8EF31L;
        int i, j;
        l_3927 &= ((0xBD94B835A901E66CLL && (p_14 ^ ((safe_unary_minus_func_int8_t_s(1L)) , (g_654 = (safe_sub_func_uint64_t_u_u((((*l_4326) = (((**g_1834) = (((safe_rshift_func_int16_t_s_s((safe_rshift_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s((0UL < (safe_mod_func_uint8_t_u_u(((safe_add_func_uint16_t_u_u(l_4317, ((safe_sub_func_uint8_t_u_u(p_14, ((safe_mod_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_u(p_14, l_4324[1][4])) , (((*l_4325) = 8UL) & 1L)), p_14)) , l_4317))) , l_4317))) || p_14), p_14))), 5)), 12)), 14)) >= 0x0A37B67DC3FD8FF7LL) >= p_14)) > l_4324[0][8])) ^ p_14), l_4324[1][4])))))) <= l_4324[1][4]);
        (*l_4327) = g_543;
        for (l_4119 = 0; (l_4119 < 5); l_4119++)
        { /* block id: 1764 */
            struct S0 l_4330 = {95,-4,-4,15,2,9};
            l_4330.f2 = (0x1DL >= ((l_4330 , (*g_3066)) != l_4331));
            l_4330.f1 &= (safe_sub_func_uint32_t_u_u((l_4334[0][2][2] | ((!p_14) & p_14)), (l_4345 ^= (safe_div_func_uint8_t_u_u((((safe_lshift_func_uint8_t_u_s(0xD1L, 0)) && (((**l_3838) = (**l_3838)) != (void*)0)) >= (++(*l_3806))), ((((l_4330.f2 = (((*l_4326) = ((void*)0 == l_4344)) | (l_4330.f3 != 65535UL))) || (-7L)) == l_4324[1][9]) , 254UL))))));
            l_4346 &= p_14;
        }
    }
    (*l_4391) |= (safe_mod_func_int8_t_s_s(((*l_3838) != ((safe_lshift_func_uint16_t_u_u(0x839EL, (safe_lshift_func_uint16_t_u_s(l_3801[3].f5, ((safe_lshift_func_int16_t_s_u((l_4094[0] ^= ((safe_add_func_int8_t_s_s((safe_mod_func_int16_t_s_s((safe_add_func_uint32_t_u_u(p_14, ((safe_div_func_int32_t_s_s((safe_mul_func_uint16_t_u_u(65535UL, (safe_rshift_func_uint16_t_u_s(((g_4372 = l_4367) == (l_4377 = l_4377)), (safe_rshift_func_int16_t_s_s(((p_14 || ((safe_lshift_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((safe_mod_func_uint32_t_u_u((p_14 , p_14), l_4119)) != 0L), 0L)), p_14)) <= 3L)) , l_4386[0][2]), p_14)))))), 0x5B6ABBCFL)) >= p_14))), p_14)), p_14)) , l_4388)), p_14)) , p_14))))) , l_4389[8])), p_14));
    (*l_4392) = ((*l_4367) != (*g_1753));
    return p_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_3068 g_2872 g_2576 g_338 g_543 g_2855 g_995 g_881 g_807 g_2197 g_140 g_1834 g_1835 g_1825 g_3415 g_883 g_884 g_1707 g_1708 g_872 g_3327 g_604 g_654 g_1922 g_3269 g_3270 g_542 g_593 g_310.f1 g_524 g_590 g_591 g_871 g_226 g_655 g_656 g_91.f5 g_1985 g_1705 g_1706 g_166 g_3689 g_124 g_3243 g_91.f2 g_1029 g_3608.f4 g_91.f1 g_2813 g_592 g_796
 * writes: g_338 g_796 g_995 g_881 g_2197 g_1825 g_807 g_140 g_200 g_124 g_1922 g_872 g_2855 g_3327 g_1715 g_160 g_781 g_301 g_805 g_716 g_543 g_2872 g_3644 g_166 g_2071 g_986 g_1029 g_3269 g_2813
 */
static int64_t * func_16(uint32_t  p_17)
{ /* block id: 1302 */
    uint16_t ****l_3336 = &g_3068;
    int32_t l_3337 = 0xB7BBD24FL;
    uint16_t *l_3340[2];
    const struct S0 l_3341 = {81,12,4,23,3,14};
    int32_t l_3345[7] = {0x398CF09BL,0x398CF09BL,0x398CF09BL,0x398CF09BL,0x398CF09BL,0x398CF09BL,0x398CF09BL};
    uint64_t l_3346 = 1UL;
    uint32_t l_3374 = 0x115041E7L;
    int64_t **** const *l_3380 = &g_1754[1][2][0];
    int8_t *l_3423 = (void*)0;
    int8_t **l_3422[1][8][4] = {{{&l_3423,&l_3423,&l_3423,&l_3423},{&l_3423,&l_3423,&l_3423,&l_3423},{&l_3423,&l_3423,&l_3423,&l_3423},{&l_3423,&l_3423,&l_3423,&l_3423},{&l_3423,&l_3423,&l_3423,&l_3423},{&l_3423,&l_3423,&l_3423,&l_3423},{&l_3423,&l_3423,&l_3423,&l_3423},{&l_3423,&l_3423,&l_3423,&l_3423}}};
    int32_t ****l_3457[10];
    int16_t *l_3465 = (void*)0;
    int16_t ** const l_3464 = &l_3465;
    int64_t l_3521 = 0x02A160F3704B97EFLL;
    uint32_t l_3522[8][1] = {{0x52264922L},{0xDBDEC102L},{0x52264922L},{0xDBDEC102L},{0x52264922L},{0xDBDEC102L},{0x52264922L},{0xDBDEC102L}};
    int32_t **l_3586 = &g_3270;
    uint32_t ** const *l_3604 = (void*)0;
    uint32_t ** const **l_3603[4][2];
    uint32_t ** const ***l_3602 = &l_3603[1][0];
    struct S0 *l_3607 = &g_3608;
    float l_3613[2];
    int32_t l_3692 = 0x29B21FEBL;
    int64_t l_3738 = 2L;
    int32_t l_3789[3][2][3] = {{{0xBBA6245BL,0x1CEA2CC5L,0x1CEA2CC5L},{(-3L),(-2L),(-3L)}},{{0xBBA6245BL,0xBBA6245BL,0x1CEA2CC5L},{0x0A74D561L,(-2L),0x0A74D561L}},{{0xBBA6245BL,0x1CEA2CC5L,0x1CEA2CC5L},{(-3L),(-2L),(-3L)}}};
    uint8_t ****l_3790 = (void*)0;
    uint64_t l_3792 = 9UL;
    float *l_3796[7][8][2] = {{{(void*)0,(void*)0},{(void*)0,&l_3613[0]},{&g_160[0][0][0],&l_3613[0]},{(void*)0,(void*)0},{(void*)0,&g_989[1]},{&g_3344,&g_716},{&g_301,&g_160[7][1][1]},{&g_160[0][0][0],&g_3344}},{{&g_989[0],&g_989[1]},{&g_989[1],&g_989[1]},{&g_301,&g_989[0]},{&g_160[5][0][0],&g_716},{&g_160[0][0][0],&l_3613[0]},{(void*)0,&g_160[0][0][0]},{&g_160[2][1][1],&g_989[1]},{&g_160[2][1][1],&g_160[0][0][0]}},{{(void*)0,&l_3613[0]},{&g_160[0][0][0],&g_716},{&g_160[5][0][0],&g_989[0]},{&g_301,&g_989[1]},{&g_989[1],&g_989[1]},{&g_989[0],&g_3344},{&g_160[0][0][0],&g_160[7][1][1]},{&g_301,&g_716}},{{&g_3344,&g_989[1]},{(void*)0,(void*)0},{(void*)0,&l_3613[0]},{&g_160[0][0][0],&l_3613[0]},{(void*)0,(void*)0},{(void*)0,&g_989[1]},{&g_3344,&g_160[5][0][0]},{&g_301,&g_301}},{{(void*)0,&g_989[1]},{&g_3344,&g_989[0]},{&g_160[0][0][0],&g_160[0][0][0]},{&g_989[0],&g_301},{&g_160[3][0][0],&g_3344},{(void*)0,(void*)0},{&g_986[1][2],(void*)0},{(void*)0,&g_160[0][0][0]}},{{(void*)0,(void*)0},{&g_986[1][2],(void*)0},{(void*)0,&g_3344},{&g_160[3][0][0],&g_301},{&g_989[0],&g_160[0][0][0]},{&g_160[0][0][0],&g_989[0]},{&g_3344,&g_989[1]},{(void*)0,&g_301}},{{&g_301,&g_160[5][0][0]},{&g_989[1],&g_160[0][0][0]},{&g_716,(void*)0},{&g_989[0],&g_160[2][1][1]},{(void*)0,&g_160[2][1][1]},{&g_989[0],(void*)0},{&g_716,&g_160[0][0][0]},{&g_989[1],&g_160[5][0][0]}}};
    int32_t *l_3797[10][7][1] = {{{&l_3692},{&l_3337},{&l_3692},{&l_3692},{&l_3345[4]},{(void*)0},{&g_58}},{{&l_3345[6]},{&g_3327},{&l_3345[6]},{&g_58},{(void*)0},{&l_3345[4]},{&l_3692}},{{&l_3692},{&l_3337},{&l_3692},{&l_3337},{&g_58},{&l_3345[5]},{&l_3345[5]}},{{&g_58},{&l_3337},{&l_3692},{&l_3337},{&l_3692},{&l_3692},{&l_3345[4]}},{{(void*)0},{&g_58},{&l_3345[6]},{&g_3327},{&l_3345[6]},{&g_58},{(void*)0}},{{&l_3345[4]},{&l_3692},{&l_3692},{&l_3337},{&l_3692},{&l_3337},{&g_58}},{{&l_3345[5]},{&l_3345[5]},{&g_58},{&l_3337},{&l_3692},{&l_3337},{&l_3692}},{{&l_3692},{&l_3345[4]},{(void*)0},{&g_58},{&l_3345[6]},{&g_3327},{&l_3345[6]}},{{&g_58},{(void*)0},{&l_3345[4]},{&l_3692},{&l_3692},{&l_3337},{&l_3692}},{{&l_3337},{&g_58},{&l_3345[5]},{&l_3345[5]},{&g_58},{&l_3337},{&l_3692}}};
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_3340[i] = &g_288[3][0][0];
    for (i = 0; i < 10; i++)
        l_3457[i] = &g_883;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
            l_3603[i][j] = &l_3604;
    }
    for (i = 0; i < 2; i++)
        l_3613[i] = 0x4.83C269p+70;
lbl_3357:
    l_3337 |= (!(l_3336 != (void*)0));
    if ((0xD686E015L && (p_17 , (safe_sub_func_uint32_t_u_u((((((***l_3336) != (l_3340[0] = (***l_3336))) , l_3341) , (safe_rshift_func_uint16_t_u_s((l_3346++), 8))) < (((safe_mul_func_int8_t_s_s((0x60L | (safe_mul_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(((safe_mod_func_uint8_t_u_u(l_3341.f3, (l_3341 , ((4294967295UL != l_3341.f4) && 0xE9F48CCF822BE273LL)))) , p_17), l_3345[6])), 0x32L))), 0xEDL)) <= l_3341.f5) > l_3337)), 0L)))))
    { /* block id: 1306 */
        uint32_t l_3377[8][4][6] = {{{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L},{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L}},{{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L},{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L}},{{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L},{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L}},{{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L},{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L}},{{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L},{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L}},{{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L},{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L}},{{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L},{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L}},{{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L},{0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L,18446744073709551615UL},{0xB535B183L,0xB535B183L,18446744073709551615UL,18446744073709551615UL,0xB535B183L,0xB535B183L}}};
        int32_t l_3378 = 0xB6A460D0L;
        int i, j, k;
        if (l_3346)
            goto lbl_3357;
        for (g_338 = 0; (g_338 != 26); ++g_338)
        { /* block id: 1310 */
            uint8_t l_3371 = 0xB8L;
            uint64_t *l_3379[7][4] = {{(void*)0,&g_1362,&g_1362,(void*)0},{&g_1362,(void*)0,(void*)0,&g_543},{&g_1362,(void*)0,&g_1362,&g_656[1]},{(void*)0,&g_543,&g_656[1],&g_656[1]},{(void*)0,(void*)0,&l_3346,&g_543},{&g_543,(void*)0,&l_3346,(void*)0},{(void*)0,&g_1362,&g_656[1],&l_3346}};
            int i, j;
            (*g_2855) ^= (safe_div_func_uint64_t_u_u((g_796[7] = (safe_sub_func_uint64_t_u_u((safe_lshift_func_int16_t_s_u((~0x34591BD7L), 8)), ((((p_17 != p_17) , 6UL) || ((safe_sub_func_int16_t_s_s((safe_sub_func_int8_t_s_s(((l_3371 >= (l_3378 = (((safe_sub_func_int32_t_s_s(((l_3374 <= (p_17 , (-1L))) , (safe_lshift_func_int16_t_s_s((6UL | 1L), l_3377[6][2][3]))), l_3377[6][2][3])) || p_17) >= (-2L)))) | l_3346), g_543)), 0xD0E7L)) >= p_17)) != 18446744073709551615UL)))), l_3341.f0));
        }
    }
    else
    { /* block id: 1315 */
        uint16_t l_3383 = 0x52FAL;
        const int32_t l_3411 = (-1L);
        int32_t l_3414 = 0xAD52D96BL;
        int8_t ** const l_3424 = &l_3423;
        int32_t l_3443 = 0x6557BAB0L;
        int32_t l_3444 = 0x376B08B2L;
        int32_t l_3447[2];
        uint32_t *l_3455 = &l_3374;
        float l_3460 = 0x7.51C502p+58;
        int8_t ***l_3496 = &l_3422[0][2][1];
        uint32_t **l_3518 = (void*)0;
        int16_t l_3519 = 4L;
        uint32_t ****l_3560 = &g_946;
        int64_t *l_3633[8] = {&g_800,&g_800,&g_800,&g_800,&g_800,&g_800,&g_800,&g_800};
        int32_t l_3655 = 1L;
        uint8_t l_3657 = 0x79L;
        uint8_t ***l_3663 = &g_1834;
        uint8_t ****l_3662 = &l_3663;
        uint32_t l_3686 = 4294967291UL;
        struct S0 l_3718 = {179,13,-4,56,3,3};
        int32_t **l_3741 = &g_3270;
        uint32_t l_3791 = 0x6557DDACL;
        int i;
        for (i = 0; i < 2; i++)
            l_3447[i] = 0x8261B325L;
        if ((&g_1754[2][3][0] == l_3380))
        { /* block id: 1316 */
            uint32_t l_3406 = 0x3ABD93F6L;
            int32_t l_3413 = (-7L);
            int32_t l_3441[5][9] = {{(-7L),3L,0L,0xDB792E0FL,0x8ED5272AL,0xDB792E0FL,0L,3L,(-7L)},{1L,0xDB792E0FL,0xA3C092B5L,3L,0x8ED5272AL,0xC14385FEL,(-8L),1L,1L},{0x090CDB62L,1L,3L,(-1L),0xA3C092B5L,0xA3C092B5L,(-1L),3L,1L},{1L,0x8ED5272AL,(-8L),0x5D221B9BL,0xE69430D7L,8L,0x20197E88L,(-1L),(-8L)},{0x20197E88L,0L,(-7L),3L,0x5D221B9BL,(-1L),0x5D221B9BL,3L,(-7L)}};
            int i, j;
            for (g_881 = 0; (g_881 <= (-13)); --g_881)
            { /* block id: 1319 */
                int16_t *l_3390 = &g_2197;
                int32_t l_3395 = 0L;
                uint64_t *l_3412[8][3] = {{&g_1157,&g_1157,(void*)0},{&g_1157,&g_1157,(void*)0},{&g_1157,&g_1157,(void*)0},{&g_1157,&g_1157,(void*)0},{&g_1157,&g_1157,(void*)0},{&g_1157,&g_1157,(void*)0},{&g_1157,&g_1157,(void*)0},{&g_1157,&g_1157,(void*)0}};
                uint8_t l_3427 = 255UL;
                uint8_t *l_3430 = &g_140[3][0];
                uint8_t *l_3435 = &g_200;
                int8_t ***l_3436 = &l_3422[0][3][0];
                int32_t l_3437 = 0L;
                int32_t l_3442[2];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_3442[i] = 0L;
                l_3383--;
                l_3414 |= ((l_3341 , (safe_add_func_int8_t_s_s(g_807[1], ((0xC0CC38D3B21FA42BLL | ((l_3413 = (safe_mod_func_int16_t_s_s(((*l_3390) &= 0xCB6CL), (safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(l_3395, p_17)), (safe_mod_func_int16_t_s_s((p_17 != (((*g_2855) = (safe_sub_func_uint64_t_u_u((safe_add_func_int32_t_s_s((safe_div_func_int32_t_s_s((safe_rshift_func_uint8_t_u_u(l_3406, (safe_rshift_func_int8_t_s_u((safe_add_func_int32_t_s_s((l_3395 < l_3395), p_17)), p_17)))), 1L)), 0UL)), l_3411))) , p_17)), p_17))))))) | g_140[8][3])) == p_17)))) || (**g_1834));
                l_3437 = (((((l_3345[1] = ((**g_1834) = 0x77L)) , g_3415) == ((((safe_lshift_func_int8_t_s_s((safe_mul_func_int8_t_s_s((((((safe_add_func_int16_t_s_s((l_3422[0][2][1] != l_3424), ((safe_add_func_uint8_t_u_u(l_3427, (((p_17 && (((*l_3435) = (l_3414 || (((safe_mul_func_uint8_t_u_u(((*l_3430)++), (l_3411 || (safe_add_func_int64_t_s_s(p_17, p_17))))) ^ 0xAD1AL) && 0x6922E989L))) < l_3427)) > p_17) != p_17))) == l_3411))) != p_17) || 18446744073709551615UL) || l_3427) , (-3L)), 0x90L)), 0)) | 0UL) > 1L) , l_3436)) > 0x788BL) | l_3374);
                for (g_124 = 0; (g_124 <= 1); g_124 += 1)
                { /* block id: 1332 */
                    int32_t *l_3438 = &l_3345[3];
                    int32_t l_3445 = 1L;
                    int32_t l_3446 = (-1L);
                    int32_t l_3448 = (-5L);
                    int32_t l_3449 = 0x6FC41FAFL;
                    for (g_1922 = 2; (g_1922 >= 0); g_1922 -= 1)
                    { /* block id: 1335 */
                        int32_t **l_3439[10] = {&g_2855,(void*)0,&l_3438,&l_3438,(void*)0,&g_2855,(void*)0,&l_3438,&l_3438,(void*)0};
                        int i;
                        g_2855 = ((**g_883) = l_3438);
                        (***g_1707) = p_17;
                    }
                    for (g_3327 = 1; (g_3327 >= 0); g_3327 -= 1)
                    { /* block id: 1342 */
                        int32_t *l_3440[7][9][4] = {{{&g_3327,&g_802,&g_3327,(void*)0},{&l_3413,(void*)0,&g_3327,&g_995[1]},{&g_3327,(void*)0,&g_802,&l_3414},{&g_995[0],&l_3345[6],&l_3345[6],&l_3437},{&l_3345[6],&l_3437,&l_3345[6],&l_3337},{&l_3414,&g_995[0],&l_3414,&l_3414},{&g_802,&l_3345[3],&g_1922,(void*)0},{&l_3345[6],(void*)0,&l_3337,(void*)0},{&g_995[0],&g_802,(void*)0,&l_3345[6]}},{{&l_3345[5],&l_3414,&g_58,&g_802},{&l_3437,(void*)0,&l_3414,&l_3337},{&g_1922,&l_3337,(void*)0,(void*)0},{&g_3327,(void*)0,&g_995[0],&l_3414},{&g_58,&l_3414,&g_3327,(void*)0},{&l_3413,&l_3345[6],&g_1922,&g_58},{&l_3337,&g_995[1],(void*)0,&l_3437},{(void*)0,&l_3345[6],&l_3345[1],&l_3337},{&l_3345[3],&g_3327,&l_3337,&l_3337}},{{(void*)0,(void*)0,(void*)0,&g_1922},{&g_58,&l_3337,&l_3414,&l_3414},{&l_3337,&g_995[1],(void*)0,&l_3414},{&g_802,&g_995[1],&g_1922,&l_3414},{&g_995[1],&l_3337,(void*)0,&g_1922},{&l_3345[6],(void*)0,&l_3345[6],&l_3337},{(void*)0,&g_3327,&l_3437,&l_3337},{&l_3414,&l_3345[6],&l_3337,&l_3437},{(void*)0,&g_995[1],&g_1922,&g_58}},{{&g_802,&l_3345[6],&g_802,(void*)0},{&g_58,&l_3414,&l_3337,&l_3414},{&g_802,(void*)0,&g_802,(void*)0},{&l_3337,&l_3337,&g_995[0],&l_3337},{(void*)0,(void*)0,&l_3345[5],&g_802},{&l_3337,&l_3414,(void*)0,&l_3345[6]},{&g_995[1],&g_802,&g_1922,(void*)0},{&l_3337,(void*)0,&l_3345[3],(void*)0},{&l_3337,&l_3345[3],&g_58,&l_3414}},{{&g_1922,&l_3345[6],&g_58,&l_3345[6]},{&l_3345[3],&g_995[1],&g_3327,&g_995[1]},{&l_3337,&l_3414,&l_3337,&g_58},{&l_3345[6],(void*)0,&l_3337,&l_3345[6]},{&g_995[0],&g_58,&g_995[0],&g_1922},{&g_995[0],&g_3327,&l_3337,&l_3337},{&l_3345[6],&g_1922,&l_3337,&g_995[0]},{&l_3337,&g_58,&g_3327,&g_802},{&l_3345[3],&g_1922,&g_58,(void*)0}},{{&g_1922,&g_3327,&g_995[1],&l_3345[6]},{&l_3414,&l_3337,&l_3345[1],&l_3337},{&g_995[0],&g_58,&l_3345[3],(void*)0},{&l_3413,(void*)0,(void*)0,&l_3345[6]},{&l_3413,(void*)0,&l_3337,(void*)0},{&g_58,(void*)0,(void*)0,(void*)0},{&l_3337,&l_3345[6],&g_3327,&l_3414},{&l_3337,(void*)0,&l_3345[6],&l_3337},{&g_802,&l_3337,&l_3337,(void*)0}},{{(void*)0,&g_995[0],&g_58,&l_3345[6]},{(void*)0,&l_3337,&l_3414,&g_995[0]},{&l_3345[6],&l_3414,&g_995[1],&l_3337},{&g_3327,&l_3414,&l_3414,&g_3327},{&g_995[1],&l_3414,&l_3337,&l_3337},{&g_1922,&l_3414,&l_3345[6],&l_3345[6]},{&g_802,&l_3337,&l_3437,&l_3345[6]},{&g_1922,&l_3414,&l_3414,&l_3337},{&g_995[1],&l_3414,(void*)0,&g_3327}}};
                        uint64_t l_3450[8][4][5] = {{{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL},{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL}},{{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL},{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL}},{{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL},{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL}},{{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL},{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL}},{{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL},{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL}},{{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL},{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL}},{{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL},{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL}},{{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL},{18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL,0x5CE184BF27DE1888LL,18446744073709551615UL},{6UL,6UL,6UL,6UL,6UL}}};
                        int i, j, k;
                        if ((*l_3438))
                            break;
                        l_3450[2][2][4]++;
                    }
                }
            }
        }
        else
        { /* block id: 1348 */
            uint16_t **l_3453 = &g_2576;
            uint16_t **l_3454 = &l_3340[0];
            int32_t * const **l_3459 = (void*)0;
            int32_t * const ***l_3458 = &l_3459;
            int32_t l_3461 = 0xC3778CA7L;
            float *l_3562 = &l_3460;
            uint8_t ***l_3573[2][8] = {{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834,&g_1834,&g_1834,&g_1834},{&g_1834,&g_1834,&g_1834,&g_1834,&g_1834,&g_1834,&g_1834,&g_1834}};
            int16_t *l_3579 = &g_2071;
            int32_t l_3622 = (-3L);
            int32_t l_3623 = 0x6DA97294L;
            int32_t l_3624 = 0xD5112140L;
            int32_t l_3626 = (-6L);
            int32_t l_3627 = 0xB804367FL;
            int32_t l_3628 = 4L;
            int32_t l_3629 = 0x29DBEEEDL;
            int64_t *l_3634 = &g_2813;
            const int8_t *l_3698 = &g_654;
            const int8_t ** const l_3697 = &l_3698;
            const int8_t ** const *l_3696 = &l_3697;
            const int8_t ** const **l_3695 = &l_3696;
            int8_t ***l_3729 = (void*)0;
            int i, j;
lbl_3646:
            l_3447[1] = (&l_3374 != (((((0x04L | (l_3453 == (l_3454 = l_3453))) , (l_3341 , ((l_3341 , (p_17 > (0x6A26DD3AL > l_3341.f4))) <= (-4L)))) != 0x30ECL) , p_17) , l_3455));
            if (((l_3444 &= (l_3461 &= (safe_unary_minus_func_uint16_t_u((l_3457[9] != l_3458))))) | (safe_mul_func_int16_t_s_s(p_17, ((p_17 , (l_3464 == &l_3465)) | (safe_sub_func_uint16_t_u_u(0xF13BL, ((((p_17 || ((p_17 <= p_17) , p_17)) <= 1UL) ^ l_3443) > 0x18177725L))))))))
            { /* block id: 1353 */
                float l_3484 = (-0x1.3p-1);
                const int32_t l_3486 = (-1L);
                int32_t l_3490 = 1L;
                uint16_t l_3493 = 4UL;
                int8_t ****l_3497[4] = {&g_3415,&g_3415,&g_3415,&g_3415};
                uint32_t *l_3514 = &g_124;
                uint32_t **l_3513 = &l_3514;
                int64_t *l_3531 = &g_800;
                const float l_3582 = 0x0.1p+1;
                int32_t l_3625[3][7] = {{0L,0L,0L,0L,0L,0L,0L},{0x390CD9E6L,0x390CD9E6L,0x390CD9E6L,0x390CD9E6L,0x390CD9E6L,0x390CD9E6L,0x390CD9E6L},{0L,0L,0L,0L,0L,0L,0L}};
                uint16_t l_3630 = 65529UL;
                int i, j;
lbl_3617:
                if ((*g_2855))
                { /* block id: 1354 */
                    int64_t *l_3468 = (void*)0;
                    return l_3468;
                }
                else
                { /* block id: 1356 */
                    uint64_t l_3469[8][4][2] = {{{0xF3E19CF5212785F9LL,0UL},{0xC935B1D87D14299DLL,0UL},{0xF3E19CF5212785F9LL,0xC935B1D87D14299DLL},{18446744073709551607UL,18446744073709551607UL}},{{18446744073709551607UL,0xC935B1D87D14299DLL},{0xF3E19CF5212785F9LL,0UL},{0xC935B1D87D14299DLL,0UL},{0xF3E19CF5212785F9LL,0xC935B1D87D14299DLL}},{{18446744073709551607UL,18446744073709551607UL},{18446744073709551607UL,0xC935B1D87D14299DLL},{0xF3E19CF5212785F9LL,0UL},{0xC935B1D87D14299DLL,0UL}},{{0xF3E19CF5212785F9LL,0xC935B1D87D14299DLL},{18446744073709551607UL,18446744073709551607UL},{18446744073709551607UL,0xC935B1D87D14299DLL},{0xF3E19CF5212785F9LL,0UL}},{{0xC935B1D87D14299DLL,0UL},{0xF3E19CF5212785F9LL,0xC935B1D87D14299DLL},{18446744073709551607UL,18446744073709551607UL},{18446744073709551607UL,0xC935B1D87D14299DLL}},{{0xF3E19CF5212785F9LL,0UL},{0xC935B1D87D14299DLL,0UL},{0xF3E19CF5212785F9LL,0xC935B1D87D14299DLL},{18446744073709551607UL,18446744073709551607UL}},{{18446744073709551607UL,0xC935B1D87D14299DLL},{0xF3E19CF5212785F9LL,0UL},{0xC935B1D87D14299DLL,0UL},{0xF3E19CF5212785F9LL,0xC935B1D87D14299DLL}},{{18446744073709551607UL,18446744073709551607UL},{18446744073709551607UL,0xC935B1D87D14299DLL},{0xF3E19CF5212785F9LL,0UL},{0xC935B1D87D14299DLL,0UL}}};
                    uint16_t l_3483 = 0xF420L;
                    uint32_t *l_3485 = &g_1715;
                    int32_t l_3488 = 0x5F44A8EEL;
                    int32_t l_3489 = 0xC5516617L;
                    int32_t l_3491 = 0L;
                    int32_t l_3492[8][5] = {{8L,5L,5L,8L,0xD13FB905L},{7L,0x6AAAF955L,7L,(-7L),7L},{8L,8L,0x7BDFA056L,5L,0xD13FB905L},{0L,(-7L),0x5E491ABCL,(-7L),0L},{0xD13FB905L,5L,0x7BDFA056L,8L,8L},{7L,(-7L),7L,0x6AAAF955L,7L},{0xD13FB905L,8L,5L,5L,8L},{0L,0x6AAAF955L,0x5E491ABCL,0x6AAAF955L,0L}};
                    int i, j, k;
                    l_3469[0][0][0]++;
                    (*g_2855) = (((safe_add_func_uint64_t_u_u(p_17, (g_604[5][0][0] != 0x791B76DA3CE5A911LL))) > p_17) >= ((((safe_mod_func_int64_t_s_s((safe_mod_func_uint16_t_u_u(p_17, (safe_unary_minus_func_uint64_t_u(((6UL | ((g_124 = l_3469[4][1][0]) || ((g_654 | ((((*l_3485) = (safe_add_func_int32_t_s_s((l_3483 = ((safe_mul_func_int8_t_s_s(0xC9L, 1L)) > p_17)), p_17))) & 0UL) != 0x0761L)) == g_1922))) < l_3469[7][2][1]))))), l_3486)) && 0x10D2L) , (**g_3269)) , 0x00AEA952FC22005ELL));
                    for (l_3444 = 0; (l_3444 <= 1); l_3444 += 1)
                    { /* block id: 1364 */
                        float *l_3487 = &g_160[6][1][1];
                        (*l_3487) = g_593;
                    }
                    --l_3493;
                }
                if (((l_3496 = l_3496) == (void*)0))
                { /* block id: 1370 */
                    uint64_t *l_3500[7][3] = {{&l_3346,&l_3346,&g_656[0]},{&g_1362,&g_1362,&l_3346},{&l_3346,&l_3346,&g_656[0]},{&g_1362,&g_1362,&l_3346},{&l_3346,&l_3346,&g_656[0]},{&g_1362,&g_1362,&l_3346},{&l_3346,&l_3346,&g_656[0]}};
                    uint32_t ***l_3515 = (void*)0;
                    uint32_t ***l_3516 = &g_781;
                    uint32_t **l_3517 = &l_3514;
                    int32_t l_3520 = 0L;
                    float *l_3523 = (void*)0;
                    float *l_3524 = &g_301;
                    int i, j;
                    (*l_3524) = ((safe_mul_func_float_f_f((((18446744073709551615UL < (l_3447[1] |= 0xEA70818DE84F82A1LL)) , (safe_sub_func_float_f_f(((safe_mul_func_int16_t_s_s(((p_17 , (p_17 != (l_3414 , (safe_mod_func_uint16_t_u_u((l_3447[0] ^= 0UL), (safe_mod_func_int8_t_s_s((safe_add_func_uint64_t_u_u((safe_div_func_int8_t_s_s((((*l_3516) = l_3513) == (l_3518 = l_3517)), g_310.f1)), l_3519)), p_17))))))) > 0L), 1UL)) , l_3520), l_3521))) == g_524[0]), g_524[0])) == l_3522[4][0]);
                    for (l_3337 = (-26); (l_3337 == (-26)); l_3337 = safe_add_func_uint16_t_u_u(l_3337, 3))
                    { /* block id: 1378 */
                        (*g_871) = ((p_17 , (p_17 >= ((*g_590) == (void*)0))) , &l_3520);
                    }
                    (*g_2855) |= p_17;
                    for (g_805 = 21; (g_805 != 18); g_805--)
                    { /* block id: 1384 */
                        uint16_t l_3529 = 65529UL;
                        l_3490 &= (l_3444 ^= ((l_3529 > (~(p_17 <= l_3529))) || p_17));
                        if ((*g_2855))
                            continue;
                        return l_3531;
                    }
                }
                else
                { /* block id: 1390 */
                    uint8_t l_3559 = 0x38L;
                    float *l_3561 = &g_716;
                    float *l_3563 = (void*)0;
                    int16_t *l_3578 = &g_2071;
                    uint16_t l_3601 = 0x90B5L;
                    if ((safe_lshift_func_int8_t_s_u(((((((((safe_sub_func_float_f_f((+(safe_sub_func_float_f_f((((((*l_3561) = (safe_add_func_float_f_f((safe_sub_func_float_f_f(g_226, (safe_mul_func_float_f_f((safe_mul_func_float_f_f(((--(*l_3455)) , (safe_add_func_float_f_f(((((void*)0 == &l_3453) , &l_3443) != &l_3447[0]), (safe_mul_func_float_f_f((-0x2.Ap-1), (((p_17 , (safe_div_func_float_f_f(((safe_add_func_float_f_f(0x2.1C552Cp-8, (safe_sub_func_float_f_f((((l_3447[1] = (l_3559 , p_17)) , l_3560) == &g_946), 0x9.5p+1)))) >= g_655), g_656[0]))) <= (-0x1.0p-1)) == p_17)))))), 0x0.2p-1)), l_3444)))), p_17))) > p_17) < g_91.f5) != p_17), g_1985))), g_91.f5)) , l_3562) != l_3563) & 1UL) || l_3447[1]) <= p_17) , l_3490) & 0x614AL), p_17)))
                    { /* block id: 1394 */
                        uint8_t ***l_3572 = &g_1834;
                        uint8_t ****l_3571 = &l_3572;
                        int32_t l_3585[3][4] = {{0xDC5FA52DL,0xDC5FA52DL,0xDC5FA52DL,0xDC5FA52DL},{0xDC5FA52DL,0xDC5FA52DL,0xDC5FA52DL,0xDC5FA52DL},{0xDC5FA52DL,0xDC5FA52DL,0xDC5FA52DL,0xDC5FA52DL}};
                        int i, j;
                        (*l_3561) = (safe_add_func_float_f_f((&g_3270 == (l_3586 = ((safe_mul_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((safe_unary_minus_func_uint8_t_u((((*l_3571) = (void*)0) != l_3573[0][3]))) | p_17), ((((**g_1834) = (safe_lshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s((l_3578 == (p_17 , l_3579)), (safe_mod_func_int8_t_s_s(g_542, (safe_add_func_int32_t_s_s((l_3585[1][2] |= (*g_2855)), 1UL)))))), p_17))) && l_3414) && p_17))), 1L)) , (void*)0))), 0x6.7B22EBp-47));
                    }
                    else
                    { /* block id: 1400 */
                        uint16_t l_3587[1][10][7] = {{{0x3E67L,0x3E67L,1UL,0x3E67L,0x3E67L,1UL,0x3E67L},{65535UL,1UL,1UL,65535UL,1UL,1UL,65535UL},{0UL,0x3E67L,0UL,0UL,0x3E67L,0UL,0UL},{65535UL,65535UL,1UL,65535UL,65535UL,1UL,65535UL},{0x3E67L,0UL,0UL,0x3E67L,0UL,0UL,0x3E67L},{1UL,65535UL,1UL,1UL,65535UL,1UL,1UL},{0x3E67L,0x3E67L,1UL,0x3E67L,0x3E67L,1UL,0x3E67L},{65535UL,1UL,1UL,65535UL,1UL,1UL,65535UL},{0UL,0x3E67L,0UL,0UL,0x3E67L,0UL,0UL},{65535UL,65535UL,1UL,65535UL,65535UL,1UL,65535UL}}};
                        int i, j, k;
                        l_3587[0][4][4]++;
                    }
                    for (l_3383 = (-3); (l_3383 <= 16); l_3383 = safe_add_func_uint32_t_u_u(l_3383, 1))
                    { /* block id: 1405 */
                        uint64_t l_3592 = 18446744073709551611UL;
                        int32_t l_3605 = 0x7C0A912FL;
                        struct S0 **l_3606[8] = {&g_859,&g_859,&g_859,&g_859,&g_859,&g_859,&g_859,&g_859};
                        int i;
                        --l_3592;
                        l_3605 = (safe_lshift_func_uint8_t_u_s(0x66L, ((((p_17 , (p_17 | (((safe_mul_func_int8_t_s_s(g_654, p_17)) != (safe_mod_func_uint8_t_u_u(255UL, 1L))) > ((*g_2855) = (((((-3L) < ((void*)0 == &l_3531)) >= l_3601) , (void*)0) != l_3602))))) , &g_3270) == l_3586) , p_17)));
                        l_3607 = (void*)0;
                    }
                    (****g_1705) = l_3561;
                }
                for (g_543 = 0; (g_543 != 46); ++g_543)
                { /* block id: 1415 */
                    float l_3620 = 0x7.E3501Cp-9;
                    for (g_200 = 0; (g_200 <= 26); g_200 = safe_add_func_uint16_t_u_u(g_200, 8))
                    { /* block id: 1418 */
                        uint64_t l_3614 = 18446744073709551615UL;
                        --l_3614;
                        if (g_310.f1)
                            goto lbl_3617;
                        (*l_3562) = (safe_div_func_float_f_f(l_3486, l_3620));
                    }
                    (*g_2855) &= l_3490;
                }
                l_3630++;
            }
            else
            { /* block id: 1426 */
                return l_3634;
            }
            (*g_2855) = (l_3447[0] = p_17);
            for (l_3622 = 0; (l_3622 <= 6); l_3622 += 1)
            { /* block id: 1433 */
                uint16_t **l_3641 = &g_2576;
                int64_t *l_3645 = &g_800;
                int64_t * const *l_3650 = &g_592;
                int64_t * const * const *l_3649 = &l_3650;
                int64_t * const * const **l_3648 = &l_3649;
                int32_t l_3652 = 0xB55AA334L;
                int32_t l_3653 = 0x0CB7120CL;
                int32_t l_3654 = 0L;
                int32_t l_3656[9] = {0xF1CBB165L,0xF1CBB165L,0L,0xF1CBB165L,0xF1CBB165L,0L,0xF1CBB165L,0xF1CBB165L,0L};
                int32_t l_3715 = 0x7A822B0DL;
                int i;
                if ((safe_sub_func_int16_t_s_s((safe_sub_func_int64_t_s_s((l_3447[1] && (safe_mul_func_int8_t_s_s((-1L), (l_3414 = (((*g_3068) = l_3641) == l_3454))))), (8L > 4L))), p_17)))
                { /* block id: 1436 */
                    struct S0 ***l_3642 = &g_858[2];
                    struct S0 ****l_3643[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_3643[i] = &l_3642;
                    g_3644 = l_3642;
                    for (g_166 = 6; (g_166 >= 0); g_166 -= 1)
                    { /* block id: 1440 */
                        return l_3645;
                    }
                    if ((*g_2855))
                        continue;
                }
                else
                { /* block id: 1444 */
                    float l_3647 = (-0x1.8p-1);
                    int64_t * const * const ***l_3651 = &l_3648;
                    if (g_593)
                        goto lbl_3646;
                    (*g_2855) |= (l_3455 == (void*)0);
                    (*l_3651) = l_3648;
                    l_3443 = p_17;
                }
                --l_3657;
                if (((safe_lshift_func_uint16_t_u_u((l_3662 != &g_381), 14)) < 1L))
                { /* block id: 1451 */
                    uint32_t l_3691 = 4294967295UL;
                    int64_t l_3693 = 0xA97C89AA4FD0562ALL;
                    int32_t l_3694 = (-2L);
                    int32_t l_3704 = (-3L);
                    int32_t l_3705 = 0x634BCF66L;
                    int32_t l_3706 = 1L;
                    (*g_2855) &= (l_3694 = (l_3654 = ((l_3447[0] = (safe_mod_func_int16_t_s_s(p_17, (safe_lshift_func_int16_t_s_u(((*l_3579) = (safe_lshift_func_uint8_t_u_s((safe_lshift_func_uint8_t_u_s((safe_div_func_int16_t_s_s((safe_sub_func_uint32_t_u_u(p_17, (safe_mod_func_uint64_t_u_u((+p_17), (safe_lshift_func_int16_t_s_s(l_3656[2], 4)))))), (safe_rshift_func_uint8_t_u_s(((((safe_add_func_int64_t_s_s(l_3686, (safe_sub_func_uint64_t_u_u(1UL, ((&l_3573[0][3] == g_3689) == p_17))))) <= (-5L)) <= l_3691) & l_3692), p_17)))), 1)), p_17))), l_3693))))) & l_3691)));
                    l_3444 ^= (g_3327 |= (((l_3519 < ((l_3695 != (void*)0) || ((((safe_div_func_uint64_t_u_u(2UL, ((~(l_3414 = (safe_sub_func_uint32_t_u_u((l_3443 = (++g_124)), ((safe_add_func_uint8_t_u_u(((1UL <= (*g_2855)) | (l_3656[3] |= (safe_mod_func_int32_t_s_s((safe_rshift_func_int8_t_s_s((l_3645 != l_3645), 4)), (-1L))))), l_3654)) > p_17))))) || 0x8FB6A493BC7F8789LL))) && l_3715) != l_3715) , p_17))) > 65535UL) , p_17));
                }
                else
                { /* block id: 1463 */
                    int8_t ****l_3730 = &l_3729;
                    int32_t l_3731[1][10];
                    int i, j;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 10; j++)
                            l_3731[i][j] = (-7L);
                    }
                    g_986[0][2] = (safe_add_func_float_f_f((l_3718 , (safe_mul_func_float_f_f((safe_add_func_float_f_f(((*l_3562) = (safe_sub_func_float_f_f((safe_div_func_float_f_f(((g_3243 < 0xA.C10637p+41) >= l_3447[1]), l_3519)), (p_17 >= p_17)))), ((safe_sub_func_float_f_f(((g_3415 != ((*l_3730) = l_3729)) < p_17), l_3731[0][4])) < 0x5.2166D7p+85))), g_140[6][3]))), g_91.f2));
                }
                for (g_1029 = 0; (g_1029 <= 6); g_1029 += 1)
                { /* block id: 1470 */
                    struct S0 l_3739 = {11,1,30,26,0,3};
                    int32_t ***l_3740 = &g_3269;
                    uint8_t * const *l_3748[3];
                    int i, j;
                    for (i = 0; i < 3; i++)
                        l_3748[i] = &g_1835[1];
                    (*g_2855) |= ((safe_div_func_uint64_t_u_u((g_140[(g_1029 + 2)][l_3622] || ((safe_add_func_int64_t_s_s((safe_add_func_int64_t_s_s(l_3738, ((l_3739 , (void*)0) != (l_3741 = ((*l_3740) = &g_3270))))), l_3739.f3)) , (p_17 , ((((p_17 > (safe_mod_func_int32_t_s_s((safe_sub_func_uint32_t_u_u((l_3739.f1 = ((((safe_mod_func_uint64_t_u_u((0x107990B0A1BCE859LL || 1L), p_17)) && l_3739.f3) <= p_17) <= 0x04F76B54L)), l_3656[3])), 0x1BA88CD3L))) , l_3748[2]) == (void*)0) != l_3686)))), l_3718.f1)) != l_3739.f4);
                }
            }
        }
        l_3718.f2 = (safe_div_func_int8_t_s_s(((safe_mul_func_float_f_f(g_604[3][5][1], ((safe_mul_func_uint16_t_u_u((((((((safe_mod_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u((safe_div_func_int8_t_s_s(g_3608.f4, ((safe_lshift_func_int16_t_s_u(((((p_17 >= ((safe_div_func_uint16_t_u_u((safe_add_func_int32_t_s_s(p_17, ((safe_div_func_uint32_t_u_u((l_3718.f3 | ((safe_div_func_uint64_t_u_u((((****l_3662) = (safe_sub_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((safe_add_func_int8_t_s_s((((l_3789[2][1][0] = (((l_3414 ^= ((p_17 >= ((safe_mod_func_int32_t_s_s((&l_3586 == (void*)0), ((safe_rshift_func_uint16_t_u_u(((((safe_div_func_uint16_t_u_u(((safe_rshift_func_uint8_t_u_s(l_3444, 2)) <= 0xD0663915L), p_17)) && 0xF480AC8AL) , (void*)0) == &g_1754[2][1][0]), 4)) ^ l_3718.f2))) <= 0UL)) | p_17)) & p_17) > 4294967292UL)) , l_3790) != l_3790), p_17)), p_17)), p_17)) < 0xA0F6C851DE2A29C9LL), 0L))) && l_3791), l_3411)) & 0x7885L)), p_17)) == l_3447[0]))), l_3686)) > l_3792)) && l_3411) , (*g_3270)) , p_17), p_17)) ^ p_17))), 0x7EL)), 18446744073709551614UL)) > g_91.f1) && 0UL) != p_17) <= 0L) , 0xD4F6BAE1DC0B9A15LL) , 5UL), l_3447[1])) , 0xF.15B20Ap+38))) , l_3718.f1), 0x22L));
        for (g_2813 = (-2); (g_2813 > (-4)); --g_2813)
        { /* block id: 1484 */
            int64_t *l_3795[4] = {&l_3738,&l_3738,&l_3738,&l_3738};
            int i;
            return (*g_591);
        }
    }
    g_716 = g_796[3];
    (**g_883) = l_3797[5][3][0];
    return (*g_591);
}


/* ------------------------------------------ */
/* 
 * reads : g_995 g_542 g_796 g_1922 g_2188 g_604
 * writes: g_302 g_995 g_542 g_2734 g_1922
 */
static int8_t  func_29(int32_t  p_30)
{ /* block id: 1073 */
    int32_t l_2714 = (-1L);
    int32_t l_2715 = 0xE4F41421L;
    int32_t l_2719[4][4][10] = {{{0L,0xFB28E062L,0x29A4BB29L,0L,7L,3L,0xF87FBE72L,(-6L),(-6L),0xF87FBE72L},{0xFB28E062L,0x5949B8DCL,0x492E8FA5L,0x492E8FA5L,0x5949B8DCL,0xFB28E062L,0x1987919BL,0L,1L,0xAB3ED4C6L},{1L,0x8F88A645L,8L,0x7642676EL,(-1L),0x4474F446L,0xD6F0B373L,0x93C57988L,5L,3L},{1L,0L,0x5949B8DCL,4L,8L,(-1L),1L,0xFEF3BFE2L,(-6L),0xFEF3BFE2L}},{{(-1L),1L,0xFEF3BFE2L,(-6L),0xFEF3BFE2L,1L,(-1L),0xAB3ED4C6L,0L,0x492E8FA5L},{0x4474F446L,0x7642676EL,1L,2L,3L,3L,(-1L),0x5949B8DCL,0x93C57988L,0xAB3ED4C6L},{2L,0x7642676EL,0x5A27E8BCL,0xF87FBE72L,0x4474F446L,5L,(-1L),0x492E8FA5L,(-5L),(-5L)},{0x8F88A645L,1L,(-6L),0x6D1BDAACL,0x6D1BDAACL,(-6L),1L,0x8F88A645L,8L,0x7642676EL}},{{0x5A27E8BCL,8L,3L,0xFEF3BFE2L,0xFB28E062L,0x4474F446L,3L,0L,(-1L),0x6D1BDAACL},{0L,0xD6F0B373L,3L,0xFB28E062L,(-6L),0L,5L,0x8F88A645L,0x5949B8DCL,3L},{7L,0x492E8FA5L,(-6L),0x7642676EL,4L,0x7642676EL,(-6L),0x492E8FA5L,7L,(-1L)},{3L,(-1L),0x5A27E8BCL,(-1L),0x29A4BB29L,0x8F88A645L,0x4474F446L,0x5949B8DCL,3L,7L}},{{0x5949B8DCL,0L,1L,(-1L),(-1L),0x29A4BB29L,0L,0xAB3ED4C6L,7L,0x8F88A645L},{5L,0x5949B8DCL,0xFEF3BFE2L,0x7642676EL,0x93C57988L,0x93C57988L,0x7642676EL,0xFEF3BFE2L,0x5949B8DCL,5L},{0x29A4BB29L,0xFEF3BFE2L,0x492E8FA5L,0xFB28E062L,0L,0x6D1BDAACL,0x8F88A645L,3L,(-1L),4L},{(-1L),0xF87FBE72L,0xAB3ED4C6L,0xFEF3BFE2L,0L,0xD6F0B373L,0x29A4BB29L,0x4474F446L,8L,5L}}};
    uint32_t l_2720 = 4294967291UL;
    int8_t *l_2744[4][9] = {{&g_31,&g_302,&g_302,&g_31,&g_31,&g_302,&g_302,&g_31,&g_31},{&g_654,&g_1985,&g_654,&g_1985,&g_654,&g_1985,&g_654,&g_1985,&g_654},{&g_31,&g_31,&g_302,&g_302,&g_31,&g_31,&g_302,&g_302,&g_31},{&g_1985,&g_1985,&g_1985,&g_1985,&g_1985,&g_1985,&g_1985,&g_1985,&g_1985}};
    int32_t *l_2750 = &g_802;
    int16_t *l_2755 = &g_985[0][0][8];
    uint64_t *l_2756[9] = {(void*)0,&g_1157,(void*)0,(void*)0,&g_1157,(void*)0,(void*)0,&g_1157,(void*)0};
    const int64_t *l_2786 = &g_1170;
    const int64_t **l_2785 = &l_2786;
    const int64_t ***l_2784 = &l_2785;
    int32_t ***** const l_2798 = &g_1348;
    float l_2898 = 0x8.4p-1;
    int8_t **l_2975 = &l_2744[2][6];
    int8_t ***l_2974 = &l_2975;
    int32_t **l_3018 = (void*)0;
    uint32_t l_3020 = 0UL;
    uint16_t * const ***l_3023[7][10] = {{(void*)0,&g_2574,&g_2574,&g_2574,&g_2574,(void*)0,&g_2574,&g_2574,&g_2574,&g_2574},{&g_2574,&g_2574,(void*)0,(void*)0,&g_2574,&g_2574,&g_2574,&g_2574,&g_2574,&g_2574},{(void*)0,&g_2574,&g_2574,&g_2574,(void*)0,(void*)0,&g_2574,&g_2574,&g_2574,&g_2574},{&g_2574,&g_2574,&g_2574,&g_2574,(void*)0,&g_2574,&g_2574,&g_2574,&g_2574,&g_2574},{&g_2574,&g_2574,&g_2574,(void*)0,(void*)0,&g_2574,&g_2574,&g_2574,(void*)0,(void*)0},{&g_2574,&g_2574,&g_2574,(void*)0,&g_2574,&g_2574,&g_2574,(void*)0,&g_2574,(void*)0},{&g_2574,&g_2574,&g_2574,&g_2574,&g_2574,&g_2574,&g_2574,(void*)0,&g_2574,&g_2574}};
    uint16_t ***l_3109 = &g_2872;
    uint16_t ***l_3111 = &g_2872;
    uint8_t l_3117 = 0xA8L;
    int64_t l_3152 = 0xEC679FACFA59185DLL;
    struct S0 l_3304[6] = {{48,10,-3,65,2,1},{48,10,-3,65,2,1},{48,10,-3,65,2,1},{48,10,-3,65,2,1},{48,10,-3,65,2,1},{48,10,-3,65,2,1}};
    uint16_t l_3330 = 0UL;
    int i, j, k;
    for (g_302 = 0; (g_302 <= (-13)); g_302 = safe_sub_func_int8_t_s_s(g_302, 3))
    { /* block id: 1076 */
        int32_t *l_2712 = &g_995[0];
        uint64_t l_2725 = 1UL;
        const uint32_t **** const l_2732 = (void*)0;
        int32_t l_2749 = 0L;
        (*l_2712) ^= (-5L);
        for (g_542 = 0; (g_542 <= 9); g_542 += 1)
        { /* block id: 1080 */
            int32_t l_2713 = 0xAC094E54L;
            int32_t *l_2716 = &g_1922;
            int32_t *l_2717 = (void*)0;
            int32_t *l_2718[4] = {&g_802,&g_802,&g_802,&g_802};
            uint32_t ****l_2733 = &g_946;
            int16_t *l_2745[4][9][7] = {{{&g_985[0][1][8],&g_985[1][0][2],&g_2071,(void*)0,&g_166,&g_805,&g_985[0][1][8]},{(void*)0,&g_985[1][1][7],&g_166,&g_166,&g_985[1][1][7],(void*)0,&g_2071},{(void*)0,&g_985[0][1][8],&g_33,&g_985[1][0][2],(void*)0,&g_2071,(void*)0},{&g_985[0][1][8],&g_985[0][1][8],(void*)0,&g_166,(void*)0,&g_2071,(void*)0},{(void*)0,&g_985[0][1][8],(void*)0,&g_805,&g_805,(void*)0,&g_985[0][1][8]},{(void*)0,&g_985[1][1][7],(void*)0,&g_2071,&g_166,&g_805,&g_33},{&g_2197,&g_985[1][0][2],(void*)0,&g_805,&g_2071,&g_985[0][1][8],&g_166},{(void*)0,&g_805,&g_33,&g_2071,(void*)0,(void*)0,&g_2071},{&g_166,&g_166,&g_166,&g_805,(void*)0,(void*)0,(void*)0}},{{&g_985[1][0][2],&g_985[0][1][8],&g_2071,&g_166,&g_2071,&g_985[1][1][7],&g_2071},{&g_166,&g_2071,&g_985[0][1][8],&g_985[1][0][2],&g_166,(void*)0,(void*)0},{&g_805,&g_166,&g_166,&g_166,&g_805,(void*)0,(void*)0},{&g_2071,&g_33,&g_805,(void*)0,(void*)0,&g_985[0][1][8],&g_2071},{&g_805,(void*)0,&g_985[1][0][2],&g_2197,(void*)0,&g_805,(void*)0},{&g_2071,(void*)0,&g_985[1][1][7],(void*)0,&g_985[1][1][7],(void*)0,&g_2071},{&g_805,(void*)0,&g_985[0][1][8],(void*)0,&g_166,&g_2071,&g_166},{&g_166,(void*)0,&g_985[0][1][8],&g_985[0][1][8],(void*)0,&g_2071,&g_33},{&g_985[1][0][2],&g_33,&g_985[0][1][8],(void*)0,(void*)0,(void*)0,&g_985[0][1][8]}},{{&g_166,&g_166,&g_985[1][1][7],(void*)0,&g_2071,&g_33,(void*)0},{&g_166,(void*)0,(void*)0,&g_805,&g_985[0][1][8],(void*)0,&g_985[1][1][7]},{(void*)0,&g_985[1][0][2],&g_33,&g_985[0][1][8],(void*)0,(void*)0,(void*)0},{&g_2071,&g_985[0][1][8],&g_985[0][1][8],&g_2071,&g_166,(void*)0,&g_2197},{&g_985[0][1][8],&g_33,&g_985[1][0][2],(void*)0,&g_2071,(void*)0,&g_166},{&g_805,(void*)0,(void*)0,&g_166,&g_166,&g_33,&g_2197},{&g_166,&g_985[0][1][8],&g_166,&g_166,&g_985[0][1][8],&g_166,(void*)0},{&g_166,&g_805,(void*)0,(void*)0,(void*)0,&g_2071,&g_985[1][1][7]},{&g_805,&g_2197,&g_985[1][1][7],&g_985[0][1][8],&g_985[0][1][8],&g_985[0][1][8],(void*)0}},{{&g_985[0][1][8],&g_805,&g_166,&g_805,&g_805,&g_166,&g_805},{&g_2071,&g_985[0][1][8],&g_166,&g_985[0][1][8],&g_2071,&g_805,(void*)0},{(void*)0,(void*)0,&g_985[1][1][7],&g_33,(void*)0,&g_985[1][0][2],&g_985[0][1][8]},{&g_166,&g_33,(void*)0,&g_985[0][1][8],&g_985[1][1][7],&g_985[1][1][7],&g_985[0][1][8]},{&g_166,&g_985[0][1][8],&g_166,&g_805,&g_985[1][1][7],&g_985[0][1][8],&g_2071},{(void*)0,&g_985[1][0][2],(void*)0,&g_985[0][1][8],(void*)0,&g_985[0][1][8],&g_2071},{&g_985[0][1][8],(void*)0,&g_985[1][0][2],(void*)0,&g_2071,&g_985[0][1][8],&g_985[0][1][8]},{&g_805,&g_166,&g_985[0][1][8],&g_166,&g_805,&g_985[1][1][7],&g_985[0][1][8]},{&g_985[0][1][8],(void*)0,&g_33,&g_166,&g_985[0][1][8],&g_985[1][0][2],&g_2071}}};
            uint16_t * const ** const *l_2746[3][9][1] = {{{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574}},{{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574}},{{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574},{&g_2574}}};
            uint16_t * const ** const **l_2747 = (void*)0;
            uint16_t * const ** const **l_2748 = &l_2746[1][0][0];
            int i, j, k;
            l_2720++;
            l_2749 &= (safe_add_func_uint8_t_u_u((((l_2725 = 0UL) >= (((*l_2748) = (((*l_2716) = ((+((l_2712 != (void*)0) ^ (safe_sub_func_int8_t_s_s(g_796[g_542], 255UL)))) == ((*l_2712) = (safe_sub_func_uint16_t_u_u((~(l_2732 == (g_2734 = l_2733))), (safe_lshift_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((((safe_lshift_func_uint16_t_u_s(((safe_lshift_func_int16_t_s_s((safe_unary_minus_func_int64_t_s(3L)), (((g_796[g_542] && 0xE89F1BA8A213CC13LL) , l_2744[2][6]) != (void*)0))) & (*l_2712)), 0)) < (*l_2716)) == p_30) , 0xABL), p_30)), 5))))))) , l_2746[1][0][0])) != &g_2574)) || (*g_2188)), l_2720));
            l_2750 = &p_30;
        }
    }
    return g_796[3];
}


/* ------------------------------------------ */
/* 
 * reads : g_994 g_2188 g_604 g_946 g_947 g_806 g_802 g_807 g_1705 g_1706 g_1707 g_1715 g_33 g_1157 g_1834 g_1835 g_1825 g_1708 g_1922 g_1348 g_883 g_884 g_872 g_800 g_945 g_31 g_160 g_1539 g_2071 g_2187 g_985 g_801 g_542 g_1999 g_803 g_989 g_986 g_995 g_654 g_538 g_524 g_91.f2 g_1985 g_2502 g_91.f5 g_310.f1 g_656 g_91.f1 g_796 g_2574 g_166 g_2197 g_91.f4 g_347 g_348 g_124 g_1347 g_301 g_310.f5 g_871 g_655 g_829 g_1192 g_58 g_2221
 * writes: g_806 g_803 g_802 g_58 g_2221 g_33 g_989 g_656 g_872 g_1029 g_716 g_538 g_986 g_1825 g_807 g_654 g_804 g_1985 g_55 g_31 g_781 g_801 g_2574 g_338 g_994 g_2197 g_995 g_655 g_1157 g_301 g_160
 */
static int32_t  func_36(uint16_t  p_37, int64_t * p_38, int64_t * p_39, int8_t  p_40)
{ /* block id: 915 */
    int32_t l_2284[2];
    struct S0 l_2293 = {173,6,-14,111,3,14};
    uint32_t **l_2294 = &g_348;
    int64_t *l_2295 = (void*)0;
    int64_t *l_2296 = &g_806;
    int64_t *l_2297 = &g_803[1][9];
    int32_t *l_2298 = &g_802;
    int32_t l_2334[6][4][3] = {{{0x118CE2A1L,0x411EC358L,0x411EC358L},{1L,0xF7ECC7FDL,7L},{1L,0x27CA47B5L,0x411EC358L},{(-1L),0x4A8AA463L,(-1L)}},{{0x29EE4D6EL,(-6L),(-6L)},{1L,0x4A8AA463L,0L},{0x27CA47B5L,0x27CA47B5L,0x34B553DCL},{0x91CEAFA4L,0xF7ECC7FDL,(-1L)}},{{0x27CA47B5L,0x411EC358L,(-6L)},{1L,0x0CC8890CL,7L},{0x29EE4D6EL,0x27CA47B5L,(-6L)},{(-1L),0x2C4E0606L,(-1L)}},{{1L,(-6L),0x34B553DCL},{1L,0x2C4E0606L,0L},{0x118CE2A1L,0x27CA47B5L,(-6L)},{0x91CEAFA4L,0x0CC8890CL,(-1L)}},{{0x118CE2A1L,0x411EC358L,0x411EC358L},{1L,0xF7ECC7FDL,7L},{1L,0x27CA47B5L,0x411EC358L},{(-1L),0x4A8AA463L,(-1L)}},{{0x29EE4D6EL,(-6L),(-6L)},{1L,0x4A8AA463L,0L},{0x27CA47B5L,0x27CA47B5L,0x34B553DCL},{0x91CEAFA4L,0xF7ECC7FDL,(-1L)}}};
    uint32_t l_2499 = 4294967295UL;
    const int16_t l_2501 = (-7L);
    uint32_t *****l_2545 = (void*)0;
    int8_t l_2553[6] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
    uint32_t l_2581 = 1UL;
    int32_t l_2614 = 0x739D080EL;
    uint16_t l_2615 = 0x8BB5L;
    uint16_t **l_2645 = &g_2576;
    uint16_t ***l_2644[5][8][2] = {{{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645}},{{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645}},{{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645}},{{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645}},{{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645},{&l_2645,&l_2645}}};
    uint16_t ****l_2643 = &l_2644[0][4][1];
    int32_t l_2655 = 0L;
    uint32_t ** const l_2677 = (void*)0;
    uint32_t ** const *l_2676 = &l_2677;
    uint32_t ** const **l_2675 = &l_2676;
    uint8_t l_2707[8] = {8UL,8UL,254UL,8UL,8UL,254UL,8UL,8UL};
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_2284[i] = 0x27489DFCL;
lbl_2302:
    (*l_2298) ^= ((((((p_37 & g_994) & ((safe_add_func_int8_t_s_s(l_2284[1], 0L)) != (((((&g_2143 != &g_2143) , (safe_add_func_uint64_t_u_u(p_37, ((*l_2297) = (l_2293.f2 = ((*l_2296) |= ((((((((safe_mul_func_uint16_t_u_u((*g_2188), (safe_mul_func_int16_t_s_s((((safe_rshift_func_int16_t_s_u((&g_1706 != &g_1706), p_40)) >= p_40) && (-4L)), l_2284[1])))) , (-6L)) , l_2293) , 0xC1FAE7D17986F668LL) , 0xD6L) , (*g_946)) == l_2294) , l_2284[1]))))))) > l_2293.f4) | 18446744073709551611UL) > 0x057AL))) <= l_2293.f4) <= (-3L)) || l_2293.f5) == 8L);
    for (g_58 = (-14); (g_58 == (-24)); g_58--)
    { /* block id: 922 */
        int8_t l_2301 = 0xFFL;
        struct S0 l_2309[3][5] = {{{167,7,-23,74,0,12},{167,7,-23,74,0,12},{167,7,-23,74,0,12},{167,7,-23,74,0,12},{167,7,-23,74,0,12}},{{167,7,-23,74,0,12},{167,7,-23,74,0,12},{167,7,-23,74,0,12},{167,7,-23,74,0,12},{167,7,-23,74,0,12}},{{167,7,-23,74,0,12},{167,7,-23,74,0,12},{167,7,-23,74,0,12},{167,7,-23,74,0,12},{167,7,-23,74,0,12}}};
        int64_t *l_2386 = &g_806;
        uint8_t * const l_2401 = (void*)0;
        uint64_t l_2403 = 0x2F052A72AFAE8B2ALL;
        int8_t l_2446 = 1L;
        int16_t l_2448 = 5L;
        int8_t l_2494 = 0xE8L;
        int32_t *l_2557 = &g_995[0];
        int8_t l_2592 = 0x2DL;
        int16_t *** const l_2600 = &g_1080;
        int32_t *l_2609 = &g_995[0];
        int32_t *l_2610 = &g_995[0];
        int32_t *l_2611 = &g_802;
        int32_t *l_2612 = (void*)0;
        int32_t *l_2613[6] = {&g_1922,&g_1922,&g_1922,&g_1922,&g_1922,&g_1922};
        int i, j;
        if (l_2301)
            break;
        if (g_806)
            goto lbl_2302;
        for (g_2221 = 0; (g_2221 > 14); g_2221 = safe_add_func_int8_t_s_s(g_2221, 5))
        { /* block id: 927 */
            const int8_t l_2324 = 0xCAL;
            int16_t *l_2325 = &g_33;
            float *l_2326[2][6];
            int32_t *l_2327[10][2][2] = {{{&g_995[0],&g_995[0]},{&g_802,&g_995[0]}},{{&g_995[0],&g_802},{&g_58,&g_995[1]}},{{&g_58,&g_802},{&g_995[0],&g_995[0]}},{{&g_802,&g_995[0]},{&g_995[0],&g_995[0]}},{{&g_995[1],&g_995[0]},{&g_995[0],&g_995[0]}},{{&g_995[0],&g_995[0]},{&g_995[0],&g_995[0]}},{{&g_995[1],&g_995[0]},{&g_995[0],&g_995[0]}},{{&g_802,&g_995[0]},{&g_995[0],&g_802}},{{&g_58,&g_995[1]},{&g_58,&g_802}},{{&g_995[0],&g_995[0]},{&g_802,&g_995[0]}}};
            uint64_t *l_2328 = &g_656[0];
            uint16_t l_2347 = 0x07D6L;
            uint32_t *l_2349 = (void*)0;
            uint32_t l_2378 = 0x86D5E3DFL;
            uint8_t *l_2400[3][6][5] = {{{&g_200,&g_140[0][0],&g_140[8][3],&g_140[8][3],&g_140[0][0]},{&g_807[1],&g_140[8][3],&g_807[1],&g_140[8][3],&g_807[1]},{&g_807[1],&g_807[4],&g_1825,(void*)0,&g_1825},{&g_807[1],(void*)0,&g_200,(void*)0,&g_807[1]},{&g_1825,&g_1825,&g_807[4],&g_140[8][3],&g_140[8][3]},{&g_140[8][6],&g_140[8][3],&g_140[8][3],&g_807[1],&g_1825}},{{&g_1825,&g_807[1],&g_140[0][0],&g_1825,&g_140[8][3]},{(void*)0,&g_807[1],&g_807[1],&g_807[1],&g_807[1]},{&g_140[8][3],&g_1825,&g_2221,&g_140[8][3],&g_1825},{&g_140[8][3],&g_140[8][6],(void*)0,&g_807[1],&g_807[1]},{&g_140[8][3],&g_1825,&g_1825,&g_807[1],&g_2221},{&g_140[8][3],(void*)0,&g_140[8][3],&g_807[1],&g_140[8][3]}},{{&g_140[8][3],&g_140[8][3],&g_140[4][3],&g_2221,&g_807[1]},{(void*)0,&g_140[8][3],&g_200,(void*)0,&g_140[8][6]},{&g_1825,&g_140[8][3],&g_2221,(void*)0,&g_140[8][3]},{&g_140[8][6],&g_140[8][3],&g_2221,&g_807[1],&g_807[1]},{&g_1825,&g_140[8][3],&g_1825,&g_2221,&g_140[8][3]},{&g_807[1],(void*)0,&g_140[8][3],(void*)0,(void*)0}}};
            int64_t l_2498 = 0xBF557AC0572F3016LL;
            struct S0 **l_2555[1][2][6] = {{{&g_859,&g_859,&g_859,&g_859,&g_859,&g_859},{&g_859,&g_859,&g_859,&g_859,&g_859,&g_859}}};
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 6; j++)
                    l_2326[i][j] = &g_989[1];
            }
            g_989[1] = (safe_add_func_float_f_f(((g_807[1] >= (safe_sub_func_float_f_f((l_2309[0][4] , (-0x1.Ep+1)), ((safe_lshift_func_int8_t_s_u(p_37, ((void*)0 != (**g_1705)))) , (-0x6.7p+1))))) > ((safe_sub_func_int64_t_s_s(((((*l_2325) ^= ((safe_div_func_uint8_t_u_u((safe_sub_func_int32_t_s_s((l_2309[0][4].f0 > (safe_sub_func_int64_t_s_s(((*l_2297) = (safe_div_func_int64_t_s_s((0x1FB9L ^ 65532UL), (*l_2298)))), l_2324))), 0x15CE1FFDL)), g_1715)) == p_37)) | 0UL) >= 8UL), l_2309[0][4].f4)) , 0x8.532C51p+57)), p_37));
            l_2327[2][1][1] = l_2298;
            (*l_2298) |= (0x68177A94ACEDA49FLL != ((*l_2328) = p_37));
            if (((!((safe_mod_func_int64_t_s_s(((void*)0 == &g_859), ((safe_lshift_func_int8_t_s_s((((l_2334[5][3][1] | (safe_mod_func_uint32_t_u_u((safe_div_func_int16_t_s_s((((safe_rshift_func_uint16_t_u_s((((((p_37 >= (safe_mod_func_uint64_t_u_u((*l_2298), ((safe_sub_func_int64_t_s_s((safe_add_func_uint16_t_u_u((((*l_2325) = (p_37 != 8UL)) || (&g_656[0] == (void*)0)), p_40)), 0x797DDB1926D30C3CLL)) , (*l_2298))))) <= g_1157) < l_2309[0][4].f0) | (**g_1834)) != p_40), 7)) | (*l_2298)) >= (*l_2298)), 8L)), l_2347))) , (*l_2298)) & 0x977504D5L), 4)) ^ (*l_2298)))) , 5L)) , p_40))
            { /* block id: 935 */
                int32_t *l_2348 = &g_1922;
                uint16_t *l_2377 = &g_1029;
                uint32_t l_2379 = 0xB21BA859L;
                (*g_1708) = l_2348;
                (*l_2298) = (l_2349 == l_2348);
                l_2379 = (safe_div_func_float_f_f((-0xD.C897B3p-35), (safe_add_func_float_f_f(((p_37 != ((((!((safe_div_func_float_f_f((((safe_div_func_float_f_f((safe_add_func_float_f_f(((safe_mul_func_float_f_f((+(g_716 = (((safe_add_func_uint16_t_u_u(p_37, (((safe_mul_func_uint8_t_u_u((**g_1834), ((((safe_sub_func_uint16_t_u_u(0x0F52L, (g_802 || ((p_40 == ((*l_2377) = ((safe_mod_func_uint64_t_u_u(((safe_mod_func_int32_t_s_s((0x04L < (safe_add_func_int16_t_s_s(((*l_2325) = (p_37 && (*l_2348))), p_37))), (****g_1348))) , 1UL), p_37)) == p_37))) != 18446744073709551615UL)))) <= 4294967287UL) <= g_604[5][4][1]) >= (*l_2298)))) , 0xB8L) ^ (*l_2298)))) , p_37) <= 0x2.CD6CC5p-58))), p_40)) != 0x0.6p-1), 0xA.2F51F1p+18)), 0x6.CD1A44p+35)) != (*l_2348)) <= p_40), l_2378)) > g_800)) , p_40) , (**g_945)) == (void*)0)) > g_31), g_160[0][0][0]))));
            }
            else
            { /* block id: 942 */
                int32_t l_2402 = 0x3D028E64L;
                int32_t l_2406 = 1L;
                uint32_t ***l_2434 = (void*)0;
                int32_t l_2447 = 9L;
                float l_2496[6] = {0x7.4D297Fp-41,0x7.4D297Fp-41,(-0x9.Fp-1),0x7.4D297Fp-41,0x7.4D297Fp-41,(-0x9.Fp-1)};
                int8_t * const l_2503 = (void*)0;
                const int16_t *l_2523 = &g_2197;
                const int16_t **l_2522 = &l_2523;
                uint32_t l_2526[10][4] = {{0xB0D5135BL,1UL,0xE6D55AF1L,0xC3F82EC4L},{0x40E90EC3L,1UL,0xB0D5135BL,0xC3F82EC4L},{0x42562BF5L,1UL,0x42562BF5L,0x9FF4233DL},{0x42562BF5L,0x9FF4233DL,0xB0D5135BL,1UL},{0x40E90EC3L,0x9FF4233DL,0xE6D55AF1L,0x9FF4233DL},{0xB0D5135BL,1UL,0xE6D55AF1L,0xC3F82EC4L},{0x40E90EC3L,1UL,0xB0D5135BL,0xC3F82EC4L},{0x42562BF5L,1UL,0x42562BF5L,0x9FF4233DL},{0x42562BF5L,0x9FF4233DL,0xB0D5135BL,1UL},{0x40E90EC3L,0x9FF4233DL,0xE6D55AF1L,0x9FF4233DL}};
                float l_2573 = 0x1.3p+1;
                uint16_t * const ***l_2577 = &g_2574;
                struct S0 l_2583 = {42,9,28,73,2,9};
                int i, j;
                for (g_538 = (-26); (g_538 > 26); ++g_538)
                { /* block id: 945 */
                    float l_2425 = 0x1.5p-1;
                    if ((((((void*)0 == (*g_945)) | (safe_div_func_int16_t_s_s((0x6373L != (safe_lshift_func_int16_t_s_u((((l_2386 = p_38) != (void*)0) || ((safe_mul_func_uint16_t_u_u(((0x61998FC6L || p_40) < (((*l_2296) = ((!(safe_mod_func_uint16_t_u_u(((((safe_div_func_uint32_t_u_u((safe_mod_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_u(((safe_add_func_uint32_t_u_u(0x3890E5A5L, (l_2400[1][5][0] == l_2401))) <= p_40), 7)) , 0xCAL), 1UL)), 0x1A805615L)) != g_1539) != g_800) == l_2309[0][4].f2), 0x327DL))) && g_2071)) | l_2402)), 0UL)) || p_40)), 4))), (*l_2298)))) , p_40) | p_40))
                    { /* block id: 948 */
                        uint16_t l_2407 = 0x8E6EL;
                        int32_t *l_2410 = (void*)0;
                        ++l_2403;
                        ++l_2407;
                        l_2298 = ((**g_883) = l_2410);
                    }
                    else
                    { /* block id: 953 */
                        uint64_t l_2424[10][3][1] = {{{5UL},{0xAA533CD566F5D3DFLL},{0xE73C5290B6794EDFLL}},{{0xB8CE614F33FC90B4LL},{1UL},{18446744073709551615UL}},{{0xE938A2B632C089E3LL},{0x32DE2E6CD9B3071FLL},{0xE938A2B632C089E3LL}},{{18446744073709551615UL},{1UL},{0xB8CE614F33FC90B4LL}},{{0xE73C5290B6794EDFLL},{0xAA533CD566F5D3DFLL},{5UL}},{{0xAA533CD566F5D3DFLL},{0xE73C5290B6794EDFLL},{0xB8CE614F33FC90B4LL}},{{1UL},{18446744073709551615UL},{0xE938A2B632C089E3LL}},{{0x32DE2E6CD9B3071FLL},{0xE938A2B632C089E3LL},{18446744073709551615UL}},{{1UL},{0xB8CE614F33FC90B4LL},{0xE73C5290B6794EDFLL}},{{0xAA533CD566F5D3DFLL},{5UL},{0xAA533CD566F5D3DFLL}}};
                        int i, j, k;
                        g_986[4][3] = (0xB.0D4312p-7 != ((safe_mul_func_float_f_f((((safe_add_func_uint8_t_u_u(((l_2406 , (0xA29D2A2BL == l_2406)) != (((safe_sub_func_uint8_t_u_u(((safe_sub_func_int64_t_s_s(((!(safe_add_func_uint16_t_u_u((**g_2187), ((void*)0 == &l_2293)))) || ((safe_lshift_func_int8_t_s_s(l_2402, 0)) & ((l_2424[1][1][0] != 1UL) & 0x92DC5A96L))), (-1L))) ^ p_40), l_2406)) <= (*l_2298)) > l_2402)), 0L)) , g_985[1][0][3]) <= g_801), p_37)) >= g_542));
                    }
                    return g_1999;
                }
                if ((safe_lshift_func_int8_t_s_s((p_40 <= 0UL), ((((safe_div_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_s((safe_add_func_int64_t_s_s(l_2309[0][4].f4, (l_2434 == (void*)0))), ((--(**g_1834)) <= (safe_rshift_func_int16_t_s_s((-1L), (safe_add_func_int64_t_s_s((safe_lshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((~l_2446) < ((((((l_2447 &= l_2406) || ((l_2293 , p_40) >= 0xF1D6L)) < (*l_2298)) != p_37) , p_37) > 0x37A7L)), l_2448)), 13)), g_800))))))) & p_40), 0x7849L)) , 0UL) & p_40) , g_803[1][6]))))
                { /* block id: 960 */
                    int32_t l_2468[8][10][1] = {{{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL}},{{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL}},{{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL}},{{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL}},{{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL}},{{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL}},{{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL}},{{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL},{0x06F8AF20L},{0x79B7C4DDL}}};
                    int8_t *l_2495 = &g_654;
                    int8_t *l_2497 = &g_804;
                    uint32_t *l_2500[3];
                    int i, j, k;
                    for (i = 0; i < 3; i++)
                        l_2500[i] = (void*)0;
                    if (((safe_add_func_uint64_t_u_u(((-1L) < (safe_sub_func_int8_t_s_s((g_1985 ^= (safe_sub_func_int32_t_s_s((l_2293.f2 |= (!(((safe_rshift_func_int16_t_s_s(p_40, ((*l_2298) , (((safe_sub_func_uint32_t_u_u((l_2447 = (safe_rshift_func_int16_t_s_u((safe_div_func_uint64_t_u_u((safe_div_func_int32_t_s_s(p_40, (safe_mod_func_int32_t_s_s((((*l_2325) = l_2468[6][4][0]) & ((((((*l_2297) = (safe_div_func_uint8_t_u_u(((safe_div_func_uint8_t_u_u((((*l_2386) &= (safe_add_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_u(((((safe_div_func_int8_t_s_s(((*l_2497) = (((**g_1834) = 0x18L) < (((((((safe_rshift_func_uint8_t_u_u((((*l_2495) &= (((safe_add_func_uint64_t_u_u(((~((((safe_sub_func_uint8_t_u_u(p_40, ((safe_add_func_float_f_f((safe_div_func_float_f_f((safe_mul_func_float_f_f(((safe_mul_func_float_f_f(0x4.F05AD9p-94, l_2309[0][4].f0)) >= g_989[0]), g_986[3][0])), l_2406)), l_2468[6][2][0])) , g_995[0]))) <= l_2494) , 1L) && 0xE1L)) && p_40), p_37)) < l_2447) ^ 0x4629L)) < g_538), p_40)) == (-6L)) | l_2447) , g_524[0]) , l_2406) , p_38) != p_39))), l_2498)) & l_2468[6][4][0]) <= p_37) == p_40), l_2499)) || (*l_2298)), l_2447))) | 0x1A3ACB88225376D8LL), g_91.f2)) >= 0UL), (*l_2298)))) && 3UL) > 0x32EC31C6L) , p_37) && p_37)), p_40)))), l_2468[6][4][0])), 11))), l_2501)) < 0xADL) , p_37)))) <= 0x369A7E2FB29B2932LL) > l_2468[5][8][0]))), (*l_2298)))), g_994))), g_1157)) != g_2502))
                    { /* block id: 970 */
                        return g_91.f5;
                    }
                    else
                    { /* block id: 972 */
                        if (l_2406)
                            goto lbl_2302;
                        g_55 = l_2468[0][0][0];
                        l_2309[0][4].f2 ^= (*l_2298);
                        return p_40;
                    }
                }
                else
                { /* block id: 978 */
                    uint32_t **l_2533 = (void*)0;
                    int32_t l_2552[6][5][6] = {{{0x6C05AC5FL,0x74A46FAFL,0L,(-1L),(-4L),0xB56894B0L},{0x0B2C3CB1L,0x039A16D4L,0xC1167CD8L,0x74A46FAFL,(-1L),0xB56894B0L},{(-10L),(-1L),0L,3L,0x0B2C3CB1L,0x8B964E3AL},{(-1L),0x5E2F27D0L,0x58BA9028L,0xB56894B0L,0x58BA9028L,0x5E2F27D0L},{(-1L),0x8B964E3AL,0x0B2C3CB1L,3L,0L,(-1L)}},{{(-10L),0xB56894B0L,(-1L),0x74A46FAFL,0xC1167CD8L,0x039A16D4L},{0x0B2C3CB1L,0xB56894B0L,(-4L),(-1L),0L,0x74A46FAFL},{0x6C05AC5FL,0x8B964E3AL,0x3A9E1372L,0x9E52FF03L,0x58BA9028L,0x9E52FF03L},{0x3A9E1372L,0x5E2F27D0L,0x3A9E1372L,(-1L),0x0B2C3CB1L,0x74A46FAFL},{0L,(-1L),(-4L),0L,(-1L),0x039A16D4L}},{{0x0BA6BFF6L,0x039A16D4L,(-1L),0L,(-4L),(-1L)},{0L,0x74A46FAFL,0x0B2C3CB1L,(-1L),0x3A9E1372L,0x5E2F27D0L},{0x3A9E1372L,0x9E52FF03L,0x58BA9028L,0x9E52FF03L,0x3A9E1372L,0x8B964E3AL},{0x6C05AC5FL,0x74A46FAFL,0L,(-1L),(-4L),0xB56894B0L},{0x0B2C3CB1L,0x039A16D4L,0xC1167CD8L,0x74A46FAFL,(-1L),0xB56894B0L}},{{(-10L),(-1L),0L,3L,0x0B2C3CB1L,0x8B964E3AL},{(-1L),0x5E2F27D0L,0x58BA9028L,0xB56894B0L,0x58BA9028L,0x5E2F27D0L},{(-1L),0x8B964E3AL,0x0B2C3CB1L,3L,0L,(-1L)},{(-10L),0xB56894B0L,(-1L),0x74A46FAFL,0xC1167CD8L,0x039A16D4L},{0x0B2C3CB1L,0xB56894B0L,(-4L),(-1L),0L,0x74A46FAFL}},{{0x6C05AC5FL,0x8B964E3AL,0x3A9E1372L,0x9E52FF03L,0x58BA9028L,0x9E52FF03L},{0x3A9E1372L,0x5E2F27D0L,0x3A9E1372L,0x8B964E3AL,(-4L),0x039A16D4L},{0x3A9E1372L,0x8B964E3AL,0x6C05AC5FL,0xB56894B0L,0x0BA6BFF6L,0L},{0x0B2C3CB1L,0L,0x0BA6BFF6L,0xB56894B0L,0x6C05AC5FL,0x8B964E3AL},{0x3A9E1372L,0x039A16D4L,(-4L),0x8B964E3AL,0xC1167CD8L,(-1L)}},{{0xC1167CD8L,0x5E2F27D0L,0L,0x5E2F27D0L,0xC1167CD8L,0xA3391AA1L},{(-10L),0x039A16D4L,0x58BA9028L,(-1L),0x6C05AC5FL,0x9E52FF03L},{(-4L),0L,(-1L),0x039A16D4L,0x0BA6BFF6L,0x9E52FF03L},{0L,0x8B964E3AL,0x58BA9028L,0x74A46FAFL,(-4L),0xA3391AA1L},{0x0BA6BFF6L,(-1L),0L,0x9E52FF03L,0L,(-1L)}}};
                    int32_t l_2554[8][6][2] = {{{(-1L),(-1L)},{0xC1948355L,0xEC847080L},{1L,0xEC847080L},{0xC1948355L,(-1L)},{(-1L),0xC1948355L},{0xEC847080L,1L}},{{0xEC847080L,0xC1948355L},{(-1L),(-1L)},{0xC1948355L,0xEC847080L},{1L,0xEC847080L},{0xC1948355L,(-1L)},{(-1L),0xC1948355L}},{{0xEC847080L,1L},{0xEC847080L,0xC1948355L},{(-1L),(-1L)},{0xC1948355L,0xEC847080L},{1L,0xEC847080L},{0xC1948355L,(-1L)}},{{(-1L),0xC1948355L},{0xEC847080L,1L},{0xEC847080L,0xC1948355L},{(-1L),(-1L)},{0xC1948355L,0xEC847080L},{1L,0xEC847080L}},{{0xC1948355L,(-1L)},{(-1L),0xC1948355L},{0xEC847080L,1L},{0xEC847080L,0xC1948355L},{(-1L),(-1L)},{0xC1948355L,0xEC847080L}},{{1L,0xEC847080L},{0xC1948355L,(-1L)},{(-1L),0xC1948355L},{0xEC847080L,1L},{0xEC847080L,0xC1948355L},{(-1L),(-1L)}},{{0xC1948355L,0xEC847080L},{1L,0xEC847080L},{0xC1948355L,(-1L)},{(-1L),0xC1948355L},{0xEC847080L,1L},{0xEC847080L,0xC1948355L}},{{(-1L),(-1L)},{0xC1948355L,0xEC847080L},{1L,0xEC847080L},{0xC1948355L,(-1L)},{(-1L),0xC1948355L},{0xEC847080L,1L}}};
                    int i, j, k;
                    if (l_2309[0][4].f5)
                    { /* block id: 979 */
                        const uint32_t l_2513 = 0xE612BBF2L;
                        uint32_t l_2520 = 1UL;
                        int8_t *l_2521[2];
                        int i;
                        for (i = 0; i < 2; i++)
                            l_2521[i] = &l_2446;
                        (*l_2298) = ((((l_2503 == &g_31) , (((((l_2402 | p_37) | ((safe_add_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s(((g_806 & (((safe_sub_func_int16_t_s_s(((safe_add_func_uint16_t_u_u(((safe_unary_minus_func_int32_t_s(((0L >= p_40) , 1L))) | (((0xE64D0AB3997E58ABLL | p_37) & p_40) > l_2402)), 0xA991L)) != l_2309[0][4].f5), 0x326FL)) , g_1157) && 0xB3EE5128A8B9FD54LL)) <= p_37), 0L)) <= 0x5ED9712C7C65142DLL), l_2513)) < 1UL)) >= l_2447) && g_310.f1) | l_2403)) <= p_40) < p_37);
                        (*l_2298) |= ((safe_mod_func_int64_t_s_s((l_2309[0][4].f1 |= (safe_add_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((l_2520 & (g_31 &= 0x82L)), (p_37 | p_37))), (((((&l_2325 == l_2522) || p_40) < ((safe_add_func_uint64_t_u_u(l_2406, 0x7E2736077C869BC6LL)) , p_40)) , p_40) | 8UL)))), l_2526[1][1])) == (-8L));
                        return g_656[1];
                    }
                    else
                    { /* block id: 985 */
                        uint32_t ***l_2534[2][1][4] = {{{&l_2533,(void*)0,&l_2533,(void*)0}},{{&l_2533,(void*)0,&l_2533,(void*)0}}};
                        const uint32_t *** const *l_2547 = (void*)0;
                        const uint32_t *** const ** const l_2546 = &l_2547;
                        int i, j, k;
                        l_2406 = 0x7.9p+1;
                        l_2406 &= (safe_add_func_uint16_t_u_u(((((0x1.Dp-1 >= 0x1.Dp+1) == ((l_2447 = ((safe_add_func_float_f_f(((safe_div_func_uint8_t_u_u((((l_2309[0][4].f2 = (&g_1754[2][1][0] == &g_1754[1][1][0])) , (g_781 = l_2533)) == (void*)0), ((+(((safe_add_func_uint64_t_u_u(((safe_div_func_uint32_t_u_u((l_2554[5][0][1] = (l_2552[1][4][3] = ((!(safe_sub_func_uint64_t_u_u((safe_div_func_uint8_t_u_u(((l_2545 == l_2546) == (safe_mul_func_int8_t_s_s(((((safe_div_func_int64_t_s_s(p_37, 1UL)) <= (**g_2187)) , l_2552[1][4][3]) < p_40), (*l_2298)))), (*l_2298))), l_2553[4]))) == p_40))), 0x6630DBB5L)) == p_37), p_37)) , (void*)0) != &g_1834)) && p_37))) , l_2448), 0x7.A5E01Ap-14)) >= g_91.f1)) < g_796[8])) , p_40) , (*g_2188)), 0x1615L));
                        l_2555[0][1][4] = &g_859;
                        g_801 = (+g_800);
                    }
                    (*g_884) = l_2557;
                }
                if (((*l_2298) ^ (((!(safe_sub_func_uint8_t_u_u(0x9CL, ((safe_add_func_int64_t_s_s((*l_2298), (safe_add_func_int32_t_s_s(0x95E12374L, (safe_mod_func_int32_t_s_s(((safe_add_func_uint8_t_u_u(p_40, (safe_rshift_func_int8_t_s_u(p_40, 2)))) > (p_37 || ((safe_add_func_uint16_t_u_u(l_2526[1][1], (((((*l_2577) = g_2574) == (void*)0) == p_37) | (*l_2298)))) , p_37))), 1L)))))) , p_37)))) , (*l_2557)) , g_800)))
                { /* block id: 999 */
                    int32_t l_2578 = 8L;
                    int32_t *l_2582 = &g_338;
                    int16_t *l_2586 = (void*)0;
                    int16_t *l_2587 = &g_2197;
                    if (((g_994 |= (l_2578 , ((*l_2582) = (safe_rshift_func_uint8_t_u_s(l_2581, 7))))) , ((*l_2557) = (l_2583 , ((((safe_add_func_int64_t_s_s((((((g_166 , (((*l_2298) ^= p_40) & p_40)) | ((*l_2587) &= ((*l_2325) ^= ((void*)0 != &l_2522)))) && ((l_2578 | 1UL) ^ p_40)) >= 255UL) == p_40), g_91.f4)) > p_40) , l_2578) == (*g_872))))))
                    { /* block id: 1006 */
                        (***g_883) |= (0x3E424512L || p_37);
                        if (l_2494)
                            goto lbl_2302;
                        (***g_1707) |= ((*g_347) == (g_124 , (***g_945)));
                        if ((*****g_1347))
                            break;
                    }
                    else
                    { /* block id: 1011 */
                        int16_t l_2593 = (-1L);
                        int32_t l_2601 = 0xC1D4F014L;
                        l_2601 = (safe_sub_func_float_f_f(((safe_rshift_func_uint16_t_u_u((l_2592 == (l_2593 , ((l_2578 |= (safe_lshift_func_int8_t_s_u(((*l_2298) | (p_40 = ((safe_add_func_uint16_t_u_u((**g_2187), ((*l_2325) = 7L))) | 0xF0AE86FFL))), 7))) , p_40))), (safe_mul_func_int16_t_s_s(((void*)0 != l_2600), 0x391BL)))) , g_301), (-0x1.Ep-1)));
                        l_2601 ^= p_40;
                    }
                    if ((g_310.f5 | ((safe_mod_func_uint16_t_u_u((safe_add_func_uint16_t_u_u((**g_2187), (*l_2557))), 1L)) | p_40)))
                    { /* block id: 1018 */
                        uint32_t l_2606 = 0xBE58D5EEL;
                        l_2606--;
                        return l_2583.f2;
                    }
                    else
                    { /* block id: 1021 */
                        if (g_1157)
                            goto lbl_2302;
                        (**g_884) = ((l_2578 < (**g_871)) & (-1L));
                        return l_2578;
                    }
                }
                else
                { /* block id: 1026 */
                    return p_37;
                }
            }
        }
        l_2615++;
    }
    for (g_655 = 0; (g_655 != (-11)); --g_655)
    { /* block id: 1035 */
        uint16_t l_2656 = 65532UL;
        uint32_t l_2659 = 0x312EF314L;
        int32_t l_2678 = (-1L);
        uint32_t l_2692[7] = {0UL,0xC2071398L,0UL,0UL,0xC2071398L,0UL,0UL};
        int32_t **** const *l_2693 = &g_1348;
        int i;
        if (p_40)
        { /* block id: 1036 */
            uint16_t l_2641[7][10] = {{0xD6DBL,0xD6DBL,0xADB9L,0xD6DBL,0xD6DBL,0xADB9L,0xD6DBL,0xD6DBL,0xADB9L,0xD6DBL},{0xD6DBL,65529UL,65529UL,0xD6DBL,65529UL,65529UL,0xD6DBL,65529UL,65529UL,0xD6DBL},{65529UL,0xD6DBL,65529UL,65529UL,0xD6DBL,65529UL,65529UL,0xD6DBL,65529UL,0xADB9L},{65529UL,65529UL,0xD6DBL,65529UL,65529UL,0xD6DBL,65529UL,65529UL,0xD6DBL,65529UL},{65529UL,0xADB9L,0xADB9L,65529UL,0xADB9L,0xADB9L,65529UL,0xADB9L,0xADB9L,65529UL},{0xADB9L,65529UL,0xADB9L,0xADB9L,65529UL,0xADB9L,0xADB9L,65529UL,0xADB9L,0xADB9L},{65529UL,65529UL,0xD6DBL,65529UL,65529UL,0xD6DBL,65529UL,65529UL,0xD6DBL,65529UL}};
            int32_t l_2647 = 0xD529DD09L;
            int32_t l_2648 = 0xC55F15C3L;
            int32_t l_2651 = (-6L);
            int32_t l_2653 = 0xB7136239L;
            int32_t l_2654 = (-7L);
            int32_t *l_2670 = &g_338;
            int32_t **l_2669 = &l_2670;
            uint32_t ** const *l_2674[4][4] = {{(void*)0,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{(void*)0,(void*)0,&g_781,&g_781},{(void*)0,&g_781,(void*)0,&g_781}};
            uint32_t ** const **l_2673 = &l_2674[1][1];
            int i, j;
            if ((!g_829))
            { /* block id: 1037 */
                uint32_t ***l_2635 = &g_781;
                uint32_t ****l_2634[7][5] = {{&l_2635,&l_2635,(void*)0,&l_2635,&l_2635},{&l_2635,(void*)0,&l_2635,(void*)0,&l_2635},{&l_2635,&l_2635,&l_2635,&l_2635,&l_2635},{&l_2635,&l_2635,&l_2635,&l_2635,&l_2635},{&l_2635,(void*)0,&l_2635,&l_2635,&l_2635},{(void*)0,&l_2635,&l_2635,&l_2635,&l_2635},{&l_2635,&l_2635,&l_2635,&l_2635,&l_2635}};
                uint32_t *****l_2633 = &l_2634[6][0];
                int32_t l_2638 = 0L;
                int32_t l_2646 = 8L;
                int32_t l_2652 = 0xCC1DAB97L;
                int i, j;
                (*l_2298) = 0x2B48B543L;
                for (g_1157 = 0; (g_1157 == 13); g_1157 = safe_add_func_uint32_t_u_u(g_1157, 2))
                { /* block id: 1041 */
                    const int8_t *l_2624 = &g_302;
                    const int8_t ** const l_2623 = &l_2624;
                    const int8_t ***l_2625 = (void*)0;
                    const int8_t **l_2627 = &l_2624;
                    const int8_t ***l_2626[7];
                    const int8_t ***l_2628[8][9][3] = {{{(void*)0,&l_2627,&l_2627},{&l_2627,&l_2627,(void*)0},{(void*)0,(void*)0,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,(void*)0},{(void*)0,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627}},{{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,(void*)0},{&l_2627,&l_2627,&l_2627},{&l_2627,(void*)0,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,(void*)0,(void*)0},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627}},{{&l_2627,&l_2627,(void*)0},{(void*)0,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,(void*)0,&l_2627},{(void*)0,&l_2627,(void*)0},{&l_2627,(void*)0,&l_2627},{(void*)0,&l_2627,(void*)0}},{{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{(void*)0,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,(void*)0},{(void*)0,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,(void*)0,&l_2627}},{{&l_2627,&l_2627,(void*)0},{&l_2627,(void*)0,&l_2627},{&l_2627,(void*)0,(void*)0},{&l_2627,(void*)0,&l_2627},{&l_2627,&l_2627,&l_2627},{(void*)0,(void*)0,(void*)0},{(void*)0,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627}},{{&l_2627,&l_2627,&l_2627},{(void*)0,&l_2627,&l_2627},{(void*)0,(void*)0,(void*)0},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,(void*)0,(void*)0},{(void*)0,&l_2627,&l_2627},{&l_2627,&l_2627,(void*)0},{&l_2627,&l_2627,&l_2627}},{{&l_2627,&l_2627,&l_2627},{(void*)0,(void*)0,&l_2627},{(void*)0,&l_2627,&l_2627},{&l_2627,&l_2627,(void*)0},{&l_2627,&l_2627,&l_2627},{&l_2627,(void*)0,&l_2627},{(void*)0,&l_2627,&l_2627},{(void*)0,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627}},{{&l_2627,&l_2627,&l_2627},{&l_2627,(void*)0,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,&l_2627,&l_2627},{&l_2627,(void*)0,&l_2627},{&l_2627,&l_2627,&l_2627},{(void*)0,&l_2627,(void*)0},{&l_2627,&l_2627,&l_2627},{(void*)0,&l_2627,&l_2627}}};
                    const int8_t ***l_2629 = &l_2627;
                    uint32_t *****l_2636 = &l_2634[6][0];
                    int16_t *l_2637[1][3];
                    int32_t *l_2649 = &l_2638;
                    int32_t *l_2650[9][10] = {{&g_58,(void*)0,&g_58,&l_2646,&l_2648,&g_995[0],&g_802,&g_995[0],&l_2648,&l_2646},{&g_995[0],(void*)0,&g_995[0],&l_2646,&g_58,&g_995[0],&g_802,&g_995[0],&g_58,&l_2646},{&g_58,(void*)0,&g_58,&l_2646,&l_2648,&g_995[0],&g_802,&g_995[0],&l_2648,&l_2646},{&g_995[0],(void*)0,&g_995[0],&l_2646,&g_58,&g_995[0],&g_802,&g_995[0],&g_58,&l_2646},{&g_58,(void*)0,&g_58,&l_2646,&l_2648,&g_995[0],&g_802,&g_995[0],&l_2648,&l_2646},{&g_995[0],(void*)0,&g_995[0],&l_2646,&g_58,&g_995[0],&g_802,&g_995[0],&g_58,&l_2646},{&g_58,(void*)0,&g_58,&l_2646,&l_2648,&g_995[0],&g_802,&g_995[0],&l_2648,&l_2646},{&g_995[0],(void*)0,&g_995[0],&g_995[0],&g_995[0],&l_2614,&l_2646,&l_2614,&g_995[0],&g_995[0]},{&g_802,(void*)0,&g_802,&g_995[0],&g_58,&l_2614,&g_1922,&l_2614,&g_58,&g_995[0]}};
                    int i, j, k;
                    for (i = 0; i < 7; i++)
                        l_2626[i] = &l_2627;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 3; j++)
                            l_2637[i][j] = (void*)0;
                    }
                    (*l_2629) = l_2623;
                    (*l_2298) &= ((~(safe_sub_func_int16_t_s_s((l_2638 = ((l_2633 = g_1192) != l_2636)), (p_37 , ((((safe_add_func_int32_t_s_s(l_2641[4][5], p_37)) == (safe_unary_minus_func_uint64_t_u(18446744073709551611UL))) && p_37) ^ ((&g_2574 != l_2643) <= p_37)))))) <= l_2646);
                    ++l_2656;
                }
                (***g_1348) = (l_2656 , &l_2647);
                l_2659++;
            }
            else
            { /* block id: 1050 */
                return (*l_2298);
            }
            if (p_40)
                continue;
            l_2678 |= ((safe_div_func_int64_t_s_s(l_2654, ((*l_2298) |= ((safe_add_func_int64_t_s_s(0xDE5C48968F25CE5ALL, (+((8L && (safe_div_func_uint16_t_u_u((((*l_2669) = &g_338) == &g_338), (safe_sub_func_int8_t_s_s(((l_2675 = l_2673) == (l_2659 , &g_2201)), ((l_2647 = 65535UL) > p_40)))))) ^ l_2656)))) > l_2659)))) & p_37);
        }
        else
        { /* block id: 1059 */
            uint64_t *l_2689 = &g_1157;
            int32_t ***l_2696 = &g_884;
            int32_t **** const l_2695 = &l_2696;
            int32_t **** const *l_2694 = &l_2695;
            float *l_2697 = &g_986[3][0];
            float *l_2698[4][7][9] = {{{&g_716,&g_160[0][0][0],&g_55,(void*)0,&g_801,(void*)0,&g_55,&g_989[1],&g_989[0]},{&g_301,&g_160[0][0][0],&g_716,&g_716,&g_716,&g_55,&g_716,&g_716,&g_301},{&g_716,(void*)0,(void*)0,(void*)0,&g_716,&g_160[7][0][0],&g_716,&g_55,&g_801},{&g_801,(void*)0,&g_55,(void*)0,&g_989[0],&g_160[0][0][0],&g_55,&g_160[2][0][0],&g_55},{&g_716,(void*)0,&g_55,&g_801,&g_716,&g_989[0],&g_716,&g_55,&g_160[2][0][0]},{&g_801,&g_55,&g_301,&g_716,&g_716,&g_301,&g_55,&g_801,(void*)0},{&g_55,&g_716,&g_989[0],&g_301,(void*)0,&g_55,&g_801,&g_989[0],(void*)0}},{{&g_160[0][0][0],&g_55,&g_160[0][0][0],(void*)0,&g_801,&g_716,&g_801,&g_301,(void*)0},{&g_55,&g_160[2][0][0],&g_55,&g_160[0][0][0],&g_989[0],&g_716,(void*)0,&g_160[0][0][0],&g_160[2][0][0]},{&g_55,&g_716,&g_801,(void*)0,&g_716,&g_55,(void*)0,&g_55,&g_55},{&g_716,&g_989[1],&g_301,&g_716,&g_55,&g_716,&g_989[0],(void*)0,&g_801},{&g_301,&g_989[0],&g_801,(void*)0,&g_989[1],&g_716,(void*)0,(void*)0,&g_301},{&g_716,&g_989[0],&g_160[0][0][0],&g_160[0][0][0],&g_716,&g_160[6][1][1],&g_989[0],(void*)0,&g_989[0]},{(void*)0,&g_989[1],&g_301,&g_55,(void*)0,&g_716,&g_301,&g_160[2][0][0],&g_55}},{{(void*)0,&g_716,(void*)0,&g_160[0][0][0],&g_301,&g_989[1],&g_989[1],&g_301,&g_160[0][0][0]},{(void*)0,&g_160[2][0][0],(void*)0,(void*)0,&g_801,&g_301,&g_55,&g_989[0],&g_716},{&g_301,&g_55,&g_301,&g_989[1],&g_989[1],&g_989[0],&g_989[0],&g_801,&g_160[5][0][0]},{&g_801,&g_716,(void*)0,(void*)0,&g_801,&g_716,&g_301,&g_55,&g_989[0]},{&g_989[0],&g_55,&g_160[0][0][0],&g_160[0][0][0],&g_716,&g_55,&g_160[0][0][0],&g_160[0][0][0],(void*)0},{&g_716,(void*)0,&g_55,&g_716,&g_989[0],&g_716,&g_801,&g_989[0],&g_160[2][0][0]},{&g_160[0][0][0],&g_989[0],&g_160[0][0][0],&g_301,&g_716,&g_160[2][0][0],&g_160[0][1][1],&g_801,&g_801}},{{&g_301,&g_55,&g_716,&g_160[0][0][0],&g_160[0][0][0],&g_160[2][0][0],&g_160[5][0][0],&g_301,&g_801},{(void*)0,&g_301,(void*)0,&g_301,&g_801,&g_716,&g_301,&g_989[0],&g_55},{&g_989[0],&g_160[0][0][0],&g_55,&g_801,&g_801,&g_301,&g_160[6][1][1],&g_160[0][0][0],&g_160[0][0][0]},{(void*)0,&g_801,&g_989[1],&g_989[0],&g_989[1],&g_801,(void*)0,&g_301,&g_716},{&g_160[0][0][0],&g_989[0],&g_160[0][0][0],&g_55,&g_716,(void*)0,&g_989[0],&g_55,(void*)0},{&g_801,&g_989[0],(void*)0,&g_160[0][0][0],&g_716,&g_801,&g_55,&g_301,&g_160[0][0][0]},{&g_801,&g_160[5][0][0],&g_801,&g_301,(void*)0,&g_55,&g_716,&g_160[0][0][0],&g_55}}};
            int32_t l_2708 = 0xDF84107AL;
            struct S0 l_2709 = {166,-13,-10,65,2,6};
            int i, j, k;
            g_160[0][0][0] = (((safe_rshift_func_uint8_t_u_u((safe_div_func_int64_t_s_s(((safe_lshift_func_uint16_t_u_s((((0x56995E148CB42B08LL & (safe_rshift_func_uint16_t_u_u(0x1EDBL, 12))) , (safe_mod_func_int64_t_s_s((((**g_1834) = 1UL) , ((((p_37 &= 65533UL) , l_2689) == ((l_2707[7] = ((*l_2298) = ((safe_mul_func_float_f_f((g_301 = ((*l_2697) = ((l_2692[5] , (l_2694 = l_2693)) != l_2693))), (((safe_mul_func_float_f_f(((safe_mod_func_int8_t_s_s((safe_add_func_int32_t_s_s(((safe_mul_func_uint16_t_u_u(1UL, 7L)) == p_40), p_40)), 0x6AL)) , g_166), g_989[0])) != (*l_2298)) >= p_40))) >= g_1157))) , (void*)0)) ^ 0L)), l_2708))) != 0xD69965F2C5FDD6C5LL), 2)) <= p_40), 0xAC0D4F8A8D9B7878LL)), 7)) , l_2709) , p_37);
            return g_806;
        }
        return p_37;
    }
    return p_37;
}


/* ------------------------------------------ */
/* 
 * reads : g_381 g_382 g_310.f5 g_58 g_288 g_654 g_91.f4 g_166 g_2188 g_604 g_2187 g_1834 g_1835 g_1825 g_807 g_994 g_1157 g_302 g_91
 * writes: g_382 g_288 g_654 g_655 g_604 g_58 g_166 g_302 g_1825 g_807 g_1835 g_986 g_160
 */
static int8_t  func_41(uint32_t  p_42, int16_t  p_43, uint32_t  p_44)
{ /* block id: 427 */
    int32_t *l_1094 = &g_58;
    struct S0 *l_1105 = &g_91;
    int32_t l_1106 = 5L;
    int64_t ****l_1110 = &g_590;
    int64_t *****l_1109 = &l_1110;
    uint16_t *l_1113 = &g_288[3][0][0];
    int64_t ** const **l_1117 = (void*)0;
    int64_t ** const ***l_1116 = &l_1117;
    int8_t *l_1118 = &g_654;
    int8_t *l_1119 = &g_655;
    uint16_t *l_1120 = &g_604[7][4][1];
    uint8_t l_1158 = 0xABL;
    uint32_t ***l_1198 = &g_781;
    uint32_t ****l_1197 = &l_1198;
    uint32_t *****l_1196[10][1][8] = {{{&l_1197,&l_1197,&l_1197,&l_1197,&l_1197,&l_1197,&l_1197,&l_1197}},{{(void*)0,(void*)0,&l_1197,&l_1197,&l_1197,(void*)0,&l_1197,(void*)0}},{{&l_1197,&l_1197,&l_1197,&l_1197,&l_1197,&l_1197,&l_1197,&l_1197}},{{(void*)0,&l_1197,&l_1197,(void*)0,&l_1197,&l_1197,(void*)0,&l_1197}},{{&l_1197,&l_1197,&l_1197,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&l_1197,(void*)0,&l_1197,&l_1197,&l_1197,&l_1197,&l_1197,(void*)0}},{{&l_1197,&l_1197,&l_1197,(void*)0,&l_1197,&l_1197,&l_1197,&l_1197}},{{&l_1197,(void*)0,&l_1197,(void*)0,&l_1197,(void*)0,&l_1197,&l_1197}},{{&l_1197,(void*)0,&l_1197,&l_1197,(void*)0,&l_1197,&l_1197,(void*)0}},{{&l_1197,&l_1197,&l_1197,&l_1197,&l_1197,&l_1197,&l_1197,&l_1197}}};
    int32_t l_1216 = (-4L);
    int32_t l_1219 = 0x27C30926L;
    int32_t l_1220 = (-8L);
    uint32_t ****l_1242 = (void*)0;
    uint32_t l_1246 = 0xAC76CA7EL;
    const int32_t * const l_1281 = &l_1106;
    const int32_t * const *l_1280 = &l_1281;
    const int32_t * const **l_1279 = &l_1280;
    int32_t l_1286 = (-1L);
    int32_t l_1287[5] = {0L,0L,0L,0L,0L};
    uint64_t l_1288 = 0UL;
    int16_t ***l_1304 = &g_1080;
    int8_t l_1443 = 0x2BL;
    int16_t l_1455 = 0xBB1CL;
    int64_t l_1497[3];
    uint64_t l_1499 = 18446744073709551615UL;
    uint16_t **l_1503 = &l_1120;
    uint32_t ****l_1559 = (void*)0;
    const uint32_t *l_1610 = &g_226;
    const uint32_t **l_1609 = &l_1610;
    int16_t l_1616[6][3] = {{0xDAC0L,0xDAC0L,0xDAC0L},{0x1079L,2L,0x1079L},{0xDAC0L,0xDAC0L,0xDAC0L},{0x1079L,2L,0x1079L},{0xDAC0L,0xDAC0L,0xDAC0L},{0x1079L,2L,0x1079L}};
    int32_t l_1619 = 0x712ED46BL;
    uint32_t l_1633 = 0x1872326BL;
    int64_t **l_1748[7];
    int64_t **l_1749 = (void*)0;
    int64_t *** const l_1747[9] = {&l_1748[5],&l_1748[5],&l_1748[5],&l_1748[5],&l_1748[5],&l_1748[5],&l_1748[5],&l_1748[5],&l_1748[5]};
    int64_t *** const *l_1746 = &l_1747[8];
    int64_t *** const **l_1745 = &l_1746;
    uint32_t l_1800 = 9UL;
    int16_t l_1830 = 0x82DFL;
    uint8_t **l_1842 = &g_1835[4];
    int32_t * const l_1860 = &g_58;
    int64_t l_1883 = 0L;
    uint32_t l_1941[4];
    uint32_t l_1963 = 4294967286UL;
    const int16_t *l_1998[2];
    const int16_t **l_1997[3][3] = {{&l_1998[0],&l_1998[0],&l_1998[0]},{&l_1998[0],&l_1998[0],&l_1998[0]},{&l_1998[0],&l_1998[0],&l_1998[0]}};
    int32_t ***l_2104[4][5] = {{&g_884,&g_884,&g_884,&g_884,&g_884},{&g_871,&g_871,&g_871,&g_871,&g_871},{&g_884,&g_884,&g_884,&g_884,&g_884},{&g_871,&g_871,&g_871,&g_871,&g_871}};
    struct S0 l_2109 = {110,8,6,49,0,4};
    float l_2117 = 0x6.41F3CDp-59;
    int32_t l_2279 = 0xF6C539CCL;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1497[i] = 0xFBF4BCF7474BA2AELL;
    for (i = 0; i < 7; i++)
        l_1748[i] = &g_592;
    for (i = 0; i < 4; i++)
        l_1941[i] = 0x70030437L;
    for (i = 0; i < 2; i++)
        l_1998[i] = &g_1999;
    (*g_381) = (*g_381);
    l_1094 = (g_310.f5 , l_1094);
    if ((safe_div_func_int16_t_s_s((p_44 <= ((*l_1094) = (((safe_mul_func_uint8_t_u_u(((*l_1094) , ((safe_lshift_func_uint8_t_u_u((*l_1094), (((*l_1120) = ((safe_rshift_func_int8_t_s_u(p_43, (safe_sub_func_int64_t_s_s((((*l_1119) = (((l_1106 &= (l_1105 == (void*)0)) , (safe_add_func_int8_t_s_s(((*l_1118) |= (l_1109 == ((safe_div_func_uint16_t_u_u(p_42, (--(*l_1113)))) , l_1116))), p_43))) && p_42)) , 0x29E739322F242363LL), p_43)))) & 0x9B6794D7L)) , 0xB6L))) & (-1L))), 0x97L)) == g_91.f4) > p_43))), p_42)))
    { /* block id: 436 */
        uint16_t l_1136[3];
        int16_t *l_1137 = (void*)0;
        int64_t * const *l_1201[8] = {&g_592,&g_592,&g_592,&g_592,&g_592,&g_592,&g_592,&g_592};
        int32_t l_1212[7];
        int16_t l_1221 = (-1L);
        uint32_t l_1224[4][4] = {{0x7C191F54L,0xB94E6345L,0xB94E6345L,0x7C191F54L},{0x7C191F54L,0xB94E6345L,0xB94E6345L,0x7C191F54L},{0x7C191F54L,0xB94E6345L,0xB94E6345L,0x7C191F54L},{0x7C191F54L,0xB94E6345L,0xB94E6345L,0x7C191F54L}};
        int64_t l_1259 = 0x78B8FC20E2414B8DLL;
        int32_t l_1282 = 0x53A79D83L;
        int64_t l_1381[2];
        uint64_t l_1445 = 0x7773BD30A8B58872LL;
        uint16_t **l_1467 = (void*)0;
        uint16_t ***l_1502 = &l_1467;
        float *l_1517 = (void*)0;
        float *l_1518 = &g_716;
        float *l_1521 = (void*)0;
        float *l_1522 = &g_160[0][0][0];
        uint16_t **l_1524[4][8][6] = {{{(void*)0,&l_1113,&l_1120,&l_1113,&l_1120,&l_1113},{&l_1120,&l_1113,&l_1113,&l_1120,(void*)0,&l_1120},{&l_1120,&l_1113,&l_1113,&l_1120,&l_1120,&l_1113},{(void*)0,&l_1113,(void*)0,(void*)0,&l_1120,(void*)0},{&l_1120,&l_1120,&l_1120,&l_1120,&l_1120,&l_1120},{(void*)0,&l_1113,&l_1120,(void*)0,&l_1120,&l_1120},{&l_1113,&l_1113,&l_1120,(void*)0,(void*)0,&l_1113},{&l_1120,&l_1113,&l_1120,&l_1120,&l_1120,(void*)0}},{{&l_1120,&l_1113,(void*)0,(void*)0,&l_1120,&l_1113},{&l_1113,&l_1120,&l_1113,&l_1113,&l_1120,&l_1113},{&l_1120,&l_1113,&l_1113,&l_1120,&l_1120,&l_1113},{&l_1120,&l_1113,&l_1120,(void*)0,(void*)0,(void*)0},{(void*)0,&l_1113,&l_1113,(void*)0,&l_1120,(void*)0},{&l_1120,&l_1113,&l_1113,&l_1120,&l_1120,(void*)0},{&l_1120,&l_1120,&l_1113,(void*)0,&l_1120,(void*)0},{(void*)0,&l_1113,&l_1120,&l_1113,&l_1120,&l_1113}},{{&l_1120,&l_1113,&l_1113,&l_1120,(void*)0,&l_1120},{&l_1120,&l_1113,&l_1113,&l_1120,&l_1120,&l_1113},{(void*)0,&l_1113,(void*)0,(void*)0,&l_1120,(void*)0},{&l_1120,&l_1120,&l_1120,&l_1120,&l_1120,&l_1120},{(void*)0,&l_1113,&l_1120,(void*)0,&l_1120,&l_1120},{&l_1113,&l_1113,&l_1120,(void*)0,(void*)0,&l_1113},{&l_1120,&l_1113,&l_1120,&l_1120,&l_1120,(void*)0},{&l_1113,(void*)0,&l_1120,&l_1113,&l_1113,&l_1113}},{{&l_1113,&l_1120,&l_1113,&l_1113,&l_1113,&l_1113},{(void*)0,(void*)0,&l_1120,&l_1120,&l_1113,&l_1113},{&l_1120,&l_1113,&l_1113,&l_1113,&l_1113,&l_1113},{&l_1120,&l_1113,&l_1113,&l_1120,&l_1113,&l_1120},{&l_1120,(void*)0,&l_1113,(void*)0,&l_1113,&l_1113},{&l_1120,&l_1120,&l_1120,&l_1120,&l_1113,&l_1113},{(void*)0,(void*)0,&l_1120,&l_1113,&l_1113,&l_1120},{&l_1113,&l_1113,&l_1120,(void*)0,&l_1113,&l_1120}}};
        uint16_t ***l_1523 = &l_1524[0][7][1];
        uint16_t l_1533 = 2UL;
        int16_t l_1538 = 0xB39AL;
        uint32_t **l_1572 = (void*)0;
        uint32_t l_1573 = 1UL;
        int16_t l_1577 = (-10L);
        int32_t l_1579 = 1L;
        uint8_t *l_1615 = &g_807[8];
        int64_t ***l_1620[2];
        int32_t *** const *l_1704 = &g_883;
        int32_t *** const **l_1703 = &l_1704;
        int64_t *** const *l_1744 = &g_590;
        int64_t *** const **l_1743 = &l_1744;
        struct S0 l_1818 = {122,-8,12,0,3,3};
        uint32_t l_1824 = 0xAAF947DCL;
        int64_t l_1831 = 0x96757F4FC79C4E2BLL;
        int32_t *l_1918 = (void*)0;
        uint32_t ****l_1962 = &g_946;
        const int16_t *l_1996 = &l_1616[2][0];
        const int16_t **l_1995 = &l_1996;
        uint64_t l_2076[1];
        float l_2158 = (-0x5.6p+1);
        int8_t l_2220 = 0x52L;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_1136[i] = 4UL;
        for (i = 0; i < 7; i++)
            l_1212[i] = 1L;
        for (i = 0; i < 2; i++)
            l_1381[i] = 0xCFEF8B396492D8F1LL;
        for (i = 0; i < 2; i++)
            l_1620[i] = &g_591;
        for (i = 0; i < 1; i++)
            l_2076[i] = 9UL;
    }
    else
    { /* block id: 877 */
        int32_t l_2226 = 1L;
        int32_t l_2236[6] = {0xABC7A93DL,0xABC7A93DL,0xABC7A93DL,0xABC7A93DL,0xABC7A93DL,0xABC7A93DL};
        int i;
        for (g_166 = (-18); (g_166 > 12); g_166++)
        { /* block id: 880 */
            float l_2235[3][10] = {{0xF.CF2380p-27,0xC.D8E982p-10,0xF.CF2380p-27,(-0x1.4p+1),(-0x1.4p+1),0xF.CF2380p-27,0xC.D8E982p-10,0xF.CF2380p-27,(-0x1.4p+1),(-0x1.4p+1)},{0xF.CF2380p-27,0xC.D8E982p-10,0xF.CF2380p-27,(-0x1.4p+1),(-0x1.4p+1),0xF.CF2380p-27,0xC.D8E982p-10,0xF.CF2380p-27,(-0x1.4p+1),(-0x1.4p+1)},{0xF.CF2380p-27,0xC.D8E982p-10,0xF.CF2380p-27,(-0x1.4p+1),(-0x1.4p+1),0xF.CF2380p-27,0xC.D8E982p-10,0xF.CF2380p-27,(-0x1.4p+1),(-0x1.4p+1)}};
            int32_t l_2249 = 0x6B8057BAL;
            int32_t l_2251 = (-7L);
            int i, j;
            l_2226 = 0x1.EFD2EBp+23;
            if (p_44)
            { /* block id: 882 */
                float l_2250 = 0x2.F26FFCp-38;
                (*l_1860) ^= (safe_div_func_uint8_t_u_u((safe_add_func_int64_t_s_s(((safe_add_func_uint8_t_u_u(((safe_div_func_uint16_t_u_u(p_43, (l_2236[2] ^= 0xD72CL))) && ((l_2236[2] ^= p_44) , ((safe_mul_func_uint8_t_u_u((((p_44 != (0x65D5L & ((safe_mul_func_int8_t_s_s((l_2236[2] && ((safe_lshift_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u((((l_2249 = ((safe_mul_func_uint16_t_u_u((*g_2188), ((safe_lshift_func_uint8_t_u_s(((void*)0 == (*g_2187)), p_42)) , (**l_1280)))) > p_42)) , (**g_1834)) <= 2UL), l_2251)) | 0x91L), 13)) >= 2UL)), 0x53L)) ^ p_43))) & (*g_2188)) ^ g_994), (-1L))) && p_44))), g_1157)) , p_42), p_43)), 7L));
            }
            else
            { /* block id: 887 */
                float l_2254 = 0xD.AFE975p+77;
                int32_t l_2255[2];
                uint8_t *l_2270 = &g_140[8][3];
                int i;
                for (i = 0; i < 2; i++)
                    l_2255[i] = 0L;
                if ((safe_add_func_uint32_t_u_u(p_43, (p_44 , ((l_2255[0] = p_44) || (safe_sub_func_uint8_t_u_u((((((safe_div_func_float_f_f(p_43, 0x8.1p-1)) > (safe_mul_func_float_f_f(((safe_div_func_int32_t_s_s(((((**g_1834) |= (9UL <= ((((p_44 && (g_302 ^= ((safe_mul_func_uint8_t_u_u((safe_add_func_int16_t_s_s(((p_43 < (l_2249 = ((safe_sub_func_uint64_t_u_u(p_42, p_42)) | l_2226))) & l_2236[5]), 0xE1FCL)), 0xB9L)) == 0x2A0E44D9L))) , p_44) > 0xC9D979D3L) , p_43))) >= 0x61L) <= l_2251), l_2251)) , p_43), p_44))) != l_2251) , (*g_381)) == l_1842), l_2251)))))))
                { /* block id: 892 */
                    float *l_2271 = &g_986[1][2];
                    (*l_2271) = (((**l_1280) , ((((*l_1105) , (*l_1105)) , l_2270) != ((*g_1834) = (*l_1842)))) > (*l_1094));
                }
                else
                { /* block id: 895 */
                    int32_t l_2274 = 3L;
                    int32_t l_2275 = 0xE11F4C46L;
                    float *l_2280 = &g_160[0][0][0];
                    for (l_1633 = 0; (l_1633 <= 1); l_1633 += 1)
                    { /* block id: 898 */
                        int32_t l_2272 = (-1L);
                        int32_t l_2273[4] = {0x7CC04E0FL,0x7CC04E0FL,0x7CC04E0FL,0x7CC04E0FL};
                        uint8_t l_2276 = 0xCCL;
                        int i;
                        l_2276++;
                        return l_2249;
                    }
                    l_2279 |= l_2249;
                    (*l_2280) = (&l_1197 != (void*)0);
                }
                for (l_1158 = 0; (l_1158 <= 6); l_1158 += 1)
                { /* block id: 907 */
                    int32_t *l_2281 = &l_2249;
                    l_2281 = &l_2236[2];
                }
            }
        }
    }
    return g_166;
}


/* ------------------------------------------ */
/* 
 * reads : g_58 g_91 g_92 g_33 g_31 g_124 g_140 g_191 g_200 g_166 g_160 g_226 g_310.f4 g_288 g_302 g_310.f5 g_55 g_347 g_381 g_310 g_590 g_591 g_592 g_656 g_620 g_524 g_654 g_542 g_593 g_338 g_781 g_796 g_807 g_802 g_1029 g_543 g_538 g_985 g_883 g_884 g_871 g_872 g_829 g_800 g_1080 g_995
 * writes: g_124 g_55 g_160 g_140 g_166 g_191 g_200 g_226 g_91.f2 g_288 g_301 g_302 g_338 g_347 g_58 g_91.f1 g_593 g_656 g_538 g_310.f2 g_543 g_91.f3 g_655 g_91.f5 g_604 g_796 g_807 g_802 g_805 g_989 g_872 g_829 g_1080 g_1029 g_995
 */
static uint16_t  func_49(int16_t * p_50, uint32_t  p_51, float  p_52, int32_t  p_53)
{ /* block id: 5 */
    uint8_t l_59[5][7] = {{255UL,1UL,255UL,255UL,1UL,255UL,255UL},{246UL,0x93L,0xDEL,0x93L,246UL,0x02L,246UL},{1UL,255UL,255UL,1UL,255UL,255UL,1UL},{0xB1L,0x93L,0xB1L,255UL,246UL,255UL,0xB1L},{1UL,1UL,253UL,1UL,1UL,253UL,1UL}};
    float l_80 = 0x1.Ep+1;
    int32_t l_84 = 0xB5DF1D97L;
    int16_t * const l_914 = &g_805;
    int8_t l_928 = 1L;
    uint64_t *l_952 = &g_656[3];
    int32_t l_976 = 0xB6095228L;
    int32_t l_977 = 0xD568FDFBL;
    int32_t l_978 = 0x943B8F1DL;
    int32_t l_982[2][3][9] = {{{(-1L),1L,0x1ED6FC1AL,0x491A5D89L,0xDD4E2281L,0xAF9344D0L,0L,0x31E4DAEEL,0L},{0L,0x6CD90727L,(-2L),(-2L),0x6CD90727L,0L,0L,(-1L),0x1ED6FC1AL},{0x31E4DAEEL,(-1L),(-2L),0xAF9344D0L,(-1L),0x92C255ABL,0xDD4E2281L,0xDD4E2281L,0x92C255ABL}},{{(-2L),0xDD4E2281L,0x1ED6FC1AL,0xDD4E2281L,(-2L),0x31E4DAEEL,0L,0x491A5D89L,0L},{4L,0xDD4E2281L,0x31E4DAEEL,0L,(-1L),1L,0L,1L,(-1L)},{0L,(-1L),(-1L),0L,0x92C255ABL,0x31E4DAEEL,0x1ED6FC1AL,0L,(-1L)}}};
    uint64_t l_1001 = 18446744073709551615UL;
    uint8_t *l_1027 = &l_59[2][0];
    uint8_t **l_1026 = &l_1027;
    uint32_t *l_1058 = &g_226;
    uint32_t **l_1057 = &l_1058;
    int i, j, k;
    if ((&p_53 != (void*)0))
    { /* block id: 6 */
        uint8_t *l_73 = &l_59[0][4];
        int32_t l_81 = 6L;
        struct S0 *l_819 = &g_310;
        struct S0 * const *l_818 = &l_819;
        int32_t l_849[5][2][8] = {{{0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L},{0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L}},{{0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L},{0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L}},{{0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L},{0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L}},{{0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L},{0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L}},{{0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L},{0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L,0x89C33790L,1L}}};
        int64_t l_865 = 0x029D21ADE2B11ACELL;
        int32_t l_979 = 0x30A39AEFL;
        int32_t l_983 = (-1L);
        int32_t l_984 = 0x15FBAD73L;
        int32_t l_987 = 0xBFF69A9BL;
        int32_t l_990 = 1L;
        int32_t l_991 = 5L;
        int32_t l_997 = 0xE7DDEBEEL;
        int32_t l_1055[10] = {0xA01FD559L,(-7L),0x8E6A0371L,(-7L),0xA01FD559L,0xA01FD559L,(-7L),0x8E6A0371L,(-7L),0xA01FD559L};
        int32_t **l_1070 = &g_872;
        int i, j, k;
lbl_1030:
        for (p_51 = 1; (p_51 <= 4); p_51 += 1)
        { /* block id: 9 */
            uint64_t l_66 = 18446744073709551615UL;
            uint64_t *l_810 = &g_656[0];
            uint32_t *l_811[2];
            int32_t l_812 = (-2L);
            int32_t *l_813[1];
            uint32_t ***l_830[4][4] = {{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,(void*)0,&g_781},{&g_781,&g_781,&g_781,&g_781}};
            struct S0 l_888 = {141,4,-2,42,1,5};
            int8_t l_996 = 1L;
            int i, j;
            for (i = 0; i < 2; i++)
                l_811[i] = &g_124;
            for (i = 0; i < 1; i++)
                l_813[i] = &g_802;
            g_802 |= (safe_mod_func_uint32_t_u_u((l_812 = (l_81 = (safe_mul_func_int8_t_s_s((safe_add_func_uint64_t_u_u(l_66, ((*l_810) = func_67(l_73, ((0x097E410F71350D55LL | (safe_mul_func_int16_t_s_s((!((safe_rshift_func_int8_t_s_u((!(l_81 | 0x9032L)), 0)) == l_81)), (((safe_mod_func_int32_t_s_s(((l_84 &= g_58) && p_51), (safe_mod_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(((g_91 , (void*)0) != (void*)0), p_53)), 0x3FL)), 0x86E024B17358D0DDLL)))) == l_59[0][3]) & l_59[0][2])))) , &g_33), g_92, l_59[3][5], p_51)))), 0L)))), p_51));
            g_91.f2 = p_51;
        }
        for (g_166 = (-16); (g_166 == (-17)); g_166 = safe_sub_func_uint32_t_u_u(g_166, 1))
        { /* block id: 353 */
            uint64_t *l_1010 = &g_796[0];
            const int32_t l_1028 = 0L;
            int32_t l_1035 = 0x305E83D8L;
            uint8_t *l_1042 = &g_140[4][6];
            float *l_1054 = (void*)0;
            uint16_t *l_1056[1];
            int i;
            for (i = 0; i < 1; i++)
                l_1056[i] = &g_1029;
            if (((safe_rshift_func_int8_t_s_s(((safe_add_func_uint64_t_u_u(((*l_1010) ^= ((*l_952) = l_987)), (0xD1FBL | g_226))) != ((((((safe_div_func_uint16_t_u_u(0UL, (safe_div_func_uint64_t_u_u((((*l_914) = (l_982[0][1][8] |= l_991)) , (safe_sub_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_s(l_990, ((safe_sub_func_uint16_t_u_u(g_31, 65530UL)) ^ (((safe_mul_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((((+(l_979 == 0x9637432DD8534588LL)) , l_1026) != (void*)0), g_620)), l_984)) || l_984) < p_51)))), l_1028))), 0x648D9233CA50A2A2LL)))) , 1UL) == 0x70DEL) || l_983) & 0x877E3D28L) , 0UL)), g_1029)) < 1UL))
            { /* block id: 358 */
                if (l_984)
                    break;
                return g_543;
            }
            else
            { /* block id: 361 */
                if (g_310.f4)
                    goto lbl_1030;
                for (g_655 = (-9); (g_655 != 11); ++g_655)
                { /* block id: 365 */
                    p_53 = l_991;
                    for (g_805 = 0; (g_805 <= (-27)); g_805 = safe_sub_func_uint16_t_u_u(g_805, 4))
                    { /* block id: 369 */
                        return l_1028;
                    }
                    for (g_538 = 0; (g_538 <= 1); g_538 += 1)
                    { /* block id: 374 */
                        int i, j, k;
                        g_989[g_538] = (g_985[g_538][g_538][(g_538 + 2)] > 0xE.A8BED8p-30);
                        (**g_883) = &p_53;
                        l_1035 &= g_985[g_538][g_538][(g_538 + 6)];
                    }
                }
            }
            if (g_310.f0)
                goto lbl_1030;
            p_52 = (safe_add_func_float_f_f(((safe_add_func_float_f_f((g_781 != ((safe_mul_func_float_f_f((l_1042 != ((*l_1026) = ((safe_sub_func_int16_t_s_s(((((safe_unary_minus_func_uint16_t_u((l_979 &= (safe_add_func_uint8_t_u_u((safe_add_func_int16_t_s_s(((safe_rshift_func_int8_t_s_u((((((safe_rshift_func_uint16_t_u_s(l_849[2][1][7], 10)) >= ((((((l_1028 , g_338) == (l_1035 = (-0x7.4p+1))) != (l_978 = (((**l_818) , (-0x7.Fp+1)) != ((-0x8.7p+1) >= 0xA.3B67D5p-28)))) , p_51) < l_84) | l_982[1][2][3])) > g_288[6][0][0]) != l_1028) || l_84), 0)) && l_1055[5]), (-8L))), 0xE4L))))) >= 1UL) > 0L) != p_53), 0UL)) , (*l_1026)))), (-0x1.Ap-1))) , l_1057)), g_226)) == g_310.f4), g_124));
        }
        for (p_51 = 0; (p_51 > 1); p_51++)
        { /* block id: 390 */
            int32_t l_1063 = (-1L);
            int32_t l_1064[8] = {0x5BCAC2ECL,9L,0x5BCAC2ECL,0x5BCAC2ECL,9L,0x5BCAC2ECL,0x5BCAC2ECL,9L};
            int i;
            for (l_979 = 22; (l_979 <= (-16)); l_979 = safe_sub_func_int16_t_s_s(l_979, 1))
            { /* block id: 393 */
                l_1064[4] ^= ((**g_871) = l_1063);
            }
            for (g_829 = 0; (g_829 == 5); g_829 = safe_add_func_uint32_t_u_u(g_829, 4))
            { /* block id: 399 */
                const uint32_t l_1073 = 4294967292UL;
                for (g_802 = 0; (g_802 > (-10)); --g_802)
                { /* block id: 402 */
                    uint64_t l_1069 = 18446744073709551615UL;
                    l_1069 |= p_53;
                    if (((((l_1070 != (*g_883)) | 0L) || (safe_mul_func_uint8_t_u_u(l_1073, 0x17L))) ^ p_53))
                    { /* block id: 404 */
                        return p_53;
                    }
                    else
                    { /* block id: 406 */
                        (***g_883) = l_1069;
                    }
                    if (p_53)
                        continue;
                    if ((**g_884))
                        continue;
                }
            }
        }
    }
    else
    { /* block id: 414 */
        int16_t ***l_1081 = &g_1080;
        const int32_t l_1083 = 0xFE396E2AL;
        uint16_t *l_1084 = &g_1029;
        int32_t *l_1092 = &g_995[0];
        (*g_884) = (void*)0;
        for (l_976 = 0; (l_976 >= (-7)); l_976 = safe_sub_func_int64_t_s_s(l_976, 1))
        { /* block id: 418 */
            return g_800;
        }
        (*l_1092) ^= (safe_sub_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u(((0L ^ ((((0xEEL & ((((*l_1081) = g_1080) != &l_914) && (safe_unary_minus_func_int16_t_s(l_1083)))) && ((--(*l_1084)) , ((safe_div_func_uint8_t_u_u((l_1083 <= ((((**g_591) >= ((((-4L) <= (~(((safe_mul_func_int16_t_s_s(p_53, p_53)) >= l_1083) > p_51))) , p_51) && 6UL)) ^ l_977) <= 0x3C6DEC2592C72E41LL)), p_51)) && p_53))) , l_1058) == (void*)0)) != l_1083), l_84)), 1L));
        return p_51;
    }
    return l_978;
}


/* ------------------------------------------ */
/* 
 * reads : g_91.f3 g_33 g_58 g_91.f5 g_91.f0 g_91.f4 g_91.f1 g_31 g_124 g_140 g_91.f2 g_191 g_200 g_166 g_160 g_226 g_310.f4 g_288 g_302 g_310.f5 g_55 g_347 g_91 g_381 g_310 g_590 g_591 g_592 g_656 g_620 g_524 g_654 g_542 g_593 g_338 g_655 g_781 g_796 g_807
 * writes: g_124 g_55 g_160 g_140 g_166 g_191 g_200 g_226 g_91.f2 g_288 g_301 g_302 g_338 g_347 g_58 g_91.f1 g_593 g_656 g_538 g_310.f2 g_543 g_91.f3 g_655 g_91.f5 g_604 g_796 g_807
 */
static uint64_t  func_67(uint8_t * p_68, int16_t * const  p_69, const uint8_t * p_70, int32_t  p_71, int32_t  p_72)
{ /* block id: 11 */
    int32_t l_99 = 0xE5169387L;
    uint64_t l_122 = 18446744073709551613UL;
    uint32_t *l_123 = &g_124;
    uint64_t l_127[7][9][4] = {{{0xF5C710B0AC7073B4LL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL},{0UL,1UL,0x2801F5D8E54FB192LL,3UL},{0xFEC7F1FF5BAED681LL,0xDB33FCDF6E60FB7ELL,0x0E36F363BB6A5CECLL,9UL},{18446744073709551615UL,0x2D7942906C797B2ELL,0x155E7CE46079F8D1LL,9UL},{18446744073709551610UL,1UL,0xCD63D7C5F07B865DLL,0x3A5E7C9E84290833LL},{0x2801F5D8E54FB192LL,18446744073709551615UL,18446744073709551614UL,2UL},{0UL,0UL,0xC616C39CF3F9EAB4LL,0xC9617CC220CDAAD4LL},{0xA6A81A3A0DB06F5CLL,18446744073709551614UL,18446744073709551615UL,0UL},{0x43F4C8ED20401CC6LL,0x2801F5D8E54FB192LL,0x8BD6C3DA0ACF1856LL,1UL}},{{18446744073709551610UL,0x8BD6C3DA0ACF1856LL,0x55036077B2A72B5ALL,1UL},{0UL,18446744073709551615UL,0x653139573E0F90C5LL,0x55036077B2A72B5ALL},{0x0164B9299A07EF06LL,0UL,0x2801F5D8E54FB192LL,8UL},{18446744073709551615UL,0xD857C4E4A4BCBF56LL,18446744073709551615UL,0x0586BC1F71C78AB4LL},{4UL,0x2801F5D8E54FB192LL,0x839CC85B7F5D82CDLL,18446744073709551615UL},{18446744073709551610UL,0xF5C710B0AC7073B4LL,0xE809F826083B57DFLL,0x2801F5D8E54FB192LL},{1UL,0x5A641CECC2FCF81CLL,0xE809F826083B57DFLL,2UL},{18446744073709551610UL,0xC90326E311AEEC80LL,0x839CC85B7F5D82CDLL,0UL},{4UL,18446744073709551615UL,18446744073709551615UL,0x2D7942906C797B2ELL}},{{18446744073709551615UL,0x2D7942906C797B2ELL,0x2801F5D8E54FB192LL,18446744073709551608UL},{0x0164B9299A07EF06LL,4UL,0x653139573E0F90C5LL,9UL},{0UL,1UL,0x55036077B2A72B5ALL,18446744073709551615UL},{0x0586BC1F71C78AB4LL,0x3A5E7C9E84290833LL,18446744073709551608UL,0x84F164E9E2562E96LL},{0x55036077B2A72B5ALL,1UL,18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,0xA6A81A3A0DB06F5CLL,18446744073709551615UL,0x55036077B2A72B5ALL},{0x2D7942906C797B2ELL,9UL,18446744073709551615UL,18446744073709551615UL},{0xFEC7F1FF5BAED681LL,0x0164B9299A07EF06LL,0x5A641CECC2FCF81CLL,18446744073709551614UL},{0x0586BC1F71C78AB4LL,9UL,18446744073709551610UL,0x0F4C7584E37E41B8LL}},{{18446744073709551615UL,18446744073709551615UL,2UL,18446744073709551610UL},{8UL,0UL,0xFEC7F1FF5BAED681LL,0UL},{0x2E7DE2CA422C1772LL,18446744073709551608UL,0x1F70EA76F415013FLL,4UL},{9UL,0x0164B9299A07EF06LL,18446744073709551614UL,18446744073709551615UL},{0xFD0B78A1103C6C28LL,0x839CC85B7F5D82CDLL,4UL,7UL},{0UL,0UL,0UL,18446744073709551615UL},{0xC728F08AB43C673DLL,0x0E36F363BB6A5CECLL,0x0E36F363BB6A5CECLL,0xC728F08AB43C673DLL},{0x839CC85B7F5D82CDLL,18446744073709551614UL,0x1F70EA76F415013FLL,0x43F4C8ED20401CC6LL},{0UL,0xAF2D809A3AC23FC0LL,7UL,0xDB33FCDF6E60FB7ELL}},{{1UL,0x2D7942906C797B2ELL,0xD6BCCD07CA36F24FLL,0xDB33FCDF6E60FB7ELL},{18446744073709551615UL,0xAF2D809A3AC23FC0LL,8UL,0x43F4C8ED20401CC6LL},{0xE809F826083B57DFLL,18446744073709551614UL,18446744073709551608UL,0xC728F08AB43C673DLL},{0x155E7CE46079F8D1LL,0x0E36F363BB6A5CECLL,18446744073709551615UL,18446744073709551615UL},{9UL,0UL,0xCF7338C8B0F682D6LL,7UL},{0x2D7942906C797B2ELL,0x839CC85B7F5D82CDLL,18446744073709551615UL,18446744073709551615UL},{0x55036077B2A72B5ALL,0x0164B9299A07EF06LL,3UL,4UL},{0xE809F826083B57DFLL,18446744073709551608UL,18446744073709551610UL,0UL},{1UL,0UL,0xFEBE71B68C1B86B2LL,18446744073709551610UL}},{{18446744073709551610UL,18446744073709551615UL,7UL,0x0F4C7584E37E41B8LL},{0x2E7DE2CA422C1772LL,9UL,0UL,18446744073709551614UL},{18446744073709551607UL,0x0164B9299A07EF06LL,0x653139573E0F90C5LL,18446744073709551615UL},{0xC728F08AB43C673DLL,9UL,4UL,0x55036077B2A72B5ALL},{0x3A5E7C9E84290833LL,0xA6A81A3A0DB06F5CLL,18446744073709551614UL,18446744073709551615UL},{0xAC3CA6ABCE84173BLL,1UL,18446744073709551614UL,0x84F164E9E2562E96LL},{0x839CC85B7F5D82CDLL,0x3A5E7C9E84290833LL,0UL,0xCB8E9996A1BC1FB2LL},{0x2DB6E2B7B1B4A57DLL,0xAF2D809A3AC23FC0LL,0x55036077B2A72B5ALL,0xA6A81A3A0DB06F5CLL},{8UL,9UL,0xD6BCCD07CA36F24FLL,1UL}},{{1UL,0x43F4C8ED20401CC6LL,18446744073709551615UL,0x43F4C8ED20401CC6LL},{1UL,18446744073709551610UL,0x5A641CECC2FCF81CLL,0x84F164E9E2562E96LL},{0x155E7CE46079F8D1LL,0x67737D68548FAEAFLL,18446744073709551615UL,0xCF7338C8B0F682D6LL},{18446744073709551615UL,0UL,18446744073709551614UL,0xFEC7F1FF5BAED681LL},{18446744073709551615UL,9UL,18446744073709551615UL,18446744073709551615UL},{0x155E7CE46079F8D1LL,0xFEC7F1FF5BAED681LL,0x5A641CECC2FCF81CLL,4UL},{1UL,0UL,18446744073709551615UL,0x0F4C7584E37E41B8LL},{1UL,0x2E7DE2CA422C1772LL,0xD6BCCD07CA36F24FLL,18446744073709551615UL},{8UL,18446744073709551615UL,0x55036077B2A72B5ALL,18446744073709551614UL}}};
    uint8_t * const *l_128 = (void*)0;
    int32_t l_183[8][3][9] = {{{8L,0x46C11320L,0xCA2155B1L,1L,0xF18C14CAL,(-7L),0L,0x1D509144L,0L},{1L,(-1L),0x645AB6F4L,0xB79EC1F0L,0x46C11320L,0x3BFDD044L,0x67E0CC14L,(-2L),0L},{(-1L),0xCA2155B1L,(-2L),0xCCDB8902L,1L,(-7L),0x1D509144L,(-1L),0x318BE7EDL}},{{0x46C11320L,(-5L),2L,0x3BFDD044L,0xCCDB8902L,0xCCDB8902L,0x3BFDD044L,2L,(-5L)},{0x311D9994L,0xEB5F6837L,(-1L),0L,0x318BE7EDL,0x10C340CAL,0xCA2155B1L,0xCCDB8902L,0x1CA0FAE5L},{(-1L),8L,1L,0xB79EC1F0L,0x1CA0FAE5L,0x311D9994L,(-5L),0xEB5F6837L,0x10C340CAL}},{{0x1CA0FAE5L,0xEB5F6837L,8L,(-1L),0x645AB6F4L,1L,0L,1L,0x91D4E822L},{0xEE9FFE65L,(-5L),0L,0x311D9994L,1L,0x645AB6F4L,0x91D4E822L,0x10C340CAL,0x91D4E822L},{0xEB5F6837L,1L,0xCA2155B1L,0xCA2155B1L,1L,0xEB5F6837L,0xB79EC1F0L,1L,0x10C340CAL}},{{0L,2L,(-2L),0xB9F763CEL,0x311D9994L,(-1L),0x46C11320L,(-1L),0x1CA0FAE5L},{0x318BE7EDL,0xB9F763CEL,1L,0x1CA0FAE5L,(-1L),0x1D509144L,0xB79EC1F0L,0xEE9FFE65L,(-5L)},{8L,(-1L),0x645AB6F4L,1L,0L,1L,0x91D4E822L,(-5L),0x318BE7EDL}},{{1L,(-6L),0x7D1255F1L,0L,0L,(-1L),0L,0L,0x7D1255F1L},{(-7L),(-7L),0xEE9FFE65L,2L,(-1L),0x3BFDD044L,(-5L),0x83291253L,1L},{1L,(-1L),(-1L),0x91D4E822L,0x311D9994L,0xF18C14CAL,0xCA2155B1L,0x318BE7EDL,0x58026FCDL}},{{0xCA2155B1L,(-1L),0xEE9FFE65L,2L,1L,0x1CA0FAE5L,0x3BFDD044L,9L,(-7L)},{2L,0x1CA0FAE5L,0x7D1255F1L,0xEB5F6837L,1L,0x46C11320L,0x1D509144L,8L,8L},{2L,0x83291253L,0x645AB6F4L,0x46C11320L,0x645AB6F4L,0x83291253L,2L,0L,(-1L)}},{{0xCA2155B1L,9L,1L,(-1L),0x1CA0FAE5L,0x67E0CC14L,0xCCDB8902L,0x1D509144L,0xEB5F6837L},{1L,0L,(-2L),1L,0x318BE7EDL,2L,(-1L),0L,0xB9F763CEL},{(-7L),(-1L),0xCA2155B1L,(-2L),0xCCDB8902L,1L,0x645AB6F4L,8L,0xF18C14CAL}},{{1L,0xF18C14CAL,0L,0L,9L,1L,1L,9L,0L},{8L,(-2L),8L,0x10C340CAL,0xB9F763CEL,2L,1L,0x318BE7EDL,0x645AB6F4L},{0x318BE7EDL,0x1D509144L,1L,1L,(-1L),0x67E0CC14L,(-1L),1L,1L}}};
    int64_t l_247[9][1][5] = {{{0x14FACFC0601BAD9ELL,0x24AE8CD262044E5FLL,(-10L),0x2F69E9B9EE405A42LL,0x2F69E9B9EE405A42LL}},{{(-10L),0x21089FC940DAB331LL,(-10L),(-10L),3L}},{{0x815BEFCB44326F7BLL,0x21089FC940DAB331LL,(-1L),0x14FACFC0601BAD9ELL,0x72042A246DCAA265LL}},{{3L,0x24AE8CD262044E5FLL,0x2F69E9B9EE405A42LL,0x6C9BF8E628B5B6B9LL,0x815BEFCB44326F7BLL}},{{(-5L),0x72042A246DCAA265LL,(-1L),0x72042A246DCAA265LL,(-5L)}},{{0xD20B73E2F3346647LL,0x14FACFC0601BAD9ELL,(-10L),0x72042A246DCAA265LL,0x6C9BF8E628B5B6B9LL}},{{0L,0xD20B73E2F3346647LL,(-10L),0x6C9BF8E628B5B6B9LL,9L}},{{(-1L),(-10L),0x6C9BF8E628B5B6B9LL,0x14FACFC0601BAD9ELL,0x6C9BF8E628B5B6B9LL}},{{0x6C9BF8E628B5B6B9LL,0x6C9BF8E628B5B6B9LL,0x21089FC940DAB331LL,(-10L),(-5L)}}};
    struct S0 l_402 = {56,-14,-19,92,1,4};
    uint8_t *l_438 = &g_140[8][3];
    int32_t l_455 = (-1L);
    int8_t l_605 = 0xF3L;
    const int32_t *l_640[4] = {&l_455,&l_455,&l_455,&l_455};
    const int32_t **l_639 = &l_640[0];
    int8_t l_721 = (-1L);
    int32_t l_769 = 4L;
    int32_t *l_795[8][1] = {{&l_455},{&l_769},{&l_769},{&l_455},{&l_769},{&l_769},{&l_455},{&l_769}};
    int32_t l_799 = (-8L);
    int i, j, k;
    if ((safe_mod_func_uint16_t_u_u(((safe_mul_func_int8_t_s_s(0L, ((*p_68)++))) , l_99), (safe_mod_func_uint16_t_u_u((((safe_lshift_func_int8_t_s_u((safe_sub_func_int64_t_s_s((l_99 != (18446744073709551611UL >= ((0x3E42CDC5007C8A85LL >= ((safe_unary_minus_func_int16_t_s(((((((~(((((safe_div_func_int16_t_s_s((safe_lshift_func_uint16_t_u_u(g_91.f3, 6)), (safe_add_func_uint8_t_u_u(((safe_mod_func_int64_t_s_s((safe_lshift_func_uint16_t_u_u((safe_mod_func_uint64_t_u_u(((*p_69) || (safe_lshift_func_uint16_t_u_u((0x4505C261L < ((*l_123) = (l_122 & g_58))), g_91.f5))), l_122)), p_72)), l_99)) | g_91.f0), 0L)))) , l_123) != l_123) >= 0x28F8L) || p_71)) >= 1L) , 4UL) || 0xFFCBC420B167AC4CLL) | l_99) || g_91.f4))) , 0x35E3094FC7A55566LL)) , l_122))), l_122)), l_122)) < g_91.f1) ^ g_91.f4), g_31)))))
    { /* block id: 14 */
        struct S0 l_136 = {20,2,-15,7,0,10};
        uint8_t *l_150 = &g_140[8][3];
        uint8_t **l_149[6][7] = {{&l_150,&l_150,&l_150,&l_150,&l_150,&l_150,&l_150},{&l_150,&l_150,&l_150,&l_150,&l_150,&l_150,&l_150},{&l_150,&l_150,&l_150,&l_150,&l_150,&l_150,&l_150},{&l_150,&l_150,&l_150,&l_150,&l_150,&l_150,&l_150},{&l_150,&l_150,&l_150,&l_150,&l_150,&l_150,&l_150},{&l_150,&l_150,&l_150,&l_150,&l_150,&l_150,&l_150}};
        uint8_t *** const l_148 = &l_149[1][5];
        const uint8_t ** const *l_151[6];
        int32_t l_188[8] = {4L,3L,3L,4L,3L,3L,4L,3L};
        float *l_246 = (void*)0;
        uint64_t l_249 = 18446744073709551610UL;
        struct S0 *l_309 = &g_310;
        int32_t *l_460[5][5][1] = {{{&l_183[7][1][5]},{&l_188[0]},{&l_188[5]},{&l_188[5]},{&l_188[0]}},{{&l_183[7][1][5]},{&l_188[0]},{&l_188[5]},{&l_188[5]},{&l_188[0]}},{{&l_183[7][1][5]},{&l_188[0]},{&l_188[5]},{&l_188[5]},{&l_188[0]}},{{&l_183[7][1][5]},{&l_188[0]},{&l_188[5]},{&l_188[5]},{&l_188[0]}},{{&l_183[7][1][5]},{&l_188[0]},{&l_188[5]},{&l_188[5]},{&l_188[0]}}};
        int32_t l_514 = (-4L);
        float l_607 = (-0x1.0p+1);
        uint8_t l_644 = 247UL;
        uint32_t **l_783 = (void*)0;
        uint32_t l_789 = 0x37819C7EL;
        int i, j, k;
        for (i = 0; i < 6; i++)
            l_151[i] = (void*)0;
        for (p_71 = (-22); (p_71 <= (-22)); p_71 = safe_add_func_int32_t_s_s(p_71, 6))
        { /* block id: 17 */
            uint32_t l_157 = 0x612183A9L;
            int32_t l_186 = 0L;
            int32_t l_198 = 0xB1F4F5D2L;
            int32_t l_199[10][10][2] = {{{(-5L),0x2FAA1E91L},{9L,(-9L)},{0x2371772FL,(-9L)},{0x5D1E987FL,(-1L)},{1L,(-6L)},{0xA18C07E2L,0L},{(-8L),(-1L)},{0xED28DC9BL,0x0C09B66FL},{1L,0L},{0x90726705L,0x282AEC85L}},{{0x87F12E35L,(-10L)},{0x50DD6F6EL,7L},{0xBBE48DE7L,6L},{1L,0L},{0x7587681FL,(-5L)},{(-1L),0L},{0x434F96D8L,0xEA208960L},{0L,0x1BB3FC7FL},{0x5D1E987FL,(-9L)},{0x6E714B21L,(-1L)}},{{0x580FF71DL,0x2FAA1E91L},{1L,0xEA208960L},{(-1L),(-1L)},{0x1BB3FC7FL,(-1L)},{0x7587681FL,0xA0965E34L},{7L,(-7L)},{0x90726705L,7L},{(-7L),0x5D1E987FL},{(-1L),1L},{0x84991866L,(-1L)}},{{1L,(-9L)},{(-1L),1L},{0xEA208960L,0x87F12E35L},{0x87F12E35L,0x6CB7A225L},{(-8L),0L},{1L,0x5D1E987FL},{0xA57D1920L,9L},{0L,0xEA208960L},{0x658A0C07L,0x6CB7A225L},{0x68E370C6L,(-7L)}},{{0x977AF777L,0L},{(-1L),0xEED96AF8L},{0x7E66DB85L,0xA18C07E2L},{7L,1L},{0L,6L},{0x6E714B21L,0x7B9CB57DL},{0x84991866L,0x434F96D8L},{0x7E66DB85L,(-9L)},{0x69DBB52DL,1L},{0xFD56AB96L,(-7L)}},{{0x50DD6F6EL,0xEA20A022L},{(-8L),0x977AF777L},{0L,0x580FF71DL},{(-5L),9L},{0xB393109EL,0L},{0x7587681FL,0xEA20A022L},{0x68E370C6L,0x50DD6F6EL},{0xEA208960L,(-5L)},{0x69DBB52DL,0xEED96AF8L},{1L,(-1L)}},{{0x81F7A3D5L,0x7B9CB57DL},{0L,1L},{(-1L),0x7E66DB85L},{7L,0x434F96D8L},{1L,(-9L)},{0x64E080E1L,0L},{0xFD56AB96L,0x50DD6F6EL},{0x87F12E35L,1L},{0x658A0C07L,0x977AF777L},{0xB393109EL,0x5D1E987FL}},{{1L,0x5D1E987FL},{0xB393109EL,0x977AF777L},{0x658A0C07L,1L},{0x87F12E35L,0x50DD6F6EL},{0xFD56AB96L,0L},{0x64E080E1L,(-9L)},{1L,0x434F96D8L},{7L,0x7E66DB85L},{(-1L),1L},{0L,0x7B9CB57DL}},{{0x81F7A3D5L,(-1L)},{1L,0xEED96AF8L},{0x69DBB52DL,(-5L)},{0xEA208960L,0x50DD6F6EL},{0x68E370C6L,0xEA20A022L},{0x7587681FL,0L},{0xB393109EL,9L},{(-5L),0x580FF71DL},{0L,0x977AF777L},{(-8L),0xEA20A022L}},{{0x50DD6F6EL,(-7L)},{0xFD56AB96L,1L},{0x69DBB52DL,(-9L)},{0x7E66DB85L,0x434F96D8L},{0x84991866L,0x7B9CB57DL},{0x6E714B21L,6L},{0L,1L},{7L,0xA18C07E2L},{0x7E66DB85L,0xEED96AF8L},{(-1L),0L}}};
            int32_t *l_305 = &l_198;
            int32_t **l_304 = &l_305;
            int32_t ***l_303 = &l_304;
            uint32_t *l_326[8] = {&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124};
            uint8_t ** const l_378[1] = {&l_150};
            uint32_t **l_404[5];
            uint32_t ***l_403 = &l_404[0];
            float l_405 = 0x8.8B8806p-47;
            int16_t l_434[9][2];
            int64_t *l_440 = &l_247[0][0][3];
            int64_t * const *l_439[4][10] = {{&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440},{&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440},{&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440},{&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440,&l_440}};
            uint32_t * const **l_505 = &g_347;
            uint32_t * const ***l_506 = &l_505;
            int8_t l_529[1];
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_404[i] = (void*)0;
            for (i = 0; i < 9; i++)
            {
                for (j = 0; j < 2; j++)
                    l_434[i][j] = (-6L);
            }
            for (i = 0; i < 1; i++)
                l_529[i] = 6L;
            for (g_124 = 0; (g_124 <= 3); g_124 += 1)
            { /* block id: 20 */
                uint8_t * const **l_129 = &l_128;
                int32_t l_143[4];
                int16_t l_154 = 0x6E8DL;
                uint32_t *l_163 = &g_124;
                const uint64_t l_250[1] = {1UL};
                struct S0 *l_265[9];
                int32_t l_271 = 0x9CA97485L;
                float *l_344[3][10] = {{&g_160[4][1][1],(void*)0,&g_160[0][0][0],&g_160[0][0][0],(void*)0,&g_160[4][1][1],(void*)0,&g_160[0][0][0],&g_160[0][0][0],(void*)0},{&g_160[4][1][1],(void*)0,&g_160[0][0][0],&g_160[0][0][0],(void*)0,&g_160[4][1][1],(void*)0,&g_160[0][0][0],&g_160[0][0][0],(void*)0},{&g_160[4][1][1],(void*)0,&g_160[0][0][0],&g_160[0][0][0],(void*)0,&g_160[4][1][1],(void*)0,&g_160[0][0][0],&g_160[0][0][0],(void*)0}};
                int i, j;
                for (i = 0; i < 4; i++)
                    l_143[i] = 0L;
                for (i = 0; i < 9; i++)
                    l_265[i] = &g_91;
                (*l_129) = l_128;
                for (p_72 = 0; (p_72 <= 3); p_72 += 1)
                { /* block id: 24 */
                    int32_t l_182 = 0L;
                    int32_t l_184 = 0x00016984L;
                    int32_t l_185 = (-3L);
                    int32_t l_187 = 0x851F4452L;
                    int32_t l_189 = 0x516F70F2L;
                    int32_t l_190 = 0x27165453L;
                    int32_t *l_194 = (void*)0;
                    int32_t *l_195 = (void*)0;
                    int32_t *l_196 = &l_183[2][1][2];
                    int32_t *l_197[4] = {&l_186,&l_186,&l_186,&l_186};
                    int i, j, k;
                    if (l_127[(p_72 + 2)][g_124][p_72])
                    { /* block id: 25 */
                        uint8_t *l_139 = &g_140[8][3];
                        uint8_t **l_138 = &l_139;
                        uint8_t ***l_137 = &l_138;
                        int32_t l_152[2];
                        int16_t *l_155 = &l_154;
                        int32_t *l_156 = &l_143[2];
                        float *l_158 = &g_55;
                        float *l_159 = &g_160[0][0][0];
                        uint64_t *l_165 = &l_127[(p_72 + 2)][g_124][p_72];
                        uint64_t *l_175 = &l_122;
                        struct S0 *l_179 = (void*)0;
                        struct S0 **l_178 = &l_179;
                        int i;
                        for (i = 0; i < 2; i++)
                            l_152[i] = 0x1CAAA0BFL;
                        l_143[2] = ((safe_div_func_float_f_f(((safe_add_func_float_f_f((safe_mul_func_float_f_f((l_136 , ((-0x8.Ep-1) <= p_71)), (((*l_137) = &p_68) == (void*)0))), (safe_add_func_float_f_f((((((g_140[6][1] , (g_91.f0 , (&g_124 != (void*)0))) >= p_71) == (-0x1.0p+1)) == p_71) >= l_136.f3), p_71)))) >= (-0x4.Cp-1)), p_71)) >= g_33);
                        (*l_156) ^= (safe_lshift_func_int16_t_s_s(0L, ((*l_155) = ((l_148 == l_151[5]) && (l_152[0] , (((!(((&g_92 != (void*)0) != ((((l_154 || (g_91.f2 & ((g_33 & 0UL) || p_71))) > l_99) | g_140[8][3]) , g_91.f4)) | g_140[6][6])) & 0x9332L) <= p_71))))));
                        (*l_159) = ((*l_158) = l_157);
                        (*l_178) = ((((p_72 > (g_166 = ((*l_165) = (safe_mod_func_int64_t_s_s((l_157 >= ((void*)0 == l_163)), (65535UL && ((*l_155) = (safe_unary_minus_func_uint8_t_u(((*l_139) = (*p_68))))))))))) ^ (safe_add_func_int8_t_s_s((safe_mod_func_uint64_t_u_u(((safe_add_func_uint64_t_u_u((safe_sub_func_uint64_t_u_u(((*l_175) = 0x2C6485764B534227LL), (safe_div_func_int8_t_s_s((&g_124 == (void*)0), (*p_68))))), g_91.f0)) , 0x73E69D149D964FF4LL), 0x8F6632BE3B96202ELL)), 0x57L))) >= 0xD3L) , &g_91);
                    }
                    else
                    { /* block id: 38 */
                        int32_t *l_180 = &l_143[2];
                        int32_t *l_181[6] = {&l_143[2],&l_143[2],&l_143[2],&l_143[2],&l_143[2],&l_143[2]};
                        int i;
                        ++g_191;
                    }
                    --g_200;
                    (*l_196) &= ((7UL >= (g_91.f0 ^ ((!g_124) < p_72))) | l_198);
                }
                for (p_72 = 0; (p_72 <= 1); p_72 += 1)
                { /* block id: 46 */
                    uint64_t *l_210[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    int32_t l_273 = (-1L);
                    int16_t l_276 = (-1L);
                    uint8_t * const l_279 = &g_140[4][3];
                    uint16_t *l_287 = &g_288[3][0][0];
                    int16_t *l_290 = &g_33;
                    int16_t **l_289 = &l_290;
                    float *l_291 = &g_160[0][0][0];
                    float *l_300 = &g_301;
                    int16_t *l_306[3];
                    uint32_t *l_307 = &l_157;
                    uint32_t **l_325 = &l_123;
                    int64_t *l_339 = &l_247[0][0][3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_306[i] = &l_276;
                    if (((safe_add_func_uint64_t_u_u((l_136.f1 = (l_188[6] = (safe_mul_func_int16_t_s_s((0x8A634A9BD93B319ALL & ((safe_div_func_uint64_t_u_u((((l_143[0] = l_188[(g_124 + 1)]) == ((safe_lshift_func_int8_t_s_u(l_188[g_124], (safe_add_func_int64_t_s_s((l_188[(g_124 + 1)] != (safe_rshift_func_int8_t_s_u((!g_166), 5))), ((safe_add_func_int32_t_s_s(g_200, g_91.f2)) >= (p_71 <= (p_72 , (*p_69)))))))) , p_71)) , p_72), g_58)) , g_31)), (-5L))))), g_91.f4)) , p_71))
                    { /* block id: 50 */
                        int32_t l_237 = 0xB5BDE487L;
                        int32_t *l_248 = &l_186;
                        int32_t **l_252 = &l_248;
                        int32_t ***l_251 = &l_252;
                        int32_t **l_253 = &l_248;
                        int i, j, k;
                        if (p_72)
                            break;
                        (*l_251) = ((g_140[6][4] | (((safe_lshift_func_int16_t_s_s((((safe_add_func_float_f_f((g_160[(g_124 + 2)][p_72][p_72] != (((*l_248) = ((g_226 = ((1UL || g_31) || (safe_rshift_func_int8_t_s_u(p_72, 4)))) , (safe_div_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s((((((safe_mod_func_int8_t_s_s((safe_sub_func_int64_t_s_s((((*p_68) = l_237) > ((((((safe_sub_func_uint16_t_u_u(p_72, (safe_mul_func_uint16_t_u_u(((((safe_sub_func_int8_t_s_s((0x0086L == (l_246 == (void*)0)), p_71)) ^ 0L) | g_124) , l_183[0][1][4]), (*p_69))))) & (-1L)) ^ p_72) , g_31) >= l_237) | g_140[8][3])), 2L)), l_188[g_124])) == 0x8527L) ^ (-1L)) | g_200) ^ p_72), 3)), l_247[0][0][3])), g_31)))) , (-0x1.1p+1))), g_160[6][0][0])) , g_91.f3) , 0x9BEFL), l_249)) , p_72) <= l_250[0])) , (void*)0);
                        (*l_253) = &l_183[0][1][4];
                    }
                    else
                    { /* block id: 57 */
                        uint32_t l_262 = 0x3C27BE7CL;
                        float *l_272[3][9] = {{&g_160[1][1][0],&g_160[1][1][0],&g_55,&g_55,&g_160[0][0][0],&g_55,&g_55,&g_160[1][1][0],&g_160[1][1][0]},{&g_160[0][0][0],&g_55,&g_160[1][1][0],&g_55,&g_160[1][1][0],&g_55,&g_160[0][0][0],&g_160[0][0][0],&g_55},{&g_55,&g_55,&g_55,&g_55,&g_55,&g_55,&g_55,&g_55,&g_55}};
                        int32_t *l_281[3];
                        int i, j;
                        for (i = 0; i < 3; i++)
                            l_281[i] = (void*)0;
                        if (p_71)
                            break;
                        l_273 = (p_71 > (l_188[g_124] = ((((safe_rshift_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((safe_div_func_int16_t_s_s(g_200, (safe_mod_func_uint32_t_u_u((l_262 != (safe_mul_func_uint16_t_u_u(g_140[2][5], ((void*)0 == l_265[1])))), (g_226 &= (safe_div_func_int8_t_s_s(l_247[5][0][0], (((g_166 &= ((safe_mul_func_uint16_t_u_u((0x9EB3430DL & (!l_199[4][0][0])), l_154)) , l_99)) > l_271) | 0xDDL)))))))) <= l_247[0][0][3]), (-5L))), l_250[0])) ^ g_91.f3) , l_136.f2) < p_71)));
                        g_91.f2 = (l_136.f1 = ((safe_div_func_uint16_t_u_u(l_276, l_271)) == ((p_71 || ((((safe_sub_func_int16_t_s_s(((void*)0 == l_279), (+((p_72 == (g_140[8][3] <= ((((l_262 && 18446744073709551610UL) , l_136) , 0UL) | 0xD4L))) , g_58)))) , l_143[1]) <= p_71) && g_91.f0)) != l_183[7][0][7])));
                    }
                    if ((p_72 >= (+(((*l_307) = (g_91.f0 && (((l_188[(g_124 + 1)] = (safe_lshift_func_int16_t_s_s(l_249, (l_143[2] = ((((safe_lshift_func_uint16_t_u_s(((*l_287) = l_183[0][1][4]), 5)) , (p_71 ^ (g_302 = (((((*l_291) = (p_72 , (&g_33 == ((*l_289) = &g_33)))) >= (((((safe_add_func_float_f_f((safe_add_func_float_f_f(((((safe_mul_func_float_f_f(((*l_300) = ((safe_add_func_float_f_f(((g_55 = g_91.f3) >= p_72), l_199[2][8][1])) != l_199[4][0][0])), (-0x9.Bp+1))) != (-0x4.5p-1)) > l_143[2]) == 0x2.1C5459p+66), 0x6.9p+1)), (-0x1.8p+1))) != g_200) >= p_71) , g_200) != 0x2.8AFD14p+12)) > l_188[(g_124 + 1)]) , l_250[0])))) , l_303) == (void*)0))))) < l_271) && l_273))) , l_127[1][1][2]))))
                    { /* block id: 75 */
                        struct S0 **l_308[7][3][2] = {{{&l_265[1],&l_265[1]},{&l_265[1],&l_265[0]},{(void*)0,&l_265[1]}},{{&l_265[0],&l_265[4]},{&l_265[1],&l_265[1]},{&l_265[1],&l_265[1]}},{{&l_265[1],&l_265[1]},{&l_265[1],&l_265[1]},{&l_265[1],&l_265[4]}},{{&l_265[0],&l_265[1]},{(void*)0,&l_265[0]},{&l_265[1],&l_265[1]}},{{&l_265[1],&l_265[0]},{(void*)0,&l_265[1]},{&l_265[0],&l_265[4]}},{{&l_265[1],&l_265[1]},{&l_265[1],&l_265[1]},{&l_265[1],&l_265[1]}},{{&l_265[1],&l_265[1]},{&l_265[1],&l_265[4]},{&l_265[0],&l_265[1]}}};
                        int i, j, k;
                        l_309 = l_265[1];
                    }
                    else
                    { /* block id: 77 */
                        (*l_291) = (g_310.f4 <= (safe_div_func_float_f_f((*l_305), ((safe_div_func_float_f_f(l_271, p_72)) <= (safe_sub_func_float_f_f((l_136.f3 > ((safe_add_func_float_f_f(0x1.7583D3p-55, g_288[3][0][0])) , g_302)), (0x4.3p-1 < 0x0.6p+1)))))));
                        return g_191;
                    }
                    l_186 ^= (((l_136.f5 || ((safe_mod_func_uint32_t_u_u(p_72, (((safe_mod_func_int32_t_s_s((((*l_325) = l_291) == (l_326[1] = l_163)), ((safe_sub_func_int64_t_s_s(((*l_339) = (g_338 = (safe_sub_func_int8_t_s_s((((*l_287) = g_140[6][0]) && (p_72 ^ (p_71 , ((*l_287)--)))), (((((*l_291) = (safe_mul_func_float_f_f(0x0.Bp-1, (safe_add_func_float_f_f((!(0x0.Ap-1 != g_191)), l_143[0]))))) , 1UL) | (*p_68)) || g_310.f5))))), l_183[5][0][6])) , g_91.f0))) ^ (**l_304)) ^ 0L))) <= p_72)) <= 0x9CL) ^ l_188[g_124]);
                }
                l_136.f2 = ((*l_305) = ((g_55 != ((g_226 <= (0x7.81CAD6p+48 == (l_250[0] >= (safe_add_func_float_f_f((((safe_mul_func_float_f_f(l_136.f3, (&p_70 != (void*)0))) <= (0x5.2DD0C4p-2 >= (l_143[2] = 0x5.10F083p-24))) != (-0x10.1p+1)), g_91.f4))))) != (-0x1.9p+1))) >= p_72));
            }
            for (l_122 = (-24); (l_122 <= 34); ++l_122)
            { /* block id: 96 */
                uint32_t * const **l_349 = (void*)0;
                uint32_t * const **l_350 = &g_347;
                uint8_t **l_377[8][5][1] = {{{(void*)0},{&l_150},{&l_150},{(void*)0},{&l_150}},{{&l_150},{(void*)0},{(void*)0},{&l_150},{&l_150}},{{(void*)0},{(void*)0},{&l_150},{&l_150},{(void*)0}},{{&l_150},{&l_150},{(void*)0},{(void*)0},{&l_150}},{{&l_150},{(void*)0},{(void*)0},{&l_150},{&l_150}},{{(void*)0},{&l_150},{&l_150},{(void*)0},{(void*)0}},{{&l_150},{&l_150},{(void*)0},{(void*)0},{&l_150}},{{&l_150},{(void*)0},{&l_150},{&l_150},{(void*)0}}};
                int32_t l_385 = 0x6A417C5DL;
                int16_t *l_430 = &g_166;
                int32_t *l_431 = &l_186;
                int8_t *l_432 = (void*)0;
                int8_t *l_433 = &g_302;
                int i, j, k;
                (*l_350) = g_347;
                for (l_157 = (-25); (l_157 <= 41); l_157++)
                { /* block id: 100 */
                    uint32_t l_360 = 0UL;
                    uint32_t **l_374 = &g_348;
                    uint32_t ***l_373[8] = {(void*)0,&l_374,(void*)0,&l_374,(void*)0,&l_374,(void*)0,&l_374};
                    float *l_408 = &g_160[0][0][0];
                    int32_t *l_409 = &l_199[4][0][0];
                    int i;
                    if (((safe_mul_func_int16_t_s_s((safe_unary_minus_func_int64_t_s((safe_lshift_func_int8_t_s_u(((-5L) ^ ((g_91 , (safe_lshift_func_int16_t_s_s((*p_69), 13))) >= ((((((*p_68) = 0xA0L) & p_71) >= (g_91.f4 <= (p_71 == g_91.f5))) >= (l_360 | p_72)) , 1L))), g_288[3][0][0])))), 0xA7E0L)) >= p_72))
                    { /* block id: 102 */
                        uint16_t *l_380 = &g_288[3][0][0];
                        uint16_t **l_379 = &l_380;
                        float *l_384[2][9][9] = {{{&g_160[2][0][0],&g_160[0][0][0],&g_160[0][0][0],&g_55,&g_55,&g_160[0][0][0],&g_160[0][0][0],&g_160[2][0][0],&g_160[7][0][0]},{&g_160[0][0][0],&g_55,(void*)0,&g_160[0][0][0],&g_301,(void*)0,&g_160[2][0][0],&g_55,&g_160[6][1][1]},{(void*)0,(void*)0,&g_160[0][0][0],&g_160[0][0][0],&g_160[4][1][0],&g_160[0][0][0],(void*)0,(void*)0,&g_160[0][0][0]},{&g_55,&g_55,&g_160[0][0][0],(void*)0,&g_160[7][0][0],&g_160[2][0][0],&g_160[2][0][0],&g_160[7][0][0],(void*)0},{&g_301,&g_55,&g_301,&g_160[0][0][0],(void*)0,(void*)0,&g_160[0][0][0],&g_160[4][1][0],(void*)0},{&g_160[2][0][0],&g_301,(void*)0,&g_55,&g_160[6][1][0],&g_160[0][0][0],&g_160[0][0][0],(void*)0,&g_55},{(void*)0,(void*)0,&g_55,&g_160[0][0][0],&g_55,(void*)0,&g_55,&g_160[0][0][0],&g_160[0][0][0]},{&g_55,&g_301,&g_301,(void*)0,&g_301,&g_301,&g_55,(void*)0,&g_160[2][0][0]},{&g_55,&g_160[0][0][0],&g_55,(void*)0,&g_55,(void*)0,&g_160[0][0][0],&g_55,(void*)0}},{{&g_160[6][1][0],&g_160[4][0][0],&g_301,&g_55,&g_55,(void*)0,&g_160[0][0][0],(void*)0,(void*)0},{&g_160[4][1][0],&g_55,&g_160[0][0][0],&g_160[0][0][0],&g_160[0][0][0],&g_301,&g_160[0][0][0],&g_160[0][0][0],&g_160[0][0][0]},{&g_55,&g_55,&g_55,&g_160[2][0][0],(void*)0,&g_160[0][0][0],&g_160[0][1][0],(void*)0,(void*)0},{(void*)0,&g_160[0][0][0],&g_55,(void*)0,&g_55,&g_55,&g_160[0][0][0],&g_160[4][1][0],&g_55},{&g_55,&g_301,&g_55,(void*)0,&g_160[1][1][0],(void*)0,&g_160[0][0][0],&g_160[7][0][0],&g_160[0][0][0]},{(void*)0,&g_55,&g_160[0][0][0],&g_160[0][0][0],&g_55,(void*)0,&g_301,(void*)0,&g_160[0][0][0]},{&g_160[0][0][0],&g_160[0][0][0],&g_301,(void*)0,&g_55,&g_160[0][0][0],&g_55,&g_160[6][1][0],&g_160[6][1][1]},{&g_301,&g_160[0][0][0],&g_55,&g_55,&g_55,&g_55,&g_301,&g_55,(void*)0},{&g_301,&g_160[6][1][0],&g_301,&g_160[0][0][0],&g_160[6][1][1],&g_160[6][1][1],&g_160[0][0][0],&g_301,&g_160[6][1][0]}}};
                        int32_t l_390 = (-1L);
                        const int16_t *l_392 = &g_166;
                        const int16_t **l_391 = &l_392;
                        int i, j, k;
                        l_385 = (safe_mul_func_float_f_f((safe_sub_func_float_f_f((safe_add_func_float_f_f((safe_add_func_float_f_f((-0x3.5p-1), (l_183[0][1][4] = (safe_div_func_float_f_f((safe_div_func_float_f_f((((void*)0 != l_373[6]) != (g_160[0][0][0] = (safe_div_func_float_f_f((l_377[5][0][0] != l_378[0]), (((*l_379) = &g_288[1][0][0]) != (((((l_99 & (l_360 > ((((1L & 9UL) >= g_310.f4) > g_310.f5) < (*p_68)))) , g_91) , (void*)0) != g_381) , &g_288[1][0][0])))))), l_122)), 0x0.1p+1))))), 0xC.3AD2EFp+26)), g_140[8][3])), g_226));
                        g_301 = (safe_div_func_float_f_f(((((safe_add_func_uint32_t_u_u(l_390, 0UL)) > (*p_68)) , l_391) != (void*)0), (safe_div_func_float_f_f((l_136.f2 = l_385), (safe_div_func_float_f_f((safe_div_func_float_f_f((!0x8.3EE810p-54), (g_55 = (0x5.9p-1 >= (safe_sub_func_float_f_f((((((((l_402 , l_403) == &g_347) > l_183[0][1][4]) , g_91.f2) > 0x5.E3CC63p-98) != l_405) > p_71), 0x1.8p-1)))))), 0x0.3p-1))))));
                        if (p_71)
                            break;
                        l_188[0] = (!0x1.1p+1);
                    }
                    else
                    { /* block id: 112 */
                        return g_91.f4;
                    }
                    if (l_385)
                        break;
                    (**l_303) = &g_58;
                    (*l_409) &= (+(((*l_408) = p_72) , (**l_304)));
                }
                if ((**l_304))
                    break;
                if ((((((g_310 , (((**l_304) >= ((safe_lshift_func_uint16_t_u_u(p_72, (safe_mod_func_int32_t_s_s((l_188[0] = (g_310.f0 | ((*l_433) &= (safe_mul_func_uint16_t_u_u(((((!g_310.f0) < ((safe_div_func_int32_t_s_s((((((safe_div_func_uint64_t_u_u((((((((*l_431) = (g_310 , ((safe_lshift_func_uint8_t_u_u(l_136.f5, 2)) ^ (safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(p_72, ((~((*l_430) = (safe_div_func_uint16_t_u_u((((l_385 > 0x30B7022CL) <= 4294967294UL) && 251UL), g_226)))) , p_72))), 65533UL))))) | g_140[8][3]) , 0x270EL) | p_71) ^ 3L) & 0xBA0AL), l_136.f5)) != g_91.f3) && 1L) , (*l_305)) < (-10L)), p_71)) == 0xF82201CCL)) >= 4294967287UL) & 1UL), 9UL))))), p_71)))) & l_434[1][1])) == p_72)) , (*l_305)) , 1L) & 0xA61FAFEF3B15DECDLL) == g_310.f3))
                { /* block id: 125 */
                    int64_t * const **l_441 = &l_439[3][7];
                    int32_t l_451 = 0xFF02B2B3L;
                    int16_t l_456 = 6L;
                    (*l_431) ^= (safe_mul_func_uint8_t_u_u((~(p_71 ^ (*p_69))), ((void*)0 == l_438)));
                    if (l_127[4][8][2])
                        continue;
                    (*l_441) = l_439[1][6];
                    if (g_310.f3)
                    { /* block id: 129 */
                        uint64_t l_444[5][4] = {{0x9546844F86216416LL,0x9546844F86216416LL,0x9546844F86216416LL,0x9546844F86216416LL},{0x9546844F86216416LL,0x9546844F86216416LL,0x9546844F86216416LL,0x9546844F86216416LL},{0x9546844F86216416LL,0x9546844F86216416LL,0x9546844F86216416LL,0x9546844F86216416LL},{0x9546844F86216416LL,0x9546844F86216416LL,0x9546844F86216416LL,0x9546844F86216416LL},{0x9546844F86216416LL,0x9546844F86216416LL,0x9546844F86216416LL,0x9546844F86216416LL}};
                        int i, j;
                        l_402.f1 = g_310.f3;
                        (*l_431) = (safe_lshift_func_int8_t_s_s(l_444[0][1], (l_456 |= ((((l_402.f0 , p_69) != (void*)0) | (safe_div_func_int32_t_s_s(0x8C2A2C82L, (safe_mod_func_uint64_t_u_u(((*p_68) ^ ((p_72 , ((safe_mod_func_uint8_t_u_u((l_451 && (((*l_305) = (~(safe_rshift_func_uint8_t_u_s((g_31 && l_455), 6)))) || 4294967293UL)), 0xD4L)) > g_91.f4)) < 1UL)), (*l_431)))))) == (*p_68)))));
                        if (p_72)
                            break;
                    }
                    else
                    { /* block id: 135 */
                        float *l_457 = &g_160[0][0][0];
                        (*l_457) = p_71;
                    }
                }
                else
                { /* block id: 138 */
                    uint64_t l_480 = 18446744073709551610UL;
                    for (g_166 = 0; (g_166 != (-12)); g_166 = safe_sub_func_uint64_t_u_u(g_166, 3))
                    { /* block id: 141 */
                        (*l_304) = (l_460[2][1][0] = &l_455);
                        return p_71;
                    }
                    for (l_198 = (-16); (l_198 < (-23)); --l_198)
                    { /* block id: 148 */
                        uint64_t l_467 = 0x78EC2CE1F16F2CCCLL;
                        uint16_t *l_484[4][10] = {{&g_288[3][0][0],(void*)0,&g_288[3][0][0],&g_288[3][0][0],&g_288[3][0][0],&g_288[3][0][0],(void*)0,&g_288[3][0][0],&g_288[3][0][0],&g_288[3][0][0]},{&g_288[3][0][0],(void*)0,&g_288[3][0][0],&g_288[3][0][0],&g_288[3][0][0],&g_288[3][0][0],(void*)0,&g_288[3][0][0],&g_288[3][0][0],&g_288[3][0][0]},{&g_288[3][0][0],(void*)0,&g_288[3][0][0],&g_288[3][0][0],&g_288[3][0][0],&g_288[3][0][0],(void*)0,&g_288[3][0][0],&g_288[3][0][0],&g_288[3][0][0]},{&g_288[6][0][0],&g_288[3][0][0],&g_288[6][0][0],&g_288[3][0][0],&g_288[3][0][0],&g_288[6][0][0],&g_288[3][0][0],&g_288[6][0][0],&g_288[3][0][0],&g_288[3][0][0]}};
                        uint16_t **l_483 = &l_484[3][3];
                        uint8_t *l_489[4][5][1] = {{{(void*)0},{&g_200},{&g_200},{&g_200},{(void*)0}},{{(void*)0},{&g_200},{&g_200},{&g_200},{(void*)0}},{{(void*)0},{&g_200},{&g_200},{&g_200},{(void*)0}},{{(void*)0},{&g_200},{&g_200},{&g_200},{(void*)0}}};
                        int32_t l_490 = (-1L);
                        int i, j, k;
                        l_490 |= (p_71 <= (safe_lshift_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u((l_467 = (-8L)), (safe_sub_func_int16_t_s_s((((((((safe_sub_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((*l_305), (0xAF0863EA298D6119LL & (safe_rshift_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s((((*p_68) >= (l_480 | ((*l_431) = (safe_lshift_func_uint8_t_u_s((((*l_483) = &g_288[3][0][0]) == (void*)0), 0))))) < ((((safe_rshift_func_uint16_t_u_u(((safe_lshift_func_int16_t_s_s((l_489[1][0][0] == (void*)0), (*p_69))) , 0xEC42L), p_72)) | 0x56F2A60FL) , g_91.f5) <= g_200)), (*p_69))) & 0UL), 1))))), 0x24L)) && 0xE2845AB86F942094LL) < g_91.f5) | 0UL) | g_124) != 0xDD27L) <= 18446744073709551615UL), (*l_305))))) , (*p_68)), l_127[5][0][1])));
                        l_490 = (safe_lshift_func_uint16_t_u_s(((***l_303) < ((&g_310 != (void*)0) > (safe_mod_func_uint16_t_u_u((g_288[6][0][0]--), (safe_add_func_int32_t_s_s(1L, p_72)))))), (safe_lshift_func_uint16_t_u_s(0x5588L, l_480))));
                        g_91.f1 &= 0L;
                    }
                    for (p_72 = 0; (p_72 <= 2); p_72 += 1)
                    { /* block id: 159 */
                        return g_310.f1;
                    }
                    if (g_140[7][4])
                        continue;
                }
            }
            if (((((((*l_506) = l_505) != (void*)0) > (-4L)) && 0UL) ^ (safe_add_func_int8_t_s_s(l_402.f4, ((safe_lshift_func_int8_t_s_u((safe_sub_func_uint64_t_u_u(0xC57FDE84D4D3A377LL, (((((((l_402.f2 &= ((~((*l_305) >= (&g_226 != l_460[1][2][0]))) > g_140[0][1])) && g_91.f5) | g_310.f5) | g_140[4][1]) < (*p_68)) | 7UL) != p_72))), (*l_305))) | l_514)))))
            { /* block id: 167 */
                int32_t l_523 = 0xF06653ADL;
                int32_t l_528 = (-3L);
                int32_t l_533 = 0x8A41F066L;
                int32_t l_536[7][9][2] = {{{0x532BD9DFL,0x4ED3411EL},{1L,0xA07045D8L},{4L,1L},{3L,0x0FFD1B05L},{(-3L),1L},{(-1L),1L},{(-4L),(-1L)},{1L,0x94AE7ECFL},{0xF545B235L,(-3L)}},{{(-1L),0xB048864DL},{0x2286C82FL,(-1L)},{0x89452014L,(-1L)},{0x2286C82FL,0xB048864DL},{(-1L),(-3L)},{0xF545B235L,0x94AE7ECFL},{1L,(-1L)},{(-4L),1L},{(-1L),1L}},{{(-3L),0x0FFD1B05L},{3L,1L},{4L,0xA07045D8L},{1L,0x4ED3411EL},{0x532BD9DFL,0x08BDB360L},{(-1L),0L},{0x0FFD1B05L,0xD3E2F91BL},{0x3E6FE5E8L,7L},{0x7691C61AL,0xF545B235L}},{{0xC0296044L,0xC0296044L},{0xA07045D8L,7L},{0xA3E66F1FL,(-4L)},{(-1L),(-6L)},{1L,(-1L)},{0L,1L},{0L,(-1L)},{1L,(-6L)},{(-1L),(-4L)}},{{0xA3E66F1FL,7L},{0xA07045D8L,0xC0296044L},{0xC0296044L,0xF545B235L},{0x7691C61AL,7L},{0x3E6FE5E8L,0xD3E2F91BL},{0x0FFD1B05L,0L},{(-1L),0x08BDB360L},{0x532BD9DFL,0x4ED3411EL},{1L,0xA07045D8L}},{{4L,1L},{3L,0x0FFD1B05L},{(-3L),1L},{(-1L),1L},{(-4L),(-1L)},{1L,0x94AE7ECFL},{0xF545B235L,(-3L)},{(-1L),0xB048864DL},{0x2286C82FL,(-1L)}},{{0x89452014L,(-1L)},{0x2286C82FL,0xB048864DL},{(-1L),(-3L)},{0xF545B235L,0x94AE7ECFL},{1L,(-1L)},{(-4L),1L},{(-1L),1L},{(-3L),0x0FFD1B05L},{3L,1L}}};
                int64_t ***l_598 = &g_591;
                int64_t l_617 = 0x9D7CDCD030284E7ELL;
                int i, j, k;
                for (g_226 = (-9); (g_226 > 26); g_226++)
                { /* block id: 170 */
                    int16_t l_522[4];
                    int32_t l_527 = 0xE5FCF05DL;
                    int32_t l_530 = (-4L);
                    int32_t l_532[8][2][7] = {{{0x592596F0L,(-7L),0x71A61503L,(-1L),0x71A61503L,(-7L),0x592596F0L},{0x65149826L,2L,0x7EFF7BA5L,0L,0x7EFF7BA5L,2L,0x65149826L}},{{0x592596F0L,(-7L),0x71A61503L,(-1L),0x71A61503L,(-7L),0x592596F0L},{0x65149826L,2L,0x7EFF7BA5L,0L,0x7EFF7BA5L,2L,0x65149826L}},{{0x592596F0L,(-7L),0x71A61503L,(-1L),0x71A61503L,(-7L),0x592596F0L},{0L,0x65149826L,0xB104380DL,0xE88B2DACL,0xB104380DL,0x65149826L,0L}},{{0x558694A0L,5L,1L,(-1L),1L,5L,0x558694A0L},{0L,0x65149826L,0xB104380DL,0xE88B2DACL,0xB104380DL,0x65149826L,0L}},{{0x558694A0L,5L,1L,(-1L),1L,5L,0x558694A0L},{0L,0x65149826L,0xB104380DL,0xE88B2DACL,0xB104380DL,0x65149826L,0L}},{{0x558694A0L,5L,1L,(-1L),1L,5L,0x558694A0L},{0L,0x65149826L,0xB104380DL,0xE88B2DACL,0xB104380DL,0x65149826L,0L}},{{0x558694A0L,5L,1L,(-1L),1L,5L,0x558694A0L},{0L,0x65149826L,0xB104380DL,0xE88B2DACL,0xB104380DL,0x65149826L,0L}},{{0x558694A0L,5L,1L,(-1L),1L,5L,0x558694A0L},{0L,0x65149826L,0xB104380DL,0xE88B2DACL,0xB104380DL,0x65149826L,0L}}};
                    int8_t l_540[10] = {0xB6L,0xB6L,0xB6L,0xB6L,0xB6L,0xB6L,0xB6L,0xB6L,0xB6L,0xB6L};
                    int8_t *l_587 = &l_529[0];
                    int64_t ****l_594 = (void*)0;
                    int64_t ****l_595 = &g_590;
                    int64_t ***l_597 = &g_591;
                    int64_t ****l_596 = &l_597;
                    uint16_t *l_603 = &g_604[4][5][0];
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                        l_522[i] = 0x03C1L;
                    for (g_200 = 0; (g_200 >= 41); g_200 = safe_add_func_int8_t_s_s(g_200, 8))
                    { /* block id: 173 */
                        int32_t *l_519 = &l_199[7][4][1];
                        l_519 = &g_58;
                    }
                }
            }
            else
            { /* block id: 210 */
                return l_402.f3;
            }
            l_455 = p_71;
        }
        for (g_191 = 15; (g_191 < 36); g_191 = safe_add_func_uint32_t_u_u(g_191, 8))
        { /* block id: 217 */
            const float l_643 = 0x6.0FF4B1p-23;
            int16_t l_645 = 0xA242L;
            uint32_t l_713 = 0x856B311DL;
            uint32_t *l_764[5][8][6] = {{{&g_226,&g_226,(void*)0,&g_226,&g_226,&g_226},{(void*)0,(void*)0,&g_226,(void*)0,(void*)0,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,(void*)0,&g_226,&g_226,(void*)0},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226}},{{&g_226,(void*)0,&g_226,&g_226,(void*)0,&g_226},{&g_226,&g_226,(void*)0,&g_226,&g_226,&g_226},{&g_226,(void*)0,&g_226,&g_226,&g_226,&g_226},{&g_226,(void*)0,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,(void*)0,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,(void*)0},{&g_226,&g_226,(void*)0,&g_226,&g_226,&g_226}},{{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,(void*)0,(void*)0,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,(void*)0},{&g_226,(void*)0,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{(void*)0,&g_226,&g_226,&g_226,&g_226,&g_226}},{{&g_226,&g_226,&g_226,&g_226,(void*)0,(void*)0},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,(void*)0,&g_226},{&g_226,(void*)0,&g_226,&g_226,&g_226,(void*)0},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,(void*)0,(void*)0,&g_226,&g_226,(void*)0},{&g_226,(void*)0,&g_226,&g_226,&g_226,&g_226}},{{&g_226,(void*)0,(void*)0,&g_226,&g_226,&g_226},{(void*)0,&g_226,&g_226,&g_226,&g_226,(void*)0},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,(void*)0,&g_226,&g_226,&g_226,&g_226},{&g_226,(void*)0,&g_226,&g_226,&g_226,(void*)0},{&g_226,(void*)0,&g_226,(void*)0,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226,&g_226}}};
            int64_t *l_765 = &g_593;
            int8_t *l_766 = (void*)0;
            int8_t *l_767 = &l_721;
            float *l_768 = &g_55;
            float *l_770 = &g_301;
            uint32_t l_780 = 0x61B4CED5L;
            uint32_t ***l_782[10][6][4] = {{{&g_781,&g_781,&g_781,(void*)0},{&g_781,&g_781,&g_781,(void*)0},{&g_781,&g_781,(void*)0,(void*)0},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781}},{{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,(void*)0,(void*)0},{&g_781,&g_781,&g_781,(void*)0},{(void*)0,&g_781,&g_781,(void*)0},{(void*)0,&g_781,&g_781,(void*)0}},{{&g_781,(void*)0,(void*)0,&g_781},{&g_781,&g_781,&g_781,(void*)0},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,(void*)0},{&g_781,&g_781,&g_781,&g_781}},{{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,(void*)0,&g_781},{(void*)0,&g_781,(void*)0,&g_781},{&g_781,(void*)0,&g_781,&g_781},{&g_781,&g_781,&g_781,(void*)0},{&g_781,(void*)0,&g_781,&g_781}},{{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{&g_781,(void*)0,&g_781,(void*)0},{(void*)0,&g_781,&g_781,&g_781},{&g_781,(void*)0,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781}},{{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{(void*)0,&g_781,&g_781,(void*)0},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,(void*)0}},{{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,(void*)0,&g_781},{(void*)0,&g_781,(void*)0,&g_781},{&g_781,(void*)0,&g_781,&g_781},{&g_781,&g_781,&g_781,(void*)0}},{{&g_781,(void*)0,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{&g_781,(void*)0,&g_781,(void*)0},{(void*)0,&g_781,&g_781,&g_781},{&g_781,(void*)0,&g_781,&g_781}},{{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{(void*)0,&g_781,&g_781,(void*)0},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781}},{{&g_781,&g_781,&g_781,(void*)0},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,&g_781,&g_781},{&g_781,&g_781,(void*)0,&g_781},{(void*)0,&g_781,(void*)0,&g_781},{&g_781,(void*)0,&g_781,&g_781}}};
            uint16_t *l_788 = &g_604[0][5][1];
            int i, j, k;
            if ((safe_add_func_uint64_t_u_u((safe_add_func_uint8_t_u_u(((void*)0 == &g_348), ((*l_438) |= ((safe_mod_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_s(5UL, 3)) && ((((safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s((((void*)0 != l_639) , (((p_72 && ((***g_590) = (0x4F15L ^ ((safe_rshift_func_int8_t_s_u(((**l_639) >= (5UL <= l_644)), (*p_68))) , 0x205AL)))) ^ 65527UL) & l_645)), 0x58D0L)), 15)), (**l_639))) , (*p_68)) < (*p_68)) > (**l_639))), (*p_69))) >= 0x1B99L)))), 18446744073709551612UL)))
            { /* block id: 220 */
                uint64_t l_646 = 18446744073709551612UL;
                ++l_646;
            }
            else
            { /* block id: 222 */
                int16_t l_649[6][4][9] = {{{0x7018L,3L,1L,3L,0xDECEL,0x1655L,0x0CD2L,3L,(-4L)},{0x0CD2L,0x1655L,0xDECEL,0L,0x4123L,0L,0xDECEL,0x1655L,0x0CD2L},{0xCBDCL,7L,1L,0xDECEL,3L,0x1655L,0x6188L,0x1655L,3L},{(-4L),0x6188L,0x6188L,(-4L),0L,7L,0x7018L,3L,1L}},{{0xCBDCL,3L,0x6188L,0x8736L,0x8736L,0x6188L,3L,0xCBDCL,0x4123L},{0x0CD2L,0x8736L,1L,0xCBDCL,0L,3L,3L,0L,0xCBDCL},{0xDECEL,0x0CD2L,0xDECEL,7L,3L,0x8736L,0x7018L,0x4123L,0x4123L},{0x6188L,0x0CD2L,0x4123L,3L,0x4123L,0x0CD2L,0x6188L,0x7018L,1L}},{{0x7018L,0x8736L,3L,7L,0xDECEL,0x0CD2L,0xDECEL,7L,3L},{3L,3L,0L,0xCBDCL,1L,0x8736L,0x0CD2L,0x7018L,0x0CD2L},{3L,0x6188L,0x8736L,0x8736L,0x6188L,3L,0xCBDCL,0x4123L,(-4L)},{0x7018L,7L,0L,(-4L),0x6188L,0x6188L,(-4L),0L,7L}},{{0x6188L,0x1655L,3L,0xDECEL,1L,7L,0xCBDCL,0xCBDCL,7L},{0xDECEL,0L,0x4123L,0L,0xDECEL,0x1655L,0x0CD2L,3L,(-4L)},{0x0CD2L,0x1655L,0xDECEL,0L,0x4123L,0L,0xDECEL,0x1655L,0x0CD2L},{0xCBDCL,7L,1L,0xDECEL,3L,0x1655L,0x6188L,0x1655L,3L}},{{(-4L),0x6188L,0x6188L,(-4L),0L,7L,0x7018L,3L,1L},{0xCBDCL,3L,0x6188L,0x8736L,0x8736L,0x6188L,3L,0xCBDCL,0x4123L},{0x0CD2L,0x8736L,1L,0xCBDCL,0L,3L,3L,0L,0xCBDCL},{0xDECEL,0x0CD2L,0xDECEL,7L,3L,0x8736L,0x7018L,0x4123L,0x4123L}},{{0x6188L,0x0CD2L,0x4123L,3L,0x4123L,0x0CD2L,0x6188L,0x7018L,1L},{0x7018L,0x8736L,3L,7L,0xDECEL,0x0CD2L,0x8736L,0x1655L,0L},{0L,0L,0x0CD2L,7L,0x4123L,0x6188L,0xCBDCL,0xDECEL,0xCBDCL},{0L,(-4L),0x6188L,0x6188L,(-4L),0L,7L,0x7018L,3L}}};
                int32_t l_650 = 0xE2188E8FL;
                int32_t l_651 = 1L;
                int32_t l_652 = 0xADE96C1CL;
                int32_t l_653 = 0x546221C4L;
                int i, j, k;
                g_656[0]--;
                return g_166;
            }
            for (l_455 = (-23); (l_455 >= 25); l_455 = safe_add_func_int64_t_s_s(l_455, 6))
            { /* block id: 228 */
                uint8_t l_676 = 0x93L;
                uint32_t l_694 = 0x8AC6FD93L;
                uint32_t l_712 = 0x9A6C4772L;
                int32_t l_715 = 0x66F0CDD5L;
                uint16_t l_739 = 65530UL;
                struct S0 *l_741 = &l_402;
                for (g_538 = (-30); (g_538 != 0); g_538++)
                { /* block id: 231 */
                    uint8_t l_688 = 4UL;
                    uint64_t *l_689 = &g_543;
                    uint32_t *l_693[5][5] = {{&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226},{&g_226,&g_226,&g_226,&g_226,&g_226}};
                    int32_t l_717 = 0L;
                    int i, j;
                    g_310.f2 = p_72;
                    if (((safe_lshift_func_uint8_t_u_s((((**g_591) = (safe_rshift_func_uint16_t_u_s((safe_mod_func_int8_t_s_s((safe_lshift_func_int8_t_s_u((safe_mod_func_int8_t_s_s(((4294967294UL >= ((((~(safe_mod_func_int64_t_s_s(l_676, g_620))) > ((safe_mod_func_uint8_t_u_u((((((l_676 == (((~((safe_add_func_uint32_t_u_u((safe_div_func_int8_t_s_s((safe_div_func_uint32_t_u_u((g_91.f3 = ((safe_mod_func_uint8_t_u_u(((((*l_123) = 0x86C61810L) ^ ((((*l_689) = l_688) && (((safe_add_func_uint32_t_u_u(0x9ABC6E64L, (l_688 & (+p_71)))) <= l_688) , g_91.f0)) , g_524[0])) && p_72), p_72)) , g_654)), g_656[0])), g_310.f3)), 0x2C0A04DDL)) != (*p_68))) && p_72) ^ 9L)) < p_72) <= (-10L)) != 8L) < g_91.f5), p_71)) && 0x853DL)) < 0L) || (*p_68))) || 1L), (*p_68))), l_676)), p_71)), 2))) | g_542), g_166)) && g_200))
                    { /* block id: 237 */
                        return p_72;
                    }
                    else
                    { /* block id: 239 */
                        int16_t *l_714 = &g_166;
                        int32_t **l_718 = &l_460[2][1][0];
                        struct S0 l_722 = {128,3,17,89,3,11};
                        struct S0 l_725 = {35,1,-5,27,1,1};
                        struct S0 **l_740 = &l_309;
                        ++l_694;
                        l_717 = (safe_mul_func_int16_t_s_s(((~((safe_mul_func_uint16_t_u_u(((((safe_unary_minus_func_int8_t_s((safe_div_func_uint32_t_u_u((((safe_sub_func_int8_t_s_s(p_72, (*p_68))) , (safe_add_func_uint16_t_u_u(((safe_add_func_int32_t_s_s(((~(l_676 > (((l_712 , &g_302) != &g_302) | (l_183[0][1][4] = (*p_68))))) , (l_713 = g_310.f1)), (((*l_714) = g_288[0][0][0]) != (*p_69)))) | 0xBFC7A88E9C4E1D4ALL), (*p_69)))) , g_542), l_715)))) & 0xBDADA71FL) >= g_91.f2) < (*p_69)), 0xDE08L)) < 0x5A90023CL)) , g_91.f1), g_654));
                        (*l_639) = ((*l_718) = &g_58);
                        l_725.f2 = (((*l_740) = ((safe_mod_func_int16_t_s_s((((l_721 && ((((l_722 , (safe_rshift_func_int16_t_s_u(((((l_725 , (*g_592)) != l_694) <= (+((safe_mul_func_int16_t_s_s((*p_69), 1L)) == (safe_lshift_func_int8_t_s_s((8UL && (safe_mul_func_uint8_t_u_u((((safe_mul_func_uint16_t_u_u((((safe_div_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s(p_71, 14)), p_71)) & l_739) == g_91.f4), g_200)) >= g_542) & (-5L)), 0UL))), 2))))) > g_310.f5), 5))) ^ p_71) > 0x389031F31D62F543LL) <= (***g_590))) < p_71) ^ 18446744073709551613UL), g_524[0])) , (void*)0)) != l_741);
                    }
                }
                if (p_71)
                    continue;
                for (l_721 = (-1); (l_721 <= 28); l_721++)
                { /* block id: 254 */
                    const int8_t *l_744 = &g_302;
                    float *l_745 = &g_55;
                    int64_t ****l_747 = (void*)0;
                    int64_t *****l_746 = &l_747;
                    for (g_338 = 0; (g_338 <= 1); g_338 += 1)
                    { /* block id: 257 */
                        int i, j, k;
                        g_160[g_338][g_338][g_338] = ((void*)0 == l_744);
                    }
                    (*l_745) = g_91.f5;
                    (*l_746) = &g_590;
                }
                for (g_655 = 0; (g_655 < 6); g_655 = safe_add_func_int16_t_s_s(g_655, 4))
                { /* block id: 265 */
                    (*l_639) = &g_58;
                    if (g_140[8][3])
                        continue;
                }
            }
            (*l_770) = (safe_mul_func_float_f_f(0x8.DCC8A7p+55, (((safe_sub_func_float_f_f(g_166, ((safe_div_func_float_f_f(((safe_div_func_float_f_f((safe_mul_func_float_f_f(((*l_768) = ((l_713 , (((safe_div_func_int16_t_s_s((l_645 ^ ((*l_767) = ((l_402.f2 = (safe_div_func_int32_t_s_s((((g_91.f5 = ((*l_123) = p_71)) , (l_402 , (((3UL >= p_71) && ((*g_591) != l_765)) , (void*)0))) == &l_249), l_645))) < 0xD869F1FBL))), 0x14E6L)) , (void*)0) != &l_247[0][0][3])) > 0x1.Ep+1)), l_645)), l_769)) == 0x7.Ep-1), 0x0.0p-1)) == p_71))) == l_713) > 0xD.2CE3A9p+7)));
            g_58 &= (1L != ((*l_788) = (p_72 ^ (safe_mod_func_uint16_t_u_u((safe_sub_func_int64_t_s_s((safe_rshift_func_uint16_t_u_u(p_72, 2)), ((+((safe_rshift_func_int8_t_s_s((l_780 ^= p_72), ((((l_783 = g_781) == (void*)0) , ((safe_lshift_func_int16_t_s_s((safe_add_func_uint8_t_u_u((((g_310.f1 < 0x0E5D1028L) && (p_72 & 0xFB40L)) == p_72), (-5L))), 6)) ^ g_310.f4)) >= (*p_68)))) | p_72)) && g_91.f0))), g_310.f4)))));
        }
        --l_789;
    }
    else
    { /* block id: 282 */
        int32_t *l_794 = (void*)0;
        (*l_639) = (void*)0;
        g_91.f1 = (safe_lshift_func_int8_t_s_u(1L, 6));
    }
    --g_796[0];
    g_807[1]++;
    return g_91.f4;
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
    transparent_crc(g_8, "g_8", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_26[i], "g_26[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc_bytes (&g_55, sizeof(g_55), "g_55", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_91.f0, "g_91.f0", print_hash_value);
    transparent_crc(g_91.f1, "g_91.f1", print_hash_value);
    transparent_crc(g_91.f2, "g_91.f2", print_hash_value);
    transparent_crc(g_91.f3, "g_91.f3", print_hash_value);
    transparent_crc(g_91.f4, "g_91.f4", print_hash_value);
    transparent_crc(g_91.f5, "g_91.f5", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_140[i][j], "g_140[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc_bytes(&g_160[i][j][k], sizeof(g_160[i][j][k]), "g_160[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_191, "g_191", print_hash_value);
    transparent_crc(g_200, "g_200", print_hash_value);
    transparent_crc(g_226, "g_226", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_288[i][j][k], "g_288[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc_bytes (&g_301, sizeof(g_301), "g_301", print_hash_value);
    transparent_crc(g_302, "g_302", print_hash_value);
    transparent_crc(g_310.f0, "g_310.f0", print_hash_value);
    transparent_crc(g_310.f1, "g_310.f1", print_hash_value);
    transparent_crc(g_310.f2, "g_310.f2", print_hash_value);
    transparent_crc(g_310.f3, "g_310.f3", print_hash_value);
    transparent_crc(g_310.f4, "g_310.f4", print_hash_value);
    transparent_crc(g_310.f5, "g_310.f5", print_hash_value);
    transparent_crc(g_338, "g_338", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_524[i], "g_524[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_538, "g_538", print_hash_value);
    transparent_crc(g_542, "g_542", print_hash_value);
    transparent_crc(g_543, "g_543", print_hash_value);
    transparent_crc(g_593, "g_593", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_604[i][j][k], "g_604[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_620, "g_620", print_hash_value);
    transparent_crc(g_654, "g_654", print_hash_value);
    transparent_crc(g_655, "g_655", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_656[i], "g_656[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc_bytes (&g_716, sizeof(g_716), "g_716", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_796[i], "g_796[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_800, "g_800", print_hash_value);
    transparent_crc_bytes (&g_801, sizeof(g_801), "g_801", print_hash_value);
    transparent_crc(g_802, "g_802", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_803[i][j], "g_803[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_804, "g_804", print_hash_value);
    transparent_crc(g_805, "g_805", print_hash_value);
    transparent_crc(g_806, "g_806", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_807[i], "g_807[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_829, "g_829", print_hash_value);
    transparent_crc(g_881, "g_881", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_985[i][j][k], "g_985[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc_bytes(&g_986[i][j], sizeof(g_986[i][j]), "g_986[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc_bytes(&g_989[i], sizeof(g_989[i]), "g_989[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_994, "g_994", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_995[i], "g_995[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1029, "g_1029", print_hash_value);
    transparent_crc(g_1157, "g_1157", print_hash_value);
    transparent_crc(g_1170, "g_1170", print_hash_value);
    transparent_crc(g_1362, "g_1362", print_hash_value);
    transparent_crc(g_1539, "g_1539", print_hash_value);
    transparent_crc(g_1715, "g_1715", print_hash_value);
    transparent_crc(g_1825, "g_1825", print_hash_value);
    transparent_crc(g_1922, "g_1922", print_hash_value);
    transparent_crc(g_1985, "g_1985", print_hash_value);
    transparent_crc(g_1999, "g_1999", print_hash_value);
    transparent_crc(g_2071, "g_2071", print_hash_value);
    transparent_crc(g_2197, "g_2197", print_hash_value);
    transparent_crc(g_2221, "g_2221", print_hash_value);
    transparent_crc(g_2502, "g_2502", print_hash_value);
    transparent_crc(g_2813, "g_2813", print_hash_value);
    transparent_crc(g_3243, "g_3243", print_hash_value);
    transparent_crc(g_3278, "g_3278", print_hash_value);
    transparent_crc(g_3327, "g_3327", print_hash_value);
    transparent_crc_bytes (&g_3344, sizeof(g_3344), "g_3344", print_hash_value);
    transparent_crc(g_3608.f0, "g_3608.f0", print_hash_value);
    transparent_crc(g_3608.f1, "g_3608.f1", print_hash_value);
    transparent_crc(g_3608.f2, "g_3608.f2", print_hash_value);
    transparent_crc(g_3608.f3, "g_3608.f3", print_hash_value);
    transparent_crc(g_3608.f4, "g_3608.f4", print_hash_value);
    transparent_crc(g_3608.f5, "g_3608.f5", print_hash_value);
    transparent_crc(g_3621, "g_3621", print_hash_value);
    transparent_crc_bytes (&g_3679, sizeof(g_3679), "g_3679", print_hash_value);
    transparent_crc(g_3980.f0, "g_3980.f0", print_hash_value);
    transparent_crc(g_3980.f1, "g_3980.f1", print_hash_value);
    transparent_crc(g_3980.f2, "g_3980.f2", print_hash_value);
    transparent_crc(g_3980.f3, "g_3980.f3", print_hash_value);
    transparent_crc(g_3980.f4, "g_3980.f4", print_hash_value);
    transparent_crc(g_3980.f5, "g_3980.f5", print_hash_value);
    transparent_crc_bytes (&g_3990, sizeof(g_3990), "g_3990", print_hash_value);
    transparent_crc(g_4157, "g_4157", print_hash_value);
    transparent_crc(g_4159, "g_4159", print_hash_value);
    transparent_crc(g_4256, "g_4256", print_hash_value);
    transparent_crc(g_4393, "g_4393", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_4512[i], "g_4512[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_4615, "g_4615", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 1027
   depth: 1, occurrence: 36
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 6
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 58
breakdown:
   indirect level: 0, occurrence: 36
   indirect level: 1, occurrence: 10
   indirect level: 2, occurrence: 6
   indirect level: 3, occurrence: 3
   indirect level: 4, occurrence: 3
XXX full-bitfields structs in the program: 36
breakdown:
   indirect level: 0, occurrence: 36
XXX times a bitfields struct's address is taken: 32
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 54
XXX times a single bitfield on LHS: 37
XXX times a single bitfield on RHS: 174

XXX max expression depth: 65
breakdown:
   depth: 1, occurrence: 443
   depth: 2, occurrence: 112
   depth: 3, occurrence: 8
   depth: 4, occurrence: 4
   depth: 5, occurrence: 4
   depth: 6, occurrence: 1
   depth: 7, occurrence: 1
   depth: 8, occurrence: 2
   depth: 9, occurrence: 4
   depth: 10, occurrence: 2
   depth: 12, occurrence: 2
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 6
   depth: 17, occurrence: 2
   depth: 18, occurrence: 3
   depth: 19, occurrence: 4
   depth: 20, occurrence: 8
   depth: 21, occurrence: 4
   depth: 22, occurrence: 8
   depth: 23, occurrence: 3
   depth: 24, occurrence: 7
   depth: 25, occurrence: 3
   depth: 26, occurrence: 4
   depth: 27, occurrence: 3
   depth: 28, occurrence: 4
   depth: 29, occurrence: 6
   depth: 30, occurrence: 2
   depth: 31, occurrence: 3
   depth: 32, occurrence: 2
   depth: 33, occurrence: 1
   depth: 35, occurrence: 2
   depth: 36, occurrence: 3
   depth: 37, occurrence: 1
   depth: 39, occurrence: 2
   depth: 40, occurrence: 3
   depth: 41, occurrence: 2
   depth: 42, occurrence: 2
   depth: 49, occurrence: 1
   depth: 53, occurrence: 1
   depth: 55, occurrence: 1
   depth: 65, occurrence: 1

XXX total number of pointers: 957

XXX times a variable address is taken: 2236
XXX times a pointer is dereferenced on RHS: 421
breakdown:
   depth: 1, occurrence: 298
   depth: 2, occurrence: 76
   depth: 3, occurrence: 36
   depth: 4, occurrence: 4
   depth: 5, occurrence: 7
XXX times a pointer is dereferenced on LHS: 509
breakdown:
   depth: 1, occurrence: 431
   depth: 2, occurrence: 43
   depth: 3, occurrence: 15
   depth: 4, occurrence: 17
   depth: 5, occurrence: 3
XXX times a pointer is compared with null: 105
XXX times a pointer is compared with address of another variable: 22
XXX times a pointer is compared with another pointer: 30
XXX times a pointer is qualified to be dereferenced: 11945

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 2173
   level: 2, occurrence: 705
   level: 3, occurrence: 475
   level: 4, occurrence: 308
   level: 5, occurrence: 292
XXX number of pointers point to pointers: 462
XXX number of pointers point to scalars: 481
XXX number of pointers point to structs: 14
XXX percent of pointers has null in alias set: 29.7
XXX average alias set size: 1.42

XXX times a non-volatile is read: 3743
XXX times a non-volatile is write: 1756
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 20

XXX stmts: 450
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 29
   depth: 1, occurrence: 42
   depth: 2, occurrence: 53
   depth: 3, occurrence: 74
   depth: 4, occurrence: 109
   depth: 5, occurrence: 143

XXX percentage a fresh-made variable is used: 16.7
XXX percentage an existing variable is used: 83.3
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

