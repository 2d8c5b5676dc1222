/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 9 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      9
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   const int32_t  f0;
   int8_t  f1;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_2[4][8][8] = {{{0x89AA5088L,0xC9A57B5BL,0xC7128ABFL,(-8L),0x1651328FL,0xDACD7D39L,0x2D6273D5L,2L},{0xC9A57B5BL,9L,1L,(-4L),0L,0x43E2F7C6L,1L,8L},{0x29A275FFL,0x2D6273D5L,0xDDD9CD44L,0xD53BC6E5L,(-1L),1L,0x386CCE57L,0x1521FAFBL},{0x6A81D68CL,(-1L),7L,0L,0x7A95534FL,0x445ACEE6L,(-4L),(-1L)},{0x45B6D4F5L,0L,0x1521FAFBL,0xEED050B7L,0x56915A13L,0x2D3F5047L,0x1D1B9849L,0x1D1B9849L},{(-8L),7L,7L,7L,7L,(-8L),0xFEF40729L,1L},{7L,0x45B6D4F5L,9L,(-1L),7L,1L,0xBCD76CE4L,0xB187B35FL},{0xF7673ED1L,0x780EEC29L,(-1L),(-1L),(-1L),0x276B87D0L,0x3CF81320L,1L}},{{1L,(-1L),0xD53BC6E5L,0xDDD9CD44L,0x2D6273D5L,0x29A275FFL,0L,1L},{1L,(-5L),0x1651328FL,7L,7L,1L,0x29A275FFL,0L},{0x9B7D6B59L,0xDACD7D39L,0x386CCE57L,0x6A81D68CL,9L,0xCC9D6C84L,0x780EEC29L,(-1L)},{0xEED050B7L,(-1L),0x3C9534CEL,1L,0x5FAFE44FL,0xEC767DBFL,0xA5166941L,0xDACD7D39L},{8L,0x445ACEE6L,0L,0xAFE2499EL,0x98BBEB92L,0x45B6D4F5L,0L,(-4L)},{0L,0x1D1B9849L,(-1L),8L,(-1L),1L,(-3L),7L},{0x1D1B9849L,7L,0L,5L,0x3C9534CEL,0x445ACEE6L,(-1L),0xC9A57B5BL},{0xA5166941L,0x5FAFE44FL,0xD53BC6E5L,0x43E2F7C6L,0x6A81D68CL,(-1L),0xC74AA0D7L,1L}},{{4L,0L,9L,0x9C4DDB84L,2L,0x9C4DDB84L,9L,0L},{0x5FAFE44FL,0xC509CA4FL,0L,9L,0x1651328FL,0xD89D6848L,1L,1L},{1L,0xEC767DBFL,(-4L),0x276B87D0L,0x5FAFE44FL,8L,1L,0x786C7A88L},{(-4L),0x276B87D0L,0L,0xD89D6848L,7L,0x1D1B9849L,9L,(-1L)},{7L,0x1D1B9849L,9L,(-1L),0x445ACEE6L,0xDDD9CD44L,0xC74AA0D7L,(-1L)},{5L,1L,0xD53BC6E5L,0x45B6D4F5L,(-4L),0L,(-1L),5L},{1L,(-5L),0L,0xBCD76CE4L,9L,0x56915A13L,(-3L),0xC509CA4FL},{0x9B7D6B59L,0x3C9534CEL,(-1L),0x9C4DDB84L,0x2E633725L,1L,0L,(-1L)}},{{0x3CF81320L,7L,0L,0x1521FAFBL,0x29A275FFL,(-3L),0xA5166941L,0x3C9534CEL},{1L,8L,0x3C9534CEL,0x718BC698L,0xEA53061EL,0x45B6D4F5L,0x780EEC29L,0xEED050B7L},{0xEC767DBFL,(-4L),0x386CCE57L,0L,(-1L),0x1D1B9849L,0x29A275FFL,(-4L)},{(-4L),0x45B6D4F5L,0x1651328FL,5L,0x9C4DDB84L,0L,0L,0x9C4DDB84L},{1L,0xD53BC6E5L,0xD53BC6E5L,1L,0x3C9534CEL,0xB187B35FL,0x3CF81320L,8L},{0x780EEC29L,0L,(-1L),0L,(-1L),4L,0x2D6273D5L,0x98BBEB92L},{(-8L),0x5DC1B6EAL,0x3C9534CEL,0xDDD9CD44L,1L,0xCC9D6C84L,(-5L),0L},{0x946CB4F5L,1L,0x29A275FFL,0x5FAFE44FL,0L,0x6A81D68CL,0xB187B35FL,0xB243E5ECL}}};
static int32_t g_6 = 0L;
static int32_t g_45 = 0L;
static int32_t g_70 = (-6L);
static int8_t g_82[8][7] = {{0xC8L,0xC8L,1L,0xC8L,0xC8L,1L,0xC8L},{0xC8L,0xBFL,0xBFL,0xC8L,0xBFL,0xBFL,0xC8L},{0xBFL,0xC8L,0xBFL,0xBFL,0xC8L,0xBFL,0xBFL},{0xC8L,0xC8L,1L,0xC8L,0xC8L,1L,0xC8L},{0xC8L,0xBFL,0xBFL,0xC8L,0xBFL,0xBFL,0xC8L},{0xBFL,0xC8L,0xBFL,0xBFL,0xC8L,0xBFL,0xBFL},{0xC8L,0xC8L,1L,0xC8L,0xC8L,1L,0xC8L},{0xC8L,0xBFL,0xBFL,0xC8L,0xBFL,0xBFL,0xC8L}};
static uint64_t g_101 = 0x3B0C632DA6A2825BLL;
static uint32_t g_151 = 0x54180338L;
static int32_t *g_156 = &g_6;
static int32_t ** const g_155[4][6][3] = {{{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,(void*)0,&g_156}},{{&g_156,&g_156,(void*)0},{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156}},{{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,(void*)0,&g_156},{&g_156,&g_156,(void*)0},{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156}},{{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,&g_156,&g_156},{&g_156,(void*)0,&g_156}}};
static int32_t **g_157 = &g_156;
static uint64_t g_181 = 0x83231570AA57C4A0LL;
static int16_t g_223 = 0x602DL;
static int16_t g_225 = 0xCEA3L;
static int64_t g_233[4] = {0x6DEBD74A8A97399BLL,0x6DEBD74A8A97399BLL,0x6DEBD74A8A97399BLL,0x6DEBD74A8A97399BLL};
static uint8_t g_254 = 246UL;
static union U0 g_259[3][2][10] = {{{{0L},{0L},{0x4B36ECFFL},{6L},{0xE0531CCCL},{0x4B36ECFFL},{0xE0531CCCL},{6L},{0x4B36ECFFL},{0L}},{{0xE0531CCCL},{0x9B0881C6L},{0L},{0xE0531CCCL},{0x83CDD95EL},{0x83CDD95EL},{0xE0531CCCL},{0L},{0x9B0881C6L},{0xE0531CCCL}}},{{{0L},{0L},{0x9B0881C6L},{0x83CDD95EL},{0L},{0x83CDD95EL},{0x9B0881C6L},{0L},{0L},{0L}},{{0xE0531CCCL},{6L},{0x4B36ECFFL},{0L},{0L},{0x4B36ECFFL},{6L},{0xE0531CCCL},{0x4B36ECFFL},{0x83CDD95EL}}},{{{0L},{0x4B36ECFFL},{1L},{0L},{1L},{0x4B36ECFFL},{0L},{-7L},{-7L},{0L}},{{-7L},{0x83CDD95EL},{1L},{1L},{0x83CDD95EL},{-7L},{0x4B36ECFFL},{0x83CDD95EL},{0x4B36ECFFL},{-7L}}}};
static uint8_t g_262 = 0xA7L;
static uint64_t *g_286 = (void*)0;
static uint64_t **g_285 = &g_286;
static uint16_t g_320 = 0xBE03L;
static uint16_t g_323 = 0UL;
static int8_t g_359 = 0xA7L;
static const int32_t *g_415 = &g_259[1][0][7].f0;
static const int32_t **g_414 = &g_415;
static const int32_t ** const *g_413 = &g_414;
static uint64_t g_529 = 18446744073709551615UL;
static int32_t * const *g_533 = (void*)0;
static int32_t * const **g_532 = &g_533;
static int32_t *g_584 = &g_45;
static int32_t **g_583 = &g_584;
static int32_t ***g_582 = &g_583;
static int32_t ****g_581[7][8][4] = {{{&g_582,(void*)0,(void*)0,&g_582},{(void*)0,&g_582,&g_582,&g_582},{(void*)0,&g_582,(void*)0,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,(void*)0,&g_582,&g_582},{&g_582,(void*)0,(void*)0,&g_582}},{{(void*)0,&g_582,&g_582,&g_582},{(void*)0,&g_582,(void*)0,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,(void*)0,&g_582,&g_582},{&g_582,(void*)0,(void*)0,&g_582},{(void*)0,&g_582,&g_582,&g_582}},{{(void*)0,&g_582,(void*)0,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,(void*)0,&g_582,&g_582},{&g_582,(void*)0,(void*)0,&g_582},{(void*)0,&g_582,&g_582,&g_582},{(void*)0,&g_582,(void*)0,&g_582}},{{&g_582,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,(void*)0,&g_582,&g_582},{&g_582,(void*)0,(void*)0,&g_582},{(void*)0,&g_582,&g_582,&g_582},{(void*)0,&g_582,(void*)0,&g_582},{&g_582,&g_582,&g_582,&g_582}},{{&g_582,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,(void*)0,&g_582,&g_582},{&g_582,(void*)0,(void*)0,&g_582},{(void*)0,&g_582,&g_582,&g_582},{(void*)0,&g_582,(void*)0,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582}},{{&g_582,&g_582,&g_582,&g_582},{&g_582,(void*)0,&g_582,&g_582},{&g_582,(void*)0,&g_582,(void*)0},{&g_582,(void*)0,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{(void*)0,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,(void*)0,&g_582,(void*)0}},{{&g_582,&g_582,&g_582,&g_582},{(void*)0,&g_582,&g_582,(void*)0},{&g_582,(void*)0,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{(void*)0,&g_582,&g_582,&g_582},{&g_582,&g_582,&g_582,&g_582},{&g_582,(void*)0,&g_582,(void*)0},{&g_582,&g_582,&g_582,&g_582}}};
static uint64_t g_586 = 1UL;
static const uint32_t g_617 = 4294967287UL;
static uint32_t g_638[4] = {3UL,3UL,3UL,3UL};
static int32_t g_865 = 8L;
static int8_t *g_908[10][9] = {{&g_82[6][0],&g_359,&g_359,&g_82[6][0],&g_359,&g_82[2][0],&g_82[2][0],&g_82[0][5],&g_259[1][0][7].f1},{(void*)0,&g_82[2][0],(void*)0,&g_82[2][0],(void*)0,&g_82[2][0],(void*)0,&g_82[2][0],(void*)0},{&g_259[1][0][7].f1,&g_259[1][0][7].f1,&g_82[2][0],&g_359,&g_359,&g_82[0][5],&g_82[6][5],&g_82[2][0],&g_82[6][0]},{(void*)0,(void*)0,&g_259[1][0][7].f1,&g_82[2][0],(void*)0,&g_82[2][0],&g_259[1][0][7].f1,(void*)0,(void*)0},{&g_359,&g_82[6][5],&g_82[2][0],&g_82[6][0],&g_259[1][0][7].f1,&g_82[2][0],&g_359,&g_82[0][5],&g_82[0][5]},{(void*)0,(void*)0,(void*)0,&g_259[1][0][7].f1,(void*)0,(void*)0,(void*)0,&g_259[1][0][7].f1,(void*)0},{&g_359,&g_259[1][0][7].f1,&g_359,&g_82[6][5],&g_82[6][0],&g_82[0][5],&g_82[2][0],&g_82[2][0],&g_82[0][5]},{(void*)0,&g_82[2][0],&g_259[1][0][7].f1,&g_82[2][0],(void*)0,&g_259[1][0][7].f1,&g_259[1][0][7].f1,&g_259[1][0][7].f1,(void*)0},{&g_259[1][0][7].f1,&g_359,&g_82[6][5],&g_82[6][0],&g_82[0][5],&g_82[2][0],&g_82[2][0],&g_82[0][5],&g_82[6][0]},{(void*)0,&g_259[1][0][7].f1,(void*)0,(void*)0,(void*)0,&g_259[1][0][7].f1,(void*)0,(void*)0,(void*)0}};
static int8_t **g_907 = &g_908[0][6];
static uint64_t ***g_939 = &g_285;
static uint64_t ****g_938[6] = {&g_939,&g_939,(void*)0,&g_939,&g_939,(void*)0};
static int32_t *g_983 = &g_2[1][2][0];
static uint32_t *g_1066[6][3] = {{(void*)0,&g_638[2],&g_638[2]},{&g_638[2],&g_638[3],&g_638[0]},{(void*)0,&g_638[3],(void*)0},{&g_638[3],&g_638[2],&g_638[0]},{&g_638[3],&g_638[3],&g_638[2]},{(void*)0,&g_638[2],&g_638[2]}};
static uint32_t ** const g_1065 = &g_1066[2][2];
static const int32_t g_1182 = 0x8C4A1D55L;
static const int32_t g_1184 = (-10L);
static union U0 g_1358[6] = {{0xB3110624L},{0xB3110624L},{0xB3110624L},{0xB3110624L},{0xB3110624L},{0xB3110624L}};
static union U0 *g_1364 = (void*)0;
static union U0 * const *g_1363 = &g_1364;
static union U0 * const **g_1362 = &g_1363;
static int16_t g_1416 = (-1L);
static uint32_t g_1426 = 3UL;
static int8_t g_1548 = 0x79L;
static int32_t g_1695 = (-1L);
static uint8_t g_1704 = 0x53L;
static int8_t ****g_1758 = (void*)0;
static int8_t *****g_1757[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static uint64_t g_1893 = 18446744073709551607UL;
static const uint64_t ***g_1930 = (void*)0;
static uint8_t *g_1987 = &g_254;
static uint8_t **g_1986[1][9] = {{&g_1987,&g_1987,&g_1987,&g_1987,&g_1987,&g_1987,&g_1987,&g_1987,&g_1987}};
static uint8_t g_2090 = 255UL;
static uint32_t g_2110 = 18446744073709551608UL;
static int32_t *g_2155 = &g_6;
static int16_t g_2173 = 0L;
static uint32_t g_2267[3][5][4] = {{{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL}},{{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL}},{{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL},{4294967291UL,4294967291UL,0x9823142AL,0x9823142AL}}};


/* --- FORWARD DECLARATIONS --- */
static int8_t  func_1(void);
static int32_t * func_12(int8_t  p_13, const int32_t * p_14);
static uint8_t  func_30(int32_t * p_31, int32_t * p_32, int32_t * p_33, const int16_t  p_34, const int32_t  p_35);
static int32_t  func_36(uint16_t  p_37, uint16_t  p_38);
static int32_t * func_46(uint64_t  p_47, uint8_t  p_48);
static uint8_t  func_49(int32_t * p_50, int8_t  p_51, int32_t * p_52, int32_t * p_53, union U0  p_54);
static int32_t * func_55(union U0  p_56, int32_t * p_57, const int32_t  p_58, int32_t * p_59);
static int32_t * func_61(int32_t * p_62);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_6 g_157 g_156
 * writes: g_2 g_156
 */
static int8_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_9 = 7UL;
    const int32_t *l_17 = &g_2[1][2][0];
    uint32_t l_2275 = 0x68EFB8CCL;
    for (g_2[1][2][0] = 0; (g_2[1][2][0] <= 0); ++g_2[1][2][0])
    { /* block id: 3 */
        int32_t *l_5 = &g_6;
        int32_t *l_7 = (void*)0;
        int32_t *l_8[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int i;
        l_9++;
    }
    l_17 = ((*g_157) = func_12((safe_mod_func_uint8_t_u_u(0x57L, g_6)), l_17));
    return l_2275;
}


/* ------------------------------------------ */
/* 
 * reads : g_157 g_156
 * writes:
 */
static int32_t * func_12(int8_t  p_13, const int32_t * p_14)
{ /* block id: 6 */
    int32_t *l_18 = &g_6;
    int8_t l_19 = (-1L);
    int32_t *l_20 = &g_6;
    int32_t *l_21[3][5][4] = {{{&g_2[3][0][1],&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1]},{&g_2[3][3][7],&g_2[3][3][7],&g_2[1][2][0],&g_2[3][3][7]},{&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1],&g_2[3][3][7]},{&g_2[3][0][1],&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1]},{&g_2[3][3][7],&g_2[3][3][7],&g_2[1][2][0],&g_2[3][3][7]}},{{&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1],&g_2[3][3][7]},{&g_2[3][0][1],&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1]},{&g_2[3][3][7],&g_2[3][3][7],&g_2[1][2][0],&g_2[3][3][7]},{&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1],&g_2[3][3][7]},{&g_2[3][0][1],&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1]}},{{&g_2[3][3][7],&g_2[3][3][7],&g_2[1][2][0],&g_2[3][3][7]},{&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1],&g_2[3][3][7]},{&g_2[3][0][1],&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1]},{&g_2[3][3][7],&g_2[3][3][7],&g_2[1][2][0],&g_2[3][3][7]},{&g_2[3][3][7],&g_2[3][0][1],&g_2[3][0][1],&g_2[3][3][7]}}};
    int16_t l_22 = (-4L);
    uint8_t l_23 = 1UL;
    uint16_t l_2002 = 0x5FAAL;
    int8_t *l_2003[2];
    uint8_t l_2004[7][6][6] = {{{0UL,1UL,0UL,0xC1L,0xC0L,0x99L},{248UL,0xCBL,0x20L,0UL,1UL,0x20L},{0UL,0x2DL,3UL,0UL,0xCBL,0xC1L},{248UL,0x06L,0x99L,0xC1L,255UL,3UL},{0UL,1UL,0x99L,0x43L,0x2DL,0xC1L},{0x20L,255UL,3UL,3UL,255UL,0x20L}},{{3UL,255UL,0x20L,0x66L,0x2DL,0x99L},{0x99L,1UL,0UL,248UL,255UL,0x43L},{0x99L,0x06L,248UL,0x66L,0xCBL,0UL},{3UL,0x2DL,0UL,3UL,1UL,0UL},{0x20L,0x99L,0x50L,0x44L,0UL,0x44L},{253UL,0x66L,253UL,6UL,0UL,5UL}},{{0x50L,0x99L,3UL,253UL,0x43L,3UL},{0xAFL,0xC1L,0xF6L,253UL,0x99L,6UL},{0x50L,0UL,5UL,6UL,0x20L,0xF6L},{253UL,0UL,5UL,0x44L,0xC1L,6UL},{3UL,3UL,0xF6L,0xF6L,3UL,3UL},{0xF6L,3UL,3UL,0xEBL,0xC1L,5UL}},{{5UL,0UL,253UL,0x50L,0x20L,0x44L},{5UL,0UL,0x50L,0xEBL,0x99L,9UL},{0xF6L,0xC1L,0xAFL,0xF6L,0x43L,9UL},{3UL,0x99L,0x50L,0x44L,0UL,0x44L},{253UL,0x66L,253UL,6UL,0UL,5UL},{0x50L,0x99L,3UL,253UL,0x43L,3UL}},{{0xAFL,0xC1L,0xF6L,253UL,0x99L,6UL},{0x50L,0UL,5UL,6UL,0x20L,0xF6L},{253UL,0UL,5UL,0x44L,0xC1L,6UL},{3UL,3UL,0xF6L,0xF6L,3UL,3UL},{0xF6L,3UL,3UL,0xEBL,0xC1L,5UL},{5UL,0UL,253UL,0x50L,0x20L,0x44L}},{{5UL,0UL,0x50L,0xEBL,0x99L,9UL},{0xF6L,0xC1L,0xAFL,0xF6L,0x43L,9UL},{3UL,0x99L,0x50L,0x44L,0UL,0x44L},{253UL,0x66L,253UL,6UL,0UL,5UL},{0x50L,0x99L,3UL,253UL,0x43L,3UL},{0xAFL,0xC1L,0xF6L,253UL,0x99L,6UL}},{{0x50L,0UL,5UL,6UL,0x20L,0xF6L},{253UL,0UL,5UL,0x44L,0xC1L,6UL},{3UL,3UL,0xF6L,0xF6L,3UL,3UL},{0xF6L,3UL,3UL,0xEBL,0xC1L,5UL},{5UL,0UL,253UL,0x50L,0x20L,0x44L},{5UL,0UL,0x50L,0xEBL,0x99L,0UL}}};
    uint8_t **l_2010 = &g_1987;
    int32_t l_2020 = 8L;
    int32_t l_2074 = 1L;
    uint64_t ***l_2075[3][10][6] = {{{&g_285,(void*)0,&g_285,(void*)0,&g_285,(void*)0},{(void*)0,&g_285,(void*)0,(void*)0,(void*)0,&g_285},{&g_285,&g_285,&g_285,&g_285,&g_285,&g_285},{(void*)0,(void*)0,(void*)0,&g_285,(void*)0,(void*)0},{&g_285,(void*)0,&g_285,(void*)0,&g_285,(void*)0},{(void*)0,&g_285,(void*)0,(void*)0,(void*)0,&g_285},{&g_285,&g_285,&g_285,&g_285,&g_285,&g_285},{(void*)0,(void*)0,(void*)0,&g_285,(void*)0,(void*)0},{&g_285,(void*)0,&g_285,(void*)0,&g_285,(void*)0},{(void*)0,&g_285,(void*)0,(void*)0,(void*)0,&g_285}},{{&g_285,&g_285,&g_285,&g_285,&g_285,&g_285},{(void*)0,(void*)0,(void*)0,&g_285,(void*)0,(void*)0},{&g_285,(void*)0,&g_285,(void*)0,&g_285,(void*)0},{(void*)0,&g_285,(void*)0,(void*)0,(void*)0,&g_285},{&g_285,&g_285,&g_285,&g_285,&g_285,&g_285},{(void*)0,(void*)0,(void*)0,&g_285,(void*)0,(void*)0},{&g_285,(void*)0,&g_285,(void*)0,&g_285,(void*)0},{(void*)0,&g_285,(void*)0,(void*)0,(void*)0,&g_285},{&g_285,&g_285,&g_285,&g_285,&g_285,&g_285},{(void*)0,(void*)0,(void*)0,&g_285,(void*)0,(void*)0}},{{&g_285,(void*)0,&g_285,(void*)0,&g_285,(void*)0},{(void*)0,&g_285,(void*)0,(void*)0,(void*)0,&g_285},{&g_285,&g_285,&g_285,&g_285,&g_285,&g_285},{(void*)0,(void*)0,(void*)0,&g_285,(void*)0,(void*)0},{&g_285,(void*)0,&g_285,(void*)0,&g_285,(void*)0},{(void*)0,&g_285,(void*)0,(void*)0,(void*)0,&g_285},{&g_285,&g_285,&g_285,&g_285,&g_285,&g_285},{(void*)0,(void*)0,(void*)0,&g_285,(void*)0,(void*)0},{&g_285,(void*)0,&g_285,(void*)0,&g_285,(void*)0},{(void*)0,&g_285,(void*)0,(void*)0,(void*)0,&g_285}}};
    uint8_t l_2091 = 0x0DL;
    int32_t l_2112 = (-6L);
    const uint8_t l_2139[1][2][2] = {{{0x37L,0x37L},{0x37L,0x37L}}};
    union U0 *l_2143[9] = {&g_1358[2],&g_1358[2],&g_1358[2],&g_1358[2],&g_1358[2],&g_1358[2],&g_1358[2],&g_1358[2],&g_1358[2]};
    uint8_t l_2175 = 255UL;
    const int8_t ****l_2194 = (void*)0;
    const int8_t *****l_2193 = &l_2194;
    int8_t *****l_2263[1][2][7] = {{{&g_1758,&g_1758,&g_1758,&g_1758,&g_1758,&g_1758,&g_1758},{&g_1758,&g_1758,&g_1758,&g_1758,&g_1758,&g_1758,&g_1758}}};
    uint32_t l_2269 = 0x92F9381BL;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_2003[i] = &l_19;
    l_23--;
    return (*g_157);
}


