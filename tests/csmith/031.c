/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 36 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      36
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   const uint64_t  f0;
   const int16_t  f1;
   int64_t  f2;
   int8_t * const  f3;
   uint64_t  f4;
};

union U1 {
   const int32_t  f0;
};

union U2 {
   uint8_t  f0;
   int32_t  f1;
   const int8_t  f2;
   uint8_t  f3;
   const signed f4 : 20;
};

union U3 {
   int8_t  f0;
   const uint8_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = 9L;
static int32_t g_4 = 0xCBA86BA4L;
static union U2 g_15[4] = {{0x2FL},{0x2FL},{0x2FL},{0x2FL}};
static const int8_t *g_33[9][8] = {{&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2},{&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,(void*)0,&g_15[3].f2},{&g_15[3].f2,&g_15[3].f2,(void*)0,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2},{&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2},{&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,(void*)0,(void*)0,&g_15[3].f2,&g_15[3].f2},{&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2},{&g_15[3].f2,&g_15[3].f2,(void*)0,&g_15[3].f2,&g_15[3].f2,(void*)0,&g_15[3].f2,&g_15[3].f2},{&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2},{&g_15[3].f2,&g_15[3].f2,(void*)0,(void*)0,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2,&g_15[3].f2}};
static int32_t g_38[9] = {0x3B91359AL,0x3B91359AL,0x3B91359AL,0x3B91359AL,0x3B91359AL,0x3B91359AL,0x3B91359AL,0x3B91359AL,0x3B91359AL};
static int32_t g_41 = 0L;
static int32_t g_44[10] = {2L,0xC837E05AL,2L,0xC837E05AL,2L,0xC837E05AL,2L,0xC837E05AL,2L,0xC837E05AL};
static int32_t *g_71[9][3] = {{&g_38[7],&g_4,&g_44[3]},{&g_4,&g_38[7],&g_38[7]},{&g_44[3],&g_38[7],(void*)0},{&g_44[8],&g_4,&g_44[0]},{&g_44[3],&g_44[3],&g_44[0]},{&g_4,&g_44[8],(void*)0},{&g_38[7],&g_44[3],&g_38[7]},{&g_38[7],&g_4,&g_44[3]},{&g_4,&g_38[7],&g_38[7]}};
static int8_t g_73[9][6] = {{(-8L),0xE9L,1L,1L,0xE9L,(-8L)},{0x2DL,0xD6L,0xCAL,(-1L),1L,0x1AL},{0xE5L,(-6L),(-1L),0L,0xFFL,0x16L},{0xE5L,0x16L,0L,(-1L),0x35L,0xFFL},{0x2DL,1L,(-6L),1L,0x2DL,(-1L)},{(-8L),0xCAL,1L,(-6L),1L,0L},{(-6L),(-1L),0xDFL,0xCAL,3L,0L},{0xD6L,0L,1L,0x1AL,(-1L),(-1L)},{3L,(-6L),(-6L),3L,0xD6L,0xFFL}};
static int32_t **g_116 = &g_71[7][2];
static int32_t ***g_115[4][7][2] = {{{&g_116,&g_116},{(void*)0,&g_116},{&g_116,(void*)0},{&g_116,&g_116},{&g_116,(void*)0},{&g_116,&g_116},{(void*)0,&g_116}},{{&g_116,&g_116},{&g_116,&g_116},{&g_116,&g_116},{(void*)0,&g_116},{&g_116,(void*)0},{&g_116,&g_116},{&g_116,(void*)0}},{{&g_116,&g_116},{(void*)0,&g_116},{&g_116,&g_116},{&g_116,&g_116},{&g_116,&g_116},{(void*)0,&g_116},{&g_116,(void*)0}},{{&g_116,&g_116},{&g_116,(void*)0},{&g_116,&g_116},{(void*)0,&g_116},{&g_116,&g_116},{&g_116,&g_116},{&g_116,&g_116}}};
static uint16_t g_132 = 0x8F05L;
static uint64_t g_187 = 0xC731BA7616D2739ALL;
static uint8_t g_221 = 2UL;
static int64_t g_226 = 0xCA189BC5BAC3DFB1LL;
static int64_t *g_225 = &g_226;
static uint32_t g_229 = 4294967287UL;
static int16_t g_245 = 0L;
static const union U0 g_309 = {0xC6A9508A8FABBD06LL};
static const uint32_t g_312 = 0UL;
static union U1 g_355 = {0xAC38457DL};
static int32_t g_407 = 0xEBF064CBL;
static const int32_t *g_410 = &g_38[8];
static uint64_t g_429 = 18446744073709551607UL;
static uint16_t g_444 = 0xEF51L;
static int16_t *g_481 = (void*)0;
static int32_t g_598 = 0xCCCAB676L;
static uint32_t **g_679 = (void*)0;
static uint32_t g_717 = 4294967293UL;
static union U2 g_764[8] = {{0xE8L},{0xE8L},{0xE8L},{0xE8L},{0xE8L},{0xE8L},{0xE8L},{0xE8L}};
static union U2 *g_763 = &g_764[0];
static union U2 **g_762[7][3] = {{(void*)0,&g_763,(void*)0},{(void*)0,&g_763,(void*)0},{(void*)0,&g_763,(void*)0},{(void*)0,&g_763,(void*)0},{(void*)0,&g_763,(void*)0},{(void*)0,&g_763,(void*)0},{(void*)0,&g_763,(void*)0}};
static union U0 g_769 = {18446744073709551615UL};
static uint32_t g_793 = 1UL;
static uint16_t *g_797 = &g_132;
static uint16_t g_798 = 0xA90AL;
static uint8_t *g_860 = &g_221;
static uint8_t **g_859[1] = {&g_860};
static int32_t g_885 = 4L;
static uint64_t *g_931[9][7] = {{&g_429,&g_429,&g_769.f4,&g_769.f4,&g_429,&g_187,&g_769.f4},{&g_187,&g_429,&g_187,&g_429,&g_187,&g_429,&g_187},{&g_429,&g_769.f4,&g_429,&g_429,&g_429,&g_429,&g_429},{&g_429,&g_429,&g_187,&g_429,&g_429,(void*)0,&g_429},{&g_429,&g_429,&g_429,&g_769.f4,&g_429,&g_429,&g_769.f4},{&g_187,&g_429,&g_187,&g_429,&g_187,&g_429,&g_187},{&g_429,&g_769.f4,&g_769.f4,&g_429,&g_429,&g_769.f4,&g_769.f4},{&g_429,&g_429,&g_429,&g_429,&g_429,&g_429,&g_429},{&g_429,&g_429,&g_429,&g_429,&g_429,&g_429,&g_429}};
static union U3 g_970[7][9] = {{{-4L},{-9L},{-4L},{0x9FL},{-4L},{-9L},{-4L},{0x9FL},{-4L}},{{0L},{0L},{0L},{0x2FL},{9L},{9L},{0x2FL},{0L},{0L}},{{1L},{0x9FL},{0x08L},{0x9FL},{1L},{0x9FL},{0x08L},{0x9FL},{1L}},{{9L},{0x2FL},{0L},{0L},{0L},{0L},{0x2FL},{9L},{9L}},{{-4L},{0x9FL},{-4L},{-9L},{-4L},{0x9FL},{-4L},{-9L},{-4L}},{{9L},{0L},{0x2FL},{0x2FL},{0L},{9L},{0L},{0L},{9L}},{{1L},{-9L},{0x08L},{-9L},{1L},{-9L},{0x08L},{-9L},{1L}}};
static int8_t g_974 = 0x29L;
static int32_t *** const *g_1012 = &g_115[2][1][0];
static int32_t *** const **g_1011 = &g_1012;
static int32_t *g_1053[5][4] = {{&g_15[3].f1,&g_15[3].f1,&g_15[3].f1,&g_15[3].f1},{&g_15[3].f1,&g_15[3].f1,&g_15[3].f1,&g_15[3].f1},{&g_15[3].f1,&g_15[3].f1,&g_15[3].f1,&g_15[3].f1},{&g_15[3].f1,&g_15[3].f1,&g_15[3].f1,&g_15[3].f1},{&g_15[3].f1,&g_15[3].f1,&g_15[3].f1,&g_15[3].f1}};
static uint16_t g_1134 = 65528UL;
static uint8_t g_1139 = 0x34L;
static int64_t g_1177 = 0x6440ABADC1140B93LL;
static int64_t * const g_1176 = &g_1177;
static int64_t * const *g_1175[7] = {&g_1176,&g_1176,&g_1176,&g_1176,&g_1176,&g_1176,&g_1176};
static union U0 *g_1201 = &g_769;
static union U0 **g_1200 = &g_1201;
static uint32_t *g_1359[9] = {&g_793,&g_793,&g_793,&g_793,&g_793,&g_793,&g_793,&g_793,&g_793};
static uint32_t **g_1358 = &g_1359[5];
static int16_t ***g_1416 = (void*)0;
static int32_t * const g_1422[1] = {&g_3};
static uint32_t *g_1449[1] = {(void*)0};
static uint32_t **g_1448[5][9] = {{&g_1449[0],&g_1449[0],(void*)0,&g_1449[0],&g_1449[0],&g_1449[0],(void*)0,&g_1449[0],&g_1449[0]},{&g_1449[0],&g_1449[0],(void*)0,&g_1449[0],&g_1449[0],&g_1449[0],(void*)0,&g_1449[0],&g_1449[0]},{&g_1449[0],&g_1449[0],(void*)0,&g_1449[0],&g_1449[0],&g_1449[0],(void*)0,&g_1449[0],&g_1449[0]},{&g_1449[0],&g_1449[0],(void*)0,&g_1449[0],&g_1449[0],&g_1449[0],(void*)0,&g_1449[0],&g_1449[0]},{&g_1449[0],&g_1449[0],(void*)0,&g_1449[0],&g_1449[0],&g_1449[0],(void*)0,&g_1449[0],&g_1449[0]}};
static int8_t *g_1463 = &g_73[8][4];
static int8_t **g_1462[10][1][10] = {{{&g_1463,&g_1463,&g_1463,&g_1463,(void*)0,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463}},{{&g_1463,&g_1463,(void*)0,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,(void*)0,&g_1463}},{{(void*)0,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,(void*)0,&g_1463,&g_1463,&g_1463}},{{&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463}},{{(void*)0,&g_1463,&g_1463,&g_1463,(void*)0,&g_1463,(void*)0,&g_1463,&g_1463,&g_1463}},{{&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463}},{{&g_1463,&g_1463,&g_1463,&g_1463,(void*)0,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463}},{{&g_1463,&g_1463,(void*)0,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,(void*)0,&g_1463}},{{(void*)0,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,(void*)0,&g_1463,&g_1463,&g_1463}},{{&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463,&g_1463}}};
static uint16_t g_1519 = 0x90CCL;
static int32_t ****g_1546 = &g_115[2][3][0];
static int32_t *****g_1545[8][9] = {{(void*)0,(void*)0,&g_1546,&g_1546,&g_1546,&g_1546,(void*)0,(void*)0,&g_1546},{(void*)0,(void*)0,&g_1546,&g_1546,&g_1546,&g_1546,(void*)0,(void*)0,&g_1546},{(void*)0,(void*)0,&g_1546,&g_1546,&g_1546,&g_1546,(void*)0,(void*)0,&g_1546},{(void*)0,(void*)0,&g_1546,&g_1546,&g_1546,&g_1546,(void*)0,(void*)0,&g_1546},{(void*)0,(void*)0,&g_1546,&g_1546,&g_1546,&g_1546,(void*)0,(void*)0,&g_1546},{(void*)0,(void*)0,&g_1546,&g_1546,&g_1546,&g_1546,&g_1546,&g_1546,&g_1546},{&g_1546,&g_1546,&g_1546,&g_1546,&g_1546,&g_1546,&g_1546,&g_1546,&g_1546},{&g_1546,&g_1546,&g_1546,&g_1546,&g_1546,&g_1546,&g_1546,&g_1546,&g_1546}};
static int32_t g_1612 = 8L;
static int32_t * const g_1620 = &g_44[0];
static uint16_t *** const g_1651 = (void*)0;
static uint16_t g_1668 = 1UL;
static uint32_t g_1680 = 0x4A1B0130L;
static uint64_t **g_1707[3] = {(void*)0,(void*)0,(void*)0};
static uint64_t ***g_1706 = &g_1707[1];
static int8_t ***g_1826 = &g_1462[2][0][7];
static int8_t ****g_1825 = &g_1826;
static uint32_t g_1871[6][6] = {{0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L},{0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L},{0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L},{0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L},{0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L},{0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L,0xA50F2DC7L}};
static int32_t g_1952 = 0L;
static uint32_t g_2034 = 4294967295UL;
static int32_t g_2041 = (-4L);
static uint8_t ***g_2052[1] = {&g_859[0]};
static uint8_t **** const g_2051[10] = {&g_2052[0],&g_2052[0],&g_2052[0],&g_2052[0],&g_2052[0],&g_2052[0],&g_2052[0],&g_2052[0],&g_2052[0],&g_2052[0]};
static uint8_t ***g_2063 = &g_859[0];


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static int32_t * const  func_5(union U2  p_6, int8_t * const  p_7);
static union U2  func_8(uint32_t  p_9, int32_t * p_10);
static union U2  func_12(int32_t  p_13, int32_t * p_14);
static union U1  func_23(int32_t * const  p_24, uint16_t  p_25, union U0  p_26);
static union U1  func_28(const int8_t * p_29, const uint64_t  p_30, int64_t  p_31, uint32_t  p_32);
static uint32_t  func_60(int8_t  p_61, uint64_t  p_62, int32_t * p_63, const int64_t  p_64, uint8_t  p_65);
static int8_t  func_66(const uint32_t  p_67);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_4
 * writes: g_3 g_4
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    int32_t l_2[9] = {9L,9L,9L,9L,9L,9L,9L,9L,9L};
    int32_t *l_11 = &g_4;
    int32_t l_729[1];
    uint32_t l_2065 = 0x1F5138D4L;
    int i;
    for (i = 0; i < 1; i++)
        l_729[i] = 1L;
    for (g_3 = 8; (g_3 >= 0); g_3 -= 1)
    { /* block id: 3 */
        int32_t l_18 = 1L;
        int64_t l_728 = 0x5F5A3B9A3872E544LL;
        int32_t l_2012 = 0x6E0BCE1DL;
        int32_t l_2024 = (-2L);
        uint8_t ****l_2062 = (void*)0;
        int i;
        for (g_4 = 0; (g_4 <= 8); g_4 += 1)
        { /* block id: 6 */
            int32_t * const l_27[3][8] = {{&g_3,&g_4,&g_3,&g_3,&g_4,&g_3,&g_3,&g_4},{&g_4,&g_3,&g_3,&g_4,&g_3,&g_3,&g_4,&g_3},{&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4}};
            int32_t **l_2010 = (void*)0;
            int32_t **l_2011 = &g_71[2][0];
            const uint8_t *l_2050 = &g_764[0].f3;
            const uint8_t **l_2049 = &l_2050;
            const uint8_t ***l_2048 = &l_2049;
            const uint8_t ****l_2047 = &l_2048;
            uint8_t ****l_2064 = &g_2063;
            int i, j;
        }
        return l_2[g_3];
    }
    return l_2065;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * const  func_5(union U2  p_6, int8_t * const  p_7)
{ /* block id: 440 */
    int32_t l_1047[3];
    union U3 l_1048 = {0x22L};
    int32_t *l_1050 = &g_41;
    int32_t **l_1049 = &l_1050;
    int32_t *l_1052 = &l_1047[2];
    int32_t **l_1051 = &l_1052;
    int64_t *l_1056 = (void*)0;
    int32_t l_1057 = 0x361B0B21L;
    uint8_t *l_1058[9];
    int32_t l_1059 = 1L;
    int32_t l_1151 = (-8L);
    const int16_t l_1152 = 1L;
    int32_t l_1153 = 5L;
    const uint8_t *l_1167 = &l_1048.f1;
    const uint8_t **l_1166 = &l_1167;
    const uint8_t ***l_1165 = &l_1166;
    int32_t l_1180 = (-1L);
    int32_t l_1181 = 0x9C83D390L;
    int32_t * const l_1187 = (void*)0;
    const union U0 *l_1199 = (void*)0;
    int8_t *l_1230[2];
    int8_t * const *l_1229[8];
    int64_t *l_1256 = &g_769.f2;
    const int16_t *l_1414[2];
    const int16_t **l_1413 = &l_1414[0];
    const int16_t ***l_1412[9] = {&l_1413,(void*)0,&l_1413,&l_1413,(void*)0,&l_1413,&l_1413,(void*)0,&l_1413};
    uint16_t l_1419[9][7][2] = {{{65532UL,0xBB4CL},{0xF8D4L,0xBE35L},{0x40DAL,0xF8D4L},{0x761EL,0x7B50L},{0x761EL,0xF8D4L},{0x40DAL,0xBE35L},{0xF8D4L,0xBB4CL}},{{65532UL,0xB69AL},{0xBE35L,0xCD58L},{0xCD58L,0xCD58L},{0xBE35L,0xB69AL},{65532UL,0xBB4CL},{0xF8D4L,0xBE35L},{0x40DAL,0xF8D4L}},{{0x761EL,0x7B50L},{0x761EL,0xF8D4L},{0x40DAL,0xBE35L},{0xF8D4L,0xBB4CL},{65532UL,0xB69AL},{0xBE35L,0xCD58L},{0xCD58L,0xCD58L}},{{0xBE35L,0xB69AL},{65532UL,0xBB4CL},{0xF8D4L,0xBE35L},{0x40DAL,0xF8D4L},{0x761EL,0x7B50L},{0x761EL,0xF8D4L},{0x40DAL,0xBE35L}},{{0xF8D4L,0xBB4CL},{65532UL,0xB69AL},{0xBE35L,0xCD58L},{0xCD58L,0xCD58L},{0xBE35L,0xB69AL},{65532UL,0xBB4CL},{0xF8D4L,0xBE35L}},{{0x40DAL,0xF8D4L},{0x761EL,0x7B50L},{0xB69AL,0x7B50L},{65532UL,0xCD58L},{0x7B50L,0x40DAL},{0x761EL,0xBE35L},{0xCD58L,0x010EL}},{{0x010EL,0x010EL},{0xCD58L,0xBE35L},{0x761EL,0x40DAL},{0x7B50L,0xCD58L},{65532UL,0x7B50L},{0xB69AL,0xB0DAL},{0xB69AL,0x7B50L}},{{65532UL,0xCD58L},{0x7B50L,0x40DAL},{0x761EL,0xBE35L},{0xCD58L,0x010EL},{0x010EL,0x010EL},{0xCD58L,0xBE35L},{0x761EL,0x40DAL}},{{0x7B50L,0xCD58L},{65532UL,0x7B50L},{0xB69AL,0xB0DAL},{0xB69AL,0x7B50L},{65532UL,0xCD58L},{0x7B50L,0x40DAL},{0x761EL,0xBE35L}}};
    int32_t l_1480 = 0x38166BCFL;
    int32_t l_1482[5][4][3] = {{{(-3L),6L,6L},{0x76110FAAL,0xE2004A38L,(-2L)},{(-6L),0xA85353D7L,0xC5515E6CL},{0xD5B21106L,0xE3F06DCEL,0x1994CB59L}},{{4L,0xB657E616L,4L},{0x1994CB59L,0xE3F06DCEL,0xD5B21106L},{0xC5515E6CL,0xA85353D7L,(-6L)},{(-2L),0xE2004A38L,0x76110FAAL}},{{6L,6L,(-3L)},{(-2L),0x1994CB59L,0xE2004A38L},{0xC5515E6CL,(-3L),(-1L)},{0x1994CB59L,(-1L),(-1L)}},{{4L,0xC5515E6CL,(-1L)},{0xD5B21106L,(-1L),0xE2004A38L},{(-6L),0L,(-3L)},{0x76110FAAL,0x7B488E97L,0x76110FAAL}},{{(-3L),0L,(-6L)},{0xE2004A38L,(-1L),0xD5B21106L},{(-1L),0xC5515E6CL,4L},{(-1L),(-1L),0x1994CB59L}}};
    int32_t *****l_1547 = &g_1546;
    int32_t *l_1550 = &g_38[8];
    int32_t l_1561[9];
    union U0 l_1570[7][10] = {{{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL}},{{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL}},{{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL}},{{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL}},{{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL}},{{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL},{6UL},{0x9250619D617ED042LL}},{{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL},{18446744073709551615UL},{0x9250619D617ED042LL}}};
    const uint32_t l_1599 = 0x4920C5CFL;
    const int32_t * const *l_1636 = &g_410;
    const int32_t * const **l_1635 = &l_1636;
    int16_t l_1658 = 2L;
    union U2 l_1679[9][5] = {{{0xD9L},{255UL},{2UL},{0xCCL},{1UL}},{{246UL},{0x95L},{0xE1L},{3UL},{0xCCL}},{{0x93L},{0xE1L},{0x93L},{0x95L},{1UL}},{{0x93L},{4UL},{255UL},{0xE1L},{246UL}},{{0UL},{0x92L},{0UL},{2UL},{3UL}},{{0xE1L},{0xCCL},{255UL},{246UL},{255UL}},{{0x92L},{0x92L},{0x93L},{4UL},{255UL}},{{0x95L},{1UL},{0x92L},{0x3FL},{3UL}},{{0UL},{0x3FL},{0x92L},{0UL},{246UL}}};
    uint32_t l_1736 = 1UL;
    union U2 ***l_1799 = &g_762[1][1];
    int8_t l_1868 = 0x37L;
    int64_t **l_1896[7][4][9] = {{{&g_225,&g_225,&g_225,(void*)0,&l_1256,&l_1256,&l_1256,(void*)0,&g_225},{&l_1256,&l_1256,&l_1056,&g_225,&l_1056,&l_1056,&l_1256,&l_1256,&l_1256},{&l_1256,&l_1056,&l_1056,&g_225,&g_225,&g_225,&g_225,&l_1056,&l_1056},{&g_225,&l_1056,&l_1056,(void*)0,&g_225,&g_225,&l_1056,&g_225,&g_225}},{{&l_1056,&l_1056,&g_225,&l_1256,&l_1056,&g_225,&g_225,&g_225,&g_225},{&l_1256,&l_1056,&l_1056,&g_225,&l_1256,&l_1256,&l_1256,&g_225,&l_1056},{&l_1056,&l_1056,&g_225,&g_225,(void*)0,&l_1056,&l_1256,&l_1056,&l_1256},{(void*)0,&l_1056,&g_225,&l_1256,(void*)0,&l_1256,&g_225,&l_1056,&g_225}},{{&l_1256,&l_1056,&g_225,(void*)0,&l_1056,&g_225,&g_225,&g_225,&g_225},{(void*)0,&l_1256,&g_225,&g_225,&l_1256,&g_225,(void*)0,&g_225,&l_1056},{&l_1056,&g_225,&g_225,&g_225,&l_1056,&g_225,(void*)0,&g_225,&l_1256},{&l_1256,&l_1056,&g_225,(void*)0,(void*)0,&l_1056,&g_225,&l_1056,&l_1056}},{{&l_1056,&l_1056,&l_1056,&g_225,(void*)0,&l_1256,&g_225,&l_1256,&g_225},{&g_225,&g_225,&g_225,(void*)0,&l_1256,&l_1256,&l_1256,(void*)0,&g_225},{&l_1256,&l_1256,&l_1056,&g_225,&l_1056,&l_1056,&l_1256,&l_1256,&l_1256},{&l_1256,&l_1056,&l_1056,&g_225,&g_225,&g_225,&g_225,&l_1056,&l_1056}},{{&g_225,&l_1056,&l_1056,(void*)0,&g_225,&g_225,&l_1056,&g_225,&g_225},{&l_1056,(void*)0,&l_1056,(void*)0,&g_225,&l_1056,&g_225,&l_1056,&l_1056},{&l_1256,(void*)0,&g_225,&l_1056,&g_225,&g_225,(void*)0,&l_1056,&l_1256},{&l_1256,(void*)0,&g_225,&l_1056,&l_1056,&l_1056,&g_225,&l_1056,(void*)0}},{{&g_225,&l_1256,&l_1056,(void*)0,&g_225,&g_225,&g_225,&l_1056,&l_1056},{&l_1256,&g_225,&l_1256,&l_1056,&g_225,&l_1056,&g_225,&l_1056,&l_1056},{&g_225,&l_1056,&l_1256,(void*)0,&l_1256,&l_1256,&g_225,&l_1056,&g_225},{&l_1256,&l_1256,&l_1056,&l_1056,&g_225,&l_1056,&g_225,&l_1056,&l_1056}},{{&l_1256,&l_1256,&g_225,(void*)0,&g_225,&l_1056,&g_225,&l_1256,&g_225},{&g_225,&l_1256,&g_225,&l_1056,&l_1056,(void*)0,&g_225,&l_1256,&l_1056},{(void*)0,&l_1256,&l_1056,(void*)0,&g_225,(void*)0,&g_225,(void*)0,&l_1056},{&l_1056,&l_1056,&l_1056,&l_1056,&g_225,&l_1056,(void*)0,&l_1256,(void*)0}}};
    int16_t l_1999 = 0xB183L;
    int32_t * const l_2009 = (void*)0;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1047[i] = (-10L);
    for (i = 0; i < 9; i++)
        l_1058[i] = &g_764[0].f0;
    for (i = 0; i < 2; i++)
        l_1230[i] = (void*)0;
    for (i = 0; i < 8; i++)
        l_1229[i] = &l_1230[1];
    for (i = 0; i < 2; i++)
        l_1414[i] = &g_309.f1;
    for (i = 0; i < 9; i++)
        l_1561[i] = (-1L);
    return l_2009;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_355 g_797 g_132 g_225 g_226 g_860 g_221 g_44 g_429 g_763 g_764
 * writes: g_1011 g_221 g_679 g_429 g_769.f4 g_132 g_798 g_245
 */
static union U2  func_8(uint32_t  p_9, int32_t * p_10)
{ /* block id: 425 */
    uint8_t l_1007 = 0xCAL;
    int32_t *l_1008 = (void*)0;
    union U2 l_1009 = {9UL};
    int32_t *** const **l_1010 = (void*)0;
    uint32_t *l_1016 = (void*)0;
    uint32_t **l_1015 = &l_1016;
    if (((safe_add_func_int64_t_s_s((safe_lshift_func_uint16_t_u_s((((((safe_lshift_func_uint8_t_u_s(((*p_10) ^ 1UL), 5)) ^ (((g_355 , ((l_1009 , (*g_797)) <= 0L)) <= ((p_9 || (*g_225)) >= 9L)) >= (*g_797))) && 0xFAL) , &g_225) != &g_225), 3)), 0xC3E190D0CF72DD9FLL)) || p_9))
    { /* block id: 426 */
        g_1011 = l_1010;
    }
    else
    { /* block id: 428 */
        uint32_t ***l_1017[7] = {&g_679,&g_679,&g_679,&g_679,&g_679,&g_679,&g_679};
        int64_t l_1027 = 0x63B8CF191C8B1C8BLL;
        uint64_t *l_1028 = (void*)0;
        uint64_t *l_1029 = &g_429;
        uint64_t *l_1040 = (void*)0;
        int32_t l_1041 = 0xA438F545L;
        uint64_t *l_1042 = (void*)0;
        uint64_t *l_1043 = &g_769.f4;
        uint16_t *l_1044 = &g_798;
        int16_t *l_1045 = &g_245;
        int32_t l_1046 = 0x61352E89L;
        int i;
        l_1046 ^= (((*l_1045) = (((((p_9 , ((((*g_860)--) , l_1015) != (g_679 = &l_1016))) | (p_9 || (p_9 != (~(safe_div_func_uint8_t_u_u((safe_add_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s(((safe_mul_func_int16_t_s_s(g_44[2], (l_1027 & (((*l_1044) = ((*g_797) |= ((0x16D5341DECF8E10DLL < (((--(*l_1029)) <= ((*l_1043) = (l_1041 = (safe_rshift_func_int8_t_s_s(((safe_add_func_uint64_t_u_u((safe_sub_func_int8_t_s_s((safe_div_func_int32_t_s_s(0x2D8203E7L, p_9)), l_1027)), p_9)) | p_9), 0))))) & p_9)) <= (-7L)))) & l_1027)))) != p_9), 7)), 18446744073709551608UL)), 1UL)))))) <= 4L) || p_9) || 0xD3L)) > 65535UL);
    }
    return (*g_763);
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_116 g_3 g_221 g_309.f1 g_132 g_229 g_762 g_187 g_797 g_798 g_226 g_769.f1 g_44 g_38 g_763 g_764 g_859 g_355 g_860 g_429 g_355.f0 g_225 g_769.f4 g_598
 * writes: g_444 g_71 g_15.f1 g_38 g_226 g_73 g_44 g_859 g_798 g_481 g_931 g_245 g_769.f4 g_598 g_187
 */
static union U2  func_12(int32_t  p_13, int32_t * p_14)
{ /* block id: 336 */
    const uint8_t * const l_732[7] = {&g_15[3].f3,(void*)0,(void*)0,&g_15[3].f3,(void*)0,(void*)0,&g_15[3].f3};
    uint8_t *l_733 = &g_15[3].f0;
    int32_t *l_741 = &g_3;
    int64_t *l_754 = &g_226;
    uint32_t l_758 = 2UL;
    union U2 *l_761 = (void*)0;
    union U2 **l_760 = &l_761;
    union U0 * const l_768[5][5] = {{&g_769,&g_769,&g_769,&g_769,&g_769},{&g_769,&g_769,&g_769,&g_769,&g_769},{&g_769,&g_769,&g_769,&g_769,&g_769},{&g_769,&g_769,&g_769,&g_769,&g_769},{&g_769,&g_769,&g_769,&g_769,&g_769}};
    union U0 l_772[2] = {{0x4FDD167266CB8E8FLL},{0x4FDD167266CB8E8FLL}};
    uint32_t *l_789 = &l_758;
    uint32_t *l_792 = &g_793;
    int32_t ***l_794 = &g_116;
    union U1 l_795 = {-1L};
    uint16_t *l_796 = &g_132;
    int32_t l_804 = 0x045D35F7L;
    int32_t l_807 = 0x186DA83DL;
    int32_t l_808 = (-9L);
    int32_t l_814 = 0x88D02B2AL;
    int8_t l_842 = 0L;
    int32_t l_889 = 4L;
    int32_t l_891 = 0x73A1647DL;
    int32_t l_892 = 0xD08B87F5L;
    int32_t l_893 = 0x7B3B897CL;
    int32_t l_894 = 0xA404A3F9L;
    int32_t l_897 = 0xC679B038L;
    int32_t l_898[3][10] = {{1L,1L,(-1L),0x62959722L,0x976029DAL,1L,1L,0x976029DAL,0x62959722L,(-1L)},{1L,1L,(-1L),0x4A95CBD3L,0x976029DAL,0xD2594C0EL,1L,0x976029DAL,7L,0x976029DAL},{1L,1L,(-1L),0x4A95CBD3L,(-1L),1L,1L,(-1L),0x62959722L,0x976029DAL}};
    int64_t l_899 = 0L;
    int64_t l_950 = 0x1F141885C6EA0DCFLL;
    uint32_t l_954[8][6] = {{4294967295UL,1UL,0xC1190564L,0xC1190564L,1UL,4294967295UL},{0UL,0UL,4294967287UL,0x7B2BB0FDL,0xA8F90619L,1UL},{0UL,0xE0CC9431L,0xA8F90619L,4294967291UL,0x84C4D147L,0x307F5A2EL},{0UL,0UL,4294967291UL,0x7B2BB0FDL,0xE0CC9431L,4294967291UL},{0UL,0x98618BDEL,0xA8F90619L,4294967287UL,4294967291UL,0x8210B3E6L},{0x7B2BB0FDL,0UL,0xC1190564L,0xA8F90619L,0xBD6C8AFFL,0xE0CC9431L},{4294967287UL,0UL,4294967295UL,4294967291UL,4294967291UL,4294967295UL},{0x98618BDEL,0x98618BDEL,0UL,0xDEBB3E7DL,0xE0CC9431L,0x69FB557BL}};
    uint8_t l_995 = 0xCAL;
    union U2 l_1000 = {0x99L};
    int i, j;
    if ((*p_14))
    { /* block id: 337 */
        const int8_t *l_730 = (void*)0;
        union U1 l_731 = {9L};
        uint8_t **l_734 = &l_733;
        p_13 = ((((l_731 , l_732[6]) != ((*l_734) = l_733)) != (((safe_mul_func_uint16_t_u_u((g_444 = (((safe_sub_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s((l_731.f0 | (p_13 > (-10L))), l_731.f0)), 0xF7L)) < 0x3161L) ^ 0x8AL)), 0x0F1AL)) <= 0x127225B9L) >= (*p_14))) || p_13);
        (*g_116) = l_741;
    }
    else
    { /* block id: 342 */
        int32_t l_757 = 0x792EFFBEL;
        int32_t *l_759 = &g_15[3].f1;
        uint64_t *l_765[1][4][5] = {{{&g_187,(void*)0,&g_429,&g_429,(void*)0},{&g_429,&g_429,&g_429,&g_429,&g_429},{&g_429,&g_429,&g_187,(void*)0,(void*)0},{&g_187,&g_429,&g_187,&g_429,&g_429}}};
        int32_t *l_766 = &g_38[3];
        union U2 l_767 = {0x82L};
        union U0 *l_771 = &g_769;
        union U0 **l_770 = &l_771;
        int i, j, k;
        (*l_766) = (0L >= (l_757 = ((safe_add_func_int16_t_s_s(((0x1978A630L > ((((safe_lshift_func_int8_t_s_s(p_13, 1)) , (((((*l_759) = ((safe_add_func_uint64_t_u_u(((g_3 >= ((safe_sub_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((g_221 != (safe_lshift_func_uint16_t_u_u((((l_754 != &g_226) < (g_309.f1 < (safe_add_func_int8_t_s_s(p_13, l_757)))) < p_13), 3))) < l_757), l_758)), g_132)) ^ g_229)) > p_13), (*l_741))) , 0xA225118EL)) , l_760) == g_762[5][1]) <= 0xEFAA54D1L)) && p_13) || g_187)) || (-1L)), p_13)) && l_757)));
        (*l_770) = (l_767 , l_768[0][1]);
    }
    if (((l_772[0] , (safe_sub_func_int8_t_s_s((&l_772[0] != (void*)0), ((l_795 , l_796) == g_797)))) , g_798))
    { /* block id: 351 */
        int64_t l_799 = (-1L);
        int32_t *l_800 = &g_44[3];
        int32_t *l_801 = &g_44[0];
        int32_t *l_802 = &g_38[8];
        int32_t *l_803 = &g_598;
        int32_t *l_805 = &l_804;
        int32_t *l_806[7][9] = {{(void*)0,&g_44[1],(void*)0,&g_38[8],(void*)0,&l_804,&g_3,(void*)0,&g_44[1]},{&g_44[3],&g_44[0],&g_3,&g_3,(void*)0,(void*)0,&g_3,&g_3,&g_44[0]},{&g_3,&g_3,&l_804,(void*)0,(void*)0,&l_804,&g_44[3],&g_44[0],&g_3},{&g_38[8],(void*)0,&l_804,&g_3,(void*)0,&g_44[1],(void*)0,&g_44[1],(void*)0},{&g_38[8],&g_3,&g_3,&g_38[8],&g_44[0],(void*)0,&g_3,&g_44[1],&g_3},{&g_3,&g_44[0],(void*)0,(void*)0,&g_407,(void*)0,(void*)0,&g_44[0],&g_44[0]},{&g_44[3],&g_44[1],&g_44[0],(void*)0,&g_44[0],&g_44[1],&g_44[3],&g_3,&g_44[1]}};
        uint32_t l_809[5] = {4UL,4UL,4UL,4UL,4UL};
        int8_t l_815 = 0xE4L;
        int64_t l_830 = 0x360238BC08AB45D8LL;
        int32_t l_900 = (-4L);
        uint16_t l_939 = 0UL;
        int i, j;
        l_809[3]--;
        for (g_226 = 19; (g_226 < (-28)); g_226 = safe_sub_func_uint8_t_u_u(g_226, 7))
        { /* block id: 355 */
            uint32_t l_816 = 0UL;
            int32_t l_823 = 0x05BE9895L;
            int8_t *l_841 = &g_73[7][2];
            int32_t l_843 = (-9L);
            int32_t l_844 = 0L;
            int32_t l_879 = 0x804C6D32L;
            int32_t l_880 = 0xF52C4F0AL;
            int32_t l_884 = 0xFD113340L;
            int32_t l_890[2];
            uint64_t l_959 = 0x0D1DFF982E033C8ALL;
            int32_t l_966 = 1L;
            int8_t l_972 = 0x11L;
            int i;
            for (i = 0; i < 2; i++)
                l_890[i] = 1L;
            ++l_816;
            if ((((*l_802) ^= (safe_div_func_uint32_t_u_u(((l_823 || (*g_797)) , (safe_div_func_uint8_t_u_u((safe_rshift_func_int8_t_s_s((((*l_800) = ((l_830 |= (safe_mod_func_uint16_t_u_u((*l_741), (*l_741)))) >= ((*l_841) = ((safe_lshift_func_uint8_t_u_s((safe_sub_func_uint16_t_u_u((*g_797), (((safe_lshift_func_int8_t_s_u(0x01L, 3)) , ((safe_add_func_int16_t_s_s((safe_lshift_func_uint16_t_u_u(l_823, ((g_769.f1 , 0UL) != p_13))), 1UL)) , (void*)0)) == &l_794))), 5)) < (*l_800))))) | l_842), 0)), 1UL))), (*p_14)))) != 0UL))
            { /* block id: 361 */
                uint32_t l_845 = 0xC2A2521CL;
                l_845++;
            }
            else
            { /* block id: 363 */
                const uint64_t l_854 = 1UL;
                union U0 l_874 = {7UL};
                int32_t l_875 = 8L;
                int32_t l_881 = 1L;
                int32_t l_883[8] = {0x1E2C1F8DL,0x1E2C1F8DL,0x0D5E12C9L,0x1E2C1F8DL,0x1E2C1F8DL,0x0D5E12C9L,0x1E2C1F8DL,0x1E2C1F8DL};
                union U2 *l_967 = &g_764[1];
                int i;
                for (l_799 = 5; (l_799 <= 15); l_799++)
                { /* block id: 366 */
                    uint8_t **l_858[8] = {&l_733,&l_733,&l_733,&l_733,&l_733,&l_733,&l_733,&l_733};
                    uint8_t ***l_857 = &l_858[1];
                    uint8_t ***l_861 = (void*)0;
                    uint8_t ***l_862 = (void*)0;
                    uint8_t ***l_863 = (void*)0;
                    uint8_t ***l_864 = &g_859[0];
                    int16_t l_873[6];
                    int32_t l_876 = (-1L);
                    int32_t l_878 = (-2L);
                    int32_t l_882 = 0x77470BCFL;
                    int32_t l_887[6] = {0xDE824AD5L,0xDE824AD5L,0xDE824AD5L,0xDE824AD5L,0xDE824AD5L,0xDE824AD5L};
                    uint16_t l_901 = 0xDCC3L;
                    uint64_t *l_930 = &g_769.f4;
                    int32_t l_938[5] = {0x5973AD17L,0x5973AD17L,0x5973AD17L,0x5973AD17L,0x5973AD17L};
                    int16_t *l_940 = (void*)0;
                    int16_t *l_941 = &l_873[5];
                    int16_t *l_942 = &g_245;
                    int64_t l_949[9][2] = {{0xC1BCF91C2C531D75LL,0xFD05D22DB7648253LL},{(-4L),0xF5FE05535CDB2496LL},{(-4L),0xFD05D22DB7648253LL},{0xC1BCF91C2C531D75LL,0xC1BCF91C2C531D75LL},{0xFD05D22DB7648253LL,(-4L)},{0xF5FE05535CDB2496LL,(-4L)},{0xFD05D22DB7648253LL,0xC1BCF91C2C531D75LL},{0xC1BCF91C2C531D75LL,0xFD05D22DB7648253LL},{(-4L),0xF5FE05535CDB2496LL}};
                    union U3 *l_969 = &g_970[4][4];
                    int64_t l_975 = 0x59054DC46D3BCB60LL;
                    int32_t l_976 = 0x287B2E4FL;
                    uint64_t l_977 = 0xBE57BB923B385F87LL;
                    int i, j;
                    for (i = 0; i < 6; i++)
                        l_873[i] = 0L;
                    for (p_13 = 0; (p_13 <= (-29)); p_13--)
                    { /* block id: 369 */
                        return (*g_763);
                    }
                    if (((safe_mul_func_int16_t_s_s(l_854, ((safe_div_func_int32_t_s_s(((*l_800) = (((*l_857) = &l_733) == ((*l_864) = g_859[0]))), ((1UL <= (((safe_lshift_func_int16_t_s_u((safe_rshift_func_int8_t_s_s((((*l_805) == (((g_355 , (safe_rshift_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s(246UL, (0UL >= p_13))), l_873[5]))) || (*g_860)) != 0x662E99A2CFF88956LL)) , 0x0CL), 1)), 9)) < 8L) >= 2L)) , (-1L)))) == (*g_797)))) <= p_13))
                    { /* block id: 375 */
                        (*g_116) = l_805;
                        (*l_801) = (l_874 , l_844);
                        (*l_805) |= (0x1BD6L || 0L);
                    }
                    else
                    { /* block id: 379 */
                        if ((*p_14))
                            break;
                    }
                    for (g_798 = 0; (g_798 <= 2); g_798 += 1)
                    { /* block id: 384 */
                        int32_t l_877 = 0x135EB685L;
                        int32_t l_886 = 0L;
                        int32_t l_888 = 0xAFA61FDCL;
                        int32_t l_895 = (-5L);
                        int32_t l_896[9][2][4] = {{{0x63076965L,0x63076965L,(-8L),0x63076965L},{0x63076965L,8L,8L,0x63076965L}},{{8L,0x63076965L,8L,8L},{0x63076965L,0x63076965L,(-8L),0x63076965L}},{{0x63076965L,8L,8L,0x63076965L},{8L,0x63076965L,8L,8L}},{{0x63076965L,0x63076965L,(-8L),0x63076965L},{0x63076965L,8L,8L,0x63076965L}},{{(-8L),8L,(-8L),(-8L)},{8L,8L,0x63076965L,8L}},{{8L,(-8L),(-8L),8L},{(-8L),8L,(-8L),(-8L)}},{{8L,8L,0x63076965L,8L},{8L,(-8L),(-8L),8L}},{{(-8L),8L,(-8L),(-8L)},{8L,8L,0x63076965L,8L}},{{8L,(-8L),(-8L),8L},{(-8L),8L,(-8L),(-8L)}}};
                        const int64_t *l_909 = &g_309.f2;
                        const int64_t **l_908 = &l_909;
                        const int64_t *l_911[4][6] = {{&g_309.f2,&g_309.f2,&g_309.f2,&g_309.f2,&g_309.f2,&g_309.f2},{&g_309.f2,&g_309.f2,&g_309.f2,&g_309.f2,&g_309.f2,&g_309.f2},{&g_309.f2,&g_309.f2,&g_309.f2,(void*)0,&g_309.f2,&g_309.f2},{&g_309.f2,&g_309.f2,(void*)0,(void*)0,&g_309.f2,&g_309.f2}};
                        const int64_t **l_910 = &l_911[0][1];
                        int16_t *l_912 = &l_873[5];
                        int16_t **l_913 = &g_481;
                        int i, j, k;
                        --l_901;
                        (*l_802) = (((void*)0 != l_754) || (safe_mul_func_uint16_t_u_u((safe_div_func_uint8_t_u_u((((*l_910) = ((*l_908) = &g_226)) != (void*)0), 3UL)), (g_429 && ((l_912 != ((*l_913) = (void*)0)) == g_355.f0)))));
                        if ((*l_805))
                            continue;
                        (*l_801) = (*p_14);
                    }
                    if ((~(safe_lshift_func_int16_t_s_u((l_874 , ((*l_942) = (safe_add_func_int16_t_s_s(((safe_add_func_int8_t_s_s(0x08L, (safe_unary_minus_func_int64_t_s(0xE2CC0729761ECCEBLL)))) | ((safe_div_func_int16_t_s_s(((safe_add_func_uint64_t_u_u(((safe_rshift_func_int16_t_s_s((safe_div_func_int8_t_s_s(((l_876 < (((g_931[0][3] = l_930) == (void*)0) | ((safe_sub_func_uint64_t_u_u(((*l_741) > ((*l_941) = (safe_div_func_uint32_t_u_u((((l_938[4] = ((safe_lshift_func_uint16_t_u_s((*g_797), 4)) || 1L)) , (*l_741)) & (*l_805)), l_939)))), (*g_225))) , 0x9F4AC729BB08E8FFLL))) , p_13), (*l_800))), l_874.f4)) ^ (*l_741)), g_769.f4)) != p_13), 65535UL)) >= 0UL)), 0xEB8BL)))), l_874.f4))))
                    { /* block id: 397 */
                        uint8_t l_943 = 0x38L;
                        int32_t l_946 = 0x3CEE1513L;
                        int32_t l_947 = 0x9F16227EL;
                        int32_t l_948 = 0x124AE414L;
                        int32_t l_951 = 0xF8D1AF22L;
                        int32_t l_952 = (-10L);
                        int32_t l_953 = 0x8478C6BCL;
                        ++l_943;
                        l_954[3][2]--;
                        (**l_794) = &p_13;
                    }
                    else
                    { /* block id: 401 */
                        int64_t *l_965 = &l_899;
                        union U3 *l_968 = (void*)0;
                        int32_t l_971 = 0x64586235L;
                        int32_t l_973[3];
                        int i;
                        for (i = 0; i < 3; i++)
                            l_973[i] = (-4L);
                        (*l_805) |= (safe_add_func_uint8_t_u_u(((p_13 || (l_959 , (!p_13))) , p_13), ((*g_763) , (0x6514931A8F332477LL == (((*p_14) == (safe_div_func_uint64_t_u_u(((*l_930) = ((l_890[0] = (((*l_965) = (safe_lshift_func_int8_t_s_s(p_13, ((((p_13 <= p_13) & (*p_14)) , 0x40B6C3D5L) , l_890[0])))) && p_13)) > l_966)), (*g_225)))) > 3UL)))));
                        (*l_760) = l_967;
                        l_969 = l_968;
                        ++l_977;
                    }
                }
                (*l_803) &= ((*l_801) ^= 0x3C433A56L);
            }
        }
    }
    else
    { /* block id: 415 */
        int32_t l_982 = 0x9242117DL;
        int32_t l_988 = 0L;
        int32_t l_989 = 2L;
        int32_t l_990 = 0xFF8FC1A6L;
        int32_t l_991 = 0xE2BABEE8L;
        int32_t l_992 = 0xC4EE21B7L;
        int32_t l_993[2][2] = {{0x19DCD5A4L,0x19DCD5A4L},{0x19DCD5A4L,0x19DCD5A4L}};
        int64_t l_994[1][4][9];
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 4; j++)
            {
                for (k = 0; k < 9; k++)
                    l_994[i][j][k] = 1L;
            }
        }
        for (g_187 = (-14); (g_187 >= 49); g_187 = safe_add_func_uint64_t_u_u(g_187, 6))
        { /* block id: 418 */
            int32_t *l_983 = &l_807;
            int32_t *l_984 = &g_44[0];
            int32_t *l_985 = &l_893;
            int32_t *l_986 = (void*)0;
            int32_t *l_987[1];
            int i;
            for (i = 0; i < 1; i++)
                l_987[i] = &l_891;
            l_995++;
            (**l_794) = l_987[0];
        }
    }
    l_897 = (safe_lshift_func_int8_t_s_s(0x0CL, 5));
    return l_1000;
}


