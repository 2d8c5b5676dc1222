/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 49 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      49
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int16_t  f0;
   uint32_t  f1;
   int16_t  f2;
   uint64_t  f3;
   const uint8_t  f4;
   int64_t  f5;
};

struct S1 {
   signed f0 : 25;
   signed f1 : 12;
   signed f2 : 25;
   signed f3 : 16;
   signed : 0;
   const unsigned f4 : 27;
   unsigned f5 : 24;
   const signed f6 : 2;
   const signed f7 : 5;
   const unsigned f8 : 22;
};

union U2 {
   uint64_t  f0;
   const int8_t * f1;
   int8_t  f2;
};

union U3 {
   struct S0  f0;
   uint64_t  f1;
   int16_t  f2;
   int8_t  f3;
};

/* --- GLOBAL VARIABLES --- */
static int8_t g_8 = 1L;
static int8_t *g_7 = &g_8;
static int32_t g_25[8] = {0x6CDEE94CL,0x6CDEE94CL,0x6CDEE94CL,0x6CDEE94CL,0x6CDEE94CL,0x6CDEE94CL,0x6CDEE94CL,0x6CDEE94CL};
static struct S0 g_41 = {0xDE39L,0x7431CF52L,-1L,1UL,248UL,0L};
static int8_t *g_52 = &g_8;
static union U2 g_53 = {0xADF19E1DE5517414LL};
static uint32_t g_62[10][10] = {{4294967288UL,0x904F0D90L,0x904F0D90L,4294967288UL,0x27750E48L,0x402E1C81L,4294967288UL,0x402E1C81L,0x27750E48L,4294967288UL},{0x402E1C81L,4294967288UL,0x402E1C81L,0x27750E48L,4294967288UL,0x904F0D90L,0x904F0D90L,4294967288UL,0x27750E48L,0x402E1C81L},{4294967293UL,4294967293UL,0x42826EC4L,4294967288UL,0xD8DB6A50L,0x42826EC4L,0xD8DB6A50L,4294967288UL,0x42826EC4L,4294967293UL},{0xD8DB6A50L,0x904F0D90L,0x402E1C81L,0xD8DB6A50L,0x27750E48L,0x27750E48L,0xD8DB6A50L,0x402E1C81L,0x42826EC4L,0x27750E48L},{0x122CB49DL,0x402E1C81L,0x42826EC4L,0xDC34743BL,0x402E1C81L,0xDC34743BL,0x42826EC4L,0x402E1C81L,0x122CB49DL,0x122CB49DL},{0x27750E48L,0x904F0D90L,4294967293UL,0x402E1C81L,0x402E1C81L,4294967293UL,0x904F0D90L,0x27750E48L,4294967293UL,0x27750E48L},{0x402E1C81L,0x42826EC4L,0xDC34743BL,0x402E1C81L,0xDC34743BL,0x42826EC4L,0x402E1C81L,0x122CB49DL,0x122CB49DL,0x402E1C81L},{0x122CB49DL,0x27750E48L,0xDC34743BL,0xDC34743BL,0x27750E48L,0x122CB49DL,0x42826EC4L,0x27750E48L,0x42826EC4L,0x122CB49DL},{0x904F0D90L,0x27750E48L,4294967293UL,0x27750E48L,0x904F0D90L,4294967293UL,0x402E1C81L,0x402E1C81L,4294967293UL,0x904F0D90L},{0x904F0D90L,0x42826EC4L,0x42826EC4L,0x904F0D90L,0xDC34743BL,0x122CB49DL,0x904F0D90L,0x122CB49DL,0xDC34743BL,0x904F0D90L}};
static int16_t g_66[10] = {0x3457L,0x3457L,0x3457L,0x3457L,0x3457L,0x3457L,0x3457L,0x3457L,0x3457L,0x3457L};
static uint64_t g_67[3][4][2] = {{{0x64999BD31A79BCA1LL,0x64999BD31A79BCA1LL},{0x64999BD31A79BCA1LL,1UL},{0x64999BD31A79BCA1LL,0x64999BD31A79BCA1LL},{0x64999BD31A79BCA1LL,1UL}},{{0x64999BD31A79BCA1LL,0x64999BD31A79BCA1LL},{0x64999BD31A79BCA1LL,1UL},{0x64999BD31A79BCA1LL,0x64999BD31A79BCA1LL},{0x64999BD31A79BCA1LL,1UL}},{{0x64999BD31A79BCA1LL,0x64999BD31A79BCA1LL},{0x64999BD31A79BCA1LL,1UL},{0x64999BD31A79BCA1LL,0x64999BD31A79BCA1LL},{0x64999BD31A79BCA1LL,1UL}}};
static int32_t g_80 = 0x1F2A1765L;
static uint8_t g_106 = 0x8AL;
static uint8_t g_111 = 255UL;
static int64_t g_129 = 0x70DB40B985C477C2LL;
static uint64_t g_144 = 1UL;
static union U3 g_220 = {{0xDC5EL,0xC6F62538L,-1L,18446744073709551613UL,1UL,-5L}};
static const union U3 *g_219[5] = {&g_220,&g_220,&g_220,&g_220,&g_220};
static union U3 g_222 = {{-1L,0x8ECEDB7DL,-1L,18446744073709551615UL,1UL,3L}};
static int32_t *g_238 = &g_25[1];
static int32_t * const *g_237[9][7] = {{&g_238,&g_238,&g_238,&g_238,&g_238,&g_238,&g_238},{&g_238,&g_238,&g_238,&g_238,(void*)0,&g_238,(void*)0},{&g_238,&g_238,&g_238,&g_238,&g_238,&g_238,&g_238},{&g_238,(void*)0,&g_238,&g_238,(void*)0,&g_238,&g_238},{&g_238,&g_238,&g_238,&g_238,&g_238,&g_238,&g_238},{(void*)0,&g_238,&g_238,(void*)0,&g_238,&g_238,(void*)0},{&g_238,&g_238,&g_238,&g_238,&g_238,&g_238,&g_238},{&g_238,(void*)0,&g_238,(void*)0,&g_238,&g_238,&g_238},{&g_238,&g_238,&g_238,&g_238,&g_238,&g_238,&g_238}};
static struct S0 g_271 = {0x06B7L,0x8DDEED18L,-9L,1UL,246UL,0x750E798DF2CFDF21LL};
static uint64_t *g_276 = &g_144;
static uint64_t **g_275 = &g_276;
static union U2 *g_289 = &g_53;
static union U2 *g_290[3] = {(void*)0,(void*)0,(void*)0};
static uint32_t g_298 = 0xD4D1E4F2L;
static int32_t **g_352 = (void*)0;
static int32_t ***g_351 = &g_352;
static uint8_t *g_393 = &g_111;
static uint8_t **g_392 = &g_393;
static uint16_t g_419 = 5UL;
static int8_t **g_432 = &g_52;
static int8_t ***g_431 = &g_432;
static uint32_t *g_451 = (void*)0;
static uint32_t **g_450 = &g_451;
static uint16_t g_485 = 0x7D25L;
static uint32_t g_540 = 0xCC219738L;
static int16_t *g_593 = &g_66[3];
static int16_t **g_592 = &g_593;
static union U3 *g_597 = &g_222;
static union U3 **g_596[2] = {&g_597,&g_597};
static int32_t *g_642 = (void*)0;
static int8_t g_721[8] = {0x31L,0x31L,0x31L,0x31L,0x31L,0x31L,0x31L,0x31L};
static int32_t g_731 = (-3L);
static struct S1 g_788 = {-4367,-58,1524,-140,6277,2191,-1,1,211};
static struct S1 *g_787 = &g_788;
static uint32_t *g_951 = &g_540;
static uint32_t **g_950[3][2] = {{&g_951,&g_951},{&g_951,&g_951},{&g_951,&g_951}};
static struct S1 **g_1019 = (void*)0;
static uint32_t g_1054 = 0x4C86B033L;
static uint32_t g_1111[8][2] = {{0x16BE255AL,0x01087125L},{0x16BE255AL,18446744073709551608UL},{0x922488DCL,0x922488DCL},{18446744073709551608UL,0x16BE255AL},{8UL,18446744073709551608UL},{0x01087125L,0x420A7F47L},{0x420A7F47L,0x01087125L},{18446744073709551608UL,8UL}};
static const int16_t g_1137 = 0x5830L;
static const int16_t *g_1136 = &g_1137;
static const int16_t **g_1135[6][8] = {{&g_1136,&g_1136,&g_1136,&g_1136,&g_1136,&g_1136,(void*)0,&g_1136},{(void*)0,&g_1136,&g_1136,(void*)0,&g_1136,&g_1136,(void*)0,&g_1136},{&g_1136,&g_1136,(void*)0,&g_1136,&g_1136,&g_1136,&g_1136,(void*)0},{&g_1136,&g_1136,&g_1136,&g_1136,&g_1136,(void*)0,&g_1136,(void*)0},{&g_1136,(void*)0,&g_1136,(void*)0,&g_1136,(void*)0,&g_1136,(void*)0},{(void*)0,&g_1136,&g_1136,&g_1136,&g_1136,&g_1136,&g_1136,(void*)0}};
static const int16_t ***g_1134 = &g_1135[0][7];
static union U3 ***g_1165 = (void*)0;
static union U3 ****g_1164[8] = {(void*)0,&g_1165,(void*)0,&g_1165,(void*)0,&g_1165,(void*)0,&g_1165};
static union U3 g_1223 = {{0xE4F8L,0xAC037ADBL,0xD7ACL,0xAEBEE3F854860F1ALL,0x1BL,0x213309FD5EA80093LL}};
static int32_t *g_1224 = &g_25[5];
static union U2 **g_1259[7] = {&g_290[0],&g_290[0],&g_290[2],&g_290[0],&g_290[0],&g_290[2],&g_290[0]};
static union U2 ***g_1258 = &g_1259[6];
static int64_t g_1274 = 0xA54809426DB362C0LL;
static uint32_t ***g_1278 = (void*)0;
static const uint32_t *g_1329 = &g_220.f0.f1;
static const uint32_t **g_1328 = &g_1329;
static const uint32_t ***g_1327 = &g_1328;
static int16_t g_1445 = 0L;
static uint32_t g_1479 = 0x1D2B4A43L;
static int8_t g_1527 = 0x37L;
static const int32_t g_1535 = 1L;


/* --- FORWARD DECLARATIONS --- */
static struct S0  func_1(void);
static int32_t  func_2(int8_t  p_3, int64_t  p_4, int8_t * p_5, int8_t * p_6);
static int8_t  func_15(union U3  p_16, int8_t ** p_17);
static union U2 * func_20(uint32_t  p_21, uint64_t  p_22);
static uint8_t  func_34(int64_t  p_35, int8_t * const * p_36, union U2 * p_37);
static union U2 * func_38(struct S0  p_39, int16_t  p_40);
static union U2  func_42(uint16_t  p_43);
static int8_t  func_46(int8_t ** p_47, int8_t * p_48, union U2  p_49, uint16_t  p_50);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_7 g_8 g_25 g_238 g_392 g_393 g_111 g_41.f1 g_431 g_432 g_52 g_220.f0.f1 g_129 g_144 g_731 g_275 g_276 g_419 g_593 g_66 g_271.f3 g_592 g_485 g_222.f2 g_271 g_787 g_222.f1 g_289 g_53 g_788.f7 g_80 g_106 g_788.f6 g_220.f0.f2 g_950 g_220.f0 g_41.f0 g_41 g_67 g_53.f0 g_597 g_222 g_1054 g_788 g_1111 g_298 g_351 g_352 g_1164 g_1136 g_1137 g_222.f0.f2 g_596 g_1224 g_222.f0.f5 g_1258 g_1274 g_1223.f0.f0 g_1479 g_1223.f0.f5 g_62 g_1327 g_1328 g_1329 g_1445 g_1527 g_1535 g_1223.f0
 * writes: g_7 g_290 g_289 g_220.f0.f5 g_238 g_111 g_41.f1 g_8 g_220.f0.f1 g_485 g_66 g_144 g_222.f2 g_392 g_222.f1 g_80 g_219 g_25 g_419 g_41.f0 g_41.f2 g_129 g_1019 g_1054 g_450 g_106 g_1134 g_222.f3 g_271.f1 g_222.f0.f2 g_597 g_1223.f3 g_67 g_222.f0.f5 g_1278 g_1223.f0.f0 g_1479 g_1223.f0.f5 g_787 g_271.f5 g_62
 */
