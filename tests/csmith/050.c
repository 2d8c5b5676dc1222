/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 59 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      59
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int64_t g_2[7] = {0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL,0x4A9BDBA76AABECBALL};
static int32_t g_47 = 0xC36B586FL;
static int32_t g_59 = 0L;
static int32_t g_60 = 1L;
static uint16_t g_61[5][7] = {{0xFF40L,0UL,0UL,0xFF40L,0xE085L,0xFF40L,0UL},{0UL,0UL,0UL,0UL,0UL,0UL,0UL},{0UL,0UL,0UL,0UL,0UL,0UL,0UL},{0xFF40L,0xE085L,0xFF40L,0UL,0UL,0xFF40L,0xE085L},{0UL,0xE085L,0UL,0UL,0xE085L,0UL,0xE085L}};
static uint8_t g_94 = 0UL;
static int16_t g_105 = 0x6A0DL;
static int8_t g_147[5] = {(-6L),(-6L),(-6L),(-6L),(-6L)};
static int8_t g_151 = 0x0AL;
static int32_t *g_153 = (void*)0;
static int32_t **g_152 = &g_153;
static int16_t *g_162 = (void*)0;
static int16_t **g_161[10] = {&g_162,&g_162,&g_162,&g_162,&g_162,&g_162,&g_162,&g_162,&g_162,&g_162};
static int16_t ***g_160 = &g_161[5];
static int64_t g_196 = (-1L);
static int16_t g_197 = 0xBCCDL;
static uint32_t g_198 = 8UL;
static int32_t g_219 = 0xB9DD4B5BL;
static uint32_t g_245 = 0x4C439D63L;
static int32_t ***g_258 = (void*)0;
static int32_t ***g_269[9] = {&g_152,&g_152,&g_152,&g_152,&g_152,&g_152,&g_152,&g_152,&g_152};
static int64_t g_270 = 0x6A0B4DBAC17790CCLL;
static int32_t ****g_276 = &g_269[7];
static int32_t *****g_275 = &g_276;
static uint8_t g_298[9][8][3] = {{{255UL,0xF3L,1UL},{0UL,255UL,0x21L},{254UL,0x59L,0xB2L},{4UL,255UL,254UL},{0x9EL,0xF3L,9UL},{249UL,0UL,0UL},{0x96L,255UL,0x9CL},{255UL,254UL,0x59L}},{{255UL,4UL,249UL},{0x96L,0x96L,254UL},{249UL,0xF1L,255UL},{0x9EL,2UL,0UL},{4UL,0UL,0xAAL},{254UL,0x9EL,0UL},{0UL,0xC0L,255UL},{255UL,4UL,254UL}},{{1UL,255UL,249UL},{0xB2L,9UL,0x59L},{0xF1L,9UL,0x9CL},{0UL,255UL,0UL},{0xF5L,4UL,9UL},{0x9BL,0xC0L,254UL},{0UL,0x9EL,0xB2L},{9UL,0UL,0x21L}},{{0UL,2UL,1UL},{0x9BL,0xF1L,0xC0L},{0xF5L,0x96L,255UL},{0UL,4UL,4UL},{0xF1L,254UL,4UL},{0xB2L,255UL,255UL},{1UL,0UL,0xC0L},{255UL,0xF3L,1UL}},{{0UL,255UL,0x21L},{254UL,0x59L,0xB2L},{4UL,255UL,254UL},{0x9EL,0xF3L,9UL},{249UL,0UL,0UL},{0x96L,255UL,0x9CL},{255UL,254UL,0x59L},{255UL,4UL,249UL}},{{0x96L,0x96L,254UL},{249UL,0xF1L,255UL},{0x9EL,2UL,0UL},{4UL,0UL,0xAAL},{254UL,0x9EL,0UL},{0UL,0xC0L,255UL},{255UL,4UL,254UL},{1UL,255UL,249UL}},{{0xB2L,9UL,0x59L},{0xF1L,9UL,0x9CL},{0UL,255UL,0UL},{0xF5L,4UL,9UL},{0x9BL,0xC0L,254UL},{0UL,0x9EL,0xB2L},{9UL,0UL,0x21L},{0UL,2UL,1UL}},{{0x9BL,0xF1L,0xC0L},{0xC0L,0x4BL,2UL},{0UL,9UL,0xF5L},{4UL,0x9EL,0xF5L},{255UL,2UL,2UL},{0xBAL,0x9BL,0UL},{0xB2L,0UL,0xBAL},{255UL,0xF3L,0xAAL}},{{0x96L,0x21L,255UL},{9UL,0xF3L,0x9EL},{0x59L,0UL,0x9CL},{254UL,0x9BL,0UL},{0x4BL,2UL,4UL},{2UL,0x9EL,0x21L},{2UL,9UL,254UL},{0x4BL,0x4BL,0x96L}}};
static uint64_t g_317 = 18446744073709551609UL;
static uint32_t g_321 = 0x343AA78CL;
static uint32_t g_325 = 1UL;


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static uint8_t  func_3(uint32_t  p_4, const uint64_t  p_5, int16_t  p_6);
static const uint64_t  func_7(int8_t  p_8, uint32_t  p_9, int32_t  p_10, int32_t  p_11);
static uint32_t  func_13(uint32_t  p_14, int8_t  p_15, int32_t  p_16, int32_t  p_17);
static int16_t  func_18(int32_t  p_19);
static int64_t  func_22(uint32_t  p_23, int32_t  p_24);
static int32_t  func_27(uint16_t  p_28, int32_t  p_29, uint32_t  p_30);
static int8_t  func_39(uint64_t  p_40, uint32_t  p_41);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_61 g_47 g_60 g_105 g_59 g_94 g_151 g_152 g_198 g_196 g_147 g_219 g_298 g_197 g_245 g_317 g_276 g_269 g_275 g_153
 * writes: g_61 g_47 g_60 g_94 g_59 g_105 g_147 g_151 g_160 g_153 g_161 g_198 g_219 g_298 g_245 g_321 g_317 g_325
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    int32_t l_12 = 1L;
    int32_t *l_218[5];
    uint32_t l_278 = 4294967288UL;
    int32_t *l_301 = &g_59;
    int32_t l_312 = 0x9A49C072L;
    uint32_t l_334 = 0x49BEBD1CL;
    int i;
    for (i = 0; i < 5; i++)
        l_218[i] = (void*)0;
    l_334 &= (g_2[4] , (func_3((((func_7(l_12, func_13(g_2[5], g_2[4], (func_18(((*l_301) = (safe_sub_func_int64_t_s_s(5L, func_22((safe_div_func_int32_t_s_s(func_27(g_2[4], (g_219 = (safe_add_func_int8_t_s_s((safe_lshift_func_int8_t_s_u(((safe_mul_func_int8_t_s_s(g_2[4], (g_2[4] >= ((safe_rshift_func_int8_t_s_u(func_39((safe_lshift_func_int8_t_s_s(0xFEL, 4)), g_2[5]), 6)) , 0x897607B9B31375F1LL)))) && 0x34C1BD7CL), g_2[4])), l_12))), g_2[6]), g_2[4])), l_278))))) == 0x8AB1L), g_197), g_196, l_312) , g_147[3]) , 0L) <= 0xB5CCL), g_2[4], g_2[2]) ^ 0x6FL));
    return g_196;
}


