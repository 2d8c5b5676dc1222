/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 71 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      71
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static uint16_t g_2 = 0x8D40L;
static uint8_t g_18[1][8] = {{0xB1L,0x4CL,0xB1L,0xB1L,0x4CL,0xB1L,0xB1L,0x4CL}};
static int32_t g_29 = 2L;
static int32_t g_47 = 1L;
static int16_t g_57 = 0L;
static int16_t g_80 = 0x242EL;
static uint64_t g_101 = 0x8A5E720F54F738DBLL;
static int32_t g_105 = 2L;
static uint32_t g_108 = 0UL;
static uint8_t * const g_110 = (void*)0;
static uint16_t g_137 = 1UL;
static int32_t g_173[1][1] = {{0xCA327EC8L}};
static uint8_t g_174[3] = {1UL,1UL,1UL};
static int32_t g_191[1] = {4L};
static int32_t *g_220 = (void*)0;
static int16_t *g_222 = &g_80;
static int16_t **g_221 = &g_222;
static int8_t g_314 = 0L;
static int32_t g_355[4][9] = {{0L,0L,0L,0L,0L,0L,0L,0L,0L},{(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L)},{0L,0L,0L,0L,0L,0L,0L,0L,0L},{(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L)}};
static uint32_t *g_395 = &g_108;
static uint32_t **g_394 = &g_395;
static int8_t g_407 = 4L;
static uint64_t g_427 = 0x6BAB3E14DB46A246LL;
static uint32_t g_439 = 0xA5198DD5L;
static int16_t g_447 = 0x6C7DL;
static int32_t **g_482 = &g_220;
static int32_t ***g_481 = &g_482;
static int8_t * const g_505 = &g_407;
static int8_t * const *g_504 = &g_505;
static int16_t g_549 = 0xE32FL;
static uint8_t g_551 = 0x5DL;
static uint64_t g_570 = 0x9F051A5C641E4E62LL;
static const int64_t g_620 = 4L;
static const int64_t g_622 = 6L;
static uint8_t g_661 = 0xD3L;
static int16_t g_687[5][10] = {{1L,0L,(-1L),1L,(-1L),0L,1L,1L,0L,1L},{1L,0L,(-1L),1L,(-1L),0L,1L,1L,0L,1L},{1L,0L,(-1L),1L,(-1L),0L,1L,1L,0L,1L},{1L,0L,(-1L),1L,(-1L),0L,1L,1L,0L,1L},{1L,0L,(-1L),1L,(-1L),0L,1L,1L,0L,1L}};
static uint16_t *g_690 = &g_137;
static uint16_t **g_689[7][3] = {{&g_690,&g_690,&g_690},{&g_690,&g_690,&g_690},{&g_690,&g_690,&g_690},{&g_690,&g_690,&g_690},{&g_690,&g_690,&g_690},{&g_690,&g_690,&g_690},{&g_690,&g_690,&g_690}};
static const int64_t *g_702 = (void*)0;
static const int64_t **g_701[8][1][8] = {{{&g_702,&g_702,(void*)0,(void*)0,&g_702,&g_702,&g_702,&g_702}},{{&g_702,&g_702,&g_702,&g_702,&g_702,&g_702,&g_702,&g_702}},{{&g_702,&g_702,&g_702,&g_702,&g_702,(void*)0,&g_702,&g_702}},{{&g_702,&g_702,&g_702,(void*)0,&g_702,&g_702,(void*)0,&g_702}},{{&g_702,&g_702,&g_702,&g_702,&g_702,&g_702,&g_702,&g_702}},{{&g_702,&g_702,&g_702,&g_702,&g_702,&g_702,&g_702,(void*)0}},{{&g_702,&g_702,&g_702,&g_702,&g_702,&g_702,&g_702,&g_702}},{{&g_702,&g_702,(void*)0,&g_702,&g_702,&g_702,&g_702,(void*)0}}};
static const uint32_t g_804 = 0x8A39B959L;
static int16_t g_808 = 0x9B6EL;
static int64_t g_814[10][5] = {{(-8L),(-7L),1L,(-1L),(-3L)},{(-8L),1L,(-3L),1L,(-8L)},{(-7L),(-7L),0xBCA461B08DD2B547LL,(-1L),(-1L)},{0xBCA461B08DD2B547LL,(-7L),(-7L),(-7L),(-7L)},{(-3L),1L,(-8L),(-7L),(-1L)},{1L,(-7L),(-8L),4L,(-8L)},{(-1L),(-1L),(-7L),(-3L),(-3L)},{1L,(-3L),0xBCA461B08DD2B547LL,(-3L),(-3L)},{(-3L),(-7L),(-3L),4L,(-1L)},{0xBCA461B08DD2B547LL,(-3L),1L,(-7L),(-1L)}};
static uint8_t g_830 = 9UL;
static const int32_t g_845 = 1L;
static const int32_t *g_846 = &g_191[0];
static uint64_t *g_859 = (void*)0;
static uint16_t g_862 = 0x07B5L;
static int8_t *g_882 = &g_314;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static uint32_t  func_9(uint8_t  p_10, int8_t  p_11, int64_t  p_12, int32_t  p_13, int64_t  p_14);
static uint64_t  func_21(uint8_t * const  p_22, uint64_t  p_23, int16_t  p_24);
static int32_t  func_30(uint8_t * p_31, uint8_t * p_32, int32_t * p_33, uint8_t  p_34);
static uint8_t * func_35(int32_t * p_36);
static int32_t * func_37(int32_t * p_38, int64_t  p_39);
static int32_t  func_40(uint32_t  p_41, uint8_t * const  p_42);
static uint8_t * const  func_61(const int32_t * p_62, uint8_t  p_63, uint16_t  p_64);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_18 g_29 g_47 g_80 g_105 g_101 g_110 g_221 g_108 g_174 g_222 g_57 g_481 g_482 g_220 g_447 g_191 g_407 g_355 g_551 g_570 g_505 g_394 g_395 g_427 g_173 g_314 g_661 g_687 g_689 g_701 g_690 g_804 g_808 g_137 g_814 g_830 g_862 g_882 g_845
 * writes: g_18 g_29 g_57 g_80 g_105 g_108 g_47 g_101 g_220 g_504 g_447 g_191 g_355 g_551 g_407 g_427 g_173 g_661 g_701 g_137 g_846 g_174 g_882 g_314
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    uint8_t *l_17 = &g_18[0][5];
    const int32_t l_26 = 0x51162F63L;
    int32_t l_27[9];
    int16_t l_530 = 0x1111L;
    int16_t l_531[4][9] = {{0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L},{0xFEFAL,(-4L),0xFEFAL,(-4L),0xFEFAL,(-4L),0xFEFAL,(-4L),0xFEFAL},{0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L,0x7FC0L},{0xFEFAL,(-4L),0xFEFAL,(-4L),0xFEFAL,(-4L),0xFEFAL,(-4L),0xFEFAL}};
    int32_t *l_532 = &g_355[3][1];
    int64_t l_533[9][6][4] = {{{0L,0x4C7FDF33184897C6LL,2L,0x8B48356B416F26F3LL},{(-5L),0x4C7FDF33184897C6LL,0x70A48818405E4EB8LL,0xFBA111640B81FB76LL},{0x4C7FDF33184897C6LL,0x0863C5E21569430FLL,0x42CBE44250DC58FDLL,0L},{(-5L),0x4C7FDF33184897C6LL,0x8B48356B416F26F3LL,0xAFB3A784D3506CBCLL},{(-1L),0x4C7FDF33184897C6LL,0L,0L},{(-5L),0x0863C5E21569430FLL,0xAFB3A784D3506CBCLL,0xFBA111640B81FB76LL}},{{0x0863C5E21569430FLL,0x4C7FDF33184897C6LL,0x42CBE44250DC58FDLL,0x8B48356B416F26F3LL},{(-2L),0x4C7FDF33184897C6LL,0x2E0FDB5C2EE5B18DLL,0xFBA111640B81FB76LL},{(-1L),0x0863C5E21569430FLL,2L,0L},{1L,0x4C7FDF33184897C6LL,0xAFB3A784D3506CBCLL,0xAFB3A784D3506CBCLL},{0x4C7FDF33184897C6LL,0x4C7FDF33184897C6LL,5L,0L},{(-2L),0x0863C5E21569430FLL,0x8B48356B416F26F3LL,0xFBA111640B81FB76LL}},{{0L,0x4C7FDF33184897C6LL,2L,0x8B48356B416F26F3LL},{(-5L),0x4C7FDF33184897C6LL,0x70A48818405E4EB8LL,0xFBA111640B81FB76LL},{0x4C7FDF33184897C6LL,0x0863C5E21569430FLL,0x42CBE44250DC58FDLL,0L},{(-5L),0x4C7FDF33184897C6LL,0x8B48356B416F26F3LL,0xAFB3A784D3506CBCLL},{(-1L),0x4C7FDF33184897C6LL,0L,0L},{(-5L),0x0863C5E21569430FLL,0xAFB3A784D3506CBCLL,0xFBA111640B81FB76LL}},{{0x0863C5E21569430FLL,0x4C7FDF33184897C6LL,0x42CBE44250DC58FDLL,0x8B48356B416F26F3LL},{(-2L),0x4C7FDF33184897C6LL,0x2E0FDB5C2EE5B18DLL,0xFBA111640B81FB76LL},{(-1L),0x0863C5E21569430FLL,2L,0L},{1L,0x4C7FDF33184897C6LL,0xAFB3A784D3506CBCLL,0xAFB3A784D3506CBCLL},{0x4C7FDF33184897C6LL,0x4C7FDF33184897C6LL,5L,0L},{(-2L),0x0863C5E21569430FLL,0x8B48356B416F26F3LL,0xFBA111640B81FB76LL}},{{0L,0x4C7FDF33184897C6LL,2L,0x8B48356B416F26F3LL},{(-5L),0x4C7FDF33184897C6LL,0x70A48818405E4EB8LL,0xFBA111640B81FB76LL},{0x4C7FDF33184897C6LL,0x0863C5E21569430FLL,0x42CBE44250DC58FDLL,0L},{(-5L),0x4C7FDF33184897C6LL,0x8B48356B416F26F3LL,0xAFB3A784D3506CBCLL},{(-1L),0x4C7FDF33184897C6LL,0L,0L},{(-5L),0x0863C5E21569430FLL,0xAFB3A784D3506CBCLL,0xFBA111640B81FB76LL}},{{0x0863C5E21569430FLL,0x4C7FDF33184897C6LL,0x42CBE44250DC58FDLL,0x8B48356B416F26F3LL},{(-2L),0x4C7FDF33184897C6LL,0x2E0FDB5C2EE5B18DLL,0xFBA111640B81FB76LL},{(-1L),0x0863C5E21569430FLL,2L,0L},{1L,0x4C7FDF33184897C6LL,0xAFB3A784D3506CBCLL,0xAFB3A784D3506CBCLL},{0x4C7FDF33184897C6LL,0x4C7FDF33184897C6LL,5L,0L},{(-2L),0x0863C5E21569430FLL,0x8B48356B416F26F3LL,0xFBA111640B81FB76LL}},{{0L,0x4C7FDF33184897C6LL,2L,0x8B48356B416F26F3LL},{(-5L),0x4C7FDF33184897C6LL,0x70A48818405E4EB8LL,0xFBA111640B81FB76LL},{0x4C7FDF33184897C6LL,0x0863C5E21569430FLL,0x42CBE44250DC58FDLL,0L},{(-5L),0x0863C5E21569430FLL,0x2E0FDB5C2EE5B18DLL,0x70A48818405E4EB8LL},{0L,0x0863C5E21569430FLL,(-6L),0x8B48356B416F26F3LL},{1L,0L,0x70A48818405E4EB8LL,0xAFB3A784D3506CBCLL}},{{0L,0x0863C5E21569430FLL,5L,0x2E0FDB5C2EE5B18DLL},{(-5L),0x0863C5E21569430FLL,0L,0xAFB3A784D3506CBCLL},{0L,0L,0L,0x8B48356B416F26F3LL},{0L,0x0863C5E21569430FLL,0x70A48818405E4EB8LL,0x70A48818405E4EB8LL},{0x0863C5E21569430FLL,0x0863C5E21569430FLL,9L,0x8B48356B416F26F3LL},{(-5L),0L,0x2E0FDB5C2EE5B18DLL,0xAFB3A784D3506CBCLL}},{{1L,0x0863C5E21569430FLL,0L,0x2E0FDB5C2EE5B18DLL},{1L,0x0863C5E21569430FLL,0xFBA111640B81FB76LL,0xAFB3A784D3506CBCLL},{0x0863C5E21569430FLL,0L,5L,0x8B48356B416F26F3LL},{(-1L),0x0863C5E21569430FLL,0x2E0FDB5C2EE5B18DLL,0x70A48818405E4EB8LL},{0L,0x0863C5E21569430FLL,(-6L),0x8B48356B416F26F3LL},{1L,0L,0x70A48818405E4EB8LL,0xAFB3A784D3506CBCLL}}};
    uint8_t l_600 = 0x53L;
    int8_t l_657 = (-9L);
    int32_t l_692 = (-1L);
    uint32_t **l_762 = &g_395;
    uint16_t l_815 = 1UL;
    int8_t l_819 = (-1L);
    int32_t l_825[9] = {0x09D2ACC5L,1L,0x09D2ACC5L,0x09D2ACC5L,1L,0x09D2ACC5L,0x09D2ACC5L,1L,0x09D2ACC5L};
    int32_t l_826 = 0x55FCF7EAL;
    uint32_t l_827 = 18446744073709551615UL;
    const int32_t *l_864 = &g_845;
    int8_t *l_883 = &l_657;
    int8_t *l_884 = &l_819;
    int8_t *l_889 = &l_657;
    int8_t **l_888 = &l_889;
    int8_t ***l_887 = &l_888;
    int16_t l_890 = 0x602DL;
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_27[i] = (-1L);
    (*l_532) &= (g_2 >= ((safe_sub_func_int16_t_s_s((l_530 &= (((safe_div_func_int16_t_s_s(0xBC58L, (safe_mod_func_uint32_t_u_u(g_2, func_9((safe_mod_func_uint8_t_u_u(((*l_17)--), g_2)), ((l_27[7] = (65535UL < (func_21(l_17, g_2, ((((safe_unary_minus_func_int8_t_s((g_2 > l_26))) , g_2) , (void*)0) != (void*)0)) >= l_26))) < 0x75DA2CA335C22C92LL), l_26, g_2, l_26))))) & 0x9179CCE443FE79B7LL) < l_26)), g_407)) == l_531[2][8]));
    (*l_532) = l_533[5][2][2];
    for (l_530 = 0; (l_530 < (-30)); l_530 = safe_sub_func_int64_t_s_s(l_530, 6))
    { /* block id: 220 */
        int32_t l_536 = (-3L);
        int8_t l_537 = (-1L);
        int32_t l_543 = 0xD015335EL;
        int32_t l_546 = (-6L);
        int32_t l_548 = 1L;
        int32_t l_550 = 6L;
        uint8_t l_554 = 255UL;
        int8_t *l_598 = &g_314;
        int8_t ** const l_597[7][10][3] = {{{&l_598,&l_598,&l_598},{&l_598,&l_598,(void*)0},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,(void*)0},{&l_598,&l_598,&l_598},{&l_598,(void*)0,(void*)0},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598}},{{&l_598,&l_598,&l_598},{&l_598,&l_598,(void*)0},{&l_598,&l_598,&l_598},{&l_598,&l_598,(void*)0},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,(void*)0},{&l_598,&l_598,&l_598},{&l_598,(void*)0,(void*)0}},{{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,(void*)0},{&l_598,&l_598,&l_598},{&l_598,&l_598,(void*)0},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,(void*)0}},{{&l_598,&l_598,&l_598},{&l_598,(void*)0,(void*)0},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,(void*)0},{&l_598,&l_598,&l_598},{&l_598,&l_598,(void*)0},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598}},{{&l_598,&l_598,&l_598},{&l_598,(void*)0,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{(void*)0,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,(void*)0,&l_598},{(void*)0,&l_598,(void*)0},{&l_598,&l_598,&l_598}},{{&l_598,&l_598,&l_598},{&l_598,(void*)0,&l_598},{(void*)0,&l_598,&l_598},{&l_598,(void*)0,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{(void*)0,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,(void*)0,&l_598}},{{(void*)0,&l_598,(void*)0},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{&l_598,(void*)0,&l_598},{(void*)0,&l_598,&l_598},{&l_598,(void*)0,&l_598},{&l_598,&l_598,&l_598},{&l_598,&l_598,&l_598},{(void*)0,&l_598,&l_598},{&l_598,&l_598,&l_598}}};
        const int64_t *l_621 = &g_622;
        int32_t l_641[3][8] = {{(-4L),6L,(-4L),6L,(-4L),6L,(-4L),6L},{(-4L),6L,(-4L),6L,(-4L),6L,(-4L),6L},{(-4L),6L,(-4L),6L,(-4L),6L,(-4L),6L}};
        int16_t l_646 = 1L;
        int32_t l_648 = 1L;
        uint32_t l_691 = 8UL;
        int32_t l_720 = (-1L);
        int i, j, k;
        if (((*l_532) &= l_536))
        { /* block id: 222 */
            for (g_108 = 0; (g_108 <= 3); g_108 += 1)
            { /* block id: 225 */
                int i, j;
                if (l_531[g_108][(g_108 + 1)])
                    break;
                return l_537;
            }
        }
        else
        { /* block id: 229 */
            int32_t l_541 = 0xC752383EL;
            int32_t l_542 = 0x9EFA26D1L;
            int8_t l_544 = 0x28L;
            int32_t l_545 = 0L;
            int64_t *l_601 = &l_533[5][2][2];
            int32_t l_634 = 0xCC34FBC5L;
            int32_t l_636 = 9L;
            int32_t l_640 = 0x32D2A1FFL;
            int32_t l_642 = (-1L);
            int32_t l_651[7][8][4] = {{{(-1L),0x84F7F11AL,0L,0L},{0x83EE909AL,(-1L),0x9952949EL,0x84F7F11AL},{3L,0xBC1E7139L,0L,1L},{0L,1L,0L,0xBC1E7139L},{3L,0x84F7F11AL,0x9952949EL,(-1L)},{0x83EE909AL,0L,0L,0x84F7F11AL},{(-1L),0xE9C0FB52L,0L,1L},{0x83EE909AL,1L,0x9952949EL,0xE9C0FB52L}},{{3L,0x0318E6C7L,0L,(-1L)},{0L,(-1L),0L,0x0318E6C7L},{3L,0xE9C0FB52L,0x9952949EL,1L},{0x83EE909AL,1L,0L,0xE9C0FB52L},{(-1L),0x84F7F11AL,0L,0L},{0x83EE909AL,(-1L),0x9952949EL,0x84F7F11AL},{3L,0xBC1E7139L,0L,1L},{0L,1L,0L,0xBC1E7139L}},{{3L,0x84F7F11AL,0x9952949EL,(-1L)},{0x83EE909AL,0L,0L,0x84F7F11AL},{(-1L),0xE9C0FB52L,0L,1L},{0x83EE909AL,1L,0x9952949EL,0xE9C0FB52L},{(-1L),0L,0x9952949EL,0L},{0x9952949EL,0L,0x9952949EL,0L},{(-1L),0xBC1E7139L,0x83EE909AL,1L},{0L,0x8C37C164L,0x9952949EL,0xBC1E7139L}},{{(-1L),0x0318E6C7L,0x9952949EL,0L},{0L,0L,0x83EE909AL,0x0318E6C7L},{(-1L),0xA120750FL,0x9952949EL,1L},{0x9952949EL,1L,0x9952949EL,0xA120750FL},{(-1L),0x0318E6C7L,0x83EE909AL,0L},{0L,0L,0x9952949EL,0x0318E6C7L},{(-1L),0xBC1E7139L,0x9952949EL,0x8C37C164L},{0L,1L,0x83EE909AL,0xBC1E7139L}},{{(-1L),0L,0x9952949EL,0L},{0x9952949EL,0L,0x9952949EL,0L},{(-1L),0xBC1E7139L,0x83EE909AL,1L},{0L,0x8C37C164L,0x9952949EL,0xBC1E7139L},{(-1L),0x0318E6C7L,0x9952949EL,0L},{0L,0L,0x83EE909AL,0x0318E6C7L},{(-1L),0xA120750FL,0x9952949EL,1L},{0x9952949EL,1L,0x9952949EL,0xA120750FL}},{{(-1L),0x0318E6C7L,0x83EE909AL,0L},{0L,0L,0x9952949EL,0x0318E6C7L},{(-1L),0xBC1E7139L,0x9952949EL,0x8C37C164L},{0L,1L,0x83EE909AL,0xBC1E7139L},{(-1L),0L,0x9952949EL,0L},{0x9952949EL,0L,0x9952949EL,0L},{(-1L),0xBC1E7139L,0x83EE909AL,1L},{0L,0x8C37C164L,0x9952949EL,0xBC1E7139L}},{{(-1L),0x0318E6C7L,0x9952949EL,0L},{0L,0L,0x83EE909AL,0x0318E6C7L},{(-1L),0xA120750FL,0x9952949EL,1L},{0x9952949EL,1L,0x9952949EL,0xA120750FL},{(-1L),0x0318E6C7L,0x83EE909AL,0L},{0L,0L,0x9952949EL,0x0318E6C7L},{(-1L),0xBC1E7139L,0x9952949EL,0x8C37C164L},{0L,1L,0x83EE909AL,0xBC1E7139L}}};
            int64_t l_654 = 0x290CB94991D8CFF5LL;
            const uint8_t *l_719 = (void*)0;
            uint8_t **l_737 = &l_17;
            const uint32_t l_773 = 0x273E3B73L;
            int8_t l_824 = 0xACL;
            int32_t *l_891 = &l_692;
            int i, j, k;
            for (l_536 = (-27); (l_536 >= 26); l_536++)
            { /* block id: 232 */
                int32_t *l_540[8][5][6] = {{{&l_27[7],(void*)0,&l_536,&g_105,&g_29,&g_47},{(void*)0,&g_29,&l_536,&g_355[3][0],&l_536,&g_47},{&g_29,&l_536,(void*)0,&g_105,(void*)0,(void*)0},{&g_191[0],&l_27[7],(void*)0,(void*)0,&l_27[7],&g_191[0]},{&l_27[7],&l_536,&l_27[7],&g_29,&g_47,&g_105}},{{&l_536,(void*)0,(void*)0,&g_191[0],&g_105,&g_355[3][1]},{&l_536,&l_27[3],&g_191[0],&g_29,&l_536,&g_29},{&l_27[7],&g_47,&l_536,(void*)0,(void*)0,(void*)0},{(void*)0,&g_355[0][1],&l_27[7],&g_105,&l_536,&g_29},{&l_536,&l_27[0],&l_27[7],(void*)0,&l_536,&g_191[0]}},{{&l_27[8],&g_355[3][0],&g_105,&l_536,&g_105,&g_355[2][4]},{(void*)0,(void*)0,&g_191[0],(void*)0,&g_191[0],&l_27[7]},{&g_29,(void*)0,&l_27[8],&l_27[0],&l_27[7],&l_27[5]},{(void*)0,(void*)0,(void*)0,&g_105,&l_27[0],&g_105},{&g_355[0][1],&l_27[5],&l_27[3],&g_191[0],&g_105,&g_191[0]}},{{(void*)0,&l_27[8],(void*)0,&g_29,&l_536,&l_27[3]},{&l_27[3],&g_105,&l_27[7],&l_536,&g_29,&g_29},{&g_355[3][1],&g_191[0],&g_47,&g_191[0],&g_355[3][1],&g_355[3][1]},{(void*)0,&g_355[2][4],&g_191[0],(void*)0,&g_105,(void*)0},{&l_27[7],&g_47,(void*)0,&g_355[2][4],&g_29,(void*)0}},{{&g_29,&g_191[0],&g_191[0],&g_191[0],&g_355[3][1],&g_355[3][1]},{&g_29,(void*)0,&g_47,(void*)0,(void*)0,&g_29},{&l_27[0],&g_105,&l_27[7],(void*)0,&g_191[0],&l_27[3]},{&l_27[5],&g_105,(void*)0,&g_355[3][1],&g_191[0],&g_191[0]},{(void*)0,&g_47,&l_27[3],&g_47,(void*)0,&g_105}},{{&g_355[3][1],&l_27[7],(void*)0,&g_29,&g_191[0],&l_27[5]},{&g_191[0],&l_536,&l_27[8],&g_105,&g_355[3][1],&l_27[7]},{(void*)0,(void*)0,&g_191[0],&g_191[0],&g_191[0],&g_355[2][4]},{&l_27[7],&g_105,&g_105,&g_191[0],&g_29,&g_191[0]},{(void*)0,&g_29,&l_27[7],&g_105,(void*)0,&g_29}},{{&g_105,(void*)0,&l_27[7],&l_536,(void*)0,(void*)0},{&l_536,&l_536,&l_536,&l_536,(void*)0,&g_191[0]},{&g_105,&l_536,&l_27[5],&g_105,&g_47,&g_191[0]},{&l_27[7],&g_191[0],&l_27[7],&g_47,&g_47,&g_355[3][0]},{&g_191[0],&l_536,(void*)0,&g_105,(void*)0,(void*)0}},{{&l_536,&l_536,(void*)0,&g_29,(void*)0,&g_105},{&g_355[3][1],(void*)0,&g_47,&g_191[0],(void*)0,&g_355[0][1]},{&l_27[3],&g_29,&g_355[3][1],&g_191[0],&g_29,&l_536},{(void*)0,&g_105,&g_105,(void*)0,&g_191[0],&l_27[7]},{&g_191[0],(void*)0,&g_105,&g_191[0],&g_191[0],&g_355[0][8]}}};
                int8_t l_547 = 0x3EL;
                uint64_t *l_575 = (void*)0;
                uint64_t *l_576 = &g_427;
                int i, j, k;
                g_551--;
                l_554--;
                (*l_532) = (0xC159F72B7C245192LL <= ((*l_576) ^= (safe_mul_func_int8_t_s_s((l_543 = ((((void*)0 == &l_554) , ((**g_394) = (safe_div_func_int32_t_s_s(l_537, (safe_add_func_int16_t_s_s((!l_548), ((safe_sub_func_int16_t_s_s(((*g_222) = (**g_221)), (safe_mul_func_uint8_t_u_u((safe_add_func_uint8_t_u_u(g_570, 0x53L)), (safe_add_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_s(((*g_505) &= (((0xF20BC316L && g_108) , l_544) && g_47)), 3)) || l_541), l_541)))))) < l_548))))))) & g_101)), g_18[0][5]))));
                for (l_544 = 27; (l_544 >= (-24)); --l_544)
                { /* block id: 243 */
                    l_550 |= (l_541 || (safe_rshift_func_uint8_t_u_s(l_554, 5)));
                }
            }
            if ((safe_lshift_func_uint8_t_u_s(((*l_17) ^= (safe_mul_func_int16_t_s_s((((*l_532) || g_427) , (safe_rshift_func_int8_t_s_u((safe_add_func_int16_t_s_s((((*g_222) ^= ((safe_rshift_func_int16_t_s_s(l_554, l_548)) != ((((*l_601) = ((((void*)0 != &g_222) , (safe_add_func_int8_t_s_s((safe_add_func_uint64_t_u_u((((&g_505 == l_597[4][1][0]) > (+(*l_532))) , 18446744073709551610UL), (-4L))), l_548))) <= l_600)) | (*l_532)) >= (*g_395)))) > l_545), (*l_532))), g_355[3][5]))), l_543))), l_543)))
            { /* block id: 250 */
                uint16_t l_608 = 3UL;
                int32_t l_627 = 0x7F805EECL;
                int32_t l_635 = 0xED66D892L;
                int32_t l_637 = 0x94D5F954L;
                int64_t l_638[1];
                int32_t l_639 = 1L;
                int32_t l_643 = 0x7C6DFBE5L;
                int32_t l_645 = 0xAF0B1C5BL;
                int32_t l_647 = (-1L);
                int32_t l_650 = 1L;
                int8_t l_652 = 0xC6L;
                int32_t l_655 = 0x829D0401L;
                int32_t l_656 = 2L;
                int32_t l_658 = 0xF7F81815L;
                int32_t l_659 = 1L;
                int32_t l_660[9];
                int32_t l_739 = 0x0A56B3DCL;
                uint64_t *l_763 = &g_427;
                uint64_t *l_764 = &g_101;
                int16_t *l_774[7];
                const int32_t *l_788 = &l_651[0][4][0];
                uint16_t l_803 = 65531UL;
                uint64_t l_842 = 0xB065FBFE7AEF3532LL;
                const int32_t *l_844 = &g_845;
                int i;
                for (i = 0; i < 1; i++)
                    l_638[i] = 3L;
                for (i = 0; i < 9; i++)
                    l_660[i] = 0x14220C9BL;
                for (i = 0; i < 7; i++)
                    l_774[i] = &l_531[1][6];
                for (g_105 = 0; (g_105 < (-19)); --g_105)
                { /* block id: 253 */
                    uint16_t l_615 = 65535UL;
                    const int64_t *l_619 = &g_620;
                    const int64_t **l_618[4] = {&l_619,&l_619,&l_619,&l_619};
                    uint64_t *l_623 = (void*)0;
                    uint64_t *l_624 = &g_101;
                    int32_t *l_625 = (void*)0;
                    int32_t *l_626 = &g_173[0][0];
                    int32_t l_633[2];
                    const int32_t l_688 = 0xA1713FC3L;
                    int i;
                    for (i = 0; i < 2; i++)
                        l_633[i] = 0x06031850L;
                    if (l_541)
                        break;
                    if ((safe_div_func_uint8_t_u_u(((0x58B4L >= ((*l_532) || (l_627 &= (safe_div_func_int8_t_s_s(0x27L, (((l_608 < (*l_532)) > ((safe_add_func_int8_t_s_s((((*l_626) ^= (safe_lshift_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(((((*l_624) = ((((l_615 && l_608) != (((((safe_mul_func_int8_t_s_s((-1L), ((l_621 = (void*)0) == (void*)0))) > l_608) | 1L) > l_544) > (*l_532))) != g_355[3][1]) != 0x46L)) | 0x8C81B30EC5000062LL) && 0x54D7BD106B0B80D8LL), 0xEA2FB830L)), 2))) , 0x47L), 249UL)) , 0xDAE7L)) , g_314)))))) <= 0x40CBF075L), l_544)))
                    { /* block id: 259 */
                        int32_t *l_628 = &l_541;
                        int32_t *l_629 = &l_550;
                        int32_t *l_630 = &g_29;
                        int32_t *l_631 = &g_355[3][1];
                        int32_t *l_632[5][6] = {{&g_47,&l_541,&g_47,&g_47,&l_541,&g_47},{&g_47,&l_541,&g_47,&g_47,&l_541,&g_47},{&g_47,&l_541,&g_47,&g_47,&l_541,&g_47},{&g_47,&l_541,&g_47,&g_47,&l_541,&g_47},{&g_47,&l_541,&g_47,&g_47,&l_541,&g_47}};
                        int32_t l_644 = 0x6C1A6979L;
                        int32_t l_649 = 0L;
                        int64_t l_653 = 0x2CF2103DB8043201LL;
                        int i, j;
                        ++g_661;
                        return g_108;
                    }
                    else
                    { /* block id: 262 */
                        if (l_615)
                            break;
                    }
                    for (l_600 = (-23); (l_600 < 10); l_600 = safe_add_func_uint16_t_u_u(l_600, 1))
                    { /* block id: 267 */
                        uint8_t l_670 = 0xCAL;
                        int32_t l_679 = 0L;
                        l_692 = ((65532UL != ((*g_222) = (l_545 <= (l_633[1] >= (safe_rshift_func_int16_t_s_s((((((safe_add_func_uint8_t_u_u(l_670, 0UL)) , (safe_mod_func_int8_t_s_s((-2L), (safe_lshift_func_int8_t_s_u((safe_sub_func_uint32_t_u_u((safe_sub_func_uint32_t_u_u(((((*g_395) &= l_670) && l_679) >= (safe_mul_func_int16_t_s_s(((~(safe_div_func_uint64_t_u_u((safe_rshift_func_int16_t_s_s((((((0x45258B7BA4EC9AB1LL ^ l_651[0][4][0]) , 0x6EL) , 0x0708L) ^ g_687[3][4]) ^ l_615), 6)), g_407))) ^ l_658), 1L))), l_638[0])), 0xC11284A9L)), 1))))) , l_688) , g_689[2][1]) != (void*)0), 15)))))) | l_691);
                        if (l_660[2])
                            continue;
                    }
                    for (l_541 = 4; (l_541 <= 26); l_541 = safe_add_func_uint8_t_u_u(l_541, 6))
                    { /* block id: 275 */
                        const int64_t ***l_703 = (void*)0;
                        int32_t *l_710[7][10][1] = {{{&l_648},{&g_355[3][1]},{&l_650},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{&l_650},{&g_355[3][1]},{&l_648}},{{&l_647},{&l_648},{&g_355[3][1]},{&l_650},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{&l_650},{&g_355[3][1]}},{{&l_648},{&l_647},{&l_648},{&g_355[3][1]},{&l_650},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{&l_650}},{{&g_355[3][1]},{&l_648},{&l_647},{&l_648},{&g_355[3][1]},{&l_650},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{&l_650},{&g_355[3][1]},{&l_648},{&l_647},{&l_648},{&g_355[3][1]},{&l_650},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{&l_650},{&g_355[3][1]},{&l_648},{&l_647},{&l_648},{&g_355[3][1]},{&l_650},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{&l_650},{&g_355[3][1]},{&l_648},{&l_647},{&l_648},{&g_355[3][1]},{&l_650},{(void*)0}}};
                        uint8_t **l_717 = (void*)0;
                        uint8_t **l_718 = &l_17;
                        uint16_t l_721 = 0xE45CL;
                        uint8_t ***l_738 = &l_737;
                        int i, j, k;
                        (*l_532) = (safe_mul_func_uint16_t_u_u(((safe_add_func_uint16_t_u_u(((--(*g_395)) != (((*g_690) = (((g_701[4][0][3] = g_701[4][0][3]) == &l_601) <= (((((((safe_mul_func_int16_t_s_s(((safe_add_func_uint32_t_u_u(((safe_sub_func_int32_t_s_s(l_691, (l_710[3][5][0] != &l_641[1][4]))) & (safe_lshift_func_uint8_t_u_u(((((safe_div_func_uint8_t_u_u((safe_sub_func_int8_t_s_s((0xE8FDL ^ 0xFF2CL), (((*l_718) = &g_174[1]) != (l_719 = &l_554)))), l_544)) == (*l_532)) == l_647) != 1L), 7))), l_720)) , l_633[0]), (*l_532))) & l_627) && l_648) , l_688) , l_721) , g_173[0][0]) , (*g_222)))) & (*l_532))), (*g_222))) , l_641[2][5]), 65526UL));
                        l_641[2][6] ^= (((!((**g_394) == l_691)) ^ l_615) | ((safe_add_func_int64_t_s_s((safe_mul_func_int16_t_s_s((safe_div_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_u((safe_sub_func_int64_t_s_s(((((safe_div_func_int32_t_s_s(l_633[0], (safe_lshift_func_int8_t_s_u(((((*g_505) , (void*)0) != (g_18[0][6] , (l_536 , ((*l_738) = l_737)))) > l_688), 2)))) & l_633[0]) == l_541) , l_688), 2L)), l_633[0])) > l_645), l_688)), 0x4363L)), l_739)) == (-1L)));
                    }
                }
                (*l_532) &= g_570;
                if ((safe_mul_func_int16_t_s_s((safe_add_func_uint8_t_u_u(g_29, (safe_add_func_uint64_t_u_u((l_634 != l_536), (safe_rshift_func_int16_t_s_s((((((safe_add_func_uint16_t_u_u(((l_641[1][4] = ((**g_221) = (safe_rshift_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_s((safe_div_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((safe_sub_func_int8_t_s_s((*l_532), (((*l_764) = (l_654 , ((*l_763) = ((void*)0 == l_762)))) < (safe_add_func_uint8_t_u_u(((safe_mod_func_int16_t_s_s(((((((safe_rshift_func_int8_t_s_s((safe_add_func_int8_t_s_s((l_543 > l_637), (*l_532))), 0)) , (-9L)) && 0L) <= l_643) == 7L) || l_647), (**g_221))) ^ 0x6483L), l_637))))) < g_355[3][5]), l_545)), l_660[0])), (*g_222))) && l_544), l_773)), 7)))) && (*g_222)), l_651[0][6][3])) , 0xE504L) | l_636) , l_654) , l_554), 3)))))), 0x585FL)))
                { /* block id: 291 */
                    uint32_t l_787 = 7UL;
                    const int32_t **l_789[9] = {&l_788,&l_788,&l_788,&l_788,&l_788,&l_788,&l_788,&l_788,&l_788};
                    uint64_t l_796 = 0xA5FE84463C63F1B3LL;
                    int32_t l_805 = 0x0E827AD9L;
                    uint64_t *l_858 = &l_842;
                    int i;
                    l_788 = l_788;
                    if (((safe_mod_func_uint8_t_u_u(g_355[0][4], (*g_505))) <= (((l_805 = (0x2A84806CA7D8C1B8LL | (((l_541 <= ((*g_222) ^= (safe_rshift_func_int8_t_s_s(0xA6L, (safe_lshift_func_uint8_t_u_u((l_796 <= ((l_650 = (safe_mod_func_int8_t_s_s((*g_505), ((safe_mod_func_uint32_t_u_u((*g_395), (safe_mul_func_int16_t_s_s((((*l_532) | 0x7E93D622L) & l_803), l_546)))) && 65535UL)))) < (-1L))), 7)))))) & g_804) & l_640))) , 4L) , (*g_222))))
                    { /* block id: 298 */
                        int32_t l_809 = 0L;
                        int32_t *l_816 = &l_640;
                        int32_t *l_817 = &l_635;
                        int32_t *l_818 = &l_634;
                        int32_t *l_820 = &l_545;
                        int32_t *l_821 = &l_543;
                        int32_t *l_822 = &l_545;
                        int32_t *l_823[6];
                        int i;
                        for (i = 0; i < 6; i++)
                            l_823[i] = &g_47;
                        (**g_481) = ((safe_lshift_func_int8_t_s_u((((((**g_221) && (g_808 ^ 0xFBL)) < g_57) || (l_809 <= ((void*)0 == &g_504))) <= (((((safe_rshift_func_uint16_t_u_u((((safe_add_func_int8_t_s_s((((6UL ^ (((((((**l_762) = 0UL) > 0xE172F8CCL) < (*g_690)) && g_814[1][3]) , (*l_788)) != (*l_532))) >= l_542) , (*g_505)), l_815)) < l_554) || (**g_221)), (*l_532))) | (*l_532)) != l_809) <= l_636) > 0x1D668A62L)), 1)) , (void*)0);
                        l_827++;
                        return g_830;
                    }
                    else
                    { /* block id: 303 */
                        int8_t l_843[8] = {0xB5L,0xB5L,0xB5L,0xB5L,0xB5L,0xB5L,0xB5L,0xB5L};
                        uint16_t **l_847 = &g_690;
                        const uint64_t l_860 = 0xD8B3884CD3C468E5LL;
                        int i;
                        l_805 = ((safe_unary_minus_func_uint16_t_u((safe_add_func_uint16_t_u_u((*g_690), (((*l_763) = ((safe_lshift_func_uint8_t_u_s((safe_add_func_int32_t_s_s((-1L), 0L)), (((safe_div_func_int8_t_s_s(((safe_mod_func_uint16_t_u_u(l_646, (0xF3FC38014798308CLL | l_842))) < ((0x6CL < (1L >= (0xAC5749EAL | 0xE65B62F1L))) , (*l_788))), (*l_788))) | l_646) , l_648))) < l_843[5])) | (*l_532)))))) , 0L);
                        g_846 = (l_844 = (l_788 = &l_660[8]));
                        (**g_481) = &l_636;
                    }
                }
                else
                { /* block id: 315 */
                    int8_t l_863 = 0x4EL;
                    (*l_532) = (((!g_862) , (void*)0) == &g_702);
                    if ((l_863 == ((**l_737) = ((*l_788) <= (*l_532)))))
                    { /* block id: 318 */
                        if (l_641[1][4])
                            break;
                        if (l_863)
                            break;
                        (*g_482) = (void*)0;
                    }
                    else
                    { /* block id: 322 */
                        const int32_t **l_865 = &l_844;
                        (*l_865) = l_864;
                        (*g_482) = &l_543;
                    }
                    for (l_635 = 0; (l_635 >= 0); l_635 -= 1)
                    { /* block id: 328 */
                        uint32_t l_866 = 0x7575CA6DL;
                        (**g_481) = (*g_482);
                        if (l_866)
                            continue;
                    }
                }
                for (g_57 = (-29); (g_57 > (-6)); ++g_57)
                { /* block id: 335 */
                    return g_174[1];
                }
            }
            else
            { /* block id: 338 */
                return (*l_532);
            }
            l_651[1][4][0] = (safe_unary_minus_func_uint8_t_u((safe_lshift_func_uint8_t_u_s((((**g_221) , (safe_lshift_func_uint8_t_u_s(((((*l_891) ^= ((((0x08L > ((safe_mul_func_int8_t_s_s((*g_505), g_105)) ^ ((safe_rshift_func_int16_t_s_u(((safe_mul_func_int16_t_s_s(((l_883 = (g_882 = &g_314)) == (l_884 = &g_314)), (safe_mul_func_uint8_t_u_u(255UL, (((*l_598) = l_544) < (&g_504 == l_887)))))) , 2L), 12)) > (*g_690)))) >= (*g_395)) && l_824) && l_890)) , (*g_882)) >= 0x4DL), (*g_505)))) , (*l_864)), 4))));
            return g_355[3][6];
        }
    }
    return (*l_864);
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_18 g_29 g_47 g_80 g_105 g_101 g_110 g_221 g_108 g_174 g_222 g_57 g_481 g_482 g_220 g_447 g_191
 * writes: g_29 g_57 g_80 g_105 g_108 g_47 g_101 g_220 g_504 g_447 g_191
 */