/* ------------------------------------------ */
/* 
 * reads : g_116 g_309 g_309.f4 g_717 g_44 g_38
 * writes: g_71 g_229 g_717
 */
static union U1  func_23(int32_t * const  p_24, uint16_t  p_25, union U0  p_26)
{ /* block id: 328 */
    int32_t **l_714 = (void*)0;
    uint32_t *l_715 = &g_229;
    uint32_t *l_716 = &g_717;
    int32_t l_718 = 0xE6B3CE94L;
    int32_t *l_719 = &l_718;
    int32_t l_725 = 0x3AB5AC3EL;
    int32_t l_726[3];
    union U1 l_727 = {0xACE16EBCL};
    int i;
    for (i = 0; i < 3; i++)
        l_726[i] = 0L;
    (*g_116) = p_24;
    l_726[1] &= (g_309 , ((p_26.f0 , (((*l_716) ^= ((*l_715) = g_309.f4)) ^ (((*l_719) = l_718) > p_26.f4))) >= (((p_26.f2 < (((safe_mul_func_uint8_t_u_u((!(safe_mod_func_int8_t_s_s(((g_44[0] , p_26.f4) == p_26.f0), p_26.f1))), l_725)) | l_725) != 0xAA3CL)) > 0x52080ABDL) | g_38[4])));
    return l_727;
}


