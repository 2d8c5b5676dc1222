/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 37 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      37
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   uint64_t  f0;
   int32_t  f1;
   float  f2;
};

union U1 {
   int8_t * f0;
   const uint16_t  f1;
   int8_t * f2;
   int8_t * const  f3;
};

union U2 {
   unsigned f0 : 26;
   int8_t  f1;
   uint8_t  f2;
};

union U3 {
   uint32_t  f0;
   uint16_t  f1;
   uint32_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static int8_t g_15 = (-1L);
static int8_t *g_14 = &g_15;
static int32_t g_36 = 0xE924F63AL;
static int64_t g_39 = 0xA273426AE69ED994LL;
static int64_t g_40 = 0x16E149F7FAE0CD5CLL;
static float g_41 = 0x1.843AD3p-53;
static int32_t g_42[1] = {(-9L)};
static uint16_t g_47 = 0x192DL;
static const union U2 g_65 = {4294967295UL};
static uint32_t g_67 = 0x730FA287L;
static uint32_t *g_66 = &g_67;
static uint16_t g_88 = 5UL;
static union U1 g_95 = {0};
static uint8_t g_106 = 0UL;
static union U0 g_110 = {0x562D4CACFD22C8C0LL};
static const union U0 *g_109 = &g_110;
static int32_t *g_198 = (void*)0;
static union U0 *g_262 = &g_110;
static union U0 **g_261 = &g_262;
static union U3 g_337 = {0x03C78678L};
static union U3 *g_336 = &g_337;
static union U3 **g_386 = &g_336;
static uint16_t *g_400[6] = {&g_47,&g_47,&g_47,&g_47,&g_47,&g_47};
static uint16_t **g_399 = &g_400[3];
static uint32_t g_405[2][10][1] = {{{0x26D551A3L},{1UL},{0UL},{1UL},{0x26D551A3L},{4UL},{0x26D551A3L},{1UL},{0UL},{1UL}},{{0x26D551A3L},{4UL},{0x26D551A3L},{1UL},{0UL},{1UL},{0x26D551A3L},{4UL},{0x26D551A3L},{1UL}}};
static float g_411 = 0x3.ACBE80p-55;
static const uint16_t ***g_442[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int16_t g_505 = 0x0D88L;
static int16_t g_524 = 0x547BL;
static union U0 ***g_549 = &g_261;
static int32_t *g_576 = &g_42[0];
static union U2 g_626 = {1UL};
static union U2 *g_625[4] = {&g_626,&g_626,&g_626,&g_626};
static uint64_t g_644 = 0x4FFF0B419043CE24LL;
static int32_t *g_718 = &g_110.f1;
static int32_t **g_717 = &g_718;
static union U3 g_790 = {0x45884544L};
static union U3 * const g_789 = &g_790;
static union U3 * const *g_788 = &g_789;
static const int32_t g_799 = 0xD95E303DL;
static const int32_t g_801 = 0xAC1FE5B1L;
static int64_t *g_882 = &g_40;
static int64_t **g_881 = &g_882;
static const int64_t **** const g_885 = (void*)0;
static uint8_t g_893 = 0xE6L;
static float *g_996 = &g_41;
static float **g_995 = &g_996;
static union U2 **g_1003 = &g_625[0];
static uint16_t g_1057 = 0UL;
static const int32_t g_1317 = 0x6D9A22DCL;
static const int32_t *g_1316 = &g_1317;
static const int32_t **g_1315 = &g_1316;
static const int32_t ***g_1314[10] = {&g_1315,&g_1315,&g_1315,&g_1315,&g_1315,&g_1315,&g_1315,&g_1315,&g_1315,&g_1315};
static int32_t g_1331 = 0L;
static uint32_t g_1336 = 0x78679EA9L;
static int32_t ***g_1351[7][7][5] = {{{(void*)0,&g_717,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_717,&g_717,&g_717},{(void*)0,&g_717,&g_717,(void*)0,&g_717},{&g_717,&g_717,&g_717,&g_717,&g_717},{&g_717,&g_717,(void*)0,&g_717,&g_717},{(void*)0,&g_717,(void*)0,&g_717,&g_717},{&g_717,(void*)0,&g_717,&g_717,(void*)0}},{{&g_717,&g_717,&g_717,&g_717,&g_717},{&g_717,&g_717,&g_717,&g_717,(void*)0},{(void*)0,&g_717,&g_717,(void*)0,&g_717},{&g_717,(void*)0,(void*)0,&g_717,(void*)0},{(void*)0,(void*)0,&g_717,(void*)0,&g_717},{(void*)0,&g_717,&g_717,(void*)0,(void*)0},{&g_717,&g_717,(void*)0,&g_717,&g_717}},{{&g_717,&g_717,&g_717,(void*)0,&g_717},{(void*)0,(void*)0,&g_717,&g_717,&g_717},{(void*)0,&g_717,&g_717,(void*)0,&g_717},{&g_717,(void*)0,&g_717,(void*)0,&g_717},{(void*)0,&g_717,(void*)0,&g_717,(void*)0},{&g_717,(void*)0,&g_717,&g_717,(void*)0},{&g_717,&g_717,(void*)0,(void*)0,&g_717}},{{&g_717,&g_717,(void*)0,(void*)0,(void*)0},{(void*)0,&g_717,&g_717,(void*)0,&g_717},{&g_717,(void*)0,(void*)0,(void*)0,&g_717},{&g_717,(void*)0,&g_717,&g_717,&g_717},{(void*)0,&g_717,&g_717,(void*)0,(void*)0},{(void*)0,&g_717,&g_717,(void*)0,&g_717},{(void*)0,&g_717,&g_717,(void*)0,&g_717}},{{&g_717,(void*)0,(void*)0,(void*)0,&g_717},{&g_717,&g_717,&g_717,&g_717,&g_717},{&g_717,&g_717,&g_717,&g_717,(void*)0},{(void*)0,&g_717,(void*)0,(void*)0,&g_717},{&g_717,&g_717,&g_717,(void*)0,&g_717},{(void*)0,(void*)0,&g_717,&g_717,&g_717},{&g_717,&g_717,&g_717,(void*)0,(void*)0}},{{&g_717,&g_717,&g_717,&g_717,&g_717},{&g_717,&g_717,(void*)0,(void*)0,(void*)0},{(void*)0,&g_717,(void*)0,(void*)0,(void*)0},{(void*)0,&g_717,(void*)0,(void*)0,&g_717},{&g_717,&g_717,&g_717,&g_717,&g_717},{(void*)0,&g_717,(void*)0,&g_717,&g_717},{(void*)0,(void*)0,&g_717,(void*)0,&g_717}},{{&g_717,(void*)0,&g_717,&g_717,&g_717},{(void*)0,&g_717,&g_717,&g_717,&g_717},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_717,(void*)0,(void*)0,&g_717,&g_717},{&g_717,&g_717,(void*)0,&g_717,&g_717},{&g_717,&g_717,&g_717,(void*)0,&g_717},{&g_717,&g_717,&g_717,&g_717,(void*)0}}};
static uint32_t *g_1462 = &g_405[1][4][0];
static union U1 g_1465 = {0};


/* --- FORWARD DECLARATIONS --- */
static int8_t  func_1(void);
static int16_t  func_9(uint8_t  p_10);
static uint8_t  func_11(int8_t * p_12, int8_t  p_13);
static int16_t  func_16(int32_t  p_17, int32_t  p_18);
static int16_t  func_28(int8_t * p_29, int16_t  p_30, int8_t * p_31);
static int8_t * func_32(int8_t * p_33);
static uint16_t  func_50(uint16_t  p_51, int8_t * p_52);
static int32_t  func_57(const int16_t  p_58, const union U2  p_59, uint32_t * p_60, uint32_t  p_61);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int8_t  func_1(void)
{ /* block id: 0 */
    uint8_t l_2 = 0x85L;
    union U3 l_1379 = {4294967287UL};
    l_2++;
    for (l_2 = 0; (l_2 == 12); l_2 = safe_add_func_uint64_t_u_u(l_2, 2))
    { /* block id: 4 */
        int16_t l_19 = 0x145BL;
        int16_t *l_1389 = &g_505;
        uint8_t *l_1391 = (void*)0;
        uint8_t *l_1392 = (void*)0;
        uint8_t *l_1393 = &g_893;
        int32_t l_1469 = 0xAAB482E1L;
    }
    return l_1379.f2;
}


/* ------------------------------------------ */
/* 
 * reads : g_88 g_524 g_1331 g_644 g_1336 g_42 g_882 g_40 g_66 g_67 g_106 g_14 g_15 g_1317 g_36 g_1315 g_337.f0 g_39 g_65.f0 g_881 g_790.f0
 * writes: g_1331 g_644 g_42 g_106 g_36 g_1316 g_337.f0 g_15 g_40 g_88 g_1462
 */
static int16_t  func_9(uint8_t  p_10)
{ /* block id: 656 */
    int32_t *l_1394 = (void*)0;
    int32_t *l_1395 = &g_42[0];
    int32_t *l_1396 = &g_42[0];
    int32_t *l_1397 = &g_1331;
    int32_t *l_1398[2];
    int32_t l_1399 = 0xC79C5B55L;
    uint32_t l_1400[10] = {4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL};
    union U0 l_1403 = {18446744073709551614UL};
    union U2 l_1404 = {0x70EBCFD7L};
    uint64_t *l_1420 = (void*)0;
    uint64_t *l_1421 = &g_110.f0;
    uint64_t *l_1422 = &g_644;
    uint64_t *l_1423 = &g_110.f0;
    uint64_t *l_1424 = &g_110.f0;
    uint64_t *l_1425 = &g_110.f0;
    const uint16_t l_1426[8][9][3] = {{{0x9541L,0xA513L,0xF0F6L},{65531UL,0UL,0x39F9L},{0x2BEDL,0xE1CCL,65534UL},{65535UL,65535UL,0x3077L},{0x2607L,0xD7B1L,0x64B8L},{0xD9A4L,0x5000L,0xA513L},{6UL,65526UL,0xD34EL},{0xDEAFL,0xD9A4L,0xA513L},{65534UL,0xDD47L,0x64B8L}},{{0xE1CCL,65535UL,0x3077L},{0xA513L,0xDEAFL,65534UL},{3UL,0x8B61L,0x39F9L},{65527UL,3UL,0xF0F6L},{0x5FD7L,2UL,1UL},{9UL,0x64B8L,7UL},{9UL,0xF0F6L,65527UL},{0x5FD7L,65534UL,6UL},{65527UL,4UL,0xEFD9L}},{{3UL,0x9541L,0x9541L},{0xA513L,0x2BEDL,9UL},{0xE1CCL,0x326BL,65526UL},{65534UL,0x8D47L,0xDEAFL},{0xDEAFL,65527UL,2UL},{6UL,0x8D47L,0x7917L},{0xD9A4L,0x326BL,0xDD47L},{0x2607L,0x2BEDL,65534UL},{65535UL,0x9541L,0xD9A4L}},{{0x2BEDL,4UL,1UL},{65531UL,65534UL,0x8B61L},{0x9541L,0xF0F6L,4UL},{3UL,0x64B8L,4UL},{1UL,2UL,0x8B61L},{0UL,3UL,1UL},{0x5000L,0x8B61L,0xD9A4L},{65534UL,0xDEAFL,65534UL},{0x39F9L,65535UL,0xDD47L}},{{1UL,0xDD47L,0x7917L},{7UL,0xD9A4L,2UL},{65534UL,65526UL,0xDEAFL},{7UL,0x5000L,65526UL},{1UL,0xD7B1L,9UL},{0x39F9L,65535UL,0x9541L},{0x2BEDL,65531UL,0x326BL},{0UL,65534UL,7UL},{65534UL,4UL,0xBB84L}},{{0xD7B1L,0x4746L,9UL},{0x2607L,0x4746L,0x426AL},{0x8B61L,4UL,0xD34EL},{3UL,65534UL,0xF0F6L},{0x7917L,65531UL,0xEFD9L},{0x5FD7L,0x5FD7L,1UL},{65526UL,3UL,65535UL},{0x8D47L,0UL,4UL},{7UL,65535UL,0xE1CCL}},{{0xA513L,0x8D47L,4UL},{65527UL,6UL,65535UL},{65531UL,1UL,1UL},{4UL,0xA513L,0xEFD9L},{0x64B8L,0x39F9L,0xF0F6L},{0xBB84L,0x64B8L,0xD34EL},{0x5000L,65534UL,0x426AL},{65527UL,65535UL,9UL},{65527UL,0xD34EL,0xBB84L}},{{0x5000L,65527UL,7UL},{0xBB84L,65534UL,0x326BL},{0x64B8L,0x8B61L,0x8B61L},{4UL,0x7917L,65527UL},{65531UL,1UL,65535UL},{65527UL,0x850EL,0xA513L},{0xA513L,0xBB84L,65534UL},{7UL,0x850EL,1UL},{0x8D47L,1UL,6UL}}};
    uint16_t l_1443 = 0x0BCAL;
    uint32_t *l_1459 = &g_790.f2;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_1398[i] = &g_36;
    --l_1400[7];
    g_36 |= ((l_1403 , (l_1404 , g_88)) <= ((safe_rshift_func_int16_t_s_s((safe_add_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s((g_106 ^= ((0x58F64B5FL > (-1L)) <= ((safe_mul_func_int16_t_s_s((((safe_rshift_func_uint8_t_u_s((safe_add_func_uint16_t_u_u((g_524 > 0xADF10A409D4AF8B3LL), (0x65A8L < (((safe_add_func_int32_t_s_s((((+(((((((*l_1395) &= (((*l_1422) |= ((*l_1397) = (*l_1397))) && g_1336)) ^ (*g_882)) , (*l_1396)) , p_10) || p_10) || 0L)) && 1L) != p_10), p_10)) | (*g_66)) || 0x2807BE79C2420E55LL)))), 7)) != l_1426[3][6][0]) , p_10), p_10)) , (*g_66)))), (*g_14))), (-1L))), g_1317)) , p_10));
    (*g_1315) = l_1397;
    for (g_337.f0 = 0; (g_337.f0 != 38); g_337.f0++)
    { /* block id: 666 */
        union U0 ****l_1444[2];
        uint8_t *l_1445 = &l_1404.f2;
        int32_t l_1450[1];
        int32_t l_1451 = 0xAAEC4FAEL;
        uint16_t *l_1452 = &l_1443;
        uint16_t *l_1455 = (void*)0;
        uint16_t *l_1456 = &g_88;
        uint32_t **l_1460 = (void*)0;
        uint32_t **l_1461[6][8] = {{&l_1459,&l_1459,&l_1459,(void*)0,(void*)0,&l_1459,&l_1459,&l_1459},{&l_1459,(void*)0,(void*)0,&l_1459,(void*)0,&l_1459,(void*)0,(void*)0},{&l_1459,(void*)0,&l_1459,&l_1459,&l_1459,&l_1459,&l_1459,&l_1459},{(void*)0,(void*)0,&l_1459,&l_1459,&l_1459,&l_1459,&l_1459,&l_1459},{&l_1459,&l_1459,&l_1459,&l_1459,&l_1459,(void*)0,(void*)0,&l_1459},{&l_1459,(void*)0,(void*)0,&l_1459,&l_1459,&l_1459,&l_1459,&l_1459}};
        union U1 * const l_1463 = (void*)0;
        union U1 *l_1464 = &g_1465;
        uint32_t l_1466 = 18446744073709551615UL;
        int i, j;
        for (i = 0; i < 2; i++)
            l_1444[i] = (void*)0;
        for (i = 0; i < 1; i++)
            l_1450[i] = 1L;
        l_1464 = ((safe_rshift_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((p_10 && (safe_sub_func_int64_t_s_s((safe_rshift_func_int8_t_s_u(((safe_add_func_int64_t_s_s((((safe_add_func_int32_t_s_s(((l_1443 < ((*g_882) = (((*l_1395) = 0xA9ED0600L) & (((*l_1445) = (l_1444[0] != (void*)0)) != ((*g_14) = (safe_lshift_func_uint8_t_u_u(g_36, 4))))))) && (((**g_881) &= ((((safe_mul_func_int16_t_s_s(g_39, ((*l_1456) = ((*l_1452)++)))) | (g_65.f0 & (safe_div_func_int64_t_s_s(((g_1462 = (((void*)0 == &g_995) , l_1459)) == &g_1336), l_1450[0])))) & p_10) | 3L)) | p_10)), (*g_66))) <= p_10) && p_10), 0x24B7A3C495702B43LL)) < p_10), g_36)), 18446744073709551615UL))) & p_10), l_1451)), 4L)), 4)) , l_1463);
        ++l_1466;
    }
    return g_790.f0;
}


