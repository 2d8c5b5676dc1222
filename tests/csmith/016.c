/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 18 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      18
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int32_t  f0;
   int32_t  f1;
   uint64_t  f2;
   int16_t  f3;
   signed f4 : 6;
   uint32_t  f5;
};

struct S1 {
   signed f0 : 29;
};

struct S2 {
   const signed f0 : 26;
   unsigned f1 : 16;
   int16_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static struct S2 g_25 = {-4183,109,0x8669L};
static uint32_t g_67 = 0xD7AD251AL;
static uint8_t g_73 = 255UL;
static int32_t g_74 = 0x0E68AC39L;
static int32_t g_76 = (-1L);
static int16_t g_81 = 0x2403L;
static int16_t g_82[4] = {0x2658L,0x2658L,0x2658L,0x2658L};
static uint32_t g_84[5][3] = {{0UL,0UL,0x54EA94EDL},{0xC9B65FEAL,0x54EA94EDL,0x54EA94EDL},{0x54EA94EDL,0x2DFAD406L,0x7040CCA8L},{0xC9B65FEAL,0x2DFAD406L,0xC9B65FEAL},{0UL,0x54EA94EDL,0x7040CCA8L}};
static int32_t *g_95 = (void*)0;
static uint64_t g_119 = 18446744073709551612UL;
static int64_t g_149[2] = {0x53CA78DFF48E3CAELL,0x53CA78DFF48E3CAELL};
static uint16_t g_160 = 1UL;
static struct S1 g_169 = {14567};
static uint32_t g_172[2] = {0xF5FA4EC0L,0xF5FA4EC0L};
static int8_t g_174 = 0xAFL;
static int16_t *g_178 = (void*)0;
static uint32_t g_181 = 0x9CC642A9L;
static int64_t g_215 = 1L;
static const int32_t g_229[10] = {7L,(-1L),7L,(-1L),7L,(-1L),7L,(-1L),7L,(-1L)};
static int32_t *g_240 = &g_74;
static int32_t g_276 = 1L;
static int64_t *g_286 = &g_149[1];
static int64_t **g_285 = &g_286;
static uint16_t g_295[2][6] = {{0xEA9AL,0xE867L,0xEA9AL,0xEA9AL,0xE867L,0xEA9AL},{0xEA9AL,0xE867L,0xEA9AL,0xEA9AL,0xE867L,0xEA9AL}};
static struct S0 g_327 = {0x36EF0C7DL,0x82661FF6L,0UL,0xA0F8L,-4,0UL};
static int32_t **g_385 = (void*)0;
static int32_t ***g_384 = &g_385;
static const struct S0 *g_436 = &g_327;
static uint16_t g_476 = 0xEA9EL;
static const uint32_t g_503 = 0UL;
static int32_t * const *g_533 = (void*)0;
static int32_t * const **g_532 = &g_533;
static const int64_t g_564 = 0L;
static int32_t ****g_618 = &g_384;
static int32_t g_620[5][8][3] = {{{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L}},{{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L}},{{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L}},{{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L}},{{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L},{0x4A690154L,0x775938D7L,0x4A690154L},{0x5FE194E9L,0x5FE194E9L,0x5FE194E9L}}};
static int8_t g_650 = 0L;
static struct S0 g_661 = {-4L,-1L,18446744073709551607UL,0x6633L,-5,0x6A82CC03L};
static uint32_t **g_680 = (void*)0;
static struct S1 *g_684 = &g_169;
static struct S1 **g_683 = &g_684;
static uint32_t g_686 = 0x7E947467L;
static uint16_t g_689 = 0xB30AL;
static uint16_t g_731 = 0UL;
static int64_t g_809 = (-1L);
static int32_t g_889[9] = {0x92F08EB7L,0x92F08EB7L,0x92F08EB7L,0x92F08EB7L,0x92F08EB7L,0x92F08EB7L,0x92F08EB7L,0x92F08EB7L,0x92F08EB7L};
static int8_t *g_997 = (void*)0;
static struct S2 * const ***g_1110 = (void*)0;
static const int64_t ***g_1111 = (void*)0;
static struct S2 g_1117[2] = {{1482,72,0xC961L},{1482,72,0xC961L}};
static uint64_t g_1124 = 0xEB18299A68EC4F70LL;
static struct S2 g_1128 = {-1903,152,8L};
static uint8_t *g_1130 = &g_73;
static uint8_t **g_1129[8] = {&g_1130,&g_1130,&g_1130,&g_1130,&g_1130,&g_1130,&g_1130,&g_1130};
static struct S0 **g_1160 = (void*)0;
static uint8_t g_1281[1] = {3UL};
static uint32_t g_1315 = 4294967295UL;
static struct S2 g_1382 = {6162,163,0L};
static int32_t ***g_1454 = &g_385;
static const uint32_t *g_1474 = &g_84[0][2];
static const uint32_t **g_1473[8][3][9] = {{{(void*)0,&g_1474,&g_1474,&g_1474,&g_1474,(void*)0,&g_1474,&g_1474,(void*)0},{&g_1474,(void*)0,(void*)0,&g_1474,(void*)0,&g_1474,&g_1474,&g_1474,&g_1474},{&g_1474,&g_1474,(void*)0,&g_1474,(void*)0,&g_1474,&g_1474,&g_1474,(void*)0}},{{(void*)0,&g_1474,&g_1474,(void*)0,&g_1474,&g_1474,&g_1474,(void*)0,&g_1474},{&g_1474,&g_1474,(void*)0,(void*)0,(void*)0,&g_1474,(void*)0,(void*)0,&g_1474},{(void*)0,&g_1474,&g_1474,&g_1474,&g_1474,(void*)0,&g_1474,&g_1474,&g_1474}},{{(void*)0,(void*)0,&g_1474,&g_1474,&g_1474,&g_1474,(void*)0,&g_1474,&g_1474},{&g_1474,&g_1474,(void*)0,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474},{&g_1474,&g_1474,&g_1474,(void*)0,(void*)0,(void*)0,&g_1474,&g_1474,&g_1474}},{{(void*)0,&g_1474,&g_1474,&g_1474,(void*)0,(void*)0,(void*)0,&g_1474,&g_1474},{&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,(void*)0,&g_1474,&g_1474},{(void*)0,(void*)0,(void*)0,&g_1474,(void*)0,(void*)0,(void*)0,&g_1474,&g_1474}},{{&g_1474,&g_1474,(void*)0,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474},{&g_1474,&g_1474,&g_1474,(void*)0,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474},{(void*)0,(void*)0,&g_1474,(void*)0,(void*)0,(void*)0,&g_1474,&g_1474,&g_1474}},{{&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474},{(void*)0,(void*)0,&g_1474,&g_1474,&g_1474,(void*)0,(void*)0,&g_1474,&g_1474},{(void*)0,(void*)0,(void*)0,&g_1474,&g_1474,&g_1474,(void*)0,&g_1474,(void*)0}},{{&g_1474,&g_1474,&g_1474,(void*)0,&g_1474,&g_1474,(void*)0,&g_1474,&g_1474},{&g_1474,&g_1474,&g_1474,&g_1474,(void*)0,(void*)0,&g_1474,&g_1474,&g_1474},{&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474,&g_1474}},{{&g_1474,(void*)0,&g_1474,&g_1474,&g_1474,(void*)0,(void*)0,&g_1474,&g_1474},{&g_1474,&g_1474,(void*)0,(void*)0,(void*)0,(void*)0,&g_1474,&g_1474,&g_1474},{&g_1474,&g_1474,&g_1474,(void*)0,&g_1474,&g_1474,&g_1474,(void*)0,&g_1474}}};
static const struct S0 g_1576 = {-1L,-1L,0x2720FAF8E89BF042LL,-1L,5,0UL};
static uint64_t *g_1627[3] = {(void*)0,(void*)0,(void*)0};
static uint64_t **g_1626 = &g_1627[1];
static uint32_t ***g_1633 = &g_680;
static const int16_t g_1679 = (-8L);
static uint16_t * const *g_1739 = (void*)0;
static const int16_t *g_1752[4] = {&g_82[1],&g_82[1],&g_82[1],&g_82[1]};
static const int16_t **g_1751 = &g_1752[3];
static const int16_t *** const g_1750 = &g_1751;
static int32_t g_1764 = (-2L);
static const uint8_t ****g_1845 = (void*)0;
static struct S0 g_1877 = {0xF9662B17L,0L,18446744073709551607UL,-5L,2,4UL};
static uint32_t *g_1971 = &g_1315;
static uint32_t **g_1970 = &g_1971;
static int64_t **** const g_2019[3] = {(void*)0,(void*)0,(void*)0};
static int64_t **** const *g_2018 = &g_2019[1];
static int64_t ***g_2029 = &g_285;
static int64_t ****g_2028 = &g_2029;
static struct S1 g_2043 = {22430};
static uint32_t ***g_2121 = &g_1970;
static uint32_t g_2213[9] = {18446744073709551611UL,0UL,18446744073709551611UL,0UL,18446744073709551611UL,0UL,18446744073709551611UL,0UL,18446744073709551611UL};
static uint32_t g_2246 = 0x335244FCL;
static struct S0 ****g_2269 = (void*)0;
static int8_t **g_2274 = (void*)0;
static int8_t *** const g_2273 = &g_2274;
static int8_t g_2297 = 0x5DL;
static uint16_t g_2325 = 1UL;
static const uint16_t *g_2327 = &g_295[0][3];
static const uint16_t **g_2326 = &g_2327;
static uint16_t g_2329 = 0xD747L;


/* --- FORWARD DECLARATIONS --- */
static uint8_t  func_1(void);
static uint32_t  func_8(int32_t  p_9, uint64_t  p_10, uint32_t  p_11, const uint32_t  p_12, int8_t  p_13);
static uint8_t  func_18(struct S0  p_19, struct S2  p_20, const struct S1  p_21);
static struct S0  func_22(struct S2  p_23, uint32_t  p_24);
static uint64_t  func_42(int8_t  p_43);
static int32_t  func_44(const struct S2  p_45, uint32_t  p_46);
static const struct S2  func_47(uint64_t  p_48);
static uint16_t  func_49(uint16_t  p_50, int32_t  p_51, int16_t  p_52);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_25 g_67 g_73 g_74 g_84 g_81 g_76 g_82 g_119 g_95 g_149 g_169 g_160 g_172 g_181 g_215 g_240 g_276 g_809 g_1130 g_286 g_1117 g_686 g_661.f2 g_650 g_327.f1 g_620 g_503 g_889 g_1750 g_1576.f1 g_1739 g_295 g_684 g_683 g_661.f1 g_1576.f0 g_1474 g_661 g_1764 g_1970 g_1971 g_1315 g_285 g_2121 g_2028 g_2029 g_1382.f2 g_2213 g_436 g_327 g_1751 g_1752 g_2246 g_1877.f0
 * writes: g_67 g_74 g_76 g_84 g_95 g_119 g_160 g_82 g_174 g_178 g_169 g_181 g_172 g_240 g_276 g_650 g_1315 g_686 g_661.f2 g_327.f1 g_149 g_1739 g_73 g_295 g_661.f0 g_684 g_661.f5 g_661.f1 g_809 g_618 g_1281 g_215 g_1845 g_476 g_1877.f3 g_1764 g_25.f2 g_1382.f2 g_2121 g_1877.f5 g_81 g_1128.f2 g_2246 g_1877.f0
 */
static uint8_t  func_1(void)
{ /* block id: 0 */
    uint64_t l_2 = 0xFF40FC0272A72759LL;
    struct S0 l_2251 = {-1L,-1L,2UL,0L,-3,0x2FF5B9F8L};
    int32_t *l_2254[1][10] = {{&g_76,&l_2251.f1,&g_76,&g_76,&l_2251.f1,&g_76,&g_76,&g_76,&g_327.f1,&g_327.f1}};
    uint8_t l_2275 = 0x50L;
    int32_t *l_2331 = (void*)0;
    int16_t l_2384 = 6L;
    uint64_t l_2385 = 2UL;
    int i, j;
    if (l_2)
    { /* block id: 1 */
        int32_t l_39 = 0x09020024L;
        uint16_t *l_1491 = &g_476;
        uint32_t *l_1495 = &g_1315;
        const struct S1 l_1497 = {3567};
        const int16_t l_2249 = 0L;
        struct S0 l_2250 = {6L,0x538A22CCL,0x1B7F185931FFE940LL,1L,3,0x12A08DDEL};
        struct S0 ***l_2255 = &g_1160;
        uint32_t l_2283 = 0UL;
        int32_t *l_2333 = &l_2250.f1;
        const int8_t l_2377[4][1] = {{0x75L},{0xEDL},{0x75L},{0xEDL}};
        int i, j;
        l_2251 = ((safe_rshift_func_uint16_t_u_s(((safe_mul_func_uint16_t_u_u(((~(func_8(((safe_sub_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(func_18(func_22(g_25, (safe_rshift_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(((*l_1495) = (safe_lshift_func_int16_t_s_s((((((safe_mul_func_int8_t_s_s((g_650 = (((+(safe_mod_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_u(0x28L, 1)), l_39))) , (((safe_sub_func_uint64_t_u_u(func_42(g_25.f2), (l_1491 == (void*)0))) || (safe_mul_func_uint8_t_u_u(((+(&g_67 != (((*g_1130) || l_2) , (void*)0))) != (*g_286)), l_39))) , g_25.f1)) != 0x6BL)), 0xB0L)) , 0xE7A7L) < l_2) && l_39) >= (*g_1130)), l_39))), l_39)), 11))), g_1117[1], l_1497), 1UL)), l_39)) , l_39), l_1497.f0, l_39, l_2, l_2) < 0xE5EC04A0L)) , l_1497.f0), 0L)) & l_2249), 9)) , l_2250);
        for (g_1877.f0 = 2; (g_1877.f0 == 17); g_1877.f0++)
        { /* block id: 1270 */
            struct S0 ****l_2256 = &l_2255;
            struct S2 l_2257 = {6742,127,0xFC1CL};
            struct S0 *l_2258[5];
            uint64_t *l_2265 = &g_119;
            struct S0 *****l_2270 = &l_2256;
            uint8_t l_2276 = 252UL;
            int32_t l_2309 = 0xCEEDDB57L;
            int32_t *l_2330 = &g_276;
            uint8_t l_2348 = 1UL;
            int i;
            for (i = 0; i < 5; i++)
                l_2258[i] = &l_2251;
            l_2254[0][0] = l_1495;
            (*l_2256) = l_2255;
            l_2250 = func_22(l_2257, (***g_2121));
        }
    }
    else
    { /* block id: 1335 */
        l_2385--;
    }
    return (*g_1130);
}


