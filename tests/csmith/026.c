/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 29 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      29
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   const uint8_t  f0;
   uint8_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x2C70BB74L;
static int32_t g_6 = 0x5E00FE1CL;
static const int32_t g_46 = 0xA812C005L;
static uint32_t g_53 = 0xE214356EL;
static int64_t g_56 = (-1L);
static uint8_t g_85 = 0xF4L;
static uint16_t g_92 = 0x04DDL;
static int16_t g_107 = 0xF6A7L;
static int32_t g_111 = 0xD9D018D1L;
static float g_113[2] = {0x4.Dp+1,0x4.Dp+1};
static union U0 g_129 = {1UL};
static float g_131 = 0x7.7p-1;
static int16_t g_132 = 7L;
static uint32_t g_143 = 5UL;
static uint32_t g_149 = 0xE7310FB7L;
static uint64_t g_163 = 0x8E78D8C438F6180BLL;
static uint64_t *g_173 = (void*)0;
static uint8_t *g_180 = &g_129.f1;
static uint64_t g_187 = 1UL;
static float g_188 = 0xB.57B996p-17;
static uint16_t g_189 = 0x30B4L;
static int32_t g_190[5][5][2] = {{{0x94D60890L,0x9BCEA6A7L},{(-3L),(-10L)},{(-3L),0x9BCEA6A7L},{0x94D60890L,0x8D307443L},{0x9BCEA6A7L,0x2624CEE3L}},{{0x875C3FA4L,0x80A48E4EL},{0x8D307443L,0xB429FF7DL},{0xB429FF7DL,0xB429FF7DL},{0x8D307443L,0x80A48E4EL},{0x875C3FA4L,0x2624CEE3L}},{{0x9BCEA6A7L,0x8D307443L},{0x94D60890L,0x9BCEA6A7L},{(-3L),(-10L)},{(-3L),0x9BCEA6A7L},{0x94D60890L,0x8D307443L}},{{0x9BCEA6A7L,0x2624CEE3L},{0x875C3FA4L,0x80A48E4EL},{0x8D307443L,0xB429FF7DL},{0xB429FF7DL,0xB429FF7DL},{0x8D307443L,0x80A48E4EL}},{{0x875C3FA4L,0x2624CEE3L},{0x9BCEA6A7L,0x8D307443L},{0x875C3FA4L,(-10L)},{0x80A48E4EL,1L},{0x80A48E4EL,(-10L)}}};
static uint64_t g_191[7][10] = {{18446744073709551615UL,0xEC4C324AB99CF72CLL,0xEC4C324AB99CF72CLL,18446744073709551615UL,2UL,18446744073709551615UL,0UL,0x1B690FF0A8A3E14BLL,0xC640611769B01DD7LL,0x9EEFC36F8D392A8ALL},{0xD7AEA954584B11E5LL,0xA6AB53605F433CC5LL,0xC640611769B01DD7LL,0UL,0xEC4C324AB99CF72CLL,0xAB325749A0BCAFD4LL,0xEC4C324AB99CF72CLL,0UL,0xC640611769B01DD7LL,0xA6AB53605F433CC5LL},{1UL,0x42755BC84996A269LL,0xD0F75635FBB508EALL,18446744073709551615UL,0x287FB009034FE3EFLL,18446744073709551608UL,18446744073709551615UL,0xC640611769B01DD7LL,2UL,2UL},{0x42755BC84996A269LL,0x9EEFC36F8D392A8ALL,18446744073709551608UL,0xAB325749A0BCAFD4LL,0xAB325749A0BCAFD4LL,18446744073709551608UL,0x9EEFC36F8D392A8ALL,0x42755BC84996A269LL,18446744073709551615UL,18446744073709551615UL},{1UL,0xD0F75635FBB508EALL,0UL,0x42755BC84996A269LL,7UL,0xAB325749A0BCAFD4LL,0x1B690FF0A8A3E14BLL,18446744073709551615UL,0x1B690FF0A8A3E14BLL,0xAB325749A0BCAFD4LL},{0xD7AEA954584B11E5LL,7UL,0UL,7UL,0xD7AEA954584B11E5LL,18446744073709551615UL,18446744073709551615UL,0x42755BC84996A269LL,0x9EEFC36F8D392A8ALL,18446744073709551608UL},{18446744073709551615UL,0x287FB009034FE3EFLL,18446744073709551608UL,18446744073709551615UL,0xC640611769B01DD7LL,2UL,2UL,0xC640611769B01DD7LL,18446744073709551615UL,18446744073709551608UL}};
static int32_t g_216 = 0L;
static uint16_t *g_227 = &g_189;
static int32_t *g_265[7] = {&g_216,&g_216,&g_216,&g_216,&g_216,&g_216,&g_216};
static int32_t **g_264 = &g_265[4];
static int32_t *** const g_263 = &g_264;
static int32_t g_315 = 0xAE0A8059L;
static int16_t g_369 = (-5L);
static uint16_t *g_398 = (void*)0;
static uint32_t g_432 = 1UL;
static float *g_435 = &g_188;
static float **g_434 = &g_435;
static uint8_t **g_443 = &g_180;
static uint8_t ***g_442 = &g_443;
static uint8_t ****g_441 = &g_442;
static uint64_t **g_451 = (void*)0;
static uint64_t g_520 = 2UL;
static int32_t *g_523[8][10] = {{&g_6,(void*)0,(void*)0,&g_6,&g_6,&g_216,&g_216,&g_315,&g_216,&g_315},{&g_216,&g_315,&g_111,&g_315,&g_216,&g_216,&g_315,&g_111,&g_315,&g_216},{&g_6,&g_6,&g_216,&g_111,(void*)0,&g_315,(void*)0,&g_315,&g_6,&g_216},{&g_216,(void*)0,&g_315,&g_6,(void*)0,&g_6,&g_315,(void*)0,&g_216,&g_216},{(void*)0,(void*)0,&g_6,&g_6,&g_216,&g_216,&g_315,&g_216,&g_315,&g_315},{&g_6,&g_6,&g_315,&g_6,&g_6,&g_315,&g_6,&g_6,&g_216,&g_315},{&g_6,&g_216,(void*)0,&g_6,&g_111,&g_315,&g_6,&g_6,&g_6,&g_6},{&g_6,&g_6,(void*)0,&g_111,(void*)0,&g_6,&g_6,&g_6,&g_315,(void*)0}};
static int64_t g_530 = 0x168A38C5895F3D7DLL;
static uint32_t g_586[10][3][8] = {{{4294967295UL,0x5F20380CL,7UL,0xB97325D1L,9UL,9UL,0xB97325D1L,7UL},{4294967288UL,4294967288UL,0x6CFFCD64L,4294967295UL,0x0FAA4D96L,0xACA42A7CL,0x5C836009L,0UL},{4294967295UL,4294967295UL,0xE02E30DDL,0x3D588EEBL,0x5F20380CL,9UL,1UL,0UL}},{{4294967295UL,0x5C836009L,1UL,4294967295UL,0xA74F66A7L,0x5F20380CL,4294967295UL,0UL},{1UL,0xE27E6D2EL,0x68671522L,9UL,4294967295UL,9UL,0x68671522L,0xE27E6D2EL},{0xC02810FAL,9UL,9UL,0x0FAA4D96L,0x5F20380CL,0UL,4294967288UL,0x5B5A4A36L}},{{1UL,0xA74F66A7L,4294967295UL,0x5F20380CL,0xC02810FAL,0xACA42A7CL,4294967288UL,1UL},{0x6CFFCD64L,0x5F20380CL,9UL,0UL,0xACA42A7CL,4294967295UL,0x68671522L,4294967288UL},{0xACA42A7CL,4294967295UL,0x68671522L,4294967288UL,4294967288UL,0x68671522L,4294967295UL,0xACA42A7CL}},{{0xB97325D1L,0UL,0xE27E6D2EL,0x5B5A4A36L,1UL,4294967288UL,0xACA42A7CL,0xC02810FAL},{4294967288UL,0x68671522L,1UL,0x3D588EEBL,0x5B5A4A36L,4294967288UL,0UL,0x5F20380CL},{0xE02E30DDL,0UL,4294967288UL,1UL,0xE27E6D2EL,0x68671522L,9UL,4294967295UL}},{{0x5F20380CL,4294967295UL,0UL,0x68671522L,0UL,4294967295UL,0x5F20380CL,0xA74F66A7L},{0xEC59D11CL,0x5F20380CL,0xE02E30DDL,4294967288UL,0xB97325D1L,0xACA42A7CL,0x6CFFCD64L,1UL},{0xE27E6D2EL,0xA74F66A7L,4294967288UL,4294967288UL,0xB97325D1L,0UL,4294967295UL,0x68671522L}},{{0xEC59D11CL,9UL,4294967289UL,1UL,0UL,9UL,0x3D588EEBL,0x3D588EEBL},{0x5F20380CL,0xE27E6D2EL,7UL,7UL,0xE27E6D2EL,0x5F20380CL,4294967289UL,0x6CFFCD64L},{0xE02E30DDL,0UL,0xC02810FAL,0UL,0x5B5A4A36L,0x6CFFCD64L,0xEC59D11CL,0x9296F2ACL}},{{4294967288UL,0x0FAA4D96L,0xA74F66A7L,0UL,1UL,4294967295UL,0xB97325D1L,0x6CFFCD64L},{0xB97325D1L,1UL,0xACA42A7CL,7UL,4294967288UL,0x3D588EEBL,9UL,0x3D588EEBL},{0xACA42A7CL,1UL,0xEC59D11CL,1UL,0xACA42A7CL,4294967289UL,0x9296F2ACL,0x68671522L}},{{0x6CFFCD64L,9UL,4294967295UL,4294967288UL,0xC02810FAL,0xEC59D11CL,4294967288UL,1UL},{1UL,0x5C836009L,4294967295UL,4294967288UL,0x5F20380CL,0xB97325D1L,0x9296F2ACL,0xA74F66A7L},{0xC02810FAL,0xE02E30DDL,0xEC59D11CL,0x68671522L,4294967295UL,9UL,9UL,4294967295UL}},{{1UL,0xACA42A7CL,0xACA42A7CL,1UL,0xA74F66A7L,0x9296F2ACL,0xB97325D1L,0x5F20380CL},{0x0FAA4D96L,4294967295UL,0xA74F66A7L,0x3D588EEBL,1UL,4294967288UL,0xEC59D11CL,0xC02810FAL},{9UL,4294967295UL,0xC02810FAL,0x5B5A4A36L,0x68671522L,0x9296F2ACL,4294967289UL,0xACA42A7CL}},{{1UL,0xACA42A7CL,0UL,4294967295UL,0xC02810FAL,0x6CFFCD64L,0xC02810FAL,4294967295UL},{4294967288UL,1UL,4294967288UL,0xA74F66A7L,4294967288UL,9UL,0xEC59D11CL,4294967295UL},{0x5B5A4A36L,0UL,4294967295UL,1UL,0x5C836009L,4294967295UL,4294967288UL,0x5F20380CL}}};
static uint8_t g_599 = 0x13L;
static uint8_t g_621 = 0x48L;
static const int64_t g_692 = 0xD1BC175933022883LL;
static const int64_t *g_691 = &g_692;
static int32_t ** const g_719 = &g_523[6][1];
static float g_781 = (-0x3.Cp-1);
static float g_831 = (-0x1.Cp+1);
static float *****g_840 = (void*)0;
static uint64_t * const *g_858 = (void*)0;
static uint64_t * const * const *g_857[7][9][4] = {{{&g_858,&g_858,(void*)0,(void*)0},{&g_858,&g_858,&g_858,(void*)0},{&g_858,(void*)0,&g_858,&g_858},{&g_858,(void*)0,&g_858,&g_858},{&g_858,&g_858,&g_858,&g_858},{(void*)0,&g_858,(void*)0,&g_858},{&g_858,(void*)0,&g_858,(void*)0},{&g_858,(void*)0,(void*)0,&g_858},{(void*)0,&g_858,(void*)0,&g_858}},{{&g_858,&g_858,&g_858,&g_858},{&g_858,(void*)0,(void*)0,&g_858},{&g_858,(void*)0,&g_858,(void*)0},{(void*)0,&g_858,&g_858,(void*)0},{&g_858,&g_858,(void*)0,&g_858},{(void*)0,(void*)0,&g_858,&g_858},{(void*)0,&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858,&g_858},{(void*)0,(void*)0,&g_858,(void*)0}},{{&g_858,(void*)0,(void*)0,&g_858},{&g_858,&g_858,&g_858,&g_858},{&g_858,&g_858,(void*)0,(void*)0},{(void*)0,&g_858,(void*)0,&g_858},{&g_858,(void*)0,&g_858,&g_858},{&g_858,&g_858,(void*)0,(void*)0},{(void*)0,&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858,(void*)0}},{{&g_858,(void*)0,&g_858,&g_858},{&g_858,&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858,&g_858},{(void*)0,(void*)0,&g_858,&g_858},{&g_858,&g_858,(void*)0,(void*)0},{&g_858,&g_858,&g_858,(void*)0},{&g_858,(void*)0,&g_858,&g_858},{&g_858,(void*)0,&g_858,&g_858},{&g_858,&g_858,&g_858,&g_858}},{{(void*)0,&g_858,(void*)0,&g_858},{&g_858,(void*)0,&g_858,(void*)0},{&g_858,(void*)0,(void*)0,&g_858},{(void*)0,&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858,&g_858},{&g_858,(void*)0,(void*)0,&g_858},{&g_858,(void*)0,(void*)0,(void*)0},{&g_858,&g_858,&g_858,(void*)0},{&g_858,&g_858,(void*)0,(void*)0}},{{(void*)0,(void*)0,&g_858,(void*)0},{(void*)0,&g_858,(void*)0,&g_858},{&g_858,(void*)0,&g_858,(void*)0},{&g_858,&g_858,(void*)0,&g_858},{&g_858,(void*)0,&g_858,&g_858},{&g_858,&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858,&g_858},{(void*)0,&g_858,(void*)0,(void*)0},{&g_858,&g_858,&g_858,(void*)0}},{{&g_858,&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858,&g_858},{(void*)0,(void*)0,&g_858,&g_858},{&g_858,&g_858,&g_858,(void*)0},{(void*)0,(void*)0,&g_858,&g_858},{(void*)0,&g_858,&g_858,(void*)0},{&g_858,(void*)0,&g_858,(void*)0},{(void*)0,&g_858,&g_858,(void*)0}}};
static union U0 *g_873[7] = {(void*)0,&g_129,&g_129,(void*)0,&g_129,&g_129,(void*)0};
static union U0 ** const g_872[3] = {&g_873[1],&g_873[1],&g_873[1]};
static const int32_t ***g_887 = (void*)0;
static int32_t ***g_899 = (void*)0;
static int32_t ****g_898 = &g_899;
static int8_t g_908 = 0L;
static int8_t *g_907 = &g_908;
static uint64_t *g_961 = (void*)0;
static uint32_t g_1017 = 1UL;
static int64_t *g_1059 = &g_530;
static int16_t *g_1096 = &g_132;
static int16_t **g_1095 = &g_1096;
static uint8_t g_1112[10][6] = {{0xA6L,1UL,255UL,1UL,1UL,0xFDL},{0xA6L,254UL,255UL,255UL,254UL,0xA6L},{255UL,1UL,255UL,255UL,1UL,255UL},{0xA6L,253UL,0x0FL,1UL,1UL,0xCAL},{0xA6L,0x99L,1UL,255UL,0x99L,255UL},{255UL,1UL,0xFDL,255UL,0xB4L,255UL},{0xA6L,1UL,0xA6L,1UL,253UL,255UL},{0xA6L,0x94L,255UL,255UL,0x94L,0x0FL},{255UL,0xB4L,0xCAL,255UL,1UL,1UL},{0xA6L,1UL,255UL,1UL,1UL,0xFDL}};
static uint32_t g_1113 = 0x9D6D64D5L;
static uint8_t g_1145 = 254UL;
static uint64_t g_1146 = 2UL;
static int8_t **g_1199 = (void*)0;
static int8_t ***g_1198[9][2] = {{&g_1199,&g_1199},{&g_1199,&g_1199},{&g_1199,&g_1199},{&g_1199,&g_1199},{&g_1199,&g_1199},{&g_1199,&g_1199},{&g_1199,&g_1199},{&g_1199,&g_1199},{&g_1199,&g_1199}};
static const int32_t g_1254 = 1L;
static uint8_t g_1438[1][2][3] = {{{0x02L,248UL,0x02L},{0x02L,248UL,0x02L}}};
static uint8_t g_1453 = 255UL;
static int16_t g_1526 = 0L;
static uint64_t ***g_1544 = &g_451;
static uint64_t ****g_1543 = &g_1544;
static uint64_t *****g_1542 = &g_1543;
static int16_t g_1605 = 0x80A2L;
static const int32_t **g_1618 = (void*)0;
static int32_t *g_1634 = &g_111;
static uint16_t g_1666 = 65534UL;
static int32_t g_1741 = (-1L);
static int32_t g_1742 = 1L;
static int32_t g_1743 = 0L;
static int32_t g_1744 = 0xF42E15B9L;
static uint32_t g_1802 = 0UL;
static const uint32_t g_1864 = 0x0C475AF4L;
static uint8_t *****g_1897 = &g_441;
static float ***g_1914 = &g_434;
static float ****g_1913 = &g_1914;
static int32_t *g_1958 = (void*)0;
static int64_t g_1995 = 1L;
static int32_t *****g_2007[7] = {&g_898,&g_898,&g_898,&g_898,&g_898,&g_898,&g_898};
static uint64_t g_2058 = 0xE35D009ACAFA2874LL;
static int64_t ***g_2084 = (void*)0;
static int64_t ****g_2083 = &g_2084;
static uint16_t g_2124[8] = {0x3747L,0x3747L,65527UL,0x3747L,0x3747L,65527UL,0x3747L,1UL};
static uint64_t * const g_2184[4][2] = {{&g_191[0][3],&g_191[0][3]},{&g_191[0][3],&g_191[0][3]},{&g_191[0][3],&g_191[0][3]},{&g_191[0][3],&g_191[0][3]}};
static int32_t * const ** const *g_2231[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
static int32_t g_2241[6] = {0xD01B6811L,2L,0xD01B6811L,0xD01B6811L,2L,0xD01B6811L};
static int8_t g_2327 = (-7L);
static uint16_t g_2337[7][1][2] = {{{65534UL,0xDB4BL}},{{0xDB4BL,65534UL}},{{0xDB4BL,0xDB4BL}},{{65534UL,0xDB4BL}},{{0xDB4BL,65534UL}},{{0xDB4BL,0xDB4BL}},{{65534UL,0xDB4BL}}};
static const int8_t g_2379 = 0x96L;
static union U0 g_2642 = {0UL};
static uint32_t g_2728 = 0UL;
static int64_t * const *g_2911 = (void*)0;
static int64_t * const **g_2910[10] = {&g_2911,&g_2911,&g_2911,&g_2911,&g_2911,&g_2911,&g_2911,&g_2911,&g_2911,&g_2911};
static int64_t * const ***g_2909 = &g_2910[4];
static float g_2921 = 0x0.0p+1;
static uint8_t *g_2945 = &g_621;
static const uint8_t *g_2947 = &g_85;
static uint16_t **g_2980 = (void*)0;
static uint16_t ***g_2979 = &g_2980;
static uint16_t ****g_2978 = &g_2979;
static int32_t g_2986[6] = {(-6L),(-6L),(-6L),(-6L),(-6L),(-6L)};
static int8_t g_3058 = 0L;
static uint32_t g_3069 = 0x78A83B81L;
static const uint16_t g_3085 = 65535UL;
static const float g_3188[4] = {0x1.Bp+1,0x1.Bp+1,0x1.Bp+1,0x1.Bp+1};
static uint8_t g_3368 = 0xBDL;
static int8_t ****g_3402 = &g_1198[1][1];
static int8_t *****g_3401 = &g_3402;
static uint32_t g_3428 = 1UL;
static uint32_t g_3480[3][1] = {{1UL},{1UL},{1UL}};
static uint32_t g_3529 = 2UL;
static uint32_t g_3551 = 0xA92422F1L;
static union U0 **g_3565[3] = {&g_873[1],&g_873[1],&g_873[1]};
static union U0 g_3574[4] = {{0x32L},{0x32L},{0x32L},{0x32L}};
static const float g_3679 = 0x0.13B403p-76;
static union U0 g_3683 = {251UL};
static int8_t g_3691 = 0xB6L;
static int64_t g_3695[8] = {0x57E49A785440A426LL,0x85AD61EE81A7D60FLL,0x85AD61EE81A7D60FLL,0x57E49A785440A426LL,0x85AD61EE81A7D60FLL,0x85AD61EE81A7D60FLL,0x57E49A785440A426LL,0x85AD61EE81A7D60FLL};
static int8_t g_3702 = 0xEDL;
static int16_t g_3704 = 0x685EL;
static int8_t g_3747 = (-7L);
static const uint64_t **g_3782 = (void*)0;
static const uint64_t ***g_3781[1][8][4] = {{{&g_3782,&g_3782,&g_3782,&g_3782},{&g_3782,&g_3782,&g_3782,&g_3782},{(void*)0,&g_3782,(void*)0,&g_3782},{(void*)0,&g_3782,&g_3782,(void*)0},{&g_3782,&g_3782,&g_3782,&g_3782},{&g_3782,&g_3782,&g_3782,&g_3782},{&g_3782,&g_3782,&g_3782,&g_3782},{(void*)0,&g_3782,(void*)0,&g_3782}}};
static int16_t ***g_3919 = &g_1095;
static int16_t *** const * const g_3918[10] = {(void*)0,&g_3919,(void*)0,(void*)0,&g_3919,(void*)0,(void*)0,&g_3919,(void*)0,(void*)0};
static uint32_t *g_3969 = &g_2728;
static uint32_t **g_3968 = &g_3969;
static union U0 g_4021 = {0x2EL};
static uint16_t g_4056 = 0x88BEL;
static float g_4095 = 0x9.0p-1;
static uint32_t g_4190[8][3][10] = {{{1UL,0xEB518AC1L,0UL,0x6AA02424L,0UL,0xD4A83385L,0x4554F76AL,7UL,0x9BC29339L,8UL},{4294967295UL,0UL,4294967295UL,0xB41848C9L,1UL,1UL,0x72C828AAL,0xB27FFBB9L,0UL,0UL},{4294967295UL,7UL,0UL,1UL,1UL,0x12843C6AL,0UL,4294967295UL,0x53E376AAL,0x43A6E4AAL}},{{0xB6DE2392L,0x25AF76CEL,0x9713C050L,0x12843C6AL,0x89B9AA19L,0UL,0x89B9AA19L,0x12843C6AL,0x9713C050L,0x25AF76CEL},{0x166A820BL,0xB27FFBB9L,0UL,1UL,0x4554F76AL,4294967293UL,0x9713C050L,0x166A820BL,4294967295UL,0xB41848C9L},{0x0F93D7AAL,0x53E376AAL,0x49E31EF6L,7UL,1UL,4294967293UL,0UL,0x842DA553L,0xD4A83385L,0x49E31EF6L}},{{0x166A820BL,0UL,0x191AED7AL,0x842DA553L,4294967295UL,0UL,1UL,1UL,0x89B9AA19L,0x4554F76AL},{0xB6DE2392L,0xEB518AC1L,0x72C828AAL,0UL,7UL,0x12843C6AL,0x49E31EF6L,2UL,0x72C828AAL,0x4554F76AL},{0x9BC29339L,4294967292UL,0x0F93D7AAL,0x191AED7AL,1UL,1UL,0x191AED7AL,0x0F93D7AAL,4294967292UL,0x9BC29339L}},{{0x842DA553L,0UL,0x8FE536C2L,0xB41848C9L,8UL,0xB27FFBB9L,0x9BC29339L,0UL,0x25AF76CEL,4UL},{1UL,7UL,1UL,0UL,8UL,0x6AA02424L,4294967286UL,4294967295UL,0xEB518AC1L,0x9BC29339L},{8UL,0x9BC29339L,1UL,4294967290UL,1UL,0x49E31EF6L,1UL,8UL,0UL,0x4554F76AL}},{{0UL,0x9713C050L,0UL,4294967295UL,0UL,1UL,0x492089DDL,4294967293UL,0UL,0UL},{0xDEA03BE9L,4UL,0x43A6E4AAL,0UL,0xB6DE2392L,0UL,0x43A6E4AAL,4UL,0xDEA03BE9L,0x89B9AA19L},{0x9713C050L,8UL,0x191AED7AL,0x800FB962L,0x6AA02424L,0UL,0UL,0xB27FFBB9L,0x72C828AAL,1UL}},{{1UL,0xDEA03BE9L,0xEB518AC1L,0x800FB962L,0UL,1UL,0x4554F76AL,7UL,0xDEA03BE9L,0x0F93D7AAL},{0UL,0xB27FFBB9L,0x8FE536C2L,0UL,4294967286UL,4294967295UL,0x0F93D7AAL,0xEB518AC1L,0UL,4UL},{0xB27FFBB9L,0xEB518AC1L,0x842DA553L,4294967295UL,4294967295UL,8UL,4294967286UL,1UL,0UL,0UL}},{{0x8FE536C2L,0x842DA553L,0x4554F76AL,4294967290UL,4294967290UL,0x4554F76AL,0x842DA553L,0x8FE536C2L,0xEB518AC1L,0x191AED7AL},{0UL,4294967295UL,4294967290UL,0UL,0xB41848C9L,0x191AED7AL,1UL,4294967293UL,0x25AF76CEL,4294967290UL},{4294967286UL,4294967295UL,4294967290UL,0xB41848C9L,0xB6DE2392L,4294967293UL,0x166A820BL,0x8FE536C2L,4294967292UL,0UL}},{{4294967295UL,8UL,0x4554F76AL,0x191AED7AL,4294967293UL,4294967295UL,1UL,1UL,0x72C828AAL,1UL},{0x0F93D7AAL,4294967286UL,0x842DA553L,1UL,0x166A820BL,1UL,1UL,0xEB518AC1L,4294967286UL,0xEB518AC1L},{0xEB518AC1L,1UL,0x8FE536C2L,4294967293UL,0x8FE536C2L,1UL,0xEB518AC1L,7UL,0xB27FFBB9L,4UL}}};
static float g_4252[4][9][7] = {{{0x4.6p+1,0x6.Ap+1,0x7.A8C589p-78,0xF.03AB8Fp-8,0x7.622FAEp-85,0x6.8p-1,0x2.6FA503p+36},{0x5.Dp+1,0x3.8AA306p-96,0x0.3p+1,(-0x1.Ap-1),(-0x5.2p+1),(-0x1.Dp+1),0xB.2394B2p+7},{0xB.F767ACp+12,0x2.23B097p+65,0x1.Cp-1,0x1.Cp-1,0x2.23B097p+65,0xB.F767ACp+12,0x5.AB20B4p+77},{0x5.9p+1,(-0x6.5p+1),0x0.8p-1,(-0x3.6p-1),0x5.60CD59p-44,(-0x1.1p+1),0x5.Dp+1},{0x6.A94B1Dp-6,0x6.8p-1,0x0.2p-1,0x1.Cp-1,(-0x2.0p-1),0x1.Ep+1,0x1.Cp-1},{0xE.9B625Ap+40,0x1.7p+1,0x5.ABC624p-47,0x5.Fp+1,0x0.3p+1,(-0x2.8p+1),(-0x9.2p+1)},{0x8.ACF453p+52,0x6.A94B1Dp-6,0x4.6p+1,0x6.A94B1Dp-6,0x8.ACF453p+52,0x6.Ap+1,0xB.F767ACp+12},{0x6.3FC9B2p+56,(-0x2.8p+1),0x5.4E617Fp-26,(-0x1.Dp+1),0xB.85B7B2p+96,(-0x1.1p+1),0x6.3FC9B2p+56},{0x2.5p+1,0x0.5p-1,0x6.8p-1,(-0x2.0p-1),0xB.F767ACp+12,0x1.AD6314p+57,0xC.4D2B98p+82}},{{0x6.3FC9B2p+56,(-0x1.Dp+1),0x8.4p+1,0x0.0EA227p+6,0x1.Dp-1,0x9.20D5C8p-75,0x1.Dp-1},{0x8.ACF453p+52,0xC.4D2B98p+82,0xC.4D2B98p+82,0x8.ACF453p+52,0x1.AD6314p+57,0x2.5p+1,0x5.AB20B4p+77},{0xE.9B625Ap+40,0x0.8p-1,0x1.7p-1,0x5.7FB411p+48,(-0x6.Fp-1),0xB.763C6Fp+58,0x0.8p-1},{0x6.A94B1Dp-6,(-0x1.Dp-1),0x4.6p+1,0xB.F767ACp+12,0xB.18BF03p+72,0x4.6p+1,0x5.AB20B4p+77},{(-0x5.2p+1),(-0x1.1p+1),0xE.9B625Ap+40,0xE.8EC47Cp-47,0xB.85B7B2p+96,0x5.7FB411p+48,0x1.Dp-1},{0x3.A14BF4p+76,0x8.ACF453p+52,0x3.A14BF4p+76,0x1.AD6314p+57,(-0x1.Dp-1),0x7.A8C589p-78,0xC.4D2B98p+82},{0x1.1p+1,0xD.C6A6E5p-97,0x5.60CD59p-44,0x0.8p-1,0xF.6C90B3p-84,0x4.D471E8p+86,0x6.3FC9B2p+56},{0xB.F767ACp+12,0xC.4D2B98p+82,0x1.Ep+1,0xB.18BF03p+72,(-0x2.0p-1),0x7.A8C589p-78,0xB.F767ACp+12},{0x5.ABC624p-47,0x4.FB9ABCp-58,(-0x9.2p+1),0x5.7FB411p+48,0x6.3FC9B2p+56,0x5.7FB411p+48,(-0x9.2p+1)}},{{0xB.18BF03p+72,0xB.18BF03p+72,0x6.Ap+1,(-0x1.Dp-1),0x6.265196p-49,0x4.6p+1,0x1.Cp-1},{0xF.6C90B3p-84,(-0x2.8p+1),0x0.8p-1,0x1.7p+1,0x5.4E617Fp-26,0xB.763C6Fp+58,0x1.1p+1},{0x3.A14BF4p+76,0x6.265196p-49,0x1.AD6314p+57,(-0x2.0p-1),0x6.265196p-49,0x2.5p+1,0x6.8p-1},{(-0x6.Fp-1),0x0.0EA227p+6,0x5.60CD59p-44,(-0x1.8p+1),0x6.3FC9B2p+56,0x9.20D5C8p-75,0x0.3p+1},{0x1.Cp-1,0x6.8p-1,0x2.5p+1,0x6.265196p-49,(-0x2.0p-1),0x1.AD6314p+57,0x6.265196p-49},{0xE.9B625Ap+40,0x3.8AA306p-96,(-0x6.5p-1),0x5.Fp+1,0xF.6C90B3p-84,(-0x1.1p+1),(-0x9.2p+1)},{0x5.AB20B4p+77,0x1.Cp-1,0x4.6p+1,0x6.265196p-49,(-0x1.Dp-1),0x6.Ap+1,0xB.18BF03p+72},{(-0x7.8p-1),(-0x2.8p+1),0xB.85B7B2p+96,(-0x1.8p+1),0xB.85B7B2p+96,(-0x2.8p+1),(-0x7.8p-1)},{0x2.5p+1,0xB.F767ACp+12,0x7.A8C589p-78,(-0x2.0p-1),0xB.18BF03p+72,0x1.Ep+1,0xC.4D2B98p+82}},{{(-0x6.Ep-1),(-0x1.8p+1),0x8.4p+1,0x1.7p+1,(-0x6.Fp-1),0x9.20D5C8p-75,(-0x5.2p+1)},{(-0x1.Dp-1),0xC.4D2B98p+82,0x7.A8C589p-78,(-0x1.Dp-1),0x1.AD6314p+57,0x3.A14BF4p+76,0x8.ACF453p+52},{0xE.9B625Ap+40,0xE.8EC47Cp-47,0xB.85B7B2p+96,0x5.7FB411p+48,0x1.Dp-1,0x6.45F349p+45,0x0.8p-1},{0x6.265196p-49,0x5.AB20B4p+77,0x4.6p+1,0xB.18BF03p+72,0xB.F767ACp+12,0x4.6p+1,(-0x1.Dp-1)},{0x1.Dp-1,(-0x1.1p+1),0x1.7p-1,0x5.7FB411p+48,0xB.2394B2p+7,(-0x6.5p+1),0xB.85B7B2p+96},{0x7.622FAEp-85,0x6.8p-1,0x2.6FA503p+36,0x3.5A299Cp+54,0x7.A8C589p-78,0x2.Cp-1,0x2.Cp-1},{0x9.126A6Bp-26,0x1.C0274Dp-6,(-0x6.Ep-1),0x1.C0274Dp-6,0x9.126A6Bp-26,(-0x1.8p+1),0xE.9B625Ap+40},{0x2.5p+1,0x2.Cp-1,0x3.5A299Cp+54,0x3.A14BF4p+76,0x2.0B73F8p-24,0x4.6p+1,0x2.5p+1},{0x5.9p+1,0x1.9p-1,0x5.60CD59p-44,0x5.1FB419p-36,0xE.9B625Ap+40,(-0x1.Ap-1),0x4.0p+1}}};
static int64_t g_4332 = 0L;
static uint32_t g_4333 = 1UL;


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static int8_t  func_27(int32_t * const  p_28, int64_t  p_29, const uint16_t  p_30, uint64_t  p_31, float  p_32);
static int32_t * func_33(int32_t  p_34, int32_t * p_35, int32_t * p_36);
static int32_t * func_37(int32_t * p_38, const int32_t * p_39, int32_t  p_40, int16_t  p_41, int32_t * p_42);
static int32_t * func_48(const float  p_49);
static const float  func_57(const int32_t * p_58, const union U0  p_59, int32_t ** p_60, int16_t  p_61);
static int32_t ** func_63(const int32_t ** p_64, int16_t  p_65, int16_t  p_66, int32_t * p_67, float  p_68);
static int32_t * func_70(int16_t  p_71, int32_t ** const  p_72, int16_t  p_73, int8_t  p_74);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_435 g_2728 g_719 g_111 g_2909 g_2910 g_1096 g_132 g_263 g_264 g_265 g_216 g_3529 g_4333 g_1742
 * writes: g_2 g_188 g_2728 g_523 g_56 g_111 g_3529 g_4333
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    uint64_t l_20 = 0x1FDBD0176DF7E441LL;
    const int32_t *l_43 = &g_2;
    uint32_t l_47 = 18446744073709551611UL;
    int64_t l_3456 = 0xF5AC2EC8360F2A33LL;
    uint8_t *l_3465 = &g_129.f1;
    int64_t *l_3471 = &l_3456;
    union U0 l_3478 = {0UL};
    float l_3484[8] = {0x5.8p-1,0x5.8p-1,(-0x4.9p+1),0x5.8p-1,0x5.8p-1,(-0x4.9p+1),0x5.8p-1,0x5.8p-1};
    int32_t l_3494 = (-1L);
    int64_t **l_3506 = &g_1059;
    int64_t ***l_3505 = &l_3506;
    int16_t *l_3520 = &g_369;
    int32_t l_3521 = 0xB0D5C29EL;
    int32_t l_3526[7] = {0x601E74D3L,0x601E74D3L,0x601E74D3L,0x601E74D3L,0x601E74D3L,0x601E74D3L,0x601E74D3L};
    const int32_t *l_3569 = &g_1254;
    const int32_t *l_3572 = &g_1742;
    float l_3664 = 0x1.78E14Ap-92;
    union U0 *l_3682 = &g_3683;
    int64_t l_3714 = 0xDD991A477408EC55LL;
    uint64_t **l_3773 = &g_961;
    int16_t l_3822 = 0x6B79L;
    uint64_t ****l_3830 = (void*)0;
    int8_t l_3844 = 0x8BL;
    const uint32_t l_3864[10][3] = {{0x88A70D96L,0x6BAFD2C7L,4294967295UL},{0xCC1BBE98L,0xCC1BBE98L,4294967286UL},{0x88A70D96L,0x6BAFD2C7L,4294967295UL},{0xCC1BBE98L,0xCC1BBE98L,4294967286UL},{0x88A70D96L,0x6BAFD2C7L,4294967295UL},{0xCC1BBE98L,0xCC1BBE98L,4294967286UL},{0x88A70D96L,0x6BAFD2C7L,4294967295UL},{0xCC1BBE98L,0xCC1BBE98L,4294967286UL},{0x88A70D96L,0x6BAFD2C7L,4294967295UL},{0xCC1BBE98L,0xCC1BBE98L,4294967286UL}};
    uint32_t l_3877 = 0xA12C8ED0L;
    union U0 *l_3878 = &g_3574[1];
    int32_t ** const l_3898 = &g_265[2];
    float ****l_3936 = &g_1914;
    int16_t ***l_3938 = &g_1095;
    int8_t ** const l_4001 = &g_907;
    union U0 *l_4019 = &g_3683;
    const uint64_t l_4033 = 0x375C27D9A3A0B6BFLL;
    int8_t l_4116 = 0L;
    uint32_t l_4130 = 4294967295UL;
    int32_t l_4229 = 0x211DC6F1L;
    int64_t l_4247[9][4] = {{0L,0L,0x1A1DCDC8A631BD21LL,0L},{0L,0x5008CE2F7D5BEABBLL,0x1A1DCDC8A631BD21LL,0x5008CE2F7D5BEABBLL},{0L,0L,0x1A1DCDC8A631BD21LL,0L},{0L,0x5008CE2F7D5BEABBLL,0x1A1DCDC8A631BD21LL,0x5008CE2F7D5BEABBLL},{0L,0L,0x1A1DCDC8A631BD21LL,0L},{0L,0x5008CE2F7D5BEABBLL,0x1A1DCDC8A631BD21LL,0x5008CE2F7D5BEABBLL},{0L,0L,0x1A1DCDC8A631BD21LL,0L},{0L,0x5008CE2F7D5BEABBLL,0x1A1DCDC8A631BD21LL,0x5008CE2F7D5BEABBLL},{0L,0L,0x1A1DCDC8A631BD21LL,0L}};
    float l_4248 = 0x8.2AAB87p-65;
    int8_t l_4255[8][3];
    int16_t l_4313 = 1L;
    union U0 l_4319 = {0x97L};
    int16_t l_4320 = 0x9134L;
    float l_4323 = 0x2.8p-1;
    int i, j;
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 3; j++)
            l_4255[i][j] = (-4L);
    }
    for (g_2 = 0; (g_2 == 19); g_2++)
    { /* block id: 3 */
        int32_t *l_5 = &g_6;
        int32_t *l_7 = &g_6;
        int32_t *l_8 = &g_6;
        int32_t *l_9 = &g_6;
        int32_t l_10[1][10] = {{(-3L),0xFA147B80L,(-3L),0xFA147B80L,(-3L),0xFA147B80L,(-3L),0xFA147B80L,(-3L),0xFA147B80L}};
        int32_t *l_11 = (void*)0;
        int32_t *l_12 = &g_6;
        int32_t *l_13 = &l_10[0][9];
        int32_t *l_14 = &l_10[0][8];
        int32_t *l_15 = &l_10[0][6];
        int32_t *l_16 = &l_10[0][5];
        int32_t *l_17 = &g_6;
        int32_t *l_18 = &g_6;
        int32_t *l_19 = &g_6;
        const int32_t **l_44 = &l_43;
        const int32_t *l_45 = &g_46;
        int8_t l_2309 = 0x3BL;
        int i, j;
        l_20++;
    }
    (*g_435) = 0xB.07D1C5p+74;
    for (g_2728 = 0; (g_2728 <= 3); g_2728 += 1)
    { /* block id: 1572 */
        int8_t l_3464 = (-6L);
        int64_t *l_3472 = &g_56;
        int32_t ** const l_3479 = (void*)0;
        int32_t *l_3481 = &g_111;
        int32_t l_3515[6] = {0x443EAEF8L,0x443EAEF8L,0x443EAEF8L,0x443EAEF8L,0x443EAEF8L,0x443EAEF8L};
        const float l_3518[2] = {0xB.8400C7p-56,0xB.8400C7p-56};
        int16_t *l_3519 = &g_107;
        uint16_t *l_3522 = (void*)0;
        uint16_t *l_3523 = &g_1666;
        int32_t l_3525 = (-1L);
        int32_t l_3527 = 0x3F191A36L;
        int32_t l_3528 = 2L;
        float l_3539[7];
        union U0 l_3575 = {0x57L};
        uint16_t l_3602 = 0xF70DL;
        const int32_t *l_3619 = &g_111;
        uint64_t l_3660 = 0x04BA4187D927E52ALL;
        int32_t l_3701 = 0xEA26749CL;
        int32_t l_3703[5][10][5];
        int16_t l_3711[2];
        int32_t l_3746 = 0xA9205FD2L;
        uint32_t l_3831[6] = {0x78EE1728L,0x78EE1728L,1UL,0x78EE1728L,0x78EE1728L,1UL};
        const union U0 *l_3852 = &g_3683;
        const union U0 **l_3851 = &l_3852;
        const union U0 *** const l_3850 = &l_3851;
        int32_t ***l_3861 = &g_264;
        uint32_t l_3874 = 0xAD699524L;
        int32_t l_3913 = 0x9A388897L;
        uint8_t l_3982 = 255UL;
        int64_t l_4000 = 0x2386BCEC9578A375LL;
        union U0 *l_4020 = &g_4021;
        int32_t *l_4025 = &g_2241[1];
        int64_t l_4055 = 4L;
        int16_t l_4062 = 1L;
        const float l_4096 = (-0x1.Fp-1);
        uint8_t l_4099 = 0xD2L;
        uint16_t l_4111 = 1UL;
        uint32_t l_4176 = 0xF2CBDED1L;
        int8_t l_4194[1];
        int32_t l_4254 = 0x3E09FFDFL;
        int8_t * const *l_4277 = &g_907;
        uint8_t l_4288 = 0x6FL;
        uint32_t l_4289 = 0x77AB75D1L;
        const uint64_t ****l_4292[9];
        const uint64_t *****l_4291 = &l_4292[5];
        uint8_t ****l_4305 = &g_442;
        uint32_t ***l_4314[3];
        int i, j, k;
        for (i = 0; i < 7; i++)
            l_3539[i] = (-0x1.Ap-1);
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 10; j++)
            {
                for (k = 0; k < 5; k++)
                    l_3703[i][j][k] = 0x2FA02178L;
            }
        }
        for (i = 0; i < 2; i++)
            l_3711[i] = 0L;
        for (i = 0; i < 1; i++)
            l_4194[i] = (-1L);
        for (i = 0; i < 9; i++)
            l_4292[i] = &g_3781[0][4][2];
        for (i = 0; i < 3; i++)
            l_4314[i] = (void*)0;
        l_43 = ((*g_719) = l_3481);
        (*l_3481) = (safe_div_func_uint64_t_u_u((*l_43), (safe_sub_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u((0x76F5306D2CCB65C6LL || ((*l_43) >= (safe_div_func_int64_t_s_s(((safe_div_func_int64_t_s_s((l_3494 = ((*l_3472) = ((*l_43) ^ (safe_unary_minus_func_uint8_t_u(0x38L))))), (safe_mul_func_int16_t_s_s((safe_lshift_func_int16_t_s_s(((safe_sub_func_int64_t_s_s((safe_mul_func_int16_t_s_s((safe_rshift_func_int16_t_s_s(((*g_2909) == l_3505), 14)), (*g_1096))), (safe_add_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s(0xC3L, (*l_3481))), (*l_43))))) , 1L), 12)), (*l_3481))))) , (*l_3481)), (*l_3481))))), (***g_263))), 0x42L))));
    }
    for (g_3529 = 23; (g_3529 == 29); g_3529++)
    { /* block id: 1894 */
        int32_t *l_4324 = (void*)0;
        int32_t *l_4325 = &g_216;
        int32_t *l_4326 = (void*)0;
        int32_t *l_4327 = &l_3526[2];
        int32_t *l_4328 = &g_1741;
        int32_t *l_4329 = &g_1741;
        int32_t *l_4330 = (void*)0;
        int32_t *l_4331[9] = {&g_2,&g_2,&g_2,&g_2,&g_2,&g_2,&g_2,&g_2,&g_2};
        int i;
        g_4333++;
    }
    return (*l_3572);
}