/* ------------------------------------------ */
/* 
 * reads : g_1315
 * writes: g_1316
 */
static uint8_t  func_11(int8_t * p_12, int8_t  p_13)
{ /* block id: 652 */
    int32_t *l_1390 = &g_42[0];
    (*g_1315) = l_1390;
    return p_13;
}


/* ------------------------------------------ */
/* 
 * reads : g_15 g_36 g_65 g_66 g_42 g_67 g_88 g_39 g_95 g_40 g_41 g_109 g_106 g_110.f0 g_47 g_110 g_110.f1 g_65.f0 g_261 g_14 g_336 g_337 g_337.f0 g_262 g_198 g_399 g_524 g_625 g_576 g_644 g_717 g_400 g_626.f0 g_337.f2 g_337.f1 g_405 g_799 g_790.f1
 * writes: g_36 g_47 g_42 g_88 g_39 g_40 g_41 g_106 g_109 g_110.f2 g_15 g_198 g_67 g_110.f0 g_261 g_336 g_337.f0 g_386 g_399 g_405 g_524 g_262 g_625 g_411 g_644 g_717 g_400 g_337.f2 g_788 g_337.f1
 */
static int16_t  func_16(int32_t  p_17, int32_t  p_18)
{ /* block id: 5 */
    int8_t *l_34[1][2][7] = {{{&g_15,&g_15,(void*)0,(void*)0,&g_15,&g_15,&g_15},{(void*)0,&g_15,&g_15,(void*)0,&g_15,(void*)0,&g_15}}};
    float *l_410 = &g_411;
    int32_t l_412 = 0xEF82F4B3L;
    int32_t l_413 = 0x5C9A7E76L;
    int64_t *l_422[3][3];
    const uint16_t **l_444 = (void*)0;
    const uint16_t ***l_443 = &l_444;
    union U3 l_461[2][1][10] = {{{{0xC92ECC81L},{0x57C1E255L},{0xC92ECC81L},{0x57C1E255L},{0xC92ECC81L},{0x57C1E255L},{0xC92ECC81L},{0x57C1E255L},{0xC92ECC81L},{0x57C1E255L}}},{{{0xC92ECC81L},{0x57C1E255L},{0xC92ECC81L},{0x57C1E255L},{0xC92ECC81L},{0x57C1E255L},{0xC92ECC81L},{0x57C1E255L},{0xC92ECC81L},{0x57C1E255L}}}};
    union U0 ***l_546 = &g_261;
    int32_t l_569 = 0L;
    uint32_t l_571 = 0xB9DF8E0AL;
    int32_t l_581[8];
    uint8_t l_582 = 0x13L;
    uint16_t l_590 = 0x94B9L;
    const int16_t l_628 = 0xC726L;
    int32_t l_661 = 0x841823FCL;
    int32_t l_688[2][7] = {{1L,0x2932FDA4L,0x2932FDA4L,1L,0x2932FDA4L,0x2932FDA4L,1L},{0xD172AEDDL,1L,0xD172AEDDL,0xD172AEDDL,1L,0xD172AEDDL,0xD172AEDDL}};
    uint32_t l_693 = 0x7C116B06L;
    union U2 l_723 = {1UL};
    union U2 ** const l_724[7] = {&g_625[2],&g_625[2],&g_625[2],&g_625[2],&g_625[2],&g_625[2],&g_625[2]};
    union U1 l_731 = {0};
    union U2 *l_737 = &g_626;
    uint32_t l_793 = 7UL;
    uint32_t l_812 = 0x8560E827L;
    union U2 **l_813 = &g_625[3];
    int32_t *l_835 = &l_412;
    uint8_t l_870 = 0xF7L;
    union U2 **l_942 = &g_625[2];
    int64_t ***l_974 = &g_881;
    union U0 l_1064 = {1UL};
    int32_t *l_1139 = &g_42[0];
    int8_t l_1160 = (-1L);
    uint64_t l_1177 = 18446744073709551608UL;
    float l_1290[10][3] = {{(-0x8.1p+1),0x1.4267A0p-68,0x0.8p+1},{(-0x5.1p-1),0x1.4267A0p-68,0xA.E84A9Ep+97},{0x9.230D84p+76,0x0.6p+1,0x0.8p+1},{0x9.230D84p+76,0x1.9p-1,0x0.6p+1},{(-0x5.1p-1),0x0.6p+1,0x0.6p+1},{(-0x8.1p+1),0x1.4267A0p-68,0x0.8p+1},{(-0x5.1p-1),0x1.4267A0p-68,0xA.E84A9Ep+97},{0x9.230D84p+76,0x0.6p+1,0x0.8p+1},{0x9.230D84p+76,0x1.9p-1,0x0.6p+1},{(-0x5.1p-1),0x0.6p+1,0x0.6p+1}};
    int16_t l_1307 = 0x12B4L;
    uint32_t l_1308 = 0xFC2D3C8CL;
    const int32_t ***l_1335 = &g_1315;
    uint32_t l_1373 = 0xD00BCD83L;
    int i, j, k;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_422[i][j] = &g_39;
    }
    for (i = 0; i < 8; i++)
        l_581[i] = 0xCE9E624EL;
    if ((((g_15 && ((safe_mul_func_uint16_t_u_u(((safe_rshift_func_uint16_t_u_u((l_413 = (((safe_mul_func_int16_t_s_s(func_28(func_32(l_34[0][1][3]), p_18, &g_15), ((l_412 = (safe_sub_func_float_f_f((g_405[1][4][0] = p_17), (safe_mul_func_float_f_f(((safe_mul_func_float_f_f((g_66 != l_410), 0x0.9p+1)) == g_65.f0), g_65.f0))))) , 0UL))) || l_412) > 18446744073709551606UL)), 3)) & 0L), 0x93A1L)) & 0xE3F9FCAC3107EE25LL)) != p_18) && g_88))
    { /* block id: 162 */
        float *l_433 = &g_41;
        int64_t l_437[10][9] = {{0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L},{0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L},{0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L},{0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L},{0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L},{0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L},{0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L},{0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L},{0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L},{0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L,0xA7A52C9B0DF282F3LL,3L,3L}};
        int32_t l_467 = 6L;
        uint32_t l_469 = 0UL;
        int32_t *l_525 = &g_36;
        union U2 l_558[8][2] = {{{0x00D5C24CL},{0xFD27E2CBL}},{{0x00D5C24CL},{4294967292UL}},{{0x98E1D71FL},{0x98E1D71FL}},{{4294967292UL},{0x00D5C24CL}},{{0xFD27E2CBL},{0x00D5C24CL}},{{4294967292UL},{0x98E1D71FL}},{{0x98E1D71FL},{4294967292UL}},{{0x00D5C24CL},{0xFD27E2CBL}}};
        int32_t l_570 = (-1L);
        int32_t *l_579 = (void*)0;
        int32_t *l_580[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        int i, j;
        for (g_67 = 16; (g_67 >= 46); g_67++)
        { /* block id: 165 */
            float *l_431 = &g_411;
            float **l_432[9] = {&l_410,&l_410,&l_431,&l_410,&l_410,&l_431,&l_410,&l_410,&l_431};
            union U0 l_436 = {18446744073709551615UL};
            uint16_t **l_449[4][1];
            union U3 l_460[2] = {{0x0FC2CF35L},{0x0FC2CF35L}};
            int32_t l_462 = 0xEFC932F3L;
            uint16_t *l_492 = &l_461[0][0][8].f1;
            union U2 l_517 = {1UL};
            int32_t l_567 = (-1L);
            int32_t l_568 = 0xB1B84E4BL;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                    l_449[i][j] = &g_400[1];
            }
        }
        l_582--;
        return g_40;
    }
    else
    { /* block id: 258 */
        float l_585 = 0x7.0F2E81p-60;
        int32_t *l_586 = &l_412;
        int32_t *l_587 = &l_581[4];
        int32_t *l_588 = &l_569;
        int32_t *l_589[2][8] = {{&l_412,&g_36,&l_412,&g_36,&l_412,&g_36,&l_412,&g_36},{&l_412,&g_36,&l_412,&g_36,&l_412,&g_36,&l_412,&g_36}};
        int16_t *l_610 = &g_524;
        union U2 **l_722 = &g_625[1];
        float l_740 = 0xD.3D3955p+40;
        union U0 l_829 = {18446744073709551612UL};
        int64_t **l_842[4][9];
        int64_t **l_844 = &l_422[2][1];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 9; j++)
                l_842[i][j] = (void*)0;
        }
        --l_590;
        if ((((((*g_14) = (-9L)) , ((safe_unary_minus_func_int64_t_s(g_42[0])) == (safe_lshift_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s(((safe_lshift_func_uint8_t_u_u(7UL, 6)) != (((*g_14) = p_18) , ((*l_610) &= ((safe_rshift_func_uint16_t_u_s(p_18, 14)) != (safe_sub_func_int16_t_s_s(p_17, ((safe_lshift_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(l_581[7], 0)), 0xA9L)), 6)) | p_17))))))), (*l_587))), g_42[0])))) == 0UL) >= p_17))
        { /* block id: 263 */
            (*l_586) = p_17;
            for (g_88 = 0; (g_88 <= 20); g_88 = safe_add_func_uint32_t_u_u(g_88, 3))
            { /* block id: 267 */
                union U0 *l_613 = (void*)0;
                (*g_261) = l_613;
                for (l_590 = 12; (l_590 == 13); ++l_590)
                { /* block id: 271 */
                    for (g_39 = (-24); (g_39 == 23); g_39++)
                    { /* block id: 274 */
                        int32_t **l_618 = &l_588;
                        (*l_618) = &l_413;
                    }
                }
            }
            (*l_586) = ((*l_588) = (safe_sub_func_int32_t_s_s((p_18 == (-1L)), ((safe_mod_func_int64_t_s_s(p_17, (g_88 ^ (g_67 & (((safe_rshift_func_int8_t_s_u(p_17, 7)) <= p_17) , (((l_461[0][0][8].f2 & g_36) , p_17) , p_17)))))) ^ (*g_66)))));
        }
        else
        { /* block id: 281 */
            union U2 **l_627[3];
            union U1 l_641 = {0};
            const int32_t l_660 = 8L;
            int32_t l_663 = (-5L);
            int32_t l_673 = 0xC9F6D167L;
            int32_t l_674 = (-6L);
            int32_t l_680 = (-1L);
            int32_t l_681 = 0x7AD61329L;
            int32_t l_682 = 0xF32296DEL;
            int32_t l_683 = 0x12CF6C58L;
            int32_t l_685 = 0x0E6C471AL;
            int32_t l_686 = 0L;
            int32_t l_687 = 0x3113E7D5L;
            int32_t l_689 = 0L;
            int32_t l_690 = 0xC825E1C7L;
            int32_t l_692 = 0xCF136174L;
            int8_t l_741 = 1L;
            float l_745 = 0x5.Dp+1;
            int32_t *l_763 = (void*)0;
            const union U3 **l_785 = (void*)0;
            uint8_t *l_809[7][8];
            uint32_t l_811 = 0x3691DC91L;
            int8_t l_851 = 0L;
            int i, j;
            for (i = 0; i < 3; i++)
                l_627[i] = &g_625[1];
            for (i = 0; i < 7; i++)
            {
                for (j = 0; j < 8; j++)
                    l_809[i][j] = &g_106;
            }
            g_411 = ((g_625[2] = g_625[2]) == (void*)0);
            if (l_628)
            { /* block id: 284 */
                for (g_15 = 26; (g_15 != 27); g_15 = safe_add_func_int32_t_s_s(g_15, 1))
                { /* block id: 287 */
                    int32_t l_631 = 4L;
                    if (l_631)
                        break;
                }
            }
            else
            { /* block id: 290 */
                uint64_t *l_637 = &g_110.f0;
                int32_t l_642 = (-1L);
                uint64_t *l_643 = &g_644;
                int32_t l_664 = 0L;
                int32_t l_666 = 0xCF871778L;
                int32_t l_670 = 0xD5497A55L;
                int32_t l_672 = (-1L);
                int32_t l_675 = (-8L);
                int32_t l_676[4][2] = {{4L,4L},{0L,4L},{4L,0L},{4L,4L}};
                int16_t l_677[5];
                int32_t l_691[2];
                uint64_t l_702 = 1UL;
                union U2 *l_738 = &l_723;
                uint16_t l_748 = 1UL;
                const int32_t *l_800[9] = {&g_801,&g_801,&g_801,&g_801,&g_801,&g_801,&g_801,&g_801,&g_801};
                uint8_t *l_810 = (void*)0;
                int32_t l_833 = 1L;
                int i, j;
                for (i = 0; i < 5; i++)
                    l_677[i] = 7L;
                for (i = 0; i < 2; i++)
                    l_691[i] = (-8L);
                if ((safe_lshift_func_uint16_t_u_u((safe_div_func_uint16_t_u_u((l_412 & ((*l_587) = g_42[0])), (+(((*l_643) = ((((*l_637) = (p_18 , 0x52ED7D4FD53A9EEDLL)) , 0x4.Fp+1) , ((+((*g_576) != ((safe_add_func_int16_t_s_s(((*g_66) >= (l_641 , (l_412 || p_17))), p_18)) == l_642))) && (*l_586)))) != p_17)))), 11)))
                { /* block id: 294 */
                    int32_t l_671 = 6L;
                    int32_t l_679 = 0x3930D0F3L;
                    int32_t l_684[5] = {0L,0L,0L,0L,0L};
                    int32_t ***l_808 = &g_717;
                    int i;
                    for (g_67 = 18; (g_67 >= 25); g_67 = safe_add_func_int16_t_s_s(g_67, 7))
                    { /* block id: 297 */
                        uint16_t l_651 = 0x78AAL;
                        int32_t l_662 = 0L;
                        int32_t l_665 = 5L;
                        int32_t l_667 = 0xCED3D8D8L;
                        int32_t l_668 = 0x80007FD4L;
                        int32_t l_669[6] = {0x4F444D47L,0x4F444D47L,0x4F444D47L,0x4F444D47L,0x4F444D47L,0x4F444D47L};
                        int32_t l_678 = 0x8A164624L;
                        int i;
                        (*l_410) = (l_642 , g_42[0]);
                        if (p_18)
                            continue;
                    }
                    if (((safe_rshift_func_uint16_t_u_u((((((safe_div_func_int16_t_s_s(4L, (safe_mod_func_uint64_t_u_u((((l_702 < (safe_div_func_uint32_t_u_u((l_642 = ((safe_mul_func_int16_t_s_s((!((void*)0 == &g_399)), (((safe_rshift_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s((*l_588), p_18)), 2)) < (safe_lshift_func_int8_t_s_s(((l_671 != ((g_411 = (((*l_587) != ((((safe_rshift_func_int16_t_s_s(((*l_610) = p_17), p_17)) || 0x1E2A145CL) , 0x1.4p-1) > l_688[0][5])) <= p_18)) , (-4L))) != p_18), 7))) || 0xCCL))) , 1UL)), 1L))) >= 0L) != p_17), g_15)))) & 0x3E3451E665BE5FF1LL) == g_644) == (*g_66)) == (*g_66)), 6)) , l_672))
                    { /* block id: 307 */
                        int32_t **l_716 = &l_588;
                        int32_t ***l_719 = &g_717;
                        (*l_716) = &l_679;
                        (*l_716) = (void*)0;
                        (*l_719) = g_717;
                        return g_644;
                    }
                    else
                    { /* block id: 312 */
                        int8_t *l_720 = (void*)0;
                        int32_t l_732 = (-1L);
                        l_679 = ((((l_720 == l_34[0][0][6]) || (!2UL)) , (((*g_66) = (((l_722 == (l_723 , l_724[4])) >= 1L) <= ((safe_mod_func_int32_t_s_s((((safe_lshift_func_uint16_t_u_s((safe_mul_func_int8_t_s_s((((((*g_399) = (*g_399)) == (l_731 , (void*)0)) | (*g_14)) > 9UL), p_17)), l_687)) <= 0xC92BD70282FD03A9LL) ^ g_644), p_17)) || g_626.f0))) != 0L)) ^ 0x7275A381L);
                        (*l_587) = ((l_571 , (l_732 && (((*g_66) = p_17) & 1UL))) != (safe_add_func_int32_t_s_s((safe_mul_func_int8_t_s_s(p_17, 0x69L)), (l_737 == ((*l_722) = l_738)))));
                    }
                    for (g_337.f2 = 0; (g_337.f2 <= 5); g_337.f2 += 1)
                    { /* block id: 322 */
                        int16_t l_739 = 4L;
                        int32_t l_742 = 0xFCE13089L;
                        int32_t l_743 = 1L;
                        int32_t l_744 = 0x8FEC25F0L;
                        int32_t l_746 = 0L;
                        int32_t l_747 = 0xDD72EF59L;
                        uint8_t *l_760 = &l_723.f2;
                        uint8_t *l_761 = &l_582;
                        int32_t **l_762[1];
                        int16_t *l_780 = &l_739;
                        int i;
                        for (i = 0; i < 1; i++)
                            l_762[i] = &g_198;
                        l_748++;
                        (*l_586) ^= (((*l_761) = (g_106 = ((l_676[1][1] = p_17) , ((*l_760) = (p_17 ^ (l_461[0][0][8] , (safe_mul_func_int8_t_s_s((safe_div_func_uint8_t_u_u((p_17 != (safe_lshift_func_uint8_t_u_u(((void*)0 == (*g_261)), (+((((*g_576) = (0xDBL <= (((*l_738) , (safe_mod_func_int8_t_s_s((l_666 & l_743), l_739))) , 0x39L))) , 0x7E0AL) != p_18))))), p_17)), (-7L))))))))) || p_18);
                        l_763 = &g_42[0];
                        (*l_410) = ((safe_div_func_uint8_t_u_u((((3UL != 0x7C8251F2L) , ((*l_780) |= (safe_mod_func_int32_t_s_s((((*l_610) ^= (((*g_576) = ((safe_rshift_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u((((safe_rshift_func_int8_t_s_u((l_661 = (safe_add_func_uint32_t_u_u((p_18 & (0x05L <= ((safe_div_func_int8_t_s_s(p_17, ((*l_760) = 0xF6L))) & g_337.f1))), (safe_add_func_uint64_t_u_u(g_405[0][1][0], 1L))))), p_17)) , &g_717) != &g_717), l_569)), 2)) != 0x32674E124B48C2D4LL)) ^ (*g_66))) , 0L), p_17)))) | p_18), l_666)) , g_110.f1);
                    }
                    for (l_582 = 5; (l_582 < 4); l_582 = safe_sub_func_uint8_t_u_u(l_582, 3))
                    { /* block id: 340 */
                        const union U3 **l_786 = (void*)0;
                        uint8_t *l_794[1];
                        const int32_t *l_798 = &g_799;
                        const int32_t **l_797[10];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_794[i] = &l_723.f2;
                        for (i = 0; i < 10; i++)
                            l_797[i] = &l_798;
                        l_811 = (safe_add_func_uint32_t_u_u((((l_786 = l_785) != (g_788 = ((!0xCF81346A56731AADLL) , (void*)0))) <= l_679), ((((l_684[1] &= (safe_rshift_func_uint16_t_u_u(((l_793 & ((g_106--) == (((l_800[7] = &p_17) == &l_691[1]) < ((safe_div_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_u((&g_717 == l_808), p_17)) <= g_110.f1), (*g_14))), p_18)) > g_405[0][4][0])))) != (*l_586)), 10))) , l_809[6][7]) == l_810) , (*g_66))));
                    }
                }
                else
                { /* block id: 348 */
                    uint16_t l_832 = 0xC89EL;
                    int32_t **l_834[1];
                    int64_t ***l_843 = &l_842[3][0];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_834[i] = &g_198;
                    if (p_17)
                    { /* block id: 349 */
                        (*l_586) &= l_812;
                        l_813 = &l_738;
                    }
                    else
                    { /* block id: 352 */
                        int32_t l_828[8][9] = {{0xFB77E114L,0x088A2F89L,0xB0412BD3L,0L,0x95793F1EL,0xFB77E114L,0x7FAFDF60L,6L,2L},{0xDD11317DL,2L,0x0FFAEAECL,6L,0x8E60D956L,3L,0x1B4C9C9FL,0xFB77E114L,6L},{0x6DB14763L,0x088A2F89L,9L,1L,1L,9L,0x088A2F89L,0x6DB14763L,0x8E60D956L},{0x6DB14763L,0x0FFAEAECL,0x8E60D956L,9L,0x352D6F82L,3L,0x9CFB5D61L,1L,0x1358316DL},{0xDD11317DL,0xFB77E114L,2L,0x9CFB5D61L,2L,0xC17A9B95L,0x8E60D956L,2L,0x8E60D956L},{0xFB77E114L,(-10L),(-1L),(-1L),(-10L),0xFB77E114L,0x352D6F82L,2L,6L},{0xC17A9B95L,2L,0x9CFB5D61L,2L,0xFB77E114L,0xDD11317DL,0x1B4C9C9FL,1L,2L},{3L,0x352D6F82L,9L,0x8E60D956L,0x0FFAEAECL,0x6DB14763L,0x352D6F82L,0x6DB14763L,0x0FFAEAECL}};
                        int i, j;
                        (*l_410) = ((((safe_lshift_func_uint16_t_u_s(((**g_399) = ((((safe_lshift_func_uint8_t_u_u(((*l_586) && ((((((safe_sub_func_int64_t_s_s(p_18, (l_413 , (safe_mod_func_int32_t_s_s(((safe_div_func_uint32_t_u_u((safe_rshift_func_int16_t_s_s((safe_rshift_func_uint16_t_u_u((l_828[1][4] < (l_829 , p_18)), p_18)), (((safe_div_func_uint8_t_u_u(p_17, l_461[0][0][8].f1)) <= p_18) == l_832))), l_748)) & 0xBBB1960AL), (*g_576)))))) | 0x185AAA05BC94EB2ALL) , (*l_588)) ^ l_833) , p_17) && (*g_66))), p_17)) > l_691[0]) <= 7L) , 0UL)), g_39)) > 1L) > p_18) , p_17);
                        (*l_588) = (*g_576);
                    }
                    l_835 = &g_36;
                    if ((safe_lshift_func_int16_t_s_u(((safe_add_func_int64_t_s_s(l_672, 18446744073709551615UL)) && ((*g_576) = p_17)), ((((((safe_lshift_func_uint8_t_u_u(((l_844 = ((*l_843) = l_842[3][0])) != (void*)0), (safe_div_func_int16_t_s_s((((((*l_546) == (*l_546)) > (safe_mod_func_uint8_t_u_u((0xFB88EF06L < (safe_mod_func_uint32_t_u_u(p_18, p_18))), p_18))) < 0UL) , l_851), p_17)))) & g_799) == 0x3BE97630110407D0LL) && g_110.f1) != g_47) | p_18))))
                    { /* block id: 361 */
                        (*l_588) = (safe_rshift_func_int8_t_s_s((safe_rshift_func_int8_t_s_u((safe_lshift_func_int8_t_s_s((*g_14), 1)), 6)), 5));
                    }
                    else
                    { /* block id: 363 */
                        return g_106;
                    }
                }
            }
        }
    }
    for (g_110.f0 = (-19); (g_110.f0 <= 41); ++g_110.f0)
    { /* block id: 372 */
        uint16_t * const l_864 = &l_590;
        union U3 l_865 = {0x7DAEE27BL};
        int32_t l_868[10];
        int64_t * const *l_878 = &l_422[2][1];
        float l_920 = (-0x1.6p-1);
        int16_t l_924 = 0xAEFAL;
        union U0 *l_948 = (void*)0;
        int16_t l_949 = 0x8CD0L;
        int32_t l_1007 = 0L;
        const uint8_t l_1061 = 0UL;
        const int32_t l_1078 = 0x4C698DAEL;
        union U3 **l_1097 = &g_336;
        uint32_t *l_1203 = &g_67;
        int16_t l_1309[5][8] = {{0xD214L,7L,0xD214L,7L,0xD214L,7L,0xD214L,7L},{0xD214L,7L,0xD214L,7L,0xD214L,7L,0xD214L,7L},{0xD214L,7L,0xD214L,7L,0xD214L,7L,0xD214L,7L},{0xD214L,7L,0xD214L,7L,0xD214L,7L,0xD214L,7L},{0xD214L,7L,0xD214L,7L,0xD214L,7L,0xD214L,7L}};
        const int32_t *l_1312 = &l_868[6];
        const int32_t **l_1311 = &l_1312;
        const int32_t ***l_1310 = &l_1311;
        int32_t l_1364 = 0x3305652EL;
        int i, j;
        for (i = 0; i < 10; i++)
            l_868[i] = 0L;
    }
    return g_790.f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_65 g_66 g_15 g_36 g_42 g_67 g_88 g_39 g_95 g_40 g_41 g_109 g_106 g_110.f0 g_47 g_110 g_110.f1 g_65.f0 g_261 g_14 g_337.f0 g_336 g_337 g_262 g_198 g_399
 * writes: g_47 g_36 g_42 g_88 g_39 g_40 g_41 g_106 g_109 g_110.f2 g_15 g_198 g_67 g_110.f0 g_261 g_336 g_337.f0 g_386 g_399
 */
