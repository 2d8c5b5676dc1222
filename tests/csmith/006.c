/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 7 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      7
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int64_t  f0;
   int32_t  f1;
   uint8_t  f2;
   const int32_t  f3;
};

union U1 {
   signed f0 : 2;
};

union U2 {
   uint32_t  f0;
};

union U3 {
   uint32_t  f0;
   const int64_t  f1;
   uint32_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static uint64_t g_2 = 0x1009D434678DC2A8LL;
static int16_t g_17 = 1L;
static int16_t g_19 = 0x3826L;
static int16_t g_48 = 0x0B91L;
static int16_t *g_47 = &g_48;
static union U3 g_54 = {0x97618DE0L};
static int32_t g_73 = 0L;
static int32_t g_82[9][1][1] = {{{0x4CC78B93L}},{{(-10L)}},{{(-10L)}},{{0x4CC78B93L}},{{(-10L)}},{{(-10L)}},{{0x4CC78B93L}},{{(-10L)}},{{(-10L)}}};
static uint16_t g_83 = 0UL;
static int8_t g_99 = 0x77L;
static int64_t g_102 = (-1L);
static int16_t g_112 = 0x5964L;
static int8_t g_113 = 0x4CL;
static int64_t g_114[10] = {2L,(-1L),2L,(-1L),2L,(-1L),2L,(-1L),2L,(-1L)};
static uint32_t g_116 = 1UL;
static uint64_t g_137 = 18446744073709551610UL;
static uint64_t g_139[7] = {0UL,0UL,0UL,0UL,0UL,0UL,0UL};
static uint64_t g_147[2][5] = {{18446744073709551614UL,18446744073709551614UL,18446744073709551614UL,18446744073709551614UL,18446744073709551614UL},{8UL,0xB2AD6262BB9ADCDDLL,8UL,0xB2AD6262BB9ADCDDLL,8UL}};
static int32_t g_151[7] = {6L,6L,6L,6L,6L,6L,6L};
static uint8_t g_165 = 0UL;
static uint32_t g_202 = 0UL;
static int32_t g_237 = 1L;
static union U2 g_254 = {4294967288UL};
static int32_t g_261 = 0xF382EBA4L;
static int64_t g_262[9][4] = {{0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL},{0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL},{0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL},{0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL},{0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL},{0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL},{0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL},{0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL},{0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL,0x2AAD255A8A431967LL}};
static union U1 g_283 = {0L};
static uint32_t g_300 = 0x0F945985L;
static uint64_t * const g_324 = &g_2;
static uint64_t * const * const g_323 = &g_324;
static uint8_t g_355 = 0UL;
static int32_t *g_443 = &g_82[3][0][0];
static int32_t **g_442 = &g_443;
static int64_t g_529 = 0xBBC7F53F555FDB0FLL;
static int32_t g_530 = 4L;
static uint8_t g_531 = 1UL;
static uint64_t g_546 = 0x27678E06C9E70C65LL;
static int32_t *g_550[7][9][4] = {{{&g_73,&g_73,&g_73,(void*)0},{&g_73,&g_237,(void*)0,&g_237},{(void*)0,(void*)0,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_237},{(void*)0,&g_237,(void*)0,(void*)0},{(void*)0,&g_73,(void*)0,&g_261},{&g_261,&g_73,&g_73,&g_73},{(void*)0,&g_73,&g_73,&g_73},{&g_261,&g_237,&g_73,&g_237}},{{&g_73,&g_237,&g_261,&g_73},{&g_73,(void*)0,(void*)0,&g_73},{&g_261,&g_237,(void*)0,&g_237},{&g_261,&g_73,(void*)0,&g_73},{&g_73,&g_237,&g_261,&g_73},{&g_73,&g_237,&g_73,(void*)0},{&g_261,&g_73,&g_73,&g_73},{(void*)0,&g_237,&g_73,&g_73},{&g_261,(void*)0,(void*)0,&g_261}},{{(void*)0,&g_237,(void*)0,&g_237},{(void*)0,&g_237,&g_73,&g_261},{&g_73,&g_261,&g_73,&g_261},{(void*)0,&g_237,(void*)0,&g_237},{&g_73,&g_237,&g_73,&g_261},{&g_73,(void*)0,&g_261,&g_73},{&g_237,&g_237,&g_73,&g_73},{(void*)0,&g_73,&g_73,(void*)0},{&g_261,&g_237,&g_261,&g_73}},{{&g_261,&g_237,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_237},{&g_237,&g_237,&g_73,&g_73},{&g_73,(void*)0,&g_73,&g_73},{&g_261,&g_237,&g_261,&g_237},{&g_261,&g_237,&g_73,&g_73},{(void*)0,&g_73,&g_73,&g_73},{&g_237,&g_73,&g_261,&g_261},{&g_73,&g_73,&g_73,(void*)0}},{{&g_73,&g_237,(void*)0,&g_237},{(void*)0,(void*)0,&g_73,(void*)0},{&g_73,(void*)0,&g_73,&g_237},{(void*)0,&g_237,&g_73,&g_73},{&g_237,&g_73,&g_73,&g_73},{&g_73,&g_237,&g_73,(void*)0},{(void*)0,&g_237,(void*)0,&g_261},{&g_73,&g_261,&g_237,&g_261},{&g_237,&g_261,&g_73,&g_237}},{{(void*)0,&g_237,&g_73,&g_237},{(void*)0,(void*)0,(void*)0,&g_73},{(void*)0,&g_237,&g_73,&g_73},{(void*)0,&g_73,&g_73,(void*)0},{&g_237,(void*)0,&g_237,&g_73},{&g_73,(void*)0,(void*)0,&g_237},{(void*)0,&g_261,&g_73,(void*)0},{&g_73,&g_73,&g_73,&g_73},{&g_237,&g_261,&g_73,&g_73}},{{&g_73,(void*)0,&g_73,&g_73},{(void*)0,&g_73,(void*)0,&g_73},{(void*)0,(void*)0,(void*)0,&g_73},{&g_261,&g_261,(void*)0,&g_73},{&g_73,&g_73,&g_73,(void*)0},{&g_261,&g_261,&g_73,&g_237},{&g_237,(void*)0,&g_237,&g_73},{(void*)0,(void*)0,(void*)0,(void*)0},{&g_73,&g_73,(void*)0,&g_73}}};
static int32_t **g_549 = &g_550[2][7][0];
static union U3 g_585 = {18446744073709551611UL};
static uint64_t g_629 = 18446744073709551607UL;
static uint8_t g_634[4] = {8UL,8UL,8UL,8UL};
static int8_t *g_698 = &g_113;
static int8_t **g_697 = &g_698;
static int8_t ***g_696 = &g_697;
static const union U0 g_704 = {0x0E3E0F2ABE29CB19LL};
static union U1 *g_783[6][6] = {{(void*)0,&g_283,&g_283,&g_283,&g_283,&g_283},{&g_283,&g_283,&g_283,&g_283,&g_283,&g_283},{&g_283,&g_283,&g_283,(void*)0,(void*)0,&g_283},{&g_283,(void*)0,&g_283,&g_283,(void*)0,&g_283},{&g_283,&g_283,&g_283,&g_283,&g_283,(void*)0},{&g_283,&g_283,(void*)0,&g_283,&g_283,&g_283}};
static union U1 **g_782 = &g_783[3][2];
static int32_t g_835 = 0xC81B30ECL;
static int32_t ***g_861 = &g_442;
static int32_t ***g_862 = (void*)0;
static uint8_t g_951 = 2UL;
static int64_t *g_1062 = &g_262[5][2];
static int8_t g_1066 = (-1L);
static const int8_t g_1131 = 0x71L;
static uint8_t g_1132 = 0UL;


/* --- FORWARD DECLARATIONS --- */
static union U1  func_1(void);
static uint64_t  func_3(uint8_t  p_4, const int32_t  p_5, uint8_t  p_6, uint32_t  p_7, union U3  p_8);
static uint8_t  func_28(int32_t  p_29, int16_t * p_30, const int16_t * p_31, int16_t * p_32, uint8_t  p_33);
static int16_t * func_34(int16_t * p_35, int16_t  p_36, uint32_t  p_37, int16_t * p_38);
static int16_t * func_39(uint64_t  p_40, int16_t * p_41, int32_t  p_42, uint64_t  p_43, uint32_t  p_44);
static union U0  func_49(union U3  p_50, const uint8_t  p_51, int16_t * p_52, int16_t * p_53);
static union U1  func_57(int16_t * p_58, union U3  p_59, int16_t * p_60, int16_t * p_61);
static union U3  func_62(int16_t * p_63, union U2  p_64, uint8_t  p_65);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static union U1  func_1(void)
{ /* block id: 0 */
    int32_t l_11 = 0x54671013L;
    int16_t *l_16 = &g_17;
    int16_t *l_18[9][4][3] = {{{&g_19,&g_19,&g_19},{&g_19,&g_19,&g_19},{&g_19,(void*)0,(void*)0},{&g_19,&g_19,&g_19}},{{&g_19,&g_19,&g_19},{&g_19,(void*)0,&g_19},{&g_19,&g_19,&g_19},{&g_19,(void*)0,&g_19}},{{&g_19,&g_19,&g_19},{&g_19,&g_19,&g_19},{(void*)0,(void*)0,&g_19},{&g_19,&g_19,&g_19}},{{&g_19,&g_19,&g_19},{&g_19,(void*)0,(void*)0},{&g_19,&g_19,&g_19},{&g_19,&g_19,&g_19}},{{&g_19,(void*)0,&g_19},{&g_19,&g_19,&g_19},{&g_19,(void*)0,&g_19},{&g_19,&g_19,&g_19}},{{&g_19,&g_19,(void*)0},{(void*)0,(void*)0,(void*)0},{&g_19,(void*)0,&g_19},{&g_19,(void*)0,&g_19}},{{(void*)0,(void*)0,(void*)0},{(void*)0,&g_19,&g_19},{&g_19,&g_19,&g_19},{&g_19,&g_19,(void*)0}},{{(void*)0,&g_19,(void*)0},{(void*)0,&g_19,&g_19},{&g_19,&g_19,&g_19},{&g_19,&g_19,(void*)0}},{{(void*)0,(void*)0,(void*)0},{&g_19,(void*)0,&g_19},{&g_19,(void*)0,&g_19},{(void*)0,(void*)0,(void*)0}}};
    int16_t **l_553[2][8][7] = {{{(void*)0,&l_16,&l_18[3][3][1],(void*)0,&l_18[3][3][1],&l_18[7][2][0],&g_47},{&l_18[3][3][1],(void*)0,&l_18[7][2][0],(void*)0,(void*)0,&l_16,&l_18[5][1][0]},{&g_47,(void*)0,&l_18[2][2][2],&l_16,&l_16,&l_18[2][2][2],(void*)0},{&l_16,&l_16,&l_18[3][3][1],&g_47,(void*)0,&l_18[3][3][1],&g_47},{&l_16,(void*)0,&l_18[3][3][1],&l_18[3][3][1],&l_18[3][3][1],&l_18[5][1][0],&l_16},{&g_47,&l_18[3][3][1],(void*)0,&g_47,(void*)0,&l_18[3][3][1],&l_16},{(void*)0,&l_16,&l_16,&l_16,&l_16,&l_18[3][3][1],&g_47},{&l_18[5][1][0],&l_16,(void*)0,(void*)0,(void*)0,&l_18[3][3][1],&l_18[3][3][1]}},{{&g_47,(void*)0,&l_18[3][3][1],(void*)0,&g_47,&l_18[3][3][1],(void*)0},{(void*)0,&l_16,&l_18[3][3][1],&l_18[3][3][1],&l_18[3][3][1],&l_18[5][1][0],&g_47},{&g_47,&l_16,&l_16,&g_47,(void*)0,&l_18[3][3][1],&l_18[3][3][1]},{(void*)0,&l_18[3][3][1],&l_16,&l_18[3][3][1],&l_16,&l_18[2][2][2],&l_18[3][3][1]},{&g_47,&l_18[5][1][0],&l_18[3][3][1],&l_18[3][3][1],&l_18[3][3][1],&l_16,(void*)0},{&l_18[5][1][0],&g_47,&l_18[3][3][1],&l_18[7][2][0],&l_18[3][3][1],&l_18[7][2][0],&l_18[3][3][1]},{(void*)0,(void*)0,&l_16,&g_47,(void*)0,&l_18[4][2][2],(void*)0},{&g_47,&l_18[3][3][1],&l_16,&l_16,&l_16,&l_16,(void*)0}}};
    uint64_t l_632 = 0UL;
    uint8_t *l_633 = &g_634[3];
    int32_t *l_834 = &g_835;
    int16_t l_839 = 0x85ADL;
    int32_t ***l_859 = &g_442;
    int32_t l_883 = 0x035DCA87L;
    int32_t l_886 = 1L;
    int32_t l_889[4][9][7] = {{{0x2F8D3D15L,(-2L),0x2F8D3D15L,(-1L),0x800B7603L,(-1L),0x2F8D3D15L},{0x9CF0BEA3L,0x9CF0BEA3L,0xD740C62DL,0x9CF0BEA3L,0x9CF0BEA3L,0xD740C62DL,0x9CF0BEA3L},{0x800B7603L,(-1L),0x2F8D3D15L,(-2L),0x2F8D3D15L,(-1L),0x800B7603L},{0x92757F56L,0x9CF0BEA3L,0x92757F56L,0x92757F56L,0x9CF0BEA3L,0x92757F56L,0xD740C62DL},{0x2F8D3D15L,(-1L),0x800B7603L,(-1L),0x2F8D3D15L,(-2L),0x2F8D3D15L},{0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L},{0xFF47C385L,(-1L),0xFF47C385L,1L,0x2F8D3D15L,1L,0xFF47C385L},{0x92757F56L,0x92757F56L,0x9CF0BEA3L,0x92757F56L,0x92757F56L,0x9CF0BEA3L,0x92757F56L},{0x2F8D3D15L,1L,0xFF47C385L,(-1L),0xFF47C385L,1L,0x2F8D3D15L}},{{0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL},{0x2F8D3D15L,(-1L),0x800B7603L,(-1L),0x2F8D3D15L,(-2L),0x2F8D3D15L},{0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L},{0xFF47C385L,(-1L),0xFF47C385L,1L,0x2F8D3D15L,1L,0xFF47C385L},{0x92757F56L,0x92757F56L,0x9CF0BEA3L,0x92757F56L,0x92757F56L,0x9CF0BEA3L,0x92757F56L},{0x2F8D3D15L,1L,0xFF47C385L,(-1L),0xFF47C385L,1L,0x2F8D3D15L},{0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL},{0x2F8D3D15L,(-1L),0x800B7603L,(-1L),0x2F8D3D15L,(-2L),0x2F8D3D15L},{0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L}},{{0xFF47C385L,(-1L),0xFF47C385L,1L,0x2F8D3D15L,1L,0xFF47C385L},{0x92757F56L,0x92757F56L,0x9CF0BEA3L,0x92757F56L,0x92757F56L,0x9CF0BEA3L,0x92757F56L},{0x2F8D3D15L,1L,0xFF47C385L,(-1L),0xFF47C385L,1L,0x2F8D3D15L},{0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL},{0x2F8D3D15L,(-1L),0x800B7603L,(-1L),0x2F8D3D15L,(-2L),0x2F8D3D15L},{0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L},{0xFF47C385L,(-1L),0xFF47C385L,1L,0x2F8D3D15L,1L,0xFF47C385L},{0x92757F56L,0x92757F56L,0x9CF0BEA3L,0x92757F56L,0x92757F56L,0x9CF0BEA3L,0x92757F56L},{0x2F8D3D15L,1L,0xFF47C385L,(-1L),0xFF47C385L,1L,0x2F8D3D15L}},{{0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL},{0x2F8D3D15L,(-1L),0x800B7603L,(-1L),0x2F8D3D15L,(-2L),0x2F8D3D15L},{0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L},{0xFF47C385L,(-1L),0xFF47C385L,1L,0x2F8D3D15L,1L,0xFF47C385L},{0x92757F56L,0xD740C62DL,0x92757F56L,0xD740C62DL,0xD740C62DL,0x92757F56L,0xD740C62DL},{0xFF47C385L,(-2L),0x800B7603L,1L,0x800B7603L,(-2L),0xFF47C385L},{0x9CF0BEA3L,0xD740C62DL,0x9CF0BEA3L,0x9CF0BEA3L,0xD740C62DL,0x9CF0BEA3L,0x9CF0BEA3L},{0xFF47C385L,1L,0x2F8D3D15L,1L,0xFF47C385L,(-1L),0xFF47C385L},{0xD740C62DL,0x9CF0BEA3L,0x9CF0BEA3L,0xD740C62DL,0x9CF0BEA3L,0x9CF0BEA3L,0xD740C62DL}}};
    int64_t l_895[5][2];
    uint32_t l_917 = 4294967286UL;
    union U3 l_946[1][8] = {{{0xFAE4A742L},{18446744073709551615UL},{0xFAE4A742L},{18446744073709551615UL},{0xFAE4A742L},{18446744073709551615UL},{0xFAE4A742L},{18446744073709551615UL}}};
    int32_t * const * const l_959 = &g_443;
    union U1 **l_975[9] = {&g_783[3][2],(void*)0,&g_783[3][2],(void*)0,&g_783[3][2],(void*)0,&g_783[3][2],(void*)0,&g_783[3][2]};
    int32_t l_985 = 0x63FB7F5AL;
    union U2 * const l_1000 = &g_254;
    int8_t l_1028 = 0x34L;
    uint16_t l_1034 = 0x8004L;
    int32_t l_1057[6] = {0xBD7E08B7L,0L,0L,0xBD7E08B7L,0L,0L};
    int8_t l_1058 = 0xA8L;
    uint32_t l_1068 = 0xFDFA47C4L;
    int8_t ****l_1118[7] = {&g_696,&g_696,&g_696,&g_696,&g_696,&g_696,&g_696};
    int16_t l_1174 = 1L;
    union U1 l_1179 = {0x4D346A22L};
    int i, j, k;
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
            l_895[i][j] = 2L;
    }
    return l_1179;
}