/* ------------------------------------------ */
/* 
 * reads : g_907 g_56 g_132 g_227 g_189 g_6 g_1542 g_1096 g_1059 g_530 g_1634 g_2241 g_432 g_1112 g_908 g_586 g_1914 g_434 g_435 g_188 g_111 g_691 g_692 g_163 g_442 g_443 g_180 g_129.f1 g_315 g_1113 g_441 g_1913 g_263 g_264 g_520 g_2337 g_2124 g_719 g_1526 g_129.f0 g_53 g_2642.f0 g_1741 g_1897 g_2642.f1 g_2728 g_1742 g_1744 g_1605 g_1017 g_2083 g_216 g_2231 g_369 g_2909 g_2947 g_2327 g_2978 g_2979 g_2980 g_3058 g_3069 g_129 g_1543 g_1544 g_1453 g_1995 g_2986 g_1438 g_1958 g_3428 g_1145 g_149
 * writes: g_908 g_6 g_530 g_1543 g_132 g_111 g_2241 g_432 g_188 g_586 g_189 g_1743 g_1113 g_187 g_129.f1 g_56 g_2327 g_1145 g_1526 g_599 g_265 g_369 g_1453 g_520 g_163 g_523 g_443 g_1634 g_1605 g_1802 g_143 g_1741 g_621 g_831 g_2642.f1 g_2728 g_149 g_216 g_1744 g_1017 g_53 g_1913 g_85 g_1542 g_92 g_2921 g_180 g_2945 g_2978 g_113 g_3069 g_1199 g_434 g_1198 g_1995 g_1146 g_1096 g_3058 g_315
 */
static int8_t  func_27(int32_t * const  p_28, int64_t  p_29, const uint16_t  p_30, uint64_t  p_31, float  p_32)
{ /* block id: 1056 */
    float l_2312 = (-0x8.5p-1);
    const int32_t l_2313 = (-3L);
    uint32_t l_2324[10];
    uint64_t l_2325 = 0xEC0817FF2A7570BALL;
    int8_t *l_2326[6][10] = {{&g_2327,&g_2327,(void*)0,&g_2327,&g_2327,(void*)0,&g_2327,&g_2327,&g_2327,&g_2327},{&g_2327,&g_2327,&g_2327,&g_2327,&g_2327,&g_2327,(void*)0,(void*)0,&g_2327,&g_2327},{&g_2327,&g_2327,&g_2327,&g_2327,&g_2327,(void*)0,(void*)0,&g_2327,&g_2327,&g_2327},{&g_2327,&g_2327,(void*)0,&g_2327,&g_2327,&g_2327,&g_2327,(void*)0,&g_2327,&g_2327},{&g_2327,&g_2327,(void*)0,&g_2327,&g_2327,(void*)0,&g_2327,&g_2327,&g_2327,&g_2327},{&g_2327,&g_2327,&g_2327,&g_2327,&g_2327,&g_2327,(void*)0,(void*)0,&g_2327,&g_2327}};
    int32_t l_2328[3];
    float ****l_2365 = &g_1914;
    uint64_t *****l_2471 = &g_1543;
    int32_t *l_2606 = &g_1744;
    int32_t l_2663 = 0xFC3DD684L;
    uint32_t l_2666[6][2] = {{18446744073709551609UL,18446744073709551609UL},{18446744073709551609UL,18446744073709551609UL},{18446744073709551609UL,18446744073709551609UL},{18446744073709551609UL,18446744073709551609UL},{18446744073709551609UL,18446744073709551609UL},{18446744073709551609UL,18446744073709551609UL}};
    int8_t l_2705 = 0x74L;
    uint32_t *l_2764 = &g_432;
    uint32_t **l_2763 = &l_2764;
    uint32_t ***l_2762[4][5][9] = {{{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763}},{{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763}},{{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763}},{{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763},{&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763,&l_2763}}};
    int64_t l_2766[9][10][2] = {{{0xF8EB8B5346294AA3LL,0xC002D30A7CB3A03DLL},{(-10L),(-1L)},{0x28A42DB1F400A0FCLL,1L},{(-1L),0xF8EB8B5346294AA3LL},{1L,(-1L)},{(-1L),0xC3240EF5F0B398D1LL},{5L,(-1L)},{1L,(-7L)},{(-1L),1L},{0x57E3AB2A21D33F3ELL,0x7CCD58D91A257AFDLL}},{{(-10L),0xF8EB8B5346294AA3LL},{0xC002D30A7CB3A03DLL,(-1L)},{0x7CCD58D91A257AFDLL,0x57E3AB2A21D33F3ELL},{0L,(-1L)},{0xF8EB8B5346294AA3LL,(-8L)},{(-1L),5L},{7L,5L},{(-1L),(-8L)},{0xF8EB8B5346294AA3LL,(-1L)},{0L,0x57E3AB2A21D33F3ELL}},{{0x7CCD58D91A257AFDLL,(-1L)},{0xC002D30A7CB3A03DLL,0xF8EB8B5346294AA3LL},{(-10L),0x7CCD58D91A257AFDLL},{0x57E3AB2A21D33F3ELL,1L},{(-1L),(-7L)},{1L,(-1L)},{5L,0xC3240EF5F0B398D1LL},{(-1L),(-1L)},{1L,0xF8EB8B5346294AA3LL},{(-1L),1L}},{{0x28A42DB1F400A0FCLL,(-1L)},{(-10L),0xC002D30A7CB3A03DLL},{0xF8EB8B5346294AA3LL,(-1L)},{5L,(-1L)},{0L,(-1L)},{(-7L),(-8L)},{0xF73E23DCBB73B891LL,0x7CCD58D91A257AFDLL},{7L,(-1L)},{(-1L),(-8L)},{0xC002D30A7CB3A03DLL,0xF73E23DCBB73B891LL}},{{0L,0x28A42DB1F400A0FCLL},{(-1L),(-1L)},{(-7L),(-7L)},{(-10L),5L},{(-1L),1L},{0xF73E23DCBB73B891LL,0xC002D30A7CB3A03DLL},{1L,0xF73E23DCBB73B891LL},{0x7CCD58D91A257AFDLL,0xC3240EF5F0B398D1LL},{0x7CCD58D91A257AFDLL,0xF73E23DCBB73B891LL},{1L,0xC002D30A7CB3A03DLL}},{{0xF73E23DCBB73B891LL,1L},{(-1L),5L},{(-10L),(-7L)},{(-7L),(-1L)},{(-1L),0x28A42DB1F400A0FCLL},{0L,0xF73E23DCBB73B891LL},{0xC002D30A7CB3A03DLL,(-8L)},{(-1L),(-1L)},{7L,0x7CCD58D91A257AFDLL},{0xF73E23DCBB73B891LL,(-8L)}},{{(-7L),(-1L)},{0L,(-1L)},{5L,(-1L)},{0xF8EB8B5346294AA3LL,0xC002D30A7CB3A03DLL},{(-10L),(-1L)},{0x28A42DB1F400A0FCLL,1L},{(-1L),0xF8EB8B5346294AA3LL},{1L,(-1L)},{(-1L),0xC3240EF5F0B398D1LL},{5L,(-1L)}},{{1L,(-7L)},{(-1L),1L},{0x57E3AB2A21D33F3ELL,0x7CCD58D91A257AFDLL},{(-10L),0xF8EB8B5346294AA3LL},{0xC002D30A7CB3A03DLL,(-1L)},{0x7CCD58D91A257AFDLL,0x57E3AB2A21D33F3ELL},{0L,(-1L)},{0xF8EB8B5346294AA3LL,(-8L)},{(-1L),5L},{7L,5L}},{{(-1L),(-8L)},{0xF8EB8B5346294AA3LL,(-1L)},{0L,0x57E3AB2A21D33F3ELL},{0x7CCD58D91A257AFDLL,(-1L)},{0xC002D30A7CB3A03DLL,0xF8EB8B5346294AA3LL},{(-10L),0x7CCD58D91A257AFDLL},{0x57E3AB2A21D33F3ELL,0x5A17CD302F186E46LL},{7L,1L},{8L,7L},{(-10L),0x97E340327695EDF2LL}}};
    int64_t ** const *l_2868 = (void*)0;
    int64_t ** const **l_2867[3][10][8] = {{{&l_2868,&l_2868,(void*)0,(void*)0,&l_2868,&l_2868,&l_2868,&l_2868},{&l_2868,(void*)0,&l_2868,&l_2868,&l_2868,(void*)0,(void*)0,&l_2868},{(void*)0,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868},{&l_2868,&l_2868,(void*)0,(void*)0,(void*)0,&l_2868,&l_2868,&l_2868},{&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,(void*)0},{&l_2868,(void*)0,(void*)0,&l_2868,&l_2868,&l_2868,&l_2868,(void*)0},{&l_2868,&l_2868,&l_2868,(void*)0,(void*)0,&l_2868,&l_2868,&l_2868},{&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,(void*)0,&l_2868},{(void*)0,&l_2868,&l_2868,(void*)0,&l_2868,&l_2868,&l_2868,&l_2868},{&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868}},{{&l_2868,&l_2868,&l_2868,&l_2868,(void*)0,&l_2868,(void*)0,(void*)0},{(void*)0,(void*)0,&l_2868,&l_2868,&l_2868,&l_2868,(void*)0,&l_2868},{&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868},{&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868},{&l_2868,&l_2868,&l_2868,&l_2868,(void*)0,(void*)0,(void*)0,&l_2868},{&l_2868,(void*)0,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868},{&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868},{&l_2868,&l_2868,(void*)0,&l_2868,&l_2868,(void*)0,&l_2868,(void*)0},{&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868},{&l_2868,(void*)0,(void*)0,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868}},{{&l_2868,&l_2868,&l_2868,(void*)0,(void*)0,&l_2868,(void*)0,&l_2868},{&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868},{&l_2868,(void*)0,(void*)0,(void*)0,&l_2868,&l_2868,&l_2868,(void*)0},{(void*)0,&l_2868,&l_2868,(void*)0,(void*)0,&l_2868,&l_2868,&l_2868},{&l_2868,&l_2868,&l_2868,(void*)0,&l_2868,&l_2868,&l_2868,&l_2868},{(void*)0,&l_2868,&l_2868,&l_2868,&l_2868,(void*)0,&l_2868,(void*)0},{&l_2868,&l_2868,(void*)0,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868},{&l_2868,(void*)0,(void*)0,&l_2868,&l_2868,(void*)0,&l_2868,(void*)0},{&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868,&l_2868},{&l_2868,&l_2868,&l_2868,(void*)0,&l_2868,(void*)0,&l_2868,&l_2868}}};
    const union U0 *l_2882 = &g_129;
    int64_t * const ***l_2912 = &g_2910[4];
    int64_t **l_2934 = &g_1059;
    float l_3061 = 0xE.77A6BDp+4;
    const int32_t l_3123 = 7L;
    uint16_t l_3167 = 0xE493L;
    int8_t ***l_3191 = &g_1199;
    int32_t l_3261 = 0x0D87FB4DL;
    int16_t *l_3378 = &g_369;
    uint8_t *****l_3386[10] = {&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441};
    int i, j, k;
    for (i = 0; i < 10; i++)
        l_2324[i] = 0xD6516C33L;
    for (i = 0; i < 3; i++)
        l_2328[i] = (-1L);
    if (((((*g_907) = (0x5FL ^ 0x98L)) <= (safe_mul_func_uint16_t_u_u(l_2313, p_29))) != (safe_add_func_int8_t_s_s((l_2328[2] = (((l_2325 &= ((safe_mul_func_uint16_t_u_u(l_2313, (((safe_sub_func_int16_t_s_s((safe_mod_func_int8_t_s_s((g_56 != ((safe_div_func_int8_t_s_s(0x59L, 0x85L)) , g_132)), p_31)), (*g_227))) , l_2324[8]) , 0L))) >= 3L)) , p_29) <= (*g_227))), p_30))))
    { /* block id: 1060 */
        uint64_t ****l_2329 = &g_1544;
        int32_t l_2349 = (-2L);
        int32_t *l_2350 = &l_2328[2];
        union U0 l_2369 = {0xF9L};
        uint32_t l_2393 = 0UL;
        int32_t ***l_2409 = &g_264;
        uint32_t l_2441 = 0x15ADDF4BL;
        uint32_t l_2497 = 0xE8C91A1BL;
        int32_t l_2512[7][8] = {{0xF971C4D4L,0x4B698C00L,1L,(-2L),(-2L),1L,0x4B698C00L,0xF971C4D4L},{(-1L),4L,1L,0x307B5E04L,0x29EE725DL,0x09AB5F58L,0x29EE725DL,0x307B5E04L},{(-2L),0x7D834BDDL,(-2L),0x9F491A40L,0x307B5E04L,0x09AB5F58L,1L,1L},{1L,4L,(-1L),(-1L),4L,1L,0x307B5E04L,0x29EE725DL},{1L,0x4B698C00L,0xF971C4D4L,4L,0x307B5E04L,4L,0xF971C4D4L,0x4B698C00L},{(-2L),0xF971C4D4L,0x09AB5F58L,4L,0x29EE725DL,0x9F491A40L,0x9F491A40L,0x29EE725DL},{(-1L),0x29EE725DL,0x29EE725DL,(-1L),(-2L),0x4B698C00L,0x9F491A40L,1L}};
        uint16_t l_2531[3][4] = {{0xCEA4L,0xCEA4L,65535UL,0xCEA4L},{0xCEA4L,0x5A84L,0x5A84L,0xCEA4L},{0x5A84L,0xCEA4L,0x5A84L,0x5A84L}};
        uint8_t *l_2541 = &g_621;
        float **l_2628[3][3][2];
        uint16_t l_2631 = 0x33DBL;
        int8_t l_2638[9] = {0x1BL,0x1BL,0x1BL,0x1BL,0x1BL,0x1BL,0x1BL,0x1BL,0x1BL};
        const int64_t l_2681 = 0x0B4CFE4434DDAA28LL;
        float **** const l_2702 = &g_1914;
        float l_2703 = 0x8.2C1E35p+87;
        uint64_t l_2724 = 18446744073709551615UL;
        uint32_t *l_2761[5] = {&g_1017,&g_1017,&g_1017,&g_1017,&g_1017};
        uint32_t **l_2760[7][3] = {{(void*)0,&l_2761[1],&l_2761[1]},{&l_2761[1],&l_2761[1],(void*)0},{(void*)0,&l_2761[1],(void*)0},{(void*)0,&l_2761[1],(void*)0},{(void*)0,(void*)0,&l_2761[1]},{(void*)0,&l_2761[1],&l_2761[1]},{&l_2761[1],&l_2761[1],(void*)0}};
        uint32_t ***l_2759 = &l_2760[6][1];
        int i, j, k;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 3; j++)
            {
                for (k = 0; k < 2; k++)
                    l_2628[i][j][k] = &g_435;
            }
        }
        for (g_6 = 0; (g_6 <= 5); g_6 += 1)
        { /* block id: 1063 */
            uint64_t *l_2340[2][6] = {{&g_187,(void*)0,&g_187,&g_187,(void*)0,&g_187},{&g_187,(void*)0,&g_187,&g_187,(void*)0,&g_187}};
            int32_t l_2347 = (-1L);
            uint64_t l_2376[1];
            int32_t *l_2450 = (void*)0;
            const uint64_t l_2490 = 0xFAD77C293D81A310LL;
            uint64_t *** const *l_2503[3];
            uint64_t *** const **l_2502 = &l_2503[2];
            int8_t l_2505 = 0x7AL;
            int32_t l_2507 = 9L;
            int32_t l_2509[6];
            int32_t l_2530 = 0xD8F2B562L;
            const int8_t l_2567 = 0x8DL;
            float **l_2568 = &g_435;
            int64_t *****l_2619 = &g_2083;
            const int8_t l_2624[5][5][8] = {{{0xFEL,(-1L),5L,1L,1L,(-1L),7L,5L},{(-1L),3L,1L,0x50L,0x2FL,1L,7L,0xDEL},{1L,0x3DL,1L,(-1L),0x00L,(-1L),0x3DL,0x09L},{1L,0xFEL,(-6L),7L,(-6L),0xFEL,1L,0x3DL},{5L,0x50L,0x63L,1L,1L,5L,(-1L),(-3L)}},{{0x50L,0xCCL,(-1L),1L,1L,0x63L,0xE2L,7L},{5L,2L,0xC4L,(-3L),(-6L),1L,3L,5L},{1L,(-6L),0x96L,0x63L,0x00L,0x00L,0x63L,0x96L},{1L,1L,(-1L),7L,0x2FL,0x41L,0x00L,(-6L)},{0xDEL,0x3DL,0x63L,1L,7L,1L,0x3DL,(-6L)}},{{0x3DL,0xCCL,0x09L,7L,3L,(-3L),2L,0x96L},{5L,1L,1L,0x63L,0x50L,5L,7L,5L},{0x41L,(-3L),(-1L),(-3L),0x41L,(-1L),0x63L,7L},{0xFEL,1L,0x3DL,1L,(-6L),0x41L,1L,(-3L)},{0xC4L,(-6L),0x3DL,1L,7L,1L,0x63L,0x3DL}},{{(-6L),3L,(-1L),7L,0x5FL,0x50L,7L,0x09L},{0xDEL,2L,1L,(-1L),(-1L),1L,2L,0xDEL},{1L,(-3L),0x09L,0x50L,1L,0xFEL,0x3DL,0x96L},{0xFEL,0x41L,0x63L,1L,0x50L,0xFEL,0x00L,(-3L)},{1L,(-3L),(-1L),5L,1L,1L,0x63L,0x50L}},{{(-3L),2L,0x96L,1L,3L,0x50L,3L,1L},{0xC4L,3L,0xC4L,0x63L,(-1L),1L,0xE2L,0xC4L},{1L,(-6L),(-1L),0x50L,3L,0x41L,(-1L),0x09L},{1L,1L,0x63L,(-1L),(-1L),(-1L),1L,(-6L)},{0xC4L,(-3L),(-6L),1L,3L,5L,0x3DL,0x3DL}}};
            int16_t l_2662 = 0x8987L;
            float l_2669 = 0x3.0CDF4Dp+98;
            union U0 **l_2680 = &g_873[1];
            uint8_t l_2731 = 8UL;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_2376[i] = 1UL;
            for (i = 0; i < 3; i++)
                l_2503[i] = (void*)0;
            for (i = 0; i < 6; i++)
                l_2509[i] = 0x7BF7F866L;
            for (g_908 = 0; (g_908 <= 1); g_908 += 1)
            { /* block id: 1066 */
                int32_t ***l_2374 = &g_264;
                int32_t ***l_2375 = &g_264;
                const int8_t *l_2378 = &g_2379;
                int8_t *l_2380 = &g_2327;
                int32_t ** const *l_2404 = &g_719;
                uint32_t l_2425 = 0xC956AC2AL;
                int64_t *l_2447 = &g_1995;
                int32_t l_2508 = 0xDC624264L;
                int32_t l_2510 = 9L;
                int32_t l_2516[8] = {1L,1L,1L,1L,1L,1L,1L,1L};
                uint64_t l_2523 = 0x80DA34F26F14F79CLL;
                int i;
                for (g_530 = 0; (g_530 <= 1); g_530 += 1)
                { /* block id: 1069 */
                    uint16_t * const l_2336 = &g_2337[0][0][1];
                    uint16_t * const *l_2335[9] = {&l_2336,&l_2336,&l_2336,&l_2336,&l_2336,&l_2336,&l_2336,&l_2336,&l_2336};
                    uint16_t * const **l_2334 = &l_2335[5];
                    int32_t l_2348 = 7L;
                    int i, j;
                    (*p_28) = (((((((*g_1542) = l_2329) != (void*)0) & ((*g_1634) = ((safe_sub_func_int16_t_s_s(((*g_1096) ^= ((-1L) == (((*l_2334) = &g_227) == (void*)0))), p_31)) > ((safe_rshift_func_uint16_t_u_u(((((((void*)0 != l_2340[0][4]) , (((safe_sub_func_int32_t_s_s((safe_sub_func_int32_t_s_s((safe_sub_func_int8_t_s_s(0xD0L, 0UL)), 7L)), (-6L))) && (*g_1059)) != l_2347)) || 0x792FL) <= l_2348) , 0xE0A5L), 14)) == l_2348)))) != (*p_28)) | p_31) >= p_29);
                }
                l_2349 |= 0xBCE3F75EL;
                for (g_432 = 1; (g_432 <= 5); g_432 += 1)
                { /* block id: 1079 */
                    int32_t l_2377 = 0x51201156L;
                    int64_t l_2413 = 0xDFA724B175C3F9EELL;
                    int i, j, k;
                    l_2350 = p_28;
                    (*g_1634) ^= ((*p_28) = (safe_rshift_func_int16_t_s_u(((safe_lshift_func_int8_t_s_u((g_1112[(g_6 + 3)][g_432] != (((safe_sub_func_int32_t_s_s(((l_2377 = (safe_mul_func_int16_t_s_s(((safe_div_func_uint64_t_u_u((p_31 = 0x208E988613543D04LL), g_586[(g_6 + 2)][(g_908 + 1)][g_6])) > (safe_lshift_func_int8_t_s_u((safe_sub_func_uint8_t_u_u(((void*)0 == l_2365), ((safe_sub_func_uint64_t_u_u((((p_30 , (~((((((((l_2369 , ((safe_mul_func_float_f_f(((safe_sub_func_float_f_f((***g_1914), (((l_2374 == l_2375) >= 0x8.8p-1) < (***g_1914)))) == l_2324[8]), p_32)) <= 0x0.1p+1)) , (*g_1096)) >= p_30) , p_29) ^ p_30) & (-3L)) & l_2324[9]) , p_30))) < p_29) == l_2376[0]), p_29)) <= p_29))), 4))), p_30))) , 2L), 4294967293UL)) & p_29) < p_30)), 4)) || p_29), 9)));
                    (*p_28) ^= ((*g_1096) ^ ((*g_691) == l_2347));
                    if ((((((l_2378 = (void*)0) != l_2380) == (p_30 <= (safe_mul_func_int16_t_s_s(((*g_1096) = (((*g_1059) = (*g_1059)) != 0x3552C833108A32CFLL)), ((((g_586[(g_6 + 2)][(g_908 + 1)][(g_432 + 2)] ^= ((*g_907) ^ (((~((((***g_1914) = (safe_sub_func_float_f_f((-(-0x2.2p-1)), ((safe_mul_func_float_f_f((safe_div_func_float_f_f(((((**g_434) > (safe_add_func_float_f_f((p_32 <= p_32), (-0x8.9p-1)))) != (-0x10.6p+1)) > l_2376[0]), (**g_434))), l_2393)) <= 0x8.399E06p+71)))) , l_2324[2]) <= p_31)) , 0x74L) >= p_31))) != 0L) && (-1L)) ^ (*l_2350)))))) || (-1L)) < 0xFFL))
                    { /* block id: 1091 */
                        uint64_t l_2410 = 1UL;
                        uint32_t l_2411 = 0x01FEE91FL;
                        int32_t l_2412 = 0x74556D82L;
                        l_2377 |= (((*p_28) , 0x5E6F3355245F2AE7LL) | (safe_mod_func_int8_t_s_s(((p_31 = (5L == (~((*g_227) |= l_2328[2])))) ^ (!(((*g_1634) = ((safe_mul_func_int16_t_s_s((safe_rshift_func_int16_t_s_s(((void*)0 != (**g_1914)), (safe_mod_func_int8_t_s_s((((l_2404 == (((*g_1059) |= (g_163 , (safe_sub_func_int16_t_s_s((((safe_mul_func_uint8_t_u_u(0xBCL, p_29)) ^ (*g_1634)) < 254UL), p_30)))) , l_2409)) == l_2410) == l_2410), l_2411)))), p_30)) && l_2412)) | 0xDFC3A39DL))), (***g_442))));
                        (*p_28) = 0L;
                        if (l_2328[0])
                            continue;
                    }
                    else
                    { /* block id: 1099 */
                        (*g_1634) = l_2413;
                        return p_29;
                    }
                    for (g_1743 = 0; (g_1743 <= 1); g_1743 += 1)
                    { /* block id: 1105 */
                        const uint16_t l_2419 = 0x1DDCL;
                        int32_t **l_2420 = &l_2350;
                        uint32_t *l_2426[4];
                        int i;
                        for (i = 0; i < 4; i++)
                            l_2426[i] = &g_586[5][0][7];
                        (*p_28) ^= (safe_lshift_func_uint8_t_u_s(l_2376[0], (safe_rshift_func_int16_t_s_u((l_2377 != ((*g_1096) = p_29)), (~l_2419)))));
                        (*l_2420) = p_28;
                        (*g_1634) ^= (g_586[(g_6 + 2)][(g_908 + 1)][g_6] || (safe_mod_func_uint16_t_u_u((((void*)0 != p_28) == ((g_1113 &= ((((**l_2420) , (&g_227 != (void*)0)) <= (p_29 , (g_315 & (safe_mod_func_int16_t_s_s(l_2425, (*g_227)))))) < (*g_227))) >= p_29)), p_30)));
                        return p_29;
                    }
                }
                for (g_187 = 0; (g_187 <= 5); g_187 += 1)
                { /* block id: 1116 */
                    int32_t ***l_2489[6];
                    float l_2492 = (-0x3.8p-1);
                    float ***l_2493 = &g_434;
                    int8_t **l_2504 = (void*)0;
                    int i;
                    for (i = 0; i < 6; i++)
                        l_2489[i] = &g_264;
                    (*g_1634) = (*p_28);
                    for (g_530 = 1; (g_530 <= 5); g_530 += 1)
                    { /* block id: 1120 */
                        uint32_t l_2438[1][7] = {{0x0C26BE9DL,0x0C26BE9DL,0x0C26BE9DL,0x0C26BE9DL,0x0C26BE9DL,0x0C26BE9DL,0x0C26BE9DL}};
                        int64_t *l_2446 = &g_56;
                        uint32_t l_2451 = 1UL;
                        uint32_t *l_2491 = &l_2438[0][1];
                        int16_t *l_2506 = &g_369;
                        int32_t l_2511 = 5L;
                        int32_t l_2513 = 5L;
                        int32_t l_2514 = (-1L);
                        int32_t l_2515 = 0x24280AD4L;
                        int32_t l_2517 = 0xF47D78C6L;
                        int32_t l_2518 = 8L;
                        int32_t l_2519 = (-1L);
                        int32_t l_2520 = 0x1985A4F5L;
                        int32_t l_2521 = 0L;
                        int32_t l_2522[7][4];
                        int i, j;
                        for (i = 0; i < 7; i++)
                        {
                            for (j = 0; j < 4; j++)
                                l_2522[i][j] = 0x15BD37BDL;
                        }
                        (*g_1634) = (((**g_443) = 0xB2L) <= ((safe_rshift_func_uint16_t_u_s((safe_add_func_uint32_t_u_u((safe_unary_minus_func_int16_t_s((p_31 , (safe_sub_func_uint32_t_u_u((((safe_mul_func_uint8_t_u_u(((((l_2438[0][1] & ((*g_227) || (safe_rshift_func_int16_t_s_s((((l_2441 < (((-2L) && ((safe_lshift_func_int16_t_s_u(((l_2450 = ((safe_mod_func_uint8_t_u_u((l_2446 != l_2447), (safe_sub_func_uint8_t_u_u(0xFAL, l_2328[2])))) , &l_2347)) != (void*)0), 8)) , 0xB5L)) || l_2451)) ^ p_30) > 0UL), p_29)))) != l_2438[0][5]) , 65531UL) ^ (*l_2350)), (*g_907))) , (*p_28)) <= p_31), 0x506967E0L))))), 0xC2B5224EL)), 2)) >= l_2376[0]));
                        (**g_263) = func_33((safe_mod_func_uint16_t_u_u((safe_sub_func_int32_t_s_s((safe_rshift_func_uint8_t_u_s(p_29, 4)), (((*l_2380) = ((safe_sub_func_uint16_t_u_u(((((safe_lshift_func_uint16_t_u_s(p_30, p_31)) == ((((safe_unary_minus_func_int8_t_s(((safe_lshift_func_uint8_t_u_u((((safe_div_func_int16_t_s_s((((((*l_2491) = (safe_mod_func_int64_t_s_s(((*l_2446) ^= ((safe_sub_func_uint8_t_u_u(((l_2471 = (void*)0) == (void*)0), (((safe_sub_func_float_f_f(p_30, ((safe_div_func_int64_t_s_s((((*p_28) = (safe_div_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_s((((safe_add_func_uint32_t_u_u(0x7F78DD2CL, ((*g_1634) = (safe_unary_minus_func_uint8_t_u((safe_rshift_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(((safe_div_func_int32_t_s_s(((void*)0 != l_2489[0]), 6UL)) == (*g_907)), l_2324[8])), p_29))))))) , 6UL) > (*g_1096)), l_2328[0])) ^ p_29), l_2328[2]))) >= l_2490), p_31)) , l_2325))) , 0L) | p_30))) , l_2438[0][2])), (-3L)))) == l_2451) > (****g_441)) != p_30), p_31)) >= p_31) == (*g_907)), 7)) ^ 0xC240FB07L))) > p_29) , (*g_1913)) != l_2493)) & p_30) , p_29), (*g_1096))) ^ l_2451)) >= (**g_443)))), p_31)), &l_2328[1], &l_2328[1]);
                        (**l_2374) = func_33((((((*l_2506) = (p_30 , (((*p_28) && (safe_add_func_int16_t_s_s(1L, (l_2438[0][4] , (!(((*g_1096) = l_2497) == ((((l_2438[0][4] , (safe_rshift_func_uint8_t_u_s(((safe_rshift_func_int8_t_s_u(((void*)0 == l_2502), (l_2504 != (void*)0))) , (***g_442)), 0))) , l_2324[8]) & l_2505) || l_2313))))))) > p_29))) ^ 0xD65DL) , (-1L)) , l_2438[0][2]), l_2491, &l_2328[2]);
                        ++l_2523;
                    }
                }
            }
            for (g_1453 = 0; (g_1453 <= 0); g_1453 += 1)
            { /* block id: 1140 */
                int32_t l_2526 = 0x9505C1A4L;
                int32_t l_2527 = 0x86C2678DL;
                int32_t l_2528 = (-4L);
                int32_t *l_2529[5] = {&l_2347,&l_2347,&l_2347,&l_2347,&l_2347};
                int i;
                l_2531[0][3]--;
                for (g_520 = 0; (g_520 <= 0); g_520 += 1)
                { /* block id: 1144 */
                    uint16_t **l_2536 = &g_398;
                    uint8_t *l_2540 = &g_1112[0][2];
                    int32_t l_2542 = 1L;
                    (*p_28) &= (safe_rshift_func_uint16_t_u_u((&g_398 == l_2536), 8));
                    for (g_163 = 0; (g_163 <= 0); g_163 += 1)
                    { /* block id: 1148 */
                        int i, j, k;
                        (*l_2350) &= g_2337[(g_520 + 3)][g_520][g_163];
                        (*g_719) = func_33((g_2124[1] && (!(safe_rshift_func_int16_t_s_u(p_30, ((l_2540 == l_2541) == p_29))))), ((**l_2409) = &l_2328[2]), ((((*g_435) != ((g_2337[(g_520 + 3)][g_520][g_163] != (p_31 , (-0x10.Ap-1))) == (***g_1914))) != (***g_1914)) , &l_2328[2]));
                    }
                    if (l_2542)
                        break;
                    return l_2328[2];
                }
            }
            if ((((l_2328[2] == (safe_rshift_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s(((safe_sub_func_int64_t_s_s(p_30, ((((safe_mul_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u(((*g_180) &= ((((**g_441) = (*g_442)) != &l_2541) == ((safe_mod_func_uint8_t_u_u(((0xF53E0E9FCC4D1D9BLL | (((*g_1059) |= (0x2CCE88BCL ^ (*p_28))) | (*g_691))) <= ((safe_sub_func_uint64_t_u_u(((safe_sub_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_s((((((void*)0 != (*l_2502)) >= (-2L)) , p_30) >= p_31), l_2567)) >= p_29), l_2324[3])), p_31)) < 0L), p_30)) || 0xFCB4E697L)), l_2490)) || l_2328[2]))), 2L)), p_30)), p_29)) , (*g_227)), 65535UL)) ^ l_2325) , 4294967295UL) , (*l_2350)))) == p_30), 7)), 8))) , l_2568) != (**g_1913)))
            { /* block id: 1160 */
                uint32_t l_2600 = 18446744073709551615UL;
                union U0 l_2625[10][9] = {{{255UL},{0xD8L},{0xCCL},{9UL},{7UL},{9UL},{0xCCL},{0xD8L},{255UL}},{{255UL},{0xD8L},{0x74L},{0x10L},{255UL},{0UL},{0xD8L},{255UL},{0UL}},{{0xC4L},{0UL},{255UL},{0xD8L},{0UL},{255UL},{0x10L},{0x74L},{0xD8L}},{{255UL},{255UL},{0xD8L},{0xCCL},{9UL},{7UL},{9UL},{0xCCL},{0xD8L}},{{255UL},{255UL},{0UL},{0x81L},{0xC4L},{9UL},{0xE2L},{7UL},{1UL}},{{9UL},{0UL},{0xB8L},{0UL},{1UL},{0x10L},{0xD8L},{0xCDL},{0xF2L}},{{0xD8L},{0xD8L},{0UL},{255UL},{0xABL},{9UL},{0x74L},{9UL},{0xABL}},{{255UL},{0xD8L},{0xD8L},{255UL},{1UL},{0xB8L},{7UL},{0UL},{0x81L}},{{9UL},{1UL},{255UL},{0UL},{0UL},{0xCCL},{0xB8L},{255UL},{9UL}},{{0UL},{0xF2L},{0x74L},{0x81L},{1UL},{0UL},{9UL},{0xABL},{9UL}}};
                union U0 *l_2641 = &g_2642;
                int32_t l_2656 = (-3L);
                int32_t l_2660 = 0x4DB5ED03L;
                int32_t l_2664[6] = {0x7296D866L,0x7296D866L,0xB11CE716L,0x7296D866L,0x7296D866L,0xB11CE716L};
                int32_t ****l_2694 = &g_899;
                const float *l_2701 = &g_131;
                const float * const *l_2700 = &l_2701;
                const float * const **l_2699[6][7][5] = {{{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,(void*)0,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,(void*)0,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700}},{{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700}},{{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,(void*)0,&l_2700,(void*)0,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,(void*)0,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,(void*)0,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700}},{{&l_2700,&l_2700,&l_2700,(void*)0,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700}},{{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,(void*)0,&l_2700,(void*)0,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,(void*)0,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,(void*)0,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700}},{{&l_2700,&l_2700,&l_2700,(void*)0,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700},{&l_2700,&l_2700,&l_2700,&l_2700,&l_2700}}};
                const float * const ***l_2698 = &l_2699[3][2][1];
                int32_t l_2704 = 3L;
                int i, j, k;
                if ((g_1526 , (*l_2350)))
                { /* block id: 1161 */
                    uint32_t l_2579 = 18446744073709551615UL;
                    int32_t l_2586 = 0x6518169DL;
                    if ((safe_sub_func_uint8_t_u_u(((0x7B57BE5BL != (((((safe_lshift_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(l_2328[2], (safe_sub_func_uint64_t_u_u(18446744073709551613UL, ((safe_mod_func_int64_t_s_s((l_2579 <= (safe_lshift_func_int8_t_s_s(((l_2586 |= (safe_rshift_func_int16_t_s_s(((*g_1096) ^= 0x7622L), p_29))) | (((*g_907) = l_2324[5]) , (!((*g_227) = (*g_227))))), 7))), (safe_lshift_func_int16_t_s_s(p_30, p_31)))) , 0x012C856C1CC60DBFLL))))) , (*g_907)), 3)) , (*p_28)) != g_129.f0) | (*p_28)) || g_53)) | 255UL), 8UL)))
                    { /* block id: 1166 */
                        int32_t **l_2590 = &g_1634;
                        int32_t *l_2591 = &g_1742;
                        int32_t *l_2592 = (void*)0;
                        int32_t *l_2593 = &l_2509[1];
                        int32_t *l_2594 = &l_2328[0];
                        int32_t *l_2595 = (void*)0;
                        int32_t *l_2596 = &g_2241[0];
                        int32_t *l_2597 = &g_216;
                        int32_t *l_2598 = (void*)0;
                        int32_t *l_2599[2][6] = {{&g_111,&g_111,&g_111,&g_111,&g_111,&g_111},{&g_111,&g_111,&g_111,&g_111,&g_111,&g_111}};
                        int i, j;
                        (*l_2590) = p_28;
                        l_2600--;
                    }
                    else
                    { /* block id: 1169 */
                        (*l_2350) |= 6L;
                    }
                    return l_2325;
                }
                else
                { /* block id: 1173 */
                    int32_t **l_2603[2][4][10] = {{{&g_1958,&g_1958,&l_2350,&g_523[7][5],(void*)0,&g_265[4],&l_2450,&g_1958,&g_265[4],&l_2450},{&l_2350,(void*)0,(void*)0,(void*)0,(void*)0,&g_265[0],&l_2450,&g_265[0],(void*)0,(void*)0},{&g_523[3][9],&g_1958,&g_523[3][9],(void*)0,&l_2450,&g_523[2][8],(void*)0,&g_265[3],&g_523[7][5],&g_523[3][9]},{&g_265[3],&l_2350,&g_265[4],&g_523[7][5],&g_1958,&g_265[3],(void*)0,(void*)0,&g_265[3],&g_523[4][7]}},{{&g_523[3][9],&g_265[4],&g_265[4],&g_523[3][9],&g_265[4],&g_265[0],&g_523[4][7],&g_1958,&g_265[4],(void*)0},{&g_265[4],(void*)0,&l_2350,&g_265[4],&g_523[7][5],&l_2350,&g_265[4],&g_523[4][7],&g_265[4],&l_2350},{(void*)0,&g_523[3][9],&g_1958,&g_523[3][9],(void*)0,&l_2450,&g_523[2][8],(void*)0,&g_265[3],&g_523[7][5]},{&g_523[4][7],&g_265[4],&g_265[4],(void*)0,&l_2350,&g_265[0],&g_523[7][5],&g_265[4],&g_265[4],&g_523[7][5]}}};
                    int32_t **l_2604[7] = {&g_265[4],&g_265[4],&g_265[4],&g_265[4],&g_265[4],&g_265[4],&g_265[4]};
                    int32_t **l_2605[4];
                    uint64_t **l_2636 = &g_173;
                    int16_t *l_2637 = &g_1605;
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                        l_2605[i] = &l_2450;
                    l_2606 = p_28;
                    (*l_2606) = ((*p_28) == ((((safe_sub_func_float_f_f(((((safe_sub_func_float_f_f((safe_mul_func_float_f_f((safe_mul_func_float_f_f(l_2600, ((((((*l_2606) < ((safe_div_func_float_f_f((p_32 >= (((safe_mod_func_int32_t_s_s((251UL ^ (&g_2083 != l_2619)), ((safe_mul_func_int8_t_s_s(((p_31 > ((safe_rshift_func_int8_t_s_s((0UL != 0L), p_30)) | (*g_1096))) && 0xA2BEF015L), l_2624[1][1][0])) ^ p_29))) , &l_2606) == (void*)0)), p_30)) , (-1L))) , 0UL) , 0xD27F544DL) , (***g_1914)) == (-0x9.5p+1)))), (*l_2606))), 0x6.83411Cp+76)) < 0xD.019646p+3) < 0xE.A038C2p+32) , p_31), (****g_1913))) , l_2625[4][8]) , p_30) & 65529UL));
                    l_2638[8] |= ((l_2631 = (safe_div_func_int8_t_s_s(((*l_2606) != (l_2628[2][2][0] == (**l_2365))), (safe_mul_func_uint16_t_u_u((*g_227), (*g_1096)))))) & (safe_div_func_int8_t_s_s((safe_rshift_func_int16_t_s_s(((*l_2637) = (l_2636 == (void*)0)), p_31)), 9L)));
                }
                (*g_1634) &= ((*l_2350) = ((~(l_2625[4][8].f1 && p_30)) | l_2625[4][8].f0));
                (*g_1634) = 0x9A81A796L;
                for (g_1802 = 0; (g_1802 <= 1); g_1802 += 1)
                { /* block id: 1185 */
                    int64_t l_2655 = 0x315C47853A623CBALL;
                    uint16_t l_2657 = 0x027CL;
                    int32_t l_2661[10] = {0x4D92C1AEL,0x4D92C1AEL,0x26D63EC7L,0x4D92C1AEL,0x4D92C1AEL,0x26D63EC7L,0x4D92C1AEL,0x4D92C1AEL,0x26D63EC7L,0x4D92C1AEL};
                    int32_t ****l_2697 = &g_899;
                    int i;
                    if ((*l_2606))
                    { /* block id: 1186 */
                        (*g_719) = &l_2328[0];
                        (*g_1634) &= (p_28 != p_28);
                        (*g_1634) &= (!(0xEA81349CL < (*l_2350)));
                        (*g_1634) &= (*l_2606);
                    }
                    else
                    { /* block id: 1191 */
                        (*p_28) = (*l_2350);
                        return p_30;
                    }
                    for (g_187 = 0; (g_187 <= 1); g_187 += 1)
                    { /* block id: 1197 */
                        return p_31;
                    }
                    (*p_28) |= 0x23EB383CL;
                    for (g_143 = 0; (g_143 <= 1); g_143 += 1)
                    { /* block id: 1203 */
                        int32_t *l_2643 = &l_2347;
                        int32_t *l_2644 = &g_1741;
                        int32_t *l_2645 = &l_2509[1];
                        int32_t *l_2646 = &g_2241[1];
                        int32_t *l_2647 = (void*)0;
                        int32_t *l_2648 = &l_2512[6][4];
                        int32_t *l_2649 = &g_1744;
                        int32_t l_2650 = 0x7B5C6778L;
                        int32_t *l_2651 = &l_2328[0];
                        int32_t *l_2652 = &l_2509[4];
                        int32_t *l_2653 = &g_1741;
                        int32_t *l_2654[4][10][4] = {{{&g_1741,&l_2507,&g_111,&g_1742},{(void*)0,(void*)0,&g_315,&l_2507},{&g_1743,(void*)0,&g_1743,&l_2512[1][5]},{&g_111,(void*)0,(void*)0,(void*)0},{&g_1742,&g_1743,&l_2507,(void*)0},{&g_1744,(void*)0,&l_2507,&l_2507},{&g_1742,&g_2,(void*)0,(void*)0},{&g_111,&g_111,&g_1743,&g_1744},{&g_1743,&g_1744,&g_315,(void*)0},{(void*)0,&l_2328[0],&g_111,&g_315}},{{&g_1741,&l_2328[0],&g_315,(void*)0},{&l_2328[0],&g_1744,&l_2512[1][5],&g_1744},{&l_2328[2],&g_111,(void*)0,(void*)0},{&l_2512[1][5],&g_2,(void*)0,&l_2507},{(void*)0,(void*)0,&l_2328[0],(void*)0},{(void*)0,&g_1743,(void*)0,(void*)0},{&l_2512[1][5],(void*)0,(void*)0,&l_2512[1][5]},{&l_2328[2],(void*)0,&l_2512[1][5],&l_2507},{&l_2328[0],(void*)0,&g_315,&g_1742},{&g_1741,&l_2507,&g_111,&g_1742}},{{(void*)0,(void*)0,&g_315,&l_2507},{&g_1743,(void*)0,&g_1743,&l_2512[1][5]},{&g_111,(void*)0,(void*)0,(void*)0},{&g_1742,&g_1743,&l_2507,(void*)0},{&g_1744,(void*)0,&l_2507,&l_2507},{&g_1742,&g_2,(void*)0,(void*)0},{&g_111,&g_111,&g_1743,&g_1744},{&g_1743,&g_1744,&g_315,(void*)0},{(void*)0,&l_2328[0],&g_111,&g_315},{&g_1741,&l_2328[0],&g_315,(void*)0}},{{&l_2328[0],&g_1744,&l_2512[1][5],&g_1744},{&l_2328[2],&g_111,(void*)0,(void*)0},{&g_1743,&l_2507,&g_1742,&g_315},{&l_2512[1][5],&g_1742,&g_1744,&g_111},{&l_2512[1][5],&l_2328[2],&g_1742,&g_315},{&g_1743,&g_111,&g_111,&g_1743},{(void*)0,(void*)0,&g_1743,(void*)0},{&g_1744,&g_315,(void*)0,&l_2507},{&l_2509[2],&g_315,&g_1741,&l_2507},{(void*)0,&g_315,&l_2328[0],(void*)0}}};
                        float l_2665 = 0x6.B2F180p+18;
                        int i, j, k;
                        l_2641 = &l_2369;
                        ++l_2657;
                        l_2666[2][0]--;
                        (*l_2644) ^= (l_2625[4][8].f1 ^ ((*p_28) > (((((safe_div_func_float_f_f(((***g_1914) != (p_32 = ((safe_add_func_uint32_t_u_u(4294967293UL, (*l_2606))) , (*l_2350)))), (safe_sub_func_float_f_f((((0x98B7EFC13F6D11A5LL && ((safe_mod_func_uint32_t_u_u(((safe_mod_func_int64_t_s_s(l_2661[3], 0xA57F10DDAC334D19LL)) || (*l_2606)), g_2642.f0)) > 0x6DB0117CL)) , (void*)0) == l_2680), (-0x1.1p-1))))) , 0UL) && 4294967288UL) < (-3L)) & l_2681)));
                    }
                    for (l_2347 = 0; (l_2347 <= 1); l_2347 += 1)
                    { /* block id: 1212 */
                        const int32_t l_2687 = 0xF75FBCCBL;
                        int32_t *****l_2695 = &l_2694;
                        int32_t *****l_2696 = (void*)0;
                        int32_t **l_2706 = &l_2450;
                        int32_t **l_2715 = &g_523[7][5];
                        g_831 = ((safe_div_func_float_f_f((safe_div_func_float_f_f((+(l_2687 > ((p_31 , ((*l_2350) = (((l_2661[6] != 0xA2L) , (safe_mul_func_float_f_f((((****g_1913) = (l_2530 == l_2660)) == ((safe_mod_func_int64_t_s_s((safe_mul_func_uint8_t_u_u(((*l_2541) = (p_30 ^ (0UL && ((((((*****g_1897) |= ((l_2697 = ((*l_2695) = l_2694)) == (void*)0)) , l_2698) != l_2702) > 18446744073709551606UL) && p_29)))), l_2704)), l_2625[4][8].f1)) , p_29)), p_30))) == 0xA.1E2F51p-18))) <= l_2705))), l_2655)), 0xA.61A511p-54)) == p_29);
                        (*l_2706) = p_28;
                        (*l_2450) = (*l_2450);
                        (*l_2715) = (((safe_mul_func_float_f_f(((***g_1914) = (-0x1.Dp-1)), (safe_mul_func_float_f_f((p_32 = (-((p_29 == 0x6.06117Cp-14) <= (!p_30)))), (safe_sub_func_float_f_f((-0x3.5p+1), p_30)))))) >= (*l_2450)) , p_28);
                    }
                }
            }
            else
            { /* block id: 1227 */
                (*l_2350) &= 5L;
                if ((*p_28))
                    continue;
            }
            for (l_2662 = 0; (l_2662 <= 1); l_2662 += 1)
            { /* block id: 1233 */
                int32_t ***l_2716 = &g_264;
                int32_t l_2727 = (-1L);
                l_2450 = ((**l_2716) = &l_2512[2][1]);
                for (g_2642.f1 = 0; (g_2642.f1 <= 1); g_2642.f1 += 1)
                { /* block id: 1243 */
                    int32_t *l_2725 = &g_1742;
                    int32_t *l_2726[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    float **** const *l_2738 = &l_2365;
                    int i;
                    ++g_2728;
                    ++l_2731;
                    for (l_2530 = 0; (l_2530 <= 1); l_2530 += 1)
                    { /* block id: 1248 */
                        int16_t l_2758 = 0x29F5L;
                        int32_t l_2765 = (-2L);
                        (*p_28) = (*p_28);
                        if ((*p_28))
                            continue;
                        l_2765 = ((safe_add_func_float_f_f((*l_2725), (safe_div_func_float_f_f((*l_2450), ((**l_2568) = (l_2738 == ((~(((*g_1059) = (+((((*g_1096) = 0x3DA6L) , 0UL) , (p_31 ^ 0xFBF0726FL)))) || (((((0xDDBCL != (safe_rshift_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s((safe_unary_minus_func_uint64_t_u((safe_sub_func_uint16_t_u_u((safe_mod_func_int32_t_s_s((safe_mul_func_int8_t_s_s((safe_div_func_int32_t_s_s((safe_rshift_func_int16_t_s_s(((safe_add_func_uint64_t_u_u(0x2B9AD6656769F3E7LL, p_29)) == l_2758), (*l_2450))), 0x2DD164FEL)), (*l_2350))), (*l_2606))), (*g_1096))))), 4)), (*l_2725)))) , l_2759) == l_2762[3][1][0]) ^ p_31) | 0x28C9L))) , (void*)0))))))) == p_31);
                    }
                }
                return l_2766[2][4][1];
            }
        }
    }
    else
    { /* block id: 1260 */
        int32_t *l_2767 = &l_2328[2];
        (*g_719) = ((**g_263) = l_2767);
    }
