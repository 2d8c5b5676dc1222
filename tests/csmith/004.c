/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 5 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      5
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int8_t  f0;
   uint8_t  f1;
};

struct S1 {
   int8_t  f0;
   const uint16_t  f1;
   const int8_t  f2;
   const uint16_t  f3;
   int8_t  f4;
   int64_t  f5;
   uint32_t  f6;
   uint16_t  f7;
   const int32_t  f8;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = 9L;
static int32_t g_4 = 0L;
static int32_t g_21 = 0x6095610AL;
static int8_t g_23 = 0xD5L;
static uint32_t g_24[2][10] = {{0x26AE69EDL,0x435C5265L,0x26AE69EDL,0x26AE69EDL,0x435C5265L,0x26AE69EDL,0x26AE69EDL,0x435C5265L,0x26AE69EDL,0x26AE69EDL},{0x435C5265L,0x435C5265L,0UL,0x435C5265L,0x435C5265L,0UL,0x435C5265L,0x435C5265L,0UL,0x435C5265L}};
static int32_t **g_63 = (void*)0;
static int32_t ** const *g_62 = &g_63;
static uint8_t g_73 = 6UL;
static int16_t g_79[4] = {1L,1L,1L,1L};
static struct S0 g_85 = {-1L,0xEAL};
static int32_t g_88[9][3] = {{(-1L),(-1L),(-1L)},{0x80536D0BL,0x80536D0BL,0x80536D0BL},{(-1L),(-1L),(-1L)},{0x80536D0BL,0x80536D0BL,0x80536D0BL},{(-1L),(-1L),(-1L)},{0x80536D0BL,0x80536D0BL,0x80536D0BL},{(-1L),(-1L),(-1L)},{0x80536D0BL,0x80536D0BL,0x80536D0BL},{(-1L),(-1L),(-1L)}};
static uint32_t g_124 = 4294967288UL;
static uint8_t g_126 = 8UL;
static int16_t g_128 = (-10L);
static int64_t g_130 = 0xB5D02C25FA6A51F0LL;
static int64_t g_132 = (-1L);
static struct S1 g_138 = {0xB9L,1UL,0x59L,7UL,1L,0xBFDDA3525E9BBC17LL,18446744073709551614UL,0UL,2L};
static struct S1 g_140 = {0x82L,65532UL,2L,0x27E6L,1L,0x123A2376BBF86D33LL,0UL,65535UL,5L};
static struct S1 *g_139 = &g_140;
static uint64_t g_178 = 3UL;
static int32_t *g_191 = &g_88[3][2];
static uint64_t g_253 = 18446744073709551606UL;
static struct S0 *g_258 = &g_85;
static int16_t *g_289 = &g_79[3];
static int16_t **g_302 = &g_289;
static int16_t ***g_301 = &g_302;
static struct S0 *g_308 = &g_85;
static uint32_t g_364 = 0x06555FDDL;
static int32_t *g_365[7][3] = {{&g_21,&g_21,&g_21},{(void*)0,(void*)0,(void*)0},{&g_21,&g_21,&g_21},{(void*)0,(void*)0,(void*)0},{&g_21,&g_21,&g_21},{(void*)0,(void*)0,(void*)0},{&g_21,&g_21,&g_21}};
static int8_t g_385 = (-8L);
static int32_t g_407 = 0x2588634AL;
static uint32_t g_413 = 0xBFAE2AE1L;
static uint32_t *g_417 = &g_124;
static uint32_t **g_416 = &g_417;
static struct S1 g_566 = {9L,65535UL,0xD5L,1UL,-9L,0x93FE468AAF53C760LL,18446744073709551615UL,0x23BBL,0x62357437L};
static int32_t *g_578 = (void*)0;
static uint16_t *g_616 = &g_138.f7;
static uint16_t **g_615 = &g_616;
static struct S0 **g_629[4][3] = {{&g_258,&g_308,&g_258},{&g_258,&g_308,&g_258},{&g_258,&g_308,&g_258},{&g_258,&g_308,&g_258}};
static const uint8_t g_658 = 0x80L;
static int32_t *****g_813 = (void*)0;
static int32_t g_832 = 5L;
static int8_t *g_851 = &g_140.f4;
static int8_t **g_850 = &g_851;
static int16_t g_856 = 0xC60AL;
static uint32_t g_912 = 18446744073709551609UL;
static struct S1 g_957 = {-3L,0xF3D2L,0x9EL,1UL,0xD5L,0x8FC808924B203C75LL,0UL,0x6558L,0xEDC0F274L};
static struct S1 g_959[10] = {{3L,0x150DL,-10L,0x3E31L,0x49L,5L,18446744073709551606UL,0x383AL,-7L},{3L,0x150DL,-10L,0x3E31L,0x49L,5L,18446744073709551606UL,0x383AL,-7L},{3L,0x150DL,-10L,0x3E31L,0x49L,5L,18446744073709551606UL,0x383AL,-7L},{3L,0x150DL,-10L,0x3E31L,0x49L,5L,18446744073709551606UL,0x383AL,-7L},{3L,0x150DL,-10L,0x3E31L,0x49L,5L,18446744073709551606UL,0x383AL,-7L},{3L,0x150DL,-10L,0x3E31L,0x49L,5L,18446744073709551606UL,0x383AL,-7L},{3L,0x150DL,-10L,0x3E31L,0x49L,5L,18446744073709551606UL,0x383AL,-7L},{3L,0x150DL,-10L,0x3E31L,0x49L,5L,18446744073709551606UL,0x383AL,-7L},{3L,0x150DL,-10L,0x3E31L,0x49L,5L,18446744073709551606UL,0x383AL,-7L},{3L,0x150DL,-10L,0x3E31L,0x49L,5L,18446744073709551606UL,0x383AL,-7L}};
static int32_t *g_964 = (void*)0;
static int32_t * const *g_982 = (void*)0;
static int32_t * const **g_981 = &g_982;
static int32_t * const ** const *g_980[1][5] = {{&g_981,&g_981,&g_981,&g_981,&g_981}};


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int32_t  func_13(int32_t ** p_14);
static int32_t ** func_27(int16_t  p_28, int32_t * p_29);
static int64_t  func_30(int32_t ** const  p_31, uint32_t  p_32, uint8_t  p_33);
static int32_t ** func_34(uint64_t  p_35, struct S0  p_36, int32_t ** p_37, int64_t  p_38, int32_t * p_39);
static const uint32_t  func_48(int32_t * p_49, int64_t  p_50, int32_t  p_51, int32_t ** const * p_52);
static uint32_t  func_60(int32_t ** const * p_61);
static uint16_t  func_68(int32_t * p_69, int64_t  p_70);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_24 g_21 g_62 g_73 g_23 g_79 g_85 g_63 g_88 g_124 g_126 g_4 g_128 g_130 g_140.f1 g_308 g_616 g_138.f7 g_417 g_615 g_289 g_658 g_413 g_140.f0 g_301 g_302 g_191 g_258 g_416 g_407 g_566.f5 g_140.f2 g_566.f0 g_566.f7 g_566.f6 g_850 g_832 g_566.f4 g_140.f3 g_856 g_813 g_851 g_140.f4 g_912 g_138.f8 g_178 g_132 g_980 g_964
 * writes: g_3 g_4 g_24 g_23 g_73 g_79 g_88 g_124 g_126 g_128 g_130 g_132 g_85 g_139 g_138.f4 g_629 g_138.f7 g_413 g_138.f0 g_407 g_302 g_566.f5 g_138.f6 g_21 g_832 g_178 g_856 g_566.f4 g_365 g_912 g_140.f5 g_957.f5 g_191 g_964 g_140.f4 g_980 g_253
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_2[1][8][1];
    int32_t l_11 = 0x32A17D0BL;
    int32_t *l_19 = &g_3;
    int32_t **l_18 = &l_19;
    int16_t ***l_926 = (void*)0;
    struct S0 l_933[1] = {{0x0DL,0xEEL}};
    int32_t l_934 = 0xAD0E50D0L;
    uint32_t ***l_949 = &g_416;
    uint32_t **** const l_948[10] = {&l_949,&l_949,&l_949,&l_949,&l_949,&l_949,&l_949,&l_949,&l_949,&l_949};
    struct S1 *l_955 = &g_138;
    int32_t *l_963 = &g_88[3][2];
    uint32_t l_966 = 0UL;
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 1; k++)
                l_2[i][j][k] = 4294967295UL;
        }
    }
    for (g_3 = 0; (g_3 <= 0); g_3 += 1)
    { /* block id: 3 */
        int64_t l_12 = 0x45BA13B288586FD5LL;
        int32_t *l_16 = &g_4;
        int32_t **l_15[3][8] = {{&l_16,(void*)0,(void*)0,&l_16,&l_16,&l_16,&l_16,(void*)0},{(void*)0,(void*)0,&l_16,&l_16,&l_16,&l_16,&l_16,&l_16},{(void*)0,&l_16,(void*)0,&l_16,&l_16,(void*)0,(void*)0,&l_16}};
        int i, j;
        for (g_4 = 0; (g_4 >= 0); g_4 -= 1)
        { /* block id: 6 */
            uint8_t l_5 = 0xB2L;
            int32_t *l_6 = &g_3;
            int32_t **l_7 = (void*)0;
            int32_t **l_8 = &l_6;
            int32_t *l_10 = &g_4;
            int32_t **l_9 = &l_10;
            (*l_9) = ((*l_8) = (l_5 , l_6));
            l_11 = g_3;
            if (l_12)
                break;
            for (l_5 = 0; (l_5 <= 0); l_5 += 1)
            { /* block id: 13 */
                int32_t ***l_17[8] = {&l_7,&l_7,&l_7,&l_7,&l_7,&l_7,&l_7,&l_7};
                int i;
                g_912 |= func_13((l_18 = (l_11 , l_15[2][0])));
            }
        }
        for (g_4 = 0; (g_4 <= 0); g_4 += 1)
        { /* block id: 469 */
            int32_t **l_915[4][6][4] = {{{&g_191,&g_191,&g_191,(void*)0},{&g_365[6][2],&g_191,&g_191,&g_365[6][2]},{&g_191,&g_365[2][2],&l_19,&l_19},{&g_365[6][1],&l_16,&l_19,(void*)0},{&l_19,(void*)0,(void*)0,(void*)0},{&g_191,&l_16,&g_191,&l_19}},{{&g_191,&g_365[2][2],(void*)0,&g_365[6][2]},{&g_191,&g_191,(void*)0,(void*)0},{&g_191,&g_191,(void*)0,&g_191},{&g_191,(void*)0,&g_191,&g_365[2][2]},{&g_191,&g_365[6][1],(void*)0,&g_191},{&l_19,&g_365[6][1],&l_19,&g_365[2][2]}},{{&g_365[6][1],(void*)0,&l_19,&g_191},{&g_191,&g_191,&g_191,(void*)0},{&g_365[6][2],&g_191,&g_191,&g_365[6][2]},{&g_191,&g_365[2][2],&l_19,&l_19},{&g_365[6][1],&l_16,&l_19,(void*)0},{&l_19,(void*)0,(void*)0,(void*)0}},{{&g_191,&l_16,&g_191,&l_19},{&g_191,&g_365[2][2],(void*)0,&g_365[6][2]},{&g_191,&g_191,(void*)0,(void*)0},{&g_191,&g_191,(void*)0,&g_191},{&g_191,(void*)0,&g_191,&g_365[2][2]},{&g_191,&g_365[6][1],(void*)0,(void*)0}}};
            struct S1 l_952 = {1L,0x3FA5L,0xA1L,0x651FL,0xD7L,-1L,0x6321F4D9L,0xA83BL,0L};
            struct S1 *l_956 = &g_957;
            struct S1 *l_958 = &g_959[0];
            int16_t l_962 = 0x675AL;
            int i, j, k;
            if ((safe_sub_func_int8_t_s_s((l_915[2][4][0] == &l_19), g_138.f8)))
            { /* block id: 470 */
                int32_t *l_916 = &g_88[0][2];
                int16_t l_917 = 0xE9E3L;
                int8_t l_935 = (-1L);
                struct S1 **l_942[9] = {&g_139,&g_139,&g_139,&g_139,&g_139,&g_139,&g_139,&g_139,&g_139};
                uint8_t *l_946 = &l_933[0].f1;
                uint8_t **l_945 = &l_946;
                int64_t *l_947[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_947[i] = &g_130;
                g_365[6][1] = l_916;
                if (((*l_916) | l_917))
                { /* block id: 472 */
                    uint64_t *l_924 = &g_178;
                    int32_t l_930 = (-5L);
                    uint64_t *l_936 = (void*)0;
                    uint64_t *l_937[6][4] = {{&g_253,&g_253,&g_253,&g_253},{&g_253,&g_253,&g_253,&g_253},{&g_253,&g_253,&g_253,&g_253},{&g_253,&g_253,&g_253,&g_253},{&g_253,&g_253,&g_253,&g_253},{&g_253,&g_253,&g_253,&g_253}};
                    int32_t l_938 = 0xA9D8CD92L;
                    int i, j;
                    (*l_916) = ((g_856 , (safe_lshift_func_int8_t_s_u(((safe_mod_func_int16_t_s_s((((safe_add_func_uint64_t_u_u(((*l_924) &= g_566.f5), (~((void*)0 != l_926)))) <= ((((+((**g_416) == ((*l_916) > (l_938 ^= (safe_sub_func_uint16_t_u_u((l_930 && ((safe_mod_func_uint8_t_u_u((l_933[0] , (((7UL > l_934) & 0x76E0538AL) == l_935)), (*g_851))) > 4294967286UL)), (**g_615))))))) && g_24[1][7]) <= 0x35L) | (***g_301))) > g_132), (*l_16))) || (-1L)), g_140.f3))) || 251UL);
                }
                else
                { /* block id: 476 */
                    uint64_t l_939 = 18446744073709551610UL;
                    return l_939;
                }
                l_11 = (((((*l_916) = (safe_mul_func_uint16_t_u_u((((((void*)0 == l_942[1]) > (g_566.f5 = (safe_sub_func_uint32_t_u_u((((g_140.f5 = (((*l_945) = &g_126) == (void*)0)) | (*l_916)) >= ((void*)0 != l_948[4])), (safe_lshift_func_int8_t_s_u((l_952 , ((safe_lshift_func_int16_t_s_s((*g_289), 0)) , (*g_851))), 1)))))) | g_912) > (*l_16)), (*g_616)))) != g_566.f4) < (*g_616)) <= (*g_616));
                l_958 = (l_956 = l_955);
            }
            else
            { /* block id: 486 */
                int64_t l_960 = 0x09289855AD0CFC29LL;
                for (g_957.f5 = 3; (g_957.f5 >= 0); g_957.f5 -= 1)
                { /* block id: 489 */
                    return l_960;
                }
            }
            for (g_138.f7 = 0; (g_138.f7 <= 3); g_138.f7 += 1)
            { /* block id: 495 */
                int32_t *l_961 = &g_88[1][2];
                if ((*g_191))
                    break;
                l_961 = l_961;
                l_962 = (0x4B65AE9CL || (*l_19));
            }
        }
        g_964 = (g_191 = l_963);
        for (g_138.f6 = 0; (g_138.f6 <= 0); g_138.f6 += 1)
        { /* block id: 505 */
            int32_t l_965 = 0x9097E665L;
            int64_t l_987 = 0x3A602BD631523937LL;
            l_966++;
            for (l_966 = 0; (l_966 <= 0); l_966 += 1)
            { /* block id: 509 */
                int8_t l_975 = 0x8CL;
                int64_t *l_977 = &g_130;
                int32_t * const ** const **l_983[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int32_t *** const *l_984 = (void*)0;
                int32_t *** const **l_985 = (void*)0;
                int32_t *** const **l_986 = &l_984;
                uint64_t *l_988 = &g_253;
                int i;
                for (g_140.f4 = 0; (g_140.f4 >= 0); g_140.f4 -= 1)
                { /* block id: 512 */
                    int i, j;
                    if (g_24[(g_3 + 1)][g_3])
                        break;
                }
                l_11 &= ((((0UL || ((*l_988) = (safe_sub_func_uint64_t_u_u(g_124, (safe_div_func_int8_t_s_s((((safe_mul_func_int16_t_s_s((*g_289), ((*l_16) = (((**g_615) = (l_975 > (safe_unary_minus_func_int8_t_s(((*g_851) = ((((*l_977) = (l_965 = (*l_19))) , (+(safe_unary_minus_func_int8_t_s(((g_980[0][1] = g_980[0][1]) != ((*l_986) = l_984)))))) || (&g_850 == (void*)0))))))) > l_987)))) || g_138.f8) && (*l_16)), g_21)))))) != (***g_301)) | (*l_963)) , (*g_964));
                for (g_138.f7 = 0; (g_138.f7 <= 0); g_138.f7 += 1)
                { /* block id: 526 */
                    for (g_138.f0 = 0; (g_138.f0 <= 0); g_138.f0 += 1)
                    { /* block id: 529 */
                        (*g_308) = (*g_308);
                        return (*g_191);
                    }
                }
            }
        }
    }
    return (*l_963);
}


/* ------------------------------------------ */
/* 
 * reads : g_24 g_23 g_21 g_62 g_73 g_79 g_85 g_63 g_88 g_3 g_124 g_126 g_4 g_128 g_130 g_140.f1 g_308 g_616 g_138.f7 g_417 g_615 g_289 g_658 g_413 g_140.f0 g_301 g_302 g_191 g_258 g_416 g_407 g_566.f5 g_140.f2 g_566.f0 g_566.f7 g_566.f6 g_850 g_832 g_566.f4 g_140.f3 g_856 g_813 g_851 g_140.f4
 * writes: g_24 g_23 g_73 g_79 g_88 g_124 g_126 g_128 g_130 g_132 g_85 g_139 g_138.f4 g_629 g_138.f7 g_413 g_138.f0 g_407 g_302 g_566.f5 g_138.f6 g_21 g_832 g_178 g_856 g_566.f4 g_365
 */
static int32_t  func_13(int32_t ** p_14)
{ /* block id: 15 */
    int32_t *l_20 = &g_21;
    int32_t *l_22[5] = {&g_21,&g_21,&g_21,&g_21,&g_21};
    int64_t l_824 = 0x5F685D3B5C2A31CALL;
    int16_t l_904 = 0x6946L;
    int32_t *l_907[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int32_t **l_910 = &l_20;
    int32_t **l_911[1][6][10] = {{{&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2]},{&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2]},{&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2]},{&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2]},{&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2]},{&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2],&l_22[2]}}};
    int i, j, k;
    g_24[1][7]++;
    for (g_23 = 3; (g_23 >= 0); g_23 -= 1)
    { /* block id: 19 */
        int8_t l_53 = 7L;
        int32_t **l_120 = &l_22[1];
        uint32_t *l_121 = (void*)0;
        uint32_t *l_122 = (void*)0;
        uint32_t *l_123 = &g_124;
        uint8_t *l_125[3];
        int16_t *l_127 = &g_128;
        int64_t *l_129 = &g_130;
        int64_t *l_131 = &g_132;
        int32_t l_133 = 0L;
        struct S0 l_735[8] = {{0x6CL,0x0AL},{0x6CL,0x0AL},{0x81L,255UL},{0x6CL,0x0AL},{0x6CL,0x0AL},{0x81L,255UL},{0x6CL,0x0AL},{0x6CL,0x0AL}};
        int32_t ***l_887 = (void*)0;
        int32_t ***l_888 = &l_120;
        struct S0 * const *l_902 = &g_258;
        struct S0 * const **l_901 = &l_902;
        int32_t ****l_906 = (void*)0;
        int32_t *****l_905 = &l_906;
        int i;
        for (i = 0; i < 3; i++)
            l_125[i] = &g_126;
        (*l_888) = func_27(((((*l_131) = func_30(func_34(((safe_div_func_int16_t_s_s(g_21, (((!(*l_20)) , 2L) ^ (safe_div_func_uint8_t_u_u((!(safe_add_func_uint32_t_u_u(func_48((((*l_131) = (g_21 , ((*l_129) &= (l_53 == (safe_lshift_func_int16_t_s_s((safe_lshift_func_int16_t_s_s(((*l_127) |= (((safe_div_func_uint32_t_u_u(func_60(g_62), (safe_add_func_int8_t_s_s((l_53 > (((g_126 &= (((*l_123) |= ((g_3 , l_120) == &l_22[4])) ^ g_3)) & 0xC7L) == g_4)), 0x27L)))) >= (*l_20)) < g_4)), g_24[1][8])), g_21)))))) , (void*)0), l_133, g_4, &g_63), l_53))), g_566.f0))))) || 0xC5L), l_735[5], p_14, l_735[5].f0, (*l_120)), (*l_20), l_824)) || 1L) >= l_735[5].f0), l_22[0]);
        (*l_20) = ((safe_rshift_func_uint8_t_u_u((g_813 == ((safe_sub_func_uint8_t_u_u(((((safe_sub_func_int16_t_s_s(((**g_302) > 0L), (safe_lshift_func_int16_t_s_u(((*l_127) = (safe_add_func_uint16_t_u_u((((l_901 == ((((**g_416) = (**g_416)) == ((*l_20) <= 1L)) , &g_629[2][0])) , (+((((((*l_20) , (*l_20)) >= 0xCF06B7D4689796BBLL) , 4294967291UL) < 0xD60F9DD1L) | l_904))) & g_140.f0), (**g_302)))), (**g_615))))) , 0x701A302B55C84F2DLL) > 0x70A8C7C6CFC571F8LL) , (*l_20)), (*l_20))) , l_905)), g_407)) && (*l_20));
        (*l_120) = (l_22[(g_23 + 1)] = l_907[6]);
    }
    g_365[6][1] = ((((safe_sub_func_uint8_t_u_u(6UL, (**g_850))) != ((*l_20) >= ((p_14 == (void*)0) && 0x6768F2FEL))) >= (*l_20)) , ((*l_910) = l_20));
    return (**l_910);
}


