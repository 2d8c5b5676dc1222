/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 67 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      67
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   const int32_t  f0;
   const int8_t * f1;
};

/* --- GLOBAL VARIABLES --- */
static int64_t g_15 = 0x5196EE4E91208373LL;
static int32_t g_18 = 4L;
static int8_t g_22 = 1L;
static int32_t g_38 = 0x082B0002L;
static int32_t *g_37 = &g_38;
static union U0 g_42 = {0x9C5C935CL};
static union U0 *g_41 = &g_42;
static int8_t **g_54 = (void*)0;
static int16_t g_64[4] = {0x52DBL,0x52DBL,0x52DBL,0x52DBL};
static int8_t **g_73[3] = {(void*)0,(void*)0,(void*)0};
static uint32_t g_85 = 4294967295UL;
static uint16_t g_96 = 0x8D07L;
static int32_t g_106 = 1L;
static int32_t *g_105[6][2][7] = {{{&g_106,&g_106,&g_106,&g_106,(void*)0,&g_106,(void*)0},{&g_106,(void*)0,(void*)0,&g_106,&g_106,&g_106,&g_106}},{{&g_106,&g_106,&g_106,&g_106,&g_106,&g_106,&g_106},{&g_106,&g_106,&g_106,&g_106,(void*)0,&g_106,&g_106}},{{&g_106,&g_106,&g_106,&g_106,&g_106,&g_106,(void*)0},{&g_106,&g_106,&g_106,&g_106,&g_106,&g_106,(void*)0}},{{&g_106,&g_106,(void*)0,&g_106,&g_106,&g_106,&g_106},{&g_106,&g_106,(void*)0,(void*)0,&g_106,&g_106,&g_106}},{{&g_106,(void*)0,(void*)0,&g_106,&g_106,&g_106,&g_106},{&g_106,&g_106,&g_106,&g_106,&g_106,&g_106,&g_106}},{{(void*)0,(void*)0,&g_106,&g_106,&g_106,(void*)0,(void*)0},{(void*)0,&g_106,&g_106,&g_106,&g_106,&g_106,&g_106}}};
static uint8_t g_118[7][7] = {{0x4AL,1UL,0x10L,0x4AL,255UL,255UL,255UL},{0x4AL,0x60L,0x60L,0x4AL,248UL,0xD6L,255UL},{0x19L,1UL,0x60L,0x19L,255UL,0xD6L,248UL},{0x4AL,1UL,0x10L,0x4AL,255UL,255UL,255UL},{0x4AL,0x60L,0x60L,0x4AL,248UL,0xD6L,255UL},{0x19L,1UL,0x60L,0x19L,255UL,0xD6L,248UL},{0x4AL,1UL,0x10L,0x4AL,255UL,255UL,255UL}};
static int16_t g_126 = 0L;
static uint64_t g_176 = 0x70B6291A48057C8DLL;
static int16_t *g_219 = &g_126;
static int16_t **g_218 = &g_219;
static uint8_t g_306 = 255UL;
static int8_t g_312 = 0xBEL;
static int64_t g_332 = 0x3E760DDEF9688DC7LL;
static int32_t g_345 = 0xB8C3FE84L;
static uint32_t g_368 = 1UL;
static uint16_t g_537 = 4UL;
static int32_t **g_613[1][4] = {{&g_37,&g_37,&g_37,&g_37}};
static int32_t ***g_612 = &g_613[0][3];
static uint64_t *g_664 = &g_176;
static int16_t g_716 = 0x628DL;
static uint32_t *g_750 = &g_85;
static uint32_t **g_749 = &g_750;
static uint32_t ***g_748 = &g_749;
static int64_t *g_771 = &g_332;
static int64_t **g_770 = &g_771;
static int64_t ***g_769[8] = {&g_770,&g_770,&g_770,&g_770,&g_770,&g_770,&g_770,&g_770};
static union U0 g_819[8][8] = {{{0x5C2183FBL},{0x0F443E77L},{0L},{0L},{0x0F443E77L},{0x5C2183FBL},{0x318DB0F0L},{0x5C2183FBL}},{{0x0F443E77L},{0x5C2183FBL},{0x318DB0F0L},{0x5C2183FBL},{0x0F443E77L},{0L},{0L},{0x0F443E77L}},{{0x5C2183FBL},{7L},{7L},{0x5C2183FBL},{-2L},{0x0F443E77L},{-2L},{0x5C2183FBL}},{{7L},{-2L},{7L},{0L},{0x318DB0F0L},{0x318DB0F0L},{0L},{7L}},{{-2L},{-2L},{0x318DB0F0L},{0x0F443E77L},{2L},{0x0F443E77L},{0x318DB0F0L},{-2L}},{{-2L},{7L},{0L},{0x318DB0F0L},{0x318DB0F0L},{0L},{7L},{-2L}},{{7L},{0x5C2183FBL},{-2L},{0x0F443E77L},{-2L},{0x5C2183FBL},{7L},{7L}},{{0x5C2183FBL},{0x0F443E77L},{0L},{0L},{0x0F443E77L},{0x5C2183FBL},{0x318DB0F0L},{0x5C2183FBL}}};
static int64_t g_844 = 0L;
static int8_t g_845 = (-2L);
static uint8_t g_856[3] = {0x66L,0x66L,0x66L};
static uint16_t g_857 = 65529UL;
static const uint8_t **g_866 = (void*)0;
static uint32_t g_945 = 0xED7F40CEL;
static int16_t g_1064 = 0x1A26L;
static uint32_t g_1098 = 0x53BDA693L;
static uint32_t * const g_1097 = &g_1098;
static uint32_t * const * const g_1096 = &g_1097;
static uint32_t * const * const * const g_1095 = &g_1096;
static uint32_t * const * const * const *g_1094 = &g_1095;
static const uint16_t g_1108 = 65529UL;
static int16_t **g_1118[5][10] = {{&g_219,(void*)0,&g_219,&g_219,(void*)0,&g_219,&g_219,(void*)0,&g_219,&g_219},{&g_219,&g_219,&g_219,(void*)0,(void*)0,&g_219,&g_219,&g_219,(void*)0,&g_219},{&g_219,&g_219,&g_219,&g_219,&g_219,&g_219,&g_219,&g_219,&g_219,&g_219},{&g_219,&g_219,&g_219,&g_219,&g_219,&g_219,&g_219,&g_219,&g_219,&g_219},{&g_219,&g_219,(void*)0,&g_219,&g_219,(void*)0,&g_219,&g_219,(void*)0,&g_219}};
static int16_t **g_1119 = &g_219;
static int8_t g_1157 = 0xB6L;
static uint64_t g_1219 = 0xC2A8CF2D17B176F6LL;
static uint32_t ****g_1233 = &g_748;
static uint32_t *****g_1232 = &g_1233;
static int8_t ** const *g_1256 = &g_73[0];
static int8_t ** const * const *g_1255[4][10][6] = {{{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,(void*)0},{&g_1256,&g_1256,&g_1256,(void*)0,&g_1256,(void*)0},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,(void*)0,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256}},{{&g_1256,(void*)0,&g_1256,(void*)0,(void*)0,(void*)0},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,(void*)0,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,(void*)0,&g_1256,&g_1256},{&g_1256,&g_1256,(void*)0,&g_1256,(void*)0,&g_1256},{&g_1256,(void*)0,&g_1256,(void*)0,&g_1256,&g_1256},{&g_1256,&g_1256,(void*)0,&g_1256,&g_1256,&g_1256}},{{&g_1256,&g_1256,(void*)0,&g_1256,&g_1256,&g_1256},{&g_1256,(void*)0,(void*)0,(void*)0,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,(void*)0,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{(void*)0,&g_1256,(void*)0,&g_1256,&g_1256,&g_1256},{(void*)0,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,(void*)0,&g_1256}},{{&g_1256,&g_1256,&g_1256,(void*)0,&g_1256,&g_1256},{(void*)0,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{(void*)0,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,(void*)0},{&g_1256,&g_1256,&g_1256,(void*)0,&g_1256,&g_1256},{&g_1256,&g_1256,&g_1256,&g_1256,(void*)0,(void*)0},{&g_1256,&g_1256,&g_1256,&g_1256,&g_1256,&g_1256},{&g_1256,&g_1256,(void*)0,&g_1256,&g_1256,(void*)0},{&g_1256,&g_1256,(void*)0,&g_1256,&g_1256,(void*)0},{&g_1256,&g_1256,(void*)0,&g_1256,&g_1256,(void*)0}}};
static int32_t g_1260 = 0x1DEDF87FL;
static int16_t g_1277 = 0x2977L;
static union U0 g_1393 = {1L};
static int8_t g_1428 = 0L;
static uint32_t *g_1457[6][8] = {{&g_945,&g_945,&g_945,(void*)0,(void*)0,(void*)0,&g_945,&g_945},{(void*)0,(void*)0,&g_945,&g_945,&g_945,&g_945,&g_945,&g_945},{(void*)0,&g_945,&g_945,(void*)0,&g_945,(void*)0,(void*)0,&g_945},{&g_945,(void*)0,(void*)0,&g_945,&g_945,&g_945,&g_945,(void*)0},{&g_945,(void*)0,&g_945,&g_945,&g_945,(void*)0,&g_945,(void*)0},{&g_945,&g_945,(void*)0,(void*)0,(void*)0,&g_945,&g_945,&g_945}};
static int64_t g_1471 = 4L;
static int64_t g_1472 = (-1L);
static uint16_t *g_1512[10] = {&g_857,(void*)0,(void*)0,&g_857,&g_857,&g_857,(void*)0,(void*)0,&g_857,&g_857};
static int8_t g_1623 = (-1L);
static int64_t g_1716 = 0x9AB422E5D9D4F8D8LL;
static union U0 g_1746 = {-1L};
static int32_t g_1849[10] = {1L,(-4L),1L,1L,(-4L),1L,1L,(-4L),1L,1L};
static int64_t ****g_1854 = &g_769[0];
static int64_t **** const *g_1853 = &g_1854;
static int8_t ***g_1860[9][10][1] = {{{(void*)0},{&g_54},{&g_54},{&g_73[0]},{&g_54},{&g_73[2]},{(void*)0},{(void*)0},{&g_73[2]},{&g_54}},{{&g_73[0]},{&g_54},{&g_54},{(void*)0},{&g_73[2]},{&g_54},{&g_54},{&g_73[2]},{&g_54},{&g_54}},{{&g_73[2]},{(void*)0},{&g_54},{&g_54},{&g_73[0]},{&g_54},{&g_73[2]},{(void*)0},{(void*)0},{&g_73[2]}},{{&g_54},{&g_73[0]},{&g_54},{&g_54},{(void*)0},{&g_73[2]},{&g_54},{&g_54},{&g_73[2]},{&g_54}},{{&g_54},{(void*)0},{&g_73[2]},{&g_73[2]},{&g_73[2]},{&g_54},{&g_73[2]},{&g_54},{&g_73[2]},{&g_73[2]}},{{&g_54},{&g_73[2]},{&g_54},{&g_73[2]},{&g_73[2]},{&g_73[2]},{(void*)0},{&g_73[2]},{&g_73[2]},{(void*)0}},{{&g_73[2]},{&g_73[2]},{(void*)0},{&g_73[2]},{&g_73[2]},{&g_73[2]},{&g_54},{&g_73[2]},{&g_54},{&g_73[2]}},{{&g_73[2]},{&g_54},{&g_73[2]},{&g_54},{&g_73[2]},{&g_73[2]},{&g_73[2]},{(void*)0},{&g_73[2]},{&g_73[2]}},{{(void*)0},{&g_73[2]},{&g_73[2]},{(void*)0},{&g_73[2]},{&g_73[2]},{&g_73[2]},{&g_54},{&g_73[2]},{&g_54}}};
static const int16_t g_1914 = 0x769FL;
static const int16_t *g_1913 = &g_1914;
static int64_t g_1928 = 0L;
static const int32_t * const ****g_1960 = (void*)0;
static const int32_t g_2073 = 0xD4882EDDL;
static const int32_t *g_2108 = &g_106;
static const int64_t g_2129 = 0xF8F1950191F7D206LL;
static const int64_t *g_2128 = &g_2129;
static uint32_t g_2171 = 0x315BCC31L;
static int32_t ****g_2227 = &g_612;
static int32_t *****g_2226 = &g_2227;
static union U0 g_2396 = {-2L};
static int16_t ***g_2414 = &g_1119;
static int16_t ****g_2413[5] = {&g_2414,&g_2414,&g_2414,&g_2414,&g_2414};
static union U0 g_2419 = {-9L};


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int32_t  func_2(uint32_t  p_3, int32_t  p_4);
static uint32_t  func_5(uint32_t  p_6, const int32_t  p_7);
static uint32_t  func_8(int8_t * p_9, union U0  p_10, int8_t * p_11);
static int8_t * func_12(uint16_t  p_13);
static union U0  func_23(uint32_t  p_24, int32_t  p_25, int8_t * p_26);
static int8_t * func_29(int32_t  p_30, int8_t * p_31, const int8_t  p_32);
static union U0  func_33(union U0  p_34);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_15 g_37 g_22 g_54 g_41 g_42.f0 g_38 g_176 g_118 g_64 g_126 g_218 g_219 g_85 g_96 g_106 g_306 g_312 g_368 g_332 g_345 g_612 g_613 g_42 g_856 g_770 g_771 g_664 g_73 g_750 g_819 g_1064 g_945 g_1097 g_1232 g_1233 g_748 g_1960 g_749 g_1096 g_1853 g_1854 g_769 g_1913 g_1914 g_2108 g_1098 g_2171 g_1849 g_18 g_1094 g_1095 g_1928
 * writes: g_18 g_37 g_41 g_64 g_38 g_22 g_73 g_96 g_176 g_118 g_126 g_106 g_218 g_85 g_306 g_312 g_332 g_537 g_612 g_345 g_857 g_844 g_1928 g_1064 g_105 g_1098 g_2128 g_2171 g_1472 g_750 g_1623 g_2413 g_1849
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    uint8_t l_14 = 6UL;
    int8_t *l_21 = &g_22;
    int8_t **l_20 = &l_21;
    union U0 l_35[8][6] = {{{1L},{0x47507AF9L},{0x47507AF9L},{1L},{0x51BB35B6L},{1L}},{{1L},{0x51BB35B6L},{1L},{0x47507AF9L},{0x47507AF9L},{1L}},{{0x90635300L},{0x90635300L},{0x47507AF9L},{-6L},{0x47507AF9L},{0x90635300L}},{{0x47507AF9L},{0x51BB35B6L},{-6L},{-6L},{0x51BB35B6L},{0x47507AF9L}},{{0x90635300L},{0x47507AF9L},{-6L},{0x47507AF9L},{0x90635300L},{0x90635300L}},{{1L},{0x47507AF9L},{0x47507AF9L},{1L},{0x51BB35B6L},{1L}},{{1L},{0x51BB35B6L},{1L},{0x47507AF9L},{0x47507AF9L},{1L}},{{0x90635300L},{0x90635300L},{0x47507AF9L},{-6L},{0x47507AF9L},{0x90635300L}}};
    int8_t *l_311 = &g_312;
    const int16_t l_313 = (-5L);
    int32_t *l_2425[10] = {(void*)0,&g_345,(void*)0,(void*)0,&g_345,(void*)0,&g_345,(void*)0,(void*)0,&g_345};
    int8_t l_2426 = 0x3AL;
    int i, j;
    l_2426 = (func_2(func_5(((func_8(((*l_20) = func_12((l_14 <= l_14))), func_23(g_15, (safe_lshift_func_uint8_t_u_s(l_14, 1)), func_29((((l_14 , (((func_33(l_35[4][2]) , ((*g_219) |= (safe_rshift_func_uint16_t_u_s(2UL, 3)))) <= 0xF736L) & g_42.f0)) == 1UL) , 0xB6FB1E97L), l_311, l_313)), l_311) && 0x4570F4BEL) && 0xB469L), l_313), l_14) < 0x7165928EL);
    return g_1928;
}


/* ------------------------------------------ */
/* 
 * reads : g_18 g_1094 g_1095 g_1096 g_1097 g_218 g_219 g_1232 g_1233 g_748 g_749 g_1854 g_769 g_770 g_771 g_332 g_1098 g_750 g_85 g_106 g_1849 g_2108
 * writes: g_18 g_1098 g_126 g_750 g_1623 g_2413 g_1849 g_106
 */
