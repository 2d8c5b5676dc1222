/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 40 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      40
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int8_t * const  f0;
   const signed f1 : 16;
   int32_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static uint64_t g_11 = 0x21F1EB32A831D26ELL;
static int32_t g_18[9] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
static int8_t g_20 = 0xA5L;
static const int8_t *g_44 = &g_20;
static const int8_t ** const g_43 = &g_44;
static int32_t *g_60 = &g_18[4];
static int32_t * const *g_59 = &g_60;
static int8_t g_61 = 5L;
static union U0 g_62 = {0};
static uint32_t g_66 = 0x132DC1B2L;
static int32_t *g_131 = &g_18[8];
static int16_t g_134 = 0xDDE1L;
static int32_t **g_155 = &g_131;
static int32_t ***g_154 = &g_155;
static int32_t ****g_153 = &g_154;
static int64_t g_162 = 7L;
static float g_166 = 0x7.CDB552p+55;
static uint8_t g_180 = 0x61L;
static int32_t **g_181 = &g_60;
static int16_t g_240 = 3L;
static int16_t g_242 = 0xF3F7L;
static uint8_t g_269 = 0x85L;
static uint16_t g_293 = 0x534EL;
static union U0 *g_377 = &g_62;
static union U0 **g_376 = &g_377;
static union U0 ***g_375 = &g_376;
static const int32_t g_407 = (-1L);
static float g_533 = 0x1.Fp+1;
static int16_t g_534 = 0x1ACEL;
static uint64_t g_547 = 0x2CDA68971AE0B602LL;
static const float g_559 = 0x8.1E457Ep-32;
static const float *g_558 = &g_559;
static uint8_t g_569 = 255UL;
static union U0 g_604[8][9] = {{{0},{0},{0},{0},{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0},{0},{0},{0},{0}},{{0},{0},{0},{0},{0},{0},{0},{0},{0}}};
static uint16_t g_644 = 0x1275L;
static uint16_t g_654 = 65535UL;
static float g_680 = 0x9.D29C52p+0;
static int8_t *g_719 = &g_61;
static int8_t **g_718[6][7][2] = {{{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719}},{{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719}},{{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719}},{{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719}},{{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719}},{{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719},{&g_719,&g_719}}};
static int8_t ***g_717[8] = {&g_718[1][4][1],&g_718[3][3][1],&g_718[1][4][1],&g_718[3][3][1],&g_718[1][4][1],&g_718[3][3][1],&g_718[1][4][1],&g_718[3][3][1]};
static int16_t g_776 = (-1L);
static uint8_t g_782 = 0x54L;
static int16_t g_793 = (-1L);
static int32_t g_881 = 0xFAC22516L;
static uint32_t g_883 = 0x06427B08L;
static int64_t g_908[10][4] = {{(-3L),(-10L),(-3L),(-1L)},{(-3L),(-1L),(-1L),(-3L)},{0x008398A1BBAA0154LL,(-1L),0x548DBE4CAAD422F4LL,(-1L)},{(-1L),(-10L),0x548DBE4CAAD422F4LL,0x548DBE4CAAD422F4LL},{0x008398A1BBAA0154LL,0x008398A1BBAA0154LL,(-1L),0x548DBE4CAAD422F4LL},{(-3L),(-10L),(-3L),(-1L)},{(-3L),(-1L),(-1L),(-3L)},{0x008398A1BBAA0154LL,(-1L),0x548DBE4CAAD422F4LL,(-1L)},{(-1L),(-10L),0x548DBE4CAAD422F4LL,0x548DBE4CAAD422F4LL},{0x008398A1BBAA0154LL,0x008398A1BBAA0154LL,(-1L),0x548DBE4CAAD422F4LL}};
static float g_933 = 0x6.46E131p-3;
static int32_t g_1113[10] = {0xAB465CF8L,0xAB465CF8L,0xAB465CF8L,0xAB465CF8L,0xAB465CF8L,0xAB465CF8L,0xAB465CF8L,0xAB465CF8L,0xAB465CF8L,0xAB465CF8L};
static int16_t *g_1124 = (void*)0;
static uint32_t g_1205[5] = {0x23BB7E77L,0x23BB7E77L,0x23BB7E77L,0x23BB7E77L,0x23BB7E77L};


/* --- FORWARD DECLARATIONS --- */
static const int16_t  func_1(void);
static union U0 * const  func_2(int8_t * p_3, int16_t  p_4);
static int8_t * func_5(uint32_t  p_6, uint32_t  p_7);
static int32_t * const  func_12(int32_t * const  p_13, int8_t * p_14, const int32_t * p_15, int8_t * p_16);
static int8_t * func_24(int16_t  p_25, const uint16_t  p_26, uint32_t  p_27);
static int8_t * func_30(const uint8_t  p_31);
static int32_t * func_34(uint32_t  p_35, union U0  p_36, uint16_t  p_37, int8_t  p_38);
static union U0  func_39(uint64_t  p_40, const int8_t ** const  p_41, int8_t * p_42);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_269 g_547 g_181 g_60 g_18 g_155 g_131 g_154 g_153 g_43 g_44 g_20 g_569 g_376 g_377 g_240 g_180 g_293 g_11 g_654 g_558 g_559 g_61 g_134 g_59 g_375 g_62 g_534 g_782 g_407 g_776 g_719 g_162 g_66 g_883 g_793 g_908 g_644 g_1113
 * writes: g_269 g_547 g_18 g_155 g_569 g_162 g_240 g_293 g_20 g_131 g_654 g_166 g_377 g_11 g_717 g_533 g_180 g_680 g_61 g_782 g_66 g_242 g_881 g_883 g_134 g_908 g_60 g_644 g_534 g_376 g_933
 */
