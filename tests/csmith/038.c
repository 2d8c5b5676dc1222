/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 45 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      45
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int16_t  f0;
   const uint64_t  f1;
   int8_t * f2;
   int8_t * f3;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0xF34FDA0EL;
static union U0 g_16 = {0xE797L};
static int8_t g_25 = 3L;
static int8_t *g_24[1][2] = {{&g_25,&g_25}};
static float g_27[4][4][1] = {{{0x0.Dp-1},{0x0.Dp-1},{0x0.Dp-1},{0x0.Dp-1}},{{0x0.Dp-1},{0x0.Dp-1},{0x0.Dp-1},{0x0.Dp-1}},{{0x0.Dp-1},{0x0.Dp-1},{0x0.Dp-1},{0x0.Dp-1}},{{0x0.Dp-1},{0x0.Dp-1},{0x0.Dp-1},{0x0.Dp-1}}};
static int64_t g_67[7][1] = {{0xC5A258D3B3E24019LL},{(-1L)},{(-1L)},{0xC5A258D3B3E24019LL},{(-1L)},{(-1L)},{0xC5A258D3B3E24019LL}};
static uint8_t g_69 = 1UL;
static float g_93 = 0x5.2p+1;
static float *g_92 = &g_93;
static uint8_t g_95 = 1UL;
static int16_t g_99 = 0x1E48L;
static uint32_t g_108 = 0xDB31B810L;
static int32_t g_132 = 2L;
static uint16_t g_135[5][6] = {{0xC05DL,6UL,0x4DE9L,65529UL,0x4DE9L,6UL},{0x4DE9L,0xC05DL,0x0B88L,0x725CL,0x725CL,0x0B88L},{0x4DE9L,0x4DE9L,0x725CL,65529UL,7UL,65529UL},{0xC05DL,0x4DE9L,0xC05DL,0x725CL,0x4DE9L,0x4DE9L},{0xC05DL,65529UL,65529UL,0xC05DL,7UL,0x0B88L}};
static int32_t g_140 = 0x1361E08BL;
static uint64_t g_142 = 0x008FFC656B39C3ADLL;
static int32_t g_144 = 0L;
static int32_t g_167 = 0x6DBD2E68L;
static int16_t *g_177 = &g_16.f0;
static int16_t **g_176 = &g_177;
static float g_179 = (-0x9.5p+1);
static int32_t g_180 = 8L;
static int64_t g_182 = 5L;
static float g_188[5][3] = {{0x4.E1DA1Dp-38,0x4.E1DA1Dp-38,0x2.3DF189p+32},{0x4.E1DA1Dp-38,0x4.E1DA1Dp-38,0x2.3DF189p+32},{0x4.E1DA1Dp-38,0x4.E1DA1Dp-38,0x2.3DF189p+32},{0x4.E1DA1Dp-38,0x4.E1DA1Dp-38,0x2.3DF189p+32},{0x4.E1DA1Dp-38,0x4.E1DA1Dp-38,0x2.3DF189p+32}};
static int16_t g_190 = 1L;
static int16_t g_192 = (-7L);
static uint64_t g_193 = 0x6D7DC7BAFC14AF0ALL;
static uint32_t g_199 = 0x8F648F5DL;
static int32_t g_200 = 0xF9BEFCDEL;
static uint32_t g_201[9][4] = {{18446744073709551615UL,0x270FD24DL,0xB3B23CB6L,0xB3B23CB6L},{0x5ED49846L,0x5ED49846L,18446744073709551615UL,0xB3B23CB6L},{0x3DC9B281L,0x270FD24DL,0x3DC9B281L,18446744073709551615UL},{0x3DC9B281L,18446744073709551615UL,18446744073709551615UL,0x3DC9B281L},{0x5ED49846L,18446744073709551615UL,0xB3B23CB6L,18446744073709551615UL},{18446744073709551615UL,0x270FD24DL,0xB3B23CB6L,0xB3B23CB6L},{0x5ED49846L,0x5ED49846L,18446744073709551615UL,0xB3B23CB6L},{0x3DC9B281L,0x270FD24DL,0x3DC9B281L,18446744073709551615UL},{0x3DC9B281L,18446744073709551615UL,18446744073709551615UL,0x3DC9B281L}};
static float *g_224 = &g_27[0][3][0];
static int32_t *g_285 = (void*)0;
static int32_t g_295 = (-1L);
static int32_t g_296 = (-4L);
static int8_t g_297 = 7L;
static int32_t g_300[3][1] = {{0x45B5AEDBL},{0x45B5AEDBL},{0x45B5AEDBL}};
static uint8_t g_357[10][10] = {{0x72L,0x97L,0x72L,5UL,0x52L,0x97L,0x52L,5UL,0x72L,0x97L},{251UL,5UL,246UL,255UL,251UL,255UL,246UL,5UL,251UL,5UL},{0x52L,255UL,0x72L,8UL,0x72L,255UL,0x52L,8UL,0x52L,255UL},{251UL,8UL,0x29L,8UL,251UL,0x97L,0x29L,0x97L,251UL,8UL},{0x72L,8UL,0x72L,255UL,0x52L,8UL,0x52L,255UL,0x72L,8UL},{251UL,255UL,246UL,5UL,251UL,5UL,246UL,255UL,251UL,255UL},{0x52L,5UL,0x72L,0x97L,0x72L,5UL,0x52L,0x97L,0x52L,5UL},{251UL,0x97L,0x29L,0x97L,251UL,8UL,0x29L,8UL,251UL,0x97L},{0x72L,0x97L,0x72L,5UL,0x52L,0x97L,0x52L,5UL,0x72L,0x97L},{251UL,5UL,246UL,255UL,251UL,255UL,246UL,5UL,251UL,5UL}};
static int8_t **g_394 = &g_24[0][0];
static int8_t **g_395 = (void*)0;
static int32_t *g_581[9] = {&g_2,&g_300[1][0],&g_300[1][0],&g_2,&g_300[1][0],&g_300[1][0],&g_2,&g_300[1][0],&g_300[1][0]};
static int64_t *g_609 = &g_182;
static int64_t ** const g_608 = &g_609;
static union U0 g_620 = {0xFA31L};
static uint8_t *g_674 = (void*)0;
static const int8_t *g_697 = (void*)0;
static const int8_t ** const g_696 = &g_697;
static const int8_t ** const *g_695 = &g_696;
static const int8_t ** const **g_694 = &g_695;
static const int8_t ** const ***g_693[4] = {&g_694,&g_694,&g_694,&g_694};
static int32_t *g_770 = &g_200;
static int32_t **g_769 = &g_770;
static int32_t ***g_768 = &g_769;
static int32_t ****g_767 = &g_768;
static uint16_t *g_778 = &g_135[3][5];
static int32_t *****g_796 = &g_767;
static union U0 g_891 = {0xCBCEL};
static union U0 *g_890[9][4][7] = {{{&g_620,&g_16,&g_891,(void*)0,(void*)0,&g_16,(void*)0},{&g_891,&g_891,&g_620,(void*)0,&g_620,&g_620,&g_891},{&g_620,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_16},{&g_891,&g_620,&g_620,&g_620,(void*)0,&g_891,(void*)0}},{{&g_16,&g_16,(void*)0,&g_891,(void*)0,&g_891,&g_891},{(void*)0,&g_891,&g_620,(void*)0,&g_620,(void*)0,&g_620},{&g_620,&g_620,(void*)0,&g_16,&g_620,&g_16,&g_620},{&g_620,&g_891,(void*)0,&g_620,(void*)0,&g_891,(void*)0}},{{&g_891,&g_891,&g_16,&g_620,&g_620,(void*)0,&g_620},{&g_620,(void*)0,(void*)0,&g_620,&g_620,(void*)0,(void*)0},{&g_620,&g_16,&g_891,&g_891,(void*)0,&g_891,&g_16},{&g_620,(void*)0,&g_891,&g_620,(void*)0,(void*)0,(void*)0}},{{&g_16,(void*)0,&g_620,&g_620,(void*)0,&g_16,&g_620},{(void*)0,&g_620,&g_891,(void*)0,&g_891,&g_891,(void*)0},{&g_891,(void*)0,&g_16,&g_16,&g_620,&g_16,&g_620},{&g_620,&g_620,&g_620,&g_891,&g_891,&g_620,&g_620}},{{(void*)0,(void*)0,(void*)0,&g_16,&g_891,&g_891,&g_891},{&g_620,(void*)0,(void*)0,(void*)0,(void*)0,&g_620,(void*)0},{(void*)0,&g_16,&g_891,&g_16,&g_16,&g_16,&g_16},{(void*)0,(void*)0,(void*)0,&g_891,(void*)0,&g_620,&g_620}},{{(void*)0,&g_891,&g_620,&g_16,(void*)0,(void*)0,&g_891},{(void*)0,&g_891,&g_620,(void*)0,&g_16,&g_620,&g_620},{&g_891,&g_620,&g_16,&g_620,&g_891,&g_16,&g_620},{&g_891,&g_891,(void*)0,&g_620,&g_620,&g_620,&g_891}},{{&g_16,&g_16,(void*)0,&g_891,&g_620,&g_891,(void*)0},{&g_891,&g_620,&g_891,&g_620,&g_891,&g_620,&g_891},{&g_891,(void*)0,&g_891,&g_620,&g_620,&g_16,&g_16},{(void*)0,(void*)0,(void*)0,&g_620,&g_620,&g_891,&g_891}},{{(void*)0,&g_891,&g_891,&g_16,(void*)0,&g_16,&g_891},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_891,&g_620},{&g_16,&g_16,&g_620,&g_891,&g_620,&g_16,(void*)0},{&g_891,(void*)0,&g_891,&g_620,(void*)0,&g_620,(void*)0}},{{&g_891,&g_620,&g_620,&g_891,&g_16,(void*)0,&g_891},{&g_620,&g_891,(void*)0,&g_891,&g_891,(void*)0,(void*)0},{&g_891,&g_620,&g_16,&g_16,&g_891,&g_891,&g_891},{(void*)0,(void*)0,&g_16,&g_16,(void*)0,(void*)0,(void*)0}}};
static uint8_t g_902 = 255UL;
static int64_t g_914 = (-8L);
static float g_1020 = 0x0.5p+1;
static uint16_t g_1060 = 65529UL;
static const uint16_t g_1335 = 0x0046L;
static int32_t **g_1338 = (void*)0;
static int32_t ***g_1337 = &g_1338;
static float *****g_1373 = (void*)0;
static float ****g_1375[5][1][1] = {{{(void*)0}},{{(void*)0}},{{(void*)0}},{{(void*)0}},{{(void*)0}}};
static float *****g_1374 = &g_1375[4][0][0];
static const int8_t **g_1419 = &g_697;
static int32_t **** const *g_1526 = (void*)0;
static const int32_t *g_1683 = &g_144;
static const int32_t **g_1682 = &g_1683;
static const int32_t ***g_1681[6] = {&g_1682,&g_1682,&g_1682,&g_1682,&g_1682,&g_1682};
static const int32_t ****g_1680 = &g_1681[5];
static int32_t ****g_1815 = &g_1337;
static int32_t *****g_1814 = &g_1815;
static const int32_t g_1847 = 9L;
static int8_t g_1914[8][1] = {{0L},{0xAEL},{0L},{0xAEL},{0L},{0xAEL},{0L},{0xAEL}};
static const uint32_t g_1985 = 6UL;
static int64_t g_2000 = 0x5BE6541D443B21ECLL;
static int32_t g_2001 = (-5L);
static uint8_t g_2042 = 255UL;
static int32_t g_2081 = (-6L);
static union U0 g_2195[4][2] = {{{0x15D7L},{0x15D7L}},{{0x15D7L},{0x15D7L}},{{0x15D7L},{0x15D7L}},{{0x15D7L},{0x15D7L}}};
static int32_t **** const g_2264 = (void*)0;
static int32_t **** const *g_2263[8][10] = {{&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264},{&g_2264,&g_2264,(void*)0,&g_2264,&g_2264,(void*)0,&g_2264,&g_2264,(void*)0,&g_2264},{&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264},{&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264},{&g_2264,&g_2264,(void*)0,&g_2264,&g_2264,(void*)0,&g_2264,&g_2264,(void*)0,&g_2264},{&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264},{&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264,&g_2264},{&g_2264,&g_2264,(void*)0,&g_2264,&g_2264,(void*)0,&g_2264,&g_2264,(void*)0,&g_2264}};
static const uint8_t g_2328 = 0xA4L;
static int16_t g_2330 = 0x3C96L;
static uint8_t **g_2361 = &g_674;
static uint8_t *** const g_2360 = &g_2361;
static union U0 **g_2400 = (void*)0;
static uint8_t * const *g_2429 = &g_674;
static uint8_t * const **g_2428 = &g_2429;
static int64_t **g_2482 = &g_609;
static union U0 g_2560 = {0x5A8CL};
static int64_t ***g_2620[2] = {(void*)0,(void*)0};
static int64_t ****g_2619 = &g_2620[1];
static int64_t *****g_2618 = &g_2619;
static const int32_t *g_2672[3] = {(void*)0,(void*)0,(void*)0};
static const int32_t * const *g_2671[7][1][8] = {{{&g_2672[1],&g_2672[1],&g_2672[0],&g_2672[1],&g_2672[1],&g_2672[0],&g_2672[1],&g_2672[1]}},{{&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1]}},{{&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1]}},{{&g_2672[1],&g_2672[1],&g_2672[0],&g_2672[1],&g_2672[1],&g_2672[0],&g_2672[1],&g_2672[1]}},{{&g_2672[0],&g_2672[1],&g_2672[0],&g_2672[0],&g_2672[1],&g_2672[0],&g_2672[0],&g_2672[1]}},{{&g_2672[1],&g_2672[0],&g_2672[0],&g_2672[1],&g_2672[0],&g_2672[0],&g_2672[1],&g_2672[0]}},{{&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1],&g_2672[1]}}};
static const int32_t * const **g_2670[8] = {&g_2671[5][0][7],&g_2671[5][0][7],&g_2671[5][0][7],&g_2671[5][0][7],&g_2671[5][0][7],&g_2671[5][0][7],&g_2671[5][0][7],&g_2671[5][0][7]};
static float g_2725 = 0x2.2p+1;
static uint32_t g_2750 = 0x5CBE0D11L;
static uint32_t g_2767 = 0x0F77AB9CL;
static uint16_t g_2797 = 0x329DL;
static int64_t g_2831 = 0xAF7E29DE120712EBLL;
static const int16_t g_2842 = 0xEA50L;


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static uint8_t  func_8(int8_t * p_9, const int32_t  p_10, int8_t * p_11, int8_t * const  p_12);
static union U0  func_13(union U0  p_14, const uint64_t  p_15);
static const uint64_t  func_17(int16_t  p_18, uint64_t  p_19, int64_t  p_20);
static int16_t  func_21(float  p_22, int32_t  p_23);
static int64_t  func_29(const int8_t * p_30, float * p_31, int8_t * p_32);
static float * func_34(int64_t  p_35, int64_t  p_36, uint8_t  p_37, int8_t * p_38);
static int64_t  func_39(int32_t  p_40, float * p_41, int8_t * p_42);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_16 g_24 g_25 g_69 g_92 g_93 g_67 g_99 g_108 g_132 g_140 g_16.f0 g_142 g_144 g_167 g_95 g_176 g_193 g_201 g_135 g_177 g_224 g_296 g_199 g_192 g_27 g_395 g_285 g_300 g_295 g_357 g_182 g_200 g_180 g_608 g_609 g_297 g_190 g_767 g_796 g_778 g_914 g_768 g_769 g_770 g_902 g_1060 g_620.f0 g_694 g_695 g_1335 g_1337 g_1373 g_696 g_891.f0 g_394 g_1419 g_697 g_620 g_1680 g_1682 g_1683 g_1814 g_1847 g_1914 g_2195.f0 g_2042 g_2328 g_2330 g_2360 g_2400 g_1815 g_2000 g_2560 g_1338
 * writes: g_2 g_27 g_67 g_69 g_95 g_99 g_108 g_132 g_135 g_140 g_142 g_144 g_25 g_167 g_93 g_193 g_199 g_201 g_192 g_180 g_285 g_24 g_357 g_394 g_296 g_300 g_581 g_297 g_674 g_693 g_182 g_778 g_890 g_902 g_770 g_1060 g_769 g_1337 g_1373 g_1374 g_1419 g_1526 g_295 g_694 g_1680 g_2263 g_2195.f0 g_188 g_190 g_2400 g_92 g_2482 g_2330
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    uint64_t l_5 = 0x6B8F3D4210E164CALL;
    int16_t l_1024[1];
    int8_t *l_2561 = &g_1914[5][0];
    int32_t l_2566 = 1L;
    const int32_t * const l_2574 = &g_140;
    const int32_t * const *l_2573[9] = {&l_2574,&l_2574,&l_2574,&l_2574,&l_2574,&l_2574,&l_2574,&l_2574,&l_2574};
    int32_t *****l_2582 = &g_767;
    int32_t l_2648[6][10][3] = {{{(-3L),1L,0xCD3D20C5L},{0L,0x75F0600AL,0x63609E74L},{0x2CBC8A12L,5L,(-1L)},{(-6L),0x099852C7L,3L},{0xCD3D20C5L,(-1L),0x05FE5EA5L},{0xCF6C2580L,0x1BE1A0FEL,0x1BE1A0FEL},{1L,0x96BAAEF2L,0x5029D745L},{0x1BE1A0FEL,(-1L),(-1L)},{0x89C62AA4L,(-3L),0x50C4B61EL},{(-1L),1L,0L}},{{(-1L),(-3L),0x3A8C2101L},{0x90A6C384L,(-1L),0x3C08C63AL},{0L,0x96BAAEF2L,(-8L)},{0x88FD659FL,0x1BE1A0FEL,(-9L)},{0x35403E42L,(-1L),0xE76BE3BDL},{(-1L),0x099852C7L,(-1L)},{0xBE67DA5BL,5L,0L},{0xC80CA74BL,0x75F0600AL,0x23CA9830L},{(-1L),1L,0x89C62AA4L},{0x7A361F72L,0x63609E74L,(-1L)}},{{(-1L),0x05FE5EA5L,(-7L)},{0xC80CA74BL,1L,1L},{0xBE67DA5BL,(-1L),0x2CBC8A12L},{(-1L),0L,(-7L)},{0x35403E42L,0x89C62AA4L,(-1L)},{0x88FD659FL,0x88FD659FL,0x888DAD11L},{0L,0x700E47C7L,0x35403E42L},{0x90A6C384L,(-7L),0xCF6C2580L},{(-1L),0x35403E42L,0x96BAAEF2L},{(-1L),0x90A6C384L,0xCF6C2580L}},{{0x89C62AA4L,0x67F984BAL,0x35403E42L},{0x1BE1A0FEL,0x2941AB92L,0x888DAD11L},{1L,0x758BA145L,(-1L)},{0xCF6C2580L,3L,(-7L)},{0xCD3D20C5L,0x2CBC8A12L,0x2CBC8A12L},{(-6L),(-9L),1L},{0x2CBC8A12L,(-8L),(-7L)},{0L,(-1L),(-1L)},{(-3L),0x5029D745L,0x89C62AA4L},{0x451CC23AL,(-1L),0x23CA9830L}},{{1L,(-8L),0L},{0x3C08C63AL,(-9L),(-1L)},{(-1L),0x2CBC8A12L,0xE76BE3BDL},{0x63609E74L,3L,(-9L)},{(-8L),0x758BA145L,(-8L)},{0xEE661A0DL,0x2941AB92L,0x3C08C63AL},{0xE462C7E7L,0x67F984BAL,0x3A8C2101L},{0x888DAD11L,0x90A6C384L,0L},{0x00067A72L,0x35403E42L,0x50C4B61EL},{0x888DAD11L,(-7L),(-1L)}},{{0x2CBC8A12L,1L,(-1L)},{0xC80CA74BL,(-1L),0x451CC23AL},{0x700E47C7L,0x00067A72L,0x5029D745L},{0x3C08C63AL,0x7A361F72L,0x2941AB92L},{0x91001C77L,0x91001C77L,0x35403E42L},{(-1L),0x90A6C384L,0x3C08C63AL},{(-1L),0x5029D745L,0x05FE5EA5L},{0x75F0600AL,0x3C08C63AL,(-1L)},{(-1L),(-1L),0x05FE5EA5L},{0x7A361F72L,(-1L),0x3C08C63AL}}};
    const int32_t * const **l_2674 = &l_2573[8];
    int8_t l_2716 = 0L;
    float **l_2736 = &g_92;
    float ***l_2735[5] = {&l_2736,&l_2736,&l_2736,&l_2736,&l_2736};
    int16_t l_2828 = 1L;
    int16_t l_2830 = (-9L);
    int32_t l_2832[9] = {(-7L),(-7L),0x600E7009L,(-7L),(-7L),0x600E7009L,(-7L),(-7L),0x600E7009L};
    int8_t l_2833 = 0x9EL;
    uint32_t l_2839 = 1UL;
    int8_t l_2868 = 0x09L;
    uint8_t l_2869 = 0x9DL;
    uint64_t l_2888 = 3UL;
    uint32_t l_2894 = 4294967295UL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_1024[i] = 0xDB30L;
    for (g_2 = 0; (g_2 != (-21)); g_2 = safe_sub_func_int16_t_s_s(g_2, 7))
    { /* block id: 3 */
        float *l_26 = &g_27[0][3][0];
        int32_t l_28 = 0L;
        int8_t *l_2562 = &g_1914[5][0];
        uint32_t l_2584 = 0xC0950837L;
        int32_t l_2586 = 1L;
        int32_t l_2588 = 0xEE6FF539L;
        uint32_t *l_2594 = (void*)0;
        const int16_t l_2607 = (-5L);
        const int8_t l_2647[10] = {0L,0L,(-8L),0L,0L,(-8L),0L,0L,(-8L),0L};
        float l_2705 = 0x5.64FD3Ep-68;
        int8_t l_2722 = (-1L);
        int32_t l_2823 = 0x7CC1AC87L;
        int8_t l_2825[5];
        int32_t l_2827 = (-1L);
        int32_t l_2834 = 0x5A3C75E1L;
        int32_t l_2835 = 0L;
        int i;
        for (i = 0; i < 5; i++)
            l_2825[i] = 3L;
        l_2566 |= (l_5 < ((0x6BL < ((((safe_div_func_int32_t_s_s((func_8((func_13(g_16, func_17(func_21((((*l_26) = ((void*)0 != g_24[0][0])) == l_28), l_28), ((l_1024[0] , l_28) | l_1024[0]), l_28)) , l_2561), l_28, l_2562, l_2561) <= l_1024[0]), l_28)) , l_1024[0]) | 2UL) >= l_5)) > 0x7DACEAFBL));
        for (g_25 = 0; (g_25 > (-18)); g_25--)
        { /* block id: 1231 */
            int8_t l_2575 = (-3L);
            const int32_t l_2583 = (-1L);
            int32_t *l_2585[6] = {&g_140,&g_140,&g_140,&g_140,&g_140,&g_140};
            uint32_t l_2587 = 0x5508F23AL;
            float * const *l_2600 = &g_92;
            float * const **l_2599 = &l_2600;
            uint64_t l_2703 = 0xC41B6C5DF4CB8D17LL;
            const uint32_t l_2704 = 0UL;
            uint64_t *l_2706 = &g_142;
            const int32_t l_2711 = 0L;
            uint16_t l_2714 = 5UL;
            int32_t ****l_2720 = &g_1337;
            uint8_t *l_2721[4][10][3] = {{{&g_2042,(void*)0,&g_95},{&g_902,&g_357[2][7],&g_357[2][7]},{&g_357[7][9],(void*)0,&g_357[4][5]},{&g_902,&g_357[3][4],&g_357[2][7]},{&g_2042,(void*)0,&g_95},{&g_902,&g_357[2][7],&g_357[2][7]},{&g_357[7][9],(void*)0,&g_357[4][5]},{&g_902,&g_357[3][4],&g_357[2][7]},{&g_2042,(void*)0,&g_95},{&g_902,&g_357[2][7],&g_357[2][7]}},{{&g_357[7][9],(void*)0,&g_357[4][5]},{&g_902,&g_357[3][4],&g_357[2][7]},{&g_2042,(void*)0,&g_95},{&g_902,&g_357[2][7],&g_357[2][7]},{&g_357[7][9],(void*)0,&g_357[4][5]},{&g_902,&g_357[3][4],&g_357[2][7]},{&g_2042,(void*)0,&g_95},{&g_902,&g_357[2][7],&g_357[2][7]},{&g_357[7][9],(void*)0,&g_357[4][5]},{&g_902,&g_357[3][4],&g_357[2][7]}},{{&g_2042,(void*)0,&g_95},{&g_902,&g_357[2][7],&g_357[2][7]},{&g_357[7][9],(void*)0,&g_357[4][5]},{&g_902,&g_357[3][4],&g_357[2][7]},{&g_2042,(void*)0,&g_95},{&g_902,&g_357[2][7],&g_357[2][7]},{&g_357[7][9],(void*)0,&g_357[4][5]},{&g_902,&g_357[3][4],&g_357[2][7]},{&g_2042,(void*)0,&g_95},{&g_902,&g_357[2][7],&g_357[2][7]}},{{&g_357[7][9],(void*)0,&g_357[4][5]},{&g_902,&g_357[3][4],&g_357[2][7]},{&g_2042,(void*)0,&g_95},{&g_902,&g_357[2][7],&g_357[2][7]},{&g_357[7][9],(void*)0,&g_357[4][5]},{&g_902,&g_357[3][4],&g_357[2][7]},{&g_2042,(void*)0,&g_95},{&g_902,&g_357[2][7],&g_357[2][7]},{&g_357[7][9],(void*)0,&g_357[4][5]},{&g_902,&g_357[3][4],&g_357[2][7]}}};
            int16_t l_2723[4];
            float l_2729 = (-0x1.2p-1);
            union U0 *l_2731 = (void*)0;
            uint64_t l_2757[3][8][10] = {{{0xA1E50EE939946F9ELL,0xF7B458466E0D8BF6LL,18446744073709551610UL,0x7DCBCBD4FF24780BLL,0x7DCBCBD4FF24780BLL,18446744073709551610UL,0xF7B458466E0D8BF6LL,0xA1E50EE939946F9ELL,0UL,18446744073709551615UL},{1UL,0x08CF52F6F3A49971LL,0xD7E28395C168A674LL,0x8B4D52171A5F12E1LL,0xF62102E3ADFD4A19LL,0x6634743B2D011080LL,0xEF27B22597D13E45LL,0xA1E50EE939946F9ELL,18446744073709551615UL,0xE0C45A794570CF7DLL},{0xE86A3BEF1C31E2BELL,1UL,0xD7E28395C168A674LL,0xF62102E3ADFD4A19LL,18446744073709551609UL,0xA1E50EE939946F9ELL,0xEAB69C543953DF7DLL,0x08CF52F6F3A49971LL,0x5424B927F4D0144CLL,0x08CF52F6F3A49971LL},{18446744073709551610UL,18446744073709551608UL,1UL,0UL,1UL,18446744073709551608UL,18446744073709551610UL,0xE86A3BEF1C31E2BELL,0x8B4D52171A5F12E1LL,0x7DCBCBD4FF24780BLL},{1UL,1UL,0UL,0x7DCBCBD4FF24780BLL,0x6634743B2D011080LL,1UL,0xD7E28395C168A674LL,9UL,0x9AD42B11D2D30586LL,0xE86A3BEF1C31E2BELL},{9UL,1UL,18446744073709551615UL,0UL,0xA1E50EE939946F9ELL,0xF7B458466E0D8BF6LL,18446744073709551610UL,0x7DCBCBD4FF24780BLL,0x7DCBCBD4FF24780BLL,18446744073709551610UL},{18446744073709551615UL,18446744073709551608UL,1UL,1UL,18446744073709551608UL,18446744073709551615UL,0xEAB69C543953DF7DLL,0xA2927857436F2B06LL,0xEF27B22597D13E45LL,1UL},{0x9AD42B11D2D30586LL,1UL,18446744073709551610UL,0xA1E50EE939946F9ELL,1UL,0xE86A3BEF1C31E2BELL,0xEF27B22597D13E45LL,18446744073709551611UL,0x010F6D4913F8A048LL,9UL}},{{0x9AD42B11D2D30586LL,0x08CF52F6F3A49971LL,0UL,1UL,0xF7B458466E0D8BF6LL,18446744073709551615UL,9UL,18446744073709551608UL,9UL,18446744073709551615UL},{18446744073709551615UL,9UL,18446744073709551608UL,9UL,18446744073709551615UL,0xF7B458466E0D8BF6LL,1UL,0UL,0x08CF52F6F3A49971LL,0x9AD42B11D2D30586LL},{9UL,0x010F6D4913F8A048LL,18446744073709551611UL,0xEF27B22597D13E45LL,0xE86A3BEF1C31E2BELL,1UL,0xA1E50EE939946F9ELL,18446744073709551610UL,1UL,0x9AD42B11D2D30586LL},{1UL,0xEF27B22597D13E45LL,0xA2927857436F2B06LL,0xEAB69C543953DF7DLL,18446744073709551615UL,18446744073709551608UL,1UL,1UL,18446744073709551608UL,18446744073709551615UL},{18446744073709551610UL,0x7DCBCBD4FF24780BLL,0x7DCBCBD4FF24780BLL,18446744073709551610UL,0xF7B458466E0D8BF6LL,0xA1E50EE939946F9ELL,0UL,18446744073709551615UL,1UL,9UL},{0xE86A3BEF1C31E2BELL,0x9AD42B11D2D30586LL,9UL,0xD7E28395C168A674LL,1UL,0x6634743B2D011080LL,0x7DCBCBD4FF24780BLL,0UL,1UL,1UL},{0x7DCBCBD4FF24780BLL,0x8B4D52171A5F12E1LL,0xE86A3BEF1C31E2BELL,18446744073709551610UL,18446744073709551608UL,1UL,0UL,1UL,18446744073709551608UL,18446744073709551610UL},{0x08CF52F6F3A49971LL,0x5424B927F4D0144CLL,0x08CF52F6F3A49971LL,0xEAB69C543953DF7DLL,0xA1E50EE939946F9ELL,18446744073709551609UL,0xF62102E3ADFD4A19LL,0xD7E28395C168A674LL,1UL,0xE86A3BEF1C31E2BELL}},{{0xE0C45A794570CF7DLL,18446744073709551615UL,0xA1E50EE939946F9ELL,0xEF27B22597D13E45LL,0x6634743B2D011080LL,0xF62102E3ADFD4A19LL,0x8B4D52171A5F12E1LL,0xD7E28395C168A674LL,0x08CF52F6F3A49971LL,0x7DCBCBD4FF24780BLL},{0UL,0xA1E50EE939946F9ELL,0x08CF52F6F3A49971LL,9UL,1UL,0xE0C45A794570CF7DLL,0xE0C45A794570CF7DLL,1UL,9UL,0x08CF52F6F3A49971LL},{0xEAB69C543953DF7DLL,0xEAB69C543953DF7DLL,0xE86A3BEF1C31E2BELL,1UL,18446744073709551609UL,9UL,1UL,0UL,0x010F6D4913F8A048LL,0xE0C45A794570CF7DLL},{0x010F6D4913F8A048LL,0xA2927857436F2B06LL,9UL,0xA1E50EE939946F9ELL,0xF62102E3ADFD4A19LL,0x9AD42B11D2D30586LL,1UL,18446744073709551615UL,0xEF27B22597D13E45LL,0UL},{0xBB0178EB3669C49BLL,0xF62102E3ADFD4A19LL,0xE0C45A794570CF7DLL,0xBB0178EB3669C49BLL,1UL,0xA1E50EE939946F9ELL,1UL,0xBB0178EB3669C49BLL,0xE0C45A794570CF7DLL,0xF62102E3ADFD4A19LL},{0x5424B927F4D0144CLL,0x08CF52F6F3A49971LL,0xEAB69C543953DF7DLL,0xA1E50EE939946F9ELL,18446744073709551609UL,0xF62102E3ADFD4A19LL,0xD7E28395C168A674LL,1UL,0xE86A3BEF1C31E2BELL,18446744073709551608UL},{0x6634743B2D011080LL,0UL,0xF7B458466E0D8BF6LL,0xE0C45A794570CF7DLL,0xE86A3BEF1C31E2BELL,0xF62102E3ADFD4A19LL,0UL,18446744073709551611UL,0xD7E28395C168A674LL,1UL},{0x5424B927F4D0144CLL,1UL,0x8B4D52171A5F12E1LL,18446744073709551611UL,0xA1E50EE939946F9ELL,0xA1E50EE939946F9ELL,18446744073709551611UL,0x8B4D52171A5F12E1LL,1UL,0x5424B927F4D0144CLL}}};
            int8_t l_2818 = 0xADL;
            int32_t l_2822 = 0x8AD5DA59L;
            int32_t l_2829[7];
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_2723[i] = 0xFAB6L;
            for (i = 0; i < 7; i++)
                l_2829[i] = 0x1C609711L;
            l_2588 |= ((((l_2566 ^= l_28) , (safe_sub_func_int16_t_s_s(((safe_rshift_func_int8_t_s_u(l_28, ((l_2575 = ((***g_1814) != l_2573[8])) == ((safe_sub_func_uint64_t_u_u((((l_2586 = ((safe_mod_func_int16_t_s_s((safe_sub_func_int32_t_s_s((l_2582 == &g_2264), l_2583)), (l_28 && (0x50FABAB8L > l_2584)))) & 0L)) ^ (*l_2574)) & (-6L)), 0xCE069E19111DD008LL)) | 0x57L)))) , (*g_177)), (*g_778)))) < 0UL) == l_2587);
        }
        return (*g_778);
    }
    return l_2894;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_167
 */