lbl_3163:
    (*g_1634) &= ((safe_mod_func_uint16_t_u_u(1UL, (*l_2606))) , (*l_2606));
lbl_3219:
    for (g_1145 = 22; (g_1145 > 4); g_1145 = safe_sub_func_int64_t_s_s(g_1145, 5))
    { /* block id: 1267 */
        uint64_t l_2776 = 1UL;
        int64_t *****l_2797 = &g_2083;
        int32_t l_2804 = (-1L);
        uint16_t **l_2806[10][4];
        uint16_t ***l_2805 = &l_2806[4][3];
        union U0 l_2812 = {0xB7L};
        const int8_t *l_2860 = &l_2705;
        uint16_t l_2862 = 4UL;
        uint16_t * const *l_2865[3];
        uint16_t * const **l_2864 = &l_2865[1];
        float * const *l_2918[7][1] = {{&g_435},{&g_435},{&g_435},{&g_435},{&g_435},{&g_435},{&g_435}};
        int32_t l_2981[8][5][6] = {{{0xCB2DA21BL,0xB0B3A061L,0x05AC96A8L,0x29A0A2C5L,1L,(-1L)},{0x29A0A2C5L,1L,(-1L),1L,0x8B1A00C0L,4L},{0x05AC96A8L,0x0CB06DBEL,(-4L),1L,4L,0x534AC0F8L},{4L,0L,(-3L),0x8EBD9336L,0x534AC0F8L,1L},{0x83D8636DL,0x8CBD6EE8L,0x5C363280L,(-1L),0x49777FDBL,(-1L)}},{{0x5C363280L,0xCB2DA21BL,0x8B1A00C0L,0x83D8636DL,0x05AC96A8L,0xBF8BBF2BL},{0xAE0FBB51L,0xCDC99DB8L,0xFA3CE98FL,0x6FA91D76L,0xFA3CE98FL,0xCDC99DB8L},{0x4555EFDAL,(-10L),0xCB2DA21BL,0L,(-1L),0xA9CE9D9AL},{(-10L),1L,0L,0x4B3498F4L,9L,0x0CB06DBEL},{0xFA3CE98FL,1L,0xBF8BBF2BL,4L,(-1L),0x0E8F018EL}},{{(-1L),(-10L),0xB0B3A061L,(-4L),0xFA3CE98FL,0x3B212CD3L},{0x91CAC2ABL,0xCDC99DB8L,(-1L),0xFA3CE98FL,0x05AC96A8L,(-1L)},{0x998D8687L,0xCB2DA21BL,0x0E8F018EL,0x0CB06DBEL,0x49777FDBL,0x8CBD6EE8L},{0x8EBD9336L,0x8CBD6EE8L,0x6FA91D76L,0x9E0690A5L,0x534AC0F8L,0x3B70AD0EL},{0x5BCF1028L,0L,0xAE0FBB51L,0x3B8012AAL,4L,0x91CAC2ABL}},{{(-7L),0x0CB06DBEL,0x29A0A2C5L,(-1L),0x8B1A00C0L,0x8EBD9336L},{0L,1L,4L,4L,1L,0L},{1L,0xB0B3A061L,0xB5D92F53L,0x998D8687L,(-4L),0x49777FDBL},{(-1L),0x9E0690A5L,(-1L),0xCDC99DB8L,0xE2A3A850L,0x4B3498F4L},{(-1L),9L,0xCDC99DB8L,0x998D8687L,0x8EBD9336L,0x5C363280L}},{{1L,(-4L),1L,4L,(-9L),0xB0B3A061L},{0L,0x4555EFDAL,0xE2A3A850L,(-1L),0x18ABE553L,0x35837C36L},{(-7L),(-1L),0x8CBD6EE8L,0x3B8012AAL,(-4L),0xB5D92F53L},{0x5BCF1028L,0xE2A3A850L,0L,0x9E0690A5L,0x82374DB2L,(-7L)},{0x8EBD9336L,0x0E8F018EL,0xE2A3A850L,(-10L),0L,(-10L)}},{{0x82374DB2L,4L,1L,0x5C363280L,(-3L),0xFA3CE98FL},{0x8EBD9336L,0x5BCF1028L,0x91CAC2ABL,0x5BCF1028L,0x8EBD9336L,9L},{(-4L),0x91CAC2ABL,(-9L),(-10L),0x6FA91D76L,0x3B70AD0EL},{0x5C363280L,1L,0x534AC0F8L,0x91CAC2ABL,0xCB2DA21BL,0x3B70AD0EL},{0x3B70AD0EL,0x82374DB2L,(-9L),0x0CB06DBEL,0x73A0D40EL,9L}},{{0xCB2DA21BL,0xA9CE9D9AL,0x91CAC2ABL,0xCDC99DB8L,(-1L),0xFA3CE98FL},{(-7L),0x49777FDBL,1L,0x9E0690A5L,0xA9CE9D9AL,(-10L)},{0xAE0FBB51L,0x8EBD9336L,0xE2A3A850L,0x35837C36L,(-4L),4L},{0x9E0690A5L,0x18ABE553L,0x0CB06DBEL,4L,0x05AC96A8L,0x8CBD6EE8L},{(-10L),1L,0x73A0D40EL,1L,(-1L),0x6FA91D76L}},{{1L,0x3B212CD3L,0x998D8687L,0xE2A3A850L,0xB5D92F53L,0xB5D92F53L},{0L,0x3B8012AAL,0x3B8012AAL,0L,0x0CB06DBEL,0xAE0FBB51L},{0L,(-3L),0x8C96F760L,0xB5D92F53L,0x82374DB2L,0x91CAC2ABL},{(-1L),(-9L),0x35837C36L,1L,0x82374DB2L,0x8B1A00C0L},{(-1L),(-3L),0x8CBD6EE8L,0x49777FDBL,0x0CB06DBEL,0x0E8F018EL}}};
        int32_t l_2988 = 0x6A71A912L;
        int32_t l_2990 = 0L;
        int32_t l_2991 = (-6L);
        int32_t l_2993 = 0xE3926BA7L;
        int32_t l_2994 = 0x11852139L;
        uint64_t l_3055[7] = {0UL,0UL,4UL,0UL,0UL,4UL,0UL};
        int32_t l_3134[10];
        int8_t **l_3175 = &l_2326[2][3];
        int8_t **l_3177 = &g_907;
        int16_t l_3183 = (-1L);
        int i, j, k;
        for (i = 0; i < 10; i++)
        {
            for (j = 0; j < 4; j++)
                l_2806[i][j] = (void*)0;
        }
        for (i = 0; i < 3; i++)
            l_2865[i] = &g_227;
        for (i = 0; i < 10; i++)
            l_3134[i] = 0L;
        for (g_149 = 15; (g_149 <= 2); --g_149)
        { /* block id: 1270 */
            int16_t l_2788 = 1L;
            uint16_t ***l_2863 = &l_2806[7][0];
            int32_t l_2881[2];
            float * const l_2920 = &g_2921;
            float * const *l_2919[8][3] = {{&l_2920,&l_2920,&l_2920},{&l_2920,&l_2920,&l_2920},{&l_2920,&l_2920,&l_2920},{&l_2920,&l_2920,&l_2920},{&l_2920,&l_2920,&l_2920},{&l_2920,&l_2920,&l_2920},{&l_2920,&l_2920,&l_2920},{&l_2920,&l_2920,&l_2920}};
            int64_t **l_2932[10] = {&g_1059,(void*)0,&g_1059,(void*)0,&g_1059,(void*)0,&g_1059,(void*)0,&g_1059,(void*)0};
            union U0 l_2959 = {255UL};
            int8_t l_2995 = 0x27L;
            uint64_t *****l_3003[7][2] = {{&g_1543,&g_1543},{&g_1543,&g_1543},{&g_1543,&g_1543},{&g_1543,&g_1543},{&g_1543,&g_1543},{&g_1543,&g_1543},{&g_1543,&g_1543}};
            int32_t l_3090[5] = {0xAEF34487L,0xAEF34487L,0xAEF34487L,0xAEF34487L,0xAEF34487L};
            union U0 l_3105[6][7][5] = {{{{0x7AL},{2UL},{5UL},{0x6CL},{254UL}},{{3UL},{0x86L},{0xB2L},{0x91L},{255UL}},{{0UL},{255UL},{255UL},{0x6CL},{255UL}},{{0x9BL},{0xF4L},{0xEBL},{0UL},{0xB4L}},{{0UL},{247UL},{255UL},{0UL},{250UL}},{{3UL},{0x5FL},{0xEBL},{0x9BL},{2UL}},{{0x7AL},{255UL},{255UL},{0x7AL},{250UL}}},{{{0UL},{0xCEL},{0x91L},{1UL},{0xA3L}},{{0x4DL},{0UL},{0xF3L},{7UL},{0x82L}},{{0x82L},{0xD0L},{0x9BL},{1UL},{0x82L}},{{0x18L},{0UL},{253UL},{0x34L},{0x94L}},{{0x82L},{0xCAL},{0xD0L},{0x45L},{9UL}},{{0x4DL},{0x5AL},{253UL},{0x18L},{255UL}},{{0UL},{0x9BL},{0x9BL},{0UL},{9UL}}},{{{0x34L},{0x6CL},{0xF3L},{252UL},{0x94L}},{{255UL},{0x9BL},{0x91L},{1UL},{0x82L}},{{0xC6L},{0x5AL},{0UL},{252UL},{0x82L}},{{0x45L},{0xCAL},{3UL},{0UL},{0xA3L}},{{0xC6L},{0UL},{0x5AL},{0x18L},{0x48L}},{{255UL},{0xD0L},{3UL},{0x45L},{0xFFL}},{{0x34L},{0UL},{0UL},{0x34L},{0x48L}}},{{{0UL},{0x6FL},{0x91L},{1UL},{0xA3L}},{{0x4DL},{0UL},{0xF3L},{7UL},{0x82L}},{{0x82L},{0xD0L},{0x9BL},{1UL},{0x82L}},{{0x18L},{0UL},{253UL},{0x34L},{0x94L}},{{0x82L},{0xCAL},{0xD0L},{0x45L},{9UL}},{{0x4DL},{0x5AL},{253UL},{0x18L},{255UL}},{{0UL},{0x9BL},{0x9BL},{0UL},{9UL}}},{{{0x34L},{0x6CL},{0xF3L},{252UL},{0x94L}},{{255UL},{0x9BL},{0x91L},{1UL},{0x82L}},{{0xC6L},{0x5AL},{0UL},{252UL},{0x82L}},{{0x45L},{0xCAL},{3UL},{0UL},{0xA3L}},{{0xC6L},{0UL},{0x5AL},{0x18L},{0x48L}},{{255UL},{0xD0L},{3UL},{0x45L},{0xFFL}},{{0x34L},{0UL},{0UL},{0x34L},{0x48L}}},{{{0UL},{0x6FL},{0x91L},{1UL},{0xA3L}},{{0x4DL},{0UL},{0xF3L},{7UL},{0x82L}},{{0x82L},{0xD0L},{0x9BL},{1UL},{0x82L}},{{0x18L},{0UL},{253UL},{0x34L},{0x94L}},{{0x82L},{0xCAL},{0xD0L},{0x45L},{9UL}},{{0x4DL},{0x5AL},{253UL},{0x18L},{255UL}},{{0UL},{0x9BL},{0x9BL},{0UL},{9UL}}}};
            int32_t l_3122 = (-7L);
            uint64_t * const **l_3137[3][4][10] = {{{&g_858,&g_858,&g_858,&g_858,&g_858,&g_858,&g_858,&g_858,&g_858,&g_858},{&g_858,&g_858,(void*)0,&g_858,&g_858,(void*)0,&g_858,&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858,&g_858,&g_858,&g_858,&g_858,&g_858,&g_858,(void*)0},{(void*)0,(void*)0,&g_858,&g_858,&g_858,&g_858,&g_858,&g_858,(void*)0,(void*)0}},{{(void*)0,&g_858,&g_858,&g_858,&g_858,(void*)0,&g_858,&g_858,&g_858,&g_858},{(void*)0,&g_858,(void*)0,&g_858,&g_858,&g_858,&g_858,&g_858,&g_858,(void*)0},{&g_858,&g_858,(void*)0,(void*)0,&g_858,&g_858,&g_858,&g_858,&g_858,(void*)0},{(void*)0,&g_858,(void*)0,&g_858,&g_858,(void*)0,&g_858,&g_858,(void*)0,&g_858}},{{(void*)0,&g_858,&g_858,(void*)0,(void*)0,&g_858,&g_858,&g_858,&g_858,&g_858},{(void*)0,&g_858,(void*)0,&g_858,(void*)0,&g_858,&g_858,&g_858,&g_858,&g_858},{&g_858,&g_858,(void*)0,(void*)0,&g_858,&g_858,&g_858,&g_858,(void*)0,&g_858},{&g_858,(void*)0,(void*)0,&g_858,(void*)0,(void*)0,&g_858,&g_858,&g_858,&g_858}}};
            uint32_t l_3141 = 0x83D61EF6L;
            int64_t *****l_3184 = &g_2083;
            const float *l_3190 = &g_3188[2];
            const float **l_3189 = &l_3190;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_2881[i] = 0xC494CB65L;
            for (g_216 = 0; (g_216 < 22); ++g_216)
            { /* block id: 1273 */
                ++l_2776;
                return (*l_2606);
            }
            if (((safe_add_func_int16_t_s_s((safe_div_func_uint32_t_u_u(((safe_sub_func_uint8_t_u_u(((***g_442) = l_2776), ((safe_add_func_int64_t_s_s((+((((*p_28) & ((*g_1634) = (l_2788 & (!((*l_2606) <= (p_31 | (l_2776 > ((safe_lshift_func_uint16_t_u_s((safe_unary_minus_func_int32_t_s((p_29 | ((safe_sub_func_int64_t_s_s((safe_div_func_uint32_t_u_u((l_2788 & ((l_2797 == (void*)0) & 0x82744448L)), (*p_28))), l_2776)) != p_29)))), p_31)) , (*l_2606))))))))) , p_30) | 5UL)), 0UL)) <= l_2776))) | p_29), (-4L))), (*g_1096))) > 0xB353L))
            { /* block id: 1279 */
                uint64_t *l_2825 = &g_187;
                int32_t l_2836 = (-1L);
                int32_t *l_2838 = &g_2241[0];
                union U0 l_2931 = {0UL};
                uint16_t l_2942 = 0UL;
                if (((safe_div_func_int32_t_s_s((-7L), (safe_mul_func_uint16_t_u_u((*g_227), (0x5BEE4979L | (safe_mul_func_uint16_t_u_u(((l_2804 ^= ((*g_1096) &= (*l_2606))) && (((((*g_1059) = (p_29 , 1L)) , ((*g_907) ^= (l_2805 != (void*)0))) == (((safe_mod_func_int32_t_s_s((safe_sub_func_int32_t_s_s(0x64F87013L, 0L)), (*l_2606))) && 0xEF83D0C7L) & 5UL)) != 0L)), p_30))))))) ^ 3L))
                { /* block id: 1284 */
                    int64_t l_2837[5][4][10] = {{{1L,1L,0xDDF7CCFD4DFFD823LL,0xB383F4DC86955E5BLL,(-1L),0x6516ACD0FF8C5E6ALL,0x6516ACD0FF8C5E6ALL,(-1L),0xB383F4DC86955E5BLL,0xDDF7CCFD4DFFD823LL},{1L,1L,0x6516ACD0FF8C5E6ALL,5L,1L,(-1L),0L,0x698264F605527B5ELL,0xC0227A863986EC0CLL,0xB383F4DC86955E5BLL},{(-1L),0xDDF7CCFD4DFFD823LL,0x4C678799B29232ECLL,0xB383F4DC86955E5BLL,0xC0227A863986EC0CLL,0x698264F605527B5ELL,0L,(-1L),1L,5L},{1L,1L,1L,0xDDF7CCFD4DFFD823LL,0xB383F4DC86955E5BLL,(-1L),0x6516ACD0FF8C5E6ALL,0x6516ACD0FF8C5E6ALL,(-1L),0xB383F4DC86955E5BLL}},{{0xC0227A863986EC0CLL,1L,1L,0xC0227A863986EC0CLL,(-4L),0x6516ACD0FF8C5E6ALL,0x698264F605527B5ELL,(-1L),1L,0xDDF7CCFD4DFFD823LL},{0xB383F4DC86955E5BLL,0x0D585770FA332E3CLL,0x4C678799B29232ECLL,5L,(-1L),(-1L),1L,0x698264F605527B5ELL,1L,0xC0227A863986EC0CLL},{(-4L),0xDDF7CCFD4DFFD823LL,0x6516ACD0FF8C5E6ALL,0xC0227A863986EC0CLL,0x0D585770FA332E3CLL,0x698264F605527B5ELL,5L,(-1L),(-1L),5L},{(-1L),0x0D585770FA332E3CLL,0xDDF7CCFD4DFFD823LL,0xDDF7CCFD4DFFD823LL,0x0D585770FA332E3CLL,(-1L),0x4C678799B29232ECLL,0x6516ACD0FF8C5E6ALL,1L,0xC0227A863986EC0CLL}},{{0x0D585770FA332E3CLL,1L,0L,0xB383F4DC86955E5BLL,(-1L),0x6516ACD0FF8C5E6ALL,1L,(-1L),0xC0227A863986EC0CLL,0xDDF7CCFD4DFFD823LL},{0x0D585770FA332E3CLL,1L,1L,5L,(-4L),(-1L),0xDDF7CCFD4DFFD823LL,0x698264F605527B5ELL,0xB383F4DC86955E5BLL,0xB383F4DC86955E5BLL},{(-1L),0xDDF7CCFD4DFFD823LL,0x698264F605527B5ELL,0xB383F4DC86955E5BLL,0xB383F4DC86955E5BLL,0x698264F605527B5ELL,0xDDF7CCFD4DFFD823LL,(-1L),(-4L),5L},{(-4L),1L,5L,0xDDF7CCFD4DFFD823LL,0xC0227A863986EC0CLL,(-1L),1L,0x6516ACD0FF8C5E6ALL,(-1L),0xB383F4DC86955E5BLL}},{{0xB383F4DC86955E5BLL,1L,5L,0xC0227A863986EC0CLL,1L,0x6516ACD0FF8C5E6ALL,0x4C678799B29232ECLL,(-1L),0x0D585770FA332E3CLL,0xDDF7CCFD4DFFD823LL},{0xC0227A863986EC0CLL,0x0D585770FA332E3CLL,0x698264F605527B5ELL,5L,(-1L),(-1L),5L,0x698264F605527B5ELL,0x0D585770FA332E3CLL,0xC0227A863986EC0CLL},{1L,0xDDF7CCFD4DFFD823LL,1L,0xC0227A863986EC0CLL,1L,0x698264F605527B5ELL,1L,(-1L),(-1L),5L},{(-1L),0x0D585770FA332E3CLL,0L,0xDDF7CCFD4DFFD823LL,1L,(-1L),0x698264F605527B5ELL,0x6516ACD0FF8C5E6ALL,(-4L),0xC0227A863986EC0CLL}},{{1L,1L,0xDDF7CCFD4DFFD823LL,0xB383F4DC86955E5BLL,(-1L),0x6516ACD0FF8C5E6ALL,0x6516ACD0FF8C5E6ALL,(-1L),0xB383F4DC86955E5BLL,0xDDF7CCFD4DFFD823LL},{1L,1L,0x6516ACD0FF8C5E6ALL,5L,1L,(-1L),0L,0x698264F605527B5ELL,0xC0227A863986EC0CLL,0xB383F4DC86955E5BLL},{(-1L),0xDDF7CCFD4DFFD823LL,0x4C678799B29232ECLL,0xB383F4DC86955E5BLL,0xC0227A863986EC0CLL,0x698264F605527B5ELL,0L,(-1L),1L,5L},{1L,1L,1L,0xDDF7CCFD4DFFD823LL,0xB383F4DC86955E5BLL,(-1L),0x6516ACD0FF8C5E6ALL,0x6516ACD0FF8C5E6ALL,(-1L),0xB383F4DC86955E5BLL}}};
                    float **l_2847 = &g_435;
                    int i, j, k;
                    if ((((safe_unary_minus_func_int32_t_s(((l_2812 , ((g_1017 < (safe_mul_func_int16_t_s_s((safe_sub_func_int64_t_s_s((safe_lshift_func_int16_t_s_s((safe_add_func_int8_t_s_s((((((safe_add_func_float_f_f((l_2788 >= (safe_mul_func_float_f_f(((((p_31 , &p_31) != l_2825) > (safe_div_func_float_f_f((safe_div_func_float_f_f((l_2804 > (((((safe_rshift_func_int16_t_s_s(0xF9A6L, (safe_mul_func_int8_t_s_s((l_2836 |= (p_29 , p_29)), 0x15L)))) >= 0L) , 0x7.6E6B65p+1) < p_32) == (*g_435))), l_2788)), p_31))) <= (****g_1913)), p_30))), p_31)) , p_29) || p_29) , p_30) != p_31), p_31)), 11)), p_31)), (*g_227)))) & l_2837[1][0][0])) , (*p_28)))) || p_29) | 65535UL))
                    { /* block id: 1286 */
                        uint16_t ****l_2839 = &l_2805;
                        int64_t *l_2840 = &l_2837[4][1][4];
                        int32_t l_2854 = 0L;
                        int32_t l_2861 = 1L;
                        l_2838 = &l_2836;
                        (*l_2839) = &l_2806[2][1];
                        (*l_2838) = (((*l_2840) &= ((*g_1059) ^= 0xE6908EE8F6A7D3A5LL)) > ((((*l_2606) ^= (0xD85D54D6497E7739LL < (safe_mod_func_int64_t_s_s(((safe_lshift_func_uint16_t_u_u((safe_div_func_int64_t_s_s(((**g_1913) != l_2847), ((safe_rshift_func_int8_t_s_s(((((*l_2838) | ((safe_lshift_func_uint16_t_u_s((safe_lshift_func_int16_t_s_u(p_31, 1)), l_2788)) >= (l_2854 | (safe_rshift_func_uint8_t_u_u(((+(safe_rshift_func_uint8_t_u_u(((((l_2861 ^= ((void*)0 != l_2860)) , l_2854) != 0x79DBL) != (-8L)), 4))) <= (*g_227)), l_2862))))) , l_2863) != l_2864), 2)) , (*l_2838)))), 4)) < p_31), p_30)))) , 0x3FD55BC2D2AB5252LL) || 0x47BBE1CDCF9DF461LL));
                    }
                    else
                    { /* block id: 1294 */
                        int32_t *l_2866 = &g_216;
                        (*g_264) = func_37(l_2866, l_2866, (((****g_441) > ((**g_443) >= (l_2867[1][0][5] == (*l_2797)))) & (+(((safe_rshift_func_int16_t_s_s((*g_1096), (safe_mod_func_uint16_t_u_u(((safe_unary_minus_func_uint8_t_u(((safe_lshift_func_int8_t_s_u(p_29, ((((l_2881[1] = (safe_div_func_int64_t_s_s((safe_rshift_func_int16_t_s_s((*l_2838), l_2804)), (-8L)))) & p_29) , 0x7B72D0C4L) , l_2837[2][3][6]))) , p_29))) && p_30), (*g_1096))))) <= (*l_2866)) , l_2862))), p_29, l_2866);
                    }
                    (*l_2838) = ((((void*)0 != l_2882) >= (safe_rshift_func_int16_t_s_u(((*g_1634) > g_1526), ((***l_2864) &= (safe_div_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u((((****g_1913) = (safe_div_func_float_f_f((((~((&p_30 != &g_2337[1][0][1]) || 0xCBL)) , ((*l_2606) <= ((****g_1913) <= (****g_1913)))) <= (****g_1913)), l_2812.f0))) , l_2837[1][0][0]), (-1L))), 0x6384L)))))) | 0xAF0DE615L);
                }
                else
                { /* block id: 1301 */
                    int32_t l_2902 = 0xFDD2E6EEL;
                    l_2836 ^= ((safe_rshift_func_int8_t_s_u(((((((safe_div_func_int8_t_s_s(0xF9L, (safe_sub_func_uint32_t_u_u((safe_add_func_uint16_t_u_u(((((*l_2838) || p_30) <= (p_29 <= (safe_mul_func_uint16_t_u_u(l_2902, (safe_sub_func_uint8_t_u_u((safe_add_func_uint32_t_u_u((*l_2606), (safe_lshift_func_uint16_t_u_s((&g_2084 != (l_2912 = g_2909)), (l_2881[1] , 0x2B75L))))), 0xAEL)))))) <= g_163), 0UL)), l_2776)))) ^ l_2902) >= p_29) > (*l_2606)) < 0x0EL) || l_2862), 3)) > (***g_442));
                }
                for (g_129.f1 = 0; (g_129.f1 == 29); g_129.f1 = safe_add_func_uint8_t_u_u(g_129.f1, 6))
                { /* block id: 1307 */
                    int64_t **l_2933 = (void*)0;
                    int32_t l_2935[3];
                    int32_t *l_2936 = (void*)0;
                    int32_t *l_2937 = &l_2328[2];
                    int32_t *l_2938 = (void*)0;
                    int32_t *l_2939 = &g_1742;
                    int32_t *l_2940 = &g_1741;
                    int32_t *l_2941[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    int i;
                    for (i = 0; i < 3; i++)
                        l_2935[i] = 0xDB95EFFAL;
                    if ((*p_28))
                        break;
                    for (g_92 = 0; (g_92 != 7); g_92++)
                    { /* block id: 1311 */
                        int8_t *** const * const l_2922 = (void*)0;
                        int8_t *** const *l_2924[4][6] = {{&g_1198[8][0],&g_1198[7][1],&g_1198[1][1],&g_1198[7][1],&g_1198[8][0],&g_1198[8][0]},{&g_1198[7][1],&g_1198[7][1],&g_1198[7][1],&g_1198[7][1],&g_1198[8][0],&g_1198[7][1]},{&g_1198[7][1],&g_1198[8][0],&g_1198[7][1],&g_1198[7][1],&g_1198[7][1],&g_1198[7][1]},{&g_1198[8][0],&g_1198[8][0],&g_1198[7][1],&g_1198[1][1],&g_1198[7][1],&g_1198[8][0]}};
                        int8_t *** const **l_2923 = &l_2924[2][4];
                        int i, j;
                        (*l_2920) = (((!(*g_1096)) , (p_31 , (void*)0)) != (l_2919[7][1] = l_2918[0][0]));
                        (*l_2923) = l_2922;
                    }
                    l_2935[1] ^= (((safe_add_func_uint8_t_u_u((****g_441), (safe_add_func_uint32_t_u_u((((-1L) == (safe_mul_func_uint16_t_u_u((l_2881[0] = ((*l_2606) , l_2881[0])), p_29))) , ((l_2931 , ((l_2933 = l_2932[9]) == l_2934)) > (*g_1096))), 0x5C622307L)))) || p_30) , (*p_28));
                    l_2942--;
                }
            }
            else
            { /* block id: 1321 */
                uint16_t **l_2946 = &g_398;
                int32_t l_2974[2][8][7] = {{{9L,1L,0x8EFB1C3FL,0x8EFB1C3FL,1L,9L,1L},{1L,0x8EFB1C3FL,1L,1L,0x78137657L,0x78137657L,1L},{0L,(-8L),0L,0x0C747EF4L,1L,1L,9L},{1L,0x8EFB1C3FL,1L,0x0C747EF4L,1L,0x8EFB1C3FL,1L},{0x8EFB1C3FL,1L,9L,1L,0x147939DCL,1L,0x147939DCL},{0x8EFB1C3FL,0x147939DCL,0x147939DCL,0x8EFB1C3FL,0L,0x78137657L,0x0C747EF4L},{1L,0x78137657L,9L,0L,1L,0L,1L},{1L,(-8L),9L,0x8EFB1C3FL,0x0C747EF4L,1L,1L}},{{9L,(-8L),1L,(-8L),9L,0x8EFB1C3FL,0x0C747EF4L},{0L,1L,(-8L),0x8EFB1C3FL,0x78137657L,0x8EFB1C3FL,(-8L)},{0x0C747EF4L,0x0C747EF4L,0x147939DCL,1L,1L,1L,0L},{0L,0x8EFB1C3FL,0x147939DCL,0x147939DCL,0x8EFB1C3FL,0L,0x78137657L},{9L,0x147939DCL,(-8L),0x78137657L,1L,1L,0x78137657L},{1L,1L,1L,1L,0x78137657L,9L,0L},{(-8L),0x147939DCL,9L,1L,9L,0x147939DCL,(-8L)},{0x147939DCL,0x8EFB1C3FL,0L,0x78137657L,0x0C747EF4L,9L,0x0C747EF4L}}};
                int32_t *l_3004 = (void*)0;
                int32_t *l_3005 = (void*)0;
                uint64_t ****l_3057 = &g_1544;
                uint8_t l_3062 = 0x46L;
                const uint16_t * const l_3084 = &g_3085;
                const uint16_t * const *l_3083[6];
                const uint16_t * const **l_3082[10] = {(void*)0,(void*)0,&l_3083[1],(void*)0,(void*)0,&l_3083[1],(void*)0,(void*)0,&l_3083[1],(void*)0};
                uint64_t * const ***l_3138 = (void*)0;
                uint64_t * const ***l_3139 = &l_3137[0][1][7];
                uint32_t *l_3142 = (void*)0;
                uint32_t *l_3143 = &g_3069;
                const union U0 l_3156 = {9UL};
                float l_3172 = 0x1.3p-1;
                int8_t **l_3174 = &l_2326[4][6];
                int8_t ***l_3176 = &g_1199;
                float **l_3178 = &g_435;
                const float *l_3187 = &g_3188[2];
                const float **l_3186 = &l_3187;
                const float ***l_3185[2];
                int i, j, k;
                for (i = 0; i < 6; i++)
                    l_3083[i] = &l_3084;
                for (i = 0; i < 2; i++)
                    l_3185[i] = &l_3186;
                if (((g_2945 = ((***g_441) = (****g_1897))) == ((p_29 != ((-0x1.Dp-1) <= (l_2946 != ((*l_2863) = (void*)0)))) , g_2947)))
                { /* block id: 1325 */
                    (*l_2606) = (safe_div_func_int8_t_s_s(((*g_907) = (-8L)), p_29));
                }
                else
                { /* block id: 1328 */
                    uint32_t l_2975 = 0xAEF8A819L;
                    float l_2976 = 0x1.Ap-1;
                    int32_t l_2982 = 0xF1458DB5L;
                    int32_t l_2983 = 1L;
                    int32_t l_2985 = 0x33FD2AACL;
                    int32_t l_2987 = 0xE439B2B2L;
                    int32_t l_2989 = 0xD6E59942L;
                    int32_t l_2992[9] = {0x3B21B82AL,1L,1L,0x3B21B82AL,1L,1L,0x3B21B82AL,1L,1L};
                    uint32_t l_2996 = 0x14C4FF02L;
                    uint64_t ** const *l_3002 = &g_451;
                    uint64_t ** const **l_3001 = &l_3002;
                    uint64_t ** const ***l_3000 = &l_3001;
                    int32_t l_3060 = 0x1509D82AL;
                    int8_t l_3070[8] = {0xAEL,0xB1L,0xB1L,0xAEL,0xB1L,0xB1L,0xAEL,0xB1L};
                    int i;
                    if ((safe_add_func_int64_t_s_s(4L, ((251UL | (l_2918[1][0] != (void*)0)) ^ (safe_add_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_u(p_30, (safe_rshift_func_uint16_t_u_s(((+(l_2959 , (safe_lshift_func_uint16_t_u_s((safe_mul_func_uint16_t_u_u(((safe_mod_func_int32_t_s_s((safe_mul_func_uint16_t_u_u(p_30, ((safe_mul_func_int8_t_s_s((((safe_lshift_func_uint16_t_u_s((l_2804 = (safe_add_func_uint16_t_u_u(l_2974[0][0][6], 0xDB20L))), 13)) , 4294967290UL) || l_2975), p_31)) < 0x85L))), g_2327)) == l_2975), 0x1854L)), 12)))) > p_31), (*l_2606))))), p_30))))))
                    { /* block id: 1330 */
                        uint16_t l_2977 = 0x9E8DL;
                        (**g_263) = (void*)0;
                        if (l_2977)
                            break;
                        if ((*p_28))
                            continue;
                        g_2978 = g_2978;
                    }
                    else
                    { /* block id: 1335 */
                        int32_t *l_2984[5] = {&g_1742,&g_1742,&g_1742,&g_1742,&g_1742};
                        int i;
                        ++l_2996;
                    }
                    if ((((void*)0 != (*g_2979)) ^ ((~((l_3000 == (g_1542 = l_3003[4][1])) || ((*p_28) | ((l_3004 = &l_2974[0][0][6]) == l_3005)))) > (safe_unary_minus_func_uint16_t_u(((((safe_div_func_uint64_t_u_u((p_31 = 18446744073709551615UL), l_2996)) | 0UL) > l_2975) != p_30))))))
                    { /* block id: 1341 */
                        int32_t l_3044 = 0xD2A3B944L;
                        uint64_t ****l_3056 = &g_1544;
                        const int32_t l_3059 = 7L;
                        l_2988 = ((safe_lshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u((safe_div_func_int16_t_s_s((((safe_lshift_func_uint8_t_u_s((safe_add_func_uint16_t_u_u(((***l_2864) ^= (safe_rshift_func_uint16_t_u_s((safe_div_func_int32_t_s_s((safe_mul_func_int8_t_s_s(((((safe_sub_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((safe_div_func_int16_t_s_s((safe_sub_func_uint32_t_u_u((safe_rshift_func_int8_t_s_s(((safe_unary_minus_func_uint8_t_u((((((safe_div_func_float_f_f(((((safe_mul_func_float_f_f(p_30, ((safe_mul_func_float_f_f((((l_3044 |= p_31) , (((safe_sub_func_float_f_f((((safe_rshift_func_uint16_t_u_u((((p_31 > (((*l_2606) = (***g_442)) > (safe_sub_func_int8_t_s_s((safe_sub_func_int64_t_s_s((&p_30 == ((((p_30 , ((l_3055[2] > l_2992[8]) , l_3056)) != l_3057) != (*g_1634)) , (void*)0)), p_30)), 0xE4L)))) & 0xCCL) & p_31), 3)) , (****g_1913)) < 0xC.95E3B0p+72), 0x4.6B4B27p+5)) != l_2881[1]) < p_32)) > g_3058), l_3059)) > l_2788))) != (**g_434)) <= l_3060) <= (-0x1.Bp-1)), p_31)) > 0x0.2p-1) , 0xFCL) , 0x28B5L) <= p_31))) != (-1L)), 5)), l_2974[0][0][6])), 65526UL)), 0xD219L)), l_2995)) | p_31) , p_29) > g_520), (*g_907))), l_3062)), 11))), 65531UL)), l_2812.f1)) , 0xE6FB53A7D511C007LL) , p_30), p_30)), 3L)), 0UL)), p_29)) , l_2959.f1);
                    }
                    else
                    { /* block id: 1346 */
                        uint64_t **** const *l_3068 = (void*)0;
                        (*g_719) = func_37(&l_2974[0][0][6], &l_2881[1], ((*g_2978) == (l_2805 = (*g_2978))), (safe_add_func_int8_t_s_s((+((p_31 = (((((*g_907) = p_29) , (l_2959.f1 , (safe_div_func_int64_t_s_s((((**l_2763) |= 0x9F42384CL) , ((void*)0 != l_3068)), l_2812.f0)))) < 1L) | g_3069)) || (*g_691))), l_3070[1])), &l_2881[1]);
                        if ((*p_28))
                            break;
                    }
                    if ((safe_div_func_int8_t_s_s((((*l_2606) = (*g_227)) , ((safe_add_func_uint16_t_u_u((l_2990 &= ((l_2959.f0 && ((((*g_227) = ((((l_2881[0] |= (((*l_2882) , (0xBAAAL || (safe_lshift_func_int16_t_s_u((l_2985 = ((*g_1096) = ((safe_mod_func_int64_t_s_s((~((((p_31 , ((l_3082[2] = (void*)0) != l_2863)) > ((safe_mod_func_int16_t_s_s(((p_29 >= (safe_mul_func_int8_t_s_s((l_2788 == 0UL), 0x0EL))) > l_2992[8]), 0x3881L)) != 0x21EF1074401888D4LL)) || l_3090[0]) | p_31)), l_2991)) > 0x51L))), 13)))) ^ 0xCB3AL)) , &l_2919[7][1]) == (void*)0) >= 0xC4240515L)) | 65533UL) & 1L)) >= 0x1991332937E56157LL)), p_29)) > p_30)), p_30)))
                    { /* block id: 1361 */
                        return (*l_2606);
                    }
                    else
                    { /* block id: 1363 */
                        int8_t l_3124 = 0x27L;
                        int32_t l_3125 = 0xA813E0EFL;
                        if ((*l_2606))
                            break;
                        l_3125 &= ((((safe_mod_func_uint16_t_u_u((safe_add_func_uint32_t_u_u((safe_mod_func_int64_t_s_s((safe_mul_func_int16_t_s_s(((safe_lshift_func_int8_t_s_s(l_2988, (safe_lshift_func_uint8_t_u_u((((safe_rshift_func_int16_t_s_s((l_3105[0][1][2] , (-10L)), 11)) || 1UL) < ((+(safe_add_func_uint8_t_u_u(((safe_div_func_int16_t_s_s(((((*l_2606) = (l_2812.f0 >= (*p_28))) , (safe_mul_func_uint8_t_u_u(((safe_mod_func_int8_t_s_s(((0xDAL && (l_2993 |= (*g_907))) == ((safe_mod_func_int32_t_s_s((safe_mod_func_uint16_t_u_u(((!l_3122) < (*l_2606)), (*l_2606))), (*p_28))) >= (*l_2606))), l_3123)) == (-1L)), p_29))) <= l_2975), (-2L))) & 4L), l_3124))) == (*g_1059))), p_29)))) && (*g_1634)), l_2992[8])), (-8L))), g_1112[5][0])), (*g_1096))) > 0x50L) == l_3124) < 4294967295UL);
                        g_113[1] = ((0x0.A281D8p+48 < (safe_sub_func_float_f_f(0xD.71BD21p-56, (((void*)0 != &l_2993) <= ((****g_1913) = (*g_435)))))) >= l_3070[4]);
                    }
                }
                if ((((safe_add_func_int32_t_s_s((safe_mod_func_uint32_t_u_u(((*l_3143) ^= (((((((safe_rshift_func_uint8_t_u_s(255UL, l_2981[4][1][5])) & l_3134[3]) && (p_28 == ((((safe_sub_func_int32_t_s_s((((*l_3139) = l_3137[0][2][1]) != (*g_1543)), p_29)) <= (!((*p_28) ^ 0xEA92D962L))) || p_30) , &l_2994))) , 18446744073709551607UL) , 65529UL) || l_3141) >= 0xF645A7057B886638LL)), l_2991)), l_2812.f1)) == l_2959.f1) <= (*l_2606)))
                { /* block id: 1374 */
                    float l_3161 = 0x1.Dp-1;
                    const int32_t l_3162 = 0x060182D1L;
                    if ((*p_28))
                        break;
                    (*g_1634) ^= ((*l_2606) = (safe_sub_func_uint8_t_u_u((((safe_rshift_func_uint8_t_u_s((!4294967294UL), 2)) != (*l_2606)) , (((safe_mod_func_uint32_t_u_u(4294967286UL, (*l_2606))) , ((~((***l_2864) = 0UL)) && (safe_sub_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u((l_3156 , (p_29 > ((*g_1096) = (safe_lshift_func_uint8_t_u_s(0xE9L, 6))))), ((safe_lshift_func_int8_t_s_u((((((*l_2606) == l_3162) == p_29) >= p_30) > p_29), p_31)) >= p_31))), (****g_441))))) != 0x86727D8D421DD962LL)), p_30)));
                }
                else
                { /* block id: 1380 */
                    if (g_1742)
                        goto lbl_3163;
                    for (g_187 = (-15); (g_187 >= 59); ++g_187)
                    { /* block id: 1384 */
                        int32_t **l_3166 = &g_265[4];
                        int32_t **l_3170[7][10][3] = {{{&g_523[7][5],&g_1958,&l_3004},{&g_1958,&l_2606,&g_1958},{&g_265[4],&l_3005,&g_265[4]},{&l_3005,&g_523[7][7],&l_3004},{&g_1958,&g_265[6],&g_265[1]},{&g_1958,&g_1958,&g_523[7][5]},{&l_3005,&l_3004,(void*)0},{&g_523[7][5],(void*)0,(void*)0},{(void*)0,&g_1634,&g_1958},{&g_265[4],&g_523[7][5],(void*)0}},{{&g_1634,&g_1958,(void*)0},{&l_3004,&g_1958,&g_523[7][5]},{&g_265[4],&g_523[7][5],&g_265[1]},{&l_3004,&l_3004,&l_3004},{&l_2606,&l_2606,&g_265[4]},{&g_523[7][5],&g_1958,&g_1958},{&l_3004,&g_265[4],&l_3004},{&g_523[7][5],&l_3004,&l_2606},{&l_3004,&l_3005,&g_1958},{&g_523[7][5],&g_523[6][9],&g_265[4]}},{{&l_2606,&g_1958,&g_265[6]},{&l_3004,&g_523[1][1],&g_523[1][1]},{&g_265[4],&l_3005,&g_1634},{&l_3004,(void*)0,&l_3004},{&g_1634,(void*)0,&g_1634},{&g_265[4],&g_1958,&g_523[6][9]},{(void*)0,(void*)0,&l_2606},{&g_523[7][5],(void*)0,&g_523[7][5]},{&l_3005,&l_3005,&g_1958},{&g_1958,&g_523[1][1],&l_2606}},{{&g_1958,&g_1958,(void*)0},{&g_523[7][5],&l_3004,&g_523[7][2]},{(void*)0,&g_1634,&l_3005},{&g_265[4],&g_265[4],&l_2606},{(void*)0,(void*)0,&l_3005},{&g_523[6][9],&g_523[7][5],&g_523[7][2]},{(void*)0,&l_3005,(void*)0},{&g_1958,&g_1958,&l_3004},{&g_1634,&g_1958,&g_1634},{&g_1958,&l_3005,&l_3004}},{{&g_265[6],&g_265[4],&l_3005},{&l_2606,&g_1958,&l_3004},{(void*)0,&g_523[7][5],&l_3005},{&l_2606,&g_523[7][5],&l_2606},{&g_265[6],&l_2606,&l_3005},{&g_1958,&g_523[7][5],&l_3004},{&g_1634,&g_1958,&g_1958},{&g_1958,&g_1634,(void*)0},{(void*)0,(void*)0,&g_1634},{&g_523[6][9],&g_523[7][2],&g_523[7][7]}},{{(void*)0,&g_265[4],&l_2606},{&g_265[4],&g_523[7][2],&l_3005},{(void*)0,(void*)0,&g_1634},{&g_523[7][5],&g_1634,&l_2606},{&g_265[4],&g_1958,&g_523[7][5]},{&g_523[7][5],&g_523[7][5],&g_1958},{&g_265[4],&l_2606,&l_3004},{&g_1958,&g_523[7][5],(void*)0},{&g_1634,&g_523[7][5],&g_1634},{&l_2606,&g_1958,(void*)0}},{{&l_3004,&g_265[4],&l_3004},{(void*)0,&l_3005,&g_1958},{(void*)0,&g_1958,&g_523[7][5]},{&l_2606,&g_1958,&l_2606},{&l_2606,&l_3005,&g_1634},{&g_523[1][1],&g_523[7][5],&l_3005},{&g_265[1],(void*)0,&l_2606},{&g_1958,&g_265[4],&g_523[7][7]},{&g_265[1],&g_1634,&g_1634},{&g_523[1][1],&l_3004,(void*)0}}};
                        int32_t **l_3171 = &l_3005;
                        int i, j, k;
                        (*l_3166) = p_28;
                        ++l_3167;
                        (*l_3171) = p_28;
                    }
                    l_2990 |= ((*l_2606) <= l_3122);
                    l_3090[0] = (p_32 = l_3172);
                }
                (*p_28) = ((!p_31) <= ((((((*l_3176) = (l_3175 = l_3174)) == l_3177) && (((((**g_1913) = l_3178) == (l_3189 = (((safe_div_func_uint32_t_u_u((((safe_add_func_uint64_t_u_u(l_3183, (p_28 != ((l_3184 == ((p_31 != ((l_2990 = p_31) < 0x5.97908Dp+12)) , &g_2083)) , p_28)))) < l_2959.f0) , g_189), p_31)) && l_2804) , (void*)0))) > 1UL) & (*p_28))) , (-1L)) , l_3055[2]));
            }
        }
        if (l_2991)
            continue;
        return p_31;
    }
    for (g_1453 = 0; (g_1453 <= 3); g_1453 += 1)
    { /* block id: 1406 */
        int8_t ****l_3192[2][4][3] = {{{&g_1198[2][0],&g_1198[2][0],&l_3191},{&g_1198[1][1],&g_1198[1][1],&g_1198[1][1]},{&l_3191,&g_1198[1][1],&g_1198[1][1]},{&g_1198[1][1],&l_3191,&g_1198[1][1]}},{{&g_1198[2][0],&l_3191,&g_1198[1][1]},{&g_1198[5][1],&g_1198[5][1],&g_1198[1][1]},{&l_3191,&l_3191,&l_3191},{&g_1198[1][1],&l_3191,(void*)0}}};
        int32_t l_3197 = 9L;
        int32_t l_3209 = 0x0016D3DEL;
        uint8_t ****l_3212 = &g_442;
        int32_t *l_3218 = &g_6;
        uint32_t **l_3252 = (void*)0;
        int64_t **l_3273 = &g_1059;
        int32_t * const *l_3315 = &g_1958;
        int32_t * const **l_3314 = &l_3315;
        uint64_t ***l_3384 = &g_451;
        uint32_t l_3389 = 0xAF488512L;
        union U0 l_3416 = {247UL};
        int16_t * const *l_3438 = &l_3378;
        int16_t * const **l_3437 = &l_3438;
        int i, j, k;
        g_1198[1][1] = l_3191;
        if ((safe_mod_func_uint64_t_u_u(((*l_2606) & 0xBC81L), p_29)))
        { /* block id: 1408 */
            uint64_t l_3213 = 0x0AF666C7DEAE12F9LL;
            int64_t **l_3277 = &g_1059;
            int8_t *l_3291 = &g_908;
            int64_t l_3297 = (-1L);
            int32_t l_3324 = (-1L);
            uint16_t l_3325 = 0UL;
            int32_t l_3326 = 0xD7C2F2DCL;
            int32_t *l_3369 = &g_1744;
            (****g_1913) = (safe_sub_func_float_f_f(l_3197, (0x0.Ep+1 > (safe_div_func_float_f_f(((0x1.76AB9Ap+0 >= (((l_3197 , (safe_add_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_s((safe_sub_func_uint32_t_u_u(((18446744073709551615UL != (safe_mod_func_uint16_t_u_u((!(((*l_2606) ^ ((((l_3209 = (-1L)) == (safe_div_func_uint64_t_u_u((l_3212 == (void*)0), 0x1177DC1F5B317F56LL))) < l_3197) , (*g_1096))) , (*p_28))), p_29))) , (*l_2606)), l_3197)), 2)) && l_3197), 0x0A70L))) , (-0x2.4p-1)) <= 0xE.13AE85p-40)) <= l_3197), l_3213)))));
            for (p_29 = 0; (p_29 <= 5); p_29 += 1)
            { /* block id: 1413 */
                uint32_t l_3215 = 4UL;
                int32_t l_3231[9][4] = {{0L,(-1L),0L,(-1L)},{0L,(-1L),0L,(-1L)},{0L,(-1L),0L,(-1L)},{0L,(-1L),0L,(-1L)},{0L,(-1L),0L,(-1L)},{0L,(-1L),0L,(-1L)},{0L,(-1L),0L,(-1L)},{0L,(-1L),0L,(-1L)},{0L,(-1L),0L,(-1L)}};
                int64_t **l_3272 = &g_1059;
                union U0 l_3313 = {253UL};
                int32_t *l_3344 = &g_111;
                int32_t *l_3354 = &l_3231[1][1];
                uint32_t l_3355 = 0x2E639D8AL;
                uint64_t **l_3364 = &g_173;
                int i, j;
                for (g_1145 = 1; (g_1145 <= 5); g_1145 += 1)
                { /* block id: 1416 */
                    (*p_28) ^= (safe_unary_minus_func_uint64_t_u((&g_1913 != (void*)0)));
                }
                for (g_1995 = 0; (g_1995 <= 1); g_1995 += 1)
                { /* block id: 1421 */
                    int32_t **l_3216 = &g_523[7][5];
                    const int32_t l_3251 = (-1L);
                    uint32_t **l_3259 = (void*)0;
                    uint32_t *l_3260 = &l_3215;
                    int8_t *l_3292 = &g_2327;
                    for (g_189 = 0; (g_189 <= 3); g_189 += 1)
                    { /* block id: 1424 */
                        int i, j, k;
                        l_3215 = l_2766[(g_189 + 2)][(g_1453 + 5)][g_1995];
                    }
                    (*l_3216) = p_28;
                    for (g_216 = 0; (g_216 <= 1); g_216 += 1)
                    { /* block id: 1430 */
                        int32_t **l_3217 = (void*)0;
                        uint64_t *l_3230 = &g_520;
                        uint16_t ***l_3240 = &g_2980;
                        int i, j, k;
                        l_3218 = p_28;
                        if (g_1017)
                            goto lbl_3219;
                        (*g_1634) ^= ((safe_add_func_uint64_t_u_u((((safe_add_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_u(((!l_2766[(g_1453 + 5)][(g_1995 + 1)][g_1995]) | l_2766[(p_29 + 1)][(g_1995 + 4)][g_216]), (l_2324[(g_1453 + 1)] , ((****g_441)++)))) < (!(l_3231[8][0] ^= ((*l_3230) = g_2986[(g_1995 + 3)])))), (((*l_3218) = ((((safe_add_func_uint64_t_u_u(0x078A917A69E40641LL, ((safe_rshift_func_int16_t_s_u(((((0x6129DE61L ^ g_2241[1]) | (safe_div_func_int32_t_s_s((*p_28), (safe_sub_func_uint64_t_u_u((p_31 != p_30), 0UL))))) ^ l_3215) && 0xD235E95515608C72LL), 8)) > (*l_3218)))) > l_3213) , (*p_28)) & (*l_2606))) > p_31))) , l_3240) != (void*)0), 0x977B0A281EE5F8F2LL)) != 0UL);
                    }
                    if (((((((~(((((0UL >= (--(*g_227))) && ((*l_2606) == (safe_mul_func_int16_t_s_s((*g_1096), (((void*)0 != (**g_1542)) != (safe_unary_minus_func_int8_t_s(p_29))))))) , ((safe_mod_func_uint64_t_u_u(((((*l_2606) &= (safe_lshift_func_uint8_t_u_s((((*g_907) = ((l_3251 , l_3252) == ((safe_add_func_int16_t_s_s((((safe_rshift_func_uint16_t_u_u(0UL, 6)) != 0UL) | 0xFCC7358FL), (*g_1096))) , l_3259))) || p_31), p_31))) , l_3260) == p_28), l_3209)) ^ (*g_1096))) & p_30) | p_31)) ^ p_30) <= p_30) , &g_1095) != (void*)0) < l_3261))
                    { /* block id: 1442 */
                        int16_t l_3269 = (-1L);
                        int64_t ***l_3274 = (void*)0;
                        int64_t ***l_3275 = &l_2934;
                        int64_t ***l_3276 = &l_3273;
                        l_3231[4][0] = (((+(safe_add_func_float_f_f(((((void*)0 == &g_2909) > (safe_div_func_float_f_f((((*l_2606) = ((*g_435) = (safe_mul_func_float_f_f(l_3269, (((*l_3218) >= (safe_sub_func_float_f_f((-0x1.6p+1), (p_31 <= ((p_30 , l_3272) != (l_3277 = ((*l_3276) = ((*l_3275) = l_3273)))))))) >= (**g_434)))))) >= p_32), p_30))) <= p_30), 0x0.0p-1))) , 1UL) , (*p_28));
                    }
                    else
                    { /* block id: 1449 */
                        uint32_t l_3278 = 0x14B21454L;
                        int8_t *l_3290[9][7] = {{&g_908,(void*)0,&g_3058,&g_3058,&g_3058,(void*)0,&g_3058},{&g_2327,(void*)0,&g_3058,&g_3058,&g_908,&g_3058,&g_2327},{&g_3058,&g_3058,&g_2327,&g_908,&g_2327,&g_2327,&g_908},{&g_2327,&g_3058,&g_908,&g_908,&l_2705,(void*)0,&g_2327},{&g_908,&g_2327,(void*)0,(void*)0,&g_2327,&l_2705,&l_2705},{(void*)0,&g_2327,(void*)0,&g_2327,&g_3058,&g_908,&g_908},{&g_908,(void*)0,(void*)0,(void*)0,&g_908,&l_2705,&l_2705},{&g_2327,&g_908,(void*)0,&g_3058,(void*)0,&g_2327,(void*)0},{&l_2705,&g_3058,&g_908,&g_2327,&g_3058,&g_908,&g_2327}};
                        uint64_t *l_3295[7][9] = {{&g_520,&g_520,&g_191[0][3],&g_520,(void*)0,&g_520,&l_2325,&g_520,(void*)0},{(void*)0,&g_163,&g_163,(void*)0,(void*)0,&l_3213,(void*)0,&l_2325,(void*)0},{&l_2325,&g_191[1][6],&g_191[0][3],&g_191[0][3],&g_191[1][6],&l_2325,&l_2325,&g_520,&g_191[6][3]},{&g_520,&l_3213,&l_2325,(void*)0,(void*)0,&l_2325,&l_3213,&g_520,&g_187},{&g_191[6][3],&g_191[0][3],&l_3213,&l_2325,(void*)0,(void*)0,&l_2325,&l_3213,&g_191[0][3]},{(void*)0,&g_520,&g_2058,&g_187,&g_163,(void*)0,(void*)0,&g_163,&g_187},{&g_520,&g_191[6][2],&g_520,&g_520,&l_2325,&g_191[6][3],&l_2325,&l_2325,&g_191[6][3]}};
                        int i, j, k;
                        (*g_1634) = l_3278;
                        if ((*l_2606))
                            break;
                        (*g_1634) &= (safe_add_func_int8_t_s_s(l_3213, ((((((-8L) > (safe_sub_func_uint32_t_u_u(((l_2766[g_1995][(g_1453 + 3)][g_1995] |= (0xBDL == (((l_3278 != (safe_lshift_func_uint8_t_u_s((safe_add_func_uint8_t_u_u((!(((p_31 = ((safe_mod_func_uint64_t_u_u(((l_3291 = l_3290[0][4]) == l_3292), (((((((((((((((0xAE3DL && (*g_1096)) || 0x99L) && p_31) & (*l_2606)) > p_31) , p_29) > 0UL) , 1L) <= (****g_441)) <= p_31) , g_129.f0) == (*p_28)) , l_3295[0][2]) == (void*)0) | p_29))) , p_29)) ^ p_30) <= 1L)), 0x66L)), (*g_907)))) ^ p_29) ^ l_3213))) > (*l_2606)), 1UL))) >= g_1438[0][1][2]) != (*l_3218)) != 0xF6DF22DEA5F6A49CLL) , p_31)));
                        l_3297 ^= (+l_3251);
                    }
                }
                for (g_369 = 1; (g_369 <= 6); g_369 += 1)
                { /* block id: 1461 */
                    const int32_t ***l_3316[5][10] = {{&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618},{&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618},{&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618},{&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618},{&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618,&g_1618}};
                    float l_3323 = 0x0.Cp+1;
                    int32_t *l_3332[3][9][8] = {{{&l_3326,(void*)0,&g_6,&g_2,&g_1742,&g_111,(void*)0,(void*)0},{&g_2,(void*)0,&g_2241[5],(void*)0,&g_2241[5],&l_3324,(void*)0,&l_2328[2]},{&g_6,&l_3231[8][0],(void*)0,&l_3231[0][3],(void*)0,(void*)0,(void*)0,&g_1742},{&g_111,&l_3209,&l_2328[2],(void*)0,&l_3324,&l_3231[8][0],&g_6,&g_2241[5]},{&l_3197,&g_6,&l_3231[1][2],&g_2241[5],(void*)0,&g_1743,(void*)0,&l_2328[2]},{&l_3197,&g_111,&g_2241[5],&l_3209,(void*)0,&l_3209,&g_2241[5],&g_111},{&l_3209,&g_2241[1],(void*)0,&g_1743,(void*)0,&g_6,(void*)0,&l_3326},{&l_3326,(void*)0,&l_3324,&g_2241[1],&l_3209,&l_3197,(void*)0,&l_2328[2]},{&l_2328[2],&g_2241[1],(void*)0,&g_6,&l_3209,&g_1742,&g_2241[5],&g_6}},{{&l_3209,&g_1742,&g_2241[5],&g_6,(void*)0,(void*)0,(void*)0,&g_2},{&g_2241[4],&l_2328[2],&l_3231[1][2],&g_111,&l_3231[8][0],&l_3209,&g_6,(void*)0},{&g_111,(void*)0,(void*)0,&g_1742,&l_3231[8][0],&l_2328[2],&l_3197,&l_3231[8][0]},{&l_2328[2],&g_1742,&g_2,&l_3326,&g_2241[5],&l_3324,&g_2241[5],&g_111},{&l_2328[2],&g_2241[4],&l_2328[2],&g_2241[5],(void*)0,&l_2328[2],&l_3231[8][0],&l_3231[8][0]},{&l_3231[8][0],&g_2241[5],&g_111,&l_2328[2],&l_2328[2],&g_2241[5],&g_2241[1],(void*)0},{&g_1742,&g_2,&g_1743,&l_3324,&g_1742,&g_2241[5],&g_111,&l_3209},{&l_3324,&g_111,&g_1742,&l_2328[0],(void*)0,&g_111,&g_111,(void*)0},{&g_2241[1],&l_3231[5][1],&g_111,&l_3324,(void*)0,(void*)0,&l_3324,&g_111}},{{(void*)0,(void*)0,&l_2328[2],&l_2328[2],&g_2,&g_6,&g_6,(void*)0},{&g_2241[5],&g_2,&g_2241[5],&g_2,(void*)0,(void*)0,&g_315,(void*)0},{&g_2,&l_3209,&l_3231[8][0],&l_2328[2],&g_111,&l_3197,(void*)0,&g_111},{&g_315,(void*)0,(void*)0,&l_3324,&l_3197,&g_1742,(void*)0,(void*)0},{&g_6,&l_2328[2],&l_3231[8][0],&l_2328[0],&g_111,&g_2,(void*)0,&l_3209},{&l_2328[2],&g_2,(void*)0,&l_3324,&g_1743,&l_2328[2],(void*)0,(void*)0},{(void*)0,&l_2328[2],&g_2,&l_2328[2],&l_3197,&l_3209,&l_2328[2],&l_3231[8][0]},{&g_1743,&l_3209,(void*)0,&g_2241[5],&g_315,&l_3231[8][0],&l_3231[8][0],&g_111},{&l_3231[8][0],&g_111,&g_216,&l_3326,&l_3231[8][0],&l_3197,&g_2,&l_3231[8][0]}}};
                    int i, j, k;
                }
                for (g_1146 = 0; (g_1146 <= 9); g_1146 += 1)
                { /* block id: 1495 */
                    uint64_t l_3375 = 0x92A7105761AF9136LL;
                    for (g_1802 = 0; (g_1802 <= 9); g_1802 += 1)
                    { /* block id: 1498 */
                        int32_t *l_3370 = &l_3231[6][0];
                        int32_t *l_3371 = &g_1742;
                        int32_t *l_3372 = (void*)0;
                        int32_t *l_3373 = (void*)0;
                        int32_t *l_3374[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                        int i;
                        if ((*l_3218))
                            break;
                        (*l_3218) = (*p_28);
                        l_3375--;
                    }
                }
            }
        }
        else
        { /* block id: 1505 */
            int16_t *l_3379 = &g_1605;
            int16_t **l_3380 = &g_1096;
            int32_t l_3387[3];
            int32_t *l_3390 = &g_315;
            uint8_t l_3429 = 0xD8L;
            uint16_t ****l_3446 = (void*)0;
            uint64_t **l_3455 = &g_173;
            int i;
            for (i = 0; i < 3; i++)
                l_3387[i] = (-5L);
            if ((l_3378 == ((*l_3380) = l_3379)))
            { /* block id: 1507 */
                uint64_t ***l_3383 = &g_451;
                uint64_t ***l_3385 = &g_451;
                const int32_t *l_3388[8][7][4] = {{{&l_2328[0],&l_2328[0],&g_2241[4],&l_2328[2]},{&g_2241[4],&l_2328[2],&l_3123,&l_2313},{&l_2313,&g_216,&l_2328[0],&l_3123},{&g_6,&g_216,&l_3387[2],&l_2313},{&g_216,&l_2328[2],&g_1741,&l_2328[2]},{&g_2241[5],&l_2328[0],&l_3123,(void*)0},{&g_1741,&g_1743,&g_1254,(void*)0}},{{(void*)0,&g_1254,&g_216,&l_3123},{(void*)0,&g_2241[4],&g_1254,&l_2328[2]},{&g_1741,&l_3123,&l_3123,&g_1741},{&g_2241[5],&l_2313,&g_1741,&l_2328[1]},{&g_216,&l_2328[2],&l_3387[2],(void*)0},{&g_6,(void*)0,&l_2328[0],(void*)0},{&l_2313,&l_2328[2],&l_3123,&l_2328[1]}},{{&g_2241[4],&l_2313,&g_2241[4],&g_1741},{&l_2328[0],&l_3123,(void*)0,&l_2328[2]},{(void*)0,&g_2241[4],&l_2328[1],&l_3123},{&l_2328[2],&g_1254,&l_2328[1],(void*)0},{(void*)0,&g_1743,(void*)0,(void*)0},{&l_2328[0],&l_2328[0],&g_2241[4],&l_2328[2]},{&g_2241[4],&l_2328[2],&l_3123,&l_2313}},{{&l_2313,&g_216,&l_2328[0],&l_3123},{&g_6,&g_216,&l_3387[2],&l_2313},{&g_216,&l_2328[2],&g_1741,&l_2328[2]},{&g_2241[5],&l_2328[0],&l_3123,(void*)0},{&g_1741,&g_1743,&g_1254,(void*)0},{(void*)0,&g_1254,&g_216,&l_3123},{(void*)0,&g_2241[4],&g_1254,&l_2328[2]}},{{&g_1741,&l_3123,&l_3123,&g_1741},{&g_2241[5],&l_2313,&g_1741,&l_2328[1]},{&g_216,&l_2328[2],&l_3387[2],(void*)0},{&g_6,(void*)0,&l_2328[0],(void*)0},{&l_2313,&l_2328[2],&l_3123,&l_2328[1]},{&g_2241[4],&l_2313,&g_2241[4],&g_1741},{&l_2328[0],&l_3123,(void*)0,&l_2328[2]}},{{(void*)0,&g_2241[4],&l_2328[1],&l_3123},{&l_2328[2],&g_1254,&l_2328[1],(void*)0},{(void*)0,&g_1743,(void*)0,(void*)0},{&l_2328[0],&l_2328[0],&g_2241[4],&l_2328[2]},{&g_2241[4],&l_2328[2],&l_3123,&l_2313},{&l_2313,&g_216,&l_2328[0],&l_3123},{&g_6,&g_216,&l_3387[2],&l_2313}},{{&g_216,&l_2328[2],&g_1741,&l_2328[2]},{&g_2241[5],&l_2328[0],&l_3123,(void*)0},{&g_1741,&g_1743,&g_1254,(void*)0},{(void*)0,&g_1254,&g_216,&l_2328[0]},{&g_1741,&g_2241[5],(void*)0,&l_3123},{&g_2241[4],&l_2328[0],&l_2328[0],&g_2241[4]},{&l_2328[2],&g_1254,&g_2241[4],(void*)0}},{{&l_2328[2],&l_3123,&l_2313,&l_2328[1]},{&g_2241[5],&l_3387[2],&g_6,&l_2328[1]},{&g_1254,&l_3123,&g_216,(void*)0},{&g_2241[5],&g_1254,&g_2241[5],&g_2241[4]},{&g_6,&l_2328[0],&g_1741,&l_3123},{&l_2328[1],&g_2241[5],(void*)0,&l_2328[0]},{&l_3123,(void*)0,(void*)0,&l_3387[2]}}};
                int32_t *l_3391 = &g_6;
                int i, j, k;
                l_3390 = (**l_3314);
                for (g_53 = 0; (g_53 <= 9); g_53 += 1)
                { /* block id: 1513 */
                    uint64_t ****l_3392 = &l_3383;
                    int32_t l_3393 = (-1L);
                    int32_t l_3414 = 0L;
                    for (g_216 = 0; (g_216 <= 3); g_216 += 1)
                    { /* block id: 1516 */
                        int i, j, k;
                        l_3393 &= (((*g_1634) &= ((*p_28) |= (*l_3391))) > (&g_857[(g_216 + 3)][(g_216 + 2)][g_1453] != l_3392));
                    }
                    for (g_3058 = 9; (g_3058 >= 0); g_3058 -= 1)
                    { /* block id: 1523 */
                        union U0 * const *l_3395 = &g_873[1];
                        union U0 * const **l_3394 = &l_3395;
                        int32_t l_3396[9][4][4] = {{{0x3A6BDCE9L,0x86FB9ADFL,3L,4L},{0x9A42579FL,(-4L),0x9A42579FL,0x4E3D3340L},{0xEF6A22A9L,(-4L),1L,4L},{0x6EA77962L,0x86FB9ADFL,4L,(-4L)}},{{0x9A42579FL,4L,4L,0x4E3D3340L},{0x6EA77962L,0xC067DD80L,1L,0xC067DD80L},{0xEF6A22A9L,0x86FB9ADFL,0x9A42579FL,0xC067DD80L},{0x9A42579FL,0xC067DD80L,3L,0x4E3D3340L}},{{0x3A6BDCE9L,4L,1L,(-4L)},{0x3A6BDCE9L,0x86FB9ADFL,3L,4L},{0x9A42579FL,(-4L),0x9A42579FL,0x4E3D3340L},{0xEF6A22A9L,(-4L),1L,4L}},{{0x6EA77962L,0x86FB9ADFL,4L,(-4L)},{0x9A42579FL,4L,4L,0x4E3D3340L},{0x6EA77962L,0xC067DD80L,1L,0xC067DD80L},{0xEF6A22A9L,0x86FB9ADFL,0x9A42579FL,0xC067DD80L}},{{0x9A42579FL,0xC067DD80L,3L,0x4E3D3340L},{0x3A6BDCE9L,4L,1L,(-4L)},{0x3A6BDCE9L,0x86FB9ADFL,3L,4L},{0x9A42579FL,(-4L),0x9A42579FL,0x4E3D3340L}},{{0xEF6A22A9L,(-4L),1L,4L},{0x6EA77962L,0x86FB9ADFL,4L,(-4L)},{0x9A42579FL,4L,4L,0x4E3D3340L},{0x6EA77962L,0xC067DD80L,1L,0xC067DD80L}},{{0xEF6A22A9L,0x86FB9ADFL,0x9A42579FL,0xC067DD80L},{0x9A42579FL,0xC067DD80L,3L,0x4E3D3340L},{0x3A6BDCE9L,4L,1L,(-4L)},{0x3A6BDCE9L,0x86FB9ADFL,3L,4L}},{{0x9A42579FL,(-4L),0x9A42579FL,0x4E3D3340L},{0xEF6A22A9L,(-4L),1L,4L},{0x6EA77962L,0x86FB9ADFL,4L,(-4L)},{0x9A42579FL,4L,4L,0x4E3D3340L}},{{0x6EA77962L,0xC067DD80L,1L,0xC067DD80L},{0xEF6A22A9L,0x86FB9ADFL,0x9A42579FL,0xC067DD80L},{0x9A42579FL,0xC067DD80L,3L,0x4E3D3340L},{0x3A6BDCE9L,4L,1L,(-4L)}}};
                        int32_t **l_3417 = &g_265[4];
                        int i, j, k;
                        (*l_3391) |= (*p_28);
                        (*l_3417) = p_28;
                        l_3218 = &l_3387[2];
                        l_3414 = ((*p_28) = (&l_2365 != (((**l_2934) |= ((safe_lshift_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((*l_3218) > ((((*l_3391) |= 2UL) , (((*p_28) | ((((safe_sub_func_uint32_t_u_u((!(0x0AL && p_30)), ((*g_907) == (safe_mul_func_int8_t_s_s(((((((+(l_3393 |= (-1L))) | ((((p_31 <= p_29) <= 0x02DC481078348780LL) && 0xBD41L) == l_3414)) && (*g_227)) , g_3428) , 0x5.9BCAFFp-80) , p_30), 0xA5L))))) | (*l_2606)) > p_30) , (*p_28))) < l_3429)) || (*g_180))), (*g_907))), 7)) & (*l_2606))) , &l_2365)));
                    }
                    return p_29;
                }
                (*p_28) = 0L;
            }
            else
            { /* block id: 1540 */
                uint8_t l_3430 = 255UL;
                ++l_3430;
                for (p_29 = 9; (p_29 >= 0); p_29 -= 1)
                { /* block id: 1544 */
                    int16_t * const ***l_3439[5][10][2] = {{{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437}},{{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437}},{{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437}},{{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437}},{{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437},{&l_3437,&l_3437}}};
                    int32_t l_3449 = (-1L);
                    uint64_t *l_3450 = &g_187;
                    int i, j, k;
                    (*l_3390) &= ((((void*)0 != (*l_3315)) , (*p_28)) > (safe_lshift_func_int8_t_s_s(((safe_div_func_uint16_t_u_u(((((l_3437 = l_3437) == &g_1095) , (**l_3314)) != (void*)0), (*g_227))) != p_29), 2)));
                    (*g_264) = (void*)0;
                }
            }
        }
        if ((*p_28))
            break;
    }
    return (*l_2606);
}


