/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 15 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      15
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   uint16_t  f0;
   int8_t * const  f1;
   unsigned f2 : 22;
   int64_t  f3;
   int16_t  f4;
};

union U1 {
   unsigned f0 : 4;
   uint64_t  f1;
   const uint32_t  f2;
   const uint32_t  f3;
};

union U2 {
   int8_t * const  f0;
   int64_t  f1;
   int32_t  f2;
   uint8_t  f3;
};

/* --- GLOBAL VARIABLES --- */
static uint16_t g_8 = 0xCFAFL;
static int16_t g_10 = 0xF996L;
static int16_t *g_24 = (void*)0;
static union U2 g_31[6] = {{0},{0},{0},{0},{0},{0}};
static int8_t g_52[7] = {0L,0L,0L,0L,0L,0L,0L};
static int32_t *g_54 = (void*)0;
static int32_t g_58 = (-1L);
static int16_t g_59 = 0x3926L;
static int16_t *g_67 = &g_59;
static int32_t g_68 = 0x0D3184BAL;
static int32_t g_70 = 0xA9BED5D2L;
static int16_t ** const g_81 = (void*)0;
static int32_t g_87 = 0x091AFF67L;
static int32_t g_95[10][10][2] = {{{(-5L),7L},{9L,0xB02DA2EAL},{(-1L),0x125370A2L},{0x8C34F7C3L,(-1L)},{7L,0xF6502FCEL},{7L,(-1L)},{0x8C34F7C3L,0x125370A2L},{(-1L),0xB02DA2EAL},{9L,7L},{(-5L),(-5L)}},{{(-5L),(-1L)},{0xB0CAFCEBL,0x7C395B56L},{0L,7L},{0x02817ACDL,0xE66BFFE0L},{7L,1L},{(-1L),4L},{0xE66BFFE0L,0x7C395B56L},{0x03F06E91L,0L},{(-1L),0xB02DA2EAL},{7L,(-5L)}},{{(-5L),0xF6502FCEL},{0xE7B382E3L,0x03F06E91L},{0x5E7DF305L,0x5E7DF305L},{0xE66BFFE0L,(-1L)},{0x125370A2L,4L},{0x02817ACDL,(-1L)},{0x0235B342L,0x02817ACDL},{(-5L),0x8C34F7C3L},{(-5L),0x02817ACDL},{0x0235B342L,(-1L)}},{{0x02817ACDL,4L},{0x125370A2L,(-1L)},{0xE66BFFE0L,0x5E7DF305L},{0x5E7DF305L,0x03F06E91L},{0xE7B382E3L,0xF6502FCEL},{(-5L),(-5L)},{7L,0xB02DA2EAL},{(-1L),0L},{0x03F06E91L,0x7C395B56L},{0xB02DA2EAL,0x7C395B56L}},{{0x03F06E91L,0L},{(-1L),0xB02DA2EAL},{7L,(-5L)},{(-5L),0xF6502FCEL},{0xE7B382E3L,0x03F06E91L},{0x5E7DF305L,0x5E7DF305L},{0xE66BFFE0L,(-1L)},{0x125370A2L,4L},{0x02817ACDL,(-1L)},{0x0235B342L,0x02817ACDL}},{{(-5L),0x8C34F7C3L},{(-5L),0x02817ACDL},{0x0235B342L,(-1L)},{0x02817ACDL,4L},{0x125370A2L,(-1L)},{0xE66BFFE0L,0x5E7DF305L},{0x5E7DF305L,0x03F06E91L},{0xE7B382E3L,0xF6502FCEL},{(-5L),(-5L)},{7L,0xB02DA2EAL}},{{(-1L),0L},{0x03F06E91L,0x7C395B56L},{0xB02DA2EAL,0x7C395B56L},{0x03F06E91L,0L},{(-1L),0xB02DA2EAL},{7L,(-5L)},{(-5L),0xF6502FCEL},{0xE7B382E3L,0x03F06E91L},{0x5E7DF305L,0x5E7DF305L},{0xE66BFFE0L,(-1L)}},{{0x125370A2L,4L},{0x02817ACDL,(-1L)},{0x0235B342L,0x02817ACDL},{(-5L),0x8C34F7C3L},{(-5L),0x02817ACDL},{0x0235B342L,(-1L)},{0x02817ACDL,4L},{0x125370A2L,(-1L)},{0xE66BFFE0L,0x5E7DF305L},{0x5E7DF305L,0x03F06E91L}},{{0xE7B382E3L,0xF6502FCEL},{(-5L),(-5L)},{7L,0xB02DA2EAL},{(-1L),0L},{0x03F06E91L,0x7C395B56L},{0xB02DA2EAL,0x7C395B56L},{0x03F06E91L,0L},{(-1L),0xB02DA2EAL},{7L,(-5L)},{(-5L),0xF6502FCEL}},{{0xE7B382E3L,0x03F06E91L},{0x5E7DF305L,0x5E7DF305L},{0xE66BFFE0L,(-1L)},{0x125370A2L,4L},{0x02817ACDL,(-1L)},{0x0235B342L,0x02817ACDL},{(-5L),0x8C34F7C3L},{(-5L),0x02817ACDL},{0x0235B342L,(-1L)},{0x02817ACDL,4L}}};
static int16_t g_129 = 0L;
static uint64_t g_131 = 18446744073709551615UL;
static uint16_t g_132 = 0xA76CL;
static uint8_t g_145 = 1UL;
static const uint8_t *g_144 = &g_145;
static uint16_t g_153 = 0xADC9L;
static int32_t g_183 = 0x894D0847L;
static uint32_t g_184 = 0xE1A5ED94L;
static int8_t g_235 = (-1L);
static int8_t *g_234 = &g_235;
static int64_t g_259 = 0x2285DE3A380030FDLL;
static union U0 g_278 = {0xEA8DL};
static uint16_t *g_293[7] = {&g_153,&g_153,&g_153,&g_153,&g_153,&g_153,&g_153};
static union U0 g_303 = {0x0667L};
static union U1 g_312 = {0x5B24819AL};
static union U2 g_350 = {0};
static uint32_t g_385 = 0UL;
static int8_t * const g_420 = &g_52[6];
static int32_t g_434 = 0x58AB036FL;
static int16_t g_529 = 0x77BBL;
static uint64_t *g_551[4] = {&g_131,&g_131,&g_131,&g_131};
static uint64_t **g_550 = &g_551[3];
static uint64_t ***g_549[1][8][9] = {{{&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550},{&g_550,(void*)0,&g_550,(void*)0,&g_550,(void*)0,&g_550,(void*)0,&g_550},{&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550},{&g_550,(void*)0,&g_550,(void*)0,&g_550,(void*)0,&g_550,(void*)0,&g_550},{&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550},{&g_550,(void*)0,&g_550,(void*)0,&g_550,(void*)0,&g_550,(void*)0,&g_550},{&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550},{&g_550,(void*)0,&g_550,(void*)0,&g_550,(void*)0,&g_550,(void*)0,&g_550}}};
static union U2 *g_598 = &g_31[2];
static union U2 **g_597[10][3][4] = {{{&g_598,(void*)0,&g_598,&g_598},{&g_598,(void*)0,&g_598,&g_598},{&g_598,&g_598,&g_598,(void*)0}},{{&g_598,&g_598,&g_598,(void*)0},{&g_598,(void*)0,&g_598,&g_598},{(void*)0,(void*)0,&g_598,(void*)0}},{{(void*)0,&g_598,&g_598,(void*)0},{&g_598,&g_598,&g_598,&g_598},{&g_598,(void*)0,&g_598,&g_598}},{{(void*)0,(void*)0,&g_598,(void*)0},{&g_598,(void*)0,&g_598,&g_598},{(void*)0,&g_598,&g_598,&g_598}},{{(void*)0,(void*)0,&g_598,(void*)0},{&g_598,(void*)0,&g_598,&g_598},{&g_598,(void*)0,&g_598,&g_598}},{{&g_598,&g_598,&g_598,(void*)0},{&g_598,&g_598,&g_598,(void*)0},{(void*)0,(void*)0,&g_598,&g_598}},{{(void*)0,&g_598,&g_598,(void*)0},{&g_598,&g_598,&g_598,&g_598},{(void*)0,&g_598,&g_598,&g_598}},{{&g_598,&g_598,&g_598,&g_598},{&g_598,(void*)0,&g_598,&g_598},{(void*)0,(void*)0,&g_598,&g_598}},{{(void*)0,&g_598,&g_598,&g_598},{&g_598,(void*)0,&g_598,&g_598},{&g_598,(void*)0,&g_598,&g_598}},{{&g_598,&g_598,&g_598,&g_598},{&g_598,&g_598,&g_598,&g_598},{&g_598,&g_598,&g_598,(void*)0}}};
static uint16_t **g_606 = (void*)0;
static uint16_t ***g_605 = &g_606;
static uint16_t **** const g_604 = &g_605;
static union U0 **g_639 = (void*)0;
static uint32_t g_750 = 9UL;
static int8_t g_798 = 0x84L;
static uint32_t g_803 = 0xC6DC40E0L;
static const int32_t g_867 = 0L;
static uint8_t g_936 = 0UL;
static uint64_t g_940 = 18446744073709551613UL;
static const int16_t *g_944 = &g_129;
static const int16_t **g_943 = &g_944;
static uint8_t g_975 = 0UL;


/* --- FORWARD DECLARATIONS --- */
static int16_t  func_1(void);
static int16_t  func_2(int16_t  p_3, int16_t  p_4, uint16_t  p_5, int8_t * p_6, uint32_t  p_7);
static int16_t  func_11(const int8_t  p_12, const uint16_t  p_13, int8_t * p_14, int8_t * p_15);
static uint16_t  func_25(union U2  p_26, const int8_t * p_27, int16_t  p_28, int16_t * p_29, uint64_t  p_30);
static int8_t * func_32(int16_t * p_33, int8_t * p_34, union U2  p_35, int8_t * p_36, int32_t  p_37);
static int16_t * func_38(int16_t * p_39, const int8_t  p_40, int8_t * p_41, int8_t * p_42);
static int16_t * func_43(int16_t * p_44, int16_t * p_45);
static int16_t * func_46(const int16_t * p_47, int8_t * p_48, union U1  p_49, int8_t * p_50);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_8 g_10 g_24 g_31 g_54 g_58 g_59 g_68 g_52 g_70 g_81 g_95 g_131 g_144 g_153 g_129 g_132 g_145 g_183 g_184 g_87 g_67 g_234 g_235 g_550 g_551 g_385 g_529 g_420 g_598 g_605 g_606 g_303.f0 g_350.f3 g_750 g_293 g_312 g_798 g_803 g_604 g_278.f4 g_867 g_936 g_940 g_259 g_975 g_944
 * writes: g_10 g_54 g_58 g_67 g_59 g_68 g_70 g_87 g_95 g_129 g_131 g_132 g_145 g_52 g_153 g_184 g_234 g_259 g_350.f3 g_303.f3 g_529 g_606 g_350.f1 g_803 g_385 g_598 g_235 g_24 g_943 g_605 g_278.f0
 */