static uint8_t  func_8(int8_t * p_9, const int32_t  p_10, int8_t * p_11, int8_t * const  p_12)
{ /* block id: 1225 */
    const int32_t l_2563 = 3L;
    int32_t *l_2564 = (void*)0;
    int32_t *l_2565 = &g_167;
    (*l_2565) = l_2563;
    return p_10;
}


/* ------------------------------------------ */
/* 
 * reads : g_2330 g_2560
 * writes: g_2330
 */
static union U0  func_13(union U0  p_14, const uint64_t  p_15)
{ /* block id: 1202 */
    uint16_t l_2506 = 0x5D32L;
    int64_t *l_2510 = &g_67[0][0];
    int32_t l_2542 = (-3L);
    int32_t *l_2545 = &g_300[1][0];
    union U0 *l_2550 = &g_2195[2][1];
    for (g_2330 = (-10); (g_2330 < (-21)); g_2330--)
    { /* block id: 1205 */
        uint64_t l_2513 = 0UL;
        int32_t l_2520 = 0x9FB94FD6L;
        int32_t l_2521 = 0x283C7EF2L;
        uint16_t l_2522 = 65535UL;
        int16_t l_2543 = 0xFB23L;
        int8_t *l_2558 = &g_297;
        int32_t **l_2559 = &g_285;
    }
    return g_2560;
}


/* ------------------------------------------ */
/* 
 * reads : g_224 g_27 g_608 g_609 g_182 g_135 g_902 g_176 g_177 g_778 g_1060 g_16.f0 g_300 g_620.f0 g_285 g_297 g_142 g_92 g_694 g_695 g_132 g_93 g_190 g_180 g_67 g_357 g_201 g_767 g_768 g_769 g_770 g_95 g_69 g_796 g_200 g_193 g_192 g_199 g_1335 g_1337 g_167 g_1373 g_296 g_108 g_696 g_914 g_99 g_295 g_891.f0 g_394 g_24 g_1419 g_697 g_620 g_1680 g_1682 g_1683 g_1814 g_144 g_1847 g_140 g_1914 g_2 g_2195.f0 g_2042 g_2328 g_2330 g_2360 g_2400 g_1815 g_2000 g_25
 * writes: g_27 g_357 g_193 g_902 g_1060 g_300 g_581 g_285 g_142 g_93 g_132 g_99 g_95 g_769 g_182 g_135 g_199 g_1337 g_297 g_1373 g_1374 g_69 g_167 g_180 g_296 g_108 g_1419 g_1526 g_295 g_694 g_1680 g_192 g_140 g_25 g_890 g_2263 g_2195.f0 g_188 g_190 g_2400 g_92 g_2482
 */
static const uint64_t  func_17(int16_t  p_18, uint64_t  p_19, int64_t  p_20)
{ /* block id: 518 */
    int8_t l_1025 = 0L;
    int8_t ** const *l_1032 = &g_394;
    int8_t ** const **l_1031 = &l_1032;
    int8_t ** const ***l_1030 = &l_1031;
    int8_t ***l_1035 = &g_395;
    int8_t ****l_1034 = &l_1035;
    int8_t *****l_1033 = &l_1034;
    int8_t *****l_1036 = (void*)0;
    int16_t l_1042 = 0x4286L;
    union U0 l_1047 = {0xDAD7L};
    uint8_t *l_1048[3][2][6] = {{{(void*)0,&g_95,&g_95,(void*)0,&g_95,&g_95},{(void*)0,&g_95,&g_95,(void*)0,&g_95,&g_95}},{{(void*)0,&g_95,&g_95,(void*)0,&g_95,&g_95},{(void*)0,&g_95,&g_95,(void*)0,&g_95,&g_95}},{{(void*)0,&g_95,&g_95,(void*)0,&g_95,&g_95},{(void*)0,&g_95,&g_95,(void*)0,&g_95,&g_95}}};
    int32_t l_1061 = 1L;
    uint64_t l_1084 = 0xD9C1AE51E6FD946DLL;
    int64_t l_1117 = 0x77F3812F26F4E1CCLL;
    uint64_t l_1177 = 0x14D26863B4F47F19LL;
    int64_t l_1221 = 1L;
    int32_t **l_1270 = &g_770;
    const uint16_t * const l_1305 = &g_1060;
    uint64_t l_1341 = 1UL;
    int32_t l_1386 = 0xAE7D127CL;
    int32_t l_1391[10][1][4] = {{{1L,0x3070609FL,3L,0xA688D61BL}},{{0x23BBA1F1L,1L,0x60548706L,3L}},{{(-1L),0x649666A8L,8L,1L}},{{(-1L),0x60548706L,0x60548706L,(-1L)}},{{0x23BBA1F1L,1L,3L,0x60548706L}},{{1L,0x649666A8L,(-7L),0xA688D61BL}},{{1L,0x23BBA1F1L,0x60548706L,0xA688D61BL}},{{2L,0x649666A8L,2L,0x60548706L}},{{(-1L),1L,0xDEC6F90DL,(-1L)}},{{1L,0x60548706L,3L,1L}}};
    int8_t l_1438 = (-2L);
    const int8_t l_1568 = 0x66L;
    int32_t *****l_1572 = &g_767;
    int64_t ** const *l_1585 = &g_608;
    union U0 * const l_1609 = &g_620;
    const int32_t l_1610 = 0xE90D3982L;
    int32_t *l_1624 = (void*)0;
    int8_t *****l_1638 = &l_1034;
    int8_t *l_1650 = (void*)0;
    int32_t *l_1651 = &g_300[1][0];
    float *****l_1654 = (void*)0;
    int8_t l_1661[1][5][2];
    int32_t l_1670 = 0xCC7F3379L;
    uint32_t l_1672 = 18446744073709551607UL;
    int32_t *l_1673 = &g_300[2][0];
    const int8_t ** const **l_1674 = &g_695;
    int32_t **** const l_1685 = (void*)0;
    uint16_t l_1693[9] = {3UL,0x8E4EL,3UL,0x8E4EL,3UL,0x8E4EL,3UL,0x8E4EL,3UL};
    int16_t l_1696 = 0x8B3BL;
    uint64_t l_1705 = 18446744073709551614UL;
    int16_t l_1713 = 0L;
    int32_t l_1734 = 0xBADD312BL;
    int32_t l_1735 = 1L;
    uint32_t l_1741 = 18446744073709551609UL;
    float l_1772[10] = {0x3.Ap+1,0x3.Ap+1,0x3.Ap+1,0x3.Ap+1,0x3.Ap+1,0x3.Ap+1,0x3.Ap+1,0x3.Ap+1,0x3.Ap+1,0x3.Ap+1};
    uint32_t l_1773 = 0x2FE32E07L;
    uint32_t l_1774 = 0x543BC0A3L;
    uint16_t l_1775 = 0xB192L;
    union U0 l_1776 = {0xCF65L};
    uint32_t l_1783 = 4294967288UL;
    uint8_t l_1786 = 0x67L;
    union U0 l_1791 = {1L};
    int16_t **l_1792 = &g_177;
    int32_t ** const *l_1805 = &l_1270;
    int32_t ** const **l_1804 = &l_1805;
    int32_t ** const ***l_1803 = &l_1804;
    uint16_t l_1817 = 0x4D85L;
    int64_t **l_1822[6] = {&g_609,&g_609,&g_609,&g_609,&g_609,&g_609};
    union U0 **l_1824 = &g_890[5][2][2];
    int32_t l_1825 = 0xBABB1FDCL;
    int32_t l_1826 = 0x41675175L;
    const uint64_t l_1829 = 0xF9B755C9A795A7EFLL;
    uint32_t l_1837 = 2UL;
    uint8_t l_1842 = 0x2DL;
    int8_t l_1851 = 0L;
    int16_t l_1857 = (-1L);
    float l_1861 = 0x2.4p+1;
    uint8_t l_1879 = 0x43L;
    int32_t l_1882 = 0xE0D549D6L;
    uint16_t l_1883[2][10];
    int64_t l_1907 = (-1L);
    uint32_t l_1909 = 4294967295UL;
    uint64_t l_1951 = 0x178FF4742AF2F256LL;
    union U0 *l_2193 = &g_620;
    int32_t l_2212[5] = {(-1L),(-1L),(-1L),(-1L),(-1L)};
    int32_t *l_2245[4] = {&l_1826,&l_1826,&l_1826,&l_1826};
    uint32_t l_2272 = 8UL;
    int32_t * const ** const * const *l_2332 = (void*)0;
    int16_t l_2367 = 0x8CF4L;
    int32_t l_2369[3];
    uint32_t l_2382 = 18446744073709551615UL;
    const float l_2455[10] = {(-0x1.Ap-1),(-0x1.Ap-1),0xD.B5B34Fp-65,(-0x1.Ap-1),(-0x1.Ap-1),0xD.B5B34Fp-65,(-0x1.Ap-1),(-0x1.Ap-1),0xD.B5B34Fp-65,(-0x1.Ap-1)};
    const uint8_t l_2475 = 0x67L;
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 2; k++)
                l_1661[i][j][k] = 0xE3L;
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 10; j++)
            l_1883[i][j] = 65527UL;
    }
    for (i = 0; i < 3; i++)
        l_2369[i] = 0x3368A3BAL;
