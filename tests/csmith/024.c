/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 26 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      26
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   const uint32_t  f0;
   const uint32_t  f1;
};

union U1 {
   int8_t * f0;
   const signed f1 : 18;
   unsigned f2 : 12;
   uint32_t  f3;
   int64_t  f4;
};

/* --- GLOBAL VARIABLES --- */
static uint16_t g_8 = 0x5ED0L;
static int8_t g_13 = 0x34L;
static const int8_t *g_12[3][1][3] = {{{&g_13,&g_13,&g_13}},{{(void*)0,&g_13,(void*)0}},{{&g_13,&g_13,&g_13}}};
static int32_t g_22 = 0x826FBD10L;
static uint32_t g_51 = 0UL;
static int8_t g_75 = 0L;
static int32_t g_82 = (-1L);
static int32_t g_84[10][7] = {{7L,9L,(-1L),0x932E4B48L,0x981A7339L,8L,0xF8BF216AL},{0xF8BF216AL,5L,(-10L),(-10L),5L,0xF8BF216AL,0x15A5982EL},{5L,(-1L),0x981A7339L,(-10L),0x375EFDD8L,2L,0x00EC8613L},{0x821F8E69L,0xF8BF216AL,(-5L),0x932E4B48L,9L,0x932E4B48L,(-5L)},{(-1L),(-1L),8L,0x942A635BL,(-10L),7L,(-5L)},{0x15A5982EL,5L,5L,0x821F8E69L,0x375EFDD8L,8L,8L},{7L,(-1L),0x5F01DA63L,(-1L),7L,0x821F8E69L,2L},{0x942A635BL,0x932E4B48L,0x5F01DA63L,0x15A5982EL,(-1L),(-10L),9L},{0x15A5982EL,0xF8BF216AL,5L,(-10L),(-10L),5L,0xF8BF216AL},{0x942A635BL,0x15A5982EL,0x932E4B48L,2L,0x981A7339L,5L,0x821F8E69L}};
static uint8_t g_86 = 1UL;
static int32_t * const g_94[3] = {&g_22,&g_22,&g_22};
static uint16_t g_96 = 65528UL;
static int32_t g_97 = (-1L);
static uint32_t g_103 = 0UL;
static const int32_t **g_135 = (void*)0;
static uint64_t g_148 = 0x352AAD8DCC579967LL;
static int16_t g_189 = 0xD1A4L;
static const uint8_t g_206[7] = {0UL,0UL,0UL,0UL,0UL,0UL,0UL};
static int8_t *g_219 = &g_75;
static int8_t **g_218 = &g_219;
static uint16_t g_242[2][1] = {{65533UL},{65533UL}};
static union U1 g_260 = {0};
static int8_t ***g_261[7] = {&g_218,&g_218,&g_218,&g_218,&g_218,&g_218,&g_218};
static uint8_t *g_275 = &g_86;
static int32_t *g_277 = &g_22;
static const int64_t g_287[10][6] = {{4L,(-1L),(-1L),4L,(-1L),(-1L)},{4L,(-1L),(-1L),4L,(-1L),(-1L)},{4L,(-1L),(-1L),4L,(-1L),(-1L)},{4L,(-1L),(-1L),4L,(-1L),(-1L)},{4L,(-1L),(-1L),4L,(-1L),(-1L)},{4L,(-1L),(-1L),4L,(-1L),(-1L)},{4L,(-1L),(-1L),4L,(-1L),(-1L)},{4L,(-1L),(-1L),4L,(-1L),(-1L)},{4L,(-1L),(-1L),4L,(-1L),(-1L)},{4L,(-1L),(-1L),4L,(-1L),(-1L)}};
static int16_t g_336 = 0x454BL;
static int16_t g_338 = 0x9286L;
static struct S0 g_346 = {0x163EFBA4L,1UL};
static int64_t g_364 = (-4L);
static uint64_t g_399[1] = {0xD3D460507924D338LL};
static int32_t g_400 = (-8L);
static uint8_t g_446[6][8][5] = {{{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L}},{{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,0xFDL,0xA6L},{0xC9L,0xC9L,0xA6L,247UL,0x64L}},{{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L}},{{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L}},{{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L}},{{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L},{0xA6L,0xA6L,0x64L,247UL,0x64L}}};
static int32_t ****g_486 = (void*)0;
static int64_t g_635[5][5] = {{0xB7AA319BC4F5CCC9LL,0x5D926B49531716E1LL,0xB7AA319BC4F5CCC9LL,0xB7AA319BC4F5CCC9LL,0x5D926B49531716E1LL},{0x312813191A5F1968LL,(-1L),(-1L),0x312813191A5F1968LL,(-1L)},{0x5D926B49531716E1LL,0x5D926B49531716E1LL,0x8FE8C6C0990CE6CDLL,0x5D926B49531716E1LL,0x5D926B49531716E1LL},{(-1L),0x312813191A5F1968LL,(-1L),(-1L),0x312813191A5F1968LL},{0x5D926B49531716E1LL,0xB7AA319BC4F5CCC9LL,0xB7AA319BC4F5CCC9LL,0x5D926B49531716E1LL,0xB7AA319BC4F5CCC9LL}};
static int32_t **g_643 = &g_277;
static int32_t ***g_642 = &g_643;
static struct S0 *g_709 = &g_346;
static struct S0 **g_708 = &g_709;
static struct S0 *** const g_707 = &g_708;
static uint64_t g_738 = 1UL;
static int32_t *****g_768 = &g_486;
static uint8_t g_877 = 0xAAL;
static int8_t g_974 = 1L;
static int64_t g_1139 = (-1L);
static uint64_t g_1307 = 4UL;
static uint32_t g_1326 = 0x976B9DA9L;
static struct S0 g_1375 = {0xFAC46D53L,4294967295UL};
static union U1 g_1379[8] = {{0},{0},{0},{0},{0},{0},{0},{0}};
static const int32_t *g_1387 = (void*)0;
static union U1 g_1391[1] = {{0}};
static union U1 *g_1390 = &g_1391[0];
static union U1 g_1393 = {0};
static union U1 *g_1392[5][1][5] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_1393,&g_1393,&g_1393,&g_1393,&g_1393}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_1393,&g_1393,&g_1393,&g_1393,&g_1393}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}}};


/* --- FORWARD DECLARATIONS --- */
static struct S0  func_1(void);
static int32_t * const  func_2(int32_t  p_3, uint32_t  p_4, int32_t  p_5, const int32_t * p_6, const uint16_t  p_7);
static uint16_t  func_14(int16_t  p_15, union U1  p_16, int32_t  p_17, uint32_t  p_18);
static union U1  func_24(int64_t  p_25, int8_t * p_26, uint32_t  p_27);
static int8_t * func_32(uint32_t  p_33, int32_t  p_34, int16_t  p_35, const int8_t * p_36);
static uint32_t  func_37(uint32_t  p_38, const int32_t * p_39, uint32_t  p_40, int32_t * p_41);
static uint16_t  func_42(int32_t * p_43, int8_t  p_44, int8_t * p_45);
static uint32_t  func_60(int32_t  p_61);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_8 g_12 g_13 g_22 g_51 g_75 g_82 g_86 g_94 g_103 g_84 g_96 g_135 g_189 g_206 g_148 g_218 g_97 g_242 g_260 g_277 g_399 g_275 g_346.f0 g_346 g_219 g_338 g_287 g_364 g_486 g_336 g_446 g_635 g_707 g_708 g_738 g_400 g_768 g_709 g_643 g_974 g_1139 g_1326 g_1307 g_1375.f1 g_1387
 * writes: g_22 g_51 g_75 g_82 g_86 g_97 g_103 g_96 g_135 g_148 g_189 g_218 g_242 g_261 g_260.f2 g_277 g_446 g_399 g_486 g_275 g_336 g_260.f3 g_338 g_642 g_400 g_364 g_709 g_13 g_738 g_768 g_877 g_1326 g_260.f4 g_635 g_1390 g_1392
 */
static struct S0  func_1(void)
{ /* block id: 0 */
    int8_t l_11 = (-1L);
    union U1 l_19 = {0};
    int32_t **l_1395 = &g_277;
    struct S0 l_1396 = {4294967295UL,3UL};
    (*l_1395) = func_2((((((g_8 != g_8) >= (safe_sub_func_int8_t_s_s(l_11, (g_12[1][0][1] == ((l_11 & 0L) , &g_13))))) | l_11) <= (((func_14(((l_11 & l_11) , 0x8F9EL), l_19, l_11, g_13) , (void*)0) == g_94[1]) && g_242[1][0])) && g_51), g_1375.f1, g_206[6], g_1387, g_346.f0);
    return l_1396;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_1390 g_1392
 */
static int32_t * const  func_2(int32_t  p_3, uint32_t  p_4, int32_t  p_5, const int32_t * p_6, const uint16_t  p_7)
{ /* block id: 630 */
    union U1 *l_1389 = &g_1379[5];
    union U1 **l_1388[2][4];
    int32_t * const l_1394 = (void*)0;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
            l_1388[i][j] = &l_1389;
    }
    g_1392[0][0][3] = (g_1390 = &g_1379[3]);
    return l_1394;
}


/* ------------------------------------------ */
/* 
 * reads : g_22 g_13 g_51 g_75 g_82 g_86 g_94 g_103 g_8 g_84 g_96 g_135 g_189 g_206 g_148 g_218 g_97 g_242 g_260 g_277 g_399 g_275 g_346.f0 g_346 g_219 g_338 g_287 g_364 g_486 g_336 g_446 g_635 g_707 g_708 g_738 g_400 g_768 g_709 g_643 g_974 g_1139 g_1326 g_1307
 * writes: g_22 g_51 g_75 g_82 g_86 g_97 g_103 g_96 g_135 g_148 g_189 g_218 g_242 g_261 g_260.f2 g_277 g_446 g_399 g_486 g_275 g_336 g_260.f3 g_338 g_642 g_400 g_364 g_709 g_13 g_738 g_768 g_877 g_1326 g_260.f4 g_635
 */