/* ------------------------------------------ */
/* 
 * reads : g_45 g_2 g_70 g_6 g_285 g_286 g_233 g_259.f0 g_259.f1 g_359 g_101 g_223 g_82 g_157 g_156 g_254 g_323 g_151 g_225 g_259 g_262 g_532 g_181 g_586 g_533 g_583 g_584 g_638 g_529 g_617 g_907 g_908 g_938 g_413 g_414 g_865 g_983 g_582 g_1065 g_1066 g_320 g_939 g_1362 g_1416 g_1704 g_1426 g_1757 g_1184 g_1358.f0 g_1893 g_1548 g_1986
 * writes: g_45 g_70 g_6 g_101 g_286 g_225 g_233 g_2 g_254 g_151 g_156 g_323 g_82 g_359 g_529 g_532 g_181 g_581 g_586 g_638 g_320 g_865 g_223 g_938 g_583 g_584 g_908 g_262 g_1426 g_1704 g_1893 g_1930 g_259.f1 g_582
 */
static uint8_t  func_30(int32_t * p_31, int32_t * p_32, int32_t * p_33, const int16_t  p_34, const int32_t  p_35)
{ /* block id: 8 */
    uint32_t l_43 = 0x6EAEA544L;
    int32_t *l_44 = &g_45;
    union U0 l_60 = {0xCA1794A7L};
    int32_t l_69 = 1L;
    uint8_t *l_825 = (void*)0;
    uint8_t *l_826[8][5] = {{&g_262,&g_262,&g_262,&g_262,&g_262},{&g_254,(void*)0,&g_254,&g_254,&g_254},{&g_262,&g_262,&g_262,&g_262,&g_262},{&g_254,(void*)0,&g_254,&g_254,&g_254},{&g_262,&g_262,&g_262,&g_262,&g_262},{&g_254,(void*)0,&g_254,&g_254,&g_254},{&g_262,&g_262,&g_262,&g_262,&g_262},{&g_254,(void*)0,&g_254,&g_254,&g_254}};
    int32_t *l_1254 = &g_2[1][2][0];
    uint8_t l_1314 = 251UL;
    int32_t *** const *l_1324 = (void*)0;
    int32_t *** const **l_1323 = &l_1324;
    int32_t l_1450 = (-1L);
    int32_t l_1453 = (-1L);
    int32_t l_1454[2];
    uint32_t *l_1544 = &g_151;
    uint32_t **l_1543[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint64_t l_1546 = 1UL;
    uint16_t l_1651[5];
    uint8_t *l_1654 = &g_262;
    uint8_t l_1669 = 0x87L;
    const union U0 **l_1719 = (void*)0;
    const union U0 ***l_1718 = &l_1719;
    int32_t l_1738 = 1L;
    int32_t l_1767 = 0xB11DC7DBL;
    int16_t l_1772[9][10] = {{1L,0L,0xA2A5L,1L,0xE58FL,1L,(-3L),0L,0L,(-3L)},{0x836CL,0x5150L,5L,5L,0x5150L,0x836CL,0L,0x7D4DL,0x80F4L,0xA2A5L},{0L,2L,0L,1L,0x87A6L,0x5150L,1L,0x5580L,0L,1L},{0L,(-3L),1L,0x836CL,0xB9D1L,0x836CL,1L,(-3L),0L,0x80F4L},{0x836CL,1L,(-3L),0L,0x80F4L,1L,0L,5L,0L,0x5580L},{1L,0L,2L,0L,0L,(-1L),(-1L),0L,0L,2L},{5L,5L,0x5150L,0x836CL,0L,0x7D4DL,0x80F4L,0xA2A5L,0L,(-1L)},{1L,0xA2A5L,0L,1L,(-1L),0L,0x80F4L,0x836CL,0x80F4L,0L},{(-1L),5L,1L,5L,(-1L),0L,(-1L),0xE58FL,0L,0x5150L}};
    uint32_t l_1775[1];
    uint32_t **l_1823 = &g_1066[2][0];
    int32_t l_1888 = 0xB23A529CL;
    const uint64_t *l_1933 = (void*)0;
    const uint64_t **l_1932 = &l_1933;
    const uint64_t ***l_1931[1];
    uint32_t l_1966 = 0x1BDCBF41L;
    const int8_t *l_1996[7][4][3] = {{{&g_82[0][4],&g_82[2][0],(void*)0},{&l_60.f1,&l_60.f1,&g_259[1][0][7].f1},{&g_359,&g_359,&g_82[3][4]},{(void*)0,&g_1548,&g_1548}},{{&g_82[4][1],&g_82[3][4],&g_359},{&g_1548,(void*)0,&g_1548},{(void*)0,&g_259[1][0][7].f1,&g_82[3][4]},{&g_82[1][0],&g_1358[5].f1,&g_259[1][0][7].f1}},{{&g_82[3][4],&g_359,(void*)0},{&g_82[0][1],&g_82[2][0],&g_82[2][0]},{&g_82[3][4],(void*)0,&g_82[4][1]},{&g_82[1][0],&g_82[2][0],&l_60.f1}},{{&g_259[1][0][7].f1,&g_82[2][0],&g_259[1][0][7].f1},{&g_82[2][0],(void*)0,&g_82[1][0]},{&g_82[2][0],&g_82[2][0],&g_359},{&l_60.f1,&g_82[2][0],&g_259[1][0][7].f1}},{{(void*)0,&g_82[3][4],&g_359},{&g_259[1][0][7].f1,&g_82[0][1],&g_82[2][0]},{&g_359,(void*)0,&g_359},{&g_1358[5].f1,&g_1548,&g_259[1][0][7].f1}},{{&g_82[0][4],(void*)0,&g_359},{&g_82[0][1],&l_60.f1,&g_82[1][0]},{&g_82[4][1],&g_259[1][0][7].f1,&g_259[1][0][7].f1},{&g_82[0][1],&l_60.f1,&g_259[1][0][7].f1}},{{&g_82[0][4],&g_82[3][4],&g_82[2][0]},{&g_1358[5].f1,&g_259[1][0][7].f1,&g_82[0][1]},{&g_359,&g_359,&g_82[2][0]},{&g_259[1][0][7].f1,&g_259[1][0][7].f1,(void*)0}}};
    const int8_t **l_1995 = &l_1996[6][0][1];
    const int8_t ***l_1994[1][5][1];
    const int8_t ****l_1993 = &l_1994[0][2][0];
    uint32_t l_1997 = 0UL;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_1454[i] = 0xA0B4968CL;
    for (i = 0; i < 5; i++)
        l_1651[i] = 0x566BL;
    for (i = 0; i < 1; i++)
        l_1775[i] = 0UL;
    for (i = 0; i < 1; i++)
        l_1931[i] = &l_1932;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 1; k++)
                l_1994[i][j][k] = &l_1995;
        }
    }
    if (func_36((0x27CECC56L > ((safe_sub_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s(((((*l_44) |= l_43) , func_46(((((((l_69 = func_49((p_31 = func_55(l_60, func_61(((safe_mod_func_int64_t_s_s(((((safe_mod_func_int16_t_s_s((((((safe_mul_func_uint8_t_u_u(1UL, 1UL)) >= (g_2[0][3][2] , (-1L))) , p_32) != p_31) && 0xA886L), 0x3F40L)) || l_69) , g_70) == p_34), g_45)) , &g_45)), p_35, p_31)), l_60.f1, (*g_583), l_44, g_259[2][1][4])) ^ 0xDAL) | p_35) == p_35) , p_35) , 5UL), l_60.f0)) == p_32), 13)), p_34)) > p_34)), g_617))
    { /* block id: 610 */
        int32_t *l_1253 = &g_2[0][7][3];
        int32_t l_1315[3][10] = {{0x8D35FACDL,0xFF3A0A5CL,0xA46E061CL,0x3A119EC4L,0x4C2CD4C2L,1L,1L,0x4C2CD4C2L,0x3A119EC4L,0xA46E061CL},{1L,1L,0x4C2CD4C2L,0x3A119EC4L,0xA46E061CL,0xFF3A0A5CL,0x8D35FACDL,0L,0x8D35FACDL,0xFF3A0A5CL},{0x8A47C2DDL,0x4C2CD4C2L,(-1L),0x4C2CD4C2L,0x8A47C2DDL,0x17717D7EL,0x8D35FACDL,1L,(-1L),(-1L)}};
        int32_t l_1334[3][6] = {{0x31E28CFEL,0L,0x31E28CFEL,0x31E28CFEL,0L,0x31E28CFEL},{0x31E28CFEL,0L,0x31E28CFEL,0x31E28CFEL,0L,0x31E28CFEL},{0x31E28CFEL,0L,0x31E28CFEL,0x31E28CFEL,0L,0x31E28CFEL}};
        int64_t *l_1336 = (void*)0;
        union U0 *l_1354 = &l_60;
        union U0 *l_1357 = &g_1358[5];
        int i, j;
lbl_1281:
        l_1254 = l_1253;
        for (g_586 = 0; (g_586 <= 4); g_586 += 1)
        { /* block id: 614 */
            int8_t l_1255 = 0x77L;
            uint16_t l_1266[10][4] = {{0x2BCCL,0x942BL,0x942BL,0x2BCCL},{0UL,0x942BL,0xDA81L,0x2BCCL},{0x2BCCL,0x942BL,0x942BL,0x2BCCL},{0UL,0x942BL,0xDA81L,0x2BCCL},{0x2BCCL,0x942BL,0x942BL,0x2BCCL},{0UL,0x942BL,0xDA81L,0x2BCCL},{0x2BCCL,0x942BL,0x942BL,0x2BCCL},{0UL,0x942BL,0xDA81L,0x2BCCL},{0x2BCCL,0x942BL,0x942BL,0x2BCCL},{0UL,0x942BL,0xDA81L,0x2BCCL}};
            int32_t *****l_1277[10] = {&g_581[1][7][3],&g_581[1][7][3],&g_581[1][7][3],&g_581[2][3][2],&g_581[2][3][2],&g_581[1][7][3],&g_581[1][7][3],&g_581[1][7][3],&g_581[2][3][2],&g_581[2][3][2]};
            int32_t l_1346 = 0x4B42D29DL;
            uint32_t *l_1347 = &g_638[1];
            uint32_t **l_1352 = (void*)0;
            uint32_t *l_1353 = &l_43;
            union U0 *l_1356 = &g_259[1][1][2];
            union U0 **l_1355[4][9][5] = {{{(void*)0,&l_1356,&l_1356,(void*)0,(void*)0},{&l_1354,(void*)0,&l_1354,&l_1354,(void*)0},{(void*)0,(void*)0,&l_1354,&l_1354,(void*)0},{&l_1356,&l_1356,(void*)0,(void*)0,&l_1354},{(void*)0,&l_1354,&l_1356,&l_1356,(void*)0},{&l_1354,(void*)0,&l_1354,&l_1356,&l_1356},{(void*)0,&l_1356,(void*)0,&l_1356,&l_1356},{&l_1356,&l_1356,&l_1354,&l_1356,&l_1354},{(void*)0,&l_1356,&l_1356,(void*)0,&l_1356}},{{&l_1354,&l_1354,&l_1354,&l_1354,&l_1354},{(void*)0,&l_1354,&l_1356,&l_1356,(void*)0},{&l_1354,(void*)0,&l_1354,&l_1356,(void*)0},{&l_1354,&l_1356,&l_1354,&l_1356,&l_1354},{&l_1356,&l_1354,(void*)0,&l_1354,&l_1354},{&l_1354,(void*)0,&l_1354,&l_1356,&l_1356},{(void*)0,&l_1354,&l_1354,&l_1356,&l_1354},{&l_1356,&l_1356,(void*)0,(void*)0,(void*)0},{&l_1356,(void*)0,&l_1354,&l_1354,(void*)0}},{{(void*)0,&l_1356,&l_1354,&l_1356,&l_1356},{&l_1356,(void*)0,&l_1356,&l_1354,&l_1356},{&l_1354,&l_1356,&l_1354,&l_1354,(void*)0},{(void*)0,&l_1354,&l_1356,&l_1356,&l_1356},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1354,&l_1354,&l_1354,&l_1356,&l_1356},{&l_1356,&l_1356,&l_1354,&l_1354,&l_1356},{(void*)0,(void*)0,&l_1356,&l_1354,&l_1356},{&l_1356,&l_1354,&l_1354,&l_1356,(void*)0}},{{&l_1356,&l_1354,&l_1354,(void*)0,&l_1356},{(void*)0,(void*)0,&l_1356,(void*)0,(void*)0},{&l_1354,(void*)0,&l_1354,&l_1356,&l_1356},{&l_1356,&l_1356,&l_1356,&l_1354,&l_1356},{&l_1354,&l_1356,&l_1356,&l_1354,(void*)0},{&l_1354,&l_1354,&l_1356,&l_1356,(void*)0},{(void*)0,&l_1356,&l_1354,(void*)0,&l_1354},{&l_1354,&l_1354,&l_1356,&l_1356,&l_1356},{&l_1354,&l_1354,&l_1354,&l_1354,&l_1354}}};
            uint16_t *l_1359 = &l_1266[6][1];
            int32_t *l_1365 = &l_1334[2][5];
            int i, j, k;
            if (l_1255)
            { /* block id: 615 */
                uint64_t ** const *** const l_1264 = (void*)0;
                int32_t l_1267 = 0x308EC035L;
                union U0 *l_1280 = &l_60;
                union U0 **l_1279 = &l_1280;
                for (l_43 = 0; (l_43 <= 4); l_43 += 1)
                { /* block id: 618 */
                    uint16_t *l_1265 = &g_320;
                    l_1266[3][3] |= (((*l_1265) &= (g_323 = (safe_mod_func_int32_t_s_s((safe_add_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u(((safe_rshift_func_int8_t_s_u((*l_1254), 1)) > (p_35 > 7UL)), p_34)), (&g_938[3] == l_1264))), (((*p_33) = (*p_33)) & (l_1253 != l_1254)))))) | 1L);
                    if ((*p_33))
                        break;
                    (*p_33) ^= (*g_983);
                }
                for (g_359 = 4; (g_359 >= 0); g_359 -= 1)
                { /* block id: 628 */
                    uint16_t l_1273 = 1UL;
                    for (g_181 = 0; (g_181 <= 6); g_181 += 1)
                    { /* block id: 631 */
                        uint32_t *l_1274 = &g_638[2];
                        int64_t *l_1278 = &g_233[0];
                        int i, j;
                        if (l_1255)
                            break;
                        (*l_1253) = ((l_1267 <= (((~(safe_mod_func_uint64_t_u_u(l_1266[3][3], (safe_div_func_uint8_t_u_u((g_262 = 7UL), (((*l_1278) = ((g_82[(g_586 + 3)][g_181] = ((((*l_1254) ^ (((((p_35 & ((&g_581[1][7][3] != ((((l_1273 | ((*p_32) < ((*l_1274)++))) || ((&g_582 != (void*)0) | p_34)) >= l_1273) , l_1277[3])) > (*l_1254))) && p_34) , g_2[1][6][4]) ^ l_1273) != 0x19C6A5F8D4BC987ELL)) >= (*l_1253)) , l_1267)) , 0xE428BB476F50DE48LL)) || 0L)))))) , p_35) <= p_34)) != 0xDA2572DFL);
                        if ((*g_983))
                            continue;
                    }
                }
                (*l_1279) = &l_60;
            }
            else
            { /* block id: 642 */
                int32_t l_1316 = (-1L);
                int32_t **l_1329 = &l_44;
                int64_t *l_1337 = &g_233[1];
                for (g_151 = 1; (g_151 <= 4); g_151 += 1)
                { /* block id: 645 */
                    uint32_t l_1313 = 0xFF051349L;
                    int32_t **l_1330 = (void*)0;
                    for (g_223 = 0; (g_223 <= 4); g_223 += 1)
                    { /* block id: 648 */
                        int8_t l_1312 = (-1L);
                        uint64_t *l_1331 = (void*)0;
                        uint64_t *l_1332 = (void*)0;
                        uint64_t *l_1333 = &g_529;
                        if (g_70)
                            goto lbl_1281;
                        (*p_32) |= ((g_2[1][2][0] && (((safe_rshift_func_int16_t_s_s((((((safe_add_func_uint16_t_u_u(((safe_mod_func_uint32_t_u_u((safe_div_func_int16_t_s_s((safe_div_func_int64_t_s_s(((l_1313 &= (safe_lshift_func_int16_t_s_s(((safe_sub_func_int16_t_s_s(p_35, (safe_rshift_func_int16_t_s_s((-1L), 14)))) & ((safe_sub_func_uint64_t_u_u((safe_div_func_int32_t_s_s(0x839FF50CL, (safe_mul_func_uint16_t_u_u(0x9C7FL, ((((safe_add_func_int32_t_s_s((safe_sub_func_int16_t_s_s((+(l_1312 = (!(safe_mod_func_uint16_t_u_u(((p_35 == (((((void*)0 == &g_151) == ((*l_1254) = g_323)) || 1UL) == 9L)) < 0UL), 0xAFFFL))))), 65526UL)), 6L)) , 0L) <= 0x869DA5A8L) < 0xD123L))))), p_34)) >= p_35)), l_1255))) , g_45), l_1314)), g_151)), p_35)) , p_35), (-3L))) <= p_34) && l_1315[2][8]) >= g_529) > l_1316), 13)) , l_1312) , p_35)) , (*l_1254));
                        l_1334[2][5] ^= (((p_34 ^ ((((safe_sub_func_uint16_t_u_u(((safe_mod_func_int64_t_s_s(9L, ((*l_1333) |= (safe_lshift_func_uint8_t_u_u(((((&g_581[1][3][1] != l_1323) , (((p_34 & ((0L == p_35) == (safe_add_func_uint32_t_u_u(((safe_mul_func_uint8_t_u_u(l_1266[1][0], (*l_1254))) || (*l_1253)), (*g_983))))) , l_1329) != l_1330)) , (*g_413)) != l_1329), 3))))) ^ 1UL), p_34)) ^ 0x9BA60E31L) , l_1312) , l_1266[3][3])) <= (*l_1254)) && (*p_32));
                        (*p_32) ^= (+(l_1336 != l_1337));
                    }
                    (*g_157) = &l_69;
                }
            }
            (*p_32) |= (safe_div_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s((((p_35 || (1L && (safe_rshift_func_int16_t_s_s((safe_rshift_func_int16_t_s_u(((*l_1253) <= ((*l_1347)--)), ((*l_1359) = (((p_34 == (safe_rshift_func_uint8_t_u_u((g_262 = ((l_1353 = &g_151) != &g_151)), 6))) , l_1354) == (l_1357 = &l_60))))), ((safe_mul_func_int16_t_s_s(((g_1362 != &g_1363) || p_35), 0x57CDL)) == 0x36B0L))))) >= l_1255) && l_1255), 3)), (*l_1254)));
            (*p_32) &= (*l_1254);
            for (g_359 = 4; (g_359 >= 0); g_359 -= 1)
            { /* block id: 670 */
                l_1365 = ((*g_157) = p_32);
                return g_233[1];
            }
        }
    }
    else
    { /* block id: 676 */
        union U0 *l_1379 = &g_259[1][0][7];
        int32_t l_1391 = 0L;
        uint64_t * const **l_1393 = (void*)0;
        uint64_t * const ***l_1392[7];
        const int32_t ***l_1406[2];
        int32_t l_1444 = 0xB6C3DAA2L;
        int32_t l_1456 = 4L;
        int32_t l_1458 = 0L;
        int32_t l_1459 = (-9L);
        int32_t l_1460 = 0L;
        int32_t l_1461 = 0xBEBC571DL;
        int32_t l_1462 = (-1L);
        int32_t l_1463 = 1L;
        int32_t l_1464 = (-2L);
        int32_t l_1467 = 2L;
        int32_t l_1469 = 0x67087E02L;
        uint16_t l_1579[4] = {0xDB09L,0xDB09L,0xDB09L,0xDB09L};
        uint8_t * const l_1606 = &g_254;
        int32_t *l_1691 = (void*)0;
        int32_t l_1696 = 0xD67F6111L;
        int32_t l_1697 = 0x41CE11E6L;
        int32_t l_1698 = 0x3CECCA46L;
        int32_t l_1699 = 0xEE00FD9BL;
        int32_t l_1700 = (-3L);
        int32_t l_1701[10][9] = {{0x8706C294L,0xC8E1494BL,0xFB0340CEL,0x8706C294L,0x59433D36L,0x8706C294L,0xFB0340CEL,0xC8E1494BL,0x8706C294L},{0x8F492DDFL,0xC8E1494BL,0xECD92935L,0xFB0340CEL,4L,0x8F492DDFL,0xFB0340CEL,0x98DD2DA9L,0xFB0340CEL},{0xFB0340CEL,0x59433D36L,0xECD92935L,0xECD92935L,0x59433D36L,0xFB0340CEL,0xEA013E27L,0x98DD2DA9L,0xECD92935L},{0x8F492DDFL,4L,0xFB0340CEL,0xECD92935L,0xC8E1494BL,0x8F492DDFL,0x8F492DDFL,0xC8E1494BL,0xECD92935L},{0x8706C294L,0x59433D36L,0x8706C294L,0xFB0340CEL,0xC8E1494BL,0x8706C294L,0xEA013E27L,0x6B4DA1A9L,0xFB0340CEL},{0x8706C294L,0xC8E1494BL,0xFB0340CEL,0x8706C294L,0x59433D36L,0x8706C294L,(-1L),0x8706C294L,0x19D7FE29L},{1L,0x8706C294L,0x5FB6DD7DL,(-1L),0xFB0340CEL,1L,(-1L),0xEA013E27L,(-1L)},{(-1L),0x8F492DDFL,0x5FB6DD7DL,0x5FB6DD7DL,0x8F492DDFL,(-1L),0xD3FA3DBAL,0xEA013E27L,0x5FB6DD7DL},{1L,0xFB0340CEL,(-1L),0x5FB6DD7DL,0x8706C294L,1L,1L,0x8706C294L,0x5FB6DD7DL},{0x19D7FE29L,0x8F492DDFL,0x19D7FE29L,(-1L),0x8706C294L,0x19D7FE29L,0xD3FA3DBAL,0xECD92935L,(-1L)}};
        uint32_t l_1737[2];
        uint32_t l_1739 = 0xCBF986B2L;
        uint8_t l_1784 = 247UL;
        const uint64_t l_1874[10] = {0xDB41488A14F6D9A1LL,0x26A189659B9D7B47LL,0xDB41488A14F6D9A1LL,0xDB41488A14F6D9A1LL,0x26A189659B9D7B47LL,0xDB41488A14F6D9A1LL,0xDB41488A14F6D9A1LL,0x26A189659B9D7B47LL,0xDB41488A14F6D9A1LL,0xDB41488A14F6D9A1LL};
        int64_t l_1947 = (-8L);
        uint32_t *l_1998 = (void*)0;
        uint32_t *l_1999 = &l_1966;
        int i, j;
        for (i = 0; i < 7; i++)
            l_1392[i] = &l_1393;
        for (i = 0; i < 2; i++)
            l_1406[i] = (void*)0;
        for (i = 0; i < 2; i++)
            l_1737[i] = 0x970CDCB0L;
        for (g_865 = 3; (g_865 >= 0); g_865 -= 1)
        { /* block id: 679 */
            int16_t l_1368 = 0x5321L;
            int16_t *l_1369 = (void*)0;
            int16_t *l_1370 = &g_225;
            union U0 l_1387 = {0x32078B21L};
            int32_t l_1419 = 0L;
            int32_t l_1445 = 0xDB842639L;
            int32_t l_1446 = 0L;
            int32_t l_1449 = 3L;
            int32_t l_1451 = (-8L);
            int32_t l_1452 = 0L;
            int32_t l_1455 = 1L;
            int32_t l_1457 = 0xF562C9FCL;
            int32_t l_1465 = 0xBF9F4F2DL;
            int32_t l_1466 = 0xEB4E61CCL;
            int32_t l_1468 = (-1L);
            uint32_t l_1470[4][8] = {{18446744073709551615UL,18446744073709551615UL,0x903C2457L,18446744073709551615UL,18446744073709551615UL,0x903C2457L,18446744073709551615UL,18446744073709551615UL},{0UL,18446744073709551615UL,0UL,0UL,18446744073709551615UL,0UL,0UL,18446744073709551615UL},{18446744073709551615UL,0UL,0UL,18446744073709551615UL,0UL,0UL,18446744073709551615UL,0UL},{18446744073709551615UL,18446744073709551615UL,0x903C2457L,18446744073709551615UL,18446744073709551615UL,0x903C2457L,18446744073709551615UL,18446744073709551615UL}};
            const uint32_t **l_1542 = (void*)0;
            uint64_t *l_1545 = &g_181;
            uint32_t l_1549 = 0x6E4C2AABL;
            int8_t l_1641 = 0x23L;
            uint8_t l_1684 = 255UL;
            int32_t l_1702 = 0x68CE15BDL;
            int32_t l_1703 = 7L;
            int i, j;
        }
        if ((*l_1254))
        { /* block id: 845 */
            uint16_t l_1709[10][2] = {{0x96EEL,0x96EEL},{0x96EEL,65535UL},{0xA38AL,65535UL},{65535UL,65535UL},{0xA38AL,65535UL},{0x96EEL,0x96EEL},{0x96EEL,65535UL},{0xA38AL,65535UL},{65535UL,65535UL},{0xA38AL,65535UL}};
            int64_t *l_1716[2];
            union U0 ***l_1717 = (void*)0;
            uint16_t *l_1720 = &l_1651[4];
            uint8_t ** const l_1723 = &l_826[1][0];
            int8_t *l_1728[8][6] = {{(void*)0,(void*)0,&g_82[7][5],&g_259[1][0][7].f1,&g_82[7][5],(void*)0},{&g_82[7][5],&g_359,&g_259[1][0][7].f1,&g_259[1][0][7].f1,&g_359,&g_82[7][5]},{(void*)0,&g_82[7][5],&g_259[1][0][7].f1,&g_82[7][5],(void*)0,(void*)0},{&g_1358[5].f1,&g_82[7][5],&g_82[7][5],&g_1358[5].f1,&g_359,&g_1358[5].f1},{&g_1358[5].f1,&g_359,&g_1358[5].f1,&g_82[7][5],&g_82[7][5],&g_1358[5].f1},{(void*)0,(void*)0,&g_82[7][5],&g_259[1][0][7].f1,&g_82[7][5],(void*)0},{&g_82[7][5],&g_359,&g_259[1][0][7].f1,&g_259[1][0][7].f1,&g_359,&g_82[7][5]},{(void*)0,&g_82[7][5],&g_259[1][0][7].f1,&g_82[7][5],(void*)0,(void*)0}};
            int32_t l_1735 = 0xC7247A05L;
            int32_t *** const *l_1736 = &g_582;
            int32_t l_1740 = (-4L);
            int32_t l_1762 = 0L;
            int32_t l_1766[10][8][3] = {{{(-6L),(-1L),0L},{9L,0xBB0E3FB5L,(-1L)},{0L,(-1L),2L},{0L,(-10L),5L},{0L,0x1BA09DFEL,3L},{0x1D13F592L,0x052514EAL,0x562C3F6EL},{0L,0L,0x1BA09DFEL},{0L,0x562C3F6EL,(-1L)}},{{0L,0x9C440D81L,0x9C440D81L},{9L,(-1L),(-1L)},{(-6L),0x7D20E728L,0x1BA09DFEL},{0x16BB34B1L,(-1L),0x562C3F6EL},{(-1L),0xF5F80AE5L,3L},{(-1L),(-1L),5L},{0xF5F80AE5L,(-1L),9L},{5L,(-3L),0xBAA9B155L}},{{(-8L),(-5L),(-5L)},{5L,0L,(-3L)},{0xF5F80AE5L,(-5L),(-7L)},{0x052514EAL,0x9A384AEDL,0x9A384AEDL},{(-1L),0xDF18162FL,(-7L)},{(-1L),(-4L),(-3L)},{3L,0L,(-5L)},{(-1L),0x80EC3172L,0xBAA9B155L}},{{0x9C440D81L,0L,9L},{0xBB0E3FB5L,(-4L),(-6L)},{2L,0xDF18162FL,0xF9142FD9L},{0xECC4A2B8L,0x9A384AEDL,0L},{2L,(-5L),0xDF18162FL},{0xBB0E3FB5L,0L,1L},{0x9C440D81L,(-5L),(-5L)},{(-1L),(-3L),1L}},{{3L,(-1L),0xDF18162FL},{(-1L),(-4L),0L},{(-1L),1L,0xF9142FD9L},{0x052514EAL,(-4L),(-6L)},{0xF5F80AE5L,(-1L),9L},{5L,(-3L),0xBAA9B155L},{(-8L),(-5L),(-5L)},{5L,0L,(-3L)}},{{0xF5F80AE5L,(-5L),(-7L)},{0x052514EAL,0x9A384AEDL,0x9A384AEDL},{(-1L),0xDF18162FL,(-7L)},{(-1L),(-4L),(-3L)},{3L,0L,(-5L)},{(-1L),0x80EC3172L,0xBAA9B155L},{0x9C440D81L,0L,9L},{0xBB0E3FB5L,(-4L),(-6L)}},{{2L,0xDF18162FL,0xF9142FD9L},{0xECC4A2B8L,0x9A384AEDL,0L},{2L,(-5L),0xDF18162FL},{0xBB0E3FB5L,0L,1L},{0x9C440D81L,(-5L),(-5L)},{(-1L),(-3L),1L},{3L,(-1L),0xDF18162FL},{(-1L),(-4L),0L}},{{(-1L),1L,0xF9142FD9L},{0x052514EAL,(-4L),(-6L)},{0xF5F80AE5L,(-1L),9L},{5L,(-3L),0xBAA9B155L},{(-8L),(-5L),(-5L)},{5L,0L,(-3L)},{0xF5F80AE5L,(-5L),(-7L)},{0x052514EAL,0x9A384AEDL,0x9A384AEDL}},{{(-1L),0xDF18162FL,(-7L)},{(-1L),(-4L),(-3L)},{3L,0L,(-5L)},{(-1L),0x80EC3172L,0xBAA9B155L},{0x9C440D81L,0L,9L},{0xBB0E3FB5L,(-4L),(-6L)},{2L,0xDF18162FL,0xF9142FD9L},{0xECC4A2B8L,0x9A384AEDL,0L}},{{2L,(-5L),0xDF18162FL},{0xBB0E3FB5L,0L,1L},{0x9C440D81L,(-5L),(-5L)},{(-1L),(-3L),1L},{3L,(-1L),0xDF18162FL},{(-1L),0x1D13F592L,0xF3E242AFL},{0L,0x816F5091L,0L},{0x9A384AEDL,0x1D13F592L,9L}}};
            int8_t *** const l_1788 = &g_907;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_1716[i] = &g_233[0];
lbl_1816:
            (*g_983) = (l_1709[7][1] || ((p_35 <= p_35) , g_262));
            (*g_983) = (safe_unary_minus_func_int16_t_s((((safe_sub_func_uint16_t_u_u(((*l_1720) &= (((+(safe_mul_func_int8_t_s_s(((((g_233[1] = (0xDD07L || g_865)) && 0x10346836FB185B92LL) & ((*p_32) & ((g_1416 & (p_34 == l_1709[7][1])) <= 2L))) == p_35), g_638[3]))) , l_1717) == l_1718)), 2UL)) & 4L) < l_1709[7][1])));
            l_1740 |= (safe_lshift_func_int8_t_s_s((&l_1606 == l_1723), ((safe_rshift_func_int16_t_s_s(p_35, ((safe_add_func_int64_t_s_s(((((*g_907) = l_1728[0][0]) != l_1728[0][0]) , (((0x8A50D60EE3A8EEC8LL < ((safe_mul_func_uint8_t_u_u(((*l_1606) = (safe_rshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_s((((((((*l_1254) ^= ((((l_1735 != g_262) ^ (((&l_1579[1] != &l_1579[1]) , l_1735) && 0x6B013F01L)) > 0x642D011E2511136ALL) >= 6UL)) != g_1704) , &l_1406[1]) != l_1736) <= l_1737[0]) & p_35), 7)), l_1735))), p_35)) & l_1738)) | l_1735) , p_35)), 1UL)) | (*p_32)))) > l_1739)));
            for (g_1426 = 0; (g_1426 <= 3); g_1426 += 1)
            { /* block id: 856 */
                uint8_t l_1741 = 0xD1L;
                int8_t l_1744 = 0L;
                uint32_t *l_1745 = &g_638[3];
                uint32_t l_1750[4][9][6] = {{{4294967293UL,0x73833ABAL,0x73833ABAL,4294967293UL,4294967295UL,4294967288UL},{4294967293UL,4294967295UL,4294967288UL,0x44DF04B5L,0x73833ABAL,4294967288UL},{0x23BD748DL,1UL,0x73833ABAL,4294967295UL,0x73833ABAL,1UL},{0x44DF04B5L,4294967295UL,0xE40A6CEBL,4294967295UL,4294967295UL,0x73833ABAL},{0x23BD748DL,0x73833ABAL,0xE40A6CEBL,0x44DF04B5L,1UL,1UL},{4294967293UL,0x73833ABAL,0x73833ABAL,4294967293UL,4294967295UL,4294967288UL},{4294967293UL,4294967295UL,4294967288UL,0x44DF04B5L,0x73833ABAL,4294967288UL},{0x23BD748DL,1UL,0x73833ABAL,4294967295UL,0x73833ABAL,1UL},{0x44DF04B5L,4294967295UL,0xE40A6CEBL,4294967295UL,4294967295UL,0x73833ABAL}},{{0x23BD748DL,0x73833ABAL,0xE40A6CEBL,0x44DF04B5L,1UL,1UL},{4294967293UL,0x73833ABAL,0x73833ABAL,4294967293UL,4294967295UL,4294967288UL},{4294967293UL,4294967295UL,4294967288UL,0x44DF04B5L,0x73833ABAL,4294967288UL},{0x23BD748DL,1UL,0x73833ABAL,4294967295UL,0x73833ABAL,1UL},{0x44DF04B5L,4294967295UL,0xE40A6CEBL,4294967295UL,4294967295UL,0x73833ABAL},{0x23BD748DL,0x73833ABAL,0xE40A6CEBL,0x44DF04B5L,1UL,1UL},{4294967293UL,0x73833ABAL,0x73833ABAL,4294967293UL,4294967295UL,4294967288UL},{4294967293UL,4294967295UL,4294967288UL,0x44DF04B5L,0x73833ABAL,4294967288UL},{0x23BD748DL,1UL,0x73833ABAL,4294967295UL,0x73833ABAL,1UL}},{{0x44DF04B5L,4294967295UL,0xE40A6CEBL,4294967295UL,4294967295UL,0x73833ABAL},{0x23BD748DL,0x73833ABAL,0xE40A6CEBL,0x44DF04B5L,1UL,1UL},{4294967293UL,0x73833ABAL,0x73833ABAL,4294967293UL,4294967295UL,4294967288UL},{4294967293UL,4294967295UL,4294967288UL,0x44DF04B5L,0x73833ABAL,4294967288UL},{0x23BD748DL,1UL,0x73833ABAL,4294967295UL,0x73833ABAL,1UL},{0x44DF04B5L,4294967295UL,0xE40A6CEBL,4294967295UL,4294967295UL,0x73833ABAL},{0x23BD748DL,0x73833ABAL,0xE40A6CEBL,0x44DF04B5L,1UL,1UL},{4294967293UL,0x73833ABAL,0x73833ABAL,4294967293UL,4294967295UL,4294967288UL},{4294967293UL,4294967295UL,4294967288UL,0x44DF04B5L,0x73833ABAL,4294967288UL}},{{0x23BD748DL,1UL,0x73833ABAL,4294967295UL,0x73833ABAL,1UL},{0x44DF04B5L,4294967295UL,0xE40A6CEBL,4294967295UL,4294967295UL,0x73833ABAL},{0x23BD748DL,0x73833ABAL,0xE40A6CEBL,0x44DF04B5L,1UL,1UL},{4294967293UL,0x73833ABAL,0x73833ABAL,0xE40A6CEBL,0x31D38411L,0x97EA8BFBL},{0xE40A6CEBL,0x31D38411L,0x97EA8BFBL,4294967288UL,4294967295UL,0x97EA8BFBL},{0x73833ABAL,0xBEDDB7F4L,4294967295UL,4294967295UL,4294967295UL,0xBEDDB7F4L},{4294967288UL,0x31D38411L,0x40974242L,4294967295UL,0x31D38411L,4294967295UL},{0x73833ABAL,4294967295UL,0x40974242L,4294967288UL,0xBEDDB7F4L,0xBEDDB7F4L},{0xE40A6CEBL,4294967295UL,4294967295UL,0xE40A6CEBL,0x31D38411L,0x97EA8BFBL}}};
                int32_t l_1753 = (-1L);
                int8_t ***l_1756 = &g_907;
                int8_t ****l_1755 = &l_1756;
                int8_t ***** const l_1754 = &l_1755;
                int32_t l_1768[8] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
                union U0 l_1780 = {1L};
                int i, j, k;
                if (l_1741)
                    break;
                for (l_1740 = 3; (l_1740 >= 0); l_1740 -= 1)
                { /* block id: 860 */
                    return l_1709[7][1];
                }
                if ((l_1753 = ((2L & (safe_mod_func_int8_t_s_s((l_1709[5][1] < p_34), (*l_1254)))) ^ (((((*p_32) &= (0x56F7L ^ (((((--(*l_1745)) == p_34) | (safe_add_func_int64_t_s_s((-1L), l_1750[3][6][3]))) ^ (safe_lshift_func_int8_t_s_u((((*l_1723) = &g_262) == &l_1741), 5))) >= 0xBCF80AE7908BD6A8LL))) , p_35) , (-3L)) , p_34))))
                { /* block id: 867 */
                    for (l_69 = 0; (l_69 <= 3); l_69 += 1)
                    { /* block id: 870 */
                        if ((*p_32))
                            break;
                        if ((*l_1254))
                            continue;
                    }
                }
                else
                { /* block id: 874 */
                    int8_t l_1763 = 0xACL;
                    int32_t l_1764 = 2L;
                    int32_t l_1765 = (-5L);
                    int32_t l_1769 = (-1L);
                    int32_t l_1770 = 0xD30CD0CEL;
                    int32_t l_1771 = 6L;
                    int32_t l_1773 = 7L;
                    int32_t l_1774[3][2][5] = {{{(-1L),(-7L),(-1L),(-7L),(-1L)},{0xF804C9EBL,(-7L),3L,1L,(-1L)}},{{(-1L),1L,3L,(-7L),0xF804C9EBL},{(-1L),(-7L),(-1L),(-7L),(-1L)}},{{0xF804C9EBL,(-7L),3L,1L,(-1L)},{(-1L),1L,3L,(-7L),0xF804C9EBL}}};
                    int i, j, k;
                    (*p_33) = (l_1754 == g_1757[1]);
                    for (l_1698 = 3; (l_1698 >= 0); l_1698 -= 1)
                    { /* block id: 878 */
                        int32_t *l_1759 = (void*)0;
                        int32_t *l_1760 = (void*)0;
                        int32_t *l_1761[10][10][1] = {{{&l_1700},{&g_2[0][5][2]},{&l_1444},{(void*)0},{&l_1700},{&l_1444},{(void*)0},{&l_1454[0]},{(void*)0},{&l_1444}},{{&l_1700},{(void*)0},{&l_1444},{&g_2[0][5][2]},{&l_1700},{&g_2[0][5][2]},{&l_1444},{(void*)0},{&l_1700},{&l_1444}},{{(void*)0},{&l_1454[0]},{(void*)0},{&l_1444},{&l_1700},{(void*)0},{&l_1444},{&g_2[0][5][2]},{&l_1700},{&g_2[0][5][2]}},{{&l_1444},{(void*)0},{&l_1700},{&l_1444},{(void*)0},{&l_1454[0]},{(void*)0},{&l_1444},{&l_1700},{(void*)0}},{{&l_1444},{&g_2[0][5][2]},{&l_1700},{&g_2[0][5][2]},{&l_1444},{(void*)0},{&l_1700},{&l_1444},{(void*)0},{&l_1454[0]}},{{(void*)0},{&l_1444},{&l_1700},{(void*)0},{&l_1444},{&g_2[0][5][2]},{&l_1700},{&g_2[0][5][2]},{&l_1444},{(void*)0}},{{&l_1700},{&l_1444},{(void*)0},{&l_1454[0]},{(void*)0},{&l_1444},{&l_1700},{(void*)0},{&l_1444},{&g_2[0][5][2]}},{{&l_1700},{&g_2[0][5][2]},{&l_1444},{(void*)0},{&l_1700},{&l_1444},{(void*)0},{&l_1454[0]},{(void*)0},{&l_1444}},{{&l_1700},{(void*)0},{&l_1444},{&g_2[0][5][2]},{&l_1700},{&g_2[0][5][2]},{&l_1444},{(void*)0},{&l_1700},{&l_1444}},{{(void*)0},{&l_1454[0]},{(void*)0},{&l_1444},{&l_1700},{(void*)0},{&l_1444},{&g_2[0][5][2]},{&l_1700},{&g_2[0][5][2]}}};
                        int i, j, k;
                        ++l_1775[0];
                        if ((*p_32))
                            continue;
                    }
                }
                for (l_43 = 0; (l_43 <= 3); l_43 += 1)
                { /* block id: 885 */
                    uint64_t l_1783 = 0xBCF2ED8391590BBDLL;
                    int8_t ***l_1787 = &g_907;
                    int32_t l_1792[5] = {1L,1L,1L,1L,1L};
                    int i;
                    (*p_33) = (safe_rshift_func_uint8_t_u_u(((l_1780 , p_34) || ((safe_mul_func_uint8_t_u_u((((0L <= l_1709[4][1]) || l_1783) < l_1784), (((*l_1606) |= ((safe_add_func_uint8_t_u_u((l_1741 ^ (l_1787 != l_1788)), p_34)) != p_34)) >= 254UL))) >= g_1416)), 2));
                    for (l_1459 = 0; (l_1459 <= 3); l_1459 += 1)
                    { /* block id: 890 */
                        int16_t *l_1791[2];
                        int32_t l_1815 = 0x7A55C489L;
                        int16_t l_1817 = 0xA621L;
                        int64_t *l_1822 = (void*)0;
                        int32_t *****l_1826 = (void*)0;
                        int i, j, k;
                        for (i = 0; i < 2; i++)
                            l_1791[i] = (void*)0;
                        (*l_1254) = (safe_div_func_int8_t_s_s((0xEDB04425L && (0x313CL || (l_1740 = (l_1792[4] = g_2[l_1459][(g_1426 + 2)][(g_1426 + 3)])))), g_2[l_43][(l_1459 + 2)][l_43]));
                        l_1815 |= (safe_mod_func_uint32_t_u_u((0xACBA9563L | (safe_sub_func_int32_t_s_s((safe_lshift_func_int8_t_s_s((l_1792[4] = (safe_mod_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_u((safe_add_func_uint32_t_u_u(((((~g_2[l_43][(l_43 + 4)][(l_43 + 2)]) ^ 0x5FA3L) != (safe_mul_func_int8_t_s_s(g_2[l_1459][l_43][l_43], g_262))) != (+(0x25985FE664AE2A74LL ^ (l_1454[1] = ((safe_add_func_int32_t_s_s((((*l_1606) = ((safe_div_func_int32_t_s_s((safe_mul_func_uint8_t_u_u(((*p_32) >= (p_34 , (p_35 , p_35))), g_1184)), (*p_32))) && g_617)) == p_35), 0x1CD1242FL)) > 0L))))), (*g_983))), g_259[1][0][7].f1)), (*g_983)))), l_1783)), (*p_33)))), (*p_32)));
                        if (g_617)
                            goto lbl_1816;
                        (*p_33) |= (l_1817 || (g_45 >= ((safe_lshift_func_uint8_t_u_u(((*l_1606) = (((void*)0 == l_1822) <= ((void*)0 == l_1823))), 1)) == (safe_add_func_uint16_t_u_u((((*g_983) &= ((void*)0 != l_1826)) | ((safe_mul_func_int16_t_s_s((((safe_sub_func_uint8_t_u_u((safe_div_func_uint8_t_u_u(((0xA9B90A8EL == 0x75FF2DE8L) >= 0x46CDL), 0x9EL)), 255UL)) | 9L) ^ l_1753), p_35)) & 4294967286UL)), 0x5B6EL)))));
                    }
                }
            }
        }
        else
        { /* block id: 905 */
            uint32_t l_1850[3][7] = {{1UL,1UL,0xFD91E704L,1UL,1UL,0xFD91E704L,1UL},{0UL,0UL,0UL,0UL,0UL,0UL,0UL},{18446744073709551615UL,18446744073709551615UL,0xFD91E704L,0xFD91E704L,18446744073709551615UL,0xFD91E704L,0xFD91E704L}};
            int32_t l_1875 = (-1L);
            uint32_t l_1876 = 0xEC9D8246L;
            int32_t l_1886 = 0x686A43E7L;
            int32_t l_1887 = (-2L);
            int32_t l_1889 = 1L;
            int32_t l_1890 = 0x8AA11DEAL;
            int32_t l_1891 = 5L;
            int32_t l_1892[9][6][4];
            union U0 l_1921 = {0L};
            const uint64_t **l_1928 = (void*)0;
            const uint64_t ***l_1927[3][5] = {{&l_1928,&l_1928,&l_1928,&l_1928,&l_1928},{&l_1928,&l_1928,&l_1928,&l_1928,&l_1928},{&l_1928,&l_1928,&l_1928,&l_1928,&l_1928}};
            int32_t l_1965 = 0xBA0CB720L;
            int i, j, k;
            for (i = 0; i < 9; i++)
            {
                for (j = 0; j < 6; j++)
                {
                    for (k = 0; k < 4; k++)
                        l_1892[i][j][k] = 0xA3626BC8L;
                }
            }
            for (l_1459 = 0; (l_1459 >= (-4)); l_1459 = safe_sub_func_int32_t_s_s(l_1459, 7))
            { /* block id: 908 */
                uint32_t l_1851[10][3][6] = {{{0x7571D546L,4294967287UL,4294967287UL,0x7571D546L,1UL,0xE3B4126AL},{0xE3B4126AL,4UL,7UL,0x8884ECB3L,0UL,0x008C9B20L},{4UL,0UL,0x37F1AE1DL,0x4DDBD105L,0UL,4UL}},{{4294967287UL,4UL,0UL,1UL,1UL,0x8884ECB3L},{0UL,4294967287UL,0x4DDBD105L,0x8489588BL,8UL,0x27B1EC7BL},{4294967295UL,2UL,0x8489588BL,0xE3B4126AL,5UL,0xE3B4126AL}},{{4294967289UL,1UL,4294967289UL,0x37F1AE1DL,0x8489588BL,7UL},{4UL,0x5F1F6211L,4294967287UL,2UL,2UL,0UL},{0UL,4UL,0xA93D44C7L,2UL,4294967295UL,0x37F1AE1DL}},{{4UL,0UL,0x4DDBD105L,0x37F1AE1DL,0UL,4UL},{4294967289UL,0x8884ECB3L,2UL,0xE3B4126AL,1UL,0x7571D546L},{4294967295UL,4294967287UL,0x008C9B20L,0x8489588BL,0x8489588BL,0x008C9B20L}},{{0UL,0UL,0x8489588BL,1UL,8UL,0UL},{4294967287UL,1UL,1UL,0x4DDBD105L,4294967289UL,0x8489588BL},{4UL,4294967287UL,1UL,0x8884ECB3L,0UL,0UL}},{{0xE3B4126AL,0x8884ECB3L,0x8489588BL,0x7571D546L,4294967295UL,0x008C9B20L},{0x7571D546L,4294967295UL,0x008C9B20L,0x37F1AE1DL,0UL,0x7571D546L},{0x5F1F6211L,4UL,2UL,1UL,2UL,4UL}},{{2UL,4294967287UL,0x4DDBD105L,0xA93D44C7L,4294967289UL,0x37F1AE1DL},{0UL,2UL,0xA93D44C7L,0UL,0x610CB64FL,0UL},{4294967289UL,2UL,4294967287UL,0x008C9B20L,4294967289UL,7UL}},{{0x7571D546L,4294967287UL,4294967289UL,0x8884ECB3L,2UL,0xE3B4126AL},{0UL,4UL,0x8489588BL,2UL,0UL,0x27B1EC7BL},{0x8884ECB3L,4294967295UL,0x4DDBD105L,0x4DDBD105L,4294967295UL,0x8884ECB3L}},{{0x5F1F6211L,0x8884ECB3L,0UL,0UL,0UL,4UL},{4294967295UL,4294967287UL,0x37F1AE1DL,7UL,4294967289UL,0x008C9B20L},{4294967295UL,1UL,7UL,0UL,8UL,0xE3B4126AL}},{{0x5F1F6211L,0UL,4294967287UL,0x4DDBD105L,0x8489588BL,8UL},{0x8884ECB3L,4294967287UL,4294967295UL,4294967287UL,0x610CB64FL,0x008C9B20L},{0x37F1AE1DL,4294967289UL,1UL,4294967289UL,0x37F1AE1DL,0x8489588BL}}};
                union U0 l_1854 = {4L};
                int32_t l_1884 = (-2L);
                int32_t l_1885[10] = {0x9C1F673FL,0x9C1F673FL,1L,0x9C1F673FL,0x9C1F673FL,1L,0x9C1F673FL,0x9C1F673FL,1L,0x9C1F673FL};
                uint32_t l_1901 = 18446744073709551615UL;
                int32_t *l_1958 = &l_1701[0][4];
                int32_t *l_1959 = &l_1701[9][5];
                int32_t *l_1960 = &l_1697;
                int32_t *l_1961 = &l_1885[0];
                int32_t *l_1962 = (void*)0;
                int32_t *l_1963 = &g_6;
                int32_t *l_1964[8][1] = {{&g_2[3][7][0]},{&l_1698},{&g_2[3][7][0]},{&l_1698},{&g_2[3][7][0]},{&l_1698},{&g_2[3][7][0]},{&l_1698}};
                int i, j, k;
                for (l_1469 = 11; (l_1469 <= 26); l_1469 = safe_add_func_uint32_t_u_u(l_1469, 8))
                { /* block id: 911 */
                    uint64_t ** const *l_1841 = &g_285;
                    uint64_t ** const **l_1840 = &l_1841;
                    uint64_t ** const ***l_1839 = &l_1840;
                    uint32_t *l_1842 = &l_1737[0];
                    uint32_t *l_1845 = &l_1739;
                    uint16_t *l_1849[2][2][8] = {{{&g_323,&l_1651[2],&l_1579[3],&l_1651[1],&g_323,&g_323,&l_1651[1],&l_1579[3]},{&l_1651[3],&l_1651[3],&l_1579[3],&l_1651[1],(void*)0,&g_323,&g_323,&g_323}},{{&g_323,&g_323,&l_1651[4],&l_1651[3],&l_1651[4],&g_323,&g_323,&g_323},{&g_323,&g_323,(void*)0,&l_1651[1],&l_1579[3],&l_1651[3],&l_1651[3],&l_1579[3]}}};
                    int16_t *l_1855 = &g_225;
                    uint64_t ***l_1872 = &g_285;
                    int32_t l_1873[2];
                    uint32_t * const l_1920 = &l_1901;
                    int16_t l_1940 = 0L;
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                        l_1873[i] = 0xB2692DB7L;
                    if (((*g_983) = (safe_mul_func_uint8_t_u_u(g_1358[5].f0, (((l_1839 == (((*l_1845) = (--(*l_1842))) , &g_938[3])) >= (safe_rshift_func_int8_t_s_s(((p_35 != 0xCFE2F2F9DEF6B423LL) >= (p_35 > (safe_unary_minus_func_uint16_t_u((((l_1850[0][6] |= 65535UL) , l_1850[2][4]) ^ (((g_1704 ^= 0xB0L) <= l_1851[0][2][0]) & 4294967290UL)))))), p_35))) == g_262)))))
                    { /* block id: 917 */
                        (*p_32) ^= (~(+((*l_1254) , (1UL != p_35))));
                    }
                    else
                    { /* block id: 919 */
                        return l_1850[0][6];
                    }
                    if ((l_1444 ^= (l_1854 , (((((*l_1855) = 0xA90DL) ^ p_35) <= ((l_1850[0][6] == (l_1876 |= ((-10L) != (safe_mod_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u((((safe_rshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(0x990FL, 0)), ((safe_mul_func_int16_t_s_s((safe_mul_func_int16_t_s_s(g_151, ((safe_sub_func_uint8_t_u_u(((*l_1654) = ((*l_1606) = ((**l_1839) == l_1872))), l_1854.f0)) , l_1873[0]))), g_323)) ^ l_1873[1]))) && l_1874[8]) != (*l_1254)), l_1875)), 0L)), g_6))))) & 0x9482L)) || 0xC8697EBAL))))
                    { /* block id: 927 */
                        int16_t l_1877 = 0xF5C5L;
                        int32_t *l_1878 = &l_1454[0];
                        int32_t *l_1879 = &g_2[0][6][4];
                        int32_t *l_1880 = &l_1461;
                        int32_t *l_1881 = &g_2[1][2][0];
                        int32_t *l_1882 = &l_1460;
                        int32_t *l_1883[6][4][8] = {{{(void*)0,&l_1701[9][5],&l_1701[9][5],(void*)0,&l_1391,&g_6,&l_1444,&g_2[1][4][4]},{&l_1459,&l_1464,&l_1696,&l_1391,&g_2[1][0][2],&l_1391,&l_1696,&l_1464},{&l_1701[9][5],&l_1464,&g_2[1][4][4],&l_1696,&l_1461,&g_6,&l_1696,&l_1696},{&g_2[1][4][4],&l_1701[9][5],&l_1454[1],&l_1454[1],&l_1701[9][5],&g_2[1][4][4],&l_1696,&g_2[1][0][2]}},{{&l_1444,&l_1454[1],&g_2[1][4][4],&g_6,&l_1696,&l_1459,&l_1696,&g_6},{&l_1696,&l_1459,&l_1696,&g_6,&g_2[1][4][4],&l_1454[1],&l_1444,&g_2[1][0][2]},{&l_1696,&g_2[1][4][4],&l_1701[9][5],&l_1454[1],&l_1454[1],&l_1701[9][5],&g_2[1][4][4],&l_1696},{&l_1696,&g_6,&l_1461,&l_1696,&g_2[1][4][4],&l_1464,&l_1701[9][5],&l_1464}},{{&l_1696,&l_1391,&g_2[1][0][2],&l_1391,&l_1696,&l_1464,&l_1459,&g_2[1][4][4]},{&l_1444,&g_6,&l_1391,(void*)0,&l_1701[9][5],&l_1701[9][5],(void*)0,&l_1391},{&g_2[1][4][4],&g_2[1][4][4],&l_1391,&l_1696,&l_1461,&l_1454[1],&l_1459,&l_1444},{&l_1701[9][5],&l_1459,&g_2[1][0][2],&g_2[1][4][4],&g_2[1][0][2],&l_1459,&l_1701[9][5],&l_1444}},{{&l_1459,&l_1454[1],&l_1461,&l_1696,&l_1391,&g_2[1][4][4],&g_2[1][4][4],&l_1391},{(void*)0,&l_1701[9][5],&l_1701[9][5],(void*)0,&l_1391,&g_6,&l_1444,&g_2[1][4][4]},{&l_1459,&l_1464,&l_1696,&l_1391,&g_2[1][0][2],&l_1391,&l_1696,&l_1464},{&l_1701[9][5],&l_1464,&g_2[1][4][4],&l_1696,&l_1461,&g_6,&l_1696,&l_1696}},{{&g_2[1][4][4],&l_1701[9][5],&l_1701[9][5],&l_1701[9][5],(void*)0,&l_1391,&g_6,&l_1444},{&l_1696,&l_1701[9][5],&l_1391,&l_1464,&l_1454[1],&l_1696,&l_1454[1],&l_1464},{&l_1454[1],&l_1696,&l_1454[1],&l_1464,&l_1391,&l_1701[9][5],&l_1696,&l_1444},{&g_6,&l_1391,(void*)0,&l_1701[9][5],&l_1701[9][5],(void*)0,&l_1391,&g_6}},{{&g_6,&l_1464,&g_2[1][0][2],&l_1454[1],&l_1391,&l_1461,(void*)0,&l_1461},{&l_1454[1],&l_1459,&l_1444,&l_1459,&l_1454[1],&l_1461,&l_1696,&l_1391},{&l_1696,&l_1464,&l_1459,&g_2[1][4][4],(void*)0,(void*)0,&g_2[1][4][4],&l_1459},{&l_1391,&l_1391,&l_1459,&g_6,&g_2[1][0][2],&l_1701[9][5],&l_1696,&l_1696}}};
                        int i, j, k;
                        --g_1893;
                    }
                    else
                    { /* block id: 929 */
                        (*g_983) = (((!p_35) == (!(*p_32))) != (!l_1901));
                    }
                    for (l_1888 = (-12); (l_1888 == (-1)); l_1888 = safe_add_func_int8_t_s_s(l_1888, 2))
                    { /* block id: 934 */
                        uint16_t l_1922 = 0UL;
                        const uint64_t ****l_1929[1][4] = {{(void*)0,(void*)0,(void*)0,(void*)0}};
                        int32_t l_1934 = 0x4FCB1C41L;
                        int8_t *l_1945 = &g_259[1][0][7].f1;
                        int8_t *l_1946 = &g_82[4][3];
                        int32_t l_1948 = 0xEA9CF34BL;
                        int32_t ****l_1949 = &g_582;
                        int i, j;
                        (*p_32) = (safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(((safe_add_func_uint64_t_u_u((l_1854 , (safe_add_func_int32_t_s_s((safe_sub_func_int16_t_s_s((((l_1885[9] || 1UL) != ((safe_div_func_uint32_t_u_u((safe_add_func_int16_t_s_s(0x0F13L, ((l_1854 , ((l_1920 == p_33) ^ ((((l_1921 , (p_34 , p_34)) >= 0xCBL) >= l_1922) >= p_35))) , p_35))), (-1L))) >= p_34)) || 1L), g_1548)), 5L))), l_1922)) > g_262), 6)), g_529));
                        l_1948 |= (safe_div_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((l_1934 = ((l_1931[0] = (g_1930 = l_1927[1][3])) == (void*)0)), ((l_1873[0] = (+(safe_div_func_uint32_t_u_u(0xBF9A2694L, (safe_add_func_uint64_t_u_u(((((l_1885[9] &= p_34) || ((3UL != ((l_1940 , (~((*p_32) ^= ((safe_sub_func_int32_t_s_s((p_34 , (safe_unary_minus_func_int16_t_s((((*l_1945) ^= (*l_1254)) < (((*l_1946) |= 0xE9L) && 0xB6L))))), 4294967286UL)) , l_1947)))) <= (*l_1254))) < 7L)) == p_34) != l_1892[0][3][0]), 0x955D94750FC36050LL)))))) ^ p_34))), 0x2DL));
                        l_1885[7] ^= (*p_33);
                        (*l_1949) = (void*)0;
                    }
                    (*g_157) = p_33;
                }
                l_1698 &= (-7L);
                l_1966--;
            }
            (*g_157) = &l_1698;
        }
        l_1700 |= (((((safe_sub_func_uint32_t_u_u(((((((safe_mul_func_int8_t_s_s((((safe_sub_func_uint32_t_u_u(((*l_1999) = (((safe_add_func_int32_t_s_s(1L, ((((safe_mod_func_int8_t_s_s(((((safe_mul_func_int16_t_s_s((safe_unary_minus_func_int16_t_s((((safe_rshift_func_int8_t_s_s(((((*g_532) != (void*)0) == ((*l_1254) ^ (+((((safe_unary_minus_func_uint8_t_u(((((*g_983) == (*p_32)) , g_1986[0][1]) == ((((safe_lshift_func_uint16_t_u_u((((g_1184 & ((((safe_mod_func_uint64_t_u_u((safe_unary_minus_func_uint8_t_u(((void*)0 == l_1993))), p_34)) != 1L) >= p_35) == 1L)) , g_1426) == 0x507EL), l_1997)) , &l_1691) != &p_32) , &l_825)))) < 0xA3DCBFBCEEF3F56DLL) <= g_1893) , 0xF4L)))) >= (*l_1254)), p_34)) && (*l_1254)) | 0x43L))), g_1548)) & 0xCC32L) > 18446744073709551615UL) && (-1L)), (*l_1254))) , 5L) && p_34) , 0x2C82DDF2L))) , 0x6DL) >= p_34)), 0L)) > (*l_1254)) && p_35), p_35)) , l_1579[0]) && 0x79L) && g_6) >= g_529) <= (*l_1254)), 4294967286UL)) , (*g_413)) == (void*)0) , (*l_1254)) & p_35);
    }
    return (*l_1254);
}


