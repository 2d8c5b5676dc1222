/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 28 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      28
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int8_t g_3 = 0xECL;
static uint8_t g_30 = 1UL;
static int32_t g_41 = (-10L);
static int32_t *g_43 = &g_41;
static uint16_t g_71[8] = {0x98A5L,0x98A5L,0x98A5L,0x98A5L,0x98A5L,0x98A5L,0x98A5L,0x98A5L};
static uint16_t g_73[10][10] = {{6UL,0UL,65535UL,1UL,0xDF93L,0xDF93L,1UL,65535UL,0UL,6UL},{0UL,65535UL,0x637EL,1UL,0x871EL,6UL,0x871EL,1UL,0x637EL,65535UL},{1UL,65535UL,6UL,65535UL,0x871EL,1UL,1UL,0x871EL,65535UL,6UL},{0x871EL,0x871EL,0UL,1UL,0xDF93L,1UL,0x637EL,1UL,6UL,65535UL},{65535UL,1UL,65535UL,65535UL,0xDF93L,0x637EL,1UL,1UL,0x637EL,0xDF93L},{0x871EL,1UL,1UL,0x871EL,65535UL,6UL,65535UL,1UL,65535UL,6UL},{0x637EL,0x181CL,65535UL,0x181CL,0x637EL,0UL,1UL,65535UL,65535UL,1UL},{1UL,0UL,0x871EL,0x871EL,0UL,1UL,0xDF93L,1UL,0x637EL,1UL},{0x181CL,0x871EL,0x637EL,65535UL,0x637EL,0x871EL,0x181CL,0xDF93L,6UL,6UL},{0x181CL,6UL,1UL,65535UL,65535UL,1UL,6UL,0x181CL,0UL,0xDF93L}};
static int32_t g_79 = 0x9A92ED16L;
static int8_t g_96 = 0xF8L;
static int64_t g_103 = 0x1F03B47FC81C9D71LL;
static uint64_t g_174 = 0x8995D89284F4F27BLL;
static int16_t g_179 = (-7L);
static uint64_t *g_198 = &g_174;
static uint64_t **g_197 = &g_198;
static int16_t g_210 = (-1L);
static int16_t *g_209[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static uint32_t g_224[6][3] = {{1UL,4294967289UL,1UL},{0xA3AFCE4FL,0xA3AFCE4FL,0xA3AFCE4FL},{1UL,4294967289UL,1UL},{0xA3AFCE4FL,0xA3AFCE4FL,0xA3AFCE4FL},{1UL,4294967289UL,1UL},{0xA3AFCE4FL,0xA3AFCE4FL,0xA3AFCE4FL}};
static uint64_t g_253 = 0x3B648F1D9C005DB3LL;
static int8_t *g_255 = &g_3;
static int8_t **g_254 = &g_255;
static int32_t g_257[9][10] = {{0xB3E879FEL,8L,0xB3E879FEL,1L,8L,0xD29E3F56L,0xD29E3F56L,8L,1L,0xB3E879FEL},{1L,1L,0x4301ED44L,8L,0xEA0A6ECEL,0x4301ED44L,0xEA0A6ECEL,8L,0x4301ED44L,1L},{0xEA0A6ECEL,0xD29E3F56L,0xB3E879FEL,0xEA0A6ECEL,1L,1L,0xEA0A6ECEL,0xB3E879FEL,0xD29E3F56L,0xEA0A6ECEL},{0xB3E879FEL,1L,0xD29E3F56L,1L,1L,1L,0xD29E3F56L,1L,0xB3E879FEL,0xB3E879FEL},{0xEA0A6ECEL,8L,0x4301ED44L,1L,1L,0x4301ED44L,8L,0xEA0A6ECEL,0x4301ED44L,0xEA0A6ECEL},{1L,0xD29E3F56L,1L,1L,1L,0xD29E3F56L,1L,0xB3E879FEL,0xB3E879FEL,1L},{0xB3E879FEL,0xEA0A6ECEL,1L,1L,0xEA0A6ECEL,0xB3E879FEL,0xD29E3F56L,0xEA0A6ECEL,0xD29E3F56L,0xB3E879FEL},{8L,0xEA0A6ECEL,0x4301ED44L,0xEA0A6ECEL,8L,0x4301ED44L,1L,1L,0x4301ED44L,8L},{8L,0xD29E3F56L,0xD29E3F56L,8L,1L,0xB3E879FEL,8L,0xB3E879FEL,1L,8L}};
static int32_t ***g_318 = (void*)0;
static int64_t g_366 = 0x4151BE30D7236005LL;
static uint32_t g_371 = 1UL;
static uint8_t g_402 = 2UL;
static uint16_t *g_446 = &g_71[5];
static uint16_t **g_445 = &g_446;
static uint32_t *g_470 = (void*)0;
static uint32_t * const * const g_469[10] = {&g_470,(void*)0,&g_470,&g_470,(void*)0,&g_470,(void*)0,&g_470,&g_470,(void*)0};
static uint32_t g_505[10] = {0xE63F2938L,0xE63F2938L,0xE63F2938L,0xFC10E96BL,0xFC10E96BL,0xE63F2938L,0xFC10E96BL,0xFC10E96BL,0xE63F2938L,0xFC10E96BL};
static uint64_t g_555 = 18446744073709551615UL;
static int32_t **g_631 = (void*)0;
static uint64_t g_646 = 0x65DC183FE73E8426LL;
static int32_t g_716 = 0x1AEAC6BBL;
static uint32_t g_787 = 0xA6EF52F9L;
static int32_t g_839 = 1L;
static int16_t **g_889[6][9] = {{(void*)0,&g_209[2],(void*)0,&g_209[7],(void*)0,&g_209[2],(void*)0,&g_209[7],(void*)0},{(void*)0,(void*)0,&g_209[7],(void*)0,(void*)0,(void*)0,(void*)0,&g_209[7],(void*)0},{(void*)0,&g_209[7],&g_209[1],&g_209[7],(void*)0,&g_209[7],&g_209[1],&g_209[7],(void*)0},{(void*)0,(void*)0,&g_209[7],(void*)0,(void*)0,&g_209[7],(void*)0,(void*)0,(void*)0},{(void*)0,&g_209[7],(void*)0,&g_209[2],(void*)0,&g_209[7],(void*)0,&g_209[2],(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_209[7],&g_209[7],(void*)0}};
static int16_t ***g_888 = &g_889[2][8];
static uint16_t g_895 = 65530UL;
static uint32_t g_933 = 0UL;
static uint8_t *g_1097 = &g_30;
static uint8_t **g_1096 = &g_1097;
static uint8_t ***g_1095 = &g_1096;
static uint8_t ***g_1104 = &g_1096;
static uint16_t g_1167 = 0xD2EEL;
static const int32_t * const g_1205 = &g_41;
static const int32_t * const *g_1204 = &g_1205;
static const int32_t * const * const *g_1203 = &g_1204;
static const int32_t g_1210[8] = {0xC325C457L,0xC325C457L,0xC325C457L,0xC325C457L,0xC325C457L,0xC325C457L,0xC325C457L,0xC325C457L};
static int32_t *g_1310 = (void*)0;
static int32_t ***g_1315 = &g_631;
static int32_t **** const g_1314 = &g_1315;
static uint16_t ***g_1404 = (void*)0;
static uint8_t g_1474 = 255UL;
static uint8_t g_1641 = 255UL;
static uint32_t g_1676[3][2][7] = {{{1UL,0xC8A50604L,0x109C7BFFL,1UL,1UL,1UL,0xC8A50604L},{0xCC445854L,0xB0E64CE4L,18446744073709551615UL,0xC162BD56L,18446744073709551615UL,0xB0E64CE4L,0xCC445854L}},{{0xB0E64CE4L,0xC8A50604L,0x1493AC49L,18446744073709551615UL,0xCC445854L,0xB0E64CE4L,18446744073709551615UL},{1UL,1UL,1UL,0xC8A50604L,0xC8A50604L,1UL,1UL}},{{0xC8A50604L,18446744073709551615UL,0x1493AC49L,0xC162BD56L,18446744073709551615UL,18446744073709551615UL,1UL},{18446744073709551615UL,0xC8A50604L,18446744073709551615UL,18446744073709551615UL,1UL,18446744073709551615UL,18446744073709551615UL}}};
static int32_t g_1704 = 0x44142FBDL;
static int8_t g_1725 = (-5L);
static uint16_t g_1726[1] = {65527UL};
static int32_t * const * const g_1748 = (void*)0;
static int32_t * const * const *g_1747 = &g_1748;
static int32_t * const * const **g_1746 = &g_1747;
static int32_t * const * const ***g_1745 = &g_1746;
static int16_t ***g_1781 = &g_889[2][8];
static int16_t ****g_1780 = &g_1781;
static int16_t *****g_1779 = &g_1780;
static int64_t g_1909 = (-1L);
static int8_t g_1910 = 1L;
static int32_t g_1911[6] = {0xA2C83D47L,0xA2C83D47L,0xA2C83D47L,0xA2C83D47L,0xA2C83D47L,0xA2C83D47L};
static uint32_t g_1913 = 4294967293UL;
static int32_t g_1946 = 0x618E262FL;
static uint64_t g_2050 = 3UL;
static uint32_t ****g_2116 = (void*)0;
static uint16_t ****g_2135[5] = {&g_1404,&g_1404,&g_1404,&g_1404,&g_1404};
static uint16_t *****g_2134 = &g_2135[4];


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static uint8_t  func_6(int64_t  p_7, int32_t  p_8, uint16_t  p_9, uint8_t  p_10);
static int16_t  func_16(int32_t  p_17);
static const int16_t  func_18(int32_t  p_19);
static uint64_t  func_20(uint32_t  p_21);
static uint32_t  func_22(uint32_t  p_23, int16_t  p_24, uint32_t  p_25, const int16_t  p_26);
static int32_t  func_33(uint8_t * p_34, uint16_t  p_35, uint64_t  p_36, uint8_t * p_37);
static uint8_t * func_38(int32_t  p_39);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_445 g_446 g_71 g_198 g_174 g_43 g_933 g_1095 g_1096 g_1097 g_30 g_255 g_254 g_197 g_1205 g_41
 * writes: g_179 g_41 g_1310 g_933 g_839 g_1104 g_787
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    uint64_t l_2 = 1UL;
    uint8_t l_1843 = 0xBAL;
    int32_t *l_1851 = (void*)0;
    uint16_t ***l_1887 = &g_445;
    uint64_t l_1905 = 0x077E4FAED1F7A128LL;
    uint32_t l_1933 = 4294967295UL;
    uint8_t l_1979 = 0xF1L;
    int8_t **l_1989 = &g_255;
    int32_t *l_2013 = &g_1911[0];
    int16_t *l_2017 = &g_179;
    int16_t *l_2019 = (void*)0;
    const uint16_t *l_2027 = &g_1167;
    const uint16_t **l_2026[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
    int8_t l_2031[4];
    int32_t l_2046 = 0L;
    int16_t l_2047[8] = {6L,6L,6L,6L,6L,6L,6L,6L};
    int32_t l_2049 = 0x91686F04L;
    uint32_t l_2101 = 0x8B01F2C8L;
    uint32_t l_2102[5][5] = {{4294967290UL,5UL,4294967290UL,5UL,4294967290UL},{1UL,1UL,4294967295UL,4294967295UL,1UL},{0x0D97B1A9L,5UL,0x0D97B1A9L,5UL,0x0D97B1A9L},{1UL,4294967295UL,4294967295UL,1UL,1UL},{4294967290UL,5UL,4294967290UL,5UL,4294967290UL}};
    int32_t l_2130 = (-1L);
    uint32_t l_2132 = 6UL;
    uint32_t l_2176 = 0UL;
    uint8_t ***l_2248 = &g_1096;
    int64_t l_2252 = (-1L);
    int i, j;
    for (i = 0; i < 4; i++)
        l_2031[i] = 0x65L;
    if ((l_2 > g_3))
    { /* block id: 1 */
        int64_t l_11 = (-1L);
        int16_t *l_1842 = &g_179;
        int32_t l_1850 = 0x467D7382L;
        int32_t **l_1852[3][4] = {{(void*)0,&g_43,&g_43,(void*)0},{&g_43,(void*)0,&g_43,&g_43},{(void*)0,(void*)0,&l_1851,(void*)0}};
        uint16_t * const *l_1883 = &g_446;
        uint16_t * const **l_1882 = &l_1883;
        const int32_t *l_1956 = &g_1704;
        int32_t l_1980 = (-3L);
        uint16_t ****l_1993[3][4] = {{&l_1887,&l_1887,&l_1887,&l_1887},{&l_1887,&l_1887,&l_1887,&l_1887},{&l_1887,&l_1887,&l_1887,&l_1887}};
        int32_t * const l_2008 = &g_1911[0];
        int32_t * const *l_2007 = &l_2008;
        int32_t * const **l_2006 = &l_2007;
        int32_t * const ***l_2005 = &l_2006;
        int32_t l_2029 = 0L;
        uint64_t ** const l_2064[7] = {&g_198,&g_198,&g_198,&g_198,&g_198,&g_198,&g_198};
        uint16_t *****l_2136 = (void*)0;
        uint64_t l_2152[4] = {18446744073709551607UL,18446744073709551607UL,18446744073709551607UL,18446744073709551607UL};
        uint8_t l_2228 = 1UL;
        int i, j;
        l_1850 |= (safe_mul_func_uint8_t_u_u(func_6(l_11, g_3, g_3, (safe_mod_func_int64_t_s_s((safe_rshift_func_int16_t_s_u(func_16((18446744073709551614UL <= l_2)), (((-10L) | (safe_mod_func_int64_t_s_s((safe_div_func_uint16_t_u_u((**g_445), (safe_lshift_func_int16_t_s_u(((*l_1842) = (safe_unary_minus_func_uint16_t_u(1UL))), 6)))), (*g_198)))) != l_1843))), l_1843))), l_2));
        g_1310 = l_1851;
        for (g_933 = (-29); (g_933 < 3); g_933 = safe_add_func_int64_t_s_s(g_933, 5))
        { /* block id: 873 */
            int16_t l_1859 = 0xDF06L;
            uint16_t ***l_1885 = (void*)0;
            int8_t l_1906 = (-1L);
            int16_t *****l_1936[10];
            int32_t l_1978 = 0x6EEBF823L;
            int64_t *l_1985 = (void*)0;
            int32_t *l_2014 = &g_1911[3];
            int32_t l_2030 = 1L;
            int32_t l_2032 = 0x5ABA0D37L;
            int32_t l_2061[2];
            uint8_t l_2076 = 9UL;
            uint16_t ***** const l_2137 = &l_1993[2][0];
            int64_t l_2157 = (-1L);
            uint16_t l_2175 = 0x13BBL;
            int i;
            for (i = 0; i < 10; i++)
                l_1936[i] = &g_1780;
            for (i = 0; i < 2; i++)
                l_2061[i] = 9L;
            for (g_839 = 0; (g_839 > 2); g_839 = safe_add_func_int64_t_s_s(g_839, 1))
            { /* block id: 876 */
                uint8_t l_1860 = 0UL;
                int32_t l_1907 = 0x87B4280BL;
                int32_t l_1908 = 1L;
                int16_t *****l_1935 = &g_1780;
                uint64_t l_1976 = 0x83D76E413A2EEC70LL;
                uint16_t *l_1977 = &g_895;
                int32_t **l_2012 = (void*)0;
                int32_t **l_2015 = &l_2014;
                int16_t *l_2018 = &l_1859;
                const uint16_t ***l_2028 = &l_2026[0];
            }
        }
    }
    else
    { /* block id: 1042 */
        uint8_t ****l_2247 = &g_1104;
        int32_t l_2249 = (-1L);
        uint32_t *l_2250 = (void*)0;
        uint32_t *l_2251 = &g_787;
        int32_t l_2253[10] = {0x1B608CFAL,9L,0x1B608CFAL,9L,0x1B608CFAL,9L,0x1B608CFAL,9L,0x1B608CFAL,9L};
        int32_t l_2261 = (-1L);
        uint32_t l_2263 = 1UL;
        uint32_t l_2266 = 4294967290UL;
        int i;
        (*g_43) = (safe_add_func_int64_t_s_s(0xBB316B0EF101C23DLL, (safe_lshift_func_uint16_t_u_s((safe_unary_minus_func_uint64_t_u((safe_mod_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((***g_1095), (safe_add_func_int8_t_s_s((*g_255), 0xAEL)))), (((safe_div_func_uint16_t_u_u((**g_445), ((((&g_318 != (void*)0) > ((safe_add_func_uint16_t_u_u((0UL && ((~((*l_2251) = (((((safe_add_func_uint16_t_u_u((((*l_2247) = &g_1096) != l_2248), 0xCBA1L)) > l_2249) < l_2249) | (**g_254)) > l_2249))) & 0x797E93E6L)), l_2252)) || l_2249)) || l_2253[8]) , (-9L)))) && (**g_197)) , l_2253[8]))))), l_2253[8]))));
        for (l_1979 = 4; (l_1979 == 26); ++l_1979)
        { /* block id: 1048 */
            int32_t *l_2256 = (void*)0;
            int32_t *l_2257 = &l_2049;
            int32_t *l_2258 = &g_716;
            int32_t *l_2259 = &g_79;
            int32_t *l_2260[9][7] = {{&l_2049,&g_79,&l_2049,&g_79,&l_2049,&g_79,&l_2049},{&g_79,&g_79,&g_716,&g_716,&g_79,&g_79,&g_716},{&l_2046,&g_79,&l_2046,&g_79,&l_2046,&g_79,&l_2046},{&g_79,&g_716,&g_716,&g_79,&g_79,&g_716,&g_716},{&l_2049,&g_79,&l_2049,&g_79,&l_2049,&g_79,&l_2049},{&g_79,&g_79,&g_716,&g_716,&g_79,&g_79,&g_716},{&l_2046,&g_79,&l_2046,&g_79,&l_2046,&g_79,&l_2046},{&g_79,&g_716,&g_716,&g_79,&g_79,&g_716,&g_716},{&l_2049,&g_79,&l_2049,&g_79,&l_2049,&g_79,&l_2049}};
            int16_t l_2262 = (-10L);
            int i, j;
            l_2249 &= (*g_1205);
            l_2263++;
            l_2266--;
        }
        l_1851 = &l_2261;
    }
    return l_1979;
}


