/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      1
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 6L;
static int32_t g_6 = 9L;
static uint16_t g_48 = 65535UL;
static uint64_t g_60 = 18446744073709551615UL;
static int32_t g_63 = (-5L);
static int32_t g_76 = (-10L);
static uint32_t g_93 = 8UL;
static int8_t g_112[4] = {0x7AL,0x7AL,0x7AL,0x7AL};
static uint32_t g_120[10][3][7] = {{{0x61587F35L,4294967295UL,0UL,0xA7C56116L,0UL,0x44380E06L,4294967295UL},{4294967292UL,0x5AB2A6A6L,4294967291UL,0xD6B89D5AL,0x44380E06L,9UL,0x424CFB0CL},{8UL,0x6B6F1F25L,0x1586B660L,0UL,0xB322AC55L,0x002F449DL,0x2C3304EDL}},{{0x5AB2A6A6L,0x2C3304EDL,1UL,0UL,0UL,0UL,0UL},{8UL,0UL,0UL,0xBDFCF0F4L,0UL,0x1586B660L,0UL},{0x61587F35L,4294967292UL,4294967293UL,4294967288UL,0xB322AC55L,0xF3B7F0D5L,0xF3B7F0D5L}},{{0UL,4294967293UL,0x6B6F1F25L,4294967293UL,0UL,0x5AB2A6A6L,0x8C00D659L},{0x5886D350L,0x44380E06L,4294967295UL,8UL,0x35819B78L,0UL,4294967295UL},{0x8C00D659L,0xF3B7F0D5L,0x2C3304EDL,0x6B6F1F25L,0x44380E06L,8UL,0x61587F35L}},{{0x5886D350L,8UL,4294967292UL,1UL,9UL,0x5886D350L,0x35819B78L},{0UL,0xB322AC55L,4294967293UL,0x812E5E4DL,0x002F449DL,4294967293UL,0UL},{0xCAFD932BL,0x09BDD522L,0x6B6F1F25L,8UL,0UL,0UL,0xBDFCF0F4L}},{{4294967295UL,0x8E064356L,7UL,8UL,0x1586B660L,1UL,4294967295UL},{4294967292UL,9UL,0UL,0x812E5E4DL,0xF3B7F0D5L,0x1586B660L,0xF3B7F0D5L},{1UL,0x8C00D659L,0x8C00D659L,1UL,0x7089988BL,4294967291UL,8UL}},{{4294967295UL,4294967293UL,0xBDFCF0F4L,0x6B6F1F25L,4294967288UL,0UL,4294967293UL},{0xCAFD932BL,4294967293UL,0xF13771C7L,8UL,0xD6B89D5AL,0x424CFB0CL,8UL},{7UL,4294967295UL,4294967288UL,4294967293UL,0x1586B660L,0UL,0xF3B7F0D5L}},{{0xBDFCF0F4L,0x44380E06L,1UL,0x66F91BAAL,0xACEB1B18L,8UL,4294967295UL},{0xA7C56116L,0x8C00D659L,4294967292UL,4294967288UL,0x44380E06L,0x4E1B6EB8L,0xBDFCF0F4L},{0UL,0x5AB2A6A6L,4294967292UL,0x2C3304EDL,8UL,0UL,0UL}},{{0UL,4294967292UL,1UL,0x35819B78L,4294967293UL,4294967293UL,0x35819B78L},{4294967288UL,0UL,4294967288UL,8UL,0x35819B78L,7UL,0x61587F35L},{4294967293UL,0x8E064356L,0xF13771C7L,0x8F22BB1BL,4294967295UL,4294967292UL,4294967295UL}},{{1UL,8UL,0xBDFCF0F4L,0UL,0xF3B7F0D5L,7UL,0x8C00D659L},{0xB322AC55L,0xD6B89D5AL,0x8C00D659L,0x2C3304EDL,4294967288UL,4294967293UL,0x424CFB0CL},{4294967295UL,0x002F449DL,0UL,4294967288UL,0xCAFD932BL,0UL,0x002F449DL}},{{4294967288UL,4294967295UL,7UL,8UL,0x8C00D659L,0x4E1B6EB8L,4294967292UL},{0x1586B660L,4294967295UL,0x6B6F1F25L,1UL,4294967295UL,8UL,0xF3B7F0D5L},{0x5886D350L,0x002F449DL,4294967293UL,0UL,0xACEB1B18L,0UL,4294967293UL}}};
static uint32_t g_144[1] = {0UL};
static uint8_t g_146[5] = {255UL,255UL,255UL,255UL,255UL};
static int32_t *g_181 = &g_76;
static int32_t **g_180 = &g_181;
static int32_t g_192 = 0x35B83EC2L;
static int64_t g_199[7] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
static int64_t *g_198[5] = {&g_199[3],&g_199[3],&g_199[3],&g_199[3],&g_199[3]};
static uint64_t *g_202 = &g_60;
static uint64_t **g_201 = &g_202;
static uint16_t g_217 = 1UL;
static uint16_t g_221 = 0xB0BFL;
static uint64_t g_262 = 0x89CA341128DF1E42LL;
static uint32_t g_264 = 1UL;
static uint32_t g_268 = 0xA7593547L;
static int16_t g_301 = 0xDC58L;
static int64_t g_361[4] = {0x674A3F38699217A7LL,0x674A3F38699217A7LL,0x674A3F38699217A7LL,0x674A3F38699217A7LL};
static int32_t ***g_459 = (void*)0;
static int64_t g_507 = 0L;
static int32_t g_508 = 1L;
static int64_t g_510 = 0x6377F5CB66BE14C3LL;
static int8_t g_511 = (-1L);
static int32_t g_512 = (-1L);
static int32_t g_513 = 0x09A3DEADL;
static int32_t g_514 = 0x513DE392L;
static int8_t g_515[7][6] = {{1L,0x5EL,0x5EL,1L,1L,0x5EL},{1L,1L,0x5EL,0x5EL,1L,1L},{1L,0x5EL,0x5EL,1L,1L,0x5EL},{1L,1L,0x5EL,0x5EL,1L,1L},{1L,0x5EL,0x5EL,1L,1L,0x5EL},{1L,1L,0x5EL,0x5EL,1L,1L},{1L,0x5EL,0x5EL,1L,1L,0x5EL}};
static uint16_t g_516 = 1UL;
static int32_t **g_536 = (void*)0;
static uint8_t g_619 = 0UL;
static int64_t g_629[10][1][5] = {{{0x8D8B0271E3D868D9LL,0x8E2605E9EEDD45EELL,0x8D8B0271E3D868D9LL,(-8L),(-8L)}},{{0xF76DC7A944FE7D2CLL,(-1L),0xF76DC7A944FE7D2CLL,0L,0L}},{{0x8D8B0271E3D868D9LL,0x8E2605E9EEDD45EELL,0x8D8B0271E3D868D9LL,(-8L),(-8L)}},{{0xF76DC7A944FE7D2CLL,(-1L),0xF76DC7A944FE7D2CLL,0L,0L}},{{0x8D8B0271E3D868D9LL,0x8E2605E9EEDD45EELL,0x8D8B0271E3D868D9LL,(-8L),(-8L)}},{{0xF76DC7A944FE7D2CLL,(-1L),0xF76DC7A944FE7D2CLL,0L,0L}},{{0x8D8B0271E3D868D9LL,0x8E2605E9EEDD45EELL,0x8D8B0271E3D868D9LL,(-8L),(-8L)}},{{0xF76DC7A944FE7D2CLL,(-1L),0xF76DC7A944FE7D2CLL,0L,0L}},{{0x8D8B0271E3D868D9LL,0x8E2605E9EEDD45EELL,0x8D8B0271E3D868D9LL,(-8L),(-8L)}},{{0xF76DC7A944FE7D2CLL,(-1L),0xF76DC7A944FE7D2CLL,0L,0L}}};
static uint32_t g_630 = 7UL;
static uint16_t **g_636 = (void*)0;
static uint16_t g_699 = 0xA640L;
static int64_t g_701 = 0x31B5EE36409A2987LL;
static int8_t g_747 = (-3L);
static int32_t g_807 = 0x812857D8L;
static int32_t * const g_806 = &g_807;
static int32_t * const *g_805 = &g_806;
static int32_t * const **g_804 = &g_805;
static uint32_t g_833 = 0xAD6081FDL;
static int32_t g_846 = 0xDF4D8533L;
static uint32_t g_876 = 4294967292UL;
static int16_t g_957 = (-1L);
static uint32_t g_958 = 1UL;
static int32_t g_997 = 3L;
static const int16_t *g_1045 = &g_301;
static const int16_t **g_1044 = &g_1045;
static int64_t ** const *g_1101 = (void*)0;
static uint16_t *g_1103 = &g_217;
static const int32_t *g_1105 = &g_512;
static uint32_t g_1122 = 1UL;
static int16_t *g_1143 = &g_957;
static int16_t **g_1142 = &g_1143;
static int16_t ***g_1141[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int16_t g_1223 = (-1L);
static uint64_t g_1225 = 0UL;
static uint8_t *g_1267 = &g_619;
static int32_t g_1282 = 1L;
static uint8_t g_1285 = 247UL;
static int32_t g_1298[5] = {(-1L),(-1L),(-1L),(-1L),(-1L)};
static uint64_t g_1315[2] = {1UL,1UL};
static uint32_t *g_1332 = &g_120[3][1][0];
static uint32_t **g_1331 = &g_1332;
static uint32_t *g_1354 = (void*)0;
static uint32_t ** const g_1353 = &g_1354;
static uint32_t ** const *g_1352[3][9] = {{(void*)0,&g_1353,&g_1353,(void*)0,&g_1353,&g_1353,&g_1353,(void*)0,&g_1353},{&g_1353,&g_1353,(void*)0,&g_1353,&g_1353,&g_1353,(void*)0,&g_1353,&g_1353},{&g_1353,(void*)0,&g_1353,&g_1353,&g_1353,(void*)0,&g_1353,&g_1353,(void*)0}};
static int32_t g_1371 = 4L;
static uint8_t **g_1385 = (void*)0;
static int32_t g_1422 = 0x2336FC07L;
static int16_t * const **** const g_1438 = (void*)0;
static uint64_t ***g_1483[7] = {&g_201,&g_201,(void*)0,&g_201,&g_201,(void*)0,&g_201};
static uint64_t ****g_1482[9] = {&g_1483[1],&g_1483[1],&g_1483[1],&g_1483[1],&g_1483[1],&g_1483[1],&g_1483[1],&g_1483[1],&g_1483[1]};
static uint64_t ****g_1490 = &g_1483[1];
static uint64_t *****g_1489 = &g_1490;
static int16_t ****g_1541[1][8][6] = {{{&g_1141[2],(void*)0,&g_1141[5],&g_1141[5],&g_1141[1],&g_1141[1]},{&g_1141[5],&g_1141[5],&g_1141[5],&g_1141[5],&g_1141[7],&g_1141[5]},{&g_1141[1],(void*)0,&g_1141[5],&g_1141[1],&g_1141[5],&g_1141[5]},{&g_1141[5],&g_1141[2],&g_1141[5],(void*)0,&g_1141[5],(void*)0},{(void*)0,(void*)0,(void*)0,&g_1141[0],&g_1141[7],&g_1141[2]},{&g_1141[5],&g_1141[5],&g_1141[5],&g_1141[5],&g_1141[1],&g_1141[7]},{&g_1141[1],(void*)0,&g_1141[0],&g_1141[5],&g_1141[5],&g_1141[5]},{&g_1141[5],&g_1141[5],(void*)0,&g_1141[5],(void*)0,&g_1141[7]}}};
static int16_t *****g_1540 = &g_1541[0][1][0];
static int32_t *g_1590 = &g_513;
static int32_t *g_1683 = &g_2;


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static int16_t  func_9(int16_t  p_10);
static int32_t  func_13(uint64_t  p_14, int32_t  p_15, int8_t  p_16, int16_t  p_17);
static uint16_t  func_18(int16_t  p_19, uint8_t  p_20, uint16_t  p_21, int32_t  p_22);
static uint16_t  func_25(int16_t  p_26, int32_t  p_27);
static int32_t  func_28(int64_t  p_29, int16_t  p_30, int16_t  p_31, uint32_t  p_32, int8_t  p_33);
static int16_t  func_34(uint32_t  p_35);
static int16_t  func_43(int32_t  p_44);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_6 g_1103 g_217 g_180 g_181 g_76 g_1315 g_1143 g_1045 g_301 g_1331 g_201 g_747 g_1142 g_957 g_1371 g_1267 g_146 g_701 g_202 g_60 g_1105 g_512 g_264 g_619 g_93 g_1332 g_876 g_516 g_1540 g_1541 g_804 g_805 g_1385 g_1353 g_806 g_807 g_1489 g_1490 g_1482 g_1354 g_958 g_361 g_120 g_515 g_513 g_1683 g_1225 g_511 g_510
 * writes: g_2 g_6 g_76 g_1315 g_217 g_957 g_181 g_1285 g_202 g_1352 g_747 g_619 g_701 g_146 g_93 g_221 g_1141 g_1385 g_60 g_120 g_876 g_516 g_1332 g_1354 g_1590 g_515 g_1489 g_511
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int8_t l_5 = 0xF4L;
    int32_t *l_1312 = (void*)0;
    int32_t *l_1313[10] = {&g_2,&g_2,&g_2,&g_2,&g_2,&g_2,&g_2,&g_2,&g_2,&g_2};
    int16_t l_1314[8][10][3] = {{{9L,0x7D3EL,0L},{0xC325L,0x419EL,(-1L)},{9L,0x6415L,9L},{0xC325L,0x0D94L,0L},{9L,0xEEC5L,0L},{0xC325L,(-1L),0xC325L},{9L,0x7D3EL,0L},{0xC325L,0x419EL,(-1L)},{9L,0x6415L,9L},{0xC325L,0x0D94L,0L}},{{9L,0xEEC5L,0L},{0xC325L,(-1L),0xC325L},{9L,0x7D3EL,0L},{0xC325L,0x419EL,(-1L)},{9L,0x6415L,9L},{0xC325L,0x0D94L,0L},{9L,0xEEC5L,0L},{0xC325L,(-1L),0xC325L},{9L,0x7D3EL,0L},{0xC325L,0x419EL,(-1L)}},{{9L,0x6415L,9L},{0xC325L,0x0D94L,0L},{9L,0xEEC5L,0L},{0xC325L,(-1L),0xC325L},{9L,0x7D3EL,0L},{0xC325L,0x419EL,(-1L)},{9L,0x6415L,9L},{0xC325L,0x0D94L,0L},{9L,0xEEC5L,0L},{0xC325L,(-1L),0xC325L}},{{9L,0x7D3EL,0L},{0xC325L,0x419EL,(-1L)},{9L,0x6415L,9L},{0xC325L,0x0D94L,0L},{9L,0xEEC5L,0L},{0xC325L,(-1L),0xC325L},{9L,0x7D3EL,0L},{0xC325L,0x419EL,(-1L)},{9L,0x6415L,9L},{0xC325L,0x0D94L,0L}},{{9L,0xEEC5L,0L},{0xC325L,(-1L),0xC325L},{9L,0x7D3EL,0L},{0xC325L,0x419EL,(-1L)},{9L,0x6415L,9L},{0xC325L,0x0D94L,0L},{9L,0xEEC5L,0L},{0xC325L,(-1L),0xC325L},{9L,0x7D3EL,0L},{0xC325L,0x419EL,(-1L)}},{{9L,0x6415L,9L},{0xC325L,0x0D94L,0L},{9L,0xEEC5L,0L},{0xC325L,(-1L),0xC325L},{9L,0x7D3EL,0L},{0xC325L,0x419EL,(-1L)},{9L,0x6415L,9L},{0xC325L,0x0D94L,0L},{0x8BA0L,0L,(-10L)},{0xE7C9L,0L,0xE7C9L}},{{0x8BA0L,9L,(-1L)},{0xE7C9L,(-1L),(-1L)},{0x8BA0L,0L,0x8BA0L},{0xE7C9L,0xC325L,0xD5E9L},{0x8BA0L,0L,(-10L)},{0xE7C9L,0L,0xE7C9L},{0x8BA0L,9L,(-1L)},{0xE7C9L,(-1L),(-1L)},{0x8BA0L,0L,0x8BA0L},{0xE7C9L,0xC325L,0xD5E9L}},{{0x8BA0L,0L,(-10L)},{0xE7C9L,0L,0xE7C9L},{0x8BA0L,9L,(-1L)},{0xE7C9L,(-1L),(-1L)},{0x8BA0L,0L,0x8BA0L},{0xE7C9L,0xC325L,0xD5E9L},{0x8BA0L,0L,(-10L)},{0xE7C9L,0L,0xE7C9L},{0x8BA0L,9L,(-1L)},{0xE7C9L,(-1L),(-1L)}}};
    int16_t l_1509[9][6][2] = {{{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL}},{{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL}},{{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL}},{{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL}},{{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL}},{{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL}},{{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL}},{{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL}},{{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL},{0xC8EBL,0xC8EBL}}};
    const int64_t *l_1545 = (void*)0;
    const int64_t **l_1544 = &l_1545;
    uint64_t l_1548 = 0xBCDFDAE48BA103B9LL;
    int32_t l_1571[1];
    uint8_t l_1593 = 5UL;
    uint64_t *****l_1643 = (void*)0;
    uint8_t l_1654 = 0xD6L;
    const int32_t ***l_1689 = (void*)0;
    const int32_t ****l_1688 = &l_1689;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_1571[i] = 0x21EF946DL;
    for (g_2 = 0; (g_2 > 6); g_2 = safe_add_func_int32_t_s_s(g_2, 4))
    { /* block id: 3 */
        g_6 = l_5;
        (**g_180) |= (safe_add_func_int16_t_s_s(func_9(g_2), (*g_1103)));
    }
    g_1315[0]--;
    if ((safe_rshift_func_uint16_t_u_s((safe_mod_func_int16_t_s_s(((*g_1143) = (safe_mul_func_uint16_t_u_u((--(*g_1103)), 0xA35DL))), (*g_1045))), 1)))
    { /* block id: 609 */
        uint32_t *l_1329 = (void*)0;
        uint32_t **l_1328 = &l_1329;
        uint32_t ***l_1330 = &l_1328;
        int32_t l_1333 = 1L;
        int32_t l_1335 = 6L;
        uint64_t *l_1344[5];
        int32_t l_1376 = (-1L);
        int16_t l_1395 = 0xA235L;
        int i;
        for (i = 0; i < 5; i++)
            l_1344[i] = &g_1315[0];
        (**g_180) |= ((safe_mod_func_uint64_t_u_u(((((*l_1330) = l_1328) != g_1331) <= (*g_1103)), 0x0E1C80F70FC6AC4ELL)) || l_1333);
        l_1335 |= (!(*g_181));
        (*g_180) = (l_1335 , &l_1335);
        for (l_5 = (-5); (l_5 <= 29); l_5 = safe_add_func_int8_t_s_s(l_5, 9))
        { /* block id: 616 */
            int32_t l_1340 = 0L;
            uint64_t *l_1346[4][5] = {{&g_262,&g_60,&g_262,&g_1225,&g_60},{&g_1225,&g_262,&g_1225,&g_1225,&g_1225},{&g_1225,&g_1225,&g_1315[1],&g_60,&g_1225},{&g_262,&g_1225,(void*)0,(void*)0,&g_1225}};
            uint64_t **l_1345 = &l_1346[2][1];
            uint32_t ***l_1347 = &g_1331;
            uint32_t *l_1351 = (void*)0;
            uint32_t ** const l_1350 = &l_1351;
            uint32_t ** const *l_1349 = &l_1350;
            uint32_t ** const **l_1348[1];
            uint64_t l_1355 = 4UL;
            int8_t *l_1361[7] = {&g_112[2],&g_112[2],&g_112[2],&g_112[2],&g_112[2],&g_112[2],&g_112[2]};
            int64_t *l_1379 = &g_701;
            int i, j;
            for (i = 0; i < 1; i++)
                l_1348[i] = &l_1349;
            for (g_1285 = (-21); (g_1285 <= 60); g_1285++)
            { /* block id: 619 */
                l_1312 = (*g_180);
            }
            (*g_181) &= (l_1340 && ((safe_unary_minus_func_int64_t_s((safe_mul_func_int16_t_s_s((-8L), (l_1344[0] != ((*l_1345) = ((*g_201) = l_1344[0]))))))) ^ (l_1347 == (g_1352[1][6] = &g_1331))));
            if (l_1355)
                continue;
            if ((safe_mul_func_uint8_t_u_u(((!(safe_mul_func_int8_t_s_s((g_747 ^= (l_1335 = l_1335)), (g_146[0] = ((l_1355 < ((**g_1142) ^ (((safe_div_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_u(((l_1340 = (safe_rshift_func_int16_t_s_s(((~(((*l_1379) ^= (((1L > (((g_1371 != ((((*g_1267) = (safe_sub_func_int32_t_s_s((safe_rshift_func_uint16_t_u_s(((l_1340 == l_1376) < (safe_lshift_func_int16_t_s_u((*g_1143), ((((((*g_1103) || (*g_1103)) == (-7L)) | 0x82F9L) != 0xA3L) && l_1355)))), 9)), l_1333))) || l_1355) < l_1333)) | g_76) , g_146[0])) , 247UL) == 0x0EL)) <= (*g_202))) && 0L), 9))) ^ (*g_1105)), l_1355)) || l_1340), l_1355)) | g_264) < l_1355))) , (*g_1267)))))) || 2L), 0UL)))
            { /* block id: 633 */
                for (g_93 = 0; (g_93 != 1); ++g_93)
                { /* block id: 636 */
                    for (g_221 = 0; g_221 < 8; g_221 += 1)
                    {
                        g_1141[g_221] = &g_1142;
                    }
                }
            }
            else
            { /* block id: 639 */
                uint8_t **l_1384 = (void*)0;
                int32_t l_1388 = 0L;
                l_1340 = (safe_div_func_int64_t_s_s(((g_1385 = l_1384) == &g_1267), (safe_add_func_uint16_t_u_u((l_1388 && (((((*g_1103) = (safe_mod_func_uint8_t_u_u(l_1355, (safe_div_func_int64_t_s_s((((safe_sub_func_int32_t_s_s((((*g_202) ^= 0x10BE2CA35F35994ELL) ^ l_1388), ((***l_1347) = l_1395))) >= (safe_add_func_int64_t_s_s(0xDC70FDFD3AC73DA6LL, l_1340))) ^ 5UL), 0xE39210785FA11303LL))))) < l_1340) == 65534UL) , 0xD4L)), (-10L)))));
            }
        }
    }
    else
    { /* block id: 647 */
        int16_t l_1408 = 0x1A87L;
        int32_t l_1416[3][4][8] = {{{(-1L),0x28C0B8E2L,0L,0L,(-1L),0xCBAB80DFL,1L,1L},{(-1L),0x8E5A1152L,0L,0xEB6298FFL,0L,0x40CC266DL,0xE4080F57L,0xE4080F57L},{(-1L),0x18B05EA3L,0L,0L,0x18B05EA3L,(-1L),(-8L),0L},{0x40CC266DL,0L,0xEB6298FFL,0L,0x8E5A1152L,(-1L),0L,0xBC4E085BL}},{{0xCBAB80DFL,(-1L),0L,0L,0x28C0B8E2L,(-1L),0x8E5A1152L,0L},{1L,0x28C0B8E2L,1L,0L,1L,0x28C0B8E2L,1L,0xE4080F57L},{0xBC4E085BL,0xE4080F57L,0x8E5A1152L,0xEB6298FFL,(-8L),0x4F35F7C1L,0L,1L},{(-1L),(-1L),0xF84EF0E7L,0L,(-8L),(-1L),0x18B05EA3L,0L}},{{0xBC4E085BL,0x3B83E2D2L,0xEB6298FFL,1L,1L,0xEB6298FFL,0x3B83E2D2L,0xBC4E085BL},{1L,0L,(-4L),0x8E5A1152L,0x28C0B8E2L,0xD621579BL,1L,(-4L)},{0xCBAB80DFL,0x28C0B8E2L,0xE4080F57L,0xF84EF0E7L,0x8E5A1152L,0xD621579BL,1L,(-1L)},{0x40CC266DL,0L,(-1L),0xEB6298FFL,0x18B05EA3L,0xEB6298FFL,(-1L),0L}}};
        int32_t l_1428 = 7L;
        int32_t l_1432 = 3L;
        uint32_t *l_1586 = &g_958;
        uint8_t l_1686 = 1UL;
        int32_t l_1690 = 0L;
        int i, j, k;
        for (g_2 = (-29); (g_2 == 9); ++g_2)
        { /* block id: 650 */
            uint32_t l_1409 = 18446744073709551615UL;
            int32_t l_1431 = (-1L);
            int32_t l_1433 = 1L;
            int32_t l_1434 = (-1L);
            uint64_t ****l_1484 = &g_1483[1];
            uint32_t l_1542 = 1UL;
            int8_t l_1543 = 0x61L;
            for (g_876 = 4; (g_876 == 19); ++g_876)
            { /* block id: 653 */
                int32_t **l_1421 = (void*)0;
                int32_t l_1429 = 0xFF0B86C1L;
                int32_t * const l_1439 = &l_1429;
                uint32_t l_1456 = 0x208607DBL;
            }
        }
        for (g_516 = 1; (g_516 == 50); g_516 = safe_add_func_uint64_t_u_u(g_516, 7))
        { /* block id: 721 */
            uint32_t l_1549[3];
            uint32_t l_1566[2][9][6] = {{{2UL,0x027F9FDDL,0UL,0x85868C6CL,18446744073709551615UL,0xECE78375L},{18446744073709551613UL,0xDD2BCA82L,0UL,0x027F9FDDL,0xB28C8BCDL,0xECE78375L},{0xF2F6C520L,0xBF2DD67DL,0UL,18446744073709551615UL,0x347ED576L,0x6F99915FL},{0xB28C8BCDL,0UL,3UL,0xB7C25455L,0xA30B1EFFL,0xD44DD113L},{0x121FC576L,0xF2F6C520L,0x16D7C9A9L,0x3186CA31L,18446744073709551615UL,18446744073709551611UL},{0xD4194837L,0x121FC576L,0x12CC4346L,18446744073709551614UL,0x2381EB7EL,0x027F9FDDL},{0x721EDA97L,0UL,0x347ED576L,18446744073709551606UL,0xB7C25455L,0x3186CA31L},{0UL,0x027F9FDDL,0xC30A5ACCL,0xC30A5ACCL,0x027F9FDDL,0UL},{0x12CC4346L,0xECE78375L,0UL,0xD44DD113L,1UL,0xD4194837L}},{{1UL,0x16D7C9A9L,0x85868C6CL,18446744073709551615UL,18446744073709551615UL,0UL},{1UL,0x2381EB7EL,18446744073709551615UL,0xD44DD113L,0xA30B1EFFL,0xB7C25455L},{0x12CC4346L,1UL,18446744073709551608UL,0xC30A5ACCL,18446744073709551615UL,18446744073709551611UL},{0UL,0x12CC4346L,0x326C8F15L,18446744073709551606UL,0xF2F6C520L,0x61A9F2BBL},{0x721EDA97L,2UL,0xB556F2A1L,18446744073709551614UL,0x61A9F2BBL,0xC30A5ACCL},{0xD4194837L,0UL,0x347ED576L,18446744073709551615UL,0x3186CA31L,0x12CC4346L},{0x027F9FDDL,0x121FC576L,18446744073709551607UL,7UL,18446744073709551607UL,0x121FC576L},{0xA086BD1EL,18446744073709551615UL,18446744073709551615UL,0x1F52C26AL,0UL,0x347ED576L},{0xAAC0054EL,0x3198A3EDL,1UL,0UL,18446744073709551614UL,0x3186CA31L}}};
            int32_t l_1568 = 0xCF0FFF43L;
            int32_t l_1570[10][2][5] = {{{0L,0x040E3EDFL,0L,0x54619061L,0L},{(-3L),0x01193AE6L,0x01193AE6L,(-3L),0x01193AE6L}},{{0L,0x040E3EDFL,0x609A25DCL,0x040E3EDFL,0L},{0x01193AE6L,(-3L),0x01193AE6L,0x01193AE6L,(-3L)}},{{0L,0x54619061L,0L,0x040E3EDFL,0L},{(-3L),(-3L),(-9L),(-3L),(-3L)}},{{0L,0x040E3EDFL,0L,0x54619061L,0L},{(-3L),0x01193AE6L,0x01193AE6L,(-3L),0x01193AE6L}},{{0L,0x040E3EDFL,0x609A25DCL,0x040E3EDFL,0L},{0x01193AE6L,(-3L),0x01193AE6L,0x01193AE6L,(-3L)}},{{0L,0x54619061L,0L,0x040E3EDFL,0L},{(-3L),(-3L),(-9L),(-3L),(-3L)}},{{0L,0x040E3EDFL,0L,0x54619061L,0L},{(-3L),0x01193AE6L,0x01193AE6L,(-3L),0x01193AE6L}},{{0L,0x040E3EDFL,0x609A25DCL,0x040E3EDFL,0L},{0x01193AE6L,(-3L),0x01193AE6L,0x01193AE6L,(-3L)}},{{0L,0x54619061L,0L,0x040E3EDFL,0L},{(-3L),(-3L),(-9L),(-3L),(-3L)}},{{0L,0x040E3EDFL,0L,0x54619061L,0L},{(-3L),0x01193AE6L,0x01193AE6L,(-3L),0x01193AE6L}}};
            const int16_t *** const l_1579 = &g_1044;
            const int16_t *** const *l_1578 = &l_1579;
            uint64_t l_1587 = 0UL;
            int32_t l_1632[6];
            uint16_t l_1633 = 0x9FAFL;
            uint32_t l_1637 = 7UL;
            uint64_t *****l_1642 = &g_1482[1];
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_1549[i] = 0x423607FAL;
            for (i = 0; i < 6; i++)
                l_1632[i] = 0x41BBCA83L;
            if (((*g_181) |= l_1548))
            { /* block id: 723 */
                uint8_t **l_1560 = &g_1267;
                uint8_t ***l_1561 = &g_1385;
                int32_t l_1564[6][7][6] = {{{1L,1L,0x00025D44L,0L,3L,0xD1F1B7FDL},{0x4808DFDEL,0L,8L,1L,0xFFB2604BL,4L},{0xFAA7FF1EL,0xA978ED6DL,1L,0x9E5F9186L,1L,1L},{0x2A46C95EL,0xF2550AB1L,0x2EE120B3L,0x41DA3C72L,(-2L),8L},{1L,1L,(-10L),0L,(-7L),0x41DA3C72L},{0x228AC965L,8L,1L,0xA2974E94L,6L,(-7L)},{1L,1L,0xAA049138L,1L,0x41DA3C72L,0L}},{{0x433DF883L,0x00025D44L,3L,(-1L),1L,0xA978ED6DL},{0L,1L,0x4808DFDEL,0xD90098F3L,0xE30DF576L,0x56775222L},{(-1L),0x228AC965L,0x433DF883L,1L,5L,0x00025D44L},{0xDEB2C2D4L,(-5L),1L,6L,0x8393AE72L,0xE7B996DAL},{(-10L),0L,0xDBF1597FL,0L,0x56775222L,(-8L)},{3L,0x0176A50CL,0x4808DFDEL,0xB7DE879CL,6L,0x9E5F9186L},{5L,(-3L),0x48388130L,0x0176A50CL,0x6DAEB856L,0x9E5F9186L}},{{0xE30DF576L,0xD90098F3L,0x4808DFDEL,1L,0L,(-8L)},{0x6DAEB856L,(-3L),0xDBF1597FL,1L,0x6FF4F43DL,0xA978ED6DL},{(-7L),0xE7B996DAL,0L,(-1L),0x2DB564D3L,0xDEB2C2D4L},{0x6D10BC1AL,0x9493DB90L,0x9965CB29L,0x45CAA117L,0xDEB2C2D4L,1L},{(-1L),8L,0xAA049138L,(-8L),1L,0xF71B479DL},{1L,1L,0xE7B996DAL,0x4F6377F4L,0L,8L},{0x1C75D30DL,0x75886E1FL,0L,3L,0xA2974E94L,1L}},{{0x41BB1B43L,1L,(-7L),8L,(-2L),0xD10FDAF9L},{3L,5L,0x45CAA117L,5L,(-3L),0xC0FC8570L},{(-9L),(-8L),(-3L),(-7L),3L,1L},{1L,1L,0x3F72321BL,3L,0xDBF1597FL,0xD1F1B7FDL},{0L,1L,0xC0FC8570L,1L,1L,0xDBF1597FL},{0x41DA3C72L,1L,0xDEB2C2D4L,0x3FC0FFABL,1L,0xB7DE879CL},{0xC2E00BF8L,6L,0x2A46C95EL,0x2DB564D3L,0x45CAA117L,0x6D10BC1AL}},{{1L,0x00025D44L,1L,1L,0x00025D44L,1L},{0xF71B479DL,0xDBF1597FL,0x56775222L,0x9965CB29L,(-1L),8L},{6L,5L,0xD1F1B7FDL,0xDE179D24L,0xF2550AB1L,3L},{6L,1L,0xDE179D24L,0x9965CB29L,1L,0x6FF4F43DL},{0xF71B479DL,(-1L),1L,1L,0L,0xFFB2604BL},{1L,(-10L),(-6L),0x2DB564D3L,0xD1F1B7FDL,1L},{0xC2E00BF8L,0x56775222L,0x892E0389L,0x3FC0FFABL,(-8L),0x4808DFDEL}},{{0x41DA3C72L,0x2DB564D3L,0L,1L,0x3FC0FFABL,0xE30DF576L},{0L,0x48388130L,(-5L),3L,1L,(-6L)},{1L,0x45CAA117L,1L,(-7L),0x228AC965L,0xE7B996DAL},{(-9L),1L,1L,5L,5L,(-7L)},{3L,0x71E5F9F3L,0x6D10BC1AL,8L,0x9E5F9186L,(-9L)},{0x41BB1B43L,0x24C5F42EL,1L,3L,1L,0x1C75D30DL},{0x1C75D30DL,0x6DAEB856L,0xD90098F3L,0x4F6377F4L,(-10L),0x00025D44L}}};
                int32_t l_1565 = 7L;
                uint64_t l_1573 = 18446744073709551615UL;
                int32_t ** const l_1687 = (void*)0;
                int i, j, k;
                l_1549[1] = l_1408;
                if (((safe_div_func_int16_t_s_s((0UL < (safe_mul_func_uint16_t_u_u((((*g_1143) = (safe_rshift_func_int16_t_s_s(((*g_181) , (*g_1045)), 11))) != ((safe_add_func_int8_t_s_s(((**g_201) > (safe_add_func_int16_t_s_s((((*l_1561) = l_1560) == ((l_1432 = (safe_lshift_func_int8_t_s_s((((*g_1103) = l_1416[1][3][0]) > (l_1564[3][0][2] = (l_1312 != ((*g_1331) = l_1312)))), 0))) , &g_1267)), l_1565))), l_1565)) < 0xCD21L)), 0L))), 0x24EEL)) , 0xB09D1795L))
                { /* block id: 731 */
                    int32_t l_1567 = 1L;
                    int32_t l_1569[3];
                    int16_t l_1572[4][1][3];
                    int16_t ****l_1576[6] = {&g_1141[5],&g_1141[5],&g_1141[5],&g_1141[5],&g_1141[5],&g_1141[5]};
                    uint8_t l_1580[9] = {0xF9L,1UL,0xF9L,1UL,0xF9L,1UL,0xF9L,1UL,0xF9L};
                    int i, j, k;
                    for (i = 0; i < 3; i++)
                        l_1569[i] = 0x7D765DB6L;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 1; j++)
                        {
                            for (k = 0; k < 3; k++)
                                l_1572[i][j][k] = 0xF196L;
                        }
                    }
                    if ((**g_180))
                        break;
                    if (l_1566[1][2][0])
                        continue;
                    l_1573++;
                    (**g_180) = (18446744073709551615UL == (l_1567 != (((((*g_1540) != l_1576[5]) != (l_1568 = ((((*g_1105) > (~((*g_1540) == l_1578))) || ((void*)0 != (*g_804))) ^ l_1580[2]))) == l_1580[1]) >= l_1572[2][0][2])));
                }
                else
                { /* block id: 737 */
                    uint32_t l_1583[9][7][2] = {{{0x25DF2B42L,0x1E0C56CCL},{0x25DF2B42L,0xF96318EFL},{0xA6E7715AL,0x6E9FC53EL},{0xF96318EFL,0xDBA7D363L},{0x20726E66L,0x49652971L},{0x6E9FC53EL,9UL},{9UL,9UL}},{{0x6E9FC53EL,0x49652971L},{0x20726E66L,0xDBA7D363L},{0xF96318EFL,0x6E9FC53EL},{0xA6E7715AL,0xF96318EFL},{0x25DF2B42L,0x1E0C56CCL},{0x25DF2B42L,0xF96318EFL},{0xA6E7715AL,0x6E9FC53EL}},{{0xF96318EFL,0xDBA7D363L},{0x20726E66L,0x49652971L},{0x6E9FC53EL,9UL},{9UL,9UL},{0x6E9FC53EL,0x49652971L},{0x20726E66L,0xDBA7D363L},{0xF96318EFL,0x6E9FC53EL}},{{0xA6E7715AL,0xF96318EFL},{0x25DF2B42L,0x1E0C56CCL},{0x25DF2B42L,0xF96318EFL},{0xA6E7715AL,0x6E9FC53EL},{0xF96318EFL,0xDBA7D363L},{0x20726E66L,0x49652971L},{0x6E9FC53EL,9UL}},{{9UL,9UL},{0x6E9FC53EL,0x49652971L},{0x20726E66L,0xDBA7D363L},{0xF96318EFL,0x6E9FC53EL},{0xA6E7715AL,0xF96318EFL},{0x25DF2B42L,0x1E0C56CCL},{0x25DF2B42L,0xF96318EFL}},{{0xA6E7715AL,0x6E9FC53EL},{0xF96318EFL,0xDBA7D363L},{0x20726E66L,0x49652971L},{0x6E9FC53EL,9UL},{9UL,9UL},{0x6E9FC53EL,0x49652971L},{0x20726E66L,0xDBA7D363L}},{{0xF96318EFL,0x6E9FC53EL},{0xA6E7715AL,0xF96318EFL},{0x25DF2B42L,0x1E0C56CCL},{0x25DF2B42L,0xF96318EFL},{0xA6E7715AL,0x6E9FC53EL},{0xF96318EFL,0xDBA7D363L},{0x20726E66L,0x49652971L}},{{0x6E9FC53EL,9UL},{9UL,9UL},{0x6E9FC53EL,0x49652971L},{0x20726E66L,0xDBA7D363L},{0xF96318EFL,0x6E9FC53EL},{0xA6E7715AL,0xF96318EFL},{0x25DF2B42L,0x1E0C56CCL}},{{0x25DF2B42L,0xF96318EFL},{0xA6E7715AL,0x6E9FC53EL},{0xF96318EFL,0xDBA7D363L},{0x20726E66L,0x49652971L},{0x6E9FC53EL,9UL},{9UL,9UL},{0x6E9FC53EL,0x49652971L}}};
                    int32_t *l_1592 = (void*)0;
                    int32_t **l_1591 = &l_1592;
                    int32_t l_1636[10][10][2] = {{{0x49EBA1F6L,(-3L)},{1L,0L},{(-6L),0L},{0L,1L},{0L,1L},{0L,0L},{(-6L),0L},{1L,(-3L)},{0x49EBA1F6L,0xB8C25242L},{1L,0x49EBA1F6L}},{{(-1L),(-5L)},{(-1L),0x49EBA1F6L},{1L,0xB8C25242L},{0x49EBA1F6L,(-3L)},{1L,0L},{(-6L),0L},{0L,1L},{0L,1L},{0L,0L},{(-6L),0L}},{{1L,(-3L)},{0x49EBA1F6L,0xB8C25242L},{1L,0x49EBA1F6L},{(-1L),(-5L)},{(-1L),0x49EBA1F6L},{1L,0xB8C25242L},{0x49EBA1F6L,(-3L)},{1L,0L},{0L,(-5L)},{(-5L),0L}},{{0L,0L},{(-5L),(-5L)},{0L,0xB8C25242L},{(-1L),1L},{(-6L),1L},{0L,(-6L)},{(-3L),0x49EBA1F6L},{(-3L),(-6L)},{0L,1L},{(-6L),1L}},{{(-1L),0xB8C25242L},{0L,(-5L)},{(-5L),0L},{0L,0L},{(-5L),(-5L)},{0L,0xB8C25242L},{(-1L),1L},{(-6L),1L},{0L,(-6L)},{(-3L),0x49EBA1F6L}},{{(-3L),(-6L)},{0L,1L},{(-6L),1L},{(-1L),0xB8C25242L},{0L,(-5L)},{(-5L),0L},{0L,0L},{(-5L),(-5L)},{0L,0xB8C25242L},{(-1L),1L}},{{(-6L),1L},{0L,(-6L)},{(-3L),0x49EBA1F6L},{(-3L),(-6L)},{0L,1L},{(-6L),1L},{(-1L),0xB8C25242L},{0L,(-5L)},{(-5L),0L},{0L,0L}},{{(-5L),(-5L)},{0L,0xB8C25242L},{(-1L),1L},{(-6L),1L},{0L,(-6L)},{(-3L),0x49EBA1F6L},{(-3L),(-6L)},{0L,1L},{(-6L),1L},{(-1L),0xB8C25242L}},{{0L,(-5L)},{(-5L),0L},{0L,0L},{(-5L),(-5L)},{0L,0xB8C25242L},{(-1L),1L},{(-6L),1L},{0L,(-6L)},{(-3L),0x49EBA1F6L},{(-3L),(-6L)}},{{0L,1L},{(-6L),1L},{(-1L),0xB8C25242L},{0L,(-5L)},{(-5L),0L},{0L,0L},{(-5L),(-5L)},{0L,0xB8C25242L},{(-1L),1L},{(-6L),1L}}};
                    int i, j, k;
                    if ((((l_1568 |= ((safe_mod_func_uint8_t_u_u((**g_1385), g_146[4])) > l_1583[2][3][0])) & ((safe_add_func_int8_t_s_s((l_1587 = (((*g_1353) = &l_1549[1]) != ((*g_1331) = l_1586))), ((((safe_add_func_uint16_t_u_u(0UL, ((*g_1143) , ((((g_1590 = &g_1282) != ((*l_1591) = &l_1416[0][3][1])) >= l_1593) > 5L)))) , l_1570[6][0][4]) > 0xB41543A829D02A52LL) && l_1583[2][3][0]))) ^ g_6)) && (**g_1142)))
                    { /* block id: 744 */
                        int16_t l_1594 = 0L;
                        int8_t *l_1630[1];
                        uint16_t *l_1631 = &g_221;
                        int i;
                        for (i = 0; i < 1; i++)
                            l_1630[i] = &g_747;
                        l_1632[1] ^= ((((l_1594 ^ (((((*g_1267) = 0xCDL) , (safe_lshift_func_int16_t_s_u((safe_rshift_func_uint16_t_u_u((*g_1103), (safe_mul_func_int8_t_s_s((g_515[4][2] = (safe_sub_func_uint8_t_u_u((((**g_180) &= (safe_sub_func_int16_t_s_s(((+(((*g_202) = (+((safe_add_func_uint64_t_u_u(((0xDB71L & 0xC7DAL) , 0x4F405FB2FF094B8BLL), ((safe_mod_func_int32_t_s_s((safe_add_func_int32_t_s_s((~((((**g_1142) = (~(((*g_806) , (*g_1103)) & ((*l_1631) = (safe_unary_minus_func_uint32_t_u(((safe_sub_func_int16_t_s_s((((safe_lshift_func_int8_t_s_u((l_1568 = (safe_rshift_func_uint16_t_u_s((((safe_mod_func_uint32_t_u_u((((((safe_add_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s(l_1568, l_1594)), 0x972046047DF2DB46LL)) , 0x73BCFF9936DF2CE0LL) >= l_1570[6][0][4]) , (*g_1489)) == (void*)0), 1L)) & 0UL) || l_1549[0]), l_1573))), (*g_1267))) & 0x98000E777A1C6628LL) , l_1416[0][3][1]), 0x431AL)) , (*g_1354)))))))) | l_1565) | l_1564[4][2][0])), 0xE3185A44L)), (*g_1105))) && 4294967287UL))) > (**g_1353)))) < 0L)) <= l_1583[6][6][1]), 0x9C3DL))) >= (*g_1332)), l_1573))), l_1594)))), 10))) & 0x208F1961L) , (**g_1353))) , (**g_1331)) == 0x0A6691E4L) , (*g_1105));
                    }
                    else
                    { /* block id: 753 */
                        --l_1633;
                        l_1636[3][0][1] |= (**g_180);
                        if ((**g_180))
                            continue;
                        l_1637--;
                    }
                    return l_1583[2][3][0];
                }
                if ((((safe_add_func_int32_t_s_s(((((g_1489 = &g_1482[1]) != (l_1643 = l_1642)) && 0x08527AF9C1B5D702LL) < ((*g_1540) != ((safe_mul_func_uint8_t_u_u(((((safe_rshift_func_uint8_t_u_s(((((*g_1045) < (safe_lshift_func_int8_t_s_s(g_361[0], g_120[3][1][0]))) | ((**g_1385) = (safe_sub_func_int16_t_s_s((safe_div_func_int16_t_s_s((0x8A4FL || 65533UL), (*g_1045))), (**g_1142))))) , 0x4CL), 4)) || l_1565) != 0x9E4BL) ^ l_1570[6][0][3]), 0x23L)) , (void*)0))), l_1654)) > l_1564[0][2][5]) | 0x39L))
                { /* block id: 764 */
                    if (((safe_div_func_int8_t_s_s(0x38L, (*g_1267))) , (**g_180)))
                    { /* block id: 765 */
                        return g_515[2][1];
                    }
                    else
                    { /* block id: 767 */
                        return g_513;
                    }
                }
                else
                { /* block id: 770 */
                    int16_t ***l_1678 = &g_1142;
                    int32_t l_1682[10] = {0L,3L,0L,0L,3L,0L,0L,3L,0L,0L};
                    int32_t **l_1684 = (void*)0;
                    int32_t **l_1685 = &l_1313[5];
                    int i;
                    (*g_181) |= (safe_lshift_func_uint16_t_u_u(((safe_div_func_int8_t_s_s(((((0x5E2F4143BE3530C1LL ^ (((safe_rshift_func_uint8_t_u_s(((safe_mul_func_int8_t_s_s(((safe_unary_minus_func_uint64_t_u((safe_lshift_func_int8_t_s_s((safe_rshift_func_int16_t_s_u((safe_lshift_func_uint8_t_u_u((((((safe_lshift_func_int16_t_s_u(((void*)0 != (*g_201)), (((safe_lshift_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u(((void*)0 != l_1678), 15)), ((!(safe_sub_func_int16_t_s_s(l_1408, (l_1682[2] >= (((*g_180) == ((*l_1685) = g_1683)) <= 0xCC8735ADF60C89FALL))))) | g_807))) > (*g_1143)) || l_1686))) , (void*)0) != (**g_804)) || 0UL) && 0xD9L), l_1549[0])), 0)), g_1225)))) < l_1568), l_1565)) , (**g_1385)), g_361[1])) & 0x1CL) ^ 0xE6L)) < l_1568) , l_1687) == &l_1312), 8UL)) , (*g_1103)), l_1570[2][1][3]));
                }
                (*g_180) = (*g_180);
            }
            else
            { /* block id: 775 */
                uint64_t l_1691 = 0xD4C839528704AA97LL;
                int32_t *l_1694 = &g_2;
                (*g_181) &= ((void*)0 != l_1688);
                l_1691++;
                (*g_180) = l_1694;
            }
        }
    }
    for (g_511 = (-25); (g_511 < 21); g_511 = safe_add_func_uint64_t_u_u(g_511, 5))
    { /* block id: 784 */
        uint64_t l_1697 = 1UL;
        (*g_1683) = 0x29FE4FC9L;
        return l_1697;
    }
    return g_510;
}