/* ------------------------------------------ */
/* 
 * reads : g_254 g_259.f0 g_529 g_181 g_323 g_1065 g_262 g_259.f1 g_983 g_45 g_583 g_584 g_1066 g_638 g_151 g_2 g_532 g_533 g_320 g_233 g_223 g_582 g_6 g_225 g_939 g_285 g_286 g_907 g_157
 * writes: g_223 g_323 g_181 g_2 g_45 g_101 g_6 g_529 g_254 g_70 g_233 g_320 g_584 g_586 g_225 g_359 g_908 g_156
 */
static int32_t  func_36(uint16_t  p_37, uint16_t  p_38)
{ /* block id: 490 */
    int8_t *l_1036 = &g_82[0][5];
    union U0 l_1037 = {0xB8CD3947L};
    union U0 *l_1040 = &g_259[1][0][7];
    union U0 **l_1039 = &l_1040;
    union U0 ** const * const l_1038 = &l_1039;
    union U0 ***l_1042 = &l_1039;
    union U0 ****l_1041 = &l_1042;
    int16_t *l_1050 = (void*)0;
    uint64_t *l_1051[1];
    int32_t l_1052[10] = {0x88B3C2A3L,0L,0x88B3C2A3L,0L,0x88B3C2A3L,0L,0x88B3C2A3L,0L,0x88B3C2A3L,0L};
    int32_t *l_1053 = &g_45;
    int32_t l_1054 = 0x1526B6AAL;
    uint32_t l_1088 = 0x7DF19A27L;
    uint8_t l_1121 = 1UL;
    const int32_t *l_1183 = &g_1184;
    int i;
    for (i = 0; i < 1; i++)
        l_1051[i] = &g_181;
    l_1054 ^= ((l_1036 == (l_1037 , l_1036)) < ((l_1037.f1 | ((l_1038 == ((*l_1041) = (void*)0)) , 0xCEL)) < (safe_rshift_func_int16_t_s_s((((l_1037.f1 > (((l_1052[8] = (safe_mod_func_uint64_t_u_u(((safe_add_func_int8_t_s_s(((((+(((g_223 = (65531UL | g_254)) , &g_638[0]) == &g_617)) ^ l_1037.f1) & g_259[1][0][7].f0) , l_1037.f0), 0xD0L)) , p_37), g_529))) , (void*)0) == l_1053)) , (-1L)) != l_1037.f1), g_181))));
    for (g_323 = 13; (g_323 > 4); --g_323)
    { /* block id: 497 */
        uint32_t l_1079 = 0x712B4F41L;
        int32_t l_1083 = 1L;
        union U0 **** const l_1134 = &l_1042;
        int8_t *l_1215 = &g_359;
        int32_t *l_1220[6][7] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_45,&g_45,&g_45,&g_45,&g_45,&g_45,&g_45},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_45,&g_45,&g_45,&g_45,&g_45,&g_45,&g_45},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_45,&g_45,&g_45,&g_45,&g_45,&g_45,&g_45}};
        int32_t l_1228 = (-1L);
        int32_t l_1232 = 1L;
        int32_t l_1234 = 0x7EA1C9E3L;
        int32_t l_1235 = 0x63FBFC19L;
        int32_t l_1239 = 0x856D4F30L;
        int32_t l_1241 = 0x5539F082L;
        int32_t l_1242[1][9] = {{0xDC29E559L,0xDC29E559L,0xDC29E559L,0xDC29E559L,0xDC29E559L,0xDC29E559L,0xDC29E559L,0xDC29E559L,0xDC29E559L}};
        int32_t *l_1250[6][6] = {{&g_2[1][2][0],&g_2[1][2][0],&l_1052[7],&l_1083,&l_1052[7],&g_2[1][2][0]},{&l_1052[7],&g_2[1][2][0],&l_1083,&l_1083,&g_2[1][2][0],&l_1052[7]},{&g_2[1][2][0],&l_1052[7],&l_1083,&l_1052[7],&g_2[1][2][0],&g_2[1][2][0]},{(void*)0,&l_1052[7],&l_1052[7],(void*)0,&g_2[1][2][0],(void*)0},{(void*)0,&g_2[1][2][0],(void*)0,&l_1052[7],&l_1052[7],(void*)0},{&g_2[1][2][0],&g_2[1][2][0],&l_1052[7],&l_1083,&l_1052[7],&g_2[1][2][0]}};
        int i, j;
        for (g_181 = 0; (g_181 == 2); g_181++)
        { /* block id: 500 */
            uint32_t **l_1068 = &g_1066[3][0];
            uint32_t ***l_1067 = &l_1068;
            int32_t l_1069 = (-1L);
            int16_t *l_1080 = &g_223;
            int32_t l_1081 = 0L;
            uint16_t l_1082 = 9UL;
            if (((*g_983) = (safe_div_func_uint16_t_u_u(((((safe_mul_func_int8_t_s_s((p_37 , ((((g_1065 != ((*l_1067) = &g_1066[5][0])) == ((((p_37 < (p_37 , (((l_1069 = p_38) | (0xCBB6CD53L >= 0L)) , (safe_mod_func_int16_t_s_s(((*l_1080) = (safe_add_func_int32_t_s_s(((safe_sub_func_int32_t_s_s(((!(safe_div_func_uint8_t_u_u(g_262, 0x8EL))) <= p_38), p_37)) && l_1079), p_37))), (-1L)))))) && p_38) >= g_259[1][0][7].f1) >= p_38)) < 0L) & l_1081)), l_1054)) > l_1082) ^ p_37) < l_1052[8]), p_38))))
            { /* block id: 505 */
                l_1083 = l_1079;
                if (p_38)
                    continue;
                if (l_1052[8])
                    continue;
            }
            else
            { /* block id: 509 */
                for (g_45 = 6; (g_45 >= 2); g_45 -= 1)
                { /* block id: 512 */
                    int i;
                    return l_1052[(g_45 + 2)];
                }
            }
        }
        for (g_101 = 0; (g_101 < 11); g_101 = safe_add_func_uint16_t_u_u(g_101, 6))
        { /* block id: 519 */
            for (g_6 = 0; (g_6 == (-14)); --g_6)
            { /* block id: 522 */
                int32_t l_1089 = 0L;
                for (g_529 = 0; (g_529 <= 2); g_529 += 1)
                { /* block id: 525 */
                    l_1083 ^= l_1088;
                }
                if (l_1089)
                    break;
                return l_1079;
            }
        }
        for (g_254 = 0; (g_254 <= 39); ++g_254)
        { /* block id: 534 */
            uint32_t * const l_1092 = (void*)0;
            uint64_t l_1105[3];
            int64_t *l_1106[3][1][4];
            uint32_t *l_1122[2][6][10] = {{{(void*)0,&l_1088,&g_638[3],&g_638[3],&g_638[1],&g_638[1],&g_638[1],&g_638[1],&g_638[2],(void*)0},{&g_638[1],&g_638[1],&g_638[1],&g_638[2],(void*)0,&g_638[2],&l_1088,&l_1088,&g_638[2],&l_1088},{&g_638[2],&l_1088,&l_1088,&g_638[2],(void*)0,&g_638[3],&l_1088,&l_1088,&l_1088,&l_1088},{&g_638[3],&g_638[3],&g_638[1],&g_638[1],&g_638[0],&g_638[3],(void*)0,&g_638[3],&g_638[0],&g_638[1]},{&g_638[3],&g_638[3],&g_638[3],&l_1088,&g_638[3],(void*)0,&g_638[0],&g_638[3],&g_638[3],&g_638[2]},{&g_638[3],&g_638[1],&g_638[3],(void*)0,&g_638[3],&l_1088,(void*)0,&g_638[3],&l_1088,&l_1088}},{{&l_1088,&g_638[1],&g_638[3],&g_638[2],&g_638[3],(void*)0,(void*)0,&g_638[3],&g_638[3],&g_638[2]},{(void*)0,&l_1088,&g_638[1],(void*)0,(void*)0,&l_1088,&l_1088,&g_638[1],&g_638[1],&g_638[0]},{&g_638[3],&l_1088,&l_1088,&g_638[3],&g_638[2],&g_638[1],(void*)0,&g_638[3],&l_1088,&g_638[3]},{&g_638[2],(void*)0,&l_1088,&l_1088,&l_1088,&l_1088,&l_1088,&l_1088,(void*)0,&g_638[2]},{&g_638[3],&g_638[3],&l_1088,&l_1088,&l_1088,&l_1088,&l_1088,&g_638[1],(void*)0,&g_638[3]},{(void*)0,&l_1088,&l_1088,&g_638[3],&l_1088,(void*)0,&g_638[3],&l_1088,&l_1088,&g_638[2]}}};
            int32_t l_1123 = (-6L);
            uint8_t *l_1125[9][5][5] = {{{&g_254,&g_254,(void*)0,&g_262,&g_254},{&g_254,&g_254,&g_262,&g_262,&g_262},{&g_254,&g_262,(void*)0,(void*)0,&g_262},{&g_254,&g_254,&g_262,&g_262,&g_254},{&g_262,&g_262,&g_262,&g_262,&g_262}},{{&g_254,&g_254,&g_262,(void*)0,&g_254},{&g_262,&g_254,&g_262,&g_262,&g_254},{&g_254,&g_262,&g_262,&g_262,&g_254},{&g_254,&g_262,&g_262,(void*)0,&g_262},{&g_254,&g_254,(void*)0,&g_262,&g_254}},{{&g_254,&g_254,&g_262,&g_262,&g_262},{&g_254,&g_262,(void*)0,(void*)0,&g_262},{&g_254,&g_254,&g_262,&g_262,&g_254},{&g_262,&g_262,&g_262,&g_262,&g_262},{&g_254,&g_254,&g_262,(void*)0,&g_254}},{{&g_262,&g_254,&g_262,&g_262,&g_254},{&g_254,&g_262,&g_262,&g_262,&g_254},{&g_254,&g_262,&g_262,(void*)0,&g_262},{&g_254,&g_254,(void*)0,&g_262,&g_254},{&g_254,&g_254,&g_262,&g_262,(void*)0}},{{&g_254,(void*)0,&g_262,&g_262,(void*)0},{(void*)0,(void*)0,&g_262,&g_254,&g_262},{(void*)0,(void*)0,&g_254,&g_254,&g_254},{&g_254,&g_254,&g_262,&g_262,&g_254},{(void*)0,(void*)0,&g_262,&g_254,&g_262}},{{(void*)0,&g_254,&g_254,&g_262,&g_254},{&g_254,&g_254,&g_262,&g_262,&g_254},{&g_262,(void*)0,&g_262,&g_262,&g_262},{&g_262,&g_254,&g_254,&g_254,(void*)0},{&g_254,(void*)0,&g_262,&g_262,(void*)0}},{{(void*)0,(void*)0,&g_262,&g_254,&g_262},{(void*)0,(void*)0,&g_254,&g_254,&g_254},{&g_254,&g_254,&g_262,&g_262,&g_254},{(void*)0,(void*)0,&g_262,&g_254,&g_262},{(void*)0,&g_254,&g_254,&g_262,&g_254}},{{&g_254,&g_254,&g_262,&g_262,&g_254},{&g_262,(void*)0,&g_262,&g_262,&g_262},{&g_262,&g_254,&g_254,&g_254,(void*)0},{&g_254,(void*)0,&g_262,&g_262,(void*)0},{(void*)0,(void*)0,&g_262,&g_254,&g_262}},{{(void*)0,(void*)0,&g_254,&g_254,&g_254},{&g_254,&g_254,&g_262,&g_262,&g_254},{(void*)0,(void*)0,&g_262,&g_254,&g_262},{(void*)0,&g_254,&g_254,&g_262,&g_254},{&g_254,&g_254,&g_262,&g_262,&g_254}}};
            uint8_t **l_1124 = &l_1125[8][3][3];
            int8_t l_1150 = (-4L);
            uint32_t **l_1160 = (void*)0;
            uint32_t ***l_1159 = &l_1160;
            const int32_t *l_1185 = &g_6;
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_1105[i] = 18446744073709551608UL;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 4; k++)
                        l_1106[i][j][k] = &g_233[1];
                }
            }
            l_1052[8] |= ((l_1092 == (((safe_lshift_func_int16_t_s_u(((safe_sub_func_uint64_t_u_u((((((**g_583) = p_37) , ((p_37 < (g_233[1] = ((safe_lshift_func_int16_t_s_u((l_1037.f0 || (65532UL ^ ((p_37 ^ ((l_1083 , (safe_add_func_uint32_t_u_u(l_1079, (((safe_mul_func_int8_t_s_s((safe_sub_func_uint32_t_u_u(0x8D1FE070L, l_1105[1])), p_37)) , l_1105[0]) > l_1037.f1)))) != p_37)) | p_37))), 10)) | l_1105[1]))) & p_37)) >= l_1037.f0) < l_1083), 0UL)) | (-4L)), 15)) != p_37) , (*g_1065))) ^ p_37);
            if (((safe_div_func_uint64_t_u_u((((((*l_1124) = (((safe_div_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(p_37, (l_1123 |= (((+(((l_1105[0] == l_1105[1]) != l_1105[1]) <= p_37)) & ((safe_lshift_func_uint16_t_u_s(((l_1121 &= ((((g_320 = (safe_rshift_func_uint8_t_u_u((+p_37), p_37))) == p_38) != (safe_add_func_uint64_t_u_u((l_1105[1] > p_37), 0xA79EE99A7AF56B6BLL))) > p_38)) != l_1083), 10)) <= p_37)) >= 0x5F6B595576673633LL)))), g_638[1])) == p_37) , &g_262)) != (void*)0) > p_37) , l_1079), p_38)) < (-1L)))
            { /* block id: 542 */
                uint32_t ***l_1161[8] = {&l_1160,&l_1160,&l_1160,&l_1160,&l_1160,&l_1160,&l_1160,&l_1160};
                int32_t l_1171 = (-2L);
                uint64_t l_1172 = 18446744073709551615UL;
                int i;
                l_1054 &= (safe_mul_func_int8_t_s_s(((safe_rshift_func_int8_t_s_s((safe_div_func_uint64_t_u_u((((safe_sub_func_int64_t_s_s(((((p_37 && (l_1123 = (l_1134 != ((safe_sub_func_uint16_t_u_u((safe_div_func_uint64_t_u_u(0xD4D413B6D9FD6D52LL, (safe_div_func_int8_t_s_s((safe_unary_minus_func_int8_t_s(((safe_rshift_func_uint8_t_u_s(g_151, 1)) , ((safe_rshift_func_uint16_t_u_s(0xD91EL, (((safe_rshift_func_int8_t_s_s((safe_add_func_uint32_t_u_u(0x20084E6EL, p_37)), l_1150)) || 1L) & 0UL))) , l_1037.f0)))), 0x3AL)))), 0x0597L)) , (void*)0)))) , (-2L)) , p_38) , l_1083), p_38)) && p_38) == p_37), g_2[0][6][5])), 1)) , p_38), (-5L)));
                (*g_983) = (safe_rshift_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u((((&l_1121 == &l_1121) , (safe_sub_func_uint64_t_u_u((safe_div_func_uint16_t_u_u((l_1159 != l_1161[1]), (safe_add_func_uint64_t_u_u(((l_1083 = l_1052[7]) == (safe_add_func_int32_t_s_s((safe_mod_func_int32_t_s_s((safe_mul_func_int8_t_s_s(((void*)0 == (*g_532)), ((+(p_38 <= l_1171)) && 0L))), l_1079)), l_1105[1]))), g_320)))), g_233[1]))) != p_37), p_37)), g_223));
                if (l_1172)
                    break;
            }
            else
            { /* block id: 548 */
                uint32_t l_1177 = 0x479B14FBL;
                for (l_1088 = 15; (l_1088 <= 15); l_1088++)
                { /* block id: 551 */
                    int32_t *l_1178 = &g_70;
                    union U0 l_1194 = {0xD0D12EACL};
                    for (p_38 = 28; (p_38 < 9); p_38 = safe_sub_func_uint8_t_u_u(p_38, 1))
                    { /* block id: 554 */
                        const int32_t **l_1179 = (void*)0;
                        const int32_t *l_1181 = &g_1182;
                        const int32_t **l_1180[2];
                        int i;
                        for (i = 0; i < 2; i++)
                            l_1180[i] = &l_1181;
                        if (l_1177)
                            break;
                        l_1185 = (l_1183 = func_61(((**g_582) = l_1178)));
                    }
                    for (g_586 = 3; (g_586 <= 26); g_586 = safe_add_func_uint64_t_u_u(g_586, 7))
                    { /* block id: 562 */
                        uint64_t l_1198[5][7] = {{0x054106607DC4320CLL,0x97EBC9BACFAD8421LL,0x054106607DC4320CLL,0xF04A241BE9334449LL,0x03417458BF732559LL,0x03417458BF732559LL,0xF04A241BE9334449LL},{0x054106607DC4320CLL,0x97EBC9BACFAD8421LL,0x054106607DC4320CLL,0xF04A241BE9334449LL,0x03417458BF732559LL,0x03417458BF732559LL,0xF04A241BE9334449LL},{0x054106607DC4320CLL,0x97EBC9BACFAD8421LL,0x054106607DC4320CLL,0xF04A241BE9334449LL,0x03417458BF732559LL,0x03417458BF732559LL,0xF04A241BE9334449LL},{0x054106607DC4320CLL,0x97EBC9BACFAD8421LL,0x054106607DC4320CLL,0xF04A241BE9334449LL,0x03417458BF732559LL,0x03417458BF732559LL,0xF04A241BE9334449LL},{0x054106607DC4320CLL,0x97EBC9BACFAD8421LL,0x054106607DC4320CLL,0xF04A241BE9334449LL,0x03417458BF732559LL,0x03417458BF732559LL,0xF04A241BE9334449LL}};
                        int32_t l_1211 = 0xC9273E9DL;
                        int i, j;
                        l_1054 ^= (((l_1083 = (p_38 <= p_38)) && (l_1052[2] = (((safe_div_func_int16_t_s_s((g_223 = g_323), ((safe_mul_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_u(p_38, g_2[1][2][0])) , (((*g_983) = (l_1194 , (safe_rshift_func_uint8_t_u_s((~((++l_1198[4][3]) > (((g_225 = (safe_rshift_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u((safe_add_func_int64_t_s_s((safe_mul_func_int16_t_s_s((p_37 < (((5L ^ (safe_add_func_int16_t_s_s(g_638[3], 1L))) || 4L) != p_38)), p_38)), l_1211)), l_1083)) , 0x1DL), g_233[1]))) && p_37) != p_37))), 4)))) < 0xBA5E1900L)), (-1L))) && 0xBEA62BC9L))) || 1L) , p_37))) , p_38);
                    }
                }
            }
        }
        for (g_359 = (-28); (g_359 != 22); ++g_359)
        { /* block id: 576 */
            uint64_t *l_1214 = &g_101;
            int32_t l_1218 = 0xF2E7BC1EL;
            int32_t l_1229 = 0x9228C2B0L;
            int32_t l_1230 = 0x9FECC7C9L;
            int32_t l_1233[8] = {1L,(-1L),1L,1L,(-1L),1L,1L,(-1L)};
            int8_t l_1237 = 0xBAL;
            int32_t l_1246 = 0xA67270BCL;
            int i;
            if (p_38)
            { /* block id: 577 */
                uint32_t l_1219 = 0x3C3D537EL;
                (*g_983) |= (g_225 < (((((**g_939) != (l_1214 = (*g_285))) < (p_37 == ((((*g_907) = l_1215) == (void*)0) && ((((safe_mul_func_uint16_t_u_u(l_1218, ((l_1083 ^ p_37) , 0L))) & l_1218) , 0x53E6B198L) , l_1079)))) ^ l_1219) || 8UL));
                return l_1219;
            }
            else
            { /* block id: 582 */
                int32_t *l_1221 = &l_1052[8];
                l_1221 = func_61(l_1220[5][3]);
            }
            for (g_223 = 0; (g_223 > (-3)); g_223 = safe_sub_func_int8_t_s_s(g_223, 9))
            { /* block id: 587 */
                int64_t l_1226 = (-4L);
                int32_t l_1227 = 0L;
                int32_t l_1231 = (-10L);
                int32_t l_1236 = 1L;
                int32_t l_1238 = 1L;
                int32_t l_1240 = (-10L);
                int32_t l_1243 = 0L;
                int32_t l_1244 = 1L;
                int32_t l_1245[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_1245[i] = 0x6A412113L;
                (*g_157) = func_61(l_1053);
                for (l_1088 = 3; (l_1088 <= 8); l_1088 += 1)
                { /* block id: 591 */
                    int32_t *l_1224 = &g_6;
                    int32_t *l_1225[3];
                    uint32_t l_1247 = 0UL;
                    int i;
                    for (i = 0; i < 3; i++)
                        l_1225[i] = &g_6;
                    l_1247--;
                    for (l_1244 = 0; (l_1244 <= 8); l_1244 += 1)
                    { /* block id: 595 */
                        return p_37;
                    }
                }
                (*g_157) = l_1250[3][5];
            }
            for (l_1121 = 0; (l_1121 <= 3); l_1121 += 1)
            { /* block id: 603 */
                int i;
                (*g_983) |= g_233[l_1121];
            }
            (*g_983) = (safe_rshift_func_uint8_t_u_s(g_254, 3));
        }
    }
    return l_1054;
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_157 g_254 g_529 g_45 g_638 g_359 g_156 g_323 g_907 g_259.f1 g_908 g_223 g_938 g_259 g_617 g_233 g_413 g_414 g_865 g_181 g_983 g_6 g_262 g_582 g_225
 * writes: g_2 g_156 g_638 g_865 g_359 g_82 g_223 g_45 g_938 g_233 g_323 g_320 g_583 g_181 g_586
 */