static uint32_t  func_9(uint8_t  p_10, int8_t  p_11, int64_t  p_12, int32_t  p_13, int64_t  p_14)
{ /* block id: 5 */
    int32_t *l_28 = &g_29;
    uint8_t *l_506 = &g_174[1];
    int32_t *l_529 = &g_191[0];
    (*l_28) = 0xA8D7D2A7L;
    (*l_529) ^= func_30(func_35((g_2 , func_37(l_28, g_18[0][5]))), l_506, l_28, p_13);
    return (*l_28);
}


/* ------------------------------------------ */
/* 
 * reads : g_2
 * writes:
 */
static uint64_t  func_21(uint8_t * const  p_22, uint64_t  p_23, int16_t  p_24)
{ /* block id: 2 */
    return g_2;
}


/* ------------------------------------------ */
/* 
 * reads : g_447 g_481 g_482 g_105 g_29
 * writes: g_447 g_220 g_105
 */
static int32_t  func_30(uint8_t * p_31, uint8_t * p_32, int32_t * p_33, uint8_t  p_34)
{ /* block id: 200 */
    int32_t *l_512 = &g_105;
    int32_t *l_513 = &g_47;
    int32_t *l_514 = &g_105;
    int32_t *l_515 = &g_355[0][4];
    int32_t *l_516 = &g_29;
    int32_t *l_517 = &g_355[3][8];
    int32_t *l_518 = &g_191[0];
    int32_t *l_519 = &g_355[0][7];
    int32_t l_520 = 1L;
    int32_t *l_521 = &g_191[0];
    int32_t *l_522 = &g_355[0][3];
    int32_t *l_523 = &g_47;
    int32_t *l_524[10][3][2] = {{{&g_355[3][7],&g_191[0]},{&g_47,&g_191[0]},{&g_355[3][7],&g_355[3][7]}},{{&g_47,(void*)0},{&g_47,&g_191[0]},{&g_191[0],&g_191[0]}},{{&g_191[0],&g_191[0]},{&g_355[1][2],&g_29},{&g_355[1][2],&g_191[0]}},{{&g_191[0],&g_191[0]},{&g_191[0],&g_191[0]},{&g_47,(void*)0}},{{&g_47,&g_355[3][7]},{&g_355[3][7],&g_191[0]},{&g_47,&g_191[0]}},{{&g_355[3][7],&g_355[3][7]},{&g_47,(void*)0},{&g_47,&g_191[0]}},{{&g_191[0],&g_191[0]},{&g_191[0],&g_191[0]},{&g_355[1][2],&g_29}},{{&g_355[1][2],&g_191[0]},{&g_191[0],&g_191[0]},{&g_191[0],&g_191[0]}},{{&g_47,(void*)0},{&g_47,&g_355[3][7]},{&g_355[3][7],&g_191[0]}},{{&g_47,&g_191[0]},{&g_355[3][7],&g_355[3][7]},{&g_47,(void*)0}}};
    int8_t l_525[10][9][2] = {{{0xB9L,(-8L)},{(-3L),0x4BL},{8L,0x64L},{0xBDL,(-10L)},{0xBDL,0x6EL},{1L,0x73L},{0L,0xBDL},{2L,0L},{0x4BL,2L}},{{0L,(-9L)},{2L,0xF4L},{(-9L),0x73L},{0x31L,(-1L)},{0xBDL,0L},{(-10L),(-10L)},{0xF4L,(-1L)},{1L,3L},{(-9L),0xBDL}},{{(-1L),(-9L)},{0x4BL,(-7L)},{0x4BL,(-9L)},{(-1L),0xBDL},{(-9L),3L},{1L,(-1L)},{0xF4L,(-10L)},{(-10L),0L},{0xBDL,(-1L)}},{{0x31L,0x73L},{(-9L),0xF4L},{2L,(-9L)},{0L,2L},{0x4BL,0L},{2L,0xBDL},{0L,0x73L},{1L,0x6EL},{0xBDL,(-10L)}},{{0L,(-10L)},{0xBDL,0x6EL},{1L,0x73L},{0L,0xBDL},{2L,0L},{0x4BL,2L},{0L,(-9L)},{2L,0xF4L},{(-9L),0x73L}},{{0x31L,(-1L)},{0xBDL,0L},{(-10L),(-10L)},{0xF4L,(-1L)},{1L,3L},{(-9L),0xBDL},{(-1L),(-9L)},{0x4BL,(-7L)},{0x4BL,(-9L)}},{{(-1L),0xBDL},{(-9L),3L},{1L,(-1L)},{0xF4L,(-10L)},{(-10L),0L},{0xBDL,(-1L)},{0x31L,0x73L},{(-9L),0xF4L},{2L,(-9L)}},{{0L,2L},{0x4BL,0L},{2L,0xBDL},{0L,0x73L},{1L,0x6EL},{0xBDL,(-10L)},{0L,(-10L)},{0xBDL,0x6EL},{1L,0x73L}},{{0L,0xBDL},{2L,0L},{0x4BL,2L},{0L,(-9L)},{2L,0xF4L},{(-9L),0x73L},{0x31L,(-1L)},{0xBDL,0L},{(-10L),(-10L)}},{{0xF4L,(-1L)},{1L,3L},{(-9L),0xBDL},{(-1L),(-9L)},{0x4BL,(-7L)},{0x4BL,(-9L)},{(-1L),0xBDL},{(-9L),3L},{1L,(-1L)}}};
    uint8_t l_526 = 1UL;
    int i, j, k;
    for (g_447 = 0; (g_447 <= 29); g_447 = safe_add_func_int64_t_s_s(g_447, 7))
    { /* block id: 203 */
        uint32_t l_509[2];
        int i;
        for (i = 0; i < 2; i++)
            l_509[i] = 0xA320A57DL;
        (**g_481) = p_33;
        for (g_105 = 0; (g_105 >= 8); ++g_105)
        { /* block id: 207 */
            return (*p_33);
        }
    }
    ++l_526;
    return (*l_512);
}