static int32_t  func_2(uint32_t  p_3, int32_t  p_4)
{ /* block id: 1254 */
    const int32_t l_2353[5] = {0xF3E84B7FL,0xF3E84B7FL,0xF3E84B7FL,0xF3E84B7FL,0xF3E84B7FL};
    int16_t **l_2372 = &g_219;
    uint32_t *l_2376 = &g_2171;
    uint8_t l_2377 = 0x0FL;
    union U0 *l_2418 = &g_2419;
    int32_t *l_2421 = (void*)0;
    int32_t *l_2422 = (void*)0;
    int32_t *l_2423 = &g_1849[1];
    int32_t *l_2424 = &g_106;
    int i;
    for (g_18 = 27; (g_18 == (-5)); g_18 = safe_sub_func_int32_t_s_s(g_18, 2))
    { /* block id: 1257 */
        int32_t l_2352 = (-10L);
        int16_t **l_2374 = (void*)0;
        int32_t l_2381[9][3][1] = {{{0x2F48DA1BL},{0x85524D17L},{(-7L)}},{{(-7L)},{0x85524D17L},{0x2F48DA1BL}},{{0xD9C130DEL},{4L},{0x26FD9D8AL}},{{0x5278A2FBL},{0x26FD9D8AL},{4L}},{{0xD9C130DEL},{0x2F48DA1BL},{0x85524D17L}},{{(-7L)},{(-7L)},{0x85524D17L}},{{0x2F48DA1BL},{0xD9C130DEL},{4L}},{{0x26FD9D8AL},{0x5278A2FBL},{0x26FD9D8AL}},{{4L},{0xD9C130DEL},{0x2F48DA1BL}}};
        int32_t l_2384 = 0x437B8C28L;
        int16_t ***l_2411 = &g_218;
        int16_t ****l_2410 = &l_2411;
        union U0 *l_2415[5];
        int32_t *l_2420[4][3] = {{&g_1849[2],&l_2381[5][2][0],&g_1849[2]},{&g_1849[2],&l_2381[5][2][0],&g_1849[2]},{&g_1849[2],&l_2381[5][2][0],&g_1849[2]},{&g_1849[2],&l_2381[5][2][0],&g_1849[2]}};
        int i, j, k;
        for (i = 0; i < 5; i++)
            l_2415[i] = &g_819[7][1];
        p_4 = l_2352;
        if ((p_4 | l_2353[0]))
        { /* block id: 1259 */
            int64_t l_2357 = (-3L);
            int16_t ***l_2373[3];
            uint32_t *l_2375 = &g_85;
            int8_t *l_2378[7] = {&g_1428,&g_1623,&g_1428,&g_1428,&g_1623,&g_1428,&g_1428};
            int32_t l_2379[4][1] = {{0L},{0x8AFE621DL},{0L},{0x8AFE621DL}};
            uint64_t l_2380 = 0x31E116E1489CD1DFLL;
            int32_t l_2382 = 0x25ACF440L;
            int32_t *l_2383 = (void*)0;
            union U0 *l_2395 = &g_2396;
            int16_t *****l_2412[6][7] = {{&l_2410,(void*)0,(void*)0,(void*)0,(void*)0,&l_2410,(void*)0},{&l_2410,&l_2410,&l_2410,&l_2410,(void*)0,&l_2410,&l_2410},{&l_2410,&l_2410,&l_2410,(void*)0,&l_2410,&l_2410,&l_2410},{&l_2410,&l_2410,(void*)0,&l_2410,&l_2410,&l_2410,&l_2410},{(void*)0,&l_2410,(void*)0,&l_2410,&l_2410,(void*)0,&l_2410},{&l_2410,&l_2410,(void*)0,(void*)0,&l_2410,&l_2410,&l_2410}};
            int i, j;
            for (i = 0; i < 3; i++)
                l_2373[i] = &g_1119;
            l_2384 &= ((-6L) == (+(l_2382 = (l_2381[2][2][0] ^= ((safe_mod_func_int32_t_s_s(l_2357, 3UL)) > ((l_2352 = (l_2379[0][0] = (safe_rshift_func_int8_t_s_s((((safe_sub_func_uint32_t_u_u(((****g_1094) = 0x3600E5B1L), ((safe_add_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s((safe_add_func_int8_t_s_s(p_4, (((safe_div_func_int64_t_s_s((p_4 != ((&g_1913 == (l_2374 = l_2372)) <= (((l_2376 = ((****g_1232) = (((**g_218) = l_2353[3]) , l_2375))) != (void*)0) || l_2377))), (****g_1854))) , p_3) || p_3))), l_2352)), 0xDFL)), 0xE9L)) >= p_3))) != p_4) < p_3), l_2352)))) && l_2380))))));
            for (l_2382 = 0; (l_2382 <= 9); l_2382 += 1)
            { /* block id: 1272 */
                uint8_t *l_2386 = &l_2377;
                union U0 *l_2397 = &g_819[7][1];
                int8_t l_2404 = (-1L);
                int32_t l_2409[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_2409[i] = 0xCF5824F4L;
                p_4 |= (~(--(*l_2386)));
                for (g_1623 = 1; (g_1623 <= 7); g_1623 += 1)
                { /* block id: 1277 */
                    union U0 **l_2391 = &g_41;
                    union U0 **l_2392 = &g_41;
                    union U0 **l_2393 = &g_41;
                    union U0 **l_2394[2][2][9];
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                    {
                        for (j = 0; j < 2; j++)
                        {
                            for (k = 0; k < 9; k++)
                                l_2394[i][j][k] = &g_41;
                        }
                    }
                    l_2409[0] = ((((((safe_lshift_func_uint8_t_u_u(((l_2395 = &g_819[4][6]) == l_2397), 4)) && (-6L)) | (l_2353[2] , (****g_1094))) < (safe_sub_func_int64_t_s_s(p_3, ((1UL == (safe_rshift_func_uint16_t_u_u(((safe_div_func_uint8_t_u_u(l_2404, (safe_add_func_uint64_t_u_u(((safe_lshift_func_int8_t_s_s(0x49L, 2)) < p_3), 0x6CE228824994870DLL)))) <= (*g_750)), 15))) > (****g_1233))))) >= (*g_1097)) < 1L);
                }
            }
            g_2413[2] = l_2410;
        }
        else
        { /* block id: 1283 */
            union U0 **l_2416 = (void*)0;
            union U0 **l_2417 = (void*)0;
            l_2418 = l_2415[2];
        }
        p_4 |= (-2L);
    }
    (*l_2424) &= ((*l_2423) = l_2377);
    p_4 = (*l_2423);
    (*l_2423) |= 0xDF46E2FCL;
    return (*g_2108);
}


/* ------------------------------------------ */
/* 
 * reads : g_37 g_38 g_345 g_612 g_613 g_1064 g_22 g_1097 g_1232 g_1233 g_748 g_219 g_126 g_1960 g_749 g_750 g_1096 g_332 g_1853 g_1854 g_769 g_770 g_771 g_664 g_176 g_1913 g_1914 g_2108 g_106 g_1098 g_2171 g_1849 g_1472
 * writes: g_1928 g_1064 g_22 g_37 g_105 g_1098 g_96 g_118 g_126 g_857 g_332 g_2128 g_41 g_2171 g_38 g_345 g_1472
 */
