/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 12 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      12
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   signed f0 : 20;
   uint64_t  f1;
};

union U1 {
   int16_t  f0;
   int32_t  f1;
   const uint16_t  f2;
   int16_t  f3;
   int16_t  f4;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3[6] = {0x11F07B4BL,(-10L),0x11F07B4BL,0x11F07B4BL,(-10L),0x11F07B4BL};
static union U1 g_12 = {0xECF7L};
static uint32_t g_36 = 4294967292UL;
static int32_t g_44 = 3L;
static uint32_t g_47 = 18446744073709551613UL;
static uint32_t g_51[2][1][9] = {{{0UL,4294967295UL,4294967291UL,4294967291UL,4294967295UL,0UL,6UL,4294967295UL,6UL}},{{0UL,4294967295UL,4294967291UL,4294967291UL,4294967295UL,0UL,6UL,4294967295UL,6UL}}};
static uint32_t *g_50 = &g_51[1][0][6];
static uint64_t g_54 = 0xE01153AA9B223541LL;
static int8_t g_62 = (-1L);
static int16_t g_77 = 0L;
static int64_t g_79 = 8L;
static int32_t *g_89[8] = {&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44,&g_44};
static int32_t **g_88 = &g_89[1];
static union U0 g_105 = {0L};
static uint8_t g_135 = 0xA6L;
static int32_t g_140 = 1L;
static uint16_t g_188 = 4UL;
static uint16_t g_200 = 0UL;
static int32_t **g_233 = &g_89[1];
static uint16_t g_237 = 65535UL;
static int16_t g_244 = 0x8E07L;
static int16_t *g_254 = &g_12.f3;
static int16_t ** const g_253 = &g_254;
static int16_t ** const *g_252 = &g_253;
static float g_260[10] = {0x1.7p+1,0x1.7p+1,0x1.7p+1,0x1.7p+1,0x1.7p+1,0x1.7p+1,0x1.7p+1,0x1.7p+1,0x1.7p+1,0x1.7p+1};
static uint8_t g_291 = 0xCDL;
static int16_t g_293 = (-1L);
static uint32_t g_300 = 4294967295UL;
static union U0 *g_309 = &g_105;
static union U1 *g_331 = &g_12;
static union U1 **g_330 = &g_331;
static int64_t **g_336 = (void*)0;
static float g_349 = 0x6.23326Bp-95;
static float g_358 = (-0x4.8p+1);
static float g_365 = (-0x1.Ep-1);
static float g_367[5] = {0x9.F81DC6p-69,0x9.F81DC6p-69,0x9.F81DC6p-69,0x9.F81DC6p-69,0x9.F81DC6p-69};
static float g_373 = 0x4.8p-1;
static int64_t g_617 = (-7L);
static int32_t ***g_645[3] = {&g_233,&g_233,&g_233};
static int32_t ****g_644 = &g_645[1];
static int32_t *** const g_647 = (void*)0;
static int32_t *** const *g_646 = &g_647;
static uint64_t *g_649 = &g_54;
static uint64_t **g_648 = &g_649;
static const int32_t g_718 = 0L;
static const int32_t *g_717 = &g_718;
static const int32_t **g_716 = &g_717;
static const int32_t ***g_715 = &g_716;
static const int32_t ****g_714 = &g_715;
static uint64_t ****g_745 = (void*)0;
static uint16_t g_746 = 0xBA02L;
static int32_t **g_786[5][8] = {{&g_89[7],(void*)0,(void*)0,&g_89[7],(void*)0,(void*)0,&g_89[7],(void*)0},{&g_89[7],&g_89[7],&g_89[0],&g_89[7],&g_89[7],&g_89[0],&g_89[7],&g_89[7]},{(void*)0,&g_89[7],(void*)0,(void*)0,&g_89[7],(void*)0,(void*)0,&g_89[7]},{&g_89[7],(void*)0,(void*)0,&g_89[7],(void*)0,(void*)0,&g_89[7],(void*)0},{&g_89[7],&g_89[7],&g_89[0],&g_89[7],&g_89[7],&g_89[0],&g_89[7],&g_89[7]}};
static int32_t *g_833 = (void*)0;
static int64_t ***g_879 = &g_336;


/* --- FORWARD DECLARATIONS --- */
static const float  func_1(void);
static int8_t  func_9(union U1  p_10, uint16_t  p_11);
static union U0  func_15(uint16_t  p_16, uint8_t  p_17, int16_t  p_18, int16_t  p_19, int32_t  p_20);
static uint16_t  func_21(int16_t  p_22, union U1  p_23);
static int8_t  func_27(uint32_t  p_28);
static uint32_t  func_29(uint32_t  p_30, uint64_t  p_31, const int32_t  p_32, uint32_t  p_33);
static int8_t  func_39(uint32_t * p_40);
static uint32_t * func_41(const union U1  p_42);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_293
 * writes: g_3
 */
static const float  func_1(void)
{ /* block id: 0 */
    int8_t l_2[1][2];
    int16_t l_517[8] = {0xB73AL,0xB73AL,0xB73AL,0xB73AL,0xB73AL,0xB73AL,0xB73AL,0xB73AL};
    int64_t *l_530 = &g_79;
    int32_t l_532 = 0x1C1EE935L;
    float l_535 = 0x6.2146B1p+80;
    uint16_t l_540 = 65534UL;
    uint32_t l_571 = 4294967286UL;
    uint32_t l_575 = 0UL;
    int32_t l_580 = 0L;
    int32_t l_583 = (-10L);
    int32_t l_584 = 0xEACD9F30L;
    int32_t l_586 = 0x08E6EC3AL;
    int32_t l_588 = 0x22CF607FL;
    float l_592[10][9] = {{0x6.50AAF1p+61,0x8.5p+1,0x8.5p+1,0x6.50AAF1p+61,0x0.4p-1,(-0x7.0p+1),0x0.4p-1,0x6.50AAF1p+61,0x8.5p+1},{(-0x1.4p-1),(-0x1.4p-1),0x5.BF98BBp-29,(-0x1.0p+1),0xA.F866C8p-75,(-0x1.0p+1),0x5.BF98BBp-29,(-0x1.4p-1),(-0x1.4p-1)},{0x8.5p+1,0x6.50AAF1p+61,0x0.4p-1,(-0x7.0p+1),0x0.4p-1,0x6.50AAF1p+61,0x8.5p+1,0x8.5p+1,0x6.50AAF1p+61},{(-0x1.0p+1),0x1.8p+1,0x5.BF98BBp-29,0x1.8p+1,(-0x1.0p+1),0x0.Dp+1,0x0.Dp+1,(-0x1.0p+1),0x1.8p+1},{0x8.5p+1,0x0.4p-1,0x8.5p+1,(-0x1.9p+1),0x1.0p+1,0x1.0p+1,(-0x1.9p+1),0x8.5p+1,0x0.4p-1},{(-0x1.4p-1),(-0x3.Cp-1),0x0.Dp+1,0x5.BF98BBp-29,0x5.BF98BBp-29,0x0.Dp+1,(-0x3.Cp-1),(-0x1.4p-1),(-0x3.Cp-1)},{0x6.50AAF1p+61,(-0x7.0p+1),(-0x1.9p+1),(-0x1.9p+1),(-0x7.0p+1),0x6.50AAF1p+61,0x1.0p+1,0x6.50AAF1p+61,(-0x7.0p+1)},{0x1.8p+1,(-0x3.Cp-1),(-0x3.Cp-1),0x1.8p+1,(-0x1.4p-1),(-0x1.0p+1),(-0x1.4p-1),0x1.8p+1,(-0x3.Cp-1)},{0x0.4p-1,0x0.4p-1,0x1.0p+1,(-0x7.0p+1),0x2.6505FBp-34,(-0x7.0p+1),0x1.0p+1,0x0.4p-1,0x0.4p-1},{(-0x3.Cp-1),0x1.8p+1,(-0x1.4p-1),(-0x1.0p+1),(-0x1.4p-1),0x1.8p+1,(-0x3.Cp-1),(-0x3.Cp-1),0x1.8p+1}};
    uint64_t l_621[6] = {0xAF36BC76939798A4LL,0xAF36BC76939798A4LL,0xAF36BC76939798A4LL,0xAF36BC76939798A4LL,0xAF36BC76939798A4LL,0xAF36BC76939798A4LL};
    union U1 l_626 = {0xE927L};
    float l_689[8];
    int32_t l_747 = 5L;
    const uint16_t l_760 = 0x3F12L;
    int16_t **l_770 = &g_254;
    int16_t ***l_769[2];
    uint16_t l_788 = 1UL;
    int32_t l_809 = (-2L);
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_2[i][j] = 0x48L;
    }
    for (i = 0; i < 8; i++)
        l_689[i] = 0x9.470E3Cp+13;
    for (i = 0; i < 2; i++)
        l_769[i] = &l_770;
    for (g_3[2] = 0; (g_3[2] <= 0); g_3[2] += 1)
    { /* block id: 3 */
        uint64_t l_4 = 18446744073709551606UL;
        int32_t *l_522[1][3];
        union U1 **l_525 = (void*)0;
        int64_t *l_531 = &g_79;
        float l_585 = 0x2.92D667p-2;
        uint32_t l_589[10] = {0x1DB773FFL,18446744073709551611UL,18446744073709551611UL,0x1DB773FFL,18446744073709551611UL,18446744073709551611UL,0x1DB773FFL,18446744073709551611UL,18446744073709551611UL,0x1DB773FFL};
        union U1 l_650 = {8L};
        int32_t l_653 = 0x0846A13AL;
        int32_t l_697 = 0x0A0EED09L;
        const int32_t ****l_713 = (void*)0;
        int8_t *l_857 = &g_62;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_522[i][j] = &g_3[5];
        }
        if (l_4)
            break;
        if (l_4)
            break;
    }
    return g_293;
}


