/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 44 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      44
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   signed f0 : 4;
   unsigned f1 : 9;
   const signed f2 : 7;
   signed f3 : 23;
   const signed f4 : 10;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3[4] = {0xCFE04822L,0xCFE04822L,0xCFE04822L,0xCFE04822L};
static uint16_t g_9 = 65533UL;
static struct S0 g_20[7][3] = {{{1,21,-2,1822,-14},{1,21,-2,1822,-14},{-3,4,-10,-420,-14}},{{1,21,-2,1822,-14},{1,21,-2,1822,-14},{-3,4,-10,-420,-14}},{{1,21,-2,1822,-14},{1,21,-2,1822,-14},{-3,4,-10,-420,-14}},{{1,21,-2,1822,-14},{1,21,-2,1822,-14},{-3,4,-10,-420,-14}},{{1,21,-2,1822,-14},{1,21,-2,1822,-14},{-3,4,-10,-420,-14}},{{1,21,-2,1822,-14},{1,21,-2,1822,-14},{-3,4,-10,-420,-14}},{{1,21,-2,1822,-14},{1,21,-2,1822,-14},{-3,4,-10,-420,-14}}};
static int64_t g_31 = 0L;
static int32_t **g_54 = (void*)0;
static int32_t *g_71 = &g_3[1];
static int32_t **g_70[2] = {&g_71,&g_71};
static int32_t ***g_69 = &g_70[1];
static int32_t g_76 = 0x2B3C28C6L;
static int32_t g_80[5][4] = {{(-2L),(-2L),(-2L),(-2L)},{(-2L),(-2L),(-2L),(-2L)},{(-2L),(-2L),(-2L),(-2L)},{(-2L),(-2L),(-2L),(-2L)},{(-2L),(-2L),(-2L),(-2L)}};
static int32_t g_84 = 1L;
static int32_t g_97[9] = {0x1820E1BCL,0x1820E1BCL,0x1820E1BCL,0x1820E1BCL,0x1820E1BCL,0x1820E1BCL,0x1820E1BCL,0x1820E1BCL,0x1820E1BCL};
static int32_t g_99 = 0x2787FF9EL;
static uint32_t g_122 = 1UL;
static uint16_t g_124 = 65533UL;
static uint64_t g_138[9] = {6UL,6UL,6UL,6UL,6UL,6UL,6UL,6UL,6UL};
static int16_t g_166[8][6] = {{0x2B3DL,4L,1L,0xB686L,0xF434L,0xB4FBL},{0L,4L,0xF64FL,8L,1L,1L},{0xEF62L,0xF64FL,0xF64FL,0xEF62L,4L,0xB4FBL},{0xB686L,(-9L),1L,0xEF62L,0xB4FBL,0x85BFL},{0xEF62L,0xB4FBL,0x85BFL,8L,0xB4FBL,(-9L)},{0L,(-9L),4L,0xB686L,4L,(-9L)},{0x2B3DL,0xF64FL,0x85BFL,0x566EL,1L,0x85BFL},{0x2B3DL,4L,1L,0xB686L,0xF434L,0xB4FBL}};
static int64_t g_174 = 0x2935077A8CD555FCLL;
static int16_t g_182 = (-8L);
static uint16_t g_185 = 65529UL;
static int64_t g_193 = 9L;
static uint64_t g_209 = 0x1C3764CF3F2C5E0ALL;
static int8_t g_235 = 1L;
static uint8_t g_268 = 0UL;
static uint8_t g_272 = 1UL;
static uint64_t g_319 = 0x93748A7D6011E4A6LL;
static int32_t ****g_339 = &g_69;
static uint16_t *g_350[8] = {&g_185,&g_185,&g_185,&g_185,&g_185,&g_185,&g_185,&g_185};
static int16_t **g_366 = (void*)0;
static uint64_t g_369 = 0xABE5EF2AA02D725ELL;
static int32_t g_436 = 0x26887E60L;
static const uint8_t g_472 = 254UL;
static int32_t g_504[9][6] = {{0x25CAEBDBL,(-7L),0x96F05541L,(-7L),0x25CAEBDBL,0x8E5C578DL},{0L,(-7L),0x58225397L,(-1L),0xDAB4019FL,(-1L)},{0L,0x6B111D19L,0L,(-7L),0x58225397L,(-1L)},{0x25CAEBDBL,0x8E5C578DL,0x58225397L,(-1L),0x58225397L,0x8E5C578DL},{0x58225397L,0x6B111D19L,0x96F05541L,(-1L),0xDAB4019FL,(-7L)},{0x25CAEBDBL,(-7L),0x96F05541L,(-7L),0x25CAEBDBL,0x8E5C578DL},{0L,(-7L),0x58225397L,(-1L),0xDAB4019FL,(-1L)},{0L,0x6B111D19L,0L,(-7L),0x58225397L,(-1L)},{0x25CAEBDBL,0x8E5C578DL,0x58225397L,(-1L),0x58225397L,0x8E5C578DL}};
static uint16_t *g_519 = (void*)0;
static uint16_t **g_518 = &g_519;
static int32_t g_526 = 0xAF9687A0L;
static const int16_t **g_573 = (void*)0;
static const int16_t ***g_572 = &g_573;
static uint8_t *g_624[1][8] = {{&g_272,&g_272,&g_272,&g_272,&g_272,&g_272,&g_272,&g_272}};
static uint8_t **g_623 = &g_624[0][2];
static uint8_t g_703 = 0UL;
static int8_t g_722 = 1L;
static int8_t g_723 = 0x9EL;
static int8_t g_767[9] = {0x10L,0x10L,0x10L,0x10L,0x10L,0x10L,0x10L,0x10L,0x10L};
static const struct S0 *g_826 = (void*)0;
static uint8_t g_867 = 1UL;
static int32_t g_891 = 1L;
static int64_t *g_910 = &g_174;
static uint32_t g_928 = 0xDF8CB50AL;
static struct S0 g_1072 = {-3,3,8,312,-5};
static uint64_t *g_1134 = &g_369;
static uint64_t **g_1133 = &g_1134;
static int64_t g_1167[9][2][9] = {{{0L,0xCEBCB9B8DD9225D4LL,4L,1L,(-1L),0xC2726369E5C1CE6CLL,3L,0x25CBE0F7D4C7249FLL,(-7L)},{0x9B7400BD55E5FD88LL,3L,0x7616FD4120E1CA54LL,0xAC372A113BA7639CLL,0xBE1501F88061DD0DLL,0xDE319F582BF21CC9LL,0x251997C57A2CFCA2LL,0xDE319F582BF21CC9LL,0xBE1501F88061DD0DLL}},{{0xAC372A113BA7639CLL,0x9B7400BD55E5FD88LL,0x9B7400BD55E5FD88LL,0xAC372A113BA7639CLL,0x336F00904E1E3769LL,4L,1L,0xCEBCB9B8DD9225D4LL,1L},{9L,0xEC2E192E31DC5517LL,(-10L),1L,0x7616FD4120E1CA54LL,1L,4L,0xAC372A113BA7639CLL,0xDE319F582BF21CC9LL}},{{0x52FFD24E53EC53E9LL,(-7L),0x251997C57A2CFCA2LL,1L,0x336F00904E1E3769LL,0xCEBCB9B8DD9225D4LL,9L,0xBE1501F88061DD0DLL,9L},{0x251997C57A2CFCA2LL,3L,(-9L),(-9L),3L,0x251997C57A2CFCA2LL,0xC2726369E5C1CE6CLL,3L,0x52FFD24E53EC53E9LL}},{{0x9B7400BD55E5FD88LL,0xEC2E192E31DC5517LL,4L,0L,0xBCCF97C817539BF2LL,(-9L),0xAC372A113BA7639CLL,(-1L),0x7616FD4120E1CA54LL},{0xCEBCB9B8DD9225D4LL,0x9BF8BE20611BBCC0LL,0xAC372A113BA7639CLL,1L,(-1L),(-7L),0xC2726369E5C1CE6CLL,1L,1L}},{{1L,(-1L),0x9BF8BE20611BBCC0LL,1L,1L,0x9BF8BE20611BBCC0LL,(-1L),1L,(-7L)},{(-10L),0x52FFD24E53EC53E9LL,0x251997C57A2CFCA2LL,0x9B7400BD55E5FD88LL,0x7616FD4120E1CA54LL,1L,(-7L),(-1L),3L}},{{0xBE1501F88061DD0DLL,0x7616FD4120E1CA54LL,0xDE319F582BF21CC9LL,0x25CBE0F7D4C7249FLL,0xC2726369E5C1CE6CLL,(-1L),4L,3L,(-7L)},{0xBCCF97C817539BF2LL,1L,3L,(-10L),4L,4L,(-10L),3L,1L}},{{0xBCCF97C817539BF2LL,(-7L),3L,4L,(-1L),0xC2726369E5C1CE6CLL,0x25CBE0F7D4C7249FLL,0xDE319F582BF21CC9LL,0x7616FD4120E1CA54LL},{0xBE1501F88061DD0DLL,3L,(-1L),(-7L),1L,0x7616FD4120E1CA54LL,0x9B7400BD55E5FD88LL,0x251997C57A2CFCA2LL,0x52FFD24E53EC53E9LL}},{{(-10L),(-7L),1L,(-1L),0x9BF8BE20611BBCC0LL,1L,1L,0x9BF8BE20611BBCC0LL,(-1L)},{1L,1L,1L,0xC2726369E5C1CE6CLL,(-7L),(-1L),1L,0xAC372A113BA7639CLL,0x9BF8BE20611BBCC0LL}},{{0xCEBCB9B8DD9225D4LL,0x7616FD4120E1CA54LL,(-1L),0xAC372A113BA7639CLL,(-9L),0xBCCF97C817539BF2LL,0L,4L,0xEC2E192E31DC5517LL},{0x9B7400BD55E5FD88LL,0x52FFD24E53EC53E9LL,3L,0xC2726369E5C1CE6CLL,0x251997C57A2CFCA2LL,3L,(-9L),(-9L),3L}}};
static uint8_t g_1199 = 0x99L;
static int64_t **g_1260[3][1] = {{&g_910},{&g_910},{&g_910}};
static int64_t ***g_1259 = &g_1260[0][0];
static uint32_t g_1395[3] = {0x6C6F451AL,0x6C6F451AL,0x6C6F451AL};
static int32_t g_1429 = 8L;
static int32_t g_1451[5] = {5L,5L,5L,5L,5L};
static uint32_t *g_1495 = (void*)0;
static uint32_t **g_1494 = &g_1495;
static uint16_t g_1562[9] = {1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL};
static int16_t g_1581 = 0L;
static int64_t g_1701 = 0xCE25D4157EEF227ALL;
static uint16_t ***g_1718 = (void*)0;
static uint16_t **** const g_1717 = &g_1718;
static int32_t g_1752[1] = {0L};


/* --- FORWARD DECLARATIONS --- */
static uint8_t  func_1(void);
static int8_t  func_15(struct S0  p_16, int32_t ** p_17, int8_t  p_18, uint32_t  p_19);
static uint8_t  func_40(int64_t  p_41, int64_t * p_42);
static int64_t  func_43(int32_t ** p_44, uint16_t  p_45, uint64_t  p_46);
static int32_t ** func_47(int32_t ** p_48, uint32_t  p_49);
static uint32_t  func_63(int32_t *** p_64, struct S0  p_65, int16_t  p_66, const uint32_t  p_67, int16_t  p_68);
static int32_t  func_72(int32_t * p_73);
static int32_t * func_87(struct S0  p_88);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_9 g_69 g_70 g_71
 * writes: g_3 g_9
 */
