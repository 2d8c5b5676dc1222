/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 38 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      38
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint8_t  f0;
   uint16_t  f1;
   uint32_t  f2;
   int8_t  f3;
};

/* --- GLOBAL VARIABLES --- */
static uint32_t g_19 = 0UL;
static uint16_t g_36 = 0x046EL;
static uint8_t g_37[2] = {0x17L,0x17L};
static int8_t g_47[5] = {(-5L),(-5L),(-5L),(-5L),(-5L)};
static uint32_t g_48 = 18446744073709551615UL;
static int32_t g_60[3] = {7L,7L,7L};
static struct S0 g_75 = {0x98L,4UL,0x9B5F277FL,0x41L};
static uint16_t g_80 = 65535UL;
static int32_t *g_92 = (void*)0;
static int32_t **g_91 = &g_92;
static struct S0 g_99[6][3][3] = {{{{0x27L,0x7EF5L,4294967289UL,9L},{7UL,0x473BL,0x571DA884L,1L},{0x65L,0UL,4294967295UL,0x8DL}},{{250UL,65530UL,1UL,4L},{7UL,0x473BL,0x571DA884L,1L},{4UL,4UL,3UL,0L}},{{8UL,65531UL,0x7B049BDDL,0L},{0x27L,0x7EF5L,4294967289UL,9L},{0x65L,0UL,4294967295UL,0x8DL}}},{{{8UL,65531UL,0x7B049BDDL,0L},{8UL,65531UL,0x7B049BDDL,0L},{254UL,0x4072L,0x5EBC95BCL,-7L}},{{250UL,65530UL,1UL,4L},{0x27L,0x7EF5L,4294967289UL,9L},{254UL,0x4072L,0x5EBC95BCL,-7L}},{{0x27L,0x7EF5L,4294967289UL,9L},{7UL,0x473BL,0x571DA884L,1L},{0x65L,0UL,4294967295UL,0x8DL}}},{{{250UL,65530UL,1UL,4L},{7UL,0x473BL,0x571DA884L,1L},{4UL,4UL,3UL,0L}},{{8UL,65531UL,0x7B049BDDL,0L},{0x27L,0x7EF5L,4294967289UL,9L},{0x65L,0UL,4294967295UL,0x8DL}},{{8UL,65531UL,0x7B049BDDL,0L},{8UL,65531UL,0x7B049BDDL,0L},{254UL,0x4072L,0x5EBC95BCL,-7L}}},{{{250UL,65530UL,1UL,4L},{0x27L,0x7EF5L,4294967289UL,9L},{254UL,0x4072L,0x5EBC95BCL,-7L}},{{0x27L,0x7EF5L,4294967289UL,9L},{7UL,0x473BL,0x571DA884L,1L},{0x65L,0UL,4294967295UL,0x8DL}},{{250UL,65530UL,1UL,4L},{7UL,0x473BL,0x571DA884L,1L},{4UL,4UL,3UL,0L}}},{{{254UL,1UL,4294967292UL,1L},{255UL,0xF059L,0UL,0x28L},{7UL,0x473BL,0x571DA884L,1L}},{{254UL,1UL,4294967292UL,1L},{254UL,1UL,4294967292UL,1L},{250UL,65530UL,1UL,4L}},{{254UL,0xB91FL,0x0AC15C25L,0x34L},{255UL,0xF059L,0UL,0x28L},{250UL,65530UL,1UL,4L}}},{{{255UL,0xF059L,0UL,0x28L},{0UL,0xF9C7L,0xA8768DD0L,0x05L},{7UL,0x473BL,0x571DA884L,1L}},{{254UL,0xB91FL,0x0AC15C25L,0x34L},{0UL,0xF9C7L,0xA8768DD0L,0x05L},{3UL,0x93FBL,0xB7E04BE0L,-8L}},{{254UL,1UL,4294967292UL,1L},{255UL,0xF059L,0UL,0x28L},{7UL,0x473BL,0x571DA884L,1L}}}};
static struct S0 *g_98 = &g_99[3][0][1];
static int8_t g_119 = 7L;
static uint16_t g_140[7] = {0UL,0UL,0UL,0UL,0UL,0UL,0UL};
static uint64_t g_147 = 18446744073709551615UL;
static uint64_t g_153 = 1UL;
static int32_t ***g_186 = (void*)0;
static uint64_t **g_272 = (void*)0;
static uint64_t ***g_271 = &g_272;
static const uint64_t g_285 = 0x3192946A0A2FD06DLL;
static uint64_t * const g_480 = &g_147;
static uint64_t * const *g_479 = &g_480;
static uint64_t * const **g_478 = &g_479;
static int8_t g_520 = 0x98L;
static int32_t * const *g_558 = &g_92;
static int32_t * const **g_557 = &g_558;
static int16_t g_584[8] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
static int16_t *g_583 = &g_584[1];
static int16_t *g_601[5] = {&g_584[6],&g_584[6],&g_584[6],&g_584[6],&g_584[6]};
static int32_t ****g_630 = &g_186;
static int32_t *****g_629[3] = {&g_630,&g_630,&g_630};
static int64_t g_644 = 0L;
static uint8_t g_676 = 1UL;
static int64_t g_804 = (-1L);
static int64_t g_840 = 0x7E7015E1833CE113LL;
static uint16_t g_851 = 0x3BF8L;
static int16_t g_885 = 1L;
static uint16_t *g_911 = (void*)0;
static uint16_t **g_910 = &g_911;
static uint32_t g_947 = 7UL;
static int16_t ****g_1006 = (void*)0;
static uint8_t *g_1015 = &g_37[0];
static uint8_t **g_1014[6][4][8] = {{{&g_1015,&g_1015,(void*)0,&g_1015,&g_1015,(void*)0,&g_1015,&g_1015},{(void*)0,&g_1015,&g_1015,&g_1015,(void*)0,&g_1015,&g_1015,&g_1015},{(void*)0,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015},{&g_1015,&g_1015,(void*)0,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015}},{{&g_1015,(void*)0,(void*)0,&g_1015,(void*)0,&g_1015,&g_1015,&g_1015},{&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015},{&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015},{&g_1015,(void*)0,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015}},{{&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,(void*)0},{&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015},{&g_1015,&g_1015,&g_1015,(void*)0,&g_1015,(void*)0,&g_1015,(void*)0},{&g_1015,&g_1015,(void*)0,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015}},{{&g_1015,&g_1015,&g_1015,(void*)0,&g_1015,(void*)0,(void*)0,&g_1015},{&g_1015,&g_1015,(void*)0,&g_1015,&g_1015,&g_1015,(void*)0,&g_1015},{&g_1015,(void*)0,&g_1015,(void*)0,&g_1015,&g_1015,(void*)0,&g_1015},{&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015}},{{&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,(void*)0,&g_1015},{&g_1015,&g_1015,&g_1015,&g_1015,(void*)0,&g_1015,&g_1015,&g_1015},{&g_1015,&g_1015,&g_1015,(void*)0,&g_1015,&g_1015,&g_1015,&g_1015},{(void*)0,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015,&g_1015}},{{(void*)0,&g_1015,&g_1015,&g_1015,(void*)0,(void*)0,&g_1015,&g_1015},{&g_1015,&g_1015,(void*)0,&g_1015,&g_1015,(void*)0,&g_1015,&g_1015},{&g_1015,&g_1015,(void*)0,&g_1015,&g_1015,(void*)0,&g_1015,&g_1015},{&g_1015,&g_1015,&g_1015,&g_1015,(void*)0,&g_1015,&g_1015,&g_1015}}};
static uint8_t ***g_1013 = &g_1014[2][3][1];
static uint16_t g_1039[4][9][6] = {{{1UL,0xA001L,1UL,0x671DL,65535UL,0UL},{0x671DL,65535UL,0UL,0xFA07L,0x15E2L,2UL},{65531UL,0x0F6BL,6UL,0xFA07L,0xFA38L,0x671DL},{0x671DL,0x1951L,0x0985L,0x671DL,1UL,0x03A8L},{1UL,0UL,2UL,0x842EL,0xA7DAL,0x5030L},{65535UL,65535UL,1UL,65531UL,0xA7DAL,1UL},{7UL,0UL,0x671DL,65531UL,1UL,65531UL},{1UL,0x1951L,0xE3F7L,0x03A8L,0xFA38L,65535UL},{0xE3F7L,0x0F6BL,7UL,0x0985L,0x15E2L,65535UL}},{{65531UL,65535UL,0xE3F7L,0xE3F7L,65535UL,65531UL},{65535UL,0xA001L,0x671DL,6UL,0x00EDL,1UL},{0x842EL,1UL,1UL,2UL,65535UL,0x5030L},{0x842EL,0xCF72L,2UL,6UL,0x9DC7L,0x03A8L},{65535UL,0x00EDL,0x0985L,0xE3F7L,0xCF72L,0x671DL},{65531UL,0x96CDL,6UL,0x0985L,5UL,2UL},{0xE3F7L,0x96CDL,0UL,0x03A8L,0xCF72L,0UL},{1UL,0x00EDL,1UL,65531UL,0x9DC7L,0x842EL},{7UL,0xCF72L,0x5030L,65531UL,65535UL,1UL}},{{65535UL,1UL,0x5030L,0x842EL,0x00EDL,0x842EL},{1UL,0xA001L,1UL,0x671DL,65535UL,0UL},{0x671DL,65535UL,0UL,0xFA07L,0x15E2L,2UL},{65531UL,0x0F6BL,6UL,0xFA07L,0xFA38L,0x671DL},{0x671DL,0x1951L,0x0985L,0x671DL,1UL,0x03A8L},{1UL,0UL,2UL,0x842EL,0xA7DAL,0x5030L},{65535UL,65535UL,1UL,65531UL,0xE3F7L,0UL},{0xFD3FL,0x0985L,0x853AL,0xD563L,65531UL,0UL},{7UL,1UL,0x96AFL,6UL,1UL,0xD45AL}},{{0x96AFL,65531UL,0xFD3FL,0xCA4BL,0x03A8L,0xD45AL},{0UL,0xFA07L,0x96AFL,0x96AFL,0xFA07L,0UL},{65535UL,0UL,0x853AL,3UL,65535UL,0UL},{65532UL,65531UL,7UL,0xC269L,0x5030L,65535UL},{65532UL,2UL,0xC269L,3UL,7UL,6UL},{65535UL,65535UL,0xCA4BL,0x96AFL,2UL,0x853AL},{0UL,65535UL,3UL,0xCA4BL,65533UL,0xC269L},{0x96AFL,65535UL,0x81AAL,6UL,2UL,0x81AAL},{7UL,65535UL,0x258EL,0xD563L,7UL,65532UL}}};
static int32_t g_1198 = 1L;
static uint32_t g_1385 = 0xE4BD3E53L;


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static uint16_t  func_7(uint32_t  p_8);
static uint8_t  func_13(int32_t  p_14, uint16_t  p_15, uint32_t  p_16, int16_t  p_17, int16_t  p_18);
static uint64_t  func_22(uint32_t  p_23, uint64_t  p_24);
static uint16_t  func_29(uint32_t  p_30, const uint64_t  p_31, int32_t  p_32);
static int32_t  func_33(uint16_t  p_34);
static int32_t  func_55(int32_t  p_56);
static int32_t * func_67(uint32_t  p_68, struct S0  p_69, int32_t  p_70, uint32_t  p_71);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_584
 * writes:
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int16_t l_2 = 0L;
    uint16_t *l_35 = &g_36;
    int8_t l_1042[3][2][1] = {{{(-8L)},{0xABL}},{{0xABL},{(-8L)}},{{0xABL},{0xABL}}};
    uint32_t *l_1043 = &g_48;
    int32_t *l_1331 = (void*)0;
    int32_t *l_1332[9][10] = {{&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198},{&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198},{&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198},{&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198},{&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198},{&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198},{&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198},{&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198},{&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198,&g_1198}};
    uint8_t l_1333 = 4UL;
    uint8_t **l_1344 = &g_1015;
    int64_t l_1359 = 0x5FE960D2F111696ELL;
    uint8_t l_1384[1][7][3] = {{{0x30L,4UL,0x30L},{247UL,247UL,247UL},{0x30L,4UL,0x30L},{247UL,247UL,247UL},{0x30L,4UL,0x30L},{247UL,247UL,247UL},{0x30L,4UL,0x30L}}};
    int16_t **l_1398 = &g_601[4];
    int16_t ***l_1397 = &l_1398;
    int16_t ***l_1403 = &l_1398;
    uint32_t l_1428 = 4294967291UL;
    uint64_t l_1473 = 0xBBE889015789E48FLL;
    int16_t l_1480 = (-5L);
    int8_t l_1488[3];
    uint32_t l_1527 = 0x00F1C1FCL;
    int16_t l_1528 = 0x7350L;
    uint8_t l_1535[6] = {254UL,254UL,254UL,254UL,254UL,254UL};
    int32_t l_1572 = 9L;
    uint8_t l_1592 = 255UL;
    int64_t l_1603[8][6][1] = {{{0xA1CF1FE30D030B49LL},{1L},{(-1L)},{0x69193C6FA637AC68LL},{(-1L)},{1L}},{{0xA1CF1FE30D030B49LL},{1L},{(-1L)},{0x69193C6FA637AC68LL},{(-1L)},{1L}},{{0xA1CF1FE30D030B49LL},{1L},{(-1L)},{0x69193C6FA637AC68LL},{(-1L)},{1L}},{{0xA1CF1FE30D030B49LL},{1L},{(-1L)},{0x69193C6FA637AC68LL},{(-1L)},{1L}},{{0xA1CF1FE30D030B49LL},{1L},{(-1L)},{0x69193C6FA637AC68LL},{(-1L)},{1L}},{{0xA1CF1FE30D030B49LL},{1L},{(-1L)},{0x69193C6FA637AC68LL},{(-1L)},{1L}},{{0xA1CF1FE30D030B49LL},{1L},{(-1L)},{0x69193C6FA637AC68LL},{(-1L)},{1L}},{{0xA1CF1FE30D030B49LL},{1L},{(-1L)},{0x69193C6FA637AC68LL},{(-1L)},{1L}}};
    int8_t l_1636 = 0x81L;
    int64_t *l_1637 = &l_1603[4][0][0];
    uint8_t l_1639 = 250UL;
    int32_t l_1640 = 0xE46F4CD4L;
    uint32_t l_1658 = 7UL;
    int32_t l_1665 = (-3L);
    uint64_t l_1666[7][8] = {{0x484D6291D2EEFADELL,0x258A56CF2CB03D00LL,0xD7F0F398E0F75A58LL,0x02F79365D25C96D2LL,0UL,0xDE618CF812731979LL,0xDE618CF812731979LL,0UL},{18446744073709551615UL,0UL,0UL,18446744073709551615UL,0x484D6291D2EEFADELL,0xA234AAD3E4AC05B0LL,0xDE618CF812731979LL,0x97519E8CDACDE1E5LL},{0x258A56CF2CB03D00LL,18446744073709551615UL,0xD7F0F398E0F75A58LL,0xDE618CF812731979LL,0xD7F0F398E0F75A58LL,18446744073709551615UL,0x258A56CF2CB03D00LL,18446744073709551615UL},{0xD7F0F398E0F75A58LL,18446744073709551615UL,0x258A56CF2CB03D00LL,18446744073709551615UL,0xA234AAD3E4AC05B0LL,0xA234AAD3E4AC05B0LL,18446744073709551615UL,0x258A56CF2CB03D00LL},{0UL,0UL,18446744073709551615UL,0x484D6291D2EEFADELL,0xA234AAD3E4AC05B0LL,0xDE618CF812731979LL,0x97519E8CDACDE1E5LL,0xDE618CF812731979LL},{0xD7F0F398E0F75A58LL,0x258A56CF2CB03D00LL,0x484D6291D2EEFADELL,0x258A56CF2CB03D00LL,0xD7F0F398E0F75A58LL,0x02F79365D25C96D2LL,0UL,0xDE618CF812731979LL},{0x258A56CF2CB03D00LL,0xA234AAD3E4AC05B0LL,0x97519E8CDACDE1E5LL,0x484D6291D2EEFADELL,0x484D6291D2EEFADELL,0x97519E8CDACDE1E5LL,0xA234AAD3E4AC05B0LL,0x258A56CF2CB03D00LL}};
    int64_t l_1671 = 1L;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1488[i] = (-4L);
    return g_584[2];
}


