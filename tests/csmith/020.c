/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 22 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      22
 */

#include <float.h>
#include <math.h>
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
static int8_t g_7[3][1] = {{1L},{1L},{1L}};
static uint32_t g_10 = 0UL;
static int32_t g_16 = 2L;
static int32_t g_17 = (-9L);
static uint64_t g_18 = 0x75BAE5BD571E9572LL;
static struct S0 g_64 = {4861,23,2};
static struct S0 *g_63[7][9] = {{(void*)0,&g_64,&g_64,(void*)0,&g_64,&g_64,&g_64,&g_64,&g_64},{(void*)0,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,(void*)0,&g_64},{&g_64,(void*)0,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,(void*)0,&g_64,&g_64},{&g_64,&g_64,(void*)0,&g_64,(void*)0,&g_64,&g_64,&g_64,(void*)0},{&g_64,&g_64,(void*)0,&g_64,&g_64,(void*)0,&g_64,&g_64,(void*)0},{&g_64,&g_64,&g_64,&g_64,(void*)0,&g_64,&g_64,&g_64,&g_64}};
static union U4 g_88 = {248UL};
static float g_93 = 0x6.35A0DCp-42;
static int8_t g_102 = 7L;
static int8_t *g_101 = &g_102;
static int8_t **g_126 = &g_101;
static uint16_t g_142 = 0xBF6FL;
static int8_t g_175 = (-6L);
static struct S2 g_176 = {0xE0279960L,252,31915,327,0x4CE7603DL,0,16443};
static int32_t g_187 = (-1L);
static float g_188 = 0x5.2p-1;
static int16_t g_189 = 1L;
static uint32_t g_190[4] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
static uint16_t g_225 = 65535UL;
static int64_t g_294[6][1][1] = {{{8L}},{{8L}},{{8L}},{{8L}},{{8L}},{{8L}}};
static int16_t g_301 = 0L;
static int16_t g_302 = 0xE832L;
static int64_t g_308 = 0xB1BC0AB8125710E5LL;
static float g_309 = (-0x3.0p-1);
static uint8_t *g_327 = &g_88.f0;
static uint8_t g_328 = 246UL;
static const struct S0 *g_356 = &g_64;
static float *g_364 = (void*)0;
static int32_t *g_371 = &g_16;
static uint32_t g_378[2][6][10] = {{{4294967291UL,2UL,0xBB212999L,4294967291UL,0UL,4294967294UL,4294967290UL,0UL,0x09F6B528L,2UL},{4294967291UL,4294967295UL,4UL,2UL,0x98BB1D13L,0x98BB1D13L,2UL,4UL,4294967295UL,4294967291UL},{0x98BB1D13L,2UL,4UL,4294967295UL,4294967291UL,4UL,0x7C15F9BDL,0UL,0x98BB1D13L,0x7C15F9BDL},{0UL,4294967291UL,0xBB212999L,2UL,4294967291UL,0x2A5A2207L,4294967290UL,4294967290UL,0x2A5A2207L,4294967291UL},{4294967291UL,0x7C15F9BDL,0x7C15F9BDL,4294967291UL,0x98BB1D13L,4UL,4294967290UL,0x98BB1D13L,4294967295UL,2UL},{4294967295UL,4294967291UL,4UL,0x7C15F9BDL,0UL,0x98BB1D13L,0x7C15F9BDL,4294967290UL,4294967295UL,4294967295UL}},{{0UL,2UL,4294967294UL,4294967291UL,4294967291UL,4294967294UL,2UL,0UL,0x2A5A2207L,2UL},{0UL,4294967295UL,0x7C15F9BDL,2UL,4294967295UL,0x98BB1D13L,4294967290UL,4UL,0x98BB1D13L,4294967291UL},{4294967295UL,2UL,0x7C15F9BDL,4294967295UL,0UL,4UL,4UL,0UL,4294967295UL,0x7C15F9BDL},{4294967291UL,4294967291UL,4294967294UL,2UL,0UL,0x2A5A2207L,2UL,4294967290UL,0x09F6B528L,4294967291UL},{0UL,0x7C15F9BDL,4UL,4294967291UL,4294967295UL,4UL,2UL,0x98BB1D13L,0x98BB1D13L,2UL},{0x98BB1D13L,4294967291UL,0x7C15F9BDL,0x7C15F9BDL,4294967291UL,0x98BB1D13L,4UL,4294967290UL,0x98BB1D13L,4294967295UL}}};
static struct S3 g_381 = {0x286DL,4UL,{3934,-17,0},8UL,523,0x31E3811A5822A963LL,0xC1L,0x9B5B0CBCCB0FA262LL,64};
static struct S1 g_383[6] = {{-0,3779,-3923,5135,973,25,2379,-275,16555,84},{-0,3779,-3923,5135,973,25,2379,-275,16555,84},{-0,-13570,-4168,2575,9,-3,713,-41,19568,334},{-0,3779,-3923,5135,973,25,2379,-275,16555,84},{-0,3779,-3923,5135,973,25,2379,-275,16555,84},{-0,-13570,-4168,2575,9,-3,713,-41,19568,334}};
static struct S1 *g_382 = &g_383[3];
static int8_t **g_395 = &g_101;
static int32_t g_423 = 0L;
static uint32_t g_424 = 7UL;
static int16_t g_441 = 0L;
static int32_t **g_540 = (void*)0;
static float g_616 = 0xB.010506p-28;
static int8_t g_617 = 1L;
static uint16_t g_618[2][1] = {{1UL},{1UL}};
static uint32_t *g_629[3][4] = {{(void*)0,(void*)0,&g_88.f4,&g_378[0][0][8]},{&g_88.f4,&g_10,&g_88.f4,&g_88.f4},{&g_88.f4,&g_88.f4,&g_88.f4,&g_88.f4}};
static uint32_t **g_628[4][3][7] = {{{&g_629[1][3],&g_629[2][1],&g_629[2][1],&g_629[1][3],&g_629[1][3],&g_629[2][1],&g_629[2][1]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_629[1][3],&g_629[1][3],&g_629[2][1],&g_629[2][1],&g_629[1][3],&g_629[1][3],&g_629[2][1]}},{{&g_629[1][2],(void*)0,&g_629[1][2],(void*)0,&g_629[1][2],(void*)0,&g_629[1][2]},{&g_629[1][3],&g_629[2][1],&g_629[2][1],&g_629[1][3],&g_629[1][3],&g_629[2][1],&g_629[2][1]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_629[1][3],&g_629[1][3],&g_629[2][1],&g_629[2][1],&g_629[1][3],&g_629[1][3],&g_629[2][1]},{&g_629[1][2],(void*)0,&g_629[1][2],(void*)0,&g_629[1][2],(void*)0,&g_629[1][2]},{&g_629[1][3],&g_629[2][1],&g_629[2][1],&g_629[1][3],&g_629[1][3],&g_629[2][1],&g_629[2][1]}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_629[1][3],&g_629[1][3],&g_629[2][1],&g_629[2][1],&g_629[1][3],&g_629[1][3],&g_629[2][1]},{&g_629[1][2],(void*)0,&g_629[1][2],(void*)0,&g_629[1][2],(void*)0,&g_629[1][2]}}};
static uint32_t ***g_627 = &g_628[0][2][2];
static uint32_t *** const *g_626 = &g_627;
static uint32_t ** const *g_647 = &g_628[3][2][5];
static uint32_t ** const **g_646 = &g_647;
static uint64_t g_654 = 0x65298D9E1C2A8B66LL;
static struct S1 *g_724 = &g_383[3];
static struct S1 g_727 = {0,-46294,-1726,4626,-663,19,933,83,31170,745};
static struct S3 *g_800 = &g_381;
static struct S3 **g_799[5][5] = {{&g_800,&g_800,(void*)0,&g_800,&g_800},{(void*)0,(void*)0,(void*)0,(void*)0,&g_800},{&g_800,(void*)0,&g_800,&g_800,&g_800},{&g_800,(void*)0,&g_800,&g_800,(void*)0},{&g_800,(void*)0,&g_800,&g_800,&g_800}};
static uint64_t *g_802 = (void*)0;
static uint32_t g_805[5] = {4294967295UL,4294967295UL,4294967295UL,4294967295UL,4294967295UL};
static uint8_t g_933 = 0x39L;
static float g_971 = 0x8.743796p+40;
static int32_t g_1002 = 0L;
static uint32_t g_1004 = 1UL;
static union U4 g_1092[6][1] = {{{2UL}},{{2UL}},{{2UL}},{{2UL}},{{2UL}},{{2UL}}};
static int64_t g_1197 = 8L;
static struct S3 g_1201 = {0x9395L,7UL,{2640,-4,2},1UL,558,0xB8BEEE0EC0E917B3LL,0x20L,0xFC075D96ED5192D5LL,-63};
static uint32_t ***g_1230 = &g_628[0][2][2];
static int64_t g_1236 = 0x6359A7B16FC2BE0FLL;
static struct S1 g_1255 = {1,8647,-3277,3421,-793,49,554,-293,10905,953};


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static uint64_t  func_35(uint16_t  p_36, struct S0 * const  p_37, struct S0 * p_38, uint32_t  p_39);
static struct S0 * func_40(uint64_t  p_41, int8_t * p_42);
static int8_t * func_44(uint32_t  p_45, struct S0 * p_46, uint64_t  p_47, const int32_t * p_48, const struct S0 * const  p_49);
static int32_t * func_65(int8_t * p_66, uint32_t  p_67, struct S0 * p_68, int32_t  p_69);
static uint32_t  func_71(int32_t * p_72, int16_t  p_73, struct S2  p_74, int32_t * p_75);
static int32_t * func_76(int8_t  p_77, int32_t  p_78, int8_t * p_79, const int32_t  p_80);
static int32_t  func_83(union U4  p_84, int64_t  p_85, int8_t * p_86, uint32_t  p_87);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_10 g_18 g_7 g_16 g_63 g_64.f1 g_88 g_17 g_102 g_93 g_126 g_64.f0 g_64.f2 g_176 g_190 g_187 g_88.f0 g_142 g_189 g_88.f1 g_294 g_327 g_101 g_356 g_302 g_378 g_381 g_382 g_301 g_383.f9 g_371 g_424 g_225 g_441 g_64 g_724 g_727.f0 g_654 g_799 g_727.f4 g_383.f5 g_805 g_727.f7 g_727.f2 g_800 g_383.f2 g_727.f5 g_383.f8 g_933 g_383.f1 g_1004 g_727.f9 g_383 g_1002 g_1201.f5 g_1201.f8
 * writes: g_7 g_10 g_18 g_93 g_101 g_126 g_142 g_63 g_175 g_190 g_188 g_16 g_225 g_189 g_294 g_176.f5 g_308 g_88.f0 g_17 g_328 g_364 g_302 g_371 g_378 g_382 g_301 g_395 g_424 g_423 g_88.f4 g_309 g_176.f4 g_441 g_383.f7 g_102 g_618 g_64 g_654 g_802 g_176.f0 g_933 g_727.f5 g_1004 g_1002 g_1197 g_627 g_1230 g_1236
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    struct S0 l_2[2] = {{726,-9,2},{726,-9,2}};
    struct S0 *l_3[10][10] = {{&l_2[0],&l_2[1],&l_2[1],&l_2[1],&l_2[1],&l_2[1],&l_2[0],&l_2[1],&l_2[1],&l_2[0]},{&l_2[1],(void*)0,(void*)0,&l_2[0],&l_2[1],&l_2[0],&l_2[1],&l_2[1],&l_2[0],&l_2[1]},{&l_2[1],(void*)0,(void*)0,&l_2[1],&l_2[0],&l_2[1],&l_2[0],&l_2[0],(void*)0,&l_2[1]},{(void*)0,&l_2[1],(void*)0,&l_2[0],(void*)0,&l_2[0],(void*)0,&l_2[0],(void*)0,&l_2[1]},{&l_2[1],&l_2[1],(void*)0,&l_2[1],&l_2[0],&l_2[0],&l_2[1],(void*)0,&l_2[0],&l_2[0]},{&l_2[1],&l_2[1],&l_2[0],&l_2[0],&l_2[0],&l_2[0],&l_2[1],&l_2[1],&l_2[1],&l_2[1]},{&l_2[1],(void*)0,&l_2[0],&l_2[1],&l_2[1],&l_2[0],&l_2[0],&l_2[1],&l_2[0],&l_2[0]},{(void*)0,&l_2[1],&l_2[0],&l_2[1],(void*)0,&l_2[1],&l_2[1],&l_2[1],&l_2[1],&l_2[0]},{&l_2[1],&l_2[0],&l_2[0],&l_2[1],(void*)0,&l_2[0],&l_2[0],(void*)0,&l_2[1],&l_2[0]},{&l_2[0],&l_2[0],&l_2[1],&l_2[0],&l_2[1],&l_2[0],&l_2[0],&l_2[1],(void*)0,(void*)0}};
    struct S0 l_4 = {1371,-17,1};
    struct S0 * const l_5 = &l_4;
    int8_t *l_6 = &g_7[0][0];
    uint32_t ***l_826 = &g_628[0][2][2];
    uint32_t ***l_828 = &g_628[3][1][6];
    struct S1 l_836 = {-0,-27763,10,5087,-144,36,2601,-204,26999,938};
    float **l_857 = &g_364;
    struct S2 *l_873[7][4][6] = {{{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176},{(void*)0,&g_176,(void*)0,&g_176,&g_176,&g_176},{&g_176,&g_176,&g_176,(void*)0,(void*)0,&g_176},{&g_176,&g_176,&g_176,(void*)0,&g_176,&g_176}},{{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176},{(void*)0,&g_176,&g_176,&g_176,&g_176,&g_176},{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176},{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176}},{{&g_176,&g_176,(void*)0,&g_176,&g_176,&g_176},{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176},{&g_176,&g_176,&g_176,&g_176,(void*)0,&g_176},{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176}},{{(void*)0,&g_176,(void*)0,&g_176,&g_176,&g_176},{&g_176,&g_176,&g_176,(void*)0,(void*)0,&g_176},{&g_176,&g_176,&g_176,(void*)0,&g_176,&g_176},{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176}},{{(void*)0,&g_176,&g_176,&g_176,&g_176,&g_176},{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176},{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176},{&g_176,&g_176,(void*)0,&g_176,&g_176,&g_176}},{{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176},{&g_176,&g_176,&g_176,&g_176,(void*)0,&g_176},{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176},{(void*)0,&g_176,(void*)0,&g_176,&g_176,&g_176}},{{&g_176,&g_176,&g_176,(void*)0,(void*)0,&g_176},{&g_176,&g_176,&g_176,(void*)0,&g_176,&g_176},{&g_176,&g_176,&g_176,&g_176,&g_176,&g_176},{(void*)0,&g_176,&g_176,&g_176,&g_176,&g_176}}};
    int64_t l_940[5] = {2L,2L,2L,2L,2L};
    struct S3 l_969 = {0UL,0xEAB4D544L,{262,13,1},4UL,486,0xCCBBE6819199D25ALL,-5L,18446744073709551614UL,-252};
    struct S3 **l_1007 = (void*)0;
    uint64_t l_1029 = 18446744073709551615UL;
    union U4 *l_1090 = &g_88;
    uint64_t l_1153 = 18446744073709551615UL;
    int32_t *l_1158 = &g_1002;
    struct S1 *l_1254 = &g_1255;
    int32_t **l_1256 = &l_1158;
    int i, j, k;
    l_4 = l_2[1];
    if (((((((*l_6) = (l_5 == (void*)0)) , l_4.f1) == (((safe_add_func_int16_t_s_s((0xDFL < g_10), l_2[1].f2)) > ((0xD7L != (l_2[1].f1 , (safe_rshift_func_int8_t_s_s(g_10, 2)))) == g_10)) , l_2[1].f2)) , 0UL) | 0xDA4ADCF8610F121ALL))
    { /* block id: 3 */
        uint32_t l_21 = 0xFF79C94DL;
        for (g_10 = 8; (g_10 >= 18); g_10++)
        { /* block id: 6 */
            int32_t *l_15[7] = {&g_16,(void*)0,(void*)0,&g_16,(void*)0,(void*)0,&g_16};
            int i;
            --g_18;
        }
        ++l_21;
    }
    else
    { /* block id: 10 */
        float l_43 = 0x1.Fp+1;
        struct S1 l_56 = {0,21879,-2687,3297,-130,36,2742,236,6301,616};
        struct S0 **l_464 = &g_63[6][3];
        struct S0 **l_465 = &l_3[0][6];
        int32_t l_466 = 0xA3B37014L;
        uint32_t *l_803 = (void*)0;
        uint32_t *l_804[5][7] = {{&g_805[1],&g_805[0],&g_381.f1,&g_805[0],&g_381.f1,(void*)0,&g_381.f1},{&g_381.f1,&g_805[4],&g_805[0],&g_381.f1,&g_805[4],&g_381.f1,&g_805[0]},{&g_805[0],&g_805[0],&g_805[0],&g_805[2],&g_805[0],(void*)0,&g_805[0]},{&g_381.f1,&g_805[1],&g_805[2],&g_805[0],&g_805[0],&g_381.f1,&g_381.f1},{&g_805[0],&g_805[4],&g_381.f1,&g_805[4],&g_805[0],&g_805[0],&g_381.f1}};
        int32_t l_806 = (-7L);
        float **l_858 = &g_364;
        const int16_t *l_865 = (void*)0;
        const int64_t l_920 = 0x60AD1DC33718BF98LL;
        uint16_t l_952[4][7] = {{0x4958L,0x4958L,65535UL,1UL,65535UL,1UL,65535UL},{0UL,0UL,0x2679L,0x4A45L,0xCE01L,0x4A45L,0x2679L},{0x4958L,0x4958L,65535UL,1UL,65535UL,1UL,65535UL},{0UL,0UL,0x2679L,0x4A45L,0xCE01L,0x4A45L,0x2679L}};
        struct S2 l_968 = {0x94D61725L,67,23619,13,8UL,-0,10099};
        struct S0 l_976[10] = {{4523,21,1},{1735,-19,0},{4523,21,1},{1735,-19,0},{4523,21,1},{1735,-19,0},{4523,21,1},{1735,-19,0},{4523,21,1},{1735,-19,0}};
        int64_t l_1003 = 0x4E6C52293C366499LL;
        int32_t *l_1008 = &l_806;
        uint8_t l_1023 = 1UL;
        int8_t *l_1048 = (void*)0;
        struct S3 l_1137[9][9] = {{{65526UL,0UL,{4126,-17,3},255UL,322,0x160BC7323C51B882LL,1L,0x8C89FFDAC59571C9LL,-174},{0xF92DL,0x5132510FL,{4749,-2,0},0xEDL,93,18446744073709551615UL,0L,18446744073709551611UL,75},{0x5F96L,4294967294UL,{4295,-0,0},0x0BL,456,18446744073709551615UL,0L,0x9C50B6D076AD65DCLL,64},{0xF92DL,0x5132510FL,{4749,-2,0},0xEDL,93,18446744073709551615UL,0L,18446744073709551611UL,75},{65526UL,0UL,{4126,-17,3},255UL,322,0x160BC7323C51B882LL,1L,0x8C89FFDAC59571C9LL,-174},{0xB1CDL,4294967295UL,{2170,8,1},250UL,231,18446744073709551612UL,0x49L,0x617CB48BE6BB7BC5LL,-213},{65535UL,0x4546D6C9L,{2472,-3,1},0x6FL,501,0x925112E38CC956E1LL,4L,7UL,-106},{0xE135L,0UL,{1855,27,1},0UL,273,0x20D8F84BDCBBC770LL,0xBBL,7UL,-253},{0x57A3L,0UL,{4034,-31,2},0UL,280,6UL,-2L,0x313C4526EA1CB439LL,-146}},{{65535UL,0x4546D6C9L,{2472,-3,1},0x6FL,501,0x925112E38CC956E1LL,4L,7UL,-106},{0x7ACEL,4294967290UL,{4154,24,1},0x99L,165,0x771414E2182EF94BLL,0L,0xF20A51C48E19E358LL,-172},{0x4A5AL,0x653727E7L,{3129,26,0},0x02L,251,1UL,0x23L,0xE66ED5CACC64C538LL,-142},{0xF92DL,0x5132510FL,{4749,-2,0},0xEDL,93,18446744073709551615UL,0L,18446744073709551611UL,75},{0x80BBL,4294967295UL,{1090,7,3},0x84L,628,0UL,0x29L,0xAF39CC65FE29B176LL,-133},{1UL,0xEC823A56L,{3431,-24,1},0x1BL,150,3UL,0x3BL,7UL,170},{65526UL,0UL,{4126,-17,3},255UL,322,0x160BC7323C51B882LL,1L,0x8C89FFDAC59571C9LL,-174},{0x7ACEL,4294967290UL,{4154,24,1},0x99L,165,0x771414E2182EF94BLL,0L,0xF20A51C48E19E358LL,-172},{0x6661L,4294967288UL,{307,10,3},0UL,68,0x7473ED1CAA0FB9BDLL,0x7FL,0x7BB8D619E5D1101CLL,-90}},{{8UL,0x29E07862L,{1484,25,1},1UL,376,0xC8A649CADB0C5C03LL,0x84L,0xB4C31865AAC3C5D8LL,-48},{1UL,9UL,{1731,-23,0},0x52L,118,0x37686B7B7CCF4888LL,-4L,0x6BD15709AA0AE6E4LL,-121},{1UL,1UL,{1576,25,2},6UL,243,0xD696571051F0DFD3LL,0x55L,0xA886E7BEE5BE441DLL,-62},{65526UL,0UL,{4126,-17,3},255UL,322,0x160BC7323C51B882LL,1L,0x8C89FFDAC59571C9LL,-174},{0xE135L,0UL,{1855,27,1},0UL,273,0x20D8F84BDCBBC770LL,0xBBL,7UL,-253},{0xB1CDL,4294967295UL,{2170,8,1},250UL,231,18446744073709551612UL,0x49L,0x617CB48BE6BB7BC5LL,-213},{0xA334L,9UL,{1018,-5,0},252UL,451,1UL,-2L,0xAE6B5334BE998379LL,209},{0x7ACEL,4294967290UL,{4154,24,1},0x99L,165,0x771414E2182EF94BLL,0L,0xF20A51C48E19E358LL,-172},{7UL,4294967287UL,{3339,24,3},0x46L,4,7UL,1L,0UL,-222}},{{0xB65EL,0xA1D6A8BCL,{5185,-15,3},0x18L,64,18446744073709551607UL,0x01L,0x00BF6EB1DDEEDF26LL,-138},{0xA334L,9UL,{1018,-5,0},252UL,451,1UL,-2L,0xAE6B5334BE998379LL,209},{0UL,4294967294UL,{3882,2,0},250UL,697,1UL,0x6CL,18446744073709551615UL,180},{0xB65EL,0xA1D6A8BCL,{5185,-15,3},0x18L,64,18446744073709551607UL,0x01L,0x00BF6EB1DDEEDF26LL,-138},{0xF92DL,0x5132510FL,{4749,-2,0},0xEDL,93,18446744073709551615UL,0L,18446744073709551611UL,75},{9UL,0UL,{5616,-27,0},1UL,197,2UL,0x77L,18446744073709551607UL,36},{0xE08CL,0xAD7DBE2AL,{2891,-19,0},0xCCL,646,1UL,-4L,18446744073709551614UL,-87},{0xE135L,0UL,{1855,27,1},0UL,273,0x20D8F84BDCBBC770LL,0xBBL,7UL,-253},{1UL,1UL,{1576,25,2},6UL,243,0xD696571051F0DFD3LL,0x55L,0xA886E7BEE5BE441DLL,-62}},{{8UL,0x29E07862L,{1484,25,1},1UL,376,0xC8A649CADB0C5C03LL,0x84L,0xB4C31865AAC3C5D8LL,-48},{0xE135L,0UL,{1855,27,1},0UL,273,0x20D8F84BDCBBC770LL,0xBBL,7UL,-253},{0UL,4294967294UL,{3882,2,0},250UL,697,1UL,0x6CL,18446744073709551615UL,180},{0xCF20L,0xB0E38233L,{165,9,3},0x7BL,122,9UL,0x64L,0xDEF260D6EB549BA5LL,126},{0xCF20L,0xB0E38233L,{165,9,3},0x7BL,122,9UL,0x64L,0xDEF260D6EB549BA5LL,126},{0UL,4294967294UL,{3882,2,0},250UL,697,1UL,0x6CL,18446744073709551615UL,180},{0xE135L,0UL,{1855,27,1},0UL,273,0x20D8F84BDCBBC770LL,0xBBL,7UL,-253},{8UL,0x29E07862L,{1484,25,1},1UL,376,0xC8A649CADB0C5C03LL,0x84L,0xB4C31865AAC3C5D8LL,-48},{0x5F96L,4294967294UL,{4295,-0,0},0x0BL,456,18446744073709551615UL,0L,0x9C50B6D076AD65DCLL,64}},{{65535UL,0x4546D6C9L,{2472,-3,1},0x6FL,501,0x925112E38CC956E1LL,4L,7UL,-106},{0xCF20L,0xB0E38233L,{165,9,3},0x7BL,122,9UL,0x64L,0xDEF260D6EB549BA5LL,126},{1UL,1UL,{1576,25,2},6UL,243,0xD696571051F0DFD3LL,0x55L,0xA886E7BEE5BE441DLL,-62},{8UL,0x29E07862L,{1484,25,1},1UL,376,0xC8A649CADB0C5C03LL,0x84L,0xB4C31865AAC3C5D8LL,-48},{0xF92DL,0x5132510FL,{4749,-2,0},0xEDL,93,18446744073709551615UL,0L,18446744073709551611UL,75},{7UL,4294967287UL,{3339,24,3},0x46L,4,7UL,1L,0UL,-222},{0xE135L,0UL,{1855,27,1},0UL,273,0x20D8F84BDCBBC770LL,0xBBL,7UL,-253},{0xF92DL,0x5132510FL,{4749,-2,0},0xEDL,93,18446744073709551615UL,0L,18446744073709551611UL,75},{0xE50DL,0x9F05FB83L,{1354,-25,3},0x7EL,310,0x102DD1C9025E3C2FLL,5L,7UL,4}},{{65526UL,0UL,{4126,-17,3},255UL,322,0x160BC7323C51B882LL,1L,0x8C89FFDAC59571C9LL,-174},{65535UL,0x4546D6C9L,{2472,-3,1},0x6FL,501,0x925112E38CC956E1LL,4L,7UL,-106},{0x4A5AL,0x653727E7L,{3129,26,0},0x02L,251,1UL,0x23L,0xE66ED5CACC64C538LL,-142},{1UL,9UL,{1731,-23,0},0x52L,118,0x37686B7B7CCF4888LL,-4L,0x6BD15709AA0AE6E4LL,-121},{0xE135L,0UL,{1855,27,1},0UL,273,0x20D8F84BDCBBC770LL,0xBBL,7UL,-253},{0x6464L,0xA70A6B31L,{2092,-21,3},0x05L,85,0x743A018B6581119FLL,5L,1UL,176},{0xE08CL,0xAD7DBE2AL,{2891,-19,0},0xCCL,646,1UL,-4L,18446744073709551614UL,-87},{0x80BBL,4294967295UL,{1090,7,3},0x84L,628,0UL,0x29L,0xAF39CC65FE29B176LL,-133},{0x5F96L,4294967294UL,{4295,-0,0},0x0BL,456,18446744073709551615UL,0L,0x9C50B6D076AD65DCLL,64}},{{0xA334L,9UL,{1018,-5,0},252UL,451,1UL,-2L,0xAE6B5334BE998379LL,209},{65535UL,0x4546D6C9L,{2472,-3,1},0x6FL,501,0x925112E38CC956E1LL,4L,7UL,-106},{0x5F96L,4294967294UL,{4295,-0,0},0x0BL,456,18446744073709551615UL,0L,0x9C50B6D076AD65DCLL,64},{0xE135L,0UL,{1855,27,1},0UL,273,0x20D8F84BDCBBC770LL,0xBBL,7UL,-253},{0x80BBL,4294967295UL,{1090,7,3},0x84L,628,0UL,0x29L,0xAF39CC65FE29B176LL,-133},{0x6661L,4294967288UL,{307,10,3},0UL,68,0x7473ED1CAA0FB9BDLL,0x7FL,0x7BB8D619E5D1101CLL,-90},{0xA334L,9UL,{1018,-5,0},252UL,451,1UL,-2L,0xAE6B5334BE998379LL,209},{0xE08CL,0xAD7DBE2AL,{2891,-19,0},0xCCL,646,1UL,-4L,18446744073709551614UL,-87},{1UL,1UL,{1576,25,2},6UL,243,0xD696571051F0DFD3LL,0x55L,0xA886E7BEE5BE441DLL,-62}},{{0xE08CL,0xAD7DBE2AL,{2891,-19,0},0xCCL,646,1UL,-4L,18446744073709551614UL,-87},{0xCF20L,0xB0E38233L,{165,9,3},0x7BL,122,9UL,0x64L,0xDEF260D6EB549BA5LL,126},{7UL,4294967287UL,{3339,24,3},0x46L,4,7UL,1L,0UL,-222},{1UL,9UL,{1731,-23,0},0x52L,118,0x37686B7B7CCF4888LL,-4L,0x6BD15709AA0AE6E4LL,-121},{65526UL,0UL,{4126,-17,3},255UL,322,0x160BC7323C51B882LL,1L,0x8C89FFDAC59571C9LL,-174},{0x6661L,4294967288UL,{307,10,3},0UL,68,0x7473ED1CAA0FB9BDLL,0x7FL,0x7BB8D619E5D1101CLL,-90},{65526UL,0UL,{4126,-17,3},255UL,322,0x160BC7323C51B882LL,1L,0x8C89FFDAC59571C9LL,-174},{1UL,9UL,{1731,-23,0},0x52L,118,0x37686B7B7CCF4888LL,-4L,0x6BD15709AA0AE6E4LL,-121},{7UL,4294967287UL,{3339,24,3},0x46L,4,7UL,1L,0UL,-222}}};
        uint8_t l_1163[4] = {0x91L,0x91L,0x91L,0x91L};
        const union U4 l_1194 = {0x24L};
        float l_1225 = (-0x1.Ap-1);
        uint32_t ***l_1229 = &g_628[0][2][2];
        int i, j;
        if (((((((safe_mul_func_uint16_t_u_u(((((l_806 &= (g_18 > (((&g_16 == ((safe_unary_minus_func_uint32_t_u((safe_div_func_uint32_t_u_u((safe_add_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u((safe_add_func_int8_t_s_s((func_35(g_7[2][0], ((*l_465) = func_40(g_7[0][0], func_44((safe_rshift_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(0x47L, 0x85L)), (safe_rshift_func_int16_t_s_u((l_56 , (safe_add_func_int8_t_s_s((safe_sub_func_uint8_t_u_u(4UL, ((safe_rshift_func_int16_t_s_s(l_2[1].f2, 9)) && g_16))), 8UL))), 3)))), g_63[2][0], g_64.f1, &g_16, &l_4))), &g_64, l_466) < g_727.f4), l_4.f0)), 0)), 0x770AA640D5E059F7LL)), 0x7BA28C56L)))) , (void*)0)) || l_56.f8) <= g_187))) < 0x288429F7L) == l_466) & 0xF1433A52L), g_383[3].f5)) >= 0x6346358F9140F105LL) == g_381.f0) , &l_2[1]) != (void*)0) <= 0x3FA1C237L))
        { /* block id: 344 */
            return l_56.f8;
        }
        else
        { /* block id: 346 */
            struct S0 l_818 = {5719,-13,2};
            uint16_t l_845[5] = {0x2062L,0x2062L,0x2062L,0x2062L,0x2062L};
            struct S0 l_861 = {4842,-9,1};
            int8_t l_889 = 0x99L;
            int64_t *l_955 = &g_294[2][0][0];
            int i;
            for (g_10 = 0; (g_10 <= 6); g_10 += 1)
            { /* block id: 349 */
                struct S1 l_817 = {0,8471,-7813,295,1206,-13,2495,242,19386,5};
                uint64_t *l_819 = &g_18;
                int16_t *l_824 = (void*)0;
                int16_t *l_825[5] = {&g_301,&g_301,&g_301,&g_301,&g_301};
                uint32_t ***l_827 = (void*)0;
                const float *l_829 = &l_43;
                int16_t l_859 = 0x5316L;
                uint16_t *l_970 = &g_618[1][0];
                uint32_t l_983 = 0x46FAD28EL;
                int i;
                if ((safe_sub_func_int64_t_s_s((safe_lshift_func_int16_t_s_s((((((safe_rshift_func_int8_t_s_s((((*l_819) = (safe_mul_func_uint16_t_u_u(0x0C9FL, (safe_rshift_func_int8_t_s_s(((l_817 , l_818) , l_56.f4), 3))))) && (((safe_lshift_func_int16_t_s_u((18446744073709551615UL != (l_56.f5 & (safe_div_func_int8_t_s_s(((g_189 &= 0xD09EL) > ((((l_827 = l_826) != (l_828 = &g_628[0][2][2])) , l_829) != (void*)0)), 251UL)))), l_56.f0)) && l_817.f8) < (*g_327))), 4)) <= 0xF9D4DEDDL) >= l_56.f8) & l_56.f7) , l_818.f2), 12)), l_4.f2)))
                { /* block id: 354 */
                    uint32_t l_844[4][3] = {{0xD927F4BFL,0x058AF8F6L,0xD927F4BFL},{0xD927F4BFL,0x058AF8F6L,0xD927F4BFL},{0xD927F4BFL,0x058AF8F6L,0xD927F4BFL},{0xD927F4BFL,0x058AF8F6L,0xD927F4BFL}};
                    struct S0 l_862 = {4267,-30,1};
                    int i, j;
                    for (g_176.f0 = 0; (g_176.f0 <= 6); g_176.f0 += 1)
                    { /* block id: 357 */
                        uint16_t l_830 = 0x545EL;
                        return l_830;
                    }
                    for (g_142 = 0; (g_142 <= 4); g_142 += 1)
                    { /* block id: 362 */
                        struct S0 l_837 = {3366,-12,1};
                        int8_t *l_846 = (void*)0;
                        int32_t **l_847 = &g_371;
                        int32_t *l_849 = &l_806;
                        int32_t **l_848 = &l_849;
                        float * const *l_856 = (void*)0;
                        float * const **l_855 = &l_856;
                        int32_t *l_860 = &l_466;
                        int i;
                        (*l_848) = ((*l_847) = func_76((g_805[g_142] , 7L), (safe_sub_func_int32_t_s_s(g_805[g_142], (g_88 , ((~((((g_88 , ((safe_add_func_uint16_t_u_u((l_836 , (l_837 , ((safe_div_func_int16_t_s_s(((safe_rshift_func_uint16_t_u_s(0x243EL, 14)) , ((safe_sub_func_int32_t_s_s((-4L), l_817.f8)) == 0xFA25L)), g_805[0])) == g_190[1]))), l_817.f4)) <= l_818.f2)) <= l_844[3][0]) ^ l_466) || l_836.f0)) , l_845[1])))), l_846, g_381.f6));
                        l_817.f2 = ((*l_849) = 1L);
                        (*l_860) ^= (safe_rshift_func_int8_t_s_u(((*l_849) < ((g_381.f2.f1 & l_817.f3) | ((safe_unary_minus_func_uint16_t_u((((*l_855) = &g_364) == (l_858 = l_857)))) && ((g_441 ^= l_4.f2) >= l_859)))), (*g_327)));
                    }
                    l_862 = l_861;
                    return g_805[0];
                }
                else
                { /* block id: 374 */
                    struct S2 *l_864[9] = {(void*)0,&g_176,(void*)0,(void*)0,&g_176,(void*)0,(void*)0,&g_176,(void*)0};
                    struct S2 **l_863 = &l_864[1];
                    const int16_t **l_866 = &l_865;
                    uint16_t *l_874 = &l_845[2];
                    const int32_t l_875 = 7L;
                    int32_t l_895 = 0x19D82C3EL;
                    int32_t l_896 = 0L;
                    uint8_t l_897 = 0x14L;
                    int i;
                    (*l_863) = &g_176;
                    if (((&g_301 == ((*l_866) = l_865)) > ((safe_mul_func_uint16_t_u_u((safe_div_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_s((l_818.f2 || (&g_176 == ((*l_863) = l_873[1][1][1]))), 6)) & (((((void*)0 != &g_176) , (((*l_874) = 0x7FC5L) >= g_727.f7)) <= (*g_327)) | 0xA1L)), g_142)), g_727.f2)) , 0x3732CF50L)))
                    { /* block id: 379 */
                        float *l_876 = &g_188;
                        int64_t l_885 = 0L;
                        union U4 l_886[10] = {{1UL},{0xA5L},{1UL},{0x35L},{0UL},{0x35L},{1UL},{1UL},{0x35L},{0UL}};
                        int32_t l_890[8][8] = {{0xC56798D3L,0L,(-8L),0x52354B88L,0x50B113A8L,(-4L),0x0BFCDA65L,2L},{0x0BFCDA65L,6L,(-8L),(-1L),(-1L),(-8L),6L,0x0BFCDA65L},{0x50B113A8L,1L,0xC56798D3L,0x60F9029CL,0x5CF2E237L,0L,1L,(-8L)},{(-1L),0x52354B88L,0x5CF2E237L,1L,0x60F9029CL,0L,0x60F9029CL,1L},{6L,1L,6L,0xC56798D3L,0L,(-8L),0x52354B88L,0x50B113A8L},{1L,6L,0x60F9029CL,1L,(-1L),(-4L),0L,0L},{1L,0L,0x0BFCDA65L,0x0BFCDA65L,0L,1L,1L,0x5CCC18F0L},{6L,2L,(-4L),1L,0x60F9029CL,0x69AE1EECL,0x50B113A8L,(-1L)}};
                        int32_t l_891 = 0x6D7B29A5L;
                        int32_t *l_892 = &l_890[6][7];
                        int32_t *l_893 = &g_16;
                        int32_t *l_894[7][2][2] = {{{&l_890[0][0],&g_16},{&l_890[0][2],&l_890[4][2]}},{{&l_890[4][2],&l_466},{&g_16,&l_466}},{{&l_890[4][2],&l_890[4][2]},{&l_890[0][2],&g_16}},{{&l_890[0][0],&g_16},{&l_890[6][5],&l_891}},{{&l_466,&l_890[6][5]},{&l_890[3][1],&l_890[2][0]}},{{&l_890[3][1],&l_890[6][5]},{&l_466,&l_891}},{{&l_890[6][5],&g_16},{&l_890[0][0],&g_16}}};
                        int i, j, k;
                        (*l_876) = l_875;
                        l_891 = (((safe_rshift_func_uint16_t_u_u(g_64.f0, (18446744073709551615UL >= (safe_div_func_uint32_t_u_u(((((((*l_876) = ((((*g_800) , ((safe_mul_func_float_f_f(g_383[3].f2, 0x8.1p-1)) > (l_890[2][0] = (safe_div_func_float_f_f((l_885 , (((((l_886[7] , 0xF651L) | (safe_mod_func_uint8_t_u_u(((g_88 , (void*)0) != (void*)0), 253UL))) | l_875) , (*g_356)) , l_817.f4)), l_889))))) > l_885) >= 0x9.Ap-1)) <= g_88.f1) , l_56.f3) <= g_805[0]) ^ l_845[2]), l_836.f0))))) > l_806) , 4L);
                        --l_897;
                    }
                    else
                    { /* block id: 385 */
                        uint32_t *l_918[2][1][3] = {{{(void*)0,&g_176.f0,(void*)0}},{{(void*)0,&g_176.f0,(void*)0}}};
                        int32_t l_919 = 1L;
                        int32_t *l_921 = &l_466;
                        int32_t *l_922 = &l_896;
                        int32_t *l_923 = &l_896;
                        int32_t *l_924 = (void*)0;
                        int32_t *l_925 = &l_919;
                        int32_t *l_926 = &l_466;
                        int32_t *l_927 = &l_919;
                        int32_t *l_928 = (void*)0;
                        int32_t *l_929 = &l_895;
                        int32_t *l_930 = &l_895;
                        int32_t *l_931 = &l_806;
                        int32_t *l_932[9][2];
                        int i, j, k;
                        for (i = 0; i < 9; i++)
                        {
                            for (j = 0; j < 2; j++)
                                l_932[i][j] = &l_895;
                        }
                        (*l_921) |= (safe_sub_func_int16_t_s_s(g_381.f6, ((((safe_rshift_func_uint16_t_u_u(((safe_sub_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((g_142++), 7)), (g_727.f5 & g_102))) == (g_383[3].f8 >= ((((safe_lshift_func_uint16_t_u_u(0x25D5L, 8)) < (safe_mul_func_uint16_t_u_u((safe_mod_func_int8_t_s_s(((1L == (((l_817.f2 = g_294[3][0][0]) , ((*l_863) = &g_176)) == (l_919 , &g_176))) , l_919), 1L)), g_381.f5))) & l_920) == 65529UL))), g_176.f5)) && l_817.f5) , l_875) != (-1L))));
                        (*l_863) = &g_176;
                        --g_933;
                    }
                    if ((safe_mul_func_uint16_t_u_u(((-1L) < l_56.f5), (safe_rshift_func_int8_t_s_u((0x7AL ^ l_940[3]), 4)))))
                    { /* block id: 393 */
                        const uint32_t *l_946 = (void*)0;
                        const uint32_t **l_945 = &l_946;
                        float *l_947 = &g_188;
                        (*l_947) = (l_861.f2 , ((l_845[2] , (l_806 = (safe_add_func_float_f_f((l_817.f0 >= (safe_add_func_float_f_f(l_836.f6, (((*l_945) = l_803) == &g_424)))), 0x3.2F230Ap+12)))) < (-0x4.0p+1)));
                    }
                    else
                    { /* block id: 397 */
                        int8_t l_950[2];
                        int32_t *l_951 = (void*)0;
                        int i;
                        for (i = 0; i < 2; i++)
                            l_950[i] = 0x6BL;
                        g_727.f5 &= (safe_lshift_func_int16_t_s_u(l_950[0], 5));
                        l_952[0][0] = g_190[1];
                    }
                }
                if (((safe_mod_func_int64_t_s_s(((void*)0 != l_955), (safe_lshift_func_int16_t_s_u(((((safe_sub_func_uint64_t_u_u(l_818.f1, ((safe_sub_func_int16_t_s_s(((l_920 , (safe_sub_func_int32_t_s_s(((safe_sub_func_uint8_t_u_u(5UL, (g_18 && ((g_302 = (safe_sub_func_uint16_t_u_u(((*l_970) = (((l_968 , (0x516DB574L >= ((g_176 , l_969) , l_56.f0))) | l_861.f2) < l_969.f2.f2)), l_836.f4))) < l_836.f4)))) ^ l_968.f2), l_817.f8))) || l_969.f5), g_383[3].f1)) || l_968.f1))) > 0xC8577989B8FBE03FLL) , &g_618[1][0]) != &g_225), g_381.f5)))) >= g_189))
                { /* block id: 404 */
                    int32_t *l_972 = &l_466;
                    int32_t *l_973 = &g_16;
                    (*l_973) ^= ((*l_972) &= l_818.f0);
                    l_976[9] = (g_189 , ((safe_mul_func_uint16_t_u_u(0xDE3EL, g_7[0][0])) , (*g_356)));
                }
                else
                { /* block id: 408 */
                    uint8_t l_979 = 255UL;
                    (*l_5) = (g_176 , (((!(+l_818.f2)) >= l_979) , l_861));
                }
                for (l_968.f4 = 0; (l_968.f4 <= 6); l_968.f4 += 1)
                { /* block id: 413 */
                    int16_t l_982 = (-4L);
                    for (g_102 = 4; (g_102 >= 1); g_102 -= 1)
                    { /* block id: 416 */
                        int32_t *l_980 = &l_466;
                        int32_t *l_981[10];
                        int i;
                        for (i = 0; i < 10; i++)
                            l_981[i] = (void*)0;
                        g_371 = (void*)0;
                        ++l_983;
                        l_861 = l_861;
                    }
                }
                for (g_189 = 4; (g_189 >= 1); g_189 -= 1)
                { /* block id: 424 */
                    for (g_424 = 0; (g_424 <= 4); g_424 += 1)
                    { /* block id: 427 */
                        int32_t *l_986 = (void*)0;
                        int32_t *l_987 = (void*)0;
                        int32_t *l_988 = &g_16;
                        int32_t *l_989 = (void*)0;
                        int32_t *l_990 = &l_466;
                        int32_t *l_991 = &g_16;
                        int32_t *l_992 = (void*)0;
                        int32_t *l_993 = &l_806;
                        int32_t *l_994 = &l_806;
                        int32_t *l_995 = &g_16;
                        int32_t l_996[10][6][4] = {{{0x2F848F46L,5L,0x4EB42791L,8L},{1L,0x10AFD51AL,4L,5L},{1L,0x09C0237FL,4L,0x09C0237FL},{1L,(-1L),0x4EB42791L,0L},{0x2F848F46L,(-1L),0x3A912961L,0x09C0237FL},{0x3A912961L,0x09C0237FL,1L,5L}},{{0x3A912961L,0x10AFD51AL,0x3A912961L,8L},{0x2F848F46L,5L,0x4EB42791L,8L},{1L,0x10AFD51AL,4L,5L},{1L,0x09C0237FL,4L,0x09C0237FL},{1L,(-1L),0x4EB42791L,0L},{0x2F848F46L,(-1L),0x3A912961L,0x09C0237FL}},{{0x3A912961L,0x09C0237FL,1L,5L},{0x3A912961L,0x10AFD51AL,0x3A912961L,8L},{0x2F848F46L,5L,0x4EB42791L,8L},{1L,0x10AFD51AL,4L,5L},{1L,0x09C0237FL,4L,0x09C0237FL},{1L,(-1L),0x4EB42791L,0L}},{{0x2F848F46L,(-1L),0x3A912961L,0x09C0237FL},{0x3A912961L,0x09C0237FL,1L,5L},{0x3A912961L,0x10AFD51AL,0x3A912961L,8L},{0x2F848F46L,8L,4L,0L},{(-9L),0xAF4A5DC9L,1L,8L},{0x4EB42791L,(-1L),1L,(-1L)}},{{(-9L),5L,4L,0x10AFD51AL},{0x3A912961L,5L,1L,(-1L)},{1L,(-1L),(-9L),8L},{1L,0xAF4A5DC9L,1L,0L},{0x3A912961L,8L,4L,0L},{(-9L),0xAF4A5DC9L,1L,8L}},{{0x4EB42791L,(-1L),1L,(-1L)},{(-9L),5L,4L,0x10AFD51AL},{0x3A912961L,5L,1L,(-1L)},{1L,(-1L),(-9L),8L},{1L,0xAF4A5DC9L,1L,0L},{0x3A912961L,8L,4L,0L}},{{(-9L),0xAF4A5DC9L,1L,8L},{0x4EB42791L,(-1L),1L,(-1L)},{(-9L),5L,4L,0x10AFD51AL},{0x3A912961L,5L,1L,(-1L)},{1L,(-1L),(-9L),8L},{1L,0xAF4A5DC9L,1L,0L}},{{0x3A912961L,8L,4L,0L},{(-9L),0xAF4A5DC9L,1L,8L},{0x4EB42791L,(-1L),1L,(-1L)},{(-9L),5L,4L,0x10AFD51AL},{0x3A912961L,5L,1L,(-1L)},{1L,(-1L),(-9L),8L}},{{1L,0xAF4A5DC9L,1L,0L},{0x3A912961L,8L,4L,0L},{(-9L),0xAF4A5DC9L,1L,8L},{0x4EB42791L,(-1L),1L,(-1L)},{(-9L),5L,4L,0x10AFD51AL},{0x3A912961L,5L,1L,(-1L)}},{{1L,(-1L),(-9L),8L},{1L,0xAF4A5DC9L,1L,0L},{0x3A912961L,8L,4L,0L},{(-9L),0xAF4A5DC9L,1L,8L},{0x4EB42791L,(-1L),1L,(-1L)},{(-9L),5L,4L,0x10AFD51AL}}};
                        int32_t *l_997 = (void*)0;
                        int32_t *l_998 = &l_806;
                        int32_t *l_999 = &g_16;
                        int32_t *l_1000 = &l_996[7][4][3];
                        int32_t *l_1001[2][7][9];
                        int i, j, k;
                        for (i = 0; i < 2; i++)
                        {
                            for (j = 0; j < 7; j++)
                            {
                                for (k = 0; k < 9; k++)
                                    l_1001[i][j][k] = &l_996[7][2][1];
                            }
                        }
                        g_1004++;
                    }
                    if (g_727.f9)
                        continue;
                    if (l_818.f1)
                        break;
                }
            }
        }
        if (((*l_1008) |= (l_1007 == l_1007)))
        { /* block id: 436 */
            int32_t l_1018[4];
            struct S3 l_1071 = {0x1529L,0x9658865DL,{2368,-29,2},255UL,411,0x3F56C9E1D1154FE0LL,-1L,0x0679D6A34B53D292LL,17};
            int8_t *l_1110 = (void*)0;
            int8_t l_1142[6][4] = {{4L,0L,4L,4L},{0L,0L,0x33L,0L},{0L,4L,4L,0L},{4L,0L,4L,4L},{0L,0L,0x33L,0L},{0L,4L,4L,0L}};
            const struct S3 * const l_1146 = &g_381;
            const struct S3 * const *l_1145 = &l_1146;
            struct S2 **l_1148 = &l_873[1][1][1];
            int32_t **l_1166 = &l_1008;
            int8_t l_1196 = (-1L);
            const struct S3 *l_1200 = &g_1201;
            int i, j;
            for (i = 0; i < 4; i++)
                l_1018[i] = 0L;
            for (g_88.f0 = 1; (g_88.f0 <= 4); g_88.f0 += 1)
            { /* block id: 439 */
                int16_t *l_1019 = (void*)0;
                int32_t l_1020 = 0xA5D5773FL;
                int32_t *l_1024 = &l_466;
                int8_t *l_1025 = &g_7[0][0];
                int32_t **l_1026 = &l_1024;
                uint16_t *l_1032 = &g_618[1][0];
                float **l_1035 = &g_364;
                uint8_t *l_1036 = &g_933;
                float *l_1087 = &g_309;
                struct S0 **l_1088 = &g_63[2][0];
                int64_t *l_1141 = &l_940[3];
                int64_t *l_1143 = &g_308;
                uint64_t *l_1144[6][7] = {{&l_1029,&l_1029,&l_1029,&g_18,&g_18,&l_1029,&g_18},{&l_1029,&l_1029,&l_1029,&g_18,&l_1029,&g_18,&g_18},{&l_1029,&g_654,&g_18,&l_1029,&g_654,&g_18,&g_18},{(void*)0,&g_18,&g_18,&g_654,&l_1029,&g_18,&g_654},{&l_1029,&g_18,&g_18,&l_1029,&l_1029,&g_18,&g_18},{&l_1029,&g_654,&g_18,&l_1029,&g_654,&g_18,&g_18}};
                struct S3 **l_1147 = &g_800;
                int i, j;
                (*l_1026) = func_76(((*l_1008) = (l_940[g_88.f0] & (safe_div_func_uint32_t_u_u(5UL, g_381.f4)))), ((*l_1024) = (safe_mul_func_uint8_t_u_u((safe_div_func_uint16_t_u_u(((safe_unary_minus_func_uint64_t_u(((*g_724) , g_381.f5))) && (safe_mul_func_int16_t_s_s((l_1020 = l_1018[2]), (safe_add_func_uint16_t_u_u(((l_1023 | l_2[1].f0) | 255UL), g_381.f4))))), l_836.f6)), l_1018[2]))), l_1025, l_1018[2]);
            }
            (*l_1166) = ((*l_1008) , l_1158);
            for (g_10 = 0; (g_10 > 54); g_10++)
            { /* block id: 517 */
                uint8_t l_1189 = 0x0BL;
                int8_t l_1215 = (-4L);
                uint8_t l_1217 = 255UL;
                for (l_806 = 7; (l_806 >= (-17)); l_806 = safe_sub_func_uint8_t_u_u(l_806, 3))
                { /* block id: 520 */
                    uint32_t l_1178 = 6UL;
                    int32_t l_1195 = 1L;
                    uint32_t l_1214 = 0x142D50C1L;
                    int8_t l_1216 = 0x09L;
                    int32_t *l_1218 = &l_466;
                    if ((safe_div_func_int32_t_s_s(0x44365E13L, (g_1197 = (safe_rshift_func_int16_t_s_s((4294967287UL <= (safe_unary_minus_func_uint64_t_u(((((safe_div_func_int32_t_s_s(l_1178, (safe_mul_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(((l_1195 = (safe_rshift_func_int16_t_s_u((18446744073709551608UL || ((safe_mod_func_int8_t_s_s(((*l_6) |= ((**l_1166) = ((void*)0 == &g_441))), l_1189)) != ((safe_rshift_func_int8_t_s_s(((safe_div_func_uint8_t_u_u(252UL, ((*g_327) = (l_1194 , 251UL)))) & l_1189), l_1189)) == 255UL))), 3))) , l_1196), 2)), g_383[3].f0)))) || 2UL) , 0UL) >= l_1189)))), 11))))))
                    { /* block id: 526 */
                        const struct S3 *l_1199 = &l_969;
                        const struct S3 **l_1198[6][8] = {{&l_1199,&l_1199,&l_1199,&l_1199,&l_1199,&l_1199,(void*)0,(void*)0},{&l_1199,&l_1199,&l_1199,&l_1199,&l_1199,&l_1199,&l_1199,(void*)0},{&l_1199,&l_1199,&l_1199,(void*)0,&l_1199,(void*)0,&l_1199,&l_1199},{&l_1199,&l_1199,&l_1199,&l_1199,&l_1199,&l_1199,&l_1199,&l_1199},{&l_1199,(void*)0,(void*)0,&l_1199,&l_1199,&l_1199,(void*)0,&l_1199},{&l_1199,(void*)0,&l_1199,(void*)0,&l_1199,&l_1199,(void*)0,&l_1199}};
                        const int32_t l_1202[4][5][1] = {{{0L},{0x2EF50EB0L},{0xA3010C24L},{0L},{0xA3010C24L}},{{0x2EF50EB0L},{0L},{0x9B66DE75L},{0x9B66DE75L},{0L}},{{0x2EF50EB0L},{0xA3010C24L},{0L},{0xA3010C24L},{0x2EF50EB0L}},{{0L},{0x9B66DE75L},{0x9B66DE75L},{0L},{0x2EF50EB0L}}};
                        int i, j, k;
                        (*l_5) = (*l_5);
                        l_1200 = (*l_1145);
                        if (l_1202[1][1][0])
                            break;
                        return g_16;
                    }
                    else
                    { /* block id: 531 */
                        int16_t l_1211[4][4] = {{1L,0xD03CL,1L,0xD03CL},{1L,0xD03CL,1L,0xD03CL},{1L,0xD03CL,1L,0xD03CL},{1L,0xD03CL,1L,0xD03CL}};
                        int i, j;
                        (*l_464) = func_40(((((safe_mul_func_int16_t_s_s(g_176.f6, (((0xFC87EC0A1F60D83DLL || ((safe_add_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((l_1211[1][3] >= (((((((l_1211[1][0] != (l_1211[1][3] == (((*l_6) &= (((**l_1166) , l_1211[1][3]) >= (safe_mul_func_uint16_t_u_u(6UL, g_1201.f5)))) , g_187))) <= l_1214) < 0x3.A7A9FAp+43) <= 0xB.CC7161p+97) , l_1215) >= (*l_1158)) > g_381.f3)), 2)), (**l_1166))) && 0xE345L)) != l_1216) <= l_1216))) != 3UL) < l_1217) > l_1211[1][3]), l_6);
                    }
                    (*l_1218) |= ((*l_1008) = l_1215);
                }
            }
        }
        else
        { /* block id: 539 */
            struct S3 * const l_1219 = &g_1201;
            float *l_1220 = &g_93;
            int8_t *l_1237 = &g_175;
            int32_t l_1242 = (-5L);
            int32_t l_1245 = 1L;
            uint64_t l_1248 = 0x645A2002956B1962LL;
            (*l_1220) = ((void*)0 == l_1219);
            for (g_225 = (-5); (g_225 < 49); g_225++)
            { /* block id: 543 */
                int64_t * const l_1223 = &g_294[2][0][0];
                float *l_1224[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                uint32_t ***l_1228[6][4][8] = {{{&g_628[0][2][2],&g_628[1][0][0],&g_628[0][1][2],(void*)0,&g_628[3][1][5],&g_628[0][2][2],&g_628[1][0][0],&g_628[3][1][3]},{&g_628[3][1][3],&g_628[0][0][6],&g_628[0][2][2],&g_628[0][2][2],&g_628[2][0][2],&g_628[0][2][2],&g_628[1][1][3],&g_628[2][0][4]},{&g_628[1][2][6],(void*)0,&g_628[0][2][2],&g_628[0][2][2],&g_628[0][1][1],&g_628[2][2][0],(void*)0,(void*)0},{&g_628[1][0][2],&g_628[1][0][6],&g_628[0][2][2],&g_628[0][2][2],(void*)0,(void*)0,&g_628[0][2][2],&g_628[0][2][2]}},{{&g_628[3][2][1],&g_628[3][2][1],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[3][0][6]},{&g_628[0][2][2],&g_628[2][2][4],&g_628[0][2][2],(void*)0,&g_628[0][2][2],&g_628[0][2][2],&g_628[0][1][2],&g_628[3][0][6]},{&g_628[2][2][4],&g_628[3][1][5],&g_628[0][2][2],&g_628[0][2][2],(void*)0,&g_628[1][0][0],&g_628[2][0][2],&g_628[0][2][2]},{&g_628[3][0][1],&g_628[1][1][3],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[3][2][3],(void*)0}},{{&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[2][0][0],&g_628[2][2][4],(void*)0,&g_628[3][1][2]},{&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[3][1][5],&g_628[0][2][2],&g_628[0][2][2],&g_628[1][0][6],&g_628[0][2][2]},{&g_628[0][2][2],&g_628[3][0][1],&g_628[0][2][2],&g_628[2][0][6],(void*)0,&g_628[0][2][2],&g_628[0][2][2],(void*)0},{&g_628[1][2][6],(void*)0,(void*)0,&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2]}},{{&g_628[2][0][3],&g_628[0][2][2],&g_628[2][0][3],&g_628[2][2][0],&g_628[0][2][2],&g_628[2][0][6],&g_628[0][2][2],&g_628[0][2][2]},{&g_628[1][0][6],&g_628[0][2][2],&g_628[2][2][5],&g_628[0][2][2],&g_628[0][1][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][0][6]},{&g_628[1][0][6],&g_628[0][2][2],&g_628[0][2][2],&g_628[3][1][5],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],(void*)0},{&g_628[2][0][3],&g_628[0][2][2],(void*)0,&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2]}},{{&g_628[1][2][6],&g_628[0][2][2],(void*)0,&g_628[2][0][2],(void*)0,&g_628[3][0][1],&g_628[3][2][1],(void*)0},{&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[2][0][6],&g_628[0][2][2],&g_628[0][2][2]},{&g_628[0][2][2],&g_628[0][2][2],&g_628[3][2][3],&g_628[0][2][2],&g_628[3][0][6],&g_628[3][1][3],&g_628[3][0][1],&g_628[0][2][2]},{&g_628[3][1][3],&g_628[0][1][2],&g_628[0][2][2],&g_628[0][0][6],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2]}},{{&g_628[1][1][2],&g_628[3][0][1],&g_628[3][0][1],&g_628[1][1][2],&g_628[0][2][2],&g_628[2][0][4],&g_628[1][2][6],&g_628[0][2][2]},{&g_628[0][2][2],(void*)0,&g_628[3][1][5],(void*)0,&g_628[1][0][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[3][1][2]},{&g_628[0][2][2],(void*)0,&g_628[0][2][2],(void*)0,&g_628[0][2][2],&g_628[2][0][4],&g_628[0][1][4],(void*)0},{&g_628[0][2][2],&g_628[3][0][1],&g_628[1][1][3],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[0][2][2],&g_628[3][2][3]}}};
                struct S0 l_1231 = {4639,3,0};
                int32_t **l_1238 = &g_371;
                int64_t l_1247 = (-5L);
                int i, j, k;
                l_1225 = (g_188 = ((*l_1158) > ((*l_1220) = ((&l_940[3] == l_1223) >= 0x2.1p+1))));
                (*l_1238) = func_76(((*l_1008) &= g_1201.f8), ((safe_mod_func_uint16_t_u_u(((g_627 = l_1228[0][2][7]) != (g_1230 = l_1229)), ((*l_1158) , (l_1231 , (safe_mul_func_int16_t_s_s(l_1231.f2, g_378[0][0][8])))))) == (safe_mod_func_uint32_t_u_u((g_1236 = 0xECD21A25L), ((g_176 , 0UL) | 0x07CA1C8FD22AF6D1LL)))), l_1237, g_64.f2);
                if ((safe_lshift_func_uint8_t_u_u(((safe_unary_minus_func_int64_t_s((0x35L ^ l_1242))) ^ (*l_1158)), 1)))
                { /* block id: 552 */
                    for (l_968.f0 = 0; (l_968.f0 <= 1); l_968.f0 += 1)
                    { /* block id: 555 */
                        l_1242 = (-7L);
                    }
                }
                else
                { /* block id: 558 */
                    int32_t *l_1243 = &g_1002;
                    int32_t *l_1244[9] = {&g_1002,&g_1002,&l_1242,&g_1002,&g_1002,&l_1242,&g_1002,&g_1002,&l_1242};
                    int32_t l_1246 = 0L;
                    uint16_t *l_1251 = &l_952[1][4];
                    int i;
                    --l_1248;
                    (*l_5) = (((*l_1251) |= (*l_1243)) , l_1231);
                }
            }
        }
        for (g_1004 = (-12); (g_1004 > 46); ++g_1004)
        { /* block id: 567 */
            return (*l_1158);
        }
    }
    l_1254 = &l_836;
    (*l_1256) = l_1158;
    return g_381.f2.f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_189 g_64 g_371 g_16 g_301 g_302 g_327 g_88.f0 g_381.f2.f1 g_724 g_727.f0 g_424 g_225 g_654 g_799
 * writes: g_189 g_88.f4 g_382 g_309 g_176.f4 g_441 g_302 g_188 g_371 g_10 g_225 g_383.f7 g_424 g_16 g_88.f0 g_102 g_618 g_64 g_378 g_654 g_7 g_802
 */