/* ------------------------------------------ */
/* 
 * reads : g_114 g_634 g_324 g_2 g_165 g_73 g_139 g_283 g_529 g_113 g_442 g_443 g_82 g_323 g_147 g_112 g_54.f0 g_47 g_48 g_116 g_202 g_585.f0 g_283.f0 g_696 g_704 g_697 g_698 g_531 g_261 g_19 g_704.f0 g_137 g_782 g_83 g_704.f2
 * writes: g_112 g_237 g_202 g_165 g_73 g_54.f2 g_629 g_585.f2 g_17 g_99 g_113 g_2 g_137 g_139 g_147 g_83 g_151 g_114 g_48 g_696 g_116 g_254.f0 g_531 g_261 g_19 g_442 g_782
 */
static uint64_t  func_3(uint8_t  p_4, const int32_t  p_5, uint8_t  p_6, uint32_t  p_7, union U3  p_8)
{ /* block id: 268 */
    int8_t l_649 = 0xDCL;
    union U1 *l_651 = &g_283;
    int8_t *l_670 = &g_113;
    int8_t **l_669[7][4][9] = {{{&l_670,&l_670,&l_670,&l_670,(void*)0,&l_670,&l_670,&l_670,&l_670},{&l_670,(void*)0,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670},{&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,(void*)0},{&l_670,(void*)0,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670}},{{&l_670,(void*)0,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670},{&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,(void*)0,&l_670},{&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670},{&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,(void*)0}},{{&l_670,(void*)0,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670},{&l_670,&l_670,&l_670,(void*)0,&l_670,&l_670,&l_670,&l_670,&l_670},{(void*)0,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670},{&l_670,&l_670,(void*)0,&l_670,&l_670,&l_670,&l_670,&l_670,(void*)0}},{{&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670},{(void*)0,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670},{&l_670,&l_670,&l_670,(void*)0,(void*)0,&l_670,(void*)0,&l_670,&l_670},{&l_670,&l_670,&l_670,&l_670,&l_670,(void*)0,&l_670,&l_670,&l_670}},{{&l_670,(void*)0,&l_670,&l_670,&l_670,&l_670,&l_670,(void*)0,&l_670},{&l_670,(void*)0,(void*)0,(void*)0,&l_670,&l_670,&l_670,&l_670,&l_670},{&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670},{&l_670,&l_670,&l_670,&l_670,(void*)0,(void*)0,&l_670,&l_670,(void*)0}},{{&l_670,&l_670,&l_670,&l_670,&l_670,(void*)0,&l_670,(void*)0,(void*)0},{&l_670,&l_670,(void*)0,&l_670,(void*)0,&l_670,&l_670,&l_670,&l_670},{&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,(void*)0},{&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670}},{{&l_670,&l_670,&l_670,(void*)0,&l_670,&l_670,&l_670,(void*)0,&l_670},{&l_670,&l_670,&l_670,&l_670,&l_670,(void*)0,&l_670,&l_670,(void*)0},{(void*)0,&l_670,&l_670,&l_670,(void*)0,&l_670,&l_670,&l_670,(void*)0},{(void*)0,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670,&l_670}}};
    int16_t *l_689[6] = {(void*)0,&g_48,(void*)0,(void*)0,&g_48,(void*)0};
    int32_t * const l_749 = &g_261;
    uint32_t l_754 = 0UL;
    int32_t l_804 = 1L;
    int32_t l_805[3][7] = {{0xC752383EL,0L,0xC752383EL,0xC752383EL,0L,0xC752383EL,0xC752383EL},{0x6E3A984FL,0x6E3A984FL,(-1L),0x6E3A984FL,0x6E3A984FL,(-1L),0x6E3A984FL},{0L,0xC752383EL,0xC752383EL,0L,0xC752383EL,0xC752383EL,0L}};
    uint8_t l_816 = 247UL;
    union U0 l_824 = {0L};
    uint64_t *l_825 = &g_147[0][3];
    uint16_t l_827 = 0UL;
    uint8_t *l_831 = &l_824.f2;
    int32_t *l_832[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
    uint32_t l_833 = 0x7AD255C9L;
    int i, j, k;
    for (p_8.f2 = 0; (p_8.f2 <= 0); p_8.f2 += 1)
    { /* block id: 271 */
        int64_t l_664 = 0xFE716FF6198E21DFLL;
        union U1 *l_671 = &g_283;
        int16_t *l_693 = &g_48;
        int32_t l_694 = 8L;
        uint64_t l_705[10][7] = {{18446744073709551615UL,18446744073709551607UL,0x97ABAA8949D21219LL,18446744073709551615UL,18446744073709551615UL,0x0AB9CF306CB985AALL,0x45587DE4768453B8LL},{18446744073709551607UL,0x45587DE4768453B8LL,0x0CFC8DA137436E58LL,0UL,0UL,0x0CFC8DA137436E58LL,0x45587DE4768453B8LL},{1UL,1UL,0UL,18446744073709551607UL,0x45587DE4768453B8LL,0x8216E74DEEF493C7LL,0x78EC56446E1BC07CLL},{18446744073709551615UL,18446744073709551615UL,0x45587DE4768453B8LL,18446744073709551607UL,0xD33D3892A6235906LL,1UL,18446744073709551611UL},{0x45587DE4768453B8LL,18446744073709551615UL,0x0AB9CF306CB985AALL,18446744073709551607UL,1UL,18446744073709551615UL,0x0CFC8DA137436E58LL},{7UL,0UL,0UL,18446744073709551615UL,1UL,18446744073709551615UL,0UL},{7UL,7UL,0x0AB9CF306CB985AALL,0x908BA499E6A68917LL,1UL,18446744073709551615UL,18446744073709551611UL},{18446744073709551615UL,0x8552B3D64B8B38DFLL,18446744073709551615UL,18446744073709551615UL,0x0AB9CF306CB985AALL,0UL,18446744073709551607UL},{0x0AB9CF306CB985AALL,0UL,1UL,18446744073709551607UL,1UL,18446744073709551607UL,7UL},{0x41316B7C64A19E6DLL,0xD33D3892A6235906LL,0x78EC56446E1BC07CLL,8UL,1UL,1UL,8UL}};
        uint8_t *l_711 = &g_634[0];
        int32_t l_714[9] = {0x0ABCFF50L,0x0ABCFF50L,0x0ABCFF50L,0x0ABCFF50L,0x0ABCFF50L,0x0ABCFF50L,0x0ABCFF50L,0x0ABCFF50L,0x0ABCFF50L};
        union U2 l_821 = {0x06D68BEEL};
        int i, j;
        for (p_4 = 0; (p_4 <= 0); p_4 += 1)
        { /* block id: 274 */
            int32_t l_638 = 9L;
            union U2 l_663[3][5] = {{{4294967289UL},{5UL},{5UL},{4294967289UL},{5UL}},{{4294967295UL},{4294967295UL},{0x1EFF6900L},{4294967295UL},{4294967295UL}},{{5UL},{4294967289UL},{5UL},{5UL},{4294967289UL}}};
            int32_t l_807 = 0x4D2A14E2L;
            int32_t l_808 = 0L;
            int32_t l_809 = 8L;
            int32_t l_810 = 0L;
            int32_t l_811[8][8] = {{0L,3L,0xA1644C80L,3L,0L,0x4ED4BBD6L,(-3L),0x1FBD383FL},{1L,0xA94D2496L,3L,0x18DD2F87L,0xB5BF056AL,0xB5BF056AL,0x18DD2F87L,3L},{0x1FBD383FL,0x1FBD383FL,3L,0xA2779504L,0xC091B01AL,4L,(-3L),1L},{0xB5BF056AL,(-3L),0xA1644C80L,0x1FBD383FL,0xA1644C80L,(-3L),0xB5BF056AL,1L},{(-3L),4L,0xC091B01AL,0xA2779504L,3L,0x1FBD383FL,0x1FBD383FL,3L},{0x18DD2F87L,0xB5BF056AL,0xB5BF056AL,0x18DD2F87L,3L,0xA94D2496L,1L,0x1FBD383FL},{(-3L),0x4ED4BBD6L,0L,3L,0xA1644C80L,3L,0L,0x4ED4BBD6L},{0xB5BF056AL,0x4ED4BBD6L,0x1FBD383FL,0L,0xC091B01AL,0xA94D2496L,0xA2779504L,0xA2779504L}};
            int i, j;
            for (g_112 = 0; (g_112 <= 0); g_112 += 1)
            { /* block id: 277 */
                int32_t *l_635 = &g_237;
                uint64_t *l_640 = &g_139[3];
                uint64_t **l_639[7] = {&l_640,&l_640,&l_640,&l_640,&l_640,&l_640,&l_640};
                union U1 **l_652 = &l_651;
                int i;
                (*l_635) = g_114[(p_4 + 9)];
                for (g_202 = 0; (g_202 <= 9); g_202 += 1)
                { /* block id: 281 */
                    uint8_t *l_650 = &g_165;
                    (*l_635) = ((((safe_rshift_func_int16_t_s_s((&g_324 != (l_638 , l_639[6])), 11)) , &g_83) == (void*)0) <= ((*l_650) &= ((safe_lshift_func_int8_t_s_s(((safe_mod_func_uint64_t_u_u((g_634[1] , (safe_rshift_func_uint8_t_u_s(252UL, (safe_add_func_int64_t_s_s(g_114[8], (*g_324)))))), (*g_324))) || 0x7CL), l_638)) > l_649)));
                }
                (*l_652) = l_651;
                if (l_649)
                    continue;
            }
            for (g_73 = 2; (g_73 <= 9); g_73 += 1)
            { /* block id: 290 */
                int i;
                l_664 = (safe_mod_func_uint64_t_u_u((safe_add_func_int8_t_s_s((g_114[g_73] != (0x1BL == (safe_rshift_func_uint8_t_u_u((((safe_sub_func_uint64_t_u_u(g_114[(p_4 + 4)], (g_139[(p_4 + 4)] == 0xC32CL))) <= (safe_mul_func_uint16_t_u_u(g_139[(p_8.f2 + 3)], (((0UL != ((l_663[0][3] , ((*l_651) , p_7)) ^ p_5)) <= p_8.f0) ^ p_8.f2)))) && l_649), g_529)))), 0xA0L)), 7UL));
                if (p_4)
                    break;
                for (g_54.f2 = 0; (g_54.f2 <= 0); g_54.f2 += 1)
                { /* block id: 295 */
                    int32_t *l_665 = &l_638;
                    if (p_7)
                    { /* block id: 296 */
                        return (*g_324);
                    }
                    else
                    { /* block id: 298 */
                        uint64_t l_666[8];
                        int i;
                        for (i = 0; i < 8; i++)
                            l_666[i] = 0x347BEF7BCEEB5F0ALL;
                        l_665 = (void*)0;
                        ++l_666[7];
                    }
                    if (p_8.f2)
                        break;
                }
                l_638 &= p_8.f0;
            }
            if ((l_669[2][2][7] != ((g_114[(p_8.f2 + 3)] , l_663[2][1]) , (void*)0)))
            { /* block id: 306 */
                uint32_t l_676[8] = {0x3D16DE52L,0x3D16DE52L,0x6265B6BBL,0x3D16DE52L,0x3D16DE52L,0x6265B6BBL,0x3D16DE52L,0x3D16DE52L};
                int8_t ****l_699 = &g_696;
                int i;
                for (g_629 = 0; (g_629 <= 1); g_629 += 1)
                { /* block id: 309 */
                    int16_t l_674 = 0xABDAL;
                    for (g_585.f2 = 0; (g_585.f2 <= 0); g_585.f2 += 1)
                    { /* block id: 312 */
                        int32_t *l_672 = (void*)0;
                        int32_t *l_673[2][3] = {{&g_73,&g_73,&g_73},{&g_237,&g_237,&g_237}};
                        int i, j;
                        l_674 |= ((void*)0 != l_671);
                    }
                }
                for (g_17 = 0; (g_17 >= 0); g_17 -= 1)
                { /* block id: 318 */
                    for (g_99 = 0; (g_99 >= 0); g_99 -= 1)
                    { /* block id: 321 */
                        int16_t l_675 = 1L;
                        int32_t l_690 = 0x230C83D3L;
                        int32_t *l_695 = &g_73;
                        l_676[7] = l_675;
                        (*l_695) = (safe_rshift_func_int8_t_s_s((((safe_rshift_func_uint16_t_u_u(p_4, (((*l_670) |= 0xCCL) ^ (safe_sub_func_uint32_t_u_u(4294967290UL, p_4))))) < (((l_694 = ((safe_rshift_func_int8_t_s_u((safe_rshift_func_uint16_t_u_s(((((safe_mod_func_int8_t_s_s(((&g_17 != (l_693 = func_39(l_649, l_689[2], (**g_442), ((**g_323)--), l_649))) >= p_4), 0x12L)) | 0x011BL) != p_6) & 0x1F08L), 9)), 7)) > (-1L))) | l_649) != g_585.f0)) < g_283.f0), 3));
                        if (p_5)
                            continue;
                    }
                }
                (*l_699) = g_696;
            }
            else
            { /* block id: 332 */
                int32_t l_712 = 0L;
                int32_t *l_713[4];
                uint8_t l_715 = 0x77L;
                int i;
                for (i = 0; i < 4; i++)
                    l_713[i] = &l_638;
                if (p_4)
                    break;
                for (g_116 = 0; (g_116 <= 0); g_116 += 1)
                { /* block id: 336 */
                    uint32_t *l_710 = &g_254.f0;
                    l_694 ^= (((safe_rshift_func_int8_t_s_s(((p_8.f2 >= (safe_rshift_func_int16_t_s_u(((g_704 , ((((*g_696) == (*g_696)) < (l_705[2][4] != p_4)) , (safe_lshift_func_int8_t_s_s(((0x731CL > ((((-1L) || (safe_div_func_uint32_t_u_u(((*l_710) = 0x98326D50L), p_6))) , l_711) != &p_6)) <= l_649), 0)))) >= p_5), p_7))) , (*g_698)), l_712)) ^ g_112) || l_705[2][4]);
                }
                l_715--;
            }
            for (g_531 = 0; (g_531 <= 0); g_531 += 1)
            { /* block id: 344 */
                int32_t *l_720 = &g_261;
                int32_t l_753 = 0x5ED112C1L;
                union U1 *l_764 = &g_283;
                uint64_t l_801 = 0xB9ECE949759AFA7BLL;
                int32_t l_812 = 0L;
                int32_t l_813 = 0xD0590057L;
                int32_t l_814 = (-10L);
                int32_t l_815 = 0L;
                union U1 ***l_819 = &g_782;
                if (((*l_720) |= (p_6 >= (safe_sub_func_int8_t_s_s((**g_697), g_54.f0)))))
                { /* block id: 346 */
                    uint32_t l_748 = 0x07FA5F03L;
                    int32_t *l_750 = (void*)0;
                    int32_t *l_751 = &l_714[5];
                    int32_t *l_752[7];
                    int i;
                    for (i = 0; i < 7; i++)
                        l_752[i] = &l_714[3];
                    (*l_720) |= (((safe_add_func_uint32_t_u_u(0x4C1B3725L, (safe_lshift_func_int8_t_s_u((safe_mul_func_uint8_t_u_u(0x00L, (safe_add_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u(p_5, 4)), (safe_unary_minus_func_uint8_t_u((p_6 || 0UL))))), ((safe_sub_func_int8_t_s_s((((*g_696) == ((safe_lshift_func_int8_t_s_u(((safe_mod_func_uint16_t_u_u(g_19, (safe_add_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_u(((l_714[5] = (0x13L && (safe_add_func_uint64_t_u_u((**g_323), g_704.f0)))) ^ 2UL), p_7)), 0xF86431ADL)), g_147[1][2])))) ^ 0x1EB79CBAL), l_664)) , (void*)0)) & l_748), (-10L))) , 0x0BE0L))))), 5)))) ^ (*g_47)) , 0xF26F37E3L);
                    l_750 = l_749;
                    ++l_754;
                    for (l_664 = 0; (l_664 <= 0); l_664 += 1)
                    { /* block id: 353 */
                        int32_t l_759 = 0x0575B494L;
                        uint32_t *l_776 = &l_748;
                        (*l_751) ^= (safe_div_func_int64_t_s_s((-10L), l_664));
                        l_759 = ((l_759 && (((*g_698) , (safe_sub_func_int16_t_s_s((safe_mul_func_int16_t_s_s((g_19 = ((*g_47) = (*g_47))), (((*l_751) = (((void*)0 != l_764) < ((*g_324) = ((safe_lshift_func_int8_t_s_s((safe_mod_func_int64_t_s_s((safe_lshift_func_uint16_t_u_u((safe_unary_minus_func_uint64_t_u((((*l_776) &= (safe_add_func_int8_t_s_s(l_705[2][4], (0xA10CFD169A830EA8LL <= ((((0xB4L <= (safe_lshift_func_int8_t_s_u(((*g_698) = ((*l_720) &= 0xFBL)), 3))) != 0x6B8435B7L) <= (-6L)) >= (-1L)))))) != 0x7EF3B9F8L))), 1)), p_8.f0)), p_5)) && 1UL)))) && p_8.f0))), p_6))) , (*g_698))) ^ g_634[3]);
                    }
                }
                else
                { /* block id: 364 */
                    uint64_t l_800 = 0x106AD16645A72C3DLL;
                    int32_t l_802 = 0L;
                    int32_t l_806[3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_806[i] = 0x7A14C54DL;
                    for (l_753 = 0; (l_753 <= 0); l_753 += 1)
                    { /* block id: 367 */
                        int32_t ***l_777 = &g_442;
                        (*l_777) = &g_443;
                        if (p_8.f2)
                            continue;
                    }
                    for (g_137 = 0; (g_137 <= 0); g_137 += 1)
                    { /* block id: 373 */
                        uint16_t *l_794 = &g_83;
                        int32_t l_799 = 0xD9F94F40L;
                        l_801 |= (safe_sub_func_int8_t_s_s((-1L), (safe_add_func_uint32_t_u_u(((((((*g_323) != (void*)0) , (((g_782 = g_782) == (((*g_47) = (safe_add_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s((((((safe_mul_func_uint8_t_u_u(((safe_add_func_int8_t_s_s(((((((*l_794) ^= g_112) , (safe_lshift_func_uint16_t_u_s(g_704.f2, 6))) < (safe_add_func_uint16_t_u_u(1UL, p_8.f2))) , (l_799 &= (((0x335425C1C305DDC6LL > 0xAE8556C3A1417B65LL) , l_714[7]) <= 0xD8L))) < (*l_720)), (***g_696))) || 1L), p_6)) , l_800) & 0xFA5158FFL) , 0L) && (-1L)), (*g_47))), (*l_749))), (**g_697)))) , &l_671)) ^ (**g_697))) & (**g_323)) , g_147[1][2]) & p_8.f0), 0x9EFCD6B4L))));
                        (*l_720) = g_114[(p_8.f2 + 3)];
                    }
                    for (g_83 = 0; (g_83 <= 0); g_83 += 1)
                    { /* block id: 383 */
                        int32_t *l_803[10][3] = {{&g_261,(void*)0,&g_261},{&l_714[7],&l_714[8],&l_714[7]},{&g_261,(void*)0,&g_261},{&l_714[7],&l_714[8],&l_714[7]},{&g_261,(void*)0,&g_261},{&l_714[7],&l_714[8],&l_714[7]},{&g_261,(void*)0,&g_261},{&l_714[7],&l_714[8],&l_714[7]},{&g_261,(void*)0,&g_261},{&l_714[7],&l_714[8],&l_714[7]}};
                        int i, j;
                        l_816++;
                    }
                }
                (*l_819) = &g_783[0][1];
            }
        }
        if (p_5)
            continue;
        l_714[8] |= l_694;
        for (l_694 = 0; (l_694 >= 0); l_694 -= 1)
        { /* block id: 394 */
            int64_t l_820[7][5][3] = {{{0x8945E321BE758FD4LL,0x69676271C1FAC29ALL,(-10L)},{0x69676271C1FAC29ALL,0x69676271C1FAC29ALL,6L},{(-8L),(-1L),(-1L)},{0x80AB8B10E2DE87EALL,(-1L),(-6L)},{(-10L),0x6E9AC450C9D5299ALL,(-4L)}},{{(-1L),(-9L),(-8L)},{(-10L),(-1L),0x6E9AC450C9D5299ALL},{(-1L),(-10L),(-4L)},{0x4DC1C240D6B0767DLL,1L,1L},{0x4DC1C240D6B0767DLL,(-4L),(-10L)}},{{(-1L),0x6E9AC450C9D5299ALL,(-1L)},{(-10L),(-8L),(-9L)},{0x8945E321BE758FD4LL,1L,6L},{1L,(-8L),0x80AB8B10E2DE87EALL},{(-9L),0x6E9AC450C9D5299ALL,0x8945E321BE758FD4LL}},{{0x69676271C1FAC29ALL,(-4L),0x08D20B66B8345594LL},{0x08D20B66B8345594LL,1L,0x08D20B66B8345594LL},{0x34CC87385EE1BFB0LL,(-10L),0x8945E321BE758FD4LL},{(-1L),(-1L),0x80AB8B10E2DE87EALL},{(-2L),(-9L),6L}},{{(-1L),6L,(-9L)},{(-2L),0x80AB8B10E2DE87EALL,(-1L)},{(-1L),0x8945E321BE758FD4LL,(-10L)},{0x34CC87385EE1BFB0LL,0x08D20B66B8345594LL,1L},{0x08D20B66B8345594LL,0x08D20B66B8345594LL,(-4L)}},{{0x69676271C1FAC29ALL,0x8945E321BE758FD4LL,0x6E9AC450C9D5299ALL},{(-9L),0x80AB8B10E2DE87EALL,(-8L)},{1L,6L,1L},{0x8945E321BE758FD4LL,(-9L),(-8L)},{(-10L),(-1L),0x6E9AC450C9D5299ALL}},{{(-1L),(-10L),(-4L)},{0x4DC1C240D6B0767DLL,1L,1L},{0x4DC1C240D6B0767DLL,(-4L),(-10L)},{(-1L),0x6E9AC450C9D5299ALL,(-1L)},{(-10L),(-8L),(-9L)}}};
            int i, j, k;
            (*l_749) = (l_820[4][3][0] ^ ((l_821 , ((safe_mod_func_uint64_t_u_u((((l_824 , (p_7 | g_116)) | p_5) & (p_7 == ((void*)0 == l_825))), (*l_749))) , 0x004FL)) , l_714[8]));
            if ((*l_749))
                break;
            (*l_749) |= p_8.f2;
            for (g_112 = 0; (g_112 >= 0); g_112 -= 1)
            { /* block id: 400 */
                int32_t l_826 = 1L;
                l_826 ^= 0x5AD8D094L;
            }
        }
    }
    l_833 |= ((l_827 = (g_99 = ((*l_670) = (**g_697)))) | ((*l_831) = (!(safe_add_func_int64_t_s_s(((void*)0 == l_689[2]), (*l_749))))));
    return (*l_749);
}