/* ------------------------------------------ */
/* 
 * reads : g_6
 * writes: g_6
 */
static int16_t  func_9(int16_t  p_10)
{ /* block id: 5 */
    int32_t l_36[2];
    uint8_t l_845 = 0xA9L;
    int32_t ***l_1148[7];
    int32_t l_1179 = 0xE698661BL;
    uint8_t *l_1274[8][2];
    int32_t l_1295 = 0x1B1F6CD1L;
    int32_t l_1296 = (-10L);
    int32_t l_1297 = 0x6D1E775BL;
    int32_t l_1299 = (-1L);
    int32_t l_1300[3][4] = {{0x16FDEF3FL,0x16FDEF3FL,0x16FDEF3FL,0x16FDEF3FL},{0x16FDEF3FL,0x16FDEF3FL,0x16FDEF3FL,0x16FDEF3FL},{0x16FDEF3FL,0x16FDEF3FL,0x16FDEF3FL,0x16FDEF3FL}};
    uint8_t l_1309 = 251UL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_36[i] = 0x8D72A67FL;
    for (i = 0; i < 7; i++)
        l_1148[i] = &g_536;
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 2; j++)
            l_1274[i][j] = (void*)0;
    }
    for (g_6 = (-20); (g_6 <= (-13)); g_6++)
    { /* block id: 8 */
        uint32_t l_844 = 0xD2D26742L;
        int32_t l_1157 = (-7L);
        const uint32_t *l_1190 = &g_876;
        const uint32_t ** const l_1189 = &l_1190;
        int32_t l_1217[9] = {1L,1L,1L,1L,1L,1L,1L,1L,1L};
        int16_t l_1218 = 0x058AL;
        uint16_t *l_1253[3][3] = {{&g_217,&g_217,&g_221},{&g_217,&g_217,&g_221},{&g_217,&g_217,&g_221}};
        uint64_t l_1288[6][8] = {{0x38698AFAFD2FBA46LL,5UL,0x9105DF5061469AFELL,5UL,0x38698AFAFD2FBA46LL,0x38698AFAFD2FBA46LL,0x7D24909D2D7D3432LL,0xF3FB647569BB1A8FLL},{5UL,5UL,0x7D24909D2D7D3432LL,0xF3FB647569BB1A8FLL,0x7D24909D2D7D3432LL,5UL,5UL,0x7D24909D2D7D3432LL},{0x9105DF5061469AFELL,0x7D24909D2D7D3432LL,0x7D24909D2D7D3432LL,0x9105DF5061469AFELL,0x38698AFAFD2FBA46LL,0x9105DF5061469AFELL,0x7D24909D2D7D3432LL,0x7D24909D2D7D3432LL},{0x7D24909D2D7D3432LL,0x38698AFAFD2FBA46LL,0xF3FB647569BB1A8FLL,0xF3FB647569BB1A8FLL,0x38698AFAFD2FBA46LL,0x7D24909D2D7D3432LL,0x38698AFAFD2FBA46LL,0xF3FB647569BB1A8FLL},{0x9105DF5061469AFELL,0x38698AFAFD2FBA46LL,0x9105DF5061469AFELL,0x7D24909D2D7D3432LL,0x7D24909D2D7D3432LL,0x9105DF5061469AFELL,0x38698AFAFD2FBA46LL,0x9105DF5061469AFELL},{5UL,0x7D24909D2D7D3432LL,0xF3FB647569BB1A8FLL,0x7D24909D2D7D3432LL,5UL,5UL,0x7D24909D2D7D3432LL,0xF3FB647569BB1A8FLL}};
        int32_t *l_1305 = &g_76;
        int32_t *l_1306 = &g_76;
        int32_t *l_1307 = (void*)0;
        int32_t *l_1308[7][2] = {{&g_63,&g_63},{&g_63,&g_1298[0]},{&l_1299,&l_1217[7]},{&g_1298[0],&l_1217[7]},{&l_1299,&g_1298[0]},{&g_63,&g_63},{&g_63,&g_1298[0]}};
        int i, j;
    }
    return p_10;
}


