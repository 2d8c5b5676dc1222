/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 39 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      39
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint64_t  f0;
   int32_t  f1;
   int64_t  f2;
   int16_t  f3;
   const int32_t  f4;
   const signed f5 : 16;
   unsigned f6 : 9;
};

/* --- GLOBAL VARIABLES --- */
static int16_t g_3 = 0xC588L;
static int32_t g_7 = 0x9D434678L;
static int32_t g_10 = 0x6BC044B0L;
static uint32_t g_11 = 0x3826A056L;
static uint16_t g_15 = 0xB994L;
static int32_t g_18 = 0L;
static uint32_t g_25 = 18446744073709551615UL;
static int32_t *g_37 = &g_18;
static uint32_t g_83[3][1] = {{0x70526E61L},{0x70526E61L},{0x70526E61L}};
static int32_t *g_93 = &g_18;
static int32_t **g_92 = &g_93;
static uint16_t g_108 = 65535UL;
static int32_t g_115 = 0x40075A62L;
static int8_t g_120[1] = {(-3L)};
static uint64_t g_122 = 0x0CDDE2BA1CD28735LL;
static uint8_t g_135 = 0UL;
static struct S0 g_152 = {0UL,0x9F954241L,0x11B270AAFDF04222LL,0L,-5L,-245,5};
static int32_t g_185 = 0x1B31DF0DL;
static uint32_t g_186 = 3UL;
static uint16_t g_212 = 0x5F2AL;
static uint16_t *g_211 = &g_212;
static int16_t g_236 = 0L;
static uint16_t g_240 = 65535UL;
static uint32_t g_248 = 0x5B71DC9CL;
static int32_t g_254[1][9] = {{1L,1L,1L,1L,1L,1L,1L,1L,1L}};
static uint32_t g_255[4] = {3UL,3UL,3UL,3UL};
static int64_t g_319 = 0x5675856F491FD312LL;
static int8_t g_324 = 0xE1L;
static uint16_t g_358 = 1UL;
static uint8_t g_440[5][2] = {{254UL,254UL},{254UL,254UL},{254UL,254UL},{254UL,254UL},{254UL,254UL}};
static struct S0 g_449 = {18446744073709551612UL,3L,0x40E1191E443F96DBLL,0xFBB8L,0L,-105,9};
static struct S0 g_503 = {0x5F9F88C1C2F48704LL,0x29A4FBE6L,0xAA675AE70F5803AFLL,-10L,-9L,70,17};
static struct S0 *g_502[3][3][3] = {{{(void*)0,&g_503,(void*)0},{&g_503,&g_503,(void*)0},{&g_503,(void*)0,(void*)0}},{{(void*)0,&g_503,(void*)0},{(void*)0,&g_503,&g_503},{&g_503,(void*)0,(void*)0}},{{&g_503,(void*)0,(void*)0},{(void*)0,(void*)0,&g_503},{&g_152,&g_152,&g_503}}};
static int8_t *g_521 = &g_120[0];
static int8_t **g_520 = &g_521;
static const uint16_t g_572[4][7] = {{0x0430L,65535UL,0x0430L,0x0430L,65535UL,0x0430L,0x0430L},{0x8BFCL,0xBCA2L,8UL,0xBCA2L,0x8BFCL,0xC3FCL,0x8BFCL},{65535UL,0x0430L,0x0430L,65535UL,0x0430L,0x0430L,65535UL},{65534UL,0xBCA2L,65534UL,1UL,0x8BFCL,1UL,65534UL}};
static uint8_t g_602 = 0x6CL;
static uint32_t g_630 = 0x8BA499E6L;
static int32_t g_704[1] = {0L};
static uint16_t *g_735[10][8] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_15,&g_15,(void*)0},{(void*)0,&g_212,&g_212,(void*)0,&g_212,(void*)0,&g_212,(void*)0},{&g_212,&g_212,&g_212,&g_15,(void*)0,(void*)0,&g_15,&g_212},{&g_212,&g_212,(void*)0,(void*)0,&g_240,(void*)0,(void*)0,&g_212},{&g_212,&g_212,&g_15,(void*)0,(void*)0,&g_15,&g_212,&g_212},{&g_212,(void*)0,&g_212,(void*)0,&g_212,(void*)0,&g_212,&g_212},{(void*)0,(void*)0,&g_15,&g_15,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_15,&g_15,(void*)0},{(void*)0,&g_212,&g_212,(void*)0,&g_212,(void*)0,&g_212,(void*)0},{&g_212,&g_212,&g_212,&g_15,(void*)0,(void*)0,&g_15,&g_212}};
static uint16_t *g_741 = &g_108;
static uint32_t *g_749 = &g_255[1];
static uint32_t **g_748 = &g_749;
static uint64_t g_768 = 0x45192ED18632FB01LL;
static uint32_t g_786 = 18446744073709551615UL;
static int16_t *g_864 = &g_449.f3;
static uint64_t g_909 = 0xA2E2ADEE07A4AFD6LL;
static int16_t g_917 = 0xFBCDL;
static int16_t g_918[7][6][4] = {{{0xC4B8L,0x33CDL,(-1L),1L},{0xC4B8L,4L,(-1L),0x62C0L},{0x62C0L,1L,0xAD67L,(-1L)},{2L,0x03A6L,0L,0xD377L},{0x33CDL,0L,0x02CCL,0x02CCL},{(-1L),(-1L),1L,(-7L)}},{{0xBFF1L,0x49F9L,0x63D2L,0xF4D3L},{1L,0L,0x1458L,0x63D2L},{4L,0L,0xEF05L,0xF4D3L},{0L,0x49F9L,0xD377L,(-7L)},{0x6A61L,(-1L),0xBFF1L,0x02CCL},{0xEF05L,0L,(-1L),0xD377L}},{{0x49F9L,0x03A6L,0x49F9L,(-1L)},{0xD377L,1L,0x33CDL,0x62C0L},{0x1458L,4L,(-1L),1L},{(-1L),0x33CDL,(-1L),0xBFF1L},{0x1458L,(-7L),0x33CDL,(-1L)},{0xD377L,(-1L),0x49F9L,0x1458L}},{{0x49F9L,0x1458L,0xAD67L,(-7L)},{(-1L),0xC4B8L,0xC4B8L,(-1L)},{0x62C0L,0x63D2L,(-1L),(-1L)},{1L,0xAD67L,(-1L),0x49F9L},{0L,(-1L),(-1L),0x49F9L},{0x33CDL,0xAD67L,0xEF05L,(-1L)}},{{0xC4B8L,0x63D2L,0x33CDL,(-1L)},{(-1L),0xC4B8L,0x6A61L,(-7L)},{0xD377L,(-1L),0xF4D3L,(-1L)},{0x03A6L,0x49F9L,(-1L),(-1L)},{0xBFF1L,4L,(-1L),0xC4B8L},{(-7L),0xD377L,0x49F9L,0L}},{{(-7L),0L,(-1L),0xBFF1L},{0xBFF1L,0L,(-1L),(-1L)},{0x03A6L,0x02CCL,0xF4D3L,(-1L)},{0xD377L,0xF4D3L,0x6A61L,0x6A61L},{(-1L),(-1L),0x33CDL,4L},{0xC4B8L,1L,0xEF05L,0x63D2L}},{{0x33CDL,1L,(-1L),0xEF05L},{0L,1L,(-1L),0x63D2L},{1L,1L,(-1L),4L},{0x62C0L,(-1L),0xC4B8L,0x6A61L},{(-1L),0xF4D3L,0xAD67L,(-1L)},{1L,0x02CCL,1L,(-1L)}}};
static int32_t g_919 = 0x41BDDB66L;
static int64_t g_922[8][10][3] = {{{(-1L),0x03F02EC5127B242DLL,(-6L)},{1L,1L,0x65A44726740B8721LL},{0xAFC6C5A67CB2AC8CLL,0x07AEA4C194CEEC41LL,(-9L)},{0x9C0FB525F14020E4LL,9L,1L},{0L,0x92D4DEF1EEFB49A3LL,0x52949E65BE844890LL},{(-3L),0x9C0FB525F14020E4LL,1L},{(-3L),0x2762EA5E7CE04474LL,(-9L)},{(-9L),0x6DAA12AC16811977LL,0x65A44726740B8721LL},{0L,0x0FB93058678E31D7LL,(-6L)},{0xC4560466FEEF7B80LL,(-1L),0L}},{{(-3L),0x07AEA4C194CEEC41LL,3L},{1L,0x11AAB65C042DD3AALL,0x6DAA12AC16811977LL},{0L,0x07AEA4C194CEEC41LL,0x3923D280FCDAB139LL},{0x3DACE652B845AC60LL,(-1L),1L},{0xAFC6C5A67CB2AC8CLL,0x0FB93058678E31D7LL,0xAFC6C5A67CB2AC8CLL},{(-3L),0x6DAA12AC16811977LL,0x28F746698E2A1207LL},{(-1L),0x2762EA5E7CE04474LL,0x3923D280FCDAB139LL},{0xC4560466FEEF7B80LL,0x9C0FB525F14020E4LL,0x65A44726740B8721LL},{(-9L),0x92D4DEF1EEFB49A3LL,3L},{0xC4560466FEEF7B80LL,9L,0x29801DE94F095608LL}},{{(-1L),0x07AEA4C194CEEC41LL,(-6L)},{(-3L),1L,0x6DAA12AC16811977LL},{0xAFC6C5A67CB2AC8CLL,0x03F02EC5127B242DLL,(-9L)},{0x3DACE652B845AC60LL,9L,0x28F746698E2A1207LL},{0L,0x0FB93058678E31D7LL,0x52949E65BE844890LL},{1L,0x9C0FB525F14020E4LL,0x28F746698E2A1207LL},{(-3L),5L,(-9L)},{0xC4560466FEEF7B80LL,0x6DAA12AC16811977LL,0x6DAA12AC16811977LL},{0L,0x92D4DEF1EEFB49A3LL,(-6L)},{(-9L),(-1L),0x29801DE94F095608LL}},{{(-3L),0x03F02EC5127B242DLL,3L},{(-3L),0x11AAB65C042DD3AALL,0x65A44726740B8721LL},{0x68F0EBBC5E195F9CLL,(-6L),0x52949E65BE844890LL},{0xC4560466FEEF7B80LL,1L,(-1L)},{3L,5L,3L},{0x9C0FB525F14020E4LL,0x29801DE94F095608LL,9L},{0L,0x07AEA4C194CEEC41LL,0x52949E65BE844890LL},{0x7C164C2A783EE909LL,0xC4560466FEEF7B80LL,0x29801DE94F095608LL},{0xAFC6C5A67CB2AC8CLL,0x2762EA5E7CE04474LL,6L},{0x7C164C2A783EE909LL,0x11AAB65C042DD3AALL,0x28F746698E2A1207LL}},{{0L,(-6L),0xF7150B0751B3E9F4LL},{0x9C0FB525F14020E4LL,0x9C0FB525F14020E4LL,0L},{3L,(-10L),0xAFC6C5A67CB2AC8CLL},{0xC4560466FEEF7B80LL,0x11AAB65C042DD3AALL,9L},{0x68F0EBBC5E195F9CLL,5L,(-6L)},{0x3DACE652B845AC60LL,0xC4560466FEEF7B80LL,9L},{(-9L),0x03F02EC5127B242DLL,0xAFC6C5A67CB2AC8CLL},{0x7C164C2A783EE909LL,0x29801DE94F095608LL,0L},{0L,0x2762EA5E7CE04474LL,0xF7150B0751B3E9F4LL},{0x80F091CC2F3F06A7LL,1L,0x28F746698E2A1207LL}},{{(-9L),(-10L),6L},{0x9C0FB525F14020E4LL,0x6DAA12AC16811977LL,0x29801DE94F095608LL},{0x68F0EBBC5E195F9CLL,(-10L),0x52949E65BE844890LL},{(-9L),1L,9L},{3L,0x2762EA5E7CE04474LL,3L},{0x3DACE652B845AC60LL,0x29801DE94F095608LL,(-1L)},{0L,0x03F02EC5127B242DLL,0x52949E65BE844890LL},{0x80F091CC2F3F06A7LL,0xC4560466FEEF7B80LL,0L},{0xAFC6C5A67CB2AC8CLL,5L,6L},{0x80F091CC2F3F06A7LL,0x11AAB65C042DD3AALL,1L}},{{0L,(-10L),0xF7150B0751B3E9F4LL},{0x3DACE652B845AC60LL,0x9C0FB525F14020E4LL,0x29801DE94F095608LL},{3L,(-6L),0xAFC6C5A67CB2AC8CLL},{(-9L),0x11AAB65C042DD3AALL,(-1L)},{0x68F0EBBC5E195F9CLL,0x2762EA5E7CE04474LL,(-6L)},{0x9C0FB525F14020E4LL,0xC4560466FEEF7B80LL,(-1L)},{(-9L),0x07AEA4C194CEEC41LL,0xAFC6C5A67CB2AC8CLL},{0x80F091CC2F3F06A7LL,0x29801DE94F095608LL,0x29801DE94F095608LL},{0L,5L,0xF7150B0751B3E9F4LL},{0x7C164C2A783EE909LL,1L,1L}},{{(-9L),(-6L),6L},{0x3DACE652B845AC60LL,0x6DAA12AC16811977LL,0L},{0x68F0EBBC5E195F9CLL,(-6L),0x52949E65BE844890LL},{0xC4560466FEEF7B80LL,1L,(-1L)},{3L,5L,3L},{0x9C0FB525F14020E4LL,0x29801DE94F095608LL,9L},{0L,0x07AEA4C194CEEC41LL,0x52949E65BE844890LL},{0x7C164C2A783EE909LL,0xC4560466FEEF7B80LL,0x29801DE94F095608LL},{0xAFC6C5A67CB2AC8CLL,0x2762EA5E7CE04474LL,6L},{0x7C164C2A783EE909LL,0x11AAB65C042DD3AALL,0x28F746698E2A1207LL}}};
static int32_t g_923 = 0xCF8FB59DL;
static uint64_t g_924[4] = {1UL,1UL,1UL,1UL};
static uint64_t g_1009[5] = {0x4BBD1E0A0368AF36LL,0x4BBD1E0A0368AF36LL,0x4BBD1E0A0368AF36LL,0x4BBD1E0A0368AF36LL,0x4BBD1E0A0368AF36LL};
static const int32_t *g_1027 = (void*)0;
static const int32_t **g_1026 = &g_1027;
static const int32_t ***g_1025 = &g_1026;
static const int32_t g_1186 = 0L;
static uint64_t g_1226 = 0xC3A492795ECA8DF0LL;
static int8_t g_1244 = (-4L);
static uint64_t g_1245 = 7UL;
static const int8_t *** const g_1251 = (void*)0;
static const int8_t *** const *g_1250 = &g_1251;
static uint8_t **g_1256 = (void*)0;
static uint8_t ***g_1255 = &g_1256;
static uint32_t g_1315 = 4294967295UL;
static uint64_t g_1321[4][8][2] = {{{18446744073709551615UL,0xBBD658EE08B07E6CLL},{0x6661AA4887A31676LL,18446744073709551615UL},{8UL,8UL},{8UL,18446744073709551615UL},{0x6661AA4887A31676LL,0xBBD658EE08B07E6CLL},{18446744073709551615UL,0xBBD658EE08B07E6CLL},{0x6661AA4887A31676LL,18446744073709551615UL},{8UL,8UL}},{{8UL,18446744073709551615UL},{0x6661AA4887A31676LL,0xBBD658EE08B07E6CLL},{18446744073709551615UL,0xBBD658EE08B07E6CLL},{0x6661AA4887A31676LL,18446744073709551615UL},{8UL,8UL},{8UL,18446744073709551615UL},{0x6661AA4887A31676LL,0xBBD658EE08B07E6CLL},{18446744073709551615UL,0xBBD658EE08B07E6CLL}},{{0x6661AA4887A31676LL,18446744073709551615UL},{8UL,8UL},{8UL,18446744073709551615UL},{0xAA41FC1D403DF484LL,8UL},{0x6661AA4887A31676LL,8UL},{0xAA41FC1D403DF484LL,0x6661AA4887A31676LL},{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,0x6661AA4887A31676LL}},{{0xAA41FC1D403DF484LL,8UL},{0x6661AA4887A31676LL,8UL},{0xAA41FC1D403DF484LL,0x6661AA4887A31676LL},{18446744073709551615UL,18446744073709551615UL},{18446744073709551615UL,0x6661AA4887A31676LL},{0xAA41FC1D403DF484LL,8UL},{0x6661AA4887A31676LL,8UL},{0xAA41FC1D403DF484LL,0x6661AA4887A31676LL}}};
static int64_t *g_1362 = &g_922[3][6][0];
static int64_t **g_1361 = &g_1362;
static uint32_t ***g_1405 = &g_748;
static uint32_t ****g_1404[10][4] = {{&g_1405,&g_1405,&g_1405,&g_1405},{&g_1405,&g_1405,(void*)0,&g_1405},{&g_1405,&g_1405,&g_1405,&g_1405},{&g_1405,&g_1405,(void*)0,&g_1405},{&g_1405,&g_1405,&g_1405,&g_1405},{&g_1405,&g_1405,(void*)0,&g_1405},{&g_1405,&g_1405,&g_1405,&g_1405},{&g_1405,&g_1405,(void*)0,&g_1405},{&g_1405,&g_1405,&g_1405,&g_1405},{&g_1405,&g_1405,(void*)0,&g_1405}};


