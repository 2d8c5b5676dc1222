/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 51 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      51
 */

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
   uint32_t  f8;
};

struct S1 {
   const int8_t  f0;
   const uint32_t  f1;
   int32_t  f2;
   uint8_t  f3;
};

union U2 {
   uint16_t  f0;
   uint16_t  f1;
   int8_t  f2;
   int32_t  f3;
   const uint64_t  f4;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x673292C5L;
static int32_t g_6 = (-1L);
static uint16_t g_30 = 0xA47FL;
static int32_t g_31[5][6] = {{0xF46A2FF8L,0L,(-1L),6L,(-1L),0L},{0xF46A2FF8L,0L,6L,0x5077743AL,2L,1L},{(-10L),6L,0xF46A2FF8L,0xBC551464L,0xBC551464L,0xF46A2FF8L},{6L,6L,0x4028B022L,(-10L),2L,0xBC551464L},{0L,0L,0x5077743AL,0x4028B022L,(-1L),0x4028B022L}};
static uint32_t g_43 = 0x95210A6DL;
static uint32_t g_45 = 6UL;
static const uint32_t * const g_44 = &g_45;
static struct S0 g_53 = {0xBCL,1L,0xFE7B97028AD0AF09LL,4L,-1,0x2098501CL,7UL,10616,0x8F739C81L};
static const uint32_t *g_73 = &g_45;
static uint8_t g_76 = 247UL;
static uint8_t g_80[1] = {255UL};
static int16_t g_84 = (-2L);
static struct S1 g_126 = {0x15L,1UL,0x0708E7B0L,255UL};
static struct S1 *g_125 = &g_126;
static struct S1 g_128 = {1L,0x88158D60L,1L,0x92L};
static uint16_t g_132 = 0x3E25L;
static uint64_t g_140[5][5] = {{0x1F473B6501F83EA1LL,18446744073709551615UL,0x0B00BCB4418FC0EFLL,0UL,0UL},{0x05B1DA0A612E5C0ELL,18446744073709551615UL,0x05B1DA0A612E5C0ELL,0x1E59718C347C6FEBLL,18446744073709551615UL},{0UL,0xABFC5E8F454C83E8LL,0x1E59718C347C6FEBLL,0UL,0x1E59718C347C6FEBLL},{0x05B1DA0A612E5C0ELL,0x05B1DA0A612E5C0ELL,0UL,0xABFC5E8F454C83E8LL,0x1E59718C347C6FEBLL},{1UL,0x1E59718C347C6FEBLL,0UL,0UL,0x1E59718C347C6FEBLL}};
static uint64_t g_146 = 18446744073709551615UL;
static union U2 g_150 = {0xD2D3L};
static uint32_t g_210 = 4294967286UL;
static const int8_t *g_280 = &g_150.f2;
static const int64_t *g_308 = &g_53.f3;
static int64_t g_400 = 0L;
static int32_t g_401 = 3L;
static int32_t g_402 = 0x4BE596D7L;
static int8_t g_403 = 0xC8L;
static int8_t g_404 = 0xB9L;
static uint32_t g_405 = 0x61CD0487L;
static int32_t *g_410 = &g_126.f2;
static int8_t g_450 = (-1L);
static uint32_t g_460[7] = {4294967287UL,4294967287UL,4294967287UL,4294967287UL,4294967287UL,4294967287UL,4294967287UL};
static uint32_t g_476 = 18446744073709551610UL;
static int32_t g_482[4] = {7L,7L,7L,7L};
static int32_t g_484[2] = {9L,9L};
static int64_t g_485 = (-3L);
static int16_t g_486 = (-1L);
static int64_t g_487 = 0L;
static union U2 *g_517[1][8][2] = {{{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}}};
static struct S0 *g_581[7][7] = {{(void*)0,&g_53,(void*)0,&g_53,&g_53,&g_53,&g_53},{&g_53,&g_53,&g_53,&g_53,&g_53,&g_53,&g_53},{(void*)0,&g_53,(void*)0,&g_53,&g_53,&g_53,&g_53},{&g_53,&g_53,&g_53,&g_53,&g_53,&g_53,&g_53},{(void*)0,&g_53,(void*)0,&g_53,&g_53,&g_53,&g_53},{&g_53,&g_53,&g_53,&g_53,&g_53,&g_53,&g_53},{(void*)0,&g_53,(void*)0,&g_53,&g_53,&g_53,&g_53}};
static uint32_t g_583 = 1UL;
static int8_t *g_604 = &g_403;
static int8_t **g_603 = &g_604;
static int8_t ***g_602 = &g_603;
static uint16_t g_631 = 0UL;
static uint64_t *g_653 = &g_146;
static uint64_t **g_652 = &g_653;
static int32_t g_675 = 0xC8D3B209L;
static uint64_t g_676 = 0x0596DC5FA52DC292LL;
static struct S0 g_688 = {0L,0L,18446744073709551607UL,6L,-3,0x61A7C28BL,0xC91338831EE7C0A9LL,8256,0x6FAEF2FBL};
static int32_t g_719 = 0xE35FE83CL;
static int16_t g_720 = 6L;
static int64_t g_721 = 0x57B0525C589B4AAELL;
static int32_t g_722 = 0x1810CB71L;
static int32_t g_723 = 0xBBD99170L;
static uint32_t g_724 = 0UL;
static int32_t **g_784 = (void*)0;
static union U2 **g_859 = &g_517[0][5][1];
static union U2 ***g_858 = &g_859;
static union U2 ****g_857[9][8][3] = {{{&g_858,&g_858,&g_858},{&g_858,(void*)0,(void*)0},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858},{(void*)0,&g_858,&g_858},{&g_858,&g_858,&g_858}},{{&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,(void*)0},{&g_858,&g_858,&g_858}},{{(void*)0,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,(void*)0,(void*)0},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858},{(void*)0,&g_858,&g_858}},{{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,(void*)0}},{{&g_858,&g_858,&g_858},{(void*)0,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858}},{{&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858},{(void*)0,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858}},{{(void*)0,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858}},{{&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858},{(void*)0,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858}},{{&g_858,&g_858,&g_858},{(void*)0,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,(void*)0,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858},{&g_858,&g_858,&g_858}}};
static uint64_t g_863 = 6UL;
static union U2 ** const **g_904 = (void*)0;
static union U2 ** const ***g_903 = &g_904;
static uint16_t g_961 = 0x047DL;
static uint32_t **g_969 = (void*)0;
static int16_t g_995 = 0xECD2L;
static uint32_t g_1054[6] = {0xEA9DAE89L,1UL,1UL,0xEA9DAE89L,1UL,1UL};
static const uint64_t g_1073 = 18446744073709551613UL;
static const int32_t *g_1081 = &g_719;
static int64_t g_1142 = 0x956570F7EDCE2C28LL;
static uint32_t g_1144 = 0xECB70708L;
static int8_t ****g_1158 = (void*)0;
static int8_t *****g_1157 = &g_1158;
static int64_t g_1208 = 1L;
static uint32_t g_1209[6][4][4] = {{{0xE0FC52BDL,0UL,0x830DBBC9L,0xC2683583L},{0UL,0UL,1UL,0x830DBBC9L},{0xC2683583L,0UL,1UL,0xC2683583L},{0UL,0UL,0UL,0xE0FC52BDL}},{{0UL,4UL,0UL,1UL},{0xC2683583L,0xE0FC52BDL,0x7C92CABAL,0x3DB4EB37L},{4UL,0UL,0x830DBBC9L,0xE0FC52BDL},{0x4EFC3144L,0xC2683583L,0x830DBBC9L,0UL}},{{4UL,0UL,0x7C92CABAL,0x3C818A54L},{0xC2683583L,0UL,0UL,0xC2683583L},{0UL,0xC2683583L,0UL,0x4EFC3144L},{0UL,4UL,1UL,0x3DB4EB37L}},{{0xC2683583L,0x4EFC3144L,1UL,0x3DB4EB37L},{0UL,4UL,0x830DBBC9L,0x4EFC3144L},{0xE0FC52BDL,0xC2683583L,0x1A2815C9L,0xC2683583L},{4UL,0UL,1UL,0x3C818A54L}},{{0UL,0UL,0UL,0UL},{0UL,0xC2683583L,0xB9829561L,1UL},{0x4EFC3144L,0UL,0x4DE51CDCL,0x830DBBC9L},{1UL,1UL,0x1A2815C9L,0x1A2815C9L}},{{0x1FB7F4D7L,0x1FB7F4D7L,4UL,1UL},{1UL,1UL,0xB9829561L,0UL},{0UL,0x4EFC3144L,0x1A2815C9L,0xB9829561L},{0UL,0x4EFC3144L,0xE0FC52BDL,0UL}}};
static int32_t ***g_1253 = &g_784;
static int32_t ****g_1252 = &g_1253;
static int32_t *g_1333 = &g_128.f2;
static uint64_t g_1361 = 1UL;
static uint8_t g_1373 = 0UL;
static const union U2 g_1403 = {5UL};
static int8_t g_1431 = 0L;
static uint32_t g_1434 = 0x1FFF05A3L;
static int32_t g_1455 = 0x9853187CL;
static int64_t g_1456[10] = {(-1L),0L,0L,(-1L),0xC3E4A83A16BA7FBBLL,(-1L),0L,0L,(-1L),0xC3E4A83A16BA7FBBLL};
static int16_t g_1457 = (-6L);
static uint32_t g_1458 = 1UL;
static uint16_t g_1528 = 0x9868L;
static const int32_t g_1577 = 0x04530253L;


/* --- FORWARD DECLARATIONS --- */
static const uint64_t  func_1(void);
static int8_t  func_10(int16_t  p_11, struct S1  p_12);
static int16_t  func_13(uint16_t  p_14, int8_t  p_15, uint64_t  p_16, uint32_t  p_17);
static int8_t  func_19(struct S0  p_20, int8_t  p_21, union U2  p_22, struct S1  p_23);
static struct S1  func_25(const uint16_t  p_26, uint64_t  p_27);
static union U2  func_32(int8_t  p_33);
static int32_t  func_38(struct S1  p_39, uint8_t  p_40);
static int16_t  func_48(uint64_t  p_49, uint32_t * p_50, uint16_t  p_51);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_6 g_723 g_53.f8 g_140 g_30 g_125 g_126 g_652 g_653 g_146 g_128.f2 g_1081 g_719 g_410 g_969 g_73 g_45 g_308 g_53.f3 g_53.f1 g_280 g_150.f2 g_604 g_863 g_460 g_858 g_859 g_1144 g_1157 g_903 g_904 g_675 g_688.f2 g_688.f3 g_688 g_210 g_484 g_1209 g_602 g_603 g_403 g_53.f6 g_44 g_450 g_53.f5 g_128.f1 g_1252 g_676 g_720 g_487 g_53.f2 g_1253 g_784 g_482 g_402 g_583 g_995 g_80 g_1333 g_1431 g_1434 g_486 g_150.f0 g_401 g_1528 g_404 g_84
 * writes: g_2 g_6 g_126.f3 g_53.f8 g_1081 g_30 g_720 g_724 g_410 g_487 g_53.f1 g_403 g_128.f2 g_126.f2 g_719 g_1144 g_125 g_1157 g_1054 g_45 g_140 g_210 g_76 g_688.f8 g_450 g_1209 g_53.f5 g_1252 g_688.f3 g_482 g_31 g_995 g_80 g_688 g_1431 g_1434 g_486 g_150.f1 g_1528 g_402 g_84
 */
