/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 37 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      37
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   uint64_t  f0;
   int32_t  f1;
   int8_t * f2;
};

union U1 {
   int32_t  f0;
   const int16_t  f1;
   int16_t  f2;
};

union U2 {
   uint16_t  f0;
   unsigned f1 : 26;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 0x50E6DA50L;
static int32_t g_6 = 0x72B21A35L;
static int32_t g_7 = (-1L);
static int32_t g_8 = 0x6B3BFA32L;
static int8_t g_15 = (-6L);
static uint16_t g_33 = 0UL;
static uint16_t g_37 = 0xA025L;
static int32_t *g_78 = (void*)0;
static int16_t g_82 = 0L;
static int32_t g_85[8][7] = {{0x2233FFCDL,(-1L),(-1L),0x2233FFCDL,0x79B99862L,0x79AABF66L,0x79B99862L},{0x2233FFCDL,(-1L),(-1L),0x2233FFCDL,0x79B99862L,0x79AABF66L,0x79B99862L},{0x2233FFCDL,(-1L),(-1L),0x2233FFCDL,0x79B99862L,0x79AABF66L,0x79B99862L},{0x2233FFCDL,(-1L),(-1L),0x2233FFCDL,0x79B99862L,0x79AABF66L,0x79B99862L},{0x2233FFCDL,(-1L),(-1L),0x2233FFCDL,0x79B99862L,0x79AABF66L,0x79B99862L},{0x2233FFCDL,(-1L),(-1L),0x2233FFCDL,0x79B99862L,0x79AABF66L,0x79B99862L},{0x2233FFCDL,(-1L),(-1L),0x2233FFCDL,0x53B787D1L,0x811E3584L,0x53B787D1L},{(-1L),0x79AABF66L,0x79AABF66L,(-1L),0x53B787D1L,0x811E3584L,0x53B787D1L}};
static int16_t g_100 = (-1L);
static const union U1 g_134 = {0L};
static int64_t g_140 = (-1L);
static int64_t g_142[5] = {0L,0L,0L,0L,0L};
static uint8_t g_151 = 0UL;
static uint32_t g_158 = 0x9BBC179AL;
static union U0 g_175 = {0x8DE4F0E318C20807LL};
static union U2 g_217 = {65535UL};
static union U2 *g_216 = &g_217;
static int64_t g_265[5][2] = {{0x8DF5B5EA1FB0C5DDLL,0L},{0x8DF5B5EA1FB0C5DDLL,0L},{0x8DF5B5EA1FB0C5DDLL,0L},{0x8DF5B5EA1FB0C5DDLL,0L},{0x8DF5B5EA1FB0C5DDLL,0L}};
static uint8_t g_269 = 7UL;
static int16_t g_448[3][6][8] = {{{0xA31DL,0x2E9BL,0xEA50L,(-1L),0x8021L,0L,(-1L),0x7F46L},{0xA31DL,0L,7L,0x9603L,(-1L),9L,(-5L),0xE894L},{(-7L),0xBB4BL,(-10L),0x1E35L,(-1L),(-7L),0x2E9BL,0xBB4BL},{0xE894L,0x5EA7L,0xA41EL,(-5L),0xE2D5L,0x2E9BL,0x1EE8L,0x7F46L},{0x328BL,0x2171L,0x9D5AL,0xE894L,0xE894L,0x9D5AL,0x2171L,0x328BL},{0L,0xE894L,0xEA50L,(-10L),(-5L),0x8021L,0x2E9BL,(-5L)}},{{0L,0x6DB8L,4L,0x9603L,(-10L),0x8021L,0L,4L},{4L,0xE894L,7L,1L,(-1L),0x9D5AL,0xBB4BL,(-1L)},{4L,0x2171L,0x7F46L,0xA41EL,0x2171L,0x2E9BL,0x5EA7L,(-6L)},{1L,0x5EA7L,1L,(-1L),(-10L),(-7L),0x2171L,(-7L)},{0xA31DL,0xBB4BL,0xF8F4L,0xBB4BL,0xA31DL,9L,0xE894L,(-5L)},{0L,0L,(-10L),0xA41EL,0xBB4BL,0L,0x6DB8L,0xBB4BL}},{{4L,0x2E9BL,(-10L),4L,0xE2D5L,1L,0xE894L,4L},{0xBB4BL,0x2171L,0xF8F4L,(-5L),0x1EE8L,7L,0x2171L,0x9603L},{(-7L),0x1EE8L,1L,(-10L),0xE894L,0x1E35L,0x5EA7L,4L},{0L,0x2E9BL,0x7F46L,0xBB4BL,0x8021L,0x8021L,0xBB4BL,0x7F46L},{(-5L),(-5L),7L,(-6L),0xBB4BL,9L,0L,(-1L)},{(-7L),(-1L),4L,0x1E35L,0x2171L,1L,0x2E9BL,(-1L)}}};
static int16_t **g_453 = (void*)0;
static int8_t *g_468 = &g_15;
static int8_t **g_467[2][3] = {{&g_468,&g_468,&g_468},{&g_468,&g_468,&g_468}};
static uint16_t g_526 = 0xA7A5L;
static uint64_t *g_596 = (void*)0;
static uint16_t g_643 = 0UL;
static int64_t g_680 = 0L;
static uint8_t *g_754 = (void*)0;
static uint8_t **g_753 = &g_754;
static uint8_t g_839 = 0xF1L;
static const union U1 *g_968 = &g_134;
static const union U1 **g_967[9][4] = {{(void*)0,&g_968,(void*)0,(void*)0},{&g_968,&g_968,(void*)0,&g_968},{(void*)0,(void*)0,&g_968,&g_968},{&g_968,&g_968,&g_968,&g_968},{&g_968,(void*)0,(void*)0,(void*)0},{(void*)0,&g_968,&g_968,&g_968},{&g_968,(void*)0,(void*)0,&g_968},{&g_968,(void*)0,&g_968,(void*)0},{(void*)0,&g_968,(void*)0,&g_968}};
static const uint16_t g_980 = 0xFBEFL;
static uint8_t g_1007 = 247UL;
static int16_t g_1008 = (-2L);
static union U1 g_1098 = {-1L};
static union U1 g_1101[1] = {{0xAE8AC69AL}};
static union U1 * const g_1100 = &g_1101[0];
static union U1 * const *g_1099 = &g_1100;
static uint64_t g_1106 = 0x27996D1699AAB039LL;
static int16_t *g_1278 = &g_100;
static union U2 **g_1286[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static union U2 ***g_1285 = &g_1286[4];
static int8_t ***g_1290 = &g_467[0][0];
static union U2 * const ***g_1345 = (void*)0;
static uint32_t *g_1358 = &g_158;
static uint32_t **g_1357[3] = {&g_1358,&g_1358,&g_1358};
static int8_t ****g_1363 = (void*)0;
static int8_t *****g_1362 = &g_1363;
static const uint8_t g_1423 = 0xF9L;
static union U2 ****g_1467 = (void*)0;
static union U2 *****g_1466 = &g_1467;
static int8_t g_1609 = (-1L);
static union U0 *g_1624 = &g_175;
static union U0 **g_1623 = &g_1624;
static int32_t *g_1721 = &g_175.f1;
static int32_t **g_1720 = &g_1721;
static int8_t *g_1841 = &g_15;
static uint8_t g_1860 = 0x04L;
static const uint64_t g_1902 = 0xE23B4D553F1CCC8DLL;
static const uint16_t *g_1962 = &g_33;
static const uint16_t **g_1961 = &g_1962;
static uint32_t g_2030 = 0xCDA4CF5EL;
static uint32_t * const *g_2155 = &g_1358;
static uint32_t * const **g_2154 = &g_2155;
static uint32_t * const ***g_2153 = &g_2154;
static int32_t **g_2431[5][8] = {{&g_78,&g_78,&g_78,(void*)0,&g_78,&g_78,(void*)0,&g_78},{&g_78,&g_78,&g_78,&g_78,&g_78,&g_78,&g_78,&g_78},{&g_78,&g_78,(void*)0,&g_78,(void*)0,&g_78,&g_78,&g_78},{&g_78,&g_78,&g_78,&g_78,&g_78,&g_78,&g_78,&g_78},{(void*)0,&g_78,&g_78,(void*)0,&g_78,&g_78,&g_78,&g_78}};
static int16_t g_2499 = 0x9B8DL;
static union U1 g_2535 = {0x5E84462AL};
static const union U1 *****g_2555 = (void*)0;
static uint32_t ***g_2603[10][10] = {{&g_1357[0],&g_1357[1],&g_1357[1],&g_1357[1],&g_1357[1],&g_1357[0],&g_1357[1],(void*)0,&g_1357[1],&g_1357[1]},{&g_1357[0],&g_1357[1],(void*)0,&g_1357[1],&g_1357[1],&g_1357[0],&g_1357[2],&g_1357[1],&g_1357[1],(void*)0},{&g_1357[0],&g_1357[2],&g_1357[1],&g_1357[1],(void*)0,&g_1357[0],(void*)0,&g_1357[1],&g_1357[1],&g_1357[2]},{&g_1357[0],(void*)0,&g_1357[1],&g_1357[1],&g_1357[2],&g_1357[0],&g_1357[1],&g_1357[1],(void*)0,&g_1357[1]},{&g_1357[0],&g_1357[1],&g_1357[1],(void*)0,&g_1357[1],&g_1357[0],&g_1357[1],&g_1357[1],&g_1357[1],&g_1357[1]},{&g_1357[0],&g_1357[1],&g_1357[1],&g_1357[1],&g_1357[1],&g_1357[0],&g_1357[1],(void*)0,&g_1357[1],&g_1357[1]},{&g_1357[0],&g_1357[1],(void*)0,&g_1357[1],&g_1357[1],&g_1357[0],&g_1357[2],&g_1357[1],&g_1357[1],(void*)0},{&g_1357[0],&g_1357[2],&g_1357[1],&g_1357[1],(void*)0,&g_1357[0],(void*)0,&g_1357[1],&g_1357[1],&g_1357[2]},{&g_1357[0],(void*)0,&g_1357[1],&g_1357[1],&g_1357[2],&g_1357[0],&g_1357[1],&g_1357[1],(void*)0,&g_1357[1]},{&g_1357[0],&g_1357[1],&g_1357[1],(void*)0,&g_1357[1],&g_1357[0],&g_1357[1],&g_1357[1],&g_1357[1],&g_1357[1]}};
static uint32_t ****g_2602[10][1] = {{&g_2603[8][3]},{&g_2603[8][3]},{&g_2603[8][3]},{&g_2603[8][3]},{&g_2603[8][3]},{&g_2603[8][3]},{&g_2603[8][3]},{&g_2603[8][3]},{&g_2603[8][3]},{&g_2603[8][3]}};
static int64_t *g_2607 = &g_142[4];
static int64_t **g_2606 = &g_2607;
static int64_t ***g_2605 = &g_2606;
static uint32_t g_2707 = 0xC5E76BDEL;
static uint16_t g_2710 = 0x601AL;
static int16_t g_2726[6][4][4] = {{{1L,0xB462L,0x3D9AL,(-1L)},{(-1L),0x5104L,(-1L),0xE48BL},{(-1L),(-6L),0x6850L,(-1L)},{0x5104L,0xE36AL,(-1L),(-6L)}},{{5L,0x3D9AL,(-1L),0xB5AEL},{0x5104L,5L,0x6850L,0x18E2L},{(-1L),0x8CA5L,0x16A2L,0x16A2L},{0x16A2L,0x16A2L,0x8CA5L,(-1L)}},{{0x18E2L,0x6850L,5L,0x5104L},{0xB5AEL,(-1L),0x3D9AL,5L},{(-6L),(-1L),0xE36AL,0x5104L},{(-1L),0x6850L,(-6L),(-1L)}},{{0xE48BL,0x16A2L,0xB897L,0x16A2L},{(-3L),0x8CA5L,0x5104L,0x18E2L},{0xED1CL,5L,0xD493L,0xB5AEL},{0xB897L,0x3D9AL,1L,(-6L)}},{{0xB897L,0xE36AL,0xD493L,(-1L)},{0xED1CL,(-6L),0x5104L,0xE48BL},{(-3L),0xB897L,0xB897L,(-3L)},{0xE48BL,0x5104L,(-6L),0xED1CL}},{{(-1L),0xD493L,0xE36AL,0xB897L},{(-6L),1L,0x3D9AL,0xB897L},{0xB5AEL,0xD493L,5L,0xED1CL},{0x18E2L,0x5104L,0x8CA5L,(-3L)}}};
static const int8_t **g_2770 = (void*)0;
static const int32_t g_2793[4] = {1L,1L,1L,1L};
static const int32_t *g_2794[3] = {&g_2535.f0,&g_2535.f0,&g_2535.f0};
static union U1 g_2868 = {7L};
static int16_t **g_2907 = (void*)0;
static uint16_t g_3121 = 65527UL;
static union U1 **g_3127 = (void*)0;
static uint16_t *g_3139 = &g_3121;
static uint16_t **g_3138 = &g_3139;
static uint16_t ***g_3137 = &g_3138;
static uint16_t ****g_3136 = &g_3137;
static uint16_t *****g_3135[6][9] = {{&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136},{&g_3136,&g_3136,(void*)0,&g_3136,&g_3136,(void*)0,&g_3136,&g_3136,(void*)0},{&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136},{&g_3136,&g_3136,(void*)0,&g_3136,&g_3136,(void*)0,&g_3136,&g_3136,(void*)0},{&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136,&g_3136},{&g_3136,&g_3136,(void*)0,&g_3136,&g_3136,(void*)0,&g_3136,&g_3136,(void*)0}};
static int64_t g_3158 = (-1L);
static union U1 ** const *g_3171 = &g_3127;
static union U1 ** const **g_3170 = &g_3171;
static int8_t g_3249 = (-1L);
static uint32_t g_3363 = 0xE6E49B0AL;
static uint8_t g_3398 = 0x3EL;
static int8_t * const **g_3440 = (void*)0;
static int8_t * const ** const *g_3439 = &g_3440;
static uint32_t g_3444[8] = {0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL};


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static int32_t * func_9(int8_t * p_10, int8_t * p_11, int32_t * p_12, int64_t  p_13);
static union U0  func_17(int16_t  p_18, int32_t  p_19);
static int64_t  func_38(uint64_t  p_39, const uint16_t  p_40);
static uint16_t  func_41(int8_t * p_42, int32_t  p_43, uint32_t  p_44);
static uint64_t  func_53(union U1  p_54, uint16_t * p_55, int8_t * p_56, int8_t  p_57, uint16_t * p_58);
static union U1  func_59(int32_t * p_60, const int8_t  p_61, uint64_t  p_62);
static uint64_t  func_63(int32_t * p_64, const int8_t * p_65, int32_t  p_66, uint64_t  p_67, int8_t * p_68);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_7 g_6 g_1290 g_467 g_468 g_2535.f0 g_1278 g_100 g_15 g_3137 g_3138 g_3139 g_3121 g_3136 g_1609 g_1106 g_1962 g_33 g_3363 g_1358 g_158 g_140 g_1623 g_2606 g_2607 g_142 g_2707 g_1961 g_2154 g_2155 g_3398 g_2153 g_2499 g_3439 g_3444 g_2726 g_1098.f0 g_2793
 * writes: g_2 g_6 g_7 g_8 g_1609 g_839 g_2535.f0 g_15 g_1623 g_2868.f2 g_3158 g_1624 g_158 g_3398 g_2868.f0 g_3121 g_1106 g_78 g_2499 g_3439
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    int16_t l_5[3][7] = {{5L,0L,0x27D2L,0x27D2L,0L,5L,0L},{2L,(-9L),(-9L),2L,0x03D9L,2L,(-9L)},{(-5L),(-5L),5L,0x27D2L,5L,(-5L),(-5L)}};
    int32_t *l_3280 = (void*)0;
    uint16_t ***l_3287[5] = {&g_3138,&g_3138,&g_3138,&g_3138,&g_3138};
    int8_t ***l_3314 = &g_467[1][2];
    int32_t l_3323 = 0x2F719DEDL;
    uint32_t *****l_3367 = &g_2602[1][0];
    const union U2 ****l_3374 = (void*)0;
    const union U2 *****l_3373 = &l_3374;
    int32_t l_3393 = 0x8331AB24L;
    int32_t l_3395 = (-7L);
    int32_t l_3396 = 0x7844F0F7L;
    uint64_t l_3407[5][2] = {{0UL,0UL},{0UL,0UL},{0UL,0UL},{0UL,0UL},{0UL,0UL}};
    int32_t l_3445 = 0x2B13EB99L;
    int8_t l_3447 = 0xACL;
    union U0 l_3448 = {9UL};
    int16_t l_3450 = (-3L);
    int i, j;
    for (g_2 = 29; (g_2 < (-6)); g_2 = safe_sub_func_int8_t_s_s(g_2, 1))
    { /* block id: 3 */
        int8_t *l_16 = &g_15;
        int32_t ***l_3277 = &g_1720;
        int32_t l_3278 = (-1L);
        int8_t l_3288 = 2L;
        int32_t l_3305 = 0xBEFD362EL;
        union U2 l_3315 = {65533UL};
        int8_t * const *l_3317[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int8_t * const **l_3316 = &l_3317[5];
        int64_t l_3331 = (-1L);
        const int8_t l_3333 = 0xE5L;
        int32_t *l_3345 = &g_2868.f0;
        int32_t l_3350[7][4][5] = {{{0xACE2F8A8L,(-8L),0x02DA08E6L,(-8L),0xACE2F8A8L},{(-6L),0xB813727CL,(-6L),(-6L),0xB813727CL},{0xACE2F8A8L,(-1L),9L,(-8L),9L},{0xB813727CL,0xB813727CL,4L,0xB813727CL,0xB813727CL}},{{9L,(-8L),9L,(-1L),0xACE2F8A8L},{0xB813727CL,(-6L),(-6L),0xB813727CL,(-6L)},{0xACE2F8A8L,(-8L),0x02DA08E6L,(-8L),0xACE2F8A8L},{(-6L),0xB813727CL,(-6L),(-6L),0xB813727CL}},{{0xACE2F8A8L,(-1L),9L,(-8L),9L},{0xB813727CL,0xB813727CL,4L,0xB813727CL,0xB813727CL},{9L,(-8L),9L,(-1L),0xACE2F8A8L},{0xB813727CL,(-6L),(-6L),0xB813727CL,(-6L)}},{{0xACE2F8A8L,(-8L),0x02DA08E6L,(-8L),0xACE2F8A8L},{(-6L),0xB813727CL,(-6L),(-6L),0xB813727CL},{0xACE2F8A8L,(-1L),9L,(-8L),9L},{0xB813727CL,0xB813727CL,4L,0xB813727CL,0xB813727CL}},{{9L,(-8L),9L,(-1L),0xACE2F8A8L},{0xB813727CL,(-6L),(-6L),0xB813727CL,(-6L)},{0xACE2F8A8L,(-8L),0x02DA08E6L,(-8L),0xACE2F8A8L},{(-6L),0xB813727CL,(-6L),(-6L),0xB813727CL}},{{0xACE2F8A8L,(-1L),9L,(-8L),9L},{0xB813727CL,0xB813727CL,4L,0xB813727CL,0xB813727CL},{9L,(-8L),9L,(-1L),0xACE2F8A8L},{0xB813727CL,(-6L),(-6L),0xB813727CL,(-6L)}},{{0xACE2F8A8L,(-8L),0x02DA08E6L,(-8L),0xACE2F8A8L},{(-6L),0xB813727CL,(-6L),(-6L),0xB813727CL},{0xACE2F8A8L,(-1L),9L,(-8L),9L},{0xB813727CL,0xB813727CL,4L,0xB813727CL,0xB813727CL}}};
        union U0 **l_3351 = &g_1624;
        uint64_t l_3412[2][7];
        uint64_t *l_3423 = (void*)0;
        uint64_t *l_3424 = &g_1106;
        uint8_t *l_3427[8];
        int32_t **l_3428 = &g_78;
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 7; j++)
                l_3412[i][j] = 0x75F54A9D1529FEECLL;
        }
        for (i = 0; i < 8; i++)
            l_3427[i] = &g_3398;
        for (g_6 = 2; (g_6 >= 0); g_6 -= 1)
        { /* block id: 6 */
            int8_t *l_14 = &g_15;
            int32_t *l_3267[5] = {&g_2535.f0,&g_2535.f0,&g_2535.f0,&g_2535.f0,&g_2535.f0};
            int8_t ***l_3312 = (void*)0;
            union U0 l_3338 = {4UL};
            const uint64_t l_3349 = 18446744073709551615UL;
            int16_t *l_3356 = &g_2868.f2;
            int32_t l_3357[1];
            const uint32_t l_3364 = 0xEFD66BA2L;
            uint32_t l_3365[2];
            uint8_t * const *l_3402 = &g_754;
            uint8_t * const **l_3401[2][7][10] = {{{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402}},{{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402},{&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402,&l_3402}}};
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_3357[i] = 0xB737F455L;
            for (i = 0; i < 2; i++)
                l_3365[i] = 1UL;
            for (g_7 = 0; (g_7 <= 2); g_7 += 1)
            { /* block id: 9 */
                uint64_t l_3268 = 5UL;
                int32_t **l_3276 = &l_3267[4];
                for (g_8 = 2; (g_8 >= 0); g_8 -= 1)
                { /* block id: 12 */
                    int i, j;
                    return l_5[g_7][g_6];
                }
            }
            for (g_1609 = 0; (g_1609 <= 2); g_1609 += 1)
            { /* block id: 1530 */
                uint8_t l_3284 = 0xC2L;
                uint64_t *l_3300[2][6] = {{&g_175.f0,(void*)0,&g_1106,(void*)0,&g_175.f0,&g_175.f0},{&g_1106,(void*)0,(void*)0,&g_1106,&g_175.f0,&g_1106}};
                uint8_t l_3304 = 0x3FL;
                int32_t *l_3332 = &g_8;
                int32_t **l_3348 = &l_3332;
                int i, j;
                for (g_839 = 0; (g_839 <= 2); g_839 += 1)
                { /* block id: 1533 */
                    int8_t *l_3279 = &g_1609;
                    const uint64_t *l_3299 = &g_1902;
                    int32_t l_3302 = 1L;
                    int32_t l_3324 = 0x665CB98BL;
                    int64_t l_3325 = 0L;
                    for (g_2535.f0 = 2; (g_2535.f0 >= 0); g_2535.f0 -= 1)
                    { /* block id: 1536 */
                        int32_t **l_3281 = &l_3280;
                        uint64_t l_3301 = 18446744073709551615UL;
                        uint32_t l_3303[1];
                        int8_t ****l_3313[10][9] = {{&g_1290,&l_3312,&g_1290,&g_1290,&g_1290,&g_1290,&l_3312,&l_3312,&g_1290},{&l_3312,&g_1290,&g_1290,&g_1290,&l_3312,&l_3312,&g_1290,(void*)0,(void*)0},{&l_3312,&g_1290,&g_1290,&g_1290,&g_1290,&g_1290,&l_3312,&g_1290,&g_1290},{&g_1290,&g_1290,(void*)0,&l_3312,&l_3312,&l_3312,(void*)0,&g_1290,&g_1290},{&g_1290,&l_3312,&l_3312,&g_1290,&l_3312,&g_1290,&l_3312,&g_1290,&l_3312},{&g_1290,&l_3312,&l_3312,&l_3312,&g_1290,(void*)0,&g_1290,(void*)0,&g_1290},{&g_1290,&l_3312,&l_3312,&g_1290,&g_1290,&g_1290,&g_1290,&l_3312,&g_1290},{&g_1290,&l_3312,&l_3312,&g_1290,&l_3312,&g_1290,&l_3312,&l_3312,&l_3312},{&l_3312,&g_1290,&g_1290,&l_3312,&l_3312,&g_1290,&g_1290,&l_3312,&g_1290},{&g_1290,&l_3312,&g_1290,&g_1290,&l_3312,&l_3312,&g_1290,&l_3312,&g_1290}};
                        int32_t l_3322 = (-1L);
                        int i, j;
                        for (i = 0; i < 1; i++)
                            l_3303[i] = 0x8DC9BDB1L;
                        (*l_3281) = func_9((**g_1290), l_3279, l_3280, l_5[g_2535.f0][(g_2535.f0 + 2)]);
                        l_3305 = ((safe_div_func_int16_t_s_s((*g_1278), 0x9E5FL)) >= ((l_3284 || (safe_mod_func_int64_t_s_s((((void*)0 == l_3287[1]) == ((((l_3288 || (safe_sub_func_int16_t_s_s((safe_sub_func_int32_t_s_s((((safe_rshift_func_uint8_t_u_u(((l_5[g_1609][g_6] ^= (safe_lshift_func_uint8_t_u_u((((((safe_sub_func_int64_t_s_s((((*l_14) |= (l_3299 != l_3300[1][3])) & (l_3288 || 0x8A9C0C632818F6B1LL)), l_3301)) & (***g_3137)) < (****g_3136)) && l_3302) < (-10L)), 2))) > (-2L)), 5)) >= (*g_1278)) , l_3302), l_3278)), 65533UL))) > (*g_1278)) >= l_3303[0]) & l_3304)), g_1106))) ^ l_3304));
                        l_3324 ^= (safe_rshift_func_uint16_t_u_s((0x977EL && (safe_lshift_func_int16_t_s_u((*g_1278), 6))), (safe_rshift_func_uint8_t_u_u((((l_3314 = l_3312) != (l_3315 , l_3316)) > (7UL != (l_3304 & (((safe_mod_func_uint8_t_u_u(l_3322, 0xFCL)) | 0xF7L) != l_3302)))), l_3323))));
                        if (l_3304)
                            break;
                    }
                }
            }
            if (l_3350[6][1][3])
                continue;
            if ((l_3278 = (((&g_1624 != (g_1623 = l_3351)) || ((safe_mul_func_uint16_t_u_u((*g_1962), ((l_5[0][5] == ((((*g_3139) ^ (((safe_rshift_func_int16_t_s_s((*g_1278), ((*l_3356) = (*g_1278)))) && l_3357[0]) , (safe_mod_func_int64_t_s_s((+(safe_mod_func_int32_t_s_s(g_3363, (*g_1358)))), (-9L))))) & 0x3F55L) == 2UL)) , l_3364))) , l_3323)) & l_3365[1])))
            { /* block id: 1584 */
                int32_t *l_3366 = &g_1101[0].f0;
                int8_t **l_3391 = &l_14;
                l_3366 = &l_3350[4][0][2];
                if (((g_140 < ((void*)0 == l_3367)) < (safe_lshift_func_uint8_t_u_s((!((*g_1278) || ((void*)0 == l_3373))), 3))))
                { /* block id: 1586 */
                    for (g_3158 = 17; (g_3158 > (-16)); g_3158 = safe_sub_func_int8_t_s_s(g_3158, 9))
                    { /* block id: 1589 */
                        union U0 *l_3377[10][1] = {{(void*)0},{&l_3338},{(void*)0},{&l_3338},{(void*)0},{&l_3338},{(void*)0},{&l_3338},{(void*)0},{&l_3338}};
                        int i, j;
                        (*g_1623) = l_3377[4][0];
                    }
                }
                else
                { /* block id: 1592 */
                    int64_t l_3378 = (-5L);
                    int32_t l_3392 = 0x2AD7DBE2L;
                    l_3393 = (((((***g_2154) = ((l_3378 ^= (**g_2606)) == (safe_rshift_func_uint8_t_u_s((safe_lshift_func_int16_t_s_u(((l_3392 = (safe_sub_func_uint64_t_u_u((((g_2707 & (safe_mul_func_uint8_t_u_u(((((*l_3366) < (safe_sub_func_int32_t_s_s((safe_mul_func_int16_t_s_s((*l_3366), (*l_3366))), (*g_1358)))) & (((*g_1290) == l_3391) && (((*l_3366) < l_3392) > (**g_1961)))) | l_3392), 0x64L))) > (*l_3366)) != 0x53300513L), (*l_3366)))) != 0x1119F46B0310CFEALL), (*l_3366))), 3)))) >= 0x01E6A87AL) == (*l_3366)) & 251UL);
                }
            }
            else
            { /* block id: 1598 */
                int16_t l_3394 = 0xAF10L;
                int32_t l_3397[10] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
                int i;
                g_3398++;
                (*l_3345) = (&g_753 != l_3401[0][1][4]);
            }
        }
        l_3278 ^= (safe_lshift_func_uint8_t_u_s((((safe_mod_func_uint32_t_u_u(((l_3350[6][1][3] , ((****g_3136) != l_3407[4][1])) , (safe_mod_func_uint16_t_u_u((((safe_div_func_uint16_t_u_u(((***g_3137) = l_3412[0][6]), ((safe_mul_func_uint16_t_u_u((((safe_div_func_int8_t_s_s((safe_add_func_int8_t_s_s((((****g_2153) = (((*g_1358) , (safe_mul_func_uint16_t_u_u(l_3323, (l_3393 &= 0UL)))) >= (((--(*l_3424)) & ((l_3396 = 0x32L) & (l_3395 ^= l_3305))) > 1UL))) , (-10L)), 0L)), l_3323)) > (**g_2606)) || (**g_1961)), l_3323)) , 1UL))) & g_3398) <= 1UL), (*g_1278)))), l_3305)) , 0xEEBFD3F8L) , 0UL), l_5[2][4]));
        (*l_3428) = &l_3396;
    }
    for (g_2499 = 0; (g_2499 != 16); g_2499 = safe_add_func_int64_t_s_s(g_2499, 8))
    { /* block id: 1614 */
        int8_t * const ** const **l_3441 = &g_3439;
        int32_t l_3446 = 0x6731EF14L;
        uint16_t l_3449[9] = {0xD404L,0xD404L,0xD404L,0xD404L,0xD404L,0xD404L,0xD404L,0xD404L,0xD404L};
        int32_t *l_3451 = &l_3393;
        int i;
        l_3396 = ((*l_3451) ^= (safe_add_func_uint8_t_u_u((safe_mul_func_uint32_t_u_u(1UL, ((safe_lshift_func_uint16_t_u_s((safe_sub_func_int8_t_s_s(0xA1L, ((((*l_3441) = g_3439) == &l_3314) & (((((1L ^ ((***g_1290) = (((safe_mod_func_uint64_t_u_u((((((g_3444[0] == ((l_3445 | (**g_2155)) <= l_3446)) || l_3447) < l_3446) , l_3448) , l_3449[2]), l_3396)) < (*g_1278)) ^ 0x8FL))) >= l_3396) == l_3450) , g_2726[1][0][1]) || g_1098.f0)))), 3)) != 0x97C96D30L))), g_2793[3])));
    }
    return (*g_3139);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_9(int8_t * p_10, int8_t * p_11, int32_t * p_12, int64_t  p_13)
{ /* block id: 1519 */
    int32_t *l_3269 = &g_1101[0].f0;
    int32_t *l_3270 = &g_2535.f0;
    int32_t *l_3271 = &g_1098.f0;
    int32_t *l_3272[7][2];
    uint32_t l_3273 = 0UL;
    int i, j;
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 2; j++)
            l_3272[i][j] = &g_8;
    }
    l_3269 = l_3269;
    ++l_3273;
    return p_12;
}


/* ------------------------------------------ */
/* 
 * reads : g_33 g_15 g_37 g_8 g_78 g_82 g_6 g_85 g_7 g_2 g_100 g_142 g_140 g_265 g_134.f0 g_217.f0 g_175.f1 g_158 g_175 g_175.f0 g_269 g_134.f2 g_216 g_217 g_453 g_467 g_468 g_151 g_134.f1 g_526 g_448 g_680 g_134 g_753 g_643 g_1007 g_1008 g_1106 g_968 g_754 g_1099 g_1100 g_1101 g_1098.f2 g_1101.f0 g_1098.f1 g_1285 g_1278 g_1345 g_1286 g_1357 g_1362 g_1358 g_1101.f2 g_1423 g_1623 g_1609 g_1841 g_1860 g_1902 g_839 g_1961 g_1624 g_2030 g_1101.f1 g_1962 g_2153 g_1098 g_1720 g_1098.f0 g_2499 g_2154 g_2155 g_2555 g_2602 g_2605 g_2607 g_1721 g_2606 g_2707 g_2710 g_2726 g_3136 g_3137 g_3138 g_3139 g_3121 g_2868.f0
 * writes: g_33 g_37 g_78 g_82 g_8 g_15 g_100 g_85 g_142 g_265 g_158 g_151 g_140 g_448 g_217.f0 g_467 g_175.f0 g_526 g_269 g_216 g_839 g_643 g_967 g_175.f1 g_1099 g_680 g_1278 g_1007 g_1290 g_1345 g_1357 g_1106 g_1362 g_1098.f0 g_753 g_1466 g_1101.f0 g_1609 g_1860 g_1720 g_1961 g_2153 g_1721 g_217 g_2431 g_1624 g_2030 g_2602 g_1286 g_2535.f0 g_2868.f0
 */
static union U0  func_17(int16_t  p_18, int32_t  p_19)
{ /* block id: 15 */
    uint16_t *l_32 = &g_33;
    uint16_t *l_36 = &g_37;
    int32_t l_45 = 0x744ED25EL;
    int16_t *l_3262 = (void*)0;
    int32_t *l_3263 = (void*)0;
    int32_t *l_3264 = &g_2535.f0;
    int32_t *l_3265 = &g_2868.f0;
    union U0 l_3266 = {18446744073709551613UL};
    (*l_3265) ^= ((*l_3264) = (safe_sub_func_int8_t_s_s(((safe_mod_func_int16_t_s_s((safe_add_func_int32_t_s_s((safe_sub_func_int32_t_s_s((safe_div_func_int16_t_s_s((p_18 &= ((safe_sub_func_uint16_t_u_u(((*l_36) = (++(*l_32))), (-1L))) , (func_38((0xFF57L != func_41(&g_15, g_15, l_45)), l_45) == (safe_rshift_func_int16_t_s_u(l_45, 7))))), p_19)), p_19)), l_45)), p_19)) != 1UL), 1L)));
    return l_3266;
}


/* ------------------------------------------ */
/* 
 * reads : g_2607 g_142
 * writes:
 */
static int64_t  func_38(uint64_t  p_39, const uint16_t  p_40)
{ /* block id: 1513 */
    return (*g_2607);
}


/* ------------------------------------------ */
/* 
 * reads : g_37 g_15 g_8 g_78 g_82 g_6 g_85 g_33 g_7 g_2 g_100 g_142 g_140 g_265 g_134.f0 g_217.f0 g_175.f1 g_158 g_175 g_175.f0 g_269 g_134.f2 g_216 g_217 g_453 g_467 g_468 g_151 g_134.f1 g_526 g_448 g_680 g_134 g_753 g_643 g_1007 g_1008 g_1106 g_968 g_754 g_1099 g_1100 g_1101 g_1098.f2 g_1101.f0 g_1098.f1 g_1285 g_1278 g_1345 g_1286 g_1357 g_1362 g_1358 g_1101.f2 g_1423 g_1623 g_1609 g_1841 g_1860 g_1902 g_839 g_1961 g_1624 g_2030 g_1101.f1 g_1962 g_2153 g_1098 g_1720 g_1098.f0 g_2499 g_2154 g_2155 g_2555 g_2602 g_2605 g_2607 g_1721 g_2606 g_2707 g_2710 g_2726 g_3136 g_3137 g_3138 g_3139 g_3121
 * writes: g_78 g_82 g_8 g_15 g_33 g_100 g_85 g_142 g_265 g_158 g_151 g_140 g_448 g_217.f0 g_467 g_175.f0 g_526 g_269 g_216 g_839 g_643 g_967 g_175.f1 g_1099 g_680 g_1278 g_1007 g_1290 g_1345 g_1357 g_1106 g_1362 g_1098.f0 g_753 g_1466 g_1101.f0 g_1609 g_1860 g_1720 g_1961 g_2153 g_1721 g_217 g_2431 g_1624 g_2030 g_2602 g_1286
 */
static uint16_t  func_41(int8_t * p_42, int32_t  p_43, uint32_t  p_44)
{ /* block id: 18 */
    int8_t *l_1608 = &g_1609;
    int16_t l_1610 = 0xFD12L;
    uint16_t *l_1611 = &g_37;
    int32_t *l_3257 = (void*)0;
    int32_t *l_3258[7][2][3] = {{{&g_2535.f0,&g_2868.f0,(void*)0},{&g_1101[0].f0,&g_1101[0].f0,(void*)0}},{{&g_2535.f0,(void*)0,&g_2868.f0},{&g_2868.f0,(void*)0,&g_2535.f0}},{{(void*)0,&g_1101[0].f0,&g_1101[0].f0},{(void*)0,&g_2868.f0,&g_2535.f0}},{{&g_1098.f0,(void*)0,&g_2868.f0},{&g_1098.f0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_1098.f0}},{{&g_2868.f0,(void*)0,&g_1098.f0},{&g_2535.f0,&g_2868.f0,(void*)0}},{{&g_1101[0].f0,&g_1101[0].f0,(void*)0},{&g_2535.f0,(void*)0,&g_2868.f0}}};
    uint16_t l_3259 = 65535UL;
    int i, j, k;
    l_3259 = ((-1L) <= (((p_44 < (safe_lshift_func_int16_t_s_u(1L, (((safe_sub_func_uint16_t_u_u(g_37, (((safe_rshift_func_uint16_t_u_s((!(func_53(func_59(&g_7, (*p_42), g_8), &g_37, l_1608, l_1610, l_1611) && 0x6327228E8466EE7CLL)), 7)) , p_43) , l_1610))) > 0x3B0F1819L) | 0x4FL)))) , 1L) != l_1610));
    return (****g_3136);
}


/* ------------------------------------------ */
/* 
 * reads : g_1623 g_6 g_158 g_1358 g_1609 g_448 g_142 g_85 g_468 g_134.f1 g_100 g_37 g_151 g_1841 g_526 g_1860 g_265 g_134.f0 g_1902 g_839 g_269 g_1098.f2 g_175.f0 g_1961 g_1106 g_78 g_1101.f0 g_680 g_2 g_1624 g_175 g_15 g_2030 g_1101.f1 g_1098.f1 g_1962 g_33 g_1007 g_2153 g_1101.f2 g_140 g_1098 g_1720 g_1008 g_643 g_7 g_1100 g_1101 g_175.f1 g_8 g_1098.f0 g_2499 g_2154 g_2155 g_2555 g_217 g_2602 g_2605 g_2607 g_1721 g_1285 g_2606 g_2707 g_2710 g_2726
 * writes: g_1098.f0 g_151 g_839 g_753 g_158 g_175.f0 g_680 g_1106 g_15 g_140 g_1609 g_269 g_526 g_85 g_33 g_82 g_1860 g_8 g_1720 g_1961 g_78 g_448 g_1101.f0 g_100 g_2153 g_1721 g_217 g_2431 g_1624 g_2030 g_265 g_643 g_2602 g_1286 g_142
 */