/* ------------------------------------------ */
/* 
 * reads : g_21 g_191 g_88 g_258 g_140.f1 g_850 g_832 g_616 g_138.f7 g_417 g_124 g_566.f4 g_140.f3 g_3 g_856
 * writes: g_21 g_88 g_832 g_85 g_178 g_856 g_566.f4 g_365
 */
static int32_t ** func_27(int16_t  p_28, int32_t * p_29)
{ /* block id: 415 */
    struct S0 l_835 = {7L,0xCEL};
    int32_t ***l_838 = &g_63;
    int32_t ****l_837[1];
    uint64_t *l_845 = (void*)0;
    int8_t *l_848 = (void*)0;
    int8_t **l_847 = &l_848;
    int32_t *l_882 = (void*)0;
    int i;
    for (i = 0; i < 1; i++)
        l_837[i] = &l_838;
    for (g_21 = 0; (g_21 > (-17)); g_21--)
    { /* block id: 418 */
        int32_t *l_831 = &g_832;
        int32_t *****l_839 = (void*)0;
        int32_t ****l_841 = &l_838;
        int32_t *****l_840 = &l_841;
        uint64_t *l_844 = &g_178;
        int8_t ***l_849 = &l_847;
        uint64_t l_852 = 18446744073709551612UL;
        (*l_831) = ((*g_191) = 0xB16DE454L);
        (*l_831) = ((safe_sub_func_int32_t_s_s((l_835 , ((*g_191) ^= (safe_unary_minus_func_uint8_t_u((l_837[0] == ((*l_840) = &l_838)))))), (((*g_258) = l_835) , ((safe_add_func_int64_t_s_s(((((*l_844) = g_140.f1) , l_845) == ((safe_unary_minus_func_uint8_t_u(0x5BL)) , l_844)), (((((*l_849) = l_847) == g_850) || (*l_831)) == p_28))) >= l_852)))) , p_28);
        for (p_28 = 8; (p_28 != 13); ++p_28)
        { /* block id: 429 */
            g_856 = (~(*g_616));
        }
        if (p_28)
            break;
    }
    if (((4294967295UL != ((((((safe_sub_func_int64_t_s_s((((safe_sub_func_int32_t_s_s((safe_mul_func_int8_t_s_s((p_28 != (*g_417)), (p_28 || (0x70E7339BL || ((safe_sub_func_int64_t_s_s(7L, g_832)) & ((*g_191) &= ((((safe_sub_func_int64_t_s_s(p_28, 0xDD0415F828E27F2ELL)) == p_28) >= g_566.f4) <= g_140.f3))))))), p_28)) != 1L) , p_28), p_28)) , 0x8CL) == 5L) , g_3) < p_28) >= p_28)) || g_856))
    { /* block id: 435 */
        int16_t l_870 = 1L;
        int32_t l_871 = 0x7050DB41L;
        int32_t l_874 = (-1L);
        int32_t l_875 = 0xD5EEAB14L;
        int32_t l_876 = 0xFDB87748L;
        int32_t l_877 = 5L;
        int32_t l_878 = 0x05411FE9L;
        for (g_21 = 12; (g_21 != (-20)); --g_21)
        { /* block id: 438 */
            int32_t l_869 = 0L;
            int32_t l_872[6];
            int64_t l_873 = 0x798376E3EE16F9CALL;
            uint8_t l_879 = 5UL;
            int i;
            for (i = 0; i < 6; i++)
                l_872[i] = 0xDABAE3BDL;
            l_879++;
            if (g_856)
                goto lbl_883;
        }
lbl_883:
        l_882 = p_29;
        for (g_566.f4 = 0; (g_566.f4 < (-4)); g_566.f4 = safe_sub_func_uint8_t_u_u(g_566.f4, 7))
        { /* block id: 445 */
            if (l_875)
                break;
        }
    }
    else
    { /* block id: 448 */
        int8_t l_886[10] = {(-1L),(-1L),(-1L),0xFFL,0xFFL,(-1L),(-1L),(-1L),0xFFL,0xFFL};
        int i;
        l_886[3] = (((*g_191) = 0xA35EFBF2L) ^ p_28);
    }
    g_365[6][1] = p_29;
    return &g_365[2][2];
}


