/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 4 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      4
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint32_t  f0;
   int8_t  f1;
   unsigned f2 : 8;
   const uint32_t  f3;
   const int8_t  f4;
   uint64_t  f5;
   const signed f6 : 21;
   uint32_t  f7;
   const int16_t  f8;
};

union U1 {
   signed f0 : 21;
   uint8_t  f1;
   const uint32_t  f2;
   const uint8_t  f3;
};

union U2 {
   int32_t  f0;
   int16_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_5 = (-1L);
static int32_t *g_20 = &g_5;
static int32_t ** const g_19[7] = {&g_20,&g_20,&g_20,&g_20,&g_20,&g_20,&g_20};
static int32_t g_31 = 1L;
static int32_t g_34 = 0L;
static int32_t g_37[2] = {0x43232AF7L,0x43232AF7L};
static int32_t g_40 = 1L;
static int32_t g_44[5][9] = {{0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL},{0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL},{0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL},{0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL},{0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL,0xB52F506AL}};
static uint8_t g_54 = 255UL;
static int8_t g_86 = 0x00L;
static int32_t *g_90 = &g_34;
static const union U1 g_105 = {0x413EFA4EL};
static const uint8_t g_112 = 255UL;
static const uint8_t g_114 = 0x13L;
static const uint8_t g_116[2] = {1UL,1UL};
static uint16_t g_162 = 0UL;
static uint8_t g_164 = 255UL;
static uint8_t **g_222 = (void*)0;
static int16_t g_240 = 8L;
static int16_t g_242 = (-9L);
static struct S0 g_254 = {4294967295UL,5L,8,0xD46D9FFBL,0xC8L,0x339EBD8DD007751ALL,935,0xA99F0648L,0x7D29L};
static int32_t g_263[9] = {9L,0x39912CEFL,0x39912CEFL,9L,0x39912CEFL,0x39912CEFL,9L,0x39912CEFL,0x39912CEFL};
static const union U2 g_297 = {0x7B0578F1L};
static const union U2 g_300 = {0xF519CF44L};
static uint8_t *g_336 = &g_54;
static uint8_t **g_335[2][2][7] = {{{(void*)0,&g_336,(void*)0,&g_336,(void*)0,&g_336,(void*)0},{&g_336,&g_336,&g_336,&g_336,&g_336,&g_336,&g_336}},{{(void*)0,&g_336,(void*)0,&g_336,(void*)0,&g_336,(void*)0},{&g_336,&g_336,&g_336,&g_336,&g_336,&g_336,&g_336}}};
static int32_t g_340 = 0x4600EC42L;
static int64_t g_341[6] = {(-8L),(-8L),(-8L),(-8L),(-8L),(-8L)};
static uint32_t g_385 = 0xCC8E6A1FL;
static union U2 * const g_408 = (void*)0;
static union U2 * const *g_407[6] = {&g_408,&g_408,&g_408,&g_408,&g_408,&g_408};
static int16_t g_412 = (-4L);
static int16_t g_414[3] = {0L,0L,0L};
static uint32_t *g_521 = &g_254.f0;
static uint16_t g_525 = 0xA0C6L;
static uint16_t *g_558 = (void*)0;
static uint16_t **g_557[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static uint64_t *g_611 = (void*)0;
static int16_t g_628 = 1L;
static int64_t *g_706 = (void*)0;
static int64_t **g_705 = &g_706;
static int32_t **g_709 = &g_90;
static int32_t ***g_708[9][8] = {{&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709},{&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709},{&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709},{&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709},{&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709},{&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709},{&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709},{&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709},{&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709}};
static uint16_t ***g_717[1][10] = {{&g_557[0],&g_557[0],&g_557[0],&g_557[0],&g_557[0],&g_557[0],&g_557[0],&g_557[0],&g_557[0],&g_557[0]}};
static int32_t g_748 = 0x58FD7EC7L;
static uint64_t g_751 = 0xC8E9048DC3B96FC3LL;
static struct S0 g_848[3][1] = {{{0x2F9C0779L,4L,5,0UL,0x4FL,18446744073709551611UL,-109,0x408404F5L,0xAFB0L}},{{0x2F9C0779L,4L,5,0UL,0x4FL,18446744073709551611UL,-109,0x408404F5L,0xAFB0L}},{{0x2F9C0779L,4L,5,0UL,0x4FL,18446744073709551611UL,-109,0x408404F5L,0xAFB0L}}};
static int16_t * const g_909[8][9] = {{&g_412,&g_240,&g_242,&g_242,&g_242,&g_240,&g_412,&g_240,&g_242},{(void*)0,&g_242,&g_242,(void*)0,&g_242,&g_242,(void*)0,&g_242,&g_242},{&g_412,&g_240,&g_242,&g_242,&g_242,&g_240,&g_412,&g_240,&g_242},{(void*)0,&g_242,&g_242,(void*)0,&g_242,&g_242,(void*)0,&g_242,&g_242},{&g_412,&g_240,&g_242,&g_242,(void*)0,&g_240,&g_242,&g_240,(void*)0},{&g_242,(void*)0,(void*)0,&g_242,(void*)0,(void*)0,&g_242,(void*)0,(void*)0},{&g_242,&g_240,(void*)0,&g_240,(void*)0,&g_240,&g_242,&g_240,(void*)0},{&g_242,(void*)0,(void*)0,&g_242,(void*)0,(void*)0,&g_242,(void*)0,(void*)0}};
static int16_t * const *g_908 = &g_909[6][4];
static int32_t g_982[7] = {0x44B5B8FBL,0x3D45352CL,0x3D45352CL,0x44B5B8FBL,0x3D45352CL,0x3D45352CL,0x44B5B8FBL};
static int32_t g_1075 = 0x0ABB1D20L;
static const uint32_t g_1131 = 0x4CBD6523L;
static union U2 g_1134 = {0xA5650274L};
static uint64_t ***g_1146 = (void*)0;
static int32_t *g_1152 = &g_1134.f0;
static uint32_t **g_1164 = &g_521;
static uint32_t ***g_1163 = &g_1164;
static uint32_t ****g_1162 = &g_1163;
static int8_t *g_1168 = &g_254.f1;
static int8_t **g_1167 = &g_1168;
static struct S0 g_1185 = {0x6E078E86L,0x08L,7,0UL,-6L,18446744073709551612UL,-1350,0xC2F5D7B7L,0x831FL};
static struct S0 *g_1184 = &g_1185;
static const int32_t *g_1275[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static uint16_t ****g_1339[9][10] = {{&g_717[0][8],&g_717[0][2],&g_717[0][6],&g_717[0][6],&g_717[0][2],&g_717[0][8],(void*)0,&g_717[0][8],&g_717[0][2],&g_717[0][6]},{&g_717[0][2],(void*)0,&g_717[0][2],&g_717[0][6],(void*)0,(void*)0,&g_717[0][6],&g_717[0][2],(void*)0,&g_717[0][2]},{&g_717[0][2],&g_717[0][8],(void*)0,&g_717[0][2],(void*)0,&g_717[0][8],&g_717[0][2],&g_717[0][2],&g_717[0][8],(void*)0},{&g_717[0][8],&g_717[0][2],&g_717[0][2],&g_717[0][8],(void*)0,&g_717[0][2],(void*)0,&g_717[0][8],&g_717[0][2],&g_717[0][2]},{(void*)0,&g_717[0][2],&g_717[0][6],(void*)0,(void*)0,&g_717[0][6],&g_717[0][2],(void*)0,&g_717[0][2],&g_717[0][6]},{&g_717[0][2],&g_717[0][8],(void*)0,&g_717[0][8],&g_717[0][2],&g_717[0][6],&g_717[0][6],&g_717[0][2],&g_717[0][8],(void*)0},{(void*)0,(void*)0,(void*)0,&g_717[0][2],&g_717[0][2],&g_717[0][2],(void*)0,(void*)0,(void*)0,(void*)0},{&g_717[0][8],&g_717[0][2],&g_717[0][6],&g_717[0][6],&g_717[0][2],&g_717[0][8],(void*)0,&g_717[0][8],&g_717[0][2],&g_717[0][6]},{&g_717[0][2],(void*)0,&g_717[0][2],&g_717[0][6],(void*)0,(void*)0,&g_717[0][6],&g_717[0][2],(void*)0,&g_717[0][2]}};
static uint16_t *****g_1338[1] = {&g_1339[5][7]};
static uint32_t g_1462 = 0xAAD7FC00L;
static int64_t g_1482 = 0x6796CEBBB7CF4CAFLL;
static int32_t g_1506 = 0xAB15839EL;
static uint8_t g_1524[7][6] = {{255UL,0UL,255UL,0xC1L,0UL,0x33L},{0x94L,1UL,0xE8L,5UL,0x94L,0UL},{0xF3L,1UL,0xC1L,5UL,5UL,0xC1L},{0x94L,0x94L,0UL,0xC1L,0xE8L,255UL},{255UL,0x16L,0x94L,1UL,1UL,0UL},{0UL,255UL,0x94L,0xF3L,0x94L,255UL},{0x94L,0xF3L,0UL,0x73L,0UL,0xC1L}};
static uint32_t g_1669 = 4294967289UL;
static uint8_t g_1679 = 254UL;
static uint32_t g_1767 = 0x36249185L;
static int16_t g_1785[3] = {0xCAF0L,0xCAF0L,0xCAF0L};
static int32_t g_1787 = 0x34C31000L;
static int32_t g_1947[2] = {0xE9FF2C80L,0xE9FF2C80L};
static uint8_t g_2002 = 6UL;
static int32_t g_2011 = 1L;
static uint32_t g_2012[2] = {0x016B841AL,0x016B841AL};
static const uint64_t *g_2032 = (void*)0;
static uint32_t ***g_2123 = (void*)0;
static const int8_t *g_2205[8] = {&g_86,&g_254.f1,&g_1185.f1,&g_254.f1,&g_1185.f1,&g_1185.f1,&g_254.f1,&g_1185.f1};
static const int8_t **g_2204 = &g_2205[4];
static int32_t ****g_2415 = &g_708[1][4];
static int32_t *****g_2414 = &g_2415;
static uint32_t * const *g_2455 = (void*)0;
static uint32_t ****g_2484 = &g_1163;
static uint64_t **g_2490 = (void*)0;
static uint64_t ***g_2489 = &g_2490;
static struct S0 **g_2552[7][4][4] = {{{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,(void*)0,&g_1184,(void*)0},{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,&g_1184}},{{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,(void*)0,&g_1184,&g_1184}},{{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,&g_1184}},{{(void*)0,&g_1184,&g_1184,(void*)0},{&g_1184,(void*)0,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,(void*)0},{&g_1184,(void*)0,&g_1184,&g_1184}},{{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,(void*)0,&g_1184,(void*)0},{&g_1184,&g_1184,&g_1184,&g_1184}},{{&g_1184,(void*)0,&g_1184,(void*)0},{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,&g_1184}},{{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,&g_1184},{&g_1184,(void*)0,&g_1184,&g_1184},{&g_1184,&g_1184,&g_1184,&g_1184}}};
static uint32_t g_2596[1][1] = {{0xBFB010C5L}};
static int32_t *g_2615 = (void*)0;
static const int32_t **g_2635 = (void*)0;


/* --- FORWARD DECLARATIONS --- */
static union U1  func_1(void);
static const int32_t ** func_6(int32_t * p_7, uint16_t  p_8, union U1  p_9, int64_t  p_10);
static int32_t * func_11(int32_t * p_12, int8_t  p_13, int32_t ** const  p_14, struct S0  p_15, struct S0  p_16);
static struct S0  func_21(const struct S0  p_22);
static const struct S0  func_23(int32_t ** p_24, const union U1  p_25, int32_t  p_26, const union U1  p_27, struct S0  p_28);
static int32_t ** func_29(int32_t * p_30);
static int32_t * func_45(struct S0  p_46, int32_t ** p_47, int32_t * p_48);
static struct S0  func_49(uint8_t  p_50, int16_t  p_51, uint8_t  p_52);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_5 g_19 g_31 g_336 g_54 g_1168 g_254.f1 g_709 g_90 g_1185.f1 g_44 g_1164 g_521 g_37 g_1167 g_1134 g_254.f0 g_1146 g_1338 g_1163 g_1134.f0 g_300.f1 g_20 g_116 g_340 g_1482 g_848 g_40 g_1152 g_1162 g_1506 g_297.f1 g_162 g_335 g_254.f4 g_105 g_112 g_263 g_254.f5 g_341 g_407 g_254.f3 g_240 g_254.f7 g_105.f0 g_525 g_385 g_557 g_254.f2 g_297.f0 g_611 g_242 g_86 g_628 g_982 g_1075 g_164 g_1134.f1 g_1669 g_1679 g_34 g_1524 g_1767 g_1785 g_705 g_706 g_1947 g_1462 g_2002 g_1185.f5 g_1185.f0 g_2414 g_908 g_909 g_2455 g_412 g_2489 g_2552 g_2596 g_2615
 * writes: g_5 g_31 g_34 g_37 g_40 g_44 g_1184 g_385 g_90 g_54 g_254.f1 g_1185.f1 g_254.f0 g_1275 g_341 g_1134.f0 g_1185.f0 g_242 g_335 g_1462 g_848.f0 g_414 g_525 g_1506 g_162 g_263 g_254.f7 g_254.f5 g_240 g_412 g_20 g_521 g_557 g_340 g_164 g_708 g_751 g_848.f1 g_407 g_717 g_1146 g_1152 g_1167 g_1669 g_1168 g_1482 g_1338 g_1524 g_1767 g_1163 g_748 g_2002 g_1185.f7 g_1185.f5 g_1162 g_2484 g_2489 g_2552 g_705 g_2596 g_2635
 */
static union U1  func_1(void)
{ /* block id: 0 */
    int32_t **l_2 = (void*)0;
    int32_t *l_4[3][7][9] = {{{&g_5,(void*)0,&g_5,(void*)0,(void*)0,&g_5,(void*)0,&g_5,&g_5},{&g_5,&g_5,(void*)0,&g_5,(void*)0,&g_5,&g_5,&g_5,&g_5},{&g_5,&g_5,&g_5,&g_5,&g_5,&g_5,(void*)0,(void*)0,&g_5},{&g_5,&g_5,(void*)0,(void*)0,&g_5,&g_5,&g_5,&g_5,&g_5},{&g_5,&g_5,&g_5,&g_5,(void*)0,&g_5,&g_5,&g_5,&g_5},{&g_5,&g_5,&g_5,(void*)0,&g_5,&g_5,&g_5,&g_5,&g_5},{&g_5,&g_5,(void*)0,&g_5,&g_5,&g_5,&g_5,(void*)0,&g_5}},{{&g_5,&g_5,&g_5,&g_5,&g_5,(void*)0,&g_5,&g_5,&g_5},{&g_5,&g_5,&g_5,&g_5,&g_5,&g_5,&g_5,(void*)0,&g_5},{&g_5,&g_5,&g_5,&g_5,&g_5,(void*)0,&g_5,&g_5,&g_5},{&g_5,&g_5,&g_5,&g_5,&g_5,(void*)0,(void*)0,(void*)0,&g_5},{(void*)0,&g_5,&g_5,(void*)0,&g_5,&g_5,(void*)0,&g_5,&g_5},{&g_5,&g_5,&g_5,&g_5,&g_5,&g_5,&g_5,&g_5,(void*)0},{&g_5,&g_5,&g_5,&g_5,&g_5,&g_5,&g_5,&g_5,&g_5}},{{(void*)0,&g_5,&g_5,&g_5,&g_5,(void*)0,&g_5,&g_5,&g_5},{&g_5,&g_5,(void*)0,&g_5,&g_5,&g_5,&g_5,&g_5,&g_5},{&g_5,(void*)0,(void*)0,(void*)0,&g_5,&g_5,&g_5,(void*)0,&g_5},{&g_5,&g_5,(void*)0,&g_5,&g_5,(void*)0,&g_5,&g_5,&g_5},{(void*)0,&g_5,(void*)0,&g_5,&g_5,(void*)0,&g_5,&g_5,&g_5},{&g_5,&g_5,(void*)0,&g_5,(void*)0,&g_5,(void*)0,&g_5,&g_5},{(void*)0,&g_5,&g_5,(void*)0,(void*)0,(void*)0,(void*)0,&g_5,&g_5}}};
    int32_t **l_3 = &l_4[0][3][6];
    uint32_t l_1540 = 4UL;
    int8_t l_1541 = 0x8CL;
    uint64_t l_1542 = 0x60330F01ECC8D68CLL;
    const uint64_t l_1543 = 18446744073709551615UL;
    const union U1 l_1544 = {0L};
    struct S0 l_1950 = {0xD756F200L,0xC1L,2,18446744073709551615UL,2L,0x1C9DAC98729800F4LL,796,0x1AEDD028L,8L};
    int64_t l_2616 = 0x6FAFD2B096B4CF52LL;
    union U1 l_2617 = {-7L};
    int64_t l_2636 = 0xCACE6D8AA9362206LL;
    int i, j, k;
    (*l_3) = (void*)0;
    g_5 &= 0xEDADE098L;
    l_2636 = (((g_2635 = func_6((g_5 , func_11(&g_5, (safe_div_func_int32_t_s_s(g_5, g_5)), g_19[4], func_21(func_23((l_2 = func_29((*l_3))), ((safe_add_func_int8_t_s_s(((((g_300.f1 < (((l_1540 || l_1541) , g_521) != g_20)) || l_1542) , g_116[0]) > l_1543), g_340)) , l_1544), g_1482, l_1544, g_848[2][0])), l_1950)), l_2616, l_2617, g_254.f3)) == &l_4[0][5][5]) , 0xA8F85CE0L);
    return l_2617;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static const int32_t ** func_6(int32_t * p_7, uint16_t  p_8, union U1  p_9, int64_t  p_10)
{ /* block id: 1126 */
    int32_t l_2618 = 0xD00F02FEL;
    int32_t *l_2619 = &g_263[1];
    int32_t *l_2620 = &g_44[4][6];
    int32_t *l_2621 = (void*)0;
    int32_t *l_2622 = &g_40;
    int32_t *l_2623 = &l_2618;
    int32_t *l_2624 = &g_1506;
    int32_t *l_2625 = &g_34;
    int32_t *l_2626 = (void*)0;
    int32_t l_2627 = 0x76F09493L;
    int32_t *l_2628 = &g_37[0];
    int32_t *l_2629 = (void*)0;
    int32_t *l_2630[6] = {&g_263[0],&g_263[5],&g_263[0],&g_263[0],&g_263[5],&g_263[0]};
    uint32_t l_2631 = 0x5D058ED6L;
    const int32_t **l_2634 = &g_1275[0];
    int i;
    p_9.f0 = ((p_10 && 4294967295UL) && (l_2618 , l_2618));
    l_2631++;
    return l_2634;
}


/* ------------------------------------------ */
/* 
 * reads : g_1168 g_336 g_54 g_254.f1 g_1462 g_254.f5 g_341 g_709 g_5 g_37 g_1185.f1 g_2002 g_1185.f5 g_1134.f0 g_1185.f0 g_2414 g_908 g_909 g_2455 g_412 g_2489 g_1134 g_90 g_2552 g_105 g_263 g_2596 g_1162 g_1163 g_1134.f1 g_2615 g_525
 * writes: g_254.f1 g_54 g_1462 g_254.f5 g_412 g_90 g_37 g_748 g_1275 g_5 g_1185.f1 g_2002 g_1767 g_1185.f7 g_848.f1 g_1185.f5 g_1134.f0 g_1185.f0 g_40 g_1162 g_2484 g_2489 g_525 g_2552 g_705 g_263 g_557 g_2596
 */
static int32_t * func_11(int32_t * p_12, int8_t  p_13, int32_t ** const  p_14, struct S0  p_15, struct S0  p_16)
{ /* block id: 767 */
    int8_t l_1962[9][10] = {{(-1L),(-1L),0x15L,0L,0L,7L,0x51L,0x3DL,0x75L,(-1L)},{0xE0L,0L,(-1L),(-1L),0x4CL,0xAEL,7L,7L,0xAEL,0x4CL},{0x3DL,2L,2L,0x3DL,0xDAL,0x51L,1L,0x4CL,(-1L),(-1L)},{0L,(-1L),(-1L),0x63L,7L,0x90L,2L,1L,(-1L),0xE0L},{2L,(-10L),0L,0x3DL,0xAEL,0x75L,1L,0x75L,0xAEL,0x3DL},{0xCCL,0x73L,0xCCL,(-1L),0x51L,0x32L,(-1L),0x63L,0x75L,0L},{0x77L,0x4CL,0x51L,0L,0x90L,(-1L),(-10L),0x63L,0L,0x77L},{0x15L,0xCCL,0L,0x32L,(-1L),(-1L),(-1L),(-1L),0x32L,0L},{(-1L),(-1L),0x4CL,(-1L),0x90L,0x32L,2L,0x51L,0xAEL,(-1L)}};
    uint16_t l_1969 = 0UL;
    int32_t *l_1970 = &g_37[0];
    int32_t l_1993 = 0x387BEE09L;
    int32_t l_1994 = 0x4A82662CL;
    int32_t l_1995 = 0L;
    int32_t l_1998 = 0x7B79F6A7L;
    int32_t l_1999 = (-1L);
    int32_t l_2000 = 0xB7A14055L;
    int32_t l_2001[8][3] = {{(-10L),0xF80366E5L,(-4L)},{(-10L),(-10L),0xF80366E5L},{0L,0xF80366E5L,0xF80366E5L},{0xF80366E5L,(-1L),(-4L)},{0L,(-1L),0L},{(-10L),0xF80366E5L,(-4L)},{(-10L),(-10L),0xF80366E5L},{0L,0xF80366E5L,0xF80366E5L}};
    int16_t l_2017 = 0x93D2L;
    union U1 l_2029 = {6L};
    const uint64_t *l_2030[7] = {&g_254.f5,&g_751,&g_254.f5,&g_254.f5,&g_751,&g_254.f5,&g_254.f5};
    int32_t l_2071[8] = {7L,7L,7L,7L,7L,7L,7L,7L};
    uint16_t ** const *l_2096[10][8] = {{&g_557[0],(void*)0,(void*)0,&g_557[0],&g_557[2],(void*)0,&g_557[1],(void*)0},{&g_557[0],&g_557[0],&g_557[2],&g_557[0],&g_557[0],(void*)0,(void*)0,&g_557[0]},{&g_557[0],(void*)0,&g_557[0],&g_557[2],(void*)0,&g_557[0],&g_557[0],&g_557[0]},{&g_557[0],(void*)0,(void*)0,&g_557[0],(void*)0,(void*)0,&g_557[0],&g_557[1]},{&g_557[0],&g_557[0],&g_557[0],&g_557[0],&g_557[0],&g_557[1],&g_557[1],&g_557[1]},{(void*)0,&g_557[1],(void*)0,&g_557[1],&g_557[0],(void*)0,(void*)0,&g_557[0]},{&g_557[0],&g_557[0],(void*)0,&g_557[1],(void*)0,&g_557[0],&g_557[0],&g_557[0]},{&g_557[0],(void*)0,&g_557[1],&g_557[1],(void*)0,&g_557[0],(void*)0,&g_557[1]},{&g_557[0],(void*)0,(void*)0,(void*)0,&g_557[0],&g_557[1],&g_557[0],&g_557[3]},{&g_557[0],(void*)0,&g_557[1],(void*)0,&g_557[2],(void*)0,&g_557[0],&g_557[1]}};
    int64_t l_2180 = 0xD89A9F97B6F7960FLL;
    const uint8_t *l_2225 = &g_114;
    const uint8_t **l_2224[5][6][4] = {{{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225}},{{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225}},{{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225}},{{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225}},{{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225},{&l_2225,&l_2225,&l_2225,&l_2225}}};
    const uint8_t ***l_2223 = &l_2224[2][2][0];
    int32_t l_2227 = 0xE2701C66L;
    int64_t l_2269 = (-5L);
    int64_t l_2271 = 1L;
    int16_t l_2324 = 4L;
    uint16_t **** const * const l_2353 = &g_1339[0][4];
    uint32_t *l_2412 = &g_2012[0];
    uint32_t **l_2411 = &l_2412;
    const int32_t **l_2422 = &g_1275[1];
    const int32_t ***l_2421 = &l_2422;
    const int32_t ****l_2420[9] = {&l_2421,&l_2421,&l_2421,&l_2421,&l_2421,&l_2421,&l_2421,&l_2421,&l_2421};
    const int32_t *****l_2419 = &l_2420[2];
    int16_t l_2477 = (-8L);
    int64_t **l_2559 = &g_706;
    uint32_t l_2568 = 0x15A07922L;
    uint16_t **l_2592 = &g_558;
    uint16_t ** const l_2594[1] = {&g_558};
    int i, j, k;
    if ((!((safe_rshift_func_int8_t_s_u(((((safe_mul_func_int8_t_s_s(((0x2EL && (0xCED6766AL == 0UL)) | (safe_add_func_uint64_t_u_u((safe_mod_func_int8_t_s_s((safe_add_func_int8_t_s_s(((*g_1168) = (l_1962[5][8] , (-1L))), (++(*g_336)))), ((l_1962[0][3] == (l_1962[0][1] == (safe_add_func_int16_t_s_s(9L, (safe_sub_func_uint8_t_u_u(l_1969, 255UL)))))) , p_16.f2))), 18446744073709551615UL))), 0x7FL)) >= l_1962[5][8]) && 0x26L) , (*g_1168)), p_13)) & 0x356CL)))
    { /* block id: 770 */
        l_1970 = l_1970;
    }
    else
    { /* block id: 772 */
        int32_t *l_1990 = (void*)0;
        for (g_1462 = 0; (g_1462 <= 6); ++g_1462)
        { /* block id: 775 */
            uint64_t ****l_1973 = &g_1146;
            int32_t l_1974 = 0xF28D55D8L;
            int32_t l_1984 = 0x01DDAE79L;
            for (g_254.f5 = 0; (g_254.f5 <= 3); g_254.f5 += 1)
            { /* block id: 778 */
                uint32_t l_1978 = 0xFAED00D5L;
                int32_t l_1987[5];
                int i;
                for (i = 0; i < 5; i++)
                    l_1987[i] = 0xE413538DL;
                for (g_412 = 0; (g_412 <= 3); g_412 += 1)
                { /* block id: 781 */
                    int i;
                    if (g_341[(g_254.f5 + 2)])
                    { /* block id: 782 */
                        int32_t *l_1975 = (void*)0;
                        int32_t *l_1976 = (void*)0;
                        int32_t *l_1977 = &g_263[0];
                        l_1973 = &g_1146;
                        l_1978--;
                    }
                    else
                    { /* block id: 785 */
                        int32_t *l_1981[9] = {(void*)0,&g_5,(void*)0,(void*)0,&g_5,(void*)0,(void*)0,&g_5,(void*)0};
                        int i;
                        (*g_709) = l_1981[2];
                        if (l_1974)
                            break;
                    }
                    if (g_341[(g_254.f5 + 2)])
                        break;
                    (*l_1970) ^= (safe_div_func_uint8_t_u_u(l_1974, ((*p_12) , (l_1987[2] = ((*g_336)--)))));
                }
                for (g_748 = 0; g_748 < 9; g_748 += 1)
                {
                    g_1275[g_748] = &g_34;
                }
                (*p_12) = (safe_mul_func_uint16_t_u_u(1UL, p_15.f5));
            }
        }
        return l_1990;
    }
    for (g_1185.f1 = 0; (g_1185.f1 <= 3); g_1185.f1 += 1)
    { /* block id: 802 */
        int32_t *l_1991 = &g_40;
        int32_t *l_1992[3][9][4] = {{{&g_44[4][6],&g_44[4][6],&g_40,(void*)0},{&g_37[0],&g_5,&g_44[4][6],&g_37[0]},{(void*)0,&g_31,&g_44[4][6],&g_40},{&g_31,&g_40,&g_31,&g_31},{&g_44[4][6],&g_44[4][6],&g_1506,&g_37[0]},{(void*)0,&g_5,&g_44[4][6],&g_40},{&g_40,&g_263[0],&g_44[3][6],&g_44[4][6]},{&g_37[0],&g_263[0],&g_748,&g_40},{&g_263[0],&g_5,&g_31,&g_37[0]}},{{&g_31,&g_44[4][6],&g_31,&g_31},{&g_44[4][6],&g_40,(void*)0,&g_40},{&g_263[0],&g_31,&g_40,&g_37[0]},{&g_44[3][6],&g_5,&g_44[3][6],(void*)0},{(void*)0,&g_44[4][6],&g_37[0],&g_40},{(void*)0,&g_37[0],&g_31,&g_44[4][6]},{&g_31,&g_44[4][6],&g_31,&g_44[3][6]},{(void*)0,&g_34,&g_37[0],&g_40},{(void*)0,&g_44[4][6],&g_44[3][6],&g_263[0]}},{{&g_44[3][6],&g_263[0],&g_40,&g_37[0]},{&g_263[0],&g_34,(void*)0,&g_37[0]},{&g_44[4][6],&g_31,&g_31,&g_44[4][6]},{&g_31,&g_40,&g_31,&g_748},{&g_263[0],&g_44[4][6],&g_748,&g_37[0]},{&g_37[0],&g_44[4][6],&g_44[3][6],&g_37[0]},{&g_40,&g_44[4][6],&g_44[4][6],&g_748},{(void*)0,&g_31,&g_44[4][6],&g_31},{(void*)0,&g_31,&g_44[4][6],&g_37[0]}}};
        int16_t l_1996 = 0x0E18L;
        int8_t l_1997 = 4L;
        uint64_t l_2018 = 0xF647370D034B6E5ELL;
        uint16_t ****l_2060[3];
        const int32_t l_2085 = (-1L);
        uint8_t l_2093 = 0xFCL;
        union U2 l_2106 = {0xACC27886L};
        uint64_t l_2143 = 0UL;
        int32_t *l_2147 = &g_37[1];
        struct S0 l_2200 = {0x8FA77FB3L,0x54L,2,18446744073709551613UL,8L,18446744073709551609UL,306,0x370E800AL,0xC4BEL};
        int32_t **l_2210[3];
        const union U1 l_2263[7][9][4] = {{{{0x2B61619AL},{-2L},{0xC464F992L},{0x13ED8251L}},{{8L},{0x04F4FC81L},{0x00D9D6E2L},{1L}},{{-2L},{0x8C024CF4L},{0x7BEECD8AL},{1L}},{{0x2B61619AL},{1L},{0xEDB4034DL},{1L}},{{0x1C6835BDL},{0xBB6DA1A4L},{0x1567F3A4L},{-1L}},{{-1L},{0L},{0x301A666BL},{0x36400AAFL}},{{0xDF94E158L},{8L},{1L},{-5L}},{{1L},{0x66684911L},{-8L},{0x04F4FC81L}},{{0x66684911L},{0L},{4L},{1L}}},{{{0xC464F992L},{0x1C6835BDL},{0xC464F992L},{1L}},{{0x36400AAFL},{6L},{-4L},{-2L}},{{0x1C6835BDL},{0x8C024CF4L},{0xF3508D69L},{6L}},{{0x2A38E354L},{1L},{0xF3508D69L},{0x13ED8251L}},{{0x1C6835BDL},{8L},{-4L},{0x06284500L}},{{0x36400AAFL},{0x7BEECD8AL},{0xC464F992L},{0x36400AAFL}},{{0xC464F992L},{0x36400AAFL},{4L},{0xABCAF367L}},{{0x66684911L},{0x7564D186L},{-8L},{1L}},{{1L},{-7L},{1L},{-2L}}},{{{0xDF94E158L},{0x1C6835BDL},{0x301A666BL},{0xABCAF367L}},{{-1L},{0x04F4FC81L},{0x1567F3A4L},{1L}},{{0x1C6835BDL},{0x7BEECD8AL},{0xEDB4034DL},{0xA5D3EA28L}},{{0x2B61619AL},{0x66684911L},{0x7BEECD8AL},{0x13ED8251L}},{{-2L},{0x36400AAFL},{0x00D9D6E2L},{-1L}},{{8L},{0x8C024CF4L},{0xC464F992L},{1L}},{{0x2B61619AL},{-1L},{1L},{1L}},{{0x7564D186L},{0x7564D186L},{0x1567F3A4L},{6L}},{{1L},{0L},{-5L},{1L}}},{{{0xDF94E158L},{-2L},{0xC8E95D67L},{-5L}},{{0x36400AAFL},{-2L},{-8L},{1L}},{{-2L},{0L},{0x8C024CF4L},{6L}},{{0xC464F992L},{0x7564D186L},{0x7BEECD8AL},{1L}},{{0x04F4FC81L},{-1L},{-4L},{1L}},{{0xBB6DA1A4L},{0x8C024CF4L},{0x301A666BL},{-1L}},{{0x2A38E354L},{0x36400AAFL},{-5L},{0x13ED8251L}},{{0x7564D186L},{0x66684911L},{-4L},{0xA5D3EA28L}},{{1L},{0x7BEECD8AL},{0x8FEBAD05L},{1L}}},{{{0xC464F992L},{0x04F4FC81L},{0xDF94E158L},{0xABCAF367L}},{{8L},{0x1C6835BDL},{-8L},{-2L}},{{0x04F4FC81L},{-7L},{0xEDB4034DL},{1L}},{{0xDF94E158L},{0x7564D186L},{0xF3508D69L},{0xABCAF367L}},{{6L},{0x36400AAFL},{0x1567F3A4L},{0x36400AAFL}},{{0xBB6DA1A4L},{0x7BEECD8AL},{0xC8E95D67L},{0x06284500L}},{{0x2B61619AL},{8L},{0x8FEBAD05L},{0x13ED8251L}},{{0x66684911L},{1L},{0x00D9D6E2L},{6L}},{{0x66684911L},{0x8C024CF4L},{0x8FEBAD05L},{-2L}}},{{{0x2B61619AL},{6L},{0xC8E95D67L},{1L}},{{0x0EF07622L},{0x9E239CF9L},{0x7564D186L},{0xC8E95D67L}},{{0xEDB4034DL},{-8L},{0x00D9D6E2L},{0x7BEECD8AL}},{{1L},{0x2A38E354L},{0x1567F3A4L},{0x156B1581L}},{{0x7BEECD8AL},{0xABCAF367L},{1L},{0x8FEBAD05L}},{{0xABCAF367L},{-8L},{1L},{1L}},{{-5L},{0x0EF07622L},{5L},{0L}},{{0xC464F992L},{0xC8E95D67L},{0L},{0xF3508D69L}},{{3L},{0x064C34F0L},{0x156B1581L},{0xC8E95D67L}}},{{{0x8BF01100L},{0x7BEECD8AL},{1L},{1L}},{{0x0EF07622L},{-7L},{0L},{0xDF94E158L}},{{0x7BEECD8AL},{0x3FBC96F2L},{0x3FBC96F2L},{0x7BEECD8AL}},{{-5L},{0xC464F992L},{0x064C34F0L},{-9L}},{{-7L},{0x0EF07622L},{1L},{-5L}},{{0x8FEBAD05L},{-4L},{-9L},{-5L}},{{1L},{0x0EF07622L},{0x156B1581L},{-9L}},{{0xC8E95D67L},{0xC464F992L},{0x7564D186L},{0x7BEECD8AL}},{{3L},{0x3FBC96F2L},{0L},{0xDF94E158L}}}};
        uint32_t l_2266 = 18446744073709551615UL;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_2060[i] = &g_717[0][0];
        for (i = 0; i < 3; i++)
            l_2210[i] = (void*)0;
        ++g_2002;
    }
    if ((*l_1970))
    { /* block id: 936 */
        uint32_t l_2278 = 3UL;
        uint32_t *l_2279 = &g_1767;
        uint32_t *l_2282 = &g_1185.f7;
        uint8_t l_2287 = 0x97L;
        int32_t l_2315 = (-8L);
        int8_t *l_2316 = (void*)0;
        int8_t *l_2317 = &g_848[2][0].f1;
        int8_t *l_2318[9] = {&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86,&g_86,(void*)0,&g_86};
        uint64_t *l_2319 = &g_1185.f5;
        const union U1 l_2328 = {3L};
        struct S0 l_2329 = {4294967288UL,0x08L,13,18446744073709551615UL,1L,0x940D733BC389A51ELL,336,0xA63A8E26L,3L};
        int32_t l_2336 = 0x3B9AFC70L;
        uint8_t l_2373 = 4UL;
        int32_t l_2443 = 2L;
        int32_t l_2446 = 1L;
        union U2 *l_2520[1][3];
        int32_t *l_2569 = &g_263[0];
        uint16_t ***l_2593 = &g_557[0];
        int32_t *l_2595 = &g_2011;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_2520[i][j] = &g_1134;
        }
        for (l_1994 = 5; (l_1994 < 14); l_1994 = safe_add_func_uint32_t_u_u(l_1994, 1))
        { /* block id: 939 */
            uint8_t l_2277 = 4UL;
            for (g_254.f1 = 0; (g_254.f1 <= 2); g_254.f1 += 1)
            { /* block id: 942 */
                union U2 *l_2274 = (void*)0;
                union U2 **l_2275 = (void*)0;
                union U2 **l_2276 = &l_2274;
                (*l_2276) = l_2274;
            }
            (*p_12) ^= l_2277;
        }
        if ((((*l_2279) = (p_16.f0 &= l_2278)) , (safe_mul_func_uint8_t_u_u((((*l_2282) = 8UL) , l_2278), ((l_2030[0] == (((safe_rshift_func_uint16_t_u_u((((safe_sub_func_int64_t_s_s(((l_2287 , (p_13 = (safe_add_func_uint32_t_u_u((((((((safe_add_func_uint16_t_u_u((safe_add_func_uint64_t_u_u(((safe_add_func_int8_t_s_s(((*l_2317) = (((*g_336) | (safe_add_func_uint16_t_u_u((safe_div_func_uint32_t_u_u(p_16.f2, (safe_add_func_int8_t_s_s((((safe_add_func_int8_t_s_s((!(safe_mul_func_int8_t_s_s(((*g_1168) = (p_16.f2 , (safe_rshift_func_uint16_t_u_s((safe_rshift_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_s((*l_1970), l_2315)), 0UL)), p_16.f6)), p_16.f7)))), 0x28L))), 9UL)) & (*l_1970)) > p_16.f1), 0xFBL)))), l_2315))) | 1L)), l_2278)) ^ 65535UL), l_2287)), p_15.f3)) > 4L) ^ p_15.f2) || 8L) | l_2315) >= 65529UL) | 0x31CBL), 0xFAA25D0EL)))) || p_16.f5), (*l_1970))) != p_15.f0) , l_2287), 15)) == l_2287) , l_2319)) , p_15.f0)))))
        { /* block id: 953 */
            union U1 *l_2320 = &l_2029;
            union U1 **l_2321 = &l_2320;
            (*l_2321) = l_2320;
        }
        else
        { /* block id: 955 */
            int32_t **l_2327[6][10] = {{&l_1970,(void*)0,&l_1970,&l_1970,&l_1970,&l_1970,(void*)0,&l_1970,&l_1970,(void*)0},{&g_20,&l_1970,&l_1970,(void*)0,&l_1970,(void*)0,&l_1970,&l_1970,(void*)0,&l_1970},{&g_20,&g_20,&l_1970,&l_1970,(void*)0,&l_1970,&g_20,&l_1970,(void*)0,&l_1970},{&l_1970,&l_1970,&l_1970,(void*)0,(void*)0,&g_20,&l_1970,&l_1970,&l_1970,(void*)0},{(void*)0,&g_20,&l_1970,(void*)0,(void*)0,&g_20,&g_20,&l_1970,(void*)0,(void*)0},{&l_1970,(void*)0,&l_1970,&l_1970,&l_1970,&l_1970,(void*)0,&l_1970,&l_1970,(void*)0}};
            int32_t *l_2378 = (void*)0;
            uint64_t **l_2424 = &g_611;
            int32_t l_2437 = 0x4EDF5E05L;
            int32_t *l_2500 = (void*)0;
            union U2 *l_2519 = &g_1134;
            union U1 *l_2537 = &l_2029;
            union U1 **l_2536 = &l_2537;
            uint32_t l_2547 = 4294967292UL;
            int64_t **l_2561[4][9][2] = {{{&g_706,&g_706},{&g_706,&g_706},{&g_706,(void*)0},{&g_706,&g_706},{&g_706,&g_706},{&g_706,(void*)0},{&g_706,&g_706},{&g_706,&g_706},{&g_706,&g_706}},{{(void*)0,&g_706},{(void*)0,&g_706},{&g_706,(void*)0},{&g_706,&g_706},{&g_706,&g_706},{&g_706,&g_706},{&g_706,(void*)0},{&g_706,&g_706},{(void*)0,&g_706}},{{(void*)0,&g_706},{&g_706,&g_706},{&g_706,&g_706},{&g_706,(void*)0},{&g_706,&g_706},{&g_706,&g_706},{&g_706,(void*)0},{&g_706,&g_706},{&g_706,&g_706}},{{&g_706,&g_706},{(void*)0,&g_706},{(void*)0,&g_706},{&g_706,(void*)0},{&g_706,&g_706},{&g_706,&g_706},{&g_706,&g_706},{&g_706,(void*)0},{&g_706,&g_706}}};
            uint64_t l_2582[5][6][2] = {{{18446744073709551615UL,0x4D40AD694F57CEB5LL},{18446744073709551609UL,18446744073709551615UL},{0xDF4076EB35634D6DLL,0xDF4076EB35634D6DLL},{0UL,0x061DE8F4885BA3A9LL},{18446744073709551609UL,0xC301C4CB76DCE8CFLL},{0x061DE8F4885BA3A9LL,0x4D40AD694F57CEB5LL}},{{0x594C592FB44D2E92LL,0x061DE8F4885BA3A9LL},{0xDF4076EB35634D6DLL,0UL},{0xDF4076EB35634D6DLL,0x061DE8F4885BA3A9LL},{0x594C592FB44D2E92LL,0x4D40AD694F57CEB5LL},{0x061DE8F4885BA3A9LL,0xC301C4CB76DCE8CFLL},{18446744073709551609UL,0x061DE8F4885BA3A9LL}},{{0UL,0xDF4076EB35634D6DLL},{0xDF4076EB35634D6DLL,18446744073709551615UL},{18446744073709551609UL,0x4D40AD694F57CEB5LL},{18446744073709551615UL,0x4D40AD694F57CEB5LL},{18446744073709551609UL,18446744073709551615UL},{0xDF4076EB35634D6DLL,0xDF4076EB35634D6DLL}},{{0UL,0x061DE8F4885BA3A9LL},{18446744073709551609UL,0xC301C4CB76DCE8CFLL},{0x061DE8F4885BA3A9LL,0x4D40AD694F57CEB5LL},{0x594C592FB44D2E92LL,0x061DE8F4885BA3A9LL},{0xDF4076EB35634D6DLL,0UL},{0xDF4076EB35634D6DLL,0x061DE8F4885BA3A9LL}},{{0x594C592FB44D2E92LL,0x4D40AD694F57CEB5LL},{0x061DE8F4885BA3A9LL,0xC301C4CB76DCE8CFLL},{18446744073709551609UL,0x061DE8F4885BA3A9LL},{0UL,0xDF4076EB35634D6DLL},{0xDF4076EB35634D6DLL,18446744073709551615UL},{18446744073709551609UL,0x4D40AD694F57CEB5LL}}};
            int i, j, k;
            if ((safe_rshift_func_uint8_t_u_u((l_2324 && (safe_sub_func_int64_t_s_s(((l_2329 , &p_12) != l_2327[2][9]), 0UL))), p_16.f5)))
            { /* block id: 956 */
                int32_t *l_2330 = &g_5;
                int32_t *l_2331 = &l_2071[1];
                l_2331 = (l_2330 = l_2282);
            }
            else
            { /* block id: 959 */
                uint32_t l_2337 = 0UL;
                int16_t l_2347 = 8L;
                int32_t ****l_2352 = (void*)0;
                int32_t l_2370 = 0x5CF3E753L;
                int32_t l_2371 = 0L;
                int32_t l_2372 = 0xAD6FE03DL;
                for (g_2002 = 0; (g_2002 > 4); g_2002 = safe_add_func_uint32_t_u_u(g_2002, 2))
                { /* block id: 962 */
                    uint64_t l_2340 = 18446744073709551615UL;
                    for (g_1185.f5 = 0; (g_1185.f5 <= 7); g_1185.f5 += 1)
                    { /* block id: 965 */
                        int i;
                        l_2336 |= (safe_div_func_uint64_t_u_u(l_2071[g_1185.f5], p_16.f4));
                        ++l_2337;
                        ++l_2340;
                    }
                    for (l_2271 = 0; (l_2271 != 4); ++l_2271)
                    { /* block id: 972 */
                        return p_12;
                    }
                }
                (*l_1970) |= (((safe_add_func_uint32_t_u_u(l_2347, 0xB3A5CBC0L)) , 0xCB31L) , ((safe_mod_func_int8_t_s_s(((*g_1168) |= ((safe_sub_func_int16_t_s_s((p_16.f6 <= ((&g_708[3][1] != l_2352) >= (&g_1339[7][7] == l_2353))), 0x4603L)) , p_16.f0)), l_2329.f0)) >= l_2328.f0));
                for (g_1134.f0 = (-14); (g_1134.f0 != (-23)); g_1134.f0 = safe_sub_func_uint32_t_u_u(g_1134.f0, 9))
                { /* block id: 980 */
                    int16_t l_2360 = 0xA05CL;
                    int32_t l_2369 = 0x592B7866L;
                    for (g_1185.f0 = 0; (g_1185.f0 >= 39); g_1185.f0 = safe_add_func_uint32_t_u_u(g_1185.f0, 8))
                    { /* block id: 983 */
                        uint16_t ** const **l_2368 = &l_2096[7][0];
                        uint16_t ** const ***l_2367 = &l_2368;
                        (*p_12) ^= (safe_mod_func_int32_t_s_s(((l_2360 < (((void*)0 != &g_222) >= (*l_1970))) & (safe_mod_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s(((l_2369 &= ((&l_2337 != p_12) < (((*l_2367) = &l_2096[7][0]) != (void*)0))) | (((p_12 == (void*)0) | (-1L)) == (-7L))), 4)), 1UL))), (*l_1970)));
                    }
                }
                --l_2373;
            }
