/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 10 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      10
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   const signed f0 : 19;
   signed f1 : 28;
   unsigned f2 : 14;
   unsigned f3 : 2;
   signed f4 : 9;
   const signed f5 : 28;
   signed f6 : 10;
   const uint64_t  f7;
   signed f8 : 30;
   signed f9 : 14;
};

struct S1 {
   signed f0 : 11;
   signed f1 : 27;
};

union U2 {
   signed f0 : 8;
   unsigned f1 : 6;
   int8_t * f2;
   uint32_t  f3;
};

union U3 {
   uint32_t  f0;
   uint32_t  f1;
   int8_t * f2;
   int16_t  f3;
};

/* --- GLOBAL VARIABLES --- */
static int8_t g_12 = 0x84L;
static const int8_t *g_11 = &g_12;
static int64_t g_61 = 0x2859701027339421LL;
static int64_t g_70 = 0x056EFF5237AE93ACLL;
static int64_t g_76[2][7] = {{0x233C22C9C813C75FLL,0x130E9DD37137C2AELL,0x233C22C9C813C75FLL,0x233C22C9C813C75FLL,0x130E9DD37137C2AELL,0x233C22C9C813C75FLL,0x233C22C9C813C75FLL},{0x130E9DD37137C2AELL,0x130E9DD37137C2AELL,(-1L),0x130E9DD37137C2AELL,0x130E9DD37137C2AELL,(-1L),0x130E9DD37137C2AELL}};
static uint64_t g_85 = 0xEA8502006303C50BLL;
static int16_t g_96 = (-1L);
static int64_t *g_108[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int64_t **g_107 = &g_108[1];
static uint64_t g_112 = 18446744073709551615UL;
static int32_t g_155 = 0xD3E3C3B7L;
static int32_t g_171 = (-1L);
static uint64_t g_173 = 0xAC7BCD1F5407840ELL;
static int64_t g_195[3] = {0x3BB65FF730B3DA9CLL,0x3BB65FF730B3DA9CLL,0x3BB65FF730B3DA9CLL};
static uint8_t g_198[9][2] = {{1UL,1UL},{1UL,1UL},{1UL,1UL},{1UL,1UL},{1UL,1UL},{1UL,1UL},{1UL,1UL},{1UL,1UL},{1UL,1UL}};
static int64_t g_216 = (-1L);
static int32_t g_221 = 0xFB455FA8L;
static struct S1 g_226[9][1][7] = {{{{-32,76},{31,6938},{43,1067},{31,6938},{-32,76},{31,6938},{-28,314}}},{{{19,8742},{18,1825},{19,8742},{30,-7658},{30,-7658},{19,8742},{18,1825}}},{{{-28,314},{23,7716},{4,-5446},{21,-1112},{-32,76},{9,-7940},{-32,76}}},{{{19,8742},{30,-7658},{30,-7658},{19,8742},{18,1825},{19,8742},{30,-7658}}},{{{-3,786},{31,6938},{-28,314},{21,-1112},{-28,314},{31,6938},{-3,786}}},{{{-0,-2585},{30,-7658},{18,2455},{30,-7658},{-0,-2585},{-0,-2585},{30,-7658}}},{{{43,1067},{23,7716},{43,1067},{9,-7940},{-28,314},{-2,-9457},{-32,76}}},{{{30,-7658},{18,1825},{18,2455},{18,2455},{18,1825},{30,-7658},{18,1825}}},{{{43,1067},{9,-7940},{-28,314},{-2,-9457},{-32,76},{-2,-9457},{-28,314}}}};
static uint16_t g_230 = 0UL;
static union U3 g_231 = {0xC07765BBL};
static int32_t g_241 = (-1L);
static uint8_t g_252 = 7UL;
static union U2 g_267 = {0x7EF067A4L};
static uint32_t g_339 = 0UL;
static int8_t *g_391 = &g_12;
static int8_t **g_390 = &g_391;
static int8_t g_395 = 0x05L;
static uint8_t g_433 = 0xFAL;
static int16_t g_499 = 0L;
static uint8_t g_502 = 3UL;
static int32_t *g_505 = &g_221;
static int16_t *g_519 = (void*)0;
static struct S0 g_520 = {617,-1589,42,1,-17,3687,6,0UL,756,124};
static union U2 **g_594 = (void*)0;
static union U2 g_598[1][8][4] = {{{{0x19BD374FL},{0x19BD374FL},{0x19BD374FL},{0x19BD374FL}},{{0x19BD374FL},{0x19BD374FL},{0x19BD374FL},{0x19BD374FL}},{{0x19BD374FL},{0x19BD374FL},{0x19BD374FL},{0x19BD374FL}},{{0x19BD374FL},{0x19BD374FL},{0x19BD374FL},{0x19BD374FL}},{{0x19BD374FL},{0x19BD374FL},{0x19BD374FL},{0x19BD374FL}},{{0x19BD374FL},{0x19BD374FL},{0x19BD374FL},{0x19BD374FL}},{{0x19BD374FL},{0x19BD374FL},{0x19BD374FL},{0x19BD374FL}},{{0x19BD374FL},{0x19BD374FL},{0x19BD374FL},{0x19BD374FL}}}};
static union U2 g_601[10][5] = {{{0L},{0L},{0xF44E677DL},{0x5FBC132AL},{0L}},{{-6L},{0L},{-1L},{9L},{9L}},{{0L},{0L},{0L},{0xF73D9572L},{0L}},{{0L},{0xA171541AL},{0x5FBC132AL},{0L},{-9L}},{{-6L},{-1L},{0L},{0x22DFF457L},{0xE276DA2DL}},{{0L},{9L},{0x5FBC132AL},{-9L},{0x5FBC132AL}},{{0xF44E677DL},{0xF44E677DL},{0L},{0xA171541AL},{0x5FBC132AL}},{{0xF73D9572L},{0L},{-1L},{0L},{0xE276DA2DL}},{{0L},{0L},{0xF44E677DL},{0x583C150DL},{-9L}},{{0x583C150DL},{0L},{-6L},{-6L},{0L}}};
static struct S0 g_607 = {-442,3174,123,0,-8,-13157,-26,18446744073709551607UL,9443,50};
static struct S0 *g_606 = &g_607;
static int8_t *g_610 = (void*)0;
static uint16_t g_619 = 65528UL;
static int32_t g_624[4][6] = {{(-8L),(-1L),0x64BF3E28L,(-1L),(-8L),(-8L)},{(-7L),(-1L),(-1L),(-7L),(-4L),(-7L)},{(-7L),(-4L),(-7L),(-1L),(-1L),(-7L)},{(-8L),(-8L),(-1L),0x64BF3E28L,(-1L),(-8L)}};
static struct S1 g_683 = {18,3020};
static uint32_t *g_714 = &g_339;
static uint32_t **g_713 = &g_714;
static int8_t g_823 = 2L;
static struct S1 *g_943 = (void*)0;
static int8_t ****g_1028 = (void*)0;
static uint8_t *g_1038[2] = {&g_433,&g_433};
static uint8_t **g_1037 = &g_1038[1];
static const int16_t g_1096[8] = {0xAEC9L,0xAEC9L,0xAEC9L,0xAEC9L,0xAEC9L,0xAEC9L,0xAEC9L,0xAEC9L};
static const uint16_t g_1101[5][2] = {{0xDEFBL,1UL},{0x4C81L,0xDEFBL},{0xCED4L,0xCED4L},{0xCED4L,0xDEFBL},{0x4C81L,1UL}};
static uint8_t g_1170 = 0x40L;
static int64_t * const **g_1182 = (void*)0;
static int64_t * const ***g_1181 = &g_1182;
static const struct S0 g_1206 = {251,-3906,66,1,-15,-513,-3,0x2A822ECC797D844DLL,-4365,-30};
static uint32_t ****g_1321 = (void*)0;
static uint8_t g_1382 = 247UL;
static uint64_t g_1394 = 18446744073709551615UL;
static uint32_t g_1402 = 4294967292UL;
static union U2 ***g_1433 = (void*)0;
static union U2 ****g_1432 = &g_1433;
static union U2 *****g_1431[1][6] = {{&g_1432,&g_1432,&g_1432,&g_1432,&g_1432,&g_1432}};
static struct S1 g_1482 = {-4,8326};
static int16_t g_1524[2][6] = {{0x05DCL,0x6F59L,0x91CCL,0x6F59L,(-2L),(-2L)},{0x7636L,0x6F59L,0x6F59L,0x7636L,0x05DCL,0x7636L}};
static struct S0 **g_1562 = &g_606;
static struct S0 ***g_1561 = &g_1562;
static uint32_t *g_1588 = &g_601[6][4].f3;
static uint32_t g_1602[9] = {0xDFA80F6AL,0xDFA80F6AL,0xDFA80F6AL,0xDFA80F6AL,0xDFA80F6AL,0xDFA80F6AL,0xDFA80F6AL,0xDFA80F6AL,0xDFA80F6AL};
static int32_t *g_1625 = &g_624[1][0];
static union U3 *g_1652 = &g_231;
static union U3 **g_1651 = &g_1652;
static uint64_t *g_1885 = &g_112;
static uint64_t **g_1884 = &g_1885;
static const uint64_t *g_1887 = (void*)0;
static const uint64_t **g_1886[10] = {&g_1887,&g_1887,&g_1887,&g_1887,&g_1887,&g_1887,&g_1887,&g_1887,&g_1887,&g_1887};
static int8_t g_1978 = 0xA2L;
static uint32_t g_1979 = 18446744073709551610UL;
static union U3 ***g_1990 = &g_1651;
static int16_t **g_1995 = &g_519;
static int16_t ***g_1994 = &g_1995;
static const int32_t g_2132[4][7] = {{0xF47D06C5L,(-1L),0xF47D06C5L,0xF47D06C5L,(-1L),0xF47D06C5L,0xF47D06C5L},{(-1L),(-1L),2L,(-1L),(-1L),2L,(-1L)},{(-1L),0xF47D06C5L,0xF47D06C5L,(-1L),0xF47D06C5L,0xF47D06C5L,(-1L)},{0xF47D06C5L,(-1L),0xF47D06C5L,0xF47D06C5L,(-1L),0xF47D06C5L,0xF47D06C5L}};
static uint16_t *g_2204 = &g_619;
static uint16_t **g_2203 = &g_2204;
static uint16_t ***g_2202 = &g_2203;
static uint16_t ****g_2201 = &g_2202;
static struct S1 ** const g_2220 = &g_943;
static struct S1 ** const *g_2219[6][1][1] = {{{(void*)0}},{{&g_2220}},{{(void*)0}},{{&g_2220}},{{(void*)0}},{{&g_2220}}};
static uint16_t g_2294 = 65533UL;
static struct S1 **g_2379 = (void*)0;
static struct S1 ***g_2378 = &g_2379;
static const struct S1 *g_2385 = (void*)0;
static const struct S1 **g_2384 = &g_2385;
static const struct S1 ***g_2383 = &g_2384;
static int32_t g_2428 = 0x7E2888BDL;
static uint32_t g_2430 = 0UL;
static const union U2 *g_2468 = &g_598[0][7][2];
static const union U2 **g_2467 = &g_2468;
static const union U2 ***g_2466 = &g_2467;
static uint64_t g_2479 = 0x8F6AD2A6B68875C1LL;


/* --- FORWARD DECLARATIONS --- */
static int8_t  func_1(void);
static uint32_t  func_13(union U3  p_14, int8_t * p_15, int32_t  p_16, union U3  p_17, uint8_t  p_18);
static int8_t * func_20(struct S0  p_21, int8_t * p_22, int8_t * const  p_23, int8_t * const  p_24, const int8_t * p_25);
static struct S0  func_26(int8_t * p_27);
static struct S1  func_31(int32_t  p_32, const int16_t  p_33, int8_t * p_34, int8_t * p_35);
static int16_t  func_40(uint32_t  p_41, const union U3  p_42, int8_t * p_43, struct S1  p_44);
static int8_t * func_45(uint16_t  p_46);
static uint32_t  func_49(int8_t * p_50, uint32_t  p_51);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2479
 * writes:
 */
static int8_t  func_1(void)
{ /* block id: 0 */
    int16_t l_2 = (-1L);
    union U3 l_19 = {1UL};
    int8_t *l_28 = &g_12;
    const uint64_t l_700 = 0UL;
    int8_t * const l_701 = (void*)0;
    const int8_t *l_702 = &g_395;
    uint32_t l_756 = 1UL;
    int32_t l_760 = 0x82C039EEL;
    uint32_t **l_777 = &g_714;
    const uint16_t l_785 = 0x8FAAL;
    struct S1 l_825[9] = {{41,10437},{41,10437},{-32,-9045},{41,10437},{41,10437},{-32,-9045},{41,10437},{41,10437},{-32,-9045}};
    int32_t l_828 = 0x1D7803B8L;
    struct S0 l_837[7] = {{-565,-15594,0,0,2,14667,-5,0xC77F7A818D60E21BLL,-5101,86},{-565,-15594,0,0,2,14667,-5,0xC77F7A818D60E21BLL,-5101,86},{-565,-15594,0,0,2,14667,-5,0xC77F7A818D60E21BLL,-5101,86},{-565,-15594,0,0,2,14667,-5,0xC77F7A818D60E21BLL,-5101,86},{-565,-15594,0,0,2,14667,-5,0xC77F7A818D60E21BLL,-5101,86},{-565,-15594,0,0,2,14667,-5,0xC77F7A818D60E21BLL,-5101,86},{-565,-15594,0,0,2,14667,-5,0xC77F7A818D60E21BLL,-5101,86}};
    uint32_t l_897 = 0xF95DC025L;
    uint64_t l_949 = 1UL;
    int8_t l_954 = 0x8FL;
    int32_t l_955 = 0xC06B0D3DL;
    int32_t l_956 = 0x726D6180L;
    uint8_t l_957 = 0x59L;
    int8_t ***l_1008 = (void*)0;
    int8_t ****l_1007 = &l_1008;
    int64_t **l_1011 = &g_108[1];
    uint32_t l_1015 = 8UL;
    union U2 *l_1050 = (void*)0;
    union U2 **l_1049 = &l_1050;
    uint32_t l_1069 = 0x6D2C74A5L;
    int16_t l_1075 = (-2L);
    int64_t l_1081 = 0x406E3BB14F741591LL;
    int16_t **l_1118 = &g_519;
    uint64_t l_1222 = 0xCD72B3E448D5F48ELL;
    uint32_t l_1288[10] = {1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL};
    union U3 *l_1301 = &g_231;
    uint64_t *l_1310 = &g_112;
    uint16_t l_1328 = 65531UL;
    int16_t l_1364[2][8] = {{(-1L),0x945AL,0xD70FL,0xD70FL,0x945AL,(-1L),0x0E19L,(-1L)},{0x945AL,(-1L),0x0E19L,(-1L),0x945AL,0xD70FL,0xD70FL,0x945AL}};
    int8_t ***l_1492 = &g_390;
    union U3 l_1519 = {0xAA2375C1L};
    uint64_t l_1525 = 18446744073709551612UL;
    struct S1 l_1534 = {-36,-9059};
    uint16_t l_1640 = 0x4E7EL;
    int32_t l_1711[10][5] = {{0L,1L,3L,(-1L),0xE60AE9F9L},{0xF88344AEL,1L,3L,0x20DBCE25L,5L},{0L,0L,3L,0xE60AE9F9L,0x20DBCE25L},{0x6274B40EL,0x7E4BBFE0L,3L,0x3E317B1BL,0x3E317B1BL},{3L,0L,3L,5L,(-1L)},{0L,1L,3L,(-1L),0xE60AE9F9L},{0xF88344AEL,1L,3L,0x20DBCE25L,5L},{0L,0L,3L,0xE60AE9F9L,0x20DBCE25L},{0x6274B40EL,0x7E4BBFE0L,3L,0x3E317B1BL,0x3E317B1BL},{3L,0L,3L,5L,(-1L)}};
    int64_t l_1766 = 1L;
    uint64_t l_1791 = 0xD607F158617AA2A7LL;
    int64_t l_1850 = 2L;
    uint8_t l_1908[8][8] = {{246UL,1UL,1UL,1UL,1UL,246UL,0x31L,1UL},{0UL,0x31L,1UL,0UL,1UL,0x31L,0UL,246UL},{1UL,0x8CL,0x23L,0UL,0UL,0x23L,0x8CL,1UL},{246UL,0UL,0x31L,1UL,0UL,1UL,0x31L,0UL},{1UL,0x31L,1UL,1UL,0x40L,0x40L,1UL,1UL},{246UL,246UL,0UL,0x31L,1UL,0UL,1UL,0x31L},{1UL,0x31L,1UL,0x40L,0x31L,0x23L,0x23L,0x31L},{0x31L,0x23L,0x23L,0x31L,0x40L,1UL,0x31L,1UL}};
    uint64_t l_1965 = 0x2B34BC78AF5FBE64LL;
    union U3 ** const *l_1991 = &g_1651;
    union U2 l_2066 = {-8L};
    int8_t l_2113 = 3L;
    uint32_t l_2115 = 0x2B85A9B6L;
    uint32_t l_2121[6][8][5] = {{{0x05DCFA50L,4UL,0x595789B5L,0xB058A762L,0xC5278E60L},{4294967288UL,9UL,0xA9D3CA49L,0UL,0x389EC991L},{7UL,0UL,4294967293UL,0x8E2753D8L,0UL},{0xC5278E60L,0UL,0xDE1EE427L,0x10AEAD85L,0xE7E0FCC6L},{0UL,9UL,0x3BB72C0BL,0x26B8987AL,1UL},{0x300BBAE8L,0xB2DC434CL,0UL,4294967294UL,0x3FBB9DCBL},{0xFCE713F0L,0x80409366L,0UL,7UL,0x02FBF7AAL},{0xFC7C72C4L,0x05DCFA50L,0x26B8987AL,0xFC7C72C4L,0x02FBF7AAL}},{{7UL,6UL,0x6B8A6772L,0xFCE713F0L,0x3FBB9DCBL},{4294967294UL,0xFCE713F0L,0x48D5BAECL,0x300BBAE8L,1UL},{0x26B8987AL,0x389EC991L,0x606EA96AL,0UL,0xE7E0FCC6L},{0x10AEAD85L,0x854FBABAL,0UL,0xC5278E60L,0UL},{0x8E2753D8L,0x8E2753D8L,4294967289UL,7UL,0x389EC991L},{0UL,0x300BBAE8L,0x606EA96AL,4294967288UL,0xC5278E60L},{0xB058A762L,4294967295UL,0xB2DC434CL,0x05DCFA50L,0UL},{0x02FBF7AAL,0x300BBAE8L,0x3D965295L,0x10AEAD85L,4UL}},{{0x3745A899L,0x8E2753D8L,0x26B8987AL,4294967293UL,0xE3152F5AL},{0xE3152F5AL,0x854FBABAL,6UL,6UL,4294967293UL},{0x02FBF7AAL,0x389EC991L,0x4BAD17E1L,0xB058A762L,0x05DCFA50L},{6UL,0xFCE713F0L,0x3BB72C0BL,0x854FBABAL,0x8E2753D8L},{6UL,6UL,0x854FBABAL,0xE3152F5AL,0x3745A899L},{0x8E2753D8L,0x05DCFA50L,1UL,0xE3152F5AL,4UL},{0xC430EBCDL,0x80409366L,0xA9D3CA49L,0x854FBABAL,6UL},{0x05DCFA50L,0xB2DC434CL,4294967295UL,0xB058A762L,0xFC7C72C4L}},{{4294967294UL,9UL,4294967295UL,6UL,0x389EC991L},{0x872E3E90L,0UL,4294967293UL,4294967293UL,0UL},{0xC5278E60L,0UL,0x854FBABAL,0x10AEAD85L,4294967295UL},{0xFCE713F0L,9UL,4294967289UL,0x05DCFA50L,1UL},{0xA9D3CA49L,4UL,0UL,4294967288UL,0xF25C2C82L},{0xFCE713F0L,0x6B8A6772L,6UL,7UL,0x854FBABAL},{0xC5278E60L,0x05DCFA50L,1UL,0xC5278E60L,0x02FBF7AAL},{0x872E3E90L,0xB058A762L,0x6B8A6772L,0UL,0xF25C2C82L}},{{4294967294UL,2UL,4294967289UL,0x6B8A6772L,0xDE1EE427L},{4294967295UL,0x872E3E90L,0xFCE713F0L,0UL,4294967287UL},{4294967295UL,0x26B8987AL,0x595789B5L,3UL,4294967295UL},{4294967295UL,1UL,0x595789B5L,4294967293UL,4294967289UL},{6UL,0x6B8A6772L,0xFCE713F0L,0x3FBB9DCBL,4294967293UL},{0UL,4294967288UL,4294967289UL,0UL,6UL},{0x26B8987AL,0x3D965295L,0x48D5BAECL,0x606EA96AL,4294967289UL},{0xA9D3CA49L,4294967295UL,5UL,4294967295UL,0xA9D3CA49L}},{{4294967295UL,0x26B8987AL,0UL,0UL,4294967295UL},{0x26B8987AL,4294967289UL,2UL,0x3745A899L,0UL},{0x3745A899L,0UL,7UL,0x26B8987AL,4294967295UL},{0UL,0x3745A899L,1UL,4294967295UL,0xA9D3CA49L},{4294967295UL,0UL,1UL,0xA9D3CA49L,4294967289UL},{0x606EA96AL,0xB2DC434CL,0x80409366L,0x26B8987AL,6UL},{0UL,0UL,0x28E44D5DL,0UL,4294967293UL},{0x3FBB9DCBL,0x4BAD17E1L,0x3D965295L,6UL,4294967289UL}}};
    union U2 *l_2124 = &g_267;
    const int64_t ****l_2155 = (void*)0;
    int64_t l_2176 = 0x8C031D241E09A4C6LL;
    uint16_t * const **l_2274 = (void*)0;
    int32_t l_2317 = 0x05ADB561L;
    uint64_t l_2334[3];
    union U2 *** const *l_2343[9][5] = {{&g_1433,&g_1433,&g_1433,&g_1433,&g_1433},{&g_1433,&g_1433,&g_1433,(void*)0,&g_1433},{(void*)0,&g_1433,&g_1433,(void*)0,&g_1433},{(void*)0,&g_1433,&g_1433,&g_1433,&g_1433},{(void*)0,(void*)0,&g_1433,(void*)0,(void*)0},{&g_1433,(void*)0,&g_1433,&g_1433,&g_1433},{&g_1433,&g_1433,(void*)0,(void*)0,&g_1433},{&g_1433,&g_1433,(void*)0,(void*)0,&g_1433},{(void*)0,(void*)0,(void*)0,&g_1433,(void*)0}};
    int32_t l_2366 = 0xE71BFC32L;
    union U2 *l_2372[6];
    union U2 **l_2403[5] = {&l_2124,&l_2124,&l_2124,&l_2124,&l_2124};
    uint64_t ***l_2404 = (void*)0;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_2334[i] = 18446744073709551615UL;
    for (i = 0; i < 6; i++)
        l_2372[i] = &l_2066;
    return g_2479;
}


/* ------------------------------------------ */
/* 
 * reads : g_11 g_12 g_390 g_391 g_231 g_520.f9 g_76 g_231.f0 g_505
 * writes: g_76 g_221
 */
static uint32_t  func_13(union U3  p_14, int8_t * p_15, int32_t  p_16, union U3  p_17, uint8_t  p_18)
{ /* block id: 321 */
    uint32_t l_720 = 0x4C2D8317L;
    union U2 l_725 = {0xA6063FD1L};
    int16_t l_748 = 0xE2B9L;
    int64_t *l_749 = &g_76[1][0];
    union U3 *l_750[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int i;
    if (((safe_add_func_uint16_t_u_u((l_720 != ((safe_lshift_func_uint16_t_u_s(l_720, 8)) || ((((safe_rshift_func_uint16_t_u_u((l_725 , (((safe_add_func_uint64_t_u_u((safe_rshift_func_int16_t_s_u(((safe_add_func_int8_t_s_s((((*l_749) ^= (safe_div_func_int16_t_s_s((p_17.f1 != (safe_div_func_int64_t_s_s(((((safe_div_func_uint32_t_u_u((safe_add_func_int32_t_s_s((safe_div_func_int32_t_s_s((safe_mod_func_uint8_t_u_u((safe_lshift_func_int16_t_s_s(((*g_11) | (((**g_390) == (((g_231 , (safe_add_func_uint16_t_u_u((l_725.f0 , (l_720 , g_520.f9)), 0UL))) || 0x87L) && (**g_390))) == 0x26L)), l_725.f0)), 0x3AL)), 0x9267ABBBL)), 0UL)), p_16)) | l_720) & p_14.f1) , l_748), 0x87CB341432959E8BLL))), p_14.f0))) && 0x7E22BB51997BFC89LL), g_231.f0)) >= l_748), l_725.f0)), p_16)) & p_16) & p_17.f0)), l_748)) && 0xFBL) != 0xF4B0L) & l_725.f0))), p_18)) == p_14.f1))
    { /* block id: 323 */
        (*g_505) = (&p_17 != l_750[4]);
        return l_720;
    }
    else
    { /* block id: 326 */
        int64_t l_751 = (-1L);
        return l_751;
    }
}


/* ------------------------------------------ */
/* 
 * reads : g_433 g_173 g_713 g_112 g_505 g_221 g_624
 * writes: g_433 g_173 g_221 g_624
 */
static int8_t * func_20(struct S0  p_21, int8_t * p_22, int8_t * const  p_23, int8_t * const  p_24, const int8_t * p_25)
{ /* block id: 309 */
    int64_t l_709 = 4L;
    uint64_t *l_710 = &g_173;
    uint32_t **l_716 = &g_714;
    uint32_t ***l_715 = &l_716;
    int8_t *l_717[8][5] = {{&g_12,&g_395,(void*)0,&g_12,&g_12},{&g_395,&g_395,&g_12,&g_12,&g_12},{&g_12,&g_12,(void*)0,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,(void*)0},{(void*)0,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_395,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12}};
    int i, j;
    for (g_433 = (-9); (g_433 == 54); g_433++)
    { /* block id: 312 */
        const uint32_t *l_707 = &g_339;
        const uint32_t **l_706 = &l_707;
        const uint32_t ***l_705 = &l_706;
        (*l_705) = (void*)0;
    }
    (*g_505) ^= ((!((*l_710) &= l_709)) ^ ((safe_sub_func_int16_t_s_s(((g_713 == ((*l_715) = &g_714)) >= 0xF920251EL), l_709)) & g_112));
    p_21.f6 = ((*g_505) &= p_21.f6);
    return l_717[2][2];
}


/* ------------------------------------------ */
/* 
 * reads : g_11 g_12 g_499 g_226 g_505 g_390 g_391 g_216 g_683 g_619 g_520.f2 g_606 g_607
 * writes: g_499 g_226 g_683 g_221 g_216 g_230 g_624
 */
static struct S0  func_26(int8_t * p_27)
{ /* block id: 1 */
    int8_t *l_38[4][9][7] = {{{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12,(void*)0,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{(void*)0,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,(void*)0,&g_12,&g_12,&g_12,(void*)0},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,(void*)0},{&g_12,&g_12,&g_12,(void*)0,(void*)0,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12}},{{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,(void*)0,&g_12,(void*)0},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{(void*)0,&g_12,&g_12,&g_12,&g_12,&g_12,(void*)0},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,(void*)0},{&g_12,&g_12,&g_12,&g_12,(void*)0,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,(void*)0,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12}},{{(void*)0,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,(void*)0,&g_12,&g_12,&g_12,(void*)0},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,(void*)0},{&g_12,&g_12,&g_12,(void*)0,(void*)0,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,(void*)0,&g_12,(void*)0},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12}},{{(void*)0,&g_12,&g_12,&g_12,&g_12,&g_12,(void*)0},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,&g_12,(void*)0,(void*)0},{&g_12,(void*)0,&g_12,&g_12,&g_12,(void*)0,&g_12},{&g_12,&g_12,&g_12,(void*)0,&g_12,&g_12,(void*)0},{&g_12,&g_12,&g_12,&g_12,&g_12,&g_12,&g_12},{&g_12,&g_12,&g_12,&g_12,(void*)0,&g_12,&g_12},{&g_12,(void*)0,(void*)0,&g_12,(void*)0,&g_12,(void*)0},{(void*)0,&g_12,&g_12,&g_12,&g_12,(void*)0,(void*)0}}};
    int32_t l_39 = 0xDA7DA9FCL;
    int8_t *l_690 = (void*)0;
    const union U3 l_691 = {18446744073709551615UL};
    struct S1 l_692 = {5,-7647};
    uint16_t *l_697 = (void*)0;
    uint16_t *l_698 = &g_230;
    int i, j, k;
    (*g_505) = ((safe_lshift_func_uint16_t_u_u(((*l_698) = (((func_31(((*g_11) , (safe_mul_func_uint8_t_u_u((l_38[3][4][4] != p_27), l_39))), func_40((l_38[3][4][4] == (l_690 = func_45(l_39))), l_691, l_38[0][2][1], l_692), p_27, (*g_390)) , l_692.f0) , l_692.f0) & g_619)), g_520.f2)) == l_691.f0);
    return (*g_606);
}