/* ------------------------------------------ */
/* 
 * reads : g_61 g_317 g_276 g_269 g_152 g_198 g_275 g_153
 * writes: g_321 g_317 g_325 g_153 g_198
 */
static uint8_t  func_3(uint32_t  p_4, const uint64_t  p_5, int16_t  p_6)
{ /* block id: 154 */
    uint16_t l_315 = 0x919AL;
    uint64_t *l_316 = &g_317;
    uint32_t *l_320 = &g_321;
    uint64_t *l_324 = &g_317;
    int32_t l_326 = (-5L);
    int32_t *l_327[8][7][4] = {{{&l_326,&g_47,&g_60,&g_60},{&g_47,&l_326,(void*)0,&l_326},{&g_47,&l_326,&g_60,(void*)0},{&g_47,&g_60,&g_60,(void*)0},{&g_60,&g_47,&l_326,&l_326},{&g_60,&g_47,&g_60,(void*)0},{&g_47,&l_326,&g_60,(void*)0}},{{&g_47,&g_60,(void*)0,&l_326},{&g_47,&g_47,&g_60,(void*)0},{&l_326,&l_326,(void*)0,&g_60},{&l_326,&g_60,&g_60,&l_326},{&g_60,&l_326,(void*)0,&l_326},{&g_60,&g_60,(void*)0,&g_60},{&g_47,&g_47,(void*)0,&g_60}},{{&l_326,&g_60,&g_47,&l_326},{&g_60,&l_326,&g_60,&l_326},{(void*)0,&g_60,&g_60,&g_60},{&l_326,&l_326,(void*)0,(void*)0},{&g_60,&g_47,&g_47,&l_326},{&g_60,&g_60,&g_60,(void*)0},{&l_326,&l_326,(void*)0,(void*)0}},{{(void*)0,&g_47,(void*)0,&l_326},{&l_326,&g_47,(void*)0,(void*)0},{(void*)0,&g_60,(void*)0,(void*)0},{&l_326,&l_326,&g_60,&l_326},{&g_60,&l_326,&g_47,&g_60},{&g_60,&g_47,(void*)0,(void*)0},{&l_326,(void*)0,&g_60,&g_60}},{{(void*)0,(void*)0,&g_60,&l_326},{&g_60,&g_47,&g_47,&l_326},{&l_326,&g_60,(void*)0,&g_47},{&g_47,&g_60,(void*)0,&l_326},{&g_60,&g_47,(void*)0,&l_326},{&g_60,(void*)0,&g_60,&g_60},{&l_326,(void*)0,(void*)0,(void*)0}},{{&l_326,&g_47,&g_60,&g_60},{&g_47,&g_60,&g_60,&g_60},{&g_60,&g_47,&g_47,&g_60},{&g_60,&l_326,&g_60,&l_326},{&l_326,&g_60,&l_326,(void*)0},{&l_326,&g_60,&g_60,(void*)0},{&g_60,(void*)0,&g_47,&g_47}},{{&g_60,&g_60,&g_60,&g_47},{(void*)0,&g_60,&l_326,&l_326},{&l_326,&g_47,(void*)0,&l_326},{(void*)0,&g_60,&g_60,(void*)0},{&l_326,&g_60,&l_326,(void*)0},{&g_60,&g_60,(void*)0,&g_47},{&g_60,(void*)0,&g_47,&g_47}},{{&l_326,&g_60,(void*)0,(void*)0},{&g_60,&g_60,&l_326,(void*)0},{&g_47,&g_60,&g_47,&l_326},{&g_60,&g_47,(void*)0,&l_326},{&l_326,&g_60,&g_60,&g_47},{&l_326,&g_60,&l_326,&g_47},{(void*)0,(void*)0,&g_47,(void*)0}}};
    int32_t l_328 = 0L;
    uint64_t l_329 = 0x8BCA9C80D5F18405LL;
    int i, j, k;
    (***g_276) = (((((0xD4L > 0x4BL) , l_315) ^ (g_325 = ((*l_324) &= ((&p_5 == (l_316 = l_316)) | ((((l_315 < ((*l_320) = (safe_rshift_func_uint8_t_u_u(0x61L, 3)))) , (void*)0) != (((safe_mul_func_int8_t_s_s(((l_315 <= l_315) || g_61[1][4]), (-1L))) > p_6) , (void*)0)) <= 0x72F664FD137E3E80LL))))) | 0x14L) , l_320);
    --l_329;
    for (g_198 = (-1); (g_198 < 32); g_198 = safe_add_func_int16_t_s_s(g_198, 9))
    { /* block id: 163 */
        (*****g_275) = p_4;
    }
    (***g_276) = &l_326;
    return p_4;
}