/* ------------------------------------------ */
/* 
 * reads : g_105 g_481 g_482
 * writes: g_105 g_504 g_220
 */
static uint8_t * func_35(int32_t * p_36)
{ /* block id: 190 */
    uint16_t l_486 = 0xD1B3L;
    int32_t l_494 = 0x22837513L;
    int32_t l_495 = 0x911EFF09L;
    int32_t l_496 = 0x344311BAL;
    int32_t l_497[8] = {6L,6L,6L,6L,6L,6L,6L,6L};
    uint8_t l_498[1][4] = {{0x6CL,0x6CL,0x6CL,0x6CL}};
    int8_t * const l_502 = &g_314;
    int8_t * const *l_501 = &l_502;
    int8_t * const **l_503[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&l_501,&l_501,&l_501,(void*)0};
    int i, j;
    ++l_486;
    for (g_105 = 10; (g_105 <= (-25)); g_105 = safe_sub_func_int32_t_s_s(g_105, 5))
    { /* block id: 194 */
        int32_t *l_491 = (void*)0;
        int32_t *l_492 = &g_47;
        int32_t *l_493[2][10][1] = {{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}}};
        int i, j, k;
        l_498[0][3]++;
    }
    g_504 = l_501;
    (**g_481) = &l_497[1];
    return &g_174[1];
}