/* ------------------------------------------ */
/* 
 * reads : g_41 g_38 g_73 g_4 g_15.f2 g_44 g_115 g_3 g_132 g_116 g_221 g_225 g_229 g_226 g_245 g_187 g_309 g_309.f1 g_355 g_309.f4 g_407 g_444 g_309.f2 g_481 g_312 g_309.f0 g_429 g_15.f3 g_355.f0 g_598 g_679
 * writes: g_38 g_41 g_44 g_71 g_73 g_132 g_187 g_221 g_229 g_245 g_226 g_407 g_410 g_429 g_444 g_598
 */
static union U1  func_28(const int8_t * p_29, const uint64_t  p_30, int64_t  p_31, uint32_t  p_32)
{ /* block id: 7 */
    int32_t *l_74 = &g_3;
    union U3 l_75[5] = {{0L},{0L},{0L},{0L},{0L}};
    int32_t l_402[8][8] = {{0x11230DB8L,6L,6L,0x11230DB8L,1L,0xE6D2AF7DL,1L,0x11230DB8L},{6L,1L,6L,0x04A0615BL,(-2L),(-2L),0x04A0615BL,6L},{1L,1L,(-2L),0xE6D2AF7DL,1L,0xE6D2AF7DL,(-2L),1L},{1L,6L,0x04A0615BL,(-2L),(-2L),0x04A0615BL,6L,1L},{6L,0x11230DB8L,1L,0xE6D2AF7DL,1L,0x11230DB8L,6L,6L},{0x11230DB8L,0xE6D2AF7DL,0x04A0615BL,0x04A0615BL,0xE6D2AF7DL,0x11230DB8L,(-2L),0x11230DB8L},{0xE6D2AF7DL,0x11230DB8L,(-2L),0x11230DB8L,0xE6D2AF7DL,0x04A0615BL,0x04A0615BL,0xE6D2AF7DL},{0x11230DB8L,6L,6L,0x11230DB8L,1L,0xE6D2AF7DL,1L,0x11230DB8L}};
    int64_t **l_411[2][5][7] = {{{&g_225,&g_225,&g_225,(void*)0,&g_225,(void*)0,(void*)0},{&g_225,&g_225,&g_225,(void*)0,(void*)0,(void*)0,(void*)0},{&g_225,(void*)0,&g_225,(void*)0,&g_225,(void*)0,&g_225},{&g_225,(void*)0,&g_225,(void*)0,&g_225,&g_225,&g_225},{&g_225,&g_225,&g_225,(void*)0,&g_225,(void*)0,(void*)0}},{{&g_225,&g_225,&g_225,(void*)0,&g_225,(void*)0,(void*)0},{&g_225,&g_225,&g_225,(void*)0,(void*)0,(void*)0,(void*)0},{&g_225,(void*)0,&g_225,(void*)0,&g_225,&g_225,(void*)0},{&g_225,(void*)0,&g_225,&g_225,&g_225,&g_225,(void*)0},{&g_225,&g_225,&g_225,&g_225,&g_225,&g_225,(void*)0}}};
    union U1 l_415[3] = {{0x28AAC1CAL},{0x28AAC1CAL},{0x28AAC1CAL}};
    uint32_t *l_428 = &g_229;
    uint32_t l_446 = 7UL;
    const union U2 l_479[9] = {{0x39L},{0x39L},{0x39L},{0x39L},{0x39L},{0x39L},{0x39L},{0x39L},{0x39L}};
    uint8_t l_544 = 252UL;
    uint64_t l_549 = 0x81DED1DC6CD4F8A5LL;
    uint32_t l_581[1];
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_581[i] = 0UL;
lbl_634:
    for (p_32 = 11; (p_32 <= 11); ++p_32)
    { /* block id: 10 */
        uint64_t l_47 = 6UL;
        int32_t l_412 = (-7L);
        for (p_31 = (-12); (p_31 > 5); ++p_31)
        { /* block id: 13 */
            const uint8_t l_376 = 0xAEL;
            const int32_t *l_408 = (void*)0;
            for (g_38[8] = 3; (g_38[8] == 17); g_38[8] = safe_add_func_uint64_t_u_u(g_38[8], 7))
            { /* block id: 16 */
                int32_t *l_42 = (void*)0;
                int32_t *l_43 = &g_44[0];
                int32_t *l_45 = &g_44[6];
                int32_t *l_46 = &g_44[0];
                l_47++;
            }
            for (g_41 = 0; (g_41 <= 7); g_41 += 1)
            { /* block id: 21 */
                int8_t *l_72 = &g_73[8][4];
                int i, j;
                if ((safe_add_func_int32_t_s_s(((safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s(g_38[g_41], 6)), (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((((func_60(((*l_72) &= func_66(p_32)), l_47, l_74, g_4, ((((l_75[1] , p_31) , g_38[g_41]) == 0x6D7B3CACAAAB22D3LL) >= 7L)) <= (-1L)) | g_3) , 0UL), p_32)), g_15[3].f2)))) || l_376), p_32)))
                { /* block id: 174 */
                    uint16_t *l_386 = &g_132;
                    int32_t l_405 = 0xA2114C46L;
                    int32_t *l_406 = &g_407;
                    for (g_132 = 0; (g_132 <= 7); g_132 += 1)
                    { /* block id: 177 */
                        int64_t l_377 = (-10L);
                        if (l_377)
                            break;
                    }
                    (*l_406) |= (((safe_div_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s(((safe_mul_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(((((((((*l_386)--) || g_309.f4) && (p_31 < g_44[9])) > p_32) <= (safe_unary_minus_func_uint64_t_u(0xD0FF5244D8428A1ALL))) & (*l_74)) & (safe_lshift_func_int16_t_s_u((safe_div_func_uint8_t_u_u(((safe_mod_func_int8_t_s_s((safe_sub_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u((l_402[4][1] ^= 1UL), 0)), 10)), (safe_lshift_func_uint8_t_u_u(p_30, g_221)))), p_32)) , 0x3AL), l_405)), 2))), p_32)), (*l_74))) < p_30), p_31)) != (*l_74)), g_38[4])) <= 6UL) == 251UL);
                }
                else
                { /* block id: 183 */
                    const int32_t **l_409 = &l_408;
                    g_410 = ((*l_409) = l_408);
                    if (g_38[g_41])
                        break;
                }
                l_412 &= (l_411[0][0][6] != (void*)0);
            }
        }
    }
    if ((l_75[4] , ((safe_lshift_func_uint8_t_u_s(g_73[1][4], 3)) == ((l_415[1] , (((+(*l_74)) || (0UL < ((p_29 != (void*)0) && (((safe_div_func_uint16_t_u_u((safe_div_func_int16_t_s_s((safe_add_func_uint32_t_u_u((g_429 = (safe_div_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s((1UL >= (+((*l_428) = (l_411[0][1][5] == &g_225)))), 13)), (*l_74)))), 0xB14FCF5FL)), 65535UL)), 65527UL)) && 3L) || 0x7F5AL)))) == p_32)) > 0xFBFAA622L))))
    { /* block id: 194 */
        int32_t *l_432[4][5] = {{&g_44[0],&g_4,(void*)0,&g_4,&g_44[0]},{&g_3,&g_4,&l_402[4][1],&g_44[0],&l_402[4][1]},{&l_402[4][1],&l_402[4][1],(void*)0,&g_44[0],&g_38[8]},{&g_4,&g_3,&g_3,&g_4,&l_402[4][1]}};
        uint16_t l_437 = 1UL;
        uint16_t l_525 = 1UL;
        int32_t l_579 = 0xFB5CAA64L;
        union U1 l_624[1][7] = {{{0x023ED0E2L},{0x023ED0E2L},{0x023ED0E2L},{0x023ED0E2L},{0x023ED0E2L},{0x023ED0E2L},{0x023ED0E2L}}};
        int i, j;
        for (g_132 = 0; (g_132 != 28); g_132++)
        { /* block id: 197 */
            int32_t ****l_436 = &g_115[0][6][1];
            int32_t *****l_435 = &l_436;
            int8_t l_443 = 1L;
            int32_t l_445 = (-5L);
            if (p_31)
                break;
            (*g_116) = l_432[1][0];
            l_445 = (((safe_mul_func_int8_t_s_s((((((*l_435) = &g_115[1][0][1]) == (void*)0) && l_437) == (((safe_add_func_uint16_t_u_u(p_32, ((+0xF4L) != p_30))) < (*l_74)) != (safe_div_func_int16_t_s_s((-1L), (g_73[3][4] , 0xA5BBL))))), p_31)) != l_443) ^ g_444);
            if (p_31)
                break;
        }
        l_446 = p_31;
        for (l_437 = 0; (l_437 < 28); l_437++)
        { /* block id: 207 */
            int16_t *l_480 = &g_245;
            int8_t *l_482 = &g_73[8][4];
            const int32_t l_483 = (-1L);
            int8_t *l_484 = &l_75[1].f0;
            int32_t l_485 = 1L;
            int64_t **l_502 = &g_225;
            union U3 l_503 = {0x81L};
            l_485 ^= (((safe_unary_minus_func_uint32_t_u(0UL)) , ((safe_add_func_uint16_t_u_u(p_30, (safe_lshift_func_int8_t_s_s(((*l_484) = (safe_add_func_int64_t_s_s(p_31, (safe_add_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s((~(g_309.f2 < (safe_add_func_int32_t_s_s((safe_add_func_uint32_t_u_u(((*l_428) = (safe_mul_func_uint8_t_u_u((*l_74), (((safe_add_func_int64_t_s_s(((*g_225) = ((g_38[8] > ((*l_482) = ((((0xE8L < ((safe_sub_func_int64_t_s_s((safe_lshift_func_uint16_t_u_s((*l_74), 7)), (safe_div_func_int64_t_s_s(((safe_lshift_func_int16_t_s_u(((*l_480) = (((((l_479[2] , (-1L)) <= (-8L)) , 0xA4L) || 0x47L) && 0x4A604B7FL)), p_31)) != 0UL), 0x381287C2FF62C3F6LL)))) < 0xCDL)) , l_480) != g_481) == p_32))) < l_483)), 0L)) , (void*)0) == (void*)0)))), p_30)), l_483)))), 8)), (*l_74)))))), 3)))) | g_444)) >= g_444);
            (*g_116) = &l_402[4][1];
            l_485 = ((safe_lshift_func_int16_t_s_s((((safe_mod_func_int8_t_s_s((g_41 | (*l_74)), ((safe_rshift_func_int8_t_s_s(l_485, ((*l_74) <= (safe_lshift_func_int8_t_s_u((safe_div_func_uint64_t_u_u(((safe_sub_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s(g_4, 7)), (p_30 ^ (safe_lshift_func_int16_t_s_u(((void*)0 != l_502), 4))))) != ((p_30 & (-4L)) , g_38[4])), (*g_225))), 4))))) || p_31))) , l_503) , 0xE32BL), 0)) , l_483);
        }
        for (p_31 = 0; (p_31 > (-12)); p_31--)
        { /* block id: 219 */
            uint16_t *l_517 = &g_132;
            int32_t l_522[6][9] = {{0xE7433D29L,0x2CF3D58CL,0xE7433D29L,1L,0x04E7DF0CL,0x98C8228AL,0xC142F32FL,0x93EF35D8L,0L},{0x2CF3D58CL,0x25F36B8CL,0xB8D37320L,0L,0xC142F32FL,0x481C5094L,0x9C001D9DL,0x481C5094L,0xC142F32FL},{1L,0x9C001D9DL,0x9C001D9DL,1L,0x25F36B8CL,0L,0x481C5094L,0x8C6E8905L,0xC142F32FL},{0x8C6E8905L,0xE7433D29L,1L,0x9C001D9DL,0x81CBCF88L,0L,0x04E7DF0CL,0x04E7DF0CL,0L},{0x25F36B8CL,0x244F721FL,1L,0x244F721FL,0x25F36B8CL,0x8C6E8905L,0xE7433D29L,1L,0x9C001D9DL},{0x25F36B8CL,0L,0x481C5094L,0x8C6E8905L,0xC142F32FL,0xE7433D29L,0x93EF35D8L,0x98C8228AL,0x93EF35D8L}};
            int32_t l_523[1];
            int32_t l_524 = (-1L);
            const uint64_t l_547 = 0xD6BFA959186C4120LL;
            uint16_t *l_548[1][3][3] = {{{&g_444,&g_444,&g_444},{&g_444,&g_444,&g_444},{&g_444,&g_444,&g_444}}};
            union U2 * const l_555 = (void*)0;
            int32_t *l_585 = &g_44[2];
            union U0 l_586 = {7UL};
            int8_t *l_594 = (void*)0;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_523[i] = 0x33D3711DL;
            (*g_116) = l_432[2][3];
            l_523[0] |= (((safe_add_func_int64_t_s_s((*g_225), ((safe_rshift_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s((safe_sub_func_uint32_t_u_u((safe_unary_minus_func_uint64_t_u(g_221)), ((((&g_481 != (void*)0) <= ((safe_rshift_func_int8_t_s_u(((((*l_517) = g_312) , (p_32 || (safe_add_func_uint32_t_u_u((safe_add_func_int16_t_s_s((l_411[1][3][5] == &g_225), 0x508CL)), g_187)))) | p_30), g_312)) || 65527UL)) ^ p_32) ^ p_30))), l_522[4][6])), p_31)) , g_73[8][4]))) != (*g_225)) || g_309.f0);
            l_525++;
            if (((safe_mul_func_uint8_t_u_u((safe_add_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s((g_444 |= (safe_mul_func_int8_t_s_s(((((g_429 & ((safe_sub_func_uint8_t_u_u(g_245, (safe_mul_func_uint16_t_u_u(p_32, g_15[3].f3)))) <= 0xA805F024L)) <= ((((*l_517) ^= l_522[4][6]) ^ ((((safe_mod_func_int64_t_s_s((l_544 |= (*g_225)), (safe_lshift_func_int8_t_s_s((-7L), 0)))) != (l_547 , p_30)) ^ g_73[8][1]) < 0xC7A37E1AL)) < (*l_74))) , g_3) & (*l_74)), 1UL))), l_522[4][6])), p_32)), 0x59L)), (*l_74))) > l_549))
            { /* block id: 227 */
                const int32_t **l_550 = &g_410;
                const int32_t *l_552[7];
                const int32_t **l_551 = &l_552[4];
                union U1 l_566 = {0x3BF33BBEL};
                int8_t l_595 = 1L;
                int32_t l_608 = (-1L);
                int i;
                for (i = 0; i < 7; i++)
                    l_552[i] = &l_522[0][4];
                (*l_551) = ((*l_550) = l_432[1][0]);
                for (g_41 = 0; (g_41 >= 4); ++g_41)
                { /* block id: 232 */
                    union U2 **l_556 = (void*)0;
                    union U2 *l_558[2][8][10] = {{{&g_15[0],&g_15[1],&g_15[2],&g_15[0],(void*)0,(void*)0,&g_15[3],&g_15[1],&g_15[3],&g_15[3]},{&g_15[3],&g_15[1],&g_15[3],&g_15[3],&g_15[2],&g_15[3],&g_15[1],(void*)0,&g_15[3],(void*)0},{&g_15[0],&g_15[3],&g_15[1],&g_15[3],&g_15[3],&g_15[2],(void*)0,(void*)0,(void*)0,&g_15[2]},{&g_15[0],&g_15[1],&g_15[0],&g_15[1],&g_15[0],&g_15[3],&g_15[3],(void*)0,&g_15[0],&g_15[0]},{&g_15[3],&g_15[2],(void*)0,&g_15[0],&g_15[0],(void*)0,&g_15[2],&g_15[1],&g_15[3],&g_15[0]},{&g_15[0],&g_15[0],&g_15[0],&g_15[2],&g_15[0],&g_15[3],&g_15[1],&g_15[3],&g_15[3],&g_15[2]},{&g_15[1],(void*)0,&g_15[3],(void*)0,&g_15[3],(void*)0,&g_15[0],(void*)0,&g_15[3],(void*)0},{&g_15[3],&g_15[2],(void*)0,&g_15[2],&g_15[3],&g_15[3],&g_15[1],&g_15[3],&g_15[0],&g_15[2]}},{{&g_15[0],&g_15[3],&g_15[3],&g_15[1],&g_15[3],&g_15[1],&g_15[3],&g_15[3],&g_15[3],&g_15[1]},{&g_15[0],&g_15[0],(void*)0,&g_15[0],&g_15[0],(void*)0,&g_15[3],&g_15[2],&g_15[3],(void*)0},{&g_15[3],(void*)0,&g_15[0],(void*)0,&g_15[3],&g_15[0],&g_15[3],(void*)0,&g_15[0],(void*)0},{&g_15[3],&g_15[0],&g_15[3],&g_15[2],&g_15[3],&g_15[2],&g_15[3],&g_15[0],&g_15[0],&g_15[2]},{&g_15[0],&g_15[3],&g_15[3],(void*)0,&g_15[3],&g_15[2],&g_15[1],&g_15[3],&g_15[3],&g_15[0]},{&g_15[3],(void*)0,&g_15[3],&g_15[3],&g_15[0],&g_15[0],&g_15[3],&g_15[3],(void*)0,&g_15[1]},{&g_15[3],&g_15[1],&g_15[1],(void*)0,&g_15[0],(void*)0,&g_15[1],&g_15[1],&g_15[3],&g_15[0]},{&g_15[0],&g_15[1],&g_15[0],(void*)0,&g_15[3],&g_15[1],&g_15[3],&g_15[0],&g_15[1],&g_15[2]}}};
                    union U2 **l_557 = &l_558[0][1][4];
                    int32_t l_577[4];
                    int32_t **l_584[6] = {&l_432[1][0],&l_432[1][0],&g_71[6][2],&l_432[1][0],&l_432[1][0],&g_71[6][2]};
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                        l_577[i] = 0xFFDDCB38L;
                    (*l_557) = l_555;
                    for (l_524 = 5; (l_524 >= 0); l_524 -= 1)
                    { /* block id: 236 */
                        uint64_t *l_573 = (void*)0;
                        int8_t *l_576 = &l_75[1].f0;
                        int32_t l_578 = (-8L);
                        int32_t l_580 = 0x58A5782BL;
                        int i, j;
                        l_522[l_524][(l_524 + 3)] &= (safe_mod_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s((safe_div_func_uint8_t_u_u((+(g_73[(l_524 + 1)][l_524] && (p_30 == (g_309.f2 & p_30)))), (l_566 , g_444))), (l_523[0] = ((safe_mul_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((safe_sub_func_uint64_t_u_u((g_429--), g_444)) , (((*l_576) = p_32) | (0x4FE4D7F0L && 0x30D69091L))), 0x06L)), p_30)) <= l_577[2])))), p_31));
                        l_581[0]++;
                    }
                    l_522[4][6] = (((l_585 = &l_579) != (void*)0) ^ (l_586 , (!(-1L))));
                }
                for (l_524 = (-10); (l_524 == (-5)); ++l_524)
                { /* block id: 248 */
                    int8_t *l_592[8][9][3] = {{{&g_73[8][4],&g_73[3][5],&g_73[8][4]},{&g_73[8][4],&g_73[8][4],(void*)0},{&g_73[8][4],&l_75[1].f0,&l_75[1].f0},{&l_75[1].f0,&g_73[8][4],&g_73[6][4]},{(void*)0,(void*)0,&g_73[3][5]},{(void*)0,(void*)0,&l_75[1].f0},{(void*)0,&g_73[4][1],&g_73[7][2]},{&g_73[8][4],&g_73[4][1],&g_73[8][3]},{&g_73[8][4],(void*)0,(void*)0}},{{(void*)0,(void*)0,&g_73[8][4]},{&g_73[8][4],&g_73[8][4],&g_73[8][4]},{&g_73[3][5],&l_75[1].f0,&g_73[7][2]},{(void*)0,&g_73[8][4],&g_73[8][4]},{&l_75[1].f0,&g_73[3][5],&g_73[7][2]},{(void*)0,(void*)0,&g_73[8][4]},{&g_73[8][4],(void*)0,&g_73[8][4]},{&l_75[1].f0,&l_75[1].f0,(void*)0},{&g_73[8][4],&g_73[8][2],&g_73[8][3]}},{{(void*)0,&l_75[1].f0,&g_73[7][2]},{(void*)0,&l_75[1].f0,&l_75[1].f0},{&g_73[8][4],&g_73[3][5],&g_73[3][5]},{&l_75[1].f0,&g_73[4][1],&g_73[6][4]},{&g_73[8][4],&g_73[8][4],&l_75[1].f0},{(void*)0,&l_75[1].f0,(void*)0},{&l_75[1].f0,&g_73[8][4],&g_73[8][4]},{(void*)0,&l_75[1].f0,&g_73[3][5]},{&g_73[3][5],&g_73[8][4],&g_73[8][4]}},{{&g_73[8][4],&g_73[4][1],(void*)0},{(void*)0,&g_73[3][5],&g_73[6][4]},{&g_73[8][4],&l_75[1].f0,&g_73[8][4]},{&g_73[8][4],&l_75[1].f0,&g_73[8][4]},{(void*)0,&g_73[8][2],&g_73[6][4]},{(void*)0,&g_73[6][4],&l_75[1].f0},{&g_73[8][4],(void*)0,&g_73[8][4]},{&g_73[3][5],&g_73[8][4],&g_73[8][4]},{&g_73[8][4],&g_73[8][4],&l_75[1].f0}},{{&g_73[8][3],(void*)0,&l_75[1].f0},{&g_73[8][4],&g_73[6][4],&g_73[8][4]},{&g_73[3][5],&g_73[8][3],(void*)0},{&g_73[8][4],&g_73[8][0],&g_73[8][4]},{&l_75[1].f0,(void*)0,&g_73[0][2]},{(void*)0,&g_73[8][4],&g_73[8][2]},{&g_73[8][4],&g_73[8][4],(void*)0},{&g_73[8][4],(void*)0,&l_75[1].f0},{&g_73[8][0],&g_73[8][0],&g_73[8][4]}},{{&g_73[7][2],&g_73[8][3],&l_75[1].f0},{&g_73[8][4],&g_73[6][4],&g_73[8][2]},{&l_75[1].f0,(void*)0,&g_73[8][4]},{&g_73[3][5],&g_73[8][4],&g_73[8][2]},{&g_73[8][0],&g_73[8][4],&l_75[1].f0},{&g_73[6][4],(void*)0,&g_73[8][4]},{&g_73[0][2],&g_73[6][4],&l_75[1].f0},{&g_73[7][2],&g_73[3][5],(void*)0},{&g_73[8][4],&g_73[0][2],&g_73[8][2]}},{{&g_73[8][4],&g_73[3][5],&g_73[0][2]},{&g_73[7][2],&g_73[8][4],&g_73[8][4]},{&g_73[0][2],&g_73[8][4],(void*)0},{&g_73[6][4],(void*)0,&g_73[8][4]},{&g_73[8][0],&g_73[0][2],&l_75[1].f0},{&g_73[3][5],&g_73[8][4],&l_75[1].f0},{&l_75[1].f0,&g_73[0][2],&g_73[8][4]},{&g_73[8][4],(void*)0,&g_73[8][4]},{&g_73[7][2],&g_73[8][4],&l_75[1].f0}},{{&g_73[8][0],&g_73[8][4],(void*)0},{&g_73[8][4],&g_73[3][5],&g_73[8][4]},{&g_73[8][4],&g_73[0][2],&g_73[8][4]},{(void*)0,&g_73[3][5],(void*)0},{&l_75[1].f0,&g_73[6][4],&l_75[1].f0},{&g_73[8][4],(void*)0,&g_73[8][4]},{&g_73[3][5],&g_73[8][4],&g_73[8][4]},{&g_73[8][4],&g_73[8][4],&l_75[1].f0},{&g_73[8][3],(void*)0,&l_75[1].f0}}};
                    int32_t l_593 = (-8L);
                    int i, j, k;
                    for (g_245 = 7; (g_245 >= 2); g_245 -= 1)
                    { /* block id: 251 */
                        int i, j;
                        (*g_116) = &l_402[g_245][g_245];
                    }
                    for (l_437 = 0; (l_437 >= 27); l_437 = safe_add_func_uint16_t_u_u(l_437, 6))
                    { /* block id: 256 */
                        uint32_t *l_599 = (void*)0;
                        uint32_t *l_600 = &l_446;
                        int32_t l_607 = 0x3593C9EAL;
                        (*l_585) &= (l_608 = ((l_592[0][6][0] == (((g_245 , ((*l_428) = (g_444 < g_355.f0))) , l_593) , l_594)) | ((l_595 | ((safe_sub_func_uint32_t_u_u(((*l_600)--), (safe_div_func_uint16_t_u_u(((safe_mod_func_uint8_t_u_u(0x12L, l_607)) > g_245), 0x60DCL)))) & 0x34L)) < 18446744073709551613UL)));
                        if (p_31)
                            continue;
                    }
                    if (((safe_unary_minus_func_int64_t_s((safe_rshift_func_int8_t_s_s(((safe_rshift_func_int16_t_s_s(((g_4 <= (+p_32)) || 0x1AL), 15)) > (((*l_428) |= ((void*)0 == &g_481)) <= (safe_lshift_func_uint16_t_u_s(0x979AL, 6)))), l_593)))) & (safe_rshift_func_int8_t_s_s((safe_rshift_func_int8_t_s_s((l_593 > (l_415[1] , l_593)), 6)), (*l_74)))))
                    { /* block id: 264 */
                        (*l_585) = l_593;
                    }
                    else
                    { /* block id: 266 */
                        uint16_t l_621 = 0xDF69L;
                        l_621++;
                        if (p_32)
                            break;
                        return l_624[0][5];
                    }
                }
            }
            else
            { /* block id: 272 */
                return g_355;
            }
        }
    }
    else
    { /* block id: 276 */
        union U2 l_635[5] = {{4UL},{4UL},{4UL},{4UL},{4UL}};
        union U1 l_640 = {0L};
        int32_t l_681 = 0L;
        int32_t l_687 = 3L;
        int8_t l_692 = 1L;
        uint32_t *l_706 = &l_446;
        int i;
        for (g_444 = 0; (g_444 > 57); g_444++)
        { /* block id: 279 */
            uint64_t l_627 = 0x74505D1F611B815BLL;
            int32_t l_654 = 0xB11799EAL;
            uint32_t *l_708 = &g_229;
            if (((&p_30 == &p_30) > l_627))
            { /* block id: 280 */
                int32_t *l_628 = &g_407;
                (*l_628) &= l_627;
            }
            else
            { /* block id: 282 */
                uint16_t l_631 = 65535UL;
                uint8_t * const l_636 = &g_15[3].f3;
                uint8_t *l_680[7][6] = {{&g_221,&l_635[2].f0,&g_221,&g_221,&l_635[2].f0,&g_221},{&g_221,&l_635[2].f0,&g_221,&g_221,&l_635[2].f0,&g_221},{&g_221,&l_635[2].f0,&g_221,&g_221,&l_635[2].f0,&g_221},{&g_221,&l_635[2].f0,&g_221,&g_221,&l_635[2].f0,&g_221},{&g_221,&l_635[2].f0,&g_221,&g_221,&l_635[2].f0,&g_221},{&g_221,&l_635[2].f0,&g_221,&g_221,&l_635[2].f0,&g_221},{&g_221,&l_635[2].f0,&g_221,&g_221,&l_635[2].f0,&g_221}};
                int32_t l_711 = (-1L);
                int i, j;
                for (g_598 = 0; (g_598 >= (-7)); g_598 = safe_sub_func_int8_t_s_s(g_598, 6))
                { /* block id: 285 */
                    int8_t *l_639 = &g_73[8][2];
                    int32_t *l_641 = (void*)0;
                    int32_t *l_642 = &l_402[1][7];
                    int32_t l_643 = 4L;
                    --l_631;
                    if (g_229)
                        goto lbl_634;
                    l_643 ^= ((((l_635[2] , &g_221) != (l_479[8] , l_636)) < ((((*l_642) |= ((safe_div_func_int8_t_s_s(((*l_639) = l_635[2].f2), (l_640 , l_627))) >= l_627)) >= l_640.f0) & 0xE9CBF76BL)) != 4294967295UL);
                    for (l_544 = 10; (l_544 < 2); --l_544)
                    { /* block id: 293 */
                        uint16_t *l_655 = &l_631;
                        union U3 l_665 = {-1L};
                        int32_t *l_668 = &g_38[1];
                        (*l_668) = ((*l_642) = ((p_32 != (((safe_rshift_func_int8_t_s_s((safe_add_func_uint32_t_u_u((safe_sub_func_uint64_t_u_u(((safe_lshift_func_int8_t_s_s(1L, (18446744073709551612UL > (-4L)))) < (++(*l_655))), (safe_mul_func_uint8_t_u_u((safe_sub_func_int16_t_s_s(0x06B8L, (safe_lshift_func_uint16_t_u_s((~(l_665 , (safe_div_func_uint8_t_u_u(g_41, ((254UL >= 0L) | (*g_225)))))), p_31)))), 255UL)))), g_38[8])), l_654)) , (void*)0) == (void*)0)) , 0xF28C2D85L));
                        if (l_654)
                            continue;
                    }
                }
                if ((safe_lshift_func_int16_t_s_u((safe_sub_func_int32_t_s_s(((safe_div_func_int16_t_s_s(((safe_sub_func_int8_t_s_s((safe_rshift_func_int8_t_s_s(0x9FL, 0)), ((((g_226 != (((g_679 == (void*)0) >= 0xE6A9D74EL) == ((l_681 &= ((void*)0 != &l_446)) || (safe_div_func_uint64_t_u_u((*l_74), (*l_74)))))) < g_4) != p_31) < (*l_74)))) && l_631), l_635[2].f0)) <= 4294967289UL), p_31)), p_32)))
                { /* block id: 301 */
                    int32_t *l_684 = &g_38[8];
                    l_681 = 0x441784BCL;
                    if ((&l_402[3][1] == l_684))
                    { /* block id: 303 */
                        union U2 *l_689[9] = {(void*)0,&g_15[3],(void*)0,(void*)0,&g_15[3],(void*)0,(void*)0,&g_15[3],(void*)0};
                        union U2 **l_688 = &l_689[6];
                        uint32_t **l_707 = &l_706;
                        int32_t l_709 = (-4L);
                        int32_t *l_710[5][2];
                        int i, j;
                        for (i = 0; i < 5; i++)
                        {
                            for (j = 0; j < 2; j++)
                                l_710[i][j] = &l_402[4][7];
                        }
                        l_687 |= (safe_mod_func_uint8_t_u_u(l_681, p_31));
                        (*l_688) = &g_15[3];
                        if (p_32)
                            break;
                        l_711 |= (safe_lshift_func_int8_t_s_s((((*l_684) |= (l_692 &= l_654)) , (safe_rshift_func_uint8_t_u_s((l_654 = (safe_mod_func_int64_t_s_s((0x02L & (safe_add_func_int64_t_s_s(((+(((safe_lshift_func_int16_t_s_s((p_32 <= (((safe_div_func_int16_t_s_s((safe_mod_func_uint64_t_u_u(1UL, g_44[0])), p_32)) , (l_708 = ((*l_707) = l_706))) == (void*)0)), (l_709 < 4294967295UL))) <= 0xF2L) , g_309.f4)) , (*g_225)), l_631))), l_635[2].f0))), 0))), p_31));
                    }
                    else
                    { /* block id: 313 */
                        const union U0 *l_713[8] = {(void*)0,&g_309,(void*)0,(void*)0,&g_309,(void*)0,(void*)0,&g_309};
                        const union U0 **l_712 = &l_713[3];
                        int i;
                        (*l_712) = &g_309;
                    }
                }
                else
                { /* block id: 316 */
                    for (p_32 = 0; (p_32 <= 1); p_32 += 1)
                    { /* block id: 319 */
                        int i;
                        g_38[(p_32 + 1)] = 0x5F6007E7L;
                    }
                }
            }
        }
    }
    return l_415[1];
}


