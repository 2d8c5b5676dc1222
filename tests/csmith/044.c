/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 51 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      51
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int8_t  f0;
   int64_t  f1;
   uint64_t  f2;
   int64_t  f3;
   signed f4 : 7;
   uint32_t  f5;
   uint64_t  f6;
   signed f7 : 27;
   float  f8;
};

union U1 {
   const uint64_t  f0;
   uint32_t  f1;
   uint64_t  f2;
   int16_t  f3;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = 0x73292C5EL;
static int32_t g_4 = 7L;
static int32_t g_42 = 5L;
static struct S0 g_48 = {0xA6L,0xBAAEEA3ADEB0CCCFLL,0x4A32A0C022AD6179LL,0xE2BD63ADB0B63B58LL,3,0x224C6ACEL,0xDD5E18B70F7348F3LL,-9650,0xA.54AE8Bp-36};
static uint16_t g_77 = 65535UL;
static uint16_t g_98 = 0xD771L;
static struct S0 *g_104 = &g_48;
static uint16_t g_129 = 65529UL;
static uint64_t g_134 = 0x1FBB9A9CB853F4F8LL;
static int32_t g_147[4] = {0xECB71139L,0xECB71139L,0xECB71139L,0xECB71139L};
static int32_t g_176[10] = {0x3B2B88CAL,0x3B2B88CAL,0x3B2B88CAL,0x3B2B88CAL,0x3B2B88CAL,0x3B2B88CAL,0x3B2B88CAL,0x3B2B88CAL,0x3B2B88CAL,0x3B2B88CAL};
static int64_t g_193 = 0xFE6923C3D6B9C23FLL;
static uint32_t g_194[10] = {4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL};
static uint32_t g_214[4][7] = {{0xA7503C92L,18446744073709551615UL,0xA7503C92L,0xA7503C92L,18446744073709551615UL,0xA7503C92L,0xA7503C92L},{18446744073709551614UL,0x1BA70B08L,18446744073709551615UL,0x1BA70B08L,18446744073709551614UL,18446744073709551609UL,18446744073709551614UL},{18446744073709551615UL,0xA7503C92L,0xA7503C92L,18446744073709551615UL,0xA7503C92L,0xA7503C92L,18446744073709551615UL},{0x85BF4E3EL,18446744073709551611UL,18446744073709551615UL,18446744073709551609UL,0x85BF4E3EL,18446744073709551609UL,18446744073709551615UL}};
static int32_t *g_221 = (void*)0;
static int32_t **g_230 = &g_221;
static int8_t g_249 = 0L;
static uint32_t g_269 = 4294967295UL;
static struct S0 g_275 = {0L,0x17102662646C3E3ALL,1UL,0x40ABFD163637ED67LL,3,18446744073709551615UL,0xD857E93B1DB58507LL,-5929,-0x6.7p-1};
static int16_t g_313 = 0x7936L;
static float g_314 = 0xF.025295p-6;
static uint32_t g_315[5] = {0x4A7FC203L,0x4A7FC203L,0x4A7FC203L,0x4A7FC203L,0x4A7FC203L};
static int64_t g_334 = (-5L);
static int8_t g_335 = 1L;
static float *g_369 = &g_275.f8;
static float **g_368[5][10][2] = {{{&g_369,&g_369},{(void*)0,(void*)0},{(void*)0,&g_369},{&g_369,&g_369},{&g_369,&g_369},{&g_369,&g_369},{(void*)0,(void*)0},{(void*)0,&g_369},{&g_369,&g_369},{&g_369,&g_369}},{{&g_369,&g_369},{(void*)0,(void*)0},{(void*)0,&g_369},{&g_369,&g_369},{&g_369,&g_369},{&g_369,&g_369},{(void*)0,(void*)0},{(void*)0,&g_369},{&g_369,&g_369},{&g_369,&g_369}},{{&g_369,&g_369},{(void*)0,(void*)0},{(void*)0,&g_369},{&g_369,&g_369},{&g_369,&g_369},{&g_369,&g_369},{(void*)0,(void*)0},{(void*)0,&g_369},{&g_369,&g_369},{&g_369,&g_369}},{{&g_369,&g_369},{(void*)0,(void*)0},{(void*)0,&g_369},{&g_369,&g_369},{&g_369,&g_369},{&g_369,&g_369},{(void*)0,(void*)0},{(void*)0,&g_369},{&g_369,&g_369},{&g_369,&g_369}},{{&g_369,&g_369},{(void*)0,(void*)0},{(void*)0,&g_369},{&g_369,&g_369},{&g_369,&g_369},{&g_369,&g_369},{(void*)0,(void*)0},{(void*)0,&g_369},{&g_369,&g_369},{&g_369,&g_369}}};
static const float g_403 = 0x1.9p-1;
static uint8_t g_415 = 0x60L;
static uint8_t **g_452 = (void*)0;
static uint32_t g_491 = 0x8099A3C1L;
static int32_t ***g_498 = &g_230;
static int32_t **** const g_497 = &g_498;
static struct S0 g_565 = {0x0BL,0x32D4BF12715389CDLL,0UL,0xA50C52BBFBCDD571LL,5,1UL,18446744073709551613UL,-4638,0x5.8p+1};
static int32_t g_577 = 1L;
static uint16_t g_604 = 1UL;
static float ***g_607 = &g_368[1][1][1];
static float g_763 = 0x0.7p-1;
static uint16_t **g_793 = (void*)0;
static union U1 g_878 = {0x6A26DD3AC66A1B51LL};
static uint64_t *g_894 = (void*)0;
static uint64_t **g_893 = &g_894;
static int16_t g_901 = 1L;
static int8_t g_902 = 0x8BL;
static uint64_t g_904 = 18446744073709551610UL;
static int64_t *g_972 = &g_275.f3;
static int32_t **g_1050 = (void*)0;
static int32_t *** const g_1049 = &g_1050;
static int32_t *** const *g_1048[2][5] = {{&g_1049,&g_1049,&g_1049,&g_1049,&g_1049},{&g_1049,&g_1049,&g_1049,&g_1049,&g_1049}};
static uint8_t g_1051 = 0x05L;
static int8_t *g_1077 = &g_565.f0;
static int8_t *g_1081 = &g_902;
static uint8_t g_1082[7][10][1] = {{{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL}},{{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL}},{{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL}},{{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL}},{{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL}},{{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL}},{{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL},{6UL},{0xABL}}};
static int16_t g_1183 = 0x6C03L;
static int8_t **g_1296 = &g_1077;
static int8_t ***g_1295[9] = {&g_1296,&g_1296,&g_1296,&g_1296,&g_1296,&g_1296,&g_1296,&g_1296,&g_1296};
static int8_t ****g_1294 = &g_1295[5];
static int32_t g_1325 = 9L;
static union U1 *g_1418 = (void*)0;
static union U1 **g_1417 = &g_1418;
static uint32_t **g_1609 = (void*)0;
static uint32_t *g_1616[4] = {&g_194[4],&g_194[4],&g_194[4],&g_194[4]};
static uint32_t **g_1615[4][6][6] = {{{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]}},{{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]}},{{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]}},{{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]},{(void*)0,(void*)0,&g_1616[1],(void*)0,(void*)0,&g_1616[1]}}};
static struct S0 **g_1696[10] = {&g_104,&g_104,&g_104,&g_104,&g_104,&g_104,&g_104,&g_104,&g_104,&g_104};
static struct S0 *** const g_1695 = &g_1696[3];
static int32_t *g_1723 = &g_577;
static uint32_t g_1732 = 18446744073709551614UL;
static int32_t g_1802 = (-1L);
static uint64_t ****g_1830 = (void*)0;
static uint32_t *g_1837 = (void*)0;
static union U1 * const *g_1872 = &g_1418;
static union U1 * const ** const g_1871 = &g_1872;
static union U1 * const ** const *g_1870 = &g_1871;
static int8_t g_2032[6] = {0xDEL,1L,1L,0xDEL,1L,1L};
static const uint16_t ***g_2176[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static const uint16_t ****g_2175 = &g_2176[2];
static int64_t g_2203 = (-1L);
static int32_t g_2290 = 0x61819A6AL;
static uint8_t * const **g_2329 = (void*)0;
static uint8_t * const ***g_2328[8] = {&g_2329,&g_2329,&g_2329,&g_2329,&g_2329,&g_2329,&g_2329,&g_2329};
static uint32_t g_2348 = 0UL;
static struct S0 ***g_2385[7][7] = {{&g_1696[3],&g_1696[3],&g_1696[3],&g_1696[3],&g_1696[3],&g_1696[2],&g_1696[2]},{&g_1696[3],&g_1696[3],&g_1696[3],&g_1696[3],&g_1696[3],&g_1696[3],&g_1696[3]},{&g_1696[3],&g_1696[2],&g_1696[2],&g_1696[3],&g_1696[2],&g_1696[2],&g_1696[3]},{&g_1696[2],&g_1696[3],&g_1696[2],&g_1696[2],&g_1696[3],&g_1696[2],&g_1696[2]},{&g_1696[3],&g_1696[3],&g_1696[3],&g_1696[3],&g_1696[3],&g_1696[3],&g_1696[3]},{&g_1696[3],&g_1696[2],&g_1696[2],&g_1696[3],&g_1696[2],&g_1696[2],&g_1696[3]},{&g_1696[2],&g_1696[3],&g_1696[2],&g_1696[2],&g_1696[3],&g_1696[2],&g_1696[2]}};
static int64_t g_2456 = 0xB87024391C7FB668LL;
static int32_t g_2472 = (-5L);
static uint8_t g_2524 = 0UL;
static uint16_t g_2571 = 65529UL;
static const uint64_t **g_2598 = (void*)0;
static const uint64_t ***g_2597 = &g_2598;
static uint64_t g_2602 = 0xD274CB321E75EBB6LL;
static const int32_t *g_2611 = &g_3;
static uint32_t g_2637 = 18446744073709551615UL;
static const int32_t g_2692[5][1] = {{0xF9605745L},{0xCAA3C743L},{0xF9605745L},{0xCAA3C743L},{0xF9605745L}};
static uint32_t **g_2753 = &g_1616[3];
static const uint32_t *g_2755 = &g_194[1];
static const uint32_t * const *g_2754 = &g_2755;
static const uint32_t g_2758 = 4UL;
static const float *g_2761[7][1] = {{&g_565.f8},{&g_314},{&g_565.f8},{&g_314},{&g_565.f8},{&g_314},{&g_565.f8}};
static const float **g_2760 = &g_2761[2][0];
static int64_t g_2782 = (-1L);
static int64_t g_2866 = 0L;
static uint8_t ***g_2874 = (void*)0;
static uint8_t ****g_2873 = &g_2874;
static uint16_t g_2921 = 0x349EL;
static int8_t *g_3029[10] = {&g_335,&g_335,&g_249,&g_335,&g_335,&g_249,&g_335,&g_335,&g_249,&g_335};
static uint8_t g_3089 = 249UL;
static int32_t g_3104[8] = {8L,8L,8L,8L,8L,8L,8L,8L};
static int32_t g_3111 = 0x7DB03941L;
static float g_3132 = (-0x1.3p+1);
static int16_t *g_3169 = &g_313;
static uint8_t g_3173 = 1UL;
static int16_t g_3181 = 0x444CL;
static int32_t g_3290 = 0x2132D2B9L;
static const int32_t g_3313[7][2][6] = {{{0x5EA5B9C8L,0x522C0E6BL,7L,7L,0x522C0E6BL,0x5EA5B9C8L},{0x31426FD4L,0x5EA5B9C8L,0x073D587FL,0x522C0E6BL,0x073D587FL,0x5EA5B9C8L}},{{0x073D587FL,0x31426FD4L,7L,0L,0L,7L},{0x073D587FL,0x073D587FL,0L,0x522C0E6BL,0x41D7AED0L,0x522C0E6BL}},{{0x31426FD4L,0x073D587FL,0x31426FD4L,7L,0L,0L},{0x5EA5B9C8L,0x31426FD4L,0x31426FD4L,0x5EA5B9C8L,0x073D587FL,0x522C0E6BL}},{{0x522C0E6BL,0x5EA5B9C8L,0L,0x5EA5B9C8L,0x522C0E6BL,7L},{0x5EA5B9C8L,0x522C0E6BL,7L,7L,0x522C0E6BL,0x5EA5B9C8L}},{{0x31426FD4L,0x5EA5B9C8L,0x073D587FL,0x522C0E6BL,0x073D587FL,0x5EA5B9C8L},{0x073D587FL,0x31426FD4L,7L,0L,0L,7L}},{{0x073D587FL,0x073D587FL,0L,0x522C0E6BL,0x41D7AED0L,0x522C0E6BL},{0x31426FD4L,0x073D587FL,0x31426FD4L,7L,0L,0L}},{{0x5EA5B9C8L,0x31426FD4L,0x31426FD4L,0x5EA5B9C8L,0x073D587FL,0x522C0E6BL},{0x522C0E6BL,0x5EA5B9C8L,0L,0x5EA5B9C8L,0x522C0E6BL,7L}}};
static union U1 ***g_3316 = &g_1417;
static int8_t g_3354 = 0xC2L;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int32_t * func_5(uint32_t  p_6, int32_t * p_7, uint32_t  p_8, union U1  p_9, uint64_t  p_10);
static uint32_t  func_11(const int32_t * p_12, const int32_t * p_13, const int32_t * p_14, int32_t * p_15);
static const int32_t * func_16(int32_t * p_17, int64_t  p_18, float  p_19);
static int32_t * func_20(int16_t  p_21, int32_t * const  p_22, int32_t * p_23, int32_t * p_24);
static int32_t * const  func_25(int32_t * p_26, int32_t  p_27);
static int32_t * func_30(uint64_t  p_31, int32_t * p_32, uint32_t  p_33);
static int32_t * func_35(int32_t  p_36, int32_t * p_37, const int32_t * p_38, const uint16_t  p_39);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_878.f2 g_194 g_1296 g_1077 g_565.f0 g_334 g_1723 g_577
 * writes: g_3 g_4 g_878.f2
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    int16_t l_2[4][10] = {{0x1A07L,1L,4L,1L,0x1A07L,0x1A07L,1L,4L,1L,0x1A07L},{0x1A07L,1L,4L,1L,0x1A07L,0x1A07L,1L,4L,1L,0x1A07L},{0x1A07L,1L,4L,1L,0x1A07L,0x1A07L,1L,4L,1L,0x1A07L},{0x1A07L,1L,0x1813L,0x9465L,1L,1L,0x9465L,0x1813L,0x9465L,1L}};
    int32_t *l_40 = (void*)0;
    struct S0 l_1674 = {6L,0xFF3731BBF8E17423LL,1UL,1L,-2,0x714828B6L,5UL,4399,0x1.0B5F63p+27};
    int32_t *l_1722 = (void*)0;
    uint8_t l_1724 = 0xC8L;
    uint32_t l_1727 = 4294967295UL;
    int8_t **l_1739 = &g_1081;
    float ****l_1776 = &g_607;
    uint32_t l_1812 = 0xAB9E99C6L;
    int16_t l_1815 = 0x64D0L;
    int32_t l_1820 = (-1L);
    int32_t l_1821 = 0x99898437L;
    int16_t l_1822 = 0xAB86L;
    int32_t l_1823 = (-9L);
    int32_t l_1824[8] = {0x4C78A1A4L,0x3052AFF6L,0x3052AFF6L,0x4C78A1A4L,0x3052AFF6L,0x3052AFF6L,0x4C78A1A4L,0x3052AFF6L};
    uint32_t l_1825 = 7UL;
    uint32_t l_1859 = 0x89514F2DL;
    int32_t l_1867[3];
    int32_t l_1875[1][1];
    int32_t l_1908 = 2L;
    uint32_t l_1948 = 0x7684D7E2L;
    const int8_t *l_1952 = (void*)0;
    const int8_t **l_1951 = &l_1952;
    union U1 l_1967 = {18446744073709551607UL};
    int8_t l_2094 = 0xB6L;
    int64_t l_2106 = 1L;
    uint64_t *l_2109[2];
    uint32_t l_2110[4][9][7] = {{{0UL,0xD96DF331L,18446744073709551615UL,0x4EAD314AL,0x02BBBA5EL,0x174A54D0L,0xD96DF331L},{18446744073709551608UL,0x2D62A29EL,1UL,0xF43E192AL,0xEBB6D947L,0xEBB6D947L,0xF43E192AL},{18446744073709551610UL,1UL,18446744073709551610UL,6UL,0x19609A99L,6UL,0UL},{0xD89AB54AL,4UL,0x2DDEFC4EL,0UL,2UL,0xA0ED617CL,18446744073709551610UL},{2UL,0x2A6AE6BCL,6UL,2UL,18446744073709551609UL,6UL,0x02BBBA5EL},{18446744073709551615UL,2UL,0x2D62A29EL,0x03880C6CL,0xE3E6F087L,0xEBB6D947L,1UL},{18446744073709551607UL,0x02BBBA5EL,4UL,0x19609A99L,0UL,0x174A54D0L,18446744073709551615UL},{18446744073709551615UL,0x9CE82E6BL,18446744073709551615UL,0xD89AB54AL,0xF08546C0L,7UL,2UL},{9UL,1UL,0xF1C1BEE6L,0xF1C1BEE6L,1UL,9UL,0UL}},{{0xB852FEE3L,0xD89AB54AL,0xA0ED617CL,0x5E6CAC28L,18446744073709551610UL,0xA805282CL,0xD89AB54AL},{0UL,1UL,9UL,1UL,6UL,0UL,0UL},{18446744073709551615UL,0xD89AB54AL,1UL,0xF08546C0L,18446744073709551612UL,1UL,0x2D62A29EL},{7UL,1UL,0x810D8ABDL,18446744073709551615UL,0x19609A99L,0x810D8ABDL,0x956447F6L},{0xE3E6F087L,0x9CE82E6BL,0x03880C6CL,0x859EF40AL,0UL,0x2D62A29EL,18446744073709551610UL},{18446744073709551610UL,0x02BBBA5EL,0x2A6AE6BCL,18446744073709551615UL,0x956447F6L,18446744073709551615UL,0x2A6AE6BCL},{2UL,2UL,0xA0ED617CL,1UL,0xF43E192AL,0x830EA923L,18446744073709551608UL},{0xD96DF331L,0x2A6AE6BCL,0x5F7B9EECL,0x19609A99L,0UL,0x6DAD1ED0L,0x19609A99L},{7UL,4UL,0UL,0xF08546C0L,0xF43E192AL,7UL,0x9CE82E6BL}},{{18446744073709551615UL,1UL,4UL,0x4EAD314AL,0x956447F6L,18446744073709551615UL,1UL},{0xB852FEE3L,0x2D62A29EL,18446744073709551615UL,0xB852FEE3L,0UL,0UL,0xF43E192AL},{0x6DAD1ED0L,0xD96DF331L,9UL,0xF1C1BEE6L,0x19609A99L,1UL,1UL},{18446744073709551612UL,0xF43E192AL,0x2DDEFC4EL,0xF43E192AL,18446744073709551612UL,0x830EA923L,0xE3E6F087L},{2UL,0UL,18446744073709551615UL,0x02BBBA5EL,6UL,6UL,0x956447F6L},{18446744073709551615UL,18446744073709551610UL,1UL,0x03880C6CL,18446744073709551610UL,0xF08546C0L,0x9CE82E6BL},{2UL,0x02BBBA5EL,18446744073709551615UL,7UL,1UL,0x810D8ABDL,18446744073709551615UL},{0x2D62A29EL,0xA0ED617CL,0xA805282CL,0x9CE82E6BL,18446744073709551615UL,18446744073709551614UL,0x2D62A29EL},{18446744073709551607UL,18446744073709551615UL,0xA350FCFBL,0UL,6UL,18446744073709551607UL,0x810D8ABDL}},{{0x03880C6CL,1UL,0x859EF40AL,7UL,7UL,0x859EF40AL,1UL},{18446744073709551615UL,0x174A54D0L,1UL,18446744073709551609UL,0x45C34ACFL,0UL,0UL},{0xED7EEAB1L,18446744073709551615UL,0x6745E0A0L,0xD5F5ABFDL,1UL,0x2DDEFC4EL,0xA805282CL},{0x2A6AE6BCL,6UL,2UL,18446744073709551609UL,6UL,0x02BBBA5EL,9UL},{18446744073709551615UL,0xA805282CL,0xB9A18F51L,7UL,0x2513F6EFL,0xA0ED617CL,7UL},{8UL,0x6DAD1ED0L,4UL,0UL,18446744073709551610UL,0xBDFD0E26L,0x174A54D0L},{7UL,18446744073709551615UL,18446744073709551610UL,0x9CE82E6BL,0xEBB6D947L,0x5E6CAC28L,0xEBB6D947L},{0x5F7B9EECL,0x810D8ABDL,0x810D8ABDL,0x5F7B9EECL,0x45C34ACFL,8UL,6UL},{18446744073709551614UL,0xF08546C0L,18446744073709551615UL,0xB9A18F51L,0UL,18446744073709551614UL,0xA0ED617CL}}};
    union U1 *l_2127 = &g_878;
    union U1 ** const l_2126 = &l_2127;
    union U1 ** const *l_2125 = &l_2126;
    const uint16_t ****l_2177 = &g_2176[2];
    int8_t l_2235[2];
    uint32_t l_2243 = 4294967295UL;
    uint8_t l_2248 = 0xA9L;
    uint8_t ***l_2327 = (void*)0;
    uint8_t **** const l_2326[5] = {&l_2327,&l_2327,&l_2327,&l_2327,&l_2327};
    uint16_t l_2332[4][8] = {{9UL,4UL,9UL,9UL,4UL,9UL,9UL,4UL},{4UL,9UL,9UL,4UL,9UL,9UL,4UL,9UL},{4UL,4UL,0x202BL,4UL,4UL,0x202BL,4UL,4UL},{9UL,4UL,9UL,9UL,4UL,9UL,9UL,4UL}};
    uint16_t l_2337 = 0xCA79L;
    uint32_t **l_2345 = (void*)0;
    uint32_t * const l_2347 = &g_2348;
    uint32_t * const *l_2346 = &l_2347;
    uint32_t l_2369 = 4294967294UL;
    struct S0 ***l_2384 = &g_1696[3];
    uint32_t l_2450 = 0xFB312D9BL;
    uint32_t l_2457 = 1UL;
    int8_t l_2516 = 0x47L;
    float l_2517 = 0x5.6B0DBAp-8;
    int8_t l_2564 = 0x28L;
    int32_t ***l_2572 = &g_1050;
    int16_t l_2624 = 0x73ADL;
    uint64_t l_2630 = 1UL;
    int32_t l_2657 = (-1L);
    uint32_t l_2698 = 0x91EE0BE1L;
    uint16_t l_2744 = 0x83E9L;
    int8_t l_2774 = 0x5BL;
    uint32_t l_2823 = 0x9EF00CE9L;
    int8_t l_2857 = (-8L);
    int32_t ***l_2891 = &g_1050;
    uint64_t l_2905 = 0x1CEFE36D8A5259D2LL;
    uint8_t l_2914 = 0x95L;
    struct S0 l_2978 = {-4L,-7L,0x2F88FF19E40C1916LL,0x538310846AD18076LL,-3,18446744073709551615UL,1UL,-7079,0x1.9p+1};
    uint64_t l_3026[6] = {0x511DD30AAE34C613LL,0x511DD30AAE34C613LL,0x511DD30AAE34C613LL,0x511DD30AAE34C613LL,0x511DD30AAE34C613LL,0x511DD30AAE34C613LL};
    int32_t *l_3053 = &g_2472;
    int32_t l_3086 = 0x20E8151DL;
    uint32_t l_3105 = 0UL;
    uint64_t l_3115 = 0xEBE8B802F926EBC2LL;
    int16_t l_3139 = 8L;
    const uint32_t l_3157 = 18446744073709551615UL;
    int32_t *** const *l_3163 = &l_2891;
    const uint8_t l_3216[4][7][9] = {{{0xCDL,255UL,1UL,1UL,0x71L,0x71L,1UL,1UL,255UL},{0UL,5UL,0UL,5UL,0x95L,7UL,0x08L,1UL,8UL},{255UL,0xF4L,248UL,4UL,1UL,0x87L,0UL,0x74L,0x71L},{0x20L,5UL,0x15L,0x95L,3UL,1UL,1UL,3UL,0x95L},{1UL,255UL,1UL,0x59L,4UL,255UL,1UL,247UL,1UL},{1UL,8UL,0x95L,0x78L,0UL,0UL,0x7FL,5UL,0x19L},{0UL,0x71L,0xF4L,0x59L,0x74L,1UL,0x85L,0x85L,1UL}},{{249UL,0x95L,1UL,0x95L,249UL,254UL,0x19L,0x20L,4UL},{0x3AL,0xF4L,1UL,1UL,255UL,0x74L,0x87L,0xA7L,1UL},{0x48L,0xDBL,0x20L,5UL,0x15L,0x95L,3UL,1UL,1UL},{1UL,9UL,0xF4L,0xFFL,0xF4L,9UL,1UL,0x74L,247UL},{1UL,4UL,1UL,0x78L,5UL,0x5EL,8UL,0x15L,0x20L},{1UL,1UL,4UL,0x3DL,255UL,0xCDL,255UL,0x74L,1UL},{0x40L,1UL,246UL,0x19L,5UL,0x19L,246UL,1UL,0x40L}},{{0UL,247UL,0xFFL,0x71L,1UL,0x3AL,255UL,0xA7L,1UL},{0UL,0x20L,254UL,1UL,1UL,0x40L,5UL,0UL,0x78L},{0UL,1UL,255UL,255UL,1UL,4UL,1UL,255UL,255UL},{0x40L,0x40L,249UL,0xDBL,0UL,0x48L,0x7FL,5UL,1UL},{1UL,1UL,1UL,0x87L,255UL,0x71L,247UL,0x9FL,0x71L},{1UL,0x78L,249UL,3UL,0x08L,0UL,0UL,0UL,0x08L},{1UL,255UL,255UL,1UL,248UL,1UL,4UL,1UL,255UL}},{{0x48L,1UL,254UL,8UL,249UL,246UL,0x15L,3UL,0UL},{0x3AL,0x71L,0xFFL,255UL,248UL,1UL,255UL,9UL,255UL},{0x20L,0x08L,246UL,246UL,0x08L,0x20L,0x40L,7UL,8UL},{0x3DL,255UL,4UL,255UL,255UL,255UL,0x9FL,255UL,0x3AL},{249UL,0UL,1UL,5UL,0UL,0x15L,0x40L,4UL,0UL},{0x71L,255UL,0xF4L,1UL,1UL,0xF4L,255UL,0x71L,1UL},{0UL,8UL,0x20L,0x7FL,1UL,5UL,0x15L,0x48L,7UL}}};
    uint32_t l_3249 = 0xDC7DB0A4L;
    uint16_t l_3273 = 0x121AL;
    float l_3281 = 0x5.EAFD98p+25;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1867[i] = 1L;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_1875[i][j] = 0x52EBA43CL;
    }
    for (i = 0; i < 2; i++)
        l_2109[i] = &g_878.f2;
    for (i = 0; i < 2; i++)
        l_2235[i] = (-8L);
    for (g_3 = 0; (g_3 <= 3); g_3 += 1)
    { /* block id: 3 */
        uint32_t l_1330[9] = {0x55116910L,4294967295UL,0x55116910L,4294967295UL,0x55116910L,4294967295UL,0x55116910L,4294967295UL,0x55116910L};
        int32_t *l_1349 = &g_3;
        int32_t l_1676 = 0x48E36E5BL;
        uint8_t l_1698 = 0x9FL;
        const int64_t l_1701 = 0xF8FB19623DF90E1BLL;
        uint8_t l_1706 = 1UL;
        int i;
        for (g_4 = 0; (g_4 <= 3); g_4 += 1)
        { /* block id: 6 */
            int32_t l_34[1][7] = {{0xF6D1D89EL,0x2C237796L,0x2C237796L,0xF6D1D89EL,0x2C237796L,0x2C237796L,0xF6D1D89EL}};
            int32_t *l_1329 = &l_34[0][1];
            int32_t l_1331[7][7][2] = {{{0xD8F2C3F7L,0L},{0xFBC26835L,(-10L)},{0x96FFC4DEL,1L},{0x96830DBBL,1L},{0x96FFC4DEL,(-10L)},{0xFBC26835L,0L},{0xD8F2C3F7L,8L}},{{0L,0L},{0x9BF76ED6L,0xC45171A3L},{(-10L),0x96830DBBL},{(-7L),0xDDF8330AL},{0xC45171A3L,(-7L)},{(-6L),1L},{(-6L),(-7L)}},{{0xC45171A3L,0xDDF8330AL},{(-7L),0x96830DBBL},{(-10L),0xC45171A3L},{0x9BF76ED6L,0L},{0L,8L},{0xD8F2C3F7L,0L},{0xFBC26835L,(-10L)}},{{0x96FFC4DEL,1L},{0x96830DBBL,1L},{0x96FFC4DEL,(-10L)},{0xFBC26835L,0L},{0xD8F2C3F7L,8L},{0L,0L},{0x9BF76ED6L,0xC45171A3L}},{{(-10L),0x96830DBBL},{(-7L),0xDDF8330AL},{0xC45171A3L,(-7L)},{(-6L),1L},{(-6L),(-7L)},{0xC45171A3L,0xDDF8330AL},{(-7L),0x96830DBBL}},{{(-10L),0xC45171A3L},{0x9BF76ED6L,0L},{0L,8L},{0xD8F2C3F7L,0L},{0xFBC26835L,(-10L)},{0x96FFC4DEL,1L},{0x96830DBBL,1L}},{{0x96FFC4DEL,(-10L)},{0xFBC26835L,0L},{0xD8F2C3F7L,8L},{0L,0L},{0x9BF76ED6L,0xC45171A3L},{(-10L),0x96830DBBL},{(-7L),0xDDF8330AL}}};
            int32_t *l_1391 = (void*)0;
            int32_t **l_1673[9][1][8] = {{{(void*)0,(void*)0,&l_1329,&l_40,&l_40,&l_1329,&g_221,&g_221}},{{&l_40,&l_1329,&g_221,&g_221,&l_40,&l_1349,&l_40,&g_221}},{{&l_1329,&l_1329,&l_1329,&l_40,(void*)0,&l_1329,&l_40,&l_1349}},{{&l_1349,&l_1349,&l_40,(void*)0,&g_221,(void*)0,(void*)0,&g_221}},{{&l_1349,&l_40,&l_40,&l_1349,(void*)0,(void*)0,&g_221,&l_1329}},{{&l_1329,(void*)0,(void*)0,&l_40,&l_40,&l_1329,&l_1329,&l_1329}},{{&l_40,(void*)0,&g_221,(void*)0,&l_40,(void*)0,&l_1349,&l_1329}},{{(void*)0,&l_40,&l_40,&l_1349,&l_1329,(void*)0,(void*)0,(void*)0}},{{&l_1329,&l_1349,&l_40,&l_40,&l_1349,&l_1329,&l_1349,&l_1329}}};
            int16_t *l_1675 = &g_901;
            int i, j, k;
        }
    }
    for (g_878.f2 = 2; (g_878.f2 <= 9); g_878.f2 += 1)
    { /* block id: 823 */
        uint32_t l_1811 = 18446744073709551615UL;
        int32_t l_1813 = (-1L);
        int32_t l_1814[4][6] = {{0L,0L,0L,0L,0L,0L},{1L,0L,1L,0L,1L,0L},{0L,0L,0L,0L,0L,0L},{1L,0L,1L,0L,1L,0L}};
        int32_t *l_1816 = &l_1814[3][1];
        int32_t *l_1817 = (void*)0;
        int32_t *l_1818 = &l_1814[3][3];
        int32_t *l_1819[9];
        uint32_t l_1849 = 0UL;
        uint32_t l_1858[7] = {4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL};
        union U1 l_1865 = {0x5BDF5ACB2B0BE449LL};
        int64_t l_1896[1][7];
        uint16_t l_1907 = 0xA3D9L;
        struct S0 *l_1957 = &g_565;
        int64_t **l_1988[6][9][4] = {{{&g_972,(void*)0,(void*)0,(void*)0},{&g_972,&g_972,(void*)0,&g_972},{&g_972,&g_972,&g_972,&g_972},{&g_972,&g_972,&g_972,(void*)0},{&g_972,&g_972,&g_972,&g_972},{&g_972,&g_972,&g_972,&g_972},{&g_972,&g_972,&g_972,(void*)0},{&g_972,&g_972,&g_972,&g_972},{&g_972,(void*)0,&g_972,&g_972}},{{(void*)0,(void*)0,&g_972,&g_972},{&g_972,&g_972,&g_972,&g_972},{&g_972,(void*)0,(void*)0,&g_972},{(void*)0,(void*)0,&g_972,&g_972},{(void*)0,&g_972,(void*)0,(void*)0},{&g_972,&g_972,&g_972,&g_972},{&g_972,&g_972,&g_972,&g_972},{(void*)0,&g_972,&g_972,(void*)0},{&g_972,&g_972,&g_972,&g_972}},{{&g_972,&g_972,&g_972,&g_972},{&g_972,&g_972,(void*)0,(void*)0},{&g_972,(void*)0,(void*)0,&g_972},{&g_972,&g_972,(void*)0,&g_972},{&g_972,&g_972,&g_972,&g_972},{&g_972,(void*)0,&g_972,&g_972},{&g_972,&g_972,&g_972,&g_972},{(void*)0,&g_972,&g_972,&g_972},{&g_972,&g_972,&g_972,&g_972}},{{&g_972,&g_972,(void*)0,(void*)0},{(void*)0,(void*)0,&g_972,&g_972},{(void*)0,&g_972,(void*)0,(void*)0},{&g_972,(void*)0,&g_972,(void*)0},{&g_972,(void*)0,&g_972,(void*)0},{(void*)0,&g_972,&g_972,&g_972},{&g_972,(void*)0,&g_972,(void*)0},{&g_972,&g_972,&g_972,&g_972},{&g_972,&g_972,&g_972,&g_972}},{{&g_972,&g_972,&g_972,&g_972},{&g_972,&g_972,&g_972,&g_972},{&g_972,(void*)0,&g_972,&g_972},{&g_972,&g_972,(void*)0,&g_972},{&g_972,&g_972,(void*)0,&g_972},{&g_972,(void*)0,(void*)0,(void*)0},{&g_972,&g_972,(void*)0,&g_972},{&g_972,&g_972,(void*)0,&g_972},{(void*)0,&g_972,(void*)0,&g_972}},{{&g_972,&g_972,(void*)0,&g_972},{&g_972,(void*)0,&g_972,(void*)0},{(void*)0,&g_972,&g_972,&g_972},{&g_972,&g_972,&g_972,&g_972},{(void*)0,(void*)0,(void*)0,&g_972},{&g_972,&g_972,&g_972,&g_972},{&g_972,(void*)0,(void*)0,&g_972},{&g_972,&g_972,&g_972,&g_972},{&g_972,(void*)0,(void*)0,&g_972}}};
        int16_t l_2036 = 9L;
        int8_t *l_2059 = &g_335;
        int16_t l_2078 = 0xD048L;
        uint32_t l_2084 = 0xC827F2AAL;
        uint16_t l_2102 = 1UL;
        int32_t l_2105 = 0x404CB4C7L;
        int32_t *l_2111 = &g_42;
        uint32_t l_2170 = 0xAF7D2B38L;
        int32_t l_2173 = 0L;
        int16_t *l_2247[8][7][4] = {{{(void*)0,&l_2078,&g_313,&g_1183},{(void*)0,&g_878.f3,&l_1865.f3,&g_878.f3},{&g_313,&l_2[2][3],&l_1865.f3,(void*)0},{(void*)0,(void*)0,&l_2[2][0],&g_901},{&l_1865.f3,&l_1967.f3,&l_1865.f3,&g_313},{&l_1865.f3,&g_878.f3,&l_2[2][0],(void*)0},{(void*)0,&g_313,&l_1865.f3,(void*)0}},{{&g_313,&l_1865.f3,&l_1865.f3,&g_313},{(void*)0,&l_1865.f3,&g_313,(void*)0},{(void*)0,&l_2[2][0],&g_878.f3,&l_1865.f3},{&g_313,&l_1865.f3,&l_1967.f3,&l_1865.f3},{&g_901,&l_2[2][0],(void*)0,(void*)0},{(void*)0,&l_1865.f3,&l_2[2][3],&g_313},{&g_878.f3,&l_1865.f3,&g_878.f3,(void*)0}},{{&g_1183,&g_313,&l_2078,(void*)0},{&l_1865.f3,&g_878.f3,(void*)0,&g_313},{(void*)0,&l_1967.f3,(void*)0,&g_901},{&l_1865.f3,(void*)0,&l_2078,(void*)0},{&g_1183,&l_2[2][3],&g_878.f3,&g_878.f3},{&g_878.f3,&g_878.f3,&l_2[2][3],&g_1183},{(void*)0,&l_2078,(void*)0,&l_1865.f3}},{{&g_901,(void*)0,&l_1967.f3,(void*)0},{&g_313,(void*)0,&g_878.f3,&l_1865.f3},{(void*)0,&l_2078,&g_313,&g_1183},{(void*)0,&g_878.f3,&l_1865.f3,&g_878.f3},{&g_313,&l_2[2][3],&l_1865.f3,(void*)0},{(void*)0,(void*)0,&l_2[2][0],&g_901},{&l_1865.f3,&l_1967.f3,&l_1865.f3,&g_313}},{{&l_1865.f3,&g_878.f3,&l_2[2][0],(void*)0},{(void*)0,&g_313,&l_1865.f3,(void*)0},{&g_313,&l_1865.f3,&l_1865.f3,&g_313},{(void*)0,&l_1865.f3,&g_313,(void*)0},{(void*)0,&l_2[2][0],&g_878.f3,&l_1865.f3},{&g_313,&l_1865.f3,&l_1967.f3,&l_1865.f3},{&g_901,&l_2[2][0],(void*)0,(void*)0}},{{(void*)0,&l_1865.f3,&l_2[2][3],&g_313},{&g_878.f3,&l_1865.f3,&g_878.f3,(void*)0},{&g_878.f3,(void*)0,&l_1967.f3,(void*)0},{&l_1865.f3,&g_1183,(void*)0,(void*)0},{&l_2078,&l_2[2][3],(void*)0,(void*)0},{&l_1865.f3,&l_2078,&l_1967.f3,&l_2[2][0]},{&g_878.f3,&l_1865.f3,&g_901,&g_901}},{{&g_901,&g_901,&l_1865.f3,&g_878.f3},{&l_2[2][0],&l_1967.f3,&l_2078,&l_1865.f3},{(void*)0,(void*)0,&l_2[2][3],&l_2078},{(void*)0,(void*)0,&g_1183,&l_1865.f3},{(void*)0,&l_1967.f3,(void*)0,&g_878.f3},{(void*)0,&g_901,&g_1183,&g_901},{&l_2036,&l_1865.f3,&l_1865.f3,&l_2[2][0]}},{{&g_313,&l_2078,(void*)0,(void*)0},{&g_1183,&l_2[2][3],&g_901,(void*)0},{&g_1183,&g_1183,(void*)0,(void*)0},{&g_313,(void*)0,&l_1865.f3,(void*)0},{&l_2036,&g_1183,&g_1183,&l_2036},{(void*)0,&l_1865.f3,(void*)0,&g_313},{(void*)0,(void*)0,&g_1183,&g_1183}}};
        const int64_t l_2285 = 0x4E36BB2AB6731223LL;
        int i, j, k;
        for (i = 0; i < 9; i++)
            l_1819[i] = &l_1814[2][5];
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 7; j++)
                l_1896[i][j] = (-9L);
        }
        l_1812 ^= (0x978FL && ((g_194[g_878.f2] & ((safe_lshift_func_int8_t_s_s(g_194[g_878.f2], (g_194[g_878.f2] > (safe_sub_func_int8_t_s_s((**g_1296), (g_194[g_878.f2] & 0x4310310686BDBD1ELL)))))) > l_1674.f1)) , (l_1811 , g_334)));
        ++l_1825;
        if ((*l_1818))
            break;
    }
    return (*g_1723);
}


