/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 17 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      17
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0xAC204E2DL;
static int32_t g_36 = 1L;
static int32_t g_61 = 7L;
static int32_t * const g_65 = (void*)0;
static int32_t * const *g_64[8][3] = {{&g_65,&g_65,&g_65},{&g_65,&g_65,&g_65},{&g_65,&g_65,&g_65},{&g_65,&g_65,&g_65},{&g_65,&g_65,&g_65},{&g_65,(void*)0,&g_65},{&g_65,&g_65,&g_65},{&g_65,&g_65,&g_65}};
static uint8_t g_75 = 1UL;
static uint64_t g_91 = 0x498492E769E88CDALL;
static uint32_t g_93 = 0xDD8C90CCL;
static uint16_t g_96 = 65529UL;
static int32_t *g_101 = &g_61;
static int32_t **g_100 = &g_101;
static int16_t g_124 = 0x414AL;
static int64_t g_142[3] = {(-2L),(-2L),(-2L)};
static int32_t g_143[9] = {0L,0L,0L,0L,0L,0L,0L,0L,0L};
static int16_t *g_267 = &g_124;
static int16_t **g_266 = &g_267;
static uint32_t g_287 = 0x8DC894F3L;
static uint64_t g_328 = 0x30CB72F35EB201C3LL;
static uint64_t g_366[2][4] = {{9UL,9UL,9UL,9UL},{9UL,9UL,9UL,9UL}};
static int8_t g_383 = 1L;
static uint8_t *g_465 = &g_75;
static uint8_t **g_464 = &g_465;
static int64_t g_467 = 0x2CC8573C973EF668LL;
static int64_t *g_466[5][6][2] = {{{&g_467,(void*)0},{&g_467,&g_467},{&g_467,&g_467},{(void*)0,(void*)0},{(void*)0,&g_467},{&g_467,(void*)0}},{{&g_467,&g_467},{&g_467,(void*)0},{&g_467,&g_467},{(void*)0,(void*)0},{(void*)0,&g_467},{&g_467,&g_467}},{{&g_467,(void*)0},{&g_467,&g_467},{&g_467,&g_467},{&g_467,&g_467},{&g_467,&g_467},{&g_467,&g_467}},{{&g_467,(void*)0},{&g_467,(void*)0},{&g_467,(void*)0},{&g_467,(void*)0},{&g_467,&g_467},{&g_467,&g_467}},{{&g_467,&g_467},{&g_467,&g_467},{&g_467,&g_467},{&g_467,(void*)0},{&g_467,&g_467},{&g_467,&g_467}}};
static uint32_t *g_478 = &g_93;
static uint32_t **g_477 = &g_478;
static uint32_t ** const *g_476 = &g_477;
static uint64_t *g_502 = &g_91;
static uint64_t **g_501 = &g_502;
static int32_t g_572[5][4][6] = {{{0xB1043792L,0xEBA14AB6L,1L,0xB1043792L,1L,0xEBA14AB6L},{(-1L),0xEBA14AB6L,0x6B789D6CL,(-1L),1L,1L},{1L,0xEBA14AB6L,0xEBA14AB6L,1L,1L,0x6B789D6CL},{0xB1043792L,0xEBA14AB6L,1L,0xB1043792L,1L,0xEBA14AB6L}},{{(-1L),0xEBA14AB6L,0x6B789D6CL,(-1L),1L,1L},{1L,0xEBA14AB6L,0xEBA14AB6L,1L,1L,0x6B789D6CL},{0xB1043792L,0xEBA14AB6L,1L,0xB1043792L,1L,0xEBA14AB6L},{(-1L),0xEBA14AB6L,0x6B789D6CL,(-1L),1L,1L}},{{1L,0xEBA14AB6L,0xEBA14AB6L,1L,1L,0x6B789D6CL},{0xB1043792L,0xEBA14AB6L,1L,0xB1043792L,1L,0xEBA14AB6L},{(-1L),0xEBA14AB6L,0x6B789D6CL,(-1L),1L,1L},{1L,0xEBA14AB6L,0xEBA14AB6L,1L,1L,0x6B789D6CL}},{{0xB1043792L,0xEBA14AB6L,1L,0xB1043792L,1L,0xEBA14AB6L},{(-1L),0xEBA14AB6L,0x6B789D6CL,(-1L),1L,1L},{1L,0xEBA14AB6L,0xEBA14AB6L,1L,1L,0x6B789D6CL},{0xB1043792L,0xEBA14AB6L,1L,0xB1043792L,1L,0xEBA14AB6L}},{{(-1L),0xEBA14AB6L,0x6B789D6CL,(-1L),1L,1L},{1L,0xEBA14AB6L,0xEBA14AB6L,1L,1L,0x6B789D6CL},{0xB1043792L,0xEBA14AB6L,1L,0xB1043792L,1L,0xEBA14AB6L},{(-1L),0xEBA14AB6L,0x6B789D6CL,(-1L),1L,1L}}};
static int16_t g_575 = 0x9F3CL;
static int8_t g_627 = 0x1AL;
static const int32_t g_648 = 1L;
static uint64_t g_665 = 0x58ABA4CD95815F34LL;
static uint64_t * const g_664 = &g_665;
static uint64_t * const *g_663[9][6][1] = {{{(void*)0},{&g_664},{(void*)0},{&g_664},{&g_664},{&g_664}},{{&g_664},{&g_664},{&g_664},{&g_664},{&g_664},{(void*)0}},{{&g_664},{&g_664},{&g_664},{&g_664},{(void*)0},{&g_664}},{{&g_664},{(void*)0},{&g_664},{&g_664},{&g_664},{&g_664}},{{&g_664},{&g_664},{&g_664},{(void*)0},{&g_664},{&g_664}},{{(void*)0},{&g_664},{&g_664},{&g_664},{&g_664},{&g_664}},{{&g_664},{&g_664},{(void*)0},{&g_664},{&g_664},{(void*)0}},{{&g_664},{&g_664},{&g_664},{&g_664},{&g_664},{&g_664}},{{&g_664},{(void*)0},{&g_664},{&g_664},{(void*)0},{&g_664}}};
static uint64_t * const **g_662 = &g_663[4][1][0];
static uint32_t *g_775 = &g_287;
static uint32_t **g_774 = &g_775;
static uint8_t * const *g_951 = (void*)0;
static int16_t g_953 = 0xEEDEL;
static const int32_t *g_957[5] = {&g_61,&g_61,&g_61,&g_61,&g_61};
static int32_t g_1038[8][5] = {{0x47F358A6L,0xF900D4C5L,(-4L),(-1L),0L},{0x47F358A6L,(-4L),0x978C289AL,(-4L),0x47F358A6L},{0xF900D4C5L,(-1L),(-1L),(-1L),0x930A3E2AL},{(-1L),(-1L),0xF900D4C5L,0xF900D4C5L,(-1L)},{0x978C289AL,(-4L),0x47F358A6L,(-1L),0x930A3E2AL},{(-4L),0xF900D4C5L,0x47F358A6L,(-3L),0x47F358A6L},{0x930A3E2AL,0x930A3E2AL,0xF900D4C5L,0x978C289AL,0L},{(-4L),0L,(-1L),0x978C289AL,0x978C289AL}};
static int32_t *g_1057[7][4] = {{&g_36,&g_61,&g_36,&g_61},{&g_36,&g_61,&g_36,&g_61},{&g_36,&g_61,&g_36,&g_61},{&g_36,&g_61,&g_36,&g_61},{&g_36,&g_61,&g_36,&g_61},{&g_36,&g_61,&g_36,&g_61},{&g_36,&g_61,&g_36,&g_61}};
static uint64_t * const **g_1061 = &g_663[4][1][0];
static uint64_t * const ***g_1060[8] = {&g_1061,&g_1061,&g_1061,&g_1061,&g_1061,&g_1061,&g_1061,&g_1061};
static uint16_t g_1115 = 1UL;
static const int8_t *g_1146 = (void*)0;
static const int8_t **g_1145 = &g_1146;
static const uint64_t *g_1161 = (void*)0;
static const uint64_t **g_1160[9] = {&g_1161,&g_1161,&g_1161,&g_1161,&g_1161,&g_1161,&g_1161,&g_1161,&g_1161};
static uint32_t g_1172 = 0xD133600FL;
static const uint16_t g_1258 = 0x1279L;
static uint64_t g_1323 = 18446744073709551612UL;
static int8_t * const **g_1456 = (void*)0;
static uint32_t g_1546 = 8UL;
static int8_t g_1550 = (-10L);
static const int8_t g_1558 = 7L;
static uint8_t g_1616 = 3UL;
static const uint32_t g_1654[4] = {4294967295UL,4294967295UL,4294967295UL,4294967295UL};
static const uint32_t g_1656[8] = {0xCC3E692BL,1UL,0xCC3E692BL,0xCC3E692BL,1UL,0xCC3E692BL,0xCC3E692BL,1UL};
static const uint32_t *g_1655[10] = {&g_1656[3],&g_1656[3],&g_1656[3],&g_1656[3],&g_1656[3],&g_1656[3],&g_1656[3],&g_1656[3],&g_1656[3],&g_1656[3]};
static int8_t * const g_1699 = (void*)0;
static int8_t * const *g_1698 = &g_1699;
static int8_t *g_1702 = &g_627;
static int8_t **g_1701[1][1] = {{&g_1702}};
static int8_t ***g_1700 = &g_1701[0][0];
static const int32_t g_1739 = (-1L);
static int8_t g_1844 = (-1L);


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static uint32_t  func_5(uint16_t  p_6, int16_t  p_7, int8_t  p_8);
static int16_t  func_14(int16_t  p_15, uint8_t  p_16, uint64_t  p_17);
static int16_t  func_19(int64_t  p_20, uint16_t  p_21, uint16_t  p_22, int8_t  p_23, uint8_t  p_24);
static int32_t * func_40(const int32_t * p_41);
static int32_t * func_42(int32_t * p_43, const int8_t  p_44, int32_t * p_45, uint64_t  p_46);
static int32_t * func_47(int32_t * p_48, const uint8_t  p_49, int64_t  p_50);
static uint8_t  func_68(int64_t  p_69, uint16_t  p_70, const int8_t  p_71, int32_t ** p_72, uint64_t  p_73);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_664 g_665 g_96 g_501 g_502 g_91 g_266 g_267 g_124 g_477 g_478 g_93 g_476
 * writes: g_2 g_1844
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_9 = 0x1220985AL;
    const uint16_t *l_1117[4] = {&g_1115,&g_1115,&g_1115,&g_1115};
    int8_t *l_1148 = (void*)0;
    int8_t **l_1147 = &l_1148;
    int32_t l_1171 = (-1L);
    uint32_t l_1218 = 18446744073709551609UL;
    int8_t l_1229 = 7L;
    int16_t l_1248 = (-10L);
    uint32_t l_1252[8] = {0x1BBB651CL,1UL,1UL,0x1BBB651CL,1UL,1UL,0x1BBB651CL,1UL};
    int64_t l_1282 = 6L;
    int32_t *l_1285[3];
    uint32_t l_1306 = 3UL;
    int64_t l_1340 = 0xEC5BA591722F7796LL;
    int64_t l_1414 = (-4L);
    int32_t * const l_1439[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint8_t l_1487 = 0xFBL;
    uint16_t l_1500 = 65535UL;
    int8_t *l_1559 = &g_383;
    int8_t *l_1560 = &l_1229;
    uint32_t l_1706 = 0x1B2FB3ADL;
    uint32_t l_1740 = 0x24841AD1L;
    int32_t l_1770 = 9L;
    uint32_t l_1777[8] = {18446744073709551607UL,18446744073709551607UL,18446744073709551607UL,18446744073709551607UL,18446744073709551607UL,18446744073709551607UL,18446744073709551607UL,18446744073709551607UL};
    uint16_t *l_1826 = &g_96;
    uint16_t **l_1825[10] = {&l_1826,&l_1826,&l_1826,&l_1826,&l_1826,&l_1826,&l_1826,&l_1826,&l_1826,&l_1826};
    uint64_t *l_1843[4][7] = {{&g_1323,&g_1323,&g_1323,&g_1323,&g_1323,&g_1323,&g_1323},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_1323,&g_1323,&g_1323,&g_1323,&g_1323,&g_1323,&g_1323},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
    uint16_t l_1845 = 65535UL;
    uint8_t l_1846 = 1UL;
    uint64_t l_1847 = 0x351C48CBDBB37235LL;
    const uint8_t l_1848 = 0xA5L;
    int16_t l_1849 = 0x6298L;
    int32_t l_1850[4];
    int i, j;
    for (i = 0; i < 3; i++)
        l_1285[i] = (void*)0;
    for (i = 0; i < 4; i++)
        l_1850[i] = 1L;
    for (g_2 = 11; (g_2 > 10); g_2--)
    { /* block id: 3 */
        uint8_t l_25[9];
        uint16_t *l_1114[8][6] = {{&g_1115,&g_1115,&g_1115,&g_1115,&g_1115,(void*)0},{&g_1115,&g_1115,(void*)0,(void*)0,&g_1115,&g_1115},{(void*)0,&g_1115,&g_1115,&g_1115,&g_1115,&g_1115},{&g_1115,&g_1115,&g_1115,&g_1115,&g_1115,&g_1115},{&g_1115,(void*)0,&g_1115,&g_1115,&g_1115,&g_1115},{(void*)0,&g_1115,&g_1115,(void*)0,&g_1115,&g_1115},{&g_1115,&g_1115,&g_1115,&g_1115,&g_1115,&g_1115},{&g_1115,&g_1115,&g_1115,(void*)0,&g_1115,&g_1115}};
        int32_t l_1128 = 0x9B326AD8L;
        uint64_t l_1187 = 0x5C351980C18F5237LL;
        int8_t l_1201 = 0xB5L;
        int32_t l_1253 = 4L;
        int64_t *l_1259 = &g_467;
        const uint8_t *l_1272[7][7][3] = {{{&l_25[0],(void*)0,&l_25[4]},{&g_75,&l_25[4],&l_25[6]},{&l_25[8],&l_25[1],&l_25[4]},{&l_25[3],&l_25[3],&g_75},{&g_75,(void*)0,&g_75},{(void*)0,&g_75,&l_25[4]},{&g_75,(void*)0,&l_25[6]}},{{&g_75,(void*)0,&l_25[4]},{&l_25[8],&g_75,&g_75},{&g_75,&l_25[0],&g_75},{&l_25[1],&l_25[4],&l_25[4]},{&l_25[4],&g_75,&l_25[6]},{&l_25[3],&l_25[0],&l_25[4]},{&g_75,&l_25[8],&g_75}},{{&l_25[4],&l_25[1],&g_75},{&l_25[0],(void*)0,&l_25[4]},{&g_75,&l_25[4],&l_25[6]},{&l_25[8],&l_25[1],&l_25[4]},{&l_25[3],&l_25[3],&g_75},{&g_75,(void*)0,&g_75},{(void*)0,&g_75,&l_25[4]}},{{&g_75,(void*)0,&l_25[6]},{&g_75,(void*)0,&l_25[4]},{&l_25[8],&g_75,&g_75},{&g_75,&l_25[0],&g_75},{&l_25[1],&l_25[4],&l_25[4]},{&l_25[4],&g_75,&l_25[6]},{&l_25[3],&l_25[0],&l_25[4]}},{{&g_75,&l_25[8],&g_75},{&l_25[4],&l_25[1],&g_75},{&l_25[0],(void*)0,&l_25[4]},{&g_75,&l_25[4],&l_25[6]},{&l_25[8],&l_25[1],&l_25[4]},{&l_25[3],&l_25[3],&g_75},{&g_75,(void*)0,&g_75}},{{(void*)0,&g_75,&l_25[4]},{&g_75,(void*)0,&l_25[6]},{&g_75,(void*)0,(void*)0},{&l_25[4],(void*)0,&g_75},{&g_75,&l_25[8],&g_75},{&g_75,&g_75,(void*)0},{&l_25[4],(void*)0,(void*)0}},{{&l_25[4],&l_25[8],(void*)0},{(void*)0,&l_25[4],&g_75},{&l_25[4],&g_75,&g_75},{&l_25[8],(void*)0,(void*)0},{&l_25[4],&g_75,(void*)0},{&l_25[4],&g_75,(void*)0},{&l_25[4],&l_25[4],&g_75}}};
        const uint8_t **l_1271 = &l_1272[6][6][2];
        const uint8_t ***l_1270 = &l_1271;
        int32_t l_1296[1];
        int16_t l_1369 = 0L;
        uint8_t l_1436 = 9UL;
        uint64_t ***l_1497 = &g_501;
        int16_t l_1527 = (-1L);
        const int16_t l_1532 = 0xF1F2L;
        uint32_t l_1548 = 1UL;
        uint64_t l_1570[7];
        uint16_t l_1641 = 0x9326L;
        uint32_t l_1704[5][5][4] = {{{3UL,2UL,0x40350343L,0xCCCA046DL},{0x6C198B1FL,0xE806082CL,0x989C68FCL,0xCCCA046DL},{0x745B27DBL,2UL,0x2C5B7E3CL,0xE806082CL},{4294967295UL,0x6C198B1FL,1UL,0x6C198B1FL},{2UL,0x3EB2E48AL,0x989C68FCL,0x74B60E35L}},{{0xAF938901L,3UL,0x3EB2E48AL,0xAF938901L},{3UL,0x6C198B1FL,0xB39B67ECL,4294967295UL},{3UL,0x745B27DBL,0x3EB2E48AL,0xCCCA046DL},{0xAF938901L,4294967295UL,0x989C68FCL,0x989C68FCL},{2UL,2UL,1UL,4294967295UL}},{{4294967295UL,0xAF938901L,0x2C5B7E3CL,0x6C198B1FL},{0x745B27DBL,3UL,0x989C68FCL,0x2C5B7E3CL},{0x6C198B1FL,3UL,0x40350343L,0x6C198B1FL},{3UL,0xAF938901L,0x745B27DBL,4294967295UL},{0x3EB2E48AL,2UL,0x3EB2E48AL,0x989C68FCL}},{{0x6C198B1FL,4294967295UL,0xD4CF2209L,0xCCCA046DL},{2UL,0x745B27DBL,0x2C5B7E3CL,4294967295UL},{0xE806082CL,0x6C198B1FL,0x2C5B7E3CL,0xAF938901L},{2UL,3UL,0xD4CF2209L,0x74B60E35L},{0x6C198B1FL,0x3EB2E48AL,0x3EB2E48AL,0x6C198B1FL}},{{0x3EB2E48AL,0x6C198B1FL,0x745B27DBL,0xE806082CL},{3UL,2UL,0x40350343L,0xCCCA046DL},{0x6C198B1FL,0xE806082CL,0x989C68FCL,0xCCCA046DL},{0x745B27DBL,2UL,0x2C5B7E3CL,0xE806082CL},{4294967295UL,0x6C198B1FL,1UL,0x6C198B1FL}}};
        uint8_t l_1710 = 4UL;
        int32_t **l_1719 = &l_1285[2];
        int16_t ***l_1753[9] = {&g_266,&g_266,&g_266,&g_266,&g_266,&g_266,&g_266,&g_266,&g_266};
        int16_t ** const *l_1754 = &g_266;
        int32_t l_1780 = 0x5C2F9978L;
        int32_t l_1782[2];
        int i, j, k;
        for (i = 0; i < 9; i++)
            l_25[i] = 0x88L;
        for (i = 0; i < 1; i++)
            l_1296[i] = 0x93F8E442L;
        for (i = 0; i < 7; i++)
            l_1570[i] = 0x36D1F6ABFA4B4002LL;
        for (i = 0; i < 2; i++)
            l_1782[i] = 1L;
    }
    if ((((((((safe_mod_func_int32_t_s_s(((&l_1117[1] != l_1825[8]) , (((((*g_664) == (safe_sub_func_int64_t_s_s(((+(safe_mod_func_int64_t_s_s((safe_unary_minus_func_uint16_t_u((((-1L) | (safe_unary_minus_func_uint8_t_u((safe_mul_func_int16_t_s_s(((((((safe_mul_func_uint16_t_u_u(g_96, ((+(safe_div_func_uint64_t_u_u((**g_501), 0x7A02B7054ACBEA4FLL))) < (65532UL >= ((safe_rshift_func_uint8_t_u_s((((g_1844 = (*g_664)) >= l_1845) & l_1846), 2)) && (**g_266)))))) == (**g_477)) , (*g_478)) != 4294967295UL) <= l_1847) < 4294967295UL), (*g_267)))))) <= (***g_476)))), (*g_664)))) < 0L), l_1848))) , l_1849) >= 0UL) & (*g_502))), (**g_477))) != (-1L)) | 0x5888L) , 7L) , (**g_477)) && 0xEFEF9AA1L) || l_1850[2]))
    { /* block id: 769 */
        return (*g_478);
    }
    else
    { /* block id: 771 */
        return (*g_478);
    }
}