/* ------------------------------------------ */
/* 
 * reads : g_43
 * writes: g_41
 */
static uint8_t  func_6(int64_t  p_7, int32_t  p_8, uint16_t  p_9, uint8_t  p_10)
{ /* block id: 866 */
    uint32_t l_1846 = 18446744073709551615UL;
    uint32_t *l_1849 = (void*)0;
    (*g_43) = (safe_add_func_int32_t_s_s(l_1846, ((safe_add_func_uint16_t_u_u((4294967295UL > ((void*)0 == l_1849)), 0UL)) != l_1846)));
    return p_7;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int16_t  func_16(int32_t  p_17)
{ /* block id: 2 */
    int8_t l_27[1][8][8] = {{{(-1L),(-1L),8L,0L,0x71L,0L,8L,(-1L)},{(-1L),0x52L,0L,8L,8L,0L,0x52L,(-1L)},{0x52L,0x4EL,(-1L),0L,(-1L),0x4EL,0x52L,0x52L},{0x4EL,0L,0L,0L,0L,0x4EL,8L,0x4EL},{0L,0x4EL,8L,0x4EL,0L,0L,0L,0L},{0x4EL,0x52L,0x52L,0x4EL,(-1L),0L,(-1L),0x4EL},{0x52L,(-1L),0x52L,0L,8L,8L,0L,0x52L},{(-1L),(-1L),8L,0L,0x71L,0L,8L,(-1L)}}};
    uint8_t *l_28 = (void*)0;
    uint8_t *l_29 = &g_30;
    uint16_t *l_70 = &g_71[3];
    uint16_t *l_72 = &g_73[4][6];
    uint32_t l_82 = 0x9F15FC87L;
    uint8_t ***l_1200[4];
    const int32_t * const l_1209 = &g_1210[2];
    const int32_t * const * const l_1208[2] = {&l_1209,&l_1209};
    const int32_t * const * const *l_1207 = &l_1208[1];
    uint16_t **l_1267 = &l_70;
    int32_t l_1268 = 0xBDAD57BAL;
    int16_t **l_1389 = &g_209[3];
    const int8_t l_1401 = 0x64L;
    uint64_t **l_1424 = &g_198;
    const uint64_t *l_1426 = &g_174;
    const uint64_t **l_1425 = &l_1426;
    uint16_t l_1447 = 0UL;
    int32_t **l_1450 = (void*)0;
    int32_t *l_1642[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int8_t l_1674 = 0x96L;
    const uint32_t *l_1699 = &l_82;
    const uint32_t **l_1698 = &l_1699;
    int32_t * const ** const *l_1719[3];
    int8_t l_1800 = 2L;
    uint16_t l_1834 = 65527UL;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_1200[i] = &g_1096;
    for (i = 0; i < 3; i++)
        l_1719[i] = (void*)0;
    return l_1834;
}


/* ------------------------------------------ */
/* 
 * reads : g_1104 g_1096 g_1097
 * writes: g_30 g_716
 */
static const int16_t  func_18(int32_t  p_19)
{ /* block id: 473 */
    int64_t l_1170 = 0x5D8A738DB64E89B8LL;
    int32_t l_1171 = 0xE64F6ECFL;
    int32_t *l_1172 = (void*)0;
    int32_t l_1173 = 0L;
    int32_t *l_1174 = &l_1171;
    int32_t *l_1175 = &g_716;
    int32_t *l_1176[7] = {&g_716,&g_716,&g_716,&g_716,&g_716,&g_716,&g_716};
    uint64_t l_1177 = 0UL;
    int i;
lbl_1182:
    --l_1177;
    (*l_1175) = (safe_sub_func_uint32_t_u_u((((*l_1174) == 0L) >= ((***g_1104) = (l_1174 != (void*)0))), p_19));
    if (l_1171)
        goto lbl_1182;
    return p_19;
}


/* ------------------------------------------ */
/* 
 * reads : g_402 g_318 g_198 g_43 g_41 g_79 g_179 g_255 g_3 g_445 g_446 g_71 g_73 g_555 g_174 g_254 g_257 g_197 g_371 g_888 g_895 g_505 g_933 g_470 g_210 g_103 g_96 g_1167
 * writes: g_402 g_174 g_505 g_41 g_79 g_179 g_210 g_71 g_96 g_257 g_839 g_787 g_895 g_470 g_224 g_253 g_103 g_371 g_1167
 */
static uint64_t  func_20(uint32_t  p_21)
{ /* block id: 174 */
    uint8_t *l_513 = &g_402;
    int32_t l_525 = 0L;
    int32_t *l_537 = &g_257[6][4];
    int32_t l_640 = 0x8658CCD9L;
    int32_t *l_649 = &l_525;
    int32_t **l_752 = &l_537;
    int64_t l_810[1][7] = {{1L,1L,1L,1L,1L,1L,1L}};
    int64_t l_872[2];
    uint8_t l_873[4] = {0xE3L,0xE3L,0xE3L,0xE3L};
    int16_t ***l_902 = &g_889[2][8];
    int32_t l_923 = 0x5EF6DCB8L;
    uint32_t **l_924 = &g_470;
    int32_t **l_935 = &g_43;
    int32_t ***l_934 = &l_935;
    uint32_t *l_950 = (void*)0;
    uint32_t *l_951 = &g_787;
    uint16_t l_954 = 0x0011L;
    uint32_t *l_955 = (void*)0;
    uint32_t *l_985 = (void*)0;
    uint32_t **l_984 = &l_985;
    const uint32_t **l_1146 = (void*)0;
    int i, j;
    for (i = 0; i < 2; i++)
        l_872[i] = 0x93546DB77BCBD6BCLL;
    if ((safe_lshift_func_uint8_t_u_u((--(*l_513)), 6)))
    { /* block id: 176 */
        int8_t l_518 = (-9L);
        int32_t ***l_519 = (void*)0;
        int16_t *l_523 = &g_210;
        uint32_t *l_524 = &g_505[9];
        int32_t *l_526 = &g_79;
        uint32_t l_620 = 0UL;
        int32_t l_642 = 0L;
        int32_t *l_659 = &l_642;
        int16_t l_783 = (-1L);
        int32_t l_786 = 0x744C0190L;
        (*l_526) ^= ((*g_43) |= ((((((safe_mul_func_uint16_t_u_u(l_518, p_21)) < p_21) , (((l_519 == g_318) < (((*g_198) = 1UL) || p_21)) ^ 0xD212E763L)) & (((safe_unary_minus_func_uint32_t_u(((*l_524) = (safe_add_func_uint64_t_u_u((l_523 == &g_210), 0L))))) > l_525) , 1L)) & p_21) != 0x20A6EDD0L));
        for (g_179 = 0; (g_179 <= 8); g_179 += 1)
        { /* block id: 183 */
            int64_t l_527 = 0x98DE64FD26B8B0E4LL;
            int32_t l_571 = (-4L);
            int8_t **l_619 = &g_255;
            int32_t *l_622 = &l_571;
            uint32_t l_695 = 0UL;
            int32_t l_696 = 0L;
            int16_t l_697 = 1L;
            uint32_t l_718[4] = {4294967291UL,4294967291UL,4294967291UL,4294967291UL};
            int32_t **l_750 = &l_537;
            int i;
            if (l_527)
                break;
        }
    }
    else
    { /* block id: 308 */
        int32_t l_792 = 0x64281D12L;
        int32_t **l_808 = (void*)0;
        int32_t l_809[5];
        int16_t *l_813 = &g_210;
        uint32_t **l_818 = &g_470;
        const uint8_t l_887 = 1UL;
        uint8_t **l_917 = (void*)0;
        int32_t **l_922 = &l_649;
        int i;
        for (i = 0; i < 5; i++)
            l_809[i] = 0xB46A9CD8L;
        (*l_649) = ((((safe_mul_func_uint8_t_u_u(((*l_513) = (l_792 < (((safe_sub_func_uint32_t_u_u((p_21 > (0x5930A24FL <= l_792)), (safe_add_func_int32_t_s_s(((1UL || (safe_rshift_func_int16_t_s_u((((safe_lshift_func_uint8_t_u_u(((((l_809[1] &= (~((safe_sub_func_int16_t_s_s((safe_lshift_func_int16_t_s_s((65535UL || (safe_mul_func_int8_t_s_s((*g_255), ((l_792 == ((l_808 = l_808) != (void*)0)) , 0L)))), (*l_649))), (**g_445))) & 0UL))) > 0x9B21L) , l_810[0][3]) | (-7L)), 0)) > 1L) ^ (*l_649)), 1))) & 0x1BL), p_21)))) , (**g_445)) <= (*l_649)))), p_21)) < p_21) || (*l_649)) < (*l_649));
        if (((((*l_513) = (safe_rshift_func_uint8_t_u_u(p_21, g_73[5][6]))) & 0L) , (((*l_813) = (&l_640 == (l_809[1] , &l_809[1]))) & ((&p_21 != (((safe_mod_func_uint8_t_u_u(((((((*l_649) , (safe_mul_func_uint8_t_u_u((l_818 != (void*)0), (*l_649)))) | p_21) >= (*l_649)) || (*g_255)) <= (*g_43)), 0x81L)) >= (*g_43)) , (void*)0)) ^ l_792))))
        { /* block id: 315 */
            const uint32_t l_831 = 0x3CAE8A7FL;
            int32_t l_835 = (-6L);
            uint32_t l_836[7][10][3] = {{{0xD0700B14L,1UL,1UL},{0x309B7D35L,18446744073709551609UL,18446744073709551609UL},{0xD0700B14L,0x99C0C21FL,0xD0700B14L},{18446744073709551609UL,0x309B7D35L,18446744073709551609UL},{0xC05716B8L,0xC05716B8L,1UL},{1UL,1UL,1UL},{0xD0700B14L,0xC05716B8L,0x99C0C21FL},{18446744073709551609UL,18446744073709551609UL,18446744073709551609UL},{1UL,0xD0700B14L,0x99C0C21FL},{0x309B7D35L,0x309B7D35L,1UL}},{{18446744073709551615UL,0xD0700B14L,0xD0700B14L},{1UL,18446744073709551609UL,18446744073709551609UL},{18446744073709551615UL,0xC05716B8L,18446744073709551615UL},{0x309B7D35L,1UL,18446744073709551609UL},{1UL,1UL,0xD0700B14L},{18446744073709551609UL,1UL,1UL},{0xD0700B14L,0xC05716B8L,0x99C0C21FL},{18446744073709551609UL,18446744073709551609UL,18446744073709551609UL},{1UL,0xD0700B14L,0x99C0C21FL},{0x309B7D35L,0x309B7D35L,1UL}},{{18446744073709551615UL,0xD0700B14L,0xD0700B14L},{1UL,18446744073709551609UL,18446744073709551609UL},{18446744073709551615UL,0xC05716B8L,18446744073709551615UL},{0x309B7D35L,1UL,18446744073709551609UL},{1UL,1UL,0xD0700B14L},{18446744073709551609UL,1UL,1UL},{0xD0700B14L,0xC05716B8L,0x99C0C21FL},{18446744073709551609UL,18446744073709551609UL,18446744073709551609UL},{1UL,0xD0700B14L,0x99C0C21FL},{0x309B7D35L,0x309B7D35L,1UL}},{{18446744073709551615UL,0xD0700B14L,0xD0700B14L},{1UL,18446744073709551609UL,18446744073709551609UL},{18446744073709551615UL,0xC05716B8L,18446744073709551615UL},{0x309B7D35L,1UL,18446744073709551609UL},{1UL,1UL,0xD0700B14L},{18446744073709551609UL,1UL,1UL},{0xD0700B14L,0xC05716B8L,0x99C0C21FL},{18446744073709551609UL,18446744073709551609UL,18446744073709551609UL},{1UL,0xD0700B14L,0x99C0C21FL},{0x309B7D35L,0x309B7D35L,1UL}},{{18446744073709551615UL,0xD0700B14L,0xD0700B14L},{1UL,18446744073709551609UL,18446744073709551609UL},{18446744073709551615UL,0xC05716B8L,18446744073709551615UL},{0x309B7D35L,1UL,18446744073709551609UL},{1UL,1UL,0xD0700B14L},{18446744073709551609UL,1UL,1UL},{0xD0700B14L,0xC05716B8L,0x99C0C21FL},{18446744073709551609UL,18446744073709551609UL,18446744073709551609UL},{1UL,0xD0700B14L,0x99C0C21FL},{0x309B7D35L,0x309B7D35L,1UL}},{{18446744073709551615UL,0xD0700B14L,0xD0700B14L},{1UL,18446744073709551609UL,18446744073709551609UL},{18446744073709551615UL,0xC05716B8L,18446744073709551615UL},{0x309B7D35L,1UL,18446744073709551609UL},{1UL,1UL,0xD0700B14L},{18446744073709551609UL,1UL,1UL},{0xD0700B14L,0xC05716B8L,0x99C0C21FL},{18446744073709551609UL,18446744073709551609UL,18446744073709551609UL},{1UL,0xD0700B14L,0x99C0C21FL},{0x309B7D35L,0x309B7D35L,1UL}},{{18446744073709551615UL,0xD0700B14L,0xD0700B14L},{1UL,18446744073709551609UL,18446744073709551609UL},{18446744073709551615UL,0xC05716B8L,18446744073709551615UL},{0x309B7D35L,1UL,18446744073709551609UL},{1UL,1UL,0xD0700B14L},{18446744073709551609UL,1UL,1UL},{0xD0700B14L,0xC05716B8L,0x99C0C21FL},{18446744073709551609UL,18446744073709551609UL,18446744073709551609UL},{1UL,0xD0700B14L,0x99C0C21FL},{1UL,1UL,18446744073709551609UL}}};
            int8_t *l_837 = &g_96;
            int32_t *l_838 = &g_839;
            uint8_t l_867 = 0x6BL;
            int32_t ***l_882 = &l_752;
            int64_t l_884 = 0x8190A35B2D357681LL;
            uint8_t **l_918 = (void*)0;
            int i, j, k;
            if (((((*l_838) = (g_257[4][1] = (safe_sub_func_uint8_t_u_u((safe_div_func_int16_t_s_s(((((*l_837) = (safe_lshift_func_uint8_t_u_s((((p_21 , ((l_835 = ((**g_445) ^= ((safe_mul_func_uint8_t_u_u(g_555, ((safe_mul_func_uint8_t_u_u((safe_add_func_int8_t_s_s((l_831 , (p_21 == ((*g_198) |= 0xF716F69A823B1CDALL))), (0x50F06150548288ABLL < (0x404EL == ((safe_unary_minus_func_int64_t_s(8L)) | ((*l_513) = (safe_mod_func_uint32_t_u_u(4294967290UL, l_835)))))))), p_21)) , l_836[3][7][0]))) , l_809[1]))) || (*l_649))) , (*g_43)) & (*g_43)), (**g_254)))) , (*l_649)) || (*g_198)), p_21)), p_21)))) , g_257[6][8]) >= p_21))
            { /* block id: 323 */
                int32_t l_883 = 0L;
                int32_t l_905 = 0xC919903DL;
                uint8_t ***l_914 = (void*)0;
                uint8_t **l_916[5] = {&l_513,&l_513,&l_513,&l_513,&l_513};
                uint8_t ***l_915[6][2] = {{&l_916[4],&l_916[4]},{&l_916[4],&l_916[4]},{&l_916[4],&l_916[4]},{&l_916[4],&l_916[4]},{&l_916[4],&l_916[4]},{&l_916[4],&l_916[4]}};
                int i, j;
                for (l_792 = 0; (l_792 != 15); l_792++)
                { /* block id: 326 */
                    uint32_t l_885 = 0x822A8176L;
                    uint32_t *l_886 = &l_836[4][5][0];
                    int16_t ***l_890[4];
                    int i;
                    for (i = 0; i < 4; i++)
                        l_890[i] = &g_889[1][3];
                    for (g_787 = 20; (g_787 > 55); g_787 = safe_add_func_uint32_t_u_u(g_787, 1))
                    { /* block id: 329 */
                        int32_t ***l_844 = &l_808;
                        (*l_844) = &l_649;
                        (**l_808) = p_21;
                        (*l_808) = &l_525;
                    }
                    if ((((!(safe_div_func_int32_t_s_s((safe_div_func_int64_t_s_s(((((((((**g_445) |= ((((((*l_649) != (safe_mul_func_int16_t_s_s((safe_sub_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_s((((*l_886) ^= (((safe_add_func_int32_t_s_s((safe_add_func_int16_t_s_s((!(safe_mul_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u(((((safe_rshift_func_uint16_t_u_s((((4294967290UL ^ (++l_867)) && (safe_sub_func_uint16_t_u_u(l_872[0], l_873[3]))) ^ (safe_mod_func_int64_t_s_s((65529UL > 0UL), (safe_div_func_int64_t_s_s(((*l_649) , ((*l_649) < (safe_div_func_uint64_t_u_u(((void*)0 != l_882), 18446744073709551615UL)))), l_883))))), p_21)) ^ p_21) || 0x1D9DF6D4E0F96FB9LL) > (*g_198)), l_884)) == (**g_197)), l_885))), p_21)), (*l_649))) , (-6L)) , g_371)) , g_257[4][1]), (*l_649))) == 248UL), 4UL)), l_835))) || p_21) | p_21) ^ l_887) || p_21)) && p_21) && l_883) >= 0xDBD9A45676220880LL) , g_888) != l_890[2]) , 0x8044914829894390LL), p_21)), (*l_649)))) , (void*)0) != (void*)0))
                    { /* block id: 337 */
                        int32_t *l_894[3];
                        int i;
                        for (i = 0; i < 3; i++)
                            l_894[i] = &l_640;
                        (*g_43) = (safe_unary_minus_func_uint16_t_u((safe_add_func_int8_t_s_s((-1L), ((p_21 , (void*)0) != &l_867)))));
                        --g_895;
                        if (p_21)
                            break;
                    }
                    else
                    { /* block id: 341 */
                        int32_t *l_898 = (void*)0;
                        uint32_t **l_903 = &l_886;
                        uint64_t *l_904[4][8] = {{&g_555,&g_555,&g_253,&g_253,&g_253,&g_253,&g_555,&g_555},{&g_555,&g_555,&g_555,&g_646,&g_555,&g_555,&g_555,&g_555},{&g_555,&g_646,&g_253,&g_253,&g_646,&g_555,&g_253,&g_555},{&g_646,&g_555,&g_253,&g_555,&g_646,&g_253,&g_253,&g_646}};
                        int i, j;
                        l_898 = &l_525;
                        (*l_898) |= (-8L);
                        l_905 ^= (((safe_sub_func_int64_t_s_s(g_505[4], (*g_198))) > (p_21 < ((~((l_902 != (((&p_21 != ((*l_903) = &g_371)) == ((*l_898) ^= l_884)) , &g_889[3][5])) >= ((*g_446) == l_885))) || p_21))) && l_885);
                    }
                    (*l_649) = (+l_885);
                }
                l_905 = (((0xD955F57B4BA012B9LL == 0x9C6E10101422AC46LL) || (((safe_add_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s(((+l_867) | l_905), ((*l_649) > 0x8E4657ADL))), (safe_rshift_func_int8_t_s_s(p_21, (*g_255))))) < (l_883 > p_21)) && l_883)) > g_73[5][5]);
                l_918 = (l_917 = &l_513);
            }
            else
            { /* block id: 353 */
                for (l_884 = 8; (l_884 <= (-5)); --l_884)
                { /* block id: 356 */
                    return p_21;
                }
            }
        }
        else
        { /* block id: 360 */
            int32_t l_921 = 0xBB3917C7L;
            return l_921;
        }
        (*l_922) = &l_640;
    }
    l_923 &= (*l_649);
    if ((((*l_924) = &g_224[4][1]) != ((safe_sub_func_uint16_t_u_u((safe_add_func_uint16_t_u_u((((safe_lshift_func_int16_t_s_u(((safe_lshift_func_uint8_t_u_u(g_933, 2)) | (l_934 != &l_935)), ((safe_mod_func_int8_t_s_s((safe_mul_func_int16_t_s_s((-1L), ((safe_div_func_int16_t_s_s(((((safe_mod_func_uint64_t_u_u(((safe_rshift_func_uint16_t_u_u((*l_649), 0)) < (safe_add_func_uint64_t_u_u(((((**g_445) = (**l_935)) ^ ((safe_sub_func_uint32_t_u_u(((*l_951) = p_21), (safe_mul_func_int8_t_s_s((**g_254), 251UL)))) , p_21)) ^ 0x01519CBF16D79D33LL), (*g_198)))), 2UL)) <= 0x14L) || (-8L)) >= 0x46L), (**l_935))) != l_954))), (***l_934))) && (**l_935)))) == p_21) & (*g_43)), (*l_649))), 0xBEB3L)) , l_955)))
    { /* block id: 369 */
        uint64_t l_961 = 18446744073709551614UL;
        int32_t *l_970 = &l_640;
        uint64_t l_971 = 18446744073709551615UL;
        int32_t *l_972[7][6][5] = {{{(void*)0,(void*)0,(void*)0,&l_923,(void*)0},{&l_640,&l_640,&g_41,&l_640,&l_640},{&g_79,&l_640,&g_41,&l_923,&l_525},{&l_640,&l_923,(void*)0,&g_41,&l_640},{&l_640,&g_79,&g_716,&l_640,&l_525},{(void*)0,&g_41,(void*)0,&l_640,&l_640}},{{&l_525,&g_41,&l_525,(void*)0,(void*)0},{&g_716,&g_79,&l_923,&l_923,(void*)0},{&g_41,&l_923,(void*)0,(void*)0,&l_525},{&g_79,&l_640,&g_41,&l_640,&l_525},{&g_79,&l_640,&g_79,&l_640,&l_923},{&g_41,(void*)0,&g_716,&g_41,&g_79}},{{&g_716,(void*)0,&g_79,&l_923,&l_923},{&l_525,&l_525,&g_41,&l_640,&l_923},{(void*)0,&l_923,(void*)0,&l_923,&g_79},{&l_640,&l_923,&l_923,&g_716,&l_923},{&l_640,&l_923,&l_525,&g_716,&l_525},{&g_79,&l_525,(void*)0,&g_716,&l_525}},{{&l_640,(void*)0,&g_716,&g_716,(void*)0},{(void*)0,(void*)0,(void*)0,&l_923,(void*)0},{&l_640,&l_640,&g_41,&l_640,&l_640},{&g_79,&l_640,&g_41,&l_923,&l_525},{&l_640,&l_923,(void*)0,&g_41,&l_640},{&l_640,&g_79,&g_716,&l_640,&l_525}},{{(void*)0,&g_41,(void*)0,&l_640,&l_640},{&l_525,&g_41,&l_525,(void*)0,(void*)0},{&g_716,&g_79,&l_923,&l_923,(void*)0},{&g_41,&l_923,(void*)0,(void*)0,&l_923},{(void*)0,&l_640,&l_640,&g_79,&l_923},{(void*)0,&g_716,&l_923,&l_640,&g_716}},{{&l_640,&l_923,(void*)0,&g_79,(void*)0},{(void*)0,&g_41,&l_923,&g_41,&g_79},{&g_41,&l_640,&l_640,&g_716,&g_79},{&l_923,&l_640,&l_640,(void*)0,(void*)0},{&l_640,(void*)0,(void*)0,&g_79,&g_716},{&l_923,&l_640,&l_923,&g_41,&l_923}},{{(void*)0,&l_640,&g_79,&g_41,&l_923},{&l_640,&g_41,(void*)0,&g_79,&g_79},{&g_41,&l_923,&g_41,(void*)0,&l_923},{&l_640,&g_716,&g_716,&g_716,&l_640},{(void*)0,&l_640,&g_716,&g_41,&g_41},{&l_923,&g_41,&g_41,&g_79,&l_640}}};
        int i, j, k;
        (*g_43) ^= 0x590DFFF5L;
        g_79 ^= (safe_unary_minus_func_uint64_t_u((safe_mod_func_int64_t_s_s((safe_mul_func_int8_t_s_s((((0L != 0x9D1A22BEL) & g_505[4]) , (((**l_935) | (((l_961 >= (((safe_div_func_int64_t_s_s((safe_mul_func_uint16_t_u_u((safe_add_func_uint64_t_u_u((((**l_924) = (p_21 , p_21)) >= (l_970 != (void*)0)), (*l_970))), 0x3393L)), l_971)) , (*l_649)) , 0x6DD5L)) > 0x36L) | 1UL)) , p_21)), 0x58L)), 8UL))));
    }
    else
    { /* block id: 373 */
        uint16_t l_978[4];
        uint32_t **l_986 = &l_985;
        int32_t l_1043 = (-5L);
        const uint32_t ***l_1147 = &l_1146;
        uint64_t *l_1148 = &g_253;
        int32_t **l_1149 = &l_649;
        uint8_t *l_1159 = &g_402;
        int32_t l_1166 = 7L;
        int i;
        for (i = 0; i < 4; i++)
            l_978[i] = 0UL;
        for (g_210 = (-24); (g_210 == (-6)); g_210 = safe_add_func_uint8_t_u_u(g_210, 8))
        { /* block id: 376 */
            uint32_t l_975[4][6] = {{18446744073709551615UL,0UL,18446744073709551615UL,18446744073709551615UL,0UL,1UL},{18446744073709551615UL,0UL,18446744073709551615UL,18446744073709551615UL,0UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL,1UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,0UL,18446744073709551615UL,18446744073709551615UL,0UL,1UL}};
            const int32_t * const l_1005 = &g_716;
            const int32_t * const *l_1004 = &l_1005;
            int32_t l_1019[10] = {(-1L),1L,(-1L),(-1L),1L,(-1L),(-1L),1L,(-1L),(-1L)};
            uint32_t **l_1028[5][4][10] = {{{&l_951,(void*)0,&l_955,(void*)0,&l_951,(void*)0,(void*)0,&l_950,&l_955,&l_951},{&l_951,&l_955,&l_951,&l_951,(void*)0,&l_951,&l_951,&l_951,(void*)0,&l_951},{&l_951,&l_951,&l_951,&g_470,&l_951,&l_955,&l_951,&l_951,(void*)0,&l_951},{(void*)0,&l_950,&l_955,&l_951,&g_470,(void*)0,&g_470,&l_951,&l_955,&l_950}},{{&g_470,&l_955,&l_951,(void*)0,(void*)0,&g_470,&g_470,&l_951,&l_951,(void*)0},{&l_951,&l_950,&l_951,&g_470,(void*)0,&g_470,&l_951,&l_950,&l_951,&l_951},{&g_470,&l_951,&l_955,&l_950,(void*)0,(void*)0,&l_951,(void*)0,&l_955,(void*)0},{(void*)0,&l_955,(void*)0,&l_950,(void*)0,&l_955,(void*)0,&l_951,&l_951,&l_950}},{{&l_951,(void*)0,(void*)0,&g_470,&g_470,&g_470,&l_955,&g_470,&l_955,&g_470},{&l_951,&g_470,(void*)0,&g_470,&l_951,&l_950,&l_951,&l_951,(void*)0,&l_955},{&l_951,(void*)0,&l_955,&l_955,&l_950,&g_470,&l_951,&g_470,&l_950,&l_955},{(void*)0,&l_955,(void*)0,&l_951,&l_951,(void*)0,&l_955,&l_955,&l_950,&g_470}},{{&l_951,&l_951,(void*)0,&l_955,(void*)0,&l_950,(void*)0,&l_955,(void*)0,&l_951},{(void*)0,(void*)0,(void*)0,&g_470,&l_950,&l_951,(void*)0,&g_470,&l_955,&g_470},{(void*)0,&l_951,&l_955,&l_951,&l_951,&l_951,&l_955,&l_951,(void*)0,&g_470},{(void*)0,&l_955,(void*)0,&l_951,&l_951,&l_950,&l_951,&g_470,(void*)0,&g_470}},{{&l_951,(void*)0,&l_950,&l_951,&l_950,(void*)0,&l_951,&g_470,(void*)0,&l_951},{(void*)0,&g_470,&l_950,&l_951,(void*)0,&g_470,&l_955,&g_470,&l_955,&g_470},{&l_951,&g_470,(void*)0,&g_470,&l_951,&l_950,&l_951,&l_951,(void*)0,&l_955},{&l_951,(void*)0,&l_955,&l_955,&l_950,&g_470,&l_951,&g_470,&l_950,&l_955}}};
            uint64_t l_1113 = 3UL;
            int i, j, k;
        }
        if ((((((safe_rshift_func_uint8_t_u_u((+(safe_add_func_int16_t_s_s((((((**g_197) == p_21) > (safe_div_func_int64_t_s_s(p_21, ((**l_1149) = ((safe_sub_func_uint8_t_u_u((((safe_mod_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((((safe_lshift_func_uint8_t_u_u((safe_add_func_int16_t_s_s(p_21, (((safe_rshift_func_int8_t_s_s((((safe_unary_minus_func_uint64_t_u(((*l_1148) = (4294967295UL ^ ((safe_mod_func_int64_t_s_s(((((safe_lshift_func_int8_t_s_s((g_73[5][0] && ((((safe_mul_func_int16_t_s_s((((&g_470 != ((*l_1147) = l_1146)) < p_21) <= l_978[3]), (**l_935))) >= (**g_197)) > 0xC10600B5BDD75EA8LL) >= (-5L))), p_21)) , (*g_43)) ^ p_21) && 0x5054C244CF4B8271LL), (**g_197))) || l_1043))))) & 0x13L) , p_21), 0)) <= (*g_255)) <= l_978[3]))), p_21)) , l_1149) == (void*)0), (**l_1149))), (**g_445))), (**g_254))) != (*g_446)) | 18446744073709551615UL), (***l_934))) , 0xC43DC5DE12153F69LL))))) , (*g_446)) , 0xE2FFL), p_21))), 0)) > (*g_43)) > p_21) != 0xB0L) | 0xC4A4BB34L))
        { /* block id: 451 */
            uint64_t l_1158 = 1UL;
            for (g_103 = 4; (g_103 >= (-11)); g_103 = safe_sub_func_uint16_t_u_u(g_103, 4))
            { /* block id: 454 */
                uint16_t *l_1152 = &g_73[0][4];
                int8_t *l_1155 = &g_96;
                if ((*g_43))
                    break;
                (**l_1149) |= (*g_43);
                if (((p_21 < (l_1152 != &l_978[3])) == (safe_lshift_func_int16_t_s_s((p_21 | ((p_21 , ((*l_1155) &= (*g_255))) ^ ((0x6693L > ((((safe_mod_func_int64_t_s_s((p_21 && (((((((**l_1149) , 0x14492F502E626499LL) == 0x1DD8478EF1FE4D09LL) >= l_1158) | (***l_934)) | 0x3CL) != p_21)), 0xA3BFEB019D117A7ELL)) <= (*g_43)) , l_1159) != l_1155)) && p_21))), p_21))))
                { /* block id: 458 */
                    (*g_43) ^= (**l_1149);
                    return p_21;
                }
                else
                { /* block id: 461 */
                    return l_1158;
                }
            }
            return (**g_197);
        }
        else
        { /* block id: 466 */
            int32_t *l_1160 = (void*)0;
            int32_t *l_1161 = &l_1043;
            int32_t *l_1162 = &l_640;
            int32_t l_1163 = 0L;
            int32_t *l_1164 = &l_923;
            int32_t *l_1165[3];
            int i;
            for (i = 0; i < 3; i++)
                l_1165[i] = &l_923;
            for (g_371 = 0; g_371 < 10; g_371 += 1)
            {
                g_505[g_371] = 1UL;
            }
            --g_1167;
            return (*g_198);
        }
    }
    return (**l_935);
}