lbl_1146:
    (*g_224) = (l_1025 < (*g_224));
    if ((safe_rshift_func_uint16_t_u_u(((((safe_mul_func_uint16_t_u_u(0UL, (((l_1030 == (l_1036 = l_1033)) , (safe_rshift_func_uint8_t_u_s((g_357[4][5] = (+(((((safe_sub_func_int64_t_s_s((**g_608), (l_1025 >= (l_1042 , (safe_mul_func_uint16_t_u_u((safe_add_func_int16_t_s_s((1L & ((l_1025 > (l_1047 , p_18)) || p_19)), l_1025)), 65535UL)))))) , 0x4A24BDFFL) | p_19) , l_1047.f0) , (-1L)))), l_1042))) && 0x77L))) <= p_19) > p_20) , p_18), 5)))
    { /* block id: 522 */
        uint32_t l_1096 = 0xB084E84DL;
        int32_t l_1113 = 0xD0DE670EL;
        uint32_t l_1114 = 0x259B049CL;
        int32_t l_1142 = (-4L);
        int64_t * const **l_1175 = (void*)0;
        int32_t l_1179 = 1L;
        int32_t l_1181 = (-1L);
        int32_t l_1182 = 0xBE637401L;
        int32_t l_1183[1];
        int16_t l_1200 = (-1L);
        float **l_1211 = &g_224;
        float ***l_1210 = &l_1211;
        uint8_t l_1250 = 0xF1L;
        int32_t **l_1314[8] = {&g_285,&g_285,&g_285,&g_285,&g_285,&g_285,&g_285,&g_285};
        int32_t ***l_1313 = &l_1314[3];
        uint64_t l_1336 = 1UL;
        uint32_t l_1345[2];
        union U0 **l_1362 = &g_890[0][0][5];
        int32_t *l_1395[9] = {&l_1061,&l_1181,&l_1061,&l_1181,&l_1061,&l_1181,&l_1061,&l_1181,&l_1061};
        int64_t l_1411 = (-2L);
        int8_t * const *l_1434 = &g_24[0][1];
        int8_t * const **l_1433[5] = {&l_1434,&l_1434,&l_1434,&l_1434,&l_1434};
        int8_t * const ***l_1432[7] = {&l_1433[0],&l_1433[0],&l_1433[0],&l_1433[0],&l_1433[0],&l_1433[0],&l_1433[0]};
        uint8_t l_1481[7][2][10] = {{{255UL,0x07L,0x39L,255UL,253UL,0x39L,0x32L,0xE3L,0xE4L,251UL},{251UL,1UL,0x96L,0xF8L,1UL,0x74L,1UL,0x81L,0x81L,1UL}},{{0x45L,0x72L,0x32L,0x32L,0x72L,0x45L,0x95L,0x2DL,253UL,255UL},{0x5AL,251UL,1UL,248UL,2UL,1UL,0x52L,1UL,251UL,0x40L}},{{0x5AL,0x2DL,255UL,0x74L,2UL,0x45L,0x40L,255UL,0x4AL,0x3EL},{0x45L,0x40L,255UL,0x4AL,0x3EL,0x74L,1UL,0x89L,0xC3L,1UL}},{{251UL,0xE4L,0UL,255UL,251UL,0x39L,255UL,251UL,255UL,0x39L},{255UL,0x35L,0x95L,0x35L,255UL,0x52L,248UL,0xE3L,255UL,0x95L}},{{0x3EL,2UL,2UL,0x72L,1UL,253UL,0xC6L,9UL,255UL,0x95L},{0x89L,0x72L,0x52L,255UL,255UL,0x4AL,251UL,255UL,253UL,0x39L}},{{0xE4L,0x3EL,0x5AL,0UL,251UL,1UL,255UL,0x40L,0x3EL,1UL},{255UL,255UL,255UL,253UL,0x3EL,0x2DL,1UL,1UL,0x2DL,0x3EL}},{{0xE4L,0xC3L,0xC3L,0xE4L,2UL,0xE3L,1UL,0x45L,1UL,0x40L},{1UL,0x5AL,0x39L,255UL,2UL,0xC8L,0xC3L,1UL,1UL,255UL}}};
        int8_t l_1517[1];
        int8_t **l_1542 = &g_24[0][1];
        uint64_t l_1546 = 0x90B942EF415DD9CBLL;
        const int8_t ***l_1566 = (void*)0;
        const int8_t ****l_1567 = &l_1566;
        uint16_t l_1569 = 0x3282L;
        uint8_t l_1570 = 250UL;
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_1183[i] = 1L;
        for (i = 0; i < 2; i++)
            l_1345[i] = 0x2C2A323AL;
        for (i = 0; i < 1; i++)
            l_1517[i] = 0L;
        for (p_19 = 0; (p_19 <= 0); p_19 += 1)
        { /* block id: 525 */
            uint8_t l_1063[5][2];
            const int32_t l_1076 = (-1L);
            int32_t l_1094 = 6L;
            int32_t l_1095 = 0x14C375A2L;
            int32_t *** const l_1105[6][4] = {{&g_769,&g_769,&g_769,&g_769},{&g_769,&g_769,(void*)0,&g_769},{&g_769,&g_769,&g_769,&g_769},{&g_769,&g_769,&g_769,&g_769},{&g_769,&g_769,(void*)0,&g_769},{&g_769,&g_769,&g_769,&g_769}};
            int64_t **l_1173 = &g_609;
            int64_t ***l_1172 = &l_1173;
            int32_t l_1180[4];
            float *l_1220 = &g_179;
            int32_t *l_1260[8];
            int32_t ** const **l_1280 = (void*)0;
            float *****l_1376 = &g_1375[4][0][0];
            int32_t l_1379 = 0x1DB7E020L;
            int8_t l_1388[2][8][10] = {{{0L,2L,0x04L,0x1DL,(-1L),0x5FL,(-1L),0x1DL,0x04L,2L},{0x78L,0x38L,1L,0xB2L,0x8AL,9L,0xB6L,0xE8L,(-5L),0x3CL},{(-4L),0x5FL,0x2AL,0x6EL,0x1DL,9L,0xE4L,0xCEL,4L,(-9L)},{0x5FL,(-5L),0xE4L,0x6EL,0x8AL,1L,0xC0L,0L,(-7L),0x44L},{1L,0xACL,0x04L,0xE4L,0x38L,0x3CL,0x3CL,0x38L,0xE4L,0x04L},{0x84L,0x84L,0xC0L,(-9L),1L,4L,(-1L),3L,1L,(-5L)},{(-2L),6L,0xB6L,0xB2L,9L,0x5FL,(-1L),(-1L),0L,4L},{0x0DL,0x84L,(-2L),(-7L),(-5L),0x56L,0x3CL,0x7EL,6L,0xACL}},{{0x6EL,0xACL,0x56L,(-1L),(-9L),0xB6L,0xC0L,0xB6L,(-9L),(-1L)},{6L,(-5L),6L,0L,(-4L),(-9L),1L,2L,0x7EL,0xE4L},{0xB6L,1L,0x2AL,0xCEL,0x5FL,0xACL,(-7L),2L,0x78L,9L},{9L,(-1L),6L,0x1DL,0x7EL,0x44L,0xE4L,0xB6L,0xCEL,(-1L)},{(-4L),0L,0x56L,0x5FL,0xBBL,0x84L,0x7EL,0x7EL,0x84L,0xBBL},{0x8AL,(-2L),(-2L),0x8AL,0L,0xBCL,3L,(-1L),0x2AL,1L},{2L,0xBCL,0xB6L,1L,(-7L),0xBBL,(-2L),3L,0x2AL,(-9L)},{(-7L),0x2AL,0xC0L,0x8AL,0x3CL,9L,4L,0x38L,0x84L,0xBCL}}};
            int32_t l_1406[2][2] = {{(-1L),(-1L)},{(-1L),(-1L)}};
            uint32_t l_1441 = 4294967295UL;
            int i, j, k;
            for (i = 0; i < 5; i++)
            {
                for (j = 0; j < 2; j++)
                    l_1063[i][j] = 0xF3L;
            }
            for (i = 0; i < 4; i++)
                l_1180[i] = (-1L);
            for (i = 0; i < 8; i++)
                l_1260[i] = (void*)0;
            for (g_193 = 0; (g_193 <= 8); g_193 += 1)
            { /* block id: 528 */
                int64_t l_1062 = 1L;
                int32_t l_1082 = 0xFBBDFCDBL;
                int32_t l_1089[9][2][7] = {{{0x592ECC6BL,1L,0x2C994E7DL,1L,1L,0x2C994E7DL,1L},{0xBE04000FL,(-1L),0x07E985F5L,0x27A6F0F4L,1L,(-2L),(-1L)}},{{0xF365EA80L,0L,(-1L),0xC36757C7L,0x2D2780E9L,1L,0x38E48E1AL},{0L,0xF365EA80L,1L,0x27A6F0F4L,4L,1L,0x07E985F5L}},{{0x2C994E7DL,0x38E48E1AL,(-1L),1L,0L,0xE793DDD3L,0x8BD5E6EBL},{(-1L),4L,(-1L),0x0B3B968FL,0L,0L,0x0B3B968FL}},{{0xA8021F66L,6L,0xA8021F66L,(-2L),4L,0xBE04000FL,0x27A6F0F4L},{0L,(-1L),0L,0x8EFE8851L,0x2D2780E9L,0x3E2D6B9EL,0xF365EA80L}},{{0x07E985F5L,0x2D2780E9L,0L,(-1L),0x3E2D6B9EL,0x1BECE79EL,(-1L)},{(-1L),0x0317E2ABL,0x2C994E7DL,1L,0x8EFE8851L,1L,0x4AE8FFA6L}},{{0x398D6B5CL,0x27A6F0F4L,(-1L),0L,(-1L),0x4AE8FFA6L,0x4AE8FFA6L},{0x4AE8FFA6L,(-10L),0xA8021F66L,(-10L),0x4AE8FFA6L,0x3E2D6B9EL,(-1L)}},{{0x7B525F3BL,(-1L),0L,0x4AE8FFA6L,(-1L),0xE793DDD3L,(-2L)},{0x592ECC6BL,0x820B3F6AL,0x4AE8FFA6L,0x07E985F5L,6L,0xC36757C7L,(-1L)}},{{0x7B525F3BL,0x4AE8FFA6L,0x27A6F0F4L,0x3E2D6B9EL,0L,0x0317E2ABL,0x2D99D4F7L},{0x4AE8FFA6L,0x38E48E1AL,0x07E985F5L,1L,1L,(-10L),6L}},{{0x398D6B5CL,0x38E48E1AL,0xE793DDD3L,0xF365EA80L,0xE793DDD3L,0x38E48E1AL,0x398D6B5CL},{(-1L),0x4AE8FFA6L,4L,(-1L),0x0317E2ABL,0x2D2780E9L,0x2C994E7DL}}};
                uint16_t *l_1108 = &g_1060;
                int32_t ****l_1118 = (void*)0;
                uint32_t l_1119 = 0x25FB8AE3L;
                int8_t ***l_1120[2];
                union U0 l_1127 = {0xFE1DL};
                int32_t *l_1136 = (void*)0;
                int32_t *l_1137 = (void*)0;
                int32_t *l_1143 = &g_132;
                int32_t *l_1147[6][1];
                uint16_t l_1184 = 0x3C2CL;
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_1120[i] = &g_394;
                for (i = 0; i < 6; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_1147[i][j] = &g_132;
                }
                for (g_902 = 0; (g_902 <= 1); g_902 += 1)
                { /* block id: 531 */
                    uint16_t *l_1059 = &g_1060;
                    int32_t *l_1083 = &g_167;
                    int32_t *l_1087 = &g_167;
                    int32_t *l_1088 = &g_300[1][0];
                    int32_t *l_1090 = (void*)0;
                    int32_t *l_1091 = (void*)0;
                    int32_t *l_1092 = &g_300[g_902][p_19];
                    int32_t *l_1093[4];
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                        l_1093[i] = (void*)0;
                    g_300[g_902][p_19] &= ((0xE7923F36310C6C2ALL && ((safe_mul_func_uint16_t_u_u(((safe_add_func_int16_t_s_s((((g_135[(p_19 + 4)][(p_19 + 2)] , ((g_135[(g_902 + 2)][(p_19 + 1)] <= (&p_18 == (*g_176))) || (safe_sub_func_int16_t_s_s((((*l_1059) &= (*g_778)) , 0x9595L), (0x349B44CB27601412LL > l_1025))))) >= p_19) < l_1061), (**g_176))) & l_1062), (-9L))) < 0xF285L)) >= p_19);
                    if (((p_20 > ((((l_1048[(g_902 + 1)][g_902][(p_19 + 3)] == l_1048[(g_902 + 1)][(p_19 + 1)][(p_19 + 2)]) , l_1063[2][1]) < (safe_mod_func_int32_t_s_s(((safe_sub_func_int16_t_s_s(((safe_add_func_uint8_t_u_u((((9UL < (safe_mul_func_int8_t_s_s(((((g_300[g_902][p_19] = ((((*g_609) > (&g_608 == ((safe_rshift_func_int16_t_s_u((((*g_177) ^ (g_620.f0 && l_1062)) != l_1063[2][1]), p_19)) , (void*)0))) >= p_20) & l_1076)) | p_18) & 0UL) & l_1063[2][1]), p_19))) , 0x191F84D2FB72EECBLL) || p_20), p_18)) , (**g_176)), (**g_176))) ^ p_20), p_18))) | 0x88DEL)) ^ 1L))
                    { /* block id: 535 */
                        int32_t **l_1078[2][6][8] = {{{&g_581[4],(void*)0,&g_581[7],&g_581[g_193],&g_581[6],&g_581[g_193],&g_581[7],(void*)0},{&g_581[7],&g_581[4],&g_581[6],&g_581[2],&g_581[g_193],&g_581[7],(void*)0,(void*)0},{&g_285,(void*)0,&g_581[g_193],(void*)0,&g_581[7],&g_285,(void*)0,&g_581[g_193]},{&g_581[g_193],(void*)0,&g_581[6],&g_581[7],&g_285,&g_285,&g_581[7],&g_581[6]},{&g_285,&g_285,&g_581[7],&g_581[6],(void*)0,&g_581[g_193],&g_285,&g_581[6]},{&g_285,&g_581[7],(void*)0,&g_581[g_193],(void*)0,&g_285,&g_581[0],&g_581[6]}},{{&g_581[7],&g_581[g_193],&g_581[2],&g_581[6],&g_581[4],&g_581[7],&g_581[4],&g_581[6]},{&g_581[g_193],&g_581[6],&g_581[g_193],&g_581[7],(void*)0,&g_581[4],&g_581[6],&g_581[g_193]},{&g_581[3],&g_581[6],(void*)0,(void*)0,&g_285,(void*)0,(void*)0,(void*)0},{&g_581[3],&g_285,&g_581[6],&g_581[2],(void*)0,&g_285,&g_285,(void*)0},{&g_581[g_193],&g_581[0],&g_581[0],&g_581[g_193],&g_581[4],&g_581[g_193],&g_581[6],&g_581[7]},{&g_581[7],&g_285,(void*)0,(void*)0,(void*)0,&g_581[7],&g_581[g_193],&g_581[2]}}};
                        int i, j, k;
                        (*g_224) = (-g_27[(p_19 + 2)][(g_902 + 2)][p_19]);
                        g_285 = (g_581[6] = (void*)0);
                    }
                    else
                    { /* block id: 539 */
                        int32_t **l_1079 = &g_285;
                        int32_t **l_1080 = (void*)0;
                        int32_t **l_1081 = &g_581[7];
                        (*l_1081) = ((*l_1079) = &g_140);
                        (*l_1079) = &g_300[2][0];
                        l_1082 ^= (*g_285);
                    }
                    l_1084--;
                    ++l_1096;
                }
                if ((g_297 <= (((l_1061 = ((safe_add_func_uint64_t_u_u((safe_mod_func_int8_t_s_s(((*g_778) < (safe_mod_func_uint64_t_u_u((l_1105[4][2] != (l_1047 , l_1105[1][3])), p_20))), (safe_lshift_func_int16_t_s_u(p_19, 13)))), (((*l_1108) = (*g_778)) || (safe_sub_func_uint64_t_u_u((l_1062 , p_20), p_20))))) <= g_300[0][0])) | 0x40L) < 0xDF5A4F13L)))
                { /* block id: 550 */
                    for (g_142 = 0; (g_142 <= 4); g_142 += 1)
                    { /* block id: 553 */
                        int32_t *l_1111 = &l_1089[1][0][6];
                        int32_t *l_1112[1][10][7] = {{{&l_1082,(void*)0,&g_167,&g_132,&g_132,&g_167,(void*)0},{(void*)0,(void*)0,&g_132,&l_1094,&l_1094,&g_132,(void*)0},{&l_1082,(void*)0,&g_132,&l_1089[3][0][1],&l_1094,&g_167,(void*)0},{&l_1094,(void*)0,&g_132,&l_1094,&l_1082,&g_132,&l_1082},{&l_1094,&g_300[1][0],&l_1094,&l_1082,(void*)0,&g_132,&g_300[1][0]},{&l_1061,(void*)0,&l_1094,&l_1082,&l_1082,&l_1094,(void*)0},{&l_1082,(void*)0,&l_1094,&l_1089[1][0][6],&l_1094,&l_1089[3][0][1],(void*)0},{&l_1061,&g_300[1][0],&l_1089[3][0][1],&l_1095,&l_1094,&l_1094,&g_300[1][0]},{&l_1094,&l_1082,&l_1089[3][0][1],&l_1089[1][0][6],&l_1082,&g_132,&l_1082},{&l_1094,&g_300[1][0],&l_1094,&l_1082,(void*)0,&g_132,&g_300[1][0]}}};
                        int i, j, k;
                        l_1114--;
                        if (g_135[g_142][(g_142 + 1)])
                            break;
                        if (g_135[(p_19 + 1)][(g_142 + 1)])
                            break;
                    }
                }
                else
                { /* block id: 558 */
                    (*g_224) = ((l_1117 , (((void*)0 != l_1118) > (*g_224))) >= (l_1094 = ((((*g_92) = 0x4.CD68F6p+84) > 0xA.0FA99Cp+9) == (0x0.4p-1 >= (((l_1119 , l_1120[1]) != (*g_694)) > (*g_224))))));
                }
                if (((*l_1143) = ((*g_177) ^ (safe_lshift_func_int16_t_s_u(((safe_mul_func_int8_t_s_s((safe_add_func_int64_t_s_s((l_1127 , 0x61BEAFC5754CF1E8LL), (safe_mul_func_uint16_t_u_u((l_1127.f0 <= l_1063[2][1]), ((safe_mul_func_uint8_t_u_u((safe_mod_func_int64_t_s_s(0x5549C0F65D0DE24DLL, (((safe_div_func_uint32_t_u_u(1UL, (l_1113 &= 0x8F7D2909L))) ^ ((((l_1142 = (safe_add_func_int64_t_s_s((safe_rshift_func_uint16_t_u_s(((l_1095 && l_1095) || 0x5060L), 0)), (-1L)))) != p_18) , p_18) != l_1095)) & 0x81945A65L))), p_18)) && p_20))))), 252UL)) && l_1094), 8)))))
                { /* block id: 566 */
                    for (g_99 = 0; (g_99 != 18); g_99 = safe_add_func_uint32_t_u_u(g_99, 9))
                    { /* block id: 569 */
                        return l_1096;
                    }
                }
                else
                { /* block id: 572 */
                    uint32_t l_1160 = 0x08EE40B0L;
                    int32_t l_1171 = 0x7A1833A4L;
                    int32_t l_1176 = 0xAB3E486EL;
                    int32_t *l_1178[9][4] = {{&l_1089[4][0][5],&l_1142,&l_1089[4][0][5],&g_132},{(void*)0,&l_1089[1][1][0],&l_1089[1][0][6],(void*)0},{&l_1061,&g_132,(void*)0,&l_1089[1][1][0]},{&g_132,&l_1142,(void*)0,(void*)0},{&l_1061,&l_1061,&l_1089[1][0][6],(void*)0},{(void*)0,&g_140,&l_1089[4][0][5],&l_1089[1][1][0]},{&l_1089[4][0][5],&l_1089[1][1][0],&g_132,&l_1089[4][0][5]},{&l_1061,&l_1089[1][1][0],&g_300[1][0],&l_1089[1][1][0]},{&l_1089[1][1][0],&g_140,(void*)0,(void*)0}};
                    int i, j;
                    if (l_1084)
                    { /* block id: 573 */
                        if (p_20)
                            goto lbl_1146;
                        g_285 = &g_300[1][0];
                    }
                    else
                    { /* block id: 576 */
                        int32_t **l_1148[7] = {&g_581[0],&g_581[0],&g_581[0],&g_581[0],&g_581[0],&g_581[0],&g_581[0]};
                        int32_t **** const l_1159 = (void*)0;
                        int64_t ****l_1174 = &l_1172;
                        int i;
                        l_1095 &= p_18;
                        g_581[8] = l_1147[3][0];
                        (*l_1143) = (safe_div_func_uint16_t_u_u(((safe_add_func_uint32_t_u_u(((safe_sub_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((safe_div_func_int64_t_s_s(((void*)0 == l_1159), g_135[3][2])), (p_18 = (l_1160 , (safe_div_func_int32_t_s_s((l_1176 = (safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s((l_1142 = ((safe_sub_func_uint64_t_u_u(g_297, p_19)) , (((*l_1108) = (safe_add_func_int8_t_s_s((l_1171 = (l_1061 |= l_1084)), (((*l_1174) = l_1172) != l_1175)))) <= (-1L)))), 0xF4L)), p_18))), l_1177)))))), p_20)) | l_1160), p_20)) >= 0x79E8FC8CL), p_20));
                        l_1178[3][2] = &l_1176;
                    }
                    l_1184--;
                    (*l_1143) ^= p_19;
                    (*g_224) = (p_19 , (*g_92));
                }
                for (l_1084 = 0; (l_1084 <= 0); l_1084 += 1)
                { /* block id: 595 */
                    int32_t ****l_1190 = &g_768;
                    int32_t l_1192 = 0x70DAD07AL;
                    uint64_t *l_1199 = &l_1177;
                    int64_t *l_1222 = &l_1117;
                    union U0 l_1253 = {0x389AL};
                    int32_t *l_1255 = &g_300[1][0];
                    int i;
                    if (l_1117)
                        break;
                    for (l_1062 = 0; (l_1062 <= 3); l_1062 += 1)
                    { /* block id: 599 */
                        int i;
                        if (p_20)
                            break;
                        l_1183[p_19] |= (+((safe_div_func_uint64_t_u_u(((void*)0 != l_1190), (+l_1192))) & (p_20 != (-6L))));
                        return g_190;
                    }
                    if ((safe_lshift_func_uint16_t_u_s(((((safe_mul_func_int16_t_s_s(((safe_mul_func_int8_t_s_s(((((((*l_1199) = g_182) >= (p_20 <= l_1200)) < (((g_180 ^ (safe_rshift_func_uint8_t_u_s(1UL, (safe_sub_func_uint64_t_u_u((!(((((*l_1222) = ((safe_add_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u(((l_1210 == ((g_67[0][0] > (l_1183[p_19] = (safe_div_func_int8_t_s_s((safe_mod_func_int8_t_s_s((((((safe_div_func_float_f_f(((((((l_1142 = (l_1180[1] , (safe_div_func_uint8_t_u_u(((l_1220 != (void*)0) > l_1181), l_1221)))) ^ 0L) <= 0x3AL) , (*g_224)) >= 0x1.A7B5EBp-93) < 0x1.Cp+1), l_1200)) > (*g_224)) >= 0xD.929007p-29) , l_1180[1]) > (-10L)), p_20)), l_1179)))) , (void*)0)) > 255UL), l_1095)), p_18)) > g_357[4][5])) ^ (*l_1143)) , (*g_177)) & p_18)), (-3L)))))) < l_1192) , p_19)) , 0xAFL) > g_201[3][1]), (*l_1143))) , p_18), 65527UL)) , p_18) >= (*g_609)) == l_1114), 0)))
                    { /* block id: 608 */
                        int32_t l_1238[6];
                        int32_t **l_1254[2];
                        int i, j, k;
                        for (i = 0; i < 6; i++)
                            l_1238[i] = 0L;
                        for (i = 0; i < 2; i++)
                            l_1254[i] = (void*)0;
                        l_1238[1] &= (safe_mod_func_int32_t_s_s(((255UL > ((((0L && p_19) == g_142) < (g_95 &= (safe_sub_func_uint32_t_u_u(((((((safe_div_func_int8_t_s_s(((safe_div_func_int32_t_s_s((l_1183[p_19] = (((0xF8CF37286DE76EF9LL && (((safe_unary_minus_func_uint16_t_u((safe_div_func_int8_t_s_s(((((void*)0 == (***g_767)) != ((4294967295UL == (safe_rshift_func_uint16_t_u_s(((p_18 == l_1180[1]) || 1L), p_20))) >= (*g_778))) , 0x97L), p_19)))) , 0x14C0B41F02188006LL) & p_18)) && l_1063[2][1]) <= p_20)), p_18)) >= p_19), p_18)) & l_1182) && (**g_176)) > l_1042) <= p_18) && 0x4C53EDB8L), 0x428BFDA2L)))) || 0UL)) == l_1180[1]), 0x4A59BE38L));
                        (*l_1143) &= (((((!(safe_add_func_uint32_t_u_u(1UL, ((safe_mul_func_uint16_t_u_u((((((((***l_1210) = (((safe_rshift_func_uint8_t_u_u((safe_div_func_int8_t_s_s(((safe_div_func_uint16_t_u_u((p_18 == ((l_1250 ^= 0x50L) == l_1238[1])), 0x73AAL)) , p_20), ((((l_1183[p_19] = (l_1061 = (safe_rshift_func_int8_t_s_u((((p_19 , l_1253) , (void*)0) != &g_608), 3)))) >= p_20) != l_1063[0][1]) && (*g_778)))), l_1238[4])) <= (*g_778)) , (*g_92))) <= (-0x1.8p+1)) < p_19) > (*g_92)) == (*g_92)) , 1UL), 0x39B4L)) >= 1UL)))) < p_20) || l_1238[3]) , 0x0860AF4BL) && (-3L));
                        l_1255 = &l_1180[1];
                    }
                    else
                    { /* block id: 618 */
                        int32_t **l_1256 = &l_1137;
                        (*l_1256) = &l_1181;
                    }
                }
            }
            if ((safe_unary_minus_func_int16_t_s((safe_lshift_func_uint8_t_u_u((g_69 || (l_1181 ^= 0x9B7E5B0DL)), 0)))))
            { /* block id: 624 */
                int32_t l_1261 = 0xCCD435C0L;
                int32_t **l_1262 = &g_770;
                uint8_t l_1264 = 0xC9L;
                int32_t l_1285 = 0x664AFBBEL;
                int32_t ****l_1308 = (void*)0;
                int8_t *l_1377 = (void*)0;
                int8_t *l_1378 = &l_1025;
                l_1261 |= 1L;
                for (l_1142 = 0; (l_1142 <= 0); l_1142 += 1)
                { /* block id: 628 */
                    uint16_t l_1269 = 0xE428L;
                    int32_t l_1300[3];
                    int16_t l_1302 = 1L;
                    int32_t *****l_1309 = (void*)0;
                    int32_t *****l_1310 = &l_1308;
                    int i;
                    for (i = 0; i < 3; i++)
                        l_1300[i] = (-3L);
                    if (((*g_768) == (l_1262 = (***g_796))))
                    { /* block id: 630 */
                        int32_t l_1263 = 0L;
                        int32_t **l_1267 = (void*)0;
                        int32_t **l_1268 = &l_1260[4];
                        --l_1264;
                        if (p_18)
                            continue;
                        (*l_1268) = &g_2;
                    }
                    else
                    { /* block id: 634 */
                        if (l_1269)
                            break;
                    }
                    if (l_1269)
                        continue;
                    for (l_1117 = 0; (l_1117 >= 0); l_1117 -= 1)
                    { /* block id: 640 */
                        int i, j, k;
                        (*g_768) = l_1270;
                        if (l_1094)
                            goto lbl_1146;
                        l_1285 &= (g_27[(l_1142 + 3)][l_1142][l_1142] , (((safe_add_func_uint8_t_u_u(p_20, (((safe_mod_func_uint32_t_u_u((safe_mul_func_int8_t_s_s(6L, (safe_mod_func_int32_t_s_s((+(1UL == ((l_1280 == (void*)0) & ((safe_add_func_int8_t_s_s(l_1117, ((safe_mul_func_uint16_t_u_u(l_1261, (*g_778))) | 0x5710EAE92B9E4ECDLL))) > p_19)))), p_19)))), 0xFF5465BBL)) == (*g_778)) == p_18))) , 65534UL) >= p_18));
                    }
                    (*l_1310) = ((safe_unary_minus_func_uint32_t_u((safe_unary_minus_func_uint8_t_u((safe_add_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((g_357[4][5] |= g_95), (safe_div_func_int64_t_s_s(((safe_lshift_func_int8_t_s_u((safe_sub_func_int32_t_s_s(((((**g_176) , ((l_1285 = (safe_rshift_func_uint8_t_u_s((l_1300[0] = p_18), ((~l_1302) && ((((*g_778) &= ((safe_lshift_func_int8_t_s_u((((void*)0 == l_1305) != ((safe_add_func_int8_t_s_s(0x4DL, (((*g_609) = (l_1181 > l_1250)) <= l_1177))) , 0x5C6E2D9B834CBA77LL)), p_20)) != l_1261)) == p_19) | p_20))))) & g_200)) >= l_1084) ^ l_1025), 0xFCC25E04L)), l_1261)) | l_1183[0]), 0xA90030A17E70AB29LL)))), l_1261)))))) , l_1308);
                    for (l_1181 = 0; (l_1181 <= 0); l_1181 += 1)
                    { /* block id: 653 */
                        l_1300[0] = p_18;
                        l_1182 = (-1L);
                        if (p_20)
                            continue;
                    }
                }
                if ((((void*)0 != &p_18) & 6L))
                { /* block id: 659 */
                    int32_t ****l_1315 = &l_1313;
                    uint64_t *l_1318 = &g_193;
                    uint32_t *l_1334 = &g_199;
                    int32_t ****l_1339 = &g_1337;
                    if ((((safe_add_func_float_f_f(((((*l_1315) = l_1313) != ((*l_1339) = ((safe_lshift_func_uint16_t_u_u((((l_1261 = ((*l_1318) &= 18446744073709551606UL)) >= (p_19 , ((((**g_608) && (safe_lshift_func_uint16_t_u_u((((((g_192 | (safe_mod_func_uint16_t_u_u((safe_add_func_uint8_t_u_u((p_20 >= p_18), (+((l_1336 = (safe_add_func_int8_t_s_s(p_19, (((safe_mod_func_uint16_t_u_u((safe_mod_func_int16_t_s_s((safe_add_func_int16_t_s_s((((*l_1334) ^= (((p_19 , p_20) , 0xE01BL) , g_180)) <= 0x802EE1CAL), 0xF4E2L)), l_1117)), (*g_778))) != 0xB9L) , g_1335)))) <= l_1221)))), 5UL))) >= (**g_176)) || 0L) || l_1025) , (*g_778)), 12))) & l_1177) <= (*g_609)))) ^ l_1177), 8)) , g_1337))) < 0x5.0p-1), (*g_224))) , (**g_176)) < (*g_778)))
                    { /* block id: 666 */
                        (**l_1313) = &l_1061;
                        l_1061 = ((g_902 |= ((*g_609) & (&g_767 != &g_767))) && g_201[6][3]);
                    }
                    else
                    { /* block id: 670 */
                        int32_t *l_1340 = &l_1095;
                        (***l_1315) = l_1340;
                        if (p_18)
                            break;
                    }
                    for (l_1177 = 0; (l_1177 <= 0); l_1177 += 1)
                    { /* block id: 676 */
                        (**l_1313) = &g_132;
                    }
                    (***l_1315) = &l_1095;
                }
                else
                { /* block id: 680 */
                    ++l_1341;
                    for (l_1177 = 0; (l_1177 <= 0); l_1177 += 1)
                    { /* block id: 684 */
                        if (l_1096)
                            goto lbl_1146;
                        return g_142;
                    }
                    for (g_297 = 0; (g_297 <= 7); g_297 += 1)
                    { /* block id: 690 */
                        float l_1344 = 0x1.BDF71Ep+41;
                        --l_1345[1];
                        return g_167;
                    }
                }
                l_1379 ^= (0xE2L <= (safe_rshift_func_int8_t_s_s((safe_div_func_int64_t_s_s((((0UL & (safe_lshift_func_uint8_t_u_u(((g_69 = (safe_mod_func_int64_t_s_s(l_1084, (safe_mul_func_uint16_t_u_u((safe_add_func_int32_t_s_s((safe_lshift_func_int16_t_s_s((((l_1362 != (void*)0) & (safe_lshift_func_int8_t_s_s(((*l_1378) &= (((***l_1172) = (!(**g_608))) & ((((safe_lshift_func_uint8_t_u_s(((safe_sub_func_uint8_t_u_u(((~(((safe_add_func_float_f_f(((g_1374 = (g_1373 = g_1373)) != l_1376), p_18)) , (-1L)) < l_1084)) , p_19), p_18)) < l_1117), 5)) , g_357[4][5]) > (-1L)) && p_19))), p_18))) , p_20), (**g_176))), p_18)), l_1047.f0))))) | l_1221), 4))) & 0x4E99L) ^ 4UL), p_19)), 4)));
            }
            else
            { /* block id: 701 */
                const int16_t l_1380 = 0L;
                int32_t l_1384[3][8] = {{6L,0xB8559295L,0L,0xB8559295L,6L,6L,0xB8559295L,0L},{6L,6L,0xB8559295L,0L,0xB8559295L,6L,6L,0xB8559295L},{0L,0xB8559295L,0xB8559295L,0L,(-5L),0L,0xB8559295L,0xB8559295L}};
                uint16_t l_1392 = 3UL;
                int i, j;
                if (p_20)
                    break;
                if ((l_1061 &= (&l_1280 == (void*)0)))
                { /* block id: 704 */
                    for (l_1336 = 0; (l_1336 <= 0); l_1336 += 1)
                    { /* block id: 707 */
                        if (l_1380)
                            break;
                        if (p_19)
                            break;
                        if (p_18)
                            continue;
                    }
                }
                else
                { /* block id: 712 */
                    int32_t * const l_1381 = &l_1180[1];
                    int32_t **l_1382 = &g_581[7];
                    int32_t l_1390[9];
                    int i;
                    for (i = 0; i < 9; i++)
                        l_1390[i] = 0x5681B3ABL;
                    if (g_167)
                        goto lbl_1146;
                    (*l_1382) = l_1381;
                    if (g_620.f0)
                        goto lbl_1146;
                    for (l_1025 = 0; (l_1025 <= 0); l_1025 += 1)
                    { /* block id: 718 */
                        float l_1383 = 0x2.Fp-1;
                        int32_t l_1385 = 0L;
                        int32_t l_1387 = 0x15699C3BL;
                        int32_t l_1389 = 0xB3BDE8ADL;
                        l_1392++;
                        if (p_18)
                            break;
                    }
                }
                (**l_1313) = l_1395[6];
            }
            for (g_167 = 0; (g_167 <= 0); g_167 += 1)
            { /* block id: 727 */
                uint8_t **l_1397 = (void*)0;
                int32_t l_1398[8][1][9] = {{{0xBAA61B90L,0x5083ADA6L,0L,1L,0x5083ADA6L,(-1L),0x5083ADA6L,1L,0L}},{{0xE7BF2828L,0xE7BF2828L,(-1L),1L,0xBAA61B90L,0x357AA25AL,0xE7BF2828L,0xBAA61B90L,0L}},{{(-1L),0x5083ADA6L,1L,0xBAA61B90L,0xBAA61B90L,1L,0x5083ADA6L,(-1L),(-1L)}},{{(-1L),0xBAA61B90L,(-1L),(-1L),0x5083ADA6L,1L,0xBAA61B90L,0xBAA61B90L,1L}},{{0xE7BF2828L,0xBAA61B90L,0L,0xBAA61B90L,0xE7BF2828L,0x357AA25AL,0xBAA61B90L,1L,(-1L)}},{{0xBAA61B90L,0x5083ADA6L,0L,1L,0x5083ADA6L,(-1L),0x5083ADA6L,1L,0L}},{{0xE7BF2828L,0xE7BF2828L,(-1L),1L,0xBAA61B90L,0x357AA25AL,0xE7BF2828L,0xBAA61B90L,0L}},{{(-1L),0x5083ADA6L,1L,0xBAA61B90L,0xBAA61B90L,1L,0x5083ADA6L,(-1L),(-1L)}}};
                int8_t l_1473[8][9][3] = {{{(-2L),(-8L),8L},{0xC8L,0x27L,0x42L},{0x2BL,0x7EL,0x66L},{0x27L,(-1L),0xE1L},{0x2BL,(-1L),0x66L},{0xE1L,0x27L,0x11L},{2L,9L,(-2L)},{0xE1L,0xE1L,0x27L},{0x2BL,0x62L,8L}},{{0x27L,0xE1L,0x27L},{0x66L,9L,7L},{(-1L),0x27L,0x27L},{7L,(-1L),8L},{0x42L,(-1L),0x27L},{7L,0x7EL,(-2L)},{(-1L),0x42L,0x11L},{0x66L,0x7EL,0x66L},{0x27L,(-1L),0xE1L}},{{0x2BL,(-1L),0x66L},{0xE1L,0x27L,0x11L},{2L,9L,(-2L)},{0xE1L,0xE1L,0x27L},{0x2BL,0x62L,8L},{0x27L,0xE1L,0x27L},{0x66L,9L,7L},{(-1L),0x27L,0x27L},{7L,(-1L),8L}},{{0x42L,(-1L),0x27L},{7L,0x7EL,(-2L)},{(-1L),0x42L,0x11L},{0x66L,0x7EL,0x66L},{0x27L,(-1L),0xE1L},{0x2BL,(-1L),0x66L},{0xE1L,0x27L,0x11L},{2L,9L,(-2L)},{0xE1L,0xE1L,0x27L}},{{0x2BL,0x62L,8L},{0x27L,0xE1L,0x27L},{0x66L,9L,7L},{(-1L),0x27L,0x27L},{7L,(-1L),8L},{0x42L,(-1L),0x27L},{7L,0x7EL,(-2L)},{(-1L),0x42L,0x11L},{0x66L,0x7EL,0x66L}},{{0x27L,(-1L),0xE1L},{0x2BL,(-1L),0x66L},{0xE1L,0x27L,0x11L},{2L,9L,(-2L)},{0xE1L,0xE1L,0x27L},{0x2BL,0x62L,8L},{0x27L,0xE1L,0x27L},{0x66L,9L,7L},{(-1L),0x27L,0x27L}},{{7L,(-1L),8L},{0x42L,(-1L),0x27L},{7L,0x7EL,(-2L)},{(-1L),0x42L,0x11L},{0x66L,0x7EL,0x66L},{0x27L,(-1L),0xE1L},{0x2BL,(-1L),0x66L},{0xE1L,0x27L,0x11L},{2L,9L,(-2L)}},{{0xE1L,0xE1L,0x27L},{0x2BL,0x62L,8L},{0x27L,0xE1L,0x42L},{2L,(-1L),0L},{0x27L,0x42L,0x42L},{0L,0x62L,(-2L)},{0x11L,0x27L,0xE1L},{0L,(-8L),7L},{0x27L,0x11L,0x27L}}};
                union U0 l_1480[2][1][9] = {{{{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL}}},{{{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL},{0x7D1DL}}}};
                int32_t **** const l_1525 = &g_1337;
                int32_t **** const *l_1524 = &l_1525;
                int i, j, k;
                for (l_1061 = 0; (l_1061 >= 0); l_1061 -= 1)
                { /* block id: 730 */
                    uint8_t ***l_1396 = (void*)0;
                    int32_t l_1399 = 0xB63D3447L;
                    int32_t l_1400 = (-4L);
                    int32_t l_1401 = 0x44FD6A7BL;
                    int32_t l_1402 = 0xFE08B6F5L;
                    int32_t l_1403 = 0x03FE5B53L;
                    int32_t l_1404 = 1L;
                    int32_t l_1405 = 0x92B15B2EL;
                    int8_t l_1407 = 0x63L;
                    int32_t l_1408 = 0xE5533F82L;
                    int32_t l_1409 = (-1L);
                    int32_t l_1410 = 0xA007F87CL;
                    uint32_t l_1412 = 18446744073709551615UL;
                    int i;
                    l_1397 = (void*)0;
                    --l_1412;
                    for (g_99 = 1; (g_99 >= 0); g_99 -= 1)
                    { /* block id: 735 */
                        (**l_1313) = &l_1398[6][0][1];
                        (**l_1313) = &l_1391[6][0][1];
                        (**l_1313) = &g_300[1][0];
                    }
                    for (g_180 = 0; (g_180 >= 0); g_180 -= 1)
                    { /* block id: 742 */
                        if (p_20)
                            break;
                    }
                }
                for (g_296 = 0; (g_296 <= 0); g_296 += 1)
                { /* block id: 748 */
                    const uint64_t l_1435 = 0x58DC828C0B83BB56LL;
                    int32_t *l_1436 = &l_1391[1][0][2];
                    int32_t l_1439 = 0xB107259AL;
                    int32_t l_1440 = 0xF2E762D9L;
                    uint32_t l_1467 = 18446744073709551615UL;
                    uint16_t *l_1487 = &g_135[3][2];
                    const uint8_t l_1504 = 3UL;
                    uint32_t l_1505 = 0x0F8A84C5L;
                    union U0 l_1521 = {0L};
                    int32_t * const * const l_1530[6][7] = {{&g_581[5],&l_1436,&l_1395[6],&l_1436,(void*)0,&l_1395[6],&l_1260[1]},{&g_581[5],(void*)0,&l_1436,(void*)0,&g_581[6],(void*)0,&l_1395[6]},{&l_1395[6],&l_1260[3],&l_1436,&l_1436,&l_1260[3],&l_1395[6],&g_581[5]},{&l_1436,&l_1395[6],&l_1436,(void*)0,&l_1395[6],&l_1260[1],&l_1260[3]},{&l_1260[1],&g_581[6],&l_1436,&l_1395[6],&g_581[5],&l_1260[3],&g_581[5]},{&l_1395[6],&l_1395[6],&l_1395[6],&l_1395[6],(void*)0,(void*)0,(void*)0}};
                    int32_t * const * const *l_1529 = &l_1530[5][4];
                    int32_t * const * const ** const l_1528 = &l_1529;
                    int32_t * const * const ** const *l_1527 = &l_1528;
                    int i, j;
                    for (g_108 = 0; (g_108 <= 0); g_108 += 1)
                    { /* block id: 751 */
                        int32_t l_1437 = 8L;
                        int i, j, k;
                        l_1386 = (safe_sub_func_int8_t_s_s((safe_sub_func_uint16_t_u_u((((-10L) >= ((g_1419 = &g_697) == ((((safe_add_func_float_f_f((safe_mul_func_float_f_f(((safe_mul_func_float_f_f(((safe_mul_func_float_f_f((safe_add_func_float_f_f((-0x1.8p-1), (((p_20 == (safe_lshift_func_int16_t_s_s((*g_177), 3))) , l_1432[5]) != (void*)0))), (0x2.9A3B60p-72 == (g_27[(g_296 + 1)][g_167][g_296] >= (-0x10.7p-1))))) < 0x0.1p-1), g_27[(g_108 + 2)][p_19][g_296])) == 0x2.C82F9Cp-15), p_18)), p_20)) != 0xB.CFFB0Ep-19) == 0x1.1p-1) , (*g_695)))) == g_16.f0), (**g_176))), l_1435));
                        l_1436 = &l_1398[1][0][7];
                        ++l_1441;
                    }
                    for (l_1250 = 0; (l_1250 <= 3); l_1250 += 1)
                    { /* block id: 759 */
                        int32_t l_1459 = 0L;
                        int32_t l_1468[10][9];
                        uint32_t *l_1508[3];
                        int64_t l_1531 = 0x555A2144F01C7013LL;
                        int i, j;
                        for (i = 0; i < 10; i++)
                        {
                            for (j = 0; j < 9; j++)
                                l_1468[i][j] = (-1L);
                        }
                        for (i = 0; i < 3; i++)
                            l_1508[i] = &l_1441;
                        l_1468[4][4] |= (65535UL && (safe_rshift_func_int8_t_s_u(((safe_sub_func_int8_t_s_s((l_1391[1][0][2] = p_20), (safe_div_func_int32_t_s_s(((safe_add_func_uint64_t_u_u((p_18 == (safe_add_func_int64_t_s_s(((safe_add_func_uint32_t_u_u(g_914, (l_1459 = (safe_add_func_int32_t_s_s((~g_99), p_20))))) || (safe_div_func_int16_t_s_s(((+(**g_176)) != (((0x77DEL <= (safe_div_func_int8_t_s_s((safe_add_func_int16_t_s_s((*g_177), (**g_176))), p_19))) , l_1467) >= (*g_177))), p_18))), l_1341))), g_295)) != 0x8608045AL), p_20)))) == 0x93E3L), 4)));
                        l_1439 = (l_1468[4][4] = (safe_rshift_func_uint8_t_u_u(((safe_add_func_uint8_t_u_u(((*l_1436) = l_1473[1][1][2]), 0L)) & (((safe_rshift_func_uint16_t_u_s((safe_div_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u(((((((l_1480[1][0][7] , (**g_176)) > (l_1481[6][0][8] |= (-1L))) ^ (&g_135[0][2] != ((~((*g_609) >= (safe_rshift_func_uint16_t_u_u(((((p_20 | ((safe_add_func_int16_t_s_s((*g_177), l_1473[1][1][2])) | p_20)) < g_142) , 0xBF3A065AL) , p_18), l_1468[0][2])))) , l_1487))) ^ l_1473[1][1][2]) < p_20) < p_18), 6)), (**g_176))), 3)) && l_1473[0][5][1]) <= g_300[1][0])), g_1060)));
                        l_1395[p_19] = (((l_1391[1][0][2] = 0x1.0p+1) >= (((safe_div_func_float_f_f(0x0.C0029Ep-64, (l_1505 = ((*g_224) >= (((safe_mod_func_uint64_t_u_u(((safe_sub_func_int64_t_s_s(1L, (safe_rshift_func_int8_t_s_u((safe_div_func_uint8_t_u_u(0UL, 0xA7L)), 2)))) , (safe_div_func_uint16_t_u_u(1UL, (p_18 = ((safe_mod_func_int8_t_s_s(((p_19 == (safe_add_func_uint64_t_u_u(g_1060, 0UL))) > (*g_778)), l_1504)) , 0x53B7L))))), p_20)) , l_1468[4][4]) != (-0x5.5p+1)))))) < p_19) != p_19)) , (void*)0);
                        l_1061 = (safe_lshift_func_uint8_t_u_u(((((*l_1436) = ((&g_674 != (void*)0) > (g_199++))) != (safe_sub_func_uint64_t_u_u((safe_div_func_int8_t_s_s((safe_mod_func_uint8_t_u_u(255UL, l_1517[0])), (safe_add_func_uint64_t_u_u((!p_20), l_1117)))), (l_1521 , (safe_add_func_int8_t_s_s((l_1531 = ((g_1526 = ((**g_176) , l_1524)) == l_1527)), 1UL)))))) || 0x251DF96FL), p_20));
                    }
                }
            }
        }
        if (g_69)
            goto lbl_1571;
        (**l_1313) = &l_1391[9][0][2];
        l_1386 = 0xD51FC741L;
        l_1391[6][0][2] = ((safe_sub_func_int32_t_s_s((p_20 || p_20), (safe_lshift_func_int16_t_s_s(0L, 10)))) , ((safe_add_func_int32_t_s_s((safe_unary_minus_func_int64_t_s((safe_mod_func_int16_t_s_s((safe_sub_func_int64_t_s_s((((((l_1386 = (safe_sub_func_uint32_t_u_u(((**g_176) > (**g_176)), 4294967293UL))) >= ((((p_19 != (safe_mul_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u(0xFFC1L, 4)), (((*l_1567) = l_1566) != (*g_694)))), 0x11L))) != 0xCAL) | p_18) && l_1084)) && l_1568) | 18446744073709551614UL) > l_1569), g_296)), l_1570)))), 0UL)) && 1UL));
    }
    else
    { /* block id: 788 */
lbl_1571:
        l_1386 |= 3L;
lbl_2483:
        if ((&g_767 != (l_1572 = l_1572)))
        { /* block id: 792 */
            return g_67[6][0];
        }
        else
        { /* block id: 794 */
            int64_t l_1586 = 0xFA448E2F23F4A42ELL;
            int32_t l_1602 = (-1L);
            uint64_t l_1606 = 0xC18BBBD5B8E68FFCLL;
            int32_t *l_1656 = &l_1061;
            int32_t l_1698 = 0x3F52963BL;
            int32_t l_1699 = 0L;
            int32_t l_1701 = (-3L);
            uint64_t l_1706 = 0xA693EEE6258C288DLL;
            uint64_t *l_1806[1][5][4] = {{{(void*)0,&l_1177,&l_1084,&l_1084},{&l_1606,&l_1606,&g_142,&l_1177},{&l_1177,(void*)0,&g_142,(void*)0},{&l_1606,&l_1705,&l_1084,&g_142},{(void*)0,&l_1705,&l_1705,(void*)0}}};
            int32_t *****l_1816 = &g_1815;
            int64_t **l_1820 = (void*)0;
            int32_t l_1878[5];
            uint8_t l_1923 = 0x79L;
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_1878[i] = (-4L);
            if (((*g_778) <= (safe_lshift_func_int8_t_s_s(((0xA1L == (safe_mul_func_uint16_t_u_u((((((((safe_mul_func_float_f_f(((p_20 == ((safe_sub_func_float_f_f(l_1341, 0x9.C3A8F9p+77)) < (safe_mul_func_float_f_f((*g_92), (p_20 == (*g_92)))))) == (safe_add_func_float_f_f((p_19 < p_18), p_19))), (-0x10.Ep+1))) , &g_608) == l_1585) > l_1586) , p_19) <= p_19) <= l_1586), 0x1240L))) | p_20), l_1042))))
            { /* block id: 795 */
                const uint64_t l_1613 = 0x5349B2D617025B98LL;
                union U0 *l_1616 = &g_16;
                int8_t *****l_1649[2][5][10] = {{{(void*)0,&l_1034,(void*)0,&l_1034,&l_1034,(void*)0,&l_1034,&l_1034,&l_1034,&l_1034},{&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034},{&l_1034,&l_1034,(void*)0,&l_1034,&l_1034,(void*)0,&l_1034,(void*)0,&l_1034,&l_1034},{(void*)0,&l_1034,(void*)0,&l_1034,&l_1034,(void*)0,&l_1034,&l_1034,&l_1034,&l_1034},{&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034}},{{&l_1034,&l_1034,(void*)0,&l_1034,&l_1034,(void*)0,&l_1034,(void*)0,&l_1034,&l_1034},{(void*)0,&l_1034,(void*)0,&l_1034,&l_1034,(void*)0,&l_1034,&l_1034,&l_1034,&l_1034},{&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034},{&l_1034,&l_1034,(void*)0,&l_1034,&l_1034,(void*)0,&l_1034,(void*)0,&l_1034,&l_1034},{(void*)0,&l_1034,&l_1034,&l_1034,(void*)0,&l_1034,&l_1034,&l_1034,&l_1034,&l_1034}}};
                int32_t l_1686 = 0xAB826424L;
                int i, j, k;
                for (g_296 = 0; (g_296 != 21); g_296 = safe_add_func_uint16_t_u_u(g_296, 7))
                { /* block id: 798 */
                    if (l_1042)
                    { /* block id: 799 */
                        l_1391[1][0][2] = (+l_1586);
                    }
                    else
                    { /* block id: 801 */
                        float l_1600 = 0xE.CF3DF1p-74;
                        int16_t *l_1601[5] = {&g_620.f0,&g_620.f0,&g_620.f0,&g_620.f0,&g_620.f0};
                        uint64_t *l_1605 = &l_1084;
                        int32_t *l_1607 = &l_1391[3][0][0];
                        int32_t *l_1608 = &g_132;
                        int i;
                        (*l_1608) = ((*l_1607) = (safe_sub_func_int32_t_s_s((safe_rshift_func_uint8_t_u_s((safe_add_func_uint64_t_u_u(g_891.f0, (((safe_sub_func_int16_t_s_s(l_1568, ((g_300[1][0] || ((0x4BF2L & (l_1602 = (*g_177))) != (safe_lshift_func_int16_t_s_u((p_18 = (*g_177)), p_20)))) != ((*l_1605) ^= 0x8FA8FC014A118BDCLL)))) , (((void*)0 != (****l_1030)) && (*g_778))) < p_19))), l_1606)), 0x5D343A69L)));
                        (*l_1607) = ((void*)0 != l_1609);
                        return l_1610;
                    }
                    for (g_95 = (-8); (g_95 == 16); g_95 = safe_add_func_uint8_t_u_u(g_95, 7))
                    { /* block id: 812 */
                        int32_t *l_1623 = &g_300[1][0];
                        (*l_1623) ^= ((((((void*)0 != &l_1609) | l_1613) == (safe_mul_func_uint16_t_u_u(0x16B7L, (l_1616 != &g_891)))) >= ((((safe_lshift_func_uint16_t_u_s((safe_sub_func_int64_t_s_s(((**g_608) == (safe_mul_func_int16_t_s_s(p_20, (0UL > p_20)))), p_20)), 10)) , l_1602) == 9L) >= l_1177)) < p_20);
                        l_1624 = &l_1061;
                        l_1602 = (safe_div_func_float_f_f((l_1586 != (p_20 != (0x9.BB54C4p-30 <= (*g_224)))), (safe_div_func_float_f_f(((void*)0 == (*g_1419)), 0x1.Cp+1))));
                    }
                    return g_192;
                }
                for (g_108 = 1; (g_108 == 3); ++g_108)
                { /* block id: 821 */
                    uint32_t l_1646 = 0x5B6F19FBL;
                    int32_t *l_1653 = &l_1061;
                    for (p_19 = 0; (p_19 >= 3); p_19 = safe_add_func_int8_t_s_s(p_19, 8))
                    { /* block id: 824 */
                        int8_t ** const ***l_1637 = &l_1031;
                        int32_t l_1647[2];
                        uint8_t * const l_1648 = &g_357[0][4];
                        int32_t **l_1652[10] = {&g_285,&g_285,&g_285,&g_285,&g_285,&g_285,&g_285,&g_285,&g_285,&g_285};
                        int i;
                        for (i = 0; i < 2; i++)
                            l_1647[i] = 8L;
                        l_1653 = l_1651;
                        return g_902;
                    }
                    g_1374 = l_1654;
                }
                for (g_108 = 0; (g_108 <= 0); g_108 += 1)
                { /* block id: 832 */
                    int32_t *l_1655 = &g_300[0][0];
                    uint32_t *l_1671 = &g_199;
                    int32_t l_1697 = 0L;
                    int32_t l_1700[5];
                    uint8_t l_1702 = 1UL;
                    int i;
                    for (i = 0; i < 5; i++)
                        l_1700[i] = 0xE98D67F9L;
                    l_1656 = l_1655;
                    l_1672 = (safe_mul_func_uint16_t_u_u(((safe_rshift_func_uint8_t_u_s(l_1661[0][0][0], l_1613)) , (((((p_18 || (safe_mod_func_int64_t_s_s((safe_sub_func_uint32_t_u_u(((*l_1671) ^= ((safe_add_func_uint8_t_u_u((g_357[4][5] < p_19), (((((*l_1656) = (l_1613 <= (1L && (((***l_1585) = (safe_rshift_func_uint8_t_u_s(l_1670, (0x0CL >= p_20)))) , p_20)))) < 5UL) || 7UL) , l_1613))) >= 9UL)), p_19)), g_891.f0))) , (*l_1609)) , p_20) <= 1L) , p_19)), (-9L)));
                    for (g_295 = 0; (g_295 <= 3); g_295 += 1)
                    { /* block id: 840 */
                        int i, j;
                        l_1673 = (g_581[3] = &l_1391[1][0][2]);
                        (*g_92) = g_67[(g_295 + 1)][g_108];
                    }
                    for (l_1602 = 0; (l_1602 <= 0); l_1602 += 1)
                    { /* block id: 847 */
                        const int8_t ** const ***l_1675 = &g_694;
                        const int32_t *****l_1684 = &g_1680;
                        int i, j;
                        (*l_1656) &= ((g_67[(l_1602 + 3)][g_108] & ((*l_1033) != ((*l_1675) = l_1674))) > (safe_div_func_int16_t_s_s((g_67[(g_108 + 5)][l_1602] & (safe_sub_func_int8_t_s_s((((*l_1684) = g_1680) != l_1685), p_20))), 65535UL)));
                    }
                    for (g_297 = 3; (g_297 >= 0); g_297 -= 1)
                    { /* block id: 854 */
                        int32_t *l_1687 = &g_140;
                        int32_t *l_1688 = &g_140;
                        int32_t *l_1689 = &l_1061;
                        int32_t *l_1690 = &g_300[2][0];
                        int32_t *l_1691 = &l_1602;
                        int32_t *l_1692[5][8] = {{&l_1061,&l_1602,&g_2,&g_300[1][0],&g_2,&l_1602,&l_1061,&g_140},{&l_1602,&l_1391[6][0][3],&l_1686,&g_300[2][0],&l_1386,&g_300[1][0],&g_300[1][0],&l_1386},{&l_1391[7][0][2],&l_1061,&l_1061,&l_1391[7][0][2],&l_1386,&l_1386,&g_140,&g_300[1][0]},{&l_1602,&g_132,&l_1061,&l_1386,&g_2,&l_1386,&l_1061,&g_132},{&l_1061,&g_132,&g_300[1][0],&l_1061,&l_1686,&l_1386,&g_300[2][0],&g_300[2][0]}};
                        int i, j;
                        l_1693[1]--;
                        l_1702++;
                    }
                }
                l_1651 = &l_1391[1][0][2];
            }
            else
            { /* block id: 860 */
                int32_t *l_1712 = (void*)0;
                int8_t *l_1714 = &g_297;
                int32_t **l_1715[6] = {&l_1624,(void*)0,(void*)0,&l_1624,(void*)0,(void*)0};
                union U0 l_1724 = {0xFCE9L};
                const uint8_t *l_1762 = &g_357[2][7];
                const uint8_t **l_1761 = &l_1762;
                float l_1768[5][8] = {{0x9.E73BBDp+92,0x9.E73BBDp+92,0x4.FD8549p+96,0x8.Cp+1,0x4.FD8549p+96,0x9.E73BBDp+92,0x9.E73BBDp+92,0x4.FD8549p+96},{(-0x1.Bp+1),0x4.FD8549p+96,0x4.FD8549p+96,(-0x1.Bp+1),0x1.0C8EBAp+74,(-0x1.Bp+1),0x4.FD8549p+96,0x4.FD8549p+96},{0x4.FD8549p+96,0x1.0C8EBAp+74,0x8.Cp+1,0x8.Cp+1,0x1.0C8EBAp+74,0x4.FD8549p+96,0x1.0C8EBAp+74,0x8.Cp+1},{(-0x1.Bp+1),0x1.0C8EBAp+74,(-0x1.Bp+1),0x4.FD8549p+96,0x4.FD8549p+96,(-0x1.Bp+1),0x1.0C8EBAp+74,(-0x1.Bp+1)},{0x9.E73BBDp+92,0x4.FD8549p+96,0x8.Cp+1,0x4.FD8549p+96,0x9.E73BBDp+92,0x9.E73BBDp+92,0x4.FD8549p+96,0x8.Cp+1}};
                int i, j;
lbl_1737:
                l_1673 = &l_1391[1][0][0];
lbl_1739:
                for (g_192 = (-24); (g_192 > 29); g_192++)
                { /* block id: 866 */
                    uint16_t l_1733 = 0xDC1BL;
                    int32_t l_1736[2][3][5] = {{{0x1DC46226L,1L,0xD08B9F12L,0xD08B9F12L,1L},{1L,1L,0x1DC46226L,1L,0xD08B9F12L},{4L,1L,1L,1L,4L}},{{0x1DC46226L,0L,1L,0xD08B9F12L,0L},{4L,1L,1L,4L,0xD08B9F12L},{1L,4L,1L,0L,0L}}};
                    int i, j, k;
                    if ((safe_lshift_func_uint8_t_u_u(((((safe_div_func_int16_t_s_s(((((*g_177) & (((l_1735 = (l_1724 , (safe_div_func_int32_t_s_s(((((safe_add_func_uint64_t_u_u(((*g_778) == (((safe_add_func_int32_t_s_s(((safe_sub_func_int16_t_s_s((g_69 | (l_1733 = (p_18 >= p_19))), (1L >= (*l_1656)))) && p_19), (*l_1656))) == 0x12L) , p_20)), (*g_609))) != l_1734) != (**g_608)) && 0xEAFD25C4A838E8F6LL), p_18)))) , l_1733) != l_1736[0][2][4])) < (*l_1656)) >= 4294967292UL), p_20)) & 0UL) , 0x7FC1AA77L) || (*l_1656)), 7)))
                    { /* block id: 869 */
                        int32_t *l_1738 = (void*)0;
                        if (l_1117)
                            goto lbl_1737;
                        if ((*l_1656))
                            continue;
                        g_581[6] = l_1738;
                    }
                    else
                    { /* block id: 873 */
                        if (p_18)
                            break;
                    }
                    if (g_891.f0)
                        goto lbl_1739;
                    return g_180;
                }
                for (l_1734 = 3; (l_1734 >= 0); l_1734 -= 1)
                { /* block id: 881 */
                    float l_1740 = 0x2.2C9301p-28;
                    int32_t l_1742 = 0xEF190530L;
                    uint8_t l_1745 = 251UL;
                    if (l_1741)
                        break;
                    (*g_92) = p_20;
                    for (g_140 = 3; (g_140 >= 0); g_140 -= 1)
                    { /* block id: 886 */
                        int32_t l_1743 = 0x449A1CEFL;
                        int32_t l_1744[7] = {(-4L),0L,(-4L),(-4L),0L,(-4L),(-4L)};
                        const uint8_t ***l_1763 = &l_1761;
                        const float ** const l_1769 = (void*)0;
                        int32_t l_1770[4][6][4] = {{{1L,0L,0L,0L},{1L,0xC26FE7BEL,0xB657C1CFL,0x24FD3515L},{0L,0L,0xB657C1CFL,(-1L)},{1L,0x24FD3515L,0L,0x24FD3515L},{1L,(-1L),0xB657C1CFL,0L},{0L,0x24FD3515L,0xB657C1CFL,0xC26FE7BEL}},{{1L,0L,0L,0L},{1L,0xC26FE7BEL,0xB657C1CFL,0x24FD3515L},{0L,0L,0xB657C1CFL,(-1L)},{1L,0x24FD3515L,0L,0x24FD3515L},{1L,(-1L),0xB657C1CFL,0L},{0L,0xC26FE7BEL,0L,0x6603EBF7L}},{{0L,(-1L),(-4L),(-1L)},{0L,0x6603EBF7L,0L,0xC26FE7BEL},{(-1L),(-1L),0L,0L},{0L,0xC26FE7BEL,(-4L),0xC26FE7BEL},{0L,0L,0L,(-1L)},{(-1L),0xC26FE7BEL,0L,0x6603EBF7L}},{{0L,(-1L),(-4L),(-1L)},{0L,0x6603EBF7L,0L,0xC26FE7BEL},{(-1L),(-1L),0L,0L},{0L,0xC26FE7BEL,(-4L),0xC26FE7BEL},{0L,0L,0L,(-1L)},{(-1L),0xC26FE7BEL,0L,0x6603EBF7L}}};
                        uint8_t l_1771 = 0UL;
                        int i, j, k;
                        l_1745--;
                        l_1773 |= (!((safe_div_func_uint8_t_u_u((((*l_1714) |= ((((safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s((((safe_sub_func_uint8_t_u_u(((*l_1656) = ((*g_1682) == (void*)0)), (((safe_rshift_func_uint8_t_u_s((*l_1651), 7)) != 8UL) != 18446744073709551610UL))) ^ (l_1770[1][0][3] = (safe_mul_func_int16_t_s_s(((((((((*l_1763) = l_1761) == (l_1742 , &g_674)) >= ((safe_add_func_int32_t_s_s(((*l_1673) = ((safe_sub_func_int64_t_s_s(((*g_609) = ((-7L) ^ p_20)), g_891.f0)) , l_1706)), p_18)) >= l_1744[1])) , l_1769) != (void*)0) ^ p_20) , 0L), p_18)))) | 255UL), 6)), p_19)) , 0x50L) <= p_19) & p_19)) > p_20), l_1771)) ^ (**g_176)));
                        (*l_1651) &= (-1L);
                        (*l_1656) = ((*l_1651) = ((*l_1673) >= (g_67[6][0] >= 7L)));
                    }
                }
                (*l_1656) |= (l_1775 = (l_1774 && (p_18 , p_20)));
            }
            if ((l_1776 , (p_18 | (safe_sub_func_uint32_t_u_u((safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s((l_1783--), l_1786)), (safe_sub_func_int32_t_s_s(((safe_mod_func_uint16_t_u_u(((l_1791 , l_1792) != ((safe_mod_func_uint64_t_u_u((p_19 = (&l_1685 == ((safe_div_func_uint32_t_u_u((safe_mod_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s((safe_sub_func_uint64_t_u_u(((((-6L) <= (((0xF932L ^ (*g_778)) , 0x20C568D692FBF9FFLL) || (*l_1656))) || p_19) <= p_18), g_300[1][0])), (*l_1656))), p_20)), 4294967294UL)) , l_1803))), (**g_608))) , (void*)0)), 0x9599L)) ^ 0xDE210A7CL), p_20)))), (*l_1651))))))
            { /* block id: 905 */
                union U0 l_1821 = {1L};
                int64_t ***l_1823 = &l_1822[1];
                int32_t *l_1830 = &l_1386;
                int32_t *l_1831 = &l_1386;
                int32_t *l_1832 = &g_140;
                int32_t *l_1833 = &l_1734;
                int32_t *l_1834 = &g_300[1][0];
                int32_t *l_1835 = &l_1386;
                int32_t *l_1836[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_1836[i] = &l_1391[0][0][1];
                l_1826 &= (safe_unary_minus_func_uint64_t_u((((safe_add_func_int64_t_s_s((0x01D917FAD9723EC2LL <= (safe_mul_func_uint16_t_u_u((*g_778), (safe_rshift_func_int8_t_s_s(((*l_1656) = (l_1817 = ((l_1816 = g_1814) != &g_1815))), (((*g_778) < ((safe_mul_func_uint16_t_u_u((l_1820 != ((*l_1823) = (l_1821 , l_1822[1]))), ((((l_1824 == (void*)0) >= (*g_177)) ^ l_1825) < l_1821.f0))) || p_18)) && 0xA11199E051C6FA35LL)))))), 0x7473BB9C842801BBLL)) | p_19) < 0xA7L)));
                for (g_25 = 1; (g_25 >= 0); g_25 -= 1)
                { /* block id: 913 */
                    int32_t * const l_1827 = &g_300[1][0];
                    for (l_1586 = 3; (l_1586 >= 0); l_1586 -= 1)
                    { /* block id: 916 */
                        int32_t **l_1828 = &g_581[6];
                        (*l_1828) = l_1827;
                        return l_1829;
                    }
                    return g_144;
                }
                l_1837--;
                for (l_1706 = (-2); (l_1706 >= 16); l_1706++)
                { /* block id: 925 */
                    uint64_t l_1848[9] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
                    uint32_t *l_1852 = &l_1774;
                    int32_t l_1876 = (-7L);
                    int32_t l_1877[1][7][3];
                    int32_t l_1908 = (-5L);
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 7; j++)
                        {
                            for (k = 0; k < 3; k++)
                                l_1877[i][j][k] = 4L;
                        }
                    }
                    --l_1842;
                    if ((p_19 && ((safe_mul_func_int8_t_s_s(((p_19 |= (g_1847 != (*l_1830))) | l_1848[4]), ((safe_add_func_uint16_t_u_u((p_18 > (((l_1851 | (*g_177)) || ((*l_1852) = g_914)) , ((safe_div_func_int8_t_s_s(((safe_div_func_uint32_t_u_u(l_1857, 4294967295UL)) != (*g_609)), p_20)) , 1UL))), p_18)) , p_18))) || 4294967295UL)))
                    { /* block id: 929 */
                        uint16_t *l_1858 = &l_1817;
                        int32_t l_1864[10][1][7] = {{{0L,0xB8D666EBL,0x36B8478DL,0xB8D666EBL,0L,0L,0xB8D666EBL}},{{0L,0xE636F2CDL,0L,0xB8D666EBL,0xB8D666EBL,0L,0xE636F2CDL}},{{0xB8D666EBL,0xE636F2CDL,0x36B8478DL,0x36B8478DL,0xE636F2CDL,0xB8D666EBL,0xE636F2CDL}},{{0L,0xB8D666EBL,0xB8D666EBL,0L,0xE636F2CDL,0L,0xB8D666EBL}},{{0L,0L,0xB8D666EBL,0x36B8478DL,0xB8D666EBL,0L,0L}},{{0L,0xB8D666EBL,0x36B8478DL,0xB8D666EBL,0L,0L,0xB8D666EBL}},{{0L,0xE636F2CDL,0L,0xB8D666EBL,0xB8D666EBL,0L,0xE636F2CDL}},{{0xB8D666EBL,0xE636F2CDL,0x36B8478DL,0x36B8478DL,0xE636F2CDL,0xB8D666EBL,0xE636F2CDL}},{{0L,0xB8D666EBL,0xB8D666EBL,0L,0xE636F2CDL,0L,0xB8D666EBL}},{{0L,0L,0xB8D666EBL,0x36B8478DL,0xB8D666EBL,0L,0L}}};
                        int i, j, k;
                        (*l_1830) |= (((*l_1858) |= (*g_778)) | (safe_div_func_uint16_t_u_u((p_19 | (g_95 &= l_1848[4])), (l_1864[5][0][0] = (safe_sub_func_int16_t_s_s(l_1864[5][0][0], ((*l_1651) = ((safe_mod_func_int64_t_s_s((255UL >= (safe_mul_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(l_1864[2][0][1], (*l_1651))), (-4L)))), (safe_unary_minus_func_int8_t_s((((safe_lshift_func_int16_t_s_s((((safe_div_func_int64_t_s_s(((((((*l_1832) || (*l_1651)) || p_19) , p_18) != l_1864[5][0][0]) || (-5L)), p_18)) < p_18) , (*g_177)), (**g_176))) , 1L) >= (*l_1651)))))) >= p_19))))))));
                        --l_1879;
                        if (l_1882)
                            continue;
                        l_1883[1][2]++;
                    }
                    else
                    { /* block id: 938 */
                        int32_t **l_1886 = (void*)0;
                        int32_t **l_1887 = &l_1651;
                        int16_t *l_1906 = (void*)0;
                        (*l_1887) = &l_1882;
                        (*l_1832) ^= ((0xBF614D62281E8657LL == (safe_sub_func_uint8_t_u_u((((*g_609) = (**g_608)) , (**l_1887)), ((((*g_778) = (((*l_1852) = (safe_sub_func_int32_t_s_s(((*l_1835) = (g_192 , (safe_div_func_uint16_t_u_u((~((p_20 || (p_18 <= (safe_mod_func_uint16_t_u_u((!((safe_lshift_func_int16_t_s_s((-3L), (l_1907 = (safe_add_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_u((safe_add_func_int16_t_s_s(7L, 0xEEFCL)), 4)) , 0x23C2L), (*l_1656)))))) , l_1908)), 2UL)))) & 0xBF01F692L)), 0x8EFCL)))), p_19))) || p_20)) == (*g_177)) & p_18)))) , l_1909);
                    }
                }
            }
            else
            { /* block id: 948 */
                int64_t l_1911 = 1L;
                (*l_1656) = ((!p_20) != (p_18 = (l_1911 | ((safe_add_func_int16_t_s_s(g_1914[5][0], ((safe_mod_func_uint16_t_u_u(p_20, p_20)) | ((*g_778) = (p_18 & (&g_69 == (void*)0)))))) || (safe_mul_func_int8_t_s_s((l_1923 &= (safe_div_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(p_20, (*l_1656))), p_20))), 0L))))));
            }
        }
        return p_18;
    }
    for (l_1879 = (-20); (l_1879 <= 27); l_1879 = safe_add_func_uint16_t_u_u(l_1879, 2))
    { /* block id: 959 */
        int32_t **** const *l_1933 = (void*)0;
        int8_t l_1958 = 2L;
        union U0 l_1988 = {0xCAACL};
        int32_t ***l_2015 = &g_1338;
        uint32_t l_2059 = 1UL;
        int32_t l_2067 = 6L;
        int32_t l_2068 = 0x0E23FF6CL;
        int32_t l_2069 = 0L;
        int32_t l_2071 = (-8L);
        int32_t l_2083 = 0L;
        int32_t l_2084[4][6] = {{(-9L),0x36D9A62EL,(-1L),0x36D9A62EL,(-9L),(-9L)},{0x96499BF2L,0x36D9A62EL,0x36D9A62EL,0x96499BF2L,0x29253D5CL,0x96499BF2L},{0x96499BF2L,0x29253D5CL,0x96499BF2L,0x36D9A62EL,0x36D9A62EL,0x96499BF2L},{(-9L),(-9L),0x36D9A62EL,(-1L),0x36D9A62EL,(-9L)}};
        float l_2138 = (-0x1.0p+1);
        uint8_t l_2173 = 0x73L;
        float l_2197 = 0x4.9p+1;
        uint32_t *l_2210 = &l_1837;
        float *l_2211 = &l_2138;
        int i, j;
        for (l_1386 = 0; (l_1386 <= 8); l_1386 += 1)
        { /* block id: 962 */
            uint16_t l_1952 = 0xB9C8L;
            int32_t l_1972 = 0x71060262L;
            int32_t l_1973 = 0xB42B5C01L;
            int32_t *****l_1979 = &g_1815;
            const int8_t **l_1993 = (void*)0;
            uint32_t l_2031 = 1UL;
            union U0 ** const l_2033 = &g_890[3][1][1];
            int64_t l_2061 = 0x412019C2988288D0LL;
            int32_t l_2070 = 0xF3454C2BL;
            uint32_t l_2074 = 0x0EC5670DL;
            int32_t l_2085 = 0x48BBF0F0L;
            int32_t l_2086 = 0xE1723353L;
            int32_t l_2087 = 0x6B9095CAL;
            int32_t l_2088 = (-1L);
            int32_t l_2091 = 0x21F21EACL;
            int32_t l_2092 = 0x19118F03L;
            int32_t l_2093 = (-7L);
            int32_t l_2094 = 0xCABC543CL;
            int8_t * const ***l_2106 = (void*)0;
            int8_t ** const **l_2108 = (void*)0;
            int32_t *l_2122 = (void*)0;
            float ***l_2128 = (void*)0;
            float ****l_2127[6] = {(void*)0,&l_2128,&l_2128,(void*)0,&l_2128,&l_2128};
            uint64_t l_2143[9];
            uint8_t l_2165[1][7];
            union U0 *l_2194 = &g_2195[0][0];
            int i, j;
            for (i = 0; i < 9; i++)
                l_2143[i] = 0x3076A4F77B3F6DEBLL;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 7; j++)
                    l_2165[i][j] = 251UL;
            }
            for (g_297 = 8; (g_297 >= 0); g_297 -= 1)
            { /* block id: 965 */
                int32_t l_1934[10];
                union U0 **l_2032 = &g_890[0][0][5];
                int64_t **l_2040 = (void*)0;
                int32_t l_2066 = 0xB910A3B1L;
                int32_t l_2072 = 0xC3B1E605L;
                int32_t l_2077 = 0x37011DB9L;
                int32_t l_2078[4][7] = {{9L,1L,1L,9L,0L,0x02276DCCL,1L},{1L,0x02276DCCL,0L,9L,1L,1L,9L},{0L,0xEF96EE31L,0L,0x02276DCCL,0xA391E523L,0xBEA75E42L,1L},{0xEF96EE31L,0xF80B6700L,0L,0L,0L,0L,0L}};
                int32_t l_2080 = 4L;
                int32_t l_2082 = 0L;
                int32_t l_2089 = 0x5AA382B1L;
                int32_t l_2090[4][5][1] = {{{5L},{(-1L)},{5L},{0x6EE5DDD2L},{5L}},{{(-1L)},{5L},{0x6EE5DDD2L},{5L},{(-1L)}},{{5L},{0x6EE5DDD2L},{5L},{(-1L)},{5L}},{{0x6EE5DDD2L},{5L},{(-1L)},{5L},{0x6EE5DDD2L}}};
                int8_t * const ****l_2107 = &l_2106;
                int8_t l_2113 = 0xA3L;
                int16_t *l_2123[2][9] = {{(void*)0,&l_1713,&l_1713,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,&l_1713,&l_1713,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
                uint32_t l_2142 = 0x521F166EL;
                uint16_t *l_2190 = &g_1060;
                int8_t l_2196[10] = {0x56L,0x56L,0x56L,0x56L,0x56L,0x56L,0x56L,0x56L,0x56L,0x56L};
                uint64_t *l_2198 = (void*)0;
                uint64_t *l_2199 = &l_2143[8];
                int i, j, k;
                for (i = 0; i < 10; i++)
                    l_1934[i] = 0x950544E5L;
            }
            return g_140;
        }
        (*l_1673) = (((-0x4.CD612Ep-37) < ((safe_sub_func_float_f_f((safe_div_func_float_f_f((*g_92), (*g_224))), (safe_sub_func_float_f_f((safe_sub_func_float_f_f((*l_1651), ((((+((*l_2210) &= (*l_1673))) , &l_1958) != (((*l_2211) = p_19) , (****l_1030))) >= (((*g_778) , l_2212[1]) < p_20)))), (*g_92))))) > p_18)) <= (*l_1673));
    }
    if (((*l_1651) != p_19))
    { /* block id: 1063 */
        union U0 *l_2215 = &g_620;
        const int32_t l_2232[2] = {0xCFB30287L,0xCFB30287L};
        const int32_t l_2238 = (-7L);
        int32_t *****l_2241 = &g_1815;
        uint32_t l_2243[9] = {0x66E687D2L,0x66E687D2L,0x66E687D2L,0x66E687D2L,0x66E687D2L,0x66E687D2L,0x66E687D2L,0x66E687D2L,0x66E687D2L};
        int8_t *l_2244 = &g_25;
        int8_t * const *l_2254 = &l_1650;
        int8_t * const **l_2253 = &l_2254;
        int8_t * const ***l_2252 = &l_2253;
        int8_t * const ****l_2251 = &l_2252;
        int32_t * const *l_2261 = &g_770;
        int32_t * const **l_2260 = &l_2261;
        int32_t * const ***l_2259 = &l_2260;
        int32_t * const ****l_2258 = &l_2259;
        int32_t l_2331 = 0xDDC18638L;
        int32_t *l_2334[7][2] = {{&l_1826,&l_1826},{&l_1826,&l_1826},{&l_1826,&l_1826},{&l_1826,&l_1826},{&l_1826,&l_1826},{&l_1826,&l_1826},{&l_1826,&l_1826}};
        int i, j;
        for (l_1177 = 16; (l_1177 < 50); l_1177 = safe_add_func_int8_t_s_s(l_1177, 9))
        { /* block id: 1066 */
            (*l_1651) ^= 0xB8F36C6CL;
        }
        for (l_1386 = 0; (l_1386 >= 0); l_1386 -= 1)
        { /* block id: 1071 */
            int64_t ***l_2218 = &l_1822[3];
            int64_t ****l_2217 = &l_2218;
            int64_t *****l_2216 = &l_2217;
            int32_t l_2223 = 0L;
            int32_t l_2239 = 0x6AE7D2FAL;
            int32_t l_2240 = 1L;
            int32_t *****l_2242[3][7][5] = {{{(void*)0,&g_1815,&g_1815,&g_1815,&g_1815},{&g_1815,&g_1815,&g_1815,&g_1815,&g_1815},{(void*)0,&g_1815,&g_1815,&g_1815,&g_1815},{&g_1815,&g_1815,&g_1815,&g_1815,&g_1815},{(void*)0,&g_1815,&g_1815,&g_1815,&g_1815},{&g_1815,&g_1815,&g_1815,&g_1815,&g_1815},{(void*)0,&g_1815,&g_1815,&g_1815,&g_1815}},{{&g_1815,&g_1815,&g_1815,&g_1815,&g_1815},{(void*)0,&g_1815,&g_1815,&g_1815,&g_1815},{&g_1815,&g_1815,&g_1815,&g_1815,&g_1815},{(void*)0,&g_1815,&g_1815,&g_1815,&g_1815},{&g_1815,&g_1815,&g_1815,&g_1815,&g_1815},{(void*)0,&g_1815,&g_1815,&g_1815,&g_1815},{&g_1815,&g_1815,&g_1815,&g_1815,&g_1815}},{{(void*)0,&g_1815,&g_1815,&g_1815,&g_1815},{&g_1815,&g_1815,&g_1815,&g_1815,&g_1815},{(void*)0,&g_1815,&g_1815,&g_1815,&g_1815},{&g_1815,&g_1815,&g_1815,&g_1815,&g_1815},{(void*)0,&g_1815,&g_1815,&g_1815,&g_1815},{&g_1815,&g_1815,&g_1815,&g_1815,&g_1815},{(void*)0,&g_1815,&g_1815,&g_1815,&g_1815}}};
            int8_t * const ****l_2255[6];
            int32_t **** const *l_2262 = &g_767;
            uint32_t *l_2270 = &l_1909;
            const int8_t l_2325[10] = {0xECL,0xECL,8L,0xECL,0xECL,8L,0xECL,0xECL,8L,0xECL};
            float l_2326[2][9][4] = {{{0xB.4CCC41p+53,0xB.0B8B0Ep+36,0x9.F19B52p+94,0x8.5691F3p-64},{0x1.8p+1,(-0x7.6p+1),0x9.F19B52p+94,0x9.F19B52p+94},{0x1.Ep+1,0x1.Ep+1,0x4.807C1Fp+46,0x8.0A2560p+6},{0xE.CB407Cp-55,0x4.7A0CA4p-39,0x5.43565Ep-90,(-0x1.0p+1)},{0x8.0A2560p+6,0x9.E84EBFp-11,0x1.2p-1,0x5.43565Ep-90},{0x4.807C1Fp+46,0x9.E84EBFp-11,0x4.6p+1,(-0x1.0p+1)},{0x9.E84EBFp-11,0x4.7A0CA4p-39,(-0x7.6p+1),0x8.0A2560p+6},{0x8.5691F3p-64,0x1.Ep+1,0x1.1E8E10p+77,0x9.F19B52p+94},{0x1.2p-1,(-0x7.6p+1),0xC.C7BC50p+6,0xE.945D44p-11}},{{0x1.1E8E10p+77,0x8.5p+1,0x4.7p-1,0x8.5p+1},{0x5.43565Ep-90,0x8.0A2560p+6,0xE.945D44p-11,0x9.E84EBFp-11},{(-0x9.5p-1),0xE.945D44p-11,0x0.Fp+1,0x6.4p-1},{0x8.5p+1,0x4.6p+1,0x7.9B2C39p-57,0xB.0B8B0Ep+36},{0x8.5p+1,0x1.9p+1,0x0.Fp+1,0x4.807C1Fp+46},{(-0x9.5p-1),0xB.0B8B0Ep+36,0xE.945D44p-11,0x4.7A0CA4p-39},{0x5.43565Ep-90,0xE.CB407Cp-55,0x4.7p-1,0xC.C7BC50p+6},{0x1.1E8E10p+77,0x0.Fp+1,0xC.C7BC50p+6,(-0x10.8p+1)},{0x1.2p-1,0x1.1E8E10p+77,0x1.1E8E10p+77,0x1.2p-1}}};
            int i, j, k;
            for (i = 0; i < 6; i++)
                l_2255[i] = &l_2252;
            (*l_1824) = l_2215;
            (*l_1673) &= p_18;
            (*l_2216) = (void*)0;
            l_2245[3] = l_2245[3];
            for (l_1851 = 0; (l_1851 <= 0); l_1851 += 1)
            { /* block id: 1084 */
                uint32_t *l_2246[9][8] = {{&l_1773,&l_1773,&l_1773,&l_1837,&l_1773,&l_1773,&l_1773,&l_1773},{(void*)0,&l_1773,&l_1773,(void*)0,(void*)0,(void*)0,&l_1773,&l_1773},{&l_1773,(void*)0,&l_1837,&l_1837,(void*)0,&l_1773,(void*)0,&l_1837},{(void*)0,(void*)0,(void*)0,&l_1773,&l_1773,(void*)0,(void*)0,(void*)0},{&l_1773,&l_1773,&l_1837,&l_1773,&l_1773,&l_1773,&l_1773,&l_1837},{&l_1773,&l_1773,&l_1773,&l_1837,&l_1773,&l_1773,&l_1773,&l_1773},{(void*)0,&l_1773,&l_1773,(void*)0,(void*)0,(void*)0,&l_1773,&l_1773},{&l_1773,(void*)0,&l_1837,&l_1837,(void*)0,&l_1773,(void*)0,&l_1837},{(void*)0,(void*)0,(void*)0,&l_1773,&l_1773,(void*)0,(void*)0,(void*)0}};
                int32_t l_2247 = 0x6DE28985L;
                int32_t l_2265 = 0xEF986B05L;
                int32_t l_2295 = 0x7A562F0AL;
                uint8_t l_2327 = 0xB4L;
                float *l_2329 = &g_188[3][0];
                int i, j;
                if (p_18)
                    break;
                (*l_1673) &= ((((0x466FDFBBL != (g_199--)) | (safe_unary_minus_func_uint32_t_u(0xC06DE874L))) | ((&g_694 == (l_2255[5] = l_2251)) == (p_19 & p_20))) , p_19);
                for (p_18 = 0; (p_18 >= 0); p_18 -= 1)
                { /* block id: 1091 */
                    int32_t l_2271 = 0x18B6D5D0L;
                    int16_t *l_2293[4][9][3] = {{{(void*)0,&g_891.f0,&l_1791.f0},{&g_190,&l_1713,&g_192},{&l_1791.f0,&g_192,(void*)0},{&l_1042,&l_1713,&l_1042},{&l_1047.f0,&g_891.f0,(void*)0},{&l_1047.f0,&g_192,&l_1791.f0},{&l_1776.f0,&g_891.f0,&l_1713},{(void*)0,&l_1713,&l_1713},{(void*)0,&g_192,&l_1042}},{{&g_620.f0,&l_1713,&g_891.f0},{&g_190,&g_891.f0,&g_192},{&l_1042,&g_192,(void*)0},{&g_190,&g_891.f0,(void*)0},{(void*)0,&l_1713,&g_192},{&g_2195[0][0].f0,&g_192,&g_192},{&g_192,&l_1713,(void*)0},{&g_16.f0,&g_891.f0,&g_891.f0},{&g_190,&l_1791.f0,(void*)0}},{{&l_1042,&g_16.f0,&l_1776.f0},{&g_192,&g_99,&l_1791.f0},{(void*)0,&g_16.f0,&g_620.f0},{&l_1791.f0,&g_99,&l_1042},{&g_891.f0,&g_16.f0,&l_1713},{&g_891.f0,&l_1791.f0,&l_1713},{(void*)0,&g_16.f0,&g_99},{&g_192,&g_99,&g_99},{&l_1713,&g_16.f0,&g_99}},{{&l_1696,&g_99,&l_1047.f0},{&g_192,&g_16.f0,&g_16.f0},{&l_1042,&l_1791.f0,&l_1791.f0},{&g_192,&g_16.f0,&l_1857},{&l_1713,&g_99,&g_620.f0},{&l_1791.f0,&g_16.f0,&l_1776.f0},{(void*)0,&g_99,(void*)0},{(void*)0,&g_16.f0,&g_16.f0},{(void*)0,&l_1791.f0,(void*)0}}};
                    int32_t l_2294 = 0x93E09985L;
                    uint16_t l_2298[8];
                    int i, j, k;
                    for (i = 0; i < 8; i++)
                        l_2298[i] = 1UL;
                    (*l_1651) |= ((safe_sub_func_uint16_t_u_u((((*g_778) || (((l_2247 < (l_2265 = (l_2258 != (g_2263[0][4] = l_2262)))) > (0xCE3B50A4C2DC0655LL | l_2247)) ^ ((safe_add_func_int8_t_s_s((l_2271 = ((((safe_sub_func_float_f_f((l_2270 == (void*)0), (((*g_92) = ((*g_224) = l_2271)) == (-0x6.7p+1)))) , l_2270) != &l_1837) < p_18)), 0L)) | p_18))) < p_20), p_18)) || g_2);
                    --l_2272;
                    l_2295 ^= (0UL < (safe_mul_func_int8_t_s_s((((safe_add_func_int64_t_s_s((((safe_mod_func_int64_t_s_s(((l_2247 == ((*l_2244) = (((safe_div_func_uint64_t_u_u((((&g_201[5][2] != ((l_2294 ^= (p_18 < (safe_lshift_func_uint16_t_u_s((+(g_2195[0][0].f0 &= (((*l_1673) = (safe_div_func_int64_t_s_s(((((safe_lshift_func_int8_t_s_s(p_18, (safe_unary_minus_func_uint8_t_u(p_19)))) >= ((((safe_rshift_func_int16_t_s_s(p_18, (g_192 = l_2271))) && (((*g_778) = (&p_18 == (*g_176))) || 0xA223L)) > 0x8A522B74633648E3LL) | 4294967292UL)) && g_1914[5][0]) || (**g_176)), l_2265))) >= 0UL))), p_19)))) , &g_108)) , 7L) > 0xF11BA081L), 0x49AD4BE9201DAFA1LL)) == 4294967295UL) == p_19))) | p_20), l_2265)) & 1L) , 0x74E72A06BFD2E29DLL), 0xD48C2DA8991F4961LL)) < l_2271) < g_296), p_20)));
                    g_581[6] = (g_285 = &l_2294);
                }
                l_2331 |= (((&l_1774 != (void*)0) , (((((p_18 <= (((p_18 >= (!(((safe_div_func_uint8_t_u_u((p_20 && g_2042), 1L)) <= l_2295) , (safe_mul_func_float_f_f(((*l_2329) = ((*g_224) = ((+(((*g_92) = (safe_div_func_float_f_f(((safe_add_func_float_f_f((safe_mul_func_float_f_f((safe_sub_func_float_f_f((((((safe_mul_func_float_f_f((((((safe_mul_func_int16_t_s_s(l_2325[2], (*l_1651))) > p_20) & p_18) <= l_2327) , l_2327), l_2327)) != (*g_224)) >= p_19) != (*l_1673)) != (*g_92)), 0x1.Cp+1)), (*g_92))), p_20)) < 0x8.FCBD0Dp+16), 0x8.5p+1))) == 0x1.E61188p+95)) >= g_2328))), p_20))))) <= 0xA.D3EE77p-49) < p_18)) , p_20) ^ g_95) , (**g_176)) != l_2327)) & g_2330);
            }
        }
        l_2332 = l_2332;
        l_2334[4][1] = &l_1386;
    }
    else
    { /* block id: 1118 */
        uint8_t l_2357 = 247UL;
        int32_t l_2366 = 0xED022C1CL;
        int32_t l_2368 = 0x2BC13523L;
        float * const l_2437 = &g_179;
        int32_t ****l_2446 = &g_1337;
        const uint8_t l_2456 = 0x4BL;
        const uint32_t **l_2469 = (void*)0;
        int16_t l_2495 = (-1L);
        if (((safe_sub_func_int16_t_s_s(((((l_2368 = (safe_lshift_func_uint16_t_u_s(((((g_891.f0 >= ((safe_add_func_int32_t_s_s(((((safe_add_func_int32_t_s_s(0L, (safe_mod_func_int32_t_s_s(((safe_add_func_uint16_t_u_u(((safe_div_func_uint16_t_u_u(((safe_sub_func_float_f_f((safe_mul_func_float_f_f((safe_add_func_float_f_f((l_2366 = (safe_div_func_float_f_f((l_2357 >= (safe_add_func_float_f_f(p_19, ((*g_92) = (l_2357 == l_2357))))), (g_2360 != ((safe_div_func_float_f_f((safe_mul_func_float_f_f(p_18, ((*g_224) = ((p_18 < (*l_1651)) != (-0x2.Cp-1))))), l_2357)) , (void*)0))))), 0x2.4AAD4Dp+60)), (-0x2.5p-1))), p_20)) , (*g_778)), p_18)) , l_2366), p_18)) , l_2357), (-5L))))) >= p_18) , l_2366) && 0UL), 1L)) | 1UL)) != l_2367) <= l_2357) != (*g_177)), 10))) == 0xBBL) != (*g_778)) != l_2369[1]), (-1L))) >= (*l_1673)))
        { /* block id: 1123 */
            uint16_t l_2379 = 65531UL;
            union U0 **l_2398 = &l_2193;
            int8_t *l_2434 = &l_1661[0][3][1];
            int32_t *l_2439 = &l_2212[1];
            int32_t l_2468 = 0x72FAC39FL;
            int64_t **l_2481 = (void*)0;
            for (g_295 = (-3); (g_295 < 0); ++g_295)
            { /* block id: 1126 */
                for (l_2367 = 2; (l_2367 <= 9); l_2367 += 1)
                { /* block id: 1129 */
                    int32_t * const l_2372 = &l_1061;
                    int32_t **l_2373 = &g_581[6];
                    (*l_2373) = l_2372;
                }
                for (g_190 = 0; (g_190 != (-29)); --g_190)
                { /* block id: 1134 */
                    uint8_t l_2376 = 0x65L;
                    --l_2376;
                    return p_18;
                }
                (*g_224) = p_19;
            }
            l_2379--;
            for (l_1341 = 0; (l_1341 <= 0); l_1341 += 1)
            { /* block id: 1143 */
                uint64_t *l_2385 = (void*)0;
                uint64_t *l_2386 = &g_193;
                int32_t l_2393 = 1L;
                union U0 * const *l_2397 = &l_1609;
                union U0 ***l_2399[5];
                int32_t l_2403 = 0x68256599L;
                float *l_2435 = &g_93;
                int32_t *l_2438 = &l_1061;
                int i;
                for (i = 0; i < 5; i++)
                    l_2399[i] = &l_2398;
                if (l_2382)
                    break;
                if ((((safe_div_func_uint64_t_u_u(((*l_2386) = (p_19 , g_357[4][5])), (safe_mod_func_int32_t_s_s((p_19 , (((!(((((*g_92) = (!(safe_mul_func_float_f_f((p_19 <= l_2393), (-0x0.Dp+1))))) < ((l_2403 = ((safe_mul_func_float_f_f((l_2397 == (g_2400 = l_2398)), ((*g_224) = ((safe_mul_func_float_f_f((((0x1.Ep+1 > 0x0.Fp-1) > 0x0.Ap+1) < l_2357), p_19)) >= p_20)))) < 0x0.Ap+1)) >= 0x1.4p-1)) == p_18) , 0xECL)) <= 0x1AL) == l_2379)), l_2366)))) < 4294967290UL) , 0L))
                { /* block id: 1150 */
                    (*l_1673) &= 0xA3375A07L;
                }
                else
                { /* block id: 1152 */
                    union U0 *l_2404 = &l_1047;
                    int32_t l_2407[9][1][6] = {{{(-9L),0x918EFA3CL,(-7L),0x51B5D957L,(-7L),0x918EFA3CL}},{{0L,(-9L),(-7L),0L,(-4L),0x51B5D957L}},{{(-10L),0L,0x918EFA3CL,0x918EFA3CL,0L,(-10L)}},{{0x918EFA3CL,0L,(-10L),(-1L),(-4L),(-7L)}},{{(-7L),(-9L),0L,(-9L),(-7L),0L}},{{(-7L),0x918EFA3CL,(-9L),(-1L),0xADD045E2L,0xADD045E2L}},{{0x918EFA3CL,(-4L),(-4L),0x918EFA3CL,0L,0xADD045E2L}},{{(-10L),0xADD045E2L,(-9L),0L,(-1L),0L}},{{0L,0x1899B7E0L,0L,0x51B5D957L,(-1L),(-7L)}}};
                    int32_t l_2408[1][9];
                    uint8_t ***l_2427 = &g_2361;
                    uint8_t * const ***l_2430 = &g_2428;
                    uint64_t l_2433 = 0x16DF6E3992C773C3LL;
                    float **l_2436 = &g_92;
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 9; j++)
                            l_2408[i][j] = 0x33BFEBFBL;
                    }
                    for (g_132 = 3; (g_132 >= 1); g_132 -= 1)
                    { /* block id: 1155 */
                        (*l_1824) = l_2404;
                    }
                    if (l_2366)
                        continue;
                    l_2408[0][4] |= ((*l_1651) = (safe_sub_func_int32_t_s_s(l_2379, l_2407[4][0][3])));
                    (*l_1673) = (((((*l_2436) = l_2435) == l_2437) , 0xCEL) == 8L);
                }
                l_2438 = &l_2403;
                l_2439 = &l_2368;
                for (l_1672 = 0; (l_1672 <= 0); l_1672 += 1)
                { /* block id: 1170 */
                    float l_2451[7][5][3] = {{{(-0x1.1p-1),0x0.3C2B81p+18,(-0x7.5p+1)},{(-0x5.Dp+1),0xE.A6C54Ep-82,0x6.Ep+1},{0x2.8EBAD2p+30,(-0x1.0p-1),(-0x1.4p-1)},{0xD.DA40BBp+87,0xA.0E5843p+87,0x0.8p+1},{0x2.8EBAD2p+30,(-0x1.2p+1),0x0.6p+1}},{{(-0x5.Dp+1),(-0x8.Bp-1),0xE.7397E2p-73},{(-0x1.1p-1),0x0.8p+1,0x1.7p-1},{0x1.1p+1,0xE.7397E2p-73,0xB.995997p+3},{0xF.C2D762p+86,0xF.759CC7p+32,0xE.A6C54Ep-82},{(-0x1.2p+1),(-0x4.2p+1),0x0.6p-1}},{{0xF.759CC7p+32,(-0x4.2p+1),(-0x1.1p-1)},{(-0x9.Cp+1),0xF.759CC7p+32,0x6.87208Bp-98},{0x8.E7AC05p+30,0xE.7397E2p-73,(-0x1.Bp+1)},{0x0.8p+1,0x0.8p+1,(-0x9.Cp+1)},{0x6.87208Bp-98,(-0x8.Bp-1),0x0.8p+1}},{{(-0x1.0p-1),(-0x1.2p+1),(-0x4.2p+1)},{(-0x1.4p-1),0xA.0E5843p+87,0x0.3C2B81p+18},{0x1.7p-1,(-0x1.0p-1),(-0x4.2p+1)},{0x1.7p-1,0xE.A6C54Ep-82,0x0.8p+1},{0x0.381F6Dp-31,0x0.3C2B81p+18,(-0x9.Cp+1)}},{{0x8.3ECD7Ap+80,0x6.Ep+1,(-0x1.Bp+1)},{0xE.A6C54Ep-82,(-0x4.2p+1),0x6.87208Bp-98},{0x7.F7A672p+51,0x6.87208Bp-98,(-0x1.1p-1)},{0xE.760767p-93,(-0x7.5p+1),0x0.6p-1},{0xE.760767p-93,0xD.7A1EBCp+39,0xE.A6C54Ep-82}},{{0x7.F7A672p+51,0xD.DA40BBp+87,0xB.995997p+3},{0xE.A6C54Ep-82,0x1.7p-1,0x1.7p-1},{0xA.0E5843p+87,(-0x1.Bp+1),(-0x1.1p+1)},{(-0x4.2p+1),0xF.C2D762p+86,0x8.E7AC05p+30},{0xF.C2D762p+86,0x0.6p-1,(-0x7.5p+1)}},{{0xE.A6C54Ep-82,(-0x1.0p-1),0x0.381F6Dp-31},{0x0.381F6Dp-31,0x0.6p-1,0x6.87208Bp-98},{(-0x8.Bp-1),0xF.C2D762p+86,0x7.8p+1},{(-0x1.1p-1),(-0x1.Bp+1),(-0x1.0p-1)},{(-0x9.Cp+1),0xE.A6C54Ep-82,(-0x4.2p+1)}}};
                    uint32_t *l_2467 = &l_1774;
                    int i, j, k;
                    (*g_224) = (g_135[l_1341][(l_1341 + 1)] , (safe_sub_func_float_f_f((safe_mul_func_float_f_f(((((**g_2400) , (safe_sub_func_float_f_f(((((((*g_1814) != l_2446) < g_135[l_1672][(l_1341 + 5)]) != ((((*g_92) = (safe_mul_func_float_f_f((((safe_sub_func_float_f_f(p_20, l_2451[0][1][0])) >= ((~((**l_2398) , ((safe_rshift_func_uint16_t_u_u(p_19, g_135[l_1341][(l_1341 + 1)])) , g_2000))) , l_2368)) <= g_135[l_1672][(l_1341 + 5)]), (*l_2438)))) == (*l_2438)) < l_2455[8])) <= (*g_224)) >= l_2357), (*l_2439)))) >= (*l_2439)) <= l_2456), 0x6.1p+1)), p_19)));
                    if (((*l_2438) , ((*l_2438) |= ((g_1914[4][0] != (safe_mod_func_int32_t_s_s((g_357[0][5] , ((safe_mul_func_int8_t_s_s((((*l_1651) , &g_135[l_1672][(l_1341 + 5)]) != ((safe_mod_func_int64_t_s_s((safe_rshift_func_uint16_t_u_u((((p_20 && p_18) || (*g_778)) > ((*l_2467) = ((safe_mod_func_int64_t_s_s(p_20, 1UL)) || g_135[l_1341][(l_1341 + 1)]))), 11)), p_19)) , &g_1335)), l_2468)) <= (*l_2439))), 0x4B737966L))) < (*g_609)))))
                    { /* block id: 1175 */
                        const uint32_t ***l_2470 = &l_2469;
                        (*l_2470) = l_2469;
                    }
                    else
                    { /* block id: 1177 */
                        float l_2480 = 0xD.F3FE31p-5;
                        (*l_2438) &= (safe_add_func_uint16_t_u_u((safe_div_func_uint8_t_u_u((((g_135[1][4] | (l_2475 , ((*l_1270) == (void*)0))) > ((*g_609) |= ((safe_lshift_func_int8_t_s_s((((*l_1651) = ((++g_357[1][6]) >= (*l_2439))) , p_18), 7)) | (l_2481 == (g_2482 = &g_609))))) < (p_19 > 0UL)), p_19)), p_18));
                        if (l_1061)
                            goto lbl_2483;
                    }
                    for (l_1817 = 0; (l_1817 <= 4); l_1817 += 1)
                    { /* block id: 1187 */
                        int i, j, k;
                        (*l_1651) ^= l_1391[l_1341][l_1672][l_1672];
                        return g_67[0][0];
                    }
                }
            }
        }
        else
        { /* block id: 1193 */
            const int32_t ** const *l_2489 = &g_1682;
            const int32_t ** const **l_2488[4] = {&l_2489,&l_2489,&l_2489,&l_2489};
            int32_t l_2494 = 1L;
            int32_t l_2502 = (-1L);
            int8_t l_2503 = 8L;
            int i;
            (*l_1651) = (l_2503 &= ((safe_rshift_func_int8_t_s_u((((safe_mul_func_int16_t_s_s(p_20, ((void*)0 == l_2488[2]))) >= (safe_lshift_func_int8_t_s_s(((*l_1651) > p_20), (((*g_778)--) , (l_2494 = (l_2495 = l_2494)))))) ^ ((safe_add_func_uint32_t_u_u((p_19 | (safe_div_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s((((0x3.1p-1 <= ((p_20 >= (*g_92)) < l_2502)) <= (*g_224)) , 6UL), 7)), p_20))), p_19)) & l_2357)), l_2502)) > 0xBE7CL));
        }
    }
    return p_19;
}