/* ------------------------------------------ */
/* 
 * reads : g_1764 g_76 g_1970 g_1971 g_1315 g_285 g_286 g_683 g_684 g_169 g_1130 g_73 g_25.f2 g_119 g_327.f1 g_2121 g_240 g_74 g_2028 g_2029 g_149 g_95 g_661.f1 g_1382.f2 g_2213 g_436 g_327 g_1751 g_1752 g_82 g_2246
 * writes: g_1764 g_661.f2 g_25.f2 g_1382.f2 g_149 g_650 g_73 g_76 g_2121 g_119 g_327.f1 g_476 g_276 g_74 g_240 g_661.f1 g_1877.f5 g_81 g_1128.f2 g_82 g_2246
 */
static uint32_t  func_8(int32_t  p_9, uint64_t  p_10, uint32_t  p_11, const uint32_t  p_12, int8_t  p_13)
{ /* block id: 1178 */
    uint32_t l_2090 = 0x98DBEBFAL;
    uint32_t * const *l_2103 = &g_1971;
    uint32_t * const **l_2102 = &l_2103;
    int64_t ***l_2116 = &g_285;
    int32_t l_2158 = 0x758F21F2L;
    uint8_t l_2179 = 0xCDL;
    int32_t *l_2210 = &g_74;
    uint32_t ** const *l_2226[2][9][3] = {{{&g_680,&g_680,&g_680},{&g_680,&g_680,&g_680},{&g_680,&g_680,&g_680},{&g_680,&g_680,&g_680},{&g_680,&g_680,&g_680},{(void*)0,(void*)0,&g_680},{&g_680,&g_680,&g_680},{&g_680,(void*)0,&g_680},{&g_680,&g_680,&g_680}},{{&g_680,(void*)0,(void*)0},{&g_680,&g_680,&g_680},{&g_680,&g_680,&g_680},{&g_680,&g_680,&g_680},{&g_680,&g_680,&g_680},{&g_680,&g_680,&g_680},{&g_680,&g_680,&g_680},{&g_680,&g_680,&g_680},{(void*)0,&g_680,&g_680}}};
    uint64_t l_2232[2][7][3] = {{{18446744073709551615UL,1UL,18446744073709551615UL},{18446744073709551610UL,18446744073709551611UL,18446744073709551611UL},{18446744073709551610UL,18446744073709551607UL,18446744073709551611UL},{18446744073709551615UL,18446744073709551611UL,18446744073709551611UL},{0x7C8FE4D0B5ABB780LL,18446744073709551611UL,18446744073709551615UL},{1UL,18446744073709551607UL,18446744073709551612UL},{0x7C8FE4D0B5ABB780LL,18446744073709551611UL,18446744073709551612UL}},{{18446744073709551615UL,1UL,18446744073709551615UL},{18446744073709551610UL,18446744073709551611UL,18446744073709551611UL},{18446744073709551610UL,18446744073709551607UL,18446744073709551611UL},{18446744073709551615UL,18446744073709551611UL,18446744073709551611UL},{0x7C8FE4D0B5ABB780LL,18446744073709551611UL,18446744073709551615UL},{1UL,18446744073709551607UL,18446744073709551612UL},{0x7C8FE4D0B5ABB780LL,18446744073709551611UL,18446744073709551612UL}}};
    int32_t *l_2234 = (void*)0;
    int32_t *l_2235[4];
    int8_t l_2236 = 0L;
    int8_t l_2237[7] = {7L,1L,1L,7L,1L,1L,7L};
    int8_t l_2238 = 0x75L;
    int8_t l_2239 = 0xCFL;
    int32_t l_2240 = 4L;
    int8_t l_2241[3][10][3];
    uint64_t l_2242 = 0xCF0ED0C41935C849LL;
    int32_t l_2245[8] = {0x712EFF39L,1L,0x712EFF39L,1L,0x712EFF39L,1L,0x712EFF39L,1L};
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_2235[i] = (void*)0;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 3; k++)
                l_2241[i][j][k] = 0x61L;
        }
    }
    for (g_1764 = 0; (g_1764 <= 17); g_1764 = safe_add_func_uint16_t_u_u(g_1764, 9))
    { /* block id: 1181 */
        int16_t l_2089 = 0x6D1FL;
        int32_t l_2120 = 0xAAA62D2FL;
        struct S2 l_2177 = {-3374,247,-1L};
        uint16_t *l_2204 = &g_476;
        uint16_t **l_2203 = &l_2204;
        uint16_t **l_2205 = &l_2204;
        uint32_t *l_2207 = (void*)0;
        for (g_661.f2 = (-13); (g_661.f2 <= 38); g_661.f2 = safe_add_func_uint64_t_u_u(g_661.f2, 1))
        { /* block id: 1184 */
            int32_t *l_2086 = &g_327.f1;
            int32_t *l_2087 = &g_76;
            int32_t *l_2088[6][6] = {{&g_74,&g_74,&g_74,&g_74,&g_74,&g_76},{&g_74,&g_74,&g_76,&g_76,&g_74,&g_74},{(void*)0,&g_74,(void*)0,&g_74,(void*)0,&g_74},{(void*)0,(void*)0,&g_76,&g_74,&g_74,&g_76},{(void*)0,(void*)0,&g_74,&g_74,&g_1877.f1,&g_74},{(void*)0,(void*)0,(void*)0,&g_76,&g_74,&g_74}};
            int64_t * const *l_2118 = &g_286;
            int64_t * const **l_2117 = &l_2118;
            int8_t *l_2119 = &g_650;
            struct S0 l_2180 = {0x7CDF2690L,5L,0x0EB0DA8FB4CFB21BLL,0L,-1,0x87E1E9BEL};
            uint8_t l_2196 = 0x52L;
            int i, j;
            for (g_25.f2 = 0; (g_25.f2 != 7); ++g_25.f2)
            { /* block id: 1187 */
                for (g_1382.f2 = 0; (g_1382.f2 <= (-27)); --g_1382.f2)
                { /* block id: 1190 */
                    return p_10;
                }
            }
            --l_2090;
            if ((*l_2087))
                break;
            if (((((*g_1130) = (safe_lshift_func_uint16_t_u_s(((((*l_2119) = ((safe_lshift_func_int8_t_s_u((safe_sub_func_uint32_t_u_u((**g_1970), (((safe_mod_func_int8_t_s_s((((l_2089 | (((((**g_285) = (+0x306029FF4D63770DLL)) != ((void*)0 == l_2102)) <= (((safe_lshift_func_uint16_t_u_s((safe_mul_func_uint8_t_u_u(0x4DL, (safe_rshift_func_uint16_t_u_s((safe_sub_func_uint8_t_u_u(((((safe_add_func_int64_t_s_s(p_12, (safe_sub_func_int64_t_s_s(p_11, (*l_2087))))) , (**g_683)) , l_2116) != l_2117), 0UL)), (*l_2087))))), p_10)) <= l_2090) | 0x68L)) ^ 18446744073709551608UL)) > l_2090) <= (*l_2087)), (*l_2087))) ^ l_2089) | 0x4FL))), 5)) , l_2089)) , (*l_2087)) , l_2090), p_11))) != 0x80L) , 8L))
            { /* block id: 1199 */
                const uint32_t *l_2126 = &g_327.f5;
                const uint32_t **l_2125 = &l_2126;
                const uint32_t ***l_2124 = &l_2125;
                int32_t l_2143[5][7] = {{0xF2D6737CL,0x0DE085B5L,0x0E34D3FBL,0x0DE085B5L,0xF2D6737CL,0xF2D6737CL,0x0DE085B5L},{(-6L),0x907B58F5L,(-6L),4L,4L,(-6L),0x907B58F5L},{0x0DE085B5L,0xBC914B75L,0x0E34D3FBL,0x0E34D3FBL,0xBC914B75L,0x0DE085B5L,0xBC914B75L},{(-6L),4L,4L,(-6L),0x907B58F5L,(-6L),4L},{0xF2D6737CL,0xF2D6737CL,0x0DE085B5L,0x0E34D3FBL,0x0DE085B5L,0xF2D6737CL,0xF2D6737CL}};
                int i, j;
                if (((*l_2087) ^= (l_2120 |= l_2090)))
                { /* block id: 1202 */
                    uint32_t ***l_2123 = &g_1970;
                    uint32_t ****l_2122 = &l_2123;
                    int16_t *l_2135 = &g_25.f2;
                    uint64_t *l_2144 = &g_119;
                    (*l_2086) ^= (((void*)0 == &g_2019[1]) > ((((*l_2122) = (g_2121 = &g_1970)) != l_2124) , (safe_div_func_uint8_t_u_u(((safe_add_func_uint16_t_u_u((safe_mod_func_uint32_t_u_u(p_12, p_10)), ((*l_2135) ^= (((*g_1130)++) < l_2090)))) > ((*l_2144) ^= (~(safe_rshift_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_s((safe_lshift_func_uint8_t_u_u(p_10, 7)), (l_2090 == l_2143[2][4]))) == (*l_2087)), l_2143[2][4]))))), p_11))));
                }
                else
                { /* block id: 1209 */
                    struct S0 l_2149 = {0L,0xE586E74EL,0xFDF3568317A62B3FLL,0L,-5,0x475F9C8FL};
                    struct S2 l_2157 = {6314,32,0xDBCEL};
                    for (g_476 = 2; (g_476 <= 7); g_476 += 1)
                    { /* block id: 1212 */
                        return p_9;
                    }
                    for (g_276 = 0; (g_276 >= 29); g_276 = safe_add_func_int64_t_s_s(g_276, 2))
                    { /* block id: 1217 */
                        int32_t **l_2159 = &l_2088[4][1];
                        (*g_240) |= (p_9 = (((safe_div_func_int8_t_s_s((-1L), p_10)) && (l_2158 = (l_2149 , (0UL | (((safe_add_func_uint32_t_u_u((safe_sub_func_uint64_t_u_u(l_2143[2][4], (safe_add_func_int64_t_s_s(p_13, (!(((((func_22(l_2157, (*l_2086)) , 0x26L) && p_9) & p_11) && p_12) && p_12)))))), (***g_2121))) == (*g_1130)) || 0x55B03BA4505418C0LL))))) <= 65535UL));
                        (*l_2159) = &p_9;
                    }
                    if (l_2143[4][1])
                        continue;
                }
            }
            else
            { /* block id: 1225 */
                uint8_t l_2162 = 1UL;
                int32_t l_2178 = (-1L);
                (*g_95) ^= ((func_22(((func_22((((****g_2028) > (safe_add_func_uint64_t_u_u(((func_47(l_2162) , l_2158) >= (safe_sub_func_uint32_t_u_u(l_2162, (((safe_add_func_uint32_t_u_u(((l_2178 |= (p_11 == (((safe_div_func_int8_t_s_s(((((safe_mul_func_int16_t_s_s((((safe_sub_func_int16_t_s_s((l_2120 == (safe_sub_func_int8_t_s_s(l_2158, (safe_mod_func_int8_t_s_s((l_2177 , p_9), 1L))))), 65528UL)) > l_2162) && (-4L)), l_2177.f2)) , l_2162) >= p_11) , l_2162), p_9)) > 3L) <= 7L))) || (****g_2028)), l_2162)) != 0x07C2L) && l_2090)))), l_2179))) , l_2177), l_2162) , l_2180) , l_2177), p_11) , p_10) ^ l_2162);
                for (g_1877.f5 = 0; (g_1877.f5 >= 37); ++g_1877.f5)
                { /* block id: 1230 */
                    int32_t *l_2189[6] = {&g_76,&g_76,&g_76,&l_2178,&l_2178,&g_76};
                    uint16_t *l_2202 = &g_160;
                    uint16_t **l_2201 = &l_2202;
                    uint16_t ***l_2200[10][1] = {{(void*)0},{(void*)0},{&l_2201},{&l_2201},{&l_2201},{(void*)0},{(void*)0},{&l_2201},{&l_2201},{&l_2201}};
                    int16_t *l_2206 = &g_81;
                    int i, j;
                    (*g_95) = (safe_lshift_func_int16_t_s_s((((*g_240) < ((safe_mod_func_int16_t_s_s((l_2178 |= (l_2087 == ((p_10 = (safe_lshift_func_uint16_t_u_s((l_2189[0] == &p_9), ((*l_2206) = (g_1382.f2 &= (safe_lshift_func_uint8_t_u_u(p_9, (((safe_div_func_int32_t_s_s((safe_mul_func_uint8_t_u_u(l_2196, (((safe_unary_minus_func_int32_t_s((*g_240))) , p_11) || ((*l_2119) = (safe_div_func_int16_t_s_s(((((l_2205 = (l_2203 = (void*)0)) != &l_2204) >= (-1L)) , p_10), 0x539FL)))))), p_10)) ^ l_2090) <= 0L)))))))) , l_2207))), l_2158)) >= 1UL)) | 65531UL), 7));
                }
                for (g_1128.f2 = 27; (g_1128.f2 != (-22)); g_1128.f2 = safe_sub_func_uint16_t_u_u(g_1128.f2, 7))
                { /* block id: 1242 */
                    l_2210 = l_2088[4][1];
                    if (p_11)
                        continue;
                    return p_12;
                }
                for (l_2178 = 0; (l_2178 <= (-26)); --l_2178)
                { /* block id: 1249 */
                    int16_t *l_2231 = &g_82[3];
                    uint8_t l_2233 = 255UL;
                    for (l_2180.f2 = 0; (l_2180.f2 <= 1); l_2180.f2 += 1)
                    { /* block id: 1252 */
                        return g_2213[1];
                    }
                    (*l_2087) ^= (safe_mul_func_int16_t_s_s(((p_10 == (((*g_436) , func_47(((safe_mod_func_uint8_t_u_u(((safe_sub_func_int16_t_s_s((l_2232[1][3][1] = ((*l_2231) = ((safe_lshift_func_uint8_t_u_u((safe_div_func_int16_t_s_s((**g_1751), (p_11 , ((*g_436) , ((safe_add_func_int32_t_s_s(l_2177.f1, (l_2226[1][8][0] != l_2226[1][8][0]))) & (safe_lshift_func_int16_t_s_u(((((safe_mod_func_uint16_t_u_u((4294967295UL | (-2L)), 0x8D04L)) , p_11) | l_2162) & p_10), p_12))))))), p_12)) != 1L))), l_2233)) , p_9), (*g_1130))) > 0UL))) , l_2178)) , p_11), 65533UL));
                }
            }
        }
        l_2120 &= 0x30BE566EL;
    }
    ++l_2242;
    (*g_240) ^= p_11;
    ++g_2246;
    return (*g_1971);
}


