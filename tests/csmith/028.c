/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 33 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      33
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int32_t  f0;
   int32_t  f1;
   int8_t  f2;
   int8_t * f3;
   int32_t  f4;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_4[7][1][4] = {{{1L,0L,1L,0x250DB856L}},{{(-1L),0L,(-4L),0x10D21DFEL}},{{0L,0x3066C93EL,0x3066C93EL,0L}},{{1L,0x10D21DFEL,0x3066C93EL,0x250DB856L}},{{0L,(-1L),(-4L),(-1L)}},{{(-1L),0x3066C93EL,1L,(-1L)}},{{1L,(-1L),0x250DB856L,0x250DB856L}}};
static union U0 g_24 = {0x50FAEB38L};
static int8_t *g_36[9] = {&g_24.f2,&g_24.f2,&g_24.f2,&g_24.f2,&g_24.f2,&g_24.f2,&g_24.f2,&g_24.f2,&g_24.f2};
static int32_t *g_56[10][3] = {{&g_4[5][0][3],&g_4[2][0][0],&g_4[2][0][0]},{&g_24.f4,&g_4[2][0][2],&g_24.f4},{&g_4[5][0][3],&g_4[6][0][0],&g_4[5][0][3]},{&g_24.f4,(void*)0,&g_4[2][0][2]},{&g_4[2][0][0],&g_4[2][0][0],&g_4[5][0][3]},{&g_24.f4,(void*)0,(void*)0},{&g_4[5][0][3],&g_24.f4,&g_4[6][0][0]},{&g_24.f4,&g_4[5][0][3],&g_24.f4},{&g_4[2][0][0],&g_4[5][0][3],&g_4[6][0][0]},{&g_24.f4,&g_24.f4,(void*)0}};
static int32_t **g_55 = &g_56[8][1];
static uint8_t g_66 = 0xFDL;
static uint8_t g_103 = 0x3AL;
static uint8_t *g_102 = &g_103;
static uint8_t **g_101[1] = {&g_102};
static int32_t g_105[6][10] = {{0xC8505D4FL,0xEE3E29BDL,0xEE3E29BDL,0xC8505D4FL,1L,0xD5B22E30L,0xD5B22E30L,1L,0xC8505D4FL,0xEE3E29BDL},{0xC8505D4FL,0xC8505D4FL,0xD5B22E30L,0xEE3E29BDL,1L,1L,0xEE3E29BDL,0xD5B22E30L,0xC8505D4FL,0xC8505D4FL},{1L,0xEE3E29BDL,0xD5B22E30L,0xC8505D4FL,0xC8505D4FL,0xD5B22E30L,0xEE3E29BDL,1L,1L,0xEE3E29BDL},{1L,0xC8505D4FL,0xEE3E29BDL,0xEE3E29BDL,0xC8505D4FL,1L,0xD5B22E30L,0xD5B22E30L,1L,0xC8505D4FL},{0xC8505D4FL,0xEE3E29BDL,0xEE3E29BDL,0xC8505D4FL,1L,0xD5B22E30L,0xD5B22E30L,1L,0xC8505D4FL,0xEE3E29BDL},{0xC8505D4FL,0xC8505D4FL,0xD5B22E30L,0xEE3E29BDL,1L,1L,0xEE3E29BDL,0xD5B22E30L,0xC8505D4FL,0xC8505D4FL}};
static uint32_t g_124 = 4294967286UL;
static int16_t g_140 = 0xE469L;
static uint16_t g_159 = 1UL;
static int16_t g_163 = 0x03FCL;
static uint32_t g_169 = 1UL;
static uint64_t g_269[7][4][2] = {{{0UL,0xB86FDFC8F590AF42LL},{0UL,1UL},{0xD39B848DC905E468LL,0UL},{1UL,4UL}},{{1UL,0xF8E6AF7480214DECLL},{0UL,0xF8E6AF7480214DECLL},{1UL,4UL},{1UL,0UL}},{{0xD39B848DC905E468LL,1UL},{0UL,0xB86FDFC8F590AF42LL},{0UL,9UL},{0xD39B848DC905E468LL,18446744073709551611UL}},{{9UL,4UL},{0x3747EDB3F67CCF84LL,0x3747EDB3F67CCF84LL},{0UL,1UL},{0xF8E6AF7480214DECLL,4UL}},{{0x3BA671EF585538BDLL,0UL},{0xD39B848DC905E468LL,0x3BA671EF585538BDLL},{18446744073709551611UL,0xB86FDFC8F590AF42LL},{18446744073709551611UL,0x3BA671EF585538BDLL}},{{0xD39B848DC905E468LL,0UL},{0x3BA671EF585538BDLL,4UL},{0xF8E6AF7480214DECLL,1UL},{0UL,0x3747EDB3F67CCF84LL}},{{0x3747EDB3F67CCF84LL,4UL},{9UL,18446744073709551611UL},{0xD39B848DC905E468LL,9UL},{0UL,0xB86FDFC8F590AF42LL}}};
static int64_t g_293 = (-1L);
static union U0 *g_395[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static union U0 **g_394 = &g_395[4];
static int16_t *g_416 = &g_163;
static uint16_t g_428 = 0xEC0EL;
static uint8_t ***g_435 = &g_101[0];
static uint16_t *g_530 = &g_428;
static uint16_t **g_529 = &g_530;
static uint64_t *g_573 = (void*)0;
static uint64_t * const *g_572 = &g_573;
static int8_t g_597 = 0x58L;
static uint16_t g_616 = 9UL;
static uint16_t g_729 = 65529UL;
static uint32_t g_778[8][2][7] = {{{4294967295UL,4294967289UL,0xF08FD243L,0xF8DA208CL,4294967295UL,4294967295UL,4294967295UL},{4294967289UL,4294967295UL,0x769EF03FL,4294967295UL,4294967289UL,0x73889A92L,4294967295UL}},{{4294967295UL,0xCC614E3CL,8UL,4294967295UL,0xF08FD243L,8UL,0x0DF21B44L},{0xF08FD243L,0x0DF21B44L,0xF8DA208CL,0xF8DA208CL,0x0DF21B44L,0xF08FD243L,0xCC614E3CL}},{{4294967295UL,4294967295UL,0xEF26607FL,4294967295UL,0x0DF21B44L,0x3AE3292DL,4294967295UL},{4294967289UL,4294967295UL,0xF08FD243L,1UL,0xF08FD243L,4294967295UL,4294967289UL}},{{4294967295UL,4294967295UL,0xF8DA208CL,0xF08FD243L,4294967289UL,4294967295UL,0x3AE3292DL},{0xF8DA208CL,4294967295UL,1UL,8UL,8UL,1UL,4294967295UL}},{{8UL,0x73889A92L,4294967290UL,0xCC614E3CL,0x73889A92L,0x3AE3292DL,4294967295UL},{0x769EF03FL,8UL,0x3AE3292DL,0x769EF03FL,4294967295UL,0x769EF03FL,0x3AE3292DL}},{{0xF08FD243L,0xF08FD243L,4294967295UL,0xCC614E3CL,8UL,4294967295UL,0xF08FD243L},{0xF08FD243L,0x3AE3292DL,4294967290UL,8UL,0xEF26607FL,0xEF26607FL,8UL}},{{0x769EF03FL,4294967295UL,0x769EF03FL,0x3AE3292DL,8UL,0x769EF03FL,0x73889A92L},{8UL,4294967295UL,0x0DF21B44L,0xCC614E3CL,4294967295UL,4294967295UL,4294967295UL}},{{0xF8DA208CL,0x3AE3292DL,0x3AE3292DL,0xF8DA208CL,0x73889A92L,0x769EF03FL,8UL},{0xEF26607FL,0xF08FD243L,0x3AE3292DL,4294967290UL,8UL,0xEF26607FL,0xEF26607FL}}};
static int16_t g_800 = 0xFB40L;
static int16_t g_801 = (-10L);
static int16_t g_802 = 0x3982L;
static int16_t g_803 = 1L;
static int16_t g_804 = 1L;
static int16_t g_805 = (-10L);
static int16_t g_806[10][7][3] = {{{(-4L),3L,0x4E0BL},{3L,3L,0x3866L},{3L,(-2L),0x9A30L},{(-4L),(-4L),0x628FL},{1L,0L,0xA4ABL},{0x8D14L,(-1L),0x67ECL},{(-2L),0L,0L}},{{1L,0x8D14L,0x67ECL},{0L,1L,0xA4ABL},{0xFA4CL,0x983CL,0x628FL},{1L,0xFA4CL,0x9A30L},{0L,0x1D2FL,0x3866L},{0L,0x1D2FL,0x4E0BL},{0xD644L,0xFA4CL,0xCCF0L}},{{0xC9ABL,0x983CL,(-9L)},{0x5339L,1L,0xE113L},{1L,0x8D14L,0x7FB2L},{0x1D2FL,0L,0x4E0EL},{1L,(-1L),0x6A68L},{0x5339L,0L,0x83DFL},{0xC9ABL,(-4L),0xE177L}},{{0xD644L,(-2L),1L},{0L,3L,1L},{0L,3L,0xE177L},{1L,1L,0x83DFL},{0xFA4CL,0xFD00L,0x6A68L},{0L,0x77C6L,0x4E0EL},{1L,0x0169L,0x7FB2L}},{{(-2L),0x77C6L,0xE113L},{0x8D14L,0xFD00L,(-9L)},{1L,1L,0xCCF0L},{(-4L),3L,0x4E0BL},{3L,3L,0x3866L},{3L,(-2L),0x9A30L},{(-4L),(-4L),0x628FL}},{{1L,0L,0xA4ABL},{0x8D14L,(-1L),0x67ECL},{(-2L),0L,0L},{1L,0x8D14L,0x67ECL},{0L,1L,0xA4ABL},{0xFA4CL,0x983CL,0x628FL},{1L,0xFA4CL,0x9A30L}},{{7L,3L,2L},{0x94A6L,3L,0x983CL},{0x5547L,0xBBC1L,0L},{(-1L),0x6508L,5L},{0x16F2L,0xF18DL,0x8D14L},{1L,9L,3L},{3L,(-1L),(-5L)}},{{1L,(-3L),0xDAF3L},{0x16F2L,0x94A6L,0xFE0FL},{(-1L),3L,(-1L)},{0x5547L,9L,0xC9ABL},{0x94A6L,0x1418L,0xC9ABL},{7L,0x7273L,(-1L)},{0x29EBL,1L,0xFE0FL}},{{0xBBC1L,0x5E4EL,0xDAF3L},{(-1L),0x7073L,(-5L)},{(-1L),3L,3L},{9L,0x7073L,0x8D14L},{9L,0x5E4EL,5L},{0xCFE6L,1L,0L},{3L,0x7273L,0x983CL}},{{0x7273L,0x1418L,2L},{0x7273L,9L,3L},{3L,3L,(-4L)},{0xCFE6L,0x94A6L,0L},{9L,(-3L),0xFA4CL},{9L,(-1L),1L},{(-1L),9L,0xFA4CL}}};
static int16_t g_807 = (-1L);
static int16_t g_808 = 0xABCBL;
static int16_t g_809[2][7][7] = {{{7L,7L,(-3L),7L,7L,(-3L),7L},{7L,(-1L),(-1L),7L,(-1L),(-1L),7L},{(-1L),7L,(-1L),(-1L),7L,(-1L),(-1L)},{7L,7L,(-3L),7L,7L,(-3L),7L},{7L,(-1L),(-1L),7L,(-1L),(-1L),7L},{(-1L),7L,(-1L),(-1L),7L,(-1L),(-1L)},{7L,7L,(-3L),7L,7L,(-3L),7L}},{{7L,(-1L),(-1L),7L,(-1L),(-1L),7L},{(-1L),7L,(-1L),(-1L),7L,(-1L),(-1L)},{7L,7L,(-3L),7L,7L,(-3L),7L},{7L,(-1L),(-1L),7L,(-1L),(-1L),7L},{(-1L),7L,(-1L),(-1L),7L,(-1L),(-1L)},{7L,7L,(-3L),7L,7L,(-3L),7L},{7L,(-1L),(-1L),7L,(-1L),(-1L),7L}}};
static int16_t g_810 = 0xB78DL;
static int16_t g_811 = (-10L);
static int16_t g_812 = (-7L);
static int16_t g_813 = 7L;
static int16_t g_814 = 0x1490L;
static int16_t * const g_799[8][5] = {{&g_802,&g_812,&g_808,&g_805,&g_803},{&g_812,&g_802,&g_808,&g_800,&g_804},{&g_808,&g_808,&g_809[1][3][5],&g_811,&g_814},{&g_813,&g_808,&g_804,&g_801,&g_814},{&g_808,&g_813,&g_804,&g_811,&g_804},{&g_808,&g_808,&g_809[1][3][5],&g_811,&g_814},{&g_813,&g_808,&g_804,&g_801,&g_814},{&g_808,&g_813,&g_804,&g_811,&g_804}};
static int16_t * const *g_798 = &g_799[6][0];
static int16_t g_818 = (-1L);
static int32_t g_824 = 2L;
static int32_t ***g_837 = (void*)0;
static int32_t ****g_836 = &g_837;
static int32_t g_939 = 0xED7FD7BFL;
static uint16_t g_944 = 0UL;
static int64_t g_950 = 0L;
static uint16_t g_951 = 0UL;
static uint8_t g_990 = 255UL;
static int32_t *g_1021 = &g_24.f0;
static int32_t **g_1020 = &g_1021;
static uint8_t g_1259 = 0UL;
static int16_t **g_1280[6] = {(void*)0,(void*)0,&g_416,(void*)0,(void*)0,&g_416};
static int16_t ***g_1279 = &g_1280[1];
static int16_t ****g_1278 = &g_1279;
static uint64_t g_1286 = 1UL;
static int64_t g_1316 = 0x7D3637B8108C61E5LL;
static int32_t g_1350 = 0x4EF4CFD0L;
static uint64_t g_1445 = 0UL;
static const uint64_t g_1455 = 1UL;
static int8_t **g_1495 = &g_36[8];
static int8_t ***g_1494 = &g_1495;
static int64_t g_1506 = 0x372C3C88A403653ALL;
static uint32_t *g_1621 = &g_169;
static uint32_t **g_1620 = &g_1621;
static uint32_t ***g_1619 = &g_1620;
static int32_t g_1677 = 1L;
static uint8_t g_1746 = 0x18L;
static uint64_t ***g_1795 = (void*)0;
static uint64_t ****g_1794 = &g_1795;
static const uint32_t g_1890[8][6] = {{4294967291UL,0x4A722C89L,0UL,4294967292UL,9UL,0xF13731A2L},{0x75E789E4L,0xF13731A2L,0UL,0xF13731A2L,0x75E789E4L,0x96EDDD6DL},{0x2BA1D535L,0xF13731A2L,4294967291UL,1UL,9UL,1UL},{0x2BA1D535L,0x4A722C89L,0x2BA1D535L,0xF13731A2L,4294967291UL,1UL},{0x75E789E4L,0x96EDDD6DL,4294967291UL,4294967292UL,4294967291UL,0x96EDDD6DL},{4294967291UL,0x4A722C89L,0UL,4294967292UL,9UL,0xF13731A2L},{0x75E789E4L,0xF13731A2L,0UL,0xF13731A2L,0x75E789E4L,0x96EDDD6DL},{0x2BA1D535L,0xF13731A2L,4294967291UL,1UL,9UL,1UL}};
static uint64_t ****g_1897[5] = {&g_1795,&g_1795,&g_1795,&g_1795,&g_1795};
static uint16_t g_1984 = 0x53A7L;
static uint16_t g_1993[2] = {65535UL,65535UL};


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int8_t  func_10(uint8_t  p_11, int32_t * p_12);
static uint16_t  func_15(int64_t  p_16, int8_t  p_17);
static int16_t  func_18(uint8_t  p_19);
static uint8_t  func_20(union U0  p_21, uint64_t  p_22, int32_t  p_23);
static int8_t  func_27(int32_t * p_28, union U0  p_29);
static int8_t  func_30(int16_t  p_31, int8_t * p_32, const int32_t * p_33, const int8_t  p_34, int32_t  p_35);
static int64_t  func_49(int8_t  p_50, uint8_t  p_51, int32_t * p_52, int64_t  p_53);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4
 * writes: g_4
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    int8_t l_2 = 0x89L;
    int32_t *l_3 = &g_4[5][0][3];
    union U0 l_432[1] = {{0xF036555BL}};
    int i;
    (*l_3) = l_2;
    for (l_2 = (-3); (l_2 >= (-19)); --l_2)
    { /* block id: 4 */
        const uint32_t l_7 = 18446744073709551609UL;
        int8_t **l_37 = &g_36[3];
    }
    return (*l_3);
}