/* ------------------------------------------ */
/* 
 * reads : g_12.f2 g_12 g_47 g_62 g_3 g_12.f0 g_12.f4 g_88 g_89 g_44 g_51 g_79 g_105 g_140 g_77 g_200 g_252 g_233 g_253 g_254 g_12.f3 g_188 g_300 g_237 g_54 g_244 g_135 g_291 g_36 g_330 g_336 g_105.f1 g_331 g_105.f0
 * writes: g_36 g_47 g_50 g_62 g_77 g_79 g_89 g_135 g_140 g_200 g_244 g_260 g_105 g_44 g_291 g_293 g_300 g_309 g_237 g_349 g_358 g_365 g_367 g_54 g_188 g_336
 */
static int8_t  func_9(union U1  p_10, uint16_t  p_11)
{ /* block id: 6 */
    float l_24 = 0x6.Bp+1;
    int32_t l_34 = 0xDC0223DEL;
    uint32_t *l_35 = &g_36;
    uint32_t l_510[4][5][1] = {{{4UL},{4294967287UL},{4UL},{4294967287UL},{4UL}},{{4294967287UL},{4UL},{4294967287UL},{4UL},{4294967287UL}},{{4UL},{4294967287UL},{4UL},{4294967287UL},{4UL}},{{4294967287UL},{4UL},{4294967287UL},{4UL},{4294967287UL}}};
    int32_t *l_511 = (void*)0;
    int32_t *l_512 = &l_34;
    int i, j, k;
    (*l_512) = (func_15(func_21(g_12.f2, ((safe_add_func_uint64_t_u_u((func_27(func_29(((*l_35) = l_34), (0xC422L | (safe_rshift_func_int8_t_s_u(func_39((g_50 = func_41(g_12))), ((l_34 > (((safe_mod_func_int8_t_s_s(((((void*)0 != l_35) <= g_51[1][0][5]) != 0x0FL), p_10.f4)) == g_237) == p_10.f4)) != p_10.f0)))), p_10.f2, g_54)) && 248UL), l_34)) , (*g_331))), p_10.f2, p_11, (***g_252), p_11) , l_510[1][4][0]);
    return p_10.f0;
}


/* ------------------------------------------ */
/* 
 * reads : g_54 g_140 g_44 g_188 g_244 g_331 g_12 g_47 g_233 g_336
 * writes: g_54 g_188 g_47 g_89 g_336
 */
