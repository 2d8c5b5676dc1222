/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 63 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      63
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   const uint64_t  f0;
   uint8_t  f1;
   const uint16_t  f2;
};

union U1 {
   int32_t  f0;
};

union U2 {
   int8_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0xF394A2A4L;
static int32_t g_6 = 0x67A4BEDCL;
static uint16_t g_39 = 65535UL;
static int32_t g_42 = (-1L);
static int32_t g_48 = (-7L);
static int32_t g_49 = 5L;
static int32_t g_51 = (-1L);
static uint64_t g_54 = 5UL;
static union U2 g_55[9] = {{-1L},{-1L},{-1L},{-1L},{-1L},{-1L},{-1L},{-1L},{-1L}};
static union U1 g_71 = {0x819277EFL};
static union U1 *g_70[10][7][3] = {{{&g_71,(void*)0,&g_71},{&g_71,&g_71,(void*)0},{&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71},{(void*)0,(void*)0,&g_71},{(void*)0,(void*)0,&g_71}},{{&g_71,&g_71,&g_71},{&g_71,&g_71,(void*)0},{&g_71,&g_71,&g_71},{&g_71,&g_71,(void*)0},{(void*)0,(void*)0,&g_71},{&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71}},{{&g_71,&g_71,(void*)0},{&g_71,(void*)0,&g_71},{&g_71,&g_71,&g_71},{&g_71,(void*)0,(void*)0},{&g_71,&g_71,&g_71},{(void*)0,(void*)0,&g_71},{&g_71,&g_71,&g_71}},{{&g_71,&g_71,&g_71},{(void*)0,&g_71,&g_71},{&g_71,(void*)0,&g_71},{&g_71,&g_71,&g_71},{&g_71,(void*)0,&g_71},{(void*)0,&g_71,&g_71},{(void*)0,(void*)0,&g_71}},{{&g_71,&g_71,&g_71},{&g_71,&g_71,(void*)0},{&g_71,&g_71,&g_71},{(void*)0,&g_71,&g_71},{&g_71,&g_71,&g_71},{&g_71,&g_71,(void*)0},{(void*)0,&g_71,&g_71}},{{&g_71,(void*)0,&g_71},{&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71},{&g_71,(void*)0,&g_71},{&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71}},{{&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71},{&g_71,&g_71,(void*)0},{&g_71,(void*)0,&g_71},{&g_71,&g_71,&g_71},{&g_71,(void*)0,(void*)0}},{{&g_71,&g_71,&g_71},{(void*)0,(void*)0,&g_71},{&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71},{(void*)0,&g_71,&g_71},{&g_71,(void*)0,&g_71},{&g_71,&g_71,&g_71}},{{&g_71,(void*)0,&g_71},{(void*)0,&g_71,&g_71},{(void*)0,(void*)0,&g_71},{&g_71,&g_71,&g_71},{&g_71,&g_71,(void*)0},{&g_71,&g_71,&g_71},{(void*)0,&g_71,&g_71}},{{&g_71,&g_71,&g_71},{&g_71,&g_71,(void*)0},{(void*)0,&g_71,&g_71},{&g_71,(void*)0,&g_71},{&g_71,&g_71,&g_71},{&g_71,&g_71,&g_71},{&g_71,(void*)0,&g_71}}};
static uint64_t g_80 = 5UL;
static int16_t g_143 = 0x9E43L;
static uint16_t g_154 = 0x6283L;
static uint16_t g_164 = 0x5C9CL;
static int32_t g_168 = 5L;
static int32_t g_175[2] = {1L,1L};
static int32_t g_221 = 0x1C580CF4L;
static int32_t *g_225 = &g_168;
static int32_t **g_224 = &g_225;
static uint64_t g_247[1] = {18446744073709551615UL};
static const union U1 *g_252 = &g_71;
static const union U1 **g_251 = &g_252;
static const union U1 ***g_250 = &g_251;
static int64_t g_290[5] = {0x1E94E496B0659AA5LL,0x1E94E496B0659AA5LL,0x1E94E496B0659AA5LL,0x1E94E496B0659AA5LL,0x1E94E496B0659AA5LL};
static int64_t *g_289 = &g_290[4];
static uint32_t g_292 = 0x8BCC3EDEL;
static struct S0 g_457 = {0x76280396D9FD05EFLL,4UL,65528UL};
static int8_t *g_511 = &g_55[6].f0;
static int8_t **g_510[10] = {&g_511,(void*)0,(void*)0,&g_511,(void*)0,(void*)0,&g_511,(void*)0,(void*)0,&g_511};
static uint32_t g_540 = 0x11AA576EL;
static uint64_t *g_629 = &g_247[0];
static uint64_t **g_628 = &g_629;
static const int32_t g_645 = 0x377109A5L;
static const int32_t *g_646 = &g_51;
static int32_t **g_651[3] = {(void*)0,(void*)0,(void*)0};
static int64_t g_663[5][5] = {{0x285B2209488D1F17LL,0x1CF5DFF4559D3496LL,0x285B2209488D1F17LL,0x285B2209488D1F17LL,0x1CF5DFF4559D3496LL},{(-1L),3L,0xF6C3B076C605BDD5LL,0x2601891B5028AADCLL,0xF6C3B076C605BDD5LL},{0x1CF5DFF4559D3496LL,0x1CF5DFF4559D3496LL,(-1L),0x1CF5DFF4559D3496LL,0x1CF5DFF4559D3496LL},{0xF6C3B076C605BDD5LL,0x2601891B5028AADCLL,0xF6C3B076C605BDD5LL,3L,(-1L)},{0x1CF5DFF4559D3496LL,0x285B2209488D1F17LL,0x285B2209488D1F17LL,0x1CF5DFF4559D3496LL,0x285B2209488D1F17LL}};
static int16_t g_669 = 0x5DC1L;
static uint16_t g_797[6][7][6] = {{{0xBEDCL,3UL,0x7ACDL,7UL,0xC875L,0xD375L},{3UL,0x0252L,0x7ACDL,0x0252L,3UL,65531UL},{65535UL,0x0252L,0x3FE3L,0UL,0xC875L,1UL},{65535UL,3UL,1UL,0x0252L,0xBEDCL,1UL},{3UL,0x8DEEL,0x3FE3L,7UL,0xBEDCL,65531UL},{0xBEDCL,3UL,0x7ACDL,7UL,0xC875L,0xD375L},{3UL,0x0252L,0x7ACDL,0x0252L,3UL,65531UL}},{{65535UL,0x0252L,0x3FE3L,0UL,0xC875L,1UL},{65535UL,3UL,1UL,0x0252L,0xBEDCL,1UL},{3UL,0x8DEEL,0x3FE3L,7UL,0xBEDCL,65531UL},{0xBEDCL,3UL,0x7ACDL,7UL,0xC875L,0xD375L},{3UL,0x0252L,0x7ACDL,0x0252L,3UL,65531UL},{65535UL,0x0252L,0x3FE3L,0UL,0xC875L,1UL},{65535UL,3UL,1UL,0x0252L,0xBEDCL,1UL}},{{3UL,0x8DEEL,0x3FE3L,7UL,0xBEDCL,65531UL},{0xBEDCL,3UL,0x7ACDL,7UL,0xC875L,0xD375L},{3UL,0x0252L,0x7ACDL,0x0252L,3UL,65531UL},{65535UL,0x0252L,0x3FE3L,0UL,0xC875L,1UL},{65535UL,3UL,1UL,0x0252L,0xBEDCL,1UL},{3UL,0x8DEEL,0x3FE3L,7UL,0xBEDCL,65531UL},{0xBEDCL,3UL,0x7ACDL,7UL,0xC875L,0xD375L}},{{3UL,0x0252L,0x7ACDL,0x0252L,3UL,65531UL},{65535UL,0x0252L,0x3FE3L,0UL,0xC875L,1UL},{65535UL,3UL,1UL,0x0252L,0xBEDCL,1UL},{3UL,0x8DEEL,0x3FE3L,7UL,0xBEDCL,65531UL},{0xBEDCL,3UL,0x7ACDL,7UL,0xC875L,0xD375L},{3UL,0x0252L,0x7ACDL,0x0252L,3UL,65531UL},{0UL,1UL,65535UL,1UL,0x87AEL,7UL}},{{0UL,0x4254L,0UL,1UL,4UL,7UL},{65527UL,65530UL,65535UL,0x2709L,4UL,0x0252L},{4UL,0x4254L,0xC875L,0x2709L,0x87AEL,0UL},{65527UL,1UL,0xC875L,1UL,65527UL,0x0252L},{0UL,1UL,65535UL,1UL,0x87AEL,7UL},{0UL,0x4254L,0UL,1UL,4UL,7UL},{65527UL,65530UL,65535UL,0x2709L,4UL,0x0252L}},{{4UL,0x4254L,0xC875L,0x2709L,0x87AEL,0UL},{65527UL,1UL,0xC875L,1UL,65527UL,0x0252L},{0UL,1UL,65535UL,1UL,0x87AEL,7UL},{0UL,0x4254L,0UL,1UL,4UL,7UL},{65527UL,65530UL,65535UL,0x2709L,4UL,0x0252L},{4UL,0x4254L,0xC875L,0x2709L,0x87AEL,0UL},{65527UL,1UL,0xC875L,1UL,65527UL,0x0252L}}};
static struct S0 g_827 = {18446744073709551613UL,255UL,0xA890L};
static int16_t g_872 = 0xBCA8L;
static int8_t g_895 = (-1L);
static const uint8_t *g_913 = &g_827.f1;
static const uint8_t **g_912 = &g_913;
static const uint8_t ***g_911 = &g_912;
static union U1 **g_921 = &g_70[9][1][0];
static uint32_t g_951 = 0UL;
static const union U1 g_975 = {1L};
static int32_t ***g_1062 = &g_224;
static int32_t ****g_1061 = &g_1062;
static int32_t g_1103 = 0xBD3C8CF2L;
static union U2 *g_1241 = &g_55[6];
static const uint64_t **g_1254[5][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
static int32_t ***g_1269 = &g_651[0];
static int32_t **** const g_1268 = &g_1269;
static int32_t **** const *g_1267 = &g_1268;
static const struct S0 g_1277 = {0xA8A0AC8302C1C3A7LL,6UL,65531UL};
static uint16_t g_1308 = 0xE403L;
static const uint32_t *g_1337 = &g_292;
static const uint32_t **g_1336 = &g_1337;
static uint64_t ***g_1368 = &g_628;
static struct S0 *g_1399[10] = {&g_457,&g_457,&g_457,&g_457,&g_457,&g_457,&g_457,&g_457,&g_457,&g_457};
static struct S0 **g_1398 = &g_1399[1];
static int64_t g_1455 = 0xFBA3B880961D4CE3LL;
static uint16_t **g_1488 = (void*)0;
static uint32_t *g_1568 = (void*)0;
static uint32_t **g_1567 = &g_1568;
static uint32_t ***g_1566[10] = {&g_1567,&g_1567,&g_1567,&g_1567,&g_1567,&g_1567,&g_1567,&g_1567,&g_1567,&g_1567};
static uint8_t *g_1574 = &g_457.f1;
static uint8_t ** const g_1573 = &g_1574;
static uint8_t ** const *g_1572[8] = {&g_1573,&g_1573,&g_1573,&g_1573,&g_1573,&g_1573,&g_1573,&g_1573};
static uint8_t ** const **g_1571 = &g_1572[5];
static uint64_t g_1598 = 18446744073709551606UL;
static uint8_t **g_1682 = (void*)0;
static uint8_t ***g_1681 = &g_1682;
static uint8_t ****g_1680 = &g_1681;
static int64_t *g_1695 = &g_1455;
static int64_t g_1869[3][5][2] = {{{0x48175D4C5500AEE4LL,0x48175D4C5500AEE4LL},{(-1L),0x15EE7B3A73A9D694LL},{0x94E06F25E9FCDA9FLL,(-8L)},{(-6L),(-1L)},{1L,(-6L)}},{{1L,7L},{1L,(-6L)},{1L,(-1L)},{(-6L),(-8L)},{0x94E06F25E9FCDA9FLL,0x15EE7B3A73A9D694LL}},{{(-1L),0x48175D4C5500AEE4LL},{0x48175D4C5500AEE4LL,0x48175D4C5500AEE4LL},{(-1L),0x15EE7B3A73A9D694LL},{0x94E06F25E9FCDA9FLL,(-8L)},{(-6L),(-1L)}}};
static uint64_t g_1875[5] = {0xFA20B281F939551DLL,0xFA20B281F939551DLL,0xFA20B281F939551DLL,0xFA20B281F939551DLL,0xFA20B281F939551DLL};
static int32_t g_1951 = 7L;
static const uint8_t g_1988 = 255UL;
static uint16_t g_2007 = 3UL;
static int8_t g_2009 = (-3L);
static uint32_t g_2040 = 0xF733E1F7L;
static union U2 ** const * const g_2090 = (void*)0;
static uint16_t g_2123 = 1UL;
static int64_t g_2150[4][7] = {{0xA698E65B96844EC9LL,0xA698E65B96844EC9LL,0x023438911B318C58LL,(-2L),(-9L),(-2L),0x023438911B318C58LL},{0xB640BF3EC7EDD3F1LL,0xB640BF3EC7EDD3F1LL,(-1L),0L,0L,0L,(-1L)},{0xA698E65B96844EC9LL,0xA698E65B96844EC9LL,0x023438911B318C58LL,(-2L),(-9L),(-2L),0x023438911B318C58LL},{0xB640BF3EC7EDD3F1LL,0xB640BF3EC7EDD3F1LL,(-1L),0L,0L,0L,(-1L)}};
static int16_t g_2208[1][2] = {{7L,7L}};
static uint32_t g_2217 = 18446744073709551607UL;
static uint32_t ****g_2257 = &g_1566[5];
static uint32_t * const *g_2260 = &g_1568;
static uint32_t * const **g_2259 = &g_2260;
static uint32_t * const ***g_2258 = &g_2259;
static int32_t * const ***g_2279 = (void*)0;
static struct S0 ****g_2295 = (void*)0;
static union U1 ***g_2317 = &g_921;
static int32_t g_2319 = 0xAD963D65L;
static const int8_t g_2461[9] = {0x63L,0x63L,0x63L,0x63L,0x63L,0x63L,0x63L,0x63L,0x63L};
static const int8_t *g_2460 = &g_2461[7];
static int8_t g_2479 = 0xEDL;
static int16_t g_2489 = (-6L);
static uint32_t *** const **g_2641[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static uint8_t *****g_2690 = &g_1680;


/* --- FORWARD DECLARATIONS --- */
static int16_t  func_1(void);
static struct S0  func_11(int16_t  p_12, union U2  p_13, uint32_t  p_14, union U2  p_15);
static int32_t  func_22(uint64_t  p_23, union U2  p_24, int64_t  p_25, int32_t  p_26);
static uint8_t  func_29(uint16_t  p_30, int8_t  p_31, uint32_t  p_32, uint8_t  p_33);
static union U1 * func_64(const uint64_t * p_65, uint16_t * p_66, union U1 * p_67, const uint8_t  p_68);
static int32_t ** const  func_74(uint16_t  p_75, int32_t ** p_76);
static int32_t ** func_83(int32_t ** const  p_84, uint16_t  p_85);
static int32_t ** func_86(union U2  p_87);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_6 g_1951 g_951 g_2090 g_1061 g_1062 g_1268 g_289 g_290 g_2123 g_1695 g_511 g_55.f0 g_1455 g_797 g_628 g_629 g_247 g_2150 g_224 g_225 g_1337 g_292 g_1368 g_1336 g_168 g_1574 g_457.f1 g_912 g_913 g_827.f1 g_1277.f0 g_51 g_540 g_39 g_80 g_872 g_1488 g_2208 g_164 g_1241 g_55 g_2007 g_2479 g_42 g_1277.f1 g_143 g_221 g_2258 g_2259 g_2260 g_1568 g_1566 g_1567 g_646 g_2319 g_1308 g_2460 g_2461 g_54 g_48 g_669 g_1573 g_1680 g_1681 g_1103 g_975.f0 g_154 g_1988
 * writes: g_2 g_6 g_951 g_1269 g_2123 g_1455 g_290 g_663 g_39 g_168 g_872 g_457.f1 g_225 g_154 g_2007 g_221 g_51 g_540 g_164 g_2460 g_143 g_292 g_55.f0 g_2257 g_2208 g_247 g_1682 g_2641 g_1951 g_797 g_2690
 */
static int16_t  func_1(void)
{ /* block id: 0 */
    uint16_t l_43 = 65526UL;
    int32_t l_52 = 0xEED764E3L;
    union U2 l_2011[4] = {{0x5FL},{0x5FL},{0x5FL},{0x5FL}};
    int32_t l_2016 = 2L;
    int64_t l_2027 = 6L;
    int32_t l_2039[9][5][5] = {{{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L}},{{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL}},{{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L}},{{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL}},{{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L}},{{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL}},{{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L}},{{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL}},{{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L},{0x0515540FL,0xF8D5A5E6L,0x0515540FL,0xF8D5A5E6L,0x0515540FL},{0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L,0x5F89D9E0L}}};
    uint32_t l_2046 = 0xEF66B17BL;
    uint8_t l_2051 = 0UL;
    int32_t l_2068 = (-1L);
    int32_t l_2069 = 0L;
    union U1 l_2087 = {-6L};
    int32_t l_2120[2][8][6] = {{{0x13A51B20L,0x13A51B20L,(-3L),(-6L),0x22AC7DB9L,(-6L)},{0x3820F024L,0x13A51B20L,0x3820F024L,0x46356B4AL,(-3L),(-3L)},{2L,0x3820F024L,0x3820F024L,2L,0x13A51B20L,(-6L)},{(-6L),2L,(-3L),2L,(-6L),0x46356B4AL},{2L,(-6L),0x46356B4AL,0x46356B4AL,(-6L),2L},{0x3820F024L,2L,0x13A51B20L,(-6L),0x13A51B20L,2L},{0x13A51B20L,0x3820F024L,0x46356B4AL,(-3L),(-3L),0x46356B4AL},{0x13A51B20L,0x13A51B20L,(-3L),(-6L),0x22AC7DB9L,(-6L)}},{{0x3820F024L,0x13A51B20L,0x3820F024L,0x46356B4AL,(-3L),(-3L)},{2L,0x3820F024L,0x3820F024L,2L,0x13A51B20L,(-6L)},{(-6L),2L,(-3L),2L,(-6L),0x46356B4AL},{2L,(-6L),0x46356B4AL,0x46356B4AL,(-6L),2L},{0x3820F024L,2L,0x13A51B20L,(-6L),0x13A51B20L,2L},{0x13A51B20L,0x3820F024L,0x46356B4AL,(-3L),(-3L),0x46356B4AL},{0x13A51B20L,0x13A51B20L,(-3L),(-6L),0x22AC7DB9L,(-6L)},{0x3820F024L,0x13A51B20L,0x3820F024L,0x46356B4AL,(-3L),(-3L)}}};
    uint64_t l_2173 = 0UL;
    int32_t l_2272 = 0xFED9079CL;
    uint32_t *l_2281[10];
    uint32_t ****l_2312 = &g_1566[3];
    int32_t ** const *l_2327 = &g_224;
    struct S0 *****l_2347 = &g_2295;
    uint32_t l_2352[7] = {0x22A02113L,4UL,4UL,0x22A02113L,4UL,4UL,0x22A02113L};
    struct S0 **l_2361[7] = {&g_1399[9],&g_1399[9],&g_1399[9],&g_1399[9],&g_1399[9],&g_1399[9],&g_1399[9]};
    int16_t l_2433 = 0xF8BAL;
    int32_t l_2446 = 0xBF1DC6E4L;
    uint64_t l_2447 = 0x51B17D30F8C35CB5LL;
    int16_t l_2511[8][1][1] = {{{(-4L)}},{{(-4L)}},{{1L}},{{(-4L)}},{{(-4L)}},{{1L}},{{(-4L)}},{{(-4L)}}};
    uint16_t l_2628 = 65534UL;
    uint8_t ***l_2633[7];
    int32_t l_2659 = 0xAC865821L;
    int16_t *l_2687[7] = {&l_2511[3][0][0],&g_669,&l_2511[3][0][0],&l_2511[3][0][0],&g_669,&l_2511[3][0][0],&l_2511[3][0][0]};
    int i, j, k;
    for (i = 0; i < 10; i++)
        l_2281[i] = &g_951;
    for (i = 0; i < 7; i++)
        l_2633[i] = (void*)0;
    for (g_2 = 0; (g_2 == 26); ++g_2)
    { /* block id: 3 */
        int32_t l_5[9] = {0x15747814L,0x15747814L,0x15747814L,0x15747814L,0x15747814L,0x15747814L,0x15747814L,0x15747814L,0x15747814L};
        int32_t l_40[6] = {8L,8L,0x6DFE1602L,0x2F34C933L,0x2F34C933L,8L};
        uint16_t l_2008 = 0x3353L;
        union U2 l_2010 = {-4L};
        union U1 l_2015 = {0x4ED62170L};
        union U1 ***l_2028 = &g_921;
        int32_t l_2029[2];
        int32_t l_2073 = 1L;
        int i;
        for (i = 0; i < 2; i++)
            l_2029[i] = 0xF3CCFECCL;
        for (g_6 = 8; (g_6 >= 3); g_6 -= 1)
        { /* block id: 6 */
            uint16_t *l_38[4][6][10] = {{{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,(void*)0,(void*)0,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,(void*)0},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39}},{{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{(void*)0,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{(void*)0,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39}},{{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,&g_39,(void*)0,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,(void*)0,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,(void*)0},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39}},{{(void*)0,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,&g_39,&g_39,(void*)0,&g_39,(void*)0,&g_39,&g_39},{&g_39,&g_39,&g_39,(void*)0,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39},{&g_39,(void*)0,&g_39,&g_39,&g_39,&g_39,&g_39,(void*)0,(void*)0,&g_39},{&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39,&g_39}}};
            int32_t *l_41 = &g_42;
            int32_t *l_50[8][8][4] = {{{&l_5[g_6],&g_6,&l_5[g_6],&g_51},{&l_5[g_6],&l_5[g_6],&l_5[g_6],&l_5[g_6]},{&l_5[2],&g_51,(void*)0,&g_51},{(void*)0,&g_2,&l_5[g_6],&g_6},{&g_2,&l_5[g_6],&l_5[g_6],&g_2},{(void*)0,&l_5[g_6],&l_5[6],&l_5[g_6]},{(void*)0,&g_6,&l_5[g_6],(void*)0},{&l_5[g_6],&l_5[g_6],&l_5[g_6],(void*)0}},{{&l_5[2],&g_6,&g_51,&l_5[g_6]},{&g_6,&l_5[g_6],&l_5[g_6],&g_2},{&l_5[g_6],&l_5[g_6],&l_5[g_6],&g_6},{&l_5[2],&g_2,&l_5[2],&g_51},{&g_6,&g_51,&l_5[g_6],&l_5[g_6]},{&g_51,&l_5[g_6],&l_5[g_6],&g_51},{(void*)0,&g_6,&l_5[g_6],&l_5[g_6]},{&g_51,(void*)0,&l_5[g_6],&g_6}},{{&g_6,&l_5[g_6],&l_5[2],&l_5[g_6]},{&l_5[2],&l_5[g_6],&l_5[g_6],&l_5[g_6]},{&l_5[g_6],&l_5[g_6],&l_5[g_6],(void*)0},{&g_6,&l_5[g_6],&g_51,&l_5[g_6]},{&l_5[2],(void*)0,&l_5[g_6],&g_51},{&l_5[g_6],(void*)0,&l_5[g_6],&l_5[g_6]},{(void*)0,&l_5[g_6],&l_5[6],(void*)0},{(void*)0,&l_5[g_6],&l_5[g_6],&l_5[g_6]}},{{&g_2,&l_5[g_6],&l_5[g_6],&l_5[g_6]},{(void*)0,&l_5[g_6],(void*)0,&g_6},{&l_5[2],(void*)0,&l_5[g_6],&l_5[g_6]},{&l_5[g_6],&g_6,&l_5[g_6],&g_51},{&l_5[g_6],&l_5[g_6],&l_5[g_6],&l_5[g_6]},{&l_5[2],&g_51,(void*)0,&g_51},{(void*)0,&g_2,&l_5[g_6],&g_6},{&g_2,&l_5[g_6],&l_5[g_6],&g_2}},{{(void*)0,&l_5[g_6],&l_5[6],&l_5[g_6]},{(void*)0,&g_6,&l_5[g_6],(void*)0},{&l_5[g_6],&l_5[g_6],&l_5[5],&l_5[g_6]},{&g_51,&g_51,&l_5[0],(void*)0},{(void*)0,&l_5[2],&g_6,&l_5[6]},{&l_5[g_6],&l_5[g_6],(void*)0,(void*)0},{&g_51,&l_5[6],&g_51,&l_5[0]},{&g_51,&l_5[g_6],&l_5[g_6],&l_5[g_6]}},{{&l_5[g_6],&l_5[g_6],&l_5[g_6],&l_5[g_6]},{&g_2,(void*)0,&l_5[g_6],(void*)0},{&l_5[g_6],&l_5[g_6],&l_5[g_6],&g_51},{&g_51,&l_5[g_6],&g_51,&l_5[g_6]},{&g_51,&l_5[g_6],(void*)0,(void*)0},{&l_5[g_6],&l_5[g_6],&g_6,&l_5[g_6]},{(void*)0,&l_5[g_6],&l_5[0],&l_5[2]},{&g_51,&l_5[g_6],&l_5[5],&l_5[0]}},{{&l_5[g_6],&l_5[g_6],&l_5[g_6],&l_5[2]},{&l_5[g_6],&l_5[g_6],&l_5[g_6],&l_5[g_6]},{&g_2,&l_5[g_6],&l_5[g_6],(void*)0},{&l_5[6],&l_5[g_6],&l_5[g_6],&l_5[g_6]},{&l_5[g_6],&l_5[g_6],&g_2,&g_51},{&g_51,&l_5[g_6],&g_51,(void*)0},{&l_5[2],(void*)0,&g_6,&l_5[g_6]},{&l_5[2],&l_5[g_6],&g_51,&l_5[g_6]}},{{&g_51,&l_5[g_6],&g_2,&l_5[0]},{&l_5[g_6],&l_5[6],&l_5[g_6],(void*)0},{&l_5[6],&l_5[g_6],&l_5[g_6],&l_5[6]},{&g_2,&l_5[2],&l_5[g_6],(void*)0},{&l_5[g_6],&g_51,&l_5[g_6],&l_5[g_6]},{&l_5[g_6],&l_5[g_6],&l_5[5],&l_5[g_6]},{&g_51,&g_51,&l_5[0],(void*)0},{(void*)0,&l_5[2],&g_6,&l_5[6]}}};
            uint64_t *l_53[1];
            union U1 l_2013 = {0x920A5F5EL};
            union U1 *l_2014[9];
            uint64_t l_2079 = 0xB6C63C429AA74C46LL;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_53[i] = &g_54;
            for (i = 0; i < 9; i++)
                l_2014[i] = &g_71;
        }
        return l_2016;
    }
    if (((g_1951 , &g_921) == &g_251))
    { /* block id: 974 */
        uint32_t l_2100 = 0xE8CBBEE7L;
        struct S0 l_2110 = {1UL,248UL,8UL};
        int32_t l_2119 = 0xBC482750L;
        int32_t l_2148 = (-1L);
        int64_t l_2175[5];
        int32_t *l_2181 = (void*)0;
        const uint64_t l_2205 = 0UL;
        int32_t *** const *l_2280 = &g_1062;
        int32_t *l_2293 = &g_51;
        uint64_t l_2313[5][3] = {{0x64ED354C98D323A3LL,0x1F67A6DE44C6F297LL,0x1F67A6DE44C6F297LL},{1UL,18446744073709551609UL,18446744073709551609UL},{0x64ED354C98D323A3LL,0x1F67A6DE44C6F297LL,0x1F67A6DE44C6F297LL},{1UL,18446744073709551609UL,18446744073709551609UL},{0x64ED354C98D323A3LL,0x1F67A6DE44C6F297LL,0x1F67A6DE44C6F297LL}};
        int8_t l_2355 = 0x24L;
        struct S0 **l_2359[6];
        struct S0 ***l_2360[4][1][2] = {{{&l_2359[1],&l_2359[1]}},{{&l_2359[1],&l_2359[1]}},{{&l_2359[1],&l_2359[1]}},{{&l_2359[1],&l_2359[1]}}};
        struct S0 **l_2362 = &g_1399[1];
        struct S0 **l_2363 = (void*)0;
        uint32_t l_2416 = 18446744073709551608UL;
        int32_t l_2424 = 5L;
        int32_t l_2429 = 1L;
        int32_t l_2432 = 0xC7FCC72EL;
        int32_t l_2434 = 0x018DC631L;
        int32_t l_2436 = 0x0EE495ECL;
        int32_t l_2490[8][3][1] = {{{0xEA48A71AL},{0L},{0x2F7CD7A0L}},{{0L},{0xEA48A71AL},{9L}},{{0xEA48A71AL},{0L},{0x2F7CD7A0L}},{{0L},{0xEA48A71AL},{9L}},{{0xEA48A71AL},{0L},{0x2F7CD7A0L}},{{0L},{0xEA48A71AL},{9L}},{{0xEA48A71AL},{0L},{0x2F7CD7A0L}},{{0L},{0xEA48A71AL},{9L}}};
        uint16_t l_2525 = 0x1A34L;
        uint16_t l_2551 = 0x1F68L;
        int64_t l_2586 = 0x77AA763D063B4844LL;
        union U2 *l_2607 = &l_2011[2];
        union U1 l_2625[5][2] = {{{0xE715D1E2L},{0x773BB3DAL}},{{0x6F24E4E0L},{-1L}},{{0x773BB3DAL},{-1L}},{{0x6F24E4E0L},{0x773BB3DAL}},{{0xE715D1E2L},{0xE715D1E2L}}};
        union U1 *l_2626 = &l_2087;
        union U1 l_2627 = {1L};
        int32_t l_2634 = 0xADED0076L;
        uint8_t * const ** const l_2646 = (void*)0;
        uint8_t * const ** const *l_2645 = &l_2646;
        int i, j, k;
        for (i = 0; i < 5; i++)
            l_2175[i] = 0xD08C60422813CE37LL;
        for (i = 0; i < 6; i++)
            l_2359[i] = (void*)0;
        if ((l_2087 , (-4L)))
        { /* block id: 975 */
            int32_t ***l_2107 = &g_651[2];
            int32_t l_2117 = 0xE40C6877L;
            int32_t l_2122 = 0xE24636B9L;
            int8_t l_2156[9];
            int8_t l_2157 = (-1L);
            int i;
            for (i = 0; i < 9; i++)
                l_2156[i] = (-9L);
            for (g_951 = 21; (g_951 >= 39); g_951 = safe_add_func_int64_t_s_s(g_951, 7))
            { /* block id: 978 */
                union U2 **l_2093 = &g_1241;
                union U2 ** const *l_2092[1][7] = {{&l_2093,&l_2093,&l_2093,&l_2093,&l_2093,&l_2093,&l_2093}};
                union U2 ** const **l_2091 = &l_2092[0][2];
                int32_t l_2118 = 0xD46ADFC3L;
                int i, j;
                (*l_2091) = g_2090;
                for (l_43 = 0; (l_43 > 41); l_43 = safe_add_func_uint16_t_u_u(l_43, 9))
                { /* block id: 982 */
                    uint64_t ***l_2115 = &g_628;
                    uint32_t *l_2116[9] = {(void*)0,&g_292,(void*)0,&g_292,(void*)0,&g_292,(void*)0,&g_292,(void*)0};
                    int32_t l_2121 = 0x6FEDBD15L;
                    int i;
                    l_2100 = (safe_rshift_func_int16_t_s_u((safe_mul_func_int8_t_s_s((-1L), l_2027)), 0));
                    if ((safe_sub_func_int64_t_s_s((safe_div_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_s((((*g_1268) = (*g_1061)) == l_2107), (l_2039[2][3][2] |= (!(*g_289))))) < ((((*g_1695) = ((!((l_2110 , (((safe_div_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s(((void*)0 == l_2115), 2)), g_290[4])) <= (++g_2123)) , (safe_add_func_uint16_t_u_u(l_2069, l_2118)))) | l_2121)) <= 2L)) != (*g_289)) != l_2121)), (*g_511))), l_2110.f2)))
                    { /* block id: 988 */
                        int16_t l_2145 = 1L;
                        int64_t *l_2149 = &g_663[1][1];
                        uint16_t *l_2151[7][10] = {{&g_2123,&g_164,&g_164,&g_2123,(void*)0,&g_2123,&g_164,&g_164,&g_2123,(void*)0},{&g_2123,&g_164,&g_164,&g_2123,(void*)0,&g_2123,&g_164,&g_164,&g_2123,(void*)0},{&g_2123,&g_164,&g_164,&g_2123,(void*)0,&g_2123,&g_164,&g_164,&g_2123,(void*)0},{&g_2123,&g_164,&g_164,&g_2123,(void*)0,&g_2123,&g_164,&g_164,&g_2123,(void*)0},{&g_2123,&g_164,&g_164,&g_2123,(void*)0,&g_2123,&g_164,&g_164,&g_2123,(void*)0},{&g_2123,&g_164,&g_164,&g_2123,(void*)0,&g_2123,&g_164,&g_164,&g_2123,(void*)0},{&g_2123,&g_164,&g_164,&g_2123,(void*)0,&g_2123,&g_164,&g_164,&g_2123,(void*)0}};
                        int16_t *l_2174 = &g_872;
                        int i, j;
                        (****g_1061) = (+((g_39 = ((safe_rshift_func_int16_t_s_s((safe_mul_func_int8_t_s_s((-2L), (65535UL >= ((safe_add_func_int64_t_s_s((*g_1695), ((*g_289) = (l_2118 != 0xB0D4L)))) >= (safe_rshift_func_int16_t_s_u(g_797[4][0][1], (((*l_2149) = (safe_add_func_uint64_t_u_u((safe_div_func_uint8_t_u_u(l_2121, (safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((l_2119 |= l_2145), 1)), (safe_lshift_func_int16_t_s_s((l_2145 >= l_2148), 5)))))), (*g_1695)))) && (**g_628)))))))), 12)) | g_2150[3][2])) == l_2145));
                        l_2175[0] |= ((**g_224) = (l_2087 , ((*g_511) | (+((~((*l_2174) = (safe_mul_func_int8_t_s_s(l_2156[3], (((l_2157 == l_2145) <= (safe_rshift_func_int8_t_s_s((safe_sub_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_u((~(safe_sub_func_uint16_t_u_u(0x397FL, (safe_div_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s(l_2118, (safe_mod_func_uint8_t_u_u((((*g_1337) ^ ((l_2039[2][3][2] = (***g_1368)) >= (*g_629))) || (**g_1336)), l_2173)))), 0xF432L))))), 6)) == l_2011[2].f0), l_2011[2].f0)), 5))) , l_2118))))) >= 0x4BL)))));
                    }
                    else
                    { /* block id: 998 */
                        int32_t l_2180[4][10][6] = {{{1L,9L,0xAD88BDD4L,0x7C41F251L,0x1354FE0FL,7L},{1L,0x57383A17L,0xE0AD08EFL,0x4BB7FEADL,(-1L),0x260FA43BL},{0x1354FE0FL,(-8L),0x00962F29L,0xC59F809EL,0x4BB7FEADL,0x252E7EA9L},{0L,(-1L),0xAE043946L,0L,0L,0xAD88BDD4L},{(-1L),(-5L),(-7L),0x044EFE06L,0x912A9ED5L,0x776CDE9CL},{0x12477A05L,0xCDDA9EB1L,(-1L),(-1L),0x912A9ED5L,(-1L)},{(-1L),(-5L),0x002BF454L,0x57383A17L,0L,0xE0AD08EFL},{0x2AE1A41AL,(-1L),(-1L),1L,0x4BB7FEADL,0x78B99559L},{(-5L),(-8L),5L,0x2AE1A41AL,(-1L),0x970BE373L},{0L,0x57383A17L,0x252E7EA9L,(-1L),0x1354FE0FL,(-1L)}},{{0x5EF2E499L,9L,0x36EA5308L,(-1L),(-1L),0xE926D7F8L},{0L,0x7C41F251L,(-1L),0x2AE1A41AL,9L,0x00962F29L},{(-5L),1L,0x2820C098L,1L,1L,0x2820C098L},{0x2AE1A41AL,0x2AE1A41AL,2L,0x57383A17L,0x5EF2E499L,(-1L)},{(-1L),0x37B09033L,6L,(-1L),0x4D14C442L,2L},{0x12477A05L,(-1L),6L,0x044EFE06L,0x2AE1A41AL,(-1L)},{(-1L),0x044EFE06L,2L,0L,0x64E550A7L,0x2820C098L},{0L,0x64E550A7L,0x2820C098L,0xC59F809EL,0x37B09033L,0x00962F29L},{0x1354FE0FL,(-1L),(-1L),0x4BB7FEADL,1L,0xE926D7F8L},{1L,0x12477A05L,0x36EA5308L,0x7C41F251L,0x7757DA4FL,(-1L)}},{{0L,0x77F4DF67L,(-1L),0x46FE84D5L,0xE75F00DBL,0x1354FE0FL},{0x8B0227ADL,(-1L),0x7C41F251L,0xE75F00DBL,0x0834E5BCL,0x57383A17L},{1L,0L,0x57F1B4AEL,(-10L),0L,0xC59F809EL},{0x6E934495L,1L,0x519B726CL,0xBD84F3E2L,(-1L),0x7757DA4FL},{0xB45EB109L,0xE45A5366L,0x5EF2E499L,0x21528008L,(-10L),(-8L)},{0xB45EB109L,0x0834E5BCL,0L,0xBD84F3E2L,0xAE741E8BL,(-5L)},{0x6E934495L,(-1L),1L,(-10L),0L,(-1L)},{1L,0xE75F00DBL,0x044EFE06L,0xE75F00DBL,1L,1L},{0x8B0227ADL,0xC712B6B1L,0xC59F809EL,0x46FE84D5L,0xE45A5366L,0x4BB7FEADL},{0L,1L,(-5L),0xC712B6B1L,1L,0x4BB7FEADL}},{{0xE75F00DBL,(-10L),0xC59F809EL,0x9FF015A4L,(-1L),1L},{1L,1L,0x044EFE06L,0x8B0227ADL,0x9FF015A4L,(-1L)},{0x115A3005L,6L,1L,0x115A3005L,(-1L),(-5L)},{6L,(-6L),0L,1L,0xBD84F3E2L,(-8L)},{0x77F4DF67L,0x295D964BL,0x5EF2E499L,(-1L),0xBD84F3E2L,0x7757DA4FL},{0xE45A5366L,(-6L),0x519B726CL,(-10L),(-1L),0xC59F809EL},{(-1L),6L,0x57F1B4AEL,0L,0x9FF015A4L,0x57383A17L},{(-6L),1L,0x7C41F251L,(-1L),(-1L),0x1354FE0FL},{0x46FE84D5L,(-10L),(-1L),6L,1L,0x57F1B4AEL},{0xAE741E8BL,1L,0L,6L,0xE45A5366L,0x912A9ED5L}}};
                        int i, j, k;
                        l_2180[0][7][0] &= ((safe_sub_func_int32_t_s_s((***g_1062), l_2120[0][2][3])) | ((*g_1574)++));
                        if ((***g_1062))
                            break;
                        if ((*g_225))
                            break;
                    }
                }
                (**g_224) = 0L;
                if (l_2110.f2)
                    break;
            }
            l_2181 = (*g_224);
        }
        else
        { /* block id: 1009 */
            uint32_t l_2206 = 18446744073709551614UL;
            int32_t l_2207 = (-1L);
            int16_t *l_2209 = &g_2208[0][0];
            uint64_t *l_2210[4];
            int32_t *****l_2227 = (void*)0;
            union U2 l_2275[10][1][3] = {{{{0x2CL},{0x54L},{1L}}},{{{0x56L},{0x56L},{0x06L}}},{{{0x54L},{0x2CL},{0L}}},{{{-3L},{0x56L},{-3L}}},{{{0L},{0x54L},{0x64L}}},{{{5L},{-3L},{-3L}}},{{{0x64L},{0L},{0L}}},{{{0xF7L},{5L},{0x06L}}},{{{0x64L},{0x64L},{1L}}},{{{5L},{0xF7L},{0x95L}}}};
            const uint8_t *l_2330 = (void*)0;
            struct S0 *****l_2346 = &g_2295;
            uint16_t l_2356[5] = {0x66D0L,0x66D0L,0x66D0L,0x66D0L,0x66D0L};
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_2210[i] = &g_1875[4];
        }
        (**l_2327) = (***l_2280);
        if (((l_2362 = (l_2361[6] = l_2359[1])) != (l_2363 = &g_1399[1])))
        { /* block id: 1113 */
            int16_t l_2390[7];
            int32_t l_2414 = 0xF3344D82L;
            int32_t l_2427 = 0x31A427D1L;
            int32_t l_2428 = 0x41A6D218L;
            int32_t l_2431[6] = {0xB60AD403L,0xB60AD403L,0xB60AD403L,0xB60AD403L,0xB60AD403L,0xB60AD403L};
            uint32_t l_2437 = 0UL;
            const int8_t *l_2459 = (void*)0;
            uint32_t l_2496 = 0x1B9D005FL;
            int i;
            for (i = 0; i < 7; i++)
                l_2390[i] = (-6L);
            for (l_2087.f0 = 0; (l_2087.f0 >= (-5)); l_2087.f0 = safe_sub_func_int64_t_s_s(l_2087.f0, 1))
            { /* block id: 1116 */
                uint64_t l_2374 = 0xE5A61A3907394197LL;
                uint16_t *l_2375 = &g_2007;
                struct S0 l_2381[1][1][4] = {{{{1UL,249UL,65528UL},{1UL,249UL,65528UL},{1UL,249UL,65528UL},{1UL,249UL,65528UL}}}};
                int16_t l_2388[1];
                uint64_t l_2389 = 0x359F1481631843F4LL;
                int8_t l_2415 = (-1L);
                int32_t l_2419 = 0x0419C6E5L;
                int32_t l_2423[7] = {0L,0L,1L,0L,0L,1L,0L};
                int32_t l_2435 = 0x14085F8CL;
                int32_t *l_2440 = &l_2039[2][3][2];
                int32_t *l_2441 = (void*)0;
                int32_t *l_2442 = &l_2039[8][2][0];
                int32_t *l_2443 = (void*)0;
                int32_t *l_2444 = &l_2432;
                int32_t *l_2445[1][10] = {{(void*)0,&g_2,&g_2,(void*)0,&g_2,&g_2,(void*)0,&g_2,&g_2,(void*)0}};
                uint64_t l_2452[8][7] = {{3UL,0xBF61017FAE190E8ELL,0x2CF7A3F03639E58FLL,1UL,0xD3585880D4CDAF35LL,0UL,0xA81B4C5373F0FC6BLL},{0xD3585880D4CDAF35LL,0xA81B4C5373F0FC6BLL,0xA81B4C5373F0FC6BLL,0xA81B4C5373F0FC6BLL,0xA646DAC0E38D8FC8LL,18446744073709551615UL,0xBF61017FAE190E8ELL},{3UL,0xA81B4C5373F0FC6BLL,0UL,0xBF61017FAE190E8ELL,0x0299EC872CF7CFBFLL,18446744073709551615UL,18446744073709551615UL},{18446744073709551609UL,0x0299EC872CF7CFBFLL,18446744073709551606UL,0x0299EC872CF7CFBFLL,18446744073709551609UL,0x2CF7A3F03639E58FLL,3UL},{1UL,0xA81B4C5373F0FC6BLL,18446744073709551615UL,0UL,18446744073709551609UL,3UL,18446744073709551609UL},{0xD3585880D4CDAF35LL,0xA646DAC0E38D8FC8LL,0xA646DAC0E38D8FC8LL,0xD3585880D4CDAF35LL,0x0299EC872CF7CFBFLL,0UL,1UL},{1UL,0UL,0x0299EC872CF7CFBFLL,0xD3585880D4CDAF35LL,0xA646DAC0E38D8FC8LL,0xA646DAC0E38D8FC8LL,0xD3585880D4CDAF35LL},{18446744073709551609UL,3UL,18446744073709551609UL,0UL,18446744073709551615UL,0xA81B4C5373F0FC6BLL,1UL}};
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_2388[i] = (-8L);
                (*l_2293) |= ((*g_225) = (safe_mod_func_uint8_t_u_u((((safe_lshift_func_int16_t_s_u(((safe_rshift_func_uint16_t_u_s(((void*)0 != &g_2090), 7)) | (safe_mul_func_int8_t_s_s(0x51L, (l_2374 || (((*l_2375) = (g_154 = (***l_2327))) > ((+(**g_912)) < ((safe_mul_func_int8_t_s_s((((l_2381[0][0][3] , (g_221 = ((!(safe_mul_func_int16_t_s_s(g_797[4][0][1], (!(safe_add_func_int64_t_s_s((*g_1695), l_2374)))))) != l_2388[0]))) , g_1277.f0) , (-5L)), (*g_511))) && 0L))))))), l_2389)) > l_2390[6]) , (***l_2327)), 0xCAL)));
                for (g_540 = 0; (g_540 <= 16); g_540++)
                { /* block id: 1124 */
                    uint32_t l_2397 = 1UL;
                    union U1 l_2400[10][6][4] = {{{{0L},{0L},{0xD152FD2FL},{0x23043293L}},{{0xC9DEEEC2L},{0L},{0L},{0xD8F33B59L}},{{0x76119070L},{0xAA76B3C5L},{4L},{4L}},{{4L},{4L},{0xAA76B3C5L},{0x76119070L}},{{0xD8F33B59L},{0L},{0L},{0xC9DEEEC2L}},{{0x23043293L},{0xD152FD2FL},{0L},{0L}}},{{{0x54368FA0L},{0xD152FD2FL},{0x2A793669L},{0xC9DEEEC2L}},{{0xD152FD2FL},{0L},{0x54368FA0L},{0x76119070L}},{{0L},{4L},{-9L},{4L}},{{0xE39718DDL},{0xAA76B3C5L},{0xC9DEEEC2L},{0xD8F33B59L}},{{-1L},{0L},{0x0A5554EDL},{0x23043293L}},{{-9L},{0L},{0xEF02D1D4L},{0x54368FA0L}}},{{{-9L},{0x2A793669L},{0x0A5554EDL},{0xD152FD2FL}},{{-1L},{0x54368FA0L},{0xC9DEEEC2L},{0L}},{{0xE39718DDL},{-9L},{-9L},{0xE39718DDL}},{{0L},{0xC9DEEEC2L},{0x54368FA0L},{-1L}},{{0xD152FD2FL},{0x0A5554EDL},{0x2A793669L},{-9L}},{{0x54368FA0L},{0xEF02D1D4L},{0L},{-9L}}},{{{0x23043293L},{0x0A5554EDL},{0L},{-1L}},{{0xD8F33B59L},{0xC9DEEEC2L},{0xAA76B3C5L},{0xE39718DDL}},{{4L},{-9L},{4L},{0L}},{{0x76119070L},{0x54368FA0L},{0L},{0xD152FD2FL}},{{0xC9DEEEC2L},{0x2A793669L},{0xD152FD2FL},{0x54368FA0L}},{{0L},{0L},{0xD152FD2FL},{0x23043293L}}},{{{0xC9DEEEC2L},{0L},{0L},{0xD8F33B59L}},{{0x76119070L},{0xAA76B3C5L},{4L},{4L}},{{4L},{4L},{0xAA76B3C5L},{0x76119070L}},{{0xD8F33B59L},{0L},{0L},{0xC9DEEEC2L}},{{0x23043293L},{0xD152FD2FL},{0L},{0L}},{{0x54368FA0L},{0xD152FD2FL},{0x2A793669L},{0xC9DEEEC2L}}},{{{0xD152FD2FL},{0L},{0x54368FA0L},{0x76119070L}},{{0L},{4L},{-9L},{4L}},{{0xE39718DDL},{0xAA76B3C5L},{0xC9DEEEC2L},{0xD8F33B59L}},{{-1L},{0L},{0x0A5554EDL},{0x23043293L}},{{-9L},{0L},{0xEF02D1D4L},{0x54368FA0L}},{{-9L},{0x2A793669L},{0x0A5554EDL},{0xD152FD2FL}}},{{{0x54368FA0L},{0L},{-9L},{0L}},{{0x099395FAL},{-1L},{-1L},{0x099395FAL}},{{0L},{-9L},{0L},{0x54368FA0L}},{{-1L},{0xD152FD2FL},{0x76119070L},{-1L}},{{0L},{0x23043293L},{0xAA76B3C5L},{-1L}},{{9L},{0xD152FD2FL},{0L},{0x54368FA0L}}},{{{0x0A5554EDL},{-9L},{0xEF02D1D4L},{0x099395FAL}},{{0xCD2E3A9FL},{-1L},{0xCD2E3A9FL},{0L}},{{4L},{0L},{0L},{-1L}},{{-9L},{0x76119070L},{-1L},{0L}},{{0L},{0xAA76B3C5L},{-1L},{9L}},{{-9L},{0L},{0L},{0x0A5554EDL}}},{{{4L},{0xEF02D1D4L},{0xCD2E3A9FL},{0xCD2E3A9FL}},{{0xCD2E3A9FL},{0xCD2E3A9FL},{0xEF02D1D4L},{4L}},{{0x0A5554EDL},{0L},{0L},{-9L}},{{9L},{-1L},{0xAA76B3C5L},{0L}},{{0L},{-1L},{0x76119070L},{-9L}},{{-1L},{0L},{0L},{4L}}},{{{0L},{0xCD2E3A9FL},{-1L},{0xCD2E3A9FL}},{{0x099395FAL},{0xEF02D1D4L},{-9L},{0x0A5554EDL}},{{0x54368FA0L},{0L},{0xD152FD2FL},{9L}},{{-1L},{0xAA76B3C5L},{0x23043293L},{0L}},{{-1L},{0x76119070L},{0xD152FD2FL},{-1L}},{{0x54368FA0L},{0L},{-9L},{0L}}}};
                    int32_t *l_2401[4];
                    int32_t l_2430 = 0x5CE519DEL;
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                        l_2401[i] = &g_2;
                    l_2416 &= (safe_rshift_func_int16_t_s_s(((-1L) | (((**g_628) && (safe_mul_func_uint8_t_u_u((0x0104L >= (((((*l_2293) ^ ((((*g_289) = (((l_2397 , ((((((safe_mod_func_int32_t_s_s((l_2400[1][1][0] , (l_2120[1][5][5] = ((***l_2327) = (**g_224)))), (l_2414 |= (((safe_rshift_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_u((safe_div_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u((((safe_add_func_uint16_t_u_u((((*g_511) && (((((g_1277.f0 != g_39) , 0x47777C2DL) >= l_2381[0][0][3].f1) | l_2390[0]) >= (-9L))) != 0x95B1A447L), l_2388[0])) && l_2374) && l_2390[6]), 9)), (*g_511))), 6)) >= g_80), g_872)) && (***g_1368)) <= 0x82B0EBEEL)))) , g_1488) != (void*)0) , 0x02A3L) < g_1277.f0) < l_2415)) & (-1L)) | (*l_2293))) > 18446744073709551614UL) ^ l_2390[0])) && g_2208[0][1]) , (void*)0) != (void*)0)), 0UL))) & (*g_1337))), 13));
                    for (g_164 = (-6); (g_164 == 5); ++g_164)
                    { /* block id: 1132 */
                        int16_t l_2420 = (-9L);
                        int32_t l_2421 = 0xA733794DL;
                        int32_t l_2422 = (-7L);
                        int32_t l_2425[6] = {0L,0x2155AAE2L,0x2155AAE2L,0L,0x2155AAE2L,0x2155AAE2L};
                        int16_t l_2426[5];
                        int i;
                        for (i = 0; i < 5; i++)
                            l_2426[i] = 0x4FDBL;
                        if (l_2419)
                            break;
                        --l_2437;
                    }
                    (***l_2280) = (***g_1061);
                    (*g_224) = (***g_1061);
                }
                ++l_2447;
                if ((safe_mul_func_uint16_t_u_u(l_2452[7][2], (safe_div_func_uint8_t_u_u(((void*)0 == g_1488), ((**g_224) && (9UL >= ((*g_1241) , ((void*)0 == g_1488)))))))))
                { /* block id: 1140 */
                    uint32_t l_2472 = 0UL;
                    int32_t l_2480 = 0xCE44BD02L;
                    int32_t l_2483 = 0x565244B3L;
                    int32_t l_2484 = (-1L);
                    int32_t l_2485 = 1L;
                    int32_t l_2486 = 0x6F4DE2BBL;
                    int32_t l_2487 = 0x82ADD07DL;
                    int32_t l_2488 = 0xC4979838L;
                    int32_t l_2491 = (-1L);
                    int32_t l_2493 = 0xA4FE0EFCL;
                    int32_t l_2494 = (-6L);
                    for (l_2427 = 1; (l_2427 >= 0); l_2427 -= 1)
                    { /* block id: 1143 */
                        uint32_t *l_2468 = (void*)0;
                        uint32_t *l_2469 = &l_2100;
                        int32_t l_2481 = 0x3D52DF60L;
                        int32_t l_2482 = 9L;
                        int32_t l_2492 = 1L;
                        int32_t l_2495 = 0L;
                        (*l_2444) ^= (safe_lshift_func_int8_t_s_s(((g_2460 = l_2459) == (((((safe_mod_func_uint16_t_u_u(((*l_2375) &= 0xA113L), (safe_sub_func_int8_t_s_s((g_2090 == (void*)0), (l_2431[1] , (safe_mod_func_uint16_t_u_u((((*l_2469) = 1UL) & (safe_add_func_uint8_t_u_u(1UL, (l_2472 , (safe_rshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_u((((safe_sub_func_uint8_t_u_u(g_2479, (***l_2327))) <= (*g_629)) & 0L), l_2472)), l_2390[6])))))), l_2427))))))) == 5L) < (*g_289)) ^ 0xD73A02E5L) , (void*)0)), (***l_2327)));
                        --l_2496;
                    }
                    return l_2414;
                }
                else
                { /* block id: 1151 */
                    if ((**g_224))
                        break;
                }
            }
            return g_42;
        }
        else
        { /* block id: 1156 */
            int32_t l_2550 = (-1L);
            int32_t l_2555 = 6L;
            union U2 l_2573 = {0x43L};
            uint64_t l_2605 = 0x357BF20D3B1C16DELL;
            union U2 **l_2608[5][6][2] = {{{&l_2607,&g_1241},{&l_2607,&g_1241},{&g_1241,&l_2607},{&l_2607,&l_2607},{&l_2607,&l_2607},{&g_1241,&g_1241}},{{&l_2607,&g_1241},{&l_2607,&g_1241},{&g_1241,&l_2607},{&l_2607,&l_2607},{&l_2607,&l_2607},{&g_1241,&g_1241}},{{&l_2607,&g_1241},{&l_2607,&g_1241},{&g_1241,&l_2607},{&l_2607,&l_2607},{&l_2607,&l_2607},{&g_1241,&g_1241}},{{&l_2607,&g_1241},{&l_2607,&g_1241},{&g_1241,&l_2607},{&l_2607,&l_2607},{&l_2607,&l_2607},{&g_1241,&g_1241}},{{&l_2607,&g_1241},{&l_2607,&g_1241},{&g_1241,&l_2607},{&l_2607,&l_2607},{&l_2607,&l_2607},{&g_1241,&g_1241}}};
            int i, j, k;
            (*l_2293) ^= (252UL <= (~(safe_mul_func_uint16_t_u_u((***l_2327), g_1277.f1))));
            for (g_143 = 0; (g_143 >= 0); g_143 -= 1)
            { /* block id: 1160 */
                uint64_t l_2510 = 0xA76F87DB6F22ECC8LL;
                int32_t l_2583[10] = {(-1L),0xF5A4A6A1L,0xF5A4A6A1L,(-1L),0xF5A4A6A1L,0xF5A4A6A1L,(-1L),0xF5A4A6A1L,0xF5A4A6A1L,(-1L)};
                uint64_t l_2587 = 0UL;
                int i;
                for (g_221 = 0; (g_221 <= 0); g_221 += 1)
                { /* block id: 1163 */
                    if ((***g_1062))
                        break;
                    for (g_292 = 0; (g_292 <= 1); g_292 += 1)
                    { /* block id: 1167 */
                        return g_872;
                    }
                }
                if ((**g_224))
                    break;
                if ((safe_mul_func_int8_t_s_s(((((((***g_2258) != (***l_2312)) > (((safe_add_func_int32_t_s_s((*g_646), (safe_mod_func_int64_t_s_s((safe_mul_func_uint8_t_u_u(0UL, (g_2319 , l_2510))), (*g_1695))))) ^ (***l_2327)) || (((*g_224) = (***g_1061)) == (void*)0))) >= (*g_289)) & l_2510) , 0x0BL), l_2511[2][0][0])))
                { /* block id: 1173 */
                    int32_t l_2522[10] = {0x00B0F128L,0x05D3B299L,0x00B0F128L,0x00B0F128L,0x05D3B299L,0x00B0F128L,0x00B0F128L,0x05D3B299L,0x00B0F128L,0x00B0F128L};
                    int32_t l_2523 = 0xA6D1BE7DL;
                    uint8_t * const ***l_2553 = (void*)0;
                    uint8_t * const ****l_2552 = &l_2553;
                    uint16_t *l_2580[8];
                    int64_t l_2581 = 7L;
                    int16_t *l_2582 = &l_2511[2][0][0];
                    int32_t *l_2584 = &l_2583[3];
                    int32_t *l_2585[5] = {&l_2429,&l_2429,&l_2429,&l_2429,&l_2429};
                    int i;
                    for (i = 0; i < 8; i++)
                        l_2580[i] = (void*)0;
                    if ((**g_224))
                    { /* block id: 1174 */
                        return g_1308;
                    }
                    else
                    { /* block id: 1176 */
                        int8_t l_2514 = (-2L);
                        uint32_t *l_2521[1];
                        int32_t l_2524 = (-7L);
                        int16_t *l_2532 = (void*)0;
                        int16_t *l_2533 = &l_2511[2][0][0];
                        int16_t *l_2554 = &l_2433;
                        int i;
                        for (i = 0; i < 1; i++)
                            l_2521[i] = &l_2100;
                        l_2523 |= ((((*l_2293) == l_2514) && (safe_mod_func_uint16_t_u_u(((void*)0 == &g_289), (safe_mod_func_int16_t_s_s(3L, (safe_mod_func_uint64_t_u_u(((((****l_2280) && (l_2525--)) < (safe_sub_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s(((*l_2533) = 0xC74CL), ((safe_lshift_func_uint16_t_u_s((safe_mul_func_int16_t_s_s(0x32E0L, (****l_2280))), (*l_2293))) | l_2524))) , l_2524), 1L))) <= (*g_511)), 0x7F29B7C950D690BDLL))))))) || 0UL);
                        if (l_2524)
                            continue;
                        l_2555 |= (((((safe_mod_func_int32_t_s_s((safe_mul_func_uint8_t_u_u(((((*l_2554) |= ((*l_2533) = (((safe_div_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_s((****l_2280), (safe_mul_func_uint8_t_u_u((l_2523 || l_2550), l_2550)))) != (5UL != (((l_2551 && (l_2523 | ((void*)0 == l_2552))) > (*l_2293)) > l_2510))), l_2524)), (***l_2327))) == l_2550) ^ (***l_2327)))) , 0xF073DC0F22350376LL) & (**g_628)), 1L)), 4294967295UL)) <= (***l_2327)) < (*g_2460)) && l_2522[8]) & 8L);
                    }
                    l_2583[8] &= ((safe_mul_func_uint16_t_u_u(4UL, (safe_add_func_int8_t_s_s(l_2555, (((safe_lshift_func_int16_t_s_u((safe_sub_func_int16_t_s_s(((*l_2582) = (safe_div_func_uint8_t_u_u((0x82L == (safe_mod_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u(((+(safe_div_func_int32_t_s_s((l_2573 , (((safe_mul_func_uint16_t_u_u(((*g_1337) || (safe_mod_func_int16_t_s_s((safe_mul_func_int8_t_s_s((((0x70399D0FL <= (((((((((((((*g_511) = (0UL && (g_2007 = (((void*)0 == (***l_2312)) && l_2555)))) || 255UL) && 0x9F0951DDL) , 0x8304A188L) <= l_2573.f0) <= 0xF8L) <= 1L) & (-1L)) ^ (**g_628)) <= 0x1D05L) >= (*g_289)) > (*g_1695))) && l_2581) ^ l_2523), (*g_2460))), g_54))), l_2523)) , l_2555) <= (*g_2460))), 4294967292UL))) && 0x9DL), 10)), 0x6873560EAD434328LL))), (*l_2293)))), g_48)), (****l_2280))) , l_2581) , 0x54L))))) < (***l_2327));
                    l_2587--;
                    if ((****g_1061))
                        break;
                }
                else
                { /* block id: 1191 */
                    (**g_1062) = &l_2555;
                    return l_2555;
                }
                for (g_2 = 0; (g_2 <= 0); g_2 += 1)
                { /* block id: 1197 */
                    int8_t l_2590 = 1L;
                    const uint64_t l_2597 = 0x780B3F4AE9065158LL;
                    uint32_t ****l_2598 = &g_1566[4];
                    uint32_t *****l_2599[5][7] = {{&l_2312,(void*)0,&l_2312,&l_2312,(void*)0,(void*)0,&l_2312},{&g_2257,(void*)0,&g_2257,(void*)0,(void*)0,&g_2257,(void*)0},{&l_2312,&l_2312,(void*)0,(void*)0,&l_2312,&l_2312,&l_2312},{&g_2257,(void*)0,(void*)0,&g_2257,(void*)0,&g_2257,(void*)0},{(void*)0,(void*)0,&l_2312,(void*)0,&l_2312,(void*)0,(void*)0}};
                    int i, j;
                    (***l_2327) ^= l_2590;
                    (***g_1062) = (((safe_add_func_int16_t_s_s((((safe_add_func_int8_t_s_s(((safe_div_func_int64_t_s_s((l_2597 == (g_669 && (((*g_2460) , ((((*g_629) || (g_6 > (((l_2590 , ((g_2257 = l_2598) == (void*)0)) , (((safe_div_func_uint64_t_u_u((~(safe_div_func_uint32_t_u_u((****l_2280), (*g_646)))), 0x5EAC00D0ABAC4F49LL)) <= (-3L)) & (****g_1061))) < 0x4BL))) ^ (*g_511)) < 0L)) , l_2590))), (*l_2293))) >= 2UL), (-9L))) , l_2510) != g_457.f1), 8UL)) == l_2583[8]) > l_2605);
                }
            }
            if (g_1277.f1)
                goto lbl_2606;
