/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 69 --no-packed-struct --no-volatiles --max-funcs 8 --float -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      69
 */

#include <float.h>
#include <math.h>
#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int64_t  f0;
   int32_t  f1;
   float  f2;
   uint32_t  f3;
};

struct S1 {
   int8_t  f0;
   struct S0  f1;
   const float  f2;
   uint16_t  f3;
   int16_t  f4;
   uint32_t  f5;
   signed f6 : 19;
   uint8_t  f7;
   int64_t  f8;
};

/* --- GLOBAL VARIABLES --- */
static int8_t g_8 = 0xBAL;
static struct S0 g_55 = {0x4763CD51DC99B0BFLL,0x997376B2L,0xC.FF4270p-66,7UL};
static struct S1 g_67 = {0L,{0x2B9925C1F9A20850LL,6L,0x3.C0F0EFp-90,18446744073709551615UL},0x1.Fp+1,0xE9B2L,0xD7FFL,0xCBEB01B5L,585,0UL,0x7FD74DCC0C03A2C1LL};
static int64_t g_88 = 0L;
static uint64_t g_89[3][7][10] = {{{1UL,0xBDFE5E71FFC78F56LL,0xD756E63157454CDDLL,0xD756E63157454CDDLL,0xBDFE5E71FFC78F56LL,1UL,0xBDFE5E71FFC78F56LL,0xD756E63157454CDDLL,0xD756E63157454CDDLL,0xBDFE5E71FFC78F56LL},{1UL,0xBDFE5E71FFC78F56LL,0xD756E63157454CDDLL,0xD756E63157454CDDLL,0xBDFE5E71FFC78F56LL,1UL,0xBDFE5E71FFC78F56LL,0xD756E63157454CDDLL,0xD756E63157454CDDLL,0xBDFE5E71FFC78F56LL},{1UL,0xBDFE5E71FFC78F56LL,0xD756E63157454CDDLL,0xD756E63157454CDDLL,0xBDFE5E71FFC78F56LL,1UL,0xBDFE5E71FFC78F56LL,0xD756E63157454CDDLL,0xD756E63157454CDDLL,0xBDFE5E71FFC78F56LL},{1UL,0xBDFE5E71FFC78F56LL,0xD756E63157454CDDLL,0xD756E63157454CDDLL,0xBDFE5E71FFC78F56LL,1UL,0xBDFE5E71FFC78F56LL,0xD756E63157454CDDLL,0xD756E63157454CDDLL,0xBDFE5E71FFC78F56LL},{1UL,0xBDFE5E71FFC78F56LL,0xD756E63157454CDDLL,0xD756E63157454CDDLL,0xBDFE5E71FFC78F56LL,1UL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL}},{{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL}},{{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL},{0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL,0x5BC1B5E43CA2BCDELL,0xE95A61D411996AC1LL,0xBDFE5E71FFC78F56LL,0xBDFE5E71FFC78F56LL,0xE95A61D411996AC1LL}}};
static uint32_t g_99[8][4] = {{0UL,1UL,4294967291UL,4294967291UL},{8UL,8UL,0UL,4294967291UL},{0x8FAA5422L,1UL,0x8FAA5422L,0UL},{0x8FAA5422L,0UL,0UL,0x8FAA5422L},{8UL,0UL,4294967291UL,0UL},{0UL,1UL,4294967291UL,4294967291UL},{8UL,8UL,0UL,1UL},{4294967291UL,8UL,4294967291UL,0x8FAA5422L}};
static int32_t *g_145 = &g_55.f1;
static int32_t **g_144 = &g_145;
static float *g_150 = &g_55.f2;
static float *g_151[2][6][7] = {{{&g_55.f2,&g_67.f1.f2,&g_55.f2,&g_67.f1.f2,&g_55.f2,&g_55.f2,&g_67.f1.f2},{(void*)0,&g_55.f2,&g_67.f1.f2,&g_67.f1.f2,(void*)0,&g_55.f2,(void*)0},{&g_67.f1.f2,(void*)0,(void*)0,&g_67.f1.f2,&g_55.f2,&g_67.f1.f2,&g_67.f1.f2},{&g_67.f1.f2,(void*)0,(void*)0,&g_55.f2,&g_55.f2,&g_55.f2,(void*)0},{&g_67.f1.f2,&g_55.f2,&g_67.f1.f2,&g_67.f1.f2,&g_67.f1.f2,&g_55.f2,&g_67.f1.f2},{&g_55.f2,&g_67.f1.f2,&g_55.f2,(void*)0,&g_67.f1.f2,&g_55.f2,(void*)0}},{{&g_55.f2,&g_55.f2,&g_55.f2,&g_67.f1.f2,&g_55.f2,&g_55.f2,&g_67.f1.f2},{&g_55.f2,&g_55.f2,&g_55.f2,&g_55.f2,&g_55.f2,&g_55.f2,&g_55.f2},{&g_55.f2,(void*)0,&g_67.f1.f2,&g_55.f2,(void*)0,&g_55.f2,&g_55.f2},{&g_55.f2,&g_55.f2,(void*)0,(void*)0,&g_55.f2,&g_55.f2,&g_67.f1.f2},{&g_55.f2,&g_67.f1.f2,(void*)0,(void*)0,&g_55.f2,&g_55.f2,&g_55.f2},{&g_67.f1.f2,&g_55.f2,&g_67.f1.f2,&g_55.f2,(void*)0,&g_55.f2,&g_67.f1.f2}}};
static uint8_t g_165 = 0xADL;
static int64_t g_203 = (-5L);
static uint64_t g_209[1] = {0x22844F21BF4D37C6LL};
static int32_t g_213 = 0x0642AA80L;
static struct S1 g_237[2] = {{0x59L,{0xD3324805C14573A3LL,0xC1005395L,0x0.3D1BC8p-62,18446744073709551615UL},0x7.EF24CDp-83,0x9F81L,2L,9UL,534,0xD0L,-10L},{0x59L,{0xD3324805C14573A3LL,0xC1005395L,0x0.3D1BC8p-62,18446744073709551615UL},0x7.EF24CDp-83,0x9F81L,2L,9UL,534,0xD0L,-10L}};