static uint32_t  func_5(uint32_t  p_6, const int32_t  p_7)
{ /* block id: 991 */
    int32_t l_1895 = 0x1FDED1CFL;
    uint8_t *l_1897[6] = {&g_118[5][5],&g_118[5][5],&g_118[5][5],&g_118[5][5],&g_118[5][5],&g_118[5][5]};
    uint8_t **l_1896 = &l_1897[1];
    int16_t l_1898 = 0x5C2FL;
    int32_t l_1912 = (-1L);
    int64_t **l_1973[6];
    uint16_t l_2002 = 7UL;
    int32_t l_2017 = (-3L);
    int8_t l_2019 = 0x5CL;
    int32_t l_2020 = 0L;
    int8_t l_2022 = 0x08L;
    uint32_t ****l_2090[4];
    uint16_t l_2109 = 0xBB9BL;
    const int64_t *l_2125 = &g_1716;
    const int64_t **l_2126 = (void*)0;
    const int64_t **l_2127[2];
    int64_t l_2134 = (-10L);
    int32_t l_2163 = 0x19AB1BEFL;
    int32_t *l_2177 = &g_1849[2];
    uint16_t l_2184 = 65529UL;
    int16_t ***l_2262 = &g_1118[1][3];
    uint32_t l_2349 = 0xC2A5C860L;
    int i;
    for (i = 0; i < 6; i++)
        l_1973[i] = &g_771;
    for (i = 0; i < 4; i++)
        l_2090[i] = &g_748;
    for (i = 0; i < 2; i++)
        l_2127[i] = &l_2125;
    if ((l_1895 | (((l_1896 = l_1896) == (void*)0) == l_1898)))
    { /* block id: 993 */
        int8_t l_1920 = (-1L);
        for (l_1895 = 0; (l_1895 != 0); l_1895 = safe_add_func_uint8_t_u_u(l_1895, 5))
        { /* block id: 996 */
            int32_t l_1911 = 1L;
            int16_t *l_1915 = &g_716;
            int32_t *l_1921 = &g_1849[2];
        }
    }
    else
    { /* block id: 1004 */
        int32_t * const *l_1925 = &g_37;
        int32_t * const **l_1924 = &l_1925;
        int16_t **l_1939[8] = {&g_219,&g_219,&g_219,&g_219,&g_219,&g_219,&g_219,&g_219};
        int32_t l_1964 = 0xE2414C35L;
        int64_t **l_1972 = &g_771;
        int8_t l_1989 = 0xFEL;
        uint32_t l_2068[5][8][6] = {{{0UL,0x8C6F71F7L,7UL,0x26F66C24L,0x9F704EBCL,0x8C6F71F7L},{0x8E107FD1L,4294967295UL,0x9DEAA75BL,0x8C6F71F7L,0xC891F83FL,0x8C6F71F7L},{7UL,4294967295UL,7UL,0x6036CB78L,0x253A8372L,0x2B8A50C0L},{0xC891F83FL,0x2B8A50C0L,0xC78807F3L,4294967295UL,0xC891F83FL,0x26F66C24L},{0UL,0x6036CB78L,0x9F704EBCL,4294967295UL,0x9F704EBCL,0x6036CB78L},{0xC891F83FL,0xBDD32EFAL,0x9DEAA75BL,0x6036CB78L,0x8E107FD1L,4294967295UL},{7UL,0x26F66C24L,0x9F704EBCL,0x8C6F71F7L,0x253A8372L,8UL},{0x8E107FD1L,0x26F66C24L,0xC78807F3L,0x26F66C24L,0x8E107FD1L,4294967295UL}},{{0UL,0xBDD32EFAL,7UL,8UL,0x9F704EBCL,0xBDD32EFAL},{0x8E107FD1L,0x6036CB78L,0x9DEAA75BL,0xBDD32EFAL,0xC891F83FL,0xBDD32EFAL},{7UL,0x2B8A50C0L,7UL,4294967295UL,0x253A8372L,4294967295UL},{0xC891F83FL,4294967295UL,0xC78807F3L,0x2B8A50C0L,0xC891F83FL,8UL},{0UL,4294967295UL,0x9F704EBCL,0x2B8A50C0L,0x9F704EBCL,4294967295UL},{0xC891F83FL,0x8C6F71F7L,0x9DEAA75BL,4294967295UL,0x8E107FD1L,0x6036CB78L},{7UL,8UL,0x9F704EBCL,0xBDD32EFAL,0x253A8372L,0x26F66C24L},{0x8E107FD1L,8UL,0xC78807F3L,8UL,0x8E107FD1L,0x2B8A50C0L}},{{0UL,0x8C6F71F7L,7UL,0x26F66C24L,0x9F704EBCL,0x8C6F71F7L},{0x8E107FD1L,4294967295UL,0x9DEAA75BL,0x8C6F71F7L,0xC891F83FL,0x8C6F71F7L},{7UL,4294967295UL,7UL,0x6036CB78L,0x253A8372L,0x2B8A50C0L},{0xC891F83FL,0x2B8A50C0L,0xC78807F3L,4294967295UL,0xC891F83FL,0x26F66C24L},{0UL,0x6036CB78L,0x9F704EBCL,4294967295UL,0x9F704EBCL,0x6036CB78L},{0xC891F83FL,0xBDD32EFAL,0x9DEAA75BL,0x6036CB78L,0x8E107FD1L,4294967295UL},{7UL,0x26F66C24L,0x9F704EBCL,0x8C6F71F7L,0x253A8372L,8UL},{0x8E107FD1L,0x26F66C24L,0xC78807F3L,0x26F66C24L,0x8E107FD1L,4294967295UL}},{{0UL,0xBDD32EFAL,7UL,8UL,0x9F704EBCL,0xBDD32EFAL},{0x8E107FD1L,0x6036CB78L,0x9DEAA75BL,0xBDD32EFAL,0xC891F83FL,0xBDD32EFAL},{7UL,0x2B8A50C0L,7UL,4294967295UL,0x253A8372L,4294967295UL},{0xC891F83FL,4294967295UL,0xC78807F3L,0x2B8A50C0L,0xC891F83FL,8UL},{0UL,4294967295UL,0x9F704EBCL,0x2B8A50C0L,0x9F704EBCL,4294967295UL},{0xC891F83FL,0x8C6F71F7L,0x9DEAA75BL,4294967295UL,0x8E107FD1L,0x6036CB78L},{7UL,8UL,0x9F704EBCL,0xBDD32EFAL,0x253A8372L,0x26F66C24L},{0x8E107FD1L,8UL,0xC78807F3L,8UL,0x8E107FD1L,0x2B8A50C0L}},{{0UL,0x8C6F71F7L,7UL,0x26F66C24L,0x9F704EBCL,0x8C6F71F7L},{0x8E107FD1L,4294967295UL,0x9DEAA75BL,0x8C6F71F7L,0xC891F83FL,0x8C6F71F7L},{7UL,4294967295UL,7UL,0x6036CB78L,0x253A8372L,0x2B8A50C0L},{0xC891F83FL,0x2B8A50C0L,0xC78807F3L,4294967295UL,0xC891F83FL,0x26F66C24L},{0UL,0x6036CB78L,0x9F704EBCL,4294967295UL,0x9F704EBCL,0x6036CB78L},{0xC891F83FL,0xBDD32EFAL,0x9DEAA75BL,0x6036CB78L,0x8E107FD1L,4294967295UL},{7UL,0x26F66C24L,0x9F704EBCL,0x8C6F71F7L,0x253A8372L,8UL},{0x8E107FD1L,0x26F66C24L,0xC78807F3L,0x26F66C24L,0x8E107FD1L,4294967295UL}}};
        const int32_t *l_2072 = &g_2073;
        const int32_t **l_2071[9] = {&l_2072,&l_2072,(void*)0,&l_2072,&l_2072,(void*)0,&l_2072,&l_2072,(void*)0};
        const int32_t ***l_2070[4];
        uint16_t *l_2082[1][6] = {{&l_2002,&l_2002,&l_2002,&l_2002,&l_2002,&l_2002}};
        uint8_t ***l_2094 = &l_1896;
        int32_t l_2104 = 0xCC6B5D01L;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_2070[i] = &l_2071[8];
        l_1912 = 0x32CF415DL;
        g_1928 = ((safe_mod_func_uint16_t_u_u((((p_6 , &g_613[0][3]) == l_1924) < p_6), 9L)) ^ (safe_lshift_func_int16_t_s_u(((((((l_1898 > (l_1912 ^= p_7)) < (**l_1925)) == ((0x7C14L | (***l_1924)) && p_7)) , l_1898) , l_1898) == (***g_612)), l_1895)));
        for (g_1064 = 0; (g_1064 < (-8)); g_1064 = safe_sub_func_uint32_t_u_u(g_1064, 7))
        { /* block id: 1010 */
            uint32_t ***l_1938 = (void*)0;
            int32_t l_1946 = 0x5DC8FF05L;
            const int32_t **l_1965 = (void*)0;
            const int32_t **l_1966 = (void*)0;
            const int32_t *l_1968 = (void*)0;
            const int32_t **l_1967 = &l_1968;
            for (g_22 = 0; (g_22 == (-30)); g_22--)
            { /* block id: 1013 */
                int32_t *l_1933[5][1][7] = {{{&g_345,&g_106,(void*)0,(void*)0,&g_38,&g_345,(void*)0}},{{&g_345,&g_1849[2],&g_345,&l_1912,&g_345,&g_1849[2],&g_345}},{{(void*)0,&l_1912,&g_1849[2],(void*)0,&g_345,&g_345,&g_106}},{{&g_18,&g_345,(void*)0,&g_345,&g_38,&g_38,&g_345}},{{&g_1849[2],&g_1849[2],&g_1849[2],(void*)0,&g_345,&g_18,&g_345}}};
                int32_t **l_1934 = &g_105[1][1][3];
                uint16_t *l_1947 = &g_96;
                uint16_t *l_1948 = &g_857;
                int i, j, k;
                (*l_1934) = ((**g_612) = l_1933[0][0][0]);
                if ((safe_mul_func_uint16_t_u_u(((*l_1948) = ((l_1912 = (((*g_1097) = l_1895) >= (((~p_6) , l_1938) == (**g_1232)))) == ((((void*)0 != l_1939[6]) == (safe_mod_func_uint16_t_u_u(0UL, ((*g_219) |= (safe_lshift_func_int16_t_s_u((((g_118[0][6] = (safe_lshift_func_int16_t_s_u((((*l_1947) = ((0x1D49L ^ (p_6 < l_1946)) , l_1946)) , p_6), l_1946))) > p_7) && p_6), 7)))))) , p_7))), l_1898)))
                { /* block id: 1022 */
                    l_1912 ^= ((*g_612) != (void*)0);
                }
                else
                { /* block id: 1024 */
                    uint32_t l_1963 = 0x8438CF83L;
                    l_1964 = ((1UL ^ ((((((safe_sub_func_uint32_t_u_u((safe_add_func_int32_t_s_s((safe_rshift_func_int8_t_s_s(0L, 3)), 4294967290UL)), ((safe_unary_minus_func_int8_t_s((((0x31A33FFEA361F882LL > (safe_add_func_int32_t_s_s((safe_sub_func_uint64_t_u_u(0xCB4F50F898D4ED1ELL, ((void*)0 != g_1960))), (safe_div_func_int8_t_s_s(((*g_749) == (*g_1096)), 255UL))))) && p_6) ^ l_1898))) >= 0UL))) >= 0L) < l_1963) , p_6) == 255UL) && 0x0B5DL)) > 0x8CL);
                    l_1912 |= p_7;
                }
            }
            (*l_1967) = &p_7;
            return l_1898;
        }
        for (g_332 = 6; (g_332 >= (-6)); g_332 = safe_sub_func_uint64_t_u_u(g_332, 8))
        { /* block id: 1034 */
            int64_t l_1977 = (-4L);
            int32_t l_1978 = (-8L);
            uint16_t *l_1990 = &g_537;
            const int32_t **l_2046 = (void*)0;
            const int32_t ***l_2045 = &l_2046;
            uint8_t l_2047 = 2UL;
            int32_t l_2103 = 1L;
        }
    }
    if (((safe_unary_minus_func_int64_t_s(((!((safe_rshift_func_int16_t_s_s((safe_add_func_int32_t_s_s((((safe_sub_func_int32_t_s_s((safe_add_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_s((((safe_add_func_int16_t_s_s(((g_2128 = l_2125) != (****g_1853)), (((((****g_1854) = (((safe_div_func_int8_t_s_s(l_2002, (p_7 ^ p_7))) > (safe_rshift_func_int8_t_s_s(l_2134, p_7))) && (safe_sub_func_uint64_t_u_u((safe_mod_func_int32_t_s_s(((safe_lshift_func_int8_t_s_u(p_7, 6)) || p_7), l_2134)), p_6)))) >= 0x9079371184B929F2LL) >= p_6) < 1UL))) , l_2020) >= (*g_664)), (*g_219))) != 7UL), l_2020)), 0x887734DAL)) < p_7) < 1UL), 4294967289UL)), 12)) | l_1912)) <= l_2019))) ^ l_1895))
    { /* block id: 1121 */
        int8_t ***l_2161[3];
        int32_t l_2162 = 0xBEE72D1EL;
        int16_t l_2164[8][10][3] = {{{0x9AC3L,0L,0x5051L},{0xB051L,0x6FDFL,0xB051L},{0x9AC3L,0L,(-9L)},{0xB051L,(-7L),1L},{0x9AC3L,0x710FL,0x9AC3L},{0xB051L,(-1L),0x440DL},{0x9AC3L,0L,0x5051L},{0xB051L,0x6FDFL,0xB051L},{0x9AC3L,0L,(-9L)},{0xB051L,(-7L),1L}},{{0x9AC3L,0x710FL,0x9AC3L},{0xB051L,(-1L),0x440DL},{0x9AC3L,0L,0x5051L},{0xB051L,0x6FDFL,0xB051L},{0x9AC3L,0L,(-9L)},{0xB051L,(-7L),1L},{0x9AC3L,0x710FL,0x9AC3L},{0xB051L,(-1L),0x440DL},{0x9AC3L,0L,0x5051L},{0xB051L,0x6FDFL,1L}},{{0xE4A6L,(-4L),0L},{1L,1L,(-1L)},{0xE4A6L,0xF8A6L,0xE4A6L},{1L,0xB051L,0x6C76L},{0xE4A6L,0xCB84L,(-7L)},{1L,0x440DL,1L},{0xE4A6L,(-4L),0L},{1L,1L,(-1L)},{0xE4A6L,0xF8A6L,0xE4A6L},{1L,0xB051L,0x6C76L}},{{0xE4A6L,0xCB84L,(-7L)},{1L,0x440DL,1L},{0xE4A6L,(-4L),0L},{1L,1L,(-1L)},{0xE4A6L,0xF8A6L,0xE4A6L},{1L,0xB051L,0x6C76L},{0xE4A6L,0xCB84L,(-7L)},{1L,0x440DL,1L},{0xE4A6L,(-4L),0L},{1L,1L,(-1L)}},{{0xE4A6L,0xF8A6L,0xE4A6L},{1L,0xB051L,0x6C76L},{0xE4A6L,0xCB84L,(-7L)},{1L,0x440DL,1L},{0xE4A6L,(-4L),0L},{1L,1L,(-1L)},{0xE4A6L,0xF8A6L,0xE4A6L},{1L,0xB051L,0x6C76L},{0xE4A6L,0xCB84L,(-7L)},{1L,0x440DL,1L}},{{0xE4A6L,(-4L),0L},{1L,1L,(-1L)},{0xE4A6L,0xF8A6L,0xE4A6L},{1L,0xB051L,0x6C76L},{0xE4A6L,0xCB84L,(-7L)},{1L,0x440DL,1L},{0xE4A6L,(-4L),0L},{1L,1L,(-1L)},{0xE4A6L,0xF8A6L,0xE4A6L},{1L,0xB051L,0x6C76L}},{{0xE4A6L,0xCB84L,(-7L)},{1L,0x440DL,1L},{0xE4A6L,(-4L),0L},{1L,1L,(-1L)},{0xE4A6L,0xF8A6L,0xE4A6L},{1L,0xB051L,0x6C76L},{0xE4A6L,0xCB84L,(-7L)},{1L,0x440DL,1L},{0xE4A6L,(-4L),0L},{1L,1L,(-1L)}},{{0xE4A6L,0xF8A6L,0xE4A6L},{1L,0xB051L,0x6C76L},{0xE4A6L,0xCB84L,(-7L)},{1L,0x440DL,1L},{0xE4A6L,(-4L),0L},{1L,1L,(-1L)},{0xE4A6L,0xF8A6L,0xE4A6L},{1L,0xB051L,0x6C76L},{0xE4A6L,0xCB84L,(-7L)},{1L,0x440DL,1L}}};
        uint32_t l_2165[8][8][4] = {{{0xA135BB74L,0x609924D3L,18446744073709551611UL,0x3F3D5685L},{0x85FDC69AL,6UL,0x3F3D5685L,0x609924D3L},{1UL,0x9B479778L,18446744073709551615UL,18446744073709551610UL},{0x3C0D81ACL,18446744073709551611UL,0x9B479778L,0x3253BE1FL},{0xDA613221L,18446744073709551615UL,0x276B3610L,0x276B3610L},{0x276B3610L,0x276B3610L,18446744073709551615UL,0xDA613221L},{0x3253BE1FL,0x9B479778L,18446744073709551611UL,0x3C0D81ACL},{18446744073709551610UL,18446744073709551615UL,0x6DDD18BAL,18446744073709551611UL}},{{1UL,18446744073709551615UL,0xA135BB74L,0x3C0D81ACL},{18446744073709551615UL,0x9B479778L,1UL,0xDA613221L},{1UL,0x276B3610L,0x6B199A5BL,0x276B3610L},{0x25EA7EB5L,18446744073709551615UL,0x3C0D81ACL,0x3253BE1FL},{0x609924D3L,18446744073709551611UL,0x3F3D5685L,18446744073709551610UL},{0x6B199A5BL,0x6DDD18BAL,0xDBE5A4FAL,1UL},{0x6B199A5BL,0xA135BB74L,0x3F3D5685L,18446744073709551615UL},{0x609924D3L,1UL,0x3C0D81ACL,1UL}},{{0x25EA7EB5L,0x6B199A5BL,0x6B199A5BL,0x25EA7EB5L},{1UL,0x3C0D81ACL,1UL,0x609924D3L},{18446744073709551615UL,0x3F3D5685L,0xA135BB74L,0x6B199A5BL},{1UL,0xDBE5A4FAL,0x6DDD18BAL,0x6B199A5BL},{18446744073709551610UL,0x3F3D5685L,18446744073709551611UL,0x609924D3L},{0x3253BE1FL,0x3C0D81ACL,18446744073709551615UL,0x25EA7EB5L},{0x276B3610L,0x6B199A5BL,0x276B3610L,1UL},{0xDA613221L,1UL,0x9B479778L,18446744073709551615UL}},{{0x3C0D81ACL,0xA135BB74L,18446744073709551615UL,1UL},{18446744073709551611UL,0x6DDD18BAL,18446744073709551615UL,18446744073709551610UL},{0x3C0D81ACL,18446744073709551611UL,0x9B479778L,0x3253BE1FL},{0xDA613221L,18446744073709551615UL,0x276B3610L,0x276B3610L},{0x276B3610L,0x276B3610L,18446744073709551615UL,0xDA613221L},{0x3253BE1FL,0x9B479778L,18446744073709551611UL,0x3C0D81ACL},{18446744073709551610UL,18446744073709551615UL,0x6DDD18BAL,18446744073709551611UL},{1UL,18446744073709551615UL,0xA135BB74L,0x3C0D81ACL}},{{18446744073709551615UL,0x9B479778L,1UL,0xDA613221L},{1UL,0x276B3610L,0x6B199A5BL,0x276B3610L},{0x25EA7EB5L,18446744073709551615UL,0x3C0D81ACL,0x3253BE1FL},{0x609924D3L,18446744073709551611UL,0x3F3D5685L,18446744073709551610UL},{0x6B199A5BL,0x6DDD18BAL,0xDBE5A4FAL,1UL},{0x6B199A5BL,0xA135BB74L,0x3F3D5685L,18446744073709551615UL},{0x609924D3L,1UL,0x3C0D81ACL,1UL},{0x25EA7EB5L,0x6B199A5BL,0x6B199A5BL,0x25EA7EB5L}},{{1UL,0x3C0D81ACL,1UL,0x609924D3L},{18446744073709551615UL,0x3F3D5685L,0xA135BB74L,0x6B199A5BL},{1UL,0xDBE5A4FAL,0x6DDD18BAL,0x6B199A5BL},{18446744073709551610UL,0x3F3D5685L,18446744073709551611UL,0x609924D3L},{0x3253BE1FL,0x3C0D81ACL,18446744073709551615UL,0x25EA7EB5L},{0x276B3610L,0x6B199A5BL,0x276B3610L,1UL},{0xDA613221L,1UL,0x9B479778L,18446744073709551615UL},{0x3C0D81ACL,0xA135BB74L,18446744073709551615UL,1UL}},{{18446744073709551611UL,0x6DDD18BAL,18446744073709551615UL,18446744073709551610UL},{0x3C0D81ACL,18446744073709551611UL,0x9B479778L,0x3253BE1FL},{0xDA613221L,0xDBE5A4FAL,0UL,0UL},{0UL,0UL,0xDBE5A4FAL,0x276B3610L},{0x3F3D5685L,0x6DDD18BAL,0x9B479778L,0x6B199A5BL},{1UL,0x609924D3L,18446744073709551615UL,0x9B479778L},{1UL,0x609924D3L,0xDA613221L,0x6B199A5BL},{0x609924D3L,0x6DDD18BAL,1UL,0x276B3610L}},{{18446744073709551611UL,0UL,0xF4191A83L,0UL},{6UL,0xDBE5A4FAL,0x6B199A5BL,0x3F3D5685L},{1UL,0x9B479778L,18446744073709551615UL,1UL},{0xF4191A83L,18446744073709551615UL,18446744073709551610UL,1UL},{0xF4191A83L,0xDA613221L,18446744073709551615UL,0x609924D3L},{1UL,1UL,0x6B199A5BL,18446744073709551611UL},{6UL,0xF4191A83L,0xF4191A83L,6UL},{18446744073709551611UL,0x6B199A5BL,1UL,1UL}}};
        int32_t *l_2178 = &l_2020;
        int32_t *l_2179 = (void*)0;
        int32_t *l_2180 = &l_2020;
        int32_t *l_2181 = &g_1849[1];
        int32_t *l_2182 = &g_345;
        int32_t *l_2183[4][1][6] = {{{&g_38,(void*)0,&g_38,(void*)0,&g_38,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_38,(void*)0,&g_38,(void*)0,&g_38,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}}};
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_2161[i] = &g_73[2];
        if ((safe_div_func_int8_t_s_s((l_2017 && (0xCB2D3B04L == (255UL > ((safe_rshift_func_uint16_t_u_s((safe_div_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(((l_2017 = (safe_add_func_uint16_t_u_u((((((((safe_add_func_int8_t_s_s((safe_mul_func_uint16_t_u_u(((((((((safe_mod_func_int16_t_s_s(p_7, l_2002)) , (safe_lshift_func_int8_t_s_u(((safe_add_func_int16_t_s_s(((l_2163 &= (p_7 , (p_7 | ((((((void*)0 != l_2161[0]) , l_2162) != l_2017) < 4294967295UL) , (*g_1913))))) <= (*g_2108)), l_1898)) == l_2164[3][8][2]), p_7))) , l_2165[4][7][1]) > l_2134) ^ p_7) < l_2164[1][1][0]) & 0x04CFL) != p_7), p_7)), l_1898)) , 4UL) != p_7) > 0xE67C20CEL) | p_6) & 4294967289UL) <= p_6), (-1L)))) != 1UL), l_2165[0][6][3])), g_1098)), 13)) != 0UL)))), p_7)))
        { /* block id: 1124 */
            union U0 *l_2166 = &g_1746;
            union U0 **l_2167 = &g_41;
            (*l_2167) = l_2166;
            return l_2163;
        }
        else
        { /* block id: 1127 */
            int32_t *l_2168 = &l_2162;
            int32_t *l_2169 = &g_38;
            int32_t *l_2170[4][10][4] = {{{&g_106,&g_345,(void*)0,&g_18},{(void*)0,&g_18,&g_345,&g_18},{&g_1849[2],(void*)0,(void*)0,&g_345},{&l_2162,(void*)0,&g_345,(void*)0},{&g_18,(void*)0,(void*)0,&g_345},{(void*)0,(void*)0,&g_1849[2],&l_2020},{&g_18,(void*)0,&l_1912,&g_18},{&g_18,&g_345,&g_1849[2],&l_2162},{(void*)0,&g_18,(void*)0,&l_2163},{&g_18,&g_18,&g_345,(void*)0}},{{&l_2162,&g_345,(void*)0,&l_2162},{&g_1849[2],&g_345,&g_345,&g_345},{(void*)0,(void*)0,(void*)0,&g_18},{&g_106,&g_345,(void*)0,&g_345},{(void*)0,(void*)0,&l_2020,(void*)0},{&g_18,(void*)0,&g_1849[2],&g_345},{(void*)0,&g_345,&g_1849[2],&g_18},{&g_345,(void*)0,&g_18,&g_345},{&g_18,&g_345,&l_2017,&l_2162},{(void*)0,&g_345,(void*)0,(void*)0}},{{&l_2020,&g_18,&l_2020,&l_2163},{&l_2162,&g_18,&l_2017,&l_2162},{&g_106,&g_345,&g_345,&g_18},{&g_18,(void*)0,&g_345,&l_2020},{&g_106,(void*)0,&l_2017,&g_345},{&l_2162,(void*)0,&l_2020,(void*)0},{&l_2020,(void*)0,(void*)0,&g_345},{(void*)0,(void*)0,&l_2017,&g_345},{&g_18,&g_18,&g_18,&g_18},{&l_1912,&g_345,&g_345,&l_2162}},{{&g_18,&g_18,&g_106,(void*)0},{&g_345,&l_2163,(void*)0,(void*)0},{&l_2017,&g_18,&l_1912,&l_2162},{&l_2020,&g_345,(void*)0,&g_18},{&l_2163,&g_18,&l_1912,&g_345},{&g_345,(void*)0,&l_1912,(void*)0},{&g_1849[2],&g_18,&g_345,&g_18},{&g_345,&l_1912,&l_2017,&g_345},{&l_1912,(void*)0,&g_345,(void*)0},{&g_18,&l_2163,(void*)0,&g_18}}};
            int i, j, k;
            g_2171++;
        }
        for (l_2002 = 0; (l_2002 < 40); ++l_2002)
        { /* block id: 1132 */
            int64_t l_2176 = 9L;
            (*g_37) ^= l_2176;
            l_2177 = l_2177;
        }
        l_2184--;
    }
    else
    { /* block id: 1137 */
        union U0 *l_2187 = &g_819[0][2];
        union U0 **l_2188 = &g_41;
        (*l_2188) = l_2187;
        return (*l_2177);
    }
    (**g_612) = (**g_612);
    for (g_1472 = 4; (g_1472 != (-22)); g_1472 = safe_sub_func_uint64_t_u_u(g_1472, 1))
    { /* block id: 1144 */
        const uint32_t *l_2206 = &g_2171;
        const uint32_t **l_2205 = &l_2206;
        int32_t l_2209 = 1L;
        int16_t *l_2210 = &l_1898;
        uint64_t l_2250[5][4][4];
        uint64_t l_2273 = 0UL;
        int32_t l_2322[7] = {0x8049FB52L,(-2L),(-2L),0x8049FB52L,(-2L),(-2L),0x8049FB52L};
        int i, j, k;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 4; j++)
            {
                for (k = 0; k < 4; k++)
                    l_2250[i][j][k] = 0x1A45528EACBFA641LL;
            }
        }
    }
    return (*l_2177);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint32_t  func_8(int8_t * p_9, union U0  p_10, int8_t * p_11)
{ /* block id: 989 */
    return p_10.f0;
}