/* ------------------------------------------ */
/* 
 * reads : g_811 g_102 g_103 g_4 g_529 g_530 g_428 g_798 g_799 g_814 g_813 g_812 g_810 g_809 g_808 g_807 g_806 g_805 g_804 g_803 g_802 g_801 g_800 g_24.f4 g_124 g_818 g_1506 g_1677 g_1621 g_169 g_105 g_1495 g_36 g_24.f2 g_1494 g_1619 g_1620 g_950 g_1278 g_1746 g_435 g_101 g_1445 g_1984
 * writes: g_811 g_24.f4 g_800 g_1020 g_428 g_778 g_4 g_818 g_1506 g_805 g_813 g_105 g_56 g_24.f2 g_169 g_103 g_1279 g_814 g_812 g_810 g_809 g_808 g_807 g_806 g_804 g_803 g_802 g_801 g_1280 g_1794 g_1445 g_1993 g_55
 */
static int8_t  func_10(uint8_t  p_11, int32_t * p_12)
{ /* block id: 587 */
    int32_t *l_1129 = &g_4[6][0][1];
    union U0 l_1132 = {-3L};
    uint32_t l_1288 = 0xF58F35D6L;
    int32_t ****l_1305 = &g_837;
    int16_t **l_1313 = (void*)0;
    int8_t l_1321 = 1L;
    const int32_t l_1401 = (-8L);
    int32_t l_1442 = 1L;
    const uint64_t *l_1458 = &g_269[1][1][1];
    const uint64_t **l_1457[3];
    const uint64_t ***l_1456 = &l_1457[2];
    uint32_t l_1542 = 4294967288UL;
    uint8_t l_1582 = 0xF0L;
    int32_t l_1648[5] = {0L,0L,0L,0L,0L};
    int32_t l_1649 = 0x829FB449L;
    int64_t l_1651 = (-3L);
    uint32_t l_1652 = 0x92EF6B7EL;
    uint64_t **l_1684 = &g_573;
    uint64_t ***l_1683 = &l_1684;
    uint64_t ****l_1682 = &l_1683;
    int8_t l_1719 = 0x4EL;
    const int16_t **l_1724 = (void*)0;
    uint8_t l_1736 = 0x5AL;
    int16_t l_1760 = 1L;
    int32_t **l_1829 = &g_1021;
    const int32_t *l_1868 = (void*)0;
    uint16_t *l_1889 = &g_159;
    int64_t l_1891 = 1L;
    int8_t **l_1982[9] = {&g_36[8],&g_36[8],&g_36[8],&g_36[8],&g_36[8],&g_36[8],&g_36[8],&g_36[8],&g_36[8]};
    int16_t l_1983 = (-8L);
    uint8_t l_2014 = 252UL;
    int i;
    for (i = 0; i < 3; i++)
        l_1457[i] = &l_1458;
    l_1129 = p_12;
    for (g_811 = 3; (g_811 <= 8); g_811 += 1)
    { /* block id: 591 */
        union U0 l_1133 = {0xF030F58EL};
        union U0 l_1138 = {0L};
        int16_t *l_1152 = (void*)0;
        int16_t *l_1153 = (void*)0;
        int16_t *l_1154[1];
        int32_t l_1155[2][9] = {{0x2AE313E7L,0x2AE313E7L,0x2AE313E7L,0x2AE313E7L,0x2AE313E7L,0x2AE313E7L,0x2AE313E7L,0x2AE313E7L,0x2AE313E7L},{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}};
        int32_t l_1156 = 0x477032B1L;
        int32_t *l_1157 = &g_24.f4;
        int32_t ***l_1178 = &g_1020;
        uint8_t l_1179 = 0x61L;
        uint32_t *l_1180 = &g_778[0][1][2];
        int i, j;
        for (i = 0; i < 1; i++)
            l_1154[i] = &g_818;
        (*l_1157) &= ((safe_add_func_int32_t_s_s((((l_1133 = l_1132) , ((void*)0 != p_12)) == (((((p_11 && (safe_add_func_uint16_t_u_u(65530UL, ((safe_mul_func_uint16_t_u_u(((l_1138 , ((+0UL) & (l_1155[1][5] ^= ((safe_div_func_int32_t_s_s((safe_sub_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u((safe_rshift_func_int16_t_s_s((l_1138.f4 = ((safe_add_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(p_11, (*g_102))), 65535UL)) == (*l_1129))), p_11)), (**g_529))), p_11)), (*p_12))) >= (*l_1129))))) | 0L), l_1156)) , 0xCE44L)))) | (**g_798)) , 0xCEL) && p_11) <= 9UL)), (*p_12))) , (*l_1129));
        for (g_800 = 0; (g_800 <= 1); g_800 += 1)
        { /* block id: 598 */
            return p_11;
        }
        (*p_12) = (safe_div_func_int16_t_s_s(((*l_1129) & p_11), ((safe_mod_func_uint16_t_u_u((safe_mod_func_int64_t_s_s((safe_add_func_uint16_t_u_u((((((*l_1180) = ((safe_rshift_func_int8_t_s_s((-4L), ((l_1132 , (0xAD14C917A245D79ELL && (safe_sub_func_int16_t_s_s((0xF2457C0EFA4F5BB1LL & (safe_sub_func_uint64_t_u_u(((0x0E110680L == (l_1132.f4 = ((safe_div_func_int16_t_s_s(((safe_mod_func_uint32_t_u_u(((((((((p_11 && (safe_sub_func_uint16_t_u_u(((**g_529) = (((*l_1178) = &g_1021) == &g_1021)), (*l_1157)))) , (void*)0) != l_1157) == p_11) == 0x3DAA9346L) <= 252UL) == (*l_1157)) < 0xED5CL), l_1179)) != (*l_1129)), 3UL)) <= 2UL))) , p_11), p_11))), (*l_1157))))) , (*l_1129)))) , (*l_1129))) | (-4L)) ^ g_124) && 2UL), p_11)), (*l_1157))), 9L)) & 0x40BBBF6C61826305LL)));
        (*p_12) = (*p_12);
    }
    for (g_818 = 0; (g_818 <= 5); g_818 += 1)
    { /* block id: 610 */
        int32_t l_1181 = 1L;
        int32_t l_1257 = 0xEE396380L;
        int32_t *** const *l_1306 = &g_837;
        int8_t *l_1311 = (void*)0;
        int8_t *l_1312 = &g_24.f2;
        uint8_t *l_1317 = &g_1259;
        int32_t l_1322 = 0x2571E7ABL;
        uint16_t **l_1353 = &g_530;
        int32_t ***l_1358 = (void*)0;
        int32_t **l_1369 = &g_56[8][1];
        uint32_t l_1385 = 0xF1D15767L;
        int16_t ** const *l_1399 = &g_1280[5];
        int16_t ** const **l_1398 = &l_1399;
        uint16_t *l_1408 = &g_729;
        uint8_t l_1427 = 0x2DL;
        int32_t l_1428[1];
        union U0 *l_1459 = &g_24;
        uint32_t **l_1464 = (void*)0;
        int64_t *l_1482[6];
        int8_t l_1497[1][2][1];
        int16_t l_1593 = 0x914EL;
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_1428[i] = 0xBC1D22D8L;
        for (i = 0; i < 6; i++)
            l_1482[i] = &g_950;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
            {
                for (k = 0; k < 1; k++)
                    l_1497[i][j][k] = 0xA1L;
            }
        }
    }
    if ((+0x1406DE13L))
    { /* block id: 902 */
        uint16_t l_1688 = 0x6259L;
        const int8_t l_1689 = (-1L);
        int32_t *l_1700 = &g_4[5][0][0];
        int32_t l_1717 = 0x41D7D050L;
        for (g_1506 = (-12); (g_1506 > (-18)); g_1506 = safe_sub_func_int64_t_s_s(g_1506, 4))
        { /* block id: 905 */
            int8_t l_1662 = 0x0BL;
            for (g_805 = (-20); (g_805 < (-11)); ++g_805)
            { /* block id: 908 */
                int8_t l_1695[4][4] = {{0xD1L,0x7FL,0x7FL,0xD1L},{0x7FL,0xD1L,0x7FL,0x7FL},{0xD1L,0xD1L,(-7L),0xD1L},{0xD1L,0x7FL,0x7FL,0xD1L}};
                int32_t **l_1701 = &g_56[5][1];
                uint32_t l_1718[6][6][7] = {{{0x7373EB0CL,4294967294UL,4UL,1UL,4UL,4294967294UL,0x7373EB0CL},{0xDC010716L,4294967290UL,0x92EBD9BFL,0x7DF18BEBL,0xC76C6EB4L,4294967295UL,4294967293UL},{4UL,0x761C5E12L,0x68F52AACL,0xD4D0867AL,0x31011CCEL,0x04C1D2E9L,0x4C19926AL},{0x8A3B1472L,0x71B75111L,0x92EBD9BFL,0xAEE038BAL,0xC05ED47FL,4294967295UL,4294967295UL},{5UL,0xE0329BE1L,4UL,4294967293UL,0x6604C80BL,0x39C5CE81L,1UL},{0x9CC07F43L,0x0ADB30CFL,4294967295UL,0xDC010716L,4294967295UL,0x99C2FAA5L,0x28682CA3L}},{{1UL,0xC48D4454L,1UL,0xEBDBD99CL,4294967295UL,0x67E23AACL,0x48AD1792L},{1UL,0UL,4294967288UL,0x2B1E88FBL,0x71B75111L,0xAF41964CL,0UL},{4294967295UL,4294967293UL,0x9E8B33ABL,4294967295UL,0x93C8D715L,0x93C8D715L,4294967295UL},{0x92EBD9BFL,0xBA09D4F7L,0x92EBD9BFL,4294967295UL,1UL,0UL,4294967295UL},{1UL,0x4A4295E5L,1UL,0x761C5E12L,0x9E8B33ABL,4294967295UL,1UL},{1UL,4294967288UL,1UL,0xAF41964CL,0xDC010716L,0UL,8UL}},{{0x1C24E409L,0xD4D0867AL,3UL,0x68F52AACL,0x74FEEC25L,0x93C8D715L,0xA4CE35A3L},{0x74CBEDADL,4294967295UL,0xDC010716L,0x8A3B1472L,0xBA09D4F7L,0xAF41964CL,0xEBDDECDBL},{0xF1E0D070L,4294967295UL,0x982C769EL,0x4A4295E5L,0x2E9B87B0L,4294967295UL,1UL},{4294967295UL,0x7DF18BEBL,0x28682CA3L,0x873C2787L,1UL,2UL,0x0E8DAC7FL},{0x7373EB0CL,0x6604C80BL,0xCB089654L,0xEBDBD99CL,4294967295UL,0x18AAD720L,0x2E9B87B0L},{4294967295UL,4294967295UL,0x0E8DAC7FL,0x0E8DAC7FL,4294967295UL,4294967295UL,1UL}},{{0xE0329BE1L,4294967295UL,0xAFE81D6FL,0xA5214400L,1UL,0x67E23AACL,0x9405B5E6L},{1UL,0x8C97BB67L,0UL,0xDC010716L,1UL,1UL,1UL},{0x68F52AACL,4294967295UL,0x6604C80BL,1UL,1UL,0x87C17F4FL,0xE0329BE1L},{0xC05ED47FL,4294967295UL,4294967295UL,4294967288UL,4294967287UL,0x0E8DAC7FL,0UL},{0x4C19926AL,0x6604C80BL,0x650D073BL,0x04C1D2E9L,8UL,0x9405B5E6L,1UL},{0x8C97BB67L,0x7DF18BEBL,0x0ADB30CFL,0UL,0xC76C6EB4L,0x146026ABL,0x28682CA3L}},{{0xA5214400L,4294967295UL,0x9405B5E6L,0x1C24E409L,1UL,1UL,0x39D7A2AEL},{0x6EB43609L,4294967295UL,4294967295UL,0x9CC07F43L,0UL,0x9CC07F43L,4294967295UL},{0xD4D0867AL,0xD4D0867AL,4294967295UL,1UL,0xA4CE35A3L,0UL,0x24F2B7D4L},{0xA1BFB89AL,4294967288UL,4294967295UL,0x02109B51L,0x873C2787L,0x2B1E88FBL,1UL},{4294967294UL,0x4A4295E5L,0x87C17F4FL,0x4C19926AL,0xA4CE35A3L,0x7373EB0CL,0x18AAD720L},{4294967293UL,0xBA09D4F7L,0x02109B51L,2UL,0UL,0xE2163B73L,0x9CC07F43L}},{{1UL,4294967293UL,0x48AD1792L,0x650D073BL,1UL,1UL,0x68F52AACL},{0UL,0UL,0xEFBEF3D8L,4294967287UL,0xC76C6EB4L,0xD2FF1DCFL,4294967295UL},{0xEBDBD99CL,0x9405B5E6L,0x7373EB0CL,0x39D7A2AEL,8UL,0xE0329BE1L,4294967293UL},{0x146026ABL,0x2B1E88FBL,0xC05ED47FL,4294967293UL,4294967287UL,4294967295UL,4294967295UL},{1UL,0xCBD13428L,4294967295UL,0xAFE81D6FL,0xA4CE35A3L,0x4A4295E5L,0x48AD1792L},{0x1C255D1FL,0x28682CA3L,4294967290UL,1UL,0xC76C6EB4L,1UL,0x7DD02A04L}}};
                int i, j, k;
                for (g_813 = 0; (g_813 >= 0); g_813 -= 1)
                { /* block id: 911 */
                    uint64_t ****l_1685 = &l_1683;
                    int32_t l_1690 = (-9L);
                    int32_t *l_1691 = (void*)0;
                    int32_t *l_1692 = &g_105[5][6];
                    (*l_1692) ^= (safe_div_func_uint16_t_u_u(l_1662, (safe_add_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_u((((+(safe_add_func_uint16_t_u_u((**g_529), ((void*)0 != (*g_798))))) | p_11) != (safe_sub_func_int64_t_s_s(((((safe_add_func_int16_t_s_s(((safe_div_func_int8_t_s_s((~g_1677), ((safe_rshift_func_int16_t_s_u((safe_rshift_func_int16_t_s_s(((l_1682 != l_1685) , (safe_lshift_func_int16_t_s_u((((*g_1621) != 0xC4155EF4L) & 4UL), (*l_1129)))), p_11)), 13)) ^ l_1688))) != 1UL), p_11)) , (void*)0) != (void*)0) >= 1L), p_11))), l_1689)), l_1690))));
                    for (l_1688 = 0; (l_1688 <= 8); l_1688 += 1)
                    { /* block id: 915 */
                        (*p_12) = (*p_12);
                        (*p_12) = (safe_lshift_func_int8_t_s_s((*l_1129), 6));
                        if (l_1688)
                            break;
                    }
                    (*l_1692) = (l_1695[3][1] <= (safe_mul_func_uint8_t_u_u(((safe_div_func_int8_t_s_s((**g_1495), p_11)) <= (*l_1692)), 0x76L)));
                    if ((*p_12))
                        break;
                }
                if ((*l_1129))
                    break;
                (*l_1701) = l_1700;
                l_1717 = ((safe_mod_func_uint8_t_u_u(((((*l_1129) = (safe_add_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_u(0x6AL, 4)) <= ((p_11 < (((((safe_sub_func_uint64_t_u_u(((((((***g_1619) = (safe_mod_func_uint64_t_u_u(((((safe_mod_func_int8_t_s_s(((((*l_1129) ^ ((***g_1494) |= l_1662)) < ((p_11 , p_12) == (**g_1619))) , (safe_rshift_func_uint16_t_u_u(((**g_529) &= (+l_1662)), (((g_950 < l_1662) | 0x656D593BL) & l_1662)))), (-3L))) & p_11) >= (-3L)) , l_1717), g_105[5][6]))) | l_1718[5][4][0]) ^ 65535UL) && l_1662) , 18446744073709551615UL), 18446744073709551615UL)) == 0xA209L) == 5L) <= p_11) ^ 2L)) <= l_1719)), (*l_1129)))) == p_11) == p_11), p_11)) , (*p_12));
            }
            if ((*l_1700))
                break;
        }
    }
    else
    { /* block id: 933 */
        uint8_t *l_1722 = &l_1582;
        int32_t **l_1723 = &l_1129;
        const int16_t ***l_1725 = &l_1724;
        int32_t l_1750 = (-1L);
        int8_t * const ***l_1769 = (void*)0;
        uint16_t l_1785[5] = {0x1B4CL,0x1B4CL,0x1B4CL,0x1B4CL,0x1B4CL};
        uint64_t * const **l_1790 = &g_572;
        uint64_t * const *** const l_1789 = &l_1790;
        int8_t l_1831 = 8L;
        int32_t ****l_1842 = &g_837;
        int32_t l_1848 = 0xB36700D1L;
        int32_t l_1849 = 4L;
        int32_t l_1857 = 1L;
        int32_t l_1859 = 0x84C2CE09L;
        union U0 l_1912 = {1L};
        int64_t l_1940 = 0x9CB2BA89818C1348LL;
        int32_t *l_2007 = &l_1859;
        int32_t **l_2006 = &l_2007;
        int32_t *l_2008 = &l_1848;
        int32_t *l_2009 = (void*)0;
        int32_t *l_2010 = (void*)0;
        int32_t *l_2011 = &g_105[5][6];
        int32_t *l_2012 = &l_1849;
        int32_t *l_2013[5] = {&g_105[2][0],&g_105[2][0],&g_105[2][0],&g_105[2][0],&g_105[2][0]};
        int i;
        (*l_1723) = ((safe_lshift_func_uint16_t_u_u((((*l_1722) |= (*g_102)) > (*l_1129)), 6)) , p_12);
        if ((((*p_12) , l_1313) == ((*l_1725) = l_1724)))
        { /* block id: 937 */
            int64_t l_1732 = 0x1F0A67BA47A4D76BLL;
            uint32_t l_1735[10] = {0x9B4D3988L,0x73A7E995L,0x9B4D3988L,0x73A7E995L,0x9B4D3988L,0x73A7E995L,0x9B4D3988L,0x73A7E995L,0x9B4D3988L,0x73A7E995L};
            union U0 l_1742 = {4L};
            int32_t l_1822 = 0xD75C5DB1L;
            union U0 l_1830[7] = {{0x4CB0D4F6L},{0x4CB0D4F6L},{0x4CB0D4F6L},{0x4CB0D4F6L},{0x4CB0D4F6L},{0x4CB0D4F6L},{0x4CB0D4F6L}};
            uint64_t l_1861 = 0x4410D0168E9D7197LL;
            int8_t ****l_1883 = (void*)0;
            uint64_t ****l_1904 = &g_1795;
            uint16_t l_1946 = 65527UL;
            int16_t *l_1981[1];
            int i;
            for (i = 0; i < 1; i++)
                l_1981[i] = &g_163;
            if (((*p_12) = (p_11 , (safe_add_func_uint64_t_u_u(0x9F30BFF61EDCB45ALL, (safe_add_func_int8_t_s_s(((1L | (((p_11 >= (safe_add_func_uint16_t_u_u(l_1732, (((l_1732 , ((safe_sub_func_uint32_t_u_u(l_1732, (((*g_102) = l_1735[3]) & 0xB5L))) >= l_1732)) > (*l_1129)) , p_11)))) & p_11) > 18446744073709551615UL)) <= 0xBCL), l_1736)))))))
            { /* block id: 940 */
                int64_t l_1751 = 0xB43C3DCA861C0B6DLL;
                int32_t *l_1778 = &l_1442;
                l_1648[0] |= (*p_12);
                (*g_1278) = (void*)0;
                p_12 = (*l_1723);
                if ((*p_12))
                { /* block id: 944 */
                    int8_t ****l_1767 = &g_1494;
                    int32_t l_1780 = (-6L);
                    int32_t l_1781 = 0L;
                    for (l_1649 = 0; (l_1649 <= 4); l_1649 += 1)
                    { /* block id: 947 */
                        int32_t *l_1737 = &g_4[5][0][3];
                        int16_t *l_1748[6][1] = {{&g_163},{&g_818},{&g_163},{&g_818},{&g_163},{&g_818}};
                        int32_t l_1749 = 0L;
                        int8_t *****l_1768 = &l_1767;
                        int32_t **l_1779 = &g_56[8][1];
                        int i, j;
                        l_1737 = &l_1648[l_1649];
                        l_1751 ^= ((safe_add_func_int32_t_s_s((safe_div_func_uint64_t_u_u((((0xE7L <= ((l_1742 , (*l_1737)) , (safe_add_func_int32_t_s_s((((((*l_1129) = (l_1742.f4 = (0x0EL > (((**g_1495) = (~((l_1648[l_1649] = (p_11 < 3UL)) != ((p_11 ^ ((**g_798) &= g_1746)) ^ (safe_unary_minus_func_uint64_t_u(l_1735[3])))))) != (***g_435))))) == (**g_529)) > l_1749) , l_1750), (***g_1619))))) , p_11) >= p_11), p_11)), 0xDC2B453CL)) | p_11);
                        (**l_1723) = (((l_1781 = ((**g_798) = (safe_mul_func_uint8_t_u_u(((safe_div_func_uint8_t_u_u((safe_add_func_int32_t_s_s((safe_rshift_func_int16_t_s_u(l_1760, (safe_add_func_int32_t_s_s((**l_1723), ((safe_mod_func_uint16_t_u_u(p_11, (safe_sub_func_uint16_t_u_u(((*g_1621) ^ ((((*l_1768) = l_1767) == l_1769) , (safe_mul_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u((p_12 != ((*l_1779) = l_1778)), 0)), ((p_11 && p_11) , p_11))) <= (*g_1621)), p_11)) && l_1780), p_11)))), 0xD4D2L)))) , (**g_1620)))))), l_1735[3])), p_11)) , (**l_1723)), p_11)))) <= 65530UL) <= (*l_1129));
                    }
                    for (l_1750 = (-3); (l_1750 < 10); l_1750 = safe_add_func_uint32_t_u_u(l_1750, 7))
                    { /* block id: 963 */
                        int16_t ***l_1784 = &g_1280[1];
                        int32_t l_1788 = 0L;
                        (*l_1784) = l_1313;
                        --l_1785[3];
                        l_1788 ^= ((*p_12) &= l_1781);
                    }
                    (*l_1778) |= (*p_12);
                }
                else
                { /* block id: 970 */
                    uint64_t *****l_1791 = (void*)0;
                    uint64_t *****l_1792 = (void*)0;
                    uint64_t *****l_1793 = &l_1682;
                    (*p_12) ^= (l_1789 != (g_1794 = ((*l_1793) = (void*)0)));
                }
            }
            else
            { /* block id: 975 */
                (*p_12) |= 1L;
            }
            for (g_1445 = (-15); (g_1445 == 29); ++g_1445)
            { /* block id: 980 */
                int64_t *l_1821[2][7] = {{&g_950,&g_1316,&g_950,&g_950,&g_1316,&g_950,&g_950},{&l_1732,&l_1732,(void*)0,&l_1732,&l_1732,(void*)0,&l_1732}};
                int8_t *l_1827 = &l_1321;
                int32_t l_1832 = 0x34E0909BL;
                int32_t l_1858 = (-1L);
                int32_t l_1860 = (-1L);
                int64_t *l_1915 = (void*)0;
                int8_t *****l_1934[2][10] = {{&l_1883,&l_1883,&l_1883,&l_1883,&l_1883,&l_1883,&l_1883,&l_1883,&l_1883,&l_1883},{&l_1883,&l_1883,&l_1883,&l_1883,&l_1883,&l_1883,&l_1883,&l_1883,&l_1883,&l_1883}};
                int i, j;
            }
            l_1983 &= (((((l_1132 , ((safe_sub_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_u(255UL, 5)) == (((4294967289UL <= (safe_add_func_int32_t_s_s((*p_12), (l_1742.f1 , (***g_1619))))) && (((((void*)0 != (*g_435)) , (safe_sub_func_int16_t_s_s(((*g_798) == l_1981[0]), p_11))) ^ p_11) , (***g_1494))) , p_11)), (***g_435))) | p_11)) && p_11) , l_1982[6]) == (*g_1494)) < g_805);
        }
        else
        { /* block id: 1037 */
            uint16_t l_2002 = 0x1E65L;
            int32_t *l_2003 = &g_105[5][4];
            int32_t ***l_2004 = &g_55;
            int32_t ***l_2005 = &l_1723;
            (*l_2005) = ((*l_2004) = (((*l_2003) &= (((**g_798) |= g_1984) , (safe_sub_func_uint8_t_u_u(((*p_12) | 0L), (safe_mod_func_int64_t_s_s((((safe_div_func_uint32_t_u_u((safe_add_func_int8_t_s_s((g_1993[1] = (***g_1494)), (safe_add_func_int8_t_s_s((***g_1494), ((safe_lshift_func_uint8_t_u_u((p_11 , ((safe_sub_func_int32_t_s_s(((safe_add_func_int64_t_s_s(((l_1912 , ((**g_798) = 0x38DCL)) != ((*l_1723) == (void*)0)), 0UL)) , 0L), (***g_1619))) & l_2002)), 6)) | p_11))))), l_2002)) , (*g_1621)) != (**g_1620)), p_11)))))) , &g_56[2][1]));
            (*l_2003) ^= 1L;
        }
        (*l_2006) = ((*l_1723) = p_12);
        --l_2014;
    }
    return p_11;
}