/* --- FORWARD DECLARATIONS --- */
static uint32_t  func_1(void);
static int32_t * func_32(const uint64_t  p_33);
static struct S0  func_41(int8_t  p_42, uint8_t  p_43, int8_t  p_44, int32_t ** p_45, struct S0  p_46);
static int8_t  func_54(const int64_t  p_55, int64_t  p_56, int8_t  p_57, uint16_t * p_58);
static int32_t  func_64(int32_t * p_65, uint32_t  p_66, uint16_t * p_67, uint16_t  p_68);
static uint32_t  func_69(int64_t  p_70, int32_t * p_71, uint8_t  p_72, uint32_t  p_73);
static int64_t  func_74(uint32_t  p_75, int8_t  p_76, int32_t * p_77, uint32_t  p_78);
static uint32_t  func_79(uint32_t  p_80, int8_t  p_81);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_11 g_7 g_25 g_10 g_37 g_1245 g_18
 * writes: g_3 g_11 g_15 g_7 g_25 g_37 g_1245 g_503.f2 g_1250
 */
static uint32_t  func_1(void)
{ /* block id: 0 */
    int8_t l_2 = 0L;
    int32_t l_8 = 0xB552BF33L;
    int32_t l_9[1];
    uint16_t *l_361 = (void*)0;
    uint16_t l_1193 = 0xBDAEL;
    const int8_t *l_1211 = &g_120[0];
    const int8_t **l_1210[6][1];
    const int8_t *** const l_1209 = &l_1210[5][0];
    uint32_t l_1291 = 0x155AC37FL;
    int32_t *** const l_1307 = &g_92;
    int32_t *** const *l_1306[5][9][5] = {{{&l_1307,(void*)0,&l_1307,&l_1307,&l_1307},{&l_1307,&l_1307,&l_1307,&l_1307,&l_1307},{&l_1307,(void*)0,(void*)0,&l_1307,&l_1307},{&l_1307,&l_1307,&l_1307,&l_1307,&l_1307},{&l_1307,(void*)0,(void*)0,&l_1307,&l_1307},{&l_1307,&l_1307,&l_1307,&l_1307,&l_1307},{&l_1307,&l_1307,(void*)0,&l_1307,&l_1307},{&l_1307,&l_1307,&l_1307,&l_1307,&l_1307},{(void*)0,(void*)0,&l_1307,&l_1307,&l_1307}},{{&l_1307,&l_1307,(void*)0,&l_1307,&l_1307},{(void*)0,(void*)0,&l_1307,&l_1307,&l_1307},{&l_1307,&l_1307,(void*)0,&l_1307,&l_1307},{&l_1307,(void*)0,&l_1307,(void*)0,&l_1307},{&l_1307,&l_1307,(void*)0,&l_1307,(void*)0},{&l_1307,&l_1307,&l_1307,(void*)0,&l_1307},{(void*)0,&l_1307,&l_1307,&l_1307,(void*)0},{&l_1307,(void*)0,&l_1307,&l_1307,&l_1307},{(void*)0,&l_1307,(void*)0,&l_1307,&l_1307}},{{&l_1307,(void*)0,&l_1307,&l_1307,&l_1307},{&l_1307,&l_1307,(void*)0,(void*)0,&l_1307},{&l_1307,(void*)0,&l_1307,&l_1307,&l_1307},{&l_1307,&l_1307,(void*)0,(void*)0,&l_1307},{&l_1307,&l_1307,&l_1307,&l_1307,&l_1307},{&l_1307,(void*)0,&l_1307,&l_1307,&l_1307},{&l_1307,&l_1307,&l_1307,&l_1307,&l_1307},{&l_1307,&l_1307,&l_1307,(void*)0,&l_1307},{(void*)0,&l_1307,&l_1307,(void*)0,&l_1307}},{{(void*)0,&l_1307,&l_1307,&l_1307,&l_1307},{&l_1307,&l_1307,&l_1307,(void*)0,&l_1307},{&l_1307,&l_1307,&l_1307,&l_1307,&l_1307},{(void*)0,&l_1307,(void*)0,(void*)0,(void*)0},{&l_1307,&l_1307,(void*)0,(void*)0,&l_1307},{(void*)0,(void*)0,&l_1307,&l_1307,(void*)0},{&l_1307,&l_1307,&l_1307,&l_1307,(void*)0},{&l_1307,(void*)0,&l_1307,(void*)0,&l_1307},{&l_1307,&l_1307,&l_1307,&l_1307,&l_1307}},{{&l_1307,&l_1307,&l_1307,(void*)0,&l_1307},{&l_1307,&l_1307,&l_1307,&l_1307,&l_1307},{&l_1307,&l_1307,&l_1307,&l_1307,&l_1307},{(void*)0,&l_1307,&l_1307,&l_1307,&l_1307},{&l_1307,&l_1307,&l_1307,&l_1307,&l_1307},{(void*)0,&l_1307,(void*)0,&l_1307,(void*)0},{&l_1307,&l_1307,&l_1307,&l_1307,(void*)0},{&l_1307,&l_1307,(void*)0,(void*)0,&l_1307},{(void*)0,(void*)0,&l_1307,&l_1307,(void*)0}}};
    uint32_t ***l_1347 = &g_748;
    int32_t l_1357 = 1L;
    int64_t **l_1368 = &g_1362;
    uint8_t l_1426 = 0UL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_9[i] = 6L;
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 1; j++)
            l_1210[i][j] = &l_1211;
    }
lbl_28:
    g_3 = (0x27L < l_2);
    for (l_2 = 12; (l_2 <= (-1)); --l_2)
    { /* block id: 4 */
        int32_t *l_6[9] = {&g_7,(void*)0,&g_7,&g_7,(void*)0,&g_7,&g_7,(void*)0,&g_7};
        uint16_t *l_14 = &g_15;
        int i;
        --g_11;
        for (l_8 = 0; (l_8 <= 0); l_8 += 1)
        { /* block id: 8 */
            int i;
            return l_9[l_8];
        }
        g_7 &= (g_11 & (((*l_14) = 0x84CBL) == 1L));
    }
    for (g_7 = 0; (g_7 >= (-3)); --g_7)
    { /* block id: 16 */
        int32_t *l_38 = &l_8;
        int8_t l_63 = 0x96L;
        const int32_t *l_1185 = &g_1186;
        int32_t l_1243[8][8] = {{6L,0x481733E9L,6L,6L,0x481733E9L,6L,6L,0x481733E9L},{0x481733E9L,6L,6L,0x481733E9L,6L,6L,0x481733E9L,6L},{0x481733E9L,0x481733E9L,0xAC9BDB3CL,0x481733E9L,0x481733E9L,0xAC9BDB3CL,0x481733E9L,0x481733E9L},{6L,0x481733E9L,6L,6L,0x481733E9L,6L,6L,0x481733E9L},{0x481733E9L,6L,6L,0x481733E9L,6L,6L,0x481733E9L,6L},{0x481733E9L,0x481733E9L,0xAC9BDB3CL,0x481733E9L,0x481733E9L,0xAC9BDB3CL,0x481733E9L,0x481733E9L},{6L,0x481733E9L,6L,6L,0x481733E9L,6L,6L,0x481733E9L},{0x481733E9L,6L,6L,0x481733E9L,6L,6L,0x481733E9L,6L}};
        uint32_t **l_1254 = &g_749;
        int32_t l_1310[6];
        uint32_t ***l_1329 = (void*)0;
        int64_t *l_1360[10] = {&g_319,&g_503.f2,&g_503.f2,&g_319,&g_152.f2,&g_319,&g_503.f2,&g_503.f2,&g_319,&g_152.f2};
        int64_t **l_1359 = &l_1360[2];
        int64_t l_1381 = 0xF466470BA4538BA3LL;
        const int16_t *l_1400[10][10] = {{&g_3,&g_918[5][4][0],&g_918[5][4][0],&g_3,&g_918[5][4][0],&g_918[5][4][0],&g_3,&g_918[5][4][0],&g_917,&g_918[5][4][0]},{&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917},{&g_918[5][4][0],&g_918[5][4][0],&g_3,&g_918[5][4][0],&g_918[5][4][0],&g_3,&g_918[5][4][0],&g_918[5][4][0],&g_3,&g_918[5][4][0]},{&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0]},{&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917},{&g_918[5][4][0],&g_918[5][4][0],&g_3,&g_918[5][4][0],&g_918[5][4][0],&g_3,&g_918[5][4][0],&g_918[5][4][0],&g_3,&g_918[5][4][0]},{&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0]},{&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917},{&g_918[5][4][0],&g_918[5][4][0],&g_3,&g_918[5][4][0],&g_918[5][4][0],&g_3,&g_918[5][4][0],&g_918[5][4][0],&g_3,&g_918[5][4][0]},{&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0],&g_917,&g_917,&g_918[5][4][0]}};
        int i, j;
        for (i = 0; i < 6; i++)
            l_1310[i] = 0xC678852DL;
        for (g_11 = 0; (g_11 <= 0); g_11 += 1)
        { /* block id: 19 */
            uint16_t *l_610 = &g_15;
            struct S0 l_969 = {18446744073709551615UL,-1L,-10L,5L,0x786A66EEL,185,20};
            int32_t l_1189 = 0x9FBC658DL;
            int64_t * const l_1198 = &g_449.f2;
            int32_t *l_1229 = (void*)0;
            int32_t l_1230 = 0L;
            int32_t *l_1231 = &l_9[g_11];
            int32_t *l_1232 = &l_9[g_11];
            int32_t *l_1233 = &g_449.f1;
            int32_t *l_1234 = &l_9[0];
            int32_t *l_1235 = &l_9[0];
            int32_t *l_1236 = &g_152.f1;
            int32_t *l_1237 = &g_919;
            int32_t *l_1238 = &l_9[g_11];
            int32_t *l_1239 = &g_449.f1;
            int32_t *l_1240 = &l_9[g_11];
            int32_t *l_1241 = (void*)0;
            int32_t *l_1242[9] = {&l_9[0],&l_9[0],&l_9[0],&l_9[0],&l_9[0],&l_9[0],&l_9[0],&l_9[0],&l_9[0]};
            int i;
            if (l_9[g_11])
            { /* block id: 20 */
                int32_t *l_19 = &l_9[g_11];
                int32_t *l_20 = &l_9[0];
                int32_t *l_21 = &l_9[0];
                int32_t l_22 = 0L;
                int32_t *l_23 = &l_9[0];
                int32_t *l_24 = &l_9[g_11];
                g_25++;
                return g_7;
            }
            else
            { /* block id: 23 */
                int32_t *l_29 = &l_9[0];
                if (l_8)
                    goto lbl_28;
                (*l_29) ^= g_10;
            }
            for (g_15 = 21; (g_15 > 8); g_15 = safe_sub_func_int16_t_s_s(g_15, 4))
            { /* block id: 29 */
                int32_t *l_36 = &l_9[0];
                int32_t **l_35[9] = {&l_36,&l_36,&l_36,&l_36,&l_36,&l_36,&l_36,&l_36,&l_36};
                uint32_t *l_82 = &g_83[1][0];
                struct S0 l_1221 = {0x705C1ABD89AAD3C8LL,0xE6FF3725L,0xD6224499B9D94AA3LL,0x5F45L,0x7E6A31DFL,181,17};
                int i;
                l_38 = (g_37 = func_32(g_25));
                (*l_36) |= (*g_37);
                if ((*g_37))
                    break;
            }
            ++g_1245;
            if ((*g_37))
                break;
        }
        for (g_503.f2 = 2; (g_503.f2 >= (-2)); g_503.f2 = safe_sub_func_uint64_t_u_u(g_503.f2, 9))
        { /* block id: 610 */
            uint32_t ***l_1253[8];
            int32_t l_1294 = 1L;
            int32_t l_1311 = 0x93BA374AL;
            struct S0 l_1370 = {1UL,1L,0x64582AFD00B416B5LL,-10L,-8L,-112,19};
            int32_t l_1421[1];
            int64_t l_1422 = 1L;
            uint8_t l_1423 = 0x39L;
            int i;
            for (i = 0; i < 8; i++)
                l_1253[i] = &g_748;
            for (i = 0; i < 1; i++)
                l_1421[i] = (-10L);
            g_1250 = &l_1209;
        }
    }
    return l_1426;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_32(const uint64_t  p_33)
{ /* block id: 30 */
    int32_t *l_34 = &g_7;
    return l_34;
}


