/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 68 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      68
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   signed f0 : 16;
};

struct S1 {
   signed f0 : 8;
   signed f1 : 12;
   uint16_t  f2;
   signed f3 : 27;
   unsigned f4 : 16;
   signed f5 : 6;
   unsigned f6 : 12;
};

union U2 {
   int8_t  f0;
   const uint32_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_7 = 0x47C9D5FAL;
static int32_t g_11 = (-1L);
static int32_t g_53[3] = {(-10L),(-10L),(-10L)};
static int32_t *g_82 = &g_53[0];
static union U2 g_85[1][10] = {{{-9L},{-9L},{-9L},{-9L},{-9L},{-9L},{-9L},{-9L},{-9L},{-9L}}};
static struct S1 g_86[5] = {{8,42,0x92C6L,2628,103,-6,36},{8,42,0x92C6L,2628,103,-6,36},{8,42,0x92C6L,2628,103,-6,36},{8,42,0x92C6L,2628,103,-6,36},{8,42,0x92C6L,2628,103,-6,36}};
static int32_t g_96 = 0xA0CA3772L;
static struct S0 g_97 = {-224};
static int32_t **g_102[10] = {&g_82,&g_82,&g_82,&g_82,&g_82,&g_82,&g_82,&g_82,&g_82,&g_82};
static int16_t g_122[7] = {0xB900L,0xB900L,(-1L),0xB900L,0xB900L,(-1L),0xB900L};
static int64_t g_124 = 0xDA4DADB69EBD4F26LL;
static uint8_t g_166 = 0UL;
static const int8_t *g_190[3] = {(void*)0,(void*)0,(void*)0};
static const int8_t g_192 = 0x84L;
static uint32_t g_221 = 0xA6A31B5FL;
static uint16_t *g_270 = &g_86[4].f2;
static uint64_t g_328 = 2UL;
static uint64_t *g_327 = &g_328;
static uint64_t **g_326[4][4][8] = {{{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327}},{{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327}},{{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327}},{{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327}}};
static uint8_t g_357[5][5] = {{2UL,2UL,2UL,2UL,2UL},{2UL,2UL,2UL,2UL,2UL},{2UL,2UL,2UL,2UL,2UL},{2UL,2UL,2UL,2UL,2UL},{2UL,2UL,2UL,2UL,2UL}};
static int8_t g_361 = (-1L);
static uint64_t g_391 = 18446744073709551615UL;
static uint16_t g_401 = 0UL;
static int32_t *g_408[7][3][3] = {{{&g_53[0],&g_7,(void*)0},{(void*)0,&g_96,&g_96},{&g_11,&g_96,(void*)0}},{{&g_96,&g_96,&g_53[0]},{&g_11,&g_7,&g_96},{&g_53[2],&g_53[0],&g_7}},{{(void*)0,&g_11,&g_7},{&g_7,&g_53[2],&g_7},{&g_7,&g_53[0],&g_96}},{{(void*)0,&g_53[0],&g_53[0]},{&g_11,&g_11,(void*)0},{&g_96,&g_96,&g_96}},{{&g_11,&g_96,(void*)0},{(void*)0,&g_96,&g_96},{&g_7,(void*)0,&g_11}},{{&g_7,&g_53[2],(void*)0},{&g_96,&g_96,&g_11},{(void*)0,&g_96,&g_11}},{{&g_7,&g_96,&g_7},{&g_53[0],&g_96,&g_96},{&g_7,&g_7,&g_7}}};
static int16_t *g_438[10][2] = {{&g_122[5],&g_122[5]},{&g_122[5],&g_122[5]},{&g_122[5],&g_122[5]},{&g_122[5],&g_122[5]},{&g_122[5],&g_122[5]},{&g_122[5],&g_122[5]},{&g_122[5],&g_122[5]},{&g_122[5],&g_122[5]},{&g_122[5],&g_122[5]},{&g_122[5],&g_122[5]}};
static int32_t ***g_476 = &g_102[0];
static int32_t ****g_475 = &g_476;
static int32_t g_540 = 0x079693A2L;
static int64_t *g_557 = &g_124;
static int64_t **g_556 = &g_557;
static int16_t g_591 = 0x4BF1L;
static int64_t g_593[1] = {0xD469E6851E4D2387LL};
static uint32_t g_755 = 0x0BB54DC2L;
static uint32_t *g_754 = &g_755;
static uint32_t **g_753 = &g_754;
static uint32_t *g_784[9] = {&g_221,&g_221,&g_221,&g_221,&g_221,&g_221,&g_221,&g_221,&g_221};
static uint32_t **g_783 = &g_784[0];
static uint8_t *g_808 = &g_357[3][2];
static uint32_t *g_833 = &g_755;
static uint32_t g_871 = 0x03CCE34AL;
static const int32_t *g_1041[9][5] = {{&g_53[2],(void*)0,(void*)0,&g_53[2],&g_53[2]},{&g_53[2],&g_96,&g_53[2],&g_96,&g_53[2]},{&g_53[2],&g_53[2],(void*)0,(void*)0,&g_53[2]},{(void*)0,&g_96,(void*)0,&g_96,(void*)0},{&g_53[2],(void*)0,(void*)0,&g_53[2],&g_53[2]},{&g_53[2],&g_96,&g_53[2],&g_96,&g_53[2]},{&g_53[2],&g_53[2],(void*)0,(void*)0,&g_53[2]},{(void*)0,&g_96,(void*)0,&g_96,(void*)0},{&g_53[2],(void*)0,(void*)0,&g_53[2],&g_53[2]}};
static struct S1 *g_1136 = (void*)0;
static uint8_t **g_1146 = &g_808;
static uint8_t ***g_1145[1] = {&g_1146};
static uint32_t g_1230[9] = {1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL};
static struct S1 g_1236 = {-9,-3,0x59E8L,-5251,108,-7,23};
static uint8_t *g_1245 = &g_357[4][3];
static struct S0 * const *g_1273 = (void*)0;
static struct S0 * const * const *g_1272 = &g_1273;


/* --- FORWARD DECLARATIONS --- */
static union U2  func_1(void);
static struct S0  func_2(struct S0  p_3, const int32_t  p_4);
static uint32_t  func_12(uint8_t  p_13, int32_t  p_14, const int64_t  p_15, uint32_t  p_16, int16_t  p_17);
static uint8_t  func_18(int32_t  p_19, struct S0  p_20, const int64_t  p_21, int8_t  p_22, struct S1  p_23);
static int64_t  func_24(int8_t  p_25);
static int8_t  func_34(int64_t  p_35, const int8_t  p_36, int64_t  p_37, int16_t  p_38);
static struct S0  func_39(uint32_t  p_40, int8_t  p_41, uint16_t  p_42, int32_t  p_43);
static int8_t  func_44(uint32_t  p_45, struct S0  p_46, int32_t  p_47, int64_t  p_48);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_7 g_11 g_124 g_361 g_391 g_122 g_221 g_53 g_357 g_85 g_556 g_557 g_808 g_783 g_784 g_82 g_270 g_86.f2 g_401 g_166 g_327 g_328 g_1145 g_86 g_1146 g_593 g_1230 g_1245 g_97 g_1272
 * writes: g_7 g_11 g_124 g_361 g_391 g_96 g_221 g_53 g_783 g_401 g_166 g_122 g_591 g_1041 g_357 g_328 g_1136 g_540 g_86 g_593 g_1230 g_1236
 */
static union U2  func_1(void)
{ /* block id: 0 */
    struct S0 l_5 = {-41};
    const uint8_t l_6 = 255UL;
    union U2 l_1276[7][2] = {{{0L},{0L}},{{0L},{0L}},{{0L},{0L}},{{0L},{0L}},{{0L},{0L}},{{0L},{0L}},{{0L},{0L}}};
    int i, j;
    l_5 = func_2(l_5, l_6);
    return l_1276[3][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_7 g_11 g_124 g_361 g_391 g_122 g_221 g_53 g_357 g_85 g_556 g_557 g_808 g_783 g_784 g_82 g_270 g_86.f2 g_401 g_166 g_327 g_328 g_1145 g_86 g_1146 g_593 g_1230 g_1245 g_97 g_1272
 * writes: g_7 g_11 g_124 g_361 g_391 g_96 g_221 g_53 g_783 g_401 g_166 g_122 g_591 g_1041 g_357 g_328 g_1136 g_540 g_86 g_593 g_1230 g_1236
 */
static struct S0  func_2(struct S0  p_3, const int32_t  p_4)
{ /* block id: 1 */
    struct S0 l_10[4][9][7] = {{{{-180},{95},{242},{-89},{-211},{-130},{133}},{{-174},{33},{70},{6},{-89},{-85},{147}},{{46},{242},{-89},{-245},{-89},{242},{46}},{{133},{-89},{210},{-193},{-211},{-171},{-6}},{{6},{242},{253},{46},{-178},{-6},{-171}},{{95},{249},{210},{33},{242},{46},{242}},{{70},{6},{-89},{-85},{147},{147},{-85}},{{70},{-252},{70},{249},{250},{133},{-130}},{{95},{-130},{242},{147},{6},{-180},{-174}}},{{{6},{25},{242},{-180},{46},{133},{39}},{{133},{-211},{-6},{48},{253},{-178},{250}},{{6},{48},{-89},{-89},{48},{6},{-146}},{{242},{6},{-72},{-211},{-85},{-130},{-180}},{{-211},{-171},{-6},{-178},{46},{253},{242}},{{-180},{6},{147},{242},{-130},{95},{-171}},{{-6},{48},{-171},{147},{33},{147},{-171}},{{-75},{-75},{-211},{250},{-171},{-174},{242}},{{-193},{249},{253},{6},{25},{242},{-180}}},{{{250},{-174},{39},{46},{-171},{25},{-146}},{{39},{-72},{242},{-171},{33},{250},{250}},{{-130},{210},{242},{210},{-130},{-146},{25}},{{-72},{242},{39},{133},{46},{-180},{242}},{{48},{-252},{253},{-193},{-85},{242},{-174}},{{-72},{133},{-211},{-6},{48},{-171},{147}},{{-130},{95},{-171},{253},{253},{-171},{95}},{{39},{250},{147},{-245},{6},{242},{253}},{{250},{-245},{-6},{39},{210},{-180},{-130}}},{{{-193},{147},{-72},{-245},{-180},{-146},{6}},{{-75},{-130},{-89},{253},{-178},{250},{-178}},{{-6},{-130},{-130},{-6},{-252},{25},{-85}},{{-180},{147},{95},{-193},{39},{242},{-211}},{{-211},{-245},{-252},{133},{-75},{-174},{-85}},{{242},{250},{-146},{210},{133},{147},{-178}},{{6},{95},{133},{-171},{133},{95},{6}},{{-85},{133},{48},{46},{-75},{253},{-130}},{{210},{-252},{33},{6},{39},{-130},{253}}}};
    uint8_t * const l_809 = &g_166;
    int32_t l_810 = 0xCF8BC28AL;
    int32_t **l_813[8];
    uint32_t *l_816 = &g_755;
    int64_t *l_831[6][10] = {{(void*)0,&g_124,(void*)0,&g_124,(void*)0,&g_124,(void*)0,&g_124,(void*)0,&g_124},{&g_593[0],&g_124,&g_593[0],&g_124,&g_593[0],&g_124,&g_593[0],&g_124,&g_593[0],&g_124},{(void*)0,&g_124,(void*)0,&g_124,(void*)0,&g_124,(void*)0,&g_124,(void*)0,&g_124},{&g_593[0],&g_124,&g_593[0],&g_124,&g_593[0],&g_124,&g_593[0],&g_124,&g_593[0],&g_124},{(void*)0,&g_124,(void*)0,&g_124,(void*)0,&g_124,(void*)0,&g_124,(void*)0,&g_124},{&g_593[0],&g_124,&g_593[0],&g_124,&g_593[0],&g_124,&g_593[0],&g_124,&g_593[0],&g_124}};
    union U2 l_837 = {0L};
    const int32_t *l_843 = &g_53[1];
    struct S1 *l_846 = &g_86[4];
    union U2 l_906 = {0x16L};
    uint32_t ** const l_923[10][7][3] = {{{(void*)0,(void*)0,(void*)0},{&g_784[0],(void*)0,&g_784[7]},{&g_784[0],(void*)0,(void*)0},{(void*)0,&g_784[0],&g_784[0]},{&g_784[6],&g_784[5],(void*)0},{(void*)0,&g_784[1],&g_784[7]},{&g_784[5],&g_784[0],(void*)0}},{{&g_784[2],&g_784[0],&g_784[0]},{&g_784[0],&g_784[0],(void*)0},{&g_784[3],&g_784[1],&g_784[0]},{&g_784[2],&g_784[5],&g_784[0]},{&g_784[0],&g_784[0],(void*)0},{&g_784[2],(void*)0,&g_784[5]},{&g_784[3],(void*)0,&g_784[2]}},{{&g_784[0],(void*)0,(void*)0},{&g_784[2],&g_784[7],&g_784[2]},{&g_784[5],(void*)0,&g_784[5]},{(void*)0,&g_784[0],(void*)0},{&g_784[6],&g_784[1],&g_784[0]},{(void*)0,&g_784[0],&g_784[0]},{&g_784[0],(void*)0,(void*)0}},{{&g_784[0],&g_784[7],&g_784[0]},{(void*)0,(void*)0,(void*)0},{&g_784[0],(void*)0,&g_784[7]},{&g_784[0],(void*)0,(void*)0},{(void*)0,&g_784[0],&g_784[0]},{&g_784[6],&g_784[5],(void*)0},{(void*)0,&g_784[1],&g_784[7]}},{{&g_784[5],&g_784[0],(void*)0},{&g_784[2],&g_784[0],&g_784[0]},{&g_784[0],&g_784[0],(void*)0},{&g_784[3],&g_784[1],&g_784[0]},{&g_784[2],&g_784[5],&g_784[0]},{&g_784[0],&g_784[0],(void*)0},{&g_784[2],(void*)0,&g_784[5]}},{{&g_784[3],(void*)0,&g_784[2]},{&g_784[0],(void*)0,(void*)0},{&g_784[2],&g_784[7],&g_784[2]},{&g_784[5],(void*)0,&g_784[5]},{(void*)0,&g_784[0],(void*)0},{&g_784[6],&g_784[1],&g_784[0]},{(void*)0,&g_784[0],&g_784[0]}},{{&g_784[0],(void*)0,(void*)0},{&g_784[0],&g_784[7],&g_784[0]},{(void*)0,(void*)0,(void*)0},{&g_784[0],(void*)0,&g_784[7]},{&g_784[0],(void*)0,(void*)0},{(void*)0,&g_784[0],&g_784[0]},{&g_784[0],&g_784[8],(void*)0}},{{&g_784[0],(void*)0,&g_784[3]},{&g_784[0],(void*)0,&g_784[4]},{&g_784[0],&g_784[0],(void*)0},{(void*)0,(void*)0,&g_784[0]},{&g_784[0],(void*)0,&g_784[8]},{(void*)0,&g_784[8],&g_784[0]},{&g_784[0],&g_784[1],&g_784[0]}},{{(void*)0,&g_784[4],&g_784[8]},{&g_784[0],&g_784[0],&g_784[0]},{(void*)0,&g_784[0],&g_784[0]},{&g_784[0],&g_784[3],&g_784[0]},{&g_784[0],&g_784[0],&g_784[8]},{&g_784[0],&g_784[0],&g_784[0]},{&g_784[0],(void*)0,&g_784[0]}},{{&g_784[0],&g_784[0],&g_784[8]},{&g_784[1],&g_784[0],&g_784[0]},{&g_784[0],&g_784[3],(void*)0},{&g_784[2],&g_784[0],&g_784[4]},{&g_784[0],&g_784[0],&g_784[3]},{&g_784[1],&g_784[4],(void*)0},{&g_784[0],&g_784[1],&g_784[1]}}};
    int64_t l_998 = 0x86B96D8C66033EABLL;
    int64_t l_1001[2][1][3] = {{{1L,1L,1L}},{{1L,1L,1L}}};
    uint64_t **l_1009 = &g_327;
    uint64_t l_1127[9][8] = {{0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL},{0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL},{0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL},{0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL},{0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL},{0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL},{0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL},{0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL},{0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL,0xD5F9B4F8A7051BAALL,0x13643E08997A2A59LL}};
    uint32_t **l_1176 = &g_784[1];
    const int16_t *l_1241 = &g_122[4];
    uint32_t **l_1269 = &g_784[4];
    struct S0 *l_1271 = &g_97;
    struct S0 **l_1270 = &l_1271;
    const uint8_t *l_1274 = &g_357[0][4];
    const uint8_t **l_1275 = &l_1274;
    int i, j, k;
    for (i = 0; i < 8; i++)
        l_813[i] = &g_408[1][0][0];
    for (g_7 = 0; (g_7 > 27); g_7 = safe_add_func_int32_t_s_s(g_7, 1))
    { /* block id: 4 */
        int32_t l_402 = 8L;
        int32_t l_801 = 0x260AD372L;
        int16_t *l_829 = &g_122[4];
        int32_t l_839[8][5] = {{0x4D84C038L,0xD84164CAL,0x4D84C038L,1L,1L},{1L,0xA4E7E56EL,1L,0x280A6F6EL,0x280A6F6EL},{0x4D84C038L,0xD84164CAL,0x4D84C038L,1L,1L},{1L,0xA4E7E56EL,1L,0x280A6F6EL,0x280A6F6EL},{0x4D84C038L,0xD84164CAL,0x4D84C038L,1L,1L},{1L,0xA4E7E56EL,1L,0x280A6F6EL,0x280A6F6EL},{0x4D84C038L,0xD84164CAL,0x4D84C038L,1L,1L},{1L,0xA4E7E56EL,1L,0x280A6F6EL,0x280A6F6EL}};
        int64_t *l_907 = &g_124;
        uint64_t l_947 = 9UL;
        const int32_t *l_974 = &g_53[0];
        int i, j;
        for (g_11 = 0; (g_11 <= 3); g_11 += 1)
        { /* block id: 7 */
            uint8_t l_26 = 250UL;
            int64_t *l_387 = (void*)0;
            int64_t *l_388 = (void*)0;
            int64_t *l_389 = &g_124;
            uint64_t *l_390 = &g_391;
            uint8_t *l_399 = &l_26;
            uint8_t ** const l_398[1][4] = {{&l_399,&l_399,&l_399,&l_399}};
            uint16_t *l_400 = &g_401;
            struct S1 l_403 = {-4,12,8UL,-10706,52,7,63};
            uint16_t l_830 = 0x5277L;
            int32_t l_832 = 1L;
            const int64_t *l_908 = &g_593[0];
            int8_t *l_953 = &l_906.f0;
            uint32_t **l_956 = &g_754;
            uint64_t *l_963[2];
            int i, j;
            for (i = 0; i < 2; i++)
                l_963[i] = &g_328;
        }
    }
    for (g_124 = 26; (g_124 >= (-7)); g_124 = safe_sub_func_uint32_t_u_u(g_124, 5))
    { /* block id: 463 */
        uint32_t l_1007 = 18446744073709551615UL;
        const union U2 *l_1015 = &g_85[0][1];
        uint32_t ***l_1054 = &g_783;
        int32_t l_1059 = (-1L);
        const int32_t l_1098 = (-1L);
        int32_t l_1128 = 0x4EA78118L;
        struct S1 *l_1135 = &g_86[4];
        uint8_t ***l_1147[5] = {&g_1146,&g_1146,&g_1146,&g_1146,&g_1146};
        uint32_t **l_1177 = &g_784[0];
        int32_t l_1179[9][7] = {{0x5298F2F8L,0x75AF83B6L,0x5298F2F8L,(-1L),0x437BE013L,0x06CBFA4BL,(-1L)},{(-6L),0x75AF83B6L,(-1L),1L,0x437BE013L,0xBED29B74L,1L},{(-6L),(-1L),0x5298F2F8L,1L,0x06CBFA4BL,0x06CBFA4BL,1L},{0x5298F2F8L,0x75AF83B6L,0x5298F2F8L,(-1L),0x437BE013L,0x06CBFA4BL,(-1L)},{(-6L),0x75AF83B6L,(-1L),1L,0x437BE013L,0xBED29B74L,1L},{(-6L),(-1L),0x5298F2F8L,1L,0x06CBFA4BL,0x06CBFA4BL,1L},{0x5298F2F8L,0x75AF83B6L,0x5298F2F8L,(-1L),0x437BE013L,0x06CBFA4BL,(-1L)},{(-6L),0x75AF83B6L,(-1L),1L,0x437BE013L,0xBED29B74L,1L},{(-6L),(-1L),0x5298F2F8L,1L,0x06CBFA4BL,0x06CBFA4BL,1L}};
        struct S1 l_1258 = {-11,7,0xE512L,4875,252,-7,11};
        int i, j;
        for (g_361 = 0; (g_361 >= 0); g_361 -= 1)
        { /* block id: 466 */
            struct S0 l_978[10][3] = {{{-45},{16},{-45}},{{-224},{136},{136}},{{243},{16},{243}},{{-224},{-224},{136}},{{-45},{16},{-45}},{{-224},{136},{136}},{{243},{16},{243}},{{-224},{-224},{136}},{{-45},{16},{-45}},{{-224},{136},{136}}};
            int32_t l_1004 = 6L;
            uint64_t **l_1011 = &g_327;
            uint32_t l_1013[5][8][3] = {{{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L}},{{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L}},{{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L}},{{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xCC8A1B87L},{0x142F71A5L,0x76E8404DL,0x142F71A5L},{0xCC8A1B87L,1UL,0xFEAB142DL}},{{4294967295UL,0x142F71A5L,4294967295UL},{0xFEAB142DL,0xCC8A1B87L,0xFEAB142DL},{4294967295UL,0x142F71A5L,4294967295UL},{0xFEAB142DL,0xCC8A1B87L,0xFEAB142DL},{4294967295UL,0x142F71A5L,4294967295UL},{0xFEAB142DL,0xCC8A1B87L,0xFEAB142DL},{4294967295UL,0x142F71A5L,4294967295UL},{0xFEAB142DL,0xCC8A1B87L,0xFEAB142DL}}};
            struct S0 l_1046 = {159};
            int32_t *l_1083 = &g_540;
            uint32_t ***l_1095 = &g_783;
            uint32_t ****l_1096 = &l_1095;
            struct S0 *l_1099 = &l_10[0][0][4];
            struct S0 *l_1100 = &l_978[6][0];
            struct S1 *l_1133 = (void*)0;
            struct S1 **l_1134[1];
            int16_t *l_1137 = &g_122[(g_361 + 4)];
            uint8_t * const *l_1144 = &l_809;
            uint8_t * const **l_1143[4][4] = {{(void*)0,&l_1144,(void*)0,&l_1144},{(void*)0,&l_1144,(void*)0,&l_1144},{(void*)0,&l_1144,(void*)0,&l_1144},{(void*)0,&l_1144,(void*)0,&l_1144}};
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_1134[i] = &l_1133;
            for (g_391 = 0; (g_391 <= 0); g_391 += 1)
            { /* block id: 469 */
                int32_t *l_977 = &g_7;
                uint64_t * const *l_1008[2][9][9] = {{{&g_327,&g_327,(void*)0,&g_327,&g_327,&g_327,(void*)0,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{(void*)0,&g_327,(void*)0,(void*)0,(void*)0,&g_327,(void*)0,(void*)0,(void*)0},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,(void*)0,(void*)0,(void*)0,&g_327,(void*)0,(void*)0,(void*)0,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{(void*)0,(void*)0,(void*)0,&g_327,(void*)0,(void*)0,(void*)0,&g_327,(void*)0},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,(void*)0,&g_327,&g_327,&g_327,(void*)0,&g_327,&g_327}},{{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{(void*)0,&g_327,(void*)0,(void*)0,(void*)0,&g_327,(void*)0,(void*)0,(void*)0},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,(void*)0,(void*)0,(void*)0,&g_327,(void*)0,(void*)0,(void*)0,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{(void*)0,(void*)0,(void*)0,&g_327,(void*)0,(void*)0,(void*)0,&g_327,(void*)0},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327},{&g_327,&g_327,(void*)0,&g_327,&g_327,&g_327,(void*)0,&g_327,&g_327},{&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327,&g_327}}};
                const union U2 **l_1016 = &l_1015;
                uint16_t *l_1026 = (void*)0;
                uint16_t *l_1027 = &g_401;
                uint32_t ***l_1028 = (void*)0;
                int32_t l_1039 = 7L;
                int8_t l_1085[4];
                int i, j, k;
                for (i = 0; i < 4; i++)
                    l_1085[i] = 0x3AL;
                for (g_96 = 1; (g_96 >= 0); g_96 -= 1)
                { /* block id: 472 */
                    for (g_11 = 2; (g_11 <= 6); g_11 += 1)
                    { /* block id: 475 */
                        int i;
                        l_977 = &g_53[(g_391 + 2)];
                    }
                }
                if (g_122[(g_391 + 5)])
                { /* block id: 479 */
                    return l_978[6][0];
                }
                else
                { /* block id: 481 */
                    const struct S1 l_983 = {1,62,1UL,-3740,45,-1,51};
                    struct S0 *l_1014 = &l_978[7][0];
                    for (g_221 = 0; (g_221 <= 1); g_221 += 1)
                    { /* block id: 484 */
                        int32_t l_1002[4][6] = {{0L,0xC040FA10L,0L,0xC040FA10L,0L,0xC040FA10L},{0L,0xC040FA10L,0L,0xC040FA10L,0L,0xC040FA10L},{0L,0xC040FA10L,0L,0xC040FA10L,0L,0xC040FA10L},{0L,0xC040FA10L,0L,0xC040FA10L,0L,0xC040FA10L}};
                        int8_t *l_1003 = &l_837.f0;
                        int8_t *l_1005 = &l_906.f0;
                        uint8_t l_1006[1];
                        uint64_t ***l_1010[9] = {&g_326[3][3][5],&g_326[3][3][5],&l_1009,&g_326[3][3][5],&g_326[3][3][5],&l_1009,&g_326[3][3][5],&g_326[3][3][5],&l_1009};
                        int i, j;
                        for (i = 0; i < 1; i++)
                            l_1006[i] = 0x28L;
                        l_1007 = ((safe_lshift_func_int16_t_s_s(((safe_mod_func_uint32_t_u_u(((l_983 , (((safe_mod_func_int8_t_s_s(g_53[(g_221 + 1)], (0x0BEEA300472D0DD4LL ^ g_53[g_221]))) <= (safe_rshift_func_int8_t_s_u((((safe_div_func_int32_t_s_s((((((safe_rshift_func_int16_t_s_u((safe_rshift_func_int16_t_s_u((safe_lshift_func_uint8_t_u_s(((safe_sub_func_uint64_t_u_u((g_357[0][4] , (l_998 != (((*l_1005) = ((safe_div_func_int16_t_s_s(g_53[g_221], ((((p_3.f0 ^ (l_1004 ^= (((*l_1003) = (((((l_1002[2][4] = (l_1001[1][0][2] |= (g_85[0][0] , 1L))) < l_978[6][0].f0) , (-1L)) || 0L) ^ 0x033DL)) & p_4))) & 18446744073709551615UL) > p_3.f0) & (-10L)))) != (**g_556))) & p_4))), 0x502B40E95901E197LL)) & p_4), p_3.f0)), l_983.f4)), p_3.f0)) || p_3.f0) == 0x502DBCBAL) & (*g_808)) , l_1002[2][1]), (**g_783))) , 0x5AAE2955L) && p_4), 2))) > 1UL)) >= l_983.f4), l_1006[0])) || p_4), l_978[6][0].f0)) ^ l_978[6][0].f0);
                        p_3.f0 &= (*g_82);
                        (*g_82) = (l_1008[1][6][4] != (l_1011 = l_1009));
                        return p_3;
                    }
                    for (l_837.f0 = 0; (l_837.f0 <= 0); l_837.f0 += 1)
                    { /* block id: 498 */
                        uint32_t ***l_1012[9][7] = {{&g_783,&g_783,&g_783,&g_783,&g_783,&g_783,&g_783},{&g_783,&g_783,&g_783,&g_783,&g_783,&g_783,&g_783},{&g_783,&g_783,&g_783,&g_783,&g_783,&g_783,&g_783},{&g_783,&g_783,&g_783,&g_783,&g_783,&g_783,&g_783},{&g_783,&g_783,&g_783,&g_783,&g_783,&g_783,&g_783},{&g_783,&g_783,&g_783,&g_783,&g_783,&g_783,&g_783},{&g_783,&g_783,&g_783,&g_783,&g_783,&g_783,&g_783},{&g_783,&g_783,&g_783,&g_783,&g_783,&g_783,&g_783},{&g_783,&g_783,&g_783,&g_783,&g_783,&g_783,&g_783}};
                        int i, j;
                        g_783 = &g_784[0];
                        if (p_3.f0)
                            continue;
                        if ((*l_977))
                            continue;
                        if (l_1013[2][3][0])
                            continue;
                    }
                    (*l_1014) = func_39((**g_783), p_3.f0, (*g_270), l_983.f6);
                }
                (*l_1016) = l_1015;
                if ((4294967295UL <= (+(safe_mul_func_int8_t_s_s((((*l_977) || ((safe_lshift_func_int16_t_s_s((l_1007 >= (((safe_mul_func_uint16_t_u_u(((*l_1027) |= (*g_270)), l_1007)) > p_3.f0) >= ((((*l_809) &= (l_1007 & 0xC366076CL)) != (((*l_977) , p_3.f0) , 0x19L)) , 0xFEAAL))), (*l_843))) != (**g_556))) < 0L), (*l_843))))))
                { /* block id: 509 */
                    int16_t *l_1038 = &g_591;
                    const int32_t **l_1040[1][7][9] = {{{&l_843,&l_843,&l_843,(void*)0,&l_843,&l_843,&l_843,(void*)0,&l_843},{&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843},{&l_843,(void*)0,&l_843,(void*)0,&l_843,(void*)0,&l_843,(void*)0,&l_843},{&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843},{&l_843,(void*)0,&l_843,&l_843,&l_843,(void*)0,&l_843,&l_843,&l_843},{&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843},{&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843}}};
                    int32_t *l_1043 = (void*)0;
                    int i, j, k;
                    l_1039 ^= ((((*l_977) = ((void*)0 != l_1028)) > ((safe_add_func_uint16_t_u_u(((*l_1027) = (p_3.f0 || l_1004)), (((*l_1038) = ((safe_rshift_func_uint8_t_u_u(255UL, (safe_lshift_func_int16_t_s_u((g_122[(g_361 + 4)] |= p_3.f0), 12)))) || (safe_mod_func_uint8_t_u_u((p_4 > p_4), (+g_122[(g_361 + 4)]))))) == p_4))) > 255UL)) ^ (**g_556));
                    g_1041[6][3] = &p_4;
                    for (l_810 = 0; (l_810 <= 1); l_810 += 1)
                    { /* block id: 518 */
                        int32_t *l_1042 = (void*)0;
                        l_1043 = l_1042;
                        if (p_4)
                            break;
                    }
                    for (l_810 = 0; (l_810 <= 1); l_810 += 1)
                    { /* block id: 524 */
                        struct S0 *l_1045 = &l_10[0][1][6];
                        struct S0 **l_1044 = &l_1045;
                        (*l_1044) = (void*)0;
                        return l_1046;
                    }
                }
                else
                { /* block id: 528 */
                    uint8_t l_1060 = 0x29L;
                    if (p_3.f0)
                    { /* block id: 529 */
                        uint32_t ****l_1055 = (void*)0;
                        uint32_t ****l_1056 = &l_1054;
                        (*g_82) = (safe_sub_func_uint8_t_u_u(((9L && (!((*g_557) & (safe_mod_func_int8_t_s_s((safe_mod_func_uint16_t_u_u((func_39((**g_783), (((*l_1056) = l_1054) != &l_923[6][4][0]), (*g_270), l_1007) , (safe_sub_func_int64_t_s_s((**g_556), (-2L)))), l_1059)), p_4))))) == p_4), l_1060));
                        return p_3;
                    }
                    else
                    { /* block id: 533 */
                        const int32_t **l_1061 = &l_843;
                        int32_t *l_1082 = &l_810;
                        int32_t **l_1081 = &l_1082;
                        uint64_t l_1086 = 18446744073709551615UL;
                        (*l_1061) = &p_4;
                        p_3.f0 = (((safe_add_func_uint64_t_u_u(l_1013[2][3][0], (+0x4AL))) , g_85[0][1]) , (safe_add_func_int32_t_s_s((safe_rshift_func_int8_t_s_s((safe_div_func_int8_t_s_s((**l_1061), (safe_sub_func_uint64_t_u_u((((safe_lshift_func_uint16_t_u_s(((((safe_add_func_int32_t_s_s(((*l_977) = (safe_sub_func_int16_t_s_s(((((*g_808) = l_1046.f0) == (safe_mul_func_uint16_t_u_u((0xFDL && ((((((*l_1081) = &g_540) != l_1083) != (((+l_1004) || l_1060) >= l_1004)) , l_1085[3]) , p_3.f0)), l_1060))) == 0x4B4D919AL), 65534UL))), 0x01BA99C6L)) || l_978[6][0].f0) , l_1086) , 0x8A0DL), (*l_843))) == p_3.f0) && 0x6B86L), p_3.f0)))), 4)), p_3.f0)));
                        (*g_82) = p_4;
                        (*l_1061) = (*l_1061);
                    }
                }
            }
            (*l_1100) = ((*l_1099) = func_39((safe_mod_func_int32_t_s_s((((safe_mul_func_uint8_t_u_u(((safe_mul_func_int8_t_s_s(0xF3L, g_122[(g_361 + 1)])) | ((safe_mul_func_int8_t_s_s((((((((((**g_783) = (l_1054 == (g_122[(g_361 + 2)] , ((*l_1096) = l_1095)))) > (l_1059 | ((((!(((((0x96EF97648E99BBF8LL <= ((0L ^ (((*l_843) , l_1004) && 0x73L)) == 0x911A1B944A7AD1CDLL)) && 4294967290UL) == 0x9AFD5B14E7BED885LL) , &g_122[(g_361 + 2)]) == &g_122[3])) , &p_4) == &p_4) == 255UL))) , g_85[0][1]) , l_1059) == p_3.f0) < p_4) > (*g_270)) , p_4), 0xD8L)) == p_3.f0)), 252UL)) | l_1098) >= 0L), (*l_843))), p_3.f0, l_978[6][0].f0, p_3.f0));
            l_1128 ^= ((((void*)0 != &l_809) , ((((safe_sub_func_int32_t_s_s((((((safe_unary_minus_func_int64_t_s(((safe_mul_func_uint8_t_u_u((*g_808), (*g_808))) , 1L))) || ((safe_rshift_func_int8_t_s_u(((safe_lshift_func_int8_t_s_u((safe_lshift_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((safe_rshift_func_int8_t_s_s((((*g_270) >= (safe_rshift_func_int16_t_s_s((safe_unary_minus_func_uint16_t_u((+((*g_82) &= (safe_div_func_int32_t_s_s(((((p_4 != ((**l_1009)--)) <= ((safe_rshift_func_int16_t_s_u((safe_unary_minus_func_int16_t_s((g_122[(g_361 + 4)] = p_3.f0))), (((*g_270) == l_1127[2][5]) <= l_1059))) , p_3.f0)) == l_978[6][0].f0) > (**g_556)), 9L)))))), 12))) > 0xCFBEE5DBL), 5)), 1)), 0)), (*g_808))) , p_3.f0), 2)) , l_1007)) >= 0xE9AE3506B6211CDELL) ^ (*g_808)) || (*g_270)), p_4)) , p_3.f0) >= l_1046.f0) <= l_1013[2][3][0])) , 0L);
            (*g_82) = (safe_sub_func_int8_t_s_s((p_4 == (safe_add_func_uint16_t_u_u((((*l_1137) &= (((l_1135 = l_1133) != (g_1136 = l_846)) == ((*g_327) ^ p_3.f0))) == ((safe_add_func_int16_t_s_s(0x7365L, p_4)) == (+(safe_mul_func_uint16_t_u_u(((((l_1143[1][3] != (l_1147[3] = g_1145[0])) == p_4) || l_1007) && 248UL), (*g_270)))))), l_1128))), (-5L)));
        }
        for (g_7 = 0; (g_7 <= 14); g_7 = safe_add_func_int64_t_s_s(g_7, 1))
        { /* block id: 560 */
            int32_t *l_1150 = &l_1059;
            l_1150 = (void*)0;
        }
        for (l_906.f0 = 0; (l_906.f0 >= 1); l_906.f0 = safe_add_func_uint32_t_u_u(l_906.f0, 1))
        { /* block id: 565 */
            int32_t l_1178 = 0L;
            int16_t *l_1180 = (void*)0;
            int16_t *l_1181 = &g_122[2];
            const int8_t * const l_1185[5][7] = {{&l_837.f0,&l_837.f0,&l_837.f0,&l_837.f0,(void*)0,&l_837.f0,&l_837.f0},{&l_837.f0,&l_837.f0,&l_837.f0,&g_192,&l_837.f0,&l_837.f0,&l_837.f0},{(void*)0,&l_837.f0,&g_192,&l_837.f0,(void*)0,(void*)0,&l_837.f0},{&g_192,&l_837.f0,&g_192,&l_906.f0,&l_906.f0,&g_192,&l_837.f0},{&l_837.f0,(void*)0,(void*)0,(void*)0,(void*)0,&l_837.f0,(void*)0}};
            int32_t l_1214[1];
            struct S1 l_1215 = {-1,-12,0x0A27L,-4721,51,-4,53};
            int16_t l_1227 = 0x0A80L;
            int32_t l_1248 = 0x65EC9331L;
            struct S1 ** const l_1259 = &l_1135;
            int i, j;
            for (i = 0; i < 1; i++)
                l_1214[i] = 0xEBF5C75DL;
            if ((safe_lshift_func_uint8_t_u_s(((safe_mod_func_uint32_t_u_u(0x2ECF9BF8L, (safe_mul_func_int16_t_s_s((safe_rshift_func_int8_t_s_u((safe_unary_minus_func_int16_t_s(l_1128)), (safe_mul_func_int16_t_s_s(((((*l_1181) = ((p_3.f0 < (safe_add_func_int64_t_s_s(((l_1179[7][0] = (0xA0B761D84BE19BBDLL == (safe_sub_func_uint8_t_u_u((((safe_rshift_func_uint16_t_u_s(((g_540 = (safe_mul_func_uint16_t_u_u((l_1059 |= (((*l_846) , (l_1007 && (safe_sub_func_int64_t_s_s((((((((*l_1054) = l_1176) != l_1177) > ((*l_843) != (*l_843))) < l_1178) | l_1007) , 0xB1B6C650275A71C1LL), 0x83E2606A6C739189LL)))) > 0x9F89L)), 0x8DC1L))) , p_4), 13)) ^ l_1007) , (**g_1146)), l_1178)))) && l_1178), 0xB6A9115950A7B13FLL))) && p_4)) , (*l_843)) > l_1178), l_1007)))), 0xA3C5L)))) != p_3.f0), 5)))
            { /* block id: 571 */
                uint8_t l_1182 = 253UL;
                int8_t *l_1213 = &g_361;
                l_1182++;
                l_1214[0] |= ((l_1185[0][1] == &g_361) > (safe_mod_func_uint16_t_u_u((((((*l_1213) = ((*l_843) > (~((safe_mul_func_uint8_t_u_u(p_4, ((((((++(**l_1009)) && l_1007) == (safe_sub_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s((safe_add_func_uint32_t_u_u((safe_unary_minus_func_int32_t_s((safe_mul_func_int16_t_s_s((safe_mod_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_u(p_4, (~(-1L)))) && (safe_rshift_func_uint8_t_u_s(((((safe_lshift_func_uint16_t_u_s(((((safe_mul_func_uint16_t_u_u((p_3 , (((4L > 4UL) <= 0x707BA9D61E4E7F63LL) != (-3L))), (*l_843))) || l_1182) & 0x4ADDA29AL) || p_4), p_4)) < p_3.f0) > 0x612CD304L) ^ 0L), p_4))), p_3.f0)), l_1182)))), (**g_783))), l_1182)), (*g_270)))) || (*g_557)) & 0xF5L) == 0UL))) != (*g_82))))) | 255UL) && 1UL) || 0x78DC1CA1L), l_1059)));
                if (l_1182)
                    continue;
                (*l_846) = l_1215;
            }
            else
            { /* block id: 578 */
                uint16_t l_1222 = 0UL;
                int32_t l_1223 = 0x6A03044DL;
                int16_t l_1224 = 1L;
                int32_t l_1225 = 0x23CBE678L;
                int32_t l_1226 = 1L;
                int32_t l_1228 = 0xC8A9FCC9L;
                int32_t l_1229 = 0x53902380L;
                struct S1 *l_1235 = &l_1215;
                uint8_t *l_1244[5];
                int i;
                for (i = 0; i < 5; i++)
                    l_1244[i] = &g_357[4][2];
                p_3.f0 = ((g_593[0] ^= (safe_mod_func_int16_t_s_s((safe_lshift_func_int16_t_s_u(((func_39((*l_843), (safe_unary_minus_func_uint16_t_u((p_3 , (*l_843)))), (*g_270), p_4) , (safe_unary_minus_func_uint8_t_u((*l_843)))) | ((((p_4 <= ((*l_846) , (*g_557))) < l_1222) < 4294967293UL) | l_1215.f5)), 4)), 65528UL))) , l_1007);
                ++g_1230[7];
                if ((safe_add_func_uint16_t_u_u(((g_1236 = ((*l_1235) = ((*l_846) = g_86[2]))) , (safe_sub_func_int64_t_s_s((*l_843), (l_1179[7][4] = (safe_add_func_uint8_t_u_u(((void*)0 == l_1241), l_1225)))))), (safe_mul_func_int8_t_s_s(l_1098, ((((l_1244[4] == g_1245) > (safe_sub_func_uint64_t_u_u(l_1178, 0x532B366E7D00D624LL))) && l_1225) && l_1248))))))
                { /* block id: 586 */
                    int32_t *l_1253 = &l_1225;
                    l_1253 = ((safe_add_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u(p_4, (&g_270 == (void*)0))), 0x4BL)) , l_1253);
                }
                else
                { /* block id: 588 */
                    return g_97;
                }
            }
            l_1258.f0 = (safe_lshift_func_int8_t_s_u((((l_1248 | (safe_lshift_func_uint8_t_u_s(255UL, 4))) != ((l_1258 , l_1259) != (void*)0)) & (!l_1258.f0)), 3));
        }
        return l_10[2][3][0];
    }
    p_3.f0 = (+((safe_mod_func_int64_t_s_s((((*l_1275) = (((*l_846) = g_86[0]) , ((safe_unary_minus_func_uint8_t_u((((*g_808) ^= ((((safe_mod_func_uint32_t_u_u(((--(**l_1176)) > 1L), p_3.f0)) , g_97) , l_923[5][1][1]) == l_1269)) , (((*g_82) = (((((*l_1270) = (void*)0) != ((g_1272 != &g_1273) , &p_3)) , p_4) > p_4)) == p_4)))) , l_1274))) == (*g_1146)), p_3.f0)) >= 18446744073709551611UL));
    return p_3;
}