lbl_2606:
            (**g_1062) = (***l_2280);
            l_2607 = l_2607;
        }
        if ((((**g_628) = (safe_sub_func_int8_t_s_s(((safe_rshift_func_int8_t_s_s((((*l_2293) = (safe_div_func_int32_t_s_s((*g_646), (safe_add_func_int8_t_s_s((safe_rshift_func_int16_t_s_u((((((safe_add_func_uint8_t_u_u(((safe_add_func_int32_t_s_s((safe_mul_func_uint16_t_u_u(((-1L) != ((l_2627 = ((*l_2626) = l_2625[2][1])) , (g_2208[0][0] |= l_2628))), (((~0x4BL) > 0x164B91F1L) | (*g_289)))), (safe_mul_func_int8_t_s_s((!(**g_1336)), (**g_1573))))) <= 0x402CL), (***l_2327))) && (*g_511)) , (*g_1680)) == l_2633[3]) || (*l_2293)), 10)), 0xA7L))))) || (****l_2280)), (*g_511))) & (***l_2327)), (****l_2280)))) | l_2634))
        { /* block id: 1212 */
            int32_t *l_2635 = &l_2120[0][2][3];
            uint8_t **l_2638 = &g_1574;
            uint32_t *** const *l_2640 = &g_1566[5];
            uint32_t *** const **l_2639 = &l_2640;
            l_2635 = (**l_2327);
            if (l_2087.f0)
                goto lbl_2642;
lbl_2642:
            (****g_1061) = (safe_sub_func_uint64_t_u_u((((**g_1680) = l_2638) != (void*)0), ((g_2641[2] = l_2639) == (void*)0)));
            return g_1103;
        }
        else
        { /* block id: 1219 */
            uint8_t * const ** const **l_2647 = &l_2645;
            int32_t l_2668 = 0x5559B1B9L;
            uint16_t *l_2669 = &l_2551;
            for (g_457.f1 = 0; (g_457.f1 == 51); ++g_457.f1)
            { /* block id: 1222 */
                for (l_2424 = 0; l_2424 < 6; l_2424 += 1)
                {
                    for (l_43 = 0; l_43 < 7; l_43 += 1)
                    {
                        for (g_1951 = 0; g_1951 < 6; g_1951 += 1)
                        {
                            g_797[l_2424][l_43][g_1951] = 65534UL;
                        }
                    }
                }
                (*l_2293) ^= (****g_1061);
                (*l_2293) ^= (****l_2280);
            }
            (***l_2327) = (((0x4C3AL != (((*l_2647) = l_2645) != ((((safe_mul_func_uint16_t_u_u(((*l_2669) = (safe_rshift_func_uint16_t_u_s((((((safe_add_func_int64_t_s_s((safe_div_func_int32_t_s_s(((safe_unary_minus_func_int16_t_s((safe_lshift_func_int16_t_s_u(l_2659, 3)))) >= (((-1L) >= ((safe_mul_func_int16_t_s_s((****l_2280), (safe_mod_func_int64_t_s_s(0x8B536A70B39B1AE5LL, ((1UL | (safe_add_func_int32_t_s_s((safe_sub_func_int8_t_s_s((((****l_2280) ^ ((**g_1573) = 0x89L)) & (-4L)), 0x19L)), 0x0D637EEFL))) && l_2668))))) != (*g_511))) , 0UL)), (***l_2327))), (***g_1368))) , (void*)0) == (void*)0) == (*g_2460)) <= l_2668), g_290[4]))), g_797[4][0][1])) && l_2668) > l_2668) , &g_1572[0]))) , (***l_2327)) , l_2668);
            (***l_2327) = ((((*g_2260) == (((((safe_div_func_int32_t_s_s(((*l_2293) = (0xFF4CL ^ (safe_lshift_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u((((safe_mod_func_int32_t_s_s((((*g_511) = 0xF0L) != (*g_1574)), (safe_add_func_int32_t_s_s(((+(&l_2027 != &l_2027)) >= (safe_lshift_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(((*l_2669) = g_247[0]), (safe_mul_func_int8_t_s_s(((((**g_1336) , l_2687[1]) == &g_2208[0][0]) >= 253UL), (*g_2460))))) > (***g_1368)), 2))), (***g_1062))))) && (*g_1695)) & g_975.f0), l_2668)), 3)))), (***l_2327))) && (****l_2280)) , 0L) ^ 0x52DC74B1L) , (***l_2312))) && (*g_1695)) == 0x5BL);
            (*g_225) = (safe_mul_func_int16_t_s_s(((g_2690 = &g_1680) == ((*g_1241) , &g_1571)), l_2668));
        }
    }
    else
    { /* block id: 1238 */
        int32_t *l_2693 = &g_6;
        for (g_457.f1 = 10; (g_457.f1 != 22); g_457.f1 = safe_add_func_uint32_t_u_u(g_457.f1, 6))
        { /* block id: 1241 */
            for (g_154 = 0; (g_154 <= 9); g_154 += 1)
            { /* block id: 1244 */
                return g_1988;
            }
        }
        (**l_2327) = l_2693;
        (**l_2327) = (*g_224);
    }
    return g_457.f1;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static struct S0  func_11(int16_t  p_12, union U2  p_13, uint32_t  p_14, union U2  p_15)
{ /* block id: 935 */
    struct S0 l_2012[10] = {{0x1BCCA0A866E45FA4LL,0UL,0x9CBFL},{0x1BCCA0A866E45FA4LL,0UL,0x9CBFL},{0x1BCCA0A866E45FA4LL,0UL,0x9CBFL},{0x1BCCA0A866E45FA4LL,0UL,0x9CBFL},{0x1BCCA0A866E45FA4LL,0UL,0x9CBFL},{0x1BCCA0A866E45FA4LL,0UL,0x9CBFL},{0x1BCCA0A866E45FA4LL,0UL,0x9CBFL},{0x1BCCA0A866E45FA4LL,0UL,0x9CBFL},{0x1BCCA0A866E45FA4LL,0UL,0x9CBFL},{0x1BCCA0A866E45FA4LL,0UL,0x9CBFL}};
    int i;
    return l_2012[9];
}