/* ------------------------------------------ */
/* 
 * reads : g_36 g_2 g_64 g_75 g_91 g_93 g_61 g_100 g_101 g_142 g_124 g_143 g_96 g_266 g_267 g_287 g_366 g_464 g_328 g_466 g_476 g_477 g_478 g_465 g_501 g_502 g_383 g_467 g_665 g_627 g_664 g_648 g_575 g_1038 g_1057 g_1060
 * writes: g_36 g_75 g_91 g_93 g_96 g_124 g_101 g_61 g_142 g_143 g_328 g_287 g_366 g_572 g_575 g_383 g_627 g_662 g_467 g_100 g_665 g_465 g_951 g_953 g_957 g_1038 g_1060 g_1057
 */
static uint32_t  func_5(uint16_t  p_6, int16_t  p_7, int8_t  p_8)
{ /* block id: 19 */
    int32_t *l_35[7];
    uint8_t l_37 = 255UL;
    int16_t l_1066 = 0x5DE6L;
    uint8_t ***l_1073 = (void*)0;
    uint32_t **l_1074[3][1];
    int64_t *l_1075[4];
    uint8_t l_1076[1][3][2] = {{{0x00L,0x72L},{0x00L,0x00L},{0x72L,0x00L}}};
    int8_t **l_1077 = (void*)0;
    int i, j, k;
    for (i = 0; i < 7; i++)
        l_35[i] = &g_36;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_1074[i][j] = &g_478;
    }
    for (i = 0; i < 4; i++)
        l_1075[i] = (void*)0;
    l_37++;
    for (p_6 = 0; (p_6 <= 6); p_6 += 1)
    { /* block id: 23 */
        uint64_t ***l_1063 = &g_501;
        uint64_t **** const l_1062 = &l_1063;
        int32_t l_1064 = 0x750D1115L;
        int32_t **l_1065[10][7][3] = {{{&g_1057[2][3],&g_1057[2][3],&g_1057[2][3]},{(void*)0,(void*)0,(void*)0},{&g_1057[2][3],&g_1057[6][2],&g_1057[2][3]},{&g_101,(void*)0,&g_1057[2][3]},{&g_1057[2][3],&g_1057[2][3],(void*)0},{(void*)0,&g_101,&g_1057[5][0]},{&g_1057[2][3],&g_1057[2][3],&g_1057[2][3]}},{{(void*)0,(void*)0,(void*)0},{&g_1057[1][0],&g_1057[6][2],&g_1057[2][3]},{(void*)0,(void*)0,&g_1057[5][0]},{&g_1057[2][3],&g_1057[2][3],(void*)0},{(void*)0,(void*)0,&g_1057[2][3]},{&g_1057[1][0],&g_1057[1][3],&g_1057[2][3]},{(void*)0,(void*)0,(void*)0}},{{&g_1057[2][3],&g_1057[6][2],&g_1057[1][3]},{(void*)0,&g_101,&g_101},{&g_1057[1][3],&g_1057[1][3],(void*)0},{&g_1057[5][0],(void*)0,(void*)0},{&g_1057[1][3],&g_1057[2][3],&g_1057[2][3]},{(void*)0,&g_1057[5][0],&g_1057[2][3]},{&g_1057[2][3],&g_1057[2][3],&g_1057[2][3]}},{{&g_101,(void*)0,&g_1057[3][2]},{&g_1057[2][3],&g_1057[1][3],&g_1057[2][3]},{&g_1057[3][2],&g_101,&g_1057[2][3]},{&g_1057[2][3],&g_1057[6][2],&g_1057[2][3]},{&g_1057[3][2],&g_1057[3][2],(void*)0},{&g_1057[2][3],&g_1057[2][0],(void*)0},{&g_101,&g_1057[3][2],&g_101}},{{&g_1057[2][3],&g_1057[6][2],&g_1057[1][3]},{(void*)0,&g_101,&g_101},{&g_1057[1][3],&g_1057[1][3],(void*)0},{&g_1057[5][0],(void*)0,(void*)0},{&g_1057[1][3],&g_1057[2][3],&g_1057[2][3]},{(void*)0,&g_1057[5][0],&g_1057[2][3]},{&g_1057[2][3],&g_1057[2][3],&g_1057[2][3]}},{{&g_101,(void*)0,&g_1057[3][2]},{&g_1057[2][3],&g_1057[1][3],&g_1057[2][3]},{&g_1057[3][2],&g_101,&g_1057[2][3]},{&g_1057[2][3],&g_1057[6][2],&g_1057[2][3]},{&g_1057[3][2],&g_1057[3][2],(void*)0},{&g_1057[2][3],&g_1057[2][0],(void*)0},{&g_101,&g_1057[3][2],&g_101}},{{&g_1057[2][3],&g_1057[6][2],&g_1057[1][3]},{(void*)0,&g_101,&g_101},{&g_1057[1][3],&g_1057[1][3],(void*)0},{&g_1057[5][0],(void*)0,(void*)0},{&g_1057[1][3],&g_1057[2][3],&g_1057[2][3]},{(void*)0,&g_1057[5][0],&g_1057[2][3]},{&g_1057[2][3],&g_1057[2][3],&g_1057[2][3]}},{{&g_101,(void*)0,&g_1057[3][2]},{&g_1057[2][3],&g_1057[1][3],&g_1057[2][3]},{&g_1057[3][2],&g_101,&g_1057[2][3]},{&g_1057[2][3],&g_1057[6][2],&g_1057[2][3]},{&g_1057[3][2],&g_1057[3][2],(void*)0},{&g_1057[2][3],&g_1057[2][0],(void*)0},{&g_101,&g_1057[3][2],&g_101}},{{&g_1057[2][3],&g_1057[6][2],&g_1057[1][3]},{(void*)0,&g_101,&g_101},{&g_1057[1][3],&g_1057[1][3],(void*)0},{&g_1057[5][0],(void*)0,(void*)0},{&g_1057[1][3],&g_1057[2][3],&g_1057[2][3]},{(void*)0,&g_1057[5][0],&g_1057[2][3]},{&g_1057[2][3],&g_1057[2][3],&g_1057[2][3]}},{{&g_101,(void*)0,&g_1057[3][2]},{&g_1057[2][3],&g_1057[1][3],&g_1057[2][3]},{&g_1057[3][2],&g_101,&g_1057[2][3]},{&g_1057[2][3],&g_1057[6][2],&g_1057[2][3]},{&g_1057[3][2],&g_1057[3][2],(void*)0},{&g_1057[2][3],&g_1057[2][0],(void*)0},{&g_101,&g_1057[3][2],&g_101}}};
        int i, j, k;
        g_1057[2][3] = (((l_35[0] = func_40(l_35[p_6])) != ((safe_sub_func_uint64_t_u_u(0x11281D3A7ABE6E43LL, ((9L ^ ((p_6 , (g_1060[0] = g_1060[0])) != l_1062)) == l_1064))) , &l_1064)) , &l_1064);
        return l_1066;
    }
    (*g_100) = func_47(((((g_383 = (safe_rshift_func_int8_t_s_s(((((*g_101) &= (-1L)) > 0x32CE66A4L) , ((safe_mod_func_uint64_t_u_u((((**g_477) == (safe_lshift_func_uint8_t_u_s((((p_7 | (((4294967289UL == 0x46358618L) , l_1073) == (void*)0)) || ((((l_1076[0][1][1] = ((*g_476) == l_1074[2][0])) , 0x8358L) , 0x3E6BD75EL) | (*g_478))) >= g_142[2]), p_8))) || p_8), 0xA021067CD3E723F1LL)) == p_7)), 0))) , l_1077) != (void*)0) , (*g_100)), (**g_464), p_7);
    return p_8;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int16_t  func_14(int16_t  p_15, uint8_t  p_16, uint64_t  p_17)
{ /* block id: 4 */
    uint16_t l_18 = 0x515FL;
    return l_18;
}


/* ------------------------------------------ */
/* 
 * reads : g_2
 * writes:
 */
static int16_t  func_19(int64_t  p_20, uint16_t  p_21, uint16_t  p_22, int8_t  p_23, uint8_t  p_24)
{ /* block id: 6 */
    int32_t l_26 = 9L;
    uint32_t l_34 = 0UL;
    l_26 = g_2;
    for (p_20 = 0; (p_20 != 6); p_20 = safe_add_func_uint64_t_u_u(p_20, 6))
    { /* block id: 10 */
        for (p_21 = 0; (p_21 < 41); p_21 = safe_add_func_int8_t_s_s(p_21, 9))
        { /* block id: 13 */
            uint32_t l_31[4][7][4] = {{{6UL,0UL,0x36A5B5CFL,0xBF5CBF79L},{0xDD2AC30BL,0UL,0xDD2AC30BL,0x570D9780L},{1UL,0xBF5CBF79L,4294967286UL,4294967295UL},{0UL,0x36A5B5CFL,0x6A6C65B0L,0xBF5CBF79L},{0x6DCFF2FDL,1UL,0x6A6C65B0L,0UL},{0UL,6UL,4294967286UL,0x36A5B5CFL},{0xDD2AC30BL,0xEF3CF687L,0xEF3CF687L,0xDD2AC30BL}},{{0xEF3CF687L,0xDD2AC30BL,0xAB721576L,4294967286UL},{0x6DCFF2FDL,0xB69C93E3L,0xBF5CBF79L,0x6A6C65B0L},{0xDD2AC30BL,4294967286UL,4294967295UL,0x6A6C65B0L},{0xAB721576L,0xB69C93E3L,0xEE94CCB0L,4294967286UL},{0x570D9780L,0xDD2AC30BL,0UL,0xDD2AC30BL},{0xB69C93E3L,0xEF3CF687L,4294967295UL,0x36A5B5CFL},{0x700D1A0CL,0x6DCFF2FDL,0xEF3CF687L,0x700D1A0CL}},{{0x6DCFF2FDL,0xDD2AC30BL,0x66DE6B93L,0x570D9780L},{0x6DCFF2FDL,0xAB721576L,0xEF3CF687L,0x6A6C65B0L},{0x700D1A0CL,0x570D9780L,4294967295UL,4294967295UL},{0xB69C93E3L,0xB69C93E3L,0UL,0x570D9780L},{0x570D9780L,0x700D1A0CL,0xEE94CCB0L,0xDD2AC30BL},{0xAB721576L,0x6DCFF2FDL,4294967295UL,0xEE94CCB0L},{0xDD2AC30BL,0x6DCFF2FDL,0xBF5CBF79L,0xDD2AC30BL}},{{0x6DCFF2FDL,0x700D1A0CL,0xAB721576L,0x570D9780L},{0xEF3CF687L,0xB69C93E3L,0xEF3CF687L,4294967295UL},{0xDD2AC30BL,0x570D9780L,0x25631CD1L,0x6A6C65B0L},{0xB69C93E3L,0xAB721576L,0xEE94CCB0L,0x570D9780L},{4294967286UL,0xDD2AC30BL,0xEE94CCB0L,0x700D1A0CL},{0xB69C93E3L,0x6DCFF2FDL,0x25631CD1L,0x36A5B5CFL},{0xDD2AC30BL,0xEF3CF687L,0xEF3CF687L,0xDD2AC30BL}}};
            int i, j, k;
            l_31[0][4][0]--;
        }
        return g_2;
    }
    return l_34;
}