static int16_t  func_1(void)
{ /* block id: 0 */
    int16_t *l_9 = &g_10;
    int8_t *l_51[3];
    union U1 l_53 = {1UL};
    int16_t *l_66[10][9] = {{&g_59,&g_59,&g_59,&g_59,(void*)0,&g_59,&g_59,(void*)0,&g_59},{&g_59,(void*)0,(void*)0,(void*)0,&g_59,&g_59,&g_59,(void*)0,&g_59},{&g_59,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_59,&g_59,(void*)0},{(void*)0,&g_59,(void*)0,&g_59,&g_59,&g_59,&g_59,(void*)0,(void*)0},{&g_59,&g_59,(void*)0,&g_59,&g_59,&g_59,(void*)0,(void*)0,&g_59},{(void*)0,&g_59,&g_59,&g_59,(void*)0,&g_59,&g_59,&g_59,&g_59},{(void*)0,&g_59,(void*)0,(void*)0,&g_59,&g_59,(void*)0,(void*)0,&g_59},{&g_59,(void*)0,&g_59,&g_59,&g_59,&g_59,(void*)0,(void*)0,(void*)0},{&g_59,&g_59,(void*)0,&g_59,&g_59,&g_59,&g_59,&g_59,&g_59},{&g_59,(void*)0,(void*)0,&g_59,&g_59,&g_59,(void*)0,&g_59,&g_59}};
    int16_t **l_65[5][1][2] = {{{&l_66[2][3],(void*)0}},{{&l_66[2][3],&l_66[2][3]}},{{(void*)0,&l_66[2][3]}},{{&l_66[2][3],(void*)0}},{{&l_66[2][3],&l_66[2][3]}}};
    int16_t *l_232 = &g_129;
    const uint16_t l_233 = 0xEF5CL;
    union U2 l_652 = {0};
    int64_t *l_751 = &g_350.f1;
    int8_t *l_949 = &g_798;
    int32_t *l_950 = &g_95[6][0][1];
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_51[i] = &g_52[1];
    (*l_950) = ((func_2(((*l_9) &= g_8), func_11(g_8, (safe_div_func_uint8_t_u_u(g_8, (safe_mul_func_uint8_t_u_u((safe_mod_func_int32_t_s_s((((*l_751) = (safe_rshift_func_uint16_t_u_u((g_24 == l_9), (((((func_25(g_31[2], func_32(func_38((l_232 = func_43((g_67 = func_46(l_9, l_51[2], l_53, &g_52[1])), &g_59)), l_233, g_234, l_51[2]), &g_235, l_652, l_51[2], l_53.f0), g_385, &g_529, l_233) != 0xC70BL) , l_233) >= g_750) , (void*)0) == g_293[4])))) != 0x94444A64181229F9LL), 8UL)), 0x12L)))), l_51[2], &g_235), l_233, l_949, l_53.f0) == l_233) , 1L);
    for (g_145 = 0; (g_145 == 17); ++g_145)
    { /* block id: 440 */
        union U1 l_969[3][7][5] = {{{{0xE51D7A19L},{0UL},{0UL},{0x40FCA22CL},{4294967295UL}},{{8UL},{0x40FCA22CL},{0xB1C05FCCL},{0x268E475EL},{4294967295UL}},{{7UL},{4294967290UL},{0x137C6D7AL},{0UL},{4294967295UL}},{{4294967295UL},{0x268E475EL},{0UL},{4294967290UL},{4294967295UL}},{{4294967295UL},{0UL},{0x0F8EAF88L},{0UL},{4294967295UL}},{{0xE51D7A19L},{0UL},{0UL},{0x40FCA22CL},{4294967295UL}},{{8UL},{0x40FCA22CL},{0xB1C05FCCL},{0x268E475EL},{4294967295UL}}},{{{7UL},{4294967290UL},{0x137C6D7AL},{0UL},{4294967295UL}},{{4294967295UL},{0x268E475EL},{0UL},{4294967290UL},{4294967295UL}},{{4294967295UL},{0UL},{0x0F8EAF88L},{0UL},{4294967295UL}},{{0xE51D7A19L},{0UL},{0UL},{0x40FCA22CL},{4294967295UL}},{{8UL},{0x40FCA22CL},{0xB1C05FCCL},{0x268E475EL},{4294967295UL}},{{7UL},{4294967290UL},{0x137C6D7AL},{0UL},{4294967295UL}},{{4294967295UL},{0x268E475EL},{0UL},{4294967290UL},{4294967295UL}}},{{{4294967295UL},{0UL},{0x0F8EAF88L},{0UL},{4294967295UL}},{{0xE51D7A19L},{0UL},{0UL},{0x40FCA22CL},{4294967295UL}},{{8UL},{0x40FCA22CL},{0xB1C05FCCL},{0x268E475EL},{4294967295UL}},{{7UL},{4294967290UL},{0x137C6D7AL},{0UL},{4294967295UL}},{{4294967295UL},{0x268E475EL},{0UL},{4294967290UL},{4294967295UL}},{{4294967295UL},{0UL},{0x0F8EAF88L},{0UL},{4294967295UL}},{{0xE51D7A19L},{0UL},{4294967295UL},{0UL},{4294967290UL}}}};
        uint16_t *l_972 = (void*)0;
        uint16_t *l_973 = &g_278.f0;
        int64_t *l_974 = &g_259;
        uint16_t *l_976 = &g_132;
        int32_t l_977[7] = {(-4L),0x143F5AA1L,(-4L),(-4L),0x143F5AA1L,(-4L),(-4L)};
        int i, j, k;
        l_977[2] ^= (((((safe_sub_func_uint16_t_u_u(((*l_976) = (safe_rshift_func_int8_t_s_s(((*g_420) = ((((*g_604) = (*g_604)) != (void*)0) && (((safe_mod_func_uint16_t_u_u((((safe_rshift_func_int8_t_s_s((((*l_974) ^= (((safe_div_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(5UL, (((*l_751) = g_68) == (safe_lshift_func_uint8_t_u_u(((!((((~((((l_969[0][2][0] , (safe_mul_func_uint8_t_u_u((*g_144), (((0x1DL && 5L) != ((*l_973) = (l_969[0][2][0].f0 <= 0xDACE4EC1L))) != (*l_950))))) > 0x2D71A66F49C9B0A0LL) , (**g_550)) >= l_969[0][2][0].f0)) ^ l_969[0][2][0].f0) ^ 0xA2L) != g_798)) , 0x91L), (*g_144)))))), 1L)) , l_969[0][2][0].f0) ^ (*l_950))) || g_803), g_975)) < l_969[0][2][0].f0) > 0x2CL), l_969[0][2][0].f0)) < (*g_944)) && (*l_950)))), 0))), 65535UL)) > (*l_950)) , l_969[0][2][0].f0) || 65530UL) <= l_969[0][2][0].f0);
        return (*g_944);
    }
    (*l_950) = (*l_950);
    (*l_950) = (!((*l_950) | (safe_add_func_int16_t_s_s(((*l_950) & (safe_add_func_int8_t_s_s((*l_950), ((-1L) || 0x03L)))), (*l_950)))));
    return (*l_950);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int16_t  func_2(int16_t  p_3, int16_t  p_4, uint16_t  p_5, int8_t * p_6, uint32_t  p_7)
{ /* block id: 435 */
    return p_5;
}


/* ------------------------------------------ */
/* 
 * reads : g_235 g_550 g_551 g_312 g_144 g_145 g_350.f3 g_87 g_70 g_798 g_58 g_529 g_803 g_420 g_52 g_131 g_184 g_604 g_605 g_8 g_606 g_278.f4 g_867 g_54 g_936 g_940 g_153
 * writes: g_131 g_54 g_87 g_58 g_803 g_52 g_385 g_350.f3 g_598 g_235 g_153 g_67 g_24 g_145 g_68 g_350.f1 g_184 g_943 g_70
 */