/* ------------------------------------------ */
/* 
 * reads : g_520 g_521 g_120 g_449.f1 g_864 g_449.f3 g_503.f3 g_503.f2 g_503.f6 g_572 g_248 g_212 g_748 g_749 g_255 g_1009 g_630 g_92 g_37 g_93 g_7 g_358 g_122 g_1025 g_741 g_108 g_1026 g_3 g_135 g_917 g_152.f2 g_768 g_923 g_152.f3 g_924 g_11 g_440 g_254 g_18
 * writes: g_449.f1 g_152.f2 g_212 g_503.f2 g_18 g_1025 g_37 g_449.f0 g_1027 g_3 g_135 g_449.f3 g_92 g_120 g_93 g_108 g_923 g_152.f3 g_440 g_630 g_319
 */
static struct S0  func_41(int8_t  p_42, uint8_t  p_43, int8_t  p_44, int32_t ** p_45, struct S0  p_46)
{ /* block id: 452 */
    uint32_t l_992 = 0xF5881570L;
    int32_t *l_993 = &g_449.f1;
    int64_t *l_994 = &g_152.f2;
    int32_t l_995 = 0x38A7F735L;
    uint32_t l_996 = 0xF8A6F7E9L;
    int16_t l_997 = 0L;
    const uint32_t **l_1003 = (void*)0;
    int32_t l_1046[7][8][4] = {{{(-1L),0xBBCD5C82L,(-1L),(-5L)},{0xC0838CEAL,0xED6B0188L,0x1BA0CAF0L,(-9L)},{0x8ADE24A0L,1L,0xC649632BL,0xED6B0188L},{0xA5007BB7L,0L,0xC649632BL,(-5L)},{0x8ADE24A0L,3L,0x1BA0CAF0L,0xCB4A6B44L},{0xC0838CEAL,3L,(-1L),0x8ADE24A0L},{(-1L),0x8ADE24A0L,0x86EE840CL,0x04ADF382L},{0xB19C06FDL,0xDC0CD24DL,0L,0xB19C06FDL}},{{0L,0xC6C1B20DL,0xB9AB61BCL,3L},{1L,0L,0xC7CCBE0DL,3L},{0x61B262C3L,0xA5C28051L,0x25D9F0F2L,1L},{0x882DE5A1L,0x86EE840CL,0x9306EB1AL,3L},{(-5L),0x36DBF92AL,0x2BEA50DFL,0xC7CCBE0DL},{0L,0xDC0CD24DL,(-1L),0xD19AE849L},{0L,0xE7E93D62L,0xB90DF9D6L,0x8ADE24A0L},{(-1L),1L,0x36456670L,0x674AD877L}},{{(-9L),3L,(-9L),0xDC0CD24DL},{0xD19AE849L,0xD937AED7L,3L,0xED6B0188L},{0x04ADF382L,0x61B262C3L,0x674AD877L,1L},{(-9L),0xED6B0188L,0x4806CA7DL,0L},{0xD5307FE8L,(-1L),5L,0xC649632BL},{1L,0xC6C1B20DL,(-1L),(-1L)},{3L,3L,0L,1L},{0x04ADF382L,1L,0x6C6AC293L,0x9306EB1AL}},{{0x1BA0CAF0L,0x2BEA50DFL,0xB61CEF2FL,0x6C6AC293L},{0xB90DF9D6L,0x2BEA50DFL,0L,0x9306EB1AL},{0x2BEA50DFL,1L,(-5L),1L},{0x84463C63L,3L,(-1L),(-1L)},{0x86EE840CL,0xC6C1B20DL,0xA5C28051L,0xC649632BL},{(-10L),(-1L),1L,3L},{(-5L),1L,1L,0L},{0xA5007BB7L,0xB90DF9D6L,0L,1L}},{{(-1L),1L,5L,0x04ADF382L},{0xB61CEF2FL,1L,1L,0xECA81DB0L},{0xC649632BL,(-1L),0xED6B0188L,0xA5007BB7L},{(-10L),0xB61CEF2FL,0x4806CA7DL,(-2L)},{0x84295D98L,0x04ADF382L,(-1L),0x84295D98L},{1L,0x9306EB1AL,(-1L),0x674AD877L},{0x2BEA50DFL,0x4806CA7DL,0x84295D98L,(-1L)},{(-6L),(-5L),0xB61CEF2FL,0xEDD18ECCL}},{{0xD937AED7L,0x36456670L,0xB19C06FDL,0x674AD877L},{0x04ADF382L,0x9DB28497L,0x1BA0CAF0L,0x86EE840CL},{8L,0x04ADF382L,(-1L),0x9B38566FL},{0xB9AB61BCL,0xA5007BB7L,0x36DBF92AL,0xA5007BB7L},{0xD5307FE8L,0xEDD18ECCL,0xC2A2E296L,3L},{0L,1L,0xECA81DB0L,(-1L)},{(-2L),0xB9AB61BCL,(-1L),1L},{(-2L),(-6L),0xECA81DB0L,(-5L)}},{{0L,1L,0xC2A2E296L,8L},{0xD5307FE8L,(-5L),0x36DBF92AL,0xC649632BL},{0xB9AB61BCL,5L,(-1L),0xE99968A0L},{8L,3L,0x1BA0CAF0L,0xB4AECEF4L},{0x04ADF382L,(-10L),0xB19C06FDL,0x9306EB1AL},{0xD937AED7L,(-10L),0xB61CEF2FL,0xC7CCBE0DL},{(-6L),0x2BEA50DFL,0x84295D98L,0x9DB28497L},{0x2BEA50DFL,(-10L),(-1L),1L}}};
    struct S0 l_1090 = {0x8308C92718EAE3A5LL,-1L,-3L,9L,0xAB065FBFL,-158,18};
    int32_t *l_1184[3][8][4] = {{{(void*)0,&g_152.f1,&g_449.f1,&l_1046[0][1][1]},{&l_1046[0][1][1],(void*)0,&g_152.f1,&g_152.f1},{(void*)0,&g_152.f1,&g_152.f1,(void*)0},{&l_1046[0][1][1],&l_1046[0][1][1],&g_449.f1,&g_7},{(void*)0,&g_7,&g_7,&g_919},{&g_7,&g_919,&g_919,&g_919},{&g_152.f1,&g_7,(void*)0,&g_7},{&g_503.f1,&l_1046[0][1][1],&g_919,(void*)0}},{{(void*)0,&g_152.f1,&g_152.f1,&g_152.f1},{(void*)0,(void*)0,&g_919,&l_1046[0][1][1]},{&g_503.f1,&g_152.f1,(void*)0,&l_1046[0][1][1]},{&g_152.f1,(void*)0,&g_919,&g_919},{&g_152.f1,&l_1046[0][1][1],&g_152.f1,&g_7},{&l_1046[0][1][1],&g_152.f1,&g_919,&l_1046[0][1][1]},{&l_1046[0][1][1],&g_919,(void*)0,&g_152.f1},{(void*)0,(void*)0,(void*)0,(void*)0}},{{&l_1046[0][1][1],&g_7,&g_919,&g_152.f1},{&l_1046[0][1][1],&g_449.f1,&g_152.f1,(void*)0},{&g_152.f1,(void*)0,&g_503.f1,(void*)0},{(void*)0,&g_449.f1,&g_919,&g_152.f1},{&g_7,&g_7,(void*)0,(void*)0},{&g_919,(void*)0,&g_152.f1,&g_152.f1},{&g_919,&g_919,(void*)0,&l_1046[0][1][1]},{&g_7,&g_152.f1,&g_919,&g_7}}};
    int i, j, k;
    if ((l_997 = ((safe_lshift_func_uint8_t_u_u((p_42 < ((+(-2L)) != (safe_div_func_int64_t_s_s((p_46.f0 < (safe_mod_func_int8_t_s_s((safe_mod_func_int8_t_s_s((safe_sub_func_int64_t_s_s(((*l_994) = (safe_sub_func_int64_t_s_s(((**g_520) & p_46.f3), (((safe_rshift_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_u(p_46.f2, 11)) == ((safe_sub_func_uint8_t_u_u(p_46.f5, (safe_rshift_func_int8_t_s_s(((~((0x72AF1C0EL <= ((*l_993) &= l_992)) > 1UL)) && p_46.f3), 6)))) && (*g_864))), l_992)) != g_503.f2) >= 0x88L)))), g_503.f6)), l_995)), g_572[2][0]))), l_996)))), 3)) == g_248)))
    { /* block id: 456 */
        int8_t *l_1014 = &g_120[0];
        int32_t l_1015 = 0xACE6DA15L;
        uint16_t ** const l_1037 = &g_211;
        struct S0 l_1040 = {1UL,1L,0L,-7L,-8L,93,20};
        int32_t **l_1061 = &g_93;
        uint32_t l_1071 = 0UL;
        for (g_212 = (-7); (g_212 != 50); ++g_212)
        { /* block id: 459 */
            int16_t l_1000 = 0x2C45L;
            const uint32_t *l_1006[7][5] = {{&g_255[1],&g_255[1],&g_83[1][0],&g_630,(void*)0},{(void*)0,&g_255[1],(void*)0,&g_255[1],(void*)0},{(void*)0,&g_630,&g_83[1][0],&g_255[1],&g_255[1]},{&l_996,&g_255[1],&l_996,&l_996,&l_996},{(void*)0,&g_255[1],&g_630,&g_630,&g_255[1]},{(void*)0,&l_996,(void*)0,&l_996,(void*)0},{&g_255[1],&g_630,&g_630,&g_255[1],(void*)0}};
            const uint32_t **l_1005 = &l_1006[0][2];
            uint8_t * const **l_1021 = (void*)0;
            int32_t * const **l_1036 = (void*)0;
            int i, j;
            if (((l_1000 <= ((**g_748) >= 0xCA56DD80L)) < l_1000))
            { /* block id: 460 */
                const uint32_t ***l_1004 = &l_1003;
                const uint32_t **l_1007[5][5] = {{&l_1006[0][1],&l_1006[0][2],&l_1006[1][2],&l_1006[0][2],&l_1006[0][1]},{&l_1006[1][2],(void*)0,&l_1006[1][2],&l_1006[1][2],(void*)0},{&l_1006[0][1],(void*)0,&l_1006[0][2],&l_1006[0][2],&l_1006[0][2]},{(void*)0,(void*)0,&l_1006[0][4],(void*)0,(void*)0},{&l_1006[0][2],&l_1006[0][2],&l_1006[0][2],(void*)0,&l_1006[0][1]}};
                int32_t l_1008[5];
                const int8_t *l_1013[10][10][1] = {{{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324}},{{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324}},{{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324}},{{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324}},{{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324}},{{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324}},{{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324}},{{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324}},{{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324}},{{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324},{&g_120[0]},{&g_324}}};
                int32_t l_1022 = 0xEEBFC6BFL;
                const uint16_t *l_1039 = &g_15;
                const uint16_t **l_1038 = &l_1039;
                int i, j, k;
                for (i = 0; i < 5; i++)
                    l_1008[i] = 0xDCDBB833L;
                if ((safe_rshift_func_int16_t_s_u((((*l_1004) = l_1003) == (l_1007[0][1] = l_1005)), 6)))
                { /* block id: 463 */
                    int32_t *** const l_1012[8] = {&g_92,&g_92,&g_92,&g_92,&g_92,&g_92,&g_92,&g_92};
                    int i;
                    (*l_993) = ((l_1008[3] , g_1009[2]) , (safe_sub_func_uint32_t_u_u(((((((void*)0 != l_1012[7]) != ((g_630 , ((**g_92) | (((g_358 , l_1013[5][3][0]) == l_1014) || p_46.f5))) || p_42)) > 4294967289UL) && l_1015) ^ (**g_520)), 0L)));
                    for (g_503.f2 = 11; (g_503.f2 < (-11)); g_503.f2 = safe_sub_func_int64_t_s_s(g_503.f2, 2))
                    { /* block id: 467 */
                        uint16_t l_1018[7][10] = {{0x6306L,0UL,0UL,0x6306L,0xBD29L,0xD77BL,2UL,65530UL,2UL,0xD77BL},{6UL,0UL,0xBD29L,0UL,6UL,1UL,0UL,2UL,2UL,0UL},{65530UL,1UL,0x6306L,0x6306L,1UL,65530UL,0x404CL,0UL,6UL,0UL},{0UL,0x6306L,6UL,2UL,6UL,0x6306L,0UL,0x404CL,0xD77BL,0xD77BL},{0UL,0xD77BL,65530UL,0xBD29L,0xBD29L,65530UL,0xD77BL,0UL,1UL,0x404CL},{65530UL,0xD77BL,0UL,1UL,0x404CL,1UL,0UL,0xD77BL,65530UL,0xBD29L},{6UL,0x6306L,0UL,0x404CL,0xD77BL,0xD77BL,0x404CL,0UL,0x6306L,6UL}};
                        int i, j;
                        --l_1018[4][8];
                        (*l_993) = (l_1022 &= ((void*)0 == l_1021));
                        return p_46;
                    }
                    g_18 = ((*l_993) = (*g_93));
                }
                else
                { /* block id: 475 */
                    const int32_t ****l_1028 = &g_1025;
                    uint16_t *l_1035 = &g_212;
                    (*l_993) = ((((safe_add_func_uint16_t_u_u(((g_122 , func_32(l_1022)) == ((*p_45) = func_32((((((((*l_1028) = g_1025) != (((((((safe_sub_func_int8_t_s_s((**g_520), ((0xDD019EFCB16D4CC7LL < ((void*)0 != &p_43)) & (safe_mul_func_int8_t_s_s((p_42 = ((((safe_div_func_uint8_t_u_u(p_46.f0, 8L)) != p_44) != p_46.f0) , (*g_521))), (*g_521)))))) , l_1035) != (void*)0) <= p_46.f1) , &l_1022) == &l_1022) , l_1036)) , (*g_741)) , l_1037) == l_1038) == p_46.f6)))), (*g_741))) == 0x3A7CL) ^ l_1008[3]) | (*g_864));
                }
                return l_1040;
            }
            else
            { /* block id: 482 */
                uint32_t l_1044[2];
                int32_t l_1050 = 0x9BF2A992L;
                int64_t *l_1068 = &g_449.f2;
                int i;
                for (i = 0; i < 2; i++)
                    l_1044[i] = 0x68E3E37EL;
                for (g_449.f0 = 0; (g_449.f0 == 42); g_449.f0 = safe_add_func_uint8_t_u_u(g_449.f0, 6))
                { /* block id: 485 */
                    (**g_1025) = (*p_45);
                }
                if (((*l_993) = (~l_1040.f0)))
                { /* block id: 489 */
                    uint64_t l_1047 = 0UL;
                    if (l_1044[1])
                    { /* block id: 490 */
                        int32_t *l_1045[1];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_1045[i] = &g_449.f1;
                        l_1047--;
                        if ((**p_45))
                            break;
                        return p_46;
                    }
                    else
                    { /* block id: 494 */
                        (**g_1025) = (void*)0;
                    }
                    l_1050 = l_1044[0];
                }
                else
                { /* block id: 498 */
                    (*l_993) = (+p_43);
                }
                for (g_3 = (-20); (g_3 == 5); g_3 = safe_add_func_int64_t_s_s(g_3, 6))
                { /* block id: 503 */
                    return p_46;
                }
                for (g_135 = 0; (g_135 != 40); g_135++)
                { /* block id: 508 */
                    uint32_t l_1067 = 0xB0DDFA12L;
                    int8_t l_1087 = 0x52L;
                    for (g_449.f3 = (-11); (g_449.f3 <= (-2)); g_449.f3 = safe_add_func_uint16_t_u_u(g_449.f3, 2))
                    { /* block id: 511 */
                        int32_t l_1058 = 0xAF6EEEDFL;
                        int32_t ***l_1062 = &g_92;
                        int32_t *l_1072 = &l_1046[5][1][0];
                        l_1058 |= (**p_45);
                        (*l_993) ^= (safe_add_func_int64_t_s_s(g_358, ((((&l_1006[3][3] == (void*)0) , l_1061) == ((*l_1062) = &g_93)) || (**l_1061))));
                        if (l_1044[1])
                            break;
                        (*l_1072) &= (0x63BDF969CD6A72A0LL & ((p_46 , ((p_46.f4 && ((safe_sub_func_int32_t_s_s((((*g_37) != p_46.f4) ^ (l_1067 < (&g_922[1][5][2] != l_1068))), (safe_add_func_int32_t_s_s((*l_993), (**p_45))))) > (**p_45))) || 2UL)) || l_1071));
                    }
                    if ((safe_div_func_int32_t_s_s((**p_45), 0x1D668A62L)))
                    { /* block id: 518 */
                        uint32_t ****l_1076 = (void*)0;
                        uint32_t *****l_1075 = &l_1076;
                        (*l_1075) = (void*)0;
                        (*l_993) = (**g_92);
                    }
                    else
                    { /* block id: 521 */
                        if ((**p_45))
                            break;
                        (*l_993) = ((249UL == ((*l_993) , (safe_rshift_func_int16_t_s_u((18446744073709551607UL < (((**g_748) & (safe_mod_func_int32_t_s_s(l_1050, 1L))) && ((((*l_1014) &= ((p_46.f0 & (safe_rshift_func_int16_t_s_u((safe_mod_func_int16_t_s_s(((**p_45) , (safe_add_func_uint8_t_u_u(g_917, 0x33L))), l_1087)), p_46.f3))) >= p_42)) != 0x15L) , (*g_521)))), (*g_741))))) > (-9L));
                    }
                }
            }
            for (g_152.f2 = (-22); (g_152.f2 == 22); g_152.f2++)
            { /* block id: 530 */
                (*l_993) = 0x5F68C43CL;
                return l_1090;
            }
            (*g_92) = (*l_1061);
        }
    }
    else
    { /* block id: 536 */
        uint8_t l_1113 = 0x71L;
        int32_t l_1115[8] = {0L,0x9A8F4C7DL,0L,0L,0x9A8F4C7DL,0L,0L,0x9A8F4C7DL};
        uint64_t l_1155 = 0x95C31314A781CD05LL;
        uint8_t *l_1172 = &g_440[1][0];
        int32_t l_1179 = 0xCC8F8694L;
        uint32_t *l_1180[1][1];
        int64_t *l_1181 = (void*)0;
        int64_t *l_1182 = (void*)0;
        int32_t l_1183 = (-3L);
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_1180[i][j] = &g_630;
        }
        if ((safe_mod_func_uint32_t_u_u(((safe_lshift_func_uint8_t_u_s(g_768, 4)) <= ((l_1115[4] = (((safe_rshift_func_uint16_t_u_s(((safe_rshift_func_int16_t_s_u(((safe_add_func_int64_t_s_s(((~(!(safe_mod_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(((*g_741) = 0x27F7L), ((safe_add_func_int32_t_s_s((safe_div_func_int16_t_s_s((p_46.f3 , 0x36C1L), (*g_864))), (**p_45))) | (safe_rshift_func_int8_t_s_s(l_1113, 1))))), (*g_864))))) , (!0L)), 0x53DF6357B9CA8446LL)) != l_1113), 12)) && (*g_749)), 13)) > 0x3665L) ^ (**p_45))) == l_1113)), (*l_993))))
        { /* block id: 539 */
            uint64_t l_1118 = 18446744073709551615UL;
            uint16_t *l_1122 = &g_240;
            uint32_t l_1127 = 1UL;
            int32_t l_1137 = 1L;
            int32_t l_1138 = (-4L);
            int32_t l_1143 = 0xC2BA0040L;
            int32_t l_1144 = 7L;
            if ((&p_45 == (void*)0))
            { /* block id: 540 */
                const uint16_t l_1119 = 0x8538L;
                uint8_t *l_1123 = &g_135;
                if ((safe_rshift_func_int8_t_s_u((l_1118 == (((((*l_1123) = (((l_1119 < (safe_add_func_int8_t_s_s((l_1115[5] && (p_46.f1 >= ((**g_748) , (p_46.f0 , (**g_520))))), l_1113))) <= ((l_1118 , (void*)0) != l_1122)) && 0UL)) && p_46.f1) , p_43) | l_1118)), 1)))
                { /* block id: 542 */
                    int32_t *l_1124 = (void*)0;
                    int32_t *l_1125 = &l_1115[4];
                    int32_t *l_1126[9];
                    struct S0 l_1130 = {0xB04394909BD807B5LL,1L,0L,-7L,0x2A066D11L,201,1};
                    int i;
                    for (i = 0; i < 9; i++)
                        l_1126[i] = &g_152.f1;
                    ++l_1127;
                    if (l_1090.f6)
                        goto lbl_1148;
                    return l_1130;
                }
                else
                { /* block id: 545 */
                    (*g_1026) = func_32((&g_1026 != (void*)0));
                }
            }
            else
            { /* block id: 548 */
                int32_t l_1136 = (-6L);
                int32_t l_1140 = (-9L);
                int16_t l_1141 = (-1L);
                int32_t l_1142[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_1142[i] = (-1L);
                for (g_923 = 0; (g_923 >= (-16)); g_923 = safe_sub_func_int64_t_s_s(g_923, 9))
                { /* block id: 551 */
                    int32_t l_1139[9] = {0x90113A5CL,0xD8E88BE1L,0xD8E88BE1L,0x90113A5CL,0xD8E88BE1L,0xD8E88BE1L,0x90113A5CL,0xD8E88BE1L,0xD8E88BE1L};
                    int i;
                    for (g_152.f3 = 0; (g_152.f3 < 1); g_152.f3++)
                    { /* block id: 554 */
                        int32_t *l_1135[4][5][6] = {{{&g_185,&g_185,&l_1046[0][1][1],&g_185,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,&g_449.f1,&l_1115[4]},{&l_1115[5],(void*)0,&g_449.f1,&g_449.f1,(void*)0,&g_185},{&g_185,&g_185,&l_1115[3],&l_1115[4],(void*)0,&l_1046[0][1][1]},{&g_152.f1,(void*)0,(void*)0,&g_152.f1,&g_449.f1,&l_1046[0][1][1]}},{{&g_919,(void*)0,(void*)0,&l_1115[5],(void*)0,(void*)0},{&l_1115[4],&g_185,&l_1115[4],&g_185,(void*)0,&g_449.f1},{&l_1115[6],(void*)0,&g_185,&l_1115[6],&g_449.f1,&l_1115[3]},{&g_449.f1,(void*)0,&l_1046[0][1][1],&g_919,(void*)0,(void*)0},{&g_185,&g_185,&l_1046[0][1][1],&g_185,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,&g_449.f1,&l_1115[4]},{&l_1115[5],(void*)0,&g_449.f1,&g_449.f1,(void*)0,&g_185},{&g_185,&g_185,&l_1115[3],&l_1115[4],(void*)0,&g_152.f1},{(void*)0,&l_1046[0][1][0],&g_152.f1,(void*)0,(void*)0,&l_1090.f1},{&l_1115[3],&l_1046[0][1][0],&g_7,&l_1115[4],&g_7,&l_1046[0][1][0]}},{{(void*)0,&g_449.f1,&g_185,&g_449.f1,&g_7,(void*)0},{&g_185,&l_1046[0][1][0],&g_449.f1,&g_185,(void*)0,(void*)0},{&l_1046[0][1][1],&l_1046[0][1][0],&g_152.f1,&l_1115[3],&g_7,&g_152.f1},{&g_449.f1,&g_449.f1,&l_1090.f1,&l_1046[0][1][1],&g_7,&g_7},{(void*)0,&l_1046[0][1][0],&l_1046[0][1][0],(void*)0,(void*)0,&g_185}}};
                        uint16_t l_1145 = 0xF508L;
                        int i, j, k;
                        l_1145--;
                        (*l_993) &= (**p_45);
                    }
                    if ((**g_92))
                        break;
                    if ((**p_45))
                        break;
                    if (l_1141)
                        break;
                }
                (*p_45) = func_32(g_924[1]);
            }
        }
        else
        { /* block id: 564 */
            return l_1090;
        }
lbl_1148:
        (*g_1026) = (*p_45);
        l_993 = (((safe_sub_func_uint16_t_u_u(((l_1183 |= ((*l_993) = (safe_div_func_int8_t_s_s(((*g_521) = (l_1155 && (g_319 = (1UL == ((((**g_520) >= ((((*l_994) = ((safe_div_func_int32_t_s_s((((safe_lshift_func_uint8_t_u_u((((safe_mul_func_uint16_t_u_u(((g_630 |= (((*g_741) = (l_1179 &= (((g_135 > (safe_mul_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s((safe_mod_func_uint64_t_u_u((safe_rshift_func_int16_t_s_s(l_1115[4], (((safe_mul_func_int8_t_s_s(((p_46.f4 , g_11) >= ((*l_1172)--)), (((safe_add_func_int16_t_s_s(((p_46 , ((((((safe_sub_func_int16_t_s_s(0xDB0FL, 0xFB42L)) == p_46.f3) ^ l_1115[4]) , p_46.f5) , (*g_520)) == (void*)0)) , (*g_864)), (*g_864))) && 0xB7L) , 0x08L))) != 0xD107L) , (*g_864)))), 18446744073709551607UL)), p_46.f2)), (*g_864)))) <= l_1113) >= 1UL))) , (*g_749))) | (*g_749)), 0xCB99L)) != (-4L)) , g_572[1][3]), g_152.f3)) != 0xEAL) == (**g_748)), (*l_993))) ^ (*l_993))) > g_7) , (**g_520))) != g_254[0][3]) , p_43))))), 7L)))) , 0x9F71L), p_46.f0)) ^ (*g_864)) , (*p_45));
    }
    g_449.f1 = (g_18 |= (*l_993));
    p_46.f1 = (**g_92);
    return l_1090;
}