/* ------------------------------------------ */
/* 
 * reads : g_1145 g_1526 g_599 g_263 g_264 g_1914 g_434 g_435 g_216
 * writes: g_1145 g_1526 g_599 g_265 g_188 g_216
 */
static int32_t * func_33(int32_t  p_34, int32_t * p_35, int32_t * p_36)
{ /* block id: 1035 */
    int32_t *l_2308 = &g_2241[5];
    for (g_1145 = 0; (g_1145 <= 1); g_1145 += 1)
    { /* block id: 1038 */
        float l_2304[7][3][10] = {{{0x0.AEE99Ep+47,0x5.Bp+1,0x0.820F61p+20,(-0x7.Bp-1),0x0.820F61p+20,0x5.Bp+1,0x0.AEE99Ep+47,0x1.Dp-1,0xC.8BDC66p-81,0x0.820F61p+20},{0x5.Bp+1,0x0.AEE99Ep+47,0x1.Dp-1,0xC.8BDC66p-81,0x0.820F61p+20,(-0x9.3p+1),0xC.A02B23p+29,(-0x1.2p-1),0x0.3p-1,0x1.Dp-1},{0xC.A02B23p+29,0x0.AEE99Ep+47,0xC.B6E384p+61,0x1.5p+1,(-0x1.Ep-1),0x5.59FE4Dp-77,0x0.AEE99Ep+47,0x0.820F61p+20,0x0.3p-1,0xC.B6E384p+61}},{{(-0x9.3p+1),0x5.Bp+1,(-0x1.Ep-1),0xC.8BDC66p-81,0x1.Fp-1,0x5.59FE4Dp-77,0x5.59FE4Dp-77,0x1.Fp-1,0xC.8BDC66p-81,(-0x1.Ep-1)},{0xC.A02B23p+29,0xC.A02B23p+29,(-0x1.Ep-1),(-0x7.Bp-1),0x0.Dp-1,(-0x9.3p+1),(-0x10.Cp-1),0x0.820F61p+20,(-0x6.5p+1),(-0x1.Ep-1)},{0x5.Bp+1,(-0x9.3p+1),0xC.B6E384p+61,(-0x10.1p+1),0x1.Fp-1,0x5.Bp+1,(-0x10.Cp-1),(-0x1.2p-1),(-0x7.Bp-1),0xC.B6E384p+61}},{{0x0.AEE99Ep+47,0xC.A02B23p+29,0x1.Dp-1,(-0x10.1p+1),(-0x1.Ep-1),(-0x10.Cp-1),0x5.59FE4Dp-77,0x1.Dp-1,(-0x6.5p+1),0x1.Dp-1},{0x0.AEE99Ep+47,0x5.Bp+1,0x0.820F61p+20,(-0x7.Bp-1),0x0.820F61p+20,0x5.Bp+1,0x0.AEE99Ep+47,0x1.Dp-1,0xC.8BDC66p-81,0x0.820F61p+20},{0x5.Bp+1,0x0.AEE99Ep+47,0x1.Dp-1,0xC.8BDC66p-81,0x0.820F61p+20,(-0x9.3p+1),0xC.A02B23p+29,(-0x1.2p-1),0x0.3p-1,0x1.Dp-1}},{{0xC.A02B23p+29,0x0.AEE99Ep+47,0xC.B6E384p+61,0x1.5p+1,(-0x1.Ep-1),0x5.59FE4Dp-77,0x1.Fp-1,0x0.Dp+1,0x6.320CFAp+99,0x7.A9F478p-66},{0xC.B6E384p+61,0x1.Dp-1,0xA.093EA4p-26,0x0.5p-1,0x1.6p-1,(-0x1.Ep-1),(-0x1.Ep-1),0x1.6p-1,0x0.5p-1,0xA.093EA4p-26},{0x0.Dp-1,0x0.Dp-1,0xA.093EA4p-26,0x6.691A67p+81,0x4.E05906p+96,0xC.B6E384p+61,0x0.820F61p+20,0x0.Dp+1,(-0x7.Dp-1),0xA.093EA4p-26}},{{0x1.Dp-1,0xC.B6E384p+61,0x7.A9F478p-66,0x8.Fp+1,0x1.6p-1,0x1.Dp-1,0x0.820F61p+20,0x3.7p-1,0x6.691A67p+81,0x7.A9F478p-66},{0x1.Fp-1,0x0.Dp-1,0x2.Cp+1,0x8.Fp+1,0xA.093EA4p-26,0x0.820F61p+20,(-0x1.Ep-1),0x2.Cp+1,(-0x7.Dp-1),0x2.Cp+1},{0x1.Fp-1,0x1.Dp-1,0x0.Dp+1,0x6.691A67p+81,0x0.Dp+1,0x1.Dp-1,0x1.Fp-1,0x2.Cp+1,0x0.5p-1,0x0.Dp+1}},{{0x1.Dp-1,0x1.Fp-1,0x2.Cp+1,0x0.5p-1,0x0.Dp+1,0xC.B6E384p+61,0x0.Dp-1,0x3.7p-1,0x6.320CFAp+99,0x2.Cp+1},{0x0.Dp-1,0x1.Fp-1,0x7.A9F478p-66,0x8.B7FD9Bp-2,0xA.093EA4p-26,(-0x1.Ep-1),0x1.Fp-1,0x0.Dp+1,0x6.320CFAp+99,0x7.A9F478p-66},{0xC.B6E384p+61,0x1.Dp-1,0xA.093EA4p-26,0x0.5p-1,0x1.6p-1,(-0x1.Ep-1),(-0x1.Ep-1),0x1.6p-1,0x0.5p-1,0xA.093EA4p-26}},{{0x0.Dp-1,0x0.Dp-1,0xA.093EA4p-26,0x6.691A67p+81,0x4.E05906p+96,0xC.B6E384p+61,0x0.820F61p+20,0x0.Dp+1,(-0x7.Dp-1),0xA.093EA4p-26},{0x1.Dp-1,0xC.B6E384p+61,0x7.A9F478p-66,0x8.Fp+1,0x1.6p-1,0x1.Dp-1,0x0.820F61p+20,0x3.7p-1,0x6.691A67p+81,0x7.A9F478p-66},{0x1.Fp-1,0x0.Dp-1,0x2.Cp+1,0x8.Fp+1,0xA.093EA4p-26,0x0.820F61p+20,(-0x1.Ep-1),0x2.Cp+1,(-0x7.Dp-1),0x2.Cp+1}}};
        int32_t l_2305 = (-5L);
        int i, j, k;
        for (g_1526 = 0; (g_1526 <= 1); g_1526 += 1)
        { /* block id: 1041 */
            if ((*p_36))
                break;
        }
        (*p_36) = (l_2305 &= (*p_36));
        for (g_599 = 0; (g_599 <= 1); g_599 += 1)
        { /* block id: 1048 */
            uint32_t l_2306 = 1UL;
            int32_t l_2307 = (-4L);
            p_35 = ((**g_263) = (void*)0);
            (***g_1914) = l_2306;
            l_2307 = (p_34 >= 0UL);
        }
    }
    return l_2308;
}


