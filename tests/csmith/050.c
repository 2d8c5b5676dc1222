/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 59 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      59
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int64_t g_2[7] = {0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL};
static uint16_t g_19[7] = {0xEC4FL,0xEC4FL,0xEC4FL,0xEC4FL,0xEC4FL,0xEC4FL,0xEC4FL};
static int32_t g_25 = 4L;
static uint64_t g_36 = 0x0855BBB785AA1EDELL;
static uint64_t g_39[5][9] = {{0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL},{0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL},{0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL},{0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL,0x3FD0416CBB4D05C4LL},{0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL,0x5C241E971521F00BLL}};
static uint16_t *g_65 = &g_19[1];
static int32_t g_83[6][3] = {{0L,(-1L),0L},{0x7D996F04L,0x7D996F04L,0x7D996F04L},{0L,(-1L),0L},{0x7D996F04L,0x7D996F04L,0x7D996F04L},{0L,(-1L),0L},{0x7D996F04L,0x7D996F04L,0x7D996F04L}};
static int32_t *g_88 = &g_83[4][1];
static const uint32_t g_91 = 0x8F839568L;
static uint8_t g_99 = 2UL;
static int16_t g_109 = 0xB7C8L;
static int32_t g_115 = 5L;
static uint32_t g_117 = 18446744073709551615UL;
static uint32_t g_118 = 1UL;
static int16_t g_156 = 0x23C6L;
static int32_t g_159 = 0x2B7E6810L;
static const int32_t g_189 = (-7L);
static const int32_t *g_188 = &g_189;
static int32_t ***g_197 = (void*)0;
static float g_202 = (-0x3.1p+1);
static int8_t g_240[10][7] = {{(-7L),0x9BL,0x9BL,(-7L),(-1L),0x70L,(-1L)},{0x25L,1L,1L,0x25L,0xACL,1L,0xACL},{(-7L),0x9BL,0x9BL,(-7L),(-1L),0x70L,(-1L)},{0x25L,1L,1L,0x25L,0xACL,1L,0xACL},{(-7L),0x9BL,0x9BL,(-7L),(-1L),0x70L,(-1L)},{0x25L,1L,1L,0x25L,0xACL,1L,0xACL},{(-7L),0x9BL,0x9BL,(-7L),(-1L),0x70L,(-1L)},{0x25L,1L,1L,0x25L,0xACL,1L,0xACL},{(-7L),0x9BL,0x9BL,(-7L),(-1L),0x70L,(-1L)},{0x25L,1L,1L,0x25L,0xACL,1L,0xACL}};
static int32_t g_277 = (-5L);
static uint32_t g_296 = 0UL;
static float g_317 = 0x7.44D508p-93;
static int32_t *g_390 = &g_277;
static int32_t * const *g_389[10] = {&g_390,&g_390,&g_390,&g_390,&g_390,&g_390,&g_390,&g_390,&g_390,&g_390};
static int16_t g_398 = 0x7EC4L;
static int64_t *g_450 = &g_2[4];
static int64_t **g_449[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static const float *g_501 = &g_202;
static const float **g_500 = &g_501;
static const uint8_t g_540 = 0x63L;
static int64_t g_562 = 0L;
static const int32_t **g_600 = &g_188;
static uint32_t g_638 = 0x0C7308E7L;
static uint8_t g_684 = 0UL;
static uint32_t *g_691 = (void*)0;
static uint32_t **g_690 = &g_691;
static int32_t ** const *g_709 = (void*)0;
static uint16_t g_844 = 65529UL;
static uint8_t *g_859 = &g_99;
static uint8_t **g_858 = &g_859;
static uint64_t g_935 = 18446744073709551607UL;
static int32_t **g_950 = &g_390;


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static uint8_t  func_3(uint32_t  p_4, const uint64_t  p_5, int16_t  p_6);
static const uint64_t  func_7(int8_t  p_8, float  p_9, uint32_t  p_10, uint64_t  p_11);
static int16_t  func_14(uint16_t  p_15, int8_t  p_16, int8_t  p_17);
static int16_t  func_48(int32_t  p_49);
static uint64_t  func_58(uint16_t * p_59);
static uint16_t * func_60(int32_t  p_61, uint16_t * p_62, uint16_t  p_63);
static int32_t  func_68(uint32_t  p_69, int32_t  p_70, float  p_71, int64_t  p_72, uint16_t  p_73);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_19 g_36 g_39 g_25 g_65 g_117 g_450 g_398 g_188 g_189 g_240 g_118 g_296 g_99 g_562 g_500 g_501 g_202 g_115 g_88 g_83 g_156 g_91 g_638 g_159 g_684 g_277 g_690
 * writes: g_19 g_36 g_39 g_25 g_296 g_398 g_99 g_562 g_83 g_115 g_600 g_317 g_684 g_277 g_690 g_709 g_2 g_638 g_117 g_159 g_202
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    uint16_t *l_18[4];
    int32_t l_20[8][3][3] = {{{(-1L),0xEE507704L,(-7L)},{(-4L),0x4433AC25L,(-7L)},{0x828451D7L,0x825062D7L,(-9L)}},{{0x4433AC25L,0xC2F1FCC1L,(-7L)},{0xC2F1FCC1L,(-1L),(-7L)},{0x105A83D8L,0x105A83D8L,(-9L)}},{{0x5FEC46BCL,(-4L),(-7L)},{0xEE507704L,0x5FEC46BCL,(-7L)},{0x825062D7L,0x828451D7L,(-9L)}},{{(-1L),0xEE507704L,(-7L)},{(-4L),0x4433AC25L,(-7L)},{0x828451D7L,0x825062D7L,(-9L)}},{{0x4433AC25L,0xC2F1FCC1L,(-7L)},{0xC2F1FCC1L,(-1L),(-7L)},{0x105A83D8L,0x105A83D8L,(-9L)}},{{0x5FEC46BCL,(-4L),(-7L)},{0xEE507704L,0x5FEC46BCL,(-7L)},{0x825062D7L,0x828451D7L,(-9L)}},{{(-1L),0xEE507704L,(-7L)},{(-4L),0x4433AC25L,(-7L)},{0x828451D7L,0x825062D7L,(-9L)}},{{0x4433AC25L,0xC2F1FCC1L,(-7L)},{0xC2F1FCC1L,(-1L),(-7L)},{0x105A83D8L,0x105A83D8L,0x828451D7L}}};
    int8_t l_21 = 0x7DL;
    uint64_t *l_560 = (void*)0;
    int64_t *l_561 = &g_562;
    int32_t l_982[5] = {(-9L),(-9L),(-9L),(-9L),(-9L)};
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_18[i] = &g_19[1];
    l_982[1] &= (g_2[4] , (func_3((((func_7(((((safe_mul_func_int16_t_s_s(func_14((++g_19[6]), l_20[0][1][2], l_21), g_2[4])) || l_21) >= l_21) , (safe_rshift_func_uint16_t_u_s((safe_mod_func_uint64_t_u_u((l_20[4][2][1] = g_39[4][8]), ((*l_561) |= (*g_450)))), l_21))), (**g_500), g_115, l_21) , 0x3396L) , l_20[4][2][1]) <= l_21), g_638, l_21) ^ 0xD1L));
    return g_684;
}


/* ------------------------------------------ */
/* 
 * reads : g_638 g_398 g_117 g_88 g_159 g_684 g_188 g_189 g_83 g_277
 * writes: g_638 g_398 g_117 g_83 g_159 g_684 g_202 g_277
 */