static uint16_t  func_14(int16_t  p_15, union U1  p_16, int32_t  p_17, uint32_t  p_18)
{ /* block id: 1 */
    int16_t l_20 = 3L;
    int32_t *l_21 = &g_22;
    int8_t *l_48 = &g_13;
    uint16_t *l_406 = (void*)0;
    uint16_t *l_407 = &g_242[1][0];
    int64_t *l_1336[10] = {&g_364,&g_635[1][0],&g_364,&g_364,&g_364,&g_364,&g_635[1][0],&g_364,&g_364,&g_364};
    int32_t *** const *l_1353 = &g_642;
    int32_t *** const **l_1352 = &l_1353;
    int32_t l_1355 = 0xF606F29DL;
    int32_t l_1356 = (-1L);
    int32_t l_1357 = 6L;
    int32_t l_1358 = 1L;
    int32_t l_1359 = 1L;
    int32_t l_1360 = 0xB8CBDC35L;
    int32_t l_1361 = 1L;
    int32_t l_1362 = (-1L);
    int32_t l_1363 = (-1L);
    int32_t l_1364 = 0x0C25EEC8L;
    int32_t l_1365 = 0L;
    int32_t l_1366[3];
    int32_t l_1368[10][10][2] = {{{0xC4D2052CL,0xEB7420D2L},{0x1935043BL,3L},{0L,(-4L)},{0x0BDC769EL,7L},{0xB77F86E7L,0xB6B9B7E3L},{0L,(-3L)},{(-3L),(-3L)},{0L,0xB6B9B7E3L},{0xB77F86E7L,7L},{0x0BDC769EL,(-4L)}},{{0L,3L},{0x1935043BL,0xEB7420D2L},{0xC4D2052CL,(-7L)},{0x29A4A1A0L,0x9967AB8CL},{0xBA1B1F93L,1L},{2L,0xD526F99AL},{7L,0L},{3L,0x29A4A1A0L},{0x77679CE1L,0x97D2F295L},{0xECE839E7L,(-8L)}},{{(-1L),0x0BDC769EL},{1L,0xF2996733L},{0x08B5F2E9L,0x3AE9EDFEL},{0x3EC7877DL,0xA7EC7605L},{(-1L),(-5L)},{0xD526F99AL,0x86F1006EL},{0xA7EC7605L,0L},{0xBB48F4D6L,0x1935043BL},{0x3AE9EDFEL,0L},{1L,0x19828384L}},{{0x75561555L,0x75561555L},{(-3L),0xC4D2052CL},{0L,(-1L)},{0L,0xA645E9D7L},{(-1L),0L},{0x473EB4F9L,0x08B5F2E9L},{0x473EB4F9L,0L},{(-1L),0xA645E9D7L},{0L,(-1L)},{0L,0xC4D2052CL}},{{(-3L),0x75561555L},{0x75561555L,0x19828384L},{1L,0L},{0x3AE9EDFEL,0x1935043BL},{0xBB48F4D6L,0L},{0xA7EC7605L,0x86F1006EL},{0xD526F99AL,(-5L)},{(-1L),0xA7EC7605L},{0x3EC7877DL,0x3AE9EDFEL},{0x08B5F2E9L,0xF2996733L}},{{1L,0x0BDC769EL},{(-1L),(-8L)},{0xECE839E7L,0x97D2F295L},{0x77679CE1L,0x29A4A1A0L},{3L,0L},{7L,0xD526F99AL},{2L,1L},{0xBA1B1F93L,0x9967AB8CL},{0x29A4A1A0L,(-7L)},{0xC4D2052CL,0xEB7420D2L}},{{0x1935043BL,3L},{0L,(-4L)},{0x0BDC769EL,7L},{0xB77F86E7L,0xB6B9B7E3L},{0L,(-3L)},{(-3L),(-3L)},{0L,0xB6B9B7E3L},{0xB77F86E7L,7L},{0x0BDC769EL,(-4L)},{0L,3L}},{{0x1935043BL,0xEB7420D2L},{0xC4D2052CL,(-7L)},{0x29A4A1A0L,0x9967AB8CL},{0xBA1B1F93L,1L},{2L,0xD526F99AL},{1L,(-1L)},{0xBA1B1F93L,0xECE839E7L},{0xBB48F4D6L,0L},{0x3EC7877DL,0L},{0L,0xC8A6AC26L}},{{0x8D7D10F5L,7L},{2L,0x97D2F295L},{3L,1L},{(-9L),0x1935043BL},{0x0BDC769EL,0xB77F86E7L},{1L,0x06BADB76L},{0xD5A8E1C5L,0L},{0x97D2F295L,0x3AE9EDFEL},{(-3L),0xCDCA2BCDL},{(-4L),(-4L)}},{{0xB6B9B7E3L,(-2L)},{(-1L),(-9L)},{(-5L),0x77679CE1L},{(-1L),(-5L)},{(-1L),2L},{(-1L),(-5L)},{(-1L),0x77679CE1L},{(-5L),(-9L)},{(-1L),(-2L)},{0xB6B9B7E3L,(-4L)}}};
    uint64_t l_1369 = 0UL;
    struct S0 *l_1374 = &g_1375;
    union U1 *l_1378 = &g_1379[3];
    int16_t l_1383[1];
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1366[i] = 0x60615F7BL;
    for (i = 0; i < 1; i++)
        l_1383[i] = 0xDFBDL;
    (*l_21) = l_20;
    if ((safe_unary_minus_func_int16_t_s((func_24((g_260.f4 = (((safe_div_func_int16_t_s_s((((void*)0 != l_21) > ((p_17 != (((safe_rshift_func_int8_t_s_s((*l_21), 2)) , func_32(func_37((g_13 <= ((((*l_407) = func_42(l_21, ((*l_21) = (((0x38L || g_22) != (safe_sub_func_int16_t_s_s(g_13, p_15))) , 1L)), l_48)) < 0x8609L) , 0x23L)), l_21, p_15, g_277), p_18, p_15, g_219)) != (void*)0)) , (*g_275))), (-2L))) & 0xCCBB6D40L) , p_15)), &g_974, g_287[7][2]) , (-2L)))))
    { /* block id: 609 */
        int32_t *****l_1354[4];
        int8_t l_1367 = 0x71L;
        uint8_t l_1384 = 0xF6L;
        int i;
        for (i = 0; i < 4; i++)
            l_1354[i] = (void*)0;
        p_17 = (l_1352 != l_1354[3]);
        --l_1369;
        for (l_1359 = 0; (l_1359 < (-20)); --l_1359)
        { /* block id: 614 */
            union U1 *l_1377[4][8] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
            union U1 **l_1376[6][4][1] = {{{(void*)0},{&l_1377[2][6]},{(void*)0},{(void*)0}},{{&l_1377[2][6]},{(void*)0},{&l_1377[2][6]},{(void*)0}},{{&l_1377[2][6]},{(void*)0},{(void*)0},{&l_1377[2][6]}},{{(void*)0},{&l_1377[2][6]},{(void*)0},{&l_1377[2][6]}},{{(void*)0},{(void*)0},{&l_1377[2][6]},{(void*)0}},{{&l_1377[2][6]},{(void*)0},{&l_1377[2][6]},{(void*)0}}};
            int32_t l_1380 = 1L;
            int32_t l_1381 = 0xBD52189CL;
            int32_t l_1382[2][4] = {{0x40E099AEL,0x40E099AEL,0x40E099AEL,0x40E099AEL},{0x40E099AEL,0x40E099AEL,0x40E099AEL,0x40E099AEL}};
            int i, j, k;
            l_1374 = ((**g_707) = (*g_708));
            l_1378 = &g_260;
            ++l_1384;
        }
    }
    else
    { /* block id: 620 */
        (*g_708) = (*g_708);
        (*l_21) = 0x86DB6235L;
        for (l_1365 = 4; (l_1365 >= 0); l_1365 -= 1)
        { /* block id: 625 */
            return g_1307;
        }
    }
    return (*l_21);
}


/* ------------------------------------------ */
/* 
 * reads : g_974 g_635 g_275 g_86 g_446 g_218 g_219 g_75 g_260
 * writes: g_635 g_75
 */
static union U1  func_24(int64_t  p_25, int8_t * p_26, uint32_t  p_27)
{ /* block id: 603 */
    const uint8_t l_1347 = 0xCBL;
    int64_t *l_1348[5];
    uint32_t l_1349 = 0xB1D3CF82L;
    int32_t l_1350 = 0L;
    int32_t l_1351 = 0x87601CFAL;
    int i;
    for (i = 0; i < 5; i++)
        l_1348[i] = (void*)0;
    l_1351 ^= (safe_mod_func_int32_t_s_s(((void*)0 != &g_218), (safe_mul_func_uint16_t_u_u((l_1350 = ((((**g_218) |= ((((!((safe_lshift_func_uint8_t_u_u(((*p_26) & 0x08L), (safe_sub_func_uint8_t_u_u((!l_1347), (p_27 | (g_635[1][0] |= p_27)))))) > (&p_26 == &p_26))) & l_1349) <= (*g_275)) == p_27)) , 0x6C0A671AL) < 1L)), p_27))));
    return g_260;
}


/* ------------------------------------------ */
/* 
 * reads : g_8 g_75 g_643 g_277 g_218 g_219 g_86 g_275 g_446 g_13 g_22 g_708 g_709 g_346 g_707 g_242 g_96 g_103 g_260 g_338 g_94 g_336 g_206 g_399 g_189 g_974 g_148 g_635 g_287 g_364 g_1139 g_738 g_400 g_1326
 * writes: g_277 g_400 g_86 g_877 g_82 g_364 g_446 g_22 g_75 g_338 g_738 g_399 g_96 g_189 g_260.f2 g_242 g_13 g_1326 g_103
 */