static const int16_t  func_1(void)
{ /* block id: 0 */
    int32_t l_8 = (-9L);
    union U0 **l_1230 = &g_377;
    const uint64_t l_1267 = 1UL;
    int32_t l_1283 = (-1L);
    (*l_1230) = func_2(func_5(l_8, l_8), l_8);
    for (g_883 = 0; (g_883 <= 1); g_883 += 1)
    { /* block id: 526 */
        const float l_1260 = 0x5.CCF3CEp-57;
        int32_t l_1265 = 0x97E79DF3L;
        uint32_t l_1270[7][9][3] = {{{4294967295UL,1UL,4294967287UL},{1UL,4294967295UL,4294967295UL},{4294967287UL,4294967295UL,0x527192CAL},{0x527192CAL,4294967295UL,4294967287UL},{0xBC5F34C4L,0xBC5F34C4L,4294967287UL},{4294967295UL,0x527192CAL,0xFDCE3EE0L},{0x49614C68L,0xBC5F34C4L,0x49614C68L},{0x49614C68L,4294967295UL,0xBC5F34C4L},{4294967295UL,0x49614C68L,0x49614C68L}},{{0xBC5F34C4L,0x49614C68L,0xFDCE3EE0L},{0x527192CAL,4294967295UL,4294967287UL},{0xBC5F34C4L,0xBC5F34C4L,4294967287UL},{4294967295UL,0x527192CAL,0xFDCE3EE0L},{0x49614C68L,0xBC5F34C4L,0x49614C68L},{0x49614C68L,4294967295UL,0xBC5F34C4L},{4294967295UL,0x49614C68L,0x49614C68L},{0xBC5F34C4L,0x49614C68L,0xFDCE3EE0L},{0x527192CAL,4294967295UL,4294967287UL}},{{0xBC5F34C4L,0xBC5F34C4L,4294967287UL},{4294967295UL,0x527192CAL,0xFDCE3EE0L},{0x49614C68L,0xBC5F34C4L,0x49614C68L},{0x49614C68L,4294967295UL,0xBC5F34C4L},{4294967295UL,0x49614C68L,0x49614C68L},{0xBC5F34C4L,0x49614C68L,0xFDCE3EE0L},{0x527192CAL,4294967295UL,4294967287UL},{0xBC5F34C4L,0xBC5F34C4L,4294967287UL},{4294967295UL,0x527192CAL,0xFDCE3EE0L}},{{0x49614C68L,0xBC5F34C4L,0x49614C68L},{0x49614C68L,4294967295UL,0xBC5F34C4L},{4294967295UL,0x49614C68L,0x49614C68L},{0xBC5F34C4L,0x49614C68L,0xFDCE3EE0L},{0x527192CAL,4294967295UL,4294967287UL},{0xBC5F34C4L,0xBC5F34C4L,4294967287UL},{4294967295UL,0x527192CAL,0xFDCE3EE0L},{0x49614C68L,0xBC5F34C4L,0x49614C68L},{0x49614C68L,4294967295UL,0xBC5F34C4L}},{{4294967295UL,0x49614C68L,0x49614C68L},{0xBC5F34C4L,0x49614C68L,0xFDCE3EE0L},{0x527192CAL,4294967295UL,4294967287UL},{0xBC5F34C4L,0xBC5F34C4L,4294967287UL},{4294967295UL,0x527192CAL,0xFDCE3EE0L},{0x49614C68L,0xBC5F34C4L,0x49614C68L},{0x49614C68L,4294967295UL,0xBC5F34C4L},{4294967295UL,0x49614C68L,0x49614C68L},{0xBC5F34C4L,0x49614C68L,0xFDCE3EE0L}},{{0x527192CAL,4294967295UL,4294967287UL},{0xBC5F34C4L,0xBC5F34C4L,4294967287UL},{4294967295UL,0x527192CAL,0xFDCE3EE0L},{0x49614C68L,0xBC5F34C4L,0x49614C68L},{0x49614C68L,4294967295UL,0xBC5F34C4L},{4294967295UL,0x49614C68L,0x49614C68L},{0xBC5F34C4L,0x49614C68L,0xFDCE3EE0L},{0x527192CAL,4294967295UL,4294967287UL},{0xBC5F34C4L,0xBC5F34C4L,4294967287UL}},{{4294967295UL,0x527192CAL,0xFDCE3EE0L},{0x49614C68L,0xBC5F34C4L,0x49614C68L},{0x49614C68L,4294967295UL,0xBC5F34C4L},{4294967295UL,0x49614C68L,0x49614C68L},{0xBC5F34C4L,0x49614C68L,0xFDCE3EE0L},{0x527192CAL,4294967295UL,4294967287UL},{0xBC5F34C4L,0xBC5F34C4L,4294967287UL},{4294967295UL,0x527192CAL,0xFDCE3EE0L},{0x49614C68L,0xBC5F34C4L,0x49614C68L}}};
        int32_t l_1284 = 3L;
        int32_t l_1286 = 6L;
        uint32_t l_1287 = 4294967289UL;
        int i, j, k;
        l_8 = 1L;
        for (g_11 = 0; (g_11 <= 1); g_11 += 1)
        { /* block id: 530 */
            int16_t l_1235 = (-6L);
            int64_t *l_1240[4];
            int16_t *l_1266 = &g_534;
            int32_t l_1274 = 0x60D64E08L;
            int32_t l_1285[8];
            int i;
            for (i = 0; i < 4; i++)
                l_1240[i] = &g_162;
            for (i = 0; i < 8; i++)
                l_1285[i] = 0xACF24A58L;
            if ((safe_div_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s(l_1235, 3)), (((safe_div_func_uint64_t_u_u(((safe_rshift_func_int8_t_s_s(((g_908[6][0] ^= g_134) , (safe_div_func_uint64_t_u_u((safe_add_func_int16_t_s_s((safe_add_func_uint8_t_u_u((safe_sub_func_int8_t_s_s(l_1235, ((safe_rshift_func_int16_t_s_u((safe_div_func_int16_t_s_s((safe_mul_func_int16_t_s_s(g_1113[7], (l_1235 ^ (safe_mod_func_int16_t_s_s(((*l_1266) = (!((safe_sub_func_int32_t_s_s(((****g_153) >= l_1235), l_8)) >= ((safe_rshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_u((*g_719), 6)), l_1265)) , g_883)))), l_1267))))), l_1267)), l_1265)) || l_1235))), l_8)), g_644)), g_66))), l_1235)) , 1UL), 0x15576ABCA99376C2LL)) & l_1267) || 65526UL))))
            { /* block id: 533 */
                union U0 **l_1268 = &g_377;
                int32_t ****l_1269 = &g_154;
                (*g_375) = l_1268;
                (*g_60) = (l_1269 != (void*)0);
            }
            else
            { /* block id: 536 */
                for (g_20 = 1; (g_20 >= 0); g_20 -= 1)
                { /* block id: 539 */
                    int32_t l_1282 = 0x5CB407D2L;
                    for (l_1235 = 0; (l_1235 <= 1); l_1235 += 1)
                    { /* block id: 542 */
                        float l_1273 = 0x0.425207p+85;
                        int32_t *l_1275 = (void*)0;
                        int32_t *l_1276 = &l_1274;
                        int32_t *l_1277 = (void*)0;
                        int32_t *l_1278 = &g_18[8];
                        int32_t *l_1279 = &l_8;
                        int32_t *l_1280 = &g_18[2];
                        int32_t *l_1281[2];
                        float *l_1290 = &g_933;
                        int i;
                        for (i = 0; i < 2; i++)
                            l_1281[i] = &g_18[8];
                        l_1270[0][8][2]--;
                        l_1265 ^= (**g_181);
                        --l_1287;
                        (*l_1290) = (*g_558);
                    }
                }
            }
            for (g_293 = 0; (g_293 <= 1); g_293 += 1)
            { /* block id: 552 */
                float *l_1293 = &g_933;
                (*l_1293) = ((*g_558) < (safe_div_func_float_f_f((*g_558), (*g_558))));
                (*l_1293) = 0x7.BC800Dp-20;
            }
        }
    }
    return l_8;
}


/* ------------------------------------------ */
/* 
 * reads : g_654 g_18 g_153 g_154 g_155 g_162 g_181 g_60 g_66 g_240 g_558 g_559 g_59 g_719 g_61 g_131 g_883 g_776 g_793 g_180 g_908 g_644 g_11 g_376 g_377
 * writes: g_162 g_569 g_66 g_18 g_166 g_242 g_881 g_883 g_61 g_134 g_908 g_60 g_644 g_11
 */