static struct S0  func_1(void)
{ /* block id: 0 */
    int8_t **l_9 = &g_7;
    int8_t *l_11 = &g_8;
    int8_t **l_10 = &l_11;
    int32_t l_12 = 0x9105FA2EL;
    union U3 *** const l_959 = &g_596[1];
    int16_t **l_990 = &g_593;
    int16_t l_1052 = 0x7870L;
    struct S0 l_1057 = {-1L,0UL,0x166EL,0x8AAE52DEDFEA4275LL,0UL,0x6CC1EC80672C23EELL};
    int32_t l_1142[1];
    union U2 **l_1172 = &g_289;
    union U2 **l_1174 = &g_290[1];
    int32_t l_1212 = 0x58477714L;
    uint16_t *l_1220 = &g_419;
    uint32_t *l_1301[3];
    const uint64_t *l_1304[7] = {&g_144,&g_144,&g_144,&g_144,&g_144,&g_144,&g_144};
    uint8_t **l_1330 = &g_393;
    uint32_t l_1338 = 0xEB35E890L;
    int32_t l_1344[4][8] = {{9L,(-1L),0xABFA4B40L,(-1L),9L,(-1L),0xABFA4B40L,(-1L)},{9L,(-1L),0xABFA4B40L,(-1L),9L,(-1L),0xABFA4B40L,(-1L)},{9L,(-1L),0xABFA4B40L,(-1L),9L,(-1L),0xABFA4B40L,(-1L)},{9L,(-1L),0xABFA4B40L,(-1L),9L,(-1L),0xABFA4B40L,(-1L)}};
    int8_t ****l_1468 = (void*)0;
    int64_t l_1519 = 0xC6C811233B15F2A2LL;
    union U3 l_1530[7] = {{{0xE23CL,0xF49F7C70L,0x8D65L,0UL,0xB9L,0x9944687CDED858FBLL}},{{0L,0xEE7CE299L,-6L,7UL,0xAEL,1L}},{{0L,0xEE7CE299L,-6L,7UL,0xAEL,1L}},{{0xE23CL,0xF49F7C70L,0x8D65L,0UL,0xB9L,0x9944687CDED858FBLL}},{{0L,0xEE7CE299L,-6L,7UL,0xAEL,1L}},{{0L,0xEE7CE299L,-6L,7UL,0xAEL,1L}},{{0xE23CL,0xF49F7C70L,0x8D65L,0UL,0xB9L,0x9944687CDED858FBLL}}};
    int i, j;
    for (i = 0; i < 1; i++)
        l_1142[i] = 0xFEF03801L;
    for (i = 0; i < 3; i++)
        l_1301[i] = (void*)0;
    if (func_2((((*l_10) = ((*l_9) = g_7)) != (void*)0), l_12, &g_8, &g_8))
    { /* block id: 391 */
        int32_t *l_960 = &g_25[4];
        uint16_t *l_974 = &g_485;
        uint16_t *l_977[5][2] = {{&g_419,&g_419},{&g_419,&g_419},{&g_419,&g_419},{&g_419,&g_419},{&g_419,&g_419}};
        int32_t l_978 = 0x51C54EF3L;
        int32_t ****l_979 = &g_351;
        struct S1 l_1024 = {-4320,-28,-3629,-206,9745,3815,-1,-4,340};
        struct S1 **l_1027 = &g_787;
        const int16_t *l_1132[5][7] = {{&g_66[7],&g_271.f2,&g_41.f2,&g_41.f2,&g_271.f2,&g_66[7],&l_1057.f2},{&g_41.f0,&g_41.f2,(void*)0,&l_1057.f2,&g_220.f0.f2,&g_220.f0.f2,&l_1057.f2},{&l_1057.f2,&g_66[7],&l_1057.f2,(void*)0,&l_1057.f2,&g_41.f0,&g_66[7]},{(void*)0,&g_41.f2,&g_41.f0,(void*)0,&g_41.f0,&g_41.f2,(void*)0},{&g_41.f2,&g_271.f2,&g_66[7],&l_1057.f2,&g_220.f0.f0,&g_41.f0,&g_220.f0.f0}};
        const int16_t **l_1131 = &l_1132[2][2];
        const int16_t ***l_1130[9] = {&l_1131,&l_1131,&l_1131,&l_1131,&l_1131,&l_1131,&l_1131,&l_1131,&l_1131};
        uint64_t l_1215 = 1UL;
        union U3 *l_1221[5] = {&g_222,&g_222,&g_222,&g_222,&g_222};
        union U2 ***l_1260 = (void*)0;
        struct S0 l_1291[7] = {{0x944DL,2UL,0x9D4DL,0xC0D654D1EA4E5F2ELL,252UL,0x17D2D1877D825290LL},{0x944DL,2UL,0x9D4DL,0xC0D654D1EA4E5F2ELL,252UL,0x17D2D1877D825290LL},{0x944DL,2UL,0x9D4DL,0xC0D654D1EA4E5F2ELL,252UL,0x17D2D1877D825290LL},{0x944DL,2UL,0x9D4DL,0xC0D654D1EA4E5F2ELL,252UL,0x17D2D1877D825290LL},{0x944DL,2UL,0x9D4DL,0xC0D654D1EA4E5F2ELL,252UL,0x17D2D1877D825290LL},{0x944DL,2UL,0x9D4DL,0xC0D654D1EA4E5F2ELL,252UL,0x17D2D1877D825290LL},{0x944DL,2UL,0x9D4DL,0xC0D654D1EA4E5F2ELL,252UL,0x17D2D1877D825290LL}};
        uint32_t l_1298 = 0x93C5E7B2L;
        int8_t l_1311 = 0x49L;
        const uint32_t *l_1323 = &l_1298;
        const uint32_t **l_1322 = &l_1323;
        const uint32_t ***l_1321 = &l_1322;
        const uint32_t ****l_1320[8] = {&l_1321,&l_1321,&l_1321,&l_1321,&l_1321,&l_1321,&l_1321,&l_1321};
        uint8_t ** const l_1331 = &g_393;
        const uint32_t l_1421 = 18446744073709551615UL;
        int32_t l_1424 = 0x0C8C8A9CL;
        int32_t l_1426 = 0x184115A0L;
        int32_t l_1427 = (-1L);
        int i, j;
        if ((safe_sub_func_int8_t_s_s(((**l_10) = (((*l_960) |= (((void*)0 != l_959) || g_41.f0)) ^ ((void*)0 == &g_392))), ((((safe_rshift_func_int8_t_s_s(0x68L, 6)) == (safe_sub_func_uint32_t_u_u((+(safe_add_func_int16_t_s_s(((safe_div_func_uint32_t_u_u((g_41 , ((*g_393) & ((safe_lshift_func_uint16_t_u_s((l_978 = (++(*l_974))), 5)) < (l_12 == l_12)))), 1L)) | (*g_276)), 0xED6FL))), l_12))) > (*g_593)) < 0x31B1L))))
        { /* block id: 396 */
            (*l_960) = l_12;
lbl_982:
            l_12 ^= (((void*)0 != l_979) & (g_419 = ((*l_974) = g_111)));
        }
        else
        { /* block id: 401 */
            int32_t l_1005[3];
            int32_t l_1051 = (-1L);
            uint8_t **l_1065 = &g_393;
            int16_t l_1091 = 0x0F14L;
            union U3 l_1191 = {{0x272AL,4294967287UL,0x4A69L,18446744073709551614UL,2UL,3L}};
            union U3 *l_1222 = &g_1223;
            int16_t ***l_1294 = &g_592;
            int8_t l_1297 = 1L;
            int32_t *l_1302 = &l_12;
            int32_t *l_1303 = &l_1051;
            int i;
            for (i = 0; i < 3; i++)
                l_1005[i] = 1L;
            for (g_41.f0 = (-11); (g_41.f0 <= 22); g_41.f0 = safe_add_func_uint64_t_u_u(g_41.f0, 3))
            { /* block id: 404 */
                const uint32_t l_996 = 0x9FC74C20L;
                int32_t l_1053[1][3][9];
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 3; j++)
                    {
                        for (k = 0; k < 9; k++)
                            l_1053[i][j][k] = 0x09EF3425L;
                    }
                }
                if (g_41.f5)
                    goto lbl_982;
                for (g_41.f2 = 12; (g_41.f2 > 9); --g_41.f2)
                { /* block id: 408 */
                    uint32_t l_987 = 0xE129AEBFL;
                    int64_t *l_1004 = &g_129;
                    int32_t l_1050 = 1L;
                    int8_t l_1058[1][5][10] = {{{(-10L),(-1L),(-1L),(-10L),(-10L),(-1L),(-1L),(-10L),(-10L),(-1L)},{(-10L),(-10L),(-1L),(-1L),(-10L),(-10L),(-1L),(-1L),(-10L),(-10L)},{(-10L),(-1L),(-1L),(-10L),(-10L),(-1L),(-1L),(-10L),(-10L),(-1L)},{(-10L),(-10L),(-1L),(-1L),(-10L),(-10L),(-1L),(-1L),(-10L),(-10L)},{(-10L),(-1L),(-1L),(-10L),(-10L),(-1L),(-1L),(-10L),(-10L),(-1L)}}};
                    struct S0 l_1114 = {0x9A44L,0xBCE8646FL,0xBFD8L,0x9102B65ADC97282DLL,254UL,0x5599B89A974DFE45LL};
                    int i, j, k;
                    l_1005[2] = (safe_rshift_func_int8_t_s_s((l_987 | (((safe_rshift_func_int8_t_s_s(l_12, ((void*)0 != l_990))) ^ (g_220.f0.f5 = g_66[5])) >= (safe_div_func_uint64_t_u_u((safe_unary_minus_func_int16_t_s(((safe_sub_func_uint64_t_u_u((l_996 & ((*l_960) = 0x666B3D37L)), (+((*l_1004) = (safe_div_func_int8_t_s_s((((safe_mul_func_int8_t_s_s((l_996 || ((safe_mul_func_int16_t_s_s((((((l_996 , l_12) || 0xDA4DC985237B7AAELL) > 0L) , 0xFBL) && (*g_7)), l_12)) == 255UL)), l_12)) || 0x7D84L) == g_788.f7), (**g_432))))))) != 18446744073709551614UL))), l_996)))), 0));
                    if ((0x16D7L == (safe_rshift_func_int8_t_s_u((((**g_392) = ((-7L) | (safe_lshift_func_int16_t_s_s(l_987, 11)))) || (**g_432)), 0))))
                    { /* block id: 414 */
                        int32_t *l_1014 = &l_978;
                        struct S0 l_1025 = {-1L,0x1A88EDD0L,0L,1UL,250UL,0L};
                        union U2 *l_1026 = &g_53;
                        int32_t *l_1048 = &l_12;
                        (*l_1014) = ((*l_960) = ((safe_mul_func_int16_t_s_s((-1L), (((safe_mod_func_uint16_t_u_u(((*l_974) = g_67[2][0][1]), g_271.f5)) <= 0xB6F9L) == 0x22L))) , (-1L)));
                        (*l_960) |= (safe_rshift_func_int8_t_s_s(0xBAL, (safe_lshift_func_int16_t_s_u((g_41.f5 >= (*l_1014)), ((g_1019 = &g_787) != ((((g_485 = l_987) & (safe_rshift_func_uint16_t_u_u(65535UL, 9))) , ((safe_mul_func_uint8_t_u_u(((l_1024 , (void*)0) != (l_1025 , l_1026)), (*l_1014))) , g_220.f0.f5)) , l_1027))))));
                        (*l_1048) = ((safe_lshift_func_uint8_t_u_s((safe_sub_func_int32_t_s_s((((*l_960) = (((*l_1014) ^= (safe_mul_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_s((g_53.f0 == g_220.f0.f0), ((safe_rshift_func_int8_t_s_u((safe_lshift_func_uint16_t_u_s(l_987, 7)), ((**g_392)++))) && ((***g_431) | l_1005[2])))) | 1UL), (safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_u((&g_596[1] == ((*g_597) , (void*)0)), 3)), (**g_432))))), l_987))) || 1L)) ^ l_12), l_987)), 4)) != 0x2AL);
                    }
                    else
                    { /* block id: 425 */
                        int32_t *l_1049[7][5] = {{&g_80,&g_80,&g_25[5],&l_978,&g_80},{&l_978,&g_80,&g_80,&g_80,&g_80},{&g_80,&g_80,&l_978,&g_80,&g_80},{&l_978,&g_80,&g_25[5],&g_80,&l_978},{&l_978,&g_80,&g_80,&g_80,&g_80},{&l_978,&g_80,&g_80,&l_978,&g_80},{&g_80,&l_978,&g_25[5],&g_80,&g_80}};
                        int i, j;
                        (*l_960) = l_987;
                        --g_1054;
                    }
                    if ((l_12 != ((l_987 , l_1057) , (l_1058[0][3][0] |= 0L))))
                    { /* block id: 430 */
                        int32_t l_1070[9];
                        uint32_t l_1112 = 0x5EF57147L;
                        int i;
                        for (i = 0; i < 9; i++)
                            l_1070[i] = 0L;
                        l_12 = ((((safe_lshift_func_uint8_t_u_s((~l_1058[0][3][0]), (*g_7))) != (**g_592)) > (l_1053[0][1][5] &= (~((safe_rshift_func_int8_t_s_s(0x5FL, ((l_987 , l_1065) != (((safe_mod_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u(((*g_392) != (void*)0), ((*g_393) > l_1005[2]))), l_1070[2])) < (**g_392)) , &g_393)))) < g_485)))) == (**g_392));
                        (*l_960) |= (((**g_275) || (safe_add_func_uint8_t_u_u((((safe_add_func_uint64_t_u_u((safe_rshift_func_int16_t_s_u(((((safe_div_func_int64_t_s_s(1L, (~((+l_1053[0][1][3]) & 0x8F96L)))) ^ ((safe_lshift_func_int8_t_s_u(l_1053[0][2][0], 6)) | (((((safe_add_func_uint32_t_u_u((safe_unary_minus_func_int32_t_s((((**l_1065) = ((+((safe_add_func_int8_t_s_s(((*g_7) |= l_1057.f3), (safe_lshift_func_uint16_t_u_u(0x5917L, 2)))) ^ 0x796AD87D3870F5E1LL)) < 0xFAA0241ED72A1FC6LL)) > l_1005[2]))), l_1052)) <= l_1005[2]) ^ l_1070[2]) , l_1057.f5) == l_1058[0][0][1]))) , l_996) , 0xC080L), l_996)), l_1058[0][3][0])) , (**g_392)) , 8UL), l_1050))) | l_1091);
                        l_1050 = (safe_rshift_func_int8_t_s_u(((safe_sub_func_uint32_t_u_u((((*g_276) ^ (safe_mod_func_uint64_t_u_u((safe_mul_func_int16_t_s_s(((safe_mul_func_int16_t_s_s(((safe_mul_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((g_129 = ((((*g_787) , (void*)0) != &g_237[5][1]) & ((**g_432) , ((void*)0 == &l_1070[2])))), (safe_unary_minus_func_int32_t_s((0L & (l_1112 = ((safe_mul_func_int16_t_s_s((l_12 || g_1111[6][0]), (**g_592))) != 0x7B90E42B993F4ADCLL))))))), 1L)) ^ 255UL), l_1057.f2)) ^ l_1058[0][2][9]), (-1L))), g_731))) > g_298), (-4L))) && l_1005[2]), 4));
                        if (l_987)
                            continue;
                    }
                    else
                    { /* block id: 440 */
                        uint32_t ***l_1113 = &g_450;
                        (*l_1113) = (void*)0;
                        return l_1114;
                    }
                    if (l_1053[0][0][0])
                        break;
                }
            }
            for (g_129 = 1; (g_129 <= 7); g_129 += 1)
            { /* block id: 449 */
                union U2 l_1129[2][4][8] = {{{{0xE812AD54A8991B26LL},{0UL},{0xD8C86B657315458BLL},{18446744073709551613UL},{0x674F3025ADC5C91DLL},{0x38CE9B73AFB11D87LL},{0xA9AB8E7E6098128DLL},{0xA9AB8E7E6098128DLL}},{{0xD8C86B657315458BLL},{0xE812AD54A8991B26LL},{0x242BFA276C8EFF4DLL},{0x242BFA276C8EFF4DLL},{0xE812AD54A8991B26LL},{0xD8C86B657315458BLL},{0xA9AB8E7E6098128DLL},{18446744073709551615UL}},{{0x31DA542ECAD03DF3LL},{0x242BFA276C8EFF4DLL},{0xD8C86B657315458BLL},{0x38CE9B73AFB11D87LL},{18446744073709551613UL},{1UL},{18446744073709551613UL},{0x38CE9B73AFB11D87LL}},{{18446744073709551613UL},{1UL},{18446744073709551613UL},{0x38CE9B73AFB11D87LL},{0xD8C86B657315458BLL},{0x242BFA276C8EFF4DLL},{0x31DA542ECAD03DF3LL},{18446744073709551615UL}}},{{{0xA9AB8E7E6098128DLL},{0xD8C86B657315458BLL},{0xE812AD54A8991B26LL},{0x242BFA276C8EFF4DLL},{0x242BFA276C8EFF4DLL},{0xE812AD54A8991B26LL},{0xD8C86B657315458BLL},{0xA9AB8E7E6098128DLL}},{{0xA9AB8E7E6098128DLL},{0x38CE9B73AFB11D87LL},{0x674F3025ADC5C91DLL},{18446744073709551613UL},{0xD8C86B657315458BLL},{0UL},{0xE812AD54A8991B26LL},{0UL}},{{18446744073709551613UL},{1UL},{18446744073709551615UL},{1UL},{18446744073709551613UL},{0UL},{1UL},{0xD8C86B657315458BLL}},{{0x31DA542ECAD03DF3LL},{0x38CE9B73AFB11D87LL},{1UL},{0UL},{0xE812AD54A8991B26LL},{0xE812AD54A8991B26LL},{0UL},{1UL}}}};
                const int16_t ****l_1133 = (void*)0;
                uint8_t l_1140 = 0UL;
                int32_t *l_1141[5] = {&g_25[0],&g_25[0],&g_25[0],&g_25[0],&g_25[0]};
                uint16_t l_1194 = 0x3310L;
                uint16_t l_1198 = 9UL;
                int i, j, k;
                for (g_106 = 0; (g_106 <= 1); g_106 += 1)
                { /* block id: 452 */
                    int i;
                    g_25[g_129] = (~(&l_1005[0] == (void*)0));
                }
                g_25[g_129] = 0x478777CBL;
                (*l_960) = (l_1142[0] ^= ((safe_add_func_uint32_t_u_u((l_1051 = (safe_rshift_func_uint16_t_u_s((~(safe_rshift_func_uint16_t_u_u(((safe_add_func_int8_t_s_s((((safe_div_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(65527UL, ((g_1134 = (l_1129[1][0][6] , (l_1130[7] = l_1130[0]))) == (void*)0))), 0x11A6L)) & (*l_960)) && ((void*)0 != (*g_351))), ((**g_432) |= (((safe_rshift_func_uint16_t_u_u(l_1057.f5, 10)) , l_12) ^ (**g_392))))) || l_1140), 1))), l_1005[2]))), 1L)) ^ g_25[g_129]));
                for (g_222.f3 = 1; (g_222.f3 >= 0); g_222.f3 -= 1)
                { /* block id: 464 */
                    uint32_t l_1147 = 0xFD5308D8L;
                    int64_t *l_1151 = &l_1057.f5;
                    union U3 ****l_1167 = &g_1165;
                    union U3 *****l_1166 = &l_1167;
                    union U2 ***l_1173 = &l_1172;
                    (*l_960) = (((((safe_mul_func_uint8_t_u_u(((*g_393) &= (((safe_rshift_func_uint16_t_u_s((&g_352 != (void*)0), l_1147)) != (++(**g_275))) & (~((0x05L != (((*l_1151) = l_1005[1]) == ((safe_mul_func_uint8_t_u_u((safe_mod_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u(((!(l_1051 = l_1147)) > (+(safe_mod_func_uint64_t_u_u((g_1164[3] != ((*l_1166) = &g_1165)), (safe_mul_func_int8_t_s_s((safe_lshift_func_int16_t_s_s(((l_1174 = ((*l_1173) = l_1172)) == &g_290[2]), 2)), l_1147)))))), 12)), g_41.f1)), 252UL)), l_1147)) >= (*g_1136)))) <= l_1142[0])))), l_1005[2])) > 0L) || l_1051) && l_1051) & 1UL);
                    for (g_271.f1 = 0; (g_271.f1 <= 1); g_271.f1 += 1)
                    { /* block id: 475 */
                        if ((*l_960))
                            break;
                    }
                }
                for (l_1057.f0 = 0; (l_1057.f0 <= 1); l_1057.f0 += 1)
                { /* block id: 481 */
                    uint32_t l_1185 = 4294967289UL;
                    int32_t l_1192 = (-2L);
                    int32_t *l_1201[7];
                    int i;
                    for (i = 0; i < 7; i++)
                        l_1201[i] = &l_1051;
                    for (g_419 = 0; (g_419 <= 1); g_419 += 1)
                    { /* block id: 484 */
                        int32_t l_1193 = (-7L);
                        int32_t l_1195 = 0L;
                        uint32_t ***l_1197 = &g_450;
                        uint32_t ****l_1196 = &l_1197;
                        int i, j;
                        l_1193 = (l_1057.f2 == (l_1195 ^= ((*g_393) , ((safe_div_func_int64_t_s_s((safe_rshift_func_int16_t_s_s((*g_593), (safe_rshift_func_int16_t_s_u((safe_add_func_int32_t_s_s((safe_add_func_uint32_t_u_u((l_1185 = l_1091), ((safe_lshift_func_int8_t_s_u(((((((safe_lshift_func_int16_t_s_s(l_1142[0], 4)) > ((l_1192 = ((+(l_12 &= (l_1191 , 65535UL))) && 0x5D60L)) && ((*l_960) , 6L))) < g_271.f0) > l_1193) , (*l_960)) , 9L), (**g_392))) | l_1057.f1))), (-1L))), 7)))), l_1194)) >= l_1193))));
                        (*l_960) ^= l_1191.f0.f1;
                        (*l_1196) = &g_450;
                        l_1198++;
                    }
                    for (g_485 = 0; (g_485 <= 1); g_485 += 1)
                    { /* block id: 496 */
                        l_1201[0] = &l_1192;
                    }
                    return g_271;
                }
            }
            if (((l_12 = g_1137) > (((safe_div_func_int32_t_s_s((((g_41 , ((safe_mod_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(0xD9L, ((safe_lshift_func_int8_t_s_u((l_1057.f4 >= ((*g_52) = (l_1212 = (0x5C82L & (l_1142[0] = ((**g_592) = (safe_div_func_uint16_t_u_u((&g_392 != &g_392), (l_1051 = l_1091))))))))), (++(**l_1065)))) > 1L))), l_1215)) < l_1057.f3)) || l_1005[0]) && (*l_960)), 9UL)) , 1L) > l_1005[2])))
            { /* block id: 509 */
                int32_t *l_1216 = (void*)0;
                int32_t **l_1217 = &g_238;
                l_1216 = ((*l_1217) = l_1216);
                for (g_222.f0.f2 = 0; (g_222.f0.f2 <= (-7)); g_222.f0.f2 = safe_sub_func_int64_t_s_s(g_222.f0.f2, 9))
                { /* block id: 514 */
                    (**l_959) = ((l_1220 == (void*)0) , ((**g_392) , (l_1222 = l_1221[4])));
                }
                for (l_1191.f0.f1 = 0; l_1191.f0.f1 < 3; l_1191.f0.f1 += 1)
                {
                    for (g_111 = 0; g_111 < 4; g_111 += 1)
                    {
                        for (g_1223.f3 = 0; g_1223.f3 < 2; g_1223.f3 += 1)
                        {
                            g_67[l_1191.f0.f1][g_111][g_1223.f3] = 0x9990E508BDFF539DLL;
                        }
                    }
                }
                (*l_1217) = g_1224;
            }
            else
            { /* block id: 520 */
                int8_t l_1244 = 0xCCL;
                int64_t l_1257 = 0xA07D771B36CFB6F3LL;
                uint8_t l_1265 = 0xDAL;
                const int32_t l_1281 = (-1L);
                for (g_106 = 0; (g_106 <= 4); g_106 += 1)
                { /* block id: 523 */
                    int64_t l_1225 = 1L;
                    (*l_960) &= ((((**g_275) = l_1225) ^ (9UL <= (safe_add_func_int32_t_s_s((-1L), ((((-9L) <= ((*l_974)++)) > (-3L)) || ((safe_mul_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(((safe_div_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_u(g_1137, (safe_mul_func_int16_t_s_s((l_1191.f0.f0 || ((l_1225 && l_1225) || (*g_593))), g_271.f2)))) , l_1244), l_1244)) != l_1225), 5)), (*g_52))), l_1057.f0)), 0UL)) != 0x333E4F54L)))))) == 2L);
                }
                if (g_271.f4)
                    goto lbl_982;
                for (g_222.f0.f5 = 0; (g_222.f0.f5 < 19); g_222.f0.f5++)
                { /* block id: 531 */
                    int32_t l_1255 = 0x667CA538L;
                    uint32_t ***l_1277 = &g_450;
                    uint32_t ****l_1276[1][7][1] = {{{&l_1277},{&l_1277},{&l_1277},{&l_1277},{&l_1277},{&l_1277},{&l_1277}}};
                    union U3 **l_1282 = (void*)0;
                    int16_t ***l_1296 = &g_592;
                    int i, j, k;
                    (*g_1224) = ((safe_mod_func_uint32_t_u_u((safe_sub_func_uint16_t_u_u(((((l_1005[2] < ((**g_392) | (safe_mul_func_int8_t_s_s((65535UL || (safe_sub_func_uint64_t_u_u((*g_276), ((((l_1255 , (void*)0) != ((safe_unary_minus_func_int16_t_s(0xCB9AL)) , &g_450)) , l_1257) || 0x361B79A4DC583D39LL)))), (*g_393))))) >= l_1191.f0.f0) <= (*g_7)) >= l_1257), l_1257)), l_1257)) > g_788.f6);
                    (*l_960) &= (g_1258 == l_1260);
                    (*l_960) &= (safe_mul_func_int16_t_s_s(((safe_mul_func_int16_t_s_s(l_1265, (safe_sub_func_uint64_t_u_u((safe_add_func_int8_t_s_s(l_1052, (safe_mul_func_int8_t_s_s((*g_52), (((safe_mul_func_uint8_t_u_u((g_1274 || (safe_unary_minus_func_int16_t_s(((*g_52) <= l_1244)))), ((g_41.f0 > ((g_1278 = &g_450) != (((safe_div_func_uint8_t_u_u(1UL, (**g_392))) < l_1281) , &g_450))) == g_271.f3))) , l_1282) != &l_1221[2]))))), l_1212)))) != 0x0689BAF1F6C482A7LL), 65533UL));
                    for (g_41.f0 = 0; (g_41.f0 == 27); g_41.f0++)
                    { /* block id: 538 */
                        int16_t ****l_1295 = &l_1294;
                        struct S0 l_1299 = {-1L,4294967294UL,8L,1UL,255UL,0x494962F9514DD8C8LL};
                        int32_t **l_1300 = &g_238;
                        (*g_1224) |= (safe_div_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u((++g_485), (&g_393 != &g_393))) > (g_271 , ((((((l_1291[3] , (((safe_sub_func_int16_t_s_s((((void*)0 != &g_1135[3][2]) , (((*l_1295) = l_1294) == l_1296)), (((((*g_276) || l_1297) | (-10L)) , (-10L)) & l_1257))) ^ 4294967292UL) , (*g_276))) || l_1298) , (***g_431)) < 0UL) & l_1212) < 0L))), 0xCCB0L));
                        (*l_1300) = (l_1299 , (void*)0);
                    }
                }
                return l_1057;
            }
            (*l_1303) = ((*l_1302) &= ((*g_238) = (l_1301[1] != (void*)0)));
        }
        (*l_960) = ((*g_275) != l_1304[4]);
        for (g_80 = 0; (g_80 >= 2); g_80 = safe_add_func_uint8_t_u_u(g_80, 1))
        { /* block id: 554 */
            int32_t *l_1307 = (void*)0;
            int32_t *l_1308 = (void*)0;
            int32_t *l_1309 = &g_25[2];
            int32_t *l_1310[10][2];
            int64_t l_1312 = 0L;
            uint64_t l_1313 = 0UL;
            const uint32_t * const *l_1324 = &l_1323;
            uint16_t l_1332 = 0x3BEAL;
            uint64_t l_1352 = 18446744073709551608UL;
            int32_t l_1395[7] = {0L,0L,0L,0L,0L,0L,0L};
            int32_t l_1451 = 0x7D5C1D35L;
            int i, j;
            for (i = 0; i < 10; i++)
            {
                for (j = 0; j < 2; j++)
                    l_1310[i][j] = &g_25[1];
            }
            l_1313--;
        }
    }
    else
    { /* block id: 605 */
        uint32_t l_1452[5][3][3] = {{{0x50C03B06L,18446744073709551615UL,9UL},{7UL,7UL,0xCD2E3FBBL},{0x36797DCEL,18446744073709551615UL,18446744073709551615UL}},{{0xCD2E3FBBL,0x31258FE4L,0xF68053ADL},{0x36797DCEL,0UL,0x36797DCEL},{7UL,0xCD2E3FBBL,0xF68053ADL}},{{0x50C03B06L,0x50C03B06L,18446744073709551615UL},{0UL,0UL,0UL},{0x36797DCEL,0x50C03B06L,0UL}},{{0xF68053ADL,7UL,0xF68053ADL},{18446744073709551615UL,0x36797DCEL,0UL},{0xCD2E3FBBL,0xCD2E3FBBL,0UL}},{{9UL,0x36797DCEL,0x36797DCEL},{0UL,7UL,0x31258FE4L},{9UL,0x50C03B06L,9UL}}};
        int32_t l_1470 = 0L;
        int32_t *l_1476[1][2];
        int16_t l_1477 = 0x53A1L;
        int64_t l_1478 = 8L;
        int32_t l_1496 = 0xCEC78867L;
        uint32_t l_1498 = 7UL;
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_1476[i][j] = &l_1212;
        }