static int8_t * func_32(uint32_t  p_33, int32_t  p_34, int16_t  p_35, const int8_t * p_36)
{ /* block id: 396 */
    struct S0 l_849 = {4294967295UL,0x0BE2282FL};
    int32_t ****l_852 = &g_642;
    union U1 l_853 = {0};
    int32_t l_888 = (-9L);
    int32_t l_892 = (-7L);
    int32_t **l_919 = (void*)0;
    int16_t l_965 = 0xFFF0L;
    int32_t l_969 = 0L;
    int32_t l_972 = (-1L);
    int32_t l_976 = 8L;
    int32_t l_980 = 0x9267A69FL;
    int32_t l_983 = (-1L);
    int32_t l_984 = 0L;
    int32_t l_985 = 0xDA9D1262L;
    int32_t l_987 = (-2L);
    int32_t l_988 = 0xCBC6C48DL;
    int32_t l_989 = (-1L);
    struct S0 l_1023 = {4294967291UL,4294967294UL};
    int8_t *l_1041[8];
    int32_t * const l_1106 = (void*)0;
    int32_t * const *l_1105 = &l_1106;
    int8_t l_1215 = (-1L);
    int64_t l_1300[7][8] = {{0xC1DB89ECD829A71DLL,(-1L),0xC1DB89ECD829A71DLL,0xC1DB89ECD829A71DLL,(-1L),0xC1DB89ECD829A71DLL,0xC1DB89ECD829A71DLL,(-1L)},{(-1L),0xC1DB89ECD829A71DLL,0xC1DB89ECD829A71DLL,(-1L),0xC1DB89ECD829A71DLL,0xC1DB89ECD829A71DLL,(-1L),0xC1DB89ECD829A71DLL},{(-1L),(-1L),0L,(-1L),(-1L),0L,(-1L),(-1L)},{0xC1DB89ECD829A71DLL,(-1L),0xC1DB89ECD829A71DLL,0xC1DB89ECD829A71DLL,(-1L),0xC1DB89ECD829A71DLL,0xC1DB89ECD829A71DLL,(-1L)},{(-1L),0xC1DB89ECD829A71DLL,0xC1DB89ECD829A71DLL,(-1L),0xC1DB89ECD829A71DLL,0xC1DB89ECD829A71DLL,(-1L),0xC1DB89ECD829A71DLL},{(-1L),(-1L),0L,(-1L),(-1L),0L,(-1L),(-1L)},{0xC1DB89ECD829A71DLL,(-1L),0xC1DB89ECD829A71DLL,0xC1DB89ECD829A71DLL,(-1L),0xC1DB89ECD829A71DLL,0xC1DB89ECD829A71DLL,(-1L)}};
    int16_t * const l_1301 = &g_189;
    int8_t *l_1335 = &g_75;
    int i, j;
    for (i = 0; i < 8; i++)
        l_1041[i] = &g_974;
    if (((((((-10L) < (l_849 , p_35)) , (((p_35 || (safe_add_func_int32_t_s_s((-6L), ((void*)0 != l_852)))) || g_8) , l_853)) , (*p_36)) > (*p_36)) <= 0x3C12L))
    { /* block id: 397 */
        uint32_t l_858 = 1UL;
        uint8_t *l_881 = &g_86;
        int32_t l_887 = (-1L);
        int32_t l_890[5] = {(-10L),(-10L),(-10L),(-10L),(-10L)};
        uint8_t l_894[7] = {248UL,248UL,248UL,248UL,248UL,248UL,248UL};
        int64_t * const l_997 = &g_364;
        int64_t * const *l_996 = &l_997;
        int64_t * const **l_995 = &l_996;
        int32_t *l_1016 = (void*)0;
        int i;
lbl_1040:
        (*g_643) = &p_34;
        for (g_400 = 0; (g_400 > 27); ++g_400)
        { /* block id: 401 */
            int32_t l_861 = 1L;
            int32_t *l_885[5][3] = {{&g_97,&g_97,&g_97},{&l_861,&g_97,&l_861},{&g_97,&g_97,&g_97},{&l_861,&g_97,&l_861},{&g_97,&g_97,&g_97}};
            int32_t l_941 = 0L;
            uint64_t l_943 = 0x55AB3767BBCBDEC9LL;
            const union U1 l_952 = {0};
            int32_t l_978 = 0xB03DC017L;
            int64_t * const **l_999 = &l_996;
            uint64_t *l_1020 = &l_943;
            struct S0 l_1036 = {0x9DB66805L,0x36DD1236L};
            int16_t *l_1037[2][2][2] = {{{(void*)0,&g_338},{(void*)0,(void*)0}},{{&g_338,(void*)0},{(void*)0,&g_338}}};
            int i, j, k;
            if (((**g_643) = p_33))
            { /* block id: 403 */
                uint16_t l_862 = 65535UL;
                int32_t *l_884 = &g_22;
                int32_t l_889[6] = {0xFE9123ABL,0xFE9123ABL,0x52F30FE9L,0xFE9123ABL,0xFE9123ABL,0x52F30FE9L};
                uint8_t l_990 = 0xEEL;
                int i;
                for (g_86 = 0; (g_86 > 37); g_86++)
                { /* block id: 406 */
                    l_858--;
                    if (p_35)
                        continue;
                }
                if (((l_861 != ((l_862 & ((safe_mod_func_uint8_t_u_u(255UL, (**g_218))) == 6L)) , g_86)) , (**g_643)))
                { /* block id: 410 */
                    uint64_t l_879 = 0UL;
                    int32_t l_880 = (-1L);
                    uint8_t *l_882 = (void*)0;
                    int32_t l_886 = 0L;
                    int32_t l_891 = 0x61C6E6E2L;
                    int32_t l_893 = 1L;
                    int32_t *l_914 = &l_893;
                    for (p_34 = 0; (p_34 > 24); ++p_34)
                    { /* block id: 413 */
                        uint8_t *l_876 = &g_877;
                        int32_t *l_883 = &l_861;
                        l_880 = ((+(safe_div_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(p_33, (+0xAAL))), ((safe_add_func_uint8_t_u_u(p_34, ((l_861 > (*g_275)) < ((safe_unary_minus_func_int32_t_s(((((void*)0 == (*g_218)) | ((*l_876) = 0x0FL)) , (((((((safe_unary_minus_func_int8_t_s((*p_36))) != l_858) , (*g_219)) <= p_33) < p_34) ^ l_879) == 0xA7L)))) , 1UL)))) , 3L)))) < p_33);
                        (*l_883) = (l_881 != l_882);
                        l_885[2][1] = l_884;
                        if (l_849.f0)
                            goto lbl_1042;
                        ++l_894[3];
                    }
                    if ((*g_277))
                        continue;
                    for (g_82 = 21; (g_82 >= (-19)); g_82 = safe_sub_func_uint8_t_u_u(g_82, 1))
                    { /* block id: 423 */
                        int64_t *l_912 = &g_364;
                        uint8_t *l_913 = &g_877;
                        (*l_884) |= (safe_rshift_func_int16_t_s_s((safe_add_func_uint32_t_u_u((((safe_div_func_int32_t_s_s((((safe_mul_func_int8_t_s_s((**g_218), ((*l_913) = ((*g_275) = (18446744073709551615UL > (safe_mod_func_int8_t_s_s((+(&p_34 != &l_886)), (safe_add_func_int64_t_s_s(((((*l_912) = ((*p_36) & 0x31L)) ^ (6UL || p_35)) == p_33), 1UL))))))))) && p_34) ^ g_13), p_35)) , 0x1268248AE00EF360LL) , 1UL), 0x307F33C4L)), 2));
                        l_914 = (*g_643);
                    }
                }
                else
                { /* block id: 430 */
                    const int64_t l_922 = 0x15BC715B1D29E748LL;
                    int32_t *l_945 = &l_887;
                    uint16_t *l_959 = &g_96;
                    uint64_t *l_962 = &g_399[0];
                    int64_t *l_963 = &l_853.f4;
                    int32_t l_979 = 0x2F8745E1L;
                    p_34 = (safe_lshift_func_int16_t_s_u((safe_div_func_int16_t_s_s((l_919 != ((**g_708) , (void*)0)), (((((*g_275) || (safe_div_func_uint8_t_u_u(((0x8C56664FL & l_922) || (-2L)), ((**g_218) = l_922)))) && (((***g_707) , l_922) >= 0x0058L)) > 0xD7L) && (*p_36)))), 10));
                    if ((*g_277))
                        continue;
                    for (g_338 = 0; (g_338 > (-30)); g_338 = safe_sub_func_uint64_t_u_u(g_338, 4))
                    { /* block id: 436 */
                        uint64_t *l_937 = &g_738;
                        uint64_t *l_938 = &g_399[0];
                        const int32_t l_942 = (-1L);
                        int64_t *l_944 = &l_853.f4;
                        p_34 &= (((*l_944) = ((g_446[0][4][2] ^ ((**g_708) , (g_446[4][6][0] , (safe_mul_func_int8_t_s_s((((safe_lshift_func_uint8_t_u_s(((p_33 != (safe_add_func_int16_t_s_s(((~(safe_mod_func_uint8_t_u_u(((safe_add_func_uint64_t_u_u(((*l_938) = ((*l_937) = (((safe_unary_minus_func_uint64_t_u(g_75)) , &l_858) != (void*)0))), (safe_add_func_int8_t_s_s(l_941, (l_858 < 2UL))))) || l_942), l_922))) | l_942), l_942))) || 18446744073709551615UL), (*p_36))) , &p_34) == &p_34), l_942))))) != l_943)) >= (*l_884));
                        (*g_643) = l_945;
                    }
                    if (((safe_lshift_func_int16_t_s_s(g_242[1][0], (safe_lshift_func_uint16_t_u_u((safe_div_func_uint64_t_u_u(((l_894[3] && (l_952 , (safe_div_func_int16_t_s_s((((safe_add_func_uint64_t_u_u(18446744073709551607UL, ((*l_962) = (safe_rshift_func_int16_t_s_s(((--(*l_959)) == g_103), p_34))))) < (l_952 , (0x839529DB73BA1C14LL >= ((*l_963) = (-1L))))) && 0x52DEL), g_446[1][7][3])))) && 0x1FL), 18446744073709551615UL)), 15)))) > (-4L)))
                    { /* block id: 446 */
                        int8_t l_964 = (-6L);
                        int32_t l_966 = 0x5B48A0B0L;
                        int32_t l_967 = 0x98AADF75L;
                        int32_t l_968 = (-1L);
                        int32_t l_970 = (-1L);
                        int32_t l_971 = (-9L);
                        int32_t l_973 = 6L;
                        int32_t l_975 = (-1L);
                        int32_t l_977 = 0x6723915FL;
                        int32_t l_981 = (-1L);
                        int32_t l_982 = 0x970478C7L;
                        int32_t l_986 = 0xEACF8D9AL;
                        l_990--;
                    }
                    else
                    { /* block id: 448 */
                        (*l_884) |= (*l_945);
                    }
                }
                (*g_643) = &p_34;
                for (g_189 = 0; (g_189 != (-8)); g_189 = safe_sub_func_uint64_t_u_u(g_189, 4))
                { /* block id: 455 */
                    int64_t * const ***l_998[9];
                    int i;
                    for (i = 0; i < 9; i++)
                        l_998[i] = (void*)0;
                    l_999 = l_995;
                }
            }
            else
            { /* block id: 458 */
                p_34 = p_33;
            }
            if ((g_260 , (p_34 || 0xC8D2L)))
            { /* block id: 461 */
                int16_t l_1003 = (-1L);
                int32_t l_1004 = 0x03F4D7E2L;
                uint64_t *l_1005 = &l_943;
                l_1016 = ((safe_lshift_func_int16_t_s_u((((((~((l_1003 > ((++(*l_1005)) | (safe_mul_func_uint8_t_u_u((safe_div_func_uint32_t_u_u((g_338 , (((**g_218) |= (p_34 , 0xC7L)) > l_890[1])), (((**g_708) , (0xEA9DL >= ((l_887 ^= (safe_mul_func_uint16_t_u_u(((g_260 , ((safe_sub_func_uint16_t_u_u((l_890[1] , g_22), g_242[1][0])) & 4294967293UL)) < p_33), l_890[1]))) | 0xA6DBF7D5L))) , l_1004))), (*g_275))))) & p_35)) <= 0UL) && 0L) & 0x46A8L) < 0xA224F88DL), 9)) , (void*)0);
            }
            else
            { /* block id: 466 */
                uint32_t l_1017 = 0xE134C793L;
                l_1017++;
                if (p_33)
                    break;
            }
            (*g_277) ^= ((((--(*l_1020)) , 0xBBDC7BC8L) || (((((l_1023 , ((g_94[0] == (void*)0) == (safe_sub_func_int32_t_s_s(0xF3D7E1A8L, g_336)))) != (((safe_rshift_func_int16_t_s_s((g_189 &= (safe_lshift_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u(((((((*g_275) && (((g_206[5] != (safe_add_func_uint32_t_u_u((g_260.f2 = (((((l_1036 , (void*)0) == &l_858) , (*g_709)) , p_33) , p_35)), g_399[0]))) != 246UL) > 0x20L)) == 0x1CL) < p_35) < 1UL) <= 0L), 6)), 5))), 13)) | g_96) && g_206[2])) , p_33) & p_33) | l_887)) && g_446[3][1][3]);
        }