/* ------------------------------------------ */
/* 
 * reads : g_84 g_661.f2 g_81 g_25.f2 g_650 g_172 g_276 g_661.f1 g_327.f1 g_286 g_149 g_686 g_620 g_503 g_889 g_1750 g_1130 g_73 g_1576.f1 g_74 g_1739 g_295 g_95 g_684 g_169 g_683 g_240 g_1576.f0 g_809 g_1474 g_661
 * writes: g_95 g_686 g_240 g_661.f2 g_650 g_172 g_67 g_276 g_174 g_661.f1 g_327.f1 g_149 g_1739 g_73 g_295 g_169 g_661.f0 g_684 g_74 g_661.f5 g_809 g_618 g_1281 g_215 g_1845 g_1315 g_476 g_1877.f3
 */
static uint8_t  func_18(struct S0  p_19, struct S2  p_20, const struct S1  p_21)
{ /* block id: 817 */
    int32_t *l_1498 = &g_327.f1;
    int32_t **l_1499[8];
    int32_t l_1500 = 9L;
    uint16_t l_1501 = 0xEE66L;
    uint32_t l_1505 = 0x1BC8BCABL;
    uint64_t *l_1571 = (void*)0;
    const struct S0 *l_1574 = &g_661;
    int8_t **l_1590 = &g_997;
    int8_t l_1611 = 1L;
    int8_t **l_1620 = &g_997;
    int8_t ***l_1619 = &l_1620;
    uint8_t l_1621 = 1UL;
    int32_t l_1667 = 0x8DF32C63L;
    uint64_t l_1681 = 0UL;
    uint32_t * const l_1708[7] = {&g_172[0],&g_1315,&g_1315,&g_172[0],&g_1315,&g_1315,&g_172[0]};
    uint32_t * const *l_1707 = &l_1708[0];
    int16_t l_1713[2];
    uint16_t l_1765[4][4][9] = {{{65535UL,65535UL,65535UL,0x7FD9L,65535UL,65534UL,65534UL,65535UL,0x7FD9L},{65535UL,65535UL,65535UL,65527UL,65535UL,0x48DEL,0x48DEL,65535UL,65527UL},{65535UL,65535UL,65535UL,0x7FD9L,65535UL,65534UL,65534UL,65535UL,0x7FD9L},{65535UL,65535UL,65535UL,65527UL,65535UL,0x48DEL,0x48DEL,65535UL,65527UL}},{{65535UL,65535UL,65535UL,0x7FD9L,65535UL,65534UL,65534UL,65535UL,0x7FD9L},{65535UL,65535UL,65535UL,65527UL,65535UL,0x48DEL,0x48DEL,65535UL,65527UL},{65535UL,65535UL,65535UL,0x7FD9L,65535UL,65534UL,65534UL,65535UL,0x7FD9L},{65535UL,65535UL,65535UL,65527UL,65535UL,0x48DEL,0x48DEL,65535UL,65527UL}},{{65535UL,65535UL,65535UL,0x7FD9L,65535UL,65534UL,65534UL,65535UL,0x7FD9L},{65535UL,65535UL,65535UL,65527UL,65535UL,0x48DEL,0x48DEL,65535UL,65527UL},{65535UL,65535UL,65535UL,0x7FD9L,65535UL,65534UL,65534UL,65535UL,0x7FD9L},{65535UL,65535UL,65535UL,65527UL,65535UL,0x48DEL,0x48DEL,65535UL,65527UL}},{{65535UL,65535UL,65535UL,0x7FD9L,65535UL,65534UL,65534UL,65535UL,0x7FD9L},{65535UL,65535UL,65535UL,65527UL,65535UL,0x48DEL,0x48DEL,65535UL,65527UL},{65535UL,65535UL,65535UL,0x7FD9L,65535UL,65534UL,65534UL,65535UL,0x7FD9L},{65535UL,65535UL,65535UL,65527UL,65535UL,0x48DEL,0x48DEL,65535UL,65527UL}}};
    uint64_t l_1770[4][6] = {{0x35FC383EA53B36ABLL,8UL,0x35FC383EA53B36ABLL,6UL,18446744073709551610UL,6UL},{0x35FC383EA53B36ABLL,8UL,0x35FC383EA53B36ABLL,6UL,18446744073709551610UL,6UL},{0x35FC383EA53B36ABLL,8UL,0x35FC383EA53B36ABLL,6UL,18446744073709551610UL,6UL},{0x35FC383EA53B36ABLL,8UL,0x35FC383EA53B36ABLL,6UL,18446744073709551610UL,6UL}};
    uint64_t l_1806[4] = {18446744073709551609UL,18446744073709551609UL,18446744073709551609UL,18446744073709551609UL};
    int64_t ***l_1863 = &g_285;
    int64_t ****l_1862 = &l_1863;
    int64_t *****l_1861 = &l_1862;
    uint16_t **l_1873 = (void*)0;
    uint64_t l_1880 = 1UL;
    uint64_t l_1918 = 18446744073709551611UL;
    int16_t **l_1946 = &g_178;
    int16_t ***l_1945 = &l_1946;
    uint32_t l_1954 = 0x025C4E79L;
    int8_t l_1975[1][4][7] = {{{0xECL,2L,1L,2L,0xECL,3L,0xECL},{0x5DL,0xD4L,0xD4L,0x5DL,0xD4L,0xD4L,0x5DL},{0xDEL,2L,0xDEL,0x79L,0xECL,0x79L,0xDEL},{0x5DL,0x5DL,0x17L,0x5DL,0x5DL,0x17L,0x5DL}}};
    uint16_t l_1989[6];
    int16_t l_1996 = 0xEB7EL;
    int32_t *l_2003 = &l_1667;
    struct S2 **l_2054 = (void*)0;
    struct S2 ***l_2053 = &l_2054;
    struct S2 ****l_2052 = &l_2053;
    uint32_t l_2072 = 0x1CB3A65CL;
    const int16_t l_2077 = (-8L);
    int i, j, k;
    for (i = 0; i < 8; i++)
        l_1499[i] = &g_95;
    for (i = 0; i < 2; i++)
        l_1713[i] = 0xEBB9L;
    for (i = 0; i < 6; i++)
        l_1989[i] = 9UL;
lbl_1665:
    g_95 = l_1498;
    l_1501--;
    for (g_686 = 2; (g_686 <= 7); g_686 += 1)
    { /* block id: 822 */
        uint64_t *l_1513 = &g_661.f2;
        int8_t l_1520 = 9L;
        int8_t *l_1525 = &g_650;
        uint32_t *l_1526 = (void*)0;
        uint32_t *l_1527 = &g_172[0];
        uint32_t *l_1528 = &g_67;
        int32_t l_1530[8][8][4] = {{{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL}},{{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL}},{{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL}},{{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL}},{{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL}},{{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL}},{{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL}},{{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL},{0xC30A9976L,0x8BE168CCL,0xC30A9976L,0x8BE168CCL}}};
        const struct S0 *l_1562 = &g_661;
        int64_t * const *l_1584 = &g_286;
        struct S2 * const **l_1585 = (void*)0;
        int16_t **l_1616[10] = {(void*)0,&g_178,(void*)0,(void*)0,&g_178,(void*)0,&g_178,(void*)0,(void*)0,&g_178};
        int32_t *l_1623 = &g_276;
        uint16_t *l_1747 = &g_476;
        uint16_t **l_1746 = &l_1747;
        const int32_t **l_1805 = (void*)0;
        uint32_t ***l_1828 = &g_680;
        int32_t l_1869 = (-10L);
        int64_t *****l_1952 = &l_1862;
        uint16_t l_1993 = 1UL;
        int16_t l_1997 = 1L;
        uint32_t l_2025[8][1][5] = {{{4294967295UL,4294967295UL,0xF99DB0DCL,4294967295UL,4294967295UL}},{{4UL,0xF6651D59L,4UL,4UL,0xF6651D59L}},{{4294967295UL,1UL,1UL,4294967295UL,1UL}},{{0xF6651D59L,0xF6651D59L,1UL,0xF6651D59L,0xF6651D59L}},{{1UL,4294967295UL,1UL,1UL,4294967295UL}},{{0xF6651D59L,4UL,4UL,0xF6651D59L,4UL}},{{4294967295UL,4294967295UL,0xF99DB0DCL,4294967295UL,4294967295UL}},{{4UL,0xF6651D59L,4UL,4UL,0xF6651D59L}}};
        int i, j, k;
        if ((!((*l_1528) = ((*l_1527) ^= (func_47(l_1505) , (+((safe_add_func_int64_t_s_s((safe_rshift_func_int8_t_s_s((safe_sub_func_uint8_t_u_u((g_84[0][2] || (0x727141E814750C8ALL | (((--(*l_1513)) || g_81) , (safe_sub_func_int32_t_s_s((safe_sub_func_uint32_t_u_u((l_1520 >= (-6L)), ((safe_mod_func_int8_t_s_s(0x98L, ((*l_1525) ^= (safe_div_func_int32_t_s_s(0xA0D251BEL, g_25.f2))))) == 1L))), p_19.f1))))), 1UL)), 7)), 0xDA995963ABB8468ELL)) >= p_19.f1)))))))
        { /* block id: 827 */
            uint8_t l_1529 = 0xA1L;
            uint16_t *l_1569 = &g_295[0][3];
            int32_t l_1643[10][2][10] = {{{5L,0x277D4B65L,0L,(-1L),0L,0x277D4B65L,5L,7L,0x277D4B65L,8L},{0x277D4B65L,5L,7L,0x277D4B65L,8L,0L,0L,6L,7L,7L}},{{8L,5L,0xDC61EAFCL,1L,1L,0xDC61EAFCL,5L,8L,0xE4A816CFL,(-2L)},{(-1L),0x277D4B65L,(-1L),6L,0L,4L,(-2L),0L,0x277D4B65L,1L}},{{0L,8L,(-1L),0L,1L,0xDC61EAFCL,0L,0xDDD7DB3AL,0x8A16DD0AL,0L},{7L,4L,1L,(-1L),4L,5L,0L,7L,(-2L),(-1L)}},{{0L,0x8A16DD0AL,0x7CFBACF3L,(-1L),0L,0L,(-1L),0x7CFBACF3L,0x8A16DD0AL,0L},{0x7CFBACF3L,7L,0x8A16DD0AL,0xDC61EAFCL,0xDDD7DB3AL,0xE4A816CFL,0x7CFBACF3L,0L,0xE4A816CFL,0x8A16DD0AL}},{{7L,0L,(-1L),7L,0xDDD7DB3AL,(-2L),0xDDD7DB3AL,7L,(-1L),0L},{0xDDD7DB3AL,0x7CFBACF3L,0x42016240L,0L,0L,0x42016240L,0L,0x8A16DD0AL,0x7CFBACF3L,(-1L)}},{{0xDC61EAFCL,7L,0L,0xE4A816CFL,4L,0x42016240L,0x42016240L,4L,0xE4A816CFL,0L},{0xDDD7DB3AL,0xDDD7DB3AL,8L,4L,0x277D4B65L,(-2L),0L,0xDDD7DB3AL,1L,0L}},{{7L,0xDC61EAFCL,0x42016240L,(-1L),0xDC61EAFCL,0xE4A816CFL,0L,0xE4A816CFL,0xDC61EAFCL,(-1L)},{0x7CFBACF3L,0xDDD7DB3AL,0x7CFBACF3L,0x42016240L,0L,0L,0x42016240L,0L,0x8A16DD0AL,0x7CFBACF3L}},{{0L,7L,1L,4L,0xDDD7DB3AL,5L,0L,0L,5L,0xDDD7DB3AL},{7L,0x7CFBACF3L,0x7CFBACF3L,7L,0x8A16DD0AL,0xDC61EAFCL,0xDDD7DB3AL,0xE4A816CFL,0x7CFBACF3L,0L}},{{0x8A16DD0AL,0L,0x42016240L,0L,0L,0x42016240L,0x7CFBACF3L,0xDDD7DB3AL,0x7CFBACF3L,0x42016240L},{4L,7L,8L,7L,4L,1L,(-1L),4L,5L,0L}},{{0xDDD7DB3AL,0x8A16DD0AL,0L,4L,0x458F701CL,0xDC61EAFCL,0L,0x8A16DD0AL,0x8A16DD0AL,0L},{0xE4A816CFL,4L,0x42016240L,0x42016240L,4L,0xE4A816CFL,0L,7L,0xDC61EAFCL,0x42016240L}}};
            uint32_t l_1658 = 1UL;
            int32_t l_1661 = 1L;
            uint64_t l_1693[7];
            uint32_t l_1702[7] = {4UL,4UL,4294967295UL,4UL,4UL,4294967295UL,4UL};
            int i, j, k;
            for (i = 0; i < 7; i++)
                l_1693[i] = 0x40BC4A59E5929E2ELL;
            l_1530[0][5][1] &= (p_20.f1 , l_1529);
            for (l_1500 = 0; (l_1500 <= 2); l_1500 += 1)
            { /* block id: 831 */
                int16_t *l_1539 = &g_81;
                int32_t l_1555 = (-2L);
                const struct S0 *l_1575 = &g_1576;
                const int64_t *l_1582[5][1];
                const int64_t * const *l_1581 = &l_1582[0][0];
                int8_t l_1599 = 0x30L;
                struct S1 *l_1605 = &g_169;
                uint32_t ***l_1631[3];
                int32_t l_1645 = (-1L);
                int32_t *l_1660 = &g_620[3][3][2];
                int64_t l_1695 = 0xFEF6AAD0D8D44624LL;
                const uint16_t l_1703 = 0x47B2L;
                int i, j;
                for (i = 0; i < 5; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_1582[i][j] = (void*)0;
                }
                for (i = 0; i < 3; i++)
                    l_1631[i] = &g_680;
            }
        }
        else
        { /* block id: 907 */
            p_19.f4 &= ((p_21.f0 != 0xAF4B11288FC92F4DLL) | ((*l_1623) , (*l_1498)));
        }
        (*l_1623) ^= (!0x0E21L);
        for (l_1500 = 2; (l_1500 >= 0); l_1500 -= 1)
        { /* block id: 913 */
            uint32_t *l_1705 = (void*)0;
            uint16_t **l_1743 = (void*)0;
            int16_t ***l_1749[6];
            int32_t l_1753[8] = {6L,6L,6L,6L,6L,6L,6L,6L};
            uint32_t l_1759 = 0UL;
            struct S1 *l_1769 = &g_169;
            int32_t *l_1785 = &g_276;
            int i;
            for (i = 0; i < 6; i++)
                l_1749[i] = &l_1616[0];
            if (((void*)0 == l_1705))
            { /* block id: 914 */
                int32_t l_1706 = 5L;
                if (p_20.f0)
                { /* block id: 915 */
                    return l_1706;
                }
                else
                { /* block id: 917 */
                    for (g_174 = 0; g_174 < 10; g_174 += 1)
                    {
                        l_1616[g_174] = (void*)0;
                    }
                    p_19.f4 |= ((p_19.f2 ^= ((void*)0 != l_1707)) < ((0UL & ((**l_1584) = (18446744073709551615UL == ((((safe_mod_func_int32_t_s_s(((*l_1498) ^= (((p_20.f2 = p_19.f0) > 6UL) && (safe_div_func_uint64_t_u_u((*l_1623), (p_20 , (-6L)))))), l_1706)) <= l_1713[0]) , 0x2E9238C721E22158LL) > (*g_286))))) >= 0xDCL));
                    for (p_20.f2 = 1; (p_20.f2 >= 0); p_20.f2 -= 1)
                    { /* block id: 926 */
                        int i, j, k;
                        return g_620[(l_1500 + 2)][g_686][(p_20.f2 + 1)];
                    }
                }
            }
            else
            { /* block id: 930 */
                int8_t *l_1716 = &l_1611;
                uint16_t * const l_1738 = &g_295[1][2];
                uint16_t * const *l_1737 = &l_1738;
                uint16_t ***l_1744 = (void*)0;
                uint16_t ***l_1745 = &l_1743;
                int32_t l_1748 = 2L;
                if (((safe_sub_func_uint32_t_u_u((l_1716 == ((safe_div_func_uint64_t_u_u((*l_1498), (safe_rshift_func_uint8_t_u_s(((safe_add_func_int64_t_s_s(((p_19.f4 == (p_19.f3 ^ g_503)) != ((safe_mod_func_int32_t_s_s(((*l_1623) = (safe_add_func_uint64_t_u_u((safe_add_func_int16_t_s_s((safe_mul_func_int8_t_s_s(((((((safe_rshift_func_int16_t_s_u((safe_div_func_uint16_t_u_u(((((*g_1130) ^= (safe_mul_func_uint16_t_u_u(((g_1739 = l_1737) == (((((*l_1623) >= (safe_unary_minus_func_uint32_t_u((((*l_1623) != (((safe_mod_func_int32_t_s_s((((*l_1745) = l_1743) != l_1746), g_889[6])) >= 0x6F84DE3CL) == l_1748)) ^ 0xBACAL)))) , l_1749[0]) == g_1750) , (void*)0)), 0x7FD0L))) < (*l_1623)) && 0x4C6421DDL), g_1576.f1)), g_74)) , 0xAB02L) || (*l_1498)) , l_1753[5]) > 0x1FL) & (*l_1498)), l_1753[5])), (-4L))), (*l_1623)))), p_20.f0)) >= 18446744073709551615UL)), (*g_286))) | l_1748), l_1753[7])))) , (void*)0)), p_19.f5)) & p_20.f0))
                { /* block id: 935 */
                    uint8_t ***l_1755 = &g_1129[0];
                    uint8_t ****l_1754 = &l_1755;
                    int32_t l_1757 = 0L;
                    (*l_1754) = &g_1129[0];
                    if (l_1748)
                    { /* block id: 937 */
                        int16_t l_1756[8] = {0L,0L,0L,0L,0L,0L,0L,0L};
                        int32_t l_1758 = 7L;
                        int i;
                        --l_1759;
                    }
                    else
                    { /* block id: 939 */
                        (*g_95) = (safe_lshift_func_uint16_t_u_s(((*l_1738) = (**g_1739)), 15));
                        if (p_20.f0)
                            break;
                        (**g_683) = (*g_684);
                        if (l_1748)
                            break;
                    }
                    return p_20.f0;
                }
                else
                { /* block id: 947 */
                    if (g_81)
                        goto lbl_1665;
                }
            }
            l_1765[1][2][3]--;
            if (((*l_1498) = 0x02DFE5FFL))
            { /* block id: 953 */
                int32_t *l_1768 = &l_1753[3];
                for (g_661.f0 = 1; (g_661.f0 >= 0); g_661.f0 -= 1)
                { /* block id: 956 */
                    for (g_661.f2 = 0; (g_661.f2 <= 1); g_661.f2 += 1)
                    { /* block id: 959 */
                        l_1768 = &l_1753[5];
                        (*g_683) = l_1769;
                        return l_1753[1];
                    }
                }
                for (p_19.f2 = 0; p_19.f2 < 2; p_19.f2 += 1)
                {
                    l_1713[p_19.f2] = (-1L);
                }
                for (p_19.f3 = 0; p_19.f3 < 8; p_19.f3 += 1)
                {
                    l_1753[p_19.f3] = 0x91AE5B84L;
                }
            }
            else
            { /* block id: 967 */
                uint32_t l_1777[6][8] = {{4294967291UL,4294967295UL,4294967291UL,4294967295UL,4294967295UL,2UL,2UL,4294967295UL},{4294967295UL,2UL,2UL,4294967295UL,4294967295UL,4294967288UL,2UL,4294967288UL},{2UL,4294967295UL,2UL,4294967295UL,2UL,2UL,4294967291UL,4294967291UL},{4294967288UL,4294967295UL,0xBCA4FC1EL,0xBCA4FC1EL,4294967295UL,4294967288UL,0UL,4294967295UL},{4294967291UL,0UL,0xBCA4FC1EL,4294967291UL,0xBCA4FC1EL,0UL,4294967291UL,4294967288UL},{4294967295UL,2UL,2UL,4294967291UL,4294967291UL,2UL,2UL,4294967295UL}};
                int32_t * const l_1780 = &g_661.f1;
                int i, j;
                l_1770[0][0]--;
                for (l_1681 = 0; (l_1681 <= 2); l_1681 += 1)
                { /* block id: 971 */
                    int32_t l_1773 = 0xD4326EFAL;
                    int32_t l_1774 = 0L;
                    int32_t l_1775 = 0x716BB033L;
                    int32_t l_1776[4][1][8] = {{{(-1L),(-2L),(-10L),(-2L),(-1L),(-1L),(-2L),(-10L)}},{{(-1L),(-1L),(-2L),(-10L),(-2L),(-1L),(-1L),(-2L)}},{{0xDB9AE54CL,(-2L),(-2L),0xDB9AE54CL,0xD31DB187L,0xDB9AE54CL,(-2L),(-2L)}},{{(-2L),0xD31DB187L,(-10L),(-10L),0xD31DB187L,(-2L),0xD31DB187L,(-10L)}}};
                    int32_t **l_1781 = (void*)0;
                    int32_t **l_1782 = &l_1498;
                    int i, j, k;
                    l_1777[2][5]--;
                    (*l_1782) = l_1780;
                }
                (*g_240) ^= (!(p_19.f1 & 1L));
                if (p_19.f2)
                    break;
            }
            for (g_661.f5 = 0; (g_661.f5 <= 2); g_661.f5 += 1)
            { /* block id: 980 */
                int32_t l_1784[10][8][3] = {{{0L,0L,0xD411FF8EL},{0x7B5EA2CEL,1L,0xE2FAC3B5L},{0x23A7CF80L,(-2L),0x074EAB39L},{(-1L),0xF6A29459L,1L},{(-8L),0x1EB1DF9BL,0xC2036C9EL},{0x8B9266B0L,0x1EB1DF9BL,0xD411FF8EL},{0x22C38A6AL,0xF6A29459L,0xCFC7547EL},{0x3F213C54L,(-2L),0xF6A29459L}},{{(-1L),1L,0xED3F13B2L},{(-8L),0L,0xD6E280E5L},{(-1L),(-8L),0xD411FF8EL},{0x3F213C54L,0xED3F13B2L,0x3D4C95F9L},{0x22C38A6AL,(-2L),0xFF04EA48L},{0x8B9266B0L,0xFF04EA48L,0xFF04EA48L},{(-8L),0L,0x3D4C95F9L},{(-1L),0x28EBFB14L,0xD411FF8EL}},{{0x23A7CF80L,0x074EAB39L,0xD6E280E5L},{0x7B5EA2CEL,(-2L),0xED3F13B2L},{0L,0x074EAB39L,0xF6A29459L},{(-8L),0x28EBFB14L,0xCFC7547EL},{0x56F0E580L,0L,0xD411FF8EL},{6L,0xFF04EA48L,0xC2036C9EL},{6L,(-2L),1L},{0x56F0E580L,0xED3F13B2L,0x074EAB39L}},{{(-8L),(-8L),0xE2FAC3B5L},{0L,0L,0xD411FF8EL},{0x7B5EA2CEL,1L,0xE2FAC3B5L},{0x23A7CF80L,(-2L),0x074EAB39L},{(-1L),0xF6A29459L,1L},{(-8L),0x1EB1DF9BL,0xC2036C9EL},{0x8B9266B0L,0x1EB1DF9BL,0xD411FF8EL},{0x22C38A6AL,0xF6A29459L,0xCFC7547EL}},{{0x3F213C54L,(-2L),0xF6A29459L},{(-1L),1L,0xED3F13B2L},{(-8L),0L,0xD6E280E5L},{(-1L),(-8L),0xD411FF8EL},{0x3F213C54L,0xED3F13B2L,0x3D4C95F9L},{0x22C38A6AL,(-2L),0xFF04EA48L},{0x8B9266B0L,0xFF04EA48L,0xFF04EA48L},{(-8L),0L,0x3D4C95F9L}},{{(-1L),0x28EBFB14L,0xD411FF8EL},{0x23A7CF80L,0x5D504291L,0x9D093773L},{0x074EAB39L,(-2L),0x1697E0ADL},{0x3D4C95F9L,0x5D504291L,0L},{0xAF006570L,(-10L),0L},{0xCFC7547EL,1L,0x86D2DD94L},{1L,0xEA25FC97L,3L},{1L,(-2L),1L}},{{0xCFC7547EL,0x1697E0ADL,0x5D504291L},{0xAF006570L,0x0B5E7127L,(-5L)},{0x3D4C95F9L,(-1L),0x86D2DD94L},{0x074EAB39L,1L,(-5L)},{0xED3F13B2L,(-2L),0x5D504291L},{0xE2FAC3B5L,0L,1L},{0xAF006570L,(-1L),3L},{0xD6E280E5L,(-1L),0x86D2DD94L}},{{0xF6A29459L,0L,0L},{0xFF04EA48L,(-2L),0L},{0xC2036C9EL,1L,0x1697E0ADL},{0xAF006570L,(-1L),0x9D093773L},{0xC2036C9EL,0x0B5E7127L,0x86D2DD94L},{0xFF04EA48L,0x1697E0ADL,(-10L)},{0xF6A29459L,(-2L),0xEA25FC97L},{0xD6E280E5L,0xEA25FC97L,0xEA25FC97L}},{{0xAF006570L,1L,(-10L)},{0xE2FAC3B5L,(-10L),0x86D2DD94L},{0xED3F13B2L,0x5D504291L,0x9D093773L},{0x074EAB39L,(-2L),0x1697E0ADL},{0x3D4C95F9L,0x5D504291L,0L},{0xAF006570L,(-10L),0L},{0xCFC7547EL,1L,0x86D2DD94L},{1L,0xEA25FC97L,3L}},{{1L,(-2L),1L},{0xCFC7547EL,0x1697E0ADL,0x5D504291L},{0xAF006570L,0x0B5E7127L,(-5L)},{0x3D4C95F9L,(-1L),0x86D2DD94L},{0x074EAB39L,1L,(-5L)},{0xED3F13B2L,(-2L),0x5D504291L},{0xE2FAC3B5L,0L,1L},{0xAF006570L,(-1L),3L}}};
                int i, j, k;
                if (l_1784[0][1][1])
                    break;
                l_1785 = (void*)0;
            }
        }
        for (l_1505 = 0; (l_1505 <= 2); l_1505 += 1)
        { /* block id: 987 */
            int8_t l_1790[1][1];
            int32_t l_1807 = 0L;
            int8_t l_1808 = 0L;
            int64_t *****l_1864 = &l_1862;
            int32_t l_1865 = 0x24D82A5DL;
            int32_t l_1866 = 0x48DFA7B8L;
            int32_t l_1867[2][7] = {{0L,(-6L),0L,0xD9BCDF9CL,0xD9BCDF9CL,0L,(-6L)},{0xD9BCDF9CL,(-6L),9L,9L,(-6L),0xD9BCDF9CL,(-6L)}};
            int32_t l_1868[4][6][2] = {{{1L,0L},{0L,1L},{0x6AFCDCBEL,(-1L)},{0x6AFCDCBEL,1L},{0L,0L},{1L,0x6AFCDCBEL}},{{(-1L),0x6AFCDCBEL},{1L,0L},{0L,1L},{0x6AFCDCBEL,(-1L)},{0x6AFCDCBEL,1L},{0L,0L}},{{1L,0x6AFCDCBEL},{(-1L),0x6AFCDCBEL},{1L,0L},{0L,1L},{0x6AFCDCBEL,(-1L)},{0x6AFCDCBEL,1L}},{{0L,0L},{1L,0x6AFCDCBEL},{(-1L),0x6AFCDCBEL},{1L,0L},{0L,1L},{0x6AFCDCBEL,(-1L)}}};
            uint16_t l_1870 = 0x6F83L;
            const uint8_t ***l_1900 = (void*)0;
            int32_t * const **l_1901 = (void*)0;
            uint32_t ***l_1910 = &g_680;
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 1; j++)
                    l_1790[i][j] = (-5L);
            }
            (*l_1623) = (p_20.f1 || ((((safe_add_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_s((((*l_1623) > (l_1790[0][0] && (((*g_1130) = (safe_div_func_uint8_t_u_u(((((safe_rshift_func_uint8_t_u_u((*g_1130), (safe_rshift_func_int8_t_s_u((safe_lshift_func_int8_t_s_s((18446744073709551615UL | (safe_rshift_func_uint16_t_u_s((p_20 , (safe_mul_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u(0xD13EL, ((l_1805 != (p_19.f2 , (void*)0)) , 0x1D89L))), g_1576.f0))), p_20.f2))), g_73)), (*g_1130))))) , 0xD076L) ^ (*l_1623)) != (*l_1498)), l_1806[0]))) <= p_19.f5))) <= 0L), 15)) | p_20.f2), p_19.f1)) , (*g_1130)) | 247UL) > l_1790[0][0]));
            for (g_809 = 0; (g_809 <= 1); g_809 += 1)
            { /* block id: 992 */
                uint64_t l_1809[7] = {2UL,2UL,5UL,2UL,2UL,5UL,2UL};
                int32_t *****l_1812 = &g_618;
                int16_t l_1815 = 0x6A6EL;
                uint8_t *l_1816 = (void*)0;
                uint8_t *l_1817 = &g_1281[0];
                uint32_t ***l_1827 = &g_680;
                struct S0 *l_1829 = &g_661;
                int i;
                ++l_1809[2];
                if (((((*l_1817) = (((*l_1812) = (void*)0) == ((safe_add_func_int8_t_s_s(l_1815, ((*g_1130) = 5UL))) , &g_532))) && ((((((*g_1130) = (safe_mod_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(0x9BL, (((safe_sub_func_int32_t_s_s(p_19.f2, (~(p_19.f1 && (safe_mod_func_int32_t_s_s((l_1827 == (p_20.f2 , l_1828)), p_20.f2)))))) , p_19.f4) , l_1807))), 0x03L))) | p_19.f2) || p_19.f2) , l_1808) ^ 4UL)) > 1UL))
                { /* block id: 998 */
                    uint64_t l_1831 = 0UL;
                    for (g_215 = 2; (g_215 >= 0); g_215 -= 1)
                    { /* block id: 1001 */
                        struct S0 **l_1830[1][2];
                        int32_t l_1840 = 0x7E652204L;
                        int i, j;
                        for (i = 0; i < 1; i++)
                        {
                            for (j = 0; j < 2; j++)
                                l_1830[i][j] = &l_1829;
                        }
                        l_1829 = l_1829;
                        l_1831--;
                        (*l_1623) |= ((*g_240) ^= (safe_sub_func_uint32_t_u_u(((*l_1498) , (++(*l_1527))), ((((p_20.f1 , (safe_lshift_func_int16_t_s_s(7L, 8))) , p_19.f1) == p_20.f2) , ((g_149[g_809] = l_1840) | 1L)))));
                    }
                }
                else
                { /* block id: 1009 */
                    const uint8_t **l_1843[2];
                    const uint8_t ***l_1842 = &l_1843[1];
                    const uint8_t ****l_1841 = &l_1842;
                    const uint8_t *****l_1844[2][4][6] = {{{&l_1841,(void*)0,&l_1841,&l_1841,&l_1841,&l_1841},{(void*)0,&l_1841,&l_1841,&l_1841,&l_1841,&l_1841},{&l_1841,&l_1841,&l_1841,&l_1841,&l_1841,(void*)0},{&l_1841,&l_1841,&l_1841,&l_1841,&l_1841,&l_1841}},{{&l_1841,&l_1841,&l_1841,&l_1841,(void*)0,&l_1841},{&l_1841,&l_1841,&l_1841,&l_1841,&l_1841,&l_1841},{&l_1841,&l_1841,&l_1841,&l_1841,&l_1841,&l_1841},{&l_1841,&l_1841,&l_1841,&l_1841,&l_1841,&l_1841}}};
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                        l_1843[i] = (void*)0;
                    g_1845 = l_1841;
                }
                if ((safe_rshift_func_uint16_t_u_u(l_1808, l_1790[0][0])))
                { /* block id: 1012 */
                    int8_t l_1855[2][3][5] = {{{0x20L,(-3L),0xA6L,0xF3L,(-3L)},{0x20L,0xFFL,9L,0xF3L,0xFFL},{3L,0xFFL,0xA6L,0xA6L,0xFFL}},{{0x20L,(-3L),0xA6L,0xF3L,(-3L)},{0x20L,0xFFL,9L,0xF3L,0xFFL},{3L,0xFFL,0xA6L,0xA6L,0xFFL}}};
                    int i, j, k;
                    for (g_174 = 0; (g_174 <= 2); g_174 += 1)
                    { /* block id: 1015 */
                        return (*l_1623);
                    }
                    for (g_1315 = 0; (g_1315 <= 2); g_1315 += 1)
                    { /* block id: 1020 */
                        int16_t l_1856 = 0L;
                        (*l_1623) = ((((safe_lshift_func_int16_t_s_s((!p_20.f2), (((*g_1130) , ((safe_add_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(l_1855[0][2][2], (l_1807 = p_21.f0))), l_1856)) >= ((safe_div_func_int64_t_s_s(((safe_mod_func_uint16_t_u_u((&l_1513 == (void*)0), (((*l_1747) = 65531UL) & ((func_22(func_47(p_19.f2), p_19.f4) , (*g_1474)) , p_19.f4)))) != p_20.f2), l_1790[0][0])) >= 0x77A0DC14L))) >= p_19.f4))) & p_20.f2) >= 0x0DB5L) >= l_1808);
                        l_1864 = l_1861;
                        return p_19.f0;
                    }
                    return p_19.f1;
                }
                else
                { /* block id: 1028 */
                    return p_20.f2;
                }
            }
            for (p_19.f1 = 2; (p_19.f1 >= 0); p_19.f1 -= 1)
            { /* block id: 1034 */
                return p_20.f2;
            }
            --l_1870;
        }
    }
    if ((safe_mod_func_uint64_t_u_u(((safe_rshift_func_int8_t_s_u((p_21 , (safe_add_func_int32_t_s_s((-1L), 0L))), 4)) , 18446744073709551615UL), ((safe_sub_func_uint8_t_u_u((0x2C957D00L == ((void*)0 == l_2052)), (safe_mul_func_uint16_t_u_u(0xAA37L, (p_19.f0 , 4L))))) && p_19.f0))))
    { /* block id: 1161 */
        uint32_t l_2057 = 18446744073709551615UL;
        int32_t l_2058 = 0x2643F99BL;
        int32_t l_2060 = 0x974B9946L;
        int32_t l_2062 = 0x6EF0018BL;
        uint16_t l_2063 = 0x2124L;
        if (((*l_1574) , (*l_2003)))
        { /* block id: 1162 */
            return l_2057;
        }
        else
        { /* block id: 1164 */
            int32_t l_2059 = 0L;
            int32_t l_2061 = 0x8A53124DL;
            l_2063++;
        }
    }
    else
    { /* block id: 1167 */
        uint8_t l_2068 = 0x75L;
        int32_t l_2071[1][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_2071[i][j] = 0x84F92F27L;
        }
        for (g_1877.f3 = 1; (g_1877.f3 < (-25)); g_1877.f3 = safe_sub_func_int64_t_s_s(g_1877.f3, 3))
        { /* block id: 1170 */
            (*g_95) &= l_2068;
        }
        (*l_1498) = (safe_mul_func_int8_t_s_s(0xC1L, ((void*)0 != &g_1971)));
        ++l_2072;
        (*g_95) ^= (safe_rshift_func_uint16_t_u_s(l_2077, 0));
    }
    return p_19.f2;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static struct S0  func_22(struct S2  p_23, uint32_t  p_24)
{ /* block id: 815 */
    struct S0 l_1496 = {0x5EF3C042L,-10L,4UL,0x9DC4L,4,1UL};
    return l_1496;
}