static uint64_t  func_53(union U1  p_54, uint16_t * p_55, int8_t * p_56, int8_t  p_57, uint16_t * p_58)
{ /* block id: 751 */
    const union U1 l_1614 = {0xED9F8B64L};
    int8_t *l_1638[2][7][6] = {{{&g_15,(void*)0,&g_15,&g_1609,&g_15,(void*)0},{&g_15,&g_15,&g_1609,&g_1609,&g_1609,&g_15},{&g_15,&g_15,&g_1609,&g_15,&g_15,(void*)0},{(void*)0,&g_15,&g_15,&g_1609,&g_1609,&g_1609},{(void*)0,&g_15,(void*)0,&g_15,&g_15,&g_1609},{&g_15,(void*)0,&g_15,&g_1609,&g_15,(void*)0},{&g_15,&g_15,&g_1609,&g_1609,&g_1609,&g_15}},{{&g_15,&g_15,&g_1609,&g_15,&g_15,(void*)0},{(void*)0,&g_15,&g_15,&g_1609,&g_1609,&g_1609},{(void*)0,&g_15,(void*)0,&g_15,&g_15,&g_1609},{&g_15,(void*)0,&g_15,&g_1609,&g_15,(void*)0},{&g_15,&g_15,&g_1609,&g_1609,&g_1609,&g_15},{&g_15,&g_15,&g_1609,&g_15,&g_15,(void*)0},{(void*)0,&g_15,&g_15,&g_1609,&g_1609,&g_1609}}};
    int32_t l_1650 = 0x7FB07BA2L;
    int32_t l_1651[1];
    union U2 ***** const l_1660 = &g_1467;
    union U2 *l_1669 = &g_217;
    uint64_t l_1701 = 7UL;
    uint64_t l_1703 = 0x68AF1353781E6B47LL;
    int32_t *l_1707 = &g_85[6][4];
    uint32_t l_1740[10] = {4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL,4294967286UL};
    union U2 l_1793 = {0x993DL};
    uint8_t l_1826[7][5][1] = {{{0x12L},{0x54L},{0x75L},{0x54L},{0x12L}},{{0xCDL},{0x12L},{0xCDL},{0x19L},{0xCDL}},{{0x75L},{0xDFL},{0x75L},{0xCDL},{0x19L}},{{0xCDL},{0x75L},{0xDFL},{0x75L},{0xCDL}},{{0x19L},{0xCDL},{0x75L},{0xDFL},{0x75L}},{{0xCDL},{0x19L},{0xCDL},{0x75L},{0xDFL}},{{0x75L},{0xCDL},{0x19L},{0xCDL},{0x75L}}};
    int8_t *l_1843 = &g_1609;
    uint32_t **l_1871 = (void*)0;
    const uint8_t l_1959 = 1UL;
    int64_t ***l_2019 = (void*)0;
    int32_t l_2095[1];
    int16_t l_2107[7][6][6] = {{{(-3L),1L,0x6B93L,(-1L),0xB35EL,0xB9BEL},{0L,(-1L),1L,(-4L),0xB35EL,0x59F4L},{0xB9BEL,1L,1L,5L,(-1L),0x6B93L},{0x6B93L,0x1604L,0L,0L,0x1604L,0x6B93L},{5L,0xBB68L,1L,0L,0xC18DL,0x59F4L},{0L,1L,1L,0x6B93L,0x9952L,0xB9BEL}},{{0L,0x6D37L,0x6B93L,0L,(-9L),(-1L)},{5L,0xC18DL,0L,0L,1L,0L},{0x6B93L,0xC18DL,(-4L),5L,(-9L),0L},{0xB9BEL,0x6D37L,0L,(-4L),0x9952L,(-4L)},{0L,1L,0L,(-1L),0xC18DL,0L},{(-3L),0xBB68L,(-4L),(-1L),0x1604L,0L}},{{(-1L),0x1604L,0L,(-1L),(-1L),(-1L)},{(-3L),1L,0x6B93L,(-1L),0xB35EL,0xB9BEL},{0L,(-1L),1L,(-4L),0xB35EL,0x59F4L},{0xB9BEL,1L,1L,5L,(-1L),0x6B93L},{0x6B93L,0x1604L,0L,0L,0x1604L,0x6B93L},{5L,0xBB68L,1L,0L,0xC18DL,0x59F4L}},{{0L,1L,1L,0x6B93L,0x9952L,0xB9BEL},{0L,0x6D37L,0x6B93L,0L,(-9L),(-1L)},{5L,0xC18DL,0L,0L,1L,0L},{0x6B93L,0xC18DL,(-4L),5L,(-9L),0L},{0xB9BEL,0x6D37L,0L,(-4L),0x9952L,(-4L)},{0L,1L,0L,(-1L),0xC18DL,0L}},{{(-3L),0xBB68L,(-4L),(-1L),0x1604L,0L},{(-1L),0x1604L,0L,(-1L),(-1L),(-1L)},{(-3L),1L,0x6B93L,(-1L),0xB35EL,0xB9BEL},{0L,0xB9BEL,(-1L),8L,0L,(-1L)},{(-1L),0L,(-1L),0x259FL,0xB9BEL,7L},{7L,(-1L),(-1L),(-1L),(-1L),7L}},{{0x259FL,0x59F4L,(-1L),0x6EC4L,(-4L),(-1L)},{(-1L),5L,(-1L),7L,(-3L),(-1L)},{(-1L),1L,7L,0x6EC4L,1L,0xFA18L},{0x259FL,(-4L),(-1L),(-1L),0L,(-1L)},{7L,(-4L),8L,0x259FL,1L,(-1L)},{(-1L),1L,0x6EC4L,8L,(-3L),8L}},{{0x6EC4L,5L,0x6EC4L,0xFA18L,(-4L),(-1L)},{1L,0x59F4L,8L,(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L),0xB9BEL,0xFA18L},{1L,0L,7L,0xFA18L,0L,(-1L)},{0x6EC4L,0xB9BEL,(-1L),8L,0L,(-1L)},{(-1L),0L,(-1L),0x259FL,0xB9BEL,7L}}};
    uint32_t **l_2313 = &g_1358;
    uint32_t l_2360[7] = {0x712D17F9L,0x712D17F9L,0x712D17F9L,0x712D17F9L,0x712D17F9L,0x712D17F9L,0x712D17F9L};
    union U0 * const *l_2410 = &g_1624;
    int64_t l_2434 = 0L;
    int16_t l_2439[1];
    uint8_t l_2460 = 0UL;
    uint16_t l_2500 = 0x9C6AL;
    uint32_t l_2506 = 5UL;
    uint64_t l_2576 = 0x60517E40D8EB8A80LL;
    union U1 *l_2582 = &g_1101[0];
    union U1 ****l_2650 = (void*)0;
    int16_t l_2672 = 0xA117L;
    uint8_t l_2704[4][1][5];
    uint32_t l_2760[9][10][2] = {{{0UL,4294967295UL},{0UL,0xF5B7A331L},{4294967295UL,4294967295UL},{0x86C4E18AL,0UL},{7UL,0xF5B7A331L},{0xF5B7A331L,7UL},{0UL,0x86C4E18AL},{4294967295UL,4294967295UL},{0xF5B7A331L,0UL},{4294967295UL,0UL}},{{4294967291UL,0UL},{4294967295UL,0UL},{0xF5B7A331L,4294967295UL},{4294967295UL,0x86C4E18AL},{0UL,7UL},{0xF5B7A331L,0xF5B7A331L},{7UL,0UL},{0x86C4E18AL,4294967295UL},{4294967295UL,0xF5B7A331L},{0UL,4294967295UL}},{{0UL,4294967291UL},{0UL,4294967295UL},{0UL,0xF5B7A331L},{4294967295UL,4294967295UL},{0x86C4E18AL,0UL},{7UL,0xF5B7A331L},{0xF5B7A331L,7UL},{0UL,0x86C4E18AL},{4294967295UL,4294967295UL},{0xF5B7A331L,0UL}},{{4294967295UL,0UL},{4294967291UL,0UL},{4294967295UL,0UL},{0xF5B7A331L,4294967295UL},{4294967295UL,0x86C4E18AL},{0UL,7UL},{0xF5B7A331L,0xF5B7A331L},{7UL,0UL},{0x86C4E18AL,4294967295UL},{4294967295UL,0xF5B7A331L}},{{0UL,4294967295UL},{0UL,4294967291UL},{0UL,4294967295UL},{0UL,0xF5B7A331L},{4294967295UL,4294967295UL},{0x86C4E18AL,0UL},{7UL,0xF5B7A331L},{0xF5B7A331L,0xBEBE60D3L},{7UL,0x674C34E1L},{0x4408C51CL,4294967291UL}},{{0UL,4294967287UL},{4294967291UL,7UL},{0x12ED9C82L,7UL},{4294967291UL,4294967287UL},{0UL,4294967291UL},{0x4408C51CL,0x674C34E1L},{7UL,0xBEBE60D3L},{0UL,0UL},{0xBEBE60D3L,7UL},{0x674C34E1L,0x4408C51CL}},{{4294967291UL,0UL},{4294967287UL,4294967291UL},{7UL,0x12ED9C82L},{7UL,4294967291UL},{4294967287UL,0UL},{4294967291UL,0x4408C51CL},{0x674C34E1L,7UL},{0xBEBE60D3L,0UL},{0UL,0xBEBE60D3L},{7UL,0x674C34E1L}},{{0x4408C51CL,4294967291UL},{0UL,4294967287UL},{4294967291UL,7UL},{0x12ED9C82L,7UL},{4294967291UL,4294967287UL},{0UL,4294967291UL},{0x4408C51CL,0x674C34E1L},{7UL,0xBEBE60D3L},{0UL,0UL},{0xBEBE60D3L,7UL}},{{0x674C34E1L,0x4408C51CL},{4294967291UL,0UL},{4294967287UL,4294967291UL},{7UL,0x12ED9C82L},{7UL,4294967291UL},{4294967287UL,0UL},{4294967291UL,0x4408C51CL},{0x674C34E1L,7UL},{0xBEBE60D3L,0UL},{0UL,0xBEBE60D3L}}};
    uint16_t l_2787 = 0x829DL;
    uint8_t l_2815 = 1UL;
    uint8_t l_2985 = 0xA1L;
    uint16_t l_3099 = 0x768DL;
    int32_t **l_3145 = (void*)0;
    union U1 l_3146 = {-1L};
    uint8_t **l_3160[7] = {&g_754,&g_754,(void*)0,&g_754,&g_754,(void*)0,&g_754};
    int16_t l_3248 = 7L;
    int64_t l_3253[8][5][2] = {{{1L,0xC6CE6D09C3FC2014LL},{1L,0x16254880CCF5288DLL},{2L,0x06BA6DF31C54D204LL},{0x16254880CCF5288DLL,0xB799548714ED0CA2LL},{0xB4BE29CB62C6E4DFLL,0x16254880CCF5288DLL}},{{0xC6CE6D09C3FC2014LL,1L},{1L,(-1L)},{0xB4BE29CB62C6E4DFLL,0x06BA6DF31C54D204LL},{(-1L),0x06BA6DF31C54D204LL},{0xB4BE29CB62C6E4DFLL,(-1L)}},{{1L,1L},{0xC6CE6D09C3FC2014LL,0x16254880CCF5288DLL},{0xB4BE29CB62C6E4DFLL,0xB799548714ED0CA2LL},{0x16254880CCF5288DLL,0x06BA6DF31C54D204LL},{2L,0x16254880CCF5288DLL}},{{1L,0xC6CE6D09C3FC2014LL},{1L,0x16254880CCF5288DLL},{2L,0x06BA6DF31C54D204LL},{0x16254880CCF5288DLL,0xB799548714ED0CA2LL},{0xB4BE29CB62C6E4DFLL,0x16254880CCF5288DLL}},{{0xC6CE6D09C3FC2014LL,1L},{1L,(-1L)},{0xB4BE29CB62C6E4DFLL,0x06BA6DF31C54D204LL},{(-1L),0x06BA6DF31C54D204LL},{0xB4BE29CB62C6E4DFLL,(-1L)}},{{1L,1L},{0xC6CE6D09C3FC2014LL,0x16254880CCF5288DLL},{0xB4BE29CB62C6E4DFLL,0xB799548714ED0CA2LL},{0x16254880CCF5288DLL,0x06BA6DF31C54D204LL},{2L,0x16254880CCF5288DLL}},{{1L,0xC6CE6D09C3FC2014LL},{1L,0x16254880CCF5288DLL},{2L,0x06BA6DF31C54D204LL},{0x16254880CCF5288DLL,0xB799548714ED0CA2LL},{0xB4BE29CB62C6E4DFLL,0x16254880CCF5288DLL}},{{0xC6CE6D09C3FC2014LL,1L},{1L,(-1L)},{0xB4BE29CB62C6E4DFLL,0x06BA6DF31C54D204LL},{(-1L),0x06BA6DF31C54D204LL},{0xB4BE29CB62C6E4DFLL,(-1L)}}};
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_1651[i] = 4L;
    for (i = 0; i < 1; i++)
        l_2095[i] = 0x5EA9C59AL;
    for (i = 0; i < 1; i++)
        l_2439[i] = (-6L);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 5; k++)
                l_2704[i][j][k] = 0xECL;
        }
    }
    if (((1UL || 0x9F8CC1081288D74BLL) ^ p_54.f1))
    { /* block id: 752 */
        int32_t l_1631[8] = {0x1F9B7C19L,0x1F9B7C19L,0x1F9B7C19L,0x1F9B7C19L,0x1F9B7C19L,0x1F9B7C19L,0x1F9B7C19L,0x1F9B7C19L};
        int8_t *l_1634 = &g_15;
        union U2 * const ** const *l_1662[9];
        union U2 * const ** const **l_1661 = &l_1662[8];
        int32_t *l_1670 = &l_1651[0];
        uint64_t *l_1675 = &g_175.f0;
        uint64_t l_1706 = 18446744073709551615UL;
        uint64_t l_1882 = 0xBBBEBD294DBCA1CALL;
        uint32_t ***l_1896 = (void*)0;
        union U1 l_1968 = {-1L};
        int i;
        for (i = 0; i < 9; i++)
            l_1662[i] = (void*)0;
lbl_1800:
        for (g_1098.f0 = 0; (g_1098.f0 != 0); g_1098.f0 = safe_add_func_uint32_t_u_u(g_1098.f0, 2))
        { /* block id: 755 */
            union U0 *l_1615 = &g_175;
            union U0 **l_1616 = &l_1615;
            int32_t l_1622[6] = {0x92E9E23EL,0x92E9E23EL,0x92E9E23EL,0x92E9E23EL,0x92E9E23EL,0x92E9E23EL};
            uint8_t *l_1635 = &g_151;
            uint64_t l_1636 = 1UL;
            uint8_t *l_1637 = &g_839;
            int64_t l_1649 = 3L;
            uint32_t l_1652 = 0x29D73578L;
            int i;
            (*l_1616) = (l_1614 , l_1615);
            if ((safe_unary_minus_func_uint64_t_u((safe_sub_func_uint32_t_u_u(((safe_div_func_int8_t_s_s(((((l_1622[4] , g_1623) == ((safe_rshift_func_int8_t_s_u((0x8CL || (p_54.f1 >= ((((*l_1637) = (safe_div_func_uint8_t_u_u(((*l_1635) = (l_1614.f0 || (((((l_1631[1] , (((safe_sub_func_int64_t_s_s(((void*)0 == &g_1285), 1UL)) == l_1622[4]) == g_6)) , &p_57) == l_1634) >= 1L) , p_54.f2))), l_1636))) , l_1638[1][0][3]) != &p_57))), p_54.f2)) , (void*)0)) > 0xB3E01660L) && (-1L)), l_1636)) == l_1631[1]), 1L)))))
            { /* block id: 759 */
                int32_t *l_1639 = &l_1622[2];
                int32_t *l_1640 = &l_1631[1];
                int32_t l_1641[2][8][3] = {{{(-9L),6L,(-9L)},{(-2L),(-2L),0L},{(-9L),(-9L),(-9L)},{0L,(-3L),0x16D65407L},{0x3447AD5FL,(-9L),6L},{0L,0L,(-5L)},{(-9L),0x3447AD5FL,0x308A7F33L},{(-3L),0L,(-3L)}},{{(-9L),(-9L),1L},{(-2L),(-3L),(-3L)},{1L,(-9L),0x308A7F33L},{8L,(-2L),(-5L)},{1L,1L,6L},{(-2L),8L,0x16D65407L},{(-9L),1L,(-9L)},{(-3L),(-2L),0L}}};
                int32_t *l_1642 = &l_1641[0][6][0];
                int32_t *l_1643 = &g_1101[0].f0;
                int32_t *l_1644 = &l_1641[0][6][0];
                int32_t *l_1645 = &l_1641[0][3][0];
                int32_t *l_1646 = (void*)0;
                int32_t *l_1647 = &g_1101[0].f0;
                int32_t *l_1648[9][9] = {{&l_1622[0],&l_1622[4],(void*)0,(void*)0,&l_1622[4],&g_8,(void*)0,&l_1622[4],&g_6},{&g_7,&g_8,&l_1622[1],&g_8,&g_6,&g_8,&l_1622[1],&g_8,&g_7},{&l_1622[4],&l_1622[4],&l_1631[1],&g_85[4][2],(void*)0,&l_1641[0][4][1],&g_2,(void*)0,&g_1098.f0},{&g_85[3][0],&g_8,&g_1098.f0,&g_1101[0].f0,&g_1101[0].f0,&g_1098.f0,&g_8,&g_85[3][0],&l_1641[0][6][0]},{&l_1622[4],(void*)0,&g_2,&g_7,&l_1631[1],&l_1622[0],&g_6,&g_85[4][2],&g_85[4][2]},{&g_7,&g_2,&g_2,&g_85[3][0],&g_2,&g_2,&g_7,&g_8,&l_1641[0][6][0]},{&l_1622[0],(void*)0,(void*)0,&l_1622[4],&g_85[4][2],&l_1631[1],&g_1098.f0,(void*)0,&g_1098.f0},{&g_8,&l_1631[1],&g_7,&g_7,&l_1631[1],&g_8,&l_1641[0][6][0],&g_8,&g_7},{(void*)0,&g_2,&g_7,&l_1631[1],&l_1622[0],&g_6,&g_85[4][2],&g_85[4][2],&g_6}};
                int i, j, k;
                l_1652--;
                if (l_1650)
                    break;
            }
            else
            { /* block id: 762 */
                uint8_t ***l_1655 = &g_753;
                (*l_1655) = &g_754;
            }
        }
        if ((((safe_rshift_func_int16_t_s_s((0x62L != (l_1660 != l_1661)), (safe_mod_func_int64_t_s_s(((((*l_1670) = (8L != (safe_sub_func_uint32_t_u_u(((*g_1358) = (g_158 | ((void*)0 != l_1669))), l_1631[7])))) >= ((safe_rshift_func_int8_t_s_u(((((*l_1675) = (safe_mul_func_int16_t_s_s(p_54.f1, 0xB5AAL))) | p_57) , (*p_56)), 7)) <= 0x763AL)) == p_54.f0), g_448[2][4][3])))) >= (*p_56)) >= l_1650))
        { /* block id: 769 */
            int64_t l_1684 = (-10L);
            int32_t l_1702 = (-1L);
            union U1 *l_1728 = (void*)0;
            union U1 **l_1727 = &l_1728;
            const int8_t l_1731[4] = {0x12L,0x12L,0x12L,0x12L};
            int32_t l_1771 = (-3L);
            union U2 *****l_1784[9][8][2] = {{{&g_1467,&g_1467},{&g_1467,(void*)0},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467}},{{&g_1467,(void*)0},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,(void*)0},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,(void*)0}},{{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,(void*)0},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467}},{{&g_1467,&g_1467},{&g_1467,(void*)0},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,(void*)0},{&g_1467,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467}},{{&g_1467,(void*)0},{&g_1467,&g_1467},{&g_1467,&g_1467},{(void*)0,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467},{(void*)0,&g_1467},{&g_1467,&g_1467}},{{(void*)0,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467},{(void*)0,&g_1467},{&g_1467,&g_1467},{&g_1467,(void*)0},{&g_1467,&g_1467},{&g_1467,(void*)0}},{{&g_1467,&g_1467},{&g_1467,(void*)0},{&g_1467,&g_1467},{&g_1467,&g_1467},{(void*)0,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467},{(void*)0,&g_1467}},{{&g_1467,&g_1467},{(void*)0,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467},{(void*)0,&g_1467},{&g_1467,&g_1467},{&g_1467,(void*)0},{&g_1467,&g_1467}},{{&g_1467,(void*)0},{&g_1467,&g_1467},{&g_1467,(void*)0},{&g_1467,&g_1467},{&g_1467,&g_1467},{(void*)0,&g_1467},{&g_1467,&g_1467},{&g_1467,&g_1467}}};
            int32_t ** const l_1789[9] = {&g_1721,&g_1721,&g_1721,&g_1721,&g_1721,&g_1721,&g_1721,&g_1721,&g_1721};
            int8_t *** const l_1813 = (void*)0;
            int8_t *** const *l_1812 = &l_1813;
            int8_t *** const **l_1811 = &l_1812;
            int16_t l_1861 = 1L;
            int32_t l_1862 = 0x0CFDE684L;
            uint32_t ****l_1897 = &l_1896;
            uint32_t ***l_1899 = (void*)0;
            uint32_t ****l_1898 = &l_1899;
            uint32_t ***l_1901[8] = {&l_1871,&l_1871,&l_1871,&l_1871,&l_1871,&l_1871,&l_1871,&l_1871};
            uint32_t ****l_1900 = &l_1901[0];
            int32_t l_1944 = 0xD65F9E8BL;
            uint8_t **l_1977 = &g_754;
            int i, j, k;
            for (g_680 = 5; (g_680 >= (-6)); g_680--)
            { /* block id: 772 */
                const int32_t *l_1678[1][7][3] = {{{&g_6,&g_6,&g_6},{(void*)0,(void*)0,(void*)0},{&g_6,&g_6,&g_6},{(void*)0,(void*)0,(void*)0},{&g_6,&g_6,&g_6},{(void*)0,(void*)0,(void*)0},{&g_6,&g_6,&g_6}}};
                const int32_t **l_1679 = &l_1678[0][6][2];
                int16_t *l_1704 = (void*)0;
                int16_t *l_1705 = &g_82;
                int32_t l_1739[7] = {0x5E9285F4L,0xDD94E052L,0x5E9285F4L,0x5E9285F4L,0xDD94E052L,0x5E9285F4L,0x5E9285F4L};
                union U2 l_1749 = {65535UL};
                int32_t ***l_1754[3];
                uint32_t l_1757[8][4][8] = {{{9UL,9UL,0x4B054526L,18446744073709551615UL,18446744073709551609UL,0x4B054526L,18446744073709551609UL,18446744073709551615UL},{18446744073709551611UL,18446744073709551615UL,18446744073709551611UL,18446744073709551615UL,18446744073709551615UL,9UL,9UL,18446744073709551615UL},{18446744073709551615UL,9UL,9UL,18446744073709551615UL,18446744073709551615UL,18446744073709551611UL,18446744073709551615UL,18446744073709551611UL},{18446744073709551615UL,18446744073709551609UL,0x4B054526L,18446744073709551609UL,18446744073709551615UL,0x4B054526L,9UL,9UL}},{{18446744073709551611UL,18446744073709551609UL,18446744073709551615UL,18446744073709551615UL,18446744073709551609UL,18446744073709551611UL,9UL,18446744073709551609UL},{9UL,9UL,18446744073709551615UL,9UL,18446744073709551615UL,9UL,9UL,18446744073709551611UL},{18446744073709551609UL,18446744073709551615UL,0x4B054526L,9UL,9UL,0x4B054526L,18446744073709551615UL,18446744073709551609UL},{18446744073709551611UL,9UL,9UL,18446744073709551615UL,9UL,18446744073709551615UL,9UL,9UL}},{{18446744073709551615UL,0x4B054526L,0xE2B90A9CL,18446744073709551615UL,0xE17ACF44L,0xE17ACF44L,18446744073709551615UL,0xE2B90A9CL},{18446744073709551611UL,18446744073709551611UL,9UL,9UL,18446744073709551615UL,9UL,18446744073709551615UL,9UL},{0xE2B90A9CL,9UL,0xE2B90A9CL,0xE17ACF44L,9UL,0x4B054526L,0x4B054526L,9UL},{9UL,0x4B054526L,0x4B054526L,9UL,0xE17ACF44L,0xE2B90A9CL,9UL,0xE2B90A9CL}},{{9UL,18446744073709551615UL,9UL,18446744073709551615UL,9UL,9UL,18446744073709551611UL,18446744073709551611UL},{0xE2B90A9CL,18446744073709551615UL,0xE17ACF44L,0xE17ACF44L,18446744073709551615UL,0xE2B90A9CL,0x4B054526L,18446744073709551615UL},{18446744073709551611UL,0x4B054526L,0xE17ACF44L,18446744073709551611UL,0xE17ACF44L,0x4B054526L,18446744073709551611UL,0xE2B90A9CL},{18446744073709551615UL,9UL,9UL,18446744073709551611UL,18446744073709551611UL,9UL,9UL,18446744073709551615UL}},{{0xE2B90A9CL,18446744073709551611UL,0x4B054526L,0xE17ACF44L,18446744073709551611UL,0xE17ACF44L,0x4B054526L,18446744073709551611UL},{18446744073709551615UL,0x4B054526L,0xE2B90A9CL,18446744073709551615UL,0xE17ACF44L,0xE17ACF44L,18446744073709551615UL,0xE2B90A9CL},{18446744073709551611UL,18446744073709551611UL,9UL,9UL,18446744073709551615UL,9UL,18446744073709551615UL,9UL},{0xE2B90A9CL,9UL,0xE2B90A9CL,0xE17ACF44L,9UL,0x4B054526L,0x4B054526L,9UL}},{{9UL,0x4B054526L,0x4B054526L,9UL,0xE17ACF44L,0xE2B90A9CL,9UL,0xE2B90A9CL},{9UL,18446744073709551615UL,9UL,18446744073709551615UL,9UL,9UL,18446744073709551611UL,18446744073709551611UL},{0xE2B90A9CL,18446744073709551615UL,0xE17ACF44L,0xE17ACF44L,18446744073709551615UL,0xE2B90A9CL,0x4B054526L,18446744073709551615UL},{18446744073709551611UL,0x4B054526L,0xE17ACF44L,18446744073709551611UL,0xE17ACF44L,0x4B054526L,18446744073709551611UL,0xE2B90A9CL}},{{18446744073709551615UL,9UL,9UL,18446744073709551611UL,18446744073709551611UL,9UL,9UL,18446744073709551615UL},{0xE2B90A9CL,18446744073709551611UL,0x4B054526L,0xE17ACF44L,18446744073709551611UL,0xE17ACF44L,0x4B054526L,18446744073709551611UL},{18446744073709551615UL,0x4B054526L,0xE2B90A9CL,18446744073709551615UL,0xE17ACF44L,0xE17ACF44L,18446744073709551615UL,0xE2B90A9CL},{18446744073709551611UL,18446744073709551611UL,9UL,9UL,18446744073709551615UL,9UL,18446744073709551615UL,9UL}},{{0xE2B90A9CL,9UL,0xE2B90A9CL,0xE17ACF44L,9UL,0x4B054526L,0x4B054526L,9UL},{9UL,0x4B054526L,0x4B054526L,9UL,0xE17ACF44L,0xE2B90A9CL,9UL,0xE2B90A9CL},{9UL,18446744073709551615UL,9UL,18446744073709551615UL,9UL,9UL,18446744073709551611UL,18446744073709551611UL},{0xE2B90A9CL,18446744073709551615UL,0xE17ACF44L,0xE17ACF44L,18446744073709551615UL,0xE2B90A9CL,9UL,0xE17ACF44L}}};
                int64_t l_1759 = 0xD9FD5AA6B1B7AC8BLL;
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_1754[i] = (void*)0;
                (*l_1679) = l_1678[0][1][2];
            }
            for (g_1106 = 0; (g_1106 == 36); g_1106 = safe_add_func_int16_t_s_s(g_1106, 1))
            { /* block id: 806 */
                uint32_t l_1764 = 0x18500054L;
                uint16_t *l_1776 = &g_37;
                uint16_t **l_1775[6][4] = {{&l_1776,&l_1776,(void*)0,&l_1776},{&l_1776,(void*)0,(void*)0,(void*)0},{&l_1776,&l_1776,&l_1776,(void*)0},{&l_1776,(void*)0,&l_1776,&l_1776},{&l_1776,&l_1776,&l_1776,&l_1776},{&l_1776,&l_1776,(void*)0,&l_1776}};
                union U2 l_1796[3][1] = {{{4UL}},{{4UL}},{{4UL}}};
                int32_t l_1806[6][10] = {{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L}};
                union U2 **l_1824 = &l_1669;
                int32_t *l_1830 = &l_1651[0];
                union U1 *l_1831[8] = {&g_1098,&g_1101[0],&g_1101[0],&g_1098,&g_1101[0],&g_1101[0],&g_1098,&g_1101[0]};
                union U2 ***l_1873[9] = {(void*)0,&g_1286[5],(void*)0,&g_1286[5],(void*)0,&g_1286[5],(void*)0,&g_1286[5],(void*)0};
                int i, j;
                for (l_1706 = 1; (l_1706 <= 4); l_1706 += 1)
                { /* block id: 809 */
                    union U2 *****l_1783 = &g_1467;
                    union U0 l_1790[4] = {{0x00BCAD179578F07BLL},{0x00BCAD179578F07BLL},{0x00BCAD179578F07BLL},{0x00BCAD179578F07BLL}};
                    union U2 *l_1797 = &l_1793;
                    int64_t l_1814[8] = {0L,(-7L),(-7L),0L,(-7L),(-7L),0L,(-7L)};
                    uint16_t l_1815 = 0x8228L;
                    int64_t l_1825 = 1L;
                    uint8_t *l_1832[6];
                    int8_t **l_1842 = &l_1638[0][5][5];
                    int64_t *l_1863 = (void*)0;
                    int64_t *l_1864 = (void*)0;
                    int64_t *l_1865 = &l_1684;
                    union U2 ***l_1872[1];
                    int32_t l_1883 = 1L;
                    int i;
                    for (i = 0; i < 6; i++)
                        l_1832[i] = (void*)0;
                    for (i = 0; i < 1; i++)
                        l_1872[i] = &l_1824;
                    if ((g_142[l_1706] < (l_1740[(l_1706 + 5)] < ((l_1740[(l_1706 + 5)] && (*l_1707)) < ((*g_468) = (g_158 , l_1764))))))
                    { /* block id: 811 */
                        uint16_t *l_1774 = &g_643;
                        uint16_t **l_1773 = &l_1774;
                        uint16_t ***l_1772[5];
                        int32_t l_1782 = 6L;
                        int64_t *l_1787 = (void*)0;
                        int64_t *l_1788 = &g_140;
                        int i;
                        for (i = 0; i < 5; i++)
                            l_1772[i] = &l_1773;
                        (*l_1670) |= (safe_add_func_int8_t_s_s(((*p_56) = (((safe_add_func_uint64_t_u_u(((((l_1771 || ((l_1775[2][1] = &p_55) != &p_58)) < ((void*)0 == &g_526)) , ((safe_add_func_int32_t_s_s((safe_sub_func_int8_t_s_s(((((((safe_unary_minus_func_int32_t_s((l_1782 && ((*l_1788) = (((l_1783 == l_1784[5][0][1]) <= (safe_mul_func_uint8_t_u_u(l_1740[(l_1706 + 5)], (*p_56)))) , l_1731[3]))))) < p_54.f0) & p_54.f1) , (void*)0) == l_1789[0]) <= 1UL), 0UL)), g_134.f1)) , l_1790[2])) , (*l_1707)), 0x25771080D833F9DFLL)) ^ (*l_1707)) != (*l_1707))), p_57));
                        p_54.f0 |= ((safe_rshift_func_uint16_t_u_s((l_1793 , (safe_div_func_int16_t_s_s((((*l_1670) = ((l_1669 = (l_1796[1][0] , l_1797)) != (((l_1790[2].f1 , (!((safe_unary_minus_func_int16_t_s(1L)) > (-6L)))) ^ 1UL) , &l_1796[1][0]))) == 4UL), g_100))), 11)) , l_1790[2].f1);
                        return p_54.f1;
                    }
                    else
                    { /* block id: 820 */
                        int8_t **l_1803 = &l_1634;
                        uint8_t *l_1804 = &g_269;
                        int32_t l_1805 = 0L;
                        uint64_t *l_1827 = (void*)0;
                        uint64_t *l_1828 = &l_1701;
                        int32_t *l_1829 = &l_1806[5][3];
                        if (g_6)
                            goto lbl_1800;
                        l_1815 &= ((*l_1707) >= ((((((&g_1363 != (l_1811 = (l_1790[3] , (((safe_lshift_func_uint16_t_u_u((&p_57 == ((*l_1803) = &p_57)), (((*l_1804) = (l_1740[(l_1706 + 5)] || (*p_56))) , (l_1806[1][5] = l_1805)))) >= ((*g_468) = ((safe_mul_func_int8_t_s_s(((safe_mul_func_int16_t_s_s((-8L), (*l_1670))) != 0x8099BBEE9C345D5ELL), 0L)) == 0x1C5454EAE34FBF89LL))) , (void*)0)))) ^ 0x36DCL) , (*l_1670)) | l_1814[1]) && 0xBB1F900387D675F7LL) < (*l_1670)));
                        p_54.f0 = ((((((*l_1829) ^= ((safe_sub_func_uint8_t_u_u((l_1731[2] | (!((*l_1828) = ((*l_1707) == (((*l_1670) && (((void*)0 == &g_7) <= ((~(((((safe_add_func_uint16_t_u_u((*p_58), (((((0xE074L & 0xE270L) , ((*l_1675) = (l_1824 != &l_1797))) || 0x9D2709C849F1EB87LL) & l_1731[2]) == l_1825))) | l_1790[2].f0) == 0x55A5L) , (*l_1670)) != l_1731[1])) ^ l_1826[1][4][0]))) && l_1796[1][0].f0))))), 0x15L)) , l_1764)) != l_1731[2]) >= (*p_58)) && 0UL) == l_1764);
                        l_1830 = (void*)0;
                    }
                    (*l_1670) |= (l_1862 = (l_1702 = ((p_54.f2 != ((l_1831[3] == l_1831[0]) != (--g_151))) >= (((*l_1707) = (safe_mul_func_int8_t_s_s((((safe_add_func_int64_t_s_s((safe_mul_func_int8_t_s_s(((((*l_1842) = g_1841) != l_1843) , ((0L < ((((safe_add_func_int16_t_s_s((safe_mul_func_int8_t_s_s((safe_add_func_int8_t_s_s(l_1814[0], (safe_add_func_uint16_t_u_u(((safe_sub_func_uint32_t_u_u(((*g_1358)--), (-1L))) == ((((g_526++) <= (*p_58)) >= p_54.f1) <= p_57)), l_1702)))), p_54.f1)), g_1860)) > 18446744073709551615UL) > p_54.f1) > (*p_56))) , 1L)), (*p_56))), 0L)) & 0xB6L) > l_1861), g_37))) != p_54.f2))));
                    if (g_265[2][1])
                        break;
                    l_1650 ^= ((((*l_1865) = p_57) < ((+((safe_mul_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((&g_1358 != l_1871) & (*l_1670)), (((l_1873[0] = l_1872[0]) == (void*)0) || ((safe_lshift_func_int16_t_s_s(((safe_mul_func_int16_t_s_s(l_1731[0], (0L <= ((safe_add_func_uint64_t_u_u((safe_div_func_uint64_t_u_u((0x26368122L > l_1882), (*l_1707))), p_54.f1)) | 0x7AA7B74EL)))) < (*l_1670)), 4)) , l_1883)))), l_1861)) ^ p_54.f1)) | g_134.f0)) & (*l_1670));
                }
                for (p_54.f2 = 0; p_54.f2 < 10; p_54.f2 += 1)
                {
                    l_1740[p_54.f2] = 0x7A968724L;
                }
            }
            (*l_1670) = ((l_1771 && (safe_rshift_func_uint16_t_u_s((safe_sub_func_int32_t_s_s(((((*g_1841) = ((0L > p_57) < (*l_1707))) , (((safe_rshift_func_uint8_t_u_s(p_54.f2, 1)) >= (((((l_1862 == (l_1702 = (safe_sub_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(((safe_sub_func_uint8_t_u_u((*l_1707), ((((*l_1897) = l_1896) == ((*l_1900) = ((*l_1898) = &g_1357[1]))) || 0x69L))) < (*g_1358)), (*l_1670))), 0UL)))) > g_1902) <= 0UL) | l_1731[0]) <= p_54.f1)) == p_54.f2)) , g_839), (*l_1707))), 0))) , p_54.f0);
            for (g_269 = 0; (g_269 <= 0); g_269 += 1)
            { /* block id: 857 */
                uint64_t l_1923 = 0xA4E1CD1FE3178CEELL;
                uint8_t *l_1932 = (void*)0;
                uint8_t *l_1933 = &g_151;
                int16_t *l_1945 = (void*)0;
                int16_t *l_1946 = &l_1861;
                int32_t l_1947[9][4][7] = {{{1L,0x957E410CL,0x20A5584AL,0xA89A01ADL,1L,0xE0968BE5L,0L},{0xCD55B273L,0xD803B30CL,0xA03E7F40L,0x957E410CL,1L,0xA03E7F40L,(-1L)},{0L,0xF7F9401DL,3L,1L,0x957E410CL,0xBF15AF08L,1L},{(-1L),1L,0x185C088DL,0x67705A3FL,1L,0x20A5584AL,0x99204753L}},{{0xA89A01ADL,0x99EDC84AL,1L,0xCD55B273L,0x99EDC84AL,(-1L),(-1L)},{0xC63DA335L,0x99204753L,1L,1L,(-7L),1L,0x99EDC84AL},{0x3F6665EBL,1L,0x185C088DL,0xA89A01ADL,0L,0x11103A17L,0L},{(-7L),3L,3L,(-7L),0x56A3A1E9L,1L,0L}},{{0xBF15AF08L,(-3L),0xA03E7F40L,0xB2ADB22FL,0L,0x19EFE6E5L,1L},{0x3F6665EBL,1L,0x20A5584AL,(-1L),0xF7F9401DL,1L,0L},{0xF7F9401DL,0xC63DA335L,0xD803B30CL,3L,7L,0x41007854L,1L},{(-1L),0L,0L,0x185C088DL,0x3B95BB7DL,7L,0x12E1DAD4L}},{{0xA03E7F40L,0x19EFE6E5L,1L,1L,0x56A3A1E9L,0x67705A3FL,0xA03E7F40L},{1L,0x41007854L,0xE0968BE5L,1L,0xA50EB8CDL,0x12E1DAD4L,0xC63DA335L},{1L,(-1L),5L,0x185C088DL,1L,(-1L),(-1L)},{6L,3L,(-1L),3L,6L,0L,0L}},{{0L,0x2EE1DD0FL,7L,0xA03E7F40L,0L,1L,1L},{0x2EE1DD0FL,(-1L),0L,0x20A5584AL,0xD803B30CL,0xE0968BE5L,0x20A5584AL},{0L,0xA03E7F40L,0L,0xD803B30CL,0xB2ADB22FL,0xA89A01ADL,0x631D2519L},{6L,0x5C9287BFL,1L,0x638CB6ECL,0x20A5584AL,0xBC99BD81L,1L}},{{1L,0L,0x79AC00B9L,0x5C9287BFL,0x19EFE6E5L,0x79AC00B9L,0xBC99BD81L},{1L,1L,0xF7F9401DL,0xBF15AF08L,0x19EFE6E5L,(-1L),0x3B95BB7DL},{0xA03E7F40L,5L,0xA50EB8CDL,0x56A3A1E9L,0x20A5584AL,1L,0xC63DA335L},{(-1L),0xB2ADB22FL,1L,1L,0xB2ADB22FL,(-1L),0x41007854L}},{{1L,0xC63DA335L,(-7L),0x19EFE6E5L,0xD803B30CL,(-3L),0xB2ADB22FL},{0x3B95BB7DL,0x20A5584AL,0xA50EB8CDL,0x638CB6ECL,0L,0x12E1DAD4L,1L},{0xE0968BE5L,0xC63DA335L,0x185C088DL,0xE0968BE5L,6L,0x5C9287BFL,1L},{0xD803B30CL,0xB2ADB22FL,0xA89A01ADL,0x631D2519L,1L,1L,0xBF15AF08L}},{{0x3B95BB7DL,5L,1L,0xA03E7F40L,0xA50EB8CDL,0x41007854L,0x498B37E9L},{0xA50EB8CDL,1L,0xBC99BD81L,0x2EE1DD0FL,0x56A3A1E9L,0x41007854L,0L},{0x638CB6ECL,0L,0xCD55B273L,0xC63DA335L,0x3B95BB7DL,1L,0xB2ADB22FL},{0xA03E7F40L,0x5C9287BFL,7L,1L,7L,0x5C9287BFL,0xA03E7F40L}},{{0xD6F2C300L,0xA03E7F40L,0xE0968BE5L,0L,1L,0x12E1DAD4L,0x185C088DL},{0xBF15AF08L,(-1L),0xB07E56FCL,0xC63DA335L,1L,(-3L),0x3B95BB7DL},{6L,0x2EE1DD0FL,0xE0968BE5L,3L,5L,(-1L),0L},{0xBC99BD81L,3L,7L,0x41007854L,1L,1L,0xD6F2C300L}}};
                int32_t **l_1948[9];
                union U2 *l_1982 = &g_217;
                int i, j, k;
                for (i = 0; i < 9; i++)
                    l_1948[i] = &l_1707;
                for (g_33 = 1; (g_33 <= 7); g_33 += 1)
                { /* block id: 860 */
                    uint32_t l_1910 = 0x2C84DEA1L;
                    for (g_82 = 1; (g_82 <= 7); g_82 += 1)
                    { /* block id: 863 */
                        const int32_t *l_1903 = &g_6;
                        const int32_t **l_1904 = &l_1903;
                        (*l_1904) = l_1903;
                    }
                    for (l_1702 = 0; l_1702 < 7; l_1702 += 1)
                    {
                        for (g_1860 = 0; g_1860 < 5; g_1860 += 1)
                        {
                            for (g_8 = 0; g_8 < 1; g_8 += 1)
                            {
                                l_1826[l_1702][g_1860][g_8] = 0x94L;
                            }
                        }
                    }
                    if (g_1098.f2)
                        continue;
                    for (g_140 = 1; (g_140 <= 7); g_140 += 1)
                    { /* block id: 870 */
                        int32_t *l_1905 = &l_1631[1];
                        int32_t *l_1906 = &l_1651[0];
                        int32_t *l_1907 = &l_1651[0];
                        int32_t *l_1908 = &l_1702;
                        int32_t *l_1909[4][10];
                        int i, j;
                        for (i = 0; i < 4; i++)
                        {
                            for (j = 0; j < 10; j++)
                                l_1909[i][j] = &l_1651[0];
                        }
                        l_1910++;
                    }
                    for (g_151 = 0; (g_151 <= 7); g_151 += 1)
                    { /* block id: 875 */
                        int32_t *l_1913 = (void*)0;
                        int32_t *l_1914 = &l_1651[0];
                        int32_t *l_1915 = (void*)0;
                        int32_t l_1916 = (-10L);
                        int32_t *l_1917 = (void*)0;
                        int32_t *l_1918 = &l_1651[0];
                        int32_t *l_1919 = &l_1651[0];
                        int32_t *l_1920 = (void*)0;
                        int32_t *l_1921 = &l_1916;
                        int32_t *l_1922[2];
                        int i;
                        for (i = 0; i < 2; i++)
                            l_1922[i] = &g_1101[0].f0;
                        l_1923--;
                        return p_54.f2;
                    }
                }
                l_1947[4][0][3] |= (safe_mul_func_uint16_t_u_u(((((void*)0 == l_1675) > 0xF3L) , (*l_1707)), ((*l_1946) = (safe_sub_func_uint64_t_u_u((((*g_1358) ^= (0xAB043DC2L <= (l_1944 = (safe_mul_func_uint8_t_u_u(((*l_1933)--), ((safe_rshift_func_uint8_t_u_u((l_1702 = ((&g_1363 == (void*)0) , (l_1862 = (safe_mul_func_uint8_t_u_u(((safe_sub_func_uint16_t_u_u(65526UL, ((safe_sub_func_uint8_t_u_u(((-4L) >= p_57), l_1862)) | g_175.f0))) >= (*p_58)), p_54.f0))))), (*l_1670))) | (*p_56))))))) < 0x353CAB8FL), (*l_1670))))));
                l_1670 = &g_6;
                for (g_839 = 0; (g_839 <= 0); g_839 += 1)
                { /* block id: 890 */
                    int32_t ***l_1951 = (void*)0;
                    int32_t ***l_1952[10] = {&g_1720,&g_1720,&g_1720,&g_1720,&g_1720,&g_1720,&g_1720,&g_1720,&g_1720,&g_1720};
                    uint64_t *l_1955 = (void*)0;
                    int32_t l_1960 = 0L;
                    union U2 *l_1981 = &l_1793;
                    int i;
                    l_1960 = ((-10L) < ((*l_1707) = (((*l_1675) = (safe_sub_func_uint16_t_u_u(((g_1720 = &g_1721) != &g_1721), ((((((((((p_57 != ((safe_sub_func_uint16_t_u_u((((l_1955 != (void*)0) != ((*l_1707) > (*l_1707))) && (safe_unary_minus_func_uint16_t_u((safe_lshift_func_int16_t_s_s((l_1959 || (-5L)), p_57))))), p_54.f1)) >= p_54.f0)) , l_1960) || 0x0005L) | l_1702) & 9UL) | l_1960) <= p_57) || 0x44L) , l_1862) && l_1771)))) || (*l_1670))));
                    if ((*l_1707))
                        continue;
                    for (g_1106 = 0; (g_1106 <= 0); g_1106 += 1)
                    { /* block id: 898 */
                        const uint16_t ***l_1963 = &g_1961;
                        uint16_t *l_1970 = &l_1793.f0;
                        uint8_t ***l_1978 = &l_1977;
                        uint8_t ***l_1979 = &g_753;
                        int32_t l_1980 = (-8L);
                        int i, j, k;
                        (*l_1963) = g_1961;
                        if (g_1098.f2)
                            break;
                        (*l_1707) ^= (p_54.f0 = (safe_sub_func_int8_t_s_s(((safe_mul_func_int16_t_s_s(((*l_1946) ^= ((l_1968 , (void*)0) == (void*)0)), (g_526 = (~((*l_1970) = (*l_1670)))))) , (!((((l_1826[(g_1106 + 6)][(g_1106 + 4)][g_1106] ^= 0xF2L) | (safe_mul_func_int8_t_s_s((safe_sub_func_int32_t_s_s((*l_1670), ((safe_unary_minus_func_uint8_t_u((((*p_55) , ((*l_1978) = l_1977)) == ((*l_1979) = &g_754)))) , l_1980))), 0x6DL))) <= g_6) && (*l_1670)))), p_54.f2)));
                        l_1982 = l_1981;
                    }
                }
            }
        }
        else
        { /* block id: 913 */
            uint32_t l_1996 = 0xB6953EFAL;
            for (l_1793.f0 = 0; (l_1793.f0 <= 0); l_1793.f0 += 1)
            { /* block id: 916 */
                int32_t **l_1983 = &g_78;
                uint64_t l_1992 = 0x92472564C60A1DBDLL;
                int i;
                (*l_1983) = &l_1651[l_1793.f0];
                for (g_839 = 0; (g_839 <= 0); g_839 += 1)
                { /* block id: 920 */
                    int16_t *l_1993 = &g_448[1][4][0];
                    int i;
                    g_1101[0].f0 ^= (safe_sub_func_uint64_t_u_u((((safe_add_func_int32_t_s_s(((((((*g_1358)--) > ((l_1651[l_1793.f0] > ((*l_1993) ^= (l_1651[l_1793.f0] , ((safe_lshift_func_int8_t_s_u(((*l_1707) >= 0x99L), l_1992)) , (*l_1707))))) >= (safe_mul_func_uint16_t_u_u((((void*)0 != &g_1902) && (**l_1983)), 1L)))) < 3UL) && p_54.f1) >= (**l_1983)), 4294967289UL)) != 5UL) >= 0xF2E8L), l_1996));
                    return g_680;
                }
            }
            for (g_100 = 27; (g_100 >= (-14)); g_100 = safe_sub_func_uint8_t_u_u(g_100, 1))
            { /* block id: 929 */
                return (*l_1707);
            }
        }
    }
    else
    { /* block id: 933 */
        const int8_t l_1999 = 0xD3L;
        int64_t **l_2018 = (void*)0;
        int64_t ***l_2017 = &l_2018;
        const union U2 l_2029 = {0x3A52L};
        uint32_t l_2033 = 1UL;
        int32_t l_2056 = 1L;
        union U1 l_2057 = {0x1C5FA26EL};
        int32_t l_2068 = 0x4DA42139L;
        int32_t l_2072 = 0x25E35BE4L;
        int32_t l_2077 = 0xB0989412L;
        int32_t l_2078 = 4L;
        int32_t l_2108 = (-9L);
        int32_t l_2109[8][3][6] = {{{0xF696392AL,(-8L),0L,7L,0L,0xD5E0022AL},{0x5CBECEB0L,1L,0xE2C9A214L,0xECFD4230L,(-1L),(-1L)},{0x0C70570CL,0x5CBECEB0L,7L,0x35B6938FL,4L,0xC30A9AD1L}},{{0x145A3773L,(-5L),0x35B6938FL,(-7L),0xF696392AL,(-7L)},{1L,(-1L),1L,0L,0x35B6938FL,4L},{0xD5E0022AL,(-1L),0x5CBECEB0L,2L,(-5L),1L}},{{0L,1L,0x8AD98264L,2L,1L,0L},{0xD5E0022AL,0L,7L,0L,1L,0xD5E0022AL},{1L,(-1L),(-5L),(-7L),(-1L),0x88A5ACF6L}},{{0x145A3773L,(-8L),0x60DB102DL,0x35B6938FL,0x35B6938FL,0x60DB102DL},{0x0C70570CL,0x0C70570CL,0x35B6938FL,0xECFD4230L,0x08A039E5L,1L},{0x5CBECEB0L,(-1L),(-1L),7L,(-8L),0x35B6938FL}},{{0xD5E0022AL,0x5CBECEB0L,(-1L),(-1L),0x0C70570CL,1L},{(-7L),(-1L),0x35B6938FL,0x88A5ACF6L,1L,0x60DB102DL},{0x88A5ACF6L,1L,0x60DB102DL,0L,0L,0x88A5ACF6L}},{{(-1L),0xD5E0022AL,(-5L),0xECFD4230L,(-5L),0xD5E0022AL},{(-5L),(-8L),7L,0x8AD98264L,(-8L),0L},{0x0C70570CL,(-5L),0x8AD98264L,0L,(-1L),1L}},{{1L,(-5L),0x5CBECEB0L,0x60DB102DL,(-8L),4L},{0x88A5ACF6L,(-8L),1L,(-1L),(-5L),(-7L)},{1L,0xD5E0022AL,0x35B6938FL,2L,0L,0xC30A9AD1L}},{{(-1L),1L,7L,7L,1L,(-1L)},{(-1L),(-1L),0xE2C9A214L,0L,0x0C70570CL,0xD5E0022AL},{0x145A3773L,0x5CBECEB0L,0L,4L,(-8L),0x60DB102DL}}};
        int64_t l_2115 = 0xC1B039DD039B8863LL;
        int8_t l_2125 = 0x5DL;
        int32_t *l_2171 = &l_2078;
        int32_t *l_2222[10][8][3] = {{{(void*)0,&l_1650,&g_8},{&l_2078,&l_2057.f0,&l_1651[0]},{&l_2078,(void*)0,&l_2072},{&l_2072,(void*)0,(void*)0},{(void*)0,&g_8,&l_2068},{(void*)0,&g_8,&g_8},{(void*)0,(void*)0,&l_2109[6][1][0]},{(void*)0,(void*)0,(void*)0}},{{&g_2,&l_2057.f0,&l_2077},{&l_2072,&l_1650,&l_2068},{&l_2072,&g_1098.f0,(void*)0},{&l_2078,&l_2072,&l_2068},{(void*)0,&l_2078,&l_2077},{&l_2108,(void*)0,(void*)0},{(void*)0,&l_1650,&l_2109[6][1][0]},{&g_2,&l_2057.f0,&g_8}},{{&l_2078,&g_1098.f0,&l_2057.f0},{&l_2057.f0,&l_2072,&g_1098.f0},{&l_2068,&l_2108,&l_2108},{&g_1098.f0,(void*)0,&l_2108},{&l_1651[0],&l_2078,&g_85[2][6]},{&g_1101[0].f0,&g_1098.f0,&l_1650},{&l_2072,&l_2077,&g_8},{(void*)0,&g_1098.f0,&l_2108}},{{&l_2108,&l_2078,&l_2077},{&l_2068,(void*)0,(void*)0},{&g_1101[0].f0,&l_2108,&l_2108},{&l_2077,&l_2072,(void*)0},{&l_1651[0],&g_1098.f0,(void*)0},{&l_2072,&l_2077,&l_2108},{(void*)0,&g_2,(void*)0},{&l_2057.f0,&l_2072,&l_2077}},{{&l_2072,&l_2057.f0,&l_2108},{&l_1651[0],&l_2108,&g_8},{&g_8,&l_2078,&l_1650},{&l_1651[0],&g_2,&g_85[2][6]},{&l_2072,&g_8,&l_2108},{&l_2057.f0,&g_1101[0].f0,&l_2108},{(void*)0,&l_2072,&g_1098.f0},{&l_2072,(void*)0,&l_2057.f0}},{{&l_1651[0],(void*)0,&l_2109[6][1][0]},{&l_2077,&l_2072,&l_1650},{&g_1101[0].f0,&g_1101[0].f0,(void*)0},{&l_2068,&g_8,&g_8},{&l_2108,&g_2,&l_2057.f0},{(void*)0,&l_2078,&l_1651[0]},{&l_2072,&l_2108,&l_2057.f0},{&g_1101[0].f0,&l_2057.f0,&g_8}},{{&l_1651[0],&l_2072,(void*)0},{&g_1098.f0,&g_2,&l_1650},{&l_2068,&l_2077,&l_2109[6][1][0]},{&l_2057.f0,&g_1098.f0,&l_2057.f0},{&l_2057.f0,&l_2072,&g_1098.f0},{&l_2068,&l_2108,&l_2108},{&g_1098.f0,(void*)0,&l_2108},{&l_1651[0],&l_2078,&g_85[2][6]}},{{&g_1101[0].f0,&g_1098.f0,&l_1650},{&l_2072,&l_2077,&g_8},{(void*)0,&g_1098.f0,&l_2108},{&l_2108,&l_2078,&l_2077},{&l_2068,(void*)0,(void*)0},{&g_1101[0].f0,&l_2108,&l_2108},{&l_2077,&l_2072,(void*)0},{&l_1651[0],&g_1098.f0,(void*)0}},{{&l_2072,&l_2077,&l_2108},{(void*)0,&g_2,(void*)0},{&l_2057.f0,&l_2072,&l_2077},{&l_2072,&l_2057.f0,&l_2108},{&l_1651[0],&l_2108,&g_8},{&g_8,&l_2078,&l_1650},{&l_1651[0],&g_2,&g_85[2][6]},{&l_2072,&g_8,&l_2108}},{{&l_2057.f0,&g_1101[0].f0,&l_2108},{(void*)0,&l_2072,&g_1098.f0},{&l_2072,(void*)0,&l_2057.f0},{&l_1651[0],(void*)0,&l_2109[6][1][0]},{&l_2077,&l_2072,&l_1650},{&g_1101[0].f0,&g_1101[0].f0,(void*)0},{&l_2068,&g_8,&g_8},{&l_2108,&g_2,&l_2077}}};
        uint64_t l_2262 = 18446744073709551615UL;
        uint16_t l_2298[5][5][1] = {{{0UL},{7UL},{0UL},{0xC7DBL},{0x9676L}},{{0xC7DBL},{0UL},{7UL},{0UL},{0xC7DBL}},{{0x9676L},{0xC7DBL},{0UL},{7UL},{0UL}},{{0xC7DBL},{0x9676L},{0xC7DBL},{0UL},{7UL}},{{0UL},{0xC7DBL},{0x9676L},{0xC7DBL},{0UL}}};
        int16_t l_2458 = 1L;
        int i, j, k;
lbl_2468:
        if ((((4294967295UL & 0L) | 0UL) & p_54.f0))
        { /* block id: 934 */
            uint8_t l_2007 = 0UL;
            int32_t l_2012 = (-1L);
            uint64_t l_2015 = 0x775840E4CD775EBALL;
            int32_t l_2062 = 0x729C00E9L;
            int32_t l_2064 = 0xE82325A1L;
            int32_t l_2069 = 0L;
            int32_t l_2071[4][3] = {{2L,0L,2L},{0x8EDE8E77L,0xD1B90FFFL,0x9578448BL},{0x8EDE8E77L,0x8EDE8E77L,0xD1B90FFFL},{2L,0xD1B90FFFL,0xD1B90FFFL}};
            uint32_t l_2116 = 1UL;
            uint8_t ***l_2147[10] = {&g_753,&g_753,&g_753,&g_753,&g_753,&g_753,&g_753,&g_753,&g_753,&g_753};
            union U2 l_2165 = {65535UL};
            const union U1 **l_2214 = &g_968;
            int32_t *l_2223 = (void*)0;
            int32_t l_2225 = 1L;
            int8_t ***l_2244 = &g_467[0][1];
            int i, j;
            if ((((l_1999 || g_2) < (safe_div_func_int8_t_s_s((((*g_1624) , (l_2012 ^= (p_54.f2 , (safe_mul_func_int16_t_s_s(((safe_mul_func_uint8_t_u_u(((!(l_2007 , 0x6211B0B7L)) , (safe_mod_func_uint64_t_u_u(l_2007, (safe_rshift_func_int16_t_s_u(l_2007, (*p_55)))))), 7L)) | 1UL), (*p_58)))))) != p_54.f2), 255UL))) > 0xB5393096AE7FB6DDLL))
            { /* block id: 936 */
                int32_t l_2022 = 1L;
                uint8_t *l_2031 = &g_269;
                uint64_t *l_2032 = &l_1701;
                int32_t *l_2034 = &l_1651[0];
                int32_t l_2070 = 0x69FEE182L;
                int32_t l_2074 = 1L;
                uint16_t l_2079 = 0x1D84L;
                int32_t l_2110 = (-7L);
                int32_t l_2111[3][5][4] = {{{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L}},{{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L}},{{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L},{0xEFDEA060L,0xEFDEA060L,0xEFDEA060L,0xEFDEA060L}}};
                int i, j, k;
lbl_2132:
                (*l_2034) = (safe_add_func_int64_t_s_s(l_2015, ((~((0UL < ((l_2017 != l_2019) , ((*l_1707) = (*g_468)))) != (safe_sub_func_uint32_t_u_u((((-10L) ^ ((*l_2032) = ((l_2012 && ((l_2022 > ((safe_mul_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u(((*l_2031) = ((((safe_div_func_int16_t_s_s((p_54.f2 = (l_2029 , (-1L))), g_2030)) || l_2015) <= l_2029.f0) > 0xC5D3FA9016E0F108LL)), 6)), l_2022)) <= l_2012)) >= g_100)) , l_2012))) & l_2033), 0UL)))) | l_2022)));
                for (p_54.f2 = 13; (p_54.f2 == 10); p_54.f2--)
                { /* block id: 944 */
                    int32_t **l_2039 = &l_2034;
                    int32_t l_2063 = 0xCF5028E5L;
                    int32_t l_2065 = 8L;
                    int32_t l_2066 = 5L;
                    int32_t l_2067 = 0L;
                    int32_t l_2073 = 5L;
                    int32_t l_2075 = (-1L);
                    int32_t l_2076[8] = {0x506D2D9FL,0x506D2D9FL,0x506D2D9FL,0x506D2D9FL,0x506D2D9FL,0x506D2D9FL,0x506D2D9FL,0x506D2D9FL};
                    int32_t l_2126 = 0x7E858E31L;
                    int i;
                    if ((((((safe_add_func_uint32_t_u_u(4294967294UL, ((l_2057 , p_54.f1) && p_57))) & p_54.f2) > (*l_1707)) & g_1101[0].f1) <= 0x734A3574L))
                    { /* block id: 951 */
                        int32_t *l_2058 = &l_1650;
                        int32_t *l_2059 = &l_2012;
                        int32_t *l_2060 = &l_2056;
                        int32_t *l_2061[2];
                        int i;
                        for (i = 0; i < 2; i++)
                            l_2061[i] = &g_85[0][2];
                        l_2079++;
                        (*l_2059) ^= p_54.f2;
                    }
                    else
                    { /* block id: 954 */
                        union U0 l_2094 = {0x0BE083634ACA9207LL};
                        (*l_1707) &= ((((safe_mul_func_int8_t_s_s((**l_2039), ((((safe_sub_func_uint32_t_u_u(((*g_1358) = ((p_54 , 0x67L) ^ l_2094.f1)), l_2095[0])) || (*p_55)) == g_1098.f1) || 3L))) > 65535UL) , (*p_56)) & 0L);
                    }
                    for (l_2057.f0 = (-27); (l_2057.f0 != 14); ++l_2057.f0)
                    { /* block id: 961 */
                        int32_t *l_2098 = &l_2056;
                        int32_t *l_2099 = &l_2069;
                        int32_t *l_2100 = &l_1651[0];
                        int32_t *l_2101 = &l_2068;
                        int32_t *l_2102 = &l_1651[0];
                        int32_t *l_2103 = (void*)0;
                        int32_t l_2104 = 7L;
                        int32_t *l_2105 = (void*)0;
                        int32_t *l_2106[6];
                        uint32_t l_2112 = 0x5F7E1B4EL;
                        int i;
                        for (i = 0; i < 6; i++)
                            l_2106[i] = &l_2063;
                        --l_2112;
                        l_2116--;
                    }
                    for (l_2073 = 0; (l_2073 > (-2)); --l_2073)
                    { /* block id: 967 */
                        int32_t *l_2121 = &l_2109[1][2][1];
                        int32_t *l_2122 = &l_2066;
                        int32_t *l_2123 = &l_2065;
                        int32_t *l_2124[3];
                        uint64_t l_2127 = 0x11D065D60F85C3A4LL;
                        int i;
                        for (i = 0; i < 3; i++)
                            l_2124[i] = (void*)0;
                        --l_2127;
                    }
                    for (g_158 = 26; (g_158 <= 8); g_158 = safe_sub_func_int64_t_s_s(g_158, 7))
                    { /* block id: 972 */
                        if (g_134.f1)
                            goto lbl_2132;
                        l_2077 ^= (0xDBEDFF6BL & (*l_2034));
                    }
                }
            }
            else
            { /* block id: 977 */
                int64_t l_2140 = 9L;
                uint32_t ****l_2157 = (void*)0;
                int32_t *l_2170 = &l_2056;
                union U0 **l_2188 = &g_1624;
                int32_t l_2224 = 0x0C7CDA58L;
                int32_t l_2226 = 0x113ABA65L;
                int32_t l_2227 = 0xC3A90667L;
                int32_t l_2228 = 0L;
                uint32_t l_2229 = 0UL;
                uint16_t *l_2241 = &g_526;
                uint32_t l_2247 = 0x2CFCD8BAL;
                if ((((*g_468) = (p_54.f0 == p_54.f0)) < 4UL))
                { /* block id: 979 */
                    uint32_t l_2144 = 0xBE1DAF94L;
                    for (l_2108 = 1; (l_2108 <= 6); l_2108 += 1)
                    { /* block id: 982 */
                        l_2078 = (safe_mod_func_uint8_t_u_u(((((l_2144 = ((((1UL && ((((safe_sub_func_uint64_t_u_u(18446744073709551615UL, (!(p_57 == (safe_add_func_uint8_t_u_u(p_54.f1, g_680)))))) < l_2140) & p_54.f1) ^ ((((*l_1707) = (safe_unary_minus_func_int8_t_s((safe_add_func_uint32_t_u_u((*g_1358), (((7UL <= (**g_1961)) && p_54.f0) == (*g_1358))))))) && g_1007) >= 0x29AC7FF5FB5BE31ELL))) != 0xCA8123C9L) == 0xAC04303D6D89114BLL) || p_54.f2)) > (*g_468)) | 6UL) == l_2116), l_2033));
                    }
                }
                else
                { /* block id: 987 */
                    uint64_t l_2148 = 18446744073709551608UL;
                    int32_t **l_2160[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    union U1 *l_2193 = &g_1098;
                    union U1 **l_2192 = &l_2193;
                    union U1 ***l_2191 = &l_2192;
                    union U1 ****l_2190 = &l_2191;
                    const int16_t l_2218 = (-3L);
                    int i;
                    if (((*l_1707) = 0xA4DDA997L))
                    { /* block id: 989 */
lbl_2169:
                        (*l_1707) &= p_54.f0;
                    }
                    else
                    { /* block id: 991 */
                        uint8_t ****l_2145 = (void*)0;
                        uint8_t ****l_2146 = (void*)0;
                        uint32_t * const ****l_2156[2];
                        uint16_t *l_2168[9][7][4] = {{{&l_2165.f0,&g_37,&g_217.f0,&g_526},{&l_1793.f0,&l_2165.f0,(void*)0,&g_217.f0},{&g_643,(void*)0,(void*)0,&l_1793.f0},{(void*)0,&g_37,&g_37,(void*)0},{(void*)0,&l_2165.f0,&g_37,(void*)0},{&g_37,&g_217.f0,(void*)0,&g_643},{&l_2165.f0,(void*)0,&g_33,&g_643}},{{&l_1793.f0,&g_217.f0,&g_217.f0,(void*)0},{&l_1793.f0,&l_2165.f0,&l_2165.f0,(void*)0},{&g_526,&g_37,(void*)0,&l_1793.f0},{&l_1793.f0,(void*)0,&l_1793.f0,&g_217.f0},{&g_217.f0,&l_2165.f0,(void*)0,&g_526},{&l_2165.f0,&g_37,(void*)0,&l_2165.f0},{(void*)0,&l_1793.f0,(void*)0,(void*)0}},{{&l_2165.f0,&g_643,(void*)0,&g_217.f0},{&g_217.f0,(void*)0,&l_1793.f0,&l_2165.f0},{&l_1793.f0,&l_2165.f0,(void*)0,(void*)0},{&g_526,&g_526,&l_1793.f0,&g_37},{(void*)0,&l_1793.f0,&g_37,&l_1793.f0},{&g_217.f0,&g_37,&g_526,&g_37},{&g_217.f0,&g_37,&l_2165.f0,&l_1793.f0}},{{&g_37,&l_1793.f0,&l_2165.f0,&g_37},{&l_1793.f0,&g_33,&l_1793.f0,(void*)0},{&g_37,&g_217.f0,&l_2165.f0,&g_217.f0},{(void*)0,(void*)0,&l_1793.f0,&g_217.f0},{&g_217.f0,(void*)0,&l_2165.f0,(void*)0},{&l_1793.f0,(void*)0,&l_1793.f0,(void*)0},{&l_1793.f0,&l_1793.f0,&l_2165.f0,&g_33}},{{&g_217.f0,(void*)0,&l_1793.f0,&g_37},{(void*)0,&g_37,&l_2165.f0,(void*)0},{&g_37,&l_1793.f0,&l_1793.f0,&g_37},{&l_1793.f0,&l_1793.f0,&l_2165.f0,(void*)0},{&g_37,&g_217.f0,&l_2165.f0,(void*)0},{&g_217.f0,(void*)0,&g_526,(void*)0},{&g_217.f0,&g_217.f0,&g_37,(void*)0}},{{(void*)0,&l_1793.f0,&l_1793.f0,&g_37},{&g_33,&l_1793.f0,(void*)0,(void*)0},{&g_217.f0,&g_37,&g_217.f0,&g_37},{&g_217.f0,(void*)0,&l_2165.f0,&g_33},{(void*)0,&l_1793.f0,(void*)0,(void*)0},{&l_1793.f0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_2165.f0,&g_217.f0}},{{&g_217.f0,(void*)0,&g_217.f0,&g_217.f0},{&g_217.f0,&g_217.f0,(void*)0,(void*)0},{&g_33,&g_33,&l_1793.f0,&g_37},{(void*)0,&l_1793.f0,&g_37,&l_1793.f0},{&g_217.f0,&g_37,&g_526,&g_37},{&g_217.f0,&g_37,&l_2165.f0,&l_1793.f0},{&g_37,&l_1793.f0,&l_2165.f0,&g_37}},{{&l_1793.f0,&g_33,&l_1793.f0,(void*)0},{&g_37,&g_217.f0,&l_2165.f0,&g_217.f0},{(void*)0,(void*)0,&l_1793.f0,&g_217.f0},{&g_217.f0,(void*)0,&l_2165.f0,(void*)0},{&l_1793.f0,(void*)0,&l_1793.f0,(void*)0},{&l_1793.f0,&l_1793.f0,&l_2165.f0,&g_33},{&g_217.f0,(void*)0,&l_1793.f0,&g_37}},{{(void*)0,&g_37,&l_2165.f0,(void*)0},{&g_37,&l_1793.f0,&l_1793.f0,&g_37},{&l_1793.f0,&l_1793.f0,&l_2165.f0,(void*)0},{&g_37,&g_217.f0,&l_2165.f0,(void*)0},{&g_217.f0,(void*)0,&g_526,(void*)0},{&g_217.f0,&g_217.f0,&g_37,(void*)0},{(void*)0,&l_1793.f0,&l_1793.f0,&g_37}}};
                        int i, j, k;
                        for (i = 0; i < 2; i++)
                            l_2156[i] = &g_2153;
                        l_2147[3] = &g_753;
                        g_8 = ((*l_1707) = ((((l_2148++) <= (l_2109[6][0][3] = (safe_mod_func_int16_t_s_s((((g_2153 = g_2153) == l_2157) , p_57), (safe_sub_func_uint64_t_u_u(((l_2160[4] != (void*)0) == (!(safe_add_func_uint32_t_u_u((~(l_2165 , (safe_rshift_func_uint16_t_u_u((g_526 = 1UL), (**g_1961))))), l_2057.f0)))), l_2140)))))) , 4L) , p_57));
                        if (g_37)
                            goto lbl_2169;
                        l_2171 = l_2170;
                    }
                    if ((((safe_div_func_uint32_t_u_u((*g_1358), (safe_rshift_func_uint16_t_u_s((l_2069 |= ((g_140 ^= (safe_lshift_func_int16_t_s_s((p_54.f0 == ((safe_rshift_func_uint16_t_u_u((((p_54.f2 & ((((safe_mul_func_int8_t_s_s((g_1101[0].f2 <= (safe_sub_func_uint32_t_u_u((safe_rshift_func_int16_t_s_u(0x5EB2L, 11)), (&p_58 == &g_1962)))), (*l_2170))) , l_2188) != &g_1624) == (*g_1841))) == (*g_468)) == l_2015), 7)) == 18446744073709551615UL)), 12))) || g_158)), l_2012)))) > 1UL) != (-3L)))
                    { /* block id: 1004 */
                        union U1 *****l_2194 = &l_2190;
                        union U1 ** const l_2213 = &l_2193;
                        uint64_t *l_2215 = &g_175.f0;
                        uint64_t *l_2216 = &g_175.f0;
                        uint64_t *l_2217 = &l_2015;
                        int32_t l_2219 = 0L;
                        int16_t *l_2220 = &l_2107[6][3][5];
                        (*l_1707) = (safe_unary_minus_func_uint8_t_u(((void*)0 == &l_2170)));
                        (*l_2194) = l_2190;
                        l_2071[1][1] ^= (safe_div_func_int8_t_s_s((*p_56), ((p_55 != (((*l_2171) = ((*l_1707) = (((safe_rshift_func_int16_t_s_u((safe_mod_func_int8_t_s_s((safe_lshift_func_int8_t_s_s(((*g_1841) = (((safe_mod_func_int64_t_s_s((safe_sub_func_uint64_t_u_u((0x51C6L | (((safe_lshift_func_int8_t_s_s(((**l_2192) , (*l_1707)), 7)) & l_2218) == (*l_2170))), p_57)), p_57)) >= 0x8D0F405EL) & l_2219)), 7)), (*p_56))), 4)) , (-1L)) , 7L))) , l_2220)) | p_54.f1)));
                        (*l_2171) = 0xEFAC6D49L;
                    }
                    else
                    { /* block id: 1013 */
                        int32_t **l_2221 = &l_2171;
                        (*l_2221) = &l_2071[2][1];
                        l_2223 = ((*l_2221) = l_2222[5][3][0]);
                        p_54.f0 = l_2148;
                    }
                    return p_54.f1;
                }
                if (l_1999)
                    goto lbl_2468;
                l_2229++;
                (*l_2170) = (((*g_1720) = l_2170) == (void*)0);
                g_1101[0].f0 &= (safe_mul_func_int8_t_s_s((0x3B4CL || (**g_1961)), (l_2247 = ((safe_lshift_func_uint8_t_u_u((safe_unary_minus_func_uint16_t_u(((safe_rshift_func_int8_t_s_u((*g_468), 3)) >= ((*l_2170) != (safe_mod_func_uint16_t_u_u(((((*l_1707) = ((++(*l_2241)) && 0x091DL)) , ((void*)0 == l_2244)) ^ p_54.f1), ((((safe_div_func_uint8_t_u_u(p_54.f1, (*p_56))) <= p_54.f0) || 0x65D58B4BD1BE10DCLL) && p_54.f0))))))), g_1008)) ^ (*p_56)))));
            }
        }
        else
        { /* block id: 1029 */
            union U2 * const *l_2260 = (void*)0;
            union U2 * const **l_2259 = &l_2260;
            int32_t l_2261 = 0xDCD84237L;
            uint32_t l_2296 = 0x799E87A0L;
            union U1 l_2297 = {0x2D8715D5L};
            uint32_t **l_2312 = &g_1358;
            uint16_t l_2405 = 0x418AL;
            uint64_t l_2435[6][10] = {{0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL},{0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL},{0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL},{0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL},{0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL},{0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL,0x2861FB4DE30306E2LL}};
            int32_t **l_2465 = &l_2222[1][1][0];
            int32_t **l_2466 = &l_1707;
            int32_t **l_2467 = &l_2171;
            int i, j;
            if ((safe_mod_func_int64_t_s_s(p_54.f1, ((((((((safe_lshift_func_uint16_t_u_s((((-1L) == (safe_unary_minus_func_uint8_t_u((safe_div_func_uint64_t_u_u(p_54.f2, (((*g_1841) ^= (safe_mod_func_int32_t_s_s((g_643 , 0L), p_54.f0))) | (((safe_mod_func_uint64_t_u_u((((l_2259 != &l_2260) & 9L) && (*p_56)), p_54.f1)) ^ (*p_56)) == (*p_58)))))))) < p_54.f1), 3)) <= p_57) || (*p_58)) < (*l_1707)) && p_54.f1) && (*l_1707)) >= l_2261) | p_57))))
            { /* block id: 1031 */
                int32_t **l_2265[6] = {&l_2171,&l_2171,&l_2171,&l_2171,&l_2171,&l_2171};
                int i;
                --l_2262;
                (*l_1707) = ((((l_2297 , l_2297.f1) , (*l_1707)) < g_1007) != l_2298[3][1][0]);
            }
            else
            { /* block id: 1038 */
                int16_t l_2305[8] = {(-9L),(-1L),(-1L),(-9L),(-1L),(-1L),(-9L),(-1L)};
                int32_t **l_2310 = &l_2222[0][4][2];
                uint32_t ***l_2311[9] = {(void*)0,(void*)0,&g_1357[1],(void*)0,(void*)0,&g_1357[1],(void*)0,(void*)0,&g_1357[1]};
                int16_t *l_2324 = &g_448[2][3][3];
                union U2 l_2343 = {0x2953L};
                const uint32_t l_2359[8] = {0x965FB658L,0x8565C5BEL,0x965FB658L,0x8565C5BEL,0x965FB658L,0x8565C5BEL,0x965FB658L,0x8565C5BEL};
                int32_t l_2380 = 0x45974297L;
                int i;
                for (l_2057.f2 = 0; (l_2057.f2 != (-16)); --l_2057.f2)
                { /* block id: 1041 */
                    int32_t *l_2303 = &l_2109[6][1][1];
                    for (g_1609 = (-21); (g_1609 > 23); g_1609 = safe_add_func_uint16_t_u_u(g_1609, 5))
                    { /* block id: 1044 */
                        int32_t **l_2304[6] = {&l_2303,&l_2303,&l_2303,&l_2303,&l_2303,&l_2303};
                        int i;
                        g_78 = l_2303;
                        return l_2305[5];
                    }
                    if (g_7)
                        continue;
                }
                (*l_2171) = (safe_lshift_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_s((0x4AECEC3C89893A38LL != ((l_2310 != (((l_1871 = (void*)0) != (l_2313 = l_2312)) , &l_2222[3][3][0])) || (safe_sub_func_int16_t_s_s(((safe_lshift_func_int8_t_s_s((safe_mod_func_uint32_t_u_u(0xA90777B9L, ((((safe_sub_func_uint64_t_u_u(((((g_265[1][0] && (9UL > (safe_mul_func_int16_t_s_s(((*l_2324) = (*l_1707)), 8L)))) == l_2297.f2) > p_54.f0) || p_54.f2), (-2L))) , 248UL) != p_57) && p_54.f1))), 2)) != (*l_1707)), l_2305[0])))), p_54.f0)) , p_54.f1), p_57));
                for (l_2057.f0 = 2; (l_2057.f0 >= 0); l_2057.f0 -= 1)
                { /* block id: 1056 */
                    const union U0 l_2340 = {0x91D2E055F703DD94LL};
                    int32_t l_2341 = (-1L);
                    for (p_57 = 2; (p_57 >= 0); p_57 -= 1)
                    { /* block id: 1059 */
                        uint16_t *l_2342 = &l_2298[1][2][0];
                        uint16_t *l_2361 = &l_1793.f0;
                        int i;
                        (*l_2171) = (safe_mod_func_int32_t_s_s((safe_div_func_uint64_t_u_u(((safe_lshift_func_uint8_t_u_s((g_839--), 1)) & (safe_lshift_func_uint16_t_u_u(((*l_2361) |= (safe_mul_func_uint8_t_u_u((safe_unary_minus_func_int16_t_s(0x9CA6L)), (safe_sub_func_int8_t_s_s((l_2340 , ((*g_1962) & ((*l_2342) = (l_2341 = (*p_58))))), ((((p_54.f2 , ((*l_1669) = l_2343)) , (*g_1100)) , (safe_sub_func_int64_t_s_s(((((safe_mod_func_int32_t_s_s((safe_mul_func_uint8_t_u_u((((safe_lshift_func_uint8_t_u_u(p_54.f1, 2)) > ((((~(safe_lshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_u(((safe_lshift_func_int16_t_s_s(((-6L) && l_2359[2]), l_2261)) <= g_6), 4)), 2))) , (void*)0) != &l_2018) != (*p_56))) != l_2296), 0x2DL)), 0x03D375A0L)) && l_2297.f0) & 8L) , 0x56DAF07BBC4F6905LL), (-8L)))) == l_2360[1])))))), (*p_58)))), l_2343.f0)), 0x0ECE5C69L));
                    }
                    (*l_2310) = &g_8;
                    for (g_680 = 2; (g_680 >= 0); g_680 -= 1)
                    { /* block id: 1070 */
                        uint8_t *l_2372 = &g_151;
                        union U1 l_2373 = {0xF71CFF6AL};
                        if (p_54.f2)
                            break;
                        l_2380 &= (l_2341 == (safe_mul_func_int8_t_s_s((safe_mod_func_int32_t_s_s((safe_add_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s((*p_56), 6)), (safe_lshift_func_int8_t_s_u((((*l_2372) = p_54.f2) , ((*l_1707) = ((*g_468) = (l_2373 , (p_57 && ((safe_mul_func_int16_t_s_s((((*l_2372) = (safe_mul_func_uint8_t_u_u((p_54.f2 , l_2340.f0), (safe_mod_func_uint32_t_u_u(p_57, p_54.f0))))) < (*l_2171)), (*g_1962))) , 0xEC9840ACC2A6E4E6LL)))))), 2)))), 1UL)), 0UL)));
                    }
                }
                for (p_54.f2 = 0; (p_54.f2 >= 1); p_54.f2++)
                { /* block id: 1081 */
                    uint64_t *l_2393 = &g_175.f0;
                    int32_t l_2436 = 0xE5AA0B3DL;
                    int32_t *** const l_2437[2][4][1] = {{{(void*)0},{&g_1720},{(void*)0},{&g_1720}},{{(void*)0},{&g_1720},{(void*)0},{&g_1720}}};
                    int i, j, k;
                    if (((safe_div_func_uint64_t_u_u((safe_add_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u((safe_rshift_func_int16_t_s_u(p_57, (safe_rshift_func_uint16_t_u_s((g_134.f1 <= ((g_85[6][2] = l_2296) , (((*l_2393) = ((0x40L || p_57) <= g_265[1][0])) < ((safe_lshift_func_int8_t_s_u((safe_add_func_uint16_t_u_u((!(safe_rshift_func_uint16_t_u_s(0x7FE7L, (safe_sub_func_int64_t_s_s(0x28B7D631AAA16D0ELL, (l_2297.f0 = ((safe_rshift_func_uint8_t_u_u(p_57, 1)) & l_2297.f1))))))), (*l_1707))), 0)) ^ g_269)))), 13)))), 1)), p_54.f1)), 0x12E1840C768ABC6BLL)) || l_2405))
                    { /* block id: 1085 */
                        uint16_t *l_2415 = &l_2405;
                        int32_t ***l_2430 = (void*)0;
                        union U0 * const *l_2438[4][6] = {{&g_1624,&g_1624,&g_1624,&g_1624,&g_1624,&g_1624},{&g_1624,&g_1624,&g_1624,&g_1624,&g_1624,&g_1624},{&g_1624,&g_1624,&g_1624,&g_1624,&g_1624,&g_1624},{&g_1624,&g_1624,&g_1624,&g_1624,&g_1624,&g_1624}};
                        int i, j;
                        l_2439[0] = (safe_add_func_int64_t_s_s((0x5C5CL > (l_2410 != (((((safe_sub_func_int32_t_s_s((g_15 < 0x515DAC6ED42E9A2DLL), (safe_lshift_func_uint16_t_u_u(((*l_2415)--), ((((safe_rshift_func_int16_t_s_u(g_175.f1, ((*g_1962) >= (safe_sub_func_int64_t_s_s((safe_mul_func_uint8_t_u_u((((**l_2313)--) && (safe_lshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_s(((g_2431[2][1] = &l_2171) != (((safe_add_func_int64_t_s_s(l_2434, (p_54.f2 & 0x1BL))) ^ p_54.f2) , &g_78)), l_2435[2][4])), p_57))), (*g_1841))), p_57))))) && 18446744073709551614UL) ^ 1UL) , l_2436))))) , l_2437[1][1][0]) == l_2437[1][1][0]) & 0xB78F67120C7E0295LL) , l_2438[2][5]))), 0x5D4AE9E3761830F0LL));
                        return (*l_1707);
                    }
                    else
                    { /* block id: 1091 */
                        (*l_2310) = (*l_2310);
                        (*l_1707) = (-4L);
                    }
                    for (g_33 = 0; (g_33 == 6); g_33 = safe_add_func_uint64_t_u_u(g_33, 4))
                    { /* block id: 1097 */
                        int64_t *l_2457 = &l_2434;
                        union U2 l_2459 = {0x6EE9L};
                        uint16_t *l_2461 = (void*)0;
                        uint16_t *l_2462 = &l_2298[3][1][0];
                        (*l_1707) ^= ((*p_56) > l_2405);
                        (*l_1707) ^= (l_2297.f0 = ((*l_2171) = (safe_rshift_func_uint16_t_u_s(((*l_2462) ^= (safe_add_func_int16_t_s_s(1L, (safe_rshift_func_int8_t_s_s((safe_div_func_uint32_t_u_u((0x95EDL | ((((!(0UL ^ (((((safe_sub_func_uint8_t_u_u((0x47L != 0x5BL), (((safe_lshift_func_int16_t_s_u(g_1609, (((6L || (l_2436 <= (((*l_2457) ^= (((p_57 || (-1L)) || p_54.f1) , l_2297.f1)) < (-3L)))) <= p_54.f1) != l_2458))) || p_54.f1) < (-5L)))) , l_2459) , 65535UL) != (*p_55)) <= 1L))) < l_2460) , g_8) > g_134.f0)), 0x93AABEF9L)), (*g_1841)))))), 1))));
                        if (p_54.f1)
                            continue;
                    }
                    for (l_2115 = 0; (l_2115 >= 0); l_2115 -= 1)
                    { /* block id: 1108 */
                        (*l_2310) = &l_1651[0];
                    }
                }
            }
            for (g_1106 = 0; (g_1106 != 36); ++g_1106)
            { /* block id: 1115 */
                (*l_2171) = l_2297.f1;
            }
            (*l_2467) = ((*l_2466) = ((*l_2465) = &l_2078));
        }
        return g_1008;
    }
    if ((*l_1707))
    { /* block id: 1125 */
        int64_t l_2469 = 0x3B72BFE10F79A036LL;
        uint64_t *l_2470 = &g_175.f0;
        int64_t *l_2472 = &g_265[4][0];
        int32_t *l_2473 = &g_2;
        union U2 *l_2504[4][8][3] = {{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0}}};
        int32_t l_2508[5] = {0xEC8541B0L,0xEC8541B0L,0xEC8541B0L,0xEC8541B0L,0xEC8541B0L};
        const int32_t *l_2531 = &g_1101[0].f0;
        union U1 *l_2534 = &g_2535;
        uint16_t l_2547 = 0x6C31L;
        int i, j, k;
        if ((((0xF3078F9F609E012DLL || ((*l_1707) , (((*p_56) = (((*l_2470) = l_2469) , ((!p_54.f1) == ((*g_1358) >= ((void*)0 == l_2472))))) && (l_2469 == p_54.f0)))) | l_2469) < (*l_1707)))
        { /* block id: 1128 */
            (*l_1707) = (-10L);
            for (g_680 = 3; (g_680 >= 0); g_680 -= 1)
            { /* block id: 1132 */
                int32_t **l_2474 = &l_1707;
                (*l_2474) = ((*l_1707) , l_2473);
                for (g_1609 = 6; (g_1609 >= 1); g_1609 -= 1)
                { /* block id: 1136 */
                    (*g_1623) = (*g_1623);
                    for (p_54.f2 = 0; (p_54.f2 <= 6); p_54.f2 += 1)
                    { /* block id: 1140 */
                        if ((**l_2474))
                            break;
                    }
                }
            }
        }
        else
        { /* block id: 1145 */
            int32_t l_2480 = (-1L);
            int32_t l_2502 = 0x7C279AC8L;
            int32_t l_2509 = 0x5279C6D0L;
            int32_t l_2510 = 0L;
            union U2 l_2518 = {0x575CL};
            int8_t ** const ***l_2520 = (void*)0;
            const int8_t l_2530 = 0x08L;
            int32_t *l_2536 = &l_2510;
            int32_t **l_2537 = &g_78;
            int32_t l_2542 = 1L;
            int32_t l_2543 = 0L;
            int32_t l_2544 = 0x7325BC8BL;
            int32_t l_2545 = 6L;
            int32_t l_2546 = 0x25FCC58AL;
            for (g_2030 = 0; (g_2030 == 16); ++g_2030)
            { /* block id: 1148 */
                int32_t l_2501 = 0xCF3DD589L;
                int32_t *l_2507[9][9] = {{&l_1651[0],&l_1651[0],&l_1651[0],&g_1101[0].f0,(void*)0,&g_1098.f0,&g_7,&g_85[3][4],&g_2},{&g_7,&g_7,&g_2,&l_1651[0],(void*)0,(void*)0,(void*)0,(void*)0,&l_1651[0]},{&l_1651[0],&g_1098.f0,&l_1651[0],&g_7,&g_2,(void*)0,(void*)0,&g_2,(void*)0},{&g_85[6][1],&g_2,(void*)0,(void*)0,(void*)0,&l_1651[0],&l_1651[0],&l_1651[0],(void*)0},{&g_7,(void*)0,(void*)0,&g_7,&g_7,&g_8,&g_85[3][4],&g_85[7][1],(void*)0},{&g_85[4][2],&l_1650,&l_1651[0],&l_1651[0],(void*)0,(void*)0,&g_7,&g_7,(void*)0},{&g_7,&g_1101[0].f0,&g_7,&g_1101[0].f0,&g_7,&g_85[7][1],&l_1651[0],&g_7,(void*)0},{&g_2,&g_1101[0].f0,&l_1651[0],&g_85[4][2],(void*)0,&l_1650,(void*)0,&g_7,(void*)0},{&g_85[7][1],&g_2,&g_85[0][2],&g_85[0][2],&g_2,&g_85[7][1],&g_1098.f0,&g_7,&l_1651[0]}};
                uint32_t l_2511 = 1UL;
                int i, j;
                for (g_1098.f0 = 0; (g_1098.f0 == 22); ++g_1098.f0)
                { /* block id: 1151 */
                    uint16_t l_2492 = 0UL;
                    union U2 *l_2503 = (void*)0;
                    int32_t *l_2505[9][10] = {{&l_1650,(void*)0,&g_1098.f0,&l_1651[0],&l_1651[0],&l_1651[0],&g_1098.f0,(void*)0,&l_1650,&g_1101[0].f0},{&l_1650,&g_8,(void*)0,&g_2,&l_1651[0],&g_1101[0].f0,&g_1101[0].f0,&l_1651[0],&g_2,(void*)0},{&g_1101[0].f0,&g_1101[0].f0,&l_1651[0],&g_2,(void*)0,&g_8,&l_1650,(void*)0,&l_1650,&g_8},{&g_1098.f0,&l_1651[0],&l_1651[0],&l_1651[0],&g_1098.f0,(void*)0,&l_1650,&g_1101[0].f0,(void*)0,(void*)0},{&g_2,&g_1101[0].f0,&g_7,&g_8,&g_8,&g_7,&g_1101[0].f0,&g_2,&l_1651[0],(void*)0},{(void*)0,&g_8,&g_1101[0].f0,&g_6,&g_1098.f0,&l_1650,&g_1098.f0,&g_6,&g_1101[0].f0,&g_8},{&g_7,(void*)0,&g_1101[0].f0,&g_1098.f0,(void*)0,&g_6,&g_2,&g_2,&g_6,(void*)0},{(void*)0,&g_7,&g_7,(void*)0,&l_1651[0],&g_6,(void*)0,&g_1101[0].f0,(void*)0,&l_1651[0]},{(void*)0,&g_2,(void*)0,&l_1651[0],(void*)0,&g_2,(void*)0,&g_1098.f0,&l_1651[0],(void*)0}};
                    int i, j;
                    l_2506 ^= (p_54.f0 = (((~((*l_2472) = g_265[1][0])) , ((l_2504[1][3][2] = ((((l_2502 = ((((p_54.f0 && ((*l_1707) = l_2480)) != (((((safe_div_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s((~p_54.f2), (((safe_mod_func_int32_t_s_s(((safe_lshift_func_uint16_t_u_s((l_2492 | l_2480), 0)) | (safe_mul_func_uint16_t_u_u((*p_55), (safe_lshift_func_int8_t_s_s((p_57 = ((*g_1841) = ((*l_1843) = ((safe_mod_func_uint8_t_u_u((g_2499 | l_2500), (*p_56))) && 0xC9B7752AL)))), 4))))), l_2480)) <= (*p_55)) != p_54.f1))), 253UL)) <= 0L) , 65535UL) != l_2501) || l_2501)) ^ 0xC9E0L) && 65528UL)) >= 0xAAL) < (*g_1358)) , l_2503)) == l_2503)) & p_54.f1));
                }
                --l_2511;
                for (g_1609 = 29; (g_1609 != 19); g_1609 = safe_sub_func_uint32_t_u_u(g_1609, 2))
                { /* block id: 1165 */
                    int32_t l_2533 = 0x613F663AL;
                    if ((p_54.f0 = (safe_mul_func_uint16_t_u_u((l_2518 , 0xDEA8L), (!(l_2520 != &g_1363))))))
                    { /* block id: 1167 */
                        uint8_t l_2529 = 1UL;
                        (*l_1707) = 0xB26854A4L;
                        (*l_1707) = (((((0x940FL > (p_54.f2 = 1L)) , 7UL) < (safe_mul_func_uint8_t_u_u(0xEEL, 0x7EL))) && ((p_57 < ((***g_2154) = (1UL && p_57))) > (safe_add_func_uint32_t_u_u(((safe_lshift_func_uint8_t_u_s((0xCF5FBFDFL < 0x92817BA7L), 3)) , l_2529), l_2530)))) || (-4L));
                    }
                    else
                    { /* block id: 1172 */
                        const int32_t **l_2532 = &l_2531;
                        (*l_2532) = ((*l_2473) , l_2531);
                    }
                    return l_2533;
                }
                if (l_2509)
                    continue;
            }
            l_2534 = &p_54;
            (*l_2537) = (l_2536 = &l_1651[0]);
            for (g_8 = 0; (g_8 > 23); g_8 = safe_add_func_uint16_t_u_u(g_8, 4))
            { /* block id: 1184 */
                int32_t *l_2540[5][9][5] = {{{&g_1101[0].f0,&l_2502,&g_6,&l_1651[0],&g_8},{&g_6,&l_2508[0],&g_2,&g_2,&l_2508[0]},{&g_8,(void*)0,&g_6,&g_8,&l_2509},{(void*)0,&l_2508[4],&g_1098.f0,(void*)0,&g_2535.f0},{(void*)0,&l_1651[0],&l_2509,&g_1098.f0,&g_6},{(void*)0,&g_6,(void*)0,&l_2508[0],(void*)0},{&g_8,&g_2535.f0,&g_7,&l_2510,&g_2},{&g_6,(void*)0,(void*)0,&g_6,&l_2508[4]},{&g_1101[0].f0,&l_2508[4],&g_6,&g_6,(void*)0}},{{&l_2508[4],(void*)0,&g_85[2][4],&g_2535.f0,&g_2535.f0},{&l_1650,&g_2535.f0,&l_1650,&l_1650,&g_8},{&l_2508[0],&g_6,(void*)0,&g_85[5][4],&g_8},{(void*)0,&l_1651[0],&l_2509,&l_2510,&g_8},{(void*)0,&l_2508[4],(void*)0,&g_8,&l_2508[0]},{&g_1101[0].f0,(void*)0,&l_1650,&l_1651[0],(void*)0},{&g_85[5][4],&l_2508[0],&g_85[2][4],(void*)0,&l_2508[0]},{(void*)0,&l_2502,&g_6,&g_85[4][4],&g_8},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_6,&l_1651[0],&g_7,&l_1651[0],&g_6},{(void*)0,&g_85[5][4],(void*)0,&g_8,&l_2508[4]},{&g_8,&g_85[5][1],&l_2509,&l_2510,(void*)0},{&g_85[5][4],(void*)0,&g_1098.f0,&g_85[5][4],&l_2508[4]},{&l_1650,&l_2510,&g_6,&l_1650,&g_6},{&l_2508[4],(void*)0,&g_2,&g_2535.f0,(void*)0},{(void*)0,&g_2535.f0,&g_6,&g_6,&g_8},{&g_8,&g_85[5][4],(void*)0,&g_6,&l_2508[0]},{(void*)0,&g_1098.f0,(void*)0,&l_2510,(void*)0}},{{&l_2508[4],&l_2508[4],&g_2,&l_2508[0],&l_2508[0]},{&l_1650,&l_2502,&l_1650,&g_1098.f0,&g_8},{&g_85[5][4],&g_8,&g_2,(void*)0,&g_8},{&g_8,&l_2502,&g_1101[0].f0,&g_8,&g_8},{(void*)0,&l_2508[4],(void*)0,&g_2,&g_2535.f0},{&g_6,&g_1098.f0,&l_2509,&l_1651[0],(void*)0},{(void*)0,&g_85[5][4],&l_2502,&l_2508[0],&l_2508[4]},{(void*)0,&g_2535.f0,&l_2509,&l_2508[4],&g_2},{&g_85[5][4],(void*)0,(void*)0,&g_85[5][4],(void*)0}},{{&l_1650,&l_1650,&g_8,&g_85[4][4],&g_6},{&g_2,&g_8,&g_2,&l_2502,(void*)0},{(void*)0,&l_1651[0],&g_6,&g_85[4][4],&l_2509},{&g_2,(void*)0,&l_2508[4],(void*)0,&g_2},{&g_6,(void*)0,(void*)0,&g_7,(void*)0},{(void*)0,&g_2,&l_2502,&g_2,(void*)0},{&l_1650,&l_2508[4],&g_6,(void*)0,(void*)0},{&g_1098.f0,&g_2,&g_2,&g_2,&g_2},{(void*)0,&l_1651[0],&g_7,&g_85[5][1],&l_2509}}};
                int16_t l_2541 = (-10L);
                int i, j, k;
                l_2547--;
            }
        }
    }
    else
    { /* block id: 1188 */
        union U1 *l_2554 = (void*)0;
        union U1 **l_2553 = &l_2554;
        union U1 ***l_2552 = &l_2553;
        union U1 ****l_2551[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        union U1 *****l_2550 = &l_2551[2];
        int32_t l_2556 = 0xF068CD54L;
        int32_t *l_2564 = (void*)0;
        int32_t *l_2565[3];
        int8_t l_2566 = 6L;
        union U0 *l_2572 = &g_175;
        int32_t l_2579 = 0xA569FAA3L;
        uint16_t ***l_2587 = (void*)0;
        int8_t l_2615 = 0L;
        union U2 *l_2628 = &l_1793;
        uint32_t l_2686 = 0xD35490DEL;
        int i;
        for (i = 0; i < 3; i++)
            l_2565[i] = &g_1098.f0;
        l_2566 |= ((g_643 = ((((*g_1962) <= (0xFD2D1A4EL != ((*l_1707) |= (l_2550 == g_2555)))) == l_2556) <= (safe_div_func_uint8_t_u_u(p_57, (((((*l_1669) = ((safe_mod_func_uint32_t_u_u((l_2556 , (****g_2153)), (safe_unary_minus_func_uint64_t_u((safe_lshift_func_uint8_t_u_u(0x33L, 6)))))) , (*l_1669))) , 65529UL) || 0x2002L) , l_2500))))) != 0xF689L);
lbl_2709:
        for (l_1701 = 0; (l_1701 <= 3); l_1701 += 1)
        { /* block id: 1195 */
            int32_t l_2571 = (-1L);
            union U0 *l_2573 = (void*)0;
            int32_t l_2575 = 0L;
            (*l_1707) = ((*l_1707) || ((safe_mul_func_uint16_t_u_u((((*l_1707) , (***g_2154)) == (((0x890BA5FCL ^ (safe_rshift_func_int16_t_s_u(g_37, (((0x7CC73EE4L | (&g_753 == &g_753)) <= l_2571) ^ g_33)))) && (*p_56)) <= 1L)), p_54.f2)) , 0x124C6E12L));
            l_2573 = l_2572;
            if (p_57)
                continue;
            for (g_643 = 0; (g_643 <= 3); g_643 += 1)
            { /* block id: 1201 */
                int32_t **l_2574 = &l_2565[0];
                (*l_2574) = &l_1651[0];
                l_2576++;
            }
        }
        if (l_2579)
        { /* block id: 1206 */
            uint8_t l_2585 = 0xC5L;
            union U0 l_2586 = {18446744073709551614UL};
            int32_t l_2612 = 0x328501D8L;
            int32_t l_2614 = 0x97142966L;
            int32_t l_2616 = 6L;
            int32_t l_2618 = 0x9B2524E1L;
            int32_t l_2621 = (-1L);
            int32_t l_2651 = 0L;
            union U1 ***l_2669 = &l_2553;
            union U2 l_2675 = {0xDC0EL};
            if (((safe_rshift_func_uint16_t_u_s((((**l_2552) = l_2582) == &l_1614), ((*l_1669) , ((((safe_rshift_func_uint16_t_u_u(((*g_1624) , l_2585), (**g_1961))) , (void*)0) != (l_2586 , l_2587)) < g_15)))) & 1UL))
            { /* block id: 1208 */
                const uint32_t l_2588 = 0xC5DB0950L;
                int32_t *l_2589 = &g_1101[0].f0;
                uint32_t l_2609 = 0x88E2D1E9L;
                int32_t l_2611 = 0x649E9ABEL;
                int32_t l_2617 = 0xA6A52982L;
                int32_t l_2620[2][9] = {{0x5356EB84L,0x5356EB84L,0x459850BAL,0x459850BAL,0x5356EB84L,0x5356EB84L,0x459850BAL,0x459850BAL,0x5356EB84L},{6L,0x79A214A0L,6L,0x79A214A0L,6L,0x79A214A0L,6L,0x79A214A0L,6L}};
                uint64_t l_2625[2][4] = {{0xC2DCCA57987148A6LL,0xC2DCCA57987148A6LL,0xC2DCCA57987148A6LL,0xC2DCCA57987148A6LL},{0xC2DCCA57987148A6LL,0xC2DCCA57987148A6LL,0xC2DCCA57987148A6LL,0xC2DCCA57987148A6LL}};
                union U2 **l_2659 = &l_2628;
                int32_t l_2660 = (-6L);
                union U1 ***l_2670 = &l_2553;
                int i, j;
                if (l_2588)
                { /* block id: 1209 */
                    l_2565[1] = l_2589;
                }
                else
                { /* block id: 1211 */
                    uint32_t l_2594 = 0xC1AAD5EAL;
                    int64_t ***l_2608[9] = {&g_2606,&g_2606,&g_2606,&g_2606,&g_2606,&g_2606,&g_2606,&g_2606,&g_2606};
                    int32_t l_2613[8][6][5] = {{{0xB7F01E86L,0x9EA234E6L,0xE5681571L,(-1L),1L},{0L,3L,0x86BE4B22L,0x96CD894EL,(-1L)},{(-4L),0x04C5B336L,0L,0L,(-4L)},{0x86BE4B22L,0xFA0D6399L,0x68C9B47AL,0x68C9B47AL,0xFA0D6399L},{0x91ECAE5DL,(-1L),1L,0x96CD894EL,0xE5681571L},{3L,0xA975422BL,(-7L),0xA068B865L,0L}},{{0x3E6AFD11L,1L,0xC2309139L,0x3408E224L,3L},{3L,8L,0x45EC307DL,0x9D97827EL,0L},{0x91ECAE5DL,(-1L),0x379A3785L,0x99A04901L,0x96CD894EL},{0x86BE4B22L,0L,0x30C7048BL,0xE5681571L,1L},{(-4L),0xAAB454ECL,0x45EC307DL,1L,0xC9C88BE1L},{0L,(-1L),(-1L),2L,0xE64C26F4L}},{{0xB7F01E86L,3L,0xF15219C0L,0xAAB454ECL,0x04C5B336L},{0L,(-7L),1L,0x04C5B336L,0x86BE4B22L},{0x04C5B336L,0x88A1598DL,0x2DEB474DL,(-4L),0x96CD894EL},{0xF15219C0L,0x88A1598DL,0x3408E224L,0xF15219C0L,0xDCE6BA5CL},{0x99A04901L,(-7L),0x86BE4B22L,0L,0xBC9484ABL},{0xE64C26F4L,3L,0xA8FC2E2BL,(-8L),0L}},{{0xFAD1A43BL,(-1L),1L,(-5L),0L},{0x88A1598DL,0xAAB454ECL,0xBD0A635AL,(-1L),0x30C7048BL},{(-1L),0L,0xE1A4DE48L,(-4L),3L},{0x6CE4CEB9L,0x68C9B47AL,0x6CE4CEB9L,0x9A735059L,8L},{0xFAD1A43BL,0x6CE4CEB9L,(-7L),(-7L),0xFF20F69DL},{3L,0x45EC307DL,(-1L),0xBC9484ABL,(-1L)}},{{(-2L),1L,(-7L),0xFF20F69DL,1L},{0xC2309139L,0xB9B4FE2EL,0x6CE4CEB9L,0x3E6AFD11L,0xECAC02D6L},{(-7L),0xAAB454ECL,0x9EA234E6L,0xC2309139L,1L},{0x9A735059L,0L,(-2L),2L,1L},{0x3408E224L,2L,0x56EA18D8L,0xFAD1A43BL,1L},{0x30C7048BL,0xC9C88BE1L,1L,8L,1L}},{{9L,0xB7F01E86L,0L,0x56EA18D8L,8L},{(-5L),0x9A735059L,(-10L),0xB5946A68L,(-1L)},{0x45EC307DL,0xAAB454ECL,(-4L),0xB5946A68L,0xAAB454ECL},{1L,8L,0x7FA2621FL,0x56EA18D8L,0x3E6AFD11L},{0xBD0A635AL,0xECAC02D6L,0xE1A4DE48L,8L,7L},{1L,0x45EC307DL,0xDCE6BA5CL,0xFAD1A43BL,0xBD0A635AL}},{{1L,(-7L),(-1L),2L,0xE5681571L},{(-1L),0x2DEB474DL,0x86465E51L,0xC2309139L,0x56EA18D8L},{0x45EC307DL,0x3E6AFD11L,(-1L),0x3E6AFD11L,0x45EC307DL},{8L,(-7L),(-1L),0xFF20F69DL,0L},{0x3E6AFD11L,0x379A3785L,0x769F55D1L,0xBC9484ABL,(-2L)},{0x30C7048BL,0xBD0A635AL,0xA975422BL,(-7L),0L}},{{0L,0xBC9484ABL,0x7FA2621FL,0x9A735059L,0x45EC307DL},{0L,(-10L),7L,3L,0x56EA18D8L},{(-7L),0xFAD1A43BL,(-4L),(-7L),0xE5681571L},{(-1L),0xBC9484ABL,0L,0L,0xBD0A635AL},{0x86BE4B22L,1L,9L,0xF15219C0L,7L},{3L,0x30C7048BL,0xA068B865L,0x3408E224L,0x3E6AFD11L}}};
                    int32_t l_2643 = (-1L);
                    uint64_t l_2663 = 1UL;
                    int i, j, k;
                    if ((safe_mod_func_uint32_t_u_u(((~((safe_unary_minus_func_int32_t_s(l_2594)) , (p_54.f2 == p_54.f2))) | (!(0x16L == ((*g_468) ^= (*p_56))))), (safe_div_func_int32_t_s_s((safe_add_func_uint32_t_u_u((--(**g_2155)), ((g_2602[3][0] = g_2602[1][0]) == (void*)0))), p_54.f2)))))
                    { /* block id: 1215 */
                        int64_t l_2604[9];
                        int32_t l_2610 = 0x78237234L;
                        int32_t l_2619 = 0xE9327043L;
                        int32_t l_2622 = 6L;
                        int32_t l_2623 = 0x82639971L;
                        int32_t l_2624[5];
                        int i;
                        for (i = 0; i < 9; i++)
                            l_2604[i] = 0x2E26E4AE4714FE20LL;
                        for (i = 0; i < 5; i++)
                            l_2624[i] = 0xEEF2C45EL;
                        l_2609 |= ((*l_2589) = (l_2586.f0 ^ (l_2604[5] == ((l_2608[5] = g_2605) != l_2019))));
                        l_2625[1][1]++;
                        l_2628 = (void*)0;
                    }
                    else
                    { /* block id: 1221 */
                        int32_t l_2641 = 4L;
                        int32_t l_2642 = 0L;
                        l_2643 |= (safe_mod_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((p_54.f2 ^ (((*l_1707) |= (-2L)) <= ((safe_sub_func_int32_t_s_s(((*l_2589) = ((-3L) ^ (((l_2641 = ((l_2586 , 0xAC039BA748E4F8FBLL) , (((safe_lshift_func_uint16_t_u_u(1UL, 12)) <= (safe_div_func_uint64_t_u_u(1UL, (*g_2607)))) , l_2618))) > (*l_2589)) == l_2613[6][2][3]))), l_2585)) & l_2611))), (*g_468))), (*g_1962))) ^ l_2642), 0xD5L));
                    }
                    if ((safe_rshift_func_uint16_t_u_s((safe_mul_func_uint16_t_u_u((*g_1962), (safe_rshift_func_uint16_t_u_u(((l_2651 = (l_2650 == ((**g_1720) , l_2650))) > (8UL & (safe_lshift_func_uint8_t_u_u((((p_57 && ((safe_rshift_func_int16_t_s_u(((l_2612 = ((((*l_1707) , (safe_rshift_func_int8_t_s_u((safe_unary_minus_func_uint16_t_u(((((*g_1285) = &l_2628) != l_2659) || 0x225C9EAE24F2121ELL))), (*l_1707)))) ^ p_57) >= 0x2504A518L)) ^ l_2586.f0), 8)) | 0x6CL)) == 255UL) , p_57), g_2)))), (*p_55))))), l_2660)))
                    { /* block id: 1230 */
                        int64_t l_2661 = 0xA48274371E877551LL;
                        int32_t l_2662[9][3][8] = {{{6L,(-1L),(-1L),0x0A057982L,(-1L),0x3E22E118L,0xA4600C22L,0xE2BBFE02L},{1L,(-1L),0x3AD1AC59L,(-1L),0x0A057982L,0x0A057982L,(-1L),0x3AD1AC59L},{(-1L),(-1L),0xBED0AC63L,2L,(-3L),0xD433C7DDL,2L,6L}},{{0x3AD1AC59L,0x7B899A1CL,0L,9L,0x22C89E7AL,0x4A243EC4L,0xE6BFF233L,6L},{0x7B899A1CL,1L,0x140F996AL,2L,3L,0x4A769E6FL,0x7B1E6F47L,0x3AD1AC59L},{0x8B9188FDL,0xF4C53DE2L,0x0BBE9119L,(-1L),0xE63E790FL,0xBED0AC63L,0xA32C323CL,0xE2BBFE02L}},{{0x41A82263L,2L,0xB55C4BC6L,0x0A057982L,0x28C5A1FBL,(-5L),0x7A439626L,(-1L)},{0x4A769E6FL,(-8L),1L,(-5L),0x9686BF02L,0xE85A3F02L,0x41A82263L,6L},{0x70E863B5L,0x83FCF363L,(-1L),6L,(-1L),(-1L),0x140F996AL,0x4A6CA719L}},{{0x4488D3AEL,0x4A769E6FL,0xE85A3F02L,0xBF5BA501L,0x32EB66CFL,1L,0x3BF3B362L,0x3AD1AC59L},{0xB55C4BC6L,1L,0xA45322D5L,0x0A057982L,0xBF5BA501L,0L,0x70E863B5L,(-8L)},{(-1L),0x3AD1AC59L,1L,0L,4L,(-1L),4L,0L}},{{(-8L),0x140F996AL,(-8L),0x44B7FDB3L,0xA4600C22L,0xBED0AC63L,(-8L),0xE6BFF233L},{0x4A243EC4L,(-8L),0xD433C7DDL,(-1L),0x6AD7C107L,0L,0xA4600C22L,0x7ADD9185L},{0x4A243EC4L,0x0A057982L,0xA32C323CL,9L,0xA4600C22L,1L,0L,0x32EB66CFL}},{{(-8L),4L,0xED5B9905L,0x9686BF02L,4L,9L,0x0BBE9119L,3L},{(-1L),7L,0xC081EF3CL,0x4A769E6FL,0xBF5BA501L,1L,(-7L),6L},{0xB55C4BC6L,0xE6BFF233L,(-4L),0x3AD1AC59L,0x32EB66CFL,0xA32C323CL,0x4A243EC4L,9L}},{{0x4488D3AEL,0L,(-8L),0x9686BF02L,(-1L),0xBF5BA501L,7L,0L},{0x70E863B5L,1L,0x2A377996L,0x3E22E118L,0x9686BF02L,0x6AD7C107L,3L,0x7ADD9185L},{0x4A769E6FL,(-1L),1L,0x4A243EC4L,0x70E863B5L,(-4L),9L,1L}},{{0x7ADD9185L,0x4A243EC4L,0x4488D3AEL,0x44B7FDB3L,0x140F996AL,7L,7L,0x140F996AL},{0x83FCF363L,0x3BF3B362L,0x3BF3B362L,0x83FCF363L,0x6AD7C107L,6L,0x7A439626L,(-8L)},{1L,9L,(-4L),0x70E863B5L,0x4A243EC4L,1L,(-1L),0x4A769E6FL}},{{9L,9L,0x44B7FDB3L,0xBF5BA501L,3L,6L,0x0BBE9119L,0x0A057982L},{(-5L),0x3BF3B362L,0x9686BF02L,(-7L),0xED5B9905L,7L,(-5L),6L},{9L,0x4A243EC4L,0xA32C323CL,0x32EB66CFL,0x3AD1AC59L,(-4L),0xE6BFF233L,0xB55C4BC6L}}};
                        union U1 ***l_2668 = &l_2553;
                        int i, j, k;
                        (*l_2589) = ((*l_1707) = 3L);
                        l_2663++;
                        (*l_2589) = (safe_rshift_func_uint16_t_u_s((*p_58), ((l_2669 = l_2668) != l_2670)));
                    }
                    else
                    { /* block id: 1236 */
                        (*l_2589) ^= (!(&g_1961 == &g_1961));
                        return p_54.f1;
                    }
                }
            }
            else
            { /* block id: 1241 */
                uint64_t l_2676[5] = {18446744073709551614UL,18446744073709551614UL,18446744073709551614UL,18446744073709551614UL,18446744073709551614UL};
                uint16_t l_2684 = 0xBE89L;
                int32_t l_2685 = 0L;
                int i;
                l_2685 &= ((l_2672 >= ((p_54.f1 >= (*p_56)) || (*p_55))) == (((*g_1841) = (safe_lshift_func_uint8_t_u_s((((l_2675 , l_2676[4]) , ((safe_rshift_func_int8_t_s_s(((*g_2607) >= ((safe_mul_func_uint16_t_u_u((+250UL), (((((((safe_mod_func_int64_t_s_s((0xF9D1L <= 1UL), p_54.f1)) , 0x21L) | 1L) , l_2684) < g_7) != (-6L)) || p_57))) == 0x54L)), 2)) == 1L)) && (**g_2606)), 1))) || p_54.f0));
            }
            return l_2686;
        }
        else
        { /* block id: 1246 */
            int32_t l_2692 = 3L;
            union U2 * const l_2703 = &l_1793;
            int32_t l_2706 = 0L;
            for (g_140 = 14; (g_140 >= (-30)); g_140 = safe_sub_func_uint16_t_u_u(g_140, 9))
            { /* block id: 1249 */
                union U2 *l_2689 = &g_217;
                uint16_t *l_2705 = &g_33;
                int32_t l_2708 = 0x211D84C9L;
                l_2628 = l_2689;
                l_2706 |= ((((safe_lshift_func_uint16_t_u_s((*l_1707), 7)) == l_2692) , l_2692) == (((safe_mul_func_int16_t_s_s((+(safe_mod_func_uint32_t_u_u(((***g_2154) = ((((((safe_mod_func_int8_t_s_s((l_2704[0][0][1] = (+(safe_mul_func_uint8_t_u_u((l_2703 == &l_1793), (*g_1841))))), (((*l_2705) = 0x6F3DL) || ((*p_56) > 0x85L)))) , l_2692) && (**g_2606)) != (-1L)) , 18446744073709551615UL) , 0x97C4F4EFL)), p_57))), p_54.f0)) && (*p_58)) != 0UL));
                l_2708 = (g_2707 >= 18446744073709551611UL);
            }
        }
        if (g_2499)
            goto lbl_2709;
    }
    if ((p_54.f2 < p_57))
    { /* block id: 1260 */
        return g_2710;
    }
    else
    { /* block id: 1262 */
        uint64_t *l_2728 = &l_1703;
        uint16_t *l_2731 = &l_2500;
        int32_t l_2732 = 0xF3017F13L;
        uint32_t l_2733 = 0UL;
        int32_t *l_2734 = (void*)0;
        uint16_t l_2736 = 1UL;
        int64_t l_2752 = 0x25883E4B16275ACELL;
        union U1 ** const *l_2754 = (void*)0;
        int8_t l_2755 = 0xD3L;
        int64_t l_2756 = 2L;
        int32_t l_2758 = 0x98FADC04L;
        int32_t l_2759 = 1L;
        int64_t l_2814 = 0x91DE95D9E2DF7FCCLL;
        union U2 ****l_2853 = &g_1285;
        uint16_t **l_2864 = (void*)0;
        uint16_t ***l_2863 = &l_2864;
        union U2 l_2879 = {0xC704L};
        int8_t l_2956[6] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
        int32_t l_2958 = (-1L);
        int32_t l_2959 = 0xF37A099BL;
        int32_t l_2960 = 0x6F872330L;
        int32_t l_2961 = 0x7BEAC7C5L;
        int32_t l_2963 = 0xF2D6EE9FL;
        int32_t l_2964 = (-1L);
        int32_t l_2967 = 1L;
        uint32_t l_2971 = 0x2EA28EFCL;
        int32_t l_2974 = 0xCEE56FB2L;
        union U1 l_3028 = {2L};
        union U0 * const l_3039 = &g_175;
        uint32_t ***l_3133 = &l_1871;
        uint16_t *****l_3140 = &g_3136;
        int32_t *l_3166[7] = {&l_2958,&l_2963,&l_2963,&l_2958,&l_2963,&l_2963,&l_2958};
        int8_t ****l_3188 = (void*)0;
        int32_t l_3243[6][2][6] = {{{0xE2F481ADL,1L,0xE2F481ADL,1L,0xE2F481ADL,1L},{(-6L),1L,(-6L),1L,(-6L),1L}},{{0xE2F481ADL,1L,0xE2F481ADL,1L,0xE2F481ADL,1L},{(-6L),1L,(-6L),1L,(-6L),1L}},{{0xE2F481ADL,1L,0xE2F481ADL,1L,0xE2F481ADL,1L},{(-6L),1L,(-6L),1L,(-6L),1L}},{{0xE2F481ADL,1L,0xE2F481ADL,1L,0xE2F481ADL,1L},{(-6L),1L,(-6L),1L,(-6L),1L}},{{0xE2F481ADL,1L,0xE2F481ADL,1L,0xE2F481ADL,1L},{(-6L),1L,(-6L),1L,(-6L),1L}},{{0xE2F481ADL,1L,0xE2F481ADL,1L,0xE2F481ADL,1L},{(-6L),1L,(-6L),1L,(-6L),1L}}};
        int8_t l_3251 = (-1L);
        uint64_t l_3254 = 18446744073709551615UL;
        int i, j, k;
        if ((safe_mul_func_uint16_t_u_u((((safe_rshift_func_int8_t_s_s(((*g_468) ^= (((*g_2607) = (*g_2607)) , ((l_1651[0] &= (*l_1707)) != (safe_add_func_uint32_t_u_u(((safe_mul_func_int16_t_s_s(((void*)0 != &l_2095[0]), (((safe_div_func_uint16_t_u_u(((*l_2731) |= ((safe_lshift_func_int16_t_s_s(((safe_lshift_func_int16_t_s_s((safe_unary_minus_func_uint32_t_u((6UL & (g_33 = ((((*l_2728) = (g_2726[1][1][3] , (!((*l_1707) != 0x46CB84E66C39933CLL)))) < (((1L & (-7L)) < 0UL) != 7L)) < 0x061CL))))), 8)) != (**g_2606)), 0)) < p_54.f2)), 0x8DB3L)) && (*l_1707)) != p_57))) & l_2732), l_2733))))), 2)) , (*l_1707)) , (*p_55)), (-1L))))
        { /* block id: 1269 */
            int32_t *l_2735[1][2];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                    l_2735[i][j] = (void*)0;
            }
            l_2734 = &l_1651[0];
            --l_2736;
        }
        else
        { /* block id: 1272 */
            int32_t *l_2740 = &l_2732;
            (*l_2740) ^= (!0L);
            return p_54.f1;
        }
        if (((safe_mod_func_uint16_t_u_u((safe_unary_minus_func_int8_t_s((((((safe_add_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s((safe_add_func_int8_t_s_s(((((!p_57) <= (65535UL || 65528UL)) < (&g_1099 != ((+l_2752) , (((safe_unary_minus_func_int32_t_s((*l_1707))) || ((**g_2155) = (*l_1707))) , l_2754)))) | (l_2755 , (*l_1707))), (*p_56))), (*p_56))), l_2756)) <= 0UL) ^ (*l_2734)) | p_57) <= (-10L)))), (-1L))) , p_54.f2))
        { /* block id: 1277 */
            int32_t **l_2757[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            int8_t **l_2771 = &l_1638[1][0][3];
            const int32_t *l_2792 = &g_2793[3];
            union U2 ** const *l_2813 = &g_1286[4];
            union U2 *****l_2834 = &g_1467;
            int i;
            l_2734 = &l_2732;
            ++l_2760[1][0][0];
            for (l_2755 = 0; (l_2755 <= 1); l_2755 += 1)
            { /* block id: 1282 */
                uint8_t l_2767[5];
                union U1 l_2812 = {-10L};
                union U0 *l_2816 = &g_175;
                int16_t **l_2842 = &g_1278;
                int16_t ***l_2843 = &g_453;
                union U1 *****l_2844 = (void*)0;
                union U1 *****l_2845 = &l_2650;
                uint32_t l_2846 = 0x1D88EF64L;
                int8_t *****l_2847 = &g_1363;
                int i;
                for (i = 0; i < 5; i++)
                    l_2767[i] = 1UL;
            }
            return (*l_1707);
        }
        else
        { /* block id: 1346 */
            uint16_t l_2892 = 0x5FCBL;
            union U2 *****l_2893 = (void*)0;
            int32_t *l_2894 = (void*)0;
            int32_t *l_2895 = &l_2759;
            uint32_t l_2901 = 0x16301E9AL;
            int32_t l_2915 = 0x95A2D97DL;
            int32_t l_2916 = 0xD0BCD7F1L;
            int32_t l_2919 = 0x01CE6E0EL;
            int32_t l_2920 = 3L;
            uint32_t l_2942[9] = {0xC78C4545L,0xC78C4545L,0xC78C4545L,0xC78C4545L,0xC78C4545L,0xC78C4545L,0xC78C4545L,0xC78C4545L,0xC78C4545L};
            union U1 **l_2949 = (void*)0;
            int32_t l_2980[8][9][3] = {{{(-10L),0xBB5AF5D4L,0xF34B6A33L},{(-10L),1L,0x1A352C9BL},{1L,0xD3B7E5FBL,(-1L)},{0x1A352C9BL,(-1L),0xFF06FD87L},{0x6B273040L,0x1A352C9BL,1L},{(-3L),0xFF06FD87L,0L},{0x9DDF33E5L,2L,0L},{0xF90C78AEL,0L,0xBB5AF5D4L},{0xBB5AF5D4L,0x2D9E8D6DL,(-1L)}},{{0L,0xF34B6A33L,0x8BC46146L},{2L,(-9L),0x8BAF3080L},{0x2F9006B6L,(-8L),(-10L)},{0xB8B796F6L,1L,(-9L)},{0xD52B50DDL,0xD52B50DDL,0x933D4CAEL},{0x2D9E8D6DL,1L,0xBFD80616L},{8L,0x3E5B7865L,0xDB90EE1CL},{0xFB78D9F6L,(-8L),0L},{0xC48DF393L,8L,0xDB90EE1CL}},{{0x0FDFB278L,0xA5A42689L,0xBFD80616L},{0x12943540L,(-1L),0x933D4CAEL},{1L,(-9L),(-9L)},{(-4L),0xF1EAFC7EL,(-10L)},{(-1L),0x0C445E68L,0x8BAF3080L},{1L,0L,0x8BC46146L},{(-8L),0xF90C78AEL,(-1L)},{8L,0x4EDD95F2L,0xBB5AF5D4L},{1L,0x6B273040L,0L}},{{0xF931D25FL,(-10L),0L},{(-8L),(-6L),1L},{7L,(-1L),0xFF06FD87L},{(-8L),0xDB90EE1CL,(-1L)},{0x9B8A3B8FL,0x0290DF8FL,0x1A352C9BL},{1L,(-8L),0xF34B6A33L},{7L,(-8L),(-4L)},{(-1L),0x0290DF8FL,0x5EBD23C1L},{0x4EDD95F2L,0xDB90EE1CL,(-1L)}},{{0L,(-1L),0x0CDD6D67L},{9L,(-6L),0xC48DF393L},{0x97E79943L,0x22A5BDADL,0x8BC46146L},{(-8L),1L,0x0290DF8FL},{0x48B2BD5BL,0xBFD80616L,(-9L)},{6L,0L,1L},{0x4EDD95F2L,0x2F9006B6L,1L},{0x2F9006B6L,0x4F05FBD5L,0L},{1L,(-1L),0x4F05FBD5L}},{{2L,(-1L),2L},{0xA5A42689L,0x5EBD23C1L,0xB7DCF58CL},{0xC48DF393L,7L,8L},{0L,(-1L),(-1L)},{(-1L),0x97E79943L,0xFF06FD87L},{0L,0xB8B796F6L,0xFAE7FDA2L},{0xC48DF393L,9L,7L},{0xA5A42689L,0x6B273040L,0L},{2L,0xB7DCF58CL,7L}},{{1L,(-8L),4L},{0x2F9006B6L,6L,3L},{0x4EDD95F2L,(-6L),0xDB90EE1CL},{6L,0L,0x9B8A3B8FL},{0x48B2BD5BL,(-9L),(-4L)},{(-8L),(-4L),0xF29ADA7AL},{0x97E79943L,(-10L),1L},{0x8BC46146L,0xBB5AF5D4L,0x2F9006B6L},{9L,0xFAE7FDA2L,(-1L)}},{{0xBFD80616L,(-8L),0xC4BF866BL},{0x5EBD23C1L,0xF90C78AEL,0x97E79943L},{(-1L),0xBD1D20C5L,0x97E79943L},{0L,0L,0xC4BF866BL},{0x37B58B6EL,0xFB78D9F6L,(-1L)},{0xFF06FD87L,(-9L),0x2F9006B6L},{7L,3L,1L},{0x9DDF33E5L,1L,0xF29ADA7AL},{0xDB90EE1CL,0xFF06FD87L,(-4L)}}};
            uint32_t l_2982 = 4294967295UL;
            int32_t l_3119 = 6L;
            int32_t ***l_3126 = &g_2431[2][1];
            int8_t l_3147 = 0x19L;
            int64_t **l_3154 = &g_2607;
            uint8_t l_3162[6][2][10] = {{{0xF6L,0x02L,255UL,255UL,0xA6L,0xB6L,1UL,9UL,0x68L,0x63L},{0x58L,0x02L,0xEEL,0x43L,0UL,0xFDL,0xCAL,0xFDL,0UL,0x43L}},{{1UL,0x71L,1UL,0UL,0UL,0x81L,0xA6L,247UL,0xCAL,0x7DL},{5UL,253UL,0xB5L,0xFDL,0xEEL,0UL,0x43L,247UL,0x81L,247UL}},{{0UL,0x63L,1UL,0x1FL,0xCAL,0x02L,255UL,0xFDL,255UL,0x8FL},{255UL,250UL,0xEEL,0xB6L,0UL,247UL,0xB5L,9UL,9UL,0xB5L}},{{255UL,0x81L,255UL,255UL,0x81L,255UL,253UL,250UL,1UL,0x1BL},{0xCAL,0xB6L,255UL,254UL,0x58L,0x1BL,0x0EL,0UL,0x1FL,0x70L}},{{0xCAL,0xEEL,255UL,5UL,0UL,255UL,0x70L,0x02L,0UL,0x58L},{0xB6L,0x4FL,0x63L,0UL,0x58L,0x02L,253UL,0x7DL,0UL,5UL}},{{255UL,0x02L,0x68L,0xA6L,0x1FL,0xA6L,0x68L,0x02L,255UL,0xCAL},{0UL,0x58L,0UL,0xF6L,255UL,0x02L,1UL,0x81L,0x02L,0UL}}};
            uint32_t l_3174 = 18446744073709551610UL;
            union U1 ***l_3177 = (void*)0;
            union U1 ****l_3176[3][9] = {{&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177},{&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177},{&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177,&l_3177}};
            int i, j, k;
        }
    }
    return p_54.f2;
}