lbl_1042:
        if ((safe_rshift_func_uint8_t_u_s(((*l_881) &= (p_34 == 0xCB4CD1EFL)), ((*g_219) = (0x7EL > ((void*)0 == l_852))))))
        { /* block id: 477 */
            if (l_1023.f0)
                goto lbl_1040;
        }
        else
        { /* block id: 479 */
            return l_1041[4];
        }
        if ((p_33 <= g_206[5]))
        { /* block id: 483 */
            int8_t *l_1043 = &g_75;
            return l_1043;
        }
        else
        { /* block id: 485 */
            (*g_643) = &p_34;
        }
    }
    else
    { /* block id: 488 */
        uint64_t *l_1050 = &g_399[0];
        int32_t l_1061 = (-5L);
        uint16_t *l_1062 = (void*)0;
        uint16_t *l_1063[8] = {&g_96,&g_8,&g_96,&g_8,&g_96,&g_8,&g_96,&g_8};
        int32_t l_1064[3][6] = {{0x66C338EAL,0x66C338EAL,0x66C338EAL,0x66C338EAL,0x66C338EAL,0x66C338EAL},{0x66C338EAL,0x66C338EAL,0x66C338EAL,0x66C338EAL,0x66C338EAL,0x66C338EAL},{0x66C338EAL,0x66C338EAL,0x66C338EAL,0x66C338EAL,0x66C338EAL,0x66C338EAL}};
        int32_t l_1065 = 0x8373B7E1L;
        int32_t l_1066 = 0x5EDF5743L;
        uint32_t l_1067 = 2UL;
        int8_t *l_1096 = &g_13;
        union U1 l_1112 = {0};
        uint8_t l_1137[2][10][4] = {{{1UL,255UL,0UL,3UL},{0x6FL,0UL,0UL,0UL},{0x6FL,0x6FL,0UL,0x94L},{1UL,0UL,0x6FL,255UL},{0UL,0x50L,0xB6L,0x6FL},{0x76L,0x50L,0x76L,255UL},{0x50L,0UL,4UL,0x94L},{0x94L,0x6FL,0UL,0UL},{3UL,0UL,0UL,3UL},{0x94L,255UL,4UL,0x76L}},{{0x50L,255UL,0x76L,0UL},{0x76L,0UL,0xB6L,0UL},{0UL,255UL,0x6FL,0x76L},{1UL,255UL,0UL,3UL},{0x6FL,0UL,0UL,0UL},{0x6FL,0x6FL,0UL,0x94L},{1UL,0UL,0x6FL,255UL},{0UL,0x50L,0xB6L,0x6FL},{0x76L,0x50L,0x76L,255UL},{0x50L,0UL,4UL,0x94L}}};
        const uint32_t l_1147[9] = {0x71D25AB5L,3UL,3UL,0x71D25AB5L,3UL,3UL,0x71D25AB5L,3UL,3UL};
        int32_t **l_1194 = &g_277;
        uint32_t l_1224 = 0xAF088BF2L;
        uint16_t l_1314 = 0x9E6DL;
        int64_t l_1320 = 1L;
        int i, j, k;
        l_892 ^= (g_974 ^ (safe_mul_func_int16_t_s_s(g_446[0][2][3], (safe_add_func_int8_t_s_s((l_1066 ^= (safe_mul_func_uint8_t_u_u(((((*l_1050) ^= p_33) ^ (((safe_rshift_func_int16_t_s_s(g_148, 8)) >= (((*g_219) = (*p_36)) & 254UL)) & ((safe_div_func_uint8_t_u_u(((p_34 && ((*g_277) = (safe_sub_func_uint16_t_u_u((g_242[1][0] = (l_1064[1][3] &= (l_1061 = (((((safe_mul_func_int8_t_s_s((((safe_div_func_int32_t_s_s(0xD47FE7C0L, l_1061)) , (**g_708)) , p_35), 0x5EL)) , l_1061) ^ (-1L)) >= p_33) ^ 0x699BB41AL)))), p_35)))) < g_206[4]), (*g_275))) , g_446[0][2][0]))) , (*g_275)), l_1065))), l_1067)))));
        if ((0L < (safe_mod_func_uint64_t_u_u(0UL, 0x9016C522729E7111LL))))
        { /* block id: 497 */
            uint16_t l_1085 = 1UL;
            int32_t l_1086[7][10] = {{0x5A619667L,6L,0x5A619667L,(-1L),0xED917863L,0x2FA7A895L,0L,1L,1L,0L},{0L,0x2FA7A895L,0L,0L,1L,7L,7L,1L,0L,0L},{(-1L),(-1L),0x5A619667L,0x37B3698BL,1L,6L,1L,0x4B6471AAL,1L,0xFEA855F5L},{7L,0L,(-1L),0xB15B51F7L,1L,0xED917863L,1L,0xB15B51F7L,(-1L),0L},{1L,(-1L),0L,0L,0xFEA855F5L,(-1L),7L,0xED917863L,0x37B3698BL,0x4B6471AAL},{0x37B3698BL,0x2FA7A895L,1L,0L,(-1L),(-1L),0x4B6471AAL,0L,0xB15B51F7L,0L},{0xFEA855F5L,0x2FA7A895L,0x5A619667L,0L,7L,0L,(-1L),0xB15B51F7L,1L,0xED917863L}};
            int16_t *l_1091[10] = {&g_338,&g_338,&g_338,&g_338,&g_338,&g_338,&g_338,&g_338,&g_338,&g_338};
            int32_t *l_1092 = &l_989;
            int i, j;
            (*l_1092) ^= (p_34 != (safe_mul_func_int8_t_s_s((~(safe_div_func_int16_t_s_s((p_35 |= ((((*g_643) = &p_34) != ((safe_sub_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_s(248UL, 3)) , ((((g_635[3][2] > (safe_lshift_func_int8_t_s_s((**g_218), 2))) ^ (*p_36)) <= (safe_rshift_func_int8_t_s_u((l_1085 >= ((l_1086[1][4] ^= (**g_218)) > (safe_mod_func_int64_t_s_s((safe_mul_func_uint8_t_u_u(0xABL, l_1085)), l_1085)))), 5))) & g_287[7][2])), g_206[5])) , &p_34)) , 1L)), (-1L)))), p_34)));
        }
        else
        { /* block id: 502 */
            int32_t *l_1093[9] = {&l_983,&l_983,&l_976,&l_983,&l_983,&l_976,&l_983,&l_983,&l_976};
            int64_t l_1129 = 0xAE64749FB4300B86LL;
            int16_t l_1136 = 0x1E95L;
            struct S0 **l_1169 = &g_709;
            uint64_t *l_1274[6];
            int64_t l_1323 = 0L;
            int32_t *l_1332 = &l_983;
            int i;
            for (i = 0; i < 6; i++)
                l_1274[i] = &g_148;
            l_1093[6] = &p_34;
            for (g_364 = 8; (g_364 == (-19)); g_364--)
            { /* block id: 506 */
                uint8_t l_1099[3];
                int32_t l_1100 = 0x5B336832L;
                int32_t * const *l_1104 = &l_1093[5];
                int32_t **l_1107[5][8] = {{&l_1093[6],&l_1093[7],&g_277,(void*)0,&l_1093[4],(void*)0,&g_277,&l_1093[7]},{&l_1093[4],&l_1093[4],&g_277,(void*)0,&g_277,&l_1093[6],&l_1093[6],&g_277},{(void*)0,&g_277,&l_1093[7],&g_277,&l_1093[4],&l_1093[6],&l_1093[6],&l_1093[4]},{&l_1093[6],&g_277,&g_277,&l_1093[6],&l_1093[7],&g_277,&g_277,&l_1093[6]},{&l_1093[7],&g_277,&g_277,&l_1093[6],&l_1093[2],&g_277,&l_1093[4],&g_277}};
                int32_t ***l_1108 = (void*)0;
                int32_t ***l_1109 = &l_1107[2][4];
                int8_t l_1117 = 7L;
                int64_t * const **l_1164 = (void*)0;
                union U1 l_1168 = {0};
                int16_t l_1191 = 0x1B0AL;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_1099[i] = 0x3BL;
            }
            if ((((g_1139 < ((safe_add_func_uint8_t_u_u(((**l_1194) == (safe_lshift_func_int16_t_s_u((safe_mul_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s(((0UL && ((*g_275) = ((+g_1139) <= l_1215))) , (**l_1194)), (((*g_219) = ((*l_1096) &= (*p_36))) <= (safe_mod_func_uint64_t_u_u((0xC4E8L > (safe_sub_func_int16_t_s_s((safe_sub_func_int32_t_s_s(((((safe_mul_func_int8_t_s_s((l_1224 |= (g_287[1][0] <= g_738)), p_34)) != p_35) < g_399[0]) , 0x57D51AE8L), g_400)), p_35))), g_346.f0))))), (**l_1194))), 6))), p_33)) , (**l_1194))) < (-10L)) != g_635[0][1]))
            { /* block id: 554 */
                (*g_277) &= (-5L);
            }
            else
            { /* block id: 556 */
                struct S0 **l_1230 = &g_709;
                int32_t * const *l_1234 = (void*)0;
                int32_t l_1305 = 0x13924A62L;
                int32_t l_1306[3][3] = {{0xA1E92FABL,0xA1E92FABL,0xA1E92FABL},{0x2F2D8632L,0x2F2D8632L,0x2F2D8632L},{0xA1E92FABL,0xA1E92FABL,0xA1E92FABL}};
                uint16_t * const *l_1313 = &l_1062;
                int32_t l_1324 = 0x8F9D6766L;
                int i, j;
                (*l_1194) = (*l_1194);
                for (l_965 = 0; (l_965 >= 0); l_965 -= 1)
                { /* block id: 560 */
                    const struct S0 *l_1232 = (void*)0;
                    const struct S0 **l_1231 = &l_1232;
                    const struct S0 ***l_1233 = &l_1231;
                    int16_t *l_1237[8][10][3] = {{{(void*)0,&g_336,&l_965},{&g_338,(void*)0,&g_189},{(void*)0,&g_338,&l_965},{&g_336,(void*)0,&g_338},{&g_189,(void*)0,&g_189},{&g_338,(void*)0,&l_965},{&g_336,&g_338,&g_338},{(void*)0,&g_189,&l_965},{&l_965,&l_965,&g_338},{&l_1136,&l_965,&g_336}},{{&l_1136,&g_336,(void*)0},{&g_336,&l_965,&g_189},{(void*)0,&l_1136,(void*)0},{(void*)0,&l_965,&g_338},{&g_189,&g_189,&l_1136},{(void*)0,&g_338,&g_336},{&g_336,&g_189,&g_189},{&l_965,(void*)0,(void*)0},{&g_189,(void*)0,&l_1136},{&g_189,(void*)0,&g_336}},{{&l_965,&g_336,(void*)0},{&g_336,(void*)0,&g_336},{(void*)0,&g_189,(void*)0},{&g_189,&g_336,&g_336},{(void*)0,&g_189,&g_189},{(void*)0,&g_336,&g_336},{&g_336,&g_189,&g_338},{&l_1136,(void*)0,(void*)0},{&l_1136,(void*)0,&g_336},{&l_965,(void*)0,&g_189}},{{(void*)0,&g_189,&g_338},{&g_336,&l_1136,&g_338},{&g_338,&l_1136,(void*)0},{&g_189,&g_336,&l_1136},{&g_336,&g_336,&g_336},{(void*)0,&g_189,&g_336},{&g_338,(void*)0,(void*)0},{&l_965,(void*)0,&g_336},{&g_336,&g_338,(void*)0},{(void*)0,&g_336,(void*)0}},{{&g_336,(void*)0,(void*)0},{&l_1136,&l_1136,&g_338},{&g_189,&g_338,&l_1136},{&l_965,(void*)0,(void*)0},{(void*)0,&l_1136,&g_338},{&g_336,&g_338,(void*)0},{(void*)0,&l_1136,&g_338},{&g_336,&g_189,&g_336},{&g_336,(void*)0,(void*)0},{&l_965,&g_336,&g_189}},{{&g_338,(void*)0,&l_1136},{(void*)0,&g_189,&g_338},{(void*)0,&l_1136,&g_189},{&g_336,(void*)0,&g_338},{&l_1136,&g_338,(void*)0},{&g_189,&l_1136,(void*)0},{(void*)0,(void*)0,&g_338},{&g_189,(void*)0,&l_965},{&g_336,&l_1136,&g_189},{&l_965,&g_338,(void*)0}},{{&l_965,(void*)0,&g_338},{&l_1136,&l_1136,(void*)0},{&l_1136,&g_189,&g_338},{&l_965,(void*)0,&g_189},{&g_338,&g_336,(void*)0},{&g_189,(void*)0,(void*)0},{&l_965,&g_189,(void*)0},{&l_1136,&l_1136,&g_336},{&g_336,&g_338,&g_338},{&g_336,&l_1136,&l_965}},{{&g_336,(void*)0,&l_1136},{&l_965,&g_338,(void*)0},{&g_189,&l_1136,&g_189},{(void*)0,(void*)0,&g_336},{&g_189,&g_336,&l_965},{(void*)0,&g_338,(void*)0},{(void*)0,(void*)0,&g_338},{(void*)0,(void*)0,&g_189},{&g_189,&l_1136,&g_189},{(void*)0,&l_965,(void*)0}}};
                    int32_t *l_1238 = (void*)0;
                    uint64_t l_1250 = 0xFB7C7320C3CBABDALL;
                    int32_t l_1273 = 1L;
                    int i, j, k;
                }
                for (l_984 = (-24); (l_984 < (-3)); ++l_984)
                { /* block id: 586 */
                    int16_t l_1318 = 3L;
                    int32_t l_1319 = 0x37F29E84L;
                    int32_t l_1321 = 0x1AABF273L;
                    int32_t l_1322[8];
                    int8_t l_1325 = 0xB6L;
                    int i;
                    for (i = 0; i < 8; i++)
                        l_1322[i] = (-1L);
                    --g_1326;
                    for (g_103 = 0; (g_103 <= 7); g_103 += 1)
                    { /* block id: 590 */
                        uint32_t l_1329 = 0x05878829L;
                        l_1329++;
                        (*g_643) = l_1332;
                    }
                }
                l_989 = (p_34 = ((**l_1194) ^= (safe_lshift_func_int8_t_s_u((*p_36), p_33))));
            }
        }
    }
    return l_1335;
}


/* ------------------------------------------ */
/* 
 * reads : g_82 g_22 g_399 g_275 g_86 g_346.f0 g_346 g_218 g_219 g_75 g_338 g_8 g_277 g_206 g_287 g_364 g_96 g_84 g_148 g_242 g_486 g_103 g_336 g_446 g_635 g_707 g_708 g_13 g_738 g_400 g_768 g_709 g_97
 * writes: g_277 g_97 g_86 g_446 g_399 g_22 g_242 g_486 g_275 g_148 g_75 g_336 g_260.f3 g_103 g_338 g_642 g_400 g_364 g_709 g_13 g_738 g_768 g_261 g_96
 */