static uint8_t  func_3(uint32_t  p_4, const uint64_t  p_5, int16_t  p_6)
{ /* block id: 360 */
    uint32_t l_716 = 0xF2674186L;
    int32_t l_719 = 0L;
    int32_t l_767 = (-1L);
    uint32_t ** const *l_792 = (void*)0;
    int32_t l_846 = 0x5C12C83CL;
    int64_t l_861 = 0x308E0361E17F9FA1LL;
    int32_t l_869 = 0x006CAA01L;
    int32_t l_873 = 0x26EF2152L;
    int32_t *l_952 = &l_846;
    const uint64_t *l_977 = (void*)0;
    if (l_716)
    { /* block id: 361 */
        const int32_t **l_717 = (void*)0;
        float *l_718[2][9] = {{&g_317,(void*)0,(void*)0,(void*)0,(void*)0,&g_317,&g_317,&g_317,(void*)0},{&g_317,&g_202,&g_202,&g_317,&g_317,(void*)0,&g_317,&g_317,&g_202}};
        int i, j;
        l_719 = (((void*)0 != l_717) == 0x9.1D8F4Fp-72);
    }
    else
    { /* block id: 363 */
        uint8_t l_749 = 255UL;
        int32_t l_756[6];
        uint32_t **l_771[10][3] = {{&g_691,&g_691,&g_691},{&g_691,&g_691,&g_691},{&g_691,&g_691,&g_691},{&g_691,&g_691,&g_691},{&g_691,&g_691,&g_691},{&g_691,&g_691,&g_691},{&g_691,&g_691,&g_691},{&g_691,&g_691,&g_691},{&g_691,&g_691,&g_691},{&g_691,&g_691,&g_691}};
        int32_t *l_853 = &l_767;
        float l_893 = 0xA.09FDE8p-45;
        uint32_t l_895 = 18446744073709551615UL;
        int32_t **l_927[3];
        int32_t *** const l_926[2][6] = {{&l_927[0],&l_927[0],&l_927[0],&l_927[0],&l_927[0],&l_927[0]},{&l_927[0],&l_927[0],&l_927[0],&l_927[0],&l_927[0],&l_927[0]}};
        int32_t *l_953 = &g_83[1][0];
        int i, j;
        for (i = 0; i < 6; i++)
            l_756[i] = 0x125CCC0CL;
        for (i = 0; i < 3; i++)
            l_927[i] = &g_390;
        for (g_638 = (-23); (g_638 < 16); ++g_638)
        { /* block id: 366 */
            float l_747 = (-0x9.8p-1);
            int32_t l_748[5][2][3] = {{{0xF2D8845FL,0xF2D8845FL,1L},{1L,(-1L),(-8L)}},{{0x16D1432AL,0xF2D8845FL,0x16D1432AL},{0x16D1432AL,1L,0xF2D8845FL}},{{1L,0x16D1432AL,0x16D1432AL},{0xF2D8845FL,0x16D1432AL,(-8L)}},{{(-1L),1L,1L},{0xF2D8845FL,0xF2D8845FL,1L}},{{1L,(-1L),(-8L)},{0x16D1432AL,0xF2D8845FL,0x16D1432AL}}};
            uint32_t **l_770 = &g_691;
            float *l_784 = &g_202;
            int i, j, k;
            for (g_398 = 24; (g_398 >= 9); g_398--)
            { /* block id: 369 */
                int32_t l_745 = 0x6A5F7699L;
                int32_t l_763 = 0xA0A7420FL;
                if (p_6)
                { /* block id: 370 */
                    uint64_t l_742 = 0x49A7573F320A6C97LL;
                    int32_t l_746 = 0xD263F7A3L;
                    int32_t *l_753 = &g_159;
                    for (g_117 = 13; (g_117 >= 51); g_117 = safe_add_func_int32_t_s_s(g_117, 7))
                    { /* block id: 373 */
                        int32_t *l_726 = &g_25;
                        int32_t *l_727 = (void*)0;
                        int32_t *l_728 = (void*)0;
                        int32_t *l_729 = &g_83[5][1];
                        int32_t *l_730 = &g_159;
                        int32_t *l_731 = &l_719;
                        int32_t l_732 = 0x58CE1D28L;
                        int32_t *l_733 = &g_159;
                        int32_t *l_734 = &g_159;
                        int32_t *l_735 = &l_732;
                        int32_t *l_736 = (void*)0;
                        int32_t *l_737 = &l_719;
                        int32_t *l_738 = &l_732;
                        int32_t *l_739 = &g_25;
                        int32_t *l_740 = &g_83[1][0];
                        int32_t *l_741[1];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_741[i] = &g_159;
                        l_742++;
                        l_749++;
                    }
                    if (p_5)
                        break;
                    (*l_753) &= (safe_unary_minus_func_int32_t_s((l_748[2][1][2] = ((*g_88) = p_5))));
                    for (g_684 = 17; (g_684 <= 60); g_684 = safe_add_func_uint16_t_u_u(g_684, 7))
                    { /* block id: 383 */
                        if ((*g_188))
                            break;
                    }
                }
                else
                { /* block id: 386 */
                    int32_t *l_757 = &g_83[1][0];
                    int32_t *l_758 = (void*)0;
                    int32_t *l_759 = &l_756[2];
                    int32_t *l_760 = &l_748[1][1][0];
                    int32_t *l_761 = &l_719;
                    int32_t *l_762[2];
                    uint8_t l_764 = 0xEBL;
                    int i;
                    for (i = 0; i < 2; i++)
                        l_762[i] = &l_719;
                    --l_764;
                }
            }
            (*g_88) ^= ((p_6 & l_767) , ((((safe_add_func_float_f_f(0x0.Cp+1, (l_756[2] , (l_770 == l_771[7][0])))) > (safe_add_func_float_f_f(((safe_mul_func_float_f_f(((*l_784) = (0x1.3p-1 > (safe_sub_func_float_f_f((safe_mul_func_float_f_f((safe_sub_func_float_f_f(l_716, (safe_add_func_float_f_f((l_719 < p_6), 0x0.2p+1)))), l_716)), 0x0.B6FAC2p+95)))), (-0x1.Ep+1))) != l_767), l_719))) > 0x1.A56D5Cp-66) , (-1L)));
        }
        for (g_159 = 0; (g_159 >= 16); g_159 = safe_add_func_int32_t_s_s(g_159, 8))
        { /* block id: 395 */
            if ((*g_188))
                break;
        }
        for (g_277 = (-5); (g_277 == 2); g_277 = safe_add_func_int64_t_s_s(g_277, 7))
        { /* block id: 400 */
            int16_t *l_789 = (void*)0;
            int32_t l_800 = 0x007CD26FL;
            int32_t l_866 = 2L;
            int32_t l_867 = 0x3BC1E4E9L;
            int32_t l_870 = (-3L);
            int32_t l_874[8] = {0x28196AABL,(-2L),0x28196AABL,0x28196AABL,(-2L),0x28196AABL,0x28196AABL,(-2L)};
            uint16_t l_894[5][9] = {{0x9E0CL,0UL,0UL,9UL,0xA50AL,0xD738L,65532UL,3UL,0xB1C8L},{1UL,0x9E0CL,0x9974L,3UL,3UL,0x9974L,0x9E0CL,1UL,65532UL},{0xB247L,1UL,1UL,3UL,65528UL,65532UL,0xC706L,0UL,0xD738L},{65532UL,1UL,0xD738L,9UL,0xB247L,9UL,0xD738L,1UL,65532UL},{65532UL,9UL,65528UL,0xA50AL,0xB247L,0xC706L,1UL,0x9974L,0xB1C8L}};
            uint8_t *l_962 = &g_99;
            uint64_t *l_965[8][3] = {{(void*)0,&g_39[4][8],&g_935},{&g_39[4][4],&g_39[4][1],&g_39[4][4]},{&g_935,&g_39[4][8],(void*)0},{&g_39[4][5],&g_935,(void*)0},{(void*)0,&g_39[4][5],&g_39[4][4]},{&g_39[4][8],&g_39[4][8],&g_935},{(void*)0,&g_935,&g_39[4][5]},{&g_39[4][5],&g_935,(void*)0}};
            int16_t *l_966[3][7] = {{&g_156,&g_398,&g_398,&g_156,&g_398,&g_398,&g_156},{(void*)0,&g_156,&g_398,&g_398,&g_156,&g_398,&g_398},{&g_156,&g_156,&g_109,&g_398,&g_398,&g_156,&g_398}};
            int i, j;
        }
    }
    return p_6;
}


/* ------------------------------------------ */
/* 
 * reads : g_99 g_88 g_115 g_65 g_19 g_36 g_83 g_156 g_39 g_91 g_562 g_398 g_638 g_159 g_118 g_240 g_25 g_684 g_277 g_690 g_450
 * writes: g_99 g_83 g_115 g_600 g_39 g_317 g_398 g_19 g_684 g_277 g_690 g_709 g_2 g_25
 */