/* ------------------------------------------ */
/* 
 * reads : g_25 g_69 g_92 g_93 g_2 g_67 g_99 g_108 g_132 g_140 g_16.f0 g_142 g_24 g_144 g_167 g_95 g_176 g_193 g_201 g_16 g_135 g_177 g_224 g_296 g_199 g_192 g_27 g_395 g_285 g_300 g_295 g_357 g_182 g_200 g_180 g_608 g_609 g_297 g_190 g_767 g_796 g_778 g_914 g_768 g_769 g_770
 * writes: g_67 g_69 g_27 g_95 g_99 g_108 g_132 g_135 g_140 g_142 g_144 g_25 g_167 g_93 g_193 g_199 g_201 g_192 g_180 g_285 g_24 g_357 g_394 g_296 g_300 g_581 g_297 g_674 g_693 g_182 g_778 g_890 g_902 g_770
 */
static int16_t  func_21(float  p_22, int32_t  p_23)
{ /* block id: 5 */
    const int8_t *l_33 = &g_25;
    float *l_53 = &g_27[0][3][0];
    float **l_54 = (void*)0;
    float *l_55[6];
    float *l_57 = &g_27[3][2][0];
    float **l_56 = &l_57;
    int32_t l_62 = 0L;
    int64_t *l_64 = (void*)0;
    int64_t *l_65 = (void*)0;
    int64_t *l_66 = &g_67[0][0];
    uint8_t *l_68[3][10][7] = {{{&g_69,&g_69,(void*)0,&g_69,(void*)0,&g_69,(void*)0},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,(void*)0},{&g_69,&g_69,(void*)0,(void*)0,&g_69,&g_69,(void*)0},{&g_69,&g_69,&g_69,&g_69,(void*)0,&g_69,&g_69},{(void*)0,&g_69,&g_69,&g_69,&g_69,&g_69,(void*)0},{&g_69,&g_69,&g_69,(void*)0,&g_69,&g_69,&g_69},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69},{(void*)0,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69},{&g_69,(void*)0,&g_69,&g_69,&g_69,&g_69,&g_69}},{{&g_69,(void*)0,&g_69,(void*)0,&g_69,&g_69,&g_69},{&g_69,&g_69,(void*)0,&g_69,(void*)0,&g_69,(void*)0},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,(void*)0},{&g_69,&g_69,(void*)0,(void*)0,&g_69,&g_69,(void*)0},{&g_69,&g_69,&g_69,&g_69,(void*)0,&g_69,&g_69},{(void*)0,&g_69,&g_69,&g_69,&g_69,&g_69,(void*)0},{&g_69,&g_69,&g_69,(void*)0,&g_69,&g_69,&g_69},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69},{(void*)0,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69}},{{&g_69,(void*)0,&g_69,&g_69,&g_69,&g_69,&g_69},{&g_69,(void*)0,&g_69,(void*)0,&g_69,&g_69,&g_69},{&g_69,&g_69,(void*)0,&g_69,(void*)0,&g_69,(void*)0},{&g_69,&g_69,&g_69,&g_69,&g_69,(void*)0,&g_69},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69},{&g_69,(void*)0,&g_69,(void*)0,&g_69,&g_69,&g_69},{&g_69,&g_69,&g_69,(void*)0,&g_69,&g_69,&g_69},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,(void*)0}}};
    int32_t l_70 = 0x131A3A4AL;
    float *l_71 = &g_27[2][3][0];
    int16_t l_739 = 0xADEBL;
    int32_t l_740[5] = {(-10L),(-10L),(-10L),(-10L),(-10L)};
    int32_t l_741 = 0x9CC872D8L;
    int32_t l_742 = 0x05595388L;
    int32_t l_743 = 7L;
    int32_t l_744[9] = {(-1L),0xB47355C0L,0xB47355C0L,(-1L),0xB47355C0L,0xB47355C0L,(-1L),0xB47355C0L,0xB47355C0L};
    uint8_t l_746 = 255UL;
    int32_t *****l_798 = &g_767;
    int8_t ***l_809 = &g_394;
    int32_t l_866 = 0xDDBA235EL;
    int32_t *l_920 = &g_180;
    int32_t **l_923[6][3][3] = {{{&g_581[6],&g_581[2],&g_581[6]},{&g_285,&g_285,&g_581[1]},{(void*)0,&g_581[0],(void*)0}},{{&g_285,(void*)0,(void*)0},{&g_581[6],&g_581[0],&g_581[6]},{&g_581[5],&g_285,(void*)0}},{{(void*)0,&g_581[2],(void*)0},{&g_581[5],(void*)0,&g_581[1]},{&g_581[6],&g_581[2],&g_581[6]}},{{&g_285,&g_285,&g_581[1]},{(void*)0,&g_581[0],(void*)0},{&g_285,(void*)0,(void*)0}},{{&g_581[6],&g_581[0],&g_581[6]},{&g_581[5],&g_285,(void*)0},{(void*)0,&g_581[2],(void*)0}},{{&g_581[5],(void*)0,&g_581[1]},{&g_581[6],&g_581[2],&g_581[6]},{&g_285,&g_285,&g_581[1]}}};
    union U0 l_942[8] = {{1L},{3L},{1L},{3L},{1L},{3L},{1L},{3L}};
    int16_t *l_943 = &g_99;
    uint32_t l_949 = 0x232A7903L;
    union U0 l_980 = {0xB434L};
    const uint32_t l_982 = 0UL;
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_55[i] = &g_27[2][0][0];
    if ((18446744073709551610UL < func_29(l_33, func_34(func_39(((safe_sub_func_uint32_t_u_u((safe_div_func_uint16_t_u_u((l_62 = ((safe_div_func_int16_t_s_s(((safe_add_func_int32_t_s_s(((safe_rshift_func_int8_t_s_u((l_53 != ((*l_56) = (l_55[2] = l_53))), 1)) <= ((p_23 & ((safe_lshift_func_uint8_t_u_u((g_69 = ((&g_25 != (void*)0) == (((*l_66) = (safe_div_func_uint8_t_u_u(l_62, (safe_unary_minus_func_int8_t_s(((((void*)0 == l_53) && 7UL) ^ 0x910760B96BC97DE2LL)))))) == l_62))), 6)) , (-1L))) , l_62)), p_23)) != g_25), 1UL)) , p_23)), l_70)), 0x5184BF4DL)) > 0x350C1656L), l_71, l_68[2][4][2]), g_2, g_2, g_24[0][0]), &g_297)))
    { /* block id: 352 */
        uint32_t l_733 = 0x2B65D8D7L;
        int32_t l_736[2];
        int32_t *l_737 = &g_132;
        int32_t *l_738[7] = {(void*)0,(void*)0,&g_140,(void*)0,(void*)0,&g_140,(void*)0};
        float l_745 = 0xB.A5681Ap+51;
        int i;
        for (i = 0; i < 2; i++)
            l_736[i] = 1L;
        for (l_70 = 1; (l_70 <= 4); l_70 += 1)
        { /* block id: 355 */
            int64_t l_729 = (-9L);
            int32_t *l_730 = (void*)0;
            int32_t *l_731 = &g_167;
            int32_t *l_732 = &g_132;
            ++l_733;
            return p_23;
        }
        l_746--;
    }
    else
    { /* block id: 360 */
        int32_t **l_749 = &g_581[7];
        int64_t **l_751 = (void*)0;
        int64_t ***l_750 = &l_751;
        int64_t **l_753 = &l_65;
        int64_t ***l_752 = &l_753;
        int32_t *l_754 = &l_744[2];
        uint8_t *l_763 = &g_95;
        uint16_t *l_779[4] = {&g_135[1][4],&g_135[1][4],&g_135[1][4],&g_135[1][4]};
        int32_t l_786 = 4L;
        int8_t *l_789 = &g_25;
        uint32_t l_795[9][4] = {{4294967293UL,0x37D0A5A8L,4294967286UL,1UL},{4294967287UL,4294967295UL,4294967293UL,4294967295UL},{0xEB32F896L,4294967286UL,4294967295UL,1UL},{0x1B85CB45L,0xF8D7ABFBL,4294967287UL,0x87B0919DL},{0x37D0A5A8L,1UL,0x87B0919DL,0x1B85CB45L},{0x37D0A5A8L,8UL,4294967287UL,4294967287UL},{0x1B85CB45L,0x1B85CB45L,4294967295UL,0UL},{0xEB32F896L,4294967295UL,4294967293UL,4294967286UL},{4294967287UL,0UL,4294967286UL,4294967293UL}};
        int32_t *****l_797[4];
        const float * const *l_865 = (void*)0;
        const float * const **l_864 = &l_865;
        const float * const ***l_863 = &l_864;
        const int8_t l_886 = 0L;
        int32_t l_926 = 0L;
        int i, j;
        for (i = 0; i < 4; i++)
            l_797[i] = (void*)0;
        (*l_749) = (void*)0;
        if (((*l_754) = (((((*l_752) = ((*l_750) = &l_66)) == (void*)0) , l_55[3]) != l_57)))
        { /* block id: 365 */
            return l_741;
        }
        else
        { /* block id: 367 */
            int32_t l_755[5][2][2];
            uint8_t *l_764 = &g_69;
            int8_t *l_782 = &g_25;
            int8_t *l_783[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            const float *l_784 = &g_188[3][1];
            int32_t *l_785[10] = {&g_140,&l_741,&l_755[4][0][0],&l_755[4][0][0],&l_741,&g_140,&l_741,&l_755[4][0][0],&l_755[4][0][0],&l_741};
            int i, j, k;
            for (i = 0; i < 5; i++)
            {
                for (j = 0; j < 2; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_755[i][j][k] = 0xCF0F5C18L;
                }
            }
            (*g_92) = (l_755[1][1][0] < (p_23 == 0x4.Dp+1));
            for (p_23 = 0; (p_23 <= (-11)); --p_23)
            { /* block id: 371 */
                uint8_t l_760 = 0xB7L;
                p_22 = (((safe_mod_func_uint64_t_u_u((0x8DBE99F980C5D7CBLL > (l_760 >= ((!(((((p_23 == (g_200 || p_23)) <= 0L) , ((!((((l_764 = l_763) == (((safe_rshift_func_uint16_t_u_s((p_23 & l_755[2][1][1]), 15)) != (-6L)) , &g_95)) == l_755[1][1][0]) , p_23)) , 0xE6F1DD5CL)) , 0x6F43L) ^ 0x95B7L)) & 2L))), (**g_608))) , g_767) == &g_768);
            }
            (*l_754) |= p_23;
            l_786 = (safe_lshift_func_int16_t_s_s((**g_176), (9UL || ((((safe_mod_func_uint32_t_u_u((((g_135[3][2] ^= (((safe_unary_minus_func_uint32_t_u((safe_mul_func_int64_t_s_s(((g_778 = &g_135[1][4]) != l_779[1]), (((l_741 , ((248UL != ((*l_754) ^= ((*l_782) |= (safe_mod_func_uint64_t_u_u(g_99, p_23))))) >= (-4L))) || 1L) != p_23))))) , l_784) == (*l_56))) && (*l_754)) <= l_740[0]), p_23)) , 3UL) > p_23) == p_23))));
        }
        g_581[6] = func_34((((safe_div_func_uint8_t_u_u((0xA1L > ((*l_789) = (((*l_754) , (void*)0) != (void*)0))), (safe_sub_func_uint64_t_u_u((((*l_754) < ((p_23 <= ((((safe_add_func_uint64_t_u_u((*l_754), (!(((((((l_795[2][0] , (l_797[3] = g_796)) != l_798) ^ p_23) == 0xE5L) , (*g_778)) > (*l_754)) == g_200)))) || (*g_778)) || p_23) | 0x08B2DF1CEC0FFE72LL)) ^ p_23)) > l_743), l_746)))) < 18446744073709551615UL) , 0x19F54C33D59B69A5LL), (*g_609), l_70, l_763);
        for (g_142 = 1; (g_142 < 50); g_142 = safe_add_func_int32_t_s_s(g_142, 4))
        { /* block id: 387 */
            uint32_t *l_801[8] = {&l_795[7][2],&l_795[2][0],&l_795[7][2],&l_795[2][0],&l_795[7][2],&l_795[2][0],&l_795[7][2],&l_795[2][0]};
            int32_t l_802 = 0L;
            float ***l_827[7][7] = {{&l_56,&l_54,&l_56,&l_54,&l_56,(void*)0,(void*)0},{&l_56,&l_54,&l_56,&l_54,&l_56,(void*)0,(void*)0},{&l_56,&l_54,&l_56,&l_54,&l_56,(void*)0,(void*)0},{&l_56,&l_54,&l_56,&l_54,&l_56,(void*)0,(void*)0},{&l_56,&l_54,&l_56,&l_54,&l_56,(void*)0,(void*)0},{&l_56,&l_54,&l_56,&l_54,&l_56,(void*)0,(void*)0},{&l_56,&l_54,&l_56,&l_54,&l_56,(void*)0,(void*)0}};
            union U0 l_905 = {0x9B96L};
            int i, j;
            (*l_754) = ((g_67[2][0] && (--g_199)) , 0x3273B2DAL);
            for (l_746 = 0; (l_746 >= 14); ++l_746)
            { /* block id: 392 */
                int32_t *l_810 = &l_741;
                const float * const *l_861 = (void*)0;
                const float * const **l_860[5] = {&l_861,&l_861,&l_861,&l_861,&l_861};
                const float * const ***l_859 = &l_860[1];
                int32_t l_919 = 0x0D6C2DA7L;
                uint32_t l_925 = 0x1B587E8DL;
                int i;
                (*l_810) = ((*l_754) = (safe_add_func_uint16_t_u_u((0L ^ (p_23 == 0x0C0605DC5DAC9AC6LL)), (l_809 == (void*)0))));
                if (l_740[0])
                { /* block id: 395 */
                    int8_t l_828 = 8L;
                    int32_t l_851 = 5L;
                    int32_t l_852[6][6] = {{0xA309099EL,7L,2L,0L,2L,7L},{2L,0xA309099EL,0L,0xB055AF4AL,0xB055AF4AL,0L},{2L,2L,0xB055AF4AL,0L,0xB6C6497BL,0L},{0xA309099EL,2L,0xA309099EL,0L,0xB055AF4AL,0xB055AF4AL},{7L,0xA309099EL,0xA309099EL,7L,2L,0L},{0L,7L,0xB055AF4AL,7L,0L,0L}};
                    int i, j;
                    for (l_62 = 0; (l_62 <= 21); ++l_62)
                    { /* block id: 398 */
                        uint32_t l_818[1];
                        int16_t *l_853 = &l_739;
                        uint64_t *l_854 = &g_193;
                        int32_t **l_855 = (void*)0;
                        int32_t **l_856 = &g_285;
                        int i;
                        for (i = 0; i < 1; i++)
                            l_818[i] = 0xD22F8729L;
                        (*l_810) |= (((safe_add_func_int32_t_s_s((~p_23), 0L)) , p_23) , (safe_mod_func_uint32_t_u_u(g_67[0][0], l_818[0])));
                        g_581[6] = &g_2;
                        l_802 = (safe_lshift_func_uint8_t_u_u((safe_add_func_int64_t_s_s((((safe_sub_func_int8_t_s_s(p_23, (safe_add_func_uint32_t_u_u((l_828 = (((void*)0 != l_827[3][4]) , p_23)), (safe_mul_func_uint8_t_u_u(((*l_810) = (safe_rshift_func_uint8_t_u_u(0x22L, (safe_mod_func_uint64_t_u_u((l_852[4][3] = ((*l_854) &= (safe_rshift_func_uint8_t_u_u((((safe_mul_func_int16_t_s_s((-5L), (safe_add_func_int64_t_s_s((safe_lshift_func_int16_t_s_s(((+(((safe_div_func_uint8_t_u_u((safe_div_func_int64_t_s_s(((((+((*l_853) = (safe_rshift_func_uint16_t_u_u(((*l_810) ^ (p_23 || ((l_851 ^= ((*l_789) = ((*l_810) , l_743))) , l_818[0]))), l_852[4][3])))) >= l_802) & p_23) != l_802), p_23)), g_180)) , l_802) < p_23)) & 2L), (*g_177))), (*g_609))))) & 0xA1EE474BL) != 0xBBA4L), 4)))), (*l_810)))))), (-1L))))))) != (**g_608)) >= 6L), g_200)), p_23));
                        (*l_856) = ((*l_749) = &l_742);
                    }
                    (*l_749) = &g_300[0][0];
                    for (g_144 = 0; (g_144 <= 18); g_144 = safe_add_func_int32_t_s_s(g_144, 2))
                    { /* block id: 415 */
                        const float * const ****l_862[10] = {&l_859,&l_859,&l_859,&l_859,&l_859,&l_859,&l_859,&l_859,&l_859,&l_859};
                        int i;
                        l_863 = l_859;
                        (*l_810) = (0L > 0UL);
                        if (l_866)
                            break;
                    }
                }
                else
                { /* block id: 420 */
                    int32_t *l_869 = &l_802;
                    const int16_t *l_904 = &l_739;
                    const int16_t **l_903 = &l_904;
                    uint8_t l_917 = 0xA3L;
                    for (g_193 = 0; (g_193 > 60); g_193++)
                    { /* block id: 423 */
                        int32_t **l_870 = &l_810;
                        int32_t *l_887 = &l_70;
                        union U0 *l_889 = &g_620;
                        union U0 **l_888[1][1];
                        int i, j;
                        for (i = 0; i < 1; i++)
                        {
                            for (j = 0; j < 1; j++)
                                l_888[i][j] = &l_889;
                        }
                        (*l_870) = ((*l_749) = l_869);
                        (*l_887) |= ((safe_lshift_func_int16_t_s_u((safe_mod_func_int32_t_s_s(((safe_rshift_func_uint8_t_u_s(0UL, 4)) >= ((void*)0 == &l_54)), (+((**g_608) = (safe_div_func_uint8_t_u_u(9UL, (safe_rshift_func_uint8_t_u_s((safe_mod_func_uint64_t_u_u(((((*l_763) &= (+p_23)) | ((((p_23 | (((safe_unary_minus_func_int32_t_s(((0UL == (*l_754)) <= g_2))) , (**g_608)) ^ l_886)) , l_802) <= 0x6F1B46C63147EDC9LL) > 0x614F6A40E170DE54LL)) >= 0x593C817DL), 18446744073709551615UL)), 6)))))))), 2)) | p_23);
                        g_890[0][0][5] = (void*)0;
                    }
                    if ((safe_add_func_int8_t_s_s((((*l_789) |= p_23) ^ (0xEA9AL > (safe_add_func_int32_t_s_s((0xBFF2E0317336C2ABLL < ((safe_div_func_float_f_f(((safe_sub_func_uint64_t_u_u((--g_193), ((((g_902 = g_95) && ((l_903 == ((l_905 , (safe_div_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((((***l_752) |= ((((((safe_mul_func_uint16_t_u_u((0L > 0xF47825B1F392CC58LL), ((*g_778) = p_23))) || 2L) <= p_23) != p_23) > (*l_810)) && l_744[7])) & l_866), 255UL)), (*g_177)))) , (void*)0)) != (*l_810))) <= p_23) != (*l_754)))) , p_22), (*g_224))) , (**g_608))), p_23)))), p_23)))
                    { /* block id: 436 */
                        if ((*l_869))
                            break;
                        (*l_749) = &l_802;
                    }
                    else
                    { /* block id: 439 */
                        uint32_t *l_915 = &g_201[5][2];
                        int32_t l_916 = (-7L);
                        int32_t *l_918[9];
                        int8_t ***l_924[6][6][5];
                        int i, j, k;
                        for (i = 0; i < 9; i++)
                            l_918[i] = (void*)0;
                        for (i = 0; i < 6; i++)
                        {
                            for (j = 0; j < 6; j++)
                            {
                                for (k = 0; k < 5; k++)
                                    l_924[i][j][k] = &g_395;
                            }
                        }
                        l_919 |= (safe_add_func_int16_t_s_s(((l_917 &= (&g_177 != ((((((*l_915) = (((*l_763) = (*l_754)) | ((*l_789) |= (g_914 && p_23)))) , (*l_869)) || ((p_23 , ((**g_796) == (void*)0)) == l_916)) <= p_23) , (void*)0))) <= 0xC8299343L), p_23));
                        l_62 ^= ((l_920 == ((**g_768) = (****g_796))) , ((*l_810) & (p_23 == g_2)));
                        (*l_754) &= ((0xD9L || (p_23 && ((safe_sub_func_int32_t_s_s(((((void*)0 != l_923[0][0][0]) < ((**g_608) , 0L)) <= (p_23 > ((void*)0 != l_924[4][4][0]))), l_925)) || l_926))) != (*g_778));
                        if (p_23)
                            continue;
                    }
                }
                for (g_69 = 0; (g_69 != 42); g_69 = safe_add_func_int32_t_s_s(g_69, 7))
                { /* block id: 453 */
                    (*l_749) = &l_802;
                }
            }
            for (l_746 = 0; (l_746 <= 3); l_746 += 1)
            { /* block id: 459 */
                int i, j;
                return l_795[(l_746 + 2)][l_746];
            }
        }
    }
    (*l_53) = (((safe_sub_func_float_f_f(((~((((safe_add_func_uint16_t_u_u(0x7A3AL, ((safe_rshift_func_uint16_t_u_s((*g_778), 10)) != (+((!(((((*g_609) != (g_67[4][0] <= ((**g_769) , p_23))) > ((*l_943) &= (safe_add_func_int64_t_s_s(((p_23 , (l_942[2] , ((-3L) <= 6L))) < 1L), (**g_608))))) , 1L) < 0x95L)) , 0x3E577EB6L))))) >= 1UL) <= 0x850CA2A9L) | 4294967286UL)) , p_22), (-0x1.0p-1))) >= 0x1.Ep-1) == 0x0.AFEB34p+74);
    for (g_95 = 0; (g_95 < 28); g_95++)
    { /* block id: 468 */
        int32_t *l_946 = &g_132;
        uint64_t *l_952[1][5];
        int32_t l_955[7] = {(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)};
        int32_t ****l_981 = (void*)0;
        uint64_t l_984 = 0x8025112F93E5A6F5LL;
        int8_t ****l_1009 = &l_809;
        uint32_t l_1021 = 4294967287UL;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
                l_952[i][j] = &g_193;
        }
        g_581[6] = l_946;
        if ((l_955[1] |= (((0UL && (*l_946)) | ((g_142 = (((safe_div_func_uint32_t_u_u((l_949 == (safe_rshift_func_uint8_t_u_s((*l_946), 2))), p_23)) , &l_54) != (void*)0)) & ((safe_mul_func_int8_t_s_s(p_23, 0xD5L)) & 1UL))) || 0xF145C433L)))
        { /* block id: 472 */
            int32_t * const l_972[3][8] = {{(void*)0,(void*)0,&g_296,(void*)0,(void*)0,&g_296,(void*)0,(void*)0},{&g_296,(void*)0,&g_296,&g_296,(void*)0,&g_296,&g_296,(void*)0},{(void*)0,&g_296,&g_296,(void*)0,&g_296,&g_296,(void*)0,&g_296}};
            union U0 l_979 = {0x612BL};
            int16_t *l_983 = &l_980.f0;
            uint16_t *l_985 = (void*)0;
            int32_t l_986[3];
            const int8_t **l_1008 = &g_697;
            const int8_t ***l_1007[3][1];
            const int8_t ****l_1006 = &l_1007[0][0];
            uint8_t l_1012 = 0x7AL;
            int i, j;
            for (i = 0; i < 3; i++)
                l_986[i] = 0xABD27308L;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_1007[i][j] = &l_1008;
            }
            if (((safe_mod_func_int64_t_s_s((safe_lshift_func_uint16_t_u_u((l_986[1] = ((*g_778) = (safe_mod_func_uint16_t_u_u((((((+0x86L) >= ((*l_983) = ((*l_943) &= ((safe_unary_minus_func_uint64_t_u((((safe_rshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((((*l_66) |= (p_23 != (safe_rshift_func_uint8_t_u_s(0x2BL, 3)))) && (((((((*l_946) ^= ((((**g_768) = (****l_798)) != l_972[0][0]) != ((g_199++) == ((((**g_608) = 0x9CF51909DBDF7552LL) <= p_23) > ((((safe_mul_func_uint8_t_u_u((l_979 , ((l_980 , l_981) == l_981)), p_23)) <= p_23) , p_23) < 0x06L))))) != p_23) == 0UL) != p_23) <= p_23) <= 0x5778E037L)) >= 0L), l_982)), (*g_177))) <= g_180) ^ 0x3FC7L))) < (-1L))))) >= p_23) <= p_23) , 0xF7F3L), l_984)))), p_23)), p_23)) || p_23))
            { /* block id: 482 */
                union U0 l_1003 = {0x83DAL};
                int32_t l_1010 = 9L;
                for (l_62 = 0; (l_62 <= 2); l_62 += 1)
                { /* block id: 485 */
                    int32_t *l_987[6][10][4] = {{{&g_300[1][0],&l_741,&l_70,&g_132},{(void*)0,&l_986[1],&l_955[1],&l_986[0]},{&l_741,&l_986[1],(void*)0,&l_986[1]},{&l_955[1],(void*)0,&l_741,&l_955[1]},{&l_866,(void*)0,&l_866,(void*)0},{&l_70,&l_744[4],&g_300[1][0],&l_741},{&l_744[1],&l_986[1],&l_744[0],&l_744[4]},{(void*)0,&l_62,&l_744[0],&l_744[2]},{&l_744[1],&g_300[1][0],&g_300[1][0],&l_955[1]},{&l_70,&l_986[1],&l_866,&l_741}},{{&l_866,&l_741,&l_741,&l_744[0]},{&l_955[1],&l_70,(void*)0,&l_986[1]},{&l_741,&l_955[1],&l_955[1],&l_955[4]},{(void*)0,&l_741,&l_70,(void*)0},{&g_300[1][0],&g_300[1][0],&g_300[1][0],&g_300[0][0]},{&g_132,&l_744[0],&l_744[7],(void*)0},{&l_744[4],(void*)0,&l_744[1],&l_955[1]},{&g_300[1][0],&g_167,&g_140,&l_955[1]},{&l_986[1],(void*)0,&l_955[1],(void*)0},{&l_741,&l_744[0],&g_300[1][0],&g_300[0][0]}},{{(void*)0,&g_300[1][0],&l_741,&l_70},{&l_955[4],&l_741,&g_300[0][0],&l_62},{&l_744[2],&l_744[7],&g_132,&l_955[4]},{(void*)0,(void*)0,&l_986[1],&l_955[1]},{&l_955[1],&l_986[1],&l_62,&l_986[1]},{&l_62,&l_955[4],&l_986[1],(void*)0},{(void*)0,&g_300[0][0],&l_70,(void*)0},{&g_140,&l_741,&l_744[0],&l_955[1]},{&g_140,&l_70,&l_70,&l_744[1]},{(void*)0,&l_955[1],&l_986[1],&l_741}},{{&l_62,&l_70,&l_62,&l_744[2]},{&l_955[1],&l_744[3],&l_986[1],&l_70},{(void*)0,&l_986[1],&g_132,&l_62},{&l_744[2],&l_866,&g_300[0][0],(void*)0},{&l_955[4],&l_744[1],&l_741,&l_741},{(void*)0,(void*)0,&g_300[1][0],&l_744[0]},{&l_741,&l_986[1],&l_955[1],&l_744[0]},{&l_986[1],&l_744[4],&g_140,&l_955[1]},{&g_300[1][0],&l_744[4],&l_744[1],&l_744[0]},{&l_744[4],&l_986[1],&l_744[7],&l_744[0]}},{{&g_132,(void*)0,&g_300[1][0],&l_741},{&g_300[0][0],&l_744[1],(void*)0,(void*)0},{&g_300[1][0],&l_866,(void*)0,&l_62},{&l_741,&l_986[1],&g_132,&l_70},{&l_744[0],&l_744[3],&g_300[1][0],&l_744[2]},{&g_167,&l_70,&g_167,&l_741},{(void*)0,&l_955[1],(void*)0,&l_744[1]},{&l_986[1],&l_70,&l_955[1],&l_955[1]},{&l_744[3],&l_741,&l_955[1],(void*)0},{&l_986[1],&g_300[0][0],(void*)0,(void*)0}},{{(void*)0,&l_955[4],&g_167,&l_986[1]},{&g_167,&l_986[1],&g_300[1][0],&l_955[1]},{&l_744[0],(void*)0,&g_132,&l_955[4]},{&l_741,&l_744[7],(void*)0,&l_62},{&g_300[1][0],&l_741,(void*)0,&l_70},{&g_300[0][0],&g_300[1][0],&g_300[1][0],&g_300[0][0]},{&g_132,&l_744[0],&l_744[7],(void*)0},{&l_744[4],(void*)0,&l_744[1],&l_955[1]},{&g_300[1][0],&g_167,&g_140,&l_955[1]},{&l_986[1],(void*)0,&l_955[1],(void*)0}}};
                    int i, j, k;
                    if (p_23)
                        break;
                    for (g_144 = 2; (g_144 >= 0); g_144 -= 1)
                    { /* block id: 489 */
                        l_987[2][4][2] = l_987[2][4][2];
                        g_581[6] = &g_167;
                    }
                }
                for (l_746 = 18; (l_746 <= 11); l_746 = safe_sub_func_int8_t_s_s(l_746, 3))
                { /* block id: 496 */
                    union U0 l_990 = {0x088CL};
                    int32_t l_1011 = (-1L);
                    l_1011 = (p_23 != (((((*g_92) = (l_990 , ((((safe_add_func_float_f_f((safe_div_func_float_f_f((((((l_990.f0 > (((((((p_22 = (safe_div_func_float_f_f((safe_mul_func_float_f_f(0x0.Dp+1, (((*l_71) = 0x2.3p+1) < (((((safe_mul_func_int8_t_s_s(((safe_rshift_func_uint16_t_u_u(((l_1003 , g_167) , p_23), (safe_lshift_func_uint8_t_u_u((l_1010 = (l_1006 != l_1009)), 2)))) == p_23), p_23)) != (*g_778)) > p_23) , 0x4.4D546Bp-64) > l_986[0])))), p_23))) < l_1003.f0) <= l_986[1]) <= 0xB.77E2C1p-62) != 0xF.552E98p+26) != p_23) , p_23)) == p_23) == (-0x2.Bp-1)) , (void*)0) != &g_357[3][4]), p_23)), l_986[2])) != l_990.f0) != p_23) == 0xC.1C0FB6p-53))) <= l_986[0]) <= l_990.f0) < 0x9.F7CB27p+37));
                }
            }
            else
            { /* block id: 503 */
                l_1012--;
                return (**g_176);
            }
            (*l_946) ^= p_23;
            for (g_69 = 0; (g_69 <= 39); ++g_69)
            { /* block id: 510 */
                int32_t l_1017 = 0x278AFAC0L;
                int32_t l_1018 = (-1L);
                int32_t l_1019[7][9] = {{0x39DAC381L,0x359C8067L,0x359C8067L,0x39DAC381L,0xF47D156AL,1L,0x76D5AB3FL,0x229A5718L,0x953E2D69L},{0x5E2F3925L,0x359C8067L,0x659F79DCL,0x76D5AB3FL,0x953E2D69L,(-1L),(-1L),0x953E2D69L,0x76D5AB3FL},{0xF47D156AL,0xDA15ADDEL,0xF47D156AL,0x659F79DCL,(-1L),0x229A5718L,3L,(-9L),0x76D5AB3FL},{3L,0xF47D156AL,0x953E2D69L,(-5L),0x307DD75AL,(-9L),0x307DD75AL,(-5L),0x953E2D69L},{0x76D5AB3FL,0x76D5AB3FL,0xDA15ADDEL,0x659F79DCL,3L,0xF47D156AL,0x953E2D69L,(-5L),0x307DD75AL},{0x229A5718L,3L,(-9L),0x76D5AB3FL,1L,1L,0x76D5AB3FL,(-9L),3L},{1L,0x39DAC381L,0xDA15ADDEL,0x5E2F3925L,0x359C8067L,0x659F79DCL,0x76D5AB3FL,0x953E2D69L,(-1L)}};
                int i, j;
                l_1021--;
            }
        }
        else
        { /* block id: 513 */
            (*l_946) = (p_23 && p_23);
        }
    }
    return (*g_177);
}


