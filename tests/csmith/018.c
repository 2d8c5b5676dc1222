/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 19 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      19
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = (-8L);
static int32_t g_4 = (-1L);
static int32_t g_5 = 0x4543BEB7L;
static int32_t g_6[1] = {0x1A0734F0L};
static uint64_t g_30 = 0x43AF7806AA1C33C0LL;
static uint64_t g_45 = 1UL;
static uint64_t *g_44 = &g_45;
static int64_t g_58 = 1L;
static int8_t g_61 = 0x8AL;
static int32_t *g_75[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static int64_t *g_89[8] = {&g_58,&g_58,&g_58,&g_58,&g_58,&g_58,&g_58,&g_58};
static int8_t g_96 = 0x11L;
static int8_t *g_95 = &g_96;
static int16_t g_100 = 0x912EL;
static uint32_t g_106 = 0xC0B7B9EAL;
static uint64_t g_123 = 18446744073709551615UL;
static int32_t g_127 = 0x9D400EADL;
static uint16_t g_136[10] = {0x0452L,0x0452L,1UL,0x0452L,0x0452L,1UL,0x0452L,0x0452L,1UL,0x0452L};
static int16_t g_139 = 0L;
static const uint16_t g_143 = 65535UL;
static const uint16_t *g_142[6][3] = {{&g_143,&g_143,&g_143},{&g_143,&g_143,&g_143},{&g_143,&g_143,&g_143},{&g_143,&g_143,&g_143},{&g_143,&g_143,&g_143},{&g_143,&g_143,&g_143}};
static int64_t ***g_217 = (void*)0;
static int16_t ****g_250 = (void*)0;
static int16_t *****g_261 = &g_250;
static int32_t g_295[2][9][8] = {{{0x78E13C53L,0x75DB8E4DL,(-8L),4L,(-8L),0xAF9CA1D8L,0xCDAD2A5CL,0x54C1D8A3L},{0xDA1887DBL,0x1E91A13EL,(-9L),0xCDAD2A5CL,8L,(-9L),0x75DB8E4DL,0xB56A9FD1L},{0x54C1D8A3L,0x8A32D7ADL,0x2AA1A6C8L,3L,8L,0x06184F7EL,0xAF9CA1D8L,0x8A32D7ADL},{0xDA1887DBL,0x2AA1A6C8L,7L,0xB56A9FD1L,3L,3L,0xB56A9FD1L,7L},{0xCDAD2A5CL,0xCDAD2A5CL,4L,0x75DB8E4DL,0xDA1887DBL,(-9L),(-8L),0x1E91A13EL},{7L,0x75DB8E4DL,0x7185D0FBL,0x06184F7EL,0x1E91A13EL,0x2AA1A6C8L,0xAF9CA1D8L,0x1E91A13EL},{0x75DB8E4DL,0xAF9CA1D8L,0L,0x75DB8E4DL,0x06184F7EL,7L,0xAF2723D0L,7L},{0xAF2723D0L,0xB56A9FD1L,(-9L),0xB56A9FD1L,0xAF2723D0L,4L,8L,0x8A32D7ADL},{7L,(-8L),0x6226BAD4L,3L,(-8L),0x7185D0FBL,0x2AA1A6C8L,0xB56A9FD1L}},{{8L,0xAF9CA1D8L,0x6226BAD4L,0xCDAD2A5CL,3L,0L,8L,0x54C1D8A3L},{(-8L),0xAF2723D0L,(-9L),0x8A32D7ADL,0x8A32D7ADL,(-9L),0xAF2723D0L,(-8L)},{0x54C1D8A3L,8L,0L,3L,0xCDAD2A5CL,0x6226BAD4L,0xAF9CA1D8L,8L},{0xB56A9FD1L,0x2AA1A6C8L,0x7185D0FBL,(-8L),3L,0x6226BAD4L,(-8L),7L},{0x8A32D7ADL,8L,4L,0xAF2723D0L,0xB56A9FD1L,(-9L),0xB56A9FD1L,0xAF2723D0L},{7L,0xAF2723D0L,7L,0x06184F7EL,0x75DB8E4DL,0L,0xAF9CA1D8L,0x75DB8E4DL},{0x1E91A13EL,0xAF9CA1D8L,0x2AA1A6C8L,0x1E91A13EL,0x06184F7EL,0x7185D0FBL,0x75DB8E4DL,7L},{0x1E91A13EL,(-8L),(-9L),0xDA1887DBL,0x75DB8E4DL,4L,0xCDAD2A5CL,0xCDAD2A5CL},{7L,0xB56A9FD1L,3L,3L,0xB56A9FD1L,7L,0x2AA1A6C8L,0xDA1887DBL}}};
static int16_t *g_302[9] = {&g_100,&g_100,&g_100,&g_100,&g_100,&g_100,&g_100,&g_100,&g_100};
static int16_t **g_317 = (void*)0;
static int16_t *** const g_316 = &g_317;
static const uint32_t g_320 = 0x2A8B3403L;
static int8_t g_336 = 0L;
static int16_t g_337 = 1L;
static uint32_t g_338 = 18446744073709551607UL;
static const uint64_t g_410[7] = {0x559EBF47E2122694LL,0x559EBF47E2122694LL,0x559EBF47E2122694LL,0x559EBF47E2122694LL,0x559EBF47E2122694LL,0x559EBF47E2122694LL,0x559EBF47E2122694LL};
static int32_t g_493 = (-1L);
static uint32_t g_512[9] = {8UL,0xDB1D6F4CL,8UL,8UL,0xDB1D6F4CL,8UL,8UL,0xDB1D6F4CL,8UL};
static int32_t g_536 = (-1L);
static int16_t g_593 = 0x4B32L;
static uint32_t ***g_630 = (void*)0;
static int16_t g_659 = 0L;
static int8_t g_688 = (-1L);
static int64_t **g_697 = &g_89[1];
static int64_t ***g_696 = &g_697;
static const uint32_t *g_719[4][8][8] = {{{&g_512[4],(void*)0,&g_320,&g_320,(void*)0,&g_512[4],(void*)0,(void*)0},{&g_512[7],&g_320,&g_512[7],&g_320,&g_512[7],&g_512[2],(void*)0,&g_512[5]},{&g_512[8],&g_320,&g_512[7],&g_320,&g_512[7],&g_320,&g_320,(void*)0},{(void*)0,&g_512[7],&g_320,&g_512[7],&g_512[2],&g_512[7],&g_320,(void*)0},{&g_320,&g_320,&g_512[7],(void*)0,&g_320,(void*)0,(void*)0,&g_512[5]},{&g_512[7],&g_512[7],(void*)0,&g_320,&g_512[1],&g_512[4],&g_512[2],(void*)0},{&g_512[0],&g_320,(void*)0,&g_512[2],&g_512[4],(void*)0,&g_512[8],(void*)0},{&g_512[4],(void*)0,(void*)0,(void*)0,&g_512[4],&g_320,&g_320,(void*)0}},{{&g_320,&g_512[7],(void*)0,(void*)0,&g_512[2],&g_320,&g_512[7],(void*)0},{(void*)0,&g_512[7],(void*)0,&g_512[2],&g_320,&g_320,&g_320,&g_512[5]},{&g_512[2],&g_320,(void*)0,(void*)0,&g_512[2],&g_512[7],&g_512[8],&g_512[4]},{&g_512[7],(void*)0,(void*)0,&g_320,&g_512[7],&g_512[7],&g_512[2],&g_512[0]},{&g_320,&g_512[4],(void*)0,&g_512[7],(void*)0,&g_320,(void*)0,(void*)0},{&g_320,&g_320,&g_512[7],&g_320,&g_320,&g_320,&g_320,&g_320},{(void*)0,&g_320,&g_320,(void*)0,&g_512[1],&g_512[7],&g_512[7],(void*)0},{(void*)0,&g_512[7],&g_512[7],(void*)0,&g_320,&g_320,&g_512[7],&g_320}},{{&g_320,&g_512[7],&g_320,&g_512[5],&g_512[4],&g_512[7],&g_512[2],&g_320},{&g_320,&g_320,&g_512[7],&g_512[2],&g_512[7],&g_320,(void*)0,(void*)0},{&g_512[4],&g_320,&g_512[2],(void*)0,&g_512[7],&g_320,&g_320,&g_512[7]},{&g_320,&g_512[4],(void*)0,&g_320,&g_512[1],&g_512[7],&g_512[4],(void*)0},{&g_320,(void*)0,&g_512[4],&g_320,&g_320,&g_512[7],&g_320,&g_320},{&g_320,&g_320,&g_320,&g_512[7],&g_512[5],&g_320,&g_512[8],&g_512[7]},{&g_320,&g_512[7],&g_512[7],&g_320,&g_320,&g_320,&g_512[5],(void*)0},{&g_320,&g_512[7],(void*)0,&g_320,&g_512[5],&g_320,&g_320,&g_512[4]}},{{&g_320,(void*)0,&g_512[7],&g_320,&g_320,(void*)0,&g_512[7],&g_320},{&g_320,&g_320,(void*)0,&g_512[7],&g_512[1],&g_512[4],&g_512[1],&g_512[4]},{&g_320,&g_512[7],&g_320,&g_512[7],&g_512[7],(void*)0,&g_512[7],&g_512[2]},{&g_512[4],&g_512[0],&g_320,&g_512[7],&g_512[7],&g_512[7],&g_512[7],&g_320},{&g_512[7],&g_512[7],&g_512[0],(void*)0,&g_320,(void*)0,&g_512[2],&g_320},{&g_512[4],&g_320,&g_320,(void*)0,&g_320,&g_512[7],(void*)0,&g_320},{&g_320,&g_512[4],&g_512[1],(void*)0,&g_320,&g_320,&g_512[4],&g_320},{(void*)0,&g_320,(void*)0,&g_512[7],(void*)0,&g_512[4],&g_320,(void*)0}}};
static const uint32_t **g_718 = &g_719[1][1][2];
static int8_t **g_807 = &g_95;
static uint32_t g_827[9] = {0x0243C64EL,0x0243C64EL,0x0243C64EL,0x0243C64EL,0x0243C64EL,0x0243C64EL,0x0243C64EL,0x0243C64EL,0x0243C64EL};
static int64_t ****g_959[4] = {&g_217,&g_217,&g_217,&g_217};
static int64_t *****g_958 = &g_959[3];
static uint8_t ****g_986 = (void*)0;
static int32_t **g_990 = &g_75[0];
static uint8_t g_1003 = 0xC5L;
static uint32_t g_1099[6][10] = {{4294967295UL,0xA96259B1L,3UL,0xDF53757EL,0x95A61F54L,0x1B8F3112L,0x1B8F3112L,0x95A61F54L,0xDF53757EL,3UL},{0x95A61F54L,0x95A61F54L,0x0CCF17E1L,4294967295UL,0x30362671L,0x1B8F3112L,0x4EF332D1L,0x1B8F3112L,0x30362671L,4294967295UL},{4294967295UL,0x20ECCC27L,4294967295UL,0x1B8F3112L,0xCD47824EL,3UL,0x4EF332D1L,0x4EF332D1L,3UL,0xCD47824EL},{0x0CCF17E1L,0x95A61F54L,0x95A61F54L,0x0CCF17E1L,4294967295UL,0x30362671L,0x1B8F3112L,0x4EF332D1L,0x1B8F3112L,0x30362671L},{3UL,0xA96259B1L,4294967295UL,0xA96259B1L,3UL,0xDF53757EL,0x95A61F54L,0x1B8F3112L,0x1B8F3112L,0x95A61F54L},{0x4EF332D1L,0xDF53757EL,0x0CCF17E1L,0x0CCF17E1L,0xDF53757EL,0x4EF332D1L,0xCD47824EL,0x95A61F54L,3UL,0x95A61F54L}};
static uint16_t g_1131[1][5][3] = {{{0x24D7L,0x1198L,0x1198L},{0xEAEEL,0x1198L,65534UL},{0x4D46L,0x24D7L,0xC662L},{0xEAEEL,0xEAEEL,0xC662L},{0x24D7L,0x4D46L,65534UL}}};
static int64_t g_1166 = 1L;
static uint32_t *g_1173 = &g_338;
static uint32_t **g_1172 = &g_1173;
static uint32_t ****g_1180 = &g_630;
static uint32_t *****g_1179 = &g_1180;
static uint16_t * const ***g_1210 = (void*)0;
static uint64_t g_1211 = 0xB8E2504FF6EEA103LL;
static int32_t *g_1266 = &g_295[1][1][5];
static int32_t **g_1265 = &g_1266;
static int32_t ***g_1264 = &g_1265;
static int16_t *g_1307 = (void*)0;
static int32_t g_1380 = 0x99A6CF81L;
static uint8_t g_1457[5][2] = {{252UL,252UL},{252UL,252UL},{252UL,252UL},{252UL,252UL},{252UL,252UL}};


/* --- FORWARD DECLARATIONS --- */
static int16_t  func_1(void);
static int8_t  func_21(int32_t  p_22, uint8_t  p_23, int32_t  p_24);
static int64_t  func_31(const int32_t  p_32, int16_t  p_33, uint64_t * p_34);
static uint8_t  func_39(int32_t  p_40, uint64_t * p_41, const uint8_t  p_42, uint32_t  p_43);
static int32_t * func_48(int32_t  p_49, int64_t  p_50, const int32_t * p_51, int32_t * p_52, uint16_t  p_53);
static int32_t  func_54(int16_t  p_55);
static int32_t  func_62(int8_t  p_63, int64_t * p_64, int16_t  p_65, uint8_t  p_66);
static int8_t  func_67(uint8_t  p_68);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_4 g_5 g_30 g_6 g_44 g_58 g_827 g_512 g_807 g_95 g_96 g_536 g_127 g_336 g_320 g_106 g_45 g_593 g_688 g_630 g_958 g_61 g_337 g_986 g_123 g_1003 g_719 g_990 g_1099 g_338 g_1131 g_1172 g_1179 g_697 g_1210 g_1211 g_261 g_250 g_1180 g_1265 g_136 g_659 g_1307 g_1173 g_1380 g_143 g_1457 g_1166
 * writes: g_3 g_4 g_5 g_6 g_30 g_61 g_75 g_512 g_536 g_96 g_593 g_127 g_336 g_123 g_58 g_45 g_659 g_688 g_337 g_493 g_990 g_1003 g_136 g_959 g_1131 g_338 g_106 g_1166 g_1172 g_89 g_139 g_100 g_1266 g_1211 g_1457 g_827
 */
static int16_t  func_1(void)
{ /* block id: 0 */
    int32_t l_2[2];
    int32_t l_1431 = 0x613C02E9L;
    const uint32_t *l_1455[10][7][3] = {{{&g_338,&g_106,(void*)0},{&g_106,&g_338,(void*)0},{&g_338,&g_338,&g_106},{&g_338,&g_338,&g_338},{&g_106,&g_338,&g_106},{&g_338,&g_106,&g_338},{&g_338,&g_106,&g_106}},{{(void*)0,(void*)0,&g_106},{&g_106,&g_106,&g_338},{&g_338,&g_338,&g_106},{&g_106,&g_338,&g_106},{&g_106,(void*)0,&g_106},{&g_106,&g_106,&g_106},{&g_106,&g_106,&g_338}},{{&g_106,&g_338,&g_106},{&g_106,(void*)0,&g_106},{&g_106,(void*)0,&g_338},{&g_106,&g_106,&g_106},{&g_338,&g_338,&g_338},{&g_106,&g_338,&g_106},{&g_338,&g_338,&g_338}},{{&g_338,&g_106,&g_338},{&g_106,&g_338,&g_338},{&g_338,&g_338,&g_106},{&g_338,(void*)0,&g_338},{&g_338,&g_338,(void*)0},{(void*)0,&g_338,&g_106},{&g_106,&g_338,(void*)0}},{{&g_338,(void*)0,&g_338},{&g_106,&g_338,&g_106},{&g_106,&g_338,&g_106},{&g_338,&g_106,&g_338},{&g_338,&g_338,&g_338},{&g_106,&g_338,&g_106},{&g_106,&g_338,&g_338}},{{(void*)0,(void*)0,&g_338},{&g_106,(void*)0,&g_106},{&g_338,(void*)0,&g_106},{&g_106,&g_338,&g_106},{&g_338,&g_106,&g_106},{&g_106,&g_106,&g_106},{&g_338,&g_106,&g_106}},{{&g_338,&g_106,&g_338},{(void*)0,&g_106,&g_338},{&g_338,&g_338,&g_106},{&g_338,(void*)0,&g_338},{&g_338,&g_106,&g_338},{&g_106,&g_106,&g_106},{&g_106,&g_338,&g_106}},{{&g_106,&g_338,&g_338},{(void*)0,&g_338,(void*)0},{&g_338,&g_338,&g_106},{&g_338,&g_106,(void*)0},{&g_338,&g_338,&g_338},{(void*)0,&g_106,&g_106},{&g_106,&g_106,&g_338}},{{&g_106,(void*)0,&g_338},{&g_106,&g_338,&g_338},{&g_338,(void*)0,&g_106},{&g_338,&g_106,&g_338},{&g_338,&g_338,&g_106},{(void*)0,&g_106,&g_106},{&g_338,&g_338,&g_106}},{{&g_338,&g_106,&g_338},{&g_106,&g_106,&g_338},{&g_338,&g_106,&g_106},{&g_106,&g_106,&g_106},{&g_338,&g_338,&g_338},{&g_106,&g_106,(void*)0},{(void*)0,&g_338,&g_106}}};
    const uint32_t **l_1454 = &l_1455[9][3][1];
    const uint32_t ***l_1453[10] = {&l_1454,&l_1454,&l_1454,&l_1454,&l_1454,&l_1454,&l_1454,&l_1454,&l_1454,&l_1454};
    uint32_t ****l_1469 = (void*)0;
    uint8_t *l_1485 = (void*)0;
    int64_t l_1490 = (-2L);
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_2[i] = 0x99FF6065L;
    for (g_3 = 1; (g_3 >= 0); g_3 -= 1)
    { /* block id: 3 */
        const uint8_t l_46 = 0x23L;
        int32_t l_1439[1];
        int32_t *l_1491 = &g_6[0];
        int i;
        for (i = 0; i < 1; i++)
            l_1439[i] = 0x96ECABD8L;
        for (g_4 = 1; (g_4 >= 0); g_4 -= 1)
        { /* block id: 6 */
            int32_t l_28[3];
            uint32_t ****l_1470 = &g_630;
            int32_t *l_1473[6][10] = {{(void*)0,(void*)0,&g_6[0],&g_4,&g_6[0],(void*)0,(void*)0,(void*)0,&g_4,&l_1431},{&l_2[1],(void*)0,&l_1431,&l_1439[0],(void*)0,&g_127,(void*)0,&g_6[0],&l_1439[0],(void*)0},{&l_28[0],(void*)0,(void*)0,&g_6[0],&l_1431,&l_1431,&l_1431,&g_127,(void*)0,&g_536},{(void*)0,(void*)0,&l_2[0],(void*)0,&g_6[0],&g_6[0],&l_1431,&g_536,(void*)0,&l_1439[0]},{(void*)0,(void*)0,&g_6[0],(void*)0,&g_536,(void*)0,&l_1431,&l_2[0],(void*)0,&l_2[0]},{&l_1431,(void*)0,&l_1439[0],&l_28[1],&l_1439[0],(void*)0,&l_1431,&g_6[0],&l_28[1],&g_127}};
            int i, j;
            for (i = 0; i < 3; i++)
                l_28[i] = 1L;
            for (g_5 = 1; (g_5 >= 0); g_5 -= 1)
            { /* block id: 9 */
                int32_t l_20 = 0xD82C32B9L;
                const int64_t *l_1438 = &g_58;
                const int64_t **l_1437[3][2] = {{&l_1438,&l_1438},{&l_1438,&l_1438},{&l_1438,&l_1438}};
                const int64_t ***l_1436 = &l_1437[2][1];
                const int64_t ****l_1435 = &l_1436;
                const int64_t *****l_1434 = &l_1435;
                int i, j;
                for (g_6[0] = 0; (g_6[0] <= 1); g_6[0] += 1)
                { /* block id: 12 */
                    uint64_t *l_29 = &g_30;
                    int16_t l_47 = (-1L);
                    int i;
                    if (l_2[g_4])
                        break;
                    l_2[g_4] = (~(l_1431 = (safe_add_func_int32_t_s_s((safe_rshift_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((safe_lshift_func_int16_t_s_u((safe_mul_func_int8_t_s_s(l_20, func_21(g_5, (~(safe_sub_func_uint64_t_u_u(((*l_29) &= l_28[1]), func_31(((g_6[0] || (l_20 == 1L)) , ((safe_lshift_func_int8_t_s_u((safe_sub_func_uint8_t_u_u(g_6[0], 0xDEL)), func_39(g_4, g_44, l_46, l_47))) != l_28[1])), l_20, g_44)))), l_20))), 4)), l_20)), l_46)), 7)), 0xD84FF430L))));
                    for (g_659 = 0; (g_659 > (-18)); g_659 = safe_sub_func_int32_t_s_s(g_659, 1))
                    { /* block id: 642 */
                        uint32_t ****l_1444 = &g_630;
                        uint32_t l_1452 = 0x75E83626L;
                        uint16_t *l_1456 = &g_136[5];
                        int32_t *l_1458 = &l_1439[0];
                        l_1439[0] |= (&g_959[3] == l_1434);
                        (*l_1458) = (((safe_lshift_func_int16_t_s_s(((safe_add_func_uint8_t_u_u((((4UL == (((*g_1179) != l_1444) , (l_1439[0] != ((l_20 = (safe_div_func_int16_t_s_s(((safe_unary_minus_func_uint16_t_u(l_28[1])) >= ((*l_29) &= (((*l_1456) |= (safe_mod_func_int16_t_s_s(l_1439[0], (safe_add_func_int8_t_s_s(((((((*g_95) = (g_6[0] , l_1431)) && (-8L)) , l_1452) , (void*)0) != l_1453[5]), 0x6FL))))) != l_2[g_4]))), l_1452))) >= (*g_44))))) < g_1457[3][1]) >= 0L), g_659)) , l_1439[0]), 10)) == l_1439[0]) , l_20);
                        (*l_1458) ^= l_28[1];
                    }
                }
            }
            for (g_127 = 1; (g_127 >= 0); g_127 -= 1)
            { /* block id: 655 */
                uint8_t *l_1463 = &g_1457[3][1];
                uint32_t *l_1464 = &g_827[7];
                int64_t *l_1471 = &g_1166;
                int32_t **l_1472[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
                int32_t *l_1474 = (void*)0;
                int i;
                l_1473[5][3] = func_48(l_2[g_3], l_1439[0], &l_2[g_3], &l_2[g_3], (safe_mul_func_int8_t_s_s(0xEAL, ((g_512[3] = ((*l_1464) = (safe_div_func_int8_t_s_s(0x0AL, ((*l_1463) = 246UL))))) != (safe_sub_func_int64_t_s_s(((*l_1471) |= (safe_div_func_uint32_t_u_u(((((l_1469 != l_1470) <= l_2[g_3]) != l_1439[0]) , 4294967295UL), l_28[1]))), 0UL))))));
                l_1474 = &l_28[2];
            }
        }
        (*l_1491) |= ((++(*g_1173)) , (((-3L) || ((((safe_div_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u(65533UL, l_2[g_3])), 10)), ((l_1431 = ((l_1431 != (l_1439[0] = ((((**g_807) = (safe_mod_func_int8_t_s_s((l_1485 != ((safe_rshift_func_int16_t_s_u(l_2[1], (0x580FDDBAACAF4C21LL > (safe_div_func_int32_t_s_s((l_1431 , 0L), l_1490))))) , (void*)0)), 0x62L))) <= l_1490) | 0x90A8E3A3L))) && l_46)) | 0xD29BL))) , 4294967295UL) ^ 0x0466CBF3L) && 1UL)) != 0L));
    }
    return l_2[0];
}


