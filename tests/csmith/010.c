/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 11 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      11
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_6 = 0L;
static int8_t g_21 = 1L;
static uint16_t g_29 = 0xF34FL;
static uint8_t g_44 = 0x88L;
static int32_t g_55 = 0L;
static uint16_t g_63 = 0x0AF3L;
static uint16_t * const g_62 = &g_63;
static uint64_t g_67 = 0UL;
static int64_t g_72[2] = {0x82856065D6F9C232LL,0x82856065D6F9C232LL};
static int32_t g_74 = 0xB64E3176L;
static int32_t g_76 = 0x34D7F484L;
static int8_t g_87[1][3][2] = {{{(-7L),(-7L)},{(-7L),(-7L)},{(-7L),(-7L)}}};
static int16_t g_106[8][5] = {{0xA5DEL,0x390AL,0xA5DEL,1L,1L},{(-1L),0xC14BL,(-1L),1L,1L},{0xA5DEL,0x390AL,0xA5DEL,1L,1L},{(-1L),0xC14BL,(-1L),1L,1L},{0xA5DEL,0x390AL,0xA5DEL,1L,1L},{(-1L),0xC14BL,(-1L),1L,1L},{0xA5DEL,0x390AL,0xA5DEL,1L,1L},{(-1L),0xC14BL,(-1L),(-1L),(-1L)}};
static uint8_t g_110 = 0xC5L;
static int32_t g_119 = 0x24D4209EL;
static int8_t g_120 = 0xD1L;
static int8_t g_122 = 1L;
static uint16_t g_141[8] = {0x4827L,0x4827L,0x4827L,0x4827L,0x4827L,0x4827L,0x4827L,0x4827L};
static int32_t **g_155 = (void*)0;
static int8_t g_204[6][3] = {{0x95L,0x95L,0x95L},{0x11L,0xDFL,0x11L},{0x95L,0x95L,0x95L},{0x11L,0xDFL,0x11L},{0x95L,0x95L,0x95L},{0x11L,0xDFL,0x11L}};
static int32_t g_205 = 0xB0565C95L;
static int32_t g_208[1] = {0xBB873132L};
static int16_t g_209[6] = {(-1L),0L,(-1L),(-1L),0L,(-1L)};
static uint16_t g_211 = 0x9E84L;
static int64_t g_228 = (-1L);
static const int16_t **g_287 = (void*)0;
static uint16_t *g_306 = &g_63;
static uint16_t **g_305 = &g_306;
static int32_t ***g_325 = &g_155;
static const uint16_t g_477 = 0x8015L;
static const uint16_t *g_476 = &g_477;
static const uint16_t **g_475 = &g_476;
static const uint16_t ***g_474 = &g_475;
static int8_t *g_502 = &g_122;
static uint64_t g_524 = 0UL;
static uint16_t g_576 = 0xE9F2L;
static int32_t *g_583[9] = {&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74};
static int16_t *g_614 = &g_106[3][2];
static int16_t **g_613 = &g_614;
static int16_t ***g_612 = &g_613;
static int16_t ****g_611 = &g_612;
static uint16_t *g_669 = (void*)0;
static uint64_t *g_783 = &g_524;
static uint64_t **g_782 = &g_783;
static int32_t g_787 = 0xBCC0779DL;
static int16_t g_845 = 8L;
static uint32_t g_846 = 0x4D8BF136L;
static int64_t g_916 = 2L;
static uint16_t **g_983 = &g_669;
static int16_t g_1003 = 1L;
static uint8_t g_1006 = 255UL;
static int16_t g_1146[9][5] = {{0x18ADL,(-4L),0xC1F2L,(-4L),0x18ADL},{0x77D2L,0xFC67L,0x8743L,(-1L),1L},{0x8743L,0xFC67L,0x77D2L,0x77D2L,0xFC67L},{0xC1F2L,(-4L),0x18ADL,0xFC67L,1L},{(-4L),0x77D2L,0x18ADL,(-10L),0x18ADL},{1L,1L,0x77D2L,0xC1F2L,(-1L)},{(-4L),(-1L),0x8743L,0xC1F2L,0xC1F2L},{0xC1F2L,0L,0xC1F2L,(-10L),(-1L)},{0x8743L,(-1L),(-4L),0xFC67L,(-1L)}};
static uint32_t g_1180 = 18446744073709551615UL;
static uint8_t g_1189 = 0xEEL;
static const int64_t g_1216 = 0x02CF4CB04C68466ALL;
static uint32_t g_1302 = 1UL;
static int64_t g_1372 = 0x2AD547C246F27C4FLL;
static int32_t ****g_1486 = &g_325;
static const uint64_t g_1501 = 18446744073709551609UL;
static const uint64_t g_1503 = 0xBC8C77A9C8F89147LL;
static const uint64_t *g_1502[7][6] = {{&g_1503,&g_1503,&g_1501,&g_1501,(void*)0,&g_1501},{(void*)0,&g_1503,(void*)0,&g_1501,&g_1501,(void*)0},{&g_1503,&g_1503,&g_1503,&g_1503,&g_1501,(void*)0},{&g_1503,&g_1501,&g_1503,&g_1503,&g_1503,&g_1503},{(void*)0,&g_1503,&g_1503,(void*)0,&g_1503,(void*)0},{&g_1503,(void*)0,&g_1503,&g_1501,&g_1503,(void*)0},{&g_1501,&g_1503,(void*)0,&g_1503,&g_1503,&g_1501}};
static int8_t g_1522[1] = {0x3EL};
static uint32_t **g_1659[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static int32_t g_1662[2] = {0L,0L};
static uint32_t *g_1672 = &g_846;
static uint32_t **g_1671[2] = {&g_1672,&g_1672};
static const uint32_t g_1703 = 0x7CC44C3CL;
static uint32_t g_1744[10] = {0x8AD2A51EL,0x8AD2A51EL,0x8AD2A51EL,0x8AD2A51EL,0x8AD2A51EL,0x8AD2A51EL,0x8AD2A51EL,0x8AD2A51EL,0x8AD2A51EL,0x8AD2A51EL};
static int16_t *****g_1847 = (void*)0;
static uint64_t ***g_1871 = &g_782;
static uint64_t ****g_1870 = &g_1871;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int32_t  func_2(uint16_t  p_3, uint16_t  p_4, int8_t  p_5);
static int32_t  func_7(int32_t  p_8, int32_t  p_9, uint16_t  p_10);
static int32_t  func_12(int8_t  p_13, int8_t  p_14, uint64_t  p_15, int16_t  p_16);
static const uint32_t  func_36(int16_t  p_37, uint8_t  p_38, int32_t  p_39, uint64_t  p_40);
static int8_t  func_45(uint16_t * p_46, uint16_t * p_47, const uint32_t  p_48);
static const uint32_t  func_49(int8_t  p_50);
static int8_t  func_64(uint64_t  p_65);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_6 g_21 g_29 g_44 g_55 g_62 g_67 g_72 g_87 g_63 g_74 g_110 g_76 g_141 g_119 g_211 g_106 g_208 g_228 g_122 g_204 g_306 g_305 g_209 g_120 g_475 g_476 g_205 g_524 g_477 g_576 g_502 g_1006 g_783 g_614 g_613 g_1189 g_1146 g_612 g_1180 g_846 g_782 g_1372 g_611 g_1302 g_845 g_1744 g_787 g_1501 g_1216 g_1870 g_1871 g_1659 g_1003
 * writes: g_29 g_44 g_55 g_67 g_72 g_74 g_76 g_87 g_110 g_141 g_155 g_122 g_119 g_211 g_63 g_228 g_305 g_325 g_106 g_474 g_502 g_524 g_209 g_205 g_576 g_583 g_1006 g_1003 g_1189 g_614 g_6 g_783 g_1522 g_1146 g_787 g_845 g_916 g_1847 g_1486 g_204
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    uint8_t l_11 = 0xD2L;
    int32_t l_22[3][4][9] = {{{0x8B94BE3DL,0L,0x28ACE4B0L,(-1L),0xE34AAFBEL,0xBB24ADC9L,0x842F88D9L,0L,0L},{0x842F88D9L,0L,6L,3L,(-2L),0xD3BED162L,0x34C266D8L,0xD20B50F6L,0xD20B50F6L},{0xF51AE9A0L,0x8B94BE3DL,0x842F88D9L,3L,0x842F88D9L,0x8B94BE3DL,0xF51AE9A0L,0L,0L},{0xD94E8FE7L,0xD8EA5F34L,0x753F3AC9L,(-1L),0xD3BED162L,0xF79FACD4L,1L,0xD94E8FE7L,(-1L)}},{{0x5D177CCEL,0x842F88D9L,0L,0xF79FACD4L,0x34C266D8L,0xD20B50F6L,0x753F3AC9L,0xD94E8FE7L,0x65F5C9B8L},{9L,0xD94E8FE7L,0x34C266D8L,0L,0x842F88D9L,0xF0A0CD95L,0xD94E8FE7L,(-2L),0xD94E8FE7L},{0x5D177CCEL,(-2L),0x34C266D8L,0x34C266D8L,(-2L),0x5D177CCEL,0xE34AAFBEL,(-10L),1L},{0L,0xD3BED162L,0xD94E8FE7L,(-10L),1L,0x885EA6EDL,9L,0x5D177CCEL,(-1L)}},{{0x65F5C9B8L,1L,0xD20B50F6L,0xF79FACD4L,0L,(-3L),0xE34AAFBEL,0x65F5C9B8L,1L},{3L,0x5D177CCEL,1L,(-3L),1L,0x28ACE4B0L,0xD94E8FE7L,0xD94E8FE7L,0x28ACE4B0L},{0x885EA6EDL,0x5D177CCEL,0L,0x5D177CCEL,0x885EA6EDL,0xF0A0CD95L,0x753F3AC9L,1L,0x5D177CCEL},{0xD94E8FE7L,1L,(-1L),0x34C266D8L,0xE34AAFBEL,0L,0xF609B2B5L,(-1L),(-2L)}}};
    int32_t *l_1250 = (void*)0;
    int32_t *l_1251 = (void*)0;
    int32_t *l_1252 = &g_205;
    int32_t *l_1375 = &g_6;
    uint64_t *l_1392 = &g_524;
    uint16_t **l_1526 = &g_306;
    int16_t ** const *l_1531 = &g_613;
    int16_t ** const **l_1530 = &l_1531;
    int16_t ** const *** const l_1529 = &l_1530;
    int8_t l_1565 = (-1L);
    int16_t l_1567 = 0xBDC3L;
    uint8_t *l_1634[10][8] = {{&l_11,&g_1006,&g_1189,&l_11,&g_44,&g_110,&g_110,&g_44},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_1189,&g_1006},{&g_1006,(void*)0,&g_1189,&g_1189,&g_110,&g_1006,&l_11,&l_11},{(void*)0,(void*)0,(void*)0,&g_1189,(void*)0,(void*)0,(void*)0,(void*)0},{&g_1006,(void*)0,&g_1006,(void*)0,&g_1006,&g_110,(void*)0,&g_1006},{&l_11,&g_1006,&g_44,&g_1189,&g_1006,&g_110,&g_110,(void*)0},{&g_44,&g_1189,&g_44,(void*)0,&l_11,&l_11,(void*)0,(void*)0},{&g_1006,(void*)0,&g_1006,&g_1006,(void*)0,&g_1006,(void*)0,&g_1189},{&l_11,&l_11,(void*)0,&g_44,&g_1189,&g_44,&l_11,(void*)0},{&g_110,&g_1006,&g_1189,&g_44,&g_1006,&l_11,&g_1189,&g_1189}};
    uint32_t l_1637 = 0x1C56AFD8L;
    int64_t l_1641 = 0xE18FB8C26D10727CLL;
    int16_t ***l_1668[6][4][10] = {{{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613,(void*)0,&g_613,(void*)0},{&g_613,&g_613,&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613,&g_613},{&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,(void*)0,(void*)0},{&g_613,(void*)0,(void*)0,&g_613,&g_613,&g_613,(void*)0,(void*)0,&g_613,&g_613}},{{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613},{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613},{(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613},{(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613}},{{(void*)0,&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613},{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613},{&g_613,(void*)0,&g_613,&g_613,&g_613,(void*)0,(void*)0,&g_613,&g_613,&g_613},{(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613}},{{&g_613,&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613},{(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613},{&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,(void*)0},{&g_613,(void*)0,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613}},{{&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613},{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613},{&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613},{&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613}},{{(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,&g_613},{&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613},{(void*)0,&g_613,&g_613,&g_613,&g_613,(void*)0,(void*)0,(void*)0,(void*)0,&g_613},{&g_613,&g_613,&g_613,&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613,&g_613}}};
    uint8_t l_1702 = 3UL;
    int8_t l_1748[7] = {0x57L,0x57L,0x57L,0x57L,0x57L,0x57L,0x57L};
    int32_t l_1749 = 6L;
    const int32_t l_1762[8][5][6] = {{{(-3L),(-3L),(-8L),(-1L),0xEB019BB6L,(-8L)},{4L,1L,8L,1L,4L,(-7L)},{0xA78BB71BL,0xA7C790DAL,8L,0x3E5FD185L,0xFB120BE5L,(-8L)},{0xFB120BE5L,0x593D0AC3L,(-8L),0xA7C790DAL,(-1L),(-8L)},{0x646C1D06L,1L,8L,0xBD0D3A90L,0x06BD18CFL,(-7L)}},{{(-1L),(-1L),8L,0x593D0AC3L,(-3L),(-8L)},{0x2E98AB5FL,0x3E5FD185L,(-8L),6L,0xA78BB71BL,(-8L)},{0x06BD18CFL,0xBD0D3A90L,8L,1L,0x646C1D06L,(-7L)},{0xEB019BB6L,6L,8L,(-3L),0x2E98AB5FL,(-8L)},{(-3L),(-3L),(-8L),(-1L),0xEB019BB6L,(-8L)}},{{4L,1L,8L,1L,4L,(-7L)},{0xA78BB71BL,0xA7C790DAL,8L,0x3E5FD185L,0xFB120BE5L,(-8L)},{0xFB120BE5L,0x593D0AC3L,(-8L),0xA7C790DAL,(-1L),(-8L)},{0x646C1D06L,1L,8L,0xBD0D3A90L,0x06BD18CFL,(-7L)},{(-1L),(-1L),8L,0x593D0AC3L,(-3L),(-8L)}},{{0x2E98AB5FL,0x3E5FD185L,(-8L),6L,0xA78BB71BL,(-8L)},{0x06BD18CFL,0xBD0D3A90L,8L,1L,0x646C1D06L,(-7L)},{0xEB019BB6L,6L,8L,(-3L),0x2E98AB5FL,(-8L)},{(-3L),(-3L),(-8L),(-1L),0xEB019BB6L,(-8L)},{4L,1L,8L,1L,4L,(-7L)}},{{0xA78BB71BL,0xA7C790DAL,8L,0x3E5FD185L,0xFB120BE5L,(-8L)},{0xFB120BE5L,0x593D0AC3L,(-8L),0xA7C790DAL,(-1L),(-8L)},{0x646C1D06L,1L,8L,0xBD0D3A90L,0x06BD18CFL,(-7L)},{(-1L),(-1L),8L,0x593D0AC3L,(-3L),(-8L)},{0x2E98AB5FL,0x3E5FD185L,(-8L),6L,0xA78BB71BL,(-8L)}},{{0x06BD18CFL,0xBD0D3A90L,8L,1L,0x646C1D06L,(-7L)},{0xEB019BB6L,6L,8L,(-3L),0x2E98AB5FL,(-8L)},{(-3L),(-3L),(-8L),(-1L),0xEB019BB6L,(-8L)},{4L,1L,8L,1L,4L,(-7L)},{0xA78BB71BL,0xA7C790DAL,8L,0x3E5FD185L,0L,(-3L)}},{{0L,6L,(-3L),0L,8L,(-3L)},{0x9C8EB579L,0x44C0BA24L,0xFB120BE5L,0x5AA83C10L,1L,0x593D0AC3L},{8L,0xA8B68B23L,0xFB120BE5L,6L,0x59FF2BA7L,(-3L)},{0x39A358E6L,1L,(-3L),0xCC331BF0L,9L,(-3L)},{1L,0x5AA83C10L,0xFB120BE5L,0x44C0BA24L,0x9C8EB579L,0x593D0AC3L}},{{1L,0xCC331BF0L,0xFB120BE5L,0xAA20AE8CL,0x39A358E6L,(-3L)},{0x59FF2BA7L,0xAA20AE8CL,(-3L),0xA8B68B23L,1L,(-3L)},{0x6784858AL,0xAF393AD8L,0xFB120BE5L,0xAF393AD8L,0x6784858AL,0x593D0AC3L},{9L,0L,0xFB120BE5L,1L,0L,(-3L)},{0L,6L,(-3L),0L,8L,(-3L)}}};
    uint64_t l_1812 = 18446744073709551612UL;
    uint16_t l_1848 = 1UL;
    uint32_t l_1920 = 1UL;
    uint32_t l_1965 = 0UL;
    const int8_t l_1990 = 0L;
    int i, j, k;
    if (((*l_1375) = func_2(g_6, (((func_7(l_11, ((*l_1252) = (func_12(l_11, ((safe_rshift_func_uint8_t_u_u((l_11 ^ ((l_22[1][0][4] = (safe_mul_func_int16_t_s_s(g_21, 1L))) , 0x21L)), 0)) , l_11), g_21, g_6) , g_122)), (**g_475)) , (*g_783)) ^ 18446744073709551612UL) , 1UL), g_846)))
    { /* block id: 645 */
        uint32_t l_1389[1];
        uint8_t l_1390 = 255UL;
        uint16_t l_1391 = 65529UL;
        int32_t *l_1393 = (void*)0;
        int32_t *l_1394[9] = {&g_787,&g_74,&g_787,&g_74,&g_787,&g_74,&g_787,&g_74,&g_787};
        int32_t **l_1395 = (void*)0;
        int32_t **l_1396 = &g_583[4];
        int i;
        for (i = 0; i < 1; i++)
            l_1389[i] = 0x4B553998L;
        (*l_1396) = (((l_22[0][2][8] = (safe_rshift_func_int8_t_s_u(((safe_sub_func_uint64_t_u_u(0x776B778F390629B3LL, ((0x7B82L == ((((((*g_502) ^ (safe_rshift_func_uint16_t_u_u(((((((safe_rshift_func_int8_t_s_s((&g_155 != &g_155), 6)) , (((((safe_add_func_int8_t_s_s(((247UL >= ((((safe_lshift_func_int8_t_s_s(((safe_unary_minus_func_int32_t_s(((*l_1375) = (*l_1375)))) && ((((g_228 , &g_474) == &g_474) >= l_1389[0]) && l_1390)), 4)) , (*l_1375)) , l_1391) , g_1180)) <= (*g_476)), (*g_502))) < 0xDDL) & (*g_614)) & (*g_62)) || g_63)) , (*l_1375)) | (*g_783)) , (*g_782)) == l_1392), 13))) , 0UL) != (*g_62)) > l_1391) <= (*g_62))) ^ 4L))) < 0UL), 4))) >= 1L) , &l_22[0][0][5]);
        (*l_1375) &= ((((+(safe_div_func_uint16_t_u_u((*g_62), ((0UL < ((safe_rshift_func_int8_t_s_u(((g_1302 > (safe_mul_func_int16_t_s_s((((*g_782) = l_1392) == (void*)0), (*g_306)))) , ((-1L) != ((void*)0 != l_1392))), 3)) >= (**g_475))) , 2UL)))) , &g_1302) != &g_1302) != 0UL);
    }
    else
    { /* block id: 651 */
        int8_t l_1406[10][10][2] = {{{0x91L,0x87L},{0L,0x91L},{0L,0x36L},{0L,0x91L},{0L,0x87L},{0x91L,0L},{0x09L,9L},{1L,(-4L)},{(-4L),1L},{1L,0L}},{{0x09L,(-6L)},{0x91L,1L},{0L,0x05L},{0L,0L},{0L,0x05L},{0L,1L},{0x91L,(-6L)},{0x09L,0L},{1L,1L},{(-4L),(-4L)}},{{1L,9L},{0x09L,0L},{0x91L,0x87L},{0L,0x91L},{0L,0x36L},{0L,0x91L},{0L,0x87L},{0x91L,0L},{0x09L,9L},{1L,(-4L)}},{{(-4L),1L},{1L,0L},{0x09L,(-6L)},{0x91L,1L},{0L,0x05L},{0L,0L},{0L,0x05L},{0L,1L},{0x91L,(-6L)},{0x09L,0L}},{{1L,1L},{(-4L),(-4L)},{1L,9L},{0x09L,0L},{0x91L,0x87L},{0L,0x91L},{0L,0x36L},{0L,0x91L},{0L,0x87L},{0x91L,0L}},{{0x09L,9L},{1L,(-4L)},{(-4L),1L},{1L,0L},{0x09L,(-6L)},{0x91L,1L},{0L,0x05L},{0L,0L},{0L,0x05L},{0L,1L}},{{0L,0x7BL},{0L,1L},{(-4L),0x8AL},{0xE3L,0xE3L},{(-4L),0x87L},{0L,0L},{0L,1L},{0x09L,0L},{0L,0x3BL},{0L,0L}},{{0x09L,1L},{0L,0L},{0L,0x87L},{(-4L),0xE3L},{0xE3L,0x8AL},{(-4L),1L},{0L,0x7BL},{0L,(-4L)},{0x09L,0x36L},{0L,0xBDL}},{{0L,0x36L},{0x09L,(-4L)},{0L,0x7BL},{0L,1L},{(-4L),0x8AL},{0xE3L,0xE3L},{(-4L),0x87L},{0L,0L},{0L,1L},{0x09L,0L}},{{0L,0x3BL},{0L,0L},{0x09L,1L},{0L,0L},{0L,0x87L},{(-4L),0xE3L},{0xE3L,0x8AL},{(-4L),1L},{0L,0x7BL},{0L,(-4L)}}};
        uint16_t *l_1407 = &g_576;
        int32_t *l_1426 = &g_208[0];
        int32_t **l_1454 = (void*)0;
        int16_t * const *l_1464[3];
        int16_t * const **l_1463 = &l_1464[0];
        int16_t * const ***l_1462 = &l_1463;
        uint64_t *l_1514 = &g_67;
        int32_t l_1549 = 0x19B77202L;
        const int32_t ***l_1596 = (void*)0;
        const int32_t ****l_1595[6] = {&l_1596,&l_1596,&l_1596,&l_1596,&l_1596,&l_1596};
        uint16_t l_1639[1][7][2] = {{{65535UL,1UL},{1UL,65535UL},{65535UL,1UL},{65535UL,65535UL},{1UL,1UL},{65535UL,65535UL},{1UL,65535UL}}};
        int8_t l_1652 = 0x69L;
        uint32_t *l_1658[10] = {&l_1637,&l_1637,&l_1637,&l_1637,&l_1637,&l_1637,&l_1637,&l_1637,&l_1637,&l_1637};
        uint32_t **l_1657 = &l_1658[3];
        uint32_t l_1704 = 0xC5001625L;
        uint32_t l_1705[3][8] = {{0x2D206E28L,0x9E1F5A81L,0x029BA6AAL,4294967294UL,0x9E1F5A81L,4294967294UL,0x029BA6AAL,0x9E1F5A81L},{0x65379924L,0x029BA6AAL,0x2D206E28L,0x65379924L,4294967294UL,4294967294UL,0x65379924L,0x2D206E28L},{0x9E1F5A81L,0x9E1F5A81L,0xFB8BB8B7L,4294967295UL,0x65379924L,0xFB8BB8B7L,0x65379924L,4294967295UL}};
        int32_t l_1800 = 0x757EE4AEL;
        uint32_t l_1809 = 0xBA88E3EFL;
        uint16_t l_1829 = 0UL;
        uint64_t *** const l_1857 = &g_782;
        uint64_t ***l_1860 = &g_782;
        int16_t l_1890 = 0x8EBBL;
        uint32_t l_1958 = 1UL;
        uint8_t l_1967 = 0UL;
        const int64_t l_1992 = 1L;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_1464[i] = (void*)0;
        if ((safe_rshift_func_uint8_t_u_s(((l_1406[4][0][0] || ((l_1407 != (void*)0) && 0xD206EC03615BF5BALL)) & ((g_845 ^ ((*g_502) & (l_1406[3][2][1] & (0x9FL >= ((((void*)0 != &g_612) <= (*l_1375)) >= g_208[0]))))) <= (***g_612))), (*l_1375))))
        { /* block id: 652 */
            int16_t l_1416[9][8][2] = {{{0x3F76L,0xBD4BL},{0x357AL,0xBD4BL},{0x3F76L,0xBA9EL},{1L,0xC26CL},{1L,1L},{0xBA9EL,0x357AL},{1L,(-7L)},{1L,0x8800L}},{{0xE56AL,1L},{0L,0x3F76L},{0L,1L},{0xE56AL,0x8800L},{1L,(-7L)},{1L,0x357AL},{0xBA9EL,1L},{1L,0xC26CL}},{{1L,0xBA9EL},{0x3F76L,0xBD4BL},{0x357AL,0xBD4BL},{0x3F76L,0xBA9EL},{1L,0xC26CL},{1L,1L},{0xBA9EL,0x357AL},{1L,(-7L)}},{{1L,0x8800L},{0xE56AL,1L},{0L,0x3F76L},{0L,1L},{1L,1L},{0x0259L,0xBD4BL},{(-1L),1L},{0xC26CL,0L}},{{0L,(-7L)},{1L,0xC26CL},{0x8800L,0x3F76L},{1L,0x3F76L},{0x8800L,0xC26CL},{1L,(-7L)},{0L,0L},{0xC26CL,1L}},{{(-1L),0xBD4BL},{0x0259L,1L},{1L,0x0259L},{0x357AL,0x8800L},{0x357AL,0x0259L},{1L,1L},{0x0259L,0xBD4BL},{(-1L),1L}},{{0xC26CL,0L},{0L,(-7L)},{1L,0xC26CL},{0x8800L,0x3F76L},{1L,0x3F76L},{0x8800L,0xC26CL},{1L,(-7L)},{0L,0L}},{{0xC26CL,1L},{(-1L),0xBD4BL},{0x0259L,1L},{1L,0x0259L},{0x357AL,0x8800L},{0x357AL,0x0259L},{1L,1L},{0x0259L,0xBD4BL}},{{(-1L),1L},{0xC26CL,0L},{0L,(-7L)},{1L,0xC26CL},{0x8800L,0x3F76L},{1L,0x3F76L},{0x8800L,0xC26CL},{1L,(-7L)}}};
            uint64_t *l_1422 = &g_524;
            uint64_t ** const l_1421 = &l_1422;
            uint64_t ** const *l_1420 = &l_1421;
            uint64_t ** const **l_1419 = &l_1420;
            uint32_t l_1432[8][10][2] = {{{18446744073709551606UL,2UL},{0x355B4888L,0xA510E939L},{5UL,0UL},{0UL,0x807B7929L},{0x807B7929L,0xF299084AL},{0x1860FBA5L,0UL},{0x355B4888L,0x28E595C5L},{9UL,0xC3DF1941L},{0x25998683L,0x807B7929L},{0x67647D5DL,0x96E6D75FL}},{{7UL,3UL},{0x355B4888L,3UL},{7UL,0x96E6D75FL},{0x67647D5DL,0x807B7929L},{0x25998683L,0xC3DF1941L},{9UL,0x28E595C5L},{0x355B4888L,0UL},{0x1860FBA5L,0xF299084AL},{0x807B7929L,0x807B7929L},{0UL,0UL}},{{5UL,0xA510E939L},{0x355B4888L,2UL},{18446744073709551606UL,0x355B4888L},{18446744073709551615UL,0x807B7929L},{18446744073709551615UL,0x355B4888L},{18446744073709551606UL,2UL},{0x355B4888L,0xA510E939L},{5UL,0UL},{0UL,0x807B7929L},{0x807B7929L,0xF299084AL}},{{0x1860FBA5L,0UL},{0x355B4888L,0x28E595C5L},{9UL,0xC3DF1941L},{0x25998683L,0x807B7929L},{0x67647D5DL,0x96E6D75FL},{7UL,3UL},{0x355B4888L,3UL},{7UL,0x96E6D75FL},{0x67647D5DL,0x807B7929L},{0x25998683L,0xC3DF1941L}},{{9UL,0x28E595C5L},{0x355B4888L,0UL},{0x1860FBA5L,0xF299084AL},{0x807B7929L,0x807B7929L},{0UL,0UL},{5UL,0xA510E939L},{0x355B4888L,2UL},{18446744073709551606UL,0x355B4888L},{18446744073709551615UL,0x807B7929L},{18446744073709551615UL,0x355B4888L}},{{18446744073709551606UL,2UL},{0x355B4888L,0x25998683L},{18446744073709551613UL,9UL},{0UL,0x355B4888L},{0x355B4888L,0x1860FBA5L},{18446744073709551611UL,0x807B7929L},{7UL,0UL},{18446744073709551614UL,5UL},{0xF299084AL,0x355B4888L},{0xC3DF1941L,18446744073709551606UL}},{{0UL,18446744073709551615UL},{7UL,18446744073709551615UL},{0UL,18446744073709551606UL},{0xC3DF1941L,0x355B4888L},{0xF299084AL,5UL},{18446744073709551614UL,0UL},{7UL,0x807B7929L},{18446744073709551611UL,0x1860FBA5L},{0x355B4888L,0x355B4888L},{0UL,9UL}},{{18446744073709551613UL,0x25998683L},{7UL,0x67647D5DL},{0x7CF2A873L,7UL},{0x96E6D75FL,0x355B4888L},{0x96E6D75FL,7UL},{0x7CF2A873L,0x67647D5DL},{7UL,0x25998683L},{18446744073709551613UL,9UL},{0UL,0x355B4888L},{0x355B4888L,0x1860FBA5L}}};
            int32_t *l_1434[10][10][1] = {{{&g_74},{&g_787},{&g_787},{&g_119},{(void*)0},{(void*)0},{(void*)0},{&g_74},{&l_22[1][0][4]},{&g_787}},{{(void*)0},{&l_22[1][0][4]},{(void*)0},{&g_787},{&l_22[1][0][4]},{&g_74},{(void*)0},{(void*)0},{(void*)0},{&g_119}},{{&g_787},{&g_787},{&g_74},{&g_76},{&g_76},{&l_22[0][1][8]},{&g_74},{&g_76},{&l_22[1][0][4]},{&g_55}},{{&g_119},{&g_74},{&g_787},{&g_55},{&g_76},{&g_76},{&g_55},{&g_787},{&g_74},{&g_119}},{{&g_55},{&l_22[1][0][4]},{&g_76},{&g_74},{&l_22[0][1][8]},{&g_76},{&g_76},{&g_74},{&g_787},{&g_787}},{{&g_119},{(void*)0},{(void*)0},{(void*)0},{&g_74},{&l_22[1][0][4]},{&g_787},{(void*)0},{&l_22[1][0][4]},{(void*)0}},{{&g_787},{&l_22[1][0][4]},{&g_74},{(void*)0},{(void*)0},{(void*)0},{&g_119},{&g_787},{&g_787},{&g_74}},{{&g_76},{&g_76},{&l_22[0][1][8]},{&g_74},{&g_76},{&l_22[1][0][4]},{&g_55},{&g_119},{&g_74},{&g_787}},{{&g_55},{&g_76},{&g_76},{&g_55},{&g_787},{&g_74},{&g_119},{&g_55},{&l_22[1][0][4]},{&g_76}},{{&g_74},{&l_22[0][1][8]},{&g_76},{&g_76},{&g_74},{&g_787},{&g_787},{&g_119},{(void*)0},{(void*)0}}};
            const int16_t ****l_1533 = (void*)0;
            const int16_t *****l_1532 = &l_1533;
            uint16_t ***l_1546 = &l_1526;
            const uint64_t l_1566 = 0x4978186C772E3DCDLL;
            int16_t l_1584 = 0x60A9L;
            int16_t l_1676 = 0L;
            uint16_t l_1701 = 0xB880L;
            uint32_t l_1745 = 0xC72DA02FL;
            int64_t l_1747 = 0x85C310F123B034B4LL;
            int i, j, k;
        }
        else
        { /* block id: 808 */
            int32_t *l_1753[2][2][3];
            int8_t *l_1763[6];
            int32_t l_1791 = 0L;
            uint32_t * const *l_1794 = &l_1658[7];
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 2; j++)
                {
                    for (k = 0; k < 3; k++)
                        l_1753[i][j][k] = &g_6;
                }
            }
            for (i = 0; i < 6; i++)
                l_1763[i] = &g_87[0][0][0];
            l_1753[0][0][1] = (void*)0;
            l_1375 = &g_119;
            if (((safe_add_func_uint16_t_u_u(((((((*g_502) != (g_1522[0] = ((((*l_1375) & (0x4D56EAF3L & (l_22[1][0][4] = (0xD88629B5L < (&l_1753[1][0][0] != (void*)0))))) <= (((**g_782) , (safe_sub_func_int32_t_s_s((*l_1375), ((safe_mod_func_int16_t_s_s(((((((*g_306) == (****g_611)) , (*l_1375)) != l_1762[0][3][4]) & 0x44EFL) || g_208[0]), (*l_1375))) > 0xCB96L)))) | g_1744[3])) && (*l_1375)))) , (void*)0) != (***l_1530)) && 4294967288UL) == 65535UL), (**g_475))) != (**g_475)))
            { /* block id: 813 */
                return (*l_1375);
            }
            else
            { /* block id: 815 */
                uint32_t l_1784[5] = {0xBA4B6611L,0xBA4B6611L,0xBA4B6611L,0xBA4B6611L,0xBA4B6611L};
                int32_t l_1785[8] = {1L,1L,1L,1L,1L,1L,1L,1L};
                int32_t l_1788 = 0xE46CB865L;
                int32_t l_1789 = 0xF3FD77B4L;
                int32_t l_1790 = (-7L);
                uint32_t l_1792[3];
                int32_t l_1793[7][8] = {{0L,(-1L),0x23E6994FL,(-1L),0L,(-1L),0x23E6994FL,(-1L)},{0L,(-1L),0x23E6994FL,(-1L),0L,(-1L),0x23E6994FL,(-1L)},{0L,(-1L),0x23E6994FL,(-1L),0L,(-1L),0x23E6994FL,(-1L)},{0L,(-1L),0x23E6994FL,(-1L),0L,(-1L),0x23E6994FL,(-1L)},{0L,(-1L),0x23E6994FL,(-1L),0L,(-1L),0x23E6994FL,(-1L)},{0L,(-1L),0x23E6994FL,(-1L),0L,(-1L),0x23E6994FL,(-1L)},{0L,(-1L),0x23E6994FL,(-1L),0L,(-1L),0x23E6994FL,(-1L)}};
                uint32_t * const **l_1795 = &l_1794;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_1792[i] = 4294967293UL;
                for (g_44 = 5; (g_44 == 17); ++g_44)
                { /* block id: 818 */
                    int8_t l_1786 = 1L;
                    int32_t l_1787[5][4][5] = {{{1L,0xE880E4F2L,(-7L),0xE880E4F2L,1L},{(-5L),0x9C60D292L,(-7L),(-1L),0L},{1L,9L,(-1L),0x3AF821DEL,0x670D1512L},{0x670D1512L,1L,0x1FC5C717L,0x9C60D292L,0L}},{{(-7L),0x3AF821DEL,0x3AF821DEL,(-7L),1L},{0L,0x3AF821DEL,1L,0x658C9F37L,(-7L)},{0x9C60D292L,1L,0L,0x84BE4874L,0x6CB4377EL},{1L,9L,0xB2AF93F4L,0x658C9F37L,0x658C9F37L}},{{9L,0x9C60D292L,9L,(-7L),0x7DE1F812L},{9L,0xE880E4F2L,0x84BE4874L,0x9C60D292L,(-1L)},{1L,0xB2AF93F4L,1L,0x3AF821DEL,(-5L)},{0x9C60D292L,0x658C9F37L,0x84BE4874L,(-1L),0x84BE4874L}},{{0L,0L,9L,0xE880E4F2L,0x84BE4874L},{(-7L),0x7DE1F812L,0xB2AF93F4L,0x6CB4377EL,(-5L)},{0x670D1512L,0x6CB4377EL,0L,1L,(-1L)},{1L,0x7DE1F812L,1L,1L,0x7DE1F812L}},{{(-5L),0L,0x3AF821DEL,1L,0x658C9F37L},{1L,0x658C9F37L,0x1FC5C717L,1L,0x6CB4377EL},{0xE880E4F2L,0xB2AF93F4L,(-1L),0x6CB4377EL,(-7L)},{1L,0xE880E4F2L,(-7L),0xE880E4F2L,1L}}};
                    int i, j, k;
                    l_1793[6][6] ^= ((safe_rshift_func_uint8_t_u_s((6UL < ((safe_add_func_int8_t_s_s(0xE6L, ((((*g_614) && (l_1790 = (l_1789 = (l_1788 = (1L ^ (((**g_613) = (safe_lshift_func_uint16_t_u_s((safe_sub_func_int8_t_s_s(((((((safe_add_func_uint32_t_u_u(((safe_div_func_uint16_t_u_u((((safe_mod_func_uint32_t_u_u(4294967295UL, (l_1786 = (safe_div_func_int32_t_s_s((((safe_add_func_int32_t_s_s(((**g_613) | (g_845 , (*g_62))), ((((((l_1785[7] = (l_1784[3] || 0L)) && l_1784[4]) & 0UL) <= g_106[3][3]) < 0x28L) != l_1784[0]))) | (-8L)) == (*l_1375)), (*l_1375)))))) & 0x96DFE6C6797F1356LL) , l_1785[3]), 4L)) | l_1784[2]), l_1787[4][2][4])) , (void*)0) != &g_119) <= (**g_475)) ^ (*g_502)) | 0xEF96L), (*g_502))), 15))) , l_1785[7])))))) & l_1791) ^ g_846))) != l_1792[1])), 3)) , 0x83170524L);
                }
                (*l_1795) = l_1794;
            }
        }
        for (g_787 = (-8); (g_787 < (-1)); g_787 = safe_add_func_int16_t_s_s(g_787, 7))
        { /* block id: 832 */
            uint16_t l_1801 = 1UL;
            for (g_122 = 0; (g_122 <= 1); g_122 += 1)
            { /* block id: 835 */
                int32_t *l_1798 = &g_76;
                int32_t *l_1799[10] = {&g_74,&g_74,&g_74,&g_74,&l_1749,&g_74,&g_74,&g_74,&g_74,&l_1749};
                int32_t l_1830[3][2][3] = {{{0xFCE1F75DL,0xFCE1F75DL,0xB871C544L},{0xFCE1F75DL,0xFCE1F75DL,0xB871C544L}},{{0xFCE1F75DL,0xFCE1F75DL,0xB871C544L},{0xFCE1F75DL,0xFCE1F75DL,0xB871C544L}},{{0xFCE1F75DL,0xFCE1F75DL,0xB871C544L},{0xFCE1F75DL,0xFCE1F75DL,0xB871C544L}}};
                int i, j, k;
                l_1801--;
                (*l_1375) = (((safe_mod_func_uint64_t_u_u((((+l_1705[(g_122 + 1)][(g_122 + 5)]) & (*g_502)) >= (safe_sub_func_uint16_t_u_u(((l_1809 , (-8L)) <= (safe_rshift_func_uint8_t_u_s((((((l_1812 <= ((*g_502) < (safe_lshift_func_int16_t_s_s((((safe_lshift_func_uint8_t_u_u(((safe_sub_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u(((**l_1526) &= (*g_476)), 2)), (!(safe_rshift_func_uint8_t_u_s(((safe_sub_func_int8_t_s_s((*g_502), (safe_unary_minus_func_int64_t_s((((safe_mod_func_uint8_t_u_u((((*l_1375) , l_1801) , g_1501), g_1216)) ^ 0xDCD5L) <= 0xF66CA94491EF4B94LL))))) , 255UL), 7))))) != l_1829), 3)) , l_1830[2][0][0]) < (*l_1375)), 6)))) , &g_1672) == (void*)0) , (-1L)) | (*l_1375)), 7))), (**g_613)))), (*l_1798))) < 0UL) & g_1146[8][2]);
                for (g_845 = 0; (g_845 <= 5); g_845 += 1)
                { /* block id: 841 */
                    return l_1801;
                }
            }
        }
        for (l_1800 = 4; (l_1800 >= 1); l_1800 -= 1)
        { /* block id: 848 */
            const int16_t l_1849 = 0L;
            int32_t **l_1884[1];
            int16_t l_1896 = (-1L);
            int i;
            for (i = 0; i < 1; i++)
                l_1884[i] = &g_583[4];
            for (g_916 = 4; (g_916 >= 0); g_916 -= 1)
            { /* block id: 851 */
                uint16_t l_1832 = 0x3948L;
                int32_t * const l_1863 = (void*)0;
                uint16_t ***l_1934 = &g_983;
                uint16_t ****l_1933 = &l_1934;
                uint16_t *****l_1932[6][7][6] = {{{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933}},{{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933}},{{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933}},{{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933}},{{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933}},{{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933},{&l_1933,&l_1933,&l_1933,&l_1933,&l_1933,&l_1933},{(void*)0,&l_1933,(void*)0,&l_1933,(void*)0,&l_1933}}};
                int32_t *** const *l_1935 = &g_325;
                int32_t ****l_1938 = &g_325;
                int16_t l_1969 = 0L;
                int8_t l_1989 = 1L;
                int i, j, k;
                for (g_122 = 1; (g_122 <= 5); g_122 += 1)
                { /* block id: 854 */
                    int32_t *l_1831[5][1] = {{(void*)0},{&g_55},{(void*)0},{&g_55},{(void*)0}};
                    int i, j;
                    l_1832--;
                }
                if ((safe_add_func_int8_t_s_s(0L, (g_1006 |= (safe_mul_func_int8_t_s_s(0L, (g_1146[(l_1800 + 2)][l_1800] ^ (((safe_add_func_uint8_t_u_u(g_845, (safe_sub_func_uint16_t_u_u(((((safe_mod_func_uint32_t_u_u((g_1146[(l_1800 + 2)][l_1800] > ((((((*g_476) > 1UL) > ((safe_div_func_int64_t_s_s((65535UL || ((((g_1847 = &g_611) == (void*)0) < 0x3DDEL) > l_1848)), g_1146[(l_1800 + 2)][l_1800])) && l_1849)) != g_208[0]) <= l_1832) < l_1832)), 0xEF4A1EAFL)) & (***g_612)) & g_1146[(l_1800 + 2)][l_1800]) , (*l_1375)), (**g_613))))) > (*l_1375)) ^ 0xD1EEL))))))))
                { /* block id: 859 */
                    uint16_t l_1862 = 5UL;
                    int32_t l_1874[7][1] = {{(-2L)},{0x0E56F118L},{0x0E56F118L},{(-2L)},{0x0E56F118L},{0x0E56F118L},{(-2L)}};
                    uint32_t l_1885 = 0x98773A58L;
                    int32_t l_1886 = 0xEB8932B4L;
                    int i, j;
                    for (l_1704 = (-10); (l_1704 == 8); l_1704++)
                    { /* block id: 862 */
                        int64_t l_1852 = 0x99439B672ECF97D5LL;
                        int64_t *l_1861 = &g_72[1];
                        int32_t **l_1864 = (void*)0;
                        int32_t **l_1865 = &l_1375;
                    }
                    for (l_1641 = 0; (l_1641 > (-2)); l_1641 = safe_sub_func_int64_t_s_s(l_1641, 3))
                    { /* block id: 873 */
                        int32_t * const *l_1879[8][6] = {{&l_1863,&l_1375,&l_1863,(void*)0,&l_1863,(void*)0},{&g_583[3],&l_1375,&l_1375,&l_1375,&l_1375,&g_583[3]},{&l_1375,&g_583[3],&g_583[4],&l_1863,(void*)0,&l_1863},{&l_1375,&g_583[4],&l_1863,&g_583[3],&l_1375,&l_1863},{&l_1375,&l_1863,&g_583[3],&l_1863,&l_1375,(void*)0},{&l_1375,(void*)0,&l_1375,&l_1375,&l_1863,&g_583[1]},{&g_583[3],&l_1863,&l_1863,(void*)0,&g_583[1],&g_583[1]},{&l_1863,&l_1375,&l_1375,&l_1863,(void*)0,(void*)0}};
                        uint32_t ***l_1889 = &l_1657;
                        int i, j;
                        l_1886 &= (l_1549 ^= (safe_mod_func_int8_t_s_s(((((void*)0 != g_1870) ^ (safe_lshift_func_uint8_t_u_u(g_1501, 6))) || (((void*)0 != (**g_1871)) , (g_209[2] = ((*g_614) = (l_1874[5][0] = (**g_613)))))), (((safe_div_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(((l_1879[3][1] != ((((safe_mod_func_uint64_t_u_u(((*l_1514) |= ((****g_1870) = 0x5EBBBA03B33F7E91LL)), (safe_mul_func_int16_t_s_s((0xEAA0E8B3L != 0x9F9485EFL), l_1862)))) , l_1862) , l_1862) , l_1884[0])) , 7UL), (*l_1375))), (*l_1375))) != (*l_1375)) , l_1885))));
                        l_1896 ^= (safe_mul_func_int16_t_s_s((g_1659[2] != ((*l_1889) = g_1659[2])), ((((*l_1375) = l_1890) , (l_1886 = 0x4A77D22EL)) == ((((((&g_983 == &g_983) == (safe_add_func_uint8_t_u_u(((~((safe_rshift_func_uint16_t_u_s((*g_476), (*g_614))) , 0x10L)) != l_1862), g_1003))) == 0UL) , 0UL) , 0xDACEL) & (****g_611)))));
                    }
                }
                else
                { /* block id: 886 */
                    int32_t l_1897 = 1L;
                    if (l_1897)
                        break;
                }
                for (l_1549 = 20; (l_1549 > (-2)); l_1549 = safe_sub_func_uint8_t_u_u(l_1549, 2))
                { /* block id: 891 */
                    int32_t l_1903 = (-1L);
                    uint16_t * const *l_1926 = &g_62;
                    uint16_t * const **l_1925 = &l_1926;
                    uint16_t * const ***l_1924[6][6] = {{(void*)0,(void*)0,&l_1925,(void*)0,(void*)0,&l_1925},{(void*)0,(void*)0,&l_1925,(void*)0,(void*)0,&l_1925},{(void*)0,(void*)0,&l_1925,(void*)0,(void*)0,&l_1925},{(void*)0,(void*)0,&l_1925,(void*)0,(void*)0,&l_1925},{(void*)0,(void*)0,&l_1925,(void*)0,(void*)0,&l_1925},{(void*)0,(void*)0,&l_1925,(void*)0,(void*)0,&l_1925}};
                    uint16_t * const ****l_1923 = &l_1924[1][3];
                    uint64_t l_1942 = 18446744073709551615UL;
                    const uint32_t l_1985 = 0UL;
                    int32_t l_1991 = 0xC28DCFB1L;
                    int i, j;
                    if ((safe_rshift_func_uint8_t_u_s((g_110 = ((+(((*g_502) >= l_1903) , l_1903)) , ((safe_rshift_func_uint16_t_u_s((safe_add_func_int16_t_s_s((safe_sub_func_int16_t_s_s((-5L), ((((safe_mod_func_int64_t_s_s((((((safe_mod_func_uint16_t_u_u(0x5D1AL, (safe_div_func_int64_t_s_s(((safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u((l_1920 && (0x72L < ((safe_mul_func_int16_t_s_s((((void*)0 == l_1923) , l_1903), l_1903)) , (-1L)))), (*g_62))), (**g_613))) , 0xC24F03249890B377LL), g_67)))) , (**l_1531)) == (**l_1531)) < (-7L)) , g_55), 0x1FC6C35105331F21LL)) , (*l_1375)) | l_1903) & 0UL))), (**g_613))), 12)) <= l_1903))), 6)))
                    { /* block id: 893 */
                        int32_t *l_1927 = &g_76;
                        l_1927 = &l_1903;
                    }
                    else
                    { /* block id: 895 */
                        int64_t *l_1928 = &l_1641;
                        int32_t l_1931[1][6][7] = {{{(-1L),(-1L),(-8L),(-1L),(-1L),(-8L),(-1L)},{(-1L),0x8F4A8E86L,0x8F4A8E86L,(-1L),0x8F4A8E86L,0x8F4A8E86L,(-1L)},{0x8F4A8E86L,(-1L),0x8F4A8E86L,0x8F4A8E86L,(-1L),0x8F4A8E86L,0x8F4A8E86L},{(-1L),(-1L),(-8L),(-1L),(-1L),(-8L),(-1L)},{(-1L),0x8F4A8E86L,0x8F4A8E86L,(-1L),0x8F4A8E86L,0x8F4A8E86L,(-1L)},{0x8F4A8E86L,(-1L),0x8F4A8E86L,0x8F4A8E86L,(-1L),0x8F4A8E86L,0x8F4A8E86L}}};
                        int32_t *** const l_1937 = (void*)0;
                        int32_t *** const *l_1936 = &l_1937;
                        int32_t *****l_1939 = &g_1486;
                        uint8_t l_1966 = 248UL;
                        uint8_t l_1968 = 0x87L;
                        int i, j, k;
                        l_1903 = (l_1942 ^= ((((*l_1928) ^= g_1003) == ((((g_44 = (((((l_1931[0][3][0] ^= 0x19E987BFL) , l_1932[1][4][0]) == (void*)0) == 0UL) | (((g_120 >= ((l_1936 = l_1935) == ((*l_1939) = l_1938))) < ((safe_mod_func_uint32_t_u_u((((g_1006 = 5UL) , 1UL) , l_1903), (-1L))) >= l_1903)) | 0L))) != 0x3FL) & (*g_783)) , l_1903)) > (*g_502)));
                        l_1969 |= (((((-3L) > (((((safe_sub_func_uint8_t_u_u(255UL, ((*g_502) = (*g_502)))) && (((*l_1514) |= (safe_unary_minus_func_uint8_t_u(((safe_rshift_func_uint8_t_u_s((~(((((g_1189 = g_576) & 0x3BL) , (safe_div_func_int32_t_s_s(((safe_add_func_int8_t_s_s((!(safe_lshift_func_uint8_t_u_s((((***l_1857) ^= (safe_add_func_uint8_t_u_u((((*l_1928) = (l_1958 & (*g_502))) ^ 0x5D2261BDB94E4787LL), (safe_mod_func_uint16_t_u_u(((safe_rshift_func_uint16_t_u_s(((safe_rshift_func_int8_t_s_u(1L, g_845)) <= 1UL), (***g_612))) , (**g_475)), l_1965))))) < l_1942), (*l_1375)))), (*g_502))) || 18446744073709551610UL), (*l_1375)))) && g_209[1]) && l_1966)), 5)) & l_1967)))) , l_1968)) , (*g_502)) , (*l_1375)) | (*l_1375))) < g_1372) || g_67) , 0x62E9A3A5L);
                        (*l_1375) = (safe_rshift_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_u(g_67, 4)) , ((((*g_502) || ((safe_mul_func_uint16_t_u_u(0xD2F4L, 0x412DL)) , (safe_mul_func_int16_t_s_s((safe_unary_minus_func_int32_t_s((((((safe_rshift_func_int16_t_s_s(l_1985, (l_1942 & 0x6E7DL))) == (safe_sub_func_int64_t_s_s((safe_unary_minus_func_int64_t_s(g_63)), (((*l_1375) > l_1989) , g_119)))) <= l_1903) , l_1990) , l_1991))), (**g_475))))) && l_1992) ^ g_141[0])), 4)), 0x755624EAL)), l_1942));
                    }
                }
            }
        }
    }
    return (*l_1375);
}