/* ------------------------------------------ */
/* 
 * reads : g_124 g_53 g_357 g_86.f5 g_192 g_475 g_82 g_221 g_86.f6 g_270 g_86.f2 g_327 g_391 g_97.f0 g_401 g_85.f0 g_556 g_557 g_591 g_96 g_86.f1 g_7 g_97 g_85 g_783
 * writes: g_438 g_124 g_357 g_361 g_53 g_86 g_221 g_408 g_540 g_391 g_401 g_556 g_593 g_96 g_97 g_328 g_475
 */
static uint32_t  func_12(uint8_t  p_13, int32_t  p_14, const int64_t  p_15, uint32_t  p_16, int16_t  p_17)
{ /* block id: 196 */
    uint64_t l_435 = 7UL;
    int16_t *l_436[6];
    int16_t **l_437[1][6];
    int64_t *l_439 = (void*)0;
    int64_t *l_440 = (void*)0;
    int64_t *l_441 = &g_124;
    uint16_t l_444[1][2];
    int32_t l_449 = 0x16B1E33CL;
    uint8_t l_460 = 0xF8L;
    int32_t *l_488 = (void*)0;
    struct S0 *l_517[9];
    union U2 l_543 = {0xD6L};
    int32_t l_620 = 0x02EE6CFAL;
    int32_t l_621 = 1L;
    int32_t l_622 = 0x5E7A58B2L;
    int32_t l_624 = 0x8EC12E6FL;
    int32_t l_626 = 0xFAD87F8DL;
    int32_t l_627 = 0x05745C2CL;
    int32_t l_629 = 5L;
    int32_t l_630[10][9] = {{(-1L),0xC344E28FL,0x2AA5D575L,7L,0L,7L,0xF8523939L,0xC344E28FL,0x49F62DDCL},{(-1L),0x4C2C9406L,0x5C92528DL,7L,0xC344E28FL,0x699E280FL,0xF8523939L,0x4C2C9406L,0xEEDC33F1L},{(-1L),0L,0xF8523939L,7L,0x4C2C9406L,7L,0xF8523939L,0L,(-1L)},{(-1L),0xC344E28FL,0x2AA5D575L,7L,0L,7L,0xF8523939L,0xC344E28FL,0x49F62DDCL},{(-1L),0x4C2C9406L,0x5C92528DL,7L,0xC344E28FL,0x699E280FL,0xF8523939L,0x4C2C9406L,0xEEDC33F1L},{(-1L),0L,0xF8523939L,7L,0x4C2C9406L,7L,0xF8523939L,0L,(-1L)},{(-1L),0xC344E28FL,0x2AA5D575L,7L,0L,7L,0xF8523939L,0xC344E28FL,0x49F62DDCL},{(-1L),0x4C2C9406L,0x5C92528DL,7L,0xC344E28FL,0x699E280FL,0xF8523939L,0x4C2C9406L,0xEEDC33F1L},{(-1L),0L,0xF8523939L,7L,0x4C2C9406L,7L,0xF8523939L,0L,(-1L)},{(-1L),0xC344E28FL,0x2AA5D575L,7L,0L,7L,0xF8523939L,0xC344E28FL,0x49F62DDCL}};
    int32_t l_631 = (-1L);
    int32_t ***l_637 = &g_102[6];
    uint8_t *l_648 = &g_357[4][3];
    uint8_t **l_647 = &l_648;
    const uint32_t l_653[7][2] = {{0xDBEDCBD7L,0xDBEDCBD7L},{0xDBEDCBD7L,0xDBEDCBD7L},{0xDBEDCBD7L,0xDBEDCBD7L},{0xDBEDCBD7L,0xDBEDCBD7L},{0xDBEDCBD7L,0xDBEDCBD7L},{0xDBEDCBD7L,0xDBEDCBD7L},{0xDBEDCBD7L,0xDBEDCBD7L}};
    int32_t l_672 = 5L;
    int32_t l_681[1][1];
    uint16_t l_698 = 0x79C6L;
    uint32_t l_748[6] = {0x1C8BC235L,0x1C8BC235L,0x1C8BC235L,0x1C8BC235L,0x1C8BC235L,0x1C8BC235L};
    int64_t l_758[9][5][4] = {{{0x22C4C0BE56578C3DLL,5L,0x60FC98218A2CB11BLL,0x28B3DFC6C99C8C60LL},{(-1L),0xBEF4DD8BB1530E94LL,0x5E7EF91AE58D4D92LL,0xD0C1A0E978E16F4FLL},{0xD90B558544558B87LL,0x044D75B03ED20452LL,(-1L),(-1L)},{0L,0xD90B558544558B87LL,0xBEF4DD8BB1530E94LL,7L},{(-1L),0x3811B4270185ADF9LL,0x3811B4270185ADF9LL,(-1L)}},{{0x5E7EF91AE58D4D92LL,0x88E45FF352C6A662LL,0x044D75B03ED20452LL,0xBEF4DD8BB1530E94LL},{0xDAD7435E5DF8B912LL,6L,0x1E8336B93C4D0078LL,0x66FF58331F09672CLL},{0x3811B4270185ADF9LL,0x22C4C0BE56578C3DLL,0xF156F4B6449A24FDLL,0x66FF58331F09672CLL},{5L,6L,0x3994E7EBB44CFABELL,0xBEF4DD8BB1530E94LL},{0L,0x88E45FF352C6A662LL,0L,(-1L)}},{{(-1L),0x3811B4270185ADF9LL,0L,7L},{0xD0C1A0E978E16F4FLL,0xD90B558544558B87LL,(-1L),(-1L)},{0xB8E6AB623044FCC8LL,0x044D75B03ED20452LL,(-8L),0xD0C1A0E978E16F4FLL},{6L,0xBEF4DD8BB1530E94LL,0L,0x28B3DFC6C99C8C60LL},{0x66FF58331F09672CLL,5L,(-1L),5L}},{{(-1L),0xD0C1A0E978E16F4FLL,5L,(-1L)},{(-1L),5L,0xBEF4DD8BB1530E94LL,1L},{0L,5L,0x28B3DFC6C99C8C60LL,0xB8E6AB623044FCC8LL},{0L,(-8L),0xBEF4DD8BB1530E94LL,0xD4F6EAAA9822418ELL},{0x5E7EF91AE58D4D92LL,0xB8E6AB623044FCC8LL,0L,0xD90B558544558B87LL}},{{0x2DD2FC8BF5050CCDLL,0xBEF4DD8BB1530E94LL,0x3994E7EBB44CFABELL,6L},{(-1L),0xF156F4B6449A24FDLL,0xAB864E0A538C350BLL,(-8L)},{1L,0xAB864E0A538C350BLL,0x44E3925D12FEC989LL,0x2DD2FC8BF5050CCDLL},{6L,0x22C4C0BE56578C3DLL,5L,0x3811B4270185ADF9LL},{(-1L),0xD4F6EAAA9822418ELL,0x1E8336B93C4D0078LL,0x1E8336B93C4D0078LL}},{{0L,0L,0x42F88FF19E40C191LL,5L},{0x1E8336B93C4D0078LL,0xD0C1A0E978E16F4FLL,0x66FF58331F09672CLL,0x28B3DFC6C99C8C60LL},{0L,(-1L),0L,0x66FF58331F09672CLL},{(-1L),(-1L),0xD4F6EAAA9822418ELL,0x28B3DFC6C99C8C60LL},{(-1L),0xD0C1A0E978E16F4FLL,9L,5L}},{{0x88E45FF352C6A662LL,0L,(-1L),0x1E8336B93C4D0078LL},{5L,0xD4F6EAAA9822418ELL,1L,0x3811B4270185ADF9LL},{0x42F88FF19E40C191LL,0x22C4C0BE56578C3DLL,0x5E7EF91AE58D4D92LL,0x2DD2FC8BF5050CCDLL},{0x60FC98218A2CB11BLL,0xAB864E0A538C350BLL,0x88E45FF352C6A662LL,(-8L)},{5L,0xF156F4B6449A24FDLL,(-1L),6L}},{{0xDAD7435E5DF8B912LL,0xBEF4DD8BB1530E94LL,0xDAD7435E5DF8B912LL,0xD90B558544558B87LL},{1L,0xB8E6AB623044FCC8LL,0L,0xD4F6EAAA9822418ELL},{0xD0C1A0E978E16F4FLL,(-8L),0x044D75B03ED20452LL,0xB8E6AB623044FCC8LL},{0xF156F4B6449A24FDLL,5L,0x044D75B03ED20452LL,1L},{0xD0C1A0E978E16F4FLL,5L,0L,0x5E7EF91AE58D4D92LL}},{{1L,(-1L),0xDAD7435E5DF8B912LL,0L},{0xDAD7435E5DF8B912LL,0L,(-1L),0x044D75B03ED20452LL},{5L,1L,0x88E45FF352C6A662LL,(-1L)},{0x60FC98218A2CB11BLL,9L,0x5E7EF91AE58D4D92LL,0x3994E7EBB44CFABELL},{0x42F88FF19E40C191LL,0x60FC98218A2CB11BLL,1L,0xBEF4DD8BB1530E94LL}}};
    const uint32_t l_791[7] = {0x6C8AFF58L,0x6C8AFF58L,0x6C8AFF58L,0x6C8AFF58L,0x6C8AFF58L,0x6C8AFF58L,0x6C8AFF58L};
    int32_t l_792 = 1L;
    int8_t l_794[10][9] = {{(-1L),(-1L),(-3L),0x33L,(-3L),(-1L),(-1L),(-3L),0x33L},{0x64L,0xD7L,0x64L,(-3L),(-3L),0x64L,0xD7L,0x64L,(-3L)},{0x64L,(-3L),(-3L),0x64L,0xD7L,0x64L,(-3L),(-3L),0x64L},{(-1L),(-3L),0x33L,(-3L),(-1L),(-1L),(-3L),0x33L,(-3L)},{(-3L),0xD7L,0x33L,0x33L,0xD7L,(-3L),0xD7L,0x33L,0x33L},{(-1L),(-1L),(-3L),0x33L,(-3L),(-1L),(-1L),(-3L),0x33L},{0x64L,0xD7L,0x64L,(-3L),(-3L),0x64L,0xD7L,0x64L,(-3L)},{0x64L,(-3L),(-3L),0x64L,0xD7L,0x64L,0x64L,0x64L,0x33L},{(-3L),0x64L,0xD7L,0x64L,(-3L),(-3L),0x64L,0xD7L,0x64L},{0x64L,(-1L),0xD7L,0xD7L,(-1L),0x64L,(-1L),0xD7L,0xD7L}};
    int32_t l_795 = (-6L);
    int64_t ***l_799[4][8][3] = {{{&g_556,(void*)0,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{(void*)0,&g_556,&g_556},{&g_556,(void*)0,&g_556}},{{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,(void*)0,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556}},{{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{(void*)0,&g_556,&g_556},{&g_556,(void*)0,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556}},{{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,(void*)0,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556}}};
    int8_t l_800 = 1L;
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_436[i] = (void*)0;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 6; j++)
            l_437[i][j] = &l_436[4];
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_444[i][j] = 0x78E4L;
    }
    for (i = 0; i < 9; i++)
        l_517[i] = &g_97;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_681[i][j] = (-1L);
    }
    if (((safe_lshift_func_uint16_t_u_s(((l_435 && (l_435 >= (((&p_17 == (g_438[0][0] = l_436[2])) , ((*l_441) &= 0L)) | (safe_mod_func_int32_t_s_s((l_444[0][0] & (safe_lshift_func_uint8_t_u_s(g_53[2], 6))), (((((((((((p_13 || (safe_mod_func_uint64_t_u_u((l_449 = (l_444[0][1] == 65535UL)), p_14))) != p_13) || l_435) == 0x343B6C830FCF63CBLL) , 4UL) > l_444[0][1]) || g_357[0][4]) >= p_13) ^ p_15) < 0xC8CA466FL) & p_16)))))) | 0x9FC34CE3L), p_17)) == g_357[0][4]))
    { /* block id: 200 */
        uint64_t l_454 = 8UL;
        struct S1 l_458 = {7,50,0x713EL,-8607,88,-7,21};
        int32_t *l_486 = (void*)0;
        struct S0 *l_512 = (void*)0;
        if ((safe_lshift_func_uint8_t_u_u((&g_124 == l_439), 4)))
        { /* block id: 201 */
            uint8_t *l_455[8][1][8] = {{{&g_357[0][4],&g_166,&g_357[0][4],&g_357[0][4],&g_166,&g_357[0][4],&g_166,&g_357[0][4]}},{{&g_166,&g_357[0][4],&g_166,&g_357[0][4],&g_166,&g_357[0][4],&g_357[0][4],&g_166}},{{&g_357[0][4],&g_166,&g_166,&g_357[0][4],&g_357[0][4],&g_166,&g_357[0][4],&g_357[0][4]}},{{&g_166,&g_357[0][4],&g_166,&g_357[0][4],&g_166,&g_166,&g_357[0][4],&g_166}},{{&g_357[0][4],&g_357[0][4],&g_166,&g_166,&g_357[4][0],&g_166,&g_166,&g_357[0][4]}},{{&g_357[0][4],&g_166,&g_357[0][4],&g_166,&g_166,&g_357[0][4],&g_166,&g_357[0][4]}},{{&g_166,&g_357[0][4],&g_357[0][4],&g_166,&g_357[0][4],&g_357[0][4],&g_166,&g_166}},{{&g_357[0][4],&g_166,&g_357[0][4],&g_357[0][4],&g_166,&g_357[0][4],&g_166,&g_357[0][4]}}};
            int32_t l_459 = 0xA805F024L;
            int32_t l_461 = 0x5BE9E226L;
            int8_t *l_473 = &g_361;
            int8_t *l_474[4];
            int32_t **l_487[6] = {&g_408[1][0][0],&g_408[1][0][0],&g_408[1][0][0],&g_408[1][0][0],&g_408[1][0][0],&g_408[1][0][0]};
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_474[i] = (void*)0;
            l_461 &= (safe_mod_func_int64_t_s_s(((((0xAC742ACEL <= l_454) || ((++g_357[0][4]) >= (l_454 && (((&g_438[2][0] == (void*)0) ^ (((0xB327BCD8L >= p_17) > ((((l_458 , g_86[4].f5) != l_458.f2) != l_459) <= p_16)) == l_449)) | 0xD42FL)))) & l_460) > g_192), l_444[0][0]));
            (*g_82) = ((safe_mul_func_int16_t_s_s((safe_add_func_uint16_t_u_u((0xF9218DEEL != (safe_add_func_int64_t_s_s((safe_rshift_func_uint16_t_u_s((~(safe_lshift_func_int8_t_s_s(((*l_473) = l_458.f6), (l_449 = l_459)))), 14)), ((*l_441) = ((void*)0 != g_475))))), ((safe_unary_minus_func_int16_t_s(p_13)) <= (safe_mul_func_int8_t_s_s(((p_16 , (safe_lshift_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(p_13, (l_458.f3 = l_444[0][0]))), p_15)) , 0UL), l_444[0][0]))) >= p_14), p_17))))), l_444[0][0])) >= p_17);
            l_488 = l_486;
        }
        else
        { /* block id: 210 */
            int32_t *l_497[4];
            struct S0 *l_511[2][4][6] = {{{&g_97,(void*)0,&g_97,&g_97,&g_97,&g_97},{&g_97,&g_97,&g_97,(void*)0,&g_97,&g_97},{(void*)0,&g_97,&g_97,&g_97,&g_97,&g_97},{&g_97,&g_97,(void*)0,(void*)0,&g_97,&g_97}},{{&g_97,&g_97,&g_97,&g_97,&g_97,(void*)0},{(void*)0,&g_97,&g_97,&g_97,&g_97,(void*)0},{(void*)0,&g_97,&g_97,&g_97,(void*)0,&g_97},{&g_97,&g_97,&g_97,(void*)0,(void*)0,&g_97}}};
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_497[i] = &g_53[0];
            for (p_13 = 0; (p_13 >= 43); ++p_13)
            { /* block id: 213 */
                struct S1 l_491 = {-2,24,0UL,7168,123,7,17};
                struct S0 *l_507 = &g_97;
                struct S0 ** const l_506[6] = {(void*)0,(void*)0,&l_507,(void*)0,(void*)0,&l_507};
                int32_t *l_513[5][3][9] = {{{&g_11,&g_53[2],&g_53[1],&g_7,&g_53[0],&g_7,(void*)0,(void*)0,&g_7},{&g_53[0],&g_7,&g_53[1],(void*)0,&g_96,&l_449,&g_7,&l_449,&g_96},{&g_53[0],(void*)0,(void*)0,&g_53[0],&l_449,&g_53[2],&g_96,&g_53[0],&g_96}},{{(void*)0,(void*)0,(void*)0,&g_96,(void*)0,&g_53[0],&g_96,(void*)0,&g_53[2]},{&g_53[0],&g_96,&g_7,(void*)0,&l_449,&g_53[0],&l_449,(void*)0,&g_7},{(void*)0,(void*)0,&g_53[1],&g_53[2],&g_96,&g_53[1],&g_53[0],(void*)0,&g_53[2]}},{{&g_53[1],&g_53[0],&g_53[0],&g_7,&g_53[0],(void*)0,&g_53[0],&g_53[2],&g_53[1]},{&g_11,&g_96,&g_53[1],&g_53[1],&l_449,&g_53[1],&g_53[1],&g_96,&g_11},{(void*)0,&g_53[1],&g_7,&g_96,&g_53[2],&g_53[0],(void*)0,&g_7,&g_53[0]}},{{&g_53[1],&g_53[2],(void*)0,&g_53[0],&g_7,&g_53[1],&l_449,(void*)0,(void*)0},{(void*)0,&g_53[2],(void*)0,&g_96,(void*)0,&g_53[2],(void*)0,&g_7,&g_96},{&g_11,&g_11,&g_53[1],&g_96,(void*)0,(void*)0,&g_11,&l_449,&g_53[1]}},{{&g_53[1],&g_96,&g_53[1],&g_53[0],&g_96,&g_96,&g_7,&g_7,&g_96},{(void*)0,&g_53[2],(void*)0,&g_53[2],(void*)0,&g_53[0],&g_96,(void*)0,&g_96},{&g_53[0],&g_11,&g_7,&g_96,&g_53[0],&g_53[0],&g_96,&g_7,(void*)0}}};
                int i, j, k;
                for (l_458.f2 = 0; (l_458.f2 <= 6); l_458.f2 += 1)
                { /* block id: 216 */
                    struct S1 *l_492 = (void*)0;
                    struct S1 *l_493 = &g_86[2];
                    struct S1 *l_494 = &l_491;
                    int32_t l_498[9][10] = {{0x913C06DFL,(-1L),0x873501F0L,1L,0x873501F0L,(-1L),0x913C06DFL,1L,0x913C06DFL,(-1L)},{0x87D4281AL,1L,(-1L),1L,0x87D4281AL,0L,(-1L),0L,0x87D4281AL,1L},{0x873501F0L,1L,0x873501F0L,(-1L),0x913C06DFL,1L,0x913C06DFL,(-1L),0x873501F0L,1L},{0x87D4281AL,(-1L),8L,0xCCD274CBL,0x87D4281AL,0xCCD274CBL,8L,(-1L),0x87D4281AL,(-1L)},{0x913C06DFL,0xCCD274CBL,0x873501F0L,0L,0x873501F0L,0xCCD274CBL,0x913C06DFL,0L,0x913C06DFL,0xCCD274CBL},{0x87D4281AL,0L,(-1L),0L,0x87D4281AL,1L,(-1L),1L,0x87D4281AL,0L},{0x873501F0L,0L,0x873501F0L,0xCCD274CBL,0x913C06DFL,0L,0x913C06DFL,0xCCD274CBL,0x873501F0L,0L},{0x87D4281AL,0xCCD274CBL,8L,(-1L),0x87D4281AL,(-1L),8L,0xCCD274CBL,0x87D4281AL,0xCCD274CBL},{0x913C06DFL,(-1L),0x873501F0L,1L,0x873501F0L,(-1L),0x913C06DFL,1L,0x913C06DFL,(-1L)}};
                    int i, j;
                    (*l_494) = ((*l_493) = l_491);
                    for (g_221 = 0; (g_221 <= 6); g_221 += 1)
                    { /* block id: 221 */
                        int32_t *l_495[6] = {&g_11,&g_11,&g_11,&g_11,&g_11,&g_11};
                        int32_t **l_496[7] = {&l_488,&l_488,&l_488,&l_488,&l_488,&l_488,&l_488};
                        int i;
                        l_497[0] = l_495[2];
                    }
                    (*g_82) &= l_498[8][0];
                }
                for (l_460 = (-8); (l_460 == 55); ++l_460)
                { /* block id: 228 */
                    uint32_t l_503 = 0UL;
                    int32_t *l_514 = &g_96;
                    for (p_17 = 0; (p_17 == (-3)); p_17 = safe_sub_func_int64_t_s_s(p_17, 7))
                    { /* block id: 231 */
                        l_503++;
                    }
                    for (g_221 = 0; (g_221 <= 2); g_221 += 1)
                    { /* block id: 236 */
                        struct S0 ***l_508 = (void*)0;
                        struct S0 **l_510 = &l_507;
                        struct S0 ***l_509 = &l_510;
                        int i, j, k;
                        (*l_509) = l_506[0];
                        l_512 = l_511[0][2][2];
                        if (l_491.f2)
                            continue;
                        l_514 = (g_408[(g_221 + 3)][g_221][g_221] = l_513[2][0][2]);
                    }
                    for (p_16 = 1; (p_16 <= 5); p_16 += 1)
                    { /* block id: 245 */
                        int32_t **l_515 = &g_408[3][0][2];
                        (*l_515) = l_513[4][0][4];
                        if (p_15)
                            break;
                        return g_86[4].f6;
                    }
                }
            }
        }
    }
    else
    { /* block id: 253 */
        int32_t l_516 = 4L;
        int32_t l_551 = 2L;
        uint8_t *l_560[1][4][7] = {{{&g_166,(void*)0,&g_166,&g_166,&g_166,&g_166,(void*)0},{&g_166,(void*)0,&g_166,&g_166,&g_166,&g_166,(void*)0},{&g_166,(void*)0,&g_166,&g_166,&g_166,&g_166,(void*)0},{&g_166,(void*)0,&g_166,&g_166,&g_166,&g_166,(void*)0}}};
        uint8_t **l_559[10] = {&l_560[0][3][4],&l_560[0][2][0],&l_560[0][3][4],&l_560[0][3][4],&l_560[0][2][0],&l_560[0][3][4],&l_560[0][3][4],&l_560[0][2][0],&l_560[0][3][4],&l_560[0][3][4]};
        uint64_t l_573[10] = {0x07957D62924DAF0ALL,0UL,1UL,1UL,0UL,0x07957D62924DAF0ALL,0UL,1UL,1UL,0UL};
        int32_t l_595 = 0x1D52377BL;
        int32_t l_623[7] = {0x0D86ED1AL,0xF3CADAD5L,0xF3CADAD5L,0x0D86ED1AL,0xF3CADAD5L,0xF3CADAD5L,0x0D86ED1AL};
        int8_t l_628 = 0x9AL;
        uint64_t l_632 = 0xAE577C61FD4453C1LL;
        int32_t ***l_638 = (void*)0;
        int32_t l_639 = 8L;
        struct S1 *l_641 = &g_86[2];
        int i, j, k;
        if (l_516)
        { /* block id: 254 */
            struct S0 **l_518 = &l_517[3];
            const int32_t l_529 = 0x6E475BF6L;
            uint16_t *l_538 = &l_444[0][0];
            int32_t *l_539 = &g_540;
            uint16_t *l_544 = &g_401;
            int32_t l_545 = 0x727A69BEL;
            uint32_t *l_546 = &g_221;
            uint8_t **l_563 = &l_560[0][0][3];
            int32_t l_572[7] = {0xEF798A2CL,0xEF798A2CL,0xEF798A2CL,0xEF798A2CL,0xEF798A2CL,0xEF798A2CL,0xEF798A2CL};
            int i;
lbl_598:
            (*l_518) = l_517[3];
            l_545 ^= (safe_sub_func_int64_t_s_s((((safe_rshift_func_uint16_t_u_u(((safe_div_func_int32_t_s_s(((safe_sub_func_uint32_t_u_u((safe_div_func_uint16_t_u_u((l_516 ^ l_529), ((*l_544) ^= (((*l_539) = (safe_sub_func_uint32_t_u_u((safe_add_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(0x730FL, 0x0022L)), (*g_270))), (safe_add_func_int16_t_s_s(l_516, ((*l_538) = l_516)))))) , (((safe_rshift_func_uint8_t_u_u(((l_543 , (((((*g_327) &= p_15) != l_516) && 1L) , &l_435)) == (void*)0), l_516)) ^ g_97.f0) != (-7L)))))), g_53[1])) & p_13), 4294967293UL)) <= p_17), (*g_270))) | 0xB3FA1535L) , g_85[0][1].f0), g_86[4].f5));
            (*g_82) ^= (p_16 & ((*l_546)++));
            for (p_13 = (-22); (p_13 != 10); p_13++)
            { /* block id: 265 */
                uint16_t l_553 = 0x3004L;
                int32_t l_571[10][1] = {{1L},{1L},{1L},{1L},{1L},{1L},{1L},{1L},{1L},{1L}};
                int8_t l_586[5][7] = {{(-2L),0xAEL,0x35L,0x17L,1L,0x84L,0x84L},{3L,1L,0xD5L,1L,3L,(-1L),(-2L)},{0xF6L,0xAEL,0x84L,0x70L,3L,(-2L),3L},{0x84L,0x5EL,0x5EL,0x84L,(-2L),(-1L),3L},{3L,(-1L),(-2L),0x84L,0x5EL,0x5EL,0x84L}};
                int i, j;
                if (l_529)
                { /* block id: 266 */
                    int32_t *l_552 = &g_96;
                    int64_t ***l_558 = &g_556;
                    l_553--;
                    (*l_558) = g_556;
                }
                else
                { /* block id: 269 */
                    uint8_t ***l_561 = (void*)0;
                    uint8_t ***l_562[4][9];
                    int32_t l_566 = 7L;
                    int32_t l_567 = 0xB7348889L;
                    int32_t l_568 = (-10L);
                    int8_t l_570 = 0xF6L;
                    union U2 l_578 = {1L};
                    const int16_t *l_581[4][5][4] = {{{&g_122[2],&g_122[3],(void*)0,(void*)0},{&g_122[5],(void*)0,&g_122[6],(void*)0},{&g_122[2],(void*)0,&g_122[2],&g_122[2]},{&g_122[0],&g_122[6],&g_122[2],&g_122[0]},{&g_122[2],&g_122[2],&g_122[2],&g_122[2]}},{{&g_122[2],&g_122[2],&g_122[2],&g_122[2]},{&g_122[2],&g_122[2],&g_122[2],&g_122[0]},{&g_122[2],(void*)0,&g_122[2],&g_122[0]},{&g_122[2],&g_122[0],&g_122[2],&g_122[2]},{&g_122[2],&g_122[0],&g_122[2],&g_122[0]}},{{&g_122[0],(void*)0,&g_122[2],&g_122[0]},{(void*)0,&g_122[2],&g_122[2],&g_122[2]},{&g_122[2],&g_122[2],&g_122[2],&g_122[2]},{&g_122[3],&g_122[2],&g_122[2],&g_122[0]},{&g_122[6],&g_122[6],&g_122[2],&g_122[2]}},{{(void*)0,(void*)0,(void*)0,(void*)0},{&g_122[2],(void*)0,&g_122[1],(void*)0},{&g_122[2],&g_122[3],&g_122[0],(void*)0},{&g_122[2],&g_122[0],&g_122[0],&g_122[2]},{&g_122[2],&g_122[2],&g_122[1],(void*)0}}};
                    const int16_t **l_580[8] = {&l_581[2][1][3],&l_581[3][2][0],&l_581[2][1][3],&l_581[2][1][3],&l_581[3][2][0],&l_581[2][1][3],&l_581[2][1][3],&l_581[3][2][0]};
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 9; j++)
                            l_562[i][j] = &l_559[9];
                    }
                    l_563 = l_559[9];
                    if (l_516)
                        continue;
                    for (p_16 = 0; (p_16 >= 35); ++p_16)
                    { /* block id: 274 */
                        int32_t *l_569[7][5] = {{(void*)0,&l_567,&l_567,(void*)0,&l_567},{&g_53[0],&g_53[0],(void*)0,&g_53[0],&g_53[0]},{&l_567,(void*)0,&l_567,&l_567,(void*)0},{&g_53[0],&l_566,&l_566,&g_53[0],&l_566},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_566,&g_53[0],&l_566,&l_566,&g_53[0]},{(void*)0,&l_567,&l_567,(void*)0,&l_567}};
                        struct S0 * const * const l_579 = &l_517[1];
                        int64_t *l_592 = &g_593[0];
                        struct S0 **l_594 = &l_517[0];
                        int i, j;
                        ++l_573[6];
                        if (p_15)
                            continue;
                        l_545 &= (safe_mul_func_uint8_t_u_u(((((((*l_539) = ((l_578 , l_579) == (l_594 = ((((((*l_592) = ((l_580[0] != ((p_17 , (l_567 ^= (safe_mul_func_int16_t_s_s((safe_sub_func_int32_t_s_s(l_586[1][1], ((safe_mod_func_int32_t_s_s(((*g_82) = (-6L)), g_97.f0)) <= ((*g_557) ^= (safe_mod_func_int8_t_s_s(0x19L, ((&l_444[0][0] == &l_444[0][1]) , g_357[1][1]))))))), p_13)))) , (void*)0)) <= g_591)) <= 0x3D65ACDB39DD814ELL) >= l_571[0][0]) || p_14) , (void*)0)))) , l_572[6]) & l_595) || p_15) == l_551), 4L));
                    }
                }
                for (l_516 = 17; (l_516 <= 24); l_516++)
                { /* block id: 288 */
                    struct S1 * const l_601 = &g_86[0];
                    for (l_543.f0 = 1; (l_543.f0 >= 0); l_543.f0 -= 1)
                    { /* block id: 291 */
                        if (g_221)
                            goto lbl_598;
                    }
                    for (l_460 = 0; (l_460 < 2); l_460 = safe_add_func_uint16_t_u_u(l_460, 7))
                    { /* block id: 296 */
                        struct S1 **l_602 = (void*)0;
                        struct S1 **l_603 = (void*)0;
                        struct S1 *l_605 = &g_86[4];
                        struct S1 **l_604[7][9] = {{(void*)0,&l_605,&l_605,&l_605,(void*)0,&l_605,(void*)0,&l_605,&l_605},{&l_605,&l_605,&l_605,&l_605,&l_605,&l_605,&l_605,(void*)0,&l_605},{&l_605,&l_605,&l_605,&l_605,&l_605,&l_605,(void*)0,(void*)0,&l_605},{(void*)0,&l_605,&l_605,&l_605,(void*)0,&l_605,(void*)0,&l_605,&l_605},{&l_605,&l_605,&l_605,&l_605,&l_605,&l_605,&l_605,(void*)0,&l_605},{&l_605,&l_605,&l_605,&l_605,&l_605,&l_605,(void*)0,(void*)0,&l_605},{&l_605,&l_605,(void*)0,&l_605,&l_605,&l_605,&l_605,&l_605,&l_605}};
                        struct S1 **l_606 = (void*)0;
                        struct S1 **l_607 = &l_605;
                        int i, j;
                        l_545 |= l_586[3][6];
                        (*l_607) = l_601;
                    }
                }
            }
        }
        else
        { /* block id: 302 */
            int32_t *l_608 = &g_96;
            int32_t *l_609 = &l_551;
            int32_t *l_610 = &l_551;
            int32_t *l_611 = &g_53[1];
            int32_t *l_612 = &l_595;
            int32_t *l_613 = &g_96;
            int32_t *l_614 = &l_449;
            int32_t *l_615 = &g_53[0];
            int32_t *l_616 = &g_53[2];
            int32_t *l_617 = &l_551;
            int32_t *l_618 = &g_96;
            int32_t *l_619[3];
            int64_t l_625 = 3L;
            int i;
            for (i = 0; i < 3; i++)
                l_619[i] = &g_53[2];
            l_632--;
            if (((l_488 == &p_14) && ((*l_618) |= (((255UL & ((*g_557) != (p_13 & (safe_lshift_func_uint16_t_u_u((&p_15 == ((l_639 = (((*l_611) = (l_637 == (((((*g_327) = (((*l_617) >= (*l_615)) , (*l_614))) || 0x2854CE10ADED9A6ELL) , p_15) , l_638))) >= p_13)) , (void*)0)), 2))))) | g_124) || (*l_609)))))
            { /* block id: 308 */
                (*l_610) &= (p_13 >= (*l_611));
            }
            else
            { /* block id: 310 */
                int32_t l_640 = 0L;
                g_97 = func_39(p_17, l_640, (((((*g_327) |= (l_641 != (void*)0)) != l_640) , &g_401) == (void*)0), g_86[4].f1);
            }
            return g_86[4].f6;
        }
        return p_13;
    }
    if ((((safe_unary_minus_func_uint16_t_u(((safe_rshift_func_int16_t_s_u(0xDFE0L, (safe_mod_func_int64_t_s_s((((((-8L) < (&l_460 != ((*l_647) = &p_13))) , p_16) && (safe_rshift_func_int16_t_s_u(((g_97 , g_591) == (++(**l_647))), ((*g_270) = l_444[0][1])))) && p_13), p_17)))) <= p_16))) == l_653[6][0]) <= l_620))
    { /* block id: 321 */
        uint32_t l_656 = 4294967295UL;
        int32_t *l_657 = &g_53[1];
        (*g_82) = (l_656 | (6L < 8UL));
        l_488 = l_657;
        if ((*l_488))
        { /* block id: 324 */
            uint32_t l_658 = 2UL;
            return l_658;
        }
        else
        { /* block id: 326 */
            return g_86[4].f2;
        }
    }
    else
    { /* block id: 329 */
        int32_t *l_659[1][5][1];
        int32_t **l_660[2][10][9] = {{{&g_82,&g_408[6][0][0],&g_82,&g_408[1][0][0],(void*)0,&g_408[6][0][0],(void*)0,&g_408[1][0][0],&g_82},{&g_408[1][0][0],&l_488,&l_659[0][2][0],(void*)0,&l_488,&l_488,(void*)0,&l_659[0][2][0],&l_488},{&l_488,&g_82,&l_659[0][4][0],&g_408[1][0][0],&l_488,&g_408[1][0][0],&l_659[0][4][0],&g_82,&l_488},{&l_488,&g_82,&l_659[0][2][0],&g_408[1][0][0],&g_408[1][0][0],&l_659[0][2][0],&g_82,&l_488,&g_408[1][0][0]},{(void*)0,&g_82,&g_82,(void*)0,&g_82,&g_82,(void*)0,(void*)0,(void*)0},{&l_488,&l_488,&g_82,&g_82,&l_488,&l_488,&l_659[0][2][0],&l_659[0][2][0],&g_408[1][0][0]},{&l_488,&g_408[6][0][0],&g_408[2][2][1],&g_408[6][0][0],&l_488,(void*)0,&g_408[2][2][1],(void*)0,&l_488},{&g_408[1][0][0],(void*)0,(void*)0,&g_408[1][0][0],&g_408[1][0][0],&l_659[0][2][0],&l_659[0][2][0],&l_488,&l_488},{&g_82,(void*)0,&g_82,&g_82,(void*)0,(void*)0,(void*)0,&g_82,&g_82},{&l_488,&l_488,&l_659[0][2][0],(void*)0,&g_408[1][0][0],&l_488,&g_82,&l_659[0][2][0],&g_408[1][0][0]}},{{&l_488,&g_408[1][0][0],&l_659[0][4][0],&g_82,&l_488,&g_82,&l_659[0][4][0],&g_408[1][0][0],&l_488},{&g_408[1][0][0],&g_82,&l_659[0][2][0],&g_408[1][0][0],&l_488,&l_659[0][2][0],(void*)0,&l_488,&l_488},{(void*)0,&g_408[1][0][0],&g_82,&g_408[6][0][0],&g_82,&g_408[1][0][0],(void*)0,&g_408[6][0][0],(void*)0},{&g_408[1][0][0],&l_488,(void*)0,&g_82,&g_408[1][0][0],&l_488,&l_659[0][2][0],&l_659[0][2][0],&l_488},{&l_488,(void*)0,&g_408[2][2][1],(void*)0,&l_488,&g_408[6][0][0],&g_408[2][2][1],&g_408[6][0][0],&l_488},{&l_488,(void*)0,&g_82,&g_408[1][0][0],&l_488,&l_659[0][2][0],&l_659[0][2][0],&l_488,&g_408[1][0][0]},{&g_82,&g_408[6][0][0],&g_82,&g_408[1][0][0],(void*)0,&g_408[6][0][0],(void*)0,&g_408[1][0][0],&g_82},{&g_408[1][0][0],&l_488,&l_659[0][2][0],(void*)0,&l_488,&l_488,(void*)0,&l_659[0][2][0],&l_488},{&l_488,&g_82,&l_659[0][4][0],&g_408[1][0][0],&l_488,&g_408[1][0][0],&l_659[0][4][0],&g_82,&l_488},{&l_488,&g_82,&l_659[0][2][0],&g_408[1][0][0],&g_408[1][0][0],&l_659[0][2][0],&g_82,&l_488,&g_408[1][0][0]}}};
        struct S0 l_682 = {-240};
        int32_t ****l_684 = &g_476;
        int32_t l_691[4][9][1] = {{{0x3E592716L},{0x3E592716L},{0x58C789C2L},{0x9195237EL},{1L},{0x58C789C2L},{1L},{0x9195237EL},{0x58C789C2L}},{{0L},{0L},{0x58C789C2L},{0x9195237EL},{1L},{0x58C789C2L},{1L},{0x9195237EL},{0x58C789C2L}},{{0L},{0L},{0x58C789C2L},{0x9195237EL},{1L},{0x58C789C2L},{1L},{0x9195237EL},{0x58C789C2L}},{{0L},{0L},{0x58C789C2L},{0x9195237EL},{1L},{0x58C789C2L},{1L},{0x9195237EL},{0x58C789C2L}}};
        uint32_t l_747 = 4294967295UL;
        int32_t *l_749 = &l_626;
        uint64_t ***l_785 = &g_326[2][2][7];
        int32_t l_793 = 1L;
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
            {
                for (k = 0; k < 1; k++)
                    l_659[i][j][k] = (void*)0;
            }
        }
        l_488 = l_659[0][4][0];
        l_488 = &l_620;
        for (g_124 = 0; (g_124 <= 0); g_124 += 1)
        { /* block id: 334 */
            int64_t l_679 = 0x8FE6FA119857697ALL;
            int32_t *l_688[2][10][3] = {{{&l_629,&g_96,&l_629},{&l_681[0][0],&l_681[0][0],&l_681[0][0]},{&l_629,&g_96,&l_629},{&l_681[0][0],&l_681[0][0],&l_681[0][0]},{&l_629,&g_96,&l_629},{&l_681[0][0],&l_681[0][0],&l_681[0][0]},{&l_629,&g_96,&l_629},{&l_681[0][0],&l_681[0][0],&l_681[0][0]},{&l_629,&g_96,&l_629},{&l_681[0][0],&l_681[0][0],&l_681[0][0]}},{{&l_629,&g_96,&l_629},{&l_681[0][0],&l_681[0][0],&l_681[0][0]},{&l_629,&g_96,&l_629},{&l_681[0][0],&l_681[0][0],&l_681[0][0]},{&l_629,&g_96,&l_629},{&l_681[0][0],&l_681[0][0],&l_681[0][0]},{&l_629,&g_96,&l_629},{&l_681[0][0],&l_681[0][0],&l_681[0][0]},{&l_629,&g_96,&l_629},{&l_681[0][0],&l_681[0][0],&l_681[0][0]}}};
            uint64_t ***l_786 = &g_326[1][1][7];
            uint64_t l_796 = 0x3FCC14B54AFB6CCCLL;
            int i, j, k;
            for (l_449 = 7; (l_449 >= 3); l_449 -= 1)
            { /* block id: 337 */
                uint32_t *l_673[10] = {&g_221,&g_221,(void*)0,&g_221,&g_221,(void*)0,&g_221,&g_221,(void*)0,&g_221};
                int32_t l_683 = 0x8A1DA7AFL;
                int32_t ****l_685 = &g_476;
                int32_t l_697 = (-5L);
                int32_t l_701 = (-1L);
                int32_t l_702 = 0xF7F00D62L;
                int32_t l_703 = 0x4A0D9664L;
                int8_t l_759 = 0x87L;
                uint8_t l_761 = 0x27L;
                int i;
                for (p_17 = 0; (p_17 <= 8); p_17 += 1)
                { /* block id: 340 */
                    uint32_t l_680[6] = {0xE1CB81D9L,0xE1CB81D9L,0xE1CB81D9L,0xE1CB81D9L,0xE1CB81D9L,0xE1CB81D9L};
                    int32_t *l_687 = &l_630[1][0];
                    int32_t l_689[10][1][7] = {{{0x2CAEF4D0L,1L,1L,0x2CAEF4D0L,0L,0x2BA0EFBEL,0xC53C5E26L}},{{0x8B88982FL,1L,1L,0x18326390L,0xD7A4A52DL,0x8B88982FL,0x8B88982FL}},{{0x5B8AF7C1L,0xC53C5E26L,0x04D15E9AL,0xC53C5E26L,0x5B8AF7C1L,0xB0C39697L,0xC53C5E26L}},{{(-1L),0xE0959F42L,(-10L),0xD7A4A52DL,1L,(-10L),(-2L)}},{{1L,0xA06D381BL,0xA2CFF889L,0xA2CFF889L,0xA06D381BL,1L,0L}},{{(-1L),0xD7A4A52DL,0x21782F21L,(-1L),(-2L),0x8CB662E9L,0xD7A4A52DL}},{{0x5B8AF7C1L,0L,1L,0x27532286L,1L,0L,0x5B8AF7C1L}},{{0x8B88982FL,0xD7A4A52DL,0x18326390L,1L,1L,0x8B88982FL,1L}},{{0x2CAEF4D0L,0xA06D381BL,6L,0xC53C5E26L,0xC53C5E26L,6L,0xA06D381BL}},{{0xD7A4A52DL,0xE0959F42L,0x18326390L,0x0B5FBEC1L,0xE0959F42L,1L,(-2L)}}};
                    int16_t l_692 = 0x2C2EL;
                    uint8_t l_704 = 0x42L;
                    int64_t *l_711[3];
                    int32_t l_757 = 1L;
                    int i, j, k;
                    for (i = 0; i < 3; i++)
                        l_711[i] = &g_593[0];
                    for (g_96 = 8; (g_96 >= 2); g_96 -= 1)
                    { /* block id: 343 */
                        uint32_t **l_674 = &l_673[8];
                        uint32_t *l_678 = &g_221;
                        int i, j;
                        l_682 = func_39(l_444[g_124][(g_124 + 1)], ((l_444[g_124][g_124] & p_15) | (safe_mul_func_int16_t_s_s((safe_add_func_uint64_t_u_u((*g_327), (safe_div_func_uint16_t_u_u(2UL, (safe_div_func_uint32_t_u_u(((*l_678) &= (+(safe_rshift_func_uint8_t_u_s(l_672, ((((*l_674) = l_673[8]) != (void*)0) , ((safe_sub_func_uint16_t_u_u((!p_13), 0x77D7L)) != 1L)))))), l_679)))))), l_680[1]))), p_17, l_681[0][0]);
                        return p_13;
                    }
                    for (g_328 = 0; (g_328 <= 8); g_328 += 1)
                    { /* block id: 351 */
                        int32_t *****l_686 = &g_475;
                        int32_t l_690 = 6L;
                        int32_t l_693 = 0xA77B8D10L;
                        int32_t l_694 = 0xE02151FDL;
                        int32_t l_695 = 0x6892690FL;
                        int32_t l_696[4] = {1L,1L,1L,1L};
                        int i;
                        l_688[0][8][1] = (((l_683 , l_684) != ((*l_686) = l_685)) , l_687);
                        ++l_698;
                        ++l_704;
                    }
                    (*l_687) &= ((*l_488) = 0xCEBB838DL);
                }
                (*l_749) |= (g_7 | ((((((((g_85[0][1] , p_16) | (((safe_rshift_func_uint8_t_u_u((g_783 == (void*)0), 3)) , (*g_270)) > ((l_785 != l_786) ^ (((*g_82) = (safe_div_func_int32_t_s_s((safe_mod_func_int32_t_s_s(l_703, p_17)), p_14))) != (*l_488))))) != p_14) != l_791[3]) & 0x557B6A8F90619782LL) < (*g_327)) >= p_17) >= 0xC119L));
            }
            l_796--;
            if (p_13)
                continue;
        }
    }
    l_800 &= ((*g_82) = (((g_85[0][1] , &g_556) != (l_799[2][0][0] = l_799[2][0][0])) > ((*l_488) , p_15)));
    return p_13;
}