/* ------------------------------------------ */
/* 
 * reads : g_295 g_192 g_182 g_69 g_142 g_176 g_177 g_16.f0 g_16 g_67 g_144 g_92 g_93 g_300 g_140 g_167 g_25 g_95 g_132 g_108 g_193 g_201 g_99 g_135 g_224 g_296 g_199 g_27 g_395 g_24 g_285 g_357 g_200 g_180 g_608 g_609 g_297 g_190 g_2
 * writes: g_69 g_67 g_199 g_135 g_300 g_140 g_132 g_167 g_25 g_95 g_93 g_193 g_201 g_99 g_192 g_180 g_285 g_24 g_357 g_142 g_394 g_296 g_144 g_27 g_581 g_297 g_674 g_693 g_182
 */
static int64_t  func_29(const int8_t * p_30, float * p_31, int8_t * p_32)
{ /* block id: 238 */
    int8_t ***l_502 = (void*)0;
    uint64_t *l_503 = &g_142;
    uint8_t l_504 = 1UL;
    int32_t l_505 = 1L;
    int32_t l_506 = 0L;
    int8_t *l_543 = &g_25;
    int32_t **l_551 = &g_285;
    const float l_576 = 0x0.Fp+1;
    const union U0 *l_619[9][6] = {{&g_620,&g_620,&g_620,&g_620,&g_620,&g_620},{&g_620,&g_620,&g_620,&g_620,&g_620,&g_620},{&g_620,&g_620,&g_620,&g_620,&g_620,&g_620},{&g_620,&g_620,&g_620,&g_620,&g_620,&g_620},{&g_620,&g_620,&g_620,&g_620,&g_620,&g_620},{&g_620,&g_620,&g_620,&g_620,&g_620,&g_620},{&g_620,&g_620,&g_620,&g_620,&g_620,&g_620},{&g_620,&g_620,&g_620,&g_620,&g_620,&g_620},{&g_620,&g_620,&g_620,&g_620,&g_620,&g_620}};
    uint16_t l_646 = 1UL;
    int32_t *l_656 = &g_296;
    int32_t **l_655 = &l_656;
    int8_t * const ****l_659 = (void*)0;
    int8_t *** const *l_663 = &l_502;
    int8_t *** const **l_662[9][2][1] = {{{&l_663},{&l_663}},{{&l_663},{&l_663}},{{&l_663},{&l_663}},{{&l_663},{&l_663}},{{&l_663},{&l_663}},{{&l_663},{&l_663}},{{&l_663},{&l_663}},{{&l_663},{&l_663}},{{&l_663},{&l_663}}};
    uint16_t l_683[9];
    int32_t l_712 = 0x474B6817L;
    int32_t l_713 = 1L;
    int32_t l_714 = 0x71E8D138L;
    int32_t l_715 = (-5L);
    int32_t l_720[3];
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_683[i] = 65535UL;
    for (i = 0; i < 3; i++)
        l_720[i] = 0xC7F00A9CL;
    if (((g_295 ^ (l_506 = (safe_mod_func_int32_t_s_s(((safe_rshift_func_uint8_t_u_u((safe_sub_func_int16_t_s_s((l_505 ^= (safe_rshift_func_uint8_t_u_u(((void*)0 != p_31), ((safe_mod_func_int32_t_s_s(0x61C3B312L, (safe_mul_func_uint16_t_u_u(((((safe_add_func_int16_t_s_s((g_192 || ((void*)0 == l_502)), 0x75C0L)) | (&g_142 != l_503)) , (void*)0) != (void*)0), 0xBE1EL)))) >= l_504)))), g_182)), 5)) , l_505), l_504)))) ^ 0UL))
    { /* block id: 241 */
        int64_t *l_509 = &g_67[3][0];
        int32_t l_514 = 0xE9D8DC52L;
        int32_t *l_527 = &g_295;
        int32_t **l_526 = &l_527;
        int32_t ***l_525[8];
        int8_t * const *l_535 = &g_24[0][0];
        int8_t * const **l_534 = &l_535;
        int64_t l_538[2][1][7] = {{{(-3L),(-3L),0x731D47110B1D1FD6LL,4L,0x731D47110B1D1FD6LL,(-3L),(-3L)}},{{(-3L),0x731D47110B1D1FD6LL,4L,0x731D47110B1D1FD6LL,(-3L),(-3L),0x731D47110B1D1FD6LL}}};
        uint16_t l_539 = 0UL;
        float l_541 = 0x5.7p-1;
        int32_t **l_553 = &g_285;
        uint32_t l_647 = 0xF2204D6BL;
        int32_t *l_651[5];
        uint8_t l_671[4];
        int8_t **l_675[5];
        int8_t *****l_698 = (void*)0;
        uint32_t l_721 = 18446744073709551613UL;
        int i, j, k;
        for (i = 0; i < 8; i++)
            l_525[i] = &l_526;
        for (i = 0; i < 5; i++)
            l_651[i] = &g_132;
        for (i = 0; i < 4; i++)
            l_671[i] = 253UL;
        for (i = 0; i < 5; i++)
            l_675[i] = &g_24[0][0];
        for (g_69 = 0; (g_69 >= 46); g_69 = safe_add_func_int16_t_s_s(g_69, 6))
        { /* block id: 244 */
            return g_142;
        }
        if ((((((*l_509) = 0x9C1AE3B336C8BFF0LL) == l_506) >= (**g_176)) < l_506))
        { /* block id: 248 */
            int8_t l_530 = 1L;
            int8_t ***l_532 = (void*)0;
            int8_t ****l_533 = &l_502;
            uint32_t *l_536 = &g_199;
            uint16_t *l_537 = &g_135[1][2];
            uint8_t l_540 = 254UL;
            int32_t *l_542[10][5][5] = {{{&g_2,(void*)0,&g_2,&g_140,&g_300[0][0]},{&l_514,&l_514,&l_514,&g_300[1][0],&g_140},{&l_506,&g_300[1][0],(void*)0,&l_514,&l_506},{&l_506,&l_506,&l_514,&g_140,(void*)0},{&l_514,&l_505,&g_2,&l_514,(void*)0}},{{&g_300[1][0],&g_300[1][0],&l_514,(void*)0,&l_514},{&l_506,&l_506,&g_300[1][0],&l_514,(void*)0},{&g_2,(void*)0,&l_505,&l_505,&l_514},{&g_300[1][0],&g_300[1][0],&g_167,&g_300[1][0],&l_514},{&g_2,&g_300[1][0],&l_506,&g_140,&l_505}},{{(void*)0,&l_506,&g_132,&g_2,&g_300[1][0]},{&g_2,&g_167,&l_514,&l_505,&g_132},{(void*)0,&g_140,&g_140,&g_140,&g_140},{&g_132,(void*)0,&g_300[0][0],(void*)0,&g_132},{&g_132,&g_132,&l_514,&l_514,(void*)0}},{{(void*)0,&g_2,(void*)0,&l_505,&g_2},{&g_132,&l_505,&l_506,&g_300[1][0],&l_505},{&g_132,&l_505,&l_505,&g_2,&g_132},{(void*)0,&g_132,&g_167,&l_505,&l_505},{&g_2,&l_514,&g_140,&g_2,&l_505}},{{(void*)0,&g_167,(void*)0,(void*)0,(void*)0},{&g_167,&g_132,&g_300[2][0],&g_140,(void*)0},{&g_140,&l_505,&g_167,&g_132,&l_505},{&g_132,&g_132,&g_140,&g_140,&l_505},{(void*)0,(void*)0,(void*)0,&l_505,&g_132}},{{&l_505,(void*)0,(void*)0,&l_505,&l_505},{&g_132,&g_300[1][0],(void*)0,&g_2,&g_2},{(void*)0,&g_132,&g_300[0][0],&g_132,(void*)0},{&g_167,&l_506,&g_300[2][0],&g_2,&g_132},{&g_2,&g_2,&l_505,&l_505,&g_140}},{{&g_167,&g_132,&l_505,&l_505,&g_132},{&g_132,&l_506,&g_167,&g_140,&g_300[1][0]},{&l_505,&g_140,&l_514,&g_132,&l_505},{(void*)0,&g_2,&g_167,&g_140,&g_2},{&l_505,(void*)0,&g_167,(void*)0,&g_132}},{{&g_140,&l_505,&l_514,&g_2,&l_506},{(void*)0,&l_505,&g_167,&l_505,&g_300[1][0]},{&g_167,&l_505,&l_505,&g_2,&l_505},{(void*)0,(void*)0,&l_505,&g_300[1][0],&l_514},{(void*)0,&g_140,&g_300[2][0],&l_505,&g_132}},{{&g_132,&l_514,&g_300[0][0],&l_514,&l_505},{&l_505,&g_140,(void*)0,(void*)0,(void*)0},{&g_167,(void*)0,(void*)0,&g_140,&l_506},{&g_300[1][0],&l_505,(void*)0,&l_505,&l_505},{&g_140,&l_505,&g_140,&g_2,(void*)0}},{{(void*)0,&l_505,&g_167,&l_505,&l_514},{&g_2,(void*)0,&g_300[2][0],&g_2,&l_505},{&g_2,&g_2,(void*)0,&g_300[1][0],&g_140},{&l_514,&l_505,(void*)0,&l_506,&l_505},{&l_505,&g_300[1][0],(void*)0,&g_132,&l_506}}};
            int32_t **l_544 = (void*)0;
            int32_t **l_545 = &l_542[9][1][3];
            int i, j, k;
            (*l_545) = func_34((g_16 , (((safe_div_func_uint16_t_u_u((safe_sub_func_int32_t_s_s((l_514 || ((safe_lshift_func_int8_t_s_s(((safe_div_func_int32_t_s_s((g_140 = (g_300[1][0] ^= (safe_div_func_int64_t_s_s((l_514 || ((safe_sub_func_float_f_f((((safe_div_func_float_f_f((((((l_525[2] != &l_526) | (safe_mod_func_int32_t_s_s(g_67[2][0], l_530))) > ((((safe_unary_minus_func_int32_t_s((((*l_537) = (((*l_536) = (((*l_533) = l_532) == l_534)) && g_144)) ^ l_538[1][0][3]))) & l_530) <= l_505) <= l_506)) <= l_539) , 0x0.6p+1), l_540)) > l_541) != (*g_92)), 0x5.25F30Dp+62)) , 0x0CL)), 0x16999D877BF354BFLL)))), 0xC0A804C3L)) != (**g_176)), 1)) , l_539)), 0xDB024C4AL)), 0xC7BEL)) & 0x9FE0B815L) | l_538[1][0][5])), l_505, l_538[1][0][3], l_543);
        }
        else
        { /* block id: 255 */
            union U0 **l_550 = (void*)0;
            int32_t ***l_552[8][7][2] = {{{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551}},{{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551}},{{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551}},{{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551}},{{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551}},{{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551}},{{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551}},{{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551},{&l_551,&l_551}}};
            int32_t ** const l_554[3] = {&g_285,&g_285,&g_285};
            uint16_t *l_555[4] = {&g_135[1][4],&g_135[1][4],&g_135[1][4],&g_135[1][4]};
            int64_t l_595 = 0x9C3C59B5FCBE46A5LL;
            int32_t ****l_644 = &l_525[2];
            int32_t ***** const l_643[6][6][2] = {{{(void*)0,&l_644},{&l_644,&l_644},{&l_644,&l_644},{&l_644,(void*)0},{&l_644,(void*)0},{&l_644,&l_644}},{{&l_644,&l_644},{&l_644,&l_644},{(void*)0,&l_644},{(void*)0,&l_644},{&l_644,&l_644},{(void*)0,&l_644}},{{&l_644,&l_644},{(void*)0,&l_644},{&l_644,(void*)0},{&l_644,&l_644},{&l_644,(void*)0},{&l_644,&l_644}},{{(void*)0,&l_644},{&l_644,&l_644},{(void*)0,&l_644},{&l_644,&l_644},{(void*)0,&l_644},{(void*)0,&l_644}},{{&l_644,&l_644},{&l_644,&l_644},{&l_644,(void*)0},{&l_644,(void*)0},{&l_644,&l_644},{&l_644,&l_644}},{{&l_644,(void*)0},{&l_644,&l_644},{(void*)0,&l_644},{&l_644,&l_644},{&l_644,&l_644},{&l_644,(void*)0}}};
            int i, j, k;
            if ((l_538[0][0][4] < (((safe_mod_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_u(((l_550 == (void*)0) | (g_135[1][4] = (0x4847A6DD702B05BALL == (((l_553 = l_551) == l_554[2]) , 0L)))), 4)), (safe_div_func_uint16_t_u_u((((((safe_mod_func_uint16_t_u_u(((*p_30) & ((safe_lshift_func_uint16_t_u_u(0xA622L, g_99)) == l_538[1][0][3])), 0x4BF6L)) <= 65535UL) == 0UL) > l_538[0][0][3]) != (*p_30)), 1UL)))) && 0xB32BC42BA4956DCCLL) | l_506)))
            { /* block id: 258 */
                uint64_t l_562 = 3UL;
                int32_t l_563 = 0xA022EDB7L;
                int8_t ****l_573 = &l_502;
                if (g_296)
                { /* block id: 259 */
                    int8_t l_568 = 1L;
                    int64_t **l_571 = (void*)0;
                    int64_t **l_572 = &l_509;
                    int16_t *l_574 = (void*)0;
                    int16_t *l_575 = (void*)0;
                    l_563 |= l_562;
                    (*g_92) = (safe_mul_func_float_f_f((((*g_92) == (safe_add_func_float_f_f(0x4.9F178Dp+24, (l_563 == ((((l_568 , (((g_200 <= ((safe_div_func_uint16_t_u_u((((*l_572) = &l_538[1][0][3]) != (void*)0), (g_99 = (((void*)0 != l_573) , 2L)))) | l_562)) > 0xE8L) && 0x36B5CDEC1C79E02BLL)) , l_568) == l_568) > l_562))))) >= (*g_92)), l_576));
                }
                else
                { /* block id: 264 */
                    const int64_t l_588 = 0xD7637503B107618CLL;
                    int32_t l_607 = 0L;
                    int32_t l_614[3][5] = {{5L,0x7FE77242L,5L,5L,0x7FE77242L},{0x7FE77242L,5L,5L,0x7FE77242L,5L},{0x7FE77242L,0x7FE77242L,0x962B0502L,0x7FE77242L,0x7FE77242L}};
                    int i, j;
                    g_167 &= ((g_16 , (safe_sub_func_uint32_t_u_u((9UL == (((*l_551) = p_31) == (g_581[6] = &g_300[1][0]))), ((safe_div_func_uint16_t_u_u((l_563 = l_563), (g_140 & g_67[4][0]))) , (-8L))))) != (safe_lshift_func_uint16_t_u_s((((*p_32) = ((*l_543) = (safe_mod_func_int64_t_s_s(g_180, l_538[0][0][2])))) && 0L), 6)));
                    for (g_25 = 0; (g_25 >= 0); g_25 -= 1)
                    { /* block id: 273 */
                        int32_t ** const *l_592 = &l_526;
                        int32_t ** const **l_591 = &l_592;
                        int32_t ** const ***l_593 = &l_591;
                        int8_t *****l_594 = &l_573;
                        int32_t l_617 = 0x82735DC1L;
                        const union U0 *l_618 = &g_16;
                        l_595 |= ((l_588 < l_588) || (safe_mul_func_uint8_t_u_u((((*l_593) = l_591) == (void*)0), (g_182 != (g_300[1][0] >= (g_142 = (((*l_594) = l_573) == &l_502)))))));
                        if (l_504)
                            goto lbl_652;
                        l_617 = (safe_mul_func_int8_t_s_s(l_563, (((*p_32) |= ((safe_mod_func_int8_t_s_s(((((((safe_add_func_float_f_f((*g_224), (+(safe_sub_func_float_f_f((((((((safe_add_func_float_f_f((l_607 , ((g_608 == &l_509) < ((*g_92) = (safe_div_func_float_f_f((safe_div_func_float_f_f(l_614[0][4], (safe_add_func_float_f_f((*g_92), ((*g_92) , l_563))))), l_614[1][0]))))), l_562)) == l_563) != (*g_224)) >= l_617) > (*g_224)) <= (*g_224)) >= (-0x1.1p-1)), l_607))))) >= (*g_224)) > l_588) > 0xE.1D6548p-10) , (void*)0) != (void*)0), 0x2DL)) | (**g_608))) , 0x8FL)));
                        l_619[6][2] = l_618;
                    }
                }
            }
            else
            { /* block id: 284 */
                return (**g_608);
            }
            for (l_514 = 0; (l_514 > (-26)); --l_514)
            { /* block id: 289 */
                int16_t l_632[7];
                int32_t l_633 = 0xEE3A2FFEL;
                int i;
                for (i = 0; i < 7; i++)
                    l_632[i] = 0x6E25L;
                for (l_504 = 2; (l_504 < 28); l_504++)
                { /* block id: 292 */
                    uint16_t l_638 = 65534UL;
                    uint32_t l_645 = 1UL;
                    int32_t l_648 = (-1L);
                    l_648 = ((~(((safe_lshift_func_int8_t_s_s((g_190 , 7L), 0)) == ((safe_mul_func_uint16_t_u_u(((void*)0 != &p_32), (safe_mul_func_int16_t_s_s((((l_633 = ((*l_543) = l_632[0])) , (safe_rshift_func_uint8_t_u_u(0xB9L, (safe_mod_func_uint16_t_u_u(0UL, (l_638++)))))) <= ((((*g_92) = (safe_sub_func_float_f_f(l_632[0], l_538[1][0][3]))) , l_643[3][5][1]) == (void*)0)), (**g_176))))) ^ l_645)) | l_646)) , l_647);
                    for (l_645 = 0; (l_645 != 40); l_645 = safe_add_func_uint64_t_u_u(l_645, 4))
                    { /* block id: 300 */
                        l_633 |= 0x98E8843EL;
                        l_633 = 0xE7A249B3L;
                        return l_633;
                    }
                }
            }
        }