static union U0  func_15(uint16_t  p_16, uint8_t  p_17, int16_t  p_18, int16_t  p_19, int32_t  p_20)
{ /* block id: 235 */
    float * const l_481 = &g_349;
    int32_t ** const l_502 = (void*)0;
    int32_t ** const *l_501 = &l_502;
    int32_t *l_505 = &g_44;
    int32_t ** const l_504 = &l_505;
    int32_t ** const *l_503 = &l_504;
    union U0 l_509 = {0x89E4DC1AL};
    for (g_54 = 21; (g_54 != 42); g_54++)
    { /* block id: 238 */
        int32_t ** const *l_499 = &g_233;
        int32_t ** const **l_500[7];
        uint16_t *l_506 = &g_188;
        uint8_t *l_507[7][8] = {{&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135},{&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135},{&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135},{&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135},{&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135},{&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135},{&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135,&g_135}};
        int64_t ***l_508 = &g_336;
        int i, j;
        for (i = 0; i < 7; i++)
            l_500[i] = &l_499;
        (**l_499) = func_41(((safe_rshift_func_uint8_t_u_u((l_481 != (void*)0), (p_17 ^= (safe_add_func_uint32_t_u_u((safe_sub_func_uint16_t_u_u(p_16, (safe_sub_func_int32_t_s_s((((safe_div_func_int8_t_s_s(((+g_140) | (safe_mul_func_int16_t_s_s((safe_sub_func_int32_t_s_s((((*l_506) &= (g_44 , (safe_add_func_uint64_t_u_u((safe_div_func_uint32_t_u_u((((4294967289UL == p_16) >= ((l_503 = (l_501 = l_499)) != &l_504)) >= p_19), p_19)), 2UL)))) || p_18), p_16)), 9UL))), g_244)) > 0x9FL) , p_20), (**l_504))))), 1L))))) , (*g_331)));
        (*l_508) = g_336;
    }
    return l_509;
}


/* ------------------------------------------ */
/* 
 * reads : g_79 g_3 g_200 g_62 g_12.f4
 * writes: g_79 g_62 g_44
 */
static uint16_t  func_21(int16_t  p_22, union U1  p_23)
{ /* block id: 229 */
    int16_t l_467 = 2L;
    uint32_t l_468 = 0x6BA6F488L;
    int64_t *l_469 = &g_79;
    int32_t l_474 = 1L;
    int8_t *l_475 = &g_62;
    int32_t *l_476 = &g_44;
    (*l_476) = ((safe_mod_func_uint16_t_u_u((((((safe_rshift_func_uint16_t_u_u((((*l_469) &= ((safe_mod_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u(l_467, 5)), l_468)) && (&g_51[1][0][6] != &g_51[1][0][6]))) >= (safe_mod_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s(((l_474 |= g_3[2]) | ((((*l_475) ^= (((p_22 & (p_23.f4 == (l_468 != (0x52DF5830L <= l_468)))) || p_23.f2) != g_200)) | l_468) || p_23.f4)), 2)), p_22))), 6)) , 0xB93BDE2CL) != p_22) , 0xB063L) , g_12.f4), p_23.f0)) || l_467);
    return g_3[2];
}


/* ------------------------------------------ */
/* 
 * reads : g_237 g_105.f1 g_330 g_331 g_12 g_47 g_88 g_79 g_44 g_3 g_105.f0 g_51 g_89 g_36 g_233 g_140 g_291 g_253 g_254 g_12.f3 g_135 g_12.f4 g_188 g_77
 * writes: g_237 g_105.f1 g_47 g_89 g_260 g_349 g_79 g_358 g_365 g_367 g_44 g_135 g_36 g_140
 */