/* ------------------------------------------ */
/* 
 * reads : g_810 g_944 g_809 g_836 g_837 g_798 g_799 g_814 g_813 g_812 g_811 g_808 g_807 g_806 g_805 g_804 g_803 g_802 g_801 g_800 g_990 g_394 g_395 g_529 g_530 g_428 g_1020 g_293 g_140 g_729 g_269 g_105 g_950 g_169
 * writes: g_810 g_616 g_944 g_951 g_159 g_837 g_56 g_990 g_395 g_293 g_802 g_140 g_729 g_804 g_105 g_169
 */
static uint16_t  func_15(int64_t  p_16, int8_t  p_17)
{ /* block id: 467 */
    int32_t l_955 = 9L;
    int32_t *l_957[4] = {&l_955,&l_955,&l_955,&l_955};
    int32_t **l_956 = &l_957[1];
    int32_t l_976 = 0x5FD6E693L;
    union U0 l_980[10][10][2] = {{{{0xEDCCA954L},{1L}},{{0xEDCCA954L},{0x291EF077L}},{{-1L},{0L}},{{0x291EF077L},{0L}},{{-4L},{0x61991597L}},{{0xAC153136L},{0x3B93B65CL}},{{0x3B93B65CL},{0x4BDED6B1L}},{{0L},{1L}},{{0xAE0ECC40L},{0L}},{{0x01859A38L},{0x46FD20DBL}}},{{{5L},{0L}},{{0x61991597L},{6L}},{{0x91763E42L},{0x44B1E8D3L}},{{0x52BC788CL},{-8L}},{{0x2B879AC0L},{0x6A104519L}},{{0xD088BD54L},{0x84583D06L}},{{1L},{0x8AEDF495L}},{{1L},{6L}},{{0x9D463AF7L},{1L}},{{0L},{6L}}},{{{4L},{-1L}},{{-1L},{5L}},{{-1L},{0L}},{{-9L},{0xEDCCA954L}},{{0x20D07CB7L},{0x2F048B3DL}},{{0xF8644ED7L},{0L}},{{6L},{-1L}},{{0x2F27C260L},{0L}},{{0L},{5L}},{{0x964D5BC2L},{-1L}}},{{{0L},{0xF0F9090DL}},{{-1L},{-1L}},{{0L},{1L}},{{5L},{1L}},{{1L},{0x2B879AC0L}},{{-1L},{1L}},{{0L},{1L}},{{0x46FD20DBL},{0x9D463AF7L}},{{9L},{1L}},{{-1L},{0L}}},{{{0x2F048B3DL},{0xC89C5942L}},{{1L},{0xF14A9C28L}},{{-7L},{1L}},{{1L},{-9L}},{{0x6A104519L},{0x01859A38L}},{{0L},{0x01859A38L}},{{0x6A104519L},{-9L}},{{1L},{1L}},{{-7L},{0xF14A9C28L}},{{1L},{0xC89C5942L}}},{{{0x2F048B3DL},{0L}},{{-1L},{1L}},{{9L},{0x9D463AF7L}},{{0x46FD20DBL},{1L}},{{1L},{0xF14A9C28L}},{{0L},{0xF0F9090DL}},{{0x8955E893L},{6L}},{{-1L},{-9L}},{{4L},{0xADFD3DEFL}},{{-1L},{1L}}},{{{-3L},{0xAE0ECC40L}},{{0L},{-1L}},{{1L},{-1L}},{{5L},{0L}},{{1L},{0x20D07CB7L}},{{5L},{-1L}},{{-4L},{0x964D5BC2L}},{{0x01859A38L},{1L}},{{0x48AD201AL},{-4L}},{{0L},{0x44B1E8D3L}}},{{{9L},{0x61991597L}},{{0x46FD20DBL},{1L}},{{1L},{1L}},{{0L},{1L}},{{1L},{0L}},{{0x91763E42L},{0x3F4760CBL}},{{0xF0F9090DL},{0L}},{{1L},{9L}},{{1L},{0x43FAB990L}},{{0xD088BD54L},{6L}}},{{{-4L},{0xDB184B2AL}},{{0x8AEDF495L},{-3L}},{{0x52BC788CL},{0x8955E893L}},{{0x2A5B4ECEL},{0x84583D06L}},{{0x4BDED6B1L},{0x4BDED6B1L}},{{-7L},{0xD088BD54L}},{{0x6A104519L},{1L}},{{-1L},{0xAC153136L}},{{0L},{-1L}},{{0x964D5BC2L},{0L}}},{{{0x964D5BC2L},{-1L}},{{0L},{0xAC153136L}},{{-1L},{1L}},{{0x6A104519L},{0xD088BD54L}},{{-7L},{0x4BDED6B1L}},{{0x4BDED6B1L},{0x84583D06L}},{{0x2A5B4ECEL},{0x8955E893L}},{{0x52BC788CL},{-3L}},{{0x8AEDF495L},{0xDB184B2AL}},{{-4L},{6L}}}};
    int64_t l_1014 = 0x79B4CB173BC97275LL;
    uint32_t l_1026[6];
    int16_t l_1051 = 0L;
    int32_t l_1055[7][4][5] = {{{0xC88FBEA3L,0x5A7042FAL,0x7727009AL,0x91EBDBC1L,0x44F719EAL},{1L,0x720E2EA3L,1L,2L,0xA5F3ABD6L},{5L,2L,(-1L),0x9CB25C9FL,(-1L)},{0x7595F935L,0x7595F935L,1L,0xA5F3ABD6L,(-7L)}},{{0x2A1C73A3L,0xC88FBEA3L,0x3EB56A0FL,2L,(-1L)},{0x75ADC31CL,(-7L),0x0FC4656CL,0xEABDA2ECL,0x4C05F9DEL},{0x5A7042FAL,0xC88FBEA3L,(-1L),(-1L),(-4L)},{0x61739D10L,0x7595F935L,1L,0L,0x44F719EAL}},{{0xA5F3ABD6L,2L,1L,0x720E2EA3L,0x4C05F9DEL},{0xC88FBEA3L,0x720E2EA3L,(-6L),0x9CB25C9FL,0x7595F935L},{0xB2D83AF8L,0x5A7042FAL,1L,0x4C05F9DEL,0L},{(-6L),1L,0x3EB56A0FL,(-6L),(-1L)}},{{(-6L),0x9CB25C9FL,(-1L),0L,8L},{0xB2D83AF8L,0xC88FBEA3L,0L,0xEDF85A1EL,(-1L)},{0xC88FBEA3L,(-8L),0x61739D10L,0xEABDA2ECL,0xEDF85A1EL},{0xA5F3ABD6L,0x75ADC31CL,1L,0x75ADC31CL,0xA5F3ABD6L}},{{0x61739D10L,(-6L),(-8L),0x4C05F9DEL,0x7595F935L},{0x5A7042FAL,(-8L),1L,0xA5F3ABD6L,0x734C1BC0L},{0x75ADC31CL,(-9L),0x7727009AL,(-6L),0x7595F935L},{0x2A1C73A3L,0xA5F3ABD6L,0x0FC4656CL,0L,3L}},{{1L,0xF8F91F3AL,0x52B21BDDL,0xB2D83AF8L,(-1L)},{1L,1L,0x9CB25C9FL,1L,(-1L)},{(-2L),0x3EB56A0FL,(-1L),0x1AF1FA27L,0L},{0x4C05F9DEL,0x7727009AL,0x36749FCCL,0L,(-1L)}},{{0xD0593342L,0x734C1BC0L,0x7595F935L,0L,2L},{0x43A1A925L,1L,0xF8F91F3AL,0x1AF1FA27L,1L},{1L,(-1L),1L,1L,5L},{0x734C1BC0L,(-7L),0x44F719EAL,0xB2D83AF8L,0xB2D83AF8L}}};
    uint64_t **l_1108 = &g_573;
    int64_t l_1109 = 1L;
    int32_t **l_1128 = &g_56[8][1];
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_1026[i] = 2UL;
    if ((l_955 || (((*l_956) = &l_955) != (void*)0)))
    { /* block id: 469 */
        int64_t l_966 = 0x5636B12727E9DD07LL;
        int32_t l_970 = 0L;
        uint8_t *l_981 = (void*)0;
        const int32_t *l_1018 = &g_24.f1;
        const int32_t **l_1017 = &l_1018;
        int32_t l_1054 = 0xE436B626L;
        int32_t l_1056[4] = {(-5L),(-5L),(-5L),(-5L)};
        int i;
        for (g_810 = 0; (g_810 <= 29); g_810++)
        { /* block id: 472 */
            int8_t l_969 = 0xA0L;
            uint8_t *l_979 = (void*)0;
            int32_t l_998 = 0xC32554D1L;
            uint16_t *l_1008 = &g_944;
            int16_t l_1060 = 0x24F1L;
            int32_t l_1061 = 1L;
            int32_t l_1062 = 0L;
            int32_t l_1064 = 0x621579B6L;
            int32_t l_1065 = 0xE445B9F7L;
            uint8_t l_1066[8] = {7UL,7UL,7UL,7UL,7UL,7UL,7UL,7UL};
            union U0 l_1106 = {-5L};
            int i;
            for (g_616 = (-27); (g_616 < 38); g_616++)
            { /* block id: 475 */
                uint8_t l_971 = 251UL;
                int32_t *l_987[10] = {&g_4[5][0][3],&g_4[5][0][3],&g_4[5][0][3],&g_4[5][0][3],&g_4[5][0][3],&g_4[5][0][3],&g_4[5][0][3],&g_4[5][0][3],&g_4[5][0][3],&g_4[5][0][3]};
                int8_t *l_997 = &l_980[0][2][1].f2;
                uint32_t l_1035 = 0x720902AFL;
                uint8_t l_1053 = 0x82L;
                int i;
                for (g_944 = 0; (g_944 <= 1); g_944 += 1)
                { /* block id: 478 */
                    int i, j, k;
                    for (g_951 = 0; (g_951 <= 1); g_951 += 1)
                    { /* block id: 481 */
                        int32_t *l_962 = &g_4[0][0][1];
                        int32_t *l_963 = &g_24.f4;
                        int32_t *l_964 = &g_4[5][0][3];
                        int32_t *l_965 = &g_4[5][0][3];
                        int32_t *l_967 = (void*)0;
                        int32_t *l_968[5] = {&g_105[5][7],&g_105[5][7],&g_105[5][7],&g_105[5][7],&g_105[5][7]};
                        int i;
                        ++l_971;
                    }
                    if (g_809[g_944][g_944][(g_944 + 4)])
                        continue;
                }
                for (g_159 = (-2); (g_159 >= 38); g_159++)
                { /* block id: 488 */
                    int8_t l_982 = 0L;
                    int32_t l_989 = 2L;
                    int32_t *l_995 = (void*)0;
                    if (p_17)
                    { /* block id: 489 */
                        int32_t **l_988 = (void*)0;
                        (*g_836) = (*g_836);
                        g_56[8][1] = (((((l_976 &= (**g_798)) > p_17) & ((safe_rshift_func_int8_t_s_s((l_979 == (l_980[0][2][1] , l_981)), l_982)) >= (safe_lshift_func_uint16_t_u_s(l_966, 13)))) < (safe_sub_func_int8_t_s_s((l_971 && p_16), p_17))) , l_987[4]);
                        ++g_990;
                        (*g_394) = &l_980[0][2][1];
                    }
                    else
                    { /* block id: 495 */
                        (*g_394) = (*g_394);
                        if (p_16)
                            continue;
                        return (**g_529);
                    }
                    for (g_293 = 0; (g_293 <= 16); ++g_293)
                    { /* block id: 502 */
                        l_995 = &l_976;
                        if (p_17)
                            break;
                        return p_16;
                    }
                    if (p_17)
                        continue;
                }
                if ((l_998 = ((p_16 , (+(((*l_997) ^= l_970) <= l_966))) ^ (**g_798))))
                { /* block id: 511 */
                    for (g_802 = 0; (g_802 == 22); g_802 = safe_add_func_uint32_t_u_u(g_802, 7))
                    { /* block id: 514 */
                        l_970 = (-6L);
                        if (p_16)
                            break;
                    }
                }
                else
                { /* block id: 518 */
                    int32_t l_1001 = 0xA77303E7L;
                    const uint32_t *l_1022 = &g_124;
                    int32_t **l_1033 = &l_957[1];
                    uint64_t l_1050 = 3UL;
                    int32_t l_1052 = (-1L);
                    int32_t l_1057 = 0x3B73B568L;
                    int32_t l_1058 = 0xEF5EE48EL;
                    int32_t l_1059 = (-9L);
                    int32_t l_1063 = 0x4474CDAAL;
                    if (l_1001)
                    { /* block id: 519 */
                        const int32_t ***l_1019 = &l_1017;
                        int32_t l_1023 = 0xBDFAB922L;
                        int64_t *l_1024 = &l_966;
                        uint16_t *l_1025 = &g_729;
                        l_1026[0] ^= (safe_mod_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u(0xC56FL, (safe_add_func_int64_t_s_s(((((p_17 | (l_1008 == ((((safe_mod_func_int16_t_s_s((+(safe_rshift_func_uint8_t_u_s(l_1014, ((((*l_1024) &= ((safe_lshift_func_int8_t_s_u(((&g_169 != ((((*l_1019) = l_1017) == (l_980[2][4][0] , g_1020)) , l_1022)) , p_16), l_1001)) , l_1023)) != 2UL) , l_966)))), (**g_798))) , p_17) & p_17) , l_1025))) >= p_16) ^ 0UL) >= p_17), l_970)))) & g_809[1][3][5]), l_1023));
                    }
                    else
                    { /* block id: 523 */
                        int32_t ***l_1034 = &l_956;
                        const int32_t l_1036 = (-2L);
                        uint64_t l_1049 = 18446744073709551607UL;
                        l_1052 |= (safe_mod_func_uint16_t_u_u((safe_div_func_uint32_t_u_u((p_17 ^ ((p_17 != (l_1033 == ((*l_1034) = (void*)0))) > ((((((4L != (l_1035 | 0x41L)) != l_1036) > ((safe_sub_func_int8_t_s_s((safe_mul_func_int8_t_s_s((safe_add_func_int64_t_s_s((safe_sub_func_int32_t_s_s((safe_mul_func_int16_t_s_s(((safe_lshift_func_int16_t_s_u((**g_798), 13)) , l_970), l_1001)), p_17)), p_17)), 0x2BL)), l_998)) | 251UL)) || l_1049) != l_1050) != p_17))), l_1051)), 0x5CCFL));
                        if (p_16)
                            continue;
                        l_1001 |= (p_17 , (l_1053 = p_16));
                    }
                    l_1066[6]++;
                    for (g_293 = 0; (g_293 < (-23)); g_293--)
                    { /* block id: 533 */
                        return (**g_529);
                    }
                }
                for (g_140 = (-1); (g_140 <= (-23)); g_140--)
                { /* block id: 539 */
                    return l_970;
                }
            }
            for (g_729 = 0; (g_729 < 45); g_729 = safe_add_func_int64_t_s_s(g_729, 2))
            { /* block id: 545 */
                return l_1026[0];
            }
            for (l_976 = 0; (l_976 == (-27)); l_976--)
            { /* block id: 550 */
                uint32_t l_1089[6] = {8UL,8UL,8UL,8UL,8UL,8UL};
                union U0 l_1107 = {0x7F62DCFDL};
                int i;
                for (g_802 = 0; (g_802 <= 8); g_802 = safe_add_func_uint16_t_u_u(g_802, 1))
                { /* block id: 553 */
                    return (*g_530);
                }
                for (g_804 = 22; (g_804 != (-13)); g_804 = safe_sub_func_int8_t_s_s(g_804, 5))
                { /* block id: 558 */
                    int64_t l_1086 = 4L;
                    int32_t *l_1092[4];
                    int i;
                    for (i = 0; i < 4; i++)
                        l_1092[i] = &l_998;
                    for (l_1064 = 29; (l_1064 == 10); l_1064--)
                    { /* block id: 561 */
                        int8_t **l_1085 = &g_36[5];
                        int8_t ***l_1084 = &l_1085;
                        int8_t ****l_1083 = &l_1084;
                        int32_t *l_1087 = &l_1065;
                        int32_t *l_1088[7][5][7] = {{{&l_1055[4][1][1],&g_24.f4,(void*)0,&g_4[5][0][1],(void*)0,&l_976,&l_1065},{&l_1055[4][1][1],&l_1065,(void*)0,&l_1062,&g_24.f4,&l_998,&l_1062},{&l_1055[4][1][1],&g_4[5][0][1],&l_970,&l_1065,(void*)0,&l_1055[0][0][1],&l_976},{&l_1055[4][1][1],&g_4[0][0][3],(void*)0,&l_1062,&l_1056[1],&l_1062,&l_1055[4][2][1]},{&l_1055[4][1][1],&l_1062,&l_1056[1],&g_24.f4,(void*)0,&l_1055[4][2][1],&l_998}},{{&l_1055[4][1][1],&l_1062,&l_1054,&g_4[0][0][3],(void*)0,&l_976,&l_976},{&l_1055[4][1][1],&l_1062,(void*)0,&l_1062,&l_1055[4][1][1],&l_1065,&l_1055[0][0][1]},{&l_1055[4][1][1],&g_24.f4,(void*)0,&g_4[5][0][1],(void*)0,&l_976,&l_1065},{&l_1055[4][1][1],&l_1065,(void*)0,&l_1062,&g_24.f4,&l_998,&l_1062},{&l_1055[4][1][1],&g_4[5][0][1],&l_970,&l_1065,(void*)0,&l_1055[0][0][1],&l_976}},{{&l_1055[4][1][1],&g_4[0][0][3],(void*)0,&l_1062,&l_1056[1],&l_1062,&l_1055[4][2][1]},{&l_1055[4][1][1],&l_1062,&l_1056[1],&g_24.f4,(void*)0,&l_1055[4][2][1],&l_998},{&l_1055[4][1][1],&l_1062,&l_1054,&g_4[0][0][3],(void*)0,&l_976,&l_976},{&l_1055[4][1][1],&l_1062,(void*)0,&l_1062,&l_1055[4][1][1],&l_1065,&l_1055[0][0][1]},{&l_1055[4][1][1],&g_24.f4,(void*)0,&g_4[5][0][1],(void*)0,&l_976,&l_1065}},{{&l_1055[4][1][1],&l_1065,(void*)0,&l_1062,&g_24.f4,&l_998,&l_1062},{&l_1055[4][1][1],&g_4[5][0][1],&l_970,&l_1065,(void*)0,&l_1056[1],(void*)0},{&l_1065,&g_24.f4,&l_998,&l_1056[3],&l_976,(void*)0,&l_970},{&l_1065,&l_1056[3],&l_970,&l_1062,&l_1062,&l_970,&l_1054},{&l_1065,&l_1054,&g_24.f4,&g_24.f4,&l_998,(void*)0,(void*)0}},{{&l_1065,(void*)0,&g_24.f4,(void*)0,&l_1065,(void*)0,&l_1056[1]},{&l_1065,&l_1062,&g_24.f4,&l_1056[3],&l_1055[4][2][1],(void*)0,(void*)0},{&l_1065,(void*)0,&l_976,&l_1054,&l_1055[0][0][1],&l_1054,(void*)0},{&l_1065,&l_1056[3],&l_998,(void*)0,&l_976,&l_1056[1],(void*)0},{&l_1065,&g_24.f4,&l_998,&l_1056[3],&l_976,(void*)0,&l_970}},{{&l_1065,&l_1056[3],&l_970,&l_1062,&l_1062,&l_970,&l_1054},{&l_1065,&l_1054,&g_24.f4,&g_24.f4,&l_998,(void*)0,(void*)0},{&l_1065,(void*)0,&g_24.f4,(void*)0,&l_1065,(void*)0,&l_1056[1]},{&l_1065,&l_1062,&g_24.f4,&l_1056[3],&l_1055[4][2][1],(void*)0,(void*)0},{&l_1065,(void*)0,&l_976,&l_1054,&l_1055[0][0][1],&l_1054,(void*)0}},{{&l_1065,&l_1056[3],&l_998,(void*)0,&l_976,&l_1056[1],(void*)0},{&l_1065,&g_24.f4,&l_998,&l_1056[3],&l_976,(void*)0,&l_970},{&l_1065,&l_1056[3],&l_970,&l_1062,&l_1062,&l_970,&l_1054},{&l_1065,&l_1054,&g_24.f4,&g_24.f4,&l_998,(void*)0,(void*)0},{&l_1065,(void*)0,&g_24.f4,(void*)0,&l_1065,(void*)0,&l_1056[1]}}};
                        int32_t **l_1093 = &l_1087;
                        int i, j, k;
                        (*l_1083) = (void*)0;
                        ++l_1089[2];
                        (*l_1093) = l_1092[3];
                        if (p_16)
                            break;
                    }
                    if (p_16)
                        break;
                    for (g_140 = 4; (g_140 >= 0); g_140 -= 1)
                    { /* block id: 570 */
                        int i, j;
                        g_105[g_140][(g_140 + 5)] = (p_16 , p_16);
                        l_980[0][2][1].f4 = ((safe_add_func_int32_t_s_s((g_105[g_140][(g_140 + 4)] ^= (l_1066[6] == g_269[1][1][1])), (safe_sub_func_int64_t_s_s(0x5F5D888C1D0986FFLL, (safe_mul_func_uint16_t_u_u((0xB0L != (p_17 > l_966)), ((safe_rshift_func_uint8_t_u_s((~0x98L), ((safe_mod_func_uint32_t_u_u((safe_unary_minus_func_uint16_t_u((((l_1107 = l_1106) , l_1108) != l_1108))), g_950)) || p_16))) , p_16))))))) || p_17);
                    }
                    l_1109 &= 1L;
                }
            }
        }
    }
    else
    { /* block id: 580 */
        int8_t **l_1118[6][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}};
        int32_t l_1127 = (-6L);
        int i, j;
        l_976 = (((((((safe_div_func_uint16_t_u_u((((safe_mod_func_uint32_t_u_u((--g_169), 1L)) && (safe_mul_func_int8_t_s_s((((&g_36[3] == l_1118[2][0]) == 0UL) < ((safe_div_func_int32_t_s_s((safe_div_func_int8_t_s_s(l_976, (safe_rshift_func_int16_t_s_u((p_17 < (safe_mul_func_int16_t_s_s((**g_798), 0L))), 0)))), 0x63266813L)) >= p_17)), p_17))) , p_17), (**g_529))) != p_16) , p_16) && l_1127) | 18446744073709551608UL) <= 0x5812L) || g_802);
    }
    (*l_1128) = (void*)0;
    return p_17;
}