/* ------------------------------------------ */
/* 
 * reads : g_355 g_262 g_48 g_283.f0 g_73 g_116 g_139 g_549 g_114 g_585 g_442 g_443 g_324 g_2 g_261 g_237 g_531 g_550 g_54.f0 g_629
 * writes: g_355 g_114 g_73 g_116 g_550 g_137 g_261 g_237 g_531 g_54.f0 g_629
 */
static uint8_t  func_28(int32_t  p_29, int16_t * p_30, const int16_t * p_31, int16_t * p_32, uint8_t  p_33)
{ /* block id: 208 */
    uint16_t l_566 = 0x22E9L;
    int32_t l_568[5];
    int64_t l_569 = (-8L);
    int32_t ***l_589 = (void*)0;
    int32_t *l_596 = &l_568[2];
    uint32_t l_604 = 4294967295UL;
    uint64_t l_611 = 0x62860BD482ACB093LL;
    uint64_t l_614 = 0xE67036187F7343FELL;
    int32_t l_626 = 0xCE610A13L;
    int16_t l_628 = 0xD0ECL;
    int i;
    for (i = 0; i < 5; i++)
        l_568[i] = (-6L);
    for (g_355 = 11; (g_355 < 44); g_355++)
    { /* block id: 211 */
        int8_t l_559 = 0x8DL;
        int64_t *l_570 = &g_114[6];
        int32_t l_575 = (-1L);
        int32_t l_576[6][8][5] = {{{0xE2BD67CFL,(-1L),0xD5E427B3L,(-10L),1L},{0x2F655AA6L,(-1L),0xB6D32AF7L,0x26121408L,1L},{0L,(-1L),(-1L),0L,0x262265C8L},{0L,0x3F96DB3FL,(-7L),0xD5E427B3L,0xF9130A04L},{3L,3L,0xB6D32AF7L,0x2F655AA6L,(-7L)},{0x487C4B88L,(-4L),4L,3L,(-4L)},{0x5FE27092L,3L,0xBB9B7761L,0xE271232DL,(-4L)},{(-6L),1L,0xE2BD67CFL,0x26121408L,(-7L)}},{{3L,0x26121408L,4L,0xF9130A04L,0xF9130A04L},{3L,1L,3L,0x79BB2DEDL,0x262265C8L},{1L,0xBB9B7761L,(-6L),3L,1L},{0x487C4B88L,0x26121408L,0x9022E735L,0x3F96DB3FL,1L},{0xD5E427B3L,0L,(-6L),1L,3L},{(-4L),0x0E1191E4L,3L,0L,0xE2BD67CFL},{0L,(-4L),4L,0x3F96DB3FL,0x7B29844BL},{(-6L),(-6L),0xE2BD67CFL,0x0E1191E4L,0x3F96DB3FL}},{{0x3F96DB3FL,0xE2BD67CFL,0xBB9B7761L,0x2FC1B85DL,0xD5E427B3L},{0x3F96DB3FL,(-1L),4L,0xF9130A04L,1L},{(-6L),0x487C4B88L,0xB6D32AF7L,0xEEEB8CCFL,0L},{0L,(-7L),(-7L),0L,(-3L)},{(-4L),0x3F96DB3FL,0x7B29844BL,3L,0xD5E427B3L},{9L,(-3L),0x9022E735L,4L,0xB6D32AF7L},{1L,(-1L),9L,3L,(-1L)},{0x79BB2DEDL,0xE271232DL,0x26121408L,0x5FE27092L,(-7L)}},{{(-1L),0xE2BD67CFL,1L,0L,0xB6D32AF7L},{0xE271232DL,0L,8L,0xD5E427B3L,4L},{(-3L),0xEEEB8CCFL,0x262265C8L,0L,0xBB9B7761L},{4L,0xEEEB8CCFL,4L,1L,0xE2BD67CFL},{1L,0L,4L,(-6L),4L},{3L,0xE2BD67CFL,3L,0xE2BD67CFL,3L},{(-1L),0xE271232DL,(-1L),(-1L),(-6L)},{0x5FE27092L,(-1L),8L,(-6L),0x9022E735L}},{{0x0E1191E4L,(-3L),0x2F655AA6L,0xE271232DL,(-6L)},{1L,(-6L),0L,8L,3L},{(-6L),0x314923ABL,9L,0xD5E427B3L,4L},{0x0E1191E4L,1L,0xF9130A04L,(-1L),0xE2BD67CFL},{0x59E2E454L,0xB6D32AF7L,0x314923ABL,0x59E2E454L,0xBB9B7761L},{(-7L),1L,0x314923ABL,3L,4L},{3L,(-3L),0xF9130A04L,0x0E1191E4L,0xB6D32AF7L},{5L,(-7L),9L,9L,(-7L)}},{{0x79BB2DEDL,1L,0L,0x5FE27092L,(-1L)},{(-3L),0xE2BD67CFL,0x2F655AA6L,(-1L),0xB6D32AF7L},{1L,(-1L),8L,4L,0xD5E427B3L},{(-3L),0L,(-1L),0L,0xDE97BBA1L},{0x79BB2DEDL,0xEEEB8CCFL,3L,0xE271232DL,0xE2BD67CFL},{5L,(-1L),4L,1L,0x79BB2DEDL},{3L,(-1L),4L,0xE2BD67CFL,9L},{(-7L),0xE271232DL,0x262265C8L,0xE2BD67CFL,(-6L)}}};
        uint32_t l_577 = 0x56A53778L;
        int32_t * const l_586 = &g_82[3][0][0];
        int i, j, k;
        if (((safe_rshift_func_uint16_t_u_s((((g_262[2][1] < ((+(((*p_30) | l_559) ^ g_283.f0)) & p_33)) == (safe_lshift_func_int8_t_s_s(4L, 3))) ^ l_559), 3)) >= (((safe_div_func_uint64_t_u_u((l_566 = p_33), (safe_unary_minus_func_int64_t_s(((*l_570) = (l_568[2] || l_569)))))) ^ l_559) != 0L)))
        { /* block id: 214 */
            int8_t l_571 = 0xD4L;
            int32_t *l_572 = &g_73;
            (*l_572) &= l_571;
        }
        else
        { /* block id: 216 */
            int32_t *l_573 = &g_261;
            int32_t *l_574[2][6] = {{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73}};
            uint16_t *l_580 = &g_83;
            int8_t *l_594 = &l_559;
            uint64_t *l_595 = &g_137;
            int i, j;
            ++l_577;
            for (g_73 = 6; (g_73 >= 0); g_73 -= 1)
            { /* block id: 220 */
                for (g_116 = 1; (g_116 <= 6); g_116 += 1)
                { /* block id: 223 */
                    int i;
                    if (g_139[g_116])
                        break;
                    for (l_569 = 4; (l_569 >= 0); l_569 -= 1)
                    { /* block id: 227 */
                        uint16_t **l_581 = &l_580;
                        int i;
                        (*g_549) = &p_29;
                        l_568[l_569] = (p_30 != ((*l_581) = l_580));
                        return g_114[(l_569 + 4)];
                    }
                }
            }
            (*l_573) = (safe_unary_minus_func_int16_t_s((safe_rshift_func_int8_t_s_s(((((((g_585 , l_586) == (*g_442)) >= ((0x9AF33432L <= (safe_sub_func_int16_t_s_s((((void*)0 == l_589) , (((*l_595) = (safe_add_func_int64_t_s_s(((safe_lshift_func_int8_t_s_s(((*l_594) = p_33), 7)) && g_48), (*g_324)))) || 0x48C879100C95C720LL)), 1L))) > (*l_573))) > 0x2484L) != 1UL) > p_33), 7))));
            (*g_549) = (l_596 = &p_29);
        }
        return p_33;
    }
    for (g_237 = (-4); (g_237 == (-30)); --g_237)
    { /* block id: 245 */
        int32_t *l_599 = &l_568[2];
        int32_t l_600 = 0x7E2A96E0L;
        int32_t l_601[7][8] = {{0xE08EC087L,0x3EE66E67L,0xB98E4DBCL,0xB98E4DBCL,0x3EE66E67L,0xE08EC087L,0xB98E4DBCL,0xA9A56D5EL},{0x3EE66E67L,0xE08EC087L,0xB98E4DBCL,0xA9A56D5EL,0xE08EC087L,0xE08EC087L,0xA9A56D5EL,0xB98E4DBCL},{0x3EE66E67L,0x3EE66E67L,0x2878F1A4L,0xA9A56D5EL,0x3EE66E67L,0x5C84E6AEL,0xA9A56D5EL,0xA9A56D5EL},{0xE08EC087L,0x3EE66E67L,0xB98E4DBCL,0xB98E4DBCL,0x3EE66E67L,0xE08EC087L,0xB98E4DBCL,0xA9A56D5EL},{0x3EE66E67L,0xE08EC087L,0xB98E4DBCL,0xA9A56D5EL,0xE08EC087L,0xE08EC087L,0xA9A56D5EL,0xB98E4DBCL},{0xE08EC087L,0xE08EC087L,0xA9A56D5EL,0xB98E4DBCL,0xE08EC087L,0x3EE66E67L,0xB98E4DBCL,0xB98E4DBCL},{0x5C84E6AEL,0xE08EC087L,0x2878F1A4L,0x2878F1A4L,0xE08EC087L,0x5C84E6AEL,0x2878F1A4L,0xB98E4DBCL}};
        int32_t *l_602[9][7] = {{&l_568[3],&l_601[2][5],&l_568[3],&l_601[3][5],&l_601[3][5],&l_568[3],&l_601[2][5]},{&l_568[2],&l_568[0],&g_73,&l_600,&l_568[2],&l_600,&l_568[2]},{&l_568[3],&l_601[3][5],&l_601[3][5],&l_568[3],&l_601[2][5],&l_568[3],&l_601[3][5]},{(void*)0,&l_601[2][5],&l_568[2],&l_600,&l_568[2],&l_601[2][5],(void*)0},{&l_600,&l_601[3][5],&g_261,&l_601[3][5],&l_600,&l_600,&l_601[3][5]},{&l_601[2][5],&l_568[0],&l_601[2][5],&l_600,&l_568[2],&g_237,&l_568[2]},{&l_601[3][5],&l_601[2][5],&g_261,&g_261,&l_601[2][5],&l_601[3][5],&l_601[2][5]},{&l_601[2][5],&l_600,&l_568[2],&g_237,&l_568[2],&g_237,&l_568[2]},{&l_600,&l_600,&l_601[3][5],&g_261,&l_601[3][5],&l_600,&l_600}};
        int16_t l_603 = (-8L);
        int i, j;
        l_604++;
        for (g_531 = 0; (g_531 <= 37); g_531 = safe_add_func_int64_t_s_s(g_531, 9))
        { /* block id: 249 */
            (*g_549) = (*g_549);
            for (g_54.f0 = 0; (g_54.f0 < 42); g_54.f0++)
            { /* block id: 253 */
                if (p_29)
                    break;
            }
            l_611--;
        }
        l_614++;
    }
    for (g_531 = 0; (g_531 > 31); g_531 = safe_add_func_uint64_t_u_u(g_531, 1))
    { /* block id: 262 */
        int32_t *l_619 = &g_261;
        int32_t *l_620 = &l_568[3];
        int32_t *l_621 = (void*)0;
        int32_t *l_622 = &g_261;
        int32_t *l_623 = &g_73;
        int32_t *l_624[8] = {&l_568[2],&l_568[2],&l_568[2],&l_568[2],&l_568[2],&l_568[2],&l_568[2],&l_568[2]};
        int8_t l_625 = (-9L);
        int32_t l_627 = 0L;
        int i;
        (*g_549) = &p_29;
        g_629--;
    }
    return p_33;
}