/* ------------------------------------------ */
/* 
 * reads : g_1183 g_878 g_793 g_1077 g_565.f0 g_275.f3 g_194 g_42 g_1417 g_129 g_972 g_1295 g_1296 g_48.f5 g_104 g_48 g_452 g_369 g_249
 * writes: g_1082 g_42 g_1183 g_1417 g_129 g_275.f3 g_565.f0 g_48 g_275.f8 g_249
 */
static int32_t * func_5(uint32_t  p_6, int32_t * p_7, uint32_t  p_8, union U1  p_9, uint64_t  p_10)
{ /* block id: 628 */
    uint8_t *l_1394 = &g_1082[5][9][0];
    uint8_t *l_1396 = &g_1082[5][9][0];
    uint8_t **l_1395 = &l_1396;
    int32_t l_1399[2];
    uint16_t *l_1414 = (void*)0;
    uint16_t **l_1413 = &l_1414;
    int32_t *l_1415 = &g_42;
    int16_t *l_1416[3];
    struct S0 l_1421 = {0x35L,-1L,1UL,0x818FA4B18535ED1ELL,-8,0x58C017ACL,0x9561976CD0CA0AE8LL,-3024,0x1.7p+1};
    int8_t ****l_1426 = &g_1295[4];
    int16_t l_1504 = 0x69A4L;
    float ** const *l_1551 = &g_368[1][1][1];
    float ** const **l_1550 = &l_1551;
    int32_t l_1553 = 0xE393F03DL;
    uint8_t l_1605 = 254UL;
    uint32_t *l_1614 = &g_194[1];
    uint32_t **l_1613 = &l_1614;
    union U1 ***l_1652 = &g_1417;
    uint8_t *** const l_1656 = &g_452;
    uint8_t *** const *l_1655 = &l_1656;
    int i;
    for (i = 0; i < 2; i++)
        l_1399[i] = 0xFB6097F5L;
    for (i = 0; i < 3; i++)
        l_1416[i] = &g_1183;
    if (((g_1183 = ((safe_rshift_func_uint16_t_u_s((l_1394 != ((*l_1395) = l_1394)), 13)) | (((*l_1415) &= (0xCB10L & (g_1183 < ((0xC7L >= (((safe_sub_func_int16_t_s_s(l_1399[1], (safe_add_func_uint8_t_u_u((safe_add_func_int32_t_s_s((safe_sub_func_uint8_t_u_u((g_878 , ((*l_1394) = (safe_sub_func_uint8_t_u_u((~((safe_rshift_func_int8_t_s_u((safe_mul_func_uint8_t_u_u(((0x0AA7L ^ (((((((g_793 == l_1413) || 0x8AE1L) <= p_8) > 0x3CL) <= (*g_1077)) > 0xD26902B855FD2082LL) && 65534UL)) <= g_275.f3), p_9.f2)), 7)) >= 0x47L)), l_1399[1])))), p_9.f2)), g_194[1])), l_1399[1])))) == p_10) < (-1L))) , l_1399[0])))) <= l_1399[0]))) , 0xC85E48A5L))
    { /* block id: 633 */
        union U1 ***l_1419 = &g_1417;
        int32_t l_1420 = (-10L);
        uint16_t *l_1422[4];
        int32_t l_1423 = 0x5CBFEA26L;
        struct S0 *l_1508 = (void*)0;
        int64_t *l_1513 = &g_565.f3;
        int i;
        for (i = 0; i < 4; i++)
            l_1422[i] = &g_77;
        p_7 = func_20((((((*l_1419) = g_1417) != (void*)0) < (*l_1415)) >= l_1420), (l_1421 , p_7), func_30((((++g_129) < (l_1426 == (void*)0)) >= (((****l_1426) = (((safe_add_func_int64_t_s_s(((*g_972) = (*g_972)), 0x5B471822FA822049LL)) >= p_10) == 1L)) , g_48.f5)), p_7, p_10), p_7);
    }
    else
    { /* block id: 732 */
        float * const *l_1658[4][1];
        uint32_t *** const l_1659 = &g_1615[1][4][1];
        const int32_t l_1672 = 0xD1564348L;
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_1658[i][j] = &g_369;
        }
        for (l_1605 = 0; (l_1605 <= 1); l_1605 += 1)
        { /* block id: 735 */
            uint32_t l_1668 = 0x30B8EB7AL;
            int32_t *l_1671 = &g_42;
            (*g_369) = ((l_1658[3][0] != (void*)0) , (&g_1615[1][4][1] != l_1659));
            for (g_249 = 1; (g_249 >= 0); g_249 -= 1)
            { /* block id: 739 */
                int32_t *l_1660 = &l_1399[1];
                int32_t *l_1661 = &g_42;
                int32_t *l_1662 = &l_1399[1];
                int32_t *l_1663 = &l_1399[1];
                int32_t *l_1664 = &l_1399[1];
                int32_t *l_1665 = &l_1399[1];
                int32_t *l_1666 = &g_42;
                int32_t *l_1667[5];
                int i, j;
                for (i = 0; i < 5; i++)
                    l_1667[i] = &l_1399[1];
                ++l_1668;
                return l_1671;
            }
            if (l_1672)
                break;
        }
    }
    return p_7;
}


