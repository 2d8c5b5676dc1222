/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 12 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      12
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   signed f0 : 20;
   uint64_t  f1;
};

union U1 {
   int16_t  f0;
   int32_t  f1;
   const uint16_t  f2;
   int16_t  f3;
   int16_t  f4;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3[6] = {0x11F07B4BL,(-10L),0x11F07B4BL,0x11F07B4BL,(-10L),0x11F07B4BL};
static union U1 g_12 = {0xECF7L};
static int64_t g_54 = 0x7C769867F5D1CC0CLL;
static uint64_t g_67 = 0x26AECE01153AA9B2LL;
static int8_t g_71 = 0x53L;
static int64_t *g_78 = &g_54;
static const int64_t g_81 = 8L;
static const int64_t *g_80 = &g_81;
static uint16_t g_87[5] = {65527UL,65527UL,65527UL,65527UL,65527UL};
static int16_t g_88[7] = {0xF720L,0xF720L,0xF720L,0xF720L,0xF720L,0xF720L,0xF720L};
static const int32_t g_95 = 0x33A9B92FL;
static uint32_t g_96[3] = {4294967290UL,4294967290UL,4294967290UL};
static uint8_t g_117 = 254UL;
static union U1 g_135 = {0x16A6L};
static union U1 *g_134 = &g_135;
static uint64_t g_137 = 5UL;
static union U1 g_140 = {0x19F0L};
static union U1 *g_139 = &g_140;
static const union U0 g_156 = {-8L};
static int32_t g_172 = 0x8E123B5FL;
static int32_t *g_171 = &g_172;
static uint32_t g_210 = 0xB54D3951L;
static int64_t g_212 = 0x70A5D863CB28DBC5LL;
static int8_t g_218 = 0xBDL;
static union U0 g_240 = {0L};
static union U0 *g_239 = &g_240;
static uint64_t g_241 = 0x3C3F2B265B679A5ELL;
static uint32_t g_261[1] = {0x8FE39352L};
static uint16_t g_274 = 0x9576L;
static uint32_t *g_288 = &g_96[1];
static const uint32_t g_292 = 0x0BCB55B0L;
static int32_t g_335 = (-1L);
static uint32_t g_380 = 1UL;
static union U1 *** const g_383[3][1] = {{(void*)0},{(void*)0},{(void*)0}};
static union U1 g_394 = {-1L};
static const union U1 ****g_405 = (void*)0;
static uint32_t g_452 = 4294967288UL;
static int64_t g_455[9] = {5L,5L,5L,5L,5L,5L,5L,5L,5L};
static uint64_t g_456 = 0x687D50B3FAAC7D03LL;
static int32_t g_468 = 0L;
static uint64_t g_469 = 0xDB93108163D36BDCLL;
static uint16_t g_530 = 0xAE53L;
static uint32_t g_563 = 1UL;
static uint32_t *** const g_572 = (void*)0;
static const uint16_t g_632 = 0x2468L;
static int32_t g_635[5] = {0L,0L,0L,0L,0L};
static uint64_t g_637 = 0x3CB3C2ED5490B76FLL;
static union U1 **g_654[7][6] = {{&g_134,(void*)0,&g_134,(void*)0,&g_134,(void*)0},{&g_134,(void*)0,&g_134,(void*)0,&g_134,(void*)0},{&g_134,(void*)0,&g_134,(void*)0,&g_134,(void*)0},{&g_134,(void*)0,&g_134,(void*)0,&g_134,(void*)0},{&g_134,(void*)0,&g_134,(void*)0,&g_134,(void*)0},{&g_134,(void*)0,&g_134,(void*)0,&g_134,(void*)0},{&g_134,(void*)0,&g_134,(void*)0,&g_134,(void*)0}};
static union U1 ***g_653 = &g_654[3][3];
static union U1 ****g_652 = &g_653;
static union U1 *****g_651[5][8] = {{(void*)0,(void*)0,&g_652,&g_652,&g_652,(void*)0,&g_652,&g_652},{&g_652,(void*)0,&g_652,&g_652,&g_652,(void*)0,&g_652,&g_652},{(void*)0,(void*)0,&g_652,(void*)0,&g_652,&g_652,(void*)0,(void*)0},{&g_652,&g_652,&g_652,&g_652,&g_652,&g_652,&g_652,&g_652},{(void*)0,&g_652,&g_652,(void*)0,&g_652,&g_652,&g_652,&g_652}};
static int32_t *g_670 = &g_172;
static int8_t *g_698[1] = {(void*)0};
static int8_t **g_697 = &g_698[0];
static int8_t ** const * const g_696 = &g_697;
static union U1 ****g_705 = &g_653;
static uint64_t *g_762[3] = {&g_637,&g_637,&g_637};
static uint64_t **g_761 = &g_762[1];
static uint64_t ***g_760 = &g_761;
static uint32_t g_907 = 0xF5AC8E2DL;
static union U1 g_925 = {0xBBA5L};
static const union U1 *g_924 = &g_925;
static uint16_t *g_927 = &g_274;
static uint16_t **g_926[4][6] = {{&g_927,&g_927,&g_927,&g_927,&g_927,&g_927},{(void*)0,&g_927,&g_927,&g_927,(void*)0,(void*)0},{&g_927,&g_927,&g_927,&g_927,&g_927,&g_927},{&g_927,&g_927,&g_927,&g_927,&g_927,&g_927}};
static int64_t g_1003 = 0x11C082408A46F1ACLL;
static int32_t g_1004 = 9L;
static uint8_t g_1005 = 0UL;
static uint32_t g_1010 = 18446744073709551615UL;
static int32_t g_1027 = (-1L);
static int32_t * const g_1026 = &g_1027;
static int32_t * const *g_1025 = &g_1026;
static uint64_t g_1088 = 18446744073709551612UL;
static union U0 g_1113 = {-4L};
static int64_t g_1170[3][4][1] = {{{(-1L)},{0x71A729B4CE2F4D36LL},{(-1L)},{0x71A729B4CE2F4D36LL}},{{(-1L)},{0x71A729B4CE2F4D36LL},{(-1L)},{0x71A729B4CE2F4D36LL}},{{(-1L)},{0x71A729B4CE2F4D36LL},{(-1L)},{0x71A729B4CE2F4D36LL}}};
static int32_t g_1171 = 0x2B93F4BAL;
static int16_t g_1172[10][8][3] = {{{0xC3D4L,0x1875L,0L},{0L,0x770CL,0xB034L},{1L,0x1875L,(-4L)},{0L,0x71D2L,0x3B98L},{0x753BL,0L,0xBFBBL},{0x8AD3L,8L,(-9L)},{2L,0x55D4L,0x6360L},{0x71D2L,(-3L),0x71D2L}},{{0x3072L,0xE2CFL,0x753BL},{1L,1L,0L},{0x3D69L,(-2L),0xC3D4L},{5L,(-10L),(-8L)},{0x3D69L,0L,0x339CL},{1L,(-9L),0x770CL},{0x3072L,(-9L),0xB683L},{0x71D2L,0xB034L,1L}},{{2L,0xBF87L,0xE752L},{0x8AD3L,0x8AD3L,0x1A3DL},{0x753BL,2L,2L},{0L,1L,(-1L)},{1L,0xC113L,0xAC62L},{0L,0L,(-1L)},{0xC3D4L,0x3EEEL,2L},{8L,7L,0x1A3DL}},{{0xC377L,0xEE3EL,0xE752L},{(-1L),7L,0x770CL},{0x1917L,0L,1L},{(-3L),0x71D2L,0x8AD3L},{1L,2L,0x7912L},{5L,0x7DCCL,0xCC35L},{0xE752L,(-9L),0x205BL},{1L,0x7DCCL,(-10L)}},{{0x3D69L,2L,0L},{(-8L),0x71D2L,(-9L)},{(-1L),0L,0x3072L},{0x3B98L,7L,(-1L)},{0xDC63L,0x4151L,0xDC63L},{1L,(-6L),(-8L)},{0xB683L,0x1875L,0xAC62L},{(-10L),0x1A3DL,5L}},{{0xC377L,0x5275L,0xBEC3L},{(-10L),0x770CL,(-1L)},{0xB683L,(-2L),(-1L)},{1L,0xFD30L,0x6270L},{0xDC63L,0xE638L,8L},{0x3B98L,5L,7L},{(-1L),(-1L),2L},{(-8L),0L,0x3B98L}},{{0x3D69L,0xE939L,0x1917L},{1L,0x3B98L,0x71D2L},{0xE752L,0L,0x1917L},{5L,0L,0x3B98L},{1L,0x4B70L,2L},{(-3L),(-9L),7L},{0x1917L,0xE2CFL,8L},{1L,0x6270L,0x6270L}},{{0x1A59L,(-9L),(-1L)},{0x6270L,(-9L),(-1L)},{0x205BL,0x55D4L,0xBEC3L},{0x7DCCL,0x8AD3L,5L},{(-8L),0x55D4L,0xAC62L},{0x1A3DL,(-9L),(-8L)},{0L,(-9L),0xDC63L},{0xFD30L,0x6270L,(-1L)}},{{0x753BL,0xE2CFL,0x3072L},{(-9L),(-9L),(-9L)},{6L,0x4B70L,0L},{8L,0L,(-10L)},{2L,0L,0x205BL},{0x6334L,0x3B98L,0xCC35L},{2L,0xE939L,0x7912L},{8L,0L,0x8AD3L}},{{6L,(-1L),1L},{(-9L),5L,0x770CL},{0x753BL,0xE638L,(-4L)},{0xFD30L,0xFD30L,(-10L)},{0L,(-2L),0x753BL},{0x1A3DL,0x770CL,1L},{(-8L),0x5275L,0xBFBBL},{0x7DCCL,0x1A3DL,1L}}};
static uint32_t g_1173 = 0x9B3D10CFL;
static uint8_t g_1189 = 0x70L;
static int8_t g_1199 = 0L;
static int32_t g_1202[6][5][4] = {{{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL}},{{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL}},{{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL}},{{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL}},{{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL}},{{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL},{9L,0x8299E4ECL,9L,0x8299E4ECL}}};
static uint32_t g_1211 = 6UL;
static const union U0 *g_1224 = &g_1113;
static const union U0 **g_1223 = &g_1224;
static const union U0 ***g_1222[6] = {&g_1223,&g_1223,&g_1223,&g_1223,&g_1223,&g_1223};
static const union U0 **** const g_1221 = &g_1222[3];
static const uint64_t g_1717 = 18446744073709551608UL;
static int64_t g_1790[8][9] = {{0xEC589B33ECA350A5LL,(-1L),0L,(-10L),(-10L),0L,(-1L),0xEC589B33ECA350A5LL,(-10L)},{6L,0x481479DD4DBF5BB2LL,0xEC589B33ECA350A5LL,3L,(-1L),(-1L),3L,0xEC589B33ECA350A5LL,0x481479DD4DBF5BB2LL},{(-10L),0xEC589B33ECA350A5LL,6L,(-10L),0xB0BC5BB45AA547FALL,0xC9577B927D6B2A69LL,0xC9577B927D6B2A69LL,0xB0BC5BB45AA547FALL,(-10L)},{(-10L),0x1A2A3493BC58D5F7LL,(-10L),0xC9577B927D6B2A69LL,3L,6L,0L,0L,6L},{6L,0xEC589B33ECA350A5LL,(-10L),0xEC589B33ECA350A5LL,6L,(-10L),0xB0BC5BB45AA547FALL,0xC9577B927D6B2A69LL,0xC9577B927D6B2A69LL},{0xEC589B33ECA350A5LL,0x481479DD4DBF5BB2LL,6L,0xC9577B927D6B2A69LL,6L,0x481479DD4DBF5BB2LL,0xEC589B33ECA350A5LL,3L,(-1L)},{0L,(-1L),0xEC589B33ECA350A5LL,(-10L),3L,(-10L),0xEC589B33ECA350A5LL,(-1L),0L},{0x481479DD4DBF5BB2LL,(-10L),0L,3L,0xB0BC5BB45AA547FALL,6L,0xB0BC5BB45AA547FALL,3L,0L}};
static uint32_t g_1791 = 4294967287UL;
static uint32_t *g_1838[4] = {&g_380,&g_380,&g_380,&g_380};
static uint16_t g_1853 = 65535UL;
static int64_t ***g_1898 = (void*)0;
static int32_t g_1924[7] = {0L,0L,0L,0L,0L,0L,0L};
static int16_t g_1932 = 1L;
static int32_t *g_1978 = &g_468;
static int32_t **g_1985 = &g_171;
static int32_t ***g_1984 = &g_1985;
static int32_t *** const *g_1983[4][4][9] = {{{&g_1984,&g_1984,&g_1984,&g_1984,(void*)0,&g_1984,&g_1984,&g_1984,&g_1984},{&g_1984,&g_1984,&g_1984,&g_1984,(void*)0,&g_1984,&g_1984,&g_1984,&g_1984},{&g_1984,&g_1984,(void*)0,&g_1984,(void*)0,&g_1984,&g_1984,&g_1984,&g_1984},{(void*)0,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984}},{{&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,(void*)0,&g_1984},{&g_1984,(void*)0,&g_1984,&g_1984,&g_1984,(void*)0,&g_1984,&g_1984,&g_1984},{&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984},{(void*)0,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984}},{{&g_1984,(void*)0,(void*)0,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984},{&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984},{&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984},{&g_1984,&g_1984,&g_1984,&g_1984,(void*)0,(void*)0,&g_1984,&g_1984,&g_1984}},{{&g_1984,&g_1984,(void*)0,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984},{&g_1984,&g_1984,(void*)0,(void*)0,&g_1984,&g_1984,&g_1984,(void*)0,&g_1984},{(void*)0,&g_1984,(void*)0,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984},{&g_1984,&g_1984,&g_1984,(void*)0,&g_1984,&g_1984,&g_1984,&g_1984,&g_1984}}};
static int32_t *** const **g_1982 = &g_1983[3][1][1];
static union U1 g_1988 = {-2L};


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static int8_t  func_9(union U1  p_10, uint16_t  p_11);
static union U0  func_15(uint16_t  p_16, uint8_t  p_17, int16_t  p_18, int16_t  p_19, int32_t  p_20);
static uint16_t  func_21(int16_t  p_22, union U1  p_23);
static union U1  func_25(uint64_t  p_26, int64_t  p_27, int32_t  p_28);
static int32_t  func_31(uint32_t  p_32, const union U1  p_33);
static const uint16_t  func_40(const union U1  p_41);
static union U1  func_42(int64_t  p_43, int32_t  p_44, int64_t  p_45);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3
 * writes: g_3
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int8_t l_2[1][2];
    uint32_t **l_1760 = &g_288;
    uint8_t l_1792 = 0UL;
    int32_t l_1793 = 0x98E62133L;
    int16_t l_1794 = 0L;
    union U1 l_1796 = {0L};
    uint32_t *l_1836 = (void*)0;
    uint16_t l_1873 = 0x6B82L;
    int32_t l_1899 = 0x7FBF9BDDL;
    uint64_t l_1925 = 2UL;
    int32_t l_1934 = 0xEE9D6CE3L;
    int32_t l_1937 = (-1L);
    int64_t l_1973[9][4] = {{0x45397195FAB3BDA9LL,0x45397195FAB3BDA9LL,0x388FDEED0F9485F5LL,0x45397195FAB3BDA9LL},{0x45397195FAB3BDA9LL,(-1L),(-1L),0x45397195FAB3BDA9LL},{(-1L),0x45397195FAB3BDA9LL,(-1L),(-1L)},{0x45397195FAB3BDA9LL,0x45397195FAB3BDA9LL,0x388FDEED0F9485F5LL,0x45397195FAB3BDA9LL},{0x45397195FAB3BDA9LL,(-1L),(-1L),0x45397195FAB3BDA9LL},{(-1L),0x45397195FAB3BDA9LL,(-1L),(-1L)},{0x45397195FAB3BDA9LL,0x45397195FAB3BDA9LL,0x388FDEED0F9485F5LL,0x45397195FAB3BDA9LL},{0x45397195FAB3BDA9LL,(-1L),(-1L),0x45397195FAB3BDA9LL},{(-1L),0x45397195FAB3BDA9LL,(-1L),(-1L)}};
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_2[i][j] = 0x48L;
    }
    for (g_3[2] = 0; (g_3[2] <= 0); g_3[2] += 1)
    { /* block id: 3 */
        uint64_t l_4 = 18446744073709551606UL;
        int8_t *l_1752[10] = {&g_218,&l_2[0][0],&l_2[0][0],&l_2[0][0],&l_2[0][0],&g_218,&l_2[0][0],&l_2[0][0],&l_2[0][0],&l_2[0][0]};
        int32_t l_1753 = 0xE39E8DBAL;
        int16_t *l_1754 = &g_1172[9][4][2];
        int32_t l_1789[10][4][1] = {{{0x683CAA93L},{(-2L)},{0x8F847583L},{0L}},{{0x723838EDL},{0x723838EDL},{0L},{0x8F847583L}},{{(-2L)},{0L},{(-2L)},{0x0BC62A7FL}},{{0x693E03A9L},{0x683CAA93L},{0x693E03A9L},{0x0BC62A7FL}},{{(-2L)},{0L},{8L},{1L}},{{0xE417BEA0L},{0L},{0L},{0xE417BEA0L}},{{1L},{8L},{0L},{(-2L)}},{{0x0BC62A7FL},{0x693E03A9L},{0x683CAA93L},{0x693E03A9L}},{{0x0BC62A7FL},{(-2L)},{0L},{8L}},{{1L},{0xE417BEA0L},{0L},{0L}}};
        int32_t *l_1833 = (void*)0;
        int32_t l_2013 = 0L;
        int i, j, k;
        if (l_4)
            break;
        if (l_4)
            break;
    }
    return l_1796.f3;
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_12.f2 g_12.f0 g_12.f4 g_54 g_67 g_71 g_12.f3 g_81 g_88 g_96 g_117 g_87 g_394.f1 g_171 g_172 g_670 g_78 g_635 g_95 g_394.f0 g_80 g_456 g_139 g_140 g_696 g_705 g_218 g_240.f0 g_288 g_530 g_140.f2 g_637 g_760 g_563 g_274 g_335 g_134 g_135 g_137 g_761 g_762 g_135.f4 g_653 g_654 g_455 g_926 g_261 g_394.f2 g_927 g_140.f3 g_1005 g_1010 g_1026 g_1027 g_652 g_1025 g_140.f4 g_239 g_240 g_469 g_1088 g_1189 g_1173 g_1211 g_1221 g_925.f0 g_212 g_135.f0 g_240.f1 g_1172
 * writes: g_12.f4 g_54 g_67 g_71 g_78 g_80 g_87 g_88 g_96 g_117 g_394.f1 g_210 g_137 g_135.f4 g_12.f0 g_172 g_274 g_335 g_652 g_530 g_654 g_924 g_926 g_468 g_134 g_761 g_240.f0 g_1005 g_1010 g_1025 g_1027 g_140.f4 g_637 g_135.f0 g_1088 g_171 g_1189 g_1173 g_1211 g_394.f0 g_925.f0 g_212 g_240.f1
 */