lbl_652:
        l_506 = 0xFC7EE2F9L;
        for (g_95 = 0; (g_95 >= 47); ++g_95)
        { /* block id: 312 */
            int8_t * const ***l_661[6][9][3] = {{{&l_534,&l_534,&l_534},{&l_534,&l_534,(void*)0},{&l_534,&l_534,(void*)0},{&l_534,&l_534,(void*)0},{&l_534,&l_534,&l_534},{&l_534,&l_534,(void*)0},{&l_534,&l_534,&l_534},{&l_534,&l_534,&l_534},{&l_534,(void*)0,&l_534}},{{(void*)0,&l_534,&l_534},{&l_534,&l_534,&l_534},{&l_534,&l_534,(void*)0},{(void*)0,&l_534,&l_534},{&l_534,&l_534,&l_534},{&l_534,&l_534,&l_534},{(void*)0,&l_534,&l_534},{&l_534,&l_534,&l_534},{&l_534,(void*)0,&l_534}},{{(void*)0,(void*)0,&l_534},{&l_534,&l_534,&l_534},{&l_534,&l_534,&l_534},{&l_534,(void*)0,(void*)0},{&l_534,(void*)0,&l_534},{&l_534,&l_534,(void*)0},{&l_534,&l_534,&l_534},{&l_534,&l_534,&l_534},{&l_534,&l_534,(void*)0}},{{&l_534,&l_534,&l_534},{&l_534,(void*)0,&l_534},{&l_534,(void*)0,(void*)0},{&l_534,(void*)0,&l_534},{&l_534,&l_534,(void*)0},{&l_534,&l_534,&l_534},{&l_534,&l_534,&l_534},{&l_534,&l_534,&l_534},{&l_534,(void*)0,&l_534}},{{&l_534,&l_534,&l_534},{&l_534,&l_534,&l_534},{(void*)0,&l_534,&l_534},{&l_534,(void*)0,&l_534},{&l_534,(void*)0,&l_534},{(void*)0,&l_534,(void*)0},{&l_534,&l_534,&l_534},{&l_534,&l_534,&l_534},{&l_534,(void*)0,&l_534}},{{&l_534,&l_534,&l_534},{(void*)0,&l_534,&l_534},{&l_534,&l_534,(void*)0},{&l_534,&l_534,&l_534},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{&l_534,(void*)0,(void*)0},{&l_534,&l_534,&l_534},{&l_534,&l_534,&l_534}}};
            int8_t * const ****l_660 = &l_661[2][4][1];
            int8_t *** const **l_664 = (void*)0;
            const int32_t *l_666[4][2] = {{&g_296,&g_180},{&g_180,&g_200},{&g_296,&g_296},{&g_200,&g_296}};
            const int32_t **l_665[2][5] = {{&l_666[0][1],&l_666[0][1],&l_666[0][1],&l_666[3][0],&l_666[0][1]},{&l_666[0][1],&l_666[0][1],&l_666[0][1],&l_666[3][0],&l_666[0][1]}};
            const int32_t ***l_667 = &l_665[1][0];
            union U0 l_670 = {-1L};
            int32_t l_672 = 6L;
            int32_t l_684[6];
            int8_t l_724[10][9][2] = {{{(-1L),0xB0L},{0L,(-1L)},{0x4BL,0x4BL},{(-1L),0x76L},{0x63L,0x15L},{1L,0x8CL},{(-1L),1L},{0x94L,0L},{0x94L,1L}},{{(-1L),0x8CL},{1L,0x15L},{0x63L,0x76L},{(-1L),0x4BL},{0x4BL,(-1L)},{0L,0xB0L},{(-1L),0x4BL},{0L,1L},{0x63L,(-5L)}},{{0x8DL,0x8CL},{0xB0L,0x8DL},{0x94L,(-1L)},{0x58L,1L},{0xB0L,1L},{1L,(-5L)},{3L,0x76L},{0L,(-1L)},{0x4BL,0xB0L}},{{(-1L),0xB0L},{0x4BL,(-1L)},{0L,0x76L},{3L,(-5L)},{1L,1L},{0xB0L,1L},{0x58L,(-1L)},{0x94L,0x8DL},{0xB0L,0x8CL}},{{0x8DL,(-5L)},{0x63L,1L},{0L,0x4BL},{(-1L),0xB0L},{0L,(-1L)},{0x4BL,0x4BL},{(-1L),0x76L},{0x63L,0x15L},{1L,0x8CL}},{{(-1L),1L},{0x94L,0L},{0x94L,1L},{(-1L),0x8CL},{1L,0x15L},{0x63L,0x76L},{(-1L),0x4BL},{0x4BL,(-1L)},{0L,0xB0L}},{{(-1L),0x4BL},{0L,1L},{0x63L,(-5L)},{0x8DL,0x8CL},{0xB0L,0x8DL},{0x94L,(-1L)},{0x58L,1L},{0xB0L,1L},{1L,(-5L)}},{{3L,0x76L},{0L,(-1L)},{0x4BL,0xB0L},{(-1L),0xB0L},{0x4BL,(-1L)},{0L,0x76L},{3L,(-5L)},{1L,1L},{0xB0L,1L}},{{0x58L,(-1L)},{0x94L,0x8DL},{0xB0L,0x8CL},{0x8DL,(-5L)},{0x63L,1L},{0L,0x4BL},{(-1L),0xB0L},{0L,(-1L)},{0x4BL,0x4BL}},{{(-1L),0x76L},{0x63L,0x15L},{1L,0x8CL},{(-1L),1L},{0x94L,0L},{0x94L,1L},{(-1L),8L},{(-1L),0x0AL},{0x58L,1L}}};
            uint16_t l_725 = 65526UL;
            int i, j, k;
            for (i = 0; i < 6; i++)
                l_684[i] = 0L;
            if ((l_672 = (((void*)0 == l_655) == (((((((safe_rshift_func_uint16_t_u_s(g_2, 15)) && ((l_660 = l_659) != (l_664 = l_662[1][1][0]))) < g_297) && (((&l_656 != ((*l_667) = l_665[1][2])) && (safe_div_func_uint8_t_u_u(((((l_670 , 0xEFAFC24DL) , g_132) , l_670.f0) >= (*p_32)), (*p_32)))) , g_69)) | l_671[2]) | 0x75L) < (-1L)))))
            { /* block id: 317 */
                uint8_t l_673 = 0xFEL;
                if (l_673)
                    break;
            }
            else
            { /* block id: 319 */
                uint8_t *l_676[3][9][1] = {{{&l_504},{&l_671[3]},{&g_95},{&l_671[1]},{&l_671[1]},{&l_671[1]},{&g_95},{&l_671[3]},{&l_504}},{{&g_357[0][8]},{&g_357[4][5]},{&g_357[4][5]},{&g_357[0][8]},{&l_504},{&l_671[3]},{&g_95},{&l_671[1]},{&l_671[1]}},{{&l_671[1]},{&g_95},{&l_671[3]},{&l_504},{&g_357[0][8]},{&g_357[4][5]},{&g_357[4][5]},{&g_357[0][8]},{&l_504}}};
                int32_t l_677[4][8][1] = {{{0xD0584D73L},{0L},{1L},{8L},{1L},{0L},{0xD0584D73L},{0L}},{{1L},{8L},{1L},{0L},{0xD0584D73L},{0L},{1L},{8L}},{{1L},{0L},{0xD0584D73L},{0L},{1L},{8L},{1L},{0L}},{{0xD0584D73L},{0L},{1L},{8L},{1L},{0L},{0xD0584D73L},{0L}}};
                int32_t l_682 = 0xA1CB68E9L;
                int32_t ***l_705 = &l_551;
                int32_t l_718[6][4][9] = {{{(-2L),1L,1L,0xCF3E6491L,0xD922E9AFL,0xF51E01A2L,0x362F67A0L,0x362F67A0L,0xF51E01A2L},{0L,0xD2A682F5L,0x537E71E3L,0xD2A682F5L,0L,0L,0x537E71E3L,0L,0L},{1L,1L,0xCF3E6491L,0xD922E9AFL,0xF51E01A2L,0x362F67A0L,0x362F67A0L,0xF51E01A2L,0xD922E9AFL},{3L,0L,3L,0L,0x833B02B9L,0L,0x833B02B9L,0L,3L}},{{0xD922E9AFL,1L,0x06C66480L,1L,0xF51E01A2L,0xF51E01A2L,1L,0x06C66480L,1L},{0L,0x2B08DC37L,0xFAB244EBL,0L,0L,0L,0xFAB244EBL,0x2B08DC37L,0L},{0xF51E01A2L,0xCF3E6491L,0x06C66480L,0xD922E9AFL,0xD922E9AFL,0x06C66480L,0xCF3E6491L,0xF51E01A2L,(-2L)},{0x833B02B9L,0x2B08DC37L,3L,0xD2A682F5L,3L,0x2B08DC37L,0x833B02B9L,0xD2A682F5L,0x833B02B9L}},{{0xF51E01A2L,1L,0xCF3E6491L,0xCF3E6491L,1L,0xF51E01A2L,0x06C66480L,0x362F67A0L,(-2L)},{0L,0L,0x537E71E3L,0L,0L,0xD2A682F5L,0x537E71E3L,0xD2A682F5L,0L},{0xD922E9AFL,1L,1L,0xD922E9AFL,(-2L),0x362F67A0L,0x06C66480L,0xF51E01A2L,1L},{3L,0xD2A682F5L,3L,0x2B08DC37L,0x833B02B9L,0xD2A682F5L,0x833B02B9L,0x2B08DC37L,3L}},{{1L,1L,0x362F67A0L,1L,(-2L),0xF51E01A2L,0xCF3E6491L,0x06C66480L,0xD922E9AFL},{0L,0L,0xFAB244EBL,0x2B08DC37L,0L,0x2B08DC37L,0xFAB244EBL,0L,0L},{(-2L),0xCF3E6491L,0x362F67A0L,0xD922E9AFL,1L,0x06C66480L,1L,0xF51E01A2L,0xF51E01A2L},{0x833B02B9L,0L,3L,0L,3L,0L,0x833B02B9L,0L,0x833B02B9L}},{{(-2L),1L,1L,0xCF3E6491L,0xD922E9AFL,0xF51E01A2L,0x362F67A0L,0x362F67A0L,0xF51E01A2L},{0L,0xD2A682F5L,0x537E71E3L,0xD2A682F5L,0L,0L,0x537E71E3L,0L,0L},{1L,1L,0xCF3E6491L,0xD922E9AFL,0xF51E01A2L,0x362F67A0L,0x362F67A0L,0xF51E01A2L,0xD922E9AFL},{3L,0L,3L,0L,0x833B02B9L,0L,0x833B02B9L,0L,3L}},{{0xD922E9AFL,1L,0x06C66480L,1L,0xF51E01A2L,0xF51E01A2L,1L,0x06C66480L,1L},{0L,0x2B08DC37L,0xFAB244EBL,0L,0L,0L,0xFAB244EBL,0x2B08DC37L,0L},{0xF51E01A2L,0xCF3E6491L,0x06C66480L,0xD922E9AFL,0xD922E9AFL,0x06C66480L,0xCF3E6491L,0xF51E01A2L,(-2L)},{0x833B02B9L,0x2B08DC37L,3L,0xD2A682F5L,3L,0x2B08DC37L,0x833B02B9L,0xD2A682F5L,0x833B02B9L}}};
                int i, j, k;
                l_684[1] ^= ((g_674 = p_32) == ((l_675[4] != (((l_672 = ((l_677[0][7][0] = l_646) & (safe_lshift_func_uint8_t_u_u((safe_div_func_int64_t_s_s(((0L == (((((*l_503) = (l_670.f0 ^ (((((l_670 , ((*g_177) , (void*)0)) == (void*)0) , &g_24[0][0]) == (void*)0) > l_682))) <= 0x821A35EB76F88AE0LL) < 0x0D9EE0F6D924F217LL) & l_683[8])) , 0x1C875D53896C5A02LL), l_670.f0)), 7)))) != l_670.f0) , &p_32)) , l_676[0][8][0]));
                (*g_224) = (((*g_609) |= (((safe_mod_func_uint16_t_u_u(l_677[1][2][0], (safe_lshift_func_uint8_t_u_s(((((safe_sub_func_float_f_f((l_670.f0 , (((g_180 , l_682) != (((*g_92) = ((l_677[1][4][0] , 65528UL) , 0x4.1p-1)) < (((safe_rshift_func_int8_t_s_u(((g_693[1] = (void*)0) != l_698), 4)) , (*g_224)) , l_677[2][6][0]))) <= 0x6.Ap+1)), 0x8.75F45Ap-55)) , l_670.f0) == l_677[3][0][0]) < 0UL), 3)))) , g_300[2][0]) , (-1L))) , (*g_224));
                (*g_92) = (*g_224);
                for (g_69 = 9; (g_69 != 15); g_69 = safe_add_func_int64_t_s_s(g_69, 1))
                { /* block id: 332 */
                    int8_t ***l_708 = &l_675[4];
                    int32_t l_710 = (-4L);
                    int32_t l_711 = 0x70E08576L;
                    int32_t l_716 = 0xC59BE5BDL;
                    int32_t l_717 = 1L;
                    int32_t l_719 = 0xBE343133L;
                    (*l_551) = (*l_553);
                    for (g_99 = (-19); (g_99 > (-30)); g_99--)
                    { /* block id: 336 */
                        int32_t ***l_704 = &l_551;
                        int32_t ****l_703 = &l_704;
                        int8_t ****l_706 = (void*)0;
                        int8_t ****l_707 = &l_502;
                        int32_t l_709[9] = {0xECE439F3L,0x1A781E5DL,0x1A781E5DL,0xECE439F3L,0x1A781E5DL,0x1A781E5DL,0xECE439F3L,0x1A781E5DL,0x1A781E5DL};
                        int i;
                        l_705 = ((*l_703) = &l_553);
                        l_684[0] = 0xB4F5FC82L;
                        l_709[6] ^= (((*l_707) = (void*)0) == l_708);
                    }
                    l_721++;
                }
            }
            ++l_725;
        }
    }
    else
    { /* block id: 348 */
        uint32_t l_728 = 1UL;
        return l_728;
    }
    return (*g_609);
}


