/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 55 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      55
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   signed f0 : 26;
   const signed f1 : 9;
   const signed f2 : 8;
   signed f3 : 19;
   const unsigned f4 : 24;
   signed f5 : 17;
   int8_t  f6;
};

struct S1 {
   uint16_t  f0;
   uint32_t  f1;
   int32_t  f2;
   unsigned f3 : 9;
   struct S0  f4;
   struct S0  f5;
   const int32_t  f6;
};

union U2 {
   int16_t  f0;
};

union U3 {
   signed f0 : 3;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = 1L;
static uint8_t g_17 = 0x3DL;
static struct S1 g_24 = {8UL,4294967295UL,0x6C1CC492L,7,{-5783,18,-4,84,591,-156,0x4DL},{-6610,2,-3,-672,2873,-169,-1L},0xC2457718L};
static int32_t g_29[4][3][3] = {{{(-6L),0x110BDBE7L,2L},{0xB874B34BL,(-6L),(-6L)},{(-6L),0x7F0BBFFDL,0x13E652FCL}},{{(-9L),(-6L),0x13E652FCL},{0x22BF4B24L,0x13E652FCL,(-6L)},{0x3B01F688L,1L,2L}},{{0x13E652FCL,0x13E652FCL,1L},{0x110BDBE7L,(-6L),0x2FFE2AA9L},{0x110BDBE7L,0x7F0BBFFDL,0x3B01F688L}},{{0x13E652FCL,(-6L),(-6L)},{0x3B01F688L,0x110BDBE7L,0x3B01F688L},{0x22BF4B24L,0x98387B67L,0x2FFE2AA9L}}};
static int32_t g_35[7][8][4] = {{{0x324EF461L,0x5BE01121L,0x324EF461L,0x324EF461L},{0x5BE01121L,0x5BE01121L,(-1L),0x5BE01121L},{0x5BE01121L,0x324EF461L,(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L}},{{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)}},{{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L}},{{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L}},{{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)}},{{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L},{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,(-1L),(-1L),0x324EF461L}},{{(-1L),0x324EF461L,(-1L),(-1L)},{0x324EF461L,0x324EF461L,0x5BE01121L,0x324EF461L},{0x324EF461L,0x5BE01121L,0x5BE01121L,(-1L)},{0x5BE01121L,(-1L),0x5BE01121L,0x5BE01121L},{(-1L),(-1L),0x324EF461L,(-1L)},{(-1L),0x5BE01121L,0x5BE01121L,(-1L)},{0x5BE01121L,(-1L),0x5BE01121L,0x5BE01121L},{(-1L),(-1L),0x324EF461L,(-1L)}}};
static float g_37 = 0xA.946302p+47;
static uint16_t g_76 = 0xF078L;
static uint16_t *g_78 = &g_76;
static uint64_t g_80 = 9UL;
static struct S1 g_86 = {0xD368L,0xBAF00BCFL,6L,10,{1888,12,0,315,1418,-185,0x25L},{-1710,-10,3,-721,565,314,0xD9L},0x1822BFEBL};
static struct S1 g_88 = {0x3F52L,4294967288UL,-5L,21,{3345,-8,-8,-357,1336,-74,0x8AL},{-7571,15,-4,404,923,-215,7L},6L};
static float g_110 = (-0x7.0p-1);
static int64_t g_135 = 0x8EC0D0173B76CD6ALL;
static int64_t g_137 = 0x25BE5548FEC59831LL;
static uint8_t g_156 = 5UL;
static const int8_t *g_162 = &g_24.f4.f6;
static int32_t **g_165[2] = {(void*)0,(void*)0};
static const union U2 g_244 = {0L};
static const union U2 *g_243 = &g_244;
static const union U2 **g_242 = &g_243;
static struct S1 **g_253[2] = {(void*)0,(void*)0};
static const int32_t *g_292[6][4][6] = {{{&g_29[2][1][1],&g_88.f6,&g_88.f6,&g_35[5][6][2],&g_35[5][6][2],&g_88.f6},{(void*)0,&g_29[3][2][1],&g_29[0][2][0],&g_35[5][6][2],(void*)0,&g_86.f6},{(void*)0,&g_29[2][1][1],&g_35[5][6][2],&g_35[5][6][2],&g_29[2][1][1],&g_29[2][1][1]},{&g_29[2][1][1],&g_35[5][6][2],&g_29[2][1][1],&g_35[5][6][2],&g_29[0][0][0],&g_35[5][6][2]}},{{(void*)0,&g_35[5][6][2],(void*)0,&g_35[5][6][2],&g_29[3][2][1],&g_88.f6},{(void*)0,&g_88.f6,&g_88.f6,&g_35[5][6][2],&g_88.f6,&g_29[0][2][0]},{&g_29[2][1][1],&g_29[0][0][0],&g_86.f6,&g_35[5][6][2],&g_88.f6,&g_35[5][6][2]},{(void*)0,(void*)0,&g_29[2][1][1],&g_35[5][6][2],&g_35[5][6][2],&g_29[2][1][1]}},{{(void*)0,&g_24.f6,&g_35[5][6][2],&g_35[5][6][2],&g_24.f6,(void*)0},{&g_29[2][1][1],&g_88.f6,&g_88.f6,&g_35[5][6][2],&g_35[5][6][2],&g_88.f6},{(void*)0,&g_29[3][2][1],&g_29[0][2][0],&g_35[5][6][2],(void*)0,&g_86.f6},{(void*)0,&g_29[2][1][1],&g_35[5][6][2],&g_35[5][6][2],&g_29[2][1][1],&g_29[2][1][1]}},{{&g_29[2][1][1],&g_35[5][6][2],&g_29[2][1][1],&g_35[5][6][2],&g_29[0][0][0],&g_35[5][6][2]},{(void*)0,&g_35[5][6][2],(void*)0,&g_35[5][6][2],&g_29[3][2][1],&g_88.f6},{(void*)0,&g_88.f6,&g_88.f6,&g_35[5][6][2],&g_88.f6,&g_29[0][2][0]},{&g_29[2][1][1],&g_29[0][0][0],&g_86.f6,&g_35[5][6][2],&g_88.f6,&g_35[5][6][2]}},{{(void*)0,(void*)0,&g_29[2][1][1],&g_35[5][6][2],&g_35[5][6][2],&g_29[2][1][1]},{(void*)0,&g_24.f6,&g_35[5][6][2],&g_35[5][6][2],&g_24.f6,(void*)0},{&g_29[2][1][1],&g_88.f6,&g_88.f6,&g_35[5][6][2],&g_35[5][6][2],&g_88.f6},{(void*)0,&g_29[3][2][1],&g_29[0][2][0],&g_35[5][6][2],(void*)0,&g_86.f6}},{{(void*)0,&g_29[2][1][1],&g_35[5][6][2],&g_35[5][6][2],&g_29[2][1][1],&g_29[2][1][1]},{&g_29[2][1][1],&g_35[5][6][2],&g_29[2][1][1],&g_35[5][6][2],&g_29[0][0][0],&g_35[5][6][2]},{(void*)0,&g_35[5][6][2],(void*)0,&g_35[5][6][2],&g_29[3][2][1],&g_88.f6},{(void*)0,&g_88.f6,&g_88.f6,&g_35[5][6][2],&g_88.f6,&g_29[0][2][0]}}};
static uint64_t *g_310 = &g_80;
static uint64_t **g_309 = &g_310;
static union U2 g_356 = {0xBEDCL};
static const uint32_t *g_373 = &g_88.f1;
static const uint32_t **g_372 = &g_373;
static uint32_t g_385 = 0x7A9C3543L;
static union U2 *g_461 = &g_356;
static uint16_t **g_514 = &g_78;
static uint16_t ***g_513 = &g_514;
static int16_t g_616 = 0L;
static int8_t g_662 = 0L;
static uint32_t *g_713 = &g_385;
static uint16_t * const ***g_716 = (void*)0;
static uint32_t * const g_743 = &g_385;
static float g_851 = 0xC.0D5782p+15;
static float g_852 = 0x4.A599B4p+84;
static int32_t g_924 = 0x910B4BBFL;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int32_t * func_7(float  p_8, int32_t  p_9, int8_t  p_10, const int32_t * p_11, int32_t * p_12);
static int32_t  func_18(struct S1  p_19, struct S1  p_20, const int32_t * p_21, int16_t  p_22, uint64_t  p_23);
static struct S1  func_25(const struct S1  p_26);
static int32_t * func_30(struct S0  p_31);
static const uint32_t  func_41(int32_t  p_42, int32_t * p_43);
static uint16_t  func_46(int32_t * p_47, uint8_t  p_48, const int32_t * p_49, struct S1  p_50, const int32_t  p_51);
static union U2  func_66(float * p_67, const float * p_68, uint32_t  p_69);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_17 g_24 g_35 g_37 g_88.f4.f6 g_88.f5.f5 g_88.f4.f5 g_78 g_76 g_86.f5.f6 g_86 g_156 g_29 g_162 g_165 g_88.f5.f3 g_88.f5.f1 g_88.f0 g_253 g_137 g_309 g_310 g_88.f4.f1 g_372 g_80 g_88.f5.f0 g_88.f1 g_243 g_244 g_356 g_135 g_88.f5.f6 g_88.f5 g_356.f0 g_385 g_743 g_513 g_514 g_373 g_88.f3 g_662 g_924
 * writes: g_3 g_29 g_35 g_37 g_24.f0 g_24.f1 g_78 g_80 g_110 g_88.f5.f5 g_86.f4.f6 g_135 g_137 g_156 g_76 g_24.f4.f6 g_242 g_88.f5.f6 g_24.f5.f6 g_385 g_86.f2 g_461 g_243 g_356.f0 g_88.f3 g_24.f2 g_851 g_852 g_616 g_924
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    int32_t *l_2 = &g_3;
    const struct S1 l_27 = {0xE1EFL,0x40ACB488L,1L,18,{403,9,-8,537,1676,12,0x54L},{8191,-3,-14,-606,2418,206,-1L},0x62C44F03L};
    int32_t *l_922 = &g_3;
    int32_t **l_921 = &l_922;
    int32_t *l_923 = &g_924;
    int64_t *l_925 = &g_137;
    (*l_2) |= 0x6923607AL;
    (*l_923) |= (safe_rshift_func_uint8_t_u_u((~0xC4B03E38L), (l_2 == ((*l_921) = func_7(((*l_2) = 0x5.B0E82Cp-60), (safe_div_func_uint32_t_u_u((safe_add_func_int16_t_s_s(0x37C5L, g_17)), func_18(g_24, func_25(l_27), func_30(l_27.f5), g_24.f4.f5, g_24.f6))), g_24.f5.f0, l_2, l_2)))));
    (*l_922) = ((-1L) == ((void*)0 != l_925));
    (*l_922) ^= ((safe_rshift_func_int16_t_s_u(g_88.f5.f6, 10)) , (*l_923));
    return (*l_922);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_7(float  p_8, int32_t  p_9, int8_t  p_10, const int32_t * p_11, int32_t * p_12)
{ /* block id: 408 */
    uint32_t **l_919 = &g_713;
    uint32_t ***l_918 = &l_919;
    int32_t *l_920 = &g_35[5][5][0];
    (*l_918) = &g_713;
    return l_920;
}