/* ------------------------------------------ */
/* 
 * reads : g_119 g_1015 g_37 g_75.f0 g_147 g_676 g_479 g_480 g_285 g_885 g_840 g_851 g_140 g_80 g_99.f2 g_99.f1 g_48 g_98 g_75.f2
 * writes: g_119 g_99.f3 g_37 g_99.f0 g_851 g_676 g_80 g_75.f2 g_99.f2 g_644 g_147 g_99 g_520 g_153
 */
static uint16_t  func_7(uint32_t  p_8)
{ /* block id: 510 */
    int16_t l_1176 = 0xC328L;
    int32_t *l_1177 = (void*)0;
    int32_t l_1178 = 0x560E135BL;
    int32_t *l_1179 = (void*)0;
    int32_t *l_1180 = (void*)0;
    int32_t *l_1181 = (void*)0;
    int32_t *l_1182 = &g_60[1];
    int32_t *l_1183 = (void*)0;
    int32_t *l_1184 = &l_1178;
    int32_t *l_1185 = (void*)0;
    int32_t l_1186 = 0xEDC9C2D2L;
    int32_t *l_1187 = &l_1186;
    int32_t *l_1188 = (void*)0;
    int32_t *l_1189 = &l_1178;
    int32_t *l_1190 = &g_60[1];
    int32_t *l_1191 = &l_1186;
    int32_t *l_1192 = &l_1178;
    int32_t *l_1193 = (void*)0;
    int32_t *l_1194 = (void*)0;
    int32_t l_1195[2][6][4] = {{{0x128932CCL,0xB7569BD7L,0x63352EC8L,0x0C354334L},{0xB7569BD7L,0x128932CCL,0x63352EC8L,0x63352EC8L},{0x128932CCL,0x128932CCL,0xFD9C24D0L,0x0C354334L},{0x128932CCL,0xB7569BD7L,0x63352EC8L,0x0C354334L},{0xB7569BD7L,0x128932CCL,0x63352EC8L,0x63352EC8L},{0x128932CCL,0x128932CCL,0xFD9C24D0L,0x0C354334L}},{{0x128932CCL,0xB7569BD7L,0x63352EC8L,0x0C354334L},{0xB7569BD7L,0x128932CCL,0x63352EC8L,0x63352EC8L},{0x128932CCL,0x128932CCL,0xFD9C24D0L,0x0C354334L},{0x128932CCL,0xB7569BD7L,0x63352EC8L,0x0C354334L},{0xB7569BD7L,0x128932CCL,0x63352EC8L,0x63352EC8L},{0x128932CCL,0x128932CCL,0xFD9C24D0L,0x0C354334L}}};
    int32_t *l_1196 = &g_60[2];
    int32_t *l_1197[3];
    int32_t l_1199 = 0x8BB33538L;
    uint8_t l_1200 = 0UL;
    int32_t ** const *l_1207 = &g_91;
    int32_t ** const **l_1206 = &l_1207;
    int32_t ** const **l_1209[1][3];
    uint16_t *l_1210 = &g_851;
    int32_t l_1235 = (-1L);
    int32_t l_1237 = 0xF6A44700L;
    int32_t ****l_1321 = &g_186;
    int32_t l_1323 = 0x391EADC3L;
    uint64_t l_1325[10][6][4] = {{{0x639D97A559F9AF08LL,0x8C22A0FE80407798LL,0x2E89ECBF54D7B1C0LL,0x6A9820AA57156072LL},{4UL,0UL,18446744073709551615UL,0xA932CD01F3F67F0DLL},{6UL,0x72EED828326CDEC3LL,6UL,0UL},{18446744073709551615UL,0xD5AC60200F7EC4D5LL,5UL,0x72EED828326CDEC3LL},{0x565FBB2786540B9ELL,0UL,1UL,1UL},{18446744073709551615UL,0UL,6UL,18446744073709551615UL}},{{18446744073709551615UL,5UL,0UL,0x1C07FF7BBF52B849LL},{4UL,18446744073709551612UL,18446744073709551615UL,0x2E89ECBF54D7B1C0LL},{0UL,0x5BA344FEF5CF2741LL,0x2AE2F1623582DC86LL,0x86A6BE4E513CBAA1LL},{0x6A9820AA57156072LL,1UL,18446744073709551611UL,18446744073709551615UL},{7UL,0x8C22A0FE80407798LL,0x10180D927B8A1362LL,0x101687ABC5260046LL},{2UL,0xD5AC60200F7EC4D5LL,0x560C8DDB41C64DEALL,4UL}},{{0xD5AC60200F7EC4D5LL,4UL,0xAF51FFA8EBE630BFLL,1UL},{0x9F2C3D2C3A281A53LL,18446744073709551615UL,4UL,0x32369A1F35B88176LL},{0x4BF2EC0B4F8A9613LL,2UL,0x5FB53D5BA1D15A8FLL,2UL},{0x2E89ECBF54D7B1C0LL,0UL,2UL,0xA932CD01F3F67F0DLL},{9UL,1UL,0xEE4794BF1EC7DE7BLL,1UL},{0UL,0xE6643B2936768DC3LL,0UL,5UL}},{{0UL,18446744073709551612UL,0xEE4794BF1EC7DE7BLL,18446744073709551615UL},{9UL,5UL,2UL,0x101687ABC5260046LL},{0x2E89ECBF54D7B1C0LL,0x825ACF96C72ED3A8LL,0x5FB53D5BA1D15A8FLL,1UL},{0x4BF2EC0B4F8A9613LL,0x053243B48206699ALL,4UL,0x4BF2EC0B4F8A9613LL},{0x9F2C3D2C3A281A53LL,18446744073709551615UL,0xAF51FFA8EBE630BFLL,3UL},{0xD5AC60200F7EC4D5LL,18446744073709551611UL,0x560C8DDB41C64DEALL,1UL}},{{2UL,0UL,0x10180D927B8A1362LL,0x2E89ECBF54D7B1C0LL},{7UL,18446744073709551615UL,0x8D9DF6EA927A7826LL,3UL},{0xE6643B2936768DC3LL,4UL,0UL,0x825ACF96C72ED3A8LL},{18446744073709551615UL,0x053243B48206699ALL,3UL,0x565FBB2786540B9ELL},{0UL,0x9B131DD8746A7D50LL,9UL,0x101687ABC5260046LL},{18446744073709551615UL,1UL,1UL,0x074A50BD0E0591D9LL}},{{5UL,18446744073709551612UL,0UL,1UL},{0x9F2C3D2C3A281A53LL,0x565FBB2786540B9ELL,0UL,1UL},{1UL,0x2E89ECBF54D7B1C0LL,1UL,18446744073709551611UL},{0xA932CD01F3F67F0DLL,0UL,7UL,18446744073709551615UL},{0UL,18446744073709551615UL,0x32369A1F35B88176LL,0x32369A1F35B88176LL},{0x074A50BD0E0591D9LL,0x074A50BD0E0591D9LL,0UL,0x8C22A0FE80407798LL}},{{0x565FBB2786540B9ELL,4UL,0x101687ABC5260046LL,0UL},{7UL,1UL,0xBFA7A88E24CB40F4LL,0x101687ABC5260046LL},{18446744073709551615UL,1UL,0x560C8DDB41C64DEALL,0UL},{1UL,4UL,0x2AE2F1623582DC86LL,0x8C22A0FE80407798LL},{0x9F2C3D2C3A281A53LL,0x074A50BD0E0591D9LL,0x053243B48206699ALL,0x32369A1F35B88176LL},{0x9B131DD8746A7D50LL,18446744073709551615UL,0x5FB53D5BA1D15A8FLL,18446744073709551615UL}},{{1UL,0UL,0x9F2C3D2C3A281A53LL,18446744073709551611UL},{9UL,0x2E89ECBF54D7B1C0LL,0xB8FD83E84F0AFE2DLL,1UL},{18446744073709551615UL,0x565FBB2786540B9ELL,0UL,1UL},{4UL,18446744073709551612UL,0xA3AF09D620F43F3ELL,0x074A50BD0E0591D9LL},{9UL,1UL,4UL,0x101687ABC5260046LL},{18446744073709551615UL,0x9B131DD8746A7D50LL,0x5FB53D5BA1D15A8FLL,0x565FBB2786540B9ELL}},{{0x825ACF96C72ED3A8LL,0x053243B48206699ALL,18446744073709551612UL,0x825ACF96C72ED3A8LL},{0x9F2C3D2C3A281A53LL,4UL,18446744073709551615UL,3UL},{0x8C22A0FE80407798LL,18446744073709551615UL,0x560C8DDB41C64DEALL,0x2E89ECBF54D7B1C0LL},{18446744073709551615UL,0UL,18446744073709551615UL,1UL},{7UL,18446744073709551611UL,0x8B0C501BFAB42F44LL,3UL},{1UL,18446744073709551615UL,0UL,0x4BF2EC0B4F8A9613LL}},{{18446744073709551615UL,0x053243B48206699ALL,1UL,1UL},{0UL,0x825ACF96C72ED3A8LL,0UL,0x101687ABC5260046LL},{18446744073709551611UL,5UL,1UL,18446744073709551615UL},{0x093DD025A7AE52F6LL,18446744073709551612UL,1UL,0UL},{0x443E51A93C42B40ALL,4UL,1UL,9UL},{6UL,1UL,4UL,0x101687ABC5260046LL}}};
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1197[i] = &g_60[2];
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_1209[i][j] = &l_1207;
    }
    ++l_1200;
    for (g_119 = 17; (g_119 != (-23)); g_119 = safe_sub_func_int64_t_s_s(g_119, 4))
    { /* block id: 514 */
        int32_t *l_1205 = &l_1195[0][5][1];
        int32_t ** const ***l_1208[9] = {&l_1206,&l_1206,&l_1206,&l_1206,&l_1206,&l_1206,&l_1206,&l_1206,&l_1206};
        uint8_t *l_1236 = &g_99[3][0][1].f0;
        int16_t **l_1240 = (void*)0;
        int32_t *l_1308 = &l_1195[1][5][1];
        uint8_t ***l_1310[1];
        struct S0 *l_1312 = &g_75;
        uint32_t l_1328 = 0xECB50759L;
        int i;
        for (i = 0; i < 1; i++)
            l_1310[i] = (void*)0;
        l_1205 = &l_1186;
        l_1209[0][0] = l_1206;
        if ((((*l_1205) = (((l_1210 == l_1210) ^ p_8) < (((g_99[3][0][1].f3 = 4L) == ((safe_sub_func_int16_t_s_s((~(safe_mul_func_int16_t_s_s((safe_add_func_uint8_t_u_u((--(*g_1015)), (safe_rshift_func_int16_t_s_s((safe_mod_func_int8_t_s_s(g_75.f0, (safe_add_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_s(((*l_1210) &= (safe_lshift_func_int16_t_s_s((g_147 & ((*l_1236) = ((((safe_mul_func_uint16_t_u_u((g_676 , ((+((**g_479) ^ p_8)) != l_1235)), (*l_1205))) | g_285) && g_885) >= g_840))), p_8))), (*l_1189))) && g_119), 0L)), p_8)))), p_8)))), p_8))), g_140[1])) , p_8)) && (*l_1205)))) & l_1237))
        { /* block id: 522 */
            int32_t ** const **l_1247 = &l_1207;
            int16_t l_1267 = 0x580EL;
            for (g_676 = 0; (g_676 <= 1); g_676 += 1)
            { /* block id: 525 */
                uint64_t l_1264 = 0x18C36F8BDD01690ELL;
                const int32_t *l_1268 = &l_1195[0][0][1];
                uint32_t l_1271 = 0UL;
                for (g_80 = 0; (g_80 <= 1); g_80 += 1)
                { /* block id: 528 */
                    int16_t ***l_1241 = &l_1240;
                    int16_t l_1263 = 0x6FF3L;
                    int i, j, k;
                    if ((l_1195[g_676][(g_80 + 3)][g_676] & (l_1195[g_676][(g_80 + 3)][g_676] & (1UL < (safe_mod_func_int32_t_s_s(((&g_583 != ((*l_1241) = l_1240)) | (p_8 = ((~((p_8 , ((*l_1205) | (safe_lshift_func_int16_t_s_s((-8L), 0)))) , (1UL ^ 0UL))) != 0x84L))), 0x02694ADAL))))))
                    { /* block id: 531 */
                        int32_t ****l_1248 = &g_186;
                        uint32_t *l_1249 = (void*)0;
                        uint32_t *l_1250 = &g_75.f2;
                        int64_t *l_1259 = &g_644;
                        int i, j, k;
                        l_1195[g_676][(g_676 + 2)][(g_80 + 2)] &= (l_1247 == l_1248);
                        (*l_1192) &= (((g_99[3][0][1].f2 ^= ((*l_1250) = l_1195[g_676][(g_676 + 2)][(g_80 + 2)])) , l_1195[g_676][(g_80 + 3)][g_676]) == (safe_div_func_int8_t_s_s((safe_lshift_func_int8_t_s_s(((safe_add_func_int64_t_s_s(p_8, (((safe_add_func_uint16_t_u_u((((*l_1259) = (l_1195[g_676][(g_80 + 3)][g_676] ^ p_8)) == (p_8 && (~((--(**g_479)) >= 0xAB0B1E74EED82FBALL)))), (p_8 >= p_8))) == p_8) != p_8))) < l_1263), g_99[3][0][1].f1)), g_48)));
                    }
                    else
                    { /* block id: 538 */
                        ++l_1264;
                    }
                    if (p_8)
                        continue;
                    return l_1267;
                }
                for (g_80 = 0; (g_80 <= 1); g_80 += 1)
                { /* block id: 546 */
                    int16_t l_1270 = 0L;
                    int32_t l_1283 = 0xB8984AC9L;
                    int32_t l_1306 = 0x6475383BL;
                    int32_t l_1307 = (-1L);
                    for (l_1199 = 1; (l_1199 >= 0); l_1199 -= 1)
                    { /* block id: 549 */
                        const int32_t **l_1269 = &l_1268;
                        int i, j, k;
                        if (l_1195[g_80][(l_1199 + 2)][g_80])
                            break;
                        (*l_1269) = l_1268;
                        l_1271++;
                        l_1195[g_80][(l_1199 + 2)][g_80] |= (*l_1205);
                    }
                    if (p_8)
                        continue;
                    for (g_147 = 0; (g_147 > 44); g_147 = safe_add_func_int32_t_s_s(g_147, 8))
                    { /* block id: 558 */
                        struct S0 l_1276 = {0x5DL,0x1A5DL,9UL,1L};
                        int8_t *l_1284 = (void*)0;
                        uint64_t *l_1303 = &g_153;
                        int8_t *l_1304[5] = {&g_75.f3,&g_75.f3,&g_75.f3,&g_75.f3,&g_75.f3};
                        int32_t l_1305 = 0L;
                        int i;
                        (*g_98) = l_1276;
                        l_1307 = (9UL == (((safe_sub_func_int32_t_s_s((safe_div_func_uint8_t_u_u((safe_unary_minus_func_uint8_t_u(((!(g_520 = (l_1283 = g_99[3][0][1].f1))) < (safe_rshift_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u((g_75.f2++), (-3L))), ((l_1306 = (l_1305 = (safe_mod_func_uint64_t_u_u((**g_479), ((*l_1303) = (safe_rshift_func_uint16_t_u_s((safe_add_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((safe_sub_func_int8_t_s_s(l_1270, l_1270)), ((p_8 , ((safe_add_func_int8_t_s_s((((l_1276.f0 | ((-4L) != p_8)) ^ 1L) == p_8), p_8)) , 7UL)) && 1L))), 0UL)), p_8))))))) & (*l_1268))))))), 0x2EL)), (*l_1205))) | l_1270) | (*l_1205)));
                    }
                }
                return p_8;
            }
        }
        else
        { /* block id: 571 */
            int32_t *l_1309 = (void*)0;
            int32_t l_1314 = 2L;
            int32_t l_1315 = 0x0D5E1747L;
            int32_t ****l_1319 = &g_186;
            int32_t l_1322 = 0xBC51544CL;
            int32_t l_1324[10][3] = {{(-2L),(-2L),(-2L)},{0xE5F1147FL,0xF2727D12L,0xE5F1147FL},{(-2L),(-2L),(-2L)},{0xE5F1147FL,0xF2727D12L,0xE5F1147FL},{(-2L),(-2L),(-2L)},{0xE5F1147FL,0xF2727D12L,0xE5F1147FL},{(-2L),(-2L),(-2L)},{0xE5F1147FL,0xF2727D12L,0xE5F1147FL},{(-2L),(-2L),(-2L)},{0xE5F1147FL,0xF2727D12L,0xE5F1147FL}};
            int i, j;
            l_1309 = l_1308;
            if ((l_1310[0] == &g_1014[2][3][1]))
            { /* block id: 573 */
                struct S0 *l_1311 = (void*)0;
                int32_t l_1313 = 7L;
                (*l_1205) = p_8;
                l_1312 = l_1311;
                return l_1313;
            }
            else
            { /* block id: 577 */
                uint32_t l_1316 = 1UL;
                int32_t *****l_1320[3][2][9] = {{{&g_630,&g_630,&l_1319,(void*)0,&l_1319,&g_630,&g_630,&g_630,&g_630},{(void*)0,&g_630,(void*)0,&g_630,(void*)0,&l_1319,&l_1319,(void*)0,&g_630}},{{&g_630,&l_1319,&g_630,&l_1319,(void*)0,(void*)0,&l_1319,&g_630,&l_1319},{&l_1319,&g_630,&l_1319,(void*)0,(void*)0,&l_1319,&g_630,&l_1319,&g_630}},{{&g_630,(void*)0,&l_1319,&l_1319,(void*)0,&g_630,(void*)0,&g_630,(void*)0},{&g_630,&g_630,&g_630,&g_630,&l_1319,(void*)0,&l_1319,&g_630,&g_630}}};
                int i, j, k;
                l_1316--;
                l_1319 = (l_1321 = l_1319);
                ++l_1325[6][1][3];
            }
        }
        l_1328--;
    }
    return p_8;
}