/* ------------------------------------------ */
/* 
 * reads : g_1179 g_697 g_95 g_96 g_1166 g_1210 g_1211 g_261 g_250 g_827 g_990 g_1180 g_807 g_336 g_512 g_320 g_106 g_44 g_45 g_593 g_6 g_688 g_630 g_958 g_61 g_337 g_127 g_986 g_123 g_1003 g_719 g_1099 g_1265 g_136 g_1131 g_659 g_1307 g_1172 g_1173 g_1380 g_143 g_5
 * writes: g_536 g_89 g_1166 g_139 g_75 g_100 g_593 g_336 g_96 g_123 g_58 g_512 g_45 g_61 g_659 g_688 g_337 g_493 g_990 g_1003 g_136 g_959 g_1266 g_30 g_1131 g_1211
 */
static int8_t  func_21(int32_t  p_22, uint8_t  p_23, int32_t  p_24)
{ /* block id: 486 */
    uint32_t *****l_1181 = &g_1180;
    int64_t *l_1189[4][10][3] = {{{(void*)0,(void*)0,(void*)0},{&g_58,&g_1166,(void*)0},{&g_1166,&g_58,&g_1166},{&g_58,(void*)0,&g_58},{&g_1166,&g_1166,&g_1166},{&g_1166,&g_58,(void*)0},{&g_58,&g_58,(void*)0},{&g_1166,&g_58,&g_58},{&g_58,&g_1166,&g_58},{&g_58,&g_58,&g_1166}},{{&g_1166,&g_1166,&g_1166},{&g_1166,&g_1166,&g_58},{&g_58,&g_58,&g_58},{&g_58,&g_1166,&g_1166},{&g_1166,&g_58,(void*)0},{&g_58,&g_1166,&g_58},{&g_1166,&g_58,(void*)0},{&g_1166,(void*)0,&g_58},{&g_58,&g_58,&g_58},{&g_1166,&g_1166,&g_1166}},{{&g_58,&g_58,(void*)0},{(void*)0,&g_1166,&g_58},{&g_58,&g_58,&g_58},{(void*)0,&g_1166,&g_1166},{&g_58,&g_1166,&g_1166},{&g_58,&g_58,&g_58},{&g_58,&g_1166,&g_58},{(void*)0,&g_58,(void*)0},{&g_1166,&g_58,&g_1166},{&g_1166,&g_58,&g_58}},{{&g_58,&g_1166,&g_58},{&g_58,(void*)0,(void*)0},{&g_58,&g_58,&g_58},{&g_1166,&g_1166,(void*)0},{&g_1166,(void*)0,&g_1166},{(void*)0,(void*)0,&g_58},{&g_58,&g_58,&g_58},{&g_58,&g_58,&g_1166},{&g_58,&g_58,&g_1166},{(void*)0,&g_58,&g_58}}};
    int64_t *l_1190 = (void*)0;
    uint32_t **l_1196 = &g_1173;
    uint32_t ***l_1197 = &l_1196;
    int32_t l_1198 = 0xDC23B758L;
    uint32_t *l_1202 = &g_827[2];
    uint32_t **l_1201 = &l_1202;
    int32_t l_1243 = (-1L);
    int32_t l_1245 = 0L;
    const int32_t *l_1246[6][9];
    uint16_t l_1267 = 0xA28EL;
    const int32_t l_1284 = 0xC74D5AA3L;
    int64_t l_1306 = (-7L);
    int32_t l_1317 = (-4L);
    int32_t l_1318 = 7L;
    uint32_t l_1319 = 0xC0B701ABL;
    int64_t * const *l_1331 = &l_1190;
    int64_t * const **l_1330 = &l_1331;
    int32_t l_1349 = 0x4EB213ABL;
    int32_t l_1354[6][7] = {{0x449598B0L,(-5L),(-5L),0x449598B0L,(-5L),(-5L),0x449598B0L},{(-5L),0x449598B0L,(-5L),(-5L),0x449598B0L,(-5L),(-5L)},{0x449598B0L,0x449598B0L,0x23BCCED2L,0x449598B0L,0x449598B0L,0x23BCCED2L,0x449598B0L},{0x449598B0L,(-5L),(-5L),0x449598B0L,(-5L),0x23BCCED2L,(-5L)},{0x23BCCED2L,(-5L),0x23BCCED2L,0x23BCCED2L,(-5L),0x23BCCED2L,0x23BCCED2L},{(-5L),(-5L),0x449598B0L,(-5L),(-5L),0x449598B0L,(-5L)}};
    int64_t l_1375 = 0x7FED96E1B948A8FCLL;
    int i, j, k;
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 9; j++)
            l_1246[i][j] = &g_127;
    }
    for (p_23 = 0; (p_23 > 24); p_23++)
    { /* block id: 489 */
        int32_t *l_1182 = &g_536;
        for (p_24 = 0; (p_24 != 21); p_24++)
        { /* block id: 492 */
            l_1181 = g_1179;
        }
        (*l_1182) = p_24;
    }
    l_1198 = ((safe_mul_func_int16_t_s_s(p_24, (safe_add_func_uint32_t_u_u((((safe_sub_func_uint64_t_u_u((((l_1190 = ((*g_697) = l_1189[0][5][0])) != l_1189[2][6][0]) ^ (((safe_mod_func_int8_t_s_s(((safe_mul_func_int16_t_s_s(((+(3L | p_23)) != (((*l_1197) = l_1196) == (void*)0)), l_1198)) <= (safe_lshift_func_int8_t_s_s(((void*)0 == l_1201), (*g_95)))), p_24)) == 0x4E1EL) < p_24)), 0UL)) != l_1198) <= 3UL), 0xE23CBD94L)))) >= p_22);
    for (g_1166 = 0; (g_1166 <= (-4)); g_1166 = safe_sub_func_uint16_t_u_u(g_1166, 4))
    { /* block id: 503 */
        int32_t l_1209 = (-2L);
        uint16_t ****l_1212 = (void*)0;
        int16_t ***l_1219 = &g_317;
        int16_t ****l_1218[3][6] = {{&l_1219,&l_1219,&l_1219,&l_1219,&l_1219,&l_1219},{&l_1219,&l_1219,&l_1219,&l_1219,&l_1219,&l_1219},{&l_1219,&l_1219,&l_1219,&l_1219,&l_1219,&l_1219}};
        int32_t l_1223 = 4L;
        uint32_t l_1224 = 0xD2428D43L;
        uint32_t ****l_1227 = (void*)0;
        uint32_t ****l_1232 = &g_630;
        int32_t *l_1270 = (void*)0;
        uint16_t *l_1299 = &g_1131[0][3][2];
        int i, j;
        for (g_139 = 20; (g_139 >= (-5)); g_139--)
        { /* block id: 506 */
            int32_t l_1220 = 0x92A43BE8L;
            int32_t *l_1221 = (void*)0;
            uint16_t l_1241 = 0xC388L;
            uint64_t l_1263 = 0x7A484DD4DE1DBD91LL;
            if ((l_1209 ^ (((((g_1210 != (g_1211 , l_1212)) , 0x34E1AB1DF19E3397LL) >= (safe_div_func_uint32_t_u_u(p_22, (l_1209 , l_1198)))) , ((+(((safe_sub_func_int64_t_s_s(((l_1218[1][0] = (*g_261)) != (void*)0), (-10L))) <= l_1198) ^ l_1209)) ^ 0xD4L)) && 0UL)))
            { /* block id: 508 */
                if (p_24)
                    break;
                for (p_22 = 8; (p_22 >= 0); p_22 -= 1)
                { /* block id: 512 */
                    int i;
                    if (g_827[p_22])
                    { /* block id: 513 */
                        int i;
                        if (g_827[p_22])
                            break;
                    }
                    else
                    { /* block id: 515 */
                        p_24 = 0xE89E22CDL;
                    }
                    return g_827[p_22];
                }
            }
            else
            { /* block id: 520 */
                (*g_990) = (void*)0;
                if (l_1220)
                    continue;
            }
            if (l_1198)
                break;
            for (g_100 = 0; (g_100 <= 8); g_100 += 1)
            { /* block id: 527 */
                int32_t *l_1222[1][7] = {{&l_1198,&g_6[0],&g_6[0],&l_1198,&g_6[0],&g_6[0],&l_1198}};
                uint32_t *****l_1228 = (void*)0;
                uint32_t *****l_1229 = (void*)0;
                uint32_t *****l_1230 = (void*)0;
                uint32_t *****l_1231 = &l_1227;
                int8_t ***l_1253 = &g_807;
                uint16_t l_1273[7] = {7UL,0xCEBEL,7UL,7UL,0xCEBEL,7UL,7UL};
                int i, j;
                l_1221 = (void*)0;
                l_1224++;
                if ((l_1224 >= (l_1198 == ((*g_1179) == (l_1232 = ((*l_1231) = l_1227))))))
                { /* block id: 532 */
                    int32_t l_1242 = 0x8E023362L;
                    int8_t *l_1244 = &g_336;
                    int32_t **l_1247 = &g_75[3];
                    int8_t ***l_1252 = &g_807;
                    int8_t ****l_1251[9][2][3] = {{{&l_1252,&l_1252,&l_1252},{&l_1252,&l_1252,&l_1252}},{{&l_1252,&l_1252,&l_1252},{&l_1252,&l_1252,&l_1252}},{{&l_1252,&l_1252,&l_1252},{&l_1252,&l_1252,&l_1252}},{{&l_1252,&l_1252,&l_1252},{&l_1252,&l_1252,&l_1252}},{{&l_1252,&l_1252,&l_1252},{&l_1252,&l_1252,&l_1252}},{{&l_1252,&l_1252,&l_1252},{&l_1252,&l_1252,&l_1252}},{{&l_1252,&l_1252,&l_1252},{&l_1252,&l_1252,&l_1252}},{{&l_1252,&l_1252,&l_1252},{&l_1252,&l_1252,&l_1252}},{{&l_1252,&l_1252,&l_1252},{&l_1252,&l_1252,&l_1252}}};
                    uint16_t *l_1262[4][4] = {{&g_136[5],&g_136[5],&g_136[5],&g_136[5]},{&g_136[5],&g_136[5],&g_136[5],&g_136[5]},{&g_136[5],&g_136[5],&g_136[5],&g_136[5]},{&g_136[5],&g_136[5],&g_136[5],&g_136[5]}};
                    uint32_t l_1268 = 0x272D22B3L;
                    int32_t **l_1269 = (void*)0;
                    int32_t *l_1272 = &g_295[1][3][6];
                    int32_t **l_1271 = &l_1272;
                    int i, j, k;
                    for (g_593 = 1; (g_593 <= 8); g_593 += 1)
                    { /* block id: 535 */
                        return p_23;
                    }
                    (*l_1247) = func_48((l_1245 |= (safe_lshift_func_int8_t_s_s(((*l_1244) ^= (l_1243 ^= (0UL > ((**g_807) , (safe_mul_func_int16_t_s_s(((((((((0x25D548E886EB576BLL ^ (((safe_unary_minus_func_uint8_t_u(255UL)) >= (safe_sub_func_uint16_t_u_u(((void*)0 != &g_95), ((+(((void*)0 == &g_5) != p_23)) < 0xDDD34D83692C7D82LL)))) , 18446744073709551615UL)) , (-1L)) , l_1241) > p_24) < l_1242) || l_1224) <= 0L) ^ l_1198), 0xD719L)))))), 3))), p_22, l_1246[1][4], &g_6[0], l_1242);
                    p_24 = ((+(p_23 != l_1209)) == ((((((&p_22 != ((*l_1271) = (l_1270 = ((*g_1265) = &p_22)))) == p_24) <= p_23) < p_24) == l_1224) < l_1273[5]));
                }
                else
                { /* block id: 549 */
                    uint16_t l_1274 = 0x9542L;
                    for (g_30 = 0; (g_30 <= 8); g_30 += 1)
                    { /* block id: 552 */
                        uint16_t l_1277 = 0UL;
                        l_1274++;
                        ++l_1277;
                        (*g_990) = &g_5;
                    }
                }
                p_24 ^= p_23;
            }
            if (p_24)
                continue;
        }
        if (p_23)
            break;
        l_1223 = (safe_lshift_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((l_1284 && (p_23 ^ (safe_sub_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u(((**g_807) , (p_23 > p_23)), (safe_mul_func_int8_t_s_s((((((*l_1299) |= (g_136[5] &= (safe_mod_func_int64_t_s_s(1L, ((*g_44) = (safe_div_func_uint8_t_u_u(((void*)0 == l_1212), (safe_rshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s(p_23, p_22)), 0))))))))) , 0x44L) <= 0x27L) || l_1223), l_1224)))), 3L)))), p_24)), 6));
    }
    for (g_659 = 8; (g_659 >= 3); g_659 -= 1)
    { /* block id: 570 */
        int16_t ***l_1304[5];
        int16_t ***l_1305 = &g_317;
        int32_t l_1308 = 0L;
        int32_t l_1314 = 0x1EBD425FL;
        int32_t l_1315 = (-9L);
        int32_t l_1316 = (-1L);
        int32_t l_1343 = 0xDE8D11F0L;
        int32_t l_1350 = 0x4B209868L;
        int32_t l_1351 = 7L;
        int32_t l_1357 = 1L;
        int32_t l_1361 = 0x01939CAEL;
        int32_t l_1362 = 0x71E951F1L;
        int32_t l_1363 = 1L;
        int32_t l_1365[3];
        int16_t l_1376[1];
        int64_t l_1423 = 8L;
        const uint8_t *** const l_1424[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int i;
        for (i = 0; i < 5; i++)
            l_1304[i] = (void*)0;
        for (i = 0; i < 3; i++)
            l_1365[i] = (-1L);
        for (i = 0; i < 1; i++)
            l_1376[i] = (-6L);
        l_1308 ^= (safe_rshift_func_int8_t_s_s((g_512[g_659] | ((l_1245 &= ((safe_mod_func_int8_t_s_s(((l_1304[2] != l_1305) < (*g_95)), p_24)) , l_1306)) != ((g_1307 == (void*)0) ^ 0x611CL))), 6));
        if (g_512[g_659])
            break;
        for (g_1211 = 0; (g_1211 <= 1); g_1211 += 1)
        { /* block id: 576 */
            int32_t *l_1309 = &l_1245;
            int32_t *l_1310 = &l_1245;
            int32_t *l_1311 = &l_1243;
            int32_t *l_1312 = &g_536;
            int32_t *l_1313[9][4] = {{&g_4,&g_4,(void*)0,(void*)0},{&l_1198,(void*)0,(void*)0,&l_1308},{&g_6[0],&g_6[0],&l_1308,(void*)0},{(void*)0,&g_6[0],&g_4,&l_1308},{&g_6[0],(void*)0,&g_6[0],(void*)0},{&g_5,&g_4,&g_5,&g_6[0]},{&g_6[0],&g_5,(void*)0,&g_4},{&l_1308,(void*)0,(void*)0,&l_1243},{&g_6[0],&g_5,&g_5,&g_6[0]}};
            uint32_t *l_1337 = &g_106;
            uint32_t l_1377 = 18446744073709551609UL;
            int i, j;
            --l_1319;
            for (l_1316 = 2; (l_1316 >= 0); l_1316 -= 1)
            { /* block id: 580 */
                int32_t l_1342 = (-2L);
                int32_t l_1346 = 0xA371AAD8L;
                int32_t l_1355 = 0xB414E880L;
                int32_t l_1356[5];
                int32_t l_1359 = 1L;
                int32_t l_1360[9] = {(-10L),0xFD0423F5L,(-10L),(-10L),0xFD0423F5L,(-10L),(-10L),0xFD0423F5L,(-10L)};
                int64_t l_1399 = 1L;
                int i;
                for (i = 0; i < 5; i++)
                    l_1356[i] = 1L;
                for (g_96 = 0; (g_96 <= 0); g_96 += 1)
                { /* block id: 583 */
                    int32_t l_1338 = 0L;
                    int32_t l_1340 = 0L;
                    int32_t l_1341[3];
                    int32_t l_1373 = 0L;
                    int32_t l_1374 = 0x3B8E8C73L;
                    int i, j, k;
                    for (i = 0; i < 3; i++)
                        l_1341[i] = (-1L);
                    (*g_990) = l_1313[(g_96 + 1)][g_1211];
                    if ((g_1131[g_96][g_96][l_1316] && (safe_mul_func_int8_t_s_s(((void*)0 != &g_1180), (*g_95)))))
                    { /* block id: 585 */
                        int16_t l_1339 = 0x16E5L;
                        int32_t l_1344 = (-1L);
                        int32_t l_1345 = 0x2B37AF8BL;
                        int32_t l_1347 = 0x5AD2D2A8L;
                        int32_t l_1348 = 5L;
                        int32_t l_1352 = 0L;
                        int32_t l_1353 = 0L;
                        int32_t l_1358 = 0xFB516216L;
                        int32_t l_1364 = (-1L);
                        int32_t l_1366 = 0x10C7E8EAL;
                        int32_t l_1367 = 0x92AAB00CL;
                        uint32_t l_1368 = 0x92FF9F5EL;
                        int i, j;
                        l_1338 |= (p_24 > (safe_rshift_func_uint16_t_u_u((p_22 <= ((safe_mul_func_int8_t_s_s(((p_22 == (((--(*g_44)) , l_1330) != (((safe_div_func_int8_t_s_s(0xEDL, (safe_rshift_func_uint8_t_u_s(((~(-3L)) , ((-1L) ^ ((*g_1172) == (l_1337 = (*g_1172))))), 0)))) | 0xC7DBL) , (void*)0))) || p_24), p_23)) <= p_23)), 15)));
                        l_1368--;
                        (*l_1309) ^= l_1315;
                    }
                    else
                    { /* block id: 591 */
                        int16_t l_1371 = (-1L);
                        int32_t l_1372[4] = {(-1L),(-1L),(-1L),(-1L)};
                        int i;
                        l_1377--;
                        p_24 = (g_1131[g_96][g_96][l_1316] & 0x04E73306L);
                        if (g_1380)
                            break;
                        (*l_1312) = (1L <= p_23);
                    }
                    if (p_22)
                        break;
                }
                for (l_1342 = 0; (l_1342 <= 1); l_1342 += 1)
                { /* block id: 601 */
                    int32_t l_1393 = 0xC4B8A15EL;
                    for (l_1343 = 0; (l_1343 <= 2); l_1343 += 1)
                    { /* block id: 604 */
                        uint32_t ** const l_1381 = (void*)0;
                        int32_t l_1398 = 0x87AABC10L;
                        int16_t ***l_1400 = &g_317;
                        int32_t **l_1401 = (void*)0;
                        int32_t **l_1402 = &l_1310;
                        int i, j;
                        (*l_1311) = (((((p_22 & (l_1381 == ((safe_unary_minus_func_uint64_t_u((l_1350 && (safe_rshift_func_uint8_t_u_s((0x3DD15BE7L || ((**g_807) , ((((safe_sub_func_int16_t_s_s((((((safe_add_func_uint8_t_u_u(((((l_1355 = p_23) || (safe_mul_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u((l_1398 = (l_1393 && ((safe_mul_func_uint16_t_u_u(((g_143 || (safe_rshift_func_int8_t_s_u(p_22, l_1315))) <= 0x9D39821E40AA7725LL), p_24)) , l_1398))), p_22)), p_22))) < 0xE4L) ^ (*g_95)), l_1393)) >= l_1356[4]) , p_24) & p_23) | g_512[g_659]), 0x6D55L)) , l_1399) > (-1L)) != p_23))), p_22))))) , l_1381))) , l_1400) == (void*)0) ^ p_22) | 0x4E24L);
                        (*l_1402) = ((*g_990) = &p_24);
                    }
                    if ((((safe_lshift_func_int8_t_s_u(l_1343, ((safe_mul_func_uint8_t_u_u(0xA1L, ((((safe_rshift_func_int16_t_s_s((-4L), ((((safe_sub_func_int64_t_s_s((l_1393 > (safe_unary_minus_func_uint8_t_u((p_22 > (safe_lshift_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u((safe_mod_func_int8_t_s_s((safe_add_func_int32_t_s_s((l_1365[0] > 0x61L), ((safe_add_func_uint8_t_u_u(((!p_24) > ((l_1423 > (*g_44)) , 0x9368L)), 0xE6L)) || 0xADL))), 251UL)), (-9L))) > l_1343), 1)))))), p_24)) , l_1356[4]) < p_22) , 0L))) && g_5) <= (-1L)) < 0x99L))) != p_22))) , 0x773EF595L) > p_24))
                    { /* block id: 611 */
                        const uint8_t ****l_1425 = (void*)0;
                        const uint8_t ***l_1427[1];
                        const uint8_t ****l_1426 = &l_1427[0];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_1427[i] = (void*)0;
                        (*l_1426) = l_1424[5];
                    }
                    else
                    { /* block id: 613 */
                        uint16_t l_1428 = 0x49C6L;
                        --l_1428;
                    }
                    for (l_1362 = 1; (l_1362 <= 8); l_1362 += 1)
                    { /* block id: 618 */
                        (*l_1310) = (p_24 ^ 0x89L);
                        (*l_1309) |= p_23;
                    }
                }
            }
            for (g_593 = 8; (g_593 >= 0); g_593 -= 1)
            { /* block id: 626 */
                if (p_24)
                    break;
                if (l_1343)
                    continue;
            }
        }
        for (l_1319 = 1; (l_1319 <= 8); l_1319 += 1)
        { /* block id: 633 */
            return p_24;
        }
    }
    return p_23;
}