static int8_t  func_9(union U1  p_10, uint16_t  p_11)
{ /* block id: 6 */
    uint32_t l_24 = 0x8BD85027L;
    uint32_t l_1309 = 0xAEAE46F9L;
    (*g_1026) = (func_15(func_21(l_24, func_25((safe_add_func_int32_t_s_s(func_31((safe_div_func_uint64_t_u_u(l_24, (g_3[3] , (l_24 | ((safe_lshift_func_int16_t_s_s((((safe_div_func_uint16_t_u_u(func_40(func_42(l_24, (safe_lshift_func_uint8_t_u_s(g_12.f2, 3)), g_12.f0)), l_24)) , (*g_670)) > 7UL), p_10.f0)) <= p_10.f3))))), p_10), 0x5D92026BL)), l_24, l_24)), g_261[0], l_24, g_1172[5][2][1], l_1309) , p_10.f0);
    return p_10.f0;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_468
 */
static union U0  func_15(uint16_t  p_16, uint8_t  p_17, int16_t  p_18, int16_t  p_19, int32_t  p_20)
{ /* block id: 683 */
    int32_t l_1313 = 1L;
    int32_t * const l_1324 = &g_172;
    uint16_t *l_1359 = &g_530;
    uint32_t l_1363 = 0xFBF2AA9CL;
    uint64_t ***l_1364 = &g_761;
    uint32_t l_1413 = 4UL;
    uint16_t l_1438 = 0xF6D7L;
    int32_t l_1439 = 0x21A4C156L;
    int32_t l_1441 = (-1L);
    int32_t l_1447[6] = {0L,0L,0L,0L,0L,0L};
    uint16_t l_1452 = 0xC2E1L;
    union U1 *l_1484 = (void*)0;
    union U0 *l_1499 = &g_1113;
    union U0 *l_1501 = &g_1113;
    uint32_t ***l_1518 = (void*)0;
    int32_t *l_1576[1][8][9] = {{{&g_335,&g_1202[1][4][2],&g_335,&g_335,&g_1202[1][4][2],&g_335,&g_335,&g_1202[1][4][2],&g_335},{&g_335,&g_3[2],&g_335,&g_1004,&g_1171,&g_1004,&g_335,&g_3[2],&g_335},{&g_335,&g_1202[1][4][2],&g_335,&g_335,&g_1202[1][4][2],&g_335,&g_335,&g_1202[1][4][2],&g_335},{&g_335,&g_3[2],&g_335,&g_1004,&g_1171,&g_1004,&g_335,&g_3[2],&g_335},{&g_335,&g_1202[1][4][2],&g_335,&g_335,&g_1202[1][4][2],&g_335,&g_335,&g_1202[1][4][2],&g_335},{&g_335,&g_3[2],&g_335,&g_1004,&g_1171,&g_1004,&g_335,&g_3[2],&g_335},{&g_335,&g_1202[1][4][2],&g_335,&g_335,&g_1202[1][4][2],&g_335,&g_335,&g_1202[1][4][2],&g_335},{&g_335,&g_3[2],&g_335,&g_1004,&g_1171,&g_1004,&g_335,&g_3[2],&g_335}}};
    union U0 *l_1740 = &g_240;
    union U0 l_1749 = {4L};
    int i, j, k;
    for (g_468 = (-1); (g_468 < (-27)); --g_468)
    { /* block id: 686 */
        union U0 l_1312 = {1L};
        return l_1312;
    }
    return l_1749;
}


/* ------------------------------------------ */
/* 
 * reads : g_78 g_761 g_762 g_637 g_925.f0 g_670 g_212 g_1026 g_1027 g_135.f0 g_240.f1 g_88 g_12.f0 g_927 g_274
 * writes: g_54 g_925.f0 g_172 g_212 g_1027 g_135.f0 g_240.f1 g_394.f1 g_171 g_12.f0
 */
static uint16_t  func_21(int16_t  p_22, union U1  p_23)
{ /* block id: 648 */
    int32_t l_1287 = (-8L);
    union U1 * const l_1292[2] = {&g_135,&g_135};
    int64_t **l_1293[8][5] = {{(void*)0,&g_78,&g_78,(void*)0,&g_78},{&g_78,&g_78,&g_78,&g_78,&g_78},{&g_78,(void*)0,&g_78,&g_78,(void*)0},{&g_78,&g_78,&g_78,&g_78,&g_78},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_78,&g_78,&g_78,&g_78,&g_78},{(void*)0,&g_78,&g_78,(void*)0,&g_78},{&g_78,&g_78,&g_78,&g_78,&g_78}};
    int32_t l_1294 = 7L;
    int32_t *l_1298 = (void*)0;
    int32_t *l_1299 = &g_335;
    int32_t *l_1300 = &g_1202[1][4][2];
    int32_t *l_1301 = (void*)0;
    int32_t *l_1302 = &l_1294;
    int32_t *l_1303[5];
    int16_t l_1304 = (-5L);
    int32_t l_1305 = 0xC39BCB63L;
    uint32_t l_1306 = 4294967295UL;
    int i, j;
    for (i = 0; i < 5; i++)
        l_1303[i] = &l_1294;
    (*g_670) = ((safe_add_func_int16_t_s_s((safe_sub_func_uint8_t_u_u(((((func_25(p_23.f3, ((*g_78) = l_1287), (safe_mul_func_int16_t_s_s((0xA197851203C2541ALL & (**g_761)), (((void*)0 == &g_652) ^ ((safe_lshift_func_int8_t_s_s(l_1287, 3)) <= ((void*)0 == l_1292[0])))))) , l_1293[3][4]) == (void*)0) >= l_1287) || 0xA2FB6835815B630CLL), 0x45L)), p_23.f0)) < l_1287);
    for (g_212 = 0; (g_212 <= 3); g_212 += 1)
    { /* block id: 653 */
        (*g_1026) |= ((*g_670) = (l_1294 = 0L));
        for (g_135.f0 = 3; (g_135.f0 >= 0); g_135.f0 -= 1)
        { /* block id: 659 */
            for (g_240.f1 = 0; (g_240.f1 <= 5); g_240.f1 += 1)
            { /* block id: 662 */
                int32_t *l_1296[5];
                int i;
                for (i = 0; i < 5; i++)
                    l_1296[i] = &g_1171;
                for (g_394.f1 = 3; (g_394.f1 >= 0); g_394.f1 -= 1)
                { /* block id: 665 */
                    int i;
                    if (g_88[(g_212 + 2)])
                    { /* block id: 666 */
                        int8_t l_1295 = (-1L);
                        l_1295 = (&g_1170[0][1][0] != &g_455[1]);
                    }
                    else
                    { /* block id: 668 */
                        int32_t **l_1297 = &g_171;
                        (*l_1297) = l_1296[0];
                    }
                }
                for (g_12.f0 = 1; (g_12.f0 <= 5); g_12.f0 += 1)
                { /* block id: 674 */
                    int i;
                    return g_88[g_135.f0];
                }
            }
            return (*g_927);
        }
    }
    --l_1306;
    return (*g_927);
}


/* ------------------------------------------ */
/* 
 * reads : g_925.f0 g_670
 * writes: g_925.f0 g_172
 */
static union U1  func_25(uint64_t  p_26, int64_t  p_27, int32_t  p_28)
{ /* block id: 640 */
    int32_t l_1281[10][5] = {{(-10L),0xCDDCA25BL,(-10L),(-10L),0xCDDCA25BL},{0xB54D6C4CL,0L,(-1L),0x39E5EF1DL,(-1L)},{0xCDDCA25BL,0xCDDCA25BL,(-6L),0xCDDCA25BL,0xCDDCA25BL},{(-1L),0x39E5EF1DL,(-1L),0L,0xB54D6C4CL},{0xCDDCA25BL,(-10L),(-10L),0xCDDCA25BL,(-10L)},{0xB54D6C4CL,0x39E5EF1DL,0x2E4F4A90L,0x39E5EF1DL,0xB54D6C4CL},{(-10L),0xCDDCA25BL,(-10L),(-10L),0xCDDCA25BL},{0xB54D6C4CL,0L,(-1L),0x39E5EF1DL,(-1L)},{(-10L),(-10L),0xCDDCA25BL,(-10L),(-10L)},{0x2E4F4A90L,0L,0x2E4F4A90L,8L,(-1L)}};
    union U1 l_1282 = {2L};
    int i, j;
    for (g_925.f0 = 3; (g_925.f0 <= 8); g_925.f0 += 1)
    { /* block id: 643 */
        union U1 l_1280 = {0L};
        return l_1280;
    }
    (*g_670) = (l_1281[0][0] | 0x85L);
    return l_1282;
}


/* ------------------------------------------ */
/* 
 * reads : g_394.f0 g_1026 g_1027 g_925.f0 g_335
 * writes: g_394.f0
 */