/* ------------------------------------------ */
/* 
 * reads : g_818 g_950
 * writes: g_818 g_293 g_950 g_951
 */
static int16_t  func_18(uint8_t  p_19)
{ /* block id: 456 */
    int64_t *l_947 = &g_293;
    int64_t *l_948 = (void*)0;
    int64_t *l_949 = &g_950;
    int32_t l_952[2];
    int i;
    for (i = 0; i < 2; i++)
        l_952[i] = 6L;
    for (g_818 = 12; (g_818 < 6); g_818 = safe_sub_func_uint32_t_u_u(g_818, 5))
    { /* block id: 459 */
        return p_19;
    }
    l_952[0] &= (((*l_949) &= ((*l_947) = 0L)) >= (g_951 = 0xDBE6B753B3EAFBDELL));
    return p_19;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_140 g_163
 * writes: g_159 g_435 g_24.f4 g_163
 */
static uint8_t  func_20(union U0  p_21, uint64_t  p_22, int32_t  p_23)
{ /* block id: 227 */
    uint16_t l_484 = 65535UL;
    uint16_t *l_487 = &g_159;
    uint8_t ****l_494[2][3][10] = {{{&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435},{&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435},{&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435}},{{&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435},{&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435},{&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435,&g_435}}};
    uint8_t * const *l_496 = &g_102;
    uint8_t * const * const *l_495 = &l_496;
    const int32_t l_497[5][9] = {{0xCEBF87E6L,5L,0xD868D94FL,0xEDD45EE4L,(-1L),(-1L),(-1L),0xEDD45EE4L,0xD868D94FL},{0xD868D94FL,0xD868D94FL,(-5L),(-2L),1L,6L,(-1L),(-1L),0xCF76DC7AL},{(-1L),8L,0xB0999A99L,0xE7D2C9E0L,0xCF76DC7AL,0xCEBF87E6L,0xCEBF87E6L,0xCF76DC7AL,0xE7D2C9E0L},{(-5L),6L,(-5L),0x232B5D3AL,(-1L),8L,5L,0xCF76DC7AL,1L},{6L,0xB0999A99L,0xD868D94FL,1L,5L,(-1L),0xE7D2C9E0L,(-1L),5L}};
    int32_t *l_498 = &g_24.f4;
    int32_t l_558 = 4L;
    int32_t l_559 = 0xB62415FFL;
    int32_t l_629 = (-7L);
    int32_t l_631 = (-1L);
    int32_t l_643 = 0x09D7BC48L;
    int16_t **l_682 = &g_416;
    int16_t ** const *l_681 = &l_682;
    int32_t l_761 = 1L;
    int32_t l_823 = (-9L);
    int32_t l_854 = (-6L);
    uint32_t l_862 = 1UL;
    int8_t l_902[7];
    union U0 l_919[1] = {{0L}};
    int32_t l_942 = 3L;
    int i, j, k;
    for (i = 0; i < 7; i++)
        l_902[i] = 0x86L;
    (*l_498) = (safe_add_func_uint64_t_u_u((safe_add_func_uint8_t_u_u(p_21.f4, (l_484 |= 0x7EL))), (((safe_div_func_uint16_t_u_u(((*l_487) = (3UL >= g_4[5][0][3])), 1UL)) , (safe_sub_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((g_140 < (p_21.f1 , ((g_435 = &g_101[0]) != l_495))), l_497[4][5])), 1L))) , 0x2F809E43CD2D2DCELL)));
    for (g_163 = 1; (g_163 >= 0); g_163 -= 1)
    { /* block id: 234 */
        int32_t *l_501 = &g_105[5][6];
        uint16_t **l_531 = &g_530;
        int16_t l_538 = (-9L);
        int16_t **l_545[4];
        const uint8_t *l_611 = &g_103;
        const uint8_t **l_610 = &l_611;
        const uint8_t ***l_609 = &l_610;
        const uint8_t ****l_608 = &l_609;
        uint32_t l_620 = 0xD859497FL;
        int32_t l_621 = 5L;
        int32_t l_625 = (-1L);
        int32_t l_626 = 1L;
        int32_t l_628[9][8][3] = {{{0x165A7372L,0xA12F3E79L,0xBE29FFF5L},{4L,(-3L),0x430DB922L},{(-3L),(-1L),0x1B9F8746L},{(-1L),0x694B9DCDL,(-9L)},{0xA12F3E79L,0x30AAD08CL,1L},{6L,0x8DB4CEBCL,0xE51B624CL},{(-1L),(-9L),0xA12F3E79L},{(-3L),1L,0L}},{{0x5D8FE355L,0x0C6CF92EL,0x80E04E90L},{0x0C1FCFB8L,0x13EE8BEBL,(-1L)},{0xC335D4E0L,(-3L),(-1L)},{0L,1L,(-8L)},{1L,1L,0xC33E5ED2L},{0L,0xCBDA2F91L,0xC33E5ED2L},{0x488FE14CL,(-1L),(-8L)},{1L,(-1L),(-1L)}},{{0x430DB922L,(-7L),(-1L)},{1L,0xFAF5933BL,0x80E04E90L},{5L,1L,0L},{1L,0x46D383CBL,0xA12F3E79L},{0xB510D235L,0x085648B6L,0xE51B624CL},{0L,0x1B9F8746L,1L},{1L,1L,(-9L)},{0x1B9F8746L,1L,0x1B9F8746L}},{{0x80E04E90L,(-8L),0x430DB922L},{(-7L),0xF1E7466DL,0xBE29FFF5L},{(-1L),4L,1L},{0xA9916483L,(-1L),1L},{(-1L),0xAD78C5F7L,0x366F5B7AL},{(-7L),1L,4L},{0x80E04E90L,(-1L),0x694B9DCDL},{0x1B9F8746L,(-9L),(-10L)}},{{1L,0xC335D4E0L,(-1L)},{0L,(-4L),0L},{0xB510D235L,(-8L),0L},{1L,5L,0xDA5F9B07L},{5L,1L,0x0AA72E3FL},{1L,0x366F5B7AL,1L},{0x430DB922L,(-1L),(-9L)},{1L,1L,0x5AF367D6L}},{{0x488FE14CL,0L,5L},{0L,0L,0xBCA8098EL},{1L,1L,0x5D8FE355L},{0L,(-1L),(-1L)},{0xC335D4E0L,0x366F5B7AL,(-3L)},{(-5L),(-3L),0xFAF5933BL},{0x4F7A9036L,0xBCA8098EL,1L},{0xAD78C5F7L,0x8DB4CEBCL,0xFD456E33L}},{{(-10L),0xDA5F9B07L,0xCBDA2F91L},{0xF1E7466DL,0x4F357D52L,0xB510D235L},{(-7L),0xA12F3E79L,0xC335D4E0L},{0L,0L,1L},{1L,0xFD456E33L,0x0C6CF92EL},{(-3L),(-10L),1L},{0x430DB922L,0xC335D4E0L,(-4L)},{(-8L),(-3L),1L}},{{(-1L),0x46D383CBL,0x0C6CF92EL},{0x0AA72E3FL,0x13EE8BEBL,1L},{0x9CFBF70BL,5L,0xC335D4E0L},{(-1L),(-3L),0xB510D235L},{0x8DB4CEBCL,0xC33E5ED2L,0xCBDA2F91L},{(-1L),0x5D8FE355L,0xFD456E33L},{0L,1L,1L},{(-4L),0xB0EFCA45L,0xFAF5933BL}},{{(-10L),(-1L),0xAD78C5F7L},{(-1L),0x0AA72E3FL,0xBE29FFF5L},{0xA9916483L,(-8L),0x4F7A9036L},{(-9L),0xBE29FFF5L,0x5AF367D6L},{0L,1L,0xBCA8098EL},{0L,(-1L),0xA9916483L},{(-9L),1L,0xA12F3E79L},{0xA9916483L,0xAD78C5F7L,1L}}};
        int32_t l_633 = (-10L);
        uint8_t l_634 = 0x3FL;
        int8_t *l_638 = &g_597;
        union U0 **l_677 = &g_395[4];
        int32_t ***l_834 = (void*)0;
        int32_t ****l_833 = &l_834;
        const uint8_t l_893 = 0x02L;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_545[i] = &g_416;
    }
    return p_23;
}