static int8_t  func_27(uint32_t  p_28)
{ /* block id: 158 */
    uint64_t l_340 = 18446744073709551613UL;
    int32_t l_370 = 1L;
    int32_t l_372 = (-1L);
    int32_t l_375[4];
    float l_407 = 0x1.6p-1;
    int16_t l_408 = 0xB543L;
    int i;
    for (i = 0; i < 4; i++)
        l_375[i] = 0x536AE6BAL;
    for (g_237 = 0; (g_237 <= 0); g_237 += 1)
    { /* block id: 161 */
        int32_t *l_338 = &g_44;
        int32_t *l_339 = (void*)0;
        int32_t ***l_355 = &g_88;
        int32_t l_369 = 8L;
        int32_t l_371 = 1L;
        int32_t l_374[7][4] = {{0L,0x686F13ACL,(-1L),(-1L)},{0L,0L,0L,(-1L)},{8L,0x686F13ACL,8L,0L},{8L,0L,0L,8L},{0L,0L,(-1L),0L},{0L,0x686F13ACL,(-1L),(-1L)},{0L,0L,0L,(-1L)}};
        uint64_t l_379 = 0x4081363863B415A3LL;
        int16_t **l_453 = &g_254;
        int16_t ***l_452[7][4][3] = {{{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453}},{{(void*)0,&l_453,&l_453},{(void*)0,&l_453,(void*)0},{&l_453,&l_453,&l_453},{&l_453,&l_453,(void*)0}},{{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453},{(void*)0,&l_453,&l_453}},{{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453}},{{&l_453,&l_453,&l_453},{(void*)0,&l_453,&l_453},{(void*)0,&l_453,(void*)0},{&l_453,&l_453,&l_453}},{{&l_453,&l_453,(void*)0},{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453}},{{(void*)0,&l_453,&l_453},{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453}}};
        int i, j, k;
        ++l_340;
        for (g_105.f1 = 0; (g_105.f1 <= 0); g_105.f1 += 1)
        { /* block id: 165 */
            int32_t l_343 = 0x9A296DCEL;
            int32_t l_368 = 0x9BD16C97L;
            int32_t l_376 = 0L;
            int8_t l_377 = (-7L);
            int16_t l_378 = (-1L);
            int16_t **l_451 = &g_254;
            int16_t ***l_450[4][4] = {{&l_451,&l_451,&l_451,&l_451},{&l_451,&l_451,&l_451,&l_451},{&l_451,&l_451,&l_451,&l_451},{&l_451,&l_451,&l_451,&l_451}};
            uint64_t l_454 = 1UL;
            float l_455 = 0x2.49FBD5p-19;
            int i, j;
            (*g_88) = func_41((**g_330));
            if (l_343)
            { /* block id: 167 */
                int32_t l_346 = 7L;
                float *l_347 = &g_260[6];
                float *l_348 = &g_349;
                int32_t ***l_354 = &g_233;
                int32_t ****l_353[7];
                int64_t *l_356 = &g_79;
                float *l_357 = &g_358;
                float *l_363 = (void*)0;
                float *l_364 = &g_365;
                float *l_366[3];
                int i;
                for (i = 0; i < 7; i++)
                    l_353[i] = &l_354;
                for (i = 0; i < 3; i++)
                    l_366[i] = &g_367[0];
                (*l_338) = (g_367[0] = (safe_mul_func_float_f_f((((((*l_348) = ((*l_347) = (p_28 >= l_346))) == (((*l_356) ^= (!(p_28 <= (safe_lshift_func_int8_t_s_s((&g_88 == (l_355 = &g_88)), 5))))) , ((*l_364) = ((((*l_357) = g_237) <= l_340) < (safe_mul_func_float_f_f(g_44, (((safe_rshift_func_int8_t_s_u(p_28, 2)) && g_105.f1) , 0xA.6749FEp+27))))))) == g_3[3]) <= g_105.f0), 0x4.Cp-1)));
                if (p_28)
                    break;
                l_379--;
            }
            else
            { /* block id: 178 */
                uint64_t *l_382 = &l_340;
                int32_t l_386 = (-3L);
                for (l_370 = 0; (l_370 <= 0); l_370 += 1)
                { /* block id: 181 */
                    uint64_t **l_383 = &l_382;
                    int32_t l_384 = 1L;
                    if ((0xDB931081L == ((*l_338) = (((*l_383) = l_382) == (void*)0))))
                    { /* block id: 184 */
                        uint8_t *l_385 = &g_135;
                        int i, j, k;
                        l_384 = g_51[l_370][l_370][(l_370 + 4)];
                        l_376 = ((8L > g_51[(l_370 + 1)][l_370][(g_237 + 7)]) | ((*l_385) = ((void*)0 != g_89[g_237])));
                        if (g_51[l_370][l_370][(l_370 + 4)])
                            continue;
                    }
                    else
                    { /* block id: 189 */
                        if (l_386)
                            break;
                    }
                    for (g_36 = 0; (g_36 <= 0); g_36 += 1)
                    { /* block id: 194 */
                        (*g_88) = (*g_233);
                    }
                }
            }
            if (p_28)
                break;
            for (g_47 = 0; (g_47 <= 0); g_47 += 1)
            { /* block id: 202 */
                uint64_t l_405 = 0x800588CF05EA7E4DLL;
                uint8_t *l_409 = &g_135;
                int32_t l_410 = 0L;
                int32_t *l_413 = &g_140;
                int8_t *l_449[1][6][1] = {{{&l_377},{&g_62},{&g_62},{&l_377},{&g_62},{&g_62}}};
                int i, j, k;
                if (p_28)
                { /* block id: 203 */
                    if ((*l_338))
                        break;
                }
                else
                { /* block id: 205 */
                    for (l_372 = 0; (l_372 >= 0); l_372 -= 1)
                    { /* block id: 208 */
                        float l_387 = 0xF.71FBF8p-27;
                        l_375[3] |= (0x7DL == g_140);
                        return p_28;
                    }
                }
                (*g_233) = (*g_88);
                l_410 = ((safe_add_func_int32_t_s_s(((safe_rshift_func_uint16_t_u_u(0UL, (safe_add_func_uint64_t_u_u((~((*l_409) |= (safe_add_func_int8_t_s_s((safe_add_func_uint32_t_u_u(0x1FFB1C19L, (safe_mul_func_uint16_t_u_u((p_28 == (1UL && ((safe_rshift_func_int16_t_s_s((((safe_sub_func_int64_t_s_s(l_405, p_28)) & (g_291 | (~9UL))) && l_405), (*l_338))) == (**g_253)))), l_340)))), l_408)))), 0x8630AA0883D9349DLL)))) < g_105.f0), g_12.f4)) <= p_28);
                (*l_338) ^= (safe_add_func_uint16_t_u_u((((((p_28 >= ((((*l_413) = 0x0C2B7AB4L) , (safe_unary_minus_func_int32_t_s((l_405 | (safe_sub_func_uint8_t_u_u((((safe_div_func_uint16_t_u_u(((safe_mod_func_int16_t_s_s((safe_add_func_uint32_t_u_u((safe_lshift_func_int8_t_s_u(((safe_div_func_int8_t_s_s((p_28 != (0x7335DAB8L < (safe_add_func_int16_t_s_s((l_372 = ((safe_mul_func_uint8_t_u_u(((**g_330) , (0xB4B6L & ((safe_mul_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u((((safe_rshift_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(((((safe_div_func_int32_t_s_s(((safe_lshift_func_int8_t_s_s((l_410 = (((safe_div_func_uint16_t_u_u(((-1L) & ((((safe_mod_func_uint32_t_u_u((safe_div_func_uint64_t_u_u((p_28 <= 1UL), g_135)), (-2L))) , l_375[3]) <= g_3[2]) > 0x026E50C4L)), 3L)) && g_291) < l_370)), g_79)) <= g_79), l_375[3])) , l_450[2][3]) == l_452[5][1][1]) || g_188), (**g_253))), l_454)) , g_51[1][0][7]) >= (-4L)), 3UL)), 0L)) & l_375[1]))), g_79)) & p_28)), 0x8E4AL)))), p_28)) | 0x6E3B149C9556741FLL), 1)), p_28)), p_28)) , p_28), (-1L))) && p_28) | (-1L)), g_12.f4)))))) != l_405)) != l_405) | p_28) > g_77) > l_405), 2L));
            }
        }
    }
    for (l_370 = (-1); (l_370 <= 7); l_370 = safe_add_func_int8_t_s_s(l_370, 5))
    { /* block id: 225 */
        int32_t *l_458[7][8] = {{(void*)0,&g_44,&l_372,&g_44,&g_3[1],&g_44,&g_44,(void*)0},{&g_44,&g_3[4],&g_3[1],&l_372,(void*)0,&l_372,&l_372,&g_3[1]},{&g_44,&g_44,&g_44,&g_44,&l_375[3],&l_370,&l_375[2],&g_3[2]},{&l_375[3],&l_370,&l_375[2],&g_3[2],&l_372,(void*)0,&g_3[1],&l_375[3]},{&g_3[4],&l_370,&g_3[1],&g_44,&g_3[1],&l_370,&g_3[4],&g_44},{&g_44,&g_44,&g_44,&l_370,&g_44,&l_372,&l_370,&l_372},{&l_372,&l_375[3],&g_44,&l_372,&g_44,&g_44,&l_372,&g_44}};
        int i, j;
        l_372 &= 0xE44E0550L;
    }
    return l_372;
}


/* ------------------------------------------ */
/* 
 * reads : g_244 g_44 g_135 g_291 g_36 g_330 g_253 g_254 g_12.f3 g_79 g_140 g_336
 * writes: g_309 g_44
 */