/* ------------------------------------------ */
/* 
 * reads : g_1172
 * writes: g_1172
 */
static int64_t  func_31(const int32_t  p_32, int16_t  p_33, uint64_t * p_34)
{ /* block id: 482 */
    const uint8_t *l_1169 = (void*)0;
    int32_t *l_1170[2][1][8];
    int8_t l_1171 = (-1L);
    uint32_t ***l_1174 = &g_1172;
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 8; k++)
                l_1170[i][j][k] = &g_127;
        }
    }
    l_1171 |= ((void*)0 == l_1169);
    (*l_1174) = g_1172;
    return p_32;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_58 g_6 g_5 g_827 g_512 g_807 g_95 g_96 g_536 g_127 g_336 g_320 g_106 g_44 g_45 g_593 g_688 g_123 g_630 g_958 g_61 g_337 g_659 g_986 g_1003 g_493 g_719 g_990 g_1099 g_338 g_1131
 * writes: g_61 g_75 g_512 g_536 g_96 g_593 g_127 g_336 g_123 g_58 g_45 g_659 g_688 g_337 g_493 g_990 g_1003 g_136 g_959 g_1131 g_338 g_106 g_1166
 */
static uint8_t  func_39(int32_t  p_40, uint64_t * p_41, const uint8_t  p_42, uint32_t  p_43)
{ /* block id: 15 */
    int64_t *l_56 = (void*)0;
    int64_t *l_57[3];
    int32_t l_59[3];
    int8_t *l_60 = &g_61;
    int32_t *l_74 = (void*)0;
    int32_t **l_73[2];
    int32_t *l_1108 = (void*)0;
    int32_t * const l_1115 = &g_295[1][1][6];
    int32_t * const *l_1114[8] = {&l_1115,&l_1115,&l_1115,&l_1115,&l_1115,&l_1115,&l_1115,&l_1115};
    int32_t * const **l_1113 = &l_1114[1];
    uint16_t *l_1128[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint8_t *l_1132 = (void*)0;
    uint8_t *l_1133 = &g_1003;
    uint16_t **l_1144[7] = {(void*)0,&l_1128[1],(void*)0,(void*)0,&l_1128[1],(void*)0,(void*)0};
    uint16_t ***l_1143[1][2];
    uint16_t ****l_1142[9][10][2] = {{{&l_1143[0][1],&l_1143[0][0]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{(void*)0,(void*)0},{&l_1143[0][0],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][0],(void*)0}},{{(void*)0,&l_1143[0][1]},{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][0]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{(void*)0,(void*)0},{&l_1143[0][0],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]}},{{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][0],(void*)0},{(void*)0,&l_1143[0][1]},{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][0]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]}},{{(void*)0,(void*)0},{&l_1143[0][0],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][0],(void*)0},{(void*)0,&l_1143[0][1]},{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][0]}},{{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{(void*)0,(void*)0},{&l_1143[0][0],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][0],(void*)0},{(void*)0,&l_1143[0][1]}},{{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][0]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{(void*)0,(void*)0},{&l_1143[0][0],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]}},{{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][0],(void*)0},{(void*)0,&l_1143[0][1]},{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][0]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{(void*)0,(void*)0}},{{&l_1143[0][0],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][0],(void*)0},{(void*)0,&l_1143[0][1]},{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][0]},{&l_1143[0][1],&l_1143[0][1]}},{{&l_1143[0][1],(void*)0},{&l_1143[0][1],&l_1143[0][1]},{(void*)0,(void*)0},{&l_1143[0][0],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][1],&l_1143[0][1]},{&l_1143[0][0],(void*)0},{(void*)0,&l_1143[0][1]},{&l_1143[0][1],(void*)0}}};
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_57[i] = &g_58;
    for (i = 0; i < 3; i++)
        l_59[i] = 0xA0B8914BL;
    for (i = 0; i < 2; i++)
        l_73[i] = &l_74;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
            l_1143[i][j] = &l_1144[6];
    }
    l_1108 = func_48(func_54(((0UL & ((18446744073709551612UL == (l_59[1] |= p_42)) , ((g_4 <= ((*l_60) = ((-1L) ^ 1UL))) == (func_62(func_67((safe_rshift_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(g_58, g_6[0])), ((g_75[3] = &l_59[1]) != &g_6[0])))), p_41, p_40, p_43) , p_40)))) , 0x002FL)), p_40, &g_6[0], &g_6[0], p_42);
    if ((((((safe_add_func_uint8_t_u_u(0x2CL, ((*l_1133) = ((g_1131[0][3][2] = ((p_40 ^ ((safe_lshift_func_uint16_t_u_s(65535UL, (l_1113 != ((safe_rshift_func_uint8_t_u_s((((safe_mul_func_int8_t_s_s((((((safe_sub_func_uint64_t_u_u(4UL, (safe_add_func_int16_t_s_s((((((((&g_250 != ((safe_mod_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(p_40, (((g_136[6] = p_43) == (safe_rshift_func_int16_t_s_u(p_42, p_43))) & p_43))), 65535UL)) , &g_250)) , 0xBBECD222L) | p_42) <= 0xD8L) <= 9UL) , 0xF41BL) == 0UL), p_43)))) >= (*g_44)) < 0x2FL) | p_40) , 0x44L), 5L)) , p_42) != (*g_95)), (*g_95))) , &l_1114[1])))) | p_42)) & (*g_95))) < 1L)))) , 0xD0L) < (*g_95)) <= p_40) <= 0x3FA5D1B1L))
    { /* block id: 466 */
        uint32_t *l_1136 = &g_106;
        int32_t l_1137[3];
        uint16_t **l_1141 = &l_1128[6];
        uint16_t ***l_1140 = &l_1141;
        uint16_t *** const * const l_1139 = &l_1140;
        int8_t ***l_1145[9] = {&g_807,&g_807,&g_807,&g_807,&g_807,&g_807,&g_807,&g_807,&g_807};
        const int32_t l_1148[5] = {0x25A7DCB0L,0x25A7DCB0L,0x25A7DCB0L,0x25A7DCB0L,0x25A7DCB0L};
        uint32_t *l_1162 = &g_512[0];
        int32_t l_1163 = 0x94E1342CL;
        int32_t l_1164 = 0x9E8FD659L;
        uint16_t l_1165 = 0x0C92L;
        int32_t l_1167 = (-6L);
        int i;
        for (i = 0; i < 3; i++)
            l_1137[i] = 0L;
        l_1167 = ((g_1166 = (((((l_1164 = (l_1163 = (((((*l_1136) = (++g_338)) , ((((*l_60) &= ((l_1137[2] &= 1L) , (~((l_1139 != l_1142[8][8][1]) == (l_1145[1] == (void*)0))))) >= ((safe_lshift_func_int8_t_s_s(p_42, l_1148[3])) , ((((safe_sub_func_int32_t_s_s(((((l_1148[1] || (safe_rshift_func_int16_t_s_s((((((*l_1162) = ((safe_rshift_func_int16_t_s_s((safe_rshift_func_uint16_t_u_u((g_1131[0][2][1]--), ((safe_add_func_uint16_t_u_u((safe_unary_minus_func_uint8_t_u(((*l_1133) = (l_1148[3] > 0UL)))), (-8L))) , p_42))), p_42)) ^ 7UL)) & 0L) | p_40) < p_43), p_40))) == p_40) >= l_1148[3]) == (*g_44)), l_1148[3])) , l_1148[2]) && p_40) != p_43))) != l_1148[3])) , l_1148[3]) ^ l_1148[3]))) , (*p_41)) && (-6L)) <= p_42) , l_1165)) && p_40);
    }
    else
    { /* block id: 478 */
        int8_t l_1168 = 0x5BL;
        l_1168 &= (18446744073709551615UL & 0xCBED7B7201444A3CLL);
    }
    return g_123;
}


