/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 66 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      66
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int32_t  f0;
   int8_t * f1;
   int32_t  f2;
   int32_t  f3;
};

union U1 {
   const int64_t  f0;
   float  f1;
   uint8_t  f2;
   const uint8_t  f3;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = (-1L);
static int32_t *g_12 = &g_2;
static int32_t **g_11 = &g_12;
static int32_t **g_14[8][4][1] = {{{&g_12},{&g_12},{&g_12},{&g_12}},{{&g_12},{&g_12},{&g_12},{&g_12}},{{&g_12},{&g_12},{&g_12},{&g_12}},{{&g_12},{&g_12},{&g_12},{&g_12}},{{&g_12},{&g_12},{&g_12},{&g_12}},{{&g_12},{&g_12},{&g_12},{&g_12}},{{&g_12},{&g_12},{&g_12},{&g_12}},{{&g_12},{&g_12},{&g_12},{&g_12}}};
static const int32_t *g_43 = &g_2;
static const int32_t **g_42 = &g_43;
static const int32_t ** const *g_41 = &g_42;
static int32_t g_44 = 0L;
static int64_t g_80[6][1] = {{4L},{0x1350D55FAF230988LL},{4L},{0x1350D55FAF230988LL},{4L},{0x1350D55FAF230988LL}};
static int64_t g_83 = 0xDC29BFBD42F9032BLL;
static int8_t g_86 = 0x0DL;
static int8_t *g_85 = &g_86;
static int16_t g_96 = 0x692EL;
static float g_99 = 0x7.Ep+1;
static int32_t g_106 = 1L;
static uint16_t g_113 = 0x103CL;
static uint64_t g_146 = 18446744073709551611UL;
static uint64_t *g_145 = &g_146;
static uint64_t **g_216 = &g_145;
static float g_219 = 0x9.3p+1;
static uint32_t g_221[3] = {0xF0680C1EL,0xF0680C1EL,0xF0680C1EL};
static int16_t *g_224 = &g_96;
static union U1 g_251 = {0x5977AF7773343C1BLL};
static int8_t g_294 = 0x34L;
static uint16_t *g_306 = &g_113;
static int32_t ***g_363[4][1] = {{&g_14[0][2][0]},{&g_14[5][3][0]},{&g_14[0][2][0]},{&g_14[5][3][0]}};
static union U1 g_366 = {-1L};
static union U0 g_388[2] = {{-9L},{-9L}};
static union U0 g_390 = {0xE94BC582L};
static int32_t g_437[9][9][1] = {{{0x843BA7C9L},{0x53C400E5L},{0x32188C2AL},{0x53C400E5L},{0x843BA7C9L},{0L},{(-3L)},{(-1L)},{0x843BA7C9L}},{{(-1L)},{0x32188C2AL},{(-1L)},{0x843BA7C9L},{(-1L)},{(-3L)},{0L},{0x843BA7C9L},{0x53C400E5L}},{{0x32188C2AL},{0x53C400E5L},{0x843BA7C9L},{0L},{(-3L)},{(-1L)},{0x843BA7C9L},{(-1L)},{0x32188C2AL}},{{(-1L)},{0x843BA7C9L},{(-1L)},{(-3L)},{0L},{0x843BA7C9L},{0x53C400E5L},{0x32188C2AL},{0x53C400E5L}},{{0x843BA7C9L},{0L},{(-3L)},{(-1L)},{0x843BA7C9L},{(-1L)},{0x32188C2AL},{(-1L)},{0x843BA7C9L}},{{(-1L)},{(-3L)},{0L},{0x843BA7C9L},{0x53C400E5L},{0x32188C2AL},{0x53C400E5L},{0x843BA7C9L},{0L}},{{(-3L)},{(-1L)},{0x843BA7C9L},{(-1L)},{0x32188C2AL},{(-1L)},{0x843BA7C9L},{(-1L)},{(-3L)}},{{0L},{0x843BA7C9L},{0x53C400E5L},{0x32188C2AL},{0x53C400E5L},{0x843BA7C9L},{0L},{(-3L)},{(-1L)}},{{0x843BA7C9L},{(-1L)},{0x32188C2AL},{(-1L)},{0x843BA7C9L},{(-1L)},{(-3L)},{0L},{0x843BA7C9L}}};
static int8_t **g_472 = &g_85;
static int8_t ** const *g_471 = &g_472;
static int32_t g_536 = 0xEAE3296EL;
static int8_t g_619 = 0x22L;
static uint64_t ** const * const g_703 = &g_216;
static uint64_t ** const * const *g_702 = &g_703;
static union U1 *g_734 = (void*)0;
static union U1 **g_733 = &g_734;
static uint16_t **g_800 = (void*)0;
static uint16_t ***g_799 = &g_800;
static int16_t g_818[6] = {8L,8L,8L,8L,8L,8L};
static float g_841 = 0x1.Ep-1;
static int32_t * const g_891 = (void*)0;
static int32_t * const *g_890[1][7] = {{&g_891,&g_891,&g_891,&g_891,&g_891,&g_891,&g_891}};
static uint64_t g_899[7] = {18446744073709551615UL,1UL,18446744073709551615UL,18446744073709551615UL,1UL,18446744073709551615UL,18446744073709551615UL};
static const union U1 g_907 = {0x13190B131C4701C9LL};
static const union U1 *g_906 = &g_907;
static uint64_t g_911[4] = {1UL,1UL,1UL,1UL};
static union U1 ***g_998[2][6][4] = {{{&g_733,&g_733,&g_733,&g_733},{&g_733,&g_733,&g_733,&g_733},{&g_733,&g_733,&g_733,&g_733},{&g_733,&g_733,&g_733,&g_733},{&g_733,&g_733,&g_733,&g_733},{&g_733,&g_733,&g_733,&g_733}},{{&g_733,&g_733,&g_733,&g_733},{&g_733,&g_733,&g_733,&g_733},{&g_733,&g_733,&g_733,&g_733},{&g_733,&g_733,&g_733,&g_733},{&g_733,&g_733,&g_733,&g_733},{&g_733,&g_733,&g_733,&g_733}}};
static uint8_t g_1043 = 0x89L;
static uint64_t * const **g_1126 = (void*)0;
static uint32_t *g_1161[2] = {&g_221[1],&g_221[1]};
static uint32_t **g_1160[6][2] = {{&g_1161[1],&g_1161[1]},{&g_1161[1],&g_1161[1]},{&g_1161[1],&g_1161[1]},{&g_1161[1],&g_1161[1]},{&g_1161[1],&g_1161[1]},{&g_1161[1],&g_1161[1]}};
static int64_t g_1183 = 0x7EDC3483D0BC15BBLL;
static uint64_t *g_1218 = &g_899[1];
static uint32_t g_1259 = 3UL;
static int32_t g_1288 = (-1L);
static int8_t g_1331 = 0x95L;
static int16_t g_1340[4][6][10] = {{{0L,0x0FFAL,(-3L),0x4CEBL,0L,6L,0xBA2CL,(-1L),0x3DF2L,1L},{0x95F0L,1L,2L,0L,0xFEE1L,4L,(-1L),0x432CL,0L,0L},{0x2142L,1L,4L,(-1L),1L,(-9L),0xFA9CL,0L,0x3536L,0L},{0x2142L,0x5226L,(-5L),0x9244L,0L,(-1L),0x8E52L,1L,0xBA2CL,8L},{0x8E52L,(-3L),0x50A1L,0xDE28L,1L,1L,0xDE28L,0x50A1L,(-3L),0x8E52L},{(-10L),4L,6L,4L,0L,(-1L),1L,0x2142L,0x6596L,1L}},{{0xDE28L,1L,(-1L),4L,0L,3L,1L,0L,(-2L),0x8E52L},{0L,1L,0x3536L,0xD56DL,1L,0L,0L,0L,1L,8L},{0L,0L,0xECE6L,1L,0L,(-3L),(-7L),0xDE28L,6L,0L},{(-8L),0L,3L,0L,1L,(-5L),0x05A9L,8L,(-5L),0L},{(-6L),1L,0xFA9CL,(-6L),0x52C9L,0x6EB4L,0x9244L,0x6596L,0xD718L,5L},{0x50A1L,0xAB6EL,1L,(-1L),1L,(-3L),1L,(-8L),(-1L),0x6EB4L}},{{0x5226L,0x432CL,(-5L),2L,9L,(-1L),9L,2L,(-5L),0x432CL},{0L,(-3L),0L,0x8E52L,0x3536L,(-1L),0L,0L,(-9L),0L},{(-10L),0xD56DL,(-9L),1L,0x2142L,(-1L),0xFA9CL,0x5226L,0x7393L,1L},{0L,(-6L),(-1L),0x5226L,(-2L),(-1L),5L,0L,(-2L),(-1L)},{0x5226L,0L,0xF2C1L,0x2142L,4L,(-3L),0xD56DL,0L,0L,(-2L)},{0x50A1L,0L,0x52C9L,4L,0x8E52L,0x6EB4L,(-7L),0L,(-9L),(-10L)}},{{(-6L),0xDE28L,(-1L),(-1L),5L,(-5L),4L,(-2L),0xBA2CL,(-8L)},{(-8L),0xFA9CL,(-7L),1L,0x52C9L,(-3L),0xAB6EL,0L,4L,0x9244L},{0L,0x9244L,(-10L),(-1L),(-6L),0L,0L,(-6L),(-1L),(-10L)},{0L,0L,(-5L),1L,0x52C9L,0x2142L,0x3536L,(-7L),0xD56DL,0x6EB4L},{0xD718L,(-1L),(-1L),4L,1L,0L,0x3536L,0x4CEBL,(-2L),0xD718L},{0x0FFAL,(-3L),0x7094L,0L,0x6EB4L,(-1L),0x17D9L,(-3L),0x552FL,1L}}};
static int16_t g_1355 = 0x0F93L;
static const union U0 g_1379 = {-1L};
static const float g_1442[9][3] = {{0x1.905C74p+54,0x8.Dp+1,0xE.56C7BCp+29},{0x1.Cp-1,0x9.E866FDp-35,0xF.C72B0Cp-2},{0x8.Dp+1,0x8.Dp+1,0x9.E866FDp-35},{(-0x8.Cp-1),0xD.FF66AEp-97,0x1.Ap-1},{(-0x8.Cp-1),0x1.7p+1,0x1.Cp-1},{0x8.Dp+1,0xE.56C7BCp+29,0xD.FF66AEp-97},{0x1.Cp-1,(-0x8.Cp-1),0x1.Cp-1},{0x1.905C74p+54,0xA.B9449Fp+98,0x1.Ap-1},{0x1.1p-1,0xA.B9449Fp+98,0x9.E866FDp-35}};
static const union U0 *g_1555 = (void*)0;
static int64_t g_1571[4] = {5L,5L,5L,5L};
static uint64_t ** const * const **g_1646 = &g_702;


/* --- FORWARD DECLARATIONS --- */
static const uint8_t  func_1(void);
static const int32_t * func_7(int32_t  p_8, int32_t * p_9, uint8_t  p_10);
static int32_t * func_15(uint64_t  p_16, int32_t *** p_17, int64_t  p_18, int32_t  p_19);
static uint64_t  func_20(int32_t * p_21, int32_t ** p_22);
static int32_t  func_24(const uint64_t  p_25, uint32_t  p_26, int32_t  p_27);
static uint8_t  func_33(int32_t * p_34, uint64_t  p_35, int32_t ** p_36, uint32_t  p_37, uint16_t  p_38);
static int32_t * func_39(const int32_t ** const * p_40);
static int32_t  func_47(const int32_t * p_48, int32_t * p_49, uint64_t  p_50, int32_t *** p_51, int8_t * p_52);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_11 g_41 g_44 g_12 g_42 g_43 g_80 g_85 g_83 g_14 g_86 g_294 g_251.f2 g_145 g_146 g_224 g_96 g_472 g_251.f0 g_306 g_113 g_799 g_390.f2 g_216 g_388.f2 g_619 g_221 g_818 g_702 g_703 g_437 g_388.f3 g_536 g_388 g_471 g_390.f3 g_911 g_907.f0 g_388.f0 g_899 g_1259 g_1379.f0 g_251.f3 g_1043 g_366.f3 g_1379.f3 g_733 g_1331 g_1161 g_907.f3 g_1355 g_1218 g_366.f2 g_907.f2 g_1379.f2
 * writes: g_2 g_14 g_44 g_80 g_83 g_96 g_106 g_294 g_306 g_113 g_619 g_12 g_43 g_390.f2 g_818 g_251.f2 g_366.f1 g_219 g_99 g_841 g_536 g_890 g_146 g_899 g_251.f1 g_906 g_911 g_145 g_85 g_1340 g_221 g_734 g_1183 g_86 g_1555 g_1571 g_799 g_1331 g_366.f2 g_1043 g_1646 g_998
 */
static const uint8_t  func_1(void)
{ /* block id: 0 */
    int32_t *l_6[5];
    int32_t **l_5 = &l_6[3];
    int32_t ***l_13 = (void*)0;
    int32_t *l_23 = &g_2;
    int32_t ****l_1569 = &g_363[2][0];
    int64_t *l_1570 = &g_1571[3];
    int64_t l_1572 = 5L;
    const int32_t *l_1586 = &g_388[1].f3;
    const int32_t **l_1585 = &l_1586;
    int32_t l_1623 = 0x2EA2C127L;
    union U0 *l_1628 = &g_388[1];
    union U0 **l_1629 = &l_1628;
    int i;
    for (i = 0; i < 5; i++)
        l_6[i] = &g_2;
    for (g_2 = 8; (g_2 != (-2)); g_2 = safe_sub_func_uint64_t_u_u(g_2, 5))
    { /* block id: 3 */
        if (g_2)
            break;
    }
    (*l_5) = &g_2;
    (*l_1585) = ((*g_42) = func_7((**l_5), (g_2 , ((g_11 == (g_14[5][3][0] = (void*)0)) , func_15(func_20(l_23, &g_12), &l_5, ((*l_1570) = (l_1569 != &l_13)), l_1572))), g_1043));
    for (g_83 = 0; (g_83 <= (-24)); g_83 = safe_sub_func_uint8_t_u_u(g_83, 3))
    { /* block id: 643 */
        uint32_t l_1589 = 9UL;
        union U0 l_1592 = {1L};
        int8_t *l_1593 = &g_1331;
        int8_t *l_1594 = &g_86;
        uint8_t *l_1599 = &g_366.f2;
        int64_t *l_1604 = &g_80[4][0];
        uint8_t *l_1609 = &g_1043;
        uint64_t l_1610 = 0xC8689C7AC8F34044LL;
        int32_t l_1611 = 7L;
        float *l_1645 = &g_219;
        union U1 ***l_1649[8] = {(void*)0,&g_733,&g_733,(void*)0,&g_733,&g_733,(void*)0,&g_733};
        int i;
        (*l_23) = l_1589;
        if ((safe_rshift_func_int16_t_s_u(((l_1592 , (l_1611 ^= (((*l_1594) = ((*l_1593) = l_1592.f0)) || ((((*l_1609) = ((((0x70F8FBF16AF95EF1LL > (safe_div_func_uint64_t_u_u((safe_add_func_uint8_t_u_u((--(*l_1599)), (safe_add_func_int32_t_s_s((((((*l_1604) = ((*l_1570) = 0L)) , ((*g_224) <= (**l_5))) & ((((l_1592.f3 <= (safe_sub_func_uint8_t_u_u(0x26L, (safe_lshift_func_int8_t_s_s((0xD1B3L >= 0xAFB4L), 2))))) < 0x4F644418L) , (*g_224)) <= l_1592.f0)) != l_1589), (*l_23))))), 3UL))) && 0x77L) >= (*g_224)) || 65535UL)) != l_1610) >= (*l_23))))) || 0x1D015C83B41989E8LL), (*l_23))))
        { /* block id: 652 */
            uint32_t *l_1618 = &l_1589;
            uint16_t * const *l_1621 = &g_306;
            const int32_t l_1622 = 0x75B4F788L;
            union U0 *l_1627 = (void*)0;
            union U0 **l_1626 = &l_1627;
            (*l_23) = ((safe_add_func_int8_t_s_s(l_1592.f3, (safe_add_func_uint64_t_u_u((safe_lshift_func_uint16_t_u_u(((void*)0 != l_1618), 14)), g_907.f2)))) <= ((safe_div_func_uint16_t_u_u(((*l_23) || ((l_1621 != (void*)0) ^ ((l_1622 , l_1622) <= 7L))), (*g_224))) > (***g_703)));
            (*g_42) = func_15(l_1623, &g_11, ((-3L) & (**l_5)), (safe_rshift_func_uint8_t_u_s(g_1379.f0, 4)));
            l_1628 = ((*l_1626) = (void*)0);
            (*l_23) = l_1592.f2;
        }
        else
        { /* block id: 658 */
            float *l_1630 = &g_99;
            int32_t l_1633 = 0x22C28ADCL;
            union U1 ****l_1650 = (void*)0;
            union U1 ****l_1651 = &g_998[1][3][2];
            l_1633 = (((*l_1630) = ((g_221[0] , &g_1555) == l_1629)) > (safe_mul_func_float_f_f(((l_1633 , (((((((safe_sub_func_int8_t_s_s(l_1592.f2, ((((-1L) | (safe_mul_func_int16_t_s_s(((safe_div_func_uint16_t_u_u((((*l_1586) , ((safe_rshift_func_int16_t_s_u(((((safe_div_func_uint16_t_u_u(l_1633, (safe_unary_minus_func_uint64_t_u(l_1610)))) , l_1586) != l_1645) || l_1633), l_1592.f0)) & l_1633)) | (-10L)), (*g_224))) <= (*g_224)), (*g_306)))) , l_1633) < (***g_703)))) <= l_1633) | 1UL) < l_1633) >= 1L) , &g_702) == &g_702)) , g_907.f3), 0x0.9p-1)));
            g_1646 = &g_702;
            l_1592.f3 = (l_1589 , (((safe_mul_func_uint8_t_u_u((((((*l_1651) = l_1649[7]) != &g_733) != (safe_mul_func_uint8_t_u_u((safe_div_func_int64_t_s_s((-1L), (safe_div_func_uint16_t_u_u(5UL, l_1633)))), 0UL))) <= l_1611), (((+(*g_224)) ^ l_1633) < 0x6A5B5B95L))) & 0x57L) != (****g_702)));
        }
    }
    return (**l_5);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_799
 */
static const int32_t * func_7(int32_t  p_8, int32_t * p_9, uint8_t  p_10)
{ /* block id: 634 */
    uint32_t l_1576 = 4294967292UL;
    int32_t l_1577 = 1L;
    int32_t *l_1578[7][7][5] = {{{(void*)0,&g_44,&g_388[1].f3,&g_106,&g_390.f2},{&g_2,&l_1577,&g_388[1].f3,&g_2,&g_44},{&g_44,(void*)0,&g_106,&l_1577,&g_106},{&g_2,&g_2,&g_106,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,&g_2,(void*)0},{&g_44,&g_390.f2,&l_1577,&l_1577,&g_106},{(void*)0,(void*)0,&g_44,&g_106,(void*)0}},{{&g_388[1].f2,&g_2,(void*)0,&g_44,(void*)0},{&g_44,(void*)0,&g_388[1].f3,(void*)0,(void*)0},{(void*)0,&l_1577,&g_44,&g_44,&l_1577},{(void*)0,&g_44,&g_106,&g_44,&g_388[1].f3},{&g_44,&g_388[1].f3,(void*)0,&g_388[1].f3,&g_44},{&g_388[1].f2,&g_388[1].f3,(void*)0,&g_106,&g_2},{(void*)0,&l_1577,&l_1577,&g_390.f2,(void*)0}},{{&g_44,&g_106,(void*)0,&g_388[1].f3,&g_2},{(void*)0,&g_390.f2,&g_388[1].f3,&g_390.f2,&g_44},{&g_2,(void*)0,&g_44,(void*)0,&g_388[1].f3},{&g_44,&g_2,&g_44,&g_390.f2,&l_1577},{&g_2,&g_106,(void*)0,&g_390.f2,(void*)0},{(void*)0,&g_106,&g_2,(void*)0,(void*)0},{&g_106,&g_44,&g_106,&g_390.f2,(void*)0}},{{&g_2,(void*)0,&g_390.f3,&g_388[1].f3,&g_106},{(void*)0,&g_388[1].f3,&g_44,&g_390.f2,(void*)0},{&g_2,&g_44,&g_390.f3,&g_106,(void*)0},{&g_390.f2,(void*)0,&g_106,&g_388[1].f3,&g_106},{&g_44,(void*)0,&g_388[1].f2,(void*)0,&g_106},{(void*)0,&g_388[1].f3,&g_44,&g_390.f2,&l_1577},{&l_1577,&g_388[1].f3,(void*)0,&g_44,&g_2}},{{&g_44,(void*)0,&g_106,&g_106,(void*)0},{&g_44,&g_390.f2,&g_2,(void*)0,&l_1577},{&g_2,&g_390.f2,&g_44,(void*)0,&g_388[1].f2},{&g_390.f2,&g_2,&g_106,&g_106,(void*)0},{&g_2,&g_44,&l_1577,(void*)0,&g_106},{&g_44,&l_1577,&g_390.f2,(void*)0,&g_388[1].f3},{&g_44,(void*)0,(void*)0,(void*)0,&g_2}},{{&l_1577,(void*)0,&g_106,&l_1577,&g_2},{(void*)0,(void*)0,&g_390.f3,&g_388[1].f3,&g_388[1].f3},{&g_44,&g_388[1].f3,&g_388[1].f3,&g_44,&g_106},{&l_1577,&g_2,&g_390.f2,&g_2,(void*)0},{(void*)0,&g_2,(void*)0,(void*)0,&g_388[1].f2},{(void*)0,(void*)0,&g_44,&g_2,&l_1577},{(void*)0,&g_390.f3,&l_1577,&g_44,(void*)0}},{{&g_388[1].f3,&l_1577,&g_2,&g_388[1].f3,&g_2},{&g_106,&g_390.f2,&l_1577,&l_1577,&l_1577},{&g_388[1].f2,&g_388[1].f3,&l_1577,(void*)0,&g_106},{&g_106,&g_106,&g_2,(void*)0,&g_2},{&g_106,&g_106,&l_1577,(void*)0,&g_390.f2},{&g_388[1].f3,&l_1577,&g_44,&g_106,&g_44},{&g_390.f2,&l_1577,(void*)0,(void*)0,(void*)0}}};
    int32_t l_1579 = 4L;
    uint16_t l_1580 = 0x14C0L;
    uint16_t ****l_1583 = &g_799;
    const int32_t *l_1584 = &g_1379.f2;
    int i, j, k;
    l_1577 &= l_1576;
    --l_1580;
    (*l_1583) = &g_800;
    return l_1584;
}


/* ------------------------------------------ */
/* 
 * reads : g_11 g_12
 * writes:
 */
static int32_t * func_15(uint64_t  p_16, int32_t *** p_17, int64_t  p_18, int32_t  p_19)
{ /* block id: 631 */
    uint32_t l_1573[3];
    int i;
    for (i = 0; i < 3; i++)
        l_1573[i] = 18446744073709551614UL;
    l_1573[2]++;
    return (**p_17);
}


/* ------------------------------------------ */
/* 
 * reads : g_41 g_44 g_12 g_2 g_42 g_43 g_80 g_85 g_83 g_14 g_86 g_294 g_251.f2 g_145 g_146 g_224 g_96 g_472 g_251.f0 g_306 g_113 g_799 g_390.f2 g_11 g_216 g_388.f2 g_619 g_221 g_818 g_702 g_703 g_437 g_388.f3 g_536 g_388 g_471 g_390.f3 g_911 g_907.f0 g_388.f0 g_899 g_1259 g_1379.f0 g_251.f3 g_1043 g_366.f3 g_1379.f3 g_733 g_1331 g_1161 g_907.f3 g_1355 g_1218
 * writes: g_44 g_80 g_83 g_96 g_14 g_106 g_294 g_306 g_113 g_619 g_12 g_43 g_390.f2 g_818 g_251.f2 g_366.f1 g_219 g_99 g_841 g_536 g_890 g_146 g_899 g_251.f1 g_906 g_911 g_145 g_85 g_1340 g_221 g_734 g_1183 g_86 g_1555
 */
static uint64_t  func_20(int32_t * p_21, int32_t ** p_22)
{ /* block id: 8 */
    uint32_t l_824 = 3UL;
    int32_t *l_826[7][7] = {{&g_388[1].f3,(void*)0,(void*)0,(void*)0,(void*)0,&g_388[1].f3,(void*)0},{&g_388[1].f2,&g_388[1].f2,(void*)0,&g_388[1].f2,&g_388[1].f2,(void*)0,&g_388[1].f2},{(void*)0,(void*)0,(void*)0,(void*)0,&g_388[1].f3,(void*)0,&g_388[1].f3},{&g_2,&g_388[1].f2,&g_2,&g_388[1].f3,&g_388[1].f3,&g_388[1].f3,&g_2},{(void*)0,(void*)0,(void*)0,&g_388[1].f3,(void*)0,&g_2,&g_388[1].f3},{&g_388[1].f2,&g_388[1].f3,&g_388[1].f3,&g_388[1].f2,&g_388[1].f3,&g_388[1].f3,&g_388[1].f2},{&g_388[1].f3,&g_388[1].f3,(void*)0,&g_388[1].f3,(void*)0,(void*)0,(void*)0}};
    int32_t **l_825 = &l_826[1][1];
    int32_t **l_834 = &l_826[1][1];
    int32_t ***l_833[2];
    int32_t **l_835 = &l_826[0][3];
    union U0 l_838[2] = {{0x8954A7DDL},{0x8954A7DDL}};
    float *l_839 = &g_99;
    float *l_840 = &g_841;
    uint64_t l_842 = 0x756CB8A74191AB36LL;
    uint64_t *l_909 = (void*)0;
    uint64_t *l_910 = &g_911[1];
    uint64_t *l_912 = &g_899[2];
    int32_t l_913 = (-1L);
    union U1 l_927[6][1][8] = {{{{0x764E4868557D0822LL},{0x4DD485E184BECCB5LL},{-1L},{-1L},{0x4DD485E184BECCB5LL},{0x764E4868557D0822LL},{1L},{0x764E4868557D0822LL}}},{{{0x4DD485E184BECCB5LL},{0x764E4868557D0822LL},{1L},{0x764E4868557D0822LL},{0x4DD485E184BECCB5LL},{-1L},{-1L},{0x4DD485E184BECCB5LL}}},{{{0x764E4868557D0822LL},{0x14A6E320B6A89F8ELL},{0x14A6E320B6A89F8ELL},{0x764E4868557D0822LL},{0L},{-1L},{0L},{0x14A6E320B6A89F8ELL}}},{{{0x4DD485E184BECCB5LL},{0L},{0x4DD485E184BECCB5LL},{1L},{0x98703F9F3F6FAB92LL},{0x98703F9F3F6FAB92LL},{1L},{0x4DD485E184BECCB5LL}}},{{{0L},{0L},{0x98703F9F3F6FAB92LL},{-1L},{0x764E4868557D0822LL},{-1L},{0x98703F9F3F6FAB92LL},{0L}}},{{{0L},{0x4DD485E184BECCB5LL},{1L},{0x98703F9F3F6FAB92LL},{0x98703F9F3F6FAB92LL},{1L},{0x4DD485E184BECCB5LL},{0L}}}};
    uint16_t **l_930 = &g_306;
    int32_t l_937 = 0x86C19499L;
    union U0 l_949 = {0L};
    union U1 l_950 = {0x5E9C2C5656AC68CELL};
    uint32_t *l_1038 = &g_221[0];
    uint32_t ** const l_1037 = &l_1038;
    float l_1070[3][1][4];
    int32_t l_1077 = 1L;
    uint64_t l_1116[5][3] = {{0x3AB7DEC91DE3D671LL,0x3CC7878783813255LL,0x3AB7DEC91DE3D671LL},{2UL,2UL,2UL},{0x3AB7DEC91DE3D671LL,0x3CC7878783813255LL,0x3AB7DEC91DE3D671LL},{2UL,2UL,2UL},{0x3AB7DEC91DE3D671LL,0x3CC7878783813255LL,0x3AB7DEC91DE3D671LL}};
    int8_t **l_1132 = &g_85;
    const int32_t ** const *l_1224 = &g_42;
    int8_t l_1264 = 0x80L;
    uint64_t * const *l_1296 = &l_910;
    uint64_t * const ** const l_1295 = &l_1296;
    union U1 * const l_1316 = (void*)0;
    union U1 * const *l_1315 = &l_1316;
    const uint8_t l_1319 = 255UL;
    uint16_t l_1382 = 1UL;
    float l_1462 = 0x1.Fp-1;
    int64_t *l_1550 = &g_1183;
    uint8_t *l_1556 = &g_251.f2;
    const uint64_t l_1559 = 0UL;
    int8_t l_1566 = 3L;
    int32_t l_1567 = 2L;
    int64_t l_1568 = 0L;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_833[i] = &l_834;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 4; k++)
                l_1070[i][j][k] = 0x7.39FF34p-88;
        }
    }
    if (func_24(((*l_912) = ((*l_910) ^= (safe_unary_minus_func_uint8_t_u(((safe_div_func_int8_t_s_s((((safe_add_func_uint8_t_u_u(func_33(func_39(g_41), (l_824 = (**g_216)), l_825, ((safe_div_func_uint64_t_u_u((safe_sub_func_uint64_t_u_u(((safe_mul_func_uint16_t_u_u((&p_21 == (l_835 = (p_22 = &p_21))), (((*l_840) = (((void*)0 == (*g_702)) < ((safe_sub_func_float_f_f(((*l_839) = ((l_838[1] , g_437[7][2][0]) >= g_388[1].f2)), g_388[1].f3)) < g_388[1].f2))) , l_842))) | (*g_145)), 0x637CC1BB2BB6018ALL)), 0x68DB1AD4A029D21ALL)) , g_221[2]), g_2), g_437[7][2][0])) && g_80[0][0]) < 0x36DD69F7L), 255UL)) , g_619))))), g_437[6][1][0], l_913))
    { /* block id: 320 */
        float l_915 = (-0x1.Bp+1);
        int32_t l_916 = 0x45CECD1CL;
        int32_t l_917 = (-4L);
        int32_t l_918[10] = {0xF00157DCL,0xF00157DCL,0xF00157DCL,0xF00157DCL,0xF00157DCL,0xF00157DCL,0xF00157DCL,0xF00157DCL,0xF00157DCL,0xF00157DCL};
        int64_t l_919 = 0x24009C278E621CBALL;
        uint64_t l_920 = 0x1CE10137DE554EDDLL;
        uint32_t l_938[1];
        int i;
        for (i = 0; i < 1; i++)
            l_938[i] = 4294967295UL;
        (*g_11) = (void*)0;
        l_920++;
        l_938[0] &= (l_918[6] &= (safe_mul_func_int16_t_s_s(((*g_224) = (safe_sub_func_uint32_t_u_u(g_390.f2, (l_927[2][0][7] , ((safe_rshift_func_uint16_t_u_s((((((void*)0 != l_930) , ((((safe_mod_func_uint16_t_u_u((((**g_703) = (***g_702)) == (g_907.f0 , &l_842)), (safe_add_func_int64_t_s_s((safe_rshift_func_int16_t_s_u((4294967295UL && 0x019E063AL), 0)), (-10L))))) , g_221[0]) , l_916) && l_937)) < g_388[1].f0) ^ l_916), 6)) | 0x432DL))))), 0x0CCAL)));
    }
    else
    { /* block id: 327 */
        uint64_t l_943 = 18446744073709551615UL;
        int32_t l_953 = 0x59F0B59FL;
        int32_t l_963[10][8][3] = {{{1L,0xB31F39B1L,3L},{0x5FB70E8BL,(-1L),(-6L)},{1L,1L,3L},{0L,0x5FB70E8BL,0x569A09EBL},{1L,1L,0x592C72E4L},{0L,0L,0xCB75D41CL},{1L,1L,8L},{0x5FB70E8BL,0L,0xB5AE411BL}},{{1L,1L,0x70D798AFL},{(-1L),0x5FB70E8BL,0xB5AE411BL},{0xB31F39B1L,1L,8L},{(-1L),(-1L),0xCB75D41CL},{0xB31F39B1L,0xB31F39B1L,0x592C72E4L},{(-1L),(-1L),0x569A09EBL},{1L,0xB31F39B1L,3L},{0x5FB70E8BL,(-1L),(-6L)}},{{1L,1L,3L},{0L,0x5FB70E8BL,0x569A09EBL},{1L,1L,0x592C72E4L},{0L,0L,0xCB75D41CL},{1L,1L,8L},{0x5FB70E8BL,0L,0xB5AE411BL},{1L,1L,0x70D798AFL},{(-1L),0x5FB70E8BL,0xB5AE411BL}},{{0xB31F39B1L,1L,8L},{(-1L),(-1L),0xCB75D41CL},{0xB31F39B1L,0xB31F39B1L,0x592C72E4L},{(-1L),(-1L),0x569A09EBL},{1L,0xB31F39B1L,3L},{0x5FB70E8BL,(-1L),(-6L)},{1L,1L,3L},{0L,0x5FB70E8BL,0x569A09EBL}},{{1L,1L,0x592C72E4L},{0L,0L,0xCB75D41CL},{1L,1L,8L},{0x5FB70E8BL,0L,0xB5AE411BL},{1L,1L,0x70D798AFL},{(-1L),0x5FB70E8BL,0xB5AE411BL},{0xB31F39B1L,1L,8L},{(-1L),(-1L),0xCB75D41CL}},{{0xB31F39B1L,0xB31F39B1L,0x592C72E4L},{(-1L),(-1L),0x569A09EBL},{1L,0xB31F39B1L,3L},{0x5FB70E8BL,(-1L),(-6L)},{1L,1L,3L},{0L,0x5FB70E8BL,0x569A09EBL},{0xFAFF0AB5L,0L,0xB31F39B1L},{0x20675F04L,0x20675F04L,0L}},{{0L,0xFAFF0AB5L,0L},{(-6L),0x20675F04L,(-1L)},{0L,0L,0xD1FB7FE5L},{0L,(-6L),(-1L)},{0x5C2073C6L,0L,0L},{(-1L),0L,0L},{0x5C2073C6L,0x5C2073C6L,0xB31F39B1L},{0L,(-1L),4L}},{{0L,0x5C2073C6L,1L},{(-6L),0L,(-6L)},{0L,0L,1L},{0x20675F04L,(-6L),4L},{0xFAFF0AB5L,0L,0xB31F39B1L},{0x20675F04L,0x20675F04L,0L},{0L,0xFAFF0AB5L,0L},{(-6L),0x20675F04L,(-1L)}},{{0L,0L,0xD1FB7FE5L},{0L,(-6L),(-1L)},{0x5C2073C6L,0L,0L},{(-1L),0L,0L},{0x5C2073C6L,0x5C2073C6L,0xB31F39B1L},{0L,(-1L),4L},{0L,0x5C2073C6L,1L},{(-6L),0L,(-6L)}},{{0L,0L,1L},{0x20675F04L,(-6L),4L},{0xFAFF0AB5L,0L,0xB31F39B1L},{0x20675F04L,0x20675F04L,0L},{0L,0xFAFF0AB5L,0L},{(-6L),0x20675F04L,(-1L)},{0L,0L,0xD1FB7FE5L},{0L,(-6L),(-1L)}}};
        int16_t l_966 = (-9L);
        int8_t l_968 = 1L;
        union U1 ***l_997 = &g_733;
        int8_t l_1003 = 2L;
        uint16_t *l_1096 = &g_113;
        uint16_t l_1131 = 0xA24AL;
        int32_t **l_1175 = &l_826[1][1];
        int8_t *l_1377 = &l_1003;
        const union U0 *l_1378 = &g_1379;
        uint8_t *l_1380 = &l_950.f2;
        uint8_t *l_1381 = &l_927[2][0][7].f2;
        uint64_t ***l_1430 = &g_216;
        uint64_t ****l_1429 = &l_1430;
        uint16_t *l_1507 = &l_1131;
        int32_t l_1513 = 1L;
        int64_t *l_1518 = &g_80[2][0];
        uint64_t l_1536 = 0xF537E1DE323CF153LL;
        int i, j, k;
        for (g_146 = (-4); (g_146 < 49); g_146 = safe_add_func_uint16_t_u_u(g_146, 3))
        { /* block id: 330 */
            int64_t l_944 = 0xC880161BAECFCF95LL;
            int32_t l_945 = 6L;
            const int32_t ** const *l_948[5] = {&g_42,&g_42,&g_42,&g_42,&g_42};
            uint64_t *l_951 = &l_943;
            int32_t l_954 = 0xA76F9405L;
            int32_t l_957[5] = {0xD97E798EL,0xD97E798EL,0xD97E798EL,0xD97E798EL,0xD97E798EL};
            uint32_t l_1016 = 3UL;
            uint8_t *l_1022[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            const uint64_t l_1081 = 0x8C89A44F1CD0471BLL;
            uint64_t * const ***l_1127 = (void*)0;
            union U1 l_1128[4] = {{0x0F80D972AC35C871LL},{0x0F80D972AC35C871LL},{0x0F80D972AC35C871LL},{0x0F80D972AC35C871LL}};
            union U0 *l_1130 = &l_949;
            union U0 **l_1129 = &l_1130;
            int i;
        }
        if (l_966)
        { /* block id: 414 */
            return l_963[7][0][2];
        }
        else
        { /* block id: 416 */
            int32_t l_1135[9][5][5] = {{{(-7L),0x3BD626D0L,0L,8L,0x4282DB53L},{0x4282DB53L,0x4DEE4DBFL,0x6E1D1C64L,0xE06E6199L,0xAAC54030L},{(-1L),0x3BD626D0L,(-2L),(-7L),0xAAC54030L},{0x50B56EDBL,0xE681C53CL,0x03743067L,0x84CE0D76L,0x4282DB53L},{0xA45739BDL,0x84CE0D76L,(-2L),0x758A13EAL,0x900218B2L}},{{0xA45739BDL,0x66DA2502L,0x6E1D1C64L,0x66DA2502L,0xA45739BDL},{0x50B56EDBL,(-7L),0L,0x758A13EAL,0xB03E02DDL},{(-1L),(-7L),0x1E34934EL,0x84CE0D76L,(-2L)},{0x4282DB53L,0x66DA2502L,0xB73390A6L,(-7L),0xB03E02DDL},{(-7L),0x84CE0D76L,0xB73390A6L,0xE06E6199L,0xA45739BDL}},{{0xB03E02DDL,0xE681C53CL,0x1E34934EL,8L,0x900218B2L},{(-7L),0x3BD626D0L,0L,8L,0x4282DB53L},{0x4282DB53L,0x4DEE4DBFL,0x6E1D1C64L,0xE06E6199L,0xAAC54030L},{(-1L),0x3BD626D0L,(-2L),(-7L),0x3BD626D0L},{0xE681C53CL,0x5193A986L,4L,0x65BD34A5L,(-7L)}},{{0x2746C5ECL,0x65BD34A5L,(-2L),(-1L),(-7L)},{0x2746C5ECL,6L,0L,6L,0x2746C5ECL},{0xE681C53CL,1L,1L,(-1L),0xE06E6199L},{8L,1L,0x65BC5B58L,0x65BD34A5L,0x84CE0D76L},{(-7L),6L,0xACFA3EA2L,1L,0xE06E6199L}},{{0x4DEE4DBFL,0x65BD34A5L,0xACFA3EA2L,(-4L),0x2746C5ECL},{0xE06E6199L,0x5193A986L,0x65BC5B58L,0xAAE78958L,(-7L)},{0x4DEE4DBFL,8L,1L,0xAAE78958L,(-7L)},{(-7L),0x00AB6903L,0L,(-4L),0x3BD626D0L},{8L,8L,(-2L),1L,0x3BD626D0L}},{{0xE681C53CL,0x5193A986L,4L,0x65BD34A5L,(-7L)},{0x2746C5ECL,0x65BD34A5L,(-2L),(-1L),(-7L)},{0x2746C5ECL,6L,0L,6L,0x2746C5ECL},{0xE681C53CL,1L,1L,(-1L),0xE06E6199L},{8L,1L,0x65BC5B58L,0x65BD34A5L,0x84CE0D76L}},{{(-7L),6L,0xACFA3EA2L,1L,0xE06E6199L},{0x4DEE4DBFL,0x65BD34A5L,0xACFA3EA2L,(-4L),0x2746C5ECL},{0xE06E6199L,0x5193A986L,0x65BC5B58L,0xAAE78958L,(-7L)},{0x4DEE4DBFL,8L,1L,0xAAE78958L,(-7L)},{(-7L),0x00AB6903L,0L,(-4L),0x3BD626D0L}},{{8L,8L,(-2L),1L,0x3BD626D0L},{0xE681C53CL,0x5193A986L,4L,0x65BD34A5L,(-7L)},{0x2746C5ECL,0x65BD34A5L,(-2L),(-1L),(-7L)},{0x2746C5ECL,6L,0L,6L,0x2746C5ECL},{0xE681C53CL,1L,1L,(-1L),0xE06E6199L}},{{8L,1L,0x65BC5B58L,0x65BD34A5L,0x84CE0D76L},{(-7L),6L,0xACFA3EA2L,1L,0xE06E6199L},{0x4DEE4DBFL,0x65BD34A5L,0xACFA3EA2L,(-4L),0x2746C5ECL},{0xE06E6199L,0x5193A986L,0x65BC5B58L,0xAAE78958L,(-7L)},{0x4DEE4DBFL,8L,1L,0xAAE78958L,(-7L)}}};
            union U1 l_1170 = {1L};
            int32_t **l_1176 = &g_12;
            int64_t l_1187[9] = {0x24953F2DF78B2B66LL,(-7L),(-7L),0x24953F2DF78B2B66LL,(-7L),(-7L),0x24953F2DF78B2B66LL,(-7L),(-7L)};
            const int32_t *l_1190 = &l_913;
            uint8_t l_1244 = 0x8BL;
            uint16_t **l_1284[10] = {&g_306,&g_306,&g_306,&g_306,&g_306,&g_306,&g_306,&g_306,&g_306,&g_306};
            int32_t l_1293 = 0xC8F68E08L;
            uint64_t ***l_1341 = &g_216;
            int16_t l_1356[4] = {0x703CL,0x703CL,0x703CL,0x703CL};
            int i, j, k;
            for (g_536 = (-14); (g_536 > 14); g_536++)
            { /* block id: 419 */
                int32_t l_1138[2][9] = {{0x2F8296C3L,(-3L),0x2F8296C3L,(-3L),0x2F8296C3L,(-3L),0x2F8296C3L,(-3L),0x2F8296C3L},{0x8297901DL,0x8297901DL,0x8297901DL,0x8297901DL,0x8297901DL,0x8297901DL,0x8297901DL,0x8297901DL,0x8297901DL}};
                union U0 l_1159 = {-4L};
                int32_t *l_1185 = &l_953;
                uint64_t *l_1217 = (void*)0;
                int8_t *l_1238[3];
                uint16_t ****l_1287 = &g_799;
                uint32_t l_1305 = 0UL;
                union U1 l_1309 = {0x340BBBD59233FEE3LL};
                uint32_t l_1357[7][3] = {{0xF7779CCBL,18446744073709551615UL,0xF7779CCBL},{0xF7779CCBL,18446744073709551609UL,18446744073709551615UL},{18446744073709551609UL,0xF7779CCBL,0xF7779CCBL},{18446744073709551615UL,0xF7779CCBL,8UL},{8UL,18446744073709551609UL,0x3ED1744AL},{18446744073709551615UL,18446744073709551615UL,0x3ED1744AL},{18446744073709551609UL,8UL,8UL}};
                uint32_t *l_1360 = &l_824;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_1238[i] = &g_619;
            }
        }
        if ((((***g_703) = (***g_703)) , (l_963[3][0][2] = (safe_mod_func_int16_t_s_s((l_953 != (*g_145)), (g_1340[2][1][0] = (g_818[1] , ((safe_div_func_int8_t_s_s((safe_sub_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_u(((**l_930) &= (safe_add_func_int32_t_s_s((safe_add_func_uint32_t_u_u((safe_add_func_uint8_t_u_u(((*l_1381) = ((*l_1380) = (((safe_sub_func_float_f_f(g_146, (((*g_472) = l_1377) != &l_1264))) , ((l_1378 = &l_949) == &g_390)) && (***l_1224)))), (***l_1224))), (*g_12))), (**l_835)))), g_899[1])) < 1L), l_1003)), l_963[3][0][2])) | (-7L)))))))))
        { /* block id: 530 */
            uint32_t l_1383 = 0x40B81AABL;
            int32_t l_1424 = 3L;
            uint64_t ***l_1426 = (void*)0;
            uint64_t ****l_1425 = &l_1426;
            const int32_t ** const *l_1448[5] = {&g_42,&g_42,&g_42,&g_42,&g_42};
            uint32_t l_1477 = 0x68A59305L;
            int i;
            if (l_1382)
            { /* block id: 531 */
                uint8_t l_1386 = 5UL;
                union U1 l_1400 = {-1L};
                const int32_t ** const *l_1404 = &g_42;
                union U1 **l_1410[4][3] = {{&g_734,&g_734,&g_734},{&g_734,&g_734,&g_734},{&g_734,&g_734,&g_734},{&g_734,&g_734,&g_734}};
                int32_t l_1423 = 0x41642545L;
                int i, j;
                if ((**p_22))
                { /* block id: 532 */
                    uint32_t l_1401 = 0x0425961BL;
                    if (((g_1259 ^ 0xC7L) | 0x9B3EB6E14C98931ELL))
                    { /* block id: 533 */
                        ++l_1383;
                        return l_1386;
                    }
                    else
                    { /* block id: 536 */
                        float l_1402 = 0x0.7p+1;
                        int32_t l_1403 = 1L;
                        l_1403 = (safe_mul_func_uint16_t_u_u(l_1386, ((safe_add_func_uint32_t_u_u(l_953, ((safe_lshift_func_int16_t_s_u((*g_224), 14)) >= ((safe_sub_func_int64_t_s_s((safe_sub_func_uint16_t_u_u(((((g_388[1] , (-(g_1379.f0 > ((safe_add_func_float_f_f(((-0x1.Bp+1) > (l_1400 , l_1401)), ((*l_839) = ((g_841 = (((g_818[1] > (-0x1.9p-1)) != l_1383) <= l_1383)) >= 0x6.Fp-1)))) > g_251.f3)))) , (void*)0) == &g_890[0][0]) , 0x20B6L), (*g_224))), g_1043)) == g_366.f3)))) ^ (*p_21))));
                    }
                }
                else
                { /* block id: 541 */
                    (*l_834) = (*p_22);
                }
                l_1424 |= (l_1423 = (((*g_224) |= l_1383) != ((safe_add_func_uint64_t_u_u(((((+((**l_1037) = (safe_lshift_func_uint8_t_u_s((l_953 , (l_1410[3][1] == l_1410[2][1])), 3)))) || (safe_mod_func_uint32_t_u_u(0xA3081649L, (safe_mod_func_int16_t_s_s(((safe_sub_func_int32_t_s_s(((((g_366.f3 != (****g_702)) <= (((***l_1295) = (l_1383 , (((safe_add_func_float_f_f(((safe_sub_func_float_f_f((((*l_840) = ((((*l_839) = 0x5.3D7A19p+51) , g_1379.f3) > l_1383)) > (***l_1404)), 0x3.22FAFDp-41)) == g_2), 0x3.81A472p-72)) , 0x14EFL) > 5L))) != (***l_1404))) >= (*p_21)) > l_1383), l_1383)) , g_437[7][2][0]), l_1383))))) < 0x92L) && (-4L)), (***l_1404))) || 0UL)));
            }
            else
            { /* block id: 551 */
                uint64_t *****l_1427 = (void*)0;
                uint64_t *****l_1428[10][5][5] = {{{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,&l_1425,&l_1425,(void*)0,&l_1425},{&l_1425,&l_1425,&l_1425,&l_1425,&l_1425},{&l_1425,(void*)0,&l_1425,&l_1425,(void*)0},{&l_1425,&l_1425,(void*)0,&l_1425,(void*)0}},{{&l_1425,(void*)0,&l_1425,(void*)0,(void*)0},{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,&l_1425,&l_1425,(void*)0,&l_1425},{&l_1425,&l_1425,&l_1425,&l_1425,&l_1425},{&l_1425,(void*)0,&l_1425,&l_1425,(void*)0}},{{&l_1425,&l_1425,(void*)0,&l_1425,(void*)0},{&l_1425,(void*)0,&l_1425,(void*)0,(void*)0},{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,&l_1425,&l_1425,(void*)0,&l_1425},{&l_1425,&l_1425,&l_1425,&l_1425,&l_1425}},{{&l_1425,(void*)0,&l_1425,&l_1425,(void*)0},{&l_1425,&l_1425,(void*)0,&l_1425,(void*)0},{&l_1425,(void*)0,&l_1425,(void*)0,(void*)0},{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,&l_1425,&l_1425,(void*)0,&l_1425}},{{&l_1425,&l_1425,&l_1425,&l_1425,&l_1425},{&l_1425,(void*)0,&l_1425,&l_1425,(void*)0},{&l_1425,&l_1425,(void*)0,&l_1425,(void*)0},{&l_1425,(void*)0,&l_1425,(void*)0,(void*)0},{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425}},{{&l_1425,&l_1425,&l_1425,(void*)0,&l_1425},{&l_1425,&l_1425,&l_1425,&l_1425,&l_1425},{&l_1425,(void*)0,&l_1425,&l_1425,(void*)0},{&l_1425,&l_1425,(void*)0,&l_1425,(void*)0},{&l_1425,(void*)0,(void*)0,&l_1425,&l_1425}},{{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,(void*)0,&l_1425,&l_1425,(void*)0},{&l_1425,&l_1425,&l_1425,&l_1425,&l_1425},{&l_1425,&l_1425,&l_1425,&l_1425,&l_1425},{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425}},{{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,(void*)0,&l_1425,&l_1425,(void*)0},{&l_1425,&l_1425,&l_1425,&l_1425,&l_1425},{&l_1425,&l_1425,&l_1425,&l_1425,&l_1425}},{{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,(void*)0,&l_1425,&l_1425,(void*)0},{&l_1425,&l_1425,&l_1425,&l_1425,&l_1425}},{{&l_1425,&l_1425,&l_1425,&l_1425,&l_1425},{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,&l_1425,(void*)0,&l_1425,&l_1425},{&l_1425,(void*)0,&l_1425,&l_1425,(void*)0}}};
                int32_t l_1443 = 0x31C897B6L;
                union U1 *l_1449 = &l_950;
                uint16_t ****l_1456 = &g_799;
                int i, j, k;
                l_1425 = (l_1429 = l_1425);
                if ((safe_add_func_int32_t_s_s((((*g_306) = (((l_1383 , (safe_add_func_int8_t_s_s(((**l_1132) ^= ((((+(((0UL == (***l_1224)) , &l_1430) == &l_1430)) & (safe_sub_func_uint8_t_u_u(g_146, ((***g_703) & ((safe_rshift_func_uint8_t_u_s(((safe_sub_func_int64_t_s_s(l_1424, (l_1424 && (*p_21)))) & 3UL), 4)) , 18446744073709551606UL))))) > l_1443) || l_1424)), 1UL))) & g_437[8][2][0]) >= 9L)) , l_1424), l_1383)))
                { /* block id: 556 */
                    uint8_t l_1463 = 0xC6L;
                    int32_t l_1476[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_1476[i] = (-10L);
lbl_1480:
                    for (l_937 = 13; (l_937 > 15); l_937 = safe_add_func_int16_t_s_s(l_937, 5))
                    { /* block id: 559 */
                        float l_1461 = 0x3.40D93Bp-25;
                        (*l_825) = (((**g_472) = (g_907.f0 <= (safe_add_func_int16_t_s_s((*g_224), (*g_306))))) , &l_1443);
                        (*g_733) = l_1449;
                        l_1424 ^= (safe_mod_func_int16_t_s_s(((safe_add_func_uint16_t_u_u((((*l_1449) , ((safe_sub_func_uint16_t_u_u((l_1456 == &g_799), (0UL & (safe_rshift_func_int16_t_s_u(((l_1463 = (safe_rshift_func_int8_t_s_u(l_1003, 5))) != (l_1443 == (safe_add_func_uint64_t_u_u((l_1476[0] = ((safe_rshift_func_uint16_t_u_u((safe_sub_func_int64_t_s_s((safe_rshift_func_uint8_t_u_s((safe_sub_func_int64_t_s_s(((safe_sub_func_int64_t_s_s((l_1476[0] >= (((l_1477 && (safe_mod_func_uint8_t_u_u(1UL, 251UL))) == l_1131) <= l_1443)), l_1443)) < g_96), 0xA2E95397FE81057ELL)), l_1476[0])), 0UL)), l_1443)) < l_1476[0])), 0xA479B8E094C1C22CLL)))), (***l_1224)))))) , 0xC.0C46F5p-78)) , 65535UL), 1UL)) && g_1331), 0x1C09L));
                    }
                    for (l_1264 = 1; (l_1264 >= 0); l_1264 -= 1)
                    { /* block id: 569 */
                        int i;
                        if (l_1003)
                            goto lbl_1480;
                        (*g_42) = g_1161[l_1264];
                        l_1424 &= (g_388[l_1264] , (*p_21));
                    }
                }
                else
                { /* block id: 574 */
                    uint16_t l_1481 = 65527UL;
                    l_1481 &= 1L;
                }
            }
        }
        else
        { /* block id: 578 */
            int64_t l_1484 = (-4L);
            int64_t *l_1495 = &g_1183;
            int32_t l_1496 = 1L;
            int32_t l_1497 = 0L;
            union U0 l_1508 = {0xDE2548BEL};
            if (((safe_mul_func_int8_t_s_s((((**l_835) | (l_1484 || (-1L))) < (l_838[1] , (0xA4104DAFD1FAABEELL > 0L))), (*g_85))) > (((!((*l_1495) = (safe_add_func_uint8_t_u_u(((*l_1381) ^= (safe_mod_func_uint32_t_u_u(1UL, (((~(safe_unary_minus_func_uint8_t_u(((!(((18446744073709551611UL >= l_1484) & l_1484) , 0x78EA63CEE6BEA2E8LL)) == l_1484)))) , 2UL) && g_907.f3)))), g_1043)))) , 0x9DL) <= 250UL)))
            { /* block id: 581 */
                uint8_t l_1498[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_1498[i] = 0x51L;
                ++l_1498[2];
            }
            else
            { /* block id: 583 */
                uint32_t l_1509 = 0xCC41D731L;
                uint8_t l_1514 = 1UL;
                int32_t *l_1517 = (void*)0;
                int32_t l_1534 = 8L;
                for (g_86 = (-3); (g_86 != 18); g_86 = safe_add_func_int16_t_s_s(g_86, 1))
                { /* block id: 586 */
                    uint32_t **l_1512 = &g_1161[0];
                    int64_t *l_1520 = &g_1183;
                    int32_t l_1523 = 0x027ED96AL;
                }
            }
        }
    }
    l_1567 ^= (safe_sub_func_uint32_t_u_u(((((*l_1550) = (0x7A0D2452CD9637B1LL || (****g_702))) != (safe_mul_func_int16_t_s_s((0xA9FDL || (((**l_1296) = (g_1355 | ((*l_1556) = (&l_949 == (g_1555 = &l_838[1]))))) ^ (safe_sub_func_int32_t_s_s((l_1559 , (safe_lshift_func_uint16_t_u_u((***l_1224), (((safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s(255UL, 4)), (***l_1224))) , 1L) | 0x8D7319B5460EDBA1LL)))), (-2L))))), (*g_306)))) && (*g_224)), l_1566));
    l_1568 &= (*g_43);
    return (*g_1218);
}