lbl_2550:
            for (p_15.f7 = 0; (p_15.f7 < 41); p_15.f7 = safe_add_func_int64_t_s_s(p_15.f7, 1))
            { /* block id: 993 */
                int32_t l_2413 = 0x05E0FE0EL;
                union U2 l_2418 = {0x7E0BCA16L};
                int8_t *l_2456 = &l_1962[5][8];
                uint8_t l_2467 = 252UL;
                int32_t l_2478 = 0x72869173L;
                uint64_t **l_2479[9][2][8] = {{{&l_2319,(void*)0,&l_2319,&l_2319,(void*)0,&l_2319,&l_2319,&l_2319},{&g_611,&l_2319,&g_611,&g_611,&l_2319,&g_611,(void*)0,&g_611}},{{&l_2319,&g_611,(void*)0,&g_611,&l_2319,&l_2319,&g_611,&l_2319},{&l_2319,&l_2319,&l_2319,&l_2319,&g_611,&l_2319,&l_2319,&g_611}},{{&g_611,&l_2319,&l_2319,&g_611,&l_2319,&g_611,&g_611,&l_2319},{&g_611,(void*)0,(void*)0,&l_2319,(void*)0,&g_611,(void*)0,&l_2319}},{{&g_611,(void*)0,&g_611,&l_2319,&g_611,&g_611,&l_2319,&g_611},{&l_2319,&l_2319,&l_2319,&g_611,&l_2319,&l_2319,&g_611,&l_2319}},{{&l_2319,&l_2319,&g_611,&l_2319,&g_611,&l_2319,&l_2319,&g_611},{&g_611,&g_611,&l_2319,&g_611,(void*)0,&g_611,&l_2319,&g_611}},{{&g_611,&l_2319,&l_2319,&l_2319,&l_2319,&l_2319,(void*)0,&l_2319},{&g_611,(void*)0,&g_611,&g_611,&g_611,&g_611,(void*)0,&g_611}},{{&l_2319,&g_611,&l_2319,&l_2319,&l_2319,&l_2319,&l_2319,&l_2319},{&l_2319,&l_2319,&l_2319,&l_2319,&l_2319,&l_2319,&l_2319,&l_2319}},{{&l_2319,&g_611,&g_611,&l_2319,&l_2319,&l_2319,&g_611,&g_611},{&g_611,&l_2319,&g_611,&g_611,&l_2319,&g_611,&l_2319,&l_2319}},{{&l_2319,&l_2319,(void*)0,&g_611,&g_611,(void*)0,&l_2319,(void*)0},{&l_2319,&g_611,(void*)0,&g_611,&l_2319,&g_611,&g_611,&l_2319}}};
                uint32_t ****l_2483 = (void*)0;
                int16_t l_2502[1];
                int8_t ***l_2507 = &g_1167;
                const int8_t ***l_2510[6][8] = {{&g_2204,&g_2204,(void*)0,(void*)0,&g_2204,&g_2204,&g_2204,&g_2204},{&g_2204,(void*)0,&g_2204,&g_2204,&g_2204,&g_2204,&g_2204,(void*)0},{(void*)0,&g_2204,&g_2204,&g_2204,&g_2204,&g_2204,&g_2204,&g_2204},{(void*)0,&g_2204,&g_2204,(void*)0,(void*)0,(void*)0,&g_2204,&g_2204},{&g_2204,(void*)0,&g_2204,&g_2204,&g_2204,(void*)0,&g_2204,&g_2204},{&g_2204,(void*)0,&g_2204,&g_2204,(void*)0,(void*)0,&g_2204,&g_2204}};
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_2502[i] = (-2L);
                l_2378 = &l_2001[4][2];
                if ((*p_12))
                { /* block id: 995 */
                    uint64_t l_2379[8][2] = {{4UL,4UL},{4UL,1UL},{4UL,4UL},{4UL,1UL},{4UL,4UL},{4UL,1UL},{4UL,4UL},{4UL,1UL}};
                    int32_t l_2382[4][6] = {{1L,0xAFC997C0L,1L,0xCF9144AAL,0xCF9144AAL,1L},{2L,2L,0xCF9144AAL,0L,0xCF9144AAL,2L},{0xCF9144AAL,0xAFC997C0L,0L,0L,0xAFC997C0L,0xCF9144AAL},{2L,0xCF9144AAL,0L,0xCF9144AAL,2L,2L}};
                    uint8_t l_2383 = 1UL;
                    int i, j;
                    l_2379[7][1]++;
                    if (l_2329.f7)
                        break;
                    --l_2383;
                }
                else
                { /* block id: 999 */
                    union U1 * const l_2386 = &l_2029;
                    union U1 *l_2388 = &l_2029;
                    union U1 **l_2387 = &l_2388;
                    uint32_t **l_2398 = &l_2282;
                    uint32_t ***l_2397 = &l_2398;
                    int32_t l_2408[4];
                    int i;
                    for (i = 0; i < 4; i++)
                        l_2408[i] = 0x6FA6860EL;
                    (*l_2387) = l_2386;
                    (*l_2378) |= (((safe_mul_func_uint16_t_u_u(l_2329.f5, (safe_mod_func_uint16_t_u_u((safe_mod_func_int8_t_s_s(((safe_add_func_uint32_t_u_u((((((*l_2397) = (void*)0) == ((safe_lshift_func_uint8_t_u_s(0xC8L, ((*g_1168) |= ((((safe_div_func_int64_t_s_s((0xDF770B03L && (+(safe_add_func_int64_t_s_s((safe_sub_func_uint64_t_u_u(0UL, 3L)), ((*l_1970) ^= l_2408[3]))))), (safe_mul_func_int8_t_s_s(((*l_2317) = (((l_2329.f3 & p_15.f8) | (-1L)) & p_15.f7)), p_15.f7)))) & p_15.f5) && 0UL) && 0x383002CFL)))) , l_2411)) || l_2413) == (*p_12)), l_2329.f7)) & p_16.f6), p_15.f5)), l_2413)))) , (void*)0) != g_2414);
                }
                for (g_40 = (-16); (g_40 > 22); ++g_40)
                { /* block id: 1009 */
                    (*p_12) = (-9L);
                }
                if (l_2413)
                { /* block id: 1012 */
                    int16_t *l_2423 = &g_1785[1];
                    int32_t **l_2425 = (void*)0;
                    uint16_t l_2438 = 0x0F8FL;
                    int32_t l_2444 = 1L;
                    int32_t l_2445 = 1L;
                    uint32_t l_2447 = 1UL;
                    int8_t **l_2480[5][10] = {{&l_2318[1],&l_2318[1],&l_2318[7],&l_2318[1],&l_2318[1],&l_2318[2],&l_2318[1],&l_2318[1],(void*)0,&l_2456},{&l_2318[1],&g_1168,&l_2316,&l_2318[1],&l_2456,&l_2316,&l_2456,&g_1168,&g_1168,&l_2456},{(void*)0,&l_2318[1],&l_2317,&l_2317,&l_2318[1],(void*)0,&l_2316,&l_2318[1],&l_2316,&l_2317},{&l_2316,&l_2318[1],&l_2316,&l_2318[1],&l_2456,&l_2318[7],&l_2318[1],&l_2316,&l_2456,&l_2316},{&l_2316,(void*)0,&g_1168,&l_2318[1],&g_1168,(void*)0,&l_2316,&l_2316,(void*)0,&l_2318[1]}};
                    uint32_t l_2493 = 0xC8CFD136L;
                    int i, j;
                    l_2413 = ((((((l_2418 , (l_2329.f4 && (l_2419 != &l_2420[2]))) | ((*g_336) &= ((((*g_908) == (l_2423 = &g_412)) , l_2424) != (void*)0))) ^ (l_2425 == (void*)0)) <= l_2329.f4) & l_2287) <= p_16.f0);
                    (****l_2419) = ((&g_254 != (p_16 , &p_16)) , (void*)0);
                    if ((*p_12))
                    { /* block id: 1017 */
                        int64_t *l_2429 = (void*)0;
                        int64_t *l_2430 = &l_2269;
                        int32_t l_2441 = 0x2EFEC6A8L;
                        int32_t *l_2442 = &g_31;
                        (*p_12) = (!((safe_rshift_func_uint8_t_u_u((((p_16.f6 , ((*l_2430) &= p_15.f2)) , (safe_mod_func_int64_t_s_s((l_2329.f0 && (safe_lshift_func_uint8_t_u_s((safe_add_func_uint8_t_u_u(l_2437, (p_16.f1 <= ((l_2418.f0 == l_2438) < (0xEEA4L == (p_15.f2 < l_2413)))))), p_15.f4))), 0x664F75AC3A23D7ACLL))) || l_2441), 3)) == l_2441));
                        (*l_2378) = (*p_12);
                        (*g_709) = l_2442;
                        l_2447++;
                    }
                    else
                    { /* block id: 1023 */
                        uint32_t l_2450 = 18446744073709551614UL;
                        int32_t l_2468 = 0x90B4CFDEL;
                        l_2450++;
                        l_2468 = ((safe_sub_func_int32_t_s_s(((((g_2455 != &l_2412) != ((void*)0 == l_2456)) , l_2450) && (((*l_2317) = (safe_div_func_uint32_t_u_u(1UL, 1UL))) < (l_2413 = (safe_div_func_int32_t_s_s(((safe_mod_func_int8_t_s_s((((safe_mod_func_uint16_t_u_u(((safe_mod_func_int16_t_s_s(l_2467, 0x0E3AL)) || (*l_1970)), l_2329.f0)) <= p_15.f8) & 255UL), p_16.f2)) <= (*p_12)), 1L))))), l_2329.f0)) , 1L);
                        (*l_1970) = (-1L);
                        if (l_2278)
                            break;
                    }
                    if (((((!p_15.f6) || (p_16.f0 = (9UL < (~p_16.f5)))) , l_2329) , (safe_add_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((*g_1168) ^= l_2373), ((l_2467 , ((l_2446 > ((++p_16.f5) <= (p_15.f7 , ((((*l_2423) &= (((((((1UL != l_2329.f3) != p_15.f2) , l_2477) <= 3L) & (-6L)) || l_2418.f0) , l_2478)) <= l_2418.f0) && p_15.f6)))) , &l_2319)) != l_2479[3][1][0]))), p_15.f1))))
                    { /* block id: 1035 */
                        int8_t ***l_2481[5][7] = {{&l_2480[3][3],&g_1167,&l_2480[3][3],&l_2480[3][3],&g_1167,&l_2480[3][3],&l_2480[3][3]},{&g_1167,&g_1167,(void*)0,&g_1167,&g_1167,(void*)0,&g_1167},{&g_1167,&l_2480[3][3],&l_2480[3][3],&g_1167,&l_2480[3][3],&l_2480[3][3],&g_1167},{(void*)0,&l_2480[1][6],(void*)0,(void*)0,&l_2480[1][6],(void*)0,(void*)0},{&l_2480[3][3],&l_2480[3][3],&g_1167,&l_2480[3][3],&l_2480[3][3],&g_1167,&l_2480[3][3]}};
                        uint32_t ****l_2482 = &g_1163;
                        uint64_t ****l_2491 = &g_1146;
                        uint64_t ****l_2492 = &g_2489;
                        int32_t l_2494[1][2][7] = {{{(-7L),(-7L),(-7L),(-7L),(-7L),(-7L),(-7L)},{0L,0L,0L,0L,0L,0L,0L}}};
                        int i, j, k;
                        l_2480[2][3] = l_2480[3][4];
                        (*l_2378) = (((-5L) >= ((((&g_1163 == (g_2484 = (l_2483 = (g_1162 = l_2482)))) > (0x05DF63ABC9FEA3D2LL != ((((0x69DEL <= (safe_sub_func_uint64_t_u_u(((safe_sub_func_uint16_t_u_u((((*l_1970) = (*p_12)) , ((p_15.f0 , &l_2479[3][1][0]) != ((*l_2492) = g_2489))), 0x6CCDL)) ^ p_16.f4), l_2493))) > (*l_2378)) >= (*g_336)) <= p_15.f0))) == p_15.f6) <= p_16.f6)) < l_2494[0][0][2]);
                        if (l_2494[0][1][0])
                            break;
                    }
                    else
                    { /* block id: 1044 */
                        int32_t **l_2495 = &l_1970;
                        p_12 = &l_2445;
                        return l_2500;
                    }
                }
                else
                { /* block id: 1049 */
                    int8_t ****l_2508 = (void*)0;
                    int8_t ****l_2509 = &l_2507;
                    int32_t l_2511 = (-5L);
                    uint32_t l_2512[8][10][3] = {{{7UL,0xAA559959L,0UL},{18446744073709551612UL,0x2A66C2CCL,0x5AD8C0EDL},{0x78D315FFL,0xAA559959L,0x28B6D115L},{18446744073709551615UL,18446744073709551611UL,18446744073709551615UL},{0UL,18446744073709551615UL,1UL},{0UL,0UL,0UL},{0xD98E9640L,0x5AD8C0EDL,0UL},{0x2A66C2CCL,1UL,0x1AC9E138L},{1UL,0x28B6D115L,1UL},{0x28B6D115L,0x6E28239EL,0x933F029EL}},{{18446744073709551615UL,0x424B3605L,0x12D76FD2L},{18446744073709551615UL,4UL,18446744073709551609UL},{0x38C2B726L,0x0AD324B0L,0x6E28239EL},{0x38C2B726L,0xAF5F8B79L,18446744073709551615UL},{18446744073709551615UL,18446744073709551612UL,0x21A6DC29L},{18446744073709551615UL,0UL,1UL},{0x28B6D115L,0x21A6DC29L,7UL},{1UL,1UL,18446744073709551615UL},{0x2A66C2CCL,0xAF00010FL,18446744073709551612UL},{0xD98E9640L,0xE3A1F964L,0UL}},{{0UL,0UL,0xE108E669L},{0UL,0x1AC9E138L,0x424B3605L},{18446744073709551615UL,18446744073709551615UL,0x97CCB390L},{0x78D315FFL,0xC2003965L,0xAF5F8B79L},{18446744073709551612UL,18446744073709551615UL,0x97CCB390L},{7UL,3UL,0x424B3605L},{0x49C5432DL,9UL,0xE108E669L},{18446744073709551615UL,0UL,0UL},{18446744073709551615UL,7UL,18446744073709551612UL},{0xE8FBFD48L,18446744073709551607UL,18446744073709551615UL}},{{18446744073709551615UL,0x38C2B726L,7UL},{0x0DC86F25L,0x0C4948ECL,1UL},{0xC2003965L,0x8CEC4D66L,0x21A6DC29L},{1UL,0xE108E669L,18446744073709551615UL},{0x2DACFF68L,1UL,0x6E28239EL},{1UL,1UL,18446744073709551609UL},{7UL,0xE108E669L,0x12D76FD2L},{1UL,0x8CEC4D66L,0x933F029EL},{1UL,0x0C4948ECL,1UL},{0xE56F2EB9L,0x38C2B726L,0x1AC9E138L}},{{0xE3A1F964L,18446744073709551607UL,0UL},{0x12D76FD2L,7UL,0UL},{1UL,0UL,1UL},{0x0C4948ECL,9UL,18446744073709551615UL},{0x21A6DC29L,3UL,0x28B6D115L},{0xAF00010FL,18446744073709551615UL,0x5AD8C0EDL},{18446744073709551609UL,0xC2003965L,0UL},{0xAF00010FL,18446744073709551615UL,18446744073709551606UL},{0x21A6DC29L,0x1AC9E138L,0xCEA1613AL},{0x0C4948ECL,0UL,0UL}},{{1UL,0xE3A1F964L,0xE56F2EB9L},{0x12D76FD2L,0xAF00010FL,1UL},{0xE3A1F964L,1UL,18446744073709551607UL},{0xE56F2EB9L,0x21A6DC29L,18446744073709551615UL},{1UL,1UL,1UL},{18446744073709551615UL,18446744073709551615UL,0UL},{0UL,0xCCEBF11DL,0xAA559959L},{0xBB371B30L,1UL,0xAA559959L},{18446744073709551611UL,1UL,0UL},{0x0C4948ECL,1UL,1UL}},{{0xE3A1F964L,1UL,0x78D315FFL},{0x49C5432DL,0x8CEC4D66L,0xAF00010FL},{0x28B6D115L,0xAF5F8B79L,0UL},{0xC2003965L,0UL,18446744073709551615UL},{18446744073709551606UL,1UL,1UL},{18446744073709551609UL,18446744073709551606UL,0UL},{7UL,0x12D76FD2L,0x21A6DC29L},{4UL,0UL,0x0DC86F25L},{18446744073709551615UL,0xE8FBFD48L,0UL},{0x0AD324B0L,0UL,0x8CEC4D66L}},{{1UL,0x12D76FD2L,0x28B6D115L},{0UL,18446744073709551606UL,0xAF5F8B79L},{0x2A66C2CCL,1UL,3UL},{7UL,0UL,0x933F029EL},{0xE8FBFD48L,0xAF5F8B79L,18446744073709551615UL},{0UL,0x8CEC4D66L,18446744073709551615UL},{0x8CEC4D66L,1UL,18446744073709551615UL},{1UL,1UL,0xE108E669L},{0x78D315FFL,1UL,18446744073709551612UL},{0x97CCB390L,1UL,1UL}}};
                    int i, j, k;
                    (*p_12) = ((~((l_2502[0] , ((safe_sub_func_uint64_t_u_u(((safe_lshift_func_int16_t_s_s(p_16.f1, 7)) == p_16.f8), l_2502[0])) | (((*l_1970) = ((((p_16.f8 != (l_2413 = (l_2315 >= ((((*l_2509) = (p_16.f6 , l_2507)) != l_2510[2][7]) && l_2511)))) != l_2512[7][9][0]) ^ p_15.f4) | 1L)) < 0UL))) & p_15.f3)) & (*p_12));
                }
            }
            for (p_16.f0 = 3; (p_16.f0 <= 8); p_16.f0 += 1)
            { /* block id: 1058 */
                int32_t l_2523 = (-1L);
                uint8_t *l_2529 = &l_2373;
                int32_t *l_2541[8] = {&l_2071[4],&l_2000,&l_2071[4],&l_2000,&l_2071[4],&l_2000,&l_2071[4],&l_2000};
                int i;
                if ((*p_12))
                    break;
                for (l_1993 = 3; (l_1993 <= 8); l_1993 += 1)
                { /* block id: 1062 */
                    struct S0 l_2513 = {3UL,0L,2,0x5D3F4449L,0x4BL,1UL,-621,18446744073709551613UL,0xDB21L};
                    union U2 **l_2521 = &l_2520[0][1];
                    uint32_t l_2524 = 0xCA87D7D1L;
                    int i;
                    if (((p_15.f1 , l_2513) , (safe_lshift_func_int16_t_s_s((((((safe_sub_func_int32_t_s_s((safe_unary_minus_func_uint16_t_u(((p_16 , (l_2519 == ((*l_2521) = l_2520[0][1]))) , l_2513.f3))), ((!l_2523) > l_2524))) && ((*p_12) > p_16.f3)) , p_16.f0) & 0UL) < (*p_12)), l_2446))))
                    { /* block id: 1064 */
                        uint64_t l_2530[5];
                        int64_t *l_2535 = &l_2180;
                        int i;
                        for (i = 0; i < 5; i++)
                            l_2530[i] = 0xC92FF69B1D2CE998LL;
                        (*p_12) &= ((p_16.f5 = (safe_div_func_int8_t_s_s((safe_mul_func_int8_t_s_s(0xE7L, ((*l_1970) ^= ((*g_336) = ((l_2529 == (void*)0) ^ l_2530[3]))))), (((void*)0 == (*l_2411)) & (((**l_2521) , (safe_mul_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u(p_15.f7, (((*l_2535) = (-1L)) | p_16.f1))) , 1UL), 0x990CL))) , 65535UL))))) || (-10L));
                        return p_12;
                    }
                    else
                    { /* block id: 1071 */
                        uint8_t *****l_2538 = (void*)0;
                        uint8_t ****l_2540 = (void*)0;
                        uint8_t *****l_2539 = &l_2540;
                        (*p_12) = ((((void*)0 == l_2536) , p_16.f5) >= p_15.f6);
                        (*p_12) |= 0L;
                        (*l_2539) = (void*)0;
                    }
                    g_1275[l_1993] = l_2541[3];
                }
                for (g_525 = 0; (g_525 <= 1); g_525 += 1)
                { /* block id: 1080 */
                    int32_t l_2542 = (-1L);
                    int32_t l_2543 = 1L;
                    const union U2 l_2556 = {0xA4246909L};
                    struct S0 * const * const l_2567 = (void*)0;
                    (*g_709) = &l_2446;
                    if ((*p_12))
                    { /* block id: 1082 */
                        uint32_t l_2544 = 18446744073709551615UL;
                        l_2544--;
                        ++l_2547;
                        if ((**g_709))
                            continue;
                        (**g_709) = (*p_12);
                    }
                    else
                    { /* block id: 1087 */
                        struct S0 **l_2551 = &g_1184;
                        struct S0 ***l_2553 = (void*)0;
                        int64_t ***l_2560 = &g_705;
                        int32_t l_2564 = 0x3F1A938CL;
                        if (p_16.f8)
                            goto lbl_2550;
                        (*l_1970) = ((((l_2551 != (g_2552[0][3][0] = g_2552[4][2][2])) , (((((((safe_mul_func_uint8_t_u_u((l_2556 , (safe_div_func_int32_t_s_s(((p_16.f4 , ((*l_2560) = l_2559)) != l_2561[0][3][1]), (safe_mul_func_int8_t_s_s(((l_2564 != ((((l_2336 = (*g_336)) >= ((((safe_mul_func_uint16_t_u_u(((l_2567 != &g_1184) , p_16.f6), p_16.f2)) , p_16.f8) >= 0UL) , l_2568)) | p_16.f1) ^ p_16.f8)) , l_2542), p_15.f0))))), p_13)) , (void*)0) == &g_1787) < 255UL) && l_2564) == 1L) && p_13)) , l_2564) >= 0xEBABL);
                        return l_2569;
                    }
                    for (p_13 = 0; (p_13 <= 1); p_13 += 1)
                    { /* block id: 1097 */
                        if ((*p_12))
                            break;
                    }
                    (*l_1970) ^= ((*g_90) ^= (*p_12));
                    for (l_1994 = 1; (l_1994 >= 0); l_1994 -= 1)
                    { /* block id: 1104 */
                        uint16_t **l_2570 = (void*)0;
                        int32_t l_2581 = 0L;
                        (*g_90) &= ((((((((void*)0 == l_2520[0][1]) != ((void*)0 != l_2570)) <= (safe_mul_func_int16_t_s_s((0x157F297C21FFF2AFLL != ((l_2581 = (safe_unary_minus_func_uint64_t_u((((p_15.f1 && p_16.f5) > (safe_mod_func_uint64_t_u_u(((*l_2319)++), 0xEF3FB5BFC97807F6LL))) ^ (~(safe_sub_func_uint16_t_u_u(((*l_2569) = 0UL), l_2581))))))) , l_2581)), p_16.f1))) ^ p_13) & 0xFD8CL) & p_16.f2) == 1L);
                    }
                }
                l_2582[2][5][1]++;
            }
            (**l_2421) = (void*)0;
        }
        l_2001[2][0] = (l_2328 , ((*l_1970) = (p_15.f0 ^ ((((*l_2593) = ((p_15.f3 <= ((g_105 , (safe_sub_func_int64_t_s_s((p_15.f3 , (*l_2569)), (+p_15.f1)))) & ((*l_2569) || ((safe_mod_func_int16_t_s_s((safe_rshift_func_int8_t_s_u((p_15.f5 != 0xBF8DB952EA3A1947LL), 6)), p_16.f7)) <= p_15.f5)))) , l_2592)) == l_2594[0]) & (*l_2569)))));
        g_2596[0][0]++;
    }
    else
    { /* block id: 1119 */
        int64_t l_2612[10] = {0xA237AB7BAADB2A42LL,0xA237AB7BAADB2A42LL,(-3L),(-4L),(-3L),0xA237AB7BAADB2A42LL,0xA237AB7BAADB2A42LL,(-3L),(-4L),(-3L)};
        int32_t l_2614 = 0xC80EA844L;
        int i;
lbl_2613:
        (*p_12) ^= (((safe_rshift_func_uint8_t_u_s((safe_mod_func_int64_t_s_s((safe_div_func_uint32_t_u_u(((p_16.f5 & p_15.f7) & (safe_lshift_func_int16_t_s_u((safe_add_func_int32_t_s_s((((((!(safe_rshift_func_int16_t_s_s(((0x9B0EL ^ ((0x47AFF557L ^ ((p_13 , &l_2420[2]) != &l_2420[2])) , (((void*)0 != (*g_1162)) != p_16.f0))) && l_2612[9]), p_13))) , p_15.f8) < 0x5B563C64C44F9F79LL) , l_2612[0]) != l_2612[9]), p_16.f8)), l_2612[6]))), p_16.f7)), 6UL)), l_2612[7])) || p_15.f3) && (*l_1970));
        (*l_1970) = (*p_12);
        if (g_1134.f1)
            goto lbl_2613;
        l_2614 ^= (*p_12);
    }
    return g_2615;
}