/* ------------------------------------------ */
/* 
 * reads : g_308
 * writes: g_85
 */
static int64_t  func_30(int32_t ** const  p_31, uint32_t  p_32, uint8_t  p_33)
{ /* block id: 410 */
    uint32_t l_825 = 0x43B42375L;
    struct S0 l_828 = {0xF7L,251UL};
    l_825++;
    (*g_308) = l_828;
    return l_828.f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_191 g_88 g_566.f0 g_566.f7 g_566.f6 g_301 g_302 g_289 g_79 g_24 g_128 g_616 g_138.f7 g_416 g_417 g_23 g_124 g_658 g_308 g_85 g_258 g_138.f6
 * writes: g_88 g_79 g_128 g_73 g_85 g_138.f6
 */
static int32_t ** func_34(uint64_t  p_35, struct S0  p_36, int32_t ** p_37, int64_t  p_38, int32_t * p_39)
{ /* block id: 362 */
    uint32_t l_736 = 1UL;
    struct S1 l_748 = {0L,0x145BL,0x8EL,65535UL,0x12L,0x15B0412BD3A352D6LL,0x822DDE0FL,1UL,0xEC413583L};
    uint64_t l_769 = 5UL;
    uint32_t ***l_779 = &g_416;
    uint32_t ***l_780 = (void*)0;
    int32_t l_784[7] = {0L,0L,0L,0L,0L,0L,0L};
    int32_t l_785 = 1L;
    int32_t **l_793 = &g_578;
    struct S0 l_812[8] = {{1L,0UL},{1L,0UL},{1L,0UL},{1L,0UL},{1L,0UL},{1L,0UL},{1L,0UL},{1L,0UL}};
    int i;
    (*g_191) &= p_36.f0;
    (*g_191) = l_736;
    if ((safe_mod_func_uint32_t_u_u((((0xE827L < (((((p_36.f1 || (((safe_unary_minus_func_uint16_t_u(2UL)) && ((((safe_mul_func_int16_t_s_s(((safe_sub_func_int8_t_s_s(g_566.f0, (((((0L <= (safe_lshift_func_int8_t_s_s(((-5L) ^ ((((safe_add_func_int8_t_s_s(p_36.f0, (l_748 , (safe_rshift_func_uint16_t_u_u((safe_sub_func_int16_t_s_s(((***g_301) &= (safe_sub_func_int64_t_s_s((g_566.f7 == g_566.f6), 0xD48E60D9560A131ELL))), p_36.f1)), 9))))) | l_748.f7) <= p_36.f0) && l_748.f6)), l_748.f3))) ^ l_748.f8) >= g_24[1][9]) | l_748.f0) || l_748.f8))) != p_36.f1), p_38)) <= 0x4ABDEC89EC81F735LL) | (-7L)) == p_36.f1)) , 0x05BCL)) > 255UL) , (void*)0) != (void*)0) <= 0xF4BDL)) & 0UL) <= l_748.f4), l_748.f5)))
    { /* block id: 366 */
        int16_t *l_766 = &g_128;
        uint32_t ***l_775[10][3][5] = {{{&g_416,&g_416,&g_416,(void*)0,(void*)0},{&g_416,&g_416,&g_416,&g_416,(void*)0},{&g_416,&g_416,&g_416,&g_416,(void*)0}},{{&g_416,&g_416,&g_416,&g_416,(void*)0},{&g_416,&g_416,&g_416,(void*)0,(void*)0},{&g_416,&g_416,&g_416,(void*)0,(void*)0}},{{(void*)0,&g_416,&g_416,(void*)0,(void*)0},{&g_416,&g_416,&g_416,(void*)0,&g_416},{&g_416,&g_416,&g_416,&g_416,&g_416}},{{&g_416,&g_416,(void*)0,&g_416,&g_416},{&g_416,(void*)0,&g_416,&g_416,&g_416},{&g_416,&g_416,(void*)0,&g_416,&g_416}},{{&g_416,&g_416,&g_416,&g_416,&g_416},{&g_416,(void*)0,&g_416,&g_416,&g_416},{&g_416,&g_416,(void*)0,&g_416,&g_416}},{{&g_416,&g_416,&g_416,&g_416,&g_416},{&g_416,(void*)0,&g_416,&g_416,&g_416},{&g_416,&g_416,&g_416,&g_416,&g_416}},{{&g_416,&g_416,&g_416,&g_416,(void*)0},{&g_416,(void*)0,&g_416,&g_416,&g_416},{&g_416,(void*)0,(void*)0,&g_416,&g_416}},{{&g_416,(void*)0,&g_416,&g_416,&g_416},{&g_416,&g_416,&g_416,&g_416,&g_416},{&g_416,&g_416,(void*)0,&g_416,&g_416}},{{&g_416,(void*)0,&g_416,&g_416,&g_416},{&g_416,&g_416,(void*)0,&g_416,&g_416},{&g_416,&g_416,&g_416,&g_416,&g_416}},{{&g_416,(void*)0,&g_416,&g_416,&g_416},{&g_416,&g_416,(void*)0,&g_416,&g_416},{&g_416,&g_416,&g_416,&g_416,&g_416}}};
        uint32_t ****l_774 = &l_775[0][1][3];
        uint32_t ****l_776 = (void*)0;
        uint32_t ***l_778 = &g_416;
        uint32_t ****l_777[10] = {&l_778,&l_778,&l_778,&l_778,&l_778,&l_778,&l_778,&l_778,&l_778,&l_778};
        uint16_t *l_781 = &l_748.f7;
        uint8_t *l_782 = &g_73;
        int32_t l_783[6][10][4] = {{{0xFF2389A1L,0xD2E84B54L,0xAE22EFC3L,0xD7A415B3L},{1L,0x74196A18L,0xAE22EFC3L,1L},{0xFF2389A1L,0x8D6A6DF7L,0x09D8B986L,(-1L)},{0x12CB6A08L,0xF2AE5363L,0xEA545E56L,0x12CB6A08L},{0xEA545E56L,0x12CB6A08L,8L,0L},{0L,0xD8CB72BFL,0x562EE439L,0xAA0E112FL},{0x74196A18L,0x319E2801L,5L,0xF80078EEL},{(-1L),0xFF2389A1L,1L,0L},{(-1L),1L,0xB4DE7A6CL,0x74196A18L},{0xFF2389A1L,0xF2AE5363L,0x6F432A25L,0xF51A994BL}},{{5L,0L,0xF2AE5363L,1L},{9L,0x12CB6A08L,7L,(-1L)},{0x8D6A6DF7L,0xD2E84B54L,0xEA545E56L,1L},{5L,(-1L),5L,5L},{0xD8CB72BFL,0xD8CB72BFL,0xB4DE7A6CL,0xD7A415B3L},{1L,(-5L),0xAE8D01E0L,0x74196A18L},{(-1L),9L,(-9L),0xAE8D01E0L},{0x12CB6A08L,9L,1L,0xEA545E56L},{0x319E2801L,0x562EE439L,9L,0x6F432A25L},{1L,0xDDCEB579L,0x9A8071FAL,(-7L)}},{{0xF2AE5363L,5L,1L,0xAE8D01E0L},{(-1L),9L,0x99FAEB47L,5L},{0L,(-1L),(-1L),0x7E3CDF10L},{0xDDCEB579L,1L,1L,0xD2E84B54L},{0xEA545E56L,0x9A8071FAL,1L,0xEA545E56L},{1L,0xF2AE5363L,0xFD7E5B1AL,0x8150076BL},{0L,1L,1L,1L},{0xF2AE5363L,0x09D8B986L,0xB4DE7A6CL,0xAE22EFC3L},{0xFD7E5B1AL,0xDDCEB579L,7L,0x8150076BL},{0x6F432A25L,(-1L),0xD8CB72BFL,(-1L)}},{{(-1L),0x9A8071FAL,0xF4F3D787L,8L},{(-1L),0L,1L,0x7E3CDF10L},{1L,0xEA545E56L,6L,0x6F432A25L},{1L,9L,1L,1L},{(-1L),0x6F432A25L,0xF4F3D787L,(-7L)},{(-1L),1L,0xD8CB72BFL,(-9L)},{0x6F432A25L,0x562EE439L,7L,0xF2AE5363L},{0xFD7E5B1AL,1L,0xB4DE7A6CL,(-1L)},{0xF2AE5363L,0L,1L,(-1L)},{0L,0x562EE439L,0xFD7E5B1AL,5L}},{{1L,(-1L),1L,(-7L)},{0xEA545E56L,(-9L),1L,0xAE22EFC3L},{0xDDCEB579L,9L,(-1L),(-9L)},{0L,0xF2AE5363L,0x99FAEB47L,0x7E3CDF10L},{(-1L),0x319E2801L,1L,(-1L)},{0xF2AE5363L,0x9A8071FAL,0x9A8071FAL,0xF2AE5363L},{1L,0xEA545E56L,9L,0x8150076BL},{0x319E2801L,(-1L),1L,0xAE8D01E0L},{(-1L),0x09D8B986L,0xF4F3D787L,0xAE8D01E0L},{0xFD7E5B1AL,(-1L),(-1L),0x8150076BL}},{{(-9L),0xEA545E56L,0xD8CB72BFL,0xF2AE5363L},{0xDDCEB579L,0x9A8071FAL,(-7L),(-1L)},{(-1L),0x319E2801L,1L,0x7E3CDF10L},{0L,0xF2AE5363L,6L,(-9L)},{0x319E2801L,9L,0x9A8071FAL,0xAE22EFC3L},{(-1L),(-9L),0xB4DE7A6CL,(-7L)},{1L,(-1L),0xD8CB72BFL,5L},{5L,0x562EE439L,0x99FAEB47L,(-1L)},{0xFD7E5B1AL,0L,(-7L),(-1L)},{0xEA545E56L,1L,1L,0xF2AE5363L}}};
        struct S1 l_786 = {0xABL,0x39D1L,-1L,65535UL,-3L,0x93166215B359851ALL,18446744073709551615UL,65535UL,-1L};
        int32_t **l_797 = (void*)0;
        uint32_t l_798 = 6UL;
        int i, j, k;
        (*g_191) = ((((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s(((safe_lshift_func_int16_t_s_s(((((safe_lshift_func_uint16_t_u_u((((safe_rshift_func_uint8_t_u_s((safe_unary_minus_func_int32_t_s((((*l_766) |= ((***g_301) = ((void*)0 != &g_615))) >= (safe_sub_func_int8_t_s_s(l_769, (((l_784[2] &= ((safe_add_func_uint64_t_u_u((safe_div_func_int16_t_s_s(((l_779 = ((*l_774) = (void*)0)) == l_780), ((*l_781) ^= (*g_616)))), ((((((*l_782) = (((void*)0 != (*g_416)) | 0xE8L)) >= p_35) , l_783[1][4][3]) , p_38) | g_23))) >= 18446744073709551615UL)) & 0xBD82L) != p_36.f0)))))), p_38)) != l_785) | (-5L)), (*g_616))) > (**g_416)) == g_658) <= 0x464F97C5EE2D3950LL), 12)) , p_36.f0), 6)), p_38)) , l_786) , (-7L)) ^ p_38);
        (*g_258) = (*g_308);
        for (g_138.f6 = 0; (g_138.f6 == 19); g_138.f6 = safe_add_func_int16_t_s_s(g_138.f6, 3))
        { /* block id: 378 */
            struct S0 *l_794 = &g_85;
            int32_t l_818 = 0x4D256650L;
            uint32_t *l_819 = &g_124;
            uint32_t l_821 = 4294967294UL;
        }
    }
    else
    { /* block id: 406 */
        return &g_365[6][1];
    }
    return &g_365[6][1];
}