static int16_t  func_11(const int8_t  p_12, const uint16_t  p_13, int8_t * p_14, int8_t * p_15)
{ /* block id: 323 */
    uint16_t l_754[2][7] = {{65534UL,65530UL,65534UL,1UL,1UL,65534UL,65530UL},{1UL,65530UL,0x8F1DL,0x8F1DL,65530UL,1UL,65530UL}};
    int32_t l_772 = (-1L);
    union U2 l_776 = {0};
    int64_t *l_805 = &g_350.f1;
    uint32_t l_827 = 0xB840A61EL;
    uint8_t l_841 = 0x5AL;
    int32_t l_873 = 0x36BA62E9L;
    int32_t l_874[10][2] = {{(-4L),0x4C4505B5L},{0x4C4505B5L,0x353F0ECFL},{(-3L),0x73462095L},{(-4L),(-3L)},{0x73462095L,0x353F0ECFL},{0x73462095L,(-3L)},{(-4L),0x73462095L},{(-3L),0x353F0ECFL},{0x4C4505B5L,0x4C4505B5L},{(-4L),0x4C4505B5L}};
    uint64_t l_878 = 0x3E28EB8678A8DEF3LL;
    int32_t l_895 = (-1L);
    union U1 l_898[10][4][6] = {{{{4294967294UL},{0x7209358AL},{0x4CEBDF0FL},{0x77193EA7L},{0x4CEBDF0FL},{0x7209358AL}},{{1UL},{0x20DEF5CCL},{7UL},{0x1E5F79F1L},{4294967286UL},{4294967295UL}},{{3UL},{4294967289UL},{0xD0C86EA0L},{0xF6E2555DL},{2UL},{0x24E669DFL}},{{4294967294UL},{4294967289UL},{0x8F09C7C9L},{0x35D947E8L},{4294967286UL},{0xD0C86EA0L}}},{{{0x162F7B24L},{0x20DEF5CCL},{0x5D2C0868L},{0x162F7B24L},{0x4CEBDF0FL},{7UL}},{{0xF6E2555DL},{0x7209358AL},{0xD0C86EA0L},{0x167ABCAEL},{7UL},{7UL}},{{0x026F5B46L},{0x842CC23EL},{4294967295UL},{0x35D947E8L},{7UL},{0x7209358AL}},{{0xBDF8889CL},{0x7209358AL},{0x556C8EDCL},{1UL},{0x4CEBDF0FL},{4294967295UL}}},{{{3UL},{0x20DEF5CCL},{0xBAF3ED34L},{0xBDE0D6D3L},{4294967286UL},{7UL}},{{0xD61AF3F4L},{4294967289UL},{4294967286UL},{0x77193EA7L},{2UL},{0x842CC23EL}},{{0xBDF8889CL},{4294967289UL},{0x5D2C0868L},{0xE7F130EBL},{4294967286UL},{4294967286UL}},{{0x167ABCAEL},{0x20DEF5CCL},{0x20DEF5CCL},{0x167ABCAEL},{0x4CEBDF0FL},{0x24E669DFL}}},{{{0x77193EA7L},{0x7209358AL},{4294967286UL},{0x026F5B46L},{7UL},{0xBAF3ED34L}},{{0x162F7B24L},{0x842CC23EL},{7UL},{0xE7F130EBL},{7UL},{4294967295UL}},{{4294967291UL},{0x7209358AL},{4294967289UL},{0xF6E2555DL},{0x4CEBDF0FL},{0x7B03180EL}},{{0xD61AF3F4L},{0x20DEF5CCL},{4294967295UL},{4294967295UL},{4294967286UL},{0xBAF3ED34L}}},{{{1UL},{4294967289UL},{4294967289UL},{1UL},{2UL},{7UL}},{{4294967291UL},{4294967289UL},{0x20DEF5CCL},{4294967288UL},{4294967286UL},{4294967289UL}},{{0x026F5B46L},{0x20DEF5CCL},{0x8F09C7C9L},{0x026F5B46L},{0x4CEBDF0FL},{0x842CC23EL}},{{1UL},{0x7209358AL},{4294967289UL},{0x162F7B24L},{7UL},{4294967295UL}}},{{{0x167ABCAEL},{0x842CC23EL},{0xBAF3ED34L},{4294967288UL},{7UL},{0x7B03180EL}},{{4294967294UL},{0x7209358AL},{0x4CEBDF0FL},{0x77193EA7L},{0x4CEBDF0FL},{0x7209358AL}},{{1UL},{0x20DEF5CCL},{7UL},{0x1E5F79F1L},{4294967286UL},{4294967295UL}},{{3UL},{4294967289UL},{0xD0C86EA0L},{0xF6E2555DL},{2UL},{0x24E669DFL}}},{{{4294967294UL},{4294967289UL},{0x8F09C7C9L},{4294967289UL},{0UL},{0x8B20F00BL}},{{0x8F09C7C9L},{0x969CFBFEL},{8UL},{0x8F09C7C9L},{0xA22D7244L},{0xF3C394B2L}},{{0xBAF3ED34L},{1UL},{0x8B20F00BL},{0x20DEF5CCL},{0xF3C394B2L},{1UL}},{{0x5D2C0868L},{4294967295UL},{0UL},{4294967289UL},{0xF3C394B2L},{1UL}}},{{{7UL},{1UL},{2UL},{4294967295UL},{0xA22D7244L},{4294967291UL}},{{0UL},{0x969CFBFEL},{0UL},{4294967289UL},{0UL},{1UL}},{{0x99227518L},{0x40E6D0B6L},{0UL},{7UL},{0x3070C802L},{4294967295UL}},{{7UL},{0x40E6D0B6L},{8UL},{4294967286UL},{0UL},{0UL}}},{{{0x20DEF5CCL},{0x969CFBFEL},{0x969CFBFEL},{0x20DEF5CCL},{0xA22D7244L},{0x57486274L}},{{7UL},{1UL},{0UL},{0x5D2C0868L},{0xF3C394B2L},{0UL}},{{0x8F09C7C9L},{4294967295UL},{1UL},{4294967286UL},{0xF3C394B2L},{4294967291UL}},{{0x842CC23EL},{1UL},{0x40E6D0B6L},{0xBAF3ED34L},{0xA22D7244L},{0x1106750FL}}},{{{0x99227518L},{0x969CFBFEL},{0UL},{0x556C8EDCL},{0UL},{0UL}},{{2UL},{0x40E6D0B6L},{4294967295UL},{4294967295UL},{0x3070C802L},{0xF3C394B2L}},{{0x842CC23EL},{0x40E6D0B6L},{0x969CFBFEL},{0xD0C86EA0L},{0UL},{4294967295UL}},{{0x5D2C0868L},{0x969CFBFEL},{4294967295UL},{0x5D2C0868L},{0xA22D7244L},{4294967295UL}}}};
    int32_t **l_945 = &g_54;
    int i, j, k;
    if ((safe_add_func_int16_t_s_s(l_754[0][4], (safe_unary_minus_func_uint64_t_u(((**g_550) = ((safe_mod_func_int64_t_s_s((~(*p_15)), l_754[1][6])) <= (*p_15))))))))
    { /* block id: 325 */
        int32_t *l_759 = (void*)0;
        int32_t **l_760 = &l_759;
        int32_t **l_761 = &g_54;
        (*l_761) = ((*l_760) = l_759);
    }
    else
    { /* block id: 328 */
        uint8_t l_766 = 0x8FL;
        uint64_t * const *l_771 = &g_551[3];
        uint64_t * const ** const l_770 = &l_771;
        uint64_t * const ** const *l_769[5][7] = {{&l_770,&l_770,&l_770,&l_770,&l_770,&l_770,&l_770},{&l_770,&l_770,&l_770,&l_770,&l_770,&l_770,&l_770},{&l_770,&l_770,&l_770,&l_770,&l_770,&l_770,&l_770},{&l_770,&l_770,&l_770,&l_770,&l_770,&l_770,&l_770},{&l_770,&l_770,&l_770,&l_770,&l_770,&l_770,&l_770}};
        union U1 l_773[2][4][7] = {{{{1UL},{0x41E74032L},{0x37D0D812L},{0x41E74032L},{1UL},{0xC6207CE2L},{1UL}},{{1UL},{4294967295UL},{0x5C948132L},{0x41E74032L},{4294967294UL},{1UL},{1UL}},{{4294967294UL},{0x41E74032L},{0x5C948132L},{4294967295UL},{1UL},{1UL},{1UL}},{{1UL},{0x41E74032L},{0x37D0D812L},{0x41E74032L},{1UL},{0xC6207CE2L},{1UL}}},{{{1UL},{4294967295UL},{0x5C948132L},{0x41E74032L},{4294967294UL},{1UL},{1UL}},{{4294967294UL},{0x41E74032L},{0x5C948132L},{4294967295UL},{1UL},{1UL},{1UL}},{{1UL},{0x41E74032L},{0x37D0D812L},{0x41E74032L},{1UL},{0xC6207CE2L},{1UL}},{{1UL},{4294967295UL},{0x5C948132L},{0x41E74032L},{4294967294UL},{1UL},{1UL}}}};
        uint64_t * const **l_777 = (void*)0;
        int32_t *l_797[6][8][2] = {{{&g_183,&g_58},{&g_68,&l_772},{&g_87,&g_95[2][3][1]},{&g_68,&g_95[5][3][1]},{&g_68,&g_95[6][0][1]},{&g_68,&g_95[6][0][1]},{&g_68,&g_95[5][3][1]},{&g_95[0][1][0],&g_68}},{{(void*)0,&g_58},{&g_70,&g_87},{(void*)0,&g_95[5][8][1]},{&g_68,&g_68},{&g_70,(void*)0},{&g_58,&g_68},{&g_95[6][0][1],&g_70},{&g_58,&g_58}},{{&g_95[2][3][1],&g_87},{&g_95[5][8][1],&g_58},{&g_95[6][0][1],&g_68},{&g_87,&g_95[6][0][1]},{&l_772,&l_772},{&l_772,&g_95[6][0][1]},{&g_87,&g_68},{&g_95[6][0][1],&g_58}},{{&g_95[5][8][1],&g_87},{&g_95[2][3][1],&g_58},{&g_58,&g_70},{&g_95[6][0][1],&g_68},{&g_58,(void*)0},{&g_70,&g_68},{&g_68,&g_95[5][8][1]},{(void*)0,&g_87}},{{&g_70,&g_58},{(void*)0,&g_68},{&g_95[0][1][0],&g_95[5][3][1]},{&g_68,&g_95[6][0][1]},{&g_68,&g_95[6][0][1]},{&g_68,&g_95[5][3][1]},{&g_95[0][1][0],&g_68},{(void*)0,&g_58}},{{&g_70,&g_87},{(void*)0,&g_95[5][8][1]},{&g_68,&g_68},{&g_70,(void*)0},{&g_58,&g_68},{&g_95[6][0][1],&g_70},{&g_58,&g_58},{&g_95[2][3][1],&g_87}}};
        uint16_t ** const **l_799 = (void*)0;
        uint32_t *l_801 = (void*)0;
        uint32_t *l_802 = &g_803;
        union U2 l_804 = {0};
        int32_t l_821 = 0x56F84280L;
        union U0 l_822 = {65526UL};
        int i, j, k;
        l_772 |= (safe_mul_func_int8_t_s_s(((safe_add_func_int16_t_s_s(((p_12 , ((void*)0 != &g_54)) < 1UL), l_766)) > ((((l_766 < ((g_312 , (void*)0) == (((safe_mul_func_int16_t_s_s((l_766 > p_13), 0xC32DL)) , (*g_144)) , l_769[4][2]))) < g_350.f3) > 0xB9F4D87B3F48EC7ALL) ^ p_13)), (*g_144)));
        if (l_772)
            goto lbl_800;
lbl_800:
        g_58 ^= ((l_773[1][2][6] , (((safe_mul_func_uint16_t_u_u((((l_776 , l_777) != ((safe_div_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u(65535UL, ((safe_add_func_int16_t_s_s((safe_mod_func_int64_t_s_s((safe_add_func_uint32_t_u_u(((g_87 &= (safe_rshift_func_int8_t_s_u((safe_lshift_func_uint8_t_u_u((((l_773[1][1][3] , &g_605) == (void*)0) >= ((safe_sub_func_uint32_t_u_u((+l_754[0][4]), (safe_mul_func_uint8_t_u_u((*g_144), (*p_15))))) | p_13)), 7)), 6))) , 4294967295UL), g_70)), 0x2E47D712698A97ECLL)), p_13)) != g_798))), 0xD945L)) , (void*)0)) == 6UL), p_13)) , l_799) == (void*)0)) , 0x6D522517L);
        if ((((g_529 > ((*l_802) &= p_13)) > 0xEF013843L) ^ (((l_804 , (l_805 == (void*)0)) == (((safe_div_func_uint16_t_u_u((g_350.f3 == (safe_mul_func_int8_t_s_s((*p_15), ((*g_420) ^= ((((void*)0 != &g_550) , 7L) < 18446744073709551615UL))))), 2L)) <= 1UL) , 9L)) & 0x0DC2L)))
        { /* block id: 335 */
            uint64_t l_810 = 0xF25ADCD5388DBF65LL;
            return l_810;
        }
        else
        { /* block id: 337 */
            uint8_t l_823 = 0xDAL;
            uint8_t *l_824[5];
            int32_t l_825 = 0x0D9AF974L;
            uint32_t *l_826[7];
            const union U0 l_863 = {0x970BL};
            int64_t l_871 = 0x89E0A47BF5341286LL;
            int32_t l_877 = 0x7EB80AFBL;
            union U0 *l_921[9][1] = {{&g_303},{&g_278},{&g_278},{&g_303},{&g_278},{&g_278},{&g_303},{&g_278},{&g_278}};
            union U0 **l_920 = &l_921[6][0];
            uint64_t ***l_925[2][7] = {{&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550},{&g_550,&g_550,&g_550,&g_550,&g_550,&g_550,&g_550}};
            int i, j;
            for (i = 0; i < 5; i++)
                l_824[i] = (void*)0;
            for (i = 0; i < 7; i++)
                l_826[i] = (void*)0;
            if ((safe_add_func_uint8_t_u_u((g_350.f3 = ((safe_mod_func_int32_t_s_s((safe_add_func_int32_t_s_s(((65532UL | (~(safe_sub_func_uint64_t_u_u((**g_550), (safe_unary_minus_func_int8_t_s(l_821)))))) , ((g_385 = ((l_822 , (l_825 |= (p_12 ^ l_823))) , (l_825 != (*p_14)))) , (l_827 |= p_12))), 0x6E574FB0L)), (-10L))) || (**g_550))), l_823)))
            { /* block id: 342 */
                uint64_t l_830 = 18446744073709551615UL;
                uint32_t l_852 = 4294967292UL;
                int32_t l_870 = 0x75FF15CBL;
                int32_t l_872 = (-8L);
                int32_t l_875 = (-1L);
                int32_t l_876 = 8L;
                if ((safe_mul_func_uint16_t_u_u(l_830, p_13)))
                { /* block id: 343 */
                    return l_825;
                }
                else
                { /* block id: 345 */
                    uint64_t l_835 = 18446744073709551615UL;
                    union U2 *l_837[8];
                    int16_t *l_846 = &g_529;
                    int32_t l_849 = (-4L);
                    int i;
                    for (i = 0; i < 8; i++)
                        l_837[i] = &g_31[2];
                    for (l_766 = 0; (l_766 < 27); ++l_766)
                    { /* block id: 348 */
                        union U2 **l_836 = &g_598;
                        int32_t l_838 = (-1L);
                        l_838 = (((*g_420) = l_835) || ((*p_15) = (((*l_836) = (void*)0) != l_837[1])));
                        if (l_895)
                            goto lbl_946;
                        g_58 = l_838;
                    }
                    for (g_153 = 17; (g_153 == 31); g_153 = safe_add_func_int64_t_s_s(g_153, 2))
                    { /* block id: 357 */
                        int16_t **l_847[5][4] = {{&l_846,(void*)0,(void*)0,&l_846},{&l_846,(void*)0,(void*)0,&l_846},{&l_846,(void*)0,(void*)0,&l_846},{&l_846,(void*)0,(void*)0,&l_846},{&l_846,(void*)0,(void*)0,&l_846}};
                        uint16_t *l_848[1][2][5] = {{{&g_303.f0,&l_822.f0,&l_822.f0,&g_303.f0,&l_754[0][5]},{&g_303.f0,&l_822.f0,&l_822.f0,&g_303.f0,&l_754[0][5]}}};
                        uint16_t ***l_858 = (void*)0;
                        uint16_t ****l_857 = &l_858;
                        int32_t l_864 = 9L;
                        const int32_t *l_866 = &g_867;
                        const int32_t **l_865 = &l_866;
                        const int32_t *l_869 = (void*)0;
                        const int32_t **l_868 = &l_869;
                        int i, j, k;
                        l_849 &= ((g_184 <= (l_835 == l_841)) >= (l_825 = ((safe_sub_func_int8_t_s_s(((*p_15) = (g_312 , (l_830 && (safe_lshift_func_int16_t_s_u((0x2AE277B6D6D8D95CLL == l_825), (((l_846 = (g_24 = (g_67 = (p_13 , l_846)))) != (void*)0) | p_13)))))), 0L)) , l_835)));
                        (*l_868) = ((*l_865) = (((safe_mul_func_uint8_t_u_u(l_852, (p_12 , (safe_div_func_uint16_t_u_u((p_13 != (safe_lshift_func_uint16_t_u_u(((((&l_848[0][1][3] == ((((((((*g_604) != ((*l_857) = (*g_604))) < (safe_sub_func_int64_t_s_s(((((safe_mod_func_uint16_t_u_u((p_13 ^ (l_863 , g_8)), p_13)) , 0x3FL) < (*p_14)) | 0x45L), p_13))) & 0x9EL) , p_13) <= 0xD7L) , p_13) , (**g_604))) | (-7L)) , (*g_605)) == (*g_605)), p_13))), l_864))))) <= (**g_550)) , &l_821));
                    }
                }
                ++l_878;
            }
            else
            { /* block id: 370 */
                uint8_t l_892 = 255UL;
                int32_t l_911 = 0xD06FBD76L;
                for (g_145 = (-23); (g_145 < 37); ++g_145)
                { /* block id: 373 */
                    uint16_t **l_883[3][9] = {{&g_293[4],&g_293[1],&g_293[1],&g_293[4],&g_293[1],&g_293[1],&g_293[4],&g_293[1],&g_293[1]},{&g_293[5],(void*)0,&g_293[1],&g_293[1],&g_293[1],(void*)0,&g_293[5],(void*)0,&g_293[1]},{&g_293[4],&g_293[1],&g_293[1],&g_293[4],&g_293[1],&g_293[1],&g_293[4],&g_293[1],&g_293[1]}};
                    int32_t l_884[4] = {3L,3L,3L,3L};
                    int i, j;
                    if (g_145)
                        goto lbl_800;
                    if ((g_68 = ((*g_605) != (l_883[1][7] = (**g_604)))))
                    { /* block id: 377 */
                        l_884[2] = l_884[3];
                    }
                    else
                    { /* block id: 379 */
                        const int32_t *l_886 = &l_825;
                        const int32_t **l_885 = &l_886;
                        union U2 **l_887 = &g_598;
                        (*l_885) = &g_867;
                        l_825 = 0xD176D296L;
                        (*l_887) = &l_804;
                    }
                }
                for (g_87 = 0; (g_87 <= 4); g_87 += 1)
                { /* block id: 387 */
                    int64_t l_888 = 0xA8B4A8AD2C0EC810LL;
                    int32_t l_889 = 0x7F716116L;
                    int32_t l_890 = 0x0D57B560L;
                    int32_t l_891 = (-7L);
                    int16_t **l_903[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_903[i] = (void*)0;
                    for (l_871 = 6; (l_871 >= 2); l_871 -= 1)
                    { /* block id: 390 */
                        int32_t l_912 = 8L;
                        int32_t l_913 = 0xF541BE7AL;
                        int i, j;
                        ++l_892;
                        l_891 |= (((l_895 = g_52[(g_87 + 2)]) != (safe_rshift_func_uint16_t_u_s((l_898[8][3][0] , (((0L >= (safe_mod_func_int8_t_s_s(((safe_div_func_uint8_t_u_u(((((((l_903[0] = &g_24) != (void*)0) >= ((*l_805) = g_52[2])) | ((+(!(+(0xDCBC37BFL >= (p_12 , p_13))))) >= g_278.f4)) && l_823) , l_772), 0x21L)) ^ p_12), 0x81L))) != p_13) | l_863.f0)), l_871))) <= p_13);
                        l_913 = (l_877 ^= ((safe_add_func_int16_t_s_s((((*p_15) <= (((safe_div_func_uint8_t_u_u((l_776 , 0x8DL), ((l_822 , (1UL ^ (0x2BB7L || ((l_892 <= (l_912 = (((**l_771) = l_892) , (l_911 = (-10L))))) != 0x24L)))) | p_13))) , p_13) > 0x79DA840FL)) >= p_12), 6L)) >= (*p_15)));
                    }
                    if (g_52[6])
                        continue;
                    for (l_895 = 0; (l_895 <= 6); l_895 += 1)
                    { /* block id: 405 */
                        int32_t **l_914 = (void*)0;
                        int32_t **l_915[5][7] = {{&g_54,(void*)0,&g_54,&g_54,&g_54,(void*)0,&g_54},{(void*)0,&g_54,&l_797[4][5][0],&l_797[2][7][1],&l_797[4][5][0],&g_54,(void*)0},{&g_54,(void*)0,&g_54,&l_797[3][6][0],&g_54,&g_54,&g_54},{&l_797[2][7][1],(void*)0,&g_54,&l_797[4][5][0],&g_54,(void*)0,&l_797[2][7][1]},{&g_54,&g_54,&g_54,&l_797[3][6][0],&g_54,&g_54,&g_54}};
                        union U0 **l_922 = &l_921[6][0];
                        uint64_t ****l_926 = &l_925[0][1];
                        uint8_t *l_927 = &g_145;
                        uint16_t *l_935 = (void*)0;
                        int i, j;
                        g_54 = &l_890;
                        l_890 = (safe_mod_func_int32_t_s_s(((safe_add_func_int16_t_s_s((l_920 != l_922), ((safe_div_func_int64_t_s_s((((((*l_926) = l_925[0][1]) != (void*)0) , l_927) == p_15), g_52[(g_87 + 1)])) > (((safe_lshift_func_uint8_t_u_s((safe_unary_minus_func_int64_t_s(((((((safe_lshift_func_uint16_t_u_u((l_889 = (safe_mul_func_uint16_t_u_u(p_13, 65526UL))), 8)) && g_867) & 5L) == l_823) ^ g_529) >= p_13))), 5)) || 9L) || p_13)))) || (*g_54)), (*g_54)));
                        g_54 = &l_825;
                    }
                    for (g_184 = 0; (g_184 <= 1); g_184 += 1)
                    { /* block id: 414 */
                        uint64_t l_937 = 1UL;
                        l_895 = g_936;
                        --l_937;
                        if (g_312.f0)
                            goto lbl_800;
                        return g_940;
                    }
                }
                for (g_153 = 0; (g_153 < 12); ++g_153)
                { /* block id: 423 */
                    g_943 = (void*)0;
                    if (g_184)
                        goto lbl_946;
                }
            }
            g_70 = 6L;
        }
    }