static int32_t * func_46(uint64_t  p_47, uint8_t  p_48)
{ /* block id: 408 */
    uint64_t l_829[5] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
    int32_t *l_830 = &g_2[1][4][7];
    int32_t l_831[5][1];
    int32_t *l_832 = &l_831[3][0];
    int32_t *l_833[2];
    int16_t l_834 = 0L;
    int16_t l_835 = 0x2DEDL;
    int32_t l_836 = 0x13B5E163L;
    int8_t l_837 = 1L;
    uint32_t l_838 = 2UL;
    int8_t l_856 = 0x70L;
    uint8_t l_861 = 255UL;
    int32_t l_897 = 0x846471A8L;
    union U0 l_915 = {-1L};
    uint8_t l_917 = 4UL;
    uint64_t **l_918 = &g_286;
    int32_t ***l_960 = (void*)0;
    int32_t ****l_959[6][8] = {{&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960},{&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960},{&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960},{&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960},{&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960},{&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960,&l_960}};
    int32_t **l_1013 = &g_584;
    int32_t ****l_1029[8][2] = {{&g_582,&g_582},{&g_582,&g_582},{&g_582,&g_582},{&g_582,&g_582},{&g_582,&g_582},{&g_582,&g_582},{&g_582,&g_582},{&g_582,&g_582}};
    int32_t *l_1033 = &l_836;
    int32_t *l_1034[4] = {&l_836,&l_836,&l_836,&l_836};
    int32_t *l_1035 = (void*)0;
    int i, j;
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
            l_831[i][j] = 0xB7AC97E0L;
    }
    for (i = 0; i < 2; i++)
        l_833[i] = &l_831[1][0];
    (*l_830) = (safe_lshift_func_uint16_t_u_s(l_829[4], 15));
    ++l_838;
    if ((*l_830))
    { /* block id: 411 */
        uint32_t l_843 = 1UL;
        int32_t l_863[10][3][8] = {{{8L,3L,0xC88F27A1L,1L,0L,0x6E391F86L,(-1L),0x94C36953L},{5L,1L,0L,0L,0x72A1A490L,0L,0x2385661FL,0xC0C1C11EL},{(-1L),5L,0x87A84F5CL,0x94C36953L,3L,0xA12B9A10L,(-7L),0x46AC89F2L}},{{0x2F451F0FL,0L,1L,1L,0x94C36953L,1L,1L,0L},{0L,0xC0C1C11EL,1L,0xB43AD73FL,8L,0L,3L,1L},{0L,0x2385661FL,0L,3L,0L,2L,3L,0L}},{{1L,3L,1L,0L,0L,0x75F36047L,1L,0xF32318A9L},{0L,0x75F36047L,1L,0xF32318A9L,0xC88F27A1L,0x72A1A490L,(-7L),0x2F451F0FL},{0xE083305FL,0x46AC89F2L,0x87A84F5CL,0L,(-5L),0L,0x2385661FL,0L}},{{(-1L),(-1L),0L,1L,7L,(-1L),(-1L),7L},{0xB43AD73FL,0xC88F27A1L,0xC88F27A1L,0xB43AD73FL,(-1L),1L,0xF32318A9L,0x65D08802L},{0xE083305FL,0x94C36953L,0x6162B981L,0x2385661FL,(-7L),0L,0L,0x46AC89F2L}},{{1L,0x94C36953L,0x2F451F0FL,(-2L),0L,1L,(-1L),5L},{3L,0xC88F27A1L,1L,0L,0x6E391F86L,(-1L),0x94C36953L,(-2L)},{0L,(-1L),9L,0L,(-1L),0L,0xB43AD73FL,0L}},{{0x6E391F86L,0x46AC89F2L,0x2F451F0FL,0xC0C1C11EL,0x94C36953L,0x72A1A490L,0x65D08802L,3L},{0xF32318A9L,0x75F36047L,1L,(-1L),0x26753014L,1L,0xC0C1C11EL,0xBFEB7587L},{0xC88F27A1L,0x2F451F0FL,7L,0x75F36047L,1L,0L,1L,1L}},{{8L,0x65D08802L,(-9L),9L,1L,(-9L),0L,(-1L)},{0xC88F27A1L,8L,1L,1L,0x26753014L,0L,1L,0xA12B9A10L},{0xC0C1C11EL,(-2L),0L,0x65D08802L,1L,0L,0x72A1A490L,(-2L)}},{{0xBFEB7587L,(-1L),0xA12B9A10L,2L,0xC88F27A1L,(-9L),0x26753014L,0x72A1A490L},{(-2L),0L,9L,0x2F451F0FL,0xBFEB7587L,0xBFEB7587L,0x2F451F0FL,9L},{0x2F451F0FL,0x2F451F0FL,0x2385661FL,8L,0x75F36047L,(-5L),0x72A1A490L,0xC0C1C11EL}},{{0x87A84F5CL,(-1L),0L,4L,1L,9L,0x04AE61ACL,0xC0C1C11EL},{(-1L),0xA12B9A10L,1L,8L,0L,1L,0x65D08802L,9L},{0x6E391F86L,0xC88F27A1L,(-1L),0x2F451F0FL,0x72A1A490L,0x46AC89F2L,1L,0x72A1A490L}},{{2L,1L,0x04AE61ACL,2L,1L,0x26753014L,4L,(-2L)},{(-1L),0x6162B981L,0x26753014L,0x65D08802L,0x04AE61ACL,0xA12B9A10L,(-2L),0xA12B9A10L},{0x75F36047L,1L,5L,1L,0x75F36047L,0xF32318A9L,0x6E391F86L,(-1L)}}};
        uint16_t *l_864 = (void*)0;
        int32_t l_881 = 0x1687CCF9L;
        union U0 l_914 = {-1L};
        int8_t **l_916 = &g_908[0][6];
        uint64_t ****l_942 = &g_939;
        int32_t ***l_958 = &g_157;
        int32_t ****l_957 = &l_958;
        int i, j, k;
        (*g_157) = &l_831[1][0];
        for (l_837 = (-21); (l_837 < (-15)); l_837 = safe_add_func_uint64_t_u_u(l_837, 5))
        { /* block id: 415 */
            uint64_t l_852 = 0x283C3EDD3608AE94LL;
            uint32_t *l_862[1];
            int32_t l_893 = 0x54A54A22L;
            int8_t **l_913[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            int i;
            for (i = 0; i < 1; i++)
                l_862[i] = &l_838;
            ++l_843;
            if (((safe_div_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(p_47, 0)), (safe_div_func_uint8_t_u_u(l_852, ((p_47 , (((g_865 = ((((~18446744073709551615UL) , ((&g_320 == (((safe_div_func_uint64_t_u_u((p_47 || (l_863[3][1][6] ^= (((l_856 & (l_852 & (g_638[3] = (((safe_mul_func_int8_t_s_s(((safe_mod_func_uint16_t_u_u((l_843 == g_254), p_47)) , l_861), 0UL)) <= 0xA1EFL) , g_529)))) > 254UL) <= g_529))), p_47)) != 0x0CL) , l_864)) != g_45)) , l_863[3][1][6]) == 0xA7F948F8DB6C8E4ALL)) >= p_48) || l_852)) , l_863[4][2][4]))))) & l_852))
            { /* block id: 420 */
                int32_t l_886 = 0x5FF7EE0EL;
                for (g_359 = (-7); (g_359 >= 22); g_359++)
                { /* block id: 423 */
                    int8_t *l_889 = (void*)0;
                    int8_t *l_890 = &g_82[2][0];
                    int8_t *l_891 = &l_856;
                    int32_t l_892 = (-8L);
                    l_863[3][1][6] |= (safe_add_func_uint8_t_u_u(g_2[1][2][0], g_638[3]));
                    l_893 ^= ((*l_830) = (safe_sub_func_int16_t_s_s(((p_48 >= (safe_sub_func_uint64_t_u_u(((safe_lshift_func_uint8_t_u_u(p_47, (safe_div_func_uint8_t_u_u((p_48 > (safe_lshift_func_int16_t_s_s((~((l_881 & ((((**g_157) = ((safe_add_func_uint8_t_u_u((safe_div_func_int32_t_s_s((1UL && 0xE1FBDC73L), l_886)), (p_48 == (((*l_891) ^= ((*l_890) = g_359)) != 0x91L)))) != (-8L))) , (void*)0) == &g_157)) , l_892)), l_892))), 0x7CL)))) > g_638[1]), l_881))) | l_863[0][1][0]), 9UL)));
                    l_881 |= ((*g_156) = p_48);
                    (*l_830) = ((*l_832) |= (~(g_638[3] = 0xA458D6BCL)));
                }
            }
            else
            { /* block id: 436 */
                int8_t ***l_909 = (void*)0;
                int8_t ***l_910 = (void*)0;
                int8_t ***l_911 = (void*)0;
                int8_t ***l_912[8];
                int32_t l_919 = 7L;
                uint64_t *****l_940 = &g_938[4];
                uint64_t *****l_941 = (void*)0;
                int16_t l_955 = 0x5797L;
                int64_t *l_956[8][4] = {{&g_233[3],&g_233[3],&g_233[3],&g_233[3]},{&g_233[3],&g_233[3],&g_233[3],&g_233[3]},{&g_233[3],&g_233[3],&g_233[3],&g_233[3]},{&g_233[3],&g_233[3],&g_233[3],&g_233[3]},{&g_233[3],&g_233[3],&g_233[3],&g_233[3]},{&g_233[3],&g_233[3],&g_233[3],&g_233[3]},{&g_233[3],&g_233[3],&g_233[3],&g_233[3]},{&g_233[3],&g_233[3],&g_233[3],&g_233[3]}};
                int i, j;
                for (i = 0; i < 8; i++)
                    l_912[i] = &g_907;
                (*g_156) = ((safe_lshift_func_int8_t_s_u((g_323 < l_897), (((-5L) != (((safe_rshift_func_uint8_t_u_s(((((safe_add_func_uint64_t_u_u((p_48 > (((safe_mod_func_int8_t_s_s((-1L), ((p_47 >= (+((safe_rshift_func_int8_t_s_s((((l_913[2] = g_907) != ((l_914 , l_915) , l_916)) | 0xB25AL), p_48)) , l_914.f0))) && g_259[1][0][7].f1))) , (void*)0) == (*l_916))), 0UL)) ^ p_47) || (-1L)) , g_2[1][2][0]), l_917)) , l_918) == l_918)) & l_919))) != p_47);
                for (g_223 = 0; (g_223 <= 4); g_223 += 1)
                { /* block id: 441 */
                    union U0 *l_922 = &g_259[2][0][3];
                    union U0 **l_921[1][1];
                    union U0 ***l_920 = &l_921[0][0];
                    union U0 ****l_923 = &l_920;
                    int32_t l_927 = 0L;
                    uint32_t l_928 = 0x58188D76L;
                    int i, j;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 1; j++)
                            l_921[i][j] = &l_922;
                    }
                    (*l_923) = l_920;
                    for (g_45 = 4; (g_45 >= 0); g_45 -= 1)
                    { /* block id: 445 */
                        int i;
                        (*g_157) = &l_893;
                        (**g_157) = ((*l_830) ^= (+(safe_sub_func_uint32_t_u_u(l_829[g_223], g_254))));
                        ++l_928;
                        (*g_157) = &l_831[2][0];
                    }
                }
                l_959[4][1] = (((+((g_233[1] = (safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((p_47 , (l_893 , (l_919 = (safe_mod_func_int8_t_s_s(((((*l_940) = g_938[2]) == (l_942 = (void*)0)) & ((safe_rshift_func_int8_t_s_s((l_852 == (safe_sub_func_uint8_t_u_u(((((((((*l_830) = (g_259[1][0][7] , (0x0930DB56300813B1LL <= (safe_lshift_func_uint8_t_u_u(g_2[1][2][0], 6))))) >= (safe_lshift_func_int8_t_s_s((safe_mod_func_int8_t_s_s(((((safe_rshift_func_uint8_t_u_u(p_48, 4)) , g_617) & 0x92CBL) | g_638[3]), l_955)), 7))) >= 0x03C938C6390FDB72LL) , 0x697BBF5CL) | (-4L)) && g_233[1]) | p_47), 1L))), 7)) > 0x55B3816CL)), p_47))))), p_48)), p_48))) < 0L)) , p_48) , l_957);
                for (l_955 = 0; (l_955 != (-28)); --l_955)
                { /* block id: 461 */
                    uint32_t l_978 = 0x83B6FD6AL;
                    int32_t *l_979 = &g_865;
                    int32_t l_980[5] = {0x38697B65L,0x38697B65L,0x38697B65L,0x38697B65L,0x38697B65L};
                    uint16_t *l_981 = &g_323;
                    int i;
                    if ((~(((p_47 ^ (((safe_mod_func_uint32_t_u_u((((*g_413) == (void*)0) || p_48), l_955)) ^ (((safe_div_func_int8_t_s_s((((*l_981) = ((safe_lshift_func_uint8_t_u_s(p_48, 2)) & ((((((safe_add_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u((***l_958), 4)), ((((*l_979) |= (safe_lshift_func_int8_t_s_s((safe_mod_func_int8_t_s_s((l_978 = 0xD1L), (((((g_254 || p_47) | 9L) == 0x2EB94B5BFBDAA713LL) | l_893) && g_45))), p_48))) , (****l_957)) | l_893))) && p_48) == 0xB976L) | l_980[2]) || (-5L)) ^ 0x42L))) > g_181), p_47)) > 1UL) >= (-1L))) <= (-2L))) > 0x86L) >= g_254)))
                    { /* block id: 465 */
                        int32_t *l_982 = &l_863[5][0][0];
                        return g_983;
                    }
                    else
                    { /* block id: 467 */
                        uint16_t l_990 = 65535UL;
                        int32_t l_991 = 1L;
                        uint16_t *l_1002 = &g_320;
                        int16_t *l_1003 = &l_834;
                        l_991 = ((0x34E6996BL && (safe_mul_func_uint8_t_u_u(g_45, (0x7BBAL ^ ((void*)0 == &l_980[4]))))) , (((safe_sub_func_int32_t_s_s((-6L), ((l_955 && (0xF3F6C31D05970EC9LL | (((safe_mod_func_uint64_t_u_u((p_48 >= 0x69L), 0x6D87B62233C62DFCLL)) | p_47) > l_990))) , (****l_957)))) , l_919) | 1UL));
                        l_881 |= (l_980[2] &= ((safe_sub_func_int32_t_s_s(((*g_983) = ((((*l_1003) = ((l_852 < (((((safe_sub_func_uint8_t_u_u(0xCAL, (l_919 ^ (((*l_1002) = (safe_add_func_int32_t_s_s(p_48, (((safe_add_func_uint32_t_u_u(l_893, ((**g_157) &= (((((*l_981) = 65532UL) || (safe_div_func_uint8_t_u_u(g_6, p_47))) , &g_938[2]) == (void*)0)))) , p_47) >= 0x4B5E55901F8C086DLL)))) == 2L)))) == p_47) != 0x04L) , (*l_832)) || 65530UL)) >= 65535UL)) || g_262) > p_47)), l_955)) >= 0UL));
                    }
                    (*l_830) &= (0xF9L > (0x7689DA3BL >= (safe_div_func_int32_t_s_s(0L, p_47))));
                }
            }
        }
    }
    else
    { /* block id: 481 */
        uint8_t l_1010 = 1UL;
        int32_t *****l_1024 = &g_581[1][7][3];
        int32_t *****l_1025 = (void*)0;
        int32_t *****l_1026 = &g_581[2][0][3];
        int32_t *****l_1027 = &g_581[1][7][3];
        int32_t *****l_1028[2];
        uint64_t *l_1030 = (void*)0;
        uint64_t *l_1031 = &g_181;
        uint64_t *l_1032 = &g_586;
        int i;
        for (i = 0; i < 2; i++)
            l_1028[i] = &g_581[1][1][0];
        (*l_830) &= (safe_add_func_int16_t_s_s((((*l_1032) = (p_47 = (safe_div_func_uint32_t_u_u((l_1010 & ((((p_47 , ((safe_rshift_func_uint8_t_u_u(g_865, ((((*g_582) = l_1013) != l_1013) != (-3L)))) || (safe_mul_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s((p_47 != (safe_sub_func_int32_t_s_s((safe_mod_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(0xEC4AC1016C0D60D0LL, ((*l_1031) = (((l_1029[3][1] = &g_582) != (void*)0) | g_529)))), 0xB4L)), l_1010))), l_1010)), 65535UL)))) > 0x4051L) >= 0UL) < g_225)), 0x1937E7B1L)))) != 0x867AC54D3FEF8CBBLL), 0x178EL));
    }
    return l_1035;
}