static union U0 * const  func_2(int8_t * p_3, int16_t  p_4)
{ /* block id: 349 */
    int32_t l_835 = 0x804D879EL;
    int32_t l_838[8] = {0xA4286D62L,(-9L),0xA4286D62L,0xA4286D62L,(-9L),0xA4286D62L,0xA4286D62L,(-9L)};
    union U0 *l_999 = (void*)0;
    uint8_t *l_1067 = &g_180;
    int32_t **** const *l_1071 = &g_153;
    int32_t l_1204 = 1L;
    int i;
    if ((safe_mod_func_int64_t_s_s(g_654, (safe_rshift_func_int8_t_s_s((-10L), 2)))))
    { /* block id: 350 */
        int32_t * const *l_831 = &g_60;
        int32_t * const **l_832 = &l_831;
        uint32_t l_853 = 8UL;
        uint8_t *l_854 = (void*)0;
        float l_868 = 0x4.7p+1;
        int16_t *l_879 = &g_134;
        uint32_t *l_882 = &g_883;
        int64_t *l_907 = &g_908[5][0];
        int32_t l_909 = 1L;
        if (((-1L) < (((*l_832) = l_831) != (g_18[6] , (**g_153)))))
        { /* block id: 352 */
            uint8_t *l_836 = (void*)0;
            uint8_t *l_837 = &g_569;
            uint32_t l_841 = 0x90154347L;
            uint32_t *l_844 = &g_66;
            (**l_831) = (((p_4 , (l_838[1] &= ((*l_837) = (safe_mul_func_int16_t_s_s((p_4 < (g_162 |= l_835)), p_4))))) & l_835) >= ((*l_844) &= ((safe_mul_func_int16_t_s_s(((-7L) >= ((void*)0 != (*g_181))), (--l_841))) >= p_4)));
        }
        else
        { /* block id: 359 */
            int32_t l_857 = 0xD6AE5028L;
            float *l_861 = &g_166;
            int32_t l_880 = 9L;
            (*l_861) = ((safe_div_func_float_f_f(((safe_div_func_float_f_f((((safe_mul_func_uint32_t_u_u((safe_sub_func_uint64_t_u_u(g_240, l_853)), (p_3 == l_854))) >= (***l_832)) , (((safe_mul_func_float_f_f(l_857, (0x5.8CDDD7p-33 == (safe_add_func_float_f_f(0xB.F2FB8Ap+21, (((+(((l_857 >= 0L) & p_4) <= (***l_832))) & p_4) , p_4)))))) == l_838[1]) < (*g_558))), 0x6.7p-1)) <= (*g_558)), (*g_558))) != 0x2.5B8650p-95);
            for (l_835 = (-24); (l_835 != 11); ++l_835)
            { /* block id: 363 */
                if (p_4)
                    break;
            }
            for (l_835 = (-29); (l_835 > (-26)); l_835 = safe_add_func_int8_t_s_s(l_835, 6))
            { /* block id: 368 */
                int16_t *l_876 = &g_242;
                int16_t **l_875 = &l_876;
                int16_t *l_878 = &g_242;
                int16_t **l_877[6][8][5] = {{{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0},{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0}},{{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0},{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0}},{{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0},{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0}},{{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0},{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0}},{{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0},{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0}},{{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0},{(void*)0,&l_878,(void*)0,&l_878,(void*)0},{(void*)0,(void*)0,&l_878,&l_878,(void*)0},{&l_878,&l_878,&l_878,&l_878,&l_878},{(void*)0,&l_878,&l_878,(void*)0,(void*)0}}};
                int i, j, k;
                l_880 &= ((**g_155) = ((1UL != p_4) <= (((((*g_59) == (void*)0) | (safe_mul_func_int8_t_s_s(((***l_832) >= (safe_lshift_func_int16_t_s_u((safe_sub_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(l_838[1], (***l_832))), ((*l_878) = ((&g_240 != (l_879 = ((*l_875) = &g_242))) >= (**l_831))))), 11))), p_4))) <= (*g_719)) && p_4)));
            }
        }
        l_909 = (p_4 == ((g_881 = 0x54C182DBL) >= (((*l_907) |= (((*l_882)++) , (safe_mod_func_int16_t_s_s((((**g_155) = (~(safe_mul_func_int16_t_s_s(((*l_879) = ((((-8L) || ((((*g_719) = ((((void*)0 == (*g_154)) > (((safe_lshift_func_uint16_t_u_u(0x25F1L, (safe_lshift_func_int8_t_s_u(((safe_sub_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u(p_4, 9)), (safe_rshift_func_uint16_t_u_u((safe_sub_func_int8_t_s_s(p_4, ((safe_add_func_uint32_t_u_u(6UL, p_4)) >= l_838[0]))), g_162)))) >= 0L), g_776)))) , 18446744073709551606UL) < p_4)) , 0xCDL)) <= l_838[1]) != p_4)) , 0xABDBL) <= g_793)), 65532UL)))) , 0x5047L), g_180)))) != 18446744073709551613UL)));
    }
    else
    { /* block id: 383 */
        int32_t **l_910[5][1][10] = {{{&g_131,&g_60,&g_131,&g_60,&g_131,&g_60,&g_131,&g_60,&g_131,&g_60}},{{&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60}},{{&g_131,&g_60,&g_131,&g_60,&g_131,&g_60,&g_131,&g_60,&g_131,&g_60}},{{&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60}},{{&g_131,&g_60,&g_131,&g_60,&g_131,&g_60,&g_131,&g_60,&g_131,&g_60}}};
        int32_t **l_911[2][3][9] = {{{&g_60,&g_131,&g_131,&g_60,(void*)0,&g_131,(void*)0,&g_131,(void*)0},{&g_60,&g_60,(void*)0,&g_131,(void*)0,(void*)0,(void*)0,(void*)0,&g_131},{&g_60,&g_131,&g_60,(void*)0,(void*)0,&g_131,(void*)0,&g_131,&g_131}},{{&g_60,&g_60,(void*)0,(void*)0,&g_131,&g_131,&g_131,(void*)0,(void*)0},{&g_131,&g_131,&g_131,(void*)0,&g_60,&g_60,(void*)0,(void*)0,&g_131},{&g_131,(void*)0,&g_131,&g_131,&g_60,&g_60,&g_131,&g_131,(void*)0}}};
        int32_t **l_912 = &g_60;
        int32_t **** const *l_1072[2][9][7] = {{{&g_153,(void*)0,&g_153,(void*)0,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_153,&g_153,&g_153,&g_153,&g_153},{&g_153,(void*)0,&g_153,&g_153,&g_153,(void*)0,(void*)0},{&g_153,&g_153,&g_153,&g_153,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_153,(void*)0,&g_153,(void*)0,&g_153},{&g_153,&g_153,&g_153,&g_153,&g_153,&g_153,&g_153},{(void*)0,&g_153,&g_153,&g_153,(void*)0,&g_153,&g_153},{&g_153,&g_153,&g_153,&g_153,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_153,&g_153,(void*)0,&g_153,&g_153}},{{&g_153,&g_153,&g_153,&g_153,&g_153,(void*)0,&g_153},{(void*)0,&g_153,&g_153,&g_153,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_153,&g_153,&g_153,&g_153,&g_153},{(void*)0,&g_153,&g_153,&g_153,(void*)0,&g_153,&g_153},{&g_153,&g_153,&g_153,&g_153,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_153,&g_153,(void*)0,&g_153,&g_153},{&g_153,&g_153,&g_153,&g_153,&g_153,(void*)0,&g_153},{(void*)0,&g_153,&g_153,&g_153,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_153,&g_153,&g_153,&g_153,&g_153}}};
        union U0 l_1078 = {0};
        int8_t *** const *l_1170[10][9] = {{&g_717[5],&g_717[3],&g_717[0],&g_717[0],&g_717[3],&g_717[5],&g_717[3],&g_717[0],&g_717[0]},{&g_717[5],&g_717[5],&g_717[5],&g_717[0],&g_717[5],&g_717[5],&g_717[5],&g_717[5],&g_717[0]},{&g_717[5],&g_717[3],&g_717[5],&g_717[5],&g_717[5],&g_717[5],&g_717[3],&g_717[5],&g_717[5]},{&g_717[5],&g_717[5],&g_717[5],&g_717[5],&g_717[3],&g_717[5],&g_717[5],&g_717[5],&g_717[5]},{&g_717[5],&g_717[5],&g_717[0],&g_717[5],&g_717[5],&g_717[5],&g_717[5],&g_717[0],&g_717[5]},{&g_717[5],&g_717[3],&g_717[0],&g_717[0],&g_717[3],&g_717[5],&g_717[3],&g_717[0],&g_717[0]},{&g_717[5],&g_717[5],&g_717[5],&g_717[0],&g_717[5],&g_717[5],&g_717[5],&g_717[5],&g_717[0]},{&g_717[5],&g_717[3],&g_717[5],&g_717[5],&g_717[5],&g_717[5],&g_717[3],&g_717[5],&g_717[5]},{&g_717[5],&g_717[5],&g_717[5],&g_717[5],&g_717[3],&g_717[5],&g_717[5],&g_717[5],&g_717[5]},{&g_717[5],&g_717[5],&g_717[0],&g_717[5],&g_717[5],&g_717[5],&g_717[5],&g_717[0],&g_717[5]}};
        int i, j, k;
        (*l_912) = (*g_59);
        for (g_644 = 0; (g_644 <= 3); g_644 += 1)
        { /* block id: 387 */
            const uint8_t l_921 = 0xCEL;
            int32_t l_968 = 1L;
            uint8_t l_969 = 1UL;
            const uint8_t **l_984 = (void*)0;
            float *l_1039 = &g_533;
            float **l_1038 = &l_1039;
            union U0 * const l_1042 = &g_62;
            int32_t l_1070 = 0x8248A789L;
            int32_t l_1140[6][5][4] = {{{0x95C66161L,0xC06A785BL,(-1L),0x24AC56B8L},{(-1L),0x5C427723L,1L,0xC06A785BL},{0L,0x95C66161L,1L,0x26BDF3E0L},{(-1L),0x547131CFL,(-1L),0x5C427723L},{0x3A696F7BL,1L,1L,0x3A696F7BL}},{{1L,0x3A696F7BL,0x5290588FL,(-1L)},{0L,1L,0xC06A785BL,1L},{0x3A696F7BL,(-1L),0x8C00AC44L,1L},{0x5290588FL,1L,0x7230D51EL,(-1L)},{0xC483F7D5L,0x3A696F7BL,(-1L),0x3A696F7BL}},{{1L,1L,0x8C00AC44L,0x5C427723L},{0x9B9D5F79L,0L,1L,0x9B9D5F79L},{0L,0x3A696F7BL,7L,0xC483F7D5L},{0L,0x5290588FL,1L,1L},{0x9B9D5F79L,0xC483F7D5L,0x8C00AC44L,0x8C00AC44L}},{{1L,1L,(-1L),0xC483F7D5L},{0xC483F7D5L,0x9B9D5F79L,0x7230D51EL,0x3A696F7BL},{0x5290588FL,0L,0x8C00AC44L,0x7230D51EL},{0x3A696F7BL,0L,0xC06A785BL,0x3A696F7BL},{0L,0x9B9D5F79L,0x5290588FL,0xC483F7D5L}},{{1L,1L,1L,0x8C00AC44L},{0x3A696F7BL,0xC483F7D5L,4L,1L},{1L,0x5290588FL,0x7230D51EL,0xC483F7D5L},{(-1L),0x3A696F7BL,0x7230D51EL,0x9B9D5F79L},{1L,0L,4L,0x5C427723L}},{{0x3A696F7BL,1L,1L,0x3A696F7BL},{1L,0x3A696F7BL,0x5290588FL,(-1L)},{0L,1L,0xC06A785BL,1L},{0x3A696F7BL,(-1L),0x8C00AC44L,1L},{0x5290588FL,1L,0x7230D51EL,(-1L)}}};
            int32_t ****l_1162 = &g_154;
            int i, j, k;
        }
        for (g_11 = 13; (g_11 == 19); ++g_11)
        { /* block id: 518 */
            union U0 * const l_1229 = &g_62;
            return l_1229;
        }
    }
    return (*g_376);
}


/* ------------------------------------------ */
/* 
 * reads : g_181 g_60 g_18 g_155 g_131 g_154 g_153 g_43 g_44 g_20 g_569 g_376 g_377 g_240 g_180 g_293 g_11 g_654 g_558 g_559 g_61 g_134 g_59 g_375 g_62 g_534 g_782 g_407 g_776 g_719 g_269 g_547
 * writes: g_269 g_547 g_18 g_155 g_569 g_162 g_240 g_293 g_20 g_131 g_654 g_166 g_377 g_11 g_717 g_533 g_180 g_680 g_61 g_782
 */