/* ------------------------------------------ */
/* 
 * reads : g_1168 g_254.f1 g_40 g_1167 g_521 g_254.f0 g_116 g_848.f0 g_20 g_5 g_1152 g_1134.f0 g_37 g_1162 g_1163 g_1164 g_1506 g_709 g_54 g_297.f1 g_162 g_335 g_254.f4 g_105 g_44 g_112 g_263 g_254.f5 g_341 g_407 g_254.f3 g_90 g_240 g_254.f7 g_105.f0 g_336 g_525 g_300.f1 g_385 g_557 g_254.f2 g_297.f0 g_611 g_242 g_86 g_628 g_982 g_1075 g_164 g_1134 g_1134.f1 g_1669 g_1679 g_1524 g_34 g_848 g_1767 g_1785 g_705 g_706 g_1947
 * writes: g_40 g_1462 g_848.f0 g_414 g_1185.f0 g_242 g_335 g_37 g_525 g_254.f1 g_1506 g_90 g_162 g_263 g_341 g_254.f7 g_254.f5 g_240 g_412 g_20 g_54 g_521 g_557 g_340 g_164 g_708 g_751 g_254.f0 g_848.f1 g_407 g_717 g_1146 g_1152 g_1167 g_1669 g_44 g_1168 g_1482 g_1275 g_34 g_1338 g_1524 g_1767 g_385 g_1163
 */
static struct S0  func_21(const struct S0  p_22)
{ /* block id: 639 */
    const int32_t l_1551 = 0xC24F0480L;
    const int32_t l_1552 = 0xB2D96D61L;
    struct S0 l_1572[5][1] = {{{0x3C8E8D11L,0x1CL,14,18446744073709551612UL,0x49L,0x650B5858E49C16F1LL,514,0x788E396EL,0L}},{{0x3C8E8D11L,0x1CL,14,18446744073709551612UL,0x49L,0x650B5858E49C16F1LL,514,0x788E396EL,0L}},{{0x3C8E8D11L,0x1CL,14,18446744073709551612UL,0x49L,0x650B5858E49C16F1LL,514,0x788E396EL,0L}},{{0x3C8E8D11L,0x1CL,14,18446744073709551612UL,0x49L,0x650B5858E49C16F1LL,514,0x788E396EL,0L}},{{0x3C8E8D11L,0x1CL,14,18446744073709551612UL,0x49L,0x650B5858E49C16F1LL,514,0x788E396EL,0L}}};
    union U2 *l_1573 = (void*)0;
    int32_t l_1574 = 4L;
    int32_t l_1575 = 0x0B58E7F4L;
    int32_t l_1576[7][2][9] = {{{0x818CE323L,0x87869BAFL,1L,0x11E0A5EFL,1L,0x87869BAFL,0x818CE323L,0x818CE323L,0x87869BAFL},{0x9218B733L,0xDEDF9F03L,0xFA93C7CCL,0xDEDF9F03L,0x9218B733L,0x4C7B6659L,0x4C7B6659L,0x9218B733L,0xDEDF9F03L}},{{0x818CE323L,1L,0x818CE323L,(-3L),0x4A389BFBL,0x4A389BFBL,(-3L),0x818CE323L,1L},{0x3CE74D35L,0xF02A20B8L,0x4C7B6659L,0xFA93C7CCL,0xFA93C7CCL,0x4C7B6659L,0xF02A20B8L,0x3CE74D35L,0xF02A20B8L}},{{0x87869BAFL,0x11E0A5EFL,(-3L),(-3L),0x11E0A5EFL,0x87869BAFL,0x4A389BFBL,0x87869BAFL,0x11E0A5EFL},{0xDEDF9F03L,0xF02A20B8L,0xF02A20B8L,0xDEDF9F03L,0x3CE74D35L,0x9218B733L,0x3CE74D35L,0xDEDF9F03L,0xF02A20B8L}},{{1L,1L,0x4A389BFBL,0x11E0A5EFL,0xE954E5EDL,0x11E0A5EFL,0x4A389BFBL,1L,1L},{0xF02A20B8L,0xDEDF9F03L,0x3CE74D35L,0x9218B733L,0x3CE74D35L,0xDEDF9F03L,0xF02A20B8L,0xF02A20B8L,0xDEDF9F03L}},{{0x11E0A5EFL,0x87869BAFL,0x4A389BFBL,0x87869BAFL,0x11E0A5EFL,(-3L),(-3L),0x11E0A5EFL,0x87869BAFL},{0xF02A20B8L,0x3CE74D35L,0xF02A20B8L,0x4C7B6659L,0xFA93C7CCL,0xFA93C7CCL,0x4C7B6659L,0xF02A20B8L,0x3CE74D35L}},{{0xE954E5EDL,0x11E0A5EFL,0x4A389BFBL,1L,1L,0x4A389BFBL,0x11E0A5EFL,0xE954E5EDL,0x11E0A5EFL},{0xF02A20B8L,0x4C7B6659L,0xFA93C7CCL,0xFA93C7CCL,0x4C7B6659L,0xF02A20B8L,0x3CE74D35L,0xF02A20B8L,0x4C7B6659L}},{{0x818CE323L,0x11E0A5EFL,0x11E0A5EFL,0x818CE323L,0xE954E5EDL,(-3L),0xE954E5EDL,0x818CE323L,0x11E0A5EFL},{1L,1L,0x3CE74D35L,0x4C7B6659L,0xDEDF9F03L,0x4C7B6659L,0x3CE74D35L,1L,1L}}};
    uint32_t *l_1606[4][8] = {{(void*)0,&l_1572[3][0].f7,&g_385,&g_385,&l_1572[3][0].f7,(void*)0,&g_1185.f7,&g_1185.f7},{(void*)0,&l_1572[3][0].f7,&g_385,&g_385,&l_1572[3][0].f7,(void*)0,&g_1185.f7,&g_1185.f7},{(void*)0,&l_1572[3][0].f7,&g_385,&g_385,&l_1572[3][0].f7,(void*)0,&g_1185.f7,&g_1185.f7},{(void*)0,&l_1572[3][0].f7,&g_385,&g_385,&l_1572[3][0].f7,(void*)0,&g_1185.f7,&g_1185.f7}};
    uint32_t **l_1605 = &l_1606[1][3];
    const union U1 l_1620 = {0x5EF35E51L};
    uint8_t **l_1623 = &g_336;
    uint8_t l_1628 = 0xD7L;
    int16_t *l_1655 = (void*)0;
    int16_t **l_1654 = &l_1655;
    int32_t l_1660 = 0x6CBEAF9FL;
    int32_t l_1661[9] = {0xC55F8BC0L,0xC55F8BC0L,0xC55F8BC0L,0xC55F8BC0L,0xC55F8BC0L,0xC55F8BC0L,0xC55F8BC0L,0xC55F8BC0L,0xC55F8BC0L};
    uint32_t l_1662 = 4UL;
    uint16_t *l_1668[7][8] = {{&g_525,&g_525,&g_525,(void*)0,&g_525,&g_525,&g_525,&g_525},{&g_525,&g_162,&g_162,&g_525,&g_525,(void*)0,&g_525,&g_525},{&g_525,&g_525,&g_525,&g_525,&g_525,&g_525,&g_525,&g_162},{&g_525,&g_525,&g_525,&g_162,&g_525,&g_525,&g_525,&g_525},{&g_162,&g_525,&g_525,&g_162,&g_525,&g_162,&g_525,&g_162},{&g_525,&g_525,&g_525,&g_525,(void*)0,&g_525,&g_525,&g_525},{&g_525,&g_525,&g_525,&g_525,(void*)0,&g_525,(void*)0,&g_525}};
    uint16_t l_1674 = 0x1779L;
    int16_t l_1680 = 0x4219L;
    int32_t *l_1681 = (void*)0;
    int32_t *l_1682 = &g_44[4][6];
    uint64_t l_1685 = 1UL;
    int64_t *l_1686 = &g_341[1];
    int8_t *l_1689[4];
    int8_t **l_1690 = &g_1168;
    int64_t *l_1691 = &g_1482;
    uint32_t l_1698 = 0x1CEEFC94L;
    int64_t l_1699 = 0L;
    uint64_t l_1700 = 4UL;
    uint8_t l_1701 = 0xE0L;
    uint64_t l_1721 = 0xF4D0D38C9C90DBCELL;
    uint64_t l_1735 = 0xCA8C4845AEB5AD41LL;
    int32_t l_1763[2];
    int64_t l_1807[4] = {8L,8L,8L,8L};
    int64_t l_1865 = (-1L);
    union U2 **l_1919 = &l_1573;
    union U2 ***l_1918 = &l_1919;
    union U2 ****l_1917 = &l_1918;
    int64_t l_1939 = 0xE74C7A466FC79D01LL;
    uint16_t l_1948 = 65535UL;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_1689[i] = &g_254.f1;
    for (i = 0; i < 2; i++)
        l_1763[i] = 1L;
    if (((((safe_div_func_int32_t_s_s(l_1551, ((((l_1552 ^ (*g_1168)) <= (p_22.f1 , (((safe_lshift_func_uint16_t_u_u((l_1574 = ((safe_mod_func_uint16_t_u_u((safe_div_func_int8_t_s_s((-1L), (safe_sub_func_int16_t_s_s(1L, (safe_mod_func_int64_t_s_s(((!(safe_div_func_uint32_t_u_u((((safe_lshift_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((p_22 , (safe_sub_func_int32_t_s_s((((((l_1572[3][0] , l_1573) != (void*)0) | l_1552) <= p_22.f3) & l_1572[3][0].f7), l_1572[3][0].f5))) >= p_22.f7), p_22.f0)), l_1572[3][0].f1)) && 0x7A27L) < 0xA4857DFDL), p_22.f5))) && 0xB1FFD7CBL), l_1572[3][0].f0)))))), p_22.f1)) < p_22.f5)), 8)) , l_1572[0][0]) , p_22.f7))) , l_1575) && p_22.f3))) | l_1576[6][1][2]) & l_1572[3][0].f7) < 0xB3L))
    { /* block id: 641 */
        uint32_t *l_1598[10] = {&g_1185.f7,&l_1572[3][0].f7,&g_1185.f7,&l_1572[3][0].f7,&g_1185.f7,&l_1572[3][0].f7,&g_1185.f7,&l_1572[3][0].f7,&g_1185.f7,&l_1572[3][0].f7};
        uint32_t **l_1597 = &l_1598[6];
        const int32_t l_1607 = (-10L);
        union U2 l_1618 = {9L};
        int32_t l_1622 = 0x9230F31AL;
        int32_t **l_1631 = &g_20;
        int16_t l_1647 = 0L;
        uint32_t l_1648 = 0x694C56DFL;
        const union U1 l_1649 = {0x2311D0E3L};
        const int16_t *l_1653 = &l_1647;
        const int16_t **l_1652[5][6][3] = {{{&l_1653,(void*)0,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,(void*)0,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,(void*)0,&l_1653},{&l_1653,&l_1653,&l_1653}},{{&l_1653,(void*)0,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,(void*)0,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,(void*)0,&l_1653},{&l_1653,&l_1653,&l_1653}},{{&l_1653,(void*)0,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,(void*)0,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653}},{{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653}},{{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653},{&l_1653,&l_1653,&l_1653}}};
        int i, j, k;
        for (g_40 = 0; (g_40 < (-18)); g_40 = safe_sub_func_uint64_t_u_u(g_40, 4))
        { /* block id: 644 */
            uint32_t *l_1593 = &g_1462;
            int32_t l_1608 = (-1L);
            uint32_t *l_1609 = &g_848[2][0].f0;
            int16_t *l_1610 = &g_414[2];
            int32_t **l_1619 = &g_90;
            struct S0 l_1621 = {0UL,1L,4,0xD1CE4350L,-1L,2UL,-745,0xE83C2320L,-8L};
            uint16_t *l_1624 = &g_525;
            int32_t *l_1625 = &g_37[0];
            int32_t l_1650 = 0x2D3CBFF4L;
            int32_t *l_1651 = &g_1506;
            l_1574 = ((((*l_1610) = (((void*)0 == (*g_1167)) , ((safe_sub_func_uint32_t_u_u(((*l_1609) ^= (l_1608 = (safe_lshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_u((*g_1168), (((((safe_sub_func_int32_t_s_s((+(*g_521)), (safe_div_func_uint8_t_u_u((g_116[0] >= (((safe_unary_minus_func_int16_t_s(((safe_sub_func_uint32_t_u_u(((*l_1593) = p_22.f3), (safe_add_func_uint8_t_u_u((~(l_1597 != ((safe_rshift_func_uint8_t_u_s((((safe_mod_func_uint8_t_u_u(((**g_1167) , (safe_mul_func_int8_t_s_s((p_22 , 1L), p_22.f2))), p_22.f3)) | p_22.f8) <= 0x07L), 6)) , l_1605))), p_22.f7)))) & l_1607))) , (*g_1167)) == (void*)0)), 255UL)))) > l_1551) == 254UL) | 0xB460FA92L) ^ l_1608))), (**g_1167))))), (*g_20))) < l_1552))) & (-1L)) <= l_1572[3][0].f2);
            (*l_1625) = ((+(safe_mul_func_uint8_t_u_u((((*l_1624) = ((((safe_sub_func_int8_t_s_s((-6L), ((safe_div_func_int16_t_s_s((((-1L) == (((p_22.f4 != ((p_22.f1 | (l_1622 = (((0x1FEAL > (l_1618 , (func_23(l_1619, l_1620, (*g_1152), l_1620, l_1621) , p_22.f7))) > 0xB9EBL) | 0xA70AL))) && l_1621.f0)) , (void*)0) != l_1623)) ^ p_22.f8), 0xBE5BL)) && (-1L)))) <= p_22.f4) , l_1618.f0) > 0x80L)) & p_22.f0), 0x1CL))) >= p_22.f2);
            (*l_1651) ^= (safe_sub_func_int64_t_s_s((((p_22.f5 == l_1628) , (****g_1162)) <= (p_22.f3 > (safe_rshift_func_int16_t_s_s(((func_23(l_1631, l_1620, (((safe_lshift_func_int8_t_s_s((l_1574 = ((safe_add_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_u((-4L), 6)) != ((safe_div_func_int64_t_s_s(((safe_sub_func_int16_t_s_s(((*l_1625) ^= p_22.f0), ((*l_1610) = (safe_rshift_func_int16_t_s_u((!(safe_add_func_int8_t_s_s(((*g_1168) = l_1647), 2UL))), 12))))) >= 0x893AL), l_1648)) , p_22.f8)), 6L)) && (*g_1168))), 6)) || (****g_1162)) , 0L), l_1649, p_22) , l_1650) == 0x59C1B659ED868F41LL), l_1576[6][1][2])))), (**l_1631)));
            (*l_1651) = (l_1652[1][1][2] == l_1654);
        }
        l_1575 = l_1572[3][0].f2;
    }
    else
    { /* block id: 661 */
        int32_t *l_1656 = &g_34;
        int32_t *l_1657 = &g_37[1];
        int32_t *l_1658 = &g_34;
        int32_t *l_1659[2][5] = {{&g_37[0],&g_37[1],&g_37[0],&g_37[0],&g_37[1]},{&g_37[1],&g_37[0],&g_37[0],&g_37[1],&g_37[0]}};
        int i, j;
        --l_1662;
        (*g_709) = func_45(p_22, &l_1659[1][1], ((*g_709) = &l_1661[7]));
    }