/* ------------------------------------------ */
/* 
 * reads : g_216 g_683
 * writes: g_216
 */
static struct S1  func_31(int32_t  p_32, const int16_t  p_33, int8_t * p_34, int8_t * p_35)
{ /* block id: 299 */
    for (g_216 = 4; (g_216 >= 1); g_216 -= 1)
    { /* block id: 302 */
        struct S1 l_696[7] = {{-6,8817},{28,8748},{-6,8817},{-6,8817},{28,8748},{-6,8817},{-6,8817}};
        int i;
        return l_696[2];
    }
    return g_683;
}


/* ------------------------------------------ */
/* 
 * reads : g_499 g_505
 * writes: g_499 g_221 g_624 l_760
 */
static int16_t  func_40(uint32_t  p_41, const union U3  p_42, int8_t * p_43, struct S1  p_44)
{ /* block id: 292 */
    int32_t l_695 = (-1L);
    for (g_499 = 0; (g_499 != (-9)); g_499 = safe_sub_func_int16_t_s_s(g_499, 1))
    { /* block id: 295 */
        (*g_505) = l_695;
    }
    return p_44.f1;
}


/* ------------------------------------------ */
/* 
 * reads : g_499 g_226
 * writes: g_499 g_226 g_683
 */
static int8_t * func_45(uint16_t  p_46)
{ /* block id: 2 */
    int8_t *l_52 = &g_12;
    uint16_t *l_618 = &g_619;
    uint16_t *l_622 = &g_619;
    union U2 ***l_626 = &g_594;
    union U2 *** const *l_625[9] = {&l_626,&l_626,&l_626,&l_626,&l_626,&l_626,&l_626,&l_626,&l_626};
    int32_t l_644 = 0x732F252EL;
    int32_t l_654[3][9] = {{0xDFAD0E45L,9L,(-4L),9L,0xDFAD0E45L,0xA84AEBBBL,0xA84AEBBBL,0xDFAD0E45L,9L},{0x2BA5FDD5L,1L,0x2BA5FDD5L,0xA84AEBBBL,(-4L),(-4L),0xA84AEBBBL,0x2BA5FDD5L,1L},{1L,0x2BA5FDD5L,0xA84AEBBBL,(-4L),(-4L),0xA84AEBBBL,0x2BA5FDD5L,1L,0x2BA5FDD5L}};
    uint32_t l_655 = 0UL;
    int64_t l_662[6][3][2] = {{{(-1L),(-1L)},{(-7L),(-1L)},{(-4L),(-4L)}},{{(-4L),(-1L)},{(-7L),(-1L)},{(-1L),(-1L)}},{{(-7L),(-1L)},{(-4L),(-4L)},{(-4L),(-1L)}},{{(-7L),(-1L)},{(-1L),(-1L)},{(-7L),(-1L)}},{{(-4L),(-4L)},{(-4L),(-1L)},{(-7L),(-1L)}},{{(-1L),(-1L)},{(-7L),(-1L)},{(-4L),(-4L)}}};
    const struct S0 l_676[4] = {{466,-4422,101,0,-15,-13749,5,4UL,21543,-81},{466,-4422,101,0,-15,-13749,5,4UL,21543,-81},{466,-4422,101,0,-15,-13749,5,4UL,21543,-81},{466,-4422,101,0,-15,-13749,5,4UL,21543,-81}};
    int32_t *l_685 = &g_624[1][0];
    int32_t *l_686[7] = {&l_654[0][4],&l_644,&l_644,&l_654[0][4],&l_644,&l_644,&l_654[0][4]};
    uint32_t l_687[10][7][3] = {{{18446744073709551615UL,1UL,7UL},{0UL,8UL,0x48C3C100L},{18446744073709551608UL,0xB6376076L,18446744073709551614UL},{18446744073709551608UL,1UL,18446744073709551615UL},{0UL,18446744073709551610UL,0x5095ECB7L},{18446744073709551615UL,0x812EA519L,18446744073709551608UL},{0x278A24DAL,18446744073709551610UL,18446744073709551609UL}},{{0xBEA0B3DEL,1UL,0xBEA0B3DEL},{0x51998991L,0xB6376076L,0xBEA0B3DEL},{7UL,8UL,18446744073709551609UL},{18446744073709551609UL,1UL,18446744073709551608UL},{0xA6453C23L,6UL,0x5095ECB7L},{18446744073709551609UL,9UL,18446744073709551615UL},{7UL,18446744073709551615UL,18446744073709551614UL}},{{0x51998991L,18446744073709551615UL,0x48C3C100L},{0xBEA0B3DEL,9UL,7UL},{0x278A24DAL,6UL,18446744073709551611UL},{18446744073709551615UL,1UL,0UL},{1UL,18446744073709551608UL,0xC5127C8FL},{5UL,0UL,1UL},{5UL,18446744073709551607UL,18446744073709551615UL}},{{1UL,0x48C3C100L,18446744073709551615UL},{18446744073709551615UL,0xD60509E7L,0x9E404944L},{0UL,0x48C3C100L,8UL},{18446744073709551607UL,18446744073709551607UL,18446744073709551607UL},{18446744073709551609UL,0UL,18446744073709551607UL},{0UL,18446744073709551608UL,8UL},{8UL,18446744073709551613UL,0x9E404944L}},{{18446744073709551615UL,0x278A24DAL,18446744073709551615UL},{8UL,7UL,18446744073709551615UL},{0UL,18446744073709551615UL,1UL},{18446744073709551609UL,18446744073709551615UL,0xC5127C8FL},{18446744073709551607UL,7UL,0UL},{0UL,0x278A24DAL,0x74025221L},{18446744073709551615UL,18446744073709551613UL,0UL}},{{1UL,18446744073709551608UL,0xC5127C8FL},{5UL,0UL,1UL},{5UL,18446744073709551607UL,18446744073709551615UL},{1UL,0x48C3C100L,18446744073709551615UL},{18446744073709551615UL,0xD60509E7L,0x9E404944L},{0UL,0x48C3C100L,8UL},{18446744073709551607UL,18446744073709551607UL,18446744073709551607UL}},{{18446744073709551609UL,0UL,18446744073709551607UL},{0UL,18446744073709551608UL,8UL},{8UL,18446744073709551613UL,0x9E404944L},{18446744073709551615UL,0x278A24DAL,18446744073709551615UL},{8UL,7UL,18446744073709551615UL},{0UL,18446744073709551615UL,1UL},{18446744073709551609UL,18446744073709551615UL,0xC5127C8FL}},{{18446744073709551607UL,7UL,0UL},{0UL,0x278A24DAL,0x74025221L},{18446744073709551615UL,18446744073709551613UL,0UL},{1UL,18446744073709551608UL,0xC5127C8FL},{5UL,0UL,1UL},{5UL,18446744073709551607UL,18446744073709551615UL},{1UL,0x48C3C100L,18446744073709551615UL}},{{18446744073709551615UL,0xD60509E7L,0x9E404944L},{0UL,0x48C3C100L,8UL},{18446744073709551607UL,18446744073709551607UL,18446744073709551607UL},{18446744073709551609UL,0UL,18446744073709551607UL},{0UL,18446744073709551608UL,8UL},{8UL,18446744073709551613UL,0x9E404944L},{18446744073709551615UL,0x278A24DAL,18446744073709551615UL}},{{8UL,7UL,18446744073709551615UL},{0UL,18446744073709551615UL,1UL},{18446744073709551609UL,18446744073709551615UL,0xC5127C8FL},{18446744073709551607UL,7UL,0UL},{0UL,0x278A24DAL,0x74025221L},{18446744073709551615UL,18446744073709551613UL,0UL},{1UL,18446744073709551608UL,0xC5127C8FL}}};
    int i, j, k;
lbl_684:
    for (p_46 = (-24); (p_46 >= 6); p_46++)
    { /* block id: 5 */
        int8_t *l_53 = &g_12;
        int8_t *l_609 = &g_12;
        int8_t **l_608[10][4] = {{&g_391,&l_52,&g_391,&l_52},{&g_391,&l_52,&g_391,&l_52},{&g_391,&l_52,&g_391,&l_52},{&g_391,&l_52,&g_391,&l_52},{&g_391,&l_52,&g_391,&l_52},{&g_391,&l_52,&g_391,&l_52},{&g_391,&l_52,&g_391,&l_52},{&g_391,&l_52,&g_391,&l_52},{&g_391,&l_52,&g_391,&l_52},{&g_391,&l_52,&g_391,&l_52}};
        int32_t l_613 = 0L;
        uint16_t **l_620 = &l_618;
        uint16_t *l_621 = (void*)0;
        int32_t *l_623 = &g_624[1][0];
        union U2 *** const **l_627 = &l_625[4];
        uint64_t *l_653 = &g_112;
        uint64_t **l_652 = &l_653;
        int32_t l_661[7][7] = {{1L,0x0F3C9611L,0xD573DA72L,0x2F3B5008L,0x7AA0ADAAL,(-1L),(-1L)},{1L,(-10L),(-3L),1L,0x90E95F62L,1L,(-3L)},{0x90E95F62L,0x90E95F62L,0xBDB93795L,1L,(-1L),1L,0x4638A26EL},{(-2L),0xBDB93795L,0x4638A26EL,1L,1L,(-1L),0x0F3C9611L},{1L,6L,(-1L),0x4638A26EL,(-1L),6L,1L},{0x7AA0ADAAL,1L,1L,0x4638A26EL,0x90E95F62L,0x0F3C9611L,1L},{(-1L),0xD573DA72L,(-10L),1L,0x7AA0ADAAL,1L,1L}};
        int64_t l_663[8][1][7] = {{{0x7EA8042EF43C802DLL,0x14BD5333F827537ALL,0x7EA8042EF43C802DLL,3L,(-3L),(-3L),3L}},{{0L,0x2ED53E4DE13E2542LL,0L,0xE7333ACAC33B4C88LL,0xEF57FF2BA08E751DLL,0xEF57FF2BA08E751DLL,0xE7333ACAC33B4C88LL}},{{0x7EA8042EF43C802DLL,0x14BD5333F827537ALL,0x7EA8042EF43C802DLL,3L,(-3L),(-3L),3L}},{{0L,0x2ED53E4DE13E2542LL,0L,0xE7333ACAC33B4C88LL,0xEF57FF2BA08E751DLL,0xEF57FF2BA08E751DLL,0xE7333ACAC33B4C88LL}},{{0x7EA8042EF43C802DLL,0x14BD5333F827537ALL,0x7EA8042EF43C802DLL,3L,(-3L),(-3L),3L}},{{0L,0x2ED53E4DE13E2542LL,0L,0xE7333ACAC33B4C88LL,0xEF57FF2BA08E751DLL,0xEF57FF2BA08E751DLL,0xE7333ACAC33B4C88LL}},{{0x7EA8042EF43C802DLL,0x14BD5333F827537ALL,0x7EA8042EF43C802DLL,3L,(-3L),(-3L),3L}},{{0L,0x2ED53E4DE13E2542LL,0L,0xE7333ACAC33B4C88LL,0xEF57FF2BA08E751DLL,0xEF57FF2BA08E751DLL,0xE7333ACAC33B4C88LL}}};
        int i, j, k;
    }
    for (g_499 = 0; (g_499 != 12); ++g_499)
    { /* block id: 284 */
        struct S1 *l_681 = &g_226[7][0][3];
        struct S1 *l_682 = &g_683;
        (*l_682) = ((*l_681) = g_226[6][0][4]);
        if (p_46)
            goto lbl_684;
    }
    ++l_687[3][3][0];
    return l_52;
}