/* ------------------------------------------ */
/* 
 * reads : g_449.f2 g_630 g_92 g_37 g_93 g_520 g_521 g_120 g_7 g_18 g_15 g_185 g_741 g_212 g_135 g_572 g_152.f3 g_152.f6
 * writes: g_449.f2 g_630 g_449.f1 g_115 g_735 g_120 g_864 g_324 g_503.f3 g_108 g_503.f1 g_18 g_135 g_602
 */
static int8_t  func_54(const int64_t  p_55, int64_t  p_56, int8_t  p_57, uint16_t * p_58)
{ /* block id: 287 */
    int32_t l_627[1];
    int32_t **l_662 = (void*)0;
    struct S0 l_681 = {1UL,0L,0L,1L,0x24F4D39CL,-226,20};
    int16_t l_697[9][8] = {{6L,9L,0x02EDL,0xAF3BL,4L,0x9E3EL,1L,4L},{0xAF3BL,0x7D9AL,0x9B70L,0xAF3BL,0x0D5CL,0xEACAL,0x0D5CL,0xAF3BL},{0L,0x0D5CL,0L,0x9E3EL,0x7BC2L,0x02EDL,0x9E3EL,0x7D9AL},{0x0D5CL,1L,0x02EDL,6L,5L,4L,0x7BC2L,1L},{0x0D5CL,0x7D9AL,0x6453L,0x7BC2L,0x7BC2L,0x6453L,0x7D9AL,0x0D5CL},{0L,0xAF3BL,1L,4L,0x0D5CL,9L,0L,0x7D9AL},{0xAF3BL,4L,0x9E3EL,1L,4L,9L,0x7BC2L,9L},{6L,0xAF3BL,(-3L),0xAF3BL,6L,0x6453L,1L,6L},{9L,0x7D9AL,0L,9L,0x0D5CL,4L,1L,0xAF3BL}};
    uint64_t *l_722 = &l_681.f0;
    uint16_t *l_740 = (void*)0;
    const uint32_t *l_777[4][5][8] = {{{&g_630,&g_83[0][0],&g_83[1][0],&g_83[0][0],(void*)0,(void*)0,(void*)0,&g_83[0][0]},{(void*)0,&g_630,(void*)0,&g_255[1],&g_255[1],(void*)0,&g_83[1][0],&g_83[1][0]},{&g_83[1][0],&g_83[0][0],&g_630,&g_630,&g_83[2][0],&g_83[1][0],&g_255[1],&g_255[1]},{&g_83[1][0],&g_630,&g_255[1],&g_83[0][0],&g_255[1],&g_83[0][0],&g_255[1],&g_630},{(void*)0,&g_83[0][0],&g_83[1][0],&g_83[0][0],(void*)0,&g_255[1],&g_83[2][0],&g_255[1]}},{{&g_630,&g_255[1],(void*)0,&g_630,(void*)0,&g_630,&g_83[2][0],&g_83[1][0]},{&g_255[1],&g_630,&g_83[1][0],&g_255[1],&g_83[1][0],&g_630,&g_255[1],&g_83[0][0]},{&g_83[1][0],&g_630,&g_255[1],&g_83[0][0],&g_83[1][0],&g_630,&g_255[1],&g_83[0][0]},{(void*)0,&g_255[1],&g_630,&g_83[1][0],&g_83[1][0],&g_255[1],&g_83[1][0],&g_255[1]},{&g_83[1][0],&g_83[0][0],(void*)0,&g_83[0][0],&g_83[1][0],&g_630,&g_83[2][0],&g_83[0][0]}},{{&g_255[3],(void*)0,(void*)0,&g_83[0][0],&g_83[2][0],&g_83[1][0],&g_83[1][0],&g_630},{(void*)0,&g_630,(void*)0,&g_630,&g_83[2][0],&g_83[1][0],&g_83[2][0],&g_630},{&g_83[2][0],&g_83[0][0],&g_83[2][0],&g_83[0][0],&g_83[1][0],&g_83[1][0],(void*)0,&g_83[1][0]},{(void*)0,&g_630,(void*)0,&g_255[1],&g_630,&g_83[1][0],&g_83[1][0],&g_255[1]},{(void*)0,(void*)0,&g_255[3],&g_630,&g_83[1][0],&g_630,&g_255[3],(void*)0}},{{&g_83[2][0],&g_630,&g_83[1][0],&g_630,&g_83[2][0],&g_83[0][0],&g_255[1],&g_255[1]},{(void*)0,&g_255[1],&g_83[2][0],&g_255[1],&g_83[2][0],(void*)0,&g_255[1],&g_83[1][0]},{&g_255[3],&g_255[1],&g_83[1][0],&g_83[0][0],&g_83[1][0],&g_255[1],&g_255[3],&g_630},{&g_83[1][0],&g_255[1],&g_255[3],&g_630,&g_83[1][0],(void*)0,&g_83[1][0],&g_630},{&g_83[2][0],&g_255[1],(void*)0,&g_83[0][0],&g_83[1][0],&g_83[0][0],(void*)0,&g_83[0][0]}}};
    const uint32_t **l_776 = &l_777[3][4][1];
    const uint32_t ***l_775 = &l_776;
    int32_t *l_851 = &g_18;
    uint64_t **l_860 = &l_722;
    int16_t *l_863 = &g_503.f3;
    int8_t *l_865 = (void*)0;
    int32_t *l_866 = &g_503.f1;
    uint64_t l_942 = 0x2D0176E521D52D98LL;
    int32_t l_957[9][7] = {{0x9B988693L,0xDCB0E219L,6L,0x4F6423E4L,(-10L),(-4L),(-10L)},{0xC2D10530L,0xDCB0E219L,0xDCB0E219L,0xC2D10530L,(-1L),0x2F166899L,0x2CA546A6L},{0xC98DF27DL,0x8153B3D2L,0L,2L,0L,(-1L),1L},{1L,0x64EC272AL,(-1L),1L,0x9B988693L,0xAC913712L,0x2CA546A6L},{(-1L),(-4L),0x4ECD4C60L,3L,1L,0x8153B3D2L,(-10L)},{6L,0L,1L,0x813437B3L,1L,0L,6L},{0x2CA546A6L,1L,0L,0xD24D4C40L,0x9B988693L,0x4F6423E4L,0xDCB0E219L},{3L,(-1L),0x469E8CA8L,6L,0L,0xDCB0E219L,0x4F6423E4L},{0x64EC272AL,0x4D43B56BL,0L,(-4L),(-1L),6L,0L}};
    uint8_t **l_965 = (void*)0;
    uint8_t ***l_964 = &l_965;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_627[i] = 0x7CFD41BEL;
    for (g_449.f2 = (-2); (g_449.f2 <= (-26)); g_449.f2 = safe_sub_func_uint16_t_u_u(g_449.f2, 7))
    { /* block id: 290 */
        int8_t l_613 = 0L;
        int32_t l_622 = 0x3A6CF394L;
        int32_t l_628 = 0x321F08B9L;
        int32_t l_629[2];
        uint32_t *l_650 = &g_83[1][0];
        uint32_t *l_653 = &g_630;
        int32_t ***l_659 = &g_92;
        struct S0 l_678 = {0x05982F5A0C9A96D5LL,0L,1L,-1L,0L,-15,15};
        uint16_t * const *l_708 = &g_211;
        uint32_t l_841[8];
        int i;
        for (i = 0; i < 2; i++)
            l_629[i] = 0L;
        for (i = 0; i < 8; i++)
            l_841[i] = 5UL;
        for (p_56 = 1; (p_56 >= 0); p_56 -= 1)
        { /* block id: 293 */
            int32_t *l_614 = &g_503.f1;
            int32_t *l_615 = &g_449.f1;
            int32_t *l_616 = &g_503.f1;
            int32_t *l_617 = (void*)0;
            int32_t *l_618 = &g_503.f1;
            int32_t *l_619 = &g_185;
            int32_t *l_620 = &g_185;
            int32_t l_621 = (-9L);
            int32_t *l_623 = &g_185;
            int32_t *l_624 = (void*)0;
            int32_t *l_625 = &g_449.f1;
            int32_t *l_626[10][7][3] = {{{&l_622,&g_503.f1,&g_449.f1},{(void*)0,&g_152.f1,&g_7},{(void*)0,&g_7,&g_7},{&l_621,(void*)0,&l_621},{(void*)0,&g_449.f1,&g_503.f1},{(void*)0,&g_503.f1,(void*)0},{&g_503.f1,&g_152.f1,&g_152.f1}},{{(void*)0,&g_503.f1,&g_152.f1},{&l_621,&g_449.f1,&l_622},{&g_7,(void*)0,&g_503.f1},{(void*)0,&g_7,&g_18},{(void*)0,&g_152.f1,(void*)0},{&g_152.f1,&g_503.f1,(void*)0},{&g_449.f1,&g_152.f1,&g_7}},{{&g_152.f1,&g_7,&l_621},{(void*)0,(void*)0,(void*)0},{(void*)0,&g_152.f1,&g_185},{&l_621,&g_503.f1,&g_185},{&l_621,&l_621,(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,&g_503.f1,(void*)0}},{{&g_503.f1,(void*)0,&l_622},{(void*)0,&g_18,&l_621},{(void*)0,&g_503.f1,(void*)0},{&g_7,&g_449.f1,&g_152.f1},{&g_152.f1,&g_152.f1,&l_621},{&g_7,(void*)0,(void*)0},{&g_7,(void*)0,&g_449.f1}},{{&l_621,&g_152.f1,&l_621},{(void*)0,&g_7,&g_449.f1},{&l_622,&g_18,(void*)0},{(void*)0,&l_621,&l_621},{&l_621,&g_449.f1,&g_152.f1},{&g_503.f1,&l_622,(void*)0},{&l_622,&g_185,&l_621}},{{&g_152.f1,&l_621,&l_622},{(void*)0,(void*)0,(void*)0},{&g_152.f1,&g_7,(void*)0},{&g_18,&l_621,(void*)0},{&g_449.f1,&g_7,&g_185},{(void*)0,&g_7,&g_185},{&g_185,&l_621,(void*)0}},{{&l_622,&g_7,&l_621},{&g_7,(void*)0,&l_622},{&g_185,&l_621,(void*)0},{&g_449.f1,&g_185,(void*)0},{(void*)0,&l_622,&l_622},{&g_449.f1,&g_449.f1,&g_449.f1},{(void*)0,&l_621,&g_152.f1}},{{(void*)0,&g_18,&g_503.f1},{&g_503.f1,&g_7,&g_18},{&g_185,&g_152.f1,&l_621},{&g_503.f1,(void*)0,&g_152.f1},{(void*)0,(void*)0,&g_152.f1},{(void*)0,&g_152.f1,&g_449.f1},{&g_449.f1,&g_449.f1,&g_185}},{{(void*)0,&g_503.f1,(void*)0},{&g_449.f1,&g_18,&g_185},{&g_185,(void*)0,(void*)0},{&g_7,&g_503.f1,&g_152.f1},{&l_622,(void*)0,(void*)0},{&g_185,&l_621,&g_503.f1},{(void*)0,&g_503.f1,&g_503.f1}},{{&g_449.f1,&g_152.f1,(void*)0},{&g_18,(void*)0,&g_152.f1},{&g_152.f1,&g_185,(void*)0},{(void*)0,&g_503.f1,&g_185},{&g_152.f1,&g_449.f1,(void*)0},{&l_622,&g_18,&g_185},{&g_503.f1,&g_449.f1,&g_449.f1}}};
            struct S0 l_649 = {0x6E1BC07C09C41BAFLL,0x531C4131L,0xB7C64A19E6D4C108LL,-1L,-1L,-134,5};
            uint32_t **l_651 = (void*)0;
            uint32_t **l_652[8][7][4] = {{{(void*)0,&l_650,&l_650,&l_650},{&l_650,&l_650,(void*)0,&l_650},{&l_650,(void*)0,(void*)0,&l_650},{&l_650,(void*)0,(void*)0,(void*)0},{&l_650,&l_650,(void*)0,(void*)0},{&l_650,(void*)0,(void*)0,&l_650},{(void*)0,(void*)0,&l_650,&l_650}},{{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{(void*)0,&l_650,(void*)0,&l_650},{&l_650,(void*)0,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{(void*)0,&l_650,&l_650,&l_650}},{{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,(void*)0},{&l_650,(void*)0,(void*)0,(void*)0},{(void*)0,&l_650,&l_650,(void*)0},{&l_650,&l_650,&l_650,(void*)0},{&l_650,(void*)0,&l_650,(void*)0},{(void*)0,&l_650,&l_650,&l_650}},{{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{(void*)0,(void*)0,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650}},{{(void*)0,&l_650,(void*)0,&l_650},{&l_650,(void*)0,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{(void*)0,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,(void*)0}},{{&l_650,(void*)0,(void*)0,(void*)0},{(void*)0,&l_650,&l_650,(void*)0},{&l_650,&l_650,&l_650,(void*)0},{&l_650,(void*)0,&l_650,(void*)0},{(void*)0,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650}},{{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{(void*)0,(void*)0,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{(void*)0,&l_650,(void*)0,&l_650},{&l_650,(void*)0,&l_650,&l_650}},{{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{(void*)0,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650},{(void*)0,&l_650,&l_650,&l_650},{&l_650,(void*)0,&l_650,&l_650}}};
            uint64_t *l_654[5];
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_654[i] = &g_122;
            ++g_630;
        }
        l_851 = (**l_659);
        for (g_449.f1 = 0; g_449.f1 < 10; g_449.f1 += 1)
        {
            for (g_115 = 0; g_115 < 8; g_115 += 1)
            {
                g_735[g_449.f1][g_115] = &g_358;
            }
        }
    }
    (*l_866) = (0UL & (((*g_741) = (((**g_520) |= p_57) == (safe_rshift_func_int16_t_s_s(((*l_863) = (safe_mul_func_int16_t_s_s((0xFE5CL ^ (0xF087L && (safe_rshift_func_uint16_t_u_s((safe_rshift_func_uint8_t_u_u((&g_768 != ((*l_860) = l_722)), ((safe_add_func_int8_t_s_s((g_324 = ((g_864 = l_863) == (p_57 , (void*)0))), 0xB2L)) || (*l_851)))), 13)))), (*p_58)))), g_185)))) != p_57));
    l_866 = func_32(g_212);
    if (((safe_rshift_func_int16_t_s_u(p_56, 10)) && ((~p_55) , ((*l_851) || (*l_851)))))
    { /* block id: 407 */
        g_18 = p_55;
    }
    else
    { /* block id: 409 */
        int32_t *l_870 = &l_627[0];
        struct S0 **l_879 = &g_502[2][0][1];
        const int16_t l_884 = (-8L);
        uint8_t *l_896 = &g_602;
        uint8_t ** const l_895 = &l_896;
        int32_t l_907 = (-1L);
        int32_t l_916[9];
        int8_t ***l_949[7];
        int32_t **l_967 = &l_851;
        int32_t **l_968 = &l_866;
        int i;
        for (i = 0; i < 9; i++)
            l_916[i] = 0xE05A06DEL;
        for (i = 0; i < 7; i++)
            l_949[i] = &g_520;
        (*l_870) = ((*l_851) , p_55);
        for (g_135 = 0; (g_135 > 34); ++g_135)
        { /* block id: 413 */
            uint64_t l_885 = 0UL;
            uint8_t *l_886 = &g_602;
            int32_t l_887[7] = {(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L)};
            int32_t l_888[7][3] = {{1L,0x2BFCCB80L,1L},{1L,0x2BFCCB80L,1L},{1L,0x2BFCCB80L,1L},{1L,0x2BFCCB80L,1L},{1L,0x2BFCCB80L,1L},{1L,0x2BFCCB80L,1L},{1L,0x2BFCCB80L,1L}};
            const int8_t l_941 = 0L;
            int32_t l_943 = 1L;
            int8_t ***l_948 = &g_520;
            uint32_t * const l_959 = (void*)0;
            int32_t *l_966[6][2] = {{(void*)0,&l_681.f1},{&l_681.f1,(void*)0},{&l_681.f1,&l_681.f1},{(void*)0,&l_681.f1},{&l_681.f1,(void*)0},{&l_681.f1,&l_681.f1}};
            int i, j;
            l_888[2][0] = (((((((safe_lshift_func_int8_t_s_u((safe_sub_func_uint8_t_u_u(((((safe_sub_func_uint16_t_u_u((((l_681 , l_879) == l_879) >= (l_887[6] = ((safe_rshift_func_uint8_t_u_s(((*l_886) = (((((safe_mul_func_int16_t_s_s(((((**g_520) | (*l_851)) > (((*l_870) || (g_572[1][3] && ((l_870 != &l_627[0]) > p_55))) == (*p_58))) || 4UL), p_57)) , g_630) < l_884) < l_885) >= p_55)), 4)) , l_885))), (*l_870))) > l_885) >= 0x58C6L) != l_885), (*l_866))), l_885)) | 18446744073709551608UL) | 0x0EB62C7BL) | (*l_866)) > g_152.f3) != p_57) >= g_152.f6);
            for (g_503.f3 = (-7); (g_503.f3 < (-2)); g_503.f3 = safe_add_func_int16_t_s_s(g_503.f3, 4))
            { /* block id: 419 */
                return p_56;
            }
        }
        (*l_968) = ((*l_967) = (*g_92));
    }
    return (**g_520);
}


/* ------------------------------------------ */
/* 
 * reads : g_185 g_152.f2 g_152.f1
 * writes: g_185 g_152.f2 g_108 g_152.f1
 */
static int32_t  func_64(int32_t * p_65, uint32_t  p_66, uint16_t * p_67, uint16_t  p_68)
{ /* block id: 171 */
    int16_t l_370 = 0xBB57L;
    uint32_t l_396[3][2];
    int8_t *l_413 = &g_324;
    uint64_t l_482[5];
    int8_t **l_519 = &l_413;
    int32_t l_523 = 1L;
    int32_t l_536 = 0xB49DE33BL;
    uint32_t l_548 = 0xE444E603L;
    int32_t l_598 = 0x7F092E89L;
    int32_t l_601 = 0xF7BCEEB5L;
    int32_t *l_605 = (void*)0;
    int32_t *l_606[4][4][2] = {{{&g_18,&g_18},{&g_18,&g_18},{&g_18,&g_18},{&g_18,&g_18}},{{&g_18,&g_18},{&g_18,&g_18},{&g_18,&g_18},{&g_18,&g_18}},{{&g_18,&g_18},{&g_18,&g_18},{&g_18,&g_18},{&g_18,&g_18}},{{&g_18,&g_18},{&g_18,&g_18},{&g_18,&g_18},{&g_18,&g_18}}};
    uint32_t l_607 = 1UL;
    int i, j, k;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_396[i][j] = 2UL;
    }
    for (i = 0; i < 5; i++)
        l_482[i] = 0xE3348C879100C95CLL;
    for (g_185 = (-16); (g_185 < (-9)); g_185 = safe_add_func_uint16_t_u_u(g_185, 5))
    { /* block id: 174 */
        return (*p_65);
    }
    for (g_152.f2 = (-11); (g_152.f2 >= (-8)); g_152.f2 = safe_add_func_int8_t_s_s(g_152.f2, 6))
    { /* block id: 179 */
        int32_t l_368[8][10] = {{0x00FB4A79L,(-10L),0x3A0959B9L,(-9L),0x2C2B45EAL,0xA615C0B6L,0xD9B4F41DL,0xA615C0B6L,0x2C2B45EAL,(-9L)},{0xCC205E85L,0x00FB4A79L,0xCC205E85L,7L,0L,7L,0x2C2B45EAL,6L,(-9L),0L},{0L,7L,(-10L),0xD9B4F41DL,6L,0L,0L,6L,0xD9B4F41DL,(-10L)},{0x3A0959B9L,0x3A0959B9L,0xCC205E85L,2L,(-9L),0x00FB4A79L,0L,0xA615C0B6L,6L,6L},{0L,0x2C2B45EAL,0x3A0959B9L,3L,0L,0L,0L,3L,0x3A0959B9L,0x2C2B45EAL},{6L,0x3A0959B9L,0xD9B4F41DL,0L,6L,7L,0L,0L,2L,0xA615C0B6L},{2L,7L,0L,0x2C2B45EAL,7L,7L,0x2C2B45EAL,0L,7L,2L},{6L,0x00FB4A79L,7L,0L,0x3A0959B9L,0L,0xD9B4F41DL,7L,3L,(-4L)}};
        struct S0 l_371[1][1] = {{{1UL,0x62874FF5L,0xFA88B405C48A3B9ELL,-1L,1L,234,6}}};
        int8_t *l_395 = (void*)0;
        uint32_t * const l_434 = &g_83[1][0];
        int32_t **l_447 = &g_93;
        uint64_t l_537 = 18446744073709551610UL;
        const uint16_t *l_570 = (void*)0;
        int64_t l_578[10] = {0x2D7C3181C7E9AE28LL,(-1L),0x2D7C3181C7E9AE28LL,(-1L),0x2D7C3181C7E9AE28LL,(-1L),0x2D7C3181C7E9AE28LL,(-1L),0x2D7C3181C7E9AE28LL,(-1L)};
        int32_t l_595 = 0xC32C5D20L;
        int32_t l_599 = 0L;
        int32_t l_600 = (-7L);
        int i, j;
        for (g_108 = (-20); (g_108 <= 21); g_108 = safe_add_func_uint64_t_u_u(g_108, 1))
        { /* block id: 182 */
            int32_t *l_369 = &g_152.f1;
            (*l_369) |= (l_368[5][6] , (*p_65));
        }
        if (l_368[5][6])
            continue;
        if ((*p_65))
            break;
    }
    ++l_607;
    return (*p_65);
}


/* ------------------------------------------ */
/* 
 * reads : g_108 g_25 g_120 g_122 g_83 g_135 g_152 g_10 g_11 g_7 g_92 g_37 g_93 g_18 g_186 g_3 g_211 g_212 g_15 g_240 g_248 g_358
 * writes: g_108 g_25 g_122 g_135 g_83 g_152.f3 g_18 g_152.f1 g_186 g_3 g_152.f2 g_93 g_152.f0 g_211 g_240 g_248 g_358
 */
static uint32_t  func_69(int64_t  p_70, int32_t * p_71, uint8_t  p_72, uint32_t  p_73)
{ /* block id: 56 */
    const struct S0 l_150[8][5][4] = {{{{5UL,0L,0xFB74B672E1157108LL,0xF259L,0x87D36B89L,-42,6},{1UL,0L,-6L,0xD782L,0L,-37,2},{0xF99F95BD7499049CLL,0xA41AA793L,0x2E0F32CBD3E61D3DLL,0xD4C6L,-10L,183,16},{0x363E690648589FB3LL,2L,-1L,0x2201L,0xAD36DDC0L,-103,2}},{{18446744073709551612UL,-1L,1L,-1L,0x73B22A78L,-228,15},{1UL,0L,-6L,0xD782L,0L,-37,2},{0x471146A460BA7D1ELL,-1L,-1L,6L,0xDCC67E5AL,-201,4},{1UL,-1L,1L,0x7E60L,2L,-165,7}},{{1UL,0L,-6L,0xD782L,0L,-37,2},{0xE2A9A63C7B2EA050LL,9L,0L,0x2B4DL,0x35AD3CA9L,75,16},{18446744073709551614UL,0x7D1503D4L,0x83F1017A0ABA9B55LL,0xDC14L,0xC1EB2996L,-1,20},{0x536C7F4103FC839BLL,3L,4L,0L,0xB0796BC0L,-117,20}},{{0x2BB269BC1C916487LL,0x7989E97BL,0x70683A552D6EEAA0LL,0xB554L,1L,19,21},{18446744073709551615UL,0xADAD2F0BL,0xCE8927BEDC86E61BLL,-10L,7L,64,21},{0x0905539D5B4B6D27LL,0x1E1293A1L,0xEC97F77099D399BDLL,0x1FF7L,1L,35,9},{0x3613B7DAF6EE4579LL,1L,-9L,0L,0L,98,17}},{{7UL,6L,0L,0x8BE8L,0xFCF0EC28L,40,18},{18446744073709551607UL,0xDE6BA9EAL,0L,1L,0L,194,0},{1UL,0x22FCF300L,-6L,0xD7ACL,8L,85,10},{0UL,-10L,0xE42A8B0C0B0BD695LL,0x2194L,0x02220EF4L,96,1}}},{{{18446744073709551610UL,0L,-9L,-8L,2L,233,14},{18446744073709551615UL,0x7A973355L,0xA1934B4E14D0D45FLL,0x77EBL,1L,212,2},{1UL,0x22FCF300L,-6L,0xD7ACL,8L,85,10},{0x961558F2B1258CBBLL,0xEAA71E2FL,-3L,0x248BL,0x87628545L,38,17}},{{1UL,-1L,1L,0x7E60L,2L,-165,7},{0x8D65414BF27C866FLL,4L,0L,0L,0x173BA9B9L,-58,4},{18446744073709551607UL,0xDE6BA9EAL,0L,1L,0L,194,0},{0x363E690648589FB3LL,2L,-1L,0x2201L,0xAD36DDC0L,-103,2}},{{1UL,0x22FCF300L,-6L,0xD7ACL,8L,85,10},{18446744073709551615UL,0xADAD2F0BL,0xCE8927BEDC86E61BLL,-10L,7L,64,21},{0x3A4C91E03B00BEA9LL,7L,0xF02351AC1E00D0B8LL,0x6FE1L,0L,-52,6},{0xE2A9A63C7B2EA050LL,9L,0L,0x2B4DL,0x35AD3CA9L,75,16}},{{0xF99F95BD7499049CLL,0xA41AA793L,0x2E0F32CBD3E61D3DLL,0xD4C6L,-10L,183,16},{0x22B8A3C79E369C8CLL,0x9179F1E3L,0L,0x3D66L,6L,58,17},{18446744073709551615UL,0x7A973355L,0xA1934B4E14D0D45FLL,0x77EBL,1L,212,2},{1UL,0L,0x8D9127033AF2323ELL,0x1FC9L,1L,-228,16}},{{0x7B1C5A9D5DD3FF1BLL,0xCB40BA7AL,6L,1L,0x6C031CAAL,-101,3},{0UL,0L,0xA4C186291552F5CELL,0x7B37L,0x4A37D6F5L,220,9},{18446744073709551613UL,0xE4EEA450L,0xC40381DB17C0C13FLL,4L,0x17CB7726L,172,11},{0x337768D1CA076940LL,-5L,0L,-1L,0x21C0A70EL,-84,0}}},{{{0x536C7F4103FC839BLL,3L,4L,0L,0xB0796BC0L,-117,20},{5UL,0L,0xFB74B672E1157108LL,0xF259L,0x87D36B89L,-42,6},{0UL,0xAC100996L,0x82F370AA81E9DA67LL,1L,0L,-69,16},{0x3613B7DAF6EE4579LL,1L,-9L,0L,0L,98,17}},{{0x9F17B1833FD8896DLL,0x2CF00CDCL,9L,0xE81FL,0x5896F18DL,-100,13},{0UL,0xAC100996L,0x82F370AA81E9DA67LL,1L,0L,-69,16},{18446744073709551607UL,0xDE6BA9EAL,0L,1L,0L,194,0},{0UL,0xAC100996L,0x82F370AA81E9DA67LL,1L,0L,-69,16}},{{0x337768D1CA076940LL,-5L,0L,-1L,0x21C0A70EL,-84,0},{0xAB27D90806AD61A9LL,0x0A55D307L,0x3123DB9FBB92E1E2LL,0x954DL,-3L,-205,8},{0UL,1L,1L,0x666BL,0x55545A2EL,-164,5},{0xC5A684D056A74C12LL,-1L,0x4AB74D0F49ACE371LL,0L,-1L,-196,19}},{{0xC228CF20DE4EAA36LL,-5L,-7L,1L,0x785B64D1L,-138,14},{0xFF4B0332E89E7A35LL,1L,0x3C2566A7C8495B1BLL,0x8042L,0L,142,11},{0xE6137C4823A73598LL,1L,0x6E7A2A0CF3850F38LL,5L,0x428A3ED1L,158,5},{18446744073709551607UL,0xDE6BA9EAL,0L,1L,0L,194,0}},{{18446744073709551613UL,0xE4EEA450L,0xC40381DB17C0C13FLL,4L,0x17CB7726L,172,11},{0UL,0L,0xA4C186291552F5CELL,0x7B37L,0x4A37D6F5L,220,9},{0x7B1C5A9D5DD3FF1BLL,0xCB40BA7AL,6L,1L,0x6C031CAAL,-101,3},{18446744073709551615UL,0x7A973355L,0xA1934B4E14D0D45FLL,0x77EBL,1L,212,2}}},{{{18446744073709551613UL,0xE4EEA450L,0xC40381DB17C0C13FLL,4L,0x17CB7726L,172,11},{7UL,6L,0L,0x8BE8L,0xFCF0EC28L,40,18},{0xE6137C4823A73598LL,1L,0x6E7A2A0CF3850F38LL,5L,0x428A3ED1L,158,5},{0UL,0x3DB33060L,0x56CD8495A2748320LL,0xA790L,0L,-178,21}},{{0xC228CF20DE4EAA36LL,-5L,-7L,1L,0x785B64D1L,-138,14},{18446744073709551615UL,0x7A973355L,0xA1934B4E14D0D45FLL,0x77EBL,1L,212,2},{0UL,1L,1L,0x666BL,0x55545A2EL,-164,5},{0x363E690648589FB3LL,2L,-1L,0x2201L,0xAD36DDC0L,-103,2}},{{0x337768D1CA076940LL,-5L,0L,-1L,0x21C0A70EL,-84,0},{0xB7E9E4A882E7CA32LL,0xEC856863L,-4L,0x715BL,4L,-225,10},{18446744073709551607UL,0xDE6BA9EAL,0L,1L,0L,194,0},{0xEFE984A78F789EDALL,0L,0xD96CCF5C8286BBE6LL,0x25DBL,0xCA493033L,-223,1}},{{0x9F17B1833FD8896DLL,0x2CF00CDCL,9L,0xE81FL,0x5896F18DL,-100,13},{0x0905539D5B4B6D27LL,0x1E1293A1L,0xEC97F77099D399BDLL,0x1FF7L,1L,35,9},{0UL,0xAC100996L,0x82F370AA81E9DA67LL,1L,0L,-69,16},{0xE2A9A63C7B2EA050LL,9L,0L,0x2B4DL,0x35AD3CA9L,75,16}},{{0x536C7F4103FC839BLL,3L,4L,0L,0xB0796BC0L,-117,20},{0x2BB269BC1C916487LL,0x7989E97BL,0x70683A552D6EEAA0LL,0xB554L,1L,19,21},{18446744073709551613UL,0xE4EEA450L,0xC40381DB17C0C13FLL,4L,0x17CB7726L,172,11},{18446744073709551615UL,0x7A973355L,0xA1934B4E14D0D45FLL,0x77EBL,1L,212,2}}},{{{0x7B1C5A9D5DD3FF1BLL,0xCB40BA7AL,6L,1L,0x6C031CAAL,-101,3},{0xA5ECF163A15DAAA1LL,0xBC1C675AL,0x43916D17187E54C4LL,-3L,0x1C320AB5L,60,13},{18446744073709551615UL,0x7A973355L,0xA1934B4E14D0D45FLL,0x77EBL,1L,212,2},{0x10B9EBA01D3DC7A0LL,0x2DA0BF80L,1L,0x72F0L,0xFFE034FBL,114,11}},{{0xF99F95BD7499049CLL,0xA41AA793L,0x2E0F32CBD3E61D3DLL,0xD4C6L,-10L,183,16},{5UL,0L,0xFB74B672E1157108LL,0xF259L,0x87D36B89L,-42,6},{0x3A4C91E03B00BEA9LL,7L,0xF02351AC1E00D0B8LL,0x6FE1L,0L,-52,6},{7UL,6L,0L,0x8BE8L,0xFCF0EC28L,40,18}},{{1UL,0x22FCF300L,-6L,0xD7ACL,8L,85,10},{0xAB27D90806AD61A9LL,0x0A55D307L,0x3123DB9FBB92E1E2LL,0x954DL,-3L,-205,8},{18446744073709551607UL,0xDE6BA9EAL,0L,1L,0L,194,0},{0x3A4C91E03B00BEA9LL,7L,0xF02351AC1E00D0B8LL,0x6FE1L,0L,-52,6}},{{1UL,-1L,1L,0x7E60L,2L,-165,7},{0xC228CF20DE4EAA36LL,-5L,-7L,1L,0x785B64D1L,-138,14},{1UL,0x22FCF300L,-6L,0xD7ACL,8L,85,10},{0xC5A684D056A74C12LL,-1L,0x4AB74D0F49ACE371LL,0L,-1L,-196,19}},{{18446744073709551610UL,0L,-9L,-8L,2L,233,14},{0x6E965D02E7AF9F91LL,0xA683201EL,6L,0xBD8CL,1L,70,6},{0x536C7F4103FC839BLL,3L,4L,0L,0xB0796BC0L,-117,20},{0x337768D1CA076940LL,-5L,0L,-1L,0x21C0A70EL,-84,0}}},{{{18446744073709551613UL,0xE4EEA450L,0xC40381DB17C0C13FLL,4L,0x17CB7726L,172,11},{0xA5ECF163A15DAAA1LL,0xBC1C675AL,0x43916D17187E54C4LL,-3L,0x1C320AB5L,60,13},{0xA5ECF163A15DAAA1LL,0xBC1C675AL,0x43916D17187E54C4LL,-3L,0x1C320AB5L,60,13},{18446744073709551613UL,0xE4EEA450L,0xC40381DB17C0C13FLL,4L,0x17CB7726L,172,11}},{{0x0905539D5B4B6D27LL,0x1E1293A1L,0xEC97F77099D399BDLL,0x1FF7L,1L,35,9},{7UL,6L,0L,0x8BE8L,0xFCF0EC28L,40,18},{0xD9A40ACC82D11AB7LL,0L,1L,-1L,0x765F4E78L,8,18},{0UL,-10L,0xE42A8B0C0B0BD695LL,0x2194L,0x02220EF4L,96,1}},{{0UL,0xAC100996L,0x82F370AA81E9DA67LL,1L,0L,-69,16},{18446744073709551615UL,0xADAD2F0BL,0xCE8927BEDC86E61BLL,-10L,7L,64,21},{0UL,1L,1L,0x666BL,0x55545A2EL,-164,5},{0xEFE984A78F789EDALL,0L,0xD96CCF5C8286BBE6LL,0x25DBL,0xCA493033L,-223,1}},{{1UL,-1L,1L,0x7E60L,2L,-165,7},{0x2FEC5D80E871084FLL,0xB7C96881L,0x2BA53D9216BE7DE8LL,0xF944L,1L,0,13},{0x337768D1CA076940LL,-5L,0L,-1L,0x21C0A70EL,-84,0},{0xEFE984A78F789EDALL,0L,0xD96CCF5C8286BBE6LL,0x25DBL,0xCA493033L,-223,1}},{{18446744073709551614UL,0x7D1503D4L,0x83F1017A0ABA9B55LL,0xDC14L,0xC1EB2996L,-1,20},{18446744073709551615UL,0xADAD2F0BL,0xCE8927BEDC86E61BLL,-10L,7L,64,21},{18446744073709551610UL,0L,-9L,-8L,2L,233,14},{0UL,-10L,0xE42A8B0C0B0BD695LL,0x2194L,0x02220EF4L,96,1}}},{{{0x536C7F4103FC839BLL,3L,4L,0L,0xB0796BC0L,-117,20},{7UL,6L,0L,0x8BE8L,0xFCF0EC28L,40,18},{18446744073709551615UL,0x7A973355L,0xA1934B4E14D0D45FLL,0x77EBL,1L,212,2},{18446744073709551613UL,0xE4EEA450L,0xC40381DB17C0C13FLL,4L,0x17CB7726L,172,11}},{{0xA7D8D9C53CF96F6ELL,0x9FCF63B4L,1L,0xB11CL,0x971FE1FCL,194,0},{0xA5ECF163A15DAAA1LL,0xBC1C675AL,0x43916D17187E54C4LL,-3L,0x1C320AB5L,60,13},{1UL,0L,0x8D9127033AF2323ELL,0x1FC9L,1L,-228,16},{0x337768D1CA076940LL,-5L,0L,-1L,0x21C0A70EL,-84,0}},{{0xE6137C4823A73598LL,1L,0x6E7A2A0CF3850F38LL,5L,0x428A3ED1L,158,5},{0x6E965D02E7AF9F91LL,0xA683201EL,6L,0xBD8CL,1L,70,6},{0x3A4C91E03B00BEA9LL,7L,0xF02351AC1E00D0B8LL,0x6FE1L,0L,-52,6},{0xC5A684D056A74C12LL,-1L,0x4AB74D0F49ACE371LL,0L,-1L,-196,19}},{{0x9F17B1833FD8896DLL,0x2CF00CDCL,9L,0xE81FL,0x5896F18DL,-100,13},{0xC228CF20DE4EAA36LL,-5L,-7L,1L,0x785B64D1L,-138,14},{0x337768D1CA076940LL,-5L,0L,-1L,0x21C0A70EL,-84,0},{0x3A4C91E03B00BEA9LL,7L,0xF02351AC1E00D0B8LL,0x6FE1L,0L,-52,6}},{{0x10B9EBA01D3DC7A0LL,0x2DA0BF80L,1L,0x72F0L,0xFFE034FBL,114,11},{0xAB27D90806AD61A9LL,0x0A55D307L,0x3123DB9FBB92E1E2LL,0x954DL,-3L,-205,8},{18446744073709551614UL,0x7D1503D4L,0x83F1017A0ABA9B55LL,0xDC14L,0xC1EB2996L,-1,20},{7UL,6L,0L,0x8BE8L,0xFCF0EC28L,40,18}}},{{{18446744073709551610UL,0L,-9L,-8L,2L,233,14},{5UL,0L,0xFB74B672E1157108LL,0xF259L,0x87D36B89L,-42,6},{0xE6137C4823A73598LL,1L,0x6E7A2A0CF3850F38LL,5L,0x428A3ED1L,158,5},{0x10B9EBA01D3DC7A0LL,0x2DA0BF80L,1L,0x72F0L,0xFFE034FBL,114,11}},{{0x0905539D5B4B6D27LL,0x1E1293A1L,0xEC97F77099D399BDLL,0x1FF7L,1L,35,9},{0xA5ECF163A15DAAA1LL,0xBC1C675AL,0x43916D17187E54C4LL,-3L,0x1C320AB5L,60,13},{0x159C7574EA98C39ELL,-7L,4L,0xF314L,0x3B0AB2CFL,37,6},{18446744073709551615UL,0x7A973355L,0xA1934B4E14D0D45FLL,0x77EBL,1L,212,2}},{{18446744073709551615UL,0x7A973355L,0xA1934B4E14D0D45FLL,0x77EBL,1L,212,2},{0x2BB269BC1C916487LL,0x7989E97BL,0x70683A552D6EEAA0LL,0xB554L,1L,19,21},{0xD9A40ACC82D11AB7LL,0L,1L,-1L,0x765F4E78L,8,18},{0xE2A9A63C7B2EA050LL,9L,0L,0x2B4DL,0x35AD3CA9L,75,16}},{{0xC228CF20DE4EAA36LL,-5L,-7L,1L,0x785B64D1L,-138,14},{0x0905539D5B4B6D27LL,0x1E1293A1L,0xEC97F77099D399BDLL,0x1FF7L,1L,35,9},{1UL,0x22FCF300L,-6L,0xD7ACL,8L,85,10},{0xEFE984A78F789EDALL,0L,0xD96CCF5C8286BBE6LL,0x25DBL,0xCA493033L,-223,1}},{{0x10B9EBA01D3DC7A0LL,0x2DA0BF80L,1L,0x72F0L,0xFFE034FBL,114,11},{0xB7E9E4A882E7CA32LL,0xEC856863L,-4L,0x715BL,4L,-225,10},{0x10B9EBA01D3DC7A0LL,0x2DA0BF80L,1L,0x72F0L,0xFFE034FBL,114,11},{0x363E690648589FB3LL,2L,-1L,0x2201L,0xAD36DDC0L,-103,2}}}};
    uint64_t * const l_165 = (void*)0;
    uint64_t *l_166 = &g_152.f0;
    int32_t l_172 = 0xCA409319L;
    int32_t l_194[7];
    uint16_t l_275[9] = {1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL};
    int32_t l_293 = 1L;
    int64_t *l_350 = &g_319;
    struct S0 *l_355 = &g_152;
    struct S0 **l_354 = &l_355;
    int32_t *l_356[10][7] = {{&l_194[4],(void*)0,(void*)0,(void*)0,(void*)0,&l_194[4],&g_185},{&g_7,(void*)0,&g_7,&l_194[0],&g_7,(void*)0,&g_7},{&l_194[4],(void*)0,&g_185,(void*)0,(void*)0,&g_185,(void*)0},{&l_194[4],(void*)0,(void*)0,(void*)0,&l_194[4],(void*)0,(void*)0},{(void*)0,(void*)0,&g_185,(void*)0,&l_194[4],&l_194[4],(void*)0},{&g_7,&l_194[0],&g_7,(void*)0,&g_7,&l_194[0],&g_7},{(void*)0,(void*)0,(void*)0,(void*)0,&l_194[4],&g_185,&g_185},{&l_194[4],&l_194[0],(void*)0,&l_194[0],&l_194[4],&l_194[0],(void*)0},{&l_194[4],(void*)0,(void*)0,(void*)0,(void*)0,&l_194[4],&g_185},{&g_7,(void*)0,&g_7,&l_194[0],&g_7,(void*)0,&g_7}};
    int8_t l_357 = 0x55L;
    int i, j, k;
    for (i = 0; i < 7; i++)
        l_194[i] = 0x3D82B9D7L;
    for (g_108 = (-21); (g_108 > 57); g_108 = safe_add_func_int16_t_s_s(g_108, 9))
    { /* block id: 59 */
        uint64_t l_175 = 18446744073709551615UL;
        int32_t *l_176 = &l_172;
        int32_t *l_177 = (void*)0;
        int32_t *l_178 = &l_172;
        int32_t *l_179 = &g_152.f1;
        int32_t *l_180 = &g_18;
        int32_t *l_181 = &l_172;
        int32_t *l_182 = (void*)0;
        int32_t l_183[8] = {0x8F30D59EL,0x8F30D59EL,0x8F30D59EL,0x8F30D59EL,0x8F30D59EL,0x8F30D59EL,0x8F30D59EL,0x8F30D59EL};
        int32_t *l_184[6] = {&g_152.f1,&g_152.f1,&g_152.f1,&g_152.f1,&g_152.f1,&g_152.f1};
        int8_t l_247 = 1L;
        int32_t ** const * const l_338[10][10][2] = {{{&g_92,(void*)0},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92}},{{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{(void*)0,&g_92},{&g_92,(void*)0}},{{&g_92,&g_92},{&g_92,&g_92},{&g_92,(void*)0},{&g_92,&g_92},{&g_92,&g_92},{(void*)0,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{(void*)0,&g_92}},{{&g_92,&g_92},{&g_92,(void*)0},{&g_92,&g_92},{&g_92,&g_92},{&g_92,(void*)0},{&g_92,&g_92},{(void*)0,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92}},{{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92}},{{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,(void*)0},{&g_92,&g_92},{&g_92,(void*)0},{&g_92,&g_92},{&g_92,&g_92},{(void*)0,(void*)0},{&g_92,&g_92}},{{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,(void*)0},{&g_92,&g_92},{(void*)0,(void*)0},{&g_92,(void*)0},{&g_92,&g_92}},{{&g_92,&g_92},{(void*)0,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,(void*)0},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92}},{{&g_92,&g_92},{&g_92,(void*)0},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,(void*)0},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92}},{{&g_92,(void*)0},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92},{&g_92,&g_92}}};
        int i, j, k;
        for (p_73 = 0; (p_73 <= 0); p_73 += 1)
        { /* block id: 62 */
            const int32_t l_169[8][1][8] = {{{(-8L),(-1L),(-8L),0x5AC7D607L,0x0926870BL,(-1L),0x701ECD67L,0x701ECD67L}},{{0x701ECD67L,5L,7L,7L,5L,0x701ECD67L,0x0926870BL,0L}},{{0x701ECD67L,0x0747AF2AL,0x139966ABL,5L,0x0926870BL,5L,0x139966ABL,0x0747AF2AL}},{{(-8L),0x139966ABL,(-1L),5L,0L,0x5AC7D607L,0x5AC7D607L,0L}},{{7L,0L,0L,7L,(-8L),0x0747AF2AL,0x5AC7D607L,0x701ECD67L}},{{0x139966ABL,7L,(-1L),0x5AC7D607L,(-1L),7L,0x139966ABL,0x0926870BL}},{{(-1L),7L,0x139966ABL,0x0926870BL,0x0747AF2AL,0x0747AF2AL,0x0926870BL,0x139966ABL}},{{0L,0L,7L,(-8L),0x0747AF2AL,0x5AC7D607L,0x701ECD67L,0x5AC7D607L}}};
            int i, j, k;
            for (g_25 = 0; (g_25 <= 0); g_25 += 1)
            { /* block id: 65 */
                for (g_122 = 0; (g_122 <= 0); g_122 += 1)
                { /* block id: 68 */
                    int32_t **l_129[2];
                    int i, j;
                    for (i = 0; i < 2; i++)
                        l_129[i] = (void*)0;
                    p_71 = p_71;
                    if (g_120[g_25])
                        continue;
                    if (g_83[(p_73 + 1)][g_122])
                        break;
                }
                for (p_72 = 0; (p_72 <= 0); p_72 += 1)
                { /* block id: 75 */
                    uint8_t *l_134[3];
                    uint32_t *l_170 = &g_83[1][0];
                    int16_t *l_171[9][4][2] = {{{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3}},{{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3}},{{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3}},{{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3}},{{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3}},{{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3}},{{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3}},{{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3}},{{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3},{&g_3,&g_3}}};
                    int32_t *l_173 = &g_18;
                    int32_t *l_174[8][1][4] = {{{(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0}}};
                    int i, j, k;
                    for (i = 0; i < 3; i++)
                        l_134[i] = &g_135;
                    g_152.f1 = ((*l_173) ^= ((l_172 = (safe_add_func_int32_t_s_s(((safe_lshift_func_int16_t_s_u((g_152.f3 = ((g_135++) & (((*l_170) = (safe_mod_func_uint8_t_u_u((((safe_mod_func_uint64_t_u_u((safe_mod_func_int32_t_s_s((safe_mod_func_int16_t_s_s(((safe_mul_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(g_120[p_72], ((((l_150[6][2][0] , (+(g_83[p_73][p_72] | 0xD4L))) , g_152) , ((safe_rshift_func_uint8_t_u_s(((~(((safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s((((p_72 <= (~(safe_sub_func_uint32_t_u_u((safe_lshift_func_int16_t_s_u((l_165 == l_166), 7)), (safe_div_func_int32_t_s_s(((g_83[1][0] || g_10) , 0L), 0x9F13E21FL)))))) & 0x3DL) == g_83[p_73][p_72]), 0x81L)), 0xA1L)) , 3UL) | 1L)) ^ g_108), g_11)) , (-7L))) > p_70))), l_169[2][0][5])) | 0x8F12024AL), l_169[7][0][4])), (*p_71))), 0x66AA3977F159E255LL)) , (*g_92)) != (void*)0), g_83[1][0]))) <= (**g_92)))), g_152.f5)) > 0xCDL), g_120[p_72]))) == p_70));
                    l_175 &= l_150[6][2][0].f3;
                    if ((*p_71))
                        break;
                }
            }
        }
        --g_186;
        (*l_181) |= (-1L);
        for (g_3 = 0; (g_3 >= 0); g_3 -= 1)
        { /* block id: 91 */
            uint16_t *l_209 = &g_108;
            uint64_t * const l_225 = (void*)0;
            uint16_t l_231 = 65527UL;
            int32_t l_237 = 0xFEB08D7DL;
            const int8_t *l_302 = &g_120[0];
            int i;
            l_183[(g_3 + 1)] &= 0L;
            for (g_152.f2 = 0; (g_152.f2 <= 7); g_152.f2 += 1)
            { /* block id: 95 */
                int8_t l_215 = 0x97L;
                uint8_t l_232 = 255UL;
                for (l_172 = 7; (l_172 >= 0); l_172 -= 1)
                { /* block id: 98 */
                    int32_t **l_189 = &l_178;
                    int16_t l_235[7] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
                    int32_t l_238 = 0xE81FA646L;
                    int i;
                    g_93 = ((*l_189) = p_71);
                    if (((l_183[(g_3 + 1)] ^ ((*g_37) > p_73)) ^ g_122))
                    { /* block id: 101 */
                        uint16_t **l_210 = &l_209;
                        uint16_t l_213 = 0xF5AEL;
                        int32_t l_214[3];
                        uint8_t *l_233 = (void*)0;
                        int i;
                        for (i = 0; i < 3; i++)
                            l_214[i] = 1L;
                        l_214[0] = ((safe_div_func_int8_t_s_s(p_70, g_152.f1)) || (g_83[1][0] <= ((g_186 , (l_150[6][2][0].f6 < ((safe_sub_func_uint64_t_u_u(((*l_166)--), (safe_add_func_uint32_t_u_u(((((safe_sub_func_uint32_t_u_u((safe_mod_func_int8_t_s_s((**l_189), 4L)), (l_183[(g_3 + 3)] = (safe_mul_func_uint8_t_u_u(((((((safe_lshift_func_uint8_t_u_u(((safe_add_func_int64_t_s_s((((((*l_210) = l_209) == (g_211 = &g_15)) || 0L) , p_73), p_70)) && 0xA06C5AA2538BBCB5LL), p_73)) && 0L) & g_186) > (*g_93)) > g_152.f4) > g_152.f3), l_150[6][2][0].f4))))) , p_70) > l_213) != (*p_71)), p_73)))) | (*l_180)))) && p_70)));
                        if (l_215)
                            continue;
                        (*l_179) &= (((l_183[(g_3 + 1)] = ((*g_211) | (safe_add_func_uint32_t_u_u(((g_18 , (safe_div_func_uint8_t_u_u((((safe_div_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u((!((**l_189) , (((l_225 == &g_122) < ((**l_189) || ((+(*g_211)) == (((((0x98F0L && l_231) , 1L) >= g_135) < 0xF289L) >= l_215)))) , p_72))), l_232)), p_70)) && g_152.f0) , g_11), (-7L)))) <= 0UL), 0x7348CBB6L)))) | 248UL) <= (*p_71));
                    }
                    else
                    { /* block id: 110 */
                        int64_t l_234 = 0x8C80E9ECBA5F859ELL;
                        int32_t l_239[10];
                        int i;
                        for (i = 0; i < 10; i++)
                            l_239[i] = (-1L);
                        ++g_240;
                        l_237 = (((safe_rshift_func_int16_t_s_u((&g_122 == (void*)0), (p_70 ^ p_70))) , ((g_152 , ((l_215 ^ (g_25 > ((g_83[1][0] <= 18446744073709551615UL) >= l_150[6][2][0].f2))) | g_152.f4)) , g_152)) , 0x6C710281L);
                    }
                }
                g_93 = p_71;
            }
            --g_248;
            for (p_73 = 0; (p_73 <= 0); p_73 += 1)
            { /* block id: 120 */
                int64_t l_251 = 0x5B3C7A56F86E5E8FLL;
                int32_t l_252 = (-1L);
                int32_t l_253 = 0xCE23C8D7L;
                int16_t *l_264 = &g_152.f3;
                uint8_t *l_265 = (void*)0;
                uint8_t *l_266[4] = {&g_135,&g_135,&g_135,&g_135};
                int8_t l_274 = 8L;
                uint32_t l_276 = 0xDF043A35L;
                const int16_t l_323 = 0xA2F6L;
                int i;
            }
        }
    }
    g_152.f1 |= (safe_div_func_int64_t_s_s((g_152.f2 = (safe_div_func_uint64_t_u_u(p_73, (((l_194[4] = (p_73 == l_150[6][2][0].f4)) || g_120[0]) || (safe_div_func_uint8_t_u_u((safe_add_func_int64_t_s_s((&g_319 != &g_319), (p_70 = (safe_sub_func_int8_t_s_s(((l_350 = &g_319) != (void*)0), (!((((safe_add_func_int32_t_s_s(l_275[2], (*g_37))) <= (*g_37)) < p_73) & p_70))))))), p_72)))))), g_212));
    (*l_354) = &g_152;
    ++g_358;
    return g_152.f3;
}