/* ------------------------------------------ */
/* 
 * reads : g_54 g_1308 g_48 g_289 g_290 g_511 g_55.f0 g_42 g_1337 g_292 g_1061 g_1062 g_224 g_225 g_628 g_629 g_247 g_912 g_913 g_827.f1 g_645 g_1277.f0 g_175 g_1455 g_911 g_221 g_1488 g_168 g_457.f1 g_1336 g_49 g_251 g_252 g_71 g_1267 g_1268 g_1269 g_1368 g_1574 g_951 g_921 g_70 g_1103 g_1573
 * writes: g_54 g_39 g_1308 g_48 g_1398 g_42 g_55.f0 g_669 g_168 g_911 g_221 g_1103 g_225 g_292 g_1455 g_175 g_457.f1 g_252 g_247 g_1680 g_1695 g_629 g_827.f1 g_651 g_51
 */
static int32_t  func_22(uint64_t  p_23, union U2  p_24, int64_t  p_25, int32_t  p_26)
{ /* block id: 17 */
    uint16_t l_60[5] = {65532UL,65532UL,65532UL,65532UL,65532UL};
    uint64_t l_994 = 0x3FDA8185E5B9874FLL;
    int32_t l_1003 = 0xAB0902ADL;
    int32_t l_1004[5] = {0x4195B13AL,0x4195B13AL,0x4195B13AL,0x4195B13AL,0x4195B13AL};
    union U1 l_1151 = {0x3BBAE2A5L};
    int16_t l_1169 = 0x2CDBL;
    uint8_t l_1170 = 0UL;
    uint8_t ***l_1221 = (void*)0;
    uint8_t ****l_1220 = &l_1221;
    uint16_t l_1230 = 0x6FF9L;
    int64_t l_1246 = (-1L);
    int32_t *l_1357 = &g_48;
    uint64_t ***l_1367 = &g_628;
    uint16_t *l_1393[4][2][5] = {{{(void*)0,&l_1230,&g_797[4][0][1],&g_797[4][0][1],&l_1230},{&l_60[3],&g_39,&g_797[4][0][1],&g_39,&l_60[3]}},{{&l_1230,&g_797[4][0][1],&g_797[4][0][1],&l_1230,(void*)0},{&g_797[4][0][1],&g_39,&g_797[4][0][1],&g_154,&g_797[4][0][1]}},{{&l_1230,&l_1230,(void*)0,&g_797[4][0][1],(void*)0},{&l_60[3],&g_154,&g_797[4][0][1],&g_154,&l_60[3]}},{{(void*)0,&g_797[4][0][1],(void*)0,&l_1230,&l_1230},{&g_797[4][0][1],&g_154,&g_797[4][0][1],&g_39,&g_797[4][0][1]}}};
    int64_t l_1396 = (-4L);
    struct S0 l_1397 = {18446744073709551606UL,0x9DL,0x1DCBL};
    struct S0 **l_1400 = &g_1399[1];
    const int8_t *l_1403 = &g_895;
    int64_t *l_1404 = (void*)0;
    int64_t *l_1405 = &l_1246;
    union U1 l_1434 = {1L};
    union U1 l_1435 = {0xE5C1EC3DL};
    uint32_t l_1436 = 0x4BF95C86L;
    uint16_t l_1441[3];
    uint16_t ** const l_1489[6][1][3] = {{{&l_1393[2][0][1],&l_1393[2][0][1],&l_1393[3][0][2]}},{{&l_1393[1][0][0],(void*)0,&l_1393[1][0][0]}},{{&l_1393[2][0][1],&l_1393[3][0][2],&l_1393[3][0][2]}},{{&l_1393[0][1][2],(void*)0,&l_1393[0][1][2]}},{{&l_1393[2][0][1],&l_1393[2][0][1],&l_1393[3][0][2]}},{{&l_1393[1][0][0],(void*)0,&l_1393[1][0][0]}}};
    int32_t l_1534 = 0xDF314091L;
    int32_t l_1537[2];
    uint64_t l_1544[2][9][1] = {{{0UL},{0x39D2D3F8A5CFE117LL},{0x39D2D3F8A5CFE117LL},{0UL},{18446744073709551615UL},{1UL},{18446744073709551615UL},{0UL},{0x39D2D3F8A5CFE117LL}},{{0x39D2D3F8A5CFE117LL},{0UL},{18446744073709551615UL},{1UL},{18446744073709551615UL},{0UL},{0x39D2D3F8A5CFE117LL},{0x39D2D3F8A5CFE117LL},{0UL}}};
    int32_t * const l_1609 = &g_48;
    int8_t l_1633[6][9] = {{2L,0x68L,0x1BL,0x0BL,0xB5L,0x0BL,0x1BL,0x68L,2L},{0xA8L,0x0BL,2L,0xB5L,0L,0x1BL,0L,0xB5L,2L},{0L,0L,0xA8L,0x48L,0x68L,0xF4L,2L,0xF4L,0x68L},{0xA8L,0L,0L,0xA8L,0x48L,0x68L,0xF4L,2L,0xF4L},{2L,0x0BL,0xA8L,0xA8L,0x0BL,2L,0xB5L,0L,0x1BL},{0x1BL,0x68L,2L,0x48L,0x48L,2L,0x68L,0x1BL,0x0BL}};
    int32_t ***l_1640 = &g_651[0];
    int16_t l_1653 = 0xE5CDL;
    union U2 *l_1666 = &g_55[6];
    uint32_t l_1736 = 0xAEAFA4E8L;
    int16_t l_1851 = 1L;
    uint32_t l_1858[9][7][4] = {{{4294967295UL,0x10641B40L,0x10641B40L,4294967295UL},{0x10641B40L,4294967295UL,0x10641B40L,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L}},{{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL}},{{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L}},{{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L}},{{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL}},{{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L}},{{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L},{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{0x10641B40L,0x10641B40L,4294967295UL,0x10641B40L},{0x10641B40L,4294967295UL,4294967295UL,0x10641B40L}},{{4294967295UL,0x10641B40L,4294967295UL,4294967295UL},{4294967295UL,4294967295UL,0x10641B40L,4294967295UL},{4294967295UL,4294967295UL,4294967295UL,4294967295UL},{4294967295UL,4294967295UL,4294967295UL,4294967295UL},{4294967295UL,4294967295UL,0x10641B40L,4294967295UL},{4294967295UL,4294967295UL,4294967295UL,4294967295UL},{4294967295UL,4294967295UL,4294967295UL,4294967295UL}},{{4294967295UL,4294967295UL,0x10641B40L,4294967295UL},{4294967295UL,4294967295UL,4294967295UL,4294967295UL},{4294967295UL,4294967295UL,4294967295UL,4294967295UL},{4294967295UL,4294967295UL,0x10641B40L,4294967295UL},{4294967295UL,4294967295UL,4294967295UL,4294967295UL},{4294967295UL,4294967295UL,4294967295UL,4294967295UL},{4294967295UL,4294967295UL,0x10641B40L,4294967295UL}}};
    int32_t l_1870 = 0xE811EE83L;
    int32_t *l_1903 = (void*)0;
    uint64_t l_1915 = 0x5DA19028CA434773LL;
    int8_t l_1991 = (-9L);
    uint8_t l_1993 = 0x87L;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1441[i] = 1UL;
    for (i = 0; i < 2; i++)
        l_1537[i] = 1L;
    for (g_54 = 3; (g_54 <= 8); g_54 += 1)
    { /* block id: 20 */
        union U1 *l_982 = &g_71;
        int32_t l_1001 = 1L;
        int32_t l_1005[7][10][3] = {{{0xFAF71500L,(-1L),(-1L)},{0x70347153L,8L,0xC1718C47L},{4L,0L,0xAE37B400L},{0xFAF71500L,8L,0L},{7L,(-1L),0xC1718C47L},{(-1L),(-1L),0xE61881D7L},{0x11951C95L,8L,0xB278238FL},{0x70347153L,0L,8L},{(-1L),8L,0xAE37B400L},{9L,(-1L),0xB278238FL}},{{0L,(-1L),(-6L)},{4L,8L,1L},{0x11951C95L,0L,0L},{0L,8L,8L},{(-1L),(-1L),1L},{0xFAF71500L,(-1L),(-1L)},{0x70347153L,8L,0xC1718C47L},{4L,0L,0xAE37B400L},{0xFAF71500L,8L,0L},{7L,(-1L),0xC1718C47L}},{{(-1L),(-1L),0xE61881D7L},{0x11951C95L,8L,0xB278238FL},{0x70347153L,0L,8L},{(-1L),8L,0xAE37B400L},{9L,(-1L),0xB278238FL},{0L,(-1L),(-6L)},{4L,8L,1L},{0x11951C95L,0L,0L},{0L,8L,8L},{(-1L),(-1L),1L}},{{0xFAF71500L,(-1L),(-1L)},{0x70347153L,8L,0xC1718C47L},{4L,0L,0xAE37B400L},{0xFAF71500L,8L,0L},{7L,(-1L),0xC1718C47L},{(-1L),(-1L),0xE61881D7L},{0x11951C95L,8L,0xB278238FL},{0x70347153L,0L,8L},{(-1L),8L,0xAE37B400L},{9L,(-1L),0xB278238FL}},{{0L,(-1L),(-6L)},{4L,8L,1L},{0x11951C95L,0L,0L},{0L,8L,8L},{(-1L),(-1L),1L},{0xFAF71500L,(-1L),(-1L)},{0x70347153L,0L,0x83254184L},{0L,0L,0x32FC08DAL},{1L,0L,(-1L)},{(-6L),0xAE5627F0L,0x83254184L}},{{0xB278238FL,0xAE5627F0L,0xA6D38AD5L},{0xAE37B400L,0L,0xE76CC0C1L},{8L,0L,0L},{0xB278238FL,0L,0x32FC08DAL},{0xE61881D7L,0xAE5627F0L,0xE76CC0C1L},{0xC1718C47L,0xAE5627F0L,0L},{0L,0L,0xA9B8395EL},{0xAE37B400L,0L,(-1L)},{0xC1718C47L,0L,0L},{(-1L),0xAE5627F0L,0xA9B8395EL}},{{1L,0xAE5627F0L,0L},{8L,0L,0x83254184L},{0L,0L,0x32FC08DAL},{1L,0L,(-1L)},{(-6L),0xAE5627F0L,0x83254184L},{0xB278238FL,0xAE5627F0L,0xA6D38AD5L},{0xAE37B400L,0L,0xE76CC0C1L},{8L,0L,0L},{0xB278238FL,0L,0x32FC08DAL},{0xE61881D7L,0xAE5627F0L,0xE76CC0C1L}}};
        union U2 *l_1044 = &g_55[6];
        union U2 * const *l_1043 = &l_1044;
        uint64_t l_1096 = 4UL;
        struct S0 *l_1146 = (void*)0;
        struct S0 **l_1145 = &l_1146;
        uint32_t *l_1160 = &g_292;
        int8_t * const *l_1198 = &g_511;
        int32_t *****l_1229 = &g_1061;
        int16_t l_1245 = 6L;
        const uint64_t ***l_1255 = (void*)0;
        const uint64_t ***l_1256 = &g_1254[0][1];
        uint8_t *l_1266 = &g_827.f1;
        uint16_t *l_1276[8][10] = {{&g_39,&g_39,&g_154,&l_1230,(void*)0,&l_1230,&g_797[0][4][4],(void*)0,(void*)0,&l_60[3]},{&g_39,&g_164,&g_39,&g_797[4][0][1],&g_797[0][4][4],&g_797[0][2][0],&g_797[0][4][4],&g_797[4][0][1],&g_39,&g_164},{(void*)0,&g_39,(void*)0,&g_797[0][3][3],&l_60[3],&l_60[2],&g_39,&g_797[0][2][0],&l_1230,(void*)0},{&l_1230,&l_60[3],&g_797[0][4][4],&g_164,&l_60[2],&l_60[2],&g_164,&g_797[0][4][4],&l_60[3],&l_1230},{(void*)0,&l_1230,&l_60[2],&g_797[0][4][4],&g_39,&g_797[0][2][0],(void*)0,&l_60[3],&g_797[4][0][1],&g_154},{&g_39,&g_164,(void*)0,&l_1230,&g_39,&l_1230,(void*)0,&g_164,&g_39,&l_1230},{&g_39,(void*)0,&g_797[0][3][3],&l_60[3],&l_60[2],&g_39,&g_797[0][2][0],&l_1230,(void*)0,(void*)0},{&g_797[0][3][3],&g_154,&l_60[3],&l_60[3],&l_60[3],&l_60[3],&g_154,&g_797[0][3][3],&g_39,&g_164}};
        struct S0 l_1366 = {18446744073709551607UL,1UL,65535UL};
        int8_t l_1373 = 0xA8L;
        int i, j, k;
        for (g_39 = 0; (g_39 <= 8); g_39 += 1)
        { /* block id: 23 */
            int32_t l_63[7][2][8] = {{{1L,0L,0x0883475FL,0L,1L,0L,0L,1L},{0L,(-10L),(-10L),0L,0x93BBC761L,1L,0x93BBC761L,0L}},{{(-10L),0x93BBC761L,(-10L),0L,0x0883475FL,0x0883475FL,0L,(-10L)},{0x93BBC761L,0x93BBC761L,0x0883475FL,1L,8L,1L,0x0883475FL,0x93BBC761L}},{{0x93BBC761L,(-10L),0L,0x0883475FL,0x0883475FL,0L,(-10L),8L},{1L,(-10L),8L,0L,8L,(-10L),1L,1L}},{{(-10L),0L,0x0883475FL,0x0883475FL,0L,(-10L),0x93BBC761L,(-10L)},{0L,(-10L),0x93BBC761L,(-10L),0L,0x0883475FL,0x0883475FL,0L}},{{(-10L),1L,1L,(-10L),8L,0L,8L,(-10L)},{1L,8L,1L,0x0883475FL,0x93BBC761L,0x93BBC761L,0x0883475FL,1L}},{{8L,8L,0x93BBC761L,0L,0L,0L,0x93BBC761L,8L},{8L,1L,0x0883475FL,0x93BBC761L,0x93BBC761L,0x0883475FL,1L,8L}},{{1L,(-10L),8L,0L,8L,(-10L),1L,1L},{(-10L),0L,0x0883475FL,0x0883475FL,0L,(-10L),0x93BBC761L,(-10L)}}};
            uint16_t *l_69[5] = {&l_60[2],&l_60[2],&l_60[2],&l_60[2],&l_60[2]};
            const int64_t l_73 = 5L;
            int32_t l_997 = (-6L);
            int32_t l_1006 = 0L;
            int32_t l_1007[5][10][5] = {{{(-1L),(-6L),0xA9BD5552L,(-6L),(-1L)},{1L,(-6L),1L,0x7F3FE984L,7L},{(-3L),(-1L),0xFDFD0634L,(-3L),2L},{0x0E279A4DL,(-4L),(-9L),(-6L),7L},{(-9L),(-3L),0xD0753FEDL,2L,(-1L)},{7L,0xCA8055BBL,0x7F3FE984L,(-5L),0x7F3FE984L},{0xF5B361C9L,0xF5B361C9L,(-1L),0L,5L},{0xB63D68DBL,(-9L),0x0CB3366EL,0x7F3FE984L,(-9L)},{(-6L),0xFDFD0634L,0x47CBB5CEL,(-1L),(-1L)},{3L,(-9L),(-9L),0L,(-4L)}},{{0xD0753FEDL,0xF5B361C9L,(-1L),(-1L),0L},{0xC97C928AL,0xCA8055BBL,0xCA8055BBL,0xC97C928AL,0xD5B19EC0L},{5L,(-3L),0xA9BD5552L,0xF5B361C9L,8L},{0xB63D68DBL,(-4L),0x1428C8F2L,0xD5B19EC0L,3L},{8L,(-1L),0x5256778FL,0xF5B361C9L,(-1L)},{(-5L),(-6L),2L,0xC97C928AL,0x0E279A4DL},{(-9L),(-6L),(-1L),(-1L),(-6L)},{(-9L),0xECEF5CA8L,1L,0L,0x7F3FE984L},{0L,5L,0xA9BD5552L,(-1L),(-3L)},{1L,(-5L),0xECEF5CA8L,0x7F3FE984L,(-6L)}},{{0L,(-1L),(-1L),0L,2L},{(-9L),0xC97C928AL,(-9L),(-5L),(-5L)},{(-9L),(-1L),(-9L),0x52142A54L,(-1L)},{1L,1L,0x1E6B4511L,0xB63D68DBL,0L},{(-9L),0xD0753FEDL,0L,0xFDFD0634L,(-1L)},{0x3C62FA84L,0xD5B19EC0L,0x1E6B4511L,0L,0xD5B19EC0L},{2L,0xA9BD5552L,(-1L),0x5256778FL,0x5E847916L},{1L,0x0CB3366EL,(-6L),0x0CB3366EL,1L},{1L,(-9L),(-1L),0x5E847916L,0x47CBB5CEL},{0xECEF5CA8L,1L,(-9L),0xECEF5CA8L,0x1E6B4511L}},{{0x5256778FL,(-1L),8L,(-9L),0x47CBB5CEL},{0x3C62FA84L,0xECEF5CA8L,1L,0x1E6B4511L,1L},{0x47CBB5CEL,0x5D3120FBL,0x5E847916L,0xD0753FEDL,0x5E847916L},{0x1428C8F2L,0x1428C8F2L,(-5L),0xCA8055BBL,0xD5B19EC0L},{(-1L),(-1L),0x116CD99BL,0x5E847916L,(-1L)},{0x0CB3366EL,(-9L),1L,0x7F3FE984L,0L},{0xFDFD0634L,(-1L),8L,2L,(-1L)},{1L,0x1428C8F2L,1L,0L,1L},{(-1L),0x5D3120FBL,0x5D3120FBL,(-1L),0x52142A54L},{0xD5B19EC0L,0xECEF5CA8L,(-6L),0x1428C8F2L,0xB63D68DBL}},{{(-1L),(-1L),0xB3565A89L,0x52142A54L,0xFDFD0634L},{0xB63D68DBL,1L,(-1L),0x1428C8F2L,0L},{0xD0753FEDL,(-9L),0L,(-1L),0x5256778FL},{0x3C62FA84L,0x0CB3366EL,0L,0L,0x0CB3366EL},{(-1L),0xA9BD5552L,1L,2L,0x5E847916L},{0xCA8055BBL,0xD5B19EC0L,(-6L),0x7F3FE984L,0xECEF5CA8L},{1L,0xD0753FEDL,0xA9BD5552L,0x5E847916L,(-9L)},{0xCA8055BBL,1L,2L,0xCA8055BBL,0x1E6B4511L},{(-1L),(-1L),8L,0xD0753FEDL,0xD0753FEDL},{0x3C62FA84L,1L,0x3C62FA84L,0x1E6B4511L,0xCA8055BBL}}};
            int32_t l_1018 = (-1L);
            int32_t *l_1042 = &g_48;
            uint8_t l_1087[2];
            int32_t l_1097 = (-10L);
            uint64_t l_1104[3][9];
            struct S0 l_1115 = {0xC5587549B189C385LL,0x78L,1UL};
            union U1 l_1154 = {-1L};
            union U2 l_1158[1][5][8] = {{{{3L},{0x37L},{0x37L},{3L},{0x37L},{0x37L},{3L},{0x37L}},{{3L},{3L},{3L},{3L},{3L},{3L},{3L},{3L}},{{0x37L},{3L},{0x37L},{0x37L},{3L},{0x37L},{0x37L},{3L}},{{3L},{0x37L},{0x37L},{3L},{0x37L},{0x37L},{3L},{0x37L}},{{3L},{3L},{3L},{3L},{3L},{3L},{3L},{3L}}}};
            int64_t l_1193 = 0L;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_1087[i] = 1UL;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 9; j++)
                    l_1104[i][j] = 0x39280F3CC5DAAE37LL;
            }
        }
    }
    if ((((*l_1405) &= (!((safe_mod_func_int8_t_s_s(((!(1L != ((safe_mul_func_int16_t_s_s((safe_mul_func_int16_t_s_s(0x3854L, (p_24.f0 ^ 1UL))), ((*l_1357) &= (l_1396 = (g_1308++))))) ^ ((l_1397 , (g_1398 = (void*)0)) == l_1400)))) && ((((*g_289) >= (safe_div_func_uint32_t_u_u(((l_1403 != l_1403) != 0x97L), p_23))) , &g_912) != (*l_1220))), (*g_511))) > 0x406BL))) < 0x82994C5F33437DF4LL))
    { /* block id: 579 */
        uint32_t *l_1410 = (void*)0;
        uint32_t **l_1409 = &l_1410;
        union U1 l_1430[1] = {{-1L}};
        uint8_t *l_1439 = &g_457.f1;
        uint8_t **l_1438 = &l_1439;
        int32_t l_1440 = 0x13135310L;
        int32_t l_1442[5] = {1L,1L,1L,1L,1L};
        int32_t l_1470 = 0x4DF4223CL;
        int32_t l_1518 = (-1L);
        int32_t l_1536 = 1L;
        int i;
        for (g_42 = 1; (g_42 >= 0); g_42 -= 1)
        { /* block id: 582 */
            const uint32_t **l_1408 = &g_1337;
            uint32_t ***l_1411 = (void*)0;
            uint32_t ***l_1412 = &l_1409;
            int32_t l_1428 = 0x081E6AC5L;
            const uint8_t ****l_1429 = &g_911;
            union U1 *l_1431 = &l_1151;
            union U1 *l_1432 = (void*)0;
            union U1 *l_1433[2][4] = {{&l_1430[0],&l_1430[0],&l_1430[0],&l_1430[0]},{&l_1430[0],&l_1430[0],&l_1430[0],&l_1430[0]}};
            int32_t l_1437 = 2L;
            int8_t *l_1492 = &g_895;
            int i, j;
            (****g_1061) = (((g_669 = ((safe_rshift_func_int8_t_s_u(((l_1408 != ((*l_1412) = l_1409)) && (safe_rshift_func_int8_t_s_u(((*g_511) = ((1L > (0x6DD9218AL == (*g_1337))) == ((safe_mul_func_uint8_t_u_u((p_23 , 0UL), (p_25 <= ((0UL != p_24.f0) || p_23)))) <= (-1L)))), p_26))), 4)) || 5L)) | p_25) || g_290[4]);
            l_1442[3] = ((((safe_div_func_uint16_t_u_u((l_1440 = ((0x5CL <= (((safe_sub_func_int64_t_s_s(((*g_1337) < ((((0x1AD0509D91EEB1ABLL == (safe_div_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u(((~(((l_1428 ^= (safe_lshift_func_uint16_t_u_u(((*l_1357) <= p_25), 1))) < p_24.f0) <= p_25)) != (((((*l_1429) = &g_912) == ((l_1435 = (l_1434 = ((*l_1431) = l_1430[0]))) , &g_912)) & (**g_628)) , l_1436)), 2)), (**g_912)))) & l_1437) , l_1438) == &g_913)), l_1437)) == p_24.f0) <= g_645)) != g_1277.f0)), 0x3643L)) != p_25) , l_1441[2]) , 0L);
            for (g_221 = 1; (g_221 >= 0); g_221 -= 1)
            { /* block id: 596 */
                int8_t *l_1487 = &g_895;
                int8_t **l_1490 = (void*)0;
                int8_t **l_1491[3][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
                int8_t l_1493[9] = {0x1AL,0x46L,0x1AL,0x46L,0x1AL,0x46L,0x1AL,0x46L,0x1AL};
                int32_t *l_1494 = (void*)0;
                int32_t *l_1495 = &l_1004[0];
                int i, j;
                for (g_1103 = 0; (g_1103 <= 1); g_1103 += 1)
                { /* block id: 599 */
                    (*g_224) = &p_26;
                }
                (***g_1061) = ((safe_mul_func_int16_t_s_s((((p_24.f0 < (safe_lshift_func_int16_t_s_u((safe_rshift_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(g_175[0], (((safe_mod_func_uint32_t_u_u((g_1455 ^= (g_292++)), (l_1470 ^= (safe_mul_func_int8_t_s_s(((!0x6EAE3729AD8AC391LL) , ((safe_mod_func_int64_t_s_s(((*l_1357) > (&l_1429 != &l_1429)), ((safe_lshift_func_uint16_t_u_s((safe_mul_func_int8_t_s_s((!(0xB8L | (***g_911))), (safe_mod_func_uint8_t_u_u((((l_1440 ^= (safe_lshift_func_uint16_t_u_s(0UL, g_221))) && 0xA4778DDCL) ^ p_25), 0x47L)))), 2)) ^ 0UL))) < 9L)), l_1442[4]))))) || 255UL) < (-1L)))), 9)), 5))) , 0xCFL) & (**g_912)), 0x2926L)) , (**g_1062));
                (*l_1495) |= (safe_unary_minus_func_int16_t_s(((safe_sub_func_int16_t_s_s(p_24.f0, (0x58ED6C2CL > (p_24.f0 < ((g_1308 = ((-1L) & ((+(safe_div_func_int8_t_s_s((safe_lshift_func_int16_t_s_s((p_24.f0 != ((***g_1062) = (g_645 || ((*l_1357) , ((safe_sub_func_uint64_t_u_u(((safe_lshift_func_int8_t_s_u(((safe_lshift_func_int8_t_s_s(((*l_1357) = (((l_1487 == (l_1492 = (((g_1488 != l_1489[5][0][2]) , p_25) , l_1487))) >= l_1437) & l_1437)), l_1470)) && 3L), l_1493[6])) | (***g_1062)), p_24.f0)) , 9UL))))), l_1437)), (***g_911)))) <= (-1L)))) & l_1493[5]))))) | (**g_628))));
                (*g_224) = (*g_224);
            }
            for (p_24.f0 = 0; (p_24.f0 <= 1); p_24.f0 += 1)
            { /* block id: 616 */
                uint8_t l_1496 = 255UL;
                if (l_1440)
                    break;
                l_1496++;
                for (l_1435.f0 = 1; (l_1435.f0 >= 0); l_1435.f0 -= 1)
                { /* block id: 621 */
                    int i;
                    (*g_225) &= (g_175[g_42] = ((-7L) >= (-2L)));
                    return g_175[p_24.f0];
                }
            }
        }
        (***g_1061) = &l_1470;
        for (p_25 = 0; (p_25 <= 27); p_25++)
        { /* block id: 631 */
            uint8_t l_1501 = 255UL;
            if (l_1501)
                break;
        }
        if ((safe_lshift_func_int16_t_s_u(g_290[4], 1)))
        { /* block id: 634 */
            int16_t l_1508 = 0x00D5L;
            const union U1 *l_1532 = &l_1151;
            p_26 = p_26;
            l_1518 ^= (((((safe_div_func_int16_t_s_s(p_25, ((safe_div_func_int64_t_s_s(((p_26 , 0xBD8907D9L) , (l_1508 <= (--(**l_1438)))), ((*l_1357) | (safe_mul_func_int8_t_s_s(((*g_511) = l_1442[3]), (safe_lshift_func_int8_t_s_s((~(*g_629)), (safe_div_func_int32_t_s_s((l_1470 && (*l_1357)), (**g_1336)))))))))) || 0x612AL))) && (-1L)) || g_49) != 1L) != l_1440);
            (***g_1062) |= (safe_rshift_func_int8_t_s_s(((p_26 ^ l_1518) != (~p_24.f0)), (safe_lshift_func_uint8_t_u_s((++(**l_1438)), (l_1508 != (safe_rshift_func_uint8_t_u_u((((safe_add_func_int8_t_s_s(p_26, (safe_mod_func_int32_t_s_s((((l_1442[3] && ((((*g_251) = l_1532) == &l_1430[0]) != ((safe_unary_minus_func_uint64_t_u(p_26)) <= p_26))) > l_1440) == 0xFF58799AL), l_1534)))) < (-9L)) || 65526UL), 6)))))));
        }
        else
        { /* block id: 642 */
            int32_t *l_1535[9];
            int32_t l_1538 = 2L;
            uint32_t l_1539 = 0x60C9EE0AL;
            int i;
            for (i = 0; i < 9; i++)
                l_1535[i] = &g_175[1];
            l_1539--;
            for (l_1436 = 0; (l_1436 == 35); l_1436 = safe_add_func_int32_t_s_s(l_1436, 1))
            { /* block id: 646 */
                (*g_225) = (&p_25 != &p_25);
            }
            l_1544[1][7][0]--;
        }
    }
    else
    { /* block id: 651 */
        uint16_t l_1551 = 2UL;
        struct S0 l_1558 = {0UL,255UL,0xB969L};
        const union U1 *l_1560[1][10];
        int32_t l_1594 = 0xDD931B5BL;
        int32_t *l_1612[9][2] = {{&g_42,&g_168},{&g_42,&g_42},{&g_168,&g_42},{&g_42,&g_168},{&g_42,&g_42},{&g_168,&g_42},{&g_42,&g_168},{&g_42,&g_42},{&g_168,&g_42}};
        struct S0 *l_1613[8][7] = {{(void*)0,&g_827,&g_827,(void*)0,&g_827,&g_827,(void*)0},{&l_1397,&g_827,&l_1397,&l_1397,&g_827,&l_1397,&l_1397},{(void*)0,(void*)0,&l_1397,(void*)0,(void*)0,&l_1397,(void*)0},{&g_827,&l_1397,&l_1397,&g_827,&l_1397,&l_1397,&g_827},{&g_827,(void*)0,&g_827,&g_827,(void*)0,&g_827,&g_827},{&g_827,&g_827,&g_827,&g_827,&g_827,&g_827,&g_827},{(void*)0,&g_827,&g_827,(void*)0,&g_827,&g_827,(void*)0},{&l_1397,&g_827,&l_1397,&l_1397,&g_827,&l_1397,&l_1397}};
        uint16_t l_1627 = 0x1DCDL;
        int32_t l_1632[9][6] = {{0xA4CA1D91L,1L,0x523F29CDL,(-1L),0x69754861L,0xC38D59F6L},{0x998EF2A3L,0x523F29CDL,0xA4CA1D91L,0xEDE7768EL,0xEDE7768EL,0xA4CA1D91L},{0x523F29CDL,0x523F29CDL,0xB1EA4B21L,0x998EF2A3L,0x69754861L,0xEDE7768EL},{(-1L),1L,(-1L),0xB1EA4B21L,0x87175FFCL,0xB1EA4B21L},{(-1L),(-1L),(-1L),0xC38D59F6L,0x523F29CDL,0xEDE7768EL},{0L,0xC38D59F6L,0xB1EA4B21L,0x989C377BL,0xA4CA1D91L,0xA4CA1D91L},{0x989C377BL,0xA4CA1D91L,0xA4CA1D91L,0x989C377BL,0xB1EA4B21L,0xC38D59F6L},{0L,0xEDE7768EL,0x523F29CDL,0xC38D59F6L,(-1L),(-1L)},{(-1L),0xB1EA4B21L,0x87175FFCL,0xB1EA4B21L,(-1L),1L}};
        int32_t *****l_1652 = (void*)0;
        int8_t *l_1655 = &g_55[6].f0;
        int64_t **l_1694[3][8];
        uint64_t *l_1704 = &g_247[0];
        uint8_t l_1793 = 0x50L;
        int16_t l_1868 = 0x296FL;
        struct S0 l_1914 = {0xF88F82748AC38384LL,8UL,0x86A9L};
        union U2 l_1930 = {1L};
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 10; j++)
                l_1560[i][j] = (void*)0;
        }
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 8; j++)
                l_1694[i][j] = (void*)0;
        }
        for (g_42 = 9; (g_42 >= 0); g_42 -= 1)
        { /* block id: 654 */
            int64_t l_1552 = 0x2E7168531174E8A0LL;
            uint8_t ** const **l_1576 = &g_1572[6];
            int32_t l_1595 = 0x1323E7FCL;
            uint32_t l_1602 = 1UL;
            int32_t **l_1607 = (void*)0;
            int32_t **l_1611 = &g_225;
            int i;
        }
        if (((*l_1609) = ((*l_1357) , ((safe_rshift_func_uint8_t_u_u((((-4L) | ((*g_629) &= ((safe_div_func_int32_t_s_s((((l_1632[2][2] | ((*l_1357) > ((**g_224) = (l_1633[5][0] | (safe_mul_func_int16_t_s_s(((**g_912) , (safe_div_func_int8_t_s_s((safe_mod_func_uint64_t_u_u((((((*g_252) , (l_1640 != (**g_1267))) >= p_24.f0) ^ (*l_1357)) < g_290[4]), (*g_289))), p_26))), 0x1DEBL)))))) < p_24.f0) , (-5L)), p_23)) || p_25))) | p_26), 0)) , 5L))))
        { /* block id: 728 */
            return p_26;
        }
        else
        { /* block id: 730 */
            uint8_t ****l_1644 = &l_1221;
            uint16_t *l_1649 = &g_1308;
            int32_t l_1656 = 0x7CA49309L;
            if (((safe_sub_func_int32_t_s_s((((*g_1574) = (((!((p_23 , l_1644) != (void*)0)) && (p_24.f0 = ((*g_511) = ((((*l_1649) |= (safe_add_func_int16_t_s_s(g_247[0], (safe_rshift_func_uint8_t_u_u((p_23 , (&l_1627 != l_1649)), ((safe_lshift_func_uint16_t_u_u(((*g_511) , ((((0x011C2DF9L == 0xF47150E6L) ^ p_25) , l_1652) == &g_1268)), p_26)) , (*l_1609))))))) , 0xEE00484BE7389CF1LL) != (***g_1368))))) , 6UL)) && (*g_511)), l_1653)) < 0x2936L))
            { /* block id: 735 */
                int8_t * const l_1654 = (void*)0;
                (**g_224) = (p_24 , ((l_1654 == l_1655) || (p_25 |= (*g_289))));
                return l_1656;
            }
            else
            { /* block id: 739 */
                uint16_t l_1673 = 0x1D4EL;
                (*l_1357) ^= ((****g_1061) = ((safe_div_func_int64_t_s_s((safe_div_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u(((safe_sub_func_int64_t_s_s((!((((l_1666 == (((p_26 > g_951) || 0UL) , &p_24)) , (**g_911)) == (**g_911)) & 0xDD8FL)), ((safe_div_func_int16_t_s_s((safe_add_func_uint8_t_u_u((p_26 <= (***g_1062)), 0x3CL)), p_26)) ^ 0x5458BEB0L))) <= (***g_911)), 13)), l_1673)), p_24.f0)) <= 0L));
            }
            l_1560[0][6] = (*g_921);
            (***g_1061) = (*g_224);
            for (g_1103 = (-8); (g_1103 > 7); g_1103++)
            { /* block id: 747 */
                uint8_t *** const *l_1677 = (void*)0;
                uint8_t *** const **l_1676 = &l_1677;
                uint8_t ****l_1678[2][5] = {{&l_1221,&l_1221,&l_1221,&l_1221,&l_1221},{(void*)0,&l_1221,(void*)0,&l_1221,(void*)0}};
                uint8_t *****l_1679[3];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_1679[i] = &l_1644;
                (*l_1609) = (((*l_1676) = &l_1221) == (g_1680 = l_1678[1][4]));
            }
        }
        if (((*g_289) > (safe_add_func_uint8_t_u_u(((**g_1573) = 0xE1L), (!(p_24 , (safe_mod_func_uint8_t_u_u((safe_sub_func_int32_t_s_s((safe_add_func_int32_t_s_s((safe_lshift_func_uint8_t_u_u((l_1400 != &g_1399[0]), ((&p_25 != (g_1695 = (l_1405 = &g_1455))) , p_23))), (safe_add_func_uint8_t_u_u((p_25 | p_23), (*g_511))))), p_24.f0)), p_26))))))))
        { /* block id: 756 */
            uint32_t l_1705 = 0x74729A0AL;
            (***g_1062) |= (safe_add_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s(p_26, 14)), (safe_sub_func_int32_t_s_s((l_1704 != (p_24.f0 , ((**g_1368) = (**g_1368)))), p_23))));
            ++l_1705;
        }
        else
        { /* block id: 760 */
            struct S0 **l_1722 = &l_1613[0][0];
            int32_t l_1739 = 7L;
            int16_t l_1794 = 0x4A33L;
            int32_t l_1835 = 1L;
            int32_t l_1837 = 0x8986DCBBL;
            int32_t l_1838[9];
            int32_t *l_1862[2];
            int32_t l_1865 = 0L;
            uint32_t l_1889 = 0x88FC2BFCL;
            struct S0 l_1899 = {1UL,0UL,8UL};
            const union U1 l_1900 = {0x92F972B8L};
            int i;
            for (i = 0; i < 9; i++)
                l_1838[i] = 0xCCCCCB10L;
            for (i = 0; i < 2; i++)
                l_1862[i] = &g_1103;
            for (l_994 = 0; (l_994 > 43); l_994 = safe_add_func_uint8_t_u_u(l_994, 5))
            { /* block id: 763 */
                const int32_t ***l_1717 = (void*)0;
                struct S0 ***l_1723[6] = {&l_1400,&l_1400,&l_1400,&l_1400,&l_1400,&l_1400};
                uint32_t *l_1726 = (void*)0;
                uint32_t *l_1727 = &l_1436;
                uint64_t *l_1734 = &l_1544[1][7][0];
                int8_t *l_1735 = &l_1633[5][0];
                uint8_t *l_1737[9];
                int32_t l_1738 = 1L;
                int i;
                for (i = 0; i < 9; i++)
                    l_1737[i] = &l_1397.f1;
            }
        }
        for (g_827.f1 = 6; (g_827.f1 != 38); g_827.f1++)
        { /* block id: 871 */
            int64_t l_1926 = (-2L);
            int8_t l_1927 = 0x26L;
            int32_t l_1931[9] = {0xF244B91AL,0xF244B91AL,0xF244B91AL,0xF244B91AL,0xF244B91AL,0xF244B91AL,0xF244B91AL,0xF244B91AL,0xF244B91AL};
            struct S0 *l_1989 = &l_1558;
            int i;
            p_26 = ((safe_add_func_int64_t_s_s((*g_289), ((((((*g_1269) = (void*)0) == (void*)0) && 1L) , (((*g_225) = p_26) != 0xE1DEB874L)) >= (l_1927 = ((*l_1609) = ((safe_div_func_uint64_t_u_u((*l_1609), ((((void*)0 == &g_1061) , (*g_511)) & l_1926))) & (*l_1357))))))) <= p_26);
            for (g_51 = (-12); (g_51 == (-24)); g_51 = safe_sub_func_uint16_t_u_u(g_51, 1))
            { /* block id: 879 */
                int32_t l_1968 = 0x14FDFE85L;
                struct S0 *l_1971 = &l_1914;
                int32_t l_1992[9] = {0xACE71554L,0L,0L,0xACE71554L,0L,0L,0xACE71554L,0L,0L};
                int i;
            }
            (*l_1609) ^= (&p_25 == (l_1405 = (void*)0));
        }
    }
    return p_23;
}