/* ------------------------------------------ */
/* 
 * reads : g_36 g_2 g_64 g_75 g_91 g_93 g_61 g_100 g_101 g_142 g_124 g_143 g_96 g_266 g_267 g_287 g_366 g_464 g_328 g_466 g_476 g_477 g_478 g_465 g_501 g_502 g_383 g_467 g_665 g_627 g_664 g_648 g_575 g_1038 g_1057
 * writes: g_36 g_75 g_91 g_93 g_96 g_124 g_101 g_61 g_142 g_143 g_328 g_287 g_366 g_572 g_575 g_383 g_627 g_662 g_467 g_100 g_665 g_465 g_951 g_953 g_957 g_1038
 */
static int32_t * func_40(const int32_t * p_41)
{ /* block id: 24 */
    int32_t *l_51 = &g_2;
    int64_t *l_141 = &g_142[2];
    uint8_t *l_152 = (void*)0;
    uint16_t l_188 = 0xB40BL;
    const uint64_t l_222 = 0x8AEBE6639B799871LL;
    int32_t l_225 = 1L;
    int32_t l_233[8][7] = {{1L,8L,1L,8L,1L,8L,1L},{0xFBEDF6B5L,0xE7058344L,0xE7058344L,0xFBEDF6B5L,0xFBEDF6B5L,0xE7058344L,0xE7058344L},{(-3L),8L,(-3L),8L,(-3L),8L,(-3L)},{0xFBEDF6B5L,0xFBEDF6B5L,0xE7058344L,0xE7058344L,0xFBEDF6B5L,0xFBEDF6B5L,0xE7058344L},{1L,8L,1L,8L,1L,8L,1L},{0xFBEDF6B5L,0xE7058344L,0xE7058344L,0xFBEDF6B5L,0xFBEDF6B5L,0xE7058344L,0xE7058344L},{(-3L),8L,(-3L),8L,(-3L),8L,(-3L)},{0xFBEDF6B5L,0xFBEDF6B5L,0xE7058344L,0xE7058344L,0xFBEDF6B5L,0xFBEDF6B5L,0xE7058344L}};
    const int16_t l_344 = (-5L);
    uint64_t l_373 = 6UL;
    int16_t l_384 = 0L;
    uint64_t l_504 = 1UL;
    uint64_t **l_536 = &g_502;
    uint16_t l_573 = 65535UL;
    uint32_t *l_595 = &g_93;
    uint16_t l_649 = 0xD9CEL;
    int32_t *l_754 = &g_143[5];
    int8_t l_791 = (-6L);
    const uint32_t *l_1004[10] = {&g_287,&g_287,&g_287,&g_287,&g_287,&g_287,&g_287,&g_287,&g_287,&g_287};
    const uint32_t * const *l_1003 = &l_1004[0];
    const uint32_t * const **l_1002 = &l_1003;
    int16_t l_1019 = 7L;
    int32_t *l_1056[7] = {&l_233[4][6],&l_233[4][6],&l_233[4][6],&l_233[4][6],&l_233[4][6],&l_233[4][6],&l_233[4][6]};
    int i, j;
lbl_347:
    l_51 = func_42(func_47(l_51, (safe_add_func_uint32_t_u_u(g_36, (safe_unary_minus_func_int8_t_s((&g_36 == &g_2))))), g_2), g_2, l_51, (*l_51));
    if (((g_143[8] = ((*l_141) |= (*l_51))) , (*p_41)))
    { /* block id: 57 */
        uint64_t *l_147[5];
        uint64_t **l_146 = &l_147[1];
        uint8_t *l_151 = &g_75;
        uint8_t **l_150 = &l_151;
        int32_t l_153 = 0x93834719L;
        int32_t l_234 = (-1L);
        int32_t l_235[3][6] = {{0x5F25224EL,0x5F25224EL,0xB96F8895L,0x5F25224EL,0x5F25224EL,0xB96F8895L},{0x5F25224EL,0x5F25224EL,0xB96F8895L,0x5F25224EL,0x5F25224EL,0xB96F8895L},{0x5F25224EL,0x5F25224EL,0xB96F8895L,0x5F25224EL,0x5F25224EL,0xB96F8895L}};
        uint8_t l_236 = 0x36L;
        uint32_t *l_246[8][8][4] = {{{&g_93,&g_93,&g_93,&g_93},{&g_93,&g_93,&g_93,&g_93},{&g_93,&g_93,&g_93,(void*)0},{(void*)0,(void*)0,&g_93,&g_93},{&g_93,&g_93,&g_93,&g_93},{&g_93,&g_93,&g_93,(void*)0},{&g_93,(void*)0,(void*)0,&g_93},{(void*)0,&g_93,&g_93,&g_93}},{{&g_93,(void*)0,(void*)0,(void*)0},{&g_93,&g_93,&g_93,&g_93},{(void*)0,&g_93,(void*)0,&g_93},{(void*)0,&g_93,&g_93,&g_93},{(void*)0,&g_93,&g_93,(void*)0},{&g_93,&g_93,&g_93,&g_93},{&g_93,&g_93,&g_93,&g_93},{&g_93,(void*)0,(void*)0,&g_93}},{{&g_93,&g_93,&g_93,&g_93},{&g_93,(void*)0,(void*)0,&g_93},{&g_93,&g_93,&g_93,&g_93},{(void*)0,&g_93,(void*)0,(void*)0},{&g_93,&g_93,&g_93,&g_93},{(void*)0,&g_93,(void*)0,&g_93},{&g_93,&g_93,&g_93,&g_93},{&g_93,&g_93,&g_93,(void*)0}},{{(void*)0,(void*)0,&g_93,&g_93},{&g_93,&g_93,&g_93,&g_93},{&g_93,(void*)0,(void*)0,(void*)0},{&g_93,&g_93,(void*)0,&g_93},{&g_93,&g_93,&g_93,&g_93},{&g_93,(void*)0,&g_93,(void*)0},{&g_93,&g_93,&g_93,&g_93},{(void*)0,&g_93,&g_93,&g_93}},{{(void*)0,&g_93,&g_93,&g_93},{(void*)0,(void*)0,&g_93,&g_93},{&g_93,&g_93,&g_93,&g_93},{&g_93,&g_93,&g_93,&g_93},{&g_93,(void*)0,(void*)0,&g_93},{&g_93,&g_93,(void*)0,&g_93},{&g_93,(void*)0,&g_93,&g_93},{&g_93,&g_93,&g_93,&g_93}},{{(void*)0,&g_93,&g_93,&g_93},{&g_93,&g_93,&g_93,&g_93},{&g_93,&g_93,(void*)0,&g_93},{(void*)0,&g_93,&g_93,&g_93},{&g_93,&g_93,(void*)0,(void*)0},{(void*)0,(void*)0,&g_93,&g_93},{&g_93,&g_93,(void*)0,&g_93},{&g_93,&g_93,&g_93,(void*)0}},{{&g_93,&g_93,(void*)0,&g_93},{&g_93,&g_93,&g_93,&g_93},{&g_93,&g_93,&g_93,(void*)0},{&g_93,(void*)0,(void*)0,(void*)0},{&g_93,&g_93,&g_93,(void*)0},{&g_93,(void*)0,&g_93,&g_93},{&g_93,(void*)0,(void*)0,&g_93},{&g_93,&g_93,&g_93,&g_93}},{{&g_93,&g_93,(void*)0,&g_93},{&g_93,&g_93,&g_93,&g_93},{&g_93,&g_93,&g_93,&g_93},{(void*)0,&g_93,(void*)0,&g_93},{&g_93,(void*)0,(void*)0,(void*)0},{&g_93,&g_93,&g_93,&g_93},{(void*)0,&g_93,&g_93,&g_93},{(void*)0,&g_93,&g_93,&g_93}}};
        uint32_t **l_245[3];
        int16_t *l_265 = &g_124;
        int16_t **l_264 = &l_265;
        const uint64_t l_289 = 18446744073709551609UL;
        uint64_t l_290 = 0UL;
        uint8_t l_400 = 0x26L;
        uint32_t l_414 = 0UL;
        uint64_t **l_461[3][3];
        int32_t **l_559 = &g_101;
        int32_t l_610 = (-10L);
        uint64_t l_622 = 0x65A1796FCEE5C1A3LL;
        const int32_t *l_647 = &g_648;
        const int32_t **l_646 = &l_647;
        int i, j, k;
        for (i = 0; i < 5; i++)
            l_147[i] = &g_91;
        for (i = 0; i < 3; i++)
            l_245[i] = &l_246[3][7][1];
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 3; j++)
                l_461[i][j] = &l_147[1];
        }
        if ((safe_rshift_func_int8_t_s_s((((((*l_146) = l_141) == &g_91) || 0x6AL) > ((((((safe_sub_func_uint16_t_u_u((((*l_150) = &g_75) != l_152), (l_153 & (safe_lshift_func_int8_t_s_s((*l_51), 2))))) || (safe_mod_func_int16_t_s_s((((((safe_rshift_func_uint8_t_u_s((*l_51), 0)) | ((g_124 , 247UL) <= l_153)) > 0x9A75A9E6L) != 0xFD5A9A7709DEB9B2LL) < (*l_51)), (*l_51)))) > (*l_51)) ^ l_153) > (*l_51)) & 0L)), 3)))
        { /* block id: 60 */
            int8_t l_162[10] = {1L,0x65L,0x65L,1L,0x65L,0x65L,1L,0x65L,0x65L,1L};
            int32_t l_163 = 0x7D8A796DL;
            uint64_t l_187[3];
            uint32_t l_190[1];
            int16_t *l_206 = &g_124;
            int16_t **l_205[4][6][6] = {{{&l_206,&l_206,(void*)0,&l_206,(void*)0,&l_206},{(void*)0,&l_206,(void*)0,&l_206,&l_206,(void*)0},{(void*)0,(void*)0,&l_206,&l_206,&l_206,&l_206},{&l_206,(void*)0,&l_206,(void*)0,&l_206,&l_206},{&l_206,&l_206,&l_206,&l_206,(void*)0,&l_206},{&l_206,&l_206,&l_206,&l_206,&l_206,(void*)0}},{{&l_206,&l_206,(void*)0,(void*)0,&l_206,&l_206},{&l_206,&l_206,(void*)0,&l_206,(void*)0,&l_206},{(void*)0,&l_206,(void*)0,&l_206,&l_206,(void*)0},{(void*)0,(void*)0,&l_206,&l_206,&l_206,&l_206},{&l_206,(void*)0,&l_206,(void*)0,&l_206,&l_206},{&l_206,&l_206,&l_206,&l_206,(void*)0,&l_206}},{{&l_206,&l_206,&l_206,&l_206,&l_206,(void*)0},{&l_206,&l_206,(void*)0,(void*)0,&l_206,&l_206},{&l_206,&l_206,(void*)0,&l_206,(void*)0,&l_206},{(void*)0,&l_206,(void*)0,&l_206,&l_206,(void*)0},{(void*)0,(void*)0,&l_206,&l_206,&l_206,&l_206},{&l_206,(void*)0,&l_206,(void*)0,&l_206,&l_206}},{{&l_206,&l_206,&l_206,&l_206,(void*)0,&l_206},{&l_206,&l_206,&l_206,&l_206,&l_206,(void*)0},{&l_206,&l_206,(void*)0,(void*)0,&l_206,&l_206},{&l_206,&l_206,&l_206,(void*)0,&l_206,&l_206},{&l_206,&l_206,&l_206,(void*)0,(void*)0,&l_206},{&l_206,&l_206,(void*)0,(void*)0,&l_206,(void*)0}}};
            int32_t *l_226 = &g_36;
            int32_t *l_227 = &g_143[8];
            int32_t *l_228 = &g_36;
            int32_t *l_229 = &g_36;
            int32_t *l_230 = &l_225;
            int32_t *l_231 = &l_153;
            int32_t *l_232[7][6] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
            uint64_t **l_251 = &l_147[1];
            uint32_t **l_288[2];
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_187[i] = 0UL;
            for (i = 0; i < 1; i++)
                l_190[i] = 0x1FA24A68L;
            for (i = 0; i < 2; i++)
                l_288[i] = (void*)0;
            for (g_36 = (-13); (g_36 != 20); g_36 = safe_add_func_int16_t_s_s(g_36, 3))
            { /* block id: 63 */
                const uint32_t l_186 = 0x96804C79L;
                const uint8_t *l_193 = &g_75;
                if ((l_162[9] |= ((*g_101) = (0xF75E263BL > (*l_51)))))
                { /* block id: 66 */
                    l_163 = (*p_41);
                    (*g_101) = (g_2 >= ((safe_mod_func_int8_t_s_s(l_162[9], l_153)) <= (g_124 > (((safe_mul_func_uint16_t_u_u((g_143[0] || ((((*l_151) ^= (5UL < l_153)) >= l_163) , g_142[2])), l_162[6])) , 1L) < (-9L)))));
                }
                else
                { /* block id: 70 */
                    int8_t l_185 = (-4L);
                    int64_t *l_189[5];
                    int i;
                    for (i = 0; i < 5; i++)
                        l_189[i] = (void*)0;
                    if ((+(safe_add_func_uint64_t_u_u(((l_190[0] = ((safe_sub_func_int16_t_s_s((g_61 <= (((4UL <= (p_41 == (((**l_146) = (safe_add_func_int8_t_s_s((0xA041FCA2L <= ((*p_41) > (safe_mod_func_int8_t_s_s((((0x861EL != (safe_add_func_int16_t_s_s((safe_div_func_uint64_t_u_u(((~(!(((safe_mod_func_int16_t_s_s((((l_185 , l_141) != (void*)0) ^ 0L), l_186)) , l_187[2]) < l_186))) , 0x4F1E68E90F11B2BDLL), l_188)), (-3L)))) >= l_186) != 0L), 0x12L)))), g_2))) , p_41))) || g_93) == l_185)), g_143[8])) || g_36)) == g_75), 1L))))
                    { /* block id: 73 */
                        int32_t l_202 = 0L;
                        uint16_t *l_203 = &g_96;
                        int32_t *l_204 = &l_163;
                        int16_t ***l_207 = (void*)0;
                        int16_t ***l_208 = &l_205[2][5][2];
                        (*l_204) = (4294967295UL != ((safe_div_func_int64_t_s_s(((l_193 != &g_75) ^ (0x379FB396L && ((*g_101) |= ((l_153 >= ((safe_mod_func_int64_t_s_s((-8L), l_186)) , (safe_mul_func_uint8_t_u_u(((safe_add_func_int64_t_s_s((safe_mod_func_uint16_t_u_u(((*l_203) = (l_185 > l_202)), 1L)), 0xD269C2A357381F49LL)) <= (*l_51)), l_186)))) && 0x4AL)))), l_153)) > 0x9B8EL));
                        l_163 = l_185;
                        (*l_208) = l_205[2][1][0];
                    }
                    else
                    { /* block id: 79 */
                        int64_t *l_211 = &g_142[2];
                        l_163 = (-1L);
                        (**g_100) &= (safe_mul_func_uint8_t_u_u(((((g_96 , l_189[0]) != l_211) > ((safe_add_func_int8_t_s_s(5L, ((((((~l_186) > (safe_lshift_func_uint8_t_u_u(0x86L, (safe_add_func_int16_t_s_s(((+((l_153 != (l_162[9] , (safe_mod_func_uint64_t_u_u(l_162[9], (*l_51))))) != 0L)) >= l_190[0]), l_186))))) | l_186) != l_153) < l_185) <= g_96))) != (*l_51))) | l_222), l_153));
                    }
                }
                if (l_163)
                    continue;
                for (g_61 = (-20); (g_61 == (-11)); g_61++)
                { /* block id: 87 */
                    return (*g_100);
                }
            }
lbl_250:
            l_236--;
            for (l_163 = 12; (l_163 > 14); l_163++)
            { /* block id: 94 */
                uint32_t **l_247 = &l_246[2][7][2];
                int32_t l_268 = (-1L);
                int64_t l_285 = 0x510BFA6F946EF15ELL;
                uint32_t *l_286[9][3][2] = {{{&g_287,&g_287},{&g_287,&g_287},{&g_287,&g_287}},{{&g_287,&g_287},{&g_287,&g_287},{&g_287,&g_287}},{{&g_287,&g_287},{&g_287,&g_287},{&g_287,&g_287}},{{&g_287,&g_287},{&g_287,&g_287},{&g_287,&g_287}},{{&g_287,&g_287},{&g_287,&g_287},{&g_287,&g_287}},{{&g_287,&g_287},{&g_287,&g_287},{&g_287,&g_287}},{{&g_287,&g_287},{&g_287,&g_287},{&g_287,&g_287}},{{&g_287,&g_287},{&g_287,&g_287},{&g_287,&g_287}},{{&g_287,&g_287},{&g_287,&g_287},{&g_287,&g_287}}};
                int i, j, k;
                if ((*l_51))
                    break;
                if ((+(((g_142[2] & 0L) || g_142[2]) >= 8L)))
                { /* block id: 96 */
                    uint64_t l_242 = 0x3E6DED1B19E4E2A6LL;
                    int32_t *l_253 = &l_233[5][6];
                    ++l_242;
                    l_247 = l_245[2];
                    for (g_75 = 0; (g_75 != 12); g_75 = safe_add_func_uint32_t_u_u(g_75, 6))
                    { /* block id: 101 */
                        uint64_t ***l_252 = &l_146;
                        if (g_93)
                            goto lbl_250;
                        if ((*l_226))
                            break;
                        (*l_252) = l_251;
                    }
                    for (l_236 = 0; (l_236 <= 2); l_236 += 1)
                    { /* block id: 108 */
                        return (*g_100);
                    }
                }
                else
                { /* block id: 111 */
                    const int32_t *l_255 = &l_233[7][0];
                    const int32_t **l_254[2][5][8] = {{{(void*)0,&l_255,&l_255,&l_255,&l_255,(void*)0,&l_255,(void*)0},{&l_255,(void*)0,&l_255,(void*)0,(void*)0,(void*)0,(void*)0,&l_255},{&l_255,&l_255,&l_255,(void*)0,&l_255,(void*)0,(void*)0,(void*)0},{(void*)0,&l_255,&l_255,&l_255,&l_255,(void*)0,&l_255,(void*)0},{&l_255,(void*)0,&l_255,(void*)0,(void*)0,(void*)0,(void*)0,&l_255}},{{&l_255,&l_255,&l_255,(void*)0,&l_255,(void*)0,(void*)0,(void*)0},{(void*)0,&l_255,&l_255,&l_255,&l_255,(void*)0,&l_255,(void*)0},{&l_255,(void*)0,&l_255,(void*)0,(void*)0,(void*)0,(void*)0,&l_255},{&l_255,&l_255,&l_255,(void*)0,&l_255,(void*)0,(void*)0,(void*)0},{(void*)0,&l_255,&l_255,&l_255,(void*)0,(void*)0,&l_255,&l_255}}};
                    int i, j, k;
                    p_41 = p_41;
                    l_153 = (*p_41);
                    (*l_231) = ((safe_sub_func_int64_t_s_s(((*l_141) = (safe_add_func_int32_t_s_s(0L, ((((-1L) | (((safe_mod_func_int8_t_s_s(g_75, (safe_lshift_func_uint8_t_u_u((7UL & l_236), (*l_51))))) , l_264) != g_266)) >= l_236) == (*p_41))))), g_143[8])) , (*l_231));
                }
                (**g_100) ^= ((g_93 = (l_268 && (((safe_mul_func_uint8_t_u_u(255UL, (--g_75))) >= 0UL) && (l_268 , ((safe_mul_func_uint16_t_u_u(g_142[2], 0x48ABL)) && (safe_add_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u(((l_235[1][0] , (((safe_rshift_func_uint16_t_u_s(((*p_41) , (safe_mod_func_int64_t_s_s(((((l_235[2][2] = ((safe_sub_func_int64_t_s_s((((*l_227) | (*l_51)) , l_285), g_93)) & 0UL)) , &g_266) == (void*)0) & l_268), l_268))), (*l_51))) , (void*)0) != l_288[1])) || 0x55BCL), g_36)), (*l_226)))))))) && l_268);
            }
            (**g_100) |= (*l_229);
        }
        else
        { /* block id: 123 */
            int64_t l_297 = 0L;
            int32_t l_304 = 0x7E492232L;
            int32_t l_307 = 0x2B7B0E11L;
            int32_t l_309 = (-1L);
            int32_t l_312 = (-1L);
            int32_t l_313[1];
            int16_t ***l_333 = &l_264;
            uint32_t ***l_359 = &l_245[2];
            int32_t l_368 = 0x7495FB48L;
            int8_t l_413 = 0x2EL;
            int32_t **l_558 = &g_101;
            const uint32_t *l_618 = &g_287;
            int32_t *l_621 = &l_233[7][1];
            int8_t *l_623 = &g_383;
            int8_t *l_624 = (void*)0;
            int8_t *l_625 = &l_413;
            int8_t *l_626 = &g_627;
            uint8_t l_628 = 0x37L;
            int32_t *l_629 = &l_225;
            int i;
            for (i = 0; i < 1; i++)
                l_313[i] = (-10L);
            (*g_101) = l_289;
            if ((**g_100))
            { /* block id: 125 */
                int16_t l_303[3];
                int32_t l_306 = 0xF71FD4D9L;
                int32_t l_308 = (-7L);
                int32_t l_315 = 0x4BCE20F7L;
                int32_t l_316 = (-1L);
                int32_t l_318 = 1L;
                uint32_t **l_348 = &l_246[3][7][1];
                int16_t ** const *l_364 = &g_266;
                int8_t *l_382[8] = {&g_383,&g_383,&g_383,&g_383,&g_383,&g_383,&g_383,&g_383};
                int i;
                for (i = 0; i < 3; i++)
                    l_303[i] = 0xA3C2L;
                if ((g_124 || l_290))
                { /* block id: 126 */
                    int64_t l_298 = 1L;
                    uint8_t l_299 = 0xBBL;
                    int32_t l_302 = (-1L);
                    int32_t l_305 = 0L;
                    int32_t l_310 = 0x74C041E9L;
                    int32_t l_311 = 0x4C9ECF58L;
                    int32_t l_314 = 0xA34F838FL;
                    int32_t l_317[8][4][4] = {{{(-10L),(-9L),0x536F9A5CL,0x8DF2CFDFL},{0x0A2A55C7L,(-9L),0L,0x48F3B0B3L},{(-9L),0x0A2A55C7L,1L,0xE81FBFCFL},{(-9L),(-10L),0L,0x536F9A5CL}},{{0x0A2A55C7L,0xD240A8BBL,0x536F9A5CL,0x536F9A5CL},{(-10L),(-10L),0x8DF2CFDFL,0xE81FBFCFL},{0xD240A8BBL,0x0A2A55C7L,0x8DF2CFDFL,0x48F3B0B3L},{(-10L),(-9L),0x536F9A5CL,0x8DF2CFDFL}},{{0x0A2A55C7L,(-9L),0L,0x48F3B0B3L},{(-9L),0x0A2A55C7L,1L,0xE81FBFCFL},{(-9L),(-10L),0L,0x536F9A5CL},{0x0A2A55C7L,0xD240A8BBL,0x536F9A5CL,0x536F9A5CL}},{{(-10L),(-10L),0x8DF2CFDFL,0xE81FBFCFL},{0xD240A8BBL,0x0A2A55C7L,0x8DF2CFDFL,0x48F3B0B3L},{(-10L),(-9L),0x536F9A5CL,0x8DF2CFDFL},{0x0A2A55C7L,(-9L),0L,0x48F3B0B3L}},{{(-9L),0x0A2A55C7L,1L,0xE81FBFCFL},{(-9L),(-10L),0L,0x536F9A5CL},{0x0A2A55C7L,0xD240A8BBL,0x536F9A5CL,0x536F9A5CL},{(-10L),(-10L),0x8DF2CFDFL,0xE81FBFCFL}},{{0xD240A8BBL,0x0A2A55C7L,0x8DF2CFDFL,0x48F3B0B3L},{(-10L),(-9L),0x536F9A5CL,0x8DF2CFDFL},{0x0A2A55C7L,(-9L),0L,0x48F3B0B3L},{(-9L),0x0A2A55C7L,1L,0xE81FBFCFL}},{{(-9L),(-10L),0L,0x536F9A5CL},{0x0A2A55C7L,0xD240A8BBL,0x536F9A5CL,0x536F9A5CL},{(-10L),(-10L),0x8DF2CFDFL,0xE81FBFCFL},{0xD240A8BBL,0x0A2A55C7L,0x8DF2CFDFL,0x48F3B0B3L}},{{(-10L),(-9L),0x536F9A5CL,0x8DF2CFDFL},{0x0A2A55C7L,(-9L),0L,0x48F3B0B3L},{(-9L),0x0A2A55C7L,1L,0xE81FBFCFL},{(-9L),(-10L),0L,0x536F9A5CL}}};
                    uint8_t l_319[5][4] = {{0x1AL,0x76L,0x1AL,0x1AL},{0x76L,0x76L,0x19L,0x76L},{0x76L,0x1AL,0x1AL,0x76L},{0x1AL,0x76L,0x1AL,0x1AL},{0x76L,0x76L,0x19L,0x76L}};
                    uint64_t * const **l_324 = (void*)0;
                    uint64_t * const l_327[6] = {&g_328,&g_328,&g_328,&g_328,&g_328,&g_328};
                    uint64_t * const *l_326[8] = {&l_327[4],&l_327[4],&l_327[4],&l_327[4],&l_327[4],&l_327[4],&l_327[4],&l_327[4]};
                    uint64_t * const **l_325 = &l_326[3];
                    uint32_t **l_342 = &l_246[3][7][1];
                    uint16_t *l_343 = &g_96;
                    int i, j, k;
                    for (g_36 = (-18); (g_36 == 16); ++g_36)
                    { /* block id: 129 */
                        int32_t *l_293 = &g_143[0];
                        int32_t *l_294 = (void*)0;
                        int32_t *l_295 = &g_143[1];
                        int32_t *l_296[6] = {&l_233[7][1],&l_233[7][1],&g_143[4],&l_233[7][1],&l_233[7][1],&g_143[4]};
                        int i;
                        l_299++;
                        --l_319[0][1];
                        return l_295;
                    }
                    (*g_101) = ((((safe_sub_func_int64_t_s_s(g_124, (((*l_325) = (void*)0) == &l_147[2]))) <= (safe_mod_func_int8_t_s_s(((((--(**l_146)) || (((**g_266) & ((l_333 != &g_266) , ((*l_343) ^= (safe_div_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_s(l_235[1][5], (safe_div_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(((void*)0 != l_342), 0L)), l_235[1][2])))) | (*l_51)), 0x31L))))) <= l_344)) & 0UL) > l_153), l_308))) , g_143[5]) < l_290);
                    for (g_328 = 0; g_328 < 3; g_328 += 1)
                    {
                        for (l_290 = 0; l_290 < 6; l_290 += 1)
                        {
                            l_235[g_328][l_290] = 3L;
                        }
                    }
                }
                else
                { /* block id: 139 */
                    for (l_308 = 0; (l_308 == 0); l_308 = safe_add_func_int32_t_s_s(l_308, 3))
                    { /* block id: 142 */
                        uint32_t ***l_349 = &l_348;
                        if (g_96)
                            goto lbl_347;
                        (*l_349) = l_348;
                        if ((*g_101))
                            continue;
                    }
                }
                for (g_287 = 0; (g_287 < 20); ++g_287)
                { /* block id: 150 */
                    int8_t *l_365 = (void*)0;
                    int16_t ***l_367 = &g_266;
                    int32_t l_369 = 0x1E6BF159L;
                    int32_t *l_370 = (void*)0;
                    l_309 ^= ((+(safe_div_func_uint64_t_u_u((l_307 = ((safe_sub_func_uint64_t_u_u(((safe_lshift_func_int16_t_s_u(0xBEB7L, 12)) ^ (&l_348 == l_359)), (l_368 = (((((safe_rshift_func_int8_t_s_s(g_36, 6)) == ((((safe_sub_func_uint8_t_u_u(((void*)0 != l_364), (g_366[1][2] &= g_142[2]))) , l_367) == (void*)0) , g_2)) || 1L) | g_287) == 0xFACAA6C780E02698LL)))) || g_61)), l_235[0][5]))) != l_369);
                    (**g_100) ^= 0L;
                }
                if (((l_313[0] = (safe_rshift_func_uint16_t_u_u((((((l_297 || l_373) >= (safe_div_func_int16_t_s_s((g_366[1][2] != ((safe_add_func_int64_t_s_s(((((((l_307 = ((safe_lshift_func_int16_t_s_u((l_384 = (safe_mul_func_int8_t_s_s((*l_51), (l_153 = 0x23L)))), (safe_unary_minus_func_int32_t_s((safe_mul_func_int16_t_s_s((**g_266), 65533UL)))))) | (safe_add_func_int16_t_s_s(((((--g_91) >= (safe_sub_func_uint32_t_u_u((((safe_mul_func_int8_t_s_s((safe_mod_func_uint32_t_u_u(1UL, (safe_lshift_func_uint8_t_u_u((*l_51), 4)))), (*l_51))) , l_368) , 3UL), 0xC8B267BAL))) , l_400) && 18446744073709551615UL), (*g_267))))) & l_316) < l_315) & (*p_41)) >= 0UL) > l_290), 0xADBBC287C230230FLL)) == (-6L))), (*l_51)))) || (*p_41)) , (-1L)) >= 0x40L), (*l_51)))) > 0xB3L))
                { /* block id: 162 */
                    const uint32_t *l_402[10][5] = {{(void*)0,(void*)0,&g_287,&g_287,(void*)0},{&g_287,&g_287,&g_287,&g_287,&g_287},{(void*)0,&g_287,&g_287,&g_287,&g_287},{&g_287,&g_287,&g_287,&g_287,&g_287},{&g_287,&g_287,&g_287,&g_287,&g_287},{&g_287,&g_287,&g_287,&g_287,&g_287},{&g_287,&g_287,&g_287,&g_287,&g_287},{&g_287,&g_287,&g_287,&g_287,&g_287},{&g_287,&g_287,&g_287,&g_287,&g_287},{&g_287,&g_287,&g_287,&g_287,&g_287}};
                    const uint32_t **l_401 = &l_402[0][3];
                    const uint32_t ***l_403 = (void*)0;
                    const uint32_t ***l_404 = &l_401;
                    int32_t l_405 = 0x94EAF48AL;
                    const uint8_t l_408 = 0xF0L;
                    int i, j;
                    (*l_404) = l_401;
                    (*g_100) = (*g_100);
                    (**g_100) ^= l_405;
                    for (l_153 = (-28); (l_153 > 19); l_153 = safe_add_func_int32_t_s_s(l_153, 1))
                    { /* block id: 168 */
                        if (l_408)
                            break;
                        if (l_318)
                            continue;
                    }
                }
                else
                { /* block id: 172 */
                    int32_t *l_409 = &l_233[3][4];
                    int32_t *l_410 = &l_308;
                    int32_t *l_411 = &l_307;
                    int32_t *l_412[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
                    uint32_t l_417 = 18446744073709551609UL;
                    int i, j;
                    l_414++;
                    l_417--;
                }
            }
            else
            { /* block id: 176 */
                uint16_t *l_431 = &l_188;
                uint16_t **l_430 = &l_431;
                int8_t *l_435 = &l_413;
                int32_t l_444 = 0L;
                uint32_t l_445[9][8][1] = {{{0x84F6F880L},{0UL},{18446744073709551611UL},{4UL},{0x24EDE303L},{4UL},{18446744073709551611UL},{0UL}},{{0x84F6F880L},{1UL},{18446744073709551615UL},{0x18C5F812L},{8UL},{0x4F79DCE7L},{1UL},{0x2F0A55C2L}},{{0x2F0A55C2L},{1UL},{0x4F79DCE7L},{8UL},{0x18C5F812L},{18446744073709551615UL},{1UL},{0x84F6F880L}},{{0UL},{18446744073709551611UL},{4UL},{0x24EDE303L},{4UL},{18446744073709551611UL},{0UL},{0x84F6F880L}},{{1UL},{18446744073709551615UL},{0x18C5F812L},{8UL},{0x4F79DCE7L},{1UL},{0x2F0A55C2L},{0x2F0A55C2L}},{{1UL},{0x4F79DCE7L},{8UL},{0x18C5F812L},{18446744073709551615UL},{1UL},{0x84F6F880L},{0UL}},{{18446744073709551611UL},{4UL},{0x24EDE303L},{4UL},{18446744073709551611UL},{0UL},{0x84F6F880L},{1UL}},{{18446744073709551615UL},{0x18C5F812L},{8UL},{0x4F79DCE7L},{1UL},{0x2F0A55C2L},{0x2F0A55C2L},{1UL}},{{0x4F79DCE7L},{8UL},{0x18C5F812L},{18446744073709551615UL},{1UL},{0x84F6F880L},{0UL},{18446744073709551611UL}}};
                const int8_t l_503 = 0x64L;
                uint32_t **l_530 = &l_246[2][1][0];
                int32_t *l_560[2][8][1] = {{{&l_233[3][4]},{&l_233[0][0]},{(void*)0},{&l_233[0][0]},{&l_233[3][4]},{&l_233[0][5]},{&l_233[3][4]},{&l_233[0][0]}},{{(void*)0},{&l_233[0][0]},{&l_233[3][4]},{&l_233[0][5]},{&l_233[3][4]},{&l_233[0][0]},{(void*)0},{&l_233[0][0]}}};
                uint8_t l_611 = 0x6BL;
                int i, j, k;
                (*g_101) = (safe_mul_func_int8_t_s_s((((safe_div_func_uint32_t_u_u((((((l_312 ^= (safe_lshift_func_uint16_t_u_u((safe_add_func_int32_t_s_s(((safe_sub_func_uint16_t_u_u(65535UL, ((void*)0 != &g_266))) , 0x604268EFL), ((&l_188 != ((*l_430) = &l_188)) ^ (!((safe_lshift_func_int16_t_s_u((((l_435 != l_151) == (safe_mul_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u(((((((safe_div_func_uint16_t_u_u(g_366[0][1], 65532UL)) >= (*l_51)) | g_366[0][1]) ^ g_96) != l_444) >= 0UL), g_96)), 0x9024L))) < (*l_51)), l_313[0])) , 0xF1DC42D9FDC5CA69LL))))), 0))) ^ l_445[3][4][0]) || 0L) , g_93) , g_366[1][2]), (*p_41))) < l_235[0][2]) & 0x86L), l_445[3][4][0]));
                for (l_400 = 1; (l_400 <= 8); l_400 += 1)
                { /* block id: 182 */
                    const int32_t *l_447[5][5] = {{&l_307,&l_313[0],&l_313[0],&l_307,&l_313[0]},{&g_2,&l_309,&l_233[2][3],&l_309,&g_2},{&l_313[0],&l_307,&l_313[0],&l_313[0],&l_307},{&g_2,(void*)0,&l_233[3][0],&l_309,&l_233[3][0]},{&l_307,&l_307,&l_235[1][5],&l_307,&l_307}};
                    const int32_t **l_446 = &l_447[0][3];
                    int i, j;
                    (*l_446) = p_41;
                    if (((safe_add_func_uint64_t_u_u((safe_div_func_int16_t_s_s(((l_445[1][2][0] || ((**l_146) = l_235[1][5])) ^ ((l_289 , ((safe_add_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(0UL, (g_143[l_400] = (*g_101)))), ((!(safe_mul_func_uint16_t_u_u(l_444, ((**l_430) ^= ((((safe_div_func_uint64_t_u_u((((void*)0 == l_461[0][2]) & ((safe_lshift_func_int16_t_s_u((((void*)0 == g_464) , 1L), 14)) & 0x1C540CA7L)), (-1L))) > l_289) && g_328) & l_445[6][2][0]))))) , l_235[1][5]))) , g_466[1][2][0])) != (void*)0)), (*l_51))), l_312)) > 1L))
                    { /* block id: 187 */
                        return (*g_100);
                    }
                    else
                    { /* block id: 189 */
                        int32_t l_485 = 0x2917226EL;
                        (*g_101) = (((safe_lshift_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u(((safe_lshift_func_int16_t_s_u(((*l_51) , (((safe_add_func_int8_t_s_s((0x90L <= ((void*)0 == g_476)), (safe_add_func_int16_t_s_s((((l_435 != l_435) , (safe_rshift_func_uint8_t_u_s(((18446744073709551615UL > ((safe_lshift_func_uint16_t_u_s((l_485 < 0UL), l_236)) > 3L)) == (**g_266)), 3))) & (**g_477)), 7L)))) && l_309) | (**g_464))), 1)) | (**g_100)), (*g_465))), l_304)) , g_124) & l_309);
                        (*g_101) ^= (*p_41);
                        return (*g_100);
                    }
                }
                if (((+(safe_div_func_uint64_t_u_u((safe_div_func_uint32_t_u_u((((*l_141) = ((safe_div_func_uint64_t_u_u((((((void*)0 == (*l_264)) & (((((**g_266) ^= l_234) || (((safe_mod_func_int32_t_s_s(((safe_lshift_func_uint8_t_u_u(((safe_sub_func_int16_t_s_s(l_444, 0xF65CL)) <= 0x5794B7A2DA470135LL), 0)) <= (safe_lshift_func_uint16_t_u_u((((void*)0 == g_501) <= (l_368 & l_503)), l_503))), (*p_41))) || l_503) < l_444)) >= l_290) && l_504)) >= l_445[7][3][0]) & l_368), (*g_502))) == (-1L))) & (**g_501)), l_236)), l_304))) ^ (**g_501)))
                { /* block id: 197 */
                    int32_t l_505 = 3L;
                    uint16_t l_514[5] = {1UL,1UL,1UL,1UL,1UL};
                    int i;
                    l_304 |= (l_505 , ((**g_100) = (safe_add_func_int16_t_s_s(((safe_div_func_int64_t_s_s((safe_div_func_int8_t_s_s((safe_lshift_func_int8_t_s_s(l_505, 0)), (((***l_333) = (l_505 < 0xC5EDL)) || l_514[3]))), (*l_51))) < ((safe_unary_minus_func_uint64_t_u((safe_mul_func_uint8_t_u_u((((*l_141) = ((&l_514[3] != ((*l_430) = (*l_430))) && ((*l_51) >= l_514[3]))) ^ l_368), (*l_51))))) && 0xEAC22EEDD53832CBLL)), (*l_51)))));
                    for (l_290 = 0; (l_290 <= 0); l_290 += 1)
                    { /* block id: 205 */
                        uint16_t l_527[4] = {0x6803L,0x6803L,0x6803L,0x6803L};
                        uint64_t **l_535 = &g_502;
                        const int32_t *l_538 = &l_505;
                        const int32_t **l_537 = &l_538;
                        int i;
                        l_313[l_290] = ((safe_sub_func_uint16_t_u_u(l_444, (((!0xF39AL) && 5UL) >= (**g_464)))) , (safe_sub_func_uint32_t_u_u((g_75 >= g_96), (((safe_div_func_int32_t_s_s(((((l_527[2] | (safe_mod_func_int16_t_s_s((((*l_359) = l_530) == ((((safe_mul_func_uint8_t_u_u(((safe_mod_func_uint64_t_u_u(((l_536 = l_535) == (void*)0), (*l_51))) , l_527[2]), (*l_51))) >= l_153) > (**g_464)) , (void*)0)), l_527[1]))) < (**g_501)) ^ l_413) , 0x7798721CL), (*p_41))) , g_287) == (*g_267)))));
                        if ((*g_101))
                            break;
                        (*l_537) = p_41;
                        (*g_101) = (*p_41);
                    }
                }
                else
                { /* block id: 213 */
                    int8_t l_553 = (-5L);
                    int32_t l_554 = 0xB63076BCL;
                    for (l_225 = 0; (l_225 == 27); l_225++)
                    { /* block id: 216 */
                        const uint16_t l_552[5][8][2] = {{{4UL,0x213FL},{0x213FL,0x52F0L},{0x67AEL,0xEC84L},{0UL,0x213FL},{0xDCA4L,0x791BL},{1UL,0UL},{8UL,65533UL},{0xEC84L,8UL}},{{0xB45BL,0x926CL},{0x1049L,65535UL},{0xEC84L,65535UL},{65535UL,0UL},{0UL,0x5921L},{0x791BL,1UL},{0x555EL,65535UL},{5UL,65535UL}},{{0x555EL,1UL},{0x791BL,65535UL},{0xEFE0L,0x52F0L},{4UL,65533UL},{65535UL,4UL},{65535UL,8UL},{0x8C2DL,2UL},{65535UL,0x5A5AL}},{{2UL,0x52F0L},{0x1049L,1UL},{0x791BL,0x555EL},{1UL,65535UL},{0UL,0x051CL},{0x555EL,0x555EL},{0x16CBL,65535UL},{0x1049L,0xCE20L}},{{4UL,0x5A5AL},{0x051CL,4UL},{0x8C2DL,0xA74BL},{0x8C2DL,4UL},{0x051CL,0x5A5AL},{4UL,0xCE20L},{0x1049L,65535UL},{0x16CBL,0x555EL}}};
                        int32_t *l_555 = &l_312;
                        int i, j, k;
                        (*g_100) = (void*)0;
                        (*l_555) = (((+((safe_rshift_func_int16_t_s_u(l_307, ((l_554 = (((safe_rshift_func_int16_t_s_u((((((((void*)0 == (*g_476)) > 0x7D8CL) || (((((safe_mul_func_int8_t_s_s(g_2, ((safe_unary_minus_func_int8_t_s((~(safe_mul_func_uint16_t_u_u(((**l_430) = l_445[3][0][0]), l_552[4][4][1]))))) > (((-3L) ^ (((*p_41) , l_553) , 0x68FDFA47L)) , 0x38L)))) >= l_309) != g_383) | (*l_51)) && g_143[8])) , l_368) && (*p_41)) >= 0xA5BEC294L), l_445[3][4][0])) <= l_444) & l_400)) != 7UL))) != l_552[0][7][1])) <= l_552[4][4][1]) , l_444);
                    }
                }
                if ((l_225 = (((safe_lshift_func_int8_t_s_s(((*l_435) = l_414), 5)) , l_558) != l_559)))
                { /* block id: 225 */
                    int64_t l_561 = 0xA32C5AF18D9F2DDBLL;
                    int16_t *l_574 = (void*)0;
                    int32_t l_576 = 6L;
                    int32_t l_577[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_577[i] = 0xD82E4F69L;
                    l_577[0] |= (l_576 = ((l_561 <= ((*p_41) == ((g_575 = (((safe_mod_func_uint8_t_u_u(((safe_mod_func_int8_t_s_s(g_36, (~((((0x543301E2L > ((*g_476) == l_530)) >= (((**g_266) &= ((g_572[3][3][5] = (((((((void*)0 != &p_41) , (safe_mod_func_int64_t_s_s((safe_lshift_func_uint8_t_u_u(((**l_150) ^= ((safe_unary_minus_func_int8_t_s(0x91L)) , 0x1CL)), 0)), l_561))) <= l_313[0]) < g_61) , (void*)0) != (void*)0)) , l_561)) == 0x7241L)) < (*l_51)) == 0L)))) ^ (*l_51)), l_573)) == (*p_41)) , (**g_266))) , (*g_478)))) , (*p_41)));
                    return (*l_559);
                }
                else
                { /* block id: 233 */
                    uint32_t l_604 = 0x47E2DFFAL;
                    int16_t l_606 = 0x100FL;
                    int32_t l_609[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_609[i] = 0x9CCD04E4L;
                    if ((*p_41))
                    { /* block id: 234 */
                        const int32_t *l_579 = &g_61;
                        const int32_t **l_578 = &l_579;
                        (*l_578) = p_41;
                    }
                    else
                    { /* block id: 236 */
                        int16_t l_605 = 0x80D2L;
                        l_606 |= (l_605 = (~(safe_mul_func_int16_t_s_s(l_312, (safe_add_func_uint8_t_u_u((*g_465), (safe_add_func_int32_t_s_s((safe_sub_func_uint16_t_u_u(((*l_431) = ((*l_51) || (safe_lshift_func_uint8_t_u_s((!0x7C9EL), ((safe_sub_func_uint16_t_u_u((+((l_595 = l_595) != (*g_477))), (safe_add_func_int32_t_s_s(((((safe_mod_func_uint16_t_u_u((g_287 || (safe_mul_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_u(0UL, g_75)) && (*g_267)), 0L))), l_604)) <= g_91) & 0x1F1FE250L) >= 0xF7L), (*g_478))))) & 0xC0L))))), g_142[1])), (*p_41)))))))));
                        (*l_558) = (((safe_lshift_func_int8_t_s_s(0xBDL, 0)) , l_605) , (*l_558));
                    }
                    l_611--;
                }
            }
            (*l_629) = ((p_41 != p_41) , ((safe_mod_func_int32_t_s_s(((safe_lshift_func_int8_t_s_u(((((void*)0 == l_618) < g_36) , ((*l_626) = ((*l_625) = ((*l_623) = ((safe_lshift_func_int8_t_s_u(((((*l_621) = 0L) == ((*l_51) == ((*l_51) & 0UL))) & 4294967295UL), 5)) , l_622))))), l_628)) > (**g_266)), (*l_51))) && (*l_51)));
            (*l_559) = (void*)0;
        }
        l_233[3][0] = (((((**g_501) ^ (safe_rshift_func_uint16_t_u_s(((*g_267) < g_2), 8))) > ((~((safe_rshift_func_uint16_t_u_s((((**g_464) < (safe_div_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(g_467, (safe_rshift_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((((*l_51) , &g_267) == (void*)0), ((!((((*l_646) = (*g_100)) == &l_225) | 0x9E8083430023D9A0LL)) | (*l_51)))), (*l_51))))), (*l_51)))) < g_383), (**g_266))) & 0x8080A56DL)) , (*l_51))) , (**g_266)) | 0L);
    }
    else
    { /* block id: 255 */
        int16_t l_652 = 0xE345L;
        int32_t *l_655 = (void*)0;
        int32_t *l_656 = (void*)0;
        int32_t *l_657 = (void*)0;
        int32_t *l_658 = &g_572[3][3][5];
        uint64_t ***l_659 = &l_536;
        uint64_t * const **l_660 = (void*)0;
        uint64_t * const ***l_661[2];
        int32_t l_676 = 0xD04A6570L;
        uint8_t l_683 = 0x13L;
        int32_t *l_686[1][9][10] = {{{&g_2,&l_233[5][1],&l_225,&l_233[5][1],&g_2,&l_676,&g_143[6],&l_225,&g_2,&g_143[8]},{&l_233[0][5],(void*)0,&g_143[2],(void*)0,&g_143[6],&l_225,&l_233[6][4],&g_2,&g_61,&g_143[8]},{&l_233[6][4],(void*)0,&g_2,&g_143[5],&g_2,&l_676,&l_225,&g_143[2],&g_143[2],&l_225},{(void*)0,&g_61,&l_225,&l_225,&g_61,(void*)0,&l_676,&l_233[6][4],&l_676,&l_233[0][5]},{&l_676,&l_676,&g_143[8],&g_61,&l_233[5][1],&l_225,&l_225,&g_143[8],&l_233[0][5],&l_676},{&l_676,&g_143[5],&g_61,&g_143[3],&g_143[8],(void*)0,&l_676,&g_61,&l_225,&g_61},{(void*)0,&l_676,&g_61,&l_225,&g_61,&l_676,(void*)0,&g_143[8],&g_143[3],&g_61},{&l_233[6][4],&g_2,&l_676,&l_233[0][5],&g_143[8],&l_225,&l_225,&l_233[5][1],&g_61,&g_143[8]},{&l_233[0][5],&g_2,&l_233[0][5],&l_676,&l_233[6][4],&l_676,(void*)0,&g_61,&l_225,&l_225}}};
        uint32_t ***l_714[5];
        uint8_t * const *l_950 = (void*)0;
        int8_t *l_1044[6][10] = {{&g_627,&g_383,&g_383,&l_791,&l_791,(void*)0,&g_383,&g_383,(void*)0,&l_791},{&g_627,&g_627,&g_627,&g_627,&g_627,&g_627,&g_627,&l_791,&l_791,&g_383},{&l_791,&g_627,&g_383,&g_383,&g_383,&l_791,&g_627,&g_627,&l_791,&g_627},{&g_627,&g_627,&l_791,&g_627,(void*)0,&l_791,&l_791,&l_791,(void*)0,&g_627},{(void*)0,&g_627,(void*)0,&l_791,&g_627,&l_791,&g_627,&g_627,&g_383,&l_791},{&l_791,&l_791,(void*)0,&g_627,&g_627,&g_627,&g_383,&g_627,&g_383,&l_791}};
        int32_t *l_1055 = &g_2;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_661[i] = &l_660;
        for (i = 0; i < 5; i++)
            l_714[i] = (void*)0;
        if (((*g_101) &= (((l_649 == ((safe_mul_func_int16_t_s_s(l_652, ((safe_lshift_func_uint8_t_u_u((((((((((*l_658) = (-8L)) , l_659) == (g_662 = l_660)) | (*g_465)) != (!l_652)) != (((*l_51) , &g_267) != &g_267)) | 6UL) == (*g_478)), (**g_464))) ^ (*l_51)))) & 4L)) , &l_225) != (void*)0)))
        { /* block id: 259 */
            int8_t l_693 = (-4L);
            const uint16_t l_720 = 0x19D6L;
            int32_t l_748[4] = {0x19050A61L,0x19050A61L,0x19050A61L,0x19050A61L};
            int32_t l_779 = 0xF122A7CCL;
            int32_t l_797 = 0xFB6BBC71L;
            int32_t l_800 = 0xAD220798L;
            uint32_t ** const *l_848[1][2][2];
            uint32_t ***l_849[9] = {&g_477,&g_477,&g_477,&g_477,&g_477,&g_477,&g_477,&g_477,&g_477};
            const uint64_t l_850 = 1UL;
            uint32_t l_868[7][1][8] = {{{0UL,0x6B7E243BL,0xA48665DFL,0x312D5255L,0x6B7E243BL,0x312D5255L,0xA48665DFL,0x6B7E243BL}},{{0x1A78AAA4L,0xA48665DFL,0UL,0x1A78AAA4L,0x312D5255L,0x312D5255L,0x1A78AAA4L,0UL}},{{0x6B7E243BL,0x6B7E243BL,4294967295UL,6UL,0x1A78AAA4L,4294967295UL,0x1A78AAA4L,6UL}},{{0UL,6UL,0UL,0x312D5255L,6UL,0xA48665DFL,0xA48665DFL,6UL}},{{6UL,0xA48665DFL,0xA48665DFL,6UL,0x312D5255L,0UL,6UL,0UL}},{{6UL,0x1A78AAA4L,4294967295UL,0x1A78AAA4L,6UL,4294967295UL,0x6B7E243BL,0x6B7E243BL}},{{0UL,0x1A78AAA4L,0x312D5255L,0x312D5255L,0x1A78AAA4L,0UL,0xA48665DFL,0x1A78AAA4L}}};
            int16_t l_881 = 1L;
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_848[i][j][k] = &g_477;
                }
            }
            for (g_328 = 0; (g_328 != 26); g_328++)
            { /* block id: 262 */
                for (l_384 = 27; (l_384 > 7); l_384--)
                { /* block id: 265 */
                    int32_t l_671 = (-7L);
                    uint32_t l_672 = 0x02A7BB73L;
                    for (l_504 = 0; (l_504 <= 1); l_504 += 1)
                    { /* block id: 268 */
                        uint16_t l_673[6] = {0x24FFL,0x347DL,0x347DL,0x24FFL,0x347DL,0x347DL};
                        int i;
                        l_672 = l_671;
                        (**g_100) = 0xE256D8CEL;
                        if (l_673[3])
                            continue;
                        if (l_673[3])
                            continue;
                    }
                }
                return l_657;
            }
            for (g_91 = (-11); (g_91 <= 18); g_91 = safe_add_func_int64_t_s_s(g_91, 3))
            { /* block id: 279 */
                int32_t l_712 = (-1L);
                int16_t *l_715 = &g_124;
                uint64_t **l_742 = &g_502;
                if ((*p_41))
                { /* block id: 280 */
                    int32_t *l_677 = &g_143[7];
                    int32_t *l_678 = &l_233[0][5];
                    int32_t *l_679 = &l_676;
                    int32_t *l_680 = &g_36;
                    int32_t *l_681 = &l_233[0][5];
                    int32_t *l_682[7][10] = {{&l_233[6][4],&g_36,&l_233[0][5],&l_233[0][5],&g_143[8],&l_233[0][5],(void*)0,&l_233[0][5],&g_143[8],&l_233[0][5]},{&l_233[6][4],&l_233[0][5],&l_233[6][4],&l_233[0][5],&g_36,(void*)0,&l_233[0][5],&g_143[8],&l_233[0][5],&l_676},{(void*)0,&l_233[0][5],&g_143[8],&l_233[0][5],&l_676,&l_676,&l_233[0][5],&g_143[8],&l_233[0][5],(void*)0},{&g_2,&g_143[4],&l_233[6][4],&g_36,&l_233[0][5],&l_233[0][5],&g_143[8],&l_233[0][5],(void*)0,&l_233[0][5]},{&g_61,&l_233[6][4],&l_233[0][5],&g_143[4],&l_233[0][5],&l_233[6][4],&g_61,&l_676,&l_233[2][1],(void*)0},{&l_233[0][5],&g_143[8],&l_233[4][6],&g_143[8],&l_676,&g_36,&g_36,&g_36,&g_36,&l_676},{&l_233[2][1],&g_143[8],&g_143[8],&l_233[2][1],&g_36,&l_233[0][5],&g_61,(void*)0,&g_36,&l_233[0][5]}};
                    int8_t *l_713[8][4] = {{&g_627,&g_627,&g_627,&g_627},{&g_627,&g_627,&l_693,&g_627},{&g_627,&g_627,&g_627,&g_627},{&g_627,&g_627,&g_627,&g_627},{&g_627,&g_627,&l_693,&g_627},{&g_627,&g_627,&g_627,&g_627},{&g_627,&g_627,&g_627,&g_627},{&g_627,&g_627,&l_693,&g_627}};
                    int16_t **l_716 = &l_715;
                    const int8_t l_723 = 1L;
                    int32_t *l_747 = &g_143[8];
                    int i, j;
                    ++l_683;
                    l_686[0][5][6] = (void*)0;
                    (**g_100) = (((safe_mod_func_uint16_t_u_u(((((safe_div_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(l_693, g_366[1][0])) > ((safe_add_func_uint8_t_u_u(((((-4L) <= (((*l_678) = (-1L)) , (safe_mul_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s((safe_rshift_func_int8_t_s_u((safe_rshift_func_uint16_t_u_u(g_665, 6)), 4)), ((((safe_mul_func_int8_t_s_s(((!(((((*l_141) = ((g_383 = ((((safe_unary_minus_func_int32_t_s(((safe_rshift_func_int16_t_s_u((**g_266), 15)) ^ (*l_681)))) == l_712) ^ (((void*)0 == &g_101) & (*l_681))) < g_142[2])) & l_693)) ^ 0xBF03E918F150AF02LL) || (*l_678)) , l_693)) , 0xBEL), 0x8CL)) , 0x159A8511L) || (*p_41)) < l_693))) , 0UL), (**g_266))))) != l_693) == 0xF215L), (*l_51))) < 0x8BL)), 0xA8L)) ^ 1UL) , (void*)0) != l_714[0]), 0x7B38L)) == 246UL) && (*l_51));
                    if (((0x177D55EE3B5C5C69LL != ((*g_266) != ((*l_716) = l_715))) ^ l_712))
                    { /* block id: 288 */
                        int32_t l_731 = (-8L);
                        int32_t l_732[6] = {0x6178274FL,0x6178274FL,0x6178274FL,0x6178274FL,0x6178274FL,0x6178274FL};
                        int i;
                        (**g_100) = l_693;
                        (*g_100) = func_47((*g_100), (safe_lshift_func_int16_t_s_s(((*l_679) < (((+((l_720 != (*l_51)) > (*l_51))) >= ((safe_mod_func_uint32_t_u_u(l_723, ((((0xBD5A4CA25BED2078LL ^ (*g_502)) | (safe_rshift_func_int16_t_s_u((safe_div_func_int32_t_s_s((+(((((safe_div_func_int16_t_s_s(0x2C0FL, g_36)) , (*p_41)) <= (*l_51)) & 0x3CE22F2EC29206E9LL) & l_731)), l_732[1])), 4))) & g_287) , (***g_476)))) & (**g_266))) , 0x055FL)), 13)), l_732[1]);
                        (*l_679) |= l_712;
                    }
                    else
                    { /* block id: 292 */
                        uint64_t * const *l_741 = &g_502;
                        int32_t l_745[10][9] = {{0xB0575B33L,0x55D985BDL,0L,0xF801FBBCL,0x32086F58L,0x32086F58L,0xF801FBBCL,0L,0x55D985BDL},{0xF801FBBCL,0x9AFFEA12L,0L,2L,1L,0xF801FBBCL,0L,0L,1L},{0x397EDD9EL,0x32086F58L,0x55D985BDL,0L,0x4CB10F04L,(-1L),0x8202491DL,0xF801FBBCL,0L},{0xBB1074C3L,0x9AFFEA12L,8L,0L,0L,8L,0x9AFFEA12L,0xBB1074C3L,0x4CB10F04L},{0xBB1074C3L,0x55D985BDL,0x4CB10F04L,8L,0x6A09FEC1L,0x4472C795L,0x65E63577L,0L,(-1L)},{0x397EDD9EL,0xF801FBBCL,1L,0x65E63577L,0x32086F58L,0xB0575B33L,0x4CB10F04L,1L,0x4CB10F04L},{0xF801FBBCL,0x5DA38F3AL,4L,4L,0x5DA38F3AL,0xF801FBBCL,0x6A09FEC1L,1L,0L},{0xB0575B33L,0x32086F58L,0x65E63577L,1L,0xF801FBBCL,0x397EDD9EL,0x8202491DL,0L,1L},{0x4472C795L,0x6A09FEC1L,8L,0x4CB10F04L,0x55D985BDL,0xBB1074C3L,0x6A09FEC1L,0xBB1074C3L,0x55D985BDL},{8L,0L,0L,8L,0x9AFFEA12L,0xBB1074C3L,0x4CB10F04L,0xF801FBBCL,(-1L)}};
                        int32_t **l_746[9] = {(void*)0,&l_686[0][5][6],(void*)0,&l_686[0][5][6],(void*)0,&l_686[0][5][6],(void*)0,&l_686[0][5][6],(void*)0};
                        int i, j;
                        p_41 = (l_747 = ((*g_100) = l_679));
                        l_748[0] &= (*p_41);
                    }
                }
                else
                { /* block id: 301 */
                    for (g_627 = (-15); (g_627 < (-26)); g_627 = safe_sub_func_uint8_t_u_u(g_627, 3))
                    { /* block id: 304 */
                        uint32_t l_751[1];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_751[i] = 0xFB9C6074L;
                        (*g_100) = &l_225;
                        if ((*l_51))
                            break;
                        l_233[4][4] ^= (**g_100);
                        l_751[0]++;
                    }
                }
                l_748[0] |= ((**g_477) < l_712);
                return l_754;
            }
            if ((*p_41))
            { /* block id: 314 */
                int32_t l_765 = 0x615B9E3BL;
                uint8_t l_793 = 0UL;
                int32_t l_799 = 1L;
                int32_t l_804 = (-9L);
                (**g_100) = (*l_754);
                for (g_627 = 0; (g_627 <= 0); g_627 += 1)
                { /* block id: 318 */
                    int8_t *l_776 = &g_383;
                    int32_t l_777[3];
                    uint64_t l_778 = 1UL;
                    int64_t l_780 = (-5L);
                    int32_t *l_792 = &g_572[3][3][5];
                    int32_t l_798 = 0xCEA07947L;
                    int32_t *l_805 = &g_2;
                    int i;
                    for (i = 0; i < 3; i++)
                        l_777[i] = (-1L);
                }
            }
            else
            { /* block id: 342 */
                int32_t l_829 = 1L;
                uint8_t l_830[9][4][7] = {{{0x77L,0x77L,0x80L,0x80L,0x77L,0x77L,0x80L},{6UL,0xE5L,6UL,0xE5L,6UL,0xE5L,6UL},{0x77L,0x80L,0x80L,0x77L,0x77L,0x80L,0x80L},{252UL,0xE5L,252UL,0xE5L,252UL,0xE5L,252UL}},{{0x77L,0x77L,0x80L,0x80L,0x77L,0x77L,0x80L},{6UL,0xE5L,6UL,0xE5L,6UL,0xE5L,6UL},{0x77L,0x80L,0x80L,0x77L,0x77L,0x80L,0x80L},{252UL,0xE5L,252UL,0xE5L,252UL,0xE5L,252UL}},{{0x77L,0x77L,0x80L,0x80L,0x77L,0x77L,0x80L},{6UL,0xE5L,6UL,0xE5L,6UL,0xE5L,6UL},{0x77L,0x80L,0x80L,0x77L,0x77L,0x80L,0x80L},{252UL,0xE5L,252UL,0xE5L,252UL,0xE5L,252UL}},{{0x77L,0x77L,0x80L,0x80L,0x77L,0x77L,0x80L},{6UL,0xE5L,6UL,0xE5L,6UL,0xE5L,6UL},{0x77L,0x80L,0x80L,0x77L,0x77L,0x80L,0x80L},{252UL,0xE5L,252UL,0xE5L,252UL,0xE5L,252UL}},{{0x77L,0x77L,0x80L,0x80L,0x77L,0x77L,0x80L},{6UL,0xE5L,6UL,0xE5L,6UL,0xE5L,6UL},{0x77L,0x80L,0x80L,0x77L,0x77L,0x80L,0x80L},{252UL,0xE5L,252UL,0xE5L,252UL,0xE5L,252UL}},{{0x77L,0x77L,0x80L,0x80L,0x77L,0x77L,0x80L},{6UL,0xE5L,6UL,0xE5L,6UL,0xE5L,6UL},{0x77L,0x80L,0x80L,0x77L,0x77L,0x80L,0x80L},{252UL,0xE5L,252UL,0xE5L,252UL,0xE5L,252UL}},{{0x77L,0x77L,0x80L,0x80L,0x77L,0x77L,0x80L},{6UL,0xE5L,6UL,0xE5L,6UL,0xE5L,6UL},{0x77L,0x80L,0x80L,0x77L,0x77L,0x80L,0x80L},{252UL,0xE5L,252UL,0xE5L,252UL,0xE5L,252UL}},{{0x77L,0x77L,0x80L,0x80L,0x77L,0x77L,0x80L},{6UL,0xE5L,6UL,0xE5L,6UL,0xE5L,6UL},{0x77L,0x80L,0x80L,0x77L,0x77L,0x80L,0x80L},{252UL,0xE5L,252UL,0xE5L,252UL,0xE5L,252UL}},{{0x77L,0x77L,0x80L,0x80L,0x77L,0x77L,0x80L},{6UL,0xE5L,6UL,0xE5L,6UL,0xE5L,6UL},{0x77L,0x80L,0x80L,0x77L,0x77L,0x80L,0x80L},{252UL,0xE5L,252UL,0xE5L,252UL,0xE5L,252UL}}};
                int32_t l_831 = 9L;
                int32_t l_852 = 0x19D51948L;
                uint8_t l_864 = 2UL;
                int i, j, k;
                for (g_287 = 0; (g_287 <= 2); g_287 += 1)
                { /* block id: 345 */
                    uint32_t l_806 = 18446744073709551615UL;
                    uint16_t *l_842 = &l_573;
                    uint16_t *l_843 = &g_96;
                    uint16_t *l_851 = (void*)0;
                    int8_t *l_879[3][4] = {{(void*)0,&l_693,&l_693,(void*)0},{&l_693,(void*)0,&l_693,&l_693},{(void*)0,(void*)0,&g_383,(void*)0}};
                    uint8_t l_880 = 4UL;
                    int i, j;
                    for (g_467 = 3; (g_467 >= 0); g_467 -= 1)
                    { /* block id: 348 */
                        uint32_t **l_815 = &g_775;
                        int i, j;
                        ++l_806;
                        if (l_748[g_467])
                            break;
                        l_831 |= ((**g_100) != (((*g_664) < (safe_mul_func_int16_t_s_s(((safe_mod_func_int16_t_s_s((((((safe_mul_func_uint16_t_u_u((((((void*)0 != l_815) < ((-1L) > ((l_779 = ((safe_sub_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u(((((safe_rshift_func_uint16_t_u_u(((0xF81BL ^ (safe_mul_func_int16_t_s_s(((*g_267) = (**g_266)), (((~((safe_add_func_uint8_t_u_u(((((((safe_rshift_func_int16_t_s_s(((1L < (0L ^ 1UL)) == l_806), 13)) < l_829) && (*p_41)) | l_829) < l_806) , 254UL), 0L)) >= l_797)) && l_829) , 65532UL)))) , l_779), 6)) > l_748[1]) , l_829) , (*l_754)), 8)), (-1L))) | l_800)) < g_75))) , &g_96) == &g_96), l_829)) || 0xE523F021L) ^ l_693) && l_806) || l_693), 1UL)) & 0xD09B3638L), l_830[4][2][0]))) & (*l_51)));
                    }
                    if ((safe_div_func_int8_t_s_s((safe_add_func_int32_t_s_s((((((*g_267) , (safe_sub_func_uint8_t_u_u(((((*l_843) = ((safe_sub_func_int32_t_s_s(((*p_41) | (safe_add_func_uint16_t_u_u((l_831 |= (l_800 = 0UL)), l_748[3]))), ((*l_51) && l_806))) , ((*l_842) |= (*l_51)))) != (l_852 = ((+g_648) <= (safe_rshift_func_uint16_t_u_s((+((l_848[0][0][0] == l_849[0]) , (*g_465))), l_850))))) && 1L), (*l_754)))) > (*g_502)) , 0x791BF39AC9D22020LL) || l_806), 0x9831A6EEL)), (*l_754))))
                    { /* block id: 360 */
                        int16_t l_859[1];
                        int8_t *l_862 = &l_693;
                        int64_t l_863 = 0xEC9B35C2F0292525LL;
                        int i;
                        for (i = 0; i < 1; i++)
                            l_859[i] = 3L;
                        (*l_754) = (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((((safe_mul_func_uint8_t_u_u(0UL, 0x0DL)) == ((((void*)0 != &g_101) && ((((0x0CC1FA1ACCB87D36LL != l_859[0]) , ((*l_843) = (safe_mul_func_uint8_t_u_u(l_748[0], ((*l_862) = ((g_100 = &g_101) == &p_41)))))) <= l_863) ^ l_806)) | l_864)) | (*l_754)), l_720)), (*l_754)));
                    }
                    else
                    { /* block id: 365 */
                        uint32_t l_865 = 0x04FB60BDL;
                        l_865 &= ((**g_100) <= (&g_465 != &g_465));
                        if ((*g_101))
                            continue;
                    }
                    for (l_188 = 0; (l_188 > 56); l_188 = safe_add_func_int8_t_s_s(l_188, 6))
                    { /* block id: 371 */
                        if (l_868[1][0][5])
                            break;
                    }
                    (*g_101) = ((~((((**g_266) = (*l_51)) , (l_852 <= ((safe_mul_func_int8_t_s_s((l_880 &= (l_748[0] &= ((*p_41) , ((((safe_add_func_uint32_t_u_u((l_806 <= (*l_51)), l_864)) > (!((**g_464) = ((safe_add_func_uint64_t_u_u(l_806, ((safe_rshift_func_int8_t_s_u(l_806, ((((**g_464) , &p_41) != (void*)0) & 0xD46635F255E30F2ELL))) & (-1L)))) >= 0x67L)))) <= (*l_51)) | l_779)))), l_881)) && l_868[1][0][5]))) , 0xB2L)) != l_806);
                }
                for (g_91 = 0; (g_91 >= 48); ++g_91)
                { /* block id: 382 */
                    (*g_101) = (*p_41);
                }
            }
        }
        else
        { /* block id: 386 */
            uint8_t *l_890 = &l_683;
            int32_t l_891 = 0L;
            int32_t l_939 = 0x3A2D287AL;
            uint64_t **l_986 = &g_502;
            int32_t *l_997 = (void*)0;
            uint16_t *l_1018 = &l_188;
            int32_t l_1026 = 0x34F2E355L;
            int8_t *l_1029[5][8] = {{&g_627,&g_383,&l_791,&l_791,&g_383,&g_627,&g_383,&g_627},{&g_627,&g_383,&g_383,&g_383,&g_383,&l_791,&g_383,&g_627},{&g_383,&g_383,&g_627,&l_791,&l_791,&g_383,&g_383,&l_791},{&g_627,&l_791,&l_791,&g_627,&g_383,&g_627,&g_383,&l_791},{&g_383,&g_627,&g_627,&g_383,&g_627,&g_627,&g_383,&g_383}};
            int8_t **l_1036 = &l_1029[2][2];
            uint32_t l_1037 = 4294967286UL;
            uint32_t *l_1042 = &l_1037;
            uint32_t *l_1043 = &l_1037;
            int i, j;
            for (g_665 = (-21); (g_665 != 9); g_665++)
            { /* block id: 389 */
                int16_t l_892 = 0xDA81L;
                int16_t *l_899[9][2] = {{&l_384,&l_384},{&l_384,&g_575},{&l_384,&l_384},{&l_384,&g_575},{&l_384,&l_384},{&l_384,&g_575},{&l_384,&l_384},{&l_384,&g_575},{&l_384,&l_384}};
                uint32_t l_911[2];
                uint8_t **l_923[2];
                uint8_t ***l_948 = (void*)0;
                const int64_t l_961 = 4L;
                int32_t l_1005 = 1L;
                int i, j;
                for (i = 0; i < 2; i++)
                    l_911[i] = 0x22EC16F8L;
                for (i = 0; i < 2; i++)
                    l_923[i] = &l_890;
                if (((((safe_lshift_func_int16_t_s_u(((safe_rshift_func_int16_t_s_u(((*g_267) = (*l_51)), (((*g_464) = l_152) == l_890))) && l_891), l_892)) && 65535UL) < ((((safe_div_func_int8_t_s_s((safe_mod_func_int32_t_s_s((*l_754), (safe_lshift_func_int16_t_s_s((g_575 = l_892), 6)))), (safe_lshift_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((safe_div_func_int64_t_s_s((~((((safe_sub_func_uint64_t_u_u(((*l_754) && l_891), l_892)) >= (**g_477)) & l_891) <= l_891)), (*l_51))), 4)), l_891)), l_911[0])))) <= (*g_478)) == 0xA6L) > (*l_754))) || (*l_51)))
                { /* block id: 393 */
                    uint8_t ***l_924 = &l_923[1];
                    uint16_t *l_938 = &l_188;
                    uint16_t *l_940 = &g_96;
                    int32_t l_949 = 0x8D47028DL;
                    uint32_t *l_952[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    const int32_t **l_954 = (void*)0;
                    const int32_t *l_956 = &g_143[8];
                    const int32_t **l_955[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_955[i] = &l_956;
                    l_233[5][1] &= ((safe_sub_func_int32_t_s_s((!((safe_mul_func_int16_t_s_s(((!(((1L <= ((*l_754) |= (*p_41))) , (((**g_477) >= (g_953 = (((g_75 &= (0x2032L > ((*g_267) = ((+((l_891 & (safe_mod_func_int64_t_s_s((safe_add_func_int64_t_s_s((((*l_924) = l_923[1]) == (g_951 = ((safe_mod_func_int32_t_s_s(((safe_lshift_func_int16_t_s_s(((safe_unary_minus_func_uint16_t_u((safe_add_func_uint16_t_u_u(((safe_mod_func_uint64_t_u_u((safe_add_func_uint16_t_u_u(((*l_938) = l_891), ((*l_940)--))), l_939)) ^ (((safe_div_func_int16_t_s_s((!((safe_rshift_func_int8_t_s_u((l_948 != &g_464), l_949)) >= (*l_51))), 0xD60FL)) , g_2) != (-1L))), 0x8460L)))) , 0xC169L), l_939)) ^ 0x0A7D431FL), 1UL)) , l_950))), l_949)), l_892))) && l_949)) > 1L)))) || l_949) >= g_143[8]))) != g_143[3])) >= (**g_501))) == (*g_101)), l_949)) , (*l_754))), (-3L))) > 0UL);
                    g_957[0] = p_41;
                }
                else
                { /* block id: 404 */
                    uint16_t l_958 = 6UL;
                    l_958 |= (-1L);
                }
                (*g_100) = func_42(((*g_100) = func_47(&l_891, l_911[0], ((((*g_267) <= ((safe_mod_func_int8_t_s_s(((g_61 && l_961) || 1L), g_627)) & ((~l_911[0]) <= (((((safe_sub_func_int64_t_s_s((~((*g_501) != (**l_659))), l_961)) > (*l_51)) && 0x3CE0F9F4L) , l_939) , l_891)))) | 0xED72L) || 0x3DC3L))), l_892, &l_939, (*l_51));
                for (g_287 = 0; (g_287 < 2); ++g_287)
                { /* block id: 411 */
                    uint32_t l_974 = 0xA2ED4794L;
                    int8_t *l_992 = &g_627;
                    for (g_91 = 0; (g_91 >= 55); g_91 = safe_add_func_int64_t_s_s(g_91, 7))
                    { /* block id: 414 */
                        (*g_101) = (&l_225 == (void*)0);
                    }
                    (*g_100) = ((safe_mod_func_int64_t_s_s(((safe_sub_func_int64_t_s_s(l_891, 0x82ADDAF6BCC45283LL)) , ((*l_141) = (l_974 < (((safe_mod_func_int16_t_s_s(l_939, l_891)) & (l_974 >= (((*l_754) != (safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s(((*g_267) = (((((((safe_unary_minus_func_uint8_t_u(((safe_sub_func_uint32_t_u_u(0x5471C95CL, (((safe_div_func_uint32_t_u_u((***g_476), (*p_41))) , l_986) == (*l_659)))) == l_911[1]))) ^ (*p_41)) , (*p_41)) && 0L) > (*p_41)) , (void*)0) != (void*)0)), 12)), l_911[0]))) == g_93))) > (*l_51))))), 18446744073709551615UL)) , &l_676);
                    for (l_225 = 0; (l_225 < (-14)); l_225 = safe_sub_func_int32_t_s_s(l_225, 8))
                    { /* block id: 422 */
                        uint32_t l_989 = 0xC2CBFE32L;
                        (*l_754) = ((**g_100) = (*p_41));
                        (*l_754) |= (l_989 , ((**g_100) = (safe_rshift_func_uint16_t_u_u(l_974, l_891))));
                        (*g_101) = (l_992 == ((safe_lshift_func_uint16_t_u_s(0x3537L, (*l_754))) , &g_627));
                    }
                }
                l_1005 = (((safe_sub_func_int32_t_s_s(((*g_101) ^= l_939), (*g_478))) && ((l_950 == &l_152) , (((void*)0 == l_997) && l_891))) < (safe_sub_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u(1UL, 5)), (&g_774 != l_1002))));
            }
            l_1019 ^= (safe_rshift_func_uint8_t_u_s((((*l_51) || 0xC81842F5758408C5LL) || (((safe_div_func_int32_t_s_s((safe_add_func_int16_t_s_s((0x08L ^ (safe_mul_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u(((*p_41) | 0x2CBBDAD9L), (safe_lshift_func_uint8_t_u_u(l_939, (*l_51))))) & (-1L)), (g_96 = ((*l_1018) = (&g_96 == &l_188)))))), g_467)), (*p_41))) | (-3L)) & (*l_754))), l_891));
            if (((safe_mul_func_uint16_t_u_u((safe_mod_func_int16_t_s_s(((*g_502) , ((safe_lshift_func_uint16_t_u_s(((*l_754) && ((***l_659) = l_1026)), 15)) < (((safe_sub_func_int8_t_s_s((l_939 = 0x20L), (((g_1038[7][3] |= ((((g_575 & (l_891 |= ((safe_lshift_func_int8_t_s_u((*l_754), 4)) != ((*g_267) = (safe_div_func_uint32_t_u_u((safe_add_func_uint64_t_u_u(l_1026, (((*l_1036) = l_1029[4][6]) != &l_791))), l_1037)))))) > 0xFAEFL) >= g_2) | (*l_51))) == (*l_754)) , 0x44L))) ^ (*l_754)) , (*l_754)))), (-10L))), 0x8DA4L)) || (*l_754)))
            { /* block id: 442 */
                l_939 &= (*p_41);
            }
            else
            { /* block id: 444 */
                uint32_t **l_1041[3][2] = {{&g_478,&g_478},{&g_478,&g_478},{&g_478,&g_478}};
                int32_t l_1046 = 7L;
                int i, j;
                l_1046 = (safe_div_func_int32_t_s_s((((**g_476) == (l_1043 = (l_1042 = l_658))) > (((void*)0 == l_1044[2][0]) < 0UL)), ((+((l_1046 && ((*l_595) = ((l_1037 , (((safe_sub_func_uint64_t_u_u((safe_div_func_int64_t_s_s((l_1037 < 0x8DDBA0CFL), l_1037)), l_1046)) || 2UL) || (*l_754))) , (*g_478)))) , 0x83L)) , 0x03245668L)));
            }
            (*g_101) ^= ((*l_754) = (safe_sub_func_uint64_t_u_u((0x18307C2FL & ((void*)0 == l_656)), (**g_501))));
        }
        return l_1055;
    }
    (*g_100) = &l_233[3][6];
    return g_1057[2][3];
}