/* ------------------------------------------ */
/* 
 * reads : g_262 g_180
 * writes: g_262 g_181
 */
static int32_t  func_13(uint64_t  p_14, int32_t  p_15, int8_t  p_16, int16_t  p_17)
{ /* block id: 525 */
    for (g_262 = 0; (g_262 <= 6); g_262 += 1)
    { /* block id: 528 */
        (*g_180) = &g_76;
    }
    return p_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_262 g_199 g_1044 g_997 g_1045 g_301 g_636 g_515 g_512 g_93 g_76 g_807 g_192 g_180 g_146 g_514 g_958 g_516 g_201 g_202 g_6 g_619 g_60 g_1101 g_2 g_1122 g_361 g_1141 g_1103
 * writes: g_262 g_997 g_636 g_515 g_76 g_112 g_63 g_807 g_93 g_512 g_181 g_146 g_516 g_1103 g_1105 g_1122 g_60 g_361 g_630 g_1141 g_217
 */
static uint16_t  func_18(int16_t  p_19, uint8_t  p_20, uint16_t  p_21, int32_t  p_22)
{ /* block id: 460 */
    uint64_t l_1024 = 18446744073709551611UL;
    int16_t l_1054 = 0x2440L;
    int32_t l_1106[9][10] = {{0x32D0A2ACL,0xD86205C6L,(-7L),0xE74A0617L,9L,0xE74A0617L,(-7L),0xD86205C6L,0x32D0A2ACL,2L},{(-6L),0x7C184D24L,1L,0x4228C7DBL,8L,(-2L),1L,8L,1L,0xC2C5994FL},{1L,2L,0xE74A0617L,0x4228C7DBL,2L,4L,(-6L),0x3EB0B502L,0x32D0A2ACL,0x7C184D24L},{(-7L),8L,0x3A6A644EL,0xE74A0617L,0x34211228L,0L,0x32D0A2ACL,1L,1L,1L},{0x4228C7DBL,1L,(-2L),0x7C184D24L,0x7C184D24L,(-2L),1L,0x4228C7DBL,0xCC6DED0EL,6L},{1L,4L,2L,0L,(-7L),0x32D0A2ACL,0x34211228L,(-8L),2L,0x7C184D24L},{0xB74F8DBBL,0xD86205C6L,2L,(-7L),0xC2C5994FL,(-8L),5L,0x4228C7DBL,(-8L),2L},{6L,1L,(-2L),6L,8L,0x2FFBFD50L,1L,1L,1L,1L},{1L,0x32D0A2ACL,0x3A6A644EL,1L,0x3A6A644EL,0x32D0A2ACL,1L,0x3EB0B502L,2L,0xD86205C6L}};
    int32_t l_1127 = 0xDC430F9AL;
    int i, j;
    for (g_262 = 0; (g_262 <= 5); g_262 += 1)
    { /* block id: 463 */
        int32_t *l_1017 = &g_997;
        int32_t *l_1018 = &g_76;
        int32_t *l_1019 = (void*)0;
        int32_t *l_1020 = &g_997;
        int32_t *l_1021 = &g_76;
        int32_t *l_1022 = &g_997;
        int32_t *l_1023 = &g_997;
        int16_t *l_1048 = &g_301;
        int16_t **l_1047 = &l_1048;
        int16_t *** const l_1046 = &l_1047;
        int8_t *l_1053 = &g_515[0][4];
        int8_t *l_1055 = &g_112[1];
        int32_t l_1121 = (-1L);
        int i;
        l_1024--;
        if (g_199[g_262])
            continue;
        g_63 = (safe_rshift_func_int16_t_s_u(p_19, (safe_div_func_int32_t_s_s(p_19, (safe_unary_minus_func_int8_t_s(((*l_1055) = (safe_rshift_func_uint16_t_u_s(((safe_mod_func_int32_t_s_s((l_1054 = ((*l_1018) = ((((((safe_sub_func_int8_t_s_s(((*l_1053) |= ((safe_lshift_func_uint8_t_u_s(1UL, 4)) >= (((g_1044 == (p_19 , (void*)0)) , l_1046) != (((g_636 = (((((safe_rshift_func_uint8_t_u_u((p_21 && (((safe_mul_func_int16_t_s_s(((((*l_1023) &= (p_19 | p_19)) >= 1L) ^ l_1024), l_1024)) < 0x5B0A6854L) ^ p_19)), 5)) && (*l_1023)) && (*g_1045)) ^ p_20) , g_636)) != (void*)0) , (void*)0)))), 1L)) >= p_20) && p_22) || p_20) | 0UL) ^ 1UL))), 7UL)) || 0L), l_1024)))))))));
        for (g_807 = 0; (g_807 <= 5); g_807 += 1)
        { /* block id: 475 */
            int32_t *l_1056 = (void*)0;
            int32_t l_1108[4];
            int i;
            for (i = 0; i < 4; i++)
                l_1108[i] = 2L;
            if ((((*l_1020) = 0L) > 0xA0EAL))
            { /* block id: 477 */
                l_1056 = l_1017;
            }
            else
            { /* block id: 479 */
                int32_t *l_1062 = &g_6;
                int32_t l_1080 = 0xFC3E111BL;
                int32_t l_1086 = 0xDC69BF18L;
                uint16_t *l_1104 = &g_699;
                int32_t *l_1107 = &l_1106[0][9];
                int32_t *l_1109 = &g_76;
                int32_t *l_1110 = &g_76;
                int32_t *l_1111 = (void*)0;
                int32_t *l_1112 = (void*)0;
                int32_t *l_1113 = &g_76;
                int32_t *l_1114 = &l_1086;
                int32_t *l_1115 = &g_512;
                int32_t *l_1116 = &g_512;
                int32_t *l_1117 = (void*)0;
                int32_t *l_1118 = (void*)0;
                int32_t *l_1119 = &l_1106[0][9];
                int32_t *l_1120[1][2];
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                        l_1120[i][j] = &l_1106[0][9];
                }
                for (g_93 = 0; (g_93 <= 5); g_93 += 1)
                { /* block id: 482 */
                    const int32_t l_1061 = 1L;
                    for (g_512 = 0; (g_512 <= 5); g_512 += 1)
                    { /* block id: 485 */
                        int i, j;
                        (*l_1018) &= g_515[g_512][g_93];
                        if (g_515[g_807][g_93])
                            continue;
                        (*l_1021) = (g_192 , (safe_lshift_func_int16_t_s_u((*l_1023), (safe_add_func_int32_t_s_s(p_21, p_21)))));
                    }
                    if (l_1061)
                    { /* block id: 490 */
                        uint8_t *l_1068[10] = {&g_619,&g_619,&g_619,&g_619,&g_619,&g_619,&g_619,&g_619,&g_619,&g_619};
                        int16_t *l_1071 = (void*)0;
                        int i;
                        (*g_180) = l_1062;
                        (*l_1018) = (safe_mod_func_int32_t_s_s((p_22 > ((!(safe_rshift_func_uint8_t_u_s(p_19, 4))) >= (--g_146[4]))), ((**g_1044) ^ (l_1071 == ((((safe_mul_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u(g_514, (safe_div_func_int16_t_s_s(0x4A31L, p_21)))), 4)), (p_20 &= p_22))) || l_1080) != 0xFDD0FF7DL) , (void*)0)))));
                    }
                    else
                    { /* block id: 495 */
                        int64_t *** const l_1083 = (void*)0;
                        uint16_t *l_1099 = &g_516;
                        int32_t l_1100 = 0xAD2FCA3FL;
                        uint16_t **l_1102[6] = {&l_1099,&l_1099,&l_1099,&l_1099,&l_1099,&l_1099};
                        int i;
                        (*l_1018) &= (&p_21 != (l_1104 = (g_1103 = (((safe_add_func_int32_t_s_s((l_1083 != (((g_958 != (p_19 != 0xB75A13B012BDFA10LL)) | ((((safe_mul_func_int8_t_s_s(((l_1086 == (safe_rshift_func_int16_t_s_u(((((safe_lshift_func_int16_t_s_u((**g_1044), 5)) >= ((((safe_sub_func_uint16_t_u_u((safe_add_func_uint32_t_u_u((safe_mod_func_int16_t_s_s((((safe_mul_func_int8_t_s_s(((((((((*l_1017) |= 0xE5CD0A28L) , ((*l_1099) |= ((void*)0 != &g_805))) , 0x24A3L) , (*g_201)) != (void*)0) == (*l_1062)) || l_1061), l_1100)) < 4294967290UL) < p_21), p_22)), g_6)), 0x1FB0L)) || p_22) ^ (*l_1062)) && l_1100)) || g_516) <= p_21), l_1024))) , g_619), g_515[4][2])) > l_1100) || l_1100) >= (*g_202))) , g_1101)), g_2)) != p_21) , &p_21))));
                        if ((*l_1062))
                            continue;
                    }
                    g_1105 = &l_1061;
                }
                if (p_22)
                    continue;
                ++g_1122;
                if (p_22)
                    continue;
            }
        }
    }
    for (g_262 = 0; (g_262 <= 3); g_262 += 1)
    { /* block id: 513 */
        uint32_t *l_1138 = &g_630;
        const int16_t ***l_1140 = &g_1044;
        const int16_t ****l_1139 = &l_1140;
        int16_t ****l_1144 = &g_1141[1];
        int32_t *l_1147 = &g_76;
        int i;
        (*l_1147) ^= (g_361[g_262] || (((l_1127 = (--(*g_202))) > (safe_mul_func_uint8_t_u_u(0UL, (safe_div_func_int8_t_s_s((safe_add_func_uint16_t_u_u((((g_361[g_262] = g_361[g_262]) , (safe_sub_func_int64_t_s_s(0xFF8ED4A761450A8FLL, (safe_add_func_uint32_t_u_u(((*l_1138) = 1UL), (((*g_1103) = (((*l_1139) = (void*)0) == ((*l_1144) = g_1141[5]))) & (l_1106[0][9] = 0xB7E0L))))))) > ((safe_rshift_func_uint8_t_u_s(l_1054, 7)) , p_19)), (**g_1044))), p_20))))) <= p_22));
    }
    return l_1106[8][6];
}