/* ------------------------------------------ */
/* 
 * reads : g_245 g_94 g_147
 * writes: g_245
 */
static const uint64_t  func_7(int8_t  p_8, uint32_t  p_9, int32_t  p_10, int32_t  p_11)
{ /* block id: 147 */
    for (g_245 = 11; (g_245 > 44); g_245++)
    { /* block id: 150 */
        return g_94;
    }
    return g_147[3];
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint32_t  func_13(uint32_t  p_14, int8_t  p_15, int32_t  p_16, int32_t  p_17)
{ /* block id: 145 */
    return p_15;
}


/* ------------------------------------------ */
/* 
 * reads : g_59 g_60
 * writes: g_59
 */
static int16_t  func_18(int32_t  p_19)
{ /* block id: 137 */
    int32_t *l_304 = (void*)0;
    int32_t *l_305 = (void*)0;
    int32_t *l_306 = &g_47;
    int32_t *l_307 = &g_60;
    int32_t *l_308[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint8_t l_309 = 0x52L;
    int i;
    for (g_59 = (-19); (g_59 <= 3); g_59 = safe_add_func_int8_t_s_s(g_59, 6))
    { /* block id: 140 */
        return p_19;
    }
    l_309--;
    return (*l_307);
}


/* ------------------------------------------ */
/* 
 * reads : g_47 g_219 g_2 g_298 g_105
 * writes: g_147 g_105 g_298
 */
static int64_t  func_22(uint32_t  p_23, int32_t  p_24)
{ /* block id: 129 */
    uint16_t *l_281 = &g_61[1][4];
    int32_t *l_284 = &g_219;
    int32_t *l_286 = &g_219;
    int32_t **l_285 = &l_286;
    int32_t l_289 = 4L;
    int32_t **l_290 = &g_153;
    int8_t *l_294 = &g_147[3];
    int16_t *l_295 = &g_105;
    int32_t *l_296[9][1];
    int8_t l_297 = 0xF1L;
    int i, j;
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 1; j++)
            l_296[i][j] = (void*)0;
    }
    p_24 = (safe_mod_func_int64_t_s_s((&g_61[1][4] != l_281), (safe_rshift_func_int16_t_s_u((l_284 == ((*l_285) = l_284)), (safe_mul_func_int16_t_s_s(l_289, ((g_47 & ((void*)0 == l_290)) == ((((!(((*l_295) = (safe_mul_func_int8_t_s_s((((*l_294) = p_24) > p_23), g_219))) , p_24)) >= 0xBBL) == p_24) <= g_2[4]))))))));
    --g_298[3][0][2];
    return g_105;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t  func_27(uint16_t  p_28, int32_t  p_29, uint32_t  p_30)
{ /* block id: 94 */
    int16_t *l_220 = &g_197;
    uint64_t l_223 = 5UL;
    int32_t l_228 = 0x73AB9B90L;
    int32_t l_232 = 0xEEC173A8L;
    int32_t l_239 = 0xFC398581L;
    int32_t l_241 = (-3L);
    int32_t **l_242 = (void*)0;
    int16_t ***l_246 = (void*)0;
    int16_t ***l_247 = &g_161[5];
    int32_t l_268 = 3L;
    int32_t *l_271 = &g_60;
    int32_t *****l_277[2];
    int i;
    for (i = 0; i < 2; i++)
        l_277[i] = &g_276;
    return p_30;
}


/* ------------------------------------------ */
/* 
 * reads : g_61 g_47 g_60 g_2 g_105 g_59 g_94 g_151 g_152 g_198 g_196 g_147
 * writes: g_61 g_47 g_60 g_94 g_59 g_105 g_147 g_151 g_160 g_153 g_161 g_198
 */
static int8_t  func_39(uint64_t  p_40, uint32_t  p_41)
{ /* block id: 1 */
    int32_t l_49 = 0xC2541761L;
    int32_t l_50 = 0x7D413053L;
    int32_t l_52 = 0x07C4E7CCL;
    int32_t l_58 = 0L;
    int16_t *l_121 = &g_105;
    int8_t *l_176[10][9] = {{&g_147[3],&g_147[3],(void*)0,&g_147[0],&g_147[0],(void*)0,&g_147[3],&g_147[3],&g_151},{&g_147[3],&g_147[3],&g_147[3],&g_147[2],&g_147[3],&g_147[3],&g_147[2],&g_147[3],&g_147[3]},{&g_147[0],&g_147[3],&g_147[3],&g_151,(void*)0,&g_147[0],&g_147[0],(void*)0,&g_151},{&g_147[0],&g_147[3],&g_147[0],&g_147[0],&g_147[2],&g_147[3],(void*)0,(void*)0,&g_147[3]},{&g_147[3],&g_147[3],&g_147[0],&g_147[3],&g_147[3],&g_151,(void*)0,&g_147[0],&g_147[0]},{&g_147[3],&g_147[3],&g_147[3],&g_147[0],&g_147[3],&g_147[3],&g_147[3],&g_147[2],&g_147[3]},{(void*)0,&g_147[3],&g_147[3],&g_151,&g_147[2],&g_151,&g_147[3],&g_147[3],(void*)0},{&g_147[3],&g_151,(void*)0,&g_147[2],(void*)0,&g_147[3],(void*)0,&g_147[2],(void*)0},{(void*)0,(void*)0,&g_147[3],&g_147[0],&g_147[3],&g_147[0],(void*)0,&g_147[0],&g_147[3]},{&g_147[3],(void*)0,(void*)0,&g_147[3],&g_147[0],&g_147[3],&g_147[0],(void*)0,&g_147[0]}};
    int64_t l_201 = (-10L);
    int32_t l_209 = 0x5DF7E9F5L;
    int8_t l_214 = (-1L);
    int i, j;
    for (p_40 = (-26); (p_40 <= 50); p_40 = safe_add_func_uint16_t_u_u(p_40, 9))
    { /* block id: 4 */
        int32_t *l_46 = &g_47;
        int32_t *l_48 = &g_47;
        int32_t *l_51 = &g_47;
        int32_t *l_53 = &l_52;
        int32_t *l_54 = &l_52;
        int32_t *l_55 = (void*)0;
        int32_t *l_56 = &g_47;
        int32_t *l_57[10][1][4] = {{{&l_50,&l_50,&l_50,&l_50}},{{&l_50,&l_50,&l_52,&l_50}},{{&l_50,&l_50,&l_50,&l_50}},{{&l_52,&l_50,&l_52,&l_52}},{{&l_50,&l_50,&l_50,&l_50}},{{&l_50,&l_52,&l_52,&l_50}},{{&l_52,&l_50,&l_52,&l_52}},{{&l_50,&l_50,&l_50,&l_50}},{{&l_50,&l_52,&l_52,&l_50}},{{&l_52,&l_50,&l_52,&l_52}}};
        int i, j, k;
        g_61[1][4]--;
    }
    for (g_47 = 0; (g_47 != 24); ++g_47)
    { /* block id: 9 */
        int32_t *l_74 = &l_50;
        int16_t *l_123 = &g_105;
        uint64_t l_165 = 0UL;
        int16_t l_190 = (-1L);
        int32_t *l_195[5];
        uint32_t l_215 = 4294967290UL;
        int i;
        for (i = 0; i < 5; i++)
            l_195[i] = (void*)0;
        for (p_40 = 0; (p_40 > 12); p_40 = safe_add_func_uint32_t_u_u(p_40, 6))
        { /* block id: 12 */
            const uint32_t l_86[1] = {0x966A49DFL};
            const int32_t *l_120 = &l_50;
            int32_t l_125 = 0x2F2E681AL;
            int16_t **l_132 = (void*)0;
            int i;
            for (g_60 = 0; (g_60 > 7); ++g_60)
            { /* block id: 15 */
                uint32_t l_95 = 4UL;
                int32_t l_106 = 0x511E0418L;
                int16_t * const *l_131 = &l_121;
                int16_t **l_134 = &l_121;
                for (l_49 = 26; (l_49 >= (-2)); --l_49)
                { /* block id: 18 */
                    uint32_t l_75[9][1][8] = {{{0x09958A82L,0x6DF464CCL,0xC064B57DL,1UL,0x09958A82L,1UL,0xC064B57DL,0x6DF464CCL}},{{0x09958A82L,1UL,0xC064B57DL,0x6DF464CCL,0x09958A82L,0x6DF464CCL,0xC064B57DL,1UL}},{{0x09958A82L,0x6DF464CCL,0xC064B57DL,1UL,0x09958A82L,1UL,0xC064B57DL,0x6DF464CCL}},{{0x09958A82L,1UL,0xC064B57DL,0x6DF464CCL,0x09958A82L,0x6DF464CCL,0xC064B57DL,1UL}},{{0x09958A82L,0x6DF464CCL,0xC064B57DL,1UL,0x09958A82L,1UL,0xC064B57DL,0x6DF464CCL}},{{0x09958A82L,1UL,0xC064B57DL,0x6DF464CCL,0x09958A82L,0x6DF464CCL,0xC064B57DL,1UL}},{{0x09958A82L,0x6DF464CCL,0xC064B57DL,1UL,0x09958A82L,1UL,0xC064B57DL,0x6DF464CCL}},{{0x09958A82L,1UL,0xC064B57DL,0x6DF464CCL,0x09958A82L,0x6DF464CCL,0xC064B57DL,1UL}},{{0x09958A82L,0x6DF464CCL,0xC064B57DL,1UL,0x09958A82L,1UL,0xC064B57DL,0x6DF464CCL}}};
                    int32_t l_100 = 0x644770C5L;
                    int i, j, k;
                    for (l_52 = 0; (l_52 <= 27); l_52 = safe_add_func_uint32_t_u_u(l_52, 2))
                    { /* block id: 21 */
                        uint8_t *l_93 = &g_94;
                        int32_t l_96 = 0x501B3ADAL;
                        int32_t *l_97 = &g_59;
                        int32_t *l_98 = &l_58;
                        int32_t *l_99[10] = {&l_50,&l_50,&l_50,&l_50,&l_50,&l_50,&l_50,&l_50,&l_50,&l_50};
                        int i;
                        l_74 = &g_60;
                        if (l_75[0][0][6])
                            continue;
                        if (p_40)
                            continue;
                        l_100 = ((*l_98) &= (safe_mul_func_uint16_t_u_u((--g_61[1][4]), (((p_40 <= ((((*l_97) = (0xE40466E1L && (0xA7E1F4FAL ^ (safe_mod_func_int8_t_s_s((((safe_add_func_uint64_t_u_u((((0x014A1F69L ^ (safe_lshift_func_int8_t_s_u(l_86[0], (((safe_mul_func_int8_t_s_s(((*l_74) ^ (safe_mul_func_uint16_t_u_u(0x8CB0L, ((safe_div_func_int16_t_s_s(((((*l_93) = p_40) > g_60) == g_2[4]), l_95)) < p_41)))), g_2[5])) == p_41) , g_2[6])))) , (void*)0) == (void*)0), l_95)) <= l_96) , 6L), 0xF0L))))) , (-4L)) , 0xF380447DL)) <= p_41) < g_2[6]))));
                    }
                    if (g_2[4])
                        continue;
                    if ((0x6750A3B4BAC7944CLL ^ (-1L)))
                    { /* block id: 32 */
                        int32_t * const l_103[2] = {&g_59,&g_59};
                        int16_t *l_104 = &g_105;
                        int32_t *l_107 = (void*)0;
                        int32_t *l_108 = (void*)0;
                        int32_t *l_109 = &l_52;
                        int16_t **l_122 = &l_104;
                        int32_t *l_124[8][9] = {{&l_100,&l_50,&g_47,&l_50,&l_100,&g_60,&l_50,&l_100,&l_100},{&l_50,(void*)0,(void*)0,(void*)0,&g_47,(void*)0,&l_50,&g_47,&l_106},{&l_50,&l_50,&l_100,(void*)0,(void*)0,&g_60,(void*)0,&g_60,&g_60},{(void*)0,&g_47,(void*)0,&l_100,(void*)0,&g_47,(void*)0,(void*)0,(void*)0},{&g_60,&l_100,&l_106,(void*)0,&g_60,&g_60,&l_50,(void*)0,&l_100},{&l_100,&l_106,(void*)0,&l_50,&l_50,&l_106,&l_50,(void*)0,&l_106},{&l_106,&g_60,&g_47,&l_100,(void*)0,&l_100,&g_47,&g_60,&l_106},{&l_106,(void*)0,&l_100,&g_60,&l_106,&l_50,&g_60,&g_47,&l_100}};
                        int32_t **l_126 = &l_124[0][3];
                        int i, j;
                        (*l_109) = (l_106 = (safe_mod_func_int16_t_s_s(((void*)0 == l_103[1]), ((*l_104) &= 0x0931L))));
                        l_125 = (((!(safe_mod_func_int32_t_s_s(g_2[4], p_40))) | (((*l_109) ^= 9L) >= (safe_mul_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_u((~(((safe_add_func_uint16_t_u_u((((l_120 == l_120) || 0x9CL) == 2L), ((((*l_122) = l_121) == ((l_58 &= (l_95 , 0L)) , l_123)) || 0x28385865L))) >= p_41) , 1UL)), 2)) | g_105), l_50)))) , (*l_120));
                        (*l_126) = &l_100;
                    }
                    else
                    { /* block id: 41 */
                        int16_t ***l_133[8][2] = {{&l_132,&l_132},{&l_132,&l_132},{&l_132,&l_132},{&l_132,&l_132},{&l_132,&l_132},{&l_132,&l_132},{&l_132,&l_132},{&l_132,&l_132}};
                        int8_t *l_146 = &g_147[3];
                        int32_t l_148 = 0L;
                        int8_t *l_149 = (void*)0;
                        int8_t *l_150 = &g_151;
                        uint8_t *l_156 = (void*)0;
                        uint8_t *l_157 = &g_94;
                        uint16_t *l_158 = &g_61[1][4];
                        int16_t ****l_159[3];
                        int i, j;
                        for (i = 0; i < 3; i++)
                            l_159[i] = &l_133[0][0];
                        l_125 = (((*l_150) ^= ((safe_div_func_uint32_t_u_u((((((p_40 <= (safe_lshift_func_uint8_t_u_s((l_131 == (l_134 = l_132)), 3))) > (((((safe_unary_minus_func_int64_t_s(g_59)) & (safe_lshift_func_int16_t_s_u(((safe_div_func_uint32_t_u_u(((safe_add_func_uint64_t_u_u(((safe_mod_func_uint32_t_u_u(g_94, l_95)) >= (safe_mod_func_int16_t_s_s(((g_2[4] , &g_105) == ((l_100 ^= ((*l_146) = (p_41 == p_40))) , (void*)0)), p_41))), 0x687FAFF4B716CAE9LL)) || p_40), 6UL)) ^ g_47), p_40))) & g_47) | 0x96L) , l_148)) , 0x27B0L) > 0xAF64L) || 18446744073709551615UL), 0x3926ECFDL)) ^ 7L)) && g_61[0][5]);
                        (*g_152) = (((*l_158) = (((void*)0 != g_152) && (safe_rshift_func_uint8_t_u_u(((*l_157) = 0x17L), 7)))) , (((g_160 = l_133[0][0]) == &g_161[5]) , &l_100));
                    }
                    for (g_105 = 0; (g_105 != (-20)); --g_105)
                    { /* block id: 54 */
                        int8_t *l_175 = &g_147[3];
                        int32_t *l_191 = &l_50;
                        l_165 = (*l_74);
                        (*l_191) = (safe_mod_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_u(((~((0x18F6L >= (safe_sub_func_uint16_t_u_u((safe_mod_func_int16_t_s_s((l_125 |= p_40), (p_40 ^ (l_175 == l_176[5][6])))), ((0x56ADL | (safe_rshift_func_uint16_t_u_s(((safe_lshift_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u((safe_add_func_uint32_t_u_u(((safe_mul_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(g_60, (safe_unary_minus_func_int64_t_s(((0xF8L | 0xD7L) <= g_59))))), (*l_74))) , g_94), (-2L))), g_60)), 3)) != l_190), 7))) != g_47)))) || 3L)) || 0UL), p_41)), 0x7237AF67L));
                        (*g_152) = l_191;
                    }
                }
                for (l_52 = 8; (l_52 >= 3); l_52 -= 1)
                { /* block id: 63 */
                    int32_t l_192 = (-1L);
                    for (l_95 = 3; (l_95 <= 8); l_95 += 1)
                    { /* block id: 66 */
                        return l_192;
                    }
                }
            }
            for (l_190 = 0; (l_190 <= 20); ++l_190)
            { /* block id: 73 */
                for (l_49 = 0; l_49 < 10; l_49 += 1)
                {
                    g_161[l_49] = &g_162;
                }
                (*g_152) = l_195[4];
                if ((*l_74))
                    break;
            }
            --g_198;
        }
        if (l_201)
            continue;
        for (p_40 = (-1); (p_40 != 24); ++p_40)
        { /* block id: 83 */
            uint16_t *l_204 = &g_61[1][3];
            int32_t l_213[1][8][5] = {{{0xBF4FD87FL,0xB25B8D42L,0xBF4FD87FL,0xBF4FD87FL,0xB25B8D42L},{0xB25B8D42L,0xBF4FD87FL,0xBF4FD87FL,0xB25B8D42L,0xBF4FD87FL},{0xB25B8D42L,0xB25B8D42L,(-9L),0xB25B8D42L,0xB25B8D42L},{0xBF4FD87FL,0xB25B8D42L,0xBF4FD87FL,0xBF4FD87FL,0xB25B8D42L},{0xB25B8D42L,0xBF4FD87FL,0xBF4FD87FL,0xB25B8D42L,0xBF4FD87FL},{0xB25B8D42L,0xB25B8D42L,(-9L),0xB25B8D42L,0xB25B8D42L},{0xBF4FD87FL,0xB25B8D42L,0xBF4FD87FL,0xBF4FD87FL,0xB25B8D42L},{0xB25B8D42L,0xBF4FD87FL,0xBF4FD87FL,0xB25B8D42L,0xBF4FD87FL}}};
            int i, j, k;
            l_213[0][6][0] = (1UL <= (g_94 | ((((g_61[0][6] = g_196) && ((((*l_74) ^= l_201) ^ p_41) , (p_40 , ((*l_204) ^= 0x0B9DL)))) , ((safe_sub_func_int32_t_s_s(((safe_mul_func_uint8_t_u_u(l_209, (safe_unary_minus_func_uint16_t_u((safe_add_func_uint8_t_u_u(g_61[1][4], l_201)))))) | 0xBFL), g_2[4])) || p_40)) >= (-4L))));
            return g_94;
        }
        ++l_215;
    }
    return g_147[3];
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
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_2[i], "g_2[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_59, "g_59", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_61[i][j], "g_61[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_147[i], "g_147[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_151, "g_151", print_hash_value);
    transparent_crc(g_196, "g_196", print_hash_value);
    transparent_crc(g_197, "g_197", print_hash_value);
    transparent_crc(g_198, "g_198", print_hash_value);
    transparent_crc(g_219, "g_219", print_hash_value);
    transparent_crc(g_245, "g_245", print_hash_value);
    transparent_crc(g_270, "g_270", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_298[i][j][k], "g_298[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_317, "g_317", print_hash_value);
    transparent_crc(g_321, "g_321", print_hash_value);
    transparent_crc(g_325, "g_325", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 77
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

XXX max expression depth: 38
breakdown:
   depth: 1, occurrence: 54
   depth: 2, occurrence: 15
   depth: 5, occurrence: 1
   depth: 10, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 23, occurrence: 1
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 38, occurrence: 1

XXX total number of pointers: 83

XXX times a variable address is taken: 190
XXX times a pointer is dereferenced on RHS: 6
breakdown:
   depth: 1, occurrence: 6
XXX times a pointer is dereferenced on LHS: 32
breakdown:
   depth: 1, occurrence: 29
   depth: 2, occurrence: 0
   depth: 3, occurrence: 2
   depth: 4, occurrence: 0
   depth: 5, occurrence: 1
XXX times a pointer is compared with null: 4
XXX times a pointer is compared with address of another variable: 1
XXX times a pointer is compared with another pointer: 3
XXX times a pointer is qualified to be dereferenced: 773

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 114
   level: 2, occurrence: 15
   level: 3, occurrence: 4
   level: 4, occurrence: 2
   level: 5, occurrence: 5
XXX number of pointers point to pointers: 24
XXX number of pointers point to scalars: 59
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 32.5
XXX average alias set size: 1.39

XXX times a non-volatile is read: 191
XXX times a non-volatile is write: 128
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 1

XXX stmts: 56
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 20
   depth: 1, occurrence: 8
   depth: 2, occurrence: 5
   depth: 3, occurrence: 5
   depth: 4, occurrence: 5
   depth: 5, occurrence: 13

XXX percentage a fresh-made variable is used: 20.4
XXX percentage an existing variable is used: 79.6
********************* end of statistics **********************/