/* ------------------------------------------ */
/* 
 * reads : g_15
 * writes: g_18
 */
static int8_t * func_12(uint16_t  p_13)
{ /* block id: 1 */
    int64_t l_16[3];
    int32_t *l_17 = &g_18;
    int8_t *l_19 = (void*)0;
    int i;
    for (i = 0; i < 3; i++)
        l_16[i] = 6L;
    (*l_17) = (g_15 | l_16[1]);
    return l_19;
}


/* ------------------------------------------ */
/* 
 * reads : g_306 g_22 g_612 g_176 g_37 g_38 g_345 g_219 g_613 g_42 g_857 g_332 g_106 g_856 g_54 g_118 g_770 g_771 g_664 g_312 g_73 g_96 g_750 g_85 g_819 g_126 g_1064 g_945
 * writes: g_612 g_38 g_345 g_126 g_22 g_857 g_332 g_106 g_306 g_118 g_844 g_176
 */
static union U0  func_23(uint32_t  p_24, int32_t  p_25, int8_t * p_26)
{ /* block id: 269 */
    const uint32_t l_607 = 0xC006E7F9L;
    int32_t ****l_614 = &g_612;
    int32_t *l_632 = &g_38;
    uint32_t *l_640 = &g_85;
    uint32_t **l_639 = &l_640;
    int16_t l_650 = (-9L);
    int32_t l_651[9][8][3];
    uint64_t *l_708[7];
    uint16_t l_746[7][1][6] = {{{1UL,4UL,1UL,0x73B5L,4UL,65530UL}},{{1UL,7UL,0x73B5L,0x73B5L,7UL,1UL}},{{1UL,65532UL,65530UL,0x73B5L,65532UL,0x73B5L}},{{1UL,4UL,1UL,0x73B5L,4UL,65530UL}},{{1UL,7UL,0x73B5L,0x73B5L,7UL,1UL}},{{1UL,65532UL,65530UL,0x73B5L,65532UL,0x73B5L}},{{1UL,4UL,1UL,0x73B5L,4UL,65530UL}}};
    union U0 *l_747 = &g_42;
    int64_t ***l_773 = &g_770;
    const int32_t l_864 = 0L;
    int8_t *l_921 = &g_22;
    int8_t **l_920[9][3] = {{&l_921,&l_921,&l_921},{&l_921,&l_921,&l_921},{&l_921,&l_921,&l_921},{&l_921,&l_921,&l_921},{&l_921,&l_921,&l_921},{&l_921,&l_921,&l_921},{&l_921,&l_921,&l_921},{&l_921,&l_921,&l_921},{&l_921,&l_921,&l_921}};
    uint32_t l_931 = 0x3E7476E4L;
    uint32_t l_976[2][4][4] = {{{0UL,0xA6E0F086L,0x87845362L,0UL},{0UL,0x87845362L,0UL,0x70872B6FL},{0xA6E0F086L,0UL,0x70872B6FL,0x70872B6FL},{0x87845362L,0x87845362L,6UL,0UL}},{{0UL,0xA6E0F086L,6UL,0xA6E0F086L},{0x87845362L,0UL,0x70872B6FL,6UL},{0xA6E0F086L,0UL,0UL,0xA6E0F086L},{0UL,0xA6E0F086L,0x87845362L,0UL}}};
    uint32_t l_1025 = 1UL;
    uint8_t l_1032 = 0UL;
    uint32_t * const * const * const *l_1093[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int16_t **l_1117[6];
    uint32_t l_1143 = 18446744073709551610UL;
    uint32_t l_1147 = 9UL;
    uint32_t l_1200 = 18446744073709551615UL;
    int8_t * const **l_1258 = (void*)0;
    int8_t * const ***l_1257 = &l_1258;
    uint16_t l_1279 = 0x0A2DL;
    int32_t *l_1391 = &l_651[4][7][2];
    uint32_t l_1516 = 1UL;
    uint32_t *****l_1550 = &g_1233;
    int32_t l_1557 = 0x4E378CA3L;
    uint64_t l_1561 = 18446744073709551612UL;
    int8_t l_1668 = 0x50L;
    uint16_t l_1669 = 0x033BL;
    int32_t l_1689 = 0x99E07888L;
    int32_t l_1731 = 0xE856859DL;
    uint16_t **l_1755 = &g_1512[9];
    uint16_t **l_1757 = &g_1512[3];
    int32_t l_1769 = 1L;
    uint8_t l_1871 = 0xDEL;
    int32_t *l_1894 = &l_651[3][3][1];
    int i, j, k;
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 3; k++)
                l_651[i][j][k] = 0L;
        }
    }
    for (i = 0; i < 7; i++)
        l_708[i] = &g_176;
    for (i = 0; i < 6; i++)
        l_1117[i] = &g_219;