/* ------------------------------------------ */
/* 
 * reads : g_15.f2 g_41 g_38 g_44 g_115 g_3 g_132 g_4 g_116 g_226 g_221 g_225 g_73 g_229 g_245 g_187 g_309 g_309.f1 g_355 g_309.f4
 * writes: g_132 g_187 g_71 g_226 g_221 g_229 g_245 g_73
 */
static uint32_t  func_60(int8_t  p_61, uint64_t  p_62, int32_t * p_63, const int64_t  p_64, uint8_t  p_65)
{ /* block id: 27 */
    int32_t *l_76 = (void*)0;
    int32_t *l_77 = (void*)0;
    int32_t l_78 = 0xC25347F8L;
    int32_t *l_79 = (void*)0;
    int32_t *l_80[8] = {&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4,&g_4};
    uint32_t l_81 = 0xD4D43A62L;
    uint32_t l_84[9][4] = {{0x0DB8D7F9L,18446744073709551606UL,0xD930511CL,4UL},{18446744073709551607UL,0x5F0DE8C2L,18446744073709551606UL,4UL},{0UL,18446744073709551606UL,0UL,18446744073709551606UL},{18446744073709551615UL,0x0DB8D7F9L,0UL,18446744073709551615UL},{18446744073709551607UL,18446744073709551606UL,1UL,0x0DB8D7F9L},{18446744073709551606UL,18446744073709551606UL,1UL,1UL},{18446744073709551607UL,18446744073709551607UL,0UL,4UL},{18446744073709551615UL,0x07556C5FL,0UL,0x0DB8D7F9L},{0UL,0x0DB8D7F9L,18446744073709551606UL,0UL}};
    int32_t l_89 = 3L;
    int32_t **l_114 = &l_77;
    int32_t ***l_113 = &l_114;
    int64_t l_130 = 0L;
    int64_t *l_183[8] = {&l_130,&l_130,&l_130,&l_130,&l_130,&l_130,&l_130,&l_130};
    int64_t **l_182 = &l_183[0];
    const uint16_t l_194[3] = {9UL,9UL,9UL};
    union U0 l_197[2][5][5] = {{{{0x2575F58CB5513274LL},{0x47D65CAE71CA8741LL},{0x07BB7D368092EE9ELL},{0x07BB7D368092EE9ELL},{0x47D65CAE71CA8741LL}},{{0x47D65CAE71CA8741LL},{8UL},{0x2575F58CB5513274LL},{0x47D65CAE71CA8741LL},{0x07BB7D368092EE9ELL}},{{6UL},{0x47D65CAE71CA8741LL},{0x4DE6C08DA6C3DDF1LL},{0x47D65CAE71CA8741LL},{6UL}},{{0x2575F58CB5513274LL},{0xA118B2DAAAC5D9CELL},{8UL},{0x07BB7D368092EE9ELL},{0xA118B2DAAAC5D9CELL}},{{6UL},{8UL},{8UL},{6UL},{0x07BB7D368092EE9ELL}}},{{{0x47D65CAE71CA8741LL},{6UL},{0x4DE6C08DA6C3DDF1LL},{0xA118B2DAAAC5D9CELL},{0xA118B2DAAAC5D9CELL}},{{0x2575F58CB5513274LL},{6UL},{0x2575F58CB5513274LL},{0x07BB7D368092EE9ELL},{6UL}},{{0xA118B2DAAAC5D9CELL},{8UL},{0x07BB7D368092EE9ELL},{0xA118B2DAAAC5D9CELL},{0x07BB7D368092EE9ELL}},{{0xA118B2DAAAC5D9CELL},{0xA118B2DAAAC5D9CELL},{0x4DE6C08DA6C3DDF1LL},{6UL},{0x47D65CAE71CA8741LL}},{{0x2575F58CB5513274LL},{0x47D65CAE71CA8741LL},{0x07BB7D368092EE9ELL},{0x07BB7D368092EE9ELL},{0x47D65CAE71CA8741LL}}}};
    int8_t *l_203[5] = {&g_73[8][4],&g_73[8][4],&g_73[8][4],&g_73[8][4],&g_73[8][4]};
    int8_t **l_202 = &l_203[2];
    uint16_t *l_218 = &g_132;
    uint32_t l_246 = 6UL;
    uint32_t l_315 = 0UL;
    uint64_t l_349 = 18446744073709551607UL;
    int32_t l_366 = (-1L);
    int64_t l_375[6];
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_375[i] = 0x0DDAC59FFAAC1BCALL;
    --l_81;
lbl_208:
    l_84[6][0]++;
    for (l_81 = 0; (l_81 > 20); l_81++)
    { /* block id: 32 */
        uint64_t l_90 = 0x1008EF7495786F59LL;
        int32_t *l_96 = (void*)0;
        int32_t **l_97 = (void*)0;
        int32_t **l_98 = &l_76;
        int32_t ***l_101 = &l_98;
        int32_t ***l_102 = &l_97;
        int32_t l_103 = 0L;
        if (l_89)
        { /* block id: 33 */
            return g_15[3].f2;
        }
        else
        { /* block id: 35 */
            int8_t l_93 = (-1L);
            --l_90;
            if (l_93)
                continue;
        }
        l_77 = &g_44[0];
        l_103 &= (((safe_sub_func_int64_t_s_s(((l_96 = &g_38[8]) != ((*l_98) = p_63)), g_41)) != (1L > g_38[8])) && (p_62 ^ ((((*l_101) = &p_63) == ((*l_102) = (((((p_64 > (g_38[5] , g_44[6])) < (-10L)) , (*l_77)) & 18446744073709551614UL) , (void*)0))) > g_38[8])));
    }
    for (p_61 = 0; (p_61 >= (-22)); p_61 = safe_sub_func_uint8_t_u_u(p_61, 6))
    { /* block id: 48 */
        int64_t l_110 = 0L;
        int32_t l_134 = 0L;
        int32_t l_135 = 0xFB3AEF0CL;
        int8_t l_137 = (-1L);
        int32_t l_140 = 0x89111B8BL;
        int32_t l_141 = 0x193DE181L;
        int32_t l_142 = 0x51A26D26L;
        int32_t l_143 = 0xDE851E6AL;
        int32_t l_144 = (-1L);
        int32_t l_145[1];
        uint32_t l_146 = 18446744073709551612UL;
        int64_t *l_157[7] = {&l_130,&l_130,&l_110,&l_130,&l_130,&l_110,&l_130};
        int16_t l_164[2];
        int8_t * const l_201 = (void*)0;
        int8_t * const * const l_200[8][5] = {{&l_201,&l_201,&l_201,&l_201,&l_201},{&l_201,&l_201,&l_201,&l_201,&l_201},{&l_201,&l_201,&l_201,&l_201,&l_201},{&l_201,&l_201,&l_201,&l_201,&l_201},{&l_201,&l_201,&l_201,&l_201,&l_201},{&l_201,&l_201,&l_201,&l_201,&l_201},{&l_201,&l_201,&l_201,&l_201,&l_201},{&l_201,&l_201,&l_201,&l_201,&l_201}};
        uint32_t l_209 = 0UL;
        uint64_t l_212 = 1UL;
        int32_t ***l_214[4];
        int8_t l_228 = 0x42L;
        uint64_t *l_295 = &g_187;
        int16_t l_336 = 0x31F6L;
        const uint32_t *l_357 = &l_81;
        const uint32_t **l_356[7] = {&l_357,&l_357,&l_357,&l_357,&l_357,&l_357,&l_357};
        int i, j;
        for (i = 0; i < 1; i++)
            l_145[i] = 0x8AA76286L;
        for (i = 0; i < 2; i++)
            l_164[i] = 9L;
        for (i = 0; i < 4; i++)
            l_214[i] = &g_116;
        if (((safe_div_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u(((l_110 <= (safe_mul_func_uint8_t_u_u(((void*)0 != l_113), ((-1L) ^ ((g_115[2][2][0] != (void*)0) >= (safe_mul_func_uint16_t_u_u(((void*)0 != &l_114), 0x8D70L))))))) , 0x9BC1L), p_61)), p_62)) , 0xC47E747EL))
        { /* block id: 49 */
            int16_t l_125 = (-1L);
            uint16_t *l_131 = &g_132;
            int64_t *l_133 = &l_110;
            l_135 ^= (safe_div_func_int64_t_s_s((9UL < (safe_add_func_uint32_t_u_u(0UL, (g_38[6] > ((*p_63) && ((((*l_133) = (safe_rshift_func_uint16_t_u_u(((*l_131) &= (((l_125 , ((p_61 <= (safe_lshift_func_uint8_t_u_u(249UL, ((safe_mul_func_int8_t_s_s(((p_62 = l_110) & (-3L)), l_130)) == 65535UL)))) , &g_116)) != (void*)0) | p_64)), p_65))) != g_4) >= l_134)))))), 0xD0340A051B885798LL));
        }
        else
        { /* block id: 54 */
            int64_t l_136 = 0x20075B0AE68E3613LL;
            int32_t l_138 = (-10L);
            int32_t l_139[9][5] = {{0xBA9B0E50L,0x222122A3L,0x67A201F2L,0x222122A3L,0xBA9B0E50L},{1L,0x04E7F97FL,0x8CC48AF1L,0xFAB2E08FL,0x04E7F97FL},{0xBA9B0E50L,1L,1L,0xBA9B0E50L,0x1E3A302DL},{0L,0xA0453326L,1L,0x04E7F97FL,0x04E7F97FL},{0x258B70B0L,0xBA9B0E50L,0x258B70B0L,0x1E3A302DL,0xBA9B0E50L},{0x04E7F97FL,0x8CC48AF1L,0xFAB2E08FL,0x04E7F97FL,0xFAB2E08FL},{0xB4D5399EL,0xB4D5399EL,0x67A201F2L,0xBA9B0E50L,0x1E3A302DL},{0x401970B7L,0xFAB2E08FL,0x15622FD3L,0x15622FD3L,0xFAB2E08FL},{0x1E3A302DL,0x67A201F2L,0x3DA17F8CL,0x1E3A302DL,0xB7DADB20L}};
            int8_t *l_196 = &l_137;
            int8_t **l_195 = &l_196;
            int i, j;
            l_146++;
            for (l_141 = 13; (l_141 == 19); l_141++)
            { /* block id: 58 */
                int64_t *l_153 = &l_110;
                int64_t **l_154 = &l_153;
                int64_t *l_156[6][7][4] = {{{&l_110,&l_136,&l_130,(void*)0},{&l_136,&l_110,(void*)0,(void*)0},{&l_110,(void*)0,&l_110,&l_110},{&l_136,&l_110,&l_130,&l_136},{&l_110,&l_130,&l_136,&l_136},{&l_110,&l_110,(void*)0,(void*)0},{&l_136,(void*)0,&l_130,&l_110}},{{&l_130,&l_130,&l_130,&l_110},{(void*)0,&l_136,&l_136,&l_110},{&l_130,&l_136,&l_136,&l_110},{&l_110,&l_136,(void*)0,&l_136},{&l_110,(void*)0,&l_130,&l_136},{&l_130,&l_130,&l_136,(void*)0},{&l_136,&l_136,(void*)0,&l_130}},{{&l_136,(void*)0,&l_136,&l_110},{&l_130,&l_130,&l_130,(void*)0},{&l_110,&l_110,(void*)0,(void*)0},{&l_110,&l_110,&l_136,&l_110},{&l_130,&l_110,&l_136,&l_130},{(void*)0,&l_110,&l_130,&l_136},{&l_130,&l_136,&l_130,(void*)0}},{{&l_136,(void*)0,(void*)0,&l_130},{&l_110,&l_130,&l_136,&l_136},{&l_110,&l_110,&l_130,&l_110},{&l_136,&l_110,&l_110,&l_136},{&l_110,(void*)0,(void*)0,&l_136},{&l_136,(void*)0,&l_130,(void*)0},{&l_110,&l_110,&l_110,(void*)0}},{{&l_130,(void*)0,&l_110,&l_136},{&l_130,(void*)0,&l_130,&l_136},{(void*)0,&l_110,&l_110,&l_110},{&l_136,&l_110,&l_130,&l_136},{&l_110,&l_130,&l_110,&l_130},{&l_136,(void*)0,&l_130,(void*)0},{&l_110,&l_136,&l_136,&l_136}},{{&l_110,&l_110,&l_110,&l_130},{&l_130,&l_110,(void*)0,&l_110},{&l_130,&l_110,&l_136,(void*)0},{&l_136,&l_110,&l_136,(void*)0},{&l_130,&l_130,&l_136,&l_110},{&l_130,(void*)0,&l_110,&l_130},{&l_110,&l_136,&l_110,(void*)0}}};
                int64_t **l_155[6][1][4] = {{{(void*)0,(void*)0,&l_156[1][0][2],&l_156[0][5][3]}},{{&l_156[0][5][3],&l_156[2][2][0],&l_156[1][0][2],&l_156[2][2][0]}},{{(void*)0,&l_156[1][0][2],&l_156[1][5][1],&l_156[1][0][2]}},{{&l_156[1][0][2],&l_156[0][5][3],&l_156[0][5][3],&l_156[1][0][2]}},{{&l_156[0][5][3],&l_156[1][0][2],(void*)0,&l_156[1][5][1]}},{{&l_156[0][5][3],(void*)0,&l_156[0][5][3],&l_156[1][0][2]}}};
                int32_t l_165 = (-9L);
                const int64_t *l_185 = &l_136;
                const int64_t ** const l_184 = &l_185;
                int32_t l_189[8][1][2] = {{{0xF990C31AL,0xF990C31AL}},{{0xE8B8525EL,0xF990C31AL}},{{0xF990C31AL,0xE8B8525EL}},{{0xF990C31AL,0xF990C31AL}},{{0xE8B8525EL,0xF990C31AL}},{{0xF990C31AL,0xE8B8525EL}},{{0xF990C31AL,0xF990C31AL}},{{0xE8B8525EL,0xF990C31AL}}};
                int i, j, k;
                for (l_135 = 0; l_135 < 9; l_135 += 1)
                {
                    for (l_89 = 0; l_89 < 4; l_89 += 1)
                    {
                        l_84[l_135][l_89] = 1UL;
                    }
                }
                l_165 |= ((&p_64 == (l_157[3] = ((safe_add_func_uint64_t_u_u(p_64, g_15[3].f2)) , ((*l_154) = l_153)))) , ((l_164[0] |= (safe_add_func_int8_t_s_s((g_38[8] <= p_65), (+((&g_132 != &g_132) == ((~((((safe_sub_func_int16_t_s_s(((void*)0 != &l_156[1][0][2]), 0x66AFL)) && (-1L)) != p_64) & p_65)) && p_62)))))) <= (-1L)));
                for (l_89 = 0; (l_89 >= (-30)); l_89 = safe_sub_func_uint64_t_u_u(l_89, 8))
                { /* block id: 66 */
                    for (p_62 = 9; (p_62 <= 57); ++p_62)
                    { /* block id: 69 */
                        uint64_t *l_186 = &g_187;
                        int32_t l_188 = 0xFD2365CFL;
                        l_189[4][0][0] &= ((safe_rshift_func_uint8_t_u_s((safe_rshift_func_uint16_t_u_s(g_3, 7)), 2)) , (l_138 ^= (l_188 = (p_61 & (safe_add_func_int32_t_s_s(((safe_add_func_int8_t_s_s((((*l_186) = (((safe_rshift_func_int16_t_s_s(0xAB73L, l_165)) , l_139[5][4]) ^ ((((((18446744073709551609UL <= (safe_add_func_uint8_t_u_u((l_182 == l_184), (l_145[0] ^= (4294967289UL < 0xBD32DF4AL))))) , g_38[0]) | p_64) | (*p_63)) != p_64) && 0x1495489C1C668768LL))) & p_61), p_61)) > 0UL), l_135))))));
                        (**l_113) = (void*)0;
                    }
                    return p_61;
                }
                (*g_116) = &l_189[5][0][1];
            }
            if ((l_139[4][0] = (safe_sub_func_uint16_t_u_u((l_144 ^ (((**l_182) |= 1L) || ((safe_add_func_int8_t_s_s(((l_194[1] < ((((*l_195) = &g_73[0][3]) != (l_197[0][1][0] , (void*)0)) == (safe_mul_func_uint16_t_u_u(1UL, 1UL)))) , ((((0xB26D631787920057LL && 0xEC5D3D3366FA5968LL) , l_200[3][1]) != l_202) > g_38[8])), g_38[8])) != 0x7DDABB3DD9F28A0ELL))), l_140))))
            { /* block id: 84 */
                uint16_t l_204 = 4UL;
                l_204 &= l_146;
            }
            else
            { /* block id: 86 */
                uint16_t l_205[8][3][9] = {{{1UL,0x2B1DL,0xE983L,0xE983L,0x2B1DL,1UL,0UL,0x2F63L,9UL},{0xAFE3L,0UL,5UL,65534UL,0xD377L,0xD377L,65534UL,5UL,0UL},{0x2B1DL,0xE12CL,1UL,0x3911L,0UL,0UL,0UL,0UL,0UL}},{{0UL,5UL,65528UL,5UL,0UL,0x57ADL,1UL,0x7329L,65534UL},{65533UL,0xE12CL,0x3911L,0xD2D9L,0x2F63L,0xD2D9L,0x3911L,0xE12CL,65533UL},{0x0D75L,0UL,0xF7B1L,0UL,0x7329L,0x57ADL,0xD377L,0x57ADL,0x7329L}},{{9UL,0x2B1DL,0x2B1DL,9UL,0xD2D9L,0UL,65533UL,1UL,0UL},{0x0D75L,0x7329L,0xD377L,0UL,0UL,0xD377L,0x7329L,0x0D75L,65528UL},{65533UL,0xE983L,0UL,0UL,0xD2D9L,1UL,1UL,0xD2D9L,0UL}},{{0UL,1UL,0UL,0UL,0x7329L,0UL,0xAFE3L,65528UL,65528UL},{0x2B1DL,65533UL,0x2F63L,1UL,0x2F63L,65533UL,0x2B1DL,65533UL,0UL},{0xAFE3L,0UL,0x7329L,0UL,0UL,1UL,0UL,0UL,0x7329L}},{{1UL,1UL,0xD2D9L,0UL,0UL,0xE983L,65533UL,65533UL,65533UL},{0x7329L,0xD377L,0UL,0UL,0xD377L,0x7329L,0x0D75L,65528UL,65534UL},{65533UL,0UL,0xD2D9L,9UL,0x2B1DL,0x2B1DL,9UL,0xD2D9L,0UL}},{{0xD377L,0x57ADL,0x7329L,0UL,0xF7B1L,0UL,0x0D75L,0x0D75L,0UL},{0x3911L,0xD2D9L,0x2F63L,0xD2D9L,0x3911L,0xE12CL,65533UL,1UL,9UL},{1UL,0x57ADL,0UL,5UL,65528UL,5UL,0UL,0x57ADL,1UL}},{{0UL,0xE12CL,0x2F63L,0xE983L,0xD2D9L,0UL,9UL,0UL,0xD2D9L},{0x7329L,65534UL,65534UL,0x7329L,1UL,0x57ADL,0UL,5UL,65528UL},{0UL,0xD2D9L,9UL,0x2B1DL,0x2B1DL,9UL,0xD2D9L,0UL,65533UL}},{{0x0D75L,0xD377L,65528UL,0UL,1UL,5UL,5UL,1UL,0UL},{0xE983L,0UL,0xE983L,0xE12CL,0xD2D9L,0x2B1DL,0x3911L,65533UL,65533UL},{65534UL,0x0D75L,0xAFE3L,5UL,0xAFE3L,0x0D75L,65534UL,0UL,65528UL}}};
                int i, j, k;
                --l_205[3][0][8];
                if (l_135)
                    goto lbl_208;
                ++l_209;
                return p_64;
            }
            (**l_113) = &l_145[0];
        }
        (**l_113) = p_63;
        if ((0xAA9CE8E0L != l_143))
        { /* block id: 95 */
            int16_t *l_213 = &l_164[0];
            int32_t ***l_215 = &l_114;
            int32_t *l_227[4][4][2] = {{{&l_142,&l_143},{&l_140,&l_142},{&l_145[0],&l_145[0]},{&l_145[0],&l_142}},{{&l_140,&l_143},{&l_142,&l_143},{&l_140,&l_142},{&l_145[0],&l_145[0]}},{{&l_145[0],&l_142},{&l_140,&l_143},{&l_142,&l_143},{&l_140,&l_142}},{{&l_145[0],&l_145[0]},{&l_145[0],&l_142},{&l_140,&l_143},{&l_142,&l_143}}};
            uint8_t l_259 = 249UL;
            int i, j, k;
            if ((((*l_213) = l_212) >= (l_214[0] == l_215)))
            { /* block id: 97 */
                uint16_t l_230 = 0x9564L;
                for (l_134 = 25; (l_134 != (-6)); --l_134)
                { /* block id: 100 */
                    int16_t l_219[8][6] = {{1L,1L,0x62EAL,1L,1L,0x62EAL},{1L,1L,0x62EAL,1L,1L,0x62EAL},{1L,1L,0x62EAL,1L,1L,0x62EAL},{1L,1L,0x62EAL,1L,1L,0x62EAL},{1L,1L,0x62EAL,1L,1L,0x62EAL},{1L,1L,0x62EAL,1L,1L,0x62EAL},{1L,1L,0x62EAL,1L,1L,0x62EAL},{1L,1L,0x62EAL,1L,1L,0x62EAL}};
                    uint8_t *l_220[4] = {&g_221,&g_221,&g_221,&g_221};
                    int i, j;
                    l_230 = ((g_229 &= (((p_61 , 0x8B99F19BL) || ((void*)0 != &p_61)) != (l_228 = (l_218 == (((g_221 &= l_219[3][3]) || (!((((safe_sub_func_int8_t_s_s((((((*l_182) = g_225) != &g_226) || ((((p_63 == l_227[2][1][1]) > g_38[8]) >= p_61) ^ 2L)) , 0xB6L), p_64)) , g_73[8][4]) != g_132) || (*p_63)))) , (void*)0))))) != 3UL);
                }
            }
            else
            { /* block id: 107 */
                int8_t l_243 = (-1L);
                int16_t *l_244 = &g_245;
                int32_t l_247 = (-1L);
                uint32_t *l_256 = (void*)0;
                uint32_t *l_257 = (void*)0;
                uint32_t *l_258 = &g_229;
                uint8_t *l_267[6] = {&l_259,&l_259,&l_259,&l_259,&l_259,&l_259};
                int32_t ***l_276 = &l_114;
                int32_t l_288 = 0xDC2EABF8L;
                int i;
                l_247 = ((((safe_div_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((**l_114), ((safe_rshift_func_int16_t_s_u((((*l_244) = (safe_add_func_int32_t_s_s((*p_63), (g_44[0] & (safe_sub_func_uint8_t_u_u(0UL, (((*l_213) = (safe_mul_func_uint8_t_u_u(g_221, (p_63 != ((p_61 >= l_243) , p_63))))) ^ g_132))))))) != 0x9F06L), g_226)) , p_61))), l_246)) < 0xB785L) , 0x59C7L) , (***l_215));
                l_259 &= ((safe_mul_func_int16_t_s_s(((*l_244) ^= (-1L)), g_4)) ^ ((safe_sub_func_int8_t_s_s((***l_215), (p_62 && ((safe_sub_func_int32_t_s_s((*p_63), 1L)) >= ((void*)0 == &p_62))))) > ((safe_lshift_func_int8_t_s_s((((*l_258) = (0UL & g_44[3])) ^ 0x2CF1AC8BL), l_247)) | 0xFEL)));
                for (l_137 = 0; (l_137 <= (-27)); l_137 = safe_sub_func_uint16_t_u_u(l_137, 1))
                { /* block id: 116 */
                    const int64_t l_264 = 0L;
                    uint64_t *l_270 = &l_197[0][1][0].f4;
                    int32_t l_271 = 0x928AD5A5L;
                    int32_t ****l_277 = &l_215;
                    l_271 = (0xCDAFE5DAL & (safe_mul_func_uint16_t_u_u(((((void*)0 == &g_221) < l_264) , ((safe_div_func_uint8_t_u_u((l_267[0] == &p_65), (*l_77))) | ((*l_270) = (safe_sub_func_int64_t_s_s(0L, 0UL))))), g_132)));
                    if (l_271)
                        continue;
                    l_288 |= (l_247 = (((safe_rshift_func_int16_t_s_s((((safe_add_func_uint32_t_u_u((&g_116 == ((*l_277) = l_276)), ((safe_mul_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u((safe_mod_func_uint64_t_u_u((safe_div_func_uint32_t_u_u(0x8C4C04C6L, (*p_63))), (*g_225))), (safe_mul_func_int16_t_s_s(0xC892L, g_44[8])))), ((*l_213) = p_65))) >= (((-1L) && 7L) , p_65)))) , 0L) < (*g_225)), p_62)) , g_38[4]) , (****l_277)));
                }
            }
        }
        else
        { /* block id: 126 */
            uint16_t l_289 = 65535UL;
            int32_t l_292 = 0x5E806739L;
            int16_t *l_296[8] = {&l_164[0],&l_164[0],&l_164[0],&l_164[0],&l_164[0],&l_164[0],&l_164[0],&l_164[0]};
            uint32_t *l_301 = (void*)0;
            uint32_t *l_302 = &g_229;
            int32_t l_303 = 0xB4250DDCL;
            const uint32_t *l_313 = (void*)0;
            union U0 l_328 = {0xDDEF2FD902092CFBLL};
            union U2 l_329[5][5][4] = {{{{0xF6L},{1UL},{0xBDL},{1UL}},{{0xCDL},{0xF6L},{0UL},{1UL}},{{255UL},{0x3FL},{255UL},{255UL}},{{255UL},{255UL},{0x3FL},{255UL}},{{1UL},{0UL},{0xF6L},{0xCDL}}},{{{1UL},{0xBDL},{1UL},{0xF6L}},{{0x79L},{0xBDL},{0x22L},{0xCDL}},{{0xBDL},{0UL},{0x79L},{255UL}},{{0xB3L},{255UL},{0x39L},{255UL}},{{0UL},{0x3FL},{0xCDL},{0xF2L}}},{{{0x79L},{0UL},{0xBDL},{1UL}},{{0x08L},{0x3FL},{1UL},{0xB3L}},{{0x08L},{255UL},{0xBDL},{0xA9L}},{{0x79L},{0xB3L},{0x39L},{0xF6L}},{{0UL},{0x08L},{0x08L},{0UL}}},{{{0xF6L},{0x39L},{0xB3L},{0x79L}},{{0xA9L},{0xBDL},{255UL},{0x08L}},{{0xB3L},{1UL},{0x3FL},{0x08L}},{{1UL},{0xBDL},{0UL},{0x79L}},{{0xF2L},{0x39L},{247UL},{0UL}}},{{{0x54L},{0x08L},{0x54L},{0xF6L}},{{255UL},{0xB3L},{1UL},{0xA9L}},{{0x39L},{255UL},{0xA9L},{0xB3L}},{{0UL},{0x3FL},{0xA9L},{1UL}},{{0x39L},{0UL},{1UL},{0xF2L}}}};
            int32_t *l_340[9][1];
            int64_t l_341 = 0xE40C4DF2F42F70D1LL;
            int i, j, k;
            for (i = 0; i < 9; i++)
            {
                for (j = 0; j < 1; j++)
                    l_340[i][j] = &l_142;
            }
            l_289 = (&l_201 != &l_201);
            l_303 = (((*l_302) = (((*l_295) &= ((1L | ((safe_rshift_func_int16_t_s_s((((l_292 = (-1L)) , (safe_mul_func_uint16_t_u_u((((*l_182) = &g_226) != &p_64), ((void*)0 != l_295)))) , (g_245 = (p_61 & p_65))), 6)) <= (((safe_mod_func_int64_t_s_s((safe_rshift_func_int16_t_s_u(l_289, l_289)), (*g_225))) || 0xF5L) == 0x28B6AEAC0E24B250LL))) <= 1L)) | 1UL)) != (***l_113));
            (*g_116) = &l_303;
            for (l_130 = 3; (l_130 >= 1); l_130 -= 1)
            { /* block id: 137 */
                uint16_t l_314 = 0xE97EL;
                int32_t *l_316 = &l_144;
                int16_t *l_320 = &g_245;
                int32_t l_338[3][5] = {{7L,(-2L),(-2L),7L,(-2L)},{7L,7L,0xEF1B187FL,7L,7L},{(-2L),7L,(-2L),(-2L),7L}};
                int32_t l_345 = 0xD3BC9E0EL;
                int32_t l_373[10][2] = {{1L,0L},{0L,0L},{1L,0L},{0x1F4B11E6L,0x1F4B11E6L},{0x1F4B11E6L,0L},{1L,0L},{0L,0L},{1L,0L},{0x1F4B11E6L,0x1F4B11E6L},{0x1F4B11E6L,0L}};
                int64_t l_374 = 0x9E69C0145957AEFCLL;
                int i, j;
                for (l_134 = 4; (l_134 >= 0); l_134 -= 1)
                { /* block id: 140 */
                    const uint32_t *l_311 = &g_312;
                    const uint32_t **l_310[1][6][7] = {{{&l_311,&l_311,(void*)0,(void*)0,&l_311,&l_311,(void*)0},{&l_311,&l_311,&l_311,(void*)0,&l_311,&l_311,(void*)0},{&l_311,&l_311,&l_311,(void*)0,&l_311,&l_311,(void*)0},{&l_311,&l_311,(void*)0,(void*)0,&l_311,&l_311,(void*)0},{&l_311,&l_311,&l_311,(void*)0,&l_311,&l_311,(void*)0},{&l_311,&l_311,&l_311,(void*)0,&l_311,&l_311,(void*)0}}};
                    int32_t l_335 = 0xB52101B8L;
                    union U0 l_339 = {4UL};
                    int32_t l_342 = 8L;
                    int32_t l_343 = (-1L);
                    int32_t l_344 = 0xAA6C8538L;
                    int32_t l_346 = (-7L);
                    int32_t l_347 = 7L;
                    int32_t l_348 = 0x44F95F05L;
                    int i, j, k;
                    if ((safe_unary_minus_func_int32_t_s((safe_add_func_uint16_t_u_u(((void*)0 != (*l_113)), (((l_315 = (g_4 >= (safe_mul_func_int16_t_s_s((0xF5B2EFFE276B1CADLL || ((((l_313 = (g_309 , &g_229)) != &g_229) || l_314) || 0x5A9F623481D30695LL)), 0xE4BBL)))) >= g_38[5]) , g_4))))))
                    { /* block id: 143 */
                        (*l_114) = p_63;
                        if (l_289)
                            continue;
                        (*g_116) = l_316;
                        if ((*p_63))
                            continue;
                    }
                    else
                    { /* block id: 148 */
                        int16_t **l_319[3];
                        uint32_t **l_330 = &l_301;
                        uint16_t *l_337 = &l_314;
                        int i;
                        for (i = 0; i < 3; i++)
                            l_319[i] = &l_296[7];
                        l_338[1][4] ^= ((((0L > (--(*l_218))) ^ (((l_320 = (void*)0) == (((((*l_337) = (0xDF07088BL == (((**l_202) |= (+(safe_rshift_func_int16_t_s_u(((safe_sub_func_uint32_t_u_u((((safe_add_func_int32_t_s_s((l_328 , ((l_329[1][2][3] , ((((*l_330) = &g_229) == (void*)0) , (safe_mod_func_int8_t_s_s(((((*l_316) |= (safe_mod_func_uint8_t_u_u((((void*)0 != &g_221) , 0x6CL), p_62))) < 0x60B0B682L) >= (*p_63)), l_335)))) , (*p_63))), l_335)) && 0x292A5E24A886E919LL) > l_336), (*p_63))) && 6L), p_64)))) <= 0xE6L))) | (**l_114)) | g_309.f1) , l_296[7])) & 0xF0L)) && l_335) == l_335);
                        l_340[8][0] = (l_339 , p_63);
                    }
                    --l_349;
                }
                for (l_345 = 1; (l_345 <= 4); l_345 += 1)
                { /* block id: 162 */
                    uint32_t **l_358 = &l_302;
                    for (g_229 = 0; (g_229 <= 4); g_229 += 1)
                    { /* block id: 165 */
                        (*l_316) ^= ((safe_unary_minus_func_uint8_t_u(g_73[4][4])) != (safe_rshift_func_int16_t_s_u((g_355 , (l_356[3] == l_358)), 11)));
                    }
                }
                l_374 &= (p_62 >= (g_309.f4 | ((safe_add_func_int64_t_s_s((safe_mod_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u((+((*p_63) ^ l_366)), 9L)), p_65)), p_64)) , ((safe_add_func_int16_t_s_s((safe_mod_func_int64_t_s_s((safe_sub_func_uint64_t_u_u((((*g_225) < p_64) != g_15[3].f2), 0UL)), (*l_316))), l_373[6][0])) & g_187))));
            }
        }
    }
    return l_375[5];
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_44 g_71
 */