/* ------------------------------------------ */
/* 
 * reads : g_55 g_159 g_102 g_103 g_269 g_24.f2 g_24.f4 g_4
 * writes: g_55 g_435 g_293 g_169 g_36 g_269
 */
static int8_t  func_27(int32_t * p_28, union U0  p_29)
{ /* block id: 208 */
    int32_t ***l_433[4] = {&g_55,&g_55,&g_55,&g_55};
    uint8_t ****l_434[2][4];
    int32_t l_440[6][7] = {{0x55D86A51L,0x55D86A51L,0L,0x55D86A51L,0x55D86A51L,0L,0x55D86A51L},{0x55D86A51L,0x4165C183L,0x4165C183L,0x55D86A51L,0x4165C183L,0x4165C183L,0x55D86A51L},{0x4165C183L,0x55D86A51L,0x4165C183L,0x4165C183L,0x55D86A51L,0x4165C183L,0x4165C183L},{0x55D86A51L,0x55D86A51L,0L,0x55D86A51L,0x55D86A51L,0L,0x55D86A51L},{0x55D86A51L,0x4165C183L,0x4165C183L,0x55D86A51L,0x4165C183L,0x4165C183L,0x55D86A51L},{0x4165C183L,0x55D86A51L,0x4165C183L,0x4165C183L,0x55D86A51L,0x4165C183L,0x4165C183L}};
    int64_t *l_441 = &g_293;
    const int8_t l_448 = 0x6FL;
    uint16_t l_449 = 0UL;
    uint32_t *l_450 = (void*)0;
    uint32_t *l_451 = &g_169;
    int8_t *l_453 = &g_24.f2;
    int8_t l_459 = (-1L);
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
            l_434[i][j] = (void*)0;
    }
    g_55 = &p_28;
    g_435 = &g_101[0];
    (*g_55) = (void*)0;
    if ((((void*)0 != &p_28) > ((*l_451) = (((safe_div_func_int8_t_s_s((safe_div_func_int32_t_s_s(l_440[1][3], (p_29.f4 = ((p_29.f1 > ((*l_441) = p_29.f0)) && (p_29 , (safe_mod_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s((safe_mod_func_int64_t_s_s((((void*)0 != &g_159) != g_159), l_448)), p_29.f0)), l_449))))))), (*g_102))) >= 0xB5B3055FL) , 1UL))))
    { /* block id: 215 */
        uint64_t l_452 = 0UL;
        int8_t **l_454 = &g_36[8];
        int32_t l_462[5][4] = {{(-1L),0L,(-1L),(-1L)},{0L,0x8A440149L,(-1L),(-1L)},{0L,0L,1L,0x8A440149L},{0x8A440149L,0L,1L,0L},{0L,(-1L),(-1L),1L}};
        uint64_t *l_463 = &g_269[1][1][1];
        uint8_t ***l_473 = &g_101[0];
        uint8_t ***l_474 = &g_101[0];
        uint16_t *l_475 = &l_449;
        int32_t l_476[6] = {0x5C9B337DL,6L,0x5C9B337DL,0x5C9B337DL,6L,0x5C9B337DL};
        int i, j;
        l_452 ^= p_29.f2;
        l_476[2] = ((l_452 & (((*l_454) = l_453) == &l_448)) == (safe_sub_func_int64_t_s_s((safe_mul_func_uint16_t_u_u(((l_459 < ((safe_sub_func_uint64_t_u_u(l_462[0][3], (((++(*l_463)) || (safe_mod_func_int32_t_s_s((((+(((((*l_475) = (safe_mul_func_uint16_t_u_u(g_24.f2, (safe_rshift_func_int16_t_s_u(((p_29.f1 , ((l_473 = (void*)0) != (l_474 = &g_101[0]))) <= p_29.f2), l_462[0][3]))))) == g_24.f4) | 4294967290UL) <= l_462[0][3])) >= g_4[5][0][3]) , l_452), p_29.f4))) , l_462[0][3]))) == 0xBB3789B34BF4F4D8LL)) > (*g_102)), p_29.f4)), 0x14600DA3F5D10A1CLL)));
    }
    else
    { /* block id: 223 */
        uint64_t *l_478[7] = {&g_269[3][2][0],&g_269[3][2][0],&g_269[3][2][0],&g_269[3][2][0],&g_269[3][2][0],&g_269[3][2][0],&g_269[3][2][0]};
        uint64_t **l_477 = &l_478[2];
        uint64_t ***l_479 = &l_477;
        int i;
        (*l_479) = l_477;
    }
    return p_29.f0;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_66 g_24.f0 g_24.f2 g_105 g_24.f1 g_394 g_269 g_293 g_103
 * writes: g_293 g_269 g_124 g_416 g_159 g_428
 */