static const uint64_t  func_1(void)
{ /* block id: 0 */
    int64_t l_5[10][5] = {{0x1D933BD3E018EBDBLL,0x812A3CC92EA21E1DLL,(-1L),0x2E9378F1E0C863CCLL,1L},{8L,0x15A60915BB002891LL,7L,7L,0x15A60915BB002891LL},{3L,0x15A60915BB002891LL,9L,3L,0x1F13B01D91E66C61LL},{0x2C32B96CE028F4E1LL,0x812A3CC92EA21E1DLL,1L,(-1L),1L},{(-1L),0xF7806AA1C33C017FLL,0x2C32B96CE028F4E1LL,0x1D933BD3E018EBDBLL,1L},{0x2C32B96CE028F4E1LL,0xE4BF748DC164F943LL,0L,8L,9L},{3L,(-1L),(-1L),3L,9L},{8L,0L,0xE4BF748DC164F943LL,0x2C32B96CE028F4E1LL,1L},{0x1D933BD3E018EBDBLL,0x2C32B96CE028F4E1LL,0xF7806AA1C33C017FLL,(-1L),1L},{(-1L),1L,0x812A3CC92EA21E1DLL,0x2C32B96CE028F4E1LL,0x1F13B01D91E66C61LL}};
    union U2 l_574 = {0xA305L};
    struct S1 l_634 = {-1L,0x3094A6A2L,0L,0xE0L};
    int32_t *l_985 = &g_128.f2;
    struct S0 *l_992 = &g_688;
    uint64_t l_1000 = 18446744073709551615UL;
    int64_t *l_1068 = &g_487;
    int64_t **l_1067 = &l_1068;
    uint32_t * const l_1075[10][10] = {{&g_460[3],&g_43,&g_583,&g_460[3],&g_460[3],&g_583,&g_43,&g_460[3],&g_210,&g_43},{&g_210,&g_460[5],&g_43,&g_43,&g_460[3],&g_460[3],&g_43,&g_43,&g_460[3],&g_460[3]},{&g_460[3],&g_43,&g_43,&g_460[3],&g_210,&g_43,&g_583,&g_460[3],&g_460[5],&g_43},{&g_460[3],&g_460[5],&g_583,&g_43,&g_460[3],&g_460[3],&g_43,&g_583,&g_460[5],&g_460[3]},{&g_210,&g_43,&g_43,&g_460[3],&g_460[5],&g_583,&g_43,&g_460[3],&g_460[3],&g_43},{&g_460[3],&g_460[5],&g_43,&g_43,&g_460[5],&g_460[3],&g_583,&g_43,&g_210,&g_460[3]},{&g_460[5],&g_43,&g_43,&g_460[3],&g_460[3],&g_43,&g_43,&g_460[3],&g_460[3],&g_43},{&g_460[5],&g_460[5],&g_43,&g_43,&g_210,&g_460[3],&g_43,&g_583,&g_460[3],&g_460[3]},{&g_460[3],&g_43,&g_583,&g_460[3],&g_460[3],&g_583,&g_43,&g_460[3],&g_210,&g_43},{&g_210,&g_460[5],&g_43,&g_43,&g_460[3],&g_460[3],&g_43,&g_43,&g_460[3],&g_460[3]}};
    uint32_t * const *l_1074[6][1];
    int8_t l_1096 = (-8L);
    union U2 **l_1117 = &g_517[0][2][1];
    int32_t l_1133 = 0L;
    int32_t l_1135 = 0xB8D1CFDBL;
    int32_t l_1137 = 0xCD15DFADL;
    int32_t ****l_1267 = (void*)0;
    int16_t l_1324[6] = {0x9C37L,0L,0x9C37L,0x9C37L,0L,0x9C37L};
    uint64_t l_1331 = 1UL;
    uint32_t l_1335 = 18446744073709551615UL;
    int32_t l_1422 = 0x12755E48L;
    uint64_t *l_1443 = &g_676;
    int8_t l_1471 = 0x09L;
    struct S0 **l_1477 = &g_581[5][4];
    uint16_t l_1485 = 2UL;
    uint8_t l_1544 = 0xFDL;
    uint64_t l_1575 = 0x079B4FC9851AF2A7LL;
    const int32_t *l_1576 = &g_1577;
    int i, j;
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 1; j++)
            l_1074[i][j] = &l_1075[1][2];
    }
    for (g_2 = 21; (g_2 < 8); g_2 = safe_sub_func_int32_t_s_s(g_2, 8))
    { /* block id: 3 */
        uint32_t l_950 = 4294967288UL;
        uint32_t **l_970 = (void*)0;
        struct S0 l_988[9] = {{-5L,-6L,0UL,-1L,-3,18446744073709551607UL,0x3E4BF2C5B2984E3CLL,-1676,3UL},{-5L,-6L,0UL,-1L,-3,18446744073709551607UL,0x3E4BF2C5B2984E3CLL,-1676,3UL},{-5L,-6L,0UL,-1L,-3,18446744073709551607UL,0x3E4BF2C5B2984E3CLL,-1676,3UL},{-5L,-6L,0UL,-1L,-3,18446744073709551607UL,0x3E4BF2C5B2984E3CLL,-1676,3UL},{-5L,-6L,0UL,-1L,-3,18446744073709551607UL,0x3E4BF2C5B2984E3CLL,-1676,3UL},{-5L,-6L,0UL,-1L,-3,18446744073709551607UL,0x3E4BF2C5B2984E3CLL,-1676,3UL},{-5L,-6L,0UL,-1L,-3,18446744073709551607UL,0x3E4BF2C5B2984E3CLL,-1676,3UL},{-5L,-6L,0UL,-1L,-3,18446744073709551607UL,0x3E4BF2C5B2984E3CLL,-1676,3UL},{-5L,-6L,0UL,-1L,-3,18446744073709551607UL,0x3E4BF2C5B2984E3CLL,-1676,3UL}};
        int32_t *l_1023 = &g_723;
        int32_t l_1049[5][7];
        uint16_t l_1051 = 65527UL;
        int8_t l_1076[5];
        union U2 l_1077[1] = {{6UL}};
        int i, j;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 7; j++)
                l_1049[i][j] = (-1L);
        }
        for (i = 0; i < 5; i++)
            l_1076[i] = 0x84L;
        for (g_6 = 4; (g_6 >= 1); g_6 -= 1)
        { /* block id: 6 */
            int32_t l_18 = 0x9C8C74C3L;
            struct S0 l_24 = {0x78L,0L,18446744073709551615UL,0xE85C68AB8AC29BA1LL,-2,18446744073709551606UL,0x0A82B5DFEB077CB1LL,-3261,3UL};
            union U2 ***l_1019[1][5][5] = {{{&g_859,&g_859,&g_859,&g_859,&g_859},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_859,&g_859,&g_859,&g_859,&g_859},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_859,&g_859,&g_859,&g_859,&g_859}}};
            const uint64_t l_1044 = 18446744073709551615UL;
            int32_t l_1050 = 0L;
            int64_t *l_1066 = (void*)0;
            int64_t **l_1065 = &l_1066;
            int i, j, k;
        }
        if ((*l_1023))
            continue;
    }
    for (l_574.f1 = 16; (l_574.f1 >= 7); l_574.f1 = safe_sub_func_int16_t_s_s(l_574.f1, 8))
    { /* block id: 542 */
        const int32_t *l_1080 = &g_2;
        union U2 **l_1118 = &g_517[0][3][1];
        int32_t l_1139 = 0x4DA28ED8L;
        int32_t l_1141 = 0xDD3AEC2CL;
        int16_t l_1198 = 0xC863L;
        int32_t l_1281 = 0x2C103BA4L;
        int8_t *l_1289 = &g_53.f0;
        uint8_t l_1332 = 0x8FL;
        for (g_126.f3 = 0; (g_126.f3 <= 3); g_126.f3 += 1)
        { /* block id: 545 */
            struct S0 *l_1089 = &g_53;
            uint8_t l_1121[6] = {0xDDL,0xDDL,0xDDL,0xDDL,0xDDL,0xDDL};
            int32_t l_1132 = 0L;
            int32_t l_1138 = 0xDE1DBD91L;
            int32_t l_1140 = 0xCDD64075L;
            int32_t l_1143[9][9] = {{0xD4C8EC5CL,1L,0x35D8577BL,7L,0x94CABA8BL,0x94CABA8BL,7L,0x35D8577BL,1L},{0x9D9090C2L,0x35D8577BL,0L,(-10L),0x94CABA8BL,0L,0xD4C8EC5CL,1L,0x35D8577BL},{(-7L),0L,0L,7L,0L,0xFBD6DC79L,(-10L),0xFBD6DC79L,0L},{(-7L),0x35D8577BL,0x35D8577BL,(-7L),1L,0L,0x9D9090C2L,0xFBD6DC79L,0x35D8577BL},{0x9D9090C2L,1L,0x94CABA8BL,(-1L),0xE901156CL,0L,(-10L),1L,1L},{0xD4C8EC5CL,0xFBD6DC79L,1L,(-1L),1L,0xFBD6DC79L,0xD4C8EC5CL,0x35D8577BL,0xFBD6DC79L},{(-1L),0xFBD6DC79L,0x94CABA8BL,(-7L),0L,0L,7L,0L,0xFBD6DC79L},{0xD4C8EC5CL,1L,0x35D8577BL,7L,0x94CABA8BL,0x94CABA8BL,7L,0x35D8577BL,1L},{0x9D9090C2L,0x35D8577BL,0L,(-10L),0x94CABA8BL,0L,0xD4C8EC5CL,1L,0x35D8577BL}};
            int8_t ****l_1149 = (void*)0;
            int32_t l_1163 = 0x738B06A4L;
            int16_t *l_1175[10][3][7] = {{{&g_84,&g_720,(void*)0,&g_486,&g_995,(void*)0,(void*)0},{&g_486,&g_486,(void*)0,&g_995,&g_84,&g_720,&g_720},{&g_84,&g_84,&g_84,&g_720,(void*)0,&g_84,&g_486}},{{&g_84,(void*)0,&g_84,&g_720,&g_995,&g_84,&g_995},{&g_720,&g_995,(void*)0,(void*)0,&g_995,&g_720,&g_486},{&g_486,&g_486,&g_84,&g_995,&g_720,(void*)0,&g_84}},{{&g_720,&g_84,&g_84,&g_486,&g_486,&g_995,&g_486},{&g_84,&g_486,&g_84,&g_486,&g_486,&g_995,&g_84},{&g_720,&g_995,&g_486,&g_720,&g_486,&g_84,&g_486}},{{&g_720,(void*)0,&g_84,(void*)0,&g_486,&g_995,&g_486},{&g_84,&g_720,&g_995,&g_720,&g_84,&g_720,(void*)0},{&g_995,&g_720,&g_486,&g_720,&g_486,&g_995,&g_720}},{{&g_84,&g_84,(void*)0,&g_995,&g_84,&g_720,&g_486},{&g_995,&g_720,&g_720,(void*)0,&g_486,&g_486,&g_720},{&g_84,&g_84,&g_486,&g_84,&g_720,&g_84,&g_486}},{{&g_84,&g_486,(void*)0,&g_84,&g_995,&g_84,&g_995},{(void*)0,&g_720,&g_720,(void*)0,&g_486,&g_486,&g_84},{&g_720,(void*)0,&g_486,&g_995,&g_720,&g_720,&g_84}},{{&g_720,&g_486,&g_486,&g_720,&g_995,&g_720,&g_84},{&g_486,(void*)0,&g_486,&g_720,&g_84,(void*)0,&g_995},{(void*)0,&g_84,(void*)0,&g_995,&g_995,&g_84,&g_486}},{{&g_84,&g_84,(void*)0,&g_720,&g_720,&g_720,&g_720},{&g_486,&g_486,&g_486,&g_720,&g_995,&g_720,&g_486},{&g_486,&g_995,&g_486,&g_84,(void*)0,&g_720,&g_720}},{{(void*)0,&g_84,&g_486,&g_486,&g_84,&g_720,(void*)0},{(void*)0,&g_995,&g_720,&g_995,&g_486,&g_720,&g_486},{&g_720,&g_486,(void*)0,(void*)0,(void*)0,&g_84,&g_486}},{{&g_995,&g_486,&g_486,(void*)0,(void*)0,(void*)0,&g_486},{&g_995,&g_995,&g_720,&g_720,&g_84,&g_720,&g_84},{&g_720,&g_84,(void*)0,&g_84,&g_995,&g_720,&g_995}}};
            int16_t l_1193[7];
            int64_t l_1196 = (-1L);
            int32_t **** const l_1266 = &g_1253;
            uint32_t l_1273[5] = {0xAB7BB08DL,0xAB7BB08DL,0xAB7BB08DL,0xAB7BB08DL,0xAB7BB08DL};
            uint32_t l_1277 = 0x609F107AL;
            uint8_t l_1330 = 0x49L;
            int i, j, k;
            for (i = 0; i < 7; i++)
                l_1193[i] = 0L;
            for (g_53.f8 = 0; (g_53.f8 <= 3); g_53.f8 += 1)
            { /* block id: 548 */
                uint16_t *l_1084 = &g_30;
                uint32_t *l_1092 = &g_1054[2];
                uint32_t **l_1091 = &l_1092;
                uint32_t ***l_1093 = &l_1091;
                int32_t l_1094 = 0xF44783B1L;
                int32_t l_1134 = 1L;
                int i, j;
                g_1081 = l_1080;
                if (g_140[(g_53.f8 + 1)][g_53.f8])
                    continue;
                if ((safe_lshift_func_uint16_t_u_u(((*l_1084)--), (safe_mul_func_int8_t_s_s(((*g_125) , ((((l_1089 == (void*)0) < g_140[(g_126.f3 + 1)][g_53.f8]) && (((1L ^ (1L || (~((l_1094 ^= (g_140[g_53.f8][g_126.f3] & (((*l_1093) = l_1091) != &l_1075[1][2]))) & 0x4500CF18L)))) && (**g_652)) > g_6)) & (*l_985))), 251UL)))))
                { /* block id: 554 */
                    int8_t l_1095[3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_1095[i] = 0L;
                    for (g_720 = 0; (g_720 <= 4); g_720 += 1)
                    { /* block id: 557 */
                        if ((*g_1081))
                            break;
                        l_1095[2] = (*l_985);
                        g_1081 = &g_719;
                    }
                    if ((*g_1081))
                        continue;
                }
                else
                { /* block id: 563 */
                    const uint64_t l_1107 = 0x462273C569206559LL;
                    int32_t l_1123 = 0x1A756381L;
                    int32_t l_1136 = 0xFC3E3B26L;
                    struct S1 **l_1150 = &g_125;
                    int8_t ** const ***l_1159 = (void*)0;
                    for (g_724 = 0; (g_724 <= 3); g_724 += 1)
                    { /* block id: 566 */
                        if (l_1096)
                            break;
                        g_410 = l_985;
                    }
                    if ((*g_410))
                    { /* block id: 570 */
                        int64_t *l_1112 = &g_53.f1;
                        int32_t *l_1122 = &g_719;
                        g_1081 = &g_2;
                        (*l_985) = (((void*)0 != g_969) > ((((safe_add_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u((65534UL ^ (safe_rshift_func_int8_t_s_u(((*g_604) = (safe_add_func_int64_t_s_s((safe_mod_func_uint32_t_u_u((*g_73), (l_1107 , ((safe_sub_func_int32_t_s_s(l_1107, (safe_mul_func_uint16_t_u_u(((((**l_1067) = (*g_308)) != ((*l_1112) |= (*g_308))) && ((safe_div_func_int8_t_s_s((*g_280), 0xB7L)) != 1UL)), 0x430CL)))) , (*g_1081))))), (**g_652)))), g_863))), 6)), 1L)) || l_1107) ^ g_460[3]) >= 8UL));
                        (*l_1122) |= ((safe_add_func_int16_t_s_s(((l_1117 == (l_1118 = (*g_858))) , (((((((void*)0 == &g_308) <= 8L) || ((l_1094 , ((*g_410) = 0xD5BD0284L)) == ((safe_add_func_uint8_t_u_u((l_1107 != l_1121[5]), 0x17L)) , 0xD719608DL))) || g_2) < (-7L)) | g_2)), l_1107)) == 0x8C3EL);
                        return (*g_653);
                    }
                    else
                    { /* block id: 580 */
                        int32_t *l_1124 = &l_634.f2;
                        int32_t *l_1125 = &g_126.f2;
                        int32_t *l_1126 = (void*)0;
                        int32_t *l_1127 = (void*)0;
                        int32_t *l_1128 = (void*)0;
                        int32_t *l_1129 = &l_1123;
                        int32_t *l_1130 = &l_634.f2;
                        int32_t *l_1131[10][2][3] = {{{&l_1094,&l_634.f2,&g_2},{&l_1123,(void*)0,&l_1123}},{{(void*)0,(void*)0,&g_2},{&g_719,&g_719,&g_6}},{{&l_1094,(void*)0,&l_1094},{&g_6,(void*)0,&g_128.f2}},{{&l_1094,&l_634.f2,&l_1094},{&g_719,&g_6,&g_128.f2}},{{(void*)0,&l_1123,&l_1094},{&l_1123,&g_6,&g_6}},{{&l_1094,&l_634.f2,&g_2},{&l_1123,(void*)0,&l_1123}},{{(void*)0,(void*)0,&g_2},{&g_719,&g_719,&g_6}},{{&l_1094,(void*)0,&l_1094},{&l_1123,&g_719,(void*)0}},{{&g_2,&l_1123,&g_2},{&g_6,&l_1123,(void*)0}},{{&l_1094,(void*)0,&l_1094},{&g_128.f2,&l_1123,&l_1123}}};
                        int8_t ****l_1148 = &g_602;
                        int8_t *****l_1147 = &l_1148;
                        int i, j, k;
                        ++g_1144;
                        (*l_1130) = ((*l_1125) = (((*l_1147) = &g_602) == (l_1149 = l_1149)));
                    }
                    (*l_1150) = &g_126;
                    (*l_985) ^= (safe_lshift_func_uint16_t_u_s((safe_div_func_int8_t_s_s((l_1123 > (l_1121[3] | ((*l_1092) = (safe_rshift_func_uint8_t_u_s((((g_1157 = g_1157) != l_1159) <= (((void*)0 == (*g_903)) | (*g_653))), 1))))), (((((~l_1136) != (safe_mod_func_int16_t_s_s(g_675, g_688.f2))) , l_1123) , l_1163) && l_1123))), l_1134));
                }
            }
            if (g_140[g_126.f3][g_126.f3])
                break;
            if ((safe_lshift_func_uint8_t_u_s(((safe_lshift_func_int16_t_s_s(l_1143[1][3], ((*g_410) , (safe_mod_func_uint8_t_u_u((~g_688.f3), (l_1140 = (*l_985))))))) != (((g_720 = ((*l_985) | (safe_div_func_int64_t_s_s(((-1L) != (g_45 = 4294967287UL)), ((safe_mul_func_uint8_t_u_u(0x12L, g_140[g_126.f3][g_126.f3])) | (*l_985)))))) && 1L) != 246UL)), 6)))
            { /* block id: 597 */
                const uint32_t ***l_1176 = (void*)0;
                int32_t l_1185 = 0x0D92A43AL;
                int32_t *l_1192 = &l_1141;
                uint8_t *l_1194 = (void*)0;
                uint8_t *l_1195 = &g_76;
                uint32_t *l_1197 = &g_688.f8;
                int32_t *l_1199 = &l_1140;
                int8_t l_1207 = 0x8FL;
                uint8_t l_1251 = 0x64L;
                int i, j;
                (*l_1199) &= ((*l_992) , (((g_140[(g_126.f3 + 1)][(g_126.f3 + 1)] = (((void*)0 != l_1176) >= g_140[g_126.f3][g_126.f3])) <= ((((*l_1197) = (safe_add_func_uint8_t_u_u(((*l_1195) = ((*g_280) , ((safe_sub_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s(((((safe_mod_func_int16_t_s_s(0x6AA7L, (l_1185 |= (*l_985)))) != ((++g_210) && (((*l_1192) ^= (safe_sub_func_int64_t_s_s(3L, ((*l_1068) = (*g_308))))) != l_1132))) ^ (**g_652)) > 0x6A2DL), l_1193[0])), 0x06BEL)) && (*l_985)))), l_1196))) , l_1143[4][1]) && g_126.f1)) , l_1198));
                for (g_450 = 4; (g_450 >= 0); g_450 -= 1)
                { /* block id: 608 */
                    int64_t l_1201 = 0x3C0E39696F22DF9FLL;
                    int32_t l_1202 = (-1L);
                    int32_t l_1203 = 0x041FCF33L;
                    int32_t l_1204 = 0L;
                    int32_t l_1205 = 0x2605AFA9L;
                    int32_t l_1206 = 0xB8A57477L;
                    int32_t **l_1212 = (void*)0;
                    int32_t **l_1213 = (void*)0;
                    int32_t **l_1214 = (void*)0;
                    int32_t **l_1215 = (void*)0;
                    int32_t **l_1216 = &g_410;
                    int32_t l_1250 = 0x67983FE4L;
                    for (l_1198 = 1; (l_1198 >= 0); l_1198 -= 1)
                    { /* block id: 611 */
                        int32_t *l_1200[10][10][2] = {{{&l_1139,&l_1138},{(void*)0,(void*)0},{&l_1141,&g_128.f2},{&l_1143[1][0],&l_1143[1][0]},{&g_126.f2,(void*)0},{&l_1138,(void*)0},{&l_1143[1][0],&l_1141},{(void*)0,&l_1143[1][0]},{&l_1143[1][0],(void*)0},{&l_1143[1][0],&l_1143[1][0]}},{{(void*)0,&l_1141},{&l_1143[1][0],(void*)0},{&l_1138,(void*)0},{&g_126.f2,&l_1143[1][0]},{&l_1143[1][0],&g_128.f2},{&l_1141,(void*)0},{(void*)0,&l_1138},{&l_1139,&l_1139},{(void*)0,&l_1139},{&l_1139,&l_1138}},{{(void*)0,(void*)0},{&l_1141,&g_128.f2},{&l_1143[1][0],&l_1143[1][0]},{&g_126.f2,(void*)0},{&l_1138,(void*)0},{&l_1143[1][0],&l_1141},{(void*)0,&l_1143[1][0]},{&l_1143[1][0],(void*)0},{&l_1143[1][0],&l_1143[1][0]},{(void*)0,&l_1141}},{{&l_1143[1][0],(void*)0},{&l_1138,(void*)0},{&g_126.f2,&l_1143[1][0]},{&l_1143[1][0],&g_128.f2},{&l_1141,(void*)0},{(void*)0,&l_1138},{&l_1139,&l_1139},{(void*)0,&l_1139},{&l_1139,&l_1138},{(void*)0,(void*)0}},{{&l_1141,&g_128.f2},{&l_1143[1][0],&l_1143[1][0]},{&g_126.f2,(void*)0},{&l_1138,(void*)0},{&l_1143[1][0],&l_1141},{(void*)0,&l_1143[1][0]},{&l_1143[1][0],(void*)0},{&l_1143[1][0],&l_1143[1][0]},{(void*)0,&l_1141},{&l_1143[1][0],(void*)0}},{{&l_1138,(void*)0},{&g_126.f2,&l_1143[1][0]},{&l_1143[1][0],&g_128.f2},{&l_1141,(void*)0},{(void*)0,&l_1138},{&l_1139,&l_1139},{(void*)0,&l_1139},{&l_1139,&l_1138},{(void*)0,(void*)0},{&l_1141,&g_128.f2}},{{&l_1143[1][0],&l_1143[1][0]},{&g_126.f2,(void*)0},{&l_1138,(void*)0},{&l_1143[1][0],&l_1141},{(void*)0,&l_1143[1][0]},{&l_1143[1][0],(void*)0},{&l_1143[1][0],&l_1143[1][0]},{(void*)0,&l_1141},{&l_1143[1][0],(void*)0},{&l_1138,(void*)0}},{{&g_126.f2,&l_1143[1][0]},{&l_1143[1][0],&g_128.f2},{&l_1141,(void*)0},{(void*)0,&l_1138},{&l_1139,&l_1139},{(void*)0,&l_1139},{&l_1139,&l_1138},{(void*)0,(void*)0},{&l_1141,&g_128.f2},{&l_1143[1][0],&l_1143[1][0]}},{{&g_126.f2,(void*)0},{&l_1138,(void*)0},{&l_1143[1][0],&l_1141},{(void*)0,&l_1143[1][0]},{&l_1143[1][0],(void*)0},{&l_1143[1][0],&l_1143[1][0]},{(void*)0,&l_1141},{&l_1143[1][0],&g_128.f2},{&g_126.f2,&l_1139},{&l_1141,&l_1143[1][0]}},{{&l_1143[1][0],&l_1143[1][0]},{&l_1138,(void*)0},{&l_1135,&g_126.f2},{&l_1141,(void*)0},{&g_128.f2,(void*)0},{&l_1141,&g_126.f2},{&l_1135,(void*)0},{&l_1138,&l_1143[1][0]},{&l_1143[1][0],&l_1143[1][0]},{&l_1141,&l_1139}}};
                        int i, j, k;
                        if (g_484[l_1198])
                            break;
                        g_1209[5][0][2]--;
                        if ((*l_985))
                            break;
                        if (l_1204)
                            continue;
                    }
                    (*l_1216) = &l_1133;
                    for (g_53.f5 = 0; (g_53.f5 <= 1); g_53.f5 += 1)
                    { /* block id: 620 */
                        uint8_t l_1241[1];
                        int i, j;
                        for (i = 0; i < 1; i++)
                            l_1241[i] = 0x8CL;
                        if ((*g_1081))
                            break;
                        if ((*l_1080))
                            break;
                        (*l_985) = (safe_div_func_uint8_t_u_u(((((((((*l_1192) ^= (safe_add_func_int16_t_s_s(((safe_div_func_uint64_t_u_u((safe_rshift_func_int16_t_s_u((g_720 = (safe_mod_func_int8_t_s_s(((((*g_308) && (l_5[(g_450 + 4)][(g_53.f5 + 2)] |= (safe_add_func_uint8_t_u_u(0x4EL, ((((*g_410) ^= 0L) && (safe_rshift_func_int16_t_s_s((((***g_602) <= (safe_sub_func_uint32_t_u_u(((safe_sub_func_int64_t_s_s((0x27EA2CF6AD791965LL || ((safe_lshift_func_uint16_t_u_s(l_1241[0], ((safe_add_func_uint64_t_u_u(((*g_653) || ((safe_sub_func_int16_t_s_s(g_53.f6, (safe_mod_func_int64_t_s_s(0x17388A31B82E4001LL, (**g_652))))) > (*l_985))), 0xEED42A51F7D1CB98LL)) ^ (*l_1199)))) < (*g_44))), (*l_1080))) < 0UL), 0x1734B5FDL))) & l_1140), 6))) | (*g_73)))))) , (**g_652)) && 0xB561E01939CAEA85LL), g_128.f1))), g_863)), (*l_985))) , 1L), 0UL))) && (*g_604)) > (*g_308)) < 0UL) || 0x02L) ^ l_1250) ^ 0xC4FB92AD0E43FF7BLL), (***g_602)));
                        return (**g_652);
                    }
                    if (l_1251)
                        continue;
                }
                if (l_1143[1][1])
                    continue;
            }
            else
            { /* block id: 633 */
                int32_t ****l_1254 = &g_1253;
                struct S1 l_1259 = {0xA0L,0x83AE2D5AL,0xD0F38C9BL,0x84L};
                int32_t *****l_1268 = &l_1254;
                int32_t *****l_1269 = (void*)0;
                int32_t *****l_1270 = &g_1252;
                uint8_t *l_1280 = &l_634.f3;
                uint32_t l_1294 = 0UL;
                struct S0 l_1300 = {1L,0x519E94F7771CE91ALL,0xF6AB1A25EA72C145LL,-2L,5,1UL,0x56037C094A521FAELL,2184,0xD0671E4CL};
                l_1254 = g_1252;
                if ((((safe_rshift_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u((l_1259 , ((safe_add_func_int8_t_s_s((((safe_mul_func_int8_t_s_s(((l_1266 != ((*l_1270) = ((*l_1268) = l_1267))) > 0L), ((*l_1280) = ((((safe_mod_func_uint32_t_u_u((((l_1273[1] < 0x0CL) || (*l_985)) < (safe_add_func_uint8_t_u_u(0x71L, (!(--l_1277))))), 0x39B411A7L)) == 0x22L) && 0UL) && 1UL)))) , 0xF6L) || g_484[1]), g_676)) & 0UL)), 4)), l_1281)) != 1L) , (*g_410)))
                { /* block id: 639 */
                    int32_t *l_1291 = (void*)0;
                    for (g_720 = 0; (g_720 <= 1); g_720 += 1)
                    { /* block id: 642 */
                        uint64_t l_1286 = 18446744073709551615UL;
                        int32_t *l_1290 = &g_719;
                        int i;
                        if (g_484[g_720])
                            break;
                        (*g_410) = (((((safe_mod_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u(l_1286, (-3L))), ((*g_1081) || 0xF8460CF6L))) ^ (*g_1081)) ^ l_1286) && ((-1L) == 4L)) > ((safe_mul_func_int8_t_s_s(((&l_1096 == l_1289) , (*g_280)), g_487)) , (*g_604)));
                        l_1291 = l_1290;
                    }
                }
                else
                { /* block id: 647 */
                    int32_t *l_1292 = (void*)0;
                    int32_t *l_1293[2][8][5] = {{{(void*)0,&l_1143[2][4],&g_128.f2,&l_634.f2,&g_126.f2},{&l_1143[1][0],&l_1133,&g_719,(void*)0,&l_1138},{&l_1140,&l_1143[2][4],&l_1140,&l_634.f2,&l_1138},{&l_1143[1][0],&l_1138,&g_719,&g_719,&l_1138},{(void*)0,&l_1143[2][4],&g_128.f2,&l_634.f2,&g_126.f2},{&l_1143[1][0],&l_1133,&g_719,(void*)0,&l_1138},{&l_1140,&l_1143[2][4],&l_1140,&l_634.f2,&l_1138},{&l_1143[1][0],&l_1138,&g_719,&g_719,&l_1138}},{{(void*)0,&l_1143[2][4],&g_128.f2,&l_634.f2,&g_126.f2},{&l_1143[1][0],&l_1133,&g_719,(void*)0,&l_1138},{&l_1140,&l_1143[2][4],&l_1140,&l_634.f2,&l_1138},{&l_1143[1][0],&l_1138,&g_719,&g_719,&l_1138},{(void*)0,&l_1143[2][4],&g_128.f2,&l_634.f2,&g_126.f2},{&l_1143[1][0],&l_1133,&g_719,(void*)0,&l_1138},{&l_1140,&l_1143[2][4],&l_1140,&l_634.f2,&l_1138},{&l_1143[1][0],&l_1138,&g_719,&g_719,&l_1138}}};
                    union U2 l_1297 = {65528UL};
                    int32_t **l_1334 = &l_985;
                    int i, j, k;
                    --l_1294;
                    for (g_126.f2 = 0; (g_126.f2 <= 3); g_126.f2 += 1)
                    { /* block id: 651 */
                        (*l_985) &= (l_1297 , (safe_mul_func_uint8_t_u_u((((l_1300 , (*l_992)) , (*g_73)) , g_688.f6), (*l_1080))));
                    }
                    for (g_688.f3 = 0; (g_688.f3 <= 3); g_688.f3 += 1)
                    { /* block id: 656 */
                        uint16_t l_1303[9][7][4] = {{{0x8B3EL,1UL,65535UL,0x227DL},{0x108EL,0x275AL,5UL,1UL},{0x4B16L,1UL,5UL,0x5554L},{0x108EL,0x7514L,65535UL,0xC2EEL},{0x8B3EL,0xC30AL,0xFE91L,65535UL},{0xFE91L,65535UL,5UL,65535UL},{5UL,0xC30AL,0x626EL,0xC2EEL}},{{0UL,0x7514L,0xA0FDL,0x5554L},{0x626EL,1UL,65535UL,1UL},{0x626EL,0x275AL,0xA0FDL,0x227DL},{0UL,1UL,0x626EL,0x7514L},{5UL,65527UL,5UL,0x275AL},{0xFE91L,65527UL,0xFE91L,0x7514L},{0x8B3EL,1UL,65535UL,0x227DL}},{{0x108EL,0x275AL,5UL,1UL},{0x4B16L,1UL,5UL,0x5554L},{0x108EL,0x7514L,65535UL,0xC2EEL},{0x8B3EL,0xC30AL,0xFE91L,65535UL},{0xFE91L,65535UL,5UL,65535UL},{5UL,0xC30AL,0x626EL,0xC2EEL},{0UL,0x7514L,0xA0FDL,0x5554L}},{{0x626EL,1UL,5UL,1UL},{0xA0FDL,65535UL,0x8B3EL,0x7514L},{0xFE91L,1UL,0xA0FDL,0xC30AL},{0x4B16L,0x227DL,0UL,65535UL},{65535UL,0x227DL,65535UL,0xC30AL},{0x108EL,1UL,5UL,0x7514L},{0xFE8EL,65535UL,0x4B16L,1UL}},{{0x626EL,0x5554L,0x4B16L,0x275AL},{0xFE8EL,0xC30AL,5UL,1UL},{0x108EL,0xCE84L,65535UL,65527UL},{65535UL,65527UL,0UL,65527UL},{0x4B16L,0xCE84L,0xA0FDL,1UL},{0xFE91L,0xC30AL,0x8B3EL,0x275AL},{0xA0FDL,0x5554L,5UL,1UL}},{{0xA0FDL,65535UL,0x8B3EL,0x7514L},{0xFE91L,1UL,0xA0FDL,0xC30AL},{0x4B16L,0x227DL,0UL,65535UL},{65535UL,0x227DL,65535UL,0xC30AL},{0x108EL,1UL,5UL,0x7514L},{0xFE8EL,65535UL,0x4B16L,1UL},{0x626EL,0x5554L,0x4B16L,0x275AL}},{{0xFE8EL,0xC30AL,5UL,1UL},{0x108EL,0xCE84L,65535UL,65527UL},{65535UL,65527UL,0UL,65527UL},{0x4B16L,0xCE84L,0xA0FDL,1UL},{0xFE91L,0xC30AL,0x8B3EL,0x275AL},{0xA0FDL,0x5554L,5UL,1UL},{0xA0FDL,65535UL,0x8B3EL,0x7514L}},{{0xFE91L,1UL,0xA0FDL,0xC30AL},{0x4B16L,0x227DL,0UL,65535UL},{65535UL,0x227DL,65535UL,0xC30AL},{0x108EL,1UL,5UL,0x7514L},{0xFE8EL,65535UL,0x4B16L,1UL},{0x626EL,0x5554L,0x4B16L,0x275AL},{0xFE8EL,0xC30AL,5UL,1UL}},{{0x108EL,0xCE84L,65535UL,65527UL},{65535UL,65527UL,0UL,65527UL},{0x4B16L,0xCE84L,0xA0FDL,1UL},{0xFE91L,0xC30AL,0x8B3EL,0x275AL},{0xA0FDL,0x5554L,5UL,1UL},{0xA0FDL,65535UL,0x8B3EL,0x7514L},{0xFE91L,1UL,0xA0FDL,0xC30AL}}};
                        int32_t **l_1308[10][9] = {{&l_1292,(void*)0,&l_1293[1][2][4],&l_1292,&g_410,&g_410,&g_410,&l_1292,&l_1293[1][2][4]},{&l_1293[0][4][3],&l_1293[0][4][3],(void*)0,(void*)0,&g_410,&l_1293[1][6][4],&l_1293[1][4][1],&l_1293[1][6][4],&g_410},{&l_1292,(void*)0,&g_410,(void*)0,&l_1293[1][5][1],&l_1293[0][4][3],&l_985,&l_985,&l_1292},{(void*)0,(void*)0,&l_1293[0][4][3],&l_1293[0][4][3],(void*)0,(void*)0,&g_410,&l_1293[1][6][4],&l_1293[1][4][1]},{&g_410,&g_410,&l_1293[1][5][1],(void*)0,&l_985,&l_985,(void*)0,&l_1293[0][4][3],&l_1292},{&l_1293[1][4][1],&l_1293[0][4][3],&l_1293[0][4][3],&g_410,&g_410,&g_410,&g_410,&l_1293[0][4][3],&l_1293[0][4][3]},{&l_985,&l_1293[0][4][3],&l_1293[1][2][4],(void*)0,&l_985,&l_1293[0][4][3],&l_1292,&g_410,&l_1292},{&g_410,&g_410,&g_410,&l_1293[1][5][1],&g_410,&l_1293[1][4][1],(void*)0,(void*)0,&l_1293[1][4][1]},{&l_1293[1][2][4],&l_1293[0][4][3],&l_985,&l_1293[0][4][3],&l_1293[1][2][4],(void*)0,&l_985,&l_1293[0][4][3],&l_1292},{&l_1293[0][4][3],&l_1293[0][4][3],&l_1293[1][4][1],&l_1293[1][5][1],&l_1293[1][4][1],&l_1293[0][4][3],&l_1293[0][4][3],&g_410,&g_410}};
                        int32_t *l_1309 = &g_31[2][2];
                        uint8_t *l_1313 = &g_76;
                        int i, j, k;
                        l_1139 ^= ((safe_lshift_func_uint8_t_u_u(g_126.f2, 6)) ^ (((l_1303[7][4][3] &= 0L) > (safe_mod_func_int16_t_s_s((g_995 &= (g_53.f2 || (((*l_1309) = (g_482[g_688.f3] |= ((*g_1253) == (l_1308[7][8] = (*g_1253))))) , ((*l_1313) = ((l_1193[0] | ((*l_1280) ^= ((void*)0 == &g_1158))) <= ((!(safe_mul_func_uint16_t_u_u((((func_32((((*g_73) && (*g_410)) >= g_402)) , &g_723) == l_1293[1][5][2]) , 65535UL), g_583))) >= 0x9B5AFE9A8C3E9B64LL)))))), 0x9D02L))) != 0x8BBC8F8EF3102024LL));
                        l_1332 |= ((safe_mod_func_uint32_t_u_u(0x355F3A2AL, (safe_lshift_func_uint16_t_u_s((safe_lshift_func_uint8_t_u_s(((safe_rshift_func_uint8_t_u_s(((g_6 |= (safe_mul_func_int8_t_s_s((l_1324[5] | (**g_652)), (*l_985)))) <= (+(l_1330 = (((((*l_1280) = (g_80[0] ^= (safe_lshift_func_int8_t_s_s((safe_mod_func_int32_t_s_s((*g_1081), (*l_1080))), (((1L == ((**l_1266) == (*g_1253))) < 7L) != (*g_410)))))) || 0xCCL) || (*g_604)) <= g_126.f1)))), 6)) >= (**g_652)), (*g_604))), l_1331)))) , (*g_410));
                        if ((*g_1081))
                            continue;
                    }
                    (*l_1334) = g_1333;
                }
            }
            if (l_1335)
                break;
        }
    }
    if (((*g_1081) == (safe_mod_func_int16_t_s_s(g_460[0], g_688.f7))))
    { /* block id: 678 */
        uint16_t l_1358[2][6][8] = {{{0x1BA6L,0x5381L,0x5EFAL,0x2ACAL,0x25F9L,0x2ACAL,0x5EFAL,0x5381L},{0x026BL,0x638BL,0xE421L,0x2ACAL,2UL,0x1E40L,0UL,7UL},{0UL,7UL,2UL,65535UL,0x026BL,0x5381L,0UL,0xF0F2L},{0x5EFAL,65535UL,0xE421L,0x1E40L,0xE421L,65535UL,0x5EFAL,3UL},{0xE421L,65535UL,0x5EFAL,3UL,0x5E8BL,0x5381L,0x25F9L,0x638BL},{2UL,7UL,0UL,1UL,0x5E8BL,0x1E40L,0x1BA6L,0x1E40L}},{{0xE421L,0x638BL,0x026BL,0x638BL,0xE421L,0x2ACAL,2UL,0x1E40L},{0x5EFAL,0x5381L,0x1BA6L,1UL,0x026BL,0xF0F2L,0x5E8BL,0x638BL},{0UL,0x2ACAL,0x1BA6L,3UL,2UL,0x6AC4L,2UL,3UL},{0x026BL,0x037CL,0x026BL,0x1E40L,0x25F9L,0x6AC4L,0x1BA6L,0xF0F2L},{0x1BA6L,0x2ACAL,0UL,65535UL,0x5C9DL,0xF0F2L,0x25F9L,7UL},{0x1BA6L,0x5381L,0x5EFAL,0x2ACAL,0x25F9L,0x2ACAL,0x5EFAL,0x5381L}}};
        int32_t l_1370 = 1L;
        uint32_t l_1421 = 0xDA3FE2EDL;
        int32_t **l_1488[2][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
        uint32_t *l_1497 = &g_1054[5];
        int i, j, k;
        (*l_992) = (*l_992);
        for (g_719 = (-28); (g_719 > (-24)); g_719 = safe_add_func_uint16_t_u_u(g_719, 3))
        { /* block id: 682 */
            const int32_t l_1356 = 1L;
            int32_t l_1359 = 0x9803C770L;
            const int32_t **l_1395 = &g_1081;
            int8_t l_1418[8] = {0xECL,0xECL,0xECL,0xECL,0xECL,0xECL,0xECL,0xECL};
            int32_t l_1425[4];
            int32_t l_1429 = 5L;
            int32_t l_1430 = 4L;
            int64_t ***l_1480 = &l_1067;
            struct S0 l_1482 = {6L,0L,18446744073709551615UL,1L,8,4UL,0xB4DAA6A05B376878LL,2180,0xB9D1AE82L};
            int8_t l_1484[3];
            int i;
            for (i = 0; i < 4; i++)
                l_1425[i] = (-10L);
            for (i = 0; i < 3; i++)
                l_1484[i] = 0x87L;
            for (g_995 = 0; (g_995 <= 4); g_995 += 1)
            { /* block id: 685 */
                uint64_t *l_1349 = &g_146;
                int32_t l_1357 = 4L;
                int16_t l_1398 = (-1L);
                const union U2 *l_1402 = &g_1403;
                struct S0 l_1406 = {0x93L,0L,0x5653C68EADC2573DLL,0x04B40F9B174CEEDELL,10,1UL,18446744073709551614UL,-2630,1UL};
                int32_t l_1432 = 0xA02F589AL;
                int32_t l_1433 = 0xE08F4A4FL;
                int32_t *l_1449 = &l_1433;
                struct S0 **l_1476[4] = {&g_581[1][3],&g_581[1][3],&g_581[1][3],&g_581[1][3]};
                int32_t *l_1483[9][9] = {{&g_128.f2,&l_1370,&g_128.f2,(void*)0,&l_634.f2,&l_1357,&l_1359,&l_1359,&l_1357},{&l_1359,&l_1370,(void*)0,&l_1370,&l_1359,&l_1357,(void*)0,&g_719,&g_719},{&l_1370,(void*)0,&l_1359,&g_719,&l_1359,(void*)0,&l_1370,&g_2,&l_1357},{&g_128.f2,&l_1357,&l_1370,&l_1357,&g_2,&l_1357,&l_1370,&l_1357,&g_128.f2},{(void*)0,&l_1357,&g_128.f2,&g_2,(void*)0,&l_1359,(void*)0,&g_2,&g_128.f2},{(void*)0,(void*)0,(void*)0,(void*)0,&l_1357,&g_719,&g_128.f2,&g_719,&l_1357},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&l_1357,&g_719,&g_128.f2,&g_719},{&g_128.f2,&l_1357,(void*)0,(void*)0,&l_1357,&g_128.f2,&g_2,(void*)0,&l_1359},{&l_1370,&l_1357,&g_128.f2,(void*)0,(void*)0,&g_128.f2,&l_1357,&l_1370,&l_1357}};
                int i, j;
            }
        }
lbl_1532:
        l_985 = &l_1370;
        for (g_1431 = (-19); (g_1431 <= 22); g_1431 = safe_add_func_uint8_t_u_u(g_1431, 6))
        { /* block id: 754 */
            struct S0 l_1493 = {1L,0xEB65D7AC2EFB125ELL,9UL,0x56958CDAAE2819A2LL,-0,1UL,1UL,1716,18446744073709551612UL};
            const uint32_t *l_1498 = &g_460[6];
            struct S1 l_1521 = {0x9BL,0x531CCE49L,0L,0UL};
            int32_t l_1525 = 0xACF916F7L;
            int32_t l_1527 = 0xE371685FL;
            int32_t *l_1533 = &g_6;
            int32_t *l_1545 = &g_402;
            for (g_1434 = (-23); (g_1434 == 8); g_1434++)
            { /* block id: 757 */
                struct S1 * const l_1518 = &g_126;
                int32_t l_1520 = 0x888083EBL;
                const uint32_t l_1531 = 18446744073709551613UL;
                if ((*g_1081))
                    break;
                if ((g_1144 > (**g_603)))
                { /* block id: 759 */
                    uint8_t l_1515 = 254UL;
                    uint16_t *l_1519 = &g_150.f1;
                    int32_t l_1522 = 0xBCFDF30FL;
                    int32_t l_1523 = (-1L);
                    int32_t l_1526 = (-4L);
                    for (g_486 = 1; (g_486 >= 0); g_486 -= 1)
                    { /* block id: 762 */
                        l_1493 = ((*l_992) = l_1493);
                    }
                    if (((safe_mod_func_uint8_t_u_u((g_1434 <= ((((*g_73) >= ((((((safe_unary_minus_func_uint8_t_u((l_1497 == l_1498))) > ((safe_add_func_uint16_t_u_u(((*l_1519) = ((safe_mul_func_int8_t_s_s(((**g_603) = l_1493.f2), (safe_add_func_int16_t_s_s(((((safe_rshift_func_int8_t_s_u((safe_add_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((l_1515 != 0x5426L) || ((**l_1067) = ((safe_lshift_func_int8_t_s_s((g_688.f4 < l_1515), 1)) , l_1515))), 247UL)), (*g_280))), 0x9BB8D3C90DEE64E2LL)), g_150.f0)), 7)) & l_1515) , (void*)0) == l_1518), g_80[0])))) == 1L)), g_146)) == (*l_985))) > 0x4FB64662DCEF938FLL) > l_1520) , l_1521) , (*l_985))) || g_401) <= 0x9AL)), (-1L))) ^ (-9L)))
                    { /* block id: 769 */
                        int16_t l_1524 = 0x51AAL;
                        g_1528--;
                        return l_1531;
                    }
                    else
                    { /* block id: 772 */
                        if (l_1521.f0)
                            goto lbl_1532;
                        l_1533 = &l_1520;
                    }
                    for (g_450 = 0; (g_450 <= 23); g_450 = safe_add_func_uint16_t_u_u(g_450, 1))
                    { /* block id: 778 */
                        return (*g_653);
                    }
                    return l_1520;
                }
                else
                { /* block id: 782 */
                    int64_t l_1536 = 0xE9EA98D99E974469LL;
                    (*g_1333) ^= l_1536;
                }
            }
            (*g_1333) = (!((((&g_476 == &g_1458) || ((*l_1497) = ((safe_unary_minus_func_int8_t_s(((safe_rshift_func_int16_t_s_s((safe_sub_func_int32_t_s_s(((g_404 , ((*l_1545) = ((safe_unary_minus_func_uint64_t_u(((func_25(g_688.f5, (*g_653)) , ((((*l_1533) > ((*l_1533) < 0x8B79L)) == g_80[0]) , g_482[0])) , (*g_653)))) , l_1544))) , 0x51F90E7CL), 0xED704B51L)), 12)) <= 0xF8C97FE8FAA559E7LL))) > (*l_1533)))) == g_1209[5][0][2]) && (*g_44)));
        }
    }
    else
    { /* block id: 790 */
        int64_t l_1550 = 0x62842A15550E8488LL;
        struct S0 l_1555 = {0xC6L,-7L,0x9E9027A8566FBFE2LL,2L,2,18446744073709551609UL,18446744073709551609UL,3623,0xFFF78DAEL};
        int16_t l_1562 = 0xBBF8L;
        uint32_t l_1563 = 0x8FED343CL;
        uint32_t l_1564 = 4294967295UL;
        int32_t *l_1565[10][1][7] = {{{&l_634.f2,&l_634.f2,(void*)0,&l_634.f2,&g_2,&l_1137,&g_2}},{{&l_634.f2,(void*)0,(void*)0,&l_634.f2,(void*)0,&l_1137,&g_2}},{{&g_2,&l_634.f2,(void*)0,&g_2,&g_2,&l_1137,(void*)0}},{{&l_634.f2,&l_634.f2,(void*)0,&l_634.f2,&g_2,&l_1137,&g_2}},{{&l_634.f2,(void*)0,(void*)0,&l_634.f2,(void*)0,&l_1137,&g_2}},{{&g_2,&l_634.f2,(void*)0,&g_2,&g_2,&l_1137,(void*)0}},{{&l_634.f2,&l_634.f2,(void*)0,&l_634.f2,&g_2,&l_1137,&g_2}},{{&l_634.f2,(void*)0,(void*)0,&l_634.f2,(void*)0,&l_1137,&g_2}},{{&g_2,&l_634.f2,(void*)0,&g_2,&g_2,&l_1137,(void*)0}},{{&l_634.f2,&l_634.f2,(void*)0,&l_634.f2,&g_2,&l_1137,&g_2}}};
        uint8_t l_1566[4];
        int16_t *l_1578 = (void*)0;
        int16_t *l_1579 = (void*)0;
        int16_t *l_1580[2];
        const int64_t l_1581 = 0xF8FB19623DF90E1BLL;
        struct S0 l_1582 = {0x62L,0x197FE4777ADAD502LL,18446744073709551615UL,-1L,8,3UL,1UL,4166,9UL};
        struct S0 *l_1583 = (void*)0;
        uint32_t *l_1584 = &l_1582.f8;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_1566[i] = 0xB9L;
        for (i = 0; i < 2; i++)
            l_1580[i] = &g_1457;
        l_1422 |= (l_1555.f7 = (safe_mul_func_int8_t_s_s((safe_sub_func_int64_t_s_s((g_675 <= (l_1550 || (0L <= (safe_lshift_func_uint16_t_u_u((safe_add_func_uint32_t_u_u((l_1555 , ((safe_mod_func_uint8_t_u_u((l_1555.f4 || ((**g_603) &= (safe_mod_func_int16_t_s_s((((*g_1333) = (255UL && ((((safe_lshift_func_int8_t_s_u((((l_1555.f7 && l_1555.f7) ^ ((&l_1117 == (void*)0) == l_1555.f7)) <= (*l_985)), g_53.f3)) != l_1555.f8) && 0L) < g_995))) != 0x28EF480BL), 0x7175L)))), 1L)) >= l_1562)), l_1555.f3)), g_150.f0))))), l_1563)), l_1564)));
        (*l_992) = l_1555;
        --l_1566[3];
        (*g_410) = ((&l_1335 != ((((((**g_652) > ((((l_1582 = ((safe_add_func_int8_t_s_s((*g_280), (((safe_lshift_func_int8_t_s_s(((***g_602) = (((g_84 |= ((((((((g_128.f2 , l_1565[1][0][6]) != ((safe_sub_func_uint8_t_u_u(1UL, l_1575)) , (l_1576 = &g_6))) != 0x14C9L) > g_53.f8) , 0x79L) != g_140[0][2]) , &g_486) != (void*)0)) > g_487) & (*l_985))), 2)) , (*g_308)) != l_1581))) , l_1582)) , (void*)0) != l_1583) >= 0xFCL)) <= g_688.f5) , 0x05L) | g_126.f1) , l_1584)) != (*g_73));
    }
    return (**g_652);
}