/* ------------------------------------------ */
/* 
 * reads : g_612 g_613 g_614 g_106 g_1146 g_782 g_783 g_576 g_1372 g_611 g_306
 * writes: g_524 g_110 g_63
 */
static int32_t  func_2(uint16_t  p_3, uint16_t  p_4, int8_t  p_5)
{ /* block id: 637 */
    int8_t **l_1351[1];
    int32_t l_1352[6][3][4] = {{{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)}},{{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)}},{{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)}},{{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)}},{{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)}},{{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)},{9L,(-1L),9L,(-1L)}}};
    uint16_t ***l_1370[7][10] = {{&g_305,&g_305,&g_983,&g_305,&g_305,&g_983,&g_983,&g_305,&g_305,&g_983},{&g_305,&g_305,&g_983,&g_305,&g_983,&g_305,&g_983,&g_305,&g_305,&g_983},{&g_305,&g_305,&g_983,&g_983,&g_305,&g_305,&g_983,&g_305,&g_305,&g_983},{&g_983,&g_305,&g_983,&g_983,&g_983,&g_983,&g_983,&g_983,&g_305,&g_983},{&g_983,&g_305,&g_305,&g_305,&g_305,&g_305,&g_983,&g_983,&g_305,&g_305},{&g_305,&g_983,&g_983,&g_305,&g_305,&g_305,&g_305,&g_305,&g_983,&g_983},{&g_305,&g_983,&g_983,&g_983,&g_983,&g_983,&g_983,&g_305,&g_983,&g_983}};
    uint16_t ****l_1369 = &l_1370[1][8];
    uint16_t *****l_1368 = &l_1369;
    uint16_t l_1371[2];
    uint8_t *l_1373 = &g_110;
    int32_t l_1374 = 1L;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_1351[i] = &g_502;
    for (i = 0; i < 2; i++)
        l_1371[i] = 0xF7C7L;
    l_1374 = ((safe_rshift_func_uint8_t_u_s(((***g_612) >= ((*g_306) = ((safe_unary_minus_func_uint8_t_u(((*l_1373) = ((((safe_rshift_func_uint16_t_u_s((l_1351[0] == (void*)0), (l_1352[4][0][1] , (safe_mul_func_uint16_t_u_u(((safe_mod_func_uint16_t_u_u(((safe_div_func_int32_t_s_s((safe_rshift_func_uint16_t_u_s((((((~(0UL > p_4)) < ((**g_782) = l_1352[4][0][1])) && (((~(safe_mod_func_int16_t_s_s((safe_unary_minus_func_uint64_t_u((l_1371[0] ^= ((safe_mul_func_int16_t_s_s(((l_1368 != (void*)0) & l_1352[4][0][1]), p_3)) ^ p_5)))), l_1352[4][0][1]))) == l_1352[0][0][3]) >= g_576)) && g_1372) < p_5), (*g_614))), l_1352[4][0][1])) , 1UL), 0x4172L)) || l_1352[1][1][3]), (****g_611)))))) & l_1352[2][0][3]) , l_1352[1][1][1]) > 0x7AA97B2BL)))) <= 18446744073709551609UL))), p_5)) < l_1352[2][1][1]);
    return p_4;
}