/* --- FORWARD DECLARATIONS --- */
static struct S0  func_1(void);
static uint64_t  func_4(int64_t  p_5, int32_t  p_6, const uint64_t  p_7);
static int32_t  func_9(int8_t  p_10, int8_t  p_11, int32_t  p_12, int32_t  p_13, const uint8_t  p_14);
static int16_t  func_15(uint32_t  p_16, const uint32_t  p_17, struct S0  p_18, struct S1  p_19, struct S1  p_20);
static int16_t  func_23(int8_t  p_24, int64_t  p_25, int32_t  p_26);
static struct S0  func_27(int16_t  p_28);
static int16_t  func_31(struct S1  p_32, struct S1  p_33, int32_t  p_34, struct S0  p_35, const uint32_t  p_36);
static struct S1  func_37(const int32_t  p_38, int8_t  p_39, uint16_t  p_40, const uint8_t  p_41, int16_t  p_42);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_8 g_55 g_67 g_89 g_99 g_88 g_144 g_145 g_165 g_150 g_203 g_209 g_213 g_237.f1
 * writes: g_89 g_99 g_67.f4 g_67.f7 g_55.f1 g_67.f5 g_67.f0 g_67.f1.f2 g_55.f2 g_150 g_151 g_8 g_67.f1.f1 g_67.f1.f3 g_203 g_209 g_213
 */