/* ------------------------------------------ */
/* 
 * reads : g_42 g_39 g_48
 * writes: g_42 g_48
 */
static uint8_t  func_29(uint16_t  p_30, int8_t  p_31, uint32_t  p_32, uint8_t  p_33)
{ /* block id: 9 */
    int32_t *l_44 = &g_42;
    (*l_44) = 0L;
    g_48 ^= (safe_mod_func_int32_t_s_s(g_42, (safe_unary_minus_func_uint64_t_u(g_39))));
    return g_42;
}


/* ------------------------------------------ */
/* 
 * reads : g_80 g_48 g_49 g_6 g_51 g_42 g_55.f0 g_143 g_54 g_175 g_154 g_168 g_2 g_221 g_224 g_225 g_247 g_250 g_289 g_290 g_251 g_252 g_71 g_55 g_39 g_457 g_292 g_71.f0 g_510 g_511 g_629 g_663 g_797 g_827.f1 g_628 g_669 g_872 g_895 g_911 g_912 g_913 g_951 g_70
 * writes: g_80 g_48 g_143 g_154 g_164 g_42 g_51 g_168 g_55 g_247 g_292 g_290 g_225 g_175 g_221 g_224 g_651 g_457.f1 g_797 g_70 g_646 g_669 g_872 g_895 g_911 g_921 g_252
 */