static const uint64_t  func_7(int8_t  p_8, float  p_9, uint32_t  p_10, uint64_t  p_11)
{ /* block id: 298 */
    int8_t l_565 = 0x8EL;
    uint8_t *l_566 = &g_99;
    int32_t l_567 = 0x8D439A98L;
    int32_t *l_568[2][4];
    int16_t l_595 = 0x9A07L;
    int64_t *l_651 = (void*)0;
    uint8_t l_683 = 253UL;
    int32_t l_694 = 0x5594852BL;
    float l_695[3];
    uint8_t l_696 = 255UL;
    int16_t l_701 = 1L;
    int32_t ** const l_708 = &g_390;
    int32_t ** const *l_707 = &l_708;
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
            l_568[i][j] = &g_83[1][0];
    }
    for (i = 0; i < 3; i++)
        l_695[i] = (-0x7.3p-1);
    if ((l_567 ^= ((*g_88) = (p_8 & (safe_rshift_func_uint8_t_u_u(((*l_566) |= l_565), 3))))))
    { /* block id: 302 */
        l_568[0][2] = &l_567;
    }
    else
    { /* block id: 304 */
        float l_592[1];
        int32_t l_593[9] = {(-3L),0x50BE2355L,0x50BE2355L,(-3L),0x50BE2355L,0x50BE2355L,(-3L),0x50BE2355L,0x50BE2355L};
        const uint32_t l_596[3] = {0x19DBB064L,0x19DBB064L,0x19DBB064L};
        int32_t l_693 = 0x26B77CB3L;
        int8_t l_699 = 0x20L;
        int16_t l_700 = 0x40F5L;
        uint8_t l_702 = 255UL;
        int i;
        for (i = 0; i < 1; i++)
            l_592[i] = 0x5.14F6FFp+69;
        for (g_115 = 0; (g_115 < 5); ++g_115)
        { /* block id: 307 */
            int16_t l_589 = (-5L);
            uint8_t l_594[3][4][9] = {{{0x2DL,254UL,9UL,254UL,0x2DL,254UL,9UL,254UL,0x2DL},{6UL,0UL,0UL,6UL,0x47L,8UL,8UL,0x47L,6UL},{0xDBL,254UL,0xDBL,0xC4L,0xDBL,254UL,0xDBL,0xC4L,0xDBL},{6UL,6UL,8UL,0UL,0x47L,0x47L,0UL,8UL,6UL}},{{0x2DL,0xC4L,9UL,0xC4L,0x2DL,0xC4L,9UL,0xC4L,0x2DL},{0x47L,0UL,8UL,6UL,6UL,8UL,0UL,0x47L,0x47L},{0xDBL,0xC4L,0xDBL,254UL,0xDBL,0xC4L,0xDBL,254UL,0xDBL},{0x47L,6UL,0UL,0UL,6UL,0x47L,8UL,8UL,0x47L}},{{0x2DL,254UL,9UL,254UL,0x2DL,254UL,9UL,254UL,0x2DL},{6UL,0UL,0UL,6UL,0x47L,8UL,8UL,0x47L,6UL},{0xDBL,254UL,0xDBL,0xC4L,0xDBL,254UL,0xDBL,0xC4L,0xDBL},{6UL,6UL,8UL,0UL,0x47L,0x47L,0UL,8UL,6UL}}};
            int32_t l_597 = 0x52254829L;
            int8_t *l_598 = &l_565;
            int32_t l_599[8] = {0x7F17943AL,0x2B4AA2DFL,0x7F17943AL,0x2B4AA2DFL,0x7F17943AL,0x2B4AA2DFL,0x7F17943AL,0x2B4AA2DFL};
            uint32_t l_620 = 2UL;
            int32_t **l_635 = &l_568[0][2];
            int32_t ***l_634 = &l_635;
            int64_t **l_659 = &g_450;
            const uint16_t *l_671 = &g_19[2];
            uint32_t ***l_692 = &g_690;
            int i, j, k;
            if (((l_599[6] ^= (safe_div_func_uint16_t_u_u((((safe_add_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u((safe_sub_func_int16_t_s_s((-4L), ((!(*g_65)) >= (safe_unary_minus_func_uint8_t_u((safe_add_func_int8_t_s_s(((*l_598) |= (0x1B0593E5CD5F99EALL == (8L | ((safe_lshift_func_int16_t_s_s(p_10, 11)) & (l_597 |= (safe_lshift_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_s(((l_589 == g_36) == (((l_593[0] = (safe_add_func_float_f_f((((((((*g_88) >= l_589) , p_8) || 2L) , g_115) >= 0UL) , 0x1.1p-1), p_9))) , 0UL) ^ l_594[0][3][3])), 5)) , l_595), l_596[1]))))))), 0x76L))))))), g_156)), 18446744073709551615UL)) != 0xDB40L) == p_10), (*g_65)))) , p_10))
            { /* block id: 312 */
                g_600 = &g_188;
            }
            else
            { /* block id: 314 */
                uint64_t *l_606 = &g_39[3][0];
                float *l_631 = (void*)0;
                float *l_632 = &g_317;
                int32_t l_633 = 0xBE8CDB90L;
                int32_t l_640 = 0xD3060363L;
                int64_t *l_652[2][3] = {{&g_2[4],&g_2[4],(void*)0},{&g_2[4],&g_2[4],(void*)0}};
                int i, j;
                if (((((((l_597 &= ((-4L) < (safe_rshift_func_uint16_t_u_s(l_593[0], (safe_lshift_func_int16_t_s_u((~((*l_606) &= p_8)), 4)))))) & (((((safe_lshift_func_int8_t_s_s((safe_sub_func_uint64_t_u_u(((((*l_598) ^= (!(safe_lshift_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_s(((((safe_mul_func_int16_t_s_s(l_620, ((safe_sub_func_uint16_t_u_u(p_10, ((safe_rshift_func_uint16_t_u_s(((safe_div_func_uint8_t_u_u((((g_91 , (void*)0) != &g_36) && ((safe_add_func_uint64_t_u_u((((*l_632) = (safe_add_func_float_f_f((0x9.B3EC16p+61 == 0x6.3186CCp+26), 0x6.D6BE06p-30))) , p_11), 0x8B1A6EBA78F53576LL)) > l_633)), g_83[3][2])) <= 0UL), l_599[6])) & l_633))) < 0x037AD1B5L))) , l_634) == &l_635) | 0xC553AE44L), g_19[6])) & 0UL), 13)))) >= l_633) & 0xEDL), g_562)), p_10)) > p_10) >= l_596[1]) >= 0xADL) && g_398)) >= 0x037A9F9D6A897D87LL) , &g_88) != (*l_634)) , p_11))
                { /* block id: 319 */
                    int16_t *l_639 = &g_398;
                    (**l_635) ^= ((safe_mul_func_uint16_t_u_u(g_638, ((*l_639) = g_115))) <= g_19[1]);
                    l_593[0] |= ((*g_88) &= 0x9328D4F5L);
                }
                else
                { /* block id: 324 */
                    int64_t *l_653 = &g_2[4];
                    int32_t l_658 = 0xD40DFACFL;
                    int32_t l_660 = 0xBBDA18BDL;
                    for (l_633 = 2; (l_633 <= 9); l_633 += 1)
                    { /* block id: 327 */
                        uint32_t l_641 = 0xDB0D3B6CL;
                        uint32_t l_650 = 1UL;
                        uint32_t *l_654[9][2][1] = {{{(void*)0},{&g_118}},{{(void*)0},{&l_650}},{{&g_296},{&g_296}},{{&l_650},{(void*)0}},{{&g_118},{(void*)0}},{{&l_650},{&g_296}},{{&g_296},{&l_650}},{{(void*)0},{&g_118}},{{(void*)0},{&l_650}}};
                        uint16_t l_655 = 0xB4C8L;
                        int32_t **l_682 = &l_568[0][2];
                        int i, j, k;
                        l_641--;
                        l_640 ^= ((~(safe_add_func_int32_t_s_s(((**l_635) = p_10), (!((p_8 < ((l_658 = ((((((*l_566)--) || (l_650 == ((((l_652[0][1] = l_651) == l_653) <= p_11) | (((l_655 = p_11) , ((*g_65) = (l_658 || (l_659 != &g_450)))) < g_159)))) | l_658) > p_8) != g_118)) & l_660)) != p_11))))) < g_240[0][0]);
                        (*l_635) = &l_593[5];
                        l_640 |= (g_684 |= (0xB2L == ((((safe_rshift_func_uint16_t_u_u((safe_mod_func_int32_t_s_s(((safe_mod_func_uint32_t_u_u(((((((safe_add_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(((&l_655 != l_671) , ((((p_8 , (safe_add_func_uint16_t_u_u((*g_65), (safe_add_func_uint32_t_u_u((l_593[0] = (safe_sub_func_int64_t_s_s((safe_div_func_uint16_t_u_u((*g_65), p_10)), (safe_mul_func_uint16_t_u_u((p_10 & ((void*)0 != l_682)), p_10))))), (-6L)))))) != p_8) , (**l_682)) || p_11)), g_240[0][2])), 0xF749A11DL)) , p_11) != 0xC9L) < g_562) ^ g_25) > g_638), p_11)) < 65535UL), g_91)), 5)) == p_11) < l_683) != 0x8B18L)));
                    }
                    for (g_277 = 0; (g_277 >= 15); ++g_277)
                    { /* block id: 343 */
                        uint64_t l_687[8] = {0x69E0CE76FF1360E8LL,0x69E0CE76FF1360E8LL,1UL,0x69E0CE76FF1360E8LL,0x69E0CE76FF1360E8LL,1UL,0x69E0CE76FF1360E8LL,0x69E0CE76FF1360E8LL};
                        int i;
                        l_687[0]--;
                    }
                    (*g_88) &= l_658;
                }
                (***l_634) &= 1L;
            }
            (*l_692) = g_690;
            --l_696;
        }
        l_702--;
    }
    g_25 |= ((*g_88) = ((safe_mul_func_uint8_t_u_u(g_638, (((*g_450) = ((g_709 = l_707) == &l_708)) > (((((g_240[6][6] , (safe_mul_func_int16_t_s_s(((*l_707) == (void*)0), (safe_mul_func_int8_t_s_s((&l_694 == (void*)0), ((safe_mod_func_int32_t_s_s((g_638 >= p_10), g_562)) ^ p_11)))))) <= g_277) , p_8) , 0x137EL) < (*g_65))))) , p_11));
    return p_10;
}