static uint32_t  func_37(uint32_t  p_38, const int32_t * p_39, uint32_t  p_40, int32_t * p_41)
{ /* block id: 186 */
    uint16_t *l_408[2];
    int32_t l_409[6][9] = {{0x732083A6L,0xB34724CCL,0x12E99EA0L,0xB34724CCL,0x732083A6L,(-1L),(-1L),0x732083A6L,0xB34724CCL},{0xD0565B0DL,0L,0xD0565B0DL,0xA07A7B42L,(-1L),(-1L),0xA07A7B42L,0xD0565B0DL,0L},{0x50BC533FL,0x97EE696FL,(-1L),0x12E99EA0L,0x12E99EA0L,(-1L),0x97EE696FL,0x50BC533FL,0x97EE696FL},{0x550BE4A0L,0L,0xA07A7B42L,0xA07A7B42L,0L,0x550BE4A0L,(-1L),0x550BE4A0L,0L},{0xB34724CCL,0x97EE696FL,0x97EE696FL,0xB34724CCL,0x50BC533FL,0x732083A6L,0x50BC533FL,0xB34724CCL,0x97EE696FL},{0L,0L,(-1L),0L,0x8D663FB5L,0L,(-1L),0L,0L}};
    int32_t l_410[1][3][9];
    int8_t *l_415 = (void*)0;
    int32_t l_416 = (-6L);
    int32_t **l_417[4][7] = {{&g_277,&g_277,&g_277,&g_277,&g_277,&g_277,&g_277},{&g_277,&g_277,&g_277,&g_277,&g_277,&g_277,&g_277},{&g_277,&g_277,&g_277,&g_277,&g_277,&g_277,&g_277},{&g_277,&g_277,&g_277,&g_277,&g_277,&g_277,&g_277}};
    union U1 l_434 = {0};
    uint32_t l_447[4] = {7UL,7UL,7UL,7UL};
    int8_t l_483 = 6L;
    int32_t ***l_485 = &l_417[2][4];
    int32_t ****l_484 = &l_485;
    int64_t *l_487 = &g_364;
    int32_t ****l_500 = &l_485;
    uint32_t l_525 = 8UL;
    int32_t l_527[9] = {0xEFC5A2E1L,0xEFC5A2E1L,0xA7460DBCL,0xEFC5A2E1L,0xEFC5A2E1L,0xA7460DBCL,0xEFC5A2E1L,0xEFC5A2E1L,0xA7460DBCL};
    uint32_t l_542 = 0x4FAA71ADL;
    uint8_t l_549 = 255UL;
    uint8_t l_681 = 0x63L;
    uint16_t l_754 = 1UL;
    struct S0 ***l_789 = &g_708;
    struct S0 ***l_790 = &g_708;
    int8_t ** const * const l_791 = &g_218;
    uint16_t *l_807[4] = {&l_754,&l_754,&l_754,&l_754};
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_408[i] = (void*)0;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 9; k++)
                l_410[i][j][k] = 0x17EA6172L;
        }
    }
    if (((l_410[0][0][7] = (l_409[1][8] = ((g_82 || (-2L)) >= (*p_39)))) == (safe_mul_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u((l_416 = ((void*)0 == l_415)), (((p_41 != (g_277 = &g_22)) || (((safe_lshift_func_uint16_t_u_u((0x67L & (&g_135 != &l_417[1][4])), p_40)) && g_399[0]) , 6UL)) | (*g_275)))), 0x8E91L))))
    { /* block id: 191 */
        int32_t * const *l_439[8][10] = {{&g_94[1],&g_277,(void*)0,&g_277,&g_94[2],&g_94[2],&g_277,(void*)0,&g_277,&g_94[1]},{&g_94[2],&g_277,(void*)0,&g_277,&g_94[1],&g_94[2],&g_277,&g_94[0],&g_277,&g_94[2]},{&g_94[1],&g_277,&g_277,&g_277,&g_94[1],&g_94[1],&g_277,&g_94[0],(void*)0,&g_94[1]},{&g_94[1],&g_277,(void*)0,&g_277,&g_94[2],&g_94[2],&g_277,(void*)0,&g_277,&g_94[1]},{&g_94[2],&g_277,(void*)0,&g_277,&g_94[1],&g_94[2],&g_277,&g_94[0],&g_277,&g_94[2]},{&g_94[1],&g_277,&g_277,&g_277,&g_94[1],&g_94[1],&g_277,&g_94[0],(void*)0,&g_94[1]},{&g_94[1],&g_277,(void*)0,&g_277,&g_94[2],&g_94[2],&g_277,(void*)0,&g_277,&g_94[1]},{&g_94[2],&g_277,(void*)0,&g_277,&g_94[1],&g_94[2],&g_277,&g_94[0],&g_277,&g_94[2]}};
        int32_t * const **l_438 = &l_439[6][8];
        const int16_t l_482 = 0x3A79L;
        int64_t *l_488 = (void*)0;
        int64_t **l_489 = &l_488;
        int32_t ****l_499 = (void*)0;
        union U1 l_566[8] = {{0},{0},{0},{0},{0},{0},{0},{0}};
        uint32_t l_591 = 0x335AC5B7L;
        const int64_t **l_595 = (void*)0;
        const int8_t **l_663[2];
        uint8_t *l_678 = &g_446[1][7][3];
        int i, j;
        for (i = 0; i < 2; i++)
            l_663[i] = &g_12[1][0][1];
        for (g_97 = 0; (g_97 != (-5)); g_97 = safe_sub_func_int16_t_s_s(g_97, 5))
        { /* block id: 194 */
            uint8_t l_437[2][3][7] = {{{0xE3L,246UL,1UL,0x39L,8UL,0xE3L,0xE3L},{246UL,8UL,253UL,8UL,246UL,0x9BL,8UL},{6UL,0x35L,0x62L,8UL,1UL,0x62L,0x8CL}},{{1UL,0x8CL,0x39L,0x39L,0x8CL,1UL,0x35L},{6UL,8UL,253UL,6UL,0x8CL,0x8BL,8UL},{246UL,0xE3L,1UL,255UL,1UL,0xE3L,246UL}}};
            int32_t * const **l_441[6] = {&l_439[1][8],&l_439[1][8],&l_439[1][8],&l_439[1][8],&l_439[1][8],&l_439[1][8]};
            int32_t * const ***l_440 = &l_441[0];
            uint8_t *l_444 = (void*)0;
            uint8_t *l_445 = &g_446[1][7][3];
            uint64_t *l_448 = &g_399[0];
            struct S0 l_464[3] = {{0x50F1667CL,2UL},{0x50F1667CL,2UL},{0x50F1667CL,2UL}};
            int64_t *l_465 = (void*)0;
            int64_t *l_466 = &l_434.f4;
            int16_t l_481 = (-8L);
            int i, j, k;
            (*g_277) = (((safe_rshift_func_uint16_t_u_u((((safe_sub_func_int32_t_s_s((safe_add_func_uint8_t_u_u((--(*g_275)), (safe_mod_func_int64_t_s_s(1L, ((*l_448) = ((safe_div_func_uint16_t_u_u((((l_434 , ((((safe_add_func_int16_t_s_s((g_346.f0 > l_437[0][2][1]), (l_438 == ((*l_440) = (void*)0)))) < ((g_346 , (((safe_mul_func_uint8_t_u_u(0x99L, ((*l_445) = p_40))) , (*g_218)) != l_415)) >= (**g_218))) >= 4294967286UL) > g_22)) & 251UL) < 9UL), p_40)) , l_447[0])))))), 0L)) ^ g_338) < p_38), g_8)) , 1L) , (*p_41));
            (*g_277) ^= ((((*l_448) = (safe_unary_minus_func_int64_t_s((safe_add_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s((g_206[1] && (safe_rshift_func_uint8_t_u_s(0x71L, 2))), 2)), (g_399[0] & (safe_div_func_uint64_t_u_u((safe_div_func_uint64_t_u_u(1UL, (-1L))), (g_346 , ((*l_466) = (safe_mul_func_uint8_t_u_u((((safe_mod_func_uint16_t_u_u(0x270BL, (g_242[1][0] = (l_464[0] , g_287[4][4])))) | (-1L)) & 5L), 0xE5L)))))))))))) || 0x97722EFBBBDF6C71LL) , 3L);
            if ((*p_39))
                break;
            l_483 = ((*g_277) = (safe_sub_func_int64_t_s_s(p_38, ((p_40 , ((p_40 ^ (0x52B8L <= (((((safe_div_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((safe_lshift_func_uint16_t_u_s(((g_364 > ((safe_add_func_uint64_t_u_u(((safe_add_func_uint16_t_u_u((&g_51 != &p_38), ((((p_38 , 1L) <= p_38) != (-1L)) < p_40))) <= (-4L)), 0xE0D27AAE4016742BLL)) | p_40)) , g_206[2]), 1)), (*g_219))), g_287[7][2])) || 0x29L) == (*g_277)) <= p_40) > l_481))) < l_482)) != 0x2607D325L))));
        }