/* ------------------------------------------ */
/* 
 * reads : g_43 g_79 g_103 g_96 g_41 g_505
 * writes: g_41 g_103
 */
static uint32_t  func_22(uint32_t  p_23, int16_t  p_24, uint32_t  p_25, const int16_t  p_26)
{ /* block id: 21 */
    int16_t l_84 = 0L;
    uint16_t l_94 = 0x7424L;
    int8_t *l_95[8] = {&g_96,&g_96,&g_96,&g_96,&g_96,&g_96,&g_96,&g_96};
    int32_t l_97 = 9L;
    const int32_t *l_101 = &g_79;
    int64_t *l_102 = &g_103;
    int32_t *l_104 = (void*)0;
    int32_t l_105 = 0x6D91310EL;
    int32_t **l_159[5][4] = {{(void*)0,&g_43,(void*)0,&g_43},{(void*)0,&g_43,(void*)0,&g_43},{(void*)0,&g_43,(void*)0,&g_43},{(void*)0,&g_43,(void*)0,&g_43},{(void*)0,&g_43,(void*)0,&g_43}};
    int32_t ***l_158 = &l_159[4][3];
    const int8_t * const l_193 = &g_3;
    uint16_t *l_351 = &g_73[4][6];
    int16_t l_370 = 0xB33BL;
    const uint16_t l_391 = 65531UL;
    const uint64_t l_503 = 5UL;
    int i, j;
    l_105 = ((~((*l_102) ^= ((0x74L & (l_84 >= (safe_div_func_int32_t_s_s(((~((safe_div_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((safe_sub_func_uint32_t_u_u((&g_41 == &g_79), ((l_97 = l_94) < l_84))), ((!(((*g_43) = p_26) <= ((safe_sub_func_uint16_t_u_u((((l_101 != ((((void*)0 == &l_94) < 0xE3L) , &g_79)) > (*l_101)) || p_26), (*l_101))) == 1L))) > 0xE9F729FAL))), p_26)) != 1UL)) , 0xB358DD5DL), 0x5F64BAD5L)))) | 0xD3C0L))) <= (*l_101));
    for (l_84 = 0; (l_84 <= 16); l_84++)
    { /* block id: 28 */
        uint8_t l_112 = 252UL;
        int8_t l_155[6][9][4] = {{{0x7AL,0xADL,5L,0x8EL},{0x7AL,(-1L),(-1L),0xADL},{0x7BL,0x8EL,0x7BL,0xB0L},{0x36L,0x8EL,5L,0xADL},{0xF9L,(-1L),4L,0x8EL},{0x7BL,0xADL,4L,0xB0L},{0xF9L,0x55L,5L,0x55L},{0x36L,(-1L),0x7BL,0x55L},{0x7BL,0x55L,(-1L),0xB0L}},{{0x7AL,0xADL,5L,0x8EL},{0x7AL,(-1L),(-1L),0xADL},{0x7BL,0x8EL,0x7BL,0xB0L},{(-1L),(-1L),0x7AL,6L},{4L,0x93L,5L,(-1L)},{0xABL,6L,5L,0x92L},{4L,0xB0L,0x7AL,0xB0L},{(-1L),0x93L,0xABL,0xB0L},{0xABL,0xB0L,0xFFL,0x92L}},{{0x7BL,6L,0x7AL,(-1L)},{0x7BL,0x93L,0xFFL,6L},{0xABL,(-1L),0xABL,0x92L},{(-1L),(-1L),0x7AL,6L},{4L,0x93L,5L,(-1L)},{0xABL,6L,5L,0x92L},{4L,0xB0L,0x7AL,0xB0L},{(-1L),0x93L,0xABL,0xB0L},{0xABL,0xB0L,0xFFL,0x92L}},{{0x7BL,6L,0x7AL,(-1L)},{0x7BL,0x93L,0xFFL,6L},{0xABL,(-1L),0xABL,0x92L},{(-1L),(-1L),0x7AL,6L},{4L,0x93L,5L,(-1L)},{0xABL,6L,5L,0x92L},{4L,0xB0L,0x7AL,0xB0L},{(-1L),0x93L,0xABL,0xB0L},{0xABL,0xB0L,0xFFL,0x92L}},{{0x7BL,6L,0x7AL,(-1L)},{0x7BL,0x93L,0xFFL,6L},{0xABL,(-1L),0xABL,0x92L},{(-1L),(-1L),0x7AL,6L},{4L,0x93L,5L,(-1L)},{0xABL,6L,5L,0x92L},{4L,0xB0L,0x7AL,0xB0L},{(-1L),0x93L,0xABL,0xB0L},{0xABL,0xB0L,0xFFL,0x92L}},{{0x7BL,6L,0x7AL,(-1L)},{0x7BL,0x93L,0xFFL,6L},{0xABL,(-1L),0xABL,0x92L},{(-1L),(-1L),0x7AL,6L},{4L,0x93L,5L,(-1L)},{0xABL,6L,5L,0x92L},{4L,0xB0L,0x7AL,0xB0L},{(-1L),0x93L,0xABL,0xB0L},{0xABL,0xB0L,0xFFL,0x92L}}};
        uint32_t l_182 = 18446744073709551615UL;
        uint32_t l_186 = 4294967287UL;
        int32_t l_194 = 0x7A5AC62AL;
        uint64_t **l_199 = &g_198;
        int32_t ****l_271 = (void*)0;
        uint16_t *l_347 = &g_73[2][7];
        const uint8_t l_398 = 0xBAL;
        int32_t l_399[4];
        uint32_t l_432 = 18446744073709551609UL;
        uint32_t *l_454[6][10][4] = {{{&l_186,&l_186,&g_224[0][1],(void*)0},{&g_224[4][0],&g_224[2][0],&g_224[4][1],&l_186},{&g_224[3][2],&l_186,(void*)0,&g_224[3][0]},{&g_224[4][1],&g_224[4][0],&g_224[2][1],&g_224[5][0]},{&g_224[4][1],&g_224[4][1],&l_186,&g_224[0][0]},{(void*)0,&g_224[2][1],&g_224[1][0],(void*)0},{&g_224[0][1],&l_186,&g_224[4][1],&g_224[3][2]},{&g_224[4][1],&g_224[4][1],&g_224[4][1],&g_224[4][1]},{&g_224[3][2],&g_224[0][1],&l_186,&g_224[1][1]},{&l_186,&g_224[4][1],&g_224[3][0],&l_186}},{{&g_224[4][1],&g_224[4][0],&l_186,&l_186},{&l_186,&g_224[3][2],(void*)0,&g_224[4][1]},{&l_186,(void*)0,&g_224[4][1],(void*)0},{&g_224[5][0],(void*)0,&g_224[0][0],&g_224[5][0]},{&g_224[4][1],&l_186,&g_224[0][1],&g_224[1][1]},{&g_224[0][2],&l_186,&g_224[4][1],&g_224[5][1]},{(void*)0,&g_224[5][2],&g_224[5][2],(void*)0},{&g_224[4][1],&g_224[4][1],&l_186,(void*)0},{&g_224[4][1],&l_186,&g_224[2][0],&l_186},{&g_224[3][2],&g_224[4][1],&g_224[4][1],&l_186}},{{&g_224[4][1],&l_186,(void*)0,(void*)0},{&g_224[4][1],&g_224[4][1],&g_224[5][0],(void*)0},{&g_224[1][1],&g_224[5][2],&g_224[4][1],&g_224[5][1]},{&l_186,&l_186,&g_224[4][1],&g_224[1][1]},{&g_224[4][1],&l_186,&g_224[4][1],&g_224[5][0]},{&l_186,(void*)0,&g_224[0][1],(void*)0},{&g_224[5][2],(void*)0,&g_224[5][2],&g_224[4][1]},{(void*)0,&g_224[3][2],&l_186,&l_186},{&l_186,&g_224[4][0],&g_224[4][1],&l_186},{&l_186,&g_224[4][1],&g_224[4][1],&g_224[1][1]}},{{(void*)0,&g_224[0][1],&l_186,&g_224[4][1]},{(void*)0,&g_224[4][1],&g_224[4][1],&g_224[3][2]},{&g_224[4][0],&l_186,&l_186,(void*)0},{&g_224[5][2],&g_224[4][1],&g_224[2][1],&g_224[4][1]},{&g_224[4][1],&g_224[5][0],&l_186,&g_224[4][1]},{(void*)0,&g_224[5][1],(void*)0,&g_224[0][0]},{&g_224[1][0],(void*)0,&g_224[4][1],&g_224[4][1]},{&g_224[4][1],(void*)0,&l_186,&g_224[4][1]},{&g_224[4][1],&l_186,&g_224[4][1],&g_224[4][1]},{&l_186,&g_224[3][2],&g_224[4][1],&g_224[5][1]}},{{&l_186,&l_186,&l_186,&g_224[3][2]},{&l_186,&g_224[4][1],&g_224[4][1],&l_186},{(void*)0,&g_224[4][1],&l_186,&g_224[4][1]},{&l_186,&l_186,&l_186,(void*)0},{(void*)0,&l_186,&g_224[4][0],(void*)0},{&g_224[4][1],(void*)0,&l_186,&l_186},{(void*)0,&g_224[4][1],&l_186,&g_224[4][1]},{&g_224[4][1],(void*)0,&g_224[4][0],&l_186},{(void*)0,&g_224[1][0],&l_186,&g_224[2][1]},{&l_186,&g_224[2][1],&l_186,&g_224[4][0]}},{{(void*)0,(void*)0,&g_224[4][1],&g_224[4][1]},{&l_186,&l_186,&l_186,&l_186},{&l_186,&g_224[5][0],&g_224[4][1],&g_224[4][1]},{&l_186,&g_224[0][1],&g_224[4][1],&g_224[0][0]},{&g_224[4][1],&l_186,&l_186,&g_224[4][1]},{&g_224[5][0],&g_224[4][1],(void*)0,&l_186},{&l_186,(void*)0,&g_224[3][0],&l_186},{&g_224[4][1],&g_224[4][1],&g_224[2][0],&g_224[4][1]},{&l_186,&g_224[1][2],&g_224[4][1],&l_186},{(void*)0,&l_186,(void*)0,(void*)0}}};
        int64_t *l_478 = (void*)0;
        int32_t *l_508 = &l_399[0];
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_399[i] = 0x12277E28L;
        for (l_94 = 26; (l_94 == 59); l_94 = safe_add_func_uint32_t_u_u(l_94, 5))
        { /* block id: 31 */
            return g_96;
        }
        if (p_23)
            continue;
        for (p_24 = 0; (p_24 > 17); p_24++)
        { /* block id: 37 */
            uint32_t l_115 = 0x8499145AL;
            int32_t *l_127 = &l_105;
            int32_t ***l_190 = &l_159[1][0];
            int8_t *l_191[5][7][7] = {{{&l_155[4][8][0],&g_96,&l_155[4][8][0],&g_96,(void*)0,&g_3,&g_3},{&g_3,&l_155[4][8][0],&l_155[0][5][3],&l_155[4][8][0],&l_155[4][8][0],&g_96,&l_155[4][8][0]},{&g_96,&g_96,&g_96,&g_96,(void*)0,&g_3,&l_155[4][7][2]},{&g_96,&l_155[4][8][0],&g_3,&g_96,(void*)0,(void*)0,(void*)0},{&l_155[4][7][2],&g_96,&g_3,&g_96,&g_3,&g_96,&l_155[4][7][2]},{(void*)0,(void*)0,&l_155[4][8][0],(void*)0,&g_96,&g_3,&l_155[4][8][0]},{&l_155[4][8][0],(void*)0,&g_3,&g_3,&l_155[4][8][0],&l_155[4][8][0],&g_3}},{{&l_155[4][8][0],(void*)0,&l_155[4][8][0],&l_155[4][8][0],(void*)0,&l_155[4][8][0],&g_3},{&g_96,&l_155[4][8][0],&g_3,(void*)0,&g_96,&l_155[4][8][0],&l_155[4][8][0]},{&l_155[4][8][0],(void*)0,&g_3,&g_3,(void*)0,&l_155[4][8][0],(void*)0},{(void*)0,&g_3,&g_96,&g_3,&g_3,&l_155[4][8][0],(void*)0},{&l_155[4][8][0],&l_155[4][8][0],&l_155[0][5][3],&g_3,(void*)0,&g_3,&l_155[0][5][3]},{&g_3,&g_3,&l_155[4][8][0],&g_3,&g_3,&g_96,&g_96},{(void*)0,(void*)0,&l_155[4][8][0],&g_96,&l_155[0][5][3],(void*)0,(void*)0}},{{&g_3,&l_155[4][8][0],&l_155[4][7][2],&l_155[4][8][0],&g_3,&g_3,&g_96},{(void*)0,(void*)0,&l_155[4][8][0],(void*)0,(void*)0,&g_96,&l_155[4][8][0]},{&g_96,(void*)0,&g_3,&g_3,&g_3,&g_3,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&l_155[4][8][0],&g_96},{&g_3,&g_96,&g_96,&l_155[4][7][2],&g_96,&g_3,&g_96},{(void*)0,&l_155[4][8][0],&l_155[4][8][0],(void*)0,(void*)0,&g_96,&l_155[4][8][0]},{&g_3,&g_96,&g_3,&g_3,&l_155[4][8][0],(void*)0,&l_155[4][8][0]}},{{&l_155[4][8][0],&l_155[4][8][0],&g_96,(void*)0,&g_96,&l_155[4][8][0],&l_155[4][8][0]},{(void*)0,&g_96,&g_96,&l_155[4][8][0],&g_3,(void*)0,&g_96},{&l_155[4][8][0],&g_3,&g_96,&l_155[4][8][0],&l_155[4][8][0],&l_155[4][8][0],&l_155[4][8][0]},{(void*)0,(void*)0,(void*)0,(void*)0,&l_155[4][8][0],&l_155[4][8][0],&l_155[4][8][0]},{(void*)0,&g_96,&l_155[4][8][0],&l_155[4][8][0],&l_155[0][5][3],&g_3,(void*)0},{&l_155[4][8][0],&g_96,&g_96,&g_96,&g_96,&l_155[4][8][0],&l_155[4][8][0]},{&l_155[4][8][0],&l_155[4][8][0],&l_155[0][5][3],&l_155[4][8][0],&g_3,&l_155[4][8][0],(void*)0}},{{&g_96,&l_155[4][8][0],&g_3,&l_155[4][8][0],&g_3,&l_155[4][8][0],&g_3},{&l_155[4][8][0],&l_155[4][8][0],&g_3,(void*)0,&l_155[4][8][0],(void*)0,&g_96},{&l_155[4][8][0],&g_96,(void*)0,&l_155[4][7][2],&g_3,&l_155[4][8][0],&l_155[4][8][0]},{&l_155[4][8][0],&g_96,(void*)0,&g_96,&l_155[4][8][0],&l_155[4][8][0],(void*)0},{&g_3,(void*)0,&g_96,&g_96,&g_3,&g_3,&l_155[4][8][0]},{(void*)0,&l_155[4][8][0],(void*)0,&g_3,&g_3,(void*)0,&l_155[4][8][0]},{&g_3,&g_96,(void*)0,&l_155[4][8][0],&g_96,(void*)0,&l_155[4][7][2]}}};
            int32_t l_435 = 0x03AF5D0DL;
            int32_t l_437 = (-2L);
            uint32_t l_455 = 0UL;
            int i, j, k;
            l_112--;
            l_115--;
        }
        if ((*g_43))
            continue;
    }
    (*g_43) = (*g_43);
    return g_505[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_30 g_43 g_41 g_79
 * writes: g_30 g_79
 */
static int32_t  func_33(uint8_t * p_34, uint16_t  p_35, uint64_t  p_36, uint8_t * p_37)
{ /* block id: 9 */
    int32_t l_80 = (-9L);
    int32_t l_81 = 7L;
    for (g_30 = 10; (g_30 < 38); g_30 = safe_add_func_int64_t_s_s(g_30, 7))
    { /* block id: 12 */
        for (p_36 = 0; (p_36 <= 38); ++p_36)
        { /* block id: 15 */
            int32_t *l_78 = &g_79;
            (*l_78) |= (*g_43);
        }
        if (l_80)
            break;
    }
    return l_81;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_43
 */
static uint8_t * func_38(int32_t  p_39)
{ /* block id: 4 */
    int32_t *l_40 = &g_41;
    int32_t **l_42[3][1][2] = {{{&l_40,(void*)0}},{{(void*)0,&l_40}},{{(void*)0,(void*)0}}};
    uint8_t *l_44 = &g_30;
    int i, j, k;
    g_43 = l_40;
    return l_44;
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
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_71[i], "g_71[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_73[i][j], "g_73[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_174, "g_174", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_224[i][j], "g_224[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_253, "g_253", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_257[i][j], "g_257[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_366, "g_366", print_hash_value);
    transparent_crc(g_371, "g_371", print_hash_value);
    transparent_crc(g_402, "g_402", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_505[i], "g_505[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_555, "g_555", print_hash_value);
    transparent_crc(g_646, "g_646", print_hash_value);
    transparent_crc(g_716, "g_716", print_hash_value);
    transparent_crc(g_787, "g_787", print_hash_value);
    transparent_crc(g_839, "g_839", print_hash_value);
    transparent_crc(g_895, "g_895", print_hash_value);
    transparent_crc(g_933, "g_933", print_hash_value);
    transparent_crc(g_1167, "g_1167", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_1210[i], "g_1210[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1474, "g_1474", print_hash_value);
    transparent_crc(g_1641, "g_1641", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_1676[i][j][k], "g_1676[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1704, "g_1704", print_hash_value);
    transparent_crc(g_1725, "g_1725", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_1726[i], "g_1726[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1909, "g_1909", print_hash_value);
    transparent_crc(g_1910, "g_1910", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_1911[i], "g_1911[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1913, "g_1913", print_hash_value);
    transparent_crc(g_1946, "g_1946", print_hash_value);
    transparent_crc(g_2050, "g_2050", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 457
XXX total union variables: 0

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

XXX max expression depth: 46
breakdown:
   depth: 1, occurrence: 83
   depth: 2, occurrence: 16
   depth: 3, occurrence: 1
   depth: 4, occurrence: 1
   depth: 6, occurrence: 2
   depth: 12, occurrence: 1
   depth: 14, occurrence: 1
   depth: 16, occurrence: 1
   depth: 18, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 46, occurrence: 2

XXX total number of pointers: 432

XXX times a variable address is taken: 1223
XXX times a pointer is dereferenced on RHS: 429
breakdown:
   depth: 1, occurrence: 248
   depth: 2, occurrence: 142
   depth: 3, occurrence: 39
XXX times a pointer is dereferenced on LHS: 285
breakdown:
   depth: 1, occurrence: 230
   depth: 2, occurrence: 43
   depth: 3, occurrence: 12
XXX times a pointer is compared with null: 46
XXX times a pointer is compared with address of another variable: 16
XXX times a pointer is compared with another pointer: 13
XXX times a pointer is qualified to be dereferenced: 3661

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1091
   level: 2, occurrence: 409
   level: 3, occurrence: 215
   level: 4, occurrence: 8
   level: 5, occurrence: 13
XXX number of pointers point to pointers: 197
XXX number of pointers point to scalars: 235
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 29.2
XXX average alias set size: 1.54

XXX times a non-volatile is read: 2298
XXX times a non-volatile is write: 934
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 11

XXX stmts: 81
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 21
   depth: 1, occurrence: 21
   depth: 2, occurrence: 16
   depth: 3, occurrence: 7
   depth: 4, occurrence: 7
   depth: 5, occurrence: 9

XXX percentage a fresh-made variable is used: 17.4
XXX percentage an existing variable is used: 82.6
********************* end of statistics **********************/