/* ------------------------------------------ */
/* 
 * reads : g_1006 g_55 g_783 g_524 g_475 g_476 g_477 g_614 g_106 g_209 g_613 g_44 g_1189 g_1146 g_612 g_1180 g_502 g_122 g_204 g_576
 * writes: g_1006 g_55 g_122 g_1003 g_209 g_44 g_1189 g_614 g_110 g_576
 */
static int32_t  func_7(int32_t  p_8, int32_t  p_9, uint16_t  p_10)
{ /* block id: 576 */
    int32_t l_1253 = 0xE4A71A85L;
    int32_t l_1255 = 0x9511ED82L;
    int32_t l_1256 = 0x54446231L;
    int32_t l_1257 = 0L;
    int32_t l_1259[1][9][8] = {{{(-6L),1L,0x22BFEC3AL,1L,(-6L),0L,0L,(-6L)},{1L,9L,9L,1L,2L,(-6L),2L,1L},{9L,2L,9L,0L,0x22BFEC3AL,0x22BFEC3AL,0L,9L},{2L,2L,0x22BFEC3AL,(-6L),0x970C9FA4L,(-6L),0x22BFEC3AL,2L},{2L,9L,0L,0x22BFEC3AL,0x22BFEC3AL,0L,9L,2L},{9L,1L,2L,(-6L),2L,1L,9L,9L},{1L,(-6L),0L,0L,(-6L),1L,0x22BFEC3AL,1L},{(-6L),1L,0x22BFEC3AL,1L,(-6L),0L,0L,(-6L)},{1L,9L,9L,9L,0x970C9FA4L,0L,0x970C9FA4L,9L}}};
    int8_t l_1261 = 5L;
    int8_t l_1263 = (-10L);
    uint32_t l_1265 = 0x09C6C20AL;
    int32_t *l_1273 = &l_1259[0][6][7];
    int16_t *l_1332 = &g_1146[0][1];
    int32_t *l_1345 = &l_1255;
    int i, j, k;
    if (l_1253)
    { /* block id: 577 */
        int32_t *l_1254[9] = {&g_76,&g_76,&g_76,&g_76,&g_76,&g_76,&g_76,&g_76,&g_76};
        int64_t l_1264[2];
        int i;
        for (i = 0; i < 2; i++)
            l_1264[i] = 0L;
        l_1255 = (p_8 = l_1253);
        for (l_1255 = 7; (l_1255 >= 1); l_1255 -= 1)
        { /* block id: 582 */
            int32_t l_1258[9] = {(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L)};
            int32_t l_1260 = (-1L);
            int8_t l_1262 = 0L;
            int32_t **l_1268 = &l_1254[7];
            int i;
            l_1265--;
            (*l_1268) = &p_8;
        }
        for (g_1006 = 0; (g_1006 <= 14); g_1006 = safe_add_func_uint8_t_u_u(g_1006, 9))
        { /* block id: 588 */
            uint32_t l_1271 = 0xCA07D05DL;
            l_1271 &= p_8;
        }
        l_1254[4] = l_1254[6];
    }
    else
    { /* block id: 592 */
        int32_t *l_1272 = &l_1255;
        int32_t l_1282 = (-8L);
        uint32_t l_1283 = 18446744073709551609UL;
        uint32_t l_1306[8][5][6] = {{{0x6E1E9D40L,0x6E1E9D40L,0xB5602B13L,0xBACAAB96L,0x1A43377AL,3UL},{0UL,0x817EFD9BL,4294967293UL,4294967290UL,0xD125A84CL,0xB5602B13L},{4294967295UL,0UL,4294967293UL,0x507B1F1AL,0x6E1E9D40L,3UL},{4294967295UL,0x507B1F1AL,0xB5602B13L,4294967295UL,0x89903CC8L,0xD125A84CL},{4294967295UL,0x89903CC8L,0xD125A84CL,0x092020B8L,0x64B7DA59L,0xE77C06ADL}},{{0x45F7C517L,0x851EFA7EL,0x27464A98L,0x817EFD9BL,0UL,4UL},{0UL,4UL,0x507B1F1AL,0x16FE463CL,0x851EFA7EL,0x16FE463CL},{0x182681A2L,4UL,0x182681A2L,4294967295UL,4294967295UL,0x89903CC8L},{0x16FE463CL,0UL,0x45F7C517L,0x6E1E9D40L,3UL,4294967295UL},{4294967291UL,0x614487B0L,4294967287UL,0x6E1E9D40L,0xE7250366L,4294967295UL}},{{0x16FE463CL,0x12E56C2CL,0x614487B0L,4294967295UL,0x092020B8L,4294967295UL},{0x182681A2L,0xFF4B8E96L,0UL,0x16FE463CL,0x26BC0B60L,0x12E56C2CL},{0UL,4294967292UL,3UL,0x817EFD9BL,4294967295UL,4UL},{0x45F7C517L,4294967295UL,3UL,0x092020B8L,0xC17926F3L,0xC17926F3L},{4294967295UL,0x16FE463CL,0x16FE463CL,4294967295UL,4294967287UL,0x45F7C517L}},{{4294967295UL,3UL,0xE7250366L,0x507B1F1AL,0xE77C06ADL,4294967291UL},{4294967295UL,4294967295UL,0x89903CC8L,4294967290UL,0xE77C06ADL,0x27464A98L},{0UL,3UL,1UL,0xBACAAB96L,4294967287UL,4294967293UL},{0x6E1E9D40L,0x16FE463CL,0x64B7DA59L,1UL,0xC17926F3L,0x817EFD9BL},{4294967295UL,4294967295UL,0xFF4B8E96L,0xB5602B13L,4294967295UL,1UL}},{{4UL,4294967292UL,0x092020B8L,3UL,0x26BC0B60L,4294967295UL},{0x092020B8L,0xFF4B8E96L,0x1A43377AL,0xFF4B8E96L,0x092020B8L,0x851EFA7EL},{4294967295UL,0x12E56C2CL,0x817EFD9BL,0x26BC0B60L,0xE7250366L,4294967287UL},{0xBACAAB96L,0x614487B0L,4294967295UL,0x12E56C2CL,3UL,4294967287UL},{0x1A43377AL,0UL,0x817EFD9BL,3UL,4294967295UL,0x851EFA7EL}},{{3UL,4UL,0x1A43377AL,0UL,0x851EFA7EL,4294967295UL},{0x64B7DA59L,4UL,0x092020B8L,4294967291UL,0UL,1UL},{0xD125A84CL,0x851EFA7EL,0xFF4B8E96L,4294967295UL,0x64B7DA59L,0x817EFD9BL},{0x817EFD9BL,1UL,0UL,0UL,1UL,0x817EFD9BL},{0x614487B0L,0xE7250366L,0x851EFA7EL,0UL,0xE77C06ADL,0xB5602B13L}},{{0x16FE463CL,4UL,1UL,4294967293UL,4294967292UL,0x12E56C2CL},{0x16FE463CL,4294967295UL,4294967293UL,0UL,4294967291UL,4294967295UL},{0x614487B0L,0xE77C06ADL,0xC17926F3L,0UL,0x851EFA7EL,0xBACAAB96L},{0x817EFD9BL,0UL,0x1A43377AL,0x32A68EE9L,0xD125A84CL,0x16FE463CL},{4294967292UL,0x1A43377AL,0x64B7DA59L,0x12E56C2CL,0x45F7C517L,0xD125A84CL}},{{0UL,0x182681A2L,4UL,1UL,4UL,0x182681A2L},{0x64B7DA59L,4294967291UL,4294967295UL,0x1A43377AL,4294967290UL,4294967287UL},{4294967291UL,3UL,3UL,0xD125A84CL,0x817EFD9BL,0x092020B8L},{4294967295UL,3UL,4294967295UL,0x6E1E9D40L,4294967290UL,1UL},{4294967287UL,4294967291UL,0x507B1F1AL,0x89903CC8L,4UL,0xC17926F3L}}};
        int32_t l_1336[4][7][1] = {{{1L},{3L},{9L},{0L},{9L},{3L},{1L}},{{0xFCE40B95L},{(-1L)},{0xFCE40B95L},{1L},{3L},{9L},{0L}},{{9L},{3L},{1L},{0xFCE40B95L},{(-1L)},{0xFCE40B95L},{1L}},{{3L},{9L},{0L},{9L},{3L},{1L},{0xFCE40B95L}}};
        int32_t *l_1344[2][4][4] = {{{&l_1259[0][3][6],&l_1259[0][1][6],&g_55,&l_1256},{&g_787,&l_1259[0][3][6],&l_1256,&l_1259[0][6][1]},{&l_1255,&l_1282,&l_1255,&l_1259[0][6][1]},{&l_1256,&l_1259[0][3][6],&g_787,&l_1256}},{{&g_55,&l_1259[0][1][6],&l_1259[0][3][6],&l_1259[0][3][6]},{&l_1282,&l_1282,&l_1259[0][3][6],&l_1255},{&g_55,&l_1259[0][8][2],&g_787,&l_1259[0][1][6]},{&l_1256,&g_787,&l_1255,&g_787}}};
        int i, j, k;
        (*l_1272) = p_10;
        l_1273 = l_1272;
        for (g_55 = 0; (g_55 < (-17)); g_55 = safe_sub_func_uint64_t_u_u(g_55, 6))
        { /* block id: 597 */
            int32_t *l_1280[2][6][4] = {{{&g_55,&g_55,&l_1256,&g_74},{&g_787,&g_119,&g_787,&l_1256},{&g_119,&g_74,&l_1257,(void*)0},{&g_119,&l_1256,(void*)0,&g_74},{&l_1259[0][2][5],&g_119,(void*)0,&g_55},{&g_119,&g_55,&l_1257,&g_119}},{{&g_119,&g_787,&g_787,&g_119},{&g_787,&g_119,&l_1256,&l_1259[0][2][5]},{&g_55,&g_119,&l_1255,(void*)0},{&g_119,&l_1259[0][2][5],&l_1256,(void*)0},{&l_1256,&g_119,(void*)0,&l_1259[0][2][5]},{&g_74,&g_119,&g_787,&g_119}}};
            uint32_t *l_1301 = &g_1302;
            uint32_t **l_1300[7][5][3] = {{{&l_1301,&l_1301,&l_1301},{&l_1301,&l_1301,&l_1301},{(void*)0,&l_1301,&l_1301},{&l_1301,&l_1301,&l_1301},{&l_1301,(void*)0,(void*)0}},{{&l_1301,&l_1301,&l_1301},{&l_1301,&l_1301,&l_1301},{&l_1301,(void*)0,&l_1301},{&l_1301,&l_1301,&l_1301},{&l_1301,&l_1301,&l_1301}},{{&l_1301,&l_1301,&l_1301},{(void*)0,(void*)0,&l_1301},{(void*)0,&l_1301,&l_1301},{&l_1301,&l_1301,(void*)0},{&l_1301,(void*)0,&l_1301}},{{&l_1301,(void*)0,&l_1301},{&l_1301,(void*)0,&l_1301},{&l_1301,(void*)0,&l_1301},{&l_1301,&l_1301,&l_1301},{&l_1301,&l_1301,&l_1301}},{{&l_1301,&l_1301,&l_1301},{&l_1301,&l_1301,&l_1301},{&l_1301,&l_1301,(void*)0},{&l_1301,&l_1301,&l_1301},{(void*)0,&l_1301,(void*)0}},{{(void*)0,&l_1301,&l_1301},{&l_1301,&l_1301,&l_1301},{&l_1301,(void*)0,&l_1301},{&l_1301,(void*)0,(void*)0},{&l_1301,(void*)0,&l_1301}},{{&l_1301,(void*)0,(void*)0},{&l_1301,&l_1301,&l_1301},{&l_1301,&l_1301,&l_1301},{&l_1301,(void*)0,&l_1301},{&l_1301,&l_1301,&l_1301}}};
            int i, j, k;
            for (g_122 = 0; (g_122 != (-24)); g_122 = safe_sub_func_int32_t_s_s(g_122, 2))
            { /* block id: 600 */
                int8_t l_1281[7][4][9] = {{{(-7L),(-7L),0L,6L,0x50L,0xC7L,0xCDL,0xC7L,0x50L},{0L,(-7L),(-7L),0L,6L,0x50L,0xC7L,0xCDL,0xC7L},{0xCDL,1L,0L,0L,1L,0xCDL,0L,(-7L),0xCDL},{0L,0x50L,0xCDL,6L,6L,0xCDL,0x50L,0L,1L}},{{0xCDL,0L,0L,0L,0x50L,0x50L,0L,0L,0L},{6L,0L,0xCDL,1L,(-7L),0xC7L,0xC7L,(-7L),1L},{6L,7L,6L,0xC7L,0L,0xCDL,0xCDL,0xCDL,0xCDL},{0xCDL,0L,6L,0L,0xCDL,1L,(-7L),0xC7L,0xC7L}},{{0L,0L,0xCDL,0xC7L,0xCDL,0L,0L,0L,0x50L},{0xCDL,0x50L,0L,1L,0L,1L,0L,0x50L,0xCDL},{0L,1L,0xCDL,0L,(-7L),0xCDL,(-7L),0x50L,6L},{0xC7L,0xC7L,(-7L),1L,0xCDL,0L,6L,0L,0xCDL}},{{(-7L),0xC7L,0xC7L,(-7L),1L,0xCDL,0L,6L,0L},{6L,0L,(-7L),(-7L),0L,6L,0x50L,0xC7L,0xCDL},{7L,0xCDL,6L,1L,1L,6L,0xCDL,7L,0L},{0xCDL,(-7L),7L,0x50L,0xCDL,0xCDL,0x50L,7L,(-7L)}},{{1L,7L,0xCDL,0L,0xC7L,0L,0L,0xC7L,0L},{1L,0L,1L,0L,0x50L,0xCDL,6L,6L,0xCDL},{0xCDL,7L,1L,7L,0xCDL,0L,0xC7L,0L,0L},{7L,(-7L),0xCDL,0L,0xCDL,(-7L),7L,0x50L,0xCDL}},{{6L,0xCDL,7L,0L,0x50L,0L,7L,0xCDL,6L},{(-7L),0L,6L,0x50L,0xC7L,0xCDL,0xC7L,0x50L,6L},{0xC7L,0xC7L,(-7L),1L,0xCDL,0L,6L,0L,0xCDL},{(-7L),0xC7L,0xC7L,(-7L),1L,0xCDL,0L,6L,0L}},{{6L,0L,(-7L),(-7L),0L,6L,0x50L,0xC7L,0xCDL},{7L,0xCDL,6L,1L,1L,6L,0xCDL,7L,0L},{0xCDL,(-7L),7L,0x50L,0xCDL,0xCDL,0x50L,7L,(-7L)},{1L,7L,0xCDL,0L,0xC7L,0L,0L,0xC7L,0L}}};
                int16_t *l_1303 = (void*)0;
                int16_t *l_1304 = &g_209[2];
                uint8_t *l_1305[5] = {&g_1006,&g_1006,&g_1006,&g_1006,&g_1006};
                int i, j, k;
                for (g_1003 = (-13); (g_1003 != (-14)); g_1003--)
                { /* block id: 603 */
                    l_1273 = l_1280[1][5][2];
                    if ((*l_1272))
                        break;
                }
                l_1283--;
                p_8 = ((safe_sub_func_int8_t_s_s((((safe_lshift_func_int8_t_s_s(1L, (p_10 == (safe_rshift_func_int16_t_s_s(((safe_sub_func_uint64_t_u_u((*g_783), (((g_44 = (~(safe_mul_func_int16_t_s_s(((*l_1304) |= ((safe_rshift_func_int8_t_s_s((+(((*l_1272) = (**g_475)) || ((p_9 , &g_611) != (((void*)0 != l_1300[0][2][0]) , (void*)0)))), 0)) < (*g_614))), p_8)))) < p_9) && p_9))) , (*l_1272)), p_10))))) && 0x8594L) == p_10), l_1306[3][2][5])) | 0xE72CL);
            }
            (*l_1272) &= ((**g_613) <= 0L);
        }
        for (l_1283 = 1; (l_1283 <= 4); l_1283 += 1)
        { /* block id: 617 */
            uint8_t *l_1324 = &g_44;
            uint8_t *l_1327 = (void*)0;
            uint8_t *l_1328 = &g_1189;
            int16_t *l_1331 = &g_1146[0][0];
            uint8_t *l_1335 = &g_110;
            int32_t l_1337 = 0x1BADEE16L;
            uint16_t l_1338 = 0x856DL;
            int32_t *l_1339 = &l_1259[0][8][7];
            int32_t *l_1340 = (void*)0;
            int32_t *l_1341 = &g_55;
            int16_t l_1342 = 0x756DL;
            int32_t **l_1343[2];
            int i;
            for (i = 0; i < 2; i++)
                l_1343[i] = &l_1339;
            (*l_1341) = ((*l_1339) = (((p_9 != (safe_mod_func_int16_t_s_s(((7UL | (~(((safe_lshift_func_int16_t_s_u(((safe_div_func_int8_t_s_s((safe_lshift_func_int16_t_s_s(((safe_mod_func_int16_t_s_s((safe_mul_func_int8_t_s_s((0xF4AAL && (safe_mul_func_uint8_t_u_u(253UL, ((safe_mod_func_uint8_t_u_u(((*l_1328) &= (((*l_1324)--) ^ 0xD0L)), ((*g_614) && ((safe_sub_func_uint8_t_u_u((((**g_612) = l_1331) != l_1332), ((*l_1272) = (safe_add_func_uint8_t_u_u(((*l_1335) = 1UL), (-1L)))))) < g_1180)))) && 4L)))), 255UL)), l_1336[2][4][0])) > l_1337), 9)), (*g_502))) | l_1338), (*g_476))) == 0x721C5C25FFC7DAEDLL) & 0x9DFEL))) <= 0x7185B3C10729A681LL), p_10))) != 2UL) , p_10));
            for (g_576 = 1; (g_576 <= 4); g_576 += 1)
            { /* block id: 627 */
                int i, j;
                if (g_106[g_576][g_576])
                    break;
                return l_1342;
            }
            l_1344[1][1][3] = (l_1272 = &p_8);
        }
    }
    (*l_1345) ^= p_8;
    return p_9;
}