/* ------------------------------------------ */
/* 
 * reads : g_36 g_39 g_19 g_25 g_65 g_117 g_450 g_2 g_398 g_188 g_189 g_240 g_118 g_296 g_99
 * writes: g_36 g_39 g_25 g_296 g_398 g_99
 */
static int16_t  func_14(uint16_t  p_15, int8_t  p_16, int8_t  p_17)
{ /* block id: 2 */
    int32_t *l_24 = &g_25;
    int32_t l_26 = 0L;
    int32_t *l_27 = &g_25;
    int32_t *l_28 = &g_25;
    int32_t *l_29 = &g_25;
    int32_t *l_30 = &l_26;
    int32_t *l_31 = &l_26;
    int32_t *l_32 = &g_25;
    int32_t *l_33 = &g_25;
    int32_t *l_34 = &g_25;
    int32_t *l_35[2];
    const int32_t **l_456 = &g_188;
    const int32_t ***l_455 = &l_456;
    int8_t *l_457[7];
    int64_t **l_522 = &g_450;
    int i;
    for (i = 0; i < 2; i++)
        l_35[i] = &l_26;
    for (i = 0; i < 7; i++)
        l_457[i] = &g_240[0][0];
    g_36--;
    --g_39[4][8];
    for (p_15 = 11; (p_15 < 54); ++p_15)
    { /* block id: 7 */
        int32_t l_463 = 0L;
        uint64_t *l_472 = &g_36;
        uint32_t *l_479 = &g_296;
        int16_t *l_482 = &g_398;
        int32_t **l_490 = &l_29;
        int32_t l_513 = 0x8C2D27B3L;
        int32_t l_514 = 0xEAEBA3A8L;
        (*l_27) = (((safe_div_func_int32_t_s_s((safe_mul_func_int16_t_s_s(func_48(g_19[5]), (safe_sub_func_uint16_t_u_u((*g_65), (safe_add_func_int32_t_s_s((l_455 != ((&p_17 == l_457[5]) , &l_456)), (safe_add_func_uint8_t_u_u((safe_unary_minus_func_int8_t_s((safe_rshift_func_int8_t_s_s((l_463 = g_117), 1)))), ((safe_div_func_uint32_t_u_u((safe_mod_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u(((safe_add_func_uint64_t_u_u((((*l_472) = g_39[4][8]) && (*g_450)), g_19[1])) && g_398), 2)), (**l_456))), g_240[0][0])) | 5L))))))))), p_17)) , 0xF201A67DL) <= g_118);
        (*l_31) = ((safe_mul_func_float_f_f(l_463, (safe_mul_func_float_f_f(((1UL || ((safe_div_func_uint32_t_u_u(((*l_479)++), g_117)) , ((*l_482) |= p_16))) , (safe_mul_func_float_f_f((g_19[5] != (safe_mul_func_float_f_f(((g_39[3][6] , (!(*l_32))) >= (safe_add_func_float_f_f((((*l_455) == ((((((*l_479) = (l_463 < (*g_188))) != (***l_455)) | p_17) ^ 0x4FD49211L) , l_490)) < (**l_490)), p_16))), (*l_29)))), 0x3.30B1FDp+35))), (**l_490))))) >= (*l_27));
        for (g_99 = 22; (g_99 >= 4); g_99--)
        { /* block id: 230 */
            uint8_t l_505 = 0xA2L;
            int32_t l_511 = 0x5C9A93CDL;
        }
    }
    return (*l_28);
}


/* ------------------------------------------ */
/* 
 * reads : g_25
 * writes: g_25
 */