lbl_946:
    (*l_945) = &l_874[6][0];
    (**l_945) = (safe_lshift_func_int16_t_s_s((-1L), 7));
    return p_13;
}


/* ------------------------------------------ */
/* 
 * reads : g_58 g_70 g_129 g_52 g_529 g_420 g_95 g_87 g_598 g_31 g_385 g_144 g_145 g_59 g_605 g_606 g_303.f0 g_235 g_350.f3
 * writes: g_58 g_303.f3 g_95 g_87 g_529 g_606 g_350.f3
 */
static uint16_t  func_25(union U2  p_26, const int8_t * p_27, int16_t  p_28, int16_t * p_29, uint64_t  p_30)
{ /* block id: 292 */
    uint64_t l_681 = 18446744073709551613UL;
    uint16_t l_692 = 7UL;
    int32_t l_693 = 1L;
    uint64_t ***l_695 = &g_550;
    union U0 l_696 = {0xF704L};
    int32_t l_741 = 0x59514825L;
    int32_t l_743[8][10] = {{0x14795606L,(-8L),0x4D624483L,0xFB0BA6B0L,0x08940D19L,0xF4500816L,6L,0x14795606L,(-5L),0x08940D19L},{0xF4500816L,6L,0x14795606L,(-5L),0x08940D19L,0x7C9225F3L,1L,0xF4500816L,0xE62694D3L,0xE62694D3L},{0x4D624483L,6L,0x9B1A3FF1L,0L,0L,0x9B1A3FF1L,6L,0x4D624483L,0xE62694D3L,(-1L)},{0x7C9225F3L,(-8L),0L,(-5L),0xFB0BA6B0L,0x9B1A3FF1L,1L,0x7C9225F3L,(-5L),0L},{0x4D624483L,1L,0L,0xFB0BA6B0L,1L,0x7C9225F3L,0xCF2230FFL,0x4D624483L,0x08940D19L,0L},{0xF4500816L,7L,0x9B1A3FF1L,(-1L),0xFB0BA6B0L,0xF4500816L,0xCF2230FFL,0xF4500816L,0xFB0BA6B0L,(-1L)},{0x14795606L,1L,0x14795606L,(-1L),0L,0L,1L,0x14795606L,0x08940D19L,0xE62694D3L},{0x14795606L,(-8L),0x4D624483L,0xFB0BA6B0L,0x08940D19L,0xF4500816L,6L,0x14795606L,(-5L),0x08940D19L}};
    uint16_t l_745 = 0x55EBL;
    int i, j;
    for (g_58 = 0; (g_58 <= 1); g_58 += 1)
    { /* block id: 295 */
        union U0 * const l_686 = &g_303;
        int64_t *l_687 = &g_303.f3;
        int32_t *l_690[6] = {&g_95[3][5][1],&g_95[3][5][1],&g_183,&g_95[3][5][1],&g_95[3][5][1],&g_183};
        const int8_t l_691 = 0xA5L;
        uint64_t ***l_694 = &g_550;
        uint64_t l_715 = 18446744073709551611UL;
        union U1 l_717 = {0xEE2705F8L};
        int64_t l_742 = (-5L);
        int i;
        if (p_28)
            break;
        g_95[6][1][0] ^= (g_70 != (((p_26 , ((((safe_rshift_func_uint16_t_u_s((safe_add_func_int64_t_s_s((safe_div_func_uint8_t_u_u((l_681 & 0x87L), ((((((((safe_mod_func_int64_t_s_s(((*l_687) = (safe_mul_func_int64_t_s_s(g_129, (l_686 != (void*)0)))), ((safe_lshift_func_uint16_t_u_s(((void*)0 != l_690[3]), 15)) ^ l_691))) , 0UL) <= 0x4CL) , (void*)0) != (void*)0) , 0x7E754031L) | 0x387F82ABL) ^ (*p_27)))), 7UL)), 6)) ^ l_681) && p_28) , g_529)) , l_692) ^ (*g_420)));
        for (g_87 = 1; (g_87 >= 0); g_87 -= 1)
        { /* block id: 301 */
            uint64_t l_714 = 0UL;
            int32_t l_716 = 0L;
            int32_t l_738 = 5L;
            int32_t l_740 = 1L;
            l_693 = l_692;
            l_716 = ((l_694 != l_695) ^ ((l_696 , (safe_sub_func_uint8_t_u_u((safe_add_func_int64_t_s_s(((*g_598) , g_385), ((*g_420) < (*g_144)))), ((safe_mod_func_uint16_t_u_u((safe_mod_func_int32_t_s_s((safe_rshift_func_int16_t_s_s((*p_29), 3)), (safe_sub_func_int16_t_s_s(((((safe_add_func_int16_t_s_s(((safe_unary_minus_func_int16_t_s((((safe_rshift_func_int16_t_s_s((0xB3770AC1L < p_30), g_59)) | l_714) == (*g_144)))) | l_681), l_715)) ^ (-1L)) > p_28) , (*p_29)), p_28)))), 0x2809L)) , l_714)))) == 0x9CL));
            for (g_529 = 0; (g_529 <= 1); g_529 += 1)
            { /* block id: 306 */
                int32_t l_732[9] = {1L,1L,1L,1L,1L,1L,1L,1L,1L};
                uint8_t *l_733 = (void*)0;
                uint8_t *l_734 = &g_350.f3;
                int32_t l_735 = 0xDE978E37L;
                int32_t l_736 = 0x6AE9339AL;
                int32_t l_737 = 0L;
                int32_t l_744[10][7] = {{0x7FBEAF45L,0xD7D54930L,0x7FBEAF45L,0x1CCB7B2CL,0x1CCB7B2CL,0x7FBEAF45L,0xD7D54930L},{0x903DB0AFL,0xA4AF614CL,0x66DBEF97L,0x66DBEF97L,0xA4AF614CL,0x903DB0AFL,0xA4AF614CL},{0x7FBEAF45L,0x1CCB7B2CL,0x1CCB7B2CL,0x7FBEAF45L,0xD7D54930L,0x7FBEAF45L,0x1CCB7B2CL},{0xD5458A09L,0xD5458A09L,0x903DB0AFL,0x66DBEF97L,0x903DB0AFL,0xD5458A09L,0xD5458A09L},{1L,0x1CCB7B2CL,0x7505A987L,0x1CCB7B2CL,1L,1L,0x1CCB7B2CL},{0x0D8ED10BL,0xA4AF614CL,0x0D8ED10BL,0x903DB0AFL,0x903DB0AFL,0x0D8ED10BL,0xA4AF614CL},{0x1CCB7B2CL,0xD7D54930L,0x7505A987L,0x7505A987L,0xD7D54930L,0x1CCB7B2CL,0xD7D54930L},{0x0D8ED10BL,0x903DB0AFL,0x903DB0AFL,0x0D8ED10BL,0xA4AF614CL,0x0D8ED10BL,0x903DB0AFL},{1L,1L,0x1CCB7B2CL,0x7505A987L,0x1CCB7B2CL,1L,1L},{0xD5458A09L,0x903DB0AFL,0x66DBEF97L,0x903DB0AFL,0xD5458A09L,0xD5458A09L,0x903DB0AFL}};
                int i, j;
                if (((l_717 , ((safe_rshift_func_uint8_t_u_u((*g_144), (((*g_605) = (*g_605)) == (void*)0))) <= ((safe_add_func_uint32_t_u_u(g_303.f0, g_235)) != (1UL >= (((*l_734) ^= ((safe_div_func_int8_t_s_s((safe_mod_func_uint8_t_u_u(p_30, (safe_add_func_uint16_t_u_u(65527UL, l_714)))), l_732[4])) != (*p_29))) & (*p_27)))))) , 8L))
                { /* block id: 309 */
                    int32_t l_739[8] = {(-5L),0xB06895D6L,0xB06895D6L,(-5L),0xB06895D6L,0xB06895D6L,(-5L),0xB06895D6L};
                    int i, j, k;
                    --l_745;
                    if (p_28)
                        break;
                    if (l_716)
                        continue;
                }
                else
                { /* block id: 313 */
                    int64_t l_748 = 0xF6EE7B05852AABD0LL;
                    union U2 l_749 = {0};
                    g_95[0][8][0] |= 7L;
                    l_743[4][3] = (((l_748 <= (*p_29)) , l_749) , (&g_235 == &g_235));
                }
                return l_732[8];
            }
        }
    }
    return l_741;
}