/* ------------------------------------------ */
/* 
 * reads : g_24.f2 g_24 g_35 g_37 g_88.f4.f6 g_88.f5.f5 g_88.f4.f5 g_78 g_76 g_86.f5.f6 g_86 g_156 g_29 g_162 g_165 g_88.f5.f3 g_88.f5.f1 g_88.f0 g_253 g_137 g_309 g_310 g_88.f4.f1 g_372 g_80 g_88.f5.f0 g_88.f1 g_243 g_244 g_356 g_135 g_88.f5.f6 g_88.f5 g_356.f0 g_385 g_743 g_513 g_514 g_373 g_88.f3 g_662
 * writes: g_29 g_24.f0 g_24.f1 g_78 g_80 g_35 g_37 g_110 g_88.f5.f5 g_86.f4.f6 g_135 g_137 g_156 g_76 g_24.f4.f6 g_242 g_88.f5.f6 g_24.f5.f6 g_385 g_86.f2 g_461 g_243 g_356.f0 g_88.f3 g_24.f2 g_851 g_852 g_616
 */
static int32_t  func_18(struct S1  p_19, struct S1  p_20, const int32_t * p_21, int16_t  p_22, uint64_t  p_23)
{ /* block id: 14 */
    int16_t l_39 = 5L;
    int32_t l_40 = 0x627841B2L;
    struct S0 l_840[5] = {{-8155,5,-14,349,3150,-205,1L},{-8155,5,-14,349,3150,-205,1L},{-8155,5,-14,349,3150,-205,1L},{-8155,5,-14,349,3150,-205,1L},{-8155,5,-14,349,3150,-205,1L}};
    int8_t *l_848 = (void*)0;
    int8_t **l_847 = &l_848;
    int32_t * const *l_857 = (void*)0;
    uint16_t **l_871 = &g_78;
    int32_t l_872 = 0L;
    int32_t l_885 = 0x390085ABL;
    int32_t l_886[1];
    union U2 l_896 = {-1L};
    union U2 **l_898 = (void*)0;
    union U2 ***l_897[5][5] = {{&l_898,&l_898,&l_898,&l_898,&l_898},{&l_898,&l_898,&l_898,&l_898,&l_898},{&l_898,&l_898,&l_898,&l_898,&l_898},{&l_898,&l_898,&l_898,&l_898,&l_898},{&l_898,&l_898,&l_898,&l_898,&l_898}};
    struct S1 **l_901 = (void*)0;
    union U3 l_905 = {9L};
    int32_t *l_910 = &g_29[0][0][1];
    int32_t *l_911 = (void*)0;
    int32_t *l_912 = &l_886[0];
    int32_t *l_913 = &g_35[5][2][3];
    int32_t *l_914[3][6] = {{&l_886[0],&g_35[4][6][3],&l_886[0],&l_40,&l_40,&l_886[0]},{&g_35[0][1][0],&g_35[0][1][0],&l_40,&g_29[2][1][1],&l_40,&g_35[0][1][0]},{&l_40,&g_35[4][6][3],&g_29[2][1][1],&g_29[2][1][1],&g_35[4][6][3],&l_40}};
    uint8_t l_915 = 255UL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_886[i] = 9L;
    l_40 ^= l_39;
    if (((func_41(g_24.f2, (func_25(g_24) , (void*)0)) == 0x6F496C21L) , (g_662 , (safe_add_func_uint16_t_u_u(((safe_mod_func_int16_t_s_s(l_40, g_86.f3)) != p_20.f5.f6), (*g_78))))))
    { /* block id: 389 */
        struct S1 l_841 = {0UL,1UL,-7L,9,{-5894,-7,13,397,2600,-251,0L},{-2964,3,-15,-186,1690,271,0x89L},0x9F96CC02L};
        uint32_t l_846 = 0x937B6302L;
        float *l_849 = &g_37;
        float *l_850 = &g_851;
        int32_t *l_854 = &g_35[5][6][2];
        int32_t **l_853[4][6][7] = {{{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,(void*)0,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{(void*)0,&l_854,(void*)0,&l_854,&l_854,&l_854,(void*)0},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854}},{{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,(void*)0,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,(void*)0,&l_854,(void*)0,&l_854,&l_854}},{{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,(void*)0,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{(void*)0,&l_854,(void*)0,&l_854,&l_854,&l_854,(void*)0},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854}},{{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,(void*)0,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,&l_854,&l_854,&l_854,&l_854,&l_854},{&l_854,&l_854,(void*)0,&l_854,(void*)0,&l_854,(void*)0}}};
        int32_t ***l_855[8];
        int32_t **l_856 = (void*)0;
        const int8_t l_865[10] = {0x32L,0x32L,0xE1L,0x65L,0xE1L,0x32L,0x32L,0xE1L,0x65L,0xE1L};
        int16_t *l_873 = &g_356.f0;
        uint8_t *l_874 = &g_156;
        int16_t *l_875 = &g_616;
        int i, j, k;
        for (i = 0; i < 8; i++)
            l_855[i] = (void*)0;
        g_852 = ((*l_850) = ((!((*l_849) = ((safe_div_func_float_f_f(0x8.Dp-1, ((l_840[1] , l_841) , (safe_mul_func_float_f_f(p_19.f2, g_24.f5.f2))))) >= (((safe_sub_func_float_f_f((g_110 = 0x0.7A8470p-44), l_846)) <= l_840[1].f1) > (l_847 != &l_848))))) < p_19.f4.f6));
        p_19.f5.f3 |= ((((l_856 = l_853[0][3][3]) == l_857) , p_20.f0) >= (safe_sub_func_int16_t_s_s(((*l_875) = (safe_add_func_uint8_t_u_u(((*l_874) = (((*l_873) = (safe_lshift_func_uint8_t_u_u((safe_unary_minus_func_int16_t_s((((l_865[8] | (l_872 = (((*p_21) && (safe_div_func_int64_t_s_s((0UL & (safe_lshift_func_int16_t_s_s(g_385, p_23))), ((safe_unary_minus_func_int8_t_s(((((l_871 == (*g_513)) , 0xDBL) > l_872) == p_19.f4.f5))) || 0xDA95DA510936DA26LL)))) , g_86.f5.f6))) , &l_848) != (void*)0))), p_19.f4.f2))) , g_88.f5.f2)), (*g_162)))), 65526UL)));
    }
    else
    { /* block id: 400 */
        int32_t *l_876 = &g_29[3][1][0];
        int32_t *l_877 = &g_35[3][1][2];
        int32_t l_878 = 0x56A6A391L;
        int32_t *l_879 = (void*)0;
        int32_t *l_880 = &g_29[2][1][1];
        int32_t *l_881 = &g_29[0][0][2];
        int32_t *l_882 = &l_40;
        int32_t *l_883 = &l_878;
        int32_t *l_884[1];
        uint8_t l_887 = 0x8DL;
        struct S1 *l_900 = (void*)0;
        struct S1 **l_899 = &l_900;
        int64_t *l_902 = &g_135;
        struct S0 l_908 = {-2120,-1,-12,-290,1958,-140,0x4BL};
        const union U2 * const l_909[10] = {&g_244,&g_244,&g_244,&g_244,&g_244,&g_244,&g_244,&g_244,&g_244,&g_244};
        int i;
        for (i = 0; i < 1; i++)
            l_884[i] = (void*)0;
        l_887--;
        p_19.f4.f0 = (safe_mul_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u((((safe_rshift_func_uint8_t_u_s(p_20.f4.f1, (((l_896 , ((**g_514) = ((void*)0 == l_897[2][3]))) & (*l_881)) || (l_899 != (p_20.f4.f2 , l_901))))) , l_902) == &g_137), (-1L))), p_20.f5.f3));
        (*l_876) ^= (safe_add_func_int64_t_s_s((l_905 , (0xBA63C88575E2EB1CLL && 0x596828BE027BEB73LL)), (safe_add_func_uint8_t_u_u(1UL, (l_908 , (&g_244 != l_909[8]))))));
    }
    ++l_915;
    return (*p_21);
}


/* ------------------------------------------ */
/* 
 * reads : g_24
 * writes: g_29
 */
static struct S1  func_25(const struct S1  p_26)
{ /* block id: 3 */
    int32_t *l_28 = &g_29[2][1][1];
    (*l_28) = (0xA07EB839L & 0x770DDAD4L);
    return g_24;
}


/* ------------------------------------------ */
/* 
 * reads : g_35
 * writes: g_35 g_37
 */
static int32_t * func_30(struct S0  p_31)
{ /* block id: 6 */
    int32_t *l_38 = &g_35[5][6][2];
    for (p_31.f6 = 2; (p_31.f6 != 28); ++p_31.f6)
    { /* block id: 9 */
        int32_t *l_34 = &g_35[5][6][2];
        float *l_36[3];
        int i;
        for (i = 0; i < 3; i++)
            l_36[i] = &g_37;
        (*l_34) ^= 0x65697B4EL;
        g_37 = p_31.f3;
    }
    return l_38;
}


/* ------------------------------------------ */
/* 
 * reads : g_24.f0 g_24.f1 g_24.f3 g_35 g_24.f5.f4 g_37 g_88.f4.f6 g_24.f5.f2 g_88.f5.f5 g_88.f4.f5 g_24.f4.f4 g_78 g_76 g_86.f5.f6 g_86 g_156 g_29 g_162 g_165 g_88.f5.f3 g_24.f2 g_24.f4.f1 g_24.f4.f6 g_24.f5.f0 g_24.f4.f3 g_24.f4.f2 g_88.f5.f1 g_88.f0 g_253 g_137 g_309 g_310 g_24.f5.f5 g_88.f4.f1 g_372 g_80 g_88.f5.f0 g_88.f1 g_243 g_244 g_356 g_135 g_88.f5.f6 g_88.f5 g_356.f0 g_385 g_743 g_513 g_514 g_373 g_24.f5.f3 g_24.f5.f6 g_88.f3
 * writes: g_24.f0 g_24.f1 g_78 g_80 g_35 g_37 g_110 g_88.f5.f5 g_86.f4.f6 g_135 g_137 g_156 g_76 g_29 g_24.f4.f6 g_242 g_88.f5.f6 g_24.f5.f6 g_385 g_86.f2 g_461 g_243 g_356.f0 g_88.f3 g_24.f2
 */
