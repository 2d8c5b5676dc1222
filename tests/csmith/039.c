/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 46 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      46
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint32_t  f0;
   const int32_t  f1;
   const uint8_t  f2;
   unsigned f3 : 28;
   const int64_t  f4;
   uint16_t  f5;
   const int16_t  f6;
   int8_t  f7;
   int8_t  f8;
   uint64_t  f9;
};

union U1 {
   int8_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = (-1L);
static int8_t g_7 = (-6L);
static int8_t g_8 = 6L;
static uint16_t g_9 = 0x8E10L;
static uint32_t g_66 = 4294967290UL;
static uint8_t g_81[8][5][6] = {{{0x3DL,1UL,0x5AL,0x4AL,0x27L,0xD0L},{255UL,0x5AL,0xB6L,0x4AL,0x3DL,0x3DL},{0x3DL,0x41L,0x41L,0x3DL,0x50L,255UL},{252UL,255UL,0xD0L,255UL,0xB6L,0UL},{0x47L,0x4AL,255UL,248UL,0xB6L,1UL}},{{0x50L,255UL,0x3DL,255UL,0x50L,248UL},{255UL,0x41L,255UL,255UL,0x3DL,0x47L},{255UL,0x5AL,0x50L,0x41L,255UL,0x01L},{0xB6L,0x4AL,0x3DL,0x3DL,0x4AL,0xB6L},{255UL,0x5AL,252UL,255UL,0x47L,0x4AL}},{{0x5AL,255UL,0x47L,0x50L,0UL,255UL},{0x5AL,0xD0L,0x50L,255UL,0x50L,0xD0L},{255UL,0x47L,255UL,0x3DL,0xD0L,252UL},{0xB6L,0x27L,255UL,255UL,0x01L,0x50L},{0x3DL,0x27L,248UL,0xD0L,0xD0L,248UL}},{{0x47L,0x47L,0x27L,0x41L,0x50L,0x5AL},{255UL,0xD0L,255UL,0xB6L,0UL,0x27L},{0x01L,255UL,255UL,0x5AL,0x47L,0x5AL},{0x27L,0x5AL,0x27L,252UL,0x4AL,248UL},{252UL,0x4AL,248UL,0UL,255UL,0x50L}},{{0x41L,248UL,255UL,0UL,252UL,252UL},{252UL,255UL,255UL,252UL,255UL,0xD0L},{0x27L,0x41L,0x50L,0x5AL,255UL,255UL},{0x01L,0UL,0x47L,0xB6L,255UL,0x4AL},{255UL,0x41L,252UL,0x41L,255UL,0xB6L}},{{0x47L,255UL,0x3DL,0xD0L,252UL,0x01L},{0x3DL,248UL,255UL,255UL,255UL,0x01L},{0xB6L,0x4AL,0x3DL,0x3DL,0x4AL,0xB6L},{255UL,0x5AL,252UL,255UL,0x47L,0x4AL},{0x5AL,255UL,0x47L,0x50L,0UL,255UL}},{{0x5AL,0xD0L,0x50L,255UL,0x50L,0xD0L},{255UL,0x47L,255UL,0x3DL,0xD0L,252UL},{0xB6L,0x27L,255UL,255UL,0x01L,0x50L},{0x3DL,0x27L,248UL,0xD0L,0xD0L,248UL},{0x47L,0x47L,0x27L,0x41L,0x50L,0x5AL}},{{255UL,0xD0L,255UL,0xB6L,0UL,0x27L},{0x01L,255UL,255UL,0x5AL,0x47L,0x5AL},{0x27L,0x5AL,0x27L,252UL,0x4AL,248UL},{252UL,0x4AL,248UL,0UL,255UL,0x50L},{0x41L,248UL,255UL,255UL,0x27L,0x27L}}};
static int16_t g_89[7] = {0x1974L,0x1974L,0x1974L,0x1974L,0x1974L,0x1974L,0x1974L};
static int32_t g_98 = 0xF833B27FL;
static int32_t *g_97 = &g_98;
static uint8_t g_100[8][10][3] = {{{7UL,0x11L,0xA0L},{0xD5L,248UL,255UL},{255UL,0UL,4UL},{0x3AL,1UL,0x11L},{253UL,0xE5L,0x09L},{1UL,0x65L,7UL},{0xD1L,0UL,0x15L},{0xB2L,253UL,4UL},{0xF0L,253UL,1UL},{0x29L,0UL,248UL}},{{0UL,0x65L,7UL},{0x28L,0xE5L,6UL},{0UL,1UL,0xABL},{0xE5L,0UL,253UL},{0x3CL,248UL,0x96L},{0x51L,0x11L,255UL},{7UL,5UL,1UL},{2UL,0xA0L,0UL},{0xF3L,0x7FL,1UL},{0x7FL,0x29L,1UL}},{{0x81L,1UL,0xF0L},{0x68L,0x51L,0xE5L},{1UL,0xE5L,1UL},{0UL,0x1CL,1UL},{6UL,0UL,0x53L},{0xABL,0xA5L,1UL},{0xF4L,255UL,0UL},{0xABL,7UL,0UL},{6UL,0x58L,0x51L},{0UL,0xEFL,0x4AL}},{{1UL,0UL,255UL},{0x68L,7UL,1UL},{0x81L,0x08L,255UL},{0x7FL,0UL,7UL},{0xF3L,0x34L,0xD5L},{2UL,255UL,247UL},{7UL,0x96L,1UL},{0x51L,1UL,0x58L},{0x3CL,0xF0L,0UL},{0xE5L,0UL,254UL}},{{0UL,4UL,0x93L},{0x28L,0xD5L,0UL},{0UL,255UL,7UL},{0x29L,0xF4L,1UL},{0xF0L,0x88L,1UL},{0xB2L,1UL,7UL},{0xD1L,6UL,0UL},{1UL,0xE6L,0x93L},{253UL,250UL,254UL},{0x3AL,0x7BL,0UL}},{{255UL,0xABL,0x58L},{0xD5L,0UL,1UL},{7UL,1UL,247UL},{4UL,0xF5L,0xD5L},{5UL,0x3BL,7UL},{0UL,0UL,255UL},{0xA0L,0x93L,1UL},{0x6EL,7UL,255UL},{0x53L,0x4AL,0x4AL},{255UL,0x89L,0x51L}},{{6UL,0x8CL,0x88L},{0x65L,0x11L,0xF0L},{1UL,0x08L,0xB3L},{0x6EL,0x11L,0x29L},{7UL,0x8CL,0x93L},{255UL,255UL,0UL},{0UL,254UL,0x15L},{0xEFL,250UL,0x68L},{253UL,0x3BL,0xD1L},{0x09L,0x53L,4UL}},{{0x93L,1UL,1UL},{0x4AL,4UL,5UL},{0xD1L,6UL,0xF2L},{253UL,0x18L,1UL},{0x53L,0xA0L,0UL},{255UL,0x65L,0xA0L},{5UL,2UL,0x3AL},{255UL,0xABL,0UL},{0x28L,0x58L,0UL},{255UL,6UL,0xEDL}}};
static int64_t g_106 = 0x3355245F2AE77BACLL;
static int32_t g_109 = (-1L);
static int32_t g_110 = 0x0449F6A1L;
static uint32_t g_111 = 2UL;
static int32_t g_117 = (-1L);
static uint64_t g_118 = 18446744073709551615UL;
static uint8_t ***g_128 = (void*)0;
static uint64_t g_137 = 0x44C11F17EFCA105DLL;
static struct S0 g_157 = {18446744073709551612UL,0xC4637558L,0xD7L,3261,0xF74E2548D4844F79LL,0x7B53L,0x0B0AL,0x87L,-6L,18446744073709551615UL};
static uint8_t *g_190 = &g_100[7][2][2];
static uint32_t g_284[10][2][7] = {{{0x5EF5EFCAL,0x74501DFAL,0UL,0x1F67E6F3L,4294967293UL,0x6976F03EL,1UL},{3UL,0x0842B8A0L,0x54A7E6BFL,3UL,4294967294UL,4294967295UL,7UL}},{{0xD862755CL,0xB9D94C1EL,4294967295UL,4294967295UL,0xB9D94C1EL,0xD862755CL,4294967295UL},{0x7EDBBF48L,0x85FD8462L,0x26395968L,0UL,0xFCA559DDL,0x26395968L,3UL}},{{0xB9D94C1EL,4294967295UL,4294967292UL,4294967293UL,4294967295UL,0xD78081E6L,4294967293UL},{4294967295UL,0x85FD8462L,4294967294UL,4294967294UL,7UL,0x0842B8A0L,0x0842B8A0L}},{{8UL,0xB9D94C1EL,0x6976F03EL,0xB9D94C1EL,8UL,0UL,0x5EF5EFCAL},{0x4996438BL,0x0842B8A0L,4294967294UL,0xFCA559DDL,0UL,0xE7ED85DAL,0x4996438BL}},{{4294967295UL,0x74501DFAL,4294967295UL,4294967295UL,0x5EF5EFCAL,7UL,0xCC20AF46L},{0x4996438BL,0xFCA559DDL,0x3558F219L,7UL,4294967295UL,0x26395968L,4294967295UL}},{{8UL,0xCC20AF46L,0xCC20AF46L,8UL,7UL,4294967295UL,0x1F67E6F3L},{4294967295UL,0xCD436942L,4294967287UL,0UL,0xCD436942L,0xEF283404L,0xE7ED85DAL}},{{0xB9D94C1EL,0UL,0x6976F03EL,0x5EF5EFCAL,4294967293UL,0x6976F03EL,0x1F67E6F3L},{0x7EDBBF48L,0xE7ED85DAL,4294967295UL,4294967295UL,0UL,0UL,4294967295UL}},{{0xD862755CL,8UL,0xD862755CL,7UL,0UL,4294967292UL,0xCC20AF46L},{3UL,0x7EDBBF48L,0x26395968L,0xCD436942L,0x85FD8462L,0x3558F219L,0x4996438BL}},{{0x5EF5EFCAL,0xCC20AF46L,0xD78081E6L,4294967293UL,4294967295UL,4294967292UL,0x5EF5EFCAL},{4294967294UL,0UL,0x0842B8A0L,0UL,0x4996438BL,0UL,0x0842B8A0L}},{{4294967293UL,4294967293UL,0UL,0UL,1UL,0x5EF5EFCAL,4294967295UL},{0xE7ED85DAL,1UL,0x26395968L,0xE7ED85DAL,0x60BBA306L,4294967291UL,0x0842B8A0L}}};
static int32_t *g_295 = &g_98;
static int64_t g_324 = 5L;
static uint8_t g_352 = 0UL;
static int32_t g_353 = 0x1048B9C2L;
static uint32_t g_359 = 0x6894E0F6L;
static struct S0 g_395 = {0xC404A4CCL,1L,0x20L,13157,0x137E1939BDB1D715LL,65535UL,0x1BBAL,-10L,0x73L,4UL};
static uint64_t g_399 = 18446744073709551609UL;
static const int8_t *g_404 = &g_157.f8;
static const int8_t **g_403 = &g_404;
static const int8_t ***g_402 = &g_403;
static const union U1 g_435 = {0x25L};
static const uint64_t g_492 = 0x3EFFCFE7A481F0FDLL;
static int32_t g_539 = 0x9A57F10DL;
static uint32_t g_545 = 4294967295UL;
static struct S0 g_566 = {0x4756E648L,0x9D6454BAL,0x36L,9245,0x5F53F48262D31FF9LL,1UL,-6L,0x97L,0xC7L,0x38431DE431E254F7LL};
static int32_t g_580 = 0L;
static int32_t *g_579 = &g_580;
static union U1 g_612 = {3L};
static uint32_t g_782 = 0xF348DB29L;
static int64_t *g_809 = &g_106;
static int64_t **g_808 = &g_809;
static uint8_t g_815 = 6UL;
static uint16_t **g_921 = (void*)0;
static uint16_t ***g_920[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int8_t *g_928 = &g_157.f7;
static int8_t **g_927[7] = {&g_928,&g_928,(void*)0,&g_928,&g_928,(void*)0,&g_928};
static int8_t ***g_926[5][2] = {{&g_927[5],&g_927[5]},{&g_927[5],&g_927[5]},{&g_927[5],&g_927[5]},{&g_927[5],&g_927[5]},{&g_927[5],&g_927[5]}};
static int8_t ****g_925[4] = {&g_926[4][1],&g_926[4][1],&g_926[4][1],&g_926[4][1]};
static int8_t *****g_924 = &g_925[0];
static int8_t *****g_930 = &g_925[3];
static uint32_t g_954 = 0xA78A02BCL;
static int32_t g_962 = 0x90B62B48L;
static int32_t g_965 = 0x02708B60L;


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static int32_t * func_12(union U1  p_13, int64_t  p_14, uint32_t  p_15, const uint64_t  p_16);
static union U1  func_17(int8_t  p_18, int32_t  p_19);
static int32_t  func_20(uint32_t  p_21, int32_t * p_22, const struct S0  p_23, int32_t * p_24);
static int32_t * func_39(int8_t  p_40, int32_t * p_41, int32_t  p_42, int8_t  p_43, int16_t  p_44);
static int16_t  func_47(int32_t * p_48, int64_t  p_49, int32_t * p_50, struct S0  p_51, int8_t  p_52);
static int32_t * func_53(struct S0  p_54, int32_t * p_55, int32_t * p_56);
static struct S0  func_57(uint16_t  p_58, int32_t  p_59, uint32_t  p_60, struct S0  p_61);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_9 g_8 g_3 g_7 g_66 g_100 g_111 g_118 g_128 g_137 g_117 g_98 g_97 g_157 g_89 g_81 g_109 g_110 g_284 g_190 g_295 g_106 g_359 g_324 g_399 g_402 g_395.f7 g_403 g_404 g_353 g_435 g_395.f5 g_545 g_566 g_579 g_580 g_395.f8 g_395.f0 g_395.f1 g_539 g_612.f0 g_395.f9 g_435.f0 g_808 g_815 g_395.f4 g_965
 * writes: g_9 g_3 g_66 g_7 g_81 g_89 g_97 g_100 g_111 g_118 g_137 g_98 g_157.f7 g_157.f8 g_157.f5 g_109 g_190 g_106 g_117 g_157.f9 g_110 g_284 g_295 g_157.f0 g_324 g_352 g_353 g_359 g_399 g_395.f7 g_545 g_580 g_395.f8 g_612.f0 g_566.f8 g_395.f9 g_782 g_815 g_579
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int32_t *l_2 = &g_3;
    int32_t *l_4 = (void*)0;
    int32_t *l_5 = &g_3;
    int32_t *l_6[9];
    const struct S0 l_36 = {18446744073709551610UL,0xCADCDA6AL,0x4FL,3,-6L,1UL,-7L,1L,0x38L,0x61CD5CCFDEF05DE0LL};
    int32_t **l_975[6][5] = {{&l_6[4],&l_6[4],&l_2,&l_6[4],&l_6[4]},{&g_579,&l_6[3],&g_579,&g_579,&l_6[3]},{&l_6[4],&g_295,&g_295,&l_6[4],&g_295},{&l_6[3],&l_6[3],&g_295,&l_6[3],&l_6[3]},{&g_295,&l_6[4],&g_295,&g_295,&l_6[4]},{&l_6[3],&g_579,&g_579,&l_6[3],&g_579}};
    int32_t *l_976 = &g_3;
    uint64_t l_977 = 0x7AB9965FDA9F823FLL;
    int i, j;
    for (i = 0; i < 9; i++)
        l_6[i] = (void*)0;
    g_9--;
    l_976 = func_12(func_17(g_8, (g_8 , func_20((((*l_2) && (safe_unary_minus_func_uint16_t_u((safe_mod_func_uint64_t_u_u(g_7, (safe_div_func_int16_t_s_s(((safe_add_func_int8_t_s_s((safe_mul_func_int8_t_s_s((((safe_rshift_func_int8_t_s_s((*l_2), (*l_2))) > (g_8 , (((void*)0 != &g_3) , 0xB8CE2295L))) , g_3), g_8)), g_9)) , (-10L)), g_7))))))) , 0x66B3883FL), &g_3, l_36, l_2))), g_395.f4, g_965, g_566.f9);
    return l_977;
}


/* ------------------------------------------ */
/* 
 * reads : g_579
 * writes: g_579
 */
static int32_t * func_12(union U1  p_13, int64_t  p_14, uint32_t  p_15, const uint64_t  p_16)
{ /* block id: 441 */
    int32_t *l_973 = &g_117;
    int32_t **l_974 = &g_579;
    (*l_974) = l_973;
    return (*l_974);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_295 g_97
 */
static union U1  func_17(int8_t  p_18, int32_t  p_19)
{ /* block id: 437 */
    int32_t *l_970[4][6] = {{&g_3,&g_110,&g_117,&g_117,&g_110,&g_3},{&g_98,&g_3,&g_117,&g_3,&g_98,&g_98},{&g_117,&g_3,&g_3,&g_117,&g_110,&g_117},{&g_117,&g_110,&g_117,&g_3,&g_3,&g_117}};
    int32_t **l_971 = &g_295;
    union U1 l_972 = {0xCCL};
    int i, j;
    g_97 = (p_18 , ((*l_971) = l_970[0][0]));
    return l_972;
}


/* ------------------------------------------ */
/* 
 * reads : g_7 g_3 g_66 g_8 g_9 g_100 g_111 g_118 g_128 g_137 g_117 g_98 g_97 g_157 g_89 g_81 g_109 g_110 g_284 g_190 g_295 g_106 g_359 g_324 g_399 g_402 g_395.f7 g_403 g_404 g_353 g_435 g_395.f5 g_545 g_566 g_579 g_580 g_395.f8 g_395.f0 g_395.f1 g_539 g_612.f0 g_395.f9 g_435.f0 g_808 g_815
 * writes: g_3 g_66 g_7 g_81 g_89 g_9 g_97 g_100 g_111 g_118 g_137 g_98 g_157.f7 g_157.f8 g_157.f5 g_109 g_190 g_106 g_117 g_157.f9 g_110 g_284 g_295 g_157.f0 g_324 g_352 g_353 g_359 g_399 g_395.f7 g_545 g_580 g_395.f8 g_612.f0 g_566.f8 g_395.f9 g_782 g_815
 */
static int32_t  func_20(uint32_t  p_21, int32_t * p_22, const struct S0  p_23, int32_t * p_24)
{ /* block id: 2 */
    int32_t l_45 = 0xE11F3177L;
    int32_t *l_242 = &g_110;
    int32_t l_601 = 0L;
    const int8_t ****l_654 = &g_402;
    const int8_t *****l_653 = &l_654;
    const int16_t l_679 = 4L;
    uint16_t l_730 = 4UL;
    const uint16_t l_836 = 0xC129L;
    int32_t l_860 = 0xA2538941L;
    int32_t l_960 = 0xC91AC15BL;
    int32_t l_961 = (-1L);
    int8_t l_964[2];
    uint16_t l_966[5];
    int i;
    for (i = 0; i < 2; i++)
        l_964[i] = 2L;
    for (i = 0; i < 5; i++)
        l_966[i] = 0xEE61L;
    if (g_7)
    { /* block id: 3 */
        int8_t l_46 = 0x84L;
        int16_t l_62 = (-9L);
        struct S0 l_243 = {0xD9C446DEL,0x4486FD62L,0x60L,16237,-1L,7UL,0x76BEL,8L,-3L,0x7D78C674DE13DCA1LL};
        int16_t *l_567[2][3][1];
        int32_t **l_578 = &l_242;
        int32_t l_603 = 0xA1B7DA32L;
        union U1 l_713[1][3][9] = {{{{0L},{0L},{0xC0L},{8L},{0xC0L},{0L},{0L},{0xC0L},{8L}},{{1L},{-1L},{1L},{0xC0L},{0xC0L},{1L},{-1L},{1L},{0xC0L}},{{1L},{0xC0L},{0xC0L},{1L},{-1L},{1L},{0xC0L},{0xC0L},{1L}}}};
        uint32_t *l_729 = &g_545;
        int8_t *l_731 = &g_612.f0;
        int8_t *l_732 = (void*)0;
        int8_t *l_733 = &l_243.f7;
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
            {
                for (k = 0; k < 1; k++)
                    l_567[i][j][k] = &l_62;
            }
        }
        (*p_24) = ((*g_579) &= (safe_mod_func_int16_t_s_s((((*l_578) = func_39(l_45, p_24, p_23.f6, l_46, ((*l_242) = func_47(func_53(func_57(p_23.f8, l_62, (p_23.f4 >= (0x7A54743EL == 0xEB41E225L)), p_23), p_22, &g_117), p_23.f3, l_242, l_243, l_62)))) == g_579), g_566.f1)));
        for (g_353 = 23; (g_353 >= 14); g_353--)
        { /* block id: 284 */
            uint32_t l_583[6] = {1UL,1UL,0x0091F634L,1UL,1UL,0x0091F634L};
            int32_t l_602 = 0L;
            int32_t l_605 = (-1L);
            int64_t *l_691 = &g_324;
            const uint8_t l_692 = 1UL;
            int8_t **** const *l_700 = (void*)0;
            int i;
            for (g_395.f8 = 0; (g_395.f8 >= 0); g_395.f8 -= 1)
            { /* block id: 287 */
                int64_t l_599 = 0x0726FF2E95A49290LL;
                int32_t l_604 = 0x164FED14L;
                union U1 * const l_609 = (void*)0;
                int32_t l_624 = (-7L);
                int8_t **** const *l_701 = (void*)0;
                int8_t *l_706[3];
                int8_t **l_705 = &l_706[0];
                int8_t ***l_704 = &l_705;
                int8_t ****l_703 = &l_704;
                int8_t *****l_702 = &l_703;
                int i;
                for (i = 0; i < 3; i++)
                    l_706[i] = (void*)0;
                for (g_157.f7 = 0; (g_157.f7 <= 2); g_157.f7 += 1)
                { /* block id: 290 */
                    uint16_t l_606 = 65530UL;
                    l_583[4]++;
                    for (l_243.f7 = 0; (l_243.f7 >= 0); l_243.f7 -= 1)
                    { /* block id: 294 */
                        int64_t *l_586 = (void*)0;
                        int64_t *l_587 = &g_324;
                        int32_t *l_600[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                        union U1 *l_611 = &g_612;
                        union U1 **l_610 = &l_611;
                        int i, j, k;
                        (*l_242) = ((g_284[g_395.f8][l_243.f7][(l_243.f7 + 4)] , g_100[(g_395.f8 + 7)][(g_157.f7 + 1)][l_243.f7]) ^ (((*l_587) = 0x1047E7917779D9ECLL) | (safe_sub_func_int64_t_s_s((safe_mul_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_s(p_23.f8, 2)), (p_23 , ((safe_rshift_func_int16_t_s_u(g_395.f0, 3)) , ((p_23 , (~((safe_mod_func_int16_t_s_s((g_89[6] = ((p_23.f9 <= g_566.f9) || (-1L))), p_23.f0)) & (-7L)))) , 0L))))), 0x5C8346A6E80C4C83LL))));
                        --l_606;
                        (*l_610) = l_609;
                    }
                    for (g_106 = 0; (g_106 <= 0); g_106 += 1)
                    { /* block id: 303 */
                        const int32_t l_623 = 0x847A0EF9L;
                        const int32_t **l_625 = (void*)0;
                        const int32_t *l_627 = &l_243.f1;
                        const int32_t **l_626 = &l_627;
                        int i, j, k;
                        (*p_24) &= (safe_rshift_func_uint8_t_u_u(((g_395.f1 ^ 0x8270L) && (((safe_mod_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_s(0x499BL, 12)) <= (((p_23.f3 < (0x36C1B38F85FED94ALL && (-10L))) , (safe_add_func_int64_t_s_s((safe_unary_minus_func_uint16_t_u(l_606)), ((g_284[(g_157.f7 + 3)][(g_106 + 1)][g_395.f8] = ((((*g_190) ^= l_605) , ((!(**g_403)) <= p_23.f9)) && p_23.f5)) || g_98)))) , g_157.f3)), 249UL)) >= l_623) <= l_624)), 3));
                        (*l_626) = &l_623;
                        (*g_295) |= (safe_mod_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_s((safe_mod_func_int32_t_s_s((*g_579), g_359)), 0)) > l_624), (((((g_100[3][2][1] != ((safe_sub_func_int8_t_s_s((safe_add_func_uint16_t_u_u(0xEC8DL, ((((p_23 , p_23.f0) > (g_157.f3 < 0x2B25A617L)) ^ 0xC926L) > g_539))), (*l_242))) , g_157.f6)) <= (*l_242)) > (-10L)) >= l_604) & 0x40327695EDF25C32LL))), p_23.f6));
                    }
                }
                for (l_46 = 0; (l_46 >= 0); l_46 -= 1)
                { /* block id: 313 */
                    uint64_t l_642 = 0xD30A7CB3A03D1363LL;
                    uint64_t *l_652 = &l_243.f9;
                    int32_t *l_664 = (void*)0;
                    for (l_624 = 0; (l_624 <= 0); l_624 += 1)
                    { /* block id: 316 */
                        (*l_578) = ((safe_div_func_int8_t_s_s(l_642, 3L)) , (*l_578));
                        if ((*p_22))
                            continue;
                    }
                }
            }
        }
        for (l_243.f9 = 14; (l_243.f9 != 22); l_243.f9 = safe_add_func_int8_t_s_s(l_243.f9, 8))
        { /* block id: 337 */
            if ((*p_24))
                break;
        }
        (**l_578) = (safe_sub_func_uint8_t_u_u((l_713[0][1][7] , ((g_284[2][0][4] ^= ((**l_578) , (*l_242))) | (safe_lshift_func_int8_t_s_s((((void*)0 != &g_89[6]) && ((*l_733) &= ((*l_731) &= (safe_sub_func_int64_t_s_s(0xA35AB89483BFCE70LL, (((safe_rshift_func_int16_t_s_u((((((*l_729) = (0x516AL >= ((safe_rshift_func_int8_t_s_s((~(safe_add_func_int32_t_s_s(((safe_lshift_func_int8_t_s_u((safe_mod_func_int16_t_s_s(((void*)0 == &l_46), g_566.f4)), p_23.f7)) != (**l_578)), (*p_24)))), 0)) >= 0xC8L))) && 0xBD73ED2BL) | l_730) | (*g_579)), p_23.f7)) , g_566) , p_23.f1)))))), p_23.f8)))), p_23.f1));
    }
    else
    { /* block id: 345 */
        uint16_t l_778[1];
        const int32_t l_779 = 1L;
        int32_t ** const l_796 = (void*)0;
        uint64_t *l_811 = &g_137;
        int32_t l_814 = 0x17848893L;
        int8_t **l_856 = (void*)0;
        int8_t ***l_855 = &l_856;
        union U1 *l_905 = &g_612;
        union U1 **l_904[9][6][4] = {{{(void*)0,(void*)0,&l_905,&l_905},{(void*)0,&l_905,&l_905,&l_905},{(void*)0,(void*)0,(void*)0,&l_905},{&l_905,&l_905,&l_905,&l_905},{&l_905,&l_905,&l_905,&l_905},{&l_905,&l_905,(void*)0,&l_905}},{{&l_905,&l_905,(void*)0,&l_905},{(void*)0,(void*)0,&l_905,&l_905},{&l_905,&l_905,&l_905,(void*)0},{&l_905,&l_905,&l_905,&l_905},{&l_905,&l_905,&l_905,&l_905},{&l_905,&l_905,&l_905,(void*)0}},{{&l_905,(void*)0,&l_905,&l_905},{&l_905,(void*)0,&l_905,(void*)0},{(void*)0,&l_905,&l_905,&l_905},{(void*)0,&l_905,&l_905,&l_905},{&l_905,&l_905,&l_905,(void*)0},{&l_905,&l_905,&l_905,&l_905}},{{&l_905,&l_905,&l_905,(void*)0},{(void*)0,&l_905,&l_905,&l_905},{&l_905,&l_905,&l_905,&l_905},{&l_905,&l_905,&l_905,&l_905},{(void*)0,&l_905,&l_905,&l_905},{&l_905,(void*)0,&l_905,&l_905}},{{(void*)0,&l_905,&l_905,(void*)0},{&l_905,(void*)0,&l_905,&l_905},{&l_905,(void*)0,&l_905,&l_905},{(void*)0,&l_905,&l_905,(void*)0},{(void*)0,&l_905,&l_905,&l_905},{(void*)0,&l_905,&l_905,&l_905}},{{&l_905,&l_905,&l_905,&l_905},{&l_905,&l_905,&l_905,&l_905},{(void*)0,&l_905,&l_905,&l_905},{&l_905,(void*)0,&l_905,&l_905},{(void*)0,&l_905,&l_905,&l_905},{&l_905,&l_905,&l_905,&l_905}},{{&l_905,(void*)0,&l_905,(void*)0},{(void*)0,&l_905,&l_905,&l_905},{&l_905,(void*)0,&l_905,(void*)0},{&l_905,&l_905,&l_905,(void*)0},{&l_905,&l_905,&l_905,&l_905},{(void*)0,&l_905,&l_905,(void*)0}},{{&l_905,(void*)0,&l_905,(void*)0},{&l_905,(void*)0,&l_905,(void*)0},{(void*)0,(void*)0,&l_905,(void*)0},{&l_905,&l_905,&l_905,&l_905},{&l_905,&l_905,&l_905,(void*)0},{&l_905,&l_905,&l_905,(void*)0}},{{&l_905,(void*)0,&l_905,&l_905},{&l_905,&l_905,&l_905,(void*)0},{&l_905,(void*)0,&l_905,&l_905},{&l_905,&l_905,(void*)0,&l_905},{&l_905,&l_905,&l_905,&l_905},{&l_905,(void*)0,&l_905,&l_905}}};
        int32_t l_944 = 8L;
        int32_t l_951 = (-9L);
        int32_t l_953 = 4L;
        int32_t *l_959[3][1];
        int32_t l_963 = (-1L);
        uint16_t *l_969 = (void*)0;
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_778[i] = 0x1328L;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_959[i][j] = (void*)0;
        }