/* ------------------------------------------ */
/* 
 * reads : g_1017 g_1096 g_132 g_441 g_442 g_443 g_180 g_129.f1 g_907 g_908 g_1059 g_530 g_53 g_6 g_263 g_264 g_2231 g_315 g_227 g_2241 g_1913 g_1914 g_434 g_435 g_188 g_1897 g_2 g_189 g_369 g_1634 g_111 g_719 g_216 g_1605
 * writes: g_1017 g_132 g_129.f1 g_53 g_6 g_265 g_189 g_1913 g_2241 g_56 g_1113 g_530 g_85 g_523 g_1542 g_216 g_1605
 */
static int32_t * func_37(int32_t * p_38, const int32_t * p_39, int32_t  p_40, int16_t  p_41, int32_t * p_42)
{ /* block id: 969 */
    int8_t l_2201 = 0x5DL;
    int32_t l_2221 = 0x8B8D97FAL;
    uint32_t l_2222 = 0x30F49F3AL;
    float ****l_2250 = &g_1914;
    const union U0 l_2269 = {0x6BL};
    int32_t l_2284 = 2L;
    uint16_t l_2294 = 0xF13AL;
    int32_t *l_2303[2][6][6] = {{{&g_6,(void*)0,(void*)0,(void*)0,&g_6,(void*)0},{(void*)0,&g_6,(void*)0,(void*)0,(void*)0,&g_6},{&g_6,&g_6,(void*)0,&g_6,&g_6,&g_6},{(void*)0,(void*)0,(void*)0,&g_6,(void*)0,(void*)0},{&g_6,(void*)0,(void*)0,(void*)0,&g_6,(void*)0},{(void*)0,&g_6,(void*)0,(void*)0,(void*)0,&g_6}},{{&g_6,&g_6,(void*)0,&g_6,&g_6,&g_6},{(void*)0,(void*)0,(void*)0,&g_6,(void*)0,(void*)0},{&g_6,(void*)0,(void*)0,(void*)0,&g_6,(void*)0},{(void*)0,&g_6,(void*)0,(void*)0,(void*)0,&g_6},{&g_6,&g_6,(void*)0,&g_6,&g_6,&g_6},{(void*)0,(void*)0,(void*)0,&g_6,(void*)0,(void*)0}}};
    int i, j, k;
    for (g_1017 = 0; (g_1017 <= 46); ++g_1017)
    { /* block id: 972 */
        uint64_t l_2198 = 0xEEC7B6946FDC075BLL;
        int32_t l_2202 = 0xA9A000D5L;
        union U0 l_2206 = {0x18L};
        int32_t l_2223 = 0x43C826B8L;
        l_2223 |= (safe_div_func_int16_t_s_s((!((safe_mul_func_int16_t_s_s((((((((((*g_1096) = (*g_1096)) >= (l_2198++)) != (((*p_38) = (l_2201 != l_2202)) != ((safe_unary_minus_func_uint8_t_u((((((++(****g_441)) > (l_2206 , l_2201)) , l_2201) , ((safe_div_func_int64_t_s_s(((l_2221 = (safe_lshift_func_uint16_t_u_s((safe_lshift_func_uint8_t_u_u(((***g_442) = (((safe_mod_func_uint64_t_u_u(p_40, (safe_div_func_int32_t_s_s(((safe_add_func_uint8_t_u_u(1UL, (safe_div_func_int8_t_s_s(l_2206.f1, l_2206.f1)))) | (-8L)), l_2201)))) , p_40) & (*g_907))), 7)), l_2201))) & l_2222), (*g_1059))) || p_41)) && l_2201))) <= p_40))) >= 0x3893CCEAL) , l_2202) ^ 0x846A04F91D596666LL) | 4294967294UL) == l_2201), 0x78C2L)) <= l_2206.f1)), 1L));
    }
    for (g_53 = (-11); (g_53 <= 29); g_53 = safe_add_func_uint32_t_u_u(g_53, 8))
    { /* block id: 983 */
        int32_t **** const l_2230 = (void*)0;
        int32_t * const ** const l_2234 = (void*)0;
        int32_t * const ** const *l_2233 = &l_2234;
        int32_t * const ** const l_2236 = (void*)0;
        int32_t * const ** const *l_2235 = &l_2236;
        int32_t * const l_2240 = &g_2241[5];
        int32_t * const *l_2239 = &l_2240;
        int32_t * const ** const l_2238 = &l_2239;
        int32_t * const ** const *l_2237 = &l_2238;
        int32_t *l_2244 = &l_2221;
        union U0 **l_2300[9] = {&g_873[1],(void*)0,&g_873[1],(void*)0,&g_873[1],(void*)0,&g_873[1],(void*)0,&g_873[1]};
        union U0 ***l_2299 = &l_2300[8];
        int32_t *l_2301 = &l_2284;
        int32_t *l_2302 = &g_315;
        int i;
        for (g_6 = 1; (g_6 >= 0); g_6 -= 1)
        { /* block id: 986 */
            int32_t * const ** const **l_2232[10][2][7] = {{{&g_2231[1][1],&g_2231[0][1],(void*)0,&g_2231[1][0],&g_2231[0][0],(void*)0,&g_2231[0][0]},{&g_2231[0][1],&g_2231[0][0],(void*)0,&g_2231[0][1],&g_2231[0][1],&g_2231[0][1],&g_2231[0][0]}},{{&g_2231[0][1],&g_2231[0][0],&g_2231[1][0],&g_2231[1][1],&g_2231[1][1],&g_2231[1][0],&g_2231[0][1]},{(void*)0,(void*)0,&g_2231[1][0],&g_2231[1][1],&g_2231[0][1],&g_2231[1][1],(void*)0}},{{(void*)0,(void*)0,(void*)0,&g_2231[0][0],&g_2231[1][1],&g_2231[0][1],&g_2231[0][1]},{&g_2231[0][1],&g_2231[0][1],(void*)0,&g_2231[0][1],&g_2231[0][0],&g_2231[0][0],&g_2231[0][1]}},{{&g_2231[0][1],&g_2231[0][1],&g_2231[0][1],&g_2231[1][1],(void*)0,&g_2231[0][1],(void*)0},{(void*)0,&g_2231[0][1],&g_2231[0][1],&g_2231[0][1],&g_2231[1][1],&g_2231[0][1],&g_2231[0][0]}},{{&g_2231[0][1],&g_2231[0][1],(void*)0,(void*)0,&g_2231[0][1],&g_2231[0][1],&g_2231[0][1]},{&g_2231[1][1],&g_2231[1][0],&g_2231[0][1],&g_2231[0][1],&g_2231[1][1],&g_2231[0][0],&g_2231[0][1]}},{{&g_2231[0][1],&g_2231[0][1],&g_2231[1][0],&g_2231[0][1],&g_2231[0][1],&g_2231[0][1],&g_2231[0][0]},{&g_2231[0][0],&g_2231[0][0],&g_2231[1][0],(void*)0,&g_2231[1][1],&g_2231[1][1],(void*)0}},{{&g_2231[1][1],&g_2231[0][1],&g_2231[0][0],(void*)0,(void*)0,&g_2231[1][0],&g_2231[1][1]},{&g_2231[1][1],&g_2231[0][1],(void*)0,&g_2231[0][1],&g_2231[1][0],&g_2231[0][1],&g_2231[0][1]}},{{&g_2231[0][1],&g_2231[0][0],&g_2231[0][1],&g_2231[0][1],(void*)0,(void*)0,&g_2231[0][1]},{&g_2231[1][0],&g_2231[0][1],&g_2231[0][0],&g_2231[1][1],&g_2231[0][1],&g_2231[1][1],&g_2231[0][0]}},{{&g_2231[1][0],&g_2231[1][0],&g_2231[0][1],&g_2231[1][1],&g_2231[1][1],&g_2231[1][0],&g_2231[0][0]},{&g_2231[0][1],&g_2231[0][1],&g_2231[1][0],&g_2231[0][1],&g_2231[0][1],(void*)0,(void*)0}},{{(void*)0,&g_2231[0][1],&g_2231[0][1],&g_2231[0][1],&g_2231[1][1],&g_2231[1][1],&g_2231[0][1]},{(void*)0,&g_2231[0][1],&g_2231[1][0],(void*)0,&g_2231[0][1],&g_2231[0][1],&g_2231[0][0]}}};
            uint16_t **l_2242 = (void*)0;
            int32_t l_2243 = 0x004FD61AL;
            int64_t *l_2293[8];
            int32_t *l_2297 = &g_6;
            int i, j, k;
            for (i = 0; i < 8; i++)
                l_2293[i] = &g_1995;
            (**g_263) = &p_40;
            if ((((safe_div_func_uint64_t_u_u((safe_add_func_uint16_t_u_u((l_2230 != (l_2237 = (l_2235 = (l_2233 = g_2231[0][1])))), ((g_315 , &g_398) == l_2242))), ((p_41 < ((*g_227) = ((-2L) > ((p_41 > 0L) | l_2243)))) && p_40))) && p_40) , (*p_38)))
            { /* block id: 992 */
                int32_t *l_2245 = (void*)0;
                return l_2245;
            }
            else
            { /* block id: 994 */
                float *****l_2251 = (void*)0;
                float ****l_2252[6][3] = {{&g_1914,&g_1914,&g_1914},{&g_1914,&g_1914,&g_1914},{&g_1914,&g_1914,&g_1914},{&g_1914,&g_1914,&g_1914},{&g_1914,&g_1914,&g_1914},{&g_1914,&g_1914,&g_1914}};
                int32_t l_2255 = 0xDE0BCD8CL;
                int i, j;
                (**l_2239) = (((safe_lshift_func_int16_t_s_s((((g_1913 = l_2250) != l_2252[5][2]) || (***l_2238)), 12)) && l_2222) & 0UL);
                p_42 = (void*)0;
                (*p_38) ^= ((safe_sub_func_int16_t_s_s(l_2255, (((((*l_2240) ^= (((*g_1096) == (safe_div_func_int16_t_s_s((safe_div_func_uint16_t_u_u((safe_sub_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(((((-(****g_1913)) , ((((p_40 && ((void*)0 == &g_1095)) | (l_2222 , (safe_sub_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((*****g_1897), (l_2269 , 0UL))), l_2255)))) , 4294967289UL) >= 0xF4A8FE24L)) != 0x7AL) , (*g_907)), p_41)), 0x10E5L)), 0xABC2L)), l_2255))) , 0x26L)) & (*g_907)) == 0UL) | 0xA2L))) || l_2255);
            }
            for (l_2201 = 1; (l_2201 >= 0); l_2201 -= 1)
            { /* block id: 1003 */
                uint32_t l_2296 = 1UL;
                for (g_56 = 1; (g_56 >= 0); g_56 -= 1)
                { /* block id: 1006 */
                    uint8_t l_2276 = 0x58L;
                    int32_t l_2283 = 0xDC70E74BL;
                    uint32_t *l_2289 = &g_1113;
                    uint16_t *l_2295[4];
                    int i;
                    for (i = 0; i < 4; i++)
                        l_2295[i] = (void*)0;
                    (*l_2240) = ((safe_div_func_uint32_t_u_u(((safe_div_func_int32_t_s_s(((p_40 && (safe_add_func_uint16_t_u_u(l_2276, (safe_lshift_func_int8_t_s_u((safe_sub_func_int8_t_s_s((p_41 & (safe_add_func_uint64_t_u_u((((((*l_2244) ^= (*p_39)) <= ((-1L) > l_2283)) > (l_2296 = ((((*g_227)++) > ((((*g_1059) = (safe_div_func_int32_t_s_s(5L, ((*l_2289) = 4294967288UL)))) , (((safe_add_func_uint16_t_u_u((safe_unary_minus_func_uint16_t_u(((void*)0 == l_2293[6]))), p_41)) & (*g_1096)) & p_41)) , 0x197BL)) , l_2294))) & p_40), l_2283))), p_40)), 4))))) || (*l_2244)), g_369)) , l_2296), 0x30386B9BL)) <= (*p_39));
                }
                (*p_38) = (*p_39);
            }
            for (g_1113 = 0; (g_1113 <= 1); g_1113 += 1)
            { /* block id: 1018 */
                int32_t *l_2298 = &g_1741;
                if ((*g_1634))
                    break;
                for (g_85 = 0; (g_85 <= 1); g_85 += 1)
                { /* block id: 1022 */
                    return l_2297;
                }
                (*g_719) = l_2298;
                (*p_38) &= (*l_2297);
            }
        }
        (*l_2299) = &g_873[5];
        g_1542 = &g_1543;
        return l_2302;
    }
    return l_2303[1][4][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_53 g_6 g_46 g_2 g_92 g_129 g_143 g_149 g_107 g_264 g_265 g_263 g_719 g_434 g_435 g_188 g_1017 g_315 g_523 g_908 g_163 g_227 g_189 g_441 g_442 g_443 g_180 g_129.f1 g_1059 g_530 g_216 g_1096 g_132 g_621 g_1112 g_907 g_599 g_1438 g_691 g_692 g_1634 g_1666 g_111 g_1802 g_1741 g_1145 g_1744 g_1743 g_1742 g_1542 g_1543 g_1897 g_1913 g_1914 g_586 g_1958 g_1544 g_1526 g_190 g_2058 g_1453 g_2083 g_2084 g_2124 g_2184 g_520
 * writes: g_53 g_56 g_85 g_92 g_107 g_111 g_143 g_149 g_163 g_113 g_315 g_520 g_265 g_523 g_188 g_1095 g_908 g_6 g_216 g_621 g_599 g_907 g_191 g_129.f1 g_873 g_530 g_781 g_442 g_189 g_1113 g_1744 g_1743 g_1742 g_1741 g_586 g_132 g_2007 g_451 g_131 g_831 g_1995 g_1526 g_180 g_1453 g_2083 g_187 g_1112 g_2084 g_2124 g_190
 */
static int32_t * func_48(const float  p_49)
{ /* block id: 7 */
    int32_t *l_50 = &g_6;
    int32_t *l_51 = &g_6;
    int32_t *l_52[2][6];
    const union U0 l_62 = {251UL};
    const int32_t **l_69 = (void*)0;
    uint8_t l_80 = 0x4DL;
    union U0 **l_1956[5];
    int64_t l_1957 = (-1L);
    const int16_t *l_1970[6];
    const int16_t ** const l_1969 = &l_1970[0];
    const int16_t ** const * const l_1968[6] = {&l_1969,&l_1969,&l_1969,&l_1969,&l_1969,&l_1969};
    int8_t l_1985[4][7] = {{0x2EL,0x2AL,8L,0x2AL,0x2EL,(-1L),0x0AL},{0x6DL,0x88L,0x2AL,(-1L),7L,(-1L),0x2AL},{0x0AL,0x0AL,0x05L,8L,0x88L,0x78L,0x6DL},{0x6DL,0x05L,0x0AL,0x0AL,0x05L,8L,0x88L}};
    uint8_t ***l_2003 = &g_443;
    int32_t *****l_2006[6][8] = {{(void*)0,&g_898,(void*)0,(void*)0,&g_898,(void*)0,(void*)0,&g_898},{&g_898,(void*)0,(void*)0,&g_898,(void*)0,(void*)0,&g_898,(void*)0},{&g_898,&g_898,&g_898,&g_898,&g_898,&g_898,&g_898,&g_898},{(void*)0,&g_898,(void*)0,(void*)0,&g_898,(void*)0,(void*)0,&g_898},{&g_898,(void*)0,(void*)0,&g_898,(void*)0,(void*)0,&g_898,(void*)0},{&g_898,&g_898,&g_898,&g_898,&g_898,&g_898,&g_898,&g_898}};
    uint64_t **l_2020[1];
    uint32_t l_2037[8][10][1] = {{{4UL},{4294967294UL},{0x749D1E09L},{4294967289UL},{0x7B8FE2C7L},{4294967289UL},{0x749D1E09L},{4294967294UL},{4UL},{7UL}},{{0xB15919BAL},{0xF3B7E563L},{0x65914A9AL},{3UL},{0xD0C4C680L},{1UL},{0xD0C4C680L},{3UL},{0x65914A9AL},{0xF3B7E563L}},{{0xB15919BAL},{7UL},{4UL},{4294967294UL},{0x749D1E09L},{4294967289UL},{0x7B8FE2C7L},{4294967289UL},{0x749D1E09L},{4294967294UL}},{{4UL},{7UL},{0xB15919BAL},{0xF3B7E563L},{0x65914A9AL},{3UL},{0xD0C4C680L},{1UL},{0xD0C4C680L},{3UL}},{{0x65914A9AL},{0xF3B7E563L},{0xB15919BAL},{7UL},{4UL},{4294967294UL},{0x749D1E09L},{4294967289UL},{0x7B8FE2C7L},{4294967289UL}},{{0x749D1E09L},{4294967294UL},{4UL},{7UL},{0xB15919BAL},{0xF3B7E563L},{0x65914A9AL},{3UL},{0xD0C4C680L},{1UL}},{{0xD0C4C680L},{3UL},{0x65914A9AL},{0xF3B7E563L},{0xB15919BAL},{7UL},{4UL},{4294967294UL},{0x749D1E09L},{4294967289UL}},{{0x7B8FE2C7L},{4294967289UL},{0x749D1E09L},{4294967294UL},{4UL},{7UL},{0xB15919BAL},{0xF3B7E563L},{0x65914A9AL},{3UL}}};
    uint8_t l_2188 = 0x71L;
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 6; j++)
            l_52[i][j] = &g_6;
    }
    for (i = 0; i < 5; i++)
        l_1956[i] = &g_873[1];
    for (i = 0; i < 6; i++)
        l_1970[i] = &g_107;
    for (i = 0; i < 1; i++)
        l_2020[i] = &g_173;
    g_53++;
    (*g_435) = ((g_56 = p_49) >= func_57(&g_46, l_62, func_63(l_69, g_53, (*l_50), func_70(g_46, &l_51, ((safe_mod_func_int64_t_s_s(((safe_mul_func_uint16_t_u_u((~g_46), l_80)) , g_2), g_46)) < g_46), (*l_50)), (*l_50)), (*g_1096)));
    if ((((*l_50) | ((void*)0 == l_1956[1])) , l_1957))
    { /* block id: 857 */
        const int16_t *l_1980[8] = {&g_369,&g_369,&g_369,&g_369,&g_369,&g_369,&g_369,&g_369};
        int32_t l_1983 = 0x9AE595D2L;
        int32_t l_1987 = 4L;
        int32_t l_1990 = 0xCBCB7FEBL;
        int32_t l_1991 = 0x4A1D3AD9L;
        int32_t l_1993 = 1L;
        int32_t l_1994[7][1];
        uint8_t * const *l_2002 = (void*)0;
        uint8_t * const **l_2001 = &l_2002;
        int i, j;
        for (i = 0; i < 7; i++)
        {
            for (j = 0; j < 1; j++)
                l_1994[i][j] = (-4L);
        }
        (*g_719) = g_1958;
        (*g_1634) &= (+(*l_50));
        if ((safe_mod_func_int32_t_s_s((((safe_lshift_func_uint8_t_u_u((((safe_add_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((void*)0 == l_1968[1]), (+((((((safe_lshift_func_uint16_t_u_u((safe_div_func_uint32_t_u_u(g_1743, g_1438[0][1][1])), (safe_lshift_func_uint16_t_u_s((safe_rshift_func_uint8_t_u_s((l_1980[4] != l_1980[2]), (*l_50))), ((safe_mod_func_uint64_t_u_u(l_1983, l_1983)) < (*l_50)))))) , (void*)0) == (void*)0) | 0xB143E7FEL) <= g_129.f1) == l_1983)))), l_1983)) , l_1983) < 0UL), 2)) | l_1983) && l_1983), 4294967286UL)))
        { /* block id: 860 */
            int64_t l_1984 = 0x79C0614F2973CD78LL;
            int32_t l_1986 = 1L;
            int32_t l_1988 = (-6L);
            int32_t l_1989 = 1L;
            int32_t l_1992[6][5][2];
            uint64_t l_1996 = 0x2606999E7B4AC569LL;
            uint8_t ***l_2004 = (void*)0;
            int i, j, k;
            for (i = 0; i < 6; i++)
            {
                for (j = 0; j < 5; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_1992[i][j][k] = 1L;
                }
            }
            ++l_1996;
            l_1992[2][4][0] ^= (safe_div_func_uint16_t_u_u((l_2001 != (l_2004 = ((**g_1897) = l_2003))), 0x61ABL));
        }
        else
        { /* block id: 865 */
            int32_t * const ***l_2005 = (void*)0;
            (*g_1634) = (l_2005 != &g_899);
            g_2007[3] = l_2006[1][7];
        }
    }
    else
    { /* block id: 869 */
        uint32_t l_2010 = 18446744073709551613UL;
        int32_t l_2011 = 0x2D07528CL;
        int32_t *l_2012 = &g_2;
        l_2011 &= (0x5CL == (safe_sub_func_int32_t_s_s(0xAC9AF983L, l_2010)));
        return l_2012;
    }
    for (g_111 = 0; (g_111 <= 2); g_111 = safe_add_func_int8_t_s_s(g_111, 1))
    { /* block id: 875 */
        uint64_t **l_2019 = &g_173;
        union U0 ***l_2021 = (void*)0;
        union U0 **l_2023 = &g_873[1];
        union U0 ***l_2022 = &l_2023;
        int32_t l_2026 = (-9L);
        float *l_2027 = &g_131;
        float *l_2028 = &g_113[1];
        float *l_2038 = &g_831;
        int64_t *l_2039 = &g_1995;
        int32_t l_2040 = 7L;
        uint8_t l_2057[9] = {0UL,0UL,1UL,0UL,0UL,1UL,0UL,0UL,1UL};
        int32_t l_2117 = 0xACB7B600L;
        int32_t l_2120 = 4L;
        int32_t l_2121 = 2L;
        uint8_t ** const * const l_2143 = (void*)0;
        int16_t l_2180 = 1L;
        int i;
        (*l_2028) = ((*l_2027) = (safe_mul_func_float_f_f(((safe_add_func_float_f_f(((l_1956[3] != ((*l_2022) = ((l_2019 != ((***g_1542) = l_2020[0])) , l_1956[1]))) == 0x5.3DB886p-33), (safe_sub_func_float_f_f((((****g_1913) = (*l_51)) > (*l_50)), l_2026)))) != 0x1.Bp+1), p_49)));
        (*l_50) = 6L;
        if ((((((((*l_2039) = ((*g_1059) = (safe_mod_func_int32_t_s_s((safe_rshift_func_uint8_t_u_s(((safe_sub_func_float_f_f(((safe_mul_func_float_f_f(((l_2026 , (*g_435)) != (l_2026 != p_49)), ((*l_2028) = ((*l_2027) = 0x0.Fp-1)))) == 0x5.D21B4Dp-46), ((*l_2038) = (l_2037[7][3][0] == (((**g_434) > 0x8.7EDEADp-54) < (*g_435)))))) , (*****g_1897)), l_2026)), 0x1A6E1F30L)))) > l_2026) < (*g_691)) >= (*l_51)) | l_2040) || l_2026))
        { /* block id: 887 */
            int32_t l_2059 = (-6L);
            uint8_t l_2063 = 0x5AL;
            uint8_t *l_2073 = &g_1438[0][1][1];
            const union U0 *l_2086 = (void*)0;
            const union U0 **l_2087 = (void*)0;
            const union U0 **l_2088 = &l_2086;
            for (g_1526 = 1; (g_1526 >= 0); g_1526 -= 1)
            { /* block id: 890 */
                uint32_t l_2050 = 18446744073709551615UL;
                int32_t *l_2060 = &l_2040;
                int32_t l_2082[8][6] = {{(-1L),(-1L),0x96062313L,0xEC869B84L,0xD563954DL,0L},{5L,(-1L),1L,0x5A06F484L,0xF315F1FCL,0x96062313L},{(-10L),5L,1L,(-10L),(-1L),0L},{0xEC869B84L,(-10L),0x96062313L,(-10L),0xEC869B84L,(-10L)},{(-10L),0xEC869B84L,(-10L),0x5A06F484L,0xEC869B84L,9L},{5L,(-10L),(-10L),0xEC869B84L,(-1L),9L},{(-1L),5L,(-10L),0xF315F1FCL,0x99873FC0L,0xF315F1FCL},{0x8C841343L,0x8C841343L,(-1L),0x9096B280L,0x3C07A191L,0x5A06F484L}};
                int i, j;
                for (g_599 = 0; (g_599 <= 1); g_599 += 1)
                { /* block id: 893 */
                    int32_t *l_2061 = &g_111;
                    int32_t l_2062 = 0x73BC6F2FL;
                    int i, j, k;
                    if (((!g_190[(g_1526 + 3)][g_1526][g_599]) , (safe_add_func_uint32_t_u_u(((safe_rshift_func_int8_t_s_u(l_2040, (safe_add_func_uint8_t_u_u((g_190[(g_1526 + 3)][g_1526][g_599] == ((safe_mul_func_int64_t_s_s(((*l_2039) = l_2026), ((l_2050 && 0x7935L) < (safe_mod_func_uint32_t_u_u((safe_mod_func_uint8_t_u_u(((safe_mod_func_uint32_t_u_u(((**g_1897) == ((l_2050 < (l_2057[7] > (*g_227))) , (**g_1897))), g_2058)) > (*g_227)), l_2050)), 4294967293UL))))) & l_2057[6])), (***g_442))))) & l_2059), l_2050))))
                    { /* block id: 895 */
                        return l_2061;
                    }
                    else
                    { /* block id: 897 */
                        int64_t l_2080 = (-8L);
                        int32_t l_2081 = (-9L);
                        l_2063--;
                        l_2082[1][1] &= ((*l_50) = (l_2057[7] , ((((((((*g_1059) = (safe_lshift_func_uint16_t_u_s((safe_sub_func_int16_t_s_s(((safe_mod_func_int8_t_s_s((((((((!((0x2BFCL & l_2063) <= (l_2080 = (1UL & ((((**g_442) = (**g_442)) == l_2073) && (((safe_add_func_uint16_t_u_u((safe_div_func_int64_t_s_s(l_2059, (safe_sub_func_int32_t_s_s(((&g_1864 == &l_2050) , (*l_51)), (*l_2061))))), 0xABA9L)) < (*g_227)) <= (*l_2061))))))) != (*l_2061)) | (-10L)) != (*g_227)) | 0x11CEL) || (*g_227)) & 0xBE430FBDDC94C7FFLL), (*l_2061))) < l_2081), l_2026)), 9))) ^ l_2081) , l_2040) , 255UL) & 5UL) , 0x0043L) > 0x4B8AL)));
                    }
                }
                for (g_1453 = 0; (g_1453 <= 1); g_1453 += 1)
                { /* block id: 908 */
                    int64_t *****l_2085 = &g_2083;
                    (*l_2085) = g_2083;
                }
            }
            for (g_187 = 0; g_187 < 10; g_187 += 1)
            {
                for (g_189 = 0; g_189 < 6; g_189 += 1)
                {
                    g_1112[g_187][g_189] = 0UL;
                }
            }
            (*l_2088) = l_2086;
        }
        else
        { /* block id: 914 */
            uint16_t l_2106 = 1UL;
            const int32_t * const l_2109 = &g_46;
            int32_t l_2112 = (-1L);
            int32_t l_2115 = 0x7C1EC857L;
            int32_t l_2118 = 0x9547D9B0L;
            int32_t l_2122[6][3][3] = {{{(-2L),1L,0x992B6B64L},{0xE70827AEL,1L,0xEF809CACL},{(-1L),(-2L),0x992B6B64L}},{{(-1L),(-1L),0xC8B91C09L},{0xE70827AEL,(-2L),0xC8B91C09L},{(-2L),1L,0x992B6B64L}},{{0xE70827AEL,1L,0xEF809CACL},{(-1L),(-2L),0x992B6B64L},{(-1L),(-1L),0xC8B91C09L}},{{0xE70827AEL,(-2L),0xC8B91C09L},{(-2L),1L,0x992B6B64L},{0xE70827AEL,1L,0xEF809CACL}},{{(-1L),(-2L),0x992B6B64L},{(-1L),(-1L),0xC8B91C09L},{0xE70827AEL,(-2L),0xC8B91C09L}},{{(-2L),1L,0x992B6B64L},{0xE70827AEL,1L,0xEF809CACL},{(-1L),(-2L),0x992B6B64L}}};
            const uint8_t *l_2146 = (void*)0;
            const uint8_t **l_2145 = &l_2146;
            const uint8_t ***l_2144 = &l_2145;
            uint32_t l_2181 = 0x83951B36L;
            int i, j, k;
            if (((*l_50) = (*l_51)))
            { /* block id: 916 */
                uint64_t ***l_2095 = &g_451;
                int32_t l_2098[3];
                int16_t *l_2105 = &g_107;
                int i;
                for (i = 0; i < 3; i++)
                    l_2098[i] = 3L;
                l_2040 = ((*l_50) &= (0x8D931F73L >= ((safe_mod_func_uint32_t_u_u(l_2026, (safe_div_func_uint32_t_u_u((((safe_mul_func_uint8_t_u_u((l_2095 == &l_2019), 0x96L)) != (safe_add_func_int64_t_s_s((l_2098[0] | ((*l_2105) |= ((*g_1096) ^= (safe_sub_func_int32_t_s_s((safe_lshift_func_int16_t_s_u(((safe_mod_func_uint8_t_u_u(((void*)0 != (*g_443)), 0x2CL)) <= 0x48L), 15)), l_2098[0]))))), l_2106))) || 0L), l_2106)))) != (*g_1059))));
            }
            else
            { /* block id: 921 */
                float l_2113 = (-0x1.4p+1);
                int32_t l_2123[10] = {(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L)};
                int i;
                (*g_2083) = (*g_2083);
                for (g_530 = (-15); (g_530 == (-18)); g_530 = safe_sub_func_uint16_t_u_u(g_530, 1))
                { /* block id: 925 */
                    if (l_2106)
                        break;
                }
                if (l_2026)
                { /* block id: 928 */
                    int64_t l_2114 = 0x783ADEA3930136D1LL;
                    int32_t l_2116[5];
                    int i;
                    for (i = 0; i < 5; i++)
                        l_2116[i] = 0L;
                    if (l_2026)
                    { /* block id: 929 */
                        const int32_t *l_2111 = (void*)0;
                        const int32_t **l_2110 = &l_2111;
                        int32_t l_2119 = 0x35C3DE82L;
                        (*l_2110) = l_2109;
                        ++g_2124[1];
                        (**g_434) = ((((safe_sub_func_float_f_f((safe_sub_func_float_f_f((safe_sub_func_float_f_f(((safe_mul_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u((((l_2057[6] <= ((***g_442) = (*l_2111))) , (*l_2109)) || 0xF865L), ((p_49 , (safe_add_func_uint16_t_u_u((0xCE6FL & (safe_lshift_func_int16_t_s_u(((*l_2109) , (&g_873[1] != (void*)0)), 5))), (*g_227)))) == 0xF9BCF7C921FCA1A2LL))) | 0x446BL), 0L)) , (*g_435)), p_49)), 0xD.B863ADp+78)), p_49)) < (*g_435)) < (**g_434)) >= (*g_435));
                    }
                    else
                    { /* block id: 934 */
                        (*g_719) = &l_2123[2];
                        (*l_50) = ((safe_rshift_func_uint16_t_u_s(l_2116[0], 9)) == (l_2143 != l_2144));
                        return (**g_263);
                    }
                }
                else
                { /* block id: 939 */
                    int32_t *l_2147 = (void*)0;
                    (*g_264) = &l_2040;
                    return l_2147;
                }
            }
            if ((0xE8E39D72L == (*l_2109)))
            { /* block id: 944 */
                uint32_t *l_2152 = &g_53;
                int32_t l_2178 = 0xF62FC59FL;
                union U0 *** const l_2179[5] = {&l_1956[1],&l_1956[1],&l_1956[1],&l_1956[1],&l_1956[1]};
                int i;
                (***g_1914) = ((safe_add_func_float_f_f(((**g_434) > ((l_2117 = (safe_sub_func_float_f_f(((--(*l_2152)) , (safe_sub_func_float_f_f((((0x0.6p+1 > (safe_div_func_float_f_f(0x0.5A5258p+97, ((safe_sub_func_float_f_f((safe_div_func_float_f_f((safe_sub_func_float_f_f(((0x7.769644p+95 != (safe_div_func_float_f_f((((*l_2027) = (((safe_sub_func_float_f_f((safe_mul_func_float_f_f(((((safe_rshift_func_int8_t_s_u((((*g_1059) = (*g_691)) ^ ((safe_add_func_uint32_t_u_u(0x57DF656DL, ((safe_lshift_func_int16_t_s_u(((((*g_1096) ^= (safe_unary_minus_func_uint8_t_u(((l_2178 >= (((l_2179[1] != &g_872[0]) | (***g_442)) && 0UL)) < 0L)))) <= (*l_50)) == 0x1060L), 8)) , 1L))) , l_2178)), 4)) >= 1L) & 65535UL) , p_49), l_2180)), (*g_435))) != p_49) >= (*g_435))) == 0x1.Ap+1), 0xC.5DF12Ap+44))) > 0x2.91B377p-53), 0xA.E720C4p+72)), l_2040)), 0xF.F344EAp-76)) <= p_49)))) < 0x5.D05E4Dp+35) > l_2178), l_2181))), 0xC.43989Ep+98))) >= p_49)), p_49)) == 0x1.4p-1);
            }
            else
            { /* block id: 951 */
                int16_t l_2185 = 1L;
                for (l_2180 = (-20); (l_2180 >= (-26)); --l_2180)
                { /* block id: 954 */
                    l_2122[4][0][2] = ((((void*)0 != g_2184[1][1]) < l_2185) < (safe_mul_func_int8_t_s_s((-1L), 1UL)));
                    for (l_2040 = 0; l_2040 < 5; l_2040 += 1)
                    {
                        for (g_107 = 0; g_107 < 5; g_107 += 1)
                        {
                            for (g_1526 = 0; g_1526 < 2; g_1526 += 1)
                            {
                                g_190[l_2040][g_107][g_1526] = 0x745539FFL;
                            }
                        }
                    }
                    for (g_520 = 0; (g_520 <= 6); g_520 += 1)
                    { /* block id: 959 */
                        return (*g_264);
                    }
                    return (**g_263);
                }
            }
        }
        l_2188++;
    }
    return (**g_263);
}