/* ------------------------------------------ */
/* 
 * reads : g_73 g_165 g_114 g_99 g_54.f2 g_151 g_139 g_47 g_48 g_112 g_83 g_237
 * writes: g_73 g_165 g_99 g_54.f2 g_83 g_48 g_237
 */
static int16_t * func_34(int16_t * p_35, int16_t  p_36, uint32_t  p_37, int16_t * p_38)
{ /* block id: 79 */
    int32_t *l_204 = &g_73;
    union U2 l_229 = {0x2C16FF76L};
    uint16_t l_299 = 0xB2C1L;
    int64_t *l_387 = &g_262[4][0];
    int32_t l_510 = 0x88D7D1D3L;
    int32_t l_517 = (-8L);
    int8_t *l_540 = &g_113;
    int8_t l_545 = (-9L);
    (*l_204) |= 0x1DAD36DDL;
    for (g_165 = (-29); (g_165 <= 35); g_165 = safe_add_func_int32_t_s_s(g_165, 8))
    { /* block id: 83 */
        int16_t l_222 = 0xC866L;
        int64_t * const l_232 = &g_114[7];
        uint64_t *l_281 = &g_139[5];
        uint16_t *l_358 = &l_299;
        int32_t l_415 = 0x1EE7531BL;
        int32_t l_419 = 0x0CF04CC9L;
        int32_t l_420 = 0xE2BA9A0CL;
        int32_t l_421[1][4][9] = {{{0x2A6E63B8L,4L,0xC223A634L,0L,0L,0xC223A634L,4L,0x2A6E63B8L,0xC223A634L},{0x2A6E63B8L,4L,0xC223A634L,0L,0L,0xC223A634L,4L,0x2A6E63B8L,0xC223A634L},{0x2A6E63B8L,4L,0xC223A634L,0L,0L,0xC223A634L,4L,0x2A6E63B8L,0xC223A634L},{0x2A6E63B8L,4L,0xC223A634L,0L,0L,0xC223A634L,4L,0x2A6E63B8L,0xC223A634L}}};
        const int32_t *l_446[7] = {(void*)0,(void*)0,&l_421[0][2][2],(void*)0,(void*)0,&l_421[0][2][2],(void*)0};
        int64_t l_467[9] = {0x0C4B26462FCA541BLL,0x0C4B26462FCA541BLL,0x0C4B26462FCA541BLL,0x0C4B26462FCA541BLL,0x0C4B26462FCA541BLL,0x0C4B26462FCA541BLL,0x0C4B26462FCA541BLL,0x0C4B26462FCA541BLL,0x0C4B26462FCA541BLL};
        uint64_t l_544 = 18446744073709551611UL;
        int i, j, k;
        for (p_36 = 0; (p_36 == 20); ++p_36)
        { /* block id: 86 */
            uint64_t l_214 = 1UL;
            int32_t l_264 = 0x12C228CFL;
            uint64_t l_266[7];
            int64_t *l_341 = &g_114[0];
            int32_t l_418 = 0x69059E2FL;
            union U1 *l_441 = (void*)0;
            int32_t **l_551 = &l_204;
            int i;
            for (i = 0; i < 7; i++)
                l_266[i] = 0xA78F789EDA7472D9LL;
            g_73 = (+g_114[0]);
            for (g_99 = 0; (g_99 == (-21)); g_99 = safe_sub_func_int8_t_s_s(g_99, 1))
            { /* block id: 90 */
                int16_t l_233 = 0L;
                int32_t *l_236 = &g_237;
                for (p_37 = 1; (p_37 <= 6); p_37 += 1)
                { /* block id: 93 */
                    int64_t *l_217 = (void*)0;
                    int32_t l_218 = 0L;
                    uint16_t *l_221 = &g_83;
                    int i;
                    for (g_54.f2 = 0; (g_54.f2 <= 6); g_54.f2 += 1)
                    { /* block id: 96 */
                        int32_t *l_212 = &g_73;
                        int32_t *l_213 = &g_73;
                        --l_214;
                    }
                    (*l_204) ^= ((l_218 = g_151[p_37]) ^ (l_222 ^= (safe_add_func_uint16_t_u_u(((*l_221) = (g_139[p_37] >= 249UL)), (*g_47)))));
                }
                (*l_236) &= (((safe_mod_func_uint16_t_u_u(((safe_mod_func_uint16_t_u_u((g_112 , (p_36 > (safe_lshift_func_int16_t_s_u(((*g_47) &= (l_229 , (l_214 && (l_232 == (void*)0)))), 3)))), (g_83--))) && (*l_204)), g_139[5])) || ((void*)0 == p_35)) , l_214);
            }
            for (g_237 = 0; (g_237 != (-13)); g_237--)
            { /* block id: 110 */
                const union U3 l_257 = {0x8B11CE97L};
                const uint64_t * const l_259 = &g_147[0][3];
                int32_t *l_260 = &g_261;
                uint64_t *l_263[9] = {&g_137,(void*)0,(void*)0,&g_137,(void*)0,(void*)0,&g_137,(void*)0,(void*)0};
                int8_t *l_265 = &g_99;
                int16_t l_330 = 0x3A00L;
                uint16_t *l_352[3];
                int8_t *l_395 = &g_113;
                int32_t l_422[4][5] = {{0L,(-6L),0L,0L,(-1L)},{0L,0L,7L,0L,0L},{0L,1L,(-6L),(-1L),1L},{0L,(-6L),(-6L),0L,(-1L)}};
                uint32_t *l_436 = &g_254.f0;
                const int32_t *l_450 = (void*)0;
                union U2 l_534 = {4294967295UL};
                int i, j;
                for (i = 0; i < 3; i++)
                    l_352[i] = &l_299;
            }
        }
    }
    return &g_48;
}