lbl_812:
        (*l_242) &= ((*g_295) = (*p_24));
        for (g_566.f8 = 0; (g_566.f8 <= 4); g_566.f8 += 1)
        { /* block id: 350 */
            uint32_t l_766 = 0UL;
            int16_t l_772[1][3];
            uint32_t l_780 = 0UL;
            int32_t l_783 = (-6L);
            uint16_t *l_786 = &l_730;
            uint16_t l_890 = 4UL;
            uint16_t ** const *l_922 = &g_921;
            int8_t *****l_931 = &g_925[2];
            int32_t l_947 = 6L;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 3; j++)
                    l_772[i][j] = 0x20A3L;
            }
            if ((*l_242))
            { /* block id: 351 */
                uint64_t *l_757[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int32_t l_767 = 0xCFD85D54L;
                uint16_t *l_770 = &g_157.f5;
                uint8_t *l_771 = &g_352;
                uint16_t *l_777 = (void*)0;
                int16_t *l_781[5][4][1] = {{{&g_89[6]},{&g_89[1]},{&g_89[6]},{&g_89[1]}},{{&g_89[6]},{&g_89[1]},{&g_89[6]},{&g_89[1]}},{{&g_89[6]},{&g_89[1]},{&g_89[6]},{&g_89[1]}},{{&g_89[6]},{&g_89[1]},{&g_89[6]},{&g_89[1]}},{{&g_89[6]},{&g_89[1]},{&g_89[6]},{&g_89[1]}}};
                int i, j, k;
                l_783 = (safe_div_func_int16_t_s_s((safe_div_func_uint32_t_u_u((safe_add_func_int16_t_s_s((safe_div_func_uint32_t_u_u((safe_mul_func_int16_t_s_s(((safe_div_func_int16_t_s_s((g_782 = (g_89[6] = ((safe_sub_func_uint8_t_u_u((((safe_add_func_int64_t_s_s((safe_div_func_int8_t_s_s((!((safe_lshift_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_u(((++g_395.f9) >= (safe_lshift_func_uint8_t_u_u((((l_778[0] = (((g_81[4][2][3] | (((safe_add_func_int8_t_s_s((safe_mul_func_int16_t_s_s((l_766 ^ ((*g_190)++)), (((*l_770) = p_23.f6) > l_767))), (l_772[0][0] = ((*l_771) = l_767)))) , &g_106) != (void*)0)) | ((safe_div_func_uint64_t_u_u(((safe_lshift_func_uint16_t_u_s(g_566.f3, 2)) > (p_23.f9 & 0x4CL)), p_23.f3)) < 0UL)) >= (*l_242))) > g_435.f0) == 0x6AL), l_779))), p_23.f1)) != g_157.f1), p_23.f1)) | (-3L))), p_23.f0)), g_395.f1)) >= l_766) <= g_566.f6), (-3L))) || l_780))), g_157.f0)) , g_100[7][2][2]), (-9L))), (*p_24))), g_395.f1)), p_23.f2)), g_157.f3));
            }
            else
            { /* block id: 361 */
                int8_t *l_792 = &g_612.f0;
                int32_t l_795 = 0xBE6962EDL;
                int16_t *l_797 = &g_89[0];
                struct S0 *l_807 = &g_566;
                struct S0 **l_806 = &l_807;
                int32_t *l_810 = &l_783;
                l_810 = func_39(((safe_lshift_func_int16_t_s_s((l_786 != &l_778[0]), (!(safe_rshift_func_int8_t_s_s((safe_add_func_uint32_t_u_u((p_21 |= (((*l_792) = p_23.f1) != (safe_div_func_uint8_t_u_u((((g_109 && ((((((*l_797) = ((l_795 , &g_579) == l_796)) < ((safe_lshift_func_uint16_t_u_u(((((safe_sub_func_int64_t_s_s((safe_sub_func_uint16_t_u_u((safe_div_func_int8_t_s_s((((p_23.f3 != (((*l_806) = &g_157) == (void*)0)) , 1L) , 0x36L), (*g_190))), g_111)), 0xCE461A968B2075B8LL)) && p_23.f4) != p_23.f2) > (*l_242)), 1)) && (*p_22))) , (***g_402)) >= l_772[0][0]) <= p_23.f9)) , g_808) == (void*)0), 8L)))), (*l_242))), p_23.f1))))) & p_23.f2), p_22, g_157.f9, p_23.f7, p_23.f7);
                for (g_353 = 4; (g_353 >= 0); g_353 -= 1)
                { /* block id: 369 */
                    if ((*p_24))
                        break;
                    (*g_295) = (*g_295);
                    return (*p_24);
                }
                if ((l_811 == (void*)0))
                { /* block id: 374 */
                    if (g_566.f7)
                        goto lbl_812;
                }
                else
                { /* block id: 376 */
                    int32_t *l_813[6][3] = {{&g_110,&g_110,&g_110},{&l_601,&l_601,&l_601},{&g_110,&g_110,&g_110},{&l_601,&l_601,&l_601},{&g_110,&g_110,&g_110},{&l_601,&l_601,&l_601}};
                    int i, j;
                    --g_815;
                }
            }
            (*p_22) ^= 0x6767FDD2L;
            for (g_109 = 4; (g_109 >= 1); g_109 -= 1)
            { /* block id: 383 */
                uint8_t *l_825 = &g_815;
                int32_t l_840 = 0L;
                struct S0 **l_909 = (void*)0;
                int32_t l_942 = 0x12772697L;
                int32_t l_945 = 0x1247BA2AL;
                int32_t l_946 = (-10L);
                int32_t l_948 = 0x2311559FL;
                int32_t l_949 = (-10L);
                int32_t l_952[2][3][5] = {{{0xE2D40AA2L,0xE2D40AA2L,0xE2D40AA2L,0xE2D40AA2L,0xE2D40AA2L},{8L,8L,8L,8L,8L},{0xE2D40AA2L,0xE2D40AA2L,0xE2D40AA2L,0xE2D40AA2L,0xE2D40AA2L}},{{8L,8L,8L,8L,8L},{0xE2D40AA2L,0xE2D40AA2L,0xE2D40AA2L,0xE2D40AA2L,0xE2D40AA2L},{8L,8L,8L,8L,8L}}};
                int32_t *l_958 = (void*)0;
                int i, j, k;
            }
        }
        ++l_966[4];
        (*g_579) = (&l_778[0] == (l_969 = &l_966[4]));
    }
    return (*l_242);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_39(int8_t  p_40, int32_t * p_41, int32_t  p_42, int8_t  p_43, int16_t  p_44)
{ /* block id: 276 */
    int8_t l_568 = 3L;
    int32_t *l_569 = &g_117;
    int32_t l_570 = 5L;
    int32_t l_571 = 0xC01F14E6L;
    int32_t *l_572 = &l_570;
    int32_t *l_573 = &l_571;
    int32_t *l_574[8][7][2] = {{{&l_570,(void*)0},{&g_110,(void*)0},{(void*)0,&g_117},{&g_98,&g_3},{&g_3,&l_570},{&g_3,&g_3},{&g_98,&g_117}},{{&g_98,&g_98},{&g_110,&g_98},{(void*)0,&g_110},{&l_570,&g_117},{&l_570,&l_570},{&l_570,&g_117},{(void*)0,&g_117}},{{&g_3,&g_3},{&l_571,&g_3},{&g_117,(void*)0},{&g_117,&g_3},{&l_571,&g_3},{&g_3,&g_117},{(void*)0,&g_117}},{{&l_570,&l_570},{&l_570,&g_117},{&l_570,&g_110},{(void*)0,&g_98},{&g_110,&g_98},{&g_98,&g_117},{&g_98,&g_3}},{{&g_3,&l_570},{&g_3,&g_3},{&g_98,&g_117},{(void*)0,(void*)0},{&g_110,(void*)0},{&l_570,&g_117},{&l_570,&l_570}},{{&g_117,&l_570},{&l_570,&l_570},{&g_3,&l_570},{&l_570,&l_570},{&g_117,&l_570},{&l_570,&g_117},{&l_570,(void*)0}},{{&g_110,(void*)0},{(void*)0,&g_117},{&g_98,&g_3},{&g_3,&l_570},{&g_3,&g_3},{&g_98,&g_117},{&g_98,&g_98}},{{&g_110,&g_98},{(void*)0,&g_110},{&l_570,&g_117},{&l_570,&l_570},{&l_570,&g_117},{(void*)0,&g_117},{&g_3,&g_3}}};
    uint16_t l_575[9] = {65528UL,65528UL,65528UL,65528UL,65528UL,65528UL,65528UL,65528UL,65528UL};
    int i, j, k;
    l_575[1]--;
    return p_41;
}