lbl_1744:
    (*l_1682) = (((safe_mod_func_uint64_t_u_u((p_22.f7 || (!(g_1669--))), (safe_add_func_int8_t_s_s(((l_1660 = ((p_22.f1 , (((p_22.f5 >= (l_1576[6][1][2] ^ ((l_1674--) , l_1572[3][0].f3))) , (l_1661[5] = 0xD0C3A801L)) > (l_1576[0][1][8] < ((((safe_mul_func_uint16_t_u_u(g_1679, ((l_1572[3][0].f2 & 0x6687L) | (-6L)))) != 0xCED0A298648C867CLL) , p_22.f4) == 0x7C11FEFEL)))) , p_22.f7)) , l_1576[6][1][2]), l_1572[3][0].f0)))) >= l_1620.f0) | l_1680);
    if ((((*l_1682) = (safe_sub_func_int16_t_s_s(((0x8518ADA8E4188E75LL ^ (*l_1682)) >= ((((*l_1686) = (l_1685 & 1L)) <= ((*l_1691) = (safe_rshift_func_uint16_t_u_s((((*g_1152) , l_1689[1]) != ((*l_1690) = l_1689[3])), 12)))) >= (safe_add_func_int16_t_s_s((-1L), (safe_mod_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((((((-2L) < (*g_336)) == p_22.f8) , (void*)0) == &g_1339[5][7]), l_1698)), l_1699)))))), l_1700))) & l_1701))
    { /* block id: 675 */
        uint64_t l_1703 = 1UL;
        union U1 l_1706 = {0L};
        int32_t l_1713 = 0L;
        int32_t l_1716 = 0x02809C63L;
        int32_t l_1719[3][2][5] = {{{0x9B29868AL,1L,0x7831DC1DL,1L,0x9B29868AL},{(-8L),1L,0x984FD41AL,0xBE6A8432L,0x9B29868AL}},{{0x9B29868AL,0xBE6A8432L,0x984FD41AL,1L,(-8L)},{0x9B29868AL,1L,0x7831DC1DL,1L,0x9B29868AL}},{{(-8L),1L,0x984FD41AL,0xBE6A8432L,0x9B29868AL},{0x9B29868AL,0xBE6A8432L,0x984FD41AL,1L,(-8L)}}};
        const uint64_t l_1764 = 5UL;
        int32_t l_1766[7];
        uint8_t l_1770[2];
        struct S0 l_1778 = {4294967295UL,-1L,10,0x16A1F78FL,0x19L,7UL,-1066,0x88F3A620L,0xC7A5L};
        uint32_t l_1792 = 0x67A14580L;
        int32_t **l_1803 = &g_20;
        int64_t *l_1813 = &l_1807[0];
        uint64_t l_1864 = 0x32123B9A82B7DB77LL;
        uint32_t ** const l_1934 = &l_1606[1][3];
        struct S0 l_1936[6] = {{0x3B0419C6L,0xC8L,15,0x8F2396C4L,1L,0xB3D702FD67EE046CLL,-1158,0x410AF330L,0L},{0x3B0419C6L,0xC8L,15,0x8F2396C4L,1L,0xB3D702FD67EE046CLL,-1158,0x410AF330L,0L},{0UL,6L,6,18446744073709551615UL,0L,18446744073709551615UL,-562,1UL,1L},{0x3B0419C6L,0xC8L,15,0x8F2396C4L,1L,0xB3D702FD67EE046CLL,-1158,0x410AF330L,0L},{0x3B0419C6L,0xC8L,15,0x8F2396C4L,1L,0xB3D702FD67EE046CLL,-1158,0x410AF330L,0L},{0UL,6L,6,18446744073709551615UL,0L,18446744073709551615UL,-562,1UL,1L}};
        const int32_t l_1946 = 0L;
        int i, j, k;
        for (i = 0; i < 7; i++)
            l_1766[i] = 0x6F0547E6L;
        for (i = 0; i < 2; i++)
            l_1770[i] = 0x55L;
        for (l_1575 = 0; (l_1575 >= 0); l_1575 -= 1)
        { /* block id: 678 */
            uint64_t *l_1707 = &g_254.f5;
            uint64_t l_1708 = 18446744073709551613UL;
            int32_t l_1710 = 0xEFD62792L;
            int32_t l_1712[4][2][6] = {{{4L,0xE87C7FBEL,0xE7F09297L,0x5008B08AL,(-9L),0x5008B08AL},{4L,(-3L),4L,0xE87C7FBEL,0xE7F09297L,0x5008B08AL}},{{0xC8C01244L,0xB9A8980BL,0xE7F09297L,1L,0xE7F09297L,0xB9A8980BL},{0xE7F09297L,(-3L),0x5ACA9113L,1L,(-9L),0xE87C7FBEL}},{{0xC8C01244L,0xE87C7FBEL,0x5ACA9113L,0xE87C7FBEL,0xC8C01244L,0xB9A8980BL},{4L,0xE87C7FBEL,0xE7F09297L,0x5008B08AL,(-9L),0x5008B08AL}},{{4L,(-3L),4L,0xE87C7FBEL,0xE7F09297L,0x5008B08AL},{0xC8C01244L,0xB9A8980BL,0xE7F09297L,1L,0xE7F09297L,0xB9A8980BL}}};
            uint16_t * const * const **l_1740 = (void*)0;
            uint16_t * const * const ***l_1739 = &l_1740;
            int8_t l_1765 = (-1L);
            int32_t **l_1789 = &g_20;
            const union U2 l_1806 = {0xD7131158L};
            uint16_t l_1815 = 0xA2DFL;
            uint8_t l_1832 = 0xC3L;
            struct S0 l_1837 = {0UL,0x0FL,9,18446744073709551615UL,0xBDL,0xC1293BAE79CBA122LL,722,1UL,1L};
            int16_t l_1859 = 1L;
            int32_t l_1860 = (-1L);
            union U1 l_1883[3][6][4] = {{{{0xCF4582BDL},{0x24C3187CL},{0x569C25A2L},{0x569C25A2L}},{{0xCFED5191L},{0xCFED5191L},{0xCF4582BDL},{0x569C25A2L}},{{0L},{0x24C3187CL},{0L},{0xCF4582BDL}},{{0L},{0xCF4582BDL},{0xCF4582BDL},{0L}},{{0xCFED5191L},{0xCF4582BDL},{0x569C25A2L},{0xCF4582BDL}},{{0xCF4582BDL},{0x24C3187CL},{0x569C25A2L},{0x569C25A2L}}},{{{0xCFED5191L},{0xCFED5191L},{0xCF4582BDL},{0x569C25A2L}},{{0L},{0x24C3187CL},{0L},{0xCF4582BDL}},{{0L},{0xCF4582BDL},{0xCF4582BDL},{0L}},{{0xCFED5191L},{0xCF4582BDL},{0x569C25A2L},{0xCF4582BDL}},{{0xCF4582BDL},{0x24C3187CL},{0x569C25A2L},{0x569C25A2L}},{{0xCFED5191L},{0xCFED5191L},{0xCF4582BDL},{0x569C25A2L}}},{{{0L},{0x24C3187CL},{0L},{0L}},{{0x569C25A2L},{0L},{0L},{0x569C25A2L}},{{0xCF4582BDL},{0L},{0x24C3187CL},{0L}},{{0L},{0xCFED5191L},{0x24C3187CL},{0x24C3187CL}},{{0xCF4582BDL},{0xCF4582BDL},{0L},{0x24C3187CL}},{{0x569C25A2L},{0xCFED5191L},{0x569C25A2L},{0L}}}};
            int64_t l_1884[5][10] = {{7L,(-4L),0L,(-4L),7L,0xD30DE0A8A12AE04DLL,7L,(-4L),0L,(-4L)},{1L,0L,0x7A30097822FFFE31LL,(-4L),0x7A30097822FFFE31LL,0L,1L,0L,0x7A30097822FFFE31LL,(-4L)},{0xD84C61819F7AABB3LL,(-4L),0xD84C61819F7AABB3LL,0L,7L,0L,0xD84C61819F7AABB3LL,(-4L),0xD84C61819F7AABB3LL,0L},{1L,(-4L),1L,(-4L),1L,0xD30DE0A8A12AE04DLL,1L,(-4L),1L,(-4L)},{7L,0L,0xD84C61819F7AABB3LL,(-4L),0xD84C61819F7AABB3LL,0L,7L,0L,0xD84C61819F7AABB3LL,(-4L)}};
            int16_t l_1906 = 0x63A4L;
            const uint32_t *l_1932[7][1] = {{(void*)0},{&g_1185.f7},{&g_1185.f7},{(void*)0},{&g_1185.f7},{&g_1185.f7},{(void*)0}};
            const uint32_t **l_1931 = &l_1932[3][0];
            int i, j, k;
            g_1275[l_1575] = ((g_105 , ((((!(-1L)) != ((*l_1691) = ((p_22.f4 , l_1703) , 7L))) != (l_1708 = ((safe_mod_func_int8_t_s_s((p_22.f6 && (&l_1685 == (l_1706 , l_1707))), (*g_1168))) != 0x0D61CE0FL))) , 0x12F106D2BF8DAE84LL)) , (void*)0);
            for (g_34 = 0; (g_34 <= 5); g_34 += 1)
            { /* block id: 684 */
                int32_t l_1711 = (-1L);
                int32_t l_1714 = 0xFF56A506L;
                int32_t l_1715 = (-5L);
                int32_t l_1717 = 0x2DB65A5AL;
                int32_t l_1718[8][5][6] = {{{0x629CDFA5L,9L,0x250293DAL,5L,1L,0x700E5140L},{3L,5L,(-1L),1L,1L,(-1L)},{9L,9L,(-1L),4L,0x629CDFA5L,0x700E5140L},{9L,4L,3L,1L,3L,(-1L)},{3L,9L,3L,5L,9L,0x700E5140L}},{{0x629CDFA5L,5L,(-1L),1L,9L,(-1L)},{1L,9L,(-1L),4L,3L,0x700E5140L},{1L,4L,0x250293DAL,1L,0x629CDFA5L,(-1L)},{0x629CDFA5L,9L,0x250293DAL,5L,1L,0x700E5140L},{3L,5L,(-1L),1L,1L,(-1L)}},{{9L,9L,(-1L),4L,0x629CDFA5L,0x700E5140L},{9L,4L,3L,1L,3L,(-1L)},{3L,9L,3L,5L,9L,0x700E5140L},{0x629CDFA5L,5L,(-1L),1L,9L,(-1L)},{1L,9L,(-1L),4L,3L,0x700E5140L}},{{1L,4L,0x250293DAL,1L,0x629CDFA5L,(-1L)},{0x629CDFA5L,9L,0x250293DAL,5L,1L,0x700E5140L},{3L,5L,(-1L),1L,1L,(-1L)},{9L,9L,(-1L),4L,0x629CDFA5L,3L},{5L,1L,5L,1L,0xB4F474A7L,(-1L)}},{{0xB4F474A7L,5L,5L,0x5A41351EL,5L,3L},{1L,0x5A41351EL,(-1L),1L,5L,(-1L)},{1L,5L,(-1L),1L,0xB4F474A7L,3L},{1L,1L,4L,1L,1L,(-1L)},{1L,5L,4L,0x5A41351EL,1L,3L}},{{0xB4F474A7L,0x5A41351EL,(-1L),1L,1L,(-1L)},{5L,5L,(-1L),1L,1L,3L},{5L,1L,5L,1L,0xB4F474A7L,(-1L)},{0xB4F474A7L,5L,5L,0x5A41351EL,5L,3L},{1L,0x5A41351EL,(-1L),1L,5L,(-1L)}},{{1L,5L,(-1L),1L,0xB4F474A7L,3L},{1L,1L,4L,1L,1L,(-1L)},{1L,5L,4L,0x5A41351EL,1L,3L},{0xB4F474A7L,0x5A41351EL,(-1L),1L,1L,(-1L)},{5L,5L,(-1L),1L,1L,3L}},{{5L,1L,5L,1L,0xB4F474A7L,(-1L)},{0xB4F474A7L,5L,5L,0x5A41351EL,5L,3L},{1L,0x5A41351EL,(-1L),1L,5L,(-1L)},{1L,5L,(-1L),1L,0xB4F474A7L,3L},{1L,1L,4L,1L,1L,(-1L)}}};
                int8_t l_1743 = 9L;
                uint32_t *l_1775 = &g_385;
                struct S0 l_1788 = {0x550BAF19L,-5L,14,1UL,1L,1UL,-1400,0x8A45CDC7L,0x7393L};
                uint32_t ****l_1808 = &g_1163;
                uint32_t l_1822 = 0x367EA297L;
                int16_t l_1846 = 0x1E2FL;
                uint32_t l_1861[5][8] = {{0xF4B5701AL,0xED5BE148L,0x822B467DL,0x822B467DL,0xED5BE148L,0xF4B5701AL,0x7990067EL,0x7990067EL},{0xF4B5701AL,0xED5BE148L,0x822B467DL,0x822B467DL,0xED5BE148L,0xF4B5701AL,0x7990067EL,0x7990067EL},{0xF4B5701AL,0xED5BE148L,0x822B467DL,0x822B467DL,0xED5BE148L,0xF4B5701AL,0x7990067EL,0x7990067EL},{0xF4B5701AL,0xED5BE148L,0x822B467DL,0x822B467DL,0xED5BE148L,0xF4B5701AL,0x7990067EL,0x7990067EL},{0xF4B5701AL,0xED5BE148L,0x822B467DL,0x822B467DL,0xED5BE148L,0xF4B5701AL,0x7990067EL,0x7990067EL}};
                union U2 l_1922 = {0x22042EE3L};
                int i, j, k;
                if (g_1524[(l_1575 + 3)][(l_1575 + 3)])
                { /* block id: 685 */
                    int32_t *l_1709[7][9] = {{&g_1506,&g_1506,&g_37[0],(void*)0,&g_37[0],&g_1506,&g_1506,&g_37[0],(void*)0},{&g_748,&g_34,&g_748,&l_1574,&g_1506,(void*)0,&g_263[2],(void*)0,&g_1506},{&l_1575,&g_37[0],&g_37[0],&l_1575,(void*)0,(void*)0,&l_1575,&l_1575,(void*)0},{&g_1506,(void*)0,&g_263[2],(void*)0,&g_1506,&l_1574,&g_748,&g_34,&g_748},{&l_1575,&g_1506,(void*)0,(void*)0,&g_1506,&l_1575,&g_1506,(void*)0,(void*)0},{&g_1506,&l_1574,&g_748,&g_34,&g_748,&l_1574,&g_1506,(void*)0,&g_263[2]},{(void*)0,&g_1506,(void*)0,&l_1575,&l_1575,(void*)0,&g_1506,(void*)0,&l_1575}};
                    int16_t l_1720[10] = {0x51F3L,0xAD44L,0xAD44L,0x51F3L,0xAD44L,0xAD44L,0x51F3L,0xAD44L,0xAD44L,0x51F3L};
                    int i, j;
                    l_1721++;
                    for (l_1680 = 5; (l_1680 >= 1); l_1680 -= 1)
                    { /* block id: 689 */
                        uint16_t l_1724 = 0xC164L;
                        int32_t l_1736 = 0x70480DE8L;
                        uint32_t *l_1738 = &g_254.f0;
                        uint16_t *****l_1741[6];
                        int16_t *l_1742 = &g_240;
                        union U2 *l_1745 = (void*)0;
                        union U2 **l_1746 = &l_1573;
                        const uint16_t l_1756 = 0UL;
                        int i, j;
                        for (i = 0; i < 6; i++)
                            l_1741[i] = (void*)0;
                        l_1743 = (l_1724 > (l_1717 = (p_22.f7 != (((l_1713 = ((*l_1742) = (safe_div_func_uint8_t_u_u(((safe_sub_func_int64_t_s_s((safe_sub_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_u((g_1524[g_34][g_34] = (safe_div_func_uint16_t_u_u(((((((((((l_1735 = (*g_1168)) > l_1714) ^ (l_1736 = p_22.f0)) , (p_22.f2 | ((*l_1738) = (safe_unary_minus_func_int16_t_s(p_22.f7))))) , l_1739) == (g_1338[l_1575] = l_1741[0])) || 0x13L) , p_22.f0) , (*g_336)) & l_1719[0][1][4]), (*l_1682)))), p_22.f3)), p_22.f7)), l_1724)) > l_1724), p_22.f0)))) & l_1724) & l_1718[7][1][5]))));
                        if (l_1674)
                            goto lbl_1744;
                        l_1711 = (((l_1745 = &g_1134) != ((*l_1746) = &g_1134)) || (safe_mul_func_uint8_t_u_u((g_1524[(l_1575 + 3)][g_34] = (!((*l_1738) = (safe_sub_func_uint64_t_u_u((((safe_rshift_func_uint8_t_u_s(((p_22.f8 || ((safe_mul_func_uint8_t_u_u((*g_336), l_1756)) != p_22.f1)) && p_22.f4), (safe_rshift_func_uint16_t_u_u((g_848[0][0] , (safe_mul_func_int8_t_s_s((((((safe_mod_func_int64_t_s_s(((p_22.f7 || p_22.f7) <= g_112), 0xD9C261EDC3DABA6ALL)) == p_22.f5) < 0xABD625F688AA43F6LL) & g_1524[(l_1575 + 3)][(l_1575 + 3)]) || l_1763[1]), (*g_336)))), p_22.f3)))) <= p_22.f1) < (*g_1168)), l_1764))))), (*g_1168))));
                    }
                    ++g_1767;
                    if (l_1770[0])
                        break;
                }
                else
                { /* block id: 708 */
                    uint32_t l_1783[10];
                    int16_t l_1784[9][10] = {{1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L),1L,(-1L)}};
                    uint64_t l_1786 = 1UL;
                    int32_t *l_1790 = &g_40;
                    uint32_t ***l_1827 = &g_1164;
                    int i, j;
                    for (i = 0; i < 10; i++)
                        l_1783[i] = 4294967295UL;
                    if ((((safe_mod_func_uint32_t_u_u(((safe_add_func_uint64_t_u_u((((*l_1605) = l_1775) != (void*)0), ((safe_mul_func_uint16_t_u_u(l_1765, ((l_1778 , (safe_rshift_func_uint16_t_u_s((safe_mod_func_int64_t_s_s((p_22.f8 , l_1783[7]), l_1784[5][9])), g_1785[1]))) || ((((*g_1168) = (((l_1790 = l_1790) == &l_1551) , 0x70L)) , (void*)0) != (void*)0)))) & (-1L)))) ^ (-1L)), p_22.f7)) > (*g_336)) , (-4L)))
                    { /* block id: 712 */
                        uint64_t l_1791 = 18446744073709551606UL;
                        int32_t l_1809 = 0L;
                        (*l_1682) = p_22.f6;
                        if (l_1791)
                            break;
                        ++l_1792;
                        l_1718[6][0][3] |= (l_1809 = (((safe_mod_func_int16_t_s_s((safe_div_func_int16_t_s_s(((0x19600451L >= (p_22.f6 > ((*l_1790) = (safe_mod_func_uint16_t_u_u(p_22.f1, (safe_div_func_uint64_t_u_u((l_1803 != (void*)0), (((safe_mul_func_uint16_t_u_u(l_1743, ((l_1806 , 0x0CDC82207CA2B24BLL) | p_22.f3))) == p_22.f0) || l_1714)))))))) <= p_22.f0), l_1807[2])), p_22.f7)) , (void*)0) == l_1808));
                    }
                    else
                    { /* block id: 719 */
                        if (p_22.f1)
                            break;
                        return l_1572[3][0];
                    }
                    for (l_1674 = 0; (l_1674 > 20); l_1674 = safe_add_func_int64_t_s_s(l_1674, 4))
                    { /* block id: 725 */
                        const int64_t * const l_1812 = &g_341[4];
                        int32_t l_1814 = 0L;
                        int32_t l_1820 = 1L;
                        int32_t l_1821[3][1];
                        uint32_t ***l_1829 = &g_1164;
                        uint32_t ****l_1828 = &l_1829;
                        int i, j;
                        for (i = 0; i < 3; i++)
                        {
                            for (j = 0; j < 1; j++)
                                l_1821[i][j] = 0xB649E9CCL;
                        }
                        (*l_1790) &= ((l_1814 = ((l_1812 != (l_1813 = (*g_705))) <= 0x59C82458L)) < (p_22 , ((*g_336) > (safe_lshift_func_uint8_t_u_u((safe_mod_func_int32_t_s_s(p_22.f8, 7L)), p_22.f5)))));
                        l_1712[3][1][5] |= ((l_1822--) | ((((p_22.f3 || 2L) > (((safe_lshift_func_int8_t_s_u((((((*l_1775) = ((*l_1790) > p_22.f7)) , (*g_705)) != l_1813) < (1UL ^ ((((*l_1808) = l_1827) != ((*l_1828) = ((p_22.f6 && p_22.f1) , (void*)0))) ^ 0x51L))), (*g_336))) ^ 7L) , l_1820)) , p_22.f5) ^ (-1L)));
                    }
                }
                if ((safe_mul_func_uint8_t_u_u(0x35L, (((l_1668[4][1] = &l_1674) != (void*)0) , (l_1832 != ((safe_mul_func_uint8_t_u_u((((l_1788.f8 ^ (safe_div_func_int64_t_s_s((g_341[4] = (l_1837 , (l_1714 = p_22.f3))), 0xA4D8BD5C0292E2CELL))) && g_1524[0][3]) , (*g_336)), 0x58L)) == p_22.f8))))))
                { /* block id: 739 */
                    int8_t *l_1851 = (void*)0;
                    int32_t l_1858[10] = {0x0C010496L,0x35515E72L,0x35515E72L,0x0C010496L,(-1L),0x0C010496L,0x35515E72L,0x35515E72L,0x0C010496L,(-1L)};
                    uint32_t l_1891 = 18446744073709551615UL;
                    uint32_t *l_1892 = (void*)0;
                    uint32_t *l_1893 = &l_1778.f0;
                    int16_t *l_1909 = &l_1680;
                    int i;
                    (*l_1682) = ((safe_mul_func_uint8_t_u_u(((*g_336) = (safe_lshift_func_uint8_t_u_s(((p_22.f1 ^ ((((((safe_lshift_func_int16_t_s_s(p_22.f2, 2)) || (safe_lshift_func_int8_t_s_s(l_1846, (safe_rshift_func_int16_t_s_s(p_22.f2, (safe_mul_func_int16_t_s_s(((void*)0 != l_1851), ((safe_rshift_func_int16_t_s_s((((safe_div_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u((l_1861[2][2]--), (l_1858[6] | (&g_1152 != &g_1152)))), l_1788.f1)) > p_22.f5) && 0x9414L), 0)) ^ p_22.f8)))))))) == 0x4BL) | p_22.f8) > l_1864) , (-1L))) ^ l_1865), p_22.f7))), l_1743)) | 0x988536A2L);
                    l_1718[7][1][5] ^= (l_1858[3] == (safe_mul_func_uint8_t_u_u(((*g_336) = (((safe_mul_func_int64_t_s_s((((void*)0 == &l_1718[7][4][1]) == ((p_22.f4 <= 0x6280C77CL) == ((safe_add_func_int32_t_s_s((safe_lshift_func_int8_t_s_u((safe_add_func_uint64_t_u_u(((safe_rshift_func_uint16_t_u_u((((safe_lshift_func_int8_t_s_u((*g_1168), 0)) || (((safe_unary_minus_func_int16_t_s(p_22.f3)) & (((l_1884[4][5] = ((l_1858[6] || (l_1883[2][5][2] , p_22.f0)) != 1UL)) == p_22.f3) > 0xD17AL)) <= 0x93D00F8DL)) & (*l_1682)), 10)) < p_22.f7), (-6L))), 2)), p_22.f3)) != 1L))), 0L)) != 2UL) | 247UL)), (*g_1168))));
                    (*l_1682) = (safe_mul_func_uint8_t_u_u(0xC1L, (safe_mul_func_int16_t_s_s((((safe_mod_func_int16_t_s_s(((l_1891 >= ((*l_1893)--)) , (safe_rshift_func_uint8_t_u_s(((safe_add_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(l_1714, (safe_add_func_uint32_t_u_u((safe_div_func_uint8_t_u_u((((((l_1906 = p_22.f2) || p_22.f6) > (safe_rshift_func_uint16_t_u_s((((*l_1909) = p_22.f5) == (p_22.f3 == (safe_lshift_func_uint16_t_u_u(l_1858[2], (safe_sub_func_int16_t_s_s((p_22.f3 <= 0x09L), p_22.f3)))))), p_22.f0))) , p_22.f8) , 0x54L), 0x2DL)), (-1L))))), 0x3CE6L)) | 1UL), 1))), (*l_1682))) , p_22.f1) > l_1788.f2), p_22.f2))));
                }
                else
                { /* block id: 750 */
                    union U2 ****l_1920[3];
                    int64_t **l_1921 = &l_1813;
                    const uint32_t ***l_1933 = &l_1931;
                    int32_t *l_1935 = &l_1660;
                    int i;
                    for (i = 0; i < 3; i++)
                        l_1920[i] = &l_1918;
                    (*l_1935) = ((safe_mul_func_int8_t_s_s(((!(l_1917 != l_1920[2])) & (l_1921 != (l_1922 , &l_1813))), 0xBEL)) <= (safe_mod_func_uint16_t_u_u((((~((((*l_1682) |= (safe_add_func_uint8_t_u_u((p_22.f7 || ((safe_mul_func_int8_t_s_s((~((((*l_1933) = l_1931) != l_1934) , 4294967295UL)), p_22.f8)) || p_22.f2)), 252UL))) ^ p_22.f2) > (*g_1168))) | 0x263DL) > p_22.f6), 2UL)));
                }
                return l_1936[5];
            }
        }
        (*l_1682) &= (l_1948 = (((safe_rshift_func_uint16_t_u_u((p_22.f3 , (l_1939 |= p_22.f1)), 7)) < (((((4294967295UL > p_22.f7) > p_22.f7) != (0xB3839D5DL && (((safe_lshift_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(((safe_div_func_uint32_t_u_u(8UL, ((((p_22 , p_22.f6) < l_1946) > p_22.f0) ^ g_1947[1]))) && 65535UL), p_22.f2)) > 2UL), p_22.f6)) && p_22.f1) || (-1L)))) >= 8L) & 65535UL)) < (*g_1168)));
    }
    else
    { /* block id: 761 */
        struct S0 l_1949 = {0x6B4EFFE1L,0xE2L,3,18446744073709551611UL,2L,8UL,-892,1UL,6L};
        (*l_1682) &= p_22.f2;
        (*g_709) = &l_1763[1];
        return l_1949;
    }
    return l_1572[4][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_37
 * writes: g_1185.f0 g_242 g_335 g_37
 */
static const struct S0  func_23(int32_t ** p_24, const union U1  p_25, int32_t  p_26, const union U1  p_27, struct S0  p_28)
{ /* block id: 635 */
    uint32_t l_1546[3][3][6] = {{{0xBC70A2E5L,4294967295UL,0x694BC2BBL,0x09EFA298L,1UL,0x09EFA298L},{0x7D2E6454L,0x5C814091L,0x7D2E6454L,0xFE3BB229L,0x276BC632L,0x88E12868L},{0x88E12868L,0UL,3UL,4294967293UL,1UL,4294967295UL}},{{0UL,0x276BC632L,0xBC70A2E5L,4294967293UL,0xB343A5C9L,0xFE3BB229L},{0x88E12868L,0x694BC2BBL,1UL,0xFE3BB229L,0xFE3BB229L,1UL},{0x7D2E6454L,0x7D2E6454L,0x538CEF2EL,0x09EFA298L,1UL,0UL}},{{0xBC70A2E5L,3UL,1UL,0x5C814091L,0xAA6E8B4DL,0x44B28947L},{0xFE3BB229L,0x88E12868L,0x09EFA298L,0x5C814091L,8UL,4294967295UL},{3UL,0x5C814091L,0x44B28947L,0xE6A345FDL,0x44B28947L,0x5C814091L}}};
    int32_t *l_1547 = &g_37[0];
    const struct S0 l_1548[9] = {{0x177A4F21L,0L,4,0UL,-1L,0x79B8F8B27BED20E0LL,1051,18446744073709551614UL,9L},{1UL,0xBDL,4,8UL,0x60L,1UL,-463,1UL,0xA801L},{0x177A4F21L,0L,4,0UL,-1L,0x79B8F8B27BED20E0LL,1051,18446744073709551614UL,9L},{1UL,0xBDL,4,8UL,0x60L,1UL,-463,1UL,0xA801L},{0x177A4F21L,0L,4,0UL,-1L,0x79B8F8B27BED20E0LL,1051,18446744073709551614UL,9L},{1UL,0xBDL,4,8UL,0x60L,1UL,-463,1UL,0xA801L},{0x177A4F21L,0L,4,0UL,-1L,0x79B8F8B27BED20E0LL,1051,18446744073709551614UL,9L},{1UL,0xBDL,4,8UL,0x60L,1UL,-463,1UL,0xA801L},{0x177A4F21L,0L,4,0UL,-1L,0x79B8F8B27BED20E0LL,1051,18446744073709551614UL,9L}};
    int i, j, k;
    for (g_1185.f0 = 0; g_1185.f0 < 2; g_1185.f0 += 1)
    {
        for (p_28.f1 = 0; p_28.f1 < 2; p_28.f1 += 1)
        {
            for (g_242 = 0; g_242 < 7; g_242 += 1)
            {
                g_335[g_1185.f0][p_28.f1][g_242] = (void*)0;
            }
        }
    }
    (*l_1547) |= ((!(-1L)) > l_1546[1][0][1]);
    return l_1548[3];
}


/* ------------------------------------------ */
/* 
 * reads : g_31 g_336 g_54 g_1168 g_254.f1 g_709 g_90 g_1185.f1 g_44 g_1164 g_521 g_37 g_1167 g_1134 g_254.f0 g_1146 g_1338 g_1163 g_1134.f0
 * writes: g_31 g_34 g_37 g_40 g_44 g_1184 g_385 g_90 g_54 g_254.f1 g_1185.f1 g_254.f0 g_1275 g_341 g_1134.f0
 */
static int32_t ** func_29(int32_t * p_30)
{ /* block id: 3 */
    uint64_t l_43[5];
    int32_t l_55 = (-1L);
    int32_t l_1177[1];
    int8_t l_1223 = 0x82L;
    int32_t **l_1230 = (void*)0;
    int64_t l_1242 = (-4L);
    uint64_t **l_1262 = &g_611;
    uint16_t l_1305[9][8] = {{5UL,1UL,65530UL,0xD980L,0xD980L,65530UL,1UL,5UL},{7UL,0x9D04L,65530UL,0xE8D0L,0x5B27L,0xD23FL,0x5B27L,0xE8D0L},{0xD980L,7UL,0xD980L,65534UL,0xE8D0L,0xD23FL,65530UL,65530UL},{65530UL,0x9D04L,7UL,7UL,0x9D04L,65530UL,0xE8D0L,0x5B27L},{65530UL,1UL,5UL,0x9D04L,0xE8D0L,0x9D04L,5UL,1UL},{0xD980L,5UL,0xD23FL,0x9D04L,0x5B27L,65534UL,65534UL,0x5B27L},{7UL,0x5B27L,0x5B27L,7UL,0xD980L,1UL,65534UL,65530UL},{5UL,7UL,0xD23FL,65534UL,0xD23FL,7UL,5UL,0xE8D0L},{0xD23FL,7UL,5UL,0xE8D0L,1UL,1UL,0xE8D0L,5UL}};
    const int32_t l_1376 = (-1L);
    const uint64_t l_1385 = 9UL;
    int8_t l_1391 = 1L;
    union U1 l_1445 = {0x74DCA8B3L};
    uint16_t l_1481 = 0x5ED9L;
    int64_t l_1534[8][2][8] = {{{0x5F8063CBF5486F08LL,0xA169B5E05723B49DLL,0x88561BDA70895E5FLL,1L,0L,(-4L),(-8L),0x463C5BD3099698B5LL},{0xAB1364265D887D78LL,0x35F4418730A69A2CLL,0x05D111E04ED2E32ELL,0xDBE5B12470E3A8FALL,0L,(-1L),(-10L),(-1L)}},{{0x5F8063CBF5486F08LL,0x5665820008C95A91LL,0x32D7FF72BD4E4615LL,0x463C5BD3099698B5LL,(-4L),0x368FF75AF4235450LL,(-1L),0x0ACEC80BAD13EFC9LL},{(-1L),0x9642022A965B73EALL,0L,0L,0x008B62885B2E0D76LL,0x81F9A9EAFC4A1B01LL,0x1BCBAA93E14E4CE8LL,0x368FF75AF4235450LL}},{{0x95C3FFCD4F88F664LL,0xCD2E9999B9BE7C1DLL,0x463C5BD3099698B5LL,(-1L),0x297860C50414AAD0LL,9L,0x5665820008C95A91LL,0L},{0xA169B5E05723B49DLL,0L,(-1L),0x35F4418730A69A2CLL,(-2L),0xCD2E9999B9BE7C1DLL,0xCD2E9999B9BE7C1DLL,(-2L)}},{{0xCD2E9999B9BE7C1DLL,0L,0L,0xCD2E9999B9BE7C1DLL,(-1L),0x230C81688E26AD28LL,0x95C3FFCD4F88F664LL,0xCCA0AA792392293DLL},{0xDBE5B12470E3A8FALL,0L,0xAB1364265D887D78LL,6L,(-1L),0x008B62885B2E0D76LL,(-1L),(-1L)}},{{0xF1B918DF31D276EFLL,0L,1L,6L,0x6AD029E22A672A45LL,0x230C81688E26AD28LL,0xDBE5B12470E3A8FALL,0L},{1L,0L,(-8L),0xAB1364265D887D78LL,(-1L),0xCD2E9999B9BE7C1DLL,0L,0x81F9A9EAFC4A1B01LL}},{{0x0ACEC80BAD13EFC9LL,0L,(-9L),0x403B6FA21528A810LL,0x8C9DB3CCDE441EB3LL,9L,0x6AD029E22A672A45LL,0xA169B5E05723B49DLL},{0x6CFAEFBDCE977D33LL,0xCD2E9999B9BE7C1DLL,0L,1L,0L,0x81F9A9EAFC4A1B01LL,(-1L),6L}},{{0L,(-1L),0x95C3FFCD4F88F664LL,0x6CFAEFBDCE977D33LL,0x32D7FF72BD4E4615LL,0x6CFAEFBDCE977D33LL,0x95C3FFCD4F88F664LL,(-1L)},{0xFB543BC72AF8B288LL,4L,0xCCA0AA792392293DLL,0x403B6FA21528A810LL,0L,0x5D4406C56D09F066LL,0L,0L}},{{1L,(-10L),0x5D4406C56D09F066LL,(-4L),0xFB543BC72AF8B288LL,0x6AD029E22A672A45LL,0L,0xCCA0AA792392293DLL},{1L,(-4L),0xCCA0AA792392293DLL,0x5D4406C56D09F066LL,0x05D111E04ED2E32ELL,0x9642022A965B73EALL,0x95C3FFCD4F88F664LL,(-1L)}}};
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_43[i] = 8UL;
    for (i = 0; i < 1; i++)
        l_1177[i] = (-10L);
    for (g_31 = (-12); (g_31 < (-24)); g_31 = safe_sub_func_uint64_t_u_u(g_31, 6))
    { /* block id: 6 */
        uint8_t *l_61 = &g_54;
        const uint64_t l_76[7][4] = {{18446744073709551613UL,0x3E4F79C1191D7193LL,18446744073709551615UL,18446744073709551615UL},{0UL,0UL,18446744073709551615UL,0x4BE3C25347F8B30CLL},{18446744073709551613UL,1UL,0UL,0x3E4F79C1191D7193LL},{1UL,0UL,0x4BE3C25347F8B30CLL,0UL},{0x4BE3C25347F8B30CLL,0UL,1UL,0x3E4F79C1191D7193LL},{0UL,1UL,18446744073709551613UL,0x4BE3C25347F8B30CLL},{18446744073709551615UL,0UL,0UL,18446744073709551615UL}};
        int32_t l_1175 = 6L;
        int32_t l_1176[6] = {(-6L),(-6L),0L,(-6L),(-6L),0L};
        int32_t l_1193 = 1L;
        int16_t *l_1229[2];
        int32_t *l_1231 = &l_1177[0];
        uint16_t *l_1232[9][4] = {{&g_525,(void*)0,&g_525,(void*)0},{(void*)0,&g_525,&g_525,(void*)0},{&g_525,(void*)0,&g_525,&g_525},{&g_162,&g_162,&g_525,&g_525},{&g_162,&g_525,&g_525,&g_162},{&g_525,&g_525,&g_525,&g_525},{(void*)0,&g_525,&g_525,&g_162},{&g_525,&g_525,&g_525,&g_525},{&g_525,&g_162,&g_525,&g_525}};
        int8_t l_1233[4] = {0xBCL,0xBCL,0xBCL,0xBCL};
        int8_t l_1234 = 9L;
        int8_t **l_1307 = &g_1168;
        int64_t *l_1368[2][7][7] = {{{&l_1242,&g_341[4],&g_341[4],&l_1242,&l_1242,&g_341[4],&l_1242},{&l_1242,&l_1242,&g_341[4],&g_341[4],&l_1242,&g_341[4],&g_341[4]},{&g_341[4],&l_1242,&g_341[4],&l_1242,&g_341[4],&g_341[0],(void*)0},{&g_341[4],&l_1242,&g_341[3],&l_1242,&g_341[4],(void*)0,&g_341[3]},{&g_341[1],&g_341[4],&l_1242,&g_341[4],&l_1242,(void*)0,&g_341[3]},{&g_341[4],&l_1242,&g_341[4],&l_1242,&g_341[4],&g_341[4],&l_1242},{&g_341[4],&g_341[1],&g_341[4],&l_1242,&g_341[4],&l_1242,&g_341[4]}},{{&l_1242,&g_341[4],(void*)0,&l_1242,&g_341[4],&g_341[4],&g_341[4]},{&l_1242,&g_341[0],&g_341[0],&l_1242,&g_341[4],&l_1242,&g_341[1]},{&g_341[4],&l_1242,(void*)0,&g_341[4],&g_341[1],&l_1242,&l_1242},{&g_341[0],&l_1242,&g_341[4],&l_1242,&g_341[4],&l_1242,&g_341[1]},{&g_341[4],&g_341[4],(void*)0,&l_1242,&l_1242,&l_1242,&g_341[4]},{&g_341[4],&l_1242,(void*)0,&g_341[3],&g_341[4],&g_341[4],(void*)0},{&g_341[4],(void*)0,(void*)0,&g_341[0],&l_1242,&l_1242,&g_341[0]}}};
        int32_t l_1375[7];
        int32_t l_1427 = (-10L);
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_1229[i] = &g_628;
        for (i = 0; i < 7; i++)
            l_1375[i] = (-1L);
        for (g_34 = (-8); (g_34 != (-6)); g_34 = safe_add_func_uint8_t_u_u(g_34, 1))
        { /* block id: 9 */
            uint32_t l_63 = 0x6AC9C4BDL;
            int32_t l_1174 = 1L;
            int32_t l_1178 = (-1L);
            int32_t l_1179 = 0x8247B941L;
            int32_t l_1180[1][10] = {{0L,0L,0L,0L,0L,0L,0L,0L,0L,0L}};
            uint16_t l_1181 = 0xDE8BL;
            union U1 l_1222 = {-1L};
            union U2 *l_1225[2][10] = {{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134}};
            union U2 **l_1224 = &l_1225[0][7];
            int i, j;
            for (g_37[0] = 0; (g_37[0] != (-12)); --g_37[0])
            { /* block id: 12 */
                uint32_t l_56 = 0x740323AAL;
                int32_t l_77[10] = {0x594313D3L,0x594313D3L,0x594313D3L,0x594313D3L,0x594313D3L,0x594313D3L,0x594313D3L,0x594313D3L,0x594313D3L,0x594313D3L};
                const union U2 *l_1197 = &g_297;
                const union U2 **l_1196[5] = {&l_1197,&l_1197,&l_1197,&l_1197,&l_1197};
                uint16_t ** const **l_1205 = (void*)0;
                uint16_t ** const ***l_1204 = &l_1205;
                int i;
                for (g_40 = 0; (g_40 <= (-20)); --g_40)
                { /* block id: 15 */
                    union U1 l_71[7] = {{7L},{7L},{0xB0E7FB9BL},{7L},{7L},{0xB0E7FB9BL},{7L}};
                    int32_t *l_1169 = &g_263[1];
                    int32_t *l_1170 = (void*)0;
                    int32_t *l_1171 = &g_263[3];
                    int32_t *l_1172 = &l_77[7];
                    int32_t *l_1173[9] = {&l_77[7],&g_748,&g_748,&l_77[7],&g_748,&g_748,&l_77[7],&g_748,&g_748};
                    int i;
                    for (g_44[4][6] = 0; (g_44[4][6] <= 4); g_44[4][6] += 1)
                    { /* block id: 18 */
                        uint8_t *l_53[7] = {&g_54,&g_54,&g_54,&g_54,&g_54,&g_54,&g_54};
                        uint8_t **l_62 = &l_53[3];
                        uint8_t *l_70 = (void*)0;
                        uint8_t **l_69 = &l_70;
                        int i;
                    }
                    --l_1181;
                }
                g_1184 = &g_254;
                if (l_1180[0][1])
                    break;
                for (g_385 = 3; (g_385 >= 27); g_385++)
                { /* block id: 511 */
                    union U2 *l_1192[8][2][4] = {{{&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134}},{{&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134}},{{&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134}},{{&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134}},{{&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134}},{{&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134}},{{&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134}},{{&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134}}};
                    union U2 **l_1191 = &l_1192[3][1][1];
                    union U2 ***l_1190 = &l_1191;
                    int32_t l_1206 = 0x92DC4BF1L;
                    int64_t l_1219 = 0L;
                    int i, j, k;
                    if (((((safe_add_func_uint8_t_u_u((*g_336), (((l_1190 != &l_1191) && ((((l_1193 <= ((l_1180[0][8] = (safe_sub_func_int16_t_s_s(l_43[2], ((void*)0 != l_1196[1])))) != (((safe_mul_func_uint16_t_u_u((safe_add_func_int64_t_s_s((safe_sub_func_int8_t_s_s((((&l_43[2] == &l_43[3]) || 1UL) || 0x67298D297A47B8F3LL), l_63)), 0x02ECF9BF8D4E2F22LL)), 65535UL)) < l_55) >= 0x3E5BE294L))) < l_1177[0]) & 0xC9L) != 0xC575F4CEL)) , (*g_1168)))) , l_43[3]) , l_1204) == &l_1205))
                    { /* block id: 513 */
                        int32_t *l_1207 = &l_55;
                        l_1177[0] &= (-8L);
                        (*l_1207) |= l_1206;
                    }
                    else
                    { /* block id: 516 */
                        union U1 l_1210[7][7] = {{{0L},{0L},{0x94E7B934L},{0x650275A7L},{0x94E7B934L},{0L},{0L}},{{0x7132028DL},{1L},{0xB914BDBDL},{1L},{0x7132028DL},{0xB8B8CBDBL},{-1L}},{{3L},{0x1ED8E48AL},{3L},{0x94E7B934L},{0x94E7B934L},{3L},{0x1ED8E48AL}},{{-1L},{0xC1CE59B6L},{0xB914BDBDL},{0x897C9F89L},{-1L},{1L},{-1L}},{{3L},{0x94E7B934L},{0x94E7B934L},{3L},{0x1ED8E48AL},{3L},{0x94E7B934L}},{{0x7132028DL},{0xB8B8CBDBL},{-1L},{0x897C9F89L},{-1L},{0xB8B8CBDBL},{0x7132028DL}},{{0L},{0x94E7B934L},{0x650275A7L},{0x94E7B934L},{0x94E7B934L},{0x94E7B934L},{3L}}};
                        int i, j;
                        if (l_1179)
                            break;
                        (*g_709) = p_30;
                        l_77[7] = ((safe_lshift_func_uint16_t_u_u((l_1210[0][1] , l_1174), (l_1206 | (safe_mod_func_int32_t_s_s((safe_rshift_func_uint8_t_u_s((((((((safe_add_func_uint64_t_u_u(18446744073709551608UL, (safe_rshift_func_int8_t_s_s(l_1219, (l_77[7] , (((safe_mul_func_uint8_t_u_u((1UL || l_1206), (l_1222 , l_77[6]))) == 4294967295UL) > l_1180[0][4])))))) , (void*)0) != (void*)0) , 1UL) , l_1223) != l_1175) <= l_1176[2]), l_1177[0])), 0x87A361A5L))))) , 0x32BFA6BFL);
                    }
                }
            }
            (*l_1224) = (void*)0;
        }
        if (l_1193)
            break;
        if ((((l_1175 = ((l_1231 = ((*g_709) = &l_1176[2])) != p_30)) <= l_1233[3]) && l_1177[0]))
        { /* block id: 530 */
            int64_t l_1238 = 0xFB8FB38F0FB66812LL;
            (*g_90) = (((--(*g_336)) > (!((*g_1168) = 0xECL))) <= 5UL);
            if (l_1238)
                continue;
        }
        else
        { /* block id: 535 */
            int32_t *l_1239 = &g_37[0];
            int32_t *l_1240 = &g_44[4][6];
            int32_t *l_1241[3][5][3] = {{{&g_748,(void*)0,&l_1177[0]},{&g_748,&l_1177[0],(void*)0},{&l_1177[0],&g_263[3],&g_44[0][7]},{(void*)0,&l_1177[0],&g_34},{&l_1177[0],&g_263[3],&g_34}},{{&l_1175,&l_1177[0],&l_1175},{&g_263[3],(void*)0,&l_1175},{(void*)0,&g_37[0],&g_34},{&g_34,&l_1175,&g_34},{(void*)0,&g_40,&g_44[0][7]}},{{&g_34,&g_31,(void*)0},{(void*)0,(void*)0,&l_1177[0]},{&g_263[3],(void*)0,&g_37[0]},{&l_1175,&g_31,(void*)0},{&l_1177[0],&g_40,&g_263[0]}}};
            uint8_t l_1243[8][3][4] = {{{0xF3L,0xF3L,0x39L,0x13L},{0x13L,0x84L,0x39L,0x84L},{0xF3L,0x0BL,0xF0L,0x39L}},{{0x84L,0x0BL,0x0BL,0x84L},{0x0BL,0x84L,0xF3L,0x13L},{0x0BL,0xF3L,0x0BL,0xF0L}},{{0x84L,0x13L,0xF0L,0xF0L},{0xF3L,0xF3L,0x39L,0x13L},{0x13L,0x84L,0x39L,0x84L}},{{0xF3L,0x0BL,0xF0L,0x39L},{0x84L,0x0BL,0x0BL,0x84L},{0x0BL,0x84L,0xF3L,0x13L}},{{0x0BL,0xF3L,0x0BL,0xF0L},{0x84L,0x13L,0xF0L,0xF0L},{0xF3L,0xF3L,0x39L,0x13L}},{{0x13L,0x84L,0x39L,0x84L},{0xF3L,0x0BL,0xF0L,0x39L},{0x84L,0x0BL,0x0BL,0x84L}},{{0x0BL,0x84L,0xF3L,0x13L},{0x0BL,0xF3L,0x0BL,0xF0L},{0x84L,0x13L,0xF0L,0xF0L}},{{0xF3L,0xF3L,0x39L,0x13L},{0x13L,0x84L,0x39L,0x84L},{0xF3L,0x0BL,0xF0L,0x39L}}};
            uint64_t **l_1261 = (void*)0;
            union U1 l_1264 = {0x8FFBA315L};
            int64_t l_1272 = 0x8CFA2E4A3F39C4BBLL;
            union U2 * const l_1276 = &g_1134;
            int32_t l_1289 = 0x05457533L;
            int16_t l_1340 = 0L;
            int32_t l_1341 = (-5L);
            int32_t **l_1362 = &l_1231;
            int i, j, k;
            l_1243[7][0][3]++;
            for (g_1185.f1 = 3; (g_1185.f1 >= 24); g_1185.f1 = safe_add_func_int64_t_s_s(g_1185.f1, 2))
            { /* block id: 539 */
                uint16_t l_1248 = 0UL;
                uint64_t *l_1249 = &l_43[3];
                int32_t l_1263[1][8][2];
                int32_t l_1271 = 0xFC103EDCL;
                uint16_t ****l_1303 = &g_717[0][2];
                int32_t **** const l_1345[9][4][3] = {{{&g_708[4][4],&g_708[5][4],&g_708[8][2]},{&g_708[0][1],&g_708[8][2],(void*)0},{(void*)0,&g_708[5][7],&g_708[1][4]},{&g_708[3][3],&g_708[7][2],&g_708[3][3]}},{{&g_708[4][4],&g_708[8][2],&g_708[1][4]},{&g_708[8][2],&g_708[7][6],(void*)0},{&g_708[8][2],(void*)0,&g_708[8][2]},{&g_708[8][2],&g_708[7][2],&g_708[3][2]}},{{&g_708[8][2],&g_708[8][2],(void*)0},{&g_708[8][2],&g_708[8][2],&g_708[8][2]},{&g_708[4][4],&g_708[4][4],&g_708[8][2]},{&g_708[3][3],&g_708[8][2],&g_708[8][2]}},{{(void*)0,&g_708[8][2],&g_708[1][4]},{&g_708[0][1],&g_708[7][2],&g_708[0][1]},{&g_708[4][4],(void*)0,&g_708[1][4]},{&g_708[6][2],&g_708[7][6],&g_708[3][3]}},{{&g_708[8][2],(void*)0,(void*)0},{&g_708[0][1],&g_708[7][6],&g_708[8][2]},{&g_708[8][2],&g_708[4][4],&g_708[1][4]},{&g_708[8][2],&g_708[8][2],&g_708[8][2]}},{{(void*)0,&g_708[8][2],(void*)0},{&g_708[8][2],&g_708[8][2],&g_708[0][1]},{&g_708[8][2],&g_708[4][4],&g_708[8][2]},{&g_708[3][2],&g_708[7][6],&g_708[3][2]}},{{(void*)0,(void*)0,&g_708[8][2]},{(void*)0,&g_708[8][2],&g_708[0][1]},{&g_708[8][2],&g_708[8][2],(void*)0},{&g_708[3][3],&g_708[7][6],&g_708[8][2]}},{{&g_708[8][2],&g_708[5][4],&g_708[1][4]},{(void*)0,&g_708[8][2],&g_708[8][2]},{(void*)0,(void*)0,(void*)0},{&g_708[3][2],&g_708[8][2],&g_708[3][3]}},{{&g_708[8][2],&g_708[5][4],&g_708[8][2]},{&g_708[8][2],&g_708[7][6],&g_708[8][2]},{(void*)0,&g_708[8][2],&g_708[8][2]},{&g_708[8][2],&g_708[8][2],&g_708[3][3]}}};
                int32_t **** const *l_1344 = &l_1345[3][3][1];
                int32_t **l_1363 = &l_1239;
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 8; j++)
                    {
                        for (k = 0; k < 2; k++)
                            l_1263[i][j][k] = (-7L);
                    }
                }
                if (((((*l_1240) &= ((*g_90) = (((*l_1249) = l_1248) != ((((-1L) ^ 1L) , ((*g_1168) = 1L)) || ((void*)0 == &l_1248))))) < ((**g_1164) = l_1248)) || (safe_lshift_func_uint8_t_u_s((((*l_1231) <= ((*l_1240) <= l_1248)) & l_1248), 6))))
                { /* block id: 545 */
                    int8_t l_1254 = 1L;
                    const int32_t *l_1273 = (void*)0;
                    int32_t l_1292 = 0x939C6B8DL;
                    if ((safe_rshift_func_int16_t_s_u((l_1254 >= ((safe_unary_minus_func_int32_t_s((**g_709))) || (safe_mod_func_uint32_t_u_u((((safe_lshift_func_int8_t_s_s((7UL != ((+(l_1263[0][0][1] = (l_1261 == l_1262))) ^ (l_1264 , (*l_1231)))), (65526UL && (safe_lshift_func_uint8_t_u_s((safe_sub_func_int32_t_s_s(((((safe_rshift_func_int16_t_s_u((l_1271 = ((((*l_1231) != 0x34B01380L) != (*l_1231)) && 0xE6L)), (*l_1231))) != (*l_1239)) | l_1248) | 0UL), l_1248)), (**g_1167)))))) < l_1254) && l_1272), 3UL)))), l_1254)))
                    { /* block id: 548 */
                        const int32_t **l_1274 = (void*)0;
                        union U2 *l_1278 = &g_1134;
                        union U2 **l_1277 = &l_1278;
                        g_1275[0] = l_1273;
                        (*l_1277) = l_1276;
                        return l_1230;
                    }
                    else
                    { /* block id: 552 */
                        const int32_t **l_1279 = &l_1273;
                        uint8_t * const *l_1283 = &g_336;
                        uint8_t * const **l_1282 = &l_1283;
                        uint8_t * const ***l_1284 = (void*)0;
                        uint8_t * const ***l_1285[4][8][5] = {{{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,(void*)0,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,(void*)0,&l_1282,(void*)0},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,(void*)0,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282}},{{&l_1282,&l_1282,&l_1282,&l_1282,(void*)0},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,(void*)0,&l_1282,(void*)0},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,(void*)0},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{(void*)0,&l_1282,&l_1282,&l_1282,&l_1282}},{{&l_1282,&l_1282,&l_1282,&l_1282,(void*)0},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,(void*)0,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{(void*)0,&l_1282,&l_1282,&l_1282,(void*)0},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282}},{{&l_1282,&l_1282,(void*)0,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,&l_1282,&l_1282,&l_1282,&l_1282},{&l_1282,(void*)0,&l_1282,&l_1282,&l_1282},{(void*)0,&l_1282,&l_1282,&l_1282,&l_1282}}};
                        uint8_t * const **l_1286 = &l_1283;
                        int i, j, k;
                        (*l_1279) = l_1273;
                        l_1292 ^= (safe_div_func_uint16_t_u_u(((((*l_1276) , (void*)0) == (l_1286 = l_1282)) ^ (((((safe_lshift_func_uint8_t_u_u((l_1289 , (l_1248 == ((((safe_mod_func_uint16_t_u_u(((void*)0 == &g_335[0][1][0]), 0x7712L)) > 1L) ^ (*l_1231)) && (*l_1231)))), 0)) == l_1248) , (**g_1164)) ^ 0x5F74AB30L) || 1UL)), l_1254));
                    }
                    if ((*l_1231))
                        break;
                }
                else
                { /* block id: 558 */
                    uint16_t *****l_1304 = &l_1303;
                    int8_t **l_1306 = &g_1168;
                    int32_t l_1323 = (-6L);
                    union U1 l_1337[9] = {{-1L},{-1L},{-1L},{-1L},{-1L},{-1L},{-1L},{-1L},{-1L}};
                    int32_t l_1361 = 0x273D789FL;
                    int i;
                    if ((safe_mul_func_int16_t_s_s(((safe_add_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u((*l_1239), 3)), (safe_rshift_func_int8_t_s_s(((((*l_61) ^= (safe_lshift_func_int16_t_s_s((g_1146 == (void*)0), 12))) >= (l_1263[0][1][1] < 4294967287UL)) != (((*l_1304) = l_1303) != ((((l_1305[8][3] , l_1306) == l_1307) , l_1263[0][7][1]) , &g_717[0][5]))), (*l_1231))))) , l_1248), 5L)))
                    { /* block id: 561 */
                        g_1184 = (void*)0;
                        (*g_709) = p_30;
                    }
                    else
                    { /* block id: 564 */
                        int16_t l_1314 = 0x2730L;
                        int32_t ****l_1347 = &g_708[2][7];
                        int32_t *****l_1346 = &l_1347;
                        int64_t *l_1360 = &g_341[4];
                        (*g_709) = p_30;
                        (*l_1231) = ((((safe_rshift_func_uint16_t_u_s((!(+(((*l_1239) |= ((void*)0 == p_30)) ^ (safe_div_func_uint16_t_u_u(l_1263[0][0][1], l_1314))))), 8)) == (*l_1231)) || (0x95C50E6BA76A943ALL != (safe_unary_minus_func_int8_t_s((0x8581FA14L & (((((*l_1249) = ((safe_rshift_func_int8_t_s_s((((~(safe_div_func_int32_t_s_s(((safe_mod_func_int8_t_s_s(((&p_30 == (void*)0) == 0x39L), (-1L))) || (*g_336)), 2L))) || 1UL) , l_1323), 5)) != 0UL)) == l_1314) ^ l_1314) && l_1323)))))) < (*g_336));
                        (*l_1240) |= (!(l_1271 |= (safe_mul_func_uint8_t_u_u(l_1323, (((safe_lshift_func_int8_t_s_u(((safe_sub_func_int64_t_s_s((safe_sub_func_int16_t_s_s(((l_1314 ^ (((safe_mod_func_uint32_t_u_u(((l_1337[4] , (**g_1167)) , (l_1263[0][0][1] && l_1314)), ((**g_1164) = (((void*)0 != g_1338[0]) || (1L == l_1314))))) | (*g_336)) > l_1314)) >= l_1248), (*l_1239))), l_1337[4].f0)) > 1UL), (*l_1239))) ^ l_1340) >= l_1341)))));
                        l_1361 &= ((safe_mod_func_uint32_t_u_u(((l_1344 = l_1344) != l_1346), (safe_unary_minus_func_uint64_t_u((safe_sub_func_int64_t_s_s(0L, (+(((l_1337[4].f0 <= ((l_1323 >= ((safe_mul_func_uint16_t_u_u((((***g_1163) >= (safe_sub_func_int64_t_s_s(((*l_1360) = ((-1L) > ((((safe_lshift_func_int16_t_s_s((1UL <= ((*l_1231) = (safe_lshift_func_int8_t_s_s(((*l_1231) ^ l_1323), l_1323)))), 10)) > 0x43A3L) , l_1337[4].f0) && (*g_521)))), 0xE87D217C092767C0LL))) <= l_1323), l_1337[4].f0)) | 4L)) > (*l_1240))) , l_1337[4].f0) == 18446744073709551611UL)))))))) <= 0x4A51L);
                    }
                }
                return l_1230;
            }
        }
        if (((*l_1231) ^ (safe_mul_func_int8_t_s_s(0xE9L, ((((l_1368[1][2][2] == (void*)0) >= ((*l_1231) != ((*l_1231) , (safe_mul_func_int8_t_s_s((safe_add_func_uint64_t_u_u(((l_1375[0] = (safe_div_func_int8_t_s_s((**g_1167), 0xD6L))) >= (((l_1177[0] , l_1376) <= g_37[0]) == 0xACB0L)), 0x14E80AB5990CC08DLL)), 0x4EL))))) ^ 0xF8L) == 0x0EL)))))
        { /* block id: 582 */
            uint32_t l_1384[10] = {0x582D1029L,1UL,0x582D1029L,1UL,0x582D1029L,1UL,0x582D1029L,1UL,0x582D1029L,1UL};
            int32_t *l_1386 = &l_1175;
            int i;
            (*l_1386) = (((*l_1231) = ((void*)0 == p_30)) < (safe_add_func_uint64_t_u_u((safe_rshift_func_int8_t_s_u(((safe_unary_minus_func_uint8_t_u((*g_336))) , (safe_mul_func_uint8_t_u_u(l_1384[7], l_1385))), 1)), l_1384[7])));
        }
        else
        { /* block id: 585 */
            int8_t l_1392 = 0x4EL;
            int32_t l_1399 = 0x232B2AA7L;
            union U2 *l_1426[3][7][9] = {{{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{(void*)0,&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,&g_1134,&g_1134,(void*)0},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,(void*)0,&g_1134,(void*)0,(void*)0},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,(void*)0,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,(void*)0,&g_1134,(void*)0},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134}},{{(void*)0,&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,&g_1134,&g_1134,(void*)0},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,(void*)0,&g_1134,(void*)0,(void*)0},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,(void*)0,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,(void*)0,&g_1134,(void*)0},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{(void*)0,&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,&g_1134,&g_1134,(void*)0}},{{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,(void*)0,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,(void*)0,&g_1134},{(void*)0,&g_1134,(void*)0,&g_1134,(void*)0,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{(void*)0,(void*)0,(void*)0,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,(void*)0,&g_1134,(void*)0,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134}}};
            uint32_t l_1500 = 6UL;
            int64_t *l_1520 = &g_341[4];
            int32_t l_1528 = 2L;
            int32_t l_1529 = 0xF8665FBAL;
            int32_t l_1531[8][9] = {{0xE5425EC9L,(-5L),0xC4BD2E43L,0xC7817701L,(-10L),0xA6A708E5L,0xA6A708E5L,(-10L),0xC7817701L},{(-2L),8L,(-2L),0x9BAA01FCL,1L,0x3375E392L,0x6F9B113DL,1L,1L},{(-7L),0xE5425EC9L,0L,0xA6A708E5L,0L,0xE5425EC9L,(-7L),0xC6194C70L,0xC4BD2E43L},{0x6F9B113DL,0x3375E392L,1L,0x9BAA01FCL,(-2L),8L,(-2L),0x9BAA01FCL,1L},{0xA6A708E5L,0xA6A708E5L,(-10L),0xC7817701L,0xC4BD2E43L,(-5L),0xE5425EC9L,0xC6194C70L,0xE5425EC9L},{1L,1L,0x3375E392L,0x3375E392L,1L,1L,0x7343E43CL,1L,0xAAF92072L},{0xC6194C70L,0xDFFD35EEL,(-10L),0xE6258BCCL,(-7L),(-7L),0xE6258BCCL,(-10L),0xDFFD35EEL},{1L,0x6103B670L,1L,(-2L),1L,0x9BAA01FCL,0x7343E43CL,0x7343E43CL,0x9BAA01FCL}};
            int i, j, k;
            for (g_1134.f0 = (-24); (g_1134.f0 >= 15); g_1134.f0 = safe_add_func_uint8_t_u_u(g_1134.f0, 7))
            { /* block id: 588 */
                int32_t l_1419 = 0x5A2DAE91L;
                const int8_t l_1459 = (-4L);
                int32_t **l_1463 = (void*)0;
                int32_t *l_1485 = &l_1399;
                int32_t *l_1486 = (void*)0;
                int32_t *l_1487[4] = {&l_1177[0],&l_1177[0],&l_1177[0],&l_1177[0]};
                uint32_t l_1488 = 0xB4B1C190L;
                int64_t *l_1521 = &l_1242;
                struct S0 l_1526 = {0xC011DFE2L,6L,4,0x3E7CED16L,0x04L,0x9FB13532D770A539LL,1203,0xE263A4FEL,0xD45FL};
                uint16_t l_1535 = 0x450DL;
                int i;
            }
        }
    }
    return l_1230;
}