lbl_597:
        g_486 = l_484;
        if ((l_487 != ((*l_489) = l_488)))
        { /* block id: 210 */
            int64_t *l_490 = &g_364;
            uint64_t *l_491 = &g_399[0];
            uint8_t **l_494 = (void*)0;
            int32_t *****l_497 = (void*)0;
            int32_t *****l_498[10] = {&l_484,&l_484,&l_484,&l_484,&l_484,&l_484,&l_484,&l_484,&l_484,&l_484};
            uint64_t *l_501 = &g_148;
            uint8_t *l_502 = &g_86;
            uint32_t l_553[5][6][8] = {{{0UL,0xD56CE3BFL,1UL,0UL,0UL,1UL,4UL,0UL},{0xB55F6B38L,18446744073709551615UL,0xFF893DF9L,18446744073709551611UL,1UL,0xDB99722FL,0UL,0x430FA5BFL},{0xB5E2410FL,18446744073709551615UL,0xD4602FF9L,0xA1EDC15AL,18446744073709551613UL,0x96F752C2L,18446744073709551607UL,0xE08BB71AL},{0x3D7CD2FFL,0xBCF51C48L,0x18736640L,1UL,18446744073709551611UL,18446744073709551614UL,0x3FF9E340L,0xB5E2410FL},{18446744073709551612UL,0UL,9UL,18446744073709551610UL,18446744073709551613UL,18446744073709551610UL,9UL,0UL},{18446744073709551615UL,7UL,0UL,0xFF9564F7L,18446744073709551607UL,18446744073709551615UL,0x84B358F7L,0x67AEC50BL}},{{0x0BB46DFDL,4UL,0xF94FC270L,0x3D7CD2FFL,18446744073709551615UL,0x11BAC8F7L,0x84B358F7L,18446744073709551608UL},{0x93A8B689L,0x3D7CD2FFL,0UL,18446744073709551615UL,18446744073709551615UL,0xF94FC270L,9UL,1UL},{18446744073709551615UL,0xF94FC270L,9UL,1UL,0xD9F8009DL,0x2320C31DL,0x3FF9E340L,0x356C5E30L},{0xDB99722FL,0xB5E2410FL,0x18736640L,18446744073709551613UL,9UL,18446744073709551607UL,18446744073709551607UL,0xA1EDC15AL},{18446744073709551610UL,18446744073709551615UL,0xD4602FF9L,0xB55F6B38L,0xBCF51C48L,0UL,0UL,0UL},{18446744073709551606UL,0xDC5A7154L,0xFF893DF9L,0x11BAC8F7L,7UL,1UL,4UL,1UL}},{{0UL,0xD952DD79L,1UL,18446744073709551607UL,0x84B358F7L,18446744073709551615UL,0xF6776158L,0xA0CB5DB2L},{18446744073709551613UL,0xD9F8009DL,18446744073709551615UL,18446744073709551615UL,0xA042E9A0L,0x84B358F7L,0x1F615908L,4UL},{0x65A8A1E2L,0x3FF9E340L,18446744073709551615UL,18446744073709551606UL,0xD952DD79L,0xA0CB5DB2L,0x11BAC8F7L,7UL},{18446744073709551606UL,18446744073709551608UL,0xBFB4BDE6L,0xB5E2410FL,0xFF9564F7L,0xF2B00F4CL,1UL,0xD4602FF9L},{0x356C5E30L,0x430FA5BFL,18446744073709551606UL,9UL,18446744073709551615UL,0xB5E2410FL,0xDEC48159L,0xDEC48159L},{0xC53522DCL,0x9434FFD9L,0x7F24CEA0L,0x7F24CEA0L,0x9434FFD9L,0xC53522DCL,8UL,0x3FF9E340L}},{{18446744073709551615UL,0x96F752C2L,0xA0CB5DB2L,0UL,0x0BB46DFDL,0xFF893DF9L,0UL,18446744073709551613UL},{7UL,1UL,18446744073709551615UL,0UL,0xA1EDC15AL,0xDFD8FBAFL,18446744073709551610UL,0x3FF9E340L},{18446744073709551606UL,0xA1EDC15AL,0x8825E790L,0x7F24CEA0L,0UL,0UL,0x576991DBL,0xDEC48159L},{18446744073709551613UL,7UL,7UL,9UL,0xF6776158L,18446744073709551610UL,0xAA5CA292L,0xD4602FF9L},{0x1F615908L,0UL,0xD56CE3BFL,0xB5E2410FL,0xFF893DF9L,0x9434FFD9L,0x65A8A1E2L,7UL},{0xAA5CA292L,0xD56CE3BFL,0x96F752C2L,18446744073709551606UL,0x3FF9E340L,18446744073709551607UL,18446744073709551614UL,4UL}},{{9UL,0x430FA5BFL,0UL,0UL,0x11BAC8F7L,18446744073709551606UL,18446744073709551611UL,7UL},{1UL,1UL,18446744073709551606UL,0xAA5CA292L,0xE08BB71AL,0xF94FC270L,0x86CC487CL,1UL},{18446744073709551610UL,0UL,0xC53522DCL,0xD56CE3BFL,18446744073709551608UL,0UL,0xFF9564F7L,8UL},{0xD9F8009DL,0xF63780EDL,18446744073709551612UL,0xDB99722FL,7UL,0xD952DD79L,0xAA5CA292L,18446744073709551615UL},{0xE08BB71AL,8UL,18446744073709551607UL,0xA1EDC15AL,18446744073709551615UL,18446744073709551606UL,0xF63780EDL,0x96F752C2L},{1UL,0x7F24CEA0L,9UL,18446744073709551613UL,0x2320C31DL,0xDB99722FL,0x2320C31DL,18446744073709551613UL}}};
            uint8_t l_586[5][4] = {{0xACL,0xACL,5UL,0xACL},{0xACL,0xC0L,0xC0L,0xACL},{0xC0L,0xACL,0xC0L,0xC0L},{0xACL,0xACL,5UL,0xACL},{0xACL,0xC0L,0xC0L,0xACL}};
            int32_t l_589 = (-1L);
            int32_t l_633 = 0L;
            const int64_t l_693[10] = {(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)};
            uint32_t l_702[2];
            uint8_t l_770 = 0UL;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_702[i] = 0xEC265BD9L;
            if ((((***l_485) && (((*l_502) = (((*l_501) ^= (((((*l_491) |= (l_490 == (void*)0)) <= ((((safe_sub_func_int64_t_s_s(((g_275 = &g_446[1][7][3]) == (void*)0), (safe_sub_func_uint8_t_u_u((g_446[2][0][0] = p_40), (g_96 & ((l_499 = &l_485) != ((p_38 | p_38) , l_500))))))) & 0x7C7AL) > p_40) != p_40)) >= 0xC254B57014F9A1E6LL) , g_84[3][6])) , 0x78L)) ^ p_38)) , (-1L)))
            { /* block id: 217 */
                int8_t l_526[4][4] = {{0x23L,0x89L,0xCDL,0x89L},{0x5AL,(-9L),0L,0xCDL},{0x89L,(-9L),(-9L),0x89L},{(-9L),0x89L,0x5AL,0x23L}};
                int8_t *l_528 = &l_483;
                struct S0 *l_537 = &g_346;
                struct S0 **l_536 = &l_537;
                struct S0 ***l_538 = &l_536;
                int32_t l_541[1];
                int16_t *l_547 = &g_336;
                uint32_t *l_548[3][9][4] = {{{&l_542,&l_542,&l_542,&l_542},{&l_542,&l_542,(void*)0,&l_542},{&l_542,&l_542,(void*)0,&l_542},{&l_542,&l_542,&l_542,&l_542},{&l_542,&l_542,&l_542,&l_542},{&l_542,&l_542,&l_542,&l_542},{&l_542,&l_542,&l_542,&l_542},{&l_542,&l_542,&l_542,&l_542},{&l_542,(void*)0,&l_542,&l_542}},{{&l_542,&l_542,&l_542,&l_542},{&l_542,&l_542,&l_542,(void*)0},{&l_542,&l_542,(void*)0,&l_542},{&l_542,&l_542,(void*)0,&l_542},{&l_542,&l_542,&l_542,&l_542},{&l_542,(void*)0,&l_542,&l_542},{&l_542,(void*)0,&l_542,&l_542},{(void*)0,&l_542,&l_542,&l_542},{&l_542,&l_542,&l_542,&l_542}},{{&l_542,&l_542,(void*)0,&l_542},{&l_542,&l_542,&l_542,(void*)0},{&l_542,&l_542,&l_542,&l_542},{&l_542,&l_542,&l_542,&l_542},{&l_542,&l_542,&l_542,&l_542},{&l_542,&l_542,&l_542,&l_542},{&l_542,(void*)0,&l_542,&l_542},{(void*)0,&l_542,(void*)0,(void*)0},{&l_542,&l_542,&l_542,&l_542}}};
                uint32_t l_550 = 18446744073709551615UL;
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_541[i] = 0L;
                for (g_86 = (-23); (g_86 <= 50); g_86 = safe_add_func_int64_t_s_s(g_86, 9))
                { /* block id: 220 */
                    int8_t l_515[2];
                    int32_t l_522 = (-8L);
                    int i;
                    for (i = 0; i < 2; i++)
                        l_515[i] = 0x56L;
                    l_526[3][1] &= ((safe_mod_func_int32_t_s_s((((((safe_mul_func_int8_t_s_s(p_38, ((*p_39) || (((safe_add_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(1L, l_515[1])), g_82)) == (((0xE1L < p_40) && 0x45ED3176L) > (safe_mul_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s((++g_242[1][0]), g_86)), g_338)), 0x76L)))) < 65529UL)))) , 0x11L) && p_38) > p_40) != l_525), 6L)) & p_40);
                    if (l_515[1])
                        continue;
                }
                l_550 ^= ((((*l_528) = ((**g_218) = l_527[2])) == ((-1L) != (safe_lshift_func_uint8_t_u_s((safe_mul_func_int16_t_s_s((safe_mod_func_int8_t_s_s((0xEF85132B258B4914LL | (~((((*l_538) = l_536) != (void*)0) < (((safe_mul_func_uint16_t_u_u(((****g_486) < (((*l_502) = (g_103 | (((l_542--) || 0xC869L) , ((g_260.f3 = (((((((*l_547) ^= (safe_lshift_func_int8_t_s_s(7L, p_40))) >= g_86) , g_399[0]) | g_96) && g_346.f0) >= 0x29L)) , g_206[3])))) || 0x17L)), (****l_484))) , l_549) >= 1UL)))), p_38)), (-1L))), p_40)))) >= 1UL);
            }
            else
            { /* block id: 233 */
                uint8_t l_551 = 254UL;
                struct S0 *l_579 = &g_346;
                int32_t l_580 = 0x1AF208BCL;
                int32_t l_581 = 1L;
                int32_t l_583 = 0L;
                int32_t l_590 = 0L;
                uint32_t l_622 = 0UL;
                int32_t ***l_641 = (void*)0;
                uint8_t l_651 = 254UL;
                int8_t **l_662 = (void*)0;
                int64_t l_677 = 0L;
                uint32_t l_690 = 0x487ED9A1L;
                int8_t ***l_694 = (void*)0;
                int8_t ***l_695 = &l_662;
                if (l_551)
                { /* block id: 234 */
                    int32_t l_552 = 0L;
                    int32_t l_559 = 0x7344DE31L;
                    int32_t l_582 = 0xC40BD734L;
                    int32_t l_584 = 0x3B436D7EL;
                    int32_t l_585[5][9] = {{0L,0xE40A3AB3L,0xA9DB2C55L,(-4L),0xA9DB2C55L,0xE40A3AB3L,0L,0xD9BAE1A4L,0xE40A3AB3L},{(-4L),0xE40A3AB3L,(-9L),0xAAAE138CL,0xD0CD5047L,(-9L),(-3L),0xD0CD5047L,0xE40A3AB3L},{0L,0xA9DB2C55L,0xD9BAE1A4L,(-3L),(-9L),(-9L),(-3L),0xD9BAE1A4L,0xA9DB2C55L},{0L,0xD9BAE1A4L,(-9L),1L,(-9L),(-9L),0L,0xA9DB2C55L,0xD9BAE1A4L},{0xAAAE138CL,0xD0CD5047L,(-9L),(-3L),0xD0CD5047L,0xE40A3AB3L,1L,0xE40A3AB3L,0xD0CD5047L}};
                    int i, j;
                    (*g_277) = (l_552 && p_40);
                    (*p_41) = (((l_553[4][2][4] & (!((-9L) < (((safe_div_func_int8_t_s_s(((((g_242[1][0] = (safe_add_func_int32_t_s_s(((((l_559 |= 0xA42DL) , (safe_mod_func_int8_t_s_s(((*p_39) , (safe_mod_func_int8_t_s_s((safe_mod_func_uint16_t_u_u(((((l_566[2] , ((safe_sub_func_uint64_t_u_u((((safe_rshift_func_int8_t_s_s(((**g_218) |= 1L), ((g_364 , ((safe_div_func_uint32_t_u_u(((safe_add_func_int16_t_s_s((safe_lshift_func_int8_t_s_u((safe_div_func_int64_t_s_s((&g_346 == l_579), l_559)), (*g_275))), g_206[5])) | 0x092CD6A704528791LL), (*p_41))) && l_559)) == p_38))) <= g_336) >= g_287[7][2]), g_287[7][2])) <= 1L)) <= 0xD3CCC2EEFBC2B218LL) , g_287[3][5]) , l_551), 65534UL)), (*g_275)))), p_38))) , &p_39) != (**g_486)), p_40))) != g_82) ^ p_38) | g_206[3]), l_551)) , 0x5EAF0BA9L) || 1L)))) || 0UL) && 0x15CA1939621A7531LL);
                    l_586[0][1]++;
                    l_591++;
                }
                else
                { /* block id: 242 */
                    int8_t l_598[10] = {(-1L),(-1L),0L,0L,0L,(-1L),(-1L),0L,0L,0L};
                    int i;
                    if (l_580)
                    { /* block id: 243 */
                        int16_t *l_594 = &g_336;
                        int64_t ** const l_596 = &l_488;
                        (***l_485) &= ((((*l_594) ^= 0xA22DL) , l_595) != l_596);
                    }
                    else
                    { /* block id: 246 */
                        uint64_t l_599 = 3UL;
                        if (l_580)
                            goto lbl_597;
                        l_599--;
                        (**l_485) = (***g_486);
                    }
                }
                for (g_103 = 0; (g_103 != 32); g_103 = safe_add_func_uint16_t_u_u(g_103, 2))
                { /* block id: 254 */
                    uint8_t l_632 = 0x78L;
                    int16_t *l_634 = &g_338;
                    int32_t l_636[1][9] = {{0x0784F187L,0xD6D7F987L,0x0784F187L,0x0784F187L,0xD6D7F987L,0x0784F187L,0x0784F187L,0xD6D7F987L,0x0784F187L}};
                    int16_t l_650 = 4L;
                    int i, j;
                    l_636[0][5] = (l_590 = ((-1L) & (((((safe_lshift_func_uint16_t_u_u((safe_div_func_int32_t_s_s(5L, (safe_sub_func_int16_t_s_s((safe_rshift_func_int16_t_s_s(((*l_634) = ((safe_mul_func_int16_t_s_s((safe_rshift_func_int16_t_s_u(((((safe_mul_func_uint8_t_u_u((p_40 ^ ((*g_275) = (safe_div_func_int64_t_s_s((safe_div_func_int64_t_s_s(((-7L) == (((((*l_491) = ((*l_501) = l_622)) || p_40) < g_206[5]) , (safe_mul_func_uint8_t_u_u(((p_40 , (+(((safe_lshift_func_int16_t_s_u((safe_unary_minus_func_int32_t_s((((~((*p_41) = ((safe_add_func_uint64_t_u_u(((0x71F987E3L != 0xA65DB6C5L) > 0xADCAL), g_364)) & 0xC0L))) > p_40) < g_84[1][2]))), g_242[1][0])) | p_38) || 0x1EA7308894FC4B50LL))) < (-2L)), 5UL)))), g_84[3][6])), 0x2D4DC3A934C572B0LL)))), p_38)) > 0xA04EL) == l_632) || 0x05L), l_632)), l_633)) || g_96)), p_38)), p_38)))), 0)) <= g_635[1][0]) != (-1L)) , p_40) ^ g_635[1][0])));
                    l_590 = (safe_mod_func_uint64_t_u_u(((((**l_500) = (*l_485)) == ((safe_div_func_uint16_t_u_u(p_38, (((((g_84[2][3] , (((*l_500) == (g_642 = l_641)) | ((*p_41) = (safe_lshift_func_int16_t_s_s((0L != g_336), (safe_div_func_int32_t_s_s((safe_lshift_func_int8_t_s_u(((**g_218) = p_40), (((*l_491) ^= g_8) > 0x385134488F8F5B88LL))), 1L))))))) > g_84[3][6]) , p_40) , 0xB4E5L) || 0xE685L))) , (void*)0)) <= 1UL), 1L));
                    l_651++;
                }
                for (l_633 = (-24); (l_633 != 19); l_633++)
                { /* block id: 272 */
                    int32_t *l_658 = &g_400;
                    int32_t l_659 = 0L;
                    int32_t l_686 = 4L;
                    uint64_t l_687 = 0x2DC6C25B8E054ACCLL;
                    l_659 = ((*p_41) = (p_40 && (((*l_658) = ((**g_218) & (g_242[0][0] | (safe_rshift_func_int16_t_s_s(0xE7C2L, 6))))) , p_38)));
                }
                (*g_277) = ((((g_75 , l_663[1]) == ((*l_695) = &l_415)) == (g_242[0][0] = ((&l_677 != &g_635[1][0]) & (safe_mod_func_int16_t_s_s((safe_div_func_int8_t_s_s((safe_mod_func_uint16_t_u_u((((*l_579) , l_702[1]) == (((*p_41) , 0xFEL) & p_40)), p_38)), 0x5BL)), 0xC80EL))))) > (-1L));
            }
            if (((safe_mod_func_uint16_t_u_u(0x2EE4L, (safe_rshift_func_int16_t_s_s(((void*)0 != g_707), 9)))) > 0x980E84026C54376FLL))
            { /* block id: 301 */
                const uint8_t l_710 = 0xD9L;
                int32_t l_720 = 0x668F6BE1L;
                int8_t **l_721 = &l_415;
                int32_t l_727[7] = {0x59699489L,0x59699489L,0x59699489L,0x59699489L,0x59699489L,0x59699489L,0x59699489L};
                struct S0 *l_728[4] = {&g_346,&g_346,&g_346,&g_346};
                uint32_t l_755 = 0xA3E465E7L;
                int i;
                l_727[0] |= (l_720 = ((l_710 & (safe_sub_func_uint64_t_u_u(((safe_sub_func_int32_t_s_s(((****l_500) |= (safe_add_func_uint64_t_u_u((g_446[4][2][3] == (((*g_219) = (!((*l_487) = (g_75 != ((safe_mod_func_int64_t_s_s(g_364, l_720)) | (l_663[1] == l_721)))))) != (1L && ((safe_unary_minus_func_int32_t_s((safe_div_func_int32_t_s_s((safe_add_func_int8_t_s_s(((1L >= 0xDB4108752630C877LL) || p_40), p_40)), 4294967295UL)))) > g_206[5])))), g_399[0]))), l_720)) , p_38), g_399[0]))) <= p_40));
                (**g_707) = l_728[0];
                for (p_40 = 15; (p_40 != 54); p_40 = safe_add_func_int64_t_s_s(p_40, 3))
                { /* block id: 310 */
                    uint8_t l_751[8];
                    int32_t l_752 = 3L;
                    int32_t l_760 = 0x47DA4B9FL;
                    int32_t l_761 = 0xBF053900L;
                    int32_t l_762 = 1L;
                    int i;
                    for (i = 0; i < 8; i++)
                        l_751[i] = 247UL;
                    for (g_13 = 0; (g_13 != 25); ++g_13)
                    { /* block id: 313 */
                        uint8_t *l_737[5];
                        int8_t *l_753 = &l_483;
                        int i;
                        for (i = 0; i < 5; i++)
                            l_737[i] = &l_586[4][1];
                        (*p_41) &= (safe_rshift_func_int8_t_s_s((((((((-8L) | ((((*l_753) = (l_752 = ((9L < 0xBA98L) | (safe_rshift_func_uint8_t_u_u((g_738 &= (*g_275)), (safe_lshift_func_int16_t_s_s((safe_add_func_uint8_t_u_u((safe_add_func_int16_t_s_s(0x0826L, (safe_div_func_int64_t_s_s(((g_399[0] >= p_40) != ((l_751[4] = (safe_lshift_func_int8_t_s_u(((**g_218) |= ((safe_div_func_int32_t_s_s((l_737[0] != (void*)0), l_727[0])) < p_38)), 3))) > (*g_275))), 3UL)))), p_40)), g_346.f0))))))) , l_754) , p_38)) <= 0xC671A006L) ^ (*g_275)) || 0x4D9C2F5DL) | p_40) | p_38), 5));
                        --l_755;
                    }
                    for (g_400 = (-8); (g_400 == (-18)); g_400 = safe_sub_func_int32_t_s_s(g_400, 9))
                    { /* block id: 324 */
                        uint8_t l_763 = 0x30L;
                        (**l_485) = (***g_486);
                        ++l_763;
                        (*g_277) = (((&g_336 != &g_336) || (++g_242[1][0])) != g_635[0][2]);
                        return p_40;
                    }
                }
                (****l_500) ^= (&l_499 == (g_768 = l_498[5]));
            }
            else
            { /* block id: 334 */
                int8_t l_769 = 0x30L;
                for (l_589 = 0; (l_589 <= 5); l_589 += 1)
                { /* block id: 337 */
                    if (l_769)
                        break;
                    for (l_633 = 0; l_633 < 7; l_633 += 1)
                    {
                        g_261[l_633] = &g_218;
                    }
                    (****g_768) = (****g_768);
                    p_39 = ((****g_768) = p_41);
                    for (g_75 = 5; (g_75 >= 1); g_75 -= 1)
                    { /* block id: 345 */
                        int i, j;
                        return l_409[l_589][(l_589 + 2)];
                    }
                }
            }
            l_770--;
        }
        else
        { /* block id: 351 */
            return g_346.f0;
        }
    }
    else
    { /* block id: 354 */
        int32_t l_774 = 0x59B5BEB9L;
        int16_t *l_781 = (void*)0;
        int16_t *l_782 = (void*)0;
        int16_t *l_783 = &g_336;
        int32_t l_784 = (-10L);
        l_784 |= (+((l_774 > (safe_lshift_func_uint16_t_u_u(((safe_lshift_func_int16_t_s_u(0x0031L, g_206[0])) ^ g_287[5][3]), 6))) <= (p_38 ^ (g_96 |= (0x81L >= (safe_sub_func_uint8_t_u_u(0x73L, ((((*g_219) = ((*g_219) , (((*l_783) = (((65526UL ^ g_242[1][0]) || g_206[5]) || p_40)) <= 0UL))) > (****l_484)) ^ 0xC9L))))))));
        return p_40;
    }
    (**l_500) = (**g_486);
    if (((safe_mul_func_int8_t_s_s((***l_485), (safe_sub_func_uint16_t_u_u(g_287[2][4], (((l_789 = l_789) == l_790) , ((((void*)0 != l_791) != (((safe_add_func_uint16_t_u_u(((void*)0 == &g_446[1][7][3]), ((safe_lshift_func_int8_t_s_u((****l_484), 0)) || (****l_484)))) <= (***l_485)) , g_84[3][6])) > 0x5AL)))))) | g_84[3][6]))
    { /* block id: 363 */
        return (****l_484);
    }
    else
    { /* block id: 365 */
        uint16_t *l_809 = (void*)0;
        const int32_t l_818 = 0xA094EDFCL;
        int32_t l_822 = 0x06915D3BL;
        int32_t l_829 = (-1L);
        int32_t l_831 = 0xC6D09087L;
        int32_t l_842 = 0x0CC58E34L;
        for (l_549 = 0; (l_549 < 42); l_549 = safe_add_func_uint32_t_u_u(l_549, 7))
        { /* block id: 368 */
            uint8_t l_819 = 0UL;
            int32_t l_821 = 1L;
            int32_t l_824 = 0x3AD817F4L;
            int32_t l_826 = (-3L);
            int32_t l_832 = 2L;
            int32_t l_834 = 0xEB1E7108L;
            int32_t l_836 = 1L;
            int32_t *l_848 = &l_822;
        }
        (*****g_768) &= l_818;
    }
    (**l_790) = (**l_789);
    return p_38;
}