/* ------------------------------------------ */
/* 
 * reads : g_157.f9 g_117 g_157.f7 g_157 g_3 g_110 g_8 g_66 g_284 g_190 g_81 g_100 g_295 g_97 g_98 g_106 g_359 g_324 g_111 g_128 g_89 g_137 g_9 g_109 g_399 g_402 g_395.f7 g_403 g_404 g_353 g_435 g_7 g_395.f5 g_545 g_566
 * writes: g_157.f9 g_110 g_284 g_111 g_81 g_100 g_295 g_97 g_98 g_157.f0 g_117 g_106 g_324 g_352 g_353 g_359 g_157.f8 g_137 g_89 g_157.f7 g_9 g_157.f5 g_109 g_190 g_7 g_399 g_395.f7 g_3 g_118 g_545
 */
static int16_t  func_47(int32_t * p_48, int64_t  p_49, int32_t * p_50, struct S0  p_51, int8_t  p_52)
{ /* block id: 117 */
    int16_t l_278 = 6L;
    uint64_t l_279 = 1UL;
    int32_t l_280 = 1L;
    int32_t l_356 = 0x0321E013L;
    int32_t l_357 = 0xBF0B1890L;
    int64_t *l_393 = &g_106;
    int64_t **l_392 = &l_393;
    union U1 l_405 = {0x6CL};
    int32_t **l_434 = &g_97;
    uint8_t **l_456 = &g_190;
    uint8_t ***l_455 = &l_456;
    const int8_t *l_500[8][10][1] = {{{&g_395.f8},{&g_395.f7},{&g_157.f7},{&g_157.f7},{&g_157.f7},{&g_395.f7},{&g_395.f8},{&g_395.f8},{&g_395.f7},{&g_157.f7}},{{&g_157.f7},{&g_157.f7},{&g_395.f7},{&g_395.f8},{&g_395.f8},{&g_395.f7},{&g_157.f7},{&g_157.f7},{&g_157.f7},{&g_395.f7}},{{&g_395.f8},{&g_395.f8},{&g_395.f7},{&g_157.f7},{&g_157.f7},{&g_157.f7},{&g_395.f7},{&g_395.f8},{&g_395.f8},{&g_395.f7}},{{&g_157.f7},{&g_157.f7},{&g_395.f7},{&g_157.f7},{&g_395.f8},{&g_395.f8},{&g_157.f7},{&g_395.f7},{&g_157.f7},{&g_395.f7}},{{&g_157.f7},{&g_395.f8},{&g_395.f8},{&g_157.f7},{&g_395.f7},{&g_157.f7},{&g_395.f7},{&g_157.f7},{&g_395.f8},{&g_395.f8}},{{&g_157.f7},{&g_395.f7},{&g_157.f7},{&g_395.f7},{&g_157.f7},{&g_395.f8},{&g_395.f8},{&g_157.f7},{&g_395.f7},{&g_157.f7}},{{&g_395.f7},{&g_157.f7},{&g_395.f8},{&g_395.f8},{&g_157.f7},{&g_395.f7},{&g_157.f7},{&g_395.f7},{&g_157.f7},{&g_395.f8}},{{&g_395.f8},{&g_157.f7},{&g_395.f7},{&g_157.f7},{&g_395.f7},{&g_157.f7},{&g_395.f8},{&g_395.f8},{&g_157.f7},{&g_395.f7}}};
    int32_t l_543 = (-6L);
    int32_t l_544 = 0xA93B19B3L;
    uint32_t l_563 = 9UL;
    uint16_t l_564 = 0x4AE4L;
    int i, j, k;
    for (g_157.f9 = 9; (g_157.f9 < 34); g_157.f9++)
    { /* block id: 120 */
        int32_t l_248 = (-1L);
        int32_t l_315 = 0x755FFD03L;
        int32_t l_387[2][5][9] = {{{0x00249590L,(-4L),0x00249590L,1L,1L,0x00249590L,(-4L),0x00249590L,1L},{(-6L),(-7L),3L,0x95FE2990L,(-10L),0x95FE2990L,3L,(-7L),(-6L)},{(-8L),1L,0xDC463A2BL,1L,(-8L),(-8L),1L,0xDC463A2BL,1L},{3L,0xB0734E14L,0xE99554C0L,(-8L),(-10L),(-7L),(-10L),(-8L),0xE99554C0L},{(-8L),(-8L),1L,0xDC463A2BL,1L,(-8L),(-8L),1L,0xDC463A2BL}},{{(-6L),0xB0734E14L,(-6L),(-7L),3L,0x95FE2990L,(-10L),0x95FE2990L,3L},{0x00249590L,1L,1L,0x00249590L,(-4L),0x00249590L,1L,1L,0x00249590L},{0xAE09A5A0L,(-7L),0xE99554C0L,(-7L),0xAE09A5A0L,0L,3L,(-8L),3L},{1L,(-4L),0xDC463A2BL,0xDC463A2BL,(-4L),1L,(-4L),0xDC463A2BL,0xDC463A2BL},{0xAE09A5A0L,0L,3L,(-8L),3L,0L,0xAE09A5A0L,(-7L),0xE99554C0L}}};
        int64_t *l_391 = &g_324;
        int64_t **l_390[2][7][4] = {{{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391}},{{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391},{&l_391,&l_391,&l_391,&l_391}}};
        uint16_t *l_423 = &g_9;
        uint16_t l_493 = 0x1AE4L;
        uint64_t *l_514 = &g_118;
        uint64_t **l_513 = &l_514;
        int32_t *l_538 = &l_387[1][4][2];
        int32_t *l_540 = (void*)0;
        int32_t *l_541 = &g_117;
        int32_t *l_542[2][4] = {{&l_356,&l_356,&l_356,&l_356},{&l_356,&l_356,&l_356,&l_356}};
        struct S0 l_565 = {0x5B13F037L,-1L,7UL,10278,0x8951C26EA1E2F513LL,6UL,-9L,0xAEL,0xBBL,0x832346F0C12E7CA1LL};
        int i, j, k;
        if (((*p_50) = (safe_mod_func_uint8_t_u_u(l_248, (g_117 & g_157.f7)))))
        { /* block id: 122 */
            uint16_t l_276 = 0xA33AL;
            uint64_t l_277 = 18446744073709551615UL;
            uint32_t *l_281 = (void*)0;
            uint32_t *l_282 = (void*)0;
            uint32_t *l_283 = &g_284[9][1][4];
            const int32_t *l_292[9];
            int32_t l_348 = 0x77D9DF51L;
            int32_t l_398[10] = {0xD710E138L,0xD710E138L,0xD710E138L,0xD710E138L,0xD710E138L,0xD710E138L,0xD710E138L,0xD710E138L,0xD710E138L,0xD710E138L};
            uint16_t **l_424 = &l_423;
            int i;
            for (i = 0; i < 9; i++)
                l_292[i] = &g_110;
            if ((safe_sub_func_int64_t_s_s((safe_div_func_int64_t_s_s((safe_sub_func_uint16_t_u_u(((((g_157 , ((*l_283) ^= ((*p_48) | (safe_div_func_uint64_t_u_u(((((safe_mul_func_int8_t_s_s((~(~(*p_50))), ((safe_div_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s((p_51.f2 && (((safe_add_func_int8_t_s_s((safe_sub_func_int32_t_s_s(g_8, p_51.f4)), (safe_sub_func_int16_t_s_s((((((safe_sub_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s(((safe_unary_minus_func_uint32_t_u((((l_276 | (((-4L) > (p_51.f5 && 2L)) , (-7L))) , l_277) > g_66))) != 0x6C30F512L), 0)), p_51.f4)) | 0x94C0L) || 0xAE9CAECE9F242279LL) >= g_157.f8) & 0xE0A6E4B3L), p_51.f1)))) > p_51.f8) && p_51.f8)), l_278)), l_248)) >= g_110))) > l_276) >= l_279) | l_279), l_280))))) , &g_3) != (void*)0) , l_277), l_278)), p_51.f5)), 1L)))
            { /* block id: 124 */
                uint32_t l_287 = 18446744073709551614UL;
                const int32_t *l_291 = &g_110;
                uint64_t l_317[9][9] = {{0x451BB40842FC370BLL,6UL,3UL,0x2FA366EE9285EEF7LL,0x76D62D0AB4210B8CLL,18446744073709551610UL,0x6FE36B35ECD944ABLL,0x6FE36B35ECD944ABLL,18446744073709551610UL},{3UL,0x6FE36B35ECD944ABLL,8UL,0x6FE36B35ECD944ABLL,3UL,0x451BB40842FC370BLL,0x71083281BDC8B6CALL,18446744073709551606UL,0x0935C681E32267ADLL},{8UL,0x6FE36B35ECD944ABLL,0x451BB40842FC370BLL,0x0935C681E32267ADLL,6UL,1UL,0x47E4AD086198894FLL,1UL,6UL},{0x71083281BDC8B6CALL,6UL,6UL,0x71083281BDC8B6CALL,18446744073709551610UL,0x451BB40842FC370BLL,8UL,0x47E4AD086198894FLL,0x9863AA56B7D8110DLL},{0x71083281BDC8B6CALL,0x4FAA434029A7A9C8LL,1UL,0x451BB40842FC370BLL,0x9863AA56B7D8110DLL,18446744073709551610UL,18446744073709551610UL,0x9863AA56B7D8110DLL,0x451BB40842FC370BLL},{8UL,1UL,8UL,1UL,18446744073709551610UL,0x47E4AD086198894FLL,0x0935C681E32267ADLL,0x2FA366EE9285EEF7LL,0x451BB40842FC370BLL},{3UL,8UL,0x9863AA56B7D8110DLL,8UL,6UL,0x2FA366EE9285EEF7LL,6UL,8UL,0x9863AA56B7D8110DLL},{0x451BB40842FC370BLL,0x451BB40842FC370BLL,1UL,1UL,3UL,8UL,0x9863AA56B7D8110DLL,8UL,6UL},{0x47E4AD086198894FLL,0x0935C681E32267ADLL,0x2FA366EE9285EEF7LL,0x451BB40842FC370BLL,0x76D62D0AB4210B8CLL,0x76D62D0AB4210B8CLL,0x451BB40842FC370BLL,0x2FA366EE9285EEF7LL,0x0935C681E32267ADLL}};
                int64_t *l_323[5] = {&g_324,&g_324,&g_324,&g_324,&g_324};
                union U1 l_334 = {0L};
                int32_t l_354[9] = {0xB75CEDC3L,3L,0xB75CEDC3L,0xB75CEDC3L,3L,0xB75CEDC3L,0xB75CEDC3L,3L,0xB75CEDC3L};
                int8_t l_371 = 1L;
                int i, j;
                for (g_111 = (-7); (g_111 < 20); g_111 = safe_add_func_uint8_t_u_u(g_111, 2))
                { /* block id: 127 */
                    int32_t l_289 = 0x799B5AA4L;
                    int8_t *l_290 = (void*)0;
                    int32_t **l_300 = &g_97;
                    if (((l_287 == (safe_unary_minus_func_uint16_t_u(g_157.f5))) ^ (((*g_190) |= l_289) ^ (p_51.f7 = 0x54L))))
                    { /* block id: 130 */
                        int8_t **l_294 = &l_290;
                        int8_t ***l_293 = &l_294;
                        int32_t **l_296 = (void*)0;
                        int32_t **l_297 = (void*)0;
                        int32_t **l_298 = &g_295;
                        l_292[5] = l_291;
                        (*l_293) = (void*)0;
                        (*l_298) = g_295;
                    }
                    else
                    { /* block id: 134 */
                        int32_t l_299 = 0xA3BD2F83L;
                        return l_299;
                    }
                    (*l_300) = p_48;
                    (*g_295) |= (*g_97);
                }
                if ((*g_295))
                { /* block id: 140 */
                    int64_t *l_307 = (void*)0;
                    int32_t l_341 = (-6L);
                    uint64_t *l_349 = &l_279;
                    uint16_t l_350 = 2UL;
                    uint8_t *l_351[10] = {(void*)0,&g_352,(void*)0,(void*)0,&g_352,(void*)0,(void*)0,&g_352,(void*)0,(void*)0};
                    int32_t l_358 = (-1L);
                    int i;
                    for (g_157.f0 = 0; (g_157.f0 >= 33); g_157.f0++)
                    { /* block id: 143 */
                        return g_157.f4;
                    }
                    if (((*p_50) ^= ((void*)0 != &g_7)))
                    { /* block id: 147 */
                        int64_t **l_308 = (void*)0;
                        int64_t *l_310 = &g_106;
                        int64_t **l_309 = &l_310;
                        int32_t l_316 = 0xB0C4D84CL;
                        int32_t *l_318 = &g_117;
                        int64_t **l_325 = &l_307;
                        (*l_318) |= (safe_add_func_int64_t_s_s((((g_3 , (*l_291)) & ((safe_sub_func_int8_t_s_s(((((void*)0 != &l_280) , 0x39L) ^ (l_307 != ((*l_309) = &g_106))), (safe_mod_func_uint64_t_u_u(((safe_rshift_func_int16_t_s_u(g_157.f0, (((*g_295) = ((l_315 = g_157.f2) <= p_51.f3)) | p_51.f9))) && 0x077DL), l_316)))) && p_51.f5)) & 0xFE45B5A84DD9A3F8LL), l_317[3][8]));
                        if ((*p_48))
                            continue;
                        if ((*p_50))
                            break;
                        (*g_295) ^= (((safe_add_func_int64_t_s_s(l_279, (p_49 = ((**l_309) &= 0x275233384A0247FCLL)))) < 5L) == (safe_mul_func_int16_t_s_s(((*l_318) , (l_323[3] == ((*l_325) = &g_324))), ((safe_lshift_func_uint8_t_u_u(p_51.f6, 5)) && (g_324 = (*l_318))))));
                    }
                    else
                    { /* block id: 159 */
                        if ((*p_50))
                            break;
                        return p_51.f1;
                    }
                    if (((safe_div_func_int64_t_s_s((*l_291), (g_8 | (safe_mul_func_uint16_t_u_u(((g_353 = (g_352 = ((((((safe_mul_func_int16_t_s_s(((l_334 , (safe_add_func_uint64_t_u_u((p_51.f9 = (0x22CCL == g_157.f2)), (safe_mul_func_int16_t_s_s((safe_sub_func_uint8_t_u_u(p_51.f6, (p_51.f5 ^ l_341))), (((*l_349) = (((safe_lshift_func_int16_t_s_s((l_348 = (safe_mod_func_uint8_t_u_u(((*g_190) = (safe_add_func_uint16_t_u_u(p_52, 0xC5BAL))), 1UL))), p_51.f2)) || 0xB0L) <= g_110)) | 0L)))))) == 0x13865ADF17AD67D5LL), (-1L))) && p_51.f9) , p_51.f7) != 0x89EF7AD8642235E8LL) != l_350) <= l_248))) == 0L), p_51.f6))))) <= p_51.f0))
                    { /* block id: 169 */
                        int32_t *l_355[10] = {&l_315,&l_315,&l_315,&l_315,&l_315,&l_315,&l_315,&l_315,&l_315,&l_315};
                        int16_t *l_386[10][8][1] = {{{&g_89[1]},{&l_278},{&g_89[6]},{&l_278},{&g_89[1]},{&l_278},{&g_89[6]},{&l_278}},{{&g_89[1]},{&l_278},{&g_89[6]},{&l_278},{&g_89[1]},{&l_278},{&g_89[6]},{&l_278}},{{&g_89[1]},{&l_278},{&g_89[6]},{&l_278},{&g_89[1]},{&l_278},{&g_89[6]},{&l_278}},{{&g_89[1]},{&l_278},{&g_89[6]},{&l_278},{&g_89[1]},{&l_278},{&g_89[6]},{&l_278}},{{&g_89[1]},{&l_278},{&g_89[6]},{&l_278},{&g_89[1]},{&l_278},{&g_89[6]},{&l_278}},{{&g_89[1]},{&l_278},{&g_89[6]},{&l_278},{&g_89[1]},{&l_278},{&g_89[6]},{&l_278}},{{&g_89[1]},{&l_278},{&g_89[6]},{&l_278},{&g_89[1]},{&l_278},{&g_89[6]},{&l_278}},{{&g_89[1]},{&l_278},{&g_89[6]},{&l_278},{&g_89[1]},{&l_278},{&g_89[6]},{&l_278}},{{&g_89[1]},{&l_278},{&g_89[6]},{&l_278},{&g_89[1]},{&l_278},{&g_89[6]},{&l_278}},{{&g_89[1]},{&l_278},{&g_89[6]},{&l_278},{&g_89[1]},{&l_278},{&g_89[6]},{&l_278}}};
                        int8_t *l_394 = (void*)0;
                        int32_t **l_396 = &l_355[3];
                        int i, j, k;
                        g_359++;
                        (*p_50) ^= ((safe_sub_func_int64_t_s_s(((*l_307) ^= ((safe_mod_func_int32_t_s_s((*p_48), 4294967294UL)) & (safe_lshift_func_int16_t_s_u(0x6F8AL, l_248)))), ((*l_349) = ((safe_add_func_int64_t_s_s((~(l_371 >= 0x8A1EL)), (safe_lshift_func_int8_t_s_u(((g_106 | p_51.f9) != (safe_sub_func_uint8_t_u_u(247UL, p_51.f5))), 7)))) < 0x9FL)))) < l_341);
                        (*p_50) = ((*g_295) = ((safe_div_func_int32_t_s_s((safe_mod_func_int16_t_s_s(((l_315 , &l_307) != (void*)0), l_341)), (safe_sub_func_int64_t_s_s((((1L > ((safe_add_func_int16_t_s_s(0xC7E6L, ((g_157.f8 = 1L) >= p_51.f0))) < (l_387[1][4][2] |= (safe_div_func_int64_t_s_s(g_111, p_52))))) < p_51.f3) ^ p_51.f1), p_51.f7)))) && (*p_50)));
                        (*l_396) = func_53(p_51, &l_357, p_50);
                    }
                    else
                    { /* block id: 181 */
                        int32_t *l_397[5][4][6] = {{{&g_3,&l_348,&l_280,(void*)0,(void*)0,&l_280},{(void*)0,(void*)0,&l_280,&l_348,&g_3,&l_280},{&l_348,&g_3,&l_280,&g_3,&l_348,&l_280},{&g_3,&l_348,&l_280,(void*)0,(void*)0,&l_280}},{{(void*)0,(void*)0,&l_280,&l_348,&g_3,&l_280},{&l_348,&g_3,&l_280,&g_3,&l_348,&l_280},{&g_3,&l_348,&l_280,(void*)0,(void*)0,&l_280},{(void*)0,(void*)0,&l_280,&l_348,&g_3,&l_280}},{{&l_348,&g_3,&l_280,&g_3,&l_348,&l_280},{&g_3,&l_348,&l_280,(void*)0,(void*)0,&l_280},{(void*)0,(void*)0,&l_280,&l_348,&g_3,&l_280},{&l_348,&g_3,&l_280,&g_3,&l_348,&l_280}},{{&g_3,&l_348,&l_280,(void*)0,(void*)0,&l_280},{(void*)0,(void*)0,&l_280,&l_348,&g_3,&l_280},{&l_348,&g_3,&l_280,&g_3,&l_348,&l_280},{&g_3,&l_348,&l_280,(void*)0,(void*)0,&l_280}},{{(void*)0,(void*)0,&l_280,&l_348,&g_3,&l_280},{&l_348,&g_3,&l_280,&g_3,&l_348,&l_280},{&g_3,&l_348,&l_280,(void*)0,(void*)0,&l_280},{(void*)0,(void*)0,&l_280,&l_348,&g_3,&l_280}}};
                        int i, j, k;
                        if ((*p_50))
                            break;
                        ++g_399;
                        (*p_50) ^= 1L;
                        l_397[3][2][1] = (void*)0;
                    }
                }
                else
                { /* block id: 187 */
                    uint16_t *l_406[1];
                    uint32_t l_413 = 18446744073709551615UL;
                    int i;
                    for (i = 0; i < 1; i++)
                        l_406[i] = &g_157.f5;
                    (*g_295) ^= (l_248 >= (g_402 == (((l_279 != (p_51.f5 = (&g_89[2] == (l_405 , (void*)0)))) <= ((l_248 >= (safe_add_func_int16_t_s_s(((l_413 = (((((((safe_rshift_func_int16_t_s_u(g_395.f7, 12)) < (((p_51.f1 != p_51.f9) , (void*)0) == (void*)0)) >= g_109) & p_51.f0) >= 0xCC5EL) == 0x7B3E68CF0417D36FLL) & g_3)) == 0xA32EL), 3UL))) > 2UL)) , (void*)0)));
                    return g_157.f9;
                }
            }
            else
            { /* block id: 193 */
                int32_t **l_414 = &g_97;
                (*l_414) = (void*)0;
                (*l_414) = (*l_414);
            }
            (*g_295) = (safe_mod_func_int32_t_s_s((safe_sub_func_int8_t_s_s(p_51.f8, (***g_402))), (safe_mul_func_uint8_t_u_u((0xA81A796FL | 1UL), (safe_mod_func_int64_t_s_s(((((*l_424) = l_423) != ((+(safe_lshift_func_int8_t_s_s((g_157.f4 ^ (safe_lshift_func_uint16_t_u_s((((safe_unary_minus_func_uint32_t_u(g_353)) >= p_51.f9) ^ (g_89[1] = (safe_mul_func_uint16_t_u_u(6UL, g_157.f7)))), 5))), p_51.f5))) , &g_9)) && 0x2A09D366E8A3A940LL), l_315))))));
            (*g_295) = ((((~((l_434 == (void*)0) || g_157.f6)) | (((0xC2BCBF23L && p_49) , g_100[2][1][0]) >= (((g_435 , (((-2L) | ((safe_sub_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(p_51.f4, (-3L))), 1L)) , g_157.f9)) & p_52)) > p_51.f3) > 0x56B147C3L))) != p_51.f1) & g_7);
            if ((*g_295))
                continue;
        }
        else
        { /* block id: 202 */
            uint32_t l_472 = 0x5044645AL;
            int32_t l_488 = 1L;
            uint64_t **l_516 = (void*)0;
            uint16_t **l_520 = (void*)0;
            uint8_t ***l_531 = &l_456;
            uint16_t l_535 = 1UL;
            for (g_157.f0 = 0; (g_157.f0 >= 48); g_157.f0 = safe_add_func_uint8_t_u_u(g_157.f0, 9))
            { /* block id: 205 */
                int8_t *l_445 = &g_8;
                int8_t **l_444[2];
                int8_t ***l_443 = &l_444[1];
                int8_t ****l_442[7][6] = {{&l_443,(void*)0,(void*)0,(void*)0,&l_443,(void*)0},{(void*)0,&l_443,(void*)0,&l_443,&l_443,(void*)0},{&l_443,&l_443,(void*)0,&l_443,(void*)0,(void*)0},{&l_443,(void*)0,(void*)0,(void*)0,&l_443,(void*)0},{(void*)0,&l_443,(void*)0,&l_443,&l_443,(void*)0},{&l_443,&l_443,(void*)0,&l_443,(void*)0,(void*)0},{&l_443,(void*)0,(void*)0,(void*)0,&l_443,(void*)0}};
                int8_t *****l_446 = &l_442[2][5];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_444[i] = &l_445;
                (*l_446) = l_442[6][0];
            }
            for (g_157.f8 = 19; (g_157.f8 <= 13); --g_157.f8)
            { /* block id: 210 */
                uint8_t **l_454[7][5] = {{&g_190,&g_190,&g_190,&g_190,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,&g_190},{(void*)0,&g_190,&g_190,&g_190,&g_190},{&g_190,(void*)0,&g_190,&g_190,&g_190},{(void*)0,&g_190,(void*)0,&g_190,&g_190},{&g_190,(void*)0,&g_190,(void*)0,&g_190},{(void*)0,(void*)0,&g_190,&g_190,&g_190}};
                uint8_t ***l_453 = &l_454[2][3];
                int16_t l_467 = 1L;
                const uint64_t *l_491 = &g_492;
                int i, j;
                for (g_111 = 0; (g_111 > 13); g_111 = safe_add_func_int16_t_s_s(g_111, 7))
                { /* block id: 213 */
                    uint32_t l_487 = 0x66BEFD69L;
                    for (l_248 = 0; (l_248 >= (-18)); --l_248)
                    { /* block id: 216 */
                        uint32_t l_457 = 0UL;
                        uint32_t *l_486 = &g_284[8][1][1];
                        uint32_t **l_485 = &l_486;
                        const uint64_t *l_490 = (void*)0;
                        const uint64_t **l_489[6][2][2] = {{{&l_490,&l_490},{&l_490,&l_490}},{{&l_490,&l_490},{&l_490,&l_490}},{{&l_490,&l_490},{&l_490,&l_490}},{{&l_490,&l_490},{&l_490,&l_490}},{{&l_490,&l_490},{&l_490,&l_490}},{{&l_490,&l_490},{&l_490,&l_490}}};
                        struct S0 *l_495 = &g_395;
                        struct S0 **l_494 = &l_495;
                        int i, j, k;
                        (*p_50) = 1L;
                        (*p_48) = ((p_51.f1 , (((((((l_453 != (l_455 = (void*)0)) ^ (p_51.f3 != (g_7 = (-1L)))) || (-1L)) & ((g_395.f7 |= (l_457 ^ (1L != 0x92BDL))) >= (*g_404))) < g_395.f5) > 0xC29F0A5DBACF18A7LL) | p_51.f2)) < 0xB6F6465CL);
                        (*l_434) = (void*)0;
                        (*l_494) = ((safe_mod_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((safe_sub_func_int32_t_s_s((+l_467), (((((g_89[6] == ((l_491 = ((safe_mul_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u((l_472 , p_51.f9), ((l_488 = (safe_sub_func_uint64_t_u_u(((safe_mod_func_int64_t_s_s((((safe_add_func_uint32_t_u_u(g_157.f1, (*g_295))) < (((safe_lshift_func_uint16_t_u_u((safe_add_func_int16_t_s_s((((*l_485) = p_50) == (void*)0), (((g_81[6][0][3] && g_157.f4) || 0xE15540E3L) , p_51.f6))), 5)) , l_457) != l_487)) | 0xCDL), l_487)) , l_467), l_487))) >= (*g_404)))), p_51.f5)) , &l_279)) != &g_118)) <= 9L) , l_457) <= l_493) >= p_51.f6))), 10)), p_51.f6)), p_51.f2)) , &g_157);
                    }
                    (*l_434) = p_50;
                }
            }
            if (((safe_lshift_func_uint16_t_u_s(p_51.f0, g_66)) , (-9L)))
            { /* block id: 231 */
                return g_324;
            }
            else
            { /* block id: 233 */
                uint32_t l_527 = 4294967288UL;
                for (p_51.f9 = 4; (p_51.f9 < 46); p_51.f9++)
                { /* block id: 236 */
                    uint64_t ***l_515 = &l_513;
                    uint16_t ***l_521 = &l_520;
                    int32_t l_523 = 0x96A36F7FL;
                    uint32_t *l_524[9][8][3] = {{{&g_284[9][1][4],&g_284[9][1][4],&g_66},{&g_66,&l_472,&g_284[9][1][4]},{&g_284[9][1][4],&g_284[9][1][4],&g_284[4][1][0]},{(void*)0,&g_284[5][0][2],(void*)0},{&g_284[2][0][2],&g_284[1][1][0],&g_284[9][1][4]},{&l_472,&g_66,&l_472},{&l_472,&l_472,&l_472},{&g_66,&g_284[9][1][4],&g_66}},{{&l_472,&g_66,&g_284[5][0][5]},{&l_472,&g_284[9][1][4],&l_472},{&g_284[2][0][2],&g_284[4][1][0],&g_284[9][1][4]},{(void*)0,(void*)0,&g_66},{&g_284[9][1][4],&g_284[9][1][4],&g_284[2][0][0]},{&g_66,&l_472,&g_66},{&g_284[9][1][4],&l_472,&g_284[4][0][6]},{&g_284[9][1][4],&g_66,&g_66}},{{&g_284[1][1][0],&g_284[5][0][5],&g_284[2][0][0]},{&g_284[9][1][4],&l_472,&g_66},{&g_284[0][0][6],&g_284[9][1][4],&g_284[9][1][4]},{&g_284[1][1][0],&g_66,&l_472},{&g_66,&g_284[2][0][0],&g_284[5][0][5]},{&l_472,&g_66,&g_66},{&g_284[9][1][4],&g_284[4][0][6],&l_472},{&g_284[5][0][2],&g_66,&l_472}},{{&l_472,&g_284[2][0][0],&g_284[9][1][4]},{&g_284[9][0][5],&g_66,(void*)0},{&g_284[4][1][0],&g_284[9][1][4],&g_284[4][1][0]},{&g_284[9][1][4],&l_472,&g_284[9][1][4]},{&g_66,&g_284[5][0][5],&g_66},{&g_284[9][1][0],&g_66,&g_284[9][1][4]},{&g_284[5][0][5],&l_472,&l_472},{&g_284[9][1][0],&l_472,&g_66}},{{&g_66,&g_284[9][1][4],&g_284[1][1][0]},{&g_284[9][1][4],(void*)0,&g_284[5][0][2]},{&g_284[4][1][0],&g_284[4][1][0],&g_284[9][1][4]},{&g_284[9][0][5],&g_284[9][1][4],&l_472},{&l_472,&g_66,&g_284[9][1][4]},{&g_284[5][0][2],&g_284[9][1][4],&g_66},{&g_284[9][1][4],&l_472,&g_284[9][1][4]},{&l_472,&g_66,&l_472}},{{&g_66,&g_284[1][1][0],&g_284[9][1][4]},{&g_284[1][1][0],&g_284[5][0][2],&g_284[5][0][2]},{&g_284[0][0][6],&g_284[9][1][4],&g_284[1][1][0]},{&g_284[9][1][4],&l_472,&g_66},{&g_284[1][1][0],&g_284[9][1][4],&l_472},{&g_284[9][1][4],&g_284[9][1][0],&g_66},{&g_284[9][1][4],&g_284[9][1][4],&l_472},{&l_472,&g_284[9][1][4],&g_284[9][1][4]}},{{&g_284[4][1][0],&g_284[4][0][6],&g_284[9][1][4]},{&g_66,&l_472,&g_66},{&g_284[5][0][5],&g_284[9][1][4],&g_284[2][0][2]},{&g_284[9][1][4],&l_472,&g_66},{&g_284[9][1][4],&g_66,&g_284[9][1][4]},{&l_472,&g_66,&l_472},{&g_284[9][1][4],&l_472,&g_284[2][0][0]},{&g_284[9][1][4],&g_284[9][1][4],&g_284[5][0][2]}},{{&g_284[5][0][5],&g_284[9][1][4],&g_284[9][1][4]},{&g_66,&g_66,&g_66},{&g_284[4][1][0],&g_284[2][0][2],&l_472},{&l_472,&g_66,&g_284[9][0][5]},{&g_284[9][1][4],&g_284[9][1][4],&l_472},{&g_284[9][1][4],&l_472,&g_284[9][0][5]},{&g_284[9][1][4],&g_284[2][0][0],&l_472},{&l_472,&g_284[5][0][2],&g_66}},{{&g_284[9][1][4],&g_284[9][1][4],&g_284[9][1][4]},{(void*)0,&g_66,&g_284[5][0][2]},{&g_66,&l_472,&g_284[2][0][0]},{&g_284[5][0][2],&g_284[9][0][5],&l_472},{&g_284[2][0][2],&l_472,&g_284[9][1][4]},{&l_472,&g_284[9][0][5],&g_66},{&g_66,&l_472,&g_284[2][0][2]},{(void*)0,&g_66,&g_66}}};
                    int i, j, k;
                    (*p_48) ^= (&p_52 != l_500[2][8][0]);
                    (*p_48) = (safe_lshift_func_uint8_t_u_s((safe_rshift_func_int16_t_s_u(((g_284[9][1][4] |= (safe_rshift_func_int16_t_s_u(((l_387[1][2][6] = (~((*l_423) = (+((safe_div_func_int8_t_s_s((safe_div_func_int8_t_s_s(((((*l_515) = l_513) == l_516) & (p_51.f0 && 0xEE14L)), ((~((safe_sub_func_int32_t_s_s(l_472, (((*l_521) = l_520) != (void*)0))) < (safe_unary_minus_func_int8_t_s(((g_89[5] = p_51.f0) >= (((((p_51.f9 ^ 0L) & p_51.f4) ^ l_472) ^ g_353) == p_51.f0)))))) , l_523))), p_51.f4)) , p_51.f4))))) | p_51.f5), 3))) | 0x918AA12BL), 14)), p_51.f8));
                }
                if (l_387[1][1][8])
                { /* block id: 246 */
                    int8_t l_528 = 0x2BL;
                    uint32_t *l_529 = &g_284[9][1][4];
                    (*g_295) &= (((*l_529) = ((safe_div_func_int16_t_s_s(l_472, l_527)) != l_528)) & ((-7L) && ((***g_402) <= (l_405 , l_488))));
                    for (g_157.f7 = 1; (g_157.f7 >= 0); g_157.f7 -= 1)
                    { /* block id: 251 */
                        union U1 *l_530 = &l_405;
                        int32_t l_532 = 0xB91E311EL;
                        (*g_295) |= (((**l_456) = (((*l_530) = g_435) , (((g_157.f3 , l_531) != (void*)0) > 0xCDA2L))) && l_528);
                        if (l_532)
                            continue;
                        if ((*p_48))
                            continue;
                        if ((*p_48))
                            continue;
                    }
                    for (l_472 = 17; (l_472 > 13); l_472 = safe_sub_func_int8_t_s_s(l_472, 1))
                    { /* block id: 261 */
                        return g_284[9][0][4];
                    }
                }
                else
                { /* block id: 264 */
                    (*p_48) = (0UL ^ ((p_51.f8 , l_248) == ((*l_514) = ((void*)0 == &g_435))));
                }
            }
            --l_535;
        }
        ++g_545;
        (*g_295) &= ((safe_add_func_int8_t_s_s(p_51.f2, (p_51.f2 | ((safe_unary_minus_func_uint32_t_u((safe_sub_func_int8_t_s_s(p_51.f9, (g_566 , (*g_404)))))) | (*l_538))))) , (*p_50));
    }
    return p_51.f8;
}