/* ------------------------------------------ */
/* 
 * reads : g_550 g_551 g_131 g_95
 * writes: g_350.f3 g_52 g_131 g_95
 */
static int8_t * func_32(int16_t * p_33, int8_t * p_34, union U2  p_35, int8_t * p_36, int32_t  p_37)
{ /* block id: 285 */
    uint8_t *l_659 = &g_350.f3;
    int64_t l_660 = 0x619E1C54EED2301ALL;
    int16_t *l_665[5][2] = {{(void*)0,&g_59},{(void*)0,&g_59},{(void*)0,&g_59},{(void*)0,&g_59},{(void*)0,&g_59}};
    int32_t l_666 = 0xF57C5D9DL;
    int i, j;
    g_95[6][0][1] &= ((safe_lshift_func_int8_t_s_u(((*p_36) = (safe_add_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u(((*l_659) = 3UL), 0)), l_660))), (safe_div_func_int16_t_s_s(((safe_div_func_int16_t_s_s(l_660, (l_666 = l_660))) == (safe_div_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u(0xC6L, (p_37 && (safe_rshift_func_uint16_t_u_s(0x2389L, (0x40BD406E6A3990DBLL < ((**g_550)--))))))), 0x3BL))), p_37)))) != l_660);
    return p_36;
}