/* ------------------------------------------ */
/* 
 * reads : g_42 g_43 g_2
 * writes:
 */
static int32_t  func_24(const uint64_t  p_25, uint32_t  p_26, int32_t  p_27)
{ /* block id: 317 */
    uint8_t l_914 = 253UL;
    l_914 = p_25;
    return (**g_42);
}


/* ------------------------------------------ */
/* 
 * reads : g_113 g_2 g_536 g_388 g_224 g_702 g_703 g_216 g_145 g_471 g_472 g_85 g_86 g_44 g_390.f3 g_221 g_80
 * writes: g_113 g_536 g_890 g_96 g_146 g_899 g_251.f1 g_906
 */
static uint8_t  func_33(int32_t * p_34, uint64_t  p_35, int32_t ** p_36, uint32_t  p_37, uint16_t  p_38)
{ /* block id: 295 */
    int32_t l_846 = 0x17E833B3L;
    int32_t l_849 = (-1L);
    int32_t l_850 = 0xBFC590C1L;
    int32_t l_851 = (-1L);
    int32_t l_852 = 0L;
    int32_t l_853 = (-1L);
    int32_t l_854[2][10] = {{0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L},{0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L,0xCCE043B7L}};
    uint32_t l_855[4];
    union U1 *l_908 = (void*)0;
    int i, j;
    for (i = 0; i < 4; i++)
        l_855[i] = 0xA4390E15L;
    for (g_113 = 16; (g_113 == 32); g_113++)
    { /* block id: 298 */
        int32_t *l_845 = (void*)0;
        int32_t *l_847 = &g_390.f2;
        int32_t *l_848[7][7][3] = {{{&l_846,&g_44,(void*)0},{(void*)0,&l_846,(void*)0},{&g_390.f3,&g_390.f2,&g_388[1].f2},{&g_44,&g_44,&l_846},{&g_388[1].f3,&g_106,&l_846},{(void*)0,&g_390.f3,&g_388[1].f2},{&g_388[1].f3,&g_390.f2,(void*)0}},{{(void*)0,&g_388[1].f2,(void*)0},{&g_390.f3,(void*)0,&g_390.f3},{&l_846,(void*)0,&g_106},{(void*)0,&g_106,&g_106},{&l_846,(void*)0,&g_390.f3},{(void*)0,&g_388[1].f2,(void*)0},{&l_846,(void*)0,&g_388[1].f2}},{{(void*)0,&g_2,&g_44},{&l_846,&l_846,&g_44},{&g_390.f3,&g_388[1].f2,(void*)0},{(void*)0,&g_388[1].f3,&g_106},{&g_388[1].f3,&g_44,&g_106},{(void*)0,(void*)0,&l_846},{&g_388[1].f3,(void*)0,(void*)0}},{{&g_44,&g_44,&g_44},{&g_390.f3,(void*)0,&g_44},{&g_106,&g_390.f3,(void*)0},{&g_390.f2,&g_390.f2,(void*)0},{&g_388[1].f2,&g_390.f2,(void*)0},{&l_846,&g_388[1].f3,&l_846},{&l_846,&l_846,&g_388[1].f2}},{{&g_44,&l_846,&l_846},{&g_106,&g_106,(void*)0},{&g_390.f3,&g_388[1].f2,(void*)0},{&l_846,&g_44,(void*)0},{&g_106,&l_846,&g_44},{&g_44,&g_106,&g_390.f3},{(void*)0,&g_390.f3,&g_388[1].f2}},{{(void*)0,(void*)0,&g_44},{(void*)0,&g_390.f3,&g_44},{(void*)0,&g_106,&l_846},{&g_44,&g_390.f2,&g_44},{&g_106,&g_388[1].f2,&g_388[1].f2},{&l_846,&g_106,(void*)0},{&g_390.f3,(void*)0,&l_846}},{{&g_106,(void*)0,&g_44},{&g_44,&g_44,&g_390.f3},{&l_846,(void*)0,(void*)0},{&l_846,(void*)0,&g_106},{&g_388[1].f2,&g_106,(void*)0},{&g_390.f2,&g_388[1].f2,&l_846},{&g_106,&g_390.f2,&g_2}}};
        int i, j, k;
        l_855[0]--;
        if ((*p_34))
            continue;
    }
    for (g_536 = 0; (g_536 >= 11); g_536++)
    { /* block id: 304 */
        int32_t * const *l_889[4];
        int32_t * const **l_888[3][3][2] = {{{&l_889[0],&l_889[2]},{&l_889[2],&l_889[0]},{&l_889[0],&l_889[0]}},{{&l_889[0],&l_889[0]},{&l_889[2],&l_889[2]},{&l_889[0],&l_889[0]}},{{&l_889[0],&l_889[0]},{&l_889[0],&l_889[2]},{&l_889[2],&l_889[0]}}};
        int16_t l_892 = 0x845AL;
        uint64_t *l_898 = &g_899[1];
        const int8_t l_900 = 0x26L;
        float *l_901 = &g_251.f1;
        const union U1 *l_904 = &g_251;
        const union U1 **l_905[2][1][3];
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_889[i] = (void*)0;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 3; k++)
                    l_905[i][j][k] = &l_904;
            }
        }
        (*l_901) = (safe_mul_func_float_f_f((-0x1.1p+1), ((safe_div_func_float_f_f(((((safe_mul_func_float_f_f(((((safe_mul_func_float_f_f((safe_mul_func_float_f_f((safe_mul_func_float_f_f((((!(safe_sub_func_float_f_f(((+(g_388[1] , ((safe_rshift_func_int8_t_s_s(((safe_add_func_uint64_t_u_u(((*l_898) = (safe_sub_func_uint64_t_u_u(0x74AD5917FAFF25CFLL, ((****g_702) = (safe_lshift_func_uint16_t_u_u(((safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s((((&p_34 == (g_890[0][6] = &p_34)) != ((8UL >= l_892) || (safe_unary_minus_func_int64_t_s(l_849)))) , ((safe_add_func_int16_t_s_s(((*g_224) = (safe_div_func_uint8_t_u_u(1UL, l_855[0]))), p_35)) >= p_37)), l_849)), p_38)) < (-2L)), 5)))))), p_35)) , (***g_471)), p_38)) || l_900))) , l_855[0]), l_846))) <= 0xC.AF7D47p-95) <= g_44), g_390.f3)), l_855[0])), 0x8.34998Fp+1)) == 0xC.404473p-4) < g_390.f3) <= l_851), p_37)) < 0x3.FC6EC3p-22) < g_536) <= 0x2.0p-1), p_35)) > g_221[0])));
        l_853 ^= (l_854[0][4] = (safe_lshift_func_int8_t_s_s(0xE0L, (g_80[4][0] > (((g_906 = l_904) != l_908) , 0x4CD61FEE91AA3550LL)))));
    }
    return p_35;
}