/* ------------------------------------------ */
/* 
 * reads : g_29 g_2 g_47 g_80 g_18 g_105 g_101 g_110 g_221 g_108 g_174 g_222 g_57 g_481 g_482 g_220
 * writes: g_29 g_57 g_80 g_105 g_108 g_47 g_101 g_220
 */
static int32_t * func_37(int32_t * p_38, int64_t  p_39)
{ /* block id: 7 */
    int32_t *l_43 = &g_29;
    int32_t l_283 = (-9L);
    int32_t l_323 = (-5L);
    int32_t l_325 = 0L;
    int32_t l_326 = 6L;
    int16_t *l_335[3];
    int32_t l_369 = 0x2CE5E1F7L;
    int8_t *l_391 = &g_314;
    uint16_t l_406 = 0x13B4L;
    int32_t **l_414[7];
    int32_t ***l_413 = &l_414[5];
    int32_t l_459[4][8] = {{0x6A112749L,(-1L),(-4L),0x875900F0L,(-1L),0x875900F0L,(-4L),(-1L)},{(-1L),(-4L),0x6A112749L,(-1L),0x875900F0L,0x875900F0L,(-1L),0x6A112749L},{(-1L),(-1L),0xD14846FEL,0x1B2A4531L,(-1L),0xD14846FEL,(-1L),0x1B2A4531L},{0x6A112749L,0x1B2A4531L,0x6A112749L,0x875900F0L,0x1B2A4531L,(-4L),(-4L),0x1B2A4531L}};
    int32_t *l_485 = &l_459[0][3];
    int i, j;
    for (i = 0; i < 3; i++)
        l_335[i] = &g_57;
    for (i = 0; i < 7; i++)
        l_414[i] = &l_43;
    if (func_40(((p_39 , l_43) == (void*)0), &g_18[0][5]))
    { /* block id: 86 */
        uint64_t l_236 = 18446744073709551615UL;
        int32_t *l_239 = &g_47;
        uint8_t *l_246 = (void*)0;
        uint8_t **l_245 = &l_246;
        int32_t l_282 = 0L;
        int32_t l_285 = 0x83017168L;
        int32_t l_363 = 0x9ECD2C34L;
        int32_t l_366 = 0x5483294FL;
        int32_t l_367 = 0x1299E36AL;
        int32_t l_368 = 1L;
        int32_t l_370 = 1L;
        int32_t l_371 = (-1L);
        int32_t l_372 = (-6L);
        int32_t l_373 = 0x96E88854L;
        int32_t l_374 = (-8L);
        int32_t l_375 = 8L;
        int64_t l_457 = 0L;
        int32_t l_458[1][5][5] = {{{9L,0L,0L,9L,9L},{1L,0L,1L,0L,1L},{9L,9L,0L,0L,9L},{0x5E69F159L,0L,0x5E69F159L,0L,0x5E69F159L},{9L,0L,0L,9L,9L}}};
        int32_t l_462 = 0x006CE610L;
        uint8_t l_463 = 0x0AL;
        int i, j, k;
        for (g_47 = 0; (g_47 > 14); g_47 = safe_add_func_int8_t_s_s(g_47, 3))
        { /* block id: 89 */
            uint8_t l_235[3][8] = {{0x30L,255UL,0x30L,0x30L,255UL,0x30L,0x30L,255UL},{255UL,0x30L,0x30L,255UL,0x30L,0x30L,255UL,0x30L},{255UL,255UL,0UL,255UL,255UL,0UL,255UL,255UL}};
            int32_t *l_240 = &g_105;
            uint8_t *l_242[10][9][2] = {{{&l_235[2][4],&l_235[2][4]},{&g_18[0][1],&l_235[2][4]},{&l_235[1][5],(void*)0},{&g_174[1],&g_18[0][6]},{&g_18[0][3],&g_174[1]},{&l_235[1][7],(void*)0},{&g_174[1],&g_174[1]},{(void*)0,&g_18[0][6]},{&g_18[0][5],(void*)0}},{{&g_18[0][5],&l_235[2][4]},{(void*)0,&l_235[2][4]},{(void*)0,&l_235[2][4]},{(void*)0,&l_235[2][4]},{&g_18[0][5],(void*)0},{&g_18[0][5],&g_18[0][6]},{(void*)0,&g_174[1]},{&g_174[1],(void*)0},{&l_235[1][7],&g_174[1]}},{{&g_18[0][3],&g_18[0][6]},{&g_174[1],(void*)0},{&l_235[1][5],&l_235[2][4]},{&g_18[0][1],&l_235[2][4]},{&l_235[2][4],&l_235[2][4]},{&g_18[0][1],&l_235[2][4]},{&l_235[1][5],(void*)0},{&g_174[1],&g_18[0][6]},{&g_18[0][3],&g_174[1]}},{{&l_235[1][7],(void*)0},{&g_174[1],&g_174[1]},{(void*)0,&g_18[0][6]},{&g_18[0][5],(void*)0},{&g_18[0][5],&l_235[2][4]},{(void*)0,&l_235[2][4]},{(void*)0,&l_235[2][4]},{(void*)0,&l_235[2][4]},{&g_18[0][5],(void*)0}},{{&g_18[0][5],&g_18[0][6]},{(void*)0,&g_174[1]},{&g_174[1],(void*)0},{&l_235[1][7],&g_174[1]},{&g_18[0][3],&g_18[0][6]},{&g_174[1],(void*)0},{&l_235[1][5],&g_18[0][6]},{(void*)0,&l_235[2][2]},{&l_235[1][4],&l_235[2][2]}},{{(void*)0,&g_18[0][6]},{&g_174[1],&g_18[0][5]},{&g_18[0][5],&l_235[2][4]},{&l_235[1][5],(void*)0},{(void*)0,(void*)0},{&g_174[1],(void*)0},{&g_18[0][5],&l_235[2][4]},{&g_174[1],&g_18[0][5]},{&l_235[1][7],&g_18[0][6]}},{{&l_235[2][4],&l_235[2][2]},{(void*)0,&l_235[2][2]},{&l_235[2][4],&g_18[0][6]},{&l_235[1][7],&g_18[0][5]},{&g_174[1],&l_235[2][4]},{&g_18[0][5],(void*)0},{&g_174[1],(void*)0},{(void*)0,(void*)0},{&l_235[1][5],&l_235[2][4]}},{{&g_18[0][5],&g_18[0][5]},{&g_174[1],&g_18[0][6]},{(void*)0,&l_235[2][2]},{&l_235[1][4],&l_235[2][2]},{(void*)0,&g_18[0][6]},{&g_174[1],&g_18[0][5]},{&g_18[0][5],&l_235[2][4]},{&l_235[1][5],(void*)0},{(void*)0,(void*)0}},{{&g_174[1],(void*)0},{&g_18[0][5],&l_235[2][4]},{&g_174[1],&g_18[0][5]},{&l_235[1][7],&g_18[0][6]},{&l_235[2][4],&l_235[2][2]},{(void*)0,&l_235[2][2]},{&l_235[2][4],&g_18[0][6]},{&l_235[1][7],&g_18[0][5]},{&g_174[1],&l_235[2][4]}},{{&g_18[0][5],(void*)0},{&g_174[1],(void*)0},{(void*)0,(void*)0},{&l_235[1][5],&l_235[2][4]},{&g_18[0][5],&g_18[0][5]},{&g_174[1],&g_18[0][6]},{(void*)0,&l_235[2][2]},{&l_235[1][4],&l_235[2][2]},{(void*)0,&g_18[0][6]}}};
            uint8_t **l_241 = &l_242[6][0][1];
            int16_t ***l_248[9];
            int16_t ****l_247 = &l_248[6];
            int16_t ****l_249 = (void*)0;
            int16_t ***l_251 = &g_221;
            int16_t ****l_250 = &l_251;
            uint64_t *l_256 = &g_101;
            int i, j, k;
            for (i = 0; i < 9; i++)
                l_248[i] = &g_221;
            (*l_240) ^= (((g_108 && (((safe_mul_func_uint8_t_u_u(((safe_div_func_int64_t_s_s(g_174[1], (l_235[2][4] = 0xD5290F8A08BE86FCLL))) , l_236), (safe_mul_func_uint16_t_u_u((((void*)0 != &g_108) == 0xCF5C8286BBE6D25DLL), (l_236 <= ((((&g_191[0] == l_239) , p_39) ^ (*l_43)) , 0x963C327B0E3E12D5LL)))))) , (-1L)) > 1L)) || 1L) > 0xBC1C675AL);
            (*l_43) |= (((*l_241) = &g_18[0][5]) != &g_18[0][5]);
            (*p_38) ^= (safe_add_func_int32_t_s_s(((**g_221) | ((*l_240) = ((((void*)0 == l_245) == ((void*)0 != p_38)) | (*l_239)))), (((*l_247) = &g_221) == ((*l_250) = &g_221))));
            (*p_38) = (safe_lshift_func_uint8_t_u_s(((*l_43) >= ((*l_256) = ((*l_240) != p_39))), ((void*)0 == &g_173[0][0])));
        }
        for (g_57 = 0; (g_57 <= (-18)); g_57 = safe_sub_func_uint8_t_u_u(g_57, 1))
        { /* block id: 103 */
            int32_t **l_259[7] = {&l_43,&l_43,&l_43,&l_43,&l_43,&l_43,&l_43};
            int16_t l_315 = 0xAEF2L;
            uint32_t l_376 = 0x312C2651L;
            uint8_t l_386 = 0x79L;
            uint16_t l_440 = 0xE852L;
            uint16_t l_443 = 0UL;
            int8_t l_448 = (-1L);
            int64_t l_456 = 0x4429DE32E2BC6C3CLL;
            int16_t ***l_483 = &g_221;
            int16_t ****l_484 = &l_483;
            int i;
            g_220 = p_38;
        }
        return (**g_481);
    }
    else
    { /* block id: 186 */
        (*g_482) = p_38;
        return p_38;
    }
}