lbl_1472:
        --l_1452[3][1][1];
        for (g_1223.f0.f0 = 6; (g_1223.f0.f0 <= 26); g_1223.f0.f0++)
        { /* block id: 609 */
            const int8_t l_1469 = 1L;
            int32_t *l_1471 = &l_12;
            int32_t **l_1475 = &l_1471;
            (*l_1471) |= ((l_1338 == (**g_432)) != (((**g_392) != (safe_div_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((safe_add_func_int32_t_s_s(l_1344[3][6], (*g_1224))), ((((l_1470 = ((!((l_1452[0][1][2] | ((((*g_787) , (&g_787 == ((safe_rshift_func_uint16_t_u_s(((void*)0 == l_1468), 4)) , (void*)0))) >= l_1142[0]) > l_1052)) != l_1469)) || l_1142[0])) ^ (*g_7)) == l_1452[0][0][2]) , (**g_392)))), 0x55L))) , 9UL));
            if (l_1057.f0)
                goto lbl_1472;
            for (g_106 = 15; (g_106 >= 55); g_106 = safe_add_func_uint16_t_u_u(g_106, 1))
            { /* block id: 615 */
                return g_41;
            }
            (*l_1475) = l_1471;
        }
        ++g_1479;
        for (g_1223.f0.f5 = 9; (g_1223.f0.f5 >= 0); g_1223.f0.f5 -= 1)
        { /* block id: 623 */
            struct S1 **l_1482 = &g_787;
            const uint64_t l_1494 = 0x931B1A25F135525FLL;
            int32_t l_1521 = 4L;
            uint32_t l_1537 = 0x22937301L;
            (*l_1482) = &g_788;
            for (g_271.f5 = 0; (g_271.f5 <= 9); g_271.f5 += 1)
            { /* block id: 627 */
                int64_t l_1493[2];
                int32_t l_1495[3];
                union U3 l_1501 = {{0xB4A0L,0xD8ADC116L,1L,1UL,0xA1L,1L}};
                int i;
                for (i = 0; i < 2; i++)
                    l_1493[i] = 0x8D35D2C5C2F99786LL;
                for (i = 0; i < 3; i++)
                    l_1495[i] = 0x62E14028L;
                for (l_1057.f1 = 0; (l_1057.f1 <= 9); l_1057.f1 += 1)
                { /* block id: 630 */
                    int32_t l_1497[3];
                    int i, j;
                    for (i = 0; i < 3; i++)
                        l_1497[i] = 7L;
                    (*g_1224) = (((g_62[g_1223.f0.f5][l_1057.f1] >= (((safe_sub_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s(l_1057.f1, (+(safe_mod_func_uint16_t_u_u(((&g_1135[0][7] == &g_1135[3][6]) > (+((***g_1327) > ((safe_lshift_func_uint16_t_u_u((0xC4L <= ((0x64L && ((((l_1493[0] < ((((*g_1224) , l_1493[0]) != 1UL) | l_1494)) ^ (-1L)) && l_1142[0]) != g_80)) > l_1494)), l_1495[0])) | 1L)))), l_1057.f4))))), l_1494)) <= l_1496) , l_1493[0])) | g_298) || (**g_392));
                    --l_1498;
                    for (g_222.f0.f2 = 3; (g_222.f0.f2 <= 9); g_222.f0.f2 += 1)
                    { /* block id: 635 */
                        int32_t l_1518 = 0L;
                        int i, j;
                        (*g_1224) ^= l_1494;
                        l_1519 &= ((l_1501 , (((*l_1220) |= g_1445) <= (safe_add_func_uint16_t_u_u((safe_div_func_int16_t_s_s((*g_1136), (g_8 && ((l_1057.f1 != ((*g_1224) = (safe_div_func_uint32_t_u_u((++g_62[g_271.f5][g_271.f5]), (safe_div_func_int16_t_s_s(((safe_rshift_func_uint8_t_u_u(((safe_div_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_u(0x6052L, 15)) == (((*g_276) < g_220.f0.f0) ^ l_1518)), l_1518)) >= 0xB8L), 2)) && l_1497[2]), 0xC417L)))))) & 3L)))), 0UL)))) & (*g_593));
                    }
                }
                if (l_1493[1])
                { /* block id: 643 */
                    (*g_1224) = (safe_unary_minus_func_uint64_t_u((l_1521 |= (**g_275))));
                }
                else
                { /* block id: 646 */
                    uint32_t **l_1523 = &l_1301[1];
                    int8_t ****l_1526 = &g_431;
                    if (l_1501.f0.f5)
                    { /* block id: 647 */
                        int8_t l_1536 = (-6L);
                        (*g_1224) ^= (l_1536 &= ((safe_unary_minus_func_int16_t_s((((void*)0 == l_1523) <= (*g_593)))) < ((safe_add_func_uint32_t_u_u((((((l_1526 == (g_1527 , &g_431)) && l_1494) <= (safe_lshift_func_int16_t_s_s((l_1530[4] , (((safe_div_func_int8_t_s_s(((*g_52) = ((safe_rshift_func_uint8_t_u_u(((l_1501.f0.f2 <= g_1535) != (*g_593)), 6)) > 3L)), l_1501.f0.f2)) , 0x3DFE94D69A66A9EBLL) | g_1527)), 12))) == l_1493[1]) , l_1494), 4294967293UL)) == (**g_1328))));
                        if (l_1537)
                            break;
                    }
                    else
                    { /* block id: 652 */
                        return g_1223.f0;
                    }
                    (**l_959) = &l_1501;
                }
            }
        }
    }
    return l_1530[4].f0;
}