/* ------------------------------------------ */
/* 
 * reads : g_621 g_263 g_264 g_265 g_315 g_46 g_1112 g_907 g_180 g_129.f1 g_599 g_435 g_434 g_188 g_441 g_442 g_443 g_1059 g_143 g_6 g_1438 g_530 g_691 g_692 g_719 g_1634 g_1666 g_227 g_189 g_1096 g_132 g_908 g_111 g_1802 g_92 g_1741 g_1145 g_1744 g_1743 g_1742 g_1542 g_1543 g_1897 g_1913 g_1914 g_523 g_586
 * writes: g_621 g_265 g_599 g_92 g_315 g_907 g_191 g_129.f1 g_908 g_188 g_873 g_530 g_6 g_523 g_111 g_781 g_442 g_189 g_1113 g_1744 g_1743 g_1742 g_1741 g_586 g_132
 */
static const float  func_57(const int32_t * p_58, const union U0  p_59, int32_t ** p_60, int16_t  p_61)
{ /* block id: 596 */
    int16_t l_1295 = 0xE8C9L;
    int32_t l_1296[3];
    int8_t **l_1315 = &g_907;
    int64_t *l_1370 = &g_530;
    uint64_t * const **l_1384[2][6][5] = {{{(void*)0,&g_858,&g_858,&g_858,&g_858},{(void*)0,&g_858,(void*)0,&g_858,&g_858},{&g_858,(void*)0,&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858,&g_858,(void*)0},{&g_858,(void*)0,&g_858,&g_858,(void*)0},{(void*)0,&g_858,(void*)0,(void*)0,&g_858}},{{&g_858,(void*)0,&g_858,(void*)0,&g_858},{(void*)0,&g_858,&g_858,&g_858,&g_858},{&g_858,(void*)0,(void*)0,&g_858,&g_858},{(void*)0,&g_858,&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858,&g_858,&g_858}}};
    uint64_t * const ***l_1383 = &l_1384[1][1][2];
    uint8_t l_1385 = 0x5DL;
    int64_t **l_1393[10][1][1];
    int64_t *l_1394 = &g_530;
    uint32_t *l_1395[9] = {&g_1017,&g_1017,&g_1017,&g_1017,&g_1017,&g_1017,&g_1017,&g_1017,&g_1017};
    int32_t l_1396 = 0L;
    uint32_t l_1404 = 0x1A86CD58L;
    int32_t l_1405 = 0x3B7C376EL;
    int32_t *l_1406 = &g_6;
    union U0 l_1479 = {0xB6L};
    int16_t * const l_1492 = &g_132;
    uint8_t l_1501 = 1UL;
    uint64_t l_1528[7];
    uint64_t l_1609 = 0xC8A117149625D199LL;
    int8_t l_1670 = (-9L);
    float l_1675 = 0x2.5p-1;
    uint32_t l_1676[8][2] = {{18446744073709551610UL,18446744073709551610UL},{18446744073709551615UL,18446744073709551610UL},{18446744073709551610UL,18446744073709551615UL},{18446744073709551610UL,18446744073709551610UL},{18446744073709551615UL,18446744073709551610UL},{18446744073709551610UL,18446744073709551615UL},{18446744073709551610UL,18446744073709551610UL},{18446744073709551615UL,18446744073709551610UL}};
    int8_t l_1688 = (-1L);
    const int32_t l_1708 = 5L;
    int32_t * const l_1740[8] = {&g_1744,&g_1742,&g_1744,&g_1742,&g_1744,&g_1742,&g_1744,&g_1742};
    int32_t * const *l_1739 = &l_1740[5];
    float ***l_1810 = &g_434;
    float *** const *l_1809 = &l_1810;
    float *** const **l_1808[1][1];
    float *****l_1813 = (void*)0;
    int64_t l_1925 = 0L;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1296[i] = 0x2FC770ADL;
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
                l_1393[i][j][k] = (void*)0;
        }
    }
    for (i = 0; i < 7; i++)
        l_1528[i] = 0xC764A45AD400B5DBLL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_1808[i][j] = &l_1809;
    }
    for (g_621 = 0; (g_621 >= 33); g_621 = safe_add_func_int64_t_s_s(g_621, 2))
    { /* block id: 599 */
        float l_1293[6] = {0xB.9A4CA4p-6,0xB.9A4CA4p-6,0x4.EB3207p+53,0xB.9A4CA4p-6,0xB.9A4CA4p-6,0x4.EB3207p+53};
        int32_t l_1294[6][4][4] = {{{(-1L),0L,(-1L),0L},{(-4L),0x2FFF6C22L,0L,0L},{0xAA7C03FBL,0L,(-8L),0x2FFF6C22L},{0L,8L,(-8L),0xB108EBFCL}},{{0x25DD77E2L,0x2FFF6C22L,(-8L),0L},{(-1L),0x2FFF6C22L,0L,0xB108EBFCL},{0L,0xB108EBFCL,0x25DD77E2L,0L},{0L,0xD316DEEBL,0L,0xEF67C2C1L}},{{(-1L),0L,(-8L),0xEF67C2C1L},{0x25DD77E2L,0xD316DEEBL,0xAA7C03FBL,0L},{0L,0xB108EBFCL,0xAA7C03FBL,0xB108EBFCL},{0x25DD77E2L,0x2FFF6C22L,(-8L),0L}},{{(-1L),0x2FFF6C22L,0L,0xB108EBFCL},{0L,0xB108EBFCL,0x25DD77E2L,0L},{0L,0xD316DEEBL,0L,0xEF67C2C1L},{(-1L),0L,(-8L),0xEF67C2C1L}},{{0x25DD77E2L,0xD316DEEBL,0xAA7C03FBL,0L},{0L,0xB108EBFCL,0xAA7C03FBL,0xB108EBFCL},{0x25DD77E2L,0x2FFF6C22L,(-8L),0L},{(-1L),0x2FFF6C22L,0L,0xB108EBFCL}},{{0L,0xB108EBFCL,0x25DD77E2L,0L},{0L,0xD316DEEBL,0L,0xEF67C2C1L},{(-1L),0L,(-8L),0xEF67C2C1L},{0x25DD77E2L,0xD316DEEBL,0xAA7C03FBL,0L}}};
        uint16_t l_1297 = 65532UL;
        int8_t **l_1313 = &g_907;
        uint32_t *l_1322 = (void*)0;
        const union U0 l_1329 = {0x73L};
        int64_t *l_1372 = &g_530;
        uint32_t l_1379 = 1UL;
        uint64_t * const **l_1381 = &g_858;
        uint64_t * const ***l_1380 = &l_1381;
        uint64_t * const ****l_1382[5] = {&l_1380,&l_1380,&l_1380,&l_1380,&l_1380};
        union U0 **l_1386 = &g_873[1];
        int i, j, k;
        (**g_263) = (void*)0;
        if (((void*)0 == &g_442))
        { /* block id: 601 */
            int32_t *l_1291 = &g_315;
            int32_t *l_1292[2];
            int8_t **l_1310 = &g_907;
            int8_t ***l_1311 = (void*)0;
            int8_t ***l_1312[1][9][3];
            int8_t **l_1314 = &g_907;
            union U0 *l_1338 = &g_129;
            int64_t *l_1371 = &g_530;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_1292[i] = &g_315;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 9; j++)
                {
                    for (k = 0; k < 3; k++)
                        l_1312[i][j][k] = &l_1310;
                }
            }
            l_1297++;
            (*g_264) = (*p_60);
            for (g_599 = 0; (g_599 > 25); ++g_599)
            { /* block id: 611 */
                uint32_t l_1341 = 0UL;
                for (l_1297 = 0; (l_1297 <= 25); l_1297 = safe_add_func_int64_t_s_s(l_1297, 9))
                { /* block id: 614 */
                    int16_t l_1340 = 0xD0E2L;
                    int8_t *l_1349 = (void*)0;
                    int32_t l_1356 = 0L;
                    for (g_92 = (-10); (g_92 <= 37); g_92++)
                    { /* block id: 617 */
                        union U0 **l_1339 = &l_1338;
                        (*l_1291) = (safe_lshift_func_uint16_t_u_s((*l_1291), l_1296[0]));
                        if ((*p_58))
                            continue;
                        (*l_1339) = l_1338;
                    }
                    if ((*p_58))
                    { /* block id: 622 */
                        --l_1341;
                    }
                    else
                    { /* block id: 624 */
                        uint16_t l_1348 = 0xEC54L;
                        uint64_t *l_1350 = &g_191[5][2];
                        int32_t l_1351 = 0x76A5AF48L;
                        l_1356 = ((safe_div_func_uint8_t_u_u((safe_div_func_int16_t_s_s(((l_1348 = l_1294[0][1][3]) >= (g_1112[2][0] , ((*l_1350) = (((*l_1314) = (*l_1313)) != l_1349)))), p_59.f1)), l_1351)) , (((*l_1291) = (safe_rshift_func_int8_t_s_s((safe_sub_func_int64_t_s_s((p_58 != (((*g_180) ^= l_1296[0]) , &g_586[0][1][3])), 1L)), p_59.f1))) > l_1340));
                        l_1296[0] &= (safe_rshift_func_int16_t_s_s((l_1340 ^ (safe_sub_func_int16_t_s_s(((((void*)0 == &g_1096) , ((void*)0 == p_58)) != (-1L)), (safe_lshift_func_uint16_t_u_u((p_61 < (safe_add_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_s((safe_unary_minus_func_uint16_t_u(4UL)), 3)) >= (((**l_1310) = (safe_div_func_uint8_t_u_u(((((l_1371 = l_1370) != l_1372) <= g_599) ^ l_1295), p_59.f0))) < p_61)), p_59.f1))), 6))))), 12));
                        (*g_435) = l_1356;
                    }
                    if ((*p_58))
                        break;
                }
                (*l_1291) |= 5L;
            }
        }
        else
        { /* block id: 640 */
            return (**g_434);
        }
        (*l_1386) = ((safe_add_func_int32_t_s_s(((safe_mul_func_int8_t_s_s((p_59.f0 < (((safe_mul_func_uint8_t_u_u((****g_441), (l_1379 >= ((**l_1313) = (((l_1296[0] , (void*)0) == (l_1383 = l_1380)) && 0xDD6DA570L))))) , 0x6C0DB190E1E3DE06LL) | 0x954C2AB3EF084EDBLL)), 0xFAL)) > l_1385), l_1296[1])) , (void*)0);
        (**g_434) = (safe_div_func_float_f_f(p_59.f0, l_1385));
    }
    if (((*l_1406) &= ((safe_lshift_func_uint8_t_u_u((**g_443), 1)) , (safe_rshift_func_int8_t_s_s(((l_1396 = (((*g_1059) = ((l_1394 = l_1370) == (void*)0)) ^ (l_1296[0] ^= 0L))) , ((safe_unary_minus_func_uint8_t_u(0x1BL)) < ((l_1315 != (((l_1385 | (safe_mod_func_int32_t_s_s(0xA2CA188EL, (safe_add_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(((((65535UL < 65527UL) , l_1296[1]) != l_1404) | 0x8EL), p_59.f1)), l_1405))))) != g_143) , l_1315)) != l_1296[0]))), 0)))))
    { /* block id: 653 */
        const union U0 **l_1407[6];
        int32_t l_1439[2];
        int32_t l_1440 = (-10L);
        uint32_t l_1441 = 3UL;
        uint16_t l_1442 = 0UL;
        float ****l_1478 = (void*)0;
        float *****l_1477[4][6] = {{&l_1478,(void*)0,&l_1478,&l_1478,(void*)0,&l_1478},{&l_1478,(void*)0,&l_1478,&l_1478,(void*)0,&l_1478},{&l_1478,(void*)0,&l_1478,&l_1478,(void*)0,&l_1478},{&l_1478,(void*)0,&l_1478,&l_1478,(void*)0,&l_1478}};
        int32_t *l_1480 = &l_1396;
        uint8_t l_1562 = 7UL;
        int64_t l_1606[3][5][3] = {{{(-8L),(-8L),(-8L)},{0x594F4939DE1CA1C3LL,0x45537423EC6BA694LL,0x594F4939DE1CA1C3LL},{(-8L),(-8L),(-8L)},{0x594F4939DE1CA1C3LL,0x45537423EC6BA694LL,0x594F4939DE1CA1C3LL},{(-8L),(-8L),(-8L)}},{{0x594F4939DE1CA1C3LL,0x45537423EC6BA694LL,0x594F4939DE1CA1C3LL},{(-8L),(-8L),(-8L)},{0x594F4939DE1CA1C3LL,0x45537423EC6BA694LL,0x594F4939DE1CA1C3LL},{(-8L),(-8L),(-8L)},{0x594F4939DE1CA1C3LL,0x45537423EC6BA694LL,0x594F4939DE1CA1C3LL}},{{(-8L),(-8L),(-8L)},{0x594F4939DE1CA1C3LL,0x45537423EC6BA694LL,0x594F4939DE1CA1C3LL},{(-8L),(-8L),(-8L)},{0x594F4939DE1CA1C3LL,0x45537423EC6BA694LL,0x594F4939DE1CA1C3LL},{(-8L),(-8L),(-8L)}}};
        uint64_t *****l_1617 = &g_1543;
        int32_t ****l_1629 = &g_899;
        uint64_t l_1651 = 18446744073709551613UL;
        uint32_t l_1657 = 18446744073709551609UL;
        union U0 l_1669 = {0x32L};
        int32_t *l_1671 = &g_6;
        int32_t *l_1672 = &l_1396;
        int32_t *l_1673 = (void*)0;
        int32_t *l_1674[8][9] = {{&l_1396,(void*)0,&g_216,&g_315,&g_216,(void*)0,&l_1396,&g_2,&l_1439[1]},{&g_2,&l_1439[1],&l_1396,&l_1439[0],&g_2,&l_1439[0],&l_1396,&l_1439[1],&g_2},{(void*)0,&l_1439[0],&g_2,&g_2,&l_1296[0],&g_216,&l_1296[0],&g_2,&g_2},{&l_1296[0],&l_1296[0],(void*)0,&l_1296[0],&l_1439[1],&g_315,&g_2,&g_315,&g_216},{&l_1296[0],&g_315,&g_315,&l_1296[0],&l_1439[0],&g_216,&l_1396,&l_1296[0],&l_1396},{&l_1296[0],(void*)0,&l_1296[0],&l_1296[0],(void*)0,&l_1296[0],&l_1439[1],&g_315,&g_2},{&l_1296[0],&g_216,&l_1296[0],&l_1439[0],&l_1439[0],&l_1296[0],&g_216,&l_1296[0],(void*)0},{&g_2,&l_1296[0],&l_1296[0],&l_1439[1],&g_216,&g_216,&l_1439[1],&l_1296[0],&l_1296[0]}};
        int i, j, k;
        for (i = 0; i < 6; i++)
            l_1407[i] = (void*)0;
        for (i = 0; i < 2; i++)
            l_1439[i] = (-1L);
        if ((l_1407[3] == ((!((safe_mod_func_uint64_t_u_u(((safe_div_func_int64_t_s_s(0x01139DA070ED6F87LL, (safe_mul_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u(((p_59.f1 && (safe_div_func_uint64_t_u_u(((((((safe_add_func_int16_t_s_s(0x1347L, 3UL)) , (((safe_sub_func_uint64_t_u_u(((safe_lshift_func_uint8_t_u_u(((((safe_add_func_uint64_t_u_u((((safe_mod_func_int64_t_s_s(((safe_mul_func_int8_t_s_s((safe_div_func_int32_t_s_s((safe_mul_func_uint8_t_u_u(((*g_180) ^= (safe_mul_func_uint8_t_u_u(((void*)0 == &l_1404), (~((0x37301D5BL && g_1438[0][1][0]) , l_1439[1]))))), 1UL)), l_1439[1])), p_59.f0)) ^ 1L), 0xFDF116289BDC9E23LL)) | 0L) && (*l_1406)), p_59.f1)) <= 9UL) && (**g_443)) > p_59.f1), l_1439[1])) >= (*g_1059)), l_1440)) ^ l_1440) , p_59.f1)) & l_1441) != 3UL) , (*g_691)) <= p_59.f1), 0xF94AD9571E7C1F3ELL))) & l_1442), 1)) && p_59.f1), (*l_1406))))) == l_1442), p_59.f1)) & 1UL)) , &g_873[1])))
        { /* block id: 655 */
            uint32_t l_1474 = 1UL;
            uint8_t *l_1490 = &g_129.f1;
            int32_t l_1510 = 2L;
            int32_t l_1592 = 6L;
            int32_t l_1593 = 1L;
            int32_t *****l_1594 = &g_898;
        }
        else
        { /* block id: 725 */
            return (**g_434);
        }
        for (p_61 = (-21); (p_61 <= (-19)); ++p_61)
        { /* block id: 730 */
            int32_t *l_1600 = &l_1439[1];
            int32_t *l_1601 = &g_315;
            int32_t *l_1602 = &l_1296[0];
            int32_t *l_1603[8][7][2] = {{{&g_6,&g_315},{&l_1396,&l_1439[0]},{&g_6,&g_111},{&g_6,&l_1439[0]},{&l_1396,&g_315},{&g_6,&g_315},{&l_1396,&l_1439[0]}},{{&g_6,&g_111},{&g_6,&l_1439[0]},{&l_1396,&g_315},{&g_6,&g_315},{&l_1396,&l_1439[0]},{&g_6,&g_111},{&g_6,&l_1439[0]}},{{&l_1396,&g_315},{&g_6,&g_315},{&l_1396,&l_1439[0]},{&g_6,&g_111},{&g_6,&l_1439[0]},{&l_1396,&g_315},{&g_6,&g_315}},{{&l_1396,&l_1439[0]},{&g_6,&g_111},{&g_6,&l_1439[0]},{&l_1396,&g_315},{&g_6,&g_315},{&l_1396,&l_1439[0]},{&g_6,&g_111}},{{&g_6,&l_1439[0]},{&l_1396,&g_315},{&g_6,&g_315},{&l_1396,&l_1439[0]},{&g_6,&g_111},{&g_6,&l_1439[0]},{&l_1396,&g_315}},{{&g_6,&g_315},{&l_1396,&l_1439[0]},{&g_6,&g_111},{&g_6,&l_1439[0]},{&l_1396,&g_315},{&g_6,&g_315},{&l_1396,&l_1439[0]}},{{&g_6,&g_111},{&g_6,&l_1439[0]},{&l_1396,&g_315},{&g_6,&g_315},{&l_1396,&l_1439[0]},{&g_6,&g_111},{&g_6,&l_1439[0]}},{{&l_1396,&g_315},{&g_6,&g_315},{&l_1396,&l_1439[0]},{&g_6,&g_111},{&g_6,&l_1439[0]},{&l_1396,&g_315},{&g_6,&g_315}}};
            int16_t l_1604 = 1L;
            int64_t l_1607 = 0L;
            float l_1608 = 0x3.F2E239p+41;
            uint64_t *****l_1616[2][4] = {{&g_1543,(void*)0,&g_1543,(void*)0},{&g_1543,(void*)0,&g_1543,(void*)0}};
            int32_t ****l_1630 = &g_899;
            int8_t l_1652 = (-1L);
            int i, j, k;
            l_1609++;
            if ((p_59.f0 , (safe_rshift_func_int16_t_s_s((safe_add_func_int8_t_s_s((l_1616[0][0] == l_1617), p_59.f1)), 13))))
            { /* block id: 732 */
                uint16_t l_1650[5][6] = {{0UL,0UL,0xFB52L,0xC806L,7UL,2UL},{0x3FACL,0xFB52L,0xDD7CL,2UL,0xDD7CL,0xFB52L},{0xC806L,0x3FACL,0xDD7CL,0x3D71L,0UL,2UL},{0xC2AFL,0x3D71L,0xFB52L,0xFB52L,0x3D71L,0xC2AFL},{0xFB52L,0x3D71L,0xC2AFL,9UL,0UL,0xDD7CL}};
                int8_t l_1653 = 4L;
                int i, j;
                l_1480 = (**g_263);
                if ((*p_58))
                { /* block id: 734 */
                    uint16_t *l_1632 = &g_189;
                    uint64_t **l_1633 = &g_173;
                    uint32_t l_1635 = 4294967295UL;
                    (*g_719) = (*p_60);
                }
                else
                { /* block id: 737 */
                    int32_t l_1643 = 0xDDB37E1FL;
                    int32_t l_1654 = 0L;
                    int32_t l_1655 = 0L;
                    float l_1656[5];
                    int i;
                    for (i = 0; i < 5; i++)
                        l_1656[i] = 0xB.E30CF0p-46;
                    l_1652 &= ((safe_add_func_float_f_f((((((!(((safe_sub_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(((((l_1643 |= (p_61 ^ 9UL)) , ((*l_1406) = p_59.f0)) , (safe_lshift_func_int16_t_s_s(1L, (safe_mod_func_int32_t_s_s((1L & (p_59.f1 , (safe_mul_func_uint8_t_u_u((****g_441), (l_1650[2][1] , (((((255UL || p_61) > p_61) , p_59.f1) > p_59.f1) != (*g_1059))))))), 0x42046D71L))))) & p_59.f1), 10)), 1UL)) < p_59.f0) > (*l_1600))) ^ 1L) | 0x33140CA089331A76LL) , &g_1526) != &g_369), p_59.f1)) , l_1651);
                    (*l_1600) &= 0x8A500DAAL;
                    (*l_1601) |= l_1653;
                    l_1657--;
                }
            }
            else
            { /* block id: 745 */
                int32_t l_1660 = 0x0115C398L;
                const int32_t ***l_1661 = &g_1618;
                (*g_435) = (*g_435);
                (*g_1634) = (p_58 != ((***g_442) , p_58));
            }
            (*g_435) = ((safe_add_func_float_f_f((*g_435), p_59.f0)) != (g_1666 >= (g_781 = (safe_add_func_float_f_f(((*l_1602) = p_59.f0), p_59.f1)))));
        }
        l_1670 = (l_1669 , 0xC47EAA6DL);
        --l_1676[4][1];
    }
    else
    { /* block id: 756 */
        int32_t ** const l_1679[9] = {&g_1634,&g_1634,&g_1634,&g_1634,&g_1634,&g_1634,&g_1634,&g_1634,&g_1634};
        uint32_t *l_1689 = &l_1404;
        uint32_t **l_1690 = &l_1395[5];
        uint16_t l_1707 = 0x426BL;
        int64_t **l_1717 = &l_1370;
        const int8_t *l_1723 = &g_908;
        const int8_t **l_1722 = &l_1723;
        uint8_t l_1830 = 4UL;
        int16_t l_1866 = 0x0506L;
        int i;
        (*g_1634) = ((*g_180) | ((p_61 & (((((((*g_227) , ((*l_1690) = l_1689)) != p_58) ^ (*l_1406)) ^ p_59.f1) || (*l_1406)) , (*l_1406))) && 0x7ADED54F36C7AC4FLL));
        (*g_719) = (*p_60);
        if (((safe_lshift_func_uint16_t_u_u(((1UL > (*p_58)) , 0x80CCL), 15)) > (safe_add_func_int8_t_s_s(p_59.f1, (safe_mul_func_int16_t_s_s((*g_1096), (safe_rshift_func_uint16_t_u_s(((safe_rshift_func_uint8_t_u_u((safe_unary_minus_func_uint16_t_u((*l_1406))), ((*l_1406) , (((safe_unary_minus_func_int64_t_s(0L)) && (safe_mod_func_uint16_t_u_u(((safe_mod_func_int8_t_s_s(0x4BL, 1UL)) , 0xDCB7L), p_59.f1))) , p_61)))) | l_1707), l_1708))))))))
        { /* block id: 762 */
            const int64_t **l_1719 = &g_691;
            const int64_t ***l_1718 = &l_1719;
            const int8_t ***l_1724 = &l_1722;
            int8_t ** const l_1725 = &g_907;
            union U0 l_1726[8] = {{0UL},{0x30L},{0UL},{0UL},{0x30L},{0UL},{0UL},{0x30L}};
            int i;
            (**g_434) = ((((((((safe_rshift_func_int16_t_s_s((0xB58F166FL != 0x594FFAD8L), 3)) , (safe_sub_func_int32_t_s_s(((safe_add_func_int64_t_s_s((0xA1L == (((l_1717 = (void*)0) != ((*l_1718) = &g_691)) != ((**g_443) = (p_59.f0 != (safe_div_func_uint16_t_u_u((((*l_1724) = l_1722) == l_1725), (((0xD3805A5CL >= 4294967295UL) & (*p_58)) , 0xF3F3L))))))), 6UL)) ^ p_61), g_1666))) && p_61) , (**g_263)) == (*p_60)) , l_1726[7]) , l_1726[7].f1) <= (**g_434));
            return (*g_435);
        }
        else
        { /* block id: 769 */
            uint32_t l_1731 = 0UL;
            int32_t * const **l_1738 = (void*)0;
            int32_t * const *l_1746 = &l_1740[5];
            int32_t * const **l_1745 = &l_1746;
            int32_t **l_1747 = &l_1406;
            int32_t ** const l_1750[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            uint8_t **l_1772 = &g_180;
            uint8_t *****l_1799[9][8] = {{&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441},{&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441},{&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441},{&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441},{&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441},{&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441},{&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441},{&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441},{&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441,&g_441}};
            int8_t l_1821 = 6L;
            float **** const *l_1926 = (void*)0;
            int32_t l_1954 = 0x5EDB9300L;
            int i, j;
            if ((p_59.f1 && (safe_mod_func_int64_t_s_s(((safe_add_func_uint64_t_u_u(l_1731, p_59.f0)) != ((safe_mul_func_uint16_t_u_u(((*g_1096) , ((((*g_719) = (*g_264)) != (*p_60)) , 0UL)), (*g_1096))) == (*p_58))), 7L))))
            { /* block id: 775 */
                uint16_t *l_1759 = &g_92;
                int32_t l_1771[5][5][7] = {{{0x54329EACL,0x74AF4187L,0x3F47DE3EL,0L,0L,0L,0x3F47DE3EL},{0x3D331D10L,0x3D331D10L,0x0FEBDC4DL,(-1L),0x35A60AE8L,0x6F28CB25L,0x8A7CE446L},{0x6ED05B6BL,0xC461791EL,0x919B4023L,0xF5E6EC83L,0x54329EACL,0L,2L},{0x6F28CB25L,1L,0x35A60AE8L,0x8A7CE446L,0x35A60AE8L,1L,0x6F28CB25L},{0x569DEAA9L,0L,0L,0x919B4023L,0L,2L,0xF5E6EC83L}},{{(-1L),(-3L),(-1L),(-3L),1L,(-1L),(-1L)},{0x74AF4187L,0L,0L,0L,0x74AF4187L,0x6ED05B6BL,0xC461791EL},{0x0FEBDC4DL,(-1L),0x35A60AE8L,0x6F28CB25L,0x8A7CE446L,0x6B31F81EL,1L},{0L,0xA3BA1626L,0x919B4023L,0L,0L,0L,0L},{0x0FEBDC4DL,0x6F28CB25L,0x0FEBDC4DL,0x13C85253L,0x47C8432BL,(-3L),(-1L)}},{{0x74AF4187L,0x67920A77L,0x3F47DE3EL,0x6ED05B6BL,0L,0xC461791EL,0x569DEAA9L},{(-1L),0x0FEBDC4DL,(-3L),1L,1L,(-3L),0x0FEBDC4DL},{0x569DEAA9L,0L,0xF5E6EC83L,0x6987B435L,0x67920A77L,0L,0x54329EACL},{0x6F28CB25L,(-1L),0x3D331D10L,0x35A60AE8L,(-1L),0x6B31F81EL,(-3L)},{0x6ED05B6BL,2L,0L,0L,0L,0x919B4023L,0xA3BA1626L}},{{(-1L),0x3D331D10L,0x13C85253L,0x35A60AE8L,0x0FEBDC4DL,(-9L),(-1L)},{0x68B25190L,0x3F47DE3EL,0x54329EACL,0x919B4023L,0x6987B435L,0L,0x6987B435L},{0x0FEBDC4DL,0x3D331D10L,0x3D331D10L,0x0FEBDC4DL,(-1L),0x35A60AE8L,0x6F28CB25L},{0xC461791EL,0L,0x6ED05B6BL,0x3F47DE3EL,0x67920A77L,0x74AF4187L,0L},{(-9L),(-1L),0x6F28CB25L,(-3L),(-1L),(-3L),0x6F28CB25L}},{{0x54329EACL,0x54329EACL,0x569DEAA9L,0xF5E6EC83L,0x74AF4187L,0xA3BA1626L,0x6987B435L},{0x8A7CE446L,1L,(-1L),0x3D331D10L,(-9L),(-1L),(-1L)},{0xA3BA1626L,0L,0x74AF4187L,0x6987B435L,0x74AF4187L,0L,0xA3BA1626L},{1L,(-3L),0x0FEBDC4DL,(-1L),(-1L),(-1L),0x3D331D10L},{0L,0x6ED05B6BL,0L,0L,0x67920A77L,0x68B25190L,0x68B25190L}}};
                uint8_t *****l_1884[3];
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_1884[i] = (void*)0;
lbl_1932:
                if ((safe_sub_func_uint16_t_u_u((((safe_add_func_int8_t_s_s(((safe_mod_func_int64_t_s_s((7L != (*g_227)), ((*g_1059) = ((((safe_div_func_int8_t_s_s((((*l_1759) = (p_61 , (0x561BL || (*g_1096)))) >= ((~0xDE9408B2L) ^ ((*p_58) ^ (0x19FDL > ((safe_sub_func_int16_t_s_s((safe_sub_func_int16_t_s_s(((safe_lshift_func_int8_t_s_u(((safe_mod_func_int8_t_s_s((*g_907), (*g_907))) | (*g_1634)), l_1771[4][0][1])) , (-3L)), 0xF02FL)), p_59.f0)) != (*p_58)))))), p_59.f0)) , l_1772) == (void*)0) & 1UL)))) , (-10L)), p_59.f1)) != 0xF893B8313522658BLL) || p_59.f0), l_1771[4][0][1])))
                { /* block id: 778 */
                    (*p_60) = (*g_264);
                    (**g_434) = (safe_add_func_float_f_f((safe_add_func_float_f_f(((safe_add_func_int16_t_s_s((((safe_add_func_uint16_t_u_u(((safe_rshift_func_uint8_t_u_s(p_59.f0, (*g_907))) , (safe_div_func_uint8_t_u_u(1UL, (safe_mul_func_int8_t_s_s((-3L), p_61))))), (((safe_lshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_s(((safe_rshift_func_int16_t_s_u((*g_1096), (safe_sub_func_int64_t_s_s((*g_691), (p_61 != (((safe_lshift_func_int16_t_s_u((safe_lshift_func_int16_t_s_u(((p_59.f1 && 0x1FB66467L) & 0xCCDAL), 14)), p_61)) , (void*)0) == &g_442)))))) != p_59.f1), 5)), p_59.f1)) , l_1799[3][3]) == (void*)0))) < p_59.f0) ^ 3L), p_59.f1)) , (*g_435)), (-0x1.Bp-1))), 0x6.1p+1));
                }
                else
                { /* block id: 781 */
                    float ****l_1812 = &l_1810;
                    float *****l_1811[2];
                    int32_t l_1820 = 0x70664EC9L;
                    int8_t l_1839 = (-1L);
                    int32_t l_1859 = 0xDEF85F76L;
                    uint64_t ****l_1869 = &g_1544;
                    uint32_t *l_1895 = &g_1113;
                    int i;
                    for (i = 0; i < 2; i++)
                        l_1811[i] = &l_1812;
                    if (((*g_1059) && (p_59.f1 | (safe_lshift_func_uint16_t_u_u(g_1802, 8)))))
                    { /* block id: 782 */
                        (*g_441) = (*g_441);
                    }
                    else
                    { /* block id: 784 */
                        (*l_1406) = ((safe_add_func_uint8_t_u_u(((l_1771[4][0][1] = p_59.f0) , (l_1771[1][2][3] = 4UL)), (safe_unary_minus_func_uint32_t_u(0x414AFD60L)))) != ((((safe_mul_func_int8_t_s_s(((l_1808[0][0] == (l_1813 = l_1811[0])) >= (*p_58)), (safe_add_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((*g_1096), 65530UL)), (safe_add_func_int16_t_s_s((((p_61 , l_1820) >= 0xF3821C25L) > (-6L)), p_61)))))) | 1UL) != l_1821) <= p_59.f1));
                    }
                    if ((((safe_lshift_func_int8_t_s_u((0x9634L > (safe_mod_func_uint16_t_u_u(65533UL, (**l_1747)))), (safe_mul_func_uint16_t_u_u(65535UL, (--(*l_1759)))))) | (l_1839 = (l_1830 && (((-4L) | (safe_div_func_uint16_t_u_u(((l_1771[2][1][0] == 2L) ^ ((safe_rshift_func_uint8_t_u_s((safe_lshift_func_uint16_t_u_u(((safe_lshift_func_int16_t_s_s((((*l_1370) = (*g_1059)) == p_59.f0), 1)) & 0xC43C7CFBL), p_59.f1)), l_1820)) || 0L)), p_61))) >= p_59.f1)))) < 247UL))
                    { /* block id: 793 */
                        float l_1849 = 0xA.A95B62p-16;
                        uint32_t *l_1858 = &g_1113;
                        int32_t l_1860 = 0L;
                        const uint32_t *l_1863 = &g_1864;
                        const uint32_t **l_1862 = &l_1863;
                        const uint32_t ***l_1861 = &l_1862;
                        int32_t l_1865 = 0x3371EC32L;
                        l_1866 = ((p_61 , (*g_180)) > (((*l_1759) &= ((*g_227) |= p_59.f0)) >= ((((*l_1861) = ((safe_mod_func_int32_t_s_s((g_1741 && ((safe_sub_func_uint16_t_u_u(((safe_add_func_float_f_f((safe_sub_func_float_f_f((+(l_1820 = (l_1849 = ((*g_435) = 0x9.5EC07Cp+38)))), (l_1860 = (l_1859 = (safe_mul_func_float_f_f((p_59.f1 , (-0x1.7p-1)), (safe_div_func_float_f_f(((safe_rshift_func_uint16_t_u_u(((((safe_div_func_int8_t_s_s((((**l_1739) = (((*l_1858) = 4294967295UL) ^ ((p_59.f0 && p_61) , (*p_58)))) | (*g_907)), 0xE8L)) && g_1145) && p_59.f0) == (*g_691)), 10)) , p_61), p_61)))))))), p_59.f1)) , p_59.f0), 0xFDA7L)) | (*g_691))), l_1839)) , (void*)0)) == (void*)0) != l_1865)));
                        l_1820 = ((*g_435) = (!(((((**l_1746) , ((+((*g_1542) == (l_1869 = (*g_1542)))) != (g_92 , (**g_434)))) <= ((safe_add_func_float_f_f(0x1.6p-1, ((0x4.B236FAp+55 != p_59.f1) == (-0x7.10636Fp+42)))) >= 0xD.5E37CEp-25)) < p_61) < 0x7.870FBFp-11)));
                    }
                    else
                    { /* block id: 808 */
                        int64_t l_1877 = (-3L);
                        const uint32_t *l_1894 = (void*)0;
                        int32_t l_1896[10][6][4] = {{{0xD6CA3EF3L,6L,0x88DEDDE2L,(-1L)},{0x22B1A7B8L,0L,0L,0L},{(-1L),0xD6CA3EF3L,0L,0x2942C39AL},{(-1L),6L,6L,1L},{2L,1L,0L,(-4L)},{0xAB7DBD1AL,0L,1L,0xA2187E07L}},{{0xE71D1D16L,(-10L),(-3L),0x5BB59A58L},{6L,0L,0L,6L},{0x88DEDDE2L,0xD9163054L,0xD29EA763L,(-1L)},{0L,0x06B08AAFL,0x5BB59A58L,0x75D109E8L},{0x04573095L,0L,0L,0x75D109E8L},{(-1L),0x06B08AAFL,0x544CF025L,(-1L)}},{{0xEC7083EFL,0xD9163054L,1L,6L},{0x2942C39AL,0L,0x04573095L,0x5BB59A58L},{0x0D6A34DBL,(-10L),0x2942C39AL,0xA2187E07L},{0L,0L,0L,(-4L)},{(-1L),1L,0xF6A655ECL,1L},{0xD29EA763L,6L,0x06B08AAFL,0x2942C39AL}},{{0L,0xD6CA3EF3L,0x75D109E8L,0L},{0L,0L,0x4E97008EL,(-1L)},{0x06B08AAFL,6L,(-1L),6L},{0x9AE9A5C6L,0xEC7083EFL,0x1A6C8ED7L,(-10L)},{0L,(-1L),0L,0L},{(-3L),0xA2187E07L,0x22B1A7B8L,0xAB7DBD1AL}},{{(-3L),0x293A746FL,0L,0xA07467B4L},{0L,0xAB7DBD1AL,0x1A6C8ED7L,0x22B1A7B8L},{0x9AE9A5C6L,0L,(-1L),0x5EEA4C33L},{0x06B08AAFL,1L,0x4E97008EL,0xD29EA763L},{0L,0L,0x75D109E8L,0xF6A655ECL},{(-1L),6L,0x49277B79L,0x544CF025L}},{{0L,1L,0x22B1A7B8L,0x75D109E8L},{6L,0xB196DAB4L,1L,1L},{0x04573095L,0xD6CA3EF3L,0x5EEA4C33L,(-1L)},{0xE71D1D16L,0x544CF025L,(-10L),(-10L)},{0x5EEA4C33L,0x5EEA4C33L,0x293A746FL,0xD6CA3EF3L},{0L,0x2942C39AL,(-1L),0L}},{{0x75D109E8L,0L,1L,(-1L)},{(-10L),0L,0L,0L},{0L,0x2942C39AL,0L,0xD6CA3EF3L},{0xB196DAB4L,0x5EEA4C33L,0xAB7DBD1AL,(-10L)},{0L,0x544CF025L,0x2942C39AL,(-1L)},{0x4E97008EL,0xD6CA3EF3L,0L,1L}},{{0x88DEDDE2L,0xB196DAB4L,0x04573095L,0x75D109E8L},{0x5BB59A58L,1L,2L,0x544CF025L},{(-3L),6L,(-1L),0x22B1A7B8L},{0xD29EA763L,0xA2187E07L,0L,0L},{0x1A6C8ED7L,0L,0xB196DAB4L,0x06B08AAFL},{0xEC7083EFL,0x9AE9A5C6L,0xEC7083EFL,0x1A6C8ED7L}},{{0xA2187E07L,0x88DEDDE2L,0xD6CA3EF3L,(-1L)},{(-1L),0xA07467B4L,0L,0x88DEDDE2L},{0L,0xF6A655ECL,0L,0L},{(-1L),(-3L),0xD6CA3EF3L,(-4L)},{0xA2187E07L,0L,0xEC7083EFL,2L},{0xEC7083EFL,2L,0xB196DAB4L,0xD29EA763L}},{{0x1A6C8ED7L,1L,0L,0xAB7DBD1AL},{0xD29EA763L,0xEC7083EFL,(-1L),0x5EEA4C33L},{(-3L),0L,2L,1L},{0x5BB59A58L,0L,0x04573095L,1L},{0x88DEDDE2L,0L,0L,0xF6A655ECL},{0x4E97008EL,(-4L),0x2942C39AL,0L}}};
                        int i, j, k;
                        l_1771[4][2][0] = (safe_sub_func_float_f_f(0xE.564E8Bp-35, (safe_div_func_float_f_f(((l_1877 = p_59.f0) < ((*g_435) = ((*g_435) <= ((safe_rshift_func_uint8_t_u_u(((safe_add_func_uint16_t_u_u(((*l_1759)--), (l_1884[1] != (((l_1896[8][5][3] = (safe_add_func_int32_t_s_s((**l_1747), (safe_lshift_func_uint8_t_u_u(((~(safe_lshift_func_int8_t_s_u((*g_907), (safe_mul_func_int8_t_s_s(p_61, 251UL))))) & (((**l_1739) , l_1894) != l_1895)), 0))))) == 0xFD2987972952A1A2LL) , g_1897)))) > (*p_58)), p_61)) , l_1859)))), 0x2.309B4Ap+6))));
                    }
                }
                for (l_1501 = 0; (l_1501 > 29); l_1501 = safe_add_func_int64_t_s_s(l_1501, 2))
                { /* block id: 818 */
                    float ****l_1912 = &l_1810;
                    int32_t l_1917 = 0xE10D0FF2L;
                    int64_t l_1918[9][10] = {{0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL},{0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L},{0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL},{0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L},{0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL},{0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L},{0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL},{0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L},{0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL,1L,1L,0x675B03C77EB32F5ELL,0x675B03C77EB32F5ELL}};
                    int i, j;
                    if ((safe_add_func_int32_t_s_s(((safe_rshift_func_uint16_t_u_u(((safe_sub_func_int8_t_s_s((((safe_div_func_uint16_t_u_u((safe_mod_func_int16_t_s_s((0x34L <= (safe_add_func_int8_t_s_s(((*g_907) = ((-1L) | (((l_1912 != g_1913) & ((p_61 != (p_59 , p_59.f0)) > (p_59.f0 == (safe_mul_func_uint16_t_u_u((1L || 0UL), l_1917))))) < l_1917))), l_1918[4][9]))), 0x26ACL)), 3UL)) == 0x5A02L) , 9L), (**l_1746))) > (*p_58)), (*g_227))) != l_1771[4][0][1]), g_1741)))
                    { /* block id: 820 */
                        return (*g_435);
                    }
                    else
                    { /* block id: 822 */
                        (*g_1634) = (*g_1634);
                    }
                }
                for (l_1731 = 15; (l_1731 <= 25); l_1731 = safe_add_func_uint64_t_u_u(l_1731, 3))
                { /* block id: 828 */
                    uint32_t l_1929 = 0x9FEAF18DL;
                    for (g_92 = 0; (g_92 <= 5); g_92 += 1)
                    { /* block id: 831 */
                        int i, j;
                        (*l_1406) = (l_1925 = (safe_add_func_uint64_t_u_u(((g_1112[(g_92 + 2)][g_92] || ((**l_1717) = 3L)) | 0UL), (safe_rshift_func_int8_t_s_s(0x2EL, 0)))));
                        (****l_1809) = 0x8.78BB64p+75;
                        (*p_60) = (*g_264);
                        (**l_1747) = ((void*)0 != l_1926);
                    }
                    if ((*p_58))
                    { /* block id: 839 */
                        return (****g_1913);
                    }
                    else
                    { /* block id: 841 */
                        int64_t l_1927 = 0x76B9B020620233FELL;
                        int32_t l_1928 = 0xA7AEE318L;
                        l_1929++;
                    }
                    if (p_61)
                        goto lbl_1932;
                }
                (*p_60) = (*g_719);
            }
            else
            { /* block id: 847 */
                uint32_t *l_1944 = &g_586[6][2][2];
                int32_t l_1955 = 0x44EC5259L;
                (*g_1634) ^= ((***l_1745) = (safe_sub_func_int8_t_s_s((-9L), ((safe_lshift_func_int8_t_s_u((((safe_add_func_uint64_t_u_u((0x5F8A7474L ^ (**l_1747)), (safe_sub_func_int64_t_s_s((safe_lshift_func_uint16_t_u_s((+((((((--(*l_1944)) >= (safe_rshift_func_uint16_t_u_s(((((*l_1492) = (*g_1096)) | (((((((safe_add_func_uint8_t_u_u((+(safe_mod_func_uint8_t_u_u((((&p_61 == (void*)0) , (*g_907)) | (*g_907)), p_59.f0))), (-3L))) , &p_59) != &l_1479) && l_1954) ^ 0x526245255D1DF1E6LL) && l_1955) > p_61)) ^ (*p_58)), p_59.f0))) != 0xB0L) , p_61) != p_61) , (*p_58))), 3)), l_1955)))) == p_59.f1) | (-8L)), (***g_442))) & l_1955))));
            }
        }
    }
    return p_59.f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_163 g_227 g_189 g_441 g_442 g_443 g_180 g_129.f1 g_1059 g_530 g_263 g_264 g_265 g_6 g_216 g_434 g_435
 * writes: g_6 g_216 g_188
 */