/* ------------------------------------------ */
/* 
 * reads : g_29 g_2 g_47 g_80 g_18 g_105 g_101 g_110 g_221
 * writes: g_29 g_57 g_80 g_105 g_108 g_47 g_101
 */
static int32_t  func_40(uint32_t  p_41, uint8_t * const  p_42)
{ /* block id: 8 */
    uint16_t l_48 = 0UL;
    int8_t l_52 = 0xEFL;
    int32_t l_111 = 0L;
    uint32_t l_142 = 0UL;
    int32_t l_164[7][9] = {{0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L},{0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L},{0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L},{0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L},{0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L},{0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L},{0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L,0x02F7E15FL,0x02F7E15FL,0L}};
    int32_t l_166 = 0x4128E350L;
    int32_t *l_215 = &l_166;
    int32_t **l_214 = &l_215;
    int i, j;
    for (g_29 = 0; (g_29 <= 25); g_29 = safe_add_func_uint8_t_u_u(g_29, 2))
    { /* block id: 11 */
        int32_t *l_46[4][10][6] = {{{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29}},{{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29}},{{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29}},{{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29},{&g_47,&g_29,&g_47,&g_29,&g_47,&g_29},{&g_29,&g_29,&g_29,&g_29,&g_29,&g_29}}};
        uint8_t * const l_51 = &g_18[0][5];
        const int16_t * const l_135 = &g_57;
        uint64_t *l_161 = &g_101;
        int i, j, k;
        ++l_48;
        for (p_41 = 0; (p_41 <= 0); p_41 += 1)
        { /* block id: 15 */
            int16_t *l_56 = &g_57;
            uint8_t l_58 = 0xC6L;
            int32_t l_171 = 1L;
            uint32_t *l_187[3][4][9] = {{{(void*)0,&g_108,&l_142,&g_108,(void*)0,&l_142,&g_108,&g_108,(void*)0},{&g_108,&l_142,(void*)0,&g_108,&g_108,(void*)0,&l_142,&g_108,&g_108},{&l_142,&g_108,&g_108,&l_142,&l_142,&l_142,&l_142,&l_142,&g_108},{&g_108,&g_108,(void*)0,&l_142,&g_108,&g_108,&l_142,&l_142,&g_108}},{{(void*)0,&l_142,&l_142,&l_142,(void*)0,&g_108,&g_108,&l_142,(void*)0},{&g_108,&l_142,(void*)0,&g_108,&g_108,(void*)0,&l_142,&g_108,&l_142},{&l_142,&l_142,&g_108,&g_108,&l_142,&g_108,&l_142,&g_108,&g_108},{&g_108,&g_108,(void*)0,&l_142,&g_108,&g_108,&l_142,&l_142,&l_142}},{{(void*)0,&g_108,&l_142,&g_108,(void*)0,&l_142,&g_108,&g_108,(void*)0},{&g_108,&l_142,(void*)0,&g_108,&g_108,(void*)0,&l_142,&g_108,&g_108},{&l_142,&g_108,&g_108,&l_142,&l_142,&l_142,&l_142,&l_142,&g_108},{&g_108,&g_108,(void*)0,&l_142,&g_108,&g_108,&l_142,&l_142,&g_108}}};
            int32_t l_192 = 0xE4492BDCL;
            int32_t **l_218 = &l_215;
            const uint32_t l_219 = 1UL;
            int16_t **l_224[4];
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_224[i] = &l_56;
            l_111 = func_21(l_51, l_52, ((((!(safe_lshift_func_int16_t_s_s(((*l_56) = 1L), l_58))) == (safe_lshift_func_uint8_t_u_u(l_52, 3))) > (g_2 < g_2)) | func_21((g_2 , func_61(&g_29, g_47, l_58)), g_18[0][6], g_2)));
            for (g_105 = 0; (g_105 <= 3); g_105 += 1)
            { /* block id: 27 */
                int32_t *l_113 = (void*)0;
                int32_t **l_112 = &l_113;
                uint16_t *l_118 = (void*)0;
                uint16_t *l_119 = &l_48;
                uint64_t *l_120[1][2][7];
                uint16_t *l_136 = &g_137;
                int32_t l_145 = 0xCBDEF93AL;
                uint32_t *l_152 = &l_142;
                uint32_t l_154 = 9UL;
                int32_t l_168 = 0x63287AF7L;
                int32_t l_169 = 0x3FE2A04FL;
                int32_t l_170 = (-8L);
                int32_t l_172 = 2L;
                uint32_t l_199 = 1UL;
                int32_t **l_212 = &l_46[(p_41 + 3)][(p_41 + 4)][(p_41 + 5)];
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 2; j++)
                    {
                        for (k = 0; k < 7; k++)
                            l_120[i][j][k] = &g_101;
                    }
                }
            }
            for (l_192 = 3; (l_192 >= 0); l_192 -= 1)
            { /* block id: 71 */
                int16_t ***l_223 = (void*)0;
                l_224[3] = g_221;
            }
        }
        for (g_80 = (-15); (g_80 != (-10)); g_80 = safe_add_func_int8_t_s_s(g_80, 5))
        { /* block id: 77 */
            for (g_101 = (-11); (g_101 < 38); g_101 = safe_add_func_int8_t_s_s(g_101, 3))
            { /* block id: 80 */
                return p_41;
            }
        }
    }
    return p_41;
}