/* ------------------------------------------ */
/* 
 * reads : g_8 g_25 g_238 g_392 g_393 g_111 g_41.f1 g_431 g_432 g_52 g_220.f0.f1 g_129 g_144 g_731 g_275 g_276 g_419 g_593 g_66 g_271.f3 g_592 g_485 g_222.f2 g_271 g_787 g_222.f1 g_289 g_53 g_788.f7 g_80 g_106 g_788.f6 g_7 g_220.f0.f2 g_950 g_220.f0
 * writes: g_290 g_289 g_220.f0.f5 g_238 g_111 g_41.f1 g_8 g_220.f0.f1 g_485 g_66 g_144 g_222.f2 g_392 g_222.f1 g_80 g_219
 */
static int32_t  func_2(int8_t  p_3, int64_t  p_4, int8_t * p_5, int8_t * p_6)
{ /* block id: 3 */
    union U3 l_18 = {{1L,0xE6B93388L,-1L,8UL,0UL,0x56CEF3CF68729207LL}};
    int8_t **l_19[6];
    int64_t l_697 = 0x1D57F798A06332DBLL;
    int8_t l_700 = 1L;
    int32_t l_703 = 0xB97E03A7L;
    int32_t l_704 = (-1L);
    int32_t l_705 = 0xCA4214F9L;
    int32_t l_709 = 0x20748767L;
    int32_t l_712 = (-6L);
    int32_t l_713 = 0x1917F6FEL;
    int8_t l_714 = 0x0CL;
    int32_t l_716 = 1L;
    int32_t l_718[2][6] = {{0L,0x0CC36BE5L,0L,0x0CC36BE5L,0L,0x0CC36BE5L},{0L,0x0CC36BE5L,0L,0x0CC36BE5L,0L,0x0CC36BE5L}};
    struct S0 l_729 = {-7L,0x679C11A7L,-8L,18446744073709551615UL,0xC6L,0xED4A835E1E76CAD3LL};
    uint8_t **l_775 = &g_393;
    int32_t l_818 = 0xD8F9F3F1L;
    uint32_t **l_819 = &g_451;
    uint32_t **l_820 = (void*)0;
    int64_t l_852[8][2][9] = {{{0x156000BCBA515346LL,0xED24ACED9EEC100FLL,(-3L),0x514D198463E7C65CLL,0L,1L,0x3911C2FE6CC322AALL,0xED24ACED9EEC100FLL,0xED24ACED9EEC100FLL},{1L,1L,0xED24ACED9EEC100FLL,0x514D198463E7C65CLL,0xED24ACED9EEC100FLL,1L,1L,(-1L),1L}},{{0x514D198463E7C65CLL,1L,(-3L),0x5FB4F89C3786DD71LL,1L,0x99D453C04CA1F07BLL,(-7L),1L,1L},{1L,0xED24ACED9EEC100FLL,(-1L),(-7L),(-3L),(-3L),(-7L),(-1L),0xED24ACED9EEC100FLL}},{{0x156000BCBA515346LL,(-1L),0x99D453C04CA1F07BLL,0x3911C2FE6CC322AALL,(-3L),0x99D453C04CA1F07BLL,1L,0xED24ACED9EEC100FLL,(-1L)},{0x5FB4F89C3786DD71LL,1L,0x99D453C04CA1F07BLL,(-7L),1L,1L,0x3911C2FE6CC322AALL,1L,1L}},{{0x5FB4F89C3786DD71LL,(-1L),(-1L),0x5FB4F89C3786DD71LL,0xED24ACED9EEC100FLL,1L,0x156000BCBA515346LL,1L,(-1L)},{0x156000BCBA515346LL,0xED24ACED9EEC100FLL,(-3L),0x514D198463E7C65CLL,0L,1L,0x3911C2FE6CC322AALL,0xED24ACED9EEC100FLL,0xED24ACED9EEC100FLL}},{{1L,1L,0xED24ACED9EEC100FLL,0x514D198463E7C65CLL,0xED24ACED9EEC100FLL,1L,1L,(-1L),1L},{0x514D198463E7C65CLL,1L,(-3L),0x5FB4F89C3786DD71LL,1L,0x99D453C04CA1F07BLL,(-7L),1L,1L}},{{1L,0xED24ACED9EEC100FLL,(-1L),(-7L),(-3L),(-3L),(-7L),(-1L),0xED24ACED9EEC100FLL},{0x156000BCBA515346LL,(-1L),0x99D453C04CA1F07BLL,0x3911C2FE6CC322AALL,(-3L),0x99D453C04CA1F07BLL,1L,0xED24ACED9EEC100FLL,(-1L)}},{{0x5FB4F89C3786DD71LL,1L,0x99D453C04CA1F07BLL,(-7L),1L,1L,0x3911C2FE6CC322AALL,1L,1L},{0x5FB4F89C3786DD71LL,(-1L),(-1L),0x5FB4F89C3786DD71LL,0xED24ACED9EEC100FLL,1L,0x156000BCBA515346LL,1L,(-1L)}},{{0x156000BCBA515346LL,0xED24ACED9EEC100FLL,(-3L),0x514D198463E7C65CLL,0L,1L,0x3911C2FE6CC322AALL,0xED24ACED9EEC100FLL,0xED24ACED9EEC100FLL},{1L,1L,0xED24ACED9EEC100FLL,0x514D198463E7C65CLL,0xED24ACED9EEC100FLL,1L,1L,(-1L),1L}}};
    int64_t l_882 = 1L;
    uint8_t *l_896 = &g_111;
    const union U3 * const *l_919 = &g_219[0];
    const union U3 * const **l_918 = &l_919;
    struct S1 l_921 = {513,41,-2479,77,4322,3641,1,-4,1298};
    uint8_t **l_930 = (void*)0;
    uint32_t *l_934 = &g_540;
    uint32_t **l_933[1];
    uint32_t l_949 = 1UL;
    int32_t l_953 = 0xC2AFFF83L;
    const union U3 **l_954 = &g_219[4];
    const union U3 *l_956 = (void*)0;
    const union U3 **l_955 = &l_956;
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_19[i] = &g_7;
    for (i = 0; i < 1; i++)
        l_933[i] = &l_934;
    if ((safe_lshift_func_int8_t_s_s(0xD0L, func_15(l_18, l_19[4]))))
    { /* block id: 275 */
        uint8_t l_702 = 255UL;
        int32_t l_710[7] = {0x7F1D1E7EL,0x7F1D1E7EL,0x7F1D1E7EL,0x7F1D1E7EL,0x7F1D1E7EL,0x7F1D1E7EL,0x7F1D1E7EL};
        union U2 l_743 = {0xF2E6746F08AEA2BELL};
        int i;
        if (((--(**g_392)) < l_18.f0.f4))
        { /* block id: 277 */
            int16_t l_696[5] = {0xF059L,0xF059L,0xF059L,0xF059L,0xF059L};
            int32_t l_707 = 0x01540204L;
            int32_t l_708 = 0L;
            int32_t l_711 = 1L;
            int32_t l_715 = 2L;
            int32_t l_717 = 7L;
            int32_t l_719 = 4L;
            int32_t l_722 = 0xCB003D5FL;
            int32_t l_723[6][6][5] = {{{1L,0L,1L,0L,1L},{(-9L),(-9L),0L,0L,(-9L)},{0xACC8A1F9L,0L,0xACC8A1F9L,0L,0xACC8A1F9L},{(-9L),0L,0L,(-9L),(-9L)},{1L,0L,1L,0L,1L},{(-9L),(-9L),0L,0L,(-9L)}},{{0xACC8A1F9L,0L,0xACC8A1F9L,0L,0xACC8A1F9L},{(-9L),0L,0L,(-9L),(-9L)},{1L,0L,1L,0L,1L},{(-9L),(-9L),0L,0L,(-9L)},{0xACC8A1F9L,0L,0xACC8A1F9L,0L,0xACC8A1F9L},{(-9L),0L,0L,(-9L),(-9L)}},{{1L,0L,1L,0L,1L},{(-9L),(-9L),0L,0L,(-9L)},{0xACC8A1F9L,0L,0xACC8A1F9L,0L,0xACC8A1F9L},{(-9L),0L,0L,(-9L),(-9L)},{1L,0L,1L,0L,1L},{(-9L),(-9L),0L,0L,(-9L)}},{{0xACC8A1F9L,0L,0xACC8A1F9L,0L,0xACC8A1F9L},{(-9L),0L,0L,(-9L),(-9L)},{1L,0L,1L,0L,1L},{(-9L),(-9L),0L,0L,(-9L)},{0xACC8A1F9L,0L,0xACC8A1F9L,0L,0xACC8A1F9L},{(-9L),0L,0L,(-9L),(-9L)}},{{1L,0L,1L,0L,1L},{(-9L),(-9L),0L,0L,(-9L)},{0xACC8A1F9L,0L,0xACC8A1F9L,0L,0xACC8A1F9L},{(-9L),0L,0L,(-9L),(-9L)},{1L,0L,1L,0L,1L},{(-9L),(-9L),0L,0L,(-9L)}},{{0xACC8A1F9L,0L,0xACC8A1F9L,0L,0xACC8A1F9L},{(-9L),0L,0L,(-9L),(-9L)},{1L,0L,1L,0L,1L},{(-9L),(-9L),0L,0L,(-9L)},{0xACC8A1F9L,0L,0xACC8A1F9L,0L,0xACC8A1F9L},{(-9L),0L,0L,(-9L),(-9L)}}};
            int i, j, k;
            for (g_41.f1 = 18; (g_41.f1 > 59); ++g_41.f1)
            { /* block id: 280 */
                int32_t *l_701[1][6];
                int16_t l_706 = (-10L);
                int16_t l_720 = 0x5CD6L;
                uint32_t l_724 = 18446744073709551606UL;
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 6; j++)
                        l_701[i][j] = &g_25[7];
                }
                l_703 = (l_702 |= (((l_696[3] <= ((***g_431) = 0L)) >= ((l_697 , ((p_3 && p_3) >= ((l_696[3] || (safe_mul_func_int8_t_s_s(l_696[3], 0xF2L))) < ((*g_393) >= l_700)))) || p_3)) | 4UL));
                l_724--;
                for (g_220.f0.f1 = 0; (g_220.f0.f1 <= 16); g_220.f0.f1 = safe_add_func_int64_t_s_s(g_220.f0.f1, 2))
                { /* block id: 287 */
                    uint16_t l_730[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_730[i] = 4UL;
                    l_710[3] &= (l_730[0] = ((g_129 , l_729) , (g_144 != 0xBCA0A443L)));
                    return l_702;
                }
            }
            return g_731;
        }
        else
        { /* block id: 294 */
            int16_t *l_751[4][2] = {{&l_18.f0.f0,&l_729.f0},{&l_18.f0.f0,&l_18.f0.f0},{&l_729.f0,&l_18.f0.f0},{&l_18.f0.f0,&l_729.f0}};
            uint16_t *l_752 = &g_485;
            int32_t l_753[9] = {0xBFD55889L,0xBFD55889L,0xBFD55889L,0xBFD55889L,0xBFD55889L,0xBFD55889L,0xBFD55889L,0xBFD55889L,0xBFD55889L};
            int32_t l_754[5][10] = {{(-1L),(-1L),0x94541482L,1L,0x452022DCL,0x452022DCL,1L,0x94541482L,(-1L),(-1L)},{0x452022DCL,1L,0x94541482L,(-1L),(-1L),0x94541482L,1L,0x452022DCL,0x452022DCL,1L},{0x452022DCL,(-1L),1L,1L,(-1L),0x452022DCL,0x94541482L,0x94541482L,0x452022DCL,(-1L)},{(-1L),1L,1L,(-1L),0x452022DCL,0x94541482L,0x94541482L,0x452022DCL,(-1L),1L},{(-1L),(-1L),0x94541482L,1L,0x452022DCL,0x452022DCL,1L,0x94541482L,(-1L),(-1L)}};
            uint32_t *l_764[9][8] = {{&g_540,&g_540,&g_540,&g_540,&g_540,&g_540,&g_540,&g_540},{&g_540,&g_540,&g_540,&g_540,&g_540,&g_540,&g_540,&g_540},{(void*)0,&g_540,&g_540,(void*)0,&g_540,&g_540,&g_540,&g_540},{&g_540,&g_540,&g_540,&g_540,&g_540,&g_540,&g_540,&g_540},{(void*)0,&g_540,(void*)0,&g_540,&g_540,(void*)0,&g_540,(void*)0},{&g_540,&g_540,(void*)0,&g_540,&g_540,&g_540,&g_540,&g_540},{&g_540,&g_540,&g_540,&g_540,&g_540,&g_540,&g_540,&g_540},{(void*)0,&g_540,&g_540,(void*)0,&g_540,(void*)0,&g_540,&g_540},{&g_540,&g_540,(void*)0,&g_540,&g_540,&g_540,&g_540,&g_540}};
            int i, j;
            if ((((((safe_mod_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u(((*g_393) = ((safe_lshift_func_int8_t_s_u((safe_rshift_func_uint16_t_u_u((!((((**g_275) == 4UL) , (safe_div_func_uint64_t_u_u(((g_419 | ((**g_275) = (l_743 , (((+(*g_593)) && ((safe_rshift_func_uint8_t_u_s((((l_729.f4 | (l_753[7] |= (safe_lshift_func_int16_t_s_u(p_4, (safe_rshift_func_uint16_t_u_s(g_271.f3, ((*g_593) = (((*l_752) |= ((*g_592) != l_751[0][1])) <= p_3)))))))) < l_754[3][9]) | l_754[3][9]), l_754[3][9])) == p_3)) == 18446744073709551614UL)))) > 0UL), (-2L)))) == 0x2F42L)), 13)), 4)) < 0x0562L)), p_3)), 1UL)) ^ p_4) <= l_743.f2) , 254UL) && (***g_431)))
            { /* block id: 300 */
                int32_t *l_767 = &l_710[3];
                (*l_767) = (safe_div_func_uint16_t_u_u((safe_unary_minus_func_uint64_t_u((safe_sub_func_uint16_t_u_u((l_729 , ((*l_752) = p_3)), (**g_592))))), ((safe_lshift_func_uint16_t_u_u((safe_sub_func_int32_t_s_s((((l_764[5][0] != (void*)0) != p_4) < 0x32L), ((safe_sub_func_int64_t_s_s(((&g_593 == (void*)0) , g_271.f3), (*g_276))) != 1UL))), 14)) && 9L)));
                for (g_222.f2 = 0; (g_222.f2 == 3); g_222.f2 = safe_add_func_int8_t_s_s(g_222.f2, 2))
                { /* block id: 305 */
                    uint8_t ***l_772 = &g_392;
                    uint8_t **l_774[4];
                    uint8_t ***l_773[1];
                    int i;
                    for (i = 0; i < 4; i++)
                        l_774[i] = &g_393;
                    for (i = 0; i < 1; i++)
                        l_773[i] = &l_774[1];
                    (*l_767) = (safe_sub_func_int8_t_s_s((p_3 || (*g_593)), (g_271 , ((((*l_772) = &g_393) != (l_775 = &g_393)) != (0xD8AEF490C5AC70A9LL <= 0x20326FC28E9FACAALL)))));
                }
                return p_3;
            }
            else
            { /* block id: 311 */
                struct S1 *l_789 = (void*)0;
                struct S1 **l_790 = &l_789;
                int32_t l_791 = 0x69EEBB37L;
                uint32_t *l_792[8] = {&l_18.f0.f1,&l_18.f0.f1,&l_18.f0.f1,&l_18.f0.f1,&l_18.f0.f1,&l_18.f0.f1,&l_18.f0.f1,&l_18.f0.f1};
                int32_t l_793 = 0x311E1DDEL;
                int32_t *l_794 = &l_753[7];
                int i;
                (*l_794) &= ((!((*g_593) = (*g_593))) < (l_793 ^= (+(~(((void*)0 == &l_710[3]) > (safe_add_func_uint16_t_u_u((safe_add_func_uint64_t_u_u((((**g_432) > ((safe_mul_func_int16_t_s_s((((&l_754[3][9] == (void*)0) == 0x287A37767E87C987LL) || (g_787 != ((*l_790) = l_789))), (-4L))) >= (*g_393))) | 0xEBB3L), 0L)), l_791)))))));
                for (g_222.f1 = 2; (g_222.f1 < 59); g_222.f1 = safe_add_func_uint8_t_u_u(g_222.f1, 2))
                { /* block id: 318 */
                    return l_754[3][9];
                }
            }
        }
    }
    else
    { /* block id: 323 */
        union U3 l_816 = {{-3L,0x68E8BF6EL,0xD169L,0UL,6UL,-3L}};
        int32_t l_867 = 0L;
        int32_t l_868 = 0xC6101C8DL;
        int32_t l_869 = 0x47AC7FC2L;
        int32_t l_870 = (-9L);
        int32_t l_871 = (-1L);
        int32_t l_875 = 2L;
        int32_t l_878[8][8][4] = {{{0L,(-7L),0x32D1A7B8L,0xE739CE77L},{0x815A5F5BL,(-9L),0L,4L},{(-3L),0x44B29670L,6L,0xCFDE1339L},{(-9L),0x46E47328L,(-1L),(-1L)},{0xF6DEA87FL,2L,0x44B29670L,0x44B29670L},{0x359A2E71L,0x359A2E71L,(-4L),0x36546358L},{0xCE66A4DAL,0x2A792920L,(-9L),0L},{0x32D1A7B8L,1L,(-7L),(-9L)}},{{0xD356CF92L,1L,0x46E47328L,0L},{1L,0x2A792920L,0xF3EAFD74L,0x36546358L},{0xD8E9CE12L,0x359A2E71L,(-1L),0x44B29670L},{0L,2L,0xE739CE77L,(-1L)},{9L,0x46E47328L,(-9L),0xCFDE1339L},{0x6BB4BF11L,0x44B29670L,1L,1L},{0x32D1A7B8L,0xD8E9CE12L,(-1L),(-3L)},{0xF6DEA87FL,0L,0x24B49957L,0x10745EBDL}},{{0x5A2CD17CL,0xE739CE77L,(-9L),(-1L)},{0L,0x6B0AE752L,(-7L),0xCFDE1339L},{0xBA1C8222L,0xD356CF92L,(-7L),1L},{0x3A1A84C8L,4L,0xCFDE1339L,(-6L)},{(-1L),0x5931F405L,0L,(-9L)},{0x6BB4BF11L,0L,0x98347B73L,0xDC66A919L},{(-6L),0x6894CD1BL,0x27275A73L,0x36546358L},{0x10745EBDL,1L,0x10745EBDL,(-7L)}},{{1L,0x5F75F378L,0x359A2E71L,0x27275A73L},{0x2A792920L,2L,0x3C0EC2BAL,0x5F75F378L},{(-1L),0xDB8ACE08L,0x3C0EC2BAL,0x6B0AE752L},{0x2A792920L,0xB3F4565EL,0x359A2E71L,0L},{1L,9L,0x10745EBDL,0L},{0x10745EBDL,0L,0x27275A73L,0xBA1C8222L},{(-6L),0xBA2B135DL,0x98347B73L,(-1L)},{0x6BB4BF11L,0x2B4B0A47L,0L,0x1992AF46L}},{{(-1L),1L,0xCFDE1339L,(-7L)},{0x3A1A84C8L,0x854B03A0L,(-7L),0xCE66A4DAL},{0xBA1C8222L,0xE6A2DB30L,(-7L),(-5L)},{0L,0x98347B73L,(-9L),1L},{0x5A2CD17CL,0x141F464EL,0x24B49957L,4L},{0xF6DEA87FL,0xBA1C8222L,(-1L),0xE6A2DB30L},{0x32D1A7B8L,0xE4C85937L,1L,0x9A8F3ED8L},{0x98347B73L,0x24B49957L,0xD8E9CE12L,(-9L)}},{{0x5F75F378L,(-1L),(-3L),0xB3F4565EL},{0x141F464EL,0x36546358L,0x36546358L,0x141F464EL},{0xCE66A4DAL,0x46E47328L,4L,(-7L)},{(-1L),(-6L),(-5L),(-1L)},{0x0C02BA51L,0x27275A73L,0L,(-1L)},{0xE739CE77L,(-6L),1L,(-7L)},{0x7D05DC90L,0x46E47328L,0xF3EAFD74L,0x141F464EL},{0x3C0EC2BAL,0x36546358L,0x5A2CD17CL,0xB3F4565EL}},{{6L,(-1L),0x32D1A7B8L,(-9L)},{1L,0x24B49957L,(-1L),0x9A8F3ED8L},{0xBA2B135DL,0xE4C85937L,0x46E47328L,0xE6A2DB30L},{(-9L),0xBA1C8222L,0xE739CE77L,4L},{0x46E47328L,0x141F464EL,0xF6DEA87FL,1L},{1L,0x98347B73L,0x44B29670L,(-5L)},{1L,0xE6A2DB30L,0xB3F4565EL,0xCE66A4DAL},{0x2B4B0A47L,0x854B03A0L,(-1L),(-7L)}},{{0x36546358L,1L,(-10L),0x1992AF46L},{0xB3F4565EL,0x2B4B0A47L,6L,(-1L)},{(-7L),0xBA2B135DL,0xCE66A4DAL,0xBA1C8222L},{(-3L),0L,0x9A8F3ED8L,0L},{0x6894CD1BL,9L,0x6BB4BF11L,0L},{(-10L),0x1992AF46L,(-9L),0xB3F4565EL},{0L,0xCFDE1339L,0x46E47328L,0xF6DEA87FL},{0L,0x10745EBDL,(-9L),1L}}};
        int32_t l_879[9][3][9] = {{{4L,5L,0L,0L,5L,4L,0x235693CBL,0xF9D99BAAL,(-9L)},{(-9L),9L,0x5841F45BL,0x86D59B51L,1L,(-5L),(-5L),1L,0x5ED6E22EL},{4L,0xF9D99BAAL,0L,0L,0xF9D99BAAL,(-1L),0x235693CBL,0x3F127221L,0x235693CBL}},{{(-9L),1L,(-3L),0x86D59B51L,9L,0x27356864L,(-5L),0x49E7567BL,0x8358750BL},{4L,0x3F127221L,(-1L),0L,0x3F127221L,0x00B0FFCCL,0x235693CBL,5L,(-4L)},{(-9L),0x49E7567BL,0xB090C993L,0x86D59B51L,0xE1B02FD2L,0x3A01A372L,(-5L),9L,(-5L)}},{{4L,5L,0L,0L,5L,4L,0x235693CBL,0xF9D99BAAL,(-9L)},{(-9L),9L,0x5841F45BL,0x86D59B51L,1L,(-5L),(-5L),1L,0x5ED6E22EL},{4L,0xF9D99BAAL,0L,0L,0xF9D99BAAL,(-1L),0x235693CBL,0x3F127221L,0x235693CBL}},{{(-9L),1L,(-3L),0x86D59B51L,9L,0x27356864L,(-5L),0x49E7567BL,0x8358750BL},{4L,0x3F127221L,(-1L),0L,0x3F127221L,0x00B0FFCCL,0x235693CBL,5L,(-4L)},{(-9L),0x49E7567BL,0xB090C993L,0x86D59B51L,0xE1B02FD2L,0x3A01A372L,(-5L),9L,(-5L)}},{{4L,5L,0L,0L,5L,4L,0x235693CBL,0xF9D99BAAL,(-9L)},{(-9L),9L,0x5841F45BL,0x86D59B51L,1L,(-5L),(-5L),1L,0x5ED6E22EL},{4L,0xF9D99BAAL,0L,0L,0xF9D99BAAL,(-1L),0x235693CBL,0x3F127221L,0x235693CBL}},{{(-9L),1L,(-3L),0x86D59B51L,9L,0x27356864L,(-5L),0x49E7567BL,0x8358750BL},{4L,0x3F127221L,(-1L),0L,0x3F127221L,0x00B0FFCCL,0x235693CBL,5L,(-4L)},{(-9L),0x49E7567BL,0xB090C993L,0x86D59B51L,0xE1B02FD2L,0x3A01A372L,(-5L),9L,(-5L)}},{{4L,5L,0L,0L,5L,4L,0x235693CBL,0xF9D99BAAL,(-9L)},{(-9L),9L,0x5841F45BL,0x86D59B51L,1L,(-5L),(-5L),1L,0x5ED6E22EL},{9L,0L,0x04870960L,0L,0L,1L,0x1ACA729BL,0L,0x1ACA729BL}},{{0x992D22CFL,0xAF069B33L,5L,0L,0x5841F45BL,0x70EAFEA7L,(-9L),4L,8L},{9L,0L,0x6542D4D1L,0L,0L,0xAFAF6155L,0x1ACA729BL,(-1L),0L},{0x992D22CFL,4L,0xB97A1D88L,0L,0xB090C993L,0x7A775183L,(-9L),0x86D59B51L,(-9L)}},{{9L,(-1L),0L,0L,(-1L),9L,0x1ACA729BL,0L,0x95D32886L},{0x992D22CFL,0x86D59B51L,0xF518D8CDL,0L,(-3L),0x58BE5F40L,(-9L),0xAF069B33L,0L},{9L,0L,0x04870960L,0L,0L,1L,0x1ACA729BL,0L,0x1ACA729BL}}};
        int64_t l_886[3];
        struct S1 l_889 = {-4629,-9,-228,242,8798,2276,0,-3,321};
        uint8_t l_903 = 1UL;
        const int16_t *l_906 = &l_729.f0;
        const int16_t **l_905[3][8][3] = {{{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906},{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906},{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906},{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906}},{{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906},{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906},{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906},{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906}},{{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906},{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906},{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906},{(void*)0,&l_906,(void*)0},{&l_906,&l_906,&l_906}}};
        const int16_t ** const *l_904 = &l_905[1][0][2];
        int32_t **l_907 = &g_238;
        uint64_t *l_912 = &g_67[0][3][0];
        const union U3 * const ***l_920 = &l_918;
        uint8_t ***l_926 = (void*)0;
        uint8_t ***l_927 = (void*)0;
        uint8_t ***l_928 = &l_775;
        uint8_t ***l_929[3];
        int32_t l_931[5];
        uint16_t *l_932 = &g_485;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_886[i] = 0L;
        for (i = 0; i < 3; i++)
            l_929[i] = &g_392;
        for (i = 0; i < 5; i++)
            l_931[i] = 0x7F997D34L;
        for (l_729.f2 = 7; (l_729.f2 >= 2); l_729.f2 -= 1)
        { /* block id: 326 */
            int32_t **l_797 = &g_238;
            union U3 **l_802 = &g_597;
            uint16_t *l_813 = &g_485;
            int32_t *l_817 = &g_80;
            int32_t l_862 = 0x744B1336L;
            int32_t l_865 = 0xF813814CL;
            int32_t l_866 = 0x22931DABL;
            int32_t l_872 = (-4L);
            int32_t l_876 = 0L;
            int32_t l_877 = 1L;
            int32_t l_880[10][8] = {{1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L}};
            int i, j;
            (*l_797) = &l_705;
            if (((*l_817) ^= (((safe_lshift_func_int8_t_s_s(0xF5L, ((safe_mul_func_int16_t_s_s((l_802 != (void*)0), (g_66[(l_729.f2 + 1)] == ((*g_289) , 0x7706L)))) , ((safe_mul_func_int8_t_s_s(((safe_div_func_int8_t_s_s(((((safe_add_func_int64_t_s_s((safe_rshift_func_uint16_t_u_s((safe_rshift_func_uint16_t_u_u((l_718[1][3] = ((((*l_813)--) && (l_816 , l_18.f0.f4)) <= p_4)), p_3)), 9)), 0x985E9A878AA4F3B4LL)) | 0x50L) < (**l_797)) != (-6L)), (**l_797))) | (**g_392)), 0xDCL)) ^ (*p_6))))) , g_788.f7) > p_4)))
            { /* block id: 331 */
                (**l_797) |= (p_4 , p_4);
            }
            else
            { /* block id: 333 */
                return l_818;
            }
            (*l_797) = &l_716;
            for (g_220.f0.f1 = 0; (g_220.f0.f1 <= 1); g_220.f0.f1 += 1)
            { /* block id: 339 */
                uint8_t l_859[4];
                int32_t l_864[7] = {0x46DB75A9L,(-1L),(-1L),0x46DB75A9L,(-1L),(-1L),0x46DB75A9L};
                uint32_t l_883 = 0x6B72D1B8L;
                uint32_t l_888 = 0xBCBC1B66L;
                int i;
                for (i = 0; i < 4; i++)
                    l_859[i] = 0xD0L;
                for (p_3 = 1; (p_3 >= 0); p_3 -= 1)
                { /* block id: 342 */
                    uint64_t l_827 = 18446744073709551615UL;
                    int32_t l_831 = 0x48A6B782L;
                    uint8_t l_832 = 0x51L;
                    int32_t l_863 = (-7L);
                    int32_t l_873 = 0xA8DFF974L;
                    int32_t l_874 = (-9L);
                    int32_t l_881[10] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
                    int i;
                }
                return p_4;
            }
        }
        (*l_907) = (l_889 , (((safe_mod_func_int32_t_s_s((g_106 < ((p_3 | (((**g_592) = (0x6235L != (((((((((safe_add_func_uint64_t_u_u(((**g_275) &= (((safe_rshift_func_int16_t_s_s((l_896 != (*g_392)), 14)) && 0x8CC4F619635349F7LL) & l_868)), ((safe_add_func_int64_t_s_s(((safe_mul_func_uint16_t_u_u((0xD1L > 0UL), g_788.f6)) || p_4), 0x468CB2921AD4A294LL)) && l_903))) > l_818) , p_3) || p_4) , l_904) != (void*)0) | p_4) , (**g_592)) != l_729.f4))) > p_3)) , p_4)), p_3)) & 0x3AD4170FFAF88128LL) , (void*)0));
        (*l_907) = &l_718[1][3];
        l_705 = ((((safe_lshift_func_uint16_t_u_s(((*l_932) = (safe_mul_func_uint8_t_u_u(((((**l_907) || ((*g_593) ^= (l_912 != (void*)0))) && (~((((safe_mod_func_uint16_t_u_u((((safe_lshift_func_int16_t_s_u((((*l_920) = l_918) == (l_921 , &g_596[1])), (safe_mul_func_int16_t_s_s((safe_mod_func_int32_t_s_s((((((((((**l_907) && ((**l_907) = ((*g_7) ^= (&g_393 != (l_930 = ((*l_928) = &g_393)))))) && (**l_907)) , l_889) , (void*)0) != (void*)0) && p_4) , (**g_592)) == 0x478EL), l_878[7][0][2])), p_3)))) && l_716) && 0xD6CCL), 4UL)) < p_4) , g_220.f0.f2) , l_931[3]))) == p_4), (*g_393)))), l_921.f5)) || (*p_6)) , &l_919) == &l_919);
    }
    l_705 ^= (l_933[0] != (((safe_sub_func_int8_t_s_s(l_18.f0.f2, (*g_7))) , (safe_rshift_func_uint16_t_u_u((((safe_lshift_func_int8_t_s_u((!0L), l_729.f2)) >= (safe_add_func_uint64_t_u_u((((safe_unary_minus_func_int32_t_s(((((safe_sub_func_uint16_t_u_u((((l_729.f1 > ((safe_mod_func_uint8_t_u_u((l_949 != 1UL), (**g_432))) & 0x1FD8L)) == p_4) , l_729.f1), 0xD8AFL)) != 0xC8F2L) & p_4) > (-6L)))) , 6L) <= 0x8EL), (*g_276)))) != 0x181BL), 14))) , g_950[0][0]));
    l_712 ^= (((((**g_432) , (p_3 == 4294967295UL)) == (+(g_220.f0.f5 = p_4))) , g_220.f0) , (0x7163L ^ (18446744073709551615UL == (l_953 = l_705))));
    (*l_955) = ((*l_954) = &l_18);
    return p_3;
}