static uint64_t  func_35(uint16_t  p_36, struct S0 * const  p_37, struct S0 * p_38, uint32_t  p_39)
{ /* block id: 173 */
    const int8_t *l_469 = &g_102;
    struct S3 l_470 = {0x7584L,0xBBD31F6FL,{3869,-12,3},0xD0L,288,5UL,-1L,0xEC898E97FD2A0862LL,-172};
    int8_t *l_476 = &g_7[1][0];
    float l_526[6] = {0xD.FF00C2p+17,0xD.FF00C2p+17,0xD.FF00C2p+17,0xD.FF00C2p+17,0xD.FF00C2p+17,0xD.FF00C2p+17};
    int32_t l_593 = 0xD80B1C69L;
    int32_t l_615[9][4] = {{0xB8429671L,0xBC9FA6A9L,0x14A72167L,0xBC9FA6A9L},{0xB8429671L,(-8L),0x14A72167L,(-8L)},{0xB8429671L,0xBC9FA6A9L,0x14A72167L,0xBC9FA6A9L},{0xB8429671L,(-8L),0x14A72167L,(-8L)},{0xB8429671L,0xBC9FA6A9L,0x14A72167L,0xBC9FA6A9L},{0xB8429671L,(-8L),0x14A72167L,(-8L)},{0xB8429671L,0xBC9FA6A9L,0x14A72167L,0xBC9FA6A9L},{0xB8429671L,(-8L),0x14A72167L,(-8L)},{0xB8429671L,0xBC9FA6A9L,0x14A72167L,0xBC9FA6A9L}};
    int16_t * const l_663 = &g_441;
    struct S2 l_688 = {0xC19B63EEL,33,13614,177,0x7E2ED2C7L,-0,31739};
    uint16_t l_689 = 0x13C2L;
    float **l_698 = &g_364;
    int i, j;
    for (g_189 = 0; (g_189 <= 0); g_189 += 1)
    { /* block id: 176 */
        float l_474 = 0x7.98E9C6p+55;
        uint8_t * const l_478 = (void*)0;
        uint8_t *l_487 = &g_88.f0;
        int32_t l_495 = 0xB44F8032L;
        int32_t l_498 = 0x05049B3EL;
        float l_570 = (-0x7.Dp-1);
        uint16_t *l_573 = &g_225;
        uint32_t l_594[8] = {0xB8F796B4L,0xB8F796B4L,0x7706008BL,0xB8F796B4L,0xB8F796B4L,0x7706008BL,0xB8F796B4L,0xB8F796B4L};
        int32_t l_612 = 0xF3F38C42L;
        int32_t l_613[9][10][2] = {{{(-7L),0x3619A722L},{0x25F0955AL,0xD01DB40FL},{0L,(-1L)},{0x4163B80FL,(-1L)},{0xAD007058L,0x6B8888C7L},{0x7AD71BF6L,0xA9EA3C6FL},{(-7L),0xD8DF38B4L},{0L,0L},{0xD3D88085L,0x17FBF440L},{1L,0L}},{{0x7AD71BF6L,0L},{0L,0x4163B80FL},{8L,5L},{0xCA7BB5CFL,0xCA7BB5CFL},{(-1L),1L},{(-1L),0L},{1L,0xA9EA3C6FL},{0L,1L},{0xD3D88085L,(-1L)},{0xD3D88085L,1L}},{{0L,0xA9EA3C6FL},{1L,0L},{(-1L),1L},{(-1L),0xCA7BB5CFL},{0xCA7BB5CFL,5L},{8L,0x4163B80FL},{0L,0L},{0x7AD71BF6L,0L},{1L,0x17FBF440L},{0xD3D88085L,0L}},{{0L,0xD8DF38B4L},{(-7L),0xA9EA3C6FL},{0x7AD71BF6L,0x6B8888C7L},{0L,0x25F0955AL},{(-1L),5L},{0L,(-4L)},{0L,0x4163B80FL},{(-1L),0x6B8888C7L},{0x17FBF440L,(-1L)},{1L,1L}},{{0L,1L},{1L,0xD8DF38B4L},{0L,0L},{0x17FBF440L,(-7L)},{0L,1L},{8L,(-4L)},{5L,(-4L)},{8L,1L},{0L,(-7L)},{0x17FBF440L,0L}},{{0L,0xD8DF38B4L},{1L,1L},{0L,1L},{1L,(-1L)},{0x17FBF440L,0x6B8888C7L},{(-1L),0x4163B80FL},{0L,(-4L)},{0L,5L},{(-1L),0x25F0955AL},{0L,0x6B8888C7L}},{{0x7AD71BF6L,0xA9EA3C6FL},{(-7L),0xD8DF38B4L},{0L,0L},{0xD3D88085L,0x17FBF440L},{1L,0L},{0x7AD71BF6L,0L},{0L,0x4163B80FL},{8L,5L},{0xCA7BB5CFL,0xCA7BB5CFL},{(-1L),1L}},{{(-1L),0L},{1L,0xA9EA3C6FL},{0L,1L},{0xD3D88085L,(-1L)},{0xD3D88085L,1L},{0L,0xA9EA3C6FL},{1L,0L},{(-1L),1L},{(-1L),0xCA7BB5CFL},{0xCA7BB5CFL,5L}},{{8L,0x4163B80FL},{0L,0L},{0x7AD71BF6L,0L},{1L,0x17FBF440L},{0xD3D88085L,0L},{0L,0xD8DF38B4L},{(-7L),0xA9EA3C6FL},{0x7AD71BF6L,0x6B8888C7L},{0L,0x25F0955AL},{(-1L),5L}}};
        uint32_t ** const **l_649 = (void*)0;
        float * const *l_697 = &g_364;
        union U4 l_718 = {0x65L};
        struct S1 *l_726 = &g_727;
        int8_t l_731 = 7L;
        int16_t l_750 = 0x07E4L;
        struct S3 l_751[2] = {{0xE733L,0xA0DA0335L,{4765,-20,3},0UL,676,0x9D2C12C3464EA14ELL,0L,0UL,216},{0xE733L,0xA0DA0335L,{4765,-20,3},0UL,676,0x9D2C12C3464EA14ELL,0L,0UL,216}};
        struct S2 l_795 = {0x618B5D7EL,174,21265,317,0UL,-0,37466};
        int i, j, k;
        for (g_88.f4 = 0; (g_88.f4 <= 0); g_88.f4 += 1)
        { /* block id: 179 */
            struct S1 **l_467 = (void*)0;
            struct S1 **l_468 = &g_382;
            int8_t *l_471 = &g_7[0][0];
            float *l_472 = (void*)0;
            float *l_473 = &g_309;
            union U4 l_475[5] = {{0UL},{0UL},{0UL},{0UL},{0UL}};
            int32_t **l_477 = &g_371;
            uint8_t *l_489[2];
            int32_t l_591 = 0x8782CBD0L;
            int32_t l_592[1][6][6] = {{{0x476BAD92L,4L,(-1L),(-1L),4L,0x476BAD92L},{0x5DB2DB27L,0x476BAD92L,(-1L),0x476BAD92L,0x5DB2DB27L,0x5DB2DB27L},{(-1L),6L,6L,(-1L),0x5DB2DB27L,(-1L)},{(-1L),0x5DB2DB27L,(-1L),6L,6L,(-1L)},{0x476BAD92L,0x476BAD92L,6L,4L,6L,0x476BAD92L},{6L,0x5DB2DB27L,4L,4L,0x5DB2DB27L,6L}}};
            struct S2 l_639 = {0x7BDB3083L,201,15791,385,1UL,-0,18757};
            int32_t l_667 = 0x3CB3916DL;
            int16_t *l_675 = &g_302;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_489[i] = (void*)0;
            (*l_468) = &g_383[3];
            l_474 = ((*l_473) = (((*p_37) , l_469) != (l_470 , l_471)));
        }
        for (g_176.f4 = 0; (g_176.f4 <= 1); g_176.f4 += 1)
        { /* block id: 278 */
            int64_t *l_694 = (void*)0;
            int16_t *l_701 = &g_302;
            int32_t l_702 = (-1L);
            struct S0 *l_703 = &g_381.f2;
            int32_t **l_704 = &g_371;
            (*l_704) = func_76(l_689, ((p_39 , func_40((safe_add_func_uint64_t_u_u((18446744073709551614UL && ((safe_rshift_func_uint16_t_u_u(p_39, (l_694 == (void*)0))) > (l_702 = ((safe_div_func_int8_t_s_s((((*l_701) ^= ((*l_663) = (((((l_697 == l_698) && (safe_add_func_uint32_t_u_u(4294967293UL, (*g_371)))) < 0xB9L) && g_301) == 0x0DL))) < 0x4683L), 9L)) > (*g_327))))), g_381.f2.f1)), l_487)) == l_703), l_476, p_36);
            for (g_10 = 0; g_10 < 8; g_10 += 1)
            {
                l_594[g_10] = 4294967287UL;
            }
            for (l_688.f0 = 0; (l_688.f0 <= 1); l_688.f0 += 1)
            { /* block id: 286 */
                return p_36;
            }
        }
        for (l_470.f1 = 0; (l_470.f1 <= 1); l_470.f1 += 1)
        { /* block id: 292 */
            int32_t **l_705 = &g_371;
            struct S2 l_719 = {0x69083A72L,143,13214,96,0UL,0,11083};
            struct S1 **l_725[6][10][1] = {{{&g_382},{&g_724},{(void*)0},{&g_724},{&g_724},{(void*)0},{&g_724},{&g_382},{(void*)0},{&g_382}},{{&g_724},{(void*)0},{&g_724},{&g_724},{(void*)0},{&g_724},{&g_382},{(void*)0},{&g_382},{&g_724}},{{(void*)0},{&g_724},{&g_724},{(void*)0},{&g_724},{&g_382},{(void*)0},{&g_382},{&g_724},{(void*)0}},{{&g_724},{&g_724},{(void*)0},{&g_724},{&g_382},{(void*)0},{&g_382},{&g_724},{(void*)0},{&g_724}},{{&g_724},{(void*)0},{&g_724},{&g_382},{(void*)0},{&g_382},{&g_724},{(void*)0},{&g_724},{&g_724}},{{(void*)0},{&g_724},{&g_382},{(void*)0},{&g_382},{&g_724},{(void*)0},{&g_724},{&g_724},{(void*)0}}};
            uint32_t l_728 = 0x47DBD280L;
            int32_t *l_729 = &l_613[2][7][1];
            int32_t *l_730[4][10][6] = {{{(void*)0,&l_495,(void*)0,&l_613[2][7][1],&l_495,&l_495},{&l_498,&l_615[0][0],&l_613[2][7][1],&g_16,&l_613[2][7][1],&l_612},{&l_615[0][0],&g_16,&l_498,&g_16,&g_16,&l_498},{&l_613[6][9][0],&l_613[6][9][0],(void*)0,&g_16,&l_498,(void*)0},{&l_495,&l_615[5][2],&l_498,&l_612,(void*)0,(void*)0},{&l_615[8][0],&l_495,&l_498,&l_615[1][2],&l_613[6][9][0],(void*)0},{&l_495,&l_615[1][2],(void*)0,&l_613[2][7][1],&l_613[2][7][1],&l_498},{&l_613[2][7][1],&l_613[2][7][1],&l_498,&l_498,(void*)0,&l_612},{&l_615[7][2],(void*)0,&l_613[2][7][1],(void*)0,(void*)0,&l_495},{(void*)0,&l_495,(void*)0,&l_612,(void*)0,&l_615[0][0]}},{{&l_495,&g_16,&l_615[7][0],(void*)0,&l_613[3][7][0],&l_613[6][9][0]},{&g_16,(void*)0,&g_16,&l_615[0][0],&l_613[2][7][1],&g_16},{&l_615[0][0],&l_615[0][0],&l_613[2][7][1],(void*)0,&l_613[2][7][1],&l_615[1][2]},{(void*)0,&l_495,(void*)0,(void*)0,(void*)0,&l_495},{(void*)0,&l_615[5][2],(void*)0,&l_498,&l_613[2][7][1],&l_615[1][2]},{&l_613[1][4][1],&l_613[2][7][1],&l_615[0][0],&g_16,(void*)0,(void*)0},{&g_16,&l_613[2][7][1],(void*)0,&l_615[0][0],&l_613[2][7][1],&l_615[0][0]},{&l_498,&l_615[5][2],&g_16,(void*)0,(void*)0,&l_495},{&g_16,(void*)0,&l_615[0][0],&l_615[5][2],&l_495,(void*)0},{&g_16,&l_498,(void*)0,&g_16,&l_613[2][7][1],&l_613[2][7][1]}},{{&l_613[2][7][1],&l_613[2][7][1],&l_495,&g_16,&l_495,&l_615[0][0]},{&l_498,&l_498,&l_495,&g_16,(void*)0,&g_16},{&l_495,&l_495,&l_612,&l_498,&l_615[0][0],&l_615[7][0]},{(void*)0,(void*)0,(void*)0,&l_615[0][0],&l_498,(void*)0},{&l_495,&l_613[2][7][1],&l_613[2][7][1],&l_613[2][7][1],&l_613[2][7][1],&l_495},{&l_615[1][2],&l_615[1][2],(void*)0,&l_615[0][0],(void*)0,&l_498},{&l_612,&l_615[0][0],&l_495,&l_612,&l_615[7][2],&g_16},{&l_612,&g_16,&l_612,&l_615[0][0],(void*)0,&g_16},{&l_615[1][2],(void*)0,&l_613[2][7][1],&l_613[2][7][1],&l_498,&l_498},{&l_495,&l_613[3][7][0],(void*)0,&l_615[0][0],&l_495,&l_498}},{{(void*)0,&l_613[2][7][1],&g_16,&l_498,&l_615[8][0],&l_495},{&l_495,&l_615[0][0],&l_615[0][0],&g_16,&l_613[3][7][0],&l_615[0][0]},{&l_498,&l_498,&l_495,&g_16,&l_613[2][7][1],&l_612},{&l_613[2][7][1],&l_498,&l_613[2][7][1],&g_16,&l_498,&l_615[0][0]},{&g_16,(void*)0,&l_495,&l_615[5][2],(void*)0,&l_615[0][0]},{&g_16,&l_498,&l_615[0][0],&l_498,&g_16,&l_498},{&g_16,&l_498,(void*)0,(void*)0,&l_495,&l_612},{&l_612,&l_613[2][7][1],&l_615[0][0],&l_498,&l_613[2][7][1],&l_612},{&l_615[1][2],&l_615[0][0],(void*)0,&g_16,&l_495,&l_498},{&l_613[2][7][1],&l_613[1][4][1],&l_615[0][0],&l_495,&l_615[7][2],&l_615[0][0]}}};
            uint16_t l_732 = 0xC5A1L;
            struct S3 l_760 = {0x3FF9L,0x7FC536B3L,{2948,16,0},0xD6L,391,18446744073709551612UL,0xDAL,3UL,-226};
            int64_t *l_783 = (void*)0;
            struct S3 **l_798 = (void*)0;
            int i, j, k;
            (*l_705) = &l_615[1][3];
            l_612 ^= ((safe_add_func_uint64_t_u_u((**l_705), (((g_383[3].f7 = (safe_sub_func_int64_t_s_s((safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_s((l_498 |= (safe_lshift_func_uint8_t_u_u((*g_327), ((safe_sub_func_int8_t_s_s(((l_718 , l_719) , (**l_705)), (0x509FL != (((safe_mul_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(((l_688.f3 != (l_470.f2 , ((*l_573) = ((l_726 = g_724) == (void*)0)))) != (**l_705)), p_36)), l_728)) || (-1L)) != l_615[7][3])))) != p_36)))), p_39)), (-1L))), g_301))) != p_36) <= 1UL))) || (**l_705));
            l_732++;
            if ((*g_371))
                break;
            for (g_424 = 0; (g_424 <= 1); g_424 += 1)
            { /* block id: 303 */
                struct S2 *l_736 = &l_719;
                struct S2 **l_735 = &l_736;
                int32_t l_743 = 7L;
                uint16_t *l_761 = &g_618[1][0];
                const uint32_t l_762 = 0x717FB4E1L;
                int32_t l_763[6][10] = {{0xEB899923L,0xDE4E6094L,9L,(-1L),0xF03546CDL,0xC7E2E274L,0x29971647L,1L,(-4L),(-5L)},{0xCBCF5E44L,0xDE4E6094L,0xC7E2E274L,0L,0xB456E26EL,0xB456E26EL,0L,0xC7E2E274L,0xDE4E6094L,0xCBCF5E44L},{0x809BF32BL,0xCBCF5E44L,0xE9928604L,0xEB899923L,1L,0L,0x4B32EC67L,(-1L),0x29971647L,0xF03546CDL},{0xE9928604L,0x49B938FDL,(-1L),0xCBCF5E44L,1L,0xDE4E6094L,(-4L),0xDE4E6094L,1L,0xCBCF5E44L},{1L,0x4B32EC67L,1L,0x809BF32BL,0xB456E26EL,0xEB899923L,0xF03546CDL,(-1L),(-8L),(-5L)},{0x4B32EC67L,0xB456E26EL,(-4L),0xE9928604L,0xF03546CDL,7L,0xC7E2E274L,(-1L),0x29971647L,0xB456E26EL}};
                int8_t *l_771 = &g_7[2][0];
                int32_t *l_772 = &l_763[1][4];
                uint64_t l_797[7][1] = {{9UL},{9UL},{0x1746E6793DCA8D88LL},{9UL},{9UL},{0x1746E6793DCA8D88LL},{9UL}};
                int i, j;
                (*l_735) = &g_176;
                (*l_705) = &l_615[3][1];
                for (l_498 = 0; (l_498 <= 0); l_498 += 1)
                { /* block id: 308 */
                    const int32_t **l_759[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_759[i] = (void*)0;
                    for (g_16 = 1; (g_16 >= 0); g_16 -= 1)
                    { /* block id: 311 */
                        float l_752[9][2] = {{0x2.3p-1,0xF.C978E0p-48},{0xF.02FFF7p-57,0xF.C978E0p-48},{0x2.3p-1,0xF.02FFF7p-57},{0x9.6DBEAFp-55,0x9.6DBEAFp-55},{0x9.6DBEAFp-55,0xF.02FFF7p-57},{0x2.3p-1,0xF.C978E0p-48},{0xF.02FFF7p-57,0xF.C978E0p-48},{0x2.3p-1,0xF.02FFF7p-57},{0x9.6DBEAFp-55,0x9.6DBEAFp-55}};
                        int32_t l_770 = 3L;
                        int i, j;
                        l_763[1][4] &= (safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s(((p_36 && l_743) != ((safe_rshift_func_int8_t_s_u(((safe_unary_minus_func_uint8_t_u((safe_unary_minus_func_uint8_t_u(((*g_327) = p_36))))) > (((safe_add_func_int64_t_s_s(l_750, (l_751[1] , p_36))) ^ (safe_lshift_func_uint16_t_u_s(((safe_lshift_func_int8_t_s_u((((((((safe_sub_func_int32_t_s_s((-1L), (1UL > 0x31F5064DDC1CACB0LL))) , (void*)0) != l_759[0]) , p_39) , l_760) , &g_142) == l_761), 1)) < 4294967291UL), 15))) | l_743)), 3)) == l_762)), 2)), g_727.f0)), 0xA8L));
                    }
                }
                for (g_102 = 1; (g_102 >= 0); g_102 -= 1)
                { /* block id: 321 */
                    struct S0 *l_778[10][1] = {{&g_64},{&g_381.f2},{&g_64},{&g_381.f2},{&g_64},{&g_381.f2},{&g_64},{&g_381.f2},{&g_64},{&g_381.f2}};
                    int64_t *l_784 = &g_294[0][0][0];
                    uint64_t *l_792[8];
                    uint8_t l_796 = 250UL;
                    uint64_t **l_801[5];
                    int i, j, k;
                    for (i = 0; i < 8; i++)
                        l_792[i] = &g_654;
                    for (i = 0; i < 5; i++)
                        l_801[i] = &l_792[0];
                    if ((safe_lshift_func_uint16_t_u_s(((void*)0 != &l_763[1][4]), 14)))
                    { /* block id: 322 */
                        (*l_772) |= (safe_add_func_uint8_t_u_u((~p_39), (&g_64 == l_778[9][0])));
                    }
                    else
                    { /* block id: 324 */
                        l_688.f5 &= (((*l_761) = 65535UL) && 0x8E27L);
                    }
                    l_797[4][0] &= (((0x60L >= (((*l_729) ^= (safe_lshift_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_u(((l_470.f0 | ((g_378[g_424][(l_470.f1 + 4)][(g_189 + 8)] = ((((*p_37) = l_760.f2) , l_783) == l_784)) || (safe_rshift_func_int16_t_s_u((((safe_div_func_uint32_t_u_u((safe_mod_func_uint16_t_u_u((+((g_654 &= (((*l_573) &= ((void*)0 == &g_654)) | p_39)) > (safe_sub_func_int64_t_s_s((((l_795 , (*l_772)) >= p_39) | p_39), p_36)))), g_727.f0)), l_795.f2)) || 0x69026184EE6ECF9DLL) == l_796), 2)))) | (*g_371)), 6)) > (*g_327)), 5))) > (-1L))) == 0x00F3L) > p_36);
                    l_470.f2.f1 &= (l_783 != ((p_39 || ((**l_705) = ((*l_476) = (l_798 == g_799[4][0])))) , (g_802 = &g_18)));
                }
            }
        }
    }
    return p_39;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static struct S0 * func_40(uint64_t  p_41, int8_t * p_42)
{ /* block id: 169 */
    struct S0 l_461 = {2231,1,3};
    struct S0 *l_462[6][4] = {{&g_381.f2,(void*)0,&g_381.f2,(void*)0},{(void*)0,&g_64,&g_381.f2,&g_381.f2},{&g_381.f2,&g_381.f2,(void*)0,&g_381.f2},{&g_64,&g_64,&g_64,(void*)0},{&g_64,(void*)0,(void*)0,&g_64},{&g_381.f2,(void*)0,&g_381.f2,(void*)0}};
    struct S0 l_463 = {2029,30,2};
    int i, j;
    l_463 = l_461;
    return &g_64;
}