/* ------------------------------------------ */
/* 
 * reads : g_44 g_12 g_2 g_42 g_43 g_80 g_85 g_83 g_41 g_14 g_86 g_294 g_251.f2 g_145 g_146 g_224 g_96 g_472 g_251.f0 g_306 g_113 g_799 g_390.f2 g_11 g_216 g_388.f2 g_619 g_221 g_818
 * writes: g_44 g_80 g_83 g_96 g_14 g_106 g_294 g_306 g_113 g_619 g_12 g_43 g_390.f2 g_818 g_251.f2 g_366.f1 g_219
 */
static int32_t * func_39(const int32_t ** const * p_40)
{ /* block id: 9 */
    int32_t *l_53[7];
    uint8_t l_78 = 0xE6L;
    int32_t l_84 = 0L;
    uint16_t **l_805[6] = {&g_306,&g_306,&g_306,&g_306,&g_306,&g_306};
    union U0 l_806 = {0x838F2AFBL};
    int16_t *l_817 = &g_818[4];
    uint8_t *l_819 = &g_251.f2;
    float *l_820 = &g_366.f1;
    uint16_t ** const l_821 = &g_306;
    float *l_822[2][1];
    int64_t l_823 = 0xD50700946E9BF9DCLL;
    int i, j;
    for (i = 0; i < 7; i++)
        l_53[i] = &g_2;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_822[i][j] = &g_99;
    }
    for (g_44 = 28; (g_44 > 4); --g_44)
    { /* block id: 12 */
        int8_t l_54 = (-6L);
        int64_t *l_79 = &g_80[4][0];
        int32_t l_81[5] = {(-8L),(-8L),(-8L),(-8L),(-8L)};
        int64_t *l_82 = &g_83;
        int32_t l_802 = 0xB0E91BBAL;
        int i;
        if ((*g_12))
            break;
        l_802 |= func_47((**p_40), l_53[3], ((l_54 , (((((safe_sub_func_uint8_t_u_u(255UL, (((((g_2 >= ((safe_sub_func_float_f_f(((safe_add_func_float_f_f((safe_add_func_float_f_f((safe_add_func_float_f_f(((((*l_82) = (1UL && ((((*l_79) = (safe_rshift_func_uint16_t_u_u((((((safe_div_func_int64_t_s_s(((((safe_sub_func_int8_t_s_s((safe_div_func_uint16_t_u_u(((safe_sub_func_uint32_t_u_u(6UL, 0UL)) == (safe_div_func_uint32_t_u_u((!(-9L)), (***p_40)))), g_44)), l_54)) > 0x5B81L) , l_78) < 0L), g_44)) , 4L) ^ l_54) < 0x3D7FL) , l_54), l_54))) >= l_54) ^ l_81[1]))) , 0xF.300406p-68) == l_54), 0x6.A9E5FAp+21)), 0xD.E87198p-36)), l_54)) < g_44), l_54)) < 0x4.272420p-84)) , g_44) | 0UL) , l_81[1]) || l_81[1]))) ^ l_84) | 0UL) , g_80[1][0]) , l_81[1])) >= g_2), &g_14[5][3][0], g_85);
    }
    g_219 = (l_823 = (0x2.1A4AC0p+12 != (safe_add_func_float_f_f(((*g_216) != (*g_216)), (l_805[2] != ((((l_806 , (safe_sub_func_float_f_f((((*l_820) = (safe_mul_func_float_f_f((g_96 < (g_388[1].f2 , ((safe_rshift_func_uint8_t_u_s(((*l_819) = (safe_mod_func_uint16_t_u_u((((safe_rshift_func_int8_t_s_u((g_619 , ((((*l_817) |= ((((-1L) || g_221[2]) && 2L) | 0xCC353EE67DFB87F4LL)) , (***p_40)) || (***p_40))), 1)) && 0x64L) , 0x3A7AL), 0xE539L))), (*g_85))) , (-0x7.2p+1)))), 0x2.EC829Dp+34))) == 0xC.99260Ep-25), g_388[1].f2))) , (void*)0) != (void*)0) , l_821))))));
    return l_53[3];
}