/* ------------------------------------------ */
/* 
 * reads : g_75 g_2 g_91 g_93 g_61 g_100 g_101 g_36 g_64
 * writes: g_75 g_91 g_93 g_96 g_124 g_36 g_101 g_61
 */
static int32_t * func_42(int32_t * p_43, const int8_t  p_44, int32_t * p_45, uint64_t  p_46)
{ /* block id: 37 */
    uint16_t l_67 = 9UL;
    uint8_t *l_74[6] = {&g_75,&g_75,&g_75,&g_75,&g_75,&g_75};
    int32_t l_79 = (-1L);
    uint64_t *l_90 = &g_91;
    uint32_t *l_92 = &g_93;
    int64_t l_94 = (-1L);
    uint16_t *l_95 = &g_96;
    uint16_t l_97 = 65529UL;
    uint16_t *l_98 = &l_97;
    int32_t l_99 = (-1L);
    int32_t *l_125 = &g_61;
    int32_t *l_126 = (void*)0;
    int32_t *l_127 = &l_99;
    int32_t *l_128 = (void*)0;
    int32_t *l_129 = &l_79;
    int32_t *l_130 = &l_79;
    int32_t *l_131 = &g_36;
    int32_t *l_132 = (void*)0;
    int32_t *l_133 = &l_79;
    int32_t *l_134 = (void*)0;
    int32_t *l_135 = &g_36;
    int32_t *l_136[10][2][10] = {{{&l_99,(void*)0,&l_99,&g_2,&l_99,&g_36,&l_99,&l_99,&g_36,&l_99},{&g_36,&g_61,&l_99,&l_99,&l_99,&l_99,(void*)0,(void*)0,&l_99,&g_36}},{{&l_79,(void*)0,&g_61,&g_36,&l_99,(void*)0,&g_61,&g_36,(void*)0,&l_99},{&g_2,&g_36,&g_61,&l_99,(void*)0,&g_61,&g_61,(void*)0,&g_36,(void*)0}},{{(void*)0,&g_36,(void*)0,&l_99,(void*)0,&g_36,(void*)0,(void*)0,&g_2,&g_36},{&g_2,(void*)0,(void*)0,&g_36,&l_99,(void*)0,&g_36,&g_2,&g_61,(void*)0}},{{&g_36,(void*)0,&g_36,&l_99,&g_36,&l_99,(void*)0,&g_36,(void*)0,&g_61},{&l_99,&g_36,&g_2,&g_61,(void*)0,&l_99,&g_61,&l_99,&l_79,&g_2}},{{&g_61,&g_36,&g_61,&g_2,&l_99,&g_61,&g_61,&g_2,&g_2,&g_61},{&g_36,(void*)0,&g_61,&g_61,(void*)0,&g_36,(void*)0,(void*)0,(void*)0,&g_61}},{{(void*)0,&g_61,&g_2,&g_61,&g_2,&g_61,&l_99,(void*)0,&g_61,&g_61},{(void*)0,(void*)0,(void*)0,&g_61,(void*)0,&g_36,&g_61,&g_2,&g_36,&g_36}},{{&g_36,&g_61,&g_2,(void*)0,&g_61,&l_99,&l_79,(void*)0,(void*)0,&g_2},{&l_99,(void*)0,&g_2,(void*)0,&g_36,&g_2,&l_99,&l_99,&l_99,&g_2}},{{&l_99,&g_2,&l_99,&g_2,&l_99,&l_99,&g_61,&g_61,(void*)0,&l_99},{&g_61,&g_2,&g_36,&g_36,(void*)0,&g_61,&g_2,&g_61,&l_99,&l_99}},{{(void*)0,&g_36,&l_99,&g_36,&l_99,(void*)0,&g_36,(void*)0,&g_61,&g_2},{(void*)0,&g_61,&g_61,&g_2,&g_36,&g_61,&g_36,&l_99,&g_61,&g_2}},{{&l_99,(void*)0,&l_99,&g_61,&g_61,(void*)0,&g_2,&g_2,(void*)0,&g_61},{&g_61,(void*)0,(void*)0,&g_61,&g_2,&g_61,&l_79,&g_2,&g_2,&l_99}}};
    int16_t l_137 = 3L;
    uint16_t l_138 = 8UL;
    int i, j, k;
    (*l_125) = func_14((l_67 ^= (~4L)), func_68((((g_75 = 0x71L) , ((!(((l_99 &= ((*l_98) = (l_79 = ((safe_mod_func_uint16_t_u_u((g_75 , l_79), ((safe_div_func_int64_t_s_s((((*l_95) = (((safe_mod_func_int32_t_s_s((safe_add_func_int32_t_s_s((safe_mul_func_int8_t_s_s(((safe_sub_func_uint32_t_u_u(((((*l_90) &= g_2) ^ (g_75 != 0x33A7AA557094D041LL)) , ((*l_92) &= 0UL)), (g_61 ^ p_46))) < 0x9F207B6FL), p_46)), (*p_43))), l_79)) , l_94) ^ (*p_43))) >= l_97), 2L)) , 1UL))) <= g_61)))) == g_75) <= g_75)) <= (*p_45))) | 0x24L), l_94, l_94, g_100, l_94), p_44);
    --l_138;
    return p_43;
}