/* ------------------------------------------ */
/* 
 * reads : g_85 g_24 g_140.f1 g_308 g_616 g_138.f7 g_88 g_417 g_124 g_615 g_289 g_79 g_658 g_413 g_140.f0 g_301 g_302 g_191 g_258 g_416 g_407 g_566.f5 g_140.f2 g_138.f4 g_73
 * writes: g_73 g_85 g_139 g_138.f4 g_629 g_124 g_24 g_138.f7 g_88 g_413 g_79 g_138.f0 g_407 g_302 g_566.f5
 */
static const uint32_t  func_48(int32_t * p_49, int64_t  p_50, int32_t  p_51, int32_t ** const * p_52)
{ /* block id: 36 */
    uint16_t l_148 = 1UL;
    int32_t l_180[1];
    int32_t l_244 = 0xF771F14BL;
    struct S0 l_268[8] = {{0xA8L,254UL},{0xA8L,254UL},{0xA8L,254UL},{0xA8L,254UL},{0xA8L,254UL},{0xA8L,254UL},{0xA8L,254UL},{0xA8L,254UL}};
    int32_t *l_303 = &g_88[3][2];
    int64_t l_320 = 0x025CFA69691E416FLL;
    const int32_t ** const *l_444 = (void*)0;
    uint16_t l_471 = 0x3768L;
    struct S1 *l_494[10] = {&g_138,&g_138,&g_138,&g_138,&g_138,&g_138,&g_138,&g_138,&g_138,&g_138};
    uint8_t l_522 = 0x5BL;
    int8_t *l_591[2];
    uint32_t l_601 = 0x1DCD71E6L;
    int32_t *l_606[7][4][1] = {{{&g_4},{(void*)0},{&g_4},{(void*)0}},{{&g_4},{(void*)0},{&g_4},{(void*)0}},{{&g_4},{(void*)0},{&g_4},{(void*)0}},{{&g_4},{(void*)0},{&g_4},{(void*)0}},{{&g_4},{(void*)0},{&g_4},{(void*)0}},{{&g_4},{(void*)0},{&g_4},{(void*)0}},{{&g_4},{(void*)0},{&g_4},{(void*)0}}};
    int32_t *l_607 = &l_180[0];
    struct S0 **l_627[1];
    struct S0 ***l_628[1];
    const int16_t *l_637 = (void*)0;
    const int16_t **l_636[2][3] = {{&l_637,&l_637,&l_637},{&l_637,&l_637,&l_637}};
    uint32_t *l_646 = &g_24[0][4];
    uint32_t l_647 = 0xD909FE8FL;
    uint32_t l_648 = 0xE1A6A7A7L;
    int32_t ** const ***l_701 = (void*)0;
    const int64_t l_723 = 1L;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_180[i] = 0x858BC3E6L;
    for (i = 0; i < 2; i++)
        l_591[i] = &g_138.f4;
    for (i = 0; i < 1; i++)
        l_627[i] = &g_258;
    for (i = 0; i < 1; i++)
        l_628[i] = &l_627[0];
lbl_709:
    for (g_73 = 25; (g_73 >= 25); g_73 = safe_add_func_uint8_t_u_u(g_73, 8))
    { /* block id: 39 */
        int32_t l_175 = 7L;
        int16_t *l_187 = &g_79[3];
        uint64_t l_192 = 18446744073709551609UL;
        int32_t l_225 = 0xDCB93CD6L;
        int32_t l_246 = 0xA2C21A14L;
        int32_t l_250 = 8L;
        int32_t l_251 = 4L;
        struct S0 *l_256 = (void*)0;
        int32_t **l_277 = (void*)0;
        struct S0 l_370 = {7L,0xA3L};
        int32_t l_411 = 0x69833CADL;
        int32_t l_422[6] = {0xB274D798L,0xB274D798L,0xB274D798L,0xB274D798L,0xB274D798L,0xB274D798L};
        uint32_t l_426 = 0x7C498F35L;
        int16_t ***l_464[8] = {&g_302,&g_302,&g_302,&g_302,&g_302,&g_302,&g_302,&g_302};
        int32_t *l_521 = &g_88[3][2];
        struct S1 l_529 = {1L,65533UL,0x8DL,0UL,-4L,0x3CED3D8D8B709BA9LL,0x676B04CBL,1UL,0x0007FD40L};
        struct S0 l_530[6][10] = {{{-1L,0x8FL},{0x2BL,0x45L},{0x2BL,0x45L},{-1L,0x8FL},{-1L,0x0AL},{0x05L,0x1CL},{-1L,0x8FL},{0x05L,0x1CL},{-1L,0x0AL},{-1L,0x8FL}},{{0x05L,0x1CL},{-1L,0x8FL},{0x05L,0x1CL},{-1L,0x0AL},{-1L,0x8FL},{0x2BL,0x45L},{0x2BL,0x45L},{-1L,0x8FL},{-1L,0x0AL},{0x05L,0x1CL}},{{0xEFL,255UL},{0xEFL,255UL},{1L,255UL},{-1L,0x8FL},{0x7EL,0xA0L},{1L,255UL},{0x7EL,0xA0L},{-1L,0x8FL},{1L,255UL},{0xEFL,255UL}},{{0x7EL,0xA0L},{0x2BL,0x45L},{0x05L,0x1CL},{0x7EL,0xA0L},{-1L,0x0AL},{-1L,0x0AL},{0x7EL,0xA0L},{0x05L,0x1CL},{0x2BL,0x45L},{0x7EL,0xA0L}},{{0x05L,0x1CL},{0xEFL,255UL},{0x2BL,0x45L},{-1L,0x0AL},{0xEFL,255UL},{-1L,0x0AL},{0x2BL,0x45L},{0xEFL,255UL},{0x05L,0x1CL},{0x05L,0x1CL}},{{0x7EL,0xA0L},{-1L,0x8FL},{1L,255UL},{0xEFL,255UL},{0xEFL,255UL},{1L,255UL},{-1L,0x8FL},{0x7EL,0xA0L},{1L,255UL},{0x7EL,0xA0L}}};
        struct S1 *l_565 = &g_566;
        uint16_t *l_613 = &g_566.f7;
        uint16_t **l_612[5][2] = {{&l_613,&l_613},{&l_613,&l_613},{&l_613,&l_613},{&l_613,&l_613},{&l_613,&l_613}};
        int i, j;
        for (p_51 = 1; (p_51 >= 0); p_51 -= 1)
        { /* block id: 42 */
            struct S0 *l_136 = &g_85;
            struct S1 * const l_137 = &g_138;
            int i, j;
            (*l_136) = g_85;
            if (g_24[p_51][(p_51 + 6)])
            { /* block id: 44 */
                int32_t *l_141 = &g_88[4][2];
                int32_t *l_142 = &g_88[3][2];
                int32_t *l_143 = &g_88[2][0];
                int32_t *l_144 = &g_88[0][1];
                int32_t *l_145 = &g_88[3][2];
                int32_t *l_146 = (void*)0;
                int32_t *l_147 = &g_88[3][2];
                g_139 = l_137;
                l_148--;
            }
            else
            { /* block id: 47 */
                return g_140.f1;
            }
            if (l_148)
                continue;
        }
        for (g_138.f4 = (-24); (g_138.f4 < 14); g_138.f4 = safe_add_func_uint64_t_u_u(g_138.f4, 8))
        { /* block id: 54 */
            int32_t ***l_159 = &g_63;
            int32_t ***l_161[3];
            int32_t ****l_160 = &l_161[1];
            int8_t *l_176 = &g_140.f4;
            uint64_t *l_177[3];
            uint32_t *l_179 = &g_24[1][7];
            struct S0 *l_222 = (void*)0;
            uint8_t l_243 = 2UL;
            int16_t **l_299[3];
            int16_t ***l_298 = &l_299[2];
            struct S1 l_330 = {-1L,65535UL,0x38L,0x94E0L,0xD3L,0x59968347421A43EELL,0xE511B85BL,0xA19CL,0xE91322AAL};
            int16_t l_419 = 0xE33DL;
            uint16_t *l_509 = &l_471;
            int i;
            for (i = 0; i < 3; i++)
                l_161[i] = &g_63;
            for (i = 0; i < 3; i++)
                l_177[i] = &g_178;
            for (i = 0; i < 3; i++)
                l_299[i] = &l_187;
        }
        (*g_308) = l_268[7];
    }
lbl_704:
    (*l_303) = ((safe_mod_func_int64_t_s_s(((g_629[3][1] = l_627[0]) != ((safe_rshift_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s(255UL, 4)), ((*l_607) > (safe_div_func_uint16_t_u_u(((**g_615) = ((*g_616) != (((void*)0 != l_636[0][1]) || (0L == (safe_mul_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u((*l_303), (safe_add_func_int32_t_s_s(((g_73 = (((((((*l_646) = ((*g_417) |= (safe_add_func_int16_t_s_s(0x56CEL, p_50)))) != 0xD58878A7L) >= p_51) , p_50) == l_647) , p_50)) == l_648), (*l_303))))), (**g_615))))))), (*g_289)))))) , (void*)0)), (*l_607))) & p_51);
    for (g_413 = 0; (g_413 <= 3); g_413 += 1)
    { /* block id: 293 */
        uint32_t l_649 = 1UL;
        int8_t **l_676 = &l_591[1];
        uint8_t *l_680 = &l_268[7].f1;
        int32_t l_681 = 0xCAC4159AL;
        int32_t ** const **l_700[5] = {&g_62,&g_62,&g_62,&g_62,&g_62};
        int32_t ** const ***l_699 = &l_700[4];
        struct S0 l_703 = {-6L,3UL};
        int i;
        l_649++;
        if ((safe_sub_func_int32_t_s_s((safe_sub_func_uint16_t_u_u(l_649, 0L)), ((safe_sub_func_uint8_t_u_u(g_658, (+(((((safe_rshift_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u(p_50, (l_681 = (((((safe_mod_func_int8_t_s_s((safe_mod_func_uint16_t_u_u((safe_div_func_uint16_t_u_u(((safe_div_func_int32_t_s_s(p_51, (safe_add_func_int16_t_s_s((g_79[g_413] = (((**g_615) = (((*l_676) = &g_23) == &g_23)) ^ (((*l_680) = (safe_mul_func_int8_t_s_s((!8L), (&l_636[0][1] == &g_302)))) && l_649))), l_649)))) & 0L), l_649)), (*l_607))), p_51)) && g_140.f0) , 0x2AC418F4L) <= 0x235F3250L) , l_649)))), 7)) != p_50) , (***g_301)) | p_51) ^ l_649)))) == p_50))))
        { /* block id: 300 */
            int8_t *l_686 = &g_23;
            struct S0 *l_691 = &l_268[1];
            const int32_t l_698 = (-9L);
            (*l_607) ^= ((((safe_rshift_func_int8_t_s_s(0x97L, 4)) < (&g_23 != l_686)) , ((*g_616) ^= l_649)) & (safe_add_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u(((*g_191) < ((void*)0 == l_691)), (((***g_301) = (((safe_mod_func_int8_t_s_s((g_138.f0 = ((((safe_div_func_int32_t_s_s((safe_rshift_func_int16_t_s_s((*g_289), ((*g_258) , l_698))), l_698)) ^ 1L) && p_51) , p_50)), p_51)) , l_698) & (-1L))) || p_51))) < 9L), 0xC0D1L)));
            l_701 = (l_699 = l_699);
        }
        else
        { /* block id: 307 */
            return (**g_416);
        }
        for (g_407 = 2; (g_407 >= 0); g_407 -= 1)
        { /* block id: 312 */
            struct S0 l_702[1][4][10] = {{{{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L}},{{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L}},{{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L}},{{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L},{0L,254UL},{1L,0x43L}}}};
            uint32_t l_727 = 1UL;
            int32_t l_728 = 3L;
            int i, j, k;
            l_703 = l_702[0][0][3];
            for (l_522 = 0; (l_522 <= 2); l_522 += 1)
            { /* block id: 316 */
                int i;
                (*g_301) = (*g_301);
                if (g_85.f0)
                    goto lbl_704;
                if (g_79[g_407])
                    continue;
            }
            if ((safe_mul_func_int16_t_s_s((**g_302), 0xA3C5L)))
            { /* block id: 321 */
                uint8_t *l_715 = &g_85.f1;
                int32_t l_720 = 0x07C8251FL;
                int64_t *l_721 = (void*)0;
                int64_t *l_722 = &g_566.f5;
                int32_t l_729 = 0x1310F6FEL;
                int32_t l_730 = (-1L);
                if ((*g_191))
                { /* block id: 322 */
                    int32_t l_707[7][4][1] = {{{0x42C0CEC6L},{0xDC3BEECDL},{0x6246CC7FL},{0xDC3BEECDL}},{{0x42C0CEC6L},{0xDC3BEECDL},{0x6246CC7FL},{0xDC3BEECDL}},{{0x42C0CEC6L},{0xDC3BEECDL},{0x6246CC7FL},{0xDC3BEECDL}},{{0x42C0CEC6L},{0xDC3BEECDL},{0x6246CC7FL},{0xDC3BEECDL}},{{0x42C0CEC6L},{0xDC3BEECDL},{0x6246CC7FL},{0xDC3BEECDL}},{{0x42C0CEC6L},{0xDC3BEECDL},{0x6246CC7FL},{0xDC3BEECDL}},{{0x42C0CEC6L},{0xDC3BEECDL},{0x6246CC7FL},{0xDC3BEECDL}}};
                    int i, j, k;
                    (*l_303) &= l_707[1][0][0];
                    for (l_320 = 0; (l_320 <= 2); l_320 += 1)
                    { /* block id: 326 */
                        uint32_t l_708 = 0x895713FFL;
                        l_708 = 0x8D6E9F10L;
                    }
                }
                else
                { /* block id: 329 */
                    if (g_85.f0)
                        goto lbl_709;
                }
                if ((~(((((**g_615) = (**g_615)) != ((void*)0 == &g_130)) && ((safe_sub_func_uint8_t_u_u((((*l_722) |= ((p_51 == (safe_mul_func_uint8_t_u_u((l_715 != &g_658), (((safe_lshift_func_int8_t_s_s(((safe_sub_func_int32_t_s_s(l_720, 0UL)) > ((*g_289) = (((p_50 || p_50) & (**g_416)) > 0xDEL))), g_124)) || p_50) | (*g_616))))) != p_50)) == g_140.f2), 0x6CL)) & l_723)) ^ l_720)))
                { /* block id: 335 */
                    return p_51;
                }
                else
                { /* block id: 337 */
                    uint32_t l_724 = 0UL;
                    ++l_724;
                }
                for (l_244 = 2; (l_244 >= 0); l_244 -= 1)
                { /* block id: 342 */
                    int i;
                    return g_79[l_244];
                }
                for (l_148 = 0; (l_148 <= 2); l_148 += 1)
                { /* block id: 347 */
                    uint32_t l_731 = 18446744073709551615UL;
                    for (g_138.f4 = 0; (g_138.f4 <= 2); g_138.f4 += 1)
                    { /* block id: 350 */
                        l_727 = l_702[0][0][3].f0;
                    }
                    l_731--;
                }
            }
            else
            { /* block id: 355 */
                int8_t l_734 = 0x55L;
                (*l_607) = l_734;
                return (*g_417);
            }
        }
    }
    return (*g_417);
}