static int32_t  func_31(uint32_t  p_32, const union U1  p_33)
{ /* block id: 631 */
    int32_t l_1250 = (-1L);
    int32_t *l_1251 = &g_1171;
    int32_t *l_1252 = (void*)0;
    int32_t *l_1253 = &g_1202[4][0][3];
    int32_t *l_1254 = &g_1004;
    int32_t *l_1255 = &g_1027;
    int32_t *l_1256 = (void*)0;
    int32_t *l_1257 = &g_172;
    int32_t l_1258 = 0x1AEE6911L;
    int32_t l_1259 = 0xC0A6B004L;
    int32_t *l_1260 = &g_335;
    int32_t *l_1261 = &g_1027;
    int32_t *l_1262 = &l_1250;
    int32_t l_1263 = 0xE7C42915L;
    int32_t *l_1264 = &g_335;
    int32_t *l_1265[4][3][5] = {{{&l_1258,&g_335,&g_335,&l_1258,&g_335},{&g_1004,&g_1004,&g_3[0],&g_1004,&g_1004},{&g_335,&l_1258,&g_335,&g_335,&l_1258}},{{&g_1004,&l_1250,&l_1250,&g_1004,&l_1250},{&l_1258,&l_1258,&l_1258,&l_1258,&l_1258},{&l_1250,&g_1004,&l_1250,&l_1250,&g_1004}},{{&l_1258,&g_335,&g_335,&l_1258,&g_335},{&g_1004,&g_1004,&g_3[0],&g_1004,&g_1004},{&g_335,&l_1258,&g_335,&g_335,&l_1258}},{{&g_1004,&l_1250,&l_1250,&g_1004,&l_1250},{&l_1258,&l_1258,&l_1258,&l_1258,&l_1258},{&l_1250,&g_1004,&l_1250,&l_1250,&g_1004}}};
    int32_t l_1266 = (-6L);
    int8_t l_1267 = 2L;
    uint64_t l_1268 = 1UL;
    int8_t ***l_1275[4];
    union U0 **l_1279 = &g_239;
    union U0 ***l_1278 = &l_1279;
    union U0 **** const l_1277 = &l_1278;
    union U0 **** const *l_1276 = &l_1277;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_1275[i] = &g_697;
    l_1268++;
    for (g_394.f0 = 18; (g_394.f0 != (-19)); --g_394.f0)
    { /* block id: 635 */
        return (*g_1026);
    }
    l_1276 = ((safe_lshift_func_int8_t_s_u((g_925.f0 > ((void*)0 == l_1275[1])), 1)) , l_1276);
    return (*l_1260);
}


/* ------------------------------------------ */
/* 
 * reads : g_171 g_172 g_140.f2 g_3 g_12.f4 g_137 g_761 g_762 g_637 g_288 g_96 g_78 g_54 g_670 g_135.f4 g_95 g_653 g_654 g_705 g_455 g_926 g_261 g_760 g_394.f2 g_927 g_274 g_140.f3 g_530 g_1005 g_1010 g_117 g_81 g_1026 g_1027 g_652 g_635 g_1025 g_140.f4 g_239 g_240 g_469 g_1088 g_1189 g_1173 g_88 g_1211 g_1221 g_134
 * writes: g_71 g_335 g_96 g_172 g_135.f4 g_652 g_530 g_654 g_924 g_926 g_468 g_134 g_274 g_761 g_240.f0 g_1005 g_1010 g_1025 g_1027 g_140.f4 g_637 g_135.f0 g_1088 g_171 g_1189 g_1173 g_1211 g_394.f0
 */