/* ------------------------------------------ */
/* 
 * reads : g_36 g_2 g_64 g_61 l_891 l_1105
 * writes: g_36
 */
static int32_t * func_47(int32_t * p_48, const uint8_t  p_49, int64_t  p_50)
{ /* block id: 25 */
    int32_t *l_56 = &g_2;
    int32_t **l_55 = &l_56;
    int32_t l_59[7] = {0L,0L,0L,0L,0L,0L,0L};
    int32_t l_62 = 9L;
    int i;
    (*l_55) = (void*)0;
    for (g_36 = 0; (g_36 != (-21)); g_36 = safe_sub_func_int64_t_s_s(g_36, 7))
    { /* block id: 29 */
        int32_t *l_60[7][5] = {{&g_61,&g_61,&g_36,&g_61,&g_61},{&g_61,&g_61,&g_61,&g_61,&g_61},{&g_61,&g_61,&g_61,&g_61,&g_61},{&g_61,&g_61,&g_36,&g_61,&g_61},{&g_61,&g_61,&g_61,&g_61,&g_61},{&g_61,&g_61,&g_61,&g_61,&g_61},{&g_61,&g_61,&g_36,&g_61,&g_61}};
        const int32_t l_63 = 1L;
        int i, j;
        l_62 = (l_59[4] = (*p_48));
        if (l_63)
            continue;
        l_59[4] = ((void*)0 != g_64[6][0]);
        if ((*p_48))
            break;
    }
    return p_48;
}