lbl_753:
    (*g_37) &= (g_306 || ((safe_div_func_uint8_t_u_u(l_607, (p_24 , (p_25 , ((l_607 & (safe_lshift_func_uint16_t_u_u((0x524DL ^ ((g_22 == (((*l_614) = g_612) == &g_613[0][3])) < g_176)), 1))) ^ 0x73L))))) != p_25));
    if ((((*g_219) = 1L) > (****l_614)))
    { /* block id: 273 */
        const uint32_t l_617[1][10][9] = {{{0x9CAAB439L,0x42AE8336L,0x2A5E0E68L,0xFF9E3391L,0x38D1E80CL,4UL,3UL,18446744073709551615UL,18446744073709551615UL},{0UL,5UL,0xC0CE1032L,0xDFD0EBE0L,0xC0CE1032L,5UL,0UL,0xDFD0EBE0L,0UL},{0x9CAAB439L,0x38D1E80CL,3UL,0x42AE8336L,0xFF9E3391L,18446744073709551615UL,0x2A5E0E68L,0x2A5E0E68L,18446744073709551615UL},{0x0DD85107L,0x37B40728L,0xE3861B9FL,0x37B40728L,0x0DD85107L,0xDFD0EBE0L,0xE3861B9FL,0xDFD0EBE0L,0x0DD85107L},{0x38D1E80CL,3UL,0x42AE8336L,0xFF9E3391L,18446744073709551615UL,0x2A5E0E68L,0x2A5E0E68L,18446744073709551615UL,0xFF9E3391L},{0xC0CE1032L,0xDFD0EBE0L,0xC0CE1032L,5UL,0UL,0xDFD0EBE0L,0UL,5UL,0xC0CE1032L},{0xFF9E3391L,0x38D1E80CL,4UL,3UL,18446744073709551615UL,18446744073709551615UL,3UL,4UL,0x38D1E80CL},{0x0DD85107L,0x389CCF70L,0x712B81C2L,5UL,0x0DD85107L,5UL,0x712B81C2L,0x389CCF70L,0x0DD85107L},{18446744073709551615UL,0x42AE8336L,4UL,0xFF9E3391L,0xFF9E3391L,4UL,0x42AE8336L,18446744073709551615UL,0x9CAAB439L},{0UL,0x389CCF70L,0xC0CE1032L,0x37B40728L,0xC0CE1032L,0x389CCF70L,0UL,0x37B40728L,0UL}}};
        int32_t l_622[2][10][6] = {{{9L,0xDE5B3A74L,0x4AD2402BL,9L,0xA85142F3L,0xA85142F3L},{(-1L),0xDE5B3A74L,0xDE5B3A74L,(-1L),0xA85142F3L,0x4AD2402BL},{5L,0xDE5B3A74L,0xA85142F3L,5L,0xA85142F3L,0xDE5B3A74L},{9L,0xDE5B3A74L,0x4AD2402BL,9L,0xA85142F3L,0xA85142F3L},{(-1L),0xDE5B3A74L,0xDE5B3A74L,(-1L),0xA85142F3L,0x4AD2402BL},{5L,0xDE5B3A74L,0xA85142F3L,5L,0xA85142F3L,0xDE5B3A74L},{9L,0xDE5B3A74L,0x4AD2402BL,9L,0xA85142F3L,0xA85142F3L},{(-1L),0xDE5B3A74L,0xDE5B3A74L,(-1L),0xA85142F3L,0x4AD2402BL},{5L,0xDE5B3A74L,0xA85142F3L,5L,0xA85142F3L,0xDE5B3A74L},{9L,0xDE5B3A74L,0x4AD2402BL,9L,0xA85142F3L,0xA85142F3L}},{{(-1L),0xDE5B3A74L,0xDE5B3A74L,(-1L),0xA85142F3L,0x4AD2402BL},{5L,0xDE5B3A74L,0xA85142F3L,5L,0xA85142F3L,0xDE5B3A74L},{9L,0xDE5B3A74L,0x4AD2402BL,9L,0xA85142F3L,0xA85142F3L},{(-1L),0xDE5B3A74L,0xDE5B3A74L,(-1L),0xA85142F3L,0x4AD2402BL},{5L,0xDE5B3A74L,0xA85142F3L,5L,0xA85142F3L,0xDE5B3A74L},{9L,0xDE5B3A74L,0x4AD2402BL,9L,0xA85142F3L,0xA85142F3L},{(-1L),0xDE5B3A74L,0xDE5B3A74L,(-1L),0xA85142F3L,0x4AD2402BL},{5L,0xDE5B3A74L,0xA85142F3L,5L,0xA85142F3L,0xDE5B3A74L},{9L,0xDE5B3A74L,0x4AD2402BL,9L,0xA85142F3L,0xA85142F3L},{(-1L),0xDE5B3A74L,0xDE5B3A74L,(-1L),0xA85142F3L,0x4AD2402BL}}};
        uint32_t *l_623 = &g_368;
        uint32_t **l_638 = &l_623;
        uint32_t ***l_637[2][3] = {{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}};
        int64_t *l_647[8][10][3] = {{{(void*)0,&g_15,&g_332},{&g_15,(void*)0,&g_332},{&g_332,(void*)0,&g_332},{(void*)0,(void*)0,&g_332},{&g_332,(void*)0,&g_15},{&g_15,&g_15,(void*)0},{(void*)0,(void*)0,&g_15},{&g_332,&g_15,&g_332},{(void*)0,&g_15,&g_332},{&g_15,&g_15,&g_332}},{{&g_15,(void*)0,&g_332},{(void*)0,&g_15,&g_332},{&g_15,(void*)0,(void*)0},{&g_15,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{&g_332,(void*)0,&g_332},{(void*)0,&g_15,&g_332},{&g_15,(void*)0,&g_332},{&g_332,(void*)0,&g_332},{(void*)0,(void*)0,&g_332}},{{&g_332,(void*)0,&g_15},{&g_15,&g_15,(void*)0},{(void*)0,(void*)0,&g_15},{&g_332,&g_15,&g_332},{(void*)0,&g_15,&g_332},{&g_15,&g_15,&g_332},{&g_15,(void*)0,&g_332},{(void*)0,&g_15,&g_332},{&g_15,(void*)0,(void*)0},{&g_15,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{&g_332,(void*)0,&g_332},{(void*)0,&g_15,&g_332},{&g_15,(void*)0,&g_332},{&g_332,(void*)0,&g_332},{(void*)0,(void*)0,&g_332},{&g_332,(void*)0,&g_15},{&g_15,&g_15,(void*)0},{(void*)0,(void*)0,&g_15},{&g_332,&g_15,&g_332}},{{(void*)0,&g_15,&g_332},{&g_15,&g_15,&g_332},{&g_15,(void*)0,&g_332},{(void*)0,&g_15,&g_332},{&g_15,(void*)0,(void*)0},{&g_15,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{&g_332,(void*)0,&g_332},{(void*)0,&g_15,&g_332},{&g_15,(void*)0,&g_332}},{{&g_332,(void*)0,&g_332},{(void*)0,(void*)0,&g_332},{&g_332,(void*)0,&g_15},{&g_15,&g_15,(void*)0},{(void*)0,(void*)0,&g_15},{&g_332,&g_15,&g_332},{(void*)0,&g_15,&g_332},{&g_15,&g_15,&g_332},{&g_15,(void*)0,&g_332},{(void*)0,&g_15,&g_332}},{{&g_15,(void*)0,(void*)0},{&g_15,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{&g_332,&g_15,&g_332},{&g_15,(void*)0,&g_15},{&g_15,&g_15,&g_332},{(void*)0,&g_332,&g_15},{&g_332,(void*)0,&g_332},{(void*)0,&g_15,(void*)0},{&g_15,&g_332,&g_332}},{{&g_15,&g_332,(void*)0},{&g_332,(void*)0,&g_332},{&g_332,(void*)0,&g_15},{&g_15,(void*)0,&g_332},{&g_15,&g_332,&g_15},{&g_332,&g_332,&g_332},{&g_15,&g_15,&g_15},{&g_15,(void*)0,&g_332},{&g_332,&g_332,&g_15},{&g_332,&g_15,&g_332}}};
        int8_t *l_648[1][1];
        int32_t *l_649[6] = {&g_106,&g_106,&g_106,&g_106,&g_106,&g_106};
        uint64_t *l_665 = &g_176;
        int16_t **l_729 = &g_219;
        int64_t ***l_774[5][2][7] = {{{&g_770,&g_770,&g_770,&g_770,&g_770,(void*)0,&g_770},{(void*)0,&g_770,(void*)0,(void*)0,&g_770,&g_770,&g_770}},{{&g_770,&g_770,(void*)0,&g_770,&g_770,&g_770,&g_770},{&g_770,&g_770,&g_770,&g_770,&g_770,&g_770,&g_770}},{{(void*)0,&g_770,&g_770,&g_770,&g_770,&g_770,&g_770},{&g_770,&g_770,&g_770,&g_770,&g_770,(void*)0,&g_770}},{{(void*)0,&g_770,(void*)0,(void*)0,&g_770,&g_770,&g_770},{&g_770,&g_770,(void*)0,&g_770,&g_770,&g_770,&g_770}},{{&g_770,&g_770,&g_770,&g_770,&g_770,&g_770,&g_770},{(void*)0,&g_770,&g_770,&g_770,&g_770,&g_770,&g_770}}};
        uint32_t l_812 = 18446744073709551606UL;
        union U0 l_821[4] = {{0L},{0L},{0L},{0L}};
        int8_t l_870 = 1L;
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_648[i][j] = &g_22;
        }
    }
    else
    { /* block id: 419 */
        int8_t l_891 = 0xEFL;
        int32_t l_893 = (-3L);
        int32_t l_895 = 0x8210A451L;
        int32_t l_898 = 0x41BD10FDL;
        int32_t l_899 = 0xF9A84A4DL;
        int32_t l_900 = (-1L);
        int32_t l_901 = 0x801EB6B5L;
        int32_t l_902[2][2][7] = {{{0L,0L,1L,0L,0L,1L,0L},{(-1L),0xEF80B1F3L,0xEF80B1F3L,(-1L),0xEF80B1F3L,0xEF80B1F3L,(-1L)}},{{0x49E0E2F9L,0L,0x49E0E2F9L,0x49E0E2F9L,0L,0x49E0E2F9L,0x49E0E2F9L},{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}}};
        int16_t *l_911[8] = {&g_126,&l_650,&l_650,&g_126,&l_650,&l_650,&g_126,&l_650};
        int i, j, k;
        for (g_22 = 0; (g_22 > 23); g_22 = safe_add_func_int8_t_s_s(g_22, 8))
        { /* block id: 422 */
            return g_42;
        }
        (*g_37) = 0L;
        for (g_38 = 0; (g_38 != 9); g_38++)
        { /* block id: 428 */
            int8_t l_889 = 0x59L;
            int32_t l_892[10] = {(-1L),(-1L),7L,(-1L),(-1L),7L,(-1L),(-1L),7L,(-1L)};
            uint8_t *l_915[9][10][2] = {{{(void*)0,&g_856[2]},{&g_118[0][6],&g_118[0][6]},{(void*)0,&g_118[0][6]},{&g_118[0][6],&g_118[0][6]},{&g_118[0][6],&g_856[0]},{&g_118[3][3],&g_856[1]},{&g_856[1],&g_118[5][0]},{&g_118[3][4],(void*)0},{(void*)0,&g_856[1]},{&g_856[2],&g_856[1]}},{{&g_856[1],&g_856[0]},{(void*)0,&g_118[6][2]},{&g_856[1],&g_856[1]},{&g_856[2],&g_118[5][5]},{&g_856[2],&g_306},{&g_856[2],(void*)0},{&g_856[0],&g_118[3][6]},{&g_118[0][6],&g_856[0]},{&g_856[0],&g_306},{&g_118[0][0],(void*)0}},{{&g_306,&g_118[6][2]},{&g_118[5][0],&g_118[5][0]},{&g_856[0],&g_118[0][6]},{&g_856[0],&g_856[2]},{&g_118[0][6],&g_856[0]},{&g_856[1],&g_118[0][6]},{&g_118[0][6],&g_118[3][4]},{&g_118[0][6],&g_118[0][6]},{&g_856[1],&g_856[0]},{&g_118[0][6],&g_856[2]}},{{&g_856[0],&g_118[0][6]},{&g_856[0],&g_118[5][0]},{&g_118[5][0],&g_118[6][2]},{&g_306,(void*)0},{&g_118[0][0],&g_306},{&g_856[0],&g_856[0]},{&g_118[0][6],&g_118[3][6]},{&g_856[0],(void*)0},{&g_856[2],&g_306},{&g_856[2],&g_118[5][5]}},{{&g_856[2],&g_856[1]},{&g_856[1],&g_118[6][2]},{(void*)0,&g_856[0]},{&g_856[1],&g_856[1]},{&g_856[2],&g_856[1]},{(void*)0,(void*)0},{&g_118[0][6],&g_856[2]},{&g_118[3][4],&g_856[0]},{&g_118[0][6],(void*)0},{&g_118[5][5],&g_118[0][6]}},{{(void*)0,&g_118[0][6]},{&g_306,&g_856[2]},{&g_306,(void*)0},{&g_118[0][6],(void*)0},{&g_856[0],&g_306},{(void*)0,&g_856[2]},{&g_118[0][6],(void*)0},{(void*)0,&g_856[2]},{&g_856[1],&g_306},{&g_118[5][3],&g_306}},{{(void*)0,&g_118[3][1]},{(void*)0,&g_856[1]},{&g_306,&g_118[0][0]},{&g_118[3][3],&g_856[1]},{(void*)0,&g_118[0][6]},{&g_856[1],&g_856[1]},{&g_306,(void*)0},{&g_856[0],&g_118[0][6]},{(void*)0,&g_118[0][6]},{&g_856[0],(void*)0}},{{&g_306,&g_856[1]},{&g_856[1],&g_118[0][6]},{(void*)0,&g_856[1]},{&g_118[3][3],&g_118[0][0]},{&g_306,&g_856[1]},{(void*)0,&g_118[3][1]},{(void*)0,&g_306},{&g_118[5][3],&g_306},{&g_856[1],&g_856[2]},{(void*)0,(void*)0}},{{&g_118[0][6],&g_856[2]},{(void*)0,&g_306},{&g_856[0],(void*)0},{&g_118[0][6],(void*)0},{&g_306,&g_856[2]},{&g_306,&g_118[0][6]},{(void*)0,&g_118[0][6]},{&g_118[5][5],(void*)0},{&g_118[0][6],&g_856[0]},{&g_118[3][4],&g_856[2]}}};
            int64_t *l_929 = (void*)0;
            int64_t *l_930 = &g_844;
            int32_t *l_932[2];
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_932[i] = &l_902[0][1][5];
            for (g_857 = 0; (g_857 <= 0); g_857 += 1)
            { /* block id: 431 */
                int64_t l_886 = 0L;
                int32_t l_890 = 0L;
                int32_t l_894[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_894[i] = 0xD54185A0L;
                if (g_306)
                    goto lbl_753;
                for (g_332 = 0; (g_332 <= 0); g_332 += 1)
                { /* block id: 435 */
                    int32_t l_885 = 9L;
                    int32_t l_896 = 0L;
                    int32_t l_897[8][9][2] = {{{(-1L),(-1L)},{0xEE6AB2CBL,0xEB952CBFL},{(-1L),0xEB952CBFL},{0xEE6AB2CBL,(-1L)},{(-1L),0xEE6AB2CBL},{0xEB952CBFL,(-1L)},{0xEB952CBFL,0xEE6AB2CBL},{(-1L),(-1L)},{0xEE6AB2CBL,0xEB952CBFL}},{{(-1L),0xEB952CBFL},{0xEE6AB2CBL,(-1L)},{(-1L),0xEE6AB2CBL},{0xEB952CBFL,(-1L)},{0xEE6AB2CBL,(-1L)},{4L,4L},{(-1L),0xEE6AB2CBL},{7L,0xEE6AB2CBL},{(-1L),4L}},{{4L,(-1L)},{0xEE6AB2CBL,7L},{0xEE6AB2CBL,(-1L)},{4L,4L},{(-1L),0xEE6AB2CBL},{7L,0xEE6AB2CBL},{(-1L),4L},{4L,(-1L)},{0xEE6AB2CBL,7L}},{{0xEE6AB2CBL,(-1L)},{4L,4L},{(-1L),0xEE6AB2CBL},{7L,0xEE6AB2CBL},{(-1L),4L},{4L,(-1L)},{0xEE6AB2CBL,7L},{0xEE6AB2CBL,(-1L)},{4L,4L}},{{(-1L),0xEE6AB2CBL},{7L,0xEE6AB2CBL},{(-1L),4L},{4L,(-1L)},{0xEE6AB2CBL,7L},{0xEE6AB2CBL,(-1L)},{4L,4L},{(-1L),0xEE6AB2CBL},{7L,0xEE6AB2CBL}},{{(-1L),4L},{4L,(-1L)},{0xEE6AB2CBL,7L},{0xEE6AB2CBL,(-1L)},{4L,4L},{(-1L),0xEE6AB2CBL},{7L,0xEE6AB2CBL},{(-1L),4L},{4L,(-1L)}},{{0xEE6AB2CBL,7L},{0xEE6AB2CBL,(-1L)},{4L,4L},{(-1L),0xEE6AB2CBL},{7L,0xEE6AB2CBL},{(-1L),4L},{4L,(-1L)},{0xEE6AB2CBL,7L},{0xEE6AB2CBL,(-1L)}},{{4L,4L},{(-1L),0xEE6AB2CBL},{7L,0xEE6AB2CBL},{(-1L),4L},{4L,(-1L)},{0xEE6AB2CBL,7L},{0xEE6AB2CBL,(-1L)},{4L,4L},{(-1L),0xEE6AB2CBL}}};
                    uint64_t l_903 = 0UL;
                    int i, j, k;
                    for (g_22 = 0; (g_22 <= 0); g_22 += 1)
                    { /* block id: 438 */
                        int32_t *l_882 = &l_651[2][2][0];
                        int32_t *l_887[10][9][2] = {{{(void*)0,&g_106},{&g_106,&l_651[3][4][2]},{&l_885,&g_345},{&g_106,&g_106},{&g_38,&g_106},{&g_38,&g_345},{&l_885,&l_651[6][5][2]},{&g_106,&l_651[3][3][1]},{&g_345,&l_885}},{{&l_651[3][3][1],&g_345},{&l_651[3][3][1],&l_651[3][3][1]},{&l_885,&l_651[3][3][1]},{&g_345,&g_38},{&l_885,&l_885},{&l_651[5][2][1],&l_885},{&g_106,&l_651[6][5][2]},{&g_106,&l_885},{&l_651[5][2][1],&l_885}},{{&l_885,&g_38},{&g_345,&l_651[3][3][1]},{&l_885,&l_651[3][3][1]},{&l_651[3][3][1],&g_345},{&l_651[3][3][1],&l_885},{&g_345,&l_651[3][3][1]},{&g_106,&l_651[6][5][2]},{&l_885,&g_345},{&g_38,&g_106}},{{&g_38,&g_106},{&g_106,&g_345},{&l_885,&l_651[3][4][2]},{&g_106,&g_106},{(void*)0,&l_885},{&g_38,&g_38},{(void*)0,&l_651[6][5][2]},{&l_885,&l_651[3][3][1]},{&g_345,&g_106}},{{&l_651[3][3][1],&g_345},{&l_651[1][2][1],&g_345},{&g_38,&g_345},{(void*)0,(void*)0},{&g_345,&g_345},{(void*)0,&g_345},{&g_106,&l_651[1][6][0]},{&g_38,&g_106},{(void*)0,&l_651[1][1][0]}},{{&g_106,(void*)0},{&g_106,&l_651[5][2][1]},{&g_38,&l_651[1][2][1]},{&g_345,&g_345},{&g_38,&g_38},{&l_651[3][3][1],(void*)0},{&l_651[3][3][1],&l_651[1][6][0]},{&l_651[1][1][0],&l_651[6][5][2]},{&l_885,&g_106}},{{&g_38,&l_651[0][3][0]},{&g_38,(void*)0},{&g_38,(void*)0},{&g_38,&l_651[0][3][0]},{&g_38,&g_106},{&l_885,&l_651[6][5][2]},{&l_651[1][1][0],&l_651[1][6][0]},{&l_651[3][3][1],(void*)0},{&l_651[3][3][1],&g_38}},{{&g_38,&g_345},{&g_345,&l_651[1][2][1]},{&g_38,&l_651[5][2][1]},{&g_106,(void*)0},{&g_106,&l_651[1][1][0]},{(void*)0,&g_106},{&g_38,&l_651[1][6][0]},{&g_106,&g_345},{(void*)0,&g_345}},{{&g_345,(void*)0},{(void*)0,&g_345},{&g_38,&g_345},{&l_651[1][2][1],&g_345},{(void*)0,&l_651[4][0][1]},{&l_651[3][3][1],&g_38},{&g_38,&l_651[1][6][0]},{&g_345,(void*)0},{&l_885,&g_38}},{{&l_651[6][5][2],&l_651[0][3][0]},{&g_345,&g_106},{&g_38,&l_885},{&l_651[5][2][1],&l_651[0][3][0]},{(void*)0,&l_651[3][3][1]},{&l_885,&g_38},{&g_345,&l_651[1][6][0]},{&g_106,&g_38},{&l_651[3][3][1],&g_106}}};
                        int8_t l_888 = 5L;
                        int i, j, k;
                        (*l_882) = (((void*)0 == &g_749) > 0x93F6L);
                        (*l_882) = (((safe_lshift_func_int16_t_s_u((&g_866 == &g_866), 7)) < (l_885 == p_25)) && (p_25 <= (l_886 <= 0x5357D8834F6D651DLL)));
                        ++l_903;
                    }
                    if (p_25)
                        goto lbl_753;
                }
            }
            if (l_891)
                break;
            for (g_106 = 0; (g_106 >= 29); g_106 = safe_add_func_int32_t_s_s(g_106, 5))
            { /* block id: 449 */
                int32_t *l_908 = &l_651[6][2][1];
                (*l_908) &= p_24;
            }
            l_895 = (safe_sub_func_int64_t_s_s(((*l_930) = (g_856[0] > (((void*)0 != l_911[3]) >= (l_892[1] = (((safe_unary_minus_func_int64_t_s((****l_614))) || ((((((*l_921) = (((safe_rshift_func_int8_t_s_s(((++g_306) & (safe_rshift_func_int16_t_s_u(0xA4B1L, 14))), 6)) <= ((l_920[6][2] == g_54) <= (safe_div_func_int64_t_s_s(((((g_118[0][6] ^= (safe_unary_minus_func_int32_t_s(7L))) || ((g_118[0][6] = ((safe_rshift_func_uint8_t_u_s((safe_sub_func_int32_t_s_s((((**g_770) = ((void*)0 == &g_96)) == p_24), 4294967295UL)), l_901)) & p_25)) <= p_25)) > (*l_632)) > 0x17L), (*g_664))))) < g_22)) != l_893) > 0x43L) > (****l_614)) | p_24)) & 0x9AA4ECB0AF1638E7LL))))), l_931));
        }
        l_901 ^= ((****l_614) & ((****l_614) , (-3L)));
    }
    for (g_332 = 0; (g_332 != 21); g_332 = safe_add_func_uint32_t_u_u(g_332, 7))
    { /* block id: 465 */
        uint32_t l_949 = 0xA591774BL;
        int32_t *l_955 = (void*)0;
        int32_t l_970 = (-2L);
        int32_t l_972 = (-1L);
        int32_t l_973[2][4] = {{(-3L),(-3L),(-3L),(-3L)},{(-3L),(-3L),(-3L),(-3L)}};
        int16_t l_986 = 0xFFB2L;
        int8_t ***l_990[7][8] = {{&g_73[2],&g_54,(void*)0,&g_54,&g_73[2],(void*)0,&g_73[2],&g_73[2]},{&l_920[6][2],&g_54,(void*)0,(void*)0,&g_54,&l_920[6][2],(void*)0,&g_54},{&g_73[2],(void*)0,(void*)0,&g_73[2],(void*)0,(void*)0,&g_73[2],&l_920[6][2]},{&g_54,&g_73[2],(void*)0,&g_73[2],&g_73[2],(void*)0,&g_73[2],&g_54},{&l_920[6][2],&g_73[2],(void*)0,(void*)0,&g_73[2],(void*)0,(void*)0,&g_73[2]},{&g_54,(void*)0,&l_920[6][2],&g_54,(void*)0,(void*)0,&g_54,&l_920[6][2]},{&g_73[2],&g_73[2],(void*)0,&g_73[2],&g_54,(void*)0,&g_54,&g_73[2]}};
        uint32_t l_1012 = 5UL;
        int32_t *l_1017 = &g_106;
        int32_t *l_1018 = (void*)0;
        int32_t *l_1019 = &g_345;
        int32_t *l_1020 = &l_973[1][0];
        int32_t *l_1021 = (void*)0;
        int32_t *l_1022 = &l_973[0][1];
        int32_t *l_1023 = &l_651[3][3][1];
        int32_t *l_1024[4] = {&l_973[1][3],&l_973[1][3],&l_973[1][3],&l_973[1][3]};
        uint32_t l_1029[7][5][2] = {{{0xB828A8A0L,0x53D1B146L},{0x08B6B068L,0x08B6B068L},{0x08B6B068L,0x53D1B146L},{0xB828A8A0L,4294967286UL},{0x53D1B146L,4294967286UL}},{{0xB828A8A0L,0x53D1B146L},{0x08B6B068L,0x08B6B068L},{0x08B6B068L,0xB828A8A0L},{0x71A64A5AL,0x08B6B068L},{0xB828A8A0L,0x08B6B068L}},{{0x71A64A5AL,0xB828A8A0L},{0x53D1B146L,0x53D1B146L},{0x53D1B146L,0xB828A8A0L},{0x71A64A5AL,0x08B6B068L},{0xB828A8A0L,0x08B6B068L}},{{0x71A64A5AL,0xB828A8A0L},{0x53D1B146L,0x53D1B146L},{0x53D1B146L,0xB828A8A0L},{0x71A64A5AL,0x08B6B068L},{0xB828A8A0L,0x08B6B068L}},{{0x71A64A5AL,0xB828A8A0L},{0x53D1B146L,0x53D1B146L},{0x53D1B146L,0xB828A8A0L},{0x71A64A5AL,0x08B6B068L},{0xB828A8A0L,0x08B6B068L}},{{0x71A64A5AL,0xB828A8A0L},{0x53D1B146L,0x53D1B146L},{0x53D1B146L,0xB828A8A0L},{0x71A64A5AL,0x08B6B068L},{0xB828A8A0L,0x08B6B068L}},{{0x71A64A5AL,0xB828A8A0L},{0x53D1B146L,0x53D1B146L},{0x53D1B146L,0xB828A8A0L},{0x71A64A5AL,0x08B6B068L},{0xB828A8A0L,0x08B6B068L}}};
        int i, j, k;
        for (l_931 = 23; (l_931 == 13); l_931 = safe_sub_func_uint16_t_u_u(l_931, 1))
        { /* block id: 468 */
            union U0 *l_941 = &g_819[4][6];
            int32_t l_950 = 4L;
            int32_t l_971 = 2L;
            int32_t l_975 = 0L;
            (*l_632) |= 0xE23354F1L;
            for (g_126 = 1; (g_126 >= 0); g_126 -= 1)
            { /* block id: 472 */
                return (*l_747);
            }
        }
        l_1025++;
        if (p_24)
        { /* block id: 519 */
            int32_t l_1028 = 0xAC55A52EL;
            ++l_1029[2][2][0];
            (***g_612) = ((l_1032 >= (safe_add_func_uint16_t_u_u((safe_add_func_int16_t_s_s(((-6L) || (safe_mul_func_uint16_t_u_u((safe_add_func_int8_t_s_s((*p_26), ((safe_add_func_uint16_t_u_u(7UL, (safe_add_func_uint32_t_u_u(((((((((safe_add_func_int64_t_s_s(((((((safe_sub_func_int64_t_s_s(((void*)0 != g_73[1]), (safe_lshift_func_uint16_t_u_s(0UL, 0)))) , (safe_div_func_uint8_t_u_u((****l_614), ((safe_add_func_int64_t_s_s((**g_770), (-6L))) && p_25)))) != p_24) > p_25) , g_96) , (*g_771)), (*g_771))) & p_24) > l_1028) > 0xC4L) || 0x8A785F34A063D641LL) , p_24) < p_24) & (*g_750)), 0xA1DE677CL)))) >= p_24))), 0xE2B1L))), 65535UL)), 65535UL))) == 0x0087L);
            for (g_176 = 0; (g_176 <= 6); g_176 += 1)
            { /* block id: 524 */
                (****l_614) = 1L;
                return g_819[3][4];
            }
        }
        else
        { /* block id: 528 */
            uint32_t l_1069 = 4294967293UL;
            for (g_126 = 0; (g_126 < (-13)); g_126--)
            { /* block id: 531 */
                union U0 l_1061 = {0xAEF729F6L};
                if ((safe_add_func_int16_t_s_s(((*l_1022) = p_25), (&p_26 == g_54))))
                { /* block id: 533 */
                    (*l_1019) = 1L;
                }
                else
                { /* block id: 535 */
                    int16_t l_1067 = 0xC85BL;
                    if (p_24)
                    { /* block id: 536 */
                        (*l_1022) |= (safe_lshift_func_int16_t_s_u(0xCF2AL, 0));
                        return l_1061;
                    }
                    else
                    { /* block id: 539 */
                        uint32_t l_1068[7] = {0x7CB4D4C9L,0x7BA8F649L,0x7BA8F649L,0x7CB4D4C9L,0x7BA8F649L,0x7BA8F649L,0x7CB4D4C9L};
                        union U0 l_1073 = {4L};
                        int i;
                        (****l_614) = ((*l_1017) = (safe_mod_func_int8_t_s_s(g_1064, (safe_add_func_uint32_t_u_u((18446744073709551615UL || (p_24 && (l_1069 = ((*l_1017) == ((p_25 || ((l_1067 , l_1068[2]) , g_945)) || p_24))))), p_25)))));
                        (*l_1017) ^= (safe_add_func_uint16_t_u_u((p_25 , (((*l_1019) , (*p_26)) < l_1068[2])), (p_24 != (!(****l_614)))));
                        return l_1073;
                    }
                }
                (***g_612) = l_1069;
                return g_819[7][4];
            }
        }
    }
    for (g_306 = 0; (g_306 <= 2); g_306 += 1)
    { /* block id: 554 */
        uint16_t l_1074[3][7][2] = {{{0xCDD7L,0xCDD7L},{0xCDD7L,1UL},{0x8A19L,65535UL},{1UL,65535UL},{0x8A19L,1UL},{0xCDD7L,0xCDD7L},{0xCDD7L,1UL}},{{0x8A19L,65535UL},{1UL,65535UL},{0x8A19L,1UL},{0xCDD7L,0xCDD7L},{0xCDD7L,1UL},{0x8A19L,65535UL},{1UL,65535UL}},{{0x8A19L,1UL},{0xCDD7L,0xCDD7L},{0xCDD7L,1UL},{0x8A19L,65535UL},{1UL,65535UL},{0x8A19L,1UL},{0xCDD7L,0xCDD7L}}};
        int32_t l_1113[10] = {(-4L),0xF4907B56L,0x1CD06F28L,0xF4907B56L,(-4L),(-4L),0xF4907B56L,0x1CD06F28L,0xF4907B56L,(-4L)};
        int32_t l_1114[5][7] = {{1L,0xDF75188DL,0xB92B6C37L,0xDF75188DL,1L,0x66AC3F8CL,1L},{0xF6063D24L,0x891B22CAL,0x891B22CAL,0xF6063D24L,0x891B22CAL,0x891B22CAL,0xF6063D24L},{5L,0xDF75188DL,5L,0x05027638L,1L,0x05027638L,5L},{0xF6063D24L,0xF6063D24L,2L,0xF6063D24L,0xF6063D24L,2L,0xF6063D24L},{1L,0x05027638L,5L,0xDF75188DL,5L,0x05027638L,1L}};
        int16_t **l_1116 = &g_219;
        uint32_t **l_1135 = (void*)0;
        int8_t l_1146 = (-5L);
        uint32_t ****l_1231 = &g_748;
        uint32_t *****l_1230 = &l_1231;
        int8_t l_1274 = 0x93L;
        int32_t *l_1299 = &g_345;
        int32_t ****l_1338 = &g_612;
        uint64_t l_1379 = 0xC7DDE8B0C9F7CF59LL;
        int64_t *** const l_1398[1][4][6] = {{{&g_770,&g_770,&g_770,&g_770,&g_770,&g_770},{&g_770,&g_770,&g_770,&g_770,&g_770,&g_770},{&g_770,&g_770,&g_770,&g_770,&g_770,&g_770},{&g_770,&g_770,&g_770,&g_770,&g_770,&g_770}}};
        int8_t ***l_1408 = &g_73[2];
        uint8_t **l_1409 = (void*)0;
        int64_t l_1413 = 0L;
        union U0 l_1498[2] = {{8L},{8L}};
        const int8_t *l_1569 = &g_312;
        int8_t * const ***l_1628[2];
        int32_t l_1693 = 0xB86C56E4L;
        union U0 *l_1745 = &g_1746;
        uint64_t l_1829 = 0x6AEFC757AC2C2D05LL;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_1628[i] = &l_1258;
    }
    return (*l_747);
}


/* ------------------------------------------ */
/* 
 * reads : g_176 g_42.f0 g_126 g_96 g_64 g_312 g_219 g_22 g_218 g_85 g_37 g_38 g_306 g_118 g_368 g_106 g_332 g_345 g_15
 * writes: g_176 g_96 g_126 g_85 g_306 g_38 g_37 g_312 g_106 g_118 g_332 g_64 g_537
 */
static int8_t * func_29(int32_t  p_30, int8_t * p_31, const int8_t  p_32)
{ /* block id: 153 */
    uint64_t *l_318 = &g_176;
    int32_t l_321[2];
    int64_t *l_329 = (void*)0;
    int64_t *l_330 = (void*)0;
    int64_t *l_331[5][5][5] = {{{&g_332,&g_15,&g_15,&g_332,&g_15},{&g_332,&g_332,&g_15,&g_15,&g_332},{&g_332,&g_15,&g_15,&g_332,&g_15},{&g_332,&g_15,&g_332,(void*)0,&g_332},{&g_15,&g_332,&g_332,&g_15,(void*)0}},{{(void*)0,&g_15,&g_332,(void*)0,&g_332},{&g_15,&g_332,&g_332,&g_15,(void*)0},{(void*)0,&g_15,&g_332,(void*)0,&g_332},{&g_15,&g_332,&g_332,&g_15,(void*)0},{(void*)0,&g_15,&g_332,(void*)0,&g_332}},{{&g_15,&g_332,&g_332,&g_15,(void*)0},{(void*)0,&g_15,&g_332,(void*)0,&g_332},{&g_15,&g_332,&g_332,&g_15,(void*)0},{(void*)0,&g_15,&g_332,(void*)0,&g_332},{&g_15,&g_332,&g_332,&g_15,(void*)0}},{{(void*)0,&g_15,&g_332,(void*)0,&g_332},{&g_15,&g_332,&g_332,&g_15,(void*)0},{(void*)0,&g_15,&g_332,(void*)0,&g_332},{&g_15,&g_332,&g_332,&g_15,(void*)0},{(void*)0,&g_15,&g_332,(void*)0,&g_332}},{{&g_15,&g_332,&g_332,&g_15,(void*)0},{(void*)0,&g_15,&g_332,(void*)0,&g_332},{&g_15,&g_332,&g_332,&g_15,(void*)0},{(void*)0,&g_15,&g_332,(void*)0,&g_332},{&g_15,&g_332,&g_332,&g_15,(void*)0}}};
    uint16_t *l_333 = &g_96;
    int16_t **l_334 = &g_219;
    int32_t l_335 = (-1L);
    int8_t *l_337 = (void*)0;
    int8_t **l_336[2][6] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
    int32_t **l_353 = &g_37;
    uint32_t *l_367[7][2][2] = {{{&g_368,(void*)0},{(void*)0,&g_368}},{{(void*)0,&g_368},{(void*)0,&g_368}},{{(void*)0,(void*)0},{&g_368,&g_368}},{{&g_368,&g_368},{(void*)0,&g_368}},{{&g_368,&g_368},{&g_368,(void*)0}},{{(void*)0,&g_368},{(void*)0,&g_368}},{{(void*)0,&g_368},{(void*)0,(void*)0}}};
    union U0 ** const l_414 = (void*)0;
    uint64_t l_473 = 8UL;
    uint32_t l_515[6];
    const int32_t l_567 = 0xE941DB8CL;
    int32_t l_575 = (-4L);
    int8_t l_601[3];
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_321[i] = 0L;
    for (i = 0; i < 6; i++)
        l_515[i] = 0x409D3DCFL;
    for (i = 0; i < 3; i++)
        l_601[i] = 1L;
    if ((safe_div_func_int64_t_s_s(((0xB4L <= (&p_32 == (p_31 = ((0x3F446E6B259F250DLL <= ((((((safe_sub_func_int16_t_s_s((((**l_334) = ((((++(*l_318)) & g_42.f0) ^ (((l_321[0] && g_126) > p_30) && ((((safe_div_func_uint8_t_u_u(((safe_mod_func_uint16_t_u_u(((*l_333) = ((((l_321[0] = (+(((g_96 | (((safe_lshift_func_uint8_t_u_s(253UL, 3)) == 0xFF5B9F8A84BF4C25LL) <= 0x71300C77L)) | 0UL) == l_321[0]))) && p_32) , g_64[1]) == g_42.f0)), g_312)) > (*p_31)), (*p_31))) , 1L) , (void*)0) != l_334))) || l_321[0])) , l_321[0]), 0x6CC1L)) , p_30) > l_335) | (-3L)) || g_312) < (*p_31))) , p_31)))) , g_22), g_22)))
    { /* block id: 159 */
        const int32_t *l_341 = &l_321[0];
        const int32_t * const *l_340 = &l_341;
        int32_t * const l_344 = &g_345;
        int32_t * const *l_343 = &l_344;
        int32_t * const **l_342 = &l_343;
        int32_t ***l_350 = (void*)0;
        int32_t **l_352 = (void*)0;
        int32_t ***l_351 = &l_352;
        uint32_t *l_363 = &g_85;
        uint8_t *l_366 = &g_306;
        (*g_37) = ((safe_add_func_uint8_t_u_u(((l_340 == ((*l_342) = &g_37)) != g_22), (safe_mul_func_int8_t_s_s(((((((safe_lshift_func_int16_t_s_s((((*l_351) = (void*)0) != l_353), (((p_30 , (safe_add_func_uint64_t_u_u(((safe_lshift_func_uint16_t_u_u(g_42.f0, 7)) , (!((*l_366) = (safe_div_func_int8_t_s_s((((safe_mul_func_int16_t_s_s((**g_218), (((*l_363)++) > p_30))) <= 0xD23D2D6BL) == (*g_37)), 254UL))))), 0x4096C07635F20FC1LL))) <= 18446744073709551615UL) > 1L))) <= p_30) , &g_85) == l_367[0][0][0]) , (void*)0) != &g_41), (**l_353))))) , 1L);
        (*l_353) = &g_106;
        (*l_353) = &g_345;
    }
    else
    { /* block id: 167 */
        int16_t l_389 = (-9L);
        int32_t l_402 = 0L;
        union U0 l_404 = {0xBC830D6BL};
        int32_t l_461 = 4L;
        int32_t l_462 = 1L;
        int32_t l_467[4][9] = {{0x64D78E57L,8L,8L,0x64D78E57L,8L,8L,0x64D78E57L,8L,8L},{0xE4EDA5CCL,(-6L),(-6L),0xE4EDA5CCL,(-6L),(-6L),0xE4EDA5CCL,(-6L),(-6L)},{0x64D78E57L,8L,8L,0x64D78E57L,8L,8L,0x64D78E57L,8L,8L},{0xE4EDA5CCL,(-6L),(-6L),0xE4EDA5CCL,(-6L),(-6L),0xE4EDA5CCL,(-6L),(-6L)}};
        int32_t l_471 = 3L;
        uint8_t *l_499 = &g_118[0][6];
        int32_t *l_578 = &l_402;
        uint8_t *l_595 = &g_118[5][5];
        union U0 **l_596 = &g_41;
        int32_t *l_597 = &l_575;
        int32_t *l_598 = (void*)0;
        int32_t *l_599 = (void*)0;
        int32_t *l_600[4] = {&g_345,&g_345,&g_345,&g_345};
        uint8_t l_602 = 0xF9L;
        int i, j;
        for (g_306 = 0; (g_306 <= 54); ++g_306)
        { /* block id: 170 */
            const int32_t l_392 = 0xEBCE386BL;
            union U0 l_393[3] = {{0x4262B5ABL},{0x4262B5ABL},{0x4262B5ABL}};
            int32_t l_411 = 0xD264E4A1L;
            int32_t l_439 = (-10L);
            int32_t l_464 = 0x8B6EB9E7L;
            int32_t l_465 = 0xBD17A426L;
            int32_t l_466 = (-4L);
            int32_t l_468[10][5] = {{5L,0x7295C7CEL,5L,0xAE0304CAL,0x5EFD074FL},{0L,5L,0x5EFD074FL,5L,0L},{5L,5L,0x7295C7CEL,0L,0x7295C7CEL},{0x7295C7CEL,0x7295C7CEL,0x5EFD074FL,0L,(-5L)},{5L,5L,5L,5L,0x7295C7CEL},{5L,0L,0xAE0304CAL,0xAE0304CAL,0L},{0x7295C7CEL,5L,0xAE0304CAL,0x5EFD074FL,0x5EFD074FL},{5L,0x7295C7CEL,5L,0xAE0304CAL,0x5EFD074FL},{0L,5L,0x5EFD074FL,5L,0L},{5L,5L,0x7295C7CEL,0L,0x7295C7CEL}};
            int8_t l_469[9][9][2] = {{{0x93L,0xE0L},{0xEAL,1L},{0xE0L,0xE7L},{(-3L),1L},{(-5L),7L},{7L,(-3L)},{1L,0xB6L},{4L,0x00L},{0xE7L,0L}},{{(-8L),0xD6L},{0xE0L,0x4AL},{0x65L,0xCAL},{0x00L,0x93L},{(-7L),4L},{(-1L),4L},{(-7L),0x93L},{0x00L,0xCAL},{0x65L,0x4AL}},{{0xE0L,0xD6L},{(-8L),0L},{0xE7L,0x00L},{4L,0xB6L},{1L,(-3L)},{7L,7L},{(-5L),1L},{(-3L),0xE7L},{0xE0L,1L}},{{0xEAL,0xE0L},{0x93L,0xCAL},{0x93L,0xE0L},{0xEAL,1L},{0xE0L,0xE7L},{(-3L),1L},{(-5L),7L},{7L,(-3L)},{1L,0xB6L}},{{4L,0x00L},{0xE7L,0L},{(-8L),0xD6L},{0xE0L,0x4AL},{0x65L,0xCAL},{0x00L,0x93L},{(-7L),4L},{(-1L),4L},{(-7L),0x93L}},{{0x00L,0xCAL},{0x65L,0x4AL},{0xE0L,0xD6L},{(-8L),0L},{0xE7L,0x00L},{4L,0xB6L},{1L,(-3L)},{7L,7L},{(-5L),1L}},{{(-3L),0xE7L},{0xE0L,1L},{0xEAL,0xE0L},{0x93L,0xCAL},{0x93L,0xE0L},{0xEAL,1L},{0xE0L,0xE7L},{(-3L),1L},{(-5L),7L}},{{7L,(-3L)},{1L,0xB6L},{4L,0x00L},{0xE7L,0L},{(-8L),0xD6L},{0xE0L,0x4AL},{0x65L,0x93L},{(-1L),0xB6L},{0xCAL,0xE0L}},{{(-8L),0xE0L},{0xCAL,0xB6L},{(-1L),0x93L},{(-3L),0xE0L},{1L,0xE7L},{0L,0xF6L},{0x4AL,(-1L)},{0xE0L,1L},{1L,(-7L)}}};
            int32_t l_470 = 1L;
            uint16_t l_512 = 0xECD5L;
            union U0 **l_534 = &g_41;
            int i, j, k;
            for (g_312 = 0; (g_312 == 19); g_312 = safe_add_func_uint8_t_u_u(g_312, 1))
            { /* block id: 173 */
                int64_t ***l_373 = (void*)0;
                int64_t **l_375 = (void*)0;
                int64_t ***l_374 = &l_375;
                int32_t **l_380 = (void*)0;
                const uint32_t *l_388 = &g_85;
                uint8_t l_403 = 0xE0L;
                int32_t l_458 = 0x3A27C037L;
                int32_t l_459[1][10] = {{0x030111A0L,0x030111A0L,0x030111A0L,0x030111A0L,0x030111A0L,0x030111A0L,0x030111A0L,0x030111A0L,0x030111A0L,0x030111A0L}};
                int i, j;
                (*l_374) = (void*)0;
                for (g_176 = 9; (g_176 >= 31); g_176++)
                { /* block id: 177 */
                    int32_t ***l_381 = &l_380;
                    for (g_106 = 0; g_106 < 2; g_106 += 1)
                    {
                        l_321[g_106] = 0L;
                    }
                    (*l_353) = &g_38;
                    (*g_37) &= ((g_118[0][6] ^= ((((safe_rshift_func_int16_t_s_s((**g_218), 4)) >= (((p_32 <= g_64[3]) , &g_105[1][1][3]) != ((*l_381) = l_380))) & 0x048FL) == p_30)) , (safe_mul_func_uint8_t_u_u(((safe_add_func_uint16_t_u_u(65532UL, (safe_mod_func_uint16_t_u_u((((&g_368 != l_388) < 0UL) > l_389), p_30)))) & 3UL), (-1L))));
                }
                for (g_85 = 5; (g_85 <= 19); g_85 = safe_add_func_int16_t_s_s(g_85, 1))
                { /* block id: 186 */
                    uint16_t l_394 = 2UL;
                    const int16_t * const l_398 = (void*)0;
                    const int16_t * const * const l_397 = &l_398;
                    int32_t l_401 = (-3L);
                    int32_t *l_413 = &l_321[0];
                    l_402 &= ((((((l_394 = (((l_392 , l_393[1]) , (-9L)) == g_118[0][6])) >= (safe_div_func_int8_t_s_s(((&g_219 == l_397) & ((((safe_rshift_func_int16_t_s_u(l_392, (((((*g_219) = (((0x464E253639AE4B77LL || g_126) || g_85) != 0UL)) & 0x1FC8L) & l_393[1].f0) ^ (**l_353)))) > (**l_353)) & 0x8DB6D265F06879ACLL) <= 0x3F0DL)), g_38))) | l_401) > g_368) , p_30) >= p_30);
                    (*g_37) &= l_403;
                    p_30 = ((l_404 , (((**l_353) | (safe_lshift_func_uint16_t_u_u(p_30, (safe_div_func_uint16_t_u_u((safe_add_func_uint32_t_u_u((l_411 = 1UL), ((*l_413) = (safe_unary_minus_func_uint16_t_u((l_393[1].f0 < (l_331[1][0][2] != (void*)0))))))), (**g_218)))))) , l_414)) != (void*)0);
                }
                for (g_106 = 0; (g_106 >= (-12)); g_106 = safe_sub_func_uint16_t_u_u(g_106, 9))
                { /* block id: 197 */
                    uint64_t l_417 = 4UL;
                    uint32_t *l_422 = &g_85;
                    uint32_t **l_423 = &l_367[3][1][0];
                    int32_t l_440 = 9L;
                    int32_t l_460 = 0x881E4023L;
                    int32_t l_463[5] = {(-2L),(-2L),(-2L),(-2L),(-2L)};
                    int32_t l_472 = (-1L);
                    int i;
                    if (((((l_417 != (~(1L || g_96))) , (l_440 |= (safe_mod_func_int8_t_s_s((0x78L & ((+((((l_422 != ((*l_423) = &g_368)) && (l_439 = ((g_176 |= (safe_add_func_int64_t_s_s(0L, ((((((*g_37) = (safe_lshift_func_uint8_t_u_s(((safe_rshift_func_int16_t_s_s(((l_402 |= (((safe_mul_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((!(l_389 == (safe_mod_func_uint64_t_u_u((safe_add_func_uint32_t_u_u(g_126, g_42.f0)), 0x2C5152F8D379353CLL)))) != l_439), p_32)), l_417)) & g_106) , g_332)) & p_32), (**g_218))) , 1UL), 0))) && p_32) , 255UL) || l_417) < l_417)))) | 4UL))) , (**g_218)) || p_30)) | g_345)), p_30)))) || p_32) | p_30))
                    { /* block id: 204 */
                        uint32_t l_446 = 4294967288UL;
                        int64_t l_447 = 0x318855DDC5B74042LL;
                        int32_t *l_457[10][9][2] = {{{(void*)0,&l_321[0]},{&l_402,&l_402},{&l_440,(void*)0},{&g_38,&g_38},{(void*)0,&g_345},{&l_335,(void*)0},{&g_106,(void*)0},{&g_106,(void*)0},{&l_335,&g_345}},{{(void*)0,&g_38},{&g_38,(void*)0},{&l_440,&l_402},{&l_402,&l_321[0]},{(void*)0,&l_411},{&l_440,&l_439},{&g_38,&l_402},{(void*)0,&l_440},{&l_402,&l_321[0]}},{{&l_439,(void*)0},{&l_321[1],(void*)0},{&g_38,(void*)0},{&l_335,&l_439},{&l_321[1],(void*)0},{&l_321[0],&l_335},{(void*)0,&l_411},{&l_335,(void*)0},{&l_335,(void*)0}},{{&l_411,(void*)0},{&l_321[0],(void*)0},{&l_402,&l_321[0]},{(void*)0,&l_321[1]},{(void*)0,&l_321[1]},{&l_321[0],&l_402},{&l_402,&l_411},{&l_335,&l_321[0]},{&l_439,&l_402}},{{&l_440,&l_321[0]},{&l_411,(void*)0},{&l_402,&g_345},{&g_106,&l_411},{&l_321[0],&l_440},{&g_106,&l_335},{&l_321[1],(void*)0},{&l_402,&g_38},{(void*)0,(void*)0}},{{&l_321[0],&l_402},{&l_402,&g_38},{&l_402,&l_321[1]},{&l_402,&l_439},{(void*)0,&l_439},{&l_402,&l_321[1]},{&l_402,&g_38},{&l_402,&l_402},{&l_321[0],(void*)0}},{{(void*)0,&g_38},{&l_402,(void*)0},{&l_321[1],&l_335},{&g_106,&l_440},{&l_321[0],&l_411},{&g_106,&g_345},{&l_402,(void*)0},{&l_411,&l_321[0]},{&l_440,&l_402}},{{&l_439,&l_321[0]},{&l_335,&l_411},{&l_402,&l_402},{&l_321[0],&l_321[1]},{(void*)0,&l_321[1]},{(void*)0,&l_321[0]},{&l_402,(void*)0},{&l_321[0],(void*)0},{&l_411,(void*)0}},{{&l_335,(void*)0},{&l_335,&l_411},{(void*)0,&l_335},{&l_321[0],(void*)0},{&l_321[1],&l_402},{&l_440,&l_440},{&l_439,&l_402},{&l_440,&g_106},{&g_38,(void*)0}},{{(void*)0,&l_321[0]},{(void*)0,&l_402},{&l_440,(void*)0},{&l_411,&g_38},{(void*)0,(void*)0},{(void*)0,(void*)0},{&l_321[0],(void*)0},{&l_439,&l_321[1]},{&l_440,&l_402}}};
                        int32_t l_476 = 0xF6407B59L;
                        int i, j, k;
                        l_402 ^= (safe_div_func_int16_t_s_s(((~(((((*l_422) ^= l_417) | ((safe_rshift_func_int8_t_s_u(((l_446 = g_368) || (-2L)), 4)) != (0x0CL <= l_447))) , ((safe_mul_func_uint16_t_u_u((safe_sub_func_int16_t_s_s(((safe_div_func_uint64_t_u_u(0x14DB55FF437FD6A4LL, (p_32 ^ (safe_rshift_func_int16_t_s_u((((~((l_440 , 0x7EF141F2L) , l_447)) , 0xABL) != 0xBBL), 4))))) <= p_32), p_30)), l_404.f0)) <= 0x06DFF315E9DFFE23LL)) > 0x98ECB908L)) | g_64[1]), (**g_218)));
                        (*g_37) &= 0x138BAD27L;
                        l_473--;
                        (*g_37) |= l_476;
                    }
                    else
                    { /* block id: 211 */
                        p_30 |= l_468[8][0];
                    }
                    for (l_440 = (-29); (l_440 >= 1); l_440 = safe_add_func_int32_t_s_s(l_440, 8))
                    { /* block id: 216 */
                        const int16_t l_488 = 0xD420L;
                        p_30 = ((safe_mod_func_uint64_t_u_u((safe_rshift_func_int8_t_s_u(((safe_add_func_uint8_t_u_u(g_96, 0x2DL)) ^ (safe_lshift_func_int8_t_s_u(((**l_353) = (+l_488)), 1))), 4)), p_32)) & l_488);
                        if (p_32)
                            break;
                        if (l_488)
                            break;
                        (*g_37) |= 0x270FD4A8L;
                    }
                    if (l_389)
                        continue;
                    if (l_402)
                    { /* block id: 224 */
                        uint32_t l_498 = 0x17999B74L;
                        l_467[1][3] = (((safe_rshift_func_uint8_t_u_s(((**l_353) >= l_462), 7)) , (l_402 >= (p_32 <= ((g_332 = (l_393[1] , (safe_unary_minus_func_int8_t_s(((safe_mul_func_int16_t_s_s((safe_sub_func_int32_t_s_s(((1UL != (((((0xFC4515BE0E0A06B7LL < (((0xEB9DL & ((safe_div_func_uint32_t_u_u(0x7ABDD659L, g_15)) & p_32)) ^ p_32) > p_32)) || p_32) , (**l_353)) , (**g_218)) && 0x6707L)) > p_32), 4294967295UL)), l_498)) ^ p_32))))) ^ (**l_353))))) == 0x7EE092B9L);
                        (*g_37) = ((l_498 , 65527UL) ^ ((**g_218) = (p_32 != (p_31 != (l_499 = p_31)))));
                    }
                    else
                    { /* block id: 230 */
                        int32_t *l_516 = &l_411;
                        (*l_516) &= (l_321[1] = (p_30 = (safe_rshift_func_uint8_t_u_s((safe_div_func_uint64_t_u_u((((safe_rshift_func_int8_t_s_s(((((safe_sub_func_int16_t_s_s(((*g_219) = p_32), p_30)) > (!(((l_466 & ((**l_353) = (65535UL >= (((safe_div_func_uint16_t_u_u(((*l_333) = p_32), (g_64[1] &= (safe_unary_minus_func_int8_t_s((**l_353)))))) , l_512) > (p_32 , (((safe_lshift_func_uint16_t_u_s(((0x69L <= l_392) != p_30), l_515[3])) , (*p_31)) || 0L)))))) != (-2L)) <= g_22))) , 65531UL) > p_32), (*p_31))) , 0x66DE8CB7L) < 1UL), l_462)), 3))));
                    }
                }
            }
            for (g_96 = 5; (g_96 <= 16); ++g_96)
            { /* block id: 243 */
                int16_t *l_528 = &g_64[1];
                for (l_512 = 0; (l_512 <= 40); l_512 = safe_add_func_uint16_t_u_u(l_512, 9))
                { /* block id: 246 */
                    uint16_t l_529 = 0x2B11L;
                    int32_t *l_532 = (void*)0;
                    int32_t *l_533[6] = {&l_471,&l_411,&l_411,&l_471,&l_411,&l_411};
                    uint16_t *l_535 = (void*)0;
                    uint16_t *l_536 = &g_537;
                    int i;
                    (*g_37) ^= ((++(*l_499)) || (~(((-5L) || g_64[3]) , (p_31 == p_31))));
                    l_467[1][2] &= ((safe_add_func_uint64_t_u_u(0x707742214B4C404BLL, (safe_div_func_int16_t_s_s(((*g_218) == l_528), ((l_529 < (((*l_536) = (p_30 >= ((safe_add_func_int32_t_s_s((l_321[1] = ((*g_37) = p_32)), (l_534 == &g_41))) , (-1L)))) && p_30)) || p_30))))) , 0xAC1C53F7L);
                }
                if ((**l_353))
                    break;
                (**l_353) = p_30;
                l_464 = ((((safe_add_func_int16_t_s_s((((**l_353) , (safe_lshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s(l_389, (*g_219))), (((safe_mul_func_uint8_t_u_u((safe_div_func_uint32_t_u_u((safe_mod_func_uint16_t_u_u(((safe_sub_func_int8_t_s_s((-2L), (!(&g_96 != &g_537)))) < (safe_mod_func_uint64_t_u_u(((safe_rshift_func_uint16_t_u_s((safe_lshift_func_int8_t_s_u(((((*l_334) != &l_389) | 0L) == (**l_353)), 4)), 5)) >= l_404.f0), (**l_353)))), 8L)), (*g_37))), (**l_353))) >= p_30) & 0x02L)))) , p_30), (**g_218))) > 0L) >= 1L) <= l_468[5][1]);
            }
        }
        (*l_578) &= ((*p_31) , (safe_add_func_int32_t_s_s((((safe_div_func_uint16_t_u_u((safe_div_func_uint8_t_u_u(7UL, 0xC4L)), ((l_567 , ((~(safe_mul_func_int16_t_s_s((**l_353), (safe_rshift_func_int16_t_s_u((*g_219), (safe_mul_func_uint16_t_u_u(p_30, l_575))))))) || ((safe_lshift_func_uint8_t_u_s(p_32, 7)) != p_30))) , (**l_353)))) | 0xF0L) <= (-1L)), p_32)));
        (*l_597) = ((*l_578) = ((((l_467[1][3] ^= (((((safe_sub_func_int8_t_s_s((*p_31), (((safe_mul_func_int8_t_s_s((*l_578), ((*l_595) = (((**l_334) = (*g_219)) > (((0x763F68DBL && ((safe_div_func_uint64_t_u_u((safe_sub_func_uint64_t_u_u(p_32, 0x583A3335EED47644LL)), (safe_mul_func_int16_t_s_s(p_32, ((safe_sub_func_int8_t_s_s(((**l_353) = (((((l_404 , (safe_mul_func_int16_t_s_s((safe_sub_func_uint8_t_u_u(g_64[1], p_32)), 65529UL))) && (*p_31)) | (*l_578)) || (*g_37)) > 0UL)), g_118[0][6])) < 0x5B9BCA5DL))))) , p_32)) , p_30) >= g_118[0][6]))))) , 0x1FEBA1AF1C909569LL) | (-7L)))) < g_42.f0) == 0L) , l_414) == l_596)) != (*l_578)) < 3UL) , (**l_353)));
        --l_602;
    }
    return p_31;
}