static union U1 * func_64(const uint64_t * p_65, uint16_t * p_66, union U1 * p_67, const uint8_t  p_68)
{ /* block id: 35 */
    uint64_t *l_79 = &g_80;
    union U2 l_88 = {6L};
    uint16_t *l_796[1];
    union U1 **l_800 = &g_70[0][0][2];
    int32_t ***l_814 = &g_651[1];
    int32_t ***l_973 = &g_651[1];
    const union U1 *l_974 = &g_975;
    const union U1 *l_977 = (void*)0;
    const union U1 **l_976 = &l_977;
    int i;
    for (i = 0; i < 1; i++)
        l_796[i] = &g_797[4][0][1];
    (*l_973) = func_74(((*p_66)++), ((*l_814) = ((--(*l_79)) , func_83(func_86(l_88), (safe_mul_func_uint16_t_u_u((g_797[4][0][1] &= (safe_sub_func_uint16_t_u_u(g_39, (safe_rshift_func_int16_t_s_u((!18446744073709551613UL), 3))))), (((safe_rshift_func_uint8_t_u_s(252UL, p_68)) , ((-3L) != 8L)) & (((*l_800) = &g_71) != (*g_251)))))))));
    (*g_251) = p_67;
    (*l_976) = ((*g_251) = (l_974 = (g_221 , (*l_800))));
    return (*l_800);
}