/* ------------------------------------------ */
/* 
 * reads : g_114 g_82 g_147 g_112 g_73 g_54.f0 g_165 g_47 g_48 g_116 g_137 g_202
 * writes: g_137 g_139 g_147 g_83 g_151 g_73 g_165 g_114 g_48 g_202
 */
static int16_t * func_39(uint64_t  p_40, int16_t * p_41, int32_t  p_42, uint64_t  p_43, uint32_t  p_44)
{ /* block id: 44 */
    uint32_t l_152[8] = {0xA81E9DA6L,0xA81E9DA6L,0xA81E9DA6L,0xA81E9DA6L,0xA81E9DA6L,0xA81E9DA6L,0xA81E9DA6L,0xA81E9DA6L};
    int32_t l_182 = 0x70E4C8E5L;
    const int16_t l_201 = 0x1E00L;
    int32_t *l_203 = &g_73;
    int i;
    for (p_42 = 0; (p_42 == (-25)); --p_42)
    { /* block id: 47 */
        uint64_t *l_136 = &g_137;
        uint64_t *l_138 = &g_139[5];
        uint64_t *l_146 = &g_147[0][3];
        uint16_t *l_150 = &g_83;
        int32_t *l_153 = &g_73;
        uint8_t *l_164 = &g_165;
        union U2 l_178[5][7] = {{{1UL},{0x7AC8CE51L},{1UL},{0x7AC8CE51L},{1UL},{0x950DC5A6L},{0x950DC5A6L}},{{0x4D056A74L},{4294967290UL},{0UL},{4294967290UL},{0x4D056A74L},{0xE965D02EL},{0xE965D02EL}},{{1UL},{0x124A524AL},{0x4B1219C1L},{0x124A524AL},{0x950DC5A6L},{1UL},{1UL}},{{0xE965D02EL},{6UL},{0x1FA290E4L},{6UL},{0xE965D02EL},{0UL},{0UL}},{{0x950DC5A6L},{0x124A524AL},{0x4B1219C1L},{0x124A524AL},{0x950DC5A6L},{1UL},{1UL}}};
        int32_t l_184 = 0xEA98C39EL;
        int i, j;
        (*l_153) |= ((safe_sub_func_uint16_t_u_u((0UL >= ((*l_138) = (((*l_136) = g_114[6]) & 0xA347877144E5585DLL))), (safe_mod_func_uint16_t_u_u((safe_sub_func_uint8_t_u_u((g_82[8][0][0] && (((0x23L ^ (safe_lshift_func_int8_t_s_u((((1L | (g_151[3] = ((*l_150) = ((18446744073709551606UL ^ (++(*l_146))) >= 0x7EL)))) , &g_47) == &p_41), l_152[3]))) >= p_44) | 0x24128E3505F3852FLL)), g_112)), 65535UL)))) >= 0x13B7DAF6L);
        if ((((safe_mod_func_uint8_t_u_u((safe_add_func_uint64_t_u_u((~(safe_rshift_func_uint8_t_u_s(p_43, (~((((safe_rshift_func_uint8_t_u_u(((*l_164) &= g_54.f0), (((safe_mul_func_int8_t_s_s(0xC0L, ((safe_div_func_int8_t_s_s(1L, (-2L))) >= l_152[3]))) && (safe_lshift_func_uint16_t_u_s((0xCB40L | ((*l_153) <= (safe_rshift_func_uint8_t_u_s(0UL, p_40)))), (*g_47)))) < 0x7CL))) && l_152[7]) > 0x4E788166B7E9E4A8LL) > g_147[0][4]))))), g_54.f0)), g_147[0][0])) >= p_42) < l_152[3]))
        { /* block id: 55 */
            int64_t *l_183 = &g_114[3];
            int32_t l_185 = (-7L);
            g_73 = (safe_div_func_int16_t_s_s((p_43 || (l_185 = (safe_rshift_func_uint16_t_u_s(p_44, (((*g_47) = ((l_178[1][0] , (((((safe_mod_func_int16_t_s_s((*l_153), 0x78FCL)) & (g_147[1][3] , 0L)) , (((*l_183) |= (l_182 = (+(p_41 != (void*)0)))) || g_116)) , 0x483209A7L) == l_152[3])) ^ l_184)) && p_42))))), p_43));
            for (g_137 = (-30); (g_137 >= 14); g_137 = safe_add_func_int64_t_s_s(g_137, 3))
            { /* block id: 63 */
                if (p_42)
                    break;
            }
        }
        else
        { /* block id: 66 */
            g_202 &= ((safe_add_func_uint64_t_u_u(((*l_146) = (p_41 == (void*)0)), (!(safe_mul_func_uint16_t_u_u(p_44, ((((&g_2 == &g_137) ^ ((safe_lshift_func_uint16_t_u_s(p_44, (p_44 == (safe_div_func_int32_t_s_s(0L, ((*l_153) = (((safe_lshift_func_uint8_t_u_u((safe_add_func_int32_t_s_s((p_44 < l_201), l_182)), 7)) ^ l_201) , 0xC1C91648L))))))) ^ p_42)) && l_152[3]) , (*g_47))))))) > 1L);
        }
        for (l_184 = 1; (l_184 >= 0); l_184 -= 1)
        { /* block id: 73 */
            return l_150;
        }
    }
    l_203 = &g_73;
    return p_41;
}