static int16_t  func_28(int8_t * p_29, int16_t  p_30, int8_t * p_31)
{ /* block id: 10 */
    uint32_t *l_46[2];
    int32_t l_63 = 0x5605658CL;
    int8_t *l_64 = &g_15;
    uint8_t *l_125[7] = {&g_106,&g_106,&g_106,&g_106,&g_106,&g_106,&g_106};
    int32_t l_126 = 0xAEB8C4E8L;
    int32_t l_148 = 0x5249ECE0L;
    int32_t l_157 = 1L;
    int32_t l_159 = (-1L);
    int32_t l_162 = 0L;
    int32_t l_175 = 3L;
    uint16_t l_184[2][8] = {{0x5E5EL,0x5E5EL,65526UL,65526UL,0x5E5EL,0x5E5EL,65526UL,65526UL},{0x5E5EL,0x5E5EL,65526UL,65526UL,0x5E5EL,0x5E5EL,65526UL,65526UL}};
    const union U2 l_187[5] = {{0UL},{0UL},{0UL},{0UL},{0UL}};
    int32_t ** const l_213 = &g_198;
    uint16_t l_236 = 0UL;
    int16_t l_240 = 0x2E25L;
    uint16_t l_291 = 0xDFB1L;
    union U3 l_301 = {0x4178D8C2L};
    uint16_t l_307 = 1UL;
    int32_t l_324[7][3] = {{(-9L),0xEE671A5FL,0x41999C20L},{0xAAAEA858L,0xEE671A5FL,0xAAAEA858L},{4L,(-9L),0x41999C20L},{4L,4L,(-9L)},{0xAAAEA858L,(-9L),(-9L)},{(-9L),0xEE671A5FL,0x41999C20L},{0xAAAEA858L,0xEE671A5FL,0xAAAEA858L}};
    uint32_t l_331 = 0x97BD805EL;
    float *l_347 = (void*)0;
    union U3 * const *l_384[9];
    union U0 * const l_389 = (void*)0;
    int32_t *l_390 = &g_42[0];
    int32_t *l_391 = &l_324[0][0];
    int32_t *l_392 = &l_159;
    int32_t *l_393 = &g_42[0];
    int32_t *l_394[10];
    int32_t l_395 = 0x22439332L;
    uint32_t l_396 = 0xBEB30949L;
    uint16_t ***l_401[3][2] = {{&g_399,&g_399},{&g_399,&g_399},{&g_399,&g_399}};
    uint32_t l_402 = 1UL;
    int i, j;
    for (i = 0; i < 2; i++)
        l_46[i] = (void*)0;
    for (i = 0; i < 9; i++)
        l_384[i] = &g_336;
    for (i = 0; i < 10; i++)
        l_394[i] = (void*)0;
    if ((((g_47 = (p_30 >= p_30)) >= ((safe_rshift_func_uint8_t_u_s((func_50(((safe_rshift_func_uint8_t_u_u(0x3CL, (safe_lshift_func_int16_t_s_s((p_30 == ((l_63 = ((((func_57(((safe_unary_minus_func_uint64_t_u((l_63 & (((void*)0 == l_64) , (p_30 == p_30))))) >= p_30), g_65, g_66, g_15) || l_63) == l_63) <= l_63) >= 0x2B96BFC5922DC5F9LL)) , l_63)), g_110.f0)))) == l_126), &g_15) != 0x376BL), 7)) , l_126)) || l_63))
    { /* block id: 40 */
        union U2 l_129 = {0x1774B491L};
        int32_t l_136 = 0x93877009L;
        const float *l_139[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int32_t l_149 = 0x6AA3D206L;
        int32_t l_167 = 3L;
        int32_t l_168 = 0x0F7F480FL;
        int32_t l_171 = 0L;
        int32_t l_172 = 0L;
        int32_t l_173 = 0xFC61834CL;
        int32_t l_176 = (-4L);
        int32_t l_177 = 5L;
        int i;
        if ((~(l_129 , 0xF8D3L)))
        { /* block id: 41 */
            int32_t *l_130 = (void*)0;
            int32_t *l_131 = &l_63;
            int32_t l_151 = (-1L);
            int32_t l_153 = 1L;
            int32_t l_154 = (-1L);
            int32_t l_156 = 0x4CF3161CL;
            int32_t l_163 = 0xEF0F6B80L;
            int32_t l_170 = 0L;
            uint32_t *l_191 = (void*)0;
            if (((*l_131) = (-10L)))
            { /* block id: 43 */
                float l_140 = 0x1.Fp-1;
                int32_t l_143 = 0L;
                int32_t l_150[1];
                int32_t l_160 = 0L;
                int32_t l_161 = 0xC92A1477L;
                int32_t l_169 = 0x6DAA8122L;
                int32_t l_174 = (-10L);
                int32_t l_178 = 0x26B6B827L;
                int32_t l_179 = 8L;
                uint16_t *l_192 = &l_184[0][4];
                uint8_t l_194 = 1UL;
                uint16_t *l_209 = &g_47;
                int i;
                for (i = 0; i < 1; i++)
                    l_150[i] = 0x023009E3L;
                for (l_129.f1 = 0; (l_129.f1 == 7); l_129.f1++)
                { /* block id: 46 */
                    int32_t l_147 = 0L;
                    int32_t l_152 = 5L;
                    int32_t l_155 = 0x97DBADE8L;
                    int32_t l_158 = (-1L);
                    int32_t l_164 = 0x7CCC4FC2L;
                    int32_t l_165 = 0xBFAC57B7L;
                    int32_t l_166[7] = {0x9172EC5BL,0x9172EC5BL,0x9172EC5BL,0x9172EC5BL,0x9172EC5BL,0x9172EC5BL,0x9172EC5BL};
                    int32_t *l_199 = &l_147;
                    int32_t **l_200 = &l_130;
                    int i;
                    if (g_42[0])
                    { /* block id: 47 */
                        int32_t *l_144 = (void*)0;
                        int32_t *l_145 = &g_42[0];
                        int32_t *l_146[7][8][4] = {{{&g_36,&l_63,(void*)0,(void*)0},{&g_42[0],(void*)0,&l_63,(void*)0},{&g_42[0],&l_126,&g_36,&g_42[0]},{&l_63,(void*)0,(void*)0,&l_63},{&l_136,&l_126,&l_143,&g_42[0]},{(void*)0,&l_136,&l_63,&g_42[0]},{(void*)0,&l_63,&g_42[0],&g_42[0]},{&g_42[0],&l_136,&g_42[0],&g_42[0]}},{{&l_63,&l_126,(void*)0,&l_63},{&g_36,(void*)0,&l_143,&g_42[0]},{&g_36,&l_126,&l_136,(void*)0},{&l_143,(void*)0,&g_42[0],&l_63},{&l_126,(void*)0,&g_36,(void*)0},{&g_42[0],&l_143,(void*)0,&l_136},{&g_42[0],&g_42[0],(void*)0,&g_42[0]},{&g_42[0],&l_143,&l_136,&g_42[0]}},{{&g_42[0],&g_42[0],(void*)0,&l_143},{&g_42[0],&g_42[0],(void*)0,&g_42[0]},{&g_42[0],&g_42[0],&g_36,&l_63},{&l_126,(void*)0,&g_42[0],(void*)0},{&l_143,&l_63,&l_136,&g_36},{&g_36,&g_42[0],&l_143,&l_143},{&g_36,&g_36,(void*)0,&l_143},{&l_63,&l_143,&g_42[0],&l_126}},{{&g_42[0],(void*)0,&g_42[0],&g_42[0]},{(void*)0,(void*)0,&l_63,&l_126},{(void*)0,&l_143,&l_143,&l_143},{&l_136,&g_36,(void*)0,&l_143},{&l_63,&g_42[0],&g_36,&g_36},{&g_42[0],&l_63,&l_63,(void*)0},{(void*)0,(void*)0,&l_126,&l_63},{&g_42[0],&g_42[0],&g_42[0],&g_42[0]}},{{&g_42[0],&g_42[0],&g_42[0],&l_143},{&l_63,&g_42[0],&l_126,&g_42[0]},{&l_136,&l_143,&l_126,&g_42[0]},{&l_63,&g_42[0],&g_42[0],&l_136},{&g_42[0],&l_143,&g_42[0],(void*)0},{&g_42[0],(void*)0,&l_126,&l_63},{(void*)0,(void*)0,&l_63,(void*)0},{&g_42[0],&l_126,&g_36,&g_42[0]}},{{&l_63,(void*)0,(void*)0,&l_63},{&l_136,&l_126,&l_143,&g_42[0]},{(void*)0,&l_136,&l_63,&g_42[0]},{(void*)0,&l_63,&g_42[0],&g_42[0]},{&g_42[0],&l_136,&g_42[0],&g_42[0]},{&l_63,&l_126,(void*)0,&l_63},{&g_36,(void*)0,&l_143,&g_42[0]},{&g_36,&l_126,&l_136,(void*)0}},{{&l_143,(void*)0,&g_42[0],&l_143},{&g_42[0],&l_63,&g_42[0],&l_63},{&l_143,&l_63,&g_42[0],&l_136},{&g_36,&g_42[0],&l_63,(void*)0},{(void*)0,&g_42[0],&l_136,&g_42[0]},{(void*)0,(void*)0,&l_63,&l_136},{&g_36,&g_42[0],&g_42[0],&g_42[0]},{&l_143,(void*)0,&g_42[0],&g_42[0]}}};
                        uint16_t l_180[9] = {0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL};
                        int16_t l_183[8] = {2L,2L,0x0539L,2L,2L,0x0539L,2L,2L};
                        int i, j, k;
                        (*l_131) &= (safe_rshift_func_int16_t_s_u(((0xF4L >= (((((*p_31) = (*p_31)) >= (l_136 &= l_126)) && (((((((safe_sub_func_uint32_t_u_u(p_30, (g_36 < (l_136 = (((void*)0 != l_139[2]) || g_106))))) > (safe_add_func_uint16_t_u_u((&g_42[0] != &l_126), g_39))) >= 1L) <= p_30) < (-1L)) || g_47) | p_30)) | 0xA4C43A83L)) , 0xE47CL), g_67));
                        --l_180[7];
                        l_184[0][6]++;
                    }
                    else
                    { /* block id: 54 */
                        int64_t *l_188 = (void*)0;
                        int64_t *l_189 = &g_40;
                        uint32_t *l_190 = &g_67;
                        int32_t *l_193[1];
                        int32_t **l_197[5][7] = {{&l_130,&l_131,(void*)0,&l_131,&l_193[0],&l_193[0],&l_131},{&l_131,&l_131,&l_131,&l_193[0],&l_131,&l_130,&l_131},{&l_131,&l_131,&l_131,&l_131,(void*)0,&l_131,&l_130},{&l_130,&l_131,(void*)0,(void*)0,&l_131,&l_130,(void*)0},{&l_131,&l_131,(void*)0,(void*)0,(void*)0,&l_193[0],&l_131}};
                        int i, j;
                        for (i = 0; i < 1; i++)
                            l_193[i] = &l_177;
                        (*l_131) &= ((l_147 && ((((*g_109) , ((l_187[4] , (((*l_189) = l_147) , (l_191 = l_190))) != l_139[2])) < l_175) < p_30)) ^ (&g_88 == l_192));
                        l_194++;
                        g_198 = &l_143;
                    }
                    (*l_200) = (((*l_199) = l_184[0][6]) , &l_162);
                }
                l_161 = p_30;
                (*l_131) = (((g_106 || g_110.f1) < p_30) | (safe_sub_func_int16_t_s_s((safe_add_func_uint64_t_u_u(p_30, (safe_mod_func_int32_t_s_s(0L, (g_95 , (((safe_mul_func_int16_t_s_s((8L <= p_30), ((*l_209) = ((*l_192) = 0xB949L)))) , 0xF928E1D7L) , l_162)))))), l_126)));
            }
            else
            { /* block id: 68 */
                union U0 l_210 = {18446744073709551615UL};
                union U2 l_217 = {0xB1B8A303L};
                union U2 *l_218 = &l_129;
                (*l_131) = (l_210 , ((l_213 == l_213) || (!((((safe_add_func_uint16_t_u_u(g_39, (((*l_218) = l_217) , ((safe_mod_func_uint16_t_u_u(((((safe_lshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u(((l_191 != (void*)0) == (((safe_add_func_int64_t_s_s((+(safe_add_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u(1UL, ((0L <= 0L) , (*p_31)))), (*l_131)))), l_171)) < (*p_29)) >= 0UL)), 3)), 7)) & l_171) | 0xDBL) < (*l_131)), p_30)) >= l_176)))) != p_30) == 0L) , 0x6BBA2241ECDA24C8LL))));
                return g_47;
            }
            (*l_213) = (void*)0;
        }
        else
        { /* block id: 74 */
            int32_t *l_232 = &l_136;
            int32_t *l_233 = &l_167;
            int32_t *l_234 = (void*)0;
            int32_t *l_235[8];
            int i;
            for (i = 0; i < 8; i++)
                l_235[i] = &l_176;
            l_236++;
        }
    }
    else
    { /* block id: 77 */
        union U2 l_239 = {0x0E826D90L};
        uint64_t *l_260 = &g_110.f0;
        union U0 ***l_263 = (void*)0;
        union U0 ***l_264 = &g_261;
        int32_t l_267 = 0x7422D29CL;
        int8_t l_271 = (-1L);
        uint64_t l_293 = 18446744073709551615UL;
        int16_t l_308[2];
        int32_t *l_309 = &l_148;
        int32_t l_316 = 0xA1EC5A4DL;
        int32_t l_317 = 3L;
        int32_t l_320 = 6L;
        int32_t l_325[3][2][7] = {{{0xF3DF8534L,0L,9L,0xDF4DFEFBL,0xF09B3966L,0xDF4DFEFBL,9L},{(-4L),(-4L),(-6L),0x11966ADCL,0L,4L,9L}},{{0x8B484295L,1L,0x11966ADCL,(-4L),9L,(-7L),(-7L)},{0L,0xF09B3966L,0xF3DF8534L,0xF09B3966L,0L,(-4L),0x8B484295L}},{{0xCABF22F9L,(-6L),0xF3DF8534L,0x0F084FAEL,0xF09B3966L,(-1L),0L},{0x0F084FAEL,0xDF4DFEFBL,0x11966ADCL,(-1L),(-1L),0x11966ADCL,0xDF4DFEFBL}}};
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_308[i] = 0xE28CL;
        if ((((*g_66) = (l_239 , l_240)) , (safe_add_func_int16_t_s_s(((safe_lshift_func_int16_t_s_s((safe_sub_func_int64_t_s_s(p_30, (((safe_rshift_func_int16_t_s_s(8L, (p_30 > (((*l_264) = ((safe_add_func_int8_t_s_s(((safe_unary_minus_func_uint8_t_u(((safe_sub_func_int8_t_s_s((+(((*l_260) = (((safe_add_func_uint64_t_u_u(((safe_add_func_int16_t_s_s(g_65.f0, (~g_42[0]))) <= ((0x21DDL && ((p_30 , p_30) | 0x5E8FB9F5E7C83C69LL)) && g_40)), g_65.f0)) < 65535UL) , 7UL)) != l_239.f0)), (*p_31))) && (-2L)))) & 0x4F53L), (*p_29))) , g_261)) != &g_262)))) != g_88) < 0xA71CE9F94B858955LL))), l_239.f0)) ^ g_39), l_239.f0))))
        { /* block id: 81 */
            union U0 l_265 = {18446744073709551615UL};
            uint16_t *l_266[6];
            int32_t l_311 = 0L;
            int32_t l_312 = 0x5012171FL;
            int32_t l_313 = 0x772E9BB7L;
            int32_t l_314 = (-7L);
            float l_315 = 0x7.2p-1;
            int32_t l_318 = (-2L);
            int32_t l_319 = 0xA9112BF3L;
            int32_t l_321 = 0L;
            int32_t l_322 = (-5L);
            int32_t l_323 = 0xEC5F4072L;
            int32_t l_326 = 5L;
            int32_t l_327 = 0x61B88068L;
            int32_t l_328[9] = {0xA97274D5L,0x5AE15026L,0x5AE15026L,0xA97274D5L,0x5AE15026L,0x5AE15026L,0xA97274D5L,0x5AE15026L,0x5AE15026L};
            int8_t l_330 = 0xBFL;
            int i;
            for (i = 0; i < 6; i++)
                l_266[i] = (void*)0;
            if ((p_30 <= (((l_265 , (l_265.f0 , ((l_267 = g_39) ^ (~((-10L) && 65527UL))))) || (p_30 | (safe_rshift_func_uint8_t_u_u(l_271, ((&l_187[1] == &g_65) == p_30))))) != (-7L))))
            { /* block id: 83 */
                uint8_t l_290 = 0x07L;
                int32_t l_292 = (-6L);
                int8_t *l_299 = &l_271;
                if ((safe_add_func_int16_t_s_s(p_30, ((0x74562F76L ^ (safe_div_func_int64_t_s_s((safe_rshift_func_int8_t_s_u((safe_mul_func_int8_t_s_s(((safe_mod_func_uint32_t_u_u((1UL && (!(((&l_267 == (void*)0) ^ (((+l_239.f0) ^ (((safe_sub_func_uint32_t_u_u(((g_106 = (((g_65.f0 && ((safe_sub_func_uint8_t_u_u(250UL, (l_291 ^= (l_290 = p_30)))) == 0x734C88D8L)) , p_30) && (*g_14))) ^ p_30), l_271)) | p_30) != l_292)) & (*g_66))) & 5L))), 0xF1E11F3FL)) != l_292), 1L)), 6)), l_293))) ^ (-1L)))))
                { /* block id: 87 */
                    return l_265.f1;
                }
                else
                { /* block id: 89 */
                    union U0 *l_300 = &g_110;
                    int32_t l_302 = 1L;
                    for (g_67 = 0; (g_67 <= 0); g_67 += 1)
                    { /* block id: 92 */
                        float *l_294 = &g_41;
                        l_292 = ((*l_294) = 0x1.1p+1);
                    }
                    l_308[1] &= (safe_mod_func_uint16_t_u_u((safe_div_func_uint64_t_u_u(((l_299 == (void*)0) <= (l_302 &= (l_300 == (l_301 , &l_265)))), p_30)), (safe_add_func_uint8_t_u_u((g_106 = ((p_30 , (-7L)) || ((((((safe_rshift_func_int8_t_s_s((*p_31), l_265.f1)) >= 0x4EL) , 0xC155L) ^ g_106) , p_30) | l_307))), (*g_14)))));
                    l_309 = l_309;
                }
            }
            else
            { /* block id: 101 */
                int32_t *l_310[5];
                float l_329 = 0xE.C5EA07p-83;
                int i;
                for (i = 0; i < 5; i++)
                    l_310[i] = (void*)0;
                l_309 = l_310[2];
                l_310[0] = &g_42[0];
                --l_331;
            }
            for (l_239.f1 = 0; (l_239.f1 <= 1); l_239.f1 += 1)
            { /* block id: 108 */
                union U3 *l_335 = &l_301;
                union U3 **l_334[4];
                union U3 *l_338 = &l_301;
                int i;
                for (i = 0; i < 4; i++)
                    l_334[i] = &l_335;
                if (p_30)
                    break;
                l_338 = (g_336 = (void*)0);
                return g_106;
            }
            for (p_30 = 0; (p_30 >= 28); p_30 = safe_add_func_uint16_t_u_u(p_30, 9))
            { /* block id: 116 */
                for (l_236 = 20; (l_236 > 19); --l_236)
                { /* block id: 119 */
                    union U3 **l_343 = &g_336;
                    int32_t l_344 = (-1L);
                    l_344 ^= ((((*l_343) = &g_337) != &l_301) != p_30);
                }
            }
        }
        else
        { /* block id: 124 */
            uint64_t * const l_381 = &l_293;
            union U3 **l_385 = &g_336;
            for (l_236 = 0; (l_236 > 25); l_236++)
            { /* block id: 127 */
                float *l_348 = &g_110.f2;
                int32_t l_361 = 0L;
                union U3 **l_365 = &g_336;
                (*l_348) = (l_347 == (void*)0);
                for (l_307 = 0; (l_307 > 16); l_307 = safe_add_func_int64_t_s_s(l_307, 9))
                { /* block id: 131 */
                    union U2 l_360 = {4294967288UL};
                    union U3 l_368 = {0x0CC5D3A5L};
                    int64_t *l_369[5];
                    int64_t **l_370 = &l_369[2];
                    int16_t *l_373 = &l_308[1];
                    int32_t l_374 = 0x8E7C59ECL;
                    int i;
                    for (i = 0; i < 5; i++)
                        l_369[i] = &g_39;
                    for (g_337.f0 = (-27); (g_337.f0 >= 48); g_337.f0 = safe_add_func_uint8_t_u_u(g_337.f0, 6))
                    { /* block id: 134 */
                        int8_t *l_355 = &l_271;
                        int32_t l_363 = (-1L);
                        uint16_t *l_364 = &l_291;
                        (*l_309) = (safe_mod_func_int8_t_s_s(((*l_355) &= (*p_31)), ((p_30 ^ 0x89L) | ((*l_364) &= (safe_mod_func_int16_t_s_s((1L & (l_363 |= ((*p_29) < ((safe_rshift_func_int16_t_s_s(((l_360 , (l_361 = (-1L))) && ((l_239 , (safe_unary_minus_func_uint64_t_u(g_42[0]))) , l_360.f0)), p_30)) || 0x6AF7L)))), 0x2C6BL))))));
                    }
                    l_361 |= (((*g_336) , l_365) == (void*)0);
                    l_374 |= (p_30 , (safe_mod_func_uint16_t_u_u(((l_368 , &g_40) != ((*l_370) = l_369[4])), ((*l_373) |= (safe_lshift_func_uint16_t_u_s(g_42[0], p_30))))));
                }
            }
            (*l_213) = &g_42[0];
            g_41 = (safe_mul_func_float_f_f((safe_sub_func_float_f_f(g_337.f0, (safe_sub_func_float_f_f((((void*)0 == l_381) < (safe_div_func_float_f_f((l_384[0] == (g_386 = l_385)), ((safe_mul_func_int8_t_s_s(((*g_14) = 0x36L), ((((g_106 = (p_30 ^ ((((((**l_264) != l_389) < 0xA5B6913A91EC1205LL) | p_30) && p_30) != 249UL))) | (-4L)) ^ g_36) != (**l_213)))) , g_110.f1)))), (-0x7.Fp+1))))), p_30));
        }
        (*l_213) = &l_325[0][1][3];
        (**l_213) = p_30;
    }
    l_396++;
    g_399 = g_399;
    return l_402;
}