/* ------------------------------------------ */
/* 
 * reads : g_235 g_52 g_54
 * writes: g_234 g_259 g_54
 */
static int16_t * func_38(int16_t * p_39, const int8_t  p_40, int8_t * p_41, int8_t * p_42)
{ /* block id: 96 */
    union U1 l_236 = {1UL};
    const int8_t *l_248 = (void*)0;
    int8_t *l_249[6][8][2] = {{{&g_235,&g_52[1]},{&g_235,(void*)0},{&g_52[1],(void*)0},{&g_235,&g_52[1]},{&g_235,&g_235},{&g_235,&g_52[1]},{&g_235,(void*)0},{&g_52[1],(void*)0}},{{&g_235,&g_52[1]},{&g_235,&g_235},{&g_235,&g_52[1]},{&g_235,(void*)0},{&g_52[1],(void*)0},{&g_235,&g_52[1]},{&g_235,&g_235},{&g_235,&g_52[1]}},{{&g_235,(void*)0},{&g_52[1],(void*)0},{&g_235,&g_52[1]},{&g_235,&g_235},{&g_235,&g_52[1]},{&g_235,(void*)0},{&g_52[1],(void*)0},{&g_235,&g_52[1]}},{{&g_235,&g_235},{&g_235,&g_52[1]},{&g_235,(void*)0},{&g_52[1],(void*)0},{&g_235,&g_52[1]},{&g_235,&g_235},{&g_235,&g_52[1]},{&g_235,(void*)0}},{{&g_52[1],(void*)0},{&g_235,&g_52[1]},{&g_235,&g_235},{&g_235,&g_52[1]},{&g_235,(void*)0},{&g_52[1],(void*)0},{&g_235,&g_52[1]},{&g_235,&g_235}},{{&g_235,&g_52[1]},{&g_235,(void*)0},{&g_52[1],(void*)0},{&g_235,&g_52[1]},{&g_235,&g_235},{&g_235,&g_52[1]},{&g_235,(void*)0},{&g_52[1],(void*)0}}};
    int8_t **l_250 = (void*)0;
    uint32_t l_256 = 8UL;
    int64_t *l_257 = (void*)0;
    int64_t *l_258 = &g_259;
    const union U2 l_260 = {0};
    int32_t l_264 = 4L;
    uint64_t l_265 = 0x39E2D7B22F360160LL;
    int32_t l_271 = 0x6B78C0FFL;
    int32_t l_272 = 7L;
    int32_t l_273 = 1L;
    int32_t l_274[4][10][1] = {{{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L}},{{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L}},{{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L}},{{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L},{(-1L)},{0xB3CAC8E3L}}};
    uint64_t l_275 = 0x54C1A622EBD01FABLL;
    union U0 l_294 = {1UL};
    uint64_t l_377 = 18446744073709551606UL;
    uint16_t *l_460 = (void*)0;
    uint32_t l_497[1];
    int32_t l_528 = 0xF4775428L;
    union U0 *l_638 = &l_294;
    union U0 **l_637[10];
    int32_t **l_651 = &g_54;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_497[i] = 0x504E1C90L;
    for (i = 0; i < 10; i++)
        l_637[i] = &l_638;
    if ((l_236 , (((((*l_258) = ((safe_add_func_int16_t_s_s(l_236.f0, (safe_mod_func_int16_t_s_s((~(l_236.f0 , (safe_rshift_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s((safe_lshift_func_uint16_t_u_u(((l_248 == (g_234 = l_249[1][4][0])) != (safe_mul_func_int8_t_s_s(((~((6UL && 0x8E14E52B62957E2ALL) ^ (((l_236.f0 == (safe_mul_func_int8_t_s_s(l_236.f0, 0xB9L))) == l_236.f0) == p_40))) == l_256), (*p_41)))), 13)), 1)), 5)))), 65534UL)))) < l_236.f0)) , (*p_42)) , l_260) , l_256)))
    { /* block id: 99 */
        int32_t *l_261 = &g_68;
        int32_t *l_262 = &g_58;
        int32_t *l_263[9][10] = {{&g_95[0][7][0],(void*)0,&g_95[0][7][0],&g_68,&g_87,&g_68,&g_95[0][7][0],(void*)0,&g_95[0][7][0],&g_68},{&g_68,(void*)0,&g_183,(void*)0,&g_68,&g_87,&g_68,(void*)0,&g_183,(void*)0},{&g_87,&g_68,&g_95[0][7][0],(void*)0,&g_95[0][7][0],&g_68,&g_87,&g_68,&g_95[0][7][0],(void*)0},{(void*)0,(void*)0,(void*)0,&g_68,&g_68,&g_68,(void*)0,(void*)0,(void*)0,&g_68},{&g_87,(void*)0,&g_95[6][0][1],(void*)0,&g_87,(void*)0,&g_95[0][7][0],&g_68,&g_87,&g_68},{(void*)0,&g_87,&g_183,&g_68,&g_183,&g_87,(void*)0,&g_87,&g_183,&g_68},{&g_95[6][0][1],&g_68,&g_95[6][0][1],&g_87,&g_95[0][7][0],&g_87,&g_95[6][0][1],&g_68,&g_95[6][0][1],&g_87},{(void*)0,&g_68,&g_68,&g_68,(void*)0,(void*)0,(void*)0,&g_68,&g_68,&g_68},{&g_95[0][7][0],&g_87,&g_95[6][0][1],&g_68,&g_95[6][0][1],&g_87,&g_95[0][7][0],&g_87,&g_95[6][0][1],&g_68}};
        int i, j;
        ++l_265;
    }
    else
    { /* block id: 101 */
        int32_t *l_268 = &g_58;
        int32_t *l_269 = &g_58;
        int32_t *l_270[9][6] = {{&g_70,(void*)0,&g_70,&l_264,&g_70,&l_264},{&g_70,(void*)0,&g_70,&l_264,&g_95[6][0][1],&l_264},{&g_70,(void*)0,&g_70,&l_264,&g_70,&l_264},{&g_70,(void*)0,&g_70,&l_264,&g_95[6][0][1],&l_264},{&g_70,(void*)0,&g_70,&l_264,&g_70,&l_264},{&g_70,(void*)0,&g_70,&l_264,&g_95[6][0][1],&l_264},{&g_70,(void*)0,&g_70,&l_264,&g_70,&l_264},{&g_70,(void*)0,&g_70,&l_264,&g_95[6][0][1],&l_264},{&g_70,(void*)0,&g_70,&l_264,&g_70,&l_264}};
        int8_t *l_281 = &g_52[1];
        int16_t **l_282[9][2] = {{&g_24,&g_67},{&g_24,&g_67},{&g_24,&g_67},{&g_24,&g_67},{&g_24,&g_67},{&g_24,&g_67},{&g_24,&g_67},{&g_24,&g_67},{&g_24,&g_67}};
        uint16_t *l_283[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int32_t l_325 = 0xE7E91F81L;
        union U2 *l_349 = &g_350;
        uint32_t l_534[1][10][2] = {{{4294967289UL,0x7D8E3C6BL},{4294967291UL,4294967289UL},{4294967295UL,4294967295UL},{4294967295UL,4294967289UL},{4294967291UL,0x7D8E3C6BL},{4294967289UL,0x7D8E3C6BL},{4294967291UL,4294967289UL},{4294967295UL,4294967295UL},{4294967295UL,4294967289UL},{4294967291UL,0x7D8E3C6BL}}};
        uint16_t l_545 = 0x06F9L;
        uint16_t ****l_607 = &g_605;
        int i, j, k;
        l_275++;
    }
    (*l_651) = &l_273;
    (*l_651) = (*l_651);
    return l_460;
}


/* ------------------------------------------ */
/* 
 * reads : g_59 g_68 g_52 g_70 g_81 g_8 g_31 g_58 g_95 g_131 g_144 g_153 g_129 g_132 g_145 g_183 g_184 g_54 g_87 g_67
 * writes: g_59 g_58 g_68 g_70 g_87 g_95 g_129 g_131 g_132 g_54 g_145 g_52 g_153 g_184
 */