/* ------------------------------------------ */
/* 
 * reads : g_48 g_54.f2 g_54.f0 g_2 g_83 g_99 g_116 g_102 g_73
 * writes: g_54.f2 g_73 g_83 g_99 g_102 g_116
 */
static union U0  func_49(union U3  p_50, const uint8_t  p_51, int16_t * p_52, int16_t * p_53)
{ /* block id: 3 */
    int16_t *l_66 = &g_48;
    union U2 l_67[1][7][9] = {{{{4294967295UL},{1UL},{4294967295UL},{4294967295UL},{4294967293UL},{4294967293UL},{4294967295UL},{4294967295UL},{1UL}},{{4294967295UL},{1UL},{4294967295UL},{4294967295UL},{4294967293UL},{4294967293UL},{4294967295UL},{4294967295UL},{1UL}},{{4294967295UL},{1UL},{4294967295UL},{4294967295UL},{4294967293UL},{4294967293UL},{4294967295UL},{4294967295UL},{1UL}},{{4294967295UL},{1UL},{4294967295UL},{4294967295UL},{4294967293UL},{4294967293UL},{4294967295UL},{4294967295UL},{1UL}},{{4294967295UL},{1UL},{4294967295UL},{4294967295UL},{4294967293UL},{4294967293UL},{4294967295UL},{4294967295UL},{1UL}},{{4294967295UL},{1UL},{4294967295UL},{4294967295UL},{4294967293UL},{4294967293UL},{4294967295UL},{4294967295UL},{1UL}},{{4294967295UL},{1UL},{4294967295UL},{4294967295UL},{4294967293UL},{4294967293UL},{4294967295UL},{4294967295UL},{1UL}}}};
    union U2 l_69 = {0x4DBDF902L};
    int32_t *l_130 = &g_73;
    union U0 l_131 = {0xD43CED543F0C8908LL};
    int i, j, k;
    (*l_130) = (safe_rshift_func_int8_t_s_s((func_57((func_62(l_66, l_67[0][0][7], p_50.f2) , &g_48), func_62(&g_48, l_69, g_48), l_66, l_66) , p_50.f0), 2));
    return l_131;
}