static const uint16_t  func_40(const union U1  p_41)
{ /* block id: 413 */
    const uint32_t l_790 = 0x6F708151L;
    int32_t *l_802 = &g_3[2];
    union U1 **l_849 = &g_134;
    int32_t l_854 = 0x6A766C46L;
    int32_t l_855 = 4L;
    int32_t l_858 = 0L;
    int32_t l_859 = 0xC063DC20L;
    int32_t l_862 = 0x25A2F019L;
    union U1 ****l_917 = &g_653;
    uint32_t **l_983 = (void*)0;
    uint32_t **l_989 = &g_288;
    int64_t *l_1067 = &g_212;
    uint32_t **l_1082 = &g_288;
    uint8_t l_1092 = 255UL;
    union U0 *l_1115 = &g_240;
    int8_t *l_1166[7][7][5] = {{{&g_71,&g_218,&g_71,&g_218,(void*)0},{&g_71,(void*)0,&g_71,&g_218,&g_218},{&g_71,(void*)0,&g_218,&g_218,(void*)0},{&g_71,&g_71,&g_71,&g_71,&g_218},{&g_71,(void*)0,(void*)0,&g_71,&g_71},{&g_218,&g_218,&g_71,&g_71,&g_218},{&g_218,(void*)0,&g_71,&g_218,&g_218}},{{(void*)0,(void*)0,(void*)0,&g_71,&g_218},{&g_71,&g_218,&g_218,&g_71,(void*)0},{(void*)0,&g_71,&g_218,&g_71,&g_71},{&g_71,&g_71,&g_71,&g_218,&g_71},{&g_218,&g_218,&g_218,&g_218,&g_71},{&g_218,(void*)0,&g_218,&g_218,&g_218},{&g_218,(void*)0,&g_71,&g_218,&g_71}},{{(void*)0,&g_218,&g_71,(void*)0,&g_218},{&g_71,&g_71,&g_71,&g_218,&g_71},{&g_218,&g_71,&g_71,&g_71,&g_218},{&g_218,&g_218,(void*)0,&g_71,(void*)0},{&g_71,(void*)0,&g_218,&g_218,&g_71},{&g_218,(void*)0,&g_218,&g_218,(void*)0},{&g_218,&g_218,&g_71,&g_71,&g_218}},{{(void*)0,(void*)0,(void*)0,&g_71,&g_71},{(void*)0,&g_71,&g_218,&g_218,&g_218},{&g_218,(void*)0,&g_218,&g_71,&g_71},{&g_218,(void*)0,&g_71,(void*)0,&g_218},{&g_71,(void*)0,&g_71,&g_218,&g_71},{&g_71,&g_71,&g_71,&g_218,&g_218},{&g_71,&g_218,&g_218,&g_218,&g_218}},{{&g_71,&g_71,(void*)0,(void*)0,&g_71},{(void*)0,&g_71,&g_218,&g_218,&g_218},{&g_71,&g_71,&g_218,&g_71,&g_71},{(void*)0,(void*)0,&g_71,&g_71,&g_71},{&g_71,&g_218,&g_218,&g_218,&g_218},{(void*)0,&g_218,&g_218,&g_218,&g_71},{&g_71,(void*)0,(void*)0,&g_218,(void*)0}},{{&g_71,&g_71,&g_71,&g_218,&g_71},{&g_71,(void*)0,&g_71,&g_218,(void*)0},{&g_71,&g_218,&g_71,&g_218,&g_218},{&g_218,&g_71,&g_218,&g_218,&g_71},{(void*)0,&g_218,(void*)0,&g_218,&g_218},{&g_71,&g_218,&g_218,&g_218,&g_218},{&g_218,&g_218,&g_71,&g_218,(void*)0}},{{&g_71,&g_71,&g_218,&g_71,(void*)0},{&g_71,(void*)0,&g_71,&g_71,&g_218},{&g_218,&g_71,&g_218,&g_218,&g_218},{&g_218,&g_218,&g_71,(void*)0,(void*)0},{(void*)0,&g_218,(void*)0,&g_218,&g_218},{(void*)0,&g_218,&g_218,&g_218,&g_71},{&g_218,&g_71,&g_218,&g_218,(void*)0}}};
    uint64_t l_1184 = 0x83DE289A63D04BBDLL;
    int64_t l_1186 = 1L;
    uint64_t **l_1193[8];
    int32_t l_1206 = (-1L);
    int64_t ***l_1247 = (void*)0;
    int i, j, k;
    for (i = 0; i < 8; i++)
        l_1193[i] = &g_762[1];
    if ((p_41 , (safe_rshift_func_int16_t_s_u(l_790, l_790))))
    { /* block id: 414 */
        uint8_t l_803 = 0x2BL;
        int8_t *l_804 = &g_71;
        int32_t *l_805 = &g_335;
        uint32_t l_806 = 4294967295UL;
        int32_t l_857 = (-3L);
        int32_t l_860 = 0xF448DF9EL;
        uint64_t l_864 = 1UL;
        union U0 **l_899 = &g_239;
        (*g_670) = (((*g_288) = (safe_div_func_uint64_t_u_u((safe_lshift_func_int8_t_s_s((((((safe_add_func_uint64_t_u_u(((~(safe_div_func_uint64_t_u_u((5UL & (((*g_171) | (((g_140.f2 || (l_802 == (void*)0)) , ((((0x24ABFE40L | ((*l_805) = (((*l_802) ^ ((*l_804) = (l_803 ^= (g_12.f4 == g_137)))) | p_41.f0))) > 0xDE4AFCB5L) <= p_41.f3) >= p_41.f4)) != p_41.f4)) ^ 4294967295UL)), 7UL))) != (**g_761)), p_41.f4)) && p_41.f2) , p_41.f3) > (*g_288)) ^ (*l_802)), 4)), (*g_78)))) >= l_806);
        for (g_135.f4 = 9; (g_135.f4 != (-27)); --g_135.f4)
        { /* block id: 422 */
            int32_t l_852 = 6L;
            int32_t l_853 = 0x2BDDAD59L;
            int32_t l_856 = 0xA9A9D49CL;
            int32_t l_861 = (-1L);
            int32_t l_863 = (-1L);
            union U0 l_884 = {0x4078826CL};
            uint64_t **l_885[1][8][5] = {{{&g_762[0],&g_762[1],(void*)0,&g_762[1],&g_762[0]},{(void*)0,&g_762[1],&g_762[1],&g_762[1],&g_762[1]},{&g_762[1],&g_762[1],&g_762[1],(void*)0,&g_762[1]},{(void*)0,&g_762[1],&g_762[1],&g_762[1],&g_762[1]},{&g_762[0],(void*)0,(void*)0,(void*)0,&g_762[0]},{&g_762[1],&g_762[1],&g_762[1],&g_762[1],(void*)0},{&g_762[1],(void*)0,&g_762[1],&g_762[1],&g_762[1]},{&g_762[1],&g_762[1],&g_762[1],&g_762[1],(void*)0}}};
            union U1 ***l_895 = (void*)0;
            int32_t **l_908 = (void*)0;
            int32_t **l_909 = &l_805;
            const union U0 *l_911 = &g_156;
            const union U0 **l_910 = &l_911;
            int i, j, k;
        }
    }
    else
    { /* block id: 480 */
        union U1 *****l_918 = &g_652;
        uint16_t *l_921 = &g_530;
        int32_t l_963 = 0xA8776AE4L;
        uint32_t **l_987 = &g_288;
        int8_t ****l_993 = (void*)0;
        int16_t l_1008 = (-3L);
        int32_t **l_1143 = &g_171;
        uint8_t l_1158 = 253UL;
        int64_t l_1167[10][7] = {{0xB2BD45F840C99ED5LL,0x4CA39324997901F6LL,0x4CA39324997901F6LL,0xB2BD45F840C99ED5LL,1L,(-1L),(-8L)},{(-8L),(-1L),1L,0xB2BD45F840C99ED5LL,0x4CA39324997901F6LL,0x4CA39324997901F6LL,0xB2BD45F840C99ED5LL},{0L,7L,0L,(-1L),0L,0xBAF5B63E9CB05F03LL,(-8L)},{7L,1L,0L,1L,1L,7L,0xBAF5B63E9CB05F03LL},{1L,1L,7L,(-1L),1L,0x4CA39324997901F6LL,7L},{(-1L),1L,0xB2BD45F840C99ED5LL,0x4CA39324997901F6LL,0x4CA39324997901F6LL,0xB2BD45F840C99ED5LL,1L},{0xB2BD45F840C99ED5LL,0x61FBA8C697982EDFLL,1L,0xBAF5B63E9CB05F03LL,1L,1L,(-1L)},{0xB2BD45F840C99ED5LL,7L,(-8L),1L,(-8L),7L,0xB2BD45F840C99ED5LL},{(-1L),1L,1L,0xBAF5B63E9CB05F03LL,1L,0x61FBA8C697982EDFLL,0xB2BD45F840C99ED5LL},{1L,0xB2BD45F840C99ED5LL,0x4CA39324997901F6LL,0x4CA39324997901F6LL,0xB2BD45F840C99ED5LL,1L,(-1L)}};
        int64_t l_1188 = 0x360046A2B95FCD1CLL;
        uint64_t ** const l_1194 = &g_762[1];
        int32_t l_1200 = 0xAE3BEF5CL;
        int32_t l_1208 = 0xEF4A6210L;
        int32_t l_1209[2][8][1] = {{{(-4L)},{2L},{8L},{8L},{2L},{(-4L)},{2L},{8L}},{{8L},{2L},{(-4L)},{2L},{8L},{8L},{2L},{(-4L)}}};
        union U0 l_1231 = {0x35D68655L};
        int16_t *l_1248 = &g_394.f0;
        int8_t l_1249[7] = {0L,0L,7L,0L,0L,7L,0L};
        int i, j, k;
        if (((safe_sub_func_uint32_t_u_u(((safe_unary_minus_func_uint16_t_u((safe_lshift_func_uint16_t_u_s(0xDDE2L, g_95)))) | (((l_917 != ((*l_918) = (void*)0)) == (246UL || (((**g_705) = ((safe_lshift_func_uint16_t_u_s(((*l_921) = (p_41.f2 ^ ((((*g_288) == (*g_670)) & ((*l_802) != 0xE7BBL)) > 0x8DL))), p_41.f2)) , (**l_917))) == (void*)0))) ^ 4294967287UL)), p_41.f0)) > (*g_670)))
        { /* block id: 484 */
            const union U1 *l_923 = &g_394;
            const union U1 **l_922[9][5] = {{(void*)0,&l_923,&l_923,&l_923,&l_923},{&l_923,&l_923,(void*)0,(void*)0,&l_923},{&l_923,&l_923,(void*)0,&l_923,&l_923},{&l_923,(void*)0,(void*)0,&l_923,(void*)0},{&l_923,&l_923,(void*)0,&l_923,&l_923},{&l_923,&l_923,&l_923,&l_923,&l_923},{&l_923,&l_923,&l_923,&l_923,&l_923},{&l_923,&l_923,&l_923,&l_923,&l_923},{(void*)0,&l_923,&l_923,(void*)0,&l_923}};
            int i, j;
            g_924 = &p_41;
        }
        else
        { /* block id: 486 */
            const int64_t *l_930[6] = {&g_81,(void*)0,(void*)0,&g_81,(void*)0,(void*)0};
            const int64_t *l_931 = &g_212;
            const int32_t l_961[9][3][8] = {{{0x275324F1L,0xE11316EFL,1L,0xE3B67159L,0x7833546FL,0x0AEA4E6EL,0xC73D95F9L,(-10L)},{3L,(-9L),0x1F26E130L,0x6FEA5F98L,(-1L),(-7L),0xE11316EFL,(-3L)},{0L,0x3E2217B5L,(-10L),0x26E52800L,0L,0xCCB2CEBBL,0xC9353BE7L,0x7CF04CEFL}},{{0xE11316EFL,0xCD9CA4B7L,0x6FEA5F98L,0x0AEA4E6EL,0xBD1CB4A9L,(-7L),1L,0x8AF9F7A7L},{0x17B6400DL,0L,0xA1A6BB1BL,0xC6B126A6L,(-10L),0xC6B126A6L,0xA1A6BB1BL,0L},{0xC6B126A6L,0L,0x8A809489L,(-1L),0xD07C0155L,(-9L),0x275324F1L,(-1L)}},{{(-1L),0x58F54CC1L,2L,1L,0xC6B126A6L,9L,0x275324F1L,1L},{3L,1L,0x8A809489L,(-9L),7L,0xDF250FC5L,0xA1A6BB1BL,0xC9353BE7L},{7L,0xDF250FC5L,0xA1A6BB1BL,0xC9353BE7L,0x3BCDA697L,(-10L),1L,0xC363BE41L}},{{0xD3921EB1L,0x777DCDE9L,0xC6B126A6L,0x8AD925D5L,0xFD974353L,0x3E2217B5L,0x3BCDA697L,0x824F9CECL},{0L,(-1L),1L,(-3L),(-9L),0x48B435BEL,0x8A813ABBL,0x0AF6CF5FL},{(-1L),0xDF250FC5L,0xF5040F17L,9L,(-1L),0xD3921EB1L,1L,0x7CF04CEFL}},{{2L,0x320F1294L,(-8L),0L,(-7L),(-10L),0xD728946DL,(-9L)},{0x0AF6CF5FL,(-1L),3L,(-8L),0x777DCDE9L,(-1L),0xD07C0155L,0x1F26E130L},{0L,0x275324F1L,(-1L),5L,0xDF250FC5L,1L,0L,0x8AF9F7A7L}},{{0x820C7D29L,0x6E5A342FL,0xDF250FC5L,0x429DA16EL,0xD0869A6EL,0L,0x8AD925D5L,0xEF2868E0L},{0xD07C0155L,0L,0x3C61EC62L,0xD3921EB1L,0x1F26E130L,0x1F26E130L,0xD3921EB1L,0x3C61EC62L},{1L,1L,1L,(-10L),0xEAB7C1D1L,(-6L),(-6L),0L}},{{1L,0xCCAE58D9L,0L,0x537ECC22L,0x66A88EABL,0xE11316EFL,0x17B6400DL,0L},{0xCCAE58D9L,0x58F54CC1L,0xFD974353L,(-10L),0x7CF04CEFL,0xCCB2CEBBL,0xC363BE41L,0x3C61EC62L},{9L,(-1L),0xE5CD0F34L,0xD3921EB1L,0x8A813ABBL,0L,0xE11316EFL,0xEF2868E0L}},{{3L,(-8L),(-9L),0x429DA16EL,0x3C61EC62L,0xCCAE58D9L,(-1L),0x8AF9F7A7L},{0x777DCDE9L,0xEAB7C1D1L,(-1L),5L,0xD2835D18L,(-8L),(-1L),0x1F26E130L},{0L,(-10L),0x275324F1L,(-8L),0xCCB2CEBBL,0x8A809489L,0x777DCDE9L,(-9L)}},{{0x3A41BFF7L,0x8AF9F7A7L,0x860A8899L,0L,9L,0x0AF6CF5FL,0x71CE51EBL,0x7CF04CEFL},{0xFD974353L,0L,0xBDB6B0B5L,9L,0xD728946DL,0x8A813ABBL,0xEAB7C1D1L,0x0AF6CF5FL},{(-1L),0xE3B67159L,(-10L),(-3L),3L,(-7L),(-1L),0x824F9CECL}}};
            uint16_t l_964 = 65528UL;
            union U0 **l_991[5];
            union U0 ***l_990 = &l_991[1];
            uint8_t l_997 = 2UL;
            uint64_t l_1050[2];
            int32_t l_1076 = 1L;
            uint32_t **l_1083 = (void*)0;
            uint32_t **l_1084[2][1][2];
            uint32_t l_1104[6][9][2] = {{{1UL,0x784DB6E8L},{0x3FD9F80EL,18446744073709551606UL},{9UL,0xF99A2740L},{18446744073709551612UL,0xF99A2740L},{9UL,18446744073709551606UL},{0x3FD9F80EL,0x784DB6E8L},{1UL,0x900A152CL},{18446744073709551615UL,9UL},{0UL,0xBCE3594FL}},{{0UL,9UL},{18446744073709551615UL,0x900A152CL},{1UL,0x784DB6E8L},{0x3FD9F80EL,18446744073709551606UL},{9UL,0xF99A2740L},{18446744073709551612UL,0xF99A2740L},{9UL,18446744073709551606UL},{0x3FD9F80EL,0x784DB6E8L},{1UL,0x900A152CL}},{{18446744073709551615UL,9UL},{0UL,0xBCE3594FL},{0UL,9UL},{18446744073709551615UL,0x900A152CL},{1UL,0x784DB6E8L},{0x3FD9F80EL,0x900A152CL},{18446744073709551612UL,4UL},{0xF98106E6L,4UL},{18446744073709551612UL,0x900A152CL}},{{0UL,1UL},{0x1197B9CCL,0xF99A2740L},{0x3FD9F80EL,0xBCE3594FL},{18446744073709551609UL,0x1BDF95D9L},{18446744073709551609UL,0xBCE3594FL},{0x3FD9F80EL,0xF99A2740L},{0x1197B9CCL,1UL},{0UL,0x900A152CL},{18446744073709551612UL,4UL}},{{0xF98106E6L,4UL},{18446744073709551612UL,0x900A152CL},{0UL,1UL},{0x1197B9CCL,0xF99A2740L},{0x3FD9F80EL,0xBCE3594FL},{18446744073709551609UL,0x1BDF95D9L},{18446744073709551609UL,0xBCE3594FL},{0x3FD9F80EL,0xF99A2740L},{0x1197B9CCL,1UL}},{{0UL,0x900A152CL},{18446744073709551612UL,4UL},{0xF98106E6L,4UL},{18446744073709551612UL,0x900A152CL},{0UL,1UL},{0x1197B9CCL,0xF99A2740L},{0x3FD9F80EL,0xBCE3594FL},{18446744073709551609UL,0x1BDF95D9L},{18446744073709551609UL,0xBCE3594FL}}};
            int32_t * const *l_1138[10] = {&g_1026,&g_1026,&g_1026,&g_1026,&g_1026,&g_1026,&g_1026,&g_1026,&g_1026,&g_1026};
            int32_t **l_1141 = (void*)0;
            const union U0 ****l_1225 = &g_1222[0];
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_991[i] = &g_239;
            for (i = 0; i < 2; i++)
                l_1050[i] = 0x9C4308751DB7F54CLL;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_1084[i][j][k] = &g_288;
                }
            }
            if (((*g_670) = 1L))
            { /* block id: 488 */
                uint32_t l_934 = 0x73F4E59DL;
                int8_t ***l_949[1][10] = {{(void*)0,&g_697,(void*)0,(void*)0,(void*)0,(void*)0,&g_697,(void*)0,(void*)0,(void*)0}};
                int32_t l_992 = 0x698EE59BL;
                int32_t * const *l_1020 = &g_171;
                int32_t *l_1075[9][1] = {{&g_635[2]},{&g_635[2]},{&g_635[0]},{&g_635[2]},{&g_635[2]},{&g_635[0]},{&g_635[2]},{&g_635[2]},{&g_635[0]}};
                int16_t *l_1079 = &g_135.f0;
                int16_t *l_1085[1][4][8] = {{{(void*)0,(void*)0,&g_140.f0,(void*)0,(void*)0,&g_140.f0,(void*)0,(void*)0},{&g_925.f0,(void*)0,&g_925.f0,&g_925.f0,(void*)0,&g_925.f0,&g_925.f0,(void*)0},{(void*)0,&g_925.f0,&g_925.f0,(void*)0,&g_925.f0,&g_925.f0,(void*)0,&g_925.f0},{(void*)0,(void*)0,&g_140.f0,(void*)0,(void*)0,&g_140.f0,(void*)0,(void*)0}}};
                int32_t *l_1086 = &l_1076;
                int32_t *l_1087[2][7] = {{&g_172,&l_862,&g_172,&g_172,&l_862,&g_172,&g_172},{&l_862,&l_862,&l_1076,&l_862,&l_862,&l_1076,&l_862}};
                int i, j, k;
                if ((0xD432L | g_455[2]))
                { /* block id: 489 */
                    uint16_t ***l_928 = &g_926[0][2];
                    const int64_t *l_929 = &g_81;
                    uint64_t l_962 = 0xC5B5C75495C2D5DCLL;
                    uint64_t **l_994[4][1][3] = {{{&g_762[1],&g_762[1],&g_762[1]}},{{(void*)0,(void*)0,(void*)0}},{{&g_762[1],&g_762[1],&g_762[1]}},{{(void*)0,(void*)0,(void*)0}}};
                    uint64_t l_996 = 0x97345322BE84C258LL;
                    int32_t l_1009 = 0x73FE27D6L;
                    uint32_t ***l_1013 = &l_989;
                    int32_t * const **l_1021 = (void*)0;
                    int32_t * const **l_1022 = (void*)0;
                    int32_t * const **l_1023 = (void*)0;
                    int32_t * const **l_1024[10][7][3] = {{{&l_1020,&l_1020,&l_1020},{&l_1020,(void*)0,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,(void*)0,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,(void*)0},{(void*)0,&l_1020,&l_1020}},{{&l_1020,&l_1020,&l_1020},{(void*)0,(void*)0,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,(void*)0,&l_1020},{(void*)0,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020}},{{(void*)0,&l_1020,&l_1020},{(void*)0,&l_1020,&l_1020},{&l_1020,(void*)0,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,(void*)0},{(void*)0,&l_1020,&l_1020},{(void*)0,&l_1020,&l_1020}},{{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,(void*)0},{&l_1020,&l_1020,&l_1020},{(void*)0,(void*)0,&l_1020},{(void*)0,&l_1020,&l_1020}},{{&l_1020,(void*)0,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,(void*)0},{(void*)0,&l_1020,&l_1020},{&l_1020,&l_1020,(void*)0},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020}},{{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,(void*)0,(void*)0},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020},{(void*)0,&l_1020,&l_1020}},{{&l_1020,(void*)0,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,(void*)0},{(void*)0,&l_1020,&l_1020},{(void*)0,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020}},{{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,(void*)0},{&l_1020,&l_1020,&l_1020},{(void*)0,(void*)0,&l_1020},{(void*)0,&l_1020,&l_1020},{&l_1020,(void*)0,&l_1020},{&l_1020,&l_1020,&l_1020}},{{&l_1020,&l_1020,(void*)0},{(void*)0,&l_1020,&l_1020},{&l_1020,&l_1020,(void*)0},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020}},{{&l_1020,&l_1020,&l_1020},{&l_1020,(void*)0,(void*)0},{&l_1020,&l_1020,&l_1020},{&l_1020,&l_1020,&l_1020},{(void*)0,&l_1020,&l_1020},{&l_1020,(void*)0,&l_1020},{&l_1020,&l_1020,&l_1020}}};
                    int i, j, k;
                    (*l_928) = g_926[0][2];
                    if (((l_930[2] = l_929) != l_931))
                    { /* block id: 492 */
                        int64_t l_960 = 2L;
                        union U1 *l_965 = &g_925;
                        (*g_670) = (safe_lshift_func_uint8_t_u_s(l_934, ((safe_mul_func_int8_t_s_s((p_41.f0 >= ((((((((safe_rshift_func_int16_t_s_u((safe_div_func_int8_t_s_s((safe_div_func_int32_t_s_s((safe_sub_func_uint64_t_u_u(((safe_add_func_uint64_t_u_u((safe_add_func_uint8_t_u_u(((l_949[0][9] = (void*)0) != &g_697), g_261[0])), (safe_sub_func_int8_t_s_s(p_41.f4, 0xA5L)))) | ((((((-1L) | (safe_add_func_int64_t_s_s(((g_468 = (safe_mul_func_uint8_t_u_u((((safe_lshift_func_uint16_t_u_s((safe_mul_func_int8_t_s_s(3L, l_934)), p_41.f2)) | l_960) >= l_961[3][1][5]), 5L))) , p_41.f2), (***g_760)))) & l_961[5][0][5]) != 0x921EL) , 1L) < l_962)), l_961[2][1][7])), 0x96934B1CL)), 0xFDL)), l_963)) , l_964) != (*g_171)) | 0xD1E613CEA3E30EE6LL) == 0xDEL) , l_963) < 1L) || (*g_670))), p_41.f3)) > l_962)));
                        (*l_849) = l_965;
                    }
                    else
                    { /* block id: 497 */
                        union U1 ****l_980 = &g_653;
                        uint32_t ***l_984 = &l_983;
                        uint32_t ***l_988[8][6] = {{&l_987,&l_987,(void*)0,&l_987,&l_987,&l_987},{&l_987,&l_987,(void*)0,&l_987,&l_987,&l_987},{&l_987,&l_987,&l_987,&l_987,&l_987,&l_987},{&l_987,&l_987,&l_987,&l_987,&l_987,&l_987},{&l_987,&l_987,&l_987,&l_987,&l_987,&l_987},{&l_987,&l_987,&l_987,&l_987,&l_987,&l_987},{&l_987,&l_987,&l_987,&l_987,&l_987,&l_987},{(void*)0,&l_987,&l_987,(void*)0,&l_987,&l_987}};
                        uint64_t **l_995 = &g_762[1];
                        int32_t *l_998[4][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_3[2],&l_992,&g_3[2],&l_992,&g_3[2]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_3[2],&l_992,&g_3[2],&l_992,&g_3[2]}};
                        int i, j;
                        l_992 = ((((l_934 <= (safe_mul_func_int8_t_s_s((-5L), ((((*g_927) |= (safe_div_func_uint32_t_u_u((((safe_mod_func_uint32_t_u_u((((safe_rshift_func_int16_t_s_s((safe_sub_func_uint64_t_u_u(8UL, (safe_mod_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s(((void*)0 != (*l_917)), (l_980 == (void*)0))), (safe_mod_func_int16_t_s_s((((*l_984) = l_983) != (l_989 = ((safe_add_func_uint64_t_u_u((((*g_171) = (0L < p_41.f4)) < 0xBD2AD1DDL), 0x918A31959F33C9BBLL)) , l_987))), g_394.f2)))))), 9)) , l_990) == (void*)0), p_41.f0)) && l_934) <= p_41.f4), (*g_288)))) > (*l_802)) , 3UL)))) != 18446744073709551606UL) < g_140.f3) , l_961[7][1][4]);
                        (*g_670) = (&l_949[0][9] != l_993);
                        l_859 &= (((*g_171) = (*g_171)) >= (l_963 <= (g_240.f0 = ((l_994[1][0][0] != ((*g_760) = l_995)) < (l_961[3][1][5] , ((*l_921) &= ((((l_996 <= (p_41.f2 == p_41.f4)) , (*g_288)) == l_997) < (*g_78))))))));
                    }
                    if (((*g_670) = 0xD773219BL))
                    { /* block id: 511 */
                        int32_t *l_999 = (void*)0;
                        int32_t *l_1000 = &l_858;
                        int32_t *l_1001 = &l_854;
                        int32_t *l_1002[10][4] = {{&l_858,&g_335,&g_3[2],&l_858},{&g_172,&g_335,(void*)0,&l_858},{&g_335,&l_855,&l_858,&l_855},{(void*)0,&g_3[2],&l_854,&l_862},{&l_858,&g_335,(void*)0,&l_862},{&l_862,(void*)0,&g_335,&l_854},{&l_862,(void*)0,(void*)0,&l_854},{&l_858,&l_854,&l_854,&l_858},{(void*)0,&l_858,&l_858,&g_3[1]},{&g_335,&l_854,(void*)0,(void*)0}};
                        int i, j;
                        --g_1005;
                        g_1010--;
                    }
                    else
                    { /* block id: 514 */
                        l_1013 = l_1013;
                    }
                    if (((safe_sub_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(((void*)0 == &l_802), (safe_mul_func_int8_t_s_s(((g_1025 = l_1020) != (void*)0), p_41.f4)))), 0xD738E7884B404D78LL)) , (((((p_41.f2 , (safe_rshift_func_int16_t_s_s(p_41.f2, (((safe_rshift_func_uint8_t_u_u(g_117, 2)) , p_41.f3) | l_997)))) == (**g_761)) != p_41.f3) >= 0x6E9C11D4L) & 0x8DL)))
                    { /* block id: 518 */
                        (*g_171) = ((safe_add_func_int8_t_s_s(l_1008, 7UL)) <= p_41.f2);
                    }
                    else
                    { /* block id: 520 */
                        uint8_t l_1049 = 0xB4L;
                        (*g_171) = ((safe_mul_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s(g_81, 6)), ((p_41 , (safe_rshift_func_int16_t_s_s(((((*g_78) <= ((!((*g_1026) = (*g_1026))) , (p_41.f2 >= ((safe_rshift_func_uint16_t_u_s((safe_rshift_func_int16_t_s_u((safe_rshift_func_uint16_t_u_s((safe_lshift_func_uint16_t_u_s(((p_41.f4 , (0UL <= ((void*)0 == (*l_918)))) | p_41.f3), g_635[0])), 5)), 6)), l_1049)) || l_1049)))) < g_96[1]) & 2L), 12))) > (-2L)))) | p_41.f3);
                        (*g_171) = p_41.f2;
                    }
                }
                else
                { /* block id: 525 */
                    uint8_t l_1052 = 1UL;
                    if (l_1050[1])
                    { /* block id: 526 */
                        int32_t * const l_1051 = (void*)0;
                        (**g_1025) &= (-1L);
                        l_802 = l_1051;
                        l_1052++;
                    }
                    else
                    { /* block id: 530 */
                        uint64_t l_1055 = 0UL;
                        --l_1055;
                    }
                    for (g_140.f4 = (-3); (g_140.f4 != (-13)); g_140.f4 = safe_sub_func_uint32_t_u_u(g_140.f4, 2))
                    { /* block id: 535 */
                        int32_t *l_1060[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
                        int i;
                        l_858 = ((**g_1025) = ((*g_171) = (p_41.f0 >= p_41.f2)));
                    }
                }
                (*g_1026) = ((safe_mod_func_uint16_t_u_u((safe_add_func_int8_t_s_s((((p_41 , (*g_927)) & g_274) , ((safe_div_func_uint64_t_u_u((l_1067 == &g_455[7]), ((***g_760) = (+((l_961[3][1][5] < ((safe_rshift_func_int8_t_s_u((safe_rshift_func_uint16_t_u_s(((*g_927) = (((*g_239) , ((**l_1020) = ((l_1008 | 9L) , p_41.f4))) > p_41.f0)), p_41.f4)), p_41.f2)) , (*g_78))) ^ g_469))))) ^ p_41.f4)), p_41.f0)), 65535UL)) , 0x12272FC7L);
                l_963 = ((*g_1026) &= (((safe_div_func_int32_t_s_s((((((l_1076 &= (p_41.f4 , p_41.f0)) , ((**l_1020) = (safe_add_func_uint16_t_u_u(l_963, ((((((*l_1079) = (l_997 | p_41.f0)) != ((0x3BCD0BAB9276CFA1LL > ((safe_sub_func_int32_t_s_s(((l_1083 = l_1082) != l_1084[0][0][1]), (l_961[3][1][5] || (**l_1020)))) , (-1L))) < 0x9FB5L)) , g_3[0]) < p_41.f2) < l_961[5][1][0]))))) & p_41.f0) <= (*g_78)) >= g_1010), l_963)) <= (***g_760)) > p_41.f0));
                g_1088++;
            }
            else
            { /* block id: 552 */
                int32_t *l_1101 = &g_468;
                int32_t l_1109 = (-6L);
                int32_t *l_1146[3];
                uint16_t **l_1161 = (void*)0;
                int8_t l_1169[1];
                int32_t **l_1176[4][10] = {{&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0]},{&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0]},{&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0]},{&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0],&l_1146[0]}};
                int32_t **l_1177 = (void*)0;
                int32_t **l_1178[9][7] = {{(void*)0,(void*)0,&g_171,(void*)0,(void*)0,&g_171,(void*)0},{&g_171,&l_1146[0],&l_1146[0],&g_171,&l_1146[0],&l_1146[0],&g_171},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_171,&g_171,&l_1146[2],&g_171,&g_171,&l_1146[2],&g_171},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1146[0],&g_171,&l_1146[0],&l_1146[0],&g_171,&l_1146[0],&l_1146[0]},{(void*)0,(void*)0,&g_171,(void*)0,(void*)0,&g_171,(void*)0},{&g_171,&l_1146[0],&l_1146[0],&g_171,&l_1146[0],&l_1146[0],&g_171},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_171}};
                int32_t **l_1179 = &l_1146[0];
                int32_t **l_1180[7] = {&g_171,&g_171,&g_171,&g_171,&g_171,&g_171,&g_171};
                int32_t **l_1181 = &l_1146[0];
                int i, j;
                for (i = 0; i < 3; i++)
                    l_1146[i] = &l_862;
                for (i = 0; i < 1; i++)
                    l_1169[i] = (-1L);
                for (l_964 = 1; (l_964 <= 4); l_964 += 1)
                { /* block id: 555 */
                    int32_t l_1112[3][6] = {{0x330130A1L,(-2L),0x794BF7ECL,0x330130A1L,0L,0L},{6L,(-2L),(-2L),6L,0L,0x794BF7ECL},{0x26D9B6A7L,(-2L),0L,0x26D9B6A7L,0L,(-2L)}};
                    int i, j;
                }
                (*l_1179) = (*g_1025);
                (*l_1181) = (*g_1025);
                (**l_1143) = (*g_1026);
            }
            for (g_140.f4 = (-26); (g_140.f4 <= 2); g_140.f4 = safe_add_func_int16_t_s_s(g_140.f4, 1))
            { /* block id: 598 */
                int8_t l_1185 = (-1L);
                int32_t l_1187[2];
                int32_t **l_1192 = &g_171;
                int i;
                for (i = 0; i < 2; i++)
                    l_1187[i] = 8L;
                l_1184 |= p_41.f0;
                (*l_1143) = (void*)0;
                g_1189--;
                (*l_1192) = (*g_1025);
            }
            if ((l_1193[0] != l_1194))
            { /* block id: 604 */
                int64_t l_1195 = (-9L);
                int32_t l_1197 = (-6L);
                int32_t l_1198 = (-3L);
                int32_t l_1201[10][10] = {{0x48D99850L,0x57B29FA5L,0x07CF0BDDL,0xFC0C424AL,0x47A5E072L,0xE285172AL,1L,0xE285172AL,0x47A5E072L,0xFC0C424AL},{0x75D2078DL,0x7135BEF4L,0x75D2078DL,1L,0x43564355L,0x47A5E072L,(-1L),6L,0xEFEA0683L,0L},{0xE285172AL,0x9F839B9DL,0x2B672EA9L,(-4L),0L,0x57B29FA5L,0xB64763D5L,6L,7L,0x9D498108L},{0x9D498108L,0xFC0C424AL,0x75D2078DL,0xD839B7A6L,0xEFEA0683L,0xBBBFE10DL,0L,0xE285172AL,(-4L),(-1L)},{0x43564355L,0xD2A27A91L,0x07CF0BDDL,0L,0L,0x411FF16DL,0xEFEA0683L,0xEFEA0683L,0x411FF16DL,0L},{0x75C7CCC6L,0xE4E8EC6CL,0xE4E8EC6CL,0x75C7CCC6L,0xD2A27A91L,0L,1L,0xFC0C424AL,0x2B672EA9L,2L},{6L,0L,0xE285172AL,(-1L),(-2L),0L,0xE4E8EC6CL,1L,0x2B672EA9L,0x47A5E072L},{0xB64763D5L,0x2B672EA9L,1L,0x75C7CCC6L,(-2L),0x9D498108L,0x2BDFE118L,1L,0x411FF16DL,0L},{1L,(-1L),(-1L),0L,0xE285172AL,0xEFEA0683L,(-4L),1L,(-4L),0xEFEA0683L},{(-10L),0xD839B7A6L,0L,0xD839B7A6L,(-10L),0xE4E8EC6CL,(-2L),0x48D99850L,7L,0xFF0E6524L}};
                union U1 **l_1220 = (void*)0;
                int i, j;
                for (g_1189 = 0; (g_1189 <= 6); g_1189 += 1)
                { /* block id: 607 */
                    int8_t l_1203[4] = {0x12L,0x12L,0x12L,0x12L};
                    int32_t l_1204 = 0L;
                    int32_t l_1210 = 0x802070C7L;
                    int64_t *l_1219 = &g_212;
                    int i;
                    for (g_1173 = 0; (g_1173 <= 9); g_1173 += 1)
                    { /* block id: 610 */
                        int32_t l_1196 = 0xA7A746F7L;
                        int16_t l_1205 = 0L;
                        int32_t l_1207 = (-4L);
                        union U1 **l_1216[7] = {&g_139,&g_139,&g_139,&g_139,&g_139,&g_139,&g_139};
                        int i;
                        if (g_88[g_1189])
                            break;
                        if ((*g_1026))
                            break;
                        ++g_1211;
                        l_1210 ^= (safe_add_func_uint8_t_u_u((((void*)0 != (*g_760)) < (**g_761)), (l_1216[0] != ((safe_rshift_func_int8_t_s_u((&l_1186 != l_1219), 7)) , l_1220))));
                    }
                    return g_88[g_1189];
                }
                l_1225 = g_1221;
            }
            else
            { /* block id: 619 */
                int32_t **l_1226[8][9][3] = {{{(void*)0,&g_171,&l_802},{(void*)0,(void*)0,&g_171},{&g_670,&g_171,&g_171},{&g_171,&l_802,&l_802},{&g_670,&l_802,&g_670},{(void*)0,&g_171,&l_802},{(void*)0,(void*)0,&g_171},{&g_670,&g_171,&g_171},{&g_171,&l_802,&l_802}},{{&g_670,&l_802,&g_670},{(void*)0,&g_171,&l_802},{(void*)0,(void*)0,&g_171},{&g_670,&g_171,&g_171},{&g_171,&l_802,&l_802},{&g_670,&l_802,&g_670},{(void*)0,&g_171,&l_802},{(void*)0,(void*)0,&g_171},{&g_670,&g_171,&g_171}},{{&g_670,(void*)0,&l_802},{&l_802,(void*)0,&l_802},{&g_171,&g_670,&l_802},{&g_171,&g_171,&g_670},{&l_802,&g_670,&g_670},{&g_670,(void*)0,&l_802},{&l_802,(void*)0,&l_802},{&g_171,&g_670,&l_802},{&g_171,&g_171,&g_670}},{{&l_802,&g_670,&g_670},{&g_670,(void*)0,&l_802},{&l_802,(void*)0,&l_802},{&g_171,&g_670,&l_802},{&g_171,&g_171,&g_670},{&l_802,&g_670,&g_670},{&g_670,(void*)0,&l_802},{&l_802,(void*)0,&l_802},{&g_171,&g_670,&l_802}},{{&g_171,&g_171,&g_670},{&l_802,&g_670,&g_670},{&g_670,(void*)0,&l_802},{&l_802,(void*)0,&l_802},{&g_171,&g_670,&l_802},{&g_171,&g_171,&g_670},{&l_802,&g_670,&g_670},{&g_670,(void*)0,&l_802},{&l_802,(void*)0,&l_802}},{{&g_171,&g_670,&l_802},{&g_171,&g_171,&g_670},{&l_802,&g_670,&g_670},{&g_670,(void*)0,&l_802},{&l_802,(void*)0,&l_802},{&g_171,&g_670,&l_802},{&g_171,&g_171,&g_670},{&l_802,&g_670,&g_670},{&g_670,(void*)0,&l_802}},{{&l_802,(void*)0,&l_802},{&g_171,&g_670,&l_802},{&g_171,&g_171,&g_670},{&l_802,&g_670,&g_670},{&g_670,(void*)0,&l_802},{&l_802,(void*)0,&l_802},{&g_171,&g_670,&l_802},{&g_171,&g_171,&g_670},{&l_802,&g_670,&g_670}},{{&g_670,(void*)0,&l_802},{&l_802,(void*)0,&l_802},{&g_171,&g_670,&l_802},{&g_171,&g_171,&g_670},{&l_802,&g_670,&g_670},{&g_670,(void*)0,&l_802},{&l_802,(void*)0,&l_802},{&g_171,&g_670,&l_802},{&g_171,&g_171,&g_670}}};
                int i, j, k;
                g_171 = (*g_1025);
                return p_41.f4;
            }
            (*g_670) |= p_41.f4;
        }
        l_1200 |= (4294967293UL | (((((safe_mod_func_uint8_t_u_u((1L ^ p_41.f4), (l_1209[1][1][0] = ((safe_sub_func_uint32_t_u_u(((l_1231 , (*l_849)) != (void*)0), (p_41.f2 & (7UL <= ((safe_add_func_int16_t_s_s((safe_mod_func_int32_t_s_s((safe_lshift_func_int8_t_s_u((safe_add_func_uint32_t_u_u((safe_mod_func_int64_t_s_s(((safe_unary_minus_func_int32_t_s((safe_rshift_func_int16_t_s_u(((*l_1248) = (((*g_927) , l_1247) != (void*)0)), 9)))) , 0xC320FBB1548070DFLL), 0xF6DC0ADC389B2484LL)), 0x835F8B92L)), 3)), p_41.f2)), l_1249[6])) & p_41.f4))))) && 4UL)))) , (*g_288)) != (*g_288)) && g_88[5]) , p_41.f3));
    }
    (*g_1026) = (*g_670);
    return (*g_927);
}