/* ------------------------------------------ */
/* 
 * reads : g_11 g_25 g_18 g_3 g_93 g_15 g_37 g_7 g_120
 * writes: g_92 g_18 g_108 g_115 g_120 g_122 g_93
 */
static int64_t  func_74(uint32_t  p_75, int8_t  p_76, int32_t * p_77, uint32_t  p_78)
{ /* block id: 41 */
    int32_t **l_94 = &g_93;
    int32_t l_98 = 0L;
    uint16_t *l_107 = &g_108;
    uint16_t l_109 = 65534UL;
    const struct S0 l_118 = {18446744073709551613UL,0x4E54854CL,0x62A02F9331570527LL,0L,0xD3435D61L,63,20};
    int8_t *l_119 = &g_120[0];
    uint64_t *l_121 = &g_122;
    uint32_t l_123[5] = {0xF8E08A2EL,0xF8E08A2EL,0xF8E08A2EL,0xF8E08A2EL,0xF8E08A2EL};
    int8_t l_124 = 0xDFL;
    int32_t **l_125 = &g_93;
    int8_t l_126 = 0xEDL;
    int i;
    for (p_76 = (-27); (p_76 > 4); p_76 = safe_add_func_uint16_t_u_u(p_76, 6))
    { /* block id: 44 */
        uint32_t l_89 = 0x132FC9DAL;
        int32_t **l_90[2][10] = {{&g_37,&g_37,&g_37,&g_37,&g_37,&g_37,&g_37,&g_37,&g_37,&g_37},{&g_37,&g_37,&g_37,&g_37,&g_37,&g_37,&g_37,&g_37,&g_37,&g_37}};
        int32_t ***l_91[3][2] = {{&l_90[1][9],&l_90[1][9]},{&l_90[1][9],&l_90[1][9]},{&l_90[1][9],&l_90[1][9]}};
        int i, j;
        l_98 = (safe_mod_func_int8_t_s_s(((l_89 >= ((g_92 = l_90[0][6]) == (l_94 = &g_37))) ^ (safe_unary_minus_func_int32_t_s(((*g_93) = ((safe_rshift_func_uint8_t_u_u(255UL, 5)) , ((((void*)0 == &g_15) <= (((void*)0 != &p_77) <= (((((((((g_11 , 0x4D36L) < g_25) , p_76) || g_18) == 0xCEB8AB48F0B38F1CLL) ^ g_3) >= g_3) || 1L) <= p_75))) < 0L)))))), 0xC9L));
    }
    (*l_125) = func_32((safe_rshift_func_uint8_t_u_u(p_78, ((safe_mod_func_int16_t_s_s((safe_sub_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s(((*l_107) = g_15), (l_109 > ((safe_add_func_uint64_t_u_u(((((!((**l_94) > ((**l_94) < (g_115 = (**l_94))))) , (0x1AL < ((safe_mul_func_uint16_t_u_u((((*l_121) = (l_118 , ((((((*l_119) |= 0L) , (void*)0) != (void*)0) , (**l_94)) , p_75))) ^ g_15), l_123[2])) ^ l_124))) <= (**l_94)) == 5L), (**l_94))) == g_15)))), (**l_94))), 9L)) , (**l_94)))));
    return l_126;
}