/* ------------------------------------------ */
/* 
 * reads : g_8 g_25 g_238
 * writes: g_290 g_289 g_220.f0.f5 g_238
 */
static int8_t  func_15(union U3  p_16, int8_t ** p_17)
{ /* block id: 4 */
    int8_t ** const l_23 = &g_7;
    union U2 **l_527 = (void*)0;
    union U2 **l_528 = &g_290[2];
    union U2 **l_529[5];
    int32_t l_542 = 5L;
    int32_t l_566 = 0xA6D8A958L;
    int32_t l_568 = 0x50F215A5L;
    int32_t l_569 = 0xDFBB7B15L;
    int32_t l_571[8][9] = {{0x5D33FF2AL,0x976C1390L,0x5D33FF2AL,(-7L),(-1L),0x7C1500CBL,0x9F53F5CDL,0L,0L},{5L,0xA28E50CDL,(-1L),0xF19D60FCL,9L,6L,0x976C1390L,2L,1L},{0x7C1500CBL,0x2CEC7EECL,0x2F737DA2L,(-7L),(-7L),0x2F737DA2L,0x2CEC7EECL,0x7C1500CBL,0x5D33FF2AL},{0L,0x2CEC7EECL,0x5A06B26CL,0xA28E50CDL,0x50DBBF7CL,1L,(-1L),0x5D33FF2AL,0xB1D4E3EAL},{0x2CEC7EECL,0xA28E50CDL,0L,0x2F737DA2L,0x5D33FF2AL,0xF19D60FCL,2L,0xF19D60FCL,0x5D33FF2AL},{0x9F53F5CDL,0x976C1390L,0x976C1390L,0x9F53F5CDL,0x2F737DA2L,9L,2L,0L,1L},{0x2F737DA2L,0L,0xA28E50CDL,0x2CEC7EECL,0x976C1390L,0x5A06B26CL,(-1L),6L,0L},{0xA28E50CDL,0x5A06B26CL,0x2CEC7EECL,0L,0x2F737DA2L,0L,0x2CEC7EECL,0x5A06B26CL,0xA28E50CDL}};
    uint16_t l_572[2][3][1] = {{{4UL},{0UL},{4UL}},{{0UL},{4UL},{0UL}}};
    int32_t l_630 = 0x24DBAAD2L;
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_529[i] = &g_289;
    g_289 = ((*l_528) = func_20(g_8, ((void*)0 == l_23)));
    for (p_16.f1 = (-13); (p_16.f1 == 47); p_16.f1 = safe_add_func_uint16_t_u_u(p_16.f1, 1))
    { /* block id: 194 */
        union U3 *l_543 = (void*)0;
        int32_t l_548 = (-1L);
        int32_t l_562 = 0L;
        int32_t l_567 = 0x013A84C9L;
        int32_t l_570[9] = {(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L)};
        int16_t l_650[4][7] = {{0x0012L,0x0012L,0x353DL,0x0012L,0x0012L,0x353DL,0x0012L},{0xAED3L,(-7L),(-7L),0xAED3L,(-7L),(-7L),0xAED3L},{1L,0x0012L,1L,1L,0x0012L,1L,1L},{0xAED3L,0xAED3L,0x6480L,0xAED3L,0xAED3L,0x6480L,0xAED3L}};
        uint64_t * const *l_651 = &g_276;
        int16_t l_670 = 0x0D0AL;
        uint32_t l_679 = 0xF2DBF79AL;
        uint32_t l_689[6] = {18446744073709551615UL,0UL,0UL,18446744073709551615UL,0UL,0UL};
        int i, j;
        for (g_220.f0.f5 = 0; (g_220.f0.f5 > (-5)); g_220.f0.f5 = safe_sub_func_uint64_t_u_u(g_220.f0.f5, 3))
        { /* block id: 197 */
            int32_t **l_534 = &g_238;
            uint32_t *l_539 = &g_540;
            int32_t l_560 = (-1L);
            int32_t l_561 = 0xB54981AFL;
            int32_t l_563 = 0xED688FA8L;
            int32_t l_564 = 0x6707D065L;
            int32_t l_565[6][2] = {{8L,1L},{8L,8L},{1L,8L},{8L,1L},{8L,8L},{1L,8L}};
            union U3 ** const l_600 = &g_597;
            struct S0 l_612 = {0x9426L,4294967295UL,0xF3EDL,18446744073709551607UL,254UL,2L};
            struct S1 l_613 = {-4427,44,-1290,-77,7488,2653,1,-0,983};
            int32_t l_629 = 4L;
            int8_t ****l_667 = &g_431;
            uint16_t *l_676 = &g_419;
            int16_t l_684[3];
            int i, j;
            for (i = 0; i < 3; i++)
                l_684[i] = 0xB10AL;
            (*l_534) = (void*)0;
            (*l_534) = (*l_534);
        }
    }
    return l_542;
}