/* ------------------------------------------ */
/* 
 * reads : g_88 g_18 g_17 g_7 g_102 g_93 g_126 g_64.f0 g_64.f2 g_176 g_190 g_187 g_16 g_64.f1 g_88.f0 g_142 g_189 g_88.f1 g_294 g_327 g_101 g_356 g_302 g_378 g_381 g_382 g_301 g_383.f9 g_371 g_424 g_225 g_441 g_64
 * writes: g_93 g_101 g_126 g_142 g_63 g_175 g_190 g_188 g_16 g_225 g_189 g_294 g_176.f5 g_308 g_88.f0 g_17 g_328 g_364 g_302 g_371 g_378 g_382 g_301 g_395 g_424 g_423
 */
static int8_t * func_44(uint32_t  p_45, struct S0 * p_46, uint64_t  p_47, const int32_t * p_48, const struct S0 * const  p_49)
{ /* block id: 11 */
    int8_t *l_70[6];
    int32_t l_89[5][10][5] = {{{(-1L),(-1L),(-2L),0x9381DCF0L,(-9L)},{0xF4C769F5L,0xF9888A15L,8L,0x67204C5BL,8L},{(-8L),(-8L),(-4L),0x91ECAE5DL,0x2277CB2DL},{0x4FC06BE8L,0x1FD40782L,(-5L),0xC9C88BE1L,0xF4C769F5L},{0L,1L,0xB7F01E86L,(-9L),(-4L)},{(-2L),0x1FD40782L,0x379A3785L,3L,0x67204C5BL},{0x9381DCF0L,(-8L),0x11FF246FL,(-8L),(-1L)},{3L,0xF9888A15L,1L,0x1FD40782L,0xB7399A04L},{1L,(-1L),7L,1L,0L},{0xB7399A04L,0xF4C769F5L,0x1DA9CEE8L,0x1DA9CEE8L,0xF4C769F5L}},{{1L,3L,0x30C7048BL,0L,(-2L)},{0xA975422BL,5L,0xD253E6AFL,0xF1EF1A95L,0x5904BE6AL},{(-6L),1L,0x11FF246FL,(-6L),(-9L)},{0xA975422BL,0x1DA9CEE8L,0xBC9484ABL,(-2L),(-5L)},{1L,1L,0L,(-8L),6L},{0xB7399A04L,0x67204C5BL,(-5L),6L,(-9L)},{1L,0x931266FBL,1L,0x80EE50A8L,0x11FF246FL},{3L,0xF1EF1A95L,(-4L),0xF1EF1A95L,3L},{0x9381DCF0L,1L,(-2L),(-4L),(-8L)},{(-2L),0xB7399A04L,0x16947F70L,(-1L),0x1DA9CEE8L}},{{0L,1L,0L,1L,(-8L)},{0x4FC06BE8L,(-1L),0xB7399A04L,0x2E886BE4L,3L},{(-8L),0x11FF246FL,(-8L),(-1L),0x11FF246FL},{0xF4C769F5L,5L,0x26523906L,3L,(-9L)},{(-1L),0xC02D6B03L,(-4L),1L,6L},{(-7L),0x16947F70L,0x16947F70L,(-7L),7L},{0x9381DCF0L,0x11FF246FL,6L,0x931266FBL,(-1L)},{0xE9ABE1F6L,6L,0xB474D9FAL,0x06690943L,0x4FC06BE8L},{1L,(-4L),0x36EB9B4FL,0x931266FBL,0L},{1L,(-5L),0xA975422BL,0xB7399A04L,0xC9C88BE1L}},{{0x7827EA9CL,(-1L),1L,0x36EB9B4FL,(-8L)},{0x2E886BE4L,0L,(-4L),0x1DA9CEE8L,0x06690943L},{0x931266FBL,1L,0x80EE50A8L,0x11FF246FL,0x11FF246FL},{0xF5201FEAL,6L,0xF5201FEAL,0L,(-5L)},{(-4L),0x9A735059L,(-4L),3L,0x7827EA9CL},{(-5L),0xC9C88BE1L,0xF4C769F5L,0x16947F70L,0xC9C88BE1L},{0x783C2309L,(-2L),(-4L),0x7827EA9CL,0xB7F01E86L},{6L,0x379A3785L,0xF5201FEAL,0xF9888A15L,0xB474D9FAL},{0x30C7048BL,(-6L),0x80EE50A8L,0x30C7048BL,(-1L)},{0xA4DE5681L,0x16947F70L,(-4L),0x3F2B5946L,0xF9888A15L}},{{(-6L),(-7L),1L,1L,1L},{(-5L),(-5L),0xA975422BL,0x2E886BE4L,8L},{0L,3L,0x36EB9B4FL,7L,(-6L)},{0x1DA9CEE8L,7L,0xB474D9FAL,0xF9888A15L,0xF5201FEAL},{0x931266FBL,3L,6L,(-8L),1L},{0x3F2B5946L,(-5L),0xE9ABE1F6L,0x4FAE1B8EL,0x16947F70L},{(-8L),(-7L),0x7827EA9CL,3L,(-4L)},{1L,0x16947F70L,0xF1EF1A95L,(-5L),0x1DA9CEE8L},{(-4L),(-6L),0x9A735059L,0x9A735059L,(-6L)},{0xC9C88BE1L,0x379A3785L,0x06690943L,0x1DA9CEE8L,(-4L)}}};
    float *l_92[4];
    int8_t *l_97 = &g_7[2][0];
    int8_t **l_96 = &l_97;
    int8_t *l_98 = (void*)0;
    int8_t **l_99 = (void*)0;
    int8_t **l_100[6] = {&l_70[5],&l_70[5],&l_70[5],&l_70[5],&l_70[5],&l_70[5]};
    uint64_t l_198 = 9UL;
    int32_t l_207 = 0xD5365362L;
    struct S0 *l_208 = (void*)0;
    int32_t **l_456 = (void*)0;
    int32_t **l_457 = &g_371;
    struct S0 l_458 = {4239,-22,2};
    struct S0 *l_459[8][3][8];
    struct S0 l_460 = {5515,17,0};
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_70[i] = (void*)0;
    for (i = 0; i < 4; i++)
        l_92[i] = &g_93;
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 8; k++)
                l_459[i][j][k] = &g_64;
        }
    }
    (*l_457) = func_65(l_70[5], (l_207 |= ((func_71(func_76(((safe_rshift_func_int8_t_s_s((((func_83(g_88, l_89[1][7][1], ((!(g_93 = (0xA.234E6Cp+82 <= (!g_18)))) , l_70[4]), (safe_add_func_uint32_t_u_u(((l_89[1][7][1] < (((*l_96) = l_70[5]) != (g_101 = l_98))) > g_17), 8L))) & l_198) || g_187) <= l_198), 3)) , 0x52L), (*p_48), &g_7[0][0], l_89[1][7][1]), l_198, g_176, &g_16) , 0UL) || (*p_48))), l_208, l_198);
    l_460 = l_458;
    return &g_175;
}