/* ------------------------------------------ */
/* 
 * reads : g_230 g_221 g_498 g_565.f1 g_42 g_878 g_369 g_275.f8 g_1051 g_497 g_1296 g_1077 g_565.f0 g_48.f1
 * writes: g_221 g_565.f1 g_42 g_1051 g_498 g_230 g_48.f1
 */
static uint32_t  func_11(const int32_t * p_12, const int32_t * p_13, const int32_t * p_14, int32_t * p_15)
{ /* block id: 609 */
    uint8_t l_1374[3];
    int32_t ***l_1382 = &g_230;
    int32_t l_1385[8][4] = {{(-5L),0xAB6B2942L,0xAB6B2942L,(-5L)},{0xAB6B2942L,(-5L),0xAB6B2942L,0xAB6B2942L},{(-5L),(-5L),(-3L),(-5L)},{(-5L),0xAB6B2942L,0xAB6B2942L,(-5L)},{0xAB6B2942L,(-5L),0xAB6B2942L,0xAB6B2942L},{(-5L),(-5L),(-3L),(-5L)},{(-5L),0xAB6B2942L,0xAB6B2942L,(-5L)},{0xAB6B2942L,(-5L),0xAB6B2942L,0xAB6B2942L}};
    int64_t l_1387 = 0x12D21C8AA9446EF3LL;
    uint8_t l_1388 = 0x98L;
    int i, j;
    for (i = 0; i < 3; i++)
        l_1374[i] = 255UL;
    (**g_498) = (*g_230);
    for (g_565.f1 = 28; (g_565.f1 > 4); --g_565.f1)
    { /* block id: 613 */
        int32_t *l_1375 = &g_42;
        int32_t *l_1386[6][9][4] = {{{(void*)0,&l_1385[4][1],&g_3,&g_3},{(void*)0,&g_4,&l_1385[7][2],&g_3},{&g_3,&l_1385[4][1],&l_1385[7][2],&g_3},{&l_1385[3][0],(void*)0,&l_1385[7][2],&l_1385[7][2]},{&g_42,&g_42,&l_1385[7][2],&g_3},{&g_4,(void*)0,(void*)0,(void*)0},{&g_3,(void*)0,&g_3,&l_1385[7][2]},{&g_42,&g_42,&g_3,&g_42},{(void*)0,&g_42,&l_1385[3][3],&l_1385[7][2]}},{{&l_1385[4][1],&g_42,&l_1385[7][2],&g_3},{&g_3,(void*)0,&l_1385[0][0],(void*)0},{&g_42,&l_1385[7][2],(void*)0,(void*)0},{(void*)0,&g_4,&g_42,&g_42},{&g_3,&l_1385[7][2],&g_42,&g_3},{&g_3,&l_1385[7][2],&l_1385[7][2],&l_1385[7][2]},{&g_4,&g_3,&l_1385[7][2],&l_1385[7][2]},{&l_1385[7][3],(void*)0,&l_1385[7][2],&g_3},{&g_3,(void*)0,&g_3,(void*)0}},{{&g_3,(void*)0,(void*)0,&l_1385[1][0]},{(void*)0,(void*)0,&g_3,(void*)0},{&l_1385[7][2],&g_4,&g_42,&g_42},{&g_3,&g_3,(void*)0,&g_4},{&g_4,&g_42,&l_1385[0][0],&l_1385[7][2]},{&g_42,&g_42,&l_1385[7][2],(void*)0},{&l_1385[3][3],&g_42,(void*)0,(void*)0},{&l_1385[1][1],&g_3,&l_1385[7][2],&g_42},{(void*)0,&g_42,&g_3,&l_1385[7][2]}},{{(void*)0,&g_3,&l_1385[3][2],&l_1385[7][2]},{&l_1385[3][0],&l_1385[3][2],&g_3,&l_1385[6][3]},{&l_1385[7][2],&l_1385[7][2],&l_1385[0][0],&l_1385[7][2]},{&l_1385[3][2],&g_3,&g_3,&g_42},{&g_42,(void*)0,&g_3,&g_42},{&g_3,&g_3,&g_3,(void*)0},{&g_4,&g_3,&l_1385[3][0],(void*)0},{&g_3,&g_3,&g_42,(void*)0},{&l_1385[3][0],&g_3,&g_4,&g_4}},{{&g_42,&l_1385[7][2],&l_1385[7][2],&l_1385[7][2]},{&l_1385[0][1],&l_1385[0][1],&g_42,&g_42},{&l_1385[7][2],&g_3,(void*)0,&l_1385[7][2]},{&g_3,&g_4,&l_1385[1][0],(void*)0},{&l_1385[7][2],&g_4,&l_1385[3][0],&l_1385[7][2]},{&g_4,&g_3,&l_1385[1][1],&g_42},{&g_3,&l_1385[0][1],&g_42,&l_1385[7][2]},{&g_42,&l_1385[7][2],&g_3,&g_4},{&l_1385[3][2],&g_3,&l_1385[7][3],(void*)0}},{{&g_42,&g_3,&l_1385[7][2],(void*)0},{&g_3,&g_3,&l_1385[6][3],(void*)0},{&g_42,&g_3,&g_3,&g_42},{&g_42,(void*)0,&g_3,&g_42},{(void*)0,&g_3,&g_4,&l_1385[7][2]},{&g_3,&l_1385[7][2],&l_1385[1][0],&l_1385[6][3]},{&g_42,&l_1385[3][2],&l_1385[7][3],&l_1385[7][2]},{&l_1385[7][2],&g_3,&g_3,&l_1385[7][2]},{&g_3,&g_42,(void*)0,&g_42}}};
        int i, j, k;
        (*l_1375) ^= (l_1374[2] = 0x589940CEL);
        (*l_1375) = (safe_mod_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u(l_1374[1], (-8L))), ((((g_878 , &g_193) != (void*)0) > (*g_369)) , ((++g_1051) || (((*g_497) = l_1382) == ((safe_mul_func_int8_t_s_s(((&p_12 == ((*l_1382) = (l_1374[2] , &p_15))) , (**g_1296)), (*l_1375))) , (void*)0))))));
        l_1388++;
        for (g_48.f1 = 0; (g_48.f1 <= 3); g_48.f1 += 1)
        { /* block id: 623 */
            return g_48.f1;
        }
    }
    return l_1387;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static const int32_t * func_16(int32_t * p_17, int64_t  p_18, float  p_19)
{ /* block id: 606 */
    uint64_t ***l_1371 = &g_893;
    uint64_t ****l_1370 = &l_1371;
    (*l_1370) = (void*)0;
    return p_17;
}