/* ------------------------------------------ */
/* 
 * reads : g_116 g_54 g_297.f1 g_162 g_335 g_254.f4 g_105 g_254.f0 g_90 g_34 g_112 g_263 g_44 g_254.f5 g_341 g_407 g_254.f1 g_254.f3 g_240 g_254.f7 g_105.f0 g_336 g_525 g_300.f1 g_521 g_385 g_557 g_254.f2 g_297.f0 g_611 g_242 g_86 g_37 g_628 g_982 g_1075 g_164 g_1134 g_1162 g_1134.f1 g_340
 * writes: g_162 g_254.f1 g_263 g_341 g_254.f7 g_254.f5 g_242 g_240 g_412 g_414 g_20 g_54 g_521 g_525 g_557 g_340 g_164 g_708 g_751 g_254.f0 g_848.f1 g_335 g_407 g_717 g_1146 g_1152 g_1167
 */
static int32_t * func_45(struct S0  p_46, int32_t ** p_47, int32_t * p_48)
{ /* block id: 143 */
    const uint8_t l_317 = 4UL;
    int32_t l_323[8] = {1L,1L,1L,1L,1L,1L,1L,1L};
    uint32_t l_324 = 0UL;
    int16_t *l_337 = &g_240;
    uint8_t l_342 = 251UL;
    int32_t *l_486 = &g_44[4][6];
    uint16_t l_505 = 0xF8CCL;
    uint8_t l_530 = 1UL;
    int64_t *l_568[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int32_t **l_659 = &l_486;
    uint32_t l_727[7][2][9] = {{{0xF4944B25L,0x0E055EADL,0x5F4BC843L,0x2D1D7D2AL,0x861562FDL,0xF00776DDL,0xA0E20AE1L,9UL,0xEB656C79L},{0UL,0xA829DC1EL,0xF00776DDL,18446744073709551609UL,0xB7E27386L,0x861562FDL,0x861562FDL,0xB7E27386L,18446744073709551609UL}},{{0x6029DAF6L,0UL,0x6029DAF6L,0xEC80958AL,0x2FB62B3BL,0x861562FDL,18446744073709551607UL,0xA829DC1EL,1UL},{0xD1604ACEL,18446744073709551609UL,0x2FB62B3BL,0x5F4BC843L,9UL,0xF00776DDL,0UL,0x12A96B1DL,0xA0E20AE1L}},{{0x861562FDL,0xB05EA1D0L,0x2D1D7D2AL,0xEC80958AL,0xEC80958AL,0x2D1D7D2AL,0xB05EA1D0L,0x861562FDL,0x6029DAF6L},{0xEB656C79L,0xB05EA1D0L,0x0E055EADL,18446744073709551609UL,0xCA413222L,0xA0E20AE1L,0x2FB62B3BL,0x6029DAF6L,0xB7E27386L}},{{0xEC80958AL,0x861562FDL,0xEB656C79L,0UL,0xB7E27386L,0x0E055EADL,0xD1604ACEL,0x0E055EADL,0xB7E27386L},{0xA0E20AE1L,0UL,0UL,0xA0E20AE1L,0UL,0x2D1D7D2AL,0xD1604ACEL,0x6029DAF6L,0xA829DC1EL}},{{0UL,0xEB656C79L,0x861562FDL,0xEC80958AL,0UL,0x2FB62B3BL,1UL,18446744073709551609UL,0x12A96B1DL},{0x861562FDL,0x2FB62B3BL,0xEC80958AL,0x6029DAF6L,0UL,0x6029DAF6L,0xEC80958AL,0x2FB62B3BL,0x861562FDL}},{{0x5F4BC843L,0UL,0xEC80958AL,0xB05EA1D0L,0xB7E27386L,0xF00776DDL,0UL,0xCA413222L,0x6029DAF6L},{0x0E055EADL,1UL,0x861562FDL,0xCA413222L,18446744073709551607UL,0x5F4BC843L,0xA0E20AE1L,0xA0E20AE1L,0x5F4BC843L}},{{0x5F4BC843L,0xB7E27386L,0UL,0xB7E27386L,0x5F4BC843L,1UL,0xB05EA1D0L,0xA0E20AE1L,0xEB656C79L},{0x861562FDL,18446744073709551609UL,0xEB656C79L,0UL,0x2D1D7D2AL,0x12A96B1DL,0xA829DC1EL,0xCA413222L,0xF00776DDL}}};
    int16_t l_773 = (-10L);
    uint32_t l_815 = 4294967291UL;
    uint32_t **l_841 = &g_521;
    uint8_t **l_946 = &g_336;
    uint32_t l_1010 = 0x9A8FE618L;
    uint32_t ***l_1020 = &l_841;
    uint32_t *** const *l_1019 = &l_1020;
    int32_t *l_1029 = &g_44[4][6];
    int16_t l_1056[3];
    union U2 l_1062 = {0x741FC8D2L};
    uint16_t ***l_1073 = &g_557[0];
    int16_t l_1074 = 0L;
    uint64_t l_1080 = 18446744073709551615UL;
    int8_t *l_1098 = &g_848[2][0].f1;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1056[i] = 0xD408L;
lbl_1138:
    if (((safe_lshift_func_int8_t_s_u((-1L), 0)) & (g_116[1] != (safe_rshift_func_int8_t_s_s(l_317, g_54)))))
    { /* block id: 144 */
        int32_t *l_318 = (void*)0;
        int32_t *l_319 = &g_263[0];
        int32_t *l_320 = &g_263[0];
        int32_t *l_321 = &g_263[0];
        int32_t *l_322[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        uint16_t *l_327 = &g_162;
        int32_t ***l_334 = (void*)0;
        int8_t *l_338[8][3][2] = {{{&g_254.f1,&g_254.f1},{&g_254.f1,&g_86},{&g_86,&g_254.f1}},{{&g_86,&g_254.f1},{&g_86,&g_254.f1},{&g_86,&g_86}},{{&g_254.f1,&g_254.f1},{&g_254.f1,&g_254.f1},{&g_86,&g_254.f1}},{{&g_254.f1,&g_254.f1},{&g_254.f1,&g_86},{&g_86,&g_254.f1}},{{&g_86,&g_254.f1},{&g_86,&g_254.f1},{&g_86,&g_86}},{{&g_254.f1,&g_254.f1},{&g_254.f1,&g_254.f1},{&g_86,&g_254.f1}},{{&g_254.f1,&g_254.f1},{&g_254.f1,&g_86},{&g_86,&g_254.f1}},{{&g_86,&g_254.f1},{&g_86,&g_254.f1},{&g_86,&g_86}}};
        int32_t l_339 = 0x025BAF71L;
        int i, j, k;
        --l_324;
        (*l_319) |= ((g_297.f1 == (++(*l_327))) && (g_254.f1 = (safe_rshift_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((l_334 != (void*)0), (((((void*)0 == g_335[0][1][0]) <= ((((g_254.f4 , (g_105 , l_327)) == l_337) <= p_46.f5) || g_254.f0)) && l_323[4]) > (**p_47)))), g_112))));
        --l_342;
    }
    else
    { /* block id: 150 */
        int32_t **l_347 = &g_20;
        uint32_t *l_360 = (void*)0;
        union U1 l_361 = {-1L};
        union U2 *l_415 = (void*)0;
        int32_t l_478 = 8L;
        int32_t l_481[6] = {0x272A57A7L,0x272A57A7L,0x272A57A7L,0x272A57A7L,0x272A57A7L,0x272A57A7L};
        uint32_t l_482 = 18446744073709551611UL;
        uint32_t l_634 = 4294967295UL;
        uint32_t *l_691 = &l_324;
        uint16_t ***l_714 = (void*)0;
        int16_t l_718 = 8L;
        int32_t l_774 = 1L;
        uint16_t l_775 = 0UL;
        int32_t l_807[3][2][4] = {{{2L,0xE156D5C5L,0x32492198L,3L},{2L,0x32492198L,2L,(-1L)}},{{0xE156D5C5L,3L,(-1L),(-1L)},{0x32492198L,0x32492198L,1L,3L}},{{3L,0xE156D5C5L,1L,0xE156D5C5L},{0x32492198L,2L,(-1L),1L}}};
        int16_t **l_907[8][4][8] = {{{&l_337,&l_337,&l_337,&l_337,(void*)0,(void*)0,&l_337,(void*)0},{&l_337,(void*)0,&l_337,(void*)0,(void*)0,(void*)0,&l_337,&l_337},{&l_337,&l_337,(void*)0,&l_337,(void*)0,&l_337,&l_337,&l_337},{&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,(void*)0,&l_337}},{{&l_337,(void*)0,&l_337,(void*)0,(void*)0,&l_337,&l_337,&l_337},{&l_337,(void*)0,&l_337,(void*)0,(void*)0,&l_337,&l_337,(void*)0},{&l_337,(void*)0,(void*)0,&l_337,&l_337,&l_337,&l_337,&l_337},{&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,&l_337}},{{(void*)0,&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,&l_337},{&l_337,(void*)0,&l_337,&l_337,(void*)0,&l_337,&l_337,&l_337},{&l_337,(void*)0,&l_337,(void*)0,(void*)0,&l_337,&l_337,&l_337},{&l_337,(void*)0,(void*)0,(void*)0,&l_337,(void*)0,&l_337,&l_337}},{{&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,(void*)0},{&l_337,&l_337,&l_337,&l_337,&l_337,(void*)0,&l_337,(void*)0},{&l_337,&l_337,(void*)0,&l_337,&l_337,&l_337,(void*)0,&l_337},{&l_337,&l_337,(void*)0,(void*)0,(void*)0,&l_337,&l_337,(void*)0}},{{(void*)0,&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,(void*)0},{&l_337,(void*)0,&l_337,&l_337,(void*)0,(void*)0,(void*)0,&l_337},{&l_337,&l_337,&l_337,(void*)0,&l_337,&l_337,&l_337,(void*)0},{&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,&l_337}},{{(void*)0,&l_337,&l_337,&l_337,&l_337,(void*)0,&l_337,&l_337},{(void*)0,&l_337,(void*)0,&l_337,(void*)0,&l_337,(void*)0,(void*)0},{(void*)0,&l_337,(void*)0,&l_337,&l_337,&l_337,&l_337,(void*)0},{&l_337,&l_337,(void*)0,&l_337,&l_337,&l_337,&l_337,&l_337}},{{(void*)0,&l_337,&l_337,(void*)0,(void*)0,(void*)0,(void*)0,&l_337},{(void*)0,(void*)0,&l_337,(void*)0,&l_337,(void*)0,&l_337,&l_337},{(void*)0,&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,&l_337},{&l_337,&l_337,&l_337,(void*)0,&l_337,&l_337,&l_337,(void*)0}},{{&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,&l_337,(void*)0},{&l_337,(void*)0,(void*)0,&l_337,&l_337,&l_337,&l_337,&l_337},{(void*)0,&l_337,&l_337,&l_337,(void*)0,&l_337,&l_337,&l_337},{&l_337,&l_337,&l_337,&l_337,(void*)0,(void*)0,&l_337,&l_337}}};
        uint64_t l_964[3][8][9] = {{{0UL,5UL,0xD3088ECBC5B12408LL,0x3AB3FF55707902BBLL,18446744073709551612UL,0x2FDBBFE388CFA7F0LL,18446744073709551615UL,0x2FDBBFE388CFA7F0LL,18446744073709551612UL},{7UL,2UL,2UL,7UL,18446744073709551615UL,0UL,18446744073709551609UL,9UL,0x89C203CCE34AC660LL},{0x3365F53D54665B2CLL,18446744073709551615UL,0x09EE9BFC16D5341DLL,7UL,1UL,4UL,0x1C3E190D0CF72DD9LL,1UL,0x7F37871092808EB8LL},{18446744073709551615UL,18446744073709551615UL,1UL,9UL,18446744073709551615UL,9UL,1UL,18446744073709551615UL,18446744073709551615UL},{0xBD9222A6F489986ELL,0x3AB3FF55707902BBLL,0UL,1UL,18446744073709551612UL,0UL,1UL,0x1D93C2B9FEA0B065LL,0UL},{18446744073709551615UL,0UL,18446744073709551615UL,18446744073709551609UL,8UL,18446744073709551607UL,7UL,7UL,18446744073709551607UL},{0xBD9222A6F489986ELL,1UL,1UL,1UL,0xBD9222A6F489986ELL,0x7A68EB7CD511CBEBLL,18446744073709551613UL,18446744073709551612UL,0xD3088ECBC5B12408LL},{18446744073709551615UL,0x9F729B98873B5C81LL,0xFCEAFBDC93AF446DLL,2UL,0UL,0x9F5FBA425B69D594LL,0x89C203CCE34AC660LL,18446744073709551609UL,8UL}},{{0x3365F53D54665B2CLL,0x2FDBBFE388CFA7F0LL,0xE51AEE6B8C348C90LL,0UL,0x1C3E190D0CF72DD9LL,0x7A68EB7CD511CBEBLL,18446744073709551608UL,4UL,1UL},{7UL,0x9F5FBA425B69D594LL,18446744073709551615UL,8UL,18446744073709551610UL,18446744073709551607UL,18446744073709551615UL,0x9F729B98873B5C81LL,18446744073709551609UL},{0UL,0x58923BEE7C396AFALL,0x1C3E190D0CF72DD9LL,1UL,18446744073709551613UL,0UL,0UL,18446744073709551615UL,0UL},{9UL,0x9F5FBA425B69D594LL,18446744073709551608UL,18446744073709551608UL,0x9F5FBA425B69D594LL,9UL,0xFCEAFBDC93AF446DLL,18446744073709551615UL,8UL},{18446744073709551613UL,0x2FDBBFE388CFA7F0LL,18446744073709551614UL,0x1D93C2B9FEA0B065LL,18446744073709551606UL,4UL,0UL,1UL,18446744073709551615UL},{18446744073709551609UL,0x9F729B98873B5C81LL,18446744073709551615UL,18446744073709551613UL,0xFCEAFBDC93AF446DLL,0UL,0xFCEAFBDC93AF446DLL,18446744073709551613UL,18446744073709551615UL},{18446744073709551612UL,1UL,0x7F37871092808EB8LL,18446744073709551615UL,0xD3088ECBC5B12408LL,0x2FDBBFE388CFA7F0LL,0UL,0x58923BEE7C396AFALL,18446744073709551608UL},{2UL,0UL,18446744073709551609UL,1UL,7UL,0x89C203CCE34AC660LL,18446744073709551615UL,0xFCEAFBDC93AF446DLL,0xFCEAFBDC93AF446DLL}},{{18446744073709551608UL,0x3AB3FF55707902BBLL,0x7F37871092808EB8LL,18446744073709551612UL,0x7F37871092808EB8LL,0x3AB3FF55707902BBLL,18446744073709551608UL,4UL,0xBD9222A6F489986ELL},{8UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,1UL,18446744073709551615UL,0xFCEAFBDC93AF446DLL,18446744073709551615UL,18446744073709551608UL},{1UL,18446744073709551615UL,0x09EE9BFC16D5341DLL,1UL,0x2B36F7665CA17D56LL,7UL,0UL,0x1BF005B0ED0B1685LL,18446744073709551613UL},{18446744073709551610UL,0UL,18446744073709551610UL,18446744073709551615UL,0x9F5FBA425B69D594LL,1UL,0x89C203CCE34AC660LL,9UL,18446744073709551609UL},{0UL,1UL,0x7F37871092808EB8LL,4UL,0x3365F53D54665B2CLL,5UL,1UL,0x1D93C2B9FEA0B065LL,0xD3088ECBC5B12408LL},{1UL,18446744073709551607UL,2UL,18446744073709551615UL,18446744073709551615UL,2UL,18446744073709551607UL,1UL,18446744073709551610UL},{18446744073709551612UL,0xF0E37ED695F83DC6LL,0x1C3E190D0CF72DD9LL,1UL,18446744073709551606UL,18446744073709551615UL,0x7F37871092808EB8LL,4UL,0x2B36F7665CA17D56LL},{18446744073709551607UL,18446744073709551613UL,9UL,2UL,18446744073709551610UL,18446744073709551615UL,18446744073709551609UL,18446744073709551615UL,18446744073709551610UL}}};
        int32_t *l_984 = &g_5;
        int32_t * const *l_995 = (void*)0;
        uint32_t l_1004 = 0xF94F721BL;
        int i, j, k;
        if ((0x74L || (l_347 == &g_20)))
        { /* block id: 151 */
            uint8_t **l_353 = &g_336;
            uint32_t *l_359 = (void*)0;
            uint32_t **l_358[6] = {&l_359,&l_359,&l_359,&l_359,&l_359,&l_359};
            int32_t l_362 = 0L;
            int64_t *l_363 = &g_341[3];
            int32_t l_386 = 0xF418D5C4L;
            int32_t * const * const l_449 = (void*)0;
            int32_t * const * const *l_448 = &l_449;
            int32_t * const * const **l_447 = &l_448;
            int32_t * const * const ***l_446[7][2][10] = {{{&l_447,&l_447,&l_447,&l_447,&l_447,&l_447,&l_447,&l_447,(void*)0,&l_447},{(void*)0,&l_447,(void*)0,&l_447,(void*)0,(void*)0,(void*)0,&l_447,&l_447,&l_447}},{{&l_447,&l_447,(void*)0,(void*)0,&l_447,&l_447,&l_447,&l_447,&l_447,(void*)0},{&l_447,&l_447,&l_447,&l_447,(void*)0,(void*)0,&l_447,&l_447,(void*)0,&l_447}},{{&l_447,(void*)0,&l_447,&l_447,&l_447,&l_447,&l_447,&l_447,(void*)0,&l_447},{&l_447,&l_447,&l_447,&l_447,(void*)0,&l_447,&l_447,(void*)0,&l_447,&l_447}},{{&l_447,&l_447,&l_447,&l_447,(void*)0,(void*)0,&l_447,&l_447,&l_447,&l_447},{(void*)0,&l_447,&l_447,(void*)0,&l_447,&l_447,&l_447,(void*)0,&l_447,&l_447}},{{&l_447,&l_447,&l_447,(void*)0,(void*)0,&l_447,&l_447,(void*)0,(void*)0,(void*)0},{&l_447,&l_447,&l_447,(void*)0,&l_447,&l_447,(void*)0,(void*)0,&l_447,&l_447}},{{(void*)0,&l_447,&l_447,(void*)0,(void*)0,(void*)0,&l_447,&l_447,(void*)0,&l_447},{&l_447,(void*)0,(void*)0,&l_447,&l_447,(void*)0,&l_447,(void*)0,&l_447,&l_447}},{{&l_447,&l_447,&l_447,&l_447,(void*)0,(void*)0,&l_447,&l_447,&l_447,&l_447},{&l_447,(void*)0,&l_447,&l_447,&l_447,(void*)0,(void*)0,&l_447,&l_447,&l_447}}};
            int32_t *l_499 = &g_263[4];
            int32_t l_588[3];
            int32_t *l_593[5] = {&g_37[0],&g_37[0],&g_37[0],&g_37[0],&g_37[0]};
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_588[i] = 0xE8DEFB1AL;
            if ((safe_rshift_func_uint8_t_u_u((!(safe_mod_func_uint16_t_u_u((&g_336 == l_353), (safe_mul_func_int8_t_s_s(0x42L, ((g_44[0][6] , ((((*l_363) = ((safe_mod_func_int32_t_s_s((((((p_46 , p_46.f1) , 0xDE9C2F8FL) , l_361) , 1UL) != 0xBF14L), 0x92343FF1L)) , l_362)) > 1L) , 0xC265CB3766234EABLL)) <= 18446744073709551610UL)))))), 3)))
            { /* block id: 155 */
                uint64_t l_387 = 0xCE49B26BF4496314LL;
                int8_t *l_434[5][7] = {{&g_86,&g_86,&g_86,&g_86,&g_86,&g_86,&g_86},{&g_86,(void*)0,(void*)0,&g_86,(void*)0,(void*)0,&g_86},{(void*)0,&g_86,(void*)0,(void*)0,&g_86,(void*)0,(void*)0},{&g_86,&g_86,&g_86,&g_86,&g_86,&g_86,&g_86},{&g_86,(void*)0,(void*)0,&g_86,(void*)0,(void*)0,&g_86}};
                int32_t l_461 = 1L;
                int32_t l_462[8][7] = {{0x0DCE6D11L,0x10752BC1L,0x10752BC1L,0x0DCE6D11L,0x4A181349L,0x6F961EE4L,0x4A181349L},{0x0DCE6D11L,0x10752BC1L,0x10752BC1L,0x0DCE6D11L,0x4A181349L,0x6F961EE4L,0x4A181349L},{0x0DCE6D11L,0x10752BC1L,0x10752BC1L,0x0DCE6D11L,0x4A181349L,0x6F961EE4L,0x4A181349L},{0x0DCE6D11L,0x10752BC1L,0x10752BC1L,0x0DCE6D11L,0x4A181349L,0x6F961EE4L,0x4A181349L},{0x0DCE6D11L,0x10752BC1L,0x10752BC1L,0x0DCE6D11L,0x4A181349L,0x6F961EE4L,0x4A181349L},{0x0DCE6D11L,0x10752BC1L,0x10752BC1L,0x0DCE6D11L,0x4A181349L,0x6F961EE4L,0x4A181349L},{0x0DCE6D11L,0x10752BC1L,0x10752BC1L,0x0DCE6D11L,0x4A181349L,0x6F961EE4L,0x4A181349L},{0x0DCE6D11L,0x10752BC1L,0x10752BC1L,0x0DCE6D11L,0x4A181349L,0x6F961EE4L,0x4A181349L}};
                uint16_t l_493[3];
                uint8_t l_496[7] = {0xD3L,255UL,255UL,0xD3L,255UL,255UL,0xD3L};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_493[i] = 0xD7ABL;
                for (g_254.f7 = 13; (g_254.f7 <= 41); g_254.f7 = safe_add_func_uint32_t_u_u(g_254.f7, 3))
                { /* block id: 158 */
                    int64_t * const l_382 = &g_341[3];
                    union U1 l_383[5] = {{0x1490F189L},{0x1490F189L},{0x1490F189L},{0x1490F189L},{0x1490F189L}};
                    uint32_t *l_384[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_384[i] = &g_385;
                    l_387 &= ((safe_rshift_func_uint8_t_u_u(l_362, (((((safe_mul_func_int8_t_s_s(((l_386 &= (safe_mul_func_int8_t_s_s((+18446744073709551615UL), ((safe_sub_func_uint64_t_u_u(0x8F1AD1F4B11E6578LL, (g_254.f5--))) == (((void*)0 == &g_162) | ((((p_46.f7 = (p_46.f8 && (g_341[5] , (safe_rshift_func_uint16_t_u_s((safe_sub_func_int8_t_s_s(((+((((l_363 == l_382) ^ l_324) , l_383[2]) , 0x56L)) > 0L), (-3L))), 5))))) , 0L) | l_317) && g_116[0])))))) | l_383[2].f0), 0L)) == 0xA0EFL) != p_46.f2) ^ 0x51F52D0FL) < 0x44D8428AL))) & 0xAA0F5035L);
                    for (g_242 = (-24); (g_242 == (-1)); g_242 = safe_add_func_uint32_t_u_u(g_242, 7))
                    { /* block id: 165 */
                        uint32_t l_390[2];
                        const union U2 *l_406 = &g_297;
                        const union U2 **l_405 = &l_406;
                        int8_t *l_409 = &g_254.f1;
                        uint16_t *l_410 = &g_162;
                        int16_t *l_411 = &g_412;
                        int16_t *l_413 = &g_414[2];
                        union U2 **l_416 = &l_415;
                        int32_t *l_417 = (void*)0;
                        int32_t *l_418 = (void*)0;
                        int32_t *l_419 = &l_323[1];
                        int i;
                        for (i = 0; i < 2; i++)
                            l_390[i] = 0x6BE6D2AFL;
                        l_383[2].f0 ^= ((0UL | l_390[1]) == (((((*l_416) = ((safe_div_func_int32_t_s_s(((0xC0A0A953E3AA3E22LL && 0L) >= (((*l_413) = ((*l_411) = (g_240 ^= ((safe_sub_func_uint64_t_u_u((safe_sub_func_int32_t_s_s((safe_sub_func_int64_t_s_s((safe_lshift_func_uint16_t_u_s((g_105 , ((*l_410) = ((safe_mul_func_int8_t_s_s(p_46.f7, ((*l_409) &= (safe_div_func_int64_t_s_s((((8UL & 4294967286UL) , l_405) == g_407[3]), p_46.f5))))) >= (**p_47)))), 0)), g_263[0])), g_254.f3)), l_362)) && (*g_90))))) < l_387)), 6UL)) , l_415)) != (*l_405)) , 0x4C7EL) , 0UL));
                        (*l_419) = (*g_90);
                        (*l_347) = (void*)0;
                    }
                }
                if ((**p_47))
                { /* block id: 177 */
                    uint8_t l_460[6] = {1UL,1UL,1UL,1UL,1UL,1UL};
                    uint32_t *l_464 = &g_254.f7;
                    int32_t l_476 = 8L;
                    int32_t l_477 = 0xB719BE68L;
                    int i;
                    for (l_342 = 14; (l_342 < 59); ++l_342)
                    { /* block id: 180 */
                        return (*p_47);
                    }
                    if ((safe_rshift_func_int16_t_s_s(0x6367L, 8)))
                    { /* block id: 183 */
                        uint16_t l_424 = 0x21E9L;
                        const uint64_t l_431 = 0UL;
                        int32_t *l_435 = &l_386;
                        union U2 l_459[8][5][5] = {{{{0xDD03992DL},{6L},{0x6558930EL},{7L},{0L}},{{0x87C2FF62L},{0xA0879DE3L},{-7L},{-7L},{0xA0879DE3L}},{{0xD0A85428L},{0x0AF9A6D1L},{-5L},{0x6DC95982L},{-1L}},{{0L},{4L},{-1L},{3L},{-9L}},{{0xA6A168FFL},{-6L},{0x0B686B2EL},{-9L},{-6L}}},{{{0L},{-1L},{-3L},{0xDD03992DL},{0xD4951C92L}},{{0xD0A85428L},{-1L},{0x6702D9FAL},{0xDA1782BFL},{0L}},{{0x87C2FF62L},{0x6702D9FAL},{0xBA44F817L},{4L},{0x6558930EL}},{{0xDD03992DL},{0x445A098DL},{-2L},{7L},{1L}},{{7L},{0xE29F6B76L},{0x02C4A938L},{0xDA3DA945L},{0x87C2FF62L}}},{{{0x6702D9FAL},{0x1D338BE9L},{0xA6A168FFL},{0xFB4AFE94L},{1L}},{{0L},{0x85BE2267L},{-9L},{0xA6A168FFL},{0x54B0473FL}},{{0x47A8D4F1L},{0xD0A85428L},{0x20941F19L},{-3L},{0x6DC95982L}},{{-6L},{0x9F0F6E98L},{1L},{0x4A4C4555L},{1L}},{{0xDA3DA945L},{0L},{0x35B685EAL},{0xE29F6B76L},{-6L}}},{{{-1L},{0x86036BE4L},{0xDD03992DL},{1L},{0x02C4A938L}},{{0L},{0x0B686B2EL},{-9L},{-1L},{-1L}},{{0x86036BE4L},{0xDA1782BFL},{0x1EE968C4L},{1L},{1L}},{{1L},{0x35B685EAL},{1L},{0x0AF9A6D1L},{-1L}},{{0x8D84EE45L},{-7L},{0xD23F55A9L},{-7L},{0x8D84EE45L}}},{{{0x6ED72C7CL},{0xF1542C0FL},{0x0B686B2EL},{0xDA1782BFL},{0L}},{{0xDA1782BFL},{0xE29F6B76L},{0x1D338BE9L},{0L},{0L}},{{0x9F0F6E98L},{0x6DA62A7CL},{-9L},{0xF1542C0FL},{0L}},{{0xF84AA7D7L},{0L},{3L},{-9L},{0x8D84EE45L}},{{0L},{-1L},{0L},{0x747A4464L},{-1L}}},{{{0x35B685EAL},{0x47A8D4F1L},{-7L},{0x6DC95982L},{1L}},{{0xF1542C0FL},{0x54B0473FL},{-2L},{0xBA44F817L},{-1L}},{{-9L},{0xE64F4765L},{0x85BE2267L},{7L},{0x02C4A938L}},{{6L},{1L},{1L},{-6L},{-6L}},{{0x864CFC30L},{0x6702D9FAL},{-5L},{-10L},{1L}}},{{{0x559BE43BL},{1L},{0L},{7L},{0x6DC95982L}},{{-1L},{1L},{-9L},{-6L},{0x04177381L}},{{7L},{0x6702D9FAL},{1L},{0x1D338BE9L},{0xC20D257FL}},{{0x2461E030L},{1L},{0L},{0x559BE43BL},{7L}},{{1L},{0xE64F4765L},{0xDA3DA945L},{6L},{-3L}}},{{{0xA0879DE3L},{0x54B0473FL},{0L},{0L},{-7L}},{{0x6558930EL},{0x47A8D4F1L},{-1L},{0x85BE2267L},{0x6DA62A7CL}},{{-7L},{-1L},{-1L},{-7L},{-1L}},{{-5L},{0L},{-7L},{1L},{0x5F19F81DL}},{{-1L},{0x6DA62A7CL},{0xA6A168FFL},{-1L},{0xDA3DA945L}}}};
                        int i, j, k;
                        (*l_435) = (((((l_424 && (+p_46.f6)) != p_46.f4) ^ l_387) >= (safe_div_func_uint64_t_u_u((l_424 == (safe_lshift_func_int8_t_s_s((p_46.f4 , (+(l_431 || (safe_add_func_int8_t_s_s((p_46.f1 = ((l_434[1][0] == &g_86) , p_46.f4)), l_387))))), 3))), g_112))) > p_46.f3);
                        l_462[6][5] = ((safe_mod_func_int64_t_s_s(((safe_rshift_func_int16_t_s_u(0x5795L, 2)) , (((safe_sub_func_uint16_t_u_u((g_254.f7 <= ((safe_sub_func_int32_t_s_s((l_446[1][1][0] == (void*)0), ((safe_lshift_func_uint16_t_u_s((++g_162), (l_461 = ((safe_unary_minus_func_uint64_t_u((safe_sub_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(((*l_435) & (-3L)), ((p_46.f0 = (l_323[4] >= 0UL)) > (l_459[3][4][3] , (*g_90))))), p_46.f8)))) > l_460[5])))) == p_46.f1))) > g_105.f0)), p_46.f2)) , 0L) && g_297.f1)), 0xF8F4E655ADB4B4B1LL)) | p_46.f8);
                    }
                    else
                    { /* block id: 190 */
                        union U2 l_463 = {-3L};
                        int32_t l_479 = 0x198496C2L;
                        int32_t l_480 = 0x1B8C1F87L;
                        l_476 = ((l_463 , l_464) == (((((safe_rshift_func_uint8_t_u_u((safe_unary_minus_func_uint64_t_u(p_46.f3)), 3)) >= 0x74L) >= l_462[4][3]) <= (safe_rshift_func_int8_t_s_s((l_460[2] > (safe_sub_func_int32_t_s_s(((safe_rshift_func_int16_t_s_s(0xCD94L, 9)) , 0xE0242FB9L), ((safe_add_func_int16_t_s_s(p_46.f2, p_46.f6)) < 255UL)))), 1))) , &g_385));
                        --l_482;
                        (*l_347) = &l_480;
                    }
                }
                else
                { /* block id: 195 */
                    uint64_t l_485[10] = {0xF2097EA0F97B40B0LL,0xF2097EA0F97B40B0LL,0UL,0xF2097EA0F97B40B0LL,0xF2097EA0F97B40B0LL,0UL,0xF2097EA0F97B40B0LL,0xF2097EA0F97B40B0LL,0UL,0xF2097EA0F97B40B0LL};
                    int32_t l_488 = 3L;
                    int32_t l_491 = 0xCCD274CBL;
                    int8_t l_492[4];
                    int i;
                    for (i = 0; i < 4; i++)
                        l_492[i] = 0x21L;
                    if ((l_323[1] = l_485[0]))
                    { /* block id: 197 */
                        return l_486;
                    }
                    else
                    { /* block id: 199 */
                        int32_t l_487[10][3][5] = {{{1L,1L,0xF1A7D4CAL,0xF9FC34CEL,(-1L)},{0x25C9D430L,0x0B704AC2L,(-1L),(-1L),(-1L)},{0xF1A7D4CAL,8L,1L,0L,(-4L)}},{{0x74430670L,0x4E47F248L,0xBA8E77ACL,(-1L),0xA43C3185L},{0x7104E705L,(-1L),0xBA8E77ACL,0xF9FC34CEL,0x72BB9E96L},{0xAF5F7CE4L,0L,1L,(-1L),0L}},{{0xF2CD97F4L,(-1L),(-1L),0L,0L},{0xF2CD97F4L,0x4E47F248L,0xF1A7D4CAL,0L,0L},{0xAF5F7CE4L,8L,0xAF5F7CE4L,0xE6FF043AL,0xBA8E77ACL}},{{0L,(-4L),0x1C13AE78L,0xE6FF043AL,(-5L)},{0x1C13AE78L,0L,0x953B5F3BL,0xF1A7D4CAL,1L},{6L,(-1L),0x1C13AE78L,(-5L),1L}},{{(-3L),(-1L),0x99448F27L,0x25C9D430L,0x7104E705L},{3L,0L,6L,0x74430670L,0x25C9D430L},{(-3L),(-4L),0xD7AE46F7L,1L,0x25C9D430L}},{{6L,(-1L),0xF0E02443L,0xBA8E77ACL,0x7104E705L},{0x1C13AE78L,0xFA238AC7L,(-6L),1L,1L},{0L,0xE5AA65B5L,(-6L),0x74430670L,1L}},{{0x99448F27L,1L,0xF0E02443L,0x25C9D430L,(-5L)},{(-1L),0xE5AA65B5L,0xD7AE46F7L,(-5L),0xBA8E77ACL},{(-1L),0xFA238AC7L,6L,0xF1A7D4CAL,0xF1A7D4CAL}},{{0x99448F27L,(-1L),0x99448F27L,0xE6FF043AL,0xBA8E77ACL},{0L,(-4L),0x1C13AE78L,0xE6FF043AL,(-5L)},{0x1C13AE78L,0L,0x953B5F3BL,0xF1A7D4CAL,1L}},{{6L,(-1L),0x1C13AE78L,(-5L),1L},{(-3L),(-1L),0x99448F27L,0x25C9D430L,0x7104E705L},{3L,0L,6L,0x74430670L,0x25C9D430L}},{{(-3L),(-4L),0xD7AE46F7L,1L,0x25C9D430L},{6L,(-1L),0xF0E02443L,0xBA8E77ACL,0x7104E705L},{0x1C13AE78L,0xFA238AC7L,(-6L),1L,1L}}};
                        int32_t l_489 = 1L;
                        int32_t l_490[3];
                        int i, j, k;
                        for (i = 0; i < 3; i++)
                            l_490[i] = 0xE78713BAL;
                        l_361.f0 &= (**p_47);
                        l_493[1]--;
                    }
                }
                l_496[5]++;
                return l_499;
            }
            else
            { /* block id: 206 */
                uint16_t l_514 = 0x9746L;
                uint32_t *l_519 = (void*)0;
                int32_t l_523[4][3] = {{(-3L),(-3L),(-3L)},{1L,1L,1L},{(-3L),(-3L),(-3L)},{1L,1L,1L}};
                int64_t *l_567 = &g_341[5];
                uint16_t *l_591 = &l_505;
                int32_t l_625 = 1L;
                int i, j;
                for (l_482 = 0; (l_482 == 30); l_482 = safe_add_func_uint16_t_u_u(l_482, 7))
                { /* block id: 209 */
                    uint16_t *l_515[2];
                    int32_t l_516[4];
                    uint32_t *l_520 = &l_324;
                    int i;
                    for (i = 0; i < 2; i++)
                        l_515[i] = &g_162;
                    for (i = 0; i < 4; i++)
                        l_516[i] = 0xB89665E8L;
                    for (g_242 = 0; (g_242 > (-3)); g_242 = safe_sub_func_uint64_t_u_u(g_242, 5))
                    { /* block id: 212 */
                        int16_t l_504 = (-1L);
                        l_505++;
                        (*l_499) = 0x8A04FE5EL;
                        if ((*g_90))
                            continue;
                        return (*p_47);
                    }
                    if ((safe_sub_func_uint8_t_u_u(((l_516[3] |= ((safe_lshift_func_uint8_t_u_s((safe_rshift_func_int8_t_s_u(l_514, 0)), 3)) & 0x59B0A2A4DAAF7661LL)) , (--(**l_353))), (p_46.f3 , (-1L)))))
                    { /* block id: 220 */
                        int16_t l_522 = 0xEC0BL;
                        int32_t l_524[9] = {0x8A484F9CL,4L,0x8A484F9CL,4L,0x8A484F9CL,4L,0x8A484F9CL,4L,0x8A484F9CL};
                        int i;
                        (*l_499) = ((l_519 = p_48) == (g_521 = (l_520 = l_520)));
                        (*l_347) = (void*)0;
                        g_525--;
                    }
                    else
                    { /* block id: 227 */
                        (*l_499) &= (safe_rshift_func_int8_t_s_s(0xB0L, g_300.f1));
                    }
                    --l_530;
                }
                for (g_242 = 22; (g_242 < (-12)); g_242 = safe_sub_func_int64_t_s_s(g_242, 8))
                { /* block id: 234 */
                    int8_t l_549 = (-1L);
                    uint64_t *l_550 = &g_254.f5;
                    int16_t *l_551 = (void*)0;
                    int32_t *l_554 = &l_523[2][2];
                    uint8_t l_584 = 0UL;
                    if (((safe_lshift_func_int16_t_s_s((g_414[2] = ((*g_521) , ((*l_337) = (((((((-1L) & (safe_lshift_func_int8_t_s_u(p_46.f3, ((g_254.f1 < (&l_360 != &l_519)) == (*g_336))))) | (safe_div_func_uint16_t_u_u(((g_112 | ((safe_sub_func_uint16_t_u_u((safe_lshift_func_int8_t_s_u(((((*l_550) = (safe_add_func_uint64_t_u_u(0xFAD87F8DE6857F96LL, l_549))) ^ l_523[2][2]) , g_385), p_46.f5)), l_523[0][0])) , p_46.f6)) , 0xC24AL), 0xE16EL))) == p_46.f0) && l_523[2][1]) ^ (**p_47)) , 0x0A8CL)))), g_300.f1)) , 4L))
                    { /* block id: 238 */
                        (*l_499) = (safe_div_func_int16_t_s_s(p_46.f6, p_46.f5));
                        if ((*g_90))
                            break;
                    }
                    else
                    { /* block id: 241 */
                        (*l_499) |= 0x1BA7330FL;
                        return (*p_47);
                    }
                    for (g_525 = 15; (g_525 >= 10); g_525--)
                    { /* block id: 247 */
                        int64_t **l_569 = &l_568[3];
                        int64_t **l_570 = (void*)0;
                        int64_t **l_571 = &l_363;
                        uint32_t l_582 = 4UL;
                        uint8_t **l_583[6][10][2] = {{{(void*)0,(void*)0},{&g_336,&g_336},{&g_336,(void*)0},{&g_336,&g_336},{&g_336,&g_336},{(void*)0,(void*)0},{(void*)0,(void*)0},{&g_336,&g_336},{(void*)0,&g_336},{&g_336,(void*)0}},{{&g_336,&g_336},{(void*)0,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336},{(void*)0,(void*)0},{(void*)0,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336}},{{(void*)0,&g_336},{&g_336,(void*)0},{&g_336,&g_336},{(void*)0,&g_336},{&g_336,(void*)0},{(void*)0,(void*)0},{(void*)0,&g_336},{&g_336,&g_336},{&g_336,(void*)0},{&g_336,&g_336}},{{&g_336,(void*)0},{(void*)0,(void*)0},{&g_336,(void*)0},{(void*)0,(void*)0},{&g_336,&g_336},{&g_336,&g_336},{(void*)0,&g_336},{(void*)0,(void*)0},{&g_336,(void*)0},{(void*)0,&g_336}},{{(void*)0,&g_336},{&g_336,&g_336},{&g_336,(void*)0},{(void*)0,(void*)0},{&g_336,(void*)0},{(void*)0,&g_336},{(void*)0,&g_336},{&g_336,(void*)0},{&g_336,(void*)0},{(void*)0,(void*)0}},{{&g_336,(void*)0},{&g_336,&g_336},{&g_336,(void*)0},{&g_336,&g_336},{(void*)0,&g_336},{(void*)0,(void*)0},{&g_336,&g_336},{(void*)0,(void*)0},{&g_336,&g_336},{&g_336,&g_336}}};
                        int i, j, k;
                        g_557[0] = g_557[0];
                        l_523[3][0] = (((safe_div_func_uint8_t_u_u((safe_add_func_int16_t_s_s((safe_div_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_s((l_567 != ((*l_571) = ((*l_569) = l_568[4]))), (safe_add_func_uint64_t_u_u(0UL, (safe_rshift_func_int8_t_s_u(((**p_47) >= (6UL | (0x2FBAF79D217B619ALL & (safe_mul_func_int16_t_s_s((safe_mul_func_int8_t_s_s(p_46.f8, g_105.f0)), ((((safe_mod_func_uint16_t_u_u(1UL, l_582)) == (-4L)) , l_583[2][8][0]) == (void*)0)))))), 3)))))) || p_46.f5), l_584)), g_54)), 7L)) , &l_554) == (void*)0);
                    }
                }
                if (((safe_mul_func_uint16_t_u_u((4294967293UL < ((p_46.f1 <= 255UL) ^ (((*l_591) &= (((*l_486) <= ((((((!(l_588[1] < (*l_486))) < g_254.f5) || (((**l_353) = (safe_lshift_func_int8_t_s_s(((g_254.f2 , 6L) ^ 0x3EL), (*l_486)))) , (*g_336))) | l_523[1][1]) | 0x5A77E8FCL) > (*l_486))) , p_46.f3)) >= p_46.f0))), g_254.f3)) || 0x8A4EDC87CF69EDB5LL))
                { /* block id: 256 */
                    int8_t l_596[10] = {0xB5L,0xB5L,0xB5L,0xB5L,0xB5L,0xB5L,0xB5L,0xB5L,0xB5L,0xB5L};
                    uint32_t l_616 = 0xA8B49080L;
                    uint8_t *l_626 = &l_530;
                    int32_t l_627 = 0x599C2850L;
                    int32_t l_629 = 9L;
                    int32_t l_630 = 0x2992BE82L;
                    int32_t l_631 = 0x39E50464L;
                    int32_t l_632 = (-1L);
                    int32_t l_633[7];
                    int i;
                    for (i = 0; i < 7; i++)
                        l_633[i] = 0xC0CD18A8L;
                    for (l_482 = 0; (l_482 <= 8); l_482 += 1)
                    { /* block id: 259 */
                        int32_t *l_592 = &l_386;
                        return l_593[0];
                    }
                    for (g_340 = 0; (g_340 == 11); g_340 = safe_add_func_uint8_t_u_u(g_340, 3))
                    { /* block id: 264 */
                        uint8_t l_597[1][10] = {{0UL,0UL,0xE5L,0UL,0xE5L,0UL,0UL,0xE5L,0UL,0xE5L}};
                        int i, j;
                        --l_597[0][5];
                    }
                    l_323[4] = ((safe_rshift_func_uint8_t_u_s((safe_sub_func_int16_t_s_s(l_596[6], (p_46.f6 | ((*l_486) | g_297.f0)))), 5)) != (safe_mul_func_int16_t_s_s(((((*l_626) |= ((safe_add_func_int16_t_s_s((safe_add_func_uint16_t_u_u((((~(((void*)0 == g_611) >= (safe_lshift_func_int8_t_s_s((safe_sub_func_int8_t_s_s((l_596[6] > (l_616 | ((safe_rshift_func_int16_t_s_u(((p_46.f1 = (safe_add_func_uint16_t_u_u((++(*l_591)), (safe_mod_func_int64_t_s_s(0xAADFE0F1F04E037FLL, g_254.f2))))) | 0x36L), p_46.f5)) < 3UL))), l_625)), g_242)))) , g_54) , p_46.f8), 0xA990L)), l_616)) <= l_625)) <= g_86) , (*l_486)), (*l_486))));
                    --l_634;
                }
                else
                { /* block id: 272 */
                    (*l_499) = 1L;
                }
            }
        }
        else
        { /* block id: 276 */
            union U2 l_657 = {-1L};
            int32_t **l_658 = &l_486;
            int32_t l_666 = 0L;
            uint64_t l_676 = 9UL;
            int32_t l_758 = 0L;
            int32_t l_759 = (-1L);
            int32_t l_760[1];
            uint16_t ****l_937 = &l_714;
            uint64_t l_949 = 0x62809ED9059E45D1LL;
            union U2 * const **l_987 = &g_407[3];
            int8_t *l_1006[2][9] = {{(void*)0,&g_254.f1,&g_254.f1,(void*)0,&g_848[2][0].f1,&g_848[2][0].f1,&g_848[2][0].f1,(void*)0,&g_254.f1},{&g_848[2][0].f1,&g_848[2][0].f1,&g_254.f1,&g_848[2][0].f1,&g_848[2][0].f1,&g_848[2][0].f1,&g_254.f1,&g_848[2][0].f1,&g_848[2][0].f1}};
            int i, j;
            for (i = 0; i < 1; i++)
                l_760[i] = 0L;
lbl_674:
            for (l_361.f1 = 0; (l_361.f1 >= 45); l_361.f1 = safe_add_func_int16_t_s_s(l_361.f1, 6))
            { /* block id: 279 */
                int8_t *l_664 = &g_254.f1;
                int32_t l_665 = 0x38CEC162L;
                int32_t *l_667 = &l_478;
                (*l_667) = (l_666 |= (safe_sub_func_int8_t_s_s(((safe_sub_func_int32_t_s_s((g_37[0] , (((((safe_add_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u(p_46.f6, (safe_rshift_func_int8_t_s_u(((*l_664) = (p_46 , (safe_sub_func_uint32_t_u_u((0xE99A2CFFL <= (safe_div_func_int8_t_s_s((((*l_337) |= (safe_mul_func_uint8_t_u_u(((*g_336) = ((l_657 , (void*)0) != (l_659 = l_658))), ((safe_rshift_func_uint16_t_u_u((*l_486), 10)) == ((safe_add_func_int8_t_s_s((g_254.f4 || 0UL), g_254.f7)) , (*g_521)))))) && l_482), 4UL))), (**p_47))))), 6)))), 1UL)), (**l_658))) || (**p_47)) < 252UL) || p_46.f0) >= l_665)), l_665)) , g_628), p_46.f0)));
                for (l_657.f0 = 0; (l_657.f0 < 24); l_657.f0 = safe_add_func_int32_t_s_s(l_657.f0, 7))
                { /* block id: 288 */
                    return (*p_47);
                }
                for (l_665 = 0; (l_665 <= 4); l_665 += 1)
                { /* block id: 293 */
                    (*l_667) ^= (g_44[4][6] <= p_46.f8);
                }
            }
            if (((safe_sub_func_int32_t_s_s((safe_mul_func_int16_t_s_s((-1L), p_46.f0)), p_46.f1)) != (**l_659)))
            { /* block id: 297 */
                uint16_t *l_677 = (void*)0;
                uint16_t *l_678 = &l_505;
                union U2 l_686 = {6L};
                uint8_t *l_698 = &l_530;
                int32_t l_712[7];
                int32_t *l_816[4][7] = {{&g_34,&g_34,&g_263[0],&g_34,&g_34,&g_263[0],&g_34},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_263[0],&g_34,&g_263[0],&g_263[0],&g_34,&g_263[0],&g_263[0]},{(void*)0,(void*)0,&l_481[4],(void*)0,(void*)0,&l_481[4],(void*)0}};
                int i, j;
                for (i = 0; i < 7; i++)
                    l_712[i] = 0x6E4F9813L;
                if (l_657.f1)
                    goto lbl_674;
            }
            else
            { /* block id: 374 */
                int64_t l_865[2][3] = {{0L,0L,0L},{1L,1L,1L}};
                const uint32_t * const l_885 = &g_848[2][0].f7;
                uint64_t *l_898[8][3] = {{&l_676,&l_676,&l_676},{&l_676,(void*)0,(void*)0},{&l_676,&l_676,&l_676},{&l_676,(void*)0,(void*)0},{&l_676,&l_676,&l_676},{&l_676,(void*)0,(void*)0},{&l_676,&l_676,&l_676},{&l_676,(void*)0,(void*)0}};
                int32_t l_947 = (-6L);
                uint8_t l_961 = 0x67L;
                union U2 * const **l_986 = &g_407[3];
                union U2 * const ***l_985[1][5] = {{&l_986,&l_986,&l_986,&l_986,&l_986}};
                union U1 l_996 = {-7L};
                int8_t *l_1005 = &g_86;
                int16_t l_1028 = (-2L);
                int i, j;
            }
        }
    }