/* ------------------------------------------ */
/* 
 * reads : g_12.f4 g_54 g_67 g_3 g_71 g_12.f3 g_81 g_88 g_96 g_117 g_87 g_394.f1 g_171 g_172 g_670 g_78 g_12.f0 g_635 g_95 g_394.f0 g_80 g_456 g_139 g_140 g_696 g_705 g_218 g_240.f0 g_288 g_530 g_140.f2 g_637 g_760 g_563 g_274 g_335 g_134 g_135
 * writes: g_12.f4 g_54 g_67 g_71 g_78 g_80 g_87 g_88 g_96 g_117 g_394.f1 g_210 g_137 g_135.f4 g_12.f0 g_172 g_274 g_335
 */
static union U1  func_42(int64_t  p_43, int32_t  p_44, int64_t  p_45)
{ /* block id: 7 */
    uint64_t l_52 = 4UL;
    int16_t l_72 = 0xD68EL;
    int32_t l_76 = 5L;
    union U0 l_84 = {0x96A48ADBL};
    uint8_t l_86 = 249UL;
    int64_t * const *l_121 = &g_78;
    int32_t *l_130[2][7];
    union U1 l_176 = {0x5326L};
    int32_t **l_203 = &l_130[0][0];
    uint16_t l_206[1][7];
    int8_t l_295 = 6L;
    uint8_t l_415 = 0UL;
    int32_t l_467[3][5] = {{(-1L),(-5L),(-5L),(-1L),(-10L)},{(-1L),(-5L),(-5L),(-1L),(-10L)},{(-1L),(-5L),(-5L),(-1L),(-10L)}};
    int32_t l_489 = 0xF2398405L;
    int64_t *l_497 = &g_54;
    union U1 **l_533[2][6][3] = {{{&g_134,&g_139,&g_139},{&g_139,&g_139,&g_139},{&g_134,&g_139,&g_139},{&g_139,&g_139,&g_139},{&g_134,&g_139,&g_139},{&g_139,(void*)0,(void*)0}},{{&g_139,&g_139,&g_139},{&g_139,(void*)0,(void*)0},{&g_139,&g_139,&g_139},{&g_139,(void*)0,(void*)0},{&g_139,&g_139,&g_139},{&g_139,(void*)0,(void*)0}}};
    int16_t l_582 = (-3L);
    const int8_t l_695 = 0L;
    int32_t l_708 = 0x1E9654DBL;
    uint64_t *l_768 = &g_469;
    uint64_t ** const l_767[6][6][3] = {{{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768}},{{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768}},{{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768}},{{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768}},{{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768}},{{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768},{&l_768,&l_768,&l_768}}};
    uint64_t ** const *l_766 = &l_767[3][2][1];
    uint64_t l_769[10][7] = {{18446744073709551613UL,0xC2A3A78D42744817LL,18446744073709551615UL,0x3CD61CA0DDABB162LL,6UL,6UL,0x3CD61CA0DDABB162LL},{0xE7FBDCF81BAA2C69LL,18446744073709551606UL,0xE7FBDCF81BAA2C69LL,0x30519C9EE2F265E6LL,0x3CD61CA0DDABB162LL,18446744073709551613UL,0x090846A13A8B2981LL},{18446744073709551615UL,0xC2A3A78D42744817LL,18446744073709551613UL,0x30519C9EE2F265E6LL,18446744073709551613UL,0xC2A3A78D42744817LL,18446744073709551615UL},{0xC2A3A78D42744817LL,0xADF25B0632252C98LL,0x090846A13A8B2981LL,0x3CD61CA0DDABB162LL,18446744073709551615UL,18446744073709551613UL,18446744073709551615UL},{0xC2A3A78D42744817LL,18446744073709551615UL,18446744073709551615UL,0xC2A3A78D42744817LL,0xE7FBDCF81BAA2C69LL,6UL,0x30519C9EE2F265E6LL},{18446744073709551615UL,6UL,0x090846A13A8B2981LL,0xE7FBDCF81BAA2C69LL,0xE7FBDCF81BAA2C69LL,0x090846A13A8B2981LL,6UL},{0xE7FBDCF81BAA2C69LL,18446744073709551615UL,18446744073709551613UL,0xADF25B0632252C98LL,18446744073709551615UL,0x30519C9EE2F265E6LL,0x30519C9EE2F265E6LL},{18446744073709551613UL,18446744073709551615UL,0xE7FBDCF81BAA2C69LL,18446744073709551615UL,18446744073709551613UL,0xADF25B0632252C98LL,18446744073709551615UL},{0x090846A13A8B2981LL,6UL,18446744073709551615UL,0xADF25B0632252C98LL,0x3CD61CA0DDABB162LL,0xC2A3A78D42744817LL,18446744073709551606UL},{0x30519C9EE2F265E6LL,0x30519C9EE2F265E6LL,18446744073709551615UL,0xADF25B0632252C98LL,18446744073709551613UL,18446744073709551615UL,0xE7FBDCF81BAA2C69LL}};
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 7; j++)
            l_130[i][j] = &g_3[5];
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 7; j++)
            l_206[i][j] = 0UL;
    }
    for (g_12.f4 = 0; (g_12.f4 != 0); g_12.f4 = safe_add_func_uint16_t_u_u(g_12.f4, 8))
    { /* block id: 10 */
        int64_t *l_53 = &g_54;
        int32_t l_65 = 0x2BE76DCBL;
        uint64_t *l_66 = &g_67;
        int8_t *l_70[6];
        int16_t l_126 = 0xC2C5L;
        int32_t l_128[3];
        union U1 * const l_166 = &g_12;
        int32_t *l_170 = &l_76;
        int32_t l_188 = 0x834DD5D3L;
        const union U0 *l_215 = &l_84;
        int32_t l_255 = (-6L);
        int32_t l_332 = 0xECCFDFDAL;
        uint64_t *l_336 = &g_67;
        union U1 **l_385[6] = {&g_139,&g_139,&g_139,&g_139,&g_139,&g_139};
        union U1 ***l_384[1][5];
        uint16_t *l_387 = &g_274;
        int16_t l_451[1];
        int64_t **l_495 = &g_78;
        int64_t **l_496[9][3][6] = {{{(void*)0,&l_53,&l_53,(void*)0,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53}},{{&l_53,(void*)0,(void*)0,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,(void*)0,&l_53},{&l_53,(void*)0,&l_53,&l_53,(void*)0,&l_53}},{{&l_53,&l_53,(void*)0,&l_53,&l_53,&l_53},{&l_53,(void*)0,&l_53,&l_53,&l_53,&l_53},{(void*)0,&l_53,&l_53,(void*)0,&l_53,&l_53}},{{&l_53,&l_53,(void*)0,(void*)0,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53}},{{&l_53,(void*)0,&l_53,(void*)0,&l_53,&l_53},{&l_53,&l_53,&l_53,(void*)0,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,(void*)0}},{{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,(void*)0,(void*)0,&l_53,&l_53},{&l_53,&l_53,&l_53,(void*)0,&l_53,&l_53}},{{(void*)0,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,(void*)0,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,(void*)0}},{{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,(void*)0,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53}},{{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,(void*)0,(void*)0,(void*)0,&l_53},{(void*)0,(void*)0,&l_53,&l_53,&l_53,(void*)0}}};
        int8_t l_498 = (-10L);
        int i, j, k;
        for (i = 0; i < 6; i++)
            l_70[i] = &g_71;
        for (i = 0; i < 3; i++)
            l_128[i] = 0x75E99C33L;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 5; j++)
                l_384[i][j] = &l_385[4];
        }
        for (i = 0; i < 1; i++)
            l_451[i] = 0L;
        if ((safe_lshift_func_int16_t_s_u((0x0105807C1ABDF11CLL <= p_45), (p_45 & (((*l_53) |= l_52) >= (safe_sub_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u(0x1067L, (safe_sub_func_int32_t_s_s((l_52 , (safe_mul_func_int8_t_s_s((g_71 &= ((((safe_mul_func_uint8_t_u_u(l_65, ((((*l_66) &= p_43) != (safe_rshift_func_int8_t_s_s((((0x46L < 0x2FL) <= 0xBC6C2DB6L) , g_3[2]), 4))) | p_43))) , (-1L)) || l_52) , l_52)), 0x56L))), l_72)))) == 0xDEBFL), 65527UL)))))))
        { /* block id: 14 */
            uint64_t **l_73 = &l_66;
            int32_t *l_74 = (void*)0;
            int32_t *l_75[10] = {&g_3[5],&g_3[4],&g_3[5],&g_3[5],&g_3[4],&g_3[5],&g_3[5],&g_3[4],&g_3[5],&g_3[5]};
            int64_t **l_77[3][6][8] = {{{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,(void*)0,&l_53,(void*)0,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,(void*)0,(void*)0},{&l_53,(void*)0,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,(void*)0,&l_53}},{{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,(void*)0},{&l_53,(void*)0,(void*)0,&l_53,&l_53,&l_53,&l_53,(void*)0},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,(void*)0,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,(void*)0}},{{&l_53,(void*)0,&l_53,&l_53,&l_53,&l_53,&l_53,(void*)0},{(void*)0,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,(void*)0,&l_53,&l_53},{&l_53,&l_53,(void*)0,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,&l_53},{&l_53,&l_53,&l_53,&l_53,&l_53,&l_53,(void*)0,(void*)0}}};
            int16_t *l_85 = &l_72;
            int i, j, k;
            l_76 = (((g_67 , &g_54) == &p_43) , (((*l_73) = &g_67) != &g_67));
            g_88[2] |= (g_87[3] = (p_44 ^= ((p_45 ^ ((((g_78 = &g_54) != (void*)0) < ((~((&g_54 != ((0x5DA298B2L >= 0x5B212F01L) , (g_80 = &p_43))) != ((l_76 = l_52) && (safe_sub_func_int16_t_s_s(((*l_85) = (l_84 , g_12.f3)), g_3[2]))))) & g_71)) , l_86)) & g_81)));
        }
        else
        { /* block id: 24 */
            int32_t *l_98 = (void*)0;
            const union U1 l_129 = {-2L};
            if (p_45)
            { /* block id: 25 */
                int32_t *l_97 = (void*)0;
                for (g_67 = 1; (g_67 >= 36); g_67 = safe_add_func_int8_t_s_s(g_67, 9))
                { /* block id: 28 */
                    for (p_45 = 0; (p_45 <= 6); p_45 += 1)
                    { /* block id: 31 */
                        const int32_t *l_94 = &g_95;
                        const int32_t **l_93 = &l_94;
                        int i;
                        g_96[1] ^= (safe_sub_func_int64_t_s_s((((*l_93) = &g_3[5]) != (g_88[p_45] , &g_95)), 4L));
                        l_98 = l_97;
                    }
                }
            }
            else
            { /* block id: 37 */
                union U1 l_99[2][8][8] = {{{{0xDAACL},{0L},{0xFD15L},{0x9023L},{-1L},{-6L},{0x0EEEL},{0x0EEEL}},{{5L},{0x3F3DL},{1L},{1L},{0x3F3DL},{5L},{0x61D2L},{0x80B3L}},{{0x0EEEL},{1L},{0x87EAL},{0x3F3DL},{0x61D2L},{0x0728L},{0x8B3CL},{1L}},{{0xDAACL},{0x8B3CL},{-6L},{0x3F3DL},{0x80B3L},{-1L},{0x9023L},{0x80B3L}},{{1L},{0x80B3L},{0x023AL},{1L},{0xDAACL},{1L},{0L},{0x0EEEL}},{{0x8B3CL},{1L},{-1L},{0x9023L},{-1L},{1L},{0x8B3CL},{0x61D2L}},{{0x172CL},{-5L},{0L},{1L},{-1L},{0x172CL},{1L},{0xB986L}},{{-1L},{0L},{8L},{0x7409L},{-1L},{0x3769L},{0xFD15L},{0x87EAL}}},{{{5L},{-1L},{0x7409L},{0xB986L},{0L},{0x8F27L},{0L},{0x3769L}},{{0xB986L},{-1L},{0xDAACL},{0x0728L},{0x0728L},{0xDAACL},{-1L},{0xB986L}},{{8L},{1L},{0xFD15L},{0x4CDCL},{0L},{0L},{-1L},{1L}},{{0x0728L},{0xCAA6L},{0x7409L},{0x87EAL},{0x4CDCL},{0L},{-9L},{0xFD15L}},{{-9L},{1L},{0x80B3L},{0x023AL},{1L},{0xDAACL},{1L},{0L}},{{0xFD15L},{-1L},{-1L},{0x8F27L},{1L},{0x8F27L},{-1L},{-1L}},{{0x0728L},{-1L},{0L},{1L},{-1L},{0x3769L},{0x87EAL},{-1L}},{{0x023AL},{0L},{0x9023L},{0x023AL},{0x0728L},{0x172CL},{0x87EAL},{-9L}}}};
                int i, j, k;
                return l_99[0][0][0];
            }
            for (g_67 = 1; (g_67 <= 6); g_67 += 1)
            { /* block id: 42 */
                for (l_72 = 4; (l_72 >= 0); l_72 -= 1)
                { /* block id: 45 */
                    uint8_t *l_111 = &l_86;
                    uint8_t *l_114 = (void*)0;
                    uint8_t *l_115 = (void*)0;
                    uint8_t *l_116[5] = {&g_117,&g_117,&g_117,&g_117,&g_117};
                    int32_t l_118 = 0x2DC12F67L;
                    int64_t **l_127 = &l_53;
                    int i;
                    p_44 = ((safe_rshift_func_int16_t_s_s((safe_mod_func_int64_t_s_s(((p_43 || (~((0x9186L > ((safe_mod_func_int8_t_s_s((safe_lshift_func_int8_t_s_s(g_12.f4, (g_71 = p_45))), (++(*l_111)))) >= (((g_117--) || (l_121 == ((safe_rshift_func_uint8_t_u_s((safe_add_func_int32_t_s_s((p_43 && g_87[3]), l_126)), p_45)) , l_127))) >= 246UL))) < 0L))) > 0UL), p_44)), l_128[2])) >= g_87[1]);
                }
            }
            l_98 = (l_129 , l_130[1][4]);
            if ((*l_98))
                continue;
        }
    }
    for (g_394.f1 = 17; (g_394.f1 >= (-26)); g_394.f1 = safe_sub_func_uint8_t_u_u(g_394.f1, 4))
    { /* block id: 298 */
        int32_t l_527 = 0x07817498L;
        int32_t l_528 = (-1L);
        int32_t l_531[7][8][4] = {{{0x014ED6CFL,(-8L),0x8E0F3748L,1L},{0x014ED6CFL,1L,0x014ED6CFL,0x39630268L},{0xB8E3C385L,1L,8L,0x39630268L},{0x8E0F3748L,1L,0x5C6190E6L,1L},{(-1L),(-8L),0x5C6190E6L,(-8L)},{0x8E0F3748L,5L,8L,0xC86CE5E3L},{0xB8E3C385L,5L,0x014ED6CFL,(-8L)},{0x014ED6CFL,(-8L),0x8E0F3748L,1L}},{{0x014ED6CFL,1L,0x014ED6CFL,0x39630268L},{0xB8E3C385L,1L,8L,0x39630268L},{0x8E0F3748L,1L,0x5C6190E6L,1L},{(-1L),(-8L),0x5C6190E6L,(-8L)},{0x8E0F3748L,5L,8L,0xC86CE5E3L},{0xB8E3C385L,5L,0x014ED6CFL,(-8L)},{0x014ED6CFL,(-8L),0x8E0F3748L,1L},{0x014ED6CFL,1L,0x014ED6CFL,0x39630268L}},{{0xB8E3C385L,1L,8L,0x39630268L},{0x8E0F3748L,1L,0x5C6190E6L,1L},{(-1L),(-8L),0x5C6190E6L,(-8L)},{0x8E0F3748L,5L,8L,0xC86CE5E3L},{0xB8E3C385L,5L,0x014ED6CFL,(-8L)},{0x014ED6CFL,(-8L),0x8E0F3748L,1L},{0x014ED6CFL,1L,0x014ED6CFL,0x39630268L},{0xB8E3C385L,1L,8L,0x39630268L}},{{0x8E0F3748L,1L,0x5C6190E6L,1L},{(-1L),(-8L),0x5C6190E6L,(-8L)},{0x8E0F3748L,5L,8L,0xC86CE5E3L},{0x014ED6CFL,1L,(-1L),5L},{(-1L),5L,0x39614339L,0x39630268L},{(-1L),0xABB0AD70L,(-1L),0xC86CE5E3L},{0x014ED6CFL,0x39630268L,0x5C6190E6L,0xC86CE5E3L},{0x39614339L,0xABB0AD70L,0x8E0F3748L,0x39630268L}},{{8L,5L,0x8E0F3748L,5L},{0x39614339L,1L,0x5C6190E6L,1L},{0x014ED6CFL,1L,(-1L),5L},{(-1L),5L,0x39614339L,0x39630268L},{(-1L),0xABB0AD70L,(-1L),0xC86CE5E3L},{0x014ED6CFL,0x39630268L,0x5C6190E6L,0xC86CE5E3L},{0x39614339L,0xABB0AD70L,0x8E0F3748L,0x39630268L},{8L,5L,0x8E0F3748L,5L}},{{0x39614339L,1L,0x5C6190E6L,1L},{0x014ED6CFL,1L,(-1L),5L},{(-1L),5L,0x39614339L,0x39630268L},{(-1L),0xABB0AD70L,(-1L),0xC86CE5E3L},{0x014ED6CFL,0x39630268L,0x5C6190E6L,0xC86CE5E3L},{0x39614339L,0xABB0AD70L,0x8E0F3748L,0x39630268L},{8L,5L,0x8E0F3748L,5L},{0x39614339L,1L,0x5C6190E6L,1L}},{{0x014ED6CFL,1L,(-1L),5L},{(-1L),5L,0x39614339L,0x39630268L},{(-1L),0xABB0AD70L,(-1L),0xC86CE5E3L},{0x014ED6CFL,0x39630268L,0x5C6190E6L,0xC86CE5E3L},{0x39614339L,0xABB0AD70L,0x8E0F3748L,0x39630268L},{8L,5L,0x8E0F3748L,5L},{0x39614339L,1L,0x5C6190E6L,1L},{0x014ED6CFL,1L,(-1L),5L}}};
        int32_t l_532 = 6L;
        int32_t *l_568[5][5] = {{&l_531[2][5][2],&l_531[4][3][0],&g_3[2],&g_3[2],&l_531[4][3][0]},{&l_531[2][5][2],&l_531[4][3][0],&g_3[2],&g_3[2],&l_531[4][3][0]},{&l_531[2][5][2],&l_531[4][3][0],&g_3[2],&g_3[2],&l_531[4][3][0]},{&l_531[2][5][2],&l_531[4][3][0],&g_3[2],&g_3[2],&l_531[4][3][0]},{&l_531[2][5][2],&l_531[4][3][0],&g_3[2],&g_3[2],&l_531[4][3][0]}};
        int32_t *l_569 = &g_172;
        int8_t l_581 = 1L;
        union U1 l_588 = {0x842DL};
        uint32_t l_633[10][10][1] = {{{0x1947EE9EL},{0x054A6CF0L},{18446744073709551614UL},{0x42935A71L},{4UL},{18446744073709551607UL},{18446744073709551613UL},{0UL},{18446744073709551615UL},{1UL}},{{0x94184E62L},{1UL},{18446744073709551615UL},{0UL},{18446744073709551613UL},{18446744073709551607UL},{4UL},{0x42935A71L},{18446744073709551614UL},{0x054A6CF0L}},{{0x1947EE9EL},{0x8EE94C0DL},{0x946F482BL},{1UL},{0x946F482BL},{0x8EE94C0DL},{0x1947EE9EL},{0x054A6CF0L},{18446744073709551614UL},{0x42935A71L}},{{4UL},{18446744073709551607UL},{18446744073709551613UL},{0UL},{18446744073709551615UL},{1UL},{0x94184E62L},{1UL},{18446744073709551615UL},{0UL}},{{18446744073709551613UL},{18446744073709551607UL},{4UL},{0x42935A71L},{18446744073709551614UL},{0x054A6CF0L},{0x1947EE9EL},{0x8EE94C0DL},{0x946F482BL},{0x8EE94C0DL}},{{0x5AAA0CE5L},{0x06EB5C0FL},{0x94184E62L},{18446744073709551614UL},{18446744073709551613UL},{1UL},{0x946F482BL},{0x054A6CF0L},{0x08E3F8CBL},{1UL}},{{8UL},{1UL},{18446744073709551615UL},{1UL},{8UL},{1UL},{0x08E3F8CBL},{0x054A6CF0L},{0x946F482BL},{1UL}},{{18446744073709551613UL},{18446744073709551614UL},{0x94184E62L},{0x06EB5C0FL},{0x5AAA0CE5L},{0x8EE94C0DL},{0x5AAA0CE5L},{0x06EB5C0FL},{0x94184E62L},{18446744073709551614UL}},{{18446744073709551613UL},{1UL},{0x946F482BL},{0x054A6CF0L},{0x08E3F8CBL},{1UL},{8UL},{1UL},{18446744073709551615UL},{1UL}},{{8UL},{1UL},{0x08E3F8CBL},{0x054A6CF0L},{0x946F482BL},{1UL},{18446744073709551613UL},{18446744073709551614UL},{0x94184E62L},{0x06EB5C0FL}}};
        int32_t l_659 = 0L;
        uint32_t l_661 = 7UL;
        uint16_t l_744[8][7] = {{1UL,0x3A8AL,0x6939L,0x6939L,0x3A8AL,1UL,0x3A8AL},{0x36BCL,0xA153L,0x1BEFL,0xC89CL,7UL,0xC89CL,0x1BEFL},{8UL,8UL,1UL,0x6939L,1UL,8UL,8UL},{0UL,0xA153L,0xEA71L,0xA153L,0UL,0x550FL,0x1BEFL},{0x121DL,0x3A8AL,0x121DL,1UL,1UL,0x121DL,0x3A8AL},{0x1BEFL,65526UL,0xEA71L,0UL,7UL,0xA153L,7UL},{0x121DL,1UL,1UL,0x121DL,0x3A8AL,0x121DL,1UL},{0UL,0x550FL,0x1BEFL,0UL,0x1BEFL,0x550FL,0UL}};
        int32_t l_787 = 0x9290ECA2L;
        int i, j, k;
        for (g_210 = 0; (g_210 < 35); g_210 = safe_add_func_int64_t_s_s(g_210, 5))
        { /* block id: 301 */
            int8_t *l_529[9] = {&l_295,&l_295,&l_295,&l_295,&l_295,&l_295,&l_295,&l_295,&l_295};
            union U1 **l_534[7] = {&g_134,&g_134,&g_134,&g_134,&g_134,&g_134,&g_134};
            int32_t l_535 = 0x92095068L;
            union U0 l_542 = {-2L};
            uint32_t l_660 = 0x84AE3771L;
            int i;
        }
        if ((*g_171))
        { /* block id: 368 */
            (*l_203) = &p_44;
        }
        else
        { /* block id: 370 */
            uint32_t l_667 = 7UL;
            uint64_t *l_671 = (void*)0;
            uint64_t *l_672 = &g_67;
            int16_t *l_673 = &g_135.f4;
            int8_t *l_674 = &l_581;
            int8_t **l_686 = &l_674;
            union U0 l_731 = {0x04482528L};
            int32_t l_745 = 0x7D18402DL;
            uint16_t *l_752[9][7][4] = {{{&l_744[7][1],&l_744[7][1],(void*)0,&l_206[0][6]},{&l_206[0][6],&g_87[4],(void*)0,&g_87[4]},{&g_530,&g_530,&l_744[7][1],&l_206[0][3]},{&l_206[0][1],&g_530,(void*)0,&l_206[0][6]},{&g_87[4],&g_87[3],&l_744[7][1],&g_530},{&g_87[4],(void*)0,(void*)0,&l_744[7][1]},{&l_206[0][1],&g_530,&l_744[7][1],&g_274}},{{&g_530,&l_206[0][6],(void*)0,&g_87[3]},{&l_206[0][6],(void*)0,(void*)0,&l_206[0][6]},{&l_744[7][1],&g_87[4],(void*)0,&l_206[0][6]},{(void*)0,&l_206[0][3],(void*)0,&g_530},{&g_87[4],&g_530,&l_744[2][2],&g_530},{&l_206[0][1],&l_206[0][3],&g_274,&l_206[0][6]},{&g_87[3],&g_87[4],&l_744[7][1],&l_206[0][6]}},{{&l_744[7][1],(void*)0,&l_206[0][6],&g_87[3]},{&l_206[0][1],&l_206[0][6],&l_206[0][1],&g_274},{&l_206[0][3],&g_530,(void*)0,&l_744[7][1]},{&g_530,&g_530,(void*)0,&g_530},{&g_87[0],&l_744[7][1],(void*)0,(void*)0},{&g_530,&l_206[0][6],&g_87[4],&g_274},{&g_274,(void*)0,&l_744[7][1],(void*)0}},{{&l_744[7][1],(void*)0,(void*)0,(void*)0},{&l_744[2][2],&l_744[2][2],&g_87[3],(void*)0},{&l_744[7][1],&g_530,&l_744[7][1],&l_206[0][1]},{&l_744[7][1],(void*)0,&g_274,&l_744[7][1]},{(void*)0,(void*)0,&g_87[4],&l_206[0][1]},{(void*)0,&g_530,&l_744[7][1],(void*)0},{&g_87[0],&l_744[2][2],&g_530,(void*)0}},{{(void*)0,(void*)0,&g_87[4],(void*)0},{&l_206[0][6],(void*)0,&g_87[0],&g_274},{&l_744[7][1],&l_206[0][6],&g_87[2],(void*)0},{&l_206[0][1],&l_744[7][1],&g_87[3],&g_530},{&l_206[0][1],&g_530,&g_87[2],&l_744[2][2]},{&l_744[7][1],&g_530,&g_87[0],&l_744[7][1]},{&l_206[0][6],(void*)0,&g_87[4],&l_744[7][1]}},{{(void*)0,&g_530,&g_530,(void*)0},{&g_87[0],&l_206[0][1],&l_744[7][1],(void*)0},{(void*)0,&g_274,&g_87[4],&l_206[0][6]},{(void*)0,(void*)0,&g_274,&l_206[0][6]},{&l_744[7][1],&g_274,&l_744[7][1],(void*)0},{&l_744[7][1],&l_206[0][1],&g_87[3],(void*)0},{&l_744[2][2],&g_530,(void*)0,&l_744[7][1]}},{{&l_744[7][1],(void*)0,&l_744[7][1],&l_744[7][1]},{&g_274,&g_530,&g_87[4],&l_744[2][2]},{&g_530,&g_530,(void*)0,&g_530},{&g_87[0],&l_744[7][1],(void*)0,(void*)0},{&g_530,&l_206[0][6],&g_87[4],&g_274},{&g_274,(void*)0,&l_744[7][1],(void*)0},{&l_744[7][1],(void*)0,(void*)0,(void*)0}},{{&l_744[2][2],&l_744[2][2],&g_87[3],(void*)0},{&l_744[7][1],&g_530,&l_744[7][1],&l_206[0][1]},{&l_744[7][1],(void*)0,&g_274,&l_744[7][1]},{(void*)0,(void*)0,&g_87[4],&l_206[0][1]},{(void*)0,&g_530,&l_744[7][1],(void*)0},{&g_87[0],&l_744[2][2],&g_530,(void*)0},{(void*)0,(void*)0,&g_87[4],(void*)0}},{{&l_206[0][6],(void*)0,&g_87[0],&g_274},{&l_744[7][1],&l_206[0][6],&g_87[2],(void*)0},{&l_206[0][1],&l_744[7][1],&g_87[3],&g_530},{&l_206[0][1],&g_530,&g_87[2],&l_744[2][2]},{&l_744[7][1],&g_530,&g_87[0],&l_744[7][1]},{&l_206[0][6],(void*)0,&g_87[4],&l_744[7][1]},{(void*)0,&g_530,&g_530,(void*)0}}};
            uint64_t ** const l_765 = (void*)0;
            uint64_t ** const *l_764 = &l_765;
            uint64_t ** const **l_763[3];
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_763[i] = &l_764;
            (*l_569) ^= ((+(safe_rshift_func_uint8_t_u_s(((g_12.f0 &= ((*l_673) = (((safe_lshift_func_uint16_t_u_s(l_667, 5)) | (safe_sub_func_uint32_t_u_u(p_45, l_667))) || ((((*g_78) &= (((*l_203) = g_670) == (void*)0)) , (g_137 = ((*l_672) = g_88[4]))) <= p_45)))) <= g_635[0]), ((*l_674) = p_45)))) | l_667);
            if (((safe_add_func_int32_t_s_s((((-1L) && ((((safe_rshift_func_int16_t_s_u(0x8DEFL, 14)) , ((*l_672) = (((!((safe_div_func_int64_t_s_s((((((safe_add_func_int16_t_s_s((((*l_686) = &g_71) != (void*)0), (safe_sub_func_uint64_t_u_u(1UL, (safe_mod_func_int16_t_s_s((g_95 , (((safe_div_func_uint16_t_u_u(((safe_add_func_int32_t_s_s(0xA8EA08D6L, 1UL)) , ((g_87[0] || g_394.f0) < l_695)), 0x5CB1L)) , l_667) >= 0xD9D5CA08L)), 0x3D65L)))))) > g_87[2]) , l_667) < 0xA0C6AE4CC5774106LL) < 0UL), (*g_80))) >= 0L)) > g_456) ^ 0x96CDL))) <= (*g_78)) <= p_44)) >= 4UL), p_45)) > 18446744073709551613UL))
            { /* block id: 381 */
                (*g_171) |= (p_44 ^= 1L);
                return (*g_139);
            }
            else
            { /* block id: 385 */
                union U1 l_717 = {0L};
                int64_t **l_720 = &g_78;
                for (g_54 = 1; (g_54 <= 4); g_54 += 1)
                { /* block id: 388 */
                    int8_t ** const *l_700 = &l_686;
                    int8_t ** const **l_699 = &l_700;
                    int64_t **l_721 = &g_78;
                    int64_t ***l_722 = &l_721;
                    uint8_t *l_723 = &l_86;
                    uint8_t *l_724[9][4] = {{&g_117,(void*)0,&l_415,(void*)0},{(void*)0,&l_415,(void*)0,&l_415},{&l_415,&g_117,&g_117,(void*)0},{&g_117,&l_415,&l_415,&g_117},{&l_415,&l_415,&l_415,&g_117},{&g_117,&g_117,&g_117,&g_117},{&l_415,&l_415,&g_117,&l_415},{&g_117,&l_415,&g_117,&l_415},{(void*)0,&l_415,&g_117,&l_415}};
                    int i, j;
                    (*l_699) = g_696;
                    l_568[g_54][g_54] = &g_3[2];
                    if ((safe_add_func_int64_t_s_s(((safe_lshift_func_int16_t_s_s((g_705 == (void*)0), (0L >= (p_44 > ((safe_lshift_func_int8_t_s_u(l_708, (g_117 |= (safe_mod_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u((((((safe_add_func_uint64_t_u_u(((l_717 , (safe_lshift_func_int8_t_s_u((l_720 != ((*l_722) = l_721)), ((*l_723) = p_44)))) , g_218), 0x2C7D40CDC40AF55DLL)) && (-1L)) , 0xC6BA5699L) , p_43) < (*g_670)), g_240.f0)), (*g_288))), l_717.f2))))) <= (*g_80)))))) | 0x68L), 18446744073709551606UL)))
                    { /* block id: 394 */
                        return l_717;
                    }
                    else
                    { /* block id: 396 */
                        return l_717;
                    }
                }
                l_745 &= (((safe_add_func_uint64_t_u_u((safe_add_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((((l_731 , (void*)0) == (void*)0) < (((safe_mod_func_int64_t_s_s((-1L), (safe_mul_func_uint16_t_u_u(((safe_mod_func_int16_t_s_s((p_45 > ((safe_mod_func_int8_t_s_s(l_717.f3, p_45)) == (safe_rshift_func_uint16_t_u_u((p_44 <= (safe_add_func_uint16_t_u_u((((*l_497) = ((l_744[7][1] & l_717.f3) == p_43)) , g_12.f0), 0UL))), 3)))), g_530)) >= (*l_569)), g_140.f2)))) ^ g_637) & 0x0CBC915C01502C2ALL)), 7)), l_717.f0)), (**l_203))) | p_43) ^ l_717.f3);
            }
            g_335 &= ((65535UL && (p_44 <= ((safe_rshift_func_uint8_t_u_s(((safe_div_func_uint32_t_u_u((safe_mod_func_uint16_t_u_u(((*l_569) = 1UL), (g_274 = (1L || (safe_mul_func_uint16_t_u_u((((safe_sub_func_int32_t_s_s((((((safe_mod_func_int32_t_s_s((!((g_760 == (l_766 = &g_761)) | (l_769[1][4] = p_45))), p_45)) >= (((safe_div_func_uint32_t_u_u((safe_div_func_int32_t_s_s((+((safe_rshift_func_int16_t_s_u((safe_mod_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(((*l_674) = (safe_lshift_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s((((((*l_673) = p_43) | 8L) ^ 0L) <= p_45), 3)), 0))), 253UL)), l_745)), 12)) < l_787)), 2L)), (*g_288))) || g_12.f4) || (-9L))) ^ g_563) >= g_274) >= 5UL), p_43)) , p_44) && 0xFDB8A8C8L), 0x4E6EL)))))), p_45)) , p_43), 1)) != 7UL))) ^ p_43);
        }
    }
    return (*g_134);
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
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_12.f0, "g_12.f0", print_hash_value);
    transparent_crc(g_12.f2, "g_12.f2", print_hash_value);
    transparent_crc(g_12.f3, "g_12.f3", print_hash_value);
    transparent_crc(g_12.f4, "g_12.f4", print_hash_value);
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_87[i], "g_87[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_88[i], "g_88[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_95, "g_95", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_96[i], "g_96[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_117, "g_117", print_hash_value);
    transparent_crc(g_135.f0, "g_135.f0", print_hash_value);
    transparent_crc(g_135.f2, "g_135.f2", print_hash_value);
    transparent_crc(g_135.f3, "g_135.f3", print_hash_value);
    transparent_crc(g_135.f4, "g_135.f4", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_140.f0, "g_140.f0", print_hash_value);
    transparent_crc(g_140.f2, "g_140.f2", print_hash_value);
    transparent_crc(g_140.f3, "g_140.f3", print_hash_value);
    transparent_crc(g_140.f4, "g_140.f4", print_hash_value);
    transparent_crc(g_156.f0, "g_156.f0", print_hash_value);
    transparent_crc(g_172, "g_172", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_218, "g_218", print_hash_value);
    transparent_crc(g_240.f0, "g_240.f0", print_hash_value);
    transparent_crc(g_241, "g_241", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_261[i], "g_261[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_274, "g_274", print_hash_value);
    transparent_crc(g_292, "g_292", print_hash_value);
    transparent_crc(g_335, "g_335", print_hash_value);
    transparent_crc(g_380, "g_380", print_hash_value);
    transparent_crc(g_394.f0, "g_394.f0", print_hash_value);
    transparent_crc(g_394.f2, "g_394.f2", print_hash_value);
    transparent_crc(g_394.f3, "g_394.f3", print_hash_value);
    transparent_crc(g_394.f4, "g_394.f4", print_hash_value);
    transparent_crc(g_452, "g_452", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_455[i], "g_455[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_456, "g_456", print_hash_value);
    transparent_crc(g_468, "g_468", print_hash_value);
    transparent_crc(g_469, "g_469", print_hash_value);
    transparent_crc(g_530, "g_530", print_hash_value);
    transparent_crc(g_563, "g_563", print_hash_value);
    transparent_crc(g_632, "g_632", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_635[i], "g_635[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_637, "g_637", print_hash_value);
    transparent_crc(g_907, "g_907", print_hash_value);
    transparent_crc(g_925.f0, "g_925.f0", print_hash_value);
    transparent_crc(g_925.f2, "g_925.f2", print_hash_value);
    transparent_crc(g_925.f3, "g_925.f3", print_hash_value);
    transparent_crc(g_925.f4, "g_925.f4", print_hash_value);
    transparent_crc(g_1003, "g_1003", print_hash_value);
    transparent_crc(g_1004, "g_1004", print_hash_value);
    transparent_crc(g_1005, "g_1005", print_hash_value);
    transparent_crc(g_1010, "g_1010", print_hash_value);
    transparent_crc(g_1027, "g_1027", print_hash_value);
    transparent_crc(g_1088, "g_1088", print_hash_value);
    transparent_crc(g_1113.f0, "g_1113.f0", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_1170[i][j][k], "g_1170[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1171, "g_1171", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_1172[i][j][k], "g_1172[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1173, "g_1173", print_hash_value);
    transparent_crc(g_1189, "g_1189", print_hash_value);
    transparent_crc(g_1199, "g_1199", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_1202[i][j][k], "g_1202[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1211, "g_1211", print_hash_value);
    transparent_crc(g_1717, "g_1717", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_1790[i][j], "g_1790[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1791, "g_1791", print_hash_value);
    transparent_crc(g_1853, "g_1853", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_1924[i], "g_1924[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1932, "g_1932", print_hash_value);
    transparent_crc(g_1988.f0, "g_1988.f0", print_hash_value);
    transparent_crc(g_1988.f2, "g_1988.f2", print_hash_value);
    transparent_crc(g_1988.f3, "g_1988.f3", print_hash_value);
    transparent_crc(g_1988.f4, "g_1988.f4", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 521
XXX total union variables: 33

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 31
breakdown:
   indirect level: 0, occurrence: 15
   indirect level: 1, occurrence: 8
   indirect level: 2, occurrence: 4
   indirect level: 3, occurrence: 1
   indirect level: 4, occurrence: 2
   indirect level: 5, occurrence: 1
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 12
XXX times a bitfields struct on LHS: 1
XXX times a bitfields struct on RHS: 22
XXX times a single bitfield on LHS: 4
XXX times a single bitfield on RHS: 4

XXX max expression depth: 40
breakdown:
   depth: 1, occurrence: 117
   depth: 2, occurrence: 32
   depth: 3, occurrence: 4
   depth: 4, occurrence: 1
   depth: 5, occurrence: 2
   depth: 6, occurrence: 1
   depth: 8, occurrence: 1
   depth: 15, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 20, occurrence: 2
   depth: 21, occurrence: 1
   depth: 22, occurrence: 2
   depth: 24, occurrence: 2
   depth: 25, occurrence: 1
   depth: 26, occurrence: 2
   depth: 28, occurrence: 1
   depth: 29, occurrence: 1
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 35, occurrence: 1
   depth: 40, occurrence: 1

XXX total number of pointers: 406

XXX times a variable address is taken: 1209
XXX times a pointer is dereferenced on RHS: 270
breakdown:
   depth: 1, occurrence: 224
   depth: 2, occurrence: 42
   depth: 3, occurrence: 4
XXX times a pointer is dereferenced on LHS: 271
breakdown:
   depth: 1, occurrence: 252
   depth: 2, occurrence: 16
   depth: 3, occurrence: 3
XXX times a pointer is compared with null: 36
XXX times a pointer is compared with address of another variable: 9
XXX times a pointer is compared with another pointer: 8
XXX times a pointer is qualified to be dereferenced: 5379

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 977
   level: 2, occurrence: 184
   level: 3, occurrence: 52
   level: 4, occurrence: 3
XXX number of pointers point to pointers: 211
XXX number of pointers point to scalars: 168
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 35.5
XXX average alias set size: 1.52

XXX times a non-volatile is read: 1658
XXX times a non-volatile is write: 876
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 5

XXX stmts: 120
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 23
   depth: 1, occurrence: 14
   depth: 2, occurrence: 17
   depth: 3, occurrence: 25
   depth: 4, occurrence: 15
   depth: 5, occurrence: 26

XXX percentage a fresh-made variable is used: 20
XXX percentage an existing variable is used: 80
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