static int16_t  func_48(int32_t  p_49)
{ /* block id: 8 */
    uint16_t l_64 = 0xF5CAL;
    int32_t l_355 = 1L;
    int32_t l_356 = 0L;
    int32_t l_359 = 0xE926E421L;
    int32_t l_361 = (-2L);
    int32_t l_362[10][10] = {{0xC0B070CFL,0xEC1FA9AEL,0x8FCA8566L,0L,(-1L),0xDA2AB3D2L,0xF898E381L,0xF8F0DD5AL,0L,0L},{0xEB5DD15CL,0xDA2AB3D2L,0xB322BFE5L,0xEC1FA9AEL,(-1L),6L,1L,0L,0x035D1E97L,0L},{(-1L),0xF898E381L,0x26566AD8L,0xE4E76EB3L,1L,0xE4E76EB3L,0x26566AD8L,0xE4E76EB3L,0L,0xFEFA4915L},{0xF8F0DD5AL,0xDA2AB3D2L,0x8FCA8566L,0xF898E381L,0x4B6D7EA2L,1L,(-1L),0L,(-1L),0x511CAA19L},{0x90A3EDAAL,0x511CAA19L,0x035D1E97L,0xF898E381L,0L,0L,0xEB5DD15CL,0L,0L,0L},{9L,0L,0L,0x90A3EDAAL,0x90A3EDAAL,0L,0L,9L,(-1L),0xF8F0DD5AL},{0xE4E76EB3L,9L,0xB322BFE5L,(-1L),1L,0xFD773E59L,0xDA2AB3D2L,(-1L),0x8FCA8566L,0x90A3EDAAL},{0L,0L,0xB322BFE5L,1L,0L,(-1L),0L,9L,0x26566AD8L,9L},{(-8L),0xEC1FA9AEL,0L,0xF8F0DD5AL,0L,0xEC1FA9AEL,(-8L),0L,(-1L),0xE4E76EB3L},{0xF898E381L,0xEB5DD15CL,0x035D1E97L,0xE4E76EB3L,0xFD773E59L,0xC0B070CFL,0xB322BFE5L,0L,0x4B6D7EA2L,0L}};
    int16_t l_384 = (-1L);
    uint32_t l_441 = 1UL;
    int64_t *l_448 = (void*)0;
    int64_t **l_447[5] = {&l_448,&l_448,&l_448,&l_448,&l_448};
    int i, j;
    for (g_25 = (-25); (g_25 < (-26)); g_25 = safe_sub_func_int8_t_s_s(g_25, 4))
    { /* block id: 11 */
        float l_74 = (-0x1.4p-1);
        int32_t *l_79 = &g_25;
        int64_t *l_349 = &g_2[6];
        int32_t *l_350 = &g_159;
        int32_t l_353 = (-1L);
        int32_t l_357 = 0x3732A9AEL;
        int32_t l_358 = 0x3DDEAEA0L;
        int32_t l_360 = (-1L);
        int32_t l_363 = (-1L);
        int32_t l_364[8][3] = {{0xD1C910E2L,1L,0xD1C910E2L},{0xD1C910E2L,1L,0xD1C910E2L},{0xD1C910E2L,1L,0xD1C910E2L},{0xD1C910E2L,1L,0xD1C910E2L},{0xD1C910E2L,1L,0xD1C910E2L},{0xD1C910E2L,1L,0xD1C910E2L},{0xD1C910E2L,1L,0xD1C910E2L},{0xD1C910E2L,1L,0xD1C910E2L}};
        uint16_t *l_376 = &g_19[1];
        int8_t l_431 = 0L;
        int i, j;
    }
    return p_49;
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_36 g_39 g_115 g_19 g_88 g_197 g_83 g_159 g_118 g_99 g_156 g_65 g_91 g_189 g_117 g_240 g_25 g_202
 * writes: g_36 g_118 g_115 g_188 g_39 g_159 g_88 g_99 g_202 g_240 g_117 g_19 g_277 g_83 g_2 g_296
 */
static uint64_t  func_58(uint16_t * p_59)
{ /* block id: 52 */
    int32_t l_170 = 4L;
    int32_t l_171[4];
    uint8_t *l_234 = &g_99;
    uint32_t l_241 = 0xC618C9A2L;
    int8_t l_242 = 0x9BL;
    int32_t l_243 = 2L;
    const float *l_251 = &g_202;
    int32_t *l_261 = &g_115;
    int16_t * const l_270 = &g_109;
    uint8_t l_300 = 246UL;
    int32_t *l_336 = &g_83[5][0];
    int32_t **l_348[1];
    int32_t ***l_347 = &l_348[0];
    int i;
    for (i = 0; i < 4; i++)
        l_171[i] = 0xB9470D68L;
    for (i = 0; i < 1; i++)
        l_348[i] = &l_336;
    if (g_2[6])
    { /* block id: 53 */
        uint32_t l_173 = 1UL;
        int32_t **l_199 = &g_88;
        int32_t ***l_198 = &l_199;
        uint8_t *l_212 = (void*)0;
        int8_t *l_239 = &g_240[0][0];
        for (g_36 = 0; (g_36 < 16); g_36++)
        { /* block id: 56 */
            int8_t l_169[9] = {0xD4L,0xD4L,0xD4L,0xD4L,0xD4L,0xD4L,0xD4L,0xD4L,0xD4L};
            int32_t l_172 = 0xD10A5776L;
            int32_t *l_176 = &l_171[0];
            int i;
            for (g_118 = 0; (g_118 <= 23); g_118 = safe_add_func_uint8_t_u_u(g_118, 9))
            { /* block id: 59 */
                int32_t *l_166 = &g_83[1][0];
                int32_t *l_167 = &g_159;
                int32_t *l_168[5][5][3] = {{{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]}},{{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]}},{{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]}},{{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]}},{{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]},{&g_83[4][1],&g_25,&g_83[4][1]}}};
                int i, j, k;
                if (g_39[4][8])
                    break;
                --l_173;
            }
            (*l_176) |= 0x4E383BDCL;
            for (l_173 = 25; (l_173 <= 49); l_173++)
            { /* block id: 66 */
                uint32_t l_191 = 0x13501574L;
                for (g_118 = 0; (g_118 <= 2); g_118 += 1)
                { /* block id: 69 */
                    uint32_t l_187 = 4294967290UL;
                    int32_t l_209 = 0xA6DD1231L;
                    int8_t *l_219[5] = {&l_169[8],&l_169[8],&l_169[8],&l_169[8],&l_169[8]};
                    int i, j;
                    for (g_115 = 0; (g_115 <= 2); g_115 += 1)
                    { /* block id: 72 */
                        int32_t **l_180 = &l_176;
                        int32_t ***l_179 = &l_180;
                        uint64_t *l_194 = &g_39[4][6];
                        int32_t *l_200 = &g_159;
                        int i, j;
                        (*l_179) = &g_88;
                        (*l_200) ^= (l_170 = (safe_sub_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(((safe_rshift_func_int16_t_s_s((((65535UL > ((g_19[(g_115 + 1)] , &g_83[g_118][g_115]) != (l_187 , (g_188 = (*l_180))))) | (safe_unary_minus_func_uint32_t_u(g_2[5]))) < ((((l_191 != ((safe_sub_func_uint64_t_u_u(((*l_194)--), (g_197 == l_198))) | l_187)) < 0xBA7CE9A38E781DF5LL) , 4294967286UL) > l_191)), g_83[1][0])) , 0x1898L), g_2[4])), l_171[2])));
                        (**l_179) = (**l_179);
                        (*l_176) = 9L;
                    }
                    for (g_99 = 0; (g_99 <= 2); g_99 += 1)
                    { /* block id: 83 */
                        float *l_201 = &g_202;
                        int i;
                        (*l_201) = g_19[g_118];
                    }
                    for (l_170 = 0; (l_170 <= 2); l_170 += 1)
                    { /* block id: 88 */
                        int i, j;
                        return g_83[(l_170 + 2)][l_170];
                    }
                    l_170 = (safe_sub_func_uint16_t_u_u(((g_83[(g_118 + 3)][g_118] | g_118) ^ ((safe_div_func_uint8_t_u_u((l_209 = g_2[4]), (safe_sub_func_int32_t_s_s(((((void*)0 == l_212) > (safe_sub_func_int8_t_s_s((l_171[1] = ((safe_rshift_func_uint8_t_u_u(g_156, (safe_mul_func_int8_t_s_s((*l_176), ((0L & g_83[(g_118 + 3)][g_118]) && (-10L)))))) | 7UL)), g_39[4][8]))) >= g_115), l_187)))) < 0x6CL)), (*g_65)));
                }
            }
        }
        l_243 ^= (8UL | ((&g_39[2][2] != (void*)0) >= (((safe_rshift_func_int16_t_s_u(((*l_198) == (*l_198)), (safe_mul_func_uint16_t_u_u((safe_add_func_int64_t_s_s(((safe_lshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_s((safe_sub_func_int16_t_s_s((((void*)0 == l_234) , l_170), (safe_unary_minus_func_uint32_t_u((((!((l_241 = (safe_mul_func_int8_t_s_s((((*l_239) = g_118) > (-1L)), l_173))) , g_99)) >= l_171[3]) == g_2[3]))))), g_91)), g_189)) ^ l_170), l_242)), l_171[0])))) , 0xD5BAL) >= 0x1038L)));
    }
    else
    { /* block id: 100 */
        float *l_254 = &g_202;
        int32_t l_267 = 0xB581A6D3L;
        int32_t l_276 = 0xD0093E75L;
        int64_t *l_309[8];
        int16_t l_311[1];
        int32_t l_315 = 0x1B4D7C64L;
        int32_t l_316[7][9][4] = {{{0x030CD4B4L,1L,0x60DA332FL,0L},{0x7BC0B306L,8L,0x7BC0B306L,0x84F6E073L},{0x6DCD7AABL,0x09EEEB41L,(-8L),7L},{0L,0x35EBB404L,0xCE26FF62L,0x09EEEB41L},{0xE2319983L,0xE490C01EL,0xCE26FF62L,0L},{0L,1L,(-8L),(-8L)},{0x6DCD7AABL,(-1L),0x7BC0B306L,0xBB02EE81L},{0x7BC0B306L,0xBB02EE81L,0x60DA332FL,7L},{0x030CD4B4L,0L,0xCBD4E2FBL,0x35EBB404L}},{{0xE2319983L,0x87DC643EL,0x16088103L,0xF1B50603L},{7L,1L,1L,0xF1B50603L},{(-1L),0x87DC643EL,0x7BC0B306L,0x35EBB404L},{0x16FAC930L,0L,0xE2319983L,7L},{0x67C112E1L,0xBB02EE81L,5L,0xBB02EE81L},{0xE2319983L,(-1L),(-1L),(-8L)},{(-1L),1L,1L,0L},{0L,0xE490C01EL,0x7BC0B306L,0x09EEEB41L},{0L,0x35EBB404L,1L,7L}},{{(-1L),0x09EEEB41L,(-1L),0x84F6E073L},{0xE2319983L,8L,5L,0L},{0x67C112E1L,1L,0xE2319983L,2L},{0x16FAC930L,0x0C1C0241L,0x7BC0B306L,0L},{(-1L),0x84F6E073L,1L,7L},{7L,0x84F6E073L,0x16088103L,0L},{0xE2319983L,0x0C1C0241L,0xCBD4E2FBL,2L},{0x030CD4B4L,1L,0x60DA332FL,0L},{0x7BC0B306L,8L,0x7BC0B306L,0x84F6E073L}},{{0x6DCD7AABL,0x09EEEB41L,(-8L),7L},{0L,0x35EBB404L,0xCE26FF62L,0x09EEEB41L},{0xE2319983L,0xE490C01EL,0xCE26FF62L,0L},{0L,1L,(-8L),(-8L)},{0x6DCD7AABL,(-1L),0x7BC0B306L,0xBB02EE81L},{0x7BC0B306L,0xBB02EE81L,0x60DA332FL,7L},{0x030CD4B4L,0L,0xCBD4E2FBL,0x35EBB404L},{0xE2319983L,0x87DC643EL,0x16088103L,0xF1B50603L},{7L,1L,1L,0xF1B50603L}},{{(-1L),0x87DC643EL,0x7BC0B306L,0x35EBB404L},{0x16FAC930L,0L,0xE2319983L,7L},{0x67C112E1L,0xBB02EE81L,5L,0xBB02EE81L},{0xE2319983L,(-1L),(-1L),(-8L)},{(-1L),1L,1L,0L},{0L,0xE490C01EL,0x7BC0B306L,0x09EEEB41L},{0L,0x35EBB404L,1L,7L},{(-1L),0x09EEEB41L,(-1L),0x84F6E073L},{0xE2319983L,8L,5L,0L}},{{0x67C112E1L,1L,0xE2319983L,2L},{0x16FAC930L,0x0C1C0241L,0x7BC0B306L,0L},{(-1L),0x84F6E073L,1L,0xF1B50603L},{(-8L),0L,0xE0869C71L,0L},{0L,0x745105DDL,0xE47A6760L,0x87DC643EL},{1L,0x84F6E073L,0x7BC0B306L,8L},{0xCE26FF62L,1L,0xCE26FF62L,0L},{0xCBD4E2FBL,(-1L),(-1L),0xF1B50603L},{1L,0xD3E31477L,9L,(-1L)}},{{0L,(-1L),9L,0x0C1C0241L},{1L,0x84F6E073L,(-1L),0xE490C01EL},{0xCBD4E2FBL,0L,0xCE26FF62L,7L},{0xCE26FF62L,7L,0x7BC0B306L,0xF1B50603L},{1L,0L,0xE47A6760L,0xD3E31477L},{0L,0L,0xE0869C71L,(-1L)},{(-8L),0x84F6E073L,0x16FAC930L,(-1L)},{5L,0L,0xCE26FF62L,0xD3E31477L},{0x16088103L,0L,0L,0xF1B50603L}}};
        uint64_t l_318 = 0x8BCA9C80D5F18405LL;
        int i, j, k;
        for (i = 0; i < 8; i++)
            l_309[i] = &g_2[4];
        for (i = 0; i < 1; i++)
            l_311[i] = (-3L);
        for (g_99 = 0; g_99 < 4; g_99 += 1)
        {
            l_171[g_99] = 0L;
        }
        for (g_117 = 7; (g_117 != 49); g_117 = safe_add_func_int32_t_s_s(g_117, 7))
        { /* block id: 104 */
            int8_t *l_250 = &g_240[8][0];
            const float **l_252 = (void*)0;
            const float **l_253 = &l_251;
            int32_t **l_262 = (void*)0;
            int32_t **l_263 = (void*)0;
            int32_t **l_264 = &l_261;
            int32_t *l_266 = (void*)0;
            int32_t **l_265 = &l_266;
            int32_t *l_268 = &g_159;
            int8_t *l_271[4] = {&l_242,&l_242,&l_242,&l_242};
            int32_t *l_278 = (void*)0;
            int i;
            (*l_268) |= ((safe_mul_func_uint16_t_u_u((((((*l_253) = ((safe_lshift_func_int8_t_s_s(((*l_250) = l_170), l_171[1])) , l_251)) != l_254) , ((((*g_65) |= (safe_sub_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(((l_241 == (((safe_sub_func_float_f_f(0x1.5p-1, 0x4.6EB0CFp-27)) , &g_115) == ((*l_265) = ((*l_264) = l_261)))) > l_267), l_243)), g_118))) || 1L) >= l_241)) , 0xED31L), l_243)) != 1L);
            g_83[1][0] = ((*l_268) = (g_19[1] <= ((l_267 = (+((*l_250) = (l_270 != &g_109)))) > (((0xC9L & (g_277 = (safe_div_func_uint8_t_u_u((l_242 & (+(*l_268))), (l_171[3] = (~((*l_268) ^ (l_171[2] , (g_83[1][0] <= l_276))))))))) , g_36) && l_276))));
        }
        if (l_171[3])
        { /* block id: 118 */
            int64_t *l_295 = &g_2[3];
            uint16_t l_310 = 65535UL;
            int32_t *l_312 = &g_83[3][2];
            int32_t *l_313 = &l_267;
            int32_t *l_314[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            int i;
            l_243 = ((*l_312) &= (safe_mod_func_uint32_t_u_u(0UL, (safe_sub_func_int32_t_s_s((safe_div_func_int16_t_s_s((safe_div_func_uint32_t_u_u((safe_sub_func_int64_t_s_s((((safe_add_func_float_f_f((g_240[0][0] == (safe_add_func_float_f_f((safe_mul_func_float_f_f(((void*)0 != &g_188), (((g_296 = ((*l_295) = l_243)) , (((safe_lshift_func_int16_t_s_u(((!(l_300 <= (((safe_sub_func_uint32_t_u_u(((l_267 != ((*p_59) = (safe_mod_func_uint32_t_u_u(((((safe_mul_func_uint8_t_u_u((l_171[3] &= ((safe_add_func_uint64_t_u_u(l_267, (((void*)0 != l_309[5]) != 0x84793B5E6BF76EF7LL))) >= 0xA2L)), l_276)) >= l_310) , l_310) , l_311[0]), g_99)))) > l_310), l_170)) , &l_311[0]) == &g_156))) > 1L), l_310)) & l_300) , l_242)) < l_310))), 0x1.0B732Dp-34))), 0xA.A78C08p+27)) == l_310) , l_311[0]), l_267)), 0xCFC7A122L)), g_25)), (-1L))))));
            ++l_318;
            for (l_318 = (-1); (l_318 < 32); l_318 = safe_add_func_int16_t_s_s(l_318, 9))
            { /* block id: 128 */
                float l_323 = 0x6.9CC9F6p-12;
                (*l_254) = l_323;
            }
        }
        else
        { /* block id: 131 */
            int32_t *l_324 = &l_316[2][4][1];
            int32_t **l_331 = &g_88;
            (*l_324) = (g_19[1] || l_311[0]);
            g_83[1][0] |= (((((((g_39[3][8] >= ((0x9.C9CAABp-35 == ((void*)0 != p_59)) < (-0x6.9p+1))) == (((-6L) <= ((0xD8AA018CL > ((safe_mod_func_int16_t_s_s((safe_div_func_int64_t_s_s(((-1L) & ((((safe_sub_func_int32_t_s_s((l_315 , 0L), l_316[6][4][1])) , (*l_324)) > (*l_324)) & l_316[2][4][1])), (*l_324))), g_159)) & g_19[5])) != (-7L))) , g_202)) , (*l_324)) ^ l_316[4][2][3]) < 0x46DCL) , 5UL) || 0x823C8F10L);
            (*l_331) = &l_170;
        }
    }
    for (l_241 = 0; (l_241 <= 6); l_241 += 1)
    { /* block id: 139 */
        float l_332 = (-0x1.2p+1);
        int32_t l_333[8];
        int32_t **l_346 = &l_336;
        int32_t ***l_345 = &l_346;
        int i;
        for (i = 0; i < 8; i++)
            l_333[i] = 0xEEE2D5EAL;
        if (l_333[4])
            break;
        for (g_277 = 0; (g_277 <= 6); g_277 += 1)
        { /* block id: 143 */
            int32_t *l_334 = &g_159;
            int32_t **l_335[8][6][5] = {{{&l_334,&g_88,&g_88,&l_334,(void*)0},{(void*)0,&l_334,&g_88,&l_334,&g_88},{&g_88,&g_88,(void*)0,&l_334,(void*)0},{(void*)0,&l_334,&g_88,&g_88,&l_334},{(void*)0,&g_88,&l_334,&g_88,&l_334},{&g_88,&l_334,&l_334,&g_88,&g_88}},{{&g_88,&g_88,(void*)0,&g_88,&l_334},{&g_88,&l_334,(void*)0,(void*)0,(void*)0},{&g_88,&g_88,&l_334,&l_334,&g_88},{&l_334,&l_334,&g_88,&g_88,&g_88},{&l_334,&g_88,&g_88,&l_334,(void*)0},{(void*)0,&l_334,&g_88,&l_334,&g_88}},{{&g_88,&g_88,(void*)0,&l_334,(void*)0},{(void*)0,&l_334,&g_88,&g_88,&l_334},{(void*)0,&g_88,&l_334,&g_88,&l_334},{&g_88,&l_334,&l_334,&g_88,&g_88},{&g_88,&g_88,(void*)0,&g_88,&l_334},{&g_88,&l_334,(void*)0,(void*)0,(void*)0}},{{&g_88,&g_88,&l_334,&l_334,&g_88},{&l_334,&l_334,&g_88,&g_88,&g_88},{&l_334,&g_88,&g_88,&l_334,(void*)0},{(void*)0,&l_334,&g_88,&l_334,&g_88},{&g_88,&g_88,(void*)0,&l_334,(void*)0},{(void*)0,(void*)0,&g_88,&g_88,&g_88}},{{(void*)0,&l_334,&l_334,&g_88,&l_334},{&g_88,(void*)0,&g_88,&g_88,(void*)0},{&g_88,&l_334,&l_334,&l_334,&l_334},{&g_88,(void*)0,&l_334,&l_334,&l_334},{&l_334,&l_334,&l_334,&l_334,&g_88},{(void*)0,(void*)0,&l_334,&l_334,&g_88}},{{(void*)0,&l_334,&g_88,&l_334,&l_334},{&l_334,(void*)0,(void*)0,&l_334,&l_334},{&l_334,&l_334,&g_88,&l_334,&g_88},{&g_88,(void*)0,&g_88,&g_88,&g_88},{(void*)0,&l_334,&l_334,&g_88,&l_334},{&g_88,(void*)0,&g_88,&g_88,(void*)0}},{{&g_88,&l_334,&l_334,&l_334,&l_334},{&g_88,(void*)0,&l_334,&l_334,&l_334},{&l_334,&l_334,&l_334,&l_334,&g_88},{(void*)0,(void*)0,&l_334,&l_334,&g_88},{(void*)0,&l_334,&g_88,&l_334,&l_334},{&l_334,(void*)0,(void*)0,&l_334,&l_334}},{{&l_334,&l_334,&g_88,&l_334,&g_88},{&g_88,(void*)0,&g_88,&g_88,&g_88},{(void*)0,&l_334,&l_334,&g_88,&l_334},{&g_88,(void*)0,&g_88,&g_88,(void*)0},{&g_88,&l_334,&l_334,&l_334,&l_334},{&g_88,(void*)0,&l_334,&l_334,&l_334}}};
            float **l_340 = (void*)0;
            float **l_341 = (void*)0;
            float *l_343 = &g_202;
            float **l_342 = &l_343;
            float *l_344[2];
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_344[i] = &g_202;
            g_88 = (l_336 = l_334);
            l_333[5] = (safe_sub_func_float_f_f(g_83[4][2], (!(l_334 != ((*l_342) = l_261)))));
            l_347 = l_345;
            l_333[0] |= (***l_345);
        }
    }
    (*l_336) &= ((-1L) & (-1L));
    return g_159;
}


