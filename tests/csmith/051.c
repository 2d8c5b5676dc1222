/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 60 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      60
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint16_t  f0;
   int16_t  f1;
   uint64_t  f2;
   uint64_t  f3;
   uint16_t  f4;
   int32_t  f5;
   signed f6 : 28;
};

struct S1 {
   const uint8_t  f0;
   uint8_t  f1;
   int8_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static int64_t g_2 = 0L;
static int32_t g_35 = 0x971DB956L;
static struct S0 g_51 = {1UL,1L,0UL,18446744073709551611UL,65532UL,0xDC9A81FFL,-11085};
static uint64_t g_58 = 0x7236C342871EB1C2LL;
static int64_t g_87 = 0xA9972037C870D184LL;
static int32_t *g_110 = &g_35;
static int32_t **g_109 = &g_110;
static int32_t g_118 = 0x38EFF280L;
static int32_t g_122 = 0x1509B2EAL;
static int64_t g_123 = 0x9FDCAD63BEFA01E2LL;
static int16_t g_124 = 4L;
static int64_t g_125 = 3L;
static uint32_t g_126[6][1][10] = {{{18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL,0x6AF959E5L}},{{18446744073709551615UL,18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL}},{{18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL,0x6AF959E5L}},{{18446744073709551615UL,18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL}},{{18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL,0x6AF959E5L}},{{18446744073709551615UL,18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL,0x6AF959E5L,0x6AF959E5L,18446744073709551615UL,18446744073709551615UL}}};
static uint32_t g_142 = 0xBEB0F359L;
static int8_t g_148 = 0xF6L;
static uint8_t g_167[2] = {0x9FL,0x9FL};
static uint16_t g_171[2] = {1UL,1UL};
static struct S0 g_180 = {0xFF9DL,0xCA95L,4UL,0x4722CCF1A2F3BF82LL,1UL,2L,2947};
static uint32_t g_191 = 0x43D1E10FL;
static const int32_t g_205 = 0xD55A8FB0L;
static int8_t *g_216[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int8_t **g_215 = &g_216[1];
static int32_t g_229 = (-7L);
static uint32_t g_231 = 18446744073709551615UL;
static struct S1 g_241 = {0xBFL,0x35L,1L};
static int32_t ***g_249 = &g_109;
static int32_t *** const *g_248 = &g_249;
static uint16_t *g_252 = &g_180.f0;
static uint32_t *g_287 = (void*)0;
static uint32_t **g_286 = &g_287;
static const int8_t g_308 = 0x9AL;
static int64_t g_338 = 0x9326F60E3B9EFC18LL;
static uint64_t *g_357 = &g_180.f3;
static uint64_t **g_356 = &g_357;
static uint64_t ***g_355 = &g_356;
static int32_t g_372 = 8L;
static uint32_t g_375 = 1UL;
static int8_t g_456 = 0L;
static int32_t g_458 = 3L;
static int32_t g_460 = 9L;
static uint32_t g_461 = 2UL;
static const int32_t *g_480 = (void*)0;
static const int32_t **g_479 = &g_480;
static const int32_t *** const g_478 = &g_479;
static const int32_t *** const *g_477[1][8][4] = {{{&g_478,&g_478,&g_478,&g_478},{&g_478,&g_478,&g_478,&g_478},{&g_478,&g_478,&g_478,&g_478},{&g_478,&g_478,&g_478,&g_478},{&g_478,&g_478,&g_478,&g_478},{&g_478,&g_478,&g_478,&g_478},{&g_478,&g_478,&g_478,&g_478},{&g_478,&g_478,&g_478,&g_478}}};
static int32_t g_487 = 0x134A23CEL;
static int8_t * const *g_557[4][2] = {{&g_216[0],&g_216[0]},{&g_216[0],&g_216[0]},{&g_216[0],&g_216[0]},{&g_216[0],&g_216[0]}};
static int8_t * const **g_556 = &g_557[1][1];
static int8_t * const *** const g_555[3][9] = {{(void*)0,&g_556,&g_556,&g_556,&g_556,&g_556,&g_556,&g_556,&g_556},{&g_556,&g_556,(void*)0,&g_556,&g_556,&g_556,&g_556,&g_556,&g_556},{&g_556,&g_556,&g_556,&g_556,(void*)0,&g_556,&g_556,&g_556,&g_556}};
static int8_t * const ***g_558 = &g_556;
static int16_t g_621 = (-9L);
static uint32_t g_633 = 0xE93672E4L;
static uint8_t *g_706 = &g_241.f1;
static uint8_t **g_705[6] = {&g_706,&g_706,&g_706,&g_706,&g_706,&g_706};
static uint16_t g_739[9] = {65533UL,65533UL,65533UL,65533UL,65533UL,65533UL,65533UL,65533UL,65533UL};
static uint64_t g_743 = 0xB7ABC71B7A8D2AC7LL;
static int32_t *g_764 = (void*)0;
static int16_t ** const g_801 = (void*)0;
static int16_t ** const *g_800 = &g_801;
static const int8_t *g_859 = &g_456;
static const int8_t * const *g_858 = &g_859;
static const int8_t * const **g_857 = &g_858;
static const int8_t * const ***g_856[3] = {&g_857,&g_857,&g_857};
static const uint32_t g_944 = 0UL;
static uint16_t g_993 = 1UL;
static uint16_t g_1056[4][8] = {{1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL},{1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL},{1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL},{1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL}};
static int32_t g_1118 = 0xA131BD47L;
static int16_t g_1120 = 0x26A8L;
static uint64_t g_1121 = 0xBB5305940D2086C8LL;
static int64_t g_1196[9] = {0x69434E8270EEFE9CLL,0x69434E8270EEFE9CLL,0x69434E8270EEFE9CLL,0x69434E8270EEFE9CLL,0x69434E8270EEFE9CLL,0x69434E8270EEFE9CLL,0x69434E8270EEFE9CLL,0x69434E8270EEFE9CLL,0x69434E8270EEFE9CLL};
static uint64_t g_1395 = 0x537CC5653DBA449CLL;
static int64_t g_1426 = 0x37637040CA95049CLL;
static const int32_t *g_1442[9] = {&g_229,&g_229,&g_229,&g_229,&g_229,&g_229,&g_229,&g_229,&g_229};
static const int32_t **g_1441 = &g_1442[5];
static const int32_t ***g_1440 = &g_1441;
static int32_t g_1500 = 0xAE4166DFL;
static int16_t g_1502[4] = {5L,5L,5L,5L};
static uint8_t g_1503[2] = {0x26L,0x26L};
static struct S1 * const g_1523[1] = {&g_241};
static struct S1 * const *g_1522[2][1] = {{&g_1523[0]},{&g_1523[0]}};
static const struct S1 g_1538 = {255UL,0x78L,-1L};
static struct S1 g_1542 = {6UL,6UL,0x75L};
static int32_t *g_1568[9][10] = {{&g_229,&g_1118,&g_487,&g_229,&g_487,&g_1118,&g_229,&g_229,&g_1118,&g_487},{&g_1118,&g_229,&g_229,&g_1118,&g_487,&g_229,&g_487,&g_1118,&g_229,&g_229},{&g_487,&g_229,&g_1118,&g_487,&g_487,&g_118,&g_229,(void*)0,&g_229,&g_118},{&g_1118,&g_229,&g_487,&g_229,&g_1118,&g_118,&g_118,&g_1118,&g_229,&g_487},{(void*)0,(void*)0,&g_487,&g_1118,&g_1118,&g_1118,&g_487,(void*)0,(void*)0,&g_487},{&g_229,&g_1118,&g_118,&g_118,&g_1118,&g_229,&g_487,&g_229,&g_1118,&g_118},{&g_229,(void*)0,&g_229,&g_118,&g_487,&g_487,&g_118,&g_229,(void*)0,&g_229},{&g_229,&g_229,(void*)0,&g_1118,(void*)0,&g_229,&g_229,&g_229,&g_229,(void*)0},{&g_229,&g_229,&g_229,&g_229,(void*)0,&g_1118,(void*)0,&g_229,&g_229,&g_229}};
static int32_t **g_1567[9] = {&g_1568[0][7],&g_1568[0][7],&g_1568[0][7],&g_1568[0][7],&g_1568[0][7],&g_1568[0][7],&g_1568[0][7],&g_1568[0][7],&g_1568[0][7]};
static const int32_t ***g_1576 = &g_479;
static const int32_t ****g_1575 = &g_1576;
static int32_t g_1663 = (-1L);
static uint16_t g_1664[10] = {65528UL,65528UL,0UL,65528UL,65528UL,0UL,65528UL,65528UL,0UL,65528UL};
static int64_t *g_1677 = &g_1196[7];
static int64_t **g_1676 = &g_1677;
static int32_t g_1746 = (-2L);
static uint32_t g_1747 = 0x0D97B1A9L;
static int32_t g_1773 = 0x6038DEC7L;
static int64_t g_1774[5][5][6] = {{{0L,0x57388A7CB6E96375LL,(-7L),0x993B17FCDA7BCEB5LL,0x1F5786AE2F60BAB9LL,1L},{0x57388A7CB6E96375LL,(-1L),0xBEFC7BA094D5EE86LL,(-1L),0L,0x4A2A5C7ADC1FAA92LL},{0xC9B935B43866F6D4LL,4L,0xBA6A1F9D4C82A168LL,0xF77E8CA05BEC2AF1LL,0xD4851205D5925E09LL,0xD4851205D5925E09LL},{8L,(-1L),(-1L),8L,0xF77E8CA05BEC2AF1LL,8L},{4L,6L,0x9BAE5C008FA38A9DLL,0x1F5786AE2F60BAB9LL,0x3F0950D2D185126ALL,0xBEFC7BA094D5EE86LL}},{{0x2DFD1CD10D7D65EFLL,8L,0xB76FF834EA2F7E9DLL,0L,0x3F0950D2D185126ALL,0L},{0xD4851205D5925E09LL,6L,0L,(-1L),0xF77E8CA05BEC2AF1LL,0x6380FAB0B065734BLL},{0x1CF05093708E5246LL,(-1L),0xC9B935B43866F6D4LL,0L,0xD4851205D5925E09LL,0x1F5786AE2F60BAB9LL},{0L,4L,(-1L),0xD4851205D5925E09LL,0L,(-1L)},{0x1F5786AE2F60BAB9LL,(-1L),0x6380FAB0B065734BLL,(-1L),0x1F5786AE2F60BAB9LL,8L}},{{1L,0x57388A7CB6E96375LL,0L,6L,0x2DFD1CD10D7D65EFLL,0x97901F1FF0F5F19ELL},{8L,(-1L),0x4A2A5C7ADC1FAA92LL,0x57388A7CB6E96375LL,2L,0x97901F1FF0F5F19ELL},{1L,0L,0L,0x4A2A5C7ADC1FAA92LL,4L,8L},{2L,0x3F0950D2D185126ALL,0x6380FAB0B065734BLL,1L,0x57388A7CB6E96375LL,(-1L)},{(-7L),(-1L),(-1L),0x97901F1FF0F5F19ELL,1L,0x1F5786AE2F60BAB9LL}},{{0x6380FAB0B065734BLL,0x9BAE5C008FA38A9DLL,0xC9B935B43866F6D4LL,0xC9B935B43866F6D4LL,0x9BAE5C008FA38A9DLL,0x6380FAB0B065734BLL},{0x4A2A5C7ADC1FAA92LL,0x1F5786AE2F60BAB9LL,0L,0x3F0950D2D185126ALL,0x1CF05093708E5246LL,0L},{0L,0xD4851205D5925E09LL,0x2DFD1CD10D7D65EFLL,0xD4851205D5925E09LL,1L,0x1F5786AE2F60BAB9LL},{0x993B17FCDA7BCEB5LL,0L,0xD4851205D5925E09LL,1L,1L,(-7L)},{0xBA6A1F9D4C82A168LL,0x6380FAB0B065734BLL,0x1CF05093708E5246LL,8L,0L,0xBEFC7BA094D5EE86LL}},{{0x57388A7CB6E96375LL,0x1F5786AE2F60BAB9LL,0L,1L,0L,0xBA6A1F9D4C82A168LL},{1L,(-1L),0x1F5786AE2F60BAB9LL,0L,0x1F5786AE2F60BAB9LL,(-1L)},{0L,8L,1L,0xBA6A1F9D4C82A168LL,(-1L),0x9BAE5C008FA38A9DLL},{0L,0x97901F1FF0F5F19ELL,8L,2L,1L,0xB76FF834EA2F7E9DLL},{(-7L),0x97901F1FF0F5F19ELL,1L,1L,(-1L),0L}}};
static int64_t g_1775 = 0xBC1B34D05D7F2922LL;
static int16_t g_1776 = (-1L);
static uint32_t g_1777 = 0x5EC3E28CL;
static struct S0 g_1780[9] = {{0x8414L,0L,18446744073709551607UL,18446744073709551615UL,65535UL,0x0476263CL,-11892},{0x8414L,0L,18446744073709551607UL,18446744073709551615UL,65535UL,0x0476263CL,-11892},{0x8414L,0L,18446744073709551607UL,18446744073709551615UL,65535UL,0x0476263CL,-11892},{0x8414L,0L,18446744073709551607UL,18446744073709551615UL,65535UL,0x0476263CL,-11892},{0x8414L,0L,18446744073709551607UL,18446744073709551615UL,65535UL,0x0476263CL,-11892},{0x8414L,0L,18446744073709551607UL,18446744073709551615UL,65535UL,0x0476263CL,-11892},{0x8414L,0L,18446744073709551607UL,18446744073709551615UL,65535UL,0x0476263CL,-11892},{0x8414L,0L,18446744073709551607UL,18446744073709551615UL,65535UL,0x0476263CL,-11892},{0x8414L,0L,18446744073709551607UL,18446744073709551615UL,65535UL,0x0476263CL,-11892}};
static struct S1 *g_1866 = &g_241;
static struct S1 **g_1865 = &g_1866;


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static int8_t  func_12(struct S0  p_13, struct S0  p_14, uint32_t  p_15, uint16_t  p_16, uint16_t  p_17);
static struct S0  func_18(uint32_t  p_19, int16_t  p_20, struct S1  p_21, uint8_t  p_22);
static const int16_t  func_26(const uint32_t  p_27);
static int32_t * func_28(int32_t * p_29, int32_t * p_30, int64_t  p_31, int32_t * p_32, struct S0  p_33);
static int32_t * func_36(int8_t  p_37, int32_t * const  p_38, int32_t * p_39, int32_t * p_40);
static uint8_t  func_41(int32_t * p_42, int32_t * const  p_43, uint8_t  p_44);
static int32_t * func_45(int32_t  p_46, struct S0  p_47, const uint32_t  p_48, int32_t * p_49, const int16_t  p_50);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_35 g_51 g_58 g_109 g_126 g_125 g_148 g_122 g_110 g_167 g_123 g_87 g_180 g_191 g_215 g_231 g_241 g_248 g_249 g_252 g_1780 g_706 g_355 g_356 g_1676 g_1677 g_1196 g_357 g_1118 g_1663 g_479 g_1121 g_1746
 * writes: g_58 g_51.f6 g_87 g_51.f2 g_51.f3 g_51.f5 g_126 g_142 g_148 g_124 g_167 g_171 g_191 g_180.f4 g_180.f1 g_215 g_122 g_35 g_231 g_51 g_110 g_241.f1 g_241.f2 g_180.f0 g_180.f3 g_1663 g_1196 g_355 g_1120 g_480 g_1865 g_180.f6 g_1121 g_1502 g_1746
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_25 = 0xD2AE857BL;
    uint16_t l_255 = 65529UL;
    struct S1 l_256 = {7UL,0x60L,0x6CL};
    int32_t l_257 = 0x992A0FD9L;
    int16_t l_1781 = 0x7594L;
    g_1746 &= (g_2 ^ (~((safe_lshift_func_int8_t_s_s((safe_sub_func_int8_t_s_s((safe_mod_func_uint64_t_u_u((safe_lshift_func_int8_t_s_s(func_12(func_18((safe_mul_func_int16_t_s_s(l_25, func_26(l_25))), ((g_252 != (void*)0) >= (safe_add_func_int8_t_s_s(l_25, ((((l_25 , ((0xBDAA67B0L | l_25) <= l_255)) || g_241.f2) | l_25) && (-8L))))), l_256, l_257), g_1780[6], l_1781, l_255, (*g_252)), 2)), l_1781)), 0x26L)), 0)) > l_256.f0)));
    return (*g_252);
}


/* ------------------------------------------ */
/* 
 * reads : g_706 g_252 g_180.f0 g_180.f2 g_249 g_109 g_110 g_248 g_355 g_356 g_35 g_241.f2 g_1676 g_1677 g_1196 g_357 g_180.f3 g_180.f5 g_1118 g_51 g_1663 g_479 g_180.f6 g_1121
 * writes: g_241.f1 g_110 g_241.f2 g_180.f0 g_35 g_180.f3 g_1663 g_1196 g_355 g_1120 g_480 g_215 g_1865 g_180.f6 g_1121 g_1502
 */
static int8_t  func_12(struct S0  p_13, struct S0  p_14, uint32_t  p_15, uint16_t  p_16, uint16_t  p_17)
{ /* block id: 756 */
    uint16_t l_1786 = 65535UL;
    int64_t l_1791 = 6L;
    int32_t *l_1797 = &g_180.f5;
    int32_t *l_1800 = &g_35;
    int32_t l_1801 = 1L;
    int8_t *l_1802 = (void*)0;
    int8_t *l_1803 = &g_241.f2;
    struct S1 l_1829[8][4][7] = {{{{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L}},{{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL}},{{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L}},{{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L}}},{{{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L}},{{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL}},{{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L}},{{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L}}},{{{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L}},{{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL}},{{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L}},{{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L}}},{{{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L}},{{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL}},{{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L}},{{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L}}},{{{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L}},{{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL}},{{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L}},{{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L}}},{{{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L}},{{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL}},{{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L}},{{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L}}},{{{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L}},{{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL}},{{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L}},{{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L}}},{{{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L}},{{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL},{0x28L,0UL,-1L},{0xA6L,1UL,0x1DL}},{{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L},{0xEFL,1UL,0L},{0xEFL,1UL,0L},{5UL,8UL,-9L},{5UL,8UL,-9L}},{{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L},{0x28L,0UL,-1L},{2UL,0xCFL,0x24L}}}};
    int32_t l_1831 = 7L;
    int32_t l_1839[5][2] = {{(-1L),(-1L)},{0x1C493D7AL,(-1L)},{(-1L),0x1C493D7AL},{(-1L),(-1L)},{0x1C493D7AL,(-1L)}};
    uint64_t l_1840 = 3UL;
    struct S1 * const *l_1867 = &g_1866;
    struct S1 * const **l_1868 = &l_1867;
    int32_t *l_1870[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int16_t l_1898[8] = {0xEE28L,0xEE28L,0xEE28L,0xEE28L,0xEE28L,0xEE28L,0xEE28L,0xEE28L};
    uint32_t l_1901 = 0x8A374811L;
    int i, j, k;
    (*l_1800) = (safe_sub_func_uint32_t_u_u(((safe_lshift_func_uint16_t_u_s(((*g_252) = (l_1786 , (safe_add_func_int64_t_s_s((((*l_1803) |= ((0x3B98L || (((safe_mul_func_uint8_t_u_u(l_1791, (((*g_706) = p_13.f3) <= (((safe_div_func_int16_t_s_s(((+p_13.f0) < (*g_252)), ((((p_13.f6 = (g_180.f2 , ((l_1797 = ((***g_248) = (**g_249))) == ((safe_mod_func_uint16_t_u_u((l_1791 >= l_1791), 1L)) , l_1800)))) ^ l_1801) , p_13.f1) || 0UL))) , (void*)0) == (*g_355))))) ^ (*l_1800)) | p_14.f4)) == 0x464DC819L)) & p_17), (**g_1676))))), (*l_1800))) ^ (*l_1800)), p_14.f2));
    if (((safe_div_func_int64_t_s_s(((~(p_13.f2 & ((safe_sub_func_int64_t_s_s((*g_1677), (func_18(((safe_mod_func_int8_t_s_s(((!(((((safe_add_func_int32_t_s_s((p_14.f5 = ((***g_249) = ((((+((*g_1677) == (*l_1800))) ^ (safe_lshift_func_uint16_t_u_s((((safe_rshift_func_uint16_t_u_u((((*g_706) = 255UL) , 8UL), 14)) | ((&p_17 == ((p_13.f3 < (safe_div_func_int16_t_s_s((((*g_357)--) || ((++(*g_252)) == ((safe_mul_func_int16_t_s_s((((p_13.f6 ^ p_13.f5) >= p_17) != 0xBEB81B26BA9047CELL), (*l_1800))) <= (*l_1800)))), (*l_1797)))) , (void*)0)) > (*l_1797))) || p_17), p_13.f4))) >= 0UL) | (*l_1797)))), 4294967290UL)) , p_14.f3) , (*l_1800)) & p_13.f0) , p_14.f1)) & p_14.f4), p_14.f0)) | 1L), g_1118, l_1829[3][1][5], p_14.f6) , 18446744073709551610UL))) || (*l_1797)))) && 4294967295UL), p_16)) ^ 0L))
    { /* block id: 769 */
        int8_t *l_1830 = &g_241.f2;
        int32_t *l_1832 = &l_1831;
        int32_t *l_1833 = &g_1746;
        int32_t *l_1834 = &g_1500;
        int32_t *l_1835 = &g_51.f5;
        int32_t *l_1836 = &g_35;
        int32_t *l_1837 = (void*)0;
        int32_t *l_1838[10][8][3] = {{{&g_35,&g_1663,&g_372},{&g_51.f5,&g_35,&g_1780[6].f5},{&g_35,&g_35,&g_372},{&g_35,&g_51.f5,&g_1780[6].f5},{&g_1663,&g_35,&g_372},{&g_51.f5,&g_51.f5,&g_1780[6].f5},{&g_35,&g_1663,&g_372},{&g_51.f5,&g_35,&g_1780[6].f5}},{{&g_35,&g_35,&g_372},{&g_35,&g_51.f5,&g_1780[6].f5},{&g_1663,&g_35,&g_372},{&g_51.f5,&g_51.f5,&g_1780[6].f5},{&g_35,&g_1663,&g_372},{&g_51.f5,&g_35,&g_1780[6].f5},{&g_35,&g_35,&g_372},{&g_35,&g_51.f5,&g_1780[6].f5}},{{&g_1663,&g_35,&g_372},{&g_51.f5,&g_51.f5,&g_1780[6].f5},{&g_35,&g_1663,&g_372},{&g_51.f5,&g_35,&g_1780[6].f5},{&g_35,&g_35,&g_372},{&g_35,&g_51.f5,&g_1780[6].f5},{&g_1663,&g_35,&g_372},{&g_51.f5,&g_51.f5,&g_1780[6].f5}},{{&g_35,&g_1663,&g_372},{&g_51.f5,&g_372,&g_51.f5},{&g_1663,&g_1663,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1746,(void*)0,&g_35},{&g_1663,&g_1663,&g_51.f5},{(void*)0,&g_1746,&g_35},{&g_372,&g_372,&g_51.f5}},{{&g_1663,&g_1663,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1746,(void*)0,&g_35},{&g_1663,&g_1663,&g_51.f5},{(void*)0,&g_1746,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1663,&g_1663,&g_35},{&g_372,&g_372,&g_51.f5}},{{&g_1746,(void*)0,&g_35},{&g_1663,&g_1663,&g_51.f5},{(void*)0,&g_1746,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1663,&g_1663,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1746,(void*)0,&g_35},{&g_1663,&g_1663,&g_51.f5}},{{(void*)0,&g_1746,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1663,&g_1663,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1746,(void*)0,&g_35},{&g_1663,&g_1663,&g_51.f5},{(void*)0,&g_1746,&g_35},{&g_372,&g_372,&g_51.f5}},{{&g_1663,&g_1663,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1746,(void*)0,&g_35},{&g_1663,&g_1663,&g_51.f5},{(void*)0,&g_1746,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1663,&g_1663,&g_35},{&g_372,&g_372,&g_51.f5}},{{&g_1746,(void*)0,&g_35},{&g_1663,&g_1663,&g_51.f5},{(void*)0,&g_1746,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1663,&g_1663,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1746,(void*)0,&g_35},{&g_1663,&g_1663,&g_51.f5}},{{(void*)0,&g_1746,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1663,&g_1663,&g_35},{&g_372,&g_372,&g_51.f5},{&g_1746,(void*)0,&g_35},{&g_1663,&g_1663,&g_51.f5},{(void*)0,&g_1746,&g_35},{&g_372,&g_372,&g_51.f5}}};
        int i, j, k;
        (***g_249) = ((((void*)0 == l_1830) , (-1L)) < (*l_1800));
        l_1840--;
    }
    else
    { /* block id: 772 */
        uint32_t l_1847 = 0UL;
        uint32_t l_1854[2][9][9] = {{{0x98AF51ECL,0x894CC994L,1UL,1UL,0xAE484768L,0x6C595A92L,7UL,0x894CC994L,7UL},{0xA16A502EL,0x42D5496CL,0x4D412E34L,18446744073709551615UL,0x80C5EFE8L,8UL,18446744073709551615UL,0x8A309F18L,4UL},{0xF49A9B5BL,0xDAC61ABBL,18446744073709551614UL,0xF49A9B5BL,1UL,0x2AC07191L,0x21CD5033L,18446744073709551613UL,0x0DE5D286L},{0UL,18446744073709551614UL,0x6E8E0ED8L,0UL,0UL,0x6E8E0ED8L,18446744073709551614UL,0UL,0xFB370E4EL},{0x510A1A9AL,1UL,0xAE484768L,0xFB5ED473L,6UL,1UL,0UL,6UL,0UL},{1UL,0xBFAF12C3L,0UL,0xDF77F3F5L,18446744073709551614UL,18446744073709551615UL,0x83722152L,0x2BE0C6B7L,0xFB370E4EL},{0x7CA0284DL,0x510A1A9AL,0x21CD5033L,0UL,0x1F803C36L,0UL,0x7CA0284DL,0x417871B5L,0xAE484768L},{0x83722152L,0UL,0UL,0xDF77F3F5L,1UL,0xA16A502EL,1UL,0xDF77F3F5L,0UL},{0UL,0UL,0x98AF51ECL,0xFB5ED473L,0xF84FB8B4L,0xDAC61ABBL,0x510A1A9AL,0x417871B5L,0UL}},{{18446744073709551614UL,0x33589E21L,18446744073709551615UL,0UL,0x33589E21L,0UL,0UL,0x2BE0C6B7L,0x80C5EFE8L},{0x417871B5L,0x6BA83CC5L,0x98AF51ECL,0x8C23C7A9L,0x7CA0284DL,0xF49A9B5BL,0x8C23C7A9L,6UL,0x894CC994L},{0x33589E21L,0x9CF0A59DL,0UL,1UL,4UL,0x8A309F18L,0UL,0UL,0x8A309F18L},{0xD95997C2L,6UL,0x21CD5033L,6UL,0xD95997C2L,18446744073709551615UL,0x510A1A9AL,0UL,18446744073709551613UL},{0xBFAF12C3L,0x9CF0A59DL,0UL,0UL,0x2BE0C6B7L,2UL,1UL,0x9CF0A59DL,0xA16A502EL},{0xFB5ED473L,0x6BA83CC5L,0xAE484768L,0xD95997C2L,0UL,18446744073709551615UL,0x7CA0284DL,0xC714A3B0L,1UL},{18446744073709551615UL,0x33589E21L,0x6E8E0ED8L,18446744073709551615UL,0UL,0x8A309F18L,0x83722152L,18446744073709551614UL,9UL},{0xFB5ED473L,0UL,0xF49A9B5BL,1UL,1UL,0xF49A9B5BL,0UL,0xFB5ED473L,0x21CD5033L},{0xBFAF12C3L,0UL,9UL,0UL,0UL,0UL,18446744073709551614UL,0UL,0x42D5496CL}}};
        uint64_t ***l_1855 = &g_356;
        uint64_t ****l_1856[7];
        int16_t *l_1857 = &g_1120;
        struct S0 *l_1858 = &g_1780[6];
        int i, j, k;
        for (i = 0; i < 7; i++)
            l_1856[i] = &l_1855;
        for (g_1663 = 0; (g_1663 == 3); g_1663++)
        { /* block id: 775 */
            return p_13.f0;
        }
        if ((((((safe_sub_func_uint64_t_u_u(((*g_357) | l_1847), ((**g_1676) = (*g_1677)))) > (safe_sub_func_int16_t_s_s((-1L), ((*l_1800) , ((*l_1857) = ((*l_1800) < (safe_add_func_int8_t_s_s(((((safe_sub_func_uint8_t_u_u(l_1854[1][0][8], (&g_356 == (g_355 = l_1855)))) , l_1854[0][3][8]) & l_1854[1][0][8]) <= l_1854[1][6][0]), p_13.f3)))))))) > p_13.f3) , (*g_252)) , l_1847))
        { /* block id: 781 */
            l_1858 = &g_1780[7];
        }
        else
        { /* block id: 783 */
            (*g_479) = &l_1831;
        }
    }
    g_180.f6 ^= (((safe_div_func_uint32_t_u_u(((l_1829[3][1][5] , 0xA2266334L) == 0xDAF58CAAL), (((&g_800 == (((safe_rshift_func_uint16_t_u_u(((*l_1797) >= ((g_215 = &l_1802) != ((safe_add_func_uint16_t_u_u(((g_1865 = (void*)0) != ((*l_1868) = l_1867)), ((~(((4294967293UL & (*l_1797)) != (*l_1800)) || (*l_1800))) , p_17))) , (void*)0))), 10)) & (*l_1800)) , &g_800)) ^ p_14.f4) , p_17))) >= p_14.f5) == p_14.f5);
    for (g_1121 = 0; (g_1121 == 5); g_1121++)
    { /* block id: 793 */
        uint64_t *l_1899 = &g_1121;
        int32_t l_1900 = (-1L);
        int16_t *l_1902 = &g_1502[1];
        (****g_248) = (safe_add_func_uint64_t_u_u(((safe_lshift_func_uint16_t_u_s((*l_1800), ((*l_1902) = (safe_div_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(0x39F3L, (~(safe_add_func_uint16_t_u_u(((**g_356) == (safe_mul_func_uint8_t_u_u((safe_mod_func_int32_t_s_s((((safe_sub_func_uint64_t_u_u((((((((safe_sub_func_int8_t_s_s((-1L), 0x4EL)) & (safe_mod_func_uint16_t_u_u(65535UL, (safe_lshift_func_int8_t_s_s(((((((safe_mod_func_uint64_t_u_u(l_1898[5], 1L)) , (**g_248)) != (void*)0) | 4294967295UL) != p_13.f0) , 0x9BL), 7))))) ^ (-5L)) & (-6L)) <= (**g_356)) , (void*)0) != l_1899), (**g_1676))) != 0UL) < l_1900), 4294967292UL)), l_1900))), l_1901))))), 0xB368L))))) && 0x266BA04DEFD035EFLL), l_1900));
    }
    return p_16;
}