/* ------------------------------------------ */
/* 
 * reads : g_51 g_22 g_13 g_75 g_82 g_86 g_94 g_103 g_8 g_84 g_96 g_135 g_189 g_206 g_148 g_218 g_97 g_242 g_260
 * writes: g_51 g_75 g_82 g_86 g_97 g_103 g_22 g_96 g_135 g_148 g_189 g_218 g_242 g_261 g_260.f2
 */
static uint16_t  func_42(int32_t * p_43, int8_t  p_44, int8_t * p_45)
{ /* block id: 4 */
    int32_t *l_49 = (void*)0;
    int32_t *l_50[6] = {&g_22,&g_22,&g_22,&g_22,&g_22,&g_22};
    int8_t l_264 = 0xA1L;
    uint32_t l_282 = 0x24ACD064L;
    int16_t *l_295 = &g_189;
    int32_t l_362[8] = {9L,0x5013C048L,0x5013C048L,9L,0x5013C048L,0x5013C048L,9L,0x5013C048L};
    struct S0 *l_402[7];
    int i;
    for (i = 0; i < 7; i++)
        l_402[i] = &g_346;
lbl_266:
    ++g_51;
    if ((((&g_13 == (void*)0) && g_22) , (((safe_sub_func_uint16_t_u_u(((((g_51 && (safe_sub_func_uint32_t_u_u((safe_sub_func_uint32_t_u_u(p_44, (g_260.f2 = func_60((safe_div_func_uint16_t_u_u(((((g_22 > ((8L != (safe_mod_func_uint16_t_u_u(0UL, g_51))) <= p_44)) != (-10L)) | 0x1B6BD7A8L) && 0x54L), g_13)))))), g_84[4][0]))) , p_44) , 1L) , g_96), 0x0537L)) || (-1L)) != l_264)))
    { /* block id: 93 */
        uint64_t l_265 = 0x4E8FA73D8C083AD0LL;
        l_265 ^= (*p_43);
    }
    else
    { /* block id: 95 */
        int8_t l_269[5][7][4] = {{{0x70L,0xC2L,0xE0L,9L},{0x70L,1L,1L,0x70L},{0L,9L,(-1L),1L},{9L,0xC2L,(-1L),0xA7L},{0x3AL,0L,1L,0xA7L},{(-1L),0xC2L,(-1L),1L},{0x70L,9L,0x3BL,0x70L}},{{0x3AL,1L,(-1L),9L},{1L,0xC2L,(-1L),(-1L)},{0x3AL,0x3AL,0x3BL,0xA7L},{0x70L,0xB5L,(-1L),9L},{(-1L),9L,1L,(-1L)},{0x3AL,9L,(-1L),9L},{9L,0xB5L,(-1L),0xA7L}},{{0L,0x3AL,1L,(-1L)},{0x70L,0xC2L,0xE0L,9L},{0x70L,1L,1L,0x70L},{0L,9L,(-1L),1L},{9L,0xC2L,(-1L),0xA7L},{0x3AL,0L,1L,0xA7L},{(-1L),0xC2L,(-1L),1L}},{{0x70L,9L,0x3BL,0x70L},{0x3AL,1L,(-1L),(-1L)},{0xE0L,0L,0x0FL,0x0FL},{1L,1L,0x70L,0xB5L},{(-1L),0x9CL,(-1L),(-1L)},{(-1L),(-1L),0xE0L,(-1L)},{1L,(-1L),0xC2L,(-1L)}},{{(-1L),0x9CL,0x0FL,0xB5L},{0x3BL,1L,0xE0L,0x0FL},{(-1L),0L,0xA7L,(-1L)},{(-1L),0xE0L,0xE0L,(-1L)},{0x3BL,(-1L),0x0FL,0xE0L},{(-1L),0L,0xC2L,0xB5L},{1L,0x3BL,0xE0L,0xB5L}}};
        int16_t *l_296 = &g_189;
        int32_t l_322 = 0x14F9FACAL;
        struct S0 **l_403 = &l_402[6];
        struct S0 *l_405 = &g_346;
        struct S0 **l_404 = &l_405;
        int i, j, k;
        if (g_97)
            goto lbl_266;
        for (g_148 = 2; (g_148 != 38); g_148 = safe_add_func_uint8_t_u_u(g_148, 3))
        { /* block id: 99 */
            int32_t *l_278[9] = {&g_22,&g_22,&g_22,&g_22,&g_22,&g_22,&g_22,&g_22,&g_22};
            int32_t **l_333 = &l_278[2];
            int32_t ***l_332 = &l_333;
            int i;
        }
        (*l_404) = ((*l_403) = l_402[1]);
    }
    return g_86;
}


/* ------------------------------------------ */
/* 
 * reads : g_51 g_75 g_22 g_82 g_86 g_94 g_103 g_8 g_84 g_96 g_135 g_189 g_206 g_148 g_13 g_218 g_97 g_242 g_260
 * writes: g_51 g_75 g_82 g_86 g_97 g_103 g_22 g_96 g_135 g_148 g_189 g_218 g_242 g_261
 */