/* ------------------------------------------ */
/* 
 * reads : g_410 g_126.f2 g_604 g_403
 * writes: g_126.f2
 */
static int8_t  func_10(int16_t  p_11, struct S1  p_12)
{ /* block id: 331 */
    uint16_t l_635 = 4UL;
    struct S0 *l_636 = &g_53;
    const struct S1 l_651 = {0x78L,4294967295UL,0x490596F0L,0x60L};
    int32_t l_671 = 0x2E78BC95L;
    int32_t l_672 = 0xF7737FADL;
    int64_t l_673 = 0x6B81C5E404CC479CLL;
    int32_t l_674 = 0x31BCF9EAL;
    int8_t ****l_695[4][7][9] = {{{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602,&g_602},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}}};
    int8_t **l_739 = &g_604;
    int32_t **l_791[3][4] = {{&g_410,&g_410,&g_410,&g_410},{&g_410,&g_410,&g_410,&g_410},{&g_410,&g_410,&g_410,&g_410}};
    union U2 ***l_796 = (void*)0;
    int32_t ***l_802 = &l_791[1][2];
    uint32_t *l_856[1][9][4] = {{{&g_688.f8,&g_688.f5,&g_688.f5,(void*)0},{&g_53.f8,&g_405,&g_405,(void*)0},{&g_476,&g_688.f5,&g_53.f8,&g_688.f5},{&g_688.f8,&g_476,(void*)0,&g_688.f8},{&g_688.f5,(void*)0,&g_476,&g_688.f5},{&g_405,(void*)0,&g_688.f5,&g_688.f5},{&g_405,&g_53.f5,&g_476,&g_476},{&g_688.f5,&g_688.f5,(void*)0,(void*)0},{&g_688.f8,(void*)0,&g_53.f8,&g_476}}};
    union U2 **l_916 = &g_517[0][2][1];
    struct S0 l_935[3] = {{-1L,0xA904EC766592687BLL,0x6A0EFFAF22FE064FLL,0xF0CACB96455FC390LL,-9,3UL,0x3C13082F665C0AF6LL,3453,0xA61315EBL},{-1L,0xA904EC766592687BLL,0x6A0EFFAF22FE064FLL,0xF0CACB96455FC390LL,-9,3UL,0x3C13082F665C0AF6LL,3453,0xA61315EBL},{-1L,0xA904EC766592687BLL,0x6A0EFFAF22FE064FLL,0xF0CACB96455FC390LL,-9,3UL,0x3C13082F665C0AF6LL,3453,0xA61315EBL}};
    int i, j, k;
    (*g_410) &= l_635;
    l_636 = (void*)0;
    return (*g_604);
}