static int8_t * func_5(uint32_t  p_6, uint32_t  p_7)
{ /* block id: 1 */
    int32_t * const l_17 = &g_18[8];
    int8_t *l_19 = &g_20;
    const int32_t *l_23 = (void*)0;
    int8_t *l_28 = &g_20;
    int8_t *l_132 = &g_20;
    uint32_t l_597 = 0x0EEBC126L;
    union U0 *l_605 = (void*)0;
    int8_t ***l_634 = (void*)0;
    int32_t l_699 = 0xC0D47567L;
    int32_t l_700 = 7L;
    int32_t l_701 = 0x4406980FL;
    int32_t l_702 = 0xA491C4FEL;
    int32_t l_705 = (-5L);
    int32_t l_706 = 0x160626DAL;
    int32_t l_707 = 0x8E99B7F1L;
    int32_t l_709 = 0x252F011FL;
    int32_t l_710 = 0xBC033663L;
    int16_t *l_748 = &g_534;
    int16_t **l_747 = &l_748;
    int64_t l_780 = 0L;
    int8_t l_781 = 0x26L;
    int16_t l_786 = 0x9959L;
    int32_t l_798 = 0xD117DF85L;
    int32_t l_799 = 0xF2C48835L;
    int32_t l_800 = 0x3B5D6AFDL;
    uint8_t *l_821 = (void*)0;
    uint8_t *l_822[5][4] = {{&g_569,(void*)0,(void*)0,(void*)0},{&g_180,&g_180,&g_569,(void*)0},{(void*)0,(void*)0,(void*)0,&g_569},{(void*)0,&g_569,&g_569,(void*)0},{&g_180,&g_569,(void*)0,&g_569}};
    int8_t *l_826 = &g_61;
    int i, j;
lbl_722:
    for (p_7 = 27; (p_7 <= 27); ++p_7)
    { /* block id: 4 */
        int8_t **l_21 = (void*)0;
        int8_t **l_22 = &l_19;
        const int32_t *l_29 = &g_18[7];
        int16_t *l_133[8];
        int32_t l_135 = 0x75AEE60DL;
        int32_t **l_578[6][10] = {{&g_60,&g_131,&g_60,&g_60,&g_131,&g_60,&g_131,&g_60,&g_131,&g_60},{&g_60,(void*)0,&g_60,&g_60,&g_131,&g_131,&g_60,&g_60,(void*)0,&g_60},{&g_60,&g_60,(void*)0,&g_131,(void*)0,&g_60,&g_60,&g_60,&g_60,(void*)0},{&g_60,&g_60,&g_60,&g_60,(void*)0,&g_131,(void*)0,&g_60,&g_60,&g_60},{(void*)0,&g_60,&g_60,&g_131,&g_131,&g_60,&g_60,(void*)0,&g_60,&g_60},{&g_131,&g_60,&g_131,&g_60,&g_131,&g_60,&g_60,&g_131,&g_60,&g_131}};
        int32_t **l_579[10][10] = {{&g_60,(void*)0,&g_60,&g_60,(void*)0,&g_131,&g_131,&g_60,&g_131,&g_131},{&g_60,&g_60,(void*)0,&g_60,&g_60,(void*)0,&g_60,&g_60,(void*)0,&g_60},{&g_60,&g_131,&g_131,&g_60,&g_131,&g_131,&g_60,&g_131,&g_131,&g_60},{&g_131,&g_60,&g_131,&g_131,&g_60,&g_131,&g_131,&g_60,&g_131,&g_131},{&g_60,&g_60,(void*)0,&g_60,&g_60,(void*)0,&g_60,&g_60,(void*)0,&g_60},{&g_60,&g_131,&g_131,&g_60,&g_131,&g_131,&g_60,&g_131,&g_131,&g_60},{&g_131,&g_60,&g_131,&g_131,&g_60,&g_131,&g_131,&g_60,&g_131,&g_131},{&g_60,&g_60,(void*)0,&g_60,&g_60,(void*)0,&g_60,&g_60,(void*)0,&g_60},{&g_60,&g_131,&g_131,&g_60,&g_131,&g_131,&g_60,&g_131,&g_131,&g_60},{&g_131,&g_60,&g_131,&g_131,&g_60,&g_131,&g_131,&g_60,&g_131,&g_131}};
        int i, j;
        for (i = 0; i < 8; i++)
            l_133[i] = &g_134;
    }
    for (g_269 = 0; (g_269 >= 51); ++g_269)
    { /* block id: 248 */
        uint32_t l_589[10] = {18446744073709551608UL,0UL,18446744073709551608UL,0UL,18446744073709551608UL,0UL,18446744073709551608UL,0UL,18446744073709551608UL,0UL};
        const int32_t l_591 = (-6L);
        int8_t * const *l_596 = &l_19;
        int8_t * const **l_595 = &l_596;
        union U0 l_614 = {0};
        int32_t l_648[10] = {0x6C48EC63L,0x8993F830L,0x6C48EC63L,0x8993F830L,0x6C48EC63L,0x8993F830L,0x6C48EC63L,0x8993F830L,0x6C48EC63L,0x8993F830L};
        int8_t *l_804 = &l_781;
        int8_t *l_806 = &l_781;
        int i;
        for (g_547 = (-19); (g_547 <= 25); g_547 = safe_add_func_int32_t_s_s(g_547, 8))
        { /* block id: 251 */
            union U0 *l_603 = &g_604[6][8];
            int32_t l_607[4][9] = {{0x4A3BA4B1L,0x187B985DL,0x4A3BA4B1L,0xECC25D41L,0x4A3BA4B1L,0x187B985DL,0x4A3BA4B1L,0xECC25D41L,0x4A3BA4B1L},{1L,0L,0xA47CA6D8L,0xA47CA6D8L,0L,1L,(-1L),(-1L),1L},{2L,0xECC25D41L,0xDDCB0DFDL,0xECC25D41L,2L,0xECC25D41L,0xDDCB0DFDL,0xECC25D41L,2L},{0L,0xA47CA6D8L,0xA47CA6D8L,0L,1L,(-1L),(-1L),1L,0L}};
            int8_t *l_615 = (void*)0;
            int8_t **l_642 = &l_28;
            int8_t ***l_641[3][4][1] = {{{&l_642},{&l_642},{&l_642},{&l_642}},{{&l_642},{&l_642},{&l_642},{&l_642}},{{&l_642},{&l_642},{&l_642},{&l_642}}};
            uint32_t *l_661 = &g_66;
            float *l_761 = &g_166;
            float *l_762 = (void*)0;
            float *l_763 = &g_680;
            int i, j, k;
            (**g_181) &= 1L;
            if ((**g_155))
            { /* block id: 253 */
                const union U0 l_590 = {0};
                uint8_t *l_594[1][4][8] = {{{&g_269,&g_569,&g_269,&g_180,&g_180,&g_269,&g_569,&g_269},{&g_180,&g_180,&g_269,&g_180,&g_180,&g_180,&g_180,&g_269},{&g_180,&g_180,&g_180,&g_269,&g_180,&g_180,&g_180,&g_180},{&g_269,&g_180,&g_180,&g_269,&g_180,&g_269,&g_269,&g_269}}};
                int32_t l_612 = (-1L);
                uint32_t l_613 = 7UL;
                int8_t l_647 = 0L;
                int8_t l_685 = 0x3AL;
                int32_t l_704 = 0xCAE331B2L;
                int32_t l_708 = (-1L);
                uint8_t l_711 = 2UL;
                uint32_t l_723 = 4294967295UL;
                float *l_731 = &g_533;
                int i, j, k;
                if ((safe_unary_minus_func_int32_t_s((safe_lshift_func_int8_t_s_u((((**g_153) = (*g_154)) == &l_23), ((safe_mod_func_uint32_t_u_u((p_7 != (((**g_43) , (l_589[6] = 0x5BF5L)) < ((((((l_590 , (((l_591 < (safe_rshift_func_uint8_t_u_s((g_569 = p_6), 4))) , l_595) == (void*)0)) && g_569) != l_597) < (*g_131)) <= 0x58104058L) , (*l_17)))), g_18[8])) | (*g_131)))))))
                { /* block id: 257 */
                    uint32_t l_600 = 0x4DD5E1CDL;
                    int16_t *l_606[4][3][7] = {{{&g_240,(void*)0,&g_240,&g_240,(void*)0,&g_240,&g_242},{&g_534,&g_134,(void*)0,&g_242,&g_242,&g_134,(void*)0},{&g_134,&g_242,&g_134,&g_534,(void*)0,&g_242,&g_534}},{{(void*)0,&g_134,&g_240,&g_240,&g_242,&g_242,&g_240},{&g_242,(void*)0,&g_242,&g_240,(void*)0,&g_534,(void*)0},{&g_240,&g_242,&g_242,&g_534,&g_534,&g_240,&g_134}},{{&g_240,(void*)0,(void*)0,&g_242,&g_134,&g_534,&g_134},{&g_534,&g_242,&g_240,&g_240,&g_240,&g_242,&g_534},{&g_534,(void*)0,&g_242,(void*)0,&g_242,&g_242,&g_240}},{{&g_240,&g_534,&g_242,&g_134,&g_240,&g_134,&g_534},{&g_240,&g_134,&g_242,&g_240,&g_240,&g_240,&g_240},{&g_242,&g_240,&g_240,&g_242,&g_240,&g_534,(void*)0}}};
                    int i, j, k;
                    for (g_162 = 0; (g_162 >= (-24)); g_162 = safe_sub_func_uint8_t_u_u(g_162, 7))
                    { /* block id: 260 */
                        if ((****g_153))
                            break;
                    }
                    l_600--;
                    if ((((*l_28) &= ((g_240 &= ((l_603 = (*g_376)) != l_605)) >= (g_293 = (l_607[0][3] >= (safe_lshift_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u((((l_612 <= (((void*)0 == &g_154) >= (*g_60))) , (void*)0) == (void*)0), l_613)) , p_7), p_6)))))) , l_600))
                    { /* block id: 268 */
                        int8_t **l_616 = &l_132;
                        int32_t **l_617 = &g_131;
                        (*l_617) = func_12((*g_181), ((*l_616) = (l_614 , l_615)), (*g_155), l_28);
                    }
                    else
                    { /* block id: 271 */
                        uint16_t *l_622 = &g_293;
                        uint32_t *l_635 = &l_589[8];
                        int8_t **l_639 = (void*)0;
                        int8_t ***l_638 = &l_639;
                        int8_t ****l_640[8][3] = {{&l_638,&l_634,&l_638},{&l_638,&l_638,&l_638},{&l_634,&l_638,&l_638},{&l_634,&l_638,&l_634},{&l_634,&l_634,&l_638},{&l_634,&l_634,&l_634},{&l_638,&l_634,&l_638},{&l_638,&l_634,&l_638}};
                        uint16_t *l_643[5];
                        int32_t *l_649 = &g_18[7];
                        int32_t *l_650 = &l_648[5];
                        int32_t *l_651 = &g_18[7];
                        int32_t *l_652 = &l_648[4];
                        int32_t *l_653 = &l_607[3][7];
                        int i, j;
                        for (i = 0; i < 5; i++)
                            l_643[i] = &g_644;
                        (***g_154) = (safe_div_func_int64_t_s_s(g_180, (((safe_lshift_func_int16_t_s_s(((p_6 | (((*l_622)++) , ((((safe_lshift_func_int8_t_s_s(0xC3L, 0)) == ((safe_rshift_func_uint16_t_u_u((g_293 |= 0xF922L), 9)) , (safe_mod_func_uint16_t_u_u((safe_unary_minus_func_uint64_t_u((~(!((*l_622) = 65535UL))))), p_7)))) ^ (l_607[0][3] = (l_634 != ((++(*l_635)) , (l_641[1][3][0] = l_638))))) <= (safe_lshift_func_uint16_t_u_u(g_11, p_6))))) , 0xE10BL), l_647)) , 6UL) | (***g_154))));
                        ++g_654;
                        if ((*l_651))
                            continue;
                    }
                }
                else
                { /* block id: 282 */
                    union U0 *l_675 = &g_62;
                    int32_t l_681 = 0x84AA89A9L;
                    int32_t l_703[5][9] = {{0xD02B030DL,0xD02B030DL,0L,0x01460B31L,(-1L),0x01460B31L,0L,0xD02B030DL,0xD02B030DL},{0x93FC291BL,8L,0xD02B030DL,0x01460B31L,0xD02B030DL,8L,0x93FC291BL,0x93FC291BL,8L},{0x01460B31L,8L,0L,8L,0x01460B31L,1L,1L,0x01460B31L,8L},{0x93FC291BL,0xD02B030DL,0x93FC291BL,1L,0L,0L,1L,0x93FC291BL,0xD02B030DL},{0xD02B030DL,0x93FC291BL,1L,0L,0L,1L,0x93FC291BL,0xD02B030DL,0x93FC291BL}};
                    int8_t *l_714 = &g_20;
                    int8_t ****l_716[8];
                    int i, j;
                    for (i = 0; i < 8; i++)
                        l_716[i] = &l_634;
                    if ((safe_mod_func_uint64_t_u_u(((safe_lshift_func_uint8_t_u_s(3UL, ((void*)0 != &l_614))) & (l_661 == l_23)), 0x9387DADCAC0CA1EDLL)))
                    { /* block id: 283 */
                        float *l_662 = &g_166;
                        uint32_t *l_670 = (void*)0;
                        uint32_t *l_671 = &l_613;
                        int32_t l_674 = (-1L);
                        int32_t l_682 = 9L;
                        uint64_t *l_683 = (void*)0;
                        uint64_t *l_684 = &g_11;
                        (*l_662) = p_7;
                        (**g_181) = (**g_155);
                        (*l_662) = ((safe_add_func_int64_t_s_s((safe_lshift_func_int8_t_s_s((l_648[5] |= ((+(safe_div_func_uint32_t_u_u((((l_612 = (l_674 |= (((((*l_671)++) , &g_154) == (void*)0) <= 0x08L))) , &l_590) != ((*g_376) = l_675)), (safe_sub_func_int8_t_s_s((((*l_684) = (((((safe_div_func_int64_t_s_s((((((l_589[6] || (&g_644 != &g_644)) && p_6) < l_647) || (*l_17)) || g_18[7]), p_7)) || (-1L)) ^ p_7) , l_681) <= l_682)) >= 18446744073709551610UL), p_6))))) || l_685)), 4)), g_20)) , p_6);
                    }
                    else
                    { /* block id: 293 */
                        int32_t *l_686 = (void*)0;
                        int32_t *l_687 = &l_607[0][3];
                        int32_t *l_688 = &g_18[6];
                        int32_t *l_689 = (void*)0;
                        int32_t *l_690 = &l_607[0][3];
                        int32_t *l_691 = &l_648[6];
                        int32_t *l_692 = &l_607[0][3];
                        int32_t *l_693 = &l_607[0][3];
                        int32_t l_694 = 9L;
                        int32_t *l_695 = &l_607[0][3];
                        int32_t *l_696 = &g_18[4];
                        int32_t *l_697 = &g_18[8];
                        int32_t *l_698[9];
                        int i;
                        for (i = 0; i < 9; i++)
                            l_698[i] = &l_681;
                        --l_711;
                        if (l_681)
                            goto lbl_825;
                        return l_714;
                    }
                    (*g_131) ^= (((p_6 & (p_6 , l_681)) < (l_607[0][3] >= ((+(-9L)) < (&g_43 != (g_717[5] = (void*)0))))) == (((safe_sub_func_int32_t_s_s(p_6, p_6)) , p_6) < 8L));
                }
                if (g_240)
                    goto lbl_722;
                (*l_17) = (((-0x1.3p+1) != (l_723 <= (-((((l_607[3][3] == (*g_558)) == (p_6 <= (l_589[6] , p_6))) < ((*l_731) = (l_607[0][3] < (safe_sub_func_float_f_f((safe_add_func_float_f_f(((safe_sub_func_float_f_f((*l_17), 0x5.A2E946p+69)) < 0x2.331ED8p-74), (*g_558))), p_7))))) >= (*g_558))))) == 0xB.06A5C2p-7);
            }
            else
            { /* block id: 303 */
                int32_t l_734 = 0xAA76A489L;
                int32_t l_737 = 0xC8FA3612L;
                int32_t l_738[6][1] = {{1L},{0xB9A64A1CL},{1L},{1L},{0xB9A64A1CL},{1L}};
                uint16_t *l_755[4][6][5] = {{{&g_293,&g_654,&g_293,&g_293,&g_654},{&g_644,&g_293,&g_654,&g_293,&g_644},{&g_293,&g_654,(void*)0,&g_644,&g_293},{&g_293,&g_293,&g_654,&g_654,&g_654},{&g_644,&g_644,&g_644,&g_654,&g_293},{&g_293,&g_654,&g_293,(void*)0,&g_654}},{{&g_293,&g_293,&g_654,&g_654,&g_293},{&g_293,(void*)0,&g_293,&g_654,&g_654},{&g_293,(void*)0,&g_654,&g_644,&g_293},{&g_293,&g_293,&g_293,&g_293,&g_644},{&g_293,&g_654,&g_654,&g_654,&g_644},{&g_293,&g_293,&g_293,&g_293,&g_293}},{{&g_293,&g_293,&g_644,&g_654,&g_654},{&g_644,(void*)0,&g_644,&g_293,&g_293},{&g_654,&g_644,&g_293,&g_644,&g_654},{&g_654,(void*)0,&g_654,&g_654,&g_293},{&g_654,&g_293,&g_293,&g_654,&g_654},{&g_654,&g_293,&g_654,(void*)0,&g_293}},{{&g_644,&g_654,&g_293,(void*)0,&g_654},{&g_293,&g_293,&g_654,&g_654,&g_293},{&g_293,(void*)0,&g_293,&g_654,&g_654},{&g_293,(void*)0,&g_654,&g_644,&g_293},{&g_293,&g_293,&g_293,&g_293,&g_644},{&g_293,&g_654,&g_654,&g_654,&g_644}}};
                uint64_t *l_758[4] = {&g_11,&g_11,&g_11,&g_11};
                int32_t *l_760[5] = {&l_705,&l_705,&l_705,&l_705,&l_705};
                int i, j, k;
                for (g_569 = 4; (g_569 >= 51); g_569++)
                { /* block id: 306 */
                    int32_t *l_735 = &l_706;
                    int32_t *l_736[2];
                    int64_t l_739 = (-4L);
                    uint32_t l_740 = 0x9A835BF6L;
                    int i;
                    for (i = 0; i < 2; i++)
                        l_736[i] = (void*)0;
                    l_740--;
                }
                if (((*l_17) = (((((safe_add_func_int64_t_s_s(g_61, ((((safe_mul_func_int8_t_s_s(((void*)0 == l_747), (p_6 , ((safe_rshift_func_uint8_t_u_s(((safe_add_func_uint64_t_u_u((((l_738[4][0] ^= g_134) > (((((**g_181) & 0UL) , &l_596) != ((g_11 = g_569) , (void*)0)) > p_7)) || g_654), 0x9CC32289C6A41F87LL)) >= (**g_155)), 6)) | (**g_181))))) > (**g_181)) || g_569) ^ 0UL))) , l_648[5]) , 0xE207D6B1L) ^ 0xDD9600DAL) >= 0xDC574ED07EFF5CD1LL)))
                { /* block id: 312 */
                    (*l_17) &= 0x00AF99B0L;
                    (**g_59) |= 1L;
                    for (l_701 = 0; l_701 < 4; l_701 += 1)
                    {
                        for (g_180 = 0; g_180 < 6; g_180 += 1)
                        {
                            for (l_734 = 0; l_734 < 5; l_734 += 1)
                            {
                                l_755[l_701][g_180][l_734] = &g_293;
                            }
                        }
                    }
                }
                else
                { /* block id: 316 */
                    uint32_t l_759 = 0x3B3EB47BL;
                    l_738[2][0] = l_759;
                }
                l_709 |= (0xEC4EL & (*l_17));
            }
            (*l_763) = ((*l_761) = 0x6.C50B85p+74);
            for (g_61 = (-4); (g_61 >= (-24)); g_61 = safe_sub_func_uint32_t_u_u(g_61, 6))
            { /* block id: 325 */
                int8_t l_770 = 1L;
                union U0 **l_771 = &l_605;
                int32_t l_772 = 0L;
                int32_t l_774 = 0x549D411BL;
                int32_t l_775 = 1L;
                int32_t l_777[1];
                int32_t l_795 = 0x09A24E2DL;
                int i;
                for (i = 0; i < 1; i++)
                    l_777[i] = 1L;
                for (l_699 = 0; (l_699 == (-29)); l_699 = safe_sub_func_int16_t_s_s(l_699, 7))
                { /* block id: 328 */
                    float l_778 = 0x0.4p-1;
                    int32_t l_779 = 0x536FB10EL;
                    int32_t l_785 = 0xA58EACA6L;
                    int32_t l_787 = 9L;
                    int32_t l_789 = 0xBB271839L;
                    int32_t l_790 = (-1L);
                    int32_t l_791 = 0x7E9C8075L;
                    int32_t l_792 = 8L;
                    int32_t l_794 = 0xD52BFA78L;
                    int32_t l_796 = 0xB646AC63L;
                    int32_t l_797[6];
                    uint64_t l_801[7] = {0x6E464845EF82C139LL,18446744073709551615UL,18446744073709551615UL,0x6E464845EF82C139LL,18446744073709551615UL,18446744073709551615UL,0x6E464845EF82C139LL};
                    int8_t *l_805 = &l_781;
                    int i;
                    for (i = 0; i < 6; i++)
                        l_797[i] = (-8L);
                    if (l_589[6])
                        break;
                    if ((((safe_mul_func_uint16_t_u_u(((***g_375) , g_134), ((l_607[0][3] != l_770) || (0x29D444CFL <= g_534)))) & 0L) > ((p_7 , l_771) != &l_605)))
                    { /* block id: 330 */
                        int32_t *l_773[1][7] = {{&l_607[0][3],&l_701,&l_607[0][3],&l_607[0][3],&l_701,&l_607[0][3],&l_607[0][3]}};
                        float l_788 = 0xB.FFA1D7p-99;
                        int i, j;
                        ++g_782;
                        (*g_131) &= ((g_407 < p_7) > l_777[0]);
                        l_801[5]--;
                        if ((***g_154))
                            continue;
                    }
                    else
                    { /* block id: 335 */
                        int8_t *l_807 = (void*)0;
                        return l_807;
                    }
                }
            }
        }
        if (l_699)
            goto lbl_722;
        for (l_781 = 0; l_781 < 10; l_781 += 1)
        {
            l_589[l_781] = 0x14AB67A7L;
        }
    }