/* ------------------------------------------ */
/* 
 * reads : g_51
 * writes:
 */
static struct S0  func_18(uint32_t  p_19, int16_t  p_20, struct S1  p_21, uint8_t  p_22)
{ /* block id: 100 */
    const int32_t l_294 = (-3L);
    int32_t l_302 = 1L;
    int32_t ****l_329 = &g_249;
    int16_t *l_332[1];
    int32_t *l_362 = &g_35;
    uint32_t l_380 = 0x327D8690L;
    int32_t l_397 = (-1L);
    int32_t l_398 = 1L;
    int32_t l_399 = 0x724EEBE0L;
    int32_t l_400 = 0L;
    int32_t l_401[4][10][6] = {{{0x91C010ECL,0xD9A5322FL,(-1L),0xBD690EF3L,0x0311864CL,0L},{0L,(-4L),0x4FBF150CL,(-1L),(-4L),0xCCB60AA2L},{0xD9A5322FL,0xCCB60AA2L,(-1L),(-1L),(-1L),(-1L)},{0x43B0D8F9L,0x43B0D8F9L,(-1L),0xC809BEB0L,0xE6CCE7E1L,(-4L)},{(-8L),0x1B9809EBL,(-1L),0xB1A95B7AL,(-1L),(-1L)},{0xFFACCB4FL,(-8L),(-1L),(-1L),0x43B0D8F9L,(-4L)},{1L,(-1L),(-1L),0x4DEF4549L,0L,(-1L)},{0x4DEF4549L,0L,(-1L),0x91C010ECL,(-3L),0xCCB60AA2L},{0x0CC36001L,0x31C70529L,0x4FBF150CL,0x1B9809EBL,7L,0L},{7L,0xB91D493BL,(-1L),(-5L),0xCFB12D96L,(-5L)}},{{(-1L),0x4DEF4549L,(-1L),(-6L),(-6L),0x6593BADFL},{(-5L),0xB1A95B7AL,0xFFACCB4FL,0xCCB60AA2L,(-3L),0x91C010ECL},{(-4L),1L,(-4L),0xCCB60AA2L,(-1L),(-6L)},{(-5L),(-1L),1L,(-6L),0x7F607830L,(-6L)},{(-1L),0L,(-8L),(-5L),0x43B0D8F9L,(-1L)},{(-1L),8L,(-3L),9L,(-6L),0xB91D493BL},{0xFFACCB4FL,0x54D0A62DL,0xE6CCE7E1L,0x7F607830L,0xC809BEB0L,0xC809BEB0L},{0x91C010ECL,(-5L),(-5L),0x91C010ECL,(-4L),0xFFACCB4FL},{0x0311864CL,(-3L),(-1L),(-1L),1L,(-4L)},{0x54D0A62DL,(-6L),0x6593BADFL,0xBD690EF3L,1L,(-1L)}},{{(-8L),(-3L),0x31C70529L,0xD9A5322FL,(-4L),0x1B9809EBL},{0xCCB60AA2L,(-5L),(-8L),0x31C70529L,0xC809BEB0L,9L},{(-6L),0x54D0A62DL,0L,7L,(-6L),0x31C70529L},{0x4DEF4549L,8L,0x7F607830L,(-3L),0x43B0D8F9L,0x0311864CL},{0x7F607830L,0L,(-1L),0L,0x7F607830L,0xCFB12D96L},{(-6L),(-1L),9L,0x43B0D8F9L,(-1L),(-4L)},{0xD9A5322FL,1L,0x54D0A62DL,(-1L),(-3L),(-4L)},{(-1L),0xB1A95B7AL,9L,0xE6CCE7E1L,(-6L),0xCFB12D96L},{(-3L),0x4DEF4549L,(-1L),(-1L),0xCFB12D96L,0x0311864CL},{(-8L),0xB91D493BL,0x7F607830L,(-4L),(-1L),0x31C70529L}},{{0x9D2B86C4L,0xCFB12D96L,0L,0x0311864CL,(-8L),9L},{0x1B9809EBL,0x6593BADFL,(-8L),(-8L),0x6593BADFL,0x1B9809EBL},{8L,(-1L),0x31C70529L,1L,0xCCB60AA2L,(-1L)},{0xB91D493BL,(-8L),0x6593BADFL,(-1L),0x9D2B86C4L,(-4L)},{0xB91D493BL,9L,(-1L),1L,(-1L),0xFFACCB4FL},{8L,0xCCB60AA2L,(-5L),(-8L),0x31C70529L,0xC809BEB0L},{0x1B9809EBL,1L,0xE6CCE7E1L,0x0311864CL,(-1L),0xB91D493BL},{0x9D2B86C4L,0xE6CCE7E1L,(-3L),(-4L),0x0CC36001L,(-1L)},{(-8L),(-6L),(-8L),(-1L),(-8L),(-6L)},{(-3L),(-1L),1L,0xE6CCE7E1L,0xB1A95B7AL,(-6L)}}};
    uint64_t **l_450 = (void*)0;
    uint8_t l_512[4][7] = {{0xB7L,0xB7L,0xB0L,0xB7L,0xB7L,0xB0L,0xC5L},{0xC5L,0xB0L,0xB0L,0xC5L,0xB0L,0xB0L,0xC5L},{0xB0L,0xC5L,0xB0L,0xB0L,0xC5L,0xB0L,0xB0L},{0xC5L,0xC5L,0xB7L,0xC5L,0xC5L,0xB7L,0xC5L}};
    uint64_t l_514[1];
    struct S0 l_539[4] = {{0x3E27L,0xC8EFL,3UL,0x5DC21CE7C0A39BC8LL,1UL,2L,-9026},{0x3E27L,0xC8EFL,3UL,0x5DC21CE7C0A39BC8LL,1UL,2L,-9026},{0x3E27L,0xC8EFL,3UL,0x5DC21CE7C0A39BC8LL,1UL,2L,-9026},{0x3E27L,0xC8EFL,3UL,0x5DC21CE7C0A39BC8LL,1UL,2L,-9026}};
    const int32_t *l_561[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
    int64_t l_663 = 0L;
    int8_t ***l_732 = &g_215;
    const struct S1 l_755 = {0x6CL,0x9FL,-7L};
    uint32_t **l_799 = &g_287;
    uint32_t l_848 = 0xCCDDF62FL;
    int32_t l_971 = 0x808C7A12L;
    int8_t ****l_985 = &l_732;
    int8_t *****l_984 = &l_985;
    const int32_t l_1099 = 0xA8C262CFL;
    uint32_t l_1153 = 18446744073709551615UL;
    int16_t **l_1176 = &l_332[0];
    int16_t ***l_1175 = &l_1176;
    int16_t ****l_1174 = &l_1175;
    uint32_t l_1178 = 0x843FCD60L;
    uint8_t ** const l_1214 = &g_706;
    int64_t l_1272 = (-5L);
    uint8_t l_1321 = 1UL;
    int8_t **l_1323 = &g_216[0];
    uint32_t l_1329[10] = {0xC9F156C1L,0xC9F156C1L,0xC9F156C1L,0xC9F156C1L,0xC9F156C1L,0xC9F156C1L,0xC9F156C1L,0xC9F156C1L,0xC9F156C1L,0xC9F156C1L};
    uint64_t l_1400 = 0xF82A0DDB1C136FCELL;
    int16_t l_1490 = 0x9148L;
    struct S1 *l_1521 = &g_241;
    struct S1 **l_1520 = &l_1521;
    int32_t l_1556[8] = {1L,1L,1L,1L,1L,1L,1L,1L};
    uint32_t *l_1557 = &l_380;
    int32_t **l_1599 = &g_1568[3][6];
    int32_t l_1662 = 0x54B15562L;
    uint64_t l_1715 = 0x00F0464B80DC3E13LL;
    uint8_t ** const *l_1758 = (void*)0;
    uint8_t ** const **l_1757 = &l_1758;
    uint8_t ** const ***l_1756[2][9][5] = {{{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757}},{{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757},{&l_1757,&l_1757,&l_1757,&l_1757,&l_1757}}};
    int32_t *l_1769 = &l_401[1][0][3];
    int32_t *l_1770 = &g_1500;
    int32_t *l_1771[3];
    int32_t l_1772 = 0x49261EF5L;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_332[i] = (void*)0;
    for (i = 0; i < 1; i++)
        l_514[i] = 0x953449A3642B52DALL;
    for (i = 0; i < 3; i++)
        l_1771[i] = &l_399;
    return g_51;
}


/* ------------------------------------------ */
/* 
 * reads : g_35 g_51 g_58 g_2 g_109 g_126 g_125 g_148 g_122 g_110 g_167 g_123 g_87 g_180 g_191 g_215 g_231 g_241 g_248 g_249
 * writes: g_58 g_51.f6 g_87 g_51.f2 g_51.f3 g_51.f5 g_126 g_142 g_148 g_124 g_167 g_171 g_191 g_180.f4 g_180.f1 g_215 g_122 g_35 g_231 g_51 g_110
 */
static const int16_t  func_26(const uint32_t  p_27)
{ /* block id: 1 */
    int32_t *l_34 = &g_35;
    uint16_t l_56[8][7] = {{0x6A6CL,0xF396L,0x3856L,1UL,65527UL,0xA504L,65527UL},{4UL,8UL,8UL,4UL,0xFEFEL,1UL,0xFEFEL},{0x6A6CL,0xF396L,0x3856L,1UL,65527UL,0xA504L,65527UL},{4UL,8UL,8UL,4UL,0xFEFEL,1UL,0xFEFEL},{0x6A6CL,0xF396L,0x3856L,1UL,65527UL,0xA504L,65527UL},{4UL,8UL,8UL,4UL,0xFEFEL,1UL,0xFEFEL},{0x6A6CL,0xF396L,0x3856L,1UL,65527UL,0xA504L,65527UL},{4UL,8UL,8UL,4UL,65533UL,0xD2CFL,65533UL}};
    uint64_t *l_57 = &g_58;
    int8_t *l_170[6][9][1] = {{{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148}},{{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148}},{{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148}},{{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148}},{{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148}},{{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148},{&g_148}}};
    int i, j, k;
    (***g_248) = func_28(l_34, &g_35, g_35, func_36((g_171[0] = ((func_41(func_45(p_27, g_51, (((*l_57) |= (0L < (safe_rshift_func_uint8_t_u_u(((((safe_mod_func_int8_t_s_s(g_35, 0xD9L)) , l_56[4][5]) >= 0xD009L) == 0UL), 0)))) , g_58), l_34, p_27), l_34, g_125) , 0x9A96C7A1140AC0B4LL) || g_51.f5)), (*g_109), (*g_109), l_34), g_180);
    return p_27;
}


/* ------------------------------------------ */
/* 
 * reads : g_51.f2 g_191 g_35 g_126 g_180.f1 g_215 g_122 g_180.f4 g_231 g_241 g_51.f6 g_51.f4 g_248 g_249 g_109 g_110
 * writes: g_51.f2 g_191 g_180.f4 g_180.f1 g_215 g_122 g_35 g_231 g_51 g_87
 */
static int32_t * func_28(int32_t * p_29, int32_t * p_30, int64_t  p_31, int32_t * p_32, struct S0  p_33)
{ /* block id: 63 */
    int32_t ***l_198 = (void*)0;
    const int32_t ***l_199[1][1];
    int32_t l_228 = 0xE404C5C0L;
    struct S0 l_234 = {0x7751L,0x52BAL,6UL,18446744073709551615UL,6UL,-2L,14765};
    struct S0 *l_235[5] = {&g_180,&g_180,&g_180,&g_180,&g_180};
    int32_t l_242 = 4L;
    uint32_t l_245 = 18446744073709551615UL;
    int64_t *l_246 = (void*)0;
    int64_t *l_247 = &g_87;
    int32_t *l_250 = (void*)0;
    int32_t *l_251 = &g_51.f5;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_199[i][j] = (void*)0;
    }
    for (g_51.f2 = 5; (g_51.f2 <= 58); g_51.f2++)
    { /* block id: 66 */
        int32_t *l_183 = &g_35;
        int32_t *l_184 = (void*)0;
        int32_t *l_185 = &g_35;
        int32_t *l_186 = (void*)0;
        int32_t *l_187 = &g_180.f5;
        int32_t *l_188 = (void*)0;
        int32_t *l_189 = (void*)0;
        int32_t *l_190[3];
        const int32_t ****l_200 = &l_199[0][0];
        const int32_t *l_204 = &g_205;
        const int32_t **l_203 = &l_204;
        const int32_t ***l_202 = &l_203;
        const int32_t ****l_201 = &l_202;
        uint64_t *l_209 = &g_51.f3;
        uint64_t **l_208 = &l_209;
        uint16_t *l_210 = &g_180.f4;
        uint32_t l_219 = 0xF4AEB97DL;
        int i;
        for (i = 0; i < 3; i++)
            l_190[i] = &g_35;
        g_191++;
        if ((*p_32))
            break;
        (*l_203) = (((safe_sub_func_uint64_t_u_u(p_33.f1, g_126[5][0][9])) < (1UL | (((((*l_210) = (((safe_add_func_int8_t_s_s(p_33.f2, (l_198 != ((*l_201) = ((*l_200) = l_199[0][0]))))) & (safe_add_func_uint8_t_u_u((l_208 == (void*)0), 0x22L))) , g_180.f1)) > p_33.f2) ^ 0x8069DB77638222FELL) , p_33.f5))) , (void*)0);
        for (g_180.f1 = 0; (g_180.f1 != (-2)); --g_180.f1)
        { /* block id: 75 */
            uint32_t *l_214 = &g_142;
            uint32_t **l_213 = &l_214;
            int32_t l_218 = 0x954F1852L;
            if ((((*l_213) = l_187) == l_183))
            { /* block id: 77 */
                int8_t ***l_217 = &g_215;
                (*l_217) = g_215;
                l_219--;
            }
            else
            { /* block id: 80 */
                int8_t l_226 = (-2L);
                int32_t l_227 = (-1L);
                int32_t l_230 = (-4L);
                for (g_122 = 3; (g_122 <= 20); g_122++)
                { /* block id: 83 */
                    (*l_183) &= (0xEDL == (safe_mul_func_int16_t_s_s(g_180.f1, ((*l_210) |= p_33.f2))));
                }
                ++g_231;
                p_33 = p_33;
            }
            return p_30;
        }
    }
    g_51 = l_234;
    (*l_251) = ((*p_32) = (safe_lshift_func_int8_t_s_u((&l_198 != ((safe_unary_minus_func_int16_t_s((safe_rshift_func_int16_t_s_u((g_126[2][0][6] || (g_241 , (g_51.f6 == (l_242 <= (safe_sub_func_uint64_t_u_u(p_33.f2, ((*l_247) = (((p_33 , (l_245 , g_51.f4)) <= 6UL) & p_33.f2)))))))), 14)))) , g_248)), 4)));
    return (**g_249);
}