/* ------------------------------------------ */
/* 
 * reads : g_60
 * writes:
 */
static uint8_t  func_13(int32_t  p_14, uint16_t  p_15, uint32_t  p_16, int16_t  p_17, int16_t  p_18)
{ /* block id: 507 */
    int32_t l_1169 = 0x33CB505AL;
    int32_t *l_1170 = (void*)0;
    int32_t *l_1171 = (void*)0;
    int32_t *l_1172 = &g_60[2];
    uint16_t l_1173 = 0x2C66L;
    --l_1173;
    return (*l_1172);
}


/* ------------------------------------------ */
/* 
 * reads : g_644 g_479 g_480 g_851 g_676 g_75.f2 g_140 g_75.f1 g_147 g_60 g_1015 g_37 g_75.f0 g_520
 * writes: g_644 g_147 g_947 g_851 g_676 g_75.f2 g_140 g_840 g_60
 */
static uint64_t  func_22(uint32_t  p_23, uint64_t  p_24)
{ /* block id: 450 */
    int32_t l_1044 = (-5L);
    struct S0 **l_1052 = (void*)0;
    int8_t l_1056 = 0xC2L;
    uint64_t ***l_1064 = &g_272;
    int16_t ** const *l_1074 = (void*)0;
    int32_t l_1113 = (-1L);
    int64_t *l_1123[10] = {&g_840,&g_804,&g_840,&g_644,&g_644,&g_840,&g_804,&g_840,&g_644,&g_644};
    int32_t l_1142 = 0x111CFF9CL;
    int32_t l_1143 = (-8L);
    uint16_t l_1144 = 65535UL;
    int64_t l_1167[10][1][1] = {{{0x06BBF8578130B34CLL}},{{0L}},{{0x06BBF8578130B34CLL}},{{0L}},{{0x06BBF8578130B34CLL}},{{0L}},{{0x06BBF8578130B34CLL}},{{0L}},{{0x06BBF8578130B34CLL}},{{0L}}};
    int32_t *l_1168 = &l_1142;
    int i, j, k;
lbl_1141:
    for (g_644 = 0; (g_644 <= 2); g_644 += 1)
    { /* block id: 453 */
        return l_1044;
    }
    if ((safe_mul_func_uint16_t_u_u(l_1044, (((safe_lshift_func_int8_t_s_s(0L, ((safe_rshift_func_int8_t_s_s((~0xE7B0L), 0)) >= p_23))) , l_1052) == (void*)0))))
    { /* block id: 456 */
        int8_t l_1053 = (-1L);
        int32_t *l_1054 = &g_60[2];
        int32_t *l_1055[10][8][2] = {{{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]}},{{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]}},{{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]}},{{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]}},{{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]}},{{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]}},{{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]}},{{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]}},{{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]}},{{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[1],&g_60[2]},{&g_60[2],&g_60[2]},{&g_60[2],&g_60[2]}}};
        uint16_t l_1057 = 6UL;
        uint32_t *l_1071 = &g_947;
        int16_t ***l_1075 = (void*)0;
        uint8_t l_1076 = 0UL;
        uint32_t l_1077[8][1] = {{0x505E2C29L},{4294967293UL},{0x505E2C29L},{4294967293UL},{0x505E2C29L},{4294967293UL},{0x505E2C29L},{4294967293UL}};
        int16_t l_1118 = 0xFEEEL;
        int i, j, k;
        ++l_1057;
        l_1077[0][0] = ((p_23 >= ((safe_mul_func_uint8_t_u_u(l_1056, (((safe_rshift_func_int8_t_s_u(((p_24 && ((**g_479) = ((void*)0 != l_1064))) && (safe_rshift_func_int16_t_s_u(((safe_mul_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(((((((*l_1071) = p_24) , (safe_add_func_uint16_t_u_u((l_1074 != l_1075), l_1044))) & p_24) == p_23) ^ p_23), l_1044)), p_23)) < 1UL), p_23))), l_1044)) & l_1056) >= l_1076))) < p_24)) || l_1056);
        if ((safe_unary_minus_func_int32_t_s(l_1056)))
        { /* block id: 461 */
            uint16_t l_1115 = 0x96A5L;
            int32_t l_1140[6] = {1L,0x2DEF025EL,1L,1L,0x2DEF025EL,1L};
            int i;
            for (g_851 = 2; (g_851 <= 6); g_851 += 1)
            { /* block id: 464 */
                int32_t *l_1079[5] = {&g_60[2],&g_60[2],&g_60[2],&g_60[2],&g_60[2]};
                int i;
                for (g_676 = 1; (g_676 <= 6); g_676 += 1)
                { /* block id: 467 */
                    uint8_t * const **l_1091 = (void*)0;
                    uint8_t * const ***l_1092 = (void*)0;
                    uint8_t * const ***l_1093 = &l_1091;
                    uint16_t *l_1112[2];
                    int64_t *l_1114 = &g_840;
                    int64_t *l_1116 = &g_644;
                    int32_t l_1117 = (-2L);
                    int i;
                    for (i = 0; i < 2; i++)
                        l_1112[i] = &g_36;
                    for (g_75.f2 = 0; (g_75.f2 <= 6); g_75.f2 += 1)
                    { /* block id: 470 */
                        int32_t *l_1080 = &g_60[2];
                        int32_t **l_1081 = &l_1079[1];
                        int i;
                        l_1079[1] = l_1079[1];
                        (*l_1081) = l_1080;
                        if (g_140[g_676])
                            continue;
                        return l_1056;
                    }
                    if ((safe_mod_func_uint8_t_u_u((safe_unary_minus_func_int64_t_s(0x645A6AA5267DF600LL)), (safe_add_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_s((safe_rshift_func_uint8_t_u_s(0x2FL, 2)), 9)), (((*l_1116) = ((((((g_75.f1 , ((*l_1093) = l_1091)) == ((((((((safe_add_func_int32_t_s_s((((safe_div_func_int64_t_s_s(g_147, (((safe_div_func_int32_t_s_s((safe_mul_func_int16_t_s_s(((safe_mod_func_uint32_t_u_u(p_23, p_23)) > (safe_mod_func_int64_t_s_s(((*l_1114) = ((0xDD24C79AL | (safe_rshift_func_uint16_t_u_u((l_1113 |= (g_140[g_676]--)), p_23))) < p_23)), 0xCC2D2FD129E69E45LL))), p_23)), 9UL)) < 0UL) , p_24))) , l_1056) ^ (*l_1054)), p_24)) <= l_1115) , (*g_1015)) || g_140[g_676]) >= p_23) != p_24) && g_140[g_676]) , (void*)0)) , &p_23) != &p_23) , p_23) , 0xD05B1E89E480DC53LL)) & l_1117))))))
                    { /* block id: 481 */
                        int8_t *l_1137 = &l_1053;
                        int32_t l_1139 = 0L;
                        if (l_1118)
                            break;
                        l_1140[3] = ((p_23 | (~((0x16D5L | ((+(safe_div_func_int64_t_s_s((g_75.f0 == (l_1116 == l_1123[4])), (safe_mul_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u((safe_sub_func_int8_t_s_s((safe_sub_func_uint8_t_u_u((safe_add_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((~(((((*l_1137) = p_23) == ((safe_unary_minus_func_int64_t_s(1L)) > p_24)) || p_23) | p_24)), l_1117)), (-1L))), 0UL)), l_1139)), 10)), p_23))))) >= p_23)) , p_23))) <= g_520);
                        if (l_1118)
                            goto lbl_1141;
                    }
                    else
                    { /* block id: 486 */
                        return (*g_480);
                    }
                }
                ++l_1144;
            }
        }
        else
        { /* block id: 492 */
            int16_t l_1155[2][5][8] = {{{(-2L),0x8110L,0x66D3L,(-1L),(-1L),1L,0x5AB7L,0xEDF9L},{(-1L),1L,0x00D8L,0x66D3L,(-2L),0x5AB7L,0x5AB7L,(-2L)},{1L,0x66D3L,0x66D3L,1L,0x00D8L,(-1L),0x6D54L,7L},{0x00D8L,(-1L),0x6D54L,7L,(-1L),0x824FL,(-2L),1L},{(-1L),(-1L),0L,0xD467L,0L,(-1L),(-1L),(-1L)}},{{0x8110L,0x66D3L,(-1L),(-1L),1L,0x5AB7L,0xEDF9L,0x3E1BL},{0x3E1BL,1L,0xD467L,(-1L),1L,1L,(-1L),0xD467L},{0x8110L,0x8110L,0x824FL,0x3E1BL,0L,(-1L),0xD467L,0x6D54L},{(-1L),0x00D8L,0x8110L,0L,(-1L),0x6D54L,0x66D3L,0x6D54L},{0x00D8L,0x3E1BL,0x824FL,0x66D3L,0x3E1BL,0xD467L,(-2L),(-1L)}}};
            int i, j, k;
            (*l_1054) = ((safe_lshift_func_int8_t_s_s((p_23 & (((safe_mul_func_int8_t_s_s((-6L), ((l_1113 = 0xCFDAB3FF4A0E26E3LL) ^ (&g_48 != (((safe_lshift_func_int16_t_s_u(((p_23 || l_1044) ^ (-1L)), l_1155[0][0][4])) || (~p_23)) , l_1055[0][3][1]))))) , (*l_1054)) , p_23)), 4)) <= 0xAE62943CL);
        }
    }
    else
    { /* block id: 496 */
        uint32_t l_1164[10] = {0x41DE6929L,0x41DE6929L,0x92523D4FL,0x41DE6929L,0x41DE6929L,0x92523D4FL,0x41DE6929L,0x41DE6929L,0x92523D4FL,0x41DE6929L};
        int i;
        for (l_1044 = 0; (l_1044 != 7); ++l_1044)
        { /* block id: 499 */
            int32_t *l_1159 = &l_1142;
            int32_t *l_1160[9];
            uint32_t l_1161[6] = {0xC2CEA7A3L,0xC2CEA7A3L,0xC2CEA7A3L,0xC2CEA7A3L,0xC2CEA7A3L,0xC2CEA7A3L};
            int i;
            for (i = 0; i < 9; i++)
                l_1160[i] = &l_1142;
            if (g_676)
                goto lbl_1141;
            --l_1161[0];
            ++l_1164[5];
        }
    }
    (*l_1168) = l_1167[7][0][0];
    return p_24;
}