/* ------------------------------------------ */
/* 
 * reads : g_8 g_78 g_82 g_6 g_85 g_15 g_7 g_2 g_33 g_37 g_100 g_142 g_140 g_265 g_134.f0 g_217.f0 g_175.f1 g_158 g_175 g_175.f0 g_269 g_134.f2 g_216 g_217 g_453 g_467 g_468 g_151 g_134.f1 g_526 g_448 g_680 g_134 g_753 g_643 g_1007 g_1008 g_1106 g_968 g_754 g_1099 g_1100 g_1101 g_1098.f2 g_1101.f0 g_1098.f1 g_1285 g_1278 g_1345 g_1286 g_1357 g_1362 g_1358 g_1101.f2 g_1423
 * writes: g_78 g_82 g_8 g_15 g_33 g_100 g_85 g_142 g_265 g_158 g_151 g_140 g_448 g_217.f0 g_467 g_175.f0 g_526 g_269 g_216 g_839 g_643 g_967 g_175.f1 g_1099 g_680 g_1278 g_1007 g_1290 g_1345 g_1357 g_1106 g_1362 g_1098.f0 g_753 g_1466 g_1101.f0
 */
static union U1  func_59(int32_t * p_60, const int8_t  p_61, uint64_t  p_62)
{ /* block id: 19 */
    int32_t l_71 = 0L;
    union U0 l_79 = {1UL};
    int32_t l_80 = 0x3C6E85A6L;
    int16_t *l_81 = &g_82;
    uint16_t l_83 = 65535UL;
    int8_t *l_84 = &g_15;
    int32_t l_126 = (-1L);
    union U1 l_133[8][8][1] = {{{{1L}},{{0L}},{{0xF57C3633L}},{{0L}},{{1L}},{{0xBE4C4CDAL}},{{1L}},{{1L}}},{{{0x8E98FF7FL}},{{5L}},{{0xFD8C3401L}},{{0x1E3AF264L}},{{-1L}},{{0x6DC08360L}},{{-1L}},{{0x1E3AF264L}}},{{{0xFD8C3401L}},{{5L}},{{0x8E98FF7FL}},{{1L}},{{1L}},{{0xBE4C4CDAL}},{{1L}},{{0L}}},{{{0xF57C3633L}},{{0L}},{{1L}},{{0xBE4C4CDAL}},{{1L}},{{1L}},{{0x8E98FF7FL}},{{5L}}},{{{0xFD8C3401L}},{{0x1E3AF264L}},{{-1L}},{{0x6DC08360L}},{{-1L}},{{0x1E3AF264L}},{{0xFD8C3401L}},{{5L}}},{{{0x8E98FF7FL}},{{1L}},{{1L}},{{0xBE4C4CDAL}},{{1L}},{{0L}},{{0xF57C3633L}},{{0L}}},{{{1L}},{{0xBE4C4CDAL}},{{1L}},{{1L}},{{0x8E98FF7FL}},{{5L}},{{0xFD8C3401L}},{{0x1E3AF264L}}},{{{-1L}},{{0x6DC08360L}},{{-1L}},{{0x1E3AF264L}},{{0xFD8C3401L}},{{5L}},{{0x8E98FF7FL}},{{1L}}}};
    uint32_t l_214 = 0UL;
    union U2 *l_224 = &g_217;
    const uint8_t *** const l_234 = (void*)0;
    int32_t l_258[6][1] = {{0x8084E144L},{(-5L)},{0x8084E144L},{(-5L)},{0x8084E144L},{(-5L)}};
    union U0 l_361 = {0x6B1899527F47FDB5LL};
    int16_t **l_434 = (void*)0;
    int16_t l_473 = (-1L);
    int32_t *l_554 = &l_258[4][0];
    uint8_t *l_659 = &g_269;
    int16_t l_678 = 0xA7E0L;
    int64_t l_679 = (-1L);
    union U2 * const **l_864 = (void*)0;
    int32_t l_889 = 0x841823FCL;
    int32_t l_899 = 0xD2DCE3C5L;
    const int8_t *l_927 = &g_15;
    const int8_t **l_926 = &l_927;
    const int8_t ***l_925 = &l_926;
    union U1 **l_972 = (void*)0;
    int8_t **l_1029 = &g_468;
    union U1 l_1083 = {0x6C96F432L};
    union U2 *l_1269 = &g_217;
    uint32_t l_1434[3][8] = {{4294967295UL,4294967295UL,4294967295UL,0xF65BF47EL,0xF65BF47EL,4294967295UL,4294967295UL,4294967295UL},{0x3F6FA51BL,0xF65BF47EL,0xFA571D2CL,0xF65BF47EL,0x3F6FA51BL,0x3F6FA51BL,0xF65BF47EL,0xFA571D2CL},{0x3F6FA51BL,0x3F6FA51BL,0xF65BF47EL,0xFA571D2CL,0xF65BF47EL,0x3F6FA51BL,0x3F6FA51BL,0xF65BF47EL}};
    int16_t l_1439 = 1L;
    union U2 ****l_1465[9] = {&g_1285,&g_1285,&g_1285,&g_1285,&g_1285,&g_1285,&g_1285,&g_1285,&g_1285};
    union U2 *****l_1464 = &l_1465[6];
    uint64_t l_1491 = 0xCF8D5974115E5195LL;
    int32_t l_1503 = 0x9B635779L;
    union U1 l_1607 = {0x016C924CL};
    int i, j, k;
lbl_159:
    l_126 = ((func_63(p_60, &g_15, (safe_rshift_func_uint16_t_u_u((l_71 && ((safe_div_func_uint8_t_u_u(0x18L, (safe_mul_func_int8_t_s_s(((l_71 & (((*l_81) |= (l_80 = ((((safe_lshift_func_int16_t_s_s(g_8, (((((g_78 = g_78) == (l_79 , (void*)0)) & p_62) != p_62) || p_61))) > p_62) , &g_37) == (void*)0))) && l_83)) || l_80), l_83)))) < g_6)), 0)), l_71, l_84) | p_61) != l_126);
    for (g_8 = 0; (g_8 < (-12)); g_8--)
    { /* block id: 69 */
        int16_t *l_132[3];
        int32_t l_135 = 0x90277B54L;
        int16_t l_145 = 0xE43CL;
        int8_t l_154[2][3][7] = {{{2L,2L,2L,2L,2L,2L,2L},{0x4EL,0x4DL,0x4EL,0x4DL,0x4EL,0x4DL,0x4EL},{2L,2L,2L,2L,2L,2L,2L}},{{0x4EL,0x4DL,0x4EL,0x4DL,0x4EL,0x4DL,0x4EL},{2L,2L,2L,2L,2L,2L,2L},{0x4EL,0x4DL,0x4EL,0x4DL,0x4EL,0x4DL,0x4EL}}};
        uint32_t *l_245 = &l_214;
        union U2 l_252 = {65535UL};
        int32_t l_259 = 5L;
        int32_t l_261 = 0xFAC57B76L;
        int32_t l_266 = 0x915D1E8AL;
        int32_t l_267 = (-10L);
        union U0 l_331 = {0xA5026327A7D234CDLL};
        int16_t l_338 = (-1L);
        const int32_t * const l_351[4] = {&l_133[2][7][0].f0,&l_133[2][7][0].f0,&l_133[2][7][0].f0,&l_133[2][7][0].f0};
        const int32_t * const *l_350 = &l_351[3];
        int8_t l_360[6] = {0xF0L,0xF0L,0xF0L,0xF0L,0xF0L,0xF0L};
        int8_t l_400 = (-1L);
        uint8_t l_402 = 4UL;
        int16_t l_495[7][9][4] = {{{(-3L),0x595CL,0x5B07L,0x96EFL},{(-3L),0xC5BBL,0xC5BBL,(-3L)},{0xDA7CL,0x96EFL,0L,0xC5BBL},{0x96EFL,0x595CL,0x8D05L,0x4E1DL},{0x788EL,0xDA7CL,0xC5BBL,0x4E1DL},{1L,0x595CL,1L,0xC5BBL},{(-3L),0x96EFL,0xA344L,(-3L)},{0x788EL,0xC5BBL,0L,0x96EFL},{0xC5BBL,0x595CL,0L,0L}},{{0x788EL,0x788EL,0xA344L,0x4E1DL},{(-3L),0xCB5FL,1L,0x96EFL},{1L,0x96EFL,0xC5BBL,1L},{0x788EL,0x96EFL,0x8D05L,0x96EFL},{0x96EFL,0xCB5FL,0L,0x4E1DL},{0xDA7CL,0x788EL,0xC5BBL,0L},{(-3L),0x595CL,0x5B07L,0x96EFL},{(-3L),0xC5BBL,0xC5BBL,(-3L)},{0xDA7CL,0x96EFL,0L,0xC5BBL}},{{0x96EFL,0x595CL,0x8D05L,0x4E1DL},{0x788EL,0xDA7CL,0xC5BBL,0x4E1DL},{1L,0x595CL,1L,0xC5BBL},{(-3L),0x96EFL,0xA344L,(-3L)},{0x788EL,0xC5BBL,0L,0x96EFL},{0xC5BBL,0x595CL,0L,0L},{0x788EL,0x788EL,0xA344L,0x4E1DL},{(-3L),0xCB5FL,1L,0x96EFL},{1L,0x96EFL,0xC5BBL,1L}},{{0x788EL,0x96EFL,0x8D05L,0x96EFL},{0x96EFL,0xCB5FL,0L,0x4E1DL},{0xDA7CL,0x788EL,0xC5BBL,0L},{(-3L),0x595CL,0x5B07L,0x96EFL},{(-3L),0xC5BBL,0xC5BBL,(-3L)},{0xDA7CL,0x96EFL,0L,0xC5BBL},{0x96EFL,0x595CL,0x8D05L,0x4E1DL},{0x788EL,0xDA7CL,0xC5BBL,0x4E1DL},{1L,0x595CL,1L,0xC5BBL}},{{(-3L),0x96EFL,0xA344L,(-3L)},{0x788EL,0xC5BBL,0L,0x96EFL},{0xC5BBL,0x595CL,0L,0L},{0x788EL,0x788EL,0xA344L,0x4E1DL},{(-3L),0xCB5FL,1L,0x96EFL},{1L,0x96EFL,0xC5BBL,0x8D05L},{0xC5BBL,1L,0x595CL,1L},{1L,(-4L),(-9L),0xCB5FL},{0xA344L,0xC5BBL,0x5B07L,(-9L)}},{{0L,0xDA7CL,0x4E1DL,1L},{0L,0x5B07L,0x5B07L,0L},{0xA344L,1L,(-9L),0x5B07L},{1L,0xDA7CL,0x595CL,0xCB5FL},{0xC5BBL,0xA344L,0x5B07L,0xCB5FL},{0x8D05L,0xDA7CL,0x8D05L,0x5B07L},{0L,1L,(-3L),0L},{0xC5BBL,0x5B07L,(-9L),1L},{0x5B07L,0xDA7CL,(-9L),(-9L)}},{{0xC5BBL,0xC5BBL,(-3L),0xCB5FL},{0L,(-4L),0x8D05L,1L},{0x8D05L,1L,0x5B07L,0x8D05L},{0xC5BBL,1L,0x595CL,1L},{1L,(-4L),(-9L),0xCB5FL},{0xA344L,0xC5BBL,0x5B07L,(-9L)},{0L,0xDA7CL,0x4E1DL,1L},{0L,0x5B07L,0x5B07L,0L},{0xA344L,1L,(-9L),0x5B07L}}};
        union U1 l_532[1][4] = {{{0xD115D76EL},{0xD115D76EL},{0xD115D76EL},{0xD115D76EL}}};
        int8_t **l_558 = &l_84;
        uint64_t *l_597 = &l_361.f0;
        uint64_t l_638 = 0UL;
        int16_t l_658[1];
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_132[i] = (void*)0;
        for (i = 0; i < 1; i++)
            l_658[i] = (-1L);
        for (l_80 = 0; (l_80 <= 10); l_80 = safe_add_func_uint16_t_u_u(l_80, 2))
        { /* block id: 72 */
            uint16_t l_136 = 7UL;
            const int32_t *l_138 = &g_134.f0;
            const int32_t **l_137 = &l_138;
            int64_t *l_139 = &g_140;
            int64_t *l_141 = &g_142[4];
            uint32_t l_156 = 0x22DC5F9BL;
            int32_t l_169 = 0x435FAD43L;
            uint8_t *l_233 = (void*)0;
            uint8_t **l_232 = &l_233;
            uint8_t *** const l_231[10][3][8] = {{{&l_232,&l_232,&l_232,&l_232,(void*)0,&l_232,&l_232,&l_232},{&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,&l_232},{&l_232,&l_232,(void*)0,&l_232,&l_232,&l_232,&l_232,(void*)0}},{{&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,(void*)0},{&l_232,&l_232,&l_232,(void*)0,(void*)0,(void*)0,&l_232,(void*)0},{(void*)0,&l_232,(void*)0,&l_232,&l_232,(void*)0,(void*)0,&l_232}},{{&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,&l_232},{&l_232,&l_232,&l_232,(void*)0,&l_232,&l_232,&l_232,&l_232},{&l_232,(void*)0,&l_232,&l_232,&l_232,&l_232,&l_232,&l_232}},{{&l_232,&l_232,&l_232,&l_232,&l_232,(void*)0,&l_232,(void*)0},{&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,&l_232},{(void*)0,&l_232,&l_232,&l_232,(void*)0,&l_232,&l_232,&l_232}},{{&l_232,&l_232,(void*)0,&l_232,&l_232,&l_232,(void*)0,&l_232},{(void*)0,&l_232,(void*)0,(void*)0,&l_232,&l_232,(void*)0,(void*)0},{&l_232,&l_232,&l_232,&l_232,(void*)0,&l_232,(void*)0,&l_232}},{{&l_232,(void*)0,&l_232,(void*)0,&l_232,&l_232,&l_232,&l_232},{(void*)0,(void*)0,&l_232,&l_232,&l_232,&l_232,&l_232,&l_232},{&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,(void*)0,(void*)0}},{{&l_232,&l_232,&l_232,(void*)0,&l_232,&l_232,(void*)0,&l_232},{(void*)0,(void*)0,(void*)0,&l_232,&l_232,&l_232,&l_232,&l_232},{(void*)0,&l_232,(void*)0,&l_232,&l_232,&l_232,(void*)0,&l_232}},{{&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,&l_232},{&l_232,&l_232,&l_232,(void*)0,(void*)0,&l_232,(void*)0,(void*)0},{(void*)0,&l_232,&l_232,&l_232,(void*)0,(void*)0,&l_232,&l_232}},{{&l_232,&l_232,&l_232,&l_232,&l_232,&l_232,(void*)0,&l_232},{&l_232,&l_232,&l_232,(void*)0,(void*)0,(void*)0,&l_232,&l_232},{(void*)0,&l_232,&l_232,&l_232,(void*)0,&l_232,&l_232,(void*)0}},{{(void*)0,(void*)0,&l_232,(void*)0,&l_232,&l_232,(void*)0,&l_232},{&l_232,&l_232,&l_232,&l_232,&l_232,(void*)0,(void*)0,&l_232},{(void*)0,&l_232,&l_232,(void*)0,&l_232,&l_232,&l_232,&l_232}}};
            int8_t l_237 = 0x29L;
            int32_t l_260 = 0L;
            int32_t l_262 = 0x58A86DAAL;
            int32_t l_263 = 0x83CDB2F4L;
            int32_t l_264 = 0xD5A252D3L;
            int32_t l_268 = 1L;
            union U1 l_272 = {0L};
            int i, j, k;
        }
        for (l_126 = 0; (l_126 <= 4); l_126 += 1)
        { /* block id: 161 */
            union U1 l_322[10][1][9] = {{{{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}}},{{{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}}}};
            int32_t *l_339 = &l_267;
            int i, j, k;
            g_85[1][0] &= (safe_add_func_uint32_t_u_u(((safe_unary_minus_func_uint16_t_u((g_142[l_126] != (safe_unary_minus_func_uint64_t_u(g_142[l_126]))))) || ((safe_add_func_int32_t_s_s(((*l_339) = (l_266 = (safe_mul_func_int16_t_s_s(((g_142[l_126] | (((l_322[9][0][0] , (safe_add_func_uint16_t_u_u(((safe_mod_func_uint32_t_u_u(g_33, (safe_rshift_func_int8_t_s_u(((safe_mul_func_uint16_t_u_u(((4294967295UL && ((l_83 || (l_331 , ((((!(~(safe_mod_func_uint32_t_u_u((((safe_sub_func_uint64_t_u_u(((g_37 > 0xBCL) & l_135), p_61)) < 0xEEB307C9F123D58BLL) >= 1L), (*p_60))))) , g_140) && l_214) < p_62))) ^ l_338)) ^ g_142[l_126]), 65532UL)) , l_214), 3)))) || g_265[1][0]), 0xECD1L))) || 0xB949L) != 0xF928L)) | p_62), g_142[l_126])))), 0xF004F304L)) >= p_62)), g_134.f0));
        }
        for (l_126 = 0; (l_126 <= (-3)); l_126--)
        { /* block id: 168 */
            int32_t **l_349 = &g_78;
            union U0 l_366 = {0x6E67078D9BABF24ELL};
            union U1 l_472 = {8L};
            uint8_t *l_480 = (void*)0;
            int32_t l_581 = 0x71599C49L;
            int32_t l_582[6][10][4] = {{{0x33C5C167L,(-4L),0x3E5292C6L,0xBCBD6955L},{(-9L),0xE3659406L,0x6AF7FF28L,0xCEA59498L},{0x3E5292C6L,0x33C5C167L,0x44EAD3F3L,0x44EAD3F3L},{0x3E5292C6L,0x3E5292C6L,0x6AF7FF28L,0x7657951EL},{(-9L),0x44EAD3F3L,0x3E5292C6L,0xE3659406L},{0x33C5C167L,(-1L),0L,0x3E5292C6L},{0xBCBD6955L,(-1L),0xBCBD6955L,0xE3659406L},{(-1L),0x44EAD3F3L,3L,0x7657951EL},{0x7657951EL,0x3E5292C6L,0x33C5C167L,0x44EAD3F3L},{0xCEA59498L,0x33C5C167L,0x33C5C167L,0xCEA59498L}},{{0x7657951EL,0xE3659406L,3L,0xBCBD6955L},{(-1L),(-4L),0xBCBD6955L,0x6AF7FF28L},{0xBCBD6955L,0x6AF7FF28L,0L,0x6AF7FF28L},{0x33C5C167L,(-4L),0x3E5292C6L,0xBCBD6955L},{(-9L),0xE3659406L,0x6AF7FF28L,0xCEA59498L},{0x3E5292C6L,0x33C5C167L,0x44EAD3F3L,0x44EAD3F3L},{0x3E5292C6L,0x3E5292C6L,0x6AF7FF28L,0x7657951EL},{(-9L),0x44EAD3F3L,0x3E5292C6L,0xE3659406L},{0x33C5C167L,(-1L),0L,0x3E5292C6L},{0xBCBD6955L,(-1L),0xBCBD6955L,0xE3659406L}},{{(-1L),0x44EAD3F3L,3L,0x7657951EL},{0x7657951EL,0x3E5292C6L,0x33C5C167L,0x44EAD3F3L},{0xCEA59498L,0x33C5C167L,0x33C5C167L,0xCEA59498L},{0x7657951EL,0xE3659406L,3L,0xBCBD6955L},{(-1L),(-4L),0xBCBD6955L,0x6AF7FF28L},{0xBCBD6955L,0x6AF7FF28L,0L,0x6AF7FF28L},{0x33C5C167L,(-4L),0x3E5292C6L,0xBCBD6955L},{(-9L),0xE3659406L,0x6AF7FF28L,0xCEA59498L},{0x3E5292C6L,0x33C5C167L,0x44EAD3F3L,0x44EAD3F3L},{0x3E5292C6L,0x3E5292C6L,0x6AF7FF28L,0x7657951EL}},{{(-9L),0x44EAD3F3L,0x3E5292C6L,0xE3659406L},{0x33C5C167L,(-1L),0L,0x3E5292C6L},{0xBCBD6955L,(-1L),0xBCBD6955L,0xE3659406L},{(-1L),0x44EAD3F3L,3L,0x7657951EL},{0x7657951EL,0x3E5292C6L,0x33C5C167L,0x44EAD3F3L},{0xCEA59498L,0x33C5C167L,0x33C5C167L,0xCEA59498L},{0x7657951EL,0xE3659406L,3L,0xBCBD6955L},{(-1L),(-4L),0xBCBD6955L,0x6AF7FF28L},{0xBCBD6955L,(-1L),(-9L),(-1L)},{0xCEA59498L,3L,0x6AF7FF28L,0x44EAD3F3L}},{{0xBCBD6955L,(-4L),(-1L),0x3E5292C6L},{0x6AF7FF28L,0xCEA59498L,0x33C5C167L,0x33C5C167L},{0x6AF7FF28L,0x6AF7FF28L,(-1L),0xE3659406L},{0xBCBD6955L,0x33C5C167L,0x6AF7FF28L,(-4L)},{0xCEA59498L,0x7657951EL,(-9L),0x6AF7FF28L},{0x44EAD3F3L,0x7657951EL,0x44EAD3F3L,(-4L)},{0x7657951EL,0x33C5C167L,0L,0xE3659406L},{0xE3659406L,0x6AF7FF28L,0xCEA59498L,0x33C5C167L},{0x3E5292C6L,0xCEA59498L,0xCEA59498L,0x3E5292C6L},{0xE3659406L,(-4L),0L,0x44EAD3F3L}},{{0x7657951EL,3L,0x44EAD3F3L,(-1L)},{0x44EAD3F3L,(-1L),(-9L),(-1L)},{0xCEA59498L,3L,0x6AF7FF28L,0x44EAD3F3L},{0xBCBD6955L,(-4L),(-1L),0x3E5292C6L},{0x6AF7FF28L,0xCEA59498L,0x33C5C167L,0x33C5C167L},{0x6AF7FF28L,0x6AF7FF28L,(-1L),0xE3659406L},{0xBCBD6955L,0x33C5C167L,0x6AF7FF28L,(-4L)},{0xCEA59498L,0x7657951EL,(-9L),0x6AF7FF28L},{0x44EAD3F3L,0x7657951EL,0x44EAD3F3L,(-4L)},{0x7657951EL,0x33C5C167L,0L,0xE3659406L}}};
            int i, j, k;
            for (l_338 = 4; (l_338 >= 0); l_338 -= 1)
            { /* block id: 171 */
                uint16_t *l_370 = &l_83;
                int64_t *l_371 = &g_265[4][1];
                int32_t *l_372 = (void*)0;
                int32_t *l_373 = (void*)0;
                int32_t *l_374 = &l_261;
                union U2 *l_401 = &g_217;
                int i;
                l_261 |= (safe_unary_minus_func_uint64_t_u((((((safe_mod_func_uint16_t_u_u(((((safe_lshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u(((l_349 != l_350) == g_142[l_338]), (safe_div_func_uint16_t_u_u((((g_142[l_338] , p_62) >= (g_142[l_338] != (p_61 , (safe_rshift_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(((safe_add_func_int64_t_s_s(l_214, (l_79.f1 && p_62))) >= 0L), 0x6BBAL)), 2))))) <= g_7), g_217.f0)))), 12)) & (*p_60)) | 1L) < g_142[l_338]), g_175.f1)) >= l_360[3]) & g_158) | (*p_60)) && g_175.f1)));
                if ((((*l_374) |= ((l_361 , (g_37 > (safe_sub_func_int64_t_s_s(((((*l_84) &= ((safe_add_func_int64_t_s_s(((*l_371) = (l_133[2][7][0].f2 , (l_366 , (g_142[l_338] = ((p_61 >= (0xAB151610L || (g_175 , ((safe_sub_func_uint16_t_u_u(((*l_370) = ((7UL > (+((((p_62 | 7UL) == g_140) != g_2) | l_133[2][7][0].f1))) >= g_142[l_338])), p_61)) | 9L)))) == p_62))))), p_61)) || p_62)) , g_134.f0) == 7UL), (**l_350))))) != p_62)) >= g_158))
                { /* block id: 178 */
                    int32_t l_404 = 1L;
                    const int8_t l_405 = 1L;
                    for (g_158 = 0; (g_158 <= 2); g_158 += 1)
                    { /* block id: 181 */
                        uint16_t l_377 = 7UL;
                        uint32_t l_403 = 0x095AE59CL;
                        uint8_t *l_409 = (void*)0;
                        uint8_t *l_410 = &g_151;
                        uint8_t *l_411 = &l_402;
                        (*l_374) ^= ((((safe_rshift_func_uint8_t_u_s(l_377, (!((((+(safe_add_func_int16_t_s_s((safe_mul_func_int16_t_s_s((safe_mod_func_uint8_t_u_u((1L > ((safe_lshift_func_int16_t_s_s(g_175.f0, 5)) <= (safe_div_func_uint8_t_u_u(((!(safe_mul_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s(((*l_370) = ((~((-10L) && 65527UL)) > (l_214 | (safe_rshift_func_uint8_t_u_u(l_400, ((l_401 == &g_217) == p_61)))))), g_15)), l_402)), 0xCDB1L))) || 0x74L), l_403)))), g_269)), 0x4B13L)), 1UL))) || l_404) > (*p_60)) == p_62)))) , 3L) | l_405) , (-1L));
                        (*l_349) = &g_8;
                        (*l_349) = (((+l_403) && (g_134.f0 , ((safe_sub_func_uint8_t_u_u(250UL, ((*l_411) ^= ((*l_410) = p_62)))) == g_158))) , &g_2);
                    }
                }
                else
                { /* block id: 189 */
                    uint32_t l_430[6];
                    int16_t **l_433 = (void*)0;
                    int i;
                    for (i = 0; i < 6; i++)
                        l_430[i] = 18446744073709551615UL;
                    (*l_374) &= (~(safe_rshift_func_uint8_t_u_s((safe_add_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(((g_85[5][0] <= p_62) , (safe_add_func_uint8_t_u_u((1UL & (g_140 <= (safe_mul_func_uint16_t_u_u((((p_62 < (safe_unary_minus_func_int8_t_s((safe_lshift_func_int8_t_s_s(l_430[3], 0))))) && (((((0x06L & (2L < (safe_mul_func_uint8_t_u_u(g_142[4], g_7)))) ^ p_62) || g_140) <= g_100) < 1UL)) <= l_133[2][7][0].f0), l_430[3])))), 0x99L))), l_79.f0)), 14)), l_430[3])), 5)));
                    for (g_140 = 0; (g_140 <= 2); g_140 += 1)
                    { /* block id: 193 */
                        uint8_t *l_446 = &l_402;
                        const int32_t l_447 = 0x267854A8L;
                        (*l_349) = &g_85[1][5];
                        l_434 = l_433;
                        g_448[2][3][3] = (safe_add_func_uint8_t_u_u(((*l_446) = ((p_62 , (safe_rshift_func_uint8_t_u_u(((((p_62 < (safe_mul_func_int8_t_s_s(((0x4E60L < 0xC155L) >= g_6), (g_134.f2 > p_61)))) < ((*g_78) = (+(safe_lshift_func_uint16_t_u_s(g_7, 6))))) , (((safe_mod_func_int16_t_s_s(((*g_216) , g_8), (*l_374))) != p_61) != p_62)) ^ p_61), 4))) || p_62)), l_447));
                    }
                }
                for (l_259 = 2; (l_259 >= 0); l_259 -= 1)
                { /* block id: 203 */
                    for (l_402 = 0; (l_402 <= 2); l_402 += 1)
                    { /* block id: 206 */
                        if (g_217.f0)
                            break;
                        (*l_374) = (*p_60);
                        p_60 = p_60;
                    }
                    if ((*p_60))
                        continue;
                }
            }
            for (g_158 = (-4); (g_158 > 22); g_158++)
            { /* block id: 216 */
                int8_t l_461 = 0xE6L;
                int64_t *l_462 = &g_265[1][0];
                uint8_t *l_463 = (void*)0;
                uint8_t *l_464 = &l_402;
                uint64_t *l_465 = &l_366.f0;
                uint16_t *l_466 = &g_33;
                if ((((*l_466) = (safe_mul_func_uint8_t_u_u((g_453 != ((((((**l_350) & (-5L)) , (((safe_div_func_int64_t_s_s((~((*l_465) |= (4294967295UL ^ (((safe_lshift_func_uint8_t_u_u((safe_mod_func_uint8_t_u_u(((*l_464) ^= (l_461 | ((((*l_462) = 1L) | (-1L)) || p_62))), l_133[2][7][0].f0)), l_461)) && p_62) | g_100)))), l_461)) , g_158) < l_133[2][7][0].f1)) >= p_62) < (*p_60)) , (void*)0)), 0x6CL))) != l_71))
                { /* block id: 221 */
                    for (g_217.f0 = 0; (g_217.f0 <= 2); g_217.f0 += 1)
                    { /* block id: 224 */
                        int8_t ***l_469 = &g_467[0][1];
                        if (l_331.f1)
                            goto lbl_159;
                        (*l_469) = g_467[0][1];
                    }
                    if ((*p_60))
                        continue;
                }
                else
                { /* block id: 229 */
                    l_266 = (*p_60);
                    for (g_33 = 0; (g_33 > 21); ++g_33)
                    { /* block id: 233 */
                        return l_472;
                    }
                    l_258[4][0] ^= l_461;
                    if (l_473)
                        break;
                }
            }
            if ((safe_lshift_func_uint16_t_u_s((safe_sub_func_int16_t_s_s(1L, ((safe_add_func_int8_t_s_s(((l_126 >= (l_224 == (void*)0)) , ((-1L) & p_61)), ((void*)0 == l_480))) , g_85[6][3]))), p_61)))
            { /* block id: 240 */
                (*l_349) = (*l_349);
            }
            else
            { /* block id: 242 */
                uint8_t l_494 = 0xACL;
                for (l_214 = 0; (l_214 <= 45); l_214 = safe_add_func_uint32_t_u_u(l_214, 1))
                { /* block id: 245 */
                    const int32_t l_487 = 1L;
                    int32_t l_523 = 1L;
                    for (l_338 = 2; (l_338 <= 6); l_338 += 1)
                    { /* block id: 248 */
                        int32_t l_496 = 1L;
                        int64_t *l_518 = &g_140;
                        int64_t *l_519 = &g_142[0];
                        uint64_t *l_521 = (void*)0;
                        uint64_t *l_522[7];
                        uint8_t *l_527 = &g_151;
                        int32_t *l_528[7];
                        int32_t *l_529 = (void*)0;
                        int32_t *l_530 = &l_496;
                        union U1 l_531 = {4L};
                        int i, j;
                        for (i = 0; i < 7; i++)
                            l_522[i] = &l_79.f0;
                        for (i = 0; i < 7; i++)
                            l_528[i] = &l_71;
                        l_496 = ((g_85[l_338][l_338] = (((safe_mul_func_int16_t_s_s(p_62, ((((safe_lshift_func_int8_t_s_s(((l_487 || ((safe_mod_func_uint64_t_u_u((((((((*p_60) || 0x58B41999L) || (safe_div_func_uint32_t_u_u(((*g_216) , (safe_add_func_uint8_t_u_u(1UL, p_61))), (*p_60)))) <= (((((l_133[2][7][0] , 0x50FD8B7633208D91LL) && g_217.f0) & p_62) , 0xB0E1L) <= l_494)) , (*p_60)) == (*p_60)) & 0xA0F084FAE32E8AA4LL), 18446744073709551615UL)) & 4294967295UL)) > g_269), p_62)) <= (*g_468)) | p_62) && 0x85L))) > l_495[6][1][1]) <= l_487)) && g_217.f0);
                        (*l_530) &= (((0x14F4L & ((l_267 ^= ((safe_mul_func_uint8_t_u_u((p_62 & 0x64A97274L), ((safe_add_func_uint16_t_u_u(0UL, (safe_mul_func_uint8_t_u_u(((*l_527) ^= (safe_lshift_func_uint16_t_u_s(g_134.f0, ((*l_81) = (safe_lshift_func_int16_t_s_u((safe_div_func_int32_t_s_s((safe_div_func_int16_t_s_s((((((safe_add_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u((g_2 > (l_494 != ((*l_519) = ((*l_518) = (~(**l_350)))))), (~((++g_175.f0) ^ (g_526 = 18446744073709551609UL))))), p_61)), 0x07L)) , g_85[(l_338 + 1)][l_338]) || 0x1739L) >= 253UL) >= 1UL), (-1L))), (*p_60))), 6)))))), p_61)))) , p_61))) , g_85[(l_338 + 1)][l_338])) , p_61)) != g_85[1][5]) , (*p_60));
                        return l_531;
                    }
                    return l_532[0][1];
                }
                (*l_349) = &g_6;
            }
        }
    }
    if ((g_33 == ((p_61 , (((*l_659)--) , (p_62 >= (((safe_lshift_func_int16_t_s_s(((*l_81) |= (((((((((*l_554) = (-1L)) < 8L) != ((safe_mod_func_uint32_t_u_u((safe_mul_func_int8_t_s_s((&l_83 == (((+(((safe_div_func_uint64_t_u_u(((safe_add_func_uint64_t_u_u(p_62, (((*l_659)--) | g_151))) >= (((~(g_217.f0 == g_175.f0)) ^ (*p_60)) > 0x05AA67E3D05C234DLL)), g_134.f1)) , 0x5780L) & l_126)) ^ p_62) , &l_83)), g_8)), (*p_60))) | 6UL)) != g_526) ^ 0x0FCA6B66L) , l_678) & l_80) , g_448[2][3][3])), l_679)) ^ p_62) >= g_680)))) >= g_134.f2)))
    { /* block id: 346 */
        uint64_t l_685[8][1][4] = {{{0xCBE53F5E36E1B6D2LL,0xCBE53F5E36E1B6D2LL,18446744073709551610UL,0x4FBBF288D6D0DACDLL}},{{9UL,1UL,9UL,18446744073709551610UL}},{{9UL,18446744073709551610UL,18446744073709551610UL,9UL}},{{0xCBE53F5E36E1B6D2LL,18446744073709551610UL,0x4FBBF288D6D0DACDLL,18446744073709551610UL}},{{18446744073709551610UL,1UL,0x4FBBF288D6D0DACDLL,0x4FBBF288D6D0DACDLL}},{{0xCBE53F5E36E1B6D2LL,0xCBE53F5E36E1B6D2LL,18446744073709551610UL,0x4FBBF288D6D0DACDLL}},{{9UL,1UL,9UL,18446744073709551610UL}},{{9UL,18446744073709551610UL,18446744073709551610UL,9UL}}};
        int32_t l_686 = 1L;
        union U0 l_731 = {18446744073709551609UL};
        union U1 l_779 = {0xDE756C50L};
        int16_t **l_784 = &l_81;
        uint8_t l_805 = 0x03L;
        uint8_t l_838 = 0x24L;
        uint8_t * const *l_862 = (void*)0;
        int32_t l_944 = 2L;
        int32_t l_945[1][5][1] = {{{(-10L)},{1L},{(-10L)},{1L},{(-10L)}}};
        uint64_t l_947[8][10][3] = {{{18446744073709551615UL,0xF40FE781C1BEC010LL,0x5254D946A25FD652LL},{18446744073709551615UL,0x56CE69547489F67ELL,0x4F01547299373898LL},{0x3207FBB77BBEACFDLL,1UL,5UL},{0x4F01547299373898LL,0xBF23F32253A2CABBLL,0xC5AF313C6E9956C8LL},{0x62B7E2C2E72430CALL,1UL,18446744073709551615UL},{18446744073709551608UL,1UL,5UL},{0xFE8FB78F4C5376B1LL,1UL,0x709ED264B2213C16LL},{18446744073709551608UL,18446744073709551615UL,0x62B7E2C2E72430CALL},{0x62B7E2C2E72430CALL,0UL,0x80979E7F6052FF1BLL},{0x4F01547299373898LL,1UL,0x4776078B55706FD1LL}},{{0x3207FBB77BBEACFDLL,0UL,18446744073709551608UL},{18446744073709551615UL,18446744073709551611UL,0x3E652E5BE8FA441FLL},{18446744073709551615UL,0xBF23F32253A2CABBLL,0x709ED264B2213C16LL},{0x3207FBB77BBEACFDLL,0xDED8928389D96A04LL,0x3207FBB77BBEACFDLL},{0x4F01547299373898LL,0x8B12FFA69D9A3208LL,0xEE795B10A5490E6ELL},{0x62B7E2C2E72430CALL,0xF40FE781C1BEC010LL,0xC5AF313C6E9956C8LL},{18446744073709551608UL,0UL,0x3207FBB77BBEACFDLL},{0xFE8FB78F4C5376B1LL,18446744073709551615UL,0x55191AE650D87000LL},{18446744073709551608UL,0xAD52C3B86AB72820LL,0x5254D946A25FD652LL},{0x62B7E2C2E72430CALL,18446744073709551615UL,18446744073709551608UL}},{{0x4F01547299373898LL,18446744073709551615UL,1UL},{0x3207FBB77BBEACFDLL,0UL,2UL},{18446744073709551615UL,0x80979E7F6052FF1BLL,0UL},{0xF13869A9C3B94660LL,0x4F01547299373898LL,18446744073709551608UL},{18446744073709551615UL,1UL,0xCFAE123590B22EC3LL},{4UL,0x55191AE650D87000LL,0xF13869A9C3B94660LL},{0UL,18446744073709551608UL,0xAF3294D6CE4B69B6LL},{5UL,1UL,0xCFAE123590B22EC3LL},{0xB0557A65639CAECALL,0UL,4UL},{5UL,0xFE8FB78F4C5376B1LL,0x42FF92760FC66916LL}},{{0UL,0x4776078B55706FD1LL,0UL},{4UL,0UL,0xB0557A65639CAECALL},{18446744073709551615UL,0x60CAD3C9A10BD15FLL,18446744073709551614UL},{0xF13869A9C3B94660LL,2UL,0xA4738CA653FF3858LL},{0xF13869A9C3B94660LL,0x55191AE650D87000LL,4UL},{18446744073709551615UL,0xF277DDFA6DA34492LL,0xEF221C7B1B870170LL},{4UL,0x709ED264B2213C16LL,0x2BD70282FD03A985LL},{0UL,0x80979E7F6052FF1BLL,0xF13869A9C3B94660LL},{5UL,0x60CAD3C9A10BD15FLL,0xEF221C7B1B870170LL},{0xB0557A65639CAECALL,0xE506ADBAD58878A7LL,0xABB4C0F4D1A4BC50LL}},{{5UL,1UL,0UL},{0UL,0xFE8FB78F4C5376B1LL,18446744073709551614UL},{4UL,0xE506ADBAD58878A7LL,9UL},{18446744073709551615UL,0x41BFA589062279A9LL,5UL},{0xF13869A9C3B94660LL,18446744073709551608UL,0x42FF92760FC66916LL},{0xF13869A9C3B94660LL,0x709ED264B2213C16LL,0xABB4C0F4D1A4BC50LL},{18446744073709551615UL,18446744073709551606UL,18446744073709551615UL},{4UL,0x4F01547299373898LL,0xAF3294D6CE4B69B6LL},{0UL,2UL,0x2BD70282FD03A985LL},{5UL,0x41BFA589062279A9LL,18446744073709551615UL}},{{0xB0557A65639CAECALL,0UL,18446744073709551608UL},{5UL,0x4776078B55706FD1LL,0xA4738CA653FF3858LL},{0UL,1UL,5UL},{4UL,0UL,18446744073709551615UL},{18446744073709551615UL,1UL,0UL},{0xF13869A9C3B94660LL,0x80979E7F6052FF1BLL,0UL},{0xF13869A9C3B94660LL,0x4F01547299373898LL,18446744073709551608UL},{18446744073709551615UL,1UL,0xCFAE123590B22EC3LL},{4UL,0x55191AE650D87000LL,0xF13869A9C3B94660LL},{0UL,18446744073709551608UL,0xAF3294D6CE4B69B6LL}},{{5UL,1UL,0xCFAE123590B22EC3LL},{0xB0557A65639CAECALL,0UL,4UL},{5UL,0xFE8FB78F4C5376B1LL,0x42FF92760FC66916LL},{0UL,0x4776078B55706FD1LL,0UL},{4UL,0UL,0xB0557A65639CAECALL},{18446744073709551615UL,0x60CAD3C9A10BD15FLL,18446744073709551614UL},{0xF13869A9C3B94660LL,2UL,0xA4738CA653FF3858LL},{0xF13869A9C3B94660LL,0x55191AE650D87000LL,4UL},{18446744073709551615UL,0xF277DDFA6DA34492LL,0xEF221C7B1B870170LL},{4UL,0x709ED264B2213C16LL,0x2BD70282FD03A985LL}},{{0UL,0x80979E7F6052FF1BLL,0xF13869A9C3B94660LL},{5UL,0x60CAD3C9A10BD15FLL,0xEF221C7B1B870170LL},{0xB0557A65639CAECALL,0xE506ADBAD58878A7LL,0xABB4C0F4D1A4BC50LL},{5UL,1UL,0UL},{0UL,0xFE8FB78F4C5376B1LL,18446744073709551614UL},{4UL,0xE506ADBAD58878A7LL,9UL},{18446744073709551615UL,0x41BFA589062279A9LL,5UL},{0xF13869A9C3B94660LL,18446744073709551608UL,0x42FF92760FC66916LL},{0xF13869A9C3B94660LL,0x709ED264B2213C16LL,0xABB4C0F4D1A4BC50LL},{18446744073709551615UL,18446744073709551606UL,18446744073709551615UL}}};
        union U2 l_969 = {0x6C3DL};
        union U1 *l_974 = &l_779;
        union U1 **l_973 = &l_974;
        uint16_t l_1117[8][5] = {{1UL,2UL,1UL,1UL,2UL},{2UL,1UL,1UL,2UL,1UL},{2UL,2UL,7UL,2UL,2UL},{1UL,2UL,7UL,7UL,1UL},{1UL,7UL,7UL,1UL,7UL},{1UL,1UL,2UL,1UL,1UL},{7UL,1UL,7UL,7UL,1UL},{1UL,7UL,7UL,1UL,7UL}};
        int i, j, k;
        if ((*l_554))
        { /* block id: 347 */
            uint8_t * const l_681 = &g_269;
            int32_t l_706 = 1L;
            int32_t l_757 = 0L;
            uint32_t l_807 = 0x1A8FDCA5L;
            uint8_t l_837[2];
            union U1 l_854 = {0xC352ED7DL};
            int32_t l_941 = (-1L);
            int32_t l_942 = 0x3113E7D5L;
            int32_t l_943[8][3] = {{0xE8319280L,0xE8319280L,0xE8319280L},{0xD7BFE3F7L,0xD7BFE3F7L,0xD7BFE3F7L},{0xE8319280L,0xE8319280L,0xE8319280L},{0xD7BFE3F7L,0xD7BFE3F7L,0xD7BFE3F7L},{0xE8319280L,0xE8319280L,0xE8319280L},{0xD7BFE3F7L,0xD7BFE3F7L,0xD7BFE3F7L},{0xE8319280L,0xE8319280L,0xE8319280L},{0xD7BFE3F7L,0xD7BFE3F7L,0xD7BFE3F7L}};
            uint16_t *l_981 = &l_83;
            union U0 l_992 = {0xCCD1743DDA3CD714LL};
            uint64_t l_1052[7][8];
            int i, j;
            for (i = 0; i < 2; i++)
                l_837[i] = 0x23L;
            for (i = 0; i < 7; i++)
            {
                for (j = 0; j < 8; j++)
                    l_1052[i][j] = 2UL;
            }
            if ((((void*)0 != l_681) < 1UL))
            { /* block id: 348 */
                int32_t l_707 = 0x00C1C2B0L;
                uint8_t **l_887 = &g_754;
                int32_t *l_940[10][5] = {{&g_2,&g_2,&l_126,&g_2,&g_2},{&l_706,&g_2,&l_706,&l_706,&g_2},{&g_2,&l_706,&l_706,&g_2,&l_706},{&g_2,&g_2,&l_126,&g_2,&g_2},{&l_706,&g_2,&l_706,&l_706,&g_2},{&g_2,&l_706,&l_706,&g_2,&l_706},{&g_2,&g_2,&l_126,&g_2,&g_2},{&l_706,&g_2,&l_706,&l_706,&g_2},{&g_2,&l_706,&l_706,&g_2,&l_706},{&g_2,&g_2,&l_126,&g_2,&g_2}};
                int32_t l_946[2];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_946[i] = (-8L);
                (*l_554) &= 0xE7569644L;
                for (g_151 = 0; (g_151 <= 8); ++g_151)
                { /* block id: 352 */
                    union U2 **l_684 = &g_216;
                    uint32_t *l_687 = &g_158;
                    union U2 **l_709 = &l_224;
                    union U2 ***l_708 = &l_709;
                    int32_t l_726[3][7][10] = {{{5L,0xE9D2C87BL,0x4E20A385L,0xFD27E2CBL,9L,0xA51787C0L,1L,1L,0L,(-8L)},{(-7L),1L,6L,0L,1L,5L,0x2BD367A1L,0L,0xB6F74B78L,2L},{0xFD27E2CBL,0L,0xBE51C36DL,0x46AC7CC9L,(-1L),0xAD338A67L,2L,(-1L),(-1L),0xE9D2C87BL},{0x130B0FC9L,(-8L),(-2L),0x13D84D94L,0x282E0325L,5L,5L,(-9L),(-1L),0L},{1L,0x6CE74699L,0L,0x43A7DEE8L,0xA9EFE563L,0x92F0243FL,0x92F0243FL,0xA9EFE563L,0x43A7DEE8L,0L},{0xA1608C68L,0xA1608C68L,0x5A4126D2L,9L,(-1L),0L,(-9L),(-1L),5L,(-7L)},{(-1L),0x4E20A385L,(-8L),0x247815F7L,0xBE51C36DL,0xC4F981CAL,(-9L),0xA5D3924EL,2L,0xB5217D21L}},{{0L,0xA1608C68L,8L,2L,(-7L),0xB6F74B78L,0x92F0243FL,0xFE700D5CL,0xFD27E2CBL,(-1L)},{0x191F4528L,0x6CE74699L,7L,1L,0x98E1D71FL,0xE9D2C87BL,5L,0x7A90D7F2L,(-1L),(-1L)},{0xF1A67992L,(-8L),0x6CE74699L,5L,0x66FF6770L,0L,(-9L),0x6F1A732BL,0x43A7DEE8L,2L},{0xB6F74B78L,0x6CE74699L,5L,0xA51787C0L,0L,0x66FF6770L,0xBE51C36DL,0L,(-9L),5L},{0xB5217D21L,0xFE700D5CL,0x66FF6770L,0L,0xC524BADCL,0x92F0243FL,0L,0L,0L,0x92F0243FL},{(-7L),0x130B0FC9L,0L,0x130B0FC9L,(-7L),0x43A7DEE8L,1L,9L,(-2L),(-9L)},{9L,5L,0x92F0243FL,0xF1A67992L,0x2BD367A1L,0x4E20A385L,0x3DFC137DL,0xA9EFE563L,0x7A90D7F2L,(-9L)}},{{(-1L),0xF1A67992L,1L,(-8L),(-7L),0xC4F981CAL,0xA51787C0L,0xAD338A67L,(-1L),0x92F0243FL},{(-1L),(-1L),0xE9D2C87BL,0xB5217D21L,0xC524BADCL,(-1L),(-2L),0xB6F74B78L,0xF1A67992L,5L},{9L,9L,0x6F1A732BL,0xFD27E2CBL,0L,0xBE51C36DL,0x46AC7CC9L,(-1L),0xAD338A67L,2L},{(-1L),0xE9D2C87BL,0x191F4528L,0xB0AF2E55L,0x66FF6770L,0x282E0325L,0L,(-9L),0x9620DFABL,0x2BD367A1L},{0L,0L,0x46AC7CC9L,0xB6F74B78L,(-2L),0x6F1A732BL,2L,(-7L),1L,1L},{0xF1A67992L,0xC524BADCL,(-7L),5L,5L,(-7L),0xC524BADCL,0xF1A67992L,2L,(-1L)},{0L,0xB0AF2E55L,0L,0x46AC7CC9L,0x247815F7L,(-2L),0x5A4126D2L,0x9620DFABL,7L,5L}}};
                    int32_t l_759 = 0xC5CEE7BFL;
                    uint16_t l_806 = 0xB4AFL;
                    int64_t *l_888 = &l_679;
                    int32_t *l_890 = &g_8;
                    int i, j, k;
                    (*l_684) = &g_217;
                    if (((((*l_554) &= l_685[2][0][3]) , ((*l_687)++)) >= ((safe_rshift_func_uint8_t_u_u((g_134 , (l_684 == ((*l_708) = ((((safe_mul_func_uint8_t_u_u((p_62 || ((safe_lshift_func_uint8_t_u_s(0UL, (safe_lshift_func_int8_t_s_u((safe_lshift_func_int8_t_s_s(0x1DL, 4)), g_448[2][3][3])))) && ((safe_add_func_uint32_t_u_u(((l_706 , l_706) <= (*p_60)), l_707)) >= p_61))), 0x81L)) || (*p_60)) , p_62) , (void*)0)))), g_448[2][5][1])) & 0x547BL)))
                    { /* block id: 357 */
                        (*l_554) ^= (((((safe_mul_func_uint16_t_u_u(((0x0FL & ((((g_15 && ((safe_add_func_int64_t_s_s((safe_lshift_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((safe_sub_func_uint16_t_u_u((safe_mod_func_int32_t_s_s(l_707, 0xF16FA684L)), ((safe_div_func_uint8_t_u_u(g_265[1][0], 0xB8L)) && p_62))), 7)), 9)), ((safe_lshift_func_int16_t_s_s((-3L), 15)) < (g_269 < p_62)))) > (-5L))) ^ g_37) | g_6) || l_726[2][5][2])) || 0x818AL), 0xD08AL)) ^ g_85[3][0]) , p_62) || g_15) || p_61);
                    }
                    else
                    { /* block id: 359 */
                        int32_t l_755 = 3L;
                        int64_t *l_756[5] = {&g_140,&g_140,&g_140,&g_140,&g_140};
                        uint16_t *l_758[1][7][10] = {{{&g_217.f0,&g_33,&g_33,&g_217.f0,&g_33,&g_217.f0,&g_37,&g_37,&g_217.f0,&g_33},{&g_33,&g_33,&g_33,&g_33,&g_217.f0,&g_37,(void*)0,&g_217.f0,&g_33,&g_217.f0},{&g_33,&g_33,(void*)0,&g_33,&g_217.f0,&g_217.f0,&g_33,(void*)0,&g_33,&g_33},{&g_217.f0,&g_217.f0,&g_37,&g_33,&g_33,(void*)0,&g_33,&g_217.f0,&g_217.f0,&g_33},{&g_217.f0,&g_33,&g_217.f0,&g_217.f0,&g_33,&g_217.f0,(void*)0,&g_37,&g_217.f0,&g_33},{&g_33,&g_33,&g_217.f0,&g_33,&g_217.f0,&g_37,&g_37,&g_217.f0,&g_33,&g_217.f0},{&g_33,&g_33,&g_37,&g_33,&g_217.f0,&g_217.f0,&g_217.f0,(void*)0,&g_33,&g_33}}};
                        int32_t l_760 = 0xF2C28220L;
                        int32_t l_761 = 0L;
                        int32_t *l_764 = &l_726[2][5][2];
                        int32_t *l_808 = &l_133[2][7][0].f0;
                        int i, j, k;
                        l_761 = ((l_760 = ((safe_mul_func_uint16_t_u_u((l_759 |= ((l_757 |= (l_726[0][5][0] != (safe_lshift_func_uint8_t_u_s((l_731 , ((*l_681) = (safe_sub_func_int8_t_s_s(((((*l_687) = p_62) != 4294967295UL) , (safe_mul_func_int16_t_s_s(((void*)0 == g_78), ((((safe_sub_func_uint8_t_u_u(((((safe_div_func_uint8_t_u_u((((((safe_mul_func_uint16_t_u_u((safe_unary_minus_func_int32_t_s((((safe_lshift_func_int8_t_s_s(((safe_sub_func_int32_t_s_s((((safe_add_func_uint64_t_u_u(((((((l_706 < ((l_726[2][1][8] > ((g_175.f0 ^ l_731.f0) , g_265[1][0])) > 0x83C4L)) >= p_61) , p_62) > 0UL) != g_134.f0) & l_726[0][5][2]), p_61)) == (*p_60)) && l_707), 0x4DF3CAC4L)) < 4UL), 1)) & g_37) || p_61))), l_706)) && 0x3C32222470F0D2B9LL) , g_753) == &l_681) && 0x2866L), 2UL)) == g_140) & p_62) , 0x05L), 0xA8L)) == 0UL) >= l_755) , 0xB559L)))), 1UL)))), l_707)))) >= 18446744073709551615UL)), g_82)) || (*p_60))) != 0xB732E06EL);
                        (*l_764) &= ((*l_554) = (safe_add_func_int32_t_s_s(0xBFA205D7L, (*l_554))));
                        (*l_554) = ((*l_764) ^= (safe_mul_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u((((((safe_add_func_int16_t_s_s((65534UL & (safe_sub_func_int32_t_s_s(((safe_add_func_uint64_t_u_u((safe_div_func_uint32_t_u_u((safe_add_func_uint64_t_u_u((&g_467[1][0] == &g_467[0][1]), p_61)), (((l_779 , (safe_div_func_int64_t_s_s(((p_62 = (((safe_add_func_int8_t_s_s(p_62, ((void*)0 == &p_62))) , (g_134 , (void*)0)) != l_784)) & l_686), 0x7F3C70D02CA83BCCLL))) , g_15) && p_61))), l_731.f0)) , (*p_60)), l_757))), p_61)) , g_134) , (*p_60)) || p_62) | 0x85D83DB7L), g_448[2][4][5])), p_61)));
                        (*l_808) |= (l_757 = ((((((g_217.f0 || (safe_rshift_func_int8_t_s_s(((safe_mul_func_uint8_t_u_u(p_62, ((g_265[1][0] |= ((p_61 && ((-3L) ^ (((g_217.f0 &= (((safe_mod_func_uint16_t_u_u((+0xF125L), (*l_554))) && ((((safe_lshift_func_uint8_t_u_s(((((safe_rshift_func_uint8_t_u_s(((l_759 = (g_85[1][0] >= ((*l_554) &= (((*l_764) = 1UL) , (safe_sub_func_int8_t_s_s((((*l_81) = (+((safe_sub_func_int16_t_s_s(((safe_mod_func_int8_t_s_s(((safe_div_func_uint32_t_u_u((p_62 <= p_62), 0xB6D5784FL)) <= 0xD7L), p_62)) || (-5L)), g_8)) && l_805))) <= p_62), 0L)))))) || g_643), 2)) & g_6) > g_680) < 0x016FEDC3L), (*g_468))) , l_806) >= 0x002558843E94B08ALL) ^ l_707)) | 18446744073709551610UL)) && 0x7409L) | l_807))) <= p_61)) && l_707))) | l_806), (*g_468)))) & l_806) , g_134.f1) , g_78) == p_60) < 0xF9526474D94B91FFLL));
                    }
                    for (l_779.f0 = 0; (l_779.f0 <= (-25)); l_779.f0 = safe_sub_func_int64_t_s_s(l_779.f0, 1))
                    { /* block id: 382 */
                        uint8_t **l_861 = &l_659;
                        int32_t *l_863[8][1] = {{&l_133[2][7][0].f0},{&l_726[2][5][2]},{&l_726[2][5][2]},{&l_133[2][7][0].f0},{&l_726[2][5][2]},{&l_726[2][5][2]},{&l_133[2][7][0].f0},{&l_726[2][5][2]}};
                        int i, j;
                        g_85[6][5] |= (safe_add_func_int16_t_s_s(0x75D1L, ((((safe_sub_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_s(((safe_rshift_func_uint16_t_u_s((~((l_707 || 0L) < g_7)), 8)) != (+((g_839 = (safe_sub_func_int16_t_s_s(p_61, ((safe_lshift_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u((*l_554), ((safe_mul_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u(((*l_659) = l_707), (safe_lshift_func_uint16_t_u_s((safe_mul_func_int8_t_s_s(((l_837[1] , ((&g_216 == &l_224) && p_61)) <= p_62), (*l_554))), l_838)))), p_62)) > 0x6446L))), p_62)), 3)) | 18446744073709551615UL)))) <= l_837[1]))), 3)) , l_757), l_707)) > g_8) < g_158) ^ l_726[0][4][6])));
                        (*l_554) = ((*l_554) & (safe_mul_func_int8_t_s_s(p_61, ((*l_659) = ((safe_mul_func_uint8_t_u_u(((safe_unary_minus_func_int8_t_s((p_62 >= (!(safe_mod_func_uint8_t_u_u(1UL, l_731.f1)))))) , ((g_680 , (0xF8CD926CL <= ((*l_687)--))) <= (l_759 &= (safe_lshift_func_uint16_t_u_u(0x4E6BL, 9))))), ((safe_mod_func_int8_t_s_s(l_706, l_706)) > p_62))) < 0x390DL)))));
                        g_8 |= (((l_854 , l_685[2][0][3]) , (l_706 = ((g_643 == (safe_div_func_uint32_t_u_u(((*p_60) != l_685[2][0][3]), (*p_60)))) == ((safe_rshift_func_uint8_t_u_s(251UL, 2)) | (safe_mul_func_uint16_t_u_u(((*l_554) || (l_861 != l_862)), l_707)))))) | p_61);
                    }
                    (*l_890) &= ((l_779.f0 , l_864) != (((*l_554) == ((safe_lshift_func_uint8_t_u_s((safe_div_func_uint64_t_u_u(p_61, (safe_lshift_func_int8_t_s_u((safe_sub_func_int16_t_s_s(0x9E6FL, 0x5EC8L)), l_707)))), 2)) == (*l_554))) , ((safe_div_func_uint8_t_u_u((((*l_888) |= (safe_lshift_func_uint16_t_u_u((safe_mod_func_int16_t_s_s((safe_rshift_func_int16_t_s_u(((safe_sub_func_int16_t_s_s((safe_mod_func_uint16_t_u_u((l_887 == (void*)0), 0xBAE4L)), g_140)) || p_61), 1)), 8L)), 14))) || 1L), l_889)) , (void*)0)));
                }
                for (g_158 = 0; (g_158 != 26); g_158 = safe_add_func_int16_t_s_s(g_158, 2))
                { /* block id: 398 */
                    uint16_t *l_904[6][9] = {{&g_643,&g_33,&g_33,&g_643,&g_33,&g_33,&g_643,&g_33,&g_33},{&g_643,&g_33,&g_33,&g_643,&g_33,&g_33,&g_643,&g_33,&g_33},{&g_643,&g_33,&g_33,&g_643,&g_33,&g_33,&g_643,&g_33,&g_33},{&g_643,&g_33,&g_33,&g_643,&g_33,&g_33,&g_643,&g_33,&g_33},{&g_643,&g_33,&g_33,&g_643,&g_33,&g_33,&g_643,&g_33,&g_33},{&g_643,&g_33,&g_33,&g_643,&g_33,&g_33,&g_643,&g_33,&g_33}};
                    int32_t l_913 = 0L;
                    int16_t l_914[8][8][4] = {{{(-1L),0xC966L,7L,0x9D8AL},{0xC966L,0x8147L,1L,0L},{0x04EFL,0x0C59L,0xEE0BL,0x04EFL},{0x04EFL,0xBEA1L,1L,(-10L)},{0xC966L,0x04EFL,7L,1L},{(-1L),8L,1L,(-5L)},{0x6AD4L,0L,0xC966L,(-10L)},{1L,0x9D8AL,0L,0L}},{{0x0C59L,0x0C59L,5L,(-1L)},{(-1L),0L,0xC966L,0x9D8AL},{7L,0xC30FL,0L,0xC966L},{(-1L),0xC30FL,(-1L),0x9D8AL},{0xC30FL,0L,1L,(-1L)},{0L,0x0C59L,0x5F38L,0L},{0x04EFL,0x9D8AL,(-1L),(-10L)},{0xC30FL,0L,7L,(-5L)}},{{0L,8L,0L,1L},{0x6AD4L,0x04EFL,1L,(-10L)},{(-1L),0xBEA1L,0L,0x04EFL},{0x5F38L,0x0C59L,0L,0L},{(-1L),0x8147L,1L,0x9D8AL},{0x6AD4L,0xC966L,0L,0xC30FL},{0L,0xC30FL,7L,0xBEA1L},{0xC30FL,0x8147L,(-1L),(-1L)}},{{0x04EFL,0x5F38L,0x5F38L,0x04EFL},{0L,0x9D8AL,1L,(-10L)},{0xC30FL,0x04EFL,(-1L),(-5L)},{(-1L),0x4F64L,0L,(-5L)},{7L,0x04EFL,0xC966L,(-10L)},{(-1L),0x9D8AL,5L,0x04EFL},{0x0C59L,0x5F38L,0L,(-1L)},{1L,0x8147L,0xC966L,0xBEA1L}},{{1L,0x4F64L,0x9D8AL,0x4F64L},{0xBEA1L,(-9L),(-1L),0L},{(-9L),7L,1L,6L},{0x5F38L,1L,(-5L),0x5F38L},{0x5F38L,5L,1L,0L},{(-9L),0x5F38L,(-1L),1L},{0xBEA1L,(-10L),0x9D8AL,0xC966L},{1L,0xEE0BL,(-9L),0L}},{{1L,0L,0xEE0BL,0xEE0BL},{1L,1L,0x0C59L,0xBEA1L},{0L,(-1L),(-9L),0L},{(-1L),0x4F64L,6L,(-9L)},{0xBEA1L,0x4F64L,(-1L),0L},{0x4F64L,(-1L),1L,0xBEA1L},{0xEE0BL,1L,0L,0xEE0BL},{0x5F38L,0L,(-1L),0L}},{{0x4F64L,0xEE0BL,(-1L),0xC966L},{6L,(-10L),6L,1L},{1L,0x5F38L,8L,0L},{0L,5L,0xEE0BL,0x5F38L},{0L,1L,0xEE0BL,6L},{0L,7L,8L,0L},{1L,(-9L),6L,0x4F64L},{6L,0x4F64L,(-1L),5L}},{{0x4F64L,7L,(-1L),0xBEA1L},{0x5F38L,0L,0L,0x5F38L},{0xEE0BL,0L,1L,0x8DB5L},{0x4F64L,0x5F38L,(-1L),0xC966L},{0xBEA1L,0x847CL,6L,0xC966L},{(-1L),0x5F38L,(-9L),0x8DB5L},{0L,0L,0x0C59L,0x5F38L},{1L,0L,0xEE0BL,0xBEA1L}}};
                    int i, j, k;
                    if ((safe_sub_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(p_61, (((safe_div_func_int32_t_s_s(l_854.f0, l_899)) == (++(*l_681))) < 0UL))), (p_61 , (safe_lshift_func_uint16_t_u_s((g_643 ^= 65534UL), ((l_686 | ((safe_add_func_int16_t_s_s(l_837[1], (l_707 = ((safe_rshift_func_uint8_t_u_s(((l_913 = (safe_div_func_uint64_t_u_u((((safe_lshift_func_uint16_t_u_u((l_707 <= p_61), p_62)) == p_61) ^ 0x3364F444L), 0x167E8BD5497A55B5LL))) > (*l_554)), 1)) , 0xD1F7L)))) | 0xF520L)) >= l_914[7][3][3])))))))
                    { /* block id: 403 */
                        const int8_t ****l_928 = &l_925;
                        int8_t ** const *l_929 = (void*)0;
                        uint32_t *l_937[1];
                        int32_t l_938[7] = {0xA73C9DF7L,1L,0xA73C9DF7L,0xA73C9DF7L,1L,0xA73C9DF7L,0xA73C9DF7L};
                        int32_t **l_939 = &g_78;
                        int i;
                        for (i = 0; i < 1; i++)
                            l_937[i] = &l_214;
                        (*l_554) = (safe_mul_func_int16_t_s_s(5L, ((~(safe_add_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_s((safe_unary_minus_func_int8_t_s((((*l_928) = l_925) != l_929))), ((l_779.f0 &= ((p_61 && ((safe_mul_func_int16_t_s_s((((safe_rshift_func_int8_t_s_u(p_61, (~(0x6C587C38L | (safe_mod_func_int16_t_s_s(((((((1UL | (((-1L) != (6L && g_2)) , p_61)) || 1L) <= g_6) , (void*)0) == l_904[2][7]) || 3UL), p_62)))))) <= g_151) , l_837[0]), (*l_554))) | 0x02L)) && 247UL)) > 0xF99BC749L))) , 0xF0F3L), 0x67E1L)) != p_62), 2L))) >= l_707)));
                        if (l_938[5])
                            break;
                        (*l_939) = p_60;
                        (*l_939) = &g_6;
                    }
                    else
                    { /* block id: 410 */
                        return g_134;
                    }
                }
                ++l_947[6][3][2];
            }
            else
            { /* block id: 415 */
                const union U1 *l_965 = &l_779;
                const union U1 **l_964 = &l_965;
                int32_t l_976 = (-3L);
                const uint16_t *l_979 = &g_980;
                const uint16_t **l_978 = &l_979;
                int8_t *l_991 = (void*)0;
                union U2 *l_1009 = &l_969;
                union U1 l_1050 = {-1L};
lbl_975:
                for (l_757 = 0; (l_757 >= 27); ++l_757)
                { /* block id: 418 */
                    uint32_t l_954 = 0UL;
                    uint16_t *l_955 = &g_643;
                    if (((safe_rshift_func_uint16_t_u_s((g_526 = ((*l_955) = l_954)), 8)) && ((void*)0 != g_78)))
                    { /* block id: 421 */
                        return l_133[2][7][0];
                    }
                    else
                    { /* block id: 423 */
                        const union U1 ***l_966[3][5] = {{&l_964,&l_964,&l_964,&l_964,&l_964},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_964,&l_964,&l_964,&l_964,&l_964}};
                        int i, j;
                        l_889 |= (safe_add_func_int32_t_s_s(((safe_sub_func_uint16_t_u_u(((((g_269 |= (safe_mul_func_int16_t_s_s(0xF1D8L, (safe_mul_func_int32_t_s_s(g_8, ((*p_60) >= ((*l_554) = (l_838 | (0x559AL || ((g_967[0][0] = l_964) != (((l_969 , (((((((l_945[0][1][0] <= (safe_add_func_int16_t_s_s(((**l_784) = (((void*)0 == l_972) & p_61)), p_61))) && p_62) ^ 0xC2CAC44204DA46F9LL) <= l_854.f1) <= g_175.f0) , p_61) && p_62)) != (*p_60)) , l_973))))))))))) > p_62) | l_731.f1) ^ g_526), l_954)) & p_61), (*p_60)));
                        if (l_779.f2)
                            goto lbl_159;
                    }
                    if (l_947[6][3][2])
                        continue;
                    if (g_175.f1)
                        goto lbl_975;
                }
                (*l_554) ^= l_976;
                if ((!(((*l_978) = &g_526) == l_981)))
                { /* block id: 436 */
                    int32_t **l_984 = &l_554;
                    union U0 *l_985 = (void*)0;
                    union U0 *l_986 = &l_79;
                    uint64_t *l_988 = &l_947[2][2][0];
                    union U2 **l_1010 = &g_216;
                    union U1 **l_1016 = &l_974;
                    int8_t ** const l_1026 = &l_991;
                    for (l_941 = 0; (l_941 == 17); l_941 = safe_add_func_int64_t_s_s(l_941, 4))
                    { /* block id: 439 */
                        p_60 = p_60;
                    }
                    (*l_984) = &l_80;
                    if ((((*l_986) = g_175) , (((((safe_unary_minus_func_int64_t_s(0x1617608D794F785ALL)) > (++(*l_988))) | 0x7095L) && ((void*)0 != l_991)) | ((l_992 , (0xE084L ^ (((*l_1010) = (((safe_lshift_func_int8_t_s_u((safe_mul_func_int8_t_s_s((safe_div_func_int32_t_s_s(((**l_984) = ((safe_lshift_func_int16_t_s_u((safe_mul_func_uint16_t_u_u(0UL, (safe_div_func_int32_t_s_s((*p_60), (*l_554))))), 3)) , g_1007)), g_158)), p_62)), g_1008)) && l_976) , l_1009)) != &g_217))) & 0xCC7F28AAL))))
                    { /* block id: 447 */
                        int32_t *l_1017 = &l_942;
                        int32_t **l_1018 = &l_1017;
                        int32_t **l_1019 = (void*)0;
                        int32_t **l_1020 = &g_78;
                        int32_t *l_1023 = &l_941;
                        (*l_1017) &= (safe_rshift_func_int8_t_s_u((((safe_mul_func_uint16_t_u_u((p_60 != (void*)0), g_37)) , (+(((g_175.f1 = (0xDBL <= ((((*l_554) && (((((((void*)0 != &g_1008) != (l_976 < (**l_984))) , g_82) , 0x537EL) , l_1016) == (void*)0)) , p_61) , p_62))) , p_62) != 0UL))) == 0x48D6FBFA133A7220LL), p_61));
                        (*l_1020) = ((*l_1018) = ((*l_984) = p_60));
                        (*l_1023) &= (safe_rshift_func_uint16_t_u_s(((2L && 1UL) > l_943[7][0]), 11));
                        (*l_1023) = ((safe_div_func_int8_t_s_s((**l_984), p_61)) == ((*l_981) = 0xF646L));
                    }
                    else
                    { /* block id: 456 */
                        int8_t ***l_1027[2][10] = {{&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1]},{&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1],&g_467[0][1]}};
                        int8_t ***l_1028 = (void*)0;
                        int i, j;
                        l_1029 = l_1026;
                    }
                }
                else
                { /* block id: 459 */
                    int64_t *l_1030 = &g_142[3];
                    g_8 &= (((*l_1030) = 0x32674E124B48C2D4LL) && p_61);
                    for (l_889 = 0; (l_889 == (-9)); l_889 = safe_sub_func_int32_t_s_s(l_889, 4))
                    { /* block id: 464 */
                        if ((*p_60))
                            break;
                    }
                }
                for (g_269 = 0; (g_269 <= 1); g_269 += 1)
                { /* block id: 470 */
                    int32_t **l_1033[8][8] = {{&g_78,(void*)0,(void*)0,(void*)0,(void*)0,&g_78,(void*)0,&l_554},{&l_554,(void*)0,(void*)0,&l_554,&g_78,(void*)0,(void*)0,(void*)0},{&l_554,&l_554,&g_78,&l_554,&l_554,&l_554,(void*)0,(void*)0},{&g_78,&g_78,&l_554,&g_78,(void*)0,&g_78,&g_78,(void*)0},{(void*)0,&l_554,&l_554,(void*)0,&l_554,&g_78,(void*)0,&l_554},{(void*)0,&g_78,(void*)0,(void*)0,&g_78,&l_554,&g_78,(void*)0},{&g_78,&g_78,&g_78,&l_554,(void*)0,&g_78,&l_554,(void*)0},{&g_78,&l_554,&g_78,(void*)0,&g_78,&g_78,(void*)0,&g_78}};
                    const int16_t * const l_1049 = &g_82;
                    int i, j;
                    for (l_83 = 0; (l_83 <= 2); l_83 += 1)
                    { /* block id: 473 */
                        if ((*l_554))
                            break;
                    }
                    g_78 = &g_7;
                    for (l_941 = 1; (l_941 >= 0); l_941 -= 1)
                    { /* block id: 479 */
                        uint8_t *l_1042 = &l_837[1];
                        int32_t l_1051 = (-1L);
                        g_85[0][0] |= ((6L >= ((p_61 <= (((*l_981)--) , (((safe_mul_func_int16_t_s_s((safe_sub_func_uint8_t_u_u(((*l_1042)--), ((safe_sub_func_uint64_t_u_u(((safe_add_func_uint64_t_u_u((((*l_784) = (*l_784)) != l_1049), (((*l_84) = ((p_62 , 0L) | ((l_1050 , (*g_216)) , (((l_434 == l_434) >= p_61) && (*g_78))))) & p_61))) , l_976), 0x6C80AD81CD9DB768LL)) <= p_62))), l_947[6][3][2])) ^ 253UL) > l_944))) <= l_1051)) , l_1052[6][7]);
                        l_945[0][1][0] |= (*l_554);
                    }
                }
            }
        }
        else
        { /* block id: 489 */
            int8_t l_1059 = 0xFBL;
            int16_t l_1067 = 0xC17AL;
            int32_t l_1078[7] = {(-1L),(-1L),0L,(-1L),(-1L),0L,(-1L)};
            int32_t l_1110 = 1L;
            uint8_t *l_1112 = (void*)0;
            union U2 l_1163 = {1UL};
            uint16_t *l_1164 = &l_1117[5][2];
            int32_t l_1202 = (-8L);
            union U1 l_1220 = {0x327960F9L};
            int32_t **l_1221 = &l_554;
            int i;
            if ((*p_60))
            { /* block id: 490 */
                int32_t l_1076 = (-3L);
                int32_t l_1077 = 9L;
                uint64_t l_1079 = 8UL;
                for (l_969.f0 = 0; (l_969.f0 < 60); ++l_969.f0)
                { /* block id: 493 */
                    union U1 **l_1060 = &l_974;
                    union U1 ***l_1061 = &l_1060;
                    int32_t l_1062 = 0xA1A4CE1DL;
                    uint16_t *l_1068 = &g_217.f0;
                    int32_t **l_1069 = &l_554;
                    int32_t *l_1072 = &g_85[7][5];
                    (*l_554) = ((((safe_lshift_func_uint16_t_u_s(((*l_1068) = ((((safe_lshift_func_uint8_t_u_u((l_1059 && ((((*l_1061) = l_1060) != (void*)0) , ((l_1062 | ((&p_62 == (((*g_468) &= p_61) , (void*)0)) | (-3L))) >= (p_62++)))), ((safe_sub_func_uint64_t_u_u(((g_142[1] < l_1059) & l_1067), 1UL)) | l_685[5][0][0]))) > p_61) <= p_61) , l_1062)), 6)) > 1L) > l_1067) , 5L);
                    (*l_1072) = ((((*l_1069) = &l_258[1][0]) != (void*)0) < (safe_rshift_func_uint8_t_u_s(l_685[5][0][1], 0)));
                }
                for (g_33 = 0; (g_33 <= 12); g_33 = safe_add_func_uint32_t_u_u(g_33, 6))
                { /* block id: 504 */
                    int32_t *l_1075[2][2] = {{&l_686,&l_686},{&l_686,&l_686}};
                    int i, j;
                    --l_1079;
                    g_78 = p_60;
                    (*l_554) = (*p_60);
                }
            }
            else
            { /* block id: 509 */
                uint32_t l_1090[3];
                union U1 *l_1111 = (void*)0;
                union U2 **l_1144 = &l_224;
                int32_t l_1175 = 0x3122862EL;
                int i;
                for (i = 0; i < 3; i++)
                    l_1090[i] = 0xEE27BDC1L;
                (*l_554) = (~((&l_679 == (l_1083 , (void*)0)) && (*l_554)));
                for (g_158 = 0; (g_158 >= 24); g_158 = safe_add_func_uint8_t_u_u(g_158, 9))
                { /* block id: 513 */
                    union U1 l_1094 = {3L};
                    union U1 * const l_1097 = &g_1098;
                    union U1 * const *l_1096 = &l_1097;
                    union U1 * const **l_1095[2][9] = {{&l_1096,&l_1096,&l_1096,&l_1096,&l_1096,&l_1096,&l_1096,&l_1096,&l_1096},{(void*)0,(void*)0,&l_1096,&l_1096,&l_1096,(void*)0,(void*)0,&l_1096,&l_1096}};
                    union U1 ***l_1102 = &l_972;
                    int64_t *l_1103[5];
                    int i, j;
                    for (i = 0; i < 5; i++)
                        l_1103[i] = &l_679;
                    (*l_554) = ((((((*g_468) &= (safe_mul_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s((l_686 = (l_1090[1]++)), 11)) , g_100), p_61))) | 254UL) && ((~0x26C1F9FAL) >= ((l_944 = (l_1094 , ((g_1099 = &l_974) == (l_973 = ((*l_1102) = l_972))))) != (((safe_mod_func_int32_t_s_s((((g_1106 , (safe_mod_func_uint16_t_u_u((+p_62), l_838))) | (-1L)) | 0x5E1CL), 0x83C99377L)) > l_1110) ^ p_62)))) , &p_61) == &p_61);
                }
                if (((((*g_968) , ((l_1111 == &l_779) | 65532UL)) , (*g_753)) == l_1112))
                { /* block id: 523 */
                    int32_t *l_1113 = &l_686;
                    int32_t *l_1114 = (void*)0;
                    int32_t *l_1115 = &l_1110;
                    int32_t *l_1116[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    int i;
                    l_1117[5][2]++;
                }
                else
                { /* block id: 525 */
                    const int32_t l_1122 = 0x86C7051EL;
                    int32_t l_1145 = (-1L);
                    const uint8_t *l_1173[1][2][3];
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 2; j++)
                        {
                            for (k = 0; k < 3; k++)
                                l_1173[i][j][k] = &l_805;
                        }
                    }
                    (*l_554) = (1UL && (safe_div_func_uint8_t_u_u(l_1122, (safe_rshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((((((g_1007 , (safe_mul_func_uint8_t_u_u((((((safe_mod_func_int64_t_s_s((safe_rshift_func_int8_t_s_u((-3L), 3)), (safe_sub_func_int32_t_s_s(7L, p_61)))) > ((safe_add_func_int64_t_s_s(g_680, 0L)) , (safe_mul_func_int8_t_s_s((((+2L) , 0x7BACL) >= g_134.f0), l_731.f1)))) , g_142[3]) && (*p_60)) || p_61), 0xF1L))) , g_134.f1) == 0x7EFECC61L) & 0xF9FEL) , l_945[0][0][0]), g_448[0][1][1])), 2)))));
                    (*l_554) = (safe_mul_func_uint8_t_u_u(4UL, (safe_sub_func_int16_t_s_s(((7L < ((l_1145 = (&g_216 == (l_1144 = &g_216))) ^ 0x7F5CAE96L)) < g_158), (safe_lshift_func_int16_t_s_u(((**l_784) = g_134.f2), 10))))));
                    if ((p_62 < (safe_add_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((7UL < (l_1090[1] || ((safe_rshift_func_int8_t_s_u(((**l_1029) = ((safe_mod_func_int64_t_s_s((((safe_mul_func_int8_t_s_s((safe_sub_func_int16_t_s_s((safe_lshift_func_int16_t_s_u(1L, (g_175 , p_62))), (+(((**g_1099) , (void*)0) != (l_1163 , l_1164))))), (*l_554))) > (*p_60)) > (*p_60)), l_1145)) , 0x78L)), 5)) , g_175.f1))) , p_62), p_62)), p_62))))
                    { /* block id: 532 */
                        const uint32_t l_1172 = 0UL;
                        int16_t l_1174 = 0x2F99L;
                        int64_t l_1200 = (-9L);
                        uint64_t *l_1201 = &l_731.f0;
                        uint32_t *l_1203 = &g_158;
                        uint64_t *l_1204 = &l_685[4][0][2];
                        int32_t **l_1205 = &l_554;
                        l_1175 |= ((safe_lshift_func_uint16_t_u_s(((p_62 & (l_805 != (!((-1L) <= ((p_61 & (safe_lshift_func_int8_t_s_s(p_62, 1))) && (safe_lshift_func_int8_t_s_u((((l_1172 , l_1173[0][1][0]) == l_1112) && p_61), l_1174))))))) , l_1172), l_947[5][6][1])) != p_61);
                        (*l_554) = (((safe_mod_func_uint8_t_u_u(p_61, ((l_1078[1] && (g_175 , (safe_rshift_func_uint8_t_u_s(((p_62 >= (safe_div_func_uint64_t_u_u(((*l_1204) = ((((safe_unary_minus_func_int16_t_s(l_1090[1])) > ((*l_1203) = (safe_add_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((((*l_1201) = ((safe_mul_func_int8_t_s_s(0x97L, (*g_468))) >= (safe_mod_func_uint64_t_u_u((safe_mod_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u((safe_mod_func_int8_t_s_s((((~(safe_add_func_int64_t_s_s(g_1098.f2, 18446744073709551615UL))) >= g_175.f0) , 0xE2L), p_61)), p_61)) == g_1101[0].f0), p_61)), l_1200)))) , 1UL), l_1202)), 0xBCL)))) | p_62) & 0x17L)), l_1200))) | g_33), 2)))) ^ p_62))) ^ l_1122) >= 4294967295UL);
                        (*l_1205) = &l_945[0][1][0];
                    }
                    else
                    { /* block id: 539 */
                        int32_t **l_1206 = (void*)0;
                        int32_t **l_1207 = (void*)0;
                        int32_t **l_1208 = (void*)0;
                        int32_t **l_1209[8] = {(void*)0,&l_554,&l_554,(void*)0,&l_554,&l_554,(void*)0,&l_554};
                        uint64_t *l_1215 = &l_361.f0;
                        uint64_t *l_1218 = (void*)0;
                        uint64_t *l_1219 = &l_947[6][3][2];
                        int i;
                        (*l_554) &= l_1090[1];
                        p_60 = p_60;
                        (*l_554) = ((*g_216) , ((0xA8E353986FB481ECLL <= (!0xE7A51614L)) , (((((((safe_lshift_func_int8_t_s_u((safe_div_func_int8_t_s_s(((g_15 , (&l_731 != ((l_1163 , (**l_1144)) , (void*)0))) <= (((*l_1219) |= ((*l_1215)++)) , (0L != p_62))), l_779.f1)), l_1059)) > g_37) != l_1117[5][2]) | g_140) != 4294967289UL) != 1L) , (*p_60))));
                        return l_1220;
                    }
                }
            }
            p_60 = ((*l_1221) = p_60);
        }
        for (l_944 = (-19); (l_944 > (-19)); l_944++)
        { /* block id: 554 */
            uint64_t l_1224 = 0x1B3474CE9E201675LL;
            const int8_t ****l_1228 = &l_925;
            const int8_t *****l_1227 = &l_1228;
            uint16_t l_1229[7] = {0x0DB4L,0x0DB4L,0x0DB4L,0x0DB4L,0x0DB4L,0x0DB4L,0x0DB4L};
            int i;
            l_1224--;
            if (g_82)
                break;
            (*l_1227) = &l_925;
            if (l_1229[4])
                break;
        }
    }
    else
    { /* block id: 560 */
        union U2 l_1230 = {65533UL};
        int32_t *l_1246 = &l_79.f1;
        int64_t *l_1247 = &g_680;
        int64_t *l_1248[1];
        int32_t l_1249 = 0xF2E77AE7L;
        uint64_t l_1251 = 0x411FE94FFFDD3558LL;
        int32_t l_1274 = 0xC3810BF1L;
        int16_t *l_1275[5][4][4] = {{{(void*)0,&g_448[2][3][3],(void*)0,&g_1008},{&g_1098.f2,&g_100,&g_1008,&g_1101[0].f2},{&g_82,&g_1098.f2,&g_1008,&g_100},{&g_448[2][4][3],&g_1101[0].f2,&g_1008,&l_678}},{{&g_82,&g_1008,&g_1008,&g_82},{&g_1098.f2,&g_448[2][4][3],(void*)0,&g_448[2][0][0]},{(void*)0,&g_448[2][0][0],&g_100,&g_1101[0].f2},{&g_1098.f2,(void*)0,&g_1101[0].f2,&g_1101[0].f2}},{{&g_1101[0].f2,&g_448[2][0][0],&g_1098.f2,&g_448[2][0][0]},{&g_1101[0].f2,&g_448[2][4][3],&g_448[2][3][3],&g_82},{&g_100,&g_1008,&g_1101[0].f2,&l_678},{(void*)0,&g_1101[0].f2,&l_678,&g_100}},{{(void*)0,&g_1098.f2,&g_1101[0].f2,&g_1101[0].f2},{&g_100,&g_100,&g_448[2][3][3],&g_1008},{&g_1101[0].f2,&g_448[2][3][3],&g_1098.f2,&g_448[2][4][3]},{&g_1101[0].f2,(void*)0,&g_1101[0].f2,&g_1098.f2}},{{&g_1098.f2,(void*)0,&g_100,&g_448[2][4][3]},{(void*)0,&g_448[2][3][3],(void*)0,&g_1008},{&g_1098.f2,&g_100,&g_1008,&g_1101[0].f2},{&g_82,&g_1098.f2,&g_1008,&g_100}}};
        int32_t *l_1298 = &l_258[3][0];
        int64_t l_1313[9][4] = {{0L,0L,(-4L),0L},{0L,(-1L),(-1L),0L},{(-1L),0L,(-1L),(-1L)},{0L,0L,(-4L),0L},{0L,(-1L),(-4L),(-1L)},{(-4L),(-1L),(-4L),(-4L)},{(-1L),(-1L),0L,(-1L)},{(-1L),(-4L),(-4L),(-1L)},{(-4L),(-1L),(-4L),(-4L)}};
        int32_t l_1314 = (-1L);
        int32_t l_1317[6][5] = {{0xDDF82465L,0xDDF82465L,(-1L),0xDDF82465L,0xDDF82465L},{9L,0xDDF82465L,9L,9L,0xDDF82465L},{0xDDF82465L,9L,9L,0xDDF82465L,9L},{0xDDF82465L,0xDDF82465L,(-1L),0xDDF82465L,0xDDF82465L},{9L,0xDDF82465L,9L,9L,0xDDF82465L},{0xDDF82465L,9L,9L,0xDDF82465L,9L}};
        int32_t l_1321 = 1L;
        int64_t l_1323 = 0x2648294D501621DELL;
        union U1 l_1342[8] = {{0x1553494BL},{0x1553494BL},{0x1553494BL},{0x1553494BL},{0x1553494BL},{0x1553494BL},{0x1553494BL},{0x1553494BL}};
        union U2 ****l_1347[2];
        int8_t *****l_1364 = &g_1363;
        uint8_t l_1388[4][9][6] = {{{9UL,0x1CL,0xA3L,0xDBL,0xDBL,0xA3L},{1UL,1UL,0xA3L,0xDBL,0x1CL,1UL},{9UL,0xA3L,255UL,1UL,255UL,0xA3L},{0xDBL,9UL,255UL,0x7BL,1UL,1UL},{0xA3L,0x7BL,0xA3L,0xA3L,0x7BL,0xA3L},{0xA3L,0x7BL,0xA3L,1UL,1UL,255UL},{255UL,9UL,0xDBL,9UL,255UL,0x7BL},{255UL,0xA3L,9UL,1UL,0x1CL,0x1CL},{0xA3L,1UL,1UL,0xA3L,0xDBL,0x1CL}},{{0xA3L,0x1CL,9UL,0x7BL,1UL,0x7BL},{0xDBL,0x6DL,0xDBL,1UL,1UL,255UL},{9UL,0x1CL,0xA3L,0xDBL,0xDBL,0xA3L},{1UL,1UL,0xA3L,0xDBL,0x1CL,1UL},{9UL,0xA3L,255UL,1UL,255UL,0xA3L},{0xDBL,9UL,255UL,0x7BL,1UL,1UL},{0xA3L,0x7BL,0xA3L,0xA3L,0x7BL,0xA3L},{0xA3L,0x7BL,0xA3L,1UL,1UL,255UL},{255UL,9UL,0xDBL,9UL,255UL,0x7BL}},{{255UL,0xA3L,9UL,1UL,0x1CL,0x1CL},{0xA3L,1UL,1UL,0xA3L,0xDBL,0x1CL},{0xA3L,0x1CL,9UL,0x7BL,1UL,0x7BL},{0xDBL,0x6DL,0xDBL,1UL,1UL,255UL},{9UL,0x1CL,0xA3L,0x7BL,0x7BL,0xDBL},{1UL,1UL,1UL,0x7BL,255UL,9UL},{0x6DL,1UL,0xA3L,9UL,0xA3L,1UL},{0x7BL,0x6DL,0xA3L,0xA3L,1UL,9UL},{0xDBL,0xA3L,1UL,1UL,0xA3L,0xDBL}},{{1UL,0xA3L,0xDBL,0x1CL,1UL,0xA3L},{0xA3L,0x6DL,0x7BL,0x6DL,0xA3L,0xA3L},{0xA3L,1UL,0x6DL,0x1CL,255UL,255UL},{1UL,1UL,1UL,1UL,0x7BL,255UL},{0xDBL,255UL,0x6DL,0xA3L,0x1CL,0xA3L},{0x7BL,1UL,0x7BL,9UL,0x1CL,0xA3L},{0x6DL,255UL,0xDBL,0x7BL,0x7BL,0xDBL},{1UL,1UL,1UL,0x7BL,255UL,9UL},{0x6DL,1UL,0xA3L,9UL,0xA3L,1UL}}};
        int64_t l_1481[2];
        int32_t *l_1606 = &l_1314;
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_1248[i] = &g_265[1][0];
        for (i = 0; i < 2; i++)
            l_1347[i] = &g_1285;
        for (i = 0; i < 2; i++)
            l_1481[i] = 0x1A595B58DD290070LL;
        if (l_79.f0)
            goto lbl_159;
        if ((l_1230 , ((~(safe_add_func_int64_t_s_s(((*l_554) | ((safe_mod_func_int64_t_s_s(((safe_mul_func_uint8_t_u_u(p_61, (safe_mul_func_uint16_t_u_u((*l_554), p_61)))) || ((*l_81) = 0x696FL)), p_62)) ^ (l_1249 ^= ((*l_1247) = (safe_rshift_func_int16_t_s_s(((safe_add_func_int8_t_s_s((((*l_1246) ^= ((safe_rshift_func_uint16_t_u_s(g_158, 11)) || l_1230.f0)) , p_61), p_61)) != (-8L)), l_1230.f0)))))), l_1230.f0))) && 0x785DBD53318D0E42LL)))
        { /* block id: 566 */
            int32_t *l_1250[3][4] = {{&l_1083.f0,&l_889,&l_1083.f0,&l_1083.f0},{&l_889,&l_889,&g_8,&l_889},{&l_889,&l_1083.f0,&l_1083.f0,&l_889}};
            int16_t **l_1276 = (void*)0;
            int16_t **l_1277[7][7][5] = {{{(void*)0,&l_81,(void*)0,&l_81,&l_1275[2][2][0]},{&l_1275[0][1][1],&l_1275[4][3][2],&l_1275[2][2][0],&l_81,&l_1275[0][1][1]},{&l_81,&l_81,&l_81,&l_81,&l_81},{&l_1275[2][2][0],&l_1275[2][2][0],&l_1275[2][2][0],&l_1275[1][0][0],&l_1275[0][2][3]},{&l_81,&l_1275[2][1][3],(void*)0,&l_81,&l_1275[2][2][0]},{&l_81,&l_1275[1][0][0],&l_1275[1][0][0],&l_1275[1][3][0],&l_1275[0][1][1]},{&l_81,&l_1275[2][1][3],&l_1275[2][2][0],&l_1275[2][2][0],&l_1275[4][1][3]}},{{&l_81,&l_1275[2][2][0],&l_1275[2][2][0],&l_1275[1][0][0],&l_81},{&l_81,&l_81,&l_1275[2][2][0],&l_81,&l_81},{&l_81,&l_1275[4][3][2],&l_1275[2][2][2],&l_1275[0][1][1],&l_1275[2][2][0]},{&l_81,&l_81,&l_1275[4][1][3],&l_81,&l_1275[2][2][0]},{&l_81,&l_81,&l_1275[2][2][0],&l_1275[4][3][2],&l_1275[2][2][0]},{&l_81,&l_81,&l_1275[2][2][0],&l_81,&l_81},{&l_1275[2][2][0],&l_1275[2][2][0],&l_1275[1][0][0],&l_81,&l_81}},{{&l_81,&l_81,&l_81,&l_81,&l_1275[4][1][3]},{&l_1275[0][1][1],&l_81,&l_1275[2][2][0],&l_1275[4][3][2],&l_1275[0][1][1]},{(void*)0,&l_81,&l_1275[2][2][0],&l_81,&l_1275[2][2][0]},{&l_1275[2][2][0],&l_1275[2][2][2],&l_1275[2][2][0],&l_1275[0][1][1],&l_1275[0][2][3]},{&l_1275[2][2][0],&l_1275[2][1][3],&l_81,&l_81,&l_81},{&l_81,&l_1275[0][1][1],&l_1275[1][0][0],&l_1275[2][2][0],&l_1275[1][3][0]},{(void*)0,&l_81,&l_1275[2][2][0],&l_81,&l_1275[2][2][0]}},{{&l_1275[0][1][1],&l_1275[3][3][3],&l_1275[1][0][0],&l_81,&l_1275[2][2][0]},{&l_1275[2][2][0],&l_1275[2][1][3],&l_81,&l_1275[2][1][3],&l_1275[2][2][0]},{&l_1275[0][1][1],&l_81,&l_1275[3][3][3],&l_1275[1][0][0],&l_1275[0][2][3]},{(void*)0,&l_1275[2][2][0],&l_1275[2][2][0],&l_81,&l_81},{&l_81,&l_1275[1][0][0],&l_1275[1][0][0],&l_81,&l_1275[0][2][3]},{&l_81,&l_81,&l_1275[4][1][3],&l_1275[2][2][0],&l_1275[2][2][0]},{&l_1275[0][2][3],&l_1275[0][1][1],&l_1275[2][2][0],&l_1275[2][2][2],&l_1275[2][2][0]}},{{&l_81,&l_1275[2][2][0],&l_81,&l_1275[2][2][0],&l_1275[2][2][0]},{&l_1275[1][3][0],&l_1275[2][2][0],&l_1275[2][2][2],&l_81,&l_1275[1][3][0]},{&l_81,&l_1275[2][1][3],&l_1275[2][2][0],&l_81,&l_1275[2][2][0]},{&l_1275[0][2][3],&l_1275[0][2][3],&l_1275[2][2][2],&l_1275[1][0][0],&l_81},{(void*)0,&l_81,&l_81,&l_1275[2][1][3],(void*)0},{&l_81,&l_1275[1][0][0],&l_1275[2][2][0],&l_81,&l_1275[1][3][0]},{&l_1275[2][2][0],&l_81,&l_1275[4][1][3],&l_81,&l_81}},{{&l_1275[0][1][1],&l_1275[0][2][3],&l_1275[1][0][0],&l_1275[2][2][0],&l_1275[2][2][0]},{&l_1275[2][2][0],&l_1275[2][1][3],&l_1275[2][2][0],&l_1275[2][1][3],&l_1275[2][2][0]},{&l_1275[0][1][1],&l_1275[2][2][0],&l_1275[3][3][3],&l_1275[1][3][0],&l_1275[0][2][3]},{&l_1275[2][2][0],&l_1275[2][2][0],&l_81,&l_81,&l_1275[2][2][0]},{&l_81,&l_1275[0][1][1],&l_1275[1][0][0],&l_1275[2][2][0],&l_1275[0][2][3]},{(void*)0,&l_81,&l_1275[2][2][0],&l_1275[2][2][0],&l_1275[2][2][0]},{&l_1275[0][2][3],&l_1275[1][0][0],&l_1275[2][2][0],&l_1275[2][2][0],&l_1275[2][2][0]}},{{&l_81,&l_1275[2][2][0],&l_81,&l_1275[2][2][0],&l_81},{&l_1275[1][3][0],&l_81,&l_1275[2][2][2],&l_1275[2][2][0],&l_1275[1][3][0]},{&l_81,&l_1275[2][1][3],(void*)0,&l_81,(void*)0},{&l_1275[0][2][3],&l_1275[3][3][3],&l_1275[2][2][2],&l_1275[1][3][0],&l_81},{&l_81,&l_81,&l_81,&l_1275[2][1][3],&l_1275[2][2][0]},{&l_81,&l_1275[1][3][0],&l_1275[2][2][0],&l_1275[2][2][0],&l_1275[1][3][0]},{(void*)0,&l_81,&l_1275[2][2][0],&l_81,&l_1275[2][2][0]}}};
            int i, j, k;
            l_1251--;
            (*l_554) = (safe_add_func_uint64_t_u_u((0x1E59B1A1L >= (safe_rshift_func_int16_t_s_s((g_448[2][3][3] = ((g_1278 = ((((safe_div_func_uint64_t_u_u((((l_1251 | (safe_lshift_func_int16_t_s_u((safe_lshift_func_uint16_t_u_u(((!0xCFDE060FL) , g_100), 1)), ((safe_mul_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_s((l_1269 != ((g_1098.f1 >= (p_61 , (safe_rshift_func_int16_t_s_u(((((safe_add_func_uint32_t_u_u(g_100, l_1230.f0)) , p_62) ^ 1UL) ^ 0xF2CB4FC2L), p_61)))) , &l_1230)), l_1274)) < 0xAEFA4DE5L), (-5L))) , p_62)))) == 254UL) & p_61), p_62)) ^ g_85[7][0]) & p_61) , l_1275[2][2][0])) == (void*)0)), 4))), (*l_554)));
        }
        else
        { /* block id: 571 */
            union U1 l_1281 = {0xD51C6AB8L};
            union U2 **l_1284[1][4][1];
            union U2 *** const l_1283[6][4] = {{&l_1284[0][3][0],(void*)0,&l_1284[0][0][0],(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,&l_1284[0][2][0],&l_1284[0][0][0],&l_1284[0][2][0]},{&l_1284[0][3][0],(void*)0,&l_1284[0][3][0],&l_1284[0][2][0]},{(void*)0,&l_1284[0][2][0],(void*)0,&l_1284[0][2][0]},{&l_1284[0][3][0],(void*)0,&l_1284[0][3][0],&l_1284[0][2][0]}};
            int8_t ***l_1288[10][2] = {{&g_467[0][1],&g_467[1][0]},{&l_1029,&g_467[0][1]},{(void*)0,&l_1029},{&g_467[0][1],&g_467[1][0]},{&g_467[0][1],&l_1029},{(void*)0,&g_467[0][1]},{&l_1029,&g_467[1][0]},{&g_467[0][1],&g_467[0][1]},{(void*)0,&g_467[0][1]},{&g_467[0][1],&g_467[0][1]}};
            int32_t l_1315 = (-1L);
            int32_t l_1316 = 3L;
            int32_t l_1318 = 0x754E157CL;
            int32_t l_1319 = 0L;
            int32_t l_1320 = 0x774F3D2EL;
            int32_t l_1322 = 0xD60BF71CL;
            int32_t l_1324 = (-3L);
            int32_t l_1325 = 3L;
            int32_t l_1326 = 0xF4A1305DL;
            int32_t l_1327 = 1L;
            int32_t l_1328 = 0L;
            int32_t l_1329 = (-10L);
            int32_t l_1331 = 0x3E970D6CL;
            int8_t *****l_1365 = &g_1363;
            int32_t **l_1400 = (void*)0;
            int32_t **l_1401 = (void*)0;
            int32_t **l_1402 = &l_1246;
            int32_t *l_1404[7][2][8] = {{{&l_899,&l_899,(void*)0,&l_71,&g_175.f1,&l_71,&l_71,&l_361.f1},{&l_361.f1,(void*)0,&g_175.f1,&l_1274,&l_361.f1,&g_175.f1,&l_361.f1,&l_361.f1}},{{(void*)0,&l_79.f1,&l_361.f1,&l_71,&l_1274,(void*)0,&l_1274,&l_71},{&l_1274,&l_71,&l_1274,(void*)0,&l_71,&g_175.f1,&l_71,&l_361.f1}},{{&l_899,&l_361.f1,&l_361.f1,&g_175.f1,&l_899,&l_71,&l_71,&l_361.f1},{&l_899,&l_899,&l_361.f1,&l_361.f1,&l_71,&l_71,&l_71,&l_71}},{{&l_1274,&l_361.f1,&l_361.f1,&l_1274,&l_1274,&l_361.f1,&l_361.f1,(void*)0},{(void*)0,&l_899,&l_71,&l_361.f1,&l_361.f1,(void*)0,&l_79.f1,&l_361.f1}},{{&l_361.f1,&l_899,&l_1274,&l_361.f1,&g_175.f1,&l_361.f1,&l_899,&l_361.f1},{&l_899,&l_361.f1,&l_1274,&l_361.f1,&l_899,&l_71,&g_175.f1,&l_1274}},{{&l_71,&l_899,&l_71,&l_71,(void*)0,&l_71,&l_71,&l_361.f1},{&g_175.f1,&l_361.f1,&l_71,&l_1274,&l_79.f1,&g_175.f1,&g_175.f1,&g_175.f1}},{{(void*)0,&l_71,&l_1274,&l_1274,&l_71,(void*)0,&l_899,&l_71},{&g_175.f1,&l_79.f1,&l_1274,&l_71,&l_361.f1,&g_175.f1,&l_79.f1,&l_361.f1}}};
            int32_t **l_1403 = &l_1404[6][0][4];
            uint64_t l_1405 = 0x5402EDA698D911E8LL;
            union U2 *****l_1463 = &l_1347[1];
            int16_t l_1478 = (-1L);
            uint16_t l_1538 = 0x5582L;
            union U0 l_1545 = {18446744073709551615UL};
            uint32_t l_1592 = 18446744073709551606UL;
            uint16_t l_1595 = 0UL;
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_1284[i][j][k] = (void*)0;
                }
            }
            (*l_554) = 0x9DD6B141L;
            if ((safe_div_func_int8_t_s_s((l_1281 , (~(l_1283[1][1] == g_1285))), (0xB6B7048213F8AEEDLL | p_61))))
            { /* block id: 573 */
                int32_t **l_1287[6][2][2] = {{{&l_554,&l_554},{&l_554,&l_554}},{{&l_554,&l_554},{&l_554,&l_554}},{{&l_554,&l_554},{&l_554,&l_554}},{{&l_554,&l_554},{&l_554,&l_554}},{{&l_554,&l_554},{&l_554,&l_554}},{{&l_554,&l_554},{&l_554,&l_554}}};
                uint16_t l_1291 = 0xC7FBL;
                union U2 ***l_1299 = &l_1284[0][2][0];
                union U2 ****l_1300 = &l_1299;
                uint64_t *l_1307[7];
                int i, j, k;
                for (i = 0; i < 7; i++)
                    l_1307[i] = &l_361.f0;
                g_78 = p_60;
                for (g_1007 = 0; (g_1007 <= 0); g_1007 += 1)
                { /* block id: 577 */
                    for (g_15 = 0; (g_15 >= 0); g_15 -= 1)
                    { /* block id: 580 */
                        int8_t ****l_1289 = &l_1288[8][1];
                        int i, j;
                        g_1290 = ((*l_1289) = l_1288[8][1]);
                        g_78 = &g_6;
                        l_1291--;
                        if ((*g_78))
                            continue;
                    }
                    (*l_554) ^= (safe_add_func_uint8_t_u_u(0x55L, ((*p_60) >= 6L)));
                    for (g_217.f0 = 29; (g_217.f0 <= 58); g_217.f0++)
                    { /* block id: 590 */
                        l_1298 = &g_2;
                    }
                }
                (*l_1300) = l_1299;
                (*l_554) = (~((l_1230 , ((*l_1298) != (p_62 = (p_62 || (g_158 != (!(((safe_rshift_func_int8_t_s_u(p_61, l_1281.f2)) , &l_1281) != (void*)0))))))) | (safe_mul_func_uint8_t_u_u(p_61, 0x68L))));
            }
            else
            { /* block id: 597 */
                int32_t *l_1310 = &l_258[4][0];
                int32_t *l_1311 = &l_133[2][7][0].f0;
                int32_t *l_1312[4][8] = {{&g_7,&l_258[4][0],&g_2,&l_258[4][0],&g_7,(void*)0,(void*)0,&g_7},{&l_258[4][0],&g_1098.f0,&g_1098.f0,&l_258[4][0],&l_258[4][0],&g_7,&l_258[4][0],&l_258[4][0]},{&g_1098.f0,&l_258[4][0],&g_1098.f0,(void*)0,&g_2,&g_2,(void*)0,&g_1098.f0},{&l_258[4][0],&l_258[4][0],&g_2,&g_7,&l_126,&g_7,&g_2,&l_258[4][0]}};
                int32_t l_1330[4][10][6] = {{{0x638A9509L,0xCB314AE9L,0x237794C4L,0L,(-2L),0x1B840906L},{0x638A9509L,0xEC1CB21CL,0L,0L,0x8EB1535DL,0x40CF219EL},{0x71176577L,0x3C8D96A9L,0xCB314AE9L,0x199E337AL,0x4FAA34BBL,1L},{0x401A2AEFL,1L,6L,0xB77ECC8EL,(-1L),0x1B840906L},{0x237794C4L,4L,0xEC1CB21CL,4L,0x237794C4L,0x4FAA34BBL},{6L,0x1B840906L,0L,0L,(-7L),6L},{0x83F3F1DDL,0x71176577L,(-1L),0x1B840906L,6L,6L},{0x8EB1535DL,0L,0L,0xEC1CB21CL,0x638A9509L,0x4FAA34BBL},{6L,(-1L),0xEC1CB21CL,0x98BD80B7L,3L,0x1B840906L},{0L,6L,0x1B97173EL,0L,1L,1L}},{{6L,0x40CF219EL,0x40CF219EL,6L,(-1L),0x199E337AL},{0x199E337AL,0x71176577L,(-1L),4L,0x1B840906L,0L},{0xCB314AE9L,0x237794C4L,0L,(-2L),0x1B840906L,0xCB314AE9L},{0x40CF219EL,0x71176577L,0x23CFA70BL,0x98BD80B7L,(-1L),4L},{0x8EB1535DL,0x40CF219EL,(-2L),0x638A9509L,1L,0x4FAA34BBL},{(-1L),6L,0x638A9509L,0x199E337AL,3L,0x199E337AL},{0x83F3F1DDL,(-1L),0x83F3F1DDL,0L,0x638A9509L,(-1L)},{0xCB314AE9L,0L,0x40CF219EL,1L,6L,0x237794C4L},{0x1B840906L,0x71176577L,0xEC1CB21CL,1L,(-7L),0L},{0xCB314AE9L,0x1B840906L,(-2L),0L,0x237794C4L,0xCB314AE9L}},{{0x83F3F1DDL,4L,6L,0x199E337AL,(-1L),6L},{(-1L),7L,0L,0x638A9509L,0x638A9509L,0L},{0x8EB1535DL,0x8EB1535DL,0x638A9509L,0x98BD80B7L,0xDD985EC9L,0x237794C4L},{0x40CF219EL,(-1L),0x1B97173EL,(-2L),0x3C8D96A9L,0x638A9509L},{0xCB314AE9L,0x40CF219EL,0x1B97173EL,4L,0x8EB1535DL,0x237794C4L},{0x199E337AL,4L,0x638A9509L,6L,(-7L),0L},{6L,(-7L),0L,0L,0x1B840906L,6L},{0L,0xCB314AE9L,6L,0x98BD80B7L,6L,0xCB314AE9L},{6L,7L,(-2L),0xEC1CB21CL,0x3C8D96A9L,0L},{0x8EB1535DL,6L,0xEC1CB21CL,0x1B840906L,0x401A2AEFL,0x237794C4L}},{{0x83F3F1DDL,6L,0x40CF219EL,0L,0x3C8D96A9L,(-1L)},{6L,7L,0x83F3F1DDL,4L,6L,0x199E337AL},{0x237794C4L,0xCB314AE9L,0x638A9509L,1L,0x1B840906L,0x4FAA34BBL},{4L,(-7L),(-2L),(-2L),(-7L),4L},{0L,4L,0x23CFA70BL,0x1B840906L,0x8EB1535DL,0xCB314AE9L},{(-1L),0x40CF219EL,(-1L),0x23CFA70BL,0x8EB1535DL,0xEC1CB21CL},{9L,0x401A2AEFL,0x23CFA70BL,0L,6L,(-2L)},{0x1B840906L,0xDD985EC9L,0x199E337AL,0x3C8D96A9L,(-1L),6L},{0x83F3F1DDL,0x237794C4L,(-7L),7L,0x401A2AEFL,0L},{0L,0x83F3F1DDL,(-1L),0x83F3F1DDL,0L,0x638A9509L}}};
                uint32_t l_1332 = 0x3421BAB5L;
                union U2 * const ****l_1346 = &g_1345;
                int64_t l_1349[3];
                uint32_t l_1374[10][6] = {{0xA30E27B5L,0x0DA5DBD4L,0x0DA5DBD4L,0xA30E27B5L,0UL,0xA30E27B5L},{0xA30E27B5L,0UL,0xA30E27B5L,0x0DA5DBD4L,0x0DA5DBD4L,0xA30E27B5L},{0x58A9AEB8L,0x58A9AEB8L,0x0DA5DBD4L,0xA4C09FA2L,0x0DA5DBD4L,0x58A9AEB8L},{0x0DA5DBD4L,0UL,0xA4C09FA2L,0xA4C09FA2L,0UL,0x0DA5DBD4L},{0x58A9AEB8L,0x0DA5DBD4L,0xA4C09FA2L,0x0DA5DBD4L,0x58A9AEB8L,0x58A9AEB8L},{0xA30E27B5L,0x0DA5DBD4L,0x0DA5DBD4L,0xA30E27B5L,0UL,0xA30E27B5L},{0xA30E27B5L,0UL,0xA30E27B5L,0x0DA5DBD4L,0x0DA5DBD4L,0xA30E27B5L},{0x58A9AEB8L,0x58A9AEB8L,0x0DA5DBD4L,0xA4C09FA2L,0x0DA5DBD4L,0x58A9AEB8L},{0x0DA5DBD4L,0UL,0xA4C09FA2L,0xA4C09FA2L,0UL,0x0DA5DBD4L},{0x58A9AEB8L,0x0DA5DBD4L,0xA4C09FA2L,0x0DA5DBD4L,0x58A9AEB8L,0x58A9AEB8L}};
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_1349[i] = 0x63243F7BA4372202LL;
                --l_1332;
                if ((safe_mod_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u(0x6DC3L, (*g_1278))), (safe_mul_func_uint8_t_u_u(((*l_659) = p_62), 0x10L)))))
                { /* block id: 600 */
                    union U2 *l_1341 = &l_1230;
                    l_1269 = l_1341;
                }
                else
                { /* block id: 602 */
                    return l_1342[5];
                }
                if (((p_62 | ((safe_lshift_func_int8_t_s_s(((0x07L >= (((*l_1346) = g_1345) != l_1347[1])) <= (l_1349[1] = ((~((void*)0 == &g_754)) <= 8L))), 4)) || (*l_554))) , (((*g_1285) == &l_1269) <= g_680)))
                { /* block id: 607 */
                    for (l_1281.f2 = 0; (l_1281.f2 > (-21)); --l_1281.f2)
                    { /* block id: 610 */
                        uint16_t l_1352 = 0xE819L;
                        if ((*p_60))
                            break;
                        l_1352--;
                        if ((*p_60))
                            continue;
                    }
                    for (g_643 = (-21); (g_643 <= 44); g_643++)
                    { /* block id: 617 */
                        uint32_t ***l_1359 = (void*)0;
                        int32_t l_1360 = 0xF8E4FB03L;
                        int32_t **l_1361[4][2][2] = {{{&l_1298,&l_1298},{&l_1312[0][3],&l_1298}},{{&l_1298,&l_1312[0][3]},{&l_1298,&l_1298}},{{&l_1312[0][3],&l_1298},{&l_1298,&l_1312[0][3]}},{{&l_1298,&l_1298},{&l_1312[0][3],&l_1298}}};
                        int i, j, k;
                        g_1357[1] = g_1357[1];
                        (*l_1311) &= 1L;
                        g_78 = (l_1360 , p_60);
                    }
                }
                else
                { /* block id: 622 */
                    return l_1281;
                }
                for (g_1106 = 0; (g_1106 <= 3); g_1106 += 1)
                { /* block id: 627 */
                    int32_t l_1373 = 5L;
                    const int32_t l_1394 = (-2L);
                    for (l_1322 = 3; (l_1322 >= 0); l_1322 -= 1)
                    { /* block id: 630 */
                        (*l_1311) &= ((g_1362 = g_1362) != (l_1365 = l_1364));
                    }
                    (*l_1311) ^= (p_62 <= (p_61 , (l_1322 = (*p_60))));
                    for (g_1098.f0 = 3; (g_1098.f0 >= 0); g_1098.f0 -= 1)
                    { /* block id: 639 */
                        uint16_t *l_1375 = &g_526;
                        uint16_t *l_1376 = (void*)0;
                        uint16_t *l_1377 = &g_33;
                        uint64_t l_1393 = 0x6246BF4569CC2FDALL;
                        int i, j;
                        (*l_1298) &= ((l_234 != (void*)0) != (((*l_1377) = ((*l_1375) = (safe_sub_func_uint8_t_u_u((g_15 <= l_1331), ((((l_1312[g_1106][g_1106] == (void*)0) && ((((safe_mul_func_uint16_t_u_u(((+((safe_add_func_int8_t_s_s(l_1373, (l_1374[1][0] &= (0L <= ((g_7 , 0xED024163BA122473LL) != l_1322))))) & p_61)) == l_1373), 0x06AAL)) , (void*)0) != p_60) || l_1373)) >= p_61) <= p_61))))) == p_61));
                        (*l_554) = 1L;
                        (*l_1311) |= ((safe_rshift_func_int8_t_s_u(((l_1318 |= ((++(*g_1358)) != ((((safe_mul_func_uint16_t_u_u(g_82, 0xA819L)) | ((l_1373 &= (0x06L <= (((*l_554) & ((((((*l_224) , (((((1UL < (safe_add_func_int32_t_s_s((safe_sub_func_int8_t_s_s((((*l_84) &= l_1388[1][3][5]) || (*g_468)), (safe_sub_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s(l_1393, 15)), 0x9B0FL)))), (*p_60)))) == 0x1332L) != 0x1CL) == (*l_1298)) | p_62)) == l_1281.f1) && (*p_60)) , (void*)0) == (*g_1285))) , l_1394))) , l_1328)) > p_62) || g_151))) ^ p_62), 7)) | p_61);
                    }
                }
            }
            if ((safe_add_func_uint64_t_u_u(((p_61 < p_62) > ((+((*l_1247) &= ((l_1325 |= ((g_217.f0 = (((safe_rshift_func_uint8_t_u_u((0x7170BF75L || (1UL ^ ((*l_554) || (l_1405 = ((((*l_1403) = ((*l_1402) = p_60)) != g_78) & p_61))))), 6)) , (((*l_554) > (*l_1298)) | (-1L))) != p_62)) && g_448[2][3][3])) != (*l_1298)))) > g_2)), (*l_554))))
            { /* block id: 659 */
                uint16_t *l_1422 = &g_217.f0;
                int32_t *l_1424 = &l_258[4][0];
                int32_t l_1437 = 5L;
                int32_t l_1438 = (-6L);
                int32_t l_1440 = 2L;
                int32_t l_1441[9][6][4] = {{{0x52167AAFL,0L,0x027BF5FCL,0xCE7C0716L},{0xF61CB6CCL,(-1L),0xF61CB6CCL,0x16CD61B9L},{9L,0L,8L,0xA65E4571L},{(-1L),(-2L),0x320D7DC8L,0L},{0xB42A19E0L,(-9L),0x320D7DC8L,0x92537060L},{(-1L),0x771CDE4CL,8L,0L}},{{9L,2L,0xF61CB6CCL,9L},{0xF61CB6CCL,9L,0x027BF5FCL,(-1L)},{0x52167AAFL,0L,(-1L),(-1L)},{(-9L),0xD4975051L,0x16CD61B9L,0xA65E4571L},{0x57003167L,(-1L),0L,(-1L)},{(-8L),2L,1L,(-9L)}},{{(-1L),2L,0x12B7906FL,0xBA81ACD7L},{0x79885A63L,0x52167AAFL,2L,0x92537060L},{0x23AA68B0L,9L,(-8L),(-8L)},{0x771CDE4CL,(-2L),0xF61CB6CCL,0x62C21400L},{0x79885A63L,(-8L),0x16CD61B9L,0x16CD61B9L},{0L,0L,1L,0L}},{{0xCE7C0716L,0L,0x9B6CA459L,(-9L)},{0x57003167L,0x23AA68B0L,(-2L),0x9B6CA459L},{9L,0x23AA68B0L,(-1L),(-9L)},{0x23AA68B0L,0L,(-2L),0x12B7906FL},{1L,0L,0xF67A235DL,0x53E91421L},{2L,0x16CD61B9L,0x0AFAA7CAL,0x9B6CA459L}},{{0x5D6B7E11L,7L,0xC0269591L,0x16CD61B9L},{1L,0x49989FF5L,0x48774AAAL,(-1L)},{0L,0xB42A19E0L,0x0AFAA7CAL,(-2L)},{0xF61CB6CCL,0xF67A235DL,(-1L),0xF61CB6CCL},{1L,2L,0x73ED9507L,0xDF654085L},{(-1L),0x74890D21L,0xCE7C0716L,0L}},{{2L,8L,1L,0x320D7DC8L},{0x73ED9507L,0L,(-8L),0xDF654085L},{0x12B7906FL,0x49989FF5L,0L,0x49989FF5L},{0x5D6B7E11L,0xF67A235DL,0xEF488913L,0x027BF5FCL},{(-4L),(-1L),(-1L),(-1L)},{0xB42A19E0L,0xF61CB6CCL,0xF439B8E8L,0x12B7906FL}},{{0xB42A19E0L,7L,(-1L),0L},{(-4L),0x12B7906FL,0xEF488913L,0x53E91421L},{0x5D6B7E11L,0x74890D21L,0L,(-2L)},{0x12B7906FL,(-1L),(-8L),2L},{0x73ED9507L,0xB42A19E0L,1L,0x48774AAAL},{2L,(-1L),0xCE7C0716L,0x49989FF5L}},{{(-1L),(-1L),0x73ED9507L,0x16CD61B9L},{1L,0x5D6B7E11L,(-1L),0x53E91421L},{0xF61CB6CCL,(-2L),0x0AFAA7CAL,0x320D7DC8L},{0L,7L,0x48774AAAL,(-2L)},{1L,2L,0xC0269591L,(-1L)},{0x5D6B7E11L,0xD4975051L,0x0AFAA7CAL,0x57003167L}},{{2L,0xF67A235DL,0xF67A235DL,2L},{1L,0xF61CB6CCL,7L,0xDF654085L},{0xD4975051L,0x5D6B7E11L,0xCE7C0716L,0x9B6CA459L},{0x49989FF5L,8L,0xEF488913L,0x9B6CA459L},{0x73ED9507L,0x5D6B7E11L,0x48774AAAL,0xDF654085L},{(-2L),0xF61CB6CCL,0L,2L}}};
                int i, j, k;
                for (l_1321 = 0; (l_1321 < (-7)); l_1321--)
                { /* block id: 662 */
                    uint8_t **l_1417 = &l_659;
                    int32_t l_1432[10] = {0x124298E0L,0x124298E0L,0x124298E0L,0x124298E0L,0x124298E0L,0x124298E0L,0x124298E0L,0x124298E0L,0x124298E0L,0x124298E0L};
                    uint32_t l_1442 = 0UL;
                    int32_t **l_1457[5][2] = {{&l_1298,&l_1298},{&l_1298,&l_1298},{&l_1298,&l_1298},{&l_1298,&l_1298},{&l_1298,&l_1298}};
                    int i, j;
                    for (l_1083.f0 = 0; (l_1083.f0 == 14); l_1083.f0++)
                    { /* block id: 665 */
                        uint8_t ***l_1416 = &g_753;
                        (*l_554) = (safe_mod_func_int8_t_s_s((((safe_mod_func_int32_t_s_s((safe_add_func_uint32_t_u_u(0xE06397CEL, ((((*l_1416) = &g_754) != (g_175.f0 , l_1417)) , ((((l_1318 = (l_1318 , (safe_sub_func_uint64_t_u_u(l_1325, (safe_mod_func_uint8_t_u_u(((p_61 ^ (((*l_1298) != (0xD7382949L || (*p_60))) < p_61)) | 65535UL), p_61)))))) ^ 0x0601AD9FL) , l_1422) == (void*)0)))), (*g_1358))) ^ g_1101[0].f2) < p_62), g_1423));
                        l_1424 = &g_7;
                    }
                    for (l_1326 = 5; (l_1326 >= (-12)); l_1326 = safe_sub_func_uint8_t_u_u(l_1326, 3))
                    { /* block id: 673 */
                        int32_t l_1427 = 0x5E75A0A8L;
                        int32_t *l_1428 = (void*)0;
                        int32_t *l_1429 = &l_1314;
                        int32_t *l_1430 = (void*)0;
                        int32_t *l_1431 = &l_1331;
                        int32_t *l_1433[5][2] = {{&l_1083.f0,&l_1083.f0},{&l_1083.f0,&l_1083.f0},{&l_1083.f0,&l_1083.f0},{&l_1083.f0,&l_1083.f0},{&l_1083.f0,&l_1083.f0}};
                        int i, j;
                        l_1434[1][4]--;
                        l_1442--;
                    }
                    l_1320 = ((*l_554) = (((((((safe_unary_minus_func_uint8_t_u((((safe_rshift_func_int16_t_s_s(((safe_add_func_int16_t_s_s(p_62, ((((*l_81) ^= (*g_1278)) & p_62) , (l_1328 &= (~0xA982L))))) & g_8), (*g_1278))) , (safe_div_func_int8_t_s_s((((*g_1278) |= ((safe_add_func_int64_t_s_s(g_265[3][0], ((**g_1099) , ((safe_lshift_func_int8_t_s_s(((&g_37 == (void*)0) == 0UL), (*l_1424))) & p_62)))) != 0xE8A61F947DE8E6FELL)) & l_1432[9]), p_62))) && g_134.f0))) >= l_1432[2]) < p_62) ^ 0x5C519E87L) < 0x9A6E3E3B32EAA05DLL) , (void*)0) != (void*)0));
                    g_78 = p_60;
                }
            }
            else
            { /* block id: 684 */
                uint64_t l_1477 = 0UL;
                uint16_t *l_1479 = (void*)0;
                uint16_t *l_1480 = &l_83;
                int32_t *l_1482 = &l_1324;
                int32_t *l_1483[8][2][10] = {{{(void*)0,&g_7,&l_1320,&l_1322,(void*)0,&g_6,&l_1083.f0,&g_2,&l_1249,&g_85[5][5]},{(void*)0,(void*)0,&g_7,(void*)0,(void*)0,&g_85[7][1],&l_1317[4][4],&l_1318,(void*)0,&l_1326}},{{&g_2,&l_1319,&l_1325,&l_1325,&l_80,&l_1329,(void*)0,&l_1319,&l_1316,&l_1319},{(void*)0,&l_80,&l_1317[4][4],&g_6,&l_1317[4][4],&l_80,&l_80,&l_1326,&g_1098.f0,&l_1319}},{{&l_1319,&l_1328,&g_2,&l_1249,&g_1098.f0,&l_1319,&g_6,&l_1326,(void*)0,&l_1326},{(void*)0,&l_1328,&l_1322,&l_1326,(void*)0,&l_1249,&l_80,&l_1319,&g_2,&l_1249}},{{&l_1322,&l_80,&l_1249,&l_1325,&l_1329,(void*)0,&g_2,(void*)0,&g_6,&l_1318},{&l_1083.f0,&l_1326,&g_6,&l_1328,(void*)0,&l_1316,(void*)0,(void*)0,&l_1316,(void*)0}},{{&l_1319,&l_1326,&l_1326,&l_1319,&l_1319,&l_1320,&l_1317[4][4],&l_133[2][7][0].f0,&l_133[2][7][0].f0,(void*)0},{&l_80,(void*)0,&l_1326,(void*)0,&g_6,&l_1326,&l_1326,&l_1317[4][4],&l_133[2][7][0].f0,&g_6}},{{&l_1326,&l_1318,&l_1249,&l_1319,&l_1325,(void*)0,(void*)0,&l_80,&l_1316,&g_85[7][1]},{&l_1249,(void*)0,&l_1325,&l_1328,&g_7,&l_1326,&g_85[5][5],&g_2,&g_6,&l_1329}},{{&l_1326,&g_1098.f0,&g_2,&l_1325,(void*)0,&l_80,(void*)0,&l_1325,&g_2,&g_1098.f0},{&g_1098.f0,&l_1322,&l_133[2][7][0].f0,&l_1326,&l_1318,&l_80,&l_1249,&g_1098.f0,(void*)0,&g_85[5][5]}},{{&g_85[7][1],(void*)0,&l_1320,&l_1249,&l_1249,&l_80,&l_1325,&g_6,&g_1098.f0,&g_2},{&g_1098.f0,&l_1320,&g_85[7][1],&g_6,&g_1098.f0,&l_80,&l_1319,&l_1322,&l_1249,&l_80}}};
                int i, j, k;
                g_85[4][3] |= ((*l_1482) &= ((safe_lshift_func_uint16_t_u_u((+(-5L)), ((*l_1480) |= ((*l_554) = (safe_add_func_uint8_t_u_u(((((*l_659) &= ((l_1463 == (g_1466 = l_1464)) >= ((((((l_1315 = ((safe_div_func_uint64_t_u_u(1UL, (safe_rshift_func_uint8_t_u_u(0x6FL, 6)))) & (!(((*l_81) |= (safe_rshift_func_uint16_t_u_s((((((p_61 | (safe_add_func_uint16_t_u_u((*l_1298), ((*l_554) < l_1477)))) != (-6L)) == 0xA0164510D48A6D1ELL) && 0x9A7C62D9L) > (*g_1278)), (*g_1278)))) != 0x3177L)))) != l_1327) , 0x92E8BD59L) >= 0xF22D7197L) , (*l_1402)) != &l_1274))) , g_134.f0) , (*l_554)), l_1478)))))) , l_1481[0]));
            }
            if ((safe_div_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u((((p_61 , ((1UL && ((safe_unary_minus_func_uint32_t_u(((0x58L > ((((((*g_468) |= (g_175 , 2L)) , ((l_361 , ((&p_61 == &p_61) , (safe_lshift_func_int8_t_s_s(((g_175 , p_61) || l_1491), 5)))) > p_61)) > (*l_554)) != g_151) & p_61)) | p_61))) || (*l_1298))) && (-5L))) & p_61) ^ (*l_554)), 3)), 0x21F1L)))
            { /* block id: 695 */
                uint32_t l_1505 = 0xE806823AL;
                int32_t l_1512 = 9L;
                int8_t l_1513 = 7L;
                int32_t l_1514[4][6] = {{0x3A2D7E46L,0L,0x1C4F6962L,0x1C4F6962L,0L,0x3A2D7E46L},{0x3A2D7E46L,(-8L),0x5CD0F2E1L,0x1C4F6962L,(-8L),0x1C4F6962L},{0x3A2D7E46L,(-7L),0x3A2D7E46L,0x1C4F6962L,(-7L),0x5CD0F2E1L},{0x3A2D7E46L,0L,0x1C4F6962L,0x1C4F6962L,0L,0x3A2D7E46L}};
                int8_t *****l_1526[6][9] = {{&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,(void*)0,&g_1363,&g_1363},{&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,(void*)0,&g_1363},{(void*)0,&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,&g_1363},{(void*)0,(void*)0,&g_1363,&g_1363,&g_1363,&g_1363,(void*)0,(void*)0,&g_1363},{(void*)0,&g_1363,&g_1363,&g_1363,(void*)0,&g_1363,&g_1363,&g_1363,&g_1363},{&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,&g_1363,&g_1363}};
                const int8_t * const *l_1530 = (void*)0;
                const int8_t * const **l_1529 = &l_1530;
                const int8_t * const ***l_1528 = &l_1529;
                const int8_t * const ****l_1527 = &l_1528;
                uint16_t *l_1537 = &l_83;
                uint16_t l_1539 = 1UL;
                int8_t l_1554 = 0x6DL;
                int i, j;
                for (l_1478 = 22; (l_1478 >= 24); l_1478 = safe_add_func_int8_t_s_s(l_1478, 8))
                { /* block id: 698 */
                    union U1 l_1498 = {0xA06A39DEL};
                    int8_t **l_1500 = (void*)0;
                    int32_t *l_1507 = &l_1327;
                    int32_t *l_1508 = &l_1317[4][2];
                    int32_t *l_1509 = &l_1281.f0;
                    int32_t *l_1510 = &l_1321;
                    int32_t *l_1511[6][1][7] = {{{&l_258[4][0],&g_6,&l_1327,(void*)0,&l_889,&l_133[2][7][0].f0,&l_1326}},{{&l_1321,&l_1316,(void*)0,&l_1326,&l_258[4][0],(void*)0,(void*)0}},{{(void*)0,&l_1314,&l_1327,&l_1314,(void*)0,&l_1328,&l_1325}},{{&l_1325,&l_1314,(void*)0,&g_6,(void*)0,&g_6,&l_258[4][0]}},{{&l_1314,&l_1316,(void*)0,(void*)0,&l_1327,&l_1327,(void*)0}},{{&l_1325,&g_6,&l_1325,&l_1327,&l_133[2][7][0].f0,&l_1316,(void*)0}}};
                    uint16_t l_1515 = 8UL;
                    int i, j, k;
                    for (l_1325 = (-26); (l_1325 >= 0); l_1325 = safe_add_func_uint8_t_u_u(l_1325, 3))
                    { /* block id: 701 */
                        int8_t **l_1501 = &g_468;
                        int32_t l_1504 = 0x81258E37L;
                        int32_t **l_1506 = &g_78;
                        l_1315 &= (l_1325 , (safe_mul_func_uint8_t_u_u((l_1498 , (safe_unary_minus_func_uint64_t_u(((l_1325 , (l_1500 == l_1501)) != (*l_554))))), (l_1505 = (((*g_216) , (~(l_1503 > ((l_1281 , l_1504) != 4294967293UL)))) <= (*l_554))))));
                        if (l_1504)
                            continue;
                        if (l_1327)
                            continue;
                        (*l_1506) = &g_85[6][0];
                    }
                    ++l_1515;
                    return l_1342[3];
                }
                if ((safe_mod_func_uint16_t_u_u((((-1L) && ((safe_lshift_func_uint16_t_u_s((((safe_mod_func_uint16_t_u_u(g_151, (l_1539 |= (((((safe_mul_func_int16_t_s_s(p_62, 0xC92FL)) < ((*g_1278) = (*g_1278))) , ((l_1526[3][2] = &g_1363) != l_1527)) , (((*g_1278) = ((safe_mul_func_uint16_t_u_u(((*l_1537) = (safe_rshift_func_int16_t_s_s((safe_add_func_int16_t_s_s((*g_1278), ((*l_81) = (g_448[2][0][4] = ((void*)0 == p_60))))), (*l_1298)))), l_1538)) == l_1512)) == l_1513)) & p_62)))) ^ (*l_1298)) , 1UL), p_61)) == p_61)) & l_1514[3][5]), p_62)))
                { /* block id: 718 */
                    union U1 l_1542 = {0xFA5754C9L};
                    for (g_158 = 0; (g_158 <= 19); g_158++)
                    { /* block id: 721 */
                        return l_1542;
                    }
                }
                else
                { /* block id: 724 */
                    union U2 l_1557 = {65535UL};
                    int8_t * const *l_1578[7][10] = {{&g_468,&l_84,&l_84,&g_468,&l_84,&g_468,&l_84,&l_84,&g_468,&l_84},{&l_84,&l_84,&l_84,&l_84,&g_468,&l_84,&g_468,&g_468,&l_84,&g_468},{&l_84,&l_84,&g_468,&l_84,&g_468,&g_468,&l_84,&g_468,&l_84,&l_84},{&g_468,&g_468,&l_84,&l_84,&l_84,&g_468,&l_84,&g_468,&g_468,&l_84},{&g_468,&l_84,&g_468,&g_468,&l_84,&g_468,&g_468,&l_84,&g_468,&l_84},{&l_84,&l_84,&g_468,&l_84,&g_468,&l_84,&l_84,&g_468,&l_84,&g_468},{&l_84,&l_84,&l_84,&l_84,&g_468,&g_468,&g_468,&g_468,&l_84,&l_84}};
                    int8_t **l_1579 = &g_468;
                    int i, j;
                    for (g_151 = 0; (g_151 <= 48); g_151 = safe_add_func_int16_t_s_s(g_151, 2))
                    { /* block id: 727 */
                        union U0 *l_1546 = &l_79;
                        int32_t l_1558 = 1L;
                        int32_t *l_1559 = &l_1317[4][4];
                        union U2 l_1560[6] = {{0x61FAL},{0x61FAL},{0x61FAL},{0x61FAL},{0x61FAL},{0x61FAL}};
                        uint16_t *l_1581 = &l_1538;
                        int i;
                        (*l_1559) |= (((((((*l_1546) = l_1545) , (safe_lshift_func_uint16_t_u_s((*l_554), ((p_61 || (safe_div_func_int8_t_s_s(((safe_mod_func_int32_t_s_s((l_1558 = (8UL & (safe_unary_minus_func_uint64_t_u((((l_1554 & (safe_mod_func_int32_t_s_s((((((*l_1247) = ((*l_554) < 0x97535E161243D19FLL)) && (l_1557 , 0xAFD526EAF602A711LL)) || 0x42L) & (*g_1358)), (*p_60)))) < l_1513) < p_62))))), p_62)) , p_61), p_61))) != 18446744073709551608UL)))) | (*p_60)) && g_269) , &g_33) == (void*)0);
                        (*l_554) = ((&l_1029 == (void*)0) , ((l_1560[5] , g_265[1][0]) , 0x07019B8CL));
                        g_1101[0].f0 &= (((*l_1581) = (safe_sub_func_int64_t_s_s((safe_rshift_func_int16_t_s_s(((((*l_84) = (((safe_sub_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_u((++(*l_1537)), ((safe_rshift_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s(((safe_lshift_func_int16_t_s_s(((l_1324 , 0x175EEB5EL) > 8L), 13)) ^ (((l_1512 , (0x6EL || (((*l_554) = (~((((l_1578[5][6] != (l_1579 = l_1579)) && (*p_60)) != (!(((-9L) ^ p_62) != p_62))) , (*l_1559)))) != l_1514[3][4]))) & p_62) != 0x2CL)), l_1322)), g_448[2][3][3])) && p_62))) , 0x67L), l_1557.f0)) < (*g_1278)) || p_62)) > 0xCFL) <= 2L), (*g_1278))), p_62))) , l_1326);
                    }
                    l_1322 |= (*p_60);
                }
            }
            else
            { /* block id: 742 */
                int32_t *l_1582 = &l_80;
                int32_t *l_1583 = &l_80;
                int32_t *l_1584 = &l_126;
                int32_t *l_1585 = &l_1318;
                int32_t *l_1586 = &l_80;
                int32_t *l_1587 = &l_80;
                int32_t *l_1588[8][5] = {{&l_1326,&l_1326,&l_1331,&l_1331,&l_1326},{&l_1320,&l_1325,&l_1320,&l_1325,&l_1320},{&l_1326,&l_1331,&l_1331,&l_1326,&l_1326},{&l_1331,&l_1325,&l_1331,&l_1325,&l_1331},{&l_1326,&l_1326,&l_1331,&l_1331,&l_1326},{&l_1320,&l_1325,&l_1320,&l_1325,&l_1320},{&l_1326,&l_1331,&l_1331,&l_1326,&l_1326},{&l_1331,&l_1325,&l_1331,&l_1325,&l_1331}};
                uint32_t l_1589 = 0x6E96E95AL;
                int i, j;
                l_1589--;
                ++l_1592;
                l_1595++;
            }
        }
        (*l_1606) |= (((safe_add_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(3L, 11)), (-5L))) , ((safe_sub_func_uint64_t_u_u(8UL, ((((**g_1099) , (p_62 , (safe_lshift_func_int8_t_s_s(p_62, 5)))) , (*l_1298)) >= 0x31L))) >= p_61)) || p_61);
    }
    return l_1607;
}