/* ------------------------------------------ */
/* 
 * reads : g_132 g_144 g_140 g_167 g_25 g_95 g_67 g_92 g_108 g_176 g_193 g_201 g_16 g_69 g_99 g_135 g_177 g_16.f0 g_224 g_296 g_199 g_142 g_192 g_27 g_395 g_24 g_285 g_93 g_300 g_295 g_357 g_182
 * writes: g_132 g_67 g_167 g_25 g_95 g_93 g_193 g_199 g_201 g_99 g_135 g_192 g_180 g_285 g_24 g_69 g_357 g_142 g_394 g_140 g_296 g_144 g_27
 */
static float * func_34(int64_t  p_35, int64_t  p_36, uint8_t  p_37, int8_t * p_38)
{ /* block id: 58 */
    int16_t *l_159 = &g_99;
    const int32_t l_168[10][10] = {{2L,(-1L),1L,(-6L),0xF7ECBFEFL,0x528BDE80L,1L,0x78386D6AL,1L,0x528BDE80L},{0x1F203FFEL,0xEA7A9052L,4L,0xEA7A9052L,0x1F203FFEL,(-1L),0x78386D6AL,0xF7ECBFEFL,4L,0L},{4L,0x7EC75322L,0x78386D6AL,(-5L),(-4L),0xB36AC27EL,0xCAFA75C3L,(-1L),1L,0L},{0x885B45BFL,(-5L),1L,0x1B9E14A8L,0x1F203FFEL,0xCAFA75C3L,0L,0x8AAE4855L,0x764F569BL,0x528BDE80L},{0x22BCD374L,0x6B43409BL,0x1F203FFEL,0L,0xF7ECBFEFL,1L,0L,0x7EC75322L,(-1L),(-1L)},{0xCAFA75C3L,(-9L),0x9F62BFE5L,1L,1L,0x9F62BFE5L,(-9L),0xCAFA75C3L,2L,0x1F203FFEL},{(-2L),0x8AAE4855L,(-1L),0L,(-9L),0L,0L,2L,(-4L),1L},{0x6B43409BL,(-6L),(-1L),(-9L),4L,2L,1L,0xCAFA75C3L,(-1L),0xEA7A9052L},{0xB36AC27EL,4L,0x9F62BFE5L,0x1F203FFEL,0x22BCD374L,(-9L),(-1L),0x7EC75322L,7L,0x8AAE4855L},{0x528BDE80L,0L,0x1F203FFEL,0x22BCD374L,1L,0x764F569BL,1L,0x22BCD374L,(-1L),1L}};
    int32_t l_170 = 0x7C5296CBL;
    const float *l_225 = &g_188[3][0];
    uint8_t *l_283 = &g_69;
    uint16_t l_288 = 0xA304L;
    float *l_290 = (void*)0;
    int32_t l_291 = 0L;
    int32_t l_293 = 0xB7182200L;
    int32_t l_294 = 0x9220F0BBL;
    int32_t l_301 = 0xAB4BC1DFL;
    int32_t l_303 = (-10L);
    int32_t l_304 = 0x855A6607L;
    int32_t l_305 = (-10L);
    int32_t l_306[4];
    float l_307[2][1];
    uint32_t l_308 = 4294967295UL;
    union U0 l_346 = {-7L};
    int32_t **l_376 = &g_285;
    int64_t l_392 = 0x6FDB362B936CD4E9LL;
    union U0 l_434 = {0xFA99L};
    int32_t *l_458 = (void*)0;
    int32_t **l_457[9] = {&l_458,&l_458,&l_458,&l_458,&l_458,&l_458,&l_458,&l_458,&l_458};
    int8_t *** const l_471 = (void*)0;
    float *l_487[10][3][8] = {{{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]}},{{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]}},{{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]}},{{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]}},{{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]}},{{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]}},{{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]}},{{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]}},{{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]}},{{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]},{&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0],&g_27[0][3][0]}}};
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_306[i] = (-6L);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_307[i][j] = (-0x9.Bp+1);
    }
    for (g_132 = 0; (g_132 <= 4); g_132 += 1)
    { /* block id: 61 */
        uint32_t l_164[7][9][4] = {{{18446744073709551615UL,1UL,0x64C687DCL,0x8793E187L},{1UL,18446744073709551609UL,18446744073709551609UL,0x55BB8F8DL},{1UL,0xE99FE138L,0x1A2021D8L,5UL},{0x621DCD0CL,0x48226CAEL,0xD806202EL,4UL},{0x40C11E2AL,0x984A9005L,0x3DBE8D7CL,18446744073709551608UL},{18446744073709551612UL,18446744073709551615UL,18446744073709551615UL,18446744073709551606UL},{0x64C687DCL,0UL,0x804166F2L,0x05BDE445L},{18446744073709551615UL,0x40C11E2AL,0xC082C06CL,0xF3CA177FL},{0UL,8UL,0x61C51346L,0x61C51346L}},{{0x674BE705L,0x674BE705L,0xDFF3C429L,5UL},{0xB2586FDAL,18446744073709551615UL,0xB8FCCBCFL,0x8AEAC466L},{18446744073709551615UL,0xC082C06CL,0x0A0F7388L,0xB8FCCBCFL},{1UL,0xC082C06CL,18446744073709551615UL,0x8AEAC466L},{0xC082C06CL,18446744073709551615UL,0x02C40A72L,5UL},{18446744073709551615UL,0x674BE705L,18446744073709551615UL,0x61C51346L},{4UL,8UL,0x3DBE8D7CL,0xF3CA177FL},{1UL,0x40C11E2AL,0UL,0x05BDE445L},{5UL,0UL,0x567E67BAL,18446744073709551606UL}},{{18446744073709551615UL,18446744073709551615UL,0x8793E187L,18446744073709551608UL},{0UL,0x984A9005L,18446744073709551615UL,4UL},{18446744073709551615UL,0x48226CAEL,0x40C11E2AL,5UL},{18446744073709551615UL,0xE99FE138L,0xC082C06CL,0x55BB8F8DL},{5UL,18446744073709551609UL,0x0A0F7388L,0x8793E187L},{0x804166F2L,1UL,0UL,8UL},{18446744073709551609UL,18446744073709551615UL,0x1A2021D8L,1UL},{0x40C11E2AL,18446744073709551615UL,3UL,0xDFF3C429L},{4UL,0x984A9005L,18446744073709551615UL,18446744073709551615UL}},{{0xC082C06CL,4UL,18446744073709551615UL,0x05BDE445L},{0x64C687DCL,3UL,0x64C687DCL,18446744073709551611UL},{5UL,0x621DCD0CL,0x8793E187L,0xF3CA177FL},{0x02C40A72L,1UL,0xDFF3C429L,0x621DCD0CL},{18446744073709551615UL,18446744073709551615UL,0x674BE705L,0x984A9005L},{18446744073709551615UL,1UL,0xC5E8018DL,0x40C11E2AL},{18446744073709551615UL,18446744073709551610UL,8UL,18446744073709551610UL},{8UL,18446744073709551610UL,18446744073709551615UL,0x61C51346L},{18446744073709551610UL,0x1093DF31L,5UL,0UL}},{{18446744073709551615UL,18446744073709551611UL,18446744073709551615UL,0xD806202EL},{1UL,18446744073709551606UL,0x804166F2L,18446744073709551613UL},{0UL,18446744073709551615UL,0x02C40A72L,0xC082C06CL},{1UL,18446744073709551613UL,0UL,1UL},{18446744073709551615UL,18446744073709551615UL,18446744073709551610UL,18446744073709551615UL},{5UL,18446744073709551615UL,1UL,3UL},{0x05BDE445L,9UL,18446744073709551615UL,0UL},{0x64C687DCL,18446744073709551609UL,0xC5E8018DL,0xDFF3C429L},{18446744073709551615UL,0xD79CAFDDL,1UL,0UL}},{{0x55BB8F8DL,18446744073709551610UL,0x02C40A72L,18446744073709551615UL},{0xD79CAFDDL,1UL,0x567E67BAL,1UL},{18446744073709551615UL,0x05BDE445L,0x05BDE445L,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551613UL},{18446744073709551610UL,1UL,0xB2586FDAL,0xB8FCCBCFL},{0x984A9005L,0xF3CA177FL,0UL,0xB8FCCBCFL},{18446744073709551615UL,1UL,3UL,18446744073709551613UL},{0x0A0F7388L,18446744073709551615UL,0x674BE705L,18446744073709551615UL},{9UL,0x05BDE445L,0xD806202EL,1UL}},{{0x64C687DCL,1UL,18446744073709551610UL,18446744073709551615UL},{0xB2586FDAL,18446744073709551610UL,1UL,0UL},{8UL,0xD79CAFDDL,0xB2586FDAL,0xDFF3C429L},{18446744073709551610UL,18446744073709551609UL,0x567E67BAL,0UL},{1UL,9UL,18446744073709551613UL,3UL},{3UL,18446744073709551615UL,0x804166F2L,18446744073709551615UL},{0xD79CAFDDL,18446744073709551615UL,0x1A2021D8L,1UL},{0x984A9005L,18446744073709551613UL,8UL,0xC082C06CL},{0xB2586FDAL,18446744073709551615UL,0xD79CAFDDL,18446744073709551613UL}}};
        int64_t *l_165 = &g_67[0][0];
        int32_t *l_166 = &g_167;
        int32_t *l_169[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        float **l_235 = (void*)0;
        int16_t *l_263 = &g_99;
        int8_t **l_318 = &g_24[0][0];
        union U0 l_319 = {0xE286L};
        int16_t l_351 = 0xDB15L;
        uint8_t *l_356 = &g_95;
        uint8_t l_382 = 248UL;
        union U0 * const l_387 = &l_319;
        union U0 * const *l_386 = &l_387;
        int32_t l_486[8] = {2L,0xDAFD72F7L,0xDAFD72F7L,2L,0xDAFD72F7L,0xDAFD72F7L,2L,0xDAFD72F7L};
        int i, j, k;
        l_170 |= (((+((safe_add_func_int32_t_s_s(p_37, ((safe_div_func_int32_t_s_s(((*l_166) ^= (p_36 , (((void*)0 != l_159) == (((*l_165) = ((safe_mul_func_int8_t_s_s(((((safe_sub_func_int16_t_s_s(p_35, (18446744073709551607UL <= g_144))) , &p_37) != &p_37) | 0x5CC4140FL), l_164[5][6][2])) != p_35)) | g_140)))), p_36)) ^ (*p_38)))) & l_168[4][7])) | p_37) <= (-2L));
        g_167 &= g_140;
        for (g_25 = 0; (g_25 <= 4); g_25 += 1)
        { /* block id: 68 */
            int32_t *l_174 = (void*)0;
            int32_t l_181 = 0x89190030L;
            union U0 l_212 = {0xE42DL};
            const uint64_t *l_239[2];
            int32_t l_292 = 1L;
            int32_t l_298 = 0xAF5CDD96L;
            int32_t l_299 = (-1L);
            int32_t l_302[3][1][1];
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_239[i] = &g_142;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_302[i][j][k] = 0xC1A89DACL;
                }
            }
            for (g_95 = 0; (g_95 <= 0); g_95 += 1)
            { /* block id: 71 */
                int i, j;
                if (g_67[(g_25 + 1)][g_95])
                    break;
                (*g_92) = g_67[(g_132 + 2)][g_95];
            }
            if (((*l_166) ^= p_35))
            { /* block id: 76 */
                (*l_166) &= g_108;
            }
            else
            { /* block id: 78 */
                int8_t l_186[7];
                int32_t l_191 = (-1L);
                float *l_230 = (void*)0;
                int16_t l_243[1][1];
                int i, j;
                for (i = 0; i < 7; i++)
                    l_186[i] = 0L;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_243[i][j] = 0x4424L;
                }
                if (g_67[5][0])
                    break;
                if ((0x2DDD70F1L || p_36))
                { /* block id: 80 */
                    float *l_173 = &g_27[1][2][0];
                    if (((safe_sub_func_uint8_t_u_u(5UL, p_35)) | ((void*)0 == &g_2)))
                    { /* block id: 81 */
                        return l_173;
                    }
                    else
                    { /* block id: 83 */
                        int32_t **l_175 = &l_169[4];
                        (*l_175) = l_174;
                    }
                }
                else
                { /* block id: 86 */
                    int16_t **l_178 = &g_177;
                    int32_t l_187 = 0xEA74B1B2L;
                    int32_t l_189[1];
                    int32_t l_226 = 6L;
                    int i;
                    for (i = 0; i < 1; i++)
                        l_189[i] = 0xFFC17BC8L;
                    if (((*l_166) = (l_169[4] == (void*)0)))
                    { /* block id: 88 */
                        l_178 = g_176;
                    }
                    else
                    { /* block id: 90 */
                        uint8_t l_183[2][1][7] = {{{248UL,248UL,1UL,248UL,248UL,1UL,248UL}},{{248UL,0xC6L,0xC6L,248UL,0xC6L,0xC6L,248UL}}};
                        uint32_t *l_198 = &g_199;
                        int i, j, k;
                        ++l_183[0][0][5];
                        ++g_193;
                        (*l_166) = (safe_sub_func_int32_t_s_s(p_37, ((*l_198) = l_186[5])));
                        g_201[5][2]++;
                    }
                    for (g_99 = 4; (g_99 >= 0); g_99 -= 1)
                    { /* block id: 99 */
                        const float *l_213 = &g_27[0][3][0];
                        const float **l_214 = &l_213;
                        union U0 l_217 = {0x4C82L};
                        int i, j;
                        l_226 ^= ((g_16 , (safe_rshift_func_int8_t_s_s(((((((safe_unary_minus_func_int8_t_s((!(7L == ((safe_rshift_func_int8_t_s_s((((safe_sub_func_int8_t_s_s((g_69 && ((l_212 , l_186[1]) , ((*l_166) = (((*l_214) = l_213) != (((safe_mod_func_int16_t_s_s((((p_36 <= ((l_217 , (g_192 = ((safe_rshift_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u((g_135[g_99][g_132]--), (*g_177))) <= l_186[5]), 4)) , p_35))) , (**g_176))) || l_168[2][8]) && (*g_177)), (**g_176))) < 0L) , g_224))))), (*p_38))) | p_37) > 0x5F38L), 7)) && l_181))))) , (void*)0) == l_225) , l_189[0]) == (*p_38)) , (*p_38)), 5))) == l_187);
                        (*g_92) = 0x7.01F638p-84;
                    }
                }
                for (l_170 = 0; (l_170 <= 0); l_170 += 1)
                { /* block id: 110 */
                    int32_t **l_234[3][1][4] = {{{&l_169[1],&l_169[4],&l_169[2],&l_169[4]}},{{&l_169[4],(void*)0,&l_169[2],&l_169[2]}},{{&l_169[1],&l_169[1],&l_169[4],&l_169[2]}}};
                    int16_t *l_272[5][7][2] = {{{&g_190,&g_190},{(void*)0,(void*)0},{&l_212.f0,(void*)0},{(void*)0,&l_212.f0},{(void*)0,(void*)0},{(void*)0,&g_16.f0},{(void*)0,(void*)0}},{{(void*)0,&l_212.f0},{(void*)0,(void*)0},{&l_212.f0,(void*)0},{(void*)0,&g_190},{&g_190,&l_243[0][0]},{&g_16.f0,&l_243[0][0]},{&l_212.f0,&g_16.f0}},{{&g_16.f0,&g_16.f0},{&l_212.f0,&l_243[0][0]},{&l_212.f0,&l_212.f0},{(void*)0,(void*)0},{&l_243[0][0],&g_16.f0},{&l_243[0][0],&g_192},{&l_212.f0,&g_190}},{{(void*)0,&l_212.f0},{(void*)0,&l_212.f0},{(void*)0,&l_212.f0},{(void*)0,&g_190},{&l_212.f0,&g_192},{&l_243[0][0],&g_16.f0},{&l_243[0][0],(void*)0}},{{(void*)0,&l_212.f0},{&l_212.f0,&l_243[0][0]},{&l_212.f0,&g_16.f0},{&g_16.f0,&g_16.f0},{&l_212.f0,&l_243[0][0]},{&l_212.f0,&l_212.f0},{(void*)0,(void*)0}}};
                    float l_281 = 0xD.1B31EBp-98;
                    int i, j, k;
                }
            }
            if (l_288)
            { /* block id: 143 */
                for (g_180 = 1; (g_180 <= 4); g_180 += 1)
                { /* block id: 146 */
                    int32_t **l_289 = &g_285;
                    (*l_289) = &g_132;
                    (*l_166) &= 0x7756C69EL;
                    (*l_166) &= p_35;
                }
            }
            else
            { /* block id: 151 */
                return l_290;
            }
            --l_308;
        }
        if ((safe_rshift_func_uint8_t_u_s((safe_mul_func_uint8_t_u_u((~(safe_lshift_func_uint16_t_u_u((((((*l_166) & p_36) <= (((*l_318) = (void*)0) == (l_319 , l_283))) | (p_35 > l_306[1])) || (safe_lshift_func_int8_t_s_u((safe_unary_minus_func_uint64_t_u(p_35)), 1))), (safe_rshift_func_int8_t_s_u(((l_319 , p_37) | (*p_38)), 0))))), g_99)), 6)))
        { /* block id: 157 */
            uint64_t *l_349 = &g_193;
            int16_t l_350 = 0xDF27L;
            int32_t *l_352 = (void*)0;
            int32_t *l_353 = &g_180;
            uint32_t *l_354[3];
            int32_t l_355 = 0x2D57DDEFL;
            union U0 *l_358 = &l_319;
            union U0 **l_359 = &l_358;
            int i;
            for (i = 0; i < 3; i++)
                l_354[i] = &g_199;
            (*g_92) = (0xC.DA1E98p-9 != p_36);
            g_357[4][5] = (l_159 == (((((safe_div_func_uint32_t_u_u((l_355 = (((safe_div_func_uint8_t_u_u((((~0x5373L) , ((*l_283) = (safe_add_func_uint64_t_u_u((((((safe_mul_func_uint8_t_u_u((((*l_353) = (safe_lshift_func_uint8_t_u_s((safe_div_func_uint32_t_u_u((safe_add_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u(((void*)0 == &g_199), ((((*l_349) = (l_303 |= (safe_lshift_func_int16_t_s_u(((*l_166) ^= ((-9L) & (safe_rshift_func_int16_t_s_u((l_346 , ((*l_263) &= (g_16.f0 > (safe_rshift_func_int16_t_s_u(1L, (&l_263 == (void*)0)))))), 6)))), g_296)))) && l_350) , 0x50L))), 0xF8E7L)), l_350)), l_351))) , 252UL), l_350)) < 0UL) ^ 0x0425EE4E84F6D5A5LL) , 0UL) || l_350), 0x6C0256FF441D73F4LL)))) != 1UL), g_108)) , l_319) , 4UL)), g_199)) || l_355) , (void*)0) != l_356) , (void*)0));
            (*l_359) = l_358;
        }
        else
        { /* block id: 168 */
            float *l_362 = &g_93;
            float **l_363[5][6] = {{&g_224,&g_224,(void*)0,(void*)0,&g_224,&g_224},{&g_224,&g_224,&l_362,&g_224,&l_362,&g_224},{&l_362,&g_224,(void*)0,(void*)0,(void*)0,(void*)0},{&l_362,&l_362,(void*)0,&g_224,(void*)0,&g_224},{&g_224,&l_362,&g_224,(void*)0,(void*)0,(void*)0}};
            uint64_t *l_379 = (void*)0;
            uint64_t *l_380 = &g_142;
            uint8_t *l_381[2][5][2] = {{{&g_69,&g_69},{&g_69,&g_69},{&g_69,&g_69},{&g_69,&g_69},{&g_69,&g_69}},{{&g_69,&g_69},{&g_69,&g_69},{&g_69,&g_69},{&g_69,&g_69},{&g_69,&g_69}}};
            int32_t l_383 = 0L;
            union U0 *l_389 = &l_319;
            union U0 ** const l_388 = &l_389;
            int i, j, k;
            if ((p_36 & ((safe_sub_func_int64_t_s_s(0x9776ED7C35F50CF5LL, (((l_290 = l_362) != ((safe_rshift_func_uint8_t_u_u((((safe_add_func_int64_t_s_s(l_168[5][5], (safe_add_func_uint32_t_u_u((((0x9DL ^ (safe_rshift_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((*l_380) &= ((((0x8865AB44907AA9A0LL < (safe_rshift_func_int16_t_s_u(((((l_376 != &l_169[4]) > (safe_add_func_int64_t_s_s((4UL == 0xF0432D1810598017LL), 9UL))) < 7L) > (*g_177)), 1))) > (*l_166)) | g_296) <= p_36)), p_36)), p_36))) , l_381[1][3][1]) != (void*)0), l_382)))) , l_383) | (*p_38)), p_35)) , l_169[3])) >= p_36))) ^ g_192)))
            { /* block id: 171 */
                int8_t ***l_393 = (void*)0;
                int32_t l_428 = 0x332CB463L;
                l_383 |= (safe_add_func_int16_t_s_s((((((l_386 != (((*g_224) <= (-0x7.8p-1)) , l_388)) , 1UL) && (0x24L == ((safe_sub_func_uint16_t_u_u(g_144, l_392)) | ((g_394 = &g_24[0][0]) != g_395)))) | p_37) >= p_35), 0x369EL));
                (*l_376) = &g_140;
                for (g_25 = 0; (g_25 >= 0); g_25 -= 1)
                { /* block id: 177 */
                    int32_t l_402 = 0L;
                    int i, j;
                    (*g_285) = (safe_add_func_int8_t_s_s((g_199 | (-1L)), ((safe_mod_func_uint64_t_u_u(((void*)0 != g_24[g_25][g_25]), (safe_lshift_func_int16_t_s_u(((*l_263) |= (*g_177)), 0)))) | (g_135[g_132][(g_132 + 1)] = l_402))));
                    for (g_296 = 0; (g_296 == 2); ++g_296)
                    { /* block id: 183 */
                        (*l_376) = (*l_376);
                    }
                    for (g_144 = 0; (g_144 >= 11); g_144 = safe_add_func_uint16_t_u_u(g_144, 3))
                    { /* block id: 188 */
                        int16_t l_427 = 0L;
                        int32_t l_429 = 0x4D54C2E6L;
                        float *l_430 = &g_188[2][1];
                        (*l_376) = &g_300[1][0];
                        l_429 = ((*g_224) = (safe_add_func_float_f_f(((*g_224) != (g_16 , (&g_67[0][0] == (g_135[g_132][(g_132 + 1)] , &p_35)))), (safe_mul_func_float_f_f((l_428 = (((*l_362) = (safe_mul_func_float_f_f((safe_mul_func_float_f_f((safe_mul_func_float_f_f(((safe_mul_func_float_f_f((safe_div_func_float_f_f((safe_div_func_float_f_f(((safe_div_func_float_f_f(((g_193 , (void*)0) == &l_383), (safe_div_func_float_f_f(l_427, (*g_224))))) > (*g_92)), (*g_92))), 0x6.9p+1)), (*l_166))) < (*g_92)), (*g_224))), (*g_92))), 0xD.A681A5p-19))) >= (*l_166))), p_35)))));
                        (*l_166) = (*g_285);
                        return l_430;
                    }
                }
                (*l_166) ^= (((*l_165) &= (**l_376)) , ((g_144 , l_393) != &g_395));
            }
            else
            { /* block id: 200 */
                int32_t *l_432[6];
                int32_t **l_431 = &l_432[2];
                int32_t ***l_433 = &l_431;
                int32_t l_435 = (-2L);
                int i;
                for (i = 0; i < 6; i++)
                    l_432[i] = (void*)0;
                (*l_433) = l_431;
                (*l_166) = ((((l_434 , ((*l_283) &= ((l_435 ^ p_35) == p_36))) & 0x09L) , (((safe_mul_func_uint16_t_u_u((((safe_mul_func_int16_t_s_s((g_99 <= 0x761F9B6BC484CA71LL), 1UL)) && g_67[2][0]) > g_295), l_435)) >= p_36) ^ 0x221BL)) , p_36);
                (*l_376) = &g_2;
                if (l_435)
                    continue;
            }
        }
        for (l_291 = 4; (l_291 >= 0); l_291 -= 1)
        { /* block id: 210 */
            float **l_444 = &g_92;
            float ***l_445 = &l_444;
            int32_t l_452 = 1L;
            int32_t l_453[6][5] = {{2L,0x8003F03DL,2L,0x8003F03DL,2L},{0x594AA72AL,0x594AA72AL,0x594AA72AL,0x594AA72AL,0x594AA72AL},{2L,0x8003F03DL,2L,0x8003F03DL,2L},{0x594AA72AL,0x594AA72AL,0x594AA72AL,0x594AA72AL,0x594AA72AL},{2L,0x8003F03DL,2L,0x8003F03DL,2L},{0x594AA72AL,0x594AA72AL,0x594AA72AL,0x594AA72AL,0x594AA72AL}};
            int32_t *l_454 = &l_304;
            int i, j;
            if ((safe_div_func_int16_t_s_s((((((((*g_224) = (safe_mul_func_float_f_f(((l_235 == ((*l_445) = l_444)) != (safe_div_func_float_f_f((safe_div_func_float_f_f((safe_add_func_float_f_f(((l_452 , (g_357[7][4] , &l_382)) != &g_69), ((l_452 || ((p_35 , ((l_453[5][1] = 1L) , (void*)0)) == (void*)0)) , p_36))), (-0x1.0p+1))), p_35))), (*g_92)))) < p_36) , l_453[5][1]) || 1L) == g_300[2][0]) && 0xCA0EL), g_201[8][2])))
            { /* block id: 214 */
                int32_t *l_456 = &g_180;
                int32_t **l_455 = &l_456;
                int32_t l_480 = 0L;
                l_454 = &l_453[5][1];
                l_457[2] = l_455;
                l_480 &= (safe_add_func_uint8_t_u_u(g_182, (((g_199 = ((safe_lshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_s((*p_38), 2)), 0)) | ((safe_mod_func_int64_t_s_s(((g_16.f0 != (safe_mul_func_int8_t_s_s((g_132 || ((l_434 , &g_394) != l_471)), g_357[4][5]))) ^ (safe_rshift_func_uint16_t_u_u(((safe_mod_func_int32_t_s_s(((safe_div_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(((*p_38) & (*l_166)), g_357[4][5])), (*g_177))) != l_168[6][4]), (*l_454))) < 0x675FL), 12))), 0xE4AE98D00228FD4CLL)) == (*l_166)))) , (void*)0) != &g_180)));
            }
            else
            { /* block id: 219 */
                (*l_376) = (*l_376);
                (*l_454) = p_36;
                (*l_454) = (-0x5.Cp-1);
            }
            for (l_170 = 0; (l_170 <= 4); l_170 += 1)
            { /* block id: 226 */
                uint16_t l_481 = 65529UL;
                int32_t ***l_485 = &l_457[3];
                int32_t ****l_484 = &l_485;
                int i;
                l_481++;
                (*l_454) = ((*l_166) = (((((*l_484) = &l_457[4]) == &l_457[(l_291 + 4)]) < l_486[2]) | (((*l_263) ^= 0x0AD1L) ^ (**g_176))));
                if (p_37)
                    continue;
                if (p_37)
                    break;
            }
        }
    }
    return l_487[0][0][3];
}