static int8_t  func_30(int16_t  p_31, int8_t * p_32, const int32_t * p_33, const int8_t  p_34, int32_t  p_35)
{ /* block id: 6 */
    int32_t *l_38 = &g_4[0][0][1];
    int32_t **l_39 = &l_38;
    const int8_t *l_113 = &g_24.f2;
    const int8_t **l_112 = &l_113;
    union U0 l_136 = {0xA3104518L};
    union U0 *l_224 = &l_136;
    int16_t l_234 = 0x0E9FL;
    int8_t l_256 = 2L;
    uint8_t *l_267 = &g_103;
    int32_t l_276 = (-2L);
    uint64_t *l_291 = (void*)0;
    int32_t l_328 = 0x14D16358L;
    int32_t l_329 = 0x05391D0DL;
    uint8_t ***l_373 = &g_101[0];
    int32_t ***l_384[2][10][4] = {{{&l_39,&g_55,&g_55,(void*)0},{&l_39,&l_39,(void*)0,&g_55},{&l_39,&g_55,&g_55,&g_55},{&g_55,&l_39,&g_55,&l_39},{&g_55,&l_39,(void*)0,&l_39},{&l_39,&l_39,&g_55,&l_39},{&l_39,(void*)0,&g_55,(void*)0},{&l_39,(void*)0,(void*)0,&l_39},{&g_55,&g_55,&l_39,&l_39},{&l_39,&l_39,&g_55,(void*)0}},{{&g_55,&g_55,&g_55,&g_55},{&l_39,&l_39,&g_55,&g_55},{(void*)0,&g_55,&g_55,&g_55},{&g_55,&l_39,&l_39,&g_55},{(void*)0,&g_55,&l_39,&g_55},{&g_55,&l_39,(void*)0,&g_55},{&g_55,&g_55,&l_39,(void*)0},{&g_55,&l_39,(void*)0,&l_39},{&l_39,&g_55,&l_39,&l_39},{(void*)0,&l_39,&l_39,&g_55}}};
    uint32_t l_385[8] = {0xD882704FL,0xF0403A05L,0xD882704FL,0xD882704FL,0xF0403A05L,0xD882704FL,0xD882704FL,0xF0403A05L};
    int i, j, k;
    (*l_39) = l_38;
    for (p_31 = (-30); (p_31 >= (-5)); p_31 = safe_add_func_int8_t_s_s(p_31, 1))
    { /* block id: 10 */
        int8_t l_44 = 0x75L;
        uint32_t *l_122 = (void*)0;
        uint32_t *l_123[5][8] = {{&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124},{&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124},{&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124},{&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124},{&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124,&g_124}};
        int32_t l_125 = 0x1F83D26DL;
        int32_t l_137 = 0x89C1318BL;
        int16_t *l_138 = (void*)0;
        int16_t *l_139 = &g_140;
        int8_t l_141 = 0x4FL;
        const uint8_t *l_156 = (void*)0;
        const uint8_t **l_155 = &l_156;
        uint32_t l_157 = 1UL;
        uint16_t *l_158 = &g_159;
        int32_t **l_198 = (void*)0;
        int32_t l_273 = 0xFF055665L;
        int32_t l_275 = 0x5C927A85L;
        uint32_t l_313[1];
        uint16_t l_338 = 0xA13BL;
        int32_t l_354 = 0x31BCA2B7L;
        uint32_t l_357[9][5] = {{18446744073709551615UL,6UL,18446744073709551615UL,0x1D9EA81FL,0x284CDCECL},{18446744073709551612UL,18446744073709551612UL,0x36A69DA2L,0x8745FDADL,1UL},{0x0E221C48L,0x8745FDADL,2UL,18446744073709551612UL,6UL},{0x58D55992L,6UL,0x36A69DA2L,1UL,0xB40869A8L},{0x8745FDADL,18446744073709551615UL,18446744073709551615UL,0x8745FDADL,0x58D55992L},{0x8745FDADL,18446744073709551612UL,0xED8611DEL,0x0B20B32FL,18446744073709551612UL},{0x58D55992L,0x0E221C48L,0x1D9EA81FL,0x36A69DA2L,0x284CDCECL},{0x0E221C48L,0x58D55992L,18446744073709551615UL,0x0B20B32FL,0x36A69DA2L},{18446744073709551612UL,0x8745FDADL,18446744073709551615UL,0x8745FDADL,18446744073709551612UL}};
        int i, j;
        for (i = 0; i < 1; i++)
            l_313[i] = 0x2D8E7ED4L;
    }
    for (l_234 = 0; (l_234 > (-18)); l_234 = safe_sub_func_int16_t_s_s(l_234, 7))
    { /* block id: 165 */
        uint8_t l_371 = 0UL;
        int32_t l_389 = 1L;
        int32_t **l_390[2];
        union U0 l_414 = {0L};
        int32_t l_431 = (-8L);
        int i;
        for (i = 0; i < 2; i++)
            l_390[i] = &g_56[7][1];
        for (p_31 = 0; (p_31 == (-27)); p_31 = safe_sub_func_int64_t_s_s(p_31, 8))
        { /* block id: 168 */
            int16_t *l_372 = &g_140;
            int32_t ***l_381[1];
            int32_t ****l_382 = &l_381[0];
            int32_t ****l_383[2];
            int64_t *l_386 = (void*)0;
            int64_t *l_387 = &g_293;
            int16_t *l_388[8][9][3] = {{{&l_234,&g_140,&l_234},{(void*)0,(void*)0,(void*)0},{&l_234,&g_140,&l_234},{(void*)0,(void*)0,(void*)0},{&l_234,&g_140,&l_234},{(void*)0,(void*)0,(void*)0},{&l_234,&g_140,&l_234},{(void*)0,(void*)0,(void*)0},{&l_234,&g_140,&l_234}},{{(void*)0,(void*)0,(void*)0},{&l_234,&g_140,&l_234},{(void*)0,(void*)0,(void*)0},{&l_234,&g_140,&l_234},{(void*)0,(void*)0,(void*)0},{&l_234,&g_140,&l_234},{(void*)0,(void*)0,(void*)0},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163}},{{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0}},{{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163}},{{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0}},{{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163}},{{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0}},{{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163},{(void*)0,&l_234,(void*)0},{&g_163,&l_234,&g_163}}};
            union U0 l_393 = {-9L};
            int8_t l_403 = 0xA2L;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_381[i] = (void*)0;
            for (i = 0; i < 2; i++)
                l_383[i] = (void*)0;
            if (((((l_371 , (((((l_389 = (((l_372 = &p_31) != ((&g_101[0] == (l_373 = &g_101[0])) , &l_234)) , ((!((safe_sub_func_int8_t_s_s((safe_div_func_int64_t_s_s(((*l_387) = ((((l_371 , ((safe_add_func_int8_t_s_s((p_34 && ((((*l_382) = l_381[0]) == (l_384[1][4][0] = &g_55)) <= (*l_38))), 0L)) , p_35)) , l_385[7]) , g_66) && 0xC2A867BA3A6B289DLL)), g_24.f0)), l_371)) > 0x3FL)) != g_24.f2))) , 0xD3C3L) , 0xDB01D121AE9DFF29LL) && l_389) == 1UL)) >= 65535UL) != g_105[5][6]) ^ p_34))
            { /* block id: 175 */
                uint64_t *l_399 = &g_269[1][1][1];
                int32_t l_402 = 0x8D11F52AL;
                l_390[0] = &g_56[8][1];
                l_403 |= (safe_mod_func_uint64_t_u_u(p_35, (((p_34 || 1UL) , ((((l_393 , g_24.f1) , g_394) == ((safe_mod_func_int32_t_s_s((*p_33), (safe_unary_minus_func_uint8_t_u((((((*l_399) |= 1UL) , (safe_lshift_func_uint8_t_u_u(0xCBL, 7))) & p_35) ^ (*p_33)))))) , (void*)0)) || l_402)) | (-3L))));
                if ((*p_33))
                    continue;
            }
            else
            { /* block id: 180 */
                for (g_124 = (-4); (g_124 != 12); ++g_124)
                { /* block id: 183 */
                    return (*p_32);
                }
            }
            for (l_276 = 0; (l_276 <= 8); l_276 += 1)
            { /* block id: 189 */
                uint32_t l_429 = 0xC5A911D0L;
                int32_t l_430 = 1L;
                for (l_256 = 0; (l_256 <= 8); l_256 += 1)
                { /* block id: 192 */
                    int16_t **l_415[4][3][3] = {{{&l_388[0][6][1],&l_388[0][3][2],&l_388[0][6][1]},{&l_388[2][1][0],(void*)0,&l_388[0][3][2]},{&l_388[0][6][1],&l_388[0][6][0],&l_388[0][3][2]}},{{&l_388[2][1][0],&l_372,&l_388[2][1][0]},{&l_388[0][6][1],(void*)0,(void*)0},{&l_388[2][1][0],&l_388[0][2][0],&l_388[2][5][0]}},{{&l_388[0][6][1],&l_388[0][3][2],&l_388[0][6][1]},{&l_388[2][1][0],(void*)0,(void*)0},{&l_388[6][6][0],&l_388[0][3][2],&l_388[0][3][2]}},{{&l_388[0][3][2],&l_388[0][3][2],&l_388[0][3][2]},{&l_388[6][6][0],&l_388[0][6][1],&l_388[3][6][1]},{&l_388[0][3][2],&l_388[2][5][0],&l_388[0][3][2]}}};
                    uint16_t *l_419 = &g_159;
                    uint32_t *l_422 = &l_385[3];
                    uint16_t *l_427[6][7] = {{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428}};
                    int i, j, k;
                    l_430 = ((safe_rshift_func_uint16_t_u_u((~(safe_unary_minus_func_uint64_t_u(((*l_38) , (safe_add_func_int32_t_s_s((l_429 |= (((((safe_rshift_func_uint8_t_u_u((l_414 , p_35), 2)) != ((*l_419) = ((&g_163 == (g_416 = (void*)0)) , (safe_mul_func_int16_t_s_s(0x6837L, p_31))))) == ((safe_sub_func_uint32_t_u_u((++(*l_422)), (safe_mul_func_uint16_t_u_u((g_428 = 0xEA52L), g_24.f2)))) ^ 4294967286UL)) >= p_35) <= p_34)), (*p_33))))))), g_293)) || g_103);
                    if ((*p_33))
                        continue;
                }
                if (l_429)
                    break;
                return l_431;
            }
        }
    }
    p_35 = 3L;
    return (*p_32);
}