/* ------------------------------------------ */
/* 
 * reads : g_259.f0 g_6 g_157 g_45 g_529 g_262 g_259.f1 g_223 g_151 g_638 g_181 g_233 g_156 g_259 g_2 g_254 g_359 g_617 g_82
 * writes: g_70 g_45 g_6 g_156 g_586 g_529 g_2 g_225 g_638 g_101 g_181 g_233 g_320
 */
static uint8_t  func_49(int32_t * p_50, int8_t  p_51, int32_t * p_52, int32_t * p_53, union U0  p_54)
{ /* block id: 334 */
    int32_t l_678 = 0x38073B54L;
    int32_t *l_679 = &g_2[1][2][0];
    int32_t *l_680 = &g_2[0][2][7];
    int32_t *l_681 = (void*)0;
    int32_t l_682 = 1L;
    int32_t *l_683 = (void*)0;
    int32_t *l_684 = &g_6;
    int32_t *l_685 = &g_2[1][2][0];
    int32_t *l_686 = &g_2[1][4][0];
    int32_t *l_687 = (void*)0;
    int32_t *l_688[7];
    int8_t l_689[7];
    uint64_t l_690[9] = {0x47AD74EE14C0C9DDLL,0x47AD74EE14C0C9DDLL,0x47AD74EE14C0C9DDLL,0x47AD74EE14C0C9DDLL,0x47AD74EE14C0C9DDLL,0x47AD74EE14C0C9DDLL,0x47AD74EE14C0C9DDLL,0x47AD74EE14C0C9DDLL,0x47AD74EE14C0C9DDLL};
    uint64_t ***l_694 = &g_285;
    uint64_t ****l_693 = &l_694;
    uint64_t l_695 = 0xCE591C3279948CF3LL;
    uint32_t *l_698[7] = {&g_638[1],&g_638[1],&g_638[3],&g_638[1],&g_638[1],&g_638[3],&g_638[1]};
    uint32_t *l_699 = &g_638[3];
    int64_t l_703 = (-10L);
    uint8_t l_704 = 255UL;
    int32_t l_716 = 0x80AF7037L;
    uint8_t l_723 = 0UL;
    int i;
    for (i = 0; i < 7; i++)
        l_688[i] = (void*)0;
    for (i = 0; i < 7; i++)
        l_689[i] = 0x36L;
    ++l_690[5];
    (*l_693) = &g_285;
lbl_804:
    l_695++;
    if ((g_259[1][0][7].f0 , ((l_698[6] != l_699) ^ 0x5C7EE56372BD41F7LL)))
    { /* block id: 338 */
        int32_t *l_700[2];
        int32_t l_701 = 0x52B8AA18L;
        int32_t l_702[8];
        uint32_t l_712 = 18446744073709551611UL;
        int i;
        for (i = 0; i < 2; i++)
            l_700[i] = &g_70;
        for (i = 0; i < 8; i++)
            l_702[i] = 0x36E3B21CL;
        (*g_157) = func_61(l_700[0]);
        l_704++;
        (*l_684) = (((safe_mod_func_uint32_t_u_u((safe_unary_minus_func_uint16_t_u((safe_rshift_func_int8_t_s_u((((((l_712 <= p_54.f1) , (safe_div_func_int64_t_s_s((l_702[7] , ((+0xC561AA9EL) < l_716)), l_702[4]))) <= (safe_sub_func_uint64_t_u_u(p_54.f1, l_701))) , p_54.f1) ^ p_51), p_54.f0)))), l_701)) || l_702[3]) , 0xBF49F551L);
        for (g_45 = (-11); (g_45 >= (-17)); g_45--)
        { /* block id: 344 */
            int32_t l_721 = 1L;
            int32_t l_722 = 0xCB017E6DL;
            ++l_723;
            for (g_586 = 0; (g_586 <= 40); g_586 = safe_add_func_uint16_t_u_u(g_586, 3))
            { /* block id: 348 */
                const int8_t *l_730 = &l_689[3];
                const int8_t **l_729 = &l_730;
                const int8_t ***l_728 = &l_729;
                int32_t l_744 = 1L;
                int32_t l_751 = 0x4A1C8993L;
                (*g_157) = &l_682;
                (*l_728) = (void*)0;
                for (g_529 = 0; (g_529 <= 6); g_529 += 1)
                { /* block id: 353 */
                    int32_t **l_731[10] = {&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681,&l_681};
                    int32_t ***l_732 = &l_731[0];
                    uint8_t l_741 = 251UL;
                    uint16_t l_752 = 0xA880L;
                    int i;
                    (*g_157) = l_698[g_529];
                    if ((((*l_732) = l_731[3]) != (void*)0))
                    { /* block id: 356 */
                        (*l_686) = (-2L);
                    }
                    else
                    { /* block id: 358 */
                        int16_t *l_747 = &g_225;
                        uint32_t l_748[3][4][1] = {{{0xC86B8F8DL},{0x7331CBEDL},{0xDDA2C7FAL},{18446744073709551615UL}},{{0xDDA2C7FAL},{0x7331CBEDL},{0xC86B8F8DL},{0x7331CBEDL}},{{0xDDA2C7FAL},{18446744073709551615UL},{0xDDA2C7FAL},{0x7331CBEDL}}};
                        int8_t l_753 = 4L;
                        uint8_t *l_754 = (void*)0;
                        uint8_t *l_755 = &l_741;
                        uint64_t *l_772 = &g_101;
                        uint64_t *l_775[10];
                        int i, j, k;
                        for (i = 0; i < 10; i++)
                            l_775[i] = &g_181;
                        (**g_157) = (safe_rshift_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(((safe_div_func_uint64_t_u_u(0xEBE89C336359A03ALL, (safe_rshift_func_int16_t_s_u(((((*l_755) = ((l_741 == (-9L)) || (((safe_mod_func_uint32_t_u_u((l_751 |= (((((l_744 == (safe_mul_func_int16_t_s_s(((*l_747) = p_51), (((2L || (p_54 , (((l_748[0][2][0] && ((((((safe_lshift_func_int16_t_s_s((g_262 == g_259[1][0][7].f1), g_223)) ^ 18446744073709551615UL) <= 0x00D79BF406167BEDLL) , 0x1AAF7181825C2D13LL) || g_151) <= 0x3885L)) || 18446744073709551615UL) > g_638[3]))) , l_702[7]) | p_51)))) ^ 0x6C33L) | 1L) || p_54.f0) & g_181)), l_752)) , l_751) , l_753))) ^ (-7L)) , 7L), 0)))) ^ g_638[3]), 1)), g_233[1]));
                        (*g_157) = &l_701;
                        (*l_680) ^= (safe_mod_func_uint16_t_u_u((p_54.f0 ^ (safe_add_func_int16_t_s_s(((safe_sub_func_uint32_t_u_u(0x9262A5B2L, ((((((*l_772) = (safe_mod_func_uint32_t_u_u(p_54.f1, (safe_unary_minus_func_int8_t_s((safe_sub_func_uint32_t_u_u((safe_sub_func_uint64_t_u_u(18446744073709551610UL, (+0L))), (safe_rshift_func_int8_t_s_u(g_45, 6))))))))) | (g_259[1][1][6] , (safe_mod_func_uint32_t_u_u(((g_181 ^= l_753) <= p_54.f0), p_54.f1)))) , 0x9B06D4ED9976C655LL) < l_721) < g_259[1][0][7].f1))) >= g_262), 0UL))), (-10L)));
                        l_744 ^= (g_223 , p_54.f1);
                    }
                }
            }
        }
    }
    else
    { /* block id: 372 */
        int8_t l_784 = 0xB6L;
        uint16_t *l_809 = &g_320;
        for (p_51 = 3; (p_51 == (-14)); p_51 = safe_sub_func_int64_t_s_s(p_51, 8))
        { /* block id: 375 */
            int8_t l_781 = (-7L);
            for (g_181 = (-9); (g_181 > 6); ++g_181)
            { /* block id: 378 */
                uint64_t *l_797 = &l_690[5];
                if ((&g_320 != &g_323))
                { /* block id: 379 */
                    int32_t l_780 = (-1L);
                    return l_780;
                }
                else
                { /* block id: 381 */
                    (*l_680) = (l_781 <= p_54.f1);
                }
                for (g_6 = 0; (g_6 == (-15)); --g_6)
                { /* block id: 386 */
                    for (g_101 = 0; g_101 < 4; g_101 += 1)
                    {
                        g_233[g_101] = 3L;
                    }
                }
                (*l_684) &= (l_784 , ((*l_680) = (~(safe_rshift_func_uint8_t_u_s((safe_mod_func_int8_t_s_s(((safe_unary_minus_func_uint16_t_u(g_254)) && (safe_mul_func_int8_t_s_s((+((safe_unary_minus_func_uint64_t_u(((*l_797) ^= ((safe_mod_func_int8_t_s_s(0x77L, (l_784 , g_359))) & ((void*)0 == (*l_693)))))) | (safe_lshift_func_int16_t_s_s(((((*l_699) = (safe_lshift_func_uint16_t_u_s((safe_add_func_int8_t_s_s(p_51, 0x1AL)), 15))) == 0x122CAC7FL) ^ g_617), 5)))), p_51))), 0x15L)), p_54.f0)))));
                if (l_784)
                    goto lbl_804;
            }
        }
        if ((safe_add_func_uint16_t_u_u(((*l_809) = (safe_mod_func_int8_t_s_s(0xD5L, g_2[1][2][0]))), l_784)))
        { /* block id: 397 */
            uint32_t l_823[8] = {0x30D80E19L,0x30D80E19L,0x30D80E19L,0x30D80E19L,0x30D80E19L,0x30D80E19L,0x30D80E19L,0x30D80E19L};
            int8_t *l_824 = &l_689[3];
            int i;
            (*l_680) = ((safe_div_func_uint32_t_u_u(l_784, ((*l_684) = (-4L)))) >= (safe_sub_func_uint64_t_u_u(((((safe_lshift_func_int8_t_s_u(l_784, 0)) | (-1L)) , (((((p_50 != (((~((*l_824) = ((safe_add_func_uint16_t_u_u((g_638[2] && (safe_rshift_func_uint8_t_u_u(((((&g_285 != ((*l_693) = (void*)0)) && (((safe_add_func_uint64_t_u_u((p_54.f1 || g_82[1][4]), p_54.f0)) < 5UL) == g_2[1][2][0])) , 0xC8DCL) && 1UL), g_233[1]))), l_823[2])) ^ g_223))) && 0x3064L) , (void*)0)) , l_823[6]) > l_823[2]) | p_51) <= l_823[2])) & 0xA13192789C7462A5LL), l_823[2])));
        }
        else
        { /* block id: 402 */
            return p_54.f0;
        }
    }
    return g_233[1];
}