/* ------------------------------------------ */
/* 
 * reads : g_60
 * writes: g_76
 */
static uint16_t  func_25(int16_t  p_26, int32_t  p_27)
{ /* block id: 454 */
    int16_t *l_1000[10];
    int16_t **l_999[2][5][1];
    int16_t *** const l_998 = &l_999[1][4][0];
    int16_t ***l_1002 = &l_999[1][2][0];
    int16_t ****l_1001 = &l_1002;
    int32_t l_1003 = 4L;
    int32_t *l_1004 = &g_76;
    int32_t *l_1005 = &g_63;
    int32_t *l_1006 = &g_997;
    int32_t *l_1007 = &g_76;
    int32_t *l_1008 = &g_76;
    int32_t *l_1009 = &g_63;
    int32_t *l_1010 = (void*)0;
    int32_t *l_1011 = &l_1003;
    int32_t *l_1012[1];
    uint8_t l_1013 = 0x47L;
    int i, j, k;
    for (i = 0; i < 10; i++)
        l_1000[i] = &g_957;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 1; k++)
                l_999[i][j][k] = &l_1000[8];
        }
    }
    for (i = 0; i < 1; i++)
        l_1012[i] = &g_63;
    (*l_1001) = l_998;
    (*l_1004) = l_1003;
    l_1013++;
    return g_60;
}