static uint32_t  func_29(uint32_t  p_30, uint64_t  p_31, const int32_t  p_32, uint32_t  p_33)
{ /* block id: 153 */
    union U0 *l_307 = &g_105;
    union U0 **l_308[7][4][2] = {{{(void*)0,&l_307},{&l_307,(void*)0},{&l_307,&l_307},{&l_307,(void*)0}},{{&l_307,&l_307},{(void*)0,&l_307},{&l_307,(void*)0},{&l_307,&l_307}},{{&l_307,(void*)0},{&l_307,&l_307},{(void*)0,&l_307},{&l_307,(void*)0}},{{&l_307,&l_307},{&l_307,(void*)0},{&l_307,&l_307},{(void*)0,&l_307}},{{&l_307,(void*)0},{&l_307,&l_307},{&l_307,(void*)0},{&l_307,&l_307}},{{(void*)0,&l_307},{&l_307,(void*)0},{&l_307,&l_307},{&l_307,(void*)0}},{{&l_307,&l_307},{(void*)0,&l_307},{&l_307,(void*)0},{&l_307,&l_307}}};
    int32_t l_310 = 2L;
    int32_t *l_311 = &g_44;
    int32_t *l_312[5] = {&g_44,&g_44,&g_44,&g_44,&g_44};
    uint32_t l_313 = 0x9CD658C9L;
    union U1 **l_332 = (void*)0;
    int32_t l_333 = 0xA33FCBB7L;
    int64_t *l_335 = (void*)0;
    int64_t **l_334 = &l_335;
    uint64_t l_337 = 0xE9B86C75B8925916LL;
    int i, j, k;
    g_309 = l_307;
    l_313--;
    (*l_311) = ((safe_mul_func_uint8_t_u_u(g_244, ((*l_311) == (safe_sub_func_uint64_t_u_u(((g_135 >= ((((safe_unary_minus_func_uint32_t_u(g_291)) , ((((((!g_36) >= (((((safe_rshift_func_int8_t_s_s((safe_div_func_uint16_t_u_u((((safe_mod_func_int16_t_s_s(((((safe_rshift_func_uint16_t_u_u(0x967EL, 10)) < (g_330 == l_332)) ^ g_291) > p_32), (*l_311))) > 9UL) || p_32), l_333)), 1)) >= (*l_311)) , (void*)0) != (void*)0) && (**g_253))) == g_79) >= p_32) && 0xF3L) ^ g_140)) , l_334) != g_336)) == 0L), p_32))))) != p_31);
    return l_337;
}


/* ------------------------------------------ */
/* 
 * reads : g_47 g_62 g_3 g_12.f0 g_12.f4 g_88 g_89 g_44 g_51 g_79 g_105 g_12.f2 g_140 g_77 g_200 g_252 g_233 g_253 g_254 g_12.f3 g_188 g_300
 * writes: g_47 g_62 g_77 g_79 g_89 g_135 g_140 g_200 g_244 g_260 g_105 g_44 g_291 g_293 g_300
 */