static int16_t * func_43(int16_t * p_44, int16_t * p_45)
{ /* block id: 17 */
    uint16_t l_79 = 0x00BCL;
    uint8_t l_90 = 0xC6L;
    int32_t l_103 = 0xA05E82EFL;
    int32_t l_106 = 0x496B13ACL;
    int32_t l_166 = (-3L);
    int8_t *l_197 = &g_52[3];
    uint16_t *l_202[4][3][4] = {{{&g_153,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_132,&l_79},{&g_153,&g_132,&g_153,&g_153}},{{&g_153,&l_79,&g_153,&g_153},{&g_132,&g_132,&g_132,&l_79},{&l_79,&g_153,&g_132,&g_153}},{{&g_132,&g_153,&g_153,&g_132},{&g_153,&g_153,&g_153,&g_153},{&g_153,&g_153,&g_132,&l_79}},{{&g_153,&g_132,&g_153,&g_153},{&g_153,&l_79,&g_153,&g_153},{&g_132,&g_132,&g_132,&g_153}}};
    int16_t **l_206[1];
    int16_t ***l_205 = &l_206[0];
    uint8_t l_208 = 1UL;
    int16_t l_209 = 0xA2A5L;
    int32_t l_212[9] = {0xD1813B96L,0xD1813B96L,0xD1813B96L,0xD1813B96L,0xD1813B96L,0xD1813B96L,0xD1813B96L,0xD1813B96L,0xD1813B96L};
    union U2 l_220 = {0};
    union U0 l_223 = {0x7A3FL};
    int32_t *l_231 = &g_68;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_206[i] = &g_67;
    for (g_59 = 6; (g_59 >= 2); g_59 -= 1)
    { /* block id: 20 */
        int16_t * const *l_80 = &g_24;
        int32_t l_88 = 0xE6652566L;
        int32_t l_108[1][7][10] = {{{(-4L),0x1A87E759L,0xDBB77E5FL,0x5C511D40L,0x1A87E759L,0x56DD1CD0L,1L,0xA4F93C24L,0x40CD4C67L,5L},{4L,0x5C511D40L,0x40CD4C67L,0x080F123DL,0xF9132EE0L,0xDBB77E5FL,4L,1L,0L,0L},{0L,0x64EC0B5BL,0x7A7163A7L,0xE63684A2L,0xE63684A2L,0x7A7163A7L,0x64EC0B5BL,0L,9L,1L},{(-4L),0L,4L,(-5L),1L,0x1A87E759L,0L,0L,0x56DD1CD0L,0xE63684A2L},{0x40CD4C67L,0x5C511D40L,4L,1L,0x64EC0B5BL,0L,1L,0L,0xDBB77E5FL,0x40CD4C67L},{0x5C511D40L,(-5L),0x7A7163A7L,1L,5L,1L,5L,1L,0x7A7163A7L,(-5L)},{0xE63684A2L,4L,0x40CD4C67L,(-5L),0xA4F93C24L,0x080F123DL,5L,0xA4F93C24L,0x1A87E759L,0xF9132EE0L}}};
        uint64_t l_163 = 0x039F823E191EB41DLL;
        union U0 l_165 = {0xB779L};
        int64_t l_167 = 0L;
        int8_t *l_182 = (void*)0;
        int32_t l_187 = 0x2631F386L;
        const uint32_t l_198[6][8][3] = {{{0x4206CC60L,0x4206CC60L,4294967287UL},{0UL,4294967291UL,0UL},{4294967289UL,4294967287UL,1UL},{4294967291UL,4294967294UL,4294967294UL},{0xF196D43CL,4294967289UL,1UL},{4294967293UL,1UL,0UL},{6UL,0UL,4294967287UL},{0xB29EDB27L,0x56066C03L,0xB29EDB27L}},{{4294967287UL,0UL,6UL},{0UL,1UL,4294967293UL},{1UL,4294967289UL,0xF196D43CL},{4294967294UL,4294967294UL,4294967291UL},{1UL,4294967287UL,4294967289UL},{0UL,4294967291UL,0UL},{4294967287UL,0x4206CC60L,0x4206CC60L},{0xB29EDB27L,0UL,0UL}},{{6UL,9UL,4294967289UL},{4294967293UL,0x02D44F09L,4294967291UL},{0xF196D43CL,0x58AE8A4FL,0xF196D43CL},{4294967291UL,0x02D44F09L,4294967293UL},{4294967289UL,9UL,6UL},{0UL,0UL,0xB29EDB27L},{0x4206CC60L,0x4206CC60L,4294967287UL},{0UL,4294967291UL,0UL}},{{4294967289UL,4294967287UL,1UL},{4294967291UL,4294967294UL,4294967294UL},{0xF196D43CL,4294967289UL,1UL},{4294967293UL,1UL,0UL},{6UL,0UL,4294967287UL},{0xB29EDB27L,0x56066C03L,0xB29EDB27L},{4294967287UL,0UL,6UL},{0UL,1UL,4294967293UL}},{{1UL,4294967289UL,0xF196D43CL},{4294967294UL,4294967294UL,4294967291UL},{1UL,4294967287UL,4294967289UL},{0UL,4294967291UL,0UL},{4294967287UL,0x4206CC60L,0x4206CC60L},{0x02D44F09L,0x56066C03L,4294967293UL},{0xF196D43CL,1UL,0x58AE8A4FL},{0xB29EDB27L,4294967291UL,4294967294UL}},{{0UL,0x32DC8EBCL,0UL},{4294967294UL,4294967291UL,0xB29EDB27L},{0x58AE8A4FL,1UL,0xF196D43CL},{4294967293UL,0x56066C03L,0x02D44F09L},{4294967295UL,4294967295UL,0x4206CC60L},{4294967293UL,4294967294UL,0x56066C03L},{0x58AE8A4FL,0x4206CC60L,6UL},{4294967294UL,0x9FA815E1L,0x9FA815E1L}}};
        int i, j, k;
        for (g_58 = 0; (g_58 <= 6); g_58 += 1)
        { /* block id: 23 */
            uint64_t l_91 = 9UL;
            int32_t l_92 = 0xAC6B8A9BL;
            int32_t l_105 = (-1L);
            uint8_t *l_141 = &l_90;
            for (g_68 = 6; (g_68 >= 1); g_68 -= 1)
            { /* block id: 26 */
                int32_t l_99 = 9L;
                int32_t l_100 = 0x6CE5CD9FL;
                int32_t l_101 = 1L;
                int32_t l_102 = 0L;
                int32_t l_104 = 4L;
                int32_t l_107 = 0xBDD4A0C5L;
                uint32_t l_109 = 0xA2FE6578L;
                union U1 l_188 = {4294967290UL};
                int i;
                if ((g_52[g_68] , 0x372C247AL))
                { /* block id: 27 */
                    int32_t *l_69 = &g_70;
                    int32_t *l_86 = &g_87;
                    int8_t l_89[2];
                    uint16_t *l_93 = (void*)0;
                    int32_t *l_94 = &g_95[6][0][1];
                    int32_t *l_96 = (void*)0;
                    int32_t *l_97 = &l_92;
                    int32_t *l_98[6];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_89[i] = 0x43L;
                    for (i = 0; i < 6; i++)
                        l_98[i] = &l_92;
                    (*l_69) ^= 0L;
                    (*l_94) ^= (((*l_69) = (0x16862065L & ((safe_add_func_int16_t_s_s(((((((((safe_add_func_uint16_t_u_u(((safe_add_func_uint64_t_u_u(0xC68704422F2FDD04LL, (safe_add_func_int8_t_s_s((*l_69), ((l_79 , (((l_80 == g_81) < g_8) , (((g_31[2] , (safe_mod_func_int16_t_s_s((safe_sub_func_uint8_t_u_u((((*l_86) = g_52[g_68]) > l_79), l_79)), (*p_45)))) < 0L) & 3UL))) || 7L))))) , l_88), l_89[0])) < 1UL) || g_58) ^ 5L) || g_52[g_68]) <= l_90) , l_91) <= l_92), g_52[g_68])) <= 7L))) , l_79);
                    l_109--;
                    if ((*l_69))
                        continue;
                }
                else
                { /* block id: 34 */
                    for (l_109 = 0; (l_109 <= 6); l_109 += 1)
                    { /* block id: 37 */
                        int32_t *l_112 = &g_70;
                        (*l_112) &= 1L;
                    }
                }
                if (g_68)
                    goto lbl_213;
                for (l_107 = 2; (l_107 <= 6); l_107 += 1)
                { /* block id: 43 */
                    union U2 l_123 = {0};
                    int32_t l_124[8] = {1L,1L,1L,1L,1L,1L,1L,1L};
                    int32_t *l_125 = &l_88;
                    int16_t *l_128 = &g_129;
                    uint8_t *l_130[9][2][5] = {{{&l_90,&l_90,&l_90,&l_90,&l_90},{&l_90,&l_90,&l_90,(void*)0,&l_90}},{{(void*)0,&l_90,&l_90,&l_90,(void*)0},{&l_90,&l_90,&l_90,&l_90,(void*)0}},{{&l_90,&l_90,&l_90,(void*)0,(void*)0},{&l_90,&l_90,&l_90,&l_90,(void*)0}},{{&l_90,(void*)0,&l_90,&l_90,(void*)0},{(void*)0,&l_90,&l_90,&l_90,&l_90}},{{&l_90,&l_90,&l_90,(void*)0,&l_90},{&l_90,&l_90,&l_90,&l_90,&l_90}},{{&l_90,&l_90,&l_90,&l_90,&l_90},{&l_90,&l_90,&l_90,&l_90,&l_90}},{{&l_90,&l_90,&l_90,&l_90,&l_90},{(void*)0,(void*)0,&l_90,&l_90,&l_90}},{{&l_90,&l_90,&l_90,&l_90,&l_90},{&l_90,&l_90,&l_90,&l_90,&l_90}},{{&l_90,&l_90,&l_90,(void*)0,&l_90},{&l_90,(void*)0,&l_90,&l_90,&l_90}}};
                    uint16_t *l_172[8][4] = {{&l_165.f0,(void*)0,(void*)0,&l_165.f0},{&g_153,(void*)0,(void*)0,&l_165.f0},{&l_165.f0,(void*)0,(void*)0,&l_165.f0},{&g_153,(void*)0,(void*)0,&l_165.f0},{&l_165.f0,(void*)0,(void*)0,&l_165.f0},{&g_153,(void*)0,(void*)0,&l_165.f0},{&l_165.f0,(void*)0,(void*)0,&l_165.f0},{&g_153,(void*)0,(void*)0,&l_165.f0}};
                    int32_t *l_185 = &l_101;
                    int32_t **l_186[10][6][4] = {{{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125}},{{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125}},{{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125}},{{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125}},{{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125}},{{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125}},{{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125}},{{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125}},{{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125}},{{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125},{&l_125,&l_125,&l_125,&l_125}}};
                    uint32_t *l_193 = &l_109;
                    int i, j, k;
                    if (((safe_rshift_func_uint16_t_u_u(((safe_sub_func_int16_t_s_s(((((safe_lshift_func_uint8_t_u_s((safe_sub_func_uint64_t_u_u((((safe_mod_func_uint32_t_u_u(l_79, ((l_123 , l_102) , (l_124[2] & g_68)))) & (((*l_125) = 0L) && ((void*)0 == &g_95[6][0][1]))) >= (g_132 = (g_131 |= (((*l_128) = (safe_lshift_func_int8_t_s_s((&l_79 == p_44), 5))) == l_99)))), 1L)), 5)) | l_108[0][2][5]) < l_124[2]) >= g_8), 0x7326L)) && l_91), 5)) != 4L))
                    { /* block id: 48 */
                        (*l_125) = (safe_sub_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s(0x4FL, (((safe_add_func_int64_t_s_s((((safe_lshift_func_int8_t_s_u(((((l_141 != ((safe_add_func_int8_t_s_s(l_91, ((void*)0 != g_144))) , &g_145)) ^ 0xCA79523BL) >= (safe_lshift_func_uint16_t_u_s(g_52[1], ((((l_108[0][2][5] &= (*l_125)) , 3L) && 0L) > 0x7533L)))) && l_101), l_107)) != 0UL) > l_92), g_95[6][0][1])) > 0x950AD08FL) , 0L))), 4294967295UL));
                    }
                    else
                    { /* block id: 51 */
                        int32_t *l_148 = &g_95[0][5][0];
                        int16_t **l_156 = &g_67;
                        int16_t ***l_157 = &l_156;
                        uint32_t *l_164[6];
                        int i;
                        for (i = 0; i < 6; i++)
                            l_164[i] = &l_109;
                        (*l_148) |= ((*l_125) ^= g_52[g_68]);
                        l_167 = (((4294967293UL >= (safe_div_func_int32_t_s_s((safe_rshift_func_int8_t_s_u(g_153, 3)), (((safe_div_func_uint32_t_u_u(((&p_44 == ((*l_157) = l_156)) , (safe_mod_func_uint8_t_u_u((((0xA0L | (((*p_45) | (safe_mod_func_int16_t_s_s(((!((l_163 != (((*l_148) = 1UL) && ((((l_165 , l_165.f0) | l_163) != l_163) != (*l_125)))) && (-4L))) && (*l_125)), l_105))) | g_68)) , l_91) < l_166), l_105))), g_58)) , g_31[5]) , l_165.f0)))) >= (-8L)) == g_129);
                    }
                    (*l_185) |= (g_95[0][1][1] |= ((safe_rshift_func_int8_t_s_u((l_108[0][2][5] == (safe_lshift_func_uint16_t_u_u((++g_132), ((!((((((safe_mod_func_uint8_t_u_u((*g_144), (-1L))) || l_109) | (((safe_sub_func_int16_t_s_s((((-1L) ^ 0x0F17L) <= (-1L)), 7UL)) == (safe_add_func_uint64_t_u_u(((l_130[3][0][2] != l_182) || (*l_125)), l_105))) > g_183)) ^ g_52[1]) , l_167) > (*l_125))) | 0xBAAAF899989E628FLL)))), g_184)) || 0x9174BE75671FD3FFLL));
                    g_54 = &l_105;
                    if ((((((((((l_187 == ((((&g_67 == &p_44) , l_188) , (l_79 >= (safe_sub_func_int64_t_s_s(l_91, (safe_sub_func_int32_t_s_s(((1UL != ((*l_193) = ((*g_54) ^ 0x03A7F814L))) > (*p_45)), 0x3064252AL)))))) , l_107)) | l_103) , (*l_185)) != (*l_125)) == (*g_144)) && l_165.f0) != l_100) | l_92) & 0x532398D2314F84DELL))
                    { /* block id: 63 */
                        (*g_54) = (((~(safe_sub_func_int32_t_s_s(0x77E36767L, l_101))) , l_197) != (void*)0);
                    }
                    else
                    { /* block id: 65 */
                        (*g_54) = l_198[5][2][1];
                    }
                }
            }
        }
        for (g_145 = 0; (g_145 <= 6); g_145 += 1)
        { /* block id: 73 */
            int32_t **l_199 = &g_54;
            (*l_199) = &g_58;
        }
        for (l_166 = 0; l_166 < 7; l_166 += 1)
        {
            g_52[l_166] = (-7L);
        }
    }