/* ------------------------------------------ */
/* 
 * reads : g_82 g_85 g_6 g_8 g_15 g_33 g_7 g_2 g_37 g_100 g_78 l_1651 l_2915
 * writes: g_82 g_8 g_15 g_33 g_100 g_85 g_78
 */
static uint64_t  func_63(int32_t * p_64, const int8_t * p_65, int32_t  p_66, uint64_t  p_67, int8_t * p_68)
{ /* block id: 23 */
    uint64_t l_122 = 0x49ECA5129FF954D4LL;
    int32_t **l_125 = &g_78;
    for (p_66 = 5; (p_66 >= 2); p_66 -= 1)
    { /* block id: 26 */
        int8_t l_110 = 0L;
        int32_t l_118 = 0x2A51D28AL;
        int32_t l_119 = 0x2875F205L;
        int32_t l_120 = 0x181933ACL;
        int32_t l_121[1];
        int i;
        for (i = 0; i < 1; i++)
            l_121[i] = 1L;
        for (g_82 = 0; (g_82 <= 6); g_82 += 1)
        { /* block id: 29 */
            uint64_t l_98 = 0x302A6F4112691D14LL;
            uint16_t *l_109 = &g_37;
            for (p_67 = 0; (p_67 <= 6); p_67 += 1)
            { /* block id: 32 */
                int i, j;
                g_8 |= ((g_85[(p_66 + 1)][g_82] , (safe_add_func_uint8_t_u_u(0x03L, g_6))) < 0x48EDL);
                for (g_15 = 4; (g_15 >= 2); g_15 -= 1)
                { /* block id: 36 */
                    for (g_33 = 2; (g_33 <= 6); g_33 += 1)
                    { /* block id: 39 */
                        int16_t *l_99 = &g_100;
                        int i, j;
                        g_85[p_67][g_15] = (safe_rshift_func_uint16_t_u_u(g_85[(g_15 + 3)][g_82], ((((safe_add_func_int32_t_s_s((safe_lshift_func_int8_t_s_s(((safe_mod_func_int64_t_s_s(((((*l_99) = (safe_div_func_uint16_t_u_u(g_85[g_82][p_67], l_98))) & (safe_div_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s((safe_unary_minus_func_int32_t_s((*p_64))), ((((-3L) <= (safe_unary_minus_func_uint64_t_u(((p_65 == &g_15) ^ (((p_66 | ((safe_add_func_uint16_t_u_u(g_7, g_15)) >= g_85[2][3])) , l_99) == l_109))))) , 0xC19ED05CE631D611LL) , (*p_65)))), l_110))) ^ p_67), p_67)) | g_2), 1)), 0xC192D0F5L)) , (-1L)) | g_85[(p_66 + 1)][g_82]) , g_33)));
                        if (g_37)
                            continue;
                        return g_85[p_67][g_15];
                    }
                }
            }
        }
        for (g_82 = 14; (g_82 <= 3); g_82 = safe_sub_func_uint32_t_u_u(g_82, 1))
        { /* block id: 50 */
            for (p_67 = 22; (p_67 >= 45); ++p_67)
            { /* block id: 53 */
                return g_2;
            }
        }
        for (g_100 = 6; (g_100 >= 0); g_100 -= 1)
        { /* block id: 59 */
            int32_t *l_115 = (void*)0;
            int32_t l_116[8] = {0x588D280DL,0x588D280DL,0x588D280DL,0x588D280DL,0x588D280DL,0x588D280DL,0x588D280DL,0x588D280DL};
            int32_t *l_117[8][4] = {{&l_116[5],&l_116[5],&l_116[5],&l_116[5]},{&l_116[5],&l_116[5],&l_116[5],&l_116[5]},{&l_116[5],&l_116[5],&l_116[5],&l_116[5]},{&l_116[5],&l_116[5],&l_116[5],&l_116[5]},{&l_116[5],&l_116[5],&l_116[5],&l_116[5]},{&l_116[5],&l_116[5],&l_116[5],&l_116[5]},{&l_116[5],&l_116[5],&l_116[5],&l_116[5]},{&l_116[5],&l_116[5],&l_116[5],&l_116[5]}};
            int i, j;
            l_122--;
            if (g_85[g_100][g_100])
                continue;
        }
    }
    (*l_125) = &g_8;
    return (**l_125);
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
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_85[i][j], "g_85[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_134.f0, "g_134.f0", print_hash_value);
    transparent_crc(g_134.f1, "g_134.f1", print_hash_value);
    transparent_crc(g_134.f2, "g_134.f2", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_142[i], "g_142[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_151, "g_151", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    transparent_crc(g_175.f0, "g_175.f0", print_hash_value);
    transparent_crc(g_175.f1, "g_175.f1", print_hash_value);
    transparent_crc(g_217.f0, "g_217.f0", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_265[i][j], "g_265[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_269, "g_269", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 8; k++)
            {
                transparent_crc(g_448[i][j][k], "g_448[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_526, "g_526", print_hash_value);
    transparent_crc(g_643, "g_643", print_hash_value);
    transparent_crc(g_680, "g_680", print_hash_value);
    transparent_crc(g_839, "g_839", print_hash_value);
    transparent_crc(g_980, "g_980", print_hash_value);
    transparent_crc(g_1007, "g_1007", print_hash_value);
    transparent_crc(g_1008, "g_1008", print_hash_value);
    transparent_crc(g_1098.f0, "g_1098.f0", print_hash_value);
    transparent_crc(g_1098.f1, "g_1098.f1", print_hash_value);
    transparent_crc(g_1098.f2, "g_1098.f2", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_1101[i].f0, "g_1101[i].f0", print_hash_value);
        transparent_crc(g_1101[i].f1, "g_1101[i].f1", print_hash_value);
        transparent_crc(g_1101[i].f2, "g_1101[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1106, "g_1106", print_hash_value);
    transparent_crc(g_1423, "g_1423", print_hash_value);
    transparent_crc(g_1609, "g_1609", print_hash_value);
    transparent_crc(g_1860, "g_1860", print_hash_value);
    transparent_crc(g_1902, "g_1902", print_hash_value);
    transparent_crc(g_2030, "g_2030", print_hash_value);
    transparent_crc(g_2499, "g_2499", print_hash_value);
    transparent_crc(g_2535.f0, "g_2535.f0", print_hash_value);
    transparent_crc(g_2535.f1, "g_2535.f1", print_hash_value);
    transparent_crc(g_2535.f2, "g_2535.f2", print_hash_value);
    transparent_crc(g_2707, "g_2707", print_hash_value);
    transparent_crc(g_2710, "g_2710", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_2726[i][j][k], "g_2726[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_2793[i], "g_2793[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2868.f1, "g_2868.f1", print_hash_value);
    transparent_crc(g_2868.f2, "g_2868.f2", print_hash_value);
    transparent_crc(g_3121, "g_3121", print_hash_value);
    transparent_crc(g_3158, "g_3158", print_hash_value);
    transparent_crc(g_3249, "g_3249", print_hash_value);
    transparent_crc(g_3363, "g_3363", print_hash_value);
    transparent_crc(g_3398, "g_3398", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_3444[i], "g_3444[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 825
XXX total union variables: 71

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 65
breakdown:
   indirect level: 0, occurrence: 22
   indirect level: 1, occurrence: 19
   indirect level: 2, occurrence: 3
   indirect level: 3, occurrence: 8
   indirect level: 4, occurrence: 3
   indirect level: 5, occurrence: 10
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 24
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 33
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 0

XXX max expression depth: 49
breakdown:
   depth: 1, occurrence: 412
   depth: 2, occurrence: 115
   depth: 3, occurrence: 9
   depth: 4, occurrence: 9
   depth: 5, occurrence: 7
   depth: 6, occurrence: 3
   depth: 7, occurrence: 2
   depth: 8, occurrence: 2
   depth: 10, occurrence: 1
   depth: 11, occurrence: 2
   depth: 12, occurrence: 4
   depth: 13, occurrence: 2
   depth: 14, occurrence: 6
   depth: 16, occurrence: 2
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 19, occurrence: 1
   depth: 20, occurrence: 7
   depth: 21, occurrence: 8
   depth: 22, occurrence: 6
   depth: 23, occurrence: 8
   depth: 24, occurrence: 8
   depth: 25, occurrence: 5
   depth: 26, occurrence: 6
   depth: 27, occurrence: 5
   depth: 28, occurrence: 5
   depth: 29, occurrence: 4
   depth: 30, occurrence: 4
   depth: 31, occurrence: 2
   depth: 32, occurrence: 4
   depth: 34, occurrence: 3
   depth: 35, occurrence: 1
   depth: 36, occurrence: 2
   depth: 46, occurrence: 1
   depth: 49, occurrence: 1

XXX total number of pointers: 734

XXX times a variable address is taken: 1594
XXX times a pointer is dereferenced on RHS: 519
breakdown:
   depth: 1, occurrence: 450
   depth: 2, occurrence: 54
   depth: 3, occurrence: 7
   depth: 4, occurrence: 8
XXX times a pointer is dereferenced on LHS: 439
breakdown:
   depth: 1, occurrence: 414
   depth: 2, occurrence: 13
   depth: 3, occurrence: 7
   depth: 4, occurrence: 5
XXX times a pointer is compared with null: 48
XXX times a pointer is compared with address of another variable: 14
XXX times a pointer is compared with another pointer: 29
XXX times a pointer is qualified to be dereferenced: 10017

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 2532
   level: 2, occurrence: 308
   level: 3, occurrence: 69
   level: 4, occurrence: 59
   level: 5, occurrence: 31
XXX number of pointers point to pointers: 310
XXX number of pointers point to scalars: 380
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 31.2
XXX average alias set size: 1.57

XXX times a non-volatile is read: 3000
XXX times a non-volatile is write: 1386
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 3
XXX backward jumps: 17

XXX stmts: 440
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 22
   depth: 1, occurrence: 27
   depth: 2, occurrence: 58
   depth: 3, occurrence: 85
   depth: 4, occurrence: 103
   depth: 5, occurrence: 145

XXX percentage a fresh-made variable is used: 16.1
XXX percentage an existing variable is used: 83.9
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