/* ------------------------------------------ */
/* 
 * reads : g_91 g_98 g_99 g_285 g_557 g_75.f0 g_153 g_75.f1 g_60 g_48 g_119 g_584 g_558 g_92 g_479 g_480 g_147 g_80 g_804 g_478 g_644 g_583 g_47 g_676 g_851 g_840 g_19 g_75.f2 g_37 g_947 g_885 g_1039
 * writes: g_92 g_99 g_80 g_186 g_557 g_140 g_48 g_153 g_804 g_98 g_584 g_840 g_91 g_75.f3 g_75.f2 g_60 g_119 g_1039
 */
static uint16_t  func_29(uint32_t  p_30, const uint64_t  p_31, int32_t  p_32)
{ /* block id: 245 */
    int32_t *l_543[3][9][7] = {{{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]},{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0},{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]},{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0},{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]},{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0},{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]},{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0},{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]}},{{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0},{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]},{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0},{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]},{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0},{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]},{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0},{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]},{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0}},{{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]},{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0},{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]},{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0},{&g_60[0],(void*)0,&g_60[1],(void*)0,(void*)0,&g_60[2],&g_60[2]},{&g_60[2],(void*)0,(void*)0,&g_60[2],&g_60[2],(void*)0,(void*)0},{&g_60[0],&g_60[2],(void*)0,&g_60[2],&g_60[0],(void*)0,&g_60[2]},{&g_60[1],&g_60[0],&g_60[2],&g_60[2],&g_60[2],&g_60[2],&g_60[0]},{(void*)0,&g_60[2],(void*)0,&g_60[2],&g_60[0],(void*)0,&g_60[2]}}};
    uint16_t l_565 = 65535UL;
    const uint16_t l_590 = 0xE4FBL;
    uint16_t *l_600 = &l_565;
    uint16_t **l_599 = &l_600;
    int32_t ** const *l_634 = &g_91;
    int32_t ** const **l_633 = &l_634;
    int32_t ** const ***l_632[7] = {&l_633,&l_633,&l_633,&l_633,&l_633,&l_633,&l_633};
    uint8_t *l_661 = &g_99[3][0][1].f0;
    int32_t l_665 = 1L;
    struct S0 *l_721 = &g_99[0][0][2];
    uint64_t l_890 = 18446744073709551615UL;
    int64_t l_905 = 8L;
    int32_t l_906 = 0L;
    uint32_t l_907 = 1UL;
    uint64_t ****l_908[5][6][7] = {{{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271}},{{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271}},{{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271}},{{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271}},{{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271},{&g_271,&g_271,&g_271,&g_271,&g_271,&g_271,&g_271}}};
    int16_t l_938 = 0x82EAL;
    int64_t l_940[6];
    uint32_t l_967 = 8UL;
    uint16_t l_1020 = 0x82E8L;
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_940[i] = (-9L);
    if (p_32)
    { /* block id: 246 */
        (*g_91) = l_543[2][2][5];
    }
    else
    { /* block id: 248 */
        uint16_t *l_546 = &g_80;
        int32_t ***l_555 = &g_91;
        int32_t ****l_556 = &g_186;
        int32_t * const ***l_559 = (void*)0;
        int32_t * const ***l_560 = (void*)0;
        int32_t * const ***l_561 = (void*)0;
        int32_t * const ***l_562 = &g_557;
        uint16_t *l_566 = &g_140[0];
        int32_t l_567 = 0x48CB5873L;
        uint8_t l_576[1][6][9] = {{{0xF7L,0x11L,0x32L,0x11L,0xF7L,0x04L,0x86L,1UL,0x00L},{0x86L,0x04L,0xF7L,0x11L,0x32L,0x11L,0xF7L,0x04L,0x86L},{4UL,1UL,2UL,0xF7L,1UL,0x04L,255UL,0x04L,1UL},{0x00L,255UL,255UL,0x00L,0x11L,1UL,0x89L,1UL,2UL},{4UL,1UL,255UL,1UL,1UL,255UL,1UL,4UL,0x32L},{0x86L,1UL,2UL,4UL,0x11L,1UL,1UL,0x11L,4UL}}};
        int16_t *l_595 = (void*)0;
        int16_t **l_594[9] = {&l_595,&l_595,&l_595,&l_595,&l_595,&l_595,&l_595,&l_595,&l_595};
        uint32_t l_649 = 5UL;
        uint32_t l_688 = 0x97E50DF6L;
        int8_t l_692 = 1L;
        int32_t l_693[8][10][3] = {{{0L,(-1L),1L},{0x0AB21028L,0x25E32BDEL,0L},{0L,0x6119C95BL,(-4L)},{0x880E8974L,0x38A687F6L,(-4L)},{5L,0x96AE4D35L,0L},{2L,0L,1L},{(-4L),0x96AE4D35L,0x632E8E85L},{3L,0x38A687F6L,0xCC803C4FL},{3L,0x6119C95BL,2L},{(-4L),0x25E32BDEL,1L}},{{2L,(-1L),2L},{5L,0L,0xCC803C4FL},{0x880E8974L,0L,0x632E8E85L},{0L,(-1L),1L},{0x0AB21028L,0x25E32BDEL,0L},{0L,0x6119C95BL,(-4L)},{0x880E8974L,0x38A687F6L,(-4L)},{5L,0x96AE4D35L,0L},{2L,0L,1L},{(-4L),0x96AE4D35L,0x632E8E85L}},{{3L,0x38A687F6L,0xCC803C4FL},{3L,0x6119C95BL,2L},{(-4L),0x25E32BDEL,1L},{2L,(-1L),2L},{5L,0L,0xCC803C4FL},{0x880E8974L,0L,0x632E8E85L},{0L,(-1L),1L},{1L,0x0AB21028L,0L},{0L,0xCC803C4FL,0L},{(-1L),0L,0L}},{{0x9D8174F9L,0x632E8E85L,0L},{0x3E007E2FL,3L,(-1L)},{0L,0x632E8E85L,0x60EA2C05L},{1L,0L,(-10L)},{1L,0xCC803C4FL,0x3E007E2FL},{0L,0x0AB21028L,0x0E2FB385L},{0x3E007E2FL,5L,0x3E007E2FL},{0x9D8174F9L,0L,(-10L)},{(-1L),0L,0x60EA2C05L},{0L,5L,(-1L)}},{{1L,0x0AB21028L,0L},{0L,0xCC803C4FL,0L},{(-1L),0L,0L},{0x9D8174F9L,0x632E8E85L,0L},{0x3E007E2FL,3L,(-1L)},{0L,0x632E8E85L,0x60EA2C05L},{1L,0L,(-10L)},{1L,0xCC803C4FL,0x3E007E2FL},{0L,0x0AB21028L,0x0E2FB385L},{0x3E007E2FL,5L,0x3E007E2FL}},{{0x9D8174F9L,0L,(-10L)},{(-1L),0L,0x60EA2C05L},{0L,5L,(-1L)},{1L,0x0AB21028L,0L},{0L,0xCC803C4FL,0L},{(-1L),0L,0L},{0x9D8174F9L,0x632E8E85L,0L},{0x3E007E2FL,3L,(-1L)},{0L,0x632E8E85L,0x60EA2C05L},{1L,0L,(-10L)}},{{1L,0xCC803C4FL,0x3E007E2FL},{0L,0x0AB21028L,0x0E2FB385L},{0x3E007E2FL,5L,0x3E007E2FL},{0x9D8174F9L,0L,(-10L)},{(-1L),0L,0x60EA2C05L},{0L,5L,(-1L)},{1L,0x0AB21028L,0L},{0L,0xCC803C4FL,0L},{(-1L),0L,0L},{0x9D8174F9L,0x632E8E85L,0L}},{{0x3E007E2FL,3L,(-1L)},{0L,0x632E8E85L,0x60EA2C05L},{1L,0L,(-10L)},{1L,0xCC803C4FL,0x3E007E2FL},{0L,0x0AB21028L,0x0E2FB385L},{0x3E007E2FL,5L,0x3E007E2FL},{0x9D8174F9L,0L,(-10L)},{(-1L),0L,0x60EA2C05L},{0L,5L,(-1L)},{1L,0x0AB21028L,0L}}};
        struct S0 l_716 = {5UL,0xB123L,4294967295UL,1L};
        uint32_t l_737 = 0x2DC795F6L;
        int32_t *l_740[6];
        uint64_t l_835[9] = {1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL};
        int32_t * const l_916[10] = {(void*)0,&l_693[7][8][1],(void*)0,&l_693[7][8][1],(void*)0,(void*)0,&l_693[7][8][1],(void*)0,&l_693[7][8][1],(void*)0};
        int32_t l_948[5];
        uint32_t l_1019[10][6][4] = {{{0xC45D35BCL,0UL,0xB0769220L,0x66CF724BL},{0x9063352FL,0UL,0x58424D3EL,0x66CF724BL},{0x2BDB1CF0L,0UL,0x0C20DE46L,18446744073709551607UL},{0UL,0x2BDB1CF0L,0UL,18446744073709551615UL},{0x58424D3EL,0x90E4AEEAL,0x52DE59A2L,0xC7220872L},{18446744073709551609UL,18446744073709551615UL,18446744073709551609UL,0x67918F14L}},{{0x0C20DE46L,0UL,0x0EA9E0BAL,0x58424D3EL},{0UL,0x90E4AEEAL,0xB0769220L,0UL},{0x540A4498L,0xC7220872L,0xB0769220L,0x52DE59A2L},{0UL,18446744073709551607UL,0x0EA9E0BAL,0x0C20DE46L},{0x0C20DE46L,0xB0769220L,18446744073709551609UL,1UL},{18446744073709551609UL,1UL,0x52DE59A2L,0x52DE59A2L}},{{0x58424D3EL,0x58424D3EL,0UL,18446744073709551615UL},{0xC7220872L,0x90E4AEEAL,0x67918F14L,0x2BDB1CF0L},{18446744073709551609UL,18446744073709551615UL,0x2C483E84L,0x67918F14L},{1UL,18446744073709551615UL,0x0EA9E0BAL,0x2BDB1CF0L},{18446744073709551615UL,0x90E4AEEAL,0x9716D7BAL,18446744073709551615UL},{0x540A4498L,0x58424D3EL,0x90E4AEEAL,0x52DE59A2L}},{{18446744073709551615UL,1UL,0x0EA9E0BAL,1UL},{18446744073709551607UL,0xB0769220L,0x540A4498L,0x0C20DE46L},{18446744073709551609UL,18446744073709551607UL,18446744073709551613UL,0x52DE59A2L},{0x2BDB1CF0L,0xC7220872L,0UL,0UL},{0x2BDB1CF0L,0x90E4AEEAL,18446744073709551613UL,0x58424D3EL},{18446744073709551609UL,0UL,0x540A4498L,0x67918F14L}},{{18446744073709551607UL,18446744073709551615UL,0x0EA9E0BAL,0xC7220872L},{18446744073709551615UL,0x90E4AEEAL,0x90E4AEEAL,18446744073709551615UL},{0x540A4498L,0x2BDB1CF0L,0x9716D7BAL,0x52DE59A2L},{18446744073709551615UL,0x0C20DE46L,0x0EA9E0BAL,18446744073709551607UL},{1UL,0xB0769220L,0x2C483E84L,18446744073709551607UL},{18446744073709551609UL,0x0C20DE46L,0x67918F14L,0x52DE59A2L}},{{0xC7220872L,0x2BDB1CF0L,0UL,18446744073709551615UL},{0x58424D3EL,0x90E4AEEAL,0x52DE59A2L,0xC7220872L},{18446744073709551609UL,18446744073709551615UL,18446744073709551609UL,0x67918F14L},{0x0C20DE46L,0UL,0x0EA9E0BAL,0x58424D3EL},{0UL,0x90E4AEEAL,0xB0769220L,0UL},{0x540A4498L,0xC7220872L,0xB0769220L,0x52DE59A2L}},{{0UL,18446744073709551607UL,0x0EA9E0BAL,0x0C20DE46L},{0x0C20DE46L,0xB0769220L,18446744073709551609UL,1UL},{18446744073709551609UL,1UL,0x52DE59A2L,0x52DE59A2L},{0x58424D3EL,0x58424D3EL,0UL,18446744073709551615UL},{0xC7220872L,0x90E4AEEAL,0x67918F14L,0x2BDB1CF0L},{18446744073709551609UL,18446744073709551615UL,0x2C483E84L,0x67918F14L}},{{1UL,18446744073709551615UL,0x0EA9E0BAL,0x2BDB1CF0L},{18446744073709551615UL,0x90E4AEEAL,0x9716D7BAL,18446744073709551615UL},{0x540A4498L,0x58424D3EL,0x90E4AEEAL,0x52DE59A2L},{18446744073709551615UL,1UL,0x0EA9E0BAL,1UL},{18446744073709551607UL,0xB0769220L,0x540A4498L,0x0C20DE46L},{18446744073709551609UL,18446744073709551607UL,18446744073709551613UL,0x52DE59A2L}},{{0x2BDB1CF0L,0xC7220872L,0UL,0UL},{0x2BDB1CF0L,0x90E4AEEAL,18446744073709551613UL,0x58424D3EL},{18446744073709551609UL,0UL,0x540A4498L,0xC45D35BCL},{0x52DE59A2L,0x9716D7BAL,0x2BDB1CF0L,0x540A4498L},{0x9716D7BAL,0x8495E4ACL,0x8495E4ACL,0x9716D7BAL},{0UL,18446744073709551609UL,0UL,1UL}},{{0x90E4AEEAL,0x67918F14L,0x2BDB1CF0L,0x52DE59A2L},{18446744073709551613UL,0x0EA9E0BAL,0x9063352FL,0x52DE59A2L},{0x66CF724BL,0x67918F14L,0xC45D35BCL,1UL},{0x540A4498L,18446744073709551609UL,0xC7220872L,0x9716D7BAL},{0x2C483E84L,0x8495E4ACL,1UL,0x540A4498L},{0x66CF724BL,0x9716D7BAL,0x66CF724BL,0xC45D35BCL}}};
        int32_t l_1033 = (-4L);
        int32_t *l_1035 = &l_948[1];
        int i, j, k;
        for (i = 0; i < 6; i++)
            l_740[i] = &l_693[6][5][2];
        for (i = 0; i < 5; i++)
            l_948[i] = 0x0C7F3DF1L;
        l_567 |= (((*g_98) = (*g_98)) , (safe_mul_func_uint16_t_u_u(((*l_546) = p_31), ((safe_add_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u(((4UL <= (((*l_566) = ((safe_sub_func_int16_t_s_s(((safe_lshift_func_int16_t_s_u((g_99[3][0][1].f2 > g_285), 1)) == ((((((*l_556) = l_555) == ((*l_562) = g_557)) || (((safe_mul_func_uint16_t_u_u(((1L < (0L & g_75.f0)) ^ 0L), l_565)) > 0x066F00F0L) & 0UL)) ^ g_153) ^ 0x9A35L)), g_75.f1)) && p_32)) == p_30)) == (-3L)), g_60[2])), 1L)) && p_30))));
        if (p_31)
        { /* block id: 255 */
            int32_t *l_568 = &l_567;
            int16_t *l_592 = &g_584[1];
            int16_t **l_591 = &l_592;
            int16_t **l_596 = &l_595;
            int64_t *l_691 = (void*)0;
            int32_t l_738 = (-1L);
            (**l_555) = l_568;
            for (g_48 = 0; (g_48 <= 6); g_48 += 1)
            { /* block id: 259 */
                int8_t *l_572 = (void*)0;
                int8_t *l_573 = &g_520;
                uint16_t **l_598 = &l_546;
                uint64_t *l_603 = &g_147;
                uint64_t **l_602 = &l_603;
                uint8_t * const l_675 = &g_676;
                uint8_t * const *l_674[10] = {&l_675,&l_675,&l_675,&l_675,&l_675,&l_675,&l_675,&l_675,&l_675,&l_675};
                struct S0 l_677[3] = {{255UL,65533UL,6UL,0x6BL},{255UL,65533UL,6UL,0x6BL},{255UL,65533UL,6UL,0x6BL}};
                int32_t l_700 = 6L;
                uint64_t l_715 = 0xCE710B16F0C50919LL;
                uint32_t *l_736 = &g_99[3][0][1].f2;
                uint32_t *l_739 = &l_737;
                int i;
            }
        }
        else
        { /* block id: 338 */
            if (p_30)
            { /* block id: 339 */
                uint8_t **l_742 = &l_661;
                int32_t l_743 = 0x2C99FDCCL;
                l_743 ^= (+(l_742 == l_742));
            }
            else
            { /* block id: 341 */
lbl_820:
                p_32 ^= (g_99[3][0][1].f1 < g_119);
            }
        }
        if (p_31)
        { /* block id: 345 */
            struct S0 l_746[9] = {{255UL,0UL,0x38A72E1CL,0x8BL},{255UL,0UL,0x38A72E1CL,0x8BL},{255UL,0UL,0x38A72E1CL,0x8BL},{255UL,0UL,0x38A72E1CL,0x8BL},{255UL,0UL,0x38A72E1CL,0x8BL},{255UL,0UL,0x38A72E1CL,0x8BL},{255UL,0UL,0x38A72E1CL,0x8BL},{255UL,0UL,0x38A72E1CL,0x8BL},{255UL,0UL,0x38A72E1CL,0x8BL}};
            int64_t l_754 = 0xD8A1C25C4CD36662LL;
            uint8_t * const l_757 = (void*)0;
            int32_t *l_760 = &l_693[2][2][2];
            int i;
            for (g_153 = (-3); (g_153 < 3); g_153++)
            { /* block id: 348 */
                int8_t *l_753 = &g_47[1];
                uint8_t *l_758 = &l_576[0][5][8];
                uint32_t *l_759 = &g_48;
            }
        }
        else
        { /* block id: 354 */
            uint32_t l_773 = 0xADA94415L;
            int32_t l_774 = 0L;
            int32_t ***l_790[2];
            int16_t *l_797 = (void*)0;
            uint64_t l_847 = 18446744073709551609UL;
            const uint64_t l_878 = 0UL;
            int64_t l_883 = 0xFB30F28160E308D9LL;
            uint64_t l_886 = 0x4CDE59F2377FB43ELL;
            struct S0 l_889 = {0x4FL,0x5457L,5UL,3L};
            int i;
            for (i = 0; i < 2; i++)
                l_790[i] = &g_91;
            if ((safe_lshift_func_int16_t_s_s(((safe_mul_func_int16_t_s_s(p_31, p_32)) & ((g_75.f0 <= ((safe_mul_func_uint8_t_u_u((((g_48 , p_30) > (p_32 < ((-9L) | (-4L)))) ^ ((safe_add_func_uint16_t_u_u(((*l_566) = ((((safe_mod_func_int32_t_s_s((&g_584[6] != l_600), 1UL)) , g_584[5]) , &p_32) == (**g_557))), g_153)) | l_773)), p_32)) != 0x5CL)) ^ l_774)), 8)))
            { /* block id: 356 */
                int16_t l_796 = 0x3BC8L;
                uint16_t *l_798 = &g_80;
                int32_t ***l_803 = &g_91;
                uint8_t **l_812 = &l_661;
                struct S0 l_860 = {0x30L,0x1696L,0x46CE78EDL,-2L};
                int32_t l_880 = 0L;
                (*l_721) = ((safe_add_func_uint16_t_u_u(0x8E67L, (safe_div_func_int64_t_s_s(0L, (((safe_mul_func_int8_t_s_s((!0L), ((((safe_lshift_func_int8_t_s_u(((((safe_sub_func_uint64_t_u_u(0xF6C2DB4FF3139568LL, (safe_mod_func_int64_t_s_s((safe_add_func_uint16_t_u_u((l_790[0] != l_790[1]), (((0x7DL ^ (8UL != (+(safe_sub_func_uint64_t_u_u((safe_mod_func_int8_t_s_s(1L, 0xB7L)), l_796))))) , (void*)0) == l_797))), (**g_479))))) , 0x2E2D64FE87B4F942LL) ^ 0L) != p_31), p_32)) ^ p_32) , l_798) != &g_140[6]))) == p_30) && l_796))))) , (*g_98));
                p_32 = ((safe_rshift_func_uint8_t_u_u(g_80, ((safe_div_func_uint16_t_u_u(((l_803 != (void*)0) == g_804), p_31)) > 0x7A2BL))) > (safe_lshift_func_uint8_t_u_u((+((((safe_mod_func_int32_t_s_s((((void*)0 == l_812) == ((safe_rshift_func_int8_t_s_u((safe_lshift_func_int8_t_s_s((p_30 != 4L), 6)), 6)) < 0xEE1F9272B65D9325LL)), 4L)) , p_32) && (*g_480)) , (***g_478))), p_32)));
                for (g_804 = (-6); (g_804 == (-23)); --g_804)
                { /* block id: 361 */
                    struct S0 **l_819 = &g_98;
                    int64_t *l_838 = (void*)0;
                    int64_t *l_839 = &g_840;
                    int32_t l_848 = 5L;
                    (*l_819) = l_721;
                    if (g_48)
                        goto lbl_820;
                    l_848 &= ((safe_lshift_func_uint16_t_u_s(((*l_546) = ((safe_lshift_func_int16_t_s_s(p_30, 5)) <= (((safe_mod_func_int64_t_s_s((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u(((*l_661) = g_644), (safe_rshift_func_uint16_t_u_u(((safe_lshift_func_int16_t_s_u((((*g_583) = l_835[5]) | g_47[1]), 12)) | (g_99[3][0][1].f1 ^ p_32)), 3)))), (safe_sub_func_int64_t_s_s(((*l_839) = p_32), (((safe_add_func_uint8_t_u_u(((safe_mod_func_int8_t_s_s((p_30 <= (safe_rshift_func_int16_t_s_u((p_30 , (-6L)), 15))), (-1L))) && p_31), g_60[1])) != p_30) <= g_676))))), p_31)) ^ p_31) >= g_804))), p_32)) , l_847);
                    for (l_716.f3 = (-8); (l_716.f3 <= 19); l_716.f3++)
                    { /* block id: 371 */
                        return g_851;
                    }
                }
                if ((p_31 ^ (*g_583)))
                { /* block id: 375 */
                    return g_851;
                }
                else
                { /* block id: 377 */
                    uint64_t ***l_852[8] = {&g_272,(void*)0,(void*)0,&g_272,(void*)0,(void*)0,&g_272,(void*)0};
                    int32_t l_853 = 1L;
                    uint32_t *l_879 = &l_773;
                    int i;
                    p_32 ^= (&g_479 != (((**l_599) = p_31) , l_852[5]));
                    if (p_31)
                    { /* block id: 380 */
                        uint32_t l_854 = 2UL;
                        l_854++;
                        (*g_98) = (*l_721);
                    }
                    else
                    { /* block id: 383 */
                        uint32_t l_859 = 1UL;
                        l_740[1] = func_67((safe_mod_func_int8_t_s_s(l_859, g_840)), l_860, p_30, (safe_rshift_func_uint8_t_u_u(l_859, ((void*)0 != (*g_91)))));
                    }
                    l_880 &= (safe_rshift_func_int8_t_s_u(((-3L) && ((l_853 || (-7L)) || (safe_add_func_int64_t_s_s(((safe_mul_func_int16_t_s_s((safe_sub_func_int32_t_s_s((((safe_lshift_func_int8_t_s_u((0xF822L == l_853), ((((**l_812) = (p_30 ^ (-7L))) >= ((((+(safe_mod_func_uint32_t_u_u(((((*l_879) |= (safe_sub_func_int16_t_s_s((p_30 , ((g_99[3][0][1].f2 <= g_119) ^ l_878)), g_840))) && p_30) == 5UL), (-1L)))) , 0x7BL) | p_31) > 0xAEBCEBD0L)) > 0xD428CF3295AA5A38LL))) > g_75.f2) ^ p_32), g_75.f2)), g_60[0])) >= p_32), 1UL)))), 6));
                }
            }
            else
            { /* block id: 390 */
                int32_t l_881 = 0x0F8D84BAL;
                int32_t l_882 = 0xCEAF31B2L;
                int32_t l_884[1][2][7] = {{{(-1L),0x7E8F25EBL,0L,0x7E8F25EBL,(-1L),(-1L),0x7E8F25EBL},{0xA9E9D2EEL,0x142A164FL,0xA9E9D2EEL,0x7E8F25EBL,0x7E8F25EBL,0xA9E9D2EEL,0x142A164FL}}};
                int i, j, k;
                ++l_886;
                (*l_721) = l_889;
            }
            ++l_890;
        }
        if ((((safe_sub_func_uint8_t_u_u(((safe_mod_func_uint16_t_u_u((p_30 ^ (***g_478)), g_37[1])) , (safe_sub_func_int64_t_s_s(g_804, 0x06A6A44ED9AF8A1FLL))), p_32)) == ((safe_mul_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((safe_add_func_uint32_t_u_u((((0xD7L & ((4UL | p_31) || (*g_480))) ^ l_905) < l_906), l_907)) > 0x4F1DL), 0x39511BDC99F08C2DLL)), 0xC729L)) != (*g_583))) ^ p_31))
        { /* block id: 396 */
            struct S0 l_909 = {0x59L,1UL,0UL,0L};
            const int32_t l_914 = 0x9DAAE5B9L;
            int32_t *l_915 = &g_60[2];
            int32_t **l_917 = &g_92;
            int16_t ***l_925 = &l_594[8];
            int16_t ****l_924 = &l_925;
            l_915 = &p_32;
            (*l_917) = l_916[3];
            (*l_915) = (((safe_div_func_int64_t_s_s((safe_div_func_uint32_t_u_u(((p_31 > ((**g_479) == (safe_add_func_uint8_t_u_u((((*l_924) = &l_594[5]) != (void*)0), (safe_rshift_func_uint16_t_u_s((safe_add_func_uint16_t_u_u((safe_mod_func_uint32_t_u_u(g_60[2], g_804)), (((*l_661) |= 0UL) || (((*g_480) , (safe_add_func_int64_t_s_s(g_80, (*l_915)))) > p_31)))), (*l_915))))))) , 4294967291UL), 0x9DD6CE7AL)), g_99[3][0][1].f3)) >= p_30) <= (*l_915));
            for (l_909.f3 = 6; (l_909.f3 != 4); l_909.f3--)
            { /* block id: 406 */
                int64_t *l_941[10][6] = {{&g_644,&l_940[1],(void*)0,&l_940[1],&g_644,&l_940[1]},{&l_905,&l_940[1],&l_905,&l_940[1],&l_905,&l_940[1]},{&g_644,&l_940[1],(void*)0,&l_940[1],&g_644,&l_940[1]},{&l_905,&l_940[1],&l_905,&l_940[1],&l_905,&l_940[1]},{&g_644,&l_940[1],(void*)0,&l_940[1],&g_644,&l_940[1]},{&l_905,&l_940[1],&l_905,&l_940[1],&l_905,&l_940[1]},{&g_644,&l_940[1],(void*)0,&l_940[1],&g_644,&l_940[1]},{&l_905,&l_940[1],&l_905,&l_940[1],&l_905,&l_940[1]},{&g_644,&l_940[1],(void*)0,&l_940[1],&g_644,&l_940[1]},{&l_905,&l_940[1],&l_905,&l_940[1],&l_905,&l_940[1]}};
                int32_t l_944 = 0L;
                int32_t *l_969 = &l_948[1];
                int32_t l_993 = 0x54EF7FE9L;
                int i, j;
                l_944 = ((safe_div_func_int64_t_s_s(l_938, (((+((*l_915) = l_940[1])) , ((((safe_add_func_uint64_t_u_u((p_30 | (((l_944 , (1L | ((safe_rshift_func_uint16_t_u_u(p_31, 9)) != ((p_31 || p_30) , g_947)))) , (*g_583)) ^ p_32)), l_948[1])) >= p_31) , g_99[3][0][1].f1) > p_32)) & g_75.f2))) >= 65535UL);
                for (l_890 = (-3); (l_890 < 20); l_890 = safe_add_func_uint64_t_u_u(l_890, 1))
                { /* block id: 411 */
                    uint8_t l_968 = 0xC3L;
                    struct S0 *l_970[6][2] = {{&l_716,(void*)0},{&l_716,(void*)0},{&l_716,(void*)0},{&l_716,(void*)0},{&l_716,(void*)0},{&l_716,(void*)0}};
                    int32_t l_997 = (-4L);
                    uint32_t *l_1018 = &g_947;
                    int i, j;
                    l_968 |= ((safe_rshift_func_int8_t_s_u((safe_lshift_func_int8_t_s_s((safe_div_func_int8_t_s_s((((safe_lshift_func_uint8_t_u_u((((p_32 != g_885) , ((safe_sub_func_int32_t_s_s(((*l_915) < ((**l_599) |= ((safe_add_func_uint16_t_u_u(l_944, 2L)) > (p_32 , ((safe_sub_func_int32_t_s_s(((safe_lshift_func_int8_t_s_u(l_967, (247UL <= (p_31 | p_32)))) , 0xCADA05D5L), 0xE3EBE9A0L)) > l_944))))), g_99[3][0][1].f3)) == 0UL)) , g_99[3][0][1].f2), g_60[2])) < 0xBA42L) , p_32), (-6L))), p_31)), g_153)) && l_944);
                }
            }
        }
        else
        { /* block id: 437 */
            int8_t *l_1031 = &g_99[3][0][1].f3;
            int32_t l_1032 = 0x087338C6L;
            struct S0 l_1034 = {0xE5L,0xCFE9L,0x09381873L,0xC4L};
            int32_t l_1038 = 0x73FF1E5DL;
            l_1035 = &p_32;
            l_1032 &= (p_30 <= 0UL);
            ++g_1039[1][1][3];
            return p_32;
        }
    }
    return p_31;
}