lbl_1136:
    for (g_164 = (-14); (g_164 <= 58); ++g_164)
    { /* block id: 444 */
        int16_t l_1037 = 0x2A1EL;
        int8_t *l_1040 = &g_254.f1;
        int16_t l_1041 = 0xFE59L;
        int32_t *l_1042[1][2];
        int32_t l_1043 = 0x86F485FFL;
        int32_t *l_1046 = &g_263[8];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_1042[i][j] = &g_982[0];
        }
        (*l_1046) |= (((safe_div_func_int64_t_s_s((safe_unary_minus_func_uint16_t_u((safe_lshift_func_int8_t_s_u(((l_1037 & l_1037) , (safe_mod_func_int8_t_s_s(((*l_1040) = p_46.f7), ((((((((g_105 , (l_1041 , (l_1043 = p_46.f0))) , (g_708[0][0] = &g_709)) != &g_19[4]) || (safe_div_func_int32_t_s_s(l_1043, (*l_486)))) > p_46.f3) <= p_46.f1) , 0x69BF1CDE02A4B652LL) | (**l_659))))), p_46.f8)))), p_46.f0)) < (**l_659)) >= (**p_47));
    }
    for (l_530 = 0; (l_530 < 38); l_530 = safe_add_func_uint32_t_u_u(l_530, 5))
    { /* block id: 452 */
        uint32_t l_1057 = 6UL;
        uint32_t **l_1058 = &g_521;
        uint32_t ***l_1059 = &l_1058;
        union U2 *l_1087 = &l_1062;
        union U2 **l_1086 = &l_1087;
        union U1 l_1141 = {0x15C926D5L};
        uint64_t **l_1145 = &g_611;
        uint64_t ***l_1144 = &l_1145;
        int32_t l_1166 = (-1L);
        if ((~(((safe_mul_func_int8_t_s_s(((((0x23L && (safe_rshift_func_int16_t_s_u(((g_341[4] = (((safe_rshift_func_uint16_t_u_u((l_1056[1] = ((void*)0 != g_521)), ((*l_1020) != ((l_1057 == (*l_1029)) , ((*l_1059) = l_1058))))) == (p_46.f4 || 0x90BD5AE1BFC76AD4LL)) < 0x3E80FC46L)) < p_46.f8), l_1057))) , (-5L)) >= (**l_659)) || p_46.f4), p_46.f8)) ^ (**l_659)) & l_1057)))
        { /* block id: 456 */
            uint32_t l_1102[10][10][2] = {{{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L}},{{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L}},{{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L}},{{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L}},{{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L}},{{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L}},{{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L}},{{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L}},{{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L}},{{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L},{0x2BC83D81L,0x2BC83D81L}}};
            uint8_t **l_1127[7][7][2] = {{{&g_336,&g_336},{(void*)0,(void*)0},{&g_336,(void*)0},{&g_336,&g_336},{(void*)0,&g_336},{&g_336,&g_336},{&g_336,(void*)0}},{{(void*)0,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336},{(void*)0,&g_336},{&g_336,&g_336}},{{&g_336,&g_336},{&g_336,&g_336},{&g_336,(void*)0},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336}},{{(void*)0,&g_336},{&g_336,&g_336},{(void*)0,&g_336},{(void*)0,&g_336},{&g_336,&g_336},{&g_336,(void*)0},{&g_336,&g_336}},{{&g_336,(void*)0},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336}},{{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,&g_336},{&g_336,(void*)0}},{{&g_336,&g_336},{&g_336,(void*)0},{&g_336,&g_336},{&g_336,&g_336},{(void*)0,&g_336},{(void*)0,&g_336},{&g_336,&g_336}}};
            uint16_t ***l_1142 = &g_557[0];
            uint16_t ****l_1143[10] = {&g_717[0][2],(void*)0,&g_717[0][2],&l_1142,&l_1142,&g_717[0][2],(void*)0,&g_717[0][2],&l_1142,&l_1142};
            int i, j, k;
            for (l_773 = 5; (l_773 >= 0); l_773 -= 1)
            { /* block id: 459 */
                uint64_t **l_1064[9][2][9] = {{{&g_611,(void*)0,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611},{&g_611,&g_611,&g_611,&g_611,(void*)0,&g_611,&g_611,&g_611,(void*)0}},{{&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611},{&g_611,(void*)0,&g_611,&g_611,(void*)0,&g_611,&g_611,&g_611,&g_611}},{{&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611},{&g_611,(void*)0,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611}},{{&g_611,&g_611,&g_611,&g_611,(void*)0,&g_611,&g_611,&g_611,(void*)0},{&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611}},{{&g_611,(void*)0,&g_611,&g_611,(void*)0,&g_611,&g_611,&g_611,&g_611},{&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611}},{{&g_611,(void*)0,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611},{&g_611,&g_611,&g_611,&g_611,(void*)0,&g_611,&g_611,&g_611,&g_611}},{{&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611},{&g_611,(void*)0,&g_611,&g_611,(void*)0,&g_611,(void*)0,&g_611,(void*)0}},{{&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,(void*)0},{&g_611,(void*)0,&g_611,&g_611,&g_611,&g_611,(void*)0,&g_611,&g_611}},{{&g_611,&g_611,&g_611,&g_611,(void*)0,&g_611,&g_611,&g_611,&g_611},{&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611,&g_611}}};
                int32_t l_1076[1][3][8] = {{{0x7A5E1457L,0x1EC999F9L,0xD7A1DC8CL,0xD7A1DC8CL,0x1EC999F9L,0x7A5E1457L,0x1EC999F9L,0xD7A1DC8CL},{0xE438A48FL,0x1EC999F9L,0xE438A48FL,0x7A5E1457L,0x7A5E1457L,0xE438A48FL,0x1EC999F9L,0xE438A48FL},{0xFF88F6A5L,0x7A5E1457L,0xD7A1DC8CL,0x7A5E1457L,0xFF88F6A5L,0xFF88F6A5L,0x7A5E1457L,0xD7A1DC8CL}}};
                int i, j, k;
                if (((safe_lshift_func_uint16_t_u_u((l_1062 , (!(((void*)0 == l_1064[6][0][0]) == (safe_add_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s(0x58L, 0)), (g_982[(l_773 + 1)] ^ ((safe_lshift_func_int16_t_s_s((safe_div_func_uint64_t_u_u((((g_751 = ((-1L) || (((4UL != (0x51L || (l_1073 == &g_557[0]))) ^ l_1074) ^ p_46.f5))) || 0x382AC5D372ED7DA7LL) < (*g_336)), p_46.f2)), 5)) , (**l_659)))))))), g_1075)) <= (*l_1029)))
                { /* block id: 461 */
                    uint16_t **l_1077[3][6] = {{&g_558,&g_558,(void*)0,&g_558,&g_558,&g_558},{&g_558,(void*)0,&g_558,&g_558,(void*)0,(void*)0},{&g_558,&g_558,&g_558,&g_558,&g_558,&g_558}};
                    int32_t l_1088 = 0xE3DA1C2EL;
                    const int32_t l_1100 = 0x1880A0B6L;
                    int32_t l_1103 = 0x8FF3B0DBL;
                    uint32_t *l_1128 = &l_815;
                    const uint32_t *l_1130 = &g_1131;
                    const uint32_t **l_1129 = &l_1130;
                    int32_t *l_1135[9][3][4] = {{{&g_37[0],&l_1076[0][1][0],&l_1088,(void*)0},{&g_37[0],(void*)0,(void*)0,&g_37[0]},{&g_263[4],&g_37[0],&l_1103,&l_1076[0][1][0]}},{{&l_1103,&l_1076[0][1][0],&l_323[0],&l_1076[0][1][0]},{&g_44[4][4],&l_323[1],&l_1103,&l_1076[0][1][0]},{&l_1103,&l_1076[0][1][0],&g_44[4][4],&l_1076[0][1][0]}},{{(void*)0,&g_37[0],&g_37[0],&g_37[0]},{&l_323[0],(void*)0,&l_1103,(void*)0},{&l_323[1],&l_1076[0][1][0],(void*)0,&l_323[0]}},{{&l_323[1],&g_263[4],&l_1103,&l_1103},{&l_323[0],&l_323[0],&g_37[0],&l_1088},{(void*)0,&g_37[0],&g_44[4][4],&g_37[0]}},{{&l_1103,&l_1103,&l_1103,&g_44[4][4]},{&g_44[4][4],&l_1103,&l_323[0],&g_37[0]},{&l_1103,&g_37[0],&l_1103,&l_1088}},{{&g_263[4],&l_323[0],(void*)0,&l_1103},{&g_37[0],&g_263[4],&l_1088,&l_323[0]},{&g_37[0],&l_1076[0][1][0],&l_1088,(void*)0}},{{&g_37[0],(void*)0,(void*)0,&g_37[0]},{&g_263[4],&g_37[0],&l_1103,&l_1076[0][1][0]},{&l_1103,&l_1076[0][1][0],&l_323[0],&l_1076[0][1][0]}},{{&g_44[4][4],&l_323[1],&l_1103,&l_1076[0][1][0]},{&l_1103,&l_1076[0][1][0],&g_44[4][4],&l_1076[0][1][0]},{&l_1088,&g_37[0],&l_1076[0][1][0],(void*)0}},{{&g_44[4][4],&l_1103,&l_1103,&l_1103},{&l_1076[0][1][0],&l_323[1],&l_1103,&g_44[4][4]},{&l_1076[0][1][0],(void*)0,&l_1103,&l_1103}}};
                    union U2 l_1137 = {0xD0D359A0L};
                    int i, j, k;
                    for (g_54 = 0; (g_54 <= 2); g_54 += 1)
                    { /* block id: 464 */
                        int32_t l_1089 = 0xBAA17A48L;
                        int32_t l_1092 = 0xC333A8ECL;
                        uint8_t *l_1093 = &l_342;
                        uint8_t *l_1101 = &g_164;
                        int32_t *l_1104 = &l_1092;
                        int i;
                        l_1076[0][1][0] = l_1056[g_54];
                        (*l_1073) = l_1077[0][4];
                        (*l_1104) |= (l_1103 |= ((safe_add_func_int16_t_s_s((l_1080 | ((*l_1101) &= (((safe_rshift_func_int8_t_s_u((safe_lshift_func_int16_t_s_u(0x6998L, (l_1089 |= (l_1088 = (+((void*)0 != l_1086)))))), 7)) < (p_46.f4 | (safe_mul_func_uint8_t_u_u(((*l_1093)--), ((safe_sub_func_uint16_t_u_u((((void*)0 == l_1098) & (*l_1029)), ((((+(-9L)) == p_46.f8) == p_46.f4) & 0x512C366076C6567DLL))) , l_1057))))) & l_1100))), l_1102[4][4][1])) & (*l_486)));
                    }
                    if (((safe_rshift_func_int16_t_s_s((((l_1076[0][2][5] = ((safe_rshift_func_int8_t_s_u((l_1102[4][4][1] & (((safe_div_func_uint32_t_u_u(((*g_521)++), (safe_mod_func_int32_t_s_s((safe_rshift_func_uint8_t_u_s((safe_mul_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((safe_add_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u(((*l_1098) = (safe_mul_func_uint16_t_u_u(0UL, (((l_1127[3][1][0] != (p_46.f0 , (void*)0)) <= (l_1128 == ((*l_1129) = l_1128))) >= (((*l_337) = ((safe_lshift_func_uint8_t_u_u(0xD1L, 6)) < 0x927CDAC6L)) || (*l_1029)))))), 5)), l_1088)), 65527UL)), 0xA4L)), 4)), l_1102[8][9][1])))) , g_1134) , 0xF3FB4EC3L)), 0)) && 2UL)) || 0x7CDFE67AL) ^ p_46.f3), 7)) , l_1076[0][2][2]))
                    { /* block id: 479 */
                        return (*p_47);
                    }
                    else
                    { /* block id: 481 */
                        if (l_1076[0][1][3])
                            break;
                        if (g_254.f0)
                            goto lbl_1136;
                        g_708[8][1] = (l_1137 , &l_659);
                        if (l_324)
                            goto lbl_1138;
                    }
                    l_1076[0][0][5] = (**p_47);
                }
                else
                { /* block id: 488 */
                    uint8_t ***l_1139 = &g_335[1][0][4];
                    union U2 **l_1140 = &l_1087;
                    int i;
                    (*l_1139) = &g_336;
                    g_407[l_773] = l_1140;
                }
                return (*p_47);
            }
            g_717[0][2] = (l_1141 , l_1142);
        }
        else
        { /* block id: 495 */
            int32_t **l_1149 = (void*)0;
            int32_t *l_1151[6][1] = {{&g_982[2]},{&g_1075},{&g_982[2]},{&g_1075},{&g_982[2]},{&g_1075}};
            int32_t **l_1150[1];
            int32_t l_1165 = (-2L);
            int i, j;
            for (i = 0; i < 1; i++)
                l_1150[i] = &l_1151[5][0];
            g_1146 = l_1144;
            l_1166 ^= (safe_mod_func_int8_t_s_s((((l_1029 == (g_1152 = &g_982[6])) , ((((safe_sub_func_int16_t_s_s((*l_1029), ((~(l_1141.f0 , p_46.f2)) < p_46.f2))) , (((safe_lshift_func_uint8_t_u_s(0xC0L, 2)) <= ((safe_mod_func_int64_t_s_s((65531UL && ((safe_mul_func_uint8_t_u_u(p_46.f6, l_1057)) | (*l_486))), p_46.f5)) || l_1057)) || (*l_486))) , g_1162) != (void*)0)) , g_1134.f1), l_1165));
        }
    }
    g_1167 = &l_1098;
    return (*p_47);
}