lbl_213:
    l_212[6] = (((((l_79 | (safe_lshift_func_int16_t_s_s(((g_153++) , (*p_45)), 11))) , (((((((l_205 != &g_81) , (+(g_31[2] , ((l_208 != l_209) || (((*p_45) &= (((l_209 > ((safe_sub_func_int32_t_s_s(((void*)0 == &l_206[0]), l_208)) ^ 0x3AL)) == l_79) | 5UL)) != l_90))))) , (*p_45)) | 4UL) , 0x25L) ^ 0xEEL) || l_208)) , l_166) | l_166) <= l_90);
    for (g_70 = 0; (g_70 == (-30)); g_70 = safe_sub_func_int8_t_s_s(g_70, 3))
    { /* block id: 84 */
        const uint32_t l_224 = 0x1ACF4787L;
        uint32_t l_225 = 0x9F932434L;
        int32_t *l_226[1][3][3] = {{{&l_106,&l_106,&l_106},{&l_103,&l_103,&l_103},{&l_106,&l_106,&l_106}}};
        int32_t **l_230[4];
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_230[i] = &l_226[0][2][0];
        l_106 |= (g_145 | (((&g_145 == (void*)0) & ((0L ^ (((((safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((l_220 , ((safe_add_func_int64_t_s_s(g_87, (0x02L >= (l_223 , (*g_144))))) , (-1L))) < (*p_45)), l_224)), l_225)) < l_224) || l_212[6]) <= l_225) | l_225)) >= 1UL)) ^ l_166));
        for (g_184 = 0; (g_184 == 46); g_184 = safe_add_func_int8_t_s_s(g_184, 1))
        { /* block id: 88 */
            uint8_t l_229[2][3][5];
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                {
                    for (k = 0; k < 5; k++)
                        l_229[i][j][k] = 0x35L;
                }
            }
            for (l_225 = 0; l_225 < 1; l_225 += 1)
            {
                for (g_129 = 0; g_129 < 3; g_129 += 1)
                {
                    for (g_59 = 0; g_59 < 3; g_59 += 1)
                    {
                        l_226[l_225][g_129][g_59] = &g_70;
                    }
                }
            }
            if (l_229[1][0][1])
                continue;
        }
        l_231 = &g_68;
    }
    return (**l_205);
}


/* ------------------------------------------ */
/* 
 * reads : g_54 g_58
 * writes: g_54 g_58
 */
static int16_t * func_46(const int16_t * p_47, int8_t * p_48, union U1  p_49, int8_t * p_50)
{ /* block id: 2 */
    int32_t **l_55[3];
    int16_t *l_64 = &g_59;
    int i;
    for (i = 0; i < 3; i++)
        l_55[i] = &g_54;
    g_54 = g_54;
    for (p_49.f1 = 24; (p_49.f1 < 48); p_49.f1 = safe_add_func_int64_t_s_s(p_49.f1, 1))
    { /* block id: 6 */
        uint32_t l_60 = 0x274CB070L;
        int16_t *l_63[7][5][2] = {{{&g_59,&g_59},{&g_59,&g_59},{&g_59,&g_59},{&g_59,&g_59},{&g_59,&g_59}},{{&g_59,(void*)0},{&g_59,&g_59},{&g_59,&g_59},{&g_59,&g_59},{&g_59,&g_59}},{{&g_59,(void*)0},{&g_59,&g_59},{&g_59,&g_59},{&g_59,&g_59},{&g_59,&g_59}},{{&g_59,&g_59},{&g_59,(void*)0},{&g_59,&g_59},{&g_59,&g_59},{&g_59,&g_59}},{{&g_59,&g_59},{&g_59,(void*)0},{&g_59,&g_59},{&g_59,&g_59},{&g_59,&g_59}},{{&g_59,&g_59},{&g_59,&g_59},{&g_59,(void*)0},{&g_59,&g_59},{&g_59,&g_59}},{{&g_59,&g_59},{&g_59,&g_59},{&g_59,(void*)0},{&g_59,&g_59},{&g_59,&g_59}}};
        int i, j, k;
        for (g_58 = 2; (g_58 >= 0); g_58 -= 1)
        { /* block id: 9 */
            int i;
            ++l_60;
            if (p_49.f2)
                break;
        }
        return l_63[6][2][0];
    }
    return l_64;
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
    transparent_crc(g_10, "g_10", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_52[i], "g_52[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_95[i][j][k], "g_95[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_129, "g_129", print_hash_value);
    transparent_crc(g_131, "g_131", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_145, "g_145", print_hash_value);
    transparent_crc(g_153, "g_153", print_hash_value);
    transparent_crc(g_183, "g_183", print_hash_value);
    transparent_crc(g_184, "g_184", print_hash_value);
    transparent_crc(g_235, "g_235", print_hash_value);
    transparent_crc(g_259, "g_259", print_hash_value);
    transparent_crc(g_278.f0, "g_278.f0", print_hash_value);
    transparent_crc(g_278.f4, "g_278.f4", print_hash_value);
    transparent_crc(g_303.f0, "g_303.f0", print_hash_value);
    transparent_crc(g_303.f4, "g_303.f4", print_hash_value);
    transparent_crc(g_312.f0, "g_312.f0", print_hash_value);
    transparent_crc(g_350.f3, "g_350.f3", print_hash_value);
    transparent_crc(g_385, "g_385", print_hash_value);
    transparent_crc(g_434, "g_434", print_hash_value);
    transparent_crc(g_529, "g_529", print_hash_value);
    transparent_crc(g_750, "g_750", print_hash_value);
    transparent_crc(g_798, "g_798", print_hash_value);
    transparent_crc(g_803, "g_803", print_hash_value);
    transparent_crc(g_867, "g_867", print_hash_value);
    transparent_crc(g_936, "g_936", print_hash_value);
    transparent_crc(g_940, "g_940", print_hash_value);
    transparent_crc(g_975, "g_975", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 255
XXX total union variables: 30

XXX non-zero bitfields defined in structs: 2
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 24
breakdown:
   indirect level: 0, occurrence: 18
   indirect level: 1, occurrence: 2
   indirect level: 2, occurrence: 4
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 7
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 31
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 18

XXX max expression depth: 47
breakdown:
   depth: 1, occurrence: 116
   depth: 2, occurrence: 27
   depth: 4, occurrence: 2
   depth: 5, occurrence: 2
   depth: 6, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 3
   depth: 18, occurrence: 2
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 2
   depth: 22, occurrence: 3
   depth: 23, occurrence: 1
   depth: 24, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 2
   depth: 27, occurrence: 1
   depth: 28, occurrence: 2
   depth: 29, occurrence: 1
   depth: 41, occurrence: 1
   depth: 47, occurrence: 1

XXX total number of pointers: 218

XXX times a variable address is taken: 448
XXX times a pointer is dereferenced on RHS: 122
breakdown:
   depth: 1, occurrence: 113
   depth: 2, occurrence: 9
XXX times a pointer is dereferenced on LHS: 102
breakdown:
   depth: 1, occurrence: 96
   depth: 2, occurrence: 6
XXX times a pointer is compared with null: 14
XXX times a pointer is compared with address of another variable: 3
XXX times a pointer is compared with another pointer: 12
XXX times a pointer is qualified to be dereferenced: 1588

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 498
   level: 2, occurrence: 27
   level: 3, occurrence: 9
   level: 4, occurrence: 9
XXX number of pointers point to pointers: 73
XXX number of pointers point to scalars: 135
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 37.6
XXX average alias set size: 1.45

XXX times a non-volatile is read: 859
XXX times a non-volatile is write: 358
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 5
XXX backward jumps: 7

XXX stmts: 117
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 25
   depth: 1, occurrence: 20
   depth: 2, occurrence: 12
   depth: 3, occurrence: 10
   depth: 4, occurrence: 25
   depth: 5, occurrence: 25

XXX percentage a fresh-made variable is used: 17.9
XXX percentage an existing variable is used: 82.1
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