static uint8_t  func_1(void)
{ /* block id: 0 */
    uint64_t l_2[9];
    int8_t l_10[1][1][9] = {{{(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L)}}};
    int32_t *l_12[10][5][5] = {{{&g_3[1],&g_3[3],(void*)0,&g_3[3],(void*)0},{&g_3[1],&g_3[1],(void*)0,&g_3[3],(void*)0},{&g_3[3],&g_3[1],(void*)0,&g_3[1],&g_3[0]},{&g_3[0],&g_3[1],&g_3[1],(void*)0,&g_3[0]},{&g_3[3],&g_3[1],&g_3[3],&g_3[1],(void*)0}},{{&g_3[2],&g_3[1],&g_3[1],(void*)0,(void*)0},{&g_3[1],&g_3[3],&g_3[1],&g_3[3],&g_3[1]},{&g_3[1],&g_3[1],&g_3[3],&g_3[1],(void*)0},{&g_3[1],&g_3[1],&g_3[1],(void*)0,&g_3[3]},{&g_3[1],&g_3[1],&g_3[1],&g_3[1],&g_3[1]}},{{&g_3[3],&g_3[1],&g_3[1],(void*)0,&g_3[1]},{&g_3[1],&g_3[1],&g_3[1],&g_3[1],&g_3[3]},{(void*)0,(void*)0,&g_3[1],(void*)0,&g_3[3]},{&g_3[3],&g_3[1],&g_3[1],(void*)0,&g_3[1]},{&g_3[1],&g_3[1],&g_3[3],&g_3[3],&g_3[3]}},{{&g_3[3],&g_3[1],&g_3[1],&g_3[3],&g_3[1]},{&g_3[1],(void*)0,&g_3[3],(void*)0,&g_3[1]},{(void*)0,&g_3[3],(void*)0,&g_3[1],(void*)0},{&g_3[1],(void*)0,(void*)0,&g_3[3],&g_3[1]},{(void*)0,&g_3[1],&g_3[3],&g_3[1],&g_3[1]}},{{&g_3[0],&g_3[1],&g_3[1],&g_3[1],(void*)0},{&g_3[2],&g_3[3],&g_3[3],&g_3[3],(void*)0},{&g_3[3],&g_3[1],&g_3[1],&g_3[0],&g_3[1]},{(void*)0,(void*)0,&g_3[1],&g_3[1],&g_3[1]},{&g_3[1],&g_3[3],&g_3[1],(void*)0,&g_3[1]}},{{&g_3[3],&g_3[1],&g_3[1],&g_3[1],(void*)0},{&g_3[0],&g_3[3],&g_3[1],&g_3[1],&g_3[1]},{&g_3[1],(void*)0,&g_3[0],&g_3[1],&g_3[3]},{&g_3[1],&g_3[1],&g_3[1],&g_3[1],&g_3[1]},{(void*)0,&g_3[3],(void*)0,&g_3[1],&g_3[1]}},{{&g_3[1],&g_3[1],&g_3[3],&g_3[1],&g_3[1]},{&g_3[1],&g_3[1],&g_3[3],&g_3[3],&g_3[3]},{&g_3[0],(void*)0,&g_3[3],&g_3[1],&g_3[1]},{&g_3[0],&g_3[3],&g_3[3],&g_3[1],(void*)0},{&g_3[1],(void*)0,&g_3[0],&g_3[3],&g_3[1]}},{{&g_3[1],&g_3[1],&g_3[3],&g_3[1],&g_3[1]},{(void*)0,&g_3[1],&g_3[1],&g_3[1],&g_3[1]},{&g_3[1],&g_3[1],&g_3[1],&g_3[1],&g_3[1]},{&g_3[1],(void*)0,(void*)0,(void*)0,(void*)0},{&g_3[0],&g_3[1],(void*)0,&g_3[1],(void*)0}},{{&g_3[3],&g_3[1],&g_3[1],(void*)0,(void*)0},{&g_3[1],&g_3[1],&g_3[1],&g_3[1],&g_3[1]},{(void*)0,&g_3[0],&g_3[1],&g_3[3],&g_3[1]},{&g_3[3],(void*)0,&g_3[2],&g_3[1],&g_3[1]},{&g_3[2],&g_3[1],&g_3[1],&g_3[0],&g_3[1]}},{{&g_3[0],(void*)0,&g_3[1],&g_3[1],(void*)0},{(void*)0,(void*)0,&g_3[1],&g_3[1],(void*)0},{(void*)0,&g_3[1],(void*)0,&g_3[1],&g_3[1]},{&g_3[0],&g_3[3],&g_3[1],(void*)0,&g_3[1]},{&g_3[3],&g_3[1],&g_3[1],&g_3[1],&g_3[3]}}};
    uint16_t *l_1186 = (void*)0;
    uint16_t **l_1219 = (void*)0;
    int16_t ***l_1222[8];
    int16_t ****l_1221 = &l_1222[0];
    int8_t l_1253 = 0L;
    int64_t **l_1257 = (void*)0;
    int64_t ***l_1256[3];
    uint16_t l_1261 = 0xA952L;
    int16_t l_1279 = 0xA551L;
    const int64_t *l_1323 = &g_193;
    const uint8_t *l_1340 = &g_703;
    const uint8_t **l_1339 = &l_1340;
    int32_t l_1397 = 0x257C18F5L;
    uint64_t l_1402 = 18446744073709551611UL;
    int32_t l_1469[4] = {0x622E6DBCL,0x622E6DBCL,0x622E6DBCL,0x622E6DBCL};
    int64_t l_1485 = 0x70F398CA34C94E02LL;
    uint64_t l_1501 = 1UL;
    struct S0 l_1533 = {-2,11,8,-1381,-20};
    int16_t l_1547 = 0x348CL;
    int32_t l_1649 = 0x3DC1A8DDL;
    int32_t l_1683 = 0x599A3CCDL;
    uint16_t l_1689 = 0xF020L;
    uint8_t ***l_1712[7] = {&g_623,&g_623,&g_623,&g_623,&g_623,&g_623,&g_623};
    int64_t l_1751 = 1L;
    int16_t l_1821 = 0xE492L;
    int32_t l_1850 = 0xE20A9942L;
    int16_t l_1855 = 0x8F68L;
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_2[i] = 18446744073709551610UL;
    for (i = 0; i < 8; i++)
        l_1222[i] = (void*)0;
    for (i = 0; i < 3; i++)
        l_1256[i] = &l_1257;
    for (g_3[1] = 8; (g_3[1] >= 1); g_3[1] -= 1)
    { /* block id: 3 */
        int32_t *l_8[9][9][3] = {{{&g_3[3],&g_3[3],&g_3[1]},{(void*)0,&g_3[1],&g_3[1]},{&g_3[1],&g_3[3],&g_3[1]},{(void*)0,&g_3[1],(void*)0},{&g_3[2],&g_3[1],&g_3[1]},{&g_3[1],&g_3[1],&g_3[0]},{&g_3[1],&g_3[1],&g_3[2]},{&g_3[3],&g_3[3],&g_3[0]},{(void*)0,(void*)0,&g_3[1]}},{{&g_3[3],&g_3[1],&g_3[1]},{&g_3[1],&g_3[1],&g_3[0]},{&g_3[1],&g_3[1],&g_3[2]},{&g_3[1],&g_3[1],&g_3[0]},{&g_3[1],&g_3[1],&g_3[1]},{(void*)0,&g_3[1],(void*)0},{&g_3[1],(void*)0,&g_3[1]},{&g_3[1],&g_3[1],&g_3[1]},{&g_3[1],&g_3[1],&g_3[1]}},{{&g_3[0],&g_3[2],(void*)0},{&g_3[1],&g_3[3],&g_3[3]},{&g_3[1],(void*)0,&g_3[0]},{&g_3[1],&g_3[1],&g_3[1]},{&g_3[0],&g_3[1],&g_3[1]},{&g_3[1],&g_3[1],&g_3[3]},{&g_3[1],(void*)0,&g_3[3]},{&g_3[1],&g_3[1],&g_3[0]},{(void*)0,&g_3[3],&g_3[1]}},{{&g_3[1],&g_3[1],(void*)0},{&g_3[1],(void*)0,&g_3[1]},{&g_3[1],&g_3[3],(void*)0},{&g_3[1],&g_3[1],&g_3[1]},{&g_3[3],&g_3[1],&g_3[1]},{(void*)0,&g_3[3],&g_3[1]},{&g_3[3],(void*)0,&g_3[3]},{&g_3[1],&g_3[1],&g_3[1]},{&g_3[1],&g_3[3],&g_3[1]}},{{&g_3[2],&g_3[1],&g_3[1]},{(void*)0,(void*)0,&g_3[1]},{&g_3[1],&g_3[1],(void*)0},{(void*)0,&g_3[1],&g_3[1]},{&g_3[3],&g_3[1],(void*)0},{&g_3[1],(void*)0,&g_3[1]},{(void*)0,&g_3[3],(void*)0},{&g_3[1],&g_3[2],&g_3[1]},{&g_3[3],&g_3[1],(void*)0}},{{&g_3[3],&g_3[1],&g_3[1]},{&g_3[1],(void*)0,&g_3[1]},{(void*)0,&g_3[1],&g_3[1]},{&g_3[0],&g_3[1],&g_3[1]},{&g_3[2],&g_3[1],&g_3[3]},{(void*)0,&g_3[1],&g_3[1]},{&g_3[1],&g_3[1],&g_3[1]},{&g_3[1],&g_3[1],&g_3[1]},{&g_3[1],(void*)0,(void*)0}},{{&g_3[1],&g_3[3],&g_3[1]},{&g_3[1],&g_3[1],&g_3[3]},{&g_3[3],(void*)0,&g_3[1]},{(void*)0,&g_3[3],&g_3[1]},{&g_3[1],&g_3[1],&g_3[3]},{&g_3[1],&g_3[1],&g_3[1]},{&g_3[1],&g_3[1],&g_3[1]},{(void*)0,(void*)0,&g_3[0]},{&g_3[1],&g_3[1],(void*)0}},{{&g_3[1],&g_3[3],&g_3[3]},{&g_3[0],&g_3[1],(void*)0},{&g_3[2],(void*)0,&g_3[0]},{&g_3[1],&g_3[1],&g_3[1]},{(void*)0,&g_3[1],(void*)0},{&g_3[1],&g_3[1],&g_3[1]},{&g_3[3],&g_3[3],&g_3[2]},{&g_3[1],(void*)0,&g_3[1]},{&g_3[1],&g_3[1],&g_3[1]}},{{&g_3[1],&g_3[1],(void*)0},{&g_3[1],&g_3[1],&g_3[1]},{(void*)0,&g_3[1],&g_3[1]},{&g_3[3],&g_3[1],(void*)0},{&g_3[1],&g_3[1],&g_3[1]},{(void*)0,&g_3[1],&g_3[1]},{&g_3[1],&g_3[3],&g_3[2]},{&g_3[1],&g_3[1],&g_3[1]},{&g_3[1],&g_3[3],(void*)0}}};
        uint16_t * const **l_1188 = (void*)0;
        struct S0 l_1213 = {-2,5,1,1063,-5};
        uint32_t l_1216 = 5UL;
        uint16_t **l_1220 = &g_519;
        int8_t l_1273 = 0x35L;
        struct S0 *l_1353 = &g_20[4][0];
        int8_t l_1396 = 0xEEL;
        int16_t l_1418 = (-9L);
        uint16_t l_1420[10] = {0x77B0L,0x6024L,0x77B0L,0x77B0L,0x6024L,0x77B0L,0x77B0L,0x6024L,0x77B0L,0x77B0L};
        const uint8_t l_1462 = 0xBCL;
        int32_t *l_1497[5] = {&g_97[5],&g_97[5],&g_97[5],&g_97[5],&g_97[5]};
        int32_t **l_1601[6] = {&l_8[1][6][1],&l_1497[4],&l_8[1][6][1],&l_8[1][6][1],&l_1497[4],&l_8[1][6][1]};
        int64_t l_1628 = 0x40993C98D77C1C03LL;
        uint16_t l_1630 = 65528UL;
        int32_t l_1646 = 0L;
        int64_t l_1684 = (-1L);
        int32_t l_1686 = 0xAE2DD46DL;
        const uint64_t l_1700 = 0x5D05CE938E436599LL;
        uint32_t l_1703 = 5UL;
        uint64_t l_1724 = 8UL;
        int16_t l_1730 = 1L;
        uint64_t l_1755 = 0xCF477DDE0E4D018FLL;
        int i, j, k;
        g_9 ^= (safe_rshift_func_uint16_t_u_s(l_2[g_3[1]], (safe_lshift_func_uint16_t_u_u(l_2[g_3[1]], 4))));
    }
    for (l_1279 = 27; (l_1279 <= (-1)); l_1279--)
    { /* block id: 818 */
        uint16_t l_1767[9] = {65534UL,65534UL,65534UL,65534UL,65534UL,65534UL,65534UL,65534UL,65534UL};
        int64_t l_1775[9][9][3] = {{{0xFA86FCAA1498A243LL,0x251FDB2D65299AC7LL,0xA943752735D47C85LL},{0L,5L,8L},{0x53AC2B3006B37DB3LL,(-1L),5L},{0x53AC2B3006B37DB3LL,0x113AAF97AC8532E0LL,0xFA86FCAA1498A243LL},{0L,(-9L),0xDEFD5DA3E49F4AD1LL},{0xFA86FCAA1498A243LL,6L,0xE541647BABC31D98LL},{0x357B5A7007526437LL,0x5BC1E341DFA8DC8ELL,0L},{0L,0xFAC6A89A285F9C6ALL,(-1L)},{0xDEFD5DA3E49F4AD1LL,0xD7037F3281A4B27BLL,0L}},{{(-3L),0x82DCF317F6A614D3LL,0xE541647BABC31D98LL},{0xE541647BABC31D98LL,0x9CEBC11929BB5286LL,0xDEFD5DA3E49F4AD1LL},{0x4043009D913072E7LL,0xBF4D2014B2166766LL,0xFA86FCAA1498A243LL},{0L,0L,5L},{0x2EBF311ADF8B1DE4LL,0L,8L},{0xA943752735D47C85LL,0xBF4D2014B2166766LL,0xA943752735D47C85LL},{0x0337A1EE22F41BEDLL,0x9CEBC11929BB5286LL,0xE8B9FEF770758C21LL},{0x2D005A2E0B15AD62LL,0x82DCF317F6A614D3LL,1L},{0x3FCE1C26F8A20640LL,0xD7037F3281A4B27BLL,0L}},{{0xE8B9FEF770758C21LL,0xFAC6A89A285F9C6ALL,(-1L)},{0x3FCE1C26F8A20640LL,0x5BC1E341DFA8DC8ELL,0x4043009D913072E7LL},{0x2D005A2E0B15AD62LL,6L,1L},{0x0337A1EE22F41BEDLL,(-9L),0x53AC2B3006B37DB3LL},{0xA943752735D47C85LL,0x113AAF97AC8532E0LL,(-2L)},{0x2EBF311ADF8B1DE4LL,(-1L),(-2L)},{0L,5L,0x53AC2B3006B37DB3LL},{0x4043009D913072E7LL,0x251FDB2D65299AC7LL,1L},{0xE541647BABC31D98LL,0x6706CFCE8F5C70E0LL,0x4043009D913072E7LL}},{{(-3L),(-1L),1L},{0x7ABDDDD0B9797406LL,(-1L),0x398BFA1313BFAE77LL},{0L,(-1L),(-4L)},{(-3L),0L,0xFDD3ED1D121CFB1ELL},{(-1L),0x2D005A2E0B15AD62LL,4L},{(-4L),0x707B874701059B4BLL,0x41B1812B2E2DD7A6LL},{0L,0x357B5A7007526437LL,0xA6BE31277DEBDF88LL},{0L,0xE8B9FEF770758C21LL,(-1L)},{(-4L),0x51684F9D0C689CF7LL,0x7ABDDDD0B9797406LL}},{{(-1L),0L,0x214CE99B30578A7ALL},{(-3L),0xFA86FCAA1498A243LL,(-1L)},{0L,0xE541647BABC31D98LL,5L},{0x7ABDDDD0B9797406LL,5L,(-1L)},{(-1L),1L,0x214CE99B30578A7ALL},{0x214CE99B30578A7ALL,0x0337A1EE22F41BEDLL,0x7ABDDDD0B9797406LL},{0xDD3E363D988DA9CELL,0L,(-1L)},{0x398BFA1313BFAE77LL,8L,0xA6BE31277DEBDF88LL},{1L,8L,0x41B1812B2E2DD7A6LL}},{{4L,0L,4L},{0x59A7EED8A5F20ACBLL,0x0337A1EE22F41BEDLL,0xFDD3ED1D121CFB1ELL},{1L,1L,(-4L)},{0x9F1827284BEFEED4LL,5L,0x398BFA1313BFAE77LL},{0xFDD3ED1D121CFB1ELL,0xE541647BABC31D98LL,1L},{0x9F1827284BEFEED4LL,0xFA86FCAA1498A243LL,0xDD3E363D988DA9CELL},{1L,0L,0xE345C327E4DF2015LL},{0x59A7EED8A5F20ACBLL,0x51684F9D0C689CF7LL,0L},{4L,0xE8B9FEF770758C21LL,0x8062EF522075A954LL}},{{1L,0x357B5A7007526437LL,0x8062EF522075A954LL},{0x398BFA1313BFAE77LL,0x707B874701059B4BLL,0L},{0xDD3E363D988DA9CELL,0x2D005A2E0B15AD62LL,0xE345C327E4DF2015LL},{0x214CE99B30578A7ALL,0L,0xDD3E363D988DA9CELL},{(-1L),(-1L),1L},{0x7ABDDDD0B9797406LL,(-1L),0x398BFA1313BFAE77LL},{0L,(-1L),(-4L)},{(-3L),0L,0xFDD3ED1D121CFB1ELL},{(-1L),0x2D005A2E0B15AD62LL,4L}},{{(-4L),0x707B874701059B4BLL,0x41B1812B2E2DD7A6LL},{0L,0x357B5A7007526437LL,0xA6BE31277DEBDF88LL},{0L,0xE8B9FEF770758C21LL,(-1L)},{(-4L),0x51684F9D0C689CF7LL,0x7ABDDDD0B9797406LL},{(-1L),0L,0x214CE99B30578A7ALL},{(-3L),0xFA86FCAA1498A243LL,(-1L)},{0L,0xE541647BABC31D98LL,5L},{0x7ABDDDD0B9797406LL,5L,(-1L)},{(-1L),1L,0x214CE99B30578A7ALL}},{{0x214CE99B30578A7ALL,0x0337A1EE22F41BEDLL,0x7ABDDDD0B9797406LL},{0xDD3E363D988DA9CELL,0L,(-1L)},{0x398BFA1313BFAE77LL,8L,0xA6BE31277DEBDF88LL},{1L,8L,0x41B1812B2E2DD7A6LL},{4L,0L,4L},{0x59A7EED8A5F20ACBLL,0x0337A1EE22F41BEDLL,0xFDD3ED1D121CFB1ELL},{1L,1L,(-4L)},{0x9F1827284BEFEED4LL,5L,0x398BFA1313BFAE77LL},{0xFDD3ED1D121CFB1ELL,0xE541647BABC31D98LL,1L}}};
        int32_t l_1778 = 0xFE2BD0FEL;
        struct S0 l_1779 = {3,15,-1,2460,-13};
        uint32_t *l_1781 = &g_1395[1];
        uint16_t **** const * const l_1782 = &g_1717;
        int8_t l_1783 = 0x44L;
        uint8_t ***l_1812[4];
        uint16_t l_1822 = 0xA615L;
        const int8_t l_1851 = 0x06L;
        uint32_t l_1853 = 0UL;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_1812[i] = &g_623;
    }
    (*g_71) = (***g_69);
    return l_1855;
}