/* ------------------------------------------ */
/* 
 * reads : g_29 g_21 g_44 g_55 g_62 g_6 g_67 g_72 g_87 g_63 g_74 g_110 g_76 g_141 g_119 g_211 g_106 g_208 g_228 g_122 g_204 g_306 g_305 g_209 g_120 g_475 g_476 g_205 g_524 g_477 g_576 g_502
 * writes: g_29 g_44 g_55 g_67 g_72 g_74 g_76 g_87 g_110 g_141 g_155 g_122 g_119 g_211 g_63 g_228 g_305 g_325 g_106 g_474 g_502 g_524 g_209 g_205 g_576 g_583
 */
static int32_t  func_12(int8_t  p_13, int8_t  p_14, uint64_t  p_15, int16_t  p_16)
{ /* block id: 2 */
    uint16_t *l_28 = &g_29;
    int32_t l_33 = (-4L);
    uint8_t *l_43 = &g_44;
    uint32_t l_453 = 0UL;
    const int32_t *l_455[2][10] = {{&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74},{&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74}};
    const uint16_t ***l_471 = (void*)0;
    int32_t l_574[2];
    uint8_t l_608 = 253UL;
    uint32_t l_619[1][7][2] = {{{4UL,1UL},{1UL,4UL},{1UL,1UL},{4UL,1UL},{1UL,4UL},{4UL,4UL},{0xC5186435L,4UL}}};
    int32_t l_620 = (-5L);
    int64_t l_632 = 0xE3D1F45896FA061CLL;
    uint8_t l_673 = 253UL;
    uint64_t *l_781[3][4];
    uint64_t **l_780 = &l_781[0][2];
    uint16_t l_900 = 0x05C1L;
    int16_t ***l_926[8][2][6] = {{{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613},{(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613}},{{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613},{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613}},{{(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613},{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613}},{{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613},{(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613}},{{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613},{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613}},{{(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613},{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613}},{{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613},{(void*)0,&g_613,&g_613,&g_613,&g_613,&g_613}},{{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613},{&g_613,&g_613,&g_613,(void*)0,&g_613,&g_613}}};
    int32_t *l_965 = (void*)0;
    int32_t ****l_1012 = &g_325;
    uint16_t * const l_1066 = (void*)0;
    uint16_t * const *l_1065[6];
    int32_t *l_1246[1][1];
    uint16_t l_1247 = 65527UL;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_574[i] = 0x0523B756L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
            l_781[i][j] = &g_67;
    }
    for (i = 0; i < 6; i++)
        l_1065[i] = &l_1066;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_1246[i][j] = &g_55;
    }
    if ((!(safe_sub_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u((--(*l_28)), (((+l_33) ^ (((safe_mod_func_uint32_t_u_u(g_21, func_36((safe_div_func_int8_t_s_s((((*l_43) |= 0x19L) || func_45((l_33 , (void*)0), l_28, func_49(g_21))), 251UL)), p_16, p_15, l_33))) , l_33) < g_120)) || (*g_62)))), 4UL))))
    { /* block id: 199 */
        int32_t *l_452 = &g_76;
        int32_t *l_454 = &g_74;
        (*l_454) ^= (l_453 = ((*l_452) = 7L));
        return (*l_454);
    }
    else
    { /* block id: 204 */
        const int32_t **l_456[1][7][4] = {{{&l_455[1][0],&l_455[1][0],&l_455[1][0],&l_455[1][0]},{&l_455[1][0],&l_455[1][0],&l_455[1][0],&l_455[1][0]},{&l_455[1][0],&l_455[1][0],&l_455[1][6],&l_455[1][0]},{&l_455[1][0],&l_455[1][0],&l_455[1][0],&l_455[1][0]},{&l_455[1][0],&l_455[1][0],&l_455[1][0],&l_455[1][0]},{&l_455[1][0],&l_455[1][0],&l_455[1][6],&l_455[1][0]},{&l_455[1][0],&l_455[1][0],&l_455[1][0],&l_455[1][0]}}};
        uint16_t ** const *l_478 = (void*)0;
        int16_t l_481 = 0x2624L;
        int32_t l_515 = (-1L);
        int32_t l_519 = (-8L);
        int32_t l_521 = 0x074731A7L;
        int32_t l_523[6];
        int i, j, k;
        for (i = 0; i < 6; i++)
            l_523[i] = (-1L);
lbl_507:
        l_455[1][6] = (g_120 , l_455[1][0]);
        for (p_15 = 24; (p_15 < 38); p_15++)
        { /* block id: 208 */
            int8_t l_459 = 0xBBL;
            const uint16_t ****l_472 = (void*)0;
            const uint16_t ****l_473[1][6] = {{&l_471,&l_471,&l_471,&l_471,&l_471,&l_471}};
            uint16_t ** const **l_479[9] = {&l_478,&l_478,&l_478,&l_478,&l_478,&l_478,&l_478,&l_478,&l_478};
            int32_t l_513 = 1L;
            int16_t l_522 = 0x57B5L;
            int32_t *l_545 = &l_513;
            int32_t l_575 = 0x29F83154L;
            uint32_t l_584 = 0xA205E78FL;
            uint16_t l_590 = 0UL;
            int i, j;
            if (l_459)
                break;
            if (p_15)
                break;
            if ((safe_sub_func_uint64_t_u_u((((~(l_33 = (safe_mod_func_int16_t_s_s((4294967294UL != 3L), (((((safe_mul_func_uint8_t_u_u((((safe_div_func_uint64_t_u_u(p_14, g_21)) > ((safe_rshift_func_int16_t_s_u(((g_474 = l_471) != (l_478 = l_478)), (+((g_55 != p_16) == 0x7356L)))) | 0x6387L)) , l_481), 0x15L)) , p_13) ^ 7UL) & (-9L)) , 0x8B34L))))) < 1UL) >= 0x488BL), g_63)))
            { /* block id: 214 */
                int32_t l_494[2];
                int8_t *l_501 = &l_459;
                int8_t **l_500[7] = {&l_501,&l_501,&l_501,&l_501,&l_501,&l_501,&l_501};
                uint32_t *l_503 = &l_453;
                int64_t *l_504[10][6][2] = {{{(void*)0,&g_72[1]},{&g_228,(void*)0},{&g_72[1],(void*)0},{(void*)0,&g_72[0]},{&g_72[1],(void*)0},{(void*)0,&g_72[1]}},{{&g_72[1],&g_72[1]},{(void*)0,&g_72[1]},{&g_72[0],&g_72[1]},{&g_72[1],&g_72[1]},{&g_72[0],&g_72[1]},{(void*)0,&g_72[1]}},{{&g_72[1],&g_72[1]},{(void*)0,(void*)0},{&g_72[1],&g_72[0]},{(void*)0,(void*)0},{&g_72[1],(void*)0},{&g_228,&g_72[1]}},{{(void*)0,&g_72[1]},{&g_228,(void*)0},{&g_72[1],&g_228},{&g_72[1],&g_72[1]},{(void*)0,(void*)0},{&g_72[1],&g_72[1]}},{{&g_72[1],&g_72[0]},{&g_72[1],(void*)0},{(void*)0,&g_72[1]},{&g_72[1],&g_228},{(void*)0,&g_72[1]},{&g_72[1],&g_72[1]}},{{&g_72[0],(void*)0},{&g_72[1],(void*)0},{&g_72[1],(void*)0},{&g_72[1],(void*)0},{&g_72[0],&g_72[1]},{&g_72[1],&g_72[1]}},{{(void*)0,&g_228},{&g_72[1],&g_72[1]},{(void*)0,(void*)0},{&g_72[1],&g_72[0]},{&g_72[1],&g_72[1]},{&g_72[1],(void*)0}},{{(void*)0,&g_72[1]},{&g_72[1],&g_228},{&g_72[1],&g_72[1]},{(void*)0,(void*)0},{&g_72[1],&g_72[1]},{&g_72[1],&g_72[0]}},{{&g_72[1],(void*)0},{(void*)0,&g_72[1]},{&g_72[1],&g_228},{(void*)0,&g_72[1]},{&g_72[1],&g_72[1]},{&g_72[0],(void*)0}},{{&g_72[1],(void*)0},{&g_72[1],(void*)0},{&g_72[1],(void*)0},{&g_72[0],&g_72[1]},{&g_72[1],&g_72[1]},{(void*)0,&g_228}}};
                uint16_t *l_505 = &g_141[2];
                int32_t *l_506 = &g_76;
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_494[i] = 3L;
                (*l_506) |= (safe_mul_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u((safe_mul_func_int16_t_s_s(((((p_14 <= (safe_rshift_func_int16_t_s_u(((safe_rshift_func_uint8_t_u_u(((l_33 |= (((*l_503) = (safe_sub_func_int64_t_s_s((l_494[0] > (7UL || (safe_lshift_func_int8_t_s_u(((safe_unary_minus_func_int32_t_s((safe_mod_func_uint16_t_u_u((g_106[4][4] & 1L), p_16)))) | ((g_502 = &g_204[4][1]) == (l_494[0] , &p_14))), 6)))), 0L))) != g_106[4][4])) ^ p_16), 2)) ^ l_494[0]), 10))) , (*g_475)) == l_505) < g_6), l_494[0])), p_15)) == g_74), g_205));
                if (l_481)
                    goto lbl_507;
            }
            else
            { /* block id: 220 */
                int8_t l_510[7][2] = {{1L,1L},{0x29L,1L},{1L,0x29L},{1L,1L},{0x29L,1L},{1L,0x29L},{1L,1L}};
                int32_t l_520 = 0xCF847D91L;
                uint8_t *l_564[7][2] = {{(void*)0,&g_110},{&g_110,(void*)0},{&g_110,&g_110},{(void*)0,&g_110},{&g_110,(void*)0},{&g_110,&g_110},{(void*)0,&g_110}};
                int32_t l_572 = (-1L);
                int32_t l_573[4] = {0L,0L,0L,0L};
                uint32_t l_581 = 0UL;
                int i, j;
                if (((safe_rshift_func_int16_t_s_s(0L, 7)) && l_510[1][0]))
                { /* block id: 221 */
                    int32_t l_511 = 0xBA4C015FL;
                    int64_t l_512 = (-5L);
                    int32_t l_514[2];
                    int32_t *l_516 = (void*)0;
                    int32_t *l_517 = &l_515;
                    int32_t *l_518[9][9][3] = {{{&g_74,&g_55,(void*)0},{(void*)0,(void*)0,&g_55},{&g_76,&l_514[1],&l_515},{(void*)0,&l_515,&g_119},{&g_74,&g_6,&l_514[1]},{(void*)0,&g_55,&l_513},{&g_76,&l_513,(void*)0},{&g_55,&l_33,&g_74},{&g_76,&l_514[1],&g_119}},{{(void*)0,&g_76,&l_33},{&g_74,&g_6,&g_76},{(void*)0,&g_76,&l_513},{&g_76,(void*)0,&l_33},{(void*)0,&l_33,(void*)0},{&g_74,&g_55,&l_515},{(void*)0,&l_514[1],&l_515},{&g_76,&g_6,&g_76},{&g_55,&l_33,(void*)0}},{{&g_76,(void*)0,&l_33},{(void*)0,(void*)0,&g_74},{&g_74,(void*)0,&l_513},{(void*)0,&g_76,&l_515},{&g_76,&g_76,&l_514[1]},{(void*)0,&l_33,&g_119},{&g_74,&l_513,&l_33},{(void*)0,&l_514[0],&g_55},{&g_76,&g_55,(void*)0}},{{&g_74,&g_74,(void*)0},{&g_74,&g_76,&g_74},{(void*)0,(void*)0,(void*)0},{&l_33,(void*)0,&g_119},{(void*)0,&g_119,&g_74},{(void*)0,&g_74,&l_515},{(void*)0,&g_74,&g_119},{&l_33,&g_119,&l_514[1]},{(void*)0,&g_55,&l_514[0]}},{{&g_74,&l_33,&g_119},{&g_74,&g_74,(void*)0},{&g_74,&g_74,&g_6},{(void*)0,&g_119,(void*)0},{&l_33,&l_513,(void*)0},{(void*)0,(void*)0,&l_514[0]},{(void*)0,&l_514[1],&l_514[1]},{(void*)0,&g_74,(void*)0},{&l_33,&g_76,&l_515}},{{(void*)0,&l_515,&g_6},{&g_74,&g_119,(void*)0},{&g_74,(void*)0,(void*)0},{&g_74,&l_514[1],&g_6},{(void*)0,&g_119,(void*)0},{&l_33,&g_76,(void*)0},{(void*)0,&g_119,&g_6},{(void*)0,&g_76,&l_514[1]},{(void*)0,(void*)0,&g_76}},{{&l_33,&l_33,&l_514[1]},{(void*)0,&l_513,&g_74},{&g_74,&g_76,(void*)0},{&g_74,&g_74,(void*)0},{&g_74,&g_76,&g_74},{(void*)0,(void*)0,(void*)0},{&l_33,(void*)0,&g_119},{(void*)0,&g_119,&g_74},{(void*)0,&g_74,&l_515}},{{(void*)0,&g_74,&g_119},{&l_33,&g_119,&l_514[1]},{(void*)0,&g_55,&l_514[0]},{&g_74,&l_33,&g_119},{&g_74,&g_74,(void*)0},{&g_74,&g_74,&g_6},{(void*)0,&g_119,(void*)0},{&l_33,&l_513,(void*)0},{(void*)0,(void*)0,&l_514[0]}},{{(void*)0,&l_514[1],&l_514[1]},{(void*)0,&g_74,(void*)0},{&l_33,&g_76,&l_515},{(void*)0,&l_515,&g_6},{&g_74,&g_119,(void*)0},{&g_74,(void*)0,(void*)0},{&g_74,&l_514[1],&g_6},{(void*)0,&g_119,(void*)0},{&l_33,&g_76,(void*)0}}};
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                        l_514[i] = 1L;
                    l_511 = 0x3D19038DL;
                    if (l_512)
                        continue;
                    l_513 |= p_14;
                    ++g_524;
                }
                else
                { /* block id: 226 */
                    int16_t *l_527 = (void*)0;
                    int16_t *l_528 = (void*)0;
                    int32_t *l_529[9][7][2] = {{{&l_519,&g_55},{&g_55,&l_519},{&g_55,&g_55},{&l_519,&g_55},{&g_55,&l_519},{&g_55,&g_55},{&l_519,&g_55}},{{&g_55,&l_519},{&g_55,&g_55},{&l_519,&g_55},{&g_55,&l_519},{&g_55,&g_55},{&l_519,&g_55},{&g_55,&g_76}},{{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519}},{{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519},{&g_76,&l_519}},{{&l_519,&g_76},{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76}},{{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519}},{{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519},{&g_76,&l_519}},{{&l_519,&g_76},{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76}},{{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519},{&g_76,&l_519},{&l_519,&g_76},{&l_519,&l_519}}};
                    int i, j, k;
                    l_523[2] = ((*g_476) ^ (g_209[5] ^= p_15));
                    l_455[1][5] = (void*)0;
                    for (g_205 = 12; (g_205 <= 28); g_205 = safe_add_func_int32_t_s_s(g_205, 4))
                    { /* block id: 232 */
                        return l_520;
                    }
                }
                for (g_119 = (-14); (g_119 == 18); g_119++)
                { /* block id: 238 */
                    uint64_t l_534 = 6UL;
                    int8_t **l_549[9] = {&g_502,&g_502,&g_502,&g_502,&g_502,&g_502,&g_502,&g_502,&g_502};
                    int32_t l_560[2][7] = {{1L,6L,1L,6L,1L,6L,1L},{0x7210A90CL,0x7210A90CL,0x7210A90CL,0x7210A90CL,0x7210A90CL,0x7210A90CL,0x7210A90CL}};
                    int i, j;
                    if (l_534)
                        break;
                    if (((safe_mod_func_int16_t_s_s(p_14, (**g_475))) || (((l_534 , (void*)0) != (void*)0) & (safe_rshift_func_int8_t_s_s((safe_sub_func_int32_t_s_s((p_15 < ((p_15 < (safe_div_func_uint32_t_u_u(g_55, ((safe_mul_func_uint16_t_u_u(p_15, p_15)) || l_522)))) & g_477)), l_513)), 3)))))
                    { /* block id: 240 */
                        const int16_t ***l_547[6][5][5] = {{{(void*)0,&g_287,&g_287,&g_287,&g_287},{&g_287,(void*)0,&g_287,&g_287,&g_287},{(void*)0,&g_287,&g_287,&g_287,(void*)0},{&g_287,(void*)0,&g_287,(void*)0,&g_287},{(void*)0,(void*)0,&g_287,(void*)0,(void*)0}},{{&g_287,(void*)0,&g_287,(void*)0,&g_287},{&g_287,(void*)0,&g_287,&g_287,&g_287},{(void*)0,(void*)0,(void*)0,(void*)0,&g_287},{&g_287,&g_287,(void*)0,(void*)0,(void*)0},{&g_287,&g_287,&g_287,&g_287,&g_287}},{{&g_287,&g_287,&g_287,(void*)0,(void*)0},{(void*)0,&g_287,(void*)0,&g_287,&g_287},{(void*)0,&g_287,&g_287,(void*)0,&g_287},{(void*)0,&g_287,(void*)0,&g_287,(void*)0},{&g_287,&g_287,&g_287,&g_287,&g_287}},{{&g_287,&g_287,&g_287,(void*)0,&g_287},{(void*)0,&g_287,(void*)0,(void*)0,&g_287},{&g_287,(void*)0,&g_287,&g_287,&g_287},{(void*)0,(void*)0,&g_287,&g_287,&g_287},{(void*)0,&g_287,(void*)0,&g_287,&g_287}},{{&g_287,&g_287,&g_287,(void*)0,&g_287},{(void*)0,&g_287,&g_287,&g_287,&g_287},{&g_287,&g_287,&g_287,&g_287,&g_287},{&g_287,&g_287,&g_287,&g_287,&g_287},{&g_287,(void*)0,&g_287,(void*)0,&g_287}},{{(void*)0,&g_287,(void*)0,(void*)0,(void*)0},{(void*)0,&g_287,&g_287,(void*)0,(void*)0},{&g_287,(void*)0,&g_287,&g_287,&g_287},{&g_287,&g_287,(void*)0,(void*)0,&g_287},{(void*)0,&g_287,&g_287,&g_287,&g_287}}};
                        const int16_t ****l_546 = &l_547[0][2][2];
                        int i, j, k;
                        l_545 = &l_520;
                        if (l_534)
                            goto lbl_507;
                        (*l_546) = &g_287;
                    }
                    else
                    { /* block id: 244 */
                        int8_t **l_548[7][8] = {{&g_502,(void*)0,(void*)0,&g_502,&g_502,&g_502,&g_502,&g_502},{&g_502,&g_502,&g_502,&g_502,&g_502,&g_502,&g_502,&g_502},{&g_502,&g_502,&g_502,&g_502,&g_502,&g_502,&g_502,&g_502},{(void*)0,(void*)0,&g_502,&g_502,&g_502,&g_502,&g_502,&g_502},{&g_502,&g_502,&g_502,&g_502,&g_502,&g_502,(void*)0,&g_502},{&g_502,&g_502,&g_502,&g_502,&g_502,&g_502,&g_502,&g_502},{&g_502,&g_502,&g_502,&g_502,(void*)0,&g_502,(void*)0,&g_502}};
                        int32_t l_559 = (-5L);
                        int16_t *l_563 = &g_106[6][0];
                        int32_t *l_565 = &g_76;
                        int32_t *l_566 = &g_55;
                        int32_t *l_567 = &l_519;
                        int32_t *l_568 = &l_559;
                        int32_t *l_569 = &l_513;
                        int32_t *l_570 = &l_523[2];
                        int32_t *l_571[10];
                        int i, j;
                        for (i = 0; i < 10; i++)
                            l_571[i] = &l_520;
                        (*l_545) ^= (l_548[5][0] != l_549[5]);
                        (*l_565) = ((*l_545) = (((safe_div_func_int64_t_s_s((safe_mul_func_int16_t_s_s((l_560[0][6] = ((safe_unary_minus_func_int8_t_s((safe_lshift_func_int8_t_s_u(p_16, g_211)))) || (((safe_rshift_func_uint8_t_u_u(p_14, 0)) <= l_559) && ((&g_325 != (void*)0) || l_510[5][0])))), ((safe_rshift_func_uint16_t_u_s((((((p_14 != ((*l_563) |= 0x5CA2L)) | 0x9BL) , &g_44) == l_564[1][1]) && g_74), 15)) || l_510[1][0]))), (-1L))) & p_14) || l_534));
                        g_576--;
                        if (p_16)
                            continue;
                    }
                    if ((safe_div_func_uint8_t_u_u(((*l_43) = (l_560[0][6] != l_572)), l_581)))
                    { /* block id: 254 */
                        if (p_15)
                            break;
                        l_455[0][0] = &l_574[1];
                        if (l_481)
                            goto lbl_507;
                    }
                    else
                    { /* block id: 258 */
                        int32_t *l_582 = &l_33;
                        g_583[3] = l_582;
                        (*l_545) &= 1L;
                    }
                    if (l_584)
                        break;
                }
                l_590 = (l_523[2] = (safe_div_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s((!(0xE9L ^ p_13)), (*g_502))), (*l_545))));
            }
        }
    }
    if (p_16)
    { /* block id: 269 */
        int32_t ** const *l_618 = (void*)0;
        int32_t ** const **l_617 = &l_618;
        uint64_t l_631 = 0x16D169DCC34096A8LL;
        int64_t l_674 = 0x9D178CF943819832LL;
        uint32_t l_682[4];
        uint64_t l_692 = 0xFC4C487F7CA0F561LL;
        int32_t ***l_725[4][10] = {{&g_155,&g_155,&g_155,&g_155,&g_155,&g_155,&g_155,&g_155,&g_155,&g_155},{&g_155,&g_155,&g_155,(void*)0,(void*)0,&g_155,&g_155,&g_155,&g_155,&g_155},{&g_155,&g_155,(void*)0,&g_155,&g_155,&g_155,&g_155,&g_155,&g_155,(void*)0},{&g_155,&g_155,(void*)0,&g_155,&g_155,&g_155,(void*)0,&g_155,&g_155,(void*)0}};
        int32_t l_728 = 0x65CF3225L;
        uint64_t l_743 = 0x417585285669637DLL;
        uint16_t l_770 = 1UL;
        int16_t l_817 = 0xB036L;
        uint16_t l_836 = 0UL;
        uint64_t l_942 = 0x4A91E3E665230B8CLL;
        int16_t * const *l_998 = &g_614;
        int i, j;
        for (i = 0; i < 4; i++)
            l_682[i] = 0xF1ACEF21L;
        l_574[1] ^= 0x4B2C221EL;
    }
    else
    { /* block id: 467 */
        int32_t **l_1022 = &g_583[3];
        uint16_t * const *l_1064[3][6] = {{&g_62,&g_62,&g_62,&g_62,&g_62,&g_62},{&g_62,&g_62,&g_62,&g_62,&g_62,&g_62},{&g_62,&g_62,&g_62,&g_62,&g_62,&g_62}};
        uint64_t * const l_1126 = &g_524;
        int32_t l_1172 = (-1L);
        int32_t l_1173 = (-6L);
        int32_t l_1174 = 0x6C4623F7L;
        int32_t l_1176 = (-1L);
        int32_t l_1177 = 0xA42D8074L;
        int32_t l_1179 = 0xB97C671AL;
        int i, j;
        (*l_1022) = &l_574[0];
        for (g_44 = 0; (g_44 <= 42); ++g_44)
        { /* block id: 471 */
            int8_t l_1035 = 0xC4L;
            uint32_t *l_1041 = &l_453;
            uint64_t l_1042[5][8] = {{0x8410FD8A4B25666ALL,0xEB9DC05BE219913FLL,4UL,0x8410FD8A4B25666ALL,4UL,0xEB9DC05BE219913FLL,0x8410FD8A4B25666ALL,0xEB000EB78F0A2C3ALL},{5UL,0x6C324D8F77188E42LL,18446744073709551611UL,0x8410FD8A4B25666ALL,0x8410FD8A4B25666ALL,18446744073709551611UL,0x6C324D8F77188E42LL,5UL},{0xEB000EB78F0A2C3ALL,0x8410FD8A4B25666ALL,0xEB9DC05BE219913FLL,4UL,0x8410FD8A4B25666ALL,4UL,0xEB9DC05BE219913FLL,0x8410FD8A4B25666ALL},{5UL,0xEB9DC05BE219913FLL,0xEB000EB78F0A2C3ALL,5UL,4UL,4UL,5UL,0xEB000EB78F0A2C3ALL},{0x8410FD8A4B25666ALL,0x8410FD8A4B25666ALL,18446744073709551611UL,0x6C324D8F77188E42LL,5UL,18446744073709551611UL,5UL,0x6C324D8F77188E42LL}};
            int64_t *l_1043[5][7] = {{&g_228,&g_228,&l_632,&l_632,&g_228,&g_228,&g_228},{&g_228,&g_916,&g_916,&g_228,&g_72[1],&g_228,&g_916},{&g_228,&g_228,&g_228,&l_632,&g_228,&g_228,&g_228},{&l_632,&g_916,&g_916,&g_916,&l_632,&l_632,&g_916},{&g_72[1],&g_228,&g_72[1],&g_228,&g_228,&g_72[1],&g_228}};
            uint8_t *l_1044 = &g_1006;
            uint16_t ****l_1052 = (void*)0;
            int32_t l_1067 = 0x1A48B120L;
            int32_t l_1171 = 0xE45D2E61L;
            int32_t l_1175 = 0xD4526736L;
            int32_t l_1178 = 0x660E3D65L;
            uint32_t l_1225[2];
            int16_t l_1226 = 0x5762L;
            int16_t l_1241 = 0x3804L;
            const int32_t *l_1245[4];
            int i, j;
            for (i = 0; i < 2; i++)
                l_1225[i] = 0xD9AE6E58L;
            for (i = 0; i < 4; i++)
                l_1245[i] = &g_76;
        }
    }
    l_1247--;
    return g_87[0][2][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_110 g_63 g_6 g_67 g_208
 * writes: g_110 g_87 g_67
 */
static const uint32_t  func_36(int16_t  p_37, uint8_t  p_38, int32_t  p_39, uint64_t  p_40)
{ /* block id: 188 */
    int32_t *l_429 = &g_6;
    int32_t ** const l_428 = &l_429;
    uint64_t *l_447 = &g_67;
    int32_t l_451 = (-1L);
    for (g_110 = 4; (g_110 >= 54); g_110 = safe_add_func_uint8_t_u_u(g_110, 2))
    { /* block id: 191 */
        int32_t **l_427 = (void*)0;
        int8_t *l_436 = &g_87[0][1][1];
        uint64_t *l_448 = &g_67;
        int32_t l_449 = (-1L);
        int32_t *l_450[7][6];
        int i, j;
        for (i = 0; i < 7; i++)
        {
            for (j = 0; j < 6; j++)
                l_450[i][j] = &g_55;
        }
        l_451 &= (safe_lshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s((l_427 == l_428), ((safe_div_func_uint64_t_u_u(p_40, p_37)) != (safe_div_func_uint8_t_u_u(((safe_sub_func_int8_t_s_s((-1L), ((*l_436) = p_39))) > (safe_mod_func_uint32_t_u_u(((safe_sub_func_uint32_t_u_u((((*l_447) = (safe_mul_func_int16_t_s_s(((((safe_mul_func_uint16_t_u_u((g_63 ^ (((l_447 == l_448) , 0x35A29DECL) == l_449)), (**l_428))) > (-1L)) >= l_449) & g_67), 0UL))) <= (*l_429)), p_37)) == g_208[0]), g_63))), (*l_429)))))), 11));
        (*l_428) = (*l_428);
        if (p_40)
            break;
    }
    return p_40;
}