/* ------------------------------------------ */
/* 
 * reads : g_150.f2 g_631
 * writes: g_150.f2 g_631
 */
static int16_t  func_13(uint16_t  p_14, int8_t  p_15, uint64_t  p_16, uint32_t  p_17)
{ /* block id: 323 */
    int32_t *l_628 = &g_128.f2;
    int32_t l_629 = 0xB6EA4F17L;
    int32_t *l_630[4][8] = {{&l_629,&l_629,&g_2,&g_128.f2,&g_2,&l_629,&l_629,&l_629},{&l_629,&g_128.f2,&g_6,&g_128.f2,&l_629,&g_128.f2,&l_629,&g_128.f2},{&g_2,&g_128.f2,&g_2,&l_629,&l_629,&l_629,&g_2,&g_128.f2},{&l_629,&l_629,&g_2,&g_128.f2,&g_2,&l_629,&l_629,&l_629}};
    int i, j;
    for (g_150.f2 = (-8); (g_150.f2 == 6); g_150.f2++)
    { /* block id: 326 */
        int32_t l_627 = 0xDCADAC51L;
        return l_627;
    }
    --g_631;
    return p_17;
}


/* ------------------------------------------ */
/* 
 * reads : g_128.f2 g_583 g_410 g_401 g_482 g_73 g_45 g_602 g_126.f2 g_484 g_400 g_308 g_53.f3 g_53.f8 g_140 g_31 g_603 g_604 g_403 g_150.f1
 * writes: g_128.f2 g_581 g_126.f2 g_401 g_400 g_84 g_150.f1
 */