static struct S0  func_1(void)
{ /* block id: 0 */
    float l_2 = 0x4.C039ECp-84;
    int32_t l_3 = 0L;
    uint64_t *l_208 = &g_209[0];
    int32_t l_210 = 0x58A86DAAL;
    int32_t *l_211 = (void*)0;
    int32_t *l_212 = &g_213;
    uint8_t *l_239 = (void*)0;
    uint8_t **l_238 = &l_239;
    int32_t l_282 = 8L;
    int32_t l_292 = 0x99807EF0L;
    struct S0 l_313 = {-2L,0xB4C2EB42L,0x6.4EAE1Fp+62,0x6A618BF5L};
    uint16_t l_341 = 0x4F54L;
    uint8_t l_342 = 0x9AL;
    (*l_212) &= ((((((g_203 ^= (l_3 || func_4(g_8, l_3, g_8))) >= ((safe_sub_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_u(g_55.f0, (l_3 ^ ((*l_208) &= (g_88 > g_67.f3))))) , l_3), 0x0FL)) <= l_210)) , l_3) >= (-0x1.2p+1)) , 0L) >= g_67.f6);
    for (l_210 = 4; (l_210 != 22); l_210++)
    { /* block id: 73 */
        int32_t l_216 = 1L;
        struct S1 *l_236 = &g_237[1];
        float *l_270 = &g_67.f1.f2;
        int32_t l_286 = 0xCAF8C3CEL;
        int32_t l_287 = 0xBD218EFCL;
        int32_t l_288 = 0x8BBABF78L;
        int32_t l_290 = 8L;
        int32_t l_291 = (-1L);
        float *l_303[4];
        float *l_304 = (void*)0;
        float l_330 = (-0x1.3p+1);
        uint32_t l_336 = 0xE4C0E1AAL;
        uint64_t l_343 = 0x8F4F5EA74A31DE90LL;
        int i;
        for (i = 0; i < 4; i++)
            l_303[i] = (void*)0;
    }
    return g_237[1].f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_8 g_55 g_67 g_89 g_99 g_88 g_144 g_145 g_165 g_150
 * writes: g_89 g_99 g_67.f4 g_67.f7 g_55.f1 g_67.f5 g_67.f0 g_67.f1.f2 g_55.f2 g_150 g_151 g_8 g_67.f1.f1 g_67.f1.f3
 */
static uint64_t  func_4(int64_t  p_5, int32_t  p_6, const uint64_t  p_7)
{ /* block id: 1 */
    float l_45 = 0x5.492233p+51;
    int32_t l_50 = (-3L);
    uint32_t l_56 = 4294967295UL;
    struct S0 l_68[7] = {{8L,-3L,-0x1.Fp-1,0xCD65FABBL},{8L,-3L,-0x1.Fp-1,0xCD65FABBL},{8L,-3L,-0x1.Fp-1,0xCD65FABBL},{8L,-3L,-0x1.Fp-1,0xCD65FABBL},{8L,-3L,-0x1.Fp-1,0xCD65FABBL},{8L,-3L,-0x1.Fp-1,0xCD65FABBL},{8L,-3L,-0x1.Fp-1,0xCD65FABBL}};
    int8_t *l_123 = &g_67.f0;
    int16_t *l_126 = (void*)0;
    int16_t *l_127 = &g_67.f4;
    struct S1 l_128 = {0x4EL,{0x9ED40CDEBCC86662LL,3L,-0x7.2p-1,18446744073709551615UL},0x0.0p-1,0xDBECL,0xBBAAL,0UL,588,2UL,0x9698A88581A1E8DBLL};
    int i;
    if (func_9(((func_15(g_8, ((((*l_127) = (func_23(((*l_123) = (func_27((safe_rshift_func_int16_t_s_s(func_31(func_37(p_6, p_6, g_8, ((safe_sub_func_float_f_f(l_45, ((((safe_sub_func_float_f_f((safe_add_func_float_f_f(l_50, (safe_div_func_float_f_f((safe_add_func_float_f_f((g_55 , (-0x9.8p-1)), ((l_50 > p_5) >= p_6))), (-0x8.9p+1))))), g_8)) == l_50) <= l_56) > (-0x1.Ep+1)))) , l_50), p_7), g_67, l_56, l_68[3], l_50), g_67.f1.f3))) , 0L)), l_68[3].f1, l_68[3].f0) , l_68[3].f1)) ^ 0UL) & 0x2979EA24L), l_68[3], l_128, l_128) >= g_67.f6) > l_68[3].f1), p_7, p_7, l_50, l_56))
    { /* block id: 51 */
        for (g_67.f5 = 0; (g_67.f5 > 44); g_67.f5 = safe_add_func_int8_t_s_s(g_67.f5, 4))
        { /* block id: 54 */
            int32_t *l_201 = &l_128.f1.f1;
            l_201 = (*g_144);
        }
lbl_202:
        for (g_67.f1.f3 = 0; (g_67.f1.f3 <= 3); g_67.f1.f3 += 1)
        { /* block id: 59 */
            return p_5;
        }
        for (l_50 = 0; l_50 < 7; l_50 += 1)
        {
            struct S0 tmp = {0L,-1L,0x0.1p-1,2UL};
            l_68[l_50] = tmp;
        }
        (*g_150) = (&p_6 != &p_6);
    }
    else
    { /* block id: 64 */
        if (l_128.f1.f3)
            goto lbl_202;
    }
    return g_55.f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_55.f1 g_67.f1.f1 g_88 g_67.f3 g_89 g_55.f0 g_67.f4 g_67.f5 g_67.f1.f3 g_67.f8 g_67.f6 g_150 g_67.f1.f2 g_145
 * writes: g_67.f1.f1 g_99 g_67.f4 g_67.f7 g_55.f1 g_67.f5
 */
static int32_t  func_9(int8_t  p_10, int8_t  p_11, int32_t  p_12, int32_t  p_13, const uint8_t  p_14)
{ /* block id: 46 */
    int32_t *l_170 = &g_67.f1.f1;
    int32_t l_184 = 0xEDCCD7B2L;
    uint8_t l_198[6];
    int i;
    for (i = 0; i < 6; i++)
        l_198[i] = 0x84L;
    (*l_170) ^= (safe_lshift_func_uint16_t_u_u(g_55.f1, 3));
    (*g_145) = (safe_mul_func_int16_t_s_s((safe_mod_func_uint32_t_u_u((&l_170 != &g_145), ((((safe_add_func_uint16_t_u_u(((*l_170) & (((((!((safe_sub_func_float_f_f((-0x3.4p-1), ((safe_div_func_float_f_f((((p_14 , (((safe_div_func_float_f_f((*l_170), (l_184 = (*l_170)))) <= (safe_mul_func_float_f_f(((safe_rshift_func_uint8_t_u_s((safe_mod_func_uint32_t_u_u(((((+(0x6F5DL | ((safe_mod_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(((((func_27((safe_div_func_uint8_t_u_u(g_88, 0x9DL))) , 6UL) < p_12) != (*l_170)) | p_14), g_67.f1.f3)), 0xA83EL)) & 0xE5FEA347L))) , g_67.f8) ^ 0x45E3B42F9386C83CLL) || (*l_170)), 0xE42A5BE7L)), g_67.f6)) , 0xE.EAB198p+4), (*g_150)))) > 0x0.Ap-1)) == (-0x1.Cp-1)) != (*l_170)), (*l_170))) > (*l_170)))) == 0xE.65A7A0p-52)) , g_89[2][0][0]) , (-6L)) <= g_89[0][3][9]) | 65535UL)), l_198[0])) | p_12) && p_10) || (-1L)))), (*l_170)));
    return p_12;
}