/* ------------------------------------------ */
/* 
 * reads : g_452
 * writes:
 */
static int32_t * func_20(int16_t  p_21, int32_t * const  p_22, int32_t * p_23, int32_t * p_24)
{ /* block id: 602 */
    const struct S0 l_1350 = {0x23L,0x3BB527EA2CF6AD79LL,8UL,-1L,-5,8UL,9UL,-1758,-0x1.8p-1};
    uint8_t **l_1351 = (void*)0;
    union U1 *l_1353 = &g_878;
    union U1 **l_1352 = &l_1353;
    int32_t l_1354 = 0x661734B5L;
    int32_t l_1355 = 0xE2E9448BL;
    int32_t *l_1356 = &l_1355;
    int32_t *l_1357 = &g_42;
    int32_t *l_1358 = &g_42;
    int32_t *l_1359 = &l_1354;
    int32_t *l_1360 = &l_1355;
    int32_t *l_1361 = &l_1354;
    int32_t *l_1362 = (void*)0;
    int32_t *l_1363 = &g_42;
    int32_t *l_1364 = &l_1354;
    int32_t *l_1365[5];
    float l_1366 = 0xF.606177p-35;
    uint32_t l_1367 = 4294967295UL;
    int i;
    for (i = 0; i < 5; i++)
        l_1365[i] = &g_42;
    (*l_1352) = ((l_1350 , (l_1351 != g_452)) , &g_878);
    l_1367++;
    return p_24;
}