static int8_t  func_19(struct S0  p_20, int8_t  p_21, union U2  p_22, struct S1  p_23)
{ /* block id: 301 */
    struct S0 *l_582 = &g_53;
    int32_t l_586[3];
    uint32_t *l_591 = &g_476;
    int8_t ***l_606 = &g_603;
    int64_t *l_607 = (void*)0;
    int16_t *l_608 = &g_84;
    int32_t *l_609 = &g_128.f2;
    const int32_t *l_612 = &g_126.f2;
    const int32_t **l_611[9][10][2] = {{{(void*)0,&l_612},{(void*)0,&l_612},{&l_612,&l_612},{&l_612,&l_612},{&l_612,(void*)0},{&l_612,&l_612},{&l_612,(void*)0},{&l_612,&l_612},{&l_612,&l_612},{(void*)0,(void*)0}},{{(void*)0,&l_612},{&l_612,&l_612},{&l_612,&l_612},{(void*)0,&l_612},{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612},{(void*)0,(void*)0},{&l_612,&l_612}},{{&l_612,&l_612},{&l_612,(void*)0},{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612},{&l_612,(void*)0},{&l_612,&l_612},{&l_612,&l_612},{&l_612,(void*)0},{(void*)0,&l_612}},{{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612},{(void*)0,&l_612},{&l_612,&l_612},{&l_612,&l_612},{(void*)0,(void*)0},{(void*)0,&l_612},{&l_612,&l_612}},{{&l_612,(void*)0},{&l_612,&l_612},{&l_612,(void*)0},{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612},{(void*)0,&l_612},{(void*)0,&l_612},{&l_612,(void*)0},{&l_612,&l_612}},{{&l_612,&l_612},{&l_612,&l_612},{(void*)0,&l_612},{&l_612,&l_612},{&l_612,&l_612},{&l_612,(void*)0},{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612}},{{&l_612,&l_612},{&l_612,(void*)0},{(void*)0,&l_612},{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612},{&l_612,(void*)0},{(void*)0,(void*)0},{&l_612,&l_612}},{{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612},{(void*)0,&l_612},{(void*)0,&l_612},{&l_612,&l_612},{&l_612,&l_612},{&l_612,(void*)0},{&l_612,&l_612},{&l_612,&l_612}},{{(void*)0,&l_612},{(void*)0,&l_612},{&l_612,&l_612},{&l_612,(void*)0},{&l_612,&l_612},{&l_612,&l_612},{&l_612,&l_612},{(void*)0,&l_612},{(void*)0,&l_612},{&l_612,&l_612}}};
    const int32_t ***l_610 = &l_611[6][1][1];
    uint64_t l_623 = 1UL;
    uint16_t *l_624 = &g_150.f1;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_586[i] = 0xA5F227ACL;
    for (g_128.f2 = 0; (g_128.f2 != (-11)); g_128.f2 = safe_sub_func_int16_t_s_s(g_128.f2, 1))
    { /* block id: 304 */
        struct S0 *l_580 = (void*)0;
        struct S0 **l_579[6] = {&l_580,&l_580,&l_580,&l_580,&l_580,&l_580};
        int i;
        (*g_410) = (p_20.f2 ^ (safe_add_func_uint32_t_u_u(((g_581[5][4] = &p_20) == (l_582 = &p_20)), g_583)));
        return p_22.f1;
    }
    for (g_401 = 0; (g_401 == (-7)); g_401--)
    { /* block id: 312 */
        return l_586[0];
    }
    (*l_609) |= (safe_div_func_uint32_t_u_u((safe_mod_func_int16_t_s_s(((*l_608) = ((((void*)0 != l_591) > ((safe_rshift_func_uint16_t_u_u(65532UL, l_586[1])) & ((g_400 ^= (safe_add_func_int64_t_s_s((((safe_add_func_uint16_t_u_u(((safe_sub_func_int32_t_s_s(((*g_410) = l_586[2]), (safe_rshift_func_int16_t_s_u(g_482[3], 7)))) && (((((*g_73) , g_602) == ((+((p_23 , g_126.f2) , 0x76E50929L)) , l_606)) , p_20.f1) , 0x7B26L)), 0UL)) & g_484[1]) > 0xA188L), 0x69C19524F95E4200LL))) ^ l_586[0]))) == (*g_308))), 0xC01DL)), l_586[2]));
    (*g_410) &= ((l_610 == (((*l_624) ^= (~(safe_mul_func_int16_t_s_s(((((*l_609) == ((safe_lshift_func_int8_t_s_s((((*l_608) = (safe_unary_minus_func_int8_t_s(0x22L))) | g_53.f8), ((g_401 & 0xB036L) && ((g_140[0][2] , g_140[3][3]) | (safe_lshift_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(g_401, 0x3B57L)), g_31[4][5])))))) , 255UL)) || l_623) == (***g_602)), 65534UL)))) , &l_611[7][0][0])) | g_583);
    return p_20.f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_280 g_150.f2 g_410 g_126.f2 g_128.f2
 * writes: g_30 g_31 g_140
 */