/* ------------------------------------------ */
/* 
 * reads : g_143 g_221 g_629 g_292 g_827.f1 g_250 g_251 g_289 g_175 g_225 g_51 g_663 g_457.f1 g_797 g_628 g_247 g_252 g_71 g_290 g_669 g_872 g_154 g_168 g_511 g_48 g_457 g_55 g_895 g_911 g_912 g_913 g_80 g_55.f0 g_951
 * writes: g_143 g_247 g_457.f1 g_292 g_290 g_51 g_646 g_797 g_48 g_669 g_872 g_154 g_168 g_55.f0 g_895 g_911 g_921
 */
static int32_t ** const  func_74(uint16_t  p_75, int32_t ** p_76)
{ /* block id: 297 */
    uint32_t *l_821 = &g_292;
    struct S0 *l_824 = &g_457;
    struct S0 *l_826 = &g_827;
    int32_t l_840 = 0xD765327BL;
    int32_t l_847 = 0L;
    int32_t l_848 = 0xD9B857A7L;
    union U1 l_854 = {0xF1CE3E61L};
    int8_t * const *l_873 = &g_511;
    int32_t l_904 = 0x0A83887AL;
    int32_t l_906 = 0x4E5F297BL;
    uint64_t l_908[3];
    int32_t ***l_949 = &g_651[1];
    union U2 **l_965[1][4];
    int i, j;
    for (i = 0; i < 3; i++)
        l_908[i] = 18446744073709551615UL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 4; j++)
            l_965[i][j] = (void*)0;
    }
    for (g_143 = 1; (g_143 <= 4); g_143 += 1)
    { /* block id: 300 */
        uint32_t *l_823 = &g_292;
        uint32_t **l_822 = &l_823;
        struct S0 *l_825 = &g_457;
        uint8_t *l_836[3];
        int32_t l_837 = 0x6E583E1AL;
        uint8_t l_838[1];
        int32_t l_839 = 1L;
        uint64_t l_849 = 0x515DD043A4F81EA5LL;
        int32_t *l_856 = &g_48;
        int32_t l_900 = 1L;
        int32_t l_902 = 0x9AB47A73L;
        int64_t l_905 = 1L;
        int32_t l_907[2][6][6] = {{{(-5L),(-10L),1L,0x54ACBC48L,1L,1L},{0x9A16D95FL,0x92EE7C14L,0x92EE7C14L,0x9A16D95FL,2L,0xAA40C838L},{0x6597E405L,(-5L),0xBA4F98C8L,0xAA40C838L,0x87B05E61L,1L},{0L,0x54ACBC48L,0x6597E405L,2L,0x87B05E61L,(-10L)},{1L,(-5L),0x700CF4BCL,0x572D8ABEL,(-6L),1L},{0x54ACBC48L,0x9A16D95FL,0xBD7F7D58L,0x9A16D95FL,0x54ACBC48L,2L}},{{1L,0x6597E405L,0x87B05E61L,0xBA4F98C8L,0xDA555246L,0xA4002F82L},{1L,0xC54B8205L,0xBA4F98C8L,0x6597E405L,1L,0xA4002F82L},{(-10L),0x54ACBC48L,0x87B05E61L,0x700CF4BCL,0xAA40C838L,2L},{1L,1L,0xBD7F7D58L,0xBD7F7D58L,1L,1L},{2L,0xAA40C838L,0x700CF4BCL,0x87B05E61L,0x54ACBC48L,(-10L)},{0xA4002F82L,1L,0x6597E405L,0xBA4F98C8L,0xC54B8205L,1L}}};
        union U1 **l_919[1];
        union U2 l_945 = {-2L};
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_836[i] = (void*)0;
        for (i = 0; i < 1; i++)
            l_838[i] = 247UL;
        for (i = 0; i < 1; i++)
            l_919[i] = &g_70[0][0][2];
        l_840 = (safe_rshift_func_uint8_t_u_u(((l_839 = (safe_sub_func_uint64_t_u_u(((1UL ^ (l_838[0] = (((*g_289) = ((((safe_lshift_func_uint8_t_u_s(((l_821 == ((*l_822) = l_821)) < (l_824 != (l_826 = l_825))), ((((*l_821) = (safe_add_func_int8_t_s_s((0xF37FL > (safe_sub_func_int16_t_s_s(g_221, (((((((g_457.f1 = (safe_mod_func_uint64_t_u_u((0xB5920ED4EF2119BALL ^ ((*g_629) = (safe_sub_func_uint32_t_u_u(p_75, p_75)))), 0x060DE59537052A28LL))) ^ 0x64L) && p_75) == 0xF5E6EB17L) & p_75) , g_292) == 0x09BBL)))), p_75))) | g_827.f1) ^ 0x1E4DCB14215CECFALL))) , (*g_250)) == (*g_250)) , 0x76F79B863D523D5ALL)) < l_837))) <= 0L), l_837))) || l_840), g_175[1]));
        for (g_457.f1 = 0; (g_457.f1 <= 5); g_457.f1 += 1)
        { /* block id: 312 */
            int32_t l_841 = 0x67D44C9EL;
            int32_t *l_842 = &g_51;
            int32_t *l_843 = (void*)0;
            int32_t *l_844[3][4];
            int32_t l_845 = 0L;
            int32_t l_846[9] = {(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L)};
            int8_t **l_874 = &g_511;
            uint16_t *l_925 = (void*)0;
            uint16_t **l_924 = &l_925;
            uint64_t *l_971 = &g_247[0];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 4; j++)
                    l_844[i][j] = &g_175[1];
            }
            --l_849;
            for (g_51 = 4; (g_51 >= 0); g_51 -= 1)
            { /* block id: 316 */
                const int32_t **l_855 = &g_646;
                uint16_t *l_862[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int16_t *l_870 = &g_669;
                int16_t *l_871[5];
                int32_t ** const l_876[8] = {&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843,&l_843};
                int64_t l_966 = 6L;
                int i, j, k;
                for (i = 0; i < 5; i++)
                    l_871[i] = &g_872;
                if ((safe_rshift_func_uint16_t_u_s((g_154 &= ((((*l_855) = (l_854 , (*p_76))) == l_856) >= ((!((safe_sub_func_uint16_t_u_u(g_663[g_51][g_51], (p_75 = (++g_797[g_51][(g_457.f1 + 1)][g_143])))) && ((*g_289) = (((safe_mul_func_uint8_t_u_u((safe_add_func_int16_t_s_s((((*l_856) = (+g_797[(g_143 + 1)][g_143][g_51])) , (((g_797[g_457.f1][g_457.f1][g_143] != (**g_628)) , (*g_252)) , (g_872 &= ((*l_870) ^= (safe_sub_func_uint64_t_u_u((((*g_289) && p_75) <= 0UL), p_75)))))), p_75)), g_292)) , l_873) != l_874)))) != 0x50779DAC6CF246BFLL))), 11)))
                { /* block id: 325 */
                    uint32_t l_885 = 0x8CAA5E6BL;
                    int8_t *l_894 = &g_895;
                    int32_t *l_896 = &l_848;
                    int32_t l_901[3][10] = {{(-3L),(-3L),0xC07DE312L,(-3L),(-3L),0xC07DE312L,(-3L),(-3L),0xC07DE312L,(-3L)},{(-3L),0L,0L,(-3L),0L,0L,(-3L),0L,0L,(-3L)},{0L,(-3L),0L,0L,(-3L),0L,0L,(-3L),0L,0L}};
                    const uint8_t ***l_914 = &g_912;
                    union U1 **l_918 = &g_70[0][0][2];
                    int i, j;
                    for (g_168 = 7; (g_168 >= 2); g_168 -= 1)
                    { /* block id: 328 */
                        int16_t l_875 = 2L;
                        if (l_875)
                            break;
                        if (g_797[g_51][(g_457.f1 + 1)][g_143])
                            break;
                        return &g_225;
                    }
                    (*l_896) = (((((safe_div_func_uint32_t_u_u((~(+(((((safe_lshift_func_int8_t_s_u(((*g_511) = p_75), (((*g_289) > 0xCDF0EA366762FB89LL) == ((*l_894) = (safe_div_func_int32_t_s_s(l_885, (safe_add_func_int16_t_s_s(g_247[0], (((*l_856) = ((*l_856) != 7UL)) < (((safe_div_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u(((safe_rshift_func_uint16_t_u_u(0x8271L, (g_457 , g_175[1]))) & p_75), g_143)), p_75)) | 2UL) , 0x2FL)))))))))) , (void*)0) == l_896) && (*g_289)) & (*l_896)))), g_872)) ^ 0x464BC0F1L) , g_55[(g_143 + 4)]) , 0xB8L) <= l_840);
                    for (g_895 = 0; (g_895 != 2); g_895++)
                    { /* block id: 339 */
                        int16_t l_899[8][8] = {{7L,0x99CDL,0x8787L,3L,0x8787L,0x99CDL,7L,7L},{0x99CDL,3L,0x15E5L,0x15E5L,3L,0x99CDL,0x547CL,0x99CDL},{3L,0x99CDL,0x547CL,0x99CDL,3L,0x15E5L,0x15E5L,3L},{0x99CDL,7L,7L,0x99CDL,0x8787L,3L,0x8787L,0x99CDL},{7L,0x8787L,7L,0x15E5L,0x547CL,0x547CL,0x15E5L,7L},{0x8787L,0x8787L,0x547CL,3L,(-1L),3L,0x547CL,0x8787L},{0x8787L,7L,0x15E5L,0x547CL,0x547CL,0x15E5L,7L,0x8787L},{7L,0x99CDL,0x8787L,3L,0x8787L,0x99CDL,7L,7L}};
                        int32_t l_903 = (-7L);
                        const uint8_t ****l_915 = &g_911;
                        int i, j;
                        l_908[0]--;
                        (*l_915) = (l_914 = g_911);
                        if (l_840)
                            break;
                        (*l_896) = p_75;
                    }
                    for (l_906 = 27; (l_906 == 4); l_906 = safe_sub_func_int16_t_s_s(l_906, 5))
                    { /* block id: 348 */
                        union U1 ***l_920[2][6] = {{&l_919[0],(void*)0,(void*)0,&l_919[0],(void*)0,(void*)0},{&l_919[0],(void*)0,(void*)0,&l_919[0],(void*)0,(void*)0}};
                        int i, j;
                        l_840 &= (((l_918 == (g_921 = l_919[0])) & (((*l_823) = ((*l_856) = (((safe_rshift_func_uint16_t_u_u(g_143, 1)) == (l_924 != &l_925)) && 1UL))) | (0x6C0D467DL & (0x7DAE708AL | ((1L & (*l_896)) && l_847))))) || (**g_628));
                        (*l_855) = (*p_76);
                        (*l_896) |= 7L;
                        if ((*l_856))
                            break;
                    }
                }
                else
                { /* block id: 357 */
                    int32_t l_950 = (-8L);
                    uint32_t *l_954 = &g_292;
                    int8_t *l_964 = &g_895;
                    int8_t *l_972 = &l_945.f0;
                    l_839 |= (0xB6EBE649L < ((g_154 = ((safe_mul_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s(((*l_870) = (((((safe_sub_func_uint8_t_u_u((***g_911), (safe_lshift_func_uint8_t_u_s(((((((*l_823) = p_75) , (!((*l_856) = ((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((((safe_lshift_func_int16_t_s_s(((safe_div_func_uint16_t_u_u((&g_225 == (void*)0), (l_906 & ((**l_822) |= (l_945 , g_663[4][3]))))) ^ (safe_lshift_func_uint16_t_u_s(((safe_unary_minus_func_uint16_t_u((&l_855 != l_949))) <= p_75), p_75))), g_80)) , (void*)0) != &l_925), 2)), (*g_511))) ^ (*l_842))))) , 0x6ABF1FE7L) , p_75) , 4UL), p_75)))) , p_75) <= 65535UL) || 0x6F56L) >= p_75)), 10)), g_827.f1)) == 255UL), l_950)) || g_951)) < 0x10E0L));
                    if (p_75)
                        continue;
                    for (l_847 = 0; (l_847 <= 0); l_847 += 1)
                    { /* block id: 367 */
                        uint64_t *l_957[5][1][3] = {{{&l_849,&l_849,&l_849}},{{&l_908[0],&l_849,&l_908[0]}},{{&l_849,&l_849,&l_849}},{{&l_908[0],&l_849,&l_908[0]}},{{&l_849,&l_849,&l_849}}};
                        int i, j, k;
                        (*l_856) = 0x52438A0AL;
                        (*l_856) &= ((safe_sub_func_uint64_t_u_u((l_844[l_847][(l_847 + 2)] == l_954), (safe_add_func_uint32_t_u_u((*l_842), (&l_908[0] == l_957[1][0][2]))))) != (255UL & p_75));
                        if (p_75)
                            break;
                        if (l_904)
                            continue;
                    }
                    (*l_856) = (safe_rshift_func_int8_t_s_u(((*l_972) = ((safe_div_func_uint32_t_u_u((++(*l_954)), 0x6B3B2EC5L)) | (((((l_966 ^= (((l_950 > ((*l_964) = ((**l_873) = l_950))) , l_965[0][2]) == (void*)0)) , ((*l_842) ^ (*g_511))) || ((*g_289) |= (safe_rshift_func_uint8_t_u_u((((safe_mod_func_int16_t_s_s((l_971 == (void*)0), p_75)) > 1UL) <= 0x766BAC7DL), p_75)))) & (-2L)) >= 0xBD66L))), 2));
                }
            }
        }
    }
    return &g_225;
}


/* ------------------------------------------ */
/* 
 * reads : g_250 g_251 g_252 g_71 g_175 g_511 g_55.f0 g_629 g_168
 * writes: g_225 g_247 g_168
 */
static int32_t ** func_83(int32_t ** const  p_84, uint16_t  p_85)
{ /* block id: 290 */
    int32_t *l_801 = &g_175[1];
    uint8_t *l_804[2][10] = {{&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1},{&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1,&g_457.f1}};
    const union U2 l_805 = {0x8BL};
    uint64_t l_808 = 0UL;
    struct S0 *l_811 = &g_457;
    int32_t *l_812 = &g_168;
    int32_t **l_813[4][7][1] = {{{&g_225},{&g_225},{&l_812},{&g_225},{&g_225},{&l_812},{&g_225}},{{&g_225},{&l_812},{&g_225},{&g_225},{&l_812},{&g_225},{&g_225}},{{&l_812},{&g_225},{&g_225},{&l_812},{&g_225},{&g_225},{&l_812}},{{&g_225},{&g_225},{&l_812},{&g_225},{&g_225},{&l_812},{&g_225}}};
    int i, j, k;
    (*p_84) = l_801;
    (*p_84) = (void*)0;
    (*l_812) ^= (safe_rshift_func_uint16_t_u_s((l_804[0][7] != (l_805 , ((***g_250) , l_804[0][7]))), ((((safe_mul_func_int16_t_s_s(l_808, ((*l_801) && 0x106CEAEAL))) <= ((((*g_629) = (((safe_rshift_func_uint16_t_u_u((p_85 > (*l_801)), p_85)) || 0x1A3FL) < (*g_511))) , (void*)0) == l_811)) != g_175[1]) < 0x5AL)));
    return &g_225;
}


/* ------------------------------------------ */
/* 
 * reads : g_48 g_80 g_49 g_6 g_51 g_42 g_55.f0 g_143 g_54 g_175 g_154 g_168 g_2 g_221 g_224 g_225 g_247 g_250 g_289 g_290 g_251 g_252 g_71 g_55 g_39 g_457 g_292 g_71.f0 g_510 g_511 g_629 g_663
 * writes: g_48 g_80 g_143 g_154 g_164 g_42 g_51 g_168 g_55 g_247 g_292 g_290 g_225 g_175 g_221 g_224 g_651 g_457.f1
 */