static int8_t  func_39(uint32_t * p_40)
{ /* block id: 12 */
    uint8_t l_52 = 0UL;
    int32_t l_55 = (-4L);
    uint64_t * const l_63 = &g_54;
    uint32_t l_123 = 18446744073709551612UL;
    int64_t *l_130 = &g_79;
    int8_t l_142 = 0x77L;
    int32_t l_169 = 0x82BABF48L;
    union U0 *l_242 = &g_105;
    int16_t *l_283 = &g_12.f0;
    const union U1 l_284 = {0xF513L};
    int32_t l_288 = 0xECCFDFDAL;
    int16_t l_289 = 9L;
    int32_t *l_290[4][3] = {{&g_44,&g_3[2],&g_44},{&g_44,&l_288,&g_44},{&g_44,&g_3[2],&g_44},{&g_44,&l_288,&g_44}};
    uint8_t l_292[3][9][1] = {{{0xA3L},{255UL},{247UL},{0xA3L},{0UL},{0UL},{0xA3L},{247UL},{255UL}},{{0xA3L},{255UL},{247UL},{0xA3L},{0UL},{0UL},{0xA3L},{247UL},{255UL}},{{0xA3L},{255UL},{247UL},{0xA3L},{0UL},{0UL},{0xA3L},{247UL},{255UL}}};
    float l_294 = 0xB.F50513p-7;
    uint16_t l_295[1][6][9] = {{{65526UL,0UL,5UL,0xAF9EL,0UL,0x36DFL,0x7E60L,0x6F23L,1UL},{5UL,0x36DFL,0xAF9EL,0x5F93L,65526UL,0x5F93L,0xAF9EL,0x36DFL,5UL},{0xF7DDL,65526UL,0xAF9EL,1UL,0xF21BL,0x2FE5L,0UL,0UL,0x5F93L},{65526UL,0x7E60L,5UL,0UL,0xF097L,0xF7DDL,0UL,0UL,0xF7DDL},{0xF7DDL,0xF21BL,0UL,0xF21BL,0xF7DDL,0x7E60L,1UL,0UL,0UL},{5UL,0x6F23L,0UL,0x4D51L,65526UL,0x3603L,0UL,0xF097L,0x6F23L}}};
    int64_t l_304 = (-3L);
    int i, j, k;
    for (g_47 = 0; (g_47 <= 0); g_47 += 1)
    { /* block id: 15 */
        uint64_t *l_53[1];
        uint32_t *l_67 = &g_51[1][0][6];
        int32_t l_71 = 0xF019D465L;
        union U0 l_75 = {0x96A48ADBL};
        int32_t *l_86[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        uint8_t l_113 = 0xD7L;
        int64_t **l_138 = &l_130;
        uint8_t l_172 = 0UL;
        const int16_t l_236 = 0xC5BCL;
        int i;
        for (i = 0; i < 1; i++)
            l_53[i] = &g_54;
        if ((((l_55 &= l_52) != ((safe_mul_func_uint8_t_u_u((safe_add_func_int64_t_s_s((safe_mul_func_uint8_t_u_u(g_62, (l_63 != (void*)0))), ((safe_unary_minus_func_int64_t_s((safe_mod_func_uint8_t_u_u(255UL, (0x56BBB307L | ((void*)0 == &g_51[0][0][1])))))) > (((((g_3[2] , p_40) == l_67) , l_67) != &g_51[1][0][6]) == g_12.f0)))), 0UL)) , 0x61EA52FA57A880E1LL)) | l_52))
        { /* block id: 17 */
            uint16_t l_72 = 0xB847L;
            for (g_62 = 0; (g_62 <= 0); g_62 += 1)
            { /* block id: 20 */
                int32_t *l_69[9][8][3] = {{{&l_55,&g_3[2],&g_3[2]},{(void*)0,(void*)0,&g_3[2]},{&l_55,&g_3[2],&g_3[3]},{(void*)0,&l_55,&l_55},{(void*)0,&g_3[2],&l_55},{(void*)0,&l_55,&g_3[2]},{&l_55,&l_55,&g_3[3]},{(void*)0,&l_55,(void*)0}},{{&l_55,&l_55,&g_3[2]},{&g_44,&g_3[2],(void*)0},{&l_55,&l_55,&g_3[2]},{&g_44,&g_3[2],(void*)0},{&g_3[2],(void*)0,&g_3[3]},{&g_3[2],&g_3[2],&g_3[2]},{&g_44,(void*)0,&l_55},{&l_55,&g_44,&l_55}},{{&g_44,(void*)0,&g_3[3]},{&l_55,&g_3[2],&g_3[2]},{(void*)0,(void*)0,&g_3[2]},{&l_55,&g_3[2],&g_3[3]},{(void*)0,&l_55,&l_55},{(void*)0,&g_3[2],&l_55},{(void*)0,&l_55,&g_3[2]},{&l_55,&l_55,&g_3[3]}},{{(void*)0,&l_55,(void*)0},{&l_55,&l_55,&g_3[2]},{&g_44,&g_3[2],(void*)0},{&l_55,&l_55,&g_3[2]},{&g_44,&g_3[2],(void*)0},{&g_3[2],(void*)0,&g_3[3]},{&g_3[2],&g_3[2],&g_3[2]},{&g_44,(void*)0,&l_55}},{{&l_55,&g_44,&l_55},{&g_44,(void*)0,&g_3[3]},{&l_55,&g_3[2],&g_3[2]},{(void*)0,(void*)0,&g_3[2]},{&l_55,&g_3[2],&g_3[3]},{(void*)0,&l_55,&l_55},{(void*)0,&g_3[2],&l_55},{(void*)0,&l_55,&g_3[2]}},{{&l_55,&l_55,&g_3[3]},{(void*)0,&l_55,(void*)0},{&l_55,&l_55,&g_3[2]},{&g_44,&g_3[2],(void*)0},{&l_55,&l_55,&g_3[2]},{&g_44,&g_3[2],(void*)0},{&g_3[2],(void*)0,&g_3[3]},{&g_3[2],&g_3[2],&g_3[2]}},{{&g_44,(void*)0,&l_55},{&l_55,&g_44,&l_55},{&g_44,(void*)0,&g_3[3]},{&l_55,&g_3[2],&g_3[2]},{(void*)0,(void*)0,&g_3[2]},{&l_55,&g_3[2],&g_3[3]},{(void*)0,&l_55,&l_55},{(void*)0,&g_3[2],&l_55}},{{(void*)0,&l_55,&g_3[2]},{&l_55,&l_55,&g_3[3]},{(void*)0,&l_55,(void*)0},{&l_55,&g_3[2],&l_55},{&g_44,&g_3[2],(void*)0},{&g_3[2],&l_55,&l_55},{&g_3[2],&g_44,&g_44},{&g_3[1],&l_55,&g_3[2]}},{{&g_3[1],&g_44,(void*)0},{&g_3[2],(void*)0,(void*)0},{&g_3[2],&g_44,&g_3[1]},{&g_44,(void*)0,&l_55},{&l_55,&g_44,&g_44},{(void*)0,&l_55,&g_44},{(void*)0,&g_44,&l_55},{&l_55,&l_55,&g_3[1]}}};
                int32_t **l_68 = &l_69[7][4][2];
                int16_t *l_76 = &g_77;
                int64_t *l_78 = &g_79;
                int32_t *l_81 = &g_3[4];
                int32_t **l_80 = &l_81;
                int32_t *l_83 = &g_3[4];
                int32_t **l_82 = &l_83;
                int i, j, k;
                (*l_82) = ((*l_80) = (((((*l_68) = &g_44) != (void*)0) < ((~((&g_51[1][0][6] != (void*)0) != (l_71 || l_72))) & (((l_55 , ((*l_78) = (safe_sub_func_int16_t_s_s(((*l_76) = (l_75 , ((((l_71 && g_3[4]) & g_12.f0) ^ l_72) | g_3[3]))), g_12.f4)))) == l_55) != (-1L)))) , &l_71));
                l_86[4] = ((safe_lshift_func_uint8_t_u_u((p_40 == p_40), 0)) , (void*)0);
                for (l_52 = 0; (l_52 <= 0); l_52 += 1)
                { /* block id: 29 */
                    int32_t ***l_90 = &l_68;
                    int32_t ***l_91 = &l_80;
                    if ((+(&l_83 == ((*l_91) = ((*l_90) = g_88)))))
                    { /* block id: 32 */
                        uint32_t l_92[2];
                        int8_t l_108 = 0xCDL;
                        int i;
                        for (i = 0; i < 2; i++)
                            l_92[i] = 0xC6498872L;
                        ++l_92[1];
                        l_55 |= (((***l_91) == (((**g_88) & 0L) | ((safe_add_func_uint16_t_u_u(((safe_add_func_int32_t_s_s((safe_add_func_int8_t_s_s((-1L), g_51[1][0][6])), ((safe_lshift_func_uint8_t_u_s(g_79, ((((((-3L) | (safe_lshift_func_int8_t_s_u(((g_105 , ((((((safe_rshift_func_uint8_t_u_u((((-6L) && (**l_68)) < g_3[4]), 4)) == 65535UL) | g_51[1][0][6]) ^ 0UL) , (**l_68)) <= (***l_90))) || 0xC8FF697105BA9186LL), 1))) < g_51[1][0][6]) , g_44) <= g_44) , (**l_80)))) , (***l_91)))) | l_108), 0x81B6L)) ^ l_108))) && 4294967295UL);
                    }
                    else
                    { /* block id: 35 */
                        int64_t l_122 = 0L;
                        union U1 l_124 = {0x377CL};
                        uint8_t *l_125 = &l_113;
                        l_123 &= ((((0x26F2DC12L & (***l_91)) != (**l_80)) != ((l_72 >= (((((safe_rshift_func_uint8_t_u_s((safe_add_func_int32_t_s_s((l_55 && (0x230C2C54L != l_72)), (((l_113 ^ (safe_add_func_int32_t_s_s((safe_mod_func_int16_t_s_s(((safe_sub_func_int64_t_s_s(((*l_78) |= (safe_sub_func_uint64_t_u_u((0xFC4AL == (-2L)), 0L))), l_122)) <= (**g_88)), g_12.f2)), (***l_91)))) , g_79) <= (-1L)))), l_122)) , (***l_90)) < (**l_82)) <= l_122) == l_55)) < 0xB7DEL)) == (***l_91));
                        (**l_82) = ((l_124 , (0L != l_124.f0)) | (++(*l_125)));
                        (**l_82) = l_124.f3;
                    }
                }
            }
            (*g_88) = (*g_88);
        }
        else
        { /* block id: 45 */
            int64_t **l_131 = &l_130;
            int64_t *l_132 = &g_79;
            uint8_t *l_133[10][7][3] = {{{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0}},{{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113}},{{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0}},{{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113}},{{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0}},{{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113}},{{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0}},{{&l_52,&l_52,&l_113},{&l_52,&l_52,(void*)0},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52}},{{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52}},{{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52},{&l_52,&l_52,&l_52}}};
            int32_t l_134 = (-8L);
            int32_t l_136 = 0x029DE2F3L;
            int i, j, k;
            l_136 ^= (l_55 = (safe_mod_func_uint8_t_u_u((((*l_131) = l_130) == l_132), (g_135 = ((l_134 = g_12.f4) & (l_63 != l_53[0]))))));
        }
        for (g_79 = 0; (g_79 >= 0); g_79 -= 1)
        { /* block id: 54 */
            int64_t **l_139 = &l_130;
            int32_t l_141[8][10] = {{0xD45AB6B2L,0x73F18804L,0xE3EA4B03L,1L,(-1L),0x8532663EL,0x593052EAL,0x3446011DL,(-2L),(-1L)},{0x3446011DL,0xBD4C0033L,(-10L),1L,0x73F18804L,(-1L),0x4784E495L,9L,(-1L),0x8532663EL},{0x7E234033L,0x3446011DL,0x6B62B2D3L,0x59C9A882L,0x40E7BB6FL,0x40E7BB6FL,0x59C9A882L,0x6B62B2D3L,0x3446011DL,0x7E234033L},{(-1L),0x6B62B2D3L,0xCC9BDC87L,0x5491B972L,(-6L),1L,0x8532663EL,(-2L),0x73F18804L,8L},{1L,0xA7A27731L,9L,0x6B62B2D3L,(-6L),(-8L),(-1L),0x593052EAL,0xC7AF3233L,0x7E234033L},{(-6L),0x8532663EL,(-7L),1L,0x40E7BB6FL,0x44F22EBFL,0x40E7BB6FL,1L,(-7L),0x8532663EL},{(-2L),0x44F22EBFL,0x59C9A882L,0xA7A27731L,0x73F18804L,0xC7AF3233L,1L,0x5491B972L,0x40E7BB6FL,(-1L)},{0xCC9BDC87L,9L,1L,0xBAA5094AL,(-1L),0xC7AF3233L,(-8L),0xC081A072L,0x44F22EBFL,1L}};
            int i, j;
            g_140 = (!(l_138 != l_139));
            if (l_141[2][5])
                break;
            if (l_142)
                continue;
            for (g_140 = 0; (g_140 >= 0); g_140 -= 1)
            { /* block id: 60 */
                int16_t l_152 = 0L;
                int64_t l_153 = 0x5121E4F299C82483LL;
                uint8_t l_154 = 0xF6L;
                int32_t l_158 = (-1L);
                int32_t l_162 = 0x9A3497EFL;
                int32_t l_171 = 6L;
                int16_t **l_186 = (void*)0;
                int16_t ***l_185 = &l_186;
                int8_t l_201 = 0xFAL;
                int32_t *l_202 = &l_71;
                union U0 l_247 = {-3L};
                int8_t l_258 = 6L;
                int32_t l_261 = 1L;
                for (g_77 = 0; (g_77 >= 0); g_77 -= 1)
                { /* block id: 63 */
                    int64_t l_146 = 0xD4FDDE0D53B31187LL;
                    int32_t l_159 = 0L;
                    int32_t l_161 = 0x792A7B37L;
                    int32_t l_163 = 3L;
                    int32_t l_164 = (-7L);
                    int32_t l_170 = 0L;
                    int32_t **l_234 = &g_89[5];
                }
                for (l_158 = 0; (l_158 >= (-21)); l_158 = safe_sub_func_int16_t_s_s(l_158, 1))
                { /* block id: 105 */
                    union U0 **l_243[4];
                    int i;
                    for (i = 0; i < 4; i++)
                        l_243[i] = &l_242;
                    l_242 = l_242;
                    for (g_200 = 0; (g_200 <= 0); g_200 += 1)
                    { /* block id: 109 */
                        int16_t ***l_251 = &l_186;
                        int32_t ** const l_257 = &g_89[1];
                        float *l_259 = &g_260[6];
                        int i, j;
                        g_244 = 0x7.5BCBD6p+42;
                        (*l_202) = (0xDAC5E5D6FC0C68FDLL > ((l_247 , ((((((~((0x41E0B0FEL && (l_251 != g_252)) & ((l_141[(g_140 + 1)][(g_140 + 8)] = (safe_lshift_func_int8_t_s_u((&g_89[1] != (l_141[(g_140 + 2)][(g_79 + 6)] , (((1L && l_141[(g_47 + 6)][(g_79 + 4)]) >= g_62) , l_257))), 4))) || (-1L)))) , 1UL) , (void*)0) != (void*)0) && l_258) && g_3[2])) > 0xFF09BE1AL));
                        (*l_259) = g_3[5];
                        return l_261;
                    }
                }
                for (l_154 = 15; (l_154 == 34); ++l_154)
                { /* block id: 119 */
                    for (l_123 = 1; (l_123 <= 6); l_123 += 1)
                    { /* block id: 122 */
                        uint64_t l_264 = 0x41E13D4BFED72C55LL;
                        l_264--;
                    }
                    if ((*l_202))
                    { /* block id: 125 */
                        union U1 *l_268 = (void*)0;
                        union U1 **l_267 = &l_268;
                        (*l_267) = &g_12;
                        (*g_233) = (void*)0;
                        return g_140;
                    }
                    else
                    { /* block id: 129 */
                        (*l_202) = (-7L);
                    }
                    return g_140;
                }
            }
        }
    }
    g_293 = ((safe_sub_func_int16_t_s_s((+(((g_244 = ((safe_add_func_uint16_t_u_u((((*l_242) = (*l_242)) , (safe_add_func_uint16_t_u_u(((g_291 = (g_105.f0 = (l_55 <= (g_44 = (safe_mul_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(l_52, ((!((((((*g_88) = ((safe_lshift_func_int8_t_s_u((l_283 == (void*)0), 7)) , func_41(l_284))) != &l_55) , (((+((safe_rshift_func_int8_t_s_u((g_62 = ((l_288 > g_44) , g_62)), 0)) >= 0xA62E1F7FL)) > g_12.f0) ^ g_3[0])) != l_289) , 7UL)) , l_142))), g_51[1][0][6])))))) && l_292[0][1][0]), (**g_253)))), 0x1E7DL)) ^ g_51[1][0][6])) , g_51[1][0][7]) != g_188)), g_79)) | g_200);
    if (l_295[0][4][8])
    { /* block id: 145 */
        uint64_t l_296[5][9] = {{1UL,0x6F1A482D9A375466LL,1UL,0UL,0x62944A458A64CC76LL,0UL,1UL,0x6F1A482D9A375466LL,1UL},{0x4DD67028839783EALL,18446744073709551607UL,0x4DD67028839783EALL,0x4DD67028839783EALL,18446744073709551607UL,0x4DD67028839783EALL,0x4DD67028839783EALL,18446744073709551607UL,0x4DD67028839783EALL},{1UL,0x6F1A482D9A375466LL,1UL,0UL,0x62944A458A64CC76LL,0UL,1UL,0x6F1A482D9A375466LL,1UL},{0x4DD67028839783EALL,18446744073709551607UL,0x4DD67028839783EALL,0x4DD67028839783EALL,18446744073709551607UL,0x4DD67028839783EALL,0x4DD67028839783EALL,18446744073709551607UL,0x4DD67028839783EALL},{1UL,0x6F1A482D9A375466LL,1UL,0UL,0x62944A458A64CC76LL,0UL,1UL,0x6F1A482D9A375466LL,1UL}};
        int32_t l_297 = 0L;
        int i, j;
        l_297 = l_296[2][4];
    }
    else
    { /* block id: 147 */
        float l_298 = 0x0.7FC323p+85;
        int8_t l_299 = 0L;
        int32_t l_303[10] = {0x68E064FDL,0x82F0E3FBL,0x68E064FDL,0x68E064FDL,0x82F0E3FBL,0x68E064FDL,0x68E064FDL,0x82F0E3FBL,1L,1L};
        int i;
        --g_300;
        l_303[2] &= l_299;
        l_304 = (-3L);
    }
    return g_3[2];
}