/* ------------------------------------------ */
/* 
 * reads : g_48 g_36 g_119 g_75.f3 g_75.f1 g_47 g_99.f1 g_99.f3 g_147 g_37 g_153 g_91 g_92 g_75.f0 g_478 g_479 g_480 g_60 g_75.f2 g_140
 * writes: g_37 g_48 g_36 g_119 g_75.f3 g_147 g_153 g_75.f0 g_478 g_271 g_47 g_60
 */
static int32_t  func_33(uint16_t  p_34)
{ /* block id: 2 */
    int32_t l_38[5] = {0x0CD1B7E2L,0x0CD1B7E2L,0x0CD1B7E2L,0x0CD1B7E2L,0x0CD1B7E2L};
    int32_t l_39[6] = {0x74489B46L,0x74489B46L,0x74489B46L,0x74489B46L,0x74489B46L,0x74489B46L};
    int32_t *l_40 = &l_39[1];
    int32_t *l_41 = &l_39[5];
    int32_t *l_42 = &l_39[2];
    int32_t *l_43 = (void*)0;
    int32_t *l_44 = &l_39[3];
    int32_t *l_45 = &l_39[2];
    int32_t *l_46[2];
    uint8_t l_149 = 0UL;
    int32_t l_150[8] = {0x5CDDFB24L,0x5CDDFB24L,0x5CDDFB24L,0x5CDDFB24L,0x5CDDFB24L,0x5CDDFB24L,0x5CDDFB24L,0x5CDDFB24L};
    struct S0 l_173[4][6][1] = {{{{0xFEL,0x6E7DL,0xBA4BAB42L,0xCBL}},{{0xB8L,0xB1A2L,0xFF11E01BL,0x6AL}},{{255UL,0xA401L,4294967288UL,0x51L}},{{0x5BL,5UL,1UL,-1L}},{{253UL,0xABB6L,0x06CC3F75L,0xBDL}},{{0x5BL,5UL,1UL,-1L}}},{{{255UL,0xA401L,4294967288UL,0x51L}},{{0xB8L,0xB1A2L,0xFF11E01BL,0x6AL}},{{0xFEL,0x6E7DL,0xBA4BAB42L,0xCBL}},{{9UL,8UL,4294967295UL,0L}},{{0xFEL,0x6E7DL,0xBA4BAB42L,0xCBL}},{{0xB8L,0xB1A2L,0xFF11E01BL,0x6AL}}},{{{255UL,0xA401L,4294967288UL,0x51L}},{{0x5BL,5UL,1UL,-1L}},{{253UL,0xABB6L,0x06CC3F75L,0xBDL}},{{0x5BL,5UL,1UL,-1L}},{{255UL,0xA401L,4294967288UL,0x51L}},{{0xB8L,0xB1A2L,0xFF11E01BL,0x6AL}}},{{{0xFEL,0x6E7DL,0xBA4BAB42L,0xCBL}},{{0xB8L,0xB1A2L,0xFF11E01BL,0x6AL}},{{253UL,0xABB6L,0x06CC3F75L,0xBDL}},{{252UL,65527UL,0x86D9A306L,0xBAL}},{{0UL,0x2EA0L,1UL,0xEBL}},{{9UL,8UL,4294967295UL,0L}}}};
    uint32_t l_238 = 0x40455504L;
    int64_t l_239 = 0x4B6CB0D4D5453080LL;
    const uint64_t *l_286 = &g_153;
    int16_t l_287 = 0x0FE3L;
    uint32_t l_304 = 1UL;
    int32_t *l_318 = &g_60[2];
    struct S0 *l_322 = &g_99[3][0][1];
    struct S0 l_341 = {0UL,65533UL,4294967295UL,0x73L};
    int8_t *l_356[10][5] = {{&l_173[3][1][0].f3,&g_119,&l_341.f3,&g_75.f3,&g_75.f3},{&g_47[0],&l_173[3][1][0].f3,&g_47[0],&l_341.f3,&l_173[3][1][0].f3},{(void*)0,&l_173[3][1][0].f3,(void*)0,&l_173[3][1][0].f3,&l_173[3][1][0].f3},{&g_99[3][0][1].f3,&g_119,&g_75.f3,&l_173[3][1][0].f3,(void*)0},{&g_47[2],&l_173[3][1][0].f3,(void*)0,&l_173[3][1][0].f3,&g_47[2]},{&g_47[1],&l_173[3][1][0].f3,&g_47[0],&l_173[3][1][0].f3,&l_173[3][1][0].f3},{&g_47[1],&g_47[1],&l_341.f3,&l_173[3][1][0].f3,&l_341.f3},{(void*)0,&g_47[0],&l_173[3][1][0].f3,&l_173[3][1][0].f3,&l_173[3][1][0].f3},{&l_173[3][1][0].f3,&l_173[3][1][0].f3,&l_173[3][1][0].f3,&l_341.f3,&g_47[2]},{&l_173[3][1][0].f3,&g_47[1],&g_47[2],&g_75.f3,(void*)0}};
    uint32_t l_365 = 0xCCC1E155L;
    int32_t * const **l_371 = (void*)0;
    int32_t * const ***l_370 = &l_371;
    int32_t * const ***l_374 = &l_371;
    uint16_t *l_517 = &l_173[3][1][0].f1;
    int32_t l_521 = (-4L);
    int32_t l_527 = 0L;
    uint32_t l_537[7] = {0x8E9E75B3L,0x8E9E75B3L,0x8E9E75B3L,0x8E9E75B3L,0x8E9E75B3L,0x8E9E75B3L,0x8E9E75B3L};
    uint32_t l_540 = 1UL;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_46[i] = &l_39[1];
    for (p_34 = 0; p_34 < 2; p_34 += 1)
    {
        g_37[p_34] = 0xA7L;
    }
    g_48++;
    for (g_36 = (-12); (g_36 >= 59); g_36++)
    { /* block id: 7 */
        uint64_t l_142 = 3UL;
        int32_t l_151[7][4] = {{1L,1L,8L,1L},{1L,1L,1L,1L},{1L,1L,1L,1L},{1L,1L,8L,1L},{1L,1L,1L,1L},{1L,1L,1L,1L},{1L,1L,8L,1L}};
        int32_t *l_200 = &g_60[2];
        struct S0 *l_321 = (void*)0;
        uint16_t l_348[6];
        int32_t * const ***l_372[4];
        int16_t l_417 = 0xD794L;
        int32_t * const ****l_429 = &l_372[2];
        int i, j;
        for (i = 0; i < 6; i++)
            l_348[i] = 65535UL;
        for (i = 0; i < 4; i++)
            l_372[i] = &l_371;
        for (g_48 = 0; (g_48 <= 51); g_48 = safe_add_func_uint8_t_u_u(g_48, 2))
        { /* block id: 10 */
            uint16_t *l_138 = (void*)0;
            uint16_t *l_139 = &g_140[1];
            const int32_t l_143[3][10] = {{0x66D203B3L,0xDA10ACF0L,0xDAC69A9DL,0x95356471L,0xDAC69A9DL,0xDA10ACF0L,0x66D203B3L,0x66D203B3L,0xDA10ACF0L,0xDAC69A9DL},{0xDA10ACF0L,0x66D203B3L,0x66D203B3L,0xDA10ACF0L,0xDAC69A9DL,0x95356471L,0xDAC69A9DL,0xDA10ACF0L,0x66D203B3L,0x66D203B3L},{0xDAC69A9DL,0x66D203B3L,0xEDE484D6L,0xE1B1DC04L,0xE1B1DC04L,0xEDE484D6L,0x66D203B3L,0xDAC69A9DL,0x66D203B3L,0xEDE484D6L}};
            uint64_t *l_146 = &g_147;
            uint64_t *l_148 = &l_142;
            uint32_t *l_152[4][3] = {{&g_99[3][0][1].f2,&g_19,&g_99[3][0][1].f2},{&g_99[3][0][1].f2,&g_19,&g_99[3][0][1].f2},{&g_19,&g_99[3][0][1].f2,&g_99[3][0][1].f2},{&g_19,&g_19,&g_99[3][0][1].f2}};
            struct S0 l_154[4][8][2] = {{{{255UL,0xBB44L,0x65D69AD9L,2L},{0UL,65535UL,0xA13A27DDL,0x0BL}},{{0xAFL,0x4B1FL,4294967295UL,0x89L},{246UL,65535UL,0xD266C56FL,0xF9L}},{{0x5CL,0UL,4294967295UL,-4L},{0xC8L,65535UL,6UL,0xADL}},{{246UL,65535UL,0xD266C56FL,0xF9L},{0x8BL,0x69CEL,0UL,0x8BL}},{{0x42L,0x18B5L,0x4E0177B9L,0L},{0x42L,0x18B5L,0x4E0177B9L,0L}},{{0UL,0UL,0x02985B24L,-1L},{255UL,0x356EL,0xD920E91CL,0xCDL}},{{0UL,65535UL,0x70737C93L,0xD8L},{0x8BL,0x69CEL,0UL,0x8BL}},{{0xACL,0xD07FL,0x3ACC10BFL,8L},{255UL,0xBB44L,0x65D69AD9L,2L}}},{{{0x5CL,0UL,4294967295UL,-4L},{0xACL,0xD07FL,0x3ACC10BFL,8L}},{{0xC8L,65535UL,6UL,0xADL},{0UL,65535UL,0xA13A27DDL,0x0BL}},{{0xC8L,65535UL,6UL,0xADL},{0xACL,0xD07FL,0x3ACC10BFL,8L}},{{0x5CL,0UL,4294967295UL,-4L},{255UL,0xBB44L,0x65D69AD9L,2L}},{{0xACL,0xD07FL,0x3ACC10BFL,8L},{0x8BL,0x69CEL,0UL,0x8BL}},{{0UL,65535UL,0x70737C93L,0xD8L},{255UL,0x356EL,0xD920E91CL,0xCDL}},{{0UL,0UL,0x02985B24L,-1L},{0x42L,0x18B5L,0x4E0177B9L,0L}},{{0x42L,0x18B5L,0x4E0177B9L,0L},{0x8BL,0x69CEL,0UL,0x8BL}}},{{{246UL,65535UL,0xD266C56FL,0xF9L},{0xC8L,65535UL,6UL,0xADL}},{{0x5CL,0UL,4294967295UL,-4L},{246UL,65535UL,0xD266C56FL,0xF9L}},{{0xAFL,0x4B1FL,4294967295UL,0x89L},{0UL,65535UL,0xA13A27DDL,0x0BL}},{{255UL,0xBB44L,0x65D69AD9L,2L},{0x70L,4UL,0x7851F52EL,0xA1L}},{{0x5CL,0UL,4294967295UL,-4L},{0xAFL,0x4B1FL,4294967295UL,0x89L}},{{0x70L,4UL,0x7851F52EL,0xA1L},{0x8BL,0x69CEL,0UL,0x8BL}},{{255UL,0x356EL,0xD920E91CL,0xCDL},{0UL,65535UL,0x70737C93L,0xD8L}},{{0UL,0UL,0x02985B24L,-1L},{0UL,65535UL,0x70737C93L,0xD8L}}},{{{255UL,0x356EL,0xD920E91CL,0xCDL},{0x8BL,0x69CEL,0UL,0x8BL}},{{0x70L,4UL,0x7851F52EL,0xA1L},{0xAFL,0x4B1FL,4294967295UL,0x89L}},{{0x5CL,0UL,4294967295UL,-4L},{0x70L,4UL,0x7851F52EL,0xA1L}},{{255UL,0xBB44L,0x65D69AD9L,2L},{0UL,65535UL,0xA13A27DDL,0x0BL}},{{0xAFL,0x4B1FL,4294967295UL,0x89L},{246UL,65535UL,0xD266C56FL,0xF9L}},{{0x5CL,0UL,4294967295UL,-4L},{5UL,0x03ACL,1UL,0x85L}},{{252UL,3UL,0xF4407CCEL,0x36L},{0x0AL,0xD185L,0x58CC5C9AL,3L}},{{251UL,65531UL,0xECDD1267L,0x7CL},{251UL,65531UL,0xECDD1267L,0x7CL}}}};
            int64_t l_165 = 0x85C31BE52F0D76A6LL;
            int64_t *l_166 = (void*)0;
            int64_t *l_167 = &l_165;
            int32_t **l_168[1];
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_168[i] = &l_42;
        }
        for (g_119 = 0; (g_119 > (-9)); g_119--)
        { /* block id: 58 */
            int32_t **l_183[2];
            uint16_t *l_252[3][3] = {{(void*)0,&g_75.f1,(void*)0},{(void*)0,&g_75.f1,(void*)0},{(void*)0,&g_75.f1,(void*)0}};
            uint64_t *l_260 = &g_153;
            uint64_t **l_259 = &l_260;
            uint64_t ***l_258 = &l_259;
            int64_t l_270 = 2L;
            const uint64_t *l_284[3][4] = {{&g_285,&g_285,&g_285,&g_285},{&g_285,&g_285,&g_285,&g_285},{&g_285,&g_285,&g_285,&g_285}};
            int8_t *l_288[3];
            uint64_t l_315[3][9][2];
            struct S0 *l_320 = (void*)0;
            int32_t l_330 = 0xB022F532L;
            int64_t l_334 = 0x3A27B29225A23851LL;
            uint64_t l_351 = 18446744073709551614UL;
            uint8_t l_424 = 0x33L;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_183[i] = &l_44;
            for (i = 0; i < 3; i++)
                l_288[i] = &g_99[3][0][1].f3;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 9; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_315[i][j][k] = 0UL;
                }
            }
        }
        (*l_429) = l_372[0];
    }
    for (g_75.f3 = 0; (g_75.f3 >= (-29)); g_75.f3 = safe_sub_func_int64_t_s_s(g_75.f3, 9))
    { /* block id: 192 */
        uint16_t **l_432 = (void*)0;
        uint16_t *l_434 = &l_173[3][1][0].f1;
        uint16_t **l_433 = &l_434;
        uint32_t *l_443 = (void*)0;
        uint32_t *l_446 = &l_304;
        uint32_t *l_447 = &l_341.f2;
        uint64_t *l_448 = &g_147;
        int32_t l_449 = 7L;
        int32_t l_451 = 1L;
        struct S0 **l_495 = &g_98;
        int32_t l_523 = 0x80681415L;
        int32_t l_524 = 1L;
        int32_t l_529 = 0x25BD23C3L;
        int64_t l_533 = 0xA6EE95873ED461D7LL;
        int32_t l_535[8][9] = {{0L,0L,1L,0L,(-4L),(-10L),1L,(-9L),0xB359AF8DL},{(-1L),0xCE9CE2CAL,1L,0x73AF0072L,(-1L),0x73AF0072L,1L,0xCE9CE2CAL,(-1L)},{(-4L),1L,1L,0xB359AF8DL,0L,(-9L),0L,(-10L),(-10L)},{0xFBB726F7L,0xCE9CE2CAL,1L,0L,1L,0xCE9CE2CAL,0xFBB726F7L,0L,0xFBB726F7L},{(-4L),0L,0L,1L,0xB359AF8DL,(-10L),1L,1L,(-10L)},{(-1L),(-1L),0L,(-1L),(-1L),0L,0L,0L,(-1L)},{0L,0L,1L,0xB359AF8DL,(-10L),1L,1L,(-10L),0xB359AF8DL},{1L,0L,1L,0xCE9CE2CAL,0xFBB726F7L,0L,0xFBB726F7L,0xCE9CE2CAL,1L}};
        int i, j;
        if (p_34)
            break;
        if ((((((*l_433) = &g_140[2]) == &g_140[2]) < ((*l_448) |= (safe_sub_func_uint16_t_u_u((p_34 , (g_75.f1 & (safe_sub_func_uint32_t_u_u(((safe_lshift_func_int8_t_s_u(p_34, 5)) <= ((safe_sub_func_uint32_t_u_u(((*l_45) = (p_34 != (-4L))), (safe_sub_func_int8_t_s_s(((((*l_446) = p_34) != (((*l_447) = g_47[2]) ^ 0xB8A2227AL)) & g_99[3][0][1].f1), g_99[3][0][1].f3)))) && 8L)), 1L)))), g_36)))) & 4294967289UL))
        { /* block id: 199 */
            uint32_t l_452 = 0xB8D0D7F9L;
            uint32_t l_456 = 0xCAE8350BL;
            int32_t l_460 = (-5L);
            for (p_34 = 0; (p_34 <= 1); p_34 += 1)
            { /* block id: 202 */
                int8_t l_450 = 0x5BL;
                int i;
                l_452++;
                return g_37[p_34];
            }
            for (l_341.f2 = 0; (l_341.f2 <= 7); l_341.f2 += 1)
            { /* block id: 208 */
                uint64_t l_461 = 0x08DF0B291B26C7D9LL;
                struct S0 **l_464 = &l_322;
                for (g_153 = 2; (g_153 <= 7); g_153 += 1)
                { /* block id: 211 */
                    int32_t l_455 = (-4L);
                    int32_t *l_459 = &l_150[g_153];
                    int i;
                    ++l_456;
                    l_459 = (*g_91);
                }
                l_461--;
                (*l_464) = &g_99[1][2][0];
            }
        }
        else
        { /* block id: 218 */
            uint32_t l_467 = 0xE7F23507L;
            int64_t l_486 = 1L;
            int32_t l_487 = 0x36590D39L;
            int32_t l_488 = 0L;
            int8_t *l_504 = &l_341.f3;
            int8_t *l_505 = &g_99[3][0][1].f3;
            int8_t l_516[3][3] = {{(-1L),(-1L),(-1L)},{0xEFL,0x07L,0xEFL},{(-1L),(-1L),(-1L)}};
            int32_t l_518 = 0L;
            int32_t l_519 = 0xE9CBE9C6L;
            int32_t l_522 = 0x1B1FB04EL;
            int32_t l_525 = 7L;
            int32_t l_526 = 4L;
            int32_t l_528 = (-10L);
            int32_t l_530 = 0x021798CBL;
            int32_t l_531 = 0x6E8CDEB8L;
            int32_t l_532 = (-3L);
            int32_t l_534 = 0x6EE8E53DL;
            int32_t l_536[3];
            int i, j;
            for (i = 0; i < 3; i++)
                l_536[i] = 0xB573F051L;
            for (g_75.f0 = 0; (g_75.f0 != 52); g_75.f0 = safe_add_func_int16_t_s_s(g_75.f0, 1))
            { /* block id: 221 */
                uint64_t *l_474 = &g_153;
                uint64_t * const ***l_481 = &g_478;
                uint64_t ****l_482 = &g_271;
                int32_t l_485 = 6L;
                int16_t *l_489 = &l_287;
                l_449 = 0x14CF8196L;
                l_467--;
                (*l_45) = (((safe_add_func_int64_t_s_s((safe_lshift_func_int8_t_s_s(((*l_44) || ((*l_489) = (((l_474 = l_474) != (void*)0) , (((!(l_488 = (l_487 = (((safe_add_func_int32_t_s_s((l_467 != ((((*l_481) = g_478) == ((*l_482) = &g_272)) ^ ((((safe_mul_func_uint16_t_u_u(((g_75.f0 & ((**g_479) &= p_34)) || (g_47[1] = p_34)), 4UL)) > g_60[2]) || l_451) | 0L))), l_485)) != p_34) , l_486)))) , l_451) | l_451)))), g_36)), p_34)) ^ (*l_40)) == 1L);
            }
            (*l_41) = ((safe_add_func_int8_t_s_s((+((((*l_318) = ((safe_sub_func_int32_t_s_s(((void*)0 == l_495), ((((((safe_mul_func_uint16_t_u_u((l_449 != (l_451 | (safe_lshift_func_int16_t_s_u((safe_add_func_uint16_t_u_u((((((l_504 = &g_47[1]) == (l_505 = &g_119)) && ((safe_mod_func_uint16_t_u_u((((safe_mul_func_int8_t_s_s((safe_div_func_int16_t_s_s(((((((**g_479) = (safe_mod_func_uint64_t_u_u((*l_42), 18446744073709551615UL))) ^ (safe_lshift_func_int16_t_s_s((-9L), 7))) || p_34) == l_467) , 1L), l_449)), p_34)) | 8L) && 1UL), g_75.f2)) >= 255UL)) & 0x8B35FB31L) || g_147), g_140[0])), 12)))), p_34)) , l_451) && p_34) , l_467) | 0L) > 4UL))) & 0x56F1L)) || 0L) && l_516[1][2])), 0L)) && p_34);
            (*l_40) ^= (l_517 != (void*)0);
            ++l_537[1];
        }
        l_540--;
    }
    return p_34;
}