/* ------------------------------------------ */
/* 
 * reads : g_96 g_361 g_270 g_86.f2 g_82 g_166 g_192 g_53 g_7
 * writes: g_408 g_96 g_361 g_86.f2 g_401 g_53 g_166 g_327
 */
static uint8_t  func_18(int32_t  p_19, struct S0  p_20, const int64_t  p_21, int8_t  p_22, struct S1  p_23)
{ /* block id: 167 */
    int32_t *l_404 = &g_7;
    int32_t **l_405[7][4] = {{&g_82,&g_82,&g_82,&g_82},{&g_82,&g_82,&g_82,&g_82},{&g_82,&g_82,&g_82,(void*)0},{&l_404,&g_82,&g_82,&g_82},{&l_404,(void*)0,&g_82,&g_82},{&g_82,&g_82,&g_82,(void*)0},{&l_404,&g_82,&g_82,&g_82}};
    int32_t *l_406[4] = {&g_53[0],&g_53[0],&g_53[0],&g_53[0]};
    int32_t *l_407 = &g_53[1];
    int32_t *l_409 = &g_96;
    uint64_t *l_416 = &g_328;
    struct S1 l_426 = {-4,-47,65532UL,3517,109,6,44};
    int8_t *l_427 = &g_361;
    const uint64_t *l_429 = (void*)0;
    const uint64_t **l_428 = &l_429;
    uint64_t *l_430 = &g_391;
    uint64_t **l_431 = &g_327;
    int32_t l_432[6];
    int i, j;
    for (i = 0; i < 6; i++)
        l_432[i] = (-3L);
    l_406[0] = l_404;
    l_409 = (g_408[1][0][0] = l_407);
lbl_421:
    for (g_96 = 21; (g_96 > 4); --g_96)
    { /* block id: 173 */
        uint16_t l_417 = 0x7A86L;
        for (g_361 = 0; (g_361 <= 3); g_361 += 1)
        { /* block id: 176 */
            uint16_t *l_414 = (void*)0;
            uint16_t *l_415 = &g_401;
            int i;
            l_417 = ((*g_82) = ((-3L) ^ (p_21 >= (((*l_415) = ((*g_270)++)) & ((void*)0 == l_416)))));
            for (g_166 = 0; (g_166 <= 9); g_166 += 1)
            { /* block id: 183 */
                uint16_t ***l_418 = (void*)0;
                uint16_t **l_420 = &l_415;
                uint16_t ***l_419 = &l_420;
                (*l_419) = &g_270;
            }
            if (p_23.f3)
                break;
        }
        if (p_23.f3)
            goto lbl_421;
    }
    p_20.f0 ^= ((p_23.f3 | (safe_mul_func_uint8_t_u_u(((((((-1L) ^ ((safe_mul_func_uint8_t_u_u((((l_432[1] ^= (((l_426 , (&p_22 == &g_192)) == ((*l_427) = (p_23.f3 >= (-1L)))) != ((((((*l_428) = l_416) != ((*l_431) = l_430)) , g_192) | (*g_82)) && 0x81L))) <= p_23.f5) <= g_192), (*l_407))) != (*l_404))) || (*l_404)) || p_19) <= (*l_404)) | (*l_404)), p_21))) == 0x9B671F2BL);
    return g_192;
}