lbl_825:
    g_680 = (((safe_add_func_float_f_f((-((safe_div_func_float_f_f((safe_div_func_float_f_f((*g_558), (*g_558))), (((*l_17) <= (safe_sub_func_uint8_t_u_u(g_776, ((*g_719) = (safe_add_func_uint32_t_u_u((+(~(l_699 = p_6))), (p_7 >= (safe_add_func_int64_t_s_s(4L, 0x0522B03722D29975LL))))))))) , ((g_61 | 4L) , (*g_558))))) >= (*g_558))), 0x2.1B4F74p-79)) > 0x0.Ep+1) > (*g_558));
    return l_826;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * const  func_12(int32_t * const  p_13, int8_t * p_14, const int32_t * p_15, int8_t * p_16)
{ /* block id: 240 */
    p_15 = (void*)0;
    return p_13;
}


/* ------------------------------------------ */
/* 
 * reads : g_66 g_18 g_61 g_62 g_153 g_154 g_155 g_131 g_11 g_162 g_20 g_134 g_60 g_180 g_240 g_269 g_59 g_293
 * writes: g_66 g_162 g_166 g_180 g_155 g_181 g_134 g_11 g_240 g_242 g_269 g_293 g_18
 */
static int8_t * func_24(int16_t  p_25, const uint16_t  p_26, uint32_t  p_27)
{ /* block id: 46 */
    float l_159 = 0x8.Bp+1;
    uint32_t *l_171 = &g_66;
    int32_t **l_176 = &g_131;
    uint8_t *l_179 = &g_180;
    int32_t l_182[8];
    int32_t l_198 = 0xA2CE7F33L;
    uint64_t l_243 = 0x79E51952070758ACLL;
    uint32_t l_253 = 18446744073709551609UL;
    float *l_262[5];
    float l_267 = 0x5.F372E6p+78;
    uint8_t *l_268 = &g_269;
    int32_t l_352 = 0x8A4408C1L;
    int32_t ****l_380[7][7] = {{(void*)0,&g_154,&g_154,(void*)0,&g_154,&g_154,&g_154},{(void*)0,&g_154,&g_154,(void*)0,&g_154,&g_154,&g_154},{&g_154,&g_154,&g_154,&g_154,&g_154,&g_154,&g_154},{(void*)0,&g_154,&g_154,(void*)0,&g_154,&g_154,&g_154},{(void*)0,&g_154,&g_154,(void*)0,&g_154,&g_154,&g_154},{&g_154,&g_154,&g_154,&g_154,&g_154,&g_154,&g_154},{(void*)0,&g_154,&g_154,(void*)0,&g_154,&g_154,&g_154}};
    int16_t *l_385 = &g_240;
    int64_t l_432 = 0L;
    int64_t l_433 = 0x816796435743E36CLL;
    int64_t l_434 = 0L;
    const union U0 l_505 = {0};
    int i, j;
    for (i = 0; i < 8; i++)
        l_182[i] = 0L;
    for (i = 0; i < 5; i++)
        l_262[i] = &l_159;
    for (g_66 = 2; (g_66 <= 8); g_66 += 1)
    { /* block id: 49 */
        const int8_t *l_150 = (void*)0;
        int32_t ****l_158 = &g_154;
        float *l_160 = &l_159;
        float l_161[8] = {0x1.7p-1,0x1.7p-1,0x1.7p-1,0x1.7p-1,0x1.7p-1,0x1.7p-1,0x1.7p-1,0x1.7p-1};
        float *l_163 = &l_161[7];
        float *l_164 = (void*)0;
        float *l_165 = &g_166;
        int i;
        (*l_165) = ((*l_163) = (((safe_add_func_float_f_f(((((g_162 = (safe_div_func_float_f_f((safe_sub_func_float_f_f(((*l_160) = ((safe_div_func_float_f_f((safe_sub_func_float_f_f(g_18[g_66], (((safe_sub_func_float_f_f((((safe_sub_func_uint32_t_u_u((l_150 == (void*)0), ((g_61 <= ((p_25 , (p_27 && (g_62 , (g_153 == ((safe_mod_func_uint32_t_u_u(p_26, 0x371A01FBL)) , l_158))))) || p_26)) == p_25))) || (***g_154)) , p_26), (****l_158))) > g_18[0]) < 0x5.22A42Fp-9))), p_26)) != g_18[8])), l_161[2])), (****l_158)))) >= 0x0.Ap-1) == 0x9.4F6C93p-67) > p_26), g_11)) < (****l_158)) <= 0x1.5p+1));
    }
    l_182[3] &= (((safe_rshift_func_int16_t_s_u(((0x960EBF8190269B8FLL <= (safe_sub_func_uint8_t_u_u(2UL, ((void*)0 != l_171)))) , ((safe_mod_func_uint64_t_u_u(((0x1EL > (g_162 & ((g_181 = ((**g_153) = ((safe_lshift_func_int16_t_s_u(((l_176 != (*g_154)) != (((*l_171) ^= (safe_mod_func_uint8_t_u_u(((*l_179) = p_27), p_25))) , p_25)), 1)) , (void*)0))) != l_176))) ^ 0x82BA979DL), g_20)) & g_61)), 0)) || (-2L)) == (**l_176));
    for (g_134 = 27; (g_134 == (-6)); g_134 = safe_sub_func_uint64_t_u_u(g_134, 1))
    { /* block id: 62 */
        uint32_t l_199 = 0UL;
        const int8_t ** const *l_202 = (void*)0;
        int32_t l_208 = 1L;
        int32_t l_210 = 0xE04448CBL;
        uint16_t l_211 = 0UL;
        int32_t l_251 = 0xC268F25BL;
        int32_t l_252 = (-1L);
        for (g_11 = 0; (g_11 <= 7); g_11 += 1)
        { /* block id: 65 */
            int32_t l_200[1];
            int32_t l_205[4][4] = {{0x646BD1A6L,0x646BD1A6L,(-1L),0x646BD1A6L},{0x646BD1A6L,1L,1L,0x646BD1A6L},{1L,0x646BD1A6L,1L,1L},{0x646BD1A6L,0x646BD1A6L,(-1L),0x646BD1A6L}};
            union U0 *l_216 = &g_62;
            union U0 **l_215 = &l_216;
            union U0 ***l_214 = &l_215;
            int8_t *l_218 = (void*)0;
            int16_t *l_237 = (void*)0;
            int16_t *l_238 = (void*)0;
            int16_t *l_239 = &g_240;
            int16_t *l_241 = &g_242;
            int32_t l_244 = 1L;
            int16_t l_245 = (-2L);
            int32_t *l_246 = &l_244;
            int32_t *l_247 = &l_182[1];
            int32_t *l_248 = &l_205[1][1];
            int32_t *l_249 = &l_210;
            int32_t *l_250[3];
            int i, j;
            for (i = 0; i < 1; i++)
                l_200[i] = 0xEB220E44L;
            for (i = 0; i < 3; i++)
                l_250[i] = &l_205[1][1];
            for (g_162 = 0; (g_162 <= 7); g_162 += 1)
            { /* block id: 68 */
                int32_t ****l_196 = (void*)0;
                int32_t l_206 = 0L;
                int32_t l_209 = 0x0FEA248FL;
                int i;
                if ((safe_sub_func_int64_t_s_s(((-1L) <= (0UL < ((((g_20 > (safe_mod_func_int16_t_s_s((safe_mod_func_int32_t_s_s((l_182[g_162] = (0L > ((safe_add_func_uint64_t_u_u(((((((0xFD6FL & ((!(safe_add_func_int32_t_s_s((&g_154 == l_196), (+p_26)))) , g_18[5])) , 0xD6ACL) != g_61) & p_26) || g_20) >= 0x500D59F51D59E590LL), g_61)) & 0UL))), l_198)), g_11))) , 0x50L) && l_199) <= p_27))), 6UL)))
                { /* block id: 70 */
                    int16_t l_204 = (-3L);
                    int32_t l_207 = 0x04C175E3L;
                    if ((*g_60))
                        break;
                    for (g_66 = 1; (g_66 <= 7); g_66 += 1)
                    { /* block id: 74 */
                        const int8_t ** const **l_201 = (void*)0;
                        int32_t *l_203[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                        int i;
                        l_182[g_162] |= p_25;
                        l_182[g_11] &= ((g_20 != (65535UL <= 0x2E64L)) == ((*l_179) = l_200[0]));
                        l_202 = &g_43;
                        l_211++;
                    }
                    for (l_211 = 0; (l_211 <= 7); l_211 += 1)
                    { /* block id: 83 */
                        int16_t l_217 = 9L;
                        l_217 = ((void*)0 != l_214);
                        if ((*g_60))
                            continue;
                    }
                }
                else
                { /* block id: 87 */
                    return l_218;
                }
            }
            l_182[g_11] |= (safe_add_func_uint8_t_u_u(((((safe_mul_func_int16_t_s_s(((((((**l_176) && (safe_div_func_int16_t_s_s((l_244 ^= ((safe_mod_func_int64_t_s_s(g_18[8], 9UL)) ^ (((p_27 && (safe_unary_minus_func_int16_t_s((((((safe_lshift_func_uint16_t_u_s((safe_mul_func_uint8_t_u_u((((((((*l_171) = g_11) && (safe_lshift_func_uint8_t_u_u(((safe_unary_minus_func_uint32_t_u((safe_sub_func_int64_t_s_s(((**l_176) || ((*l_241) = (p_27 < ((*l_239) = l_205[1][1])))), (l_243 &= p_26))))) <= p_25), g_20))) && (-1L)) >= g_180) < g_11) < p_27), 0x99L)), 3)) > p_25) || 0x46L) ^ 0UL) | g_11)))) | (-2L)) <= (**l_176)))), p_27))) , (void*)0) != (void*)0) | g_11) < g_162), l_199)) > g_162) != (*g_60)) , 0xE4L), (**l_176)));
            l_253--;
        }
    }
    if (((((((((~(((safe_div_func_uint16_t_u_u((((**l_176) > p_26) | (safe_mul_func_uint16_t_u_u(((safe_unary_minus_func_int64_t_s((l_262[1] == (void*)0))) != g_180), p_26))), (safe_sub_func_uint8_t_u_u(1UL, ((*l_268) = ((((**l_176) & ((safe_mod_func_uint32_t_u_u(((g_62 , (**l_176)) > g_18[6]), 0x59D5B589L)) | (**l_176))) != p_26) && g_162)))))) , 0x9FL) || g_240)) <= p_25) , 0x70EFL) | g_134) ^ (**l_176)) != (**l_176)) | 4294967295UL) , (**l_176)))
    { /* block id: 101 */
        uint32_t l_274 = 0UL;
        int32_t l_291 = 0xD27C7863L;
        uint16_t *l_292 = &g_293;
        int32_t *l_294 = &l_182[4];
        (*g_60) = ((!p_26) , ((1UL != ((safe_mul_func_int16_t_s_s((+l_274), p_27)) < (safe_lshift_func_int16_t_s_u((9UL == (safe_unary_minus_func_uint64_t_u((safe_rshift_func_uint16_t_u_u((p_25 , ((*l_292) |= (l_291 = ((safe_unary_minus_func_uint32_t_u(((((safe_div_func_uint32_t_u_u((safe_div_func_int8_t_s_s(((safe_mul_func_int8_t_s_s((0x5E15L || (((safe_mul_func_uint8_t_u_u(g_269, (safe_div_func_uint16_t_u_u(p_27, g_61)))) ^ (**l_176)) ^ p_27)), 0x40L)) == 2UL), g_134)), g_18[2])) ^ p_26) <= (**g_59)) >= (**l_176)))) < p_25)))), 14))))), 2)))) == g_61));
        (*l_294) |= (*g_60);
    }
    else
    { /* block id: 106 */
        const int8_t ** const l_295 = &g_44;
        int32_t l_298[10][6] = {{0xEDF71B5FL,8L,(-1L),0xF076C89BL,0L,0L},{8L,0x8587F00EL,0x8587F00EL,8L,1L,0L},{0xAB1B66BCL,0L,(-1L),0x9870BFBDL,0xF076C89BL,0x9870BFBDL},{1L,(-1L),1L,0x95D1FD82L,0xF076C89BL,0xEDF71B5FL},{(-1L),0L,0xAB1B66BCL,1L,1L,0xAB1B66BCL},{0x8587F00EL,0x8587F00EL,8L,1L,0L,0x95D1FD82L},{(-1L),8L,0xEDF71B5FL,0x95D1FD82L,0xEDF71B5FL,8L},{1L,(-1L),0xEDF71B5FL,0x9870BFBDL,0x8587F00EL,0x95D1FD82L},{0xAB1B66BCL,0x9870BFBDL,8L,8L,0x9870BFBDL,0xAB1B66BCL},{8L,0x9870BFBDL,0xAB1B66BCL,0xF076C89BL,0x8587F00EL,0xEDF71B5FL}};
        int32_t l_311 = 0xB31E70AFL;
        float *l_351 = (void*)0;
        union U0 *l_356 = &g_62;
        int64_t l_371[2][5][1] = {{{0x7C8B32E1C4210C5FLL},{0x1C9E3581CE634954LL},{0x7C8B32E1C4210C5FLL},{0x1C9E3581CE634954LL},{0x7C8B32E1C4210C5FLL}},{{0x1C9E3581CE634954LL},{0x7C8B32E1C4210C5FLL},{0x1C9E3581CE634954LL},{0x7C8B32E1C4210C5FLL},{0x1C9E3581CE634954LL}}};
        union U0 ***l_386 = (void*)0;
        uint32_t l_398 = 0xC14E789EL;
        int8_t * const l_454 = (void*)0;
        int8_t * const *l_453 = &l_454;
        int32_t *l_503 = &l_298[7][2];
        int8_t *l_506 = &g_20;
        int16_t l_531[8][9] = {{0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L)},{0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L)},{0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L)},{0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L)},{0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L)},{0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L)},{0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L)},{0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L),0x5AE1L,(-5L),(-5L)}};
        uint64_t l_541 = 0xF36FBE982C6C15BFLL;
        int i, j, k;
    }
    return l_179;
}