/* ------------------------------------------ */
/* 
 * reads : g_285 g_286 g_2 g_6 g_233 g_259.f0 g_259.f1 g_359 g_101 g_223 g_82 g_157 g_156 g_254 g_323 g_151 g_259 g_262 g_532 g_45 g_586 g_533 g_583 g_584 g_181 g_638 g_225
 * writes: g_45 g_101 g_286 g_225 g_233 g_6 g_2 g_254 g_151 g_156 g_323 g_82 g_359 g_529 g_532 g_181 g_581 g_70
 */
static int32_t * func_55(union U0  p_56, int32_t * p_57, const int32_t  p_58, int32_t * p_59)
{ /* block id: 22 */
    int64_t l_83[1][8][4] = {{{0xE4E2A80421A51722LL,0x1C4191E15B83574DLL,0x1C4191E15B83574DLL,0xE4E2A80421A51722LL},{0x1C4191E15B83574DLL,0xE4E2A80421A51722LL,0x1C4191E15B83574DLL,0x1C4191E15B83574DLL},{0xE4E2A80421A51722LL,0xE4E2A80421A51722LL,0L,0xE4E2A80421A51722LL},{0xE4E2A80421A51722LL,0x1C4191E15B83574DLL,0x1C4191E15B83574DLL,0xE4E2A80421A51722LL},{0x1C4191E15B83574DLL,0xE4E2A80421A51722LL,0x1C4191E15B83574DLL,0x1C4191E15B83574DLL},{0xE4E2A80421A51722LL,0xE4E2A80421A51722LL,0L,0xE4E2A80421A51722LL},{0xE4E2A80421A51722LL,0x1C4191E15B83574DLL,0x1C4191E15B83574DLL,0xE4E2A80421A51722LL},{0x1C4191E15B83574DLL,0xE4E2A80421A51722LL,0x1C4191E15B83574DLL,0x1C4191E15B83574DLL}}};
    union U0 l_93 = {0xAF3587EAL};
    const int8_t *l_96 = (void*)0;
    int8_t *l_98 = &l_93.f1;
    int32_t l_104 = 0x0AA79CB2L;
    int32_t l_105 = (-1L);
    int32_t l_106 = (-6L);
    uint32_t l_108 = 4294967295UL;
    uint8_t l_314 = 0x78L;
    uint64_t *l_347 = &g_101;
    int16_t *l_350[1];
    int64_t *l_356 = &g_233[1];
    uint32_t *l_357[5];
    uint8_t *l_358 = &l_314;
    int32_t l_363 = 0x1987D1B0L;
    int32_t * const *l_395 = (void*)0;
    int32_t * const ** const l_394 = &l_395;
    uint64_t l_424 = 0xDF633CEB34B71B37LL;
    int64_t l_435 = 0L;
    int16_t l_547[3];
    int8_t l_559[2];
    int32_t *l_580 = &g_70;
    int32_t **l_579[3][4] = {{&l_580,(void*)0,&l_580,&l_580},{&l_580,&l_580,&l_580,&l_580},{&l_580,(void*)0,&l_580,&l_580}};
    int32_t ***l_578 = &l_579[2][2];
    int32_t ****l_577 = &l_578;
    int32_t **** const l_585[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int32_t *l_625 = &g_2[1][0][3];
    union U0 *l_640 = &g_259[2][1][1];
    union U0 **l_639 = &l_640;
    int32_t ***l_643 = &l_579[2][2];
    int32_t *l_669[9] = {&g_70,&g_70,&g_70,&g_70,&g_70,&g_70,&g_70,&g_70,&g_70};
    int32_t ** const l_668 = &l_669[4];
    int32_t ** const *l_667 = &l_668;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_350[i] = &g_223;
    for (i = 0; i < 5; i++)
        l_357[i] = &l_108;
    for (i = 0; i < 3; i++)
        l_547[i] = (-6L);
    for (i = 0; i < 2; i++)
        l_559[i] = 0xBAL;
lbl_620:
    for (g_45 = 0; (g_45 <= 3); g_45 += 1)
    { /* block id: 25 */
        uint32_t l_80[6] = {5UL,0UL,5UL,5UL,0UL,5UL};
        int8_t *l_81[9][1][9] = {{{(void*)0,&g_82[2][0],&g_82[7][6],&g_82[2][0],&g_82[2][0],&g_82[4][2],&g_82[2][0],&g_82[2][0],&g_82[7][6]}},{{&g_82[7][3],&g_82[7][3],&g_82[2][0],(void*)0,(void*)0,&g_82[2][0],&g_82[7][6],&g_82[2][0],&g_82[2][0]}},{{&g_82[1][1],&g_82[2][0],&g_82[4][2],&g_82[7][3],&g_82[5][1],&g_82[5][1],&g_82[7][3],&g_82[4][2],&g_82[2][0]}},{{&g_82[5][1],&g_82[2][0],&g_82[2][0],&g_82[6][3],&g_82[2][0],(void*)0,&g_82[7][3],&g_82[7][6],(void*)0}},{{&g_82[2][0],&g_82[1][1],&g_82[7][6],&g_82[2][0],&g_82[2][0],&g_82[2][0],&g_82[7][6],&g_82[1][1],&g_82[2][0]}},{{&g_82[2][0],&g_82[2][0],&g_82[2][0],&g_82[2][0],&g_82[7][3],&g_82[2][0],&g_82[2][0],&g_82[2][0],&g_82[1][1]}},{{&g_82[2][0],&g_82[2][0],(void*)0,&g_82[4][2],&g_82[4][2],(void*)0,&g_82[2][0],&g_82[2][0],&g_82[6][3]}},{{&g_82[2][0],&g_82[7][3],&g_82[2][0],(void*)0,&g_82[4][2],&g_82[5][1],(void*)0,&g_82[2][0],&g_82[2][0]}},{{&g_82[2][0],&g_82[2][0],&g_82[7][3],&g_82[2][0],&g_82[7][3],&g_82[2][0],&g_82[2][0],&g_82[5][1],&g_82[6][3]}}};
        const int8_t **l_97[4];
        int8_t **l_99 = &l_81[6][0][6];
        uint64_t *l_100 = &g_101;
        int32_t l_107[4] = {0x6F84042AL,0x6F84042AL,0x6F84042AL,0x6F84042AL};
        int32_t *l_135 = &g_70;
        uint64_t *l_180 = &g_181;
        int32_t *l_182 = (void*)0;
        int32_t *l_183 = &l_104;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_97[i] = &l_96;
    }
    l_104 |= ((((p_56.f0 , ((((*l_358) |= (((*l_347) = (&l_108 != (void*)0)) && ((safe_add_func_int16_t_s_s((g_225 = (((*g_285) = (*g_285)) == (void*)0)), (safe_add_func_uint16_t_u_u(l_83[0][4][0], (safe_unary_minus_func_uint32_t_u((l_105 = (((((*l_356) |= ((4294967295UL | g_2[1][2][0]) && (safe_mul_func_int16_t_s_s(g_6, (-5L))))) || g_259[1][0][7].f0) , g_233[2]) != 0xDAL)))))))) , 0UL))) != 0L) | 1L)) == g_259[1][0][7].f1) && g_359) || 1UL);
    if ((safe_sub_func_int32_t_s_s((1L != (+((0x32L ^ ((l_363 , ((l_104 |= ((safe_mod_func_int16_t_s_s(((safe_mod_func_uint64_t_u_u(((safe_mod_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s(g_259[1][0][7].f0, 12)), (safe_sub_func_int64_t_s_s((safe_sub_func_uint32_t_u_u((g_233[1] & (safe_rshift_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s((safe_mul_func_uint8_t_u_u(g_259[1][0][7].f1, ((&l_93 != (((++(*l_347)) > (safe_add_func_int16_t_s_s(g_2[1][1][4], ((g_223 && g_259[1][0][7].f0) >= 1UL)))) , (void*)0)) >= l_83[0][4][0]))), 8)), 8))), 0x26635AE4L)), 0xEF924D505C9C2B50LL)))) , p_56.f1), l_83[0][4][0])) | 65535UL), l_314)) ^ 0xFB3BL)) > (*p_59))) || 0x7F38BA8AL)) || 0x597B68662834CACELL))), p_58)))
    { /* block id: 177 */
        int32_t l_386 = 0x888E1F63L;
        const uint64_t *l_390 = (void*)0;
        const uint64_t **l_389 = &l_390;
        uint64_t **l_391 = &g_286;
        uint32_t l_440[4];
        int32_t l_443 = 0xEFBFECA4L;
        int i;
        for (i = 0; i < 4; i++)
            l_440[i] = 0x977B9727L;
        (*p_59) = ((**g_157) = (((((*l_98) = (l_386 < (safe_add_func_int16_t_s_s(0x4E0AL, (l_389 != (l_391 = (void*)0)))))) == ((((*p_59) <= l_106) , ((p_56.f1 && 255UL) > (safe_rshift_func_int8_t_s_u(l_386, g_82[7][2])))) > 0x3139589938A15CA5LL)) < p_56.f1) | p_58));
        (*p_59) = (*p_59);
        for (g_254 = 0; (g_254 <= 0); g_254 += 1)
        { /* block id: 185 */
            int32_t * const **l_397[10][5][4] = {{{&l_395,&l_395,&l_395,&l_395},{&l_395,(void*)0,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395}},{{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,(void*)0,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395},{(void*)0,&l_395,&l_395,&l_395}},{{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,(void*)0,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,(void*)0,&l_395,&l_395}},{{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,(void*)0},{(void*)0,&l_395,&l_395,&l_395},{&l_395,(void*)0,&l_395,(void*)0},{&l_395,&l_395,&l_395,&l_395}},{{&l_395,&l_395,(void*)0,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,(void*)0},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395}},{{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,(void*)0,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395}},{{&l_395,(void*)0,&l_395,&l_395},{(void*)0,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,(void*)0,&l_395,&l_395}},{{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,(void*)0,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395},{(void*)0,&l_395,&l_395,(void*)0}},{{&l_395,(void*)0,&l_395,&l_395},{(void*)0,&l_395,&l_395,&l_395},{&l_395,(void*)0,&l_395,&l_395},{(void*)0,&l_395,&l_395,&l_395},{(void*)0,(void*)0,&l_395,(void*)0}},{{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,&l_395,&l_395},{&l_395,&l_395,(void*)0,&l_395},{(void*)0,&l_395,(void*)0,&l_395}}};
            int32_t * const ***l_396[2][9] = {{&l_397[5][2][2],&l_397[9][4][0],&l_397[5][2][2],&l_397[5][2][2],&l_397[9][4][0],&l_397[5][2][2],&l_397[5][2][2],&l_397[9][4][0],&l_397[5][2][2]},{&l_397[5][2][2],&l_397[9][4][0],&l_397[5][2][2],&l_397[5][2][2],&l_397[9][4][0],&l_397[5][2][2],&l_397[5][2][2],&l_397[9][4][0],&l_397[5][2][2]}};
            int32_t * const ***l_398 = &l_397[5][2][0];
            int32_t l_417 = (-4L);
            int32_t l_418 = 0x46790FA3L;
            int32_t *l_441 = (void*)0;
            int32_t *l_442 = &l_105;
            int i, j, k;
        }
        for (g_6 = 5; (g_6 >= 2); g_6 -= 1)
        { /* block id: 202 */
            int8_t l_458[7] = {0L,0L,0L,0L,0L,0L,0L};
            int32_t *l_477 = &l_443;
            uint16_t l_517 = 0x514FL;
            int i;
            for (l_105 = 0; (l_105 <= 3); l_105 += 1)
            { /* block id: 205 */
                int32_t *l_444 = (void*)0;
                int32_t *l_445 = (void*)0;
                int32_t *l_446 = &l_443;
                int32_t *l_447 = &g_2[1][2][0];
                int32_t *l_448 = (void*)0;
                int32_t *l_449 = &g_2[1][2][0];
                int32_t *l_450 = &l_104;
                int32_t *l_451 = &l_104;
                int32_t *l_452 = &l_106;
                int32_t *l_453 = &l_106;
                int32_t *l_454[9][1] = {{(void*)0},{&g_2[1][2][0]},{(void*)0},{&g_2[1][2][0]},{(void*)0},{&g_2[1][2][0]},{(void*)0},{&g_2[1][2][0]},{(void*)0}};
                uint8_t l_455 = 1UL;
                int i, j;
                l_455--;
            }
            l_458[3] &= ((((*l_358) = g_254) == g_323) && (l_106 = 4294967288UL));
            for (g_151 = 0; (g_151 <= 3); g_151 += 1)
            { /* block id: 213 */
                uint8_t l_468[8][10][3] = {{{0x18L,8UL,0UL},{247UL,1UL,0x1BL},{1UL,1UL,0x3BL},{255UL,8UL,0x38L},{1UL,253UL,255UL},{0x1BL,0x8EL,0x0EL},{8UL,1UL,255UL},{0UL,0UL,0x38L},{0xC7L,0UL,0x3BL},{0xD8L,0x1BL,0x1BL}},{{0xD8L,0x3BL,0UL},{0xC7L,0x38L,0UL},{0UL,255UL,1UL},{8UL,0x0EL,0x8EL},{0x1BL,255UL,253UL},{1UL,0x38L,8UL},{255UL,0x3BL,1UL},{1UL,0x1BL,1UL},{247UL,0UL,8UL},{0x18L,0UL,253UL}},{{1UL,1UL,0x8EL},{0UL,0x8EL,1UL},{1UL,253UL,0UL},{0x18L,8UL,0UL},{247UL,1UL,0x1BL},{1UL,1UL,0x3BL},{255UL,8UL,0x38L},{1UL,253UL,255UL},{0x1BL,0x8EL,0x0EL},{8UL,1UL,255UL}},{{0UL,0UL,0x38L},{0xC7L,0UL,0x3BL},{0xD8L,0x1BL,0x1BL},{0xD8L,0x3BL,0UL},{0xC7L,0x38L,0UL},{0UL,255UL,1UL},{8UL,0x0EL,0x8EL},{0x1BL,255UL,253UL},{1UL,0x38L,8UL},{255UL,0x3BL,1UL}},{{1UL,0x1BL,1UL},{247UL,0UL,8UL},{0x18L,0UL,253UL},{1UL,1UL,0x8EL},{0UL,0x8EL,1UL},{1UL,253UL,0UL},{0x18L,8UL,0UL},{247UL,1UL,0x1BL},{1UL,1UL,0x3BL},{255UL,8UL,0x38L}},{{1UL,253UL,255UL},{0x1BL,0x8EL,0x0EL},{8UL,1UL,255UL},{0UL,0UL,0x38L},{0xC7L,0UL,0x3BL},{0xD8L,0x1BL,0x1BL},{0xD8L,0x3BL,0UL},{0xC7L,0x38L,0UL},{0UL,255UL,1UL},{8UL,0x0EL,0x3BL}},{{247UL,255UL,1UL},{0x18L,0x8EL,247UL},{1UL,0x0EL,0x14L},{0x14L,247UL,0x14L},{0UL,0x1BL,247UL},{8UL,0x38L,1UL},{247UL,0x18L,0x3BL},{0x38L,0x3BL,0x18L},{247UL,1UL,0x38L},{8UL,247UL,0x1BL}},{{0UL,0x14L,247UL},{0x14L,0x14L,0x0EL},{1UL,247UL,0x8EL},{0x18L,1UL,255UL},{247UL,0x3BL,1UL},{247UL,0x18L,255UL},{0x1BL,0x38L,0x8EL},{253UL,0x1BL,0x0EL},{3UL,247UL,247UL},{3UL,0x0EL,0x1BL}}};
                int32_t ***l_499 = &g_157;
                int8_t * const l_526 = &g_359;
                int i, j, k;
                for (l_106 = 3; (l_106 >= 0); l_106 -= 1)
                { /* block id: 216 */
                    uint16_t *l_463 = &g_323;
                    const int64_t l_475[9][1][8] = {{{4L,4L,0x3B7790068785BB23LL,4L,4L,0x3B7790068785BB23LL,4L,4L}},{{(-1L),4L,(-1L),(-1L),4L,(-1L),(-1L),4L}},{{4L,(-1L),(-1L),4L,(-1L),(-1L),4L,(-1L)}},{{4L,4L,0x3B7790068785BB23LL,4L,4L,0x3B7790068785BB23LL,4L,4L}},{{(-1L),4L,(-1L),(-1L),4L,(-1L),(-1L),4L}},{{4L,(-1L),(-1L),4L,(-1L),(-1L),4L,(-1L)}},{{4L,4L,0x3B7790068785BB23LL,4L,4L,0x3B7790068785BB23LL,4L,4L}},{{(-1L),4L,(-1L),(-1L),4L,(-1L),(-1L),4L}},{{4L,(-1L),(-1L),4L,(-1L),(-1L),4L,(-1L)}}};
                    int i, j, k;
                    (*g_157) = &l_443;
                    (*p_59) &= ((safe_lshift_func_uint8_t_u_s(((safe_div_func_uint16_t_u_u(((*l_463) = 0xEF9BL), l_458[(g_151 + 3)])) , ((*l_358) = 0UL)), (p_56.f1 > (1L | (safe_div_func_int8_t_s_s((l_468[1][4][1] & (((void*)0 != &g_262) <= ((safe_mul_func_int8_t_s_s(((g_82[(g_6 + 1)][(g_6 + 1)] = (safe_mod_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s(((&g_286 != (void*)0) <= p_58), 6)), l_475[5][0][2]))) & l_386), 9L)) || 4L))), 0x07L)))))) & p_58);
                }
                for (l_314 = 0; (l_314 <= 3); l_314 += 1)
                { /* block id: 225 */
                    int32_t ***l_476 = &g_157;
                    if (((void*)0 == l_476))
                    { /* block id: 226 */
                        int32_t *l_478[6][4] = {{&l_443,&g_2[1][2][0],(void*)0,&g_2[1][2][0]},{&g_2[1][2][0],&l_106,(void*)0,(void*)0},{&l_443,&l_443,&g_2[1][2][0],(void*)0},{&l_106,&l_106,&l_106,&g_2[1][2][0]},{&l_106,&g_2[1][2][0],&g_2[1][2][0],&l_106},{&l_443,&g_2[1][2][0],(void*)0,&g_2[1][2][0]}};
                        int i, j;
                        return p_57;
                    }
                    else
                    { /* block id: 228 */
                        (*p_59) |= ((void*)0 != p_57);
                    }
                    (**l_476) = (void*)0;
                    for (g_359 = 6; (g_359 >= 0); g_359 -= 1)
                    { /* block id: 234 */
                        if ((*p_59))
                            break;
                        if ((*p_59))
                            break;
                    }
                }
                (*p_59) = l_440[0];
                for (p_56.f1 = 3; (p_56.f1 >= 0); p_56.f1 -= 1)
                { /* block id: 242 */
                    int32_t l_487[3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_487[i] = (-1L);
                    (*g_157) = (*g_157);
                    (*l_477) |= (safe_mul_func_uint16_t_u_u(((((safe_add_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_u(g_223, g_2[0][5][3])), ((safe_rshift_func_uint16_t_u_s((((l_487[1] = (((-4L) && (-6L)) == l_440[0])) ^ p_56.f1) && (safe_mul_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((safe_sub_func_uint8_t_u_u((safe_unary_minus_func_int8_t_s((((safe_mul_func_int16_t_s_s((l_440[0] || (((safe_mod_func_int32_t_s_s((8UL | (((l_499 == (void*)0) , &p_58) == &p_58)), p_56.f1)) || l_386) , 1L)), l_108)) , g_233[0]) >= 252UL))), g_259[1][0][7].f1)), g_151)), p_58))), 5)) >= l_440[0]))) < 246UL) == p_58) | 4L), p_56.f1));
                    for (g_225 = 3; (g_225 >= 0); g_225 -= 1)
                    { /* block id: 248 */
                        int16_t l_511 = (-1L);
                        const int32_t l_512 = 0x8DDB506AL;
                        int32_t *l_530 = &l_105;
                        int32_t *l_531 = &l_104;
                        int32_t * const ***l_534 = &g_532;
                        int i, j;
                        (*p_59) = (safe_lshift_func_uint8_t_u_u((l_83[0][4][0] , g_2[3][4][5]), (~(((l_487[1] = ((*l_347) = (safe_lshift_func_int8_t_s_u((safe_div_func_int32_t_s_s((p_58 & (p_58 <= ((safe_mod_func_int64_t_s_s((g_233[p_56.f1] = (((*p_59) < (*p_59)) <= (safe_add_func_uint32_t_u_u((g_259[2][1][7] , l_386), (l_511 |= ((l_443 = p_56.f1) , l_105)))))), l_104)) >= p_56.f1))), l_512)), g_6)))) <= p_56.f1) && g_262))));
                        (*l_531) ^= ((*l_477) = (safe_rshift_func_uint8_t_u_u((safe_div_func_int32_t_s_s((l_517 & (((*l_358) = 0x85L) >= 0xB2L)), ((*l_530) |= (safe_sub_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((safe_div_func_uint32_t_u_u((g_529 = (safe_add_func_int64_t_s_s((g_82[2][6] & (((void*)0 != l_526) , g_259[1][0][7].f0)), (safe_lshift_func_int16_t_s_s(((252UL < ((0x1FL ^ p_58) && l_487[2])) & (*l_477)), 4))))), (-1L))) | (*p_59)), (*l_477))), g_6))))), 7)));
                        (*g_157) = ((g_262 | ((*l_98) ^= ((((*l_534) = g_532) == (l_487[1] , &g_155[2][0][0])) <= ((safe_sub_func_int16_t_s_s((safe_mod_func_uint32_t_u_u((safe_div_func_int16_t_s_s((p_56.f1 | ((safe_mul_func_int8_t_s_s(p_58, ((l_443 &= 0xC759L) ^ (((((safe_add_func_int8_t_s_s((g_82[p_56.f1][(g_6 + 1)] = ((safe_div_func_int64_t_s_s((-1L), (*l_530))) >= (*p_59))), 0x09L)) , l_440[0]) <= 0x9425D5BFFF3A201ELL) >= (*p_59)) != g_233[1])))) | g_101)), g_45)), l_547[0])), p_56.f1)) != l_386)))) , (void*)0);
                        if (l_443)
                            break;
                    }
                }
            }
            for (g_151 = 1; (g_151 <= 6); g_151 += 1)
            { /* block id: 271 */
                int16_t l_564[6][8] = {{0L,0x7304L,4L,4L,0x7304L,0L,0x7304L,4L},{0x4543L,0x7304L,0x4543L,0L,0L,0x4543L,0x7304L,0x4543L},{(-5L),0L,4L,0L,(-5L),(-5L),0L,4L},{(-5L),(-5L),0L,4L,0L,(-5L),(-5L),0L},{0x4543L,0x4543L,0x4543L,4L,(-5L),4L,0x4543L,0x4543L},{0x4543L,(-5L),0x7304L,0x7304L,(-5L),0x4543L,(-5L),0x7304L}};
                int i, j;
                (*l_477) |= (safe_mod_func_uint32_t_u_u(((safe_mod_func_int64_t_s_s(((safe_mul_func_uint8_t_u_u((safe_unary_minus_func_int32_t_s(((safe_div_func_uint32_t_u_u((4294967295UL & (p_56.f1 || 1UL)), ((safe_lshift_func_int8_t_s_s(l_559[0], (0xB23D429729D5E214LL >= 0x833DC338EB4A752ELL))) ^ ((*l_356) = (((safe_rshift_func_uint16_t_u_u(((-1L) & (((-8L) > (safe_mod_func_int64_t_s_s((0xF6AC21D1L && (*p_59)), 0x681E31CB51CF798ALL))) || l_564[0][5])), 8)) & p_58) == g_359))))) && p_56.f1))), p_58)) == (-1L)), l_440[0])) || g_101), 4294967289UL));
            }
        }
    }
    else
    { /* block id: 276 */
        uint16_t l_598 = 65535UL;
        int32_t l_600 = (-1L);
        int32_t l_604 = (-1L);
        const int32_t l_635[5][5] = {{0x7B6BB891L,0xA05EC46FL,9L,9L,0xA05EC46FL},{0xEA6FE55BL,6L,9L,0L,0L},{6L,0xEA6FE55BL,6L,9L,0L},{0xA05EC46FL,0x7B6BB891L,0L,0x7B6BB891L,0xA05EC46FL},{6L,0x7B6BB891L,0xEA6FE55BL,0xA05EC46FL,0xEA6FE55BL}};
        int32_t *l_641 = (void*)0;
        int32_t *l_642 = &l_105;
        int32_t *l_647 = &g_45;
        int32_t *l_648[2][10];
        int32_t *l_649 = &g_45;
        int32_t *l_650 = &g_45;
        int32_t *l_651 = &g_45;
        int32_t *l_652 = (void*)0;
        int32_t *l_653 = (void*)0;
        int32_t *l_654 = &l_363;
        int32_t *l_655[9][2][2] = {{{(void*)0,(void*)0},{(void*)0,(void*)0}},{{&g_45,(void*)0},{(void*)0,(void*)0}},{{&g_70,&g_70},{&g_45,&g_70}},{{&g_70,(void*)0},{(void*)0,(void*)0}},{{&g_45,(void*)0},{(void*)0,(void*)0}},{{(void*)0,(void*)0},{&g_45,(void*)0}},{{(void*)0,(void*)0},{&g_70,&g_70}},{{&g_45,&g_70},{&g_70,(void*)0}},{{(void*)0,(void*)0},{&g_45,(void*)0}}};
        int32_t *l_656 = &l_363;
        int32_t *l_657 = &l_363;
        int32_t *l_658 = &g_70;
        int32_t *l_659[5];
        int32_t *l_660[1];
        int32_t *l_661[2];
        int32_t *l_662 = (void*)0;
        int32_t *l_663 = &l_363;
        int32_t *l_664 = (void*)0;
        int32_t *l_665 = &l_363;
        int32_t *l_666 = (void*)0;
        int32_t ** const l_646[6][8][5] = {{{(void*)0,(void*)0,&l_656,&l_662,&l_660[0]},{&l_647,&l_649,&l_664,&l_651,&l_651},{&l_662,&l_665,&l_662,&l_650,&l_652},{&l_664,&l_649,&l_647,&l_659[0],&l_663},{&l_656,(void*)0,(void*)0,&l_656,&l_662},{&l_657,(void*)0,&l_647,&l_663,&l_649},{&l_666,&l_658,&l_662,&l_658,&l_666},{(void*)0,&l_659[0],&l_664,&l_663,&l_653}},{{&l_654,&l_648[1][5],&l_656,&l_656,&l_648[1][5]},{&l_651,&l_647,&l_657,&l_659[0],&l_653},{&l_658,&l_656,&l_666,&l_650,&l_666},{&l_653,&l_653,(void*)0,&l_651,&l_649},{&l_658,&l_660[0],&l_654,&l_662,&l_662},{&l_651,&l_655[5][0][0],&l_651,&l_661[0],&l_663},{&l_654,&l_660[0],&l_658,&l_648[1][5],&l_652},{(void*)0,&l_653,&l_653,(void*)0,&l_651}},{{&l_666,&l_656,&l_658,&l_652,&l_660[0]},{&l_657,&l_647,&l_651,&l_647,&l_657},{&l_656,&l_648[1][5],&l_654,&l_652,(void*)0},{&l_664,&l_659[0],(void*)0,(void*)0,&l_659[0]},{&l_662,&l_658,&l_666,&l_648[1][5],(void*)0},{&l_647,(void*)0,&l_657,&l_661[0],&l_657},{(void*)0,(void*)0,&l_656,&l_662,&l_660[0]},{&l_655[5][0][0],&l_657,&l_651,&l_659[0],&l_659[0]}},{{&l_648[1][5],&l_652,&l_648[1][5],&l_658,&l_660[0]},{&l_651,&l_657,&l_655[5][0][0],(void*)0,&l_649},{(void*)0,&l_650,&l_650,(void*)0,&l_648[1][5]},{&l_664,&l_653,&l_655[5][0][0],&l_649,&l_657},{&l_654,&l_665,&l_648[1][5],&l_665,&l_654},{&l_653,(void*)0,&l_651,&l_649,&l_661[0]},{&l_662,&l_656,(void*)0,(void*)0,&l_656},{&l_659[0],&l_655[5][0][0],&l_664,(void*)0,&l_661[0]}},{{&l_665,(void*)0,&l_654,&l_658,&l_654},{&l_661[0],&l_661[0],&l_653,&l_659[0],&l_657},{&l_665,&l_666,&l_662,&l_648[1][5],&l_648[1][5]},{&l_659[0],&l_663,&l_659[0],&l_647,&l_649},{&l_662,&l_666,&l_665,&l_656,&l_660[0]},{&l_653,&l_661[0],&l_661[0],&l_653,&l_659[0]},{&l_654,(void*)0,&l_665,&l_660[0],&l_666},{&l_664,&l_655[5][0][0],&l_659[0],&l_655[5][0][0],&l_664}},{{(void*)0,&l_656,&l_662,&l_660[0],&l_650},{&l_651,(void*)0,&l_653,&l_653,(void*)0},{&l_648[1][5],&l_665,&l_654,&l_656,&l_650},{&l_655[5][0][0],&l_653,&l_664,&l_647,&l_664},{&l_650,&l_650,(void*)0,&l_648[1][5],&l_666},{&l_655[5][0][0],&l_657,&l_651,&l_659[0],&l_659[0]},{&l_648[1][5],&l_652,&l_648[1][5],&l_658,&l_660[0]},{&l_651,&l_657,&l_655[5][0][0],(void*)0,&l_649}}};
        int32_t ** const *l_645[2];
        int32_t ** const **l_644[1];
        uint16_t *l_670 = &l_598;
        uint64_t l_671[7][4][4] = {{{0x3DBDBAE1CE67B326LL,1UL,18446744073709551615UL,1UL},{0x3DBDBAE1CE67B326LL,0x86BCD2658F35FC2ELL,0x5DE4F9994010C61BLL,0xFE9589F52F20D94ELL},{0xAB26D6582A0A3A73LL,1UL,0x9A5591C9B4789E3ELL,18446744073709551615UL},{0UL,0x95B7BF6CD0AD2903LL,0UL,18446744073709551615UL}},{{0x9A5591C9B4789E3ELL,1UL,0xAB26D6582A0A3A73LL,0xFE9589F52F20D94ELL},{0x5DE4F9994010C61BLL,0x86BCD2658F35FC2ELL,0x3DBDBAE1CE67B326LL,1UL},{18446744073709551615UL,1UL,0x3DBDBAE1CE67B326LL,0xAFBD44E643E0DB57LL},{0x5DE4F9994010C61BLL,0xA3D651E1874AC288LL,0xAB26D6582A0A3A73LL,0x86BCD2658F35FC2ELL}},{{0x9A5591C9B4789E3ELL,0xB9B8A89497B9F4C9LL,0UL,0xB9B8A89497B9F4C9LL},{0UL,0xB9B8A89497B9F4C9LL,0x9A5591C9B4789E3ELL,0x86BCD2658F35FC2ELL},{0xAB26D6582A0A3A73LL,0xA3D651E1874AC288LL,0x5DE4F9994010C61BLL,0xAFBD44E643E0DB57LL},{0x3DBDBAE1CE67B326LL,1UL,18446744073709551615UL,1UL}},{{0x3DBDBAE1CE67B326LL,0x86BCD2658F35FC2ELL,0x5DE4F9994010C61BLL,0xFE9589F52F20D94ELL},{0xAB26D6582A0A3A73LL,1UL,0x9A5591C9B4789E3ELL,18446744073709551615UL},{0UL,0x95B7BF6CD0AD2903LL,0UL,18446744073709551615UL},{0x9A5591C9B4789E3ELL,1UL,0xAB26D6582A0A3A73LL,0xFE9589F52F20D94ELL}},{{0x5DE4F9994010C61BLL,1UL,18446744073709551615UL,1UL},{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,0x86BCD2658F35FC2ELL},{0UL,0x37A0470DC23DE0A6LL,0xC6685BC72DDE8CB9LL,1UL},{0x5DE4F9994010C61BLL,0x95B7BF6CD0AD2903LL,0xC988D5C145E63291LL,0x95B7BF6CD0AD2903LL}},{{0xC988D5C145E63291LL,0x95B7BF6CD0AD2903LL,0x5DE4F9994010C61BLL,1UL},{0xC6685BC72DDE8CB9LL,0x37A0470DC23DE0A6LL,0UL,0x86BCD2658F35FC2ELL},{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,1UL},{18446744073709551615UL,1UL,0UL,0xA3D651E1874AC288LL}},{{0xC6685BC72DDE8CB9LL,1UL,0x5DE4F9994010C61BLL,0xB9B8A89497B9F4C9LL},{0xC988D5C145E63291LL,0xFE9589F52F20D94ELL,0xC988D5C145E63291LL,0xB9B8A89497B9F4C9LL},{0x5DE4F9994010C61BLL,1UL,0xC6685BC72DDE8CB9LL,0xA3D651E1874AC288LL},{0UL,1UL,18446744073709551615UL,1UL}}};
        int32_t *l_672 = (void*)0;
        int32_t *l_673 = &g_6;
        int32_t *l_674 = &l_600;
        uint16_t l_675 = 1UL;
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 10; j++)
                l_648[i][j] = &g_45;
        }
        for (i = 0; i < 5; i++)
            l_659[i] = &g_45;
        for (i = 0; i < 1; i++)
            l_660[i] = &g_45;
        for (i = 0; i < 2; i++)
            l_661[i] = &g_70;
        for (i = 0; i < 2; i++)
            l_645[i] = &l_646[5][7][2];
        for (i = 0; i < 1; i++)
            l_644[i] = &l_645[0];
        for (g_181 = 0; (g_181 <= 27); g_181 = safe_add_func_uint16_t_u_u(g_181, 4))
        { /* block id: 279 */
            int64_t l_587 = 0x41E739154E5022A3LL;
            uint32_t **l_588 = &l_357[0];
            int32_t l_593 = 0L;
            int32_t l_601 = 1L;
            int64_t l_610[2][4] = {{0x9EABAC11EBC7EDFBLL,0x9EABAC11EBC7EDFBLL,0x9EABAC11EBC7EDFBLL,0x9EABAC11EBC7EDFBLL},{0x9EABAC11EBC7EDFBLL,0x9EABAC11EBC7EDFBLL,0x9EABAC11EBC7EDFBLL,0x9EABAC11EBC7EDFBLL}};
            int i, j;
            (*g_156) &= (safe_rshift_func_int8_t_s_s(4L, (safe_mod_func_uint8_t_u_u(((0xAAD9L != p_56.f0) || p_56.f0), ((safe_sub_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_s((safe_lshift_func_int8_t_s_u(5L, ((g_581[1][7][3] = l_577) != l_585[1]))), 6)) | g_586), g_262)) | 0xBDL)))));
            if (l_587)
                continue;
            if ((g_156 == ((*l_588) = g_156)))
            { /* block id: 284 */
                uint16_t *l_596[8][10] = {{&g_323,&g_323,&g_320,&g_323,&g_320,&g_323,&g_323,&g_320,&g_323,&g_320},{&g_323,&g_323,&g_320,&g_323,&g_320,&g_323,&g_323,&g_320,&g_323,&g_320},{&g_323,&g_323,&g_320,&g_323,&g_320,&g_323,&g_323,&g_320,&g_323,&g_320},{&g_323,&g_323,&g_320,&g_323,&g_320,&g_323,&g_323,&g_320,&g_323,&g_320},{&g_323,&g_323,&g_320,&g_323,&g_320,&g_323,&g_323,&g_320,&g_323,&g_320},{&g_323,&g_323,&g_320,&g_323,&g_320,&g_323,&g_323,&g_320,&g_323,&g_320},{&g_323,&g_323,&g_320,&g_323,&g_320,&g_323,&g_323,&g_320,&g_323,&g_320},{&g_323,&g_323,&g_320,&g_323,&g_320,&g_323,&g_323,&g_320,&g_323,&g_320}};
                int32_t l_597 = 0xE5C414CCL;
                int32_t l_599 = (-2L);
                int i, j;
                if ((l_424 & ((((void*)0 != &p_57) , (l_601 = (((((**l_588) = (l_600 &= (((0x7CL | p_56.f1) == ((safe_sub_func_int16_t_s_s((l_593 = 1L), (safe_mul_func_uint16_t_u_u((l_104 = 0xF1B1L), (l_597 >= ((l_599 = l_598) & l_598)))))) && 253UL)) && 0L))) , l_547[0]) == 18446744073709551615UL) , 0x01FBL))) ^ 0x92D2L)))
                { /* block id: 291 */
                    int32_t **l_605[4][3][6] = {{{&g_156,&g_156,(void*)0,(void*)0,&g_156,(void*)0},{&g_156,&g_156,&g_156,(void*)0,(void*)0,(void*)0},{&g_156,&g_156,&g_156,&g_156,&g_156,(void*)0}},{{(void*)0,&g_156,(void*)0,&g_156,(void*)0,(void*)0},{&g_156,(void*)0,(void*)0,(void*)0,(void*)0,&g_156},{&g_156,&g_156,&g_156,(void*)0,&g_156,&g_156}},{{&g_156,&g_156,(void*)0,(void*)0,(void*)0,(void*)0},{&g_156,&g_156,(void*)0,(void*)0,&g_156,(void*)0},{&g_156,&g_156,&g_156,(void*)0,(void*)0,(void*)0}},{{&g_156,&g_156,(void*)0,&g_156,&g_156,(void*)0},{(void*)0,&g_156,&g_156,&g_156,(void*)0,(void*)0},{&g_156,(void*)0,(void*)0,(void*)0,(void*)0,&g_156}}};
                    const uint32_t *l_616[2][2] = {{(void*)0,(void*)0},{(void*)0,(void*)0}};
                    const uint32_t **l_615 = &l_616[0][0];
                    const uint32_t *l_619 = &g_617;
                    const uint32_t **l_618 = &l_619;
                    int i, j, k;
                    (*g_156) = 0x8902F3CBL;
                    l_597 ^= (safe_div_func_int32_t_s_s(((**g_157) = l_604), (((*p_59) , ((l_605[2][1][5] == (*g_532)) , (safe_mul_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s(l_610[1][2], 0)), (g_259[1][1][4] , (g_101 > ((safe_lshift_func_uint8_t_u_u((safe_mod_func_int8_t_s_s(((*l_98) |= (((*l_618) = ((*l_615) = (void*)0)) != ((*l_588) = g_156))), p_56.f1)), 2)) <= g_45))))))) , (*p_59))));
                    if ((*p_59))
                        break;
                }
                else
                { /* block id: 300 */
                    int32_t *l_621[3][2][6] = {{{&l_604,&g_2[1][3][4],&g_2[1][3][4],&l_604,&g_2[1][3][4],&g_2[1][3][4]},{&l_604,&g_2[1][3][4],&g_2[1][3][4],&l_604,&g_2[1][3][4],&g_2[1][3][4]}},{{&l_604,&g_2[1][3][4],&g_2[1][3][4],&l_604,&g_2[1][3][4],&g_2[1][3][4]},{&l_604,&g_2[1][3][4],&g_2[1][3][4],&l_604,&g_2[1][3][4],&g_2[1][3][4]}},{{&l_604,&g_2[1][3][4],&g_2[1][3][4],&l_604,&g_2[1][3][4],&g_2[1][3][4]},{&l_604,&g_2[1][3][4],&g_2[1][3][4],&l_604,&g_2[1][3][4],&g_2[1][3][4]}}};
                    int i, j, k;
                    if (p_56.f1)
                        goto lbl_620;
                    if ((**g_157))
                        break;
                    if ((((*l_356) = l_587) && l_559[0]))
                    { /* block id: 304 */
                        (*g_157) = func_61(func_61((*g_583)));
                        if (l_599)
                            break;
                        return p_59;
                    }
                    else
                    { /* block id: 308 */
                        if ((**g_157))
                            break;
                    }
                }
                (*p_59) ^= (safe_unary_minus_func_uint64_t_u(0xE120DF14950D8E52LL));
                for (g_101 = 29; (g_101 < 6); g_101 = safe_sub_func_uint64_t_u_u(g_101, 7))
                { /* block id: 315 */
                    return p_59;
                }
                if (l_597)
                    goto lbl_626;
            }
            else
            { /* block id: 318 */
                l_105 = (g_181 & ((*g_156) |= (-1L)));
            }
        }