static int32_t ** func_63(const int32_t ** p_64, int16_t  p_65, int16_t  p_66, int32_t * p_67, float  p_68)
{ /* block id: 592 */
    float **l_1281[4][7];
    int32_t l_1284 = 3L;
    int32_t **l_1288 = &g_265[5];
    int i, j;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 7; j++)
            l_1281[i][j] = (void*)0;
    }
    (***g_263) |= ((safe_sub_func_uint16_t_u_u(((((safe_mod_func_uint8_t_u_u((l_1281[2][4] != l_1281[0][6]), (((((safe_mul_func_uint16_t_u_u((l_1284 != (+((g_163 , ((*g_227) == ((-3L) && 0xC4F340C2E1B6DE5DLL))) | (safe_rshift_func_uint8_t_u_s((****g_441), p_65))))), l_1284)) <= l_1284) != 4294967287UL) | 0x30BDCC75L) & (*g_1059)))) <= 4294967295UL) ^ l_1284) && 0x03E7D11FB8010133LL), p_65)) , (-1L));
    (**g_434) = p_65;
    return l_1288;
}


/* ------------------------------------------ */
/* 
 * reads : g_6 g_2 g_53 g_92 g_46 g_129 g_143 g_149 g_107 g_264 g_265 g_263 g_719 g_434 g_435 g_188 g_1017 g_315 g_523 g_908
 * writes: g_85 g_92 g_107 g_111 g_143 g_149 g_163 g_113 g_315 g_520 g_265 g_523 g_188 g_1095 g_908
 */