/* ------------------------------------------ */
/* 
 * reads : g_25
 * writes:
 */
static union U2 * func_20(uint32_t  p_21, uint64_t  p_22)
{ /* block id: 5 */
    int32_t *l_24 = &g_25[1];
    int32_t *l_26 = &g_25[4];
    int32_t *l_27[2][6] = {{&g_25[1],(void*)0,(void*)0,&g_25[1],(void*)0,(void*)0},{&g_25[1],(void*)0,(void*)0,&g_25[1],(void*)0,(void*)0}};
    int32_t l_28 = 0xF5F6F594L;
    int16_t l_29 = 0x6ADDL;
    uint32_t l_30 = 18446744073709551608UL;
    int8_t **l_51 = &g_7;
    int8_t *l_246 = &g_53.f2;
    struct S0 l_249 = {-1L,0x900827C2L,-2L,0xAE8DF24C9ECF58E6LL,0xA6L,0x7683A6D4A1814A40LL};
    int16_t l_395 = 0x7843L;
    uint32_t l_412 = 0x5594C27AL;
    int16_t l_435[4] = {0x4783L,0x4783L,0x4783L,0x4783L};
    uint32_t **l_453 = &g_451;
    int32_t l_526 = (-1L);
    int i, j;
    l_30++;
    for (l_29 = 0; (l_29 <= 7); l_29 += 1)
    { /* block id: 9 */
        int16_t *l_63 = (void*)0;
        int16_t *l_64 = (void*)0;
        int16_t *l_65 = &g_66[2];
        int32_t l_68 = 0xECA23E10L;
        uint64_t *l_187 = &g_67[2][0][1];
        int8_t * const *l_201 = &g_52;
        struct S1 l_210 = {2519,-8,1794,-161,9560,3491,0,-2,1922};
        uint32_t l_310 = 0x517381DBL;
        union U3 *l_349 = (void*)0;
        union U2 *l_350 = &g_53;
        int32_t l_354 = 1L;
        uint8_t *l_391 = &g_106;
        uint8_t **l_390 = &l_391;
        int32_t *l_410 = &l_28;
        int32_t l_411 = 9L;
        uint8_t l_428[2];
        int32_t l_439 = (-1L);
        int32_t l_441 = 9L;
        int32_t l_443 = (-1L);
        uint16_t l_444 = 65530UL;
        int32_t ** const *l_449 = &g_352;
        const uint32_t **l_456 = (void*)0;
        int32_t l_483 = 1L;
        int32_t *l_520[9] = {(void*)0,&l_354,(void*)0,&l_354,(void*)0,&l_354,(void*)0,&l_354,(void*)0};
        int i;
        for (i = 0; i < 2; i++)
            l_428[i] = 0xB1L;
    }
    l_526 |= (*l_26);
    return &g_53;
}