/* ------------------------------------------ */
/* 
 * reads : g_73 g_23 g_79 g_85 g_62 g_63 g_21 g_88 g_24
 * writes: g_73 g_79 g_88
 */
static uint32_t  func_60(int32_t ** const * p_61)
{ /* block id: 20 */
    int32_t *l_71 = &g_21;
    uint8_t *l_72[2][9] = {{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73}};
    int16_t *l_78 = &g_79[3];
    struct S0 l_80 = {0x16L,0UL};
    int32_t *l_105 = (void*)0;
    int32_t *l_106 = (void*)0;
    int32_t *l_107 = &g_88[4][1];
    int32_t *l_108 = &g_88[7][2];
    int32_t *l_109 = &g_88[5][1];
    int32_t *l_110[8][3] = {{&g_88[3][2],&g_3,&g_88[3][2]},{&g_21,&g_21,&g_88[6][0]},{(void*)0,&g_3,(void*)0},{&g_21,&g_88[6][0],&g_88[6][0]},{&g_88[3][2],&g_3,&g_88[3][2]},{&g_21,&g_21,&g_88[6][0]},{(void*)0,&g_3,(void*)0},{&g_21,&g_88[6][0],&g_88[6][0]}};
    uint32_t l_111 = 18446744073709551615UL;
    struct S0 *l_114 = &l_80;
    uint64_t l_115[8][3] = {{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL},{0UL,18446744073709551615UL,1UL},{1UL,18446744073709551615UL,0UL},{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL},{8UL,1UL,0UL},{0x7B54E5BA6927BAF6LL,0x00E0B9DA256C2D0CLL,1UL},{0x7B54E5BA6927BAF6LL,18446744073709551610UL,18446744073709551615UL},{8UL,0xCB5B974B4E95A61DLL,8UL}};
    int i, j;
    (*l_107) |= ((safe_mod_func_int32_t_s_s((safe_sub_func_uint32_t_u_u((func_68(l_71, (((++g_73) || (safe_lshift_func_int16_t_s_s(((*l_78) |= g_23), 1))) , (l_80 , ((((0xC99BL == (safe_sub_func_int64_t_s_s((((((g_85 , (*g_62)) != ((*l_71) , &l_71)) ^ (*l_71)) & (*l_71)) , 3L), g_85.f1))) | g_73) , 255UL) != 0L)))) , (*l_71)), 7L)), (*l_71))) > g_23);
    l_111--;
    (*l_114) = l_80;
    ++l_115[4][0];
    return g_24[0][8];
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint16_t  func_68(int32_t * p_69, int64_t  p_70)
{ /* block id: 23 */
    int32_t *l_86 = (void*)0;
    int32_t *l_87 = &g_88[3][2];
    int32_t *l_89 = &g_88[3][2];
    int32_t *l_90 = &g_88[6][1];
    int32_t *l_91 = &g_88[5][0];
    int32_t *l_92 = &g_88[3][2];
    int32_t *l_93 = &g_88[3][2];
    int32_t *l_94 = (void*)0;
    int32_t *l_95 = &g_88[3][2];
    int32_t l_96 = 0x6B6B07C1L;
    int32_t l_97 = 0xF7A6BAE6L;
    int32_t *l_98 = (void*)0;
    int32_t *l_99[3];
    int32_t l_100[6] = {1L,1L,0x95558710L,1L,1L,0x95558710L};
    int32_t l_101 = 0L;
    uint64_t l_102 = 0x5922496703B86337LL;
    int i;
    for (i = 0; i < 3; i++)
        l_99[i] = &g_88[2][2];
    ++l_102;
    return p_70;
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
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_21, "g_21", print_hash_value);
    transparent_crc(g_23, "g_23", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_24[i][j], "g_24[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_73, "g_73", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_79[i], "g_79[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_85.f0, "g_85.f0", print_hash_value);
    transparent_crc(g_85.f1, "g_85.f1", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_88[i][j], "g_88[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_124, "g_124", print_hash_value);
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_128, "g_128", print_hash_value);
    transparent_crc(g_130, "g_130", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_138.f0, "g_138.f0", print_hash_value);
    transparent_crc(g_138.f1, "g_138.f1", print_hash_value);
    transparent_crc(g_138.f2, "g_138.f2", print_hash_value);
    transparent_crc(g_138.f3, "g_138.f3", print_hash_value);
    transparent_crc(g_138.f4, "g_138.f4", print_hash_value);
    transparent_crc(g_138.f5, "g_138.f5", print_hash_value);
    transparent_crc(g_138.f6, "g_138.f6", print_hash_value);
    transparent_crc(g_138.f7, "g_138.f7", print_hash_value);
    transparent_crc(g_138.f8, "g_138.f8", print_hash_value);
    transparent_crc(g_140.f0, "g_140.f0", print_hash_value);
    transparent_crc(g_140.f1, "g_140.f1", print_hash_value);
    transparent_crc(g_140.f2, "g_140.f2", print_hash_value);
    transparent_crc(g_140.f3, "g_140.f3", print_hash_value);
    transparent_crc(g_140.f4, "g_140.f4", print_hash_value);
    transparent_crc(g_140.f5, "g_140.f5", print_hash_value);
    transparent_crc(g_140.f6, "g_140.f6", print_hash_value);
    transparent_crc(g_140.f7, "g_140.f7", print_hash_value);
    transparent_crc(g_140.f8, "g_140.f8", print_hash_value);
    transparent_crc(g_178, "g_178", print_hash_value);
    transparent_crc(g_253, "g_253", print_hash_value);
    transparent_crc(g_364, "g_364", print_hash_value);
    transparent_crc(g_385, "g_385", print_hash_value);
    transparent_crc(g_407, "g_407", print_hash_value);
    transparent_crc(g_413, "g_413", print_hash_value);
    transparent_crc(g_566.f0, "g_566.f0", print_hash_value);
    transparent_crc(g_566.f1, "g_566.f1", print_hash_value);
    transparent_crc(g_566.f2, "g_566.f2", print_hash_value);
    transparent_crc(g_566.f3, "g_566.f3", print_hash_value);
    transparent_crc(g_566.f4, "g_566.f4", print_hash_value);
    transparent_crc(g_566.f5, "g_566.f5", print_hash_value);
    transparent_crc(g_566.f6, "g_566.f6", print_hash_value);
    transparent_crc(g_566.f7, "g_566.f7", print_hash_value);
    transparent_crc(g_566.f8, "g_566.f8", print_hash_value);
    transparent_crc(g_658, "g_658", print_hash_value);
    transparent_crc(g_832, "g_832", print_hash_value);
    transparent_crc(g_856, "g_856", print_hash_value);
    transparent_crc(g_912, "g_912", print_hash_value);
    transparent_crc(g_957.f0, "g_957.f0", print_hash_value);
    transparent_crc(g_957.f1, "g_957.f1", print_hash_value);
    transparent_crc(g_957.f2, "g_957.f2", print_hash_value);
    transparent_crc(g_957.f3, "g_957.f3", print_hash_value);
    transparent_crc(g_957.f4, "g_957.f4", print_hash_value);
    transparent_crc(g_957.f5, "g_957.f5", print_hash_value);
    transparent_crc(g_957.f6, "g_957.f6", print_hash_value);
    transparent_crc(g_957.f7, "g_957.f7", print_hash_value);
    transparent_crc(g_957.f8, "g_957.f8", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_959[i].f0, "g_959[i].f0", print_hash_value);
        transparent_crc(g_959[i].f1, "g_959[i].f1", print_hash_value);
        transparent_crc(g_959[i].f2, "g_959[i].f2", print_hash_value);
        transparent_crc(g_959[i].f3, "g_959[i].f3", print_hash_value);
        transparent_crc(g_959[i].f4, "g_959[i].f4", print_hash_value);
        transparent_crc(g_959[i].f5, "g_959[i].f5", print_hash_value);
        transparent_crc(g_959[i].f6, "g_959[i].f6", print_hash_value);
        transparent_crc(g_959[i].f7, "g_959[i].f7", print_hash_value);
        transparent_crc(g_959[i].f8, "g_959[i].f8", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 229
   depth: 1, occurrence: 24
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

XXX max expression depth: 45
breakdown:
   depth: 1, occurrence: 113
   depth: 2, occurrence: 35
   depth: 3, occurrence: 3
   depth: 4, occurrence: 1
   depth: 9, occurrence: 1
   depth: 19, occurrence: 1
   depth: 22, occurrence: 1
   depth: 23, occurrence: 2
   depth: 24, occurrence: 3
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 28, occurrence: 1
   depth: 31, occurrence: 1
   depth: 35, occurrence: 1
   depth: 37, occurrence: 1
   depth: 45, occurrence: 1

XXX total number of pointers: 235

XXX times a variable address is taken: 386
XXX times a pointer is dereferenced on RHS: 119
breakdown:
   depth: 1, occurrence: 96
   depth: 2, occurrence: 19
   depth: 3, occurrence: 4
XXX times a pointer is dereferenced on LHS: 120
breakdown:
   depth: 1, occurrence: 110
   depth: 2, occurrence: 6
   depth: 3, occurrence: 4
XXX times a pointer is compared with null: 26
XXX times a pointer is compared with address of another variable: 7
XXX times a pointer is compared with another pointer: 4
XXX times a pointer is qualified to be dereferenced: 3161

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 888
   level: 2, occurrence: 180
   level: 3, occurrence: 198
   level: 4, occurrence: 31
   level: 5, occurrence: 9
XXX number of pointers point to pointers: 93
XXX number of pointers point to scalars: 122
XXX number of pointers point to structs: 20
XXX percent of pointers has null in alias set: 30.2
XXX average alias set size: 1.37

XXX times a non-volatile is read: 829
XXX times a non-volatile is write: 426
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 3

XXX stmts: 115
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 28
   depth: 1, occurrence: 25
   depth: 2, occurrence: 21
   depth: 3, occurrence: 24
   depth: 4, occurrence: 13
   depth: 5, occurrence: 4

XXX percentage a fresh-made variable is used: 16.1
XXX percentage an existing variable is used: 83.9
********************* end of statistics **********************/