static int8_t  func_66(const uint32_t  p_67)
{ /* block id: 22 */
    int64_t l_68 = (-1L);
    int32_t *l_69[7][9] = {{&g_3,&g_44[3],&g_3,&g_44[0],&g_44[0],&g_3,&g_44[3],&g_3,&g_3},{&g_3,&g_44[3],&g_3,&g_44[0],&g_44[0],&g_3,&g_44[3],&g_3,&g_3},{&g_3,&g_44[3],&g_3,&g_44[0],&g_44[0],&g_3,&g_44[3],&g_3,&g_3},{&g_3,&g_44[3],&g_3,&g_44[0],&g_44[0],&g_3,&g_44[3],&g_3,&g_3},{&g_3,&g_44[3],&g_3,&g_44[0],&g_44[0],&g_3,&g_44[3],&g_3,&g_3},{&g_3,&g_44[3],&g_3,&g_44[0],&g_44[0],&g_3,&g_44[3],&g_3,&g_44[0]},{&g_44[0],&g_38[8],&g_44[0],&g_44[0],&g_44[0],&g_44[0],&g_38[8],&g_44[0],&g_44[0]}};
    int32_t **l_70[5][6][8] = {{{(void*)0,&l_69[2][4],(void*)0,&l_69[1][4],&l_69[3][8],&l_69[1][4],&l_69[1][4],(void*)0},{&l_69[1][6],(void*)0,(void*)0,(void*)0,&l_69[1][7],&l_69[1][4],&l_69[3][8],&l_69[6][5]},{&l_69[1][6],&l_69[1][2],&l_69[1][4],(void*)0,&l_69[3][8],(void*)0,&l_69[1][2],(void*)0},{(void*)0,(void*)0,(void*)0,&l_69[3][3],&l_69[2][4],&l_69[1][4],(void*)0,(void*)0},{(void*)0,&l_69[1][4],&l_69[1][4],&l_69[1][4],&l_69[1][4],(void*)0,&l_69[1][4],&l_69[4][8]},{&l_69[3][3],&l_69[6][3],&l_69[1][4],(void*)0,(void*)0,&l_69[1][4],&l_69[1][4],&l_69[3][3]}},{{&l_69[1][4],(void*)0,&l_69[3][7],(void*)0,&l_69[1][6],&l_69[1][4],(void*)0,&l_69[4][8]},{&l_69[1][2],&l_69[1][6],(void*)0,&l_69[1][4],&l_69[3][8],&l_69[1][4],(void*)0,(void*)0},{&l_69[1][4],(void*)0,&l_69[3][8],&l_69[3][3],&l_69[2][6],&l_69[3][3],&l_69[3][8],(void*)0},{(void*)0,&l_69[3][3],&l_69[1][4],(void*)0,&l_69[1][4],&l_69[1][4],&l_69[3][3],&l_69[6][5]},{(void*)0,&l_69[6][3],&l_69[1][4],(void*)0,(void*)0,&l_69[1][4],&l_69[3][3],(void*)0},{&l_69[1][4],(void*)0,&l_69[1][4],&l_69[1][4],&l_69[1][4],&l_69[1][4],&l_69[3][8],&l_69[4][8]}},{{&l_69[1][4],&l_69[1][4],&l_69[3][8],&l_69[4][8],(void*)0,(void*)0,(void*)0,(void*)0},{&l_69[1][4],(void*)0,(void*)0,&l_69[1][4],&l_69[2][4],&l_69[3][3],(void*)0,(void*)0},{(void*)0,&l_69[2][4],&l_69[3][7],&l_69[1][4],&l_69[1][4],&l_69[3][8],&l_69[1][4],&l_69[3][7]},{&l_69[1][4],&l_69[2][4],&l_69[1][4],(void*)0,&l_69[1][0],&l_69[3][3],&l_69[1][4],&l_69[1][4]},{&l_69[1][6],(void*)0,&l_69[1][4],&l_69[3][8],&l_69[1][4],(void*)0,(void*)0,&l_69[6][5]},{&l_69[1][2],&l_69[1][4],(void*)0,&l_69[5][6],(void*)0,&l_69[1][4],&l_69[1][2],(void*)0}},{{&l_69[1][4],(void*)0,&l_69[1][4],&l_69[1][4],&l_69[1][4],&l_69[1][4],&l_69[3][8],(void*)0},{(void*)0,&l_69[6][3],(void*)0,&l_69[4][8],&l_69[1][4],&l_69[1][4],&l_69[1][4],&l_69[5][6]},{&l_69[1][4],&l_69[3][3],(void*)0,(void*)0,(void*)0,&l_69[3][3],&l_69[2][4],&l_69[1][4]},{&l_69[1][2],(void*)0,&l_69[3][7],&l_69[1][4],&l_69[1][4],&l_69[1][4],&l_69[1][4],&l_69[3][7]},{&l_69[1][6],&l_69[1][6],&l_69[3][8],&l_69[5][6],&l_69[1][0],&l_69[1][4],(void*)0,&l_69[5][7]},{&l_69[1][4],&l_69[3][3],&l_69[1][4],&l_69[6][5],&l_69[1][6],(void*)0,&l_69[3][3],&l_69[5][7]}},{{&l_69[3][3],&l_69[1][2],&l_69[2][6],&l_69[1][4],&l_69[1][7],(void*)0,&l_69[1][4],&l_69[1][4]},{&l_69[3][7],(void*)0,(void*)0,&l_69[1][4],&l_69[1][4],&l_69[3][7],&l_69[1][6],&l_69[3][7]},{&l_69[1][4],(void*)0,&l_69[2][4],(void*)0,&l_69[1][4],&l_69[3][8],&l_69[1][4],&l_69[1][4]},{(void*)0,(void*)0,&l_69[3][3],&l_69[3][3],&l_69[5][7],&l_69[1][4],&l_69[1][0],(void*)0},{&l_69[5][6],&l_69[5][7],&l_69[3][3],(void*)0,&l_69[1][6],&l_69[6][5],&l_69[1][4],&l_69[3][3]},{&l_69[5][7],&l_69[1][7],&l_69[2][4],&l_69[1][4],&l_69[1][4],&l_69[1][4],&l_69[1][6],&l_69[2][6]}}};
    int i, j, k;
    g_44[8] = l_68;
    g_71[7][2] = &g_4;
    return p_67;
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
    transparent_crc(g_4, "g_4", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_15[i].f0, "g_15[i].f0", print_hash_value);
        transparent_crc(g_15[i].f2, "g_15[i].f2", print_hash_value);
        transparent_crc(g_15[i].f3, "g_15[i].f3", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_38[i], "g_38[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_41, "g_41", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_44[i], "g_44[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_73[i][j], "g_73[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_187, "g_187", print_hash_value);
    transparent_crc(g_221, "g_221", print_hash_value);
    transparent_crc(g_226, "g_226", print_hash_value);
    transparent_crc(g_229, "g_229", print_hash_value);
    transparent_crc(g_245, "g_245", print_hash_value);
    transparent_crc(g_309.f0, "g_309.f0", print_hash_value);
    transparent_crc(g_309.f1, "g_309.f1", print_hash_value);
    transparent_crc(g_309.f2, "g_309.f2", print_hash_value);
    transparent_crc(g_309.f4, "g_309.f4", print_hash_value);
    transparent_crc(g_312, "g_312", print_hash_value);
    transparent_crc(g_355.f0, "g_355.f0", print_hash_value);
    transparent_crc(g_407, "g_407", print_hash_value);
    transparent_crc(g_429, "g_429", print_hash_value);
    transparent_crc(g_444, "g_444", print_hash_value);
    transparent_crc(g_598, "g_598", print_hash_value);
    transparent_crc(g_717, "g_717", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_764[i].f0, "g_764[i].f0", print_hash_value);
        transparent_crc(g_764[i].f2, "g_764[i].f2", print_hash_value);
        transparent_crc(g_764[i].f3, "g_764[i].f3", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_769.f0, "g_769.f0", print_hash_value);
    transparent_crc(g_769.f1, "g_769.f1", print_hash_value);
    transparent_crc(g_769.f2, "g_769.f2", print_hash_value);
    transparent_crc(g_769.f4, "g_769.f4", print_hash_value);
    transparent_crc(g_793, "g_793", print_hash_value);
    transparent_crc(g_798, "g_798", print_hash_value);
    transparent_crc(g_885, "g_885", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_970[i][j].f0, "g_970[i][j].f0", print_hash_value);
            transparent_crc(g_970[i][j].f1, "g_970[i][j].f1", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_974, "g_974", print_hash_value);
    transparent_crc(g_1134, "g_1134", print_hash_value);
    transparent_crc(g_1139, "g_1139", print_hash_value);
    transparent_crc(g_1177, "g_1177", print_hash_value);
    transparent_crc(g_1519, "g_1519", print_hash_value);
    transparent_crc(g_1612, "g_1612", print_hash_value);
    transparent_crc(g_1668, "g_1668", print_hash_value);
    transparent_crc(g_1680, "g_1680", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_1871[i][j], "g_1871[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1952, "g_1952", print_hash_value);
    transparent_crc(g_2034, "g_2034", print_hash_value);
    transparent_crc(g_2041, "g_2041", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 568
XXX total union variables: 41

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 22
breakdown:
   indirect level: 0, occurrence: 12
   indirect level: 1, occurrence: 3
   indirect level: 2, occurrence: 4
   indirect level: 3, occurrence: 3
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 73
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 17
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 0

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 179
   depth: 2, occurrence: 48
   depth: 3, occurrence: 1
   depth: 4, occurrence: 1
   depth: 5, occurrence: 2
   depth: 7, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 1
   depth: 13, occurrence: 2
   depth: 14, occurrence: 3
   depth: 15, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 2
   depth: 18, occurrence: 2
   depth: 19, occurrence: 6
   depth: 20, occurrence: 3
   depth: 21, occurrence: 3
   depth: 22, occurrence: 3
   depth: 23, occurrence: 1
   depth: 24, occurrence: 1
   depth: 25, occurrence: 3
   depth: 26, occurrence: 1
   depth: 29, occurrence: 1
   depth: 30, occurrence: 1
   depth: 35, occurrence: 2
   depth: 38, occurrence: 1

XXX total number of pointers: 438

XXX times a variable address is taken: 1250
XXX times a pointer is dereferenced on RHS: 231
breakdown:
   depth: 1, occurrence: 222
   depth: 2, occurrence: 5
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
XXX times a pointer is dereferenced on LHS: 232
breakdown:
   depth: 1, occurrence: 220
   depth: 2, occurrence: 12
XXX times a pointer is compared with null: 35
XXX times a pointer is compared with address of another variable: 6
XXX times a pointer is compared with another pointer: 13
XXX times a pointer is qualified to be dereferenced: 7291

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1603
   level: 2, occurrence: 232
   level: 3, occurrence: 96
   level: 4, occurrence: 68
   level: 5, occurrence: 23
XXX number of pointers point to pointers: 193
XXX number of pointers point to scalars: 222
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 31.1
XXX average alias set size: 1.44

XXX times a non-volatile is read: 1592
XXX times a non-volatile is write: 741
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 2
XXX backward jumps: 10

XXX stmts: 179
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 23
   depth: 1, occurrence: 23
   depth: 2, occurrence: 31
   depth: 3, occurrence: 29
   depth: 4, occurrence: 30
   depth: 5, occurrence: 43

XXX percentage a fresh-made variable is used: 16.7
XXX percentage an existing variable is used: 83.3
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