/* ------------------------------------------ */
/* 
 * reads : g_111 g_128 g_89 g_137 g_81 g_9 g_157.f5 g_100 g_157 g_3 g_109 g_98
 * writes: g_111 g_137 g_89 g_3 g_157.f7 g_157.f8 g_9 g_157.f5 g_109 g_190 g_81 g_106 g_7 g_117 g_110
 */
static int32_t * func_53(struct S0  p_54, int32_t * p_55, int32_t * p_56)
{ /* block id: 66 */
    int32_t *l_169 = &g_3;
    uint8_t *l_189 = &g_81[2][2][2];
    int32_t l_195 = (-9L);
    int32_t l_221 = 0L;
    int32_t l_231 = (-6L);
    for (g_111 = 0; (g_111 != 4); g_111++)
    { /* block id: 69 */
        uint16_t l_162 = 0UL;
        int16_t *l_206 = &g_89[5];
        uint32_t *l_213 = &g_66;
        uint32_t **l_212 = &l_213;
        int8_t *l_214 = &g_157.f8;
        int32_t **l_215 = &l_169;
        int32_t **l_216 = &l_169;
        int32_t *l_222 = (void*)0;
        int32_t *l_223 = &g_3;
        int32_t *l_224 = &g_117;
        int32_t *l_225 = &g_110;
        int32_t *l_226 = &g_3;
        int32_t *l_227 = &g_110;
        int32_t *l_228 = &g_110;
        int32_t *l_229 = &g_110;
        int32_t *l_230 = (void*)0;
        int32_t *l_232 = &l_231;
        int32_t *l_233 = &g_98;
        int32_t *l_234 = &g_98;
        int32_t *l_235 = &l_231;
        int32_t *l_236 = (void*)0;
        int32_t *l_237 = &l_195;
        int32_t *l_238[9][9][3] = {{{(void*)0,&l_231,&g_98},{&l_231,&g_117,&g_117},{&g_98,&g_117,&l_231},{(void*)0,&g_117,&g_110},{&l_195,&g_98,(void*)0},{&l_231,&g_110,&g_117},{&g_3,&g_98,&g_117},{&g_117,&g_117,&l_231},{&l_231,&g_117,&g_3}},{{&l_195,&g_117,&l_231},{&g_110,&l_231,&g_117},{&g_110,&g_98,&g_117},{&g_98,&g_98,&l_231},{&g_3,&g_117,&g_3},{(void*)0,&g_98,&l_231},{&l_231,(void*)0,&g_117},{&g_110,&g_117,&g_117},{&l_221,&g_117,(void*)0}},{{&g_110,&g_117,&g_110},{&l_231,&l_221,&l_231},{(void*)0,&l_195,&g_117},{&g_3,&g_98,&g_98},{&g_98,&g_117,&g_110},{&g_110,&g_117,&g_110},{&g_110,&g_98,(void*)0},{&l_195,&l_195,&g_117},{&l_231,&l_221,&g_117}},{{&g_117,&g_117,&g_110},{&g_3,&g_117,&g_110},{&l_231,&g_117,&g_110},{&l_195,(void*)0,&g_117},{(void*)0,&g_98,&g_117},{&g_98,&g_117,(void*)0},{&l_231,&g_98,&g_110},{(void*)0,&g_98,&g_110},{(void*)0,&l_231,&g_98}},{{&l_231,&g_117,(void*)0},{(void*)0,&g_110,&g_110},{&l_231,(void*)0,&l_231},{&l_231,(void*)0,&g_117},{&g_117,&g_117,&g_110},{&g_117,(void*)0,(void*)0},{(void*)0,(void*)0,&g_117},{&g_110,&g_110,&g_117},{&l_231,(void*)0,&g_110}},{{&g_117,&g_117,&g_110},{&g_3,(void*)0,&g_110},{&g_3,&g_117,&g_110},{&g_117,&g_117,&g_117},{&l_221,&g_3,&g_117},{&g_117,&l_221,(void*)0},{&g_3,(void*)0,&g_110},{&g_110,(void*)0,&g_117},{&g_3,&g_117,&l_231}},{{&g_117,&g_110,&g_110},{&l_221,&l_231,(void*)0},{&g_117,&g_3,(void*)0},{&g_3,&g_110,&g_98},{&g_3,&g_110,(void*)0},{&g_117,&g_3,&g_117},{&l_231,&l_231,&g_110},{&g_110,&g_110,&g_110},{(void*)0,&g_117,&g_98}},{{&g_117,(void*)0,&g_3},{&g_117,(void*)0,&g_98},{&l_231,&l_221,&g_110},{&l_231,&g_3,&g_110},{(void*)0,&g_117,&g_117},{&g_110,&g_117,(void*)0},{&l_221,(void*)0,&g_98},{&l_221,&g_117,(void*)0},{&g_110,(void*)0,(void*)0}},{{(void*)0,&g_110,&g_110},{&l_231,(void*)0,&l_231},{&l_231,(void*)0,&g_117},{&g_117,&g_117,&g_110},{&g_117,(void*)0,(void*)0},{(void*)0,(void*)0,&g_117},{&g_110,&g_110,&g_117},{&l_231,(void*)0,&g_110},{&g_117,&g_117,&g_110}}};
        uint32_t l_239[10][2] = {{1UL,1UL},{0xB2B75456L,0UL},{4294967295UL,0UL},{0xB2B75456L,1UL},{1UL,0xB2B75456L},{0UL,4294967295UL},{0UL,0xB2B75456L},{1UL,1UL},{0xB2B75456L,0UL},{4294967295UL,0UL}};
        int i, j, k;
        for (g_137 = 0; (g_137 <= 4); g_137 += 1)
        { /* block id: 72 */
            int8_t l_160 = 0L;
            uint8_t *l_168[4];
            uint8_t **l_167[8][7] = {{&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1]},{&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1]},{&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1]},{&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1]},{&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1],&l_168[1]},{&l_168[1],&l_168[1],&l_168[2],&l_168[1],&l_168[1],&l_168[1],&l_168[1]},{&l_168[2],(void*)0,&l_168[2],&l_168[1],&l_168[1],&l_168[1],&l_168[1]},{&l_168[2],(void*)0,&l_168[2],&l_168[1],&l_168[1],&l_168[1],&l_168[1]}};
            uint8_t ***l_166 = &l_167[3][0];
            int32_t l_177[3][5][1] = {{{(-5L)},{0L},{1L},{0L},{(-5L)}},{{(-5L)},{0L},{1L},{0L},{(-5L)}},{{(-5L)},{0L},{1L},{0L},{(-5L)}}};
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_168[i] = &g_81[6][0][2];
            l_160 &= (g_128 != (void*)0);
            if (l_160)
                break;
            for (p_54.f5 = 0; (p_54.f5 <= 4); p_54.f5 += 1)
            { /* block id: 77 */
                uint16_t *l_161[4][7][7] = {{{&g_157.f5,&g_157.f5,&g_9,(void*)0,(void*)0,&g_9,&g_157.f5},{&g_9,&g_157.f5,(void*)0,(void*)0,&g_9,&g_157.f5,&g_157.f5},{(void*)0,(void*)0,&g_9,&g_9,&g_157.f5,&g_9,&g_9},{&g_9,&g_157.f5,&g_9,(void*)0,&g_9,&g_9,&g_9},{(void*)0,&g_9,&g_9,(void*)0,&g_9,&g_9,&g_157.f5},{&g_9,&g_157.f5,(void*)0,(void*)0,&g_9,(void*)0,(void*)0},{&g_157.f5,(void*)0,(void*)0,&g_157.f5,(void*)0,&g_9,&g_157.f5}},{{&g_9,&g_157.f5,&g_157.f5,&g_157.f5,&g_157.f5,&g_157.f5,&g_9},{&g_9,&g_157.f5,&g_9,(void*)0,(void*)0,&g_9,&g_9},{&g_9,(void*)0,&g_157.f5,(void*)0,&g_9,&g_157.f5,&g_157.f5},{(void*)0,(void*)0,&g_9,&g_157.f5,&g_9,&g_9,&g_157.f5},{&g_157.f5,&g_157.f5,&g_157.f5,&g_157.f5,&g_9,(void*)0,&g_157.f5},{(void*)0,&g_157.f5,(void*)0,(void*)0,&g_157.f5,&g_9,&g_157.f5},{&g_9,(void*)0,(void*)0,&g_157.f5,&g_9,(void*)0,&g_157.f5}},{{&g_9,(void*)0,&g_9,&g_9,(void*)0,&g_9,&g_9},{&g_9,(void*)0,&g_9,&g_157.f5,&g_9,&g_157.f5,&g_9},{&g_157.f5,&g_9,&g_9,(void*)0,(void*)0,&g_9,&g_157.f5},{&g_9,(void*)0,(void*)0,&g_157.f5,&g_9,&g_157.f5,(void*)0},{(void*)0,(void*)0,&g_9,&g_157.f5,&g_157.f5,&g_9,&g_157.f5},{&g_9,(void*)0,&g_157.f5,(void*)0,&g_157.f5,(void*)0,&g_9},{(void*)0,&g_157.f5,&g_9,(void*)0,&g_157.f5,&g_9,&g_9}},{{&g_9,&g_157.f5,&g_157.f5,&g_157.f5,&g_9,&g_9,&g_157.f5},{&g_157.f5,(void*)0,&g_9,&g_9,&g_9,&g_9,&g_9},{&g_9,&g_157.f5,&g_9,&g_9,&g_157.f5,&g_157.f5,&g_9},{&g_9,&g_9,&g_157.f5,(void*)0,(void*)0,&g_157.f5,&g_9},{&g_9,&g_157.f5,&g_157.f5,&g_157.f5,&g_157.f5,&g_157.f5,(void*)0},{&g_9,(void*)0,&g_9,(void*)0,&g_9,&g_9,(void*)0},{&g_157.f5,(void*)0,&g_9,&g_157.f5,&g_157.f5,&g_157.f5,&g_157.f5}}};
                int16_t *l_165 = &g_89[6];
                int32_t l_176 = 0x8882CB28L;
                int16_t l_198 = 0xA31FL;
                int i, j, k;
                if (((l_162--) == ((*l_165) |= ((void*)0 == l_161[0][6][6]))))
                { /* block id: 80 */
                    (*p_55) = (l_166 == g_128);
                    for (g_157.f7 = 0; (g_157.f7 <= 4); g_157.f7 += 1)
                    { /* block id: 84 */
                        return l_169;
                    }
                }
                else
                { /* block id: 87 */
                    uint8_t **l_184 = &l_168[1];
                    int i, j, k;
                    for (g_157.f8 = 0; g_157.f8 < 8; g_157.f8 += 1)
                    {
                        for (l_160 = 0; l_160 < 7; l_160 += 1)
                        {
                            l_167[g_157.f8][l_160] = &l_168[0];
                        }
                    }
                    (*p_55) = (safe_rshift_func_int16_t_s_s(7L, (safe_rshift_func_uint8_t_u_s((safe_lshift_func_uint16_t_u_u(((g_157.f5 &= (g_81[p_54.f5][p_54.f5][(g_137 + 1)] , (--g_9))) || (g_100[6][2][1] , (g_157 , (safe_rshift_func_uint16_t_u_u(p_54.f9, 8))))), ((((safe_rshift_func_uint16_t_u_u((p_54.f3 , ((void*)0 == l_184)), g_157.f8)) == (*l_169)) != p_54.f7) || l_176))), 7))));
                    for (g_109 = 0; (g_109 <= 4); g_109 += 1)
                    { /* block id: 94 */
                        int64_t *l_196[4] = {&g_106,&g_106,&g_106,&g_106};
                        int8_t *l_197[5][4] = {{&g_7,&g_157.f7,&g_157.f7,&g_157.f7},{&g_7,&g_7,&g_8,&g_157.f7},{&g_157.f7,&g_7,&g_7,&g_157.f7},{&g_7,&g_157.f7,&g_7,&g_7},{&g_7,&g_7,&g_7,&g_8}};
                        int i, j, k;
                        (*p_56) = (safe_lshift_func_int8_t_s_u((g_7 = (((((safe_rshift_func_int16_t_s_s(g_81[4][2][3], 10)) , ((g_106 = ((p_54.f8 , (g_89[6] < (((((g_190 = l_189) == (void*)0) ^ (((((g_81[(g_137 + 3)][p_54.f5][g_109] = ((((safe_add_func_int64_t_s_s((safe_add_func_uint8_t_u_u(((*p_55) & (l_195 , (*p_55))), ((void*)0 == l_184))), g_81[p_54.f5][p_54.f5][(g_137 + 1)])) , p_54.f2) & 0x2205L) <= l_176)) , (*l_184)) == (void*)0) | 0x49L) < 1UL)) != g_157.f1) , p_54.f8))) , p_54.f2)) || 0xFCFB86C917BF7F86LL)) && g_98) , l_176) || 0x38453F7FL)), l_198));
                    }
                }
            }
        }
        (*p_55) = ((safe_sub_func_uint16_t_u_u((g_81[4][2][3] && l_162), g_3)) >= (p_54.f2 == ((safe_div_func_int32_t_s_s((*p_55), g_157.f2)) < 255UL)));
        if ((safe_add_func_int32_t_s_s((*p_55), (~((((*l_206) &= g_157.f3) , &g_106) == (l_162 , ((safe_sub_func_int8_t_s_s(((safe_add_func_uint8_t_u_u((safe_unary_minus_func_int8_t_s(((*l_214) = (((*l_212) = &g_66) == (void*)0)))), (l_215 == (g_157.f1 , l_216)))) && 0x34L), 0x27L)) , (void*)0)))))))
        { /* block id: 108 */
            int32_t *l_217 = &l_195;
            return &g_117;
        }
        else
        { /* block id: 110 */
            uint16_t l_218[2][5][10] = {{{9UL,65532UL,65532UL,9UL,0x71C4L,0x3067L,0x3067L,0x71C4L,9UL,65532UL},{9UL,9UL,0x3067L,65532UL,0x71C4L,0x71C4L,65532UL,0x3067L,9UL,9UL},{0x71C4L,65532UL,0x3067L,9UL,9UL,0x3067L,65532UL,0x71C4L,0x71C4L,65532UL},{0x71C4L,9UL,65532UL,65532UL,9UL,0x71C4L,0x3067L,0x3067L,0x71C4L,9UL},{9UL,65532UL,65532UL,9UL,0x71C4L,0x3067L,0x3067L,0x71C4L,9UL,65532UL}},{{9UL,9UL,0x3067L,65532UL,0x71C4L,0x71C4L,65532UL,0x3067L,9UL,9UL},{0x71C4L,65532UL,0x3067L,9UL,9UL,0x3067L,65532UL,0x71C4L,0x71C4L,65532UL},{0x71C4L,9UL,65532UL,65532UL,9UL,0x71C4L,0x3067L,0x3067L,0x71C4L,9UL},{9UL,65532UL,65532UL,9UL,0x71C4L,0x3067L,0x3067L,0x71C4L,9UL,65532UL},{9UL,9UL,0x3067L,65532UL,0x71C4L,0x71C4L,65532UL,0x3067L,9UL,9UL}}};
            int i, j, k;
            ++l_218[0][1][3];
            (*l_215) = &g_3;
        }
        --l_239[8][0];
    }
    return p_56;
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_66 g_7 g_8 g_9 g_100 g_111 g_118 g_128 g_137 g_117 g_98 g_97 g_157
 * writes: g_3 g_66 g_7 g_81 g_89 g_9 g_97 g_100 g_111 g_118 g_137 g_98
 */