/* ------------------------------------------ */
/* 
 * reads : g_64.f1 g_88.f0 g_142 g_189 g_88.f1 g_16 g_176.f2 g_176.f0 g_176.f6 g_176.f4 g_18 g_176.f5 g_190 g_294 g_176.f1 g_17 g_327 g_101 g_356 g_176.f3 g_302 g_378 g_381 g_382 g_301 g_102 g_383.f9 g_371 g_424 g_88 g_225 g_441 g_64
 * writes: g_142 g_225 g_189 g_16 g_175 g_294 g_176.f5 g_308 g_88.f0 g_17 g_328 g_93 g_63 g_364 g_302 g_371 g_378 g_382 g_301 g_395 g_424 g_423
 */
static int32_t * func_65(int8_t * p_66, uint32_t  p_67, struct S0 * p_68, int32_t  p_69)
{ /* block id: 51 */
    struct S0 l_215 = {4849,19,0};
    struct S0 *l_216 = &l_215;
    uint16_t *l_220 = (void*)0;
    uint16_t *l_221 = &g_142;
    uint16_t *l_224 = &g_225;
    int32_t l_238[10][3][7] = {{{1L,2L,(-5L),0x4238F0D6L,0xA7E3DBFEL,0x2F4B4B49L,1L},{1L,0L,(-9L),0x4238F0D6L,(-9L),0L,1L},{0L,2L,(-9L),0L,0xA7E3DBFEL,0L,0L}},{{1L,2L,(-5L),0x4238F0D6L,0xA7E3DBFEL,0x2F4B4B49L,1L},{1L,0L,(-9L),0x4238F0D6L,(-9L),0L,1L},{0L,2L,(-9L),0L,0xA7E3DBFEL,0L,0L}},{{1L,2L,(-5L),0x4238F0D6L,0xA7E3DBFEL,0x2F4B4B49L,1L},{1L,0L,(-9L),0x4238F0D6L,(-9L),0L,1L},{0L,2L,(-9L),0L,0xA7E3DBFEL,0L,0L}},{{1L,0L,1L,0x1387A817L,0x438BB68FL,1L,0L},{0L,(-8L),(-2L),0x1387A817L,(-2L),(-8L),0L},{0x618692B3L,0L,(-2L),9L,0x438BB68FL,(-8L),0x618692B3L}},{{0L,0L,1L,0x1387A817L,0x438BB68FL,1L,0L},{0L,(-8L),(-2L),0x1387A817L,(-2L),(-8L),0L},{0x618692B3L,0L,(-2L),9L,0x438BB68FL,(-8L),0x618692B3L}},{{0L,0L,1L,0x1387A817L,0x438BB68FL,1L,0L},{0L,(-8L),(-2L),0x1387A817L,(-2L),(-8L),0L},{0x618692B3L,0L,(-2L),9L,0x438BB68FL,(-8L),0x618692B3L}},{{0L,0L,1L,0x1387A817L,0x438BB68FL,1L,0L},{0L,(-8L),(-2L),0x1387A817L,(-2L),(-8L),0L},{0x618692B3L,0L,(-2L),9L,0x438BB68FL,(-8L),0x618692B3L}},{{0L,0L,1L,0x1387A817L,0x438BB68FL,1L,0L},{0L,(-8L),(-2L),0x1387A817L,(-2L),(-8L),0L},{0x618692B3L,0L,(-2L),9L,0x438BB68FL,(-8L),0x618692B3L}},{{0L,0L,1L,0x1387A817L,0x438BB68FL,1L,0L},{0L,(-8L),(-2L),0x1387A817L,(-2L),(-8L),0L},{0x618692B3L,0L,(-2L),9L,0x438BB68FL,(-8L),0x618692B3L}},{{0L,0L,1L,0x1387A817L,0x438BB68FL,1L,0L},{0L,(-8L),(-2L),0x1387A817L,(-2L),(-8L),0L},{0x618692B3L,0L,(-2L),9L,0x438BB68FL,(-8L),0x618692B3L}}};
    union U4 l_241[8][2][6] = {{{{0xBAL},{0UL},{5UL},{0UL},{0xBAL},{0xBAL}},{{0x8AL},{0UL},{0UL},{0x8AL},{0UL},{0x8AL}}},{{{0x8AL},{0UL},{0x8AL},{0UL},{0UL},{0x8AL}},{{0xBAL},{0xBAL},{0UL},{5UL},{0UL},{0xBAL}}},{{{0UL},{0UL},{5UL},{5UL},{0UL},{0UL}},{{0xBAL},{0UL},{5UL},{0UL},{0xBAL},{0xBAL}}},{{{0x8AL},{0UL},{0UL},{0x8AL},{0UL},{0x8AL}},{{0x8AL},{0UL},{0x8AL},{0x8AL},{0x8AL},{5UL}}},{{{0UL},{0UL},{0x8AL},{0UL},{0x8AL},{0UL}},{{0x8AL},{0xBAL},{0UL},{0UL},{0xBAL},{0x8AL}}},{{{0UL},{0x8AL},{0UL},{0x8AL},{0UL},{0UL}},{{5UL},{0x8AL},{0x8AL},{5UL},{0xBAL},{5UL}}},{{{5UL},{0xBAL},{5UL},{0x8AL},{0x8AL},{5UL}},{{0UL},{0UL},{0x8AL},{0UL},{0x8AL},{0UL}}},{{{0x8AL},{0xBAL},{0UL},{0UL},{0xBAL},{0x8AL}},{{0UL},{0x8AL},{0UL},{0x8AL},{0UL},{0UL}}}};
    const float *l_261 = &g_188;
    int32_t l_262[6][4][1] = {{{0xB2478DB6L},{0xFFB89C85L},{(-10L)},{0xEC1CF444L}},{{0x4C534E02L},{0x4C534E02L},{0xEC1CF444L},{(-10L)}},{{0xFFB89C85L},{0xB2478DB6L},{0x66829673L},{0xB2478DB6L}},{{0xFFB89C85L},{(-10L)},{0xEC1CF444L},{0x4C534E02L}},{{0x4C534E02L},{0xEC1CF444L},{(-10L)},{0xFFB89C85L}},{{0xB2478DB6L},{0x66829673L},{0xB2478DB6L},{0xFFB89C85L}}};
    float l_263 = 0x7.7FE8EDp-65;
    uint32_t l_297[3][9] = {{0UL,0xC302EE27L,0UL,0x362EE10BL,0xB8EA6564L,0xB8EA6564L,0x362EE10BL,0UL,0xC302EE27L},{0UL,0UL,0UL,0x832C0FE8L,0xCEE0769AL,0xD896C246L,0xD896C246L,0xCEE0769AL,0x832C0FE8L},{0UL,4294967295UL,0UL,0xD896C246L,0x362EE10BL,0UL,4294967295UL,4294967295UL,0UL}};
    int64_t *l_312 = &g_294[1][0][0];
    struct S0 **l_324 = &g_63[2][0];
    uint16_t l_350[7] = {0xF454L,0xF454L,0x811FL,0xF454L,0xF454L,0x811FL,0xF454L};
    struct S2 l_363[4] = {{0x813C421EL,206,28052,378,18446744073709551615UL,0,16548},{0x813C421EL,206,28052,378,18446744073709551615UL,0,16548},{0x813C421EL,206,28052,378,18446744073709551615UL,0,16548},{0x813C421EL,206,28052,378,18446744073709551615UL,0,16548}};
    int32_t *l_449 = (void*)0;
    int32_t *l_450 = &l_238[4][0][3];
    int32_t *l_451[10] = {&l_238[8][1][2],&l_238[8][1][2],&l_238[8][1][2],&l_238[8][1][2],&l_238[8][1][2],&l_238[8][1][2],&l_238[8][1][2],&l_238[8][1][2],&l_238[8][1][2],&l_238[8][1][2]};
    uint16_t l_452 = 0xDFCAL;
    int32_t *l_455 = &l_262[4][0][0];
    int i, j, k;
    if ((safe_mul_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(((((0UL != g_64.f1) <= (safe_mul_func_int8_t_s_s((((*l_216) = l_215) , ((((p_67 < ((safe_rshift_func_uint16_t_u_u(g_88.f0, 10)) || (((p_67 > (safe_unary_minus_func_uint16_t_u(((*l_224) = ((*l_221)--))))) , (safe_sub_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u((1L >= l_215.f0), (safe_sub_func_int16_t_s_s((safe_div_func_uint8_t_u_u(((safe_add_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u(g_189, g_88.f1)) ^ p_67), 0x89L)) == 0x80C7L), g_16)), (-3L))))), 1UL))) , (-1L)))) ^ g_176.f2) >= p_67) || p_67)), l_238[8][1][2]))) == l_238[8][1][2]) ^ (-1L)), 0xA4CAL)), 0UL)))
    { /* block id: 55 */
        int8_t l_252 = 0x59L;
        int32_t *l_253 = &g_16;
        int16_t *l_255 = (void*)0;
        int16_t *l_256 = &g_189;
        struct S2 l_266 = {0x1C52B695L,134,4474,470,0x6F3D060EL,0,31274};
        struct S1 l_269[4] = {{-1,-479,986,115,-151,24,1137,-319,3828,604},{-1,-479,986,115,-151,24,1137,-319,3828,604},{-1,-479,986,115,-151,24,1137,-319,3828,604},{-1,-479,986,115,-151,24,1137,-319,3828,604}};
        struct S3 l_270 = {0UL,0xF8629F82L,{5561,4,2},0UL,677,0x9E8659274A4447EBLL,0x5AL,0x9E3CE139A795CD91LL,240};
        uint8_t l_296 = 248UL;
        float *l_346 = &g_93;
        float **l_345[9] = {&l_346,&l_346,&l_346,&l_346,&l_346,&l_346,&l_346,&l_346,&l_346};
        struct S0 *l_355 = &l_215;
        int i;
lbl_306:
        (*l_253) = (safe_rshift_func_int8_t_s_s((l_241[2][0][5] , (safe_lshift_func_uint16_t_u_u(0x0553L, (safe_add_func_int8_t_s_s(((safe_add_func_uint64_t_u_u((p_67 > (safe_rshift_func_int16_t_s_u((g_189 = 0xAFA7L), 11))), ((((((void*)0 == p_68) , (safe_mul_func_uint8_t_u_u(p_69, (((((g_176.f0 != g_176.f6) > 0xEDA4L) >= l_252) && p_69) || g_176.f4)))) ^ 0UL) | l_215.f1) == p_67))) | 0xE05B609BCA0A6BE8LL), g_142))))), 3));
        if ((!(((*l_256) = p_69) > (((1L | (p_66 != p_66)) ^ (((safe_mul_func_uint16_t_u_u((safe_div_func_uint16_t_u_u((g_18 <= 0x956AL), ((&l_238[8][1][2] == l_253) && (l_261 == l_253)))), p_69)) != p_67) , l_262[4][0][0])) ^ g_18))))
        { /* block id: 59 */
            struct S2 l_298[8][2] = {{{0x0992C471L,86,3071,225,0UL,-0,35023},{0x13210899L,100,586,98,18446744073709551615UL,0,18065}},{{0x0992C471L,86,3071,225,0UL,-0,35023},{0x0992C471L,86,3071,225,0UL,-0,35023}},{{0x0992C471L,86,3071,225,0UL,-0,35023},{0x13210899L,100,586,98,18446744073709551615UL,0,18065}},{{0x0992C471L,86,3071,225,0UL,-0,35023},{0x0992C471L,86,3071,225,0UL,-0,35023}},{{0x0992C471L,86,3071,225,0UL,-0,35023},{0x13210899L,100,586,98,18446744073709551615UL,0,18065}},{{0x0992C471L,86,3071,225,0UL,-0,35023},{0x0992C471L,86,3071,225,0UL,-0,35023}},{{0x0992C471L,86,3071,225,0UL,-0,35023},{0x13210899L,100,586,98,18446744073709551615UL,0,18065}},{{0x0992C471L,86,3071,225,0UL,-0,35023},{0x0992C471L,86,3071,225,0UL,-0,35023}}};
            int32_t *l_299 = &l_262[4][0][0];
            float *l_344 = &g_309;
            float **l_343 = &l_344;
            int32_t l_417 = 0xC796FD9BL;
            int32_t l_418 = 0xD7E54EA1L;
            int32_t l_419 = 5L;
            int32_t l_420 = 0x5509C731L;
            int32_t l_421 = (-1L);
            int32_t l_422[1][3][10] = {{{0x2771F0BFL,(-5L),0x89CEA372L,0x89CEA372L,(-5L),0x2771F0BFL,1L,0x2771F0BFL,(-5L),0x89CEA372L},{(-6L),0x03485B17L,(-6L),0x89CEA372L,1L,1L,0x89CEA372L,(-6L),0x03485B17L,(-6L)},{(-6L),0x2771F0BFL,0x03485B17L,(-5L),0x03485B17L,0x2771F0BFL,(-6L),(-6L),0x2771F0BFL,0x03485B17L}}};
            struct S2 l_444 = {0xA9FE20B2L,49,11411,493,18446744073709551615UL,-0,41164};
            int32_t **l_445 = &g_371;
            int i, j, k;
            if ((safe_mul_func_int16_t_s_s(0xC1BCL, (((l_266 , ((safe_add_func_uint8_t_u_u(((l_269[1] , (l_270 , &g_63[0][0])) == (void*)0), (p_67 , (safe_div_func_uint8_t_u_u((((void*)0 == &p_68) || p_67), 255UL))))) >= l_262[4][0][0])) <= g_16) >= 0UL))))
            { /* block id: 60 */
                uint32_t l_318 = 0x41E7836AL;
                for (g_16 = 6; (g_16 >= 0); g_16 -= 1)
                { /* block id: 63 */
                    int8_t *l_281[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    int64_t *l_292 = (void*)0;
                    int64_t *l_293 = &g_294[2][0][0];
                    int32_t l_295[4];
                    uint32_t l_303 = 0xFB3CF3B6L;
                    uint64_t l_341 = 0xE06A7D9DACEBCEC9LL;
                    int32_t l_342 = 1L;
                    int i;
                    for (i = 0; i < 4; i++)
                        l_295[i] = (-10L);
                    g_176.f5 |= ((((p_67--) >= (((safe_lshift_func_int8_t_s_u((((*l_253) && ((safe_lshift_func_uint16_t_u_s((65535UL > (safe_mul_func_int8_t_s_s((g_175 = p_69), (((*l_293) = (((safe_rshift_func_int16_t_s_u(((*l_256) = p_69), (safe_sub_func_int8_t_s_s((safe_mul_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_s(((*l_224) = p_69), ((((void*)0 == p_66) , p_69) != p_69))) && 0L), p_69)), p_69)), 0L)))) >= l_215.f1) || (*l_253))) || l_295[0])))), 10)) < 0xF8E8L)) < 0x4C7A8684L), 5)) >= 254UL) || p_69)) && l_296) >= l_297[2][1]);
                    for (p_69 = 1; (p_69 <= 6); p_69 += 1)
                    { /* block id: 72 */
                        int32_t *l_300[6][5][8] = {{{&l_295[1],&l_262[3][1][0],&l_295[3],&l_238[1][0][2],&l_238[3][2][3],(void*)0,&l_295[2],&g_16},{&l_262[1][3][0],&l_238[2][1][2],&l_295[0],&l_238[8][1][2],&l_295[3],&l_262[4][0][0],&l_295[0],&l_238[8][0][5]},{&l_295[1],&g_16,&l_238[8][1][2],&l_262[3][1][0],&l_295[2],&l_262[4][0][0],&l_238[3][2][3],(void*)0},{(void*)0,&l_262[4][0][0],&l_295[3],&l_238[8][1][2],(void*)0,&l_262[4][0][0],&l_238[8][1][2],&g_16},{&g_16,(void*)0,(void*)0,&l_262[1][2][0],&l_238[2][1][2],&l_262[4][2][0],&l_295[0],&l_295[3]}},{{(void*)0,(void*)0,&l_238[8][1][2],&l_262[3][1][0],&l_238[9][1][1],&l_295[1],&l_295[0],&l_262[4][0][0]},{&l_238[8][1][2],&g_16,&l_295[0],&g_16,(void*)0,&l_238[8][1][2],&l_238[8][1][2],&l_238[8][1][2]},{&l_295[3],&l_238[7][0][5],&g_16,&l_238[7][0][5],&l_295[3],&l_262[4][0][0],&l_262[4][0][0],&l_295[0]},{&l_262[4][0][0],(void*)0,&l_238[8][0][5],&l_238[7][2][1],&l_238[8][0][4],&l_238[1][0][1],&g_16,&l_238[7][0][5]},{&l_262[4][0][0],&l_295[3],&l_238[8][0][5],&l_295[1],&l_262[1][2][0],&g_16,&l_262[4][0][0],(void*)0}},{{&l_238[8][0][4],&l_262[0][2][0],&g_16,&l_295[0],&l_238[1][0][1],&l_295[0],&l_238[8][1][2],&l_262[4][0][0]},{&l_295[0],&g_16,&l_295[0],(void*)0,&l_238[8][1][2],&g_16,&l_295[0],&l_238[8][1][2]},{(void*)0,&l_295[1],&l_238[8][1][2],&l_238[8][1][2],(void*)0,&l_238[2][1][2],&l_295[0],&g_16},{&g_16,&l_262[4][0][0],(void*)0,&g_16,(void*)0,&l_238[8][1][2],&l_238[8][1][2],(void*)0},{(void*)0,(void*)0,&l_295[3],&l_295[2],&l_262[4][0][0],&g_16,&l_238[3][2][3],&l_238[8][0][4]}},{{&g_16,&l_262[1][2][0],&l_238[8][1][2],&l_238[8][1][2],&l_238[7][0][5],&l_295[0],&l_295[0],&g_16},{(void*)0,&l_295[0],&l_295[0],&l_295[0],&l_295[0],&g_16,&l_295[2],&g_16},{&l_262[4][0][0],(void*)0,&l_295[3],&l_295[0],&l_295[0],&l_295[3],(void*)0,&l_262[4][0][0]},{&l_238[8][1][2],&l_262[4][0][0],&g_16,&g_16,&l_238[8][1][2],(void*)0,&l_238[8][1][2],&g_16},{&l_262[4][0][0],(void*)0,&l_262[4][0][0],&g_16,&g_16,(void*)0,&g_16,&l_262[0][2][0]}},{{&l_262[1][2][0],&l_262[4][0][0],&l_238[8][1][2],&l_295[1],&l_262[3][1][0],&l_295[3],&l_238[1][0][2],&l_238[3][2][3]},{&l_262[0][2][0],(void*)0,&l_262[4][0][0],&l_262[3][2][0],&l_238[8][1][2],&g_16,&l_295[0],&l_238[8][1][2]},{&l_262[3][3][0],&l_295[0],(void*)0,&l_238[8][1][2],&l_238[7][2][1],&l_295[0],&l_262[4][0][0],&g_16},{&l_262[4][2][0],&l_262[1][2][0],&l_262[4][0][0],&l_262[4][0][0],&l_238[1][0][2],&l_295[0],&l_238[3][0][2],(void*)0},{&g_16,&g_16,&l_295[3],&l_238[8][1][2],&l_238[8][1][2],&l_295[0],&l_295[0],(void*)0}},{{&l_295[3],&l_238[2][1][2],(void*)0,&l_262[4][0][0],&g_16,&l_238[8][1][2],&l_262[4][0][0],&l_262[4][0][0]},{&l_238[1][0][1],&l_238[8][1][2],(void*)0,&l_262[4][0][0],&l_262[3][1][0],&l_295[0],&l_238[8][1][2],&l_295[0]},{(void*)0,&l_238[8][1][2],&l_238[8][1][2],(void*)0,&l_262[1][3][0],&l_238[7][0][5],&l_262[1][3][0],(void*)0},{&l_238[8][1][2],&l_238[8][1][2],&l_238[8][1][2],&g_16,(void*)0,&l_262[3][1][0],(void*)0,&l_262[4][0][0]},{&g_16,&l_262[4][0][0],&l_262[4][0][0],&l_238[1][0][2],&l_295[2],&l_262[1][2][0],(void*)0,&l_238[8][1][2]}}};
                        int64_t *l_307 = &g_308;
                        uint8_t *l_310 = &g_88.f0;
                        int i, j, k;
                        (*l_299) ^= (l_298[4][0] , (((l_299 != (void*)0) , (g_294[2][0][0] = p_67)) && g_88.f0));
                        l_303--;
                        if (l_296)
                            goto lbl_306;
                        l_215.f1 &= (((*l_310) = (((*l_293) ^= (p_69 || g_190[1])) > (l_238[5][0][4] = ((*l_307) = 0x88CA31A6CA4173EELL)))) && ((~((0x3989L >= g_176.f6) < ((*l_256) = (((l_241[2][0][5].f1 <= ((((((l_312 == (l_292 = (void*)0)) | (safe_mod_func_int32_t_s_s((!((*l_299) ^= (safe_rshift_func_uint16_t_u_u((0x7CC61FBE054320CCLL && (-1L)), 11)))), l_295[1]))) ^ l_318) , g_176.f1) <= p_69) >= (*l_253))) <= l_295[0]) & l_298[4][0].f3)))) != (-1L)));
                    }
                    for (g_17 = 0; (g_17 <= 6); g_17 += 1)
                    { /* block id: 88 */
                        float *l_321[3];
                        const int32_t l_335 = 0x7848A5FBL;
                        int i, j;
                        for (i = 0; i < 3; i++)
                            l_321[i] = &g_93;
                        (*l_299) = (g_93 = (p_67 != (((safe_sub_func_float_f_f(0xA.A2AF76p+35, (l_270.f2.f1 = l_303))) < (safe_div_func_float_f_f(((((l_324 = &g_63[0][5]) == &g_63[g_16][(g_17 + 1)]) < (safe_mul_func_float_f_f(((g_328 = ((p_69 , g_327) != g_101)) , ((((0xB.6C70E7p-46 >= (*l_253)) <= 0x7.FF54A1p+33) < (*l_253)) <= p_67)), g_176.f0))) != (-0x6.6p-1)), 0x2.E3FFC8p+63))) < g_176.f0)));
                        (*l_299) = (safe_lshift_func_int16_t_s_s((safe_div_func_uint8_t_u_u((((&p_66 == &g_101) <= p_69) , ((*g_327) = (((safe_sub_func_int16_t_s_s(l_335, (((0xB856BF04L == 1L) , 1L) < (!(safe_mod_func_uint32_t_u_u((l_335 , (((((g_88.f1 , p_69) > p_67) & l_341) | p_67) && p_69)), 0x52F2593EL)))))) , 0xBA4C86FCL) <= l_318))), p_67)), l_342));
                        if (g_294[2][0][0])
                            continue;
                    }
                }
                return &g_16;
            }
            else
            { /* block id: 100 */
                uint32_t l_347 = 18446744073709551615UL;
                int32_t *l_348 = &l_238[6][0][6];
                int32_t *l_349[6] = {&l_238[8][1][2],&l_238[8][1][2],(void*)0,&l_238[8][1][2],&l_238[8][1][2],(void*)0};
                int i;
                l_345[4] = l_343;
                l_347 = p_69;
                --l_350[4];
                g_176.f5 = ((*l_348) &= (((safe_lshift_func_int16_t_s_s((((*l_324) = l_355) == g_356), 9)) == (safe_mod_func_int16_t_s_s(((0x9D939C06118430E8LL ^ ((((safe_lshift_func_uint8_t_u_s(((l_363[1] , (*l_343)) != (g_364 = (*l_343))), 2)) || ((safe_add_func_int8_t_s_s(((+((*l_253) = ((((*l_256) = g_176.f3) != ((&p_68 != (void*)0) == g_190[1])) | p_67))) < p_67), 0UL)) >= g_18)) ^ 0xF03289F9L) >= p_67)) >= 0xCA0383BFL), (*l_299)))) & g_88.f1));
            }
            for (g_302 = 6; (g_302 >= 0); g_302 -= 1)
            { /* block id: 113 */
                int64_t l_373 = 0xD833A21892F36F2DLL;
                int32_t l_375 = 0L;
                int32_t l_376 = 1L;
                int32_t l_377[3][2] = {{0L,0L},{0L,0L},{0L,0L}};
                int16_t *l_386 = &g_301;
                int32_t *l_409 = &l_238[8][1][2];
                int32_t *l_410 = &l_376;
                int32_t *l_411 = (void*)0;
                int32_t *l_412 = (void*)0;
                int32_t *l_413 = &l_376;
                int32_t *l_414 = &l_375;
                int32_t *l_415 = &l_375;
                int32_t *l_416[4][9] = {{(void*)0,&l_375,&l_377[1][1],&l_375,&l_375,&l_377[1][1],&l_375,(void*)0,&l_375},{&l_377[0][0],&l_262[0][3][0],&l_377[1][1],&l_377[1][1],&l_262[0][3][0],&l_377[0][0],&l_375,&l_377[0][0],&l_262[0][3][0]},{&l_377[0][0],&l_375,&l_375,&l_377[0][0],(void*)0,&l_262[0][3][0],(void*)0,&l_377[0][0],&l_375},{(void*)0,(void*)0,&l_375,&l_262[0][3][0],&l_262[4][0][0],&l_262[0][3][0],&l_375,(void*)0,(void*)0}};
                struct S2 l_442 = {0x119F7B85L,16,4293,413,18446744073709551615UL,0,45791};
                int i, j;
                if (((*l_355) , p_69))
                { /* block id: 114 */
                    return &g_16;
                }
                else
                { /* block id: 116 */
                    uint32_t l_370 = 1UL;
                    int32_t *l_372 = &l_262[2][2][0];
                    int32_t *l_374[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    struct S1 **l_384 = &g_382;
                    int i;
                    for (p_69 = 0; (p_69 <= 0); p_69 += 1)
                    { /* block id: 119 */
                        (*l_253) |= l_370;
                        g_371 = &g_16;
                        return &g_16;
                    }
                    g_378[0][0][8]--;
                    (*l_384) = (g_381 , g_382);
                }
                (*g_371) = (((*l_386) &= ((*l_256) = (+9UL))) && (((safe_lshift_func_int16_t_s_u((safe_mod_func_uint16_t_u_u(l_297[1][7], p_67)), ((safe_mod_func_int64_t_s_s((safe_lshift_func_int8_t_s_s(((g_395 = (void*)0) != (void*)0), (safe_lshift_func_uint8_t_u_u((safe_div_func_int16_t_s_s(((*l_386) &= (safe_add_func_uint8_t_u_u(l_377[0][1], ((*l_299) == ((~(safe_sub_func_int16_t_s_s((safe_div_func_uint64_t_u_u(((safe_mul_func_int16_t_s_s(l_350[4], (p_67 ^ g_381.f2.f2))) >= g_102), 18446744073709551615UL)), 0UL))) > 0UL))))), (-1L))), (*l_299))))), 0xF80AD8FBA4E74F3CLL)) > (*l_299)))) >= l_375) >= g_383[3].f9));
                g_424--;
                for (g_17 = 4; (g_17 >= 0); g_17 -= 1)
                { /* block id: 135 */
                    uint32_t l_427 = 0x5BA051EAL;
                    l_427--;
                    for (g_423 = 4; (g_423 >= 0); g_423 -= 1)
                    { /* block id: 139 */
                        int16_t *l_433 = &g_189;
                        int32_t **l_443 = &l_413;
                        (*l_443) = (((((((safe_unary_minus_func_uint32_t_u((((*l_386) = (&g_382 != &g_382)) <= ((safe_sub_func_uint8_t_u_u((g_88 , ((*g_327) = (&g_302 == l_433))), ((safe_div_func_int64_t_s_s(((safe_sub_func_uint64_t_u_u(((((void*)0 != &g_302) , (l_262[2][2][0] > (~(safe_div_func_int16_t_s_s((((18446744073709551615UL | (*l_299)) <= (*l_253)) & p_67), 1L))))) <= p_67), 0xDEBF90ABBC545F15LL)) <= g_225), 0x3B7ED97977351756LL)) < (*g_371)))) != p_69)))) || g_441) == (*g_371)) && g_176.f1) <= l_427) , l_442) , &g_16);
                        (*l_443) = (void*)0;
                        if (p_67)
                            continue;
                        if ((*g_371))
                            continue;
                    }
                }
            }
            (*l_445) = ((((g_18 <= p_67) | (((*l_253) | (p_67 <= 0L)) > (((l_444 , (((*l_253) & ((void*)0 != l_312)) < g_381.f0)) <= (-10L)) | 0x48AB64A8L))) , (*l_253)) , &g_16);
        }
        else
        { /* block id: 150 */
            (*l_355) = (*g_356);
        }
        for (g_16 = (-30); (g_16 == 2); g_16 = safe_add_func_int16_t_s_s(g_16, 8))
        { /* block id: 155 */
            return &g_16;
        }
        (*l_253) &= (+l_262[4][0][0]);
    }
    else
    { /* block id: 159 */
        return &g_16;
    }
    (*l_450) = ((*g_371) = (*g_371));
    --l_452;
    return &g_16;
}