/* ------------------------------------------ */
/* 
 * reads : g_217 g_507 g_512 g_76 g_515 g_876 g_112 g_63 g_513 g_202 g_60 g_221 g_699 g_144 g_180 g_181 g_958 g_301 g_629 g_199 g_201 g_192 g_701 g_268 g_804 g_805
 * writes: g_181 g_192 g_217 g_76 g_507 g_512 g_876 g_63 g_60 g_221 g_699 g_958 g_301 g_144 g_262
 */
static int32_t  func_28(int64_t  p_29, int16_t  p_30, int16_t  p_31, uint32_t  p_32, int8_t  p_33)
{ /* block id: 360 */
    int32_t **l_847 = &g_181;
    int32_t *l_848 = &g_6;
    int32_t l_872 = 6L;
    int32_t l_874 = 0L;
    uint8_t l_917[4];
    int32_t ***l_933 = &l_847;
    uint16_t l_995[8];
    int i;
    for (i = 0; i < 4; i++)
        l_917[i] = 0xF5L;
    for (i = 0; i < 8; i++)
        l_995[i] = 65535UL;
    if ((l_847 == (void*)0))
    { /* block id: 361 */
        uint32_t l_854 = 0xA5DC651BL;
        uint8_t * const l_866 = &g_146[2];
        uint32_t l_867 = 0UL;
        int32_t l_868 = (-2L);
        int32_t l_870 = 2L;
        int8_t l_871 = (-5L);
        int32_t l_873 = 0x7842A114L;
        int32_t *l_992 = (void*)0;
        (*l_847) = l_848;
lbl_993:
        for (g_192 = 0; (g_192 <= 2); ++g_192)
        { /* block id: 365 */
            int32_t * const l_851 = (void*)0;
            int32_t **l_852 = (void*)0;
            int32_t **l_853 = &g_181;
            int32_t * const *l_857 = (void*)0;
            int32_t l_875[10][5][2] = {{{(-1L),0x83B5C5BBL},{0x1F302CF7L,0L},{0xDFFF1ACFL,0x1F302CF7L},{0x4FAF05DCL,(-10L)},{0x4FAF05DCL,0x1F302CF7L}},{{0xDFFF1ACFL,0L},{0x1F302CF7L,0x83B5C5BBL},{(-1L),1L},{1L,(-1L)},{(-1L),0x4FAF05DCL}},{{0x17C4AC35L,0x18B2525DL},{(-8L),0x74453534L},{0x8AC195DEL,0x8E811918L},{0x5A11DEE8L,2L},{0x74453534L,0x8E811918L}},{{0x82E9ABF0L,1L},{(-7L),(-1L)},{0xE1277629L,0x45835B12L},{0x1F302CF7L,0x28E5353FL},{(-1L),0xA7682818L}},{{1L,0x5A11DEE8L},{1L,0xDFFF1ACFL},{(-8L),0x45E80EB6L},{(-1L),(-4L)},{(-1L),(-4L)}},{{(-1L),0x45E80EB6L},{(-8L),0xDFFF1ACFL},{1L,0x5A11DEE8L},{1L,0xA7682818L},{(-1L),0x28E5353FL}},{{0x1F302CF7L,0x45835B12L},{0xE1277629L,(-1L)},{(-7L),1L},{0x82E9ABF0L,0x8E811918L},{5L,0x6496743DL}},{{0L,(-10L)},{0x9D1A58BDL,5L},{0xA7682818L,0x83B5C5BBL},{0xDFFF1ACFL,0x17C4AC35L},{0x8AC195DEL,0x8AC195DEL}},{{1L,6L},{0x18B2525DL,(-8L)},{0xD38DFD3BL,0x82E9ABF0L},{1L,0xD38DFD3BL},{0x17C4AC35L,0x1F302CF7L}},{{0x17C4AC35L,0xD38DFD3BL},{1L,0x82E9ABF0L},{0xD38DFD3BL,(-8L)},{0x18B2525DL,6L},{1L,0x8AC195DEL}}};
            int16_t l_919 = 0xC2C0L;
            uint32_t *l_965 = (void*)0;
            uint32_t *l_966[7] = {&g_268,&g_264,&g_264,&g_268,&g_264,&g_264,&g_268};
            uint64_t *l_977 = (void*)0;
            int16_t *l_979 = &g_301;
            uint16_t l_989 = 1UL;
            const int8_t l_990 = 0xADL;
            uint32_t l_991 = 0xD0F79596L;
            int i, j, k;
            (*l_853) = l_851;
            if (l_854)
            { /* block id: 367 */
                if (p_30)
                    break;
            }
            else
            { /* block id: 369 */
                uint16_t *l_858 = &g_217;
                int32_t *l_861 = &g_76;
                (*l_861) = (safe_div_func_int16_t_s_s(((void*)0 != l_857), ((*l_858)++)));
                for (g_507 = 0; (g_507 >= 25); g_507 = safe_add_func_int32_t_s_s(g_507, 6))
                { /* block id: 374 */
                    for (g_512 = 4; (g_512 == (-12)); g_512 = safe_sub_func_int8_t_s_s(g_512, 7))
                    { /* block id: 377 */
                        (*l_861) &= (&g_146[4] != l_866);
                    }
                    for (l_854 = 0; (l_854 <= 2); l_854 += 1)
                    { /* block id: 382 */
                        int i, j;
                        l_867 ^= (g_515[(l_854 + 3)][(l_854 + 3)] , 0x9F0AFC71L);
                    }
                    (*l_861) = (p_31 <= p_33);
                }
            }
            for (p_33 = 3; (p_33 >= 0); p_33 -= 1)
            { /* block id: 390 */
                int32_t *l_869[8][6] = {{(void*)0,(void*)0,&g_2,(void*)0,(void*)0,(void*)0},{&g_2,(void*)0,(void*)0,&g_2,&g_2,&g_2},{&g_2,&g_2,&g_2,(void*)0,(void*)0,&g_2},{(void*)0,(void*)0,(void*)0,&g_2,(void*)0,(void*)0},{(void*)0,&g_2,&g_2,&g_2,&g_2,(void*)0},{(void*)0,(void*)0,&g_2,(void*)0,(void*)0,(void*)0},{&g_2,(void*)0,(void*)0,&g_2,&g_2,&g_2},{&g_2,&g_2,&g_2,(void*)0,(void*)0,&g_2}};
                int64_t **l_964 = &g_198[4];
                int i, j;
                --g_876;
                if (g_112[p_33])
                    continue;
                for (g_63 = 3; (g_63 >= 0); g_63 -= 1)
                { /* block id: 395 */
                    uint8_t l_892 = 0x79L;
                    uint32_t *l_916 = &g_876;
                    uint16_t *l_918[8] = {&g_516,&g_217,&g_516,&g_516,&g_217,&g_516,&g_516,&g_217};
                    int32_t l_920 = 1L;
                    int32_t ****l_932[2][2][3] = {{{&g_459,&g_459,&g_459},{&g_459,&g_459,&g_459}},{{&g_459,&g_459,&g_459},{&g_459,&g_459,&g_459}}};
                    int i, j, k;
                }
                for (g_63 = 3; (g_63 >= 0); g_63 -= 1)
                { /* block id: 413 */
                    uint16_t *l_947 = &g_221;
                    uint16_t *l_950 = &g_699;
                    uint32_t l_954 = 0xF7145339L;
                    int32_t l_955 = 1L;
                    int64_t ***l_961 = (void*)0;
                    int64_t **l_963 = &g_198[4];
                    int64_t ***l_962 = &l_963;
                    int i;
                    g_512 = (l_875[1][3][0] = (safe_lshift_func_uint16_t_u_u(65535UL, 14)));
                    if ((safe_lshift_func_int8_t_s_s((safe_sub_func_uint16_t_u_u((safe_unary_minus_func_uint16_t_u(g_112[p_33])), (safe_mul_func_int8_t_s_s(((g_513 <= (p_33 <= (((safe_mul_func_uint8_t_u_u((safe_div_func_int64_t_s_s(l_868, ((*g_202) |= 18446744073709551615UL))), 0L)) , ((*l_950) ^= (((*l_947)++) != p_32))) || g_144[0]))) | (p_31 >= g_112[p_33])), g_144[0])))), 7)))
                    { /* block id: 419 */
                        int32_t * const *l_953 = (void*)0;
                        int32_t * const **l_952 = &l_953;
                        int32_t * const *** const l_951 = &l_952;
                        if (p_32)
                            break;
                        if (p_33)
                            continue;
                        l_955 ^= ((g_76 >= (((void*)0 == l_951) >= g_515[4][0])) && (p_30 > (l_954 = p_33)));
                    }
                    else
                    { /* block id: 424 */
                        int32_t l_956 = 0x351D4155L;
                        (*l_847) = (*g_180);
                        ++g_958;
                    }
                    l_955 ^= (((*l_962) = (void*)0) == l_964);
                    for (g_301 = 0; (g_301 <= 0); g_301 += 1)
                    { /* block id: 432 */
                        int i, j, k;
                        return g_629[p_33][g_301][(p_33 + 1)];
                    }
                }
            }
            l_992 = ((((((g_144[0] = (p_32 ^ p_31)) && (safe_mul_func_uint8_t_u_u(((safe_mod_func_int64_t_s_s((safe_lshift_func_int16_t_s_s((g_199[1] < 0L), 11)), (((safe_rshift_func_int16_t_s_s((((((((((g_262 = (++(**g_201))) <= ((!(0UL != ((((((*l_979) = l_870) , (safe_mul_func_uint16_t_u_u((0xF9475A3EL < ((safe_unary_minus_func_uint8_t_u((safe_sub_func_uint32_t_u_u((safe_sub_func_int64_t_s_s((safe_rshift_func_int8_t_s_u((((void*)0 == &g_301) && l_871), g_192)), 0xFC9645D804C7BC6DLL)), (-1L))))) , 0xA9C71401L)), 0x59CDL))) , p_32) < l_989) , 0x39F3L))) <= g_144[0])) <= p_30) , &g_301) != &g_957) > g_629[8][0][0]) >= g_701) | g_192) && l_868), g_268)) & l_990) , p_30))) > (-2L)), 0xE9L))) , l_991) , (void*)0) == (*g_804)) , (void*)0);
            if (p_33)
                goto lbl_993;
        }
        return p_30;
    }
    else
    { /* block id: 445 */
        for (g_221 = 0; (g_221 <= 2); g_221 += 1)
        { /* block id: 448 */
            int32_t l_994 = 1L;
            return l_994;
        }
    }
    return l_995[5];
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_48 g_6 g_63 g_93 g_76 g_120 g_112 g_60 g_180 g_144 g_181 g_192 g_198 g_201 g_146 g_202 g_217 g_221 g_199 g_262 g_264 g_268 g_301 g_361 g_516 g_512 g_511 g_619 g_630
 * writes: g_48 g_63 g_93 g_76 g_112 g_120 g_144 g_146 g_60 g_180 g_192 g_198 g_201 g_181 g_217 g_221 g_262 g_264 g_268 g_301 g_361 g_459 g_516 g_512 g_511 g_619 g_630
 */
static int16_t  func_34(uint32_t  p_35)
{ /* block id: 10 */
    uint16_t *l_47 = &g_48;
    int32_t l_58[3][2][6] = {{{(-1L),8L,(-1L),8L,(-1L),8L},{(-1L),8L,(-1L),8L,(-1L),8L}},{{(-1L),8L,(-1L),8L,(-1L),8L},{(-1L),8L,(-1L),8L,(-1L),8L}},{{(-1L),8L,(-1L),8L,(-1L),8L},{(-1L),8L,(-1L),8L,(-1L),8L}}};
    uint64_t *l_59[9] = {&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60,&g_60};
    int32_t l_61 = 0xB964069AL;
    int32_t *l_62 = &g_63;
    const int8_t l_320[6] = {0x73L,0L,0L,0x73L,0L,0L};
    int8_t l_378 = 0x83L;
    const int32_t **l_385 = (void*)0;
    const int32_t ***l_384 = &l_385;
    int32_t *l_535[2];
    int32_t **l_534 = &l_535[1];
    int64_t l_540 = 0L;
    int32_t l_586 = 1L;
    uint64_t ***l_599 = (void*)0;
    int64_t ** const l_603 = (void*)0;
    uint64_t *l_650 = &g_262;
    int32_t ***l_726[8][6] = {{&g_180,&g_180,&g_180,&g_180,&g_180,&g_180},{&g_180,&g_180,&g_180,&g_180,&g_180,&g_180},{&g_180,&g_180,&g_180,&g_180,&g_180,&g_180},{&g_180,&g_180,&g_180,&g_180,&g_180,&g_180},{&g_180,&g_180,&g_180,&g_180,&g_180,&g_180},{&g_180,&g_180,&g_180,&g_180,&g_180,&g_180},{&g_180,&g_180,&g_180,&g_180,&g_180,&g_180},{&g_180,&g_180,&g_180,&g_180,&g_180,&g_180}};
    uint64_t l_743 = 0xF7215B67B09EB745LL;
    const int16_t l_817 = 7L;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_535[i] = &g_514;
    (*l_62) &= (safe_add_func_int16_t_s_s((safe_mul_func_int8_t_s_s(0x58L, (safe_mul_func_int16_t_s_s(func_43(g_2), (((((((*l_47)--) > g_2) || (((!(l_61 |= (((safe_lshift_func_int16_t_s_s(((safe_sub_func_int64_t_s_s(1L, (-1L))) && g_48), (((safe_rshift_func_uint8_t_u_s(l_58[0][1][1], ((g_2 == p_35) == l_58[0][1][1]))) , &g_48) == &g_48))) >= g_48) & l_58[0][1][1]))) ^ 0xCAL) , 0UL)) != 0L) > 0L) ^ g_6))))), (-6L)));
    if ((*l_62))
    { /* block id: 16 */
        int32_t l_88 = (-1L);
        int16_t l_113 = 0xDC27L;
        int8_t l_183 = 0xC5L;
        const int32_t l_185 = 0L;
        int32_t **l_260[3];
        uint16_t l_302 = 0x732BL;
        int16_t l_416 = 1L;
        int32_t l_448 = (-1L);
        uint64_t *l_454 = (void*)0;
        const int16_t *l_499 = &l_113;
        uint16_t l_503 = 0x9B1AL;
        uint16_t **l_519 = &l_47;
        int64_t ** const l_544 = &g_198[4];
        int32_t **l_585 = (void*)0;
        const int32_t *l_601[10] = {&l_58[1][1][4],&l_58[0][1][1],&l_58[1][1][4],(void*)0,(void*)0,&l_58[1][1][4],&l_58[0][1][1],&l_58[1][1][4],(void*)0,(void*)0};
        uint16_t l_607[6][1][7] = {{{65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL}},{{0x6D5DL,9UL,0x6D5DL,9UL,0x6D5DL,9UL,0x6D5DL}},{{65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL}},{{0x6D5DL,9UL,0x6D5DL,9UL,0x6D5DL,9UL,0x6D5DL}},{{65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL}},{{0x6D5DL,9UL,0x6D5DL,9UL,0x6D5DL,9UL,0x6D5DL}}};
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_260[i] = &g_181;
        for (l_61 = 0; (l_61 <= 27); ++l_61)
        { /* block id: 19 */
            uint32_t l_68 = 8UL;
            int32_t l_81 = 5L;
            int32_t *l_96 = &g_76;
            for (p_35 = 0; (p_35 < 33); p_35 = safe_add_func_int8_t_s_s(p_35, 8))
            { /* block id: 22 */
                int32_t l_74[5] = {0x78DB5841L,0x78DB5841L,0x78DB5841L,0x78DB5841L,0x78DB5841L};
                int i;
                if (g_48)
                    break;
                if ((p_35 && (l_68 , (255UL > g_6))))
                { /* block id: 24 */
                    int32_t *l_69[7][9] = {{&g_6,&l_61,(void*)0,&g_6,(void*)0,&l_61,&g_6,&l_58[0][1][1],&l_58[0][1][1]},{&g_6,&l_61,(void*)0,&g_6,(void*)0,&l_61,&g_6,&l_58[0][1][1],&l_58[0][1][1]},{&g_6,&l_61,(void*)0,&g_6,(void*)0,&l_61,&g_6,&l_58[0][1][1],&l_58[0][1][1]},{&g_6,&l_61,(void*)0,&g_6,(void*)0,&l_61,&g_6,&l_58[0][1][1],&l_58[0][1][1]},{&g_6,&l_61,(void*)0,&g_6,(void*)0,&l_61,&g_6,&l_58[0][1][1],&l_58[0][1][1]},{&g_6,&l_61,(void*)0,&g_6,(void*)0,&l_61,&g_6,&l_58[0][1][1],&l_58[0][1][1]},{&g_6,&l_61,(void*)0,&g_6,(void*)0,&l_61,&g_6,&l_58[0][1][1],&l_58[0][1][1]}};
                    int32_t **l_70 = &l_69[1][2];
                    int i, j;
                    (*l_70) = l_69[1][2];
                }
                else
                { /* block id: 26 */
                    int32_t **l_71 = (void*)0;
                    int32_t **l_72 = &l_62;
                    int32_t *l_73 = &g_63;
                    int32_t *l_75 = &l_58[0][1][1];
                    int32_t *l_77 = &g_76;
                    int32_t *l_78 = &l_58[0][1][1];
                    int32_t *l_79 = (void*)0;
                    int32_t *l_80 = (void*)0;
                    int32_t *l_82 = &l_58[2][1][5];
                    int32_t *l_83 = &l_81;
                    int32_t *l_84 = &g_76;
                    int32_t *l_85 = &l_58[2][1][2];
                    int32_t *l_86 = (void*)0;
                    int32_t *l_87 = &l_58[0][1][5];
                    int32_t *l_89 = (void*)0;
                    int32_t *l_90 = &g_63;
                    int32_t *l_91 = &g_63;
                    int32_t *l_92[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    int i;
                    (*l_72) = (void*)0;
                    ++g_93;
                }
            }
            (*l_96) = p_35;
            (*l_96) &= 0x0A02D528L;
        }
        for (g_48 = 0; (g_48 <= 1); g_48 += 1)
        { /* block id: 36 */
            int8_t *l_111[1];
            int32_t l_118[5] = {0x6454C9BFL,0x6454C9BFL,0x6454C9BFL,0x6454C9BFL,0x6454C9BFL};
            uint32_t *l_119 = &g_120[3][1][0];
            int32_t *l_121 = &g_76;
            uint16_t **l_129 = &l_47;
            uint8_t *l_204 = (void*)0;
            uint8_t *l_205 = (void*)0;
            uint8_t *l_206 = &g_146[4];
            int32_t **l_215 = &l_62;
            uint16_t *l_216 = &g_217;
            uint16_t *l_220 = &g_221;
            uint64_t *l_252 = &g_60;
            int64_t **l_258 = &g_198[4];
            uint64_t ***l_323 = (void*)0;
            int8_t l_324 = (-1L);
            int32_t l_377[1];
            int i;
            for (i = 0; i < 1; i++)
                l_111[i] = &g_112[1];
            for (i = 0; i < 1; i++)
                l_377[i] = 1L;
            (*l_121) = (!(!(((((safe_mod_func_uint8_t_u_u(((safe_sub_func_uint32_t_u_u(l_88, (p_35 > ((*l_119) &= (l_88 == (safe_lshift_func_uint16_t_u_u(((safe_mod_func_int8_t_s_s((safe_mul_func_uint16_t_u_u((&l_58[0][1][1] != &l_58[0][1][1]), (((safe_lshift_func_uint16_t_u_u((0xC9L ^ ((p_35 || (g_112[0] = (l_113 = (l_61 &= p_35)))) , ((((safe_lshift_func_int8_t_s_u(g_2, 6)) != l_118[4]) < p_35) < 0UL))), 15)) , 0x87B7884FD301F6F3LL) <= 0x57ECD02AC2FF03E5LL))), g_6)) >= 0xC01429742485FC01LL), l_88))))))) , l_113), (-4L))) || g_76) < (-8L)) && g_112[1]) && g_48)));
            for (g_63 = 0; (g_63 <= 1); g_63 += 1)
            { /* block id: 44 */
                uint16_t l_147 = 1UL;
                int32_t l_186 = 0xD19084CDL;
                for (l_88 = 0; (l_88 <= 2); l_88 += 1)
                { /* block id: 47 */
                    uint16_t **l_123 = &l_47;
                    int16_t *l_124 = &l_113;
                    int64_t *l_145[2][10];
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                    {
                        for (j = 0; j < 10; j++)
                            l_145[i][j] = (void*)0;
                    }
                    l_58[l_88][g_48][(g_48 + 3)] = (((safe_unary_minus_func_uint32_t_u(0x91EA77C7L)) && (((l_58[l_88][g_63][(g_63 + 2)] <= ((((&g_48 == ((*l_123) = &g_48)) | g_120[(g_63 + 8)][g_63][l_88]) , g_93) || 1L)) ^ ((*l_124) |= g_63)) >= (safe_mod_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u(0x070DL, 11)), l_88)))) <= 1UL);
                    if ((g_120[9][2][0] >= ((((l_129 != &l_47) , (safe_sub_func_uint64_t_u_u((g_60 &= ((((((((((((((g_146[4] = (safe_sub_func_int32_t_s_s((safe_mod_func_uint32_t_u_u(0x8A694094L, (g_144[0] = (g_112[1] & ((safe_sub_func_int64_t_s_s(0xC801A57850C049AALL, (safe_div_func_int32_t_s_s(((*l_121) |= (safe_rshift_func_int16_t_s_u(((safe_sub_func_int8_t_s_s(((void*)0 != &l_58[0][1][1]), 0xF3L)) >= 0xFFL), g_112[1]))), g_48)))) , p_35))))), 4294967289UL))) , 0x75L) && p_35) == g_120[3][1][0]) , 0UL) == 0UL) || 0x8606L) , 0x663587ECL) , g_112[1]) , (void*)0) == (void*)0) , p_35) < 0x98699BF897C6CADFLL) != 0xD6DE73C79434882ALL)), l_147))) , &l_58[2][1][3]) != &l_118[0])))
                    { /* block id: 55 */
                        int32_t *l_148 = (void*)0;
                        int32_t **l_149 = &l_148;
                        (*l_149) = l_148;
                        (*l_121) &= p_35;
                        if (l_88)
                            break;
                    }
                    else
                    { /* block id: 59 */
                        int32_t **l_179 = &l_62;
                        int32_t ***l_182[1][9][2] = {{{&l_179,&g_180},{&l_179,&g_180},{&l_179,&g_180},{&l_179,&g_180},{&l_179,&g_180},{&l_179,&g_180},{&l_179,&g_180},{&l_179,&g_180},{&l_179,&g_180}}};
                        uint64_t l_184 = 1UL;
                        int32_t *l_191 = &g_192;
                        uint16_t *l_197 = &l_147;
                        int64_t **l_200 = &g_198[4];
                        uint64_t ***l_203 = &g_201;
                        int i, j, k;
                        l_186 = (safe_lshift_func_uint16_t_u_s((safe_mul_func_int16_t_s_s(((safe_mul_func_int8_t_s_s((((safe_add_func_uint8_t_u_u(p_35, 253UL)) != (safe_div_func_int64_t_s_s(((~(*l_121)) ^ 2UL), (safe_mod_func_uint64_t_u_u(((g_120[(g_63 + 5)][g_63][(g_63 + 4)]--) & ((safe_rshift_func_uint8_t_u_s((safe_add_func_uint32_t_u_u((*l_121), (safe_rshift_func_uint8_t_u_u(0xCCL, 3)))), ((safe_div_func_uint8_t_u_u((((safe_lshift_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(0x75D2L, ((safe_div_func_uint16_t_u_u((((l_179 == (g_180 = g_180)) , 0x17L) | g_6), 6UL)) | l_183))), 12)) > g_144[0]) == (*g_181)), 0xEDL)) && g_112[1]))) || (-2L))), l_184))))) <= p_35), (-1L))) > l_185), 4L)), 13));
                        if ((**g_180))
                            continue;
                        (*g_181) = (0L & ((((g_93 || p_35) & ((((safe_add_func_uint32_t_u_u((((*l_191) |= p_35) , ((*l_119) = (((safe_div_func_uint32_t_u_u((0xFA84L <= ((*l_197) ^= (safe_mul_func_uint16_t_u_u(g_76, p_35)))), ((l_145[1][5] == ((*l_200) = g_198[4])) , 0xC2E982C8L))) & p_35) ^ 18446744073709551611UL))), l_185)) & 0UL) <= p_35) & 0xE469L)) == g_144[0]) != g_60));
                        (*l_203) = g_201;
                    }
                    return p_35;
                }
                return p_35;
            }
            if (((((*l_206)++) < 250UL) == (((((*l_121) & (safe_mod_func_int64_t_s_s((((((*l_121) ^ (((safe_mul_func_uint64_t_u_u(((**g_201) &= (safe_add_func_uint8_t_u_u(g_2, 1UL))), (&l_185 != ((*l_215) = ((*g_180) = (*g_180)))))) & ((++(*l_216)) > (((*l_220) = g_120[3][1][0]) && (((((((g_63 &= (safe_lshift_func_uint8_t_u_u(g_221, 7))) , p_35) & p_35) < g_192) < l_61) && g_199[3]) >= 0xCB0AL)))) < g_199[5])) && 9L) < 0x4A2BDFB0L) ^ p_35), p_35))) == l_113) <= 0x86F06635C2736A97LL) && l_88)))
            { /* block id: 82 */
                int32_t l_257 = 0L;
                for (p_35 = 0; (p_35 <= 1); p_35 += 1)
                { /* block id: 85 */
                    int64_t l_256 = 0x3DF1D39A98EA977DLL;
                    int32_t **l_259 = &l_62;
                    int32_t l_263 = 6L;
                    int32_t l_267[9][4] = {{7L,(-10L),7L,7L},{(-10L),(-10L),0x52A225A8L,(-10L)},{(-10L),7L,7L,(-10L)},{7L,(-10L),7L,7L},{(-10L),(-10L),0x52A225A8L,(-10L)},{(-10L),7L,7L,(-10L)},{7L,(-10L),7L,7L},{(-10L),(-10L),0x52A225A8L,(-10L)},{(-10L),7L,7L,(-10L)}};
                    int i, j;
                    if (p_35)
                    { /* block id: 86 */
                        int64_t *l_254[9][1] = {{&g_199[3]},{&g_199[3]},{&g_199[3]},{&g_199[3]},{&g_199[3]},{&g_199[3]},{&g_199[3]},{&g_199[3]},{&g_199[3]}};
                        int32_t l_255 = 0x95C9EB64L;
                        int8_t l_261 = 7L;
                        int i, j;
                        (**g_180) = (((((*l_119) = (~(safe_div_func_uint8_t_u_u(((*l_206) = (safe_div_func_uint64_t_u_u(((safe_rshift_func_uint8_t_u_u((g_262 |= ((((((safe_add_func_uint64_t_u_u((safe_mod_func_int64_t_s_s((+(safe_rshift_func_int8_t_s_u((safe_div_func_int32_t_s_s((p_35 | g_144[0]), g_146[4])), (safe_sub_func_uint16_t_u_u(((safe_sub_func_uint8_t_u_u(((-3L) > (((safe_mod_func_uint64_t_u_u((safe_sub_func_int64_t_s_s(((*l_121) & ((g_60 , ((((safe_sub_func_int64_t_s_s(((l_256 = ((l_255 = ((((void*)0 != l_252) >= (+(p_35 , 6L))) & 6L)) > 0xC3D22769CAE7AD8DLL)) & p_35), l_257)) < 18446744073709551610UL) , &l_254[2][0]) == l_258)) ^ l_257)), (*g_202))), p_35)) && 0xA4L) , 0UL)), p_35)) != (*l_62)), 0xB5A9L))))), (*l_62))), 0L)) && (*l_62)) , l_259) != l_260[0]) > p_35) & l_261)), g_112[1])) > 0xA0031CDE32BAB418LL), p_35))), g_76)))) & p_35) >= (*g_181)) >= g_217);
                        return g_112[0];
                    }
                    else
                    { /* block id: 94 */
                        g_264--;
                        ++g_268;
                        (*l_259) = &l_61;
                    }
                    if (p_35)
                        continue;
                    for (g_268 = 0; (g_268 <= 1); g_268 += 1)
                    { /* block id: 102 */
                        int16_t *l_293 = &l_113;
                        int16_t *l_300 = &g_301;
                        int i, j, k;
                        l_58[(g_48 + 1)][g_48][(g_268 + 2)] &= (-1L);
                        (**g_180) = (safe_rshift_func_uint16_t_u_u(((void*)0 == &g_192), 15));
                        l_267[0][1] ^= ((((*l_119) ^= (safe_lshift_func_int8_t_s_s((safe_mul_func_int8_t_s_s((((((!l_58[g_268][p_35][(p_35 + 4)]) != ((p_35 != (((safe_mul_func_uint8_t_u_u((*l_62), g_48)) != (((((**l_259) == ((safe_lshift_func_int16_t_s_s(((*l_293) = (!(l_257 = (safe_mul_func_uint16_t_u_u((safe_div_func_int8_t_s_s((safe_rshift_func_int16_t_s_s(l_58[g_268][p_35][(p_35 + 4)], 9)), 1UL)), (!(+p_35))))))), ((*l_300) |= ((safe_add_func_uint32_t_u_u(((safe_mod_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s((g_93 != g_268), 4)), 65532UL)) , p_35), p_35)) , p_35)))) | g_146[4])) < g_199[1]) | g_144[0]) || p_35)) > g_76)) , (**l_215))) > g_199[4]) == (*l_62)) != p_35), p_35)), 4))) >= (*l_62)) == 0x74L);
                    }
                }
                l_302--;
            }
            else
            { /* block id: 113 */
                int16_t *l_309 = &l_113;
                int32_t l_316 = (-8L);
                int32_t l_319 = (-9L);
                int32_t l_363 = (-5L);
                (*l_121) = (((safe_mul_func_int8_t_s_s(p_35, (((*l_220) = ((safe_rshift_func_int16_t_s_u(((*l_309) &= 0xF2A8L), ((7UL >= (((safe_lshift_func_uint16_t_u_s((safe_mod_func_int8_t_s_s(((safe_rshift_func_uint8_t_u_s(g_76, (l_316 <= (((p_35 ^ ((safe_mul_func_int16_t_s_s((l_319 = 8L), l_320[5])) , (((safe_add_func_int32_t_s_s((((&g_201 != l_323) != p_35) , p_35), l_324)) , g_192) >= p_35))) && p_35) , (*l_62))))) , g_48), p_35)), 12)) , (-9L)) & g_144[0])) | p_35))) == p_35)) , 1UL))) < (*l_62)) , p_35);
                for (l_324 = 1; (l_324 >= 0); l_324 -= 1)
                { /* block id: 120 */
                    int8_t l_331 = 0x6CL;
                    int32_t ***l_360 = &l_260[1];
                    int32_t *l_362 = &g_192;
                    (*g_181) = (**g_180);
                    (**l_215) = ((&l_113 == &l_113) & (0xDC850656D31335ABLL <= ((safe_sub_func_uint16_t_u_u((0xD9L | (safe_mul_func_uint16_t_u_u(((*l_216) &= (p_35 , ((*l_220)--))), (-7L)))), ((1UL || l_331) < ((safe_mul_func_int16_t_s_s((safe_sub_func_uint64_t_u_u((*g_202), l_331)), 6L)) > (*l_62))))) >= 1L)));
                    l_363 = ((((p_35 > (254UL != (safe_mod_func_int32_t_s_s((l_316 = (safe_lshift_func_uint16_t_u_s(((safe_div_func_uint64_t_u_u((((*l_362) ^= ((g_361[0] &= (safe_mul_func_int16_t_s_s(((((safe_rshift_func_int8_t_s_s(0x9DL, ((((safe_lshift_func_int16_t_s_u((((*l_121) |= 0x4AL) , (safe_mod_func_int8_t_s_s((*l_62), (l_319 &= (safe_add_func_uint8_t_u_u((safe_div_func_int16_t_s_s(((safe_add_func_int8_t_s_s((&l_121 != &g_181), (((safe_mul_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(((g_112[0] ^= (l_331 < ((*l_206) = (((((*g_202) , l_360) != &g_180) , 0x9D3CL) == g_144[0])))) < 1L), l_316)), 0x4AL)) , 0x092DFB8CD42C0B19LL) , l_316))) , (***l_360)), p_35)), p_35)))))), 4)) != p_35) == l_316) == p_35))) | p_35) || g_146[1]) > g_268), g_63))) > p_35)) , (*g_202)), p_35)) , p_35), p_35))), g_144[0])))) <= g_120[9][0][4]) , 0xB6L) | g_217);
                    for (l_183 = 1; (l_183 >= 0); l_183 -= 1)
                    { /* block id: 135 */
                        int i, j, k;
                        l_58[(l_183 + 1)][l_183][l_183] ^= (0x9181DD65L == (*g_181));
                    }
                }
                g_63 ^= ((safe_mul_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u(((safe_add_func_uint32_t_u_u((~((safe_sub_func_uint32_t_u_u(g_221, ((safe_mod_func_int32_t_s_s(((((safe_mul_func_uint16_t_u_u((&l_320[1] != &l_183), (p_35 <= l_316))) < ((((void*)0 == &g_112[2]) || ((g_217 || ((p_35 <= l_363) | l_319)) > l_319)) , p_35)) || l_377[0]) <= (**g_201)), p_35)) >= (*l_62)))) & 0xCC248D43A7C1BF27LL)), p_35)) < 0x0BL), p_35)), 0x641FL)) , p_35);
                (*l_62) = (*g_181);
            }
        }
        if (l_378)
        { /* block id: 143 */
            int32_t *l_379 = &l_58[0][1][1];
            const uint64_t *l_409 = &g_262;
            const uint64_t **l_408 = &l_409;
            l_62 = ((*g_180) = (l_379 = (*g_180)));
            for (g_301 = 0; (g_301 < 19); g_301++)
            { /* block id: 149 */
                int32_t l_395 = 7L;
                uint64_t **l_410 = &l_59[8];
                uint32_t *l_415 = &g_144[0];
                int32_t l_417 = 0x43FA7BD6L;
                int32_t l_418 = (-1L);
                l_395 |= (safe_mod_func_int64_t_s_s(((((*l_62) == (&g_180 == ((*l_62) , l_384))) , (-1L)) || (l_379 == ((safe_add_func_int64_t_s_s((safe_rshift_func_int16_t_s_u(((~(safe_rshift_func_uint8_t_u_u(g_268, 7))) || (safe_mod_func_int16_t_s_s((0x6F02L && (0x38L > 0x40L)), 0x5BCAL))), 10)), 0xF87F5BCED1753452LL)) , (void*)0))), p_35));
                l_418 &= (((safe_sub_func_uint64_t_u_u((safe_add_func_uint32_t_u_u(((((0UL ^ (l_417 |= (0x4757L | (safe_lshift_func_int8_t_s_u(g_361[0], ((safe_div_func_int8_t_s_s(((p_35 < (safe_add_func_int32_t_s_s((safe_rshift_func_uint16_t_u_u((((((l_408 = l_408) != l_410) < ((*l_415) = (safe_sub_func_uint64_t_u_u((g_112[2] >= (((safe_add_func_int64_t_s_s(l_395, ((*l_62) ^ g_199[3]))) ^ g_199[6]) | p_35)), 0xC927A8550386D169LL)))) | p_35) > g_192), 8)), (**g_180)))) == l_416), p_35)) <= g_146[4])))))) && p_35) , (-7L)) & p_35), 0xC28B1F27L)), p_35)) || (*g_181)) | (*l_379));
                l_417 &= (**g_180);
            }
        }
        else
        { /* block id: 157 */
            int64_t l_420 = 1L;
            int32_t l_421 = 0L;
            uint64_t *l_453[3][3][3] = {{{&g_262,&g_262,&g_262},{&g_60,&g_60,&g_262},{&g_60,&g_262,&g_60}},{{&g_60,&g_60,&g_262},{&g_60,&g_60,&g_262},{&g_262,&g_60,&g_262}},{{&g_60,&g_60,&g_60},{&g_262,&g_60,&g_262},{&g_60,&g_60,&g_262}}};
            int32_t l_500 = (-1L);
            const uint8_t *l_524[7];
            uint32_t l_565[8][6][5] = {{{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL}},{{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL}},{{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL}},{{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,6UL},{6UL,1UL,6UL,1UL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL}},{{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL}},{{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL}},{{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL}},{{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL},{1UL,0x2D04F4FFL,0xF2AC656BL,0x2D04F4FFL,1UL}}};
            int16_t l_566[9][8][3] = {{{7L,(-3L),0x3A57L},{0x3683L,0xD08FL,(-7L)},{1L,0xB177L,0x2CF9L},{0x3683L,0xA301L,0xD08FL},{7L,(-6L),0L},{0xA301L,(-2L),(-2L)},{0x9E38L,0x8C8CL,0L},{0xC409L,6L,0xD08FL}},{{0x3A57L,0xEC0EL,0x2CF9L},{(-7L),0xE1BDL,(-7L)},{0x2CF9L,0xEC0EL,0x3A57L},{0xD08FL,6L,0xC409L},{0L,0x8C8CL,0x9E38L},{(-2L),(-2L),0xA301L},{0L,(-6L),7L},{0xD08FL,0xA301L,0x3683L}},{{0x2CF9L,0xB177L,1L},{(-7L),0xD08FL,0x3683L},{0x3A57L,0L,8L},{(-7L),0xA301L,(-2L)},{0xB83AL,0x5948L,0xB83AL},{(-2L),0xA301L,(-7L)},{8L,0L,0x9E38L},{0xC409L,0xE1BDL,0L}},{{2L,0xEAB7L,1L},{0xC409L,(-2L),0xE1BDL},{8L,0xB177L,0x3A57L},{(-2L),0x95D7L,0x95D7L},{0xB83AL,0xD7A6L,0x3A57L},{(-7L),0x3683L,0xE1BDL},{0x9E38L,(-6L),1L},{0L,(-4L),0L}},{{1L,(-6L),0x9E38L},{0xE1BDL,0x3683L,(-7L)},{0x3A57L,0xD7A6L,0xB83AL},{0x95D7L,0x95D7L,(-2L)},{0x3A57L,0xB177L,8L},{0xE1BDL,(-2L),0xC409L},{1L,0xEAB7L,2L},{0L,0xE1BDL,0xC409L}},{{0x9E38L,0L,8L},{(-7L),0xA301L,(-2L)},{0xB83AL,0x5948L,0xB83AL},{(-2L),0xA301L,(-7L)},{8L,0L,0x9E38L},{0xC409L,0xE1BDL,0L},{2L,0xEAB7L,1L},{0xC409L,(-2L),0xE1BDL}},{{8L,0xB177L,0x3A57L},{(-2L),0x95D7L,0x95D7L},{0xB83AL,0xD7A6L,0x3A57L},{(-7L),0x3683L,0xE1BDL},{0x9E38L,(-6L),1L},{0L,(-4L),0L},{1L,(-6L),0x9E38L},{0xE1BDL,0x3683L,(-7L)}},{{0x3A57L,0xD7A6L,0xB83AL},{0x95D7L,0x95D7L,(-2L)},{0x3A57L,0xB177L,8L},{0xE1BDL,(-2L),0xC409L},{1L,0xEAB7L,2L},{0L,0xE1BDL,0xC409L},{0x9E38L,0L,8L},{(-7L),0xA301L,(-2L)}},{{0xB83AL,0x5948L,0xB83AL},{(-2L),0xA301L,(-7L)},{8L,0L,0x9E38L},{0xC409L,0xE1BDL,0L},{2L,0xEAB7L,1L},{0xC409L,(-2L),0xE1BDL},{8L,0xB177L,0x3A57L},{(-2L),0x95D7L,0x95D7L}}};
            int i, j, k;
            for (i = 0; i < 7; i++)
                l_524[i] = &g_146[4];
            if ((+l_420))
            { /* block id: 158 */
                int16_t *l_437 = (void*)0;
                int16_t *l_438 = &l_113;
                int32_t l_445 = 0x5306002AL;
                uint8_t *l_446 = &g_146[0];
                int32_t l_447[8][5];
                int i, j;
                for (i = 0; i < 8; i++)
                {
                    for (j = 0; j < 5; j++)
                        l_447[i][j] = (-6L);
                }
                (*g_181) = 0x182E245AL;
                for (g_63 = 0; (g_63 <= 6); g_63 += 1)
                { /* block id: 162 */
                    int i;
                    return g_199[g_63];
                }
                l_421 = 0x6AD8240CL;
                if ((~(((safe_sub_func_uint8_t_u_u(l_420, (6L || g_120[3][0][6]))) == ((*l_47) = (safe_lshift_func_uint16_t_u_s((((safe_add_func_uint64_t_u_u((*g_202), (safe_add_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(0UL, (*g_181))), (safe_rshift_func_uint16_t_u_u(((((l_421 && ((((*l_446) = (((safe_sub_func_int64_t_s_s(((((*l_438) = 0xD06FL) != (safe_mul_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_s(((safe_rshift_func_int16_t_s_s(l_445, g_192)) <= (*g_181)), p_35)) , l_421), (-3L)))) ^ p_35), 0x4E60344EB4426F95LL)) , 0x5A71L) <= g_301)) , p_35) , p_35)) != (**g_180)) & 0xFD636208L) >= l_447[2][0]), g_120[3][1][0])))))) , l_421) & g_268), 11)))) , l_448)))
                { /* block id: 169 */
                    for (l_183 = 0; (l_183 < (-6)); --l_183)
                    { /* block id: 172 */
                        uint32_t *l_460 = (void*)0;
                        uint32_t *l_461 = &g_120[3][1][0];
                        l_421 = (((p_35 != (safe_div_func_int64_t_s_s((l_453[0][0][2] == l_454), (safe_mod_func_int32_t_s_s((safe_add_func_uint64_t_u_u(((((&l_260[2] == (g_459 = &l_260[0])) || p_35) , (0x34EDEDADL ^ ((*l_461) = g_112[1]))) < ((void*)0 == &g_192)), 0x7A4FBB89C036F8FDLL)), 0x86151A2CL))))) < 1L) > 7UL);
                    }
                }
                else
                { /* block id: 179 */
                    int64_t *l_473 = &g_199[3];
                    for (g_264 = (-13); (g_264 >= 59); g_264 = safe_add_func_uint64_t_u_u(g_264, 7))
                    { /* block id: 182 */
                        int8_t l_466 = 0x7AL;
                        uint32_t *l_471 = &g_144[0];
                        (*g_181) = (safe_mul_func_int8_t_s_s((((l_466 ^ ((&l_420 == &g_361[0]) > (safe_lshift_func_int16_t_s_s(((*l_438) = p_35), (((g_63 & (((*l_471) = (safe_lshift_func_uint16_t_u_u(g_144[0], 0))) < 0xA4F9D140L)) | (0L | ((((!0xB37DL) , (void*)0) == l_473) ^ g_301))) == p_35))))) || p_35) , l_466), p_35));
                        (*g_180) = (*g_180);
                    }
                }
            }
            else
            { /* block id: 189 */
                int32_t *l_481 = &l_448;
                int32_t **l_480 = &l_481;
                int32_t l_506 = 1L;
                int32_t l_509 = (-9L);
                if ((safe_div_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s(0x41L, l_421)), (safe_mul_func_int8_t_s_s((((*l_480) = &g_192) != (void*)0), ((0xDB5CA225L || ((18446744073709551614UL | (safe_sub_func_uint64_t_u_u(((((safe_rshift_func_uint16_t_u_s(0x3CA4L, 6)) & ((safe_unary_minus_func_uint32_t_u((l_500 ^= (safe_mod_func_int16_t_s_s((p_35 >= (safe_div_func_uint32_t_u_u((((((safe_rshift_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u((&g_301 == l_499), (-3L))), l_421)), 0)) < 0xF0L) | p_35) >= 0x72L) < p_35), 4294967295UL))), l_420))))) >= 0L)) , 0x8745FDAD9A669B46LL) , p_35), p_35))) | l_421)) == l_421))))))
                { /* block id: 192 */
                    for (g_60 = 0; (g_60 > 56); g_60++)
                    { /* block id: 195 */
                        return p_35;
                    }
                }
                else
                { /* block id: 198 */
                    l_503--;
                }
                g_516--;
                return g_144[0];
            }
            (**g_180) = ((void*)0 == l_519);
            for (g_512 = 0; (g_512 >= (-23)); g_512 = safe_sub_func_uint64_t_u_u(g_512, 6))
            { /* block id: 207 */
                uint64_t **l_553 = &l_453[1][0][0];
                int32_t l_561[10] = {0L,0x7FC6860DL,0x7FC6860DL,0L,1L,0L,0x7FC6860DL,0x7FC6860DL,0L,1L};
                int32_t **l_583 = &l_62;
                int i;
            }
        }
        for (g_511 = (-20); (g_511 == (-14)); g_511 = safe_add_func_uint32_t_u_u(g_511, 6))
        { /* block id: 237 */
            uint64_t ***l_598[1];
            int32_t *l_602 = &l_61;
            int16_t l_606[10][6] = {{0xF651L,0x3B3FL,0xF651L,0x3B3FL,0xF651L,0x3B3FL},{0xF651L,0x3B3FL,0xF651L,0x3B3FL,0xF651L,0x3B3FL},{0xF651L,0x3B3FL,0xF651L,0x3B3FL,0xF651L,0x3B3FL},{0xF651L,0x3B3FL,0xF651L,0x3B3FL,0xF651L,0x3B3FL},{0xF651L,0x3B3FL,0xF651L,0x3B3FL,0xF651L,0x3B3FL},{0xF651L,0x3B3FL,0xF651L,0x3B3FL,0xF651L,0x3B3FL},{0xF651L,0x3B3FL,0xF651L,0x3B3FL,0xF651L,0x3B3FL},{0xF651L,0x3B3FL,0xF651L,0x3B3FL,0xF651L,0x3B3FL},{0xF651L,0x3B3FL,0xF651L,0x3B3FL,0xF651L,0x3B3FL},{0xF651L,0x3B3FL,0xF651L,0x3B3FL,0xF651L,0x3B3FL}};
            int i, j;
            for (i = 0; i < 1; i++)
                l_598[i] = &g_201;
            l_607[1][0][4] &= ((safe_lshift_func_int16_t_s_s((((**g_201) = (**g_201)) ^ (safe_rshift_func_uint8_t_u_s(((((((((((**g_180) = (-1L)) || (safe_mod_func_int32_t_s_s((&g_201 == (l_599 = l_598[0])), (((!((&g_198[3] != ((l_601[1] == (l_602 = ((*g_180) = l_602))) , l_603)) >= (safe_add_func_uint32_t_u_u(4294967292UL, p_35)))) , p_35) , (*l_602))))) , &l_416) != l_47) >= 0UL) , p_35) || g_63) >= p_35) && p_35), 0))), 4)) == l_606[8][2]);
            for (g_76 = (-14); (g_76 == (-25)); g_76--)
            { /* block id: 246 */
                int16_t l_616 = 0xCFA7L;
                for (g_301 = 0; (g_301 <= 6); g_301 += 1)
                { /* block id: 249 */
                    uint16_t l_610[6];
                    int32_t l_613 = 0x655DB0BAL;
                    int32_t l_614 = (-1L);
                    int32_t l_618 = 0xD4851460L;
                    int i;
                    for (i = 0; i < 6; i++)
                        l_610[i] = 0xE570L;
                    for (p_35 = 0; (p_35 <= 2); p_35 += 1)
                    { /* block id: 252 */
                        int32_t l_615 = 0x70162249L;
                        int32_t l_617[8][9];
                        int i, j;
                        for (i = 0; i < 8; i++)
                        {
                            for (j = 0; j < 9; j++)
                                l_617[i][j] = (-1L);
                        }
                        l_610[5]++;
                        (*l_602) |= g_146[(p_35 + 1)];
                        g_619--;
                    }
                }
            }
            for (g_301 = 0; (g_301 >= 0); g_301 -= 1)
            { /* block id: 261 */
                return p_35;
            }
        }
    }
    else
    { /* block id: 265 */
        int32_t *l_622 = &l_58[0][0][1];
        int32_t *l_623 = &g_63;
        int32_t *l_624 = &g_512;
        int32_t *l_625 = &g_512;
        int32_t *l_626 = (void*)0;
        int32_t *l_627 = &g_512;
        int32_t *l_628[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int i;
        --g_630;
    }
    for (g_619 = 27; (g_619 != 32); ++g_619)
    { /* block id: 270 */
        uint8_t l_635 = 0xD1L;
        int32_t ****l_723 = &g_459;
        int32_t ****l_724 = &g_459;
        int32_t ****l_725 = (void*)0;
        uint16_t *l_735 = &g_221;
        uint32_t l_742[9];
        uint32_t *l_744 = (void*)0;
        int64_t *l_745 = (void*)0;
        int64_t *l_746[8][8][2] = {{{&g_199[4],&g_361[1]},{(void*)0,&g_199[6]},{&g_199[2],&g_199[4]},{&g_629[4][0][4],&g_510},{&g_629[5][0][3],&g_361[0]},{(void*)0,&g_629[5][0][3]},{&g_629[2][0][1],&g_199[2]},{&g_199[3],&g_507}},{{(void*)0,&g_199[6]},{&g_507,&g_510},{&g_361[1],&g_199[3]},{&g_199[2],(void*)0},{&g_199[6],&g_361[1]},{&g_629[2][0][1],&g_629[1][0][3]},{&g_629[5][0][3],&g_629[5][0][3]},{&g_361[0],&g_199[1]}},{{&g_629[0][0][2],&g_199[4]},{&g_701,&g_199[3]},{&g_507,&g_199[1]},{(void*)0,&g_629[0][0][2]},{&g_629[5][0][3],&g_361[1]},{&g_199[3],&g_361[1]},{&g_361[0],&g_361[0]},{&g_199[2],&g_629[2][0][1]}},{{&g_629[1][0][3],&g_510},{&g_629[0][0][2],(void*)0},{(void*)0,&g_629[0][0][2]},{&g_199[4],&g_199[2]},{&g_199[4],&g_629[0][0][2]},{(void*)0,(void*)0},{&g_629[0][0][2],&g_510},{&g_629[1][0][3],&g_629[2][0][1]}},{{&g_199[2],&g_361[0]},{&g_361[0],&g_361[1]},{&g_199[3],&g_361[1]},{&g_629[5][0][3],&g_629[0][0][2]},{(void*)0,&g_199[1]},{&g_507,&g_199[3]},{&g_701,&g_199[4]},{&g_629[0][0][2],&g_199[1]}},{{&g_361[0],&g_629[5][0][3]},{&g_629[5][0][3],&g_629[1][0][3]},{&g_629[2][0][1],&g_361[1]},{&g_199[6],(void*)0},{&g_199[2],&g_199[3]},{&g_361[1],&g_510},{&g_507,&g_199[6]},{(void*)0,&g_507}},{{&g_199[3],&g_199[2]},{&g_629[2][0][1],&g_629[5][0][3]},{(void*)0,&g_361[0]},{&g_629[5][0][3],&g_510},{&g_629[4][0][4],&g_199[4]},{&g_199[2],&g_199[6]},{(void*)0,&g_361[1]},{&g_199[4],&g_629[4][0][4]}},{{&g_629[5][0][3],&g_507},{&g_199[6],&g_199[1]},{&g_629[5][0][3],&g_629[2][0][1]},{&g_701,&g_629[2][0][1]},{&g_629[5][0][3],&g_199[1]},{&g_199[6],&g_507},{&g_629[5][0][3],&g_629[4][0][4]},{&g_199[4],&g_361[1]}}};
        int32_t **l_765[8][8] = {{&g_181,&g_181,&g_181,&g_181,&g_181,&g_181,(void*)0,(void*)0},{&g_181,&g_181,&g_181,&l_62,&l_62,&l_62,&l_62,&g_181},{&g_181,(void*)0,&g_181,&g_181,&l_62,&g_181,&l_62,&g_181},{&l_62,&l_62,&g_181,&g_181,&g_181,&g_181,&l_62,&l_62},{&l_62,&g_181,(void*)0,&g_181,&l_62,&g_181,&g_181,&g_181},{&g_181,&l_62,&g_181,&l_62,&g_181,&g_181,(void*)0,&l_62},{&l_62,&g_181,&l_62,&g_181,&g_181,&g_181,&g_181,&l_62},{&l_62,&l_62,&l_62,&l_62,(void*)0,&g_181,(void*)0,&l_62}};
        const int32_t *l_823 = &g_514;
        const int32_t ** const l_822 = &l_823;
        int i, j, k;
        for (i = 0; i < 9; i++)
            l_742[i] = 1UL;
    }
    (*g_180) = (*g_180);
    return p_35;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int16_t  func_43(int32_t  p_44)
{ /* block id: 11 */
    return p_44;
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
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_112[i], "g_112[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_120[i][j][k], "g_120[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_144[i], "g_144[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_146[i], "g_146[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_192, "g_192", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_199[i], "g_199[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_217, "g_217", print_hash_value);
    transparent_crc(g_221, "g_221", print_hash_value);
    transparent_crc(g_262, "g_262", print_hash_value);
    transparent_crc(g_264, "g_264", print_hash_value);
    transparent_crc(g_268, "g_268", print_hash_value);
    transparent_crc(g_301, "g_301", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_361[i], "g_361[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_507, "g_507", print_hash_value);
    transparent_crc(g_508, "g_508", print_hash_value);
    transparent_crc(g_510, "g_510", print_hash_value);
    transparent_crc(g_511, "g_511", print_hash_value);
    transparent_crc(g_512, "g_512", print_hash_value);
    transparent_crc(g_513, "g_513", print_hash_value);
    transparent_crc(g_514, "g_514", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_515[i][j], "g_515[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_516, "g_516", print_hash_value);
    transparent_crc(g_619, "g_619", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_629[i][j][k], "g_629[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_630, "g_630", print_hash_value);
    transparent_crc(g_699, "g_699", print_hash_value);
    transparent_crc(g_701, "g_701", print_hash_value);
    transparent_crc(g_747, "g_747", print_hash_value);
    transparent_crc(g_807, "g_807", print_hash_value);
    transparent_crc(g_833, "g_833", print_hash_value);
    transparent_crc(g_846, "g_846", print_hash_value);
    transparent_crc(g_876, "g_876", print_hash_value);
    transparent_crc(g_957, "g_957", print_hash_value);
    transparent_crc(g_958, "g_958", print_hash_value);
    transparent_crc(g_997, "g_997", print_hash_value);
    transparent_crc(g_1122, "g_1122", print_hash_value);
    transparent_crc(g_1223, "g_1223", print_hash_value);
    transparent_crc(g_1225, "g_1225", print_hash_value);
    transparent_crc(g_1282, "g_1282", print_hash_value);
    transparent_crc(g_1285, "g_1285", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_1298[i], "g_1298[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_1315[i], "g_1315[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1371, "g_1371", print_hash_value);
    transparent_crc(g_1422, "g_1422", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 351
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

XXX max expression depth: 49
breakdown:
   depth: 1, occurrence: 197
   depth: 2, occurrence: 54
   depth: 3, occurrence: 7
   depth: 4, occurrence: 3
   depth: 6, occurrence: 2
   depth: 7, occurrence: 1
   depth: 9, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 16, occurrence: 5
   depth: 19, occurrence: 2
   depth: 22, occurrence: 2
   depth: 23, occurrence: 3
   depth: 24, occurrence: 2
   depth: 27, occurrence: 1
   depth: 28, occurrence: 1
   depth: 29, occurrence: 2
   depth: 30, occurrence: 2
   depth: 31, occurrence: 1
   depth: 33, occurrence: 2
   depth: 34, occurrence: 2
   depth: 38, occurrence: 1
   depth: 40, occurrence: 1
   depth: 41, occurrence: 2
   depth: 44, occurrence: 1
   depth: 45, occurrence: 1
   depth: 49, occurrence: 1

XXX total number of pointers: 338

XXX times a variable address is taken: 645
XXX times a pointer is dereferenced on RHS: 177
breakdown:
   depth: 1, occurrence: 128
   depth: 2, occurrence: 47
   depth: 3, occurrence: 2
XXX times a pointer is dereferenced on LHS: 206
breakdown:
   depth: 1, occurrence: 179
   depth: 2, occurrence: 25
   depth: 3, occurrence: 2
XXX times a pointer is compared with null: 25
XXX times a pointer is compared with address of another variable: 8
XXX times a pointer is compared with another pointer: 8
XXX times a pointer is qualified to be dereferenced: 3052

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 663
   level: 2, occurrence: 227
   level: 3, occurrence: 25
   level: 4, occurrence: 13
   level: 5, occurrence: 4
XXX number of pointers point to pointers: 138
XXX number of pointers point to scalars: 200
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 30.2
XXX average alias set size: 1.38

XXX times a non-volatile is read: 1332
XXX times a non-volatile is write: 672
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 0

XXX stmts: 203
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 24
   depth: 1, occurrence: 25
   depth: 2, occurrence: 27
   depth: 3, occurrence: 44
   depth: 4, occurrence: 38
   depth: 5, occurrence: 45

XXX percentage a fresh-made variable is used: 18.4
XXX percentage an existing variable is used: 81.6
********************* end of statistics **********************/