/* ------------------------------------------ */
/* 
 * reads : g_87 g_51.f5
 * writes: g_87 g_51.f5
 */
static int32_t * func_36(int8_t  p_37, int32_t * const  p_38, int32_t * p_39, int32_t * p_40)
{ /* block id: 54 */
    uint32_t l_177 = 1UL;
    for (g_87 = 1; (g_87 >= 0); g_87 -= 1)
    { /* block id: 57 */
        int32_t *l_172 = &g_51.f5;
        int32_t *l_173 = &g_51.f5;
        int32_t *l_174 = &g_51.f5;
        int32_t *l_175 = &g_51.f5;
        int32_t *l_176[6][1] = {{&g_51.f5},{&g_35},{&g_51.f5},{&g_35},{&g_51.f5},{&g_35}};
        int i, j;
        p_40 = p_39;
        g_51.f5 &= 0xE21D3D7BL;
        l_177++;
    }
    return p_39;
}


/* ------------------------------------------ */
/* 
 * reads : g_167 g_109 g_110 g_51.f5 g_123
 * writes: g_167 g_51.f5
 */
static uint8_t  func_41(int32_t * p_42, int32_t * const  p_43, uint8_t  p_44)
{ /* block id: 49 */
    int32_t *l_151 = &g_51.f5;
    int32_t *l_152 = (void*)0;
    int32_t *l_153 = &g_51.f5;
    int32_t *l_154 = &g_51.f5;
    int32_t l_155 = 0L;
    int32_t l_156 = (-4L);
    int32_t *l_157 = &g_51.f5;
    int32_t *l_158 = &g_51.f5;
    int32_t *l_159 = &l_156;
    int32_t *l_160 = (void*)0;
    int32_t l_161[2];
    int32_t *l_162 = &l_161[0];
    int32_t *l_163 = &g_51.f5;
    int32_t *l_164 = (void*)0;
    int32_t *l_165 = &l_161[0];
    int32_t *l_166[10][5][5] = {{{&g_35,(void*)0,&l_161[0],&l_156,(void*)0},{&g_35,&g_35,&l_156,&l_161[1],&l_155},{&l_161[0],&l_156,&l_161[0],(void*)0,&g_35},{&l_155,&g_35,(void*)0,&l_161[1],(void*)0},{&g_51.f5,&l_161[0],&g_35,(void*)0,(void*)0}},{{&l_161[0],(void*)0,&g_35,(void*)0,&g_35},{(void*)0,&l_156,(void*)0,(void*)0,&l_156},{&l_155,(void*)0,&l_161[0],&l_161[0],&g_51.f5},{&g_35,&l_161[0],&l_156,&g_35,&l_161[0]},{&l_161[1],(void*)0,&l_161[0],&l_161[0],(void*)0}},{{&g_35,&g_35,(void*)0,&g_51.f5,(void*)0},{&l_155,&l_161[1],&g_35,&l_161[0],&g_51.f5},{(void*)0,&l_161[0],&g_51.f5,&g_35,&g_35},{&l_161[0],(void*)0,&l_161[0],&g_35,&g_35},{&g_51.f5,&l_161[1],&g_35,&l_161[0],&g_35}},{{&l_155,&l_155,&l_155,&g_51.f5,(void*)0},{&l_161[0],&g_51.f5,&l_161[1],&l_161[0],&l_155},{&g_35,&g_35,(void*)0,&g_35,&l_161[0]},{&g_35,&g_51.f5,&l_155,&l_161[0],&l_161[0]},{&g_35,&l_155,&g_35,(void*)0,&l_161[1]}},{{&g_35,&l_161[1],(void*)0,(void*)0,&g_51.f5},{&l_161[0],(void*)0,(void*)0,(void*)0,&g_51.f5},{&l_155,&l_161[0],&l_161[0],&l_161[1],&l_161[1]},{&g_35,&l_161[1],&g_35,(void*)0,&l_161[0]},{(void*)0,&g_35,&g_35,&l_161[0],(void*)0}},{{(void*)0,&l_161[0],&l_161[0],&l_161[0],(void*)0},{(void*)0,&l_161[1],&g_35,(void*)0,&l_161[0]},{(void*)0,&g_35,&g_35,(void*)0,&l_155},{&g_51.f5,&g_35,(void*)0,&g_35,(void*)0},{&l_161[1],&g_35,&l_161[1],(void*)0,&g_51.f5}},{{&l_161[1],(void*)0,&g_35,(void*)0,&g_51.f5},{&g_51.f5,&g_51.f5,&g_51.f5,&g_51.f5,&g_35},{(void*)0,&l_161[0],&l_155,&g_35,(void*)0},{(void*)0,&l_156,(void*)0,&g_35,&l_161[1]},{(void*)0,(void*)0,&l_161[0],&g_35,(void*)0}},{{&l_156,&l_161[0],&g_35,&g_51.f5,&g_35},{&g_35,(void*)0,&l_155,(void*)0,&l_155},{&g_35,&g_35,&g_35,(void*)0,(void*)0},{&l_161[0],&g_35,&g_51.f5,&g_35,&l_161[1]},{&l_161[0],(void*)0,&l_155,(void*)0,&l_161[0]}},{{&l_161[1],&l_161[0],&l_161[0],(void*)0,&l_155},{(void*)0,(void*)0,(void*)0,&l_161[0],&l_155},{&g_51.f5,&l_156,&g_35,&l_161[0],&l_155},{&g_35,&l_161[0],(void*)0,&l_161[0],&l_161[0]},{&l_155,&g_51.f5,&l_156,&l_161[0],&l_161[1]}},{{(void*)0,(void*)0,&l_161[1],&g_35,(void*)0},{&g_35,&g_35,&l_161[1],(void*)0,&l_155},{&g_35,&g_35,&l_156,&l_156,&g_35},{(void*)0,&g_35,(void*)0,&g_35,(void*)0},{&l_156,&l_161[1],&g_35,&l_161[0],&l_161[1]}}};
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_161[i] = 0xCCE8995DL;
    g_167[1]++;
    (*l_154) &= ((p_44 , (*g_109)) != p_42);
    return g_123;
}