/* ------------------------------------------ */
/* 
 * reads : g_31 g_20.f3 g_54 g_9 g_69 g_71 g_526 g_3 g_182 g_138 g_84 g_20.f1 g_20.f4 g_122 g_504 g_20 g_80 g_472 g_174 g_209 g_572 g_97 g_235 g_436 g_272 g_623 g_350 g_624 g_166 g_185 g_124 g_723 g_76 g_767 g_891 g_193 g_722 g_910 g_867 g_369 g_573 g_1133 g_99 g_1134 g_268
 * writes: g_31 g_54 g_9 g_76 g_80 g_84 g_70 g_182 g_185 g_209 g_99 g_71 g_174 g_518 g_572 g_526 g_97 g_436 g_369 g_319 g_235 g_122 g_623 g_138 g_268 g_166 g_350 g_519 g_124 g_703 g_272 g_722 g_723 g_767 g_891 g_910 g_20.f1 g_193 g_826
 */
static int8_t  func_15(struct S0  p_16, int32_t ** p_17, int8_t  p_18, uint32_t  p_19)
{ /* block id: 8 */
    int64_t l_37[1];
    struct S0 l_74 = {1,20,-7,-2385,5};
    int32_t *l_75 = (void*)0;
    uint32_t l_933 = 4294967295UL;
    uint8_t l_967 = 0xFEL;
    int8_t l_1011 = 0x29L;
    int16_t *l_1033 = &g_166[3][3];
    int16_t **l_1032 = &l_1033;
    struct S0 *l_1071[1][1];
    int32_t l_1085 = (-1L);
    int32_t l_1108[2];
    int16_t l_1113 = 0xE8A9L;
    const uint16_t ***l_1154 = (void*)0;
    int8_t l_1166[5];
    uint32_t l_1168 = 0x157C6C05L;
    int32_t l_1178 = 0xC14A0F3EL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_37[i] = 0x8E27FB601BA2AAC5LL;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_1071[i][j] = &g_1072;
    }
    for (i = 0; i < 2; i++)
        l_1108[i] = 0x44913FA0L;
    for (i = 0; i < 5; i++)
        l_1166[i] = 0xE4L;
    for (g_31 = 0; (g_31 <= 0); g_31 += 1)
    { /* block id: 11 */
        uint32_t l_53 = 0x0C0825FCL;
        int32_t ***l_55 = &g_54;
        uint16_t *l_60 = &g_9;
        int32_t l_223 = 0xBD6449BFL;
        int64_t *l_726[6];
        int32_t *l_890 = &g_891;
        int32_t l_1109 = (-10L);
        int32_t l_1114 = 2L;
        int32_t l_1117[10] = {0L,0L,0L,0L,0L,0L,0L,0L,0L,0L};
        uint64_t **l_1135[5][5][10] = {{{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134}},{{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134}},{{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134}},{{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134}},{{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,(void*)0,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,(void*)0,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134},{&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134,&g_1134}}};
        uint8_t l_1163 = 1UL;
        int i, j, k;
        for (i = 0; i < 6; i++)
            l_726[i] = (void*)0;
        (*l_890) |= (safe_mul_func_uint8_t_u_u(func_40(func_43(func_47(((*l_55) = ((!(safe_sub_func_uint8_t_u_u(g_20[4][0].f3, l_53))) , g_54)), (safe_add_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u(((((--(*l_60)) , p_16.f0) == (0UL < func_63(g_69, p_16, l_37[0], (func_72((l_74 , l_75)) || l_223), l_74.f1))) || p_16.f2), 4UL)), g_20[4][0].f1))), g_31, g_20[4][0].f3), l_726[0]), 0x60L));
        if (((safe_lshift_func_int8_t_s_s(0L, 2)) , (safe_sub_func_int64_t_s_s((l_37[g_31] = 0L), (safe_rshift_func_uint16_t_u_u((safe_mod_func_int64_t_s_s((0x54L != (l_74.f1 > g_193)), (safe_add_func_uint64_t_u_u((~((safe_div_func_uint64_t_u_u((&l_60 == (void*)0), 18446744073709551614UL)) | p_16.f3)), g_526)))), 1))))))
        { /* block id: 489 */
            if ((*g_71))
                break;
        }
        else
        { /* block id: 491 */
            int64_t **l_908 = (void*)0;
            int64_t **l_909[10];
            uint64_t *l_911 = &g_138[4];
            int32_t l_914 = 0x1089E477L;
            int16_t *l_923[7] = {&g_182,&g_182,&g_182,&g_182,&g_182,&g_182,&g_182};
            uint8_t *l_924 = (void*)0;
            uint8_t *l_925[6][8] = {{&g_867,&g_703,&g_703,&g_867,&g_268,&g_867,&g_268,&g_867},{&g_703,&g_268,&g_703,&g_268,&g_703,&g_703,&g_268,&g_703},{&g_268,&g_268,&g_703,&g_867,&g_703,&g_867,&g_703,&g_268},{&g_268,&g_703,&g_268,&g_703,&g_703,&g_268,&g_703,&g_268},{&g_703,&g_867,&g_268,&g_867,&g_268,&g_867,&g_703,&g_703},{&g_867,&g_867,&g_268,&g_268,&g_867,&g_867,&g_703,&g_867}};
            int32_t l_926 = 0xC16174B3L;
            uint32_t *l_927[6] = {&g_928,&g_928,&g_928,&g_928,&g_928,&g_928};
            uint32_t l_962 = 0x0A916B51L;
            int32_t ****l_965 = &l_55;
            int64_t l_966[4] = {(-6L),(-6L),(-6L),(-6L)};
            uint16_t ***l_990 = &g_518;
            uint32_t l_1035 = 0xEA84C14AL;
            int32_t l_1115[3][8][8] = {{{0L,0xF067FAC8L,0L,0L,0xF067FAC8L,0L,0xAF34DC14L,0x07EDF269L},{0L,0x4308A845L,0x312A4CB2L,0L,0x904F22E7L,0xF067FAC8L,0x312A4CB2L,(-2L)},{0xFD794B97L,0x0C717D4CL,0xABACA6B8L,0L,0L,0xF194B959L,(-1L),0x07EDF269L},{0xFD04843EL,0L,0x07EDF269L,0L,0xFD794B97L,0x4308A845L,(-1L),7L},{0x0C717D4CL,0xFD04843EL,0xABACA6B8L,(-1L),(-1L),0xFD04843EL,0x312A4CB2L,0xAF34DC14L},{(-1L),0xFD04843EL,0x312A4CB2L,0xAF34DC14L,0x4308A845L,0x4308A845L,0xAF34DC14L,0x312A4CB2L},{0L,0L,0L,0x9766771CL,0x4308A845L,0xF194B959L,7L,(-1L)},{(-1L),0x0C717D4CL,0x9766771CL,0x312A4CB2L,(-1L),0xF067FAC8L,0x07EDF269L,(-1L)}},{{0x0C717D4CL,0x4308A845L,7L,0x9766771CL,0xFD794B97L,0L,(-2L),0x312A4CB2L},{0xFD04843EL,0xF067FAC8L,7L,0xAF34DC14L,0L,(-1L),0x07EDF269L,0xAF34DC14L},{0xFD794B97L,0x9461F0FEL,0x9766771CL,(-1L),0x904F22E7L,(-1L),0x9766771CL,0x9766771CL},{0xFD794B97L,0xFD04843EL,0x07EDF269L,0x07EDF269L,0xFD04843EL,0xFD794B97L,(-2L),(-1L)},{0xFD794B97L,(-1L),1L,0L,0x4308A845L,0xFD04843EL,1L,0xABACA6B8L},{0xF067FAC8L,0x9461F0FEL,7L,0L,0xF194B959L,0x0C717D4CL,0x312A4CB2L,(-1L)},{0L,0xF194B959L,(-1L),0x07EDF269L,0xF067FAC8L,(-1L),0x312A4CB2L,0x9766771CL},{0x9461F0FEL,0L,7L,0x312A4CB2L,0L,0L,1L,(-2L)}},{{0L,0L,1L,(-2L),(-1L),(-1L),(-2L),1L},{0xF194B959L,0xF194B959L,0x07EDF269L,0L,(-1L),0x0C717D4CL,0x9766771CL,0x312A4CB2L},{0L,0x9461F0FEL,0L,1L,0L,0xFD04843EL,(-1L),0x312A4CB2L},{0x9461F0FEL,(-1L),0x9766771CL,0L,0xF067FAC8L,0xFD794B97L,0xABACA6B8L,1L},{0L,0xFD04843EL,0x9766771CL,(-2L),0xF194B959L,0L,(-1L),(-2L)},{0xF067FAC8L,0x904F22E7L,0L,0x312A4CB2L,0x4308A845L,0L,0x9766771CL,0x9766771CL},{0xFD794B97L,0xFD04843EL,0x07EDF269L,0x07EDF269L,0xFD04843EL,0xFD794B97L,(-2L),(-1L)},{0xFD794B97L,(-1L),1L,0L,0x4308A845L,0xFD04843EL,1L,0xABACA6B8L}}};
            int64_t l_1118[9][8] = {{0L,0x24D3DC21D8F5DD64LL,0L,5L,5L,0L,0x24D3DC21D8F5DD64LL,0L},{1L,5L,0x48240C5ED4280C80LL,5L,1L,1L,5L,0x48240C5ED4280C80LL},{1L,1L,5L,0x48240C5ED4280C80LL,5L,1L,1L,5L},{0L,5L,5L,0L,0x24D3DC21D8F5DD64LL,0L,5L,5L},{5L,0x24D3DC21D8F5DD64LL,0x48240C5ED4280C80LL,0x48240C5ED4280C80LL,0x24D3DC21D8F5DD64LL,5L,0x24D3DC21D8F5DD64LL,0x48240C5ED4280C80LL},{0L,0x24D3DC21D8F5DD64LL,0L,5L,5L,0L,0x24D3DC21D8F5DD64LL,0L},{1L,5L,0x48240C5ED4280C80LL,5L,1L,1L,5L,0x48240C5ED4280C80LL},{1L,1L,5L,0x48240C5ED4280C80LL,5L,1L,1L,5L},{0L,5L,5L,0L,0x24D3DC21D8F5DD64LL,0L,5L,5L}};
            uint8_t l_1144[3];
            int i, j, k;
            for (i = 0; i < 10; i++)
                l_909[i] = (void*)0;
            for (i = 0; i < 3; i++)
                l_1144[i] = 0x59L;
            if ((((*g_71) ^ (~(safe_rshift_func_uint16_t_u_u((((p_16.f1 && ((g_910 = &g_174) != (void*)0)) > (((*l_911)++) ^ ((((l_914 = ((&g_174 == &l_37[g_31]) == (((**g_623) = l_914) != (safe_rshift_func_uint8_t_u_s((l_926 |= ((safe_lshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_u((safe_add_func_int16_t_s_s((l_74.f0 &= p_16.f1), p_16.f2)), (*l_890))), 9)) <= l_914)), l_914))))) , l_914) , 0x97L) > (-7L)))) , 0x60A2L), 12)))) || 0UL))
            { /* block id: 498 */
                int32_t *l_929 = &g_891;
                int32_t *l_930 = &g_526;
                int32_t *l_931 = &g_97[5];
                int32_t *l_932[2][3];
                int i, j;
                for (i = 0; i < 2; i++)
                {
                    for (j = 0; j < 3; j++)
                        l_932[i][j] = &g_97[4];
                }
                l_933--;
                return l_926;
            }
            else
            { /* block id: 501 */
                uint32_t l_948 = 18446744073709551615UL;
                int32_t ****l_963[7];
                int32_t *****l_964[7] = {&g_339,&g_339,&g_339,&g_339,&g_339,&g_339,&g_339};
                uint16_t ****l_1043 = &l_990;
                int32_t l_1069 = 0xBFE61DE8L;
                uint32_t l_1104 = 18446744073709551615UL;
                uint64_t l_1143 = 0x0D36B9848FA858E8LL;
                uint16_t * const *l_1153 = &g_519;
                uint16_t * const * const *l_1152 = &l_1153;
                int i;
                for (i = 0; i < 7; i++)
                    l_963[i] = &g_69;
                for (p_19 = 0; (p_19 < 32); p_19 = safe_add_func_uint64_t_u_u(p_19, 8))
                { /* block id: 504 */
                    l_926 = (-4L);
                }
                if ((safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((safe_div_func_uint8_t_u_u((l_914 | ((((safe_mod_func_uint64_t_u_u((((safe_rshift_func_uint8_t_u_s(2UL, g_722)) || ((l_948 != (safe_unary_minus_func_int16_t_s(((((*g_71) <= (safe_mul_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(((safe_mul_func_int16_t_s_s((safe_mul_func_int8_t_s_s(((safe_lshift_func_int16_t_s_s(l_962, 8)) <= (((l_965 = l_963[2]) == (l_74 , &l_55)) > l_926)), 1L)), 0UL)) , l_966[1]), p_16.f0)), p_16.f2)), p_16.f4))) <= (-7L)) != p_16.f3)))) & l_967)) || 1UL), p_16.f3)) && p_16.f2) , (void*)0) != &l_60)), l_966[3])), g_235)), 1UL)))
                { /* block id: 508 */
                    uint64_t **l_970 = &l_911;
                    int16_t ** const l_1034 = (void*)0;
                    const int32_t l_1036 = (-5L);
                    int32_t l_1056 = 0xBFB7C0DCL;
                    uint32_t l_1057 = 0x3F030291L;
                    for (g_891 = 0; (g_891 > 3); ++g_891)
                    { /* block id: 511 */
                        uint16_t **l_982 = &l_60;
                        int32_t *****l_983 = &l_965;
                        uint16_t ****l_991 = &l_990;
                        p_16.f0 ^= (l_970 == (((&g_20[0][0] != ((safe_unary_minus_func_uint8_t_u((safe_sub_func_uint64_t_u_u((safe_add_func_int16_t_s_s((((safe_lshift_func_uint16_t_u_s(((p_19 > (safe_lshift_func_uint16_t_u_u(0x53EFL, 10))) == (*g_71)), p_16.f3)) , (((safe_add_func_uint32_t_u_u(((void*)0 != l_982), ((void*)0 != l_983))) , (*g_910)) , 0x39B7A6C1C948D998LL)) , p_16.f3), p_16.f3)), (*g_910))))) , &p_16)) & (*g_910)) , l_970));
                        l_75 = (*p_17);
                        if ((*g_71))
                            break;
                        l_914 ^= ((safe_add_func_uint32_t_u_u((0x11FF7620L <= (safe_lshift_func_uint16_t_u_u(((-5L) ^ (safe_add_func_int16_t_s_s((((p_16.f1 != ((g_20[4][0].f1 = p_19) <= ((((&l_982 == ((*l_991) = l_990)) <= ((**l_982) ^= (((safe_mod_func_int64_t_s_s(l_37[0], (safe_div_func_uint64_t_u_u((safe_lshift_func_int16_t_s_s(g_97[8], 9)), ((&l_55 == (*l_983)) , p_16.f0))))) , p_16.f2) , 65533UL))) || (*g_910)) >= 0xD51FL))) != 4294967294UL) != 0x80715D2BL), 4L))), p_16.f2))), p_16.f1)) ^ p_18);
                    }
                    for (g_722 = 1; (g_722 <= 6); g_722 += 1)
                    { /* block id: 522 */
                        uint32_t l_1002[5][5] = {{0UL,18446744073709551612UL,18446744073709551612UL,0UL,9UL},{1UL,1UL,1UL,1UL,1UL},{18446744073709551615UL,0UL,0UL,18446744073709551615UL,0x2DC0368BL},{1UL,1UL,1UL,1UL,1UL},{18446744073709551615UL,0UL,0UL,18446744073709551615UL,0x2DC0368BL}};
                        const int16_t *l_1010[2];
                        const int16_t **l_1009 = &l_1010[0];
                        int8_t *l_1018 = &l_1011;
                        uint32_t *l_1019 = &l_53;
                        int i, j;
                        for (i = 0; i < 2; i++)
                            l_1010[i] = &g_182;
                        (*l_890) = ((safe_add_func_uint16_t_u_u(((safe_div_func_int8_t_s_s(p_16.f2, l_1002[3][1])) , (safe_sub_func_uint64_t_u_u(((**l_970) &= (p_16.f1 || (safe_sub_func_int8_t_s_s(p_18, (((safe_mod_func_uint32_t_u_u(((p_19 = ((*l_1019) ^= (((((0xE17B6AE7L & (l_1009 == (void*)0)) < (g_767[8] |= l_1011)) || ((safe_rshift_func_int8_t_s_s((safe_mod_func_int8_t_s_s((((g_193 ^= (((safe_sub_func_int8_t_s_s(((*l_1018) &= g_182), 0x5BL)) | p_19) && (*g_910))) <= p_19) && l_1002[3][1]), p_18)), g_124)) | p_16.f4)) , g_526) & p_19))) , 0xB1548070L), p_16.f4)) && 5L) <= g_80[4][0]))))), (-7L)))), (*l_890))) <= p_16.f0);
                    }
                    if ((0xC06E1598091A14BELL ^ ((safe_div_func_int64_t_s_s((safe_unary_minus_func_int8_t_s(g_193)), (safe_sub_func_uint64_t_u_u(((**l_970) = (((void*)0 == &l_965) , 0x5EAF0220870D53D8LL)), (~((safe_mod_func_int32_t_s_s(((safe_add_func_int8_t_s_s(0xCFL, (safe_lshift_func_int16_t_s_u((l_1032 != l_1034), 2)))) , ((*l_890) = (p_16.f2 < l_1035))), (-1L))) , l_1036)))))) , 9UL)))
                    { /* block id: 533 */
                        const uint16_t * const **l_1039 = (void*)0;
                        const uint16_t * const ***l_1038 = &l_1039;
                        uint16_t ****l_1040 = &l_990;
                        uint16_t *****l_1041 = (void*)0;
                        uint16_t *****l_1042[3][1][2];
                        int i, j, k;
                        for (i = 0; i < 3; i++)
                        {
                            for (j = 0; j < 1; j++)
                            {
                                for (k = 0; k < 2; k++)
                                    l_1042[i][j][k] = &l_1040;
                            }
                        }
                        p_16.f0 ^= (!((((l_1036 & (g_182 = (l_1038 == (l_1043 = l_1040)))) && (safe_lshift_func_uint8_t_u_u(((**g_623) = (((((((safe_add_func_uint16_t_u_u(0x9155L, (l_1056 = ((*l_1033) = (g_867 == (~(g_9 != ((safe_div_func_int64_t_s_s(0x5A59F57C38AE7C42LL, p_16.f3)) < (+(safe_add_func_int8_t_s_s((safe_lshift_func_int8_t_s_s(6L, 3)), g_369))))))))))) & p_19) , (-1L)) ^ p_16.f4) , &l_1032) == &l_1034) & p_16.f3)), p_18))) == (*l_890)) , 0L));
                        if (l_1057)
                            break;
                    }
                    else
                    { /* block id: 541 */
                        uint16_t l_1062[7][7] = {{0x80E4L,0xE82BL,0x80E4L,0x80E4L,0xE82BL,0x80E4L,0x80E4L},{0xFF5FL,0UL,7UL,0UL,0xFF5FL,0x9A23L,0xFF5FL},{0xE82BL,0x80E4L,0x80E4L,0xE82BL,0x80E4L,0x80E4L,0xE82BL},{0xBB35L,0UL,0xBB35L,5UL,0xFF5FL,5UL,0xBB35L},{0xE82BL,0xE82BL,9UL,0xE82BL,0xE82BL,9UL,0xE82BL},{0xFF5FL,5UL,0xBB35L,0UL,0xBB35L,5UL,0xFF5FL},{0x80E4L,0xE82BL,0x80E4L,0x80E4L,0xE82BL,0x80E4L,0x80E4L}};
                        int i, j;
                        if (p_16.f1)
                            break;
                        l_1056 = ((*l_890) = ((safe_mul_func_uint16_t_u_u(((safe_add_func_uint32_t_u_u(4294967295UL, 0xBD1BEE06L)) ^ (l_1062[6][3] <= 8L)), ((*l_60) = 1UL))) , (&l_1011 == &p_18)));
                    }
                    if ((*l_890))
                        continue;
                }
                else
                { /* block id: 548 */
                    struct S0 **l_1070 = (void*)0;
                    int32_t l_1081[9][9][3] = {{{0x7F34495CL,0xF2F2C96EL,0x22DF305AL},{3L,0L,0xEA01766FL},{(-4L),0L,0x22DF305AL},{0x9B4BD46FL,0x903BA111L,1L},{0x69565BCAL,0xE7B2B37BL,0x94796BEAL},{1L,0L,0x638B6682L},{0xA9F60D08L,0x39E5EF1DL,(-6L)},{0x39E5EF1DL,0x0AE0174CL,0x4CB510F8L},{0L,(-3L),0x4CB510F8L}},{{0x9B4BD46FL,3L,(-6L)},{0x85F032ACL,0x50CF50CFL,0x638B6682L},{(-3L),(-3L),0x94796BEAL},{0x7F34495CL,0L,1L},{1L,0x0AE0174CL,0x22DF305AL},{(-3L),1L,0xEA01766FL},{0x8E0AA484L,1L,0x22DF305AL},{0xF4A90EB2L,0xE7B2B37BL,1L},{0L,(-1L),0x94796BEAL}},{{0L,1L,0x638B6682L},{0x129BC532L,0L,(-6L)},{1L,(-6L),0x4CB510F8L},{0x3427B21AL,0L,0x4CB510F8L},{0xF4A90EB2L,3L,(-6L)},{(-4L),0L,0x638B6682L},{3L,3L,0x94796BEAL},{1L,0xEE914A57L,1L},{0L,(-6L),0x22DF305AL}},{{3L,0x39E5EF1DL,0xEA01766FL},{0x85F032ACL,0x7F34495CL,0x22DF305AL},{0x088C6358L,(-1L),1L},{0x3427B21AL,0x903BA111L,0x94796BEAL},{0x39E5EF1DL,0x7F34495CL,0x638B6682L},{0L,1L,(-6L)},{0L,0xF2F2C96EL,0x4CB510F8L},{0x69565BCAL,0xEE914A57L,0x4CB510F8L},{0x088C6358L,(-3L),(-6L)}},{{0x8E0AA484L,1L,0x638B6682L},{3L,3L,0x94796BEAL},{0L,(-3L),1L},{0x7F34495CL,0xF2F2C96EL,0x22DF305AL},{3L,0L,1L},{(-5L),0L,(-3L)},{(-1L),(-5L),0x4EAA2A94L},{8L,0xF2CFC463L,0L},{3L,0L,0L}},{{0x785CC055L,1L,0L},{1L,(-9L),0L},{0L,0x1BD5D920L,0L},{(-1L),1L,0L},{0L,0xCA25BD66L,0L},{0x12C9CDC1L,0x12C9CDC1L,0L},{0xB967DF3BL,1L,0x4EAA2A94L},{0x2FB01955L,(-9L),(-3L)},{0x12C9CDC1L,3L,1L}},{{0L,0x2FB01955L,(-3L)},{(-1L),0xF2CFC463L,0x4EAA2A94L},{0L,1L,0L},{1L,0x2FB01955L,0L},{(-1L),1L,0L},{3L,(-2L),0L},{0x9F37D0A4L,1L,0L},{(-1L),0xCA7EF733L,0L},{(-5L),0x388A1C61L,0L}},{{0xCA7EF733L,1L,0L},{0x2FB01955L,0xD9B5399AL,0x4EAA2A94L},{0L,(-2L),(-3L)},{0xCA7EF733L,1L,1L},{0L,0xB967DF3BL,(-3L)},{(-6L),1L,0x4EAA2A94L},{0x9F37D0A4L,(-5L),0L},{1L,0xB967DF3BL,0L},{0xE5F3449FL,3L,0L}},{{1L,7L,0L},{8L,0xD9B5399AL,0L},{(-6L),0x12C9CDC1L,0L},{0L,0x787A831BL,0L},{1L,0xCA7EF733L,0L},{0L,0x1BD5D920L,0x4EAA2A94L},{0xB967DF3BL,7L,(-3L)},{1L,1L,1L},{(-5L),0L,(-3L)}}};
                    int32_t l_1086 = 0xD5A2A993L;
                    uint64_t l_1120[9][10][1] = {{{1UL},{1UL},{0UL},{1UL},{0xBE8CF3655D2F981DLL},{0x8B348690D3B50323LL},{0x701D0ADBC85C67E7LL},{8UL},{0x09D759FB83D90C95LL},{18446744073709551608UL}},{{0x09D759FB83D90C95LL},{8UL},{0x701D0ADBC85C67E7LL},{0x8B348690D3B50323LL},{0xBE8CF3655D2F981DLL},{1UL},{0UL},{1UL},{1UL},{0xF023CCCFC6F95557LL}},{{18446744073709551614UL},{6UL},{18446744073709551615UL},{6UL},{18446744073709551614UL},{0xF023CCCFC6F95557LL},{1UL},{1UL},{0UL},{1UL}},{{0xBE8CF3655D2F981DLL},{0x8B348690D3B50323LL},{0x701D0ADBC85C67E7LL},{8UL},{0x09D759FB83D90C95LL},{18446744073709551608UL},{0x09D759FB83D90C95LL},{8UL},{0x701D0ADBC85C67E7LL},{0x8B348690D3B50323LL}},{{0xBE8CF3655D2F981DLL},{1UL},{0UL},{1UL},{1UL},{0xF023CCCFC6F95557LL},{18446744073709551614UL},{6UL},{18446744073709551615UL},{6UL}},{{18446744073709551614UL},{0xF023CCCFC6F95557LL},{1UL},{1UL},{0UL},{1UL},{0xBE8CF3655D2F981DLL},{0x8B348690D3B50323LL},{0x701D0ADBC85C67E7LL},{8UL}},{{0x09D759FB83D90C95LL},{18446744073709551608UL},{0x09D759FB83D90C95LL},{8UL},{0x701D0ADBC85C67E7LL},{0x8B348690D3B50323LL},{0xBE8CF3655D2F981DLL},{1UL},{0UL},{1UL}},{{18446744073709551611UL},{18446744073709551608UL},{5UL},{0x2C8481632EF5861DLL},{18446744073709551614UL},{0x2C8481632EF5861DLL},{5UL},{18446744073709551608UL},{18446744073709551611UL},{0x8B348690D3B50323LL}},{{0x09D759FB83D90C95LL},{6UL},{1UL},{0x6CA2FCD2F279E194LL},{18446744073709551615UL},{18446744073709551615UL},{18446744073709551613UL},{8UL},{18446744073709551613UL},{18446744073709551615UL}}};
                    uint16_t *l_1140 = &g_124;
                    int i, j, k;
                    (*l_890) = (safe_add_func_uint64_t_u_u((safe_mul_func_int16_t_s_s((((safe_lshift_func_int8_t_s_s((p_18 = (((l_1069 || ((&g_20[4][0] == (l_1071[0][0] = &p_16)) | p_19)) == p_16.f0) > ((safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(p_18, 3)), (((((safe_mod_func_uint16_t_u_u(((safe_mod_func_uint32_t_u_u((l_1081[1][1][2] ^= g_209), p_16.f0)) >= ((~(((*l_1033) = (((safe_lshift_func_int8_t_s_s((-1L), 6)) > g_174) < p_16.f1)) || l_1085)) > p_16.f3)), l_1086)) || p_16.f2) == l_1086) & p_16.f2) & g_504[8][0]))) | p_18))), g_122)) | g_369) && g_891), p_16.f3)), 0x0B185EB56CD2F247LL));
                    if (l_1086)
                    { /* block id: 554 */
                        struct S0 **l_1087[6] = {(void*)0,(void*)0,&l_1071[0][0],(void*)0,(void*)0,&l_1071[0][0]};
                        int32_t l_1100 = 6L;
                        int16_t **l_1101[6][2] = {{&l_923[4],&l_923[4]},{&l_923[0],&l_923[4]},{&l_923[4],&l_923[0]},{&l_923[4],&l_923[4]},{&l_923[0],&l_923[4]},{&l_923[4],&l_923[0]}};
                        int64_t l_1105 = 1L;
                        int32_t l_1106 = 0xD12AC663L;
                        int32_t l_1107 = 0xDF11FDECL;
                        int32_t l_1110 = 0x895EBD0DL;
                        int32_t l_1111 = 0xE5612FA2L;
                        int32_t l_1112 = (-1L);
                        int32_t l_1116 = 1L;
                        int32_t l_1119 = (-1L);
                        uint16_t *l_1141[4];
                        uint16_t **l_1142 = &g_350[7];
                        int i, j;
                        for (i = 0; i < 4; i++)
                            l_1141[i] = &g_185;
                        g_826 = &g_20[3][1];
                        p_16.f3 ^= (safe_add_func_uint64_t_u_u((safe_add_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_s((safe_mod_func_uint8_t_u_u((safe_add_func_int32_t_s_s((l_74.f0 = ((*l_890) = (((((((*l_911) = l_1100) , (*g_572)) != l_1101[1][1]) | 0xF1EEL) == ((safe_add_func_int32_t_s_s(((l_1081[5][1][1] , &g_767[8]) != (((*g_910) = ((((*l_60) = l_1081[1][2][0]) && l_1100) > (&l_962 != &g_928))) , &p_18)), l_1100)) < 0x927EL)) > l_1104))), 0UL)), (-6L))), p_16.f2)) && 1UL), 0UL)), 0x36F32975733852A9LL));
                        l_1120[6][9][0]++;
                        l_1143 &= ((safe_div_func_uint16_t_u_u(((-1L) != (safe_mul_func_int16_t_s_s(((!((safe_rshift_func_int16_t_s_s((~(((0x619DL | l_1120[6][9][0]) != (g_1133 == l_1135[2][0][8])) && (*l_890))), (g_182 = ((**l_1032) ^= (((safe_mul_func_int16_t_s_s((safe_add_func_uint64_t_u_u(0xFDF4D0D90E50B6EDLL, ((l_1140 = &g_124) == ((*l_1142) = l_1141[2])))), p_19)) , &g_1134) != (void*)0))))) & 0x6731L)) & p_19), p_16.f1))), p_18)) , l_1086);
                    }
                    else
                    { /* block id: 568 */
                        int32_t *l_1145[2][2];
                        uint32_t l_1151 = 0x0CB2ED32L;
                        int i, j;
                        for (i = 0; i < 2; i++)
                        {
                            for (j = 0; j < 2; j++)
                                l_1145[i][j] = (void*)0;
                        }
                        (*l_890) &= (0x73L || (((l_1144[1] , ((l_1120[0][4][0] & ((*l_1140) = (l_1145[1][1] != (void*)0))) <= (safe_add_func_int32_t_s_s((((safe_unary_minus_func_int32_t_s(((((void*)0 != &g_1134) != ((safe_lshift_func_int16_t_s_u((1L < p_18), 15)) , l_1081[1][1][2])) && p_16.f3))) ^ (-1L)) , (*g_71)), (*g_71))))) == g_97[2]) , l_1151));
                    }
                    (*l_890) = (((l_1152 != l_1154) <= ((*l_1033) = ((safe_mod_func_int64_t_s_s(0xE23E74EFACBA9776LL, (((((p_16.f0 != ((safe_rshift_func_int8_t_s_s(((p_16.f0 | (((void*)0 != &l_948) && (safe_mod_func_uint64_t_u_u((safe_add_func_int64_t_s_s((l_1163 |= ((*g_910) = (*g_910))), 0xBEE3E037DCE41590LL)), (*l_890))))) & g_767[8]), g_99)) & 0L)) ^ 0UL) || g_80[4][3]) <= p_18) && (*g_1134)))) , p_16.f0))) && p_16.f0);
                    for (l_1035 = 0; (l_1035 > 40); l_1035 = safe_add_func_int64_t_s_s(l_1035, 6))
                    { /* block id: 578 */
                        l_1168--;
                    }
                }
            }
            (*l_890) |= l_966[3];
            for (g_268 = 0; (g_268 != 9); g_268 = safe_add_func_int64_t_s_s(g_268, 9))
            { /* block id: 586 */
                uint64_t l_1173[10][8][3] = {{{0x901D0B46896C320ALL,0UL,0x12CFD0F4F75C1819LL},{2UL,0UL,18446744073709551615UL},{0x9B1C689AA79FAE91LL,1UL,0xACCD680428EF9E60LL},{0x48EDC078056B79DDLL,0x125312A874966042LL,0x12CC6127D2DE2794LL},{0x125312A874966042LL,0x8CEFFCFC0F1F0E68LL,18446744073709551608UL},{7UL,18446744073709551612UL,0UL},{0xBAE4F85108A7C5D6LL,0x9740E876ED6DF9F8LL,0x901D0B46896C320ALL},{0xA8BC49422E406391LL,0x968E2B964143F151LL,18446744073709551615UL}},{{18446744073709551612UL,0UL,0x8695C8698978128CLL},{9UL,0UL,0x72153CCFAA31721BLL},{9UL,5UL,18446744073709551615UL},{0xDB168B903DBF44DELL,5UL,0UL},{18446744073709551615UL,0UL,18446744073709551609UL},{0xBCA60F5DED8517A6LL,0UL,0x7E834EE728EB53E5LL},{0x028175A1D91013AFLL,0x968E2B964143F151LL,2UL},{9UL,0x9740E876ED6DF9F8LL,18446744073709551615UL}},{{0xE746203DF3C18263LL,18446744073709551612UL,1UL},{0x14F4ACE643246EBDLL,0x8CEFFCFC0F1F0E68LL,1UL},{18446744073709551607UL,0x125312A874966042LL,18446744073709551608UL},{18446744073709551608UL,1UL,18446744073709551614UL},{18446744073709551615UL,0UL,18446744073709551609UL},{18446744073709551609UL,0UL,9UL},{0x15CAED47F925FD58LL,18446744073709551607UL,0xC1851BE21434B719LL},{18446744073709551606UL,1UL,0x70F56166F62B4770LL}},{{0xC88155BE03668EA4LL,0x72153CCFAA31721BLL,0x74729F26D839E826LL},{0x724CDDBE6E9D3D9BLL,0x724CDDBE6E9D3D9BLL,0xC2522FF17F6153E9LL},{0xD29F7A0F1F99CC7FLL,0x2F8BF8DF545543F9LL,5UL},{18446744073709551615UL,0xB465CD12BD221773LL,0xE746203DF3C18263LL},{0UL,0UL,0x48EDC078056B79DDLL},{18446744073709551613UL,18446744073709551615UL,0xE746203DF3C18263LL},{0x9740E876ED6DF9F8LL,0x8BFC370A28553949LL,5UL},{18446744073709551613UL,18446744073709551609UL,0xC2522FF17F6153E9LL}},{{0UL,0x8CFA67E99907BF90LL,0x74729F26D839E826LL},{0UL,0UL,0x70F56166F62B4770LL},{0xA512B4E7E20F05ACLL,2UL,0xC1851BE21434B719LL},{0x07586A318892E9FDLL,0UL,9UL},{1UL,1UL,18446744073709551609UL},{18446744073709551612UL,0x70F56166F62B4770LL,18446744073709551614UL},{0x8CFA67E99907BF90LL,0x8695C8698978128CLL,18446744073709551608UL},{0x12CC6127D2DE2794LL,0xA5CEA4B4C382EBC5LL,1UL}},{{1UL,0xBCA60F5DED8517A6LL,1UL},{18446744073709551609UL,18446744073709551611UL,18446744073709551615UL},{0x8463AE1D4B650004LL,0UL,2UL},{0x08F3508FC5B9F4B2LL,18446744073709551608UL,0x7E834EE728EB53E5LL},{0x72153CCFAA31721BLL,18446744073709551612UL,18446744073709551609UL},{0xC1851BE21434B719LL,0x696D8ECB02CD5D5DLL,0UL},{0xACCD680428EF9E60LL,0x14F4ACE643246EBDLL,18446744073709551615UL},{0xACCD680428EF9E60LL,18446744073709551615UL,0x72153CCFAA31721BLL}},{{0xC1851BE21434B719LL,18446744073709551615UL,0x8695C8698978128CLL},{0x72153CCFAA31721BLL,0x901D0B46896C320ALL,18446744073709551615UL},{0x08F3508FC5B9F4B2LL,0xB92B6153B9866F0BLL,0x403F2291F6925340LL},{0xB92B6153B9866F0BLL,1UL,0UL},{1UL,0UL,1UL},{9UL,0UL,9UL},{9UL,0x7E834EE728EB53E5LL,0x8CEFFCFC0F1F0E68LL},{0x8695C8698978128CLL,0x15CAED47F925FD58LL,18446744073709551613UL}},{{18446744073709551607UL,9UL,0x5DFF1D0BF5C820F5LL},{0xDB168B903DBF44DELL,8UL,0UL},{0UL,0x8463AE1D4B650004LL,18446744073709551612UL},{0x901D0B46896C320ALL,0UL,0UL},{9UL,0xACCD680428EF9E60LL,0xACCD680428EF9E60LL},{18446744073709551615UL,0xB92B6153B9866F0BLL,0x15CAED47F925FD58LL},{18446744073709551610UL,18446744073709551609UL,0x07586A318892E9FDLL},{0UL,18446744073709551613UL,0x125312A874966042LL}},{{0x15CAED47F925FD58LL,18446744073709551612UL,0x9740E876ED6DF9F8LL},{0xA5CEA4B4C382EBC5LL,18446744073709551613UL,18446744073709551608UL},{5UL,18446744073709551609UL,0xD29F7A0F1F99CC7FLL},{0x8CFA67E99907BF90LL,0xB92B6153B9866F0BLL,7UL},{18446744073709551608UL,0xACCD680428EF9E60LL,0UL},{0x696D8ECB02CD5D5DLL,0UL,9UL},{0x8BFC370A28553949LL,0x8463AE1D4B650004LL,0x70F56166F62B4770LL},{5UL,8UL,18446744073709551615UL}},{{0x6A6749BCF19ED03BLL,9UL,0x12CC6127D2DE2794LL},{8UL,0x15CAED47F925FD58LL,5UL},{1UL,0x7E834EE728EB53E5LL,0x901D0B46896C320ALL},{1UL,0UL,18446744073709551609UL},{0x125312A874966042LL,0UL,0UL},{18446744073709551614UL,1UL,0x028175A1D91013AFLL},{0xC1851BE21434B719LL,0x48EDC078056B79DDLL,0xD072A24BC2CAD4CBLL},{18446744073709551608UL,0x403F2291F6925340LL,0x0651B6676CBBEDA0LL}}};
                int i, j, k;
                --l_1173[2][2][2];
            }
            (*l_890) &= (safe_lshift_func_uint16_t_u_u(p_16.f3, 1));
        }
        (*l_890) = 0xCDB0D3CDL;
    }
    for (g_268 = 2; (g_268 <= 8); g_268 += 1)
    { /* block id: 595 */
        int i;
        if (g_767[g_268])
            break;
        if (l_1178)
            break;
        return g_166[4][5];
    }
    return p_16.f3;
}