/* ------------------------------------------ */
/* 
 * reads : g_43 g_18 g_11 g_59 g_60 g_62 g_66 g_61 g_44 g_20
 * writes: g_18 g_61 g_66 g_60 g_131
 */
static int8_t * func_30(const uint8_t  p_31)
{ /* block id: 6 */
    int8_t *l_45 = (void*)0;
    int32_t l_63 = 1L;
    float l_64 = 0x0.Ep+1;
    uint32_t *l_65 = &g_66;
    union U0 l_69 = {0};
    int8_t *l_70 = (void*)0;
    int32_t l_71 = 2L;
    int32_t **l_130 = &g_60;
    g_131 = ((*l_130) = func_34((func_39(p_31, g_43, l_45) , ((*l_65)++)), l_69, (&l_69 == (void*)0), (l_63 = (l_71 |= l_63))));
    return &g_20;
}


/* ------------------------------------------ */
/* 
 * reads : g_18 g_59 g_60 g_61 g_11 g_44 g_20 g_43
 * writes: g_60 g_18 g_61 g_66
 */
static int32_t * func_34(uint32_t  p_35, union U0  p_36, uint16_t  p_37, int8_t  p_38)
{ /* block id: 17 */
    int8_t l_79[3];
    const uint8_t l_86 = 0x7EL;
    int32_t l_87 = (-6L);
    int32_t **l_88 = &g_60;
    union U0 *l_90 = &g_62;
    union U0 **l_89[3][8][4] = {{{&l_90,&l_90,(void*)0,&l_90},{(void*)0,&l_90,(void*)0,&l_90},{&l_90,&l_90,&l_90,&l_90},{&l_90,&l_90,&l_90,(void*)0},{&l_90,(void*)0,(void*)0,&l_90},{&l_90,&l_90,&l_90,&l_90},{&l_90,(void*)0,&l_90,(void*)0},{&l_90,&l_90,(void*)0,&l_90}},{{&l_90,&l_90,&l_90,&l_90},{(void*)0,&l_90,&l_90,&l_90},{&l_90,&l_90,&l_90,&l_90},{&l_90,&l_90,&l_90,&l_90},{(void*)0,&l_90,&l_90,&l_90},{&l_90,&l_90,&l_90,&l_90},{&l_90,&l_90,(void*)0,&l_90},{&l_90,(void*)0,&l_90,&l_90}},{{&l_90,&l_90,(void*)0,(void*)0},{&l_90,&l_90,&l_90,&l_90},{&l_90,(void*)0,&l_90,(void*)0},{(void*)0,&l_90,&l_90,&l_90},{&l_90,&l_90,&l_90,&l_90},{(void*)0,&l_90,&l_90,&l_90},{&l_90,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_90,&l_90}}};
    union U0 ***l_91 = &l_89[2][5][3];
    int32_t ***l_116[5][8] = {{&l_88,&l_88,&l_88,&l_88,&l_88,&l_88,&l_88,&l_88},{&l_88,&l_88,&l_88,&l_88,&l_88,&l_88,&l_88,&l_88},{&l_88,&l_88,&l_88,&l_88,&l_88,&l_88,&l_88,&l_88},{&l_88,&l_88,&l_88,&l_88,&l_88,&l_88,&l_88,&l_88},{&l_88,&l_88,&l_88,&l_88,&l_88,&l_88,&l_88,&l_88}};
    int32_t *l_129[7][8] = {{&g_18[8],&g_18[8],&g_18[8],(void*)0,&l_87,(void*)0,&g_18[8],&g_18[8]},{&g_18[8],&l_87,&g_18[8],&g_18[8],&g_18[8],&g_18[8],&l_87,&g_18[8]},{&l_87,&g_18[4],&g_18[8],(void*)0,&g_18[8],&g_18[4],&l_87,&l_87},{&g_18[4],(void*)0,&g_18[8],&g_18[8],(void*)0,&g_18[4],&g_18[8],&g_18[4]},{(void*)0,&g_18[4],&g_18[8],&g_18[4],(void*)0,&g_18[8],&g_18[8],(void*)0},{&g_18[4],&l_87,&l_87,&g_18[4],&g_18[8],(void*)0,&g_18[8],&g_18[4]},{&l_87,&g_18[8],&l_87,&g_18[8],&g_18[8],&g_18[8],&g_18[8],&l_87}};
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_79[i] = 0x6EL;
    (*l_88) = ((((~(((safe_mul_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u(((l_87 = ((((safe_mul_func_uint16_t_u_u((((l_79[1] >= p_35) < ((l_79[1] , ((((((safe_mul_func_int8_t_s_s(((safe_mul_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(p_38, ((g_18[7] >= l_79[0]) >= l_79[1]))), p_38)) != (l_79[2] >= 0x1AL)), 0x3DL)) , (void*)0) != (*g_59)) || l_79[1]) , l_79[1]) | l_79[1])) ^ g_61)) <= p_38), 0xB60AL)) , g_11) && l_79[1]) == l_86)) & g_18[7]), 249UL)), l_79[0])) , g_18[8]) != 0xD27FD735AE52E9ADLL)) <= 0xFB033500L) || g_11) , (void*)0);
    g_18[0] ^= 0x10F657D2L;
    (*l_91) = l_89[2][0][0];
    for (p_37 = 0; (p_37 <= 41); p_37 = safe_add_func_uint16_t_u_u(p_37, 1))
    { /* block id: 24 */
        uint8_t l_102[8] = {0UL,1UL,1UL,0UL,1UL,1UL,0UL,1UL};
        int32_t ****l_117 = &l_116[0][3];
        uint32_t *l_122 = &g_66;
        int32_t *l_128 = &g_18[8];
        int i;
        for (p_38 = (-20); (p_38 >= 25); ++p_38)
        { /* block id: 27 */
            for (g_61 = 7; (g_61 >= 27); g_61 = safe_add_func_uint16_t_u_u(g_61, 4))
            { /* block id: 30 */
                int32_t **l_98[8] = {&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60};
                int32_t **l_99[10][7][3] = {{{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0}},{{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0}},{{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0}},{{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60}},{{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0}},{{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0}},{{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0}},{{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60}},{{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0}},{{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0},{&g_60,(void*)0,(void*)0},{&g_60,&g_60,&g_60},{&g_60,&g_60,(void*)0},{(void*)0,&g_60,(void*)0}}};
                int32_t **l_100[7][8] = {{&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60},{&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60},{&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60},{&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60},{&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60},{&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60},{&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60}};
                int32_t **l_101 = &g_60;
                int i, j, k;
                (*l_101) = (*g_59);
                l_102[3]--;
            }
        }
        if (p_35)
            break;
        (*l_128) ^= (safe_mod_func_int64_t_s_s((safe_rshift_func_int8_t_s_s((p_38 , ((4294967295UL > (safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(l_102[3], ((safe_unary_minus_func_uint16_t_u((safe_mod_func_int32_t_s_s((&l_88 == ((*l_117) = l_116[0][3])), (safe_sub_func_int8_t_s_s(((safe_add_func_uint32_t_u_u(((*l_122) = 0xDC7DF631L), ((((safe_div_func_float_f_f(((safe_add_func_float_f_f((0x9.61BCE7p+72 > ((*g_44) , (+p_35))), p_37)) <= 0xF.51BCBDp+71), g_20)) >= p_35) != p_37) , 0L))) && 4294967295UL), (*g_44))))))) == g_11))), l_87))) ^ p_35)), (**g_43))), g_20));
    }
    return &g_18[8];
}