/* ------------------------------------------ */
/* 
 * reads : g_67.f4 g_67.f1.f1 g_99 g_89 g_67.f7 g_67.f1.f0 g_88 g_144 g_67.f5 g_67.f8 g_145 g_55.f1 g_67.f3 g_165
 * writes: g_67.f4 g_67.f1.f2 g_55.f2 g_150 g_151 g_67.f0 g_99 g_8 g_55.f1
 */
static int16_t  func_15(uint32_t  p_16, const uint32_t  p_17, struct S0  p_18, struct S1  p_19, struct S1  p_20)
{ /* block id: 25 */
    int32_t l_142 = 6L;
    int32_t **l_147 = &g_145;
    int32_t ***l_146 = &l_147;
    float *l_148 = &g_67.f1.f2;
    float **l_149[8][7] = {{&l_148,(void*)0,(void*)0,&l_148,&l_148,(void*)0,(void*)0},{&l_148,&l_148,&l_148,&l_148,&l_148,&l_148,&l_148},{&l_148,&l_148,(void*)0,(void*)0,&l_148,&l_148,(void*)0},{(void*)0,&l_148,(void*)0,&l_148,(void*)0,&l_148,(void*)0},{&l_148,(void*)0,(void*)0,&l_148,&l_148,(void*)0,(void*)0},{&l_148,&l_148,&l_148,&l_148,&l_148,&l_148,&l_148},{&l_148,&l_148,(void*)0,(void*)0,&l_148,&l_148,(void*)0},{(void*)0,&l_148,(void*)0,&l_148,(void*)0,&l_148,(void*)0}};
    struct S0 l_158 = {1L,7L,0xC.39DA6Ap+44,18446744073709551608UL};
    uint16_t l_164 = 0UL;
    int i, j;
    for (g_67.f4 = 0; (g_67.f4 > 0); g_67.f4 = safe_add_func_int64_t_s_s(g_67.f4, 4))
    { /* block id: 28 */
        int32_t l_140 = 1L;
        float *l_141 = &g_67.f1.f2;
        float *l_143 = &g_55.f2;
        (*l_143) = (safe_div_func_float_f_f((g_67.f1.f1 , (g_99[3][0] , 0xD.5C270Fp-18)), (safe_div_func_float_f_f((safe_mul_func_float_f_f(((0x1.5p+1 != (safe_sub_func_float_f_f(g_67.f1.f1, ((*l_141) = ((!(l_140 = p_19.f0)) > (g_89[1][3][0] , g_67.f7)))))) <= ((l_142 < g_67.f1.f0) > 0x4.F9B34Bp+97)), g_67.f7)), g_88))));
    }
    if ((((g_144 != ((*l_146) = &g_145)) , (g_151[0][2][1] = (g_150 = l_148))) != (void*)0))
    { /* block id: 36 */
        return p_20.f5;
    }
    else
    { /* block id: 38 */
        uint32_t l_152 = 0xD161A44FL;
        int8_t *l_155 = &g_8;
        uint8_t *l_166 = (void*)0;
        int32_t *l_167 = &l_158.f1;
        for (g_67.f0 = 0; g_67.f0 < 8; g_67.f0 += 1)
        {
            for (p_20.f7 = 0; p_20.f7 < 4; p_20.f7 += 1)
            {
                g_99[g_67.f0][p_20.f7] = 0x1553874BL;
            }
        }
        (*l_167) = (g_67.f5 <= ((((p_19.f7 = ((l_152 > (((***l_146) |= (g_67.f8 & (safe_rshift_func_int8_t_s_u(((*l_155) = l_152), 3)))) && ((safe_sub_func_uint8_t_u_u(0x7EL, (l_158 , (((+(safe_mul_func_int16_t_s_s((p_19.f8 > (((safe_mod_func_uint8_t_u_u(((((g_67.f3 , (**l_147)) , g_88) != g_67.f3) , (**l_147)), p_20.f5)) == (**l_147)) && l_164)), 0x7D7EL))) , 0x2025CEF9BD45106ELL) ^ 0x9E9AA08B820AD96DLL)))) != g_165))) < p_19.f1.f3)) ^ p_20.f1.f3) , p_18.f3) != p_19.f1.f1));
    }
    return (***l_146);
}