static uint32_t  func_60(int32_t  p_61)
{ /* block id: 6 */
    int64_t l_72[2][8] = {{0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL},{0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL,0xB1CA9823142ACE07LL}};
    int32_t *l_73[7];
    int8_t *l_91 = &g_75;
    int64_t l_104 = 0x91E547056167B9C7LL;
    uint32_t l_146 = 9UL;
    const int32_t ***l_192 = &g_135;
    int64_t l_215 = 0xD458F628736EE149LL;
    struct S0 l_221 = {4294967286UL,0xCAD26139L};
    uint32_t l_223 = 4294967286UL;
    uint8_t l_230 = 255UL;
    int64_t l_247 = 0x0AF2857B4A2E4717LL;
    uint32_t l_262[4] = {0x57ABBE95L,0x57ABBE95L,0x57ABBE95L,0x57ABBE95L};
    int64_t l_263 = 0x74A1855612024B52LL;
    int i, j;
    for (i = 0; i < 7; i++)
        l_73[i] = &g_22;
    for (g_51 = 9; (g_51 >= 54); g_51 = safe_add_func_int64_t_s_s(g_51, 2))
    { /* block id: 9 */
        int32_t *l_70 = (void*)0;
        int32_t **l_71 = &l_70;
        int8_t *l_74 = &g_75;
        int32_t l_83 = 0L;
        int16_t l_85 = 0xD884L;
        uint16_t *l_95[5] = {&g_96,&g_96,&g_96,&g_96,&g_96};
        uint32_t *l_102 = &g_103;
        uint16_t l_174 = 1UL;
        int32_t ***l_209 = &l_71;
        int i;
        l_83 &= (g_82 &= (((((((*l_71) = l_70) == (void*)0) < 8UL) && ((((l_72[1][4] <= (l_73[4] != (((*l_74) ^= ((void*)0 == l_73[4])) , (void*)0))) == (safe_add_func_uint8_t_u_u((((((safe_add_func_int8_t_s_s(((safe_add_func_uint16_t_u_u(1UL, p_61)) | 0x4C01D5BC3FA0E898LL), p_61)) & (-5L)) && 0x48679C02L) >= g_22) <= 255UL), 0xDBL))) | p_61) | g_51)) == 255UL) < p_61));
        g_86++;
        l_104 = (safe_sub_func_int16_t_s_s(((l_91 != ((g_97 = ((safe_add_func_int16_t_s_s((0xDBL && p_61), 5L)) != (g_94[0] != ((*l_71) = (*l_71))))) , l_91)) >= ((0xDB194A10L > ((safe_sub_func_uint32_t_u_u(((*l_102) &= (safe_lshift_func_uint8_t_u_u(0xF9L, p_61))), p_61)) && p_61)) && l_83)), g_8));
        for (g_22 = (-6); (g_22 == (-12)); g_22 = safe_sub_func_int32_t_s_s(g_22, 2))
        { /* block id: 21 */
            uint16_t * const l_112[9] = {&g_8,&g_8,&g_96,&g_8,&g_8,&g_96,&g_8,&g_8,&g_96};
            int32_t l_117 = (-1L);
            int32_t l_125 = 0L;
            const uint32_t l_157 = 0xB5441F78L;
            int32_t l_177 = (-1L);
            int32_t l_185 = 1L;
            int8_t ***l_220 = &g_218;
            int64_t l_222 = 0L;
            int i;
            for (g_97 = (-20); (g_97 > 24); g_97 = safe_add_func_int64_t_s_s(g_97, 3))
            { /* block id: 24 */
                int32_t *l_109 = &l_83;
                int32_t l_134 = 0x060E7D70L;
                uint32_t l_171 = 0x84E5156CL;
                int16_t *l_186 = &l_85;
                int16_t *l_187 = (void*)0;
                int16_t *l_188 = &g_189;
                const int8_t *l_205[10] = {(void*)0,&g_13,&g_13,&g_13,(void*)0,(void*)0,&g_13,&g_13,&g_13,(void*)0};
                int i;
                (*l_71) = l_73[4];
                l_109 = (*l_71);
                for (p_61 = 4; (p_61 >= 0); p_61 -= 1)
                { /* block id: 29 */
                    int8_t **l_115 = &l_91;
                    union U1 l_116 = {0};
                    int32_t l_149 = 0xFF1E6A96L;
                    int i, j;
                    l_73[p_61] = l_73[(p_61 + 2)];
                    if (((l_117 &= (((l_83 ^= (safe_add_func_int64_t_s_s((((&g_96 == l_112[2]) | (safe_sub_func_uint8_t_u_u(((g_84[(p_61 + 4)][p_61] , (l_74 == ((0xE8L || (((*l_115) = &g_13) != (void*)0)) , &g_75))) == ((l_116 , 0x337E63E716A1B7C3LL) && p_61)), 0x86L))) , p_61), p_61))) == 0x084A9EC0L) , p_61)) == g_86))
                    { /* block id: 34 */
                        return g_84[3][6];
                    }
                    else
                    { /* block id: 36 */
                        int32_t l_118 = 0x0D747CD2L;
                        const int32_t ***l_136 = &g_135;
                        uint32_t l_147 = 0xAAA12BE6L;
                        int32_t l_156 = 0x6DE51AEEL;
                        l_149 = (((&g_8 == &g_8) | (l_118 | (safe_mod_func_int32_t_s_s((safe_div_func_int16_t_s_s((safe_sub_func_uint16_t_u_u((g_96++), (g_148 = (safe_mod_func_int8_t_s_s(((~(l_117 = ((~(safe_div_func_uint64_t_u_u(((l_134 ^= (**l_71)) == ((((((*l_136) = g_135) != (void*)0) >= (p_61 ^ ((safe_unary_minus_func_uint8_t_u(p_61)) , (safe_mod_func_int32_t_s_s((safe_rshift_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(((safe_mod_func_int32_t_s_s(l_118, (-4L))) & l_146), 0xAD79L)), p_61)), (**l_71)))))) < p_61) <= g_84[5][4])), 0x70E2A70171C975FBLL))) , 0xD383E866L))) || l_147), (*l_109)))))), g_84[3][6])), g_103)))) || 255UL);
                        l_125 = p_61;
                        l_156 = (l_117 = (safe_rshift_func_uint8_t_u_u((safe_add_func_int32_t_s_s((safe_lshift_func_uint8_t_u_s(255UL, 1)), 0x972B2CC4L)), 4)));
                        if (l_157)
                            continue;
                    }
                    l_149 &= ((safe_div_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((safe_mod_func_int32_t_s_s(((((*l_102) = 0xE2D952DEL) || (++(*l_102))) >= (+(g_84[9][1] | (((safe_sub_func_uint32_t_u_u((l_115 == (void*)0), p_61)) & 1L) , (safe_sub_func_int8_t_s_s((**l_71), ((65534UL | (l_171++)) && (l_174 != 0xCEL)))))))), g_84[4][6])), 18446744073709551610UL)), p_61)) >= (*l_109));
                    l_134 = 0x2FE7AF75L;
                }
                if ((l_134 = (p_61 >= ((safe_div_func_uint8_t_u_u((((l_177 |= p_61) , (safe_unary_minus_func_int8_t_s(((((p_61 , (safe_sub_func_int32_t_s_s((safe_div_func_uint32_t_u_u((((*l_188) = ((((((p_61 , (((-1L) && (safe_mul_func_int16_t_s_s(((*l_186) = l_185), (0xA9A028DDFECA6743LL && (((0xD503L > 0L) , (void*)0) != (void*)0))))) >= l_185)) | g_8) , p_61) & (*l_70)) ^ (-8L)) , 0xDC87L)) ^ p_61), g_84[2][0])), g_86))) || 0UL) && g_84[3][6]) || 0xE1C7F3327D6BC24CLL)))) , (*l_70)), 0x81L)) & p_61))))
                { /* block id: 58 */
                    uint8_t *l_207[8][10][3] = {{{&g_86,(void*)0,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,(void*)0},{(void*)0,&g_86,(void*)0},{&g_86,&g_86,(void*)0},{&g_86,(void*)0,&g_86},{&g_86,&g_86,(void*)0},{(void*)0,&g_86,&g_86}},{{&g_86,(void*)0,&g_86},{&g_86,&g_86,(void*)0},{&g_86,&g_86,&g_86},{&g_86,&g_86,(void*)0},{&g_86,&g_86,(void*)0},{&g_86,&g_86,(void*)0},{&g_86,(void*)0,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,(void*)0,&g_86}},{{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,(void*)0},{(void*)0,&g_86,(void*)0},{&g_86,&g_86,(void*)0},{&g_86,(void*)0,&g_86},{&g_86,&g_86,(void*)0},{(void*)0,&g_86,&g_86},{&g_86,&g_86,(void*)0}},{{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{(void*)0,&g_86,&g_86},{(void*)0,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,(void*)0,&g_86},{&g_86,&g_86,(void*)0},{(void*)0,&g_86,&g_86},{(void*)0,&g_86,(void*)0}},{{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{(void*)0,&g_86,&g_86},{&g_86,&g_86,&g_86},{(void*)0,&g_86,&g_86},{&g_86,(void*)0,(void*)0},{&g_86,&g_86,(void*)0},{&g_86,&g_86,&g_86}},{{&g_86,&g_86,&g_86},{(void*)0,&g_86,&g_86},{(void*)0,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,(void*)0,&g_86},{&g_86,&g_86,(void*)0},{(void*)0,&g_86,&g_86},{(void*)0,&g_86,(void*)0},{&g_86,&g_86,&g_86}},{{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{(void*)0,&g_86,&g_86},{&g_86,&g_86,&g_86},{(void*)0,&g_86,&g_86},{&g_86,(void*)0,(void*)0},{&g_86,&g_86,(void*)0},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86}},{{(void*)0,&g_86,&g_86},{(void*)0,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86},{&g_86,(void*)0,&g_86},{&g_86,&g_86,(void*)0},{(void*)0,&g_86,&g_86},{(void*)0,&g_86,(void*)0},{&g_86,&g_86,&g_86},{&g_86,&g_86,&g_86}}};
                    int32_t l_208 = 0xE23C1EDEL;
                    int32_t ***l_210[8] = {&l_71,&l_71,&l_71,&l_71,&l_71,&l_71,&l_71,&l_71};
                    int i, j, k;
                    for (l_117 = 0; (l_117 != 15); ++l_117)
                    { /* block id: 61 */
                        l_192 = &g_135;
                    }
                    (*l_71) = (((0x4FL & (((*l_74) |= l_177) || 0xD1L)) | ((safe_add_func_uint16_t_u_u((safe_add_func_int64_t_s_s(((l_209 = (((((g_86 = ((safe_add_func_uint64_t_u_u(((safe_add_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_s(((safe_mul_func_uint16_t_u_u(g_84[3][6], 0x0B35L)) > (&g_13 == (g_189 , &g_13))), (&g_13 != l_205[0]))) || p_61), g_206[5])) >= p_61), g_148)) , p_61)) > l_208) | p_61) != p_61) , (void*)0)) == l_210[6]), g_22)), g_13)) < p_61)) , (void*)0);
                }
                else
                { /* block id: 68 */
                    if (p_61)
                        break;
                }
            }
            l_117 = (((g_75 < ((p_61 , l_157) , (((safe_sub_func_int16_t_s_s((safe_mul_func_int8_t_s_s((l_177 || ((l_215 == (safe_rshift_func_int16_t_s_u(((((*l_220) = g_218) == &g_12[1][0][1]) | ((l_221 , (0x691BL < l_157)) && l_222)), 3))) == p_61)), 255UL)), 0UL)) && 1UL) > p_61))) , 0xA00E7A821EC393FFLL) != g_84[3][6]);
        }
    }
    l_223 &= p_61;
    for (l_146 = 0; (l_146 <= 1); l_146 += 1)
    { /* block id: 79 */
        uint8_t l_224 = 0x40L;
        struct S0 l_225 = {0UL,4UL};
        uint32_t *l_226 = &g_103;
        int16_t *l_237 = &g_189;
        const int16_t l_238 = 0x44D1L;
        int32_t l_239 = 0xAEE3016BL;
        const int32_t l_240[3] = {1L,1L,1L};
        int32_t l_241 = (-10L);
        int i;
        l_241 = (l_224 == (((((((l_225 , l_226) == (l_225.f1 , &g_103)) ^ (!(((((safe_lshift_func_uint8_t_u_u(((l_230 >= ((((((safe_rshift_func_uint8_t_u_u((l_239 = (safe_mod_func_uint32_t_u_u((safe_add_func_int16_t_s_s(((*l_237) |= ((void*)0 != &g_51)), 0x2C9FL)), l_238))), 0)) < 0xA4289DD2L) > g_103) <= g_97) ^ p_61) , l_240[0])) || p_61), p_61)) , p_61) ^ g_84[9][5]) && 0x41646E61L) || 9L))) || l_224) | l_225.f0) <= 0xFADEL) , 0UL));
        for (p_61 = 0; (p_61 <= 1); p_61 += 1)
        { /* block id: 85 */
            --g_242[1][0];
        }
    }
    l_263 = (p_61 == (safe_add_func_int64_t_s_s(((0x176354BEL ^ (l_247 | (safe_sub_func_uint32_t_u_u((g_242[1][0] | 65535UL), (safe_sub_func_uint16_t_u_u(0x07EBL, (safe_div_func_int32_t_s_s(((safe_mul_func_int16_t_s_s(((safe_mod_func_uint32_t_u_u(((safe_sub_func_uint32_t_u_u((g_260 , (((((g_261[6] = (void*)0) == &g_218) , p_61) >= g_84[3][0]) ^ g_97)), g_86)) >= g_189), l_262[1])) , g_84[8][0]), 65535UL)) > p_61), p_61)))))))) || g_96), g_51)));
    return p_61;
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
    transparent_crc(g_13, "g_13", print_hash_value);
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_51, "g_51", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_84[i][j], "g_84[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_97, "g_97", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_206[i], "g_206[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_242[i][j], "g_242[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_260.f1, "g_260.f1", print_hash_value);
    transparent_crc(g_260.f2, "g_260.f2", print_hash_value);
    transparent_crc(g_260.f3, "g_260.f3", print_hash_value);
    transparent_crc(g_260.f4, "g_260.f4", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_287[i][j], "g_287[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_336, "g_336", print_hash_value);
    transparent_crc(g_338, "g_338", print_hash_value);
    transparent_crc(g_346.f0, "g_346.f0", print_hash_value);
    transparent_crc(g_346.f1, "g_346.f1", print_hash_value);
    transparent_crc(g_364, "g_364", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_399[i], "g_399[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_400, "g_400", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_446[i][j][k], "g_446[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_635[i][j], "g_635[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_738, "g_738", print_hash_value);
    transparent_crc(g_877, "g_877", print_hash_value);
    transparent_crc(g_974, "g_974", print_hash_value);
    transparent_crc(g_1139, "g_1139", print_hash_value);
    transparent_crc(g_1307, "g_1307", print_hash_value);
    transparent_crc(g_1326, "g_1326", print_hash_value);
    transparent_crc(g_1375.f0, "g_1375.f0", print_hash_value);
    transparent_crc(g_1375.f1, "g_1375.f1", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 379
   depth: 1, occurrence: 9
XXX total union variables: 9

XXX non-zero bitfields defined in structs: 2
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 12
breakdown:
   indirect level: 0, occurrence: 9
   indirect level: 1, occurrence: 3
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 8
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 19
XXX times a single bitfield on LHS: 2
XXX times a single bitfield on RHS: 0

XXX max expression depth: 42
breakdown:
   depth: 1, occurrence: 178
   depth: 2, occurrence: 39
   depth: 3, occurrence: 4
   depth: 4, occurrence: 2
   depth: 5, occurrence: 3
   depth: 7, occurrence: 2
   depth: 8, occurrence: 1
   depth: 12, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 2
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 6
   depth: 20, occurrence: 4
   depth: 22, occurrence: 1
   depth: 23, occurrence: 4
   depth: 24, occurrence: 3
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 27, occurrence: 2
   depth: 28, occurrence: 2
   depth: 29, occurrence: 3
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 34, occurrence: 1
   depth: 36, occurrence: 1
   depth: 40, occurrence: 1
   depth: 42, occurrence: 1

XXX total number of pointers: 239

XXX times a variable address is taken: 509
XXX times a pointer is dereferenced on RHS: 159
breakdown:
   depth: 1, occurrence: 107
   depth: 2, occurrence: 33
   depth: 3, occurrence: 10
   depth: 4, occurrence: 9
XXX times a pointer is dereferenced on LHS: 180
breakdown:
   depth: 1, occurrence: 144
   depth: 2, occurrence: 27
   depth: 3, occurrence: 2
   depth: 4, occurrence: 5
   depth: 5, occurrence: 2
XXX times a pointer is compared with null: 22
XXX times a pointer is compared with address of another variable: 5
XXX times a pointer is compared with another pointer: 13
XXX times a pointer is qualified to be dereferenced: 4884

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 614
   level: 2, occurrence: 173
   level: 3, occurrence: 57
   level: 4, occurrence: 73
   level: 5, occurrence: 4
XXX number of pointers point to pointers: 79
XXX number of pointers point to scalars: 147
XXX number of pointers point to structs: 8
XXX percent of pointers has null in alias set: 33.1
XXX average alias set size: 1.31

XXX times a non-volatile is read: 1175
XXX times a non-volatile is write: 609
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 8

XXX stmts: 175
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 24
   depth: 1, occurrence: 30
   depth: 2, occurrence: 26
   depth: 3, occurrence: 28
   depth: 4, occurrence: 37
   depth: 5, occurrence: 30

XXX percentage a fresh-made variable is used: 18.1
XXX percentage an existing variable is used: 81.9
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