/* ------------------------------------------ */
/* 
 * reads : g_526 g_80 g_723 g_182 g_436 g_20.f3 g_76 g_138 g_97 g_767 g_185 g_272 g_3
 * writes: g_80 g_182 g_526 g_209 g_166 g_138 g_767 g_350 g_519
 */
static uint8_t  func_40(int64_t  p_41, int64_t * p_42)
{ /* block id: 405 */
    int32_t *l_727[7];
    int32_t **l_728 = &l_727[2];
    uint32_t l_745 = 0xC5B5C754L;
    const int32_t l_766 = (-4L);
    int32_t l_820 = 0xB54D569AL;
    uint8_t l_872 = 0xA3L;
    uint16_t *l_879 = &g_9;
    uint32_t l_889 = 0x20D31A59L;
    int i;
    for (i = 0; i < 7; i++)
        l_727[i] = &g_80[1][0];
    (*l_728) = l_727[1];
    (**l_728) = ((p_41 || (g_526 | (safe_lshift_func_int8_t_s_u(((((+(safe_add_func_uint32_t_u_u(0xC9567C04L, (+(safe_div_func_int32_t_s_s(((safe_div_func_uint16_t_u_u(p_41, p_41)) || p_41), (safe_sub_func_uint8_t_u_u((safe_div_func_int16_t_s_s(1L, (safe_lshift_func_uint8_t_u_s(l_745, (safe_div_func_int8_t_s_s((p_41 < 0x934BL), p_41)))))), (-1L))))))))) != (**l_728)) | g_723) ^ p_41), 4)))) ^ p_41);
    (*l_728) = (*l_728);
    for (g_182 = 2; (g_182 <= 7); g_182 += 1)
    { /* block id: 411 */
        int32_t *l_748 = &g_436;
        uint16_t **l_781[4][4][6] = {{{&g_350[7],&g_350[7],&g_519,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,&g_350[7],&g_519,&g_519},{&g_350[7],(void*)0,(void*)0,&g_350[0],&g_350[7],(void*)0},{(void*)0,&g_350[0],&g_519,&g_519,&g_350[7],(void*)0}},{{&g_519,&g_350[7],(void*)0,&g_350[7],&g_519,&g_519},{(void*)0,&g_519,(void*)0,&g_350[7],&g_350[0],(void*)0},{&g_350[0],(void*)0,&g_519,&g_519,&g_350[7],(void*)0},{&g_519,&g_350[7],(void*)0,(void*)0,(void*)0,&g_519}},{{&g_350[7],&g_519,(void*)0,(void*)0,(void*)0,(void*)0},{&g_350[7],&g_350[7],&g_519,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,&g_350[7],&g_519,&g_519},{&g_350[7],(void*)0,(void*)0,&g_350[0],&g_350[7],(void*)0}},{{(void*)0,&g_350[0],&g_519,&g_519,&g_350[7],(void*)0},{&g_519,&g_350[7],(void*)0,&g_350[7],&g_519,&g_519},{(void*)0,&g_519,(void*)0,&g_350[7],&g_350[0],(void*)0},{&g_350[0],(void*)0,&g_519,&g_519,&g_350[7],(void*)0}}};
        int64_t l_791 = 1L;
        int8_t * const l_797 = &g_722;
        int32_t l_804[2][9][8] = {{{(-5L),0x6879866BL,0x14A7E0ABL,0x4516151BL,0x6879866BL,6L,(-6L),0L},{0x14A7E0ABL,0L,6L,0x07AC0208L,0xA75AA67AL,3L,3L,0xA75AA67AL},{0L,9L,9L,0L,(-1L),0x14A7E0ABL,0xE5E97290L,0x07AC0208L},{0xA58A74BAL,0xE5E97290L,0x6879866BL,0x78CDB886L,0x04D78CE1L,0xF7D12476L,0x78CDB886L,0xA58A74BAL},{(-1L),0xE5E97290L,6L,0x14A7E0ABL,0x665CFC51L,0x14A7E0ABL,6L,0xE5E97290L},{0xE5E97290L,9L,3L,0x04D78CE1L,6L,3L,0xA58A74BAL,(-1L)},{0xA58A74BAL,0L,2L,0xA75AA67AL,0xE5E97290L,7L,0xA58A74BAL,0xA58A74BAL},{0x07AC0208L,0xA75AA67AL,3L,3L,0xA75AA67AL,0x07AC0208L,6L,0L},{0xA75AA67AL,0x07AC0208L,6L,0L,0x14A7E0ABL,3L,0x78CDB886L,0x14A7E0ABL}},{{0L,0xA58A74BAL,0x6879866BL,0L,0xE5E97290L,0x4516151BL,0xE5E97290L,0L},{9L,0xE5E97290L,9L,3L,0x04D78CE1L,6L,3L,0xA58A74BAL},{0xE5E97290L,(-1L),6L,0xA75AA67AL,6L,0x14A7E0ABL,0x04D78CE1L,(-1L)},{0xE5E97290L,0xA58A74BAL,(-6L),0x04D78CE1L,0x04D78CE1L,(-6L),0xA58A74BAL,0xE5E97290L},{9L,0L,(-1L),0x14A7E0ABL,0xE5E97290L,0x07AC0208L,9L,0xA58A74BAL},{0L,0x14A7E0ABL,3L,0x78CDB886L,0x14A7E0ABL,0x07AC0208L,0x04D78CE1L,0x07AC0208L},{0xA75AA67AL,0L,0xF7D12476L,0L,0xA75AA67AL,(-6L),0x78CDB886L,0xA75AA67AL},{0x07AC0208L,0xA58A74BAL,9L,0x07AC0208L,0xE5E97290L,0x14A7E0ABL,(-1L),0L},{0xA58A74BAL,(-1L),9L,0x78CDB886L,6L,6L,0x78CDB886L,9L}}};
        const struct S0 *l_824 = (void*)0;
        int32_t l_888 = 0xF6FF4312L;
        int i, j, k;
        for (g_526 = 2; (g_526 <= 7); g_526 += 1)
        { /* block id: 414 */
            uint32_t l_755 = 18446744073709551610UL;
            int16_t *l_780 = (void*)0;
            int16_t **l_779 = &l_780;
            int64_t *l_782 = (void*)0;
            int64_t *l_783 = &g_174;
            int64_t l_788 = (-6L);
            int16_t *l_789 = (void*)0;
            int16_t *l_790 = &g_166[0][0];
            int8_t *l_796 = &g_723;
            int32_t l_809 = 0xBE2387B2L;
            uint32_t l_814 = 0x3F18C062L;
            int32_t l_817[9];
            uint8_t l_821 = 249UL;
            int i;
            for (i = 0; i < 9; i++)
                l_817[i] = 0xA2ABF082L;
            l_748 = ((0xD9D38649L != 0xE3B05665L) , l_748);
            for (g_209 = 0; (g_209 <= 7); g_209 += 1)
            { /* block id: 418 */
                int16_t *l_754[5];
                uint64_t *l_765 = &g_138[4];
                int32_t l_768 = 0x7A983A84L;
                int i;
                for (i = 0; i < 5; i++)
                    l_754[i] = (void*)0;
                l_768 |= (+((safe_mul_func_int16_t_s_s((*l_748), (g_166[3][5] = (safe_mod_func_int64_t_s_s(g_20[4][0].f3, 0xFE1353667276338ALL))))) > (l_755 && (g_80[4][0] , (!((g_767[8] &= (((safe_lshift_func_int8_t_s_u((safe_rshift_func_uint16_t_u_s(((safe_rshift_func_int16_t_s_s((l_755 && p_41), (safe_div_func_uint16_t_u_u((g_76 | (((((*l_765) ^= 0x8E25ED4DDDD0A3B7LL) > l_755) | l_766) , 0x98L)), (-1L))))) <= p_41), 0)), 0)) || l_755) && g_97[4])) ^ l_755))))));
                return p_41;
            }
        }
        l_804[0][4][7] |= (((safe_mod_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s((((g_350[g_182] = l_879) == (g_519 = l_879)) , ((((((g_185 > 1UL) ^ (safe_sub_func_int32_t_s_s((((safe_mul_func_int8_t_s_s(((**l_728) = g_272), 0xEEL)) && ((((safe_mul_func_uint8_t_u_u(p_41, p_41)) ^ (safe_add_func_uint32_t_u_u(4294967290UL, 2UL))) && g_3[1]) != (-10L))) == p_41), (-1L)))) | (*l_748)) | (*l_748)) , p_41) | l_888)), 1)), g_526)) ^ (-1L)) ^ 0xC3D4L);
    }
    return l_889;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int64_t  func_43(int32_t ** p_44, uint16_t  p_45, uint64_t  p_46)
{ /* block id: 403 */
    uint16_t l_725 = 0xC61EL;
    return l_725;
}