/* ------------------------------------------ */
/* 
 * reads : g_11 g_7 g_53 g_85 g_86 g_96 g_97 g_82 g_85.f0 g_122 g_190 g_221 g_270 g_124 g_326 g_327 g_361
 * writes: g_53 g_82 g_96 g_102 g_122 g_124 g_85.f0 g_221 g_86.f4 g_166 g_326 g_328 g_357 g_391
 */
static int64_t  func_24(int8_t  p_25)
{ /* block id: 8 */
    uint16_t l_29[6][8][5] = {{{65528UL,0x9A7BL,0x97B6L,2UL,1UL},{0x8940L,0xB613L,65534UL,0x23B1L,0xEBFFL},{1UL,0x9A7BL,0x0127L,0UL,0xEA82L},{0x5407L,8UL,1UL,0x8325L,0UL},{0x46E0L,0x8B01L,2UL,0x51FDL,65529UL},{7UL,65535UL,0x0651L,0UL,65531UL},{0xB613L,0x26A8L,1UL,0xB613L,0x44CAL},{0xF58CL,9UL,65535UL,1UL,0x04C7L}},{{0x9A7BL,0x51FDL,65535UL,0x97BAL,0x1359L},{2UL,0UL,0x97B6L,0xDEC5L,65535UL},{0xEA82L,65535UL,0x7FC3L,65535UL,0xC1C5L},{65531UL,0xF72DL,0x7DF7L,0UL,65529UL},{0x6BDAL,0xEA82L,0x987CL,0x0A0CL,65529UL},{65529UL,0xC1C5L,0x8325L,7UL,0xC1C5L},{1UL,7UL,0x2F10L,0UL,65535UL},{0x0A0CL,0xCE72L,0UL,65528UL,0x1359L}},{{0xCE72L,0UL,65535UL,0x657EL,0x04C7L},{0x51FDL,1UL,1UL,0xE767L,0x44CAL},{8UL,0xB5C5L,65531UL,0UL,65531UL},{65529UL,0xC489L,2UL,0x1359L,65529UL},{0UL,0x7815L,0x72CEL,0UL,0UL},{9UL,0xB5C5L,9UL,4UL,0xEA82L},{0xEA82L,0xDEC5L,0xC1C5L,0x46E0L,0xEBFFL},{0x657EL,0xE767L,65535UL,65531UL,1UL}},{{0xCA62L,0xCE72L,0xC1C5L,0xEBFFL,65535UL},{0xF58CL,0x8325L,9UL,0xF72DL,0xC489L},{65535UL,0x97BAL,0x72CEL,0x44CAL,1UL},{0x8325L,0xEA82L,2UL,8UL,0x51FDL},{0x46E0L,0x6C14L,65531UL,0xF72DL,65535UL},{0UL,0x46E0L,1UL,0xB5C5L,8UL},{0UL,0UL,65535UL,9UL,0xE767L},{0x8940L,0x0A0CL,0UL,0x46E0L,0x37DAL}},{{0x23B1L,65531UL,0x2F10L,0x828EL,0x46E0L},{0x7438L,0x37DAL,0xE9DBL,0xA7FAL,0xC489L},{0x81DBL,65535UL,0x8ECAL,0UL,65535UL},{0x81DBL,1UL,0x46E0L,0xCA62L,65535UL},{0x7438L,65531UL,65535UL,0x74D2L,0x81DBL},{8UL,0xEC31L,0xB78FL,1UL,1UL},{0xEBFFL,0x7FC3L,0x8940L,8UL,0x8B01L},{0xDBD5L,4UL,0xA7FAL,2UL,0x6C14L}},{{2UL,0x7438L,0x72CEL,0xB613L,0xA7FAL},{2UL,1UL,65535UL,0xC489L,65535UL},{0xE9DBL,0x5407L,0x2F10L,0x8ECAL,8UL},{0x7FC3L,0x72CEL,0x72CEL,0x7FC3L,0x9BDDL},{0xDEC5L,8UL,0x23B1L,65529UL,0xEBFFL},{0xEC31L,0xC489L,0xC1F4L,1UL,0UL},{1UL,0x02A5L,0xB78FL,65529UL,0x05AFL},{0x6C14L,2UL,0UL,0x7FC3L,0x0A0CL}}};
    struct S0 l_49 = {-65};
    int32_t *l_94 = (void*)0;
    int32_t *l_95 = &g_96;
    int32_t **l_101 = &l_94;
    int32_t ***l_100[2];
    int8_t l_109 = 0L;
    int16_t l_146 = 0L;
    uint32_t l_150[7] = {1UL,7UL,1UL,1UL,7UL,1UL,1UL};
    int64_t l_210 = 0x1A5E6A23D2193D00LL;
    int32_t l_217 = 1L;
    uint8_t *l_258 = &g_166;
    int16_t l_280 = 0x633FL;
    uint32_t l_281 = 0UL;
    int32_t l_345 = (-2L);
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_100[i] = &l_101;
    (*l_95) |= (safe_mod_func_int64_t_s_s(((l_29[1][4][0] , (7L > (safe_mod_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u(0xA54EL, 8)), func_34((func_39(p_25, func_44(g_11, l_49, p_25, (g_7 || p_25)), g_7, l_29[4][7][4]) , l_29[3][5][1]), g_7, g_7, p_25))))) , 2L), l_49.f0));
    for (p_25 = 0; p_25 < 3; p_25 += 1)
    {
        g_53[p_25] = 0x3FBD44C0L;
    }
    if (((g_86[4].f2 , (g_97 , ((safe_rshift_func_int8_t_s_s(((g_102[0] = &g_82) == &g_82), (safe_lshift_func_int16_t_s_u(((((0xFAA98AF0L & ((((~(l_49 , ((1UL >= ((safe_mod_func_uint64_t_u_u((p_25 & (~(&g_82 == (void*)0))), p_25)) || 0x68E361316C4F008FLL)) < g_97.f0))) , 0xEE4AL) , &g_11) == (void*)0)) , 0x7CL) && p_25) >= l_109), 2)))) || p_25))) < g_96))
    { /* block id: 40 */
        int8_t l_112 = (-1L);
        int32_t l_113[3];
        int32_t l_116 = 1L;
        struct S0 l_119 = {-161};
        uint16_t *l_120 = &l_29[4][0][0];
        int16_t *l_121 = &g_122[2];
        int64_t *l_123 = &g_124;
        int8_t *l_125 = &l_112;
        int i;
        for (i = 0; i < 3; i++)
            l_113[i] = 0xDD43B544L;
lbl_126:
        (*g_82) ^= (l_113[0] = (safe_lshift_func_int16_t_s_u(l_112, 15)));
        (*l_95) ^= ((((safe_mod_func_uint64_t_u_u(((l_116 ^= ((&g_82 != (void*)0) && 65526UL)) & (((((*l_125) = (p_25 ^ ((safe_lshift_func_int8_t_s_s(0x26L, 4)) | (((*l_123) = (((*l_120) |= ((l_119 , &l_113[0]) == &l_113[0])) | ((*l_121) = ((*g_82) ^ l_119.f0)))) != p_25)))) && 1UL) , (-3L)) < 1UL)), 0x794496710E11215FLL)) != 0xF45AC62A2EA11651LL) , &g_82) == &g_82);
        if (l_109)
            goto lbl_126;
    }
    else
    { /* block id: 50 */
        uint16_t l_144 = 0x035EL;
        struct S0 l_145 = {-9};
        int32_t l_149[4] = {0xD9835C96L,0xD9835C96L,0xD9835C96L,0xD9835C96L};
        uint32_t l_155 = 0UL;
        const int32_t *l_171 = &g_7;
        const int32_t **l_170 = &l_171;
        const int32_t ***l_169 = &l_170;
        int16_t *l_197 = &g_122[1];
        int32_t l_249 = (-3L);
        struct S0 *l_251 = (void*)0;
        int32_t l_298 = (-1L);
        int32_t ***l_306[10][9] = {{&l_101,&l_101,&l_101,&g_102[5],&g_102[0],&l_101,(void*)0,&l_101,(void*)0},{(void*)0,&l_101,(void*)0,&l_101,&g_102[2],&l_101,&g_102[4],&l_101,&g_102[2]},{(void*)0,&l_101,&l_101,(void*)0,&g_102[0],&l_101,&l_101,&g_102[0],(void*)0},{&g_102[0],&l_101,&l_101,&l_101,&g_102[0],&l_101,(void*)0,&l_101,(void*)0},{&g_102[0],&g_102[0],&g_102[5],&g_102[5],&g_102[0],&g_102[0],&g_102[0],&g_102[5],(void*)0},{&g_102[7],&l_101,&g_102[2],&l_101,&g_102[2],&l_101,&g_102[7],&l_101,&g_102[9]},{(void*)0,&g_102[0],&l_101,&g_102[0],&g_102[0],&l_101,&g_102[0],(void*)0,&g_102[0]},{(void*)0,&l_101,(void*)0,&l_101,(void*)0,&l_101,(void*)0,&l_101,(void*)0},{&l_101,&g_102[0],&g_102[5],&l_101,&l_101,&l_101,&l_101,&g_102[5],&g_102[0]},{&g_102[2],&l_101,&g_102[9],&l_101,&g_102[4],&l_101,&g_102[4],&l_101,&g_102[9]}};
        int32_t **l_339 = &l_95;
        int i, j;
lbl_325:
        if ((safe_mod_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u((p_25 <= (safe_sub_func_int64_t_s_s((1UL != (safe_add_func_int32_t_s_s((((safe_mul_func_uint16_t_u_u(((*g_82) >= (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u(65530UL, (p_25 , (safe_div_func_uint64_t_u_u(((g_85[0][1].f0 | (+(0xF33DL != (l_144 < (l_145 , g_96))))) > p_25), l_146))))), l_144))), g_86[4].f4)) > 1UL) != g_7), p_25))), g_7))), 0)), 0x4649L)))
        { /* block id: 51 */
            int16_t l_147 = (-8L);
            int32_t l_148[10][7] = {{(-1L),1L,1L,(-1L),1L,1L,(-1L)},{(-7L),1L,(-7L),0xB2AB6731L,0xF690A14BL,0xB2AB6731L,(-7L)},{(-1L),1L,(-1L),1L,1L,(-1L),1L},{(-7L),(-1L),0x0B1250D9L,0xB2AB6731L,0x0B1250D9L,(-1L),(-7L)},{0xFDE94E36L,1L,0xFDE94E36L,0xFDE94E36L,1L,0xFDE94E36L,0xFDE94E36L},{(-7L),0xB2AB6731L,0xF690A14BL,0xB2AB6731L,(-7L),1L,(-7L)},{1L,0xFDE94E36L,0xFDE94E36L,1L,0xFDE94E36L,0xFDE94E36L,1L},{0x0B1250D9L,0xB2AB6731L,0x0B1250D9L,(-1L),(-7L),(-1L),0x0B1250D9L},{1L,1L,(-1L),1L,1L,(-1L),1L},{(-7L),(-1L),0x0B1250D9L,0xB2AB6731L,0x0B1250D9L,(-1L),(-7L)}};
            const int8_t *l_191 = &g_192;
            int i, j;
            l_150[6]++;
            if (p_25)
            { /* block id: 53 */
                int32_t l_153[3];
                int64_t l_154 = 0x092EE9E647D65CAELL;
                uint8_t *l_165[9][9][3] = {{{&g_166,&g_166,(void*)0},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,(void*)0},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166}},{{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,(void*)0},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166}},{{&g_166,&g_166,(void*)0},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,(void*)0},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166}},{{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,(void*)0},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166}},{{&g_166,&g_166,(void*)0},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,(void*)0},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166}},{{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,(void*)0,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166}},{{&g_166,(void*)0,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,(void*)0,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166}},{{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,(void*)0,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166}},{{&g_166,(void*)0,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166},{&g_166,(void*)0,&g_166},{&g_166,&g_166,&g_166},{&g_166,&g_166,&g_166}}};
                int16_t *l_178 = &l_147;
                int8_t *l_183 = &g_85[0][1].f0;
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_153[i] = (-6L);
                l_155++;
                (*g_82) &= (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u(g_97.f0, 1)), ((safe_lshift_func_int8_t_s_s(0xC2L, (+(((l_153[2] |= 0xF9L) || g_122[1]) && (safe_mod_func_int32_t_s_s(((l_169 == (void*)0) <= ((safe_mul_func_int8_t_s_s(((safe_div_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_s(65533UL, ((*l_178) ^= (-5L)))), (safe_sub_func_uint16_t_u_u(0x2715L, 0xB12DL)))) , (*l_95)), 0xAAL)) == p_25)), 0x5B0D0C25L)))))) < 0x7C0F15ABL)));
                (*l_95) = (((*l_183) = (safe_lshift_func_uint16_t_u_u(0xDADFL, p_25))) == 3L);
            }
            else
            { /* block id: 60 */
                int16_t *l_193 = &l_147;
                int16_t **l_194 = &l_193;
                int16_t *l_196 = (void*)0;
                int16_t **l_195 = &l_196;
                int16_t **l_198 = &l_197;
                (*l_95) = (65531UL < (safe_sub_func_uint32_t_u_u((safe_div_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u((l_148[1][6] < 0L), 7)), g_85[0][1].f0)), (*g_82))));
                (*l_95) = ((((l_191 = g_190[1]) != &g_192) , ((*l_195) = ((*l_194) = l_193))) == ((*l_198) = l_197));
            }
        }
        else
        { /* block id: 68 */
            uint64_t l_205[5] = {0x66D644B6C62EADB3LL,0x66D644B6C62EADB3LL,0x66D644B6C62EADB3LL,0x66D644B6C62EADB3LL,0x66D644B6C62EADB3LL};
            int32_t l_209[4] = {0xD0CBDD73L,0xD0CBDD73L,0xD0CBDD73L,0xD0CBDD73L};
            int32_t l_220[7] = {(-9L),(-9L),(-9L),(-9L),(-9L),(-9L),(-9L)};
            uint8_t *l_257 = &g_166;
            int32_t *l_279 = (void*)0;
            int32_t ***l_301 = &g_102[0];
            int32_t ****l_302 = (void*)0;
            int32_t ****l_303 = (void*)0;
            int32_t ****l_304 = (void*)0;
            int32_t ****l_305[1];
            int i;
            for (i = 0; i < 1; i++)
                l_305[i] = (void*)0;
            for (l_109 = 3; (l_109 >= 0); l_109 -= 1)
            { /* block id: 71 */
                union U2 l_206 = {0x5CL};
                int32_t l_212[9] = {(-1L),(-1L),(-6L),(-1L),(-1L),(-6L),(-1L),(-1L),(-6L)};
                int64_t *l_294 = &g_124;
                int32_t l_295 = 0xD982BF4BL;
                int i;
                (**l_169) = (**l_169);
                for (l_144 = 0; (l_144 <= 2); l_144 += 1)
                { /* block id: 75 */
                    int32_t l_213 = 1L;
                    int32_t l_214 = 0x9534E5B9L;
                    int32_t l_218 = 1L;
                    int32_t l_219[7] = {0x91DDEBA1L,0x91DDEBA1L,0x2BEFE8F5L,0x91DDEBA1L,0x91DDEBA1L,0x2BEFE8F5L,0x91DDEBA1L};
                    uint16_t l_227 = 1UL;
                    int64_t *l_255 = &l_210;
                    uint32_t *l_256[6][4] = {{&g_221,&g_221,&g_221,&g_221},{&g_221,&g_221,&g_221,&g_221},{&g_221,&g_221,&g_221,&g_221},{&g_221,&g_221,&g_221,&g_221},{&g_221,&g_221,&g_221,&g_221},{&g_221,&g_221,&g_221,&g_221}};
                    uint8_t **l_259 = &l_258;
                    int64_t *l_269[3];
                    int i, j;
                    for (i = 0; i < 3; i++)
                        l_269[i] = &g_124;
                    if ((safe_div_func_int32_t_s_s((7UL && (((safe_sub_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(0L, (l_205[3] = 0L))), (l_206 , ((safe_rshift_func_uint8_t_u_u(0xB9L, 3)) >= (((p_25 > 1L) | g_86[4].f5) , l_209[2]))))) == (-5L)) > l_210)), p_25)))
                    { /* block id: 77 */
                        int64_t l_211 = (-1L);
                        int32_t l_215 = 0xB85D46D9L;
                        int32_t l_216 = 0x4F5B5C5CL;
                        int32_t ** const *l_224 = &g_102[0];
                        (*l_95) = 1L;
                        g_221--;
                        (*l_95) = (&l_170 != l_224);
                        l_149[3] = (0x5006014620883238LL && (((safe_mul_func_uint8_t_u_u(0x10L, ((l_227 || (safe_unary_minus_func_uint64_t_u((safe_rshift_func_int8_t_s_u((4294967289UL && l_227), g_221))))) && (safe_add_func_int64_t_s_s((func_39(p_25, (p_25 && (safe_div_func_uint8_t_u_u(0x21L, 1UL))), p_25, p_25) , p_25), g_86[4].f0))))) != 0x7552L) , l_219[5]));
                    }
                    else
                    { /* block id: 82 */
                        uint32_t *l_235 = &g_221;
                        int32_t l_236 = 0L;
                        uint64_t *l_248[10] = {&l_205[3],&l_205[2],&l_205[3],&l_205[2],&l_205[3],&l_205[2],&l_205[3],&l_205[2],&l_205[3],&l_205[2]};
                        uint16_t *l_250 = &l_227;
                        struct S0 **l_252[7][4] = {{&l_251,&l_251,&l_251,&l_251},{&l_251,&l_251,&l_251,&l_251},{&l_251,&l_251,&l_251,&l_251},{&l_251,&l_251,&l_251,&l_251},{&l_251,&l_251,&l_251,&l_251},{&l_251,&l_251,&l_251,&l_251},{&l_251,&l_251,&l_251,&l_251}};
                        int i, j;
                        (*l_95) = (((((*l_250) = (func_39(g_122[1], (((*l_235) = g_122[4]) , (**l_170)), l_236, ((void*)0 == &g_122[2])) , (func_39((safe_unary_minus_func_int16_t_s((safe_mod_func_int32_t_s_s(((safe_mod_func_uint32_t_u_u(((*l_235) = (safe_add_func_uint16_t_u_u(((l_249 &= (safe_add_func_uint16_t_u_u(p_25, ((safe_rshift_func_int16_t_s_s(l_236, 5)) && p_25)))) , (***l_169)), g_86[4].f0))), g_53[1])) ^ l_236), 0xDF211AAEL)))), l_220[6], l_220[5], p_25) , g_96))) , 6UL) , (void*)0) == &g_122[2]);
                        l_251 = l_251;
                        return g_221;
                    }
                    (*g_82) = ((((((safe_lshift_func_uint8_t_u_u((((void*)0 != l_255) < (((0x79975438L > (g_86[4].f4 = g_86[4].f5)) , (g_85[0][6] , l_257)) == ((*l_259) = l_258))), ((0x5754L == (safe_mod_func_int32_t_s_s(((*l_95) = (safe_div_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u((+((g_124 = ((*l_255) = ((safe_rshift_func_uint16_t_u_u((p_25 <= p_25), (*l_95))) && p_25))) , p_25)), 249UL)), l_219[1]))), 4294967292UL))) ^ 0xF3CCL))) || 0x75F30463L) & g_86[4].f6) && l_209[2]) < l_220[5]) <= p_25);
                    l_279 = ((((void*)0 == g_270) ^ (safe_div_func_uint8_t_u_u(((((safe_sub_func_uint64_t_u_u(0x80F1149AF9143D7ELL, l_219[5])) | 0x6BL) & (((((safe_div_func_int16_t_s_s((&g_221 != l_94), ((safe_mod_func_uint8_t_u_u(p_25, (((((void*)0 == &p_25) < 1L) > (-7L)) ^ (-4L)))) ^ p_25))) ^ g_86[4].f1) , g_85[0][1]) , &l_212[1]) != (void*)0)) >= 0x39L), 0x26L))) , (void*)0);
                    l_281++;
                }
                l_145.f0 |= ((safe_lshift_func_int16_t_s_u((safe_div_func_int8_t_s_s((g_221 , (((-5L) == p_25) || (safe_rshift_func_uint16_t_u_s((safe_sub_func_int64_t_s_s(0xE0469241ECF1D65ALL, ((*l_294) ^= (((((((*l_95) = (p_25 & ((*g_82) = (*l_171)))) , g_97) , 1UL) || ((0x1919B3D731B62305LL & 0x6A58D8C0522CE8A9LL) > p_25)) , (void*)0) == (**l_169))))), 9)))), p_25)), l_295)) != 0x4D9DFAAAL);
            }
            l_298 = ((*g_82) = (safe_mul_func_int16_t_s_s(g_221, p_25)));
            l_145.f0 = ((*l_95) = ((((***l_169) == ((((safe_lshift_func_uint8_t_u_s(((*l_257) = 1UL), ((l_301 != (l_306[6][5] = &g_102[5])) != (safe_mul_func_int8_t_s_s((18446744073709551606UL | (safe_unary_minus_func_uint32_t_u((p_25 > 0L)))), (((safe_rshift_func_int8_t_s_u((safe_mod_func_uint64_t_u_u((safe_mod_func_int64_t_s_s((safe_mod_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u(g_86[4].f5, (safe_sub_func_int64_t_s_s((~4UL), g_86[4].f6)))), (*l_95))), p_25)), p_25)), g_86[4].f3)) , 246UL) <= p_25)))))) , 0x1B52101BL) <= 0x58830908L) , 0x29L)) > (*g_82)) && (*l_171)));
        }
        for (l_109 = 0; (l_109 == (-3)); l_109--)
        { /* block id: 114 */
            uint64_t ***l_329 = &g_326[3][3][5];
            int32_t *l_330 = &g_7;
            if (l_281)
                goto lbl_325;
            (*l_329) = g_326[3][3][5];
            (*l_101) = l_330;
        }
        for (l_249 = 0; (l_249 <= 2); l_249 += 1)
        { /* block id: 121 */
            int16_t l_337 = 0x8BF5L;
            uint16_t *l_338 = &l_29[1][3][2];
            int32_t **l_340[6] = {&l_95,&l_95,&l_95,&l_95,&l_95,&l_95};
            int i;
            (*l_170) = ((*l_101) = (((((((((((safe_div_func_int32_t_s_s(((*g_82) ^ ((*l_95) = p_25)), g_11)) > p_25) != ((g_53[1] >= (safe_div_func_int64_t_s_s(0xF70D16FCA08C83F3LL, ((*g_327) = p_25)))) > (((((*l_338) &= (((safe_sub_func_uint16_t_u_u(((&g_97 != &l_49) | p_25), l_337)) && g_86[4].f2) && 0x37B19FC1L)) > 0x83CDL) > l_337) , 9UL))) && 1L) <= p_25) & g_86[4].f6) <= (-1L)) , l_339) != l_340[0]) | 7L) , (*l_101)));
            if (p_25)
                continue;
        }
    }
    for (g_124 = 0; (g_124 <= 1); g_124 += 1)
    { /* block id: 132 */
        const int32_t l_355 = 0L;
        int32_t l_368 = 0xC76A57F8L;
        int32_t l_369 = (-1L);
        int32_t l_370 = 0xF4C952C1L;
        int32_t l_373[10] = {1L,1L,1L,1L,1L,1L,1L,1L,1L,1L};
        uint64_t l_384 = 0x9856A42A3F20EE1CLL;
        int i;
        for (l_217 = 1; (l_217 >= 0); l_217 -= 1)
        { /* block id: 135 */
            uint32_t l_359 = 0x8E736708L;
            int32_t *l_360 = &g_53[2];
            int32_t l_371 = 0xEF8F1AD1L;
            int32_t l_372 = 1L;
            int32_t l_374 = (-1L);
            int32_t l_375 = 2L;
            int32_t l_376 = 7L;
            int32_t l_377 = 0L;
            int32_t l_378 = 0xCDD7182DL;
            int32_t l_379 = 0x30DB85F9L;
            int32_t l_380 = 1L;
            int32_t l_381 = 0x6B2AF845L;
            int32_t l_382 = (-7L);
            int32_t l_383[6] = {0x066D94D7L,(-1L),(-1L),0x066D94D7L,(-1L),(-1L)};
            int i;
            for (g_166 = 0; (g_166 <= 1); g_166 += 1)
            { /* block id: 138 */
                struct S0 l_346 = {-239};
                uint32_t *l_347[1];
                int32_t l_348 = (-2L);
                uint8_t *l_356 = &g_357[0][4];
                int8_t *l_358[4] = {&g_85[0][1].f0,&g_85[0][1].f0,&g_85[0][1].f0,&g_85[0][1].f0};
                int i;
                for (i = 0; i < 1; i++)
                    l_347[i] = &l_150[2];
                (*l_95) = (((p_25 >= 0xA2L) < (safe_mul_func_int8_t_s_s((l_359 ^= (((safe_sub_func_int16_t_s_s(l_345, ((l_346 , &l_49) == ((l_348 = (p_25 & g_86[4].f5)) , &l_346)))) && (safe_lshift_func_int8_t_s_s(((((safe_mul_func_uint8_t_u_u(((((((*l_356) = (safe_sub_func_int16_t_s_s((((((*g_327) = 8UL) <= p_25) ^ l_355) != l_348), g_85[0][1].f0))) <= 0x05L) , 0xF5L) & p_25) < p_25), p_25)) , 4294967294UL) != g_7) > 4L), 0))) || 0L)), 1L))) >= 0x34L);
                (*l_101) = l_360;
                (*l_360) ^= g_361;
                (*l_360) ^= 5L;
            }
            (*l_360) ^= ((*l_95) = ((safe_sub_func_int16_t_s_s(0L, p_25)) , (((void*)0 == &g_326[3][3][5]) , ((g_122[2] , (void*)0) != (void*)0))));
            for (l_281 = (-7); (l_281 <= 24); l_281 = safe_add_func_int64_t_s_s(l_281, 4))
            { /* block id: 152 */
                for (g_221 = 13; (g_221 > 55); g_221 = safe_add_func_int32_t_s_s(g_221, 4))
                { /* block id: 155 */
                    return p_25;
                }
            }
            ++l_384;
        }
        if ((*g_82))
            break;
    }
    return (*l_95);
}