/* ------------------------------------------ */
/* 
 * reads : g_51.f1 g_35 g_2 g_51.f3 g_51.f2 g_51.f6 g_58 g_51.f5 g_109 g_126 g_125 g_51.f4 g_148 g_122 g_110
 * writes: g_51.f6 g_58 g_87 g_51.f2 g_51.f3 g_51.f5 g_126 g_142 g_148 g_124
 */
static int32_t * func_45(int32_t  p_46, struct S0  p_47, const uint32_t  p_48, int32_t * p_49, const int16_t  p_50)
{ /* block id: 3 */
    uint32_t l_85 = 0xA2297682L;
    int32_t l_113 = 0x81ECF37DL;
    int64_t *l_149 = &g_87;
    for (p_47.f5 = 10; (p_47.f5 < 18); p_47.f5 = safe_add_func_uint16_t_u_u(p_47.f5, 5))
    { /* block id: 6 */
        uint64_t *l_62 = (void*)0;
        uint64_t **l_61[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        uint64_t ***l_63 = &l_61[3];
        int32_t l_88 = 0x27FA81B2L;
        uint16_t l_104 = 4UL;
        int32_t **l_112 = &g_110;
        uint32_t l_114 = 0x4A4DC89BL;
        int i;
        (*l_63) = (g_51.f1 , l_61[3]);
        for (p_47.f2 = 18; (p_47.f2 < 33); p_47.f2++)
        { /* block id: 10 */
            int32_t *l_67[8][4][1] = {{{&g_51.f5},{&g_51.f5},{&g_35},{&g_51.f5}},{{&g_51.f5},{&g_35},{&g_35},{&g_51.f5}},{{&g_51.f5},{&g_35},{&g_51.f5},{&g_51.f5}},{{&g_35},{&g_35},{&g_51.f5},{&g_51.f5}},{{&g_35},{&g_51.f5},{&g_51.f5},{&g_35}},{{&g_35},{&g_51.f5},{&g_51.f5},{&g_35}},{{&g_51.f5},{&g_51.f5},{&g_35},{&g_35}},{{&g_51.f5},{&g_51.f5},{&g_35},{&g_51.f5}}};
            int32_t **l_66 = &l_67[3][0][0];
            uint32_t l_119 = 0x291C4591L;
            uint32_t *l_141 = &g_142;
            int8_t *l_147 = &g_148;
            int16_t *l_150 = &g_124;
            int i, j, k;
            (*l_66) = (void*)0;
            g_51.f6 = (-4L);
            for (p_47.f4 = 22; (p_47.f4 != 34); p_47.f4++)
            { /* block id: 15 */
                uint32_t l_72 = 0UL;
                int64_t *l_86 = &g_87;
                p_47.f6 = ((((void*)0 != &g_35) , (safe_mod_func_uint32_t_u_u(l_72, (p_47.f6 , (safe_unary_minus_func_uint64_t_u((g_58 = (++p_47.f3)))))))) | (~(g_35 , (l_88 = (g_51.f2 = (safe_mod_func_int32_t_s_s((*p_49), (safe_div_func_int64_t_s_s(((*l_86) = (safe_div_func_int32_t_s_s(0x80793961L, (safe_mul_func_int16_t_s_s(g_2, l_85))))), g_2)))))))));
                for (g_51.f2 = (-20); (g_51.f2 != 60); g_51.f2++)
                { /* block id: 24 */
                    uint8_t l_108 = 0x97L;
                    int32_t l_117[5] = {0L,0L,0L,0L,0L};
                    int i;
                    if (g_2)
                    { /* block id: 25 */
                        int32_t l_105 = 0x255DAF8EL;
                        g_51.f5 ^= (((((-1L) & (safe_rshift_func_uint8_t_u_u((safe_mod_func_int8_t_s_s(((p_50 | (((0UL & ((l_104 = (safe_mod_func_int16_t_s_s((l_72 == (((safe_lshift_func_uint16_t_u_s(((safe_unary_minus_func_uint32_t_u(((p_47 , (safe_mul_func_int8_t_s_s((safe_mod_func_uint64_t_u_u(g_51.f1, 0xB5DC454249152248LL)), p_47.f1))) & (g_51.f3 ^= (((*l_86) = 1L) > 1UL))))) != g_35), p_47.f0)) == 6L) , p_47.f0)), 0x13C5L))) ^ g_51.f2)) == g_2) > p_47.f6)) | (-3L)), (-2L))), g_51.f6))) <= g_58) & 0xAF0F7716L) == l_105);
                        if ((*p_49))
                            break;
                    }
                    else
                    { /* block id: 31 */
                        int32_t ***l_111 = (void*)0;
                        l_113 |= (safe_lshift_func_int16_t_s_u(l_108, (g_109 != (l_112 = (void*)0))));
                        if (l_72)
                            continue;
                        --l_114;
                    }
                    l_119--;
                    --g_126[2][0][6];
                }
            }
            g_51.f6 = (safe_sub_func_int64_t_s_s(g_125, (g_87 = ((safe_div_func_int16_t_s_s(((*l_150) = ((safe_rshift_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((((((safe_mul_func_uint16_t_u_u(0x2C1CL, (safe_rshift_func_int16_t_s_s((g_126[5][0][9] > (((*l_141) = g_51.f4) | 0x468A156AL)), 11)))) | (safe_mul_func_int16_t_s_s((((((safe_lshift_func_int8_t_s_s(((*l_147) ^= p_46), 6)) , g_122) , ((*g_110) & (*p_49))) , g_51.f3) | (-8L)), g_125))) , l_149) != (void*)0) >= p_48), 1UL)), p_46)) & l_104)), p_48)) ^ p_47.f5))));
        }
    }
    return (*g_109);
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
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_51.f0, "g_51.f0", print_hash_value);
    transparent_crc(g_51.f1, "g_51.f1", print_hash_value);
    transparent_crc(g_51.f2, "g_51.f2", print_hash_value);
    transparent_crc(g_51.f3, "g_51.f3", print_hash_value);
    transparent_crc(g_51.f4, "g_51.f4", print_hash_value);
    transparent_crc(g_51.f5, "g_51.f5", print_hash_value);
    transparent_crc(g_51.f6, "g_51.f6", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_123, "g_123", print_hash_value);
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_125, "g_125", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_126[i][j][k], "g_126[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_142, "g_142", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_167[i], "g_167[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_171[i], "g_171[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_180.f0, "g_180.f0", print_hash_value);
    transparent_crc(g_180.f1, "g_180.f1", print_hash_value);
    transparent_crc(g_180.f2, "g_180.f2", print_hash_value);
    transparent_crc(g_180.f3, "g_180.f3", print_hash_value);
    transparent_crc(g_180.f4, "g_180.f4", print_hash_value);
    transparent_crc(g_180.f5, "g_180.f5", print_hash_value);
    transparent_crc(g_180.f6, "g_180.f6", print_hash_value);
    transparent_crc(g_191, "g_191", print_hash_value);
    transparent_crc(g_205, "g_205", print_hash_value);
    transparent_crc(g_229, "g_229", print_hash_value);
    transparent_crc(g_231, "g_231", print_hash_value);
    transparent_crc(g_241.f0, "g_241.f0", print_hash_value);
    transparent_crc(g_241.f1, "g_241.f1", print_hash_value);
    transparent_crc(g_241.f2, "g_241.f2", print_hash_value);
    transparent_crc(g_308, "g_308", print_hash_value);
    transparent_crc(g_338, "g_338", print_hash_value);
    transparent_crc(g_372, "g_372", print_hash_value);
    transparent_crc(g_375, "g_375", print_hash_value);
    transparent_crc(g_456, "g_456", print_hash_value);
    transparent_crc(g_458, "g_458", print_hash_value);
    transparent_crc(g_460, "g_460", print_hash_value);
    transparent_crc(g_461, "g_461", print_hash_value);
    transparent_crc(g_487, "g_487", print_hash_value);
    transparent_crc(g_621, "g_621", print_hash_value);
    transparent_crc(g_633, "g_633", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_739[i], "g_739[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_743, "g_743", print_hash_value);
    transparent_crc(g_944, "g_944", print_hash_value);
    transparent_crc(g_993, "g_993", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_1056[i][j], "g_1056[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1118, "g_1118", print_hash_value);
    transparent_crc(g_1120, "g_1120", print_hash_value);
    transparent_crc(g_1121, "g_1121", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_1196[i], "g_1196[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1395, "g_1395", print_hash_value);
    transparent_crc(g_1426, "g_1426", print_hash_value);
    transparent_crc(g_1500, "g_1500", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_1502[i], "g_1502[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_1503[i], "g_1503[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1538.f0, "g_1538.f0", print_hash_value);
    transparent_crc(g_1538.f1, "g_1538.f1", print_hash_value);
    transparent_crc(g_1538.f2, "g_1538.f2", print_hash_value);
    transparent_crc(g_1542.f0, "g_1542.f0", print_hash_value);
    transparent_crc(g_1542.f1, "g_1542.f1", print_hash_value);
    transparent_crc(g_1542.f2, "g_1542.f2", print_hash_value);
    transparent_crc(g_1663, "g_1663", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_1664[i], "g_1664[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1746, "g_1746", print_hash_value);
    transparent_crc(g_1747, "g_1747", print_hash_value);
    transparent_crc(g_1773, "g_1773", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_1774[i][j][k], "g_1774[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1775, "g_1775", print_hash_value);
    transparent_crc(g_1776, "g_1776", print_hash_value);
    transparent_crc(g_1777, "g_1777", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_1780[i].f0, "g_1780[i].f0", print_hash_value);
        transparent_crc(g_1780[i].f1, "g_1780[i].f1", print_hash_value);
        transparent_crc(g_1780[i].f2, "g_1780[i].f2", print_hash_value);
        transparent_crc(g_1780[i].f3, "g_1780[i].f3", print_hash_value);
        transparent_crc(g_1780[i].f4, "g_1780[i].f4", print_hash_value);
        transparent_crc(g_1780[i].f5, "g_1780[i].f5", print_hash_value);
        transparent_crc(g_1780[i].f6, "g_1780[i].f6", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 391
   depth: 1, occurrence: 25
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 22
breakdown:
   indirect level: 0, occurrence: 17
   indirect level: 1, occurrence: 5
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 47
XXX times a bitfields struct on LHS: 8
XXX times a bitfields struct on RHS: 57
XXX times a single bitfield on LHS: 13
XXX times a single bitfield on RHS: 10

XXX max expression depth: 46
breakdown:
   depth: 1, occurrence: 65
   depth: 2, occurrence: 11
   depth: 3, occurrence: 2
   depth: 4, occurrence: 3
   depth: 16, occurrence: 2
   depth: 17, occurrence: 1
   depth: 19, occurrence: 1
   depth: 24, occurrence: 1
   depth: 26, occurrence: 1
   depth: 27, occurrence: 2
   depth: 29, occurrence: 2
   depth: 31, occurrence: 1
   depth: 46, occurrence: 1

XXX total number of pointers: 370

XXX times a variable address is taken: 721
XXX times a pointer is dereferenced on RHS: 264
breakdown:
   depth: 1, occurrence: 158
   depth: 2, occurrence: 65
   depth: 3, occurrence: 29
   depth: 4, occurrence: 12
XXX times a pointer is dereferenced on LHS: 238
breakdown:
   depth: 1, occurrence: 182
   depth: 2, occurrence: 24
   depth: 3, occurrence: 23
   depth: 4, occurrence: 9
XXX times a pointer is compared with null: 35
XXX times a pointer is compared with address of another variable: 10
XXX times a pointer is compared with another pointer: 9
XXX times a pointer is qualified to be dereferenced: 4480

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 703
   level: 2, occurrence: 275
   level: 3, occurrence: 207
   level: 4, occurrence: 164
   level: 5, occurrence: 9
XXX number of pointers point to pointers: 148
XXX number of pointers point to scalars: 203
XXX number of pointers point to structs: 19
XXX percent of pointers has null in alias set: 29.2
XXX average alias set size: 1.61

XXX times a non-volatile is read: 1730
XXX times a non-volatile is write: 802
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 2
XXX backward jumps: 9

XXX stmts: 60
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 21
   depth: 1, occurrence: 14
   depth: 2, occurrence: 9
   depth: 3, occurrence: 7
   depth: 4, occurrence: 4
   depth: 5, occurrence: 5

XXX percentage a fresh-made variable is used: 16.9
XXX percentage an existing variable is used: 83.1
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