/* ------------------------------------------ */
/* 
 * reads : g_36
 * writes: g_36
 */
static int8_t * func_32(int8_t * p_33)
{ /* block id: 6 */
    int32_t *l_35 = &g_36;
    int32_t l_37 = 0x5EC56044L;
    int32_t *l_38[3][2][7] = {{{&l_37,&l_37,&l_37,&l_37,&l_37,&l_37,&l_37},{&l_37,&l_37,&l_37,&l_37,&l_37,&l_37,&l_37}},{{&l_37,&l_37,&l_37,&l_37,&l_37,&l_37,&l_37},{&l_37,&l_37,&l_37,&l_37,&l_37,&l_37,&l_37}},{{&l_37,&l_37,&l_37,&l_37,&l_37,&l_37,&l_37},{&l_37,&l_37,&l_37,&l_37,&l_37,&l_37,&l_37}}};
    uint16_t l_43 = 0x258FL;
    int i, j, k;
    ++l_43;
    (*l_35) = (*l_35);
    return &g_15;
}


/* ------------------------------------------ */
/* 
 * reads : g_106
 * writes: g_110.f2
 */
static uint16_t  func_50(uint16_t  p_51, int8_t * p_52)
{ /* block id: 37 */
    float *l_127 = &g_110.f2;
    (*l_127) = 0x4.2p+1;
    return g_106;
}