lbl_626:
        (*g_157) = l_625;
        (*g_156) = (safe_mod_func_uint16_t_u_u((safe_sub_func_int8_t_s_s(((*l_98) |= ((((~((!(*p_59)) | (((safe_add_func_int64_t_s_s((((*l_670) = (((l_598 > l_635[0][1]) <= p_56.f1) || (((*l_642) = (safe_rshift_func_int16_t_s_s(g_638[3], ((void*)0 == l_639)))) & (l_643 == (l_667 = (*l_577)))))) ^ g_233[1]), p_58)) == 0x90072734L) , 9UL))) || l_671[1][0][0]) > 2L) >= (*l_625))), (*l_625))), (-1L)));
        --l_675;
    }
    return p_59;
}


/* ------------------------------------------ */
/* 
 * reads : g_70 g_45 g_6
 * writes: g_70 g_45 g_6
 */
static int32_t * func_61(int32_t * p_62)
{ /* block id: 10 */
    int32_t *l_77[8][6] = {{&g_45,&g_45,&g_70,&g_45,&g_45,&g_45},{&g_70,&g_45,&g_70,(void*)0,&g_70,&g_70},{&g_70,&g_70,&g_70,&g_70,&g_45,&g_45},{&g_45,&g_70,&g_70,&g_70,&g_45,(void*)0},{&g_70,&g_45,(void*)0,(void*)0,&g_45,&g_70},{&g_70,&g_70,&g_45,&g_45,&g_45,&g_70},{&g_45,&g_70,(void*)0,&g_70,&g_70,(void*)0},{&g_45,&g_45,&g_70,&g_45,&g_45,&g_45}};
    int i, j;
    for (g_70 = (-30); (g_70 > 24); g_70 = safe_add_func_int16_t_s_s(g_70, 7))
    { /* block id: 13 */
        uint64_t l_76 = 18446744073709551612UL;
        for (g_45 = 0; (g_45 < 15); g_45 = safe_add_func_uint16_t_u_u(g_45, 4))
        { /* block id: 16 */
            int32_t *l_75 = &g_6;
            (*l_75) |= 8L;
        }
        if (l_76)
            break;
    }
    return l_77[2][2];
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
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 8; k++)
            {
                transparent_crc(g_2[i][j][k], "g_2[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_82[i][j], "g_82[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_151, "g_151", print_hash_value);
    transparent_crc(g_181, "g_181", print_hash_value);
    transparent_crc(g_223, "g_223", print_hash_value);
    transparent_crc(g_225, "g_225", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_233[i], "g_233[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_254, "g_254", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_259[i][j][k].f0, "g_259[i][j][k].f0", print_hash_value);
                transparent_crc(g_259[i][j][k].f1, "g_259[i][j][k].f1", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_262, "g_262", print_hash_value);
    transparent_crc(g_320, "g_320", print_hash_value);
    transparent_crc(g_323, "g_323", print_hash_value);
    transparent_crc(g_359, "g_359", print_hash_value);
    transparent_crc(g_529, "g_529", print_hash_value);
    transparent_crc(g_586, "g_586", print_hash_value);
    transparent_crc(g_617, "g_617", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_638[i], "g_638[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_865, "g_865", print_hash_value);
    transparent_crc(g_1182, "g_1182", print_hash_value);
    transparent_crc(g_1184, "g_1184", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_1358[i].f0, "g_1358[i].f0", print_hash_value);
        transparent_crc(g_1358[i].f1, "g_1358[i].f1", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1416, "g_1416", print_hash_value);
    transparent_crc(g_1426, "g_1426", print_hash_value);
    transparent_crc(g_1548, "g_1548", print_hash_value);
    transparent_crc(g_1695, "g_1695", print_hash_value);
    transparent_crc(g_1704, "g_1704", print_hash_value);
    transparent_crc(g_1893, "g_1893", print_hash_value);
    transparent_crc(g_2090, "g_2090", print_hash_value);
    transparent_crc(g_2110, "g_2110", print_hash_value);
    transparent_crc(g_2173, "g_2173", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_2267[i][j][k], "g_2267[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 524
XXX total union variables: 16

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

XXX max expression depth: 52
breakdown:
   depth: 1, occurrence: 214
   depth: 2, occurrence: 74
   depth: 3, occurrence: 9
   depth: 4, occurrence: 5
   depth: 5, occurrence: 2
   depth: 6, occurrence: 1
   depth: 12, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 1
   depth: 16, occurrence: 2
   depth: 17, occurrence: 2
   depth: 18, occurrence: 1
   depth: 19, occurrence: 4
   depth: 20, occurrence: 1
   depth: 21, occurrence: 3
   depth: 22, occurrence: 4
   depth: 23, occurrence: 1
   depth: 24, occurrence: 3
   depth: 25, occurrence: 3
   depth: 26, occurrence: 5
   depth: 27, occurrence: 1
   depth: 28, occurrence: 4
   depth: 29, occurrence: 1
   depth: 30, occurrence: 3
   depth: 31, occurrence: 2
   depth: 33, occurrence: 1
   depth: 34, occurrence: 1
   depth: 35, occurrence: 1
   depth: 36, occurrence: 1
   depth: 39, occurrence: 1
   depth: 41, occurrence: 1
   depth: 52, occurrence: 1

XXX total number of pointers: 521

XXX times a variable address is taken: 1025
XXX times a pointer is dereferenced on RHS: 183
breakdown:
   depth: 1, occurrence: 163
   depth: 2, occurrence: 13
   depth: 3, occurrence: 5
   depth: 4, occurrence: 2
XXX times a pointer is dereferenced on LHS: 294
breakdown:
   depth: 1, occurrence: 279
   depth: 2, occurrence: 15
XXX times a pointer is compared with null: 35
XXX times a pointer is compared with address of another variable: 15
XXX times a pointer is compared with another pointer: 16
XXX times a pointer is qualified to be dereferenced: 7933

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1111
   level: 2, occurrence: 230
   level: 3, occurrence: 105
   level: 4, occurrence: 10
   level: 5, occurrence: 3
XXX number of pointers point to pointers: 174
XXX number of pointers point to scalars: 334
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 31.3
XXX average alias set size: 1.46

XXX times a non-volatile is read: 1770
XXX times a non-volatile is write: 904
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 5

XXX stmts: 242
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 25
   depth: 1, occurrence: 29
   depth: 2, occurrence: 33
   depth: 3, occurrence: 54
   depth: 4, occurrence: 50
   depth: 5, occurrence: 51

XXX percentage a fresh-made variable is used: 15.2
XXX percentage an existing variable is used: 84.8
********************* end of statistics **********************/