static struct S1  func_25(const uint16_t  p_26, uint64_t  p_27)
{ /* block id: 9 */
    struct S1 l_560[1][8] = {{{7L,0UL,0x4E11EC55L,0UL},{0xA8L,0x2F6B723FL,0L,0x42L},{7L,0UL,0x4E11EC55L,0UL},{0xA8L,0x2F6B723FL,0L,0x42L},{7L,0UL,0x4E11EC55L,0UL},{0xA8L,0x2F6B723FL,0L,0x42L},{7L,0UL,0x4E11EC55L,0UL},{0xA8L,0x2F6B723FL,0L,0x42L}}};
    union U2 *l_561 = &g_150;
    uint64_t *l_562 = &g_140[0][2];
    uint64_t *l_572 = (void*)0;
    uint64_t **l_571 = &l_572;
    int32_t l_573 = (-1L);
    int i, j;
    for (g_30 = 0; g_30 < 5; g_30 += 1)
    {
        for (p_27 = 0; p_27 < 6; p_27 += 1)
        {
            g_31[g_30][p_27] = (-10L);
        }
    }
    l_573 &= ((0xD6C332E49D2A59A0LL ^ ((((func_32(p_26) , l_560[0][2]) , ((*l_562) = ((void*)0 == l_561))) != (safe_mul_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s((((((*l_571) = ((8L <= (l_560[0][2].f0 <= (safe_rshift_func_uint8_t_u_s((safe_lshift_func_int8_t_s_u(0L, 6)), (*g_280))))) , (void*)0)) != l_562) > l_560[0][2].f1) <= (*g_410)), p_27)), 0x33L))) < p_27)) , (*g_410));
    return l_560[0][0];
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static union U2  func_32(int8_t  p_33)
{ /* block id: 11 */
    struct S1 l_41[10] = {{0L,4294967292UL,0xC169712DL,1UL},{9L,1UL,0x905AFB09L,0x33L},{0L,4294967292UL,0xC169712DL,1UL},{9L,1UL,0x905AFB09L,0x33L},{0L,4294967292UL,0xC169712DL,1UL},{9L,1UL,0x905AFB09L,0x33L},{0L,4294967292UL,0xC169712DL,1UL},{9L,1UL,0x905AFB09L,0x33L},{0L,4294967292UL,0xC169712DL,1UL},{9L,1UL,0x905AFB09L,0x33L}};
    uint32_t *l_42 = &g_43;
    uint16_t *l_130 = (void*)0;
    uint16_t *l_131[6] = {&g_30,&g_30,&g_132,&g_30,&g_30,&g_132};
    int32_t l_133 = (-6L);
    uint8_t *l_134[6][3] = {{&g_80[0],(void*)0,&g_80[0]},{&g_76,&g_76,&g_80[0]},{(void*)0,&g_80[0],&g_76},{&l_41[9].f3,&g_76,&l_41[9].f3},{&l_41[9].f3,(void*)0,&g_76},{(void*)0,&l_41[9].f3,&l_41[9].f3}};
    int32_t l_135 = 0L;
    union U2 l_170 = {0xB051L};
    uint8_t *l_173 = &g_126.f3;
    struct S0 l_276 = {0L,0xC6804372C9A81AE1LL,0x1789B01D3FF56431LL,-1L,9,18446744073709551613UL,0x9B34C75CF7ADF25ALL,6524,0x91495C03L};
    const int16_t l_278[4] = {0x0938L,0x0938L,0x0938L,0x0938L};
    uint16_t l_320 = 65535UL;
    int64_t *l_340[4][4] = {{(void*)0,&g_53.f1,&g_53.f1,(void*)0},{&g_53.f1,(void*)0,(void*)0,&g_53.f1},{&g_53.f1,(void*)0,&g_53.f1,&g_53.f3},{(void*)0,&g_53.f1,&g_53.f3,&g_53.f3}};
    int32_t * const **l_345 = (void*)0;
    struct S0 l_378 = {0L,2L,18446744073709551607UL,0L,1,1UL,0UL,-6049,0x0E5F4FDCL};
    int8_t l_458 = 0xF2L;
    uint16_t l_522 = 0UL;
    uint64_t *l_523 = &l_276.f6;
    union U2 *l_553 = (void*)0;
    int i, j;
    return l_170;
}