/* ------------------------------------------ */
/* 
 * reads : g_52 g_8 g_25 g_66 g_7 g_62
 * writes: g_111 g_106 g_80
 */
static uint8_t  func_34(int64_t  p_35, int8_t * const * p_36, union U2 * p_37)
{ /* block id: 40 */
    int32_t l_155 = 0x741FA38BL;
    uint8_t *l_158 = &g_111;
    uint8_t *l_159 = &g_106;
    union U3 l_173[2] = {{{0L,6UL,-8L,18446744073709551615UL,0UL,1L}},{{0L,6UL,-8L,18446744073709551615UL,0UL,1L}}};
    int32_t *l_180 = &g_80;
    int i;
    (*l_180) = (((((((0L || (!(safe_rshift_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_s((l_155 , (*g_52)), ((safe_rshift_func_uint8_t_u_s(((*l_159) = ((*l_158) = g_8)), 2)) , (safe_lshift_func_int8_t_s_s((safe_mod_func_int8_t_s_s((safe_sub_func_int64_t_s_s(((safe_lshift_func_uint8_t_u_u(((safe_mod_func_int16_t_s_s(((safe_unary_minus_func_int8_t_s((((safe_rshift_func_int16_t_s_u((((l_155 || (l_173[1] , (safe_rshift_func_int16_t_s_s(((((((safe_sub_func_int64_t_s_s(g_25[1], ((p_35 && (((l_173[1].f0.f5 | (-6L)) || 0xBEL) == 0xB799871AL)) , g_66[2]))) , l_158) == (*p_36)) <= l_173[1].f0.f5) , l_173[1].f0.f2) || g_25[0]), 2)))) >= l_155) == l_173[1].f0.f2), 9)) , 0x522D9FCFL) != l_173[1].f0.f2))) | p_35), g_66[2])) > l_155), 2)) | 9L), p_35)), l_173[1].f0.f0)), (**p_36)))))) >= 0x9A0984C2C580385BLL), g_62[3][2])))) < l_173[1].f0.f0) < p_35) & 0x59L) , 0x83445F0763AE82E7LL) && g_25[4]) > 0xBEDF6B54L);
    return g_25[1];
}


/* ------------------------------------------ */
/* 
 * reads : g_80
 * writes: g_80
 */
