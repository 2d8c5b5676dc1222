/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 22 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      22
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   unsigned f0 : 25;
   signed f1 : 10;
   unsigned f2 : 4;
   signed : 0;
};

struct S1 {
   signed f0 : 2;
   signed f1 : 31;
   signed f2 : 26;
   const unsigned f3 : 25;
   const signed f4 : 21;
   signed f5 : 13;
   unsigned f6 : 23;
   signed f7 : 17;
   unsigned f8 : 30;
   unsigned f9 : 20;
};

struct S2 {
   uint32_t  f0;
   unsigned f1 : 16;
   const unsigned f2 : 31;
   unsigned f3 : 18;
   uint32_t  f4;
   signed f5 : 1;
   unsigned f6 : 31;
};

struct S3 {
   const uint16_t  f0;
   uint32_t  f1;
   struct S0  f2;
   const uint8_t  f3;
   unsigned f4 : 19;
   const uint64_t  f5;
   const int8_t  f6;
   const uint64_t  f7;
   signed f8 : 16;
};

union U4 {
   uint8_t  f0;
   int8_t  f1;
   uint32_t  f2;
   int32_t  f3;
   uint32_t  f4;
};

/* --- GLOBAL VARIABLES --- */
static uint16_t g_7 = 65535UL;
static struct S0 g_14 = {4932,9,2};
static struct S0 * const g_13 = &g_14;
static int32_t g_27 = 5L;
static int8_t g_31 = 0x7CL;
static int32_t g_32[5] = {0x7069E5F9L,0x7069E5F9L,0x7069E5F9L,0x7069E5F9L,0x7069E5F9L};
static uint32_t g_40 = 1UL;
static uint8_t g_61 = 0x33L;
static int8_t g_63 = (-1L);
static int32_t g_65 = 1L;
static int32_t * const g_64 = &g_65;
static uint32_t *g_67 = (void*)0;
static uint32_t g_76 = 4294967289UL;
static uint64_t g_96 = 0x215561C656C0C5E8LL;
static uint16_t g_101 = 0UL;
static uint16_t g_104 = 65535UL;
static uint64_t g_114 = 0x35FF7BA7B7964C2DLL;
static int32_t g_160 = 0x74D01EFDL;
static int8_t g_178 = 0x48L;
static int32_t g_179 = 0xC87C8608L;
static int64_t g_180 = (-5L);
static int32_t g_181 = (-1L);
static int64_t g_182 = 0x98AFD053127A17F3LL;
static uint32_t g_184 = 18446744073709551615UL;
static uint32_t g_207 = 0x66C39933L;
static struct S3 g_212[5] = {{6UL,0x1D43E14EL,{1481,30,0},247UL,124,0xB8DB3185A65D4B91LL,0L,0x282A758E5FC13390LL,141},{6UL,0x1D43E14EL,{1481,30,0},247UL,124,0xB8DB3185A65D4B91LL,0L,0x282A758E5FC13390LL,141},{6UL,0x1D43E14EL,{1481,30,0},247UL,124,0xB8DB3185A65D4B91LL,0L,0x282A758E5FC13390LL,141},{6UL,0x1D43E14EL,{1481,30,0},247UL,124,0xB8DB3185A65D4B91LL,0L,0x282A758E5FC13390LL,141},{6UL,0x1D43E14EL,{1481,30,0},247UL,124,0xB8DB3185A65D4B91LL,0L,0x282A758E5FC13390LL,141}};
static uint32_t g_236 = 0x8A5A11C1L;
static union U4 g_263[9] = {{253UL},{253UL},{0UL},{253UL},{253UL},{0UL},{253UL},{253UL},{0UL}};
static int16_t g_280 = 0xFA99L;
static struct S3 * const *g_286 = (void*)0;
static const struct S3 *g_288 = &g_212[1];
static const struct S3 **g_287 = &g_288;
static uint16_t g_300 = 0xBED0L;
static int32_t *g_362 = &g_160;
static uint64_t g_398 = 18446744073709551611UL;
static int64_t *g_431 = (void*)0;
static struct S0 *g_457 = &g_212[1].f2;
static uint64_t * const g_514 = &g_398;
static uint64_t * const *g_513[4][1][2] = {{{&g_514,&g_514}},{{&g_514,&g_514}},{{&g_514,&g_514}},{{&g_514,&g_514}}};
static struct S2 g_526 = {0x4D908DDFL,237,11351,503,0xC65B0CB1L,-0,20296};
static struct S0 **g_573 = &g_457;
static struct S0 *** const g_572 = &g_573;
static union U4 *g_620 = &g_263[5];
static union U4 ** const g_619 = &g_620;
static int32_t **g_622[7] = {&g_362,&g_362,&g_362,&g_362,&g_362,&g_362,&g_362};
static int32_t ***g_621 = &g_622[3];
static int8_t g_772 = 0x31L;
static struct S1 g_794 = {-0,-4123,4813,3813,76,-1,1186,-139,2246,953};
static struct S1 *g_793[8][2][9] = {{{&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794},{(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0}},{{&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794},{(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0}},{{&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794},{(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0}},{{&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794},{(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0}},{{&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794},{(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0}},{{&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794},{(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0}},{{&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794},{(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0}},{{&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794,&g_794},{(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0,&g_794,(void*)0}}};
static struct S1 g_796 = {-0,3576,-7742,836,-1250,-87,2379,-121,22156,970};
static int64_t *g_862 = &g_182;
static struct S3 g_865 = {65529UL,0xAF15316FL,{4654,-8,3},0x6EL,192,0x58ABF4CADDDF7648LL,0x70L,18446744073709551615UL,-74};
static int16_t g_928 = 0x6284L;
static int16_t *g_927 = &g_928;
static uint16_t *g_931 = &g_101;
static uint16_t **g_930 = &g_931;
static uint16_t g_1057 = 0xE349L;
static struct S2 g_1115 = {0x2667EE02L,240,26733,388,0x3389D7AEL,0,1996};
static const int8_t g_1136[6][8] = {{1L,(-1L),0x80L,0xD0L,(-1L),(-8L),0x3FL,5L},{5L,(-1L),(-5L),0x3CL,0x80L,(-1L),0x80L,0x3CL},{0xC9L,0xD0L,0xC9L,(-9L),0x79L,0x3CL,0L,0x80L},{0x4FL,0x80L,1L,0xFAL,0xD0L,0x55L,0x79L,(-1L)},{0x4FL,(-5L),0x55L,9L,0x79L,0x79L,9L,0x55L},{0xC9L,0xC9L,(-8L),0xEDL,0x80L,(-5L),0xB6L,0L}};
static int64_t g_1215 = 0x359A7B16FC2BE0F8LL;
static int8_t *g_1293 = &g_772;
static int32_t * const g_1310 = &g_160;
static uint8_t g_1380 = 1UL;
static uint8_t g_1385[10] = {0xCEL,0xCEL,0xCEL,0xCEL,0xCEL,0xCEL,0xCEL,0xCEL,0xCEL,0xCEL};
static int8_t g_1391[7][2][10] = {{{0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L},{0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L}},{{0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L},{0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L}},{{0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L},{0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L}},{{0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L},{0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L}},{{0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L},{0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L}},{{0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L},{0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L}},{{0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L},{0x26L,0x26L,0x36L,0x36L,0x26L,0x26L,0x36L,0x36L,0x26L,0x26L}}};
static int8_t g_1440 = 0x85L;
static uint32_t g_1451 = 18446744073709551615UL;
static int16_t **g_1488 = &g_927;
static int16_t ***g_1487[7] = {&g_1488,&g_1488,&g_1488,&g_1488,&g_1488,&g_1488,&g_1488};
static int8_t g_1536[3][9] = {{0x64L,(-1L),(-1L),0x64L,(-1L),(-1L),0x64L,(-1L),(-1L)},{0xDEL,0xB8L,0xB8L,0xDEL,0xB8L,0xB8L,0xDEL,0xB8L,0xB8L},{0x64L,(-1L),(-1L),0x64L,(-1L),(-1L),0x64L,(-1L),(-1L)}};
static uint64_t g_1538 = 0xEE2A600774982C67LL;
static uint8_t g_1541 = 0x5AL;


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static uint64_t  func_10(int64_t  p_11, struct S0 * const  p_12);
static int16_t  func_22(uint32_t  p_23);
static uint16_t  func_43(uint8_t  p_44, struct S0 * p_45);
static struct S3  func_46(uint32_t * p_47, uint16_t  p_48, int8_t * p_49, int8_t * const  p_50, uint32_t * p_51);
static uint32_t * func_52(uint8_t  p_53, int8_t * const  p_54, int32_t * const  p_55, int8_t  p_56);
static int8_t  func_72(uint32_t * p_73, const uint64_t  p_74);
static int32_t  func_77(struct S1  p_78, uint32_t * const  p_79, const int32_t  p_80, struct S2  p_81);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_7 g_13 g_27 g_14.f1 g_14.f0 g_64 g_65 g_61 g_67 g_931 g_101 g_457 g_572 g_573 g_212.f2 g_865.f6 g_930 g_1057 g_927 g_928 g_862 g_288 g_212 g_526.f1 g_263.f0 g_362 g_160 g_794.f5 g_514 g_398 g_1310 g_796.f7 g_1293 g_236 g_63 g_182 g_621 g_622 g_1440 g_114 g_40 g_865.f0 g_526 g_287 g_1115.f4 g_31 g_14 g_96
 * writes: g_27 g_31 g_32 g_40 g_61 g_101 g_212.f2 g_65 g_182 g_63 g_160 g_1293 g_928 g_280 g_236 g_457 g_621 g_398 g_362 g_1440 g_114 g_1115.f4 g_96
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    struct S0 l_2[2] = {{726,-9,2},{726,-9,2}};
    struct S0 *l_3[10][10] = {{&l_2[1],&l_2[1],(void*)0,&l_2[1],&l_2[0],&l_2[0],&l_2[1],(void*)0,&l_2[0],&l_2[0]},{&l_2[1],&l_2[1],&l_2[0],&l_2[0],&l_2[0],&l_2[0],&l_2[0],&l_2[1],&l_2[1],&l_2[0]},{&l_2[0],&l_2[1],&l_2[1],&l_2[1],&l_2[1],(void*)0,&l_2[1],&l_2[0],&l_2[1],(void*)0},{&l_2[1],&l_2[1],&l_2[1],&l_2[1],&l_2[1],&l_2[0],&l_2[1],&l_2[1],&l_2[0],&l_2[0]},{&l_2[1],(void*)0,&l_2[0],&l_2[0],&l_2[0],(void*)0,(void*)0,&l_2[0],&l_2[0],&l_2[0]},{&l_2[0],&l_2[0],&l_2[1],&l_2[0],&l_2[1],&l_2[0],&l_2[0],&l_2[1],(void*)0,(void*)0},{&l_2[1],&l_2[1],&l_2[0],&l_2[0],&l_2[1],&l_2[0],&l_2[0],&l_2[1],&l_2[1],&l_2[0]},{(void*)0,&l_2[0],(void*)0,&l_2[1],(void*)0,&l_2[0],(void*)0,&l_2[1],&l_2[1],(void*)0},{&l_2[1],(void*)0,&l_2[1],&l_2[1],(void*)0,&l_2[1],&l_2[1],&l_2[0],&l_2[1],&l_2[0]},{&l_2[0],&l_2[1],&l_2[0],&l_2[0],(void*)0,&l_2[1],&l_2[1],&l_2[1],(void*)0,&l_2[0]}};
    struct S0 l_4 = {1371,-17,1};
    uint32_t *l_39 = &g_40;
    struct S1 l_60 = {0,21879,-2687,3297,-130,36,2742,236,6301,616};
    int8_t * const l_62 = &g_63;
    struct S3 **l_1245 = (void*)0;
    struct S3 ***l_1244 = &l_1245;
    int16_t l_1283[4][9][2] = {{{0xCF78L,0x85BAL},{1L,1L},{0xA6EEL,0x45BDL},{0xCF78L,0xAFF1L},{0x45BDL,0x5D77L},{0L,0x45BDL},{1L,0xA6EEL},{1L,0x45BDL},{0L,0x5D77L}},{{0x45BDL,0xAFF1L},{0xCF78L,0x45BDL},{0xA6EEL,1L},{1L,0x85BAL},{0xCF78L,0x5D77L},{0x85BAL,0x5D77L},{0xCF78L,0x85BAL},{1L,1L},{0xA6EEL,0x45BDL}},{{0xCF78L,0xAFF1L},{0x45BDL,0x5D77L},{0L,0x45BDL},{1L,0xA6EEL},{1L,0x45BDL},{0L,0x5D77L},{0x45BDL,0xAFF1L},{0xCF78L,0x45BDL},{0xA6EEL,1L}},{{1L,0x85BAL},{0xCF78L,0x5D77L},{0x85BAL,0x5D77L},{0xCF78L,0x85BAL},{1L,1L},{0xA6EEL,0x45BDL},{0xCF78L,0xAFF1L},{0x45BDL,0x5D77L},{0L,0x45BDL}}};
    uint16_t l_1367 = 0xE4BCL;
    uint16_t * const l_1408[3][7] = {{&g_104,(void*)0,(void*)0,&g_104,&g_104,(void*)0,(void*)0},{&g_7,&g_101,&g_7,&g_101,&g_7,&g_101,&g_7},{&g_104,&g_104,(void*)0,(void*)0,&g_104,&g_104,(void*)0}};
    int8_t *l_1425 = &g_63;
    int32_t l_1442 = 1L;
    int32_t *l_1468 = &g_65;
    union U4 **l_1480 = (void*)0;
    uint32_t l_1495 = 1UL;
    uint16_t l_1544 = 0x0F95L;
    int i, j, k;
    l_4 = l_2[1];
    if ((((safe_mul_func_uint16_t_u_u(g_7, (safe_div_func_uint64_t_u_u(func_10(l_4.f0, g_13), (safe_add_func_uint16_t_u_u(g_14.f1, (safe_add_func_uint32_t_u_u(((*l_39) = g_7), ((safe_sub_func_uint64_t_u_u((func_43(g_14.f0, (func_46(func_52((g_61 = (safe_lshift_func_int16_t_s_u((~(l_39 == (l_60 , l_39))), g_7))), l_62, g_64, g_14.f0), l_60.f0, &g_772, l_62, &g_207) , &l_2[1])) && (**g_930)), l_60.f2)) | g_1057))))))))) , 1UL) | l_60.f6))
    { /* block id: 628 */
        uint16_t l_1256 = 0xF302L;
        uint8_t *l_1260 = &g_61;
        int32_t l_1266[6];
        uint16_t l_1284 = 0xE97EL;
        uint32_t l_1338 = 0x000FDA8FL;
        const int32_t ***l_1388 = (void*)0;
        uint16_t l_1434 = 0x5453L;
        struct S0 l_1437 = {2328,10,1};
        union U4 **l_1479[9][9][1] = {{{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620}},{{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620}},{{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620}},{{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620}},{{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620}},{{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620}},{{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620}},{{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620}},{{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620},{&g_620}}};
        const uint8_t l_1484 = 0xC6L;
        int8_t l_1534 = 1L;
        int32_t l_1543 = 1L;
        int i, j, k;
        for (i = 0; i < 6; i++)
            l_1266[i] = 6L;
        (*g_362) |= (safe_sub_func_int8_t_s_s(((*l_62) = (safe_mod_func_uint32_t_u_u((l_1244 == (((*l_1260) = ((((*g_862) = (safe_sub_func_uint32_t_u_u((safe_div_func_int16_t_s_s((*g_927), (*g_931))), 0x781B558AL))) == l_60.f1) == ((safe_sub_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s((safe_add_func_uint8_t_u_u((l_1256 <= l_60.f3), ((safe_mod_func_uint8_t_u_u(((*g_288) , (!(g_526.f1 <= 6L))), 0xE0L)) <= 1L))), 6)), g_263[5].f0)) || 0x97B7L))) , (void*)0)), (*g_64)))), 0xFEL));
        (*g_64) = (-2L);
        if (l_60.f1)
        { /* block id: 634 */
            int32_t *l_1261 = &g_65;
            int32_t *l_1262 = (void*)0;
            int32_t *l_1263 = (void*)0;
            int32_t *l_1264 = (void*)0;
            int32_t *l_1265 = (void*)0;
            int32_t *l_1267 = &g_27;
            int32_t *l_1268 = (void*)0;
            int32_t *l_1269 = &g_65;
            int32_t l_1270 = 0x1666CF1CL;
            int32_t *l_1271 = &l_1270;
            int32_t *l_1272 = &g_160;
            int32_t *l_1273 = &l_1270;
            int32_t *l_1274 = &g_65;
            int32_t *l_1275 = &g_160;
            int32_t *l_1276 = &l_1266[1];
            int32_t *l_1277 = &g_65;
            int32_t *l_1278 = (void*)0;
            int32_t *l_1279 = &l_1266[0];
            int32_t *l_1280 = &l_1266[0];
            int32_t *l_1281 = &g_27;
            int32_t *l_1282[1];
            struct S0 * const *l_1307 = &l_3[9][2];
            struct S0 * const **l_1306 = &l_1307;
            uint8_t l_1308 = 0UL;
            int i;
            for (i = 0; i < 1; i++)
                l_1282[i] = &g_27;
            l_1284++;
            for (g_160 = 1; (g_160 > 28); g_160 = safe_add_func_uint8_t_u_u(g_160, 7))
            { /* block id: 638 */
                int8_t *l_1295[10][4][1] = {{{&g_31},{&g_772},{&g_31},{&g_31}},{{&g_31},{(void*)0},{&g_63},{&g_178}},{{&g_178},{&g_178},{&g_63},{(void*)0}},{{&g_31},{&g_31},{&g_31},{&g_772}},{{&g_31},{&g_31},{&g_772},{&g_31}},{{&g_31},{&g_31},{(void*)0},{&g_63}},{{&g_178},{&g_178},{&g_178},{&g_63}},{{(void*)0},{&g_31},{&g_31},{&g_31}},{{&g_772},{&g_31},{&g_31},{&g_772}},{{&g_31},{&g_31},{&g_31},{(void*)0}}};
                int8_t **l_1294 = &l_1295[7][2][0];
                const int32_t l_1300 = 0L;
                int16_t *l_1309 = &g_280;
                uint32_t *l_1311 = (void*)0;
                int i, j, k;
                if ((((void*)0 == &g_928) , ((safe_add_func_int8_t_s_s((safe_mod_func_int32_t_s_s(((l_1311 = func_52(g_794.f5, ((*l_1294) = (g_1293 = l_62)), (((safe_mod_func_uint16_t_u_u(((((l_4.f1 |= (safe_mul_func_int16_t_s_s(((*l_1309) = ((*g_927) = (l_1300 , (safe_mod_func_int16_t_s_s((0L || (((safe_div_func_uint64_t_u_u(((((+((((l_1306 == (void*)0) == 0x1BC681A8L) > 0UL) <= 0x731DAFD11BDFC237LL)) >= l_1300) && l_1284) || 8UL), (*g_514))) | l_1308) == (*g_362))), 0xC236L))))), l_1256))) | l_60.f8) >= l_1300) & (**g_930)), (-9L))) ^ 0x3B5DB2CEFDC698E8LL) , g_1310), g_796.f7)) != (void*)0), 4294967295UL)), 1UL)) == (*g_514))))
                { /* block id: 645 */
                    int32_t *l_1314 = (void*)0;
                    for (l_1284 = 17; (l_1284 != 8); l_1284 = safe_sub_func_uint8_t_u_u(l_1284, 9))
                    { /* block id: 648 */
                        l_1314 = l_39;
                    }
                }
                else
                { /* block id: 651 */
                    return (*g_514);
                }
                (*l_1276) |= (((&g_431 == (void*)0) < ((*g_1293) = 0x4AL)) , (0x36DF945396AE268ALL ^ (-8L)));
            }
        }
        else
        { /* block id: 657 */
            int32_t *l_1315 = &g_27;
            struct S3 *l_1360[1];
            struct S3 **l_1359[1];
            int i;
            for (i = 0; i < 1; i++)
                l_1360[i] = &g_212[1];
            for (i = 0; i < 1; i++)
                l_1359[i] = &l_1360[0];
            for (g_236 = 0; (g_236 <= 5); g_236 += 1)
            { /* block id: 660 */
                int i;
                l_1315 = &l_1266[g_236];
            }
            for (g_27 = (-29); (g_27 < (-3)); ++g_27)
            { /* block id: 665 */
                uint8_t l_1327 = 6UL;
                struct S1 l_1345 = {1,37914,6572,4717,789,-9,2823,117,22605,412};
            }
        }
        for (g_63 = 0; (g_63 != (-21)); g_63 = safe_sub_func_int32_t_s_s(g_63, 7))
        { /* block id: 704 */
            int8_t l_1396 = 5L;
            uint16_t * const l_1406 = &g_300;
            int32_t ****l_1407[7][3][6] = {{{&g_621,&g_621,(void*)0,(void*)0,&g_621,&g_621},{(void*)0,&g_621,&g_621,&g_621,&g_621,&g_621},{&g_621,(void*)0,(void*)0,&g_621,&g_621,&g_621}},{{&g_621,&g_621,&g_621,&g_621,&g_621,(void*)0},{(void*)0,&g_621,&g_621,(void*)0,&g_621,&g_621},{&g_621,(void*)0,(void*)0,&g_621,&g_621,&g_621}},{{(void*)0,&g_621,&g_621,&g_621,&g_621,(void*)0},{&g_621,&g_621,&g_621,(void*)0,&g_621,&g_621},{(void*)0,&g_621,&g_621,&g_621,&g_621,&g_621}},{{&g_621,&g_621,(void*)0,&g_621,(void*)0,(void*)0},{&g_621,&g_621,&g_621,&g_621,&g_621,&g_621},{(void*)0,&g_621,(void*)0,(void*)0,&g_621,&g_621}},{{&g_621,&g_621,&g_621,&g_621,&g_621,(void*)0},{(void*)0,&g_621,&g_621,&g_621,&g_621,&g_621},{(void*)0,&g_621,&g_621,&g_621,&g_621,(void*)0}},{{(void*)0,&g_621,&g_621,&g_621,&g_621,(void*)0},{&g_621,(void*)0,(void*)0,&g_621,&g_621,&g_621},{&g_621,(void*)0,&g_621,&g_621,&g_621,&g_621}},{{(void*)0,&g_621,&g_621,&g_621,&g_621,&g_621},{(void*)0,(void*)0,(void*)0,&g_621,&g_621,&g_621},{(void*)0,&g_621,&g_621,&g_621,&g_621,(void*)0}}};
            uint32_t *l_1416 = &g_76;
            uint32_t l_1444 = 0UL;
            struct S0 *l_1490[9] = {&g_865.f2,&g_865.f2,&g_865.f2,&g_865.f2,&g_865.f2,&g_865.f2,&g_865.f2,&g_865.f2,&g_865.f2};
            int8_t l_1498 = 0xE3L;
            uint8_t l_1499[10][5] = {{254UL,0x0AL,254UL,0x0AL,254UL},{0xD7L,0xD7L,0x77L,0x77L,0xD7L},{0xD2L,0x0AL,0xD2L,0x0AL,0xD2L},{0xD7L,0x77L,0x77L,0xD7L,0xD7L},{254UL,0x0AL,254UL,0x0AL,254UL},{0xD7L,0xD7L,0x77L,0x77L,0xD7L},{0xD2L,0x0AL,0xD2L,0x0AL,0xD2L},{0xD7L,0x77L,0x77L,0xD7L,0xD7L},{254UL,0x0AL,254UL,0x0AL,254UL},{0xD7L,0xD7L,0x77L,0x77L,0xD7L}};
            struct S0 l_1524[8] = {{3047,-17,0},{3047,-17,0},{3047,-17,0},{3047,-17,0},{3047,-17,0},{3047,-17,0},{3047,-17,0},{3047,-17,0}};
            uint32_t l_1531 = 4294967294UL;
            int i, j, k;
            (*g_573) = (**g_572);
            (*g_1310) &= (((*g_514) = ((safe_rshift_func_uint8_t_u_u((l_1396 ^ (safe_lshift_func_int16_t_s_u((18446744073709551615UL || (safe_unary_minus_func_uint8_t_u((((safe_rshift_func_int16_t_s_u(0xC036L, (((*l_1260)++) ^ l_1367))) == 5L) && (((safe_add_func_int16_t_s_s((l_1406 != ((&g_622[1] == (g_621 = &g_622[0])) , l_1408[0][2])), 65528UL)) && (*g_927)) != (*g_862)))))), 0))), 0)) ^ 0L)) & (-4L));
        }
    }
    else
    { /* block id: 778 */
        int32_t *l_1549 = &g_160;
        struct S0 ***l_1561 = &g_573;
        struct S0 ****l_1560 = &l_1561;
        int8_t *l_1566 = &g_263[5].f1;
        struct S3 *l_1571 = &g_212[1];
        struct S3 **l_1570 = &l_1571;
        for (l_1442 = 0; (l_1442 < (-1)); l_1442--)
        { /* block id: 781 */
            return (*l_1468);
        }
        if (((*l_1468) ^= (*g_1310)))
        { /* block id: 785 */
            uint64_t l_1555 = 0x467A0BEE70150745LL;
            (**g_621) = l_1549;
            for (g_1440 = 6; (g_1440 >= 0); g_1440 -= 1)
            { /* block id: 789 */
                int16_t l_1550[5];
                int32_t l_1553[4][2] = {{0xB905FB6CL,0xB905FB6CL},{0xB905FB6CL,0xB905FB6CL},{0xB905FB6CL,0xB905FB6CL},{0xB905FB6CL,0xB905FB6CL}};
                int8_t l_1554 = 7L;
                int i, j;
                for (i = 0; i < 5; i++)
                    l_1550[i] = 1L;
                for (g_61 = 0; (g_61 <= 8); g_61 += 1)
                { /* block id: 792 */
                    int32_t *l_1551 = &g_160;
                    int32_t *l_1552[9] = {&g_27,&g_27,&g_27,&g_27,&g_27,&g_27,&g_27,&g_27,&g_27};
                    int i;
                    ++l_1555;
                    for (g_114 = 0; (g_114 <= 1); g_114 += 1)
                    { /* block id: 796 */
                        if ((*g_362))
                            break;
                        return (*g_514);
                    }
                }
            }
        }
        else
        { /* block id: 802 */
            struct S0 *****l_1562 = &l_1560;
            uint32_t *l_1563 = &g_212[1].f1;
            uint32_t *l_1567 = &g_207;
            (*g_362) ^= 1L;
            (*l_1468) = (safe_mod_func_uint8_t_u_u((func_46(((((*g_862) || 0x10EEAD2CCE0CFDFDLL) & ((((*l_1562) = l_1560) == &g_572) <= g_40)) , l_1563), ((*g_931)++), l_1566, l_1566, (l_1567 = &g_76)) , g_865.f0), (*l_1549)));
        }
        (*g_362) = ((g_526 , (safe_rshift_func_int8_t_s_s(((*g_287) != ((*l_1570) = &g_865)), 0))) ^ (0x7B3EC82427322C76LL <= (*l_1549)));
        for (g_1115.f4 = 16; (g_1115.f4 == 44); g_1115.f4 = safe_add_func_int64_t_s_s(g_1115.f4, 9))
        { /* block id: 813 */
            for (g_31 = 21; (g_31 > 7); --g_31)
            { /* block id: 816 */
                struct S0 l_1576 = {1602,5,2};
                l_1576 = (*g_13);
                for (g_96 = 0; (g_96 <= 60); g_96 = safe_add_func_int32_t_s_s(g_96, 8))
                { /* block id: 820 */
                    return l_1576.f0;
                }
            }
            return (*l_1549);
        }
    }
    (*g_457) = (*g_457);
    return (*l_1468);
}


/* ------------------------------------------ */
/* 
 * reads : g_7 g_27
 * writes: g_27 g_31 g_32
 */
static uint64_t  func_10(int64_t  p_11, struct S0 * const  p_12)
{ /* block id: 2 */
    int16_t l_19 = (-1L);
    int8_t *l_28 = (void*)0;
    int32_t l_29 = 1L;
    int8_t *l_30[1][10] = {{&g_31,&g_31,&g_31,&g_31,&g_31,&g_31,&g_31,&g_31,&g_31,&g_31}};
    int32_t l_33 = 1L;
    int32_t *l_34 = &g_27;
    int i, j;
    (*l_34) = ((safe_mul_func_int16_t_s_s(g_7, (safe_mul_func_uint16_t_u_u(l_19, (g_7 >= (((0UL < (safe_mul_func_int8_t_s_s((g_31 = (l_29 = (0xDAL == (p_11 ^ func_22(p_11))))), (l_33 = (g_32[4] = (p_11 >= 0x113DL)))))) , (-2L)) ^ 1L)))))) >= l_19);
    return (*l_34);
}


/* ------------------------------------------ */
/* 
 * reads : g_27 g_7
 * writes: g_27
 */
static int16_t  func_22(uint32_t  p_23)
{ /* block id: 3 */
    int32_t l_24 = 0xA8B036C8L;
    int32_t *l_25 = (void*)0;
    int32_t *l_26 = &g_27;
    (*l_26) |= l_24;
    return g_7;
}


/* ------------------------------------------ */
/* 
 * reads : g_865.f6 g_64 g_65
 * writes: g_65
 */
static uint16_t  func_43(uint8_t  p_44, struct S0 * p_45)
{ /* block id: 623 */
    int64_t l_1235 = 0xAC6C77995075B401LL;
    int32_t l_1238[2];
    uint32_t l_1239 = 18446744073709551613UL;
    int i;
    for (i = 0; i < 2; i++)
        l_1238[i] = (-9L);
    l_1235 ^= (safe_lshift_func_int8_t_s_s(g_865.f6, 2));
    (*g_64) ^= (l_1235 == (l_1238[0] &= ((safe_lshift_func_int16_t_s_u(p_44, 12)) <= l_1235)));
    return l_1239;
}


/* ------------------------------------------ */
/* 
 * reads : g_931 g_101 g_457 g_572 g_573 g_212.f2
 * writes: g_101 g_212.f2
 */
static struct S3  func_46(uint32_t * p_47, uint16_t  p_48, int8_t * p_49, int8_t * const  p_50, uint32_t * p_51)
{ /* block id: 618 */
    int16_t l_1230 = 1L;
    struct S0 l_1231 = {2633,-9,3};
    struct S3 l_1232 = {0x01BFL,1UL,{3421,-17,1},3UL,147,0x90E292128B9DE598LL,-1L,0x4901EC7B87CF0581LL,-201};
    (*g_457) = (((*g_931) |= l_1230) , l_1231);
    (***g_572) = (***g_572);
    return l_1232;
}


/* ------------------------------------------ */
/* 
 * reads : g_65 g_61 g_67 g_160
 * writes: g_61
 */
static uint32_t * func_52(uint8_t  p_53, int8_t * const  p_54, int32_t * const  p_55, int8_t  p_56)
{ /* block id: 14 */
    uint32_t l_66[3][7][10] = {{{1UL,0UL,18446744073709551609UL,18446744073709551615UL,0xC7E6801BL,0xC7E6801BL,18446744073709551615UL,18446744073709551609UL,0UL,1UL},{0x644FE3D0L,1UL,0UL,1UL,1UL,18446744073709551615UL,0x931266FBL,0x11FF246FL,0x61D8FC8FL,0x4EEE57E6L},{0UL,0x80EE50A8L,0x1782E4D7L,1UL,1UL,0UL,18446744073709551615UL,0UL,1UL,1UL},{1UL,0x931266FBL,1UL,0x644FE3D0L,0xC7E6801BL,1UL,0x4EEE57E6L,0x1782E4D7L,4UL,0x01D8DD58L},{0x931266FBL,0xC7E6801BL,18446744073709551615UL,0UL,0x4EEE57E6L,18446744073709551615UL,18446744073709551609UL,0x1782E4D7L,0x1782E4D7L,18446744073709551609UL},{0x61D8FC8FL,4UL,1UL,1UL,18446744073709551615UL,1UL,0x61D8FC8FL,18446744073709551609UL,0x4EEE57E6L,0x11FF246FL},{1UL,0x80EE50A8L,0x61D8FC8FL,0x30C7048BL,1UL,18446744073709551615UL,0x1782E4D7L,0UL,0UL,0x644FE3D0L}},{{1UL,0xC7E6801BL,0x644FE3D0L,1UL,0x931266FBL,1UL,0x644FE3D0L,0xC7E6801BL,1UL,0x4EEE57E6L},{1UL,0x644FE3D0L,0xC7E6801BL,1UL,0x4EEE57E6L,0x1782E4D7L,4UL,0x01D8DD58L,0x57B09319L,0UL},{0x30C7048BL,0x61D8FC8FL,0x80EE50A8L,1UL,0x57B09319L,0UL,0UL,0x57B09319L,1UL,0x80EE50A8L},{0x01D8DD58L,0x01D8DD58L,18446744073709551615UL,1UL,0x61D8FC8FL,18446744073709551609UL,0x4EEE57E6L,0x11FF246FL,0UL,0UL},{0x644FE3D0L,0x11FF246FL,4UL,0x30C7048BL,0UL,0UL,0x4EEE57E6L,1UL,0x4EEE57E6L,0UL},{0UL,0x01D8DD58L,0x30C7048BL,0x01D8DD58L,0UL,4UL,0UL,18446744073709551615UL,0x61D8FC8FL,18446744073709551615UL},{0x931266FBL,0x61D8FC8FL,1UL,0x644FE3D0L,0x30C7048BL,0xC7E6801BL,4UL,0x80EE50A8L,18446744073709551615UL,18446744073709551615UL}},{{0UL,0x644FE3D0L,0x931266FBL,0UL,0UL,0x931266FBL,0x644FE3D0L,0UL,0x01D8DD58L,0UL},{0UL,0xC7E6801BL,18446744073709551609UL,0x931266FBL,0UL,0x80EE50A8L,0x1782E4D7L,1UL,1UL,0UL},{0UL,0x80EE50A8L,18446744073709551609UL,0UL,0x61D8FC8FL,1UL,0x61D8FC8FL,0UL,18446744073709551609UL,0x80EE50A8L},{18446744073709551615UL,18446744073709551615UL,0x931266FBL,0UL,0x57B09319L,0UL,0xC7E6801BL,0x80EE50A8L,0x11FF246FL,0UL},{18446744073709551609UL,4UL,1UL,0UL,0x4EEE57E6L,0UL,18446744073709551615UL,18446744073709551615UL,0UL,0x4EEE57E6L},{18446744073709551615UL,0x30C7048BL,0x30C7048BL,18446744073709551615UL,0x931266FBL,1UL,0x11FF246FL,1UL,0x1782E4D7L,0x644FE3D0L},{0UL,1UL,4UL,18446744073709551609UL,1UL,0x80EE50A8L,0x30C7048BL,0x11FF246FL,0x1782E4D7L,0x11FF246FL}}};
    struct S0 *l_68 = &g_14;
    struct S3 *l_415[5] = {&g_212[1],&g_212[1],&g_212[1],&g_212[1],&g_212[1]};
    struct S0 * const **l_438 = (void*)0;
    uint8_t *l_446 = &g_263[5].f0;
    int64_t **l_454 = &g_431;
    const uint8_t l_470 = 255UL;
    uint64_t *l_493 = (void*)0;
    uint64_t **l_492[3][6][4] = {{{&l_493,(void*)0,(void*)0,(void*)0},{&l_493,&l_493,&l_493,(void*)0},{(void*)0,&l_493,&l_493,(void*)0},{&l_493,(void*)0,&l_493,&l_493},{&l_493,&l_493,&l_493,&l_493},{(void*)0,&l_493,&l_493,&l_493}},{{&l_493,&l_493,(void*)0,&l_493},{&l_493,&l_493,&l_493,&l_493},{&l_493,&l_493,(void*)0,&l_493},{&l_493,&l_493,&l_493,&l_493},{&l_493,&l_493,&l_493,&l_493},{&l_493,&l_493,&l_493,(void*)0}},{{&l_493,&l_493,(void*)0,(void*)0},{&l_493,&l_493,&l_493,&l_493},{&l_493,&l_493,&l_493,&l_493},{&l_493,&l_493,(void*)0,&l_493},{&l_493,&l_493,&l_493,&l_493},{&l_493,&l_493,&l_493,&l_493}}};
    uint32_t *l_560 = (void*)0;
    int32_t l_613 = 0xBAD00705L;
    struct S0 l_631 = {5474,3,1};
    int64_t l_762 = 0xC89F60AD96056DA1LL;
    int32_t l_801 = 0L;
    int32_t l_802[6][3] = {{0x0A4FD427L,(-1L),0x0A4FD427L},{0xFC456EEAL,1L,0xFC456EEAL},{0x0A4FD427L,(-1L),0x0A4FD427L},{0xFC456EEAL,1L,0xFC456EEAL},{0x0A4FD427L,(-1L),0x0A4FD427L},{0xFC456EEAL,1L,0xFC456EEAL}};
    int8_t l_805 = 0x24L;
    int8_t l_806 = 0x17L;
    int32_t l_849 = 0xAF8C93AAL;
    const int16_t l_866[3] = {0x595FL,0x595FL,0x595FL};
    struct S0 ***l_977 = &g_573;
    struct S0 ****l_976 = &l_977;
    int32_t l_1013 = (-9L);
    const union U4 *l_1035 = &g_263[5];
    int64_t l_1149 = 0xCEFD66BA2FAC93C0LL;
    uint64_t l_1153 = 18446744073709551615UL;
    uint32_t l_1175 = 0UL;
    int i, j, k;
    if ((*p_55))
    { /* block id: 15 */
        struct S0 **l_69 = &l_68;
        for (g_61 = 0; (g_61 <= 2); g_61 += 1)
        { /* block id: 18 */
            return g_67;
        }
        (*l_69) = l_68;
    }
    else
    { /* block id: 22 */
        uint32_t l_401[8][2] = {{0xCC14E762L,0xCC14E762L},{0xCC14E762L,8UL},{0x521EE643L,3UL},{8UL,3UL},{0x521EE643L,8UL},{0xCC14E762L,0xCC14E762L},{0xCC14E762L,8UL},{0x521EE643L,3UL}};
        uint64_t l_409 = 0xF99F8AEFEFDCD913LL;
        uint8_t l_424 = 0UL;
        int16_t l_451 = (-4L);
        int64_t *l_452 = &g_182;
        uint32_t l_453 = 0xB1CD3BD6L;
        struct S3 * const * const *l_578 = &g_286;
        int32_t l_581 = (-8L);
        uint32_t l_586 = 0x90768423L;
        int32_t l_614[4] = {1L,1L,1L,1L};
        const int32_t *l_627 = (void*)0;
        const int32_t **l_626 = &l_627;
        struct S1 l_662 = {-1,46114,-6634,5353,790,4,1910,288,12078,445};
        int64_t l_740 = 0L;
        int32_t l_803 = 0L;
        int16_t l_807 = 0x6397L;
        uint64_t l_810[2];
        struct S0 l_815[4] = {{2051,-5,2},{2051,-5,2},{2051,-5,2},{2051,-5,2}};
        uint32_t l_863 = 18446744073709551607UL;
        uint32_t *l_864[10][1] = {{&g_76},{&g_212[1].f1},{&g_76},{&g_212[1].f1},{&g_76},{&g_212[1].f1},{&g_76},{&g_212[1].f1},{&g_76},{&g_212[1].f1}};
        uint32_t l_872 = 8UL;
        uint16_t * const *l_933 = &g_931;
        int16_t l_1012 = 0L;
        int16_t l_1023[6][4][6] = {{{0L,0x09C0L,1L,0L,9L,(-1L)},{(-1L),0L,0L,0L,(-1L),0xFA5CL},{0L,(-1L),0xFA5CL,9L,(-1L),0x2F84L},{0x09C0L,0L,0x67F0L,(-1L),9L,0x2F84L}},{{9L,0x09C0L,0xFA5CL,4L,4L,0xFA5CL},{9L,9L,0L,(-1L),(-10L),(-1L)},{0x09C0L,9L,1L,9L,4L,0L},{0L,0x09C0L,1L,0L,9L,(-1L)}},{{(-1L),0L,0L,0L,(-1L),0xFA5CL},{0L,(-1L),0xFA5CL,9L,(-1L),0x2F84L},{0x09C0L,0L,0x67F0L,(-1L),9L,0x2F84L},{9L,0x09C0L,0xFA5CL,4L,4L,0xFA5CL}},{{9L,9L,0L,(-1L),(-10L),(-1L)},{0x09C0L,9L,1L,9L,4L,0L},{0L,0x09C0L,1L,0L,9L,(-1L)},{(-1L),0L,0L,0xAF4AL,0x2210L,4L}},{{0xAF4AL,0x2210L,4L,0xB427L,0x2210L,0x09C0L},{5L,0xAF4AL,(-10L),0x2210L,0L,0x09C0L},{0L,5L,4L,0xC257L,0xC257L,4L},{0L,0L,9L,0x2210L,(-1L),9L}},{{5L,0L,(-1L),0xB427L,0xC257L,9L},{0xAF4AL,5L,(-1L),0xAF4AL,0L,9L},{0x2210L,0xAF4AL,9L,0xAF4AL,0x2210L,4L},{0xAF4AL,0x2210L,4L,0xB427L,0x2210L,0x09C0L}}};
        int64_t l_1025 = (-8L);
        struct S0 *l_1072 = &l_815[1];
        uint64_t *l_1105 = &l_810[0];
        const struct S3 *l_1110[2][10][2] = {{{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]}},{{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]},{&g_212[1],&g_212[1]}}};
        struct S2 *l_1114 = &g_1115;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_810[i] = 18446744073709551615UL;
    }
    return &g_76;
}


/* ------------------------------------------ */
/* 
 * reads : g_64 g_65 g_63 g_96 g_13 g_14 g_7 g_104 g_76 g_101 g_160 g_61 g_114 g_184 g_182 g_179 g_207 g_236 g_212.f2.f2 g_212.f8 g_263 g_280 g_286 g_287 g_300 g_178 g_212.f3 g_212.f7 g_288 g_212 g_362 g_398
 * writes: g_96 g_63 g_101 g_104 g_114 g_160 g_61 g_184 g_76 g_65 g_207 g_236 g_263.f0 g_287 g_300 g_362 g_263 g_182 g_280 g_398
 */
static int8_t  func_72(uint32_t * p_73, const uint64_t  p_74)
{ /* block id: 26 */
    struct S1 l_82 = {-0,-36241,2832,2876,1374,73,1845,-258,15416,293};
    struct S2 l_83 = {0xA132677FL,202,5642,502,0UL,0,20030};
    int32_t *l_131 = &g_65;
    int32_t **l_130 = &l_131;
    union U4 l_136 = {255UL};
    int32_t l_146[10][10] = {{0x25C9EAE2L,1L,0L,0x25C9EAE2L,0L,1L,0x25C9EAE2L,0xD573B10FL,0xD573B10FL,0x25C9EAE2L},{0xD573B10FL,(-6L),0L,0L,(-6L),0xD573B10FL,1L,(-6L),1L,0xD573B10FL},{3L,(-6L),7L,(-6L),3L,7L,0x25C9EAE2L,0x25C9EAE2L,7L,3L},{3L,1L,1L,3L,0L,0xD573B10FL,3L,0xD573B10FL,0L,3L},{0xD573B10FL,3L,0xD573B10FL,0L,3L,1L,1L,3L,0L,0xD573B10FL},{0x25C9EAE2L,0x25C9EAE2L,7L,3L,(-6L),7L,(-6L),3L,7L,0x25C9EAE2L},{(-6L),1L,0xD573B10FL,(-6L),0L,0L,(-6L),0xD573B10FL,1L,(-6L)},{0xD573B10FL,0x25C9EAE2L,1L,0L,0x25C9EAE2L,0L,1L,0x25C9EAE2L,0xD573B10FL,0xD573B10FL},{(-6L),3L,7L,0x25C9EAE2L,0x25C9EAE2L,7L,3L,(-6L),7L,(-6L)},{0x25C9EAE2L,1L,0L,0x25C9EAE2L,0L,1L,0x25C9EAE2L,0xD573B10FL,0xD573B10FL,0x25C9EAE2L}};
    struct S0 *l_154 = &g_14;
    struct S0 **l_153 = &l_154;
    struct S1 l_214 = {0,34395,7294,2606,-1246,13,2806,-158,12718,583};
    uint32_t l_217 = 0xFB3CF3B6L;
    struct S3 ** const l_320 = (void*)0;
    struct S3 ** const *l_319 = &l_320;
    int32_t l_334 = 2L;
    struct S0 *l_342 = &g_14;
    int32_t l_365 = 0xCE3E680FL;
    int i, j;
    if (func_77(l_82, &g_76, p_74, l_83))
    { /* block id: 43 */
        struct S0 l_128 = {2121,21,0};
        struct S0 *l_129 = &l_128;
        uint64_t *l_139[8][7][1] = {{{&g_114},{&g_114},{&g_96},{&g_114},{&g_96},{&g_114},{&g_114}},{{&g_114},{&g_96},{(void*)0},{&g_96},{&g_114},{&g_114},{&g_114}},{{&g_96},{&g_114},{&g_96},{&g_114},{&g_114},{&g_114},{&g_96}},{{(void*)0},{&g_96},{&g_114},{&g_114},{&g_114},{&g_96},{&g_114}},{{&g_96},{&g_114},{&g_114},{&g_114},{&g_96},{(void*)0},{&g_96}},{{&g_114},{&g_114},{&g_114},{&g_96},{&g_114},{&g_96},{&g_114}},{{&g_114},{&g_114},{&g_96},{(void*)0},{&g_96},{&g_114},{&g_114}},{{&g_114},{&g_96},{&g_114},{&g_96},{&g_114},{&g_114},{&g_114}}};
        union U4 l_155 = {0UL};
        int32_t l_183 = 0x96F249C7L;
        int32_t l_234 = (-2L);
        int32_t l_235 = 1L;
        int32_t **l_361[4][1][7];
        uint16_t *l_363 = &g_104;
        union U4 *l_368 = &g_263[5];
        int64_t *l_369 = &g_182;
        uint8_t l_370 = 0xEDL;
        int i, j, k;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 7; k++)
                    l_361[i][j][k] = (void*)0;
            }
        }
        for (g_101 = 0; (g_101 >= 2); ++g_101)
        { /* block id: 46 */
            if (l_83.f6)
                break;
            if (p_74)
                continue;
        }
        if ((safe_add_func_int32_t_s_s((l_83 , ((safe_div_func_uint64_t_u_u((((safe_add_func_int16_t_s_s((&g_64 != (((*l_129) = l_128) , l_130)), ((safe_lshift_func_uint8_t_u_s(1UL, 3)) ^ 4L))) != g_14.f0) && (safe_add_func_uint64_t_u_u((l_136 , (l_128.f1 = (((safe_lshift_func_int16_t_s_s((l_128.f0 == 1UL), 12)) ^ (*l_131)) || (**l_130)))), p_74))), 0x59AEF2F43CA9903DLL)) | 0xFFL)), 0x343A8235L)))
        { /* block id: 52 */
            int16_t l_145[6] = {0L,0L,0L,0L,0L,0L};
            int32_t l_147 = 9L;
            int32_t l_150 = 7L;
            struct S0 **l_157[4][8] = {{&l_154,&l_154,&l_154,&l_129,&l_154,&l_154,&l_154,&l_154},{&l_129,&l_154,&l_154,&l_129,&l_129,&l_129,&l_154,&l_154},{&l_154,&l_129,&l_129,&l_129,&l_129,&l_154,&l_129,&l_129},{&l_129,&l_129,&l_129,&l_154,&l_154,&l_129,&l_129,&l_129}};
            struct S0 ***l_156 = &l_157[3][2];
            int8_t *l_158 = &l_136.f1;
            int32_t *l_159 = &g_160;
            int i, j;
            for (l_136.f0 = 0; (l_136.f0 > 50); ++l_136.f0)
            { /* block id: 55 */
                uint32_t l_142 = 7UL;
                return l_142;
            }
            (*l_159) |= ((safe_mul_func_int8_t_s_s(l_145[3], (l_147 |= l_146[5][2]))) | (safe_mul_func_uint8_t_u_u(((((l_150 = ((void*)0 != &p_74)) == (+(!((*l_158) = ((((((l_153 == ((*l_156) = (l_155 , &l_129))) && 0x6AL) > ((-1L) | 0xC323CAD4L)) == 1L) || p_74) && (*l_131)))))) <= l_145[3]) > 1UL), p_74)));
        }
        else
        { /* block id: 63 */
            uint32_t l_168 = 6UL;
            int8_t l_173 = (-1L);
            int32_t l_174 = 1L;
            int32_t l_175[7][8] = {{0xD25B55C4L,0x99A1C6C0L,0xD25B55C4L,0x6CA7198EL,(-1L),(-7L),0xD9185341L,(-1L)},{(-1L),0xD25B55C4L,5L,0x1EF3CA3EL,0x626FD0A4L,0xA45322D5L,(-1L),(-1L)},{(-1L),(-1L),1L,1L,(-1L),(-1L),0x99A1C6C0L,4L},{0xD25B55C4L,0L,0xA45322D5L,0x99A1C6C0L,5L,0L,(-1L),0x30E86BA8L},{0x626FD0A4L,4L,0L,0x99A1C6C0L,1L,0x99A1C6C0L,0L,4L},{(-1L),1L,0x1EF3CA3EL,1L,0x30E86BA8L,0x6CA7198EL,0x626FD0A4L,(-1L)},{1L,(-7L),4L,0x1EF3CA3EL,(-1L),0x626FD0A4L,0x626FD0A4L,(-1L)}};
            struct S3 *l_211[10][5] = {{&g_212[2],(void*)0,&g_212[1],&g_212[2],&g_212[2]},{&g_212[1],&g_212[2],&g_212[1],(void*)0,&g_212[2]},{&g_212[2],(void*)0,&g_212[4],&g_212[0],&g_212[0]},{&g_212[1],&g_212[2],&g_212[1],&g_212[1],&g_212[0]},{&g_212[2],&g_212[2],&g_212[1],&g_212[1],&g_212[2]},{(void*)0,&g_212[1],&g_212[1],&g_212[2],&g_212[2]},{&g_212[3],&g_212[2],&g_212[1],&g_212[2],&g_212[0]},{&g_212[1],&g_212[1],&g_212[1],&g_212[1],&g_212[3]},{&g_212[1],&g_212[1],&g_212[0],&g_212[1],&g_212[1]},{&g_212[3],&g_212[2],&g_212[1],&g_212[1],&g_212[3]}};
            int64_t l_248 = 0L;
            struct S2 l_285[4] = {{0x813C421EL,206,28052,378,18446744073709551615UL,0,16548},{0x813C421EL,206,28052,378,18446744073709551615UL,0,16548},{0x813C421EL,206,28052,378,18446744073709551615UL,0,16548},{0x813C421EL,206,28052,378,18446744073709551615UL,0,16548}};
            struct S0 l_307 = {1711,-1,2};
            struct S0 **l_338 = &l_129;
            int64_t *l_341 = &l_248;
            struct S0 ***l_347 = &l_338;
            struct S0 ***l_348 = &l_153;
            int i, j;
            for (l_155.f4 = 0; (l_155.f4 <= 0); l_155.f4 += 1)
            { /* block id: 66 */
                int16_t l_176 = (-8L);
                int32_t l_177[7][5][7] = {{{0x5944C72FL,(-9L),2L,0x81754238L,(-7L),0x5944C72FL,(-8L)},{0x4B791F81L,(-1L),0xA04F61B0L,0xBA291ADAL,(-9L),0L,(-1L)},{0xA4CA2719L,1L,2L,1L,1L,0x4BD559E1L,(-1L)},{1L,(-9L),0x81754238L,0x71FBC6ABL,(-1L),1L,(-8L)},{0x81F1820DL,(-7L),(-10L),1L,(-9L),0x42145396L,0x0044AA38L}},{{0x81F1820DL,0xA2399457L,2L,0xBA291ADAL,(-6L),0x5944C72FL,(-1L)},{1L,(-1L),0x71FBC6ABL,0x81754238L,(-9L),1L,0x13EDC32EL},{0xA4CA2719L,(-1L),0x93C0D730L,1L,(-1L),0x85D862F8L,(-1L)},{0x4B791F81L,0xA2399457L,0x81754238L,9L,1L,1L,(-1L)},{0x5944C72FL,(-7L),0x81754238L,2L,(-9L),0x5944C72FL,0x1EF01F62L}},{{0x81F1820DL,(-9L),0x93C0D730L,0xBA291ADAL,(-7L),0x42145396L,(-1L)},{0x4B791F81L,1L,0x71FBC6ABL,0xBA291ADAL,0xA2399457L,1L,(-1L)},{0x4BD559E1L,(-1L),2L,2L,(-1L),0x4BD559E1L,0x13EDC32EL},{0x4B791F81L,(-9L),(-10L),9L,(-1L),0L,(-1L)},{0x81F1820DL,(-6L),0x81754238L,1L,0xA2399457L,0x5944C72FL,0x0044AA38L}},{{0x5944C72FL,(-9L),2L,0x81754238L,(-7L),0x5944C72FL,(-8L)},{0x4B791F81L,(-1L),0xA04F61B0L,0xBA291ADAL,(-9L),0L,(-1L)},{0xA4CA2719L,1L,2L,1L,1L,0x4BD559E1L,(-1L)},{1L,(-9L),0x81754238L,0x71FBC6ABL,(-1L),1L,(-8L)},{0x81F1820DL,(-7L),(-10L),1L,(-9L),0x42145396L,0x0044AA38L}},{{0x81F1820DL,0xA2399457L,2L,0xBA291ADAL,(-6L),0x5944C72FL,(-1L)},{1L,(-1L),0x71FBC6ABL,0x81754238L,(-9L),1L,0x13EDC32EL},{0xA4CA2719L,(-1L),0x93C0D730L,1L,(-1L),0x85D862F8L,(-1L)},{0x4B791F81L,0xA2399457L,0x81754238L,9L,1L,1L,(-1L)},{0x5944C72FL,(-7L),0x81754238L,2L,(-9L),0x5944C72FL,0x1EF01F62L}},{{0x81F1820DL,(-9L),(-1L),(-3L),0x81754238L,(-2L),0xD10087D2L},{0L,0xB03A1171L,7L,(-3L),0xA04F61B0L,0x1F2928FBL,7L},{0L,9L,0xC70173F8L,0xC70173F8L,9L,0L,(-3L)},{0L,0x71FBC6ABL,0xB88990D2L,(-3L),9L,(-10L),0xD10087D2L},{(-8L),(-10L),0xFF1D34AEL,0x13EDC32EL,0xA04F61B0L,(-1L),(-3L)}},{{(-1L),0x71FBC6ABL,0xC70173F8L,0xFF1D34AEL,0x81754238L,(-1L),0L},{0L,9L,(-1L),(-3L),0x71FBC6ABL,(-10L),7L},{0x8073F352L,0xB03A1171L,0xC70173F8L,0x13EDC32EL,0xB03A1171L,0L,7L},{0x1F2928FBL,0x71FBC6ABL,0xFF1D34AEL,7L,9L,0x1F2928FBL,0L},{(-8L),0x81754238L,0xB88990D2L,0x13EDC32EL,0x71FBC6ABL,(-2L),(-3L)}}};
                int i, j, k;
                for (g_114 = 0; (g_114 <= 0); g_114 += 1)
                { /* block id: 69 */
                    int32_t *l_171 = &g_160;
                    int32_t *l_172[2][4][5] = {{{&g_65,&l_146[l_155.f4][(l_155.f4 + 5)],&l_146[l_155.f4][(l_155.f4 + 5)],&g_65,&l_146[l_155.f4][(l_155.f4 + 5)]},{&g_65,&g_65,&l_146[0][2],&g_65,&g_65},{&l_146[l_155.f4][(l_155.f4 + 5)],&g_65,&l_146[l_155.f4][(l_155.f4 + 5)],&l_146[l_155.f4][(l_155.f4 + 5)],&g_65},{&g_65,&l_146[l_155.f4][(l_155.f4 + 5)],&l_146[l_155.f4][(l_155.f4 + 5)],&g_65,&l_146[l_155.f4][(l_155.f4 + 5)]}},{{&g_65,&g_65,&l_146[0][2],&g_65,&g_65},{&l_146[l_155.f4][(l_155.f4 + 5)],&g_65,&l_146[l_155.f4][(l_155.f4 + 5)],&l_146[l_155.f4][(l_155.f4 + 5)],&g_65},{&g_65,&l_146[l_155.f4][(l_155.f4 + 5)],&l_146[l_155.f4][(l_155.f4 + 5)],&g_65,&l_146[l_155.f4][(l_155.f4 + 5)]},{&g_65,&g_65,&l_146[0][2],&g_65,&g_65}}};
                    int i, j, k;
                    for (g_61 = 3; (g_61 <= 9); g_61 += 1)
                    { /* block id: 72 */
                        int32_t *l_161 = (void*)0;
                        int32_t *l_162 = (void*)0;
                        int32_t *l_163 = &l_146[5][2];
                        int32_t *l_164 = &l_146[g_61][(g_114 + 6)];
                        int32_t *l_165 = &l_146[(l_155.f4 + 3)][g_61];
                        int32_t *l_166 = &l_146[(l_155.f4 + 3)][g_61];
                        int32_t *l_167 = (void*)0;
                        int i, j;
                        if (l_146[g_61][(g_114 + 6)])
                            break;
                        l_168++;
                    }
                    if (l_146[(l_155.f4 + 6)][(g_114 + 6)])
                        continue;
                    ++g_184;
                    for (g_76 = 0; (g_76 <= 0); g_76 += 1)
                    { /* block id: 80 */
                        return g_182;
                    }
                }
                for (l_136.f4 = 0; (l_136.f4 <= 0); l_136.f4 += 1)
                { /* block id: 86 */
                    struct S0 l_191 = {5179,21,3};
                    int32_t *l_210 = &l_175[6][7];
                    for (l_83.f0 = 0; (l_83.f0 <= 0); l_83.f0 += 1)
                    { /* block id: 89 */
                        int32_t l_200 = 0xA51040B8L;
                        int i, j, k;
                        (*l_131) = (safe_sub_func_uint8_t_u_u((((((safe_div_func_int64_t_s_s(g_104, p_74)) , ((l_191 , p_73) == (void*)0)) && (65535UL | (safe_div_func_int32_t_s_s((((void*)0 == &g_114) | (safe_lshift_func_uint16_t_u_s((safe_add_func_int64_t_s_s(((safe_mod_func_uint32_t_u_u(l_128.f0, (*p_73))) > 0xA021L), p_74)), (**l_130)))), g_65)))) , 0L) , p_74), l_200));
                    }
                    if (p_74)
                    { /* block id: 92 */
                        return g_179;
                    }
                    else
                    { /* block id: 94 */
                        int32_t *l_201 = &l_177[0][0][4];
                        int32_t *l_202 = &l_174;
                        int32_t *l_203 = &l_174;
                        int32_t *l_204 = &l_177[5][0][6];
                        int32_t *l_205 = &g_65;
                        int32_t *l_206[6] = {&g_160,&g_160,&g_160,&g_160,&g_160,&g_160};
                        int i;
                        g_207++;
                        if ((*g_64))
                            continue;
                    }
                    for (g_76 = 0; (g_76 <= 0); g_76 += 1)
                    { /* block id: 100 */
                        struct S3 **l_213 = &l_211[6][2];
                        (*l_130) = l_210;
                        if (l_175[5][0])
                            continue;
                        (*l_130) = p_73;
                        (*l_213) = l_211[6][2];
                    }
                }
            }
            if ((l_82.f7 = ((*g_64) = ((l_214 , &g_101) != &g_101))))
            { /* block id: 110 */
                int32_t *l_215 = &l_175[4][1];
                int32_t *l_216 = &l_174;
                int32_t l_233[8][10][3] = {{{1L,(-10L),(-10L)},{(-1L),1L,0x1F1D460DL},{1L,0xB317CAF5L,1L},{1L,(-1L),0x1F1D460DL},{1L,1L,(-10L)},{0x71933DCAL,(-1L),(-1L)},{(-10L),0xB317CAF5L,0x1D593650L},{0x71933DCAL,1L,0x71933DCAL},{1L,(-10L),0x1D593650L},{1L,1L,(-1L)}},{{1L,(-10L),(-10L)},{(-1L),1L,0x1F1D460DL},{1L,0xB317CAF5L,1L},{1L,(-1L),0x1F1D460DL},{1L,1L,(-10L)},{0x71933DCAL,(-1L),(-1L)},{(-10L),0xB317CAF5L,0x1D593650L},{0x71933DCAL,1L,0x71933DCAL},{1L,(-10L),0x1D593650L},{1L,1L,(-1L)}},{{1L,(-10L),(-10L)},{(-1L),1L,0x1F1D460DL},{1L,0xB317CAF5L,1L},{1L,(-1L),0x1F1D460DL},{1L,1L,(-10L)},{0x71933DCAL,(-1L),0x71933DCAL},{1L,1L,0xB317CAF5L},{0x1F1D460DL,1L,0x1F1D460DL},{(-10L),1L,0xB317CAF5L},{(-1L),(-1L),0x71933DCAL}},{{0x1D593650L,1L,1L},{0x71933DCAL,1L,1L},{0x1D593650L,1L,0x1D593650L},{(-1L),0x71933DCAL,1L},{(-10L),(-10L),1L},{0x1F1D460DL,0x71933DCAL,0x71933DCAL},{1L,1L,0xB317CAF5L},{0x1F1D460DL,1L,0x1F1D460DL},{(-10L),1L,0xB317CAF5L},{(-1L),(-1L),0x71933DCAL}},{{0x1D593650L,1L,1L},{0x71933DCAL,1L,1L},{0x1D593650L,1L,0x1D593650L},{(-1L),0x71933DCAL,1L},{(-10L),(-10L),1L},{0x1F1D460DL,0x71933DCAL,0x71933DCAL},{1L,1L,0xB317CAF5L},{0x1F1D460DL,1L,0x1F1D460DL},{(-10L),1L,0xB317CAF5L},{(-1L),(-1L),0x71933DCAL}},{{0x1D593650L,1L,1L},{0x71933DCAL,1L,1L},{0x1D593650L,1L,0x1D593650L},{(-1L),0x71933DCAL,1L},{(-10L),(-10L),1L},{0x1F1D460DL,0x71933DCAL,0x71933DCAL},{1L,1L,0xB317CAF5L},{0x1F1D460DL,1L,0x1F1D460DL},{(-10L),1L,0xB317CAF5L},{(-1L),(-1L),0x71933DCAL}},{{0x1D593650L,1L,1L},{0x71933DCAL,1L,1L},{0x1D593650L,1L,0x1D593650L},{(-1L),0x71933DCAL,1L},{(-10L),(-10L),1L},{0x1F1D460DL,0x71933DCAL,0x71933DCAL},{1L,1L,0xB317CAF5L},{0x1F1D460DL,1L,0x1F1D460DL},{(-10L),1L,0xB317CAF5L},{(-1L),(-1L),0x71933DCAL}},{{0x1D593650L,1L,1L},{0x71933DCAL,1L,1L},{0x1D593650L,1L,0x1D593650L},{(-1L),0x71933DCAL,1L},{(-10L),(-10L),1L},{0x1F1D460DL,0x71933DCAL,0x71933DCAL},{1L,1L,0xB317CAF5L},{0x1F1D460DL,1L,0x1F1D460DL},{(-10L),1L,0xB317CAF5L},{(-1L),(-1L),0x71933DCAL}}};
                int i, j, k;
lbl_220:
                l_217++;
                for (l_168 = 1; (l_168 <= 9); l_168 += 1)
                { /* block id: 114 */
                    int32_t *l_221 = &l_183;
                    int32_t *l_222 = &g_65;
                    int32_t l_223 = 1L;
                    int32_t *l_224 = &l_223;
                    int32_t *l_225 = (void*)0;
                    int32_t *l_226 = &l_146[5][2];
                    int32_t *l_227 = &g_65;
                    int32_t *l_228 = &l_183;
                    int32_t *l_229 = &l_146[1][7];
                    int32_t *l_230 = (void*)0;
                    int32_t *l_231 = (void*)0;
                    int32_t *l_232[6];
                    int i;
                    for (i = 0; i < 6; i++)
                        l_232[i] = &l_146[9][6];
                    if (g_63)
                        goto lbl_220;
                    g_236++;
                    if (l_175[5][2])
                        continue;
                    if (p_74)
                        continue;
                    for (g_76 = 2; (g_76 <= 9); g_76 += 1)
                    { /* block id: 121 */
                        int i, j;
                        l_146[g_76][g_76] ^= p_74;
                    }
                }
                (*l_216) = (l_175[5][2] != (~((safe_mul_func_int8_t_s_s((l_155.f4 == 0xF1477426CD39D242LL), (safe_lshift_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s((((safe_mul_func_uint8_t_u_u((*l_216), ((((l_248 <= ((safe_mod_func_int64_t_s_s(l_155.f4, (safe_rshift_func_int8_t_s_s(((++g_96) | g_212[1].f2.f2), 4)))) <= (~(*l_216)))) <= g_212[1].f8) || 1L) || p_74))) <= l_128.f2) || g_236), 1)), p_74)))) && 0xBA347272B21C91E3LL)));
            }
            else
            { /* block id: 127 */
                uint64_t l_260 = 1UL;
                uint8_t *l_264 = &g_263[5].f0;
                int32_t l_268 = 0xFD1D8052L;
                int32_t l_269 = 0x0BC3FBBBL;
                int32_t l_270[10] = {0xD893DEC7L,(-1L),(-1L),0xD893DEC7L,0xE1CA6B99L,0xD893DEC7L,(-1L),(-1L),0xD893DEC7L,0xE1CA6B99L};
                union U4 * const l_274 = &g_263[5];
                int8_t l_335 = 0x00L;
                int64_t *l_336 = (void*)0;
                int64_t *l_337[2];
                struct S0 ** const l_339[2][1][1] = {{{&l_129}},{{&l_129}}};
                int32_t *l_340 = &l_270[1];
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_337[i] = &g_180;
                if (((safe_rshift_func_int8_t_s_u(p_74, ((*l_264) = (((safe_sub_func_int16_t_s_s(l_235, (l_260 >= 0x38L))) , ((**l_130) > (0x04L >= ((g_263[5] , p_73) == (void*)0)))) <= 1L)))) , p_74))
                { /* block id: 129 */
                    uint16_t l_271 = 0UL;
                    union U4 *l_276 = &g_263[5];
                    union U4 **l_275 = &l_276;
                    for (l_173 = (-1); (l_173 == 23); l_173++)
                    { /* block id: 132 */
                        int32_t *l_267[3];
                        int i;
                        for (i = 0; i < 3; i++)
                            l_267[i] = &l_234;
                        l_271++;
                    }
                    (*l_275) = l_274;
                }
                else
                { /* block id: 136 */
                    const struct S2 l_279 = {1UL,148,22749,404,0x828811F8L,0,19649};
                    const struct S3 ***l_289 = (void*)0;
                    int32_t l_299[3][6] = {{7L,7L,7L,7L,7L,7L},{7L,7L,7L,7L,7L,7L},{7L,7L,7L,7L,7L,7L}};
                    int i, j;
                    if ((safe_mul_func_int16_t_s_s(((5UL != (l_279 , (g_280 < 1UL))) == p_74), ((0x9D939C06118430E8LL & ((((safe_lshift_func_uint8_t_u_s(((l_285[1] , g_286) != (g_287 = g_287)), 2)) || g_182) ^ (*g_64)) >= (*g_64))) >= (*p_73)))))
                    { /* block id: 138 */
                        int32_t *l_290 = &l_146[7][1];
                        int32_t *l_291 = (void*)0;
                        int32_t *l_292 = (void*)0;
                        int32_t *l_293 = &l_174;
                        int32_t *l_294 = (void*)0;
                        int32_t *l_295 = &g_65;
                        int32_t *l_296 = &l_174;
                        int32_t *l_297 = &g_160;
                        int32_t *l_298[1];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_298[i] = &l_270[8];
                        --g_300;
                    }
                    else
                    { /* block id: 140 */
                        uint16_t *l_312 = &g_104;
                        (*l_130) = &g_160;
                        (*l_130) = p_73;
                        (*g_64) ^= ((safe_mul_func_int8_t_s_s((0xD833L || (safe_rshift_func_uint16_t_u_u(g_101, 7))), ((-3L) | (((0xB3F7846B96777C8ELL || ((((l_279 , l_307) , &g_64) != (void*)0) | ((safe_rshift_func_uint8_t_u_s((safe_sub_func_uint16_t_u_u(((*l_312) &= p_74), 0xDAB8L)), g_178)) >= p_74))) & l_248) || p_74)))) & p_74);
                        (**l_130) &= (*g_64);
                    }
                }
                (*l_340) ^= ((((l_235 |= (safe_mul_func_uint16_t_u_u(l_268, ((safe_sub_func_int8_t_s_s(((safe_mod_func_uint64_t_u_u(((l_269 ^= g_178) , (0L && ((void*)0 != l_319))), g_14.f2)) & (safe_mul_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u(((l_175[3][2] = ((safe_sub_func_int64_t_s_s((-8L), (~((safe_lshift_func_uint16_t_u_s((p_74 <= (safe_add_func_int16_t_s_s(l_285[1].f2, l_334))), g_212[1].f3)) || (*g_64))))) & g_236)) < l_335), g_61)), l_260)) & p_74), 0x5BL))), g_212[1].f7)) <= p_74)))) , l_338) != l_339[1][0][0]) , (*g_64));
                return p_74;
            }
            (*l_130) = ((6UL && (g_96 ^= ((((*l_341) = p_74) || l_128.f0) , ((void*)0 == l_342)))) , &l_175[0][2]);
            (*l_131) |= (safe_lshift_func_int16_t_s_u((safe_rshift_func_int8_t_s_u((((*l_348) = ((*l_347) = l_338)) != &g_13), 7)), 12));
        }
        l_370 |= (safe_sub_func_int8_t_s_s(((safe_add_func_int32_t_s_s((((g_300 == ((safe_add_func_int64_t_s_s(((*l_369) = (((*p_73) , (safe_lshift_func_int16_t_s_u((((*l_363) &= (safe_add_func_int16_t_s_s(g_212[1].f2.f2, ((g_362 = &g_65) == &g_160)))) != ((safe_unary_minus_func_uint8_t_u(((((((**g_287) , l_365) != ((safe_rshift_func_uint8_t_u_s((((*l_368) = l_136) , (&g_61 != (void*)0)), p_74)) | 18446744073709551615UL)) != (*p_73)) >= (*g_64)) <= p_74))) >= g_236)), p_74))) ^ g_300)), 0x68D9D4BA2ECCCE24LL)) || 0x9E411ACD9326DD49LL)) , p_74) < p_74), (*g_64))) | 0xDCL), g_178));
    }
    else
    { /* block id: 166 */
        int32_t *l_376 = &g_65;
        struct S0 *l_390[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int32_t l_395 = 0x145DA8ABL;
        int32_t l_396[4] = {(-10L),(-10L),(-10L),(-10L)};
        int i;
        for (g_160 = 0; g_160 < 10; g_160 += 1)
        {
            for (g_207 = 0; g_207 < 10; g_207 += 1)
            {
                l_146[g_160][g_207] = 0x0D675F5DL;
            }
        }
        (**l_130) = (safe_add_func_int16_t_s_s((-5L), (~(**l_130))));
        (**l_130) |= p_74;
        for (g_76 = 12; (g_76 <= 43); g_76++)
        { /* block id: 172 */
            int64_t l_379[9] = {0x8DA943423BE5FC4DLL,0xBB3A24062B610DE1LL,0x8DA943423BE5FC4DLL,0xBB3A24062B610DE1LL,0x8DA943423BE5FC4DLL,0xBB3A24062B610DE1LL,0x8DA943423BE5FC4DLL,0xBB3A24062B610DE1LL,0x8DA943423BE5FC4DLL};
            const int64_t l_387 = (-1L);
            int32_t l_393 = 0L;
            int32_t l_394 = 5L;
            int i;
            (*l_130) = l_376;
            for (g_182 = (-15); (g_182 <= 2); g_182 = safe_add_func_int16_t_s_s(g_182, 8))
            { /* block id: 176 */
                int16_t *l_382 = &g_280;
                int32_t *l_391 = &l_146[5][2];
                int32_t *l_392[3];
                int8_t l_397[8] = {0x73L,0x73L,0x73L,0x73L,0x73L,0x73L,0x73L,0x73L};
                int i;
                for (i = 0; i < 3; i++)
                    l_392[i] = (void*)0;
                (*l_376) = (((l_379[8] | ((*l_131) , (*g_362))) ^ (safe_sub_func_int16_t_s_s(((((*l_382) = g_14.f1) , (*l_131)) , (safe_lshift_func_uint8_t_u_s((safe_mod_func_uint32_t_u_u(4294967287UL, l_387)), 0))), (safe_rshift_func_uint16_t_u_u((((l_390[3] != (void*)0) , g_212[1].f6) > g_212[1].f2.f1), 2))))) == 0x78B33DAAL);
                --g_398;
            }
        }
    }
    return p_74;
}