/* ------------------------------------------ */
/* 
 * reads : g_99 g_109 g_83 g_19 g_2 g_65 g_118
 * writes: g_99 g_109 g_83 g_156
 */
static uint16_t * func_60(int32_t  p_61, uint16_t * p_62, uint16_t  p_63)
{ /* block id: 38 */
    int32_t *l_128 = &g_25;
    int32_t **l_129 = &l_128;
    uint8_t *l_130 = &g_99;
    uint16_t l_157 = 0x8ECAL;
    int32_t l_160 = 1L;
    int32_t l_161 = (-3L);
    (*l_129) = l_128;
    (*l_129) = ((--(*l_130)) , &g_83[5][0]);
    for (g_109 = 0; (g_109 >= 6); ++g_109)
    { /* block id: 44 */
        uint32_t l_154 = 18446744073709551606UL;
        int16_t *l_155[6][4][10] = {{{(void*)0,&g_156,&g_156,(void*)0,&g_156,&g_156,&g_156,&g_109,&g_109,&g_109},{&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_109},{&g_156,&g_156,&g_156,&g_156,&g_156,(void*)0,(void*)0,(void*)0,(void*)0,&g_156},{&g_156,&g_156,&g_156,&g_156,(void*)0,&g_156,&g_156,&g_109,(void*)0,&g_156}},{{&g_156,&g_156,(void*)0,&g_156,&g_156,&g_156,&g_156,&g_156,(void*)0,&g_156},{&g_156,&g_156,&g_109,&g_156,(void*)0,&g_156,&g_156,(void*)0,(void*)0,(void*)0},{&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,(void*)0,&g_156,(void*)0,&g_156}},{{&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_109,(void*)0},{&g_156,&g_156,(void*)0,&g_156,&g_156,&g_109,&g_109,&g_156,&g_156,(void*)0},{&g_156,&g_156,&g_156,(void*)0,&g_156,(void*)0,&g_156,&g_156,(void*)0,&g_156},{&g_156,(void*)0,&g_156,&g_109,&g_156,&g_109,&g_156,(void*)0,&g_156,&g_156}},{{&g_156,&g_156,(void*)0,&g_156,&g_156,&g_156,&g_109,&g_156,&g_156,&g_109},{(void*)0,&g_156,&g_156,&g_156,&g_156,(void*)0,&g_156,&g_156,&g_156,(void*)0},{(void*)0,&g_156,&g_156,&g_109,(void*)0,&g_156,(void*)0,&g_156,(void*)0,&g_109},{(void*)0,&g_156,(void*)0,(void*)0,&g_109,(void*)0,&g_109,&g_156,&g_156,&g_156}},{{(void*)0,&g_109,&g_156,&g_156,&g_156,&g_156,&g_156,&g_156,&g_109,(void*)0},{&g_156,&g_156,(void*)0,&g_156,&g_156,&g_109,(void*)0,&g_156,(void*)0,&g_156},{&g_156,(void*)0,&g_156,&g_156,&g_156,(void*)0,&g_156,&g_156,&g_156,(void*)0},{&g_156,(void*)0,&g_156,&g_156,&g_156,&g_109,&g_156,&g_156,&g_109,&g_156}},{{&g_156,(void*)0,(void*)0,&g_156,&g_109,&g_156,&g_156,(void*)0,&g_156,&g_109},{&g_156,(void*)0,&g_156,&g_156,(void*)0,&g_156,(void*)0,&g_156,&g_156,(void*)0},{&g_156,&g_156,&g_156,&g_156,&g_156,(void*)0,&g_156,&g_156,&g_109,&g_109},{&g_156,&g_109,(void*)0,&g_156,&g_156,(void*)0,&g_109,&g_156,&g_156,&g_156}}};
        int32_t *l_158[7][2] = {{&g_159,&g_159},{&g_159,&g_159},{&g_25,&g_159},{&g_159,&g_159},{&g_25,&g_159},{&g_159,&g_159},{&g_159,&g_159}};
        int i, j, k;
        l_161 = (l_160 = ((p_61 && ((*l_128) |= p_61)) & (((-7L) && ((void*)0 == l_128)) && (safe_lshift_func_uint16_t_u_s((safe_div_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(1UL, (((((+(((safe_add_func_int16_t_s_s((safe_sub_func_int8_t_s_s((safe_mod_func_int16_t_s_s((safe_add_func_uint8_t_u_u(p_63, (safe_lshift_func_int8_t_s_u((((g_156 = (safe_add_func_uint8_t_u_u(((*l_130) |= (g_19[1] > l_154)), 1UL))) <= p_63) , g_2[6]), l_154)))), (-1L))), g_109)), (*g_65))) ^ g_118) | l_154)) , &g_156) == (void*)0) >= l_157) , l_154))), p_61)), l_154)))));
    }
    return &g_19[6];
}