/* ------------------------------------------ */
/* 
 * reads : g_47
 * writes: g_47
 */
static uint32_t * func_41(const union U1  p_42)
{ /* block id: 8 */
    int32_t *l_43 = &g_44;
    int32_t *l_45 = (void*)0;
    int32_t *l_46[7][2] = {{&g_44,&g_44},{&g_44,&g_44},{&g_44,&g_44},{&g_44,&g_44},{&g_44,&g_44},{&g_44,&g_44},{&g_44,&g_44}};
    int i, j;
    --g_47;
    return l_45;
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
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_12.f0, "g_12.f0", print_hash_value);
    transparent_crc(g_12.f2, "g_12.f2", print_hash_value);
    transparent_crc(g_12.f3, "g_12.f3", print_hash_value);
    transparent_crc(g_12.f4, "g_12.f4", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 9; k++)
            {
                transparent_crc(g_51[i][j][k], "g_51[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_105.f0, "g_105.f0", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_188, "g_188", print_hash_value);
    transparent_crc(g_200, "g_200", print_hash_value);
    transparent_crc(g_237, "g_237", print_hash_value);
    transparent_crc(g_244, "g_244", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc_bytes(&g_260[i], sizeof(g_260[i]), "g_260[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_291, "g_291", print_hash_value);
    transparent_crc(g_293, "g_293", print_hash_value);
    transparent_crc(g_300, "g_300", print_hash_value);
    transparent_crc_bytes (&g_349, sizeof(g_349), "g_349", print_hash_value);
    transparent_crc_bytes (&g_358, sizeof(g_358), "g_358", print_hash_value);
    transparent_crc_bytes (&g_365, sizeof(g_365), "g_365", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc_bytes(&g_367[i], sizeof(g_367[i]), "g_367[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc_bytes (&g_373, sizeof(g_373), "g_373", print_hash_value);
    transparent_crc(g_617, "g_617", print_hash_value);
    transparent_crc(g_718, "g_718", print_hash_value);
    transparent_crc(g_746, "g_746", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 238
XXX total union variables: 13

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 8
breakdown:
   indirect level: 0, occurrence: 5
   indirect level: 1, occurrence: 3
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 3
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 5
XXX times a single bitfield on LHS: 1
XXX times a single bitfield on RHS: 7

XXX max expression depth: 53
breakdown:
   depth: 1, occurrence: 92
   depth: 2, occurrence: 22
   depth: 4, occurrence: 2
   depth: 5, occurrence: 3
   depth: 9, occurrence: 1
   depth: 18, occurrence: 2
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 23, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 27, occurrence: 1
   depth: 28, occurrence: 1
   depth: 29, occurrence: 1
   depth: 31, occurrence: 1
   depth: 35, occurrence: 1
   depth: 53, occurrence: 1

XXX total number of pointers: 168

XXX times a variable address is taken: 329
XXX times a pointer is dereferenced on RHS: 89
breakdown:
   depth: 1, occurrence: 52
   depth: 2, occurrence: 25
   depth: 3, occurrence: 12
XXX times a pointer is dereferenced on LHS: 96
breakdown:
   depth: 1, occurrence: 89
   depth: 2, occurrence: 6
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 19
XXX times a pointer is compared with address of another variable: 2
XXX times a pointer is compared with another pointer: 6
XXX times a pointer is qualified to be dereferenced: 1896

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 267
   level: 2, occurrence: 138
   level: 3, occurrence: 32
   level: 4, occurrence: 17
XXX number of pointers point to pointers: 74
XXX number of pointers point to scalars: 89
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 25.6
XXX average alias set size: 1.29

XXX times a non-volatile is read: 772
XXX times a non-volatile is write: 333
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 0

XXX stmts: 90
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 21
   depth: 1, occurrence: 13
   depth: 2, occurrence: 11
   depth: 3, occurrence: 14
   depth: 4, occurrence: 10
   depth: 5, occurrence: 21

XXX percentage a fresh-made variable is used: 19.7
XXX percentage an existing variable is used: 80.3
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