/* ------------------------------------------ */
/* 
 * reads : g_64 g_65 g_63 g_96 g_13 g_14 g_7 g_104 g_76
 * writes: g_96 g_63 g_101 g_104 g_114
 */
static int32_t  func_77(struct S1  p_78, uint32_t * const  p_79, const int32_t  p_80, struct S2  p_81)
{ /* block id: 27 */
    int32_t *l_91 = (void*)0;
    int32_t **l_92 = &l_91;
    int32_t *l_94 = &g_65;
    int32_t **l_93 = &l_94;
    uint64_t *l_95 = &g_96;
    int8_t *l_98 = &g_63;
    uint64_t l_99 = 0UL;
    uint16_t *l_100 = &g_101;
    uint64_t *l_102 = &l_99;
    int32_t l_103 = 5L;
    g_104 ^= ((((safe_mod_func_int32_t_s_s((*g_64), (+(safe_rshift_func_uint16_t_u_s(((safe_add_func_uint64_t_u_u(((*l_102) = (((*l_95) |= ((((*l_92) = l_91) != ((*l_93) = &g_65)) < g_63)) || (((*l_94) , ((*g_13) , (**l_93))) | ((*l_100) = (~((((*l_98) = g_7) >= ((p_81.f0 == l_99) ^ 0UL)) == p_78.f3)))))), 0xCE45356EB84F5D4ALL)) == p_80), 7))))) , 0x92431699C01AE01DLL) ^ p_81.f2) > l_103);
    for (l_99 = 5; (l_99 < 14); l_99 = safe_add_func_uint64_t_u_u(l_99, 1))
    { /* block id: 37 */
        uint64_t *l_113[3];
        int32_t l_117 = 4L;
        int i;
        for (i = 0; i < 3; i++)
            l_113[i] = &g_114;
        p_81.f5 &= (((0x5E82407DL <= (safe_add_func_uint8_t_u_u(p_78.f8, g_96))) <= (safe_mod_func_uint64_t_u_u((g_114 = g_96), 0x6797DE492F91EA85LL))) <= ((safe_lshift_func_int16_t_s_s(l_117, ((void*)0 == p_79))) != (safe_mod_func_uint8_t_u_u(((g_14.f0 , 0x449837FEL) > (*p_79)), 0xFCL))));
        if ((*g_64))
            break;
    }
    return p_80;
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
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_14.f0, "g_14.f0", print_hash_value);
    transparent_crc(g_14.f1, "g_14.f1", print_hash_value);
    transparent_crc(g_14.f2, "g_14.f2", print_hash_value);
    transparent_crc(g_27, "g_27", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_32[i], "g_32[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_40, "g_40", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_76, "g_76", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_101, "g_101", print_hash_value);
    transparent_crc(g_104, "g_104", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    transparent_crc(g_160, "g_160", print_hash_value);
    transparent_crc(g_178, "g_178", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_180, "g_180", print_hash_value);
    transparent_crc(g_181, "g_181", print_hash_value);
    transparent_crc(g_182, "g_182", print_hash_value);
    transparent_crc(g_184, "g_184", print_hash_value);
    transparent_crc(g_207, "g_207", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_212[i].f0, "g_212[i].f0", print_hash_value);
        transparent_crc(g_212[i].f1, "g_212[i].f1", print_hash_value);
        transparent_crc(g_212[i].f2.f0, "g_212[i].f2.f0", print_hash_value);
        transparent_crc(g_212[i].f2.f1, "g_212[i].f2.f1", print_hash_value);
        transparent_crc(g_212[i].f2.f2, "g_212[i].f2.f2", print_hash_value);
        transparent_crc(g_212[i].f3, "g_212[i].f3", print_hash_value);
        transparent_crc(g_212[i].f4, "g_212[i].f4", print_hash_value);
        transparent_crc(g_212[i].f5, "g_212[i].f5", print_hash_value);
        transparent_crc(g_212[i].f6, "g_212[i].f6", print_hash_value);
        transparent_crc(g_212[i].f7, "g_212[i].f7", print_hash_value);
        transparent_crc(g_212[i].f8, "g_212[i].f8", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_236, "g_236", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_263[i].f0, "g_263[i].f0", print_hash_value);
        transparent_crc(g_263[i].f1, "g_263[i].f1", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_280, "g_280", print_hash_value);
    transparent_crc(g_300, "g_300", print_hash_value);
    transparent_crc(g_398, "g_398", print_hash_value);
    transparent_crc(g_526.f0, "g_526.f0", print_hash_value);
    transparent_crc(g_526.f1, "g_526.f1", print_hash_value);
    transparent_crc(g_526.f2, "g_526.f2", print_hash_value);
    transparent_crc(g_526.f3, "g_526.f3", print_hash_value);
    transparent_crc(g_526.f4, "g_526.f4", print_hash_value);
    transparent_crc(g_526.f5, "g_526.f5", print_hash_value);
    transparent_crc(g_526.f6, "g_526.f6", print_hash_value);
    transparent_crc(g_772, "g_772", print_hash_value);
    transparent_crc(g_794.f0, "g_794.f0", print_hash_value);
    transparent_crc(g_794.f1, "g_794.f1", print_hash_value);
    transparent_crc(g_794.f2, "g_794.f2", print_hash_value);
    transparent_crc(g_794.f3, "g_794.f3", print_hash_value);
    transparent_crc(g_794.f4, "g_794.f4", print_hash_value);
    transparent_crc(g_794.f5, "g_794.f5", print_hash_value);
    transparent_crc(g_794.f6, "g_794.f6", print_hash_value);
    transparent_crc(g_794.f7, "g_794.f7", print_hash_value);
    transparent_crc(g_794.f8, "g_794.f8", print_hash_value);
    transparent_crc(g_794.f9, "g_794.f9", print_hash_value);
    transparent_crc(g_796.f0, "g_796.f0", print_hash_value);
    transparent_crc(g_796.f1, "g_796.f1", print_hash_value);
    transparent_crc(g_796.f2, "g_796.f2", print_hash_value);
    transparent_crc(g_796.f3, "g_796.f3", print_hash_value);
    transparent_crc(g_796.f4, "g_796.f4", print_hash_value);
    transparent_crc(g_796.f5, "g_796.f5", print_hash_value);
    transparent_crc(g_796.f6, "g_796.f6", print_hash_value);
    transparent_crc(g_796.f7, "g_796.f7", print_hash_value);
    transparent_crc(g_796.f8, "g_796.f8", print_hash_value);
    transparent_crc(g_796.f9, "g_796.f9", print_hash_value);
    transparent_crc(g_865.f0, "g_865.f0", print_hash_value);
    transparent_crc(g_865.f1, "g_865.f1", print_hash_value);
    transparent_crc(g_865.f2.f0, "g_865.f2.f0", print_hash_value);
    transparent_crc(g_865.f2.f1, "g_865.f2.f1", print_hash_value);
    transparent_crc(g_865.f2.f2, "g_865.f2.f2", print_hash_value);
    transparent_crc(g_865.f3, "g_865.f3", print_hash_value);
    transparent_crc(g_865.f4, "g_865.f4", print_hash_value);
    transparent_crc(g_865.f5, "g_865.f5", print_hash_value);
    transparent_crc(g_865.f6, "g_865.f6", print_hash_value);
    transparent_crc(g_865.f7, "g_865.f7", print_hash_value);
    transparent_crc(g_865.f8, "g_865.f8", print_hash_value);
    transparent_crc(g_928, "g_928", print_hash_value);
    transparent_crc(g_1057, "g_1057", print_hash_value);
    transparent_crc(g_1115.f0, "g_1115.f0", print_hash_value);
    transparent_crc(g_1115.f1, "g_1115.f1", print_hash_value);
    transparent_crc(g_1115.f2, "g_1115.f2", print_hash_value);
    transparent_crc(g_1115.f3, "g_1115.f3", print_hash_value);
    transparent_crc(g_1115.f4, "g_1115.f4", print_hash_value);
    transparent_crc(g_1115.f5, "g_1115.f5", print_hash_value);
    transparent_crc(g_1115.f6, "g_1115.f6", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_1136[i][j], "g_1136[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1215, "g_1215", print_hash_value);
    transparent_crc(g_1380, "g_1380", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_1385[i], "g_1385[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_1391[i][j][k], "g_1391[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1440, "g_1440", print_hash_value);
    transparent_crc(g_1451, "g_1451", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_1536[i][j], "g_1536[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1538, "g_1538", print_hash_value);
    transparent_crc(g_1541, "g_1541", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 337
   depth: 1, occurrence: 37
   depth: 2, occurrence: 8
XXX total union variables: 4

XXX non-zero bitfields defined in structs: 21
XXX zero bitfields defined in structs: 1
XXX const bitfields defined in structs: 3
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 86
breakdown:
   indirect level: 0, occurrence: 45
   indirect level: 1, occurrence: 18
   indirect level: 2, occurrence: 10
   indirect level: 3, occurrence: 10
   indirect level: 4, occurrence: 3
XXX full-bitfields structs in the program: 29
breakdown:
   indirect level: 0, occurrence: 29
XXX times a bitfields struct's address is taken: 64
XXX times a bitfields struct on LHS: 8
XXX times a bitfields struct on RHS: 59
XXX times a single bitfield on LHS: 13
XXX times a single bitfield on RHS: 100

XXX max expression depth: 37
breakdown:
   depth: 1, occurrence: 118
   depth: 2, occurrence: 31
   depth: 3, occurrence: 1
   depth: 5, occurrence: 3
   depth: 6, occurrence: 2
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 12, occurrence: 1
   depth: 13, occurrence: 1
   depth: 15, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 3
   depth: 19, occurrence: 1
   depth: 20, occurrence: 3
   depth: 21, occurrence: 1
   depth: 24, occurrence: 1
   depth: 26, occurrence: 1
   depth: 29, occurrence: 2
   depth: 37, occurrence: 1

XXX total number of pointers: 375

XXX times a variable address is taken: 738
XXX times a pointer is dereferenced on RHS: 235
breakdown:
   depth: 1, occurrence: 199
   depth: 2, occurrence: 29
   depth: 3, occurrence: 7
XXX times a pointer is dereferenced on LHS: 229
breakdown:
   depth: 1, occurrence: 210
   depth: 2, occurrence: 14
   depth: 3, occurrence: 5
XXX times a pointer is compared with null: 27
XXX times a pointer is compared with address of another variable: 8
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 5181

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1007
   level: 2, occurrence: 157
   level: 3, occurrence: 53
   level: 4, occurrence: 5
XXX number of pointers point to pointers: 124
XXX number of pointers point to scalars: 214
XXX number of pointers point to structs: 30
XXX percent of pointers has null in alias set: 25.6
XXX average alias set size: 1.33

XXX times a non-volatile is read: 1325
XXX times a non-volatile is write: 682
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 13

XXX stmts: 122
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 21
   depth: 1, occurrence: 19
   depth: 2, occurrence: 24
   depth: 3, occurrence: 17
   depth: 4, occurrence: 20
   depth: 5, occurrence: 21

XXX percentage a fresh-made variable is used: 17.3
XXX percentage an existing variable is used: 82.7
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