/* ------------------------------------------ */
/* 
 * reads : g_25.f1 g_25.f0 g_25.f2 g_67 g_73 g_74 g_84 g_81 g_76 g_82 g_119 g_95 g_149 g_169 g_160 g_172 g_181 g_215 g_240 g_276 g_809
 * writes: g_67 g_74 g_76 g_84 g_95 g_119 g_160 g_82 g_174 g_178 g_169 g_181 g_172 g_240 g_276
 */
static uint64_t  func_42(int8_t  p_43)
{ /* block id: 2 */
    uint64_t l_55 = 18446744073709551612UL;
    int32_t l_65[6] = {(-7L),0x2A9564FCL,0x2A9564FCL,(-7L),0x2A9564FCL,0x2A9564FCL};
    uint32_t *l_66[6] = {&g_67,&g_67,&g_67,&g_67,&g_67,&g_67};
    uint8_t *l_72[1][4] = {{&g_73,&g_73,&g_73,&g_73}};
    int32_t *l_75 = &g_76;
    int32_t *l_275 = &g_276;
    uint32_t l_379 = 0x6F2BF9C0L;
    const struct S0 *l_435 = (void*)0;
    const int32_t *l_439[8][2] = {{&g_327.f1,&g_276},{&g_327.f1,&g_276},{&g_327.f1,&g_276},{&g_327.f1,&g_276},{&g_327.f1,&g_276},{&g_327.f1,&g_276},{&g_327.f1,&g_276},{&g_327.f1,&g_276}};
    const int32_t **l_438 = &l_439[5][0];
    const int32_t ***l_437 = &l_438;
    int16_t *l_452 = &g_25.f2;
    int64_t ** const *l_467 = &g_285;
    uint32_t l_487 = 0xA5D91100L;
    uint8_t l_568 = 0xC9L;
    struct S1 *l_663[10][4][2] = {{{&g_169,&g_169},{&g_169,&g_169},{&g_169,(void*)0},{&g_169,&g_169}},{{&g_169,&g_169},{&g_169,(void*)0},{&g_169,&g_169},{&g_169,&g_169}},{{&g_169,(void*)0},{&g_169,&g_169},{&g_169,&g_169},{&g_169,(void*)0}},{{&g_169,&g_169},{&g_169,&g_169},{&g_169,(void*)0},{&g_169,&g_169}},{{&g_169,&g_169},{&g_169,(void*)0},{&g_169,&g_169},{&g_169,&g_169}},{{&g_169,(void*)0},{&g_169,&g_169},{&g_169,&g_169},{&g_169,(void*)0}},{{&g_169,&g_169},{&g_169,&g_169},{&g_169,(void*)0},{&g_169,&g_169}},{{&g_169,&g_169},{&g_169,(void*)0},{&g_169,&g_169},{&g_169,&g_169}},{{&g_169,(void*)0},{&g_169,&g_169},{&g_169,&g_169},{&g_169,(void*)0}},{{&g_169,&g_169},{&g_169,&g_169},{&g_169,(void*)0},{&g_169,&g_169}}};
    struct S1 **l_662[10] = {(void*)0,&l_663[6][1][1],(void*)0,&l_663[6][1][1],(void*)0,&l_663[6][1][1],(void*)0,&l_663[6][1][1],(void*)0,&l_663[6][1][1]};
    int32_t ****l_696[6][1] = {{&g_384},{&g_384},{&g_384},{&g_384},{&g_384},{&g_384}};
    int16_t l_746 = 0xC36FL;
    int16_t l_749 = 0xE87AL;
    int32_t l_837 = 0xBDC6B93EL;
    uint64_t l_890[10][7] = {{0xBA17E96EC11EF705LL,0x54087E5C30799396LL,0xBA17E96EC11EF705LL,0x55773C3D3A1BFC1ALL,0xB53016BD7CEE4FA1LL,0xBD2981828B32DBC9LL,9UL},{0x288A3FF1D3801017LL,0xE7F271FADC54A304LL,1UL,1UL,0xE7F271FADC54A304LL,0x288A3FF1D3801017LL,0xE7F271FADC54A304LL},{0xBA17E96EC11EF705LL,0x55773C3D3A1BFC1ALL,0xB53016BD7CEE4FA1LL,0xBD2981828B32DBC9LL,9UL,0xBD2981828B32DBC9LL,0xB53016BD7CEE4FA1LL},{1UL,1UL,0x288A3FF1D3801017LL,1UL,0x288A3FF1D3801017LL,1UL,1UL},{18446744073709551615UL,0x55773C3D3A1BFC1ALL,0x74038B126C247E93LL,0x55773C3D3A1BFC1ALL,18446744073709551615UL,5UL,0xB53016BD7CEE4FA1LL},{4UL,0xE7F271FADC54A304LL,4UL,0x288A3FF1D3801017LL,0x288A3FF1D3801017LL,4UL,0xE7F271FADC54A304LL},{0xB53016BD7CEE4FA1LL,0x54087E5C30799396LL,0x74038B126C247E93LL,1UL,9UL,0x55773C3D3A1BFC1ALL,9UL},{4UL,0x288A3FF1D3801017LL,0x288A3FF1D3801017LL,4UL,0xE7F271FADC54A304LL,4UL,0x288A3FF1D3801017LL},{18446744073709551615UL,5UL,0xB53016BD7CEE4FA1LL,1UL,0xB53016BD7CEE4FA1LL,5UL,18446744073709551615UL},{1UL,0x288A3FF1D3801017LL,1UL,0x288A3FF1D3801017LL,1UL,1UL,0x288A3FF1D3801017LL}};
    uint32_t l_927 = 0xDE4B3602L;
    int32_t l_961 = 0x638B68A5L;
    struct S2 l_962 = {-6921,87,0x1B4BL};
    uint32_t *l_985 = &l_487;
    uint16_t l_1065 = 65532UL;
    uint8_t l_1066 = 0x13L;
    int8_t **l_1073 = (void*)0;
    struct S2 l_1252 = {-6131,108,-7L};
    int64_t **l_1290 = &g_286;
    uint16_t *l_1372 = &g_295[0][3];
    struct S2 *l_1381 = &g_1382;
    struct S2 **l_1393 = &l_1381;
    struct S2 ***l_1392 = &l_1393;
    int32_t l_1488[3];
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1488[i] = 0x32A9D089L;
    (*l_275) &= ((*l_75) = func_44(func_47((func_49(((g_25.f1 , (((0x9D28L ^ ((((g_25.f0 | (((*l_75) = ((4294967295UL & l_55) && (((g_25.f1 & (safe_lshift_func_uint16_t_u_u((g_74 = (g_25.f2 & (((safe_sub_func_int32_t_s_s(p_43, ((safe_add_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u((l_65[2] = (safe_unary_minus_func_int8_t_s((((g_67--) , (((safe_rshift_func_int16_t_s_u(l_65[3], p_43)) , l_66[2]) != l_66[2])) < p_43)))), 1)), 0xEBA4L)) , 0x38B4FD08L))) , l_55) & 0x46B77D86L))), 11))) | g_25.f0) || l_65[0]))) | g_25.f2)) < g_25.f2) != 0xD0L) >= g_73)) | p_43) > g_25.f1)) <= 0x96L), p_43, p_43) <= g_149[1])), g_25.f1));
    return g_809;
}