/* ------------------------------------------ */
/* 
 * reads : g_36 g_42 g_67 g_88 g_66 g_39 g_95 g_40 g_41 g_15 g_109 g_106
 * writes: g_36 g_42 g_88 g_39 g_40 g_41 g_106 g_109
 */
static int32_t  func_57(const int16_t  p_58, const union U2  p_59, uint32_t * p_60, uint32_t  p_61)
{ /* block id: 12 */
    int8_t l_73 = 0x7FL;
    const union U1 l_74 = {0};
    uint16_t *l_86 = (void*)0;
    uint16_t *l_87 = &g_88;
    int32_t l_90 = 6L;
    uint16_t *l_99[3];
    float l_100 = 0xF.512514p+46;
    uint32_t l_101[6] = {1UL,0xA81E3AF2L,0xA81E3AF2L,1UL,0xA81E3AF2L,0xA81E3AF2L};
    int64_t *l_102 = (void*)0;
    int64_t *l_103 = &g_40;
    int64_t *l_104 = &g_39;
    float *l_105 = &g_41;
    const int64_t l_107 = 0xA6927BAF6ACB5B97LL;
    uint16_t l_108 = 7UL;
    const union U0 **l_111[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int i;
    for (i = 0; i < 3; i++)
        l_99[i] = (void*)0;
    for (g_36 = (-16); (g_36 != 8); ++g_36)
    { /* block id: 15 */
        int32_t *l_70 = &g_42[0];
        (*l_70) |= p_61;
    }
    if (p_61)
        goto lbl_89;
    if ((safe_rshift_func_int16_t_s_u((((((l_73 , ((l_74 , l_74) , l_73)) , (safe_mul_func_uint16_t_u_u(((*l_87) ^= (safe_add_func_int32_t_s_s((safe_add_func_uint8_t_u_u((((safe_mul_func_int8_t_s_s(0xB4L, 0x8EL)) & ((safe_mod_func_uint16_t_u_u(g_42[0], (~l_73))) & (&g_15 != &l_73))) >= 0L), 0L)), (*p_60)))), 0x58D9L))) ^ (*g_66)) != p_58) | p_59.f0), 10)))
    { /* block id: 19 */
lbl_89:
        for (g_39 = 0; (g_39 >= 0); g_39 -= 1)
        { /* block id: 22 */
            int i;
            g_42[g_39] = ((void*)0 == &g_15);
        }
        g_109 = ((l_90 != ((-0x8.7p-1) == ((&g_15 == ((safe_div_func_float_f_f((safe_mul_func_float_f_f((((g_106 = (p_59.f0 < (g_95 , ((*l_105) = (((safe_mul_func_int16_t_s_s(g_88, (!(((*l_104) = ((*l_103) &= (((((void*)0 != l_99[0]) ^ (((g_88 , l_101[3]) | 1L) || g_42[0])) == p_61) < g_42[0]))) < 0x16697889B5E22BCFLL)))) != g_36) , g_41))))) , l_107) == 0x0.6p-1), 0x1.9p+1)), l_108)) , &l_73)) == g_15))) , g_109);
    }
    else
    { /* block id: 31 */
        int8_t l_114[4][4][8] = {{{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L}},{{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L}},{{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L}},{{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L},{1L,0x06L,0x06L,1L,1L,0x06L,0x06L,1L}}};
        uint8_t *l_121 = (void*)0;
        uint8_t *l_122 = &g_106;
        uint32_t l_123[7][6][6] = {{{4294967286UL,1UL,1UL,4294967286UL,1UL,1UL},{4294967286UL,1UL,1UL,4294967286UL,1UL,1UL},{4294967286UL,1UL,1UL,4294967286UL,1UL,1UL},{4294967286UL,1UL,1UL,4294967286UL,1UL,1UL},{4294967286UL,1UL,1UL,4294967286UL,1UL,1UL},{4294967286UL,1UL,1UL,4294967286UL,1UL,1UL}},{{4294967286UL,1UL,1UL,4294967286UL,1UL,1UL},{4294967286UL,1UL,1UL,4294967286UL,1UL,1UL},{4294967286UL,1UL,1UL,4294967286UL,1UL,1UL},{4294967286UL,1UL,1UL,4294967286UL,1UL,1UL},{4294967286UL,1UL,1UL,4294967286UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L}},{{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L}},{{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L}},{{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L}},{{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L}},{{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L},{1UL,0x8404EE28L,0x8404EE28L,1UL,0x8404EE28L,0x8404EE28L}}};
        int32_t *l_124 = &l_90;
        int i, j, k;
        l_124 = ((safe_mul_func_uint8_t_u_u(1UL, (l_114[0][3][7] >= (l_101[3] != ((safe_div_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(l_114[3][1][6], (-7L))), (((safe_add_func_int32_t_s_s((((*l_122) ^= p_59.f0) == (&g_88 == &l_108)), l_107)) , 0x38B5L) & 0xA6A5L))) <= l_123[3][3][3]))))) , (void*)0);
    }
    return g_42[0];
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
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_40, "g_40", print_hash_value);
    transparent_crc_bytes (&g_41, sizeof(g_41), "g_41", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_42[i], "g_42[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_65.f0, "g_65.f0", print_hash_value);
    transparent_crc(g_67, "g_67", print_hash_value);
    transparent_crc(g_88, "g_88", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_110.f0, "g_110.f0", print_hash_value);
    transparent_crc(g_110.f1, "g_110.f1", print_hash_value);
    transparent_crc_bytes (&g_110.f2, sizeof(g_110.f2), "g_110.f2", print_hash_value);
    transparent_crc(g_337.f0, "g_337.f0", print_hash_value);
    transparent_crc(g_337.f1, "g_337.f1", print_hash_value);
    transparent_crc(g_337.f2, "g_337.f2", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_405[i][j][k], "g_405[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc_bytes (&g_411, sizeof(g_411), "g_411", print_hash_value);
    transparent_crc(g_505, "g_505", print_hash_value);
    transparent_crc(g_524, "g_524", print_hash_value);
    transparent_crc(g_626.f0, "g_626.f0", print_hash_value);
    transparent_crc(g_644, "g_644", print_hash_value);
    transparent_crc(g_790.f0, "g_790.f0", print_hash_value);
    transparent_crc(g_790.f1, "g_790.f1", print_hash_value);
    transparent_crc(g_790.f2, "g_790.f2", print_hash_value);
    transparent_crc(g_799, "g_799", print_hash_value);
    transparent_crc(g_801, "g_801", print_hash_value);
    transparent_crc(g_893, "g_893", print_hash_value);
    transparent_crc(g_1057, "g_1057", print_hash_value);
    transparent_crc(g_1317, "g_1317", print_hash_value);
    transparent_crc(g_1331, "g_1331", print_hash_value);
    transparent_crc(g_1336, "g_1336", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 417
XXX total union variables: 34

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 25
breakdown:
   indirect level: 0, occurrence: 13
   indirect level: 1, occurrence: 5
   indirect level: 2, occurrence: 7
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 9
XXX times a bitfields struct on LHS: 1
XXX times a bitfields struct on RHS: 16
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 20

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 128
   depth: 2, occurrence: 28
   depth: 3, occurrence: 3
   depth: 4, occurrence: 2
   depth: 8, occurrence: 1
   depth: 10, occurrence: 1
   depth: 12, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 3
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 22, occurrence: 5
   depth: 24, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 2
   depth: 27, occurrence: 1
   depth: 28, occurrence: 2
   depth: 29, occurrence: 1
   depth: 30, occurrence: 1
   depth: 33, occurrence: 2
   depth: 38, occurrence: 1

XXX total number of pointers: 327

XXX times a variable address is taken: 547
XXX times a pointer is dereferenced on RHS: 145
breakdown:
   depth: 1, occurrence: 122
   depth: 2, occurrence: 19
   depth: 3, occurrence: 4
XXX times a pointer is dereferenced on LHS: 189
breakdown:
   depth: 1, occurrence: 173
   depth: 2, occurrence: 14
   depth: 3, occurrence: 2
XXX times a pointer is compared with null: 26
XXX times a pointer is compared with address of another variable: 7
XXX times a pointer is compared with another pointer: 13
XXX times a pointer is qualified to be dereferenced: 5918

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 667
   level: 2, occurrence: 94
   level: 3, occurrence: 26
XXX number of pointers point to pointers: 108
XXX number of pointers point to scalars: 198
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 33
XXX average alias set size: 1.32

XXX times a non-volatile is read: 1099
XXX times a non-volatile is write: 595
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 2

XXX stmts: 122
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 26
   depth: 1, occurrence: 15
   depth: 2, occurrence: 15
   depth: 3, occurrence: 19
   depth: 4, occurrence: 19
   depth: 5, occurrence: 28

XXX percentage a fresh-made variable is used: 18.2
XXX percentage an existing variable is used: 81.8
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