/* ------------------------------------------ */
/* 
 * reads : g_85 g_86 g_53
 * writes: g_82 g_53
 */
static int8_t  func_34(int64_t  p_35, const int8_t  p_36, int64_t  p_37, int16_t  p_38)
{ /* block id: 26 */
    int32_t *l_83 = &g_53[0];
    int32_t **l_84 = &l_83;
    int32_t *l_90[10];
    int i;
    for (i = 0; i < 10; i++)
        l_90[i] = &g_53[1];
lbl_93:
    g_53[0] ^= (safe_sub_func_uint32_t_u_u((safe_rshift_func_int8_t_s_u(((p_35 = ((g_82 = &g_53[0]) == ((*l_84) = l_83))) != (0UL | 0xAAL)), 3)), ((((g_85[0][1] , g_86[4]) , &l_84) != (void*)0) <= (safe_unary_minus_func_uint16_t_u((safe_lshift_func_int16_t_s_u(0xB177L, p_37)))))));
    for (p_35 = (-11); (p_35 != 16); p_35++)
    { /* block id: 33 */
        if (p_35)
            goto lbl_93;
    }
    return p_38;
}


/* ------------------------------------------ */
/* 
 * reads : g_7 g_53
 * writes: g_53
 */
static struct S0  func_39(uint32_t  p_40, int8_t  p_41, uint16_t  p_42, int32_t  p_43)
{ /* block id: 17 */
    int32_t ***l_72 = (void*)0;
    int32_t *l_74 = &g_7;
    int32_t * const *l_73 = &l_74;
    int32_t *l_75 = &g_53[2];
    struct S0 l_77 = {104};
    l_73 = (void*)0;
    (*l_75) &= (*l_74);
    for (p_41 = 2; (p_41 >= 0); p_41 -= 1)
    { /* block id: 22 */
        int8_t l_76 = (-1L);
        int i;
        l_76 &= g_53[p_41];
    }
    return l_77;
}