/* ------------------------------------------ */
/* 
 * reads : g_20.f4 g_122 g_504 g_20 g_80 g_182 g_472 g_174 g_9 g_209 g_3 g_572 g_526 g_97 g_71 g_235 g_436 g_272 g_623 g_84 g_350 g_624 g_166 g_185 g_124 g_76 g_369 g_319 g_268
 * writes: g_9 g_185 g_71 g_174 g_182 g_518 g_80 g_572 g_526 g_97 g_436 g_76 g_369 g_319 g_235 g_122 g_623 g_138 g_268 g_166 g_350 g_519 g_124 g_703 g_272 g_722 g_723
 */
static int32_t ** func_47(int32_t ** p_48, uint32_t  p_49)
{ /* block id: 293 */
    const int8_t l_539[5] = {0x25L,0x25L,0x25L,0x25L,0x25L};
    int32_t *l_548 = &g_526;
    int16_t ***l_575 = &g_366;
    int32_t ***l_612[8] = {&g_70[0],&g_70[0],&g_70[0],&g_70[0],&g_70[0],&g_70[0],&g_70[0],&g_70[0]};
    int32_t l_664 = 0xCF4CF723L;
    int16_t *l_665 = &g_166[0][2];
    uint16_t **l_668 = (void*)0;
    uint16_t **l_669 = &g_350[7];
    uint16_t l_670[8] = {0xB03AL,65526UL,0xB03AL,65526UL,0xB03AL,65526UL,0xB03AL,65526UL};
    const struct S0 l_671[9] = {{-2,7,-8,-780,9},{3,4,-6,-634,-26},{-2,7,-8,-780,9},{3,4,-6,-634,-26},{-2,7,-8,-780,9},{3,4,-6,-634,-26},{-2,7,-8,-780,9},{3,4,-6,-634,-26},{-2,7,-8,-780,9}};
    uint16_t **l_672[1][7];
    int32_t *l_679 = &g_80[0][0];
    int32_t *l_680 = (void*)0;
    int32_t l_683 = (-5L);
    uint32_t l_704 = 0xF54CC146L;
    uint8_t ** const l_710 = &g_624[0][0];
    uint8_t **l_711 = &g_624[0][2];
    int16_t l_724 = 0x24F9L;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 7; j++)
            l_672[i][j] = &g_519;
    }
