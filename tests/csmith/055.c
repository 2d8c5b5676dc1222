/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 65 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      65
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   signed f0 : 31;
   signed f1 : 26;
   int32_t  f2;
   signed f3 : 22;
   signed f4 : 5;
   signed f5 : 31;
};

union U1 {
   uint16_t  f0;
   uint32_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = (-1L);
static int32_t g_6[1][10] = {{0x439CB61DL,0x439CB61DL,0x439CB61DL,0x439CB61DL,0x439CB61DL,0x439CB61DL,0x439CB61DL,0x439CB61DL,0x439CB61DL,0x439CB61DL}};
static int32_t g_35 = 0L;
static int32_t g_41 = 0L;
static int32_t g_42 = 0x3E5F8859L;
static int32_t g_43 = 1L;
static int8_t g_46 = 0xE7L;
static uint64_t g_50 = 7UL;
static int32_t *g_66 = &g_43;
static int32_t * const *g_65 = &g_66;
static int32_t * const **g_64 = &g_65;
static int32_t * const ***g_63 = &g_64;
static int16_t g_85 = 0x7F0DL;
static int32_t **g_98 = &g_66;
static int32_t ***g_97 = &g_98;
static uint8_t g_101 = 0xEBL;
static uint32_t g_137 = 0x029A2160L;
static int8_t g_151 = 0xEFL;
static uint32_t g_153[8] = {0x36EEB13FL,0x36EEB13FL,0x36EEB13FL,0x36EEB13FL,0x36EEB13FL,0x36EEB13FL,0x36EEB13FL,0x36EEB13FL};
static int16_t g_156 = 1L;
static uint32_t g_158 = 5UL;
static uint8_t * const g_251 = &g_101;
static uint8_t * const *g_250[1][6] = {{&g_251,&g_251,&g_251,&g_251,&g_251,&g_251}};
static int64_t g_257 = 0L;
static union U1 g_333 = {65533UL};
static uint32_t **g_335 = (void*)0;
static int32_t ****g_415 = &g_97;
static int8_t g_419[1] = {(-5L)};
static int8_t g_439 = 9L;
static uint8_t g_459 = 0xB7L;
static int32_t *****g_479[8][3] = {{&g_415,&g_415,&g_415},{(void*)0,(void*)0,(void*)0},{&g_415,&g_415,&g_415},{&g_415,&g_415,&g_415},{&g_415,&g_415,&g_415},{&g_415,(void*)0,&g_415},{&g_415,&g_415,&g_415},{&g_415,(void*)0,(void*)0}};
static int32_t g_483 = 3L;
static int64_t g_491 = 0x8E3369B15F8D2772LL;
static int32_t g_499 = (-4L);
static int16_t g_501 = 0xFC2CL;
static struct S0 g_516 = {43749,-5037,3L,1900,3,-9318};
static const int32_t g_554 = 0x8BF36343L;
static const int32_t *g_555 = (void*)0;
static const int32_t *g_556 = &g_483;
static const int32_t g_597[3][7] = {{1L,1L,1L,1L,1L,1L,1L},{1L,(-5L),(-5L),1L,(-5L),(-5L),1L},{(-5L),1L,(-5L),(-5L),1L,(-5L),(-5L)}};
static union U1 *g_657[4][10][3] = {{{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,(void*)0},{&g_333,&g_333,(void*)0},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{(void*)0,&g_333,(void*)0},{&g_333,&g_333,&g_333}},{{(void*)0,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,(void*)0,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,(void*)0},{&g_333,&g_333,&g_333}},{{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{(void*)0,&g_333,(void*)0},{&g_333,&g_333,(void*)0},{(void*)0,(void*)0,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333}},{{&g_333,&g_333,&g_333},{&g_333,&g_333,(void*)0},{&g_333,&g_333,(void*)0},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{&g_333,&g_333,&g_333},{(void*)0,&g_333,(void*)0},{&g_333,&g_333,&g_333},{(void*)0,&g_333,&g_333},{&g_333,&g_333,&g_333}}};
static union U1 ***g_788 = (void*)0;
static int64_t * const g_795[9][3] = {{&g_491,&g_491,&g_491},{(void*)0,(void*)0,(void*)0},{&g_491,&g_491,&g_491},{(void*)0,(void*)0,(void*)0},{&g_491,&g_491,&g_491},{(void*)0,(void*)0,(void*)0},{&g_491,&g_491,&g_491},{(void*)0,(void*)0,(void*)0},{&g_491,&g_491,&g_491}};
static int64_t * const *g_794 = &g_795[3][1];
static int64_t g_809[4] = {8L,8L,8L,8L};
static uint16_t * const g_814 = &g_333.f0;
static uint16_t * const *g_813 = &g_814;
static int32_t g_887 = (-4L);
static uint64_t g_912 = 7UL;


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static uint8_t  func_9(union U1  p_10, uint8_t  p_11);
static union U1  func_12(int16_t  p_13, uint32_t  p_14, const int32_t * p_15, uint32_t  p_16);
static int8_t  func_21(uint32_t  p_22, uint64_t  p_23, uint32_t  p_24, uint32_t  p_25);
static const int32_t * func_33(int32_t * p_34);
static int16_t  func_52(uint64_t  p_53, union U1  p_54, uint32_t  p_55);
static uint64_t  func_56(int32_t * p_57, uint64_t * p_58, int32_t  p_59, int32_t **** p_60);
static uint64_t * func_61(int32_t * const *** p_62);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_6 g_35 g_42 g_555 g_813 g_814 g_333.f0 g_63 g_64 g_65 g_66 g_97 g_98 g_43 g_912 g_251 g_101 g_499 g_516.f3 g_41
 * writes: g_2 g_6 g_35 g_41 g_42 g_555 g_333.f0 g_43 g_912 g_516.f2
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    int32_t l_29 = 2L;
    int32_t l_916 = 7L;
    int32_t l_929 = 0xB54D881BL;
    int32_t l_932 = 2L;
    int32_t l_934 = 0x105C7DA4L;
    int32_t l_935 = (-2L);
    uint8_t l_936 = 246UL;
    uint16_t l_949 = 0UL;
    for (g_2 = 0; (g_2 > 11); g_2 = safe_add_func_uint32_t_u_u(g_2, 2))
    { /* block id: 3 */
        uint8_t l_26[8] = {0xD7L,0xD7L,0xD7L,0xD7L,0xD7L,0xD7L,0xD7L,0xD7L};
        int32_t l_930 = 8L;
        int32_t l_933[5];
        struct S0 l_941 = {29577,4158,0xEBE44323L,1671,1,-6457};
        int16_t l_948 = 0L;
        int i;
        for (i = 0; i < 5; i++)
            l_933[i] = (-1L);
        if (g_2)
        { /* block id: 4 */
            int32_t *l_5 = &g_6[0][7];
            int32_t **l_28 = &l_5;
            int32_t *l_915[4];
            int i;
            for (i = 0; i < 4; i++)
                l_915[i] = &g_887;
            (*l_5) = 0x4B283066L;
            l_916 &= ((safe_add_func_int8_t_s_s((func_9(func_12((((safe_unary_minus_func_int8_t_s((safe_sub_func_uint64_t_u_u((safe_unary_minus_func_int8_t_s(func_21(l_26[2], g_2, l_26[5], g_2))), (((((*l_28) = (void*)0) == (void*)0) == 0xE3L) > l_29))))) ^ 0x0FA1A8F1EDD1EDB6LL) ^ l_26[2]), g_2, &l_29, g_6[0][7]), g_6[0][7]) && (*g_251)), g_499)) && (**g_98));
        }
        else
        { /* block id: 424 */
            uint64_t l_919 = 0x5AA72CDA65749620LL;
            int32_t *l_920 = (void*)0;
            int32_t *l_921 = &g_6[0][7];
            int32_t *l_922 = (void*)0;
            int32_t *l_923 = &g_516.f2;
            int32_t *l_924 = &g_499;
            int32_t *l_925 = &g_6[0][7];
            int32_t *l_926 = &g_41;
            int32_t *l_927 = &g_483;
            int32_t *l_928[4][5];
            int16_t l_931 = 0x966EL;
            const uint16_t l_947 = 1UL;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 5; j++)
                    l_928[i][j] = (void*)0;
            }
            for (g_516.f2 = (-7); (g_516.f2 == 9); ++g_516.f2)
            { /* block id: 427 */
                return l_919;
            }
            --l_936;
            (*l_926) &= ((g_516.f3 ^ ((*g_814) = (safe_sub_func_int32_t_s_s(((l_941 , (safe_mod_func_int8_t_s_s(((~(*g_251)) , 1L), (-7L)))) , (safe_div_func_int32_t_s_s(l_936, 1UL))), (l_916 != ((**g_65) = ((&l_929 != (*g_98)) | (*l_921)))))))) != l_947);
        }
        l_949--;
    }
    return l_949;
}