/* ------------------------------------------ */
/* 
 * reads : g_140 g_146 g_30
 * writes: g_140 g_146
 */
static int32_t  func_38(struct S1  p_39, uint8_t  p_40)
{ /* block id: 72 */
    int32_t *l_136 = &g_126.f2;
    int32_t *l_137 = &g_126.f2;
    int32_t *l_138[2];
    int16_t l_139 = 0x8016L;
    uint32_t l_143 = 18446744073709551615UL;
    int32_t **l_149 = &l_138[0];
    int i;
    for (i = 0; i < 2; i++)
        l_138[i] = &g_128.f2;
    g_140[0][2]++;
    l_143--;
    --g_146;
    (*l_149) = l_136;
    return g_30;
}


/* ------------------------------------------ */
/* 
 * reads : g_73 g_80 g_53.f3 g_53.f6 g_53.f8 g_84 g_53.f7 g_53.f4 g_44 g_45 g_125
 * writes: g_53 g_45 g_76 g_80 g_84
 */
static int16_t  func_48(uint64_t  p_49, uint32_t * p_50, uint16_t  p_51)
{ /* block id: 13 */
    struct S0 l_52 = {0x64L,0x1EDBFDF84107A49ELL,0x12ED69965F2C5FDDLL,-5L,7,0xC9E8DF01L,0xDAC0D4F8A8D9B787LL,10911,3UL};
    uint32_t *l_74 = &g_45;
    int32_t l_77 = (-1L);
    struct S0 l_102 = {0xBBL,0x83702682AE03F781LL,0x29419120D2D4BDACLL,-1L,8,0x15474206L,0x0452890DC26B4E49LL,-139,18446744073709551615UL};
    struct S1 *l_129 = (void*)0;
    g_53 = l_52;
    for (l_52.f1 = 16; (l_52.f1 < (-19)); --l_52.f1)
    { /* block id: 17 */
        uint8_t *l_75 = &g_76;
        int32_t l_78[3];
        uint8_t *l_79 = &g_80[0];
        int16_t *l_83[2];
        int32_t l_85[1];
        int32_t *l_86[9];
        struct S0 l_109 = {-10L,-1L,3UL,0xB6DA70A41DF58876LL,2,0x99CCF4BBL,1UL,7992,0xFDFF98C6L};
        int i;
        for (i = 0; i < 3; i++)
            l_78[i] = 0x461874A8L;
        for (i = 0; i < 2; i++)
            l_83[i] = &g_84;
        for (i = 0; i < 1; i++)
            l_85[i] = 0xC0823986L;
        for (i = 0; i < 9; i++)
            l_86[i] = &l_78[1];
        for (g_45 = 0; (g_45 <= 4); g_45 += 1)
        { /* block id: 20 */
            uint32_t l_56 = 0x0D170163L;
            l_56--;
        }
        if (l_52.f3)
            continue;
        l_77 = (safe_mul_func_uint16_t_u_u(((safe_div_func_int8_t_s_s((safe_rshift_func_int16_t_s_s((g_84 = (safe_lshift_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u((((safe_mod_func_uint8_t_u_u(((*l_75) = (safe_lshift_func_int16_t_s_u(l_52.f4, (g_73 == l_74)))), ((*l_79)--))) < p_49) , (&g_45 != p_50)), l_78[1])), 5))), (l_85[0] = g_53.f3))), (((((9L ^ 1UL) <= 0xA4BB29D6AE766818LL) ^ l_78[2]) && p_51) | 0x732DL))) , g_53.f6), (-1L)));
        for (g_53.f6 = 0; (g_53.f6 <= 2); g_53.f6 += 1)
        { /* block id: 31 */
            int32_t l_95 = 1L;
            int64_t *l_117 = &g_53.f3;
            const uint32_t l_118 = 0x5E81BF0AL;
            int32_t **l_121[8] = {&l_86[2],&l_86[7],&l_86[2],&l_86[7],&l_86[2],&l_86[7],&l_86[2],&l_86[7]};
            int i;
            l_78[g_53.f6] ^= ((void*)0 != p_50);
            if (l_52.f3)
            { /* block id: 33 */
                union U2 l_87 = {0x1F76L};
                struct S0 l_88 = {-9L,5L,0xA4F5E2A8B94E1185LL,3L,4,18446744073709551608UL,0x68AB631009988348LL,1196,18446744073709551613UL};
                int64_t *l_89 = &g_53.f3;
                int64_t *l_90[9];
                int32_t **l_96 = &l_86[0];
                int i;
                for (i = 0; i < 9; i++)
                    l_90[i] = &l_88.f1;
                l_95 |= (g_53.f7 = ((((l_87 , (l_52.f7 = (p_50 != (((*l_89) &= (g_53.f8 >= ((l_88 , l_88.f0) < l_52.f5))) , &l_77)))) <= ((safe_sub_func_uint32_t_u_u(0xE9661659L, (safe_sub_func_uint64_t_u_u(l_78[g_53.f6], p_51)))) || p_49)) , l_52.f0) && p_51));
                (*l_96) = p_50;
                (*l_96) = &g_2;
            }
            else
            { /* block id: 40 */
                int32_t l_111[9] = {1L,1L,1L,1L,1L,1L,1L,1L,1L};
                int8_t l_112 = 3L;
                int32_t ***l_122 = &l_121[2];
                int i;
                for (l_52.f2 = 0; (l_52.f2 < 31); l_52.f2++)
                { /* block id: 43 */
                    int8_t *l_113[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_113[i] = (void*)0;
                    for (g_53.f2 = (-9); (g_53.f2 > 46); g_53.f2 = safe_add_func_int16_t_s_s(g_53.f2, 6))
                    { /* block id: 46 */
                        struct S0 l_101 = {1L,-1L,18446744073709551612UL,0x5479D400EADA3A84LL,-10,0x90EDD544L,1UL,-2603,0x5D55F32AL};
                        l_102 = l_101;
                    }
                    l_95 = ((safe_rshift_func_uint16_t_u_s((safe_add_func_int64_t_s_s(g_84, (safe_sub_func_uint64_t_u_u((((l_78[g_53.f6] = (l_109 , (~((g_53.f7 ^ (g_53.f4 |= (l_111[7] ^= p_49))) , (1UL == l_112))))) & (safe_unary_minus_func_uint16_t_u((((-1L) ^ (safe_mul_func_uint16_t_u_u(((l_117 == (void*)0) && (*g_44)), p_49))) <= p_49)))) < 0x9BACE15F6FD86818LL), 0xB2FA42F4987F47BCLL)))), 9)) > l_118);
                    for (l_102.f1 = 0; (l_102.f1 != (-22)); l_102.f1 = safe_sub_func_int32_t_s_s(l_102.f1, 2))
                    { /* block id: 55 */
                        return l_95;
                    }
                }
                (*l_122) = l_121[3];
            }
            for (l_102.f1 = 0; (l_102.f1 <= 29); ++l_102.f1)
            { /* block id: 63 */
                struct S1 *l_127 = &g_128;
                l_129 = (l_127 = g_125);
            }
        }
    }
    return p_51;
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
    transparent_crc(g_30, "g_30", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_31[i][j], "g_31[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_53.f0, "g_53.f0", print_hash_value);
    transparent_crc(g_53.f1, "g_53.f1", print_hash_value);
    transparent_crc(g_53.f2, "g_53.f2", print_hash_value);
    transparent_crc(g_53.f3, "g_53.f3", print_hash_value);
    transparent_crc(g_53.f4, "g_53.f4", print_hash_value);
    transparent_crc(g_53.f5, "g_53.f5", print_hash_value);
    transparent_crc(g_53.f6, "g_53.f6", print_hash_value);
    transparent_crc(g_53.f7, "g_53.f7", print_hash_value);
    transparent_crc(g_53.f8, "g_53.f8", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_80[i], "g_80[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_126.f0, "g_126.f0", print_hash_value);
    transparent_crc(g_126.f1, "g_126.f1", print_hash_value);
    transparent_crc(g_126.f2, "g_126.f2", print_hash_value);
    transparent_crc(g_126.f3, "g_126.f3", print_hash_value);
    transparent_crc(g_128.f0, "g_128.f0", print_hash_value);
    transparent_crc(g_128.f1, "g_128.f1", print_hash_value);
    transparent_crc(g_128.f2, "g_128.f2", print_hash_value);
    transparent_crc(g_128.f3, "g_128.f3", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_140[i][j], "g_140[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc(g_150.f0, "g_150.f0", print_hash_value);
    transparent_crc(g_150.f1, "g_150.f1", print_hash_value);
    transparent_crc(g_150.f2, "g_150.f2", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    transparent_crc(g_400, "g_400", print_hash_value);
    transparent_crc(g_401, "g_401", print_hash_value);
    transparent_crc(g_402, "g_402", print_hash_value);
    transparent_crc(g_403, "g_403", print_hash_value);
    transparent_crc(g_404, "g_404", print_hash_value);
    transparent_crc(g_405, "g_405", print_hash_value);
    transparent_crc(g_450, "g_450", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_460[i], "g_460[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_476, "g_476", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_482[i], "g_482[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_484[i], "g_484[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_485, "g_485", print_hash_value);
    transparent_crc(g_486, "g_486", print_hash_value);
    transparent_crc(g_487, "g_487", print_hash_value);
    transparent_crc(g_583, "g_583", print_hash_value);
    transparent_crc(g_631, "g_631", print_hash_value);
    transparent_crc(g_675, "g_675", print_hash_value);
    transparent_crc(g_676, "g_676", print_hash_value);
    transparent_crc(g_688.f0, "g_688.f0", print_hash_value);
    transparent_crc(g_688.f1, "g_688.f1", print_hash_value);
    transparent_crc(g_688.f2, "g_688.f2", print_hash_value);
    transparent_crc(g_688.f3, "g_688.f3", print_hash_value);
    transparent_crc(g_688.f4, "g_688.f4", print_hash_value);
    transparent_crc(g_688.f5, "g_688.f5", print_hash_value);
    transparent_crc(g_688.f6, "g_688.f6", print_hash_value);
    transparent_crc(g_688.f7, "g_688.f7", print_hash_value);
    transparent_crc(g_688.f8, "g_688.f8", print_hash_value);
    transparent_crc(g_719, "g_719", print_hash_value);
    transparent_crc(g_720, "g_720", print_hash_value);
    transparent_crc(g_721, "g_721", print_hash_value);
    transparent_crc(g_722, "g_722", print_hash_value);
    transparent_crc(g_723, "g_723", print_hash_value);
    transparent_crc(g_724, "g_724", print_hash_value);
    transparent_crc(g_863, "g_863", print_hash_value);
    transparent_crc(g_961, "g_961", print_hash_value);
    transparent_crc(g_995, "g_995", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_1054[i], "g_1054[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1073, "g_1073", print_hash_value);
    transparent_crc(g_1142, "g_1142", print_hash_value);
    transparent_crc(g_1144, "g_1144", print_hash_value);
    transparent_crc(g_1208, "g_1208", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_1209[i][j][k], "g_1209[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1361, "g_1361", print_hash_value);
    transparent_crc(g_1373, "g_1373", print_hash_value);
    transparent_crc(g_1403.f0, "g_1403.f0", print_hash_value);
    transparent_crc(g_1403.f1, "g_1403.f1", print_hash_value);
    transparent_crc(g_1403.f2, "g_1403.f2", print_hash_value);
    transparent_crc(g_1431, "g_1431", print_hash_value);
    transparent_crc(g_1434, "g_1434", print_hash_value);
    transparent_crc(g_1455, "g_1455", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_1456[i], "g_1456[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1457, "g_1457", print_hash_value);
    transparent_crc(g_1458, "g_1458", print_hash_value);
    transparent_crc(g_1528, "g_1528", print_hash_value);
    transparent_crc(g_1577, "g_1577", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 369
   depth: 1, occurrence: 45
XXX total union variables: 12

XXX non-zero bitfields defined in structs: 2
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 46
breakdown:
   indirect level: 0, occurrence: 36
   indirect level: 1, occurrence: 8
   indirect level: 2, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 31
XXX times a bitfields struct on LHS: 17
XXX times a bitfields struct on RHS: 47
XXX times a single bitfield on LHS: 15
XXX times a single bitfield on RHS: 21

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 128
   depth: 2, occurrence: 33
   depth: 3, occurrence: 1
   depth: 5, occurrence: 1
   depth: 6, occurrence: 2
   depth: 13, occurrence: 1
   depth: 16, occurrence: 2
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 19, occurrence: 2
   depth: 21, occurrence: 1
   depth: 22, occurrence: 2
   depth: 23, occurrence: 2
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 27, occurrence: 3
   depth: 32, occurrence: 1
   depth: 34, occurrence: 1
   depth: 38, occurrence: 1

XXX total number of pointers: 338

XXX times a variable address is taken: 876
XXX times a pointer is dereferenced on RHS: 252
breakdown:
   depth: 1, occurrence: 215
   depth: 2, occurrence: 32
   depth: 3, occurrence: 5
XXX times a pointer is dereferenced on LHS: 169
breakdown:
   depth: 1, occurrence: 152
   depth: 2, occurrence: 14
   depth: 3, occurrence: 3
XXX times a pointer is compared with null: 30
XXX times a pointer is compared with address of another variable: 6
XXX times a pointer is compared with another pointer: 13
XXX times a pointer is qualified to be dereferenced: 3765

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 784
   level: 2, occurrence: 144
   level: 3, occurrence: 45
   level: 4, occurrence: 18
   level: 5, occurrence: 11
XXX number of pointers point to pointers: 109
XXX number of pointers point to scalars: 195
XXX number of pointers point to structs: 26
XXX percent of pointers has null in alias set: 33.7
XXX average alias set size: 1.62

XXX times a non-volatile is read: 1344
XXX times a non-volatile is write: 612
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 5

XXX stmts: 130
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 27
   depth: 1, occurrence: 19
   depth: 2, occurrence: 11
   depth: 3, occurrence: 16
   depth: 4, occurrence: 23
   depth: 5, occurrence: 34

XXX percentage a fresh-made variable is used: 21.8
XXX percentage an existing variable is used: 78.2
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