lbl_688:
    for (g_9 = 0; (g_9 <= 1); g_9 += 1)
    { /* block id: 296 */
        uint8_t l_538 = 1UL;
        int8_t *l_546[7];
        int32_t l_547 = (-1L);
        uint32_t l_602[2][3][7] = {{{18446744073709551608UL,18446744073709551608UL,18446744073709551615UL,18446744073709551608UL,18446744073709551608UL,18446744073709551615UL,18446744073709551608UL},{18446744073709551608UL,0xF706A4D9L,0xF706A4D9L,18446744073709551608UL,0xF706A4D9L,0xF706A4D9L,18446744073709551608UL},{0xF706A4D9L,18446744073709551608UL,0xF706A4D9L,0xF706A4D9L,18446744073709551608UL,0xF706A4D9L,0xF706A4D9L}},{{18446744073709551608UL,18446744073709551608UL,18446744073709551615UL,0xF706A4D9L,0xF706A4D9L,18446744073709551608UL,0xF706A4D9L},{0xF706A4D9L,18446744073709551615UL,18446744073709551615UL,0xF706A4D9L,18446744073709551615UL,18446744073709551615UL,0xF706A4D9L},{18446744073709551615UL,0xF706A4D9L,18446744073709551615UL,18446744073709551615UL,0xF706A4D9L,18446744073709551615UL,18446744073709551615UL}}};
        uint8_t **l_626 = &g_624[0][2];
        int32_t l_640 = 0L;
        int32_t l_641[7][1][3] = {{{0x4A9A9D49L,0x4A9A9D49L,(-1L)}},{{1L,8L,8L}},{{(-1L),1L,0x2120FC21L}},{{1L,0x7D76022FL,1L}},{{0x4A9A9D49L,(-1L),0x2120FC21L}},{{(-5L),(-5L),8L}},{{(-5L),(-1L),(-1L)}}};
        const int16_t l_648[7][9][4] = {{{1L,0x70B8L,0xDA6AL,(-3L)},{0x7B7EL,0x3C96L,0xF755L,0x5375L},{0x0407L,0xEE55L,1L,0xEE55L},{1L,0xEE55L,0x0407L,0x5375L},{0xF755L,0x3C96L,0x7B7EL,(-3L)},{0xDA6AL,0x70B8L,1L,0x1091L},{0xDA6AL,0x5375L,0x7B7EL,0x9C10L},{0xF755L,0x1091L,0x0407L,(-1L)},{1L,(-9L),1L,(-1L)}},{{0x0407L,0x1091L,0xF755L,0x9C10L},{0x7B7EL,0x5375L,0xDA6AL,0x1091L},{1L,0x70B8L,0xDA6AL,(-3L)},{0x7B7EL,0x3C96L,0xF755L,0x5375L},{0x0407L,0xEE55L,1L,0xEE55L},{1L,0xEE55L,0x0407L,0x5375L},{0xF755L,0x3C96L,0x7B7EL,(-3L)},{0xDA6AL,0x70B8L,1L,0x1091L},{0xDA6AL,0x5375L,0x7B7EL,0x9C10L}},{{0xF755L,0x1091L,0x0407L,(-1L)},{1L,(-9L),1L,(-1L)},{0x0407L,0x1091L,0xF755L,0x9C10L},{0x7B7EL,0x5375L,0xDA6AL,0x1091L},{1L,0x70B8L,0xDA6AL,(-3L)},{0x7B7EL,0x3C96L,0xF755L,0x5375L},{0x0407L,0xEE55L,1L,0xEE55L},{1L,0xEE55L,0x0407L,0x5375L},{0xF755L,0x3C96L,0x7B7EL,(-3L)}},{{0xDA6AL,0x70B8L,1L,0x1091L},{0xDA6AL,0x5375L,0x7B7EL,0x9C10L},{0xF755L,0x1091L,0x0407L,(-1L)},{1L,(-9L),1L,(-1L)},{0x0407L,0x1091L,0xF755L,0x9C10L},{0x7B7EL,0x5375L,0xDA6AL,0x1091L},{1L,0x70B8L,0xDA6AL,(-3L)},{0x7B7EL,0x3C96L,0xF755L,0x5375L},{0x0407L,0xEE55L,1L,0xEE55L}},{{1L,0xEE55L,0x0407L,0x5375L},{0xF755L,0x3C96L,0x7B7EL,(-3L)},{1L,(-1L),0x8873L,0x70B8L},{1L,0x1091L,1L,0x3C96L},{0x44DAL,0x70B8L,0x7B7EL,0xEE55L},{0xE95DL,0x9C10L,0xE95DL,0xEE55L},{0x7B7EL,0x70B8L,0x44DAL,0x3C96L},{1L,0x1091L,1L,0x70B8L},{0x8873L,(-1L),1L,0x5375L}},{{1L,(-1L),0x44DAL,0x1091L},{0x7B7EL,(-9L),0xE95DL,(-9L)},{0xE95DL,(-9L),0x7B7EL,0x1091L},{0x44DAL,(-1L),1L,0x5375L},{1L,(-1L),0x8873L,0x70B8L},{1L,0x1091L,1L,0x3C96L},{0x44DAL,0x70B8L,0x7B7EL,0xEE55L},{0xE95DL,0x9C10L,0xE95DL,0xEE55L},{0x7B7EL,0x70B8L,0x44DAL,0x3C96L}},{{1L,0x1091L,1L,0x70B8L},{0x8873L,(-1L),1L,0x5375L},{1L,(-1L),0x44DAL,0x1091L},{0x7B7EL,(-9L),0xE95DL,(-9L)},{0xE95DL,(-9L),0x7B7EL,0x1091L},{0x44DAL,(-1L),1L,0x5375L},{1L,(-1L),0x8873L,0x70B8L},{1L,0x1091L,1L,0x3C96L},{0x44DAL,0x70B8L,0x7B7EL,0xEE55L}}};
        int32_t **l_663 = (void*)0;
        int i, j, k;
        for (i = 0; i < 7; i++)
            l_546[i] = &g_235;
        if ((safe_lshift_func_uint8_t_u_u((((safe_rshift_func_int16_t_s_s(p_49, (~(l_538 != 0UL)))) , (l_539[0] > ((l_547 = ((((safe_mul_func_int8_t_s_s((((((safe_sub_func_int32_t_s_s(l_539[0], 0x20F80B43L)) == (--p_49)) == ((-4L) == (&g_366 != &g_366))) <= 0x3081L) , l_538), g_20[4][0].f4)) , l_538) & l_539[0]) < g_122)) ^ g_504[7][1]))) == 1L), l_539[0])))
        { /* block id: 299 */
            uint16_t **l_560 = &g_519;
            int32_t *l_565 = &g_97[5];
            int32_t l_590 = 2L;
            int32_t l_599[5][5][3] = {{{1L,(-1L),0x1E2AFF05L},{0x94C43F4EL,(-10L),(-10L)},{0x1E2AFF05L,0xF9AB54BAL,(-2L)},{(-3L),0x94C43F4EL,6L},{0x1E2AFF05L,(-3L),0L}},{{0x94C43F4EL,(-3L),3L},{1L,(-3L),1L},{(-10L),0x94C43F4EL,0xE8C83D07L},{0x9836F470L,0xF9AB54BAL,1L},{0xE8C83D07L,(-10L),3L}},{{(-1L),(-1L),0L},{0xE8C83D07L,0xE8C83D07L,6L},{0x9836F470L,1L,(-2L)},{(-10L),0xE8C83D07L,(-10L)},{1L,(-1L),0x1E2AFF05L}},{{0x94C43F4EL,(-10L),(-10L)},{0x1E2AFF05L,0xF9AB54BAL,(-2L)},{(-3L),0x94C43F4EL,6L},{0x1E2AFF05L,(-3L),0L},{0x94C43F4EL,(-3L),3L}},{{1L,(-3L),1L},{(-10L),0x94C43F4EL,0xE8C83D07L},{0x9836F470L,0xF9AB54BAL,1L},{0xE8C83D07L,(-10L),3L},{(-1L),(-1L),0L}}};
            int32_t ** const *l_613 = (void*)0;
            int i, j, k;
            for (g_185 = 0; (g_185 <= 1); g_185 += 1)
            { /* block id: 302 */
                int32_t **l_549 = &g_71;
                (*l_549) = l_548;
            }
            for (g_174 = 1; (g_174 >= 0); g_174 -= 1)
            { /* block id: 307 */
                int32_t l_559 = 0x3CC06D9DL;
                int32_t l_564 = (-4L);
                int32_t *l_591 = &g_84;
                int32_t *l_592 = &g_504[4][3];
                int32_t *l_593 = &g_80[1][3];
                int32_t *l_594 = &g_436;
                int32_t *l_595 = &l_547;
                int32_t *l_596 = &g_97[3];
                int32_t *l_597 = &g_504[2][3];
                int32_t *l_598 = &g_80[1][1];
                int32_t *l_600 = (void*)0;
                int32_t *l_601[2][2] = {{&l_599[2][3][2],&l_599[2][3][2]},{&l_599[2][3][2],&l_599[2][3][2]}};
                int64_t *l_611[6] = {&g_174,&g_174,&g_174,&g_174,&g_174,&g_174};
                int i, j;
                for (g_182 = 1; (g_182 >= 0); g_182 -= 1)
                { /* block id: 310 */
                    uint16_t ***l_556[10][6][4] = {{{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{(void*)0,&g_518,&g_518,&g_518}},{{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518}},{{&g_518,&g_518,&g_518,&g_518},{(void*)0,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518}},{{&g_518,&g_518,&g_518,&g_518},{(void*)0,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518}},{{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{(void*)0,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518}},{{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{(void*)0,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518}},{{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{(void*)0,&g_518,&g_518,&g_518}},{{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{(void*)0,&g_518,&g_518,&g_518}},{{&g_518,&g_518,&g_518,&g_518},{(void*)0,&g_518,&g_518,&g_518},{&g_518,(void*)0,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{(void*)0,&g_518,&g_518,&g_518}},{{&g_518,&g_518,(void*)0,&g_518},{&g_518,(void*)0,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,(void*)0,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518},{&g_518,&g_518,&g_518,&g_518}}};
                    int32_t l_563 = 0x0F1DFF9EL;
                    int32_t *l_566 = (void*)0;
                    int32_t **l_567 = &l_565;
                    const int16_t ****l_574[6][5] = {{&g_572,&g_572,&g_572,&g_572,&g_572},{&g_572,&g_572,&g_572,&g_572,&g_572},{&g_572,&g_572,&g_572,&g_572,&g_572},{&g_572,&g_572,&g_572,&g_572,&g_572},{&g_572,&g_572,&g_572,&g_572,&g_572},{&g_572,&g_572,&g_572,&g_572,&g_572}};
                    int16_t ****l_576 = &l_575;
                    int8_t *l_589 = (void*)0;
                    int i, j, k;
                    g_80[(g_174 + 1)][(g_9 + 2)] = (safe_div_func_int32_t_s_s((((g_20[5][2] , ((((((l_564 = (safe_div_func_uint32_t_u_u((((safe_div_func_uint32_t_u_u(p_49, ((((g_518 = (void*)0) != ((safe_mul_func_uint8_t_u_u((0x1595A60FBD32B743LL < l_559), 4L)) , l_560)) | ((((4UL | (p_49 > 1L)) > p_49) >= 0x6FB5E9BD16E02F8FLL) >= 0L)) | 0L))) , g_80[1][3]) && g_182), l_563))) , p_49) | l_547) != g_472) & 0x02D4C756L) ^ l_547)) >= 0xD7L) , 0x107D789DL), 0xEB6BEADFL));
                    (*l_567) = (l_566 = l_565);
                    (*l_548) = ((((g_209 | ((safe_sub_func_uint64_t_u_u(g_3[3], ((safe_lshift_func_uint16_t_u_u(((g_572 = g_572) != ((*l_576) = l_575)), (g_3[3] < ((safe_div_func_uint32_t_u_u((safe_sub_func_int8_t_s_s(0x34L, (safe_lshift_func_uint8_t_u_s((((((safe_lshift_func_int16_t_s_s(((void*)0 == &l_564), 13)) == (((((((safe_div_func_uint8_t_u_u((p_49 >= (*l_548)), 0xD6L)) ^ p_49) & p_49) <= p_49) < 0x60C8L) & (*l_565)) <= (*l_548))) == (*g_71)) , (*l_548)) | 0L), l_559)))), (-1L))) || l_538)))) && 0x5FC59FCDAA92C576LL))) <= 0x38E8E947L)) , l_589) == l_546[2]) , l_564);
                    l_590 |= (*l_565);
                }
                (*l_565) = (g_235 , l_564);
                l_602[0][0][5]++;
                (*l_594) |= (safe_lshift_func_int16_t_s_s((safe_div_func_uint64_t_u_u(((((*l_565) = (*l_596)) >= (l_611[3] != &g_31)) >= (l_612[5] != l_613)), (g_20[0][0] , 0x851967BBFECA0959LL))), 3));
            }
        }
        else
        { /* block id: 326 */
            const int16_t l_614 = 0x59D8L;
            if (l_614)
                break;
        }
        for (g_76 = 0; (g_76 <= 1); g_76 += 1)
        { /* block id: 331 */
            uint64_t l_615 = 18446744073709551609UL;
            int32_t l_638 = 5L;
            uint16_t l_644 = 65535UL;
            uint64_t l_654 = 0x11B9019512955FB3LL;
            int32_t l_655 = 0x0DDD6089L;
            for (g_369 = 0; (g_369 <= 1); g_369 += 1)
            { /* block id: 334 */
                int32_t l_639 = 0x6C01B64FL;
                const int32_t l_653 = 0xCA7F6FECL;
                int32_t l_656 = (-1L);
                int i, j;
                l_615++;
                for (g_319 = 23; (g_319 == 49); g_319 = safe_add_func_uint32_t_u_u(g_319, 8))
                { /* block id: 338 */
                    if (l_615)
                        break;
                }
                if ((*g_71))
                { /* block id: 341 */
                    uint32_t *l_620 = &g_122;
                    uint8_t ***l_625 = &g_623;
                    uint64_t *l_636 = &g_138[8];
                    int16_t *l_637 = &g_182;
                    int32_t l_642 = 1L;
                    int32_t l_643[10] = {4L,4L,4L,4L,4L,4L,4L,4L,4L,4L};
                    int i;
                    l_638 = ((g_235 |= g_272) , (((((((--(*l_620)) , ((((*l_625) = g_623) != l_626) | (((*l_637) = ((p_49 , (g_84 < (!(safe_mod_func_int32_t_s_s(((*l_548) = (*g_71)), (safe_add_func_uint32_t_u_u((safe_div_func_int64_t_s_s(g_80[1][3], ((*l_636) = (safe_mul_func_int16_t_s_s(((((void*)0 == &g_518) == p_49) >= p_49), l_538))))), p_49))))))) == 0x43357051L)) | 0xE554L))) != p_49) || 0UL) >= 0UL) ^ p_49) <= l_615));
                    l_644++;
                }
                else
                { /* block id: 350 */
                    struct S0 l_647 = {1,6,-10,-1827,-6};
                    uint16_t *l_651 = (void*)0;
                    uint16_t *l_652[9][4][7] = {{{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644}},{{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644}},{{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644}},{{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&g_9,&g_9,&g_124,&g_124,&l_644},{&g_124,&g_124,&l_644,&l_644,&g_9,&g_185,&g_185}},{{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185}},{{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185}},{{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185}},{{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185}},{{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185},{&g_185,&g_9,&l_644,&l_644,&g_9,&g_185,&g_185}}};
                    int i, j, k;
                    if ((((l_647 , ((l_648[4][3][2] , (safe_mod_func_int32_t_s_s(l_647.f2, l_644))) | (l_647.f3 = l_647.f4))) | ((-1L) < (((18446744073709551615UL && (8UL | (g_20[4][0].f1 | p_49))) & p_49) >= l_653))) < 3UL))
                    { /* block id: 352 */
                        (*l_548) = l_654;
                        (*l_548) = l_647.f4;
                        l_647.f0 |= p_49;
                        if (p_49)
                            continue;
                    }
                    else
                    { /* block id: 357 */
                        uint32_t l_657 = 0x800805DBL;
                        l_657++;
                    }
                    for (g_268 = (-24); (g_268 >= 23); ++g_268)
                    { /* block id: 362 */
                        uint64_t l_662 = 18446744073709551606UL;
                        if (l_662)
                            break;
                        if (l_662)
                            continue;
                    }
                }
            }
            return l_663;
        }
    }
    (*l_548) |= (((*l_665) = l_664) <= (safe_mul_func_int16_t_s_s((l_670[5] = ((g_519 = ((*l_669) = l_665)) == (void*)0)), p_49)));
    l_683 ^= (l_671[1] , (((g_519 = ((*l_669) = (*l_669))) == ((*l_548) , (void*)0)) != (((safe_rshift_func_uint16_t_u_s((l_671[1] , ((((safe_sub_func_uint64_t_u_u((safe_sub_func_int64_t_s_s((((*l_665) = (l_679 != (g_209 , l_680))) > ((((*l_679) = (safe_mul_func_int16_t_s_s(p_49, p_49))) != p_49) | 1UL)), p_49)), 0xC9E05D3337A8E780LL)) ^ p_49) , p_49) , p_49)), 10)) , (**g_623)) <= g_20[4][0].f4)));
    for (g_235 = 0; (g_235 > (-16)); --g_235)
    { /* block id: 383 */
        uint16_t l_695 = 0x274AL;
        int64_t *l_702 = &g_174;
        uint32_t *l_705 = &g_122;
        uint32_t l_706 = 0x7DCDE9E1L;
        uint8_t ***l_712 = &g_623;
        int8_t *l_720 = (void*)0;
        int8_t *l_721 = &g_722;
        for (g_174 = 0; (g_174 >= 24); g_174 = safe_add_func_int64_t_s_s(g_174, 1))
        { /* block id: 386 */
            if (g_436)
                goto lbl_688;
        }
        (*l_548) |= ((safe_mul_func_uint16_t_u_u(((safe_div_func_uint32_t_u_u((safe_add_func_uint64_t_u_u(g_20[4][0].f0, g_3[1])), 0xEED2B5AAL)) || ((*l_679) = l_695)), (safe_lshift_func_uint16_t_u_s((((((*l_705) = ((((safe_div_func_int8_t_s_s(((g_703 = (((safe_unary_minus_func_int64_t_s((!252UL))) , (0xD0L <= (0x5FF2A68460C1C72DLL | ((*l_702) = (((**l_669) |= (0x1BCD7E28L >= (1L <= 0x5075L))) , 0x361A15A91EB8A789LL))))) || 0xF15BB36C4BC45063LL)) | 5UL), p_49)) >= l_695) | g_20[4][0].f0) | l_704)) , 0x7C1D11F5040F171DLL) & l_695) & l_695), l_695)))) <= l_706);
        l_724 ^= ((~(g_723 = (((g_20[4][0] , (((safe_add_func_int32_t_s_s((l_710 == ((*l_712) = l_711)), (p_49 >= (!(safe_mul_func_int16_t_s_s(0x7A46L, (safe_rshift_func_uint8_t_u_u((g_472 && ((-2L) ^ (((-1L) <= ((*l_721) = ((((**l_711)--) != 0L) > l_706))) == p_49))), 6)))))))) , &g_624[0][2]) != (void*)0)) != p_49) >= p_49))) | p_49);
        if ((*l_548))
            break;
    }
    return p_48;
}


/* ------------------------------------------ */
/* 
 * reads : g_182 g_185 g_209 g_138 g_99 g_84
 * writes: g_182 g_185 g_209 g_76 g_99
 */
static uint32_t  func_63(int32_t *** p_64, struct S0  p_65, int16_t  p_66, const uint32_t  p_67, int16_t  p_68)
{ /* block id: 96 */
    uint32_t l_227 = 9UL;
    int32_t *l_231 = &g_84;
    int16_t * const *l_248 = (void*)0;
    uint64_t l_262 = 0x3B89F0E902829210LL;
    int16_t *l_283 = (void*)0;
    int32_t l_286[8][9] = {{9L,9L,0x51D62543L,0xD936B85FL,0x51D62543L,9L,9L,0x51D62543L,0xD936B85FL},{0x2172D3BCL,0xBE88D637L,0x2172D3BCL,(-10L),0x20FB379CL,0x657E7D97L,0x9DA96A55L,0x657E7D97L,0x20FB379CL},{0x450F5EE5L,0x51D62543L,0x51D62543L,0x450F5EE5L,(-1L),0x450F5EE5L,0x51D62543L,0x51D62543L,0x450F5EE5L},{0x1B5D2702L,(-10L),(-9L),(-10L),0x1B5D2702L,0xEAAF24BCL,0x20FB379CL,0xC323CDE7L,0x20FB379CL},{0x51D62543L,(-1L),0xD936B85FL,0xD936B85FL,(-1L),0x51D62543L,(-1L),0xD936B85FL,0xD936B85FL},{0x20FB379CL,(-10L),0x2172D3BCL,0xBE88D637L,0x2172D3BCL,(-10L),0x20FB379CL,0x657E7D97L,0x9DA96A55L},{0xD936B85FL,9L,0xD936B85FL,0x450F5EE5L,0x450F5EE5L,0xD936B85FL,9L,0xD936B85FL,0x450F5EE5L},{(-9L),0x657E7D97L,0x2172D3BCL,0xC323CDE7L,0x1B5D2702L,0xC323CDE7L,0x2172D3BCL,0x657E7D97L,(-9L)}};
    uint64_t l_287 = 6UL;
    int16_t l_371 = 0L;
    uint8_t *l_468 = (void*)0;
    const uint8_t *l_471 = &g_472;
    int64_t l_481 = 0x106A8AA536D568DCLL;
    int8_t l_494[5] = {(-10L),(-10L),(-10L),(-10L),(-10L)};
    uint32_t l_495 = 0UL;
    int16_t l_525 = 0x3E63L;
    int i, j;
lbl_230:
    for (g_182 = 3; (g_182 >= 0); g_182 -= 1)
    { /* block id: 99 */
        int32_t *l_224 = &g_99;
        int32_t *l_225 = &g_84;
        int32_t *l_226 = &g_76;
        ++l_227;
        if (g_182)
            goto lbl_230;
        return p_65.f0;
    }
    for (g_185 = 0; (g_185 <= 5); g_185 += 1)
    { /* block id: 106 */
        int32_t *l_239 = &g_97[5];
        int32_t l_279[3];
        int8_t *l_302[9] = {&g_235,&g_235,&g_235,&g_235,&g_235,&g_235,&g_235,&g_235,&g_235};
        int32_t ***l_303 = (void*)0;
        uint16_t *l_325 = &g_124;
        const int16_t *l_336 = &g_166[3][5];
        const int16_t **l_335 = &l_336;
        uint8_t l_358 = 0xD2L;
        int32_t *l_503[7] = {&l_286[7][8],&l_286[7][8],&l_286[7][8],&l_286[7][8],&l_286[7][8],&l_286[7][8],&l_286[7][8]};
        int64_t *l_509 = (void*)0;
        int64_t **l_508[9] = {&l_509,&l_509,&l_509,&l_509,&l_509,&l_509,&l_509,&l_509,&l_509};
        uint16_t l_530 = 65534UL;
        int i;
        for (i = 0; i < 3; i++)
            l_279[i] = 0x39E34AF9L;
        l_231 = l_231;
        for (g_209 = 0; (g_209 <= 8); g_209 += 1)
        { /* block id: 110 */
            int8_t *l_234 = &g_235;
            int32_t *l_240[9] = {&g_97[7],&g_97[7],&g_97[7],&g_97[7],&g_97[7],&g_97[7],&g_97[7],&g_97[7],&g_97[7]};
            int16_t * const *l_247 = (void*)0;
            int32_t ***l_260 = &g_70[1];
            uint32_t l_314 = 1UL;
            int64_t *l_357 = &g_31;
            int8_t l_373 = 0x99L;
            int32_t *l_389 = (void*)0;
            uint16_t * const l_402 = (void*)0;
            int i, j;
            for (g_76 = 0; (g_76 <= 5); g_76 += 1)
            { /* block id: 113 */
                for (l_227 = 0; (l_227 <= 5); l_227 += 1)
                { /* block id: 116 */
                    int i;
                    return g_138[l_227];
                }
            }
        }
        for (g_99 = 5; (g_99 >= 0); g_99 -= 1)
        { /* block id: 247 */
            uint32_t l_450 = 1UL;
            int32_t l_453[6] = {0x0393F36CL,0x0393F36CL,0x0393F36CL,0x0393F36CL,0x0393F36CL,0x0393F36CL};
            uint16_t **l_502 = (void*)0;
            int64_t *l_507 = &g_174;
            int64_t **l_506 = &l_507;
            uint8_t **l_510 = &l_468;
            uint32_t l_527 = 0xDB773FFEL;
            int i;
        }
    }
    return (*l_231);
}


/* ------------------------------------------ */
/* 
 * reads : g_76 g_69 g_71 g_3 g_526
 * writes: g_76 g_80 g_84 g_70
 */
static int32_t  func_72(int32_t * p_73)
{ /* block id: 14 */
    const uint8_t l_79 = 254UL;
    uint16_t *l_143 = &g_124;
    struct S0 l_149 = {-2,17,5,323,23};
    uint8_t l_158[9][8][1] = {{{253UL},{0x40L},{0x57L},{0xD4L},{0x57L},{0x40L},{253UL},{253UL}},{{0x40L},{0x57L},{0xD4L},{0x57L},{0x40L},{253UL},{253UL},{0x40L}},{{0x57L},{0xD4L},{0x57L},{0x40L},{253UL},{253UL},{0x40L},{0x57L}},{{0xD4L},{0x57L},{0x40L},{253UL},{253UL},{0x40L},{0x57L},{0xD4L}},{{0x57L},{0x40L},{253UL},{253UL},{0x40L},{0x57L},{0xD4L},{0x57L}},{{0x40L},{253UL},{253UL},{0x40L},{0x57L},{0xD4L},{0x57L},{0x40L}},{{253UL},{253UL},{0x40L},{0x57L},{0xD4L},{0x57L},{0x40L},{253UL}},{{253UL},{0x40L},{0x57L},{0xD4L},{0x57L},{0x40L},{253UL},{253UL}},{{0x40L},{0x57L},{0xD4L},{0x57L},{0x40L},{253UL},{253UL},{0x40L}}};
    int32_t ****l_164[8][3][9] = {{{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,(void*)0},{&g_69,&g_69,(void*)0,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69}},{{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,(void*)0},{&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69},{&g_69,&g_69,(void*)0,(void*)0,&g_69,(void*)0,(void*)0,&g_69,(void*)0}},{{&g_69,&g_69,&g_69,(void*)0,(void*)0,&g_69,(void*)0,&g_69,(void*)0},{(void*)0,&g_69,(void*)0,(void*)0,&g_69,&g_69,(void*)0,&g_69,(void*)0},{&g_69,&g_69,&g_69,(void*)0,&g_69,&g_69,&g_69,&g_69,&g_69}},{{(void*)0,&g_69,(void*)0,(void*)0,&g_69,(void*)0,(void*)0,&g_69,(void*)0},{&g_69,&g_69,&g_69,(void*)0,(void*)0,&g_69,(void*)0,&g_69,(void*)0},{(void*)0,&g_69,(void*)0,(void*)0,&g_69,&g_69,(void*)0,&g_69,(void*)0}},{{&g_69,&g_69,&g_69,(void*)0,&g_69,&g_69,&g_69,&g_69,&g_69},{(void*)0,&g_69,(void*)0,(void*)0,&g_69,(void*)0,(void*)0,&g_69,(void*)0},{&g_69,&g_69,&g_69,(void*)0,(void*)0,&g_69,(void*)0,&g_69,(void*)0}},{{(void*)0,&g_69,(void*)0,(void*)0,&g_69,&g_69,(void*)0,&g_69,(void*)0},{&g_69,&g_69,&g_69,(void*)0,&g_69,&g_69,&g_69,&g_69,&g_69},{(void*)0,&g_69,(void*)0,(void*)0,&g_69,(void*)0,(void*)0,&g_69,(void*)0}},{{&g_69,&g_69,&g_69,(void*)0,(void*)0,&g_69,(void*)0,&g_69,(void*)0},{(void*)0,&g_69,(void*)0,(void*)0,&g_69,&g_69,(void*)0,&g_69,(void*)0},{&g_69,&g_69,&g_69,(void*)0,&g_69,&g_69,&g_69,&g_69,&g_69}},{{(void*)0,&g_69,(void*)0,(void*)0,&g_69,(void*)0,(void*)0,&g_69,(void*)0},{&g_69,&g_69,&g_69,(void*)0,(void*)0,&g_69,(void*)0,&g_69,(void*)0},{(void*)0,&g_69,(void*)0,(void*)0,&g_69,&g_69,(void*)0,&g_69,(void*)0}}};
    int16_t l_183 = 0L;
    uint64_t *l_208 = &g_209;
    int i, j, k;
    for (g_76 = 0; (g_76 == (-21)); g_76 = safe_sub_func_int8_t_s_s(g_76, 1))
    { /* block id: 17 */
        uint16_t *l_144 = &g_124;
        int32_t l_154 = 1L;
        uint16_t l_180 = 0xE489L;
        int32_t l_211 = 1L;
        int32_t l_212 = (-7L);
        int32_t l_213 = (-1L);
        int32_t l_218 = 0L;
        int32_t l_219[8][6][1] = {{{0x05D2117EL},{(-1L)},{0xAFA11A28L},{0xF37E9A4CL},{0xDE44F440L},{0x53580D67L}},{{0xDE44F440L},{0xF37E9A4CL},{0xAFA11A28L},{(-1L)},{0x05D2117EL},{(-7L)}},{{0xEBDD82FDL},{8L},{0xA960763BL},{0xA960763BL},{8L},{0xEBDD82FDL}},{{(-7L)},{0x05D2117EL},{(-1L)},{0xAFA11A28L},{(-7L)},{0x81F414D7L}},{{(-3L)},{0x81F414D7L},{(-7L)},{1L},{(-7L)},{0x53580D67L}},{{0xEBDD82FDL},{0xA960763BL},{0xDE44F440L},{5L},{5L},{0xDE44F440L}},{{0xA960763BL},{0xEBDD82FDL},{0x53580D67L},{(-7L)},{1L},{(-7L)}},{{0x81F414D7L},{(-3L)},{0x81F414D7L},{(-7L)},{1L},{(-7L)}}};
        uint16_t l_220[4][9][1];
        int i, j, k;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 9; j++)
            {
                for (k = 0; k < 1; k++)
                    l_220[i][j][k] = 0x90E2L;
            }
        }
        if (l_79)
            break;
        for (g_80[1][3] = 0; (g_80[1][3] == (-15)); g_80[1][3]--)
        { /* block id: 21 */
            int32_t *l_83 = &g_84;
            struct S0 l_89 = {3,15,-5,-444,12};
            int16_t l_184 = 2L;
            int32_t l_214 = (-1L);
            int32_t l_215 = 1L;
            int32_t l_216 = 0L;
            int32_t l_217[3][2] = {{0x5BE36780L,0x5BE36780L},{0x5BE36780L,0x5BE36780L},{0x5BE36780L,0x5BE36780L}};
            int i, j;
            (*l_83) = 0x13769207L;
            for (g_84 = 0; (g_84 <= 11); g_84++)
            { /* block id: 25 */
                uint32_t l_153 = 4294967291UL;
                int32_t l_156[5] = {1L,1L,1L,1L,1L};
                int64_t *l_187[6];
                struct S0 l_203[3] = {{1,6,-7,1262,-1},{1,6,-7,1262,-1},{1,6,-7,1262,-1}};
                int16_t *l_207 = (void*)0;
                int i;
                for (i = 0; i < 6; i++)
                    l_187[i] = (void*)0;
            }
            (*g_69) = &p_73;
            --l_220[3][4][0];
        }
    }
    return (*g_71);
}


/* ------------------------------------------ */
/* 
 * reads : g_84 g_80 g_76 g_99 g_69 g_70 g_71 g_97 g_122 g_20.f4 g_20.f2 g_20.f3 g_3
 * writes: g_97 g_99 g_122 g_124 g_71 g_138
 */
static int32_t * func_87(struct S0  p_88)
{ /* block id: 26 */
    int32_t *l_98 = &g_97[5];
    int32_t *l_125[8][10] = {{(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0,(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0},{(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0,(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0},{(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0,(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0},{(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0,(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0},{(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0,(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0},{(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0,(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0},{(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0,(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0},{(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0,(void*)0,(void*)0,&g_3[1],(void*)0,(void*)0}};
    int32_t *** const *l_136 = &g_69;
    uint64_t *l_137[4] = {&g_138[4],&g_138[4],&g_138[4],&g_138[4]};
    int i, j;
    if ((safe_mod_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(g_84, 9)), g_80[1][3])))
    { /* block id: 27 */
        int32_t *l_96 = &g_97[5];
        int32_t *l_102 = &g_97[7];
        (*l_96) = (safe_mul_func_uint16_t_u_u(0x9E32L, 1L));
        if ((g_76 == 0x9186717EFFEB3B2BLL))
        { /* block id: 29 */
            return l_98;
        }
        else
        { /* block id: 31 */
            for (g_99 = 0; (g_99 >= (-2)); --g_99)
            { /* block id: 34 */
                return l_102;
            }
            return (**g_69);
        }
    }
    else
    { /* block id: 39 */
        int32_t ** const *l_103 = (void*)0;
        int32_t ** const **l_104 = &l_103;
        uint64_t l_121 = 0x99A09347D9254FF3LL;
        uint16_t *l_123[9] = {&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124};
        int i;
        (*l_104) = l_103;
        (*l_98) = (safe_div_func_int32_t_s_s((safe_lshift_func_uint16_t_u_s(p_88.f3, ((((((*l_98) | (g_124 = (safe_div_func_uint64_t_u_u(((((p_88.f1 == ((safe_mod_func_int16_t_s_s(((safe_sub_func_int64_t_s_s((*l_98), ((((safe_add_func_int16_t_s_s((((*l_98) , 0xF838L) == (safe_sub_func_int8_t_s_s(3L, ((g_122 ^= ((((safe_rshift_func_int8_t_s_u((0xFCL > p_88.f1), l_121)) ^ p_88.f3) ^ 0x9341L) > (*l_98))) < 0xFEA10F58447B4B06LL)))), g_76)) && 0xB1B7DE0C385723E8LL) & g_80[4][2]) != p_88.f1))) != g_20[4][0].f4), 1L)) | p_88.f0)) , (*l_98)) <= p_88.f3) , p_88.f1), 2L)))) & (*l_98)) || 18446744073709551615UL) == 0x7EL) <= g_20[4][0].f2))), (*l_98)));
        (**g_69) = l_98;
        (**g_69) = l_125[3][5];
    }
    (*l_98) = ((!(((g_99 | (g_20[4][0].f4 <= (g_138[4] = (safe_rshift_func_uint8_t_u_s(((safe_add_func_uint8_t_u_u(g_84, ((-4L) < g_20[4][0].f3))) | (((safe_unary_minus_func_uint8_t_u(((safe_add_func_uint16_t_u_u((safe_add_func_int16_t_s_s((-10L), g_99)), ((l_98 != ((**g_69) = (**g_69))) <= g_3[1]))) == g_76))) , l_136) != &g_69)), 1))))) , (**l_136)) != (**l_136))) >= p_88.f1);
    return (***l_136);
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
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_9, "g_9", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_20[i][j].f0, "g_20[i][j].f0", print_hash_value);
            transparent_crc(g_20[i][j].f1, "g_20[i][j].f1", print_hash_value);
            transparent_crc(g_20[i][j].f2, "g_20[i][j].f2", print_hash_value);
            transparent_crc(g_20[i][j].f3, "g_20[i][j].f3", print_hash_value);
            transparent_crc(g_20[i][j].f4, "g_20[i][j].f4", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_80[i][j], "g_80[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_84, "g_84", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_97[i], "g_97[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_138[i], "g_138[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_166[i][j], "g_166[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_174, "g_174", print_hash_value);
    transparent_crc(g_182, "g_182", print_hash_value);
    transparent_crc(g_185, "g_185", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    transparent_crc(g_209, "g_209", print_hash_value);
    transparent_crc(g_235, "g_235", print_hash_value);
    transparent_crc(g_268, "g_268", print_hash_value);
    transparent_crc(g_272, "g_272", print_hash_value);
    transparent_crc(g_319, "g_319", print_hash_value);
    transparent_crc(g_369, "g_369", print_hash_value);
    transparent_crc(g_436, "g_436", print_hash_value);
    transparent_crc(g_472, "g_472", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_504[i][j], "g_504[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_526, "g_526", print_hash_value);
    transparent_crc(g_703, "g_703", print_hash_value);
    transparent_crc(g_722, "g_722", print_hash_value);
    transparent_crc(g_723, "g_723", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_767[i], "g_767[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_867, "g_867", print_hash_value);
    transparent_crc(g_891, "g_891", print_hash_value);
    transparent_crc(g_928, "g_928", print_hash_value);
    transparent_crc(g_1072.f0, "g_1072.f0", print_hash_value);
    transparent_crc(g_1072.f1, "g_1072.f1", print_hash_value);
    transparent_crc(g_1072.f2, "g_1072.f2", print_hash_value);
    transparent_crc(g_1072.f3, "g_1072.f3", print_hash_value);
    transparent_crc(g_1072.f4, "g_1072.f4", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 9; k++)
            {
                transparent_crc(g_1167[i][j][k], "g_1167[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1199, "g_1199", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_1395[i], "g_1395[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1429, "g_1429", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_1451[i], "g_1451[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_1562[i], "g_1562[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1581, "g_1581", print_hash_value);
    transparent_crc(g_1701, "g_1701", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_1752[i], "g_1752[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 487
   depth: 1, occurrence: 16
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 5
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 2
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 22
breakdown:
   indirect level: 0, occurrence: 16
   indirect level: 1, occurrence: 6
XXX full-bitfields structs in the program: 16
breakdown:
   indirect level: 0, occurrence: 16
XXX times a bitfields struct's address is taken: 30
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 43
XXX times a single bitfield on LHS: 26
XXX times a single bitfield on RHS: 166

XXX max expression depth: 32
breakdown:
   depth: 1, occurrence: 123
   depth: 2, occurrence: 37
   depth: 3, occurrence: 3
   depth: 8, occurrence: 1
   depth: 9, occurrence: 2
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 2
   depth: 21, occurrence: 2
   depth: 22, occurrence: 3
   depth: 24, occurrence: 1
   depth: 25, occurrence: 4
   depth: 26, occurrence: 1
   depth: 27, occurrence: 4
   depth: 29, occurrence: 1
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 32, occurrence: 2

XXX total number of pointers: 322

XXX times a variable address is taken: 888
XXX times a pointer is dereferenced on RHS: 157
breakdown:
   depth: 1, occurrence: 107
   depth: 2, occurrence: 41
   depth: 3, occurrence: 7
   depth: 4, occurrence: 2
XXX times a pointer is dereferenced on LHS: 214
breakdown:
   depth: 1, occurrence: 180
   depth: 2, occurrence: 28
   depth: 3, occurrence: 5
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 36
XXX times a pointer is compared with address of another variable: 11
XXX times a pointer is compared with another pointer: 15
XXX times a pointer is qualified to be dereferenced: 6647

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 789
   level: 2, occurrence: 319
   level: 3, occurrence: 241
   level: 4, occurrence: 112
   level: 5, occurrence: 5
XXX number of pointers point to pointers: 140
XXX number of pointers point to scalars: 176
XXX number of pointers point to structs: 6
XXX percent of pointers has null in alias set: 30.7
XXX average alias set size: 1.39

XXX times a non-volatile is read: 1429
XXX times a non-volatile is write: 746
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 4

XXX stmts: 134
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 26
   depth: 1, occurrence: 29
   depth: 2, occurrence: 21
   depth: 3, occurrence: 17
   depth: 4, occurrence: 19
   depth: 5, occurrence: 22

XXX percentage a fresh-made variable is used: 14.9
XXX percentage an existing variable is used: 85.1
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