/* ------------------------------------------ */
/* 
 * reads : g_69 g_92 g_93 g_2 g_67 g_99 g_108 g_25 g_132 g_140 g_16.f0 g_142
 * writes: g_27 g_95 g_99 g_108 g_132 g_135 g_140 g_142 g_144 g_67 g_25 g_69
 */
static int64_t  func_39(int32_t  p_40, float * p_41, int8_t * p_42)
{ /* block id: 11 */
    int64_t l_76 = 0xA2C9EA21F9F6D65DLL;
    float *l_81 = &g_27[0][3][0];
    float **l_82 = &l_81;
    float *l_83 = &g_27[0][3][0];
    uint8_t *l_94 = &g_95;
    int8_t *l_96[3];
    int32_t l_97[3];
    int16_t *l_98[3][10][1] = {{{(void*)0},{&g_99},{(void*)0},{&g_99},{(void*)0},{&g_99},{(void*)0},{&g_99},{(void*)0},{&g_99}},{{(void*)0},{&g_99},{(void*)0},{&g_99},{(void*)0},{&g_99},{(void*)0},{&g_99},{(void*)0},{&g_99}},{{(void*)0},{&g_99},{(void*)0},{&g_99},{(void*)0},{&g_99},{(void*)0},{&g_99},{(void*)0},{&g_99}}};
    int32_t l_136 = 0xF28D20E9L;
    int32_t l_146 = (-1L);
    int32_t *l_150 = (void*)0;
    int32_t *l_151 = (void*)0;
    int32_t *l_152 = (void*)0;
    int32_t *l_153 = &g_132;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_96[i] = &g_25;
    for (i = 0; i < 3; i++)
        l_97[i] = 0xE0ADFBA6L;
lbl_147:
    if ((safe_div_func_int16_t_s_s((g_99 = (((safe_add_func_int8_t_s_s(l_76, ((0xE584L && (-7L)) ^ ((l_97[0] &= (safe_mod_func_uint64_t_u_u((g_69 > ((*l_94) = (((safe_mul_func_float_f_f(((*p_41) = (((*l_82) = l_81) != (l_83 = l_83))), (((safe_mul_func_float_f_f(((l_76 > 0x1.9510DDp+68) != (((safe_mul_func_float_f_f(((safe_add_func_float_f_f((safe_mul_func_float_f_f((((p_40 == l_76) , (void*)0) == g_92), l_76)), (*g_92))) < (*g_92)), 0x7.2p+1)) <= (*g_92)) >= p_40)), (*g_92))) <= l_76) == (*g_92)))) , g_2) >= p_40))), 2L))) && l_76)))) && g_69) , p_40)), p_40)))
    { /* block id: 18 */
        float l_100 = 0x0.CCD11Dp+58;
        return g_67[1][0];
    }
    else
    { /* block id: 20 */
        int32_t *l_101 = &l_97[0];
        int32_t **l_102 = &l_101;
        int32_t *l_104[8][7][2] = {{{&l_97[0],(void*)0},{&g_2,&l_97[0]},{(void*)0,&g_2},{(void*)0,(void*)0},{&g_2,&l_97[0]},{&l_97[0],&l_97[0]},{&l_97[1],&g_2}},{{(void*)0,(void*)0},{&l_97[0],(void*)0},{(void*)0,&l_97[0]},{&g_2,&g_2},{&g_2,&l_97[0]},{(void*)0,(void*)0},{&l_97[0],(void*)0}},{{(void*)0,&g_2},{&l_97[1],&l_97[0]},{&l_97[0],&l_97[0]},{&g_2,&g_2},{&l_97[0],&l_97[1]},{&g_2,(void*)0},{&l_97[0],(void*)0}},{{&l_97[1],(void*)0},{(void*)0,(void*)0},{&l_97[1],(void*)0},{&l_97[0],(void*)0},{&g_2,&l_97[1]},{&l_97[0],&g_2},{&l_97[1],&l_97[1]}},{{&g_2,&g_2},{&l_97[0],&l_97[0]},{(void*)0,&l_97[0]},{(void*)0,&l_97[0]},{(void*)0,(void*)0},{&l_97[1],(void*)0},{&l_97[1],(void*)0}},{{(void*)0,&l_97[0]},{(void*)0,&l_97[0]},{(void*)0,&l_97[0]},{&l_97[0],&g_2},{&g_2,&l_97[1]},{&l_97[1],&g_2},{&l_97[0],&l_97[1]}},{{&g_2,(void*)0},{&l_97[0],(void*)0},{&l_97[1],(void*)0},{(void*)0,(void*)0},{&l_97[1],(void*)0},{&l_97[0],(void*)0},{&g_2,&l_97[1]}},{{&l_97[0],&g_2},{&l_97[1],&l_97[1]},{&g_2,&g_2},{&l_97[0],&l_97[0]},{(void*)0,&l_97[0]},{(void*)0,&l_97[0]},{(void*)0,(void*)0}}};
        int32_t **l_103 = &l_104[7][0][1];
        int i, j, k;
        (**l_82) = (*g_92);
        (*l_101) &= p_40;
        (*l_103) = ((*l_102) = l_101);
    }
    for (g_99 = 0; (g_99 <= (-5)); --g_99)
    { /* block id: 28 */
        int32_t *l_107[4][8] = {{&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0]},{&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0]},{&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0]},{&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0],&l_97[0]}};
        int i, j;
        g_108++;
    }
    for (g_99 = 0; (g_99 >= 0); g_99 -= 1)
    { /* block id: 33 */
        int32_t *l_131 = &g_132;
        uint16_t *l_133 = (void*)0;
        uint16_t *l_134 = &g_135[1][4];
        uint32_t l_137[1][5];
        int32_t *l_138 = (void*)0;
        int32_t *l_139 = &g_140;
        uint64_t *l_141[9] = {&g_142,(void*)0,&g_142,(void*)0,&g_142,(void*)0,&g_142,(void*)0,&g_142};
        int32_t l_143 = (-1L);
        int64_t *l_145[3][4] = {{&g_67[4][0],(void*)0,&g_67[1][0],(void*)0},{(void*)0,&g_67[0][0],&g_67[1][0],&g_67[1][0]},{&g_67[4][0],&g_67[4][0],(void*)0,&g_67[1][0]}};
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
                l_137[i][j] = 0x3E846AAEL;
        }
        l_146 ^= (+((l_97[g_99] < (g_67[0][0] = ((g_144 = (l_97[(g_99 + 2)] == (safe_lshift_func_int8_t_s_u((l_143 &= (((((p_40 || (+g_67[0][0])) != (((safe_sub_func_uint8_t_u_u(g_2, ((((g_142 = (5UL > (safe_sub_func_int32_t_s_s(((*l_139) ^= (safe_div_func_int64_t_s_s((safe_add_func_int16_t_s_s((((l_136 = (safe_rshift_func_uint16_t_u_s(((*l_134) = ((g_25 || (safe_sub_func_int16_t_s_s((0x47L & ((safe_mul_func_uint8_t_u_u(((*l_94) = ((safe_div_func_int8_t_s_s((((*l_131) = 0xFC7B43BFL) >= p_40), (-8L))) , 0x52L)), 1UL)) == 0UL)), 2L))) || (*l_131))), 8))) , g_67[0][0]) != 2L), l_137[0][0])), p_40))), l_97[0])))) , 0x9C8BL) > g_67[0][0]) >= 8UL))) > g_2) & p_40)) ^ g_16.f0) <= l_76) , l_97[1])), p_40)))) <= g_99))) > l_76));
        for (g_25 = 0; g_25 < 5; g_25 += 1)
        {
            for (g_108 = 0; g_108 < 6; g_108 += 1)
            {
                g_135[g_25][g_108] = 0x9FDBL;
            }
        }
        for (g_142 = 0; (g_142 <= 0); g_142 += 1)
        { /* block id: 47 */
            for (g_69 = 0; (g_69 <= 0); g_69 += 1)
            { /* block id: 50 */
                g_140 |= g_16.f0;
            }
            if (g_25)
                goto lbl_147;
        }
    }
    (*l_153) ^= ((safe_sub_func_uint8_t_u_u(p_40, l_97[0])) , p_40);
    return p_40;
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
    transparent_crc(g_16.f0, "g_16.f0", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc_bytes(&g_27[i][j][k], sizeof(g_27[i][j][k]), "g_27[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_67[i][j], "g_67[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc_bytes (&g_93, sizeof(g_93), "g_93", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_108, "g_108", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_135[i][j], "g_135[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_142, "g_142", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc_bytes (&g_179, sizeof(g_179), "g_179", print_hash_value);
    transparent_crc(g_180, "g_180", print_hash_value);
    transparent_crc(g_182, "g_182", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc_bytes(&g_188[i][j], sizeof(g_188[i][j]), "g_188[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_190, "g_190", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    transparent_crc(g_199, "g_199", print_hash_value);
    transparent_crc(g_200, "g_200", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_201[i][j], "g_201[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_295, "g_295", print_hash_value);
    transparent_crc(g_296, "g_296", print_hash_value);
    transparent_crc(g_297, "g_297", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_300[i][j], "g_300[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_357[i][j], "g_357[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_620.f0, "g_620.f0", print_hash_value);
    transparent_crc(g_891.f0, "g_891.f0", print_hash_value);
    transparent_crc(g_902, "g_902", print_hash_value);
    transparent_crc(g_914, "g_914", print_hash_value);
    transparent_crc_bytes (&g_1020, sizeof(g_1020), "g_1020", print_hash_value);
    transparent_crc(g_1060, "g_1060", print_hash_value);
    transparent_crc(g_1335, "g_1335", print_hash_value);
    transparent_crc(g_1847, "g_1847", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_1914[i][j], "g_1914[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1985, "g_1985", print_hash_value);
    transparent_crc(g_2000, "g_2000", print_hash_value);
    transparent_crc(g_2001, "g_2001", print_hash_value);
    transparent_crc(g_2042, "g_2042", print_hash_value);
    transparent_crc(g_2081, "g_2081", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_2195[i][j].f0, "g_2195[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2328, "g_2328", print_hash_value);
    transparent_crc(g_2330, "g_2330", print_hash_value);
    transparent_crc(g_2560.f0, "g_2560.f0", print_hash_value);
    transparent_crc_bytes (&g_2725, sizeof(g_2725), "g_2725", print_hash_value);
    transparent_crc(g_2750, "g_2750", print_hash_value);
    transparent_crc(g_2767, "g_2767", print_hash_value);
    transparent_crc(g_2797, "g_2797", print_hash_value);
    transparent_crc(g_2831, "g_2831", print_hash_value);
    transparent_crc(g_2842, "g_2842", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 782
XXX total union variables: 27

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

XXX max expression depth: 48
breakdown:
   depth: 1, occurrence: 443
   depth: 2, occurrence: 107
   depth: 3, occurrence: 10
   depth: 4, occurrence: 5
   depth: 5, occurrence: 6
   depth: 6, occurrence: 2
   depth: 7, occurrence: 2
   depth: 8, occurrence: 1
   depth: 9, occurrence: 1
   depth: 10, occurrence: 2
   depth: 11, occurrence: 1
   depth: 12, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 16, occurrence: 3
   depth: 17, occurrence: 5
   depth: 18, occurrence: 4
   depth: 20, occurrence: 3
   depth: 21, occurrence: 3
   depth: 22, occurrence: 6
   depth: 23, occurrence: 7
   depth: 24, occurrence: 5
   depth: 25, occurrence: 7
   depth: 26, occurrence: 2
   depth: 27, occurrence: 1
   depth: 28, occurrence: 4
   depth: 29, occurrence: 3
   depth: 30, occurrence: 1
   depth: 32, occurrence: 2
   depth: 33, occurrence: 1
   depth: 34, occurrence: 2
   depth: 35, occurrence: 2
   depth: 37, occurrence: 1
   depth: 38, occurrence: 3
   depth: 39, occurrence: 1
   depth: 40, occurrence: 4
   depth: 42, occurrence: 1
   depth: 44, occurrence: 1
   depth: 48, occurrence: 1

XXX total number of pointers: 641

XXX times a variable address is taken: 1364
XXX times a pointer is dereferenced on RHS: 411
breakdown:
   depth: 1, occurrence: 315
   depth: 2, occurrence: 85
   depth: 3, occurrence: 5
   depth: 4, occurrence: 4
   depth: 5, occurrence: 2
XXX times a pointer is dereferenced on LHS: 349
breakdown:
   depth: 1, occurrence: 317
   depth: 2, occurrence: 20
   depth: 3, occurrence: 12
XXX times a pointer is compared with null: 59
XXX times a pointer is compared with address of another variable: 14
XXX times a pointer is compared with another pointer: 8
XXX times a pointer is qualified to be dereferenced: 8903

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 2251
   level: 2, occurrence: 466
   level: 3, occurrence: 216
   level: 4, occurrence: 160
   level: 5, occurrence: 109
XXX number of pointers point to pointers: 289
XXX number of pointers point to scalars: 336
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 25.1
XXX average alias set size: 1.49

XXX times a non-volatile is read: 2636
XXX times a non-volatile is write: 1180
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 3
XXX backward jumps: 8

XXX stmts: 435
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 24
   depth: 1, occurrence: 44
   depth: 2, occurrence: 51
   depth: 3, occurrence: 83
   depth: 4, occurrence: 98
   depth: 5, occurrence: 135

XXX percentage a fresh-made variable is used: 16.6
XXX percentage an existing variable is used: 83.4
********************* end of statistics **********************/