/* ------------------------------------------ */
/* 
 * reads : g_89
 * writes:
 */
static int16_t  func_23(int8_t  p_24, int64_t  p_25, int32_t  p_26)
{ /* block id: 21 */
    int32_t *l_124 = (void*)0;
    int32_t l_125 = 0xE4F0E318L;
    l_125 ^= p_26;
    return g_89[0][3][9];
}


/* ------------------------------------------ */
/* 
 * reads : g_67.f3 g_89 g_55.f0 g_67.f4 g_67.f5 g_55.f1
 * writes: g_99 g_67.f4 g_67.f7 g_55.f1 g_67.f5
 */
static struct S0  func_27(int16_t  p_28)
{ /* block id: 8 */
    uint32_t *l_98 = &g_99[3][0];
    int32_t l_110 = 0x7754C0D2L;
    const uint16_t l_115[1][6] = {{1UL,1UL,1UL,1UL,1UL,1UL}};
    int32_t l_116 = 1L;
    int16_t *l_117 = &g_67.f4;
    uint8_t *l_118 = &g_67.f7;
    int32_t l_119 = 0x6D33B1CCL;
    struct S0 l_122 = {0x1BC6CB3F44D47832LL,1L,-0x1.5p-1,0xB99F0C8DL};
    int i, j;
    g_55.f1 |= (safe_div_func_uint32_t_u_u(p_28, (safe_mod_func_int64_t_s_s((safe_mod_func_uint32_t_u_u(((*l_98) = p_28), p_28)), (safe_mod_func_int64_t_s_s((safe_div_func_uint8_t_u_u((((((253UL <= ((safe_sub_func_uint8_t_u_u(g_67.f3, (safe_add_func_uint32_t_u_u(0x6AF2FFE1L, (((safe_rshift_func_int16_t_s_s(l_110, 11)) > ((l_119 = (((*l_118) = (safe_rshift_func_int16_t_s_s((safe_sub_func_int16_t_s_s(((*l_117) &= ((p_28 == (func_37(l_110, g_89[0][3][9], p_28, l_115[0][3], l_115[0][3]) , 0xF0L)) & l_116)), 0x8022L)), p_28))) ^ p_28)) , g_89[0][3][9])) && p_28))))) && 0x4B8878B811774B49LL)) ^ l_115[0][5]) , p_28) >= p_28) ^ g_67.f5), (-3L))), l_110))))));
    for (g_67.f5 = 0; (g_67.f5 != 52); g_67.f5 = safe_add_func_int64_t_s_s(g_67.f5, 4))
    { /* block id: 16 */
        return l_122;
    }
    return l_122;
}