/* ------------------------------------------ */
/* 
 * reads : g_306 g_63 g_87 g_209 g_106
 * writes: g_63 g_44 g_106 g_74
 */
static int8_t  func_45(uint16_t * p_46, uint16_t * p_47, const uint32_t  p_48)
{ /* block id: 181 */
    int8_t l_406[10][9] = {{0L,2L,7L,(-1L),1L,0x9EL,1L,(-1L),7L},{0L,0L,(-7L),0L,0x1CL,0x41L,1L,(-1L),1L},{7L,0x62L,2L,2L,0x62L,7L,0x7AL,1L,7L},{(-1L),0x15L,(-7L),0xE4L,0xC8L,0xC8L,0xE4L,(-7L),0x15L},{0x62L,0xE5L,7L,1L,1L,(-1L),0x7AL,0x7AL,(-1L)},{0x70L,(-7L),0xFCL,(-7L),0x70L,0xD8L,1L,0L,0xE4L},{0x9EL,0xE5L,1L,0x10L,1L,0x10L,1L,0xE5L,0x9EL},{0L,0x15L,0x1CL,0x70L,0L,0xD8L,0xC8L,0xD8L,0L},{7L,0x62L,0x62L,7L,0x10L,(-1L),0L,7L,1L},{0L,0L,0xC8L,0x41L,0x41L,0xC8L,0L,0L,0xFCL}};
    uint8_t *l_411 = &g_44;
    int16_t *l_419 = &g_106[4][4];
    int32_t *l_420 = &g_74;
    int i, j;
    (*l_420) = (((*l_419) |= (safe_add_func_uint16_t_u_u((l_406[4][7] & (((safe_add_func_int64_t_s_s(p_48, (((*g_306) = (*g_306)) || (((safe_sub_func_uint32_t_u_u((((((*l_411) = p_48) <= ((safe_mul_func_uint8_t_u_u((((((*g_306) = (safe_sub_func_uint32_t_u_u(((-9L) <= (safe_add_func_int64_t_s_s(((((((*g_306) , g_87[0][0][0]) , 18446744073709551615UL) , (((+(-1L)) , 6UL) ^ 0x0D08L)) , 0x83L) || l_406[4][7]), l_406[4][7]))), l_406[9][2]))) , l_406[4][7]) && 0L) & 0L), 0x5AL)) < p_48)) ^ l_406[0][5]) > l_406[2][0]), l_406[4][7])) >= 0x3E5FL) & 3L)))) > l_406[4][7]) || l_406[0][0])), g_209[2]))) , 5L);
    return p_48;
}