/* ------------------------------------------ */
/* 
 * reads : g_497 g_498 g_452 g_604 g_415
 * writes: g_604 g_415
 */
static int32_t * const  func_25(int32_t * p_26, int32_t  p_27)
{ /* block id: 594 */
    struct S0 **l_1336[10][2] = {{&g_104,&g_104},{(void*)0,&g_104},{&g_104,(void*)0},{&g_104,&g_104},{(void*)0,&g_104},{&g_104,(void*)0},{&g_104,&g_104},{(void*)0,&g_104},{&g_104,(void*)0},{&g_104,&g_104}};
    struct S0 **l_1337[7][5] = {{&g_104,&g_104,&g_104,&g_104,&g_104},{&g_104,&g_104,&g_104,&g_104,&g_104},{&g_104,&g_104,&g_104,&g_104,&g_104},{&g_104,&g_104,&g_104,&g_104,&g_104},{&g_104,&g_104,&g_104,&g_104,&g_104},{&g_104,&g_104,&g_104,&g_104,&g_104},{&g_104,&g_104,&g_104,&g_104,&g_104}};
    int32_t ***l_1338 = &g_230;
    uint16_t *l_1341 = (void*)0;
    uint16_t *l_1342[9][9] = {{&g_604,&g_129,&g_604,&g_129,&g_604,&g_129,&g_604,&g_129,&g_604},{&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604},{&g_604,&g_129,&g_604,&g_129,&g_604,&g_129,&g_604,&g_129,&g_604},{&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604},{&g_604,&g_129,&g_604,&g_129,&g_604,&g_129,&g_604,&g_129,&g_604},{&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604},{&g_604,&g_129,&g_604,&g_129,&g_604,&g_129,&g_604,&g_129,&g_604},{&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604,&g_604},{&g_604,&g_129,&g_604,&g_129,&g_604,&g_129,&g_604,&g_129,&g_604}};
    int32_t l_1345 = 0x598B0A23L;
    uint32_t l_1346 = 0xD3F00B0AL;
    int32_t l_1347 = 0xEBB1E337L;
    int32_t *l_1348 = &l_1347;
    int i, j;
    l_1345 = (safe_add_func_int8_t_s_s(((g_415 ^= ((l_1347 &= (safe_lshift_func_int8_t_s_u((((((l_1336[8][0] == (l_1337[5][1] = l_1336[7][0])) , l_1338) != (*g_497)) | 65535UL) , (((-1L) > ((g_452 == g_452) & ((safe_lshift_func_uint16_t_u_s((g_604--), l_1345)) || p_27))) <= l_1345)), l_1346))) || p_27)) < p_27), p_27));
    (*l_1348) |= 1L;
    return p_26;
}