/* ------------------------------------------ */
/* 
 * reads : g_336 g_512 g_320 g_106 g_44 g_45 g_593 g_95 g_6 g_688 g_630 g_958 g_807 g_96 g_61 g_337 g_986 g_123 g_1003 g_719 g_990 g_827 g_1099 g_536 g_659 g_493 g_127
 * writes: g_336 g_75 g_536 g_96 g_123 g_58 g_512 g_45 g_61 g_659 g_688 g_337 g_493 g_990 g_1003 g_136 g_959
 */
static int32_t * func_48(int32_t  p_49, int64_t  p_50, const int32_t * p_51, int32_t * p_52, uint16_t  p_53)
{ /* block id: 320 */
    int16_t l_873 = 5L;
    int32_t l_874 = 0xE83B51F0L;
    int32_t l_875 = 1L;
    int32_t l_881[5][6][8] = {{{0xB7C6861CL,6L,1L,0x41AF3956L,0x83C269A9L,6L,0xD5D11672L,0xCB36652AL},{(-2L),0x1EAAA1B6L,0xF6FAEF2FL,4L,0x41AF3956L,6L,0x4EEF062AL,0xF4AE29F2L},{0xA6022BA9L,6L,1L,0x3ECED3A1L,(-1L),(-10L),7L,0xDDD1BE85L},{0xF4AE29F2L,(-5L),(-2L),0x15F18C12L,1L,0xCB36652AL,0x9C514640L,(-1L)},{0x5547C949L,0x9C514640L,0x69518786L,0xB7C6861CL,0xF3D1312DL,0x2BA20E36L,(-2L),1L},{(-1L),0xA6022BA9L,0x3501C001L,0xF40AE5A3L,7L,1L,0x5547C949L,3L}},{{0xCB36652AL,4L,(-10L),(-1L),0x6B1A9F77L,1L,0x43696C5BL,0xD192A03CL},{(-1L),(-2L),0x83C269A9L,0x2BA20E36L,9L,(-1L),0x0D949D15L,0L},{0L,0x3ECED3A1L,3L,0x6EB811FFL,0x1A402DB4L,4L,0xF4AE29F2L,0xA6022BA9L},{0L,1L,0x6B1A9F77L,0L,(-10L),(-2L),(-10L),0L},{0x15F18C12L,0xF4AE29F2L,0x15F18C12L,0xBC4EA361L,0x54E431A1L,0x1A402DB4L,0L,(-1L)},{0x9C514640L,0x6EB811FFL,(-1L),(-1L),(-1L),1L,0x54E431A1L,8L}},{{0x9C514640L,(-2L),1L,(-6L),0x54E431A1L,1L,(-1L),0x15F18C12L},{0x15F18C12L,0xFAF9D705L,0x2C63039BL,0xF6FAEF2FL,(-10L),0xD5D11672L,(-10L),(-2L)},{0L,5L,0x6EB811FFL,(-10L),0x1A402DB4L,0x3ECED3A1L,6L,0x69518786L},{0L,8L,0x5547C949L,0L,9L,(-2L),0xBC4EA361L,0x3ECED3A1L},{(-1L),(-1L),0x54E431A1L,(-1L),0x6B1A9F77L,0xF40AE5A3L,0x5DB4B017L,(-2L)},{0xCB36652AL,0x3501C001L,6L,0L,7L,0x6B1A9F77L,1L,(-1L)}},{{(-1L),0x1A402DB4L,2L,0x43696C5BL,0xF3D1312DL,0x3501C001L,0L,(-2L)},{0x5547C949L,(-1L),(-1L),0x3501C001L,1L,0L,0x6EB811FFL,0x6EB811FFL},{0xF4AE29F2L,(-1L),5L,5L,(-1L),0xF4AE29F2L,2L,0x831EE7C0L},{0xA6022BA9L,1L,1L,6L,0x41AF3956L,(-2L),0x2C63039BL,0x43696C5BL},{(-2L),0x8B3C9133L,0xDDD1BE85L,6L,4L,(-2L),0xF6FAEF2FL,1L},{0x831EE7C0L,4L,0x69518786L,0xDDD1BE85L,0x41AF3956L,0xF3D1312DL,2L,0x6B1A9F77L}},{{(-2L),0x340497A9L,0x2BA20E36L,0x0D949D15L,0xF6FAEF2FL,0L,0xCB36652AL,0xFAF9D705L},{1L,0x3087E035L,8L,0xB64B80F3L,0x6EB811FFL,(-6L),4L,1L},{0x9C514640L,0x1EAAA1B6L,0x6EB811FFL,1L,0x0D949D15L,0xB7C6861CL,0x43696C5BL,(-2L)},{0xCB36652AL,(-1L),4L,0x340497A9L,(-2L),9L,5L,(-1L)},{1L,0L,0xF3D1312DL,1L,9L,0xF4AE29F2L,0xE6899E13L,0x5DB4B017L},{(-2L),2L,0xF6FAEF2FL,0x43696C5BL,0x69518786L,0x2C63039BL,0xD192A03CL,6L}}};
    int32_t l_882[2];
    int16_t l_883[1][5][2] = {{{7L,7L},{7L,7L},{7L,7L},{7L,7L},{7L,7L}}};
    uint8_t l_884 = 255UL;
    int8_t ** const l_899 = &g_95;
    int16_t l_904 = 0xD21DL;
    uint32_t ****l_920 = &g_630;
    uint32_t *****l_921 = &l_920;
    int64_t **l_922 = &g_89[7];
    uint8_t * const *l_927 = (void*)0;
    uint8_t * const **l_926 = &l_927;
    int32_t l_935[5][9] = {{6L,0L,0x4AB025C0L,0x480AC8AAL,0x480AC8AAL,0x4AB025C0L,0L,6L,0x241CEA2CL},{0xE24C49ECL,0x2CC7F242L,6L,0x480AC8AAL,0x7A922F7FL,0x241CEA2CL,0L,0xA3AECC3CL,0xD11B8284L},{0x241CEA2CL,(-1L),0xD11B8284L,1L,0xE24C49ECL,1L,0xD11B8284L,(-1L),0x241CEA2CL},{0L,1L,0x7A922F7FL,(-1L),0xE24C49ECL,0L,0x2CC7F242L,0x4AB025C0L,0xE756588AL},{0xA3AECC3CL,0x4AB025C0L,(-1L),0x91583812L,0x7A922F7FL,0x7A922F7FL,0x91583812L,(-1L),0x4AB025C0L}};
    uint8_t l_963[1];
    uint32_t l_993 = 0UL;
    const int32_t *l_1047[7] = {&l_874,&l_874,&g_6[0],&l_874,&l_874,&g_6[0],&l_874};
    int32_t *l_1100 = &g_536;
    int32_t *l_1101 = &l_874;
    int32_t *l_1102 = &l_874;
    int32_t *l_1103[7][4] = {{(void*)0,(void*)0,&g_6[0],&g_127},{&g_536,&l_881[4][0][7],&g_536,&g_6[0]},{&g_536,&g_6[0],&g_6[0],&g_536},{(void*)0,&g_6[0],&g_127,&g_6[0]},{&g_6[0],&l_881[4][0][7],&g_127,&g_127},{(void*)0,(void*)0,&g_6[0],&g_127},{&g_536,&l_881[4][0][7],&g_536,&g_6[0]}};
    uint32_t l_1104 = 0x32F9041FL;
    int32_t *l_1107 = &g_536;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_882[i] = 1L;
    for (i = 0; i < 1; i++)
        l_963[i] = 0xC9L;
lbl_1073:
    for (g_336 = 8; (g_336 >= 0); g_336 -= 1)
    { /* block id: 323 */
        int32_t *l_870 = &g_536;
        int32_t l_871 = (-10L);
        int32_t *l_872[6][5] = {{&g_127,&g_536,(void*)0,&g_127,&g_3},{&l_871,(void*)0,(void*)0,&l_871,&g_127},{&l_871,&g_536,&g_5,&l_871,&g_3},{&g_127,&g_536,(void*)0,&g_127,&g_3},{&l_871,(void*)0,(void*)0,&l_871,&g_127},{&l_871,&g_536,&g_5,&l_871,&g_3}};
        uint64_t l_876 = 0x9F32E78BC9596F18LL;
        int64_t l_879 = 5L;
        int32_t l_880 = 0x5C1ED00DL;
        int i, j;
        l_876++;
        l_879 ^= g_512[g_336];
        l_884++;
        for (l_871 = 1; (l_871 <= 8); l_871 += 1)
        { /* block id: 329 */
            int32_t l_887[8];
            uint32_t l_888 = 18446744073709551615UL;
            int32_t **l_891 = &g_75[3];
            int16_t *l_903 = &l_883[0][3][1];
            int i;
            for (i = 0; i < 8; i++)
                l_887[i] = 6L;
            --l_888;
            (*l_891) = &l_871;
            (*l_870) = (((g_320 ^ ((((((safe_rshift_func_int16_t_s_u(((~((((p_51 == (void*)0) > ((safe_lshift_func_uint8_t_u_u(g_106, 0)) != ((void*)0 != &p_50))) , l_899) != (void*)0)) , ((*l_903) = (+((safe_lshift_func_int16_t_s_u(((((((0x77L || 0x3AL) , (*g_44)) , p_49) , p_53) > l_882[0]) < l_883[0][3][1]), p_53)) | p_50)))), p_53)) , p_49) || l_904) == l_882[0]) , l_883[0][3][1]) && 6L)) & p_53) >= (*g_44));
        }
    }
    if (((l_875 = (((safe_add_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(((((safe_mul_func_uint16_t_u_u(0UL, (safe_add_func_uint32_t_u_u((safe_div_func_uint16_t_u_u(9UL, (safe_mod_func_int8_t_s_s((l_881[4][4][2] = ((*g_95) = ((p_50 != g_593) > (l_881[4][4][2] | (+((safe_sub_func_int64_t_s_s((&g_630 != ((*l_921) = l_920)), (l_922 != l_922))) , 0xAA99L)))))), l_874)))), (*p_52))))) < l_884) , (-1L)) , g_688), 0x31L)), 0L)) && 1UL) , l_875)) || (*p_52)))
    { /* block id: 340 */
        uint8_t *l_925 = &l_884;
        uint8_t * const *l_924 = &l_925;
        uint8_t * const **l_923[10][5][5] = {{{&l_924,(void*)0,(void*)0,&l_924,&l_924},{&l_924,(void*)0,(void*)0,&l_924,&l_924},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0}},{{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0}},{{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0}},{{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0}},{{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0}},{{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0}},{{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0}},{{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0}},{{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0}},{{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0},{&l_924,&l_924,&l_924,&l_924,(void*)0}}};
        uint8_t * const ***l_928 = (void*)0;
        uint8_t * const ***l_929 = (void*)0;
        uint8_t * const ***l_930 = (void*)0;
        uint8_t * const ***l_931 = &l_923[4][2][4];
        uint8_t * const ***l_932 = (void*)0;
        uint8_t * const **l_934 = (void*)0;
        uint8_t * const ***l_933 = &l_934;
        int i, j, k;
        (*l_933) = ((*l_931) = (l_926 = l_923[2][2][2]));
    }
    else
    { /* block id: 344 */
        const int32_t l_940 = 0xDDAC4B5BL;
        int32_t l_947 = 0L;
        int64_t *****l_960 = &g_959[2];
        int64_t *****l_961 = &g_959[3];
        uint32_t *l_962 = &g_827[7];
        int32_t l_966 = 1L;
        int32_t l_1051 = (-2L);
        uint32_t ** const **l_1064 = (void*)0;
        int32_t l_1097 = 0x9A20DE39L;
        for (g_123 = 0; (g_123 <= 3); g_123 += 1)
        { /* block id: 347 */
            int32_t l_936[7][5][3] = {{{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL}},{{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L}},{{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL}},{{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L}},{{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL}},{{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L}},{{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL},{0x6BBFDB54L,0x6BBFDB54L,3L},{0x2D3AC619L,0x2D3AC619L,0x2FBD2B6DL}}};
            int64_t *l_937 = &g_58;
            int32_t l_941[9][7] = {{1L,0x1DC0B9A1L,1L,0xFB228185L,0xE22D60E0L,0xC727B6F3L,0x36640F51L},{0L,0x36640F51L,0L,0x7EE4D00CL,0xA890E626L,1L,6L},{0xA890E626L,0xFC4A0032L,0L,1L,(-4L),0xC727B6F3L,(-3L)},{0xC727B6F3L,(-1L),0x5B337BE3L,1L,0x240F8C99L,0x7EE4D00CL,1L},{(-4L),0L,1L,1L,0L,(-4L),1L},{6L,(-4L),0L,(-1L),0xA7C94128L,0x36640F51L,1L},{(-1L),0x240F8C99L,0x5B337BE3L,0x2DCF0E84L,(-4L),0x752C77DAL,0L},{1L,0xA890E626L,0x7EE4D00CL,0L,0x36640F51L,0L,0x240F8C99L},{0x5B337BE3L,1L,0x240F8C99L,0x7EE4D00CL,1L,0x7EE4D00CL,0x240F8C99L}};
            uint32_t *l_942 = &g_512[1];
            int16_t l_964[10];
            int8_t *l_965 = &g_61;
            int32_t l_967 = 0x78DC1D48L;
            int32_t *l_968[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            const uint16_t * const * const l_972 = (void*)0;
            const uint16_t * const * const *l_971 = &l_972;
            const uint16_t * const * const **l_970[3];
            uint32_t l_1011[2][9] = {{1UL,0xBB4A452AL,1UL,0xBB4A452AL,1UL,0xBB4A452AL,1UL,0xBB4A452AL,1UL},{0UL,0UL,18446744073709551614UL,18446744073709551614UL,0UL,0UL,18446744073709551614UL,18446744073709551614UL,0UL}};
            int64_t l_1016[7];
            int i, j, k;
            for (i = 0; i < 10; i++)
                l_964[i] = (-3L);
            for (i = 0; i < 3; i++)
                l_970[i] = &l_971;
            for (i = 0; i < 7; i++)
                l_1016[i] = (-5L);
            l_936[4][1][1] |= l_935[4][6];
            l_947 = (((((((*l_937) = 0x3ED541AC521004C7LL) , (l_967 ^= (safe_mul_func_uint8_t_u_u(((0x859A5E9B7D02D1C7LL != l_940) , (l_941[8][5] != (((*l_942) = p_50) < ((safe_sub_func_uint64_t_u_u(((**l_921) == (void*)0), (((*l_965) |= (((((safe_sub_func_uint64_t_u_u((++(*g_44)), ((safe_sub_func_int64_t_s_s((((safe_mod_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((safe_mod_func_uint64_t_u_u(((((l_960 = g_958) == l_961) , l_962) != (void*)0), 0x1D18B26F860DE049LL)), l_940)), p_49)) != p_50) , (-1L)), l_963[0])) && 0x4A38B6CAL))) | (**g_807)) , l_964[2]) >= 0x447EL) == 0xACF8L)) | g_337))) >= p_49)))), l_966)))) , p_49) & 0xB1E5L) == 246UL) , 0L);
            for (g_536 = 6; (g_536 >= 0); g_536 -= 1)
            { /* block id: 358 */
                uint32_t l_969 = 1UL;
                p_49 = (l_969 = (*p_51));
                return &g_4;
            }
            for (l_967 = 0; (l_967 <= 3); l_967 += 1)
            { /* block id: 365 */
                uint64_t l_987 = 0xB2897362F8B8CC7DLL;
                int32_t l_1019 = 0xF70B296FL;
                int8_t ***l_1023 = &g_807;
                uint16_t **l_1044 = (void*)0;
                uint16_t ***l_1043[2][7] = {{(void*)0,&l_1044,&l_1044,(void*)0,&l_1044,&l_1044,(void*)0},{&l_1044,(void*)0,&l_1044,&l_1044,(void*)0,&l_1044,&l_1044}};
                uint16_t ****l_1042 = &l_1043[0][6];
                int i, j;
                for (g_659 = 9; (g_659 >= 2); g_659 -= 1)
                { /* block id: 368 */
                    l_881[1][4][0] = ((void*)0 != l_970[2]);
                    return &g_127;
                }
                for (g_688 = 6; (g_688 >= 0); g_688 -= 1)
                { /* block id: 374 */
                    uint8_t *l_979 = &l_884;
                    int16_t *l_988 = &g_337;
                    int32_t *l_989[9];
                    int8_t l_1008 = 1L;
                    int i, j, k;
                    for (i = 0; i < 9; i++)
                        l_989[i] = &l_882[1];
                    l_941[(l_967 + 4)][(g_123 + 3)] = ((((g_493 = ((0L & l_964[(g_688 + 3)]) & (((((*l_988) |= (9UL < ((safe_mod_func_uint64_t_u_u((safe_add_func_int64_t_s_s((((safe_add_func_uint8_t_u_u((++(*l_979)), (safe_rshift_func_uint8_t_u_s(0x0EL, 1)))) && (p_53 >= (((*g_44)++) >= ((l_964[(g_688 + 3)] & ((void*)0 != &l_979)) && ((void*)0 != g_986))))) > 0xAD44D398L), l_987)), l_935[4][2])) | p_49))) || 0xA584L) , p_50) || 0xBC09L))) , 8UL) , l_947) && p_49);
                    for (g_536 = 3; (g_536 >= 0); g_536 -= 1)
                    { /* block id: 382 */
                        uint16_t l_994 = 0x8114L;
                        uint8_t l_1002 = 0x98L;
                        g_990 = &g_75[3];
                        p_49 = ((safe_mul_func_int16_t_s_s(((((*l_937) = 0x620F974F013BBDB9LL) ^ ((*g_44) = (l_940 && l_993))) && l_966), l_994)) != (safe_mod_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u((safe_unary_minus_func_uint64_t_u((safe_rshift_func_int8_t_s_u(p_50, 0)))), l_1002)), ((g_1003 , (((safe_rshift_func_int16_t_s_u(((safe_lshift_func_int8_t_s_s((-1L), l_1008)) > p_49), 10)) > 65535UL) , 1UL)) , l_987))));
                        l_874 = (safe_add_func_int64_t_s_s((((l_1011[1][6] <= (safe_mod_func_int8_t_s_s(((**g_807) != ((((l_1002 >= (safe_lshift_func_uint8_t_u_u(l_1016[0], 7))) ^ l_884) , (l_1019 ^= (safe_rshift_func_uint8_t_u_u(0xE5L, l_987)))) , (safe_sub_func_int64_t_s_s(p_50, (((*l_988) = (((safe_unary_minus_func_uint16_t_u(p_50)) | 0L) && (*p_52))) | p_49))))), 254UL))) , l_1023) != (void*)0), (*g_44)));
                        return &g_127;
                    }
                    for (g_536 = 2; (g_536 <= 7); g_536 += 1)
                    { /* block id: 394 */
                        int32_t *l_1024 = &l_881[4][4][2];
                        return &g_3;
                    }
                }
                for (g_336 = 9; (g_336 >= 0); g_336 -= 1)
                { /* block id: 400 */
                    int i;
                    l_881[4][4][2] |= (safe_sub_func_int32_t_s_s(((((safe_rshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_u((safe_lshift_func_uint16_t_u_s((((safe_lshift_func_int16_t_s_s((4294967295UL ^ ((((**g_807) = ((l_964[g_336] = (1UL <= (safe_mul_func_uint16_t_u_u((l_964[(g_123 + 4)] < (-1L)), (~(safe_add_func_uint32_t_u_u((0x5939L < (safe_lshift_func_int8_t_s_s(l_964[(l_967 + 1)], 7))), (*p_51)))))))) , (-3L))) != ((-1L) ^ 0x9252L)) > l_884)), 7)) == l_1019) || 18446744073709551615UL), 10)), 0)), l_935[4][6])) < p_50) , l_1042) == (void*)0), 0xD7CACEC6L));
                }
            }
            for (l_947 = 0; (l_947 <= 3); l_947 += 1)
            { /* block id: 408 */
                uint8_t l_1052 = 0xEDL;
                int32_t *l_1055[5] = {&l_1051,&l_1051,&l_1051,&l_1051,&l_1051};
                int64_t *****l_1065 = (void*)0;
                int32_t *l_1084[1];
                int32_t *l_1094 = &g_295[0][8][7];
                int32_t **l_1093 = &l_1094;
                int i;
                for (i = 0; i < 1; i++)
                    l_1084[i] = &l_935[0][2];
                for (g_493 = 3; (g_493 >= 0); g_493 -= 1)
                { /* block id: 411 */
                    const int32_t *l_1046 = &l_941[8][0];
                    const int32_t **l_1045[8] = {&l_1046,&l_1046,&l_1046,&l_1046,&l_1046,&l_1046,&l_1046,&l_1046};
                    int i, j, k;
                    l_1047[1] = g_719[l_947][(g_123 + 3)][(g_123 + 3)];
                    for (g_1003 = 0; (g_1003 <= 3); g_1003 += 1)
                    { /* block id: 415 */
                        int16_t l_1050[3][5] = {{(-5L),(-5L),(-5L),(-5L),(-5L)},{0x02F0L,0x02F0L,0x02F0L,0x02F0L,0x02F0L},{(-5L),(-5L),(-5L),(-5L),(-5L)}};
                        int i, j;
                        l_1050[1][1] = (l_881[4][4][2] ^= (safe_add_func_int8_t_s_s((*g_95), (*g_95))));
                        (*g_990) = &p_49;
                    }
                }
                l_1052++;
                (*g_990) = &g_127;
                for (g_61 = 0; (g_61 <= 3); g_61 += 1)
                { /* block id: 425 */
                    int32_t *l_1056 = &l_874;
                    int32_t *l_1089 = &g_493;
                    int32_t **l_1088 = &l_1089;
                    for (l_966 = 0; (l_966 <= 3); l_966 += 1)
                    { /* block id: 428 */
                        int32_t *l_1057 = (void*)0;
                        return l_1057;
                    }
                    for (p_53 = 0; (p_53 <= 3); p_53 += 1)
                    { /* block id: 433 */
                        uint16_t *l_1072 = &g_136[3];
                        int i;
                        l_1051 = ((safe_mod_func_uint16_t_u_u(0x0D95L, ((safe_lshift_func_uint8_t_u_u((l_875 = ((safe_add_func_int8_t_s_s(((*l_921) != l_1064), (l_1065 != ((safe_mul_func_int16_t_s_s(((((*l_1072) = (3UL <= (g_512[p_53] >= (5UL | (safe_add_func_uint8_t_u_u(1UL, (safe_lshift_func_int16_t_s_s(0xBAA8L, 12)))))))) > l_966) , p_50), 0x66F3L)) , (void*)0)))) ^ 0x12A4L)), p_53)) || p_50))) == p_50);
                        (*l_1056) = (p_49 &= (*l_1056));
                        (*l_960) = (void*)0;
                        if ((*p_51))
                            continue;
                    }
                    if (g_96)
                        goto lbl_1073;
                    for (l_1051 = 0; (l_1051 <= 3); l_1051 += 1)
                    { /* block id: 445 */
                        int32_t **l_1085 = &l_1084[0];
                        int32_t ***l_1090 = (void*)0;
                        int32_t ***l_1091 = (void*)0;
                        int32_t ***l_1092 = &l_1088;
                        int32_t ***l_1095 = &l_1093;
                        int8_t *l_1096[5][2] = {{&g_688,&g_96},{&g_688,&g_96},{&g_688,&g_96},{&g_688,&g_96},{&g_688,&g_96}};
                        uint8_t *l_1098 = &l_884;
                        int i, j;
                        (*l_1056) = (safe_add_func_int32_t_s_s(l_966, (safe_lshift_func_uint8_t_u_u((p_53 > ((*l_1098) = (((safe_mod_func_int64_t_s_s(((*l_937) = l_966), 0x61315EBA28A0125BLL)) < ((*g_44) = (safe_add_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_s((*g_95), (((*l_1085) = l_1084[0]) != &l_936[4][1][1]))) == ((safe_lshift_func_uint8_t_u_u(((g_336 = (((*l_1092) = l_1088) == ((*l_1095) = l_1093))) | 0x16L), l_1097)) || (*g_44))), p_49)))) || (**g_807)))), g_827[7]))));
                        if (g_1099[2][7])
                            break;
                    }
                }
            }
        }
    }
    l_1104--;
    return l_1107;
}