/* ------------------------------------------ */
/* 
 * reads : g_74
 * writes: g_95
 */
static int32_t  func_44(const struct S2  p_45, uint32_t  p_46)
{ /* block id: 110 */
    int32_t *l_273 = &g_74;
    int32_t **l_274[8] = {&g_95,(void*)0,(void*)0,&g_95,(void*)0,(void*)0,&g_95,(void*)0};
    int i;
    g_95 = l_273;
    return (*l_273);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_240
 */
static const struct S2  func_47(uint64_t  p_48)
{ /* block id: 106 */
    uint64_t l_267 = 0x77E9CDB69A65D650LL;
    int32_t *l_270 = &g_74;
    int32_t **l_271 = &g_240;
    const struct S2 l_272 = {6793,159,0x15AFL};
    l_267--;
    (*l_271) = l_270;
    return l_272;
}


/* ------------------------------------------ */
/* 
 * reads : g_74 g_84 g_81 g_76 g_25.f2 g_73 g_82 g_119 g_95 g_67 g_25.f0 g_149 g_169 g_160 g_172 g_181 g_25.f1 g_215 g_240
 * writes: g_74 g_84 g_95 g_119 g_160 g_82 g_174 g_76 g_178 g_169 g_181 g_172 g_240
 */
static uint16_t  func_49(uint16_t  p_50, int32_t  p_51, int16_t  p_52)
{ /* block id: 7 */
    uint64_t l_77[7][5] = {{0x2D7E08CD9178FB6CLL,6UL,0xFB90EFDF249A2339LL,18446744073709551615UL,0xFB90EFDF249A2339LL},{18446744073709551615UL,18446744073709551615UL,0UL,0x8B6467BE229A0C81LL,0x20D70F0D5DC534F9LL},{0UL,18446744073709551615UL,0UL,18446744073709551615UL,0x2D7E08CD9178FB6CLL},{9UL,0UL,0xFB90EFDF249A2339LL,0UL,9UL},{0x8B6467BE229A0C81LL,18446744073709551615UL,0x20D70F0D5DC534F9LL,9UL,18446744073709551615UL},{0x8B6467BE229A0C81LL,18446744073709551615UL,0x2D7E08CD9178FB6CLL,0x86D9E1B0F05BA845LL,0x86D9E1B0F05BA845LL},{9UL,6UL,9UL,18446744073709551615UL,18446744073709551615UL}};
    int32_t l_79 = 8L;
    int32_t l_80 = 0x770660D0L;
    int32_t l_83 = 0xD63FF5A5L;
    int32_t *l_96 = &l_83;
    struct S0 l_106 = {-7L,0x3E2D4647L,0xAD0C79EC616ADEA6LL,0xE07DL,3,0x897D506DL};
    uint8_t *l_133[9][6] = {{&g_73,(void*)0,&g_73,&g_73,&g_73,&g_73},{(void*)0,&g_73,&g_73,(void*)0,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{&g_73,(void*)0,&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,(void*)0,&g_73,&g_73,&g_73},{&g_73,(void*)0,&g_73,&g_73,&g_73,(void*)0},{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,(void*)0,(void*)0,&g_73,&g_73}};
    uint8_t l_194[4][5] = {{253UL,253UL,252UL,1UL,0xA0L},{0xA8L,0x6CL,0x6CL,0xA8L,253UL},{0xA8L,1UL,0xD8L,0xD8L,0xD8L},{0xA0L,1UL,252UL,253UL,253UL}};
    int64_t *l_210 = &g_149[0];
    const struct S1 l_263 = {-7748};
    int i, j;
    if (l_77[2][1])
    { /* block id: 8 */
        int32_t *l_78[3];
        int i;
        for (i = 0; i < 3; i++)
            l_78[i] = &g_76;
        g_74 ^= (-1L);
        g_84[0][2]++;
    }
    else
    { /* block id: 11 */
        int32_t l_105 = 1L;
        int32_t l_118 = (-10L);
        const uint8_t l_193 = 0UL;
        int16_t l_223 = (-1L);
        int32_t **l_265 = (void*)0;
        int32_t **l_266 = &g_95;
        l_80 |= 0x3A63A677L;
        for (p_51 = (-13); (p_51 != 4); p_51++)
        { /* block id: 15 */
            int32_t *l_93 = (void*)0;
            int32_t **l_94 = (void*)0;
            uint8_t *l_109 = &g_73;
            int32_t l_116 = (-1L);
            int32_t l_117[9][3][9] = {{{0x0E3497F9L,1L,2L,2L,1L,0x0E3497F9L,1L,2L,2L},{2L,2L,0x0E3497F9L,2L,0x0E3497F9L,2L,2L,0x0E3497F9L,2L},{(-10L),1L,(-10L),0x0E3497F9L,0x0E3497F9L,(-10L),1L,(-10L),0x0E3497F9L}},{{(-10L),0x0E3497F9L,0x0E3497F9L,(-10L),1L,(-10L),0x0E3497F9L,0x0E3497F9L,(-10L)},{2L,0x0E3497F9L,2L,0x0E3497F9L,2L,2L,0x0E3497F9L,2L,0x0E3497F9L},{0x0E3497F9L,1L,2L,2L,1L,0x0E3497F9L,1L,2L,2L}},{{2L,2L,0x0E3497F9L,2L,0x0E3497F9L,2L,2L,0x0E3497F9L,2L},{(-10L),1L,(-10L),0x0E3497F9L,0x0E3497F9L,(-10L),1L,(-10L),0x0E3497F9L},{(-10L),0x0E3497F9L,0x0E3497F9L,(-10L),1L,(-10L),0x0E3497F9L,0x0E3497F9L,(-10L)}},{{2L,0x0E3497F9L,2L,0x0E3497F9L,2L,2L,0x0E3497F9L,2L,0x0E3497F9L},{0x0E3497F9L,1L,2L,2L,1L,0x0E3497F9L,1L,2L,2L},{2L,2L,0x0E3497F9L,2L,0x0E3497F9L,2L,2L,0x0E3497F9L,2L}},{{(-10L),1L,(-10L),0x0E3497F9L,0x0E3497F9L,(-10L),1L,(-10L),0x0E3497F9L},{(-10L),0x0E3497F9L,0x0E3497F9L,(-10L),1L,(-10L),0x0E3497F9L,0x0E3497F9L,(-10L)},{2L,0x0E3497F9L,2L,0x0E3497F9L,2L,2L,0x0E3497F9L,2L,0x0E3497F9L}},{{0x0E3497F9L,1L,2L,2L,1L,0x0E3497F9L,1L,2L,2L},{2L,2L,0x0E3497F9L,2L,0x0E3497F9L,2L,2L,0x0E3497F9L,2L},{(-10L),1L,(-10L),0x0E3497F9L,0x0E3497F9L,(-10L),1L,(-10L),0x0E3497F9L}},{{(-10L),0x0E3497F9L,0x0E3497F9L,(-10L),1L,(-10L),0x0E3497F9L,0x0E3497F9L,(-10L)},{2L,0x0E3497F9L,2L,0x0E3497F9L,2L,2L,0x0E3497F9L,2L,0x0E3497F9L},{0x0E3497F9L,1L,2L,2L,2L,(-10L),2L,1L,1L}},{{0x0E3497F9L,0x0E3497F9L,(-10L),1L,(-10L),0x0E3497F9L,0x0E3497F9L,(-10L),1L},{2L,2L,2L,(-10L),(-10L),2L,2L,2L,(-10L)},{2L,(-10L),(-10L),2L,2L,2L,(-10L),(-10L),2L}},{{0x0E3497F9L,(-10L),1L,(-10L),0x0E3497F9L,0x0E3497F9L,(-10L),1L,(-10L)},{(-10L),2L,1L,1L,2L,(-10L),2L,1L,1L},{0x0E3497F9L,0x0E3497F9L,(-10L),1L,(-10L),0x0E3497F9L,0x0E3497F9L,(-10L),1L}}};
            int32_t l_150 = (-1L);
            uint16_t l_224 = 0x0116L;
            int i, j, k;
            if ((safe_div_func_int8_t_s_s((safe_lshift_func_int8_t_s_u(((l_96 = (g_95 = l_93)) == (void*)0), (safe_mul_func_uint8_t_u_u((safe_mod_func_int8_t_s_s((((safe_rshift_func_int8_t_s_s(g_81, 2)) , ((((safe_sub_func_uint32_t_u_u(((l_105 != ((l_106 , (g_81 | g_76)) , ((0xD50A455C58EAAB99LL != (((safe_sub_func_uint16_t_u_u(p_52, g_25.f2)) , l_109) != (void*)0)) || 0x41L))) | l_105), g_81)) , g_73) >= 0x3FL) == p_51)) | l_105), g_84[0][2])), g_82[1])))), g_73)))
            { /* block id: 18 */
                int32_t *l_110 = &l_105;
                int32_t *l_111 = &g_76;
                int32_t l_112 = 0x363F8159L;
                int32_t *l_113 = &l_83;
                int32_t *l_114 = &l_79;
                int32_t *l_115[1][7][8];
                uint64_t *l_128 = &l_77[2][1];
                uint64_t *l_131 = &l_106.f2;
                int64_t *l_148[2][7][8] = {{{&g_149[1],&g_149[1],&g_149[1],&g_149[0],(void*)0,&g_149[1],&g_149[1],&g_149[1]},{&g_149[1],&g_149[1],(void*)0,(void*)0,&g_149[1],&g_149[1],&g_149[1],(void*)0},{(void*)0,(void*)0,&g_149[1],&g_149[1],&g_149[1],(void*)0,(void*)0,&g_149[1]},{&g_149[1],(void*)0,(void*)0,&g_149[1],(void*)0,&g_149[1],&g_149[1],&g_149[1]},{(void*)0,&g_149[1],&g_149[1],&g_149[1],(void*)0,&g_149[1],&g_149[0],&g_149[1]},{&g_149[1],&g_149[1],&g_149[1],&g_149[1],&g_149[1],&g_149[0],(void*)0,&g_149[1]},{(void*)0,&g_149[1],&g_149[0],&g_149[1],&g_149[1],(void*)0,(void*)0,&g_149[1]}},{{&g_149[1],&g_149[0],&g_149[0],&g_149[1],(void*)0,&g_149[1],(void*)0,&g_149[1]},{&g_149[1],&g_149[0],&g_149[1],&g_149[1],&g_149[1],&g_149[1],&g_149[0],(void*)0},{&g_149[0],&g_149[0],&g_149[1],(void*)0,&g_149[1],(void*)0,&g_149[1],&g_149[1]},{&g_149[0],&g_149[1],(void*)0,&g_149[0],&g_149[1],&g_149[0],(void*)0,&g_149[1]},{&g_149[1],&g_149[1],&g_149[1],&g_149[0],(void*)0,&g_149[1],&g_149[1],&g_149[1]},{&g_149[1],&g_149[1],(void*)0,(void*)0,&g_149[1],&g_149[1],&g_149[1],(void*)0},{(void*)0,(void*)0,&g_149[1],&g_149[1],&g_149[1],(void*)0,(void*)0,&g_149[1]}}};
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 7; j++)
                    {
                        for (k = 0; k < 8; k++)
                            l_115[i][j][k] = &l_106.f1;
                    }
                }
                ++g_119;
                g_95 = &l_105;
                if ((~(((((l_150 = (+(safe_add_func_uint64_t_u_u((safe_add_func_int8_t_s_s(((((*l_131) |= ((*l_128)--)) & p_52) , (+(((*l_113) , (g_81 > ((l_133[5][1] != &g_73) <= (safe_rshift_func_uint16_t_u_s((safe_rshift_func_int16_t_s_s((safe_sub_func_uint32_t_u_u((((0UL < g_81) == ((((*g_95) = (safe_add_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_u((g_76 ^ 0UL), 6)) == g_119), g_84[2][2])), (-1L)))) < l_118) != p_51)) == 0x641FEA62L), l_118)), 6)), 9))))) == 0x515F4AA8L))), 0xD7L)), g_67)))) < 0x336F86D8BF474991LL) && g_25.f0) || g_149[0]) < 4294967291UL)))
                { /* block id: 25 */
                    uint32_t l_151[1];
                    uint16_t *l_159 = &g_160;
                    int16_t *l_161 = &g_82[1];
                    int16_t *l_162 = &l_106.f3;
                    int32_t l_163 = (-7L);
                    int i;
                    for (i = 0; i < 1; i++)
                        l_151[i] = 0xB09ED61EL;
                    l_163 |= (0x28L != (l_151[0] >= (((safe_add_func_int32_t_s_s((((*l_162) |= (((+(safe_sub_func_int64_t_s_s((safe_rshift_func_uint16_t_u_u(((*l_159) = (p_51 , g_149[1])), 6)), 0xF212B29A1D6AACE6LL))) | g_81) , ((((*l_161) = ((g_67 == ((*l_131) = (l_105 , 0x92AD2651A99610AALL))) >= 0xAE95L)) , 0L) > 0x818BL))) >= p_51), p_51)) , p_51) < 0x8FL)));
                    for (l_112 = 0; (l_112 != 17); l_112++)
                    { /* block id: 33 */
                        int32_t *l_166 = (void*)0;
                        int32_t **l_167 = (void*)0;
                        int32_t **l_168 = &l_96;
                        int8_t *l_173 = &g_174;
                        (*l_168) = l_166;
                        if (p_50)
                            continue;
                        (*l_114) &= (g_169 , (((void*)0 == l_133[0][2]) <= (((safe_mul_func_int8_t_s_s((g_160 ^ (g_149[1] , (&g_160 == (void*)0))), ((*l_173) = g_172[0]))) && ((*g_95) != l_163)) > g_73)));
                        return g_82[1];
                    }
                    (*l_110) = (*g_95);
                }
                else
                { /* block id: 41 */
                    int16_t *l_177 = (void*)0;
                    struct S1 l_179 = {-10954};
                    for (l_106.f1 = (-25); (l_106.f1 != (-17)); ++l_106.f1)
                    { /* block id: 44 */
                        return g_149[1];
                    }
                    (*l_111) &= (*g_95);
                    if ((1UL == (((*l_114) , &g_82[1]) == (g_178 = l_177))))
                    { /* block id: 49 */
                        struct S1 *l_180 = &g_169;
                        (*l_180) = l_179;
                        ++g_181;
                    }
                    else
                    { /* block id: 52 */
                        return g_25.f1;
                    }
                }
            }
            else
            { /* block id: 56 */
                uint32_t *l_192 = &g_172[1];
                uint8_t *l_209[6] = {&l_194[0][2],&g_73,&l_194[0][2],&l_194[0][2],&g_73,&l_194[0][2]};
                int32_t **l_239[4][8][4] = {{{&g_95,&g_95,&l_96,&l_96},{&l_96,&g_95,(void*)0,&g_95},{&g_95,&l_93,&l_96,&g_95},{&l_93,&l_96,(void*)0,&l_93},{(void*)0,&l_96,&g_95,&l_96},{&l_96,&g_95,&g_95,&l_96},{&g_95,&l_93,&l_96,&l_93},{&g_95,&l_96,&l_93,&l_96}},{{(void*)0,&l_93,&l_93,&l_96},{&l_93,(void*)0,&l_93,&g_95},{&l_93,&l_96,&l_93,&l_93},{(void*)0,&l_96,&l_96,(void*)0},{&g_95,&g_95,&l_93,&g_95},{&l_96,&l_93,&g_95,&l_96},{&l_96,&l_93,&l_93,&l_96},{&g_95,&l_93,&l_93,&g_95}},{{&l_96,&g_95,&g_95,(void*)0},{(void*)0,&l_96,&l_93,&l_93},{&l_93,&l_96,&g_95,&g_95},{&l_96,(void*)0,&g_95,&l_96},{&l_96,&l_93,&l_96,&l_96},{&l_93,&l_96,(void*)0,&l_93},{(void*)0,&l_93,&g_95,&l_96},{&l_96,&g_95,&l_93,&l_96}},{{&g_95,&l_96,&l_93,&l_93},{&g_95,&g_95,&g_95,(void*)0},{&g_95,&g_95,&l_93,&l_96},{&g_95,(void*)0,&g_95,&l_93},{&l_96,&l_96,&l_93,&l_93},{(void*)0,&l_93,&l_93,&l_96},{&l_93,&g_95,&l_93,&g_95},{(void*)0,&l_96,&l_93,(void*)0}}};
                int32_t ***l_241 = &l_94;
                uint16_t l_260 = 0x507FL;
                int i, j, k;
                for (g_76 = 0; (g_76 > 14); g_76++)
                { /* block id: 59 */
                    int32_t *l_188 = &l_80;
                    uint16_t *l_189[7] = {&g_160,&g_160,&g_160,&g_160,&g_160,&g_160,&g_160};
                    int32_t *l_195 = &l_106.f1;
                    struct S2 l_206 = {5923,232,0xD0EFL};
                    int32_t l_234 = (-1L);
                    int i;
                    if (((*l_195) = ((*l_188) = ((((safe_rshift_func_uint16_t_u_s((p_50 = (((void*)0 == l_188) >= p_51)), ((&g_172[0] == ((safe_sub_func_uint64_t_u_u((&g_160 != (void*)0), (g_25.f0 & 0x352F6597B28512A6LL))) , l_192)) ^ l_193))) , l_194[3][4]) | l_106.f2) != p_51))))
                    { /* block id: 63 */
                        int8_t *l_211 = &g_174;
                        int32_t l_212 = 0x9D36A7B6L;
                        uint32_t *l_218 = &g_84[0][2];
                        l_212 ^= (safe_sub_func_int8_t_s_s(((*l_211) = ((((((p_50 &= (safe_mod_func_int16_t_s_s(((void*)0 == &l_188), (safe_sub_func_uint32_t_u_u((*l_195), (safe_add_func_uint32_t_u_u(((*l_192)--), ((*l_188) = (0UL <= (l_206 , ((((safe_div_func_int32_t_s_s(g_81, g_149[1])) & g_181) , l_209[5]) == &g_73))))))))))) | g_67) < 8L) >= g_84[0][2]) , l_210) == &g_149[1])), p_51));
                        if (p_50)
                            continue;
                        (*l_195) = (safe_div_func_int64_t_s_s(((6UL & ((*l_195) && (0x759DE1FDL & (g_215 , (1UL != p_50))))) > (l_223 &= (safe_lshift_func_int16_t_s_u(((((--(*l_218)) , (safe_div_func_int16_t_s_s((g_169.f0 == ((*l_195) < l_212)), 0xCBCBL))) , g_119) == g_76), p_51)))), l_224));
                        (*l_195) ^= g_149[0];
                    }
                    else
                    { /* block id: 74 */
                        uint32_t l_225 = 18446744073709551615UL;
                        const int32_t **l_226 = (void*)0;
                        const int32_t **l_227 = (void*)0;
                        const int32_t *l_228[2];
                        int32_t *l_230 = (void*)0;
                        int32_t *l_231 = (void*)0;
                        int32_t *l_232 = (void*)0;
                        int32_t *l_233[7] = {&l_106.f1,&l_106.f1,&l_106.f1,&l_106.f1,&l_106.f1,&l_106.f1,&l_106.f1};
                        uint32_t l_235 = 0xC38ADFB7L;
                        int32_t **l_238 = &l_231;
                        int i;
                        for (i = 0; i < 2; i++)
                            l_228[i] = &g_229[5];
                        (*l_195) = ((l_225 & ((l_228[0] = l_192) != &g_74)) , p_51);
                        --l_235;
                        (*l_238) = l_192;
                        g_169.f0 = p_51;
                    }
                }
                g_240 = (g_95 = &l_83);
                (*l_241) = &l_96;
                for (l_116 = 0; (l_116 > (-6)); l_116 = safe_sub_func_uint8_t_u_u(l_116, 5))
                { /* block id: 87 */
                    uint32_t *l_248 = &g_181;
                    uint64_t *l_258 = &l_77[2][1];
                    int32_t l_259 = 0L;
                    if ((safe_mod_func_int32_t_s_s((safe_lshift_func_uint8_t_u_u(((l_248 != (void*)0) > ((p_51 | (((*l_258) = (safe_rshift_func_uint8_t_u_u(((safe_sub_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_s((0L & ((((~g_119) >= 0xCEL) , &l_105) == &l_83)), ((((*l_192)--) != g_76) , l_223))), (*g_240))) ^ g_149[1]), g_149[1]))) & 1UL)) || p_51)), g_67)), l_259)))
                    { /* block id: 90 */
                        ++l_260;
                        g_95 = (*l_94);
                        if ((*g_240))
                            continue;
                    }
                    else
                    { /* block id: 94 */
                        struct S1 *l_264 = &g_169;
                        (*l_264) = l_263;
                        return l_223;
                    }
                    return g_172[1];
                }
            }
            if ((*g_240))
                continue;
        }
        (*l_266) = &l_80;
    }
    return g_149[0];
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
    transparent_crc(g_25.f0, "g_25.f0", print_hash_value);
    transparent_crc(g_25.f1, "g_25.f1", print_hash_value);
    transparent_crc(g_25.f2, "g_25.f2", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    transparent_crc(g_81, "g_81", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_82[i], "g_82[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_84[i][j], "g_84[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_119, "g_119", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_149[i], "g_149[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_160, "g_160", print_hash_value);
    transparent_crc(g_169.f0, "g_169.f0", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_172[i], "g_172[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_174, "g_174", print_hash_value);
    transparent_crc(g_181, "g_181", print_hash_value);
    transparent_crc(g_215, "g_215", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_229[i], "g_229[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_276, "g_276", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_295[i][j], "g_295[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_327.f0, "g_327.f0", print_hash_value);
    transparent_crc(g_327.f1, "g_327.f1", print_hash_value);
    transparent_crc(g_327.f2, "g_327.f2", print_hash_value);
    transparent_crc(g_327.f3, "g_327.f3", print_hash_value);
    transparent_crc(g_327.f4, "g_327.f4", print_hash_value);
    transparent_crc(g_327.f5, "g_327.f5", print_hash_value);
    transparent_crc(g_476, "g_476", print_hash_value);
    transparent_crc(g_503, "g_503", print_hash_value);
    transparent_crc(g_564, "g_564", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_620[i][j][k], "g_620[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_650, "g_650", print_hash_value);
    transparent_crc(g_661.f0, "g_661.f0", print_hash_value);
    transparent_crc(g_661.f1, "g_661.f1", print_hash_value);
    transparent_crc(g_661.f2, "g_661.f2", print_hash_value);
    transparent_crc(g_661.f3, "g_661.f3", print_hash_value);
    transparent_crc(g_661.f4, "g_661.f4", print_hash_value);
    transparent_crc(g_661.f5, "g_661.f5", print_hash_value);
    transparent_crc(g_686, "g_686", print_hash_value);
    transparent_crc(g_689, "g_689", print_hash_value);
    transparent_crc(g_731, "g_731", print_hash_value);
    transparent_crc(g_809, "g_809", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_889[i], "g_889[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_1117[i].f0, "g_1117[i].f0", print_hash_value);
        transparent_crc(g_1117[i].f1, "g_1117[i].f1", print_hash_value);
        transparent_crc(g_1117[i].f2, "g_1117[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1124, "g_1124", print_hash_value);
    transparent_crc(g_1128.f0, "g_1128.f0", print_hash_value);
    transparent_crc(g_1128.f1, "g_1128.f1", print_hash_value);
    transparent_crc(g_1128.f2, "g_1128.f2", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_1281[i], "g_1281[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1315, "g_1315", print_hash_value);
    transparent_crc(g_1382.f0, "g_1382.f0", print_hash_value);
    transparent_crc(g_1382.f1, "g_1382.f1", print_hash_value);
    transparent_crc(g_1382.f2, "g_1382.f2", print_hash_value);
    transparent_crc(g_1576.f0, "g_1576.f0", print_hash_value);
    transparent_crc(g_1576.f1, "g_1576.f1", print_hash_value);
    transparent_crc(g_1576.f2, "g_1576.f2", print_hash_value);
    transparent_crc(g_1576.f3, "g_1576.f3", print_hash_value);
    transparent_crc(g_1576.f4, "g_1576.f4", print_hash_value);
    transparent_crc(g_1576.f5, "g_1576.f5", print_hash_value);
    transparent_crc(g_1679, "g_1679", print_hash_value);
    transparent_crc(g_1764, "g_1764", print_hash_value);
    transparent_crc(g_1877.f0, "g_1877.f0", print_hash_value);
    transparent_crc(g_1877.f1, "g_1877.f1", print_hash_value);
    transparent_crc(g_1877.f2, "g_1877.f2", print_hash_value);
    transparent_crc(g_1877.f3, "g_1877.f3", print_hash_value);
    transparent_crc(g_1877.f4, "g_1877.f4", print_hash_value);
    transparent_crc(g_1877.f5, "g_1877.f5", print_hash_value);
    transparent_crc(g_2043.f0, "g_2043.f0", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_2213[i], "g_2213[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2246, "g_2246", print_hash_value);
    transparent_crc(g_2297, "g_2297", print_hash_value);
    transparent_crc(g_2325, "g_2325", print_hash_value);
    transparent_crc(g_2329, "g_2329", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 612
   depth: 1, occurrence: 45
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 4
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 86
breakdown:
   indirect level: 0, occurrence: 45
   indirect level: 1, occurrence: 27
   indirect level: 2, occurrence: 5
   indirect level: 3, occurrence: 5
   indirect level: 4, occurrence: 4
XXX full-bitfields structs in the program: 18
breakdown:
   indirect level: 0, occurrence: 18
XXX times a bitfields struct's address is taken: 62
XXX times a bitfields struct on LHS: 7
XXX times a bitfields struct on RHS: 68
XXX times a single bitfield on LHS: 10
XXX times a single bitfield on RHS: 89

XXX max expression depth: 44
breakdown:
   depth: 1, occurrence: 178
   depth: 2, occurrence: 39
   depth: 3, occurrence: 4
   depth: 4, occurrence: 1
   depth: 5, occurrence: 2
   depth: 12, occurrence: 3
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 20, occurrence: 3
   depth: 21, occurrence: 3
   depth: 23, occurrence: 2
   depth: 25, occurrence: 1
   depth: 27, occurrence: 1
   depth: 28, occurrence: 2
   depth: 31, occurrence: 1
   depth: 33, occurrence: 1
   depth: 36, occurrence: 1
   depth: 41, occurrence: 1
   depth: 42, occurrence: 1
   depth: 44, occurrence: 1

XXX total number of pointers: 487

XXX times a variable address is taken: 1046
XXX times a pointer is dereferenced on RHS: 246
breakdown:
   depth: 1, occurrence: 194
   depth: 2, occurrence: 32
   depth: 3, occurrence: 16
   depth: 4, occurrence: 4
XXX times a pointer is dereferenced on LHS: 355
breakdown:
   depth: 1, occurrence: 326
   depth: 2, occurrence: 23
   depth: 3, occurrence: 5
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 48
XXX times a pointer is compared with address of another variable: 9
XXX times a pointer is compared with another pointer: 11
XXX times a pointer is qualified to be dereferenced: 9793

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1712
   level: 2, occurrence: 206
   level: 3, occurrence: 202
   level: 4, occurrence: 56
   level: 5, occurrence: 17
XXX number of pointers point to pointers: 238
XXX number of pointers point to scalars: 205
XXX number of pointers point to structs: 44
XXX percent of pointers has null in alias set: 31.8
XXX average alias set size: 1.44

XXX times a non-volatile is read: 1997
XXX times a non-volatile is write: 1122
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 13

XXX stmts: 170
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 22
   depth: 1, occurrence: 19
   depth: 2, occurrence: 23
   depth: 3, occurrence: 28
   depth: 4, occurrence: 37
   depth: 5, occurrence: 41

XXX percentage a fresh-made variable is used: 15.9
XXX percentage an existing variable is used: 84.1
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