/* ------------------------------------------ */
/* 
 * reads : g_85 g_61 g_107 g_96 g_112 g_108 g_12 g_76 g_11 g_173 g_171 g_155 g_198 g_195 g_216 g_221 g_226 g_231 g_252 g_267 g_231.f3 g_267.f0 g_241 g_70 g_339 g_230 g_390 g_395 g_433 g_502 g_505 g_520 g_519 g_391 g_499 g_594 g_231.f1
 * writes: g_61 g_70 g_85 g_107 g_112 g_96 g_155 g_171 g_173 g_198 g_216 g_221 g_231 g_241 g_252 g_226 g_339 g_230 g_395 g_433 g_502 g_519 g_505 g_606
 */
static uint32_t  func_49(int8_t * p_50, uint32_t  p_51)
{ /* block id: 6 */
    int8_t *l_56[9][1];
    int8_t **l_55 = &l_56[0][0];
    int8_t ***l_54 = &l_55;
    int32_t l_59[8][6] = {{0x76E5F377L,0x1D90BCC9L,0x1D90BCC9L,0x76E5F377L,8L,0x76E5F377L},{0x76E5F377L,8L,0x76E5F377L,0x1D90BCC9L,0x1D90BCC9L,0x76E5F377L},{(-1L),(-1L),0x1D90BCC9L,(-1L),0x1D90BCC9L,(-1L)},{0x1D90BCC9L,8L,(-1L),(-1L),8L,0x1D90BCC9L},{(-1L),0x1D90BCC9L,(-1L),0x1D90BCC9L,(-1L),(-1L)},{0x76E5F377L,0x1D90BCC9L,0x1D90BCC9L,0x76E5F377L,8L,0x76E5F377L},{0x76E5F377L,8L,0x76E5F377L,0x1D90BCC9L,0x1D90BCC9L,0x76E5F377L},{(-1L),(-1L),0x1D90BCC9L,(-1L),0x1D90BCC9L,(-1L)}};
    struct S1 l_60[8] = {{-23,6291},{-23,6291},{2,-2536},{-23,6291},{-23,6291},{2,-2536},{-23,6291},{-23,6291}};
    uint8_t l_62[8][2][7] = {{{0x40L,0xF5L,0x42L,0x42L,0xF5L,0x40L,9UL},{0x39L,0x77L,254UL,255UL,0x52L,247UL,247UL}},{{0x61L,1UL,0UL,1UL,0x61L,0xB2L,1UL},{0x21L,0x77L,247UL,1UL,0x77L,255UL,0x77L}},{{0x40L,0x16L,0x16L,0x40L,1UL,0xB2L,0x61L},{0x7AL,1UL,0x39L,247UL,0x1DL,0x1DL,247UL}},{{0x42L,9UL,0x42L,0xB2L,1UL,0xF5L,0x61L},{255UL,254UL,0x77L,0x39L,0x21L,0x39L,0x77L}},{{1UL,1UL,1UL,9UL,0UL,0xF5L,9UL},{1UL,0x52L,0x1DL,0x9AL,0x9AL,0x1DL,0x52L}},{{0x16L,0xD6L,1UL,0x42L,0UL,0xB2L,9UL},{0x1DL,255UL,0x21L,0x52L,0x21L,255UL,0x1DL}},{{9UL,0xB2L,0UL,0x42L,1UL,0xD6L,0x16L},{0x52L,0x1DL,0x9AL,0x9AL,0x1DL,0x52L,1UL}},{{9UL,0xF5L,0UL,9UL,1UL,1UL,1UL},{0x77L,0x39L,0x21L,0x39L,0x77L,254UL,255UL}}};
    int64_t *l_75[7][9][2] = {{{&g_76[1][3],&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{(void*)0,&g_76[0][2]},{(void*)0,&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{(void*)0,&g_76[1][3]},{&g_76[0][2],(void*)0},{(void*)0,&g_76[1][3]}},{{(void*)0,&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{(void*)0,&g_76[1][3]},{(void*)0,(void*)0},{&g_76[0][2],&g_76[1][3]},{(void*)0,&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{(void*)0,&g_76[0][2]}},{{(void*)0,&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{(void*)0,&g_76[1][3]},{&g_76[0][2],(void*)0},{(void*)0,&g_76[1][3]},{(void*)0,&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{(void*)0,&g_76[1][3]}},{{(void*)0,(void*)0},{&g_76[0][2],&g_76[1][3]},{(void*)0,&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{(void*)0,&g_76[0][2]},{(void*)0,&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{&g_76[1][3],&g_76[1][3]}},{{(void*)0,&g_76[1][3]},{&g_76[0][2],(void*)0},{(void*)0,&g_76[1][3]},{(void*)0,&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{(void*)0,&g_76[1][3]},{(void*)0,(void*)0},{&g_76[0][2],&g_76[1][3]},{(void*)0,&g_76[1][3]}},{{&g_76[1][3],&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{(void*)0,&g_76[0][2]},{(void*)0,&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{&g_76[0][4],&g_76[1][3]},{&g_76[0][0],&g_76[1][3]},{&g_76[1][3],&g_76[1][3]}},{{&g_76[0][4],&g_76[0][2]},{&g_76[1][3],&g_76[0][2]},{&g_76[0][4],&g_76[1][3]},{&g_76[1][3],&g_76[1][3]},{&g_76[0][0],&g_76[1][3]},{&g_76[0][4],(void*)0},{&g_76[1][3],&g_76[0][2]},{&g_76[0][5],&g_76[1][3]},{&g_76[1][3],&g_76[0][0]}}};
    int64_t **l_111[3];
    uint32_t l_204[3];
    uint16_t *l_229[5][10][5] = {{{(void*)0,&g_230,&g_230,&g_230,&g_230},{&g_230,&g_230,&g_230,&g_230,(void*)0},{(void*)0,&g_230,&g_230,(void*)0,&g_230},{&g_230,(void*)0,&g_230,(void*)0,&g_230},{&g_230,&g_230,&g_230,&g_230,&g_230},{(void*)0,&g_230,&g_230,(void*)0,(void*)0},{&g_230,(void*)0,&g_230,(void*)0,&g_230},{(void*)0,&g_230,(void*)0,&g_230,(void*)0},{(void*)0,&g_230,&g_230,&g_230,(void*)0},{(void*)0,(void*)0,&g_230,&g_230,&g_230}},{{&g_230,(void*)0,&g_230,&g_230,&g_230},{&g_230,&g_230,(void*)0,(void*)0,(void*)0},{&g_230,&g_230,(void*)0,&g_230,&g_230},{&g_230,&g_230,&g_230,&g_230,&g_230},{&g_230,&g_230,(void*)0,&g_230,(void*)0},{&g_230,&g_230,&g_230,&g_230,&g_230},{&g_230,(void*)0,(void*)0,&g_230,(void*)0},{&g_230,(void*)0,&g_230,&g_230,&g_230},{(void*)0,&g_230,&g_230,&g_230,&g_230},{&g_230,&g_230,(void*)0,&g_230,&g_230}},{{&g_230,(void*)0,(void*)0,&g_230,&g_230},{(void*)0,&g_230,&g_230,(void*)0,(void*)0},{&g_230,&g_230,&g_230,(void*)0,&g_230},{&g_230,(void*)0,&g_230,&g_230,&g_230},{&g_230,&g_230,&g_230,(void*)0,&g_230},{&g_230,&g_230,&g_230,&g_230,&g_230},{&g_230,&g_230,&g_230,(void*)0,(void*)0},{&g_230,&g_230,(void*)0,&g_230,&g_230},{&g_230,(void*)0,&g_230,(void*)0,(void*)0},{&g_230,&g_230,&g_230,&g_230,&g_230}},{{&g_230,&g_230,&g_230,&g_230,&g_230},{&g_230,&g_230,&g_230,&g_230,(void*)0},{(void*)0,&g_230,&g_230,&g_230,&g_230},{&g_230,&g_230,&g_230,(void*)0,(void*)0},{(void*)0,&g_230,&g_230,(void*)0,&g_230},{&g_230,&g_230,(void*)0,&g_230,&g_230},{(void*)0,(void*)0,&g_230,&g_230,(void*)0},{&g_230,&g_230,&g_230,(void*)0,&g_230},{&g_230,(void*)0,(void*)0,&g_230,&g_230},{(void*)0,&g_230,&g_230,&g_230,(void*)0}},{{&g_230,&g_230,&g_230,(void*)0,&g_230},{&g_230,&g_230,&g_230,&g_230,&g_230},{(void*)0,&g_230,&g_230,(void*)0,&g_230},{&g_230,(void*)0,(void*)0,&g_230,(void*)0},{(void*)0,&g_230,&g_230,&g_230,&g_230},{&g_230,&g_230,&g_230,&g_230,&g_230},{&g_230,&g_230,(void*)0,&g_230,&g_230},{&g_230,&g_230,&g_230,(void*)0,&g_230},{(void*)0,&g_230,&g_230,&g_230,(void*)0},{&g_230,&g_230,&g_230,&g_230,&g_230}}};
    int8_t l_297 = 0x17L;
    int64_t l_337 = 0L;
    struct S0 l_365[2] = {{-192,3762,85,1,4,-10674,8,18446744073709551611UL,-2859,-40},{-192,3762,85,1,4,-10674,8,18446744073709551611UL,-2859,-40}};
    int32_t *l_386 = (void*)0;
    int64_t l_405 = (-1L);
    union U3 l_468[5] = {{0x09B312C8L},{0x09B312C8L},{0x09B312C8L},{0x09B312C8L},{0x09B312C8L}};
    int32_t l_501[3];
    uint8_t l_514 = 0xC7L;
    union U2 l_550 = {0L};
    int i, j, k;
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 1; j++)
            l_56[i][j] = (void*)0;
    }
    for (i = 0; i < 3; i++)
        l_111[i] = (void*)0;
    for (i = 0; i < 3; i++)
        l_204[i] = 4294967290UL;
    for (i = 0; i < 3; i++)
        l_501[i] = 8L;
lbl_201:
    (*l_54) = &p_50;
    if ((safe_rshift_func_uint16_t_u_s((g_61 = ((l_59[0][0] | (l_60[2] , 0x60L)) , ((void*)0 != &g_11))), l_62[3][1][4])))
    { /* block id: 9 */
        int64_t *l_67 = &g_61;
        int32_t l_68 = 7L;
        int64_t *l_69 = &g_70;
        int8_t *l_74 = &g_12;
        int64_t **l_77[3][2][5] = {{{&l_75[6][2][0],&l_67,&l_75[6][2][0],&l_75[6][2][0],&l_67},{&l_75[4][4][0],&l_75[4][4][0],&l_75[4][4][0],&l_75[4][4][0],&l_75[4][4][0]}},{{&l_67,&l_67,&l_75[4][4][0],&l_67,&l_67},{&l_75[4][4][0],&l_75[4][4][0],&l_75[4][4][0],&l_75[4][4][0],&l_75[4][4][0]}},{{&l_67,&l_75[6][2][0],&l_75[6][2][0],&l_67,&l_75[6][2][0]},{&l_75[4][4][0],&l_75[4][4][0],&l_75[4][4][0],&l_75[4][4][0],&l_75[4][4][0]}}};
        const int8_t ***l_83 = (void*)0;
        uint64_t *l_84[3];
        int32_t l_86[3][3][2] = {{{0x03C69C83L,0x03C69C83L},{0x03C69C83L,0x03C69C83L},{0x03C69C83L,0x03C69C83L}},{{0x03C69C83L,0x03C69C83L},{0x03C69C83L,0x03C69C83L},{0x03C69C83L,0x03C69C83L}},{{0x03C69C83L,0x03C69C83L},{0x03C69C83L,0x03C69C83L},{0x03C69C83L,0x03C69C83L}}};
        int16_t *l_127 = &g_96;
        int8_t **l_153 = &l_56[0][0];
        int8_t l_194[2][2];
        union U2 l_207[9] = {{0xE3876213L},{0xE3876213L},{0xE3876213L},{0xE3876213L},{0xE3876213L},{0xE3876213L},{0xE3876213L},{0xE3876213L},{0xE3876213L}};
        int64_t l_217[5][9][2] = {{{0x2ADD755139669681LL,0x54563BEC67E8D823LL},{0L,0x2ADD755139669681LL},{0x495B3EF353055AC8LL,0x495B3EF353055AC8LL},{0x495B3EF353055AC8LL,0x2ADD755139669681LL},{0L,0x54563BEC67E8D823LL},{0x2ADD755139669681LL,0x54563BEC67E8D823LL},{0L,0x2ADD755139669681LL},{0x495B3EF353055AC8LL,0x495B3EF353055AC8LL},{0x495B3EF353055AC8LL,0x2ADD755139669681LL}},{{0L,0x54563BEC67E8D823LL},{0x2ADD755139669681LL,0x54563BEC67E8D823LL},{0L,0x2ADD755139669681LL},{0x495B3EF353055AC8LL,0x495B3EF353055AC8LL},{0x495B3EF353055AC8LL,0x2ADD755139669681LL},{0L,0x54563BEC67E8D823LL},{0x2ADD755139669681LL,0x54563BEC67E8D823LL},{0L,0x2ADD755139669681LL},{0x495B3EF353055AC8LL,0x495B3EF353055AC8LL}},{{0x495B3EF353055AC8LL,0x2ADD755139669681LL},{0L,0x54563BEC67E8D823LL},{0x2ADD755139669681LL,0x54563BEC67E8D823LL},{0L,0x2ADD755139669681LL},{0x2ADD755139669681LL,0x2ADD755139669681LL},{0x2ADD755139669681LL,0L},{0x2B691629920BD129LL,0x495B3EF353055AC8LL},{0L,0x495B3EF353055AC8LL},{0x2B691629920BD129LL,0L}},{{0x2ADD755139669681LL,0x2ADD755139669681LL},{0x2ADD755139669681LL,0L},{0x2B691629920BD129LL,0x495B3EF353055AC8LL},{0L,0x495B3EF353055AC8LL},{0x2B691629920BD129LL,0L},{0x2ADD755139669681LL,0x2ADD755139669681LL},{0x2ADD755139669681LL,0L},{0x2B691629920BD129LL,0x495B3EF353055AC8LL},{0L,0x495B3EF353055AC8LL}},{{0x2B691629920BD129LL,0L},{0x2ADD755139669681LL,0x2ADD755139669681LL},{0x2ADD755139669681LL,0L},{0x2B691629920BD129LL,0x495B3EF353055AC8LL},{0L,0x495B3EF353055AC8LL},{0x2B691629920BD129LL,0L},{0x2ADD755139669681LL,0x2ADD755139669681LL},{0x2ADD755139669681LL,0L},{0x2B691629920BD129LL,0x495B3EF353055AC8LL}}};
        int32_t l_218[8] = {(-2L),0x0B6333A4L,(-2L),(-2L),0x0B6333A4L,(-2L),(-2L),0x0B6333A4L};
        int32_t *l_223 = &g_221;
        struct S1 l_382[1][3] = {{{-43,7699},{-43,7699},{-43,7699}}};
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_84[i] = &g_85;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_194[i][j] = 3L;
        }
        if ((safe_mul_func_int8_t_s_s((((*l_69) = (l_68 = (safe_sub_func_uint64_t_u_u(((void*)0 == &l_55), ((*l_67) = p_51))))) >= (l_86[1][1][0] |= ((((safe_rshift_func_uint8_t_u_u(p_51, 1)) , 255UL) && ((!(l_74 != l_74)) | ((l_75[0][7][1] = l_75[4][4][0]) != ((safe_lshift_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u((+(&l_55 == l_83)), p_51)), 0)) , (void*)0)))) < (-9L)))), 4L)))
        { /* block id: 15 */
            uint16_t l_93 = 65527UL;
            int16_t *l_95[6][9][4] = {{{(void*)0,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,&g_96},{(void*)0,&g_96,&g_96,(void*)0},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,(void*)0},{(void*)0,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,(void*)0},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,&g_96}},{{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,(void*)0},{(void*)0,&g_96,&g_96,(void*)0},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,&g_96},{(void*)0,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,&g_96},{(void*)0,&g_96,&g_96,(void*)0}},{{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,(void*)0},{(void*)0,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,(void*)0},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,(void*)0}},{{(void*)0,&g_96,&g_96,(void*)0},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,&g_96},{(void*)0,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,&g_96},{(void*)0,&g_96,&g_96,(void*)0},{&g_96,&g_96,&g_96,(void*)0},{&g_96,(void*)0,&g_96,&g_96},{&g_96,(void*)0,&g_96,(void*)0}},{{&g_96,&g_96,(void*)0,&g_96},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,(void*)0},{&g_96,&g_96,&g_96,&g_96},{&g_96,(void*)0,(void*)0,&g_96},{&g_96,&g_96,&g_96,&g_96},{&g_96,(void*)0,&g_96,&g_96},{&g_96,&g_96,&g_96,&g_96},{&g_96,(void*)0,&g_96,&g_96}},{{&g_96,&g_96,(void*)0,(void*)0},{&g_96,&g_96,(void*)0,&g_96},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,(void*)0},{&g_96,(void*)0,&g_96,&g_96},{&g_96,(void*)0,&g_96,(void*)0},{&g_96,&g_96,(void*)0,&g_96},{&g_96,&g_96,&g_96,&g_96},{&g_96,&g_96,&g_96,(void*)0}}};
            int64_t ***l_109 = (void*)0;
            int64_t ***l_110 = (void*)0;
            union U2 l_130 = {0xD21B0195L};
            int16_t *l_133 = &g_96;
            int32_t l_176[4][7][9] = {{{(-2L),(-1L),0L,0xCF2429CAL,(-4L),0L,1L,(-6L),0x9A89EFA3L},{0L,0x7642EFCBL,(-1L),(-2L),0x0F3CD203L,(-1L),1L,9L,(-6L)},{(-1L),0x38C8CD20L,0x279D215AL,0xAFF28C12L,9L,0x7642EFCBL,0x51A42648L,0x9A89EFA3L,0x9A89EFA3L},{(-1L),0x38C8CD20L,(-10L),1L,(-10L),0x38C8CD20L,(-1L),0x04B5BEC4L,0x8961E382L},{0x51A42648L,0x7642EFCBL,9L,0xAFF28C12L,0x279D215AL,0x38C8CD20L,(-1L),0L,1L},{1L,(-1L),0x0F3CD203L,(-2L),(-1L),0x7642EFCBL,0L,0x04B5BEC4L,1L},{1L,0L,(-4L),0xCF2429CAL,0L,(-1L),(-2L),0x9A89EFA3L,0x5FBD2053L}},{{0x51A42648L,1L,0x0F3CD203L,0x5959F263L,0L,0L,0x5959F263L,9L,0L},{(-1L),0L,9L,(-1L),(-1L),1L,(-2L),(-6L),0L},{(-1L),0xA975BA9DL,(-10L),0x45193B0AL,0x279D215AL,0L,0L,1L,0x5FBD2053L},{0L,0L,0x279D215AL,0x45193B0AL,(-10L),0xA975BA9DL,(-1L),(-1L),1L},{(-2L),1L,(-1L),(-1L),9L,0L,(-1L),(-1L),1L},{1L,0xE6A2B58DL,3L,1L,(-7L),0x4F1EB215L,0x9925D8BBL,0x68622381L,(-9L)},{0L,(-1L),3L,0xC757FEEDL,5L,0xE6A2B58DL,9L,0xCBA2C953L,1L}},{{(-6L),(-1L),0x3BAFCB35L,0L,(-7L),(-1L),9L,0xF6D975CFL,0xCBA2C953L},{0xF404DFAAL,0x500CD518L,(-2L),(-1L),9L,(-1L),0x9925D8BBL,1L,1L},{0x5FBD2053L,0x500CD518L,0x7D8F5040L,9L,0x7D8F5040L,0x500CD518L,0x5FBD2053L,1L,(-9L)},{0x9925D8BBL,(-1L),9L,(-1L),(-2L),0x500CD518L,0xF404DFAAL,(-6L),0x68622381L},{9L,(-1L),(-7L),0L,0x3BAFCB35L,(-1L),(-6L),1L,0L},{9L,0xE6A2B58DL,5L,0xC757FEEDL,3L,(-1L),0L,1L,(-3L)},{0x9925D8BBL,0x4F1EB215L,(-7L),1L,3L,0xE6A2B58DL,1L,0xF6D975CFL,(-6L)}},{{0x5FBD2053L,1L,9L,0xF404DFAAL,0x3BAFCB35L,0x4F1EB215L,0L,0xCBA2C953L,(-6L)},{0xF404DFAAL,(-4L),0x7D8F5040L,1L,(-2L),1L,(-6L),0x68622381L,(-3L)},{(-6L),1L,(-2L),1L,0x7D8F5040L,(-4L),0xF404DFAAL,(-10L),0L},{0L,0x4F1EB215L,0x3BAFCB35L,0xF404DFAAL,9L,1L,0x5FBD2053L,(-10L),0x68622381L},{1L,0xE6A2B58DL,3L,1L,(-7L),0x4F1EB215L,0x9925D8BBL,0x68622381L,(-9L)},{0L,(-1L),3L,0xC757FEEDL,5L,0xE6A2B58DL,9L,0xCBA2C953L,1L},{(-6L),(-1L),0x3BAFCB35L,0L,(-7L),(-1L),9L,0xF6D975CFL,0xCBA2C953L}}};
            int64_t ***l_212 = (void*)0;
            int64_t ***l_213[9][2] = {{&g_107,(void*)0},{&g_107,&g_107},{(void*)0,&g_107},{&g_107,(void*)0},{&g_107,&g_107},{(void*)0,&g_107},{&g_107,(void*)0},{&g_107,&g_107},{(void*)0,&g_107}};
            uint32_t *l_219[9][9][3] = {{{(void*)0,&l_204[1],(void*)0},{(void*)0,(void*)0,&l_204[2]},{(void*)0,(void*)0,&l_204[1]},{&l_204[0],&l_204[2],&l_204[2]},{(void*)0,&l_204[2],&l_204[0]},{&l_204[2],(void*)0,(void*)0},{(void*)0,(void*)0,&l_204[0]},{&l_204[2],(void*)0,&l_204[2]},{&l_204[1],(void*)0,&l_204[1]}},{{&l_204[2],&l_130.f3,&l_204[2]},{&l_204[1],&l_204[0],&l_204[2]},{(void*)0,(void*)0,&l_204[0]},{&l_204[2],&l_204[2],(void*)0},{(void*)0,&l_204[2],(void*)0},{&l_204[1],(void*)0,(void*)0},{&l_204[1],&l_204[0],&l_204[0]},{&l_204[2],&l_204[2],(void*)0},{&l_204[1],&l_204[2],&l_204[2]}},{{(void*)0,&l_204[0],(void*)0},{&l_204[2],&l_204[2],&l_204[2]},{(void*)0,&l_204[2],&l_204[1]},{&l_204[0],&l_204[0],&l_204[2]},{(void*)0,(void*)0,(void*)0},{(void*)0,&l_204[2],&l_130.f3},{(void*)0,&l_204[2],(void*)0},{&l_204[2],(void*)0,&l_130.f3},{&l_204[2],&l_204[0],(void*)0}},{{&l_204[2],(void*)0,&l_204[2]},{&l_204[2],(void*)0,&l_204[1]},{&l_204[2],&l_204[0],&l_204[2]},{(void*)0,(void*)0,(void*)0},{&l_204[2],&l_204[2],&l_204[2]},{(void*)0,&l_204[2],(void*)0},{&l_204[2],&l_204[0],&l_204[0]},{&l_204[2],(void*)0,(void*)0},{&l_204[2],&l_204[2],(void*)0}},{{&l_204[2],&l_204[2],(void*)0},{&l_204[2],&l_204[2],&l_204[0]},{(void*)0,&l_204[2],&l_204[2]},{(void*)0,&l_204[2],&l_204[2]},{(void*)0,(void*)0,&l_204[2]},{&l_204[0],&l_204[0],&l_204[2]},{(void*)0,&l_204[2],(void*)0},{&l_204[2],&l_204[2],(void*)0},{(void*)0,(void*)0,(void*)0}},{{&l_204[1],&l_204[0],&l_204[2]},{&l_204[2],(void*)0,&l_204[2]},{&l_204[1],(void*)0,&l_204[2]},{&l_204[1],&l_204[0],&l_204[2]},{(void*)0,(void*)0,&l_204[0]},{&l_204[2],&l_204[2],(void*)0},{(void*)0,&l_204[2],(void*)0},{&l_204[1],(void*)0,(void*)0},{&l_204[1],&l_204[0],&l_204[0]}},{{&l_204[2],&l_204[2],(void*)0},{&l_204[1],&l_204[2],&l_204[2]},{(void*)0,&l_204[0],(void*)0},{&l_204[2],&l_204[2],&l_204[2]},{(void*)0,&l_204[2],&l_204[1]},{&l_204[0],&l_204[0],&l_204[2]},{(void*)0,(void*)0,(void*)0},{(void*)0,&l_204[2],&l_130.f3},{(void*)0,&l_204[2],(void*)0}},{{&l_204[2],(void*)0,&l_130.f3},{&l_204[2],&l_204[0],(void*)0},{&l_204[2],(void*)0,&l_204[2]},{&l_204[2],(void*)0,&l_204[1]},{&l_204[2],&l_204[0],&l_204[2]},{(void*)0,(void*)0,(void*)0},{&l_204[2],&l_204[2],&l_204[2]},{(void*)0,&l_204[2],(void*)0},{&l_204[2],&l_204[0],&l_204[0]}},{{&l_204[2],(void*)0,(void*)0},{&l_204[2],&l_204[0],(void*)0},{(void*)0,&l_204[2],(void*)0},{(void*)0,&l_130.f3,&l_204[2]},{&l_204[1],&l_204[2],&l_204[2]},{&l_204[2],&l_204[0],&l_204[2]},{(void*)0,(void*)0,&l_204[2]},{&l_204[2],&l_204[0],&l_204[2]},{&l_204[2],(void*)0,(void*)0}}};
            int32_t *l_220 = &g_221;
            int i, j, k;
            if (((safe_unary_minus_func_int16_t_s((((safe_lshift_func_int16_t_s_u((((safe_lshift_func_uint16_t_u_u(p_51, ((+(g_85 ^= l_93)) | (~(((g_112 = (l_86[1][1][0] = ((((l_59[0][0] &= p_51) && (safe_add_func_uint32_t_u_u((safe_unary_minus_func_uint8_t_u((safe_mul_func_int8_t_s_s((l_86[1][1][0] , ((safe_sub_func_uint8_t_u_u(((4294967288UL < 0x50B6C34CL) && (+(safe_lshift_func_uint16_t_u_s(g_61, 1)))), ((g_107 = g_107) != (l_111[1] = &l_75[2][4][0])))) && 0x6206L)), p_51)))), 4UL))) && p_51) != 0x260E86605BB6F065LL))) || 0x21L) >= p_51))))) && 0xA6L) | l_62[2][0][5]), 15)) ^ (-5L)) | l_93))) == g_61))
            { /* block id: 22 */
                const int16_t l_156 = 0x349BL;
                union U2 l_170 = {7L};
                for (g_96 = 0; (g_96 >= (-7)); --g_96)
                { /* block id: 25 */
                    int32_t *l_115 = (void*)0;
                    int32_t *l_116 = &l_86[2][0][0];
                    (*l_116) = l_86[0][0][1];
                }
                for (l_68 = 0; (l_68 >= 0); l_68 -= 1)
                { /* block id: 30 */
                    int16_t **l_128 = &l_95[1][2][3];
                    int16_t **l_129 = &l_127;
                    int32_t l_134 = 1L;
                    int32_t *l_136 = (void*)0;
                    int32_t **l_135 = &l_136;
                    struct S1 l_137 = {-7,-2106};
                    uint16_t *l_152 = &l_93;
                    int32_t *l_154 = (void*)0;
                    struct S0 l_157 = {268,1799,64,0,1,8353,17,0xB1AF397C00CB0D77LL,5238,126};
                    uint16_t l_172[3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_172[i] = 0xC6BCL;
                    (*l_135) = (((g_96 , 0UL) == (safe_sub_func_uint64_t_u_u((safe_div_func_int8_t_s_s(((safe_add_func_uint16_t_u_u(g_96, 0x390BL)) > (((safe_mod_func_uint64_t_u_u((((*l_129) = ((*l_128) = l_127)) == (((l_130 , (!g_112)) & (~p_51)) , l_133)), 0x73AF25C912EA93CCLL)) != 0UL) < g_96)), l_134)), p_51))) , (void*)0);
                    l_59[6][5] |= p_51;
                    if ((((18446744073709551608UL & (l_137 , (safe_rshift_func_int16_t_s_u(((((safe_sub_func_int32_t_s_s((g_155 = (safe_sub_func_uint64_t_u_u((g_85 = p_51), (((*g_107) == (((((safe_rshift_func_int8_t_s_s((((0UL == (((safe_mul_func_int16_t_s_s(g_61, (((*l_152) = ((((safe_rshift_func_int16_t_s_u((l_137 , ((l_93 ^ (safe_sub_func_uint8_t_u_u(p_51, (*p_50)))) != p_51)), 7)) , (void*)0) != (*g_107)) == g_76[0][4])) != g_76[1][3]))) | p_51) , (-1L))) || l_93) != 1L), 6)) < 0x60E5L) , l_153) == (void*)0) , (*g_107))) >= 1UL)))), l_130.f0)) , l_156) , l_156) > g_76[1][3]), l_62[3][1][4])))) | l_60[2].f0) > l_59[6][2]))
                    { /* block id: 38 */
                        union U2 *l_158 = &l_130;
                        union U2 **l_159 = &l_158;
                        union U2 *l_161[2][3] = {{&l_130,&l_130,&l_130},{&l_130,&l_130,&l_130}};
                        union U2 **l_160 = &l_161[1][2];
                        int i, j;
                        (*l_160) = (l_157 , ((*l_159) = l_158));
                    }
                    else
                    { /* block id: 41 */
                        struct S1 l_164 = {18,-623};
                        int32_t *l_174 = (void*)0;
                        int32_t *l_175 = &l_134;
                        l_176[3][4][5] ^= ((*l_175) = ((safe_sub_func_int8_t_s_s((l_164 , (*p_50)), p_51)) != ((g_173 &= ((l_86[1][1][0] || (((*g_11) != ((g_171 = (((safe_add_func_uint32_t_u_u(((!((safe_rshift_func_uint8_t_u_u((0xC1AFL || (l_170 , (l_164.f0 || l_130.f0))), p_51)) == 3UL)) , g_96), g_76[0][3])) <= g_96) ^ 0xA76FL)) <= 0x7DL)) || l_172[0])) <= 0x33B4L)) <= l_93)));
                    }
                    for (g_171 = 1; (g_171 >= 0); g_171 -= 1)
                    { /* block id: 49 */
                        int32_t l_186[4][4][1] = {{{0L},{(-1L)},{0L},{0xAC8EDC9CL}},{{0L},{(-1L)},{0L},{0xAC8EDC9CL}},{{0L},{(-1L)},{0L},{0xAC8EDC9CL}},{{0L},{(-1L)},{0L},{0xAC8EDC9CL}}};
                        int i, j, k;
                        (*l_135) = ((g_76[(l_68 + 1)][(l_68 + 2)] >= (~(l_186[1][2][0] = ((((*g_11) < 255UL) ^ (g_76[(l_68 + 1)][(l_68 + 2)] , (*g_11))) | (safe_sub_func_uint32_t_u_u(((g_173 && g_171) || ((safe_div_func_int64_t_s_s((safe_add_func_int16_t_s_s(((1L | (((((((void*)0 == &g_96) ^ 0UL) && (-6L)) > l_62[0][0][5]) , 65528UL) , p_51)) > l_93), p_51)), g_171)) | g_12)), g_112)))))) , (void*)0);
                        return l_60[2].f1;
                    }
                }
            }
            else
            { /* block id: 55 */
                for (g_112 = (-12); (g_112 > 15); g_112++)
                { /* block id: 58 */
                    l_86[1][1][0] = (safe_mod_func_int64_t_s_s(1L, p_51));
                    for (g_155 = 0; (g_155 < (-30)); --g_155)
                    { /* block id: 62 */
                        int32_t *l_193 = &l_86[1][1][0];
                        int32_t *l_196 = &l_59[0][0];
                        int32_t *l_197 = (void*)0;
                        if (p_51)
                            break;
                        --g_198[5][0];
                        (*l_193) ^= g_195[0];
                    }
                    if (g_61)
                        goto lbl_201;
                    for (g_173 = 14; (g_173 < 8); g_173--)
                    { /* block id: 70 */
                        return l_204[2];
                    }
                }
            }
            (*l_220) |= (safe_mul_func_int16_t_s_s((((l_207[0] , &l_86[1][1][0]) == (void*)0) || (l_207[0].f0 == (l_176[3][3][8] || (safe_div_func_int32_t_s_s((safe_add_func_int8_t_s_s((l_130.f0 = ((p_51 = (p_51 & ((l_218[3] = ((((g_107 = &l_69) != &g_108[3]) & ((l_176[3][4][5] = (l_68 = (g_216 |= (l_86[1][2][0] = (safe_rshift_func_int16_t_s_s(g_61, 3)))))) && (*g_11))) <= l_217[3][5][1])) && 0x59L))) | g_198[4][1])), (*g_11))), 0x21921C0DL))))), l_59[0][0]));
        }
        else
        { /* block id: 84 */
            int32_t *l_222 = &l_86[0][2][0];
            (*l_222) = ((void*)0 == &l_153);
        }
        if (((*l_223) ^= p_51))
        { /* block id: 88 */
            union U3 *l_232 = &g_231;
            int32_t l_235 = 0xCE62A4A4L;
            int8_t l_236 = 1L;
            uint64_t **l_239 = &l_84[2];
            uint8_t *l_240[1];
            int16_t *l_244 = &g_96;
            int32_t l_276 = 0x3C689B7AL;
            int i;
            for (i = 0; i < 1; i++)
                l_240[i] = &g_198[5][0];
            l_236 = (safe_sub_func_int32_t_s_s((((*l_232) = ((g_226[6][0][4] , (safe_mod_func_int16_t_s_s(((l_229[3][0][2] == (void*)0) <= 0xFE583E0304A45FE1LL), g_226[6][0][4].f1))) , g_231)) , (*l_223)), (safe_lshift_func_int16_t_s_s(((((p_51 , (((*g_11) | 1UL) ^ 0L)) < 8L) != 0xEAFFL) | l_235), g_155))));
            if (((l_235 == g_85) | (safe_rshift_func_uint16_t_u_s((l_59[2][2] = ((((g_241 = (g_198[5][0] |= (l_67 == ((*l_239) = l_84[2])))) , ((((l_244 == &g_96) | g_198[5][0]) < (l_236 == ((safe_lshift_func_int8_t_s_s((safe_div_func_uint64_t_u_u(p_51, 1UL)), l_235)) , g_173))) < 65527UL)) >= 1UL) <= 0xC9FC60A11C9E3C08LL)), 10))))
            { /* block id: 95 */
                uint16_t l_272 = 0UL;
                int32_t l_273 = 1L;
                int32_t l_274 = 0x9EEACDF3L;
                int32_t *l_275[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int i;
                l_276 ^= (safe_mul_func_int8_t_s_s((~((g_252++) && ((0x3B7EA7F8L < (g_216 < (l_274 = (l_235 = (l_273 = ((safe_mod_func_uint64_t_u_u(5UL, (safe_mul_func_uint16_t_u_u((*l_223), (((safe_lshift_func_uint16_t_u_s((safe_mod_func_int32_t_s_s((safe_div_func_uint64_t_u_u(g_76[1][3], (safe_rshift_func_int16_t_s_s(p_51, 1)))), (g_267 , 0x07F5430EL))), (safe_mul_func_uint16_t_u_u((safe_rshift_func_int8_t_s_u(l_272, 1)), 1UL)))) == 0xE88E8DE1L) != 1L))))) | (*l_223))))))) ^ g_221))), g_76[1][2]));
                l_223 = &g_221;
            }
            else
            { /* block id: 102 */
                struct S1 *l_277 = &g_226[8][0][3];
                struct S1 *l_278 = &l_60[2];
                (*l_223) |= (g_231.f3 <= ((p_51 , (void*)0) == &g_112));
                (*l_278) = ((*l_277) = g_226[6][0][4]);
            }
            for (g_155 = 0; (g_155 == (-27)); --g_155)
            { /* block id: 109 */
                int64_t **l_290 = (void*)0;
                int32_t *l_298 = &l_86[1][1][0];
                (*l_223) = (((safe_add_func_int64_t_s_s((l_276 &= l_62[3][1][4]), (safe_sub_func_uint64_t_u_u(((l_218[3] &= ((18446744073709551615UL > (*l_223)) & g_76[0][3])) <= (!(&g_108[1] != (((g_76[1][2] & (*l_223)) > p_51) , l_290)))), 0xC83944E22DBB2E2CLL)))) && 1UL) || 0UL);
                (*l_298) |= (2UL <= (safe_unary_minus_func_uint32_t_u((((1L == ((*l_223) = ((0xB5D35E8AL ^ g_155) || l_276))) , (safe_add_func_int16_t_s_s((&g_230 != &g_230), (safe_lshift_func_uint16_t_u_s(0x89D3L, 3))))) && (!((l_297 , l_235) | 0xCC2A6CD3486CE315LL))))));
            }
        }
        else
        { /* block id: 116 */
            return g_61;
        }
        if ((safe_mul_func_int16_t_s_s(p_51, ((l_59[2][1] | ((1UL > 0x8C8DL) || ((*l_223) = p_51))) | (!g_195[0])))))
        { /* block id: 120 */
            int16_t *l_308 = &g_231.f3;
            int16_t **l_309 = &l_127;
            int16_t *l_310 = &g_231.f3;
            int32_t l_311 = 0xB96C97FDL;
            int32_t l_332[5] = {0x29C0D19EL,0x29C0D19EL,0x29C0D19EL,0x29C0D19EL,0x29C0D19EL};
            int32_t l_360 = 0xE60B7A04L;
            struct S1 l_366[10][10] = {{{41,-7002},{24,-5770},{-6,-3878},{20,7361},{-43,11173},{-18,5812},{36,9656},{-6,-3878},{31,10808},{20,7361}},{{-6,-3878},{4,4501},{-24,10571},{-43,11173},{23,-3132},{-18,5812},{24,-5770},{33,4955},{-14,534},{-14,534}},{{41,-7002},{29,-5651},{28,9193},{23,-3132},{23,-3132},{28,9193},{29,-5651},{41,-7002},{9,-5341},{20,7361}},{{33,4955},{24,-5770},{-18,5812},{23,-3132},{-43,11173},{-24,10571},{4,4501},{-6,-3878},{-14,534},{23,-3132}},{{-6,-3878},{36,9656},{-18,5812},{-43,11173},{20,7361},{-6,-3878},{24,-5770},{41,-7002},{31,10808},{-14,534}},{{-2,-8771},{36,9656},{28,9193},{20,7361},{5,-1815},{28,9193},{4,4501},{33,4955},{9,-5341},{5,-1815}},{{-2,-8771},{24,-5770},{-24,10571},{5,-1815},{-43,11173},{-6,-3878},{29,-5651},{-6,-3878},{-43,11173},{5,-1815}},{{-6,-3878},{29,-5651},{-6,-3878},{-43,11173},{5,-1815},{-24,10571},{24,-5770},{-2,-8771},{-43,11173},{-14,534}},{{33,4955},{4,4501},{28,9193},{5,-1815},{20,7361},{28,9193},{36,9656},{-2,-8771},{9,-5341},{23,-3132}},{{41,-7002},{24,-5770},{-6,-3878},{20,7361},{-43,11173},{-18,5812},{36,9656},{-6,-3878},{31,10808},{20,7361}}};
            int i, j;
            if (((safe_add_func_uint32_t_u_u(p_51, (((safe_div_func_uint32_t_u_u((safe_div_func_uint16_t_u_u((l_308 != (l_310 = ((*l_309) = l_229[3][3][0]))), 0xA39BL)), l_62[6][0][0])) || (0x8BEA3C8304163937LL ^ l_311)) >= (((*l_223) , p_51) || p_51)))) , g_267.f0))
            { /* block id: 123 */
                uint64_t l_319 = 18446744073709551608UL;
                int32_t l_335 = 7L;
                int32_t l_336 = 4L;
                int32_t l_338[2];
                int i;
                for (i = 0; i < 2; i++)
                    l_338[i] = (-1L);
                for (l_311 = 0; (l_311 <= 2); l_311 += 1)
                { /* block id: 126 */
                    int32_t *l_328 = &l_218[4];
                    int32_t l_334 = 7L;
                    int i;
                    (*l_328) ^= ((safe_sub_func_int32_t_s_s(((void*)0 != &l_111[l_311]), g_241)) < (!(safe_sub_func_uint32_t_u_u((safe_sub_func_int8_t_s_s(l_319, 0x43L)), (((((l_60[2].f0 <= l_60[2].f1) || ((safe_mod_func_int32_t_s_s((g_221 = p_51), ((safe_div_func_int32_t_s_s(((safe_lshift_func_int8_t_s_s((safe_mod_func_uint16_t_u_u(l_204[2], 0x43F1L)), (*p_50))) , 1L), p_51)) && l_319))) && 8UL)) != p_51) != l_204[2]) ^ l_204[2])))));
                    g_221 |= g_70;
                    for (g_252 = 0; (g_252 <= 0); g_252 += 1)
                    { /* block id: 132 */
                        int32_t *l_329 = &l_59[4][2];
                        int32_t *l_330 = &l_218[3];
                        int32_t *l_331 = (void*)0;
                        int32_t *l_333[8][6][1] = {{{&l_59[0][0]},{&l_218[3]},{&l_332[1]},{&l_332[1]},{&l_218[3]},{&l_59[0][0]}},{{(void*)0},{&g_221},{&l_68},{&l_311},{&l_59[0][0]},{&l_332[0]}},{{&l_59[0][0]},{&l_311},{&l_68},{&g_221},{(void*)0},{&l_59[0][0]}},{{&l_218[3]},{&l_332[1]},{&l_332[1]},{&l_218[3]},{&l_59[0][0]},{(void*)0}},{{&g_221},{&l_68},{&l_311},{&l_59[0][0]},{&l_332[0]},{&l_59[0][0]}},{{&l_311},{&l_68},{&g_221},{(void*)0},{&l_59[0][0]},{&l_59[0][0]}},{{&l_86[0][1][0]},{&l_86[0][1][0]},{&l_59[0][0]},{&l_59[0][0]},{(void*)0},{&l_218[3]}},{{(void*)0},{(void*)0},{&l_332[0]},{&g_221},{&l_332[0]},{(void*)0}}};
                        int32_t **l_342 = &l_329;
                        int i, j, k;
                        g_339++;
                        (*l_342) = &l_332[0];
                    }
                }
            }
            else
            { /* block id: 137 */
                uint16_t l_357 = 0x623FL;
                uint32_t *l_362 = &l_207[0].f3;
                uint32_t *l_363 = &g_339;
                int32_t l_364 = (-1L);
                if (((safe_mul_func_int8_t_s_s((((((safe_sub_func_uint64_t_u_u(0x93C795F71308A2A7LL, ((*l_309) == &g_96))) ^ (((safe_mul_func_int8_t_s_s(((safe_add_func_int8_t_s_s((l_364 &= ((g_230 &= ((safe_sub_func_uint8_t_u_u((safe_add_func_int8_t_s_s((safe_rshift_func_int16_t_s_s(l_357, (g_267 , l_337))), (safe_sub_func_uint64_t_u_u(p_51, l_360)))), (((safe_unary_minus_func_uint32_t_u(((*l_363) &= (g_231 , 0x65CD4AB5L)))) >= 0xD22CD79FL) <= 0UL))) >= (*g_11))) , (*g_11))), 0x44L)) <= 0x1FA2D0A0L), l_60[2].f1)) | l_357) && g_195[1])) != 1L) , l_365[0]) , 1L), (*p_50))) < l_204[0]))
                { /* block id: 141 */
                    struct S1 *l_367 = &g_226[1][0][4];
                    (*l_367) = l_366[2][1];
                    (*l_367) = g_226[6][0][4];
                }
                else
                { /* block id: 144 */
                    uint16_t l_374[10] = {0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL};
                    int i;
                    for (p_51 = 11; (p_51 == 10); p_51--)
                    { /* block id: 147 */
                        int32_t *l_370 = &l_59[5][1];
                        int32_t *l_371 = (void*)0;
                        int32_t *l_372 = &l_218[2];
                        int32_t *l_373[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
                        int i;
                        ++l_374[7];
                    }
                }
            }
        }
        else
        { /* block id: 152 */
            int64_t l_381 = 0L;
            for (g_216 = 0; (g_216 <= (-28)); g_216--)
            { /* block id: 155 */
                int32_t l_379 = 0x99AB900EL;
                struct S1 *l_383 = &l_60[6];
                (*l_223) &= (p_51 != l_379);
                (*l_383) = ((~(l_381 = 0x3755L)) , (p_51 , l_382[0][1]));
            }
        }
        g_226[0][0][3] = g_226[6][0][4];
    }
    else
    { /* block id: 162 */
        int32_t *l_385 = &l_59[0][5];
        int32_t **l_384[9] = {&l_385,&l_385,&l_385,&l_385,&l_385,&l_385,&l_385,&l_385,&l_385};
        struct S1 l_407[2] = {{41,6257},{41,6257}};
        const struct S0 l_408 = {-86,4745,11,1,8,-15565,12,18446744073709551615UL,28041,-42};
        int64_t ***l_419 = &l_111[2];
        int32_t *l_506 = &l_59[0][0];
        int8_t l_540 = 0x60L;
        union U2 * const l_600 = &g_601[6][4];
        union U2 * const *l_599 = &l_600;
        int i;
        l_386 = &g_221;
        if (g_230)
        { /* block id: 164 */
            uint16_t l_389 = 65534UL;
            int32_t l_397 = (-5L);
            int32_t l_401 = 1L;
            uint16_t l_402 = 65529UL;
            int64_t l_431 = (-3L);
            struct S1 *l_467 = &l_60[2];
            struct S1 **l_466 = &l_467;
lbl_465:
            for (g_241 = 0; (g_241 != 14); ++g_241)
            { /* block id: 167 */
                int8_t * const l_394 = &g_395;
                int8_t * const *l_393 = &l_394;
                int8_t * const **l_392 = &l_393;
                int32_t l_399 = 0x1C2368A5L;
                int64_t ***l_420 = &g_107;
                int16_t l_432 = 0xDCE2L;
                int64_t l_464 = 0x604514AF70A23419LL;
                if ((*l_385))
                    break;
                if (g_173)
                    goto lbl_465;
                if (l_389)
                    break;
                if ((((*l_54) = g_390) == ((*l_392) = &g_391)))
                { /* block id: 172 */
                    int8_t l_396 = (-9L);
                    int32_t l_398 = (-2L);
                    int32_t l_400 = 0x26B42F2AL;
                    struct S1 *l_406[5] = {&g_226[6][0][2],&g_226[6][0][2],&g_226[6][0][2],&g_226[6][0][2],&g_226[6][0][2]};
                    int64_t ***l_418 = (void*)0;
                    int64_t ****l_417 = &l_418;
                    int i;
                    ++l_402;
                    (*l_386) ^= ((l_405 ^= ((void*)0 == &g_231)) & ((l_407[1] = l_60[2]) , (l_408 , g_198[5][0])));
                    (*l_385) |= (((*l_394) ^= (0x98AC883CA65A85A1LL >= (!((*l_386) <= (-1L))))) , ((((safe_add_func_uint32_t_u_u(0xC6F35C87L, ((!((safe_div_func_int32_t_s_s(((safe_lshift_func_int8_t_s_s((((*l_417) = &l_111[1]) != (l_420 = l_419)), 0)) != (safe_sub_func_int8_t_s_s(((safe_add_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s(((safe_mul_func_uint16_t_u_u(g_339, (((0xB41CF9AAL && ((safe_rshift_func_uint8_t_u_u(l_431, g_267.f0)) , g_395)) ^ p_51) || (*p_50)))) ^ l_402), (*l_386))), 0xA8L)) ^ l_402), (-1L)))), l_432)) != g_252)) != p_51))) < (*p_50)) , &g_221) == &l_398));
                    g_433++;
                }
                else
                { /* block id: 182 */
                    int16_t *l_436 = &g_231.f3;
                    int32_t *l_437 = &l_397;
                    uint64_t *l_460 = &g_85;
                    uint64_t *l_463 = &g_112;
                    l_437 = (((g_231 , l_436) != l_229[2][1][0]) , &g_221);
                    if (g_70)
                        break;
                    for (l_432 = 29; (l_432 < (-15)); l_432 = safe_sub_func_int8_t_s_s(l_432, 1))
                    { /* block id: 187 */
                        (*l_385) ^= g_195[0];
                        if (g_198[7][1])
                            break;
                    }
                    (*l_386) = (safe_mul_func_int16_t_s_s(((*l_436) ^= 0L), (0x17DBL <= (l_402 | (safe_rshift_func_int16_t_s_u((safe_div_func_uint32_t_u_u((((((safe_sub_func_uint8_t_u_u((((safe_rshift_func_uint16_t_u_u((safe_sub_func_int64_t_s_s((safe_add_func_uint32_t_u_u((*l_437), (((*l_385) = p_51) != ((safe_div_func_int64_t_s_s((4294967295UL != ((((safe_mod_func_uint16_t_u_u(g_198[5][0], (safe_sub_func_uint64_t_u_u(((*l_460) ^= 18446744073709551615UL), ((*l_463) = (safe_rshift_func_uint16_t_u_s((g_230 = (((g_61 >= 0x2B3F937DB2F1F8AELL) >= 1UL) , g_61)), 15))))))) != 18446744073709551609UL) >= 0xF0L) , l_431)), p_51)) & 0xEF4DL)))), l_464)), g_61)) | g_70) <= l_431), g_339)) & g_267.f0) == 0x8C518F7CL) | p_51) && l_431), p_51)), l_402))))));
                }
            }
            (*l_466) = &l_407[1];
        }
        else
        { /* block id: 201 */
            int64_t l_497 = 1L;
            int32_t *l_544[6][5][8] = {{{&l_59[0][0],&g_221,(void*)0,&l_501[0],&l_501[0],&l_59[0][5],&l_59[0][0],&l_59[0][5]},{&l_501[0],&l_59[0][5],&l_59[0][0],&l_59[0][5],&l_501[0],&l_501[0],(void*)0,&g_221},{&l_59[0][0],&g_221,&g_221,&l_59[0][5],&g_221,&g_221,&g_221,&l_59[0][5]},{&g_221,&l_59[0][0],&g_221,&l_501[0],&l_59[0][0],&g_221,(void*)0,&g_221},{&g_221,&l_59[0][0],&l_59[0][0],&g_221,&l_501[0],&g_221,&l_59[0][0],&l_59[0][0]}},{{&g_221,&g_221,(void*)0,&g_221,&l_59[0][0],&l_501[0],&g_221,&l_59[0][0]},{&g_221,&l_59[0][5],&g_221,&g_221,&g_221,&l_59[0][5],&g_221,&g_221},{&l_59[0][0],&g_221,(void*)0,&l_501[0],&l_501[0],&l_59[0][5],&l_59[0][0],&l_59[0][5]},{&l_501[0],&l_59[0][5],&l_59[0][0],&l_59[0][5],&l_501[0],&l_501[0],(void*)0,&g_221},{&l_59[0][0],&g_221,&g_221,&l_59[0][5],&g_221,&g_221,&g_221,&l_59[0][5]}},{{&g_221,&l_59[0][0],&g_221,&l_501[0],&l_59[0][0],&g_221,(void*)0,&g_221},{&g_221,&l_59[0][0],&l_59[0][0],&g_221,&l_501[0],&g_221,&l_59[0][0],&l_59[0][0]},{&g_221,&g_221,(void*)0,&g_221,&l_59[0][0],&l_501[0],&g_221,&l_59[0][0]},{&g_221,&l_59[0][5],&g_221,&g_221,&g_221,&l_59[0][5],&g_221,&g_221},{&l_59[0][0],&g_221,(void*)0,&l_501[0],&l_501[0],&l_59[0][5],&l_59[0][0],&l_59[0][5]}},{{&l_501[0],&l_59[0][5],&l_59[0][0],&l_59[0][5],&l_501[0],&l_501[0],(void*)0,&g_221},{&l_59[0][0],&g_221,&g_221,&l_59[0][5],&g_221,&g_221,&g_221,&l_59[0][5]},{&g_221,&l_59[0][0],&g_221,&l_501[0],&l_59[0][0],&g_221,(void*)0,&g_221},{&g_221,&l_59[0][0],&l_59[0][0],&l_501[0],&l_59[0][0],&l_501[0],&g_221,(void*)0},{&l_501[0],&g_221,&l_59[0][0],&l_59[0][0],&g_221,&g_221,&l_501[0],(void*)0}},{{&l_501[0],&g_221,&l_501[0],&l_501[0],&l_501[0],&g_221,&l_501[0],&g_221},{&g_221,&l_501[0],&l_59[0][0],&g_221,(void*)0,&g_221,&g_221,&g_221},{(void*)0,&g_221,&g_221,&g_221,(void*)0,&g_221,&l_59[0][0],&l_501[0]},{&g_221,&g_221,&l_501[0],&g_221,&l_501[0],&l_501[0],&l_501[0],&g_221},{&l_501[0],(void*)0,&l_501[0],&g_221,&g_221,&l_59[0][0],&l_59[0][0],&g_221}},{{&l_501[0],(void*)0,&g_221,&l_501[0],&l_59[0][0],&l_501[0],&g_221,(void*)0},{&l_501[0],&g_221,&l_59[0][0],&l_59[0][0],&g_221,&g_221,&l_501[0],(void*)0},{&l_501[0],&g_221,&l_501[0],&l_501[0],&l_501[0],&g_221,&l_501[0],&g_221},{&g_221,&l_501[0],&l_59[0][0],&g_221,(void*)0,&g_221,&g_221,&g_221},{(void*)0,&g_221,&g_221,&g_221,(void*)0,&g_221,&l_59[0][0],&l_501[0]}}};
            int64_t l_553 = 0xBB1C3D6AC98703DDLL;
            int64_t ***l_557 = &l_111[1];
            int64_t l_592[6][9][1] = {{{(-3L)},{0xBC4647FDA709C0F3LL},{0xBC4647FDA709C0F3LL},{(-3L)},{0x97340F128A65363ELL},{(-3L)},{0xBC4647FDA709C0F3LL},{0xBC4647FDA709C0F3LL},{(-3L)}},{{0x97340F128A65363ELL},{(-3L)},{0xBC4647FDA709C0F3LL},{0xBC4647FDA709C0F3LL},{(-3L)},{0x97340F128A65363ELL},{(-3L)},{0xBC4647FDA709C0F3LL},{0xBC4647FDA709C0F3LL}},{{(-3L)},{0x97340F128A65363ELL},{(-3L)},{0xBC4647FDA709C0F3LL},{0xBC4647FDA709C0F3LL},{(-3L)},{0x97340F128A65363ELL},{(-3L)},{0xBC4647FDA709C0F3LL}},{{0xBC4647FDA709C0F3LL},{(-3L)},{0x97340F128A65363ELL},{(-3L)},{0xBC4647FDA709C0F3LL},{0xBC4647FDA709C0F3LL},{(-3L)},{0x97340F128A65363ELL},{(-3L)}},{{0xBC4647FDA709C0F3LL},{0xBC4647FDA709C0F3LL},{(-3L)},{0x97340F128A65363ELL},{(-3L)},{0xBC4647FDA709C0F3LL},{0xBC4647FDA709C0F3LL},{(-3L)},{0x97340F128A65363ELL}},{{(-3L)},{0xBC4647FDA709C0F3LL},{0xBC4647FDA709C0F3LL},{(-3L)},{0x97340F128A65363ELL},{(-3L)},{0xBC4647FDA709C0F3LL},{0xBC4647FDA709C0F3LL},{(-3L)}}};
            struct S1 l_605 = {36,-7991};
            int i, j, k;
            if ((*l_385))
            { /* block id: 202 */
                uint32_t l_495[5];
                uint64_t *l_496 = &g_173;
                int32_t l_498 = 0xD27A3791L;
                int32_t l_500[3][1][1];
                int16_t *l_518 = &g_96;
                int i, j, k;
                for (i = 0; i < 5; i++)
                    l_495[i] = 0xCB0D71E8L;
                for (i = 0; i < 3; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_500[i][j][k] = 0x54A4BAB2L;
                    }
                }
                if ((l_468[2] , (((safe_mod_func_int16_t_s_s(((safe_lshift_func_int16_t_s_u(((safe_rshift_func_uint8_t_u_s((safe_sub_func_uint64_t_u_u(((safe_div_func_int8_t_s_s((*l_386), (p_51 || (l_59[2][4] = 1UL)))) && ((safe_mul_func_uint8_t_u_u((p_51 <= (safe_div_func_int16_t_s_s((!(safe_lshift_func_int8_t_s_u((1L <= ((safe_lshift_func_int8_t_s_s((5UL < ((((l_498 = ((safe_mul_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u((safe_rshift_func_uint16_t_u_u(g_198[5][0], ((+(((((*l_496) = l_495[4]) != l_497) > p_51) != (-3L))) ^ 9UL))), g_61)), 0x9A27L)) != p_51)) < p_51) > 0UL) >= l_495[3])), 5)) <= l_495[4])), 2))), 0x0481L))), 0xE4L)) > p_51)), g_433)), l_497)) == p_51), p_51)) | p_51), g_12)) || p_51) > 0xDC7CB52201460715LL)))
                { /* block id: 206 */
                    if (p_51)
                    { /* block id: 207 */
                        g_502++;
                    }
                    else
                    { /* block id: 209 */
                        struct S1 l_517 = {-41,-4657};
                        l_506 = g_505;
                        (*l_385) |= (((*l_386) ^= (safe_unary_minus_func_int64_t_s(p_51))) == (((safe_mul_func_uint8_t_u_u(((p_51 < ((safe_sub_func_uint64_t_u_u(((safe_sub_func_int32_t_s_s((l_514 = (-1L)), p_51)) | (safe_add_func_uint64_t_u_u((((l_517 , (g_519 = l_518)) != (g_520 , l_229[3][0][2])) & g_520.f5), 0UL))), l_517.f1)) && (*g_519))) < 0x29C5D2D4L), 0xE5L)) & g_198[5][0]) & l_517.f1));
                    }
                }
                else
                { /* block id: 216 */
                    int32_t l_523[10][9] = {{0xC604D22CL,0x433540E1L,8L,8L,0x433540E1L,0xC604D22CL,0x1F39B553L,0xAFD4719BL,0x3294E3F7L},{0xD34ABB14L,0x10B5BA87L,0xD7470D35L,8L,0xC8AD7AD7L,0xD34ABB14L,3L,0xC8AD7AD7L,0x3294E3F7L},{(-1L),0x433540E1L,0xF7DF0A19L,0xD7470D35L,0xC8AD7AD7L,(-1L),0x1F39B553L,8L,(-2L)},{(-1L),0xC8AD7AD7L,0xD7470D35L,0xF7DF0A19L,0x433540E1L,(-1L),(-2L),0xC8AD7AD7L,0x6D7A64AFL},{0xD34ABB14L,0xC8AD7AD7L,8L,0xD7470D35L,0x10B5BA87L,0xD34ABB14L,(-2L),0xAFD4719BL,(-5L)},{0L,0xF7B8B9EBL,0x7E570BA0L,0x7E570BA0L,0xF7B8B9EBL,0L,0x8B6F7EEEL,0x26548F60L,0x2BA443ADL},{0L,0xD7470D35L,0x4994C722L,0x7E570BA0L,0xF7DF0A19L,0L,0L,0xF7DF0A19L,0x2BA443ADL},{0x670D9BA3L,0xF7B8B9EBL,0x1560EA6CL,0x4994C722L,0xF7DF0A19L,0x670D9BA3L,0x8B6F7EEEL,8L,(-5L)},{0x670D9BA3L,0xF7DF0A19L,0x4994C722L,0x1560EA6CL,0xF7B8B9EBL,0x670D9BA3L,(-5L),0xF7DF0A19L,5L},{0L,0xF7DF0A19L,0x7E570BA0L,0x4994C722L,0xD7470D35L,0L,(-5L),0x26548F60L,(-5L)}};
                    int64_t l_536 = 9L;
                    const uint64_t *l_539[1];
                    int32_t *l_541 = &l_500[0][0][0];
                    int i, j;
                    for (i = 0; i < 1; i++)
                        l_539[i] = (void*)0;
                    for (g_155 = 0; (g_155 < (-8)); --g_155)
                    { /* block id: 219 */
                        (*l_386) &= l_523[9][2];
                    }
                    if (((l_523[8][2] == ((p_51 , (*l_386)) & ((safe_div_func_uint8_t_u_u(((((safe_mod_func_int8_t_s_s((((*p_50) <= ((((safe_div_func_int64_t_s_s((safe_rshift_func_uint16_t_u_s(p_51, 10)), (safe_sub_func_int32_t_s_s((safe_sub_func_int8_t_s_s((*p_50), (p_51 || l_536))), (safe_add_func_int64_t_s_s(((((g_85 != g_198[2][1]) < (*l_386)) > g_502) == (**g_390)), p_51)))))) , l_539[0]) != (void*)0) && (*p_50))) , (-1L)), 0x3DL)) >= 0x89F679B72A3292C3LL) < p_51) && p_51), p_51)) ^ 2L))) <= l_540))
                    { /* block id: 222 */
                        l_541 = (void*)0;
                    }
                    else
                    { /* block id: 224 */
                        const int32_t *l_542 = (void*)0;
                        const int32_t **l_543 = &l_542;
                        (*l_543) = l_542;
                    }
                    g_505 = l_544[0][1][3];
                }
            }
            else
            { /* block id: 229 */
                uint32_t l_545[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_545[i] = 0x9FB5F45AL;
                l_545[0] &= p_51;
                (*l_506) ^= (*g_505);
            }
            (*l_385) ^= ((*l_386) = ((((safe_mul_func_int8_t_s_s((safe_div_func_uint64_t_u_u((((l_550 , 0x3F92L) <= ((safe_add_func_uint8_t_u_u(p_51, (g_520.f0 , (((*l_386) , (&l_497 == &l_497)) >= (l_553 = (p_51 & p_51)))))) < p_51)) <= g_76[0][5]), (*l_386))), p_51)) <= g_241) || g_499) != p_51));
            if (((void*)0 != &g_505))
            { /* block id: 236 */
                int32_t *l_554 = &g_221;
                struct S1 *l_555[2][7][8] = {{{&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2]},{&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1]},{&g_226[8][0][2],&g_226[8][0][2],&g_226[6][0][4],&g_226[8][0][2],&g_226[8][0][2],&g_226[6][0][4],&g_226[8][0][2],&g_226[8][0][2]},{&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2]},{&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1]},{&g_226[8][0][2],&g_226[8][0][2],&g_226[6][0][4],&g_226[8][0][2],&g_226[8][0][2],&g_226[6][0][4],&g_226[8][0][2],&g_226[8][0][2]},{&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2]}},{{&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1]},{&g_226[8][0][2],&g_226[8][0][2],&g_226[6][0][4],&g_226[8][0][2],&g_226[8][0][2],&g_226[6][0][4],&g_226[8][0][2],&g_226[8][0][2]},{&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2]},{&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1]},{&g_226[8][0][2],&g_226[8][0][2],&g_226[6][0][4],&g_226[8][0][2],&g_226[8][0][2],&g_226[6][0][4],&g_226[8][0][2],&g_226[8][0][2]},{&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2]},{&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1],&l_407[1],&g_226[8][0][2],&l_407[1]}}};
                uint32_t *l_581 = &l_204[1];
                int8_t ***l_586 = &l_55;
                int8_t ****l_587 = &l_54;
                int32_t l_593 = (-3L);
                int i, j, k;
                g_505 = (l_554 = l_554);
                g_226[8][0][4] = l_60[2];
                (*l_506) = ((-1L) <= (7L < ((250UL | 0x12L) == ((safe_unary_minus_func_uint16_t_u(0x264EL)) , (l_557 != (void*)0)))));
                l_593 = ((*g_505) = (safe_div_func_int32_t_s_s((safe_rshift_func_uint8_t_u_u(((p_51 != (safe_mod_func_int16_t_s_s((safe_lshift_func_int8_t_s_u((safe_sub_func_int16_t_s_s((((safe_mod_func_uint8_t_u_u((*l_386), (g_395 &= (0UL & (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_s((safe_unary_minus_func_uint32_t_u((safe_div_func_int32_t_s_s(((safe_div_func_int8_t_s_s((safe_rshift_func_int16_t_s_u(((--(*l_581)) > ((((g_221 , (*g_391)) && (((safe_rshift_func_uint16_t_u_u(((&g_390 == ((*l_587) = l_586)) == ((*l_385) = (safe_div_func_uint64_t_u_u(((*l_386) == (safe_rshift_func_int16_t_s_s(((l_384[0] = &g_505) == &l_554), p_51))), 0x3C27A65FFEF23A56LL)))), p_51)) && g_195[0]) , (*g_11))) || g_520.f9) < l_592[1][6][0])), g_85)), (*p_50))) & (*l_386)), (-1L))))), 6)), 0x89L)))))) != 1L) & 3L), (*l_554))), 5)), 7L))) > (*l_386)), g_173)), p_51)));
            }
            else
            { /* block id: 248 */
                union U2 * const l_597 = &g_598[0][1][0];
                union U2 * const *l_596 = &l_597;
                union U2 * const **l_595[6];
                struct S1 l_602 = {22,3274};
                struct S1 *l_603 = (void*)0;
                struct S1 *l_604[2][9] = {{&l_60[0],&l_60[0],&l_60[1],&l_60[0],&l_60[0],&l_60[1],&l_60[0],&l_60[0],&l_60[1]},{&l_407[1],&l_407[1],&l_602,&l_407[1],&l_407[1],&l_602,&l_407[1],&l_407[1],&l_602}};
                int i, j;
                for (i = 0; i < 6; i++)
                    l_595[i] = &l_596;
                l_407[0] = ((g_594 == (l_599 = g_594)) , (l_605 = l_602));
                return g_231.f1;
            }
        }
        g_505 = (l_386 = &l_501[0]);
    }
    g_606 = &g_520;
    return p_51;
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
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_76[i][j], "g_76[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_96, "g_96", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_155, "g_155", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_173, "g_173", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_195[i], "g_195[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_198[i][j], "g_198[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_216, "g_216", print_hash_value);
    transparent_crc(g_221, "g_221", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_226[i][j][k].f0, "g_226[i][j][k].f0", print_hash_value);
                transparent_crc(g_226[i][j][k].f1, "g_226[i][j][k].f1", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_230, "g_230", print_hash_value);
    transparent_crc(g_231.f0, "g_231.f0", print_hash_value);
    transparent_crc(g_231.f1, "g_231.f1", print_hash_value);
    transparent_crc(g_231.f3, "g_231.f3", print_hash_value);
    transparent_crc(g_241, "g_241", print_hash_value);
    transparent_crc(g_252, "g_252", print_hash_value);
    transparent_crc(g_267.f0, "g_267.f0", print_hash_value);
    transparent_crc(g_339, "g_339", print_hash_value);
    transparent_crc(g_395, "g_395", print_hash_value);
    transparent_crc(g_433, "g_433", print_hash_value);
    transparent_crc(g_499, "g_499", print_hash_value);
    transparent_crc(g_502, "g_502", print_hash_value);
    transparent_crc(g_520.f0, "g_520.f0", print_hash_value);
    transparent_crc(g_520.f1, "g_520.f1", print_hash_value);
    transparent_crc(g_520.f2, "g_520.f2", print_hash_value);
    transparent_crc(g_520.f3, "g_520.f3", print_hash_value);
    transparent_crc(g_520.f4, "g_520.f4", print_hash_value);
    transparent_crc(g_520.f5, "g_520.f5", print_hash_value);
    transparent_crc(g_520.f6, "g_520.f6", print_hash_value);
    transparent_crc(g_520.f7, "g_520.f7", print_hash_value);
    transparent_crc(g_520.f8, "g_520.f8", print_hash_value);
    transparent_crc(g_520.f9, "g_520.f9", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_598[i][j][k].f0, "g_598[i][j][k].f0", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_601[i][j].f0, "g_601[i][j].f0", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_607.f0, "g_607.f0", print_hash_value);
    transparent_crc(g_607.f1, "g_607.f1", print_hash_value);
    transparent_crc(g_607.f2, "g_607.f2", print_hash_value);
    transparent_crc(g_607.f3, "g_607.f3", print_hash_value);
    transparent_crc(g_607.f4, "g_607.f4", print_hash_value);
    transparent_crc(g_607.f5, "g_607.f5", print_hash_value);
    transparent_crc(g_607.f6, "g_607.f6", print_hash_value);
    transparent_crc(g_607.f7, "g_607.f7", print_hash_value);
    transparent_crc(g_607.f8, "g_607.f8", print_hash_value);
    transparent_crc(g_607.f9, "g_607.f9", print_hash_value);
    transparent_crc(g_619, "g_619", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_624[i][j], "g_624[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_683.f0, "g_683.f0", print_hash_value);
    transparent_crc(g_683.f1, "g_683.f1", print_hash_value);
    transparent_crc(g_823, "g_823", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_1096[i], "g_1096[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_1101[i][j], "g_1101[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1170, "g_1170", print_hash_value);
    transparent_crc(g_1206.f0, "g_1206.f0", print_hash_value);
    transparent_crc(g_1206.f1, "g_1206.f1", print_hash_value);
    transparent_crc(g_1206.f2, "g_1206.f2", print_hash_value);
    transparent_crc(g_1206.f3, "g_1206.f3", print_hash_value);
    transparent_crc(g_1206.f4, "g_1206.f4", print_hash_value);
    transparent_crc(g_1206.f5, "g_1206.f5", print_hash_value);
    transparent_crc(g_1206.f6, "g_1206.f6", print_hash_value);
    transparent_crc(g_1206.f7, "g_1206.f7", print_hash_value);
    transparent_crc(g_1206.f8, "g_1206.f8", print_hash_value);
    transparent_crc(g_1206.f9, "g_1206.f9", print_hash_value);
    transparent_crc(g_1382, "g_1382", print_hash_value);
    transparent_crc(g_1394, "g_1394", print_hash_value);
    transparent_crc(g_1402, "g_1402", print_hash_value);
    transparent_crc(g_1482.f0, "g_1482.f0", print_hash_value);
    transparent_crc(g_1482.f1, "g_1482.f1", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_1524[i][j], "g_1524[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_1602[i], "g_1602[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1978, "g_1978", print_hash_value);
    transparent_crc(g_1979, "g_1979", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_2132[i][j], "g_2132[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2294, "g_2294", print_hash_value);
    transparent_crc(g_2428, "g_2428", print_hash_value);
    transparent_crc(g_2430, "g_2430", print_hash_value);
    transparent_crc(g_2479, "g_2479", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 583
   depth: 1, occurrence: 38
XXX total union variables: 24

XXX non-zero bitfields defined in structs: 13
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 2
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 83
breakdown:
   indirect level: 0, occurrence: 51
   indirect level: 1, occurrence: 9
   indirect level: 2, occurrence: 6
   indirect level: 3, occurrence: 9
   indirect level: 4, occurrence: 6
   indirect level: 5, occurrence: 2
XXX full-bitfields structs in the program: 29
breakdown:
   indirect level: 0, occurrence: 29
XXX times a bitfields struct's address is taken: 83
XXX times a bitfields struct on LHS: 26
XXX times a bitfields struct on RHS: 80
XXX times a single bitfield on LHS: 22
XXX times a single bitfield on RHS: 149

XXX max expression depth: 39
breakdown:
   depth: 1, occurrence: 119
   depth: 2, occurrence: 30
   depth: 3, occurrence: 1
   depth: 4, occurrence: 4
   depth: 5, occurrence: 1
   depth: 7, occurrence: 4
   depth: 8, occurrence: 1
   depth: 13, occurrence: 2
   depth: 14, occurrence: 1
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 2
   depth: 20, occurrence: 1
   depth: 21, occurrence: 2
   depth: 22, occurrence: 3
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 27, occurrence: 1
   depth: 28, occurrence: 1
   depth: 29, occurrence: 1
   depth: 34, occurrence: 1
   depth: 36, occurrence: 2
   depth: 38, occurrence: 1
   depth: 39, occurrence: 1

XXX total number of pointers: 671

XXX times a variable address is taken: 1262
XXX times a pointer is dereferenced on RHS: 348
breakdown:
   depth: 1, occurrence: 282
   depth: 2, occurrence: 63
   depth: 3, occurrence: 1
   depth: 4, occurrence: 2
XXX times a pointer is dereferenced on LHS: 336
breakdown:
   depth: 1, occurrence: 311
   depth: 2, occurrence: 23
   depth: 3, occurrence: 2
XXX times a pointer is compared with null: 41
XXX times a pointer is compared with address of another variable: 9
XXX times a pointer is compared with another pointer: 15
XXX times a pointer is qualified to be dereferenced: 7340

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1326
   level: 2, occurrence: 326
   level: 3, occurrence: 59
   level: 4, occurrence: 43
XXX number of pointers point to pointers: 244
XXX number of pointers point to scalars: 369
XXX number of pointers point to structs: 35
XXX percent of pointers has null in alias set: 30.3
XXX average alias set size: 1.36

XXX times a non-volatile is read: 2068
XXX times a non-volatile is write: 1070
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 3
XXX backward jumps: 12

XXX stmts: 121
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 20
   depth: 1, occurrence: 15
   depth: 2, occurrence: 14
   depth: 3, occurrence: 26
   depth: 4, occurrence: 27
   depth: 5, occurrence: 19

XXX percentage a fresh-made variable is used: 17.6
XXX percentage an existing variable is used: 82.4
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