static int32_t * func_70(int16_t  p_71, int32_t ** const  p_72, int16_t  p_73, int8_t  p_74)
{ /* block id: 10 */
    int32_t * const l_81 = &g_2;
    uint8_t *l_84 = &g_85;
    uint16_t *l_91[2];
    int32_t l_114 = 7L;
    uint64_t *l_247 = &g_191[4][6];
    uint8_t l_274 = 0xEBL;
    int32_t ***l_292[4][9][3] = {{{&g_264,&g_264,&g_264},{&g_264,&g_264,(void*)0},{&g_264,&g_264,&g_264},{&g_264,&g_264,(void*)0},{&g_264,&g_264,&g_264},{&g_264,&g_264,&g_264},{&g_264,&g_264,&g_264},{(void*)0,(void*)0,&g_264},{&g_264,&g_264,&g_264}},{{&g_264,(void*)0,&g_264},{&g_264,&g_264,&g_264},{&g_264,(void*)0,&g_264},{&g_264,&g_264,(void*)0},{(void*)0,&g_264,(void*)0},{&g_264,&g_264,&g_264},{&g_264,&g_264,&g_264},{&g_264,&g_264,&g_264},{&g_264,&g_264,&g_264}},{{&g_264,&g_264,(void*)0},{&g_264,&g_264,&g_264},{&g_264,(void*)0,&g_264},{(void*)0,(void*)0,(void*)0},{&g_264,&g_264,&g_264},{&g_264,&g_264,&g_264},{&g_264,&g_264,&g_264},{&g_264,&g_264,&g_264},{&g_264,(void*)0,&g_264}},{{(void*)0,&g_264,(void*)0},{&g_264,&g_264,&g_264},{&g_264,(void*)0,&g_264},{&g_264,&g_264,(void*)0},{&g_264,&g_264,&g_264},{&g_264,&g_264,&g_264},{&g_264,&g_264,&g_264},{&g_264,&g_264,&g_264},{&g_264,(void*)0,(void*)0}}};
    uint32_t l_316 = 0x27F24845L;
    int8_t l_333 = 0x10L;
    float **l_349 = (void*)0;
    int64_t l_597[4];
    int32_t l_598 = 0x4CDB9D8BL;
    int32_t *l_626 = (void*)0;
    int32_t **l_726[6][4][4] = {{{&g_523[4][7],&g_265[4],&g_265[5],&g_523[4][7]},{&g_523[7][5],&g_265[4],&g_523[7][7],&g_265[5]},{&g_265[4],(void*)0,&l_626,(void*)0},{&g_523[7][5],&g_523[7][5],&g_265[4],&g_265[4]}},{{&l_626,&g_265[4],&g_523[3][4],&g_265[5]},{&g_265[4],&g_265[4],&l_626,&g_265[4]},{(void*)0,&g_265[4],&g_523[7][7],&g_265[4]},{(void*)0,&l_626,&g_265[4],&g_265[4]}},{{&g_523[7][5],&g_523[7][5],&l_626,&g_265[4]},{&g_523[4][7],&g_523[7][5],&g_523[7][5],&g_265[4]},{&l_626,&g_265[4],(void*)0,&g_523[7][5]},{(void*)0,&g_265[4],&l_626,&g_265[4]}},{{&g_265[4],&g_523[7][5],&g_523[4][8],&g_265[4]},{&g_523[7][5],&g_523[7][5],&g_265[4],&g_265[4]},{&g_265[4],&l_626,(void*)0,&g_523[7][5]},{&g_265[4],(void*)0,&l_626,&g_265[4]}},{{&g_523[7][5],&g_523[7][5],&g_265[2],(void*)0},{&l_626,&g_523[7][5],&g_265[4],&g_523[7][5]},{(void*)0,&l_626,(void*)0,&g_265[4]},{&g_523[3][3],&g_523[7][5],&g_523[3][3],(void*)0}},{{&g_265[4],&g_523[3][4],&g_523[4][7],&g_523[7][7]},{&g_265[4],(void*)0,&g_265[4],&g_523[3][4]},{&l_626,&g_523[7][5],&g_265[4],&g_265[2]},{&g_265[4],&g_265[5],&g_523[4][7],(void*)0}}};
    int16_t l_727 = (-1L);
    uint8_t l_739 = 255UL;
    int32_t l_790 = 8L;
    uint64_t l_791 = 18446744073709551606UL;
    uint8_t **l_860[1][6][2] = {{{&l_84,&l_84},{&l_84,&l_84},{&l_84,&l_84},{&l_84,&l_84},{&l_84,&l_84},{&l_84,&l_84}}};
    const union U0 l_919 = {0x12L};
    uint16_t l_926 = 0UL;
    uint64_t *l_960 = &g_187;
    uint8_t l_975 = 3UL;
    int16_t *l_1093 = (void*)0;
    int16_t **l_1092 = &l_1093;
    int16_t ***l_1094[4] = {&l_1092,&l_1092,&l_1092,&l_1092};
    int32_t *l_1188 = &g_6;
    uint32_t l_1253 = 1UL;
    uint32_t l_1256[5];
    uint32_t l_1272 = 4294967293UL;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_91[i] = &g_92;
    for (i = 0; i < 4; i++)
        l_597[i] = 2L;
    for (i = 0; i < 5; i++)
        l_1256[i] = 0xAA8DE003L;
    if ((((g_92 = ((((((void*)0 != l_81) && ((((*l_84) = 247UL) | 0L) < ((safe_sub_func_uint8_t_u_u(((**p_72) , (*l_81)), (((p_71 > ((safe_unary_minus_func_uint16_t_u(g_53)) >= (*l_81))) != (*l_81)) & p_74))) == 0xF849EC59C4D35571LL))) , 0x5AL) < 0x53L) < 0UL)) , 4L) ^ (*l_81)))
    { /* block id: 13 */
        int8_t l_93 = 1L;
        int16_t *l_106 = &g_107;
        int32_t *l_108 = (void*)0;
        int32_t *l_109 = (void*)0;
        int32_t *l_110[1];
        int8_t l_112 = 0xC1L;
        uint64_t *l_174 = &g_163;
        uint8_t *l_177 = &g_85;
        int32_t ***l_291 = &g_264;
        uint16_t **l_299[7][2][2] = {{{&l_91[0],&l_91[0]},{&l_91[0],&l_91[0]}},{{&l_91[0],&l_91[0]},{&l_91[0],&l_91[0]}},{{&l_91[0],&l_91[0]},{&l_91[0],&l_91[0]}},{{&l_91[0],&l_91[0]},{&l_91[0],&l_91[0]}},{{&l_91[0],&l_91[0]},{&l_91[0],&l_91[0]}},{{&l_91[0],&l_91[0]},{&l_91[0],&l_91[0]}},{{&l_91[0],&l_91[0]},{&l_91[0],&l_91[0]}}};
        float *l_348 = &g_188;
        float ** const l_347 = &l_348;
        const int32_t *l_431[8][1] = {{&g_46},{&g_46},{&g_46},{&g_46},{&g_46},{&g_46},{&g_46},{&g_46}};
        const int32_t **l_430 = &l_431[7][0];
        const int32_t ***l_429 = &l_430;
        int16_t l_455 = 4L;
        uint8_t **l_460 = &l_177;
        uint8_t ** const *l_459[1];
        uint8_t l_485 = 1UL;
        uint32_t l_501 = 0xBA660FA8L;
        float ***l_517 = &g_434;
        float ****l_516 = &l_517;
        float *****l_515 = &l_516;
        int64_t l_518 = 0x841130AB18113116LL;
        uint32_t l_551 = 0x4EB2C2EBL;
        int32_t l_631 = (-3L);
        int64_t l_648 = 8L;
        int16_t l_812 = 0xD52CL;
        uint32_t l_851 = 0x2EAA0F5EL;
        int32_t *l_853 = &l_790;
        uint32_t l_966 = 18446744073709551607UL;
        float l_971 = 0x9.941E80p+99;
        int8_t l_973[6][3][6] = {{{0x73L,0x0BL,0xB4L,(-1L),1L,(-1L)},{9L,0x0BL,9L,4L,1L,0xB4L},{0L,1L,9L,0L,0x0BL,(-1L)}},{{(-1L),1L,0xB4L,0L,0xD4L,4L},{0L,0xD4L,4L,4L,0xD4L,0L},{9L,1L,0x73L,(-1L),0x0BL,0L}},{{0x73L,1L,4L,0xB4L,1L,4L},{0x73L,0x0BL,0xB4L,(-1L),1L,(-1L)},{9L,0x0BL,9L,4L,1L,0xB4L}},{{0L,1L,9L,0L,0x0BL,(-1L)},{(-1L),1L,0xB4L,0L,0xD4L,4L},{0L,0xD4L,4L,4L,0xD4L,0L}},{{9L,1L,0x73L,(-1L),0x0BL,0L},{0x73L,1L,4L,0xB4L,1L,4L},{0x73L,0x0BL,0xB4L,(-1L),1L,(-1L)}},{{9L,0x0BL,9L,4L,1L,0xB4L},{0L,1L,9L,0L,0x0BL,(-1L)},{0x43L,9L,7L,0L,4L,(-1L)}}};
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_110[i] = &g_111;
        for (i = 0; i < 1; i++)
            l_459[i] = &l_460;
        l_93 &= g_53;
        if ((l_114 = (l_112 = (safe_div_func_uint64_t_u_u(((safe_mod_func_uint8_t_u_u(255UL, (safe_sub_func_int8_t_s_s(p_74, (safe_unary_minus_func_uint64_t_u(((18446744073709551615UL ^ (((safe_mul_func_int8_t_s_s(((((((g_92 , (*l_81)) > 0xE8BA66F8A59D7760LL) < ((safe_mul_func_int16_t_s_s((*l_81), ((g_111 = (+((*l_106) = (((-2L) == g_46) != l_93)))) || (**p_72)))) & 0x06514567548BA029LL)) >= (*l_81)) == p_74) < g_92), 255UL)) || g_53) , p_71)) , 0xD08C68BE14B93870LL))))))) >= (*l_81)), p_73)))))
        { /* block id: 19 */
            uint8_t *l_117 = (void*)0;
            uint8_t **l_118 = &l_117;
            int32_t l_119[8] = {0L,0L,0L,0L,0L,0L,0L,0L};
            int16_t *l_120[1][7] = {{&g_107,&g_107,&g_107,&g_107,&g_107,&g_107,&g_107}};
            int32_t l_130 = (-5L);
            int i, j;
            l_130 &= (((safe_rshift_func_int8_t_s_u(g_46, (((((*l_118) = l_117) != (l_119[5] , (void*)0)) , l_120[0][6]) == &g_107))) >= (((safe_unary_minus_func_int16_t_s(0x882CL)) ^ (safe_div_func_uint64_t_u_u(((safe_sub_func_uint32_t_u_u((p_71 && (+(g_92++))), ((g_129 , &p_73) == (void*)0))) >= g_46), p_74))) && 1UL)) & p_71);
            for (g_92 = 0; (g_92 <= 1); g_92 += 1)
            { /* block id: 25 */
                uint16_t l_133 = 65530UL;
                uint32_t *l_142 = &g_143;
                uint32_t *l_148 = &g_149;
                uint64_t *l_162 = &g_163;
                (*p_72) = &g_2;
                if (g_6)
                    break;
                ++l_133;
                l_114 ^= ((((safe_sub_func_uint32_t_u_u(((g_46 <= (((safe_mul_func_uint8_t_u_u(1UL, 0x57L)) , &l_133) == (void*)0)) == (safe_div_func_int64_t_s_s((((--(*l_142)) & 0x40830044L) != (safe_mod_func_uint32_t_u_u(((*l_148)++), (safe_rshift_func_uint16_t_u_s((((safe_lshift_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((p_74 != l_130), ((safe_mul_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(((((*l_162) = p_73) <= (*l_81)) ^ l_133), 1L)), p_73)) && g_46))), g_2)) , (void*)0) != (void*)0), 2))))), g_107))), (**p_72))) , p_74) , g_53) ^ 0xF10FDB64DAF6BE20LL);
            }
        }
        else
        { /* block id: 34 */
            int32_t **l_167 = &l_108;
            int32_t ** const *l_166 = &l_167;
            uint8_t *l_178 = &g_85;
            uint32_t *l_183[9][8][3];
            int32_t l_186 = 0x9C40C0AAL;
            float l_215 = 0x1.1F4DA1p+98;
            int32_t l_218 = 3L;
            uint32_t l_220 = 1UL;
            uint16_t *l_225[3];
            uint16_t **l_226[4] = {&l_225[1],&l_225[1],&l_225[1],&l_225[1]};
            int8_t l_234 = (-4L);
            int8_t l_237 = 3L;
            int16_t l_238 = 0L;
            uint16_t l_239 = 65534UL;
            uint8_t l_246 = 4UL;
            uint16_t l_255 = 1UL;
            uint16_t l_256 = 0x0562L;
            int8_t *l_257 = (void*)0;
            uint16_t l_258 = 0xCB71L;
            uint32_t l_273 = 18446744073709551606UL;
            int8_t l_275 = 0L;
            int32_t l_276 = (-4L);
            uint16_t l_277[7];
            uint8_t l_294[1];
            float l_296 = 0xA.C2C4E3p-59;
            uint64_t *l_309 = &g_187;
            int64_t l_311 = (-10L);
            int32_t l_313 = 3L;
            int32_t l_314 = (-2L);
            uint64_t l_321 = 0x6DC97C7E432CE061LL;
            uint8_t **l_328[1][4];
            union U0 l_332[10] = {{0UL},{255UL},{0UL},{255UL},{0UL},{255UL},{0UL},{255UL},{0UL},{255UL}};
            const int64_t l_381 = 0xADE1ED7FD038DB72LL;
            int64_t l_383 = 0x961BCFED014C47A6LL;
            uint16_t *l_399 = &g_92;
            int64_t l_401 = 0xAC2F252CD1FFF403LL;
            int8_t l_415 = 0x10L;
            union U0 l_419 = {0xA3L};
            uint32_t l_428[1];
            uint64_t l_433 = 18446744073709551607UL;
            int32_t *l_437 = &g_111;
            int32_t l_473 = 1L;
            int32_t l_476 = 0xFD1EF398L;
            int8_t l_478 = 1L;
            int32_t l_479 = 1L;
            int32_t l_480 = 0x7B945B79L;
            int32_t l_482 = 0x16169CE1L;
            int32_t l_483 = (-6L);
            int32_t l_484 = 0L;
            int32_t l_507 = 0xF65E29B9L;
            float ***l_514 = &l_349;
            float ****l_513 = &l_514;
            float *****l_512[3];
            float l_519 = 0x5.2p-1;
            int i, j, k;
            for (i = 0; i < 9; i++)
            {
                for (j = 0; j < 8; j++)
                {
                    for (k = 0; k < 3; k++)
                        l_183[i][j][k] = (void*)0;
                }
            }
            for (i = 0; i < 3; i++)
                l_225[i] = &g_92;
            for (i = 0; i < 7; i++)
                l_277[i] = 0UL;
            for (i = 0; i < 1; i++)
                l_294[i] = 1UL;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_328[i][j] = &g_180;
            }
            for (i = 0; i < 1; i++)
                l_428[i] = 1UL;
            for (i = 0; i < 3; i++)
                l_512[i] = &l_513;
        }
        for (l_518 = (-1); (l_518 == (-25)); l_518 = safe_sub_func_uint64_t_u_u(l_518, 5))
        { /* block id: 205 */
            int8_t l_591 = 0L;
            int32_t l_592[1][3][2] = {{{0xF9D4C1A3L,0xF9D4C1A3L},{0xF9D4C1A3L,0xF9D4C1A3L},{0xF9D4C1A3L,0xF9D4C1A3L}}};
            float l_596 = 0xE.05A380p-81;
            union U0 l_632 = {254UL};
            int32_t ***l_647 = &g_264;
            int8_t *l_697 = &l_112;
            float **l_760 = &g_435;
            int64_t l_813[1];
            uint16_t l_889 = 65533UL;
            int32_t ****l_901 = &g_899;
            int64_t l_925 = 0L;
            int16_t l_972[9][3] = {{(-1L),(-1L),(-1L)},{(-8L),(-8L),(-8L)},{(-1L),(-1L),(-1L)},{(-8L),(-8L),(-8L)},{(-1L),(-1L),(-1L)},{(-8L),(-8L),(-8L)},{(-1L),(-1L),(-1L)},{(-8L),(-8L),(-8L)},{(-1L),(-1L),(-1L)}};
            uint32_t l_989 = 0x66701A1AL;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_813[i] = 0x17850A7E63E872DALL;
            for (g_149 = 0; (g_149 <= 17); g_149 = safe_add_func_int16_t_s_s(g_149, 7))
            { /* block id: 208 */
                int64_t *l_528 = (void*)0;
                int64_t *l_529 = &g_530;
                int8_t *l_535[3];
                int32_t l_536[10] = {(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L)};
                uint32_t l_569 = 0x54FF869BL;
                uint32_t l_602[9] = {0UL,0xE242DF04L,0UL,0UL,0xE242DF04L,0UL,0UL,0xE242DF04L,0UL};
                uint16_t l_603 = 6UL;
                int32_t l_616 = 0x50D99C86L;
                uint32_t l_627 = 0UL;
                uint8_t l_651 = 0UL;
                int64_t l_652 = 0xD12DF3BCC7D9631FLL;
                int i;
                for (i = 0; i < 3; i++)
                    l_535[i] = (void*)0;
                if ((**p_72))
                    break;
            }
        }
        for (l_485 = 0; (l_485 >= 17); l_485++)
        { /* block id: 394 */
            return (*g_264);
        }
    }
    else
    { /* block id: 397 */
        int32_t l_997 = 0L;
        int32_t *l_1001[3];
        const uint32_t l_1032 = 0xDFDC4796L;
        float l_1084 = 0xD.9C19FBp+54;
        uint32_t l_1089 = 1UL;
        int i;
        for (i = 0; i < 3; i++)
            l_1001[i] = &g_6;
        for (l_739 = 1; (l_739 <= 6); l_739 += 1)
        { /* block id: 400 */
            int8_t **l_995 = &g_907;
            int8_t ***l_994 = &l_995;
            int32_t l_996 = 1L;
            uint32_t l_998 = 0x9CE7AE95L;
            int32_t l_1042 = 0x363F17D3L;
            int32_t l_1045[3][8][7] = {{{0x803B239FL,1L,0xFEA7C481L,0xEE4EC358L,1L,0x803B239FL,0x803B239FL},{1L,1L,1L,1L,1L,(-10L),1L},{0L,0L,(-1L),1L,0xFEA7C481L,(-1L),0x08B48D47L},{0xFEA7C481L,0x08B48D47L,0xEE4EC358L,0xEE4EC358L,0x08B48D47L,0xFEA7C481L,0L},{0L,1L,0x5DE1BAA4L,0L,0x08B48D47L,0xE7F974F2L,1L},{1L,0x803B239FL,0xFEA7C481L,0x41C8F5ADL,0xFEA7C481L,0x803B239FL,1L},{0x803B239FL,1L,0xEE4EC358L,0xFEA7C481L,1L,0x803B239FL,0xFEA7C481L},{0L,0x08B48D47L,0xE7F974F2L,1L,1L,0xE7F974F2L,0x08B48D47L}},{{1L,0L,0xEE4EC358L,0x41C8F5ADL,0L,0xFEA7C481L,0x08B48D47L},{(-1L),1L,0xFEA7C481L,(-1L),0x08B48D47L,(-1L),0xFEA7C481L},{1L,1L,0x5DE1BAA4L,0x41C8F5ADL,1L,(-10L),1L},{1L,0xFEA7C481L,0xEE4EC358L,1L,0x803B239FL,0x803B239FL,1L},{(-1L),0x08B48D47L,(-1L),0xFEA7C481L,1L,(-1L),0L},{1L,0x08B48D47L,1L,0x41C8F5ADL,0x08B48D47L,0x5DE1BAA4L,0x08B48D47L},{0L,0xFEA7C481L,0xFEA7C481L,0L,0L,(-1L),(-1L)},{0x5DE1BAA4L,0xFEA7C481L,0xE7F974F2L,0x8F0A73FAL,(-1L),0x5DE1BAA4L,0x5DE1BAA4L}},{{0xFEA7C481L,(-1L),0x08B48D47L,(-1L),0xFEA7C481L,1L,(-1L)},{0xEE4EC358L,(-10L),1L,(-1L),0xE7F974F2L,1L,0x803B239FL},{0xE7F974F2L,0x803B239FL,0x8F0A73FAL,0x8F0A73FAL,0x803B239FL,0xE7F974F2L,(-10L)},{0xEE4EC358L,(-1L),0L,0xEE4EC358L,0x803B239FL,0x41C8F5ADL,(-1L)},{0xFEA7C481L,0x5DE1BAA4L,0xE7F974F2L,0L,0xE7F974F2L,0x5DE1BAA4L,0xFEA7C481L},{0x5DE1BAA4L,(-1L),0x8F0A73FAL,0xE7F974F2L,0xFEA7C481L,0x5DE1BAA4L,0xE7F974F2L},{0xEE4EC358L,0x803B239FL,0x41C8F5ADL,(-1L),(-1L),0x41C8F5ADL,0x803B239FL},{(-1L),(-10L),0x8F0A73FAL,0L,(-10L),0xE7F974F2L,0x803B239FL}}};
            int32_t *l_1049 = &l_1045[2][6][3];
            int64_t *l_1058 = &g_530;
            int32_t *****l_1088 = (void*)0;
            int64_t l_1090 = (-1L);
            int i, j, k;
            (*l_994) = (void*)0;
            l_998--;
            for (l_114 = 0; l_114 < 2; l_114 += 1)
            {
                g_113[l_114] = 0x4.F5A0E6p+71;
            }
            if ((**p_72))
                break;
            for (g_315 = 0; (g_315 <= 1); g_315 += 1)
            { /* block id: 407 */
                uint16_t l_1018 = 0x6D3DL;
                int32_t l_1040 = (-7L);
                uint32_t *l_1041 = &g_586[5][1][1];
                int32_t l_1043 = 0x8846B4B3L;
                float l_1066[10] = {(-0x1.4p+1),0xD.D32133p+79,(-0x1.4p+1),0xD.D32133p+79,(-0x1.4p+1),0xD.D32133p+79,(-0x1.4p+1),0xD.D32133p+79,(-0x1.4p+1),0xD.D32133p+79};
                int i;
                for (g_520 = 0; (g_520 <= 6); g_520 += 1)
                { /* block id: 410 */
                    uint32_t l_1021[8][4][1] = {{{0xCF831528L},{0xCF831528L},{1UL},{0x84C45E07L}},{{1UL},{0xCF831528L},{0xCF831528L},{1UL}},{{0x84C45E07L},{1UL},{0xCF831528L},{0xCF831528L}},{{1UL},{0x84C45E07L},{1UL},{0xCF831528L}},{{0xCF831528L},{1UL},{0x84C45E07L},{1UL}},{{0xCF831528L},{0xCF831528L},{1UL},{0x84C45E07L}},{{1UL},{0xCF831528L},{0xCF831528L},{1UL}},{{0x84C45E07L},{1UL},{0xCF831528L},{0xCF831528L}}};
                    int i, j, k;
                    for (l_727 = 1; (l_727 >= 0); l_727 -= 1)
                    { /* block id: 413 */
                        int32_t *l_1002 = &l_114;
                        int i;
                        l_1002 = ((*g_719) = ((*p_72) = ((**g_263) = l_1001[2])));
                        l_1021[3][0][0] = (safe_mul_func_float_f_f(p_74, ((*g_435) = (safe_add_func_float_f_f((safe_div_func_float_f_f(((safe_mul_func_float_f_f(((safe_div_func_float_f_f((safe_mul_func_float_f_f((-0x9.3p+1), (((safe_sub_func_float_f_f((**g_434), g_1017)) != l_1018) < 0xA.D138C1p-68))), (-0x10.4p+1))) == (safe_div_func_float_f_f((g_113[g_315] = p_71), (*g_435)))), 0xB.D0F716p+30)) < 0xF.FF7B09p-65), (*g_435))), l_998)))));
                    }
                    if (l_1021[4][3][0])
                        continue;
                }
            }
        }
    }
    for (l_739 = 0; (l_739 <= 3); l_739 += 1)
    { /* block id: 469 */
        return (*g_719);
    }
    g_1095 = l_1092;
    for (g_908 = 0; (g_908 <= 1); g_908 += 1)
    { /* block id: 475 */
        uint16_t l_1105 = 0xCD9DL;
        int32_t l_1106 = 0xD9E117C8L;
        uint16_t l_1109[5][4] = {{1UL,0UL,1UL,1UL},{0UL,0UL,0xCE0DL,0UL},{0UL,1UL,1UL,0UL},{1UL,0UL,1UL,1UL},{0UL,0UL,0xCE0DL,0UL}};
        int32_t l_1110 = 0xBAA7047BL;
        int64_t *l_1111[6][8] = {{&l_597[0],&l_597[0],&l_597[0],&l_597[3],&l_597[0],&l_597[1],&l_597[0],&l_597[3]},{&l_597[0],(void*)0,&l_597[0],&l_597[0],&l_597[0],&l_597[3],&l_597[0],&l_597[0]},{&l_597[2],&l_597[0],&l_597[0],&l_597[1],(void*)0,(void*)0,&l_597[0],&l_597[0]},{&l_597[2],&l_597[0],(void*)0,&l_597[0],&l_597[0],&l_597[0],&l_597[0],(void*)0},{&l_597[0],&l_597[0],&l_597[3],&l_597[0],&l_597[0],&l_597[0],&l_597[3],&l_597[2]},{&l_597[0],&l_597[0],&l_597[0],&l_597[0],&l_597[1],&l_597[0],(void*)0,&l_597[2]}};
        int16_t **l_1124 = &l_1093;
        float l_1201[7][8] = {{0x9.2D4315p+17,0xE.DE735Cp-68,0xE.DE735Cp-68,0x9.2D4315p+17,0x8.2p-1,0x1.Dp+1,0x3.B9B210p-1,0xE.DE735Cp-68},{0x3.B9B210p-1,0x9.42D6E7p+94,(-0x3.Cp+1),0xD.621A01p+14,0x9.42D6E7p+94,0x1.Ep+1,0x9.42D6E7p+94,0xD.621A01p+14},{(-0x3.Cp+1),0xE.D957C1p-41,(-0x3.Cp+1),0x5.C1833Dp-97,0x1.Dp+1,(-0x3.Cp+1),0x0.4p-1,(-0x2.8p-1)},{0xE.DE735Cp-68,0x5.C1833Dp-97,0xB.236EF1p-45,0x1.Dp+1,0x1.Ep+1,0x1.Ep+1,0x1.Dp+1,0xB.236EF1p-45},{0xE.DE735Cp-68,0xE.DE735Cp-68,0x9.2D4315p+17,0x8.2p-1,0x1.Dp+1,0x3.B9B210p-1,0xE.DE735Cp-68,0x1.Dp+1},{(-0x3.Cp+1),0x1.Dp+1,0x5.C1833Dp-97,(-0x3.Cp+1),0xE.D957C1p-41,(-0x3.Cp+1),0x5.C1833Dp-97,0x1.Dp+1},{0x1.Dp+1,0x0.4p-1,0xB.236EF1p-45,0x8.2p-1,0x0.4p-1,0x5.C1833Dp-97,0xE.D957C1p-41,0xB.236EF1p-45}};
        int32_t *l_1202 = &g_111;
        int32_t ****l_1250 = (void*)0;
        int i, j;
    }
    return (*p_72);
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
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_53, "g_53", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_92, "g_92", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc_bytes(&g_113[i], sizeof(g_113[i]), "g_113[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_129.f0, "g_129.f0", print_hash_value);
    transparent_crc(g_129.f1, "g_129.f1", print_hash_value);
    transparent_crc_bytes (&g_131, sizeof(g_131), "g_131", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_143, "g_143", print_hash_value);
    transparent_crc(g_149, "g_149", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_187, "g_187", print_hash_value);
    transparent_crc_bytes (&g_188, sizeof(g_188), "g_188", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_190[i][j][k], "g_190[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_191[i][j], "g_191[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_216, "g_216", print_hash_value);
    transparent_crc(g_315, "g_315", print_hash_value);
    transparent_crc(g_369, "g_369", print_hash_value);
    transparent_crc(g_432, "g_432", print_hash_value);
    transparent_crc(g_520, "g_520", print_hash_value);
    transparent_crc(g_530, "g_530", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 8; k++)
            {
                transparent_crc(g_586[i][j][k], "g_586[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_599, "g_599", print_hash_value);
    transparent_crc(g_621, "g_621", print_hash_value);
    transparent_crc(g_692, "g_692", print_hash_value);
    transparent_crc_bytes (&g_781, sizeof(g_781), "g_781", print_hash_value);
    transparent_crc_bytes (&g_831, sizeof(g_831), "g_831", print_hash_value);
    transparent_crc(g_908, "g_908", print_hash_value);
    transparent_crc(g_1017, "g_1017", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_1112[i][j], "g_1112[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1113, "g_1113", print_hash_value);
    transparent_crc(g_1145, "g_1145", print_hash_value);
    transparent_crc(g_1146, "g_1146", print_hash_value);
    transparent_crc(g_1254, "g_1254", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_1438[i][j][k], "g_1438[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1453, "g_1453", print_hash_value);
    transparent_crc(g_1526, "g_1526", print_hash_value);
    transparent_crc(g_1605, "g_1605", print_hash_value);
    transparent_crc(g_1666, "g_1666", print_hash_value);
    transparent_crc(g_1741, "g_1741", print_hash_value);
    transparent_crc(g_1742, "g_1742", print_hash_value);
    transparent_crc(g_1743, "g_1743", print_hash_value);
    transparent_crc(g_1744, "g_1744", print_hash_value);
    transparent_crc(g_1802, "g_1802", print_hash_value);
    transparent_crc(g_1864, "g_1864", print_hash_value);
    transparent_crc(g_1995, "g_1995", print_hash_value);
    transparent_crc(g_2058, "g_2058", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_2124[i], "g_2124[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_2241[i], "g_2241[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2327, "g_2327", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_2337[i][j][k], "g_2337[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_2379, "g_2379", print_hash_value);
    transparent_crc(g_2642.f0, "g_2642.f0", print_hash_value);
    transparent_crc(g_2642.f1, "g_2642.f1", print_hash_value);
    transparent_crc(g_2728, "g_2728", print_hash_value);
    transparent_crc_bytes (&g_2921, sizeof(g_2921), "g_2921", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_2986[i], "g_2986[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3058, "g_3058", print_hash_value);
    transparent_crc(g_3069, "g_3069", print_hash_value);
    transparent_crc(g_3085, "g_3085", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc_bytes(&g_3188[i], sizeof(g_3188[i]), "g_3188[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3368, "g_3368", print_hash_value);
    transparent_crc(g_3428, "g_3428", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_3480[i][j], "g_3480[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_3529, "g_3529", print_hash_value);
    transparent_crc(g_3551, "g_3551", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_3574[i].f0, "g_3574[i].f0", print_hash_value);
        transparent_crc(g_3574[i].f1, "g_3574[i].f1", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc_bytes (&g_3679, sizeof(g_3679), "g_3679", print_hash_value);
    transparent_crc(g_3683.f0, "g_3683.f0", print_hash_value);
    transparent_crc(g_3683.f1, "g_3683.f1", print_hash_value);
    transparent_crc(g_3691, "g_3691", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_3695[i], "g_3695[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3702, "g_3702", print_hash_value);
    transparent_crc(g_3704, "g_3704", print_hash_value);
    transparent_crc(g_3747, "g_3747", print_hash_value);
    transparent_crc(g_4021.f0, "g_4021.f0", print_hash_value);
    transparent_crc(g_4021.f1, "g_4021.f1", print_hash_value);
    transparent_crc(g_4056, "g_4056", print_hash_value);
    transparent_crc_bytes (&g_4095, sizeof(g_4095), "g_4095", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_4190[i][j][k], "g_4190[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc_bytes(&g_4252[i][j][k], sizeof(g_4252[i][j][k]), "g_4252[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_4332, "g_4332", print_hash_value);
    transparent_crc(g_4333, "g_4333", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 1107
XXX total union variables: 30

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

XXX max expression depth: 57
breakdown:
   depth: 1, occurrence: 378
   depth: 2, occurrence: 94
   depth: 3, occurrence: 8
   depth: 4, occurrence: 5
   depth: 5, occurrence: 6
   depth: 7, occurrence: 4
   depth: 9, occurrence: 1
   depth: 10, occurrence: 1
   depth: 11, occurrence: 4
   depth: 14, occurrence: 4
   depth: 15, occurrence: 4
   depth: 16, occurrence: 1
   depth: 17, occurrence: 2
   depth: 18, occurrence: 2
   depth: 19, occurrence: 4
   depth: 20, occurrence: 7
   depth: 21, occurrence: 3
   depth: 22, occurrence: 5
   depth: 23, occurrence: 5
   depth: 24, occurrence: 3
   depth: 25, occurrence: 4
   depth: 26, occurrence: 5
   depth: 27, occurrence: 2
   depth: 28, occurrence: 3
   depth: 29, occurrence: 1
   depth: 30, occurrence: 4
   depth: 31, occurrence: 2
   depth: 32, occurrence: 2
   depth: 33, occurrence: 2
   depth: 34, occurrence: 1
   depth: 36, occurrence: 1
   depth: 37, occurrence: 2
   depth: 38, occurrence: 3
   depth: 40, occurrence: 1
   depth: 45, occurrence: 1
   depth: 52, occurrence: 1
   depth: 57, occurrence: 1

XXX total number of pointers: 805

XXX times a variable address is taken: 1772
XXX times a pointer is dereferenced on RHS: 1025
breakdown:
   depth: 1, occurrence: 766
   depth: 2, occurrence: 146
   depth: 3, occurrence: 76
   depth: 4, occurrence: 33
   depth: 5, occurrence: 4
XXX times a pointer is dereferenced on LHS: 592
breakdown:
   depth: 1, occurrence: 459
   depth: 2, occurrence: 72
   depth: 3, occurrence: 40
   depth: 4, occurrence: 18
   depth: 5, occurrence: 3
XXX times a pointer is compared with null: 81
XXX times a pointer is compared with address of another variable: 24
XXX times a pointer is compared with another pointer: 29
XXX times a pointer is qualified to be dereferenced: 14884

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 3351
   level: 2, occurrence: 841
   level: 3, occurrence: 566
   level: 4, occurrence: 347
   level: 5, occurrence: 81
XXX number of pointers point to pointers: 399
XXX number of pointers point to scalars: 389
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 29.8
XXX average alias set size: 1.55

XXX times a non-volatile is read: 4594
XXX times a non-volatile is write: 1918
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 15

XXX stmts: 378
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 31
   depth: 1, occurrence: 46
   depth: 2, occurrence: 46
   depth: 3, occurrence: 66
   depth: 4, occurrence: 83
   depth: 5, occurrence: 106

XXX percentage a fresh-made variable is used: 15.7
XXX percentage an existing variable is used: 84.3
********************* end of statistics **********************/