static struct S0  func_57(uint16_t  p_58, int32_t  p_59, uint32_t  p_60, struct S0  p_61)
{ /* block id: 4 */
    int32_t *l_63 = &g_3;
    uint16_t l_64[4][5] = {{0x4228L,0xFC79L,0x4228L,0x4228L,0xFC79L},{0x490EL,0xB26CL,0xB26CL,0x490EL,0xB26CL},{0xFC79L,0xFC79L,65528UL,0xFC79L,0xFC79L},{0xB26CL,0x490EL,0xB26CL,0xB26CL,0x490EL}};
    struct S0 l_69 = {0x51C8BDC6L,0x2BFFD659L,0UL,5810,-7L,0xEDAEL,1L,0x6DL,0xBBL,0x2392579B7B7A4FD3LL};
    int32_t l_105[4] = {(-3L),(-3L),(-3L),(-3L)};
    uint16_t l_154 = 3UL;
    uint16_t *l_155[2];
    int16_t *l_156[5][5][8] = {{{&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[0],&g_89[3],&g_89[6]},{&g_89[6],&g_89[1],&g_89[2],&g_89[6],&g_89[3],&g_89[6],&g_89[3],&g_89[6]},{&g_89[1],&g_89[1],&g_89[6],&g_89[3],(void*)0,&g_89[0],&g_89[1],&g_89[0]},{&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[0],(void*)0,&g_89[6]},{&g_89[6],&g_89[6],&g_89[6],&g_89[2],&g_89[6],&g_89[1],&g_89[0],&g_89[6]}},{{&g_89[1],&g_89[3],&g_89[6],&g_89[6],&g_89[3],&g_89[2],(void*)0,(void*)0},{&g_89[6],(void*)0,&g_89[6],&g_89[6],(void*)0,&g_89[6],&g_89[1],&g_89[2]},{&g_89[2],&g_89[3],&g_89[6],&g_89[6],&g_89[3],&g_89[1],&g_89[3],&g_89[0]},{&g_89[1],&g_89[6],&g_89[2],&g_89[6],&g_89[6],&g_89[6],&g_89[3],&g_89[2]},{&g_89[0],&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[0],(void*)0}},{{&g_89[0],(void*)0,&g_89[3],&g_89[6],&g_89[1],&g_89[1],&g_89[6],&g_89[6]},{&g_89[6],&g_89[3],&g_89[6],&g_89[2],&g_89[1],&g_89[6],(void*)0,&g_89[6]},{&g_89[0],&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[0]},{&g_89[0],&g_89[6],&g_89[6],&g_89[3],&g_89[6],&g_89[5],&g_89[6],&g_89[6]},{&g_89[1],&g_89[6],(void*)0,&g_89[6],&g_89[3],&g_89[5],&g_89[0],&g_89[6]}},{{&g_89[2],&g_89[6],&g_89[6],&g_89[6],(void*)0,&g_89[6],&g_89[6],&g_89[6]},{&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[3],&g_89[6],&g_89[3],&g_89[6]},{&g_89[1],&g_89[3],&g_89[6],(void*)0,&g_89[6],&g_89[1],&g_89[3],&g_89[0]},{&g_89[6],(void*)0,&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[6]},{&g_89[6],&g_89[6],&g_89[6],&g_89[6],(void*)0,&g_89[6],&g_89[0],&g_89[3]}},{{&g_89[1],&g_89[6],(void*)0,&g_89[6],&g_89[3],&g_89[1],&g_89[6],&g_89[3]},{&g_89[6],&g_89[3],&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[6],&g_89[6]},{&g_89[6],(void*)0,&g_89[6],&g_89[6],&g_89[6],&g_89[2],(void*)0,&g_89[0]},{&g_89[5],&g_89[3],&g_89[6],(void*)0,&g_89[6],&g_89[1],&g_89[6],&g_89[6]},{&g_89[5],&g_89[6],&g_89[3],&g_89[3],&g_89[0],&g_89[6],&g_89[6],&g_89[0]}}};
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_155[i] = &g_9;
    (*l_63) ^= p_58;
    for (g_3 = 3; (g_3 >= 0); g_3 -= 1)
    { /* block id: 8 */
        uint32_t *l_65 = &g_66;
        int32_t l_70[6][9][4] = {{{0xC34EF3EFL,0x51ECC885L,(-1L),0xD29228E1L},{3L,0x9BC9383AL,0L,0xAE9DA5FDL},{1L,3L,1L,3L},{(-1L),4L,0xF4D98BCDL,0x9BC9383AL},{0xD29228E1L,1L,0xAE9DA5FDL,4L},{0x06A03D0BL,(-1L),0xAE9DA5FDL,0x51ECC885L},{0xD29228E1L,0x40678986L,0xF4D98BCDL,0xF4D98BCDL},{(-1L),(-1L),1L,0x06A03D0BL},{1L,0x06A03D0BL,0L,3L}},{{3L,0x349D5303L,(-1L),0L},{0xC34EF3EFL,0x349D5303L,8L,3L},{0x349D5303L,0x06A03D0BL,3L,0x06A03D0BL},{0x33996C8BL,(-1L),4L,0xF4D98BCDL},{3L,0x40678986L,(-1L),0x51ECC885L},{0xF4D98BCDL,(-1L),0x349D5303L,4L},{0xF4D98BCDL,1L,(-1L),0x9BC9383AL},{3L,4L,4L,3L},{0x33996C8BL,3L,3L,0xAE9DA5FDL}},{{0x349D5303L,0x9BC9383AL,8L,0xD29228E1L},{0xC34EF3EFL,0x51ECC885L,(-1L),0xD29228E1L},{3L,0x9BC9383AL,0L,0xAE9DA5FDL},{1L,3L,1L,3L},{(-1L),4L,0xF4D98BCDL,0x9BC9383AL},{0xD29228E1L,1L,0xAE9DA5FDL,4L},{0x06A03D0BL,(-1L),0xAE9DA5FDL,0x51ECC885L},{0xD29228E1L,0x40678986L,0xF4D98BCDL,0xF4D98BCDL},{(-1L),(-1L),1L,0x06A03D0BL}},{{1L,0x06A03D0BL,0L,3L},{3L,0x349D5303L,(-1L),0L},{0xC34EF3EFL,0x349D5303L,8L,3L},{0x349D5303L,0x06A03D0BL,3L,0x06A03D0BL},{0x33996C8BL,(-1L),4L,0xF4D98BCDL},{3L,0x40678986L,(-1L),0x51ECC885L},{0xF4D98BCDL,(-1L),0x349D5303L,4L},{0xF4D98BCDL,1L,(-1L),0x9BC9383AL},{3L,4L,4L,3L}},{{0x33996C8BL,3L,3L,0xAE9DA5FDL},{0x349D5303L,0x9BC9383AL,8L,0xD29228E1L},{0xC34EF3EFL,0x51ECC885L,(-1L),0xD29228E1L},{3L,0x9BC9383AL,0L,0xAE9DA5FDL},{1L,3L,1L,3L},{(-1L),4L,0xF4D98BCDL,0x9BC9383AL},{0xD29228E1L,1L,0xAE9DA5FDL,4L},{0x06A03D0BL,(-1L),0xAE9DA5FDL,0x51ECC885L},{0xD29228E1L,0x40678986L,0xF4D98BCDL,0xF4D98BCDL}},{{(-1L),(-1L),1L,0x06A03D0BL},{1L,4L,0x349D5303L,(-1L)},{(-1L),0x06A03D0BL,0xC34EF3EFL,0x349D5303L},{0xDE0B6AD7L,0x06A03D0BL,3L,(-1L)},{0x06A03D0BL,4L,1L,4L},{0x9BC9383AL,0xC34EF3EFL,(-1L),3L},{1L,0x51ECC885L,0xD29228E1L,8L},{3L,0xD29228E1L,0x06A03D0BL,(-1L)},{3L,0x33996C8BL,0xD29228E1L,0L}}};
        struct S0 l_103 = {18446744073709551606UL,0L,1UL,10240,0L,0xF15CL,0x59C0L,2L,0L,0x574A338B79B9A59BLL};
        uint32_t l_125 = 0x4DEB0707L;
        int i, j, k;
        if (((++(*l_65)) < (l_69 , l_70[0][7][3])))
        { /* block id: 10 */
            const uint32_t l_73 = 0UL;
            uint8_t **l_90[8][6];
            int32_t l_107 = 0x3D3BC77AL;
            int32_t l_108 = 0x4A5ACE6EL;
            int i, j;
            for (i = 0; i < 8; i++)
            {
                for (j = 0; j < 6; j++)
                    l_90[i][j] = (void*)0;
            }
            for (g_7 = 0; (g_7 <= 3); g_7 += 1)
            { /* block id: 13 */
                uint8_t *l_80 = &g_81[4][2][3];
                int32_t l_99 = 0xB8A434C4L;
                int i, j;
                if ((((safe_rshift_func_int8_t_s_u(0L, ((l_64[g_7][(g_3 + 1)] <= ((((l_73 || (((safe_add_func_int64_t_s_s((l_70[1][6][2] != ((safe_lshift_func_uint16_t_u_u(p_61.f3, 14)) | ((((safe_lshift_func_uint16_t_u_u(((g_89[6] = (((*l_80) = g_8) && ((safe_add_func_uint8_t_u_u(g_66, p_61.f7)) | ((safe_div_func_uint8_t_u_u((((~(safe_div_func_uint32_t_u_u(((((((((((p_59 <= g_9) >= 0x52L) & g_8) != l_70[3][4][3]) ^ 18446744073709551615UL) <= (*l_63)) , l_64[g_7][(g_3 + 1)]) ^ 0x76425F5104884803LL) <= 0x2DD19626L) || 0L), 2L))) , 0x53257E1EL) , 0x11L), 0x82L)) && g_7)))) , p_61.f4), l_70[0][7][3])) & l_70[0][7][3]) < (*l_63)) & g_8))), 0x829D697DB561CB1BLL)) & 0xC0L) ^ l_64[g_7][(g_3 + 1)])) , 8L) & (-6L)) != 1UL)) >= 0x945AL))) <= 1UL) || p_61.f6))
                { /* block id: 16 */
                    uint8_t ***l_91 = &l_90[4][3];
                    uint8_t **l_93 = &l_80;
                    uint8_t ***l_92 = &l_93;
                    int32_t *l_95[8][1][1] = {{{&l_70[0][7][3]}},{{&l_70[2][7][3]}},{{&l_70[0][7][3]}},{{&l_70[0][7][3]}},{{&l_70[2][7][3]}},{{&l_70[0][7][3]}},{{&l_70[0][7][3]}},{{&l_70[2][7][3]}}};
                    int i, j, k;
                    (*l_92) = ((*l_91) = l_90[4][3]);
                    for (g_9 = 0; (g_9 <= 3); g_9 += 1)
                    { /* block id: 21 */
                        int32_t *l_94 = &l_70[4][6][1];
                        if (p_61.f3)
                            break;
                        (*l_94) = (*l_63);
                    }
                    l_70[5][3][0] &= l_73;
                }
                else
                { /* block id: 26 */
                    for (l_69.f5 = 0; (l_69.f5 <= 3); l_69.f5 += 1)
                    { /* block id: 29 */
                        int32_t **l_96[9][9][3] = {{{(void*)0,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,(void*)0,&l_63},{&l_63,&l_63,&l_63},{(void*)0,(void*)0,&l_63},{&l_63,(void*)0,&l_63},{&l_63,&l_63,(void*)0},{&l_63,(void*)0,(void*)0},{&l_63,&l_63,(void*)0}},{{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{(void*)0,&l_63,&l_63}},{{&l_63,&l_63,&l_63},{&l_63,(void*)0,&l_63},{&l_63,&l_63,&l_63},{(void*)0,(void*)0,&l_63},{&l_63,(void*)0,&l_63},{&l_63,&l_63,(void*)0},{&l_63,(void*)0,(void*)0},{&l_63,&l_63,(void*)0},{&l_63,&l_63,&l_63}},{{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{(void*)0,&l_63,&l_63},{&l_63,&l_63,&l_63}},{{&l_63,(void*)0,&l_63},{&l_63,&l_63,&l_63},{(void*)0,(void*)0,&l_63},{&l_63,(void*)0,&l_63},{&l_63,&l_63,(void*)0},{&l_63,(void*)0,(void*)0},{&l_63,&l_63,(void*)0},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63}},{{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,(void*)0},{&l_63,&l_63,&l_63},{&l_63,(void*)0,(void*)0},{&l_63,&l_63,&l_63}},{{&l_63,(void*)0,&l_63},{&l_63,&l_63,(void*)0},{&l_63,&l_63,&l_63},{(void*)0,(void*)0,&l_63},{&l_63,&l_63,&l_63},{&l_63,(void*)0,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,(void*)0},{&l_63,(void*)0,&l_63}},{{&l_63,&l_63,&l_63},{&l_63,&l_63,(void*)0},{&l_63,&l_63,&l_63},{(void*)0,(void*)0,(void*)0},{&l_63,&l_63,(void*)0},{&l_63,&l_63,&l_63},{&l_63,(void*)0,(void*)0},{&l_63,&l_63,&l_63},{&l_63,(void*)0,&l_63}},{{&l_63,&l_63,(void*)0},{&l_63,&l_63,&l_63},{(void*)0,(void*)0,&l_63},{&l_63,&l_63,&l_63},{&l_63,(void*)0,&l_63},{&l_63,&l_63,&l_63},{&l_63,&l_63,(void*)0},{&l_63,(void*)0,&l_63},{&l_63,&l_63,&l_63}}};
                        int i, j, k;
                        g_97 = (void*)0;
                        g_100[7][2][2]--;
                        return l_103;
                    }
                }
            }
            for (p_61.f8 = 0; (p_61.f8 <= 3); p_61.f8 += 1)
            { /* block id: 38 */
                int32_t *l_104[9][7][4] = {{{&l_70[2][0][0],&g_98,(void*)0,&g_3},{(void*)0,&l_70[0][6][2],&l_70[2][0][0],&g_3},{&g_3,&g_3,(void*)0,(void*)0},{&g_98,&l_70[0][7][3],&l_70[0][7][3],&l_70[5][1][3]},{&g_3,&l_70[0][7][3],(void*)0,&g_3},{&l_70[5][6][0],&l_70[0][7][3],&g_3,&l_70[1][6][3]},{(void*)0,&g_98,(void*)0,&l_70[0][7][3]}},{{&g_98,&g_98,&l_70[0][6][2],&g_3},{&l_70[3][8][2],&g_3,&l_70[0][7][3],&l_70[0][7][3]},{(void*)0,(void*)0,&l_70[5][1][3],(void*)0},{&g_3,&g_98,&g_3,&l_70[3][0][1]},{(void*)0,&l_70[1][4][0],(void*)0,&g_3},{(void*)0,&l_70[1][4][0],(void*)0,&l_70[3][0][1]},{&l_70[1][4][0],&g_98,&g_3,(void*)0}},{{&g_98,(void*)0,&l_70[0][7][3],&l_70[0][7][3]},{&g_3,&g_3,(void*)0,&g_3},{(void*)0,&g_98,&g_98,&l_70[0][7][3]},{&g_3,&g_98,&l_70[0][7][3],&l_70[1][6][3]},{&l_70[4][5][0],&l_70[0][7][3],(void*)0,&g_3},{(void*)0,&l_70[0][7][3],&g_3,&l_70[5][1][3]},{(void*)0,&l_70[0][7][3],&g_98,(void*)0}},{{(void*)0,&g_3,&g_3,&g_3},{&l_70[0][2][3],&l_70[0][6][2],&g_3,&g_3},{&l_70[0][7][3],&g_98,&l_70[2][7][2],&l_70[0][7][3]},{&l_70[0][3][2],&g_98,&l_70[3][8][2],&g_3},{&l_70[0][7][3],&g_98,&l_70[0][7][3],(void*)0},{&l_70[0][7][3],&g_98,&g_3,&g_98},{&l_70[2][5][3],&l_70[0][7][3],(void*)0,&g_3}},{{(void*)0,&g_3,(void*)0,(void*)0},{&l_70[3][8][2],&g_98,&g_98,(void*)0},{&l_70[4][3][2],&g_3,&l_70[0][7][3],&l_70[3][5][3]},{&g_3,&l_70[0][8][2],&l_70[0][7][3],(void*)0},{&l_70[0][7][3],&l_70[2][0][0],&l_70[0][7][3],&g_3},{(void*)0,&l_70[0][7][3],(void*)0,&l_70[2][5][2]},{(void*)0,(void*)0,(void*)0,&l_70[5][1][3]}},{{&g_98,&l_70[5][8][2],&l_70[0][7][3],&l_70[0][7][3]},{&g_3,&l_70[5][3][3],&l_70[0][7][3],&l_70[0][7][3]},{&l_70[3][5][3],&g_98,&l_70[4][3][2],&g_98},{(void*)0,&g_98,&g_3,(void*)0},{&l_70[3][0][1],&g_3,&l_70[3][0][1],&l_70[0][6][2]},{&g_3,(void*)0,&g_98,&g_98},{&g_3,&l_70[0][7][3],&g_98,(void*)0}},{{&g_3,&g_3,&g_98,(void*)0},{&g_3,&l_70[0][2][3],&g_98,&g_98},{&g_3,&g_98,&l_70[3][0][1],&l_70[2][5][2]},{&l_70[3][0][1],&l_70[2][5][2],&g_3,&g_3},{(void*)0,(void*)0,&l_70[4][3][2],&g_3},{&l_70[3][5][3],&l_70[1][6][3],&l_70[0][7][3],&l_70[0][7][3]},{&g_3,&g_98,&l_70[0][7][3],&g_3}},{{&g_98,&g_3,(void*)0,&l_70[5][6][0]},{(void*)0,&g_3,(void*)0,&l_70[1][4][0]},{(void*)0,(void*)0,&l_70[0][7][3],(void*)0},{&l_70[0][7][3],&g_98,&l_70[0][7][3],&l_70[0][7][3]},{&g_3,&l_70[0][7][3],&l_70[0][7][3],&g_98},{&l_70[4][3][2],&g_3,&g_98,&g_98},{&l_70[3][8][2],&g_3,(void*)0,&l_70[2][5][2]}},{{(void*)0,&g_98,(void*)0,&g_98},{&l_70[2][5][3],(void*)0,&g_3,&g_98},{&l_70[0][7][3],&g_98,&l_70[0][7][3],&g_98},{&l_70[0][7][3],&l_70[5][1][3],(void*)0,&g_3},{&g_98,&l_70[0][7][3],&l_70[3][2][3],&g_3},{&l_70[0][7][3],&g_3,(void*)0,&g_98},{&g_3,&g_98,&l_70[5][5][0],(void*)0}}};
                int i, j, k;
                g_111++;
            }
            l_107 = (safe_div_func_int32_t_s_s(1L, 0x427BCE40L));
        }
        else
        { /* block id: 42 */
            int32_t **l_116[2][3][5] = {{{&g_97,&g_97,&g_97,&g_97,&g_97},{&g_97,&l_63,&g_97,&l_63,&g_97},{&g_97,&g_97,&g_97,&g_97,&g_97}},{{&g_97,&l_63,&g_97,&l_63,&g_97},{&g_97,&g_97,&g_97,&g_97,&g_97},{&g_97,&l_63,&g_97,&l_63,&g_97}}};
            int i, j, k;
            g_97 = &g_3;
            --g_118;
            return l_103;
        }
        for (p_59 = 0; (p_59 <= 3); p_59 += 1)
        { /* block id: 49 */
            int32_t *l_121 = &g_117;
            int32_t l_124[5];
            uint8_t *l_131 = &g_81[4][2][3];
            uint8_t **l_130 = &l_131;
            uint8_t ***l_129[10] = {(void*)0,&l_130,&l_130,&l_130,(void*)0,(void*)0,&l_130,&l_130,&l_130,&l_130};
            int32_t *l_132 = &l_124[4];
            int32_t *l_133 = (void*)0;
            int32_t *l_134 = &l_70[0][7][3];
            int32_t *l_135[9] = {&g_117,&g_117,&g_117,&g_117,&g_117,&g_117,&g_117,&g_117,&g_117};
            int8_t l_136 = 8L;
            int32_t **l_140 = &l_134;
            int i;
            for (i = 0; i < 5; i++)
                l_124[i] = 1L;
            for (g_7 = 0; (g_7 <= 3); g_7 += 1)
            { /* block id: 52 */
                int32_t *l_122 = &g_117;
                int32_t *l_123[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_123[i] = &l_105[3];
                l_121 = (void*)0;
                --l_125;
                l_129[0] = g_128;
            }
            g_137++;
            (*l_140) = &l_70[0][7][3];
        }
    }
    (*l_63) = ((*g_97) = (safe_mul_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u(((*l_63) < (((((void*)0 != &l_105[3]) < (*l_63)) <= ((safe_lshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((((safe_unary_minus_func_int16_t_s((g_89[5] = ((~p_61.f6) > (p_61.f5 = (g_117 & ((safe_unary_minus_func_uint32_t_u((*l_63))) , ((safe_sub_func_int16_t_s_s(0xCA28L, ((((((*l_63) && g_8) ^ 0x8974C40AL) ^ p_61.f7) && l_154) != g_117))) || p_61.f0)))))))) == g_98) >= p_61.f0), p_58)), 4)) >= g_9)) >= (*l_63))), (*l_63))) ^ p_61.f1), (*l_63))));
    return g_157;
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
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_81[i][j][k], "g_81[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_89[i], "g_89[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_98, "g_98", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_100[i][j][k], "g_100[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_117, "g_117", print_hash_value);
    transparent_crc(g_118, "g_118", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_157.f0, "g_157.f0", print_hash_value);
    transparent_crc(g_157.f1, "g_157.f1", print_hash_value);
    transparent_crc(g_157.f2, "g_157.f2", print_hash_value);
    transparent_crc(g_157.f3, "g_157.f3", print_hash_value);
    transparent_crc(g_157.f4, "g_157.f4", print_hash_value);
    transparent_crc(g_157.f5, "g_157.f5", print_hash_value);
    transparent_crc(g_157.f6, "g_157.f6", print_hash_value);
    transparent_crc(g_157.f7, "g_157.f7", print_hash_value);
    transparent_crc(g_157.f8, "g_157.f8", print_hash_value);
    transparent_crc(g_157.f9, "g_157.f9", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_284[i][j][k], "g_284[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_324, "g_324", print_hash_value);
    transparent_crc(g_352, "g_352", print_hash_value);
    transparent_crc(g_353, "g_353", print_hash_value);
    transparent_crc(g_359, "g_359", print_hash_value);
    transparent_crc(g_395.f0, "g_395.f0", print_hash_value);
    transparent_crc(g_395.f1, "g_395.f1", print_hash_value);
    transparent_crc(g_395.f2, "g_395.f2", print_hash_value);
    transparent_crc(g_395.f3, "g_395.f3", print_hash_value);
    transparent_crc(g_395.f4, "g_395.f4", print_hash_value);
    transparent_crc(g_395.f5, "g_395.f5", print_hash_value);
    transparent_crc(g_395.f6, "g_395.f6", print_hash_value);
    transparent_crc(g_395.f7, "g_395.f7", print_hash_value);
    transparent_crc(g_395.f8, "g_395.f8", print_hash_value);
    transparent_crc(g_395.f9, "g_395.f9", print_hash_value);
    transparent_crc(g_399, "g_399", print_hash_value);
    transparent_crc(g_435.f0, "g_435.f0", print_hash_value);
    transparent_crc(g_492, "g_492", print_hash_value);
    transparent_crc(g_539, "g_539", print_hash_value);
    transparent_crc(g_545, "g_545", print_hash_value);
    transparent_crc(g_566.f0, "g_566.f0", print_hash_value);
    transparent_crc(g_566.f1, "g_566.f1", print_hash_value);
    transparent_crc(g_566.f2, "g_566.f2", print_hash_value);
    transparent_crc(g_566.f3, "g_566.f3", print_hash_value);
    transparent_crc(g_566.f4, "g_566.f4", print_hash_value);
    transparent_crc(g_566.f5, "g_566.f5", print_hash_value);
    transparent_crc(g_566.f6, "g_566.f6", print_hash_value);
    transparent_crc(g_566.f7, "g_566.f7", print_hash_value);
    transparent_crc(g_566.f8, "g_566.f8", print_hash_value);
    transparent_crc(g_566.f9, "g_566.f9", print_hash_value);
    transparent_crc(g_580, "g_580", print_hash_value);
    transparent_crc(g_612.f0, "g_612.f0", print_hash_value);
    transparent_crc(g_782, "g_782", print_hash_value);
    transparent_crc(g_815, "g_815", print_hash_value);
    transparent_crc(g_954, "g_954", print_hash_value);
    transparent_crc(g_962, "g_962", print_hash_value);
    transparent_crc(g_965, "g_965", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 209
   depth: 1, occurrence: 8
XXX total union variables: 5

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 10
breakdown:
   indirect level: 0, occurrence: 8
   indirect level: 1, occurrence: 0
   indirect level: 2, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 5
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 23
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 18

XXX max expression depth: 44
breakdown:
   depth: 1, occurrence: 162
   depth: 2, occurrence: 40
   depth: 3, occurrence: 5
   depth: 4, occurrence: 3
   depth: 5, occurrence: 1
   depth: 6, occurrence: 2
   depth: 7, occurrence: 2
   depth: 8, occurrence: 2
   depth: 13, occurrence: 1
   depth: 15, occurrence: 2
   depth: 17, occurrence: 5
   depth: 18, occurrence: 1
   depth: 19, occurrence: 2
   depth: 20, occurrence: 1
   depth: 24, occurrence: 1
   depth: 25, occurrence: 2
   depth: 27, occurrence: 2
   depth: 28, occurrence: 1
   depth: 31, occurrence: 2
   depth: 34, occurrence: 1
   depth: 37, occurrence: 1
   depth: 38, occurrence: 1
   depth: 41, occurrence: 1
   depth: 44, occurrence: 1

XXX total number of pointers: 248

XXX times a variable address is taken: 729
XXX times a pointer is dereferenced on RHS: 101
breakdown:
   depth: 1, occurrence: 82
   depth: 2, occurrence: 12
   depth: 3, occurrence: 7
XXX times a pointer is dereferenced on LHS: 119
breakdown:
   depth: 1, occurrence: 116
   depth: 2, occurrence: 3
XXX times a pointer is compared with null: 17
XXX times a pointer is compared with address of another variable: 4
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 1484

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 551
   level: 2, occurrence: 34
   level: 3, occurrence: 12
XXX number of pointers point to pointers: 93
XXX number of pointers point to scalars: 148
XXX number of pointers point to structs: 3
XXX percent of pointers has null in alias set: 31.5
XXX average alias set size: 1.42

XXX times a non-volatile is read: 809
XXX times a non-volatile is write: 365
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 162
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 19
   depth: 1, occurrence: 17
   depth: 2, occurrence: 28
   depth: 3, occurrence: 21
   depth: 4, occurrence: 34
   depth: 5, occurrence: 43

XXX percentage a fresh-made variable is used: 21.7
XXX percentage an existing variable is used: 78.3
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