static const uint32_t  func_41(int32_t  p_42, int32_t * p_43)
{ /* block id: 16 */
    uint16_t *l_54[2][8] = {{&g_24.f0,&g_24.f0,&g_24.f0,&g_24.f0,&g_24.f0,&g_24.f0,&g_24.f0,&g_24.f0},{&g_24.f0,&g_24.f0,&g_24.f0,&g_24.f0,&g_24.f0,&g_24.f0,&g_24.f0,&g_24.f0}};
    int32_t l_55 = 3L;
    float *l_70 = &g_37;
    uint32_t *l_71 = &g_24.f1;
    uint8_t l_449 = 0x69L;
    uint64_t l_450 = 0x3FFBFF17EEF7846FLL;
    const uint16_t l_451 = 1UL;
    int32_t *l_453 = &g_29[3][2][1];
    int32_t **l_452 = &l_453;
    struct S1 l_454 = {0x9C61L,0UL,1L,13,{-2002,-11,11,550,1664,251,1L},{-5275,-15,-14,40,2424,-273,0x0AL},-3L};
    int32_t *l_832 = (void*)0;
    int i, j;
    l_454.f5.f0 = (safe_rshift_func_uint16_t_u_u((l_454.f5.f3 = (func_46(((*l_452) = (((0xB372L && (g_24.f0--)) >= (((safe_sub_func_uint16_t_u_u(0xAD26L, ((safe_mul_func_int16_t_s_s(((safe_mod_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s((func_66(l_70, (((void*)0 == l_54[1][3]) , p_43), (--(*l_71))) , (((l_55 = (((g_29[2][2][0] == (((l_449 | 4294967286UL) != p_42) , (-0x1.Dp-1))) >= l_55) < 0x0.C4750Fp-94)) != p_42) , g_86.f5.f5)), 0)), l_450)) | l_451), l_451)) , l_449))) && p_42) <= g_86.f4.f4)) , &p_42)), g_86.f5.f6, l_71, l_454, g_86.f4.f5) == l_449)), l_454.f4.f2));
    return (**g_372);
}


/* ------------------------------------------ */
/* 
 * reads : g_24.f1 g_88.f5.f6 g_35 g_29 g_162 g_24.f4.f6 g_86.f4.f5 g_88.f5 g_356.f0 g_309 g_310 g_80 g_385 g_86.f5 g_24.f3 g_86.f4.f1 g_743 g_513 g_514 g_78 g_76 g_243 g_356 g_86.f4.f2 g_372 g_373 g_88.f1 g_24.f5.f3 g_24.f4.f2 g_24.f5.f6 g_24.f2 g_88.f3 g_24.f0
 * writes: g_461 g_243 g_88.f5.f6 g_110 g_35 g_356.f0 g_385 g_80 g_29 g_24.f1 g_76 g_135 g_137 g_88.f3 g_37 g_24.f2
 */