/* ------------------------------------------ */
/* 
 * reads : g_83 g_65 g_19 g_91 g_109 g_2 g_115 g_117 g_36 g_118
 * writes: g_83 g_19 g_88 g_109 g_115 g_117 g_118
 */
static int32_t  func_68(uint32_t  p_69, int32_t  p_70, float  p_71, int64_t  p_72, uint16_t  p_73)
{ /* block id: 12 */
    int32_t *l_87[8] = {&g_83[5][2],&g_83[5][2],&g_83[5][2],&g_83[5][2],&g_83[5][2],&g_83[5][2],&g_83[5][2],&g_83[5][2]};
    int32_t l_96 = 0L;
    int32_t l_97[1][1];
    int8_t l_100 = 9L;
    int32_t **l_122[1][10][9] = {{{&l_87[7],&g_88,&l_87[7],(void*)0,&l_87[5],&l_87[5],(void*)0,&l_87[7],&g_88},{(void*)0,&g_88,&l_87[2],&l_87[5],&l_87[5],&l_87[2],&g_88,(void*)0,&g_88},{&g_88,&g_88,(void*)0,(void*)0,&g_88,&g_88,&l_87[5],&g_88,&g_88},{&l_87[2],&g_88,&g_88,&l_87[2],(void*)0,&g_88,(void*)0,&l_87[2],&g_88},{&g_88,&g_88,&l_87[5],&g_88,&l_87[6],&g_88,&l_87[5],&g_88,&g_88},{&g_88,&l_87[2],(void*)0,&g_88,(void*)0,&l_87[2],&g_88,&g_88,&l_87[2]},{&g_88,&g_88,&l_87[5],&g_88,&g_88,(void*)0,(void*)0,&g_88,&g_88},{&g_88,(void*)0,&g_88,&l_87[2],&l_87[5],&l_87[5],&l_87[2],&g_88,(void*)0},{&g_88,&l_87[7],(void*)0,&l_87[5],&l_87[5],(void*)0,&l_87[7],&g_88,&l_87[7]},{&l_87[2],&g_88,&l_87[2],&l_87[2],&g_88,&l_87[2],&l_87[5],&l_87[2],&g_88}}};
    int32_t *l_123 = &l_97[0][0];
    float l_124 = 0xE.9F5D49p-11;
    uint64_t l_125[2];
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_97[i][j] = 0xE354A5A8L;
    }
    for (i = 0; i < 2; i++)
        l_125[i] = 0UL;
    for (p_69 = (-18); (p_69 <= 57); p_69 = safe_add_func_uint16_t_u_u(p_69, 4))
    { /* block id: 15 */
        int32_t *l_82 = &g_83[1][0];
        int32_t **l_86[2][7] = {{&l_82,(void*)0,&l_82,(void*)0,&l_82,&l_82,(void*)0},{&l_82,&l_82,&l_82,(void*)0,(void*)0,&l_82,&l_82}};
        uint8_t *l_98[10] = {&g_99,&g_99,&g_99,&g_99,&g_99,&g_99,&g_99,&g_99,&g_99,&g_99};
        uint64_t l_101 = 4UL;
        int16_t *l_108 = &g_109;
        int32_t *l_114 = &g_115;
        int8_t *l_116[7][5] = {{&l_100,&l_100,&l_100,(void*)0,&l_100},{&l_100,&l_100,&l_100,&l_100,&l_100},{(void*)0,&l_100,&l_100,&l_100,(void*)0},{&l_100,(void*)0,(void*)0,&l_100,&l_100},{&l_100,&l_100,&l_100,&l_100,&l_100},{&l_100,(void*)0,&l_100,(void*)0,&l_100},{&l_100,&l_100,&l_100,&l_100,(void*)0}};
        int i, j;
        (*l_82) &= p_70;
        l_97[0][0] |= (((safe_add_func_int32_t_s_s(((((*g_65) = (*g_65)) , (g_88 = (l_87[5] = (void*)0))) != &g_83[0][2]), (g_91 > ((((255UL >= (safe_add_func_uint8_t_u_u((((void*)0 == &p_73) > (safe_div_func_int16_t_s_s((g_91 & (p_72 && (-8L))), p_69))), p_72))) > l_96) , 0xCDL) < 0UL)))) , p_72) | p_69);
        g_118 &= ((++l_101) < (((((safe_add_func_uint32_t_u_u(p_73, (g_83[1][0] = (safe_mod_func_uint16_t_u_u(p_72, ((*l_108) |= 0x42B1L)))))) == (p_70 > (g_117 |= (safe_add_func_uint16_t_u_u(p_72, (((*l_114) &= (p_73 , ((safe_rshift_func_uint8_t_u_s(p_69, g_2[5])) > p_69))) , 0x2838L)))))) == 0x982FD6D7L) , g_36) == g_19[3]));
    }
    for (p_70 = 0; (p_70 > 11); ++p_70)
    { /* block id: 30 */
        uint32_t l_121 = 18446744073709551607UL;
        l_121 = g_118;
        return l_121;
    }
    l_123 = &g_83[1][0];
    l_125[0]++;
    return g_2[0];
}