/* ------------------------------------------ */
/* 
 * reads : g_100 g_101 g_93 g_61 g_91 g_36 g_64 l_891 l_1105
 * writes: g_124 g_36 g_101
 */
static uint8_t  func_68(int64_t  p_69, uint16_t  p_70, const int8_t  p_71, int32_t ** p_72, uint64_t  p_73)
{ /* block id: 46 */
    int64_t l_102 = (-1L);
    int32_t *l_103 = (void*)0;
    int32_t *l_104 = &g_36;
    int32_t *l_105 = &g_61;
    int32_t *l_106 = &g_61;
    int32_t *l_107 = (void*)0;
    int32_t l_108 = 0x09A6D6C5L;
    int32_t *l_109 = &g_36;
    int32_t *l_110[8] = {&l_108,&l_108,&l_108,&l_108,&l_108,&l_108,&l_108,&l_108};
    uint8_t l_111 = 0UL;
    int16_t *l_123 = &g_124;
    int i;
    l_111--;
    (*p_72) = func_47((*g_100), (safe_div_func_uint16_t_u_u(0UL, ((((safe_sub_func_uint64_t_u_u(p_69, ((p_69 & (~p_71)) , ((safe_mul_func_uint16_t_u_u(p_71, (((safe_mul_func_int8_t_s_s((((*l_123) = g_93) & 0x7677L), ((((p_71 , (void*)0) == (void*)0) ^ p_73) < p_71))) != 0x57C78B2DL) & (**p_72)))) >= p_69)))) , g_91) , p_71) , g_61))), (*l_104));
    return p_70;
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
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_142[i], "g_142[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_143[i], "g_143[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_287, "g_287", print_hash_value);
    transparent_crc(g_328, "g_328", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_366[i][j], "g_366[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_383, "g_383", print_hash_value);
    transparent_crc(g_467, "g_467", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_572[i][j][k], "g_572[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_575, "g_575", print_hash_value);
    transparent_crc(g_627, "g_627", print_hash_value);
    transparent_crc(g_648, "g_648", print_hash_value);
    transparent_crc(g_665, "g_665", print_hash_value);
    transparent_crc(g_953, "g_953", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_1038[i][j], "g_1038[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1115, "g_1115", print_hash_value);
    transparent_crc(g_1172, "g_1172", print_hash_value);
    transparent_crc(g_1258, "g_1258", print_hash_value);
    transparent_crc(g_1323, "g_1323", print_hash_value);
    transparent_crc(g_1546, "g_1546", print_hash_value);
    transparent_crc(g_1550, "g_1550", print_hash_value);
    transparent_crc(g_1558, "g_1558", print_hash_value);
    transparent_crc(g_1616, "g_1616", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_1654[i], "g_1654[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_1656[i], "g_1656[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1739, "g_1739", print_hash_value);
    transparent_crc(g_1844, "g_1844", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 412
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

XXX max expression depth: 43
breakdown:
   depth: 1, occurrence: 189
   depth: 2, occurrence: 37
   depth: 3, occurrence: 2
   depth: 4, occurrence: 6
   depth: 5, occurrence: 2
   depth: 6, occurrence: 1
   depth: 10, occurrence: 1
   depth: 12, occurrence: 2
   depth: 13, occurrence: 2
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 19, occurrence: 2
   depth: 20, occurrence: 3
   depth: 21, occurrence: 1
   depth: 22, occurrence: 3
   depth: 23, occurrence: 4
   depth: 24, occurrence: 3
   depth: 25, occurrence: 1
   depth: 26, occurrence: 2
   depth: 27, occurrence: 2
   depth: 28, occurrence: 4
   depth: 29, occurrence: 1
   depth: 31, occurrence: 2
   depth: 34, occurrence: 1
   depth: 36, occurrence: 1
   depth: 39, occurrence: 1
   depth: 40, occurrence: 1
   depth: 43, occurrence: 2

XXX total number of pointers: 325

XXX times a variable address is taken: 1083
XXX times a pointer is dereferenced on RHS: 358
breakdown:
   depth: 1, occurrence: 264
   depth: 2, occurrence: 79
   depth: 3, occurrence: 15
XXX times a pointer is dereferenced on LHS: 214
breakdown:
   depth: 1, occurrence: 174
   depth: 2, occurrence: 37
   depth: 3, occurrence: 3
XXX times a pointer is compared with null: 37
XXX times a pointer is compared with address of another variable: 14
XXX times a pointer is compared with another pointer: 13
XXX times a pointer is qualified to be dereferenced: 4863

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 773
   level: 2, occurrence: 334
   level: 3, occurrence: 34
XXX number of pointers point to pointers: 119
XXX number of pointers point to scalars: 206
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 30.5
XXX average alias set size: 1.58

XXX times a non-volatile is read: 1790
XXX times a non-volatile is write: 704
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 2

XXX stmts: 184
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 23
   depth: 1, occurrence: 14
   depth: 2, occurrence: 16
   depth: 3, occurrence: 28
   depth: 4, occurrence: 49
   depth: 5, occurrence: 54

XXX percentage a fresh-made variable is used: 14.6
XXX percentage an existing variable is used: 85.4
********************* end of statistics **********************/