/* ------------------------------------------ */
/* 
 * reads : g_35 g_41 g_42 g_6 g_555 g_2 g_813 g_814 g_333.f0 g_63 g_64 g_65 g_66 g_97 g_98 g_43 g_912
 * writes: g_35 g_41 g_42 g_6 g_555 g_333.f0 g_43 g_912
 */
static uint8_t  func_9(union U1  p_10, uint8_t  p_11)
{ /* block id: 12 */
    const int32_t **l_891 = &g_555;
    int32_t l_892 = 5L;
    uint8_t *l_901 = &g_459;
    int32_t l_909 = 0L;
    int32_t l_910 = 0xD19FAA7FL;
    int32_t l_911[3];
    int i;
    for (i = 0; i < 3; i++)
        l_911[i] = 0L;
    (*l_891) = func_33(&g_2);
    (****g_63) = ((((**l_891) , (l_892 = p_10.f0)) || (safe_div_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u((safe_lshift_func_uint16_t_u_s((safe_rshift_func_uint16_t_u_u((((void*)0 != l_901) > (+2UL)), ((safe_mul_func_uint16_t_u_u((**l_891), ((**g_813) = (((&g_151 == l_901) < (l_892 &= ((-1L) >= (**g_813)))) && p_11)))) | p_11))), 9)), p_10.f0)) , 0x14L), p_10.f0))) && p_10.f0);
    for (p_11 = 0; (p_11 <= 0); p_11 += 1)
    { /* block id: 416 */
        int32_t *l_906 = &g_35;
        int32_t *l_907[8][10] = {{&g_887,&g_43,&g_2,&g_2,&g_43,&g_887,&g_516.f2,&g_887,&g_2,&g_516.f2},{&g_43,&l_892,&g_43,&g_516.f2,&g_2,&g_2,&g_516.f2,&g_43,&l_892,&g_43},{&g_43,&g_516.f2,&l_892,&g_2,&l_892,&g_516.f2,&g_43,&g_43,&g_516.f2,&l_892},{&g_516.f2,&g_43,&g_43,&g_516.f2,&l_892,&g_2,&l_892,&g_516.f2,&g_43,&g_43},{&l_892,&g_43,&g_516.f2,&g_2,&g_2,&g_516.f2,&g_43,&l_892,&g_43,&g_516.f2},{&g_2,&g_516.f2,&g_2,&g_516.f2,&g_2,&g_516.f2,&g_516.f2,&g_2,&g_516.f2,&g_2},{&l_892,&l_892,&g_2,&g_2,&g_887,&g_2,&g_2,&l_892,&l_892,&g_2},{&g_516.f2,&g_2,&g_516.f2,&g_516.f2,&g_2,&g_516.f2,&g_2,&g_516.f2,&g_2,&g_516.f2}};
        int8_t l_908 = 0x7FL;
        int i, j;
        (***g_97) |= (~(1UL != p_10.f0));
        ++g_912;
    }
    l_892 |= ((****g_63) = 0xF5F6E304L);
    return (**l_891);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static union U1  func_12(int16_t  p_13, uint32_t  p_14, const int32_t * p_15, uint32_t  p_16)
{ /* block id: 9 */
    int32_t ***l_31 = (void*)0;
    int32_t ****l_30 = &l_31;
    union U1 l_32 = {65535UL};
    (*l_30) = (void*)0;
    return l_32;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int8_t  func_21(uint32_t  p_22, uint64_t  p_23, uint32_t  p_24, uint32_t  p_25)
{ /* block id: 6 */
    int16_t l_27 = 0L;
    return l_27;
}


/* ------------------------------------------ */
/* 
 * reads : g_35 g_41 g_42 g_6
 * writes: g_35 g_41 g_42 g_6
 */
static const int32_t * func_33(int32_t * p_34)
{ /* block id: 13 */
    const int16_t l_38 = (-3L);
    int32_t ***l_39[4];
    int16_t l_820 = 0x79D8L;
    uint8_t *l_840 = &g_101;
    uint64_t l_849 = 5UL;
    struct S0 *l_855 = &g_516;
    int i;
    for (i = 0; i < 4; i++)
        l_39[i] = (void*)0;
lbl_890:
    for (g_35 = 28; (g_35 == (-19)); g_35 = safe_sub_func_int8_t_s_s(g_35, 8))
    { /* block id: 16 */
        int32_t ****l_40 = &l_39[0];
        union U1 l_662 = {65529UL};
        int32_t l_819 = (-10L);
        int32_t l_821 = 0xC46254C7L;
        uint8_t *l_883[5];
        int i;
        for (i = 0; i < 5; i++)
            l_883[i] = &g_459;
        if (l_38)
            break;
        (*l_40) = l_39[0];
        if (g_35)
            continue;
        for (g_41 = 0; (g_41 <= 3); g_41 += 1)
        { /* block id: 22 */
            int8_t l_51 = 0L;
            int32_t ****l_664 = &l_39[0];
            int16_t l_782 = 0x5537L;
            uint16_t * const *l_815[1];
            int32_t l_827[7] = {1L,1L,1L,1L,1L,1L,1L};
            const uint8_t *l_839[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            const uint32_t *l_854 = &g_153[4];
            const uint32_t **l_853 = &l_854;
            const uint32_t ***l_852[8][5][2] = {{{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853}},{{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853},{&l_853,(void*)0},{&l_853,&l_853}},{{&l_853,&l_853},{&l_853,&l_853},{&l_853,(void*)0},{&l_853,&l_853},{&l_853,&l_853}},{{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853}},{{&l_853,&l_853},{&l_853,(void*)0},{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853}},{{&l_853,(void*)0},{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853}},{{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853},{&l_853,(void*)0}},{{&l_853,&l_853},{&l_853,&l_853},{&l_853,&l_853},{&l_853,(void*)0},{&l_853,&l_853}}};
            union U1 l_863[7] = {{0UL},{0UL},{0UL},{0UL},{0UL},{0UL},{0UL}};
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_815[i] = (void*)0;
            for (g_42 = 0; (g_42 <= 0); g_42 += 1)
            { /* block id: 25 */
                int16_t *l_791 = &g_85;
                uint8_t *l_793 = &g_101;
                uint8_t ** const l_792 = &l_793;
                uint32_t l_816 = 1UL;
                union U1 l_832 = {0UL};
                struct S0 l_857 = {28598,5801,0L,815,-0,34628};
                uint8_t l_884 = 0x56L;
                int i, j;
                g_6[g_42][(g_42 + 5)] = g_6[g_42][(g_42 + 1)];
            }
        }
    }
    for (g_41 = 4; (g_41 >= (-7)); g_41--)
    { /* block id: 405 */
        if (g_35)
            goto lbl_890;
    }
    return p_34;
}


/* ------------------------------------------ */
/* 
 * reads : g_499 g_66 g_43 g_439 g_64 g_65 g_501 g_419 g_46 g_85
 * writes: g_499 g_516.f2 g_439 g_501 g_46 g_491
 */
static int16_t  func_52(uint64_t  p_53, union U1  p_54, uint32_t  p_55)
{ /* block id: 266 */
    int16_t l_670 = 0x6F22L;
    int32_t l_678 = 0x37FE5642L;
    int32_t l_679 = (-1L);
    int32_t l_680 = (-5L);
    int32_t l_681 = 0L;
    int32_t l_682 = (-1L);
    int32_t l_683 = 1L;
    int32_t l_684 = 0xD90AAF23L;
    int32_t l_685 = (-5L);
    int32_t l_686[5][5][8] = {{{0x1F878078L,1L,0x10F80FA5L,1L,0x2A254D9FL,0x74619547L,0x1FCD3D45L,0x68892364L},{(-1L),(-2L),0xF890B8F4L,0x441B05D4L,0x68892364L,0x441B05D4L,0xF890B8F4L,(-2L)},{0x3687C5AFL,0x715D6C18L,0x89CA627FL,0x72664FCFL,0x30DD02F0L,1L,(-9L),0L},{0x1F878078L,1L,0x32847CF7L,(-1L),0xC6111204L,0x72664FCFL,(-9L),1L},{0x7A8F7A11L,(-1L),1L,1L,0xB9BC3447L,1L,1L,0xC6111204L}},{{0xB9BC3447L,1L,1L,0xC6111204L,8L,0x1FCD3D45L,0L,8L},{(-1L),0x10F80FA5L,(-1L),0L,0L,0x2A254D9FL,0x2A254D9FL,0L},{0L,0x7A8F7A11L,0x7A8F7A11L,0L,0x72664FCFL,1L,8L,1L},{(-2L),0x2A254D9FL,1L,0x3687C5AFL,(-1L),(-1L),8L,1L},{0x441B05D4L,0x2A254D9FL,0L,(-1L),0x68BACDEEL,1L,1L,1L}},{{0L,0x7A8F7A11L,0L,0x68892364L,(-1L),0x2A254D9FL,0xF890B8F4L,0L},{1L,0x10F80FA5L,1L,0x2A254D9FL,0x74619547L,0x1FCD3D45L,0x68892364L,0x72664FCFL},{0L,1L,(-2L),0x74619547L,(-2L),1L,0L,1L},{1L,(-1L),0x2A254D9FL,0x26BCBE11L,0L,0x72664FCFL,1L,(-1L)},{(-9L),1L,0x72664FCFL,0L,0L,1L,(-1L),0x74619547L}},{{1L,0x68BACDEEL,0xF890B8F4L,(-1L),(-2L),0x7A8F7A11L,0x26BCBE11L,(-1L)},{0L,0x441B05D4L,0xB9BC3447L,(-9L),0x74619547L,0x68892364L,0x89CA627FL,0x3687C5AFL},{1L,0x32847CF7L,0x715D6C18L,0xB9BC3447L,(-1L),(-1L),0xB9BC3447L,0x715D6C18L},{0L,0L,(-1L),0x1F878078L,0x68BACDEEL,0x715D6C18L,0x441B05D4L,8L},{0x441B05D4L,(-2L),0x72BBFEFBL,0L,(-1L),(-9L),0x7A8F7A11L,8L}},{{(-2L),0xC6111204L,0x68892364L,0x1F878078L,0x72664FCFL,1L,(-1L),0x715D6C18L},{0L,0x72BBFEFBL,(-1L),0xB9BC3447L,0L,(-1L),0x32847CF7L,0x3687C5AFL},{(-1L),0x715D6C18L,0xC6111204L,(-9L),8L,(-1L),(-2L),(-1L)},{0xB9BC3447L,(-1L),0x68BACDEEL,(-1L),0xB9BC3447L,0x10F80FA5L,0x72664FCFL,0x74619547L},{0x7A8F7A11L,0x30DD02F0L,1L,0L,0xC6111204L,0L,(-1L),(-1L)}}};
    uint32_t *l_696 = &g_137;
    uint32_t **l_695 = &l_696;
    uint64_t *l_699 = &g_50;
    int32_t l_750 = 1L;
    int i, j, k;
    for (g_499 = 0; (g_499 >= (-8)); g_499--)
    { /* block id: 269 */
        int32_t *l_671 = &g_516.f2;
        int32_t *l_672 = &g_516.f2;
        int32_t *l_673 = &g_516.f2;
        int32_t *l_674 = &g_6[0][7];
        int32_t *l_675 = &g_6[0][7];
        int32_t *l_676 = (void*)0;
        int32_t *l_677[8][8][4] = {{{&g_516.f2,(void*)0,&g_6[0][8],&g_35},{&g_43,(void*)0,&g_516.f2,&g_6[0][8]},{&g_43,&g_43,&g_42,&g_42},{(void*)0,&g_483,&g_516.f2,&g_43},{&g_499,(void*)0,&g_516.f2,(void*)0},{&g_499,&g_6[0][7],(void*)0,&g_42},{&g_516.f2,(void*)0,(void*)0,&g_499},{(void*)0,&g_483,&g_516.f2,&g_6[0][7]}},{{&g_35,(void*)0,&g_499,&g_499},{&g_499,(void*)0,&g_499,&g_35},{&g_483,&g_6[0][7],&g_35,&g_43},{&g_2,&g_483,(void*)0,&g_6[0][1]},{&g_42,&g_35,&g_43,&g_499},{&g_483,&g_6[0][8],(void*)0,&g_499},{&g_6[0][4],&g_43,&g_6[0][2],&g_6[0][7]},{&g_43,(void*)0,&g_35,&g_516.f2}},{{&g_483,(void*)0,&g_499,&g_483},{&g_6[0][1],&g_42,&g_6[0][7],&g_6[0][7]},{&g_43,&g_43,(void*)0,&g_43},{(void*)0,&g_499,(void*)0,&g_42},{&g_6[0][0],(void*)0,&g_35,(void*)0},{&g_2,(void*)0,(void*)0,&g_42},{(void*)0,&g_499,&g_499,&g_43},{&g_42,&g_43,&g_499,&g_6[0][7]}},{{&g_499,&g_42,&g_6[0][0],&g_483},{&g_6[0][2],(void*)0,(void*)0,&g_516.f2},{&g_516.f2,(void*)0,&g_516.f2,&g_6[0][7]},{&g_516.f2,&g_43,&g_6[0][7],&g_499},{&g_42,&g_6[0][8],&g_516.f2,&g_499},{&g_483,&g_35,&g_42,&g_6[0][1]},{&g_6[0][7],&g_483,&g_35,&g_43},{&g_6[0][8],&g_6[0][7],&g_43,&g_35}},{{(void*)0,(void*)0,&g_43,&g_499},{&g_43,(void*)0,(void*)0,&g_6[0][7]},{&g_43,&g_483,&g_41,&g_499},{&g_499,(void*)0,&g_35,&g_42},{&g_6[0][7],&g_6[0][7],&g_6[0][7],(void*)0},{&g_35,(void*)0,&g_43,&g_43},{&g_483,&g_483,&g_6[0][6],&g_42},{&g_6[0][0],&g_6[0][5],&g_6[0][4],&g_6[0][6]}},{{&g_6[0][7],(void*)0,&g_35,&g_6[0][0]},{(void*)0,&g_2,&g_499,&g_2},{&g_516.f2,(void*)0,&g_6[0][7],&g_6[0][7]},{&g_35,&g_35,(void*)0,&g_2},{&g_6[0][2],&g_2,&g_483,&g_499},{&g_6[0][2],(void*)0,(void*)0,&g_499},{&g_35,&g_499,&g_6[0][7],&g_516.f2},{&g_516.f2,(void*)0,&g_499,&g_499}},{{(void*)0,&g_6[0][8],&g_35,(void*)0},{&g_6[0][7],&g_499,&g_6[0][4],&g_6[0][1]},{&g_6[0][0],&g_6[0][7],&g_483,&g_6[0][7]},{&g_516.f2,&g_6[0][0],&g_35,(void*)0},{&g_6[0][7],&g_43,&g_42,(void*)0},{&g_35,&g_516.f2,&g_6[0][2],(void*)0},{&g_6[0][7],&g_6[0][7],&g_6[0][7],&g_42},{&g_499,&g_42,&g_499,&g_499}},{{&g_483,&g_6[0][7],&g_35,&g_516.f2},{&g_499,(void*)0,&g_6[0][5],&g_2},{(void*)0,&g_2,&g_6[0][7],&g_6[0][5]},{&g_42,&g_483,&g_42,&g_6[0][0]},{&g_43,&g_516.f2,(void*)0,&g_6[0][7]},{&g_6[0][7],&g_6[0][7],(void*)0,&g_499},{(void*)0,&g_41,&g_483,&g_43},{&g_516.f2,&g_6[0][1],&g_499,(void*)0}}};
        uint32_t l_687 = 0x4B29743CL;
        int i, j, k;
        l_687--;
        (*l_673) = (*g_66);
    }
    for (p_53 = 0; (p_53 <= 0); p_53 += 1)
    { /* block id: 275 */
        int32_t *l_690 = &l_679;
        union U1 **l_709 = &g_657[0][7][0];
        uint8_t *l_739[8] = {&g_101,&g_101,&g_101,&g_101,&g_101,&g_101,&g_101,&g_101};
        int32_t l_746 = 0x8C54C486L;
        int32_t l_748[9][4] = {{0xC4E9B95BL,0xCCE59BBEL,0xC4E9B95BL,0xCCE59BBEL},{0xC4E9B95BL,0xCCE59BBEL,0xC4E9B95BL,0xCCE59BBEL},{0xC4E9B95BL,0xCCE59BBEL,0xC4E9B95BL,0xCCE59BBEL},{0xC4E9B95BL,0xCCE59BBEL,0xC4E9B95BL,0xCCE59BBEL},{0xC4E9B95BL,0xCCE59BBEL,0xC4E9B95BL,0xCCE59BBEL},{0xC4E9B95BL,0xCCE59BBEL,0xC4E9B95BL,0xCCE59BBEL},{0xC4E9B95BL,0xCCE59BBEL,0xC4E9B95BL,0xCCE59BBEL},{0xC4E9B95BL,0xCCE59BBEL,0xC4E9B95BL,0xCCE59BBEL},{0xC4E9B95BL,0xCCE59BBEL,0xC4E9B95BL,0xCCE59BBEL}};
        uint64_t l_751 = 18446744073709551615UL;
        int i, j;
        (*l_690) = 0L;
        for (g_439 = 0; (g_439 <= 0); g_439 += 1)
        { /* block id: 279 */
            int32_t **l_691[3][10] = {{&l_690,&l_690,&g_66,&g_66,&g_66,&g_66,&g_66,&g_66,&l_690,&l_690},{&l_690,&l_690,&g_66,&l_690,(void*)0,(void*)0,&g_66,(void*)0,(void*)0,&l_690},{&l_690,&g_66,&l_690,&l_690,(void*)0,&l_690,&l_690,&g_66,&g_66,&l_690}};
            int32_t **l_692 = &l_690;
            union U1 l_723 = {0x8AD0L};
            uint8_t *l_738[6] = {&g_101,&g_101,&g_101,&g_101,&g_101,&g_101};
            int i, j;
            (*l_692) = (**g_64);
            for (g_501 = 0; (g_501 <= 0); g_501 += 1)
            { /* block id: 283 */
                int8_t *l_702 = (void*)0;
                int8_t *l_703 = (void*)0;
                int8_t *l_704 = &g_46;
                union U1 * const *l_708[8];
                union U1 * const **l_707 = &l_708[0];
                int64_t *l_710 = &g_491;
                int32_t l_711[9][3][2] = {{{0L,0x37992530L},{0L,0x468066FBL},{0xF0B4864AL,0xF0B4864AL}},{{0x468066FBL,0L},{0x37992530L,0L},{0x468066FBL,0xF0B4864AL}},{{0xF0B4864AL,0x468066FBL},{0L,0x37992530L},{0L,0x468066FBL}},{{0xF0B4864AL,0xF0B4864AL},{0x468066FBL,0L},{0x37992530L,0L}},{{0x468066FBL,0xF0B4864AL},{0xF0B4864AL,0x468066FBL},{0L,0x37992530L}},{{0L,0x468066FBL},{0xF0B4864AL,0xF0B4864AL},{0x468066FBL,0L}},{{0x37992530L,0L},{0x468066FBL,0xF0B4864AL},{0xF0B4864AL,0x468066FBL}},{{0L,0x37992530L},{0L,0x468066FBL},{0xF0B4864AL,0xF0B4864AL}},{{0x468066FBL,0L},{0x37992530L,0L},{0x468066FBL,0xF0B4864AL}}};
                uint32_t *l_725 = &g_153[4];
                int i, j, k;
                for (i = 0; i < 8; i++)
                    l_708[i] = (void*)0;
                l_711[7][1][0] = (((((safe_lshift_func_uint16_t_u_u(1UL, 3)) | (((void*)0 == l_695) && (safe_sub_func_int8_t_s_s(((&p_53 == l_699) != (safe_div_func_uint8_t_u_u(g_419[p_53], ((*l_704) |= g_419[g_501])))), 0x7AL)))) , ((safe_sub_func_int64_t_s_s(((*l_710) = (((*l_707) = (void*)0) == l_709)), (*l_690))) & p_54.f0)) || p_54.f0) ^ 0xF506L);
            }
        }
    }
    for (g_439 = 0; (g_439 <= (-1)); --g_439)
    { /* block id: 344 */
        return g_85;
    }
    return l_685;
}


/* ------------------------------------------ */
/* 
 * reads : g_597
 * writes:
 */
static uint64_t  func_56(int32_t * p_57, uint64_t * p_58, int32_t  p_59, int32_t **** p_60)
{ /* block id: 263 */
    uint64_t l_665[10][4] = {{1UL,18446744073709551615UL,18446744073709551615UL,0x0D8460AC70C474C5LL},{18446744073709551615UL,1UL,0x5E528B7C9F8FCC39LL,1UL},{1UL,0UL,0x5E528B7C9F8FCC39LL,0x5E528B7C9F8FCC39LL},{18446744073709551615UL,18446744073709551615UL,1UL,0x5E528B7C9F8FCC39LL},{0x0D8460AC70C474C5LL,0UL,0x0D8460AC70C474C5LL,1UL},{0x0D8460AC70C474C5LL,1UL,1UL,0x0D8460AC70C474C5LL},{18446744073709551615UL,1UL,0x5E528B7C9F8FCC39LL,1UL},{1UL,0UL,0x5E528B7C9F8FCC39LL,0x5E528B7C9F8FCC39LL},{18446744073709551615UL,18446744073709551615UL,1UL,0x5E528B7C9F8FCC39LL},{0x0D8460AC70C474C5LL,0UL,0x0D8460AC70C474C5LL,1UL}};
    int i, j;
    l_665[3][1]++;
    return g_597[0][3];
}


/* ------------------------------------------ */
/* 
 * reads : g_153 g_97 g_98 g_66 g_43 g_64 g_65 g_156 g_419 g_516.f2 g_6 g_516.f4 g_516 g_333.f0
 * writes: g_257 g_153 g_6 g_439 g_555 g_556 g_516.f2 g_66
 */
static uint64_t * func_61(int32_t * const *** p_62)
{ /* block id: 34 */
    int32_t l_67[1][5][8] = {{{7L,(-3L),(-3L),7L,0x31AC6914L,7L,(-3L),(-3L)},{(-3L),0x31AC6914L,8L,8L,0x31AC6914L,(-3L),0x31AC6914L,8L},{7L,0x31AC6914L,7L,(-3L),(-3L),7L,0x31AC6914L,7L},{0x841EC3D2L,(-3L),8L,(-3L),0x841EC3D2L,0x841EC3D2L,(-3L),8L},{0x841EC3D2L,0x841EC3D2L,(-3L),8L,(-3L),0x841EC3D2L,0x841EC3D2L,(-3L)}}};
    int32_t *l_68 = (void*)0;
    int32_t *l_69 = (void*)0;
    int32_t *l_70 = &g_6[0][7];
    int32_t l_71[4] = {5L,5L,5L,5L};
    int32_t *l_72 = &g_6[0][1];
    int32_t *l_73 = &g_6[0][9];
    int32_t l_74 = (-1L);
    int32_t *l_75 = (void*)0;
    int32_t *l_76 = &g_6[0][4];
    int32_t *l_77 = &l_74;
    int32_t *l_78 = &l_74;
    int32_t l_79 = 6L;
    int32_t *l_80 = &l_74;
    int32_t *l_81 = &g_6[0][7];
    int32_t l_82 = (-8L);
    int32_t *l_83 = &g_6[0][9];
    int32_t *l_84[4][10][2] = {{{(void*)0,(void*)0},{&l_82,(void*)0},{(void*)0,(void*)0},{&l_79,&g_6[0][5]},{&l_82,&l_79},{&g_6[0][5],(void*)0},{&g_6[0][5],&l_79},{&l_82,&g_6[0][5]},{&l_79,(void*)0},{(void*)0,(void*)0}},{{&l_82,(void*)0},{(void*)0,(void*)0},{&l_79,&g_6[0][5]},{&l_82,&l_79},{&g_6[0][5],(void*)0},{&g_6[0][5],&l_79},{&l_82,&g_6[0][5]},{&l_79,(void*)0},{(void*)0,(void*)0},{&l_82,(void*)0}},{{(void*)0,(void*)0},{&l_79,&g_6[0][5]},{&l_82,&l_79},{&g_6[0][5],(void*)0},{&g_6[0][5],&l_79},{&l_82,&g_6[0][5]},{&l_79,(void*)0},{(void*)0,(void*)0},{&l_82,(void*)0},{(void*)0,(void*)0}},{{&l_79,&g_6[0][5]},{&l_82,&l_79},{&g_6[0][5],(void*)0},{&g_6[0][5],&l_79},{&l_82,&g_6[0][5]},{&l_79,(void*)0},{(void*)0,(void*)0},{&l_82,(void*)0},{(void*)0,(void*)0},{&l_79,&g_6[0][5]}}};
    uint32_t l_86 = 4UL;
    uint64_t *l_103 = (void*)0;
    int8_t *l_185[2];
    int32_t ***l_189[6] = {&g_98,&g_98,&g_98,&g_98,&g_98,&g_98};
    int32_t l_204 = 1L;
    int64_t l_307[10] = {0xF5273B7C032DADB5LL,0x30A54DC80864ED8DLL,0xF5273B7C032DADB5LL,0x30A54DC80864ED8DLL,0xF5273B7C032DADB5LL,0x30A54DC80864ED8DLL,0xF5273B7C032DADB5LL,0x30A54DC80864ED8DLL,0xF5273B7C032DADB5LL,0x30A54DC80864ED8DLL};
    int32_t l_309 = 0xB8C32160L;
    int8_t l_314 = 0xFBL;
    uint64_t l_352 = 9UL;
    int64_t l_500[1];
    uint32_t l_502 = 0xDCD1034CL;
    union U1 l_515 = {0xB4F2L};
    int16_t l_575[8][4] = {{0x3286L,0L,(-10L),0xDC9CL},{0xA42AL,(-1L),0xA42AL,0xDC9CL},{(-10L),0L,0x3286L,(-1L)},{0x2E2CL,0L,0L,0L},{0xDC9CL,0xDC9CL,0L,(-1L)},{0xA42AL,(-10L),(-1L),0L},{0x2E2CL,(-1L),(-1L),(-1L)},{(-1L),(-1L),0x2E2CL,0L}};
    uint32_t l_651 = 0xD516D089L;
    union U1 ** const l_659 = &g_657[2][9][0];
    union U1 ** const *l_658 = &l_659;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_185[i] = &g_151;
    for (i = 0; i < 1; i++)
        l_500[i] = 0xDEE0228AEEAC5322LL;
    ++l_86;
    for (l_74 = 3; (l_74 >= 0); l_74 -= 1)
    { /* block id: 38 */
        int8_t l_91 = (-4L);
        int32_t l_92[10] = {1L,1L,0x5FB264BAL,(-1L),0x5FB264BAL,1L,1L,0x5FB264BAL,(-1L),0x5FB264BAL};
        uint16_t l_94 = 0x8B10L;
        uint32_t l_102[3];
        uint8_t l_167 = 0UL;
        union U1 l_172 = {0xD856L};
        struct S0 l_187 = {-33831,-430,0xEBF9CC5EL,578,1,32086};
        int16_t *l_197 = &g_156;
        uint16_t l_325[8] = {0xF7E6L,0xF7E6L,0xF7E6L,0xF7E6L,0xF7E6L,0xF7E6L,0xF7E6L,0xF7E6L};
        int8_t l_330[7] = {0x94L,0x2CL,0x94L,0x94L,0x2CL,0x94L,0x94L};
        int32_t l_344 = 0x9E37ED42L;
        int32_t ****l_413 = &g_97;
        uint32_t l_427 = 0xD2A762BAL;
        int64_t l_480 = (-1L);
        int32_t l_505 = 0x28F1CFE6L;
        uint8_t l_508 = 0xA7L;
        int16_t l_648[8] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
        int i;
        for (i = 0; i < 3; i++)
            l_102[i] = 0x6410FA4CL;
        for (l_82 = 3; (l_82 >= 0); l_82 -= 1)
        { /* block id: 41 */
            int64_t l_89 = (-3L);
            int32_t l_90 = 0x7D67D2B4L;
            int32_t l_93 = (-1L);
            int32_t ****l_99 = &g_97;
            uint8_t *l_100 = &g_101;
            uint64_t l_161 = 0x435052A225A8C6FELL;
            int16_t *l_198 = (void*)0;
            int32_t l_202 = 0xBBDD3434L;
            int32_t l_208 = 0x15B2C1F8L;
            int32_t l_218 = (-1L);
            int32_t l_219 = 1L;
            int64_t * const l_256 = &g_257;
            int32_t **l_259 = (void*)0;
            int32_t l_320 = (-1L);
            int32_t l_321 = (-1L);
            int32_t l_324[10] = {(-1L),0xA4CD745DL,(-1L),(-1L),0xA4CD745DL,(-1L),(-1L),0xA4CD745DL,(-1L),(-1L)};
            uint32_t **l_340 = (void*)0;
            struct S0 l_394 = {26223,-7128,-3L,-1586,0,19647};
            uint32_t l_418 = 7UL;
            int32_t *l_424 = &l_202;
            int16_t l_450[9][1][10] = {{{0xBEBEL,5L,0x8E11L,0x857AL,0x4F4AL,0x5245L,0x4F4AL,0x857AL,0x8E11L,5L}},{{1L,(-9L),0L,0x4A66L,(-5L),1L,0L,0x8E11L,0xC04AL,0xC04AL}},{{(-9L),0L,1L,0x5245L,0x5245L,1L,0L,(-9L),0x4A66L,0L}},{{1L,0L,0x857AL,(-9L),0x0D1DL,0x5245L,7L,0L,7L,0x5245L}},{{0xBEBEL,0x0D1DL,0x857AL,0x0D1DL,0xBEBEL,0L,0x4A66L,(-9L),0L,1L}},{{0x4A66L,(-5L),1L,0L,0x8E11L,0xC04AL,0xC04AL,0x8E11L,0L,1L}},{{0L,0L,0L,1L,0xBEBEL,5L,0x8E11L,0x857AL,0x4F4AL,0x5245L}},{{0x857AL,7L,0x8E11L,0L,0x0D1DL,0L,0x8E11L,7L,0x857AL,0L}},{{(-5L),0L,0x4F4AL,0xBEBEL,0x5245L,1L,0xC04AL,0x0D1DL,0x0D1DL,0xC04AL}}};
            int i, j, k;
            l_94++;
        }
        for (g_257 = 0; (g_257 <= 0); g_257 += 1)
        { /* block id: 203 */
            uint32_t *l_523 = &g_153[7];
            int32_t l_536 = (-1L);
            int32_t l_539 = 9L;
            uint32_t l_551 = 1UL;
            const int32_t *l_553[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            const int32_t **l_552[2][1][3] = {{{&l_553[1],&l_553[1],&l_553[1]}},{{&l_553[7],&l_553[7],&l_553[7]}}};
            int32_t ****l_592 = (void*)0;
            int32_t l_607 = 0x39FE59A3L;
            int8_t l_650 = (-1L);
            int i, j, k;
            (*l_73) = (((safe_mod_func_int64_t_s_s(((++(*l_523)) , ((****l_413) == (safe_mod_func_uint16_t_u_u(((((safe_add_func_int8_t_s_s(((void*)0 == &l_523), ((safe_mod_func_uint8_t_u_u(((safe_div_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((l_536 = ((***g_64) < 0xB3B119C5L)) && ((void*)0 == (*g_98))), 0UL)), ((((safe_add_func_int8_t_s_s(0xD7L, l_539)) < 0UL) > g_156) || (****l_413)))) > g_419[0]), (****l_413))) | g_516.f2))) & l_539) && 0xB7983FA2L) ^ 0x71BBL), 0xCA9BL)))), (*l_83))) == (-5L)) == g_516.f4);
            g_556 = (g_555 = (((~((safe_div_func_int8_t_s_s(((*l_81) = 0x84L), (safe_rshift_func_int8_t_s_s(8L, 2)))) != ((safe_mul_func_int8_t_s_s((((*l_77) , ((((safe_lshift_func_uint8_t_u_u((g_516 , l_536), 2)) >= (0x1FL | ((safe_mod_func_int8_t_s_s((g_439 = g_333.f0), (l_551 || (****l_413)))) == 0L))) ^ g_516.f2) != 0xE5L)) != 0x4282CCBEL), 255UL)) , 0xB4E65C8F60149278LL))) >= (****l_413)) , (**g_97)));
            (*l_72) &= (****p_62);
            for (g_516.f2 = 3; (g_516.f2 >= 0); g_516.f2 -= 1)
            { /* block id: 214 */
                int64_t l_572[1];
                int32_t l_576 = 0x7488154EL;
                const int32_t ***l_578 = &l_552[0][0][1];
                const int32_t **** const l_577 = &l_578;
                struct S0 l_654[9] = {{-25254,1796,0xA226211CL,-1695,3,4474},{-25254,1796,0xA226211CL,-1695,3,4474},{-25254,1796,0xA226211CL,-1695,3,4474},{-25254,1796,0xA226211CL,-1695,3,4474},{-25254,1796,0xA226211CL,-1695,3,4474},{-25254,1796,0xA226211CL,-1695,3,4474},{-25254,1796,0xA226211CL,-1695,3,4474},{-25254,1796,0xA226211CL,-1695,3,4474},{-25254,1796,0xA226211CL,-1695,3,4474}};
                int i;
                for (i = 0; i < 1; i++)
                    l_572[i] = 0L;
                (*g_98) = (*g_98);
            }
        }
    }
    return &g_50;
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
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_6[i][j], "g_6[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    transparent_crc(g_42, "g_42", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_46, "g_46", print_hash_value);
    transparent_crc(g_50, "g_50", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_151, "g_151", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_153[i], "g_153[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    transparent_crc(g_257, "g_257", print_hash_value);
    transparent_crc(g_333.f0, "g_333.f0", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_419[i], "g_419[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_439, "g_439", print_hash_value);
    transparent_crc(g_459, "g_459", print_hash_value);
    transparent_crc(g_483, "g_483", print_hash_value);
    transparent_crc(g_491, "g_491", print_hash_value);
    transparent_crc(g_499, "g_499", print_hash_value);
    transparent_crc(g_501, "g_501", print_hash_value);
    transparent_crc(g_516.f0, "g_516.f0", print_hash_value);
    transparent_crc(g_516.f1, "g_516.f1", print_hash_value);
    transparent_crc(g_516.f2, "g_516.f2", print_hash_value);
    transparent_crc(g_516.f3, "g_516.f3", print_hash_value);
    transparent_crc(g_516.f4, "g_516.f4", print_hash_value);
    transparent_crc(g_516.f5, "g_516.f5", print_hash_value);
    transparent_crc(g_554, "g_554", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_597[i][j], "g_597[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_809[i], "g_809[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_887, "g_887", print_hash_value);
    transparent_crc(g_912, "g_912", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 278
   depth: 1, occurrence: 7
XXX total union variables: 8

XXX non-zero bitfields defined in structs: 5
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 9
breakdown:
   indirect level: 0, occurrence: 7
   indirect level: 1, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 7
XXX times a bitfields struct on LHS: 1
XXX times a bitfields struct on RHS: 16
XXX times a single bitfield on LHS: 1
XXX times a single bitfield on RHS: 14

XXX max expression depth: 26
breakdown:
   depth: 1, occurrence: 55
   depth: 2, occurrence: 19
   depth: 14, occurrence: 1
   depth: 18, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 26, occurrence: 1

XXX total number of pointers: 197

XXX times a variable address is taken: 558
XXX times a pointer is dereferenced on RHS: 117
breakdown:
   depth: 1, occurrence: 55
   depth: 2, occurrence: 17
   depth: 3, occurrence: 8
   depth: 4, occurrence: 37
XXX times a pointer is dereferenced on LHS: 130
breakdown:
   depth: 1, occurrence: 116
   depth: 2, occurrence: 10
   depth: 3, occurrence: 1
   depth: 4, occurrence: 3
XXX times a pointer is compared with null: 17
XXX times a pointer is compared with address of another variable: 8
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 5193

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 419
   level: 2, occurrence: 94
   level: 3, occurrence: 71
   level: 4, occurrence: 165
   level: 5, occurrence: 1
XXX number of pointers point to pointers: 73
XXX number of pointers point to scalars: 114
XXX number of pointers point to structs: 7
XXX percent of pointers has null in alias set: 27.9
XXX average alias set size: 1.39

XXX times a non-volatile is read: 805
XXX times a non-volatile is write: 403
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 55
XXX max block depth: 3
breakdown:
   depth: 0, occurrence: 22
   depth: 1, occurrence: 16
   depth: 2, occurrence: 13
   depth: 3, occurrence: 4

XXX percentage a fresh-made variable is used: 17
XXX percentage an existing variable is used: 83
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