/* ------------------------------------------ */
/* 
 * reads : g_60 g_47 g_37 g_19 g_75.f2 g_98 g_99.f1 g_91 g_92 g_75.f0 g_119
 * writes: g_60 g_75 g_80 g_91 g_119
 */
static int32_t  func_55(int32_t  p_56)
{ /* block id: 11 */
    int32_t *l_59 = &g_60[2];
    int32_t *l_63[3][6] = {{&g_60[2],&g_60[1],&g_60[2],&g_60[1],&g_60[2],&g_60[1]},{&g_60[2],&g_60[1],&g_60[2],&g_60[1],&g_60[2],&g_60[1]},{&g_60[2],&g_60[1],&g_60[2],&g_60[1],&g_60[2],&g_60[1]}};
    uint32_t l_64 = 18446744073709551612UL;
    struct S0 l_72 = {255UL,65535UL,4294967290UL,0x75L};
    struct S0 *l_73 = &l_72;
    struct S0 *l_74 = &g_75;
    int32_t **l_121 = &l_63[1][3];
    int i, j;
    for (p_56 = 15; (p_56 == (-5)); p_56 = safe_sub_func_int16_t_s_s(p_56, 4))
    { /* block id: 14 */
        int32_t **l_61 = (void*)0;
        int32_t **l_62 = &l_59;
        if (((((*l_62) = l_59) == l_63[1][5]) == 0L))
        { /* block id: 16 */
            l_64++;
            g_60[1] = p_56;
        }
        else
        { /* block id: 19 */
            return p_56;
        }
    }
    (*l_121) = func_67(p_56, ((*l_74) = ((*l_73) = l_72)), ((((safe_sub_func_uint64_t_u_u(g_60[2], (safe_div_func_uint64_t_u_u(((0L || (g_80 = (&g_36 != (void*)0))) , (safe_add_func_int64_t_s_s((p_56 >= (255UL && g_47[1])), g_47[1]))), g_37[0])))) && g_47[0]) | 7L) , g_60[1]), g_47[1]);
    for (g_75.f2 = 0; (g_75.f2 > 12); g_75.f2++)
    { /* block id: 41 */
        (*l_121) = (*l_121);
    }
    return p_56;
}