/* ------------------------------------------ */
/* 
 * reads : g_89
 * writes: g_89
 */
static int16_t  func_31(struct S1  p_32, struct S1  p_33, int32_t  p_34, struct S0  p_35, const uint32_t  p_36)
{ /* block id: 5 */
    int32_t *l_69 = &g_67.f1.f1;
    int32_t *l_70 = (void*)0;
    int32_t *l_71 = (void*)0;
    int32_t *l_72 = &g_55.f1;
    int32_t *l_73 = &g_67.f1.f1;
    int32_t *l_74 = &g_67.f1.f1;
    int32_t *l_75 = &g_55.f1;
    int32_t *l_76 = &g_55.f1;
    int32_t *l_77 = &g_55.f1;
    int32_t *l_78 = &g_55.f1;
    int32_t *l_79 = &g_67.f1.f1;
    int32_t *l_80 = (void*)0;
    int32_t *l_81 = &g_55.f1;
    int32_t *l_82 = &g_55.f1;
    int32_t *l_83 = &g_55.f1;
    int32_t *l_84 = &g_55.f1;
    int32_t *l_85 = &g_67.f1.f1;
    int32_t *l_86 = (void*)0;
    int32_t *l_87[10][6] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
    int i, j;
    ++g_89[0][3][9];
    return p_33.f8;
}


/* ------------------------------------------ */
/* 
 * reads : g_55.f0
 * writes:
 */