static int32_t ** func_86(union U2  p_87)
{ /* block id: 38 */
    uint16_t l_113 = 0x3592L;
    uint64_t *l_161 = (void*)0;
    int32_t l_173 = (-6L);
    int32_t l_174 = 0x06A97DFEL;
    int8_t *l_232 = &g_55[6].f0;
    int8_t **l_231 = &l_232;
    int32_t l_254 = 1L;
    int64_t l_255[10][3];
    int32_t l_256 = 1L;
    int32_t l_258[2][1];
    int8_t l_261 = 0x2BL;
    int32_t l_336 = 1L;
    uint32_t *l_454 = &g_292;
    int32_t l_497 = 0xECE46918L;
    const uint8_t *l_539 = &g_457.f1;
    const uint8_t ** const l_538 = &l_539;
    union U1 l_544 = {0xB8B52516L};
    const union U2 l_565 = {0x61L};
    const uint16_t *l_570 = (void*)0;
    const uint16_t **l_569 = &l_570;
    int32_t **l_595 = &g_225;
    uint16_t l_638 = 65535UL;
    const int32_t *l_643 = (void*)0;
    uint32_t l_664 = 4294967295UL;
    const uint64_t l_665[3] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
    int16_t l_668 = 0xF386L;
    int16_t l_673[3][1];
    int32_t l_674 = 1L;
    uint64_t l_675 = 0x2CFD41C09BA8299DLL;
    int32_t l_698 = 0xAE1021F6L;
    uint32_t l_699[4][1][10] = {{{0x1CD0E51AL,0UL,4294967286UL,0UL,0x1CD0E51AL,0x00C57ACBL,0x00C57ACBL,0x1CD0E51AL,0UL,4294967286UL}},{{8UL,8UL,4294967286UL,0x1CD0E51AL,4294967295UL,0x1CD0E51AL,4294967286UL,8UL,8UL,4294967286UL}},{{0UL,0x1CD0E51AL,0x00C57ACBL,0x00C57ACBL,0x1CD0E51AL,0UL,4294967286UL,0UL,0x1CD0E51AL,0x00C57ACBL}},{{0xEB0AF50DL,8UL,0xEB0AF50DL,0x00C57ACBL,4294967286UL,4294967286UL,0x00C57ACBL,0xEB0AF50DL,8UL,0xEB0AF50DL}}};
    int32_t l_743 = (-1L);
    int16_t l_744 = 0xEF46L;
    int64_t l_745 = 0x7A26F19D7F91DC9FLL;
    int32_t *l_784[1][2][5] = {{{&l_256,&l_256,&l_256,&l_256,&l_256},{&l_254,&l_336,&l_254,&l_336,&l_254}}};
    int32_t l_785 = (-4L);
    uint64_t l_786 = 8UL;
    int i, j, k;
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 3; j++)
            l_255[i][j] = 0x8B184E4277A29E19LL;
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_258[i][j] = 0x08048B8DL;
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_673[i][j] = 0L;
    }
    for (g_48 = 12; (g_48 == 29); g_48 = safe_add_func_uint8_t_u_u(g_48, 7))
    { /* block id: 41 */
        const int64_t l_103[1] = {0x565C6936EE377682LL};
        int32_t l_176 = 0xEEECAB0CL;
        int32_t l_177 = (-5L);
        int32_t l_182 = 1L;
        int32_t *l_188[5];
        int8_t l_203 = 0xCCL;
        int8_t **l_233 = &l_232;
        uint64_t l_306[5] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
        struct S0 l_373 = {18446744073709551614UL,249UL,5UL};
        uint8_t l_380 = 249UL;
        uint64_t l_388 = 0x6C563D7409DCA305LL;
        int16_t *l_456 = &g_143;
        const union U1 ***l_480 = &g_251;
        int64_t l_536[6][2];
        uint8_t l_542[5] = {0UL,0UL,0UL,0UL,0UL};
        const int32_t *l_644[4][3] = {{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}};
        const struct S0 *l_648 = &g_457;
        const struct S0 **l_647 = &l_648;
        int i, j;
        for (i = 0; i < 5; i++)
            l_188[i] = &l_173;
        for (i = 0; i < 6; i++)
        {
            for (j = 0; j < 2; j++)
                l_536[i][j] = 0x83A186759073BBC4LL;
        }
        for (g_80 = 0; (g_80 < 43); ++g_80)
        { /* block id: 44 */
            int8_t l_114 = (-4L);
            int32_t l_178 = 0L;
            int32_t l_181[10][7] = {{0L,0L,(-5L),0x142C5C11L,0x39DADE5FL,0xC126308DL,(-6L)},{0L,0x39DADE5FL,(-6L),0x41242F1DL,0xEEB8BFCCL,1L,0xEEB8BFCCL},{0x41242F1DL,(-6L),(-6L),0x41242F1DL,0xC126308DL,0L,0xB33C559FL},{3L,(-1L),0x53F037E6L,0x142C5C11L,(-1L),0x936848A1L,(-5L)},{0xEEB8BFCCL,(-1L),1L,0x39DADE5FL,0L,1L,0xB33C559FL},{0x061E0673L,(-5L),3L,0xEEB8BFCCL,0x142C5C11L,0x142C5C11L,0xEEB8BFCCL},{3L,0x41242F1DL,3L,0xC126308DL,(-1L),0xA386FE3AL,(-6L)},{(-1L),0x061E0673L,1L,0x142C5C11L,(-5L),0L,0L},{3L,0x807DED58L,0x579FDBB3L,0x936848A1L,0xB3D17502L,(-6L),3L},{0x9CB0568AL,0x936848A1L,0x807DED58L,0xB3D17502L,0L,0xB3D17502L,0x807DED58L}};
            union U1 l_208 = {0x77E2578DL};
            uint16_t l_274 = 8UL;
            union U2 l_282 = {0xAFL};
            union U2 *l_301 = &g_55[1];
            uint32_t l_337[3][5][4] = {{{0xC8BC0885L,4294967293UL,0UL,4294967295UL},{0x6BD25C15L,4294967295UL,0x6BD25C15L,4UL},{0x6BD25C15L,4UL,0UL,0xA8A5281DL},{0xC8BC0885L,4UL,0x0902CA02L,4UL},{0UL,4294967295UL,0x0902CA02L,4294967295UL}},{{0xC8BC0885L,4294967293UL,0UL,4294967295UL},{0x6BD25C15L,4294967295UL,0x6BD25C15L,4UL},{0x6BD25C15L,4UL,0UL,0xA8A5281DL},{0xC8BC0885L,4UL,0x0902CA02L,4UL},{0UL,4294967295UL,0x0902CA02L,4294967295UL}},{{0xC8BC0885L,4294967293UL,0UL,4294967295UL},{0x6BD25C15L,4294967295UL,0x6BD25C15L,4UL},{0x6BD25C15L,4UL,0UL,0xA8A5281DL},{0xC8BC0885L,4UL,0x0902CA02L,4UL},{0UL,4294967295UL,0x0902CA02L,4294967295UL}}};
            uint8_t *l_430 = (void*)0;
            union U1 * const *l_442 = &g_70[9][2][2];
            int32_t l_464 = 0xD643D75CL;
            uint32_t l_465 = 0x143EBFB4L;
            uint64_t l_485 = 18446744073709551615UL;
            union U1 **l_550 = &g_70[0][0][2];
            int i, j, k;
            if ((safe_sub_func_uint64_t_u_u(((safe_sub_func_int8_t_s_s(g_49, (safe_mul_func_uint16_t_u_u(((safe_rshift_func_uint16_t_u_s((safe_lshift_func_int16_t_s_u(l_103[0], 2)), g_6)) ^ (safe_unary_minus_func_int8_t_s((safe_lshift_func_uint16_t_u_s(l_103[0], 0))))), (((safe_lshift_func_int8_t_s_u((safe_mul_func_uint8_t_u_u(l_103[0], p_87.f0)), 3)) == (safe_mod_func_uint64_t_u_u(0xB8DD85FC26EAA6BCLL, p_87.f0))) | (((g_48 >= 6L) , g_49) ^ 0x6FL)))))) & l_113), l_114)))
            { /* block id: 45 */
                int64_t l_141 = (-5L);
                uint64_t *l_155 = &g_54;
                int32_t l_166 = 0x989D15E5L;
                int32_t l_172[3][4] = {{0x36B37517L,0x36B37517L,0xC035BBA9L,0x36B37517L},{0x36B37517L,1L,1L,0x36B37517L},{1L,0x36B37517L,1L,1L}};
                uint16_t l_183 = 3UL;
                int i, j;
                for (l_113 = (-19); (l_113 < 41); l_113++)
                { /* block id: 48 */
                    union U1 **l_120 = &g_70[0][0][2];
                    union U1 ***l_119 = &l_120;
                    struct S0 l_127 = {0x6B756FC104D70CC3LL,0x62L,65527UL};
                    int16_t *l_142 = &g_143;
                    uint8_t *l_144 = &l_127.f1;
                    int32_t l_179 = (-1L);
                    int32_t l_180 = 0L;
                    int32_t **l_223[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_223[i] = &l_188[1];
                    if ((((safe_mul_func_uint8_t_u_u((&g_70[7][4][2] == ((*l_119) = &g_70[0][0][2])), ((((safe_rshift_func_int16_t_s_u((safe_rshift_func_uint8_t_u_u(g_51, ((safe_mod_func_uint16_t_u_u(((l_127 , (safe_div_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s((safe_lshift_func_uint16_t_u_s((0xBBA05350A104108FLL >= (((-3L) == (safe_unary_minus_func_uint8_t_u(((*l_144) = (safe_mul_func_int16_t_s_s(((*l_142) = (((p_87.f0 && ((4L != (((safe_mul_func_int16_t_s_s(0xA766L, 0xE8C2L)) , 1UL) >= 0xF2F9L)) || l_141)) == p_87.f0) <= 0UL)), p_87.f0)))))) <= l_141)), p_87.f0)), g_42)), 1L))) > p_87.f0), g_6)) & 0xD6L))), g_48)) | g_55[6].f0) > l_113) ^ l_114))) > l_114) ^ 0xA910FBC8L))
                    { /* block id: 52 */
                        uint16_t *l_153 = &g_154;
                        uint64_t **l_156 = &l_155;
                        uint16_t *l_162 = (void*)0;
                        uint16_t *l_163 = &g_164;
                        int32_t *l_165 = &g_42;
                        l_166 &= (((((*l_165) ^= ((safe_lshift_func_uint8_t_u_s(((*l_144) = (((safe_mul_func_int16_t_s_s(((1L <= (safe_add_func_int32_t_s_s((l_127.f0 & (safe_lshift_func_uint16_t_u_s(((*l_153) = p_87.f0), 13))), g_51))) , (0xCB1EL & 1UL)), ((*l_163) = (((*l_156) = l_155) != (((safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s((((l_114 ^ p_87.f0) <= l_114) != p_87.f0), l_127.f0)), 1UL)) != l_141) , l_161))))) , g_55[6].f0) < g_49)), g_80)) | p_87.f0)) ^ p_87.f0) == g_143) || g_54);
                    }
                    else
                    { /* block id: 59 */
                        int32_t *l_167 = &g_51;
                        int32_t *l_169 = (void*)0;
                        int32_t *l_170 = (void*)0;
                        int32_t *l_171[6];
                        int i;
                        for (i = 0; i < 6; i++)
                            l_171[i] = &g_51;
                        ++l_183;
                        (*l_167) = (*l_167);
                    }
                    for (g_143 = 0; (g_143 <= 8); g_143 += 1)
                    { /* block id: 65 */
                        int32_t *l_187 = &g_168;
                        int32_t **l_186[4] = {&l_187,&l_187,&l_187,&l_187};
                        int8_t *l_219 = &l_114;
                        uint64_t *l_220[6][8] = {{&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80},{&g_80,&g_80,&g_54,&g_80,&g_80,&g_54,&g_80,&g_80},{&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80},{&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80},{&g_80,&g_80,&g_54,&g_80,&g_80,&g_54,&g_80,&g_80},{&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80}};
                        int64_t *l_222 = &l_141;
                        int i, j;
                        l_188[3] = &l_182;
                        g_42 ^= (+(safe_add_func_int8_t_s_s((safe_sub_func_uint8_t_u_u((+(((*l_222) = ((safe_add_func_int64_t_s_s(g_175[0], ((safe_rshift_func_uint8_t_u_u((((((((safe_lshift_func_uint16_t_u_s(((((safe_lshift_func_uint8_t_u_s(((l_203 && (safe_div_func_int16_t_s_s(4L, (safe_rshift_func_uint8_t_u_s(((l_208 , (((safe_lshift_func_uint8_t_u_s(p_87.f0, (safe_mul_func_int8_t_s_s(((l_181[7][0] , g_154) >= (safe_mod_func_uint64_t_u_u(((safe_mul_func_uint8_t_u_u(p_87.f0, ((((*l_219) = (safe_mul_func_uint16_t_u_u(0xFA25L, 65535UL))) == p_87.f0) >= p_87.f0))) , 0x9F2998C3209DC75ALL), l_208.f0))), (*l_187))))) , (void*)0) == l_220[0][1])) && g_48), 7))))) & g_51), g_2)) == g_49) >= 0x8AD37F3106F392B1LL) >= 4294967295UL), l_113)) ^ l_127.f0) || (-10L)) || p_87.f0) < 1UL) != 0x38422B37AD10667DLL) , g_221), p_87.f0)) , p_87.f0))) , p_87.f0)) , (-1L))), 255UL)), p_87.f0)));
                    }
                    return g_224;
                }
            }
            else
            { /* block id: 73 */
                return &g_225;
            }
            if ((safe_lshift_func_int16_t_s_u(p_87.f0, 7)))
            { /* block id: 76 */
                uint32_t l_228 = 0xE2510918L;
                int32_t l_234 = (-1L);
                uint16_t l_243[10] = {8UL,8UL,8UL,8UL,8UL,8UL,8UL,8UL,8UL,8UL};
                int32_t l_257 = 0L;
                int8_t l_260 = 0xBFL;
                int32_t l_265 = 0x82C64B08L;
                int32_t l_266 = 0x83F195CBL;
                int32_t l_267 = 0L;
                int32_t l_268 = 0x15F84BDEL;
                int32_t l_269[5][5] = {{(-1L),(-7L),(-1L),(-7L),(-1L)},{4L,4L,4L,4L,4L},{(-1L),(-7L),(-1L),(-7L),(-1L)},{4L,4L,4L,4L,4L},{(-1L),(-7L),(-1L),(-7L),(-1L)}};
                int i, j;
                if (l_228)
                    break;
                for (g_168 = 0; (g_168 > 12); g_168 = safe_add_func_int16_t_s_s(g_168, 8))
                { /* block id: 80 */
                    union U2 *l_239 = &g_55[8];
                    const struct S0 l_240 = {0x1465BA7104F43F57LL,0x21L,0UL};
                    uint64_t *l_246 = &g_247[0];
                    int32_t l_253 = 0xD1E669E1L;
                    int32_t l_259 = (-1L);
                    int32_t l_262 = 0xDADD7E3CL;
                    int32_t l_263 = 0xED9B6530L;
                    int8_t l_264 = 0x43L;
                    int32_t l_270 = 0xAD9BB9FFL;
                    int32_t l_271 = 0L;
                    int32_t l_272 = 0L;
                    int32_t l_273 = (-1L);
                    for (l_228 = 1; (l_228 <= 8); l_228 += 1)
                    { /* block id: 83 */
                        l_233 = l_231;
                        l_234 &= (**g_224);
                    }
                    l_253 &= (safe_rshift_func_uint8_t_u_s((p_87.f0 , (0x7DL && (safe_mod_func_int8_t_s_s(((p_87.f0 ^ ((((*l_239) = p_87) , (l_113 != (l_240 , (safe_div_func_uint64_t_u_u(((*l_246) ^= (l_243[9]++)), (safe_lshift_func_uint16_t_u_s(0x3D32L, 3))))))) != (g_250 == (void*)0))) ^ (-9L)), p_87.f0)))), p_87.f0));
                    l_274++;
                }
            }
            else
            { /* block id: 93 */
                int16_t l_293 = 5L;
                int32_t l_302 = 0xBB16423FL;
                int32_t l_303[6][1];
                uint32_t l_310 = 1UL;
                struct S0 l_330 = {0xEF1E06772C4FD6F1LL,255UL,0x8258L};
                union U1 **l_341 = &g_70[5][0][2];
                uint8_t l_352 = 0UL;
                int32_t **l_406 = &g_225;
                union U1 ***l_441 = &l_341;
                union U1 * const **l_443 = &l_442;
                int16_t *l_455 = (void*)0;
                const uint8_t l_484 = 0xFDL;
                uint8_t *l_491 = &l_373.f1;
                int i, j;
                for (i = 0; i < 6; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_303[i][j] = 0x0C2CA9C9L;
                }
                for (g_143 = 0; (g_143 == (-4)); --g_143)
                { /* block id: 96 */
                    uint32_t *l_291[4][8][8] = {{{&g_292,&g_292,(void*)0,&g_292,&g_292,(void*)0,&g_292,&g_292},{&g_292,&g_292,&g_292,&g_292,&g_292,(void*)0,(void*)0,&g_292},{&g_292,(void*)0,(void*)0,&g_292,&g_292,(void*)0,&g_292,&g_292},{&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292},{(void*)0,&g_292,(void*)0,(void*)0,&g_292,(void*)0,(void*)0,&g_292},{&g_292,(void*)0,(void*)0,&g_292,&g_292,(void*)0,&g_292,&g_292},{&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292},{(void*)0,&g_292,(void*)0,(void*)0,&g_292,(void*)0,(void*)0,&g_292}},{{&g_292,(void*)0,(void*)0,&g_292,&g_292,(void*)0,&g_292,&g_292},{&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292},{(void*)0,&g_292,(void*)0,(void*)0,&g_292,(void*)0,(void*)0,&g_292},{&g_292,(void*)0,(void*)0,&g_292,&g_292,(void*)0,&g_292,&g_292},{&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292},{(void*)0,&g_292,(void*)0,(void*)0,&g_292,(void*)0,(void*)0,&g_292},{&g_292,(void*)0,(void*)0,&g_292,&g_292,(void*)0,&g_292,&g_292},{&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292}},{{(void*)0,&g_292,(void*)0,(void*)0,&g_292,(void*)0,(void*)0,&g_292},{&g_292,(void*)0,(void*)0,&g_292,&g_292,(void*)0,&g_292,&g_292},{&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292},{(void*)0,&g_292,(void*)0,(void*)0,&g_292,(void*)0,(void*)0,&g_292},{&g_292,(void*)0,(void*)0,&g_292,&g_292,(void*)0,&g_292,&g_292},{&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292},{(void*)0,&g_292,(void*)0,(void*)0,&g_292,(void*)0,(void*)0,&g_292},{&g_292,(void*)0,(void*)0,&g_292,&g_292,(void*)0,&g_292,&g_292}},{{&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292},{(void*)0,&g_292,(void*)0,(void*)0,&g_292,&g_292,&g_292,&g_292},{(void*)0,&g_292,&g_292,(void*)0,&g_292,&g_292,(void*)0,&g_292},{(void*)0,(void*)0,&g_292,(void*)0,&g_292,&g_292,(void*)0,&g_292},{&g_292,(void*)0,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292},{(void*)0,&g_292,&g_292,(void*)0,&g_292,&g_292,(void*)0,&g_292},{(void*)0,(void*)0,&g_292,(void*)0,&g_292,&g_292,(void*)0,&g_292},{&g_292,(void*)0,&g_292,&g_292,&g_292,&g_292,&g_292,&g_292}}};
                    int32_t l_294 = 0x9034FCD3L;
                    uint32_t l_300 = 18446744073709551615UL;
                    int32_t l_309 = 0xFEFAF0F9L;
                    int i, j, k;
                    (**g_224) = ((safe_mul_func_int8_t_s_s((((~(l_282 , 6L)) | (safe_div_func_int8_t_s_s(g_175[1], ((**l_231) = (safe_rshift_func_int8_t_s_s(((p_87.f0 , ((safe_sub_func_uint32_t_u_u((&l_255[2][0] == g_289), l_255[7][2])) , (g_292 = ((void*)0 == l_232)))) >= l_293), 5)))))) | g_175[0]), 0x03L)) || l_294);
                    if ((((g_247[0] > p_87.f0) != l_294) == (((((safe_add_func_uint8_t_u_u((+9L), l_208.f0)) || p_87.f0) ^ ((safe_rshift_func_uint16_t_u_u((g_290[4] | l_282.f0), (l_300 >= p_87.f0))) < (*g_289))) , l_301) == (void*)0)))
                    { /* block id: 100 */
                        (*g_225) &= p_87.f0;
                        l_294 ^= p_87.f0;
                    }
                    else
                    { /* block id: 103 */
                        int64_t l_304 = (-9L);
                        int32_t l_305[9][4] = {{0L,0xE45C5BD6L,0xE45C5BD6L,0L},{0x4877228CL,0xE45C5BD6L,(-1L),0L},{0L,0xE45C5BD6L,0xE45C5BD6L,0L},{0x4877228CL,0xE45C5BD6L,(-1L),0L},{0L,0xE45C5BD6L,0xE45C5BD6L,0L},{0x4877228CL,0xE45C5BD6L,(-1L),0L},{0L,0xE45C5BD6L,0xE45C5BD6L,0L},{0x4877228CL,0xE45C5BD6L,(-1L),0L},{0L,0xE45C5BD6L,0xE45C5BD6L,0L}};
                        int i, j;
                        --l_306[1];
                        l_305[2][0] = ((void*)0 == (**g_250));
                        --l_310;
                    }
                    for (l_256 = 10; (l_256 < 2); --l_256)
                    { /* block id: 110 */
                        int16_t *l_323[8] = {&l_293,&l_293,&l_293,&l_293,&l_293,&l_293,&l_293,&l_293};
                        int32_t l_324[4] = {0L,0L,0L,0L};
                        uint16_t *l_325[10][4][1] = {{{&l_274},{&g_39},{(void*)0},{(void*)0}},{{&g_39},{(void*)0},{(void*)0},{&g_39}},{{(void*)0},{(void*)0},{&g_39},{&l_274}},{{&g_39},{&l_113},{&g_154},{&l_274}},{{&g_154},{&l_113},{&g_39},{&l_274}},{{&g_39},{(void*)0},{(void*)0},{&g_39}},{{(void*)0},{(void*)0},{&g_39},{(void*)0}},{{(void*)0},{&g_39},{&l_274},{&g_39}},{{&l_113},{&g_154},{&l_274},{&g_154}},{{&l_113},{&g_39},{&l_274},{&g_39}}};
                        uint8_t *l_335[10] = {&l_330.f1,&l_330.f1,&l_330.f1,&l_330.f1,&l_330.f1,&l_330.f1,&l_330.f1,&l_330.f1,&l_330.f1,&l_330.f1};
                        int32_t l_338 = (-4L);
                        union U1 *l_361 = (void*)0;
                        union U1 *l_362 = &l_208;
                        int i, j, k;
                        l_338 &= ((safe_add_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u((l_181[6][3] = (safe_mod_func_int8_t_s_s(g_175[1], (safe_mul_func_uint16_t_u_u((l_303[5][0] < l_255[6][0]), (l_324[3] |= p_87.f0)))))), (g_168 <= g_48))), ((safe_mul_func_uint8_t_u_u((l_294 |= ((safe_rshift_func_uint8_t_u_u((l_330 , (l_336 = (((safe_add_func_uint32_t_u_u((((*g_289) = (((l_178 = l_330.f1) != (safe_mul_func_int8_t_s_s(g_175[1], p_87.f0))) ^ l_330.f0)) || p_87.f0), 0x4D5875D4L)) < g_49) < g_51))), 5)) | l_337[0][4][0])), p_87.f0)) != 255UL))) && g_290[4]);
                        l_352 ^= (0xB95104FEL ^ (safe_div_func_int64_t_s_s(((*g_289) = (((void*)0 != l_341) && ((safe_mul_func_int8_t_s_s((((l_303[5][0] ^= ((safe_div_func_int32_t_s_s(((safe_lshift_func_uint16_t_u_u(((&l_232 == &l_232) & ((void*)0 != l_335[7])), 5)) < ((**g_224) = (safe_lshift_func_uint16_t_u_s((g_164 = ((p_87 , ((**l_231) ^= (safe_sub_func_int64_t_s_s((p_87.f0 , l_310), g_221)))) != p_87.f0)), g_290[2])))), p_87.f0)) | 0x483D9F47L)) > p_87.f0) || g_247[0]), 0xE3L)) && (*g_289)))), l_294)));
                        (*g_225) = (safe_mod_func_uint32_t_u_u(((safe_mod_func_uint16_t_u_u(g_290[1], (safe_add_func_int32_t_s_s((((safe_mod_func_int32_t_s_s(((((((((*l_362) = (*g_252)) , (l_309 = (safe_div_func_uint32_t_u_u((&l_294 == (void*)0), l_174)))) | l_300) , ((safe_add_func_uint64_t_u_u(l_113, (g_55[6] , ((safe_lshift_func_int16_t_s_u((-2L), 13)) >= g_221)))) ^ p_87.f0)) , g_168) == p_87.f0) || p_87.f0), g_51)) >= g_154) , p_87.f0), l_181[1][1])))) || l_293), l_302));
                    }
                    for (g_51 = (-16); (g_51 < 18); ++g_51)
                    { /* block id: 130 */
                        if (p_87.f0)
                            break;
                    }
                }
                for (g_143 = 0; (g_143 == (-17)); g_143 = safe_sub_func_int32_t_s_s(g_143, 9))
                { /* block id: 136 */
                    int32_t l_374 = (-4L);
                    int32_t l_376 = 0x10BBDDBAL;
                    int32_t l_378 = 0x41DDC807L;
                    int32_t l_379 = 1L;
                    int32_t l_383 = 0xD14A2135L;
                    int32_t l_385 = 0xC1BD8E5AL;
                    int32_t l_386[1][7][4] = {{{4L,7L,7L,4L},{0x590639C3L,7L,(-1L),7L},{7L,0xC57A71B3L,(-1L),(-1L)},{0x590639C3L,0x590639C3L,7L,(-1L)},{4L,0xC57A71B3L,4L,7L},{4L,7L,7L,4L},{0x590639C3L,7L,(-1L),7L}}};
                    int16_t *l_429 = &l_293;
                    uint8_t *l_431 = &l_352;
                    int i, j, k;
                    if ((l_373 , (*g_225)))
                    { /* block id: 137 */
                        int32_t l_375 = 0L;
                        int32_t l_377 = 0x2D0BF3D4L;
                        int32_t l_384 = (-4L);
                        int32_t l_387[8][3] = {{0xBE4CBB7CL,0x9A927FFCL,0x9A927FFCL},{0xBE4CBB7CL,0x9A927FFCL,0x9A927FFCL},{0xBE4CBB7CL,0x9A927FFCL,0x9A927FFCL},{0xBE4CBB7CL,0x9A927FFCL,0x9A927FFCL},{0xBE4CBB7CL,0xF444DDFCL,0xF444DDFCL},{0x9A927FFCL,0xF444DDFCL,0xF444DDFCL},{0x9A927FFCL,0xF444DDFCL,0xF444DDFCL},{0x9A927FFCL,0xF444DDFCL,0xF444DDFCL}};
                        union U1 l_391 = {0x7FAD0970L};
                        uint64_t **l_402 = &l_161;
                        int i, j;
                        ++l_380;
                        l_388++;
                        (**g_224) = (g_221 , (l_391 , (safe_mod_func_int32_t_s_s((safe_div_func_uint16_t_u_u(65535UL, ((safe_mod_func_int8_t_s_s(g_39, p_87.f0)) , ((safe_add_func_uint64_t_u_u(((safe_lshift_func_uint16_t_u_s((g_2 , ((((((void*)0 == l_402) || ((((&l_310 != &g_292) != 1L) || l_303[2][0]) != g_54)) == p_87.f0) >= 0L) , 0x570BL)), p_87.f0)) != 0UL), 0x701A6F301E014CDBLL)) || 1UL)))), 0x5AC8FC47L))));
                    }
                    else
                    { /* block id: 141 */
                        uint64_t l_403[2];
                        int i;
                        for (i = 0; i < 2; i++)
                            l_403[i] = 0x175C9F7CA3DB3B75LL;
                        ++l_403[0];
                        return l_406;
                    }
                    g_42 &= (safe_div_func_uint64_t_u_u(((((safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((safe_rshift_func_int8_t_s_s((safe_add_func_int32_t_s_s(((safe_mul_func_int8_t_s_s((safe_div_func_int16_t_s_s(((safe_div_func_int16_t_s_s((&g_164 != (l_330 , &g_154)), ((*g_289) && (p_87.f0 , (g_247[0] && (g_290[2] || (safe_mul_func_int8_t_s_s((((*l_429) &= (p_87.f0 >= (safe_mul_func_uint8_t_u_u(((0L != g_175[1]) == (*g_289)), 0L)))) < p_87.f0), g_290[4])))))))) , p_87.f0), 0xA107L)), p_87.f0)) & l_258[0][0]), g_168)), 3)) <= g_175[1]), g_51)), p_87.f0)) != l_379) , l_430) == l_431), 7UL));
                    (*g_225) ^= p_87.f0;
                }
                if (((**l_406) = (safe_rshift_func_int16_t_s_s(((safe_unary_minus_func_int64_t_s((((safe_rshift_func_int16_t_s_u(((((((((safe_rshift_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s((((*l_441) = &g_70[5][4][1]) != ((*l_443) = l_442)), 15)), 4)) , (safe_div_func_int8_t_s_s((0xA78C5826L || (safe_sub_func_int64_t_s_s((((g_143 = (((safe_sub_func_int64_t_s_s(((((((*g_289) || (*g_289)) , (safe_mod_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(((&g_292 != l_454) || (&l_103[0] == &l_103[0])), p_87.f0)), 7L))) || (**l_406)) | (**l_406)) ^ (-1L)), 0xF1118F1065A1CF36LL)) == g_51) >= l_254)) && p_87.f0) == 0x2E5C45D7L), (*g_289)))), p_87.f0))) ^ 0L) && g_49) ^ l_254) || g_290[3]) , (void*)0) == (void*)0), 0)) != 0x29E20510C14C1011LL) && g_6))) , (-1L)), p_87.f0))))
                { /* block id: 153 */
                    (**g_224) |= (&g_143 != l_456);
                }
                else
                { /* block id: 155 */
                    int32_t * const l_458 = (void*)0;
                    int32_t l_462 = 0L;
                    int32_t l_463[8] = {0x7277A82BL,0x7277A82BL,0x7277A82BL,0x7277A82BL,0x7277A82BL,0x7277A82BL,0x7277A82BL,0x7277A82BL};
                    struct S0 l_481[1] = {{18446744073709551615UL,0xA6L,0x3FCCL}};
                    uint8_t *l_492 = (void*)0;
                    int i;
                    for (l_330.f1 = 0; (l_330.f1 <= 4); l_330.f1 += 1)
                    { /* block id: 158 */
                        int32_t **l_459[2];
                        int32_t **l_460[10][8] = {{&g_225,&l_188[3],&g_225,&l_188[3],&l_188[3],&l_188[3],&g_225,&l_188[3]},{&g_225,&l_188[1],&g_225,&l_188[1],&g_225,&l_188[3],&l_188[2],&l_188[3]},{(void*)0,&l_188[1],&l_188[3],(void*)0,(void*)0,&l_188[3],&g_225,&l_188[1]},{&l_188[2],&l_188[3],&l_188[3],&l_188[3],&l_188[3],&l_188[3],&l_188[2],&l_188[3]},{(void*)0,&l_188[3],&g_225,&l_188[3],&l_188[2],&l_188[3],&g_225,&l_188[1]},{(void*)0,&l_188[3],&g_225,(void*)0,&l_188[2],(void*)0,&g_225,&l_188[3]},{(void*)0,&l_188[3],(void*)0,&l_188[1],&l_188[3],(void*)0,(void*)0,&l_188[3]},{&l_188[2],&l_188[3],&g_225,&l_188[3],(void*)0,&l_188[3],(void*)0,&l_188[3]},{(void*)0,&l_188[3],(void*)0,(void*)0,&g_225,&l_188[3],&g_225,&l_188[3]},{&g_225,&l_188[3],&g_225,&l_188[3],&l_188[3],&l_188[3],&g_225,&l_188[3]}};
                        int32_t **l_461[1];
                        int i, j;
                        for (i = 0; i < 2; i++)
                            l_459[i] = (void*)0;
                        for (i = 0; i < 1; i++)
                            l_461[i] = &g_225;
                        l_188[3] = ((g_457 , g_457) , l_458);
                        l_465--;
                        (*l_406) = (*g_224);
                    }
                    (*g_224) = (*g_224);
                    l_462 |= (safe_lshift_func_int8_t_s_s(0x45L, (safe_rshift_func_int16_t_s_u(((safe_mul_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(g_292, (((safe_mul_func_uint8_t_u_u((((safe_add_func_int8_t_s_s(0x2AL, ((p_87.f0 , ((void*)0 == l_480)) == ((((**l_406) = (((l_481[0] , (g_457 , (safe_rshift_func_uint8_t_u_u(g_457.f2, 2)))) > (*g_225)) <= l_484)) , p_87.f0) ^ p_87.f0)))) & 0x35L) >= g_71.f0), 0xE6L)) ^ 0x556509BFC221FF2FLL) == l_485))), 0x0AL)) | g_175[1]), 2))));
                    for (l_174 = 0; (l_174 <= (-17)); l_174 = safe_sub_func_uint32_t_u_u(l_174, 6))
                    { /* block id: 168 */
                        uint8_t **l_490[8] = {&l_430,&l_430,&l_430,&l_430,&l_430,&l_430,&l_430,&l_430};
                        int32_t l_493 = (-1L);
                        uint32_t l_496 = 0x18BBA3D2L;
                        int32_t l_498[8][4][5] = {{{0xC6C68641L,1L,8L,0x588F5093L,0x8E48B3C6L},{(-5L),(-8L),(-1L),0xE5774950L,0L},{0x8E48B3C6L,1L,0x628BF506L,1L,0x8E48B3C6L},{0L,0xE5774950L,(-1L),(-8L),(-5L)}},{{0x8E48B3C6L,0x588F5093L,8L,1L,0xC6C68641L},{(-5L),0xE5774950L,0xCFBB4A88L,0xE5774950L,(-5L)},{0xC6C68641L,1L,8L,0x588F5093L,0x8E48B3C6L},{(-5L),(-8L),(-1L),0xE5774950L,0L}},{{0x8E48B3C6L,1L,0x628BF506L,1L,0x8E48B3C6L},{0L,0xE5774950L,(-1L),(-8L),(-5L)},{0x8E48B3C6L,0x588F5093L,8L,1L,0xC6C68641L},{(-5L),0xE5774950L,0xCFBB4A88L,0xE5774950L,(-5L)}},{{0xC6C68641L,1L,8L,0x588F5093L,0x8E48B3C6L},{(-5L),(-8L),(-1L),0xE5774950L,0L},{0x8E48B3C6L,1L,0x628BF506L,1L,0x8E48B3C6L},{0L,0xE5774950L,(-1L),(-8L),(-5L)}},{{0x8E48B3C6L,0x588F5093L,0x95D8F475L,4L,0x1C37C3B9L},{(-8L),0x9370149AL,0x11D5CE84L,0x9370149AL,(-8L)},{0x1C37C3B9L,4L,0x95D8F475L,0x658C40D6L,0L},{(-8L),0x82302C5CL,0x09F9630BL,0x9370149AL,0x6629996CL}},{{0L,4L,0x39BE3723L,4L,0L},{0x6629996CL,0x9370149AL,0x09F9630BL,0x82302C5CL,(-8L)},{0L,0x658C40D6L,0x95D8F475L,4L,0x1C37C3B9L},{(-8L),0x9370149AL,0x11D5CE84L,0x9370149AL,(-8L)}},{{0x1C37C3B9L,4L,0x95D8F475L,0x658C40D6L,0L},{(-8L),0x82302C5CL,0x09F9630BL,0x9370149AL,0x6629996CL},{0L,4L,0x39BE3723L,4L,0L},{0x6629996CL,0x9370149AL,0x09F9630BL,0x82302C5CL,(-8L)}},{{0L,0x658C40D6L,0x95D8F475L,4L,0x1C37C3B9L},{(-8L),0x9370149AL,0x11D5CE84L,0x9370149AL,(-8L)},{0x1C37C3B9L,4L,0x95D8F475L,0x658C40D6L,0L},{(-8L),0x82302C5CL,0x09F9630BL,0x9370149AL,0x6629996CL}}};
                        uint16_t *l_501 = &l_113;
                        int i, j, k;
                        l_498[7][2][4] ^= (l_493 = (l_178 ^= (g_175[0] ^= (safe_sub_func_uint8_t_u_u(((((l_491 = &l_380) == ((**l_406) , l_492)) && ((g_2 , (1L > 0UL)) && (((l_493 & ((((**l_406) = (l_282.f0 && (safe_add_func_uint32_t_u_u(l_496, p_87.f0)))) | l_497) != p_87.f0)) || g_49) , 0xF037AB37L))) , 0x71L), p_87.f0)))));
                        (**l_406) &= ((safe_rshift_func_uint16_t_u_s((--(*l_501)), (p_87.f0 != l_255[8][0]))) | ((safe_div_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s((safe_div_func_uint8_t_u_u(((void*)0 == g_510[6]), (*g_511))), 1)), p_87.f0)) | (l_336 = (0xF7L > ((*g_251) != (void*)0)))));
                    }
                }
            }
            for (l_182 = (-15); (l_182 < 12); l_182 = safe_add_func_int64_t_s_s(l_182, 4))
            { /* block id: 183 */
                uint16_t *l_548 = (void*)0;
                int32_t l_566 = 1L;
                const int32_t **l_641 = (void*)0;
                const int32_t **l_642[2][1];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_642[i][j] = (void*)0;
                }
                if ((*g_225))
                    break;
            }
        }
        l_644[0][2] = (*g_224);
        (*l_647) = (void*)0;
    }
    for (g_221 = 0; (g_221 <= 0); g_221 += 1)
    { /* block id: 240 */
        int32_t ***l_649 = (void*)0;
        int32_t ***l_650[9];
        uint8_t *l_661 = &g_457.f1;
        int16_t l_662 = 0x400CL;
        int16_t *l_666 = &g_143;
        int8_t l_667[6][3][6] = {{{(-5L),0x1DL,0L,0xFEL,(-2L),0L},{0xC0L,0x98L,0x51L,0L,(-1L),1L},{0L,(-4L),1L,8L,6L,0x98L}},{{1L,(-1L),0L,0L,3L,0L},{0L,0xA6L,0L,0L,0xE5L,(-4L)},{0xB6L,0L,1L,1L,0xD8L,(-4L)}},{{0x01L,1L,0xA6L,1L,0L,0L},{0xB6L,0x2EL,0xC9L,0L,0xCAL,1L},{0L,0xDCL,0L,0L,0x2EL,0x9AL}},{{1L,0xD8L,0L,8L,0x98L,0x14L},{0L,(-3L),1L,0L,0xD5L,6L},{0xC0L,1L,0xD5L,0xFEL,0xFEL,0xD5L}},{{(-5L),(-5L),1L,(-2L),0L,(-1L)},{0L,(-5L),0xD8L,6L,0L,1L},{0xA6L,0L,0xD8L,0x9AL,(-5L),(-1L)}},{{0xDCL,0x9AL,1L,(-1L),0x51L,0xD5L},{(-1L),0x51L,0xD5L,0x14L,0L,6L},{(-4L),1L,1L,0xB6L,0xC9L,0x14L}}};
        uint64_t l_670 = 18446744073709551610UL;
        uint16_t *l_682 = &g_164;
        union U1 **l_742 = &g_70[2][1][2];
        union U1 *** const l_741 = &l_742;
        union U1 ***l_767 = &l_742;
        int i, j, k;
        for (i = 0; i < 9; i++)
            l_650[i] = &g_224;
        g_51 |= (((g_224 = &g_225) != (g_651[1] = (void*)0)) <= ((*l_666) = (p_87.f0 != (((safe_mul_func_int8_t_s_s((((g_42 &= (((((safe_mod_func_uint64_t_u_u((((((-3L) ^ (&l_161 == (p_87.f0 , &l_161))) || ((*l_661) &= (((*g_629) = (*g_629)) > (safe_sub_func_int64_t_s_s((safe_unary_minus_func_uint8_t_u(((**l_595) < g_221))), p_87.f0))))) >= g_175[1]) != p_87.f0), l_662)) , g_663[2][2]) | p_87.f0) , g_457.f2) | 1L)) , g_2) ^ l_664), (**l_595))) >= p_87.f0) > l_665[2]))));
        l_670++;
        --l_675;
    }
    for (l_743 = 0; (l_743 >= (-29)); l_743 = safe_sub_func_int8_t_s_s(l_743, 5))
    { /* block id: 279 */
        union U1 **l_781 = &g_70[0][0][2];
        int32_t l_782 = 0xB20DFD77L;
        int32_t l_783 = 0x968A21E7L;
        l_783 &= (l_782 |= (safe_sub_func_int8_t_s_s(((**l_595) &= ((**l_231) &= 0x0EL)), ((safe_mod_func_int64_t_s_s((p_87.f0 < ((safe_sub_func_uint64_t_u_u(((p_87.f0 ^ (~p_87.f0)) | (safe_div_func_uint8_t_u_u(g_290[2], (safe_unary_minus_func_int8_t_s((~(*g_289))))))), p_87.f0)) && ((*g_250) == l_781))), (*g_289))) ^ (-5L)))));
        return &g_225;
    }
    ++l_786;
    return &g_225;
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
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_55[i].f0, "g_55[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_71.f0, "g_71.f0", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_143, "g_143", print_hash_value);
    transparent_crc(g_154, "g_154", print_hash_value);
    transparent_crc(g_164, "g_164", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_175[i], "g_175[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_221, "g_221", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_247[i], "g_247[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_290[i], "g_290[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_292, "g_292", print_hash_value);
    transparent_crc(g_457.f0, "g_457.f0", print_hash_value);
    transparent_crc(g_457.f1, "g_457.f1", print_hash_value);
    transparent_crc(g_457.f2, "g_457.f2", print_hash_value);
    transparent_crc(g_540, "g_540", print_hash_value);
    transparent_crc(g_645, "g_645", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_663[i][j], "g_663[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_669, "g_669", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_797[i][j][k], "g_797[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_827.f0, "g_827.f0", print_hash_value);
    transparent_crc(g_827.f1, "g_827.f1", print_hash_value);
    transparent_crc(g_827.f2, "g_827.f2", print_hash_value);
    transparent_crc(g_872, "g_872", print_hash_value);
    transparent_crc(g_895, "g_895", print_hash_value);
    transparent_crc(g_951, "g_951", print_hash_value);
    transparent_crc(g_975.f0, "g_975.f0", print_hash_value);
    transparent_crc(g_1103, "g_1103", print_hash_value);
    transparent_crc(g_1277.f0, "g_1277.f0", print_hash_value);
    transparent_crc(g_1277.f1, "g_1277.f1", print_hash_value);
    transparent_crc(g_1277.f2, "g_1277.f2", print_hash_value);
    transparent_crc(g_1308, "g_1308", print_hash_value);
    transparent_crc(g_1455, "g_1455", print_hash_value);
    transparent_crc(g_1598, "g_1598", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_1869[i][j][k], "g_1869[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_1875[i], "g_1875[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1951, "g_1951", print_hash_value);
    transparent_crc(g_1988, "g_1988", print_hash_value);
    transparent_crc(g_2007, "g_2007", print_hash_value);
    transparent_crc(g_2009, "g_2009", print_hash_value);
    transparent_crc(g_2040, "g_2040", print_hash_value);
    transparent_crc(g_2123, "g_2123", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_2150[i][j], "g_2150[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_2208[i][j], "g_2208[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2217, "g_2217", print_hash_value);
    transparent_crc(g_2319, "g_2319", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_2461[i], "g_2461[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2479, "g_2479", print_hash_value);
    transparent_crc(g_2489, "g_2489", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 686
   depth: 1, occurrence: 19
XXX total union variables: 33

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

XXX max expression depth: 44
breakdown:
   depth: 1, occurrence: 229
   depth: 2, occurrence: 60
   depth: 3, occurrence: 6
   depth: 4, occurrence: 3
   depth: 5, occurrence: 3
   depth: 6, occurrence: 1
   depth: 7, occurrence: 2
   depth: 8, occurrence: 1
   depth: 13, occurrence: 2
   depth: 14, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 3
   depth: 17, occurrence: 4
   depth: 18, occurrence: 1
   depth: 19, occurrence: 3
   depth: 20, occurrence: 2
   depth: 21, occurrence: 4
   depth: 22, occurrence: 1
   depth: 23, occurrence: 5
   depth: 24, occurrence: 1
   depth: 25, occurrence: 3
   depth: 26, occurrence: 3
   depth: 27, occurrence: 3
   depth: 28, occurrence: 2
   depth: 29, occurrence: 3
   depth: 30, occurrence: 1
   depth: 32, occurrence: 3
   depth: 36, occurrence: 1
   depth: 37, occurrence: 1
   depth: 38, occurrence: 1
   depth: 39, occurrence: 1
   depth: 41, occurrence: 1
   depth: 44, occurrence: 1

XXX total number of pointers: 465

XXX times a variable address is taken: 1049
XXX times a pointer is dereferenced on RHS: 392
breakdown:
   depth: 1, occurrence: 239
   depth: 2, occurrence: 74
   depth: 3, occurrence: 54
   depth: 4, occurrence: 21
   depth: 5, occurrence: 4
XXX times a pointer is dereferenced on LHS: 367
breakdown:
   depth: 1, occurrence: 267
   depth: 2, occurrence: 62
   depth: 3, occurrence: 23
   depth: 4, occurrence: 15
XXX times a pointer is compared with null: 58
XXX times a pointer is compared with address of another variable: 17
XXX times a pointer is compared with another pointer: 20
XXX times a pointer is qualified to be dereferenced: 10756

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 979
   level: 2, occurrence: 374
   level: 3, occurrence: 244
   level: 4, occurrence: 154
   level: 5, occurrence: 41
XXX number of pointers point to pointers: 215
XXX number of pointers point to scalars: 213
XXX number of pointers point to structs: 10
XXX percent of pointers has null in alias set: 32
XXX average alias set size: 1.43

XXX times a non-volatile is read: 2433
XXX times a non-volatile is write: 1253
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 2
XXX backward jumps: 4

XXX stmts: 238
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 25
   depth: 1, occurrence: 28
   depth: 2, occurrence: 45
   depth: 3, occurrence: 37
   depth: 4, occurrence: 48
   depth: 5, occurrence: 55

XXX percentage a fresh-made variable is used: 16.3
XXX percentage an existing variable is used: 83.7
********************* end of statistics **********************/