/* ------------------------------------------ */
/* 
 * reads : g_18 g_11 g_59 g_60 g_62
 * writes: g_18 g_61 l_968
 */
static union U0  func_39(uint64_t  p_40, const int8_t ** const  p_41, int8_t * p_42)
{ /* block id: 7 */
    int32_t l_46 = 0xE3D4752EL;
    int32_t *l_47 = &g_18[7];
    int32_t *l_49 = &g_18[8];
    int32_t **l_48 = &l_49;
    const union U0 l_50 = {0};
    int32_t ***l_56 = (void*)0;
    int32_t ***l_57 = (void*)0;
    int32_t ***l_58 = &l_48;
    (*l_47) |= l_46;
    (**g_59) = ((l_47 != ((*l_48) = l_47)) , (p_40 < (l_50 , ((*l_49) < (g_61 = ((((((safe_sub_func_int64_t_s_s((safe_unary_minus_func_uint8_t_u(g_11)), (g_18[8] , (safe_sub_func_int8_t_s_s(((((p_40 < (((*l_58) = &l_49) != g_59)) == p_40) && 0x82FC9AEBL) , 0x37L), g_11))))) && g_11) , 6UL) , g_11) , 0x093AL) | 0xF5D3L))))));
    return g_62;
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
    transparent_crc(g_11, "g_11", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_18[i], "g_18[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_20, "g_20", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_134, "g_134", print_hash_value);
    transparent_crc(g_162, "g_162", print_hash_value);
    transparent_crc_bytes (&g_166, sizeof(g_166), "g_166", print_hash_value);
    transparent_crc(g_180, "g_180", print_hash_value);
    transparent_crc(g_240, "g_240", print_hash_value);
    transparent_crc(g_242, "g_242", print_hash_value);
    transparent_crc(g_269, "g_269", print_hash_value);
    transparent_crc(g_293, "g_293", print_hash_value);
    transparent_crc(g_407, "g_407", print_hash_value);
    transparent_crc_bytes (&g_533, sizeof(g_533), "g_533", print_hash_value);
    transparent_crc(g_534, "g_534", print_hash_value);
    transparent_crc(g_547, "g_547", print_hash_value);
    transparent_crc_bytes (&g_559, sizeof(g_559), "g_559", print_hash_value);
    transparent_crc(g_569, "g_569", print_hash_value);
    transparent_crc(g_644, "g_644", print_hash_value);
    transparent_crc(g_654, "g_654", print_hash_value);
    transparent_crc_bytes (&g_680, sizeof(g_680), "g_680", print_hash_value);
    transparent_crc(g_776, "g_776", print_hash_value);
    transparent_crc(g_782, "g_782", print_hash_value);
    transparent_crc(g_793, "g_793", print_hash_value);
    transparent_crc(g_881, "g_881", print_hash_value);
    transparent_crc(g_883, "g_883", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_908[i][j], "g_908[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc_bytes (&g_933, sizeof(g_933), "g_933", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_1113[i], "g_1113[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_1205[i], "g_1205[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 292
XXX total union variables: 10

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 28
breakdown:
   indirect level: 0, occurrence: 10
   indirect level: 1, occurrence: 9
   indirect level: 2, occurrence: 3
   indirect level: 3, occurrence: 5
   indirect level: 4, occurrence: 1
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 13
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 16
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 0

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 114
   depth: 2, occurrence: 29
   depth: 3, occurrence: 3
   depth: 5, occurrence: 3
   depth: 6, occurrence: 1
   depth: 7, occurrence: 1
   depth: 10, occurrence: 1
   depth: 12, occurrence: 1
   depth: 14, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 1
   depth: 17, occurrence: 2
   depth: 18, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 23, occurrence: 1
   depth: 24, occurrence: 3
   depth: 25, occurrence: 2
   depth: 26, occurrence: 1
   depth: 27, occurrence: 1
   depth: 30, occurrence: 1
   depth: 31, occurrence: 2
   depth: 33, occurrence: 1
   depth: 38, occurrence: 1

XXX total number of pointers: 302

XXX times a variable address is taken: 526
XXX times a pointer is dereferenced on RHS: 149
breakdown:
   depth: 1, occurrence: 74
   depth: 2, occurrence: 47
   depth: 3, occurrence: 11
   depth: 4, occurrence: 12
   depth: 5, occurrence: 5
XXX times a pointer is dereferenced on LHS: 144
breakdown:
   depth: 1, occurrence: 122
   depth: 2, occurrence: 17
   depth: 3, occurrence: 2
   depth: 4, occurrence: 2
   depth: 5, occurrence: 1
XXX times a pointer is compared with null: 24
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 5
XXX times a pointer is qualified to be dereferenced: 3255

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 486
   level: 2, occurrence: 194
   level: 3, occurrence: 58
   level: 4, occurrence: 52
   level: 5, occurrence: 19
XXX number of pointers point to pointers: 103
XXX number of pointers point to scalars: 187
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 33.8
XXX average alias set size: 1.35

XXX times a non-volatile is read: 1150
XXX times a non-volatile is write: 493
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 3

XXX stmts: 118
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 26
   depth: 1, occurrence: 17
   depth: 2, occurrence: 15
   depth: 3, occurrence: 17
   depth: 4, occurrence: 17
   depth: 5, occurrence: 26

XXX percentage a fresh-made variable is used: 17.3
XXX percentage an existing variable is used: 82.7
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