/* ------------------------------------------ */
/* 
 * reads : g_37 g_22 g_54 g_41 g_15 g_42.f0 g_38 g_176 g_118 g_64 g_126 g_218 g_219 g_85 g_96 g_106 g_306
 * writes: g_37 g_41 g_64 g_38 g_22 g_73 g_96 g_176 g_118 g_126 g_106 g_218 g_85 g_306
 */
static union U0  func_33(union U0  p_34)
{ /* block id: 5 */
    int64_t l_36 = 0x16D21B1857497F3CLL;
    int32_t **l_39 = (void*)0;
    int32_t **l_40[6];
    const int8_t *l_53[5] = {&g_22,&g_22,&g_22,&g_22,&g_22};
    const int8_t ** const l_52[2] = {&l_53[2],&l_53[2]};
    uint32_t l_143[7][7] = {{0UL,1UL,0x437AC722L,0UL,4294967295UL,0x437AC722L,0x437AC722L},{0UL,0xF8FFA70AL,4UL,0xF8FFA70AL,0UL,0xDD567FB9L,0UL},{4294967295UL,0UL,0x437AC722L,1UL,0UL,0UL,1UL},{0UL,0xF8FFA70AL,0UL,0x57D00FE4L,3UL,0x57D00FE4L,0UL},{4294967295UL,1UL,0x3E52F82CL,4294967295UL,4294967295UL,0x3E52F82CL,1UL},{0UL,0x57D00FE4L,4294967288UL,0xF8FFA70AL,4294967288UL,0x57D00FE4L,0UL},{0UL,4294967295UL,0x437AC722L,0x437AC722L,4294967295UL,0UL,0x437AC722L}};
    union U0 *l_231 = (void*)0;
    uint32_t l_240 = 0xBD400183L;
    uint64_t l_307 = 1UL;
    int i, j;
    for (i = 0; i < 6; i++)
        l_40[i] = &g_37;
    g_37 = ((l_36 >= l_36) , g_37);
    g_41 = &p_34;
    for (l_36 = (-22); (l_36 <= (-18)); l_36 = safe_add_func_uint64_t_u_u(l_36, 2))
    { /* block id: 10 */
        int32_t *l_45 = (void*)0;
        int64_t l_57 = 0xAB1B57606AB81D4BLL;
        int16_t *l_63 = &g_64[1];
        l_45 = l_45;
        (*g_37) = (safe_add_func_uint16_t_u_u((safe_mul_func_int16_t_s_s(((safe_unary_minus_func_int16_t_s(g_22)) , (+0x02CCL)), (l_52[0] != g_54))), ((safe_lshift_func_uint8_t_u_u(0x5BL, ((((l_57 | (!((*g_41) , ((*l_63) = (safe_mod_func_uint64_t_u_u(((g_22 & (safe_mul_func_int16_t_s_s(((((g_15 < p_34.f0) ^ g_42.f0) & p_34.f0) < 5L), p_34.f0))) , g_42.f0), 18446744073709551606UL)))))) || (*g_37)) && p_34.f0) != p_34.f0))) ^ 0xC2192B58EFE572DBLL)));
    }
    if ((*g_37))
    { /* block id: 15 */
lbl_290:
        for (g_22 = 7; (g_22 >= (-13)); g_22 = safe_sub_func_uint16_t_u_u(g_22, 5))
        { /* block id: 18 */
            int32_t *l_67 = &g_38;
            g_37 = l_67;
        }
    }
    else
    { /* block id: 21 */
        int8_t *l_70 = &g_22;
        int8_t **l_69 = &l_70;
        int8_t ***l_68 = &l_69;
        int8_t **l_72 = &l_70;
        int8_t ***l_71[6][4] = {{&g_54,&l_72,(void*)0,&l_72},{&g_54,&g_54,&l_72,&l_72},{&l_72,&l_72,&l_72,&g_54},{&g_54,&l_72,(void*)0,&l_72},{&g_54,&g_54,&l_72,&l_72},{&l_72,&l_72,&l_72,&g_54}};
        int32_t *l_93 = (void*)0;
        int32_t l_94[7] = {0xD734B0E8L,0xD734B0E8L,0x1F8A0258L,0xD734B0E8L,0xD734B0E8L,0x1F8A0258L,0xD734B0E8L};
        uint64_t *l_207 = &g_176;
        uint64_t *l_221 = &g_176;
        int32_t l_222 = 0x7C2BC513L;
        int32_t l_250 = (-4L);
        uint8_t *l_305 = &g_306;
        int i, j;
lbl_308:
        if (((g_54 != (g_73[2] = ((*l_68) = g_54))) && (-4L)))
        { /* block id: 24 */
            uint8_t l_76[2][5][8] = {{{0x28L,0x3FL,0xB3L,0x53L,0UL,248UL,255UL,0x60L},{8UL,8UL,3UL,255UL,0UL,0UL,255UL,0x53L},{0x60L,1UL,0x3FL,0xFFL,0x73L,255UL,0UL,8UL},{0UL,0UL,0xB3L,1UL,0xB3L,0UL,0UL,0x46L},{255UL,255UL,0x4EL,0x7FL,0x53L,255UL,1UL,0x53L}},{{4UL,0UL,0x83L,4UL,0x53L,255UL,0x46L,1UL},{255UL,248UL,0UL,0x53L,0xB3L,0x3FL,0x28L,248UL},{0UL,0x46L,255UL,0x28L,0x73L,0xE5L,0x7FL,0x7FL},{0x60L,0UL,255UL,255UL,0UL,0x60L,0xFFL,0x46L},{0UL,0UL,3UL,248UL,0x10L,250UL,255UL,0xC0L}}};
            int32_t l_88 = 1L;
            uint32_t l_92 = 0xF279EC88L;
            int32_t *l_104 = &l_88;
            int16_t *l_129 = (void*)0;
            int32_t l_150 = (-1L);
            int32_t l_157 = 3L;
            int32_t l_159 = 6L;
            int i, j, k;
            for (l_36 = (-10); (l_36 <= (-14)); l_36 = safe_sub_func_int32_t_s_s(l_36, 1))
            { /* block id: 27 */
                int32_t *l_81 = (void*)0;
                int8_t l_82 = 1L;
                uint32_t *l_83 = (void*)0;
                uint32_t *l_84 = &g_85;
                int16_t *l_125[6];
                int8_t **l_137 = &l_70;
                int8_t l_139 = 0xE1L;
                int8_t l_149 = 0x9EL;
                int32_t l_151 = 0xA19F92D8L;
                int32_t l_152[2][5] = {{0L,0L,8L,8L,0L},{0L,0L,8L,8L,0L}};
                int i, j;
                for (i = 0; i < 6; i++)
                    l_125[i] = (void*)0;
                l_76[0][1][4]--;
                for (g_22 = (-26); (g_22 < (-26)); g_22 = safe_add_func_int16_t_s_s(g_22, 8))
                { /* block id: 31 */
                    g_37 = l_81;
                    g_37 = &g_38;
                }
            }
            for (l_36 = 6; (l_36 >= 2); l_36 -= 1)
            { /* block id: 74 */
                int32_t l_164 = (-1L);
                int i;
                l_94[l_36] = l_164;
                if ((*g_37))
                    break;
            }
        }
        else
        { /* block id: 78 */
            int32_t l_174 = 0x9416F890L;
            int32_t l_192 = (-1L);
            uint64_t l_199 = 0xFD976915BE6F43F8LL;
            int32_t l_243 = 0x713C0A18L;
            int32_t l_244 = 0x9312C6D9L;
            int32_t l_246[8][6] = {{0x0D12D87EL,(-1L),(-1L),0x0D12D87EL,(-1L),(-1L)},{0x0D12D87EL,(-1L),(-1L),0x0D12D87EL,(-1L),(-1L)},{0x0D12D87EL,(-1L),(-1L),0x0D12D87EL,(-1L),(-1L)},{0x0D12D87EL,(-1L),(-1L),0x0D12D87EL,(-1L),(-1L)},{0x0D12D87EL,(-1L),(-1L),0x0D12D87EL,(-1L),(-1L)},{0x0D12D87EL,(-1L),(-1L),0x0D12D87EL,(-1L),(-1L)},{0x0D12D87EL,(-1L),(-1L),0x0D12D87EL,(-1L),(-1L)},{0x0D12D87EL,(-1L),(-1L),0x0D12D87EL,(-1L),(-1L)}};
            int16_t l_253 = 0x4FB7L;
            uint64_t l_286 = 0x6A5EAA2735F94A47LL;
            int i, j;
lbl_291:
            for (g_96 = (-3); (g_96 >= 47); g_96 = safe_add_func_int16_t_s_s(g_96, 2))
            { /* block id: 81 */
                int32_t *l_170[4] = {&g_106,&g_106,&g_106,&g_106};
                int i;
                for (l_36 = 0; (l_36 < 16); ++l_36)
                { /* block id: 84 */
                    int32_t *l_169 = &l_94[2];
                    l_170[0] = l_169;
                    if ((*g_37))
                        break;
                }
                (*g_37) ^= 0x2FCD55C4L;
            }
            (*g_37) &= (safe_rshift_func_int16_t_s_u((p_34.f0 , p_34.f0), 11));
            for (g_22 = 0; (g_22 <= 1); g_22 += 1)
            { /* block id: 93 */
                uint64_t *l_173 = (void*)0;
                uint64_t *l_175 = &g_176;
                int32_t l_183 = 0x763CFF37L;
                uint8_t *l_190 = (void*)0;
                uint8_t *l_191[10] = {&g_118[0][6],&g_118[0][6],&g_118[0][6],&g_118[0][6],&g_118[0][6],&g_118[0][6],&g_118[0][6],&g_118[0][6],&g_118[0][6],&g_118[0][6]};
                int16_t *l_195 = (void*)0;
                int16_t *l_196 = &g_126;
                int16_t *l_197 = &g_64[0];
                int32_t l_198[7];
                int i;
                for (i = 0; i < 7; i++)
                    l_198[i] = 0x60EE946CL;
                l_198[2] = (l_183 = ((((*l_197) = ((((++(*l_175)) != (((safe_sub_func_uint64_t_u_u((p_34.f0 & 0xD2374D607CDC40B6LL), ((safe_sub_func_int16_t_s_s(l_183, (l_183 >= ((l_174 = (safe_add_func_int16_t_s_s(((*l_196) ^= ((safe_div_func_uint64_t_u_u(((p_34.f0 == ((*g_37) = (safe_add_func_int8_t_s_s((-1L), l_174)))) < ((++g_118[0][6]) < 5UL)), 0x0830B306029FF4D6LL)) == g_64[1])), p_34.f0))) & (-1L))))) != p_34.f0))) < p_34.f0) != (-4L))) > g_64[1]) , 0xA80EL)) != l_192) != p_34.f0));
                --l_199;
                for (l_199 = 0; (l_199 <= 1); l_199 += 1)
                { /* block id: 105 */
                    (*g_37) = l_199;
                    if (p_34.f0)
                        continue;
                    for (l_36 = 0; (l_36 <= 1); l_36 += 1)
                    { /* block id: 110 */
                        l_198[2] = (*g_37);
                    }
                }
                for (g_176 = 0; (g_176 <= 1); g_176 += 1)
                { /* block id: 116 */
                    return p_34;
                }
                for (g_106 = 0; (g_106 <= 1); g_106 += 1)
                { /* block id: 121 */
                    uint64_t **l_206 = &l_175;
                    int16_t **l_220[1];
                    union U0 **l_232 = &g_41;
                    int32_t l_239 = 0xF2FAA026L;
                    int32_t l_251 = 0xC4F9C5EAL;
                    int32_t l_252[4];
                    uint32_t l_254 = 0x502CA6F6L;
                    int8_t ***l_284[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_220[i] = &g_219;
                    for (i = 0; i < 4; i++)
                        l_252[i] = 1L;
                    for (i = 0; i < 1; i++)
                        l_284[i] = &l_72;
                    l_222 = (safe_lshift_func_int8_t_s_u((l_94[1] = (safe_mul_func_int8_t_s_s(0xB5L, (l_192 = ((l_207 = ((*l_206) = &g_176)) == ((l_198[1] ^ (safe_lshift_func_int16_t_s_s(g_42.f0, ((safe_add_func_int8_t_s_s(0x8DL, (safe_lshift_func_int16_t_s_u((safe_add_func_int32_t_s_s(l_174, ((*g_37) |= 0xA72F9D53L))), (safe_mod_func_uint16_t_u_u(((g_218 = g_218) == l_220[0]), (*g_219))))))) & g_176)))) , l_221)))))), g_118[5][3]));
                    (*g_37) |= ((safe_mul_func_int8_t_s_s(((safe_rshift_func_int16_t_s_u((((((safe_rshift_func_uint8_t_u_s(p_34.f0, 3)) , &g_106) == &l_174) <= 0xC408L) | (((*l_232) = l_231) != &g_42)), (((((p_34.f0 , (safe_mod_func_int64_t_s_s((safe_mod_func_uint32_t_u_u(p_34.f0, (g_85 &= (safe_add_func_int64_t_s_s((((void*)0 == (*g_218)) == l_239), g_22))))), 0x9EA1156754FE3FCELL))) >= (-5L)) > g_42.f0) & 0x3719L) > l_240))) > g_96), g_126)) != l_239);
                    for (g_85 = 0; (g_85 <= 1); g_85 += 1)
                    { /* block id: 134 */
                        int32_t l_241 = 0x496F3E45L;
                        int32_t l_242 = 0x859B935AL;
                        int32_t l_245 = 0x9451B64BL;
                        int32_t l_247 = (-1L);
                        int32_t l_248 = 2L;
                        int32_t l_249[10] = {(-1L),1L,1L,(-1L),0x57221585L,(-1L),1L,1L,(-1L),0x57221585L};
                        union U0 l_267 = {-3L};
                        int32_t l_285 = 4L;
                        uint16_t l_287 = 65535UL;
                        int i, j, k;
                        ++l_254;
                        l_286 ^= ((((safe_lshift_func_uint16_t_u_u((safe_mul_func_int16_t_s_s(p_34.f0, (safe_rshift_func_int16_t_s_u((**g_218), 13)))), ((safe_lshift_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((((void*)0 != &p_34) , g_22), (((*g_37) = (l_267 , (safe_lshift_func_uint8_t_u_s((l_94[3] = (safe_add_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((safe_div_func_int64_t_s_s(1L, (~(safe_rshift_func_uint8_t_u_s((safe_div_func_uint16_t_u_u(((safe_unary_minus_func_int16_t_s(((safe_div_func_int16_t_s_s(((void*)0 != l_284[0]), p_34.f0)) ^ l_183))) , 0UL), 6L)), p_34.f0))))) || 8UL), l_183)), 0xB2L))), l_285)))) && p_34.f0))), 4)) , p_34.f0))) , p_34.f0) ^ p_34.f0) >= 1UL);
                        --l_287;
                        if (g_15)
                            goto lbl_290;
                    }
                }
            }
            if (p_34.f0)
                goto lbl_291;
        }
        l_93 = &g_106;
        l_250 |= (safe_div_func_int32_t_s_s(((safe_div_func_uint16_t_u_u(g_126, (*l_93))) || (~((safe_mod_func_uint64_t_u_u(p_34.f0, (safe_mul_func_uint8_t_u_u((((((safe_lshift_func_int16_t_s_u((((((safe_rshift_func_int8_t_s_u((((*l_305) ^= g_118[0][6]) , (l_307 , (*l_93))), 1)) , &l_231) == &l_231) < p_34.f0) , p_34.f0), p_34.f0)) >= 0x70F4L) <= p_34.f0) >= (*l_93)) || (*g_37)), (*l_93))))) <= 0xF7F4L))), g_15));
        if (l_250)
            goto lbl_308;
    }
    return p_34;
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
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_42.f0, "g_42.f0", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_64[i], "g_64[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_118[i][j], "g_118[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_176, "g_176", print_hash_value);
    transparent_crc(g_306, "g_306", print_hash_value);
    transparent_crc(g_312, "g_312", print_hash_value);
    transparent_crc(g_332, "g_332", print_hash_value);
    transparent_crc(g_345, "g_345", print_hash_value);
    transparent_crc(g_368, "g_368", print_hash_value);
    transparent_crc(g_537, "g_537", print_hash_value);
    transparent_crc(g_716, "g_716", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_819[i][j].f0, "g_819[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_844, "g_844", print_hash_value);
    transparent_crc(g_845, "g_845", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_856[i], "g_856[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_857, "g_857", print_hash_value);
    transparent_crc(g_945, "g_945", print_hash_value);
    transparent_crc(g_1064, "g_1064", print_hash_value);
    transparent_crc(g_1098, "g_1098", print_hash_value);
    transparent_crc(g_1108, "g_1108", print_hash_value);
    transparent_crc(g_1157, "g_1157", print_hash_value);
    transparent_crc(g_1219, "g_1219", print_hash_value);
    transparent_crc(g_1260, "g_1260", print_hash_value);
    transparent_crc(g_1277, "g_1277", print_hash_value);
    transparent_crc(g_1393.f0, "g_1393.f0", print_hash_value);
    transparent_crc(g_1428, "g_1428", print_hash_value);
    transparent_crc(g_1471, "g_1471", print_hash_value);
    transparent_crc(g_1472, "g_1472", print_hash_value);
    transparent_crc(g_1623, "g_1623", print_hash_value);
    transparent_crc(g_1716, "g_1716", print_hash_value);
    transparent_crc(g_1746.f0, "g_1746.f0", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_1849[i], "g_1849[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1914, "g_1914", print_hash_value);
    transparent_crc(g_1928, "g_1928", print_hash_value);
    transparent_crc(g_2073, "g_2073", print_hash_value);
    transparent_crc(g_2129, "g_2129", print_hash_value);
    transparent_crc(g_2171, "g_2171", print_hash_value);
    transparent_crc(g_2396.f0, "g_2396.f0", print_hash_value);
    transparent_crc(g_2419.f0, "g_2419.f0", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 618
XXX total union variables: 21

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

XXX max expression depth: 40
breakdown:
   depth: 1, occurrence: 181
   depth: 2, occurrence: 49
   depth: 3, occurrence: 5
   depth: 4, occurrence: 1
   depth: 5, occurrence: 2
   depth: 6, occurrence: 2
   depth: 7, occurrence: 1
   depth: 8, occurrence: 2
   depth: 12, occurrence: 2
   depth: 14, occurrence: 1
   depth: 15, occurrence: 2
   depth: 16, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 2
   depth: 20, occurrence: 2
   depth: 21, occurrence: 1
   depth: 23, occurrence: 2
   depth: 24, occurrence: 3
   depth: 25, occurrence: 1
   depth: 27, occurrence: 1
   depth: 28, occurrence: 2
   depth: 29, occurrence: 1
   depth: 30, occurrence: 3
   depth: 32, occurrence: 1
   depth: 34, occurrence: 1
   depth: 35, occurrence: 1
   depth: 37, occurrence: 1
   depth: 40, occurrence: 2

XXX total number of pointers: 509

XXX times a variable address is taken: 1376
XXX times a pointer is dereferenced on RHS: 402
breakdown:
   depth: 1, occurrence: 260
   depth: 2, occurrence: 72
   depth: 3, occurrence: 33
   depth: 4, occurrence: 35
   depth: 5, occurrence: 2
XXX times a pointer is dereferenced on LHS: 336
breakdown:
   depth: 1, occurrence: 225
   depth: 2, occurrence: 49
   depth: 3, occurrence: 38
   depth: 4, occurrence: 20
   depth: 5, occurrence: 4
XXX times a pointer is compared with null: 56
XXX times a pointer is compared with address of another variable: 16
XXX times a pointer is compared with another pointer: 19
XXX times a pointer is qualified to be dereferenced: 8900

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1323
   level: 2, occurrence: 368
   level: 3, occurrence: 228
   level: 4, occurrence: 225
   level: 5, occurrence: 29
XXX number of pointers point to pointers: 199
XXX number of pointers point to scalars: 296
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 28.5
XXX average alias set size: 1.47

XXX times a non-volatile is read: 2393
XXX times a non-volatile is write: 1262
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 16

XXX stmts: 181
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 27
   depth: 1, occurrence: 34
   depth: 2, occurrence: 32
   depth: 3, occurrence: 32
   depth: 4, occurrence: 31
   depth: 5, occurrence: 25

XXX percentage a fresh-made variable is used: 15.2
XXX percentage an existing variable is used: 84.8
********************* end of statistics **********************/