/* ------------------------------------------ */
/* 
 * reads : g_54.f2 g_54.f0 g_2 g_83 g_48 g_99 g_116 g_102 g_73
 * writes: g_54.f2 g_73 g_83 g_99 g_102 g_116
 */
static union U1  func_57(int16_t * p_58, union U3  p_59, int16_t * p_60, int16_t * p_61)
{ /* block id: 6 */
    uint8_t l_70[8][6] = {{0x66L,0x66L,0x66L,0x66L,0x66L,0x66L},{0x66L,0x66L,0x66L,0x66L,0x66L,0x66L},{0x66L,0x66L,0x66L,0x66L,0x66L,0x66L},{0x66L,0x66L,0x66L,0x66L,0x66L,0x66L},{0x66L,0x66L,0x66L,0x66L,0x66L,0x66L},{0x66L,0x66L,0x66L,0x66L,0x66L,0x66L},{0x66L,0x66L,0x66L,0x66L,0x66L,0x66L},{0x66L,0x66L,0x66L,0x66L,0x66L,0x66L}};
    int32_t l_74 = 0xFD4076B8L;
    union U1 l_129 = {0x6348A9CFL};
    int i, j;
    for (g_54.f2 = 0; (g_54.f2 <= 5); g_54.f2 += 1)
    { /* block id: 9 */
        int32_t *l_71 = (void*)0;
        int32_t *l_72[8][3] = {{&g_73,(void*)0,(void*)0},{&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0},{&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0},{&g_73,(void*)0,&g_73},{&g_73,(void*)0,(void*)0},{&g_73,(void*)0,&g_73}};
        int i, j;
        l_74 = (g_54.f0 , (g_73 = g_2));
        for (p_59.f0 = 0; (p_59.f0 <= 5); p_59.f0 += 1)
        { /* block id: 14 */
            int32_t l_78[1];
            int16_t *l_93[1][2][5];
            int32_t *l_97 = &g_73;
            int32_t l_104 = 0xE20FE2C0L;
            int32_t l_115[1];
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_78[i] = 5L;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 2; j++)
                {
                    for (k = 0; k < 5; k++)
                        l_93[i][j][k] = &g_48;
                }
            }
            for (i = 0; i < 1; i++)
                l_115[i] = 9L;
            if (((!((void*)0 == &g_48)) <= (safe_rshift_func_int16_t_s_u(0x919EL, 4))))
            { /* block id: 15 */
                int32_t l_81 = 0x99C015C4L;
                int16_t **l_94 = (void*)0;
                int16_t **l_95 = (void*)0;
                int16_t **l_96 = &l_93[0][1][2];
                int8_t *l_98[2];
                int64_t *l_100 = (void*)0;
                int64_t *l_101[3][3][8] = {{{&g_102,(void*)0,&g_102,&g_102,&g_102,&g_102,&g_102,&g_102},{&g_102,&g_102,&g_102,&g_102,&g_102,&g_102,&g_102,&g_102},{&g_102,(void*)0,&g_102,&g_102,(void*)0,&g_102,&g_102,&g_102}},{{&g_102,(void*)0,&g_102,(void*)0,&g_102,(void*)0,&g_102,(void*)0},{&g_102,&g_102,&g_102,(void*)0,&g_102,&g_102,&g_102,&g_102},{&g_102,&g_102,&g_102,&g_102,(void*)0,&g_102,&g_102,&g_102}},{{&g_102,&g_102,&g_102,&g_102,&g_102,&g_102,&g_102,(void*)0},{&g_102,&g_102,&g_102,(void*)0,&g_102,&g_102,(void*)0,&g_102},{&g_102,&g_102,&g_102,(void*)0,&g_102,&g_102,&g_102,&g_102}}};
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_98[i] = &g_99;
                l_78[0] = l_70[(p_59.f0 + 1)][g_54.f2];
                if (((((g_2 <= 0xC8L) && ((safe_mod_func_int64_t_s_s((g_102 = (((g_83++) || (((safe_unary_minus_func_uint64_t_u((safe_add_func_uint32_t_u_u(p_59.f2, g_48)))) != ((*l_97) = (safe_lshift_func_int8_t_s_s((g_99 ^= (0x8DB22284F583EF4CLL && ((safe_div_func_uint16_t_u_u((l_74 , ((((p_60 = ((*l_96) = l_93[0][1][2])) != &g_48) , l_97) != &l_81)), 1L)) == 0xA37C3AC0L))), 6)))) | l_81)) != 0UL)), 0x26B21CEB8AB48F0BLL)) & 0x17L)) >= p_59.f0) , 0xC86B8A71L))
                { /* block id: 23 */
                    int64_t l_103 = 0xF3D1A1A39BFC11C9LL;
                    uint32_t l_105[8] = {0x275CA956L,0x275CA956L,0x275CA956L,0x275CA956L,0x275CA956L,0x275CA956L,0x275CA956L,0x275CA956L};
                    union U0 l_108 = {-7L};
                    int32_t *l_110 = &l_104;
                    int i;
                    if (p_59.f2)
                        break;
                    ++l_105[0];
                    if (g_83)
                    { /* block id: 26 */
                        union U0 l_109 = {-1L};
                        int32_t **l_111 = &l_97;
                        (*l_111) = ((l_108 , (l_109 , p_59.f2)) , ((*p_60) , l_110));
                        g_116++;
                    }
                    else
                    { /* block id: 29 */
                        (*l_110) = (-1L);
                        if (g_102)
                            break;
                    }
                }
                else
                { /* block id: 33 */
                    int32_t **l_119 = (void*)0;
                    int32_t **l_120 = &l_72[6][1];
                    (*l_120) = &l_115[0];
                }
            }
            else
            { /* block id: 36 */
                (*l_97) &= (safe_rshift_func_uint16_t_u_u((safe_sub_func_int16_t_s_s(0xB5DFL, 1L)), (safe_sub_func_uint16_t_u_u(p_59.f2, (safe_mod_func_uint16_t_u_u(g_54.f0, l_74))))));
            }
        }
    }
    return l_129;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static union U3  func_62(int16_t * p_63, union U2  p_64, uint8_t  p_65)
{ /* block id: 4 */
    union U3 l_68 = {0x2BC92CEBL};
    return l_68;
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
    transparent_crc(g_17, "g_17", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_48, "g_48", print_hash_value);
    transparent_crc(g_54.f0, "g_54.f0", print_hash_value);
    transparent_crc(g_54.f2, "g_54.f2", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_82[i][j][k], "g_82[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_102, "g_102", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_114[i], "g_114[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_116, "g_116", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_139[i], "g_139[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_147[i][j], "g_147[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_151[i], "g_151[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_202, "g_202", print_hash_value);
    transparent_crc(g_237, "g_237", print_hash_value);
    transparent_crc(g_254.f0, "g_254.f0", print_hash_value);
    transparent_crc(g_261, "g_261", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_262[i][j], "g_262[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_283.f0, "g_283.f0", print_hash_value);
    transparent_crc(g_300, "g_300", print_hash_value);
    transparent_crc(g_355, "g_355", print_hash_value);
    transparent_crc(g_529, "g_529", print_hash_value);
    transparent_crc(g_530, "g_530", print_hash_value);
    transparent_crc(g_531, "g_531", print_hash_value);
    transparent_crc(g_546, "g_546", print_hash_value);
    transparent_crc(g_585.f0, "g_585.f0", print_hash_value);
    transparent_crc(g_585.f2, "g_585.f2", print_hash_value);
    transparent_crc(g_629, "g_629", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_634[i], "g_634[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_704.f0, "g_704.f0", print_hash_value);
    transparent_crc(g_704.f1, "g_704.f1", print_hash_value);
    transparent_crc(g_704.f2, "g_704.f2", print_hash_value);
    transparent_crc(g_704.f3, "g_704.f3", print_hash_value);
    transparent_crc(g_835, "g_835", print_hash_value);
    transparent_crc(g_951, "g_951", print_hash_value);
    transparent_crc(g_1066, "g_1066", print_hash_value);
    transparent_crc(g_1131, "g_1131", print_hash_value);
    transparent_crc(g_1132, "g_1132", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 278
XXX total union variables: 29

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 13
breakdown:
   indirect level: 0, occurrence: 4
   indirect level: 1, occurrence: 5
   indirect level: 2, occurrence: 3
   indirect level: 3, occurrence: 1
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 17
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 5
XXX times a single bitfield on LHS: 2
XXX times a single bitfield on RHS: 6

XXX max expression depth: 34
breakdown:
   depth: 1, occurrence: 120
   depth: 2, occurrence: 40
   depth: 3, occurrence: 2
   depth: 4, occurrence: 3
   depth: 5, occurrence: 2
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 12, occurrence: 1
   depth: 14, occurrence: 1
   depth: 15, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 19, occurrence: 2
   depth: 20, occurrence: 2
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 27, occurrence: 1
   depth: 29, occurrence: 1
   depth: 34, occurrence: 1

XXX total number of pointers: 227

XXX times a variable address is taken: 681
XXX times a pointer is dereferenced on RHS: 130
breakdown:
   depth: 1, occurrence: 108
   depth: 2, occurrence: 17
   depth: 3, occurrence: 5
XXX times a pointer is dereferenced on LHS: 147
breakdown:
   depth: 1, occurrence: 140
   depth: 2, occurrence: 6
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 24
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 6
XXX times a pointer is qualified to be dereferenced: 3484

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 584
   level: 2, occurrence: 105
   level: 3, occurrence: 19
XXX number of pointers point to pointers: 61
XXX number of pointers point to scalars: 156
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 29.5
XXX average alias set size: 1.4

XXX times a non-volatile is read: 863
XXX times a non-volatile is write: 460
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 3

XXX stmts: 128
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 19
   depth: 1, occurrence: 17
   depth: 2, occurrence: 24
   depth: 3, occurrence: 25
   depth: 4, occurrence: 21
   depth: 5, occurrence: 22

XXX percentage a fresh-made variable is used: 18.7
XXX percentage an existing variable is used: 81.3
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