/* ------------------------------------------ */
/* 
 * reads : g_80 g_47 g_18 g_105 g_2 g_101 g_29 g_110
 * writes: g_80 g_105 g_108 g_47
 */
static uint8_t * const  func_61(const int32_t * p_62, uint8_t  p_63, uint16_t  p_64)
{ /* block id: 17 */
    int16_t l_78 = 0xE036L;
    int16_t *l_79 = &g_80;
    uint8_t *l_99 = &g_18[0][5];
    uint64_t *l_100[1][5][7] = {{{(void*)0,&g_101,(void*)0,&g_101,(void*)0,&g_101,(void*)0},{&g_101,&g_101,&g_101,&g_101,&g_101,&g_101,(void*)0},{&g_101,&g_101,&g_101,&g_101,&g_101,&g_101,&g_101},{&g_101,&g_101,(void*)0,&g_101,&g_101,(void*)0,&g_101},{(void*)0,&g_101,(void*)0,&g_101,(void*)0,&g_101,(void*)0}}};
    int32_t l_102 = 0L;
    uint16_t l_103 = 0x97E0L;
    int32_t *l_104 = &g_105;
    uint64_t l_106 = 0UL;
    uint32_t *l_107 = &g_108;
    int32_t *l_109 = &g_47;
    int i, j, k;
    (*l_109) = (safe_div_func_int64_t_s_s(((((*l_107) = ((safe_unary_minus_func_int8_t_s((safe_sub_func_uint32_t_u_u(((p_63 & (-6L)) > (((safe_add_func_uint8_t_u_u((((safe_sub_func_int8_t_s_s(p_64, (safe_rshift_func_uint16_t_u_s((safe_sub_func_uint16_t_u_u(l_78, (((*l_104) |= ((0x4196L & ((*l_79) ^= p_64)) < ((safe_rshift_func_uint8_t_u_u(((safe_sub_func_uint16_t_u_u(((l_78 | ((((safe_mul_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u((((safe_mod_func_uint32_t_u_u((safe_mod_func_uint32_t_u_u(((safe_mod_func_uint64_t_u_u((l_102 = ((safe_sub_func_uint8_t_u_u(((void*)0 != l_99), l_78)) && p_63)), 0x218D362EA1E67E28LL)) <= l_78), g_47)), 7L)) , (void*)0) == (void*)0), 4)) || p_64), p_64)) || 0x6129L), p_63)) & 0xC0L) != l_78) > l_103)) , g_18[0][6]), (-10L))) > l_78), p_64)) >= 0xF28B5E68L))) != l_106))), p_63)))) != p_63) >= g_2), p_64)) , p_64) >= g_18[0][4])), g_101)))) & 0xDCE4D368L)) >= g_2) && g_29), g_47));
    return g_110;
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
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_18[i][j], "g_18[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_29, "g_29", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_108, "g_108", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_173[i][j], "g_173[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_174[i], "g_174[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_191[i], "g_191[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_314, "g_314", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_355[i][j], "g_355[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_407, "g_407", print_hash_value);
    transparent_crc(g_427, "g_427", print_hash_value);
    transparent_crc(g_439, "g_439", print_hash_value);
    transparent_crc(g_447, "g_447", print_hash_value);
    transparent_crc(g_549, "g_549", print_hash_value);
    transparent_crc(g_551, "g_551", print_hash_value);
    transparent_crc(g_570, "g_570", print_hash_value);
    transparent_crc(g_620, "g_620", print_hash_value);
    transparent_crc(g_622, "g_622", print_hash_value);
    transparent_crc(g_661, "g_661", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_687[i][j], "g_687[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_804, "g_804", print_hash_value);
    transparent_crc(g_808, "g_808", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_814[i][j], "g_814[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_830, "g_830", print_hash_value);
    transparent_crc(g_845, "g_845", print_hash_value);
    transparent_crc(g_862, "g_862", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 243
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
   depth: 1, occurrence: 88
   depth: 2, occurrence: 21
   depth: 3, occurrence: 4
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 6, occurrence: 1
   depth: 9, occurrence: 1
   depth: 11, occurrence: 1
   depth: 18, occurrence: 3
   depth: 22, occurrence: 2
   depth: 23, occurrence: 2
   depth: 26, occurrence: 1
   depth: 27, occurrence: 2
   depth: 28, occurrence: 1
   depth: 30, occurrence: 1
   depth: 33, occurrence: 1
   depth: 38, occurrence: 1
   depth: 46, occurrence: 1

XXX total number of pointers: 173

XXX times a variable address is taken: 491
XXX times a pointer is dereferenced on RHS: 110
breakdown:
   depth: 1, occurrence: 94
   depth: 2, occurrence: 16
XXX times a pointer is dereferenced on LHS: 98
breakdown:
   depth: 1, occurrence: 85
   depth: 2, occurrence: 12
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 17
XXX times a pointer is compared with address of another variable: 7
XXX times a pointer is compared with another pointer: 1
XXX times a pointer is qualified to be dereferenced: 3883

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 388
   level: 2, occurrence: 75
   level: 3, occurrence: 14
XXX number of pointers point to pointers: 50
XXX number of pointers point to scalars: 123
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 20.8
XXX average alias set size: 1.4

XXX times a non-volatile is read: 642
XXX times a non-volatile is write: 306
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 2

XXX stmts: 92
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 21
   depth: 1, occurrence: 12
   depth: 2, occurrence: 15
   depth: 3, occurrence: 13
   depth: 4, occurrence: 11
   depth: 5, occurrence: 20

XXX percentage a fresh-made variable is used: 16.5
XXX percentage an existing variable is used: 83.5
********************* end of statistics **********************/