/* ------------------------------------------ */
/* 
 * reads : g_83
 * writes:
 */
static uint32_t  func_79(uint32_t  p_80, int8_t  p_81)
{ /* block id: 38 */
    uint32_t l_84 = 8UL;
    l_84 &= (g_83[1][0] >= (-5L));
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
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_11, "g_11", print_hash_value);
    transparent_crc(g_15, "g_15", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_83[i][j], "g_83[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_108, "g_108", print_hash_value);
    transparent_crc(g_115, "g_115", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_120[i], "g_120[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_122, "g_122", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_152.f0, "g_152.f0", print_hash_value);
    transparent_crc(g_152.f1, "g_152.f1", print_hash_value);
    transparent_crc(g_152.f2, "g_152.f2", print_hash_value);
    transparent_crc(g_152.f3, "g_152.f3", print_hash_value);
    transparent_crc(g_152.f4, "g_152.f4", print_hash_value);
    transparent_crc(g_152.f5, "g_152.f5", print_hash_value);
    transparent_crc(g_152.f6, "g_152.f6", print_hash_value);
    transparent_crc(g_185, "g_185", print_hash_value);
    transparent_crc(g_186, "g_186", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_236, "g_236", print_hash_value);
    transparent_crc(g_240, "g_240", print_hash_value);
    transparent_crc(g_248, "g_248", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_254[i][j], "g_254[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_255[i], "g_255[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_319, "g_319", print_hash_value);
    transparent_crc(g_324, "g_324", print_hash_value);
    transparent_crc(g_358, "g_358", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_440[i][j], "g_440[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_449.f0, "g_449.f0", print_hash_value);
    transparent_crc(g_449.f1, "g_449.f1", print_hash_value);
    transparent_crc(g_449.f2, "g_449.f2", print_hash_value);
    transparent_crc(g_449.f3, "g_449.f3", print_hash_value);
    transparent_crc(g_449.f4, "g_449.f4", print_hash_value);
    transparent_crc(g_449.f5, "g_449.f5", print_hash_value);
    transparent_crc(g_449.f6, "g_449.f6", print_hash_value);
    transparent_crc(g_503.f0, "g_503.f0", print_hash_value);
    transparent_crc(g_503.f1, "g_503.f1", print_hash_value);
    transparent_crc(g_503.f2, "g_503.f2", print_hash_value);
    transparent_crc(g_503.f3, "g_503.f3", print_hash_value);
    transparent_crc(g_503.f4, "g_503.f4", print_hash_value);
    transparent_crc(g_503.f5, "g_503.f5", print_hash_value);
    transparent_crc(g_503.f6, "g_503.f6", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_572[i][j], "g_572[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_602, "g_602", print_hash_value);
    transparent_crc(g_630, "g_630", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_704[i], "g_704[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_768, "g_768", print_hash_value);
    transparent_crc(g_786, "g_786", print_hash_value);
    transparent_crc(g_909, "g_909", print_hash_value);
    transparent_crc(g_917, "g_917", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_918[i][j][k], "g_918[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_919, "g_919", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_922[i][j][k], "g_922[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_923, "g_923", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_924[i], "g_924[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_1009[i], "g_1009[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1186, "g_1186", print_hash_value);
    transparent_crc(g_1226, "g_1226", print_hash_value);
    transparent_crc(g_1244, "g_1244", print_hash_value);
    transparent_crc(g_1245, "g_1245", print_hash_value);
    transparent_crc(g_1315, "g_1315", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_1321[i][j][k], "g_1321[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 303
   depth: 1, occurrence: 15
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 2
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 20
breakdown:
   indirect level: 0, occurrence: 15
   indirect level: 1, occurrence: 3
   indirect level: 2, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 9
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 34
XXX times a single bitfield on LHS: 1
XXX times a single bitfield on RHS: 17

XXX max expression depth: 55
breakdown:
   depth: 1, occurrence: 139
   depth: 2, occurrence: 45
   depth: 3, occurrence: 3
   depth: 4, occurrence: 3
   depth: 5, occurrence: 2
   depth: 7, occurrence: 1
   depth: 13, occurrence: 2
   depth: 15, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 21, occurrence: 1
   depth: 22, occurrence: 1
   depth: 24, occurrence: 2
   depth: 26, occurrence: 1
   depth: 28, occurrence: 1
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 33, occurrence: 1
   depth: 42, occurrence: 1
   depth: 55, occurrence: 1

XXX total number of pointers: 291

XXX times a variable address is taken: 687
XXX times a pointer is dereferenced on RHS: 264
breakdown:
   depth: 1, occurrence: 173
   depth: 2, occurrence: 72
   depth: 3, occurrence: 18
   depth: 4, occurrence: 1
XXX times a pointer is dereferenced on LHS: 180
breakdown:
   depth: 1, occurrence: 166
   depth: 2, occurrence: 12
   depth: 3, occurrence: 2
XXX times a pointer is compared with null: 25
XXX times a pointer is compared with address of another variable: 11
XXX times a pointer is compared with another pointer: 6
XXX times a pointer is qualified to be dereferenced: 3132

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 822
   level: 2, occurrence: 224
   level: 3, occurrence: 72
   level: 4, occurrence: 1
XXX number of pointers point to pointers: 93
XXX number of pointers point to scalars: 194
XXX number of pointers point to structs: 4
XXX percent of pointers has null in alias set: 28.9
XXX average alias set size: 1.43

XXX times a non-volatile is read: 1338
XXX times a non-volatile is write: 580
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 2

XXX stmts: 145
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 28
   depth: 1, occurrence: 25
   depth: 2, occurrence: 20
   depth: 3, occurrence: 23
   depth: 4, occurrence: 27
   depth: 5, occurrence: 22

XXX percentage a fresh-made variable is used: 19.5
XXX percentage an existing variable is used: 80.5
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