static union U2 * func_38(struct S0  p_39, int16_t  p_40)
{ /* block id: 37 */
    int32_t l_147 = 1L;
    int32_t *l_148 = &g_80;
    union U2 *l_149 = &g_53;
    (*l_148) &= l_147;
    return l_149;
}


/* ------------------------------------------ */
/* 
 * reads : g_53 g_62 g_80 g_41.f5 g_67 g_41.f3 g_106 g_7 g_8 g_144
 * writes: g_66 g_80 g_8 g_106 g_53.f0 g_111 g_129 g_53.f2 g_144
 */
static union U2  func_42(uint16_t  p_43)
{ /* block id: 16 */
    union U2 *l_73 = &g_53;
    int16_t *l_75 = &g_66[2];
    union U3 l_76 = {{2L,0x2A7D5B95L,8L,0x6B801CBC849BC54FLL,1UL,-1L}};
    uint16_t l_77[1][2];
    const uint32_t l_78 = 7UL;
    int32_t *l_79 = &g_80;
    int8_t *l_117 = &g_8;
    int32_t l_135 = 1L;
    int32_t l_140[10][2][1] = {{{(-1L)},{(-3L)}},{{(-1L)},{(-1L)}},{{(-3L)},{(-1L)}},{{(-1L)},{(-3L)}},{{(-1L)},{(-1L)}},{{(-3L)},{(-1L)}},{{(-1L)},{(-3L)}},{{(-1L)},{(-1L)}},{{(-3L)},{(-1L)}},{{(-1L)},{(-3L)}}};
    int i, j, k;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_77[i][j] = 65532UL;
    }
    (*l_79) ^= (safe_mod_func_uint8_t_u_u(((((safe_sub_func_int8_t_s_s((((*l_75) = ((((g_53 , l_73) == (p_43 , l_73)) >= 0xB66AL) < (+p_43))) > ((-1L) <= (l_76 , ((((g_62[9][7] > l_76.f0.f2) >= 1L) , p_43) > l_77[0][1])))), p_43)) && 0x4849EAACL) == 0x8682L) , p_43), l_78));
    for (l_76.f0.f2 = 0; (l_76.f0.f2 == (-23)); l_76.f0.f2 = safe_sub_func_uint32_t_u_u(l_76.f0.f2, 9))
    { /* block id: 21 */
        int32_t l_112[4];
        union U3 l_127 = {{0xCE15L,0xF76BB762L,0xF8F3L,0x5711A96804C796BBLL,0x3FL,0x6E7687A6114F9EE9LL}};
        int32_t *l_136 = &g_80;
        int32_t *l_137 = &l_112[1];
        int32_t *l_138 = &l_112[1];
        int32_t *l_139 = (void*)0;
        int32_t *l_141 = (void*)0;
        int32_t *l_142 = &l_112[1];
        int32_t *l_143[7][3];
        int i, j;
        for (i = 0; i < 4; i++)
            l_112[i] = 0xE4149FEDL;
        for (i = 0; i < 7; i++)
        {
            for (j = 0; j < 3; j++)
                l_143[i][j] = &l_135;
        }
        for (g_8 = 0; (g_8 != 21); g_8++)
        { /* block id: 24 */
            uint8_t *l_105 = &g_106;
            uint64_t *l_109[4][1][9] = {{{&g_67[2][0][1],&g_53.f0,&g_53.f0,(void*)0,(void*)0,&g_53.f0,&g_53.f0,&g_67[2][0][1],&g_53.f0}},{{&g_67[2][0][1],&g_67[2][0][1],&g_53.f0,&g_53.f0,&g_67[2][0][1],&g_67[2][0][1],&l_76.f0.f3,&g_67[2][0][1],&g_67[2][0][1]}},{{&l_76.f0.f3,&g_53.f0,&g_53.f0,&l_76.f0.f3,&g_67[2][0][1],&g_53.f0,&g_67[2][0][1],&l_76.f0.f3,&g_53.f0}},{{&g_67[0][1][0],&g_67[0][1][0],&l_76.f0.f3,&g_67[2][0][1],&g_67[1][0][0],&g_67[2][0][1],&l_76.f0.f3,&g_67[0][1][0],&g_67[0][1][0]}}};
            uint8_t *l_110[9] = {&g_111,&g_111,&g_111,&g_111,&g_111,&g_111,&g_111,&g_111,&g_111};
            int64_t *l_128[2];
            int32_t l_132 = 1L;
            int8_t *l_133 = &g_53.f2;
            int32_t *l_134 = &l_112[1];
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_128[i] = &g_129;
            g_80 |= ((safe_lshift_func_int16_t_s_s((safe_mod_func_uint64_t_u_u(g_41.f5, (+(safe_add_func_uint64_t_u_u((safe_add_func_int32_t_s_s(g_41.f5, (l_79 != (g_67[2][2][1] , (void*)0)))), (safe_unary_minus_func_int16_t_s(g_41.f3))))))), (safe_mod_func_int64_t_s_s((safe_rshift_func_uint8_t_u_u((g_111 = (safe_add_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s((safe_mod_func_uint16_t_u_u(0x299FL, p_43)), ((++(*l_105)) == ((g_53.f0 = g_41.f5) & g_41.f5)))), p_43))), l_112[1])), 0xF0CF8135127CA5F8LL)))) == p_43);
            (*l_134) &= (&g_7 == ((safe_mod_func_uint16_t_u_u(((safe_div_func_uint16_t_u_u((l_117 == &g_8), (~(safe_add_func_uint16_t_u_u((((*l_133) = ((safe_div_func_int8_t_s_s(((((*l_79) = ((safe_sub_func_uint64_t_u_u((((((safe_add_func_int16_t_s_s(((l_127 , 0xB4F1E68E90F11B2BLL) == (g_129 = p_43)), (safe_mod_func_int32_t_s_s((l_127.f0.f3 < (l_110[5] == &g_111)), 0x3CE1FE00L)))) && p_43) || 0x027CL) != l_127.f0.f0) && (-2L)), p_43)) > 0x65L)) < 1UL) & p_43), l_132)) , (*g_7))) | (*g_7)), 4UL))))) > (-1L)), 65535UL)) , &g_52));
        }
        g_144--;
    }
    return (*l_73);
}


/* ------------------------------------------ */
/* 
 * reads : g_8
 * writes:
 */
static int8_t  func_46(int8_t ** p_47, int8_t * p_48, union U2  p_49, uint16_t  p_50)
{ /* block id: 14 */
    return (*p_48);
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
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_25[i], "g_25[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_41.f0, "g_41.f0", print_hash_value);
    transparent_crc(g_41.f1, "g_41.f1", print_hash_value);
    transparent_crc(g_41.f2, "g_41.f2", print_hash_value);
    transparent_crc(g_41.f3, "g_41.f3", print_hash_value);
    transparent_crc(g_41.f4, "g_41.f4", print_hash_value);
    transparent_crc(g_41.f5, "g_41.f5", print_hash_value);
    transparent_crc(g_53.f0, "g_53.f0", print_hash_value);
    transparent_crc(g_53.f2, "g_53.f2", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_62[i][j], "g_62[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_66[i], "g_66[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_67[i][j][k], "g_67[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_80, "g_80", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    transparent_crc(g_144, "g_144", print_hash_value);
    transparent_crc(g_220.f0.f0, "g_220.f0.f0", print_hash_value);
    transparent_crc(g_220.f0.f1, "g_220.f0.f1", print_hash_value);
    transparent_crc(g_220.f0.f2, "g_220.f0.f2", print_hash_value);
    transparent_crc(g_220.f0.f3, "g_220.f0.f3", print_hash_value);
    transparent_crc(g_220.f0.f4, "g_220.f0.f4", print_hash_value);
    transparent_crc(g_220.f0.f5, "g_220.f0.f5", print_hash_value);
    transparent_crc(g_271.f0, "g_271.f0", print_hash_value);
    transparent_crc(g_271.f1, "g_271.f1", print_hash_value);
    transparent_crc(g_271.f2, "g_271.f2", print_hash_value);
    transparent_crc(g_271.f3, "g_271.f3", print_hash_value);
    transparent_crc(g_271.f4, "g_271.f4", print_hash_value);
    transparent_crc(g_271.f5, "g_271.f5", print_hash_value);
    transparent_crc(g_298, "g_298", print_hash_value);
    transparent_crc(g_419, "g_419", print_hash_value);
    transparent_crc(g_485, "g_485", print_hash_value);
    transparent_crc(g_540, "g_540", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_721[i], "g_721[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_731, "g_731", print_hash_value);
    transparent_crc(g_788.f0, "g_788.f0", print_hash_value);
    transparent_crc(g_788.f1, "g_788.f1", print_hash_value);
    transparent_crc(g_788.f2, "g_788.f2", print_hash_value);
    transparent_crc(g_788.f3, "g_788.f3", print_hash_value);
    transparent_crc(g_788.f4, "g_788.f4", print_hash_value);
    transparent_crc(g_788.f5, "g_788.f5", print_hash_value);
    transparent_crc(g_788.f6, "g_788.f6", print_hash_value);
    transparent_crc(g_788.f7, "g_788.f7", print_hash_value);
    transparent_crc(g_788.f8, "g_788.f8", print_hash_value);
    transparent_crc(g_1054, "g_1054", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_1111[i][j], "g_1111[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1137, "g_1137", print_hash_value);
    transparent_crc(g_1223.f0.f0, "g_1223.f0.f0", print_hash_value);
    transparent_crc(g_1223.f0.f1, "g_1223.f0.f1", print_hash_value);
    transparent_crc(g_1223.f0.f2, "g_1223.f0.f2", print_hash_value);
    transparent_crc(g_1223.f0.f3, "g_1223.f0.f3", print_hash_value);
    transparent_crc(g_1223.f0.f4, "g_1223.f0.f4", print_hash_value);
    transparent_crc(g_1223.f0.f5, "g_1223.f0.f5", print_hash_value);
    transparent_crc(g_1274, "g_1274", print_hash_value);
    transparent_crc(g_1445, "g_1445", print_hash_value);
    transparent_crc(g_1479, "g_1479", print_hash_value);
    transparent_crc(g_1527, "g_1527", print_hash_value);
    transparent_crc(g_1535, "g_1535", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 392
   depth: 1, occurrence: 19
XXX total union variables: 14

XXX non-zero bitfields defined in structs: 10
XXX zero bitfields defined in structs: 1
XXX const bitfields defined in structs: 4
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 12
breakdown:
   indirect level: 0, occurrence: 6
   indirect level: 1, occurrence: 3
   indirect level: 2, occurrence: 3
XXX full-bitfields structs in the program: 6
breakdown:
   indirect level: 0, occurrence: 6
XXX times a bitfields struct's address is taken: 3
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 8
XXX times a single bitfield on LHS: 2
XXX times a single bitfield on RHS: 11

XXX max expression depth: 43
breakdown:
   depth: 1, occurrence: 128
   depth: 2, occurrence: 40
   depth: 3, occurrence: 1
   depth: 4, occurrence: 2
   depth: 5, occurrence: 5
   depth: 7, occurrence: 1
   depth: 8, occurrence: 2
   depth: 9, occurrence: 1
   depth: 10, occurrence: 1
   depth: 14, occurrence: 1
   depth: 15, occurrence: 1
   depth: 16, occurrence: 2
   depth: 17, occurrence: 2
   depth: 18, occurrence: 1
   depth: 19, occurrence: 2
   depth: 22, occurrence: 5
   depth: 23, occurrence: 3
   depth: 24, occurrence: 4
   depth: 25, occurrence: 2
   depth: 26, occurrence: 1
   depth: 27, occurrence: 1
   depth: 28, occurrence: 1
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 33, occurrence: 1
   depth: 37, occurrence: 1
   depth: 43, occurrence: 1

XXX total number of pointers: 297

XXX times a variable address is taken: 525
XXX times a pointer is dereferenced on RHS: 182
breakdown:
   depth: 1, occurrence: 117
   depth: 2, occurrence: 54
   depth: 3, occurrence: 11
XXX times a pointer is dereferenced on LHS: 204
breakdown:
   depth: 1, occurrence: 172
   depth: 2, occurrence: 31
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 33
XXX times a pointer is compared with address of another variable: 9
XXX times a pointer is compared with another pointer: 11
XXX times a pointer is qualified to be dereferenced: 5283

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 574
   level: 2, occurrence: 213
   level: 3, occurrence: 101
   level: 4, occurrence: 28
XXX number of pointers point to pointers: 133
XXX number of pointers point to scalars: 137
XXX number of pointers point to structs: 3
XXX percent of pointers has null in alias set: 26.3
XXX average alias set size: 1.35

XXX times a non-volatile is read: 1179
XXX times a non-volatile is write: 627
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 7

XXX stmts: 141
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 22
   depth: 1, occurrence: 15
   depth: 2, occurrence: 24
   depth: 3, occurrence: 30
   depth: 4, occurrence: 26
   depth: 5, occurrence: 24

XXX percentage a fresh-made variable is used: 19
XXX percentage an existing variable is used: 81
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