/* ------------------------------------------ */
/* 
 * reads : g_827 g_512 g_807 g_95 g_96 g_536 g_127
 * writes: g_512 g_536 g_96 g_593 g_127
 */
static int32_t  func_54(int16_t  p_55)
{ /* block id: 309 */
    int64_t l_826 = 9L;
    uint32_t *l_836 = &g_512[6];
    int32_t *l_845 = &g_536;
    int16_t *l_846 = &g_593;
    int32_t l_847 = 0xD677A205L;
    uint16_t l_848 = 65530UL;
    int16_t *l_849[10] = {&g_100,&g_659,&g_659,&g_100,(void*)0,&g_100,&g_659,&g_659,&g_100,(void*)0};
    uint32_t l_850[1][6][2] = {{{0UL,0x0A650C02L},{0UL,0x0A650C02L},{0UL,0x0A650C02L},{0UL,0x0A650C02L},{0UL,0x0A650C02L},{0UL,0x0A650C02L}}};
    uint16_t *l_851[1][4][1] = {{{&g_136[5]},{&g_136[5]},{&g_136[5]},{&g_136[5]}}};
    uint64_t l_852 = 9UL;
    int32_t *l_853 = (void*)0;
    int32_t *l_854 = &g_127;
    int32_t *l_855 = &g_127;
    int32_t *l_856 = &g_127;
    int32_t *l_857 = &l_847;
    int32_t *l_858 = &g_127;
    int32_t *l_859 = (void*)0;
    int32_t *l_860 = &l_847;
    int32_t *l_861 = &l_847;
    int32_t *l_862 = &g_127;
    int32_t *l_863[4];
    int32_t l_864[2];
    int32_t l_865 = 0xC7865C75L;
    int8_t l_866 = 0x95L;
    uint64_t l_867 = 0UL;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_863[i] = &g_536;
    for (i = 0; i < 2; i++)
        l_864[i] = 0x569FFD9FL;
    (*l_854) &= (safe_div_func_uint16_t_u_u(((((!((((safe_add_func_uint16_t_u_u(65526UL, p_55)) | (l_852 &= (((safe_unary_minus_func_uint32_t_u(4294967289UL)) ^ (l_850[0][0][0] = ((+((l_847 = ((l_826 & (g_827[7] >= (((*l_846) = (safe_div_func_int8_t_s_s(((**g_807) ^= (((safe_lshift_func_int8_t_s_s(((safe_mul_func_uint8_t_u_u(((l_826 & (safe_mul_func_int16_t_s_s((0UL == ((p_55 ^ (((*l_836)++) > (safe_rshift_func_uint8_t_u_s(((safe_add_func_uint32_t_u_u((((((*l_845) = ((safe_lshift_func_uint8_t_u_s(0UL, 5)) > l_826)) , 0x897DA8AFL) , l_846) == &p_55), l_826)) <= p_55), 0)))) == 0x0574212E3C973F51LL)), p_55))) | p_55), p_55)) | p_55), 1)) >= 0x4775L) == p_55)), p_55))) && 1L))) <= p_55)) , l_848)) || (*l_845)))) , (*l_845)))) > p_55) , 0xFEC0EDD2L)) < 1UL) , &g_719[1][1][2]) != &g_719[1][7][3]), p_55));
    l_867++;
    return p_55;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t  func_62(int8_t  p_63, int64_t * p_64, int16_t  p_65, uint8_t  p_66)
{ /* block id: 21 */
    int32_t l_76 = 2L;
    int32_t *l_77[10] = {&l_76,&g_5,&g_5,&l_76,&g_5,&g_5,&l_76,&g_5,&g_5,&l_76};
    int8_t l_78 = 0x8CL;
    uint32_t l_79[10] = {0x687144B0L,1UL,0x687144B0L,1UL,0x687144B0L,1UL,0x687144B0L,1UL,0x687144B0L,1UL};
    int64_t **l_103 = &g_89[2];
    const int16_t ***l_206 = (void*)0;
    uint16_t l_270 = 65528UL;
    int32_t l_386 = (-10L);
    uint64_t l_396 = 0xA6C5B2D2D59D7172LL;
    uint32_t l_417 = 0x155B454AL;
    const int8_t l_492 = (-6L);
    int32_t l_494 = 0L;
    uint32_t **l_628[2][1];
    uint32_t ***l_627 = &l_628[0][0];
    uint32_t l_633[2][3][4] = {{{0xB4C52F12L,0xCA17E308L,0xC8C3EE07L,0xCA17E308L},{0xCA17E308L,4294967291UL,0xC6A399E1L,0xCA17E308L},{0xC6A399E1L,0xCA17E308L,0xA68172D9L,0xA68172D9L}},{{1UL,1UL,0xC8C3EE07L,0xB4C52F12L},{1UL,4294967291UL,0xA68172D9L,1UL},{0xC6A399E1L,0xB4C52F12L,0xC6A399E1L,0xA68172D9L}}};
    uint32_t l_687 = 0xF8A7BE5BL;
    uint8_t l_698 = 2UL;
    uint8_t l_720 = 0x19L;
    int16_t ***l_778[4][7];
    int16_t ****l_777[5] = {&l_778[2][1],&l_778[2][1],&l_778[2][1],&l_778[2][1],&l_778[2][1]};
    const uint8_t *l_796 = &l_698;
    const uint8_t **l_795 = &l_796;
    uint8_t l_799 = 0x4AL;
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
            l_628[i][j] = (void*)0;
    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 7; j++)
            l_778[i][j] = &g_317;
    }
    ++l_79[9];
    for (p_65 = 8; (p_65 >= 0); p_65 -= 1)
    { /* block id: 25 */
        int64_t *l_86 = &g_58;
        int64_t **l_87 = (void*)0;
        int64_t **l_88[7] = {&l_86,&l_86,&l_86,&l_86,&l_86,&l_86,&l_86};
        int32_t l_90 = 0x61642E2BL;
        uint64_t l_111 = 18446744073709551615UL;
        uint8_t l_126 = 246UL;
        int32_t l_128[3];
        int16_t **l_168 = (void*)0;
        uint32_t l_198 = 18446744073709551615UL;
        uint8_t l_227 = 0x15L;
        int64_t ***l_232 = &l_103;
        int8_t l_264 = (-2L);
        int16_t l_321 = 0xB3D6L;
        uint32_t l_327 = 0x4B269E62L;
        uint8_t l_397 = 0xD0L;
        int8_t l_429 = 0L;
        int64_t l_431 = 0x3EE7D30883D7D974LL;
        uint16_t *l_443 = &l_270;
        int16_t * const *l_477 = &g_302[0];
        int64_t ****l_520 = &g_217;
        int64_t ***** const l_519 = &l_520;
        int32_t *l_568[8][7][4] = {{{(void*)0,&g_536,&l_494,&g_536},{&l_128[0],(void*)0,&l_494,(void*)0},{(void*)0,&l_90,&g_127,&l_128[1]},{&l_494,(void*)0,&l_128[0],&l_128[0]},{&l_494,&g_536,&g_127,&g_6[0]},{(void*)0,&l_128[0],&l_494,&l_90},{(void*)0,(void*)0,&g_6[0],&g_536}},{{(void*)0,(void*)0,(void*)0,&l_90},{(void*)0,&l_128[0],&l_494,&g_6[0]},{&l_76,&g_536,(void*)0,&l_128[0]},{&l_128[0],(void*)0,(void*)0,&l_128[1]},{&l_76,&l_90,&l_494,(void*)0},{(void*)0,(void*)0,(void*)0,&g_4},{(void*)0,&g_4,&g_6[0],&g_4}},{{(void*)0,(void*)0,&l_494,(void*)0},{(void*)0,&l_90,&g_127,&l_128[1]},{&l_494,(void*)0,&l_128[0],&l_128[0]},{&l_494,&g_536,&g_127,&g_6[0]},{(void*)0,&l_128[0],&l_494,&l_90},{(void*)0,(void*)0,&g_6[0],&g_536},{(void*)0,(void*)0,(void*)0,&l_90}},{{(void*)0,&l_128[0],&l_494,&g_6[0]},{&l_76,&g_536,(void*)0,&l_128[0]},{&l_128[0],(void*)0,(void*)0,&l_128[1]},{&l_76,&l_90,&l_494,(void*)0},{(void*)0,(void*)0,(void*)0,&g_4},{(void*)0,&g_4,&g_6[0],&g_4},{(void*)0,(void*)0,&l_494,(void*)0}},{{(void*)0,&l_90,&g_127,&l_128[1]},{&l_494,(void*)0,&l_128[0],&l_128[0]},{&l_494,&g_536,&g_127,&g_6[0]},{(void*)0,&l_128[0],&l_494,&l_90},{(void*)0,(void*)0,&g_6[0],&g_536},{(void*)0,(void*)0,(void*)0,&l_90},{(void*)0,&l_128[0],&l_494,&g_6[0]}},{{&l_76,&g_536,(void*)0,&l_128[0]},{&l_128[0],(void*)0,(void*)0,&l_128[1]},{&l_76,&l_90,&l_494,(void*)0},{(void*)0,(void*)0,(void*)0,&g_4},{(void*)0,&g_4,&g_6[0],&g_4},{(void*)0,(void*)0,&l_494,(void*)0},{(void*)0,&l_90,&g_127,&l_128[1]}},{{&l_494,(void*)0,&l_128[0],&l_128[0]},{&l_494,&g_536,&g_127,&g_6[0]},{(void*)0,&l_128[0],&l_494,&l_90},{(void*)0,(void*)0,&g_6[0],&g_536},{(void*)0,(void*)0,(void*)0,&l_90},{(void*)0,&l_128[0],&l_494,&g_6[0]},{&l_76,&g_536,(void*)0,&l_128[0]}},{{&l_494,&l_128[1],&l_128[0],&g_536},{&l_494,(void*)0,&g_6[0],&l_128[0]},{&l_76,&l_386,&l_128[0],(void*)0},{&l_128[0],(void*)0,(void*)0,(void*)0},{&l_128[0],&l_386,&g_127,&l_128[0]},{(void*)0,(void*)0,(void*)0,&g_536},{&g_127,&l_128[1],(void*)0,(void*)0}}};
        const int8_t l_624 = 0xACL;
        int32_t l_636[4][5][1] = {{{0xEB0F95A1L},{0x899BC216L},{0xEB0F95A1L},{0x1EB596A5L},{0L}},{{0L},{0x1EB596A5L},{0xEB0F95A1L},{0x899BC216L},{0xEB0F95A1L}},{{0x1EB596A5L},{0L},{0L},{0x1EB596A5L},{0xEB0F95A1L}},{{0x899BC216L},{0xEB0F95A1L},{0x1EB596A5L},{0L},{0L}}};
        uint32_t *l_667 = (void*)0;
        int8_t l_721 = 0x37L;
        uint32_t l_816 = 0x66A26DD3L;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_128[i] = (-4L);
    }
    return p_66;
}