static struct S1  func_37(const int32_t  p_38, int8_t  p_39, uint16_t  p_40, const uint8_t  p_41, int16_t  p_42)
{ /* block id: 2 */
    const uint64_t l_61[4][5] = {{0UL,0UL,0UL,0UL,0UL},{0UL,0UL,0UL,0UL,0UL},{0UL,0UL,0UL,0UL,0UL},{0UL,0UL,0UL,0UL,0UL}};
    int32_t *l_65[1][6][2] = {{{&g_55.f1,&g_55.f1},{&g_55.f1,&g_55.f1},{&g_55.f1,&g_55.f1},{&g_55.f1,&g_55.f1},{&g_55.f1,&g_55.f1},{&g_55.f1,&g_55.f1}}};
    int32_t **l_64 = &l_65[0][1][0];
    struct S1 l_66 = {0x70L,{0x94A9589AB98CFE46LL,-1L,0x6.F2A9E5p-31,0x41D31AB1L},0x9.Dp-1,65532UL,0x2C88L,1UL,-513,0xE1L,0x637114C0ACF258FDLL};
    int i, j, k;
    (*l_64) = (((safe_rshift_func_int16_t_s_u(p_42, (safe_rshift_func_uint8_t_u_u(l_61[1][3], 1)))) ^ (safe_sub_func_uint8_t_u_u((0xFA6B6B07L > g_55.f0), p_39))) , (void*)0);
    return l_66;
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
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_55.f0, "g_55.f0", print_hash_value);
    transparent_crc(g_55.f1, "g_55.f1", print_hash_value);
    transparent_crc_bytes (&g_55.f2, sizeof(g_55.f2), "g_55.f2", print_hash_value);
    transparent_crc(g_55.f3, "g_55.f3", print_hash_value);
    transparent_crc(g_67.f0, "g_67.f0", print_hash_value);
    transparent_crc(g_67.f1.f0, "g_67.f1.f0", print_hash_value);
    transparent_crc(g_67.f1.f1, "g_67.f1.f1", print_hash_value);
    transparent_crc_bytes (&g_67.f1.f2, sizeof(g_67.f1.f2), "g_67.f1.f2", print_hash_value);
    transparent_crc(g_67.f1.f3, "g_67.f1.f3", print_hash_value);
    transparent_crc_bytes (&g_67.f2, sizeof(g_67.f2), "g_67.f2", print_hash_value);
    transparent_crc(g_67.f3, "g_67.f3", print_hash_value);
    transparent_crc(g_67.f4, "g_67.f4", print_hash_value);
    transparent_crc(g_67.f5, "g_67.f5", print_hash_value);
    transparent_crc(g_67.f6, "g_67.f6", print_hash_value);
    transparent_crc(g_67.f7, "g_67.f7", print_hash_value);
    transparent_crc(g_67.f8, "g_67.f8", print_hash_value);
    transparent_crc(g_88, "g_88", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_89[i][j][k], "g_89[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_99[i][j], "g_99[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_203, "g_203", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_209[i], "g_209[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_213, "g_213", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_237[i].f0, "g_237[i].f0", print_hash_value);
        transparent_crc(g_237[i].f1.f0, "g_237[i].f1.f0", print_hash_value);
        transparent_crc(g_237[i].f1.f1, "g_237[i].f1.f1", print_hash_value);
        transparent_crc_bytes(&g_237[i].f1.f2, sizeof(g_237[i].f1.f2), "g_237[i].f1.f2", print_hash_value);
        transparent_crc(g_237[i].f1.f3, "g_237[i].f1.f3", print_hash_value);
        transparent_crc_bytes(&g_237[i].f2, sizeof(g_237[i].f2), "g_237[i].f2", print_hash_value);
        transparent_crc(g_237[i].f3, "g_237[i].f3", print_hash_value);
        transparent_crc(g_237[i].f4, "g_237[i].f4", print_hash_value);
        transparent_crc(g_237[i].f5, "g_237[i].f5", print_hash_value);
        transparent_crc(g_237[i].f6, "g_237[i].f6", print_hash_value);
        transparent_crc(g_237[i].f7, "g_237[i].f7", print_hash_value);
        transparent_crc(g_237[i].f8, "g_237[i].f8", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 65
   depth: 1, occurrence: 5
   depth: 2, occurrence: 4
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 6
breakdown:
   indirect level: 0, occurrence: 4
   indirect level: 1, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 2
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 5
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 3

XXX max expression depth: 46
breakdown:
   depth: 1, occurrence: 28
   depth: 2, occurrence: 7
   depth: 7, occurrence: 2
   depth: 15, occurrence: 1
   depth: 18, occurrence: 1
   depth: 27, occurrence: 1
   depth: 33, occurrence: 1
   depth: 41, occurrence: 1
   depth: 46, occurrence: 1

XXX total number of pointers: 69

XXX times a variable address is taken: 129
XXX times a pointer is dereferenced on RHS: 28
breakdown:
   depth: 1, occurrence: 22
   depth: 2, occurrence: 5
   depth: 3, occurrence: 1
XXX times a pointer is dereferenced on LHS: 35
breakdown:
   depth: 1, occurrence: 34
   depth: 2, occurrence: 0
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 2
XXX times a pointer is compared with address of another variable: 0
XXX times a pointer is compared with another pointer: 2
XXX times a pointer is qualified to be dereferenced: 451

XXX max dereference level: 3
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 94
   level: 2, occurrence: 15
   level: 3, occurrence: 6
XXX number of pointers point to pointers: 9
XXX number of pointers point to scalars: 57
XXX number of pointers point to structs: 3
XXX percent of pointers has null in alias set: 31.9
XXX average alias set size: 1.2

XXX times a non-volatile is read: 260
XXX times a non-volatile is write: 104
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 2

XXX stmts: 32
XXX max block depth: 2
breakdown:
   depth: 0, occurrence: 20
   depth: 1, occurrence: 10
   depth: 2, occurrence: 2

XXX percentage a fresh-made variable is used: 23
XXX percentage an existing variable is used: 77
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