/* ------------------------------------------ */
/* 
 * reads : g_44 g_86 g_90 g_20 g_5 g_34 g_105 g_37 g_31 g_112 g_40 g_105.f0 g_162 g_164 g_242 g_114
 * writes: g_86 g_20 g_162 g_54 g_164 g_222 g_240 g_242
 */
static struct S0  func_49(uint8_t  p_50, int16_t  p_51, uint8_t  p_52)
{ /* block id: 22 */
    int32_t l_78 = 0x1E3C289EL;
    int8_t *l_85 = &g_86;
    int32_t **l_91 = &g_20;
    int32_t l_171 = 3L;
    int32_t l_174 = (-1L);
    int32_t l_175[2];
    uint8_t *l_219 = &g_54;
    uint8_t **l_218[2][9] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_219,&l_219,&l_219,&l_219,&l_219,&l_219,&l_219,&l_219,&l_219}};
    uint32_t *l_262 = (void*)0;
    const union U2 *l_296 = &g_297;
    struct S0 l_307 = {0UL,0x41L,6,0xD235B5DEL,-2L,18446744073709551611UL,-1342,6UL,0xCBB1L};
    int32_t *l_308[1][2];
    int64_t l_309 = (-1L);
    uint32_t l_310 = 1UL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_175[i] = 0x3222122AL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_308[i][j] = &l_78;
    }
    l_78 = p_52;
    if ((safe_div_func_int32_t_s_s((((safe_rshift_func_int16_t_s_u((safe_rshift_func_int8_t_s_s((p_51 && ((*l_85) &= (g_44[0][2] || l_78))), 1)), (0x9BL & ((safe_rshift_func_uint8_t_u_u((~((void*)0 == &l_78)), 2)) , (p_51 && ((((*l_91) = g_90) != &l_78) , 0xE3L)))))) == (-1L)) | p_50), p_51)))
    { /* block id: 26 */
        int8_t l_100[5];
        int32_t l_160[9][1][9] = {{{0xC85C1886L,(-8L),0xC6E98833L,0xEF71BA72L,0xC6E98833L,(-8L),0xC85C1886L,0xC85C1886L,(-8L)}},{{(-9L),0x3FE561D2L,0xF4379D8BL,0x3FE561D2L,(-9L),1L,1L,(-9L),0x3FE561D2L}},{{0xC85C1886L,0xC6E98833L,0xC85C1886L,1L,0x1CF0A5B3L,0x1CF0A5B3L,1L,0xC85C1886L,0xC6E98833L}},{{0x011AC9FAL,0xA3428438L,1L,0xF4379D8BL,0xF4379D8BL,1L,0xA3428438L,0x011AC9FAL,0xA3428438L}},{{(-8L),0xEF71BA72L,1L,1L,0xEF71BA72L,(-8L),0x1CF0A5B3L,(-8L),0xEF71BA72L}},{{0x3FE561D2L,0xA3428438L,0xA3428438L,0x3FE561D2L,0x011AC9FAL,(-9L),0x011AC9FAL,0x3FE561D2L,0xA3428438L}},{{0xC6E98833L,0xC6E98833L,0x1CF0A5B3L,0xEF71BA72L,0L,0xEF71BA72L,0x1CF0A5B3L,0xC6E98833L,0xC6E98833L}},{{0xA3428438L,0x3FE561D2L,0x011AC9FAL,(-9L),0x011AC9FAL,0x3FE561D2L,0xA3428438L,0xA3428438L,0x3FE561D2L}},{{0xEF71BA72L,(-8L),0x1CF0A5B3L,(-8L),0xEF71BA72L,1L,1L,0xEF71BA72L,(-8L)}}};
        int32_t **l_167 = &g_90;
        int8_t *l_225 = (void*)0;
        uint8_t * const **l_226 = (void*)0;
        int i, j, k;
        for (i = 0; i < 5; i++)
            l_100[i] = 0x70L;
        for (p_51 = (-27); (p_51 >= 10); p_51 = safe_add_func_int64_t_s_s(p_51, 1))
        { /* block id: 29 */
            uint8_t *l_99 = (void*)0;
            const uint8_t *l_115 = &g_116[0];
            int32_t l_161 = 0x293FBD44L;
            int8_t l_173 = 1L;
            int32_t l_176 = (-5L);
            int32_t l_179 = 0xC423DE85L;
            int32_t l_180 = 1L;
            int32_t l_182 = 0x1B3FCD2AL;
            int32_t l_183 = 0L;
            int32_t l_185 = (-8L);
            int32_t l_189[8][6] = {{0L,1L,8L,0x6B0373C0L,0x9F1FBD92L,5L},{1L,0xE2FDB1ADL,0x9F1FBD92L,1L,5L,5L},{0x9D7E22B2L,8L,8L,0x9D7E22B2L,0x1C51E3A1L,1L},{5L,0xFB6E778DL,1L,0x0C949A0CL,0x4F516043L,0x9F1FBD92L},{1L,1L,1L,0xE2FDB1ADL,0x4F516043L,0xE2FDB1ADL},{0xD4E03F3BL,0xFB6E778DL,0xD4E03F3BL,0x0B9E8D0FL,0x1C51E3A1L,1L},{1L,8L,0x6B0373C0L,0x9F1FBD92L,5L,0x1C51E3A1L},{0x0C949A0CL,0xE2FDB1ADL,0x0B9E8D0FL,0x9F1FBD92L,0x9F1FBD92L,0x0B9E8D0FL}};
            struct S0 l_193 = {0x5930371CL,0L,8,0x0E3E810FL,1L,18446744073709551611UL,-915,0xF4A33FF7L,0x8745L};
            struct S0 l_198 = {4294967294UL,0x4BL,10,1UL,0x6BL,18446744073709551608UL,1250,0x5E963C0FL,0L};
            const int32_t **l_204 = (void*)0;
            const int32_t ***l_203 = &l_204;
            uint8_t **l_221[3][1];
            uint8_t ***l_220[5][2] = {{&l_218[0][1],&l_218[0][2]},{&l_221[1][0],&l_218[0][2]},{&l_218[0][1],&l_221[1][0]},{&l_221[1][0],&l_221[1][0]},{&l_221[1][0],&l_221[1][0]}};
            uint16_t *l_223 = &g_162;
            int32_t *l_224 = &l_78;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_221[i][j] = &l_219;
            }
            for (p_50 = (-22); (p_50 < 41); p_50 = safe_add_func_int64_t_s_s(p_50, 2))
            { /* block id: 32 */
                uint64_t l_96 = 3UL;
                uint8_t *l_108[8] = {&g_54,&g_54,&g_54,&g_54,&g_54,&g_54,&g_54,&g_54};
                const uint8_t *l_113 = &g_114;
                int32_t l_117[7] = {0xFFC97D5EL,0x5B905804L,0xFFC97D5EL,0xFFC97D5EL,0xFFC97D5EL,(-1L),(-1L)};
                uint32_t l_190 = 4294967288UL;
                int32_t *l_202 = &l_160[8][0][8];
                uint32_t *l_217[6];
                int i;
                for (i = 0; i < 6; i++)
                    l_217[i] = &l_190;
                if (l_96)
                    break;
                for (g_86 = (-23); (g_86 <= 10); ++g_86)
                { /* block id: 36 */
                    uint64_t *l_103 = &l_96;
                    int32_t l_104 = 0x8A77D7D7L;
                    uint8_t **l_109 = &l_108[3];
                    const uint8_t *l_111 = &g_112;
                    const uint8_t **l_110[5];
                    int32_t l_177 = 0L;
                    int32_t l_178 = 1L;
                    int32_t l_181 = 5L;
                    int32_t l_184 = 0x69673EEEL;
                    int32_t l_186 = 0x32C65940L;
                    int32_t l_187 = 0xBE81AC69L;
                    int32_t l_188 = 0x2F8FBE7EL;
                    int i;
                    for (i = 0; i < 5; i++)
                        l_110[i] = &l_111;
                    l_100[2] |= (l_99 != (void*)0);
                    if ((safe_mul_func_int8_t_s_s((&g_54 != ((((*l_103) = g_44[4][6]) == 0x0DB8D7F9BA6DCB14LL) , &g_54)), (((l_104 = (**l_91)) , g_105) , ((((g_37[0] & (safe_mul_func_int16_t_s_s(((((((((*l_109) = l_108[3]) != (l_115 = (l_113 = &p_52))) | (*g_90)) != 0x028DF6465DC08455LL) ^ 18446744073709551607UL) , (void*)0) == (*l_91)), l_117[0]))) & p_50) , p_51) != g_31)))))
                    { /* block id: 43 */
                        uint8_t *l_163 = &g_164;
                        int8_t *l_165 = &l_100[3];
                        int32_t *l_166 = &l_117[4];
                        (*l_166) = (safe_rshift_func_uint16_t_u_u((p_52 >= ((safe_add_func_int8_t_s_s(((*l_165) = (((safe_add_func_uint8_t_u_u(((((*l_109) = (*l_109)) == &g_112) <= ((safe_div_func_uint64_t_u_u((((*l_163) = (safe_sub_func_int64_t_s_s((safe_lshift_func_uint16_t_u_s(((safe_rshift_func_uint16_t_u_s((safe_div_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s((l_161 = (g_54 = (safe_div_func_int8_t_s_s((((0x3EL != (!l_100[2])) || (+(safe_lshift_func_uint16_t_u_u((((safe_rshift_func_uint8_t_u_u(g_112, 3)) , 0L) > (safe_rshift_func_int16_t_s_s((g_162 = (safe_mul_func_int8_t_s_s((((((((*l_103) = ((safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s((safe_sub_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s(0x47L, 7)), (safe_rshift_func_uint16_t_u_u((safe_mod_func_int64_t_s_s((0x764A2DA50C6050D3LL && l_100[2]), 0xB476EADDFB177962LL)), l_160[8][0][8])))), l_161)), 7UL)) < p_52)) && p_51) , (**l_91)) , l_113) == &l_100[0]) , 0x6CL), g_37[1]))), p_50))), 3)))) | p_50), p_50)))), 0)), 0x0A051B88579843EBLL)), p_50)) > 3UL), 15)), g_31))) , 0x2CDD91CD6C83836BLL), l_104)) & p_50)), 0x0CL)) == 0xE6L) && l_161)), p_52)) >= 7UL)), 6));
                        (*l_91) = &l_160[2][0][7];
                        (*l_91) = &l_104;
                    }
                    else
                    { /* block id: 54 */
                        int32_t ***l_168 = &l_91;
                        int32_t *l_169 = &l_104;
                        int32_t *l_170 = &l_78;
                        int32_t *l_172[1][4] = {{&l_171,&l_171,&l_171,&l_171}};
                        int i, j;
                        (*l_168) = l_167;
                        l_190++;
                    }
                    return l_193;
                }
                for (l_182 = 0; (l_182 <= (-10)); --l_182)
                { /* block id: 62 */
                    for (l_190 = (-10); (l_190 <= 56); l_190 = safe_add_func_int8_t_s_s(l_190, 5))
                    { /* block id: 65 */
                        return l_198;
                    }
                    for (l_180 = (-8); (l_180 < 0); ++l_180)
                    { /* block id: 70 */
                        int32_t *l_201 = &l_175[0];
                        l_202 = l_201;
                    }
                }
                (*l_202) &= ((l_203 == &g_19[5]) > ((g_162 |= (safe_div_func_int64_t_s_s((safe_mod_func_uint64_t_u_u((((safe_add_func_int64_t_s_s((safe_add_func_int8_t_s_s((**l_91), (0xF7L <= ((*g_90) || (((l_189[7][4] = ((((((0x7BL >= ((p_52 < (safe_mul_func_uint16_t_u_u(((((safe_lshift_func_uint8_t_u_s(((-5L) >= ((void*)0 == l_99)), g_40)) , 0x238AD5E783D5683CLL) && p_51) >= g_5), p_50))) && 9L)) ^ 9UL) , (**l_91)) != p_50) , (-1L)) && g_105.f0)) & (**l_167)) > 0x31F2L))))), p_52)) < g_37[0]) == 1UL), (**l_167))), p_51))) <= 65535UL));
            }
            (*l_224) |= (((*l_223) = (l_218[0][1] != (g_222 = &l_99))) == g_37[0]);
        }
        if (((&g_86 == (l_225 = &l_100[2])) | (((void*)0 != l_226) & 1UL)))
        { /* block id: 83 */
            int32_t ***l_228 = (void*)0;
            int32_t **** const l_227 = &l_228;
            int32_t ****l_230[3][6] = {{&l_228,&l_228,&l_228,&l_228,&l_228,&l_228},{&l_228,&l_228,&l_228,&l_228,&l_228,&l_228},{&l_228,&l_228,&l_228,&l_228,&l_228,&l_228}};
            int32_t *****l_229 = &l_230[1][4];
            int i, j;
            (*l_229) = l_227;
        }
        else
        { /* block id: 85 */
            int32_t *l_231 = &g_37[0];
            const uint16_t *l_235 = &g_162;
            uint8_t *l_243 = &g_54;
            int32_t l_249 = 0x9564643FL;
            const union U2 *l_299 = &g_300;
            uint8_t * const *l_306 = &l_243;
            (*l_91) = l_231;
            for (l_174 = 0; (l_174 >= 0); l_174 -= 1)
            { /* block id: 89 */
                int32_t *l_232 = &g_37[0];
                int32_t l_236 = 6L;
                uint32_t l_302[6];
                int i;
                for (i = 0; i < 6; i++)
                    l_302[i] = 18446744073709551615UL;
                (*l_91) = l_232;
                for (g_86 = 0; (g_86 <= 0); g_86 += 1)
                { /* block id: 93 */
                    uint8_t *l_244[10] = {&g_164,&g_164,&g_164,&g_164,&g_164,&g_164,&g_164,&g_164,&g_164,&g_164};
                    int i;
                    l_236 ^= (safe_mod_func_uint16_t_u_u(((void*)0 != l_235), (*l_232)));
                    for (g_164 = 0; (g_164 <= 0); g_164 += 1)
                    { /* block id: 97 */
                        uint16_t *l_237 = &g_162;
                        int16_t *l_241 = &g_242;
                        const int32_t *l_246 = &g_37[1];
                        const int32_t * const * const l_245[9] = {&l_246,(void*)0,&l_246,&l_246,(void*)0,&l_246,&l_246,(void*)0,&l_246};
                        int32_t *l_247 = &l_175[0];
                        int i, j, k;
                        (*l_247) = ((g_240 = ((*l_237)--)) >= (((l_160[(g_86 + 3)][g_86][g_164] & (((((*l_241) &= g_37[0]) > g_114) < (-7L)) != ((l_243 = &g_54) == (l_244[5] = &g_54)))) && ((l_160[(g_86 + 3)][g_86][g_164] = 0x3DFB1DF5632F5110LL) >= 5L)) ^ ((l_245[7] == (void*)0) | (*l_246))));
                    }
                }
            }
        }
    }
    else
    { /* block id: 138 */
        return l_307;
    }
    ++l_310;
    return l_307;
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
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_37[i], "g_37[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_40, "g_40", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_44[i][j], "g_44[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_105.f0, "g_105.f0", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_116[i], "g_116[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_162, "g_162", print_hash_value);
    transparent_crc(g_164, "g_164", print_hash_value);
    transparent_crc(g_240, "g_240", print_hash_value);
    transparent_crc(g_242, "g_242", print_hash_value);
    transparent_crc(g_254.f0, "g_254.f0", print_hash_value);
    transparent_crc(g_254.f1, "g_254.f1", print_hash_value);
    transparent_crc(g_254.f2, "g_254.f2", print_hash_value);
    transparent_crc(g_254.f3, "g_254.f3", print_hash_value);
    transparent_crc(g_254.f4, "g_254.f4", print_hash_value);
    transparent_crc(g_254.f5, "g_254.f5", print_hash_value);
    transparent_crc(g_254.f6, "g_254.f6", print_hash_value);
    transparent_crc(g_254.f7, "g_254.f7", print_hash_value);
    transparent_crc(g_254.f8, "g_254.f8", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_263[i], "g_263[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_297.f0, "g_297.f0", print_hash_value);
    transparent_crc(g_297.f1, "g_297.f1", print_hash_value);
    transparent_crc(g_300.f0, "g_300.f0", print_hash_value);
    transparent_crc(g_300.f1, "g_300.f1", print_hash_value);
    transparent_crc(g_340, "g_340", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_341[i], "g_341[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_385, "g_385", print_hash_value);
    transparent_crc(g_412, "g_412", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_414[i], "g_414[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_525, "g_525", print_hash_value);
    transparent_crc(g_628, "g_628", print_hash_value);
    transparent_crc(g_748, "g_748", print_hash_value);
    transparent_crc(g_751, "g_751", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_848[i][j].f0, "g_848[i][j].f0", print_hash_value);
            transparent_crc(g_848[i][j].f1, "g_848[i][j].f1", print_hash_value);
            transparent_crc(g_848[i][j].f2, "g_848[i][j].f2", print_hash_value);
            transparent_crc(g_848[i][j].f3, "g_848[i][j].f3", print_hash_value);
            transparent_crc(g_848[i][j].f4, "g_848[i][j].f4", print_hash_value);
            transparent_crc(g_848[i][j].f5, "g_848[i][j].f5", print_hash_value);
            transparent_crc(g_848[i][j].f6, "g_848[i][j].f6", print_hash_value);
            transparent_crc(g_848[i][j].f7, "g_848[i][j].f7", print_hash_value);
            transparent_crc(g_848[i][j].f8, "g_848[i][j].f8", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_982[i], "g_982[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1075, "g_1075", print_hash_value);
    transparent_crc(g_1131, "g_1131", print_hash_value);
    transparent_crc(g_1134.f0, "g_1134.f0", print_hash_value);
    transparent_crc(g_1134.f1, "g_1134.f1", print_hash_value);
    transparent_crc(g_1185.f0, "g_1185.f0", print_hash_value);
    transparent_crc(g_1185.f1, "g_1185.f1", print_hash_value);
    transparent_crc(g_1185.f2, "g_1185.f2", print_hash_value);
    transparent_crc(g_1185.f3, "g_1185.f3", print_hash_value);
    transparent_crc(g_1185.f4, "g_1185.f4", print_hash_value);
    transparent_crc(g_1185.f5, "g_1185.f5", print_hash_value);
    transparent_crc(g_1185.f6, "g_1185.f6", print_hash_value);
    transparent_crc(g_1185.f7, "g_1185.f7", print_hash_value);
    transparent_crc(g_1185.f8, "g_1185.f8", print_hash_value);
    transparent_crc(g_1462, "g_1462", print_hash_value);
    transparent_crc(g_1482, "g_1482", print_hash_value);
    transparent_crc(g_1506, "g_1506", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_1524[i][j], "g_1524[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1669, "g_1669", print_hash_value);
    transparent_crc(g_1679, "g_1679", print_hash_value);
    transparent_crc(g_1767, "g_1767", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_1785[i], "g_1785[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1787, "g_1787", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_1947[i], "g_1947[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2002, "g_2002", print_hash_value);
    transparent_crc(g_2011, "g_2011", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_2012[i], "g_2012[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_2596[i][j], "g_2596[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 703
   depth: 1, occurrence: 20
XXX total union variables: 40

XXX non-zero bitfields defined in structs: 3
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 51
breakdown:
   indirect level: 0, occurrence: 44
   indirect level: 1, occurrence: 3
   indirect level: 2, occurrence: 4
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 9
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 90
XXX times a single bitfield on LHS: 4
XXX times a single bitfield on RHS: 106

XXX max expression depth: 49
breakdown:
   depth: 1, occurrence: 327
   depth: 2, occurrence: 70
   depth: 3, occurrence: 2
   depth: 4, occurrence: 4
   depth: 5, occurrence: 6
   depth: 6, occurrence: 2
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 9, occurrence: 1
   depth: 10, occurrence: 1
   depth: 13, occurrence: 1
   depth: 15, occurrence: 6
   depth: 16, occurrence: 1
   depth: 17, occurrence: 6
   depth: 18, occurrence: 6
   depth: 20, occurrence: 5
   depth: 21, occurrence: 8
   depth: 22, occurrence: 3
   depth: 23, occurrence: 4
   depth: 24, occurrence: 5
   depth: 25, occurrence: 1
   depth: 26, occurrence: 5
   depth: 27, occurrence: 1
   depth: 28, occurrence: 3
   depth: 29, occurrence: 4
   depth: 31, occurrence: 5
   depth: 32, occurrence: 1
   depth: 33, occurrence: 1
   depth: 34, occurrence: 1
   depth: 45, occurrence: 1
   depth: 49, occurrence: 1

XXX total number of pointers: 556

XXX times a variable address is taken: 1484
XXX times a pointer is dereferenced on RHS: 311
breakdown:
   depth: 1, occurrence: 235
   depth: 2, occurrence: 71
   depth: 3, occurrence: 1
   depth: 4, occurrence: 4
XXX times a pointer is dereferenced on LHS: 295
breakdown:
   depth: 1, occurrence: 283
   depth: 2, occurrence: 9
   depth: 3, occurrence: 2
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 58
XXX times a pointer is compared with address of another variable: 17
XXX times a pointer is compared with another pointer: 12
XXX times a pointer is qualified to be dereferenced: 9684

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1597
   level: 2, occurrence: 613
   level: 3, occurrence: 47
   level: 4, occurrence: 46
   level: 5, occurrence: 19
XXX number of pointers point to pointers: 236
XXX number of pointers point to scalars: 293
XXX number of pointers point to structs: 2
XXX percent of pointers has null in alias set: 34
XXX average alias set size: 1.52

XXX times a non-volatile is read: 2174
XXX times a non-volatile is write: 958
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 12

XXX stmts: 318
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 29
   depth: 1, occurrence: 34
   depth: 2, occurrence: 34
   depth: 3, occurrence: 45
   depth: 4, occurrence: 69
   depth: 5, occurrence: 107

XXX percentage a fresh-made variable is used: 16.1
XXX percentage an existing variable is used: 83.9
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