/* ---------------------------------------- */
int main (int argc, char* argv[])
{
    int i, j;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_19[i], "g_19[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_36, "g_36", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_39[i][j], "g_39[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_83[i][j], "g_83[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_91, "g_91", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    transparent_crc(g_117, "g_117", print_hash_value);
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_156, "g_156", print_hash_value);
    transparent_crc(g_159, "g_159", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc_bytes (&g_202, sizeof(g_202), "g_202", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_240[i][j], "g_240[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_277, "g_277", print_hash_value);
    transparent_crc(g_296, "g_296", print_hash_value);
    transparent_crc_bytes (&g_317, sizeof(g_317), "g_317", print_hash_value);
    transparent_crc(g_398, "g_398", print_hash_value);
    transparent_crc(g_540, "g_540", print_hash_value);
    transparent_crc(g_562, "g_562", print_hash_value);
    transparent_crc(g_638, "g_638", print_hash_value);
    transparent_crc(g_684, "g_684", print_hash_value);
    transparent_crc(g_844, "g_844", print_hash_value);
    transparent_crc(g_935, "g_935", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 236
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
   depth: 1, occurrence: 108
   depth: 2, occurrence: 30
   depth: 3, occurrence: 3
   depth: 4, occurrence: 2
   depth: 6, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 2
   depth: 20, occurrence: 2
   depth: 21, occurrence: 1
   depth: 22, occurrence: 2
   depth: 23, occurrence: 1
   depth: 24, occurrence: 3
   depth: 25, occurrence: 1
   depth: 28, occurrence: 1
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 39, occurrence: 1
   depth: 42, occurrence: 1

XXX total number of pointers: 219

XXX times a variable address is taken: 531
XXX times a pointer is dereferenced on RHS: 78
breakdown:
   depth: 1, occurrence: 58
   depth: 2, occurrence: 18
   depth: 3, occurrence: 2
XXX times a pointer is dereferenced on LHS: 110
breakdown:
   depth: 1, occurrence: 103
   depth: 2, occurrence: 6
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 24
XXX times a pointer is compared with address of another variable: 5
XXX times a pointer is compared with another pointer: 5
XXX times a pointer is qualified to be dereferenced: 3044

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 406
   level: 2, occurrence: 60
   level: 3, occurrence: 21
XXX number of pointers point to pointers: 64
XXX number of pointers point to scalars: 155
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 26
XXX average alias set size: 1.41

XXX times a non-volatile is read: 699
XXX times a non-volatile is write: 382
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 3

XXX stmts: 106
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 26
   depth: 1, occurrence: 23
   depth: 2, occurrence: 21
   depth: 3, occurrence: 8
   depth: 4, occurrence: 14
   depth: 5, occurrence: 14

XXX percentage a fresh-made variable is used: 18.7
XXX percentage an existing variable is used: 81.3
********************* end of statistics **********************/