/* ------------------------------------------ */
/* 
 * reads : g_55 g_66 g_24.f0 g_4
 * writes: g_56 g_66
 */
static int64_t  func_49(int8_t  p_50, uint8_t  p_51, int32_t * p_52, int64_t  p_53)
{ /* block id: 14 */
    int32_t l_68 = 0x2630673EL;
    int32_t l_89 = 0xF66F91BAL;
    int32_t l_90 = 0x2DD61587L;
    int32_t l_93[1][2][6] = {{{7L,7L,7L,7L,7L,7L},{7L,7L,7L,7L,7L,7L}}};
    uint8_t l_94 = 0x7EL;
    int i, j, k;
    if ((g_55 != &g_56[8][1]))
    { /* block id: 15 */
        uint8_t *l_65 = &g_66;
        int32_t l_67 = 5L;
        int32_t *l_69 = &l_68;
        uint8_t **l_73 = (void*)0;
        int32_t *l_74 = &l_68;
        int32_t *l_75 = &l_67;
        int32_t *l_76 = (void*)0;
        int32_t l_77[8][4][6] = {{{(-3L),(-3L),0xCEC10C1AL,0x18FCD197L,0xC2012663L,0x682D83EDL},{1L,0x212EC388L,0xDDF81C58L,0xCEC10C1AL,0xA5CD88FCL,0xCEC10C1AL},{0xDDF81C58L,1L,0xDDF81C58L,0x0418440AL,(-3L),0x682D83EDL},{1L,0x0418440AL,0xCEC10C1AL,1L,8L,8L}},{{1L,8L,8L,1L,0xCEC10C1AL,0x0418440AL},{1L,0x682D83EDL,(-3L),0x0418440AL,0xDDF81C58L,1L},{0xDDF81C58L,0xCEC10C1AL,0xA5CD88FCL,0xCEC10C1AL,0xDDF81C58L,0x212EC388L},{1L,0x682D83EDL,0xC2012663L,0x18FCD197L,0xCEC10C1AL,(-3L)}},{{(-3L),8L,0x682D83EDL,0x682D83EDL,8L,(-3L)},{0x18FCD197L,0x0418440AL,0xC2012663L,0xDDF81C58L,(-3L),0x212EC388L},{8L,1L,0xA5CD88FCL,(-3L),0xA5CD88FCL,1L},{8L,0x212EC388L,(-3L),0xDDF81C58L,0xC2012663L,0x0418440AL}},{{0x18FCD197L,(-3L),8L,0x682D83EDL,0x682D83EDL,8L},{(-3L),(-3L),0xCEC10C1AL,0x18FCD197L,0xC2012663L,0x682D83EDL},{1L,0x212EC388L,0xDDF81C58L,0xCEC10C1AL,0xA5CD88FCL,0xCEC10C1AL},{0xDDF81C58L,1L,0xDDF81C58L,0x0418440AL,(-3L),0x682D83EDL}},{{1L,0x0418440AL,0xCEC10C1AL,1L,8L,8L},{1L,8L,8L,1L,0xCEC10C1AL,0x0418440AL},{1L,0x682D83EDL,(-3L),0x0418440AL,0xDDF81C58L,1L},{0xDDF81C58L,0xCEC10C1AL,0xA5CD88FCL,0xCEC10C1AL,0xDDF81C58L,0x212EC388L}},{{1L,0x682D83EDL,0xC2012663L,0x18FCD197L,1L,0xCEC10C1AL},{0xCEC10C1AL,1L,8L,8L,1L,0xCEC10C1AL},{0x0418440AL,0x212EC388L,0xA5CD88FCL,0x682D83EDL,0xCEC10C1AL,0xC2012663L},{1L,0x18FCD197L,1L,0xCEC10C1AL,1L,0x18FCD197L}},{{1L,0xC2012663L,0xCEC10C1AL,0x682D83EDL,0xA5CD88FCL,0x212EC388L},{0x0418440AL,0xCEC10C1AL,1L,8L,8L,1L},{0xCEC10C1AL,0xCEC10C1AL,1L,0x0418440AL,0xA5CD88FCL,8L},{0x18FCD197L,0xC2012663L,0x682D83EDL,1L,1L,1L}},{{0x682D83EDL,0x18FCD197L,0x682D83EDL,0x212EC388L,0xCEC10C1AL,8L},{0xDDF81C58L,0x212EC388L,1L,(-3L),1L,1L},{(-3L),1L,1L,(-3L),1L,0x212EC388L},{0xDDF81C58L,8L,0xCEC10C1AL,0x212EC388L,0x682D83EDL,0x18FCD197L}}};
        int32_t *l_78 = (void*)0;
        int32_t *l_79 = &l_68;
        int32_t *l_80 = &l_77[7][0][3];
        int32_t *l_81 = (void*)0;
        int32_t *l_82 = &l_77[3][0][3];
        int32_t *l_83 = &l_77[7][0][3];
        int32_t *l_84 = &l_77[7][0][3];
        int32_t *l_85 = &l_68;
        int32_t *l_86 = &l_67;
        int32_t *l_87 = &l_77[4][2][3];
        int32_t *l_88[5][8][6] = {{{&l_68,&l_68,&l_77[7][0][4],&l_77[7][0][4],&l_68,&l_68},{&l_67,(void*)0,&g_4[5][0][3],(void*)0,&g_4[4][0][2],&l_68},{&g_4[5][0][3],&l_77[2][1][4],&l_77[7][0][4],&l_77[4][2][5],&l_68,&l_77[7][0][4]},{&g_4[5][0][3],&g_4[4][0][2],&l_77[4][2][5],(void*)0,&l_77[7][0][3],(void*)0},{&l_67,&g_4[4][0][2],&l_67,&l_77[7][0][4],&l_68,&l_77[4][2][5]},{&l_68,&l_77[2][1][4],&l_67,&l_68,&g_4[4][0][2],(void*)0},{(void*)0,(void*)0,&l_77[4][2][5],&l_68,&l_68,&l_77[7][0][4]},{&l_68,&l_68,&l_77[7][0][4],&l_77[7][0][4],&l_68,&l_68}},{{&l_67,(void*)0,&g_4[5][0][3],(void*)0,&g_4[4][0][2],&l_68},{&g_4[5][0][3],&l_77[2][1][4],&l_77[7][0][4],&l_77[4][2][5],&l_68,&l_77[7][0][4]},{&g_4[5][0][3],&g_4[4][0][2],&l_77[4][2][5],(void*)0,&l_77[7][0][3],(void*)0},{&l_67,&g_4[4][0][2],&l_67,&l_77[7][0][4],&l_68,&l_77[4][2][5]},{&l_68,&l_77[2][1][4],&l_67,&l_68,&g_4[4][0][2],(void*)0},{(void*)0,(void*)0,&l_77[4][2][5],&l_68,&l_68,&l_77[7][0][4]},{&l_68,&l_68,&l_77[7][0][4],&l_77[7][0][4],&l_68,&l_68},{&l_67,(void*)0,&g_4[5][0][3],(void*)0,&g_4[4][0][2],&l_68}},{{&g_4[5][0][3],&l_77[2][1][4],&l_77[7][0][4],&l_77[4][2][5],&l_68,&l_77[7][0][4]},{&g_4[5][0][3],&g_4[4][0][2],&l_77[4][2][5],(void*)0,&l_77[7][0][3],(void*)0},{&l_67,&g_4[4][0][2],&l_67,&l_77[7][0][4],&l_68,&l_77[4][2][5]},{&l_68,&l_77[2][1][4],&l_67,&l_68,&g_4[4][0][2],(void*)0},{(void*)0,(void*)0,&l_77[4][2][5],&l_67,&l_77[7][0][4],&l_77[7][0][3]},{&l_67,&l_77[7][0][4],&l_77[7][0][3],&l_77[7][0][3],&l_77[7][0][4],&l_67},{&l_68,&l_67,&l_77[3][2][2],&l_77[7][0][3],&g_4[4][0][3],&l_67},{&l_77[3][2][2],(void*)0,&l_77[7][0][3],&l_77[7][0][3],&g_4[5][0][3],&l_77[7][0][3]}},{{&l_77[3][2][2],&g_4[4][0][3],&l_77[7][0][3],&l_77[7][0][3],&l_68,&l_77[7][0][3]},{&l_68,&g_4[4][0][3],&l_68,&l_77[7][0][3],&g_4[5][0][3],&l_77[7][0][3]},{&l_67,(void*)0,&l_68,&l_67,&g_4[4][0][3],&l_77[7][0][3]},{&l_77[7][0][3],&l_67,&l_77[7][0][3],&l_67,&l_77[7][0][4],&l_77[7][0][3]},{&l_67,&l_77[7][0][4],&l_77[7][0][3],&l_77[7][0][3],&l_77[7][0][4],&l_67},{&l_68,&l_67,&l_77[3][2][2],&l_77[7][0][3],&g_4[4][0][3],&l_67},{&l_77[3][2][2],(void*)0,&l_77[7][0][3],&l_77[7][0][3],&g_4[5][0][3],&l_77[7][0][3]},{&l_77[3][2][2],&g_4[4][0][3],&l_77[7][0][3],&l_77[7][0][3],&l_68,&l_77[7][0][3]}},{{&l_68,&g_4[4][0][3],&l_68,&l_77[7][0][3],&g_4[5][0][3],&l_77[7][0][3]},{&l_67,(void*)0,&l_68,&l_67,&g_4[4][0][3],&l_77[7][0][3]},{&l_77[7][0][3],&l_67,&l_77[7][0][3],&l_67,&l_77[7][0][4],&l_77[7][0][3]},{&l_67,&l_77[7][0][4],&l_77[7][0][3],&l_77[7][0][3],&l_77[7][0][4],&l_67},{&l_68,&l_67,&l_77[3][2][2],&l_77[7][0][3],&g_4[4][0][3],&l_67},{&l_77[3][2][2],(void*)0,&l_77[7][0][3],&l_77[7][0][3],&g_4[5][0][3],&l_77[7][0][3]},{&l_77[3][2][2],&g_4[4][0][3],&l_77[7][0][3],&l_77[7][0][3],&l_68,&l_77[7][0][3]},{&l_68,&g_4[4][0][3],&l_68,&l_77[7][0][3],&g_4[5][0][3],&l_77[7][0][3]}}};
        int32_t l_91 = 0xEC12BCECL;
        int8_t l_92[8][6] = {{0x7FL,0x7FL,0x7FL,0x7FL,0x7FL,0x7FL},{0x7FL,0x7FL,0x7FL,0x7FL,0x7FL,0x7FL},{0x7FL,0x7FL,0x7FL,0x7FL,0x7FL,0x7FL},{0x7FL,0x7FL,0x7FL,0x7FL,0x7FL,0x7FL},{0x7FL,0x7FL,0x7FL,0x7FL,0x7FL,0x7FL},{0x7FL,0x7FL,0x7FL,0x7FL,0x7FL,0x7FL},{0x7FL,0x7FL,0x7FL,0x7FL,0x7FL,0x7FL},{0x7FL,0x7FL,0x7FL,0x7FL,0x7FL,0x7FL}};
        int i, j, k;
        (*g_55) = (void*)0;
        (*l_69) = (safe_mod_func_uint8_t_u_u(((p_50 < (((safe_mul_func_uint8_t_u_u(((((((safe_div_func_uint8_t_u_u((((((((p_51 <= p_50) , 0x3DL) & ((p_50 <= ((safe_lshift_func_int8_t_s_u(p_53, ((*l_65) ^= 0x29L))) , (p_51 == (&p_52 == &g_56[5][2])))) , 0UL)) & g_24.f0) , l_67) , (void*)0) == p_52), g_24.f0)) <= 0x10F077D7L) && g_4[5][0][3]) >= 0x3B72L) | l_68) ^ l_67), 0x7DL)) , l_67) <= l_68)) > p_51), l_67));
        for (p_53 = 0; (p_53 == (-29)); p_53 = safe_sub_func_uint8_t_u_u(p_53, 5))
        { /* block id: 21 */
            uint8_t **l_72 = &l_65;
            l_73 = l_72;
        }
        ++l_94;
    }
    else
    { /* block id: 25 */
        l_93[0][1][1] = (*p_52);
    }
    return p_53;
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
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_4[i][j][k], "g_4[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_24.f0, "g_24.f0", print_hash_value);
    transparent_crc(g_24.f1, "g_24.f1", print_hash_value);
    transparent_crc(g_24.f2, "g_24.f2", print_hash_value);
    transparent_crc(g_24.f4, "g_24.f4", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_105[i][j], "g_105[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_159, "g_159", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_169, "g_169", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_269[i][j][k], "g_269[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_293, "g_293", print_hash_value);
    transparent_crc(g_428, "g_428", print_hash_value);
    transparent_crc(g_597, "g_597", print_hash_value);
    transparent_crc(g_616, "g_616", print_hash_value);
    transparent_crc(g_729, "g_729", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_778[i][j][k], "g_778[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_800, "g_800", print_hash_value);
    transparent_crc(g_801, "g_801", print_hash_value);
    transparent_crc(g_802, "g_802", print_hash_value);
    transparent_crc(g_803, "g_803", print_hash_value);
    transparent_crc(g_804, "g_804", print_hash_value);
    transparent_crc(g_805, "g_805", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_806[i][j][k], "g_806[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_807, "g_807", print_hash_value);
    transparent_crc(g_808, "g_808", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_809[i][j][k], "g_809[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_810, "g_810", print_hash_value);
    transparent_crc(g_811, "g_811", print_hash_value);
    transparent_crc(g_812, "g_812", print_hash_value);
    transparent_crc(g_813, "g_813", print_hash_value);
    transparent_crc(g_814, "g_814", print_hash_value);
    transparent_crc(g_818, "g_818", print_hash_value);
    transparent_crc(g_824, "g_824", print_hash_value);
    transparent_crc(g_939, "g_939", print_hash_value);
    transparent_crc(g_944, "g_944", print_hash_value);
    transparent_crc(g_950, "g_950", print_hash_value);
    transparent_crc(g_951, "g_951", print_hash_value);
    transparent_crc(g_990, "g_990", print_hash_value);
    transparent_crc(g_1259, "g_1259", print_hash_value);
    transparent_crc(g_1286, "g_1286", print_hash_value);
    transparent_crc(g_1316, "g_1316", print_hash_value);
    transparent_crc(g_1350, "g_1350", print_hash_value);
    transparent_crc(g_1445, "g_1445", print_hash_value);
    transparent_crc(g_1455, "g_1455", print_hash_value);
    transparent_crc(g_1506, "g_1506", print_hash_value);
    transparent_crc(g_1677, "g_1677", print_hash_value);
    transparent_crc(g_1746, "g_1746", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_1890[i][j], "g_1890[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1984, "g_1984", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_1993[i], "g_1993[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 479
XXX total union variables: 23

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

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 144
   depth: 2, occurrence: 40
   depth: 3, occurrence: 1
   depth: 4, occurrence: 3
   depth: 5, occurrence: 3
   depth: 6, occurrence: 1
   depth: 13, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 2
   depth: 18, occurrence: 2
   depth: 21, occurrence: 1
   depth: 22, occurrence: 2
   depth: 23, occurrence: 2
   depth: 24, occurrence: 1
   depth: 26, occurrence: 2
   depth: 27, occurrence: 1
   depth: 28, occurrence: 3
   depth: 32, occurrence: 1
   depth: 37, occurrence: 1
   depth: 38, occurrence: 1

XXX total number of pointers: 476

XXX times a variable address is taken: 1075
XXX times a pointer is dereferenced on RHS: 287
breakdown:
   depth: 1, occurrence: 207
   depth: 2, occurrence: 56
   depth: 3, occurrence: 24
XXX times a pointer is dereferenced on LHS: 256
breakdown:
   depth: 1, occurrence: 231
   depth: 2, occurrence: 19
   depth: 3, occurrence: 6
XXX times a pointer is compared with null: 35
XXX times a pointer is compared with address of another variable: 15
XXX times a pointer is compared with another pointer: 15
XXX times a pointer is qualified to be dereferenced: 5970

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 894
   level: 2, occurrence: 308
   level: 3, occurrence: 112
   level: 4, occurrence: 158
XXX number of pointers point to pointers: 179
XXX number of pointers point to scalars: 288
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 28.6
XXX average alias set size: 1.42

XXX times a non-volatile is read: 1795
XXX times a non-volatile is write: 849
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 12

XXX stmts: 146
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 29
   depth: 1, occurrence: 21
   depth: 2, occurrence: 14
   depth: 3, occurrence: 23
   depth: 4, occurrence: 26
   depth: 5, occurrence: 33

XXX percentage a fresh-made variable is used: 15.9
XXX percentage an existing variable is used: 84.1
********************* end of statistics **********************/