/* ------------------------------------------ */
/* 
 * reads : g_53
 * writes:
 */
static int8_t  func_44(uint32_t  p_45, struct S0  p_46, int32_t  p_47, int64_t  p_48)
{ /* block id: 9 */
    int32_t l_54 = (-1L);
    int32_t l_57 = 9L;
    int32_t l_58 = 0x85C28EE6L;
    int32_t l_59 = 2L;
    int32_t l_60 = 0L;
    int32_t l_61 = 0xBCA32D9FL;
    int32_t l_62 = 0x622CCD07L;
    uint32_t l_63[7][10] = {{6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL,6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL},{6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL,6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL},{6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL,6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL},{6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL,6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL},{6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL,6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL},{6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL,6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL},{6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL,6UL,0xB484BB25L,0xB484BB25L,6UL,0xD423D3ABL}};
    int32_t *l_66 = &l_60;
    int32_t *l_67[8];
    int64_t l_68 = 0x3C289E4144D72604LL;
    uint32_t l_69[6] = {0xF6B8F8F0L,0xF6B8F8F0L,0xD45B9058L,0xF6B8F8F0L,0xF6B8F8F0L,0xD45B9058L};
    int i, j;
    for (i = 0; i < 8; i++)
        l_67[i] = (void*)0;
    for (p_48 = 0; (p_48 < (-19)); --p_48)
    { /* block id: 12 */
        int32_t *l_52 = &g_53[0];
        int32_t *l_55 = &g_53[0];
        int32_t *l_56[6][10] = {{&g_11,&g_53[2],&g_11,&g_53[0],&g_11,&g_53[2],&g_11,&g_53[0],&g_11,&g_53[2]},{&g_53[0],&g_53[0],(void*)0,&g_53[0],&g_53[0],&g_53[0],(void*)0,&g_53[0],&g_53[0],&g_53[0]},{&g_11,&g_53[0],&g_11,&g_53[2],&g_11,&g_53[0],&g_11,&g_53[2],&g_11,&g_53[0]},{&g_53[0],&g_53[2],(void*)0,&g_53[2],&g_53[0],&g_53[2],(void*)0,&g_53[2],&g_53[0],&g_53[2]},{&g_11,&g_53[2],&g_11,&g_53[0],&g_11,&g_53[2],&g_11,&g_53[0],&g_11,&g_53[2]},{&g_53[0],&g_53[0],(void*)0,&g_53[0],&g_53[0],&g_53[0],(void*)0,&g_53[0],&g_53[0],&g_53[0]}};
        int i, j;
        l_63[2][4]--;
    }
    ++l_69[5];
    return g_53[0];
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
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_53[i], "g_53[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_85[i][j].f0, "g_85[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_86[i].f0, "g_86[i].f0", print_hash_value);
        transparent_crc(g_86[i].f1, "g_86[i].f1", print_hash_value);
        transparent_crc(g_86[i].f2, "g_86[i].f2", print_hash_value);
        transparent_crc(g_86[i].f3, "g_86[i].f3", print_hash_value);
        transparent_crc(g_86[i].f4, "g_86[i].f4", print_hash_value);
        transparent_crc(g_86[i].f5, "g_86[i].f5", print_hash_value);
        transparent_crc(g_86[i].f6, "g_86[i].f6", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_97.f0, "g_97.f0", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_122[i], "g_122[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_192, "g_192", print_hash_value);
    transparent_crc(g_221, "g_221", print_hash_value);
    transparent_crc(g_328, "g_328", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_357[i][j], "g_357[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_361, "g_361", print_hash_value);
    transparent_crc(g_391, "g_391", print_hash_value);
    transparent_crc(g_401, "g_401", print_hash_value);
    transparent_crc(g_540, "g_540", print_hash_value);
    transparent_crc(g_591, "g_591", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_593[i], "g_593[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_755, "g_755", print_hash_value);
    transparent_crc(g_871, "g_871", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_1230[i], "g_1230[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1236.f0, "g_1236.f0", print_hash_value);
    transparent_crc(g_1236.f1, "g_1236.f1", print_hash_value);
    transparent_crc(g_1236.f2, "g_1236.f2", print_hash_value);
    transparent_crc(g_1236.f3, "g_1236.f3", print_hash_value);
    transparent_crc(g_1236.f4, "g_1236.f4", print_hash_value);
    transparent_crc(g_1236.f5, "g_1236.f5", print_hash_value);
    transparent_crc(g_1236.f6, "g_1236.f6", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 323
   depth: 1, occurrence: 19
XXX total union variables: 8

XXX non-zero bitfields defined in structs: 7
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 36
breakdown:
   indirect level: 0, occurrence: 19
   indirect level: 1, occurrence: 10
   indirect level: 2, occurrence: 6
   indirect level: 3, occurrence: 1
XXX full-bitfields structs in the program: 10
breakdown:
   indirect level: 0, occurrence: 10
XXX times a bitfields struct's address is taken: 36
XXX times a bitfields struct on LHS: 5
XXX times a bitfields struct on RHS: 41
XXX times a single bitfield on LHS: 12
XXX times a single bitfield on RHS: 105

XXX max expression depth: 44
breakdown:
   depth: 1, occurrence: 209
   depth: 2, occurrence: 51
   depth: 3, occurrence: 7
   depth: 4, occurrence: 1
   depth: 5, occurrence: 3
   depth: 6, occurrence: 1
   depth: 7, occurrence: 1
   depth: 8, occurrence: 4
   depth: 10, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 1
   depth: 16, occurrence: 1
   depth: 17, occurrence: 4
   depth: 18, occurrence: 3
   depth: 19, occurrence: 2
   depth: 20, occurrence: 3
   depth: 21, occurrence: 3
   depth: 22, occurrence: 1
   depth: 23, occurrence: 1
   depth: 24, occurrence: 3
   depth: 26, occurrence: 1
   depth: 27, occurrence: 1
   depth: 28, occurrence: 4
   depth: 29, occurrence: 3
   depth: 35, occurrence: 1
   depth: 36, occurrence: 1
   depth: 37, occurrence: 1
   depth: 38, occurrence: 1
   depth: 44, occurrence: 1

XXX total number of pointers: 292

XXX times a variable address is taken: 776
XXX times a pointer is dereferenced on RHS: 118
breakdown:
   depth: 1, occurrence: 100
   depth: 2, occurrence: 16
   depth: 3, occurrence: 2
XXX times a pointer is dereferenced on LHS: 176
breakdown:
   depth: 1, occurrence: 168
   depth: 2, occurrence: 8
XXX times a pointer is compared with null: 25
XXX times a pointer is compared with address of another variable: 6
XXX times a pointer is compared with another pointer: 8
XXX times a pointer is qualified to be dereferenced: 4669

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 752
   level: 2, occurrence: 104
   level: 3, occurrence: 67
   level: 4, occurrence: 29
XXX number of pointers point to pointers: 113
XXX number of pointers point to scalars: 154
XXX number of pointers point to structs: 24
XXX percent of pointers has null in alias set: 29.8
XXX average alias set size: 1.42

XXX times a non-volatile is read: 1001
XXX times a non-volatile is write: 537
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 5

XXX stmts: 209
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 30
   depth: 1, occurrence: 27
   depth: 2, occurrence: 40
   depth: 3, occurrence: 33
   depth: 4, occurrence: 33
   depth: 5, occurrence: 46

XXX percentage a fresh-made variable is used: 16.6
XXX percentage an existing variable is used: 83.4
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