/* ------------------------------------------ */
/* 
 * reads : g_83 g_41 g_42 g_14 g_44 g_86 g_43 g_2 g_12 g_85 g_294 g_251.f2 g_145 g_146 g_224 g_96 g_472 g_251.f0 g_306 g_113 g_799 g_390.f2 g_11
 * writes: g_96 g_14 g_106 g_294 g_306 g_83 g_113 g_619 g_12 g_43 g_390.f2
 */
static int32_t  func_47(const int32_t * p_48, int32_t * p_49, uint64_t  p_50, int32_t *** p_51, int8_t * p_52)
{ /* block id: 16 */
    float l_97 = 0xD.00DAEFp-14;
    int32_t l_98[6][10] = {{1L,(-1L),0x3C2AD413L,0L,0x4B961AC8L,1L,(-10L),0x3C2AD413L,0xEA79F159L,0xEB77D2D8L},{0xEB77D2D8L,0L,0xAC9AC803L,0xEBE4505CL,0x4B961AC8L,0x4B961AC8L,0xEBE4505CL,0xAC9AC803L,0L,0xEB77D2D8L},{0x4420CA57L,(-10L),0x3D46B2EBL,(-1L),0x4B961AC8L,1L,0xEA79F159L,0x3D46B2EBL,0xEBE4505CL,0xEB77D2D8L},{1L,0xEBE4505CL,0x0E34927BL,(-10L),0x4B961AC8L,0xEB77D2D8L,(-1L),0x0E34927BL,(-1L),0xEB77D2D8L},{0x4B961AC8L,0xEA79F159L,0x6224A103L,0xEA79F159L,0x4B961AC8L,0x4420CA57L,0L,0x6224A103L,(-10L),0xEB77D2D8L},{1L,(-1L),0x3C2AD413L,0L,0x4B961AC8L,1L,(-10L),0x3C2AD413L,0xEA79F159L,0xEB77D2D8L}};
    int32_t l_100 = (-2L);
    union U1 l_116 = {0xDAAD4FDB33FCDF6ELL};
    int32_t **l_132 = &g_12;
    union U0 l_144[1] = {{0L}};
    uint64_t l_148 = 0UL;
    uint32_t l_153 = 0xA32B3D10L;
    const int32_t l_218 = (-6L);
    int16_t *l_223[3];
    int32_t l_340 = 0x5487D05AL;
    uint8_t l_355 = 0UL;
    int16_t l_423[7][1][7] = {{{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}},{{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}},{{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}},{{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}},{{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}},{{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}},{{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}}};
    int8_t ***l_473 = &g_472;
    int64_t *l_607[7] = {&g_83,&g_83,&g_83,&g_83,&g_83,&g_83,&g_83};
    uint32_t *l_609 = (void*)0;
    uint32_t **l_608[4][8] = {{(void*)0,&l_609,(void*)0,&l_609,&l_609,(void*)0,&l_609,(void*)0},{&l_609,&l_609,&l_609,&l_609,&l_609,&l_609,&l_609,&l_609},{&l_609,&l_609,&l_609,&l_609,&l_609,&l_609,&l_609,&l_609},{(void*)0,&l_609,&l_609,(void*)0,&l_609,(void*)0,&l_609,&l_609}};
    uint64_t ***l_663[5] = {&g_216,&g_216,&g_216,&g_216,&g_216};
    int8_t l_745 = 0x43L;
    union U1 * const *l_792 = &g_734;
    union U1 l_794 = {0x19DADD8CD14DA815LL};
    uint16_t ***l_796 = (void*)0;
    uint16_t ****l_795 = &l_796;
    int32_t *l_801 = &g_390.f2;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_223[i] = &g_96;
    if ((65531UL >= 3L))
    { /* block id: 17 */
        uint64_t l_91[8][2] = {{0x6804519F073E42CDLL,0x6804519F073E42CDLL},{0x320CD53B18A503ECLL,0xA128409D7FF73186LL},{1UL,0xA128409D7FF73186LL},{0x320CD53B18A503ECLL,0x6804519F073E42CDLL},{0x6804519F073E42CDLL,0x320CD53B18A503ECLL},{0xA128409D7FF73186LL,1UL},{0xA128409D7FF73186LL,0x320CD53B18A503ECLL},{0x6804519F073E42CDLL,0x6804519F073E42CDLL}};
        int32_t ***l_92 = &g_14[5][3][0];
        int16_t *l_93 = (void*)0;
        int16_t *l_94 = (void*)0;
        int16_t *l_95[2];
        int32_t *l_105 = &g_106;
        int8_t *l_109 = &g_86;
        uint64_t l_152 = 18446744073709551610UL;
        int32_t *l_173 = &l_144[0].f2;
        int8_t * const *l_181[1][10][7] = {{{&l_109,&l_109,&l_109,&l_109,&l_109,&l_109,&l_109},{&g_85,(void*)0,(void*)0,&l_109,&l_109,(void*)0,(void*)0},{&l_109,&l_109,(void*)0,&l_109,&l_109,&l_109,(void*)0},{&l_109,&l_109,(void*)0,(void*)0,&g_85,&g_85,(void*)0},{&l_109,&l_109,&l_109,&l_109,&l_109,&l_109,&l_109},{&l_109,(void*)0,(void*)0,&l_109,&g_85,(void*)0,(void*)0},{&l_109,&l_109,(void*)0,&l_109,&l_109,&l_109,(void*)0},{&g_85,&l_109,(void*)0,(void*)0,&l_109,&g_85,(void*)0},{&l_109,&l_109,&l_109,&l_109,&l_109,&l_109,&l_109},{&g_85,(void*)0,(void*)0,&l_109,&l_109,(void*)0,(void*)0}}};
        int8_t * const **l_180 = &l_181[0][9][1];
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_95[i] = &g_96;
        (*l_105) = (g_83 & (((safe_add_func_uint32_t_u_u(((l_100 = (g_96 = (l_98[2][5] = (((l_91[3][1] = 0x51L) || l_91[6][1]) == (((void*)0 == l_92) || 18446744073709551609UL))))) < ((*g_41) != (void*)0)), ((((safe_lshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s((((*p_51) = (*p_51)) != &p_48), g_44)), 1)) >= 0UL) <= g_86) >= (***g_41)))) == p_50) >= p_50));
        for (p_50 = 0; (p_50 <= 0); p_50 += 1)
        { /* block id: 26 */
            int8_t *l_111 = &g_86;
            int8_t **l_110 = &l_111;
            uint16_t *l_112 = &g_113;
            int32_t l_149 = 0x2B7B1B4AL;
            int32_t ***l_162 = &l_132;
            union U0 l_191 = {0x4FF402FEL};
        }
    }
    else
    { /* block id: 86 */
        int8_t *l_293 = &g_294;
        uint16_t *l_303 = &g_113;
        uint16_t **l_302 = &l_303;
        uint16_t *l_305[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        uint16_t **l_304[9][3][9] = {{{&l_305[0],&l_305[0],&l_305[1],&l_305[0],&l_305[0],&l_305[0],&l_305[0],&l_305[2],(void*)0},{&l_305[1],(void*)0,&l_305[1],&l_305[5],(void*)0,&l_305[0],&l_305[1],&l_305[0],(void*)0},{&l_305[1],&l_305[0],(void*)0,&l_305[0],&l_305[0],&l_305[3],&l_305[0],&l_305[0],(void*)0}},{{(void*)0,&l_305[0],&l_305[0],&l_305[1],&l_305[0],&l_305[2],(void*)0,&l_305[0],&l_305[0]},{&l_305[0],&l_305[2],&l_305[5],&l_305[0],&l_305[5],&l_305[2],&l_305[0],&l_305[0],(void*)0},{&l_305[1],&l_305[0],&l_305[0],&l_305[0],&l_305[2],&l_305[0],&l_305[0],&l_305[2],&l_305[0]}},{{&l_305[0],&l_305[0],(void*)0,(void*)0,&l_305[1],&l_305[0],&l_305[0],&l_305[0],&l_305[5]},{(void*)0,(void*)0,&l_305[0],(void*)0,&l_305[0],&l_305[0],(void*)0,&l_305[0],(void*)0},{(void*)0,&l_305[2],&l_305[0],(void*)0,&l_305[3],&l_305[2],&l_305[0],&l_305[2],&l_305[3]}},{{&l_305[0],(void*)0,(void*)0,&l_305[0],&l_305[0],&l_305[2],(void*)0,&l_305[0],(void*)0},{&l_305[2],&l_305[0],&l_305[1],&l_305[0],&l_305[3],&l_305[2],&l_305[0],&l_305[0],&l_305[5]},{(void*)0,&l_305[0],&l_305[0],&l_305[1],&l_305[0],&l_305[0],(void*)0,(void*)0,&l_305[0]}},{{&l_305[1],&l_305[2],&l_305[1],&l_305[0],&l_305[3],&l_305[3],&l_305[0],&l_305[2],(void*)0},{(void*)0,&l_305[0],(void*)0,&l_305[0],&l_305[0],&l_305[0],&l_305[0],(void*)0,&l_305[0]},{&l_305[2],&l_305[0],&l_305[0],&l_305[2],&l_305[1],&l_305[3],&l_305[0],&l_305[0],(void*)0}},{{&l_305[0],&l_305[2],&l_305[0],&l_305[0],&l_305[2],&l_305[0],(void*)0,&l_305[0],&l_305[2]},{(void*)0,&l_305[0],(void*)0,&l_305[0],&l_305[5],&l_305[2],&l_305[2],&l_305[2],(void*)0},{(void*)0,&l_305[0],&l_305[0],&l_305[1],&l_305[0],&l_305[2],(void*)0,&l_305[0],&l_305[0]}},{{&l_305[0],&l_305[2],&l_305[5],&l_305[0],&l_305[5],&l_305[2],&l_305[0],&l_305[0],(void*)0},{&l_305[1],&l_305[0],&l_305[0],&l_305[0],&l_305[2],&l_305[0],&l_305[0],&l_305[2],&l_305[0]},{&l_305[0],&l_305[0],(void*)0,(void*)0,&l_305[1],&l_305[0],&l_305[0],&l_305[0],&l_305[5]}},{{(void*)0,(void*)0,&l_305[0],(void*)0,&l_305[0],&l_305[0],(void*)0,&l_305[0],(void*)0},{(void*)0,&l_305[2],&l_305[0],(void*)0,&l_305[3],&l_305[2],&l_305[0],&l_305[2],&l_305[3]},{&l_305[0],(void*)0,(void*)0,&l_305[0],&l_305[0],&l_305[2],(void*)0,&l_305[0],(void*)0}},{{&l_305[2],&l_305[0],&l_305[0],&l_305[3],&l_305[0],&l_305[0],&l_305[5],&l_305[0],&l_305[1]},{&l_305[2],&l_305[2],&l_305[1],&l_305[0],&l_305[1],&l_305[2],&l_305[2],&l_305[5],&l_305[2]},{&l_305[0],(void*)0,&l_305[0],&l_305[0],(void*)0,&l_305[0],&l_305[1],&l_305[0],&l_305[1]}}};
        int32_t l_307 = (-2L);
        uint64_t *l_308 = &g_146;
        int32_t l_344 = (-1L);
        int32_t l_346 = 0x5C5AA924L;
        int32_t l_348 = 0L;
        int32_t l_351[8][8] = {{(-1L),(-10L),1L,(-1L),0xC5529E1FL,0xC5529E1FL,(-1L),1L},{8L,8L,0xD86D0E19L,0x670B57E4L,(-1L),0xD86D0E19L,(-1L),0x670B57E4L},{1L,0x670B57E4L,1L,0xC5529E1FL,0x670B57E4L,(-10L),(-10L),0x670B57E4L},{0x670B57E4L,(-10L),(-10L),0x670B57E4L,0xC5529E1FL,1L,0x670B57E4L,1L},{0x670B57E4L,(-1L),0xD86D0E19L,(-1L),0x670B57E4L,0xD86D0E19L,8L,8L},{1L,(-1L),0xC5529E1FL,0xC5529E1FL,(-1L),1L,(-10L),(-1L)},{8L,(-10L),0xC5529E1FL,8L,0xC5529E1FL,(-10L),8L,1L},{(-1L),0x670B57E4L,0xD86D0E19L,8L,8L,0xD86D0E19L,0x670B57E4L,(-1L)}};
        uint32_t l_494 = 0xEBBA300CL;
        uint64_t l_537[8][6] = {{0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL,0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL},{0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL,0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL},{0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL,0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL},{0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL,0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL},{0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL,0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL},{0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL,0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL},{0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL,0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL},{0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL,0x4716011657BC1B81LL,0xCCB2E98933191B7BLL,0x4716011657BC1B81LL}};
        uint32_t *l_594 = &l_494;
        union U1 * const l_600[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        union U1 *l_602[5][10][4] = {{{&g_251,&g_366,&l_116,&l_116},{(void*)0,&g_251,(void*)0,&l_116},{&l_116,&g_251,&l_116,(void*)0},{&g_251,(void*)0,(void*)0,&g_251},{&l_116,(void*)0,(void*)0,&g_251},{&g_251,&l_116,&l_116,&g_366},{&l_116,&g_251,(void*)0,&g_251},{(void*)0,&g_251,&l_116,(void*)0},{&g_251,&l_116,&l_116,&l_116},{&g_251,&g_366,(void*)0,&g_251}},{{(void*)0,&g_251,&g_366,&l_116},{&l_116,&g_251,&l_116,&l_116},{&g_366,&g_366,&l_116,&g_366},{(void*)0,&g_251,(void*)0,&l_116},{(void*)0,&l_116,&g_251,(void*)0},{&g_366,&l_116,&l_116,&l_116},{&l_116,&g_251,&g_366,&g_366},{(void*)0,&g_366,&g_366,&l_116},{&l_116,&g_251,(void*)0,(void*)0},{(void*)0,&g_366,&g_366,&l_116}},{{(void*)0,&g_251,&g_251,&g_251},{&g_366,(void*)0,&l_116,&g_366},{(void*)0,&g_366,&l_116,&g_366},{&g_251,&l_116,&g_366,&g_251},{&g_366,(void*)0,&g_251,&g_366},{&g_366,&g_366,&g_366,&g_366},{&g_366,&l_116,&g_251,&g_251},{&g_366,&g_366,&g_366,(void*)0},{&g_251,&g_251,&l_116,&g_366},{(void*)0,(void*)0,&l_116,&g_251}},{{&g_366,(void*)0,&g_251,&l_116},{(void*)0,&g_251,&g_366,(void*)0},{(void*)0,&l_116,(void*)0,&g_366},{&l_116,&g_366,&g_366,&l_116},{(void*)0,&l_116,&g_366,&l_116},{&l_116,&l_116,&l_116,&l_116},{&g_366,(void*)0,&g_251,&l_116},{(void*)0,&l_116,(void*)0,&l_116},{(void*)0,&l_116,&l_116,&l_116},{&g_366,&g_366,&l_116,&g_366}},{{&l_116,&l_116,&g_251,(void*)0},{&g_251,&g_251,&g_251,&l_116},{&g_251,(void*)0,(void*)0,&g_251},{&l_116,(void*)0,&l_116,&g_366},{&l_116,&g_251,&l_116,(void*)0},{(void*)0,&g_366,&l_116,&g_251},{&l_116,&l_116,&g_366,&g_366},{&g_251,&g_366,&g_366,&g_366},{&l_116,(void*)0,&l_116,&g_251},{(void*)0,&l_116,&l_116,&g_366}}};
        union U1 **l_601 = &l_602[0][7][0];
        union U0 l_603 = {0L};
        int64_t **l_604 = (void*)0;
        int64_t *l_606 = &g_80[4][0];
        int64_t **l_605 = &l_606;
        uint64_t ***l_665 = (void*)0;
        int i, j, k;
        if ((safe_div_func_uint64_t_u_u((&p_50 != (((safe_lshift_func_int16_t_s_s((**l_132), ((((((safe_lshift_func_uint8_t_u_u(((((+((~((safe_div_func_uint8_t_u_u(((safe_sub_func_uint8_t_u_u((0xEAE69931L != ((**l_132) , (((((safe_mul_func_int8_t_s_s(((*l_293) |= (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s(p_50, 4)), (*g_85)))), ((safe_add_func_uint64_t_u_u((safe_unary_minus_func_uint8_t_u(((((safe_add_func_uint64_t_u_u(((safe_lshift_func_uint8_t_u_s(((p_50 , ((*l_302) = l_223[2])) != (g_306 = (g_251.f2 , l_223[1]))), 2)) , 0x724B2F69E9B9EE40LL), p_50)) == (*p_49)) , &l_148) == (void*)0))), 0L)) > (-4L)))) , (*g_145)) && 0xF5F1789FE7AD20B7LL) > 2UL) & (*g_224)))), 0UL)) != l_307), (*p_52))) > g_146)) >= p_50)) , 0x43L) >= l_307) >= g_44), l_307)) && l_307) == 0xC86E7D85L) , 18446744073709551615UL) & (-2L)) < 0xBBCBD33CL))) , 0x1.0p-1) , l_308)), (**l_132))))
        { /* block id: 90 */
            int32_t l_331 = 0L;
            int32_t l_341 = 0xE70E9D85L;
            int32_t l_353[5][3][5] = {{{(-6L),(-1L),(-1L),(-6L),(-1L)},{(-6L),(-6L),(-1L),(-6L),(-6L)},{(-1L),(-6L),(-1L),(-1L),(-6L)}},{{(-6L),(-1L),(-1L),(-6L),(-1L)},{(-6L),(-6L),(-1L),(-6L),(-6L)},{(-1L),(-6L),(-1L),(-1L),(-6L)}},{{(-6L),(-1L),(-1L),(-6L),(-1L)},{(-1L),(-1L),(-6L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L),(-1L)}},{{(-1L),(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-6L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L),(-1L)}},{{(-1L),(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-6L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L),(-1L)}}};
            int32_t l_354[7][8][4] = {{{(-9L),(-10L),0x146FE6F8L,0x146FE6F8L},{0x8F277C93L,0x8F277C93L,0L,(-10L)},{(-10L),(-9L),0L,(-9L)},{0x8F277C93L,(-1L),0x146FE6F8L,0L},{(-9L),(-1L),(-1L),(-9L)},{(-1L),(-9L),0x8F277C93L,(-10L)},{(-1L),0x8F277C93L,(-1L),0x146FE6F8L},{(-9L),(-10L),0x146FE6F8L,0x146FE6F8L}},{{0x8F277C93L,0x8F277C93L,0L,(-10L)},{(-10L),(-9L),0L,(-9L)},{0x8F277C93L,(-1L),0x146FE6F8L,0L},{(-9L),(-1L),(-1L),(-9L)},{(-1L),(-9L),0x8F277C93L,(-10L)},{(-1L),0x8F277C93L,(-1L),0x146FE6F8L},{(-9L),(-10L),0x146FE6F8L,0x146FE6F8L},{0x8F277C93L,0x8F277C93L,0L,(-10L)}},{{(-10L),(-9L),0L,(-9L)},{0x8F277C93L,(-1L),0x146FE6F8L,0L},{(-9L),(-1L),(-1L),(-9L)},{(-1L),(-9L),0x8F277C93L,(-10L)},{(-1L),0x8F277C93L,(-1L),0x146FE6F8L},{(-9L),(-10L),0x146FE6F8L,0x146FE6F8L},{0x8F277C93L,0x8F277C93L,0L,(-10L)},{(-10L),(-9L),0L,(-9L)}},{{0x8F277C93L,(-1L),0x146FE6F8L,0L},{(-9L),(-1L),(-1L),(-9L)},{(-1L),(-9L),0x8F277C93L,(-10L)},{(-1L),0x8F277C93L,(-1L),0x146FE6F8L},{(-9L),(-10L),0x146FE6F8L,0x146FE6F8L},{0x8F277C93L,0x8F277C93L,0L,(-10L)},{(-10L),(-9L),0L,(-9L)},{0x8F277C93L,(-1L),0x146FE6F8L,0L}},{{(-9L),(-1L),(-1L),(-9L)},{(-1L),(-9L),0x8F277C93L,(-10L)},{(-1L),0x8F277C93L,(-1L),0x146FE6F8L},{(-9L),(-10L),0x146FE6F8L,0x146FE6F8L},{0x8F277C93L,0x8F277C93L,0L,(-10L)},{(-10L),(-9L),0L,(-1L)},{4L,(-10L),0L,0x8F277C93L},{(-1L),(-10L),(-10L),(-1L)}},{{(-10L),(-1L),4L,0x146FE6F8L},{(-10L),4L,(-10L),0L},{(-1L),0x146FE6F8L,0L,0L},{4L,4L,0x8F277C93L,0x146FE6F8L},{0x146FE6F8L,(-1L),0x8F277C93L,(-1L)},{4L,(-10L),0L,0x8F277C93L},{(-1L),(-10L),(-10L),(-1L)},{(-10L),(-1L),4L,0x146FE6F8L}},{{(-10L),4L,(-10L),0L},{(-1L),0x146FE6F8L,0L,0L},{4L,4L,0x8F277C93L,0x146FE6F8L},{0x146FE6F8L,(-1L),0x8F277C93L,(-1L)},{4L,(-10L),0L,0x8F277C93L},{(-1L),(-10L),(-10L),(-1L)},{(-10L),(-1L),4L,0x146FE6F8L},{(-10L),4L,(-10L),0L}}};
            const union U1 *l_364 = &l_116;
            float l_524 = 0x1.8p-1;
            int i, j, k;
        }
        else
        { /* block id: 186 */
            int32_t *l_576 = &g_388[1].f2;
            int32_t *l_577 = &l_346;
            int32_t *l_578 = (void*)0;
            int32_t *l_579 = &l_346;
            int32_t *l_580 = &l_351[3][6];
            int32_t *l_581 = &l_340;
            int32_t *l_582 = &l_346;
            int32_t *l_583 = &l_144[0].f3;
            int32_t *l_584[6];
            uint16_t l_585 = 0x748BL;
            int i;
            for (i = 0; i < 6; i++)
                l_584[i] = &l_351[5][2];
            ++l_585;
        }
        if (((safe_rshift_func_uint8_t_u_s(0x53L, ((safe_add_func_int8_t_s_s((*p_52), (safe_add_func_uint32_t_u_u(((*l_594)++), (((safe_unary_minus_func_uint64_t_u((safe_lshift_func_uint16_t_u_s((l_600[7] != ((*l_601) = &g_366)), (((g_251.f2 > (((*l_605) = (l_603 , l_308)) == l_607[4])) >= (-1L)) || (**l_132)))))) , (void*)0) == l_608[3][2]))))) >= 0x188E8F2B11FDA2ABLL))) | 0xDF89094AL))
        { /* block id: 192 */
            return (**g_42);
        }
        else
        { /* block id: 194 */
            uint32_t l_622 = 5UL;
            int32_t l_651 = 1L;
            uint32_t ***l_654[4][2][5] = {{{&l_608[3][5],&l_608[3][5],(void*)0,(void*)0,&l_608[3][5]},{&l_608[3][5],&l_608[3][5],(void*)0,(void*)0,&l_608[3][5]}},{{&l_608[3][5],&l_608[3][5],(void*)0,(void*)0,&l_608[3][5]},{&l_608[3][5],&l_608[3][5],(void*)0,(void*)0,&l_608[3][5]}},{{&l_608[3][5],&l_608[3][5],(void*)0,(void*)0,&l_608[3][5]},{&l_608[3][5],&l_608[3][5],(void*)0,(void*)0,&l_608[3][5]}},{{&l_608[3][5],&l_608[3][5],(void*)0,(void*)0,&l_608[3][5]},{&l_608[3][5],&l_608[3][5],(void*)0,(void*)0,&l_608[3][5]}}};
            uint32_t l_711 = 0xB048F8DCL;
            union U1 l_714 = {-1L};
            int32_t l_743[1][7][1];
            const union U1 *l_791 = (void*)0;
            const union U1 **l_790 = &l_791;
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 7; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_743[i][j][k] = 0xDD42F2B9L;
                }
            }
            for (g_83 = 0; (g_83 <= 0); g_83 += 1)
            { /* block id: 197 */
                float *l_610[9];
                union U0 l_639 = {0x4592E154L};
                int32_t l_649[5][9] = {{0xE86C6181L,0x2EB74CCDL,0x2EB74CCDL,0xE86C6181L,0x2EB74CCDL,0x2EB74CCDL,0xE86C6181L,0x2EB74CCDL,0x2EB74CCDL},{0x25DC6BA9L,0xFC5409D1L,0x4DF76F85L,(-10L),0x4DF76F85L,0xFC5409D1L,0x25DC6BA9L,0xFC5409D1L,0x4DF76F85L},{0xE86C6181L,0x2EB74CCDL,0x2EB74CCDL,0xE86C6181L,0x2EB74CCDL,0x2EB74CCDL,0xE86C6181L,0x2EB74CCDL,0x2EB74CCDL},{0x25DC6BA9L,0xFC5409D1L,0x4DF76F85L,(-10L),0x4DF76F85L,0xFC5409D1L,0x25DC6BA9L,0xFC5409D1L,0x4DF76F85L},{0xE86C6181L,0x2EB74CCDL,0x2EB74CCDL,0xE86C6181L,0x2EB74CCDL,0x2EB74CCDL,0xE86C6181L,0x2EB74CCDL,0x2EB74CCDL}};
                union U1 *l_693 = &l_116;
                uint32_t *l_717[9][5][5] = {{{&l_622,&g_221[0],&l_494,&l_622,&g_221[2]},{&l_622,&g_221[2],&l_494,&l_622,&g_221[0]},{&l_494,&l_494,&l_494,&l_494,&g_221[2]},{&g_221[2],&l_494,&l_494,&g_221[2],&g_221[2]},{(void*)0,&g_221[0],&l_494,&g_221[0],&l_622}},{{&g_221[2],&l_622,(void*)0,&g_221[2],&g_221[1]},{&l_494,&g_221[0],&g_221[2],&l_622,&l_622},{(void*)0,&l_494,&g_221[0],&l_494,(void*)0},{&g_221[2],&g_221[1],&l_494,&l_494,&g_221[0]},{&l_622,&g_221[2],&l_494,(void*)0,(void*)0}},{{&l_494,&l_494,&l_622,&g_221[1],&g_221[0]},{&g_221[1],(void*)0,(void*)0,(void*)0,(void*)0},{&g_221[0],&l_622,&g_221[0],&g_221[0],&l_622},{&g_221[0],&l_622,&l_622,&g_221[2],&g_221[2]},{&l_494,&g_221[1],&l_622,(void*)0,&l_622}},{{&g_221[0],&g_221[1],&g_221[2],(void*)0,&g_221[2]},{&g_221[0],&l_494,&l_494,&g_221[0],&g_221[2]},{&g_221[1],&g_221[0],(void*)0,&g_221[1],&l_622},{&l_494,&l_494,&g_221[0],&l_622,&l_494},{&l_622,&g_221[0],&g_221[1],&g_221[2],&g_221[2]}},{{&g_221[2],&l_494,&g_221[2],&g_221[0],&l_494},{(void*)0,&g_221[1],&l_494,&l_494,(void*)0},{&g_221[2],&g_221[1],&g_221[2],&g_221[0],&g_221[0]},{&g_221[2],&l_622,&l_494,(void*)0,&l_494},{&l_494,&l_622,&g_221[2],&g_221[1],&l_494}},{{&l_494,(void*)0,&g_221[1],&g_221[2],(void*)0},{&l_494,&l_494,&g_221[0],&l_622,&l_494},{&g_221[0],&g_221[2],(void*)0,&g_221[2],&l_494},{&l_622,&g_221[1],&l_494,&g_221[1],&l_622},{(void*)0,&l_494,&g_221[2],(void*)0,&l_622}},{{&g_221[0],&g_221[1],&l_622,&g_221[0],&g_221[0]},{&l_494,&g_221[0],&l_622,&l_494,&l_622},{&g_221[0],&g_221[0],&g_221[0],&g_221[0],&l_622},{&l_622,(void*)0,(void*)0,&g_221[2],&l_494},{&g_221[2],&l_494,&l_622,&l_622,&l_494}},{{(void*)0,&l_494,&l_494,&g_221[1],(void*)0},{&g_221[2],(void*)0,&l_494,&g_221[0],&l_494},{&l_622,&l_622,&g_221[0],(void*)0,&l_494},{&g_221[0],&l_494,&g_221[2],(void*)0,&g_221[0]},{&l_494,(void*)0,(void*)0,&g_221[2],(void*)0}},{{&g_221[0],&l_494,(void*)0,&g_221[0],&l_494},{(void*)0,&l_622,(void*)0,(void*)0,&g_221[2]},{&l_622,(void*)0,&l_622,&g_221[1],&l_494},{&g_221[0],&l_494,&g_221[0],(void*)0,&l_622},{&l_494,&l_494,&l_622,&g_221[0],&g_221[0]}}};
                uint32_t *l_718 = &g_221[2];
                int32_t l_744 = 4L;
                uint8_t l_774 = 0x28L;
                int i, j, k;
                for (i = 0; i < 9; i++)
                    l_610[i] = &g_251.f1;
                if ((((l_346 = ((void*)0 != (*g_472))) != (((safe_mod_func_uint64_t_u_u((((g_251.f0 , ((l_537[4][0] || ((safe_mod_func_int16_t_s_s(0L, (*g_306))) < (safe_div_func_int16_t_s_s(((g_619 = (g_113++)) <= (-7L)), (safe_div_func_int16_t_s_s(l_622, p_50)))))) <= l_351[6][1])) || 0x1CFCL) > 0x3BL), p_50)) > 0xEAD8F5C5L) , (-0x1.9p+1))) , 2L))
                { /* block id: 201 */
                    (*l_132) = (*l_132);
                    if ((*p_49))
                        break;
                }
                else
                { /* block id: 204 */
                    int32_t *l_624 = (void*)0;
                    int32_t *l_625 = &g_388[1].f2;
                    int32_t *l_626 = &g_388[1].f2;
                    int32_t *l_627 = &l_344;
                    int32_t *l_628 = &g_106;
                    int32_t *l_629 = &l_603.f2;
                    uint8_t l_630[10];
                    int i;
                    for (i = 0; i < 10; i++)
                        l_630[i] = 1UL;
                    for (l_494 = 0; (l_494 <= 0); l_494 += 1)
                    { /* block id: 207 */
                        int64_t l_623[2];
                        int i;
                        for (i = 0; i < 2; i++)
                            l_623[i] = (-1L);
                        (*g_42) = (*l_132);
                        if (l_623[0])
                            continue;
                    }
                    l_630[5]--;
                }
            }
        }
    }
    (*l_801) ^= (g_799 != (*l_795));
    return (**g_11);
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
    transparent_crc(g_44, "g_44", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_80[i][j], "g_80[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_86, "g_86", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc_bytes (&g_99, sizeof(g_99), "g_99", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    transparent_crc_bytes (&g_219, sizeof(g_219), "g_219", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_221[i], "g_221[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_251.f2, "g_251.f2", print_hash_value);
    transparent_crc(g_251.f3, "g_251.f3", print_hash_value);
    transparent_crc(g_294, "g_294", print_hash_value);
    transparent_crc(g_366.f2, "g_366.f2", print_hash_value);
    transparent_crc(g_366.f3, "g_366.f3", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_388[i].f0, "g_388[i].f0", print_hash_value);
        transparent_crc(g_388[i].f2, "g_388[i].f2", print_hash_value);
        transparent_crc(g_388[i].f3, "g_388[i].f3", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_390.f0, "g_390.f0", print_hash_value);
    transparent_crc(g_390.f2, "g_390.f2", print_hash_value);
    transparent_crc(g_390.f3, "g_390.f3", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_437[i][j][k], "g_437[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_536, "g_536", print_hash_value);
    transparent_crc(g_619, "g_619", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_818[i], "g_818[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc_bytes (&g_841, sizeof(g_841), "g_841", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_899[i], "g_899[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_907.f0, "g_907.f0", print_hash_value);
    transparent_crc_bytes (&g_907.f1, sizeof(g_907.f1), "g_907.f1", print_hash_value);
    transparent_crc(g_907.f2, "g_907.f2", print_hash_value);
    transparent_crc(g_907.f3, "g_907.f3", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_911[i], "g_911[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1043, "g_1043", print_hash_value);
    transparent_crc(g_1183, "g_1183", print_hash_value);
    transparent_crc(g_1259, "g_1259", print_hash_value);
    transparent_crc(g_1288, "g_1288", print_hash_value);
    transparent_crc(g_1331, "g_1331", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_1340[i][j][k], "g_1340[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1355, "g_1355", print_hash_value);
    transparent_crc(g_1379.f0, "g_1379.f0", print_hash_value);
    transparent_crc(g_1379.f2, "g_1379.f2", print_hash_value);
    transparent_crc(g_1379.f3, "g_1379.f3", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc_bytes(&g_1442[i][j], sizeof(g_1442[i][j]), "g_1442[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_1571[i], "g_1571[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 384
XXX total union variables: 28

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

XXX max expression depth: 45
breakdown:
   depth: 1, occurrence: 86
   depth: 2, occurrence: 18
   depth: 3, occurrence: 1
   depth: 5, occurrence: 1
   depth: 7, occurrence: 2
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 20, occurrence: 2
   depth: 21, occurrence: 1
   depth: 22, occurrence: 3
   depth: 24, occurrence: 1
   depth: 26, occurrence: 1
   depth: 29, occurrence: 2
   depth: 30, occurrence: 1
   depth: 32, occurrence: 1
   depth: 34, occurrence: 1
   depth: 35, occurrence: 1
   depth: 40, occurrence: 1
   depth: 43, occurrence: 1
   depth: 45, occurrence: 1

XXX total number of pointers: 406

XXX times a variable address is taken: 932
XXX times a pointer is dereferenced on RHS: 314
breakdown:
   depth: 1, occurrence: 194
   depth: 2, occurrence: 82
   depth: 3, occurrence: 32
   depth: 4, occurrence: 6
XXX times a pointer is dereferenced on LHS: 192
breakdown:
   depth: 1, occurrence: 161
   depth: 2, occurrence: 21
   depth: 3, occurrence: 9
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 25
XXX times a pointer is compared with address of another variable: 13
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 5704

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 964
   level: 2, occurrence: 549
   level: 3, occurrence: 155
   level: 4, occurrence: 24
XXX number of pointers point to pointers: 132
XXX number of pointers point to scalars: 250
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 24.4
XXX average alias set size: 1.33

XXX times a non-volatile is read: 1582
XXX times a non-volatile is write: 641
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 4

XXX stmts: 86
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 26
   depth: 1, occurrence: 19
   depth: 2, occurrence: 14
   depth: 3, occurrence: 7
   depth: 4, occurrence: 9
   depth: 5, occurrence: 11

XXX percentage a fresh-made variable is used: 15.2
XXX percentage an existing variable is used: 84.8
********************* end of statistics **********************/