/* ------------------------------------------ */
/* 
 * reads : g_44 g_55 g_62 g_6 g_67 g_72 g_87 g_63 g_21 g_74 g_110 g_76 g_141 g_119 g_211 g_106 g_208 g_228 g_122 g_204 g_306 g_305
 * writes: g_44 g_55 g_67 g_72 g_74 g_76 g_87 g_110 g_141 g_155 g_122 g_119 g_211 g_63 g_228 g_305 g_325
 */
static const uint32_t  func_49(int8_t  p_50)
{ /* block id: 5 */
    const int32_t l_84 = 0x68A7991AL;
    int32_t l_128 = 0L;
    int32_t l_137 = (-4L);
    int64_t l_138[2][7] = {{(-1L),(-3L),(-3L),(-1L),(-3L),(-3L),(-1L)},{0x2AC01E45C98E270ALL,4L,0x2AC01E45C98E270ALL,0x2AC01E45C98E270ALL,4L,0x2AC01E45C98E270ALL,0x2AC01E45C98E270ALL}};
    int32_t l_139 = 3L;
    int32_t l_140 = (-1L);
    uint64_t *l_160 = &g_67;
    int32_t *l_164 = &l_137;
    int32_t ***l_350 = (void*)0;
    uint16_t l_400 = 0x77D8L;
    int i, j;
    for (g_44 = (-3); (g_44 >= 54); g_44 = safe_add_func_uint16_t_u_u(g_44, 2))
    { /* block id: 8 */
        int8_t l_88 = 0x57L;
        int32_t l_107 = (-1L);
        int32_t l_118 = 0x429D7966L;
        uint8_t *l_175 = (void*)0;
        uint8_t *l_176[3][5] = {{&g_110,&g_110,&g_110,&g_110,&g_110},{&g_110,&g_110,&g_110,&g_110,&g_110},{&g_110,&g_110,&g_110,&g_110,&g_110}};
        int32_t l_177 = 0x2DABF531L;
        int64_t *l_178[6][10][1];
        int32_t l_179 = 0x99080DE7L;
        uint64_t l_259 = 0x23F3548BEFD341B8LL;
        uint16_t * const *l_260 = (void*)0;
        uint16_t l_292 = 0x228BL;
        int16_t *l_328[6][5][7] = {{{&g_209[5],&g_106[2][1],&g_209[1],&g_106[4][4],&g_209[2],(void*)0,&g_106[4][4]},{&g_209[2],&g_106[4][4],&g_209[2],&g_106[4][4],&g_209[5],&g_106[4][4],(void*)0},{&g_209[2],&g_106[4][4],&g_209[2],&g_106[4][4],(void*)0,&g_209[4],&g_106[4][4]},{&g_209[2],&g_106[7][4],(void*)0,(void*)0,&g_209[2],&g_209[2],&g_106[2][3]},{&g_106[4][4],&g_106[4][4],&g_209[2],(void*)0,(void*)0,&g_106[0][0],&g_209[2]}},{{&g_209[3],&g_106[4][4],&g_106[4][4],&g_209[2],&g_106[4][4],&g_209[1],&g_209[2]},{(void*)0,&g_209[3],&g_106[5][3],&g_209[2],&g_106[6][0],&g_209[2],&g_209[3]},{&g_106[4][4],&g_209[2],&g_106[5][3],&g_209[1],&g_106[4][4],&g_106[4][4],&g_209[4]},{&g_106[4][4],&g_209[4],&g_106[4][4],(void*)0,&g_209[2],&g_106[4][4],&g_106[5][1]},{(void*)0,(void*)0,&g_209[2],&g_209[2],&g_106[4][4],&g_106[4][4],(void*)0}},{{&g_209[2],&g_106[5][1],(void*)0,(void*)0,(void*)0,&g_209[2],&g_209[2]},{&g_106[2][1],(void*)0,&g_209[2],&g_209[5],(void*)0,&g_106[4][4],&g_106[4][4]},{&g_209[2],(void*)0,&g_209[2],(void*)0,&g_209[2],&g_106[4][4],&g_106[6][3]},{(void*)0,&g_209[2],&g_209[1],&g_209[2],&g_106[4][4],&g_106[4][4],&g_209[2]},{&g_106[4][4],&g_209[2],&g_209[2],&g_106[4][4],&g_209[4],(void*)0,(void*)0}},{{(void*)0,&g_209[2],&g_106[0][3],&g_106[1][4],&g_106[4][4],&g_106[4][4],&g_209[2]},{&g_209[2],&g_209[2],&g_209[2],&g_209[1],&g_209[3],(void*)0,&g_209[5]},{&g_106[2][1],&g_106[4][4],&g_106[1][4],(void*)0,&g_106[4][4],&g_209[2],&g_209[2]},{&g_209[2],&g_209[2],&g_106[4][4],&g_209[2],&g_209[5],&g_209[2],&g_209[2]},{(void*)0,&g_106[4][4],&g_209[2],&g_209[0],&g_209[2],(void*)0,&g_209[3]}},{{&g_106[4][4],&g_106[4][4],&g_106[4][4],&g_209[5],(void*)0,&g_209[4],&g_106[4][4]},{&g_106[4][4],&g_209[2],&g_209[3],&g_106[2][3],&g_209[2],&g_209[4],&g_209[2]},{(void*)0,&g_106[5][1],(void*)0,&g_106[4][4],(void*)0,(void*)0,&g_106[4][4]},{&g_209[3],&g_209[2],&g_106[4][4],(void*)0,&g_106[7][4],&g_209[2],&g_209[1]},{&g_106[4][4],&g_209[2],&g_209[2],&g_209[2],(void*)0,&g_209[2],&g_209[5]}},{{&g_209[2],&g_209[2],&g_209[2],(void*)0,&g_209[4],(void*)0,(void*)0},{&g_209[2],&g_106[0][0],&g_209[2],&g_106[4][4],&g_106[4][4],&g_209[2],&g_106[0][0]},{(void*)0,&g_209[2],&g_106[7][4],&g_209[2],&g_209[1],(void*)0,&g_209[4]},{&g_106[4][4],&g_106[4][4],&g_106[4][4],&g_209[2],&g_106[7][4],&g_106[4][4],&g_209[2]},{(void*)0,&g_106[4][4],&g_209[2],&g_209[2],&g_209[4],&g_106[2][1],&g_209[2]}}};
        uint32_t l_352 = 6UL;
        int32_t *l_377 = (void*)0;
        int i, j, k;
        for (i = 0; i < 6; i++)
        {
            for (j = 0; j < 10; j++)
            {
                for (k = 0; k < 1; k++)
                    l_178[i][j][k] = &l_138[0][6];
            }
        }
        for (p_50 = 0; (p_50 != 11); ++p_50)
        { /* block id: 11 */
            uint8_t *l_79 = &g_44;
            int32_t l_108[9][1];
            int i, j;
            for (i = 0; i < 9; i++)
            {
                for (j = 0; j < 1; j++)
                    l_108[i][j] = 0x71313D86L;
            }
            for (g_55 = 0; (g_55 >= 26); ++g_55)
            { /* block id: 14 */
                uint64_t *l_66[1];
                int32_t l_85[1][5][9] = {{{0L,0x152F54C4L,0L,0xFF0D54DFL,0xF8A1C32FL,0x2C157B4CL,0xCA98D253L,0xCA98D253L,0x2C157B4CL},{0x4FEF511EL,1L,(-3L),1L,0x4FEF511EL,0x0B4C8B43L,0x8C043881L,0x5A1655EDL,0x5A1655EDL},{0x8C190CC4L,9L,0x2C157B4CL,0xFF0D54DFL,0x2C157B4CL,9L,0x8C190CC4L,0xF8A1C32FL,1L},{(-8L),0x5C16B7C5L,1L,0x0B4C8B43L,0xB3F04BF7L,0x0B4C8B43L,1L,0x5C16B7C5L,(-8L)},{9L,(-1L),0xCA98D253L,0xF8A1C32FL,0x6A4789C2L,0x2C157B4CL,0x6A4789C2L,0xF8A1C32FL,0xCA98D253L}}};
                int8_t *l_86 = &g_87[0][0][0];
                uint16_t *l_103 = (void*)0;
                int32_t *l_153 = &l_128;
                int32_t **l_152 = &l_153;
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_66[i] = &g_67;
                if (((safe_lshift_func_int16_t_s_u(g_55, (safe_lshift_func_uint8_t_u_u((((*l_86) |= (((g_62 == &g_63) , (((g_6 < func_64((g_67++))) | (((void*)0 != l_79) == ((safe_mul_func_int16_t_s_s((safe_mod_func_int64_t_s_s((l_85[0][0][4] ^= (p_50 != ((p_50 || p_50) | l_84))), p_50)), 1L)) != 4294967289UL))) , p_50)) != g_44)) > g_63), l_88)))) < 0x1607L))
                { /* block id: 24 */
                    int32_t l_102 = (-1L);
                    int32_t *l_104 = &g_76;
                    int16_t *l_105[3];
                    uint8_t *l_109[6][6] = {{&g_44,&g_110,(void*)0,&g_44,&g_44,(void*)0},{&g_44,&g_44,&g_44,&g_110,&g_44,&g_110},{&g_110,&g_44,&g_110,(void*)0,&g_44,&g_44},{&g_44,&g_110,&g_110,&g_44,&g_44,&g_110},{&g_110,&g_44,&g_44,&g_44,&g_110,(void*)0},{&g_44,&g_110,(void*)0,(void*)0,&g_110,&g_44}};
                    int i, j;
                    for (i = 0; i < 3; i++)
                        l_105[i] = &g_106[4][4];
                    if ((safe_lshift_func_int16_t_s_s((g_21 <= (safe_unary_minus_func_uint32_t_u(l_84))), (safe_mul_func_int8_t_s_s(((*l_86) = (l_84 > (g_87[0][0][0] , (g_67 = ((((((((safe_div_func_uint8_t_u_u((g_110 |= (((l_107 = (((p_50 & l_85[0][4][0]) == ((*l_104) = (safe_lshift_func_uint8_t_u_u((l_102 | (((&g_63 != l_103) < 0x953CD9AAC9FE4BF8LL) >= g_87[0][0][0])), g_87[0][1][0])))) != p_50)) >= l_108[5][0]) , g_74)), g_67)) < g_55) == l_108[5][0]) , (void*)0) == &l_88) > l_108[5][0]) && g_67) <= 0L))))), 1L)))))
                    { /* block id: 30 */
                        return p_50;
                    }
                    else
                    { /* block id: 32 */
                        return (*l_104);
                    }
                }
                else
                { /* block id: 35 */
                    int32_t *l_112 = &l_85[0][0][2];
                    int32_t **l_111 = &l_112;
                    int32_t l_121 = 6L;
                    int32_t l_123 = 0xA947FBA1L;
                    int32_t l_124 = 0xEA94D18AL;
                    uint32_t l_125 = 3UL;
                    int32_t *l_129 = (void*)0;
                    int32_t *l_130 = &g_76;
                    int32_t *l_131 = &l_85[0][0][4];
                    int32_t *l_132 = &g_76;
                    int32_t *l_133 = &l_121;
                    int32_t *l_134 = &g_74;
                    int32_t *l_135 = &g_119;
                    int32_t *l_136[5][6][8] = {{{&l_85[0][3][0],&g_74,&l_85[0][0][4],&l_108[6][0],(void*)0,&l_107,(void*)0,&g_55},{&l_107,&g_55,&l_85[0][0][4],(void*)0,&l_123,&g_55,&g_6,&g_119},{&g_119,&l_121,(void*)0,&l_123,(void*)0,&l_121,&g_119,&g_76},{&l_124,&g_55,(void*)0,&g_74,(void*)0,&g_76,&l_124,&g_55},{&g_55,&l_108[6][0],&g_76,(void*)0,(void*)0,&g_76,&l_108[5][0],&l_123},{&l_124,&l_108[2][0],&g_55,&g_55,(void*)0,&l_107,&l_85[0][0][4],&l_108[5][0]}},{{&g_119,&l_107,&l_107,&g_76,&l_123,&g_76,&g_76,&l_123},{&l_107,(void*)0,(void*)0,&l_107,(void*)0,(void*)0,&g_74,&l_107},{&l_85[0][3][0],&g_55,&l_123,&g_6,&g_76,&l_107,&g_74,&l_85[0][0][4]},{&g_74,&g_55,&g_55,(void*)0,&g_119,(void*)0,&l_123,&g_76},{&l_85[0][0][4],(void*)0,&l_108[2][0],&g_6,(void*)0,(void*)0,(void*)0,&l_85[0][3][0]},{&l_107,&l_108[5][0],&g_119,&l_108[2][0],&l_108[0][0],&l_108[2][0],&g_119,&l_108[5][0]}},{{&l_85[0][0][4],&l_107,&l_124,&g_55,&l_107,&g_55,(void*)0,(void*)0},{&g_119,&l_123,&g_55,&l_108[0][0],&l_85[0][0][4],&l_123,(void*)0,&l_108[6][0]},{(void*)0,&l_108[0][0],&l_124,&g_55,(void*)0,(void*)0,&g_119,(void*)0},{(void*)0,(void*)0,&g_119,(void*)0,(void*)0,&l_107,(void*)0,(void*)0},{&g_55,&l_85[0][3][0],&l_107,&l_107,&l_85[0][3][0],&g_55,&l_85[0][0][4],&l_121},{&g_55,&l_107,&l_85[0][3][0],(void*)0,&l_121,&g_76,&g_76,&g_119}},{{(void*)0,(void*)0,&g_74,(void*)0,&l_107,(void*)0,&l_107,&l_121},{&g_55,&l_107,&l_85[0][0][4],&l_107,&g_6,(void*)0,(void*)0,(void*)0},{&g_76,&g_55,&l_108[2][0],(void*)0,&l_124,&l_85[0][0][4],&l_124,(void*)0},{&l_108[0][0],&l_121,&l_108[0][0],&g_55,&g_55,&l_85[0][0][4],&g_55,&l_108[6][0]},{&g_74,&g_76,(void*)0,&l_108[0][0],&l_123,&l_85[0][0][4],&g_55,(void*)0},{&g_74,&g_76,&g_6,&g_55,&g_55,&l_107,&l_124,&l_108[5][0]}},{{&l_108[0][0],&l_107,&g_76,&l_108[2][0],&l_124,&g_55,(void*)0,&l_85[0][3][0]},{&g_76,&g_76,&l_107,&g_6,&g_6,&l_107,&g_76,&g_76},{&g_55,(void*)0,&l_124,&l_121,&l_107,&g_76,&l_85[0][0][4],(void*)0},{(void*)0,&l_107,(void*)0,(void*)0,&l_121,&g_76,&l_108[0][0],&g_55},{&g_55,(void*)0,&l_108[5][0],&l_107,&l_85[0][3][0],&l_107,&l_108[6][0],&l_85[0][0][4]},{&g_55,&g_76,&g_76,&l_123,(void*)0,&g_55,&l_107,&g_55}}};
                    int i, j, k;
                    (*l_111) = &l_108[3][0];
                    for (g_74 = 0; (g_74 < (-16)); --g_74)
                    { /* block id: 39 */
                        int32_t *l_115 = (void*)0;
                        int32_t *l_116 = &g_76;
                        int32_t *l_117[10][1][2] = {{{&g_76,(void*)0}},{{&g_6,&g_76}},{{&l_85[0][0][3],&l_85[0][0][3]}},{{&l_85[0][0][3],&g_76}},{{&g_6,(void*)0}},{{&g_76,(void*)0}},{{&g_6,&g_76}},{{&l_85[0][0][3],&l_85[0][0][3]}},{{&l_85[0][0][3],&g_76}},{{&g_6,(void*)0}}};
                        int i, j, k;
                        l_107 &= ((**l_111) = 8L);
                        l_125--;
                    }
                    if (p_50)
                        break;
                    ++g_141[4];
                }
                for (g_76 = 12; (g_76 >= (-3)); g_76 = safe_sub_func_int64_t_s_s(g_76, 6))
                { /* block id: 49 */
                    const int32_t *l_151[4];
                    const int32_t **l_150 = &l_151[2];
                    int32_t ***l_154[3][2][9] = {{{&l_152,(void*)0,(void*)0,&l_152,&l_152,&l_152,&l_152,&l_152,&l_152},{&l_152,&l_152,(void*)0,(void*)0,&l_152,&l_152,&l_152,&l_152,&l_152}},{{&l_152,(void*)0,&l_152,(void*)0,&l_152,(void*)0,&l_152,(void*)0,&l_152},{&l_152,&l_152,(void*)0,(void*)0,&l_152,&l_152,&l_152,&l_152,&l_152}},{{(void*)0,&l_152,&l_152,&l_152,&l_152,(void*)0,&l_152,&l_152,&l_152},{&l_152,&l_152,&l_152,&l_152,&l_152,&l_152,&l_152,(void*)0,(void*)0}}};
                    int8_t *l_163 = &g_122;
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                        l_151[i] = &g_55;
                    g_119 = (g_21 || ((safe_sub_func_int16_t_s_s((-9L), ((safe_mod_func_int8_t_s_s(((*l_163) = ((*l_86) = ((l_150 == (g_155 = l_152)) , (safe_div_func_uint32_t_u_u((safe_mod_func_int32_t_s_s((p_50 , (l_160 != (p_50 , (void*)0))), (safe_add_func_uint8_t_u_u((l_88 > 0x1FB7A576L), p_50)))), l_137))))), 3UL)) , 1L))) & 0x2AD8C3D5F11A4D7BLL));
                    l_139 = ((*l_153) = p_50);
                }
                l_164 = ((*l_152) = &g_119);
            }
        }
        if (((((safe_lshift_func_int8_t_s_u(((((safe_lshift_func_uint16_t_u_s(p_50, (((0x0673AD30L != 0xA3757E1CL) || ((((0x1540130CL && 0xC0569548L) , ((l_179 |= (safe_mul_func_uint16_t_u_u((*g_62), (l_177 ^= (((p_50 < (l_107 |= (safe_rshift_func_uint16_t_u_s((safe_div_func_int16_t_s_s((g_55 , ((0x2EB6C46BL == p_50) >= g_119)), p_50)), 6)))) <= p_50) != (*l_164)))))) , p_50)) && 0x54C5L) ^ (*l_164))) , 0xC78BL))) == (-6L)) , g_74) , g_21), 4)) >= 0xC837EFFEL) , (*l_164)) , 0xDE1B850BL))
        { /* block id: 64 */
            int32_t l_185[10][4][3] = {{{0xB01084FAL,(-1L),0xCDC1F2F3L},{(-1L),0L,1L},{0xB01084FAL,0L,1L},{(-9L),0xF5613898L,0xCDC1F2F3L}},{{0L,0L,0L},{0L,0L,0xB01084FAL},{(-9L),(-1L),0L},{0xB01084FAL,(-1L),0xCDC1F2F3L}},{{(-1L),0L,1L},{0xB01084FAL,0L,1L},{(-9L),0xF5613898L,0xCDC1F2F3L},{0L,0L,0L}},{{0L,0L,0xB01084FAL},{(-9L),(-1L),0L},{0xB01084FAL,(-1L),0xCDC1F2F3L},{(-1L),0L,1L}},{{0xB01084FAL,0L,1L},{(-9L),0xF5613898L,0xCDC1F2F3L},{0L,0L,0L},{0L,0L,0xB01084FAL}},{{(-9L),(-1L),0L},{0xB01084FAL,(-1L),0xCDC1F2F3L},{(-1L),0L,1L},{0xB01084FAL,0L,1L}},{{(-9L),0xF5613898L,0xCDC1F2F3L},{0L,0L,0L},{0L,0L,0xB01084FAL},{(-9L),(-1L),0L}},{{0xB01084FAL,(-1L),0xCDC1F2F3L},{(-1L),0L,1L},{0xB01084FAL,0L,1L},{(-9L),0xF5613898L,0xCDC1F2F3L}},{{0L,0L,0L},{0L,0L,0xB01084FAL},{(-9L),(-1L),0L},{0xB01084FAL,(-1L),0xCDC1F2F3L}},{{(-1L),0L,1L},{0xB01084FAL,0L,1L},{(-9L),0xF5613898L,0xCDC1F2F3L},{0L,0L,0L}}};
            int32_t l_186 = (-2L);
            int16_t *l_195 = &g_106[1][4];
            int64_t *l_196[7];
            int32_t l_206 = 1L;
            int16_t * const * const l_288 = (void*)0;
            int i, j, k;
            for (i = 0; i < 7; i++)
                l_196[i] = &l_138[0][6];
            for (l_139 = 2; (l_139 >= 0); l_139 -= 1)
            { /* block id: 67 */
                int16_t *l_194 = &g_106[0][0];
                int32_t l_210 = 0xF1BBA7F9L;
                int32_t l_256[5][6] = {{0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL},{0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL},{0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL},{0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL},{0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL,0x5C0450BFL}};
                int32_t l_261[10][9] = {{1L,0xBA451DFCL,1L,0x6D0E17F5L,0xB4B0661EL,8L,(-8L),1L,0x7803C6ADL},{0x487B5400L,(-5L),0xDFD79E2BL,1L,1L,6L,1L,1L,0xDFD79E2BL},{0x487B5400L,0x487B5400L,0x6D0E17F5L,6L,0xD80B03E0L,0xC487F612L,0xFA8F6631L,8L,0xC1EA2AFDL},{1L,1L,(-8L),0xB4B0661EL,0x963C8BA7L,(-5L),1L,0x487B5400L,(-1L)},{0x84796355L,(-1L),0x6D0E17F5L,0x7803C6ADL,0x364FACB0L,0xD80B03E0L,0xF927BDF2L,(-8L),0xF927BDF2L},{0xB4B0661EL,0x364FACB0L,0xDFD79E2BL,0xDFD79E2BL,0x364FACB0L,0xB4B0661EL,0L,0xF8BF8A44L,0x01516D38L},{0xF8BF8A44L,0xF927BDF2L,1L,0xC1EA2AFDL,0x963C8BA7L,0x17A3B1E4L,0x6D0E17F5L,1L,1L},{6L,0xC487F612L,0x963C8BA7L,(-1L),0xD80B03E0L,(-8L),0L,(-5L),1L},{0L,1L,(-1L),0xF927BDF2L,1L,1L,0xF927BDF2L,(-1L),1L},{0x963C8BA7L,6L,0xF927BDF2L,0x01516D38L,0xB4B0661EL,0xFA8F6631L,1L,(-1L),1L}};
                int16_t *l_286[7][10][3] = {{{&g_209[2],&g_209[3],(void*)0},{&g_106[4][4],&g_106[4][4],&g_106[4][4]},{&g_209[2],(void*)0,&g_209[5]},{&g_106[4][4],&g_209[3],&g_106[4][4]},{&g_106[7][2],&g_209[3],&g_106[0][4]},{&g_209[2],(void*)0,&g_106[4][4]},{&g_209[2],&g_106[4][4],&g_209[2]},{&g_209[5],&g_209[3],&g_106[4][4]},{&g_106[1][1],&g_106[4][4],&g_106[0][4]},{&g_106[4][4],&g_106[4][4],&g_106[4][4]}},{{&g_106[4][4],&g_106[1][0],&g_209[5]},{&g_106[1][1],&g_209[2],&g_106[4][4]},{&g_209[5],&g_209[2],(void*)0},{&g_209[2],&g_209[2],&g_209[2]},{&g_209[2],&g_106[1][0],&g_209[2]},{&g_106[7][2],&g_106[4][4],&g_209[2]},{&g_106[4][4],&g_106[4][4],&g_209[2]},{&g_209[2],&g_209[3],(void*)0},{&g_106[4][4],&g_106[4][4],&g_106[4][4]},{&g_209[2],(void*)0,&g_209[5]}},{{&g_106[4][4],&g_209[3],&g_106[4][4]},{&g_106[7][2],&g_209[3],&g_106[0][4]},{&g_209[2],(void*)0,&g_106[4][4]},{&g_209[2],&g_106[4][4],&g_209[2]},{&g_209[5],&g_209[3],&g_106[4][4]},{&g_106[1][1],&g_106[4][4],&g_106[0][4]},{&g_106[4][4],&g_106[4][4],&g_106[4][4]},{&g_106[4][4],&g_106[1][0],&g_209[5]},{&g_106[1][1],&g_209[2],&g_106[4][4]},{&g_209[5],&g_209[2],(void*)0}},{{&g_209[2],&g_209[2],&g_209[2]},{&g_209[2],&g_106[1][0],&g_209[2]},{&g_106[7][2],&g_106[4][4],&g_209[2]},{&g_106[4][4],(void*)0,&g_209[2]},{&g_209[2],&g_209[2],&g_106[4][4]},{&g_106[5][4],&g_209[2],&g_106[0][1]},{&g_209[2],&g_106[4][4],&g_106[6][4]},{&g_209[2],&g_209[5],(void*)0},{&g_106[1][0],&g_209[5],&g_209[2]},{&g_209[0],&g_106[4][4],&g_209[2]}},{{(void*)0,&g_209[2],&g_209[2]},{&g_106[6][4],&g_209[2],&g_209[2]},{&g_209[2],(void*)0,&g_209[2]},{&g_209[2],&g_106[1][1],(void*)0},{&g_209[2],&g_209[2],&g_106[6][4]},{&g_209[2],&g_106[0][4],&g_106[0][1]},{&g_106[6][4],&g_106[0][4],&g_106[4][4]},{(void*)0,&g_106[0][4],&g_209[2]},{&g_209[0],&g_209[2],&g_209[0]},{&g_106[1][0],&g_106[1][1],&g_209[0]}},{{&g_209[2],(void*)0,&g_209[2]},{&g_209[2],&g_209[2],&g_106[4][4]},{&g_106[5][4],&g_209[2],&g_106[0][1]},{&g_209[2],&g_106[4][4],&g_106[6][4]},{&g_209[2],&g_209[5],(void*)0},{&g_106[1][0],&g_209[5],&g_209[2]},{&g_209[0],&g_106[4][4],&g_209[2]},{(void*)0,&g_209[2],&g_209[2]},{&g_106[6][4],&g_209[2],&g_209[2]},{&g_209[2],(void*)0,&g_209[2]}},{{&g_209[2],&g_106[1][1],(void*)0},{&g_209[2],&g_209[2],&g_106[6][4]},{&g_209[2],&g_106[0][4],&g_106[0][1]},{&g_106[6][4],&g_106[0][4],&g_106[4][4]},{(void*)0,&g_106[0][4],&g_209[2]},{&g_209[0],&g_209[2],&g_209[0]},{&g_106[1][0],&g_106[1][1],&g_209[0]},{&g_209[2],(void*)0,&g_209[2]},{&g_209[2],&g_209[2],&g_106[4][4]},{&g_106[5][4],&g_209[2],&g_106[0][1]}}};
                int i, j, k;
                for (g_55 = 0; (g_55 <= 2); g_55 += 1)
                { /* block id: 70 */
                    uint16_t l_184 = 0UL;
                    int16_t *l_193 = &g_106[4][4];
                    int16_t **l_192[4] = {&l_193,&l_193,&l_193,&l_193};
                    int32_t *l_197 = (void*)0;
                    int32_t l_207 = 2L;
                    uint16_t *l_216[1][10] = {{&g_63,&g_63,&g_63,&g_63,&g_63,&g_63,&g_63,&g_63,&g_63,&g_63}};
                    uint16_t **l_215 = &l_216[0][8];
                    int i, j;
                    if ((((safe_sub_func_uint8_t_u_u((l_186 = (safe_div_func_int64_t_s_s(l_184, l_185[1][2][2]))), (safe_lshift_func_int16_t_s_u((0x61L != (~(safe_mul_func_int8_t_s_s(0x58L, (((((p_50 < ((((l_194 = &g_106[4][4]) == l_195) | ((void*)0 != &l_195)) , 4294967290UL)) == l_184) , l_196[1]) != l_178[5][7][0]) ^ l_88))))), 3)))) , (void*)0) != l_197))
                    { /* block id: 73 */
                        int32_t *l_198 = &l_140;
                        int32_t *l_199 = (void*)0;
                        int32_t *l_200 = &l_137;
                        int32_t *l_201 = &l_186;
                        int32_t *l_202 = (void*)0;
                        int32_t *l_203[6];
                        int32_t **l_214 = &l_200;
                        uint16_t ***l_217 = &l_215;
                        int i;
                        for (i = 0; i < 6; i++)
                            l_203[i] = &l_140;
                        g_211--;
                        (*l_214) = l_200;
                        (*l_217) = l_215;
                    }
                    else
                    { /* block id: 77 */
                        int i, j;
                        g_74 |= (((void*)0 == l_178[0][1][0]) , (((*g_62) = (*g_62)) , ((safe_add_func_uint32_t_u_u((((*g_62) , (-1L)) , (g_228 = ((((+0UL) && (g_55 | (safe_div_func_int16_t_s_s((((safe_mul_func_int16_t_s_s((((safe_unary_minus_func_int8_t_s((safe_add_func_int16_t_s_s(0L, p_50)))) == (*l_164)) < g_119), g_106[4][0])) >= p_50) | p_50), p_50)))) < p_50) > 0x19L))), p_50)) , p_50)));
                        if (p_50)
                            continue;
                    }
                    (*l_164) &= p_50;
                    l_261[2][8] |= (!(safe_lshift_func_uint16_t_u_u((safe_mod_func_int32_t_s_s((p_50 <= (((((safe_lshift_func_int16_t_s_u((safe_mul_func_uint16_t_u_u((safe_add_func_uint8_t_u_u(((g_208[0] || (safe_add_func_int64_t_s_s(((l_210 &= (((((*l_160) = (safe_sub_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u(((((safe_rshift_func_int16_t_s_u((l_118 , (safe_add_func_uint64_t_u_u(((*g_62) | (g_228 && (l_206 &= (g_110 & ((g_228 & (safe_rshift_func_uint8_t_u_s(((safe_lshift_func_uint8_t_u_u((l_256[1][0] | ((*l_164) = (safe_mul_func_int16_t_s_s(0x802EL, (*l_164))))), p_50)) > p_50), 7))) != l_185[1][2][2]))))), g_21))), 15)) > p_50) > g_74) > g_87[0][0][0]), 7)), p_50)), l_259))) >= g_141[2]) , (*l_164)) | p_50)) , p_50), 0xEDE75B7436AB41BALL))) >= p_50), 0x43L)), l_256[0][1])), 9)) , l_260) != (void*)0) , l_195) != (void*)0)), 0x1D277308L)), p_50)));
                }
                for (l_210 = 0; (l_210 <= 2); l_210 += 1)
                { /* block id: 92 */
                    int32_t l_263 = (-1L);
                }
                (*l_164) = g_122;
                return l_261[2][8];
            }
            for (g_122 = 4; (g_122 >= 1); g_122 -= 1)
            { /* block id: 116 */
                uint16_t *l_303 = &g_141[3];
                uint16_t **l_302 = &l_303;
                uint16_t ***l_304[2];
                int32_t ***l_324[3];
                int32_t ****l_323 = &l_324[2];
                int32_t ***l_327 = &g_155;
                int32_t ****l_326 = &l_327;
                int i;
                for (i = 0; i < 2; i++)
                    l_304[i] = &l_302;
                for (i = 0; i < 3; i++)
                    l_324[i] = &g_155;
                if (((safe_add_func_uint32_t_u_u((((safe_unary_minus_func_uint64_t_u((((g_305 = l_302) == l_260) || (safe_rshift_func_int8_t_s_u(p_50, 5))))) , ((*l_164) = (((*l_160)++) ^ (6UL | (safe_mul_func_int16_t_s_s((safe_sub_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((1L ^ l_185[5][3][1]), (18446744073709551615UL && ((safe_add_func_int64_t_s_s(((((*l_323) = (void*)0) != ((*l_326) = (g_325 = &g_155))) <= g_63), g_44)) != g_122)))), 6)), l_185[1][2][2])), 8UL)), l_177)))))) <= l_177), g_211)) , 0xEEC759BFL))
                { /* block id: 123 */
                    int32_t *l_351[5][2][9] = {{{(void*)0,&l_186,&g_6,(void*)0,&l_128,&l_179,(void*)0,&l_139,&l_107},{(void*)0,&l_186,&l_107,(void*)0,&l_128,&l_139,(void*)0,&l_139,&l_128}},{{(void*)0,&l_186,&l_186,(void*)0,&l_128,(void*)0,(void*)0,&l_139,&g_6},{(void*)0,&l_186,&g_6,(void*)0,&l_128,&l_179,(void*)0,&l_139,&l_107}},{{(void*)0,&l_186,&l_107,(void*)0,&l_128,&l_139,(void*)0,&l_139,&l_128},{(void*)0,&l_186,&l_186,(void*)0,&l_128,(void*)0,(void*)0,&l_139,&g_6}},{{(void*)0,&l_186,&g_6,(void*)0,&l_128,&l_179,(void*)0,&l_139,&l_107},{(void*)0,&l_186,&l_107,(void*)0,&g_55,&l_107,&l_107,&l_107,&g_55}},{{&l_107,&l_186,&l_186,&l_107,&g_55,&l_179,&g_6,&l_107,&g_55},{&g_6,&l_186,&l_128,&g_6,&g_55,&l_177,&l_186,&l_107,&g_76}}};
                    int i, j, k;
                    for (g_63 = 1; (g_63 <= 4); g_63 += 1)
                    { /* block id: 126 */
                        (*l_164) = (l_328[0][1][5] != l_303);
                        l_139 ^= ((*l_164) ^= l_292);
                    }
                    if (p_50)
                        continue;
                    l_351[4][0][4] = (((safe_rshift_func_int8_t_s_u((l_186 ^ (safe_mul_func_int16_t_s_s(((((safe_add_func_int64_t_s_s(p_50, (safe_mod_func_int8_t_s_s((p_50 ^ g_122), l_186)))) > (((*l_160)--) & (((safe_mul_func_uint16_t_u_u((safe_add_func_uint8_t_u_u((safe_unary_minus_func_uint8_t_u(g_228)), (-10L))), ((((safe_sub_func_uint8_t_u_u((safe_sub_func_int32_t_s_s(((*l_164) = (7UL | (safe_lshift_func_uint16_t_u_u((p_50 >= g_119), 0)))), g_208[0])), p_50)) != 0xEF79BD0834960F4ALL) , 1UL) , (-1L)))) , &g_155) == l_350))) <= g_110) , l_186), g_204[3][1]))), p_50)) , p_50) , (void*)0);
                }
                else
                { /* block id: 135 */
                    uint64_t **l_355 = &l_160;
                    uint64_t ***l_354 = &l_355;
                    for (l_139 = 0; (l_139 <= 2); l_139 += 1)
                    { /* block id: 138 */
                        int32_t *l_353 = &l_140;
                        int i, j, k;
                        (*l_164) &= l_185[g_122][(l_139 + 1)][l_139];
                        l_352 = ((*l_164) = g_204[(g_122 + 1)][l_139]);
                        l_353 = (g_204[(g_122 + 1)][l_139] , &l_179);
                    }
                    (*l_354) = &l_160;
                }
            }
            return g_74;
        }
        else
        { /* block id: 148 */
            int64_t l_362 = 0x4417E8B6F4C6E71ALL;
            int32_t l_374 = 0x06EA8708L;
            g_55 ^= 0x86918B72L;
            for (l_107 = (-21); (l_107 < 0); ++l_107)
            { /* block id: 152 */
                uint8_t *l_373 = &g_110;
                int32_t l_382 = 0xC9D75332L;
                int32_t l_403[8] = {6L,6L,6L,6L,6L,6L,6L,6L};
                int i;
                for (l_179 = 0; (l_179 > 10); l_179++)
                { /* block id: 155 */
                    const uint16_t *l_364[10] = {&g_211,&l_292,&g_141[4],&l_292,&g_211,&g_211,&l_292,&g_141[4],&l_292,&g_211};
                    const uint16_t **l_363 = &l_364[8];
                    int i;
                    if ((safe_lshift_func_uint8_t_u_u((l_362 , (*l_164)), 3)))
                    { /* block id: 156 */
                        uint32_t l_375 = 0xD77C2A98L;
                        int32_t *l_376 = &g_6;
                        (*l_164) = ((l_363 == ((((++g_110) == p_50) == ((*g_306) | (safe_mod_func_uint16_t_u_u(3UL, (l_292 , 1L))))) , (void*)0)) , (((l_375 = (safe_add_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((g_63 == ((*l_373) = ((l_374 = ((l_373 != l_373) != (**g_305))) | g_122))), 0)), 247UL))) , p_50) >= p_50));
                        if (p_50)
                            continue;
                        l_377 = ((&g_305 == &l_363) , l_376);
                        (*l_164) &= (((*l_376) && p_50) , 0x06B9E29AL);
                    }
                    else
                    { /* block id: 165 */
                        return l_374;
                    }
                    if ((*l_377))
                        continue;
                    if (p_50)
                        break;
                }
                if (l_362)
                    break;
                (*l_164) = p_50;
                (*l_164) = (safe_lshift_func_uint8_t_u_s(((safe_sub_func_int32_t_s_s((l_382 = p_50), ((safe_mod_func_uint8_t_u_u((safe_div_func_uint16_t_u_u(((l_403[4] |= (safe_rshift_func_int16_t_s_s((((65532UL <= (((--(*g_62)) <= (*l_164)) && ((safe_add_func_int64_t_s_s(((safe_lshift_func_uint16_t_u_u((((0L && ((safe_rshift_func_uint8_t_u_s((((safe_div_func_int64_t_s_s(((~(((void*)0 == &g_62) < l_400)) != (safe_div_func_int8_t_s_s(0x3EL, 0x0FL))), 0x1D4597B526554AEELL)) , (*l_164)) | 3L), g_63)) & p_50)) | l_362) & 0x877D3E9AL), l_362)) != 0x60269586FA0E877ELL), g_6)) , p_50))) , (*l_164)) < l_177), 8))) , 1UL), 0xBEDBL)), p_50)) > p_50))) , 252UL), g_119));
            }
        }
    }
    return p_50;
}