/* ------------------------------------------ */
/* 
 * reads : g_104 g_48
 * writes: g_48
 */
static int32_t * func_30(uint64_t  p_31, int32_t * p_32, uint32_t  p_33)
{ /* block id: 73 */
    union U1 l_222 = {2UL};
    int32_t **l_227 = &g_221;
    int32_t **l_229 = &g_221;
    int32_t ***l_228[5][8] = {{&l_227,&l_227,&l_227,(void*)0,(void*)0,&l_227,&l_227,&l_227},{&l_227,&l_229,&l_227,&l_229,&l_227,&l_229,&l_227,&l_227},{&l_229,&l_229,&l_227,&l_227,&l_229,&l_229,(void*)0,&l_229},{&l_229,&l_229,(void*)0,&l_229,&l_229,&l_227,&l_227,&l_229},{&l_229,&l_227,&l_227,&l_229,&l_227,&l_229,&l_227,&l_229}};
    const uint16_t *l_233[1];
    uint16_t l_234 = 65531UL;
    int16_t l_246 = (-3L);
    int32_t l_267 = (-4L);
    uint32_t l_281 = 0xD39F117DL;
    uint64_t *l_290[5][7][7] = {{{(void*)0,(void*)0,&g_275.f2,&g_48.f2,(void*)0,&g_48.f2,&g_275.f2},{(void*)0,(void*)0,&g_275.f2,(void*)0,(void*)0,&g_275.f2,(void*)0},{(void*)0,&g_275.f2,&g_275.f2,(void*)0,&g_48.f2,(void*)0,(void*)0},{(void*)0,(void*)0,&g_48.f2,&g_48.f2,(void*)0,(void*)0,&g_275.f2},{(void*)0,(void*)0,&g_275.f2,(void*)0,(void*)0,&g_275.f2,(void*)0},{(void*)0,&g_275.f2,(void*)0,(void*)0,&g_48.f2,&g_48.f2,(void*)0},{(void*)0,(void*)0,(void*)0,&g_48.f2,(void*)0,&g_275.f2,&g_275.f2}},{{(void*)0,(void*)0,&g_275.f2,(void*)0,(void*)0,&g_275.f2,(void*)0},{(void*)0,&g_275.f2,&g_48.f2,(void*)0,&g_48.f2,&g_275.f2,(void*)0},{(void*)0,(void*)0,&g_275.f2,&g_48.f2,(void*)0,&g_48.f2,&g_275.f2},{(void*)0,(void*)0,(void*)0,&g_275.f2,&g_48.f2,(void*)0,&g_48.f2},{&g_275.f2,&g_275.f2,&g_275.f2,&g_275.f2,&g_48.f6,(void*)0,&g_275.f2},{(void*)0,&g_48.f2,&g_48.f6,&g_48.f6,&g_48.f2,(void*)0,&g_275.f2},{&g_48.f2,&g_275.f2,(void*)0,(void*)0,(void*)0,(void*)0,&g_275.f2}},{{&g_48.f2,&g_275.f2,(void*)0,&g_48.f2,&g_48.f6,&g_48.f6,&g_48.f2},{(void*)0,&g_275.f2,(void*)0,&g_48.f6,&g_275.f2,&g_275.f2,&g_275.f2},{&g_275.f2,&g_48.f2,(void*)0,&g_48.f2,&g_275.f2,(void*)0,(void*)0},{(void*)0,&g_275.f2,&g_48.f6,(void*)0,&g_48.f6,&g_275.f2,(void*)0},{(void*)0,(void*)0,&g_275.f2,&g_48.f6,(void*)0,&g_48.f6,&g_275.f2},{(void*)0,(void*)0,(void*)0,&g_275.f2,&g_48.f2,(void*)0,&g_48.f2},{&g_275.f2,&g_275.f2,&g_275.f2,&g_275.f2,&g_48.f6,(void*)0,&g_275.f2}},{{(void*)0,&g_48.f2,&g_48.f6,&g_48.f6,&g_48.f2,(void*)0,&g_275.f2},{&g_48.f2,&g_275.f2,(void*)0,(void*)0,(void*)0,(void*)0,&g_275.f2},{&g_48.f2,&g_275.f2,(void*)0,&g_48.f2,&g_48.f6,&g_48.f6,&g_48.f2},{(void*)0,&g_275.f2,(void*)0,&g_48.f6,&g_275.f2,&g_275.f2,&g_275.f2},{&g_275.f2,&g_48.f2,(void*)0,&g_48.f2,&g_275.f2,(void*)0,(void*)0},{(void*)0,&g_275.f2,&g_48.f6,(void*)0,&g_48.f6,&g_275.f2,(void*)0},{(void*)0,(void*)0,&g_275.f2,&g_48.f6,(void*)0,&g_48.f6,&g_275.f2}},{{(void*)0,(void*)0,(void*)0,&g_275.f2,&g_48.f2,(void*)0,&g_48.f2},{&g_275.f2,&g_275.f2,&g_275.f2,&g_275.f2,&g_48.f6,(void*)0,&g_275.f2},{(void*)0,&g_48.f2,&g_48.f6,&g_48.f6,&g_48.f2,(void*)0,&g_275.f2},{&g_48.f2,&g_275.f2,(void*)0,(void*)0,(void*)0,(void*)0,&g_275.f2},{&g_48.f2,&g_275.f2,(void*)0,&g_48.f2,&g_48.f6,&g_48.f6,&g_48.f2},{(void*)0,&g_275.f2,(void*)0,&g_48.f6,&g_275.f2,&g_275.f2,&g_275.f2},{&g_275.f2,&g_48.f2,(void*)0,&g_48.f2,&g_275.f2,(void*)0,(void*)0}}};
    struct S0 l_400 = {0L,0x9D9EC98670579E23LL,0x6CD2F2909325D2A5LL,2L,2,6UL,18446744073709551615UL,4724,-0x7.1p-1};
    uint32_t l_596 = 0x92D9AE12L;
    const struct S0 *l_637[6][5] = {{(void*)0,&g_48,&g_48,(void*)0,&g_275},{(void*)0,&g_48,&g_48,(void*)0,&g_275},{(void*)0,&g_48,&g_48,(void*)0,&g_275},{(void*)0,&g_48,&g_48,&l_400,&g_565},{&l_400,(void*)0,(void*)0,&l_400,&g_565},{&l_400,(void*)0,(void*)0,&l_400,&g_565}};
    const struct S0 **l_636 = &l_637[5][3];
    struct S0 **l_640 = (void*)0;
    int64_t l_656 = 0L;
    float ***l_692 = &g_368[3][7][0];
    float ***l_693 = &g_368[0][6][1];
    const uint64_t l_820 = 0xD58C8214FFDD304CLL;
    int8_t l_900 = (-6L);
    float l_958 = 0x0.Fp+1;
    uint16_t l_1020 = 0x3C8FL;
    float l_1130 = 0xE.A2CC52p+48;
    int32_t *l_1131 = &g_3;
    int32_t ****l_1220 = &g_498;
    int32_t *****l_1219 = &l_1220;
    uint8_t ***l_1275 = (void*)0;
    uint32_t *l_1281 = &g_565.f5;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_233[i] = &g_129;
    (*g_104) = (*g_104);
    return p_32;
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_48.f3 g_48.f5 g_48.f0 g_48.f4 g_48.f1 g_48.f7 g_77 g_42 g_4 g_129 g_134 g_48.f2 g_98 g_194 g_214
 * writes: g_42 g_48 g_77 g_104 g_129 g_134 g_147 g_98 g_194 g_214 g_221
 */
static int32_t * func_35(int32_t  p_36, int32_t * p_37, const int32_t * p_38, const uint16_t  p_39)
{ /* block id: 8 */
    int32_t l_41[3][5] = {{0xE3473EDEL,6L,6L,0xE3473EDEL,0xBA8D6E85L},{0xE3473EDEL,6L,6L,0xE3473EDEL,0xBA8D6E85L},{0xE3473EDEL,6L,6L,0xE3473EDEL,0xBA8D6E85L}};
    struct S0 l_45[6] = {{0x5CL,0x8AB8AC29BA1F1C18LL,0x0A82B5DFEB077CB1LL,-9L,2,0xFCD4D338L,0xD42F53403E1FE01ALL,11068,0x1.994476p-36},{0x5CL,0x8AB8AC29BA1F1C18LL,0x0A82B5DFEB077CB1LL,-9L,2,0xFCD4D338L,0xD42F53403E1FE01ALL,11068,0x1.994476p-36},{0x5CL,0x8AB8AC29BA1F1C18LL,0x0A82B5DFEB077CB1LL,-9L,2,0xFCD4D338L,0xD42F53403E1FE01ALL,11068,0x1.994476p-36},{0x5CL,0x8AB8AC29BA1F1C18LL,0x0A82B5DFEB077CB1LL,-9L,2,0xFCD4D338L,0xD42F53403E1FE01ALL,11068,0x1.994476p-36},{0x5CL,0x8AB8AC29BA1F1C18LL,0x0A82B5DFEB077CB1LL,-9L,2,0xFCD4D338L,0xD42F53403E1FE01ALL,11068,0x1.994476p-36},{0x5CL,0x8AB8AC29BA1F1C18LL,0x0A82B5DFEB077CB1LL,-9L,2,0xFCD4D338L,0xD42F53403E1FE01ALL,11068,0x1.994476p-36}};
    int64_t *l_91[1];
    uint32_t l_99 = 1UL;
    float l_171 = (-0x1.3p+1);
    int i, j;
    for (i = 0; i < 1; i++)
        l_91[i] = (void*)0;
    for (p_36 = 0; p_36 < 3; p_36 += 1)
    {
        for (g_42 = 0; g_42 < 5; g_42 += 1)
        {
            l_41[p_36][g_42] = (-1L);
        }
    }
    for (p_36 = 0; (p_36 > 10); ++p_36)
    { /* block id: 12 */
        struct S0 l_46 = {-3L,-1L,18446744073709551609UL,-8L,-2,0x7FA8275BL,0xED416A781B38C87CLL,-6937,0x5.Cp-1};
        struct S0 *l_47[1];
        int64_t *l_74 = &g_48.f3;
        int64_t l_75[6] = {0xD2F7AF164004C0D6LL,0xD2F7AF164004C0D6LL,0xD2F7AF164004C0D6LL,0xD2F7AF164004C0D6LL,0xD2F7AF164004C0D6LL,0xD2F7AF164004C0D6LL};
        uint16_t *l_76[5][2][5] = {{{&g_77,&g_77,&g_77,&g_77,&g_77},{&g_77,&g_77,&g_77,&g_77,&g_77}},{{&g_77,&g_77,&g_77,&g_77,&g_77},{&g_77,&g_77,&g_77,&g_77,&g_77}},{{&g_77,&g_77,&g_77,&g_77,&g_77},{&g_77,&g_77,&g_77,&g_77,&g_77}},{{&g_77,&g_77,&g_77,&g_77,&g_77},{&g_77,&g_77,&g_77,&g_77,&g_77}},{{&g_77,&g_77,&g_77,&g_77,&g_77},{&g_77,&g_77,&g_77,&g_77,&g_77}}};
        uint64_t *l_78[1];
        int32_t *l_79 = &g_42;
        uint16_t l_80 = 0xACB2L;
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_47[i] = &l_45[3];
        for (i = 0; i < 1; i++)
            l_78[i] = &l_45[0].f2;
        g_48 = (l_46 = l_45[0]);
        (*l_79) |= (((l_46.f4 = (safe_rshift_func_uint16_t_u_s(((void*)0 == &p_36), 5))) < (l_45[1] , ((safe_rshift_func_uint8_t_u_s((((0xBF4C0039L & (!(((safe_rshift_func_int16_t_s_u((safe_sub_func_int32_t_s_s((l_46.f7 = ((safe_mul_func_uint8_t_u_u(0x12L, (safe_add_func_uint32_t_u_u(0UL, (((safe_add_func_uint16_t_u_u((safe_div_func_uint64_t_u_u((g_48.f2 = (safe_mod_func_uint32_t_u_u((safe_div_func_uint8_t_u_u(g_3, (safe_mul_func_uint16_t_u_u((l_41[1][3] = (p_36 < (l_75[2] = ((*l_74) |= (safe_add_func_int8_t_s_s(p_39, (-1L))))))), g_48.f5)))), l_45[0].f7))), g_48.f0)), g_48.f4)) , 6UL) && g_48.f1))))) , l_46.f5)), 0UL)), l_46.f6)) , &l_45[2]) == l_47[0]))) & 0xEACEL) ^ 6UL), 3)) == g_48.f7))) , g_77);
        l_45[0] = (l_80 , l_45[0]);
        if (g_48.f4)
            break;
    }
    for (g_77 = (-3); (g_77 > 3); ++g_77)
    { /* block id: 27 */
        int32_t l_85 = 0L;
        uint64_t *l_86 = &l_45[0].f2;
        int32_t l_89 = (-1L);
        struct S0 *l_93 = (void*)0;
        const uint8_t l_132 = 255UL;
        union U1 l_142 = {0x0A41DF58876CA199LL};
        int8_t l_150 = 3L;
        int32_t l_172 = 0L;
        int32_t l_177[7];
        uint32_t l_178 = 0x89F8139FL;
        int64_t l_205 = (-1L);
        int i;
        for (i = 0; i < 7; i++)
            l_177[i] = 1L;
        if ((safe_sub_func_uint64_t_u_u(((*l_86) = (l_85 = 1UL)), (safe_mul_func_int16_t_s_s(l_45[0].f4, l_89)))))
        { /* block id: 30 */
            int8_t l_90 = (-2L);
            l_90 &= (p_36 || l_89);
        }
        else
        { /* block id: 32 */
            uint32_t *l_92 = &g_48.f5;
            int32_t l_96[7][4] = {{(-1L),(-6L),0xC6D799D5L,0x8142351FL},{0x6AE76681L,(-1L),0x29A4BB29L,1L},{0xF6E0732DL,0xC3DAF87FL,0xF6E0732DL,1L},{0x29A4BB29L,(-1L),0x6AE76681L,0x8142351FL},{0xC6D799D5L,(-6L),(-1L),(-1L)},{0x8F27B0CFL,0x8F27B0CFL,(-1L),0xF6E0732DL},{0xC6D799D5L,0x21BD3371L,0x6AE76681L,(-6L)}};
            uint16_t *l_97[1][4][5] = {{{&g_98,&g_98,&g_98,&g_98,&g_98},{&g_98,&g_98,&g_98,&g_98,&g_98},{&g_98,&g_98,&g_98,&g_98,&g_98},{&g_98,&g_98,&g_98,&g_98,&g_98}}};
            int32_t *l_198 = (void*)0;
            int32_t *l_199 = (void*)0;
            int32_t *l_200 = (void*)0;
            int32_t *l_201 = (void*)0;
            int32_t *l_202 = &l_96[4][3];
            int32_t *l_203 = &l_96[1][0];
            int32_t *l_204 = &l_96[5][3];
            int32_t *l_206 = &l_41[1][0];
            int32_t *l_207 = &l_96[4][1];
            int32_t *l_208 = &l_89;
            int32_t *l_209 = &l_177[4];
            int32_t *l_210 = (void*)0;
            int32_t *l_211 = &l_41[1][2];
            int32_t *l_212 = &l_96[1][0];
            int32_t *l_213[10][10] = {{&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1]},{&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1]},{&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1]},{&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1]},{&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1]},{&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1]},{&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1]},{&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1]},{&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1]},{&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1],&l_96[4][1]}};
            int i, j, k;
            if ((((p_36 , ((((void*)0 == l_91[0]) | (p_39 , (g_77 , (l_99 = (((((*l_92) = 0x08239865L) , l_93) == (((safe_lshift_func_int16_t_s_s((l_89 |= l_96[1][0]), 15)) | (((&g_77 != (void*)0) && 0x07L) && l_45[0].f7)) , (void*)0)) < p_39))))) , g_42)) >= 0x0D596B20D6D55563LL) || g_4))
            { /* block id: 36 */
                int32_t l_122 = 6L;
                int32_t l_128 = 0x9D400EADL;
                const int16_t l_154 = 7L;
                uint32_t *l_181 = (void*)0;
                int32_t *l_183 = &l_41[2][4];
                int32_t *l_184 = (void*)0;
                int32_t *l_185 = &l_122;
                int32_t *l_186 = &l_122;
                int32_t *l_187 = (void*)0;
                int32_t *l_188 = &l_41[2][0];
                int32_t *l_189 = &l_177[4];
                int32_t *l_190 = &l_96[3][2];
                int32_t *l_191 = (void*)0;
                int32_t *l_192[6][3] = {{&l_177[5],(void*)0,(void*)0},{(void*)0,&l_177[5],&l_177[5]},{(void*)0,&l_177[5],(void*)0},{&g_4,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,&g_4,(void*)0}};
                int i, j;
                if ((safe_mod_func_int32_t_s_s(((3L & ((6L | (&g_48 != (g_104 = &g_48))) | (safe_sub_func_uint64_t_u_u(0x7CE4AD85202676B6LL, p_39)))) <= (safe_div_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(g_48.f1, ((*l_86) &= l_45[0].f0))), (safe_div_func_int8_t_s_s((safe_sub_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(0x87705A97E9661659LL, p_39)), l_96[2][2])), p_39))))), p_36)))
                { /* block id: 39 */
                    int32_t *l_117 = &l_96[1][0];
                    int32_t *l_118 = &l_41[1][4];
                    int32_t *l_119 = &l_96[1][3];
                    int32_t *l_120 = &l_89;
                    int32_t *l_121 = &g_42;
                    int32_t *l_123 = &l_96[0][1];
                    int32_t *l_124 = &l_96[1][0];
                    int32_t *l_125 = (void*)0;
                    int32_t *l_126 = &l_96[1][0];
                    int32_t *l_127[1];
                    uint8_t l_151 = 0UL;
                    int64_t l_174 = 0xC6D902931447B9B5LL;
                    int i;
                    for (i = 0; i < 1; i++)
                        l_127[i] = &l_122;
                    ++g_129;
                    if (l_132)
                    { /* block id: 41 */
                        int16_t l_133 = 4L;
                        int8_t *l_143[6] = {&l_45[0].f0,&g_48.f0,&g_48.f0,&l_45[0].f0,&g_48.f0,&g_48.f0};
                        int32_t l_144 = 0x22BFC7E3L;
                        int i;
                        g_134--;
                        if (l_45[0].f4)
                            break;
                        l_151 |= ((0UL && ((safe_rshift_func_int16_t_s_u((safe_sub_func_uint32_t_u_u(((((~((g_147[0] = (l_89 , ((l_142 , (g_48.f0 |= (l_144 = (*l_121)))) != (safe_mul_func_uint16_t_u_u((l_96[4][1] &= g_129), 0x65C3L))))) & (g_42 , 0x2FL))) ^ (safe_sub_func_int16_t_s_s((-2L), g_48.f1))) & l_128) & l_150), 4294967295UL)), g_48.f2)) || g_98)) < l_128);
                    }
                    else
                    { /* block id: 49 */
                        int16_t l_173 = (-1L);
                        int32_t l_175 = 0L;
                        g_48.f4 &= ((*l_126) = (safe_lshift_func_int16_t_s_u(((((l_154 >= (g_48.f7 || p_36)) <= l_45[0].f5) <= ((safe_div_func_int64_t_s_s(((((safe_lshift_func_int8_t_s_u((((l_45[0].f7 = ((((((safe_mod_func_uint16_t_u_u((safe_div_func_int16_t_s_s((safe_sub_func_int8_t_s_s(g_134, 0xFFL)), ((safe_lshift_func_uint16_t_u_u(((safe_mod_func_uint8_t_u_u(((g_98 &= (*l_119)) > (0x3C40L && (((safe_mul_func_uint8_t_u_u(((0xFD115CA3L <= l_172) == 65535UL), g_48.f1)) , g_3) <= 0x3869L))), p_36)) | p_39), p_36)) && l_150))), l_122)) , p_36) != 0x30L) && p_39) > g_48.f3) ^ p_39)) == 18446744073709551609UL) , l_173), 2)) <= l_174) <= p_39) , g_48.f1), g_48.f7)) || 0x50DAL)) && p_36), 13)));
                        l_178++;
                    }
                }
                else
                { /* block id: 56 */
                    int32_t *l_182 = &l_177[3];
                    (*l_182) ^= (p_38 != l_181);
                    return &g_4;
                }
                ++g_194[1];
            }
            else
            { /* block id: 61 */
                int32_t *l_197 = &g_42;
                return l_197;
            }
            g_214[0][3]++;
        }
    }
    for (g_48.f1 = 8; (g_48.f1 >= 20); g_48.f1 = safe_add_func_int8_t_s_s(g_48.f1, 5))
    { /* block id: 69 */
        int32_t *l_220[10] = {&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3};
        int32_t **l_219[7][3] = {{&l_220[3],&l_220[3],&l_220[3]},{&l_220[6],&l_220[3],&l_220[6]},{&l_220[3],&l_220[3],&l_220[3]},{&l_220[6],&l_220[3],&l_220[6]},{&l_220[3],&l_220[3],&l_220[3]},{&l_220[6],&l_220[3],&l_220[6]},{&l_220[3],&l_220[3],&l_220[3]}};
        int i, j;
        g_221 = &g_42;
    }
    return &g_4;
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
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_48.f0, "g_48.f0", print_hash_value);
    transparent_crc(g_48.f1, "g_48.f1", print_hash_value);
    transparent_crc(g_48.f2, "g_48.f2", print_hash_value);
    transparent_crc(g_48.f3, "g_48.f3", print_hash_value);
    transparent_crc(g_48.f4, "g_48.f4", print_hash_value);
    transparent_crc(g_48.f5, "g_48.f5", print_hash_value);
    transparent_crc(g_48.f6, "g_48.f6", print_hash_value);
    transparent_crc(g_48.f7, "g_48.f7", print_hash_value);
    transparent_crc_bytes (&g_48.f8, sizeof(g_48.f8), "g_48.f8", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    transparent_crc(g_134, "g_134", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_147[i], "g_147[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_176[i], "g_176[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_193, "g_193", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_194[i], "g_194[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_214[i][j], "g_214[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_249, "g_249", print_hash_value);
    transparent_crc(g_269, "g_269", print_hash_value);
    transparent_crc(g_275.f0, "g_275.f0", print_hash_value);
    transparent_crc(g_275.f1, "g_275.f1", print_hash_value);
    transparent_crc(g_275.f2, "g_275.f2", print_hash_value);
    transparent_crc(g_275.f3, "g_275.f3", print_hash_value);
    transparent_crc(g_275.f4, "g_275.f4", print_hash_value);
    transparent_crc(g_275.f5, "g_275.f5", print_hash_value);
    transparent_crc(g_275.f6, "g_275.f6", print_hash_value);
    transparent_crc(g_275.f7, "g_275.f7", print_hash_value);
    transparent_crc_bytes (&g_275.f8, sizeof(g_275.f8), "g_275.f8", print_hash_value);
    transparent_crc(g_313, "g_313", print_hash_value);
    transparent_crc_bytes (&g_314, sizeof(g_314), "g_314", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_315[i], "g_315[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_334, "g_334", print_hash_value);
    transparent_crc(g_335, "g_335", print_hash_value);
    transparent_crc_bytes (&g_403, sizeof(g_403), "g_403", print_hash_value);
    transparent_crc(g_415, "g_415", print_hash_value);
    transparent_crc(g_491, "g_491", print_hash_value);
    transparent_crc(g_565.f0, "g_565.f0", print_hash_value);
    transparent_crc(g_565.f1, "g_565.f1", print_hash_value);
    transparent_crc(g_565.f2, "g_565.f2", print_hash_value);
    transparent_crc(g_565.f3, "g_565.f3", print_hash_value);
    transparent_crc(g_565.f4, "g_565.f4", print_hash_value);
    transparent_crc(g_565.f5, "g_565.f5", print_hash_value);
    transparent_crc(g_565.f6, "g_565.f6", print_hash_value);
    transparent_crc(g_565.f7, "g_565.f7", print_hash_value);
    transparent_crc_bytes (&g_565.f8, sizeof(g_565.f8), "g_565.f8", print_hash_value);
    transparent_crc(g_577, "g_577", print_hash_value);
    transparent_crc(g_604, "g_604", print_hash_value);
    transparent_crc_bytes (&g_763, sizeof(g_763), "g_763", print_hash_value);
    transparent_crc(g_878.f0, "g_878.f0", print_hash_value);
    transparent_crc(g_878.f1, "g_878.f1", print_hash_value);
    transparent_crc(g_878.f2, "g_878.f2", print_hash_value);
    transparent_crc(g_878.f3, "g_878.f3", print_hash_value);
    transparent_crc(g_901, "g_901", print_hash_value);
    transparent_crc(g_902, "g_902", print_hash_value);
    transparent_crc(g_904, "g_904", print_hash_value);
    transparent_crc(g_1051, "g_1051", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_1082[i][j][k], "g_1082[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1183, "g_1183", print_hash_value);
    transparent_crc(g_1325, "g_1325", print_hash_value);
    transparent_crc(g_1732, "g_1732", print_hash_value);
    transparent_crc(g_1802, "g_1802", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_2032[i], "g_2032[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2203, "g_2203", print_hash_value);
    transparent_crc(g_2290, "g_2290", print_hash_value);
    transparent_crc(g_2348, "g_2348", print_hash_value);
    transparent_crc(g_2456, "g_2456", print_hash_value);
    transparent_crc(g_2472, "g_2472", print_hash_value);
    transparent_crc(g_2524, "g_2524", print_hash_value);
    transparent_crc(g_2571, "g_2571", print_hash_value);
    transparent_crc(g_2602, "g_2602", print_hash_value);
    transparent_crc(g_2637, "g_2637", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_2692[i][j], "g_2692[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2758, "g_2758", print_hash_value);
    transparent_crc(g_2782, "g_2782", print_hash_value);
    transparent_crc(g_2866, "g_2866", print_hash_value);
    transparent_crc(g_2921, "g_2921", print_hash_value);
    transparent_crc(g_3089, "g_3089", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_3104[i], "g_3104[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3111, "g_3111", print_hash_value);
    transparent_crc_bytes (&g_3132, sizeof(g_3132), "g_3132", print_hash_value);
    transparent_crc(g_3173, "g_3173", print_hash_value);
    transparent_crc(g_3181, "g_3181", print_hash_value);
    transparent_crc(g_3290, "g_3290", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_3313[i][j][k], "g_3313[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_3354, "g_3354", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 860
   depth: 1, occurrence: 29
XXX total union variables: 24

XXX non-zero bitfields defined in structs: 2
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 54
breakdown:
   indirect level: 0, occurrence: 29
   indirect level: 1, occurrence: 10
   indirect level: 2, occurrence: 9
   indirect level: 3, occurrence: 6
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 46
XXX times a bitfields struct on LHS: 8
XXX times a bitfields struct on RHS: 43
XXX times a single bitfield on LHS: 31
XXX times a single bitfield on RHS: 41

XXX max expression depth: 37
breakdown:
   depth: 1, occurrence: 60
   depth: 2, occurrence: 15
   depth: 4, occurrence: 2
   depth: 5, occurrence: 1
   depth: 10, occurrence: 1
   depth: 15, occurrence: 1
   depth: 17, occurrence: 1
   depth: 20, occurrence: 2
   depth: 21, occurrence: 1
   depth: 23, occurrence: 1
   depth: 33, occurrence: 1
   depth: 34, occurrence: 1
   depth: 37, occurrence: 1

XXX total number of pointers: 649

XXX times a variable address is taken: 1478
XXX times a pointer is dereferenced on RHS: 458
breakdown:
   depth: 1, occurrence: 339
   depth: 2, occurrence: 68
   depth: 3, occurrence: 25
   depth: 4, occurrence: 26
XXX times a pointer is dereferenced on LHS: 398
breakdown:
   depth: 1, occurrence: 329
   depth: 2, occurrence: 42
   depth: 3, occurrence: 24
   depth: 4, occurrence: 3
XXX times a pointer is compared with null: 68
XXX times a pointer is compared with address of another variable: 15
XXX times a pointer is compared with another pointer: 17
XXX times a pointer is qualified to be dereferenced: 12357

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1867
   level: 2, occurrence: 627
   level: 3, occurrence: 494
   level: 4, occurrence: 287
   level: 5, occurrence: 6
XXX number of pointers point to pointers: 247
XXX number of pointers point to scalars: 379
XXX number of pointers point to structs: 19
XXX percent of pointers has null in alias set: 32.5
XXX average alias set size: 1.74

XXX times a non-volatile is read: 2943
XXX times a non-volatile is write: 1373
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 3
XXX backward jumps: 14

XXX stmts: 60
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 23
   depth: 1, occurrence: 16
   depth: 2, occurrence: 7
   depth: 3, occurrence: 5
   depth: 4, occurrence: 4
   depth: 5, occurrence: 5

XXX percentage a fresh-made variable is used: 14.8
XXX percentage an existing variable is used: 85.2
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