/* ------------------------------------------ */
/* 
 * reads : g_19 g_75.f2 g_98 g_99.f1 g_91 g_92 g_75.f0 g_47 g_119
 * writes: g_91 g_75.f3 g_75.f2 g_60 g_119
 */
static int32_t * func_67(uint32_t  p_68, struct S0  p_69, int32_t  p_70, uint32_t  p_71)
{ /* block id: 26 */
    int32_t **l_83 = (void*)0;
    int32_t *l_85 = &g_60[1];
    int32_t **l_84 = &l_85;
    int32_t ***l_90[4] = {&l_83,&l_83,&l_83,&l_83};
    int8_t *l_93 = &g_75.f3;
    uint32_t *l_94 = &g_75.f2;
    const struct S0 l_97 = {1UL,65529UL,0x4D5381D8L,-1L};
    int32_t l_104 = 0x1CB01B09L;
    uint8_t l_118 = 0x4FL;
    int32_t *l_120 = &g_60[2];
    int i;
    (*l_84) = &p_70;
    l_104 &= (&g_60[2] != (((((((p_69.f0++) || ((*l_93) = (((g_91 = &l_85) != &g_92) , g_19))) , ((*l_94)++)) & ((l_97 , g_98) == &g_99[3][0][1])) , ((*l_85) , ((safe_mod_func_int32_t_s_s((safe_rshift_func_int8_t_s_u((-8L), 6)), p_69.f2)) , g_99[3][0][1].f1))) ^ 4294967295UL) , (*g_91)));
    g_119 &= (safe_mul_func_int8_t_s_s(((0xB1975C8FL == (g_60[2] = (p_70 = (-2L)))) >= (safe_sub_func_int64_t_s_s((safe_lshift_func_uint16_t_u_u((((!(g_75.f2 ^ 1UL)) && (p_71 < p_71)) != ((safe_add_func_uint32_t_u_u(5UL, (p_69.f3 > ((safe_sub_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s(((*l_93) = l_118), g_99[3][0][1].f1)) == p_68), 0x12L)) , g_75.f0)))) && p_69.f3)), p_69.f1)), 1L))), g_47[1]));
    return l_120;
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
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_37[i], "g_37[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_47[i], "g_47[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_48, "g_48", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_60[i], "g_60[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_75.f0, "g_75.f0", print_hash_value);
    transparent_crc(g_75.f1, "g_75.f1", print_hash_value);
    transparent_crc(g_75.f2, "g_75.f2", print_hash_value);
    transparent_crc(g_75.f3, "g_75.f3", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_99[i][j][k].f0, "g_99[i][j][k].f0", print_hash_value);
                transparent_crc(g_99[i][j][k].f1, "g_99[i][j][k].f1", print_hash_value);
                transparent_crc(g_99[i][j][k].f2, "g_99[i][j][k].f2", print_hash_value);
                transparent_crc(g_99[i][j][k].f3, "g_99[i][j][k].f3", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_119, "g_119", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_140[i], "g_140[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_147, "g_147", print_hash_value);
    transparent_crc(g_153, "g_153", print_hash_value);
    transparent_crc(g_285, "g_285", print_hash_value);
    transparent_crc(g_520, "g_520", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_584[i], "g_584[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_644, "g_644", print_hash_value);
    transparent_crc(g_676, "g_676", print_hash_value);
    transparent_crc(g_804, "g_804", print_hash_value);
    transparent_crc(g_840, "g_840", print_hash_value);
    transparent_crc(g_851, "g_851", print_hash_value);
    transparent_crc(g_885, "g_885", print_hash_value);
    transparent_crc(g_947, "g_947", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_1039[i][j][k], "g_1039[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1198, "g_1198", print_hash_value);
    transparent_crc(g_1385, "g_1385", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 409
   depth: 1, occurrence: 19
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 0
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 0
breakdown:
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 0
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 0
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 0

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 159
   depth: 2, occurrence: 35
   depth: 4, occurrence: 2
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 15, occurrence: 2
   depth: 18, occurrence: 2
   depth: 19, occurrence: 4
   depth: 20, occurrence: 3
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 23, occurrence: 1
   depth: 24, occurrence: 2
   depth: 28, occurrence: 2
   depth: 29, occurrence: 2
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 38, occurrence: 2

XXX total number of pointers: 298

XXX times a variable address is taken: 482
XXX times a pointer is dereferenced on RHS: 153
breakdown:
   depth: 1, occurrence: 114
   depth: 2, occurrence: 23
   depth: 3, occurrence: 11
   depth: 4, occurrence: 5
XXX times a pointer is dereferenced on LHS: 186
breakdown:
   depth: 1, occurrence: 160
   depth: 2, occurrence: 18
   depth: 3, occurrence: 6
   depth: 4, occurrence: 2
XXX times a pointer is compared with null: 29
XXX times a pointer is compared with address of another variable: 5
XXX times a pointer is compared with another pointer: 9
XXX times a pointer is qualified to be dereferenced: 5221

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 557
   level: 2, occurrence: 205
   level: 3, occurrence: 137
   level: 4, occurrence: 80
   level: 5, occurrence: 12
XXX number of pointers point to pointers: 120
XXX number of pointers point to scalars: 165
XXX number of pointers point to structs: 13
XXX percent of pointers has null in alias set: 30.9
XXX average alias set size: 1.3

XXX times a non-volatile is read: 1310
XXX times a non-volatile is write: 640
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 5

XXX stmts: 147
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 25
   depth: 1, occurrence: 22
   depth: 2, occurrence: 31
   depth: 3, occurrence: 29
   depth: 4, occurrence: 19
   depth: 5, occurrence: 21

XXX percentage a fresh-made variable is used: 16.7
XXX percentage an existing variable is used: 83.3
********************* end of statistics **********************/