/* ------------------------------------------ */
/* 
 * reads : g_72 g_6
 * writes: g_72 g_74 g_76
 */
static int8_t  func_64(uint64_t  p_65)
{ /* block id: 16 */
    int64_t *l_71 = &g_72[1];
    int32_t *l_73 = &g_74;
    int32_t *l_75[1][1];
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_75[i][j] = &g_76;
    }
    l_75[0][0] = ((g_76 = ((*l_73) = (p_65 || (((*l_71) ^= (+0UL)) && g_6)))) , l_75[0][0]);
    return p_65;
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
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_44, "g_44", print_hash_value);
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_72[i], "g_72[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_74, "g_74", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_87[i][j][k], "g_87[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_106[i][j], "g_106[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_119, "g_119", print_hash_value);
    transparent_crc(g_120, "g_120", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_141[i], "g_141[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_204[i][j], "g_204[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_205, "g_205", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_208[i], "g_208[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_209[i], "g_209[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_211, "g_211", print_hash_value);
    transparent_crc(g_228, "g_228", print_hash_value);
    transparent_crc(g_477, "g_477", print_hash_value);
    transparent_crc(g_524, "g_524", print_hash_value);
    transparent_crc(g_576, "g_576", print_hash_value);
    transparent_crc(g_787, "g_787", print_hash_value);
    transparent_crc(g_845, "g_845", print_hash_value);
    transparent_crc(g_846, "g_846", print_hash_value);
    transparent_crc(g_916, "g_916", print_hash_value);
    transparent_crc(g_1003, "g_1003", print_hash_value);
    transparent_crc(g_1006, "g_1006", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_1146[i][j], "g_1146[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1180, "g_1180", print_hash_value);
    transparent_crc(g_1189, "g_1189", print_hash_value);
    transparent_crc(g_1216, "g_1216", print_hash_value);
    transparent_crc(g_1302, "g_1302", print_hash_value);
    transparent_crc(g_1372, "g_1372", print_hash_value);
    transparent_crc(g_1501, "g_1501", print_hash_value);
    transparent_crc(g_1503, "g_1503", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_1522[i], "g_1522[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_1662[i], "g_1662[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1703, "g_1703", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_1744[i], "g_1744[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 442
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

XXX max expression depth: 42
breakdown:
   depth: 1, occurrence: 163
   depth: 2, occurrence: 47
   depth: 3, occurrence: 6
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 7, occurrence: 1
   depth: 14, occurrence: 2
   depth: 16, occurrence: 1
   depth: 18, occurrence: 2
   depth: 19, occurrence: 1
   depth: 21, occurrence: 4
   depth: 22, occurrence: 2
   depth: 23, occurrence: 3
   depth: 24, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 4
   depth: 27, occurrence: 2
   depth: 29, occurrence: 3
   depth: 32, occurrence: 2
   depth: 33, occurrence: 3
   depth: 35, occurrence: 1
   depth: 39, occurrence: 1
   depth: 41, occurrence: 1
   depth: 42, occurrence: 1

XXX total number of pointers: 366

XXX times a variable address is taken: 1203
XXX times a pointer is dereferenced on RHS: 313
breakdown:
   depth: 1, occurrence: 216
   depth: 2, occurrence: 65
   depth: 3, occurrence: 18
   depth: 4, occurrence: 14
XXX times a pointer is dereferenced on LHS: 212
breakdown:
   depth: 1, occurrence: 180
   depth: 2, occurrence: 26
   depth: 3, occurrence: 4
   depth: 4, occurrence: 2
XXX times a pointer is compared with null: 33
XXX times a pointer is compared with address of another variable: 8
XXX times a pointer is compared with another pointer: 14
XXX times a pointer is qualified to be dereferenced: 4921

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 826
   level: 2, occurrence: 249
   level: 3, occurrence: 191
   level: 4, occurrence: 135
   level: 5, occurrence: 4
XXX number of pointers point to pointers: 157
XXX number of pointers point to scalars: 209
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 30.1
XXX average alias set size: 1.62

XXX times a non-volatile is read: 1902
XXX times a non-volatile is write: 763
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 8

XXX stmts: 173
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 19
   depth: 1, occurrence: 25
   depth: 2, occurrence: 22
   depth: 3, occurrence: 31
   depth: 4, occurrence: 38
   depth: 5, occurrence: 38

XXX percentage a fresh-made variable is used: 15.3
XXX percentage an existing variable is used: 84.7
********************* end of statistics **********************/