/* ------------------------------------------ */
/* 
 * reads : g_16 g_64.f0
 * writes: g_16
 */
static uint32_t  func_71(int32_t * p_72, int16_t  p_73, struct S2  p_74, int32_t * p_75)
{ /* block id: 41 */
    int32_t l_202 = 1L;
    uint32_t l_203 = 0x5341A822L;
    (*p_75) &= l_202;
    (*p_75) ^= l_203;
    for (g_16 = 22; (g_16 > 25); ++g_16)
    { /* block id: 46 */
        int8_t l_206 = 7L;
        return l_206;
    }
    return g_64.f0;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes: g_188
 */
static int32_t * func_76(int8_t  p_77, int32_t  p_78, int8_t * p_79, const int32_t  p_80)
{ /* block id: 38 */
    int16_t l_199 = 0x8D8BL;
    float *l_200 = &g_188;
    int32_t *l_201 = &g_16;
    (*l_200) = l_199;
    return l_201;
}


/* ------------------------------------------ */
/* 
 * reads : g_7 g_102 g_93 g_126 g_64.f0 g_17 g_64.f2 g_176 g_190 g_18
 * writes: g_126 g_93 g_142 g_63 g_175 g_190
 */
static int32_t  func_83(union U4  p_84, int64_t  p_85, int8_t * p_86, uint32_t  p_87)
{ /* block id: 15 */
    uint32_t l_103 = 18446744073709551612UL;
    int32_t l_127 = (-5L);
    float *l_128[1][6] = {{&g_93,&g_93,&g_93,&g_93,&g_93,&g_93}};
    int32_t l_129 = 0x90E8D41EL;
    int32_t l_130[7] = {0xB9243169L,0xB9243169L,0xB9243169L,0xB9243169L,0xB9243169L,0xB9243169L,0xB9243169L};
    int8_t *l_135 = (void*)0;
    int32_t l_150[9] = {0xAC039BA7L,0xAC039BA7L,0xAC039BA7L,0xAC039BA7L,0xAC039BA7L,0xAC039BA7L,0xAC039BA7L,0xAC039BA7L,0xAC039BA7L};
    struct S0 l_155 = {2121,21,0};
    struct S0 **l_174 = &g_63[3][2];
    int32_t *l_197 = &l_130[2];
    int i, j;
    g_93 = (l_103 , ((safe_mul_func_float_f_f(l_103, (safe_sub_func_float_f_f((l_130[2] = (safe_sub_func_float_f_f((p_87 < (safe_mul_func_float_f_f(((l_129 = ((safe_add_func_float_f_f(((p_84.f1 >= (safe_add_func_float_f_f((safe_div_func_float_f_f(((safe_mul_func_float_f_f(0x3.9548CCp-37, (safe_div_func_float_f_f((-0x9.1p-1), (((safe_sub_func_float_f_f(g_7[2][0], ((-0x1.9p-1) <= (safe_sub_func_float_f_f((((g_126 = &p_86) != &p_86) < l_103), l_103))))) != g_7[0][0]) <= 0x9.DC62CBp+71))))) > l_103), g_7[0][0])), g_102))) == l_127), g_93)) > l_127)) == 0xE.45356Ep+56), 0x0.4p+1))), l_103))), 0x1.Dp-1)))) < l_103));
    for (l_103 = 16; (l_103 <= 44); ++l_103)
    { /* block id: 22 */
        int32_t l_147 = (-5L);
        uint8_t *l_148[7] = {&g_88.f0,&g_88.f0,&g_88.f0,&g_88.f0,&g_88.f0,&g_88.f0,&g_88.f0};
        int32_t l_149 = 0L;
        int i;
        l_150[1] |= (safe_mul_func_uint8_t_u_u((l_149 = ((l_135 != (*g_126)) | ((1UL >= ((g_64.f0 <= (~0x67L)) == (safe_mul_func_int16_t_s_s((-1L), (((g_142 = ((safe_lshift_func_int8_t_s_s((+g_7[1][0]), 6)) , g_17)) <= (safe_div_func_uint16_t_u_u((safe_lshift_func_int8_t_s_u(l_130[2], p_85)), 0xFCE8L))) || l_147))))) , l_129))), 0x3DL));
    }
    if ((safe_add_func_uint64_t_u_u(((safe_rshift_func_uint16_t_u_u(((l_155 = l_155) , (safe_rshift_func_uint16_t_u_s(((safe_mod_func_int16_t_s_s(((-2L) != (((safe_div_func_float_f_f((p_84 , ((((g_93 >= p_84.f1) == (safe_sub_func_float_f_f((safe_add_func_float_f_f((safe_mul_func_float_f_f((((safe_div_func_float_f_f(l_155.f1, ((safe_add_func_float_f_f(0x1.2p+1, (g_175 = (safe_sub_func_float_f_f(0x3.F8FB61p-51, (((*l_174) = &g_64) != &g_64)))))) < l_127))) <= 0xD.F1BF41p+5) , 0x6.1p-1), l_130[2])), g_64.f2)), p_84.f0))) > 0xB.0C0EACp+34) <= l_155.f2)), 0xC.66ACBFp-69)) , l_128[0][2]) != l_128[0][1])), l_150[3])) ^ l_150[0]), 4))), 8)) | p_87), 18446744073709551606UL)))
    { /* block id: 30 */
        int32_t *l_177 = (void*)0;
        int32_t *l_178 = (void*)0;
        int32_t *l_179 = (void*)0;
        int32_t *l_180 = &l_130[4];
        (*l_180) = (g_176 , 0x5B04A482L);
    }
    else
    { /* block id: 32 */
        int32_t *l_181 = &g_16;
        int32_t l_182[9][5] = {{2L,2L,2L,2L,2L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{2L,2L,2L,2L,2L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{2L,2L,2L,2L,2L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{2L,2L,2L,2L,2L},{(-1L),(-1L),(-1L),(-1L),(-1L)},{2L,2L,2L,2L,2L}};
        int32_t *l_183 = &l_182[2][2];
        int32_t *l_184 = &l_182[7][1];
        int32_t *l_185 = (void*)0;
        int32_t *l_186[8] = {&l_150[2],&l_150[2],&l_150[2],&l_150[2],&l_150[2],&l_150[2],&l_150[2],&l_150[2]};
        int i, j;
        ++g_190[1];
        return g_18;
    }
    (*l_197) &= (safe_sub_func_uint8_t_u_u(255UL, (safe_lshift_func_int16_t_s_u(0xC597L, 7))));
    return p_87;
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
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_7[i][j], "g_7[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_64.f0, "g_64.f0", print_hash_value);
    transparent_crc(g_64.f1, "g_64.f1", print_hash_value);
    transparent_crc(g_64.f2, "g_64.f2", print_hash_value);
    transparent_crc(g_88.f0, "g_88.f0", print_hash_value);
    transparent_crc(g_88.f1, "g_88.f1", print_hash_value);
    transparent_crc_bytes (&g_93, sizeof(g_93), "g_93", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_142, "g_142", print_hash_value);
    transparent_crc(g_175, "g_175", print_hash_value);
    transparent_crc(g_176.f0, "g_176.f0", print_hash_value);
    transparent_crc(g_176.f1, "g_176.f1", print_hash_value);
    transparent_crc(g_176.f2, "g_176.f2", print_hash_value);
    transparent_crc(g_176.f3, "g_176.f3", print_hash_value);
    transparent_crc(g_176.f4, "g_176.f4", print_hash_value);
    transparent_crc(g_176.f5, "g_176.f5", print_hash_value);
    transparent_crc(g_176.f6, "g_176.f6", print_hash_value);
    transparent_crc(g_187, "g_187", print_hash_value);
    transparent_crc_bytes (&g_188, sizeof(g_188), "g_188", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_190[i], "g_190[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_225, "g_225", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_294[i][j][k], "g_294[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_301, "g_301", print_hash_value);
    transparent_crc(g_302, "g_302", print_hash_value);
    transparent_crc(g_308, "g_308", print_hash_value);
    transparent_crc_bytes (&g_309, sizeof(g_309), "g_309", print_hash_value);
    transparent_crc(g_328, "g_328", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_378[i][j][k], "g_378[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_381.f0, "g_381.f0", print_hash_value);
    transparent_crc(g_381.f1, "g_381.f1", print_hash_value);
    transparent_crc(g_381.f2.f0, "g_381.f2.f0", print_hash_value);
    transparent_crc(g_381.f2.f1, "g_381.f2.f1", print_hash_value);
    transparent_crc(g_381.f2.f2, "g_381.f2.f2", print_hash_value);
    transparent_crc(g_381.f3, "g_381.f3", print_hash_value);
    transparent_crc(g_381.f4, "g_381.f4", print_hash_value);
    transparent_crc(g_381.f5, "g_381.f5", print_hash_value);
    transparent_crc(g_381.f6, "g_381.f6", print_hash_value);
    transparent_crc(g_381.f7, "g_381.f7", print_hash_value);
    transparent_crc(g_381.f8, "g_381.f8", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_383[i].f0, "g_383[i].f0", print_hash_value);
        transparent_crc(g_383[i].f1, "g_383[i].f1", print_hash_value);
        transparent_crc(g_383[i].f2, "g_383[i].f2", print_hash_value);
        transparent_crc(g_383[i].f3, "g_383[i].f3", print_hash_value);
        transparent_crc(g_383[i].f4, "g_383[i].f4", print_hash_value);
        transparent_crc(g_383[i].f5, "g_383[i].f5", print_hash_value);
        transparent_crc(g_383[i].f6, "g_383[i].f6", print_hash_value);
        transparent_crc(g_383[i].f7, "g_383[i].f7", print_hash_value);
        transparent_crc(g_383[i].f8, "g_383[i].f8", print_hash_value);
        transparent_crc(g_383[i].f9, "g_383[i].f9", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_423, "g_423", print_hash_value);
    transparent_crc(g_424, "g_424", print_hash_value);
    transparent_crc(g_441, "g_441", print_hash_value);
    transparent_crc_bytes (&g_616, sizeof(g_616), "g_616", print_hash_value);
    transparent_crc(g_617, "g_617", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_618[i][j], "g_618[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_654, "g_654", print_hash_value);
    transparent_crc(g_727.f0, "g_727.f0", print_hash_value);
    transparent_crc(g_727.f1, "g_727.f1", print_hash_value);
    transparent_crc(g_727.f2, "g_727.f2", print_hash_value);
    transparent_crc(g_727.f3, "g_727.f3", print_hash_value);
    transparent_crc(g_727.f4, "g_727.f4", print_hash_value);
    transparent_crc(g_727.f5, "g_727.f5", print_hash_value);
    transparent_crc(g_727.f6, "g_727.f6", print_hash_value);
    transparent_crc(g_727.f7, "g_727.f7", print_hash_value);
    transparent_crc(g_727.f8, "g_727.f8", print_hash_value);
    transparent_crc(g_727.f9, "g_727.f9", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_805[i], "g_805[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_933, "g_933", print_hash_value);
    transparent_crc_bytes (&g_971, sizeof(g_971), "g_971", print_hash_value);
    transparent_crc(g_1002, "g_1002", print_hash_value);
    transparent_crc(g_1004, "g_1004", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_1092[i][j].f0, "g_1092[i][j].f0", print_hash_value);
            transparent_crc(g_1092[i][j].f1, "g_1092[i][j].f1", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1197, "g_1197", print_hash_value);
    transparent_crc(g_1201.f0, "g_1201.f0", print_hash_value);
    transparent_crc(g_1201.f1, "g_1201.f1", print_hash_value);
    transparent_crc(g_1201.f2.f0, "g_1201.f2.f0", print_hash_value);
    transparent_crc(g_1201.f2.f1, "g_1201.f2.f1", print_hash_value);
    transparent_crc(g_1201.f2.f2, "g_1201.f2.f2", print_hash_value);
    transparent_crc(g_1201.f3, "g_1201.f3", print_hash_value);
    transparent_crc(g_1201.f4, "g_1201.f4", print_hash_value);
    transparent_crc(g_1201.f5, "g_1201.f5", print_hash_value);
    transparent_crc(g_1201.f6, "g_1201.f6", print_hash_value);
    transparent_crc(g_1201.f7, "g_1201.f7", print_hash_value);
    transparent_crc(g_1201.f8, "g_1201.f8", print_hash_value);
    transparent_crc(g_1236, "g_1236", print_hash_value);
    transparent_crc(g_1255.f0, "g_1255.f0", print_hash_value);
    transparent_crc(g_1255.f1, "g_1255.f1", print_hash_value);
    transparent_crc(g_1255.f2, "g_1255.f2", print_hash_value);
    transparent_crc(g_1255.f3, "g_1255.f3", print_hash_value);
    transparent_crc(g_1255.f4, "g_1255.f4", print_hash_value);
    transparent_crc(g_1255.f5, "g_1255.f5", print_hash_value);
    transparent_crc(g_1255.f6, "g_1255.f6", print_hash_value);
    transparent_crc(g_1255.f7, "g_1255.f7", print_hash_value);
    transparent_crc(g_1255.f8, "g_1255.f8", print_hash_value);
    transparent_crc(g_1255.f9, "g_1255.f9", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 267
   depth: 1, occurrence: 30
   depth: 2, occurrence: 8
XXX total union variables: 6

XXX non-zero bitfields defined in structs: 21
XXX zero bitfields defined in structs: 1
XXX const bitfields defined in structs: 3
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 64
breakdown:
   indirect level: 0, occurrence: 38
   indirect level: 1, occurrence: 15
   indirect level: 2, occurrence: 11
XXX full-bitfields structs in the program: 18
breakdown:
   indirect level: 0, occurrence: 18
XXX times a bitfields struct's address is taken: 148
XXX times a bitfields struct on LHS: 9
XXX times a bitfields struct on RHS: 68
XXX times a single bitfield on LHS: 14
XXX times a single bitfield on RHS: 127

XXX max expression depth: 41
breakdown:
   depth: 1, occurrence: 161
   depth: 2, occurrence: 43
   depth: 3, occurrence: 6
   depth: 4, occurrence: 3
   depth: 5, occurrence: 2
   depth: 6, occurrence: 2
   depth: 8, occurrence: 1
   depth: 10, occurrence: 1
   depth: 11, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 17, occurrence: 1
   depth: 18, occurrence: 3
   depth: 20, occurrence: 1
   depth: 21, occurrence: 2
   depth: 24, occurrence: 2
   depth: 25, occurrence: 2
   depth: 26, occurrence: 5
   depth: 27, occurrence: 5
   depth: 28, occurrence: 1
   depth: 30, occurrence: 4
   depth: 34, occurrence: 1
   depth: 41, occurrence: 1

XXX total number of pointers: 319

XXX times a variable address is taken: 742
XXX times a pointer is dereferenced on RHS: 101
breakdown:
   depth: 1, occurrence: 82
   depth: 2, occurrence: 19
XXX times a pointer is dereferenced on LHS: 152
breakdown:
   depth: 1, occurrence: 148
   depth: 2, occurrence: 4
XXX times a pointer is compared with null: 21
XXX times a pointer is compared with address of another variable: 8
XXX times a pointer is compared with another pointer: 10
XXX times a pointer is qualified to be dereferenced: 2333

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 494
   level: 2, occurrence: 86
   level: 3, occurrence: 14
   level: 4, occurrence: 13
XXX number of pointers point to pointers: 84
XXX number of pointers point to scalars: 201
XXX number of pointers point to structs: 32
XXX percent of pointers has null in alias set: 33.2
XXX average alias set size: 1.34

XXX times a non-volatile is read: 936
XXX times a non-volatile is write: 484
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 165
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 27
   depth: 1, occurrence: 18
   depth: 2, occurrence: 24
   depth: 3, occurrence: 24
   depth: 4, occurrence: 32
   depth: 5, occurrence: 40

XXX percentage a fresh-made variable is used: 20.4
XXX percentage an existing variable is used: 79.6
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