/* ------------------------------------------ */
/* 
 * reads : g_5
 * writes:
 */
static int8_t  func_67(uint8_t  p_68)
{ /* block id: 19 */
    return g_5;
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
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_6[i], "g_6[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_45, "g_45", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_100, "g_100", print_hash_value);
    transparent_crc(g_106, "g_106", print_hash_value);
    transparent_crc(g_123, "g_123", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_136[i], "g_136[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_139, "g_139", print_hash_value);
    transparent_crc(g_143, "g_143", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 8; k++)
            {
                transparent_crc(g_295[i][j][k], "g_295[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_320, "g_320", print_hash_value);
    transparent_crc(g_336, "g_336", print_hash_value);
    transparent_crc(g_337, "g_337", print_hash_value);
    transparent_crc(g_338, "g_338", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_410[i], "g_410[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_493, "g_493", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_512[i], "g_512[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_536, "g_536", print_hash_value);
    transparent_crc(g_593, "g_593", print_hash_value);
    transparent_crc(g_659, "g_659", print_hash_value);
    transparent_crc(g_688, "g_688", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_827[i], "g_827[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1003, "g_1003", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_1099[i][j], "g_1099[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_1131[i][j][k], "g_1131[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1166, "g_1166", print_hash_value);
    transparent_crc(g_1211, "g_1211", print_hash_value);
    transparent_crc(g_1380, "g_1380", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_1457[i][j], "g_1457[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 395
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
   depth: 1, occurrence: 138
   depth: 2, occurrence: 51
   depth: 3, occurrence: 2
   depth: 4, occurrence: 1
   depth: 6, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 1
   depth: 16, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 3
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 2
   depth: 24, occurrence: 2
   depth: 26, occurrence: 3
   depth: 27, occurrence: 4
   depth: 28, occurrence: 1
   depth: 34, occurrence: 1
   depth: 36, occurrence: 1
   depth: 39, occurrence: 1
   depth: 45, occurrence: 2

XXX total number of pointers: 320

XXX times a variable address is taken: 797
XXX times a pointer is dereferenced on RHS: 113
breakdown:
   depth: 1, occurrence: 105
   depth: 2, occurrence: 8
XXX times a pointer is dereferenced on LHS: 138
breakdown:
   depth: 1, occurrence: 132
   depth: 2, occurrence: 4
   depth: 3, occurrence: 2
XXX times a pointer is compared with null: 27
XXX times a pointer is compared with address of another variable: 7
XXX times a pointer is compared with another pointer: 6
XXX times a pointer is qualified to be dereferenced: 4171

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1150
   level: 2, occurrence: 158
   level: 3, occurrence: 38
   level: 4, occurrence: 11
   level: 5, occurrence: 27
XXX number of pointers point to pointers: 174
XXX number of pointers point to scalars: 146
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 35
XXX average alias set size: 1.57

XXX times a non-volatile is read: 1075
XXX times a non-volatile is write: 521
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 9

XXX stmts: 149
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 24
   depth: 1, occurrence: 19
   depth: 2, occurrence: 19
   depth: 3, occurrence: 24
   depth: 4, occurrence: 27
   depth: 5, occurrence: 36

XXX percentage a fresh-made variable is used: 15.5
XXX percentage an existing variable is used: 84.5
********************* end of statistics **********************/