static uint16_t  func_46(int32_t * p_47, uint8_t  p_48, const int32_t * p_49, struct S1  p_50, const int32_t  p_51)
{ /* block id: 159 */
    union U2 *l_459 = &g_356;
    union U2 **l_460[5][8] = {{&l_459,&l_459,&l_459,(void*)0,&l_459,(void*)0,&l_459,&l_459},{&l_459,&l_459,&l_459,&l_459,&l_459,&l_459,&l_459,&l_459},{&l_459,(void*)0,&l_459,(void*)0,&l_459,(void*)0,&l_459,&l_459},{(void*)0,(void*)0,&l_459,&l_459,(void*)0,(void*)0,&l_459,(void*)0},{(void*)0,(void*)0,&l_459,(void*)0,(void*)0,&l_459,&l_459,(void*)0}};
    int32_t *l_479 = (void*)0;
    uint64_t ***l_484 = &g_309;
    int16_t *l_502 = &g_356.f0;
    int32_t l_602 = (-7L);
    float l_604 = (-0x1.9p+1);
    int32_t l_605 = 0x99A49F61L;
    int32_t l_606 = 0x5D5F08FEL;
    int32_t l_609[6];
    uint32_t l_636 = 0x0032F84FL;
    struct S1 *l_646 = &g_24;
    int8_t l_688[2];
    uint32_t l_784 = 18446744073709551606UL;
    int32_t l_809 = 0L;
    int64_t *l_816 = &g_137;
    int i, j;
    for (i = 0; i < 6; i++)
        l_609[i] = (-2L);
    for (i = 0; i < 2; i++)
        l_688[i] = (-1L);
    g_243 = ((safe_rshift_func_int16_t_s_s((safe_lshift_func_int16_t_s_u(1L, 10)), 10)) , (g_461 = l_459));
    if ((*p_49))
    { /* block id: 162 */
        int32_t *l_462 = (void*)0;
        int32_t *l_463 = &g_35[0][3][1];
        int32_t *l_464 = &g_35[3][7][0];
        int32_t *l_465 = &g_29[1][1][0];
        int32_t *l_466 = &g_29[2][1][1];
        int32_t *l_467 = &g_29[0][1][0];
        int32_t *l_468 = &g_35[6][4][2];
        int32_t l_469 = 0xE6C8697AL;
        int32_t *l_470 = &g_35[4][5][0];
        int32_t *l_471 = &l_469;
        int32_t *l_472 = &l_469;
        int32_t *l_473 = &g_29[3][0][0];
        int32_t *l_474[7];
        uint16_t l_475[6][5][7] = {{{0xE4A1L,65535UL,0x6D50L,0x7D0CL,0UL,1UL,0xBAB3L},{0UL,0UL,0UL,0x9DC3L,0x9DC3L,0UL,0UL},{65532UL,65535UL,0xBAB3L,1UL,0UL,0x4578L,0UL},{65534UL,2UL,0x1D91L,4UL,0UL,0xB6B2L,0UL},{0UL,0xBAB3L,0xE4A1L,1UL,0x927FL,0UL,0UL}},{{0UL,0UL,0UL,0x9DC3L,0xE3FFL,65534UL,0xE3FFL},{0x7D0CL,6UL,6UL,0x7D0CL,0x46E9L,1UL,0x8DF0L},{0xB6B2L,0x07B8L,0UL,0xC3CCL,4UL,65526UL,1UL},{0x6D50L,1UL,0x46E9L,65535UL,1UL,1UL,0x8DF0L},{65526UL,65534UL,1UL,0UL,65526UL,0x07B8L,0xE3FFL}},{{0UL,1UL,65535UL,1UL,65535UL,1UL,0UL},{0x29B5L,65526UL,0x3899L,65530UL,0UL,0x9DC3L,0UL},{1UL,0x46E9L,0xCB50L,0UL,65532UL,6UL,0UL},{2UL,0x34E2L,0x3899L,65534UL,65530UL,1UL,0UL},{0UL,1UL,65535UL,0xBAB3L,8UL,8UL,0xBAB3L}},{{1UL,0xCC6EL,1UL,0x34E2L,1UL,0x07B8L,65526UL},{1UL,0UL,0xE4A1L,65532UL,0UL,1UL,1UL},{0x3899L,0x34E2L,2UL,0UL,0UL,0x07B8L,0UL},{0xBAB3L,0xCBF8L,1UL,65535UL,0xCB50L,65532UL,0x927FL},{0UL,0UL,65526UL,65526UL,0UL,0UL,0xC3CCL}},{{1UL,1UL,0x7D0CL,1UL,0xBAB3L,1UL,0x6D50L},{0UL,0x9DC3L,0UL,4UL,1UL,0UL,65530UL},{0x6D50L,1UL,8UL,0x46E9L,1UL,1UL,0UL},{0UL,0UL,0x9DC3L,0xE3FFL,65534UL,0xE3FFL,0x9DC3L},{0xCBF8L,0xCBF8L,1UL,0x927FL,0UL,0UL,0x46E9L}},{{65530UL,0x34E2L,0UL,0UL,0UL,0UL,1UL},{0x927FL,0UL,1UL,0UL,0UL,0xCEC2L,0UL},{9UL,0x1D91L,0UL,0x9DC3L,65534UL,0xB6B2L,0xB6B2L},{1UL,0UL,1UL,0UL,1UL,0UL,0xCEC2L},{0x1D91L,65530UL,9UL,0x29B5L,1UL,1UL,0UL}}};
        int32_t **l_478[2];
        uint64_t ***l_483 = &g_309;
        int8_t l_504 = (-1L);
        union U3 l_540[10] = {{0x010691C2L},{0x010691C2L},{0x010691C2L},{0x010691C2L},{0x010691C2L},{0x010691C2L},{0x010691C2L},{0x010691C2L},{0x010691C2L},{0x010691C2L}};
        int64_t l_599[2];
        union U2 *l_627 = (void*)0;
        struct S1 l_691 = {0x0B18L,4294967295UL,0x08F3C427L,6,{-632,-9,2,-246,236,238,0xACL},{8162,10,-8,-722,857,339,0x37L},0xA1864D99L};
        float l_734 = 0x0.Bp-1;
        int32_t l_792 = (-3L);
        union U2 ***l_801 = &l_460[3][1];
        union U2 ****l_800[8][1][1] = {{{&l_801}},{{(void*)0}},{{&l_801}},{{(void*)0}},{{&l_801}},{{(void*)0}},{{&l_801}},{{(void*)0}}};
        int i, j, k;
        for (i = 0; i < 7; i++)
            l_474[i] = &l_469;
        for (i = 0; i < 2; i++)
            l_478[i] = &l_470;
        for (i = 0; i < 2; i++)
            l_599[i] = 0x90AB6A9414D82896LL;
        ++l_475[2][1][6];
lbl_480:
        l_479 = &l_469;
        for (p_50.f2 = 0; (p_50.f2 <= 1); p_50.f2 += 1)
        { /* block id: 167 */
            uint64_t l_481 = 2UL;
            const uint16_t **l_517 = (void*)0;
            const uint16_t ***l_516 = &l_517;
            union U2 *l_593 = (void*)0;
            int32_t l_598 = 0x6A0C75B1L;
            int16_t l_608 = 1L;
            int8_t l_614 = (-10L);
            int32_t l_615[10][8] = {{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)},{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)},{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)},{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)},{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)},{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)},{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)},{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)},{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)},{(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L),(-4L)}};
            uint16_t l_617 = 0xD653L;
            int32_t l_645 = 0x21D507E5L;
            uint32_t l_656 = 18446744073709551615UL;
            float *l_700 = &g_37;
            int i, j;
            if (g_24.f1)
                goto lbl_480;
            for (g_88.f5.f6 = 1; (g_88.f5.f6 >= 0); g_88.f5.f6 -= 1)
            { /* block id: 171 */
                float *l_482 = &g_110;
                (*l_482) = l_481;
                (*l_463) = (l_483 != l_484);
                for (p_50.f5.f6 = 1; (p_50.f5.f6 >= 0); p_50.f5.f6 -= 1)
                { /* block id: 176 */
                    struct S0 l_492 = {7840,13,9,-50,3793,-303,1L};
                    int64_t *l_499 = &g_135;
                    int i, j, k;
                    g_35[(p_50.f5.f6 + 4)][(g_88.f5.f6 + 2)][p_50.f2] = (safe_mul_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u((g_35[(g_88.f5.f6 + 5)][(p_50.f5.f6 + 1)][p_50.f5.f6] ^ p_51), (((g_29[2][1][1] < (((((p_50.f2 < (+(safe_mod_func_int8_t_s_s((l_492 , (*g_162)), (g_86.f4.f5 , (safe_div_func_uint32_t_u_u(4294967295UL, (*p_49)))))))) > (*l_479)) || 7L) , g_88.f5) , 0x4E78L)) , &l_460[(p_50.f2 + 1)][(g_88.f5.f6 + 1)]) == &l_460[(p_50.f5.f6 + 2)][(p_50.f5.f6 + 5)]))), (-1L)));
                    for (g_356.f0 = 1; (g_356.f0 <= 4); g_356.f0 += 1)
                    { /* block id: 180 */
                        p_47 = p_47;
                    }
                    (*p_47) |= ((**g_309) & (p_50.f5.f3 != (safe_sub_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_u((l_499 == &g_135), 0)), 0xB6761F67D85E6A9DLL))));
                }
            }
            for (g_385 = 0; (g_385 <= 4); g_385 += 1)
            { /* block id: 188 */
                int16_t *l_503 = &g_356.f0;
                uint16_t ****l_515 = &g_513;
                uint8_t l_522[4][10][3] = {{{0xCCL,0x4AL,0x2BL},{255UL,2UL,0xCCL},{3UL,0x26L,0x2BL},{0x8AL,0xBAL,255UL},{255UL,0xCDL,255UL},{0xC9L,0xCDL,0xD3L},{0xD3L,0xBAL,0x67L},{0x83L,0x26L,248UL},{7UL,2UL,0x3FL},{0x83L,0x4AL,252UL}},{{0xD3L,0x38L,1UL},{0xC9L,1UL,1UL},{255UL,0x57L,252UL},{0x8AL,0xB9L,0x3FL},{3UL,0x7BL,248UL},{255UL,0xB9L,0x67L},{0xCCL,0x57L,0xD3L},{248UL,1UL,255UL},{248UL,0x38L,255UL},{0xCCL,0x4AL,0x2BL}},{{255UL,2UL,0xCCL},{3UL,0x26L,0x2BL},{0x8AL,0xBAL,255UL},{255UL,0xCDL,255UL},{0xC9L,0xCDL,0xD3L},{0xD3L,0xBAL,0x67L},{0x83L,0x26L,248UL},{7UL,2UL,0x3FL},{0x83L,0x4AL,252UL},{0xD3L,0x38L,1UL}},{{0xC9L,1UL,1UL},{255UL,0x57L,252UL},{0x8AL,0xB9L,0x3FL},{3UL,0x7BL,248UL},{255UL,0xB9L,0x67L},{0xCCL,0x57L,0xD3L},{248UL,1UL,255UL},{248UL,0x38L,255UL},{0xCCL,0x4AL,0x2BL},{255UL,2UL,0xCCL}}};
                int8_t *l_523 = (void*)0;
                int8_t *l_524 = &g_24.f5.f6;
                int8_t l_569 = 0x65L;
                union U2 **l_595[2];
                int32_t l_603 = 0x6B535024L;
                int32_t l_607 = (-4L);
                int32_t l_610 = 3L;
                int32_t l_612 = 0x8003DF08L;
                int32_t l_613[3];
                float *l_702 = &l_604;
                float **l_701 = &l_702;
                int32_t l_703[5][10] = {{0xA85C566DL,0xF5EA1C30L,0xA85C566DL,0xA85C566DL,0xF5EA1C30L,0xA85C566DL,0xA85C566DL,0xF5EA1C30L,0xA85C566DL,0xA85C566DL},{0xF5EA1C30L,0xF5EA1C30L,0x38308500L,0xF5EA1C30L,0xF5EA1C30L,0x38308500L,0xF5EA1C30L,0xF5EA1C30L,0x38308500L,0xF5EA1C30L},{0xF5EA1C30L,0xA85C566DL,0xA85C566DL,0xF5EA1C30L,0xA85C566DL,0xA85C566DL,0xF5EA1C30L,0xA85C566DL,0xA85C566DL,0xF5EA1C30L},{0xA85C566DL,0xF5EA1C30L,0xA85C566DL,0xA85C566DL,0xF5EA1C30L,0xA85C566DL,0xA85C566DL,0xF5EA1C30L,0xA85C566DL,0xA85C566DL},{0xF5EA1C30L,0xF5EA1C30L,0x38308500L,0xF5EA1C30L,0xF5EA1C30L,0x38308500L,0xF5EA1C30L,0xF5EA1C30L,0x38308500L,0xF5EA1C30L}};
                int8_t *l_704[2];
                float l_706 = 0x4.ACC5E8p+12;
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_595[i] = &l_593;
                for (i = 0; i < 3; i++)
                    l_613[i] = 0x0C5BD8E4L;
                for (i = 0; i < 2; i++)
                    l_704[i] = &g_86.f5.f6;
            }
        }
        if (((*l_466) = ((((**g_309) = (*l_471)) | (4294967295UL || (safe_rshift_func_uint16_t_u_u((safe_sub_func_int16_t_s_s(((g_86.f5 , l_627) == l_627), (+g_24.f3))), (g_86.f4.f1 && 0x7AAFL))))) && (p_47 != g_743))))
        { /* block id: 315 */
            for (l_691.f0 = 19; (l_691.f0 == 53); l_691.f0 = safe_add_func_uint8_t_u_u(l_691.f0, 1))
            { /* block id: 318 */
                if (g_88.f5.f5)
                    goto lbl_480;
            }
            for (g_80 = 0; (g_80 < 1); g_80 = safe_add_func_uint64_t_u_u(g_80, 9))
            { /* block id: 323 */
                float *l_748 = &l_734;
                (*l_466) = (((*l_502) = (-1L)) , ((*l_748) = p_50.f4.f3));
                return (***g_513);
            }
        }
        else
        { /* block id: 329 */
            int64_t l_776 = (-10L);
            union U2 ***l_799 = &l_460[3][1];
            for (g_24.f1 = 0; (g_24.f1 <= 3); g_24.f1++)
            { /* block id: 332 */
                int64_t l_774 = 0L;
                int8_t *l_775 = &l_688[0];
                int16_t *l_777 = &g_616;
                int64_t *l_778[5] = {&l_599[0],&l_599[0],&l_599[0],&l_599[0],&l_599[0]};
                int32_t *l_785[3];
                uint32_t *l_793 = (void*)0;
                uint32_t *l_794[9][2] = {{&l_691.f1,(void*)0},{&g_86.f1,(void*)0},{&l_691.f1,(void*)0},{&g_86.f1,(void*)0},{&l_691.f1,(void*)0},{&g_86.f1,(void*)0},{&l_691.f1,(void*)0},{&g_86.f1,(void*)0},{&l_691.f1,(void*)0}};
                float *l_795 = (void*)0;
                float *l_796 = &g_37;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_785[i] = &g_29[1][1][1];
                (*p_47) = (safe_mul_func_int8_t_s_s(1L, ((~((*g_243) , (*l_465))) , ((((safe_lshift_func_int16_t_s_u((safe_mod_func_int8_t_s_s((*g_162), (*l_479))), 11)) , (g_137 = (safe_rshift_func_uint16_t_u_s((((g_135 = ((((*l_502) = g_86.f4.f2) != 3L) == ((((p_50.f4.f2 <= ((safe_mul_func_int8_t_s_s((((safe_lshift_func_int8_t_s_u((p_50.f5.f6 |= (((((*l_775) = ((safe_add_func_uint8_t_u_u((safe_div_func_int64_t_s_s(((safe_div_func_int64_t_s_s((safe_rshift_func_uint16_t_u_s(((**g_514) = (safe_div_func_int32_t_s_s((*p_49), l_774))), 5)), 1L)) <= 0UL), p_50.f5.f2)), 1L)) < (*l_479))) , (*p_49)) || l_776) < 0x2880L)), 6)) && (*l_479)) | 4294967287UL), p_50.f5.f1)) || (**g_309))) , l_777) != (void*)0) && 0x9E86L))) <= l_774) , p_50.f4.f6), 0)))) , p_50.f4.f4) | p_50.f5.f2))));
                (*l_796) = (((safe_add_func_float_f_f((((safe_rshift_func_uint16_t_u_s(((!l_784) ^ 0xD4L), ((*p_47) && (((((**g_309) = ((g_88.f3 = ((((void*)0 == l_785[0]) , ((((**g_372) > ((l_792 = ((safe_add_func_uint8_t_u_u(((safe_div_func_int8_t_s_s((safe_lshift_func_int16_t_s_s(p_50.f4.f1, (0xFF9CFB64L >= 0xB0240355L))), 0x1EL)) , g_76), p_50.f4.f3)) & p_50.f4.f6)) , (*p_49))) && 18446744073709551615UL) , l_776)) >= 0x56074A6DL)) || l_776)) , g_76) >= 0x8DL) != g_24.f5.f3)))) || 0x7CD2BC15L) , g_24.f4.f2), g_24.f5.f6)) >= g_356.f0) >= 0x0.2F1F32p-56);
            }
            (*p_47) = ((*l_473) = (safe_sub_func_int16_t_s_s(((*l_502) ^= l_776), ((l_799 == l_799) & ((void*)0 != l_800[7][0][0])))));
        }
    }
    else
    { /* block id: 349 */
        int32_t l_807 = 4L;
        int32_t l_808 = 0xB2E4CB71L;
        float *l_817[10] = {&g_110,&g_110,&l_604,&g_110,&g_110,&l_604,&g_110,&g_110,&l_604,&g_110};
        int i;
        for (g_24.f2 = 0; (g_24.f2 < 13); g_24.f2 = safe_add_func_int32_t_s_s(g_24.f2, 6))
        { /* block id: 352 */
            uint16_t l_810 = 3UL;
            for (g_24.f1 = 0; (g_24.f1 <= 30); ++g_24.f1)
            { /* block id: 355 */
                int32_t *l_806[10];
                int i;
                for (i = 0; i < 10; i++)
                    l_806[i] = &l_609[1];
                --l_810;
                for (l_807 = 0; (l_807 < (-1)); l_807--)
                { /* block id: 359 */
                    uint32_t l_815 = 0x83E664C3L;
                    if (l_810)
                        break;
                    if (l_815)
                        continue;
                }
                if ((*p_47))
                    continue;
            }
            if ((*p_47))
                continue;
        }
        g_37 = ((void*)0 != l_816);
    }
    for (l_636 = (-23); (l_636 > 55); l_636 = safe_add_func_uint16_t_u_u(l_636, 1))
    { /* block id: 371 */
        uint32_t l_830 = 0x56CA1934L;
        for (g_76 = 0; (g_76 <= 4); g_76 += 1)
        { /* block id: 374 */
            return p_50.f4.f4;
        }
        for (p_50.f1 = 4; (p_50.f1 == 34); ++p_50.f1)
        { /* block id: 379 */
            uint8_t l_831 = 254UL;
            (*p_47) = (((-1L) && (((safe_add_func_uint64_t_u_u((safe_mul_func_int16_t_s_s((((p_50.f5.f4 || (safe_mul_func_uint64_t_u_u(((**g_309) = 18446744073709551615UL), (((-8L) > (p_50 , (((void*)0 != l_646) || (((*p_49) , (18446744073709551615UL > p_50.f4.f5)) != 0xA1L)))) >= g_88.f3)))) < (*g_162)) , p_48), (-1L))), p_50.f2)) | g_24.f0) < p_50.f3)) == l_830);
            l_831 = p_48;
        }
    }
    return (***g_513);
}


/* ------------------------------------------ */
/* 
 * reads : g_24.f3 g_35 g_24.f1 g_24.f5.f4 g_37 g_88.f4.f6 g_24.f5.f2 g_88.f5.f5 g_88.f4.f5 g_24.f4.f4 g_78 g_76 g_86.f5.f6 g_86 g_156 g_29 g_162 g_165 g_88.f5.f3 g_24.f2 g_24.f4.f1 g_24.f4.f6 g_24.f5.f0 g_24.f4.f3 g_24.f4.f2 g_88.f5.f1 g_88.f0 g_253 g_137 g_309 g_310 g_24.f5.f5 g_88.f4.f1 g_372 g_80 g_88.f5.f0 g_88.f1 g_243 g_244 g_356 g_135
 * writes: g_78 g_80 g_35 g_24.f1 g_37 g_110 g_88.f5.f5 g_86.f4.f6 g_135 g_137 g_156 g_76 g_29 g_24.f4.f6 g_242 g_88.f5.f6 g_24.f5.f6 g_385 g_86.f2
 */
static union U2  func_66(float * p_67, const float * p_68, uint32_t  p_69)
{ /* block id: 19 */
    struct S0 l_74 = {4972,17,-6,-77,530,-308,0L};
    uint16_t *l_75 = &g_76;
    uint16_t **l_77[2];
    uint64_t *l_79 = &g_80;
    int8_t l_83[4][10] = {{0xCBL,0x7DL,0x7DL,0xCBL,0x7DL,0x7DL,0xCBL,0x7DL,0x7DL,0xCBL},{0x7DL,0xCBL,0x7DL,0x7DL,0xCBL,0x7DL,0x7DL,0xCBL,0x7DL,0x7DL},{0xCBL,0xCBL,(-9L),0xCBL,0xCBL,(-9L),0xCBL,0xCBL,(-9L),0xCBL},{0xCBL,0x7DL,0x7DL,0xCBL,0x7DL,0x7DL,0xCBL,0x7DL,0x7DL,0xCBL}};
    int32_t *l_84[3][10] = {{&g_29[0][0][1],&g_35[5][6][2],&g_29[0][0][1],&g_29[0][0][1],&g_35[5][6][2],&g_29[0][0][1],&g_29[0][0][1],&g_35[5][6][2],&g_29[0][0][1],&g_29[0][0][1]},{&g_35[5][6][2],&g_35[5][6][2],&g_29[2][1][1],&g_35[5][6][2],&g_35[5][6][2],&g_29[2][1][1],&g_35[5][6][2],&g_35[5][6][2],&g_29[2][1][1],&g_35[5][6][2]},{&g_35[5][6][2],&g_29[0][0][1],&g_29[0][0][1],&g_35[5][6][2],&g_29[0][0][1],&g_29[0][0][1],&g_35[5][6][2],&g_29[0][0][1],&g_29[0][0][1],&g_35[5][6][2]}};
    struct S1 * const l_85 = &g_86;
    struct S1 *l_87 = &g_88;
    int32_t *l_93 = &g_35[0][1][1];
    int16_t l_108 = 0x1ED5L;
    float l_138 = (-0x10.8p-1);
    int32_t l_147 = 9L;
    struct S1 **l_178 = &l_87;
    union U2 *l_355 = &g_356;
    union U2 **l_354[5][5][10] = {{{&l_355,(void*)0,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355},{&l_355,(void*)0,&l_355,&l_355,(void*)0,(void*)0,&l_355,&l_355,(void*)0,&l_355},{&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355},{&l_355,(void*)0,&l_355,&l_355,&l_355,(void*)0,&l_355,(void*)0,&l_355,&l_355},{&l_355,&l_355,&l_355,&l_355,(void*)0,&l_355,&l_355,&l_355,&l_355,&l_355}},{{&l_355,(void*)0,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355},{&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,(void*)0,&l_355,&l_355},{(void*)0,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355},{(void*)0,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,(void*)0,&l_355},{&l_355,&l_355,&l_355,(void*)0,&l_355,&l_355,(void*)0,&l_355,&l_355,&l_355}},{{&l_355,&l_355,(void*)0,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,(void*)0},{&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,(void*)0},{&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355},{(void*)0,&l_355,&l_355,&l_355,(void*)0,&l_355,&l_355,&l_355,&l_355,&l_355},{&l_355,&l_355,&l_355,&l_355,&l_355,(void*)0,&l_355,(void*)0,&l_355,&l_355}},{{&l_355,&l_355,&l_355,(void*)0,(void*)0,&l_355,&l_355,&l_355,&l_355,&l_355},{&l_355,(void*)0,&l_355,&l_355,&l_355,(void*)0,&l_355,&l_355,&l_355,(void*)0},{&l_355,(void*)0,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,(void*)0},{&l_355,&l_355,&l_355,&l_355,&l_355,(void*)0,(void*)0,(void*)0,&l_355,&l_355},{&l_355,&l_355,&l_355,&l_355,&l_355,(void*)0,&l_355,&l_355,(void*)0,&l_355}},{{&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355},{&l_355,&l_355,&l_355,&l_355,&l_355,(void*)0,&l_355,&l_355,&l_355,&l_355},{&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,&l_355,(void*)0,(void*)0},{&l_355,&l_355,(void*)0,&l_355,&l_355,(void*)0,&l_355,&l_355,&l_355,&l_355},{&l_355,&l_355,(void*)0,&l_355,&l_355,&l_355,&l_355,(void*)0,&l_355,&l_355}}};
    int16_t *l_408 = &l_108;
    uint8_t *l_441 = &g_156;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_77[i] = &l_75;
    g_35[5][6][2] ^= ((l_74 , ((*l_79) = ((g_78 = l_75) == &g_76))) ^ (safe_add_func_int64_t_s_s(0xCC6DD0D521574284LL, (g_24.f3 , l_83[1][5]))));
    l_87 = l_85;
    if ((safe_unary_minus_func_uint16_t_u(p_69)))
    { /* block id: 24 */
        int32_t l_107 = (-8L);
        int8_t *l_128 = &g_86.f4.f6;
        int32_t l_131[8][5] = {{3L,0x68858306L,7L,0x68858306L,3L},{8L,1L,0L,0L,0L},{8L,0x68858306L,8L,7L,8L},{8L,0L,1L,1L,0L},{3L,7L,7L,7L,3L},{0L,1L,1L,0L,8L},{8L,7L,8L,0x68858306L,8L},{0L,0L,0L,1L,8L}};
        uint16_t l_132[4];
        int32_t l_133 = 1L;
        int64_t *l_134 = &g_135;
        int64_t *l_136 = &g_137;
        int32_t l_153 = 0x3122096FL;
        int32_t * const *l_164 = &l_84[2][8];
        int32_t l_199 = 0L;
        uint16_t l_202 = 0x54D9L;
        union U2 l_226 = {0xB08FL};
        struct S1 *l_251 = (void*)0;
        union U3 l_252 = {0x30914319L};
        uint32_t l_341[2][9][3] = {{{0xBEF0643BL,0x339E2D13L,4294967290UL},{1UL,0x339E2D13L,0xBEF0643BL},{0xBEF0643BL,4294967295UL,0x2DCAAEBCL},{0x339E2D13L,0x3C8D4C02L,0xC3CAAAD1L},{0UL,0x2DCAAEBCL,4294967287UL},{0x339E2D13L,6UL,4294967295UL},{0xBEF0643BL,0xF161AC99L,0xF161AC99L},{1UL,0xC3CAAAD1L,0xF161AC99L},{4294967290UL,0UL,4294967295UL}},{{0x0967919BL,4294967290UL,4294967287UL},{7UL,0xC77DC720L,0xC3CAAAD1L},{4294967290UL,4294967290UL,0x2DCAAEBCL},{0x3C8D4C02L,0UL,0xBEF0643BL},{0xC3CAAAD1L,0xC3CAAAD1L,4294967290UL},{0xC3CAAAD1L,0xF161AC99L,4294967290UL},{0x3C8D4C02L,6UL,1UL},{4294967290UL,0x2DCAAEBCL,0x3C8D4C02L},{7UL,0x3C8D4C02L,1UL}}};
        struct S0 l_346 = {1191,-10,-9,-678,1367,47,0x65L};
        uint32_t l_410 = 4294967291UL;
        int32_t l_426[4][6] = {{0L,0xF2ECA3DCL,0L,0L,(-10L),(-10L)},{7L,0L,0L,7L,0xF2ECA3DCL,0x12DE5D62L},{0x12DE5D62L,7L,(-10L),7L,0x12DE5D62L,0L},{7L,0x12DE5D62L,0L,0L,0x12DE5D62L,7L}};
        int32_t **l_445 = &l_84[2][8];
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_132[i] = 1UL;
        for (g_24.f1 = 0; (g_24.f1 >= 25); g_24.f1++)
        { /* block id: 27 */
            int32_t **l_92 = (void*)0;
            int32_t l_100 = 4L;
            float *l_109 = &g_110;
            l_93 = &g_29[2][2][0];
            (*l_109) = (safe_div_func_float_f_f(((safe_div_func_float_f_f(((*p_67) = (safe_sub_func_float_f_f((l_100 == 0x6.40DE0Ep+11), (((safe_add_func_float_f_f(g_24.f5.f4, 0xC.3E5AF5p-95)) >= (((safe_div_func_float_f_f(0x8.115B11p+59, ((safe_div_func_float_f_f((((((void*)0 == &g_76) < 0x9.4E14C3p+73) < (*p_67)) < (*p_67)), g_37)) >= g_88.f4.f6))) != (*p_67)) > l_107)) == g_24.f5.f2)))), l_108)) == g_88.f4.f6), (-0x3.5p-1)));
        }
        g_88.f5.f5 |= 0x65F0A685L;
        if (((((safe_rshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((((*l_136) = ((*l_134) = (safe_add_func_uint8_t_u_u(((g_88.f4.f5 == (~(safe_mul_func_uint16_t_u_u(((&p_69 != (((safe_add_func_int16_t_s_s((safe_div_func_uint64_t_u_u(((*p_67) , ((safe_lshift_func_uint8_t_u_s((safe_mul_func_int8_t_s_s(((*l_128) = p_69), (g_24.f4.f4 > (safe_div_func_uint64_t_u_u((((g_88.f5.f5 | 1UL) != 0UL) < (l_131[0][1] = 0UL)), p_69))))), p_69)) && l_107)), 1UL)), l_132[3])) == (*g_78)) , l_93)) , l_133), l_132[3])))) >= p_69), p_69)))) , g_86.f5.f6) != (*g_78)), p_69)), 4)) , 0xE716A212EB4F3A62LL) , 0x7FL) >= 251UL))
        { /* block id: 37 */
            uint8_t *l_152 = (void*)0;
            int32_t l_154 = 0L;
            uint8_t *l_155[2][8] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
            union U2 l_167 = {0x6E9BL};
            int32_t l_183 = 8L;
            int32_t l_185 = 0x1E348D70L;
            int32_t l_191 = 0x1FF79D16L;
            int32_t l_192 = (-3L);
            int32_t l_193 = (-1L);
            int32_t l_195[8][4][6] = {{{0x9E0A391BL,0x73CF2983L,0L,(-3L),5L,0x90E6B128L},{0x3BDA03D9L,(-6L),0x44743152L,0x90E6B128L,5L,(-3L)},{4L,0x73CF2983L,0xA9819A10L,(-1L),0xFAF67CD7L,(-3L)},{0xA9819A10L,0L,0x44743152L,(-1L),0x739F86B6L,0x90E6B128L}},{{0xA9819A10L,0L,0L,(-1L),8L,(-1L)},{4L,0L,4L,0x90E6B128L,0x739F86B6L,(-1L)},{0x3BDA03D9L,0L,4L,(-3L),0xFAF67CD7L,(-1L)},{0x9E0A391BL,0x73CF2983L,0L,(-3L),5L,0x90E6B128L}},{{0x3BDA03D9L,(-6L),0x44743152L,0x90E6B128L,5L,(-3L)},{4L,0x73CF2983L,0xA9819A10L,(-1L),0xFAF67CD7L,(-3L)},{0xA9819A10L,0L,0x44743152L,(-1L),0x739F86B6L,0x90E6B128L},{0xA9819A10L,0L,0L,(-1L),8L,(-1L)}},{{4L,0L,4L,0x90E6B128L,0x739F86B6L,(-1L)},{0x3BDA03D9L,0L,4L,(-3L),0xFAF67CD7L,(-1L)},{0x9E0A391BL,0x73CF2983L,0L,(-3L),5L,0x90E6B128L},{0x3BDA03D9L,(-6L),0x44743152L,0x90E6B128L,5L,(-3L)}},{{4L,0x7CBDDDD6L,(-5L),1L,(-1L),0L},{(-5L),(-1L),0xE9FD4BC2L,0x7776AB28L,0xA9819A10L,4L},{(-5L),0xADC02D84L,0x432F4888L,1L,0x3BDA03D9L,1L},{(-1L),0xADC02D84L,(-1L),4L,0xA9819A10L,0x7776AB28L}},{{0x343D050AL,(-1L),(-1L),0L,(-1L),1L},{(-1L),0x7CBDDDD6L,0x432F4888L,0L,0x44743152L,4L},{0x343D050AL,0x90E6B128L,0xE9FD4BC2L,4L,0x44743152L,0L},{(-1L),0x7CBDDDD6L,(-5L),1L,(-1L),0L}},{{(-5L),(-1L),0xE9FD4BC2L,0x7776AB28L,0xA9819A10L,4L},{(-5L),0xADC02D84L,0x432F4888L,1L,0x3BDA03D9L,1L},{(-1L),0xADC02D84L,(-1L),4L,0xA9819A10L,0x7776AB28L},{0x343D050AL,(-1L),(-1L),0L,(-1L),1L}},{{(-1L),0x7CBDDDD6L,0x432F4888L,0L,0x44743152L,4L},{0x343D050AL,0x90E6B128L,0xE9FD4BC2L,4L,0x44743152L,0L},{(-1L),0x7CBDDDD6L,(-5L),1L,(-1L),0L},{(-5L),(-1L),0xE9FD4BC2L,0x7776AB28L,0xA9819A10L,4L}}};
            int16_t l_196 = 0x520FL;
            const int32_t *l_291 = &g_86.f6;
            int64_t l_300 = (-6L);
            uint32_t *l_384 = &g_385;
            int i, j, k;
            if ((safe_lshift_func_int16_t_s_u((((safe_lshift_func_int8_t_s_u(((safe_div_func_int32_t_s_s(p_69, ((safe_add_func_uint16_t_u_u(l_147, ((*l_75) = ((((((safe_sub_func_uint16_t_u_u((l_131[0][1] < ((safe_mul_func_int8_t_s_s(((*l_87) , p_69), (--g_156))) , ((((g_24.f1 , (g_76 ^ (p_69 <= (7L > p_69)))) >= l_107) , 4294967295UL) && 0xAA302B4FL))), 65528UL)) >= 0xB59A0B5EL) <= l_154) >= p_69) , 1UL) >= g_88.f5.f5)))) , 9L))) & p_69), 3)) && (*l_93)) , (-1L)), 15)))
            { /* block id: 40 */
                int8_t l_174 = (-1L);
                int32_t l_179 = 0xF701544EL;
                int32_t l_181 = 6L;
                int32_t l_184[10][1][1] = {{{(-3L)}},{{(-3L)}},{{0L}},{{(-1L)}},{{0L}},{{(-3L)}},{{(-3L)}},{{0L}},{{(-1L)}},{{0L}}};
                int16_t l_187 = 0x7815L;
                int8_t l_198 = 0xBEL;
                union U2 *l_207 = &l_167;
                const union U2 *l_240[9][7][2] = {{{&l_226,&l_167},{(void*)0,&l_226},{(void*)0,(void*)0},{&l_226,(void*)0},{&l_226,&l_226},{&l_226,(void*)0},{&l_226,(void*)0}},{{(void*)0,&l_226},{(void*)0,&l_167},{&l_226,&l_226},{&l_226,(void*)0},{&l_226,&l_226},{(void*)0,&l_167},{&l_226,&l_167}},{{&l_167,&l_226},{&l_167,&l_226},{(void*)0,&l_226},{&l_167,&l_226},{(void*)0,(void*)0},{&l_226,(void*)0},{(void*)0,&l_226}},{{&l_167,&l_226},{(void*)0,&l_226},{&l_167,&l_226},{&l_167,&l_167},{&l_226,&l_167},{(void*)0,&l_226},{&l_226,(void*)0}},{{&l_226,&l_226},{&l_226,&l_167},{(void*)0,&l_226},{(void*)0,(void*)0},{&l_226,(void*)0},{&l_226,&l_226},{&l_226,(void*)0}},{{&l_226,(void*)0},{(void*)0,&l_226},{(void*)0,&l_167},{&l_226,&l_226},{&l_226,(void*)0},{&l_226,&l_226},{(void*)0,&l_167}},{{&l_226,&l_167},{&l_167,&l_226},{&l_226,(void*)0},{(void*)0,&l_226},{&l_226,&l_226},{&l_226,&l_167},{&l_167,&l_167}},{{&l_226,&l_226},{&l_226,&l_226},{(void*)0,(void*)0},{&l_226,&l_226},{&l_167,&l_226},{&l_226,&l_226},{&l_167,&l_167}},{{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,&l_226},{&l_226,&l_226},{(void*)0,&l_226},{&l_226,&l_226}}};
                const union U2 **l_239 = &l_240[1][4][1];
                struct S0 l_249 = {1449,9,10,-162,979,-92,-1L};
                int i, j, k;
                for (l_147 = 1; (l_147 >= 0); l_147 -= 1)
                { /* block id: 43 */
                    int8_t *l_161 = (void*)0;
                    int64_t l_166 = (-1L);
                    struct S1 **l_177 = &l_87;
                    int32_t l_180 = 0L;
                    int32_t l_186 = 0x8454AFB4L;
                    int8_t l_197[4];
                    union U2 *l_205[8][3] = {{(void*)0,&l_167,&l_167},{&l_167,(void*)0,&l_167},{&l_167,&l_167,&l_167},{(void*)0,&l_167,&l_167},{&l_167,(void*)0,&l_167},{&l_167,&l_167,&l_167},{(void*)0,&l_167,&l_167},{&l_167,(void*)0,&l_167}};
                    int i, j;
                    for (i = 0; i < 4; i++)
                        l_197[i] = 0L;
                    (*p_67) = ((l_154 , (safe_div_func_float_f_f((l_161 == g_162), (!(l_164 != g_165[1]))))) >= (l_166 > (l_167 , (safe_add_func_float_f_f(((safe_div_func_float_f_f(((safe_add_func_float_f_f(l_174, g_88.f5.f3)) == l_166), g_24.f2)) >= 0xC.167583p+29), 0x4.419D7Cp-50)))));
                    (**l_164) ^= 0x5ADD202CL;
                    for (g_156 = 0; (g_156 <= 2); g_156 += 1)
                    { /* block id: 48 */
                        struct S1 **l_175 = &l_87;
                        struct S1 ***l_176[2];
                        int32_t l_182 = (-8L);
                        int16_t l_188[6][1][9] = {{{(-1L),(-4L),(-1L),(-1L),0L,0x0E54L,0x8728L,0x8728L,0x0E54L}},{{0xD200L,0x6E66L,0x10DCL,0x6E66L,0xD200L,0x47E4L,1L,1L,1L}},{{0x5680L,(-1L),0x0E54L,(-1L),0x0E54L,(-1L),0x5680L,0L,8L}},{{0xE24BL,0xEB08L,0x6E66L,0x47E4L,0x5F7AL,0x47E4L,0x6E66L,0xEB08L,0xE24BL}},{{(-1L),0x61C1L,0x8728L,0L,0x7DFFL,0x0E54L,0x7DFFL,0L,0x8728L}},{{1L,1L,0x7329L,0x10DCL,0xEB08L,1L,0xE24BL,1L,0xEB08L}}};
                        int32_t l_189 = 0x46179B6AL;
                        int32_t l_190 = 0L;
                        int32_t l_194 = (-9L);
                        int32_t l_200 = (-1L);
                        int32_t l_201 = 0x3C787023L;
                        union U2 **l_206 = (void*)0;
                        int i, j, k;
                        for (i = 0; i < 2; i++)
                            l_176[i] = &l_175;
                        l_178 = (l_177 = l_175);
                        l_202--;
                        l_207 = l_205[5][2];
                    }
                }
                for (l_107 = 2; (l_107 > 26); l_107 = safe_add_func_uint16_t_u_u(l_107, 5))
                { /* block id: 57 */
                    uint16_t l_214 = 0UL;
                    int32_t l_228 = 0xD89D66DDL;
                    for (l_133 = 18; (l_133 < (-4)); l_133--)
                    { /* block id: 60 */
                        int8_t l_223 = 7L;
                        int8_t *l_227 = &g_24.f4.f6;
                        const union U2 ***l_241[9][1] = {{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}};
                        struct S1 *l_250 = &g_86;
                        int i, j;
                        l_228 |= ((((*l_227) |= ((*l_128) = (safe_add_func_int32_t_s_s(l_214, (((((safe_mul_func_uint16_t_u_u(0UL, (safe_add_func_int16_t_s_s(g_24.f4.f1, l_198)))) || (g_88.f4.f6 <= (safe_lshift_func_int8_t_s_u((safe_sub_func_int16_t_s_s(p_69, (l_223 != (g_24.f4.f1 <= (safe_lshift_func_int16_t_s_s(((l_226 , g_165[1]) == g_165[1]), (*l_93))))))), 5)))) , (void*)0) == &l_198) != l_184[4][0][0]))))) <= 1L) <= g_86.f4.f4);
                        (**l_164) = (((g_86.f4.f6 < g_35[5][6][2]) == (safe_sub_func_float_f_f((safe_mul_func_float_f_f((((safe_lshift_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u((l_228 = ((safe_sub_func_int32_t_s_s(((g_242 = l_239) != (void*)0), (safe_mod_func_uint32_t_u_u(g_24.f5.f0, g_24.f4.f3)))) == (safe_rshift_func_int8_t_s_s(((*l_93) != ((l_249 , ((l_250 == l_251) || 0xF6L)) || g_24.f4.f2)), 2)))), 4)), g_88.f5.f1)) , l_252) , l_223), (*p_67))), g_88.f0))) <= 0x3.9p+1);
                        l_131[0][0] ^= ((*l_93) &= p_69);
                        if (p_69)
                            break;
                    }
                }
            }
            else
            { /* block id: 72 */
                struct S1 ***l_254 = &l_178;
                int32_t l_284 = 0x007E809AL;
                int32_t *l_285 = &l_284;
                int32_t l_314[4][5][8] = {{{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)}},{{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)}},{{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)}},{{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)},{(-7L),0x564C0EFDL,1L,0xEAA3B254L,0xEAA3B254L,1L,0x564C0EFDL,(-7L)}}};
                uint32_t l_322 = 0x71A98D6AL;
                int i, j, k;
                (*l_254) = g_253[0];
                for (g_137 = (-8); (g_137 < (-20)); g_137--)
                { /* block id: 76 */
                    int64_t l_290 = (-5L);
                    int32_t l_312 = 1L;
                    int32_t l_316 = (-8L);
                }
                ++l_322;
                l_285 = func_30(l_74);
            }
            for (l_199 = 0; (l_199 >= 6); l_199 = safe_add_func_int32_t_s_s(l_199, 1))
            { /* block id: 100 */
                uint32_t l_337 = 0x44A8D60DL;
                union U2 l_351 = {0xEE73L};
                int64_t *l_371 = (void*)0;
                uint32_t **l_374 = (void*)0;
                int16_t *l_377[5];
                int32_t l_383[3];
                int i;
                for (i = 0; i < 5; i++)
                    l_377[i] = &l_226.f0;
                for (i = 0; i < 3; i++)
                    l_383[i] = (-1L);
                for (g_86.f4.f6 = 4; (g_86.f4.f6 >= 1); g_86.f4.f6 -= 1)
                { /* block id: 103 */
                    uint32_t l_339 = 0x62BFCDACL;
                    uint32_t *l_348 = &g_86.f1;
                    uint32_t **l_347 = &l_348;
                    int i, j;
                    for (l_107 = 0; (l_107 <= 3); l_107 += 1)
                    { /* block id: 106 */
                        float *l_338[5][1][3] = {{{&l_138,&l_138,&l_138}},{{&g_110,&g_110,&g_110}},{{&l_138,&l_138,&l_138}},{{&g_110,&g_110,&g_110}},{{&l_138,&l_138,&l_138}}};
                        int i, j, k;
                        l_339 = (((*p_67) = (l_136 != (*g_309))) == (0x8.9EC74Cp-62 <= (safe_div_func_float_f_f(((**l_164) = (safe_add_func_float_f_f(l_132[l_107], ((l_132[l_107] , (safe_mod_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u((((g_88.f5.f6 = l_132[l_107]) ^ l_131[(g_86.f4.f6 + 2)][g_86.f4.f6]) ^ (safe_mul_func_uint16_t_u_u(l_337, 0UL))), 0x56L)), g_35[4][6][1]))) , l_131[(g_86.f4.f6 + 2)][g_86.f4.f6])))), g_24.f5.f5))));
                        if ((**l_164))
                            break;
                    }
                    for (l_183 = 0; (l_183 <= 3); l_183 += 1)
                    { /* block id: 115 */
                        int32_t l_340 = 0xF97F731EL;
                        uint16_t ***l_344 = (void*)0;
                        uint16_t ***l_345 = &l_77[0];
                        int i, j;
                        l_341[0][4][1]++;
                        (*l_345) = &l_75;
                    }
                    l_131[g_86.f4.f6][g_86.f4.f6] &= ((((*l_347) = func_30(l_346)) != (void*)0) && (*g_78));
                }
                if ((((**l_164) || (safe_lshift_func_uint8_t_u_u((l_351 , (l_192 ^= (safe_add_func_int16_t_s_s(l_337, (((*g_162) , l_354[3][3][7]) == (((safe_sub_func_uint16_t_u_u((+p_69), (((((((safe_mul_func_int8_t_s_s(((safe_mod_func_uint32_t_u_u((((l_337 & (!((safe_rshift_func_int8_t_s_s(((*l_128) = (*g_162)), 1)) ^ ((((**l_164) = (safe_add_func_uint8_t_u_u(g_86.f5.f0, 0UL))) , (void*)0) != l_371)))) || p_69) | 0UL), 0xB0597F19L)) == (*l_291)), l_337)) | g_88.f4.f1) && (*l_291)) , g_372) != l_374) <= (*g_310)) , g_88.f5.f0))) > 0x187EL) , (void*)0)))))), 3))) , p_69))
                { /* block id: 125 */
                    return l_351;
                }
                else
                { /* block id: 127 */
                    if ((**l_164))
                        break;
                }
                (*l_93) |= (*l_291);
                l_383[2] = (safe_mod_func_int16_t_s_s(((**l_164) = g_88.f1), (((~(p_69 = ((*g_243) , ((safe_lshift_func_uint16_t_u_s(0x1931L, ((&g_309 != (void*)0) , (safe_add_func_int64_t_s_s((-6L), (0UL && (g_24.f5.f6 = ((*g_310) <= p_69)))))))) & 65535UL)))) , (*l_291)) ^ 1UL)));
            }
            l_185 &= (p_69 ^ (0x96373AA40518AA6FLL ^ (((*l_384) = g_35[1][1][3]) , 1L)));
        }
        else
        { /* block id: 138 */
            float l_395[3];
            int16_t *l_409 = &l_226.f0;
            struct S1 l_411[2] = {{0UL,0x5023EBAFL,0x491153D4L,2,{8118,-11,-3,-55,1517,359,0xDFL},{-809,6,-4,-410,743,179,0x24L},0x3796D657L},{0UL,0x5023EBAFL,0x491153D4L,2,{8118,-11,-3,-55,1517,359,0xDFL},{-809,6,-4,-410,743,179,0x24L},0x3796D657L}};
            int32_t l_412 = 0L;
            float l_442 = (-0x6.7p+1);
            uint32_t l_443 = 18446744073709551615UL;
            uint64_t l_444[9][8] = {{1UL,0xFD26F87D08B27AF8LL,0xFD26F87D08B27AF8LL,1UL,1UL,1UL,0xFD26F87D08B27AF8LL,0xFD26F87D08B27AF8LL},{0xFD26F87D08B27AF8LL,1UL,6UL,6UL,1UL,0xFD26F87D08B27AF8LL,1UL,6UL},{1UL,1UL,1UL,0xFD26F87D08B27AF8LL,0xFD26F87D08B27AF8LL,1UL,1UL,1UL},{0x1F0C2A4B9D2F506ELL,0xFD26F87D08B27AF8LL,6UL,0xFD26F87D08B27AF8LL,0x1F0C2A4B9D2F506ELL,0x1F0C2A4B9D2F506ELL,0xFD26F87D08B27AF8LL,6UL},{0x1F0C2A4B9D2F506ELL,0x1F0C2A4B9D2F506ELL,0xFD26F87D08B27AF8LL,6UL,0xFD26F87D08B27AF8LL,0x1F0C2A4B9D2F506ELL,0x1F0C2A4B9D2F506ELL,0xFD26F87D08B27AF8LL},{1UL,0xFD26F87D08B27AF8LL,0xFD26F87D08B27AF8LL,1UL,1UL,1UL,0xFD26F87D08B27AF8LL,0xFD26F87D08B27AF8LL},{0xFD26F87D08B27AF8LL,1UL,6UL,6UL,1UL,0xFD26F87D08B27AF8LL,1UL,6UL},{1UL,1UL,1UL,0xFD26F87D08B27AF8LL,0xFD26F87D08B27AF8LL,1UL,1UL,1UL},{0x1F0C2A4B9D2F506ELL,0xFD26F87D08B27AF8LL,6UL,0xFD26F87D08B27AF8LL,0x1F0C2A4B9D2F506ELL,0x1F0C2A4B9D2F506ELL,0xFD26F87D08B27AF8LL,6UL}};
            int i, j;
            for (i = 0; i < 3; i++)
                l_395[i] = 0xE.53B733p-33;
            l_412 |= ((((**l_164) <= ((4294967287UL >= (((safe_sub_func_uint16_t_u_u(((((*l_355) , (!0x35666304L)) & (safe_add_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u(((**l_164) | (safe_sub_func_int32_t_s_s((p_69 <= (safe_lshift_func_int16_t_s_u((safe_add_func_uint64_t_u_u((safe_mod_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u(((safe_mul_func_int16_t_s_s(((*l_409) &= (safe_mod_func_int16_t_s_s(((l_408 = ((((*l_134) |= g_86.f4.f1) >= (p_68 == p_67)) , (void*)0)) != (void*)0), p_69))), 0x7190L)) | p_69), g_137)), (**l_164))), p_69)), l_410))), p_69))), 0x1EL)), 5L))) <= p_69), (*l_93))) , &g_76) == &g_76)) & g_86.f5.f1)) , l_411[1]) , p_69);
            l_444[1][7] &= (((-6L) <= (safe_add_func_int8_t_s_s((((**l_164) = g_86.f4.f6) < ((void*)0 != l_128)), (safe_sub_func_uint32_t_u_u(((!(l_153 ^= (l_411[1].f4.f5 = (safe_lshift_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s((safe_mul_func_int8_t_s_s(((l_426[0][4] , (0xD223L & (safe_mul_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u((safe_div_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s(((((((safe_rshift_func_uint16_t_u_s(65535UL, (((safe_rshift_func_int8_t_s_s(0L, (safe_lshift_func_int16_t_s_s(0xAD30L, g_137)))) && l_411[1].f4.f2) < (*g_162)))) , l_128) == l_441) , (*g_310)) >= 1UL) < l_202), l_411[1].f5.f1)) & p_69), (*g_78))), (*g_78))), (*g_78))))) > l_443), (-1L))), (*g_162))), p_69))))) >= l_411[1].f5.f4), l_410))))) != p_69);
        }
        (*l_445) = func_30(g_86.f4);
    }
    else
    { /* block id: 149 */
        const int8_t l_446 = 1L;
        int32_t **l_447 = &l_84[2][1];
        int32_t **l_448 = &l_93;
        (*l_93) = l_446;
        for (p_69 = 0; p_69 < 7; p_69 += 1)
        {
            for (g_86.f2 = 0; g_86.f2 < 8; g_86.f2 += 1)
            {
                for (g_24.f1 = 0; g_24.f1 < 4; g_24.f1 += 1)
                {
                    g_35[p_69][g_86.f2][g_24.f1] = 1L;
                }
            }
        }
        (*l_447) = (void*)0;
        (*l_448) = ((*l_447) = &l_147);
    }
    return (*l_355);
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
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_24.f0, "g_24.f0", print_hash_value);
    transparent_crc(g_24.f1, "g_24.f1", print_hash_value);
    transparent_crc(g_24.f2, "g_24.f2", print_hash_value);
    transparent_crc(g_24.f3, "g_24.f3", print_hash_value);
    transparent_crc(g_24.f4.f0, "g_24.f4.f0", print_hash_value);
    transparent_crc(g_24.f4.f1, "g_24.f4.f1", print_hash_value);
    transparent_crc(g_24.f4.f2, "g_24.f4.f2", print_hash_value);
    transparent_crc(g_24.f4.f3, "g_24.f4.f3", print_hash_value);
    transparent_crc(g_24.f4.f4, "g_24.f4.f4", print_hash_value);
    transparent_crc(g_24.f4.f5, "g_24.f4.f5", print_hash_value);
    transparent_crc(g_24.f4.f6, "g_24.f4.f6", print_hash_value);
    transparent_crc(g_24.f5.f0, "g_24.f5.f0", print_hash_value);
    transparent_crc(g_24.f5.f1, "g_24.f5.f1", print_hash_value);
    transparent_crc(g_24.f5.f2, "g_24.f5.f2", print_hash_value);
    transparent_crc(g_24.f5.f3, "g_24.f5.f3", print_hash_value);
    transparent_crc(g_24.f5.f4, "g_24.f5.f4", print_hash_value);
    transparent_crc(g_24.f5.f5, "g_24.f5.f5", print_hash_value);
    transparent_crc(g_24.f5.f6, "g_24.f5.f6", print_hash_value);
    transparent_crc(g_24.f6, "g_24.f6", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_29[i][j][k], "g_29[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_35[i][j][k], "g_35[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc_bytes (&g_37, sizeof(g_37), "g_37", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_86.f0, "g_86.f0", print_hash_value);
    transparent_crc(g_86.f1, "g_86.f1", print_hash_value);
    transparent_crc(g_86.f2, "g_86.f2", print_hash_value);
    transparent_crc(g_86.f3, "g_86.f3", print_hash_value);
    transparent_crc(g_86.f4.f0, "g_86.f4.f0", print_hash_value);
    transparent_crc(g_86.f4.f1, "g_86.f4.f1", print_hash_value);
    transparent_crc(g_86.f4.f2, "g_86.f4.f2", print_hash_value);
    transparent_crc(g_86.f4.f3, "g_86.f4.f3", print_hash_value);
    transparent_crc(g_86.f4.f4, "g_86.f4.f4", print_hash_value);
    transparent_crc(g_86.f4.f5, "g_86.f4.f5", print_hash_value);
    transparent_crc(g_86.f4.f6, "g_86.f4.f6", print_hash_value);
    transparent_crc(g_86.f5.f0, "g_86.f5.f0", print_hash_value);
    transparent_crc(g_86.f5.f1, "g_86.f5.f1", print_hash_value);
    transparent_crc(g_86.f5.f2, "g_86.f5.f2", print_hash_value);
    transparent_crc(g_86.f5.f3, "g_86.f5.f3", print_hash_value);
    transparent_crc(g_86.f5.f4, "g_86.f5.f4", print_hash_value);
    transparent_crc(g_86.f5.f5, "g_86.f5.f5", print_hash_value);
    transparent_crc(g_86.f5.f6, "g_86.f5.f6", print_hash_value);
    transparent_crc(g_86.f6, "g_86.f6", print_hash_value);
    transparent_crc(g_88.f0, "g_88.f0", print_hash_value);
    transparent_crc(g_88.f1, "g_88.f1", print_hash_value);
    transparent_crc(g_88.f2, "g_88.f2", print_hash_value);
    transparent_crc(g_88.f3, "g_88.f3", print_hash_value);
    transparent_crc(g_88.f4.f0, "g_88.f4.f0", print_hash_value);
    transparent_crc(g_88.f4.f1, "g_88.f4.f1", print_hash_value);
    transparent_crc(g_88.f4.f2, "g_88.f4.f2", print_hash_value);
    transparent_crc(g_88.f4.f3, "g_88.f4.f3", print_hash_value);
    transparent_crc(g_88.f4.f4, "g_88.f4.f4", print_hash_value);
    transparent_crc(g_88.f4.f5, "g_88.f4.f5", print_hash_value);
    transparent_crc(g_88.f4.f6, "g_88.f4.f6", print_hash_value);
    transparent_crc(g_88.f5.f0, "g_88.f5.f0", print_hash_value);
    transparent_crc(g_88.f5.f1, "g_88.f5.f1", print_hash_value);
    transparent_crc(g_88.f5.f2, "g_88.f5.f2", print_hash_value);
    transparent_crc(g_88.f5.f3, "g_88.f5.f3", print_hash_value);
    transparent_crc(g_88.f5.f4, "g_88.f5.f4", print_hash_value);
    transparent_crc(g_88.f5.f5, "g_88.f5.f5", print_hash_value);
    transparent_crc(g_88.f5.f6, "g_88.f5.f6", print_hash_value);
    transparent_crc(g_88.f6, "g_88.f6", print_hash_value);
    transparent_crc_bytes (&g_110, sizeof(g_110), "g_110", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_244.f0, "g_244.f0", print_hash_value);
    transparent_crc(g_356.f0, "g_356.f0", print_hash_value);
    transparent_crc(g_385, "g_385", print_hash_value);
    transparent_crc(g_616, "g_616", print_hash_value);
    transparent_crc(g_662, "g_662", print_hash_value);
    transparent_crc_bytes (&g_851, sizeof(g_851), "g_851", print_hash_value);
    transparent_crc_bytes (&g_852, sizeof(g_852), "g_852", print_hash_value);
    transparent_crc(g_924, "g_924", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 220
   depth: 1, occurrence: 7
   depth: 2, occurrence: 6
XXX total union variables: 7

XXX non-zero bitfields defined in structs: 8
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 3
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 27
breakdown:
   indirect level: 0, occurrence: 16
   indirect level: 1, occurrence: 5
   indirect level: 2, occurrence: 6
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 4
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 29
XXX times a single bitfield on LHS: 7
XXX times a single bitfield on RHS: 111

XXX max expression depth: 39
breakdown:
   depth: 1, occurrence: 110
   depth: 2, occurrence: 33
   depth: 3, occurrence: 2
   depth: 4, occurrence: 1
   depth: 5, occurrence: 3
   depth: 6, occurrence: 1
   depth: 7, occurrence: 2
   depth: 8, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 1
   depth: 13, occurrence: 2
   depth: 14, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 2
   depth: 19, occurrence: 2
   depth: 20, occurrence: 2
   depth: 22, occurrence: 1
   depth: 26, occurrence: 1
   depth: 28, occurrence: 1
   depth: 29, occurrence: 1
   depth: 31, occurrence: 3
   depth: 32, occurrence: 1
   depth: 38, occurrence: 1
   depth: 39, occurrence: 1

XXX total number of pointers: 199

XXX times a variable address is taken: 365
XXX times a pointer is dereferenced on RHS: 120
breakdown:
   depth: 1, occurrence: 98
   depth: 2, occurrence: 18
   depth: 3, occurrence: 4
XXX times a pointer is dereferenced on LHS: 115
breakdown:
   depth: 1, occurrence: 100
   depth: 2, occurrence: 13
   depth: 3, occurrence: 1
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 15
XXX times a pointer is compared with address of another variable: 5
XXX times a pointer is compared with another pointer: 8
XXX times a pointer is qualified to be dereferenced: 2474

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 309
   level: 2, occurrence: 63
   level: 3, occurrence: 10
   level: 4, occurrence: 1
XXX number of pointers point to pointers: 60
XXX number of pointers point to scalars: 121
XXX number of pointers point to structs: 6
XXX percent of pointers has null in alias set: 27.6
XXX average alias set size: 1.3

XXX times a non-volatile is read: 761
XXX times a non-volatile is write: 372
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 7

XXX stmts: 114
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 25
   depth: 1, occurrence: 23
   depth: 2, occurrence: 19
   depth: 3, occurrence: 21
   depth: 4, occurrence: 14
   depth: 5, occurrence: 12

XXX percentage a fresh-made variable is used: 18.3
XXX percentage an existing variable is used: 81.7
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

