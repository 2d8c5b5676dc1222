/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 69 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      69
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   int64_t  f0;
   int32_t  f1;
   const uint32_t  f2;
   int32_t  f3;
};

union U1 {
   int16_t  f0;
   uint64_t  f1;
   int32_t  f2;
   uint16_t  f3;
   int8_t * f4;
};

union U2 {
   int8_t  f0;
   int32_t  f1;
};

union U3 {
   int8_t  f0;
};

union U4 {
   int16_t  f0;
   uint64_t  f1;
   int32_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_9 = 0x4C039ECFL;
static const struct S0 g_27 = {0L,0x780F885BL,8UL,-1L};
static int8_t g_37 = 0xC3L;
static int8_t *g_36 = &g_37;
static int32_t g_43[10] = {0L,0L,0L,0L,0L,0L,0L,0L,0L,0L};
static int32_t *g_42 = &g_43[7];
static int32_t * const *g_50 = &g_42;
static uint8_t g_65 = 251UL;
static const int32_t *g_75 = &g_27.f1;
static const int32_t * const *g_74[7] = {&g_75,&g_75,&g_75,&g_75,&g_75,&g_75,&g_75};
static const int32_t g_79 = 6L;
static union U2 g_84 = {0L};
static int32_t **g_93 = &g_42;
static int32_t ***g_92[9] = {&g_93,&g_93,&g_93,&g_93,&g_93,&g_93,&g_93,&g_93,&g_93};
static int16_t g_153 = (-1L);
static union U1 g_162 = {0xD3C4L};
static union U3 g_175 = {0L};
static int32_t ***g_182 = &g_93;
static uint64_t *g_200 = &g_162.f1;
static uint32_t g_203 = 0x286704F7L;
static uint32_t g_210 = 0xDFCDAD93L;
static uint32_t g_212 = 1UL;
static uint32_t g_214 = 0x366A91BFL;
static int16_t g_249 = 1L;
static union U4 g_326 = {-1L};
static int16_t g_329 = 0x0C19L;
static union U3 **g_368 = (void*)0;
static int32_t g_430 = (-1L);
static const int8_t *g_456 = &g_84.f0;
static const int8_t **g_455 = &g_456;
static const int8_t ***g_454 = &g_455;
static union U2 *g_462 = &g_84;
static int8_t **g_499 = (void*)0;
static int8_t ***g_498[9] = {&g_499,&g_499,&g_499,&g_499,&g_499,&g_499,&g_499,&g_499,&g_499};
static struct S0 g_513 = {0x1B454DEB50234D53LL,0xFA00A9F9L,0xE9BEDAE6L,1L};
static int32_t g_544 = 0x11D667BDL;
static union U1 *g_566 = &g_162;
static int16_t g_581[2] = {(-1L),(-1L)};
static int32_t g_664 = (-1L);
static int16_t g_698 = (-6L);
static uint32_t g_730 = 0x2BADD6F8L;
static int32_t g_732 = (-5L);
static uint64_t g_805 = 0x2B7E2C2E72430CA8LL;
static struct S0 *g_867[3] = {&g_513,&g_513,&g_513};
static struct S0 **g_866[5][6] = {{&g_867[0],&g_867[0],&g_867[0],&g_867[0],&g_867[0],&g_867[0]},{&g_867[0],&g_867[2],&g_867[0],&g_867[0],&g_867[0],&g_867[2]},{&g_867[0],&g_867[0],(void*)0,&g_867[0],&g_867[0],(void*)0},{&g_867[0],&g_867[0],&g_867[0],&g_867[0],&g_867[0],&g_867[0]},{&g_867[0],&g_867[0],&g_867[0],(void*)0,&g_867[0],&g_867[0]}};
static struct S0 ***g_865 = &g_866[3][0];
static struct S0 ****g_900[6] = {&g_865,&g_865,&g_865,&g_865,&g_865,&g_865};
static uint8_t *g_986 = &g_65;
static uint8_t **g_985 = &g_986;
static uint8_t ***g_984 = &g_985;
static uint8_t ***g_989 = (void*)0;
static union U3 *g_1094[10][6] = {{&g_175,&g_175,&g_175,&g_175,&g_175,&g_175},{&g_175,&g_175,&g_175,&g_175,&g_175,&g_175},{&g_175,&g_175,&g_175,&g_175,&g_175,&g_175},{&g_175,&g_175,&g_175,&g_175,&g_175,&g_175},{&g_175,&g_175,&g_175,&g_175,&g_175,&g_175},{&g_175,&g_175,&g_175,&g_175,&g_175,&g_175},{&g_175,&g_175,&g_175,&g_175,&g_175,&g_175},{&g_175,&g_175,&g_175,&g_175,&g_175,&g_175},{&g_175,&g_175,&g_175,&g_175,&g_175,&g_175},{&g_175,&g_175,&g_175,&g_175,&g_175,&g_175}};
static union U3 *g_1101 = (void*)0;
static union U3 *g_1102 = (void*)0;
static union U2 g_1119 = {0x89L};
static int32_t g_1120 = (-1L);
static union U1 g_1121 = {0xB198L};
static uint8_t g_1167[4][3] = {{0xF6L,0xF6L,0x84L},{255UL,255UL,0xA4L},{0xF6L,0xF6L,0x84L},{255UL,255UL,0xA4L}};
static uint32_t g_1168 = 0x00D2BDA9L;
static uint8_t g_1170 = 0xFCL;
static uint8_t g_1174 = 0x34L;
static uint32_t g_1232 = 1UL;
static uint32_t g_1238 = 4294967294UL;
static int8_t *g_1241 = &g_37;
static union U1 **g_1343 = &g_566;
static union U1 ***g_1342[8][6][5] = {{{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,(void*)0,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343}},{{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{(void*)0,(void*)0,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{(void*)0,&g_1343,(void*)0,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343}},{{(void*)0,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{(void*)0,(void*)0,(void*)0,&g_1343,(void*)0},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,(void*)0,&g_1343,&g_1343}},{{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,(void*)0},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,(void*)0,&g_1343,(void*)0},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,(void*)0}},{{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,(void*)0,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343}},{{&g_1343,&g_1343,(void*)0,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,(void*)0,(void*)0,&g_1343,&g_1343},{&g_1343,(void*)0,&g_1343,&g_1343,(void*)0},{&g_1343,&g_1343,&g_1343,(void*)0,&g_1343},{(void*)0,&g_1343,(void*)0,&g_1343,&g_1343}},{{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,(void*)0,&g_1343},{&g_1343,&g_1343,(void*)0,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,(void*)0,&g_1343},{&g_1343,&g_1343,(void*)0,(void*)0,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,(void*)0}},{{&g_1343,(void*)0,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,(void*)0,&g_1343,&g_1343,&g_1343},{(void*)0,&g_1343,&g_1343,&g_1343,&g_1343},{&g_1343,&g_1343,&g_1343,(void*)0,&g_1343},{&g_1343,&g_1343,&g_1343,&g_1343,&g_1343}}};
static union U1 ****g_1341 = &g_1342[5][1][0];
static int32_t g_1397[7][7][4] = {{{1L,8L,(-1L),0x204DF9D0L},{0xB02FAD1BL,0x47DB02F1L,0x4CE6AD49L,(-1L)},{(-7L),0xE6B154D7L,8L,0xB10292D6L},{0L,9L,0L,1L},{0x1E7FC22DL,0x8B9D0E0BL,0x15DB846CL,1L},{0L,0L,0L,0L},{0xB10292D6L,1L,0xBCD4AB51L,(-1L)}},{{0x204DF9D0L,(-1L),0x1E7FC22DL,1L},{0x1CB3FF88L,0x8ACFCDE5L,0xE51192A9L,1L},{0x5B60C1C9L,(-1L),0x43C5B94AL,0x44C2B445L},{1L,0xBCD4AB51L,0xB02FAD1BL,(-7L)},{0x594B3BA0L,0x2168AF13L,0xA4421596L,(-1L)},{0xD004DF55L,(-10L),(-1L),0L},{0xB02FAD1BL,0xE8B20A94L,0x8ACFCDE5L,0x4150953FL}},{{0x4CE6AD49L,0xB02FAD1BL,0L,0xE51192A9L},{1L,(-1L),9L,0x15DB846CL},{0x204DF9D0L,(-1L),0xB380EF7BL,0x1E7FC22DL},{0x1E7FC22DL,1L,(-1L),(-1L)},{0x44C2B445L,0L,0xB10292D6L,3L},{0L,0x26A966A4L,3L,0x43C5B94AL},{0xBCD4AB51L,1L,0xBCD4AB51L,0xB1A83CFBL}},{{0x74C8FD92L,0x1E6B478CL,1L,0x0579F2E6L},{(-5L),0x47DB02F1L,0xD004DF55L,0x1E6B478CL},{9L,0x4150953FL,0xD004DF55L,1L},{(-5L),0x44C2B445L,1L,9L},{0x74C8FD92L,0L,0xBCD4AB51L,0x8ACFCDE5L},{0xBCD4AB51L,0x8ACFCDE5L,3L,0xE6B154D7L},{0L,8L,0xB10292D6L,0x204DF9D0L}},{{0x44C2B445L,1L,(-1L),0xE8B20A94L},{0x1E7FC22DL,(-1L),0xB380EF7BL,1L},{0x204DF9D0L,0xA4421596L,9L,(-7L)},{1L,0xD004DF55L,0L,0xF8C2F916L},{0x4CE6AD49L,0x8B9D0E0BL,0x8ACFCDE5L,(-1L)},{0xB02FAD1BL,0L,(-1L),0x47DB02F1L},{0xD004DF55L,0xC2F53DC3L,0xA4421596L,0xA4421596L}},{{0x594B3BA0L,0x594B3BA0L,0xB02FAD1BL,8L},{1L,0x4CE6AD49L,0x26A966A4L,0xBCD4AB51L},{0xADA67B74L,0x15DB846CL,0x1E7FC22DL,0x26A966A4L},{0x5B60C1C9L,0x15DB846CL,(-1L),0xBCD4AB51L},{0x15DB846CL,0x4CE6AD49L,8L,8L},{0x4150953FL,0x594B3BA0L,0x2168AF13L,0xA4421596L},{(-7L),0xC2F53DC3L,0x8B9D0E0BL,0x47DB02F1L}},{{(-1L),0L,(-7L),(-1L)},{0L,0x8B9D0E0BL,(-1L),0xF8C2F916L},{0x0579F2E6L,0xD004DF55L,1L,(-7L)},{8L,0xA4421596L,0x43C5B94AL,1L},{(-7L),(-1L),0x47DB02F1L,0xE8B20A94L},{0xB380EF7BL,1L,1L,0x204DF9D0L},{(-1L),8L,0x74C8FD92L,0xE6B154D7L}}};
static const int32_t **g_1400 = &g_75;
static uint64_t g_1412[1] = {18446744073709551615UL};
static int64_t g_1429 = 0x3553A2818F71C545LL;
static int64_t *g_1448 = &g_513.f0;


/* --- FORWARD DECLARATIONS --- */
static union U1  func_1(void);
static uint8_t  func_2(union U2  p_3, int32_t * p_4, const int32_t * p_5, int8_t  p_6);
static int32_t * func_10(int8_t * p_11, int32_t * p_12);
static int8_t * func_13(struct S0  p_14);
static struct S0  func_15(int8_t * p_16, int64_t  p_17, int32_t  p_18);
static int8_t * func_19(union U2  p_20, int8_t  p_21, int32_t * p_22);
static union U2  func_23(int8_t * p_24);
static int8_t * func_25(int64_t  p_26);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_27 g_36 g_37 g_9 g_42 g_65 g_74 g_75 g_79 g_43 g_84 g_84.f1 g_153 g_162 g_93 g_182 g_84.f0 g_50 g_200 g_203 g_175.f0 g_212 g_214 g_210 g_326 g_329 g_249 g_368 g_162.f0 g_430 g_454 g_162.f3 g_498 g_513 g_326.f0 g_455 g_456 g_326.f2 g_544 g_581 g_664 g_175 g_1238 g_732 g_1241 g_1121.f0 g_805 g_730 g_1119.f1 g_1120 g_986 g_1167 g_984 g_985 g_1412 g_1400 g_1170
 * writes: g_9 g_42 g_37 g_50 g_65 g_43 g_84.f1 g_153 g_175 g_162.f1 g_203 g_210 g_212 g_214 g_93 g_326.f1 g_75 g_454 g_462 g_162.f3 g_162 g_326.f2 g_566 g_326 g_513.f0 g_698 g_730 g_329 g_1238 g_1121.f0 g_805 g_544 g_513.f3 g_1119.f1 g_1120 g_1121.f3 g_456 g_513.f1 g_1341 g_1232 g_1400 g_1397 g_1412 g_249 g_1170 g_1429 g_1448 g_900
 */
static union U1  func_1(void)
{ /* block id: 0 */
    union U2 l_7 = {0x3FL};
    int32_t *l_8 = &g_9;
    uint16_t l_728[1][4] = {{0xC9F6L,0xC9F6L,0xC9F6L,0xC9F6L}};
    uint32_t *l_729 = &g_730;
    int32_t *l_731[7] = {&g_513.f1,&g_513.f1,&g_513.f1,&g_513.f1,&g_513.f1,&g_513.f1,&g_513.f1};
    uint8_t l_733 = 246UL;
    uint16_t *l_734 = (void*)0;
    uint16_t *l_735 = &l_728[0][3];
    int32_t l_1242[2][6] = {{1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L}};
    const int32_t **l_1409 = &g_75;
    uint16_t l_1410 = 0UL;
    struct S0 l_1411[2][8][7] = {{{{0xACC2EB15E881B6E6LL,0x170A5E2EL,0x9E6476EEL,1L},{0xA60FAEADD054862CLL,1L,1UL,-2L},{6L,1L,0xFD7D6CB0L,0x6004AEBEL},{0xE615792117B0F8DCLL,0L,0x8DDBFC60L,5L},{-10L,0x762DF793L,0x91007F78L,0x4F9264ABL},{0xE615792117B0F8DCLL,0L,0x8DDBFC60L,5L},{6L,1L,0xFD7D6CB0L,0x6004AEBEL}},{{0xDACC41352BA304FALL,9L,0x4E553D09L,0xE39FC6E6L},{0xDACC41352BA304FALL,9L,0x4E553D09L,0xE39FC6E6L},{0x58720B1658A0D72CLL,0xF8AA8AACL,18446744073709551615UL,-1L},{0xB060EA0037BC83CCLL,0L,0x76CFDADEL,0xDE0CB516L},{5L,3L,0xA45C0EA8L,0xF9BDBED9L},{1L,0x9BB2AF62L,0UL,0xC6CDB1C7L},{-1L,-1L,0x3C418025L,1L}},{{7L,-1L,18446744073709551615UL,9L},{0x5F4AA91DD94E052FLL,0L,0xE083FD33L,0x66D40C79L},{-10L,0x4D2950EBL,0x2DB1A4BBL,0xDC07C16FL},{0xACC2EB15E881B6E6LL,0x170A5E2EL,0x9E6476EEL,1L},{0xD5AA6B1B7AC8B128LL,1L,0x79C2420EL,8L},{0x007BA85433ACDF2ELL,-3L,0xC09FD468L,0x5679F94DL},{0x007BA85433ACDF2ELL,-3L,0xC09FD468L,0x5679F94DL}},{{5L,3L,0xA45C0EA8L,0xF9BDBED9L},{0xDACC41352BA304FALL,9L,0x4E553D09L,0xE39FC6E6L},{6L,0x054526D2L,0UL,-1L},{0xDACC41352BA304FALL,9L,0x4E553D09L,0xE39FC6E6L},{5L,3L,0xA45C0EA8L,0xF9BDBED9L},{0L,0L,0x0EBCFD76L,0x066752EBL},{0xC97D5781ABD6F476LL,0x1C4ABF45L,0xBA269DD3L,1L}},{{9L,1L,0xC7AED7B1L,0xA5131959L},{0xE615792117B0F8DCLL,0L,0x8DDBFC60L,5L},{0xCD478660594BD754LL,4L,1UL,0x5E122A14L},{0xBDC1554F1086F6D8LL,2L,0x426DAB44L,1L},{0x7ACF446E55730E2BLL,0L,1UL,-7L},{0xC5B559D104F6A5F2LL,3L,0x0AB163DCL,0xDF0BA622L},{-10L,0x762DF793L,0x91007F78L,0x4F9264ABL}},{{0x9EE1CC25FD72636DLL,0x1C5722A6L,0xA8695412L,0L},{-4L,0x555495B5L,0xC2E9D285L,1L},{0xB060EA0037BC83CCLL,0L,0x76CFDADEL,0xDE0CB516L},{0x78992ADF10A409D4LL,0xF8B35BB2L,18446744073709551615UL,0L},{0x78992ADF10A409D4LL,0xF8B35BB2L,18446744073709551615UL,0L},{0xB060EA0037BC83CCLL,0L,0x76CFDADEL,0xDE0CB516L},{-4L,0x555495B5L,0xC2E9D285L,1L}},{{9L,1L,0xC7AED7B1L,0xA5131959L},{0xBDC1554F1086F6D8LL,2L,0x426DAB44L,1L},{0xE615792117B0F8DCLL,0L,0x8DDBFC60L,5L},{7L,-1L,18446744073709551615UL,9L},{0x5F4AA91DD94E052FLL,0L,0xE083FD33L,0x66D40C79L},{-10L,0x4D2950EBL,0x2DB1A4BBL,0xDC07C16FL},{0xACC2EB15E881B6E6LL,0x170A5E2EL,0x9E6476EEL,1L}},{{5L,3L,0xA45C0EA8L,0xF9BDBED9L},{1L,0x9BB2AF62L,0UL,0xC6CDB1C7L},{-1L,-1L,0x3C418025L,1L},{6L,0x054526D2L,0UL,-1L},{-2L,0x63089CEFL,1UL,-1L},{0x78992ADF10A409D4LL,0xF8B35BB2L,18446744073709551615UL,0L},{-2L,0x63089CEFL,1UL,-1L}}},{{{7L,-1L,18446744073709551615UL,9L},{6L,1L,0xFD7D6CB0L,0x6004AEBEL},{6L,1L,0xFD7D6CB0L,0x6004AEBEL},{7L,-1L,18446744073709551615UL,9L},{0x007BA85433ACDF2ELL,-3L,0xC09FD468L,0x5679F94DL},{0xACC2EB15E881B6E6LL,0x170A5E2EL,0x9E6476EEL,1L},{0xCD478660594BD754LL,4L,1UL,0x5E122A14L}},{{0L,0L,0x0EBCFD76L,0x066752EBL},{-2L,0x63089CEFL,1UL,-1L},{5L,3L,0xA45C0EA8L,0xF9BDBED9L},{0x78992ADF10A409D4LL,0xF8B35BB2L,18446744073709551615UL,0L},{0L,0x14F8BA7FL,0xE5343BCDL,-3L},{0x58720B1658A0D72CLL,0xF8AA8AACL,18446744073709551615UL,-1L},{0xDACC41352BA304FALL,9L,0x4E553D09L,0xE39FC6E6L}},{{0xCD478660594BD754LL,4L,1UL,0x5E122A14L},{0x30DDC85D05744E97LL,1L,1UL,-5L},{0xACC2EB15E881B6E6LL,0x170A5E2EL,0x9E6476EEL,1L},{0xBDC1554F1086F6D8LL,2L,0x426DAB44L,1L},{0xACC2EB15E881B6E6LL,0x170A5E2EL,0x9E6476EEL,1L},{0x30DDC85D05744E97LL,1L,1UL,-5L},{0xCD478660594BD754LL,4L,1UL,0x5E122A14L}},{{-4L,9L,1UL,0x9E7286F9L},{0x9EE1CC25FD72636DLL,0x1C5722A6L,0xA8695412L,0L},{1L,0x9BB2AF62L,0UL,0xC6CDB1C7L},{0xDACC41352BA304FALL,9L,0x4E553D09L,0xE39FC6E6L},{0L,0L,0x0EBCFD76L,0x066752EBL},{-4L,0x555495B5L,0xC2E9D285L,1L},{-2L,0x63089CEFL,1UL,-1L}},{{-10L,0x762DF793L,0x91007F78L,0x4F9264ABL},{0xA60FAEADD054862CLL,1L,1UL,-2L},{0xC5B559D104F6A5F2LL,3L,0x0AB163DCL,0xDF0BA622L},{0xACC2EB15E881B6E6LL,0x170A5E2EL,0x9E6476EEL,1L},{9L,1L,0xC7AED7B1L,0xA5131959L},{9L,1L,0xC7AED7B1L,0xA5131959L},{0xACC2EB15E881B6E6LL,0x170A5E2EL,0x9E6476EEL,1L}},{{1L,0x9BB2AF62L,0UL,0xC6CDB1C7L},{-1L,0x558F64B5L,0xADD8888DL,0xD2345D66L},{1L,0x9BB2AF62L,0UL,0xC6CDB1C7L},{0xB060EA0037BC83CCLL,0L,0x76CFDADEL,0xDE0CB516L},{0x58720B1658A0D72CLL,0xF8AA8AACL,18446744073709551615UL,-1L},{0L,1L,0xAB262E8AL,0x2EA5FFDCL},{-4L,0x555495B5L,0xC2E9D285L,1L}},{{0x30DDC85D05744E97LL,1L,1UL,-5L},{0x7ACF446E55730E2BLL,0L,1UL,-7L},{0xACC2EB15E881B6E6LL,0x170A5E2EL,0x9E6476EEL,1L},{0xA60FAEADD054862CLL,1L,1UL,-2L},{6L,1L,0xFD7D6CB0L,0x6004AEBEL},{0xE615792117B0F8DCLL,0L,0x8DDBFC60L,5L},{-10L,0x762DF793L,0x91007F78L,0x4F9264ABL}},{{0L,1L,0xAB262E8AL,0x2EA5FFDCL},{-4L,9L,1UL,0x9E7286F9L},{5L,3L,0xA45C0EA8L,0xF9BDBED9L},{5L,3L,0xA45C0EA8L,0xF9BDBED9L},{-4L,9L,1UL,0x9E7286F9L},{0L,1L,0xAB262E8AL,0x2EA5FFDCL},{0xC97D5781ABD6F476LL,0x1C4ABF45L,0xBA269DD3L,1L}}}};
    int32_t *l_1415 = &g_9;
    int32_t * const *** const *l_1417 = (void*)0;
    union U3 l_1433 = {0xCEL};
    union U1 l_1462 = {1L};
    int i, j, k;
    (*l_1409) = ((func_2(l_7, l_8, ((*l_1409) = func_10(func_13(func_15(func_19(func_23(func_25((g_27 , 0x950CFDFE924F63ABLL))), (l_7.f0 <= (((*l_735) = ((l_7.f0 || (l_733 = (((safe_div_func_uint32_t_u_u(((*l_729) = (safe_unary_minus_func_int16_t_s(((safe_mul_func_uint8_t_u_u(0x1FL, l_728[0][1])) && g_27.f3)))), 0x6CC1F9BAL)) , g_664) , (-2L)))) == 6L)) >= 2UL)), l_731[5]), g_79, l_1242[0][4])), &l_1242[0][4])), l_1410) , l_1411[1][0][4]) , (*l_1409));
    ++g_1412[0];
    for (l_7.f1 = 0; (l_7.f1 <= 2); l_7.f1 += 1)
    { /* block id: 690 */
        int32_t *l_1416 = &l_1242[0][4];
        int8_t *l_1418 = (void*)0;
        int8_t *l_1419 = &g_175.f0;
        union U2 l_1449 = {0x10L};
        int32_t l_1457[2];
        int i;
        for (i = 0; i < 2; i++)
            l_1457[i] = 0xD1AEB605L;
        (*g_1400) = (*l_1409);
        (*g_1400) = l_1415;
        if ((((*g_36) |= ((void*)0 != l_1416)) <= ((*l_1419) = ((void*)0 == l_1417))))
        { /* block id: 695 */
            int16_t l_1420 = 0L;
            union U4 l_1426 = {0x5832L};
            uint16_t l_1458[4][6];
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 6; j++)
                    l_1458[i][j] = 0UL;
            }
            for (l_733 = 0; (l_733 <= 2); l_733 += 1)
            { /* block id: 698 */
                uint32_t l_1430[9] = {0x9FF44451L,0x9FF44451L,0x9FF44451L,0x9FF44451L,0x9FF44451L,0x9FF44451L,0x9FF44451L,0x9FF44451L,0x9FF44451L};
                int8_t *l_1434 = &g_1119.f0;
                int32_t *l_1435[1];
                uint64_t l_1456 = 0x6D25698F69C56CF8LL;
                int i;
                for (i = 0; i < 1; i++)
                    l_1435[i] = (void*)0;
                for (g_249 = 6; (g_249 >= 0); g_249 -= 1)
                { /* block id: 701 */
                    uint32_t l_1425 = 1UL;
                    union U2 *l_1431[4][3][6] = {{{(void*)0,&g_1119,(void*)0,(void*)0,&g_1119,&g_1119},{&l_7,&g_1119,(void*)0,&l_7,(void*)0,&l_7},{&g_1119,&l_7,&g_84,&l_7,&g_1119,&g_1119}},{{(void*)0,&l_7,&l_7,(void*)0,&g_84,(void*)0},{(void*)0,&g_84,&g_1119,&l_7,&g_84,(void*)0},{&g_1119,(void*)0,&l_7,&g_84,&g_1119,&g_1119}},{{&g_84,(void*)0,&g_84,&g_1119,&l_7,&l_7},{(void*)0,&g_84,(void*)0,&l_7,&g_1119,&g_1119},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,&g_84,&g_84,&l_7,&l_7,(void*)0},{&g_1119,&g_1119,&l_7,(void*)0,&l_7,&g_1119},{(void*)0,&g_84,&g_1119,&g_1119,(void*)0,&l_7}}};
                    const int32_t * const l_1432 = &l_1411[1][0][4].f3;
                    int64_t *l_1447 = &g_513.f0;
                    int64_t **l_1446[1];
                    struct S0 ****l_1455 = &g_865;
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                        l_1446[i] = &l_1447;
                    for (g_1170 = 0; (g_1170 <= 6); g_1170 += 1)
                    { /* block id: 704 */
                        uint8_t **l_1421 = &g_986;
                        int64_t *l_1424 = &l_1411[1][0][4].f0;
                        int64_t *l_1427 = &g_513.f0;
                        int64_t *l_1428 = &g_1429;
                        int i, j;
                        l_1430[3] |= ((g_1167[(l_7.f1 + 1)][l_733] , l_1420) <= (((*l_735) = g_1170) & (g_1238 > (g_162.f3 = (((void*)0 == l_1421) > (safe_rshift_func_int8_t_s_s((((*g_36) = 0x25L) < ((((*l_1428) = ((*l_1427) = ((((((*l_1424) &= 0xED81B1F60810AA7DLL) , ((((**g_1400) & g_27.f2) == g_162.f0) >= l_1425)) & (*l_1415)) , l_1426) , (-1L)))) > g_27.f2) , (*g_986))), (*l_1416))))))));
                        l_1431[0][1][4] = &l_7;
                        (*g_1400) = l_1432;
                        l_1435[0] = (l_1433 , func_10(l_1434, &l_1242[0][1]));
                    }
                    (*l_1416) = ((safe_rshift_func_int16_t_s_s(((*l_1416) >= (safe_mul_func_int16_t_s_s(((((((safe_mul_func_int16_t_s_s((safe_div_func_int8_t_s_s((safe_add_func_uint8_t_u_u((((l_1426.f0 > 0x7425L) , (((((1UL && l_1420) , (g_1448 = &g_1429)) == &g_1429) && ((l_1449 = l_1449) , (~(safe_mod_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((g_900[4] = l_1455) != &g_865), (***g_984))), 0xB94FL))))) , g_212)) == 1UL), 255UL)), l_1456)), 0x71B8L)) || g_37) && 1L) , &g_1342[5][1][0]) == &g_1342[5][1][0]) != g_79), 0L))), 13)) | (*g_986));
                }
                l_1458[2][0]++;
            }
        }
        else
        { /* block id: 723 */
            uint16_t l_1461 = 0x4E50L;
            (*l_1409) = (void*)0;
            if (l_1461)
                continue;
        }
        if ((*l_1416))
            break;
    }
    return l_1462;
}


/* ------------------------------------------ */
/* 
 * reads : g_732 g_513.f3 g_9 g_986 g_65
 * writes: g_9
 */
static uint8_t  func_2(union U2  p_3, int32_t * p_4, const int32_t * p_5, int8_t  p_6)
{ /* block id: 683 */
    (*p_4) |= (*p_5);
    return (*g_986);
}


/* ------------------------------------------ */
/* 
 * reads : g_513.f3 g_36 g_37 g_664 g_986 g_65 g_79 g_455 g_175.f0 g_1119.f1 g_1167 g_326.f2 g_581 g_984 g_985 g_1241 g_42 g_730 g_1120
 * writes: g_730 g_175.f0 g_1119.f1 g_513.f3 g_1120 g_1121.f3 g_162.f3 g_456 g_326.f0 g_513.f1 g_37 g_1341 g_1232 g_544 g_462 g_326.f1 g_1400 g_1397 g_326.f2 g_42
 */
static int32_t * func_10(int8_t * p_11, int32_t * p_12)
{ /* block id: 571 */
    uint64_t l_1287 = 0UL;
    struct S0 *l_1306 = (void*)0;
    union U3 ***l_1320 = &g_368;
    union U3 ****l_1319 = &l_1320;
    int32_t l_1359 = 0x2A89AE84L;
    int32_t l_1360 = 0x23715333L;
    int32_t l_1366 = 0x5D425271L;
    int32_t l_1368 = 0x0A09F791L;
    int32_t l_1369 = 5L;
    int32_t l_1372 = 1L;
    int32_t l_1374 = 0x0A0F3BF8L;
    uint8_t ***l_1385 = &g_985;
    int32_t * const *l_1391 = &g_42;
lbl_1323:
    for (g_730 = (-8); (g_730 == 19); g_730 = safe_add_func_uint32_t_u_u(g_730, 7))
    { /* block id: 574 */
        union U2 *l_1284 = &g_84;
        for (g_175.f0 = (-10); (g_175.f0 == 0); g_175.f0 = safe_add_func_uint16_t_u_u(g_175.f0, 6))
        { /* block id: 577 */
            union U2 *l_1282 = &g_1119;
            union U2 **l_1283[10][10][2] = {{{&l_1282,&l_1282},{&g_462,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282}},{{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462}},{{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282}},{{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282}},{{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462}},{{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282}},{{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282}},{{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462}},{{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282}},{{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&l_1282},{&l_1282,&g_462},{&l_1282,&l_1282},{&g_462,&g_462}}};
            int i, j, k;
            l_1284 = l_1282;
        }
        for (g_1119.f1 = (-25); (g_1119.f1 != (-15)); g_1119.f1 = safe_add_func_int64_t_s_s(g_1119.f1, 2))
        { /* block id: 582 */
            if ((*p_12))
                break;
        }
        (*p_12) = 0xD751A4C3L;
    }
    for (g_1120 = 0; (g_1120 <= 8); g_1120 += 1)
    { /* block id: 589 */
        int32_t l_1297 = 3L;
        struct S0 *l_1304 = &g_513;
        struct S0 **l_1305[6][2] = {{&l_1304,&l_1304},{&l_1304,&l_1304},{&l_1304,&l_1304},{&l_1304,&l_1304},{&l_1304,&l_1304},{&l_1304,&l_1304}};
        struct S0 * const l_1307 = &g_513;
        uint16_t *l_1310 = &g_1121.f3;
        uint16_t *l_1311 = &g_162.f3;
        int32_t l_1312 = 0xEDAFDE80L;
        int32_t l_1313[4][10] = {{0xBE6D5B78L,(-1L),0xD17EA10BL,0xB9BDF6D0L,5L,(-4L),(-4L),5L,0xB9BDF6D0L,0xD17EA10BL},{0xB9BDF6D0L,0xB9BDF6D0L,(-4L),0xD17EA10BL,3L,(-1L),5L,0x72E0A14BL,0x1BD3925EL,(-2L)},{0x72E0A14BL,6L,5L,0x59A68BC2L,7L,0x59A68BC2L,5L,6L,0x72E0A14BL,0xB9BDF6D0L},{(-1L),0xB9BDF6D0L,0x1BD3925EL,3L,(-2L),0x1C7DEEB0L,(-4L),7L,7L,(-4L)}};
        uint8_t l_1375[4][9][2] = {{{254UL,255UL},{0xA4L,0x2DL},{0xA4L,255UL},{254UL,0xA4L},{255UL,0x2DL},{1UL,1UL},{254UL,1UL},{1UL,0x2DL},{255UL,0xA4L}},{{254UL,255UL},{0xA4L,0x2DL},{0xA4L,255UL},{254UL,0xA4L},{255UL,0x2DL},{1UL,1UL},{254UL,1UL},{1UL,0x2DL},{255UL,0xA4L}},{{254UL,255UL},{0xA4L,0x2DL},{0xA4L,255UL},{254UL,0xA4L},{255UL,0x2DL},{1UL,1UL},{254UL,1UL},{1UL,0x2DL},{255UL,0xA4L}},{{254UL,255UL},{0xA4L,0x2DL},{0xA4L,255UL},{254UL,0xA4L},{255UL,0x2DL},{1UL,1UL},{254UL,1UL},{1UL,0x2DL},{255UL,0xA4L}}};
        const union U3 *l_1388 = &g_175;
        const union U3 **l_1387 = &l_1388;
        const union U3 ***l_1386 = &l_1387;
        int i, j, k;
        if ((((((*g_455) = func_25((((l_1287 <= (safe_mod_func_int8_t_s_s((+(*g_36)), (-10L)))) && l_1287) ^ ((((!((safe_add_func_int8_t_s_s((((safe_mod_func_uint64_t_u_u(((!l_1297) < (safe_div_func_uint32_t_u_u(g_664, (safe_add_func_uint64_t_u_u((safe_mul_func_int16_t_s_s(((l_1306 = l_1304) == l_1307), (safe_rshift_func_uint16_t_u_s(((*l_1311) = ((*l_1310) = (l_1297 & l_1287))), 7)))), l_1297))))), 0x429A64C39F663475LL)) , l_1297) | 4L), (*g_986))) >= g_79)) != 0x7AC7L) && 0UL) == l_1312)))) == (void*)0) | l_1313[1][1]) , (*p_12)))
        { /* block id: 594 */
            int64_t l_1318[2];
            union U2 l_1326 = {0x6AL};
            int32_t l_1347 = 0x3A8E01C6L;
            int32_t l_1354 = 0x2D4DB504L;
            int32_t l_1355 = 0x31214984L;
            int32_t l_1361[1][10];
            int32_t *l_1384 = &l_1313[1][1];
            int i, j;
            for (i = 0; i < 2; i++)
                l_1318[i] = 0xBF54C2F30F0F4691LL;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 10; j++)
                    l_1361[i][j] = 5L;
            }
            for (g_326.f0 = 0; (g_326.f0 == 22); g_326.f0 = safe_add_func_int16_t_s_s(g_326.f0, 7))
            { /* block id: 597 */
                union U3 ****l_1322 = &l_1320;
                int32_t l_1335 = (-10L);
                union U1 ***l_1338 = (void*)0;
                union U1 ****l_1337 = &l_1338;
                int32_t l_1356 = 0L;
                int32_t l_1357 = 0x3BB1234BL;
                int32_t l_1358 = 0L;
                int32_t l_1362 = 8L;
                int32_t l_1363 = 0x8A340046L;
                int32_t l_1364 = (-2L);
                int32_t l_1365 = 0x811A1E9BL;
                int32_t l_1370 = 0x891867BFL;
                int32_t l_1371 = 0x81A1BB7DL;
                int32_t l_1373[2][10] = {{(-9L),(-1L),(-9L),(-1L),(-9L),(-1L),(-9L),(-1L),(-9L),(-1L)},{(-9L),(-1L),(-9L),(-1L),(-9L),(-1L),(-9L),(-1L),(-9L),(-1L)}};
                union U2 **l_1378[8] = {&g_462,(void*)0,(void*)0,&g_462,(void*)0,(void*)0,&g_462,(void*)0};
                int i, j;
                for (g_513.f1 = 0; (g_513.f1 <= (-7)); g_513.f1 = safe_sub_func_int16_t_s_s(g_513.f1, 8))
                { /* block id: 600 */
                    union U3 *****l_1321[10] = {&l_1319,&l_1319,&l_1319,&l_1319,&l_1319,&l_1319,&l_1319,&l_1319,&l_1319,&l_1319};
                    struct S0 l_1327 = {4L,3L,0x052742F7L,-2L};
                    union U2 **l_1334 = &g_462;
                    int32_t l_1336[3];
                    int32_t l_1353[9] = {0xA89D29AFL,0x6FE84EB5L,0xA89D29AFL,0x6FE84EB5L,0xA89D29AFL,0x6FE84EB5L,0xA89D29AFL,0x6FE84EB5L,0xA89D29AFL};
                    int32_t l_1367 = 0xFEB3E016L;
                    int i;
                    for (i = 0; i < 3; i++)
                        l_1336[i] = 0x83EF97C9L;
                    if (((l_1318[0] , l_1319) == (l_1322 = (void*)0)))
                    { /* block id: 602 */
                        (*p_12) = 1L;
                    }
                    else
                    { /* block id: 604 */
                        struct S0 *l_1330 = (void*)0;
                        union U1 *****l_1339 = (void*)0;
                        union U1 *****l_1340 = (void*)0;
                        if (g_175.f0)
                            goto lbl_1323;
                        l_1336[2] |= (safe_lshift_func_int8_t_s_u(((*g_36) = (l_1326 , ((l_1327 , ((safe_rshift_func_int16_t_s_s(((void*)0 == l_1330), 9)) && (safe_rshift_func_uint16_t_u_u((0x1CD1L ^ (l_1312 < ((~(*p_12)) & 1L))), ((void*)0 != l_1334))))) , l_1335))), 0));
                        g_1341 = l_1337;
                        if (l_1335)
                            continue;
                    }
                    for (g_1232 = 0; (g_1232 < 35); g_1232 = safe_add_func_uint32_t_u_u(g_1232, 1))
                    { /* block id: 613 */
                        return p_12;
                    }
                    for (g_544 = 4; (g_544 >= 0); g_544 -= 1)
                    { /* block id: 618 */
                        int32_t *l_1346 = &l_1336[2];
                        int32_t *l_1348 = &g_513.f3;
                        int32_t *l_1349 = &g_43[7];
                        int32_t *l_1350 = &g_43[9];
                        int32_t *l_1351 = &l_1347;
                        int32_t *l_1352[2][7] = {{&g_43[6],(void*)0,(void*)0,&g_43[6],(void*)0,&g_43[6],(void*)0},{&g_43[g_544],&g_43[g_544],(void*)0,&g_43[8],(void*)0,&g_43[g_544],&g_43[g_544]}};
                        int i, j;
                        ++l_1375[1][7][0];
                        p_12 = p_12;
                    }
                }
                g_462 = &l_1326;
            }
            for (l_1359 = 0; (l_1359 >= 22); ++l_1359)
            { /* block id: 627 */
                for (l_1326.f0 = 16; (l_1326.f0 == 15); l_1326.f0--)
                { /* block id: 630 */
                    return p_12;
                }
                for (l_1354 = 7; (l_1354 >= 0); l_1354 -= 1)
                { /* block id: 635 */
                    int32_t *l_1383 = &g_732;
                    return l_1383;
                }
                l_1384 = p_12;
                return p_12;
            }
            l_1385 = &g_985;
        }
        else
        { /* block id: 642 */
            int32_t * const l_1396 = &g_1397[3][6][1];
            int32_t * const *l_1395 = &l_1396;
            int32_t **l_1408 = &g_42;
            for (g_1119.f1 = 0; (g_1119.f1 <= 2); g_1119.f1 += 1)
            { /* block id: 645 */
                int i, j;
                (*p_12) &= g_1167[g_1119.f1][g_1119.f1];
                for (g_326.f1 = 0; (g_326.f1 <= 4); g_326.f1 += 1)
                { /* block id: 649 */
                    if ((*p_12))
                        break;
                    if (l_1297)
                        break;
                }
                for (l_1360 = 2; (l_1360 >= 0); l_1360 -= 1)
                { /* block id: 655 */
                    int32_t * const **l_1392 = (void*)0;
                    int32_t * const **l_1393 = &g_50;
                    int32_t * const **l_1394[6][3] = {{(void*)0,(void*)0,&l_1391},{&g_50,&l_1391,&g_50},{(void*)0,&l_1391,&l_1391},{&l_1391,&l_1391,&l_1391},{(void*)0,(void*)0,&l_1391},{&g_50,&l_1391,&g_50}};
                    const int32_t **l_1398 = &g_75;
                    const int32_t ***l_1399[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    int i, j;
                    (*l_1396) = (((*l_1319) != l_1386) , (l_1313[1][1] || ((l_1395 = l_1391) != (g_1400 = l_1398))));
                    return p_12;
                }
            }
            for (g_326.f2 = 1; (g_326.f2 >= 0); g_326.f2 -= 1)
            { /* block id: 664 */
                uint16_t l_1403 = 65535UL;
                int32_t l_1407[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_1407[i] = 0xF36EC29AL;
                for (l_1287 = 0; (l_1287 <= 4); l_1287 += 1)
                { /* block id: 667 */
                    int32_t *l_1401 = &g_513.f3;
                    union U3 l_1402 = {0x35L};
                    for (l_1360 = 3; (l_1360 >= 0); l_1360 -= 1)
                    { /* block id: 670 */
                        int i;
                        p_12 = l_1401;
                        if (g_581[g_326.f2])
                            break;
                        l_1407[2] = ((l_1402 , l_1403) && ((*g_1241) = (!(safe_rshift_func_int8_t_s_u(1L, (***g_984))))));
                    }
                }
            }
            (*l_1408) = (*l_1391);
        }
    }
    return p_12;
}


/* ------------------------------------------ */
/* 
 * reads : g_1121.f0 g_214 g_203 g_326 g_805 g_200 g_513.f0 g_544 g_513.f3
 * writes: g_1121.f0 g_162.f3 g_513.f0 g_805 g_162.f1 g_544 g_513.f3
 */
static int8_t * func_13(struct S0  p_14)
{ /* block id: 555 */
    int16_t *l_1248 = &g_1121.f0;
    int8_t ***l_1252 = &g_499;
    uint16_t *l_1255 = &g_162.f3;
    int32_t l_1256 = 0x0CB3C780L;
    union U1 l_1263 = {0x80B5L};
    int64_t *l_1264 = &g_513.f0;
    uint64_t *l_1267[9][8][3] = {{{&g_805,&g_805,(void*)0},{&g_805,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,(void*)0},{&g_805,&g_805,&g_805},{&g_326.f1,&g_805,&g_805}},{{&g_805,(void*)0,&g_805},{&g_805,&g_805,(void*)0},{&g_805,(void*)0,(void*)0},{&g_805,&g_805,&g_805},{&g_805,(void*)0,&g_805},{(void*)0,&g_805,(void*)0},{&g_805,&g_805,(void*)0},{&g_805,&g_805,&g_805}},{{&g_805,&g_805,&g_805},{(void*)0,&g_805,&g_805},{(void*)0,&g_805,(void*)0},{&g_805,&g_805,&g_805},{(void*)0,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_326.f1,&g_805},{(void*)0,&g_805,(void*)0}},{{&g_805,(void*)0,(void*)0},{&g_805,&g_805,&g_805},{&g_805,(void*)0,&g_805},{&g_805,&g_805,&g_805},{(void*)0,&g_326.f1,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,(void*)0}},{{(void*)0,&g_805,(void*)0},{&g_805,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,(void*)0},{&g_805,&g_805,&g_805},{&g_805,(void*)0,(void*)0},{&g_805,&g_805,&g_805}},{{&g_805,(void*)0,&g_805},{&g_805,&g_805,&g_805},{&g_805,(void*)0,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,&g_805},{(void*)0,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,(void*)0}},{{&g_805,&g_805,&g_805},{(void*)0,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,&g_805},{(void*)0,&g_805,&g_805},{&g_805,&g_805,(void*)0}},{{&g_805,&g_805,&g_805},{(void*)0,&g_326.f1,&g_805},{&g_805,&g_805,&g_805},{&g_805,(void*)0,&g_805},{&g_805,(void*)0,&g_805},{&g_326.f1,&g_805,&g_805},{&g_805,&g_805,(void*)0},{&g_805,&g_805,(void*)0}},{{&g_805,(void*)0,&g_805},{(void*)0,(void*)0,&g_805},{(void*)0,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,&g_805,&g_805},{&g_805,(void*)0,&g_805},{&g_805,(void*)0,&g_805},{&g_805,&g_805,&g_805}}};
    int32_t l_1268 = 0xEC58F047L;
    int32_t l_1269 = 0x39866244L;
    int8_t *l_1277[5][6][3] = {{{&g_175.f0,&g_1119.f0,&g_84.f0},{&g_37,&g_1119.f0,&g_37},{&g_84.f0,&g_37,&g_84.f0},{&g_84.f0,&g_175.f0,&g_175.f0},{&g_37,&g_37,&g_175.f0},{&g_175.f0,&g_1119.f0,&g_84.f0}},{{&g_37,&g_1119.f0,&g_37},{&g_84.f0,&g_37,&g_84.f0},{&g_84.f0,&g_175.f0,&g_175.f0},{&g_37,&g_37,&g_175.f0},{&g_175.f0,&g_1119.f0,&g_84.f0},{&g_37,&g_1119.f0,&g_37}},{{&g_84.f0,&g_37,&g_84.f0},{&g_84.f0,&g_175.f0,&g_175.f0},{&g_37,&g_37,&g_175.f0},{&g_175.f0,&g_1119.f0,&g_84.f0},{&g_37,&g_1119.f0,&g_37},{&g_84.f0,&g_37,&g_84.f0}},{{&g_84.f0,&g_175.f0,&g_175.f0},{&g_37,&g_37,&g_175.f0},{&g_175.f0,&g_1119.f0,&g_84.f0},{&g_37,&g_1119.f0,&g_37},{&g_84.f0,&g_37,&g_84.f0},{&g_84.f0,&g_175.f0,&g_175.f0}},{{&g_37,&g_37,&g_175.f0},{&g_175.f0,&g_1119.f0,&g_84.f0},{&g_37,&g_1119.f0,&g_37},{&g_84.f0,&g_37,&g_84.f0},{&g_84.f0,&g_175.f0,&g_175.f0},{&g_37,&g_37,&g_175.f0}}};
    int i, j, k;
    l_1256 = ((((safe_sub_func_uint64_t_u_u(p_14.f0, (0x7DBCL && ((*l_1248) &= 1L)))) , ((~((*l_1255) = (safe_mul_func_uint16_t_u_u((l_1252 != (void*)0), (safe_div_func_uint16_t_u_u(((0UL | (&p_14 != &p_14)) > ((p_14.f2 , 0xECDC340E2421F19BLL) || g_214)), 65535UL)))))) == p_14.f3)) >= l_1256) != l_1256);
    if ((safe_rshift_func_int16_t_s_u(1L, (g_203 && ((((~(safe_unary_minus_func_uint16_t_u((safe_div_func_int64_t_s_s(5L, (l_1263 , ((*l_1264) = 0x1701B566B4EB45A8LL))))))) && ((*l_1264) ^= (g_326 , ((((&g_664 == ((safe_mul_func_int8_t_s_s((((((*g_200) = (++g_805)) >= 0xD1A78496B6DD85F5LL) && (0UL > l_1263.f0)) || p_14.f3), l_1268)) , (void*)0)) <= p_14.f3) >= p_14.f1) && 0x1AL)))) | l_1269) , p_14.f1)))))
    { /* block id: 563 */
        uint32_t l_1272 = 0x3D6AD455L;
        int32_t *l_1273 = &g_544;
        int32_t *l_1274 = &g_513.f3;
        int8_t *l_1275[9][9] = {{&g_1119.f0,&g_1119.f0,&g_37,&g_1119.f0,&g_1119.f0,&g_1119.f0,&g_37,&g_1119.f0,&g_175.f0},{&g_1119.f0,&g_1119.f0,&g_37,&g_1119.f0,&g_1119.f0,&g_1119.f0,&g_37,&g_1119.f0,&g_1119.f0},{&g_1119.f0,&g_1119.f0,&g_84.f0,&g_1119.f0,&g_1119.f0,(void*)0,&g_37,&g_1119.f0,&g_175.f0},{&g_1119.f0,&g_1119.f0,&g_37,&g_1119.f0,&g_1119.f0,&g_1119.f0,&g_37,&g_1119.f0,&g_175.f0},{&g_1119.f0,&g_1119.f0,&g_37,&g_1119.f0,&g_1119.f0,&g_1119.f0,&g_37,&g_1119.f0,&g_1119.f0},{&g_1119.f0,&g_1119.f0,&g_84.f0,&g_1119.f0,&g_1119.f0,(void*)0,&g_37,&g_1119.f0,&g_175.f0},{&g_1119.f0,&g_1119.f0,&g_37,&g_175.f0,&g_175.f0,(void*)0,&g_37,&g_1119.f0,(void*)0},{&g_1119.f0,&g_175.f0,&g_37,&g_175.f0,&g_1119.f0,&g_175.f0,&g_37,&g_175.f0,&g_1119.f0},{&g_1119.f0,&g_175.f0,(void*)0,&g_175.f0,&g_175.f0,&g_84.f0,&g_37,&g_175.f0,&g_175.f0}};
        int i, j;
        (*l_1274) |= ((*l_1273) &= l_1272);
        return l_1275[6][6];
    }
    else
    { /* block id: 567 */
        int32_t *l_1276[1][1];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_1276[i][j] = &g_1120;
        }
        p_14.f1 = (-6L);
    }
    return l_1277[3][5][0];
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static struct S0  func_15(int8_t * p_16, int64_t  p_17, int32_t  p_18)
{ /* block id: 551 */
    union U3 l_1243 = {0x42L};
    int32_t *l_1244 = &g_1120;
    struct S0 l_1245 = {0x484596A7F32779E7LL,-4L,0UL,0xFB718147L};
    l_1244 = (l_1243 , &p_18);
    p_18 = (-9L);
    return l_1245;
}


/* ------------------------------------------ */
/* 
 * reads : g_329 g_1238 g_513.f1 g_732 g_1241
 * writes: g_329 g_43 g_1238
 */
static int8_t * func_19(union U2  p_20, int8_t  p_21, int32_t * p_22)
{ /* block id: 323 */
    struct S0 **l_736 = (void*)0;
    struct S0 *l_738 = &g_513;
    struct S0 **l_737 = &l_738;
    uint8_t *l_740 = (void*)0;
    uint8_t ** const l_739 = &l_740;
    int32_t *l_741 = &g_43[0];
    union U4 *l_770[8][10][3] = {{{&g_326,&g_326,(void*)0},{(void*)0,&g_326,&g_326},{&g_326,&g_326,&g_326},{(void*)0,&g_326,&g_326},{(void*)0,&g_326,(void*)0},{&g_326,(void*)0,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,(void*)0,(void*)0}},{{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{(void*)0,&g_326,&g_326},{(void*)0,&g_326,&g_326},{&g_326,&g_326,&g_326},{(void*)0,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326}},{{&g_326,&g_326,(void*)0},{(void*)0,&g_326,(void*)0},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{(void*)0,(void*)0,&g_326},{&g_326,(void*)0,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,&g_326,&g_326}},{{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0}},{{&g_326,(void*)0,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,(void*)0,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{(void*)0,&g_326,&g_326}},{{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,(void*)0,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{(void*)0,&g_326,(void*)0},{&g_326,&g_326,(void*)0},{(void*)0,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,(void*)0,&g_326}},{{(void*)0,&g_326,(void*)0},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,(void*)0,&g_326},{&g_326,&g_326,&g_326},{(void*)0,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0}},{{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{(void*)0,&g_326,&g_326},{&g_326,(void*)0,&g_326},{&g_326,&g_326,&g_326},{(void*)0,(void*)0,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326}}};
    int32_t l_776 = 8L;
    int32_t l_787 = 0L;
    int32_t l_788 = 6L;
    union U1 **l_850 = &g_566;
    int32_t l_895 = 0xC61B84BDL;
    struct S0 *** const *l_901[1];
    int8_t **l_941[6];
    int32_t *l_943 = &l_776;
    const int8_t ****l_1006 = &g_454;
    int64_t l_1019 = 0x2D8C37039C0FB019LL;
    int32_t l_1021[3];
    struct S0 l_1035 = {-1L,2L,18446744073709551611UL,0L};
    union U3 ***l_1044[3];
    uint64_t *l_1055 = &g_805;
    uint16_t l_1177[8] = {0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL};
    const int8_t l_1178[4][8] = {{(-1L),0x16L,0x07L,0L,0L,0x07L,0x16L,(-1L)},{0x16L,(-6L),(-1L),1L,(-1L),(-6L),0x16L,0x16L},{(-6L),1L,0x07L,0x07L,1L,(-6L),0L,(-6L)},{1L,(-6L),0L,(-6L),1L,0x07L,0x07L,1L}};
    const uint8_t *l_1205 = &g_65;
    int32_t l_1223[1];
    uint32_t l_1224[6] = {1UL,1UL,1UL,1UL,1UL,1UL};
    int8_t l_1231 = 0xFCL;
    int32_t *l_1236 = &l_1021[1];
    int32_t *l_1237[2];
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_901[i] = &g_865;
    for (i = 0; i < 6; i++)
        l_941[i] = &g_36;
    for (i = 0; i < 3; i++)
        l_1021[i] = 9L;
    for (i = 0; i < 3; i++)
        l_1044[i] = &g_368;
    for (i = 0; i < 1; i++)
        l_1223[i] = 0x695916C6L;
    for (i = 0; i < 2; i++)
        l_1237[i] = &g_162.f2;
    (*l_737) = &g_513;
    if (((void*)0 != l_739))
    { /* block id: 325 */
        union U3 ***l_747 = &g_368;
        union U1 **l_755[10][1][8] = {{{&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566}},{{&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566}},{{&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566}},{{&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566}},{{&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566}},{{&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566}},{{&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566}},{{&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566}},{{&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566}},{{&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566,&g_566}}};
        struct S0 *l_773 = &g_513;
        int32_t l_774 = 0xBCDABB25L;
        int32_t l_786 = 1L;
        int32_t l_790 = 0xC00D32B2L;
        int64_t l_800 = (-4L);
        int32_t l_892[5][1];
        int64_t l_894 = 8L;
        struct S0 l_945 = {0xC1F9FAE22EFC3DAALL,0xE112FF34L,18446744073709551615UL,0x12CB6A08L};
        const uint8_t * const l_952[10] = {&g_65,&g_65,&g_65,&g_65,&g_65,&g_65,&g_65,&g_65,&g_65,&g_65};
        union U2 l_977 = {0x72L};
        int64_t l_1028 = 0xDB779B8976999FFDLL;
        uint32_t l_1029 = 4294967294UL;
        union U4 *l_1032[5][9][3] = {{{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{(void*)0,&g_326,&g_326}},{{&g_326,&g_326,&g_326},{(void*)0,(void*)0,&g_326},{&g_326,&g_326,(void*)0},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,(void*)0,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0}},{{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{(void*)0,&g_326,&g_326}},{{&g_326,&g_326,&g_326},{(void*)0,(void*)0,&g_326},{&g_326,&g_326,(void*)0},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,(void*)0,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0}},{{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{&g_326,&g_326,&g_326},{&g_326,&g_326,(void*)0},{(void*)0,&g_326,&g_326}}};
        int16_t l_1034 = 0x49E2L;
        int i, j, k;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 1; j++)
                l_892[i][j] = 0xF6FE04ACL;
        }
        for (g_329 = 1; (g_329 <= 8); g_329 += 1)
        { /* block id: 328 */
            int32_t **l_742 = (void*)0;
            int32_t **l_743 = &l_741;
            union U1 ***l_756 = &l_755[0][0][2];
            union U1 **l_757[6];
            uint8_t **l_758 = &l_740;
            int32_t l_789 = (-1L);
            uint16_t l_819 = 1UL;
            int32_t l_823[4];
            uint32_t l_824 = 0xB1D70DD4L;
            struct S0 l_871 = {0x583B35482D17FA19LL,0x73C8739DL,0xBC516176L,0x8D794F78L};
            union U3 ***l_904 = (void*)0;
            int8_t **l_940 = &g_36;
            uint32_t *l_946[4][6][3] = {{{&g_730,(void*)0,&g_210},{&g_210,&g_214,(void*)0},{&g_203,&g_214,&g_203},{&g_730,(void*)0,&g_203},{&g_210,&g_203,(void*)0},{(void*)0,&g_210,(void*)0}},{{&g_210,&g_203,(void*)0},{(void*)0,&g_210,&g_203},{&g_210,(void*)0,&g_214},{&g_730,&g_203,&g_210},{&g_203,&g_210,&g_210},{&g_210,&g_730,&g_214}},{{&g_730,&g_210,(void*)0},{(void*)0,(void*)0,&g_730},{&g_210,&g_210,&g_730},{&g_214,(void*)0,(void*)0},{(void*)0,&g_210,&g_203},{&g_203,&g_730,(void*)0}},{{&g_210,&g_203,&g_214},{&g_210,&g_210,(void*)0},{&g_203,&g_730,(void*)0},{(void*)0,&g_214,&g_212},{&g_214,&g_210,(void*)0},{&g_210,(void*)0,&g_212}}};
            union U4 l_947 = {-1L};
            int i, j, k;
            for (i = 0; i < 6; i++)
                l_757[i] = &g_566;
            for (i = 0; i < 4; i++)
                l_823[i] = 0x23DD8DA3L;
            (*l_743) = l_741;
        }
        (*l_741) = l_894;
    }
    else
    { /* block id: 446 */
        union U3 *** const l_1045 = &g_368;
        struct S0 l_1064 = {0L,-1L,1UL,-1L};
        union U4 l_1065 = {1L};
        int16_t *l_1066 = &g_581[1];
        int32_t l_1067 = 0xDB6E9188L;
        uint32_t l_1072 = 1UL;
        int8_t l_1199[7][3] = {{9L,9L,0x82L},{0x49L,0x82L,0x82L},{0x82L,4L,0L},{0x49L,4L,0x49L},{9L,0x82L,0L},{9L,9L,0x82L},{0x49L,0x82L,0x82L}};
        int32_t l_1219 = 0xBD464A06L;
        int32_t l_1220 = 0x8DAEC147L;
        int32_t l_1221[5];
        int32_t l_1222 = 2L;
        int i, j;
        for (i = 0; i < 5; i++)
            l_1221[i] = 1L;
    }
    g_1238++;
    (*l_741) = (*p_22);
    return g_1241;
}


/* ------------------------------------------ */
/* 
 * reads : g_36 g_37 g_9 g_42 g_27.f3 g_65 g_74 g_27.f2 g_75 g_27.f1 g_79 g_43 g_84 g_84.f1 g_153 g_162 g_93 g_182 g_84.f0 g_27.f0 g_50 g_200 g_203 g_175.f0 g_212 g_214 g_210 g_326 g_329 g_249 g_368 g_162.f0 g_27 g_430 g_454 g_162.f3 g_498 g_513 g_326.f0 g_455 g_456 g_326.f2 g_544 g_581 g_664 g_175
 * writes: g_9 g_42 g_37 g_50 g_65 g_43 g_84.f1 g_153 g_175 g_162.f1 g_203 g_210 g_212 g_214 g_93 g_326.f1 g_75 g_454 g_462 g_162.f3 g_162 g_326.f2 g_566 g_326 g_513.f0 g_698
 */
static union U2  func_23(int8_t * p_24)
{ /* block id: 4 */
    union U3 l_34[7][3][4] = {{{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}}},{{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}}},{{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}}},{{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}}},{{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}}},{{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}}},{{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}},{{-7L},{-7L},{-7L},{-7L}}}};
    int32_t * const l_35 = &g_9;
    int8_t *l_38 = &g_37;
    uint32_t l_63[9][6][2] = {{{0xF3C8D209L,4294967289UL},{0x76B242CFL,4294967292UL},{0UL,0x4763CD51L},{4294967295UL,0xC655EF1CL},{0xECE9E619L,0xC655EF1CL},{4294967295UL,0x4763CD51L}},{{0UL,4294967292UL},{0x76B242CFL,4294967289UL},{0xF3C8D209L,0xECE9E619L},{0UL,1UL},{1UL,4UL},{0x248F7C4FL,1UL}},{{0xB5B29219L,4294967295UL},{0x38AD7B59L,0x84F79AABL},{0x248F7C4FL,0UL},{0x84F79AABL,1UL},{0xE38EDFC7L,4294967295UL},{0xF3C8D209L,0x76B242CFL}},{{4294967289UL,4294967292UL},{8UL,0xF3C8D209L},{4294967295UL,0x736453D1L},{4294967295UL,0xC655EF1CL},{0x3D34E0BBL,0xF3C8D209L},{0UL,4294967295UL}},{{4294967289UL,4294967289UL},{4294967289UL,8UL},{0x6F6066FAL,4294967295UL},{0x7A7F359AL,0x76B242CFL},{0x3C9E4899L,0x7A7F359AL},{0xECE9E619L,4294967286UL}},{{0xECE9E619L,0x7A7F359AL},{0x3C9E4899L,0x76B242CFL},{0x7A7F359AL,4294967295UL},{0x6F6066FAL,8UL},{4294967289UL,0x38AD7B59L},{0x38AD7B59L,4294967289UL}},{{0xE38EDFC7L,4294967295UL},{4294967286UL,0x3D34E0BBL},{8UL,0x986219E2L},{0UL,4294967295UL},{0x081799B5L,3UL},{0x38AD7B59L,1UL}},{{4294967295UL,8UL},{4294967287UL,0x736453D1L},{0x7A7F359AL,0x0F1B6398L},{1UL,0x7A7F359AL},{0xB0BF1997L,0UL},{0xECE9E619L,1UL}},{{1UL,0x76B242CFL},{1UL,0x736453D1L},{0x6F6066FAL,0x53B787D1L},{4294967295UL,0x38AD7B59L},{1UL,3UL},{0xE38EDFC7L,4294967289UL}}};
    const int32_t * const l_78 = &g_79;
    const int32_t * const *l_77 = &l_78;
    union U4 l_80[8][5] = {{{0x06FAL},{7L},{0xA398L},{0xA398L},{7L}},{{-5L},{5L},{0xA398L},{0xAE17L},{0xAE17L}},{{5L},{-5L},{5L},{0xA398L},{0xAE17L}},{{7L},{0x06FAL},{0xAE17L},{0x06FAL},{7L}},{{5L},{0x06FAL},{-5L},{7L},{-5L}},{{-5L},{-5L},{0xAE17L},{7L},{-10L}},{{0x06FAL},{5L},{5L},{0x06FAL},{-5L}},{{0x06FAL},{7L},{0xA398L},{0xA398L},{7L}}};
    int32_t ***l_95[2];
    union U2 l_107 = {0L};
    uint32_t l_147[3];
    int32_t l_347 = 0L;
    uint64_t l_350 = 0x0D49853B68B4E720LL;
    int16_t l_361 = (-1L);
    uint64_t l_362 = 0x6CBE399276B277BDLL;
    int8_t **l_366 = (void*)0;
    int8_t *** const l_365 = &l_366;
    int8_t ***l_367 = (void*)0;
    union U3 *l_371 = (void*)0;
    union U3 **l_370[4];
    int16_t l_372 = (-3L);
    int32_t l_374 = 0xA9112BF3L;
    int16_t l_382[7] = {0xB45EL,0xB45EL,0xB45EL,0xB45EL,0xB45EL,0xB45EL,0xB45EL};
    uint16_t l_383 = 0x828AL;
    int32_t l_417 = 0xFC33BFADL;
    int16_t l_418[10];
    struct S0 l_450 = {0x3ADC3EEC6C433ED1LL,0x1D9E5E4CL,0x5ED0017CL,-10L};
    struct S0 ***l_518 = (void*)0;
    uint32_t l_545 = 0UL;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_95[i] = &g_93;
    for (i = 0; i < 3; i++)
        l_147[i] = 3UL;
    for (i = 0; i < 4; i++)
        l_370[i] = &l_371;
    for (i = 0; i < 10; i++)
        l_418[i] = 0x1DB2L;
    if (((l_34[2][0][0] , l_35) == l_35))
    { /* block id: 5 */
        int32_t *l_81 = (void*)0;
        int32_t *l_82 = &g_43[7];
        struct S0 l_83[1][8] = {{{0L,0L,7UL,-1L},{0xCBEB01B519BE197FLL,6L,18446744073709551615UL,2L},{0L,0L,7UL,-1L},{0xCBEB01B519BE197FLL,6L,18446744073709551615UL,2L},{0L,0L,7UL,-1L},{0xCBEB01B519BE197FLL,6L,18446744073709551615UL,2L},{0L,0L,7UL,-1L},{0xCBEB01B519BE197FLL,6L,18446744073709551615UL,2L}}};
        const int32_t **l_91 = &g_75;
        const int32_t ***l_90[9] = {&l_91,&l_91,&l_91,&l_91,&l_91,&l_91,&l_91,&l_91,&l_91};
        int32_t ***l_96 = (void*)0;
        union U2 l_100[6] = {{0x84L},{0x84L},{0x84L},{0x84L},{0x84L},{0x84L}};
        int64_t *l_208 = (void*)0;
        uint16_t l_231 = 0UL;
        int32_t l_237 = (-4L);
        int32_t l_238 = 0x92BE84D8L;
        int32_t l_244[10] = {0x389A2BFAL,0x389A2BFAL,0x389A2BFAL,0x389A2BFAL,0x389A2BFAL,0x389A2BFAL,0x389A2BFAL,0x389A2BFAL,0x389A2BFAL,0x389A2BFAL};
        int32_t l_277 = 0L;
        uint32_t l_316[6] = {0x12521B31L,0x12521B31L,0x12521B31L,0x12521B31L,0x12521B31L,0x12521B31L};
        int i, j;
        if (((g_36 != l_38) != g_37))
        { /* block id: 6 */
            struct S0 l_71 = {0L,0xA88D1804L,18446744073709551606UL,0xADEF089EL};
            int32_t **l_72 = &g_42;
            int8_t *l_120 = &l_34[2][0][0].f0;
            union U2 l_159 = {-3L};
            union U3 l_173 = {0xC8L};
            int32_t l_239 = 0xEA347EEFL;
            int32_t l_242 = 0x3A84F11EL;
            int32_t l_245 = 0x9A3F20F4L;
            int32_t l_246[7][6][1] = {{{0x12206AFCL},{1L},{0xCC4D4A8DL},{0xF14B3650L},{(-1L)},{(-1L)}},{{0xF14B3650L},{0xCC4D4A8DL},{1L},{0x12206AFCL},{(-1L)},{1L}},{{3L},{1L},{(-1L)},{0x12206AFCL},{1L},{0xCC4D4A8DL}},{{0xF14B3650L},{(-1L)},{(-1L)},{0xF14B3650L},{0xCC4D4A8DL},{1L}},{{0x12206AFCL},{(-1L)},{1L},{3L},{1L},{(-1L)}},{{0x12206AFCL},{1L},{0xCC4D4A8DL},{0xF14B3650L},{(-1L)},{(-1L)}},{{0xF14B3650L},{0xCC4D4A8DL},{1L},{0x12206AFCL},{(-1L)},{1L}}};
            int32_t l_286[8][7][4] = {{{(-1L),(-1L),0xA3F8601DL,0x01033B06L},{1L,1L,0x9BE10EBCL,0xF123D58BL},{(-1L),1L,1L,0xF123D58BL},{(-8L),1L,0x7234715AL,0xA3F8601DL},{0x1B0ABD8EL,(-10L),0x978E2EAFL,0x74F38294L},{0x546E6464L,0xF123D58BL,0x546E6464L,(-3L)},{(-2L),(-1L),1L,0x01033B06L}},{{(-10L),0x9BE10EBCL,0x01033B06L,(-1L)},{0x7234715AL,1L,0x01033B06L,(-8L)},{(-10L),0x7234715AL,1L,0x1B0ABD8EL},{(-2L),0x978E2EAFL,0x546E6464L,0x546E6464L},{0x546E6464L,0x546E6464L,0x978E2EAFL,(-2L)},{0x1B0ABD8EL,1L,0x7234715AL,(-10L)},{(-8L),0x01033B06L,1L,0x7234715AL}},{{(-1L),0x01033B06L,0x9BE10EBCL,(-10L)},{0x01033B06L,1L,(-1L),(-2L)},{(-3L),0x546E6464L,0xF123D58BL,0x546E6464L},{0x74F38294L,0x978E2EAFL,(-10L),0x1B0ABD8EL},{0xA3F8601DL,0x7234715AL,1L,(-8L)},{0xF123D58BL,1L,1L,(-1L)},{0xF123D58BL,0x9BE10EBCL,1L,0x01033B06L}},{{0xA3F8601DL,(-1L),(-10L),(-3L)},{0x74F38294L,0xF123D58BL,0xF123D58BL,0x74F38294L},{(-3L),(-10L),(-1L),0xA3F8601DL},{0x01033B06L,1L,0x9BE10EBCL,0xF123D58BL},{(-1L),1L,1L,0xF123D58BL},{(-8L),1L,0x7234715AL,0xA3F8601DL},{0x1B0ABD8EL,(-10L),0x978E2EAFL,0x74F38294L}},{{0x546E6464L,0xF123D58BL,0x546E6464L,(-3L)},{(-2L),(-1L),1L,0x01033B06L},{(-10L),0x9BE10EBCL,0x01033B06L,(-1L)},{0x7234715AL,1L,0x01033B06L,(-8L)},{(-10L),0x7234715AL,1L,0x1B0ABD8EL},{(-2L),0x978E2EAFL,0x546E6464L,0x546E6464L},{0x546E6464L,0x546E6464L,0x978E2EAFL,(-2L)}},{{0x1B0ABD8EL,1L,0x7234715AL,(-10L)},{(-8L),0x01033B06L,1L,0x7234715AL},{(-1L),0x01033B06L,0x9BE10EBCL,(-10L)},{0x01033B06L,1L,(-1L),(-2L)},{(-3L),0x546E6464L,0xF123D58BL,0x546E6464L},{0x74F38294L,0x978E2EAFL,(-10L),0x1B0ABD8EL},{0xA3F8601DL,0x7234715AL,1L,(-8L)}},{{0xF123D58BL,1L,1L,(-1L)},{0xF123D58BL,0x9BE10EBCL,1L,0x01033B06L},{0xA3F8601DL,(-1L),(-10L),(-3L)},{0x74F38294L,0xF123D58BL,0xF123D58BL,0x74F38294L},{(-3L),(-10L),(-1L),0xA3F8601DL},{0x01033B06L,1L,0x9BE10EBCL,0xF123D58BL},{(-1L),1L,1L,0xF123D58BL}},{{0xB888BF66L,0x01033B06L,1L,(-1L)},{1L,0xF123D58BL,1L,0x8D8B33F1L},{0x7B96491EL,0L,0x7B96491EL,0x7234715AL},{0x546E6464L,(-3L),1L,0xA3F8601DL},{0xF123D58BL,(-2L),0xA3F8601DL,(-3L)},{1L,0x978E2EAFL,0xA3F8601DL,0xB888BF66L},{0xF123D58BL,1L,1L,1L}}};
            int i, j, k;
            (*l_35) |= 0x7B1AA435L;
            for (g_9 = 11; (g_9 <= (-30)); g_9 = safe_sub_func_uint32_t_u_u(g_9, 4))
            { /* block id: 10 */
                int32_t *l_41 = &g_9;
                if (g_9)
                    break;
                g_42 = l_41;
                for (g_37 = (-26); (g_37 != 15); g_37++)
                { /* block id: 15 */
                    int32_t * const *l_46 = &l_35;
                    uint8_t *l_64 = &g_65;
                    int32_t ***l_73 = &l_72;
                    const int32_t * const **l_76[4][9][7] = {{{&g_74[3],&g_74[3],&g_74[2],&g_74[2],&g_74[3],&g_74[6],&g_74[1]},{&g_74[3],&g_74[3],(void*)0,&g_74[3],(void*)0,&g_74[4],&g_74[2]},{&g_74[3],&g_74[2],&g_74[3],&g_74[5],&g_74[2],&g_74[3],&g_74[3]},{&g_74[3],&g_74[3],&g_74[3],(void*)0,&g_74[3],&g_74[6],&g_74[3]},{&g_74[3],&g_74[3],(void*)0,(void*)0,&g_74[3],&g_74[3],&g_74[3]},{&g_74[5],&g_74[2],&g_74[2],&g_74[5],&g_74[3],&g_74[3],&g_74[3]},{&g_74[3],&g_74[5],&g_74[3],&g_74[3],&g_74[3],&g_74[2],&g_74[3]},{&g_74[2],&g_74[3],&g_74[2],&g_74[2],&g_74[3],&g_74[3],&g_74[3]},{&g_74[3],(void*)0,&g_74[4],(void*)0,&g_74[6],(void*)0,&g_74[3]}},{{(void*)0,&g_74[3],&g_74[5],&g_74[3],&g_74[6],&g_74[3],&g_74[3]},{&g_74[3],&g_74[6],&g_74[5],&g_74[3],&g_74[1],&g_74[1],&g_74[3]},{&g_74[4],&g_74[3],&g_74[4],&g_74[4],&g_74[3],&g_74[3],&g_74[2]},{&g_74[3],&g_74[3],&g_74[2],&g_74[3],&g_74[3],&g_74[3],&g_74[1]},{(void*)0,(void*)0,&g_74[3],&g_74[2],(void*)0,&g_74[3],&g_74[3]},{(void*)0,&g_74[3],&g_74[2],&g_74[3],&g_74[3],&g_74[1],&g_74[2]},{&g_74[3],&g_74[3],(void*)0,(void*)0,(void*)0,&g_74[3],&g_74[3]},{&g_74[3],&g_74[3],&g_74[3],(void*)0,&g_74[5],(void*)0,&g_74[3]},{&g_74[3],&g_74[3],&g_74[3],&g_74[3],&g_74[3],&g_74[3],&g_74[6]}},{{&g_74[3],(void*)0,(void*)0,&g_74[3],(void*)0,&g_74[2],&g_74[3]},{(void*)0,&g_74[3],&g_74[2],&g_74[3],&g_74[3],&g_74[3],&g_74[3]},{&g_74[3],&g_74[3],&g_74[3],&g_74[3],&g_74[5],&g_74[3],&g_74[3]},{&g_74[3],&g_74[6],&g_74[3],&g_74[3],(void*)0,&g_74[6],&g_74[3]},{&g_74[3],&g_74[3],&g_74[3],&g_74[3],&g_74[3],&g_74[3],&g_74[3]},{&g_74[3],(void*)0,(void*)0,(void*)0,&g_74[3],&g_74[3],&g_74[2]},{&g_74[3],&g_74[3],&g_74[3],&g_74[3],&g_74[3],&g_74[3],&g_74[5]},{(void*)0,(void*)0,&g_74[3],(void*)0,&g_74[3],&g_74[5],(void*)0},{&g_74[3],&g_74[5],&g_74[2],&g_74[3],&g_74[3],&g_74[3],&g_74[3]}},{{&g_74[3],&g_74[6],&g_74[3],&g_74[3],&g_74[3],&g_74[3],&g_74[3]},{(void*)0,(void*)0,&g_74[3],&g_74[3],&g_74[3],(void*)0,(void*)0},{&g_74[2],(void*)0,&g_74[3],&g_74[4],&g_74[3],&g_74[3],&g_74[5]},{&g_74[3],(void*)0,(void*)0,&g_74[3],&g_74[3],&g_74[3],&g_74[2]},{&g_74[3],(void*)0,&g_74[3],(void*)0,&g_74[6],&g_74[3],&g_74[6]},{&g_74[3],(void*)0,&g_74[3],&g_74[1],&g_74[2],&g_74[3],&g_74[3]},{&g_74[3],&g_74[3],&g_74[3],&g_74[3],(void*)0,&g_74[3],&g_74[6]},{&g_74[3],&g_74[3],&g_74[2],&g_74[2],&g_74[3],&g_74[3],&g_74[3]},{&g_74[4],&g_74[3],&g_74[3],&g_74[3],&g_74[1],&g_74[3],&g_74[3]}}};
                    int i, j, k;
                    if ((((*g_36) & 0UL) == (*l_41)))
                    { /* block id: 16 */
                        int32_t * const **l_47 = &l_46;
                        int32_t * const *l_49 = &g_42;
                        int32_t * const **l_48[5] = {&l_49,&l_49,&l_49,&l_49,&l_49};
                        int i;
                        g_50 = ((*l_47) = l_46);
                    }
                    else
                    { /* block id: 19 */
                        uint16_t l_51[3][1][1];
                        int i, j, k;
                        for (i = 0; i < 3; i++)
                        {
                            for (j = 0; j < 1; j++)
                            {
                                for (k = 0; k < 1; k++)
                                    l_51[i][j][k] = 0xD1A6L;
                            }
                        }
                        l_51[1][0][0]--;
                    }
                    if ((*g_42))
                        break;
                    g_43[7] = (safe_mod_func_int16_t_s_s(g_27.f3, ((safe_mul_func_int8_t_s_s(((safe_mod_func_uint8_t_u_u(((*l_64) ^= (safe_sub_func_uint16_t_u_u((~(**l_46)), l_63[6][2][1]))), (safe_add_func_int32_t_s_s((((*l_73) = ((~(safe_lshift_func_uint8_t_u_u((*l_41), (l_71 , ((**l_46) ^ 4L))))) , l_72)) != (l_77 = g_74[3])), 4294967295UL)))) , 0xB4L), g_27.f2)) && 0xF66BL)));
                }
            }
            l_82 = (l_80[4][2] , l_81);
            if ((l_83[0][2] , ((**l_77) ^ ((**l_72) ^= (**l_77)))))
            { /* block id: 31 */
                return g_84;
            }
            else
            { /* block id: 33 */
                const int8_t l_99[2][10] = {{9L,9L,1L,9L,9L,1L,9L,9L,1L,9L},{9L,0x15L,0x15L,9L,0x15L,0x15L,9L,0x15L,0x15L,9L}};
                int32_t l_101 = 0x5FA40266L;
                int32_t l_103 = 0x7AAFFF4FL;
                int32_t ***l_128 = &l_72;
                struct S0 l_161 = {0L,0x52920A84L,7UL,1L};
                int32_t ***l_181 = &g_93;
                int32_t l_243 = 1L;
                int32_t l_247 = 0xD00F8FBDL;
                int32_t l_250 = 0L;
                int i, j;
                for (l_71.f0 = (-13); (l_71.f0 > 4); l_71.f0++)
                { /* block id: 36 */
                    int32_t *l_87 = &l_83[0][2].f1;
                    int32_t ****l_94 = &g_92[0];
                }
                for (g_37 = 8; (g_37 >= 2); g_37 -= 1)
                { /* block id: 48 */
                    uint32_t l_104 = 9UL;
                    for (l_71.f1 = 0; (l_71.f1 <= 1); l_71.f1 += 1)
                    { /* block id: 51 */
                        int32_t l_102[8];
                        int i;
                        for (i = 0; i < 8; i++)
                            l_102[i] = 0xC1C087C3L;
                        ++l_104;
                        return l_107;
                    }
                    for (g_84.f1 = 8; (g_84.f1 >= 0); g_84.f1 -= 1)
                    { /* block id: 57 */
                        int i;
                        if ((*g_75))
                            break;
                    }
                }
                if ((*g_75))
                { /* block id: 61 */
                    uint16_t l_124 = 0xB47BL;
                    int32_t l_127 = 1L;
                    int32_t ****l_129 = &l_95[1];
                    int16_t *l_140 = &l_80[4][2].f0;
                    int8_t *l_148 = &l_34[2][0][0].f0;
                    int16_t *l_152 = &g_153;
                    int64_t l_221 = 0x50C39DA6AA3D2066LL;
                    int32_t l_235 = 3L;
                    int32_t l_236 = 0x40FB57ABL;
                    int32_t l_240 = 0xB198FB87L;
                    int32_t l_241[8];
                    int64_t l_248 = 5L;
                    uint16_t l_251 = 65535UL;
                    int i;
                    for (i = 0; i < 8; i++)
                        l_241[i] = (-1L);
                    for (l_107.f0 = 0; (l_107.f0 != (-3)); l_107.f0--)
                    { /* block id: 64 */
                        int64_t *l_116 = &l_71.f0;
                        int8_t **l_119[8] = {&l_38,&l_38,&l_38,&l_38,&l_38,&l_38,&l_38,&l_38};
                        int i;
                        (**l_72) ^= (g_27.f2 <= 0x851BL);
                        l_127 = ((safe_mul_func_uint8_t_u_u(((safe_mod_func_int32_t_s_s((safe_sub_func_int32_t_s_s(((((*l_116) ^= (p_24 != (void*)0)) < (-5L)) , (safe_rshift_func_int16_t_s_u(((**l_91) ^ ((l_120 = &g_37) == ((((safe_unary_minus_func_uint64_t_u(g_43[2])) < (safe_sub_func_int16_t_s_s((l_124 != (safe_lshift_func_uint16_t_u_s(((0x47C4C41CL < (g_9 && 0UL)) , 8UL), 2))), l_103))) != 0x1BL) , (void*)0))), 3))), l_124)), (**l_72))) | (-1L)), (**l_72))) , (-10L));
                        l_103 |= ((void*)0 == l_72);
                    }
                    if (((((*l_129) = l_128) == &g_74[3]) != (safe_mul_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((safe_mod_func_int64_t_s_s((safe_div_func_uint8_t_u_u((((l_100[3] , (safe_add_func_int16_t_s_s(((*l_140) = g_43[5]), (safe_div_func_int8_t_s_s((**l_72), ((*l_38) = 8L)))))) >= (-3L)) ^ (safe_sub_func_uint64_t_u_u((((*l_148) ^= l_147[1]) > (!(safe_sub_func_int16_t_s_s(((*l_152) &= (((***l_128) == 0xF8L) & (*l_78))), (***l_128))))), 0xF02EAEB8C4E8C282LL))), (*l_35))), (***l_128))), (***l_128))), (***l_128)))))
                    { /* block id: 76 */
                        union U2 *l_160 = &l_107;
                        const int32_t ****l_165 = &l_90[0];
                        union U3 *l_174[6][4] = {{(void*)0,&l_34[1][0][3],&l_34[2][0][0],&l_34[2][0][0]},{&l_34[0][1][1],&l_34[0][1][1],(void*)0,&l_34[1][0][3]},{&l_34[1][0][3],(void*)0,(void*)0,(void*)0},{&l_34[0][1][1],&l_173,&l_34[2][0][0],(void*)0},{(void*)0,&l_173,&l_173,(void*)0},{&l_173,(void*)0,&l_34[0][1][1],&l_34[1][0][3]}};
                        uint64_t *l_189 = &g_162.f1;
                        int32_t l_190 = 0x308BAC56L;
                        uint32_t *l_196 = &l_63[7][5][1];
                        uint32_t *l_202 = &g_203;
                        uint32_t *l_209 = &g_210;
                        uint32_t *l_211 = &g_212;
                        uint32_t *l_213 = &g_214;
                        int i, j;
                        (*g_42) = (safe_unary_minus_func_int64_t_s((safe_sub_func_int64_t_s_s((safe_rshift_func_int8_t_s_s((((*l_35) != (((*l_160) = l_159) , (l_107 , (-3L)))) <= (l_161 , ((g_162 , (safe_mod_func_int64_t_s_s(((void*)0 == l_165), (safe_rshift_func_uint16_t_u_s((+(****l_165)), 0))))) >= 0xEF769B8DE4F0E318LL))), (*g_36))), (****l_129)))));
                        l_190 ^= (safe_mul_func_uint16_t_u_u((safe_add_func_uint64_t_u_u(((g_175 = l_173) , ((*l_189) = ((safe_mod_func_int32_t_s_s(((***l_128) <= (safe_rshift_func_int8_t_s_s((*l_35), 6))), (+((l_181 = l_96) != g_182)))) , (!(((safe_unary_minus_func_uint8_t_u((&l_181 != ((((safe_rshift_func_uint16_t_u_u((****l_165), (safe_mul_func_uint16_t_u_u(((0x2DL && ((*l_38) = (((**l_72) <= 1UL) != 0x5155932648B246ADLL))) , (**l_72)), g_84.f0)))) , g_27.f0) == (**g_50)) , l_165)))) || (**l_72)) == g_27.f1))))), g_43[0])), g_84.f0));
                        (***l_128) = (~(safe_mod_func_uint32_t_u_u(((*l_213) = ((*l_211) |= ((*l_209) = (safe_div_func_uint32_t_u_u(((*l_196) = (**l_72)), (safe_unary_minus_func_uint64_t_u((0x2EL == (safe_mod_func_int64_t_s_s(((((void*)0 == g_200) < (~(*g_36))) <= ((*l_202) ^= ((void*)0 != l_72))), (safe_div_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_s(g_175.f0, 0)) <= ((l_71 , (void*)0) != l_208)), (-10L))))))))))))), 0x1A7C047CL)));
                        (***l_128) = (****l_165);
                    }
                    else
                    { /* block id: 91 */
                        (*g_93) = (*l_72);
                    }
                    if ((safe_lshift_func_uint16_t_u_s(((safe_mod_func_int16_t_s_s(((**l_72) = (****l_129)), 0x8FF7L)) || (safe_mul_func_int8_t_s_s(l_221, ((*l_148) &= (safe_sub_func_uint8_t_u_u((65529UL && (safe_sub_func_uint8_t_u_u((((((+(safe_mul_func_int16_t_s_s((g_203 > g_65), g_79))) , ((safe_lshift_func_int16_t_s_s((g_214 , (**l_72)), g_37)) || g_214)) ^ (**l_72)) & l_231) <= 0x7DL), (*g_36)))), 0x20L)))))), l_124)))
                    { /* block id: 96 */
                        int32_t l_232 = 0x319A8330L;
                        int32_t l_233[8];
                        int64_t l_234 = 0x58A5ED254771272ELL;
                        int i;
                        for (i = 0; i < 8; i++)
                            l_233[i] = 0x52939837L;
                        ++l_251;
                    }
                    else
                    { /* block id: 98 */
                        (*l_35) ^= 0x5B255EBFL;
                    }
                    (**l_72) = (l_208 == g_200);
                }
                else
                { /* block id: 102 */
                    uint32_t *l_264[1];
                    int8_t l_276 = 0L;
                    int32_t **l_287 = &l_82;
                    int i;
                    for (i = 0; i < 1; i++)
                        l_264[i] = &g_212;
                    (***l_128) = (l_83[0][2].f3 &= ((*g_36) , ((**l_72) & (18446744073709551615UL <= (+(safe_rshift_func_int8_t_s_s(((safe_unary_minus_func_uint64_t_u(((safe_rshift_func_uint8_t_u_u((0xD9F6FEFC9E8C7E32LL != (safe_mod_func_int16_t_s_s(((safe_mod_func_uint32_t_u_u((g_214++), ((~(safe_add_func_int64_t_s_s((safe_lshift_func_int16_t_s_u((l_264[0] != (*g_50)), (safe_sub_func_int64_t_s_s((g_162 , (safe_sub_func_uint32_t_u_u(((l_276 & ((((g_212 == (***l_128)) == 0x15L) < (***l_128)) || l_277)) , (**l_72)), g_27.f0))), (***l_128))))), 1L))) && (*l_78)))) & 1L), (*l_35)))), 5)) <= g_9))) <= 0L), 1)))))));
                    for (l_107.f0 = (-24); (l_107.f0 >= 2); l_107.f0 = safe_add_func_uint8_t_u_u(l_107.f0, 3))
                    { /* block id: 108 */
                        (***l_128) = (l_238 &= (***l_128));
                        (*l_35) &= (safe_add_func_uint16_t_u_u((((*l_38) ^= (safe_add_func_int32_t_s_s((((**l_181) = l_264[0]) == l_264[0]), (-1L)))) && ((*g_36) = (*g_36))), (safe_add_func_int64_t_s_s(l_286[0][0][1], 0UL))));
                        if ((**l_72))
                            break;
                        (*l_181) = l_287;
                    }
                    (*l_287) = ((**l_128) = (**l_181));
                    for (l_159.f1 = 0; (l_159.f1 <= 6); l_159.f1 += 1)
                    { /* block id: 122 */
                        return g_84;
                    }
                }
            }
        }
        else
        { /* block id: 127 */
            uint32_t l_290 = 3UL;
            for (g_210 = (-16); (g_210 == 27); ++g_210)
            { /* block id: 130 */
                struct S0 l_323 = {0xBE0C722BE9EF2415LL,0xE078210CL,18446744073709551610UL,-1L};
                (*g_42) = 0x9C512B72L;
                if (l_290)
                    break;
                for (l_238 = 0; (l_238 > (-24)); l_238 = safe_sub_func_uint8_t_u_u(l_238, 9))
                { /* block id: 135 */
                    uint32_t l_293 = 0UL;
                    int16_t *l_312 = &g_249;
                    union U1 l_315 = {-10L};
                    union U2 * const l_318 = &g_84;
                    int32_t l_331 = 0x2EB42526L;
                    l_293--;
                    for (l_237 = 0; (l_237 <= 3); ++l_237)
                    { /* block id: 139 */
                        uint16_t l_298 = 0xC557L;
                        --l_298;
                        if ((***g_182))
                            continue;
                        if ((*g_42))
                            continue;
                    }
                    for (g_212 = 14; (g_212 != 38); g_212 = safe_add_func_uint16_t_u_u(g_212, 2))
                    { /* block id: 146 */
                        uint32_t l_317 = 0xE47B0FFDL;
                        l_315.f2 = (safe_sub_func_int8_t_s_s((((safe_div_func_uint32_t_u_u((l_290 & g_27.f0), (g_27.f1 & (((*g_200) = (safe_add_func_int32_t_s_s(((safe_lshift_func_int16_t_s_s((~(((*g_42) ^= (**l_91)) | (&g_249 == l_312))), 0)) ^ (((*l_35) = (((safe_mul_func_uint8_t_u_u((**l_77), (l_315 , l_316[4]))) > (**l_91)) & l_290)) | 0x32F0E826L)), g_203))) >= l_290)))) | g_203) > l_317), l_290));
                    }
                    l_331 &= ((l_318 != (void*)0) <= (((safe_sub_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_s((((((l_323 , ((((safe_lshift_func_uint8_t_u_u((l_315.f0 | (g_326 , ((((g_79 < (g_329 == ((!l_323.f3) >= (((*l_82) , 1L) , l_290)))) == l_290) ^ l_323.f1) > (**l_91)))), 4)) & 0xC244L) , 0xAA4CL) && g_79)) != (-6L)) , 0x0DE7L) == l_290) >= l_315.f0), 0)) && l_290), l_323.f0)) ^ l_315.f0) & 0x5054E9F7L));
                }
            }
        }
    }
    else
    { /* block id: 156 */
        union U4 *l_332 = &g_326;
        l_332 = &l_80[1][2];
    }
    l_347 &= (((safe_add_func_int16_t_s_s((safe_sub_func_uint64_t_u_u((*l_35), 0L)), g_249)) != ((!0x5333847FL) < (*l_35))) , (!(((((((((safe_mod_func_int16_t_s_s(g_43[7], 0xF764L)) > ((g_175 = l_34[6][2][2]) , ((safe_lshift_func_int16_t_s_s((safe_mod_func_uint16_t_u_u(((safe_add_func_uint16_t_u_u(1UL, g_203)) && 3L), (**l_77))), g_153)) > 0x848DL))) , &l_38) != &p_24) == 18446744073709551615UL) <= g_84.f0) , (**l_77)) , 0UL) > (-1L))));
    if ((((*g_36) = (**l_77)) != ((safe_lshift_func_uint8_t_u_s((*l_35), (*l_78))) != l_350)))
    { /* block id: 162 */
        int32_t l_351 = (-8L);
        int32_t l_352 = 0x13E002D6L;
        int32_t l_353 = 0x97D11164L;
        int32_t l_354 = 0x0A2C1551L;
        int32_t l_355 = 0xE4C0E1AAL;
        int32_t l_356 = 4L;
        int32_t l_357 = 0xC68DB5D0L;
        int32_t l_358 = (-9L);
        int32_t l_359 = 0L;
        int32_t l_360[6];
        int i;
        for (i = 0; i < 6; i++)
            l_360[i] = 0xEA501217L;
        l_362--;
        l_367 = l_365;
    }
    else
    { /* block id: 165 */
        union U3 ***l_369[8] = {&g_368,&g_368,&g_368,&g_368,&g_368,&g_368,&g_368,&g_368};
        int32_t l_373 = (-3L);
        int32_t l_375 = 0xB0B22199L;
        int32_t l_376 = (-4L);
        int32_t l_377 = 0xA1AE933EL;
        int32_t l_378 = 0xC207EE67L;
        int32_t l_379 = 0xFFC47967L;
        int32_t l_380 = 6L;
        int32_t l_381[6][7][4] = {{{0xED963F0BL,0xDF6AF894L,0xD8BB31A6L,7L},{0x31757888L,1L,0L,0L},{0x1739EFE2L,0x1739EFE2L,0x33ADBBC0L,0L},{0x5C451F9FL,4L,(-1L),0xD8BB31A6L},{0L,0x64853EBDL,0L,(-1L)},{0x33ADBBC0L,0x64853EBDL,1L,0xD8BB31A6L},{0x64853EBDL,4L,1L,0L}},{{0x8F233E41L,0x1739EFE2L,0x2CA32DB5L,0L},{0L,1L,(-7L),7L},{0x840CEC92L,1L,0L,1L},{0xA07931BBL,1L,(-1L),(-7L)},{0x33ADBBC0L,(-1L),0x64853EBDL,0x02FF14C8L},{1L,0x5C451F9FL,0L,0xDF6AF894L},{1L,4L,0x64853EBDL,0x1739EFE2L}},{{0x33ADBBC0L,0xDF6AF894L,(-1L),1L},{0xA07931BBL,0L,0L,0L},{0x840CEC92L,0x64853EBDL,0L,0x756EBC41L},{0x2CA32DB5L,0x840CEC92L,0x840CEC92L,0x2CA32DB5L},{7L,0x8F233E41L,0L,0x31757888L},{(-7L),9L,0x5C451F9FL,(-1L)},{0x1739EFE2L,0L,0x2CA32DB5L,(-1L)}},{{1L,9L,0xA07931BBL,0x31757888L},{0L,0x8F233E41L,0x1739EFE2L,0x2CA32DB5L},{0L,0x840CEC92L,0xD8BB31A6L,0x756EBC41L},{0xDF6AF894L,0x64853EBDL,0x8F233E41L,0L},{1L,0L,1L,1L},{0L,0xDF6AF894L,0L,0x1739EFE2L},{0x02FF14C8L,4L,0x756EBC41L,0xDF6AF894L}},{{0L,0x5C451F9FL,0x756EBC41L,0x02FF14C8L},{0x02FF14C8L,(-1L),0L,(-7L)},{0L,1L,1L,1L},{1L,1L,0x8F233E41L,(-1L)},{0xDF6AF894L,0L,0xD8BB31A6L,0xD8BB31A6L},{0L,0L,0x1739EFE2L,1L},{0L,1L,0xA07931BBL,0x8F233E41L}},{{1L,(-7L),0x2CA32DB5L,0xA07931BBL},{0x1739EFE2L,(-7L),0x5C451F9FL,0x8F233E41L},{(-7L),1L,0L,1L},{7L,0L,0x840CEC92L,0xD8BB31A6L},{0x2CA32DB5L,0L,0L,(-1L)},{0x840CEC92L,1L,0L,1L},{0xA07931BBL,1L,(-1L),(-7L)}}};
        int64_t l_386[6][3] = {{(-10L),8L,(-10L)},{4L,(-8L),(-8L)},{(-4L),8L,(-4L)},{4L,4L,(-8L)},{(-10L),8L,(-10L)},{4L,(-8L),(-8L)}};
        uint8_t *l_416[1][3][5] = {{{(void*)0,(void*)0,&g_65,(void*)0,(void*)0},{&g_65,&g_65,&g_65,&g_65,&g_65},{(void*)0,&g_65,&g_65,(void*)0,&g_65}}};
        union U2 l_460 = {0xBFL};
        const uint16_t *l_481 = &l_383;
        uint32_t l_482 = 4294967295UL;
        int8_t ***l_502 = (void*)0;
        union U1 l_515 = {0x05A9L};
        uint8_t l_558 = 247UL;
        int32_t *l_567 = &g_43[7];
        int32_t *l_705[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        uint64_t l_719 = 18446744073709551612UL;
        int32_t * const **l_721 = &g_50;
        int32_t * const ***l_720 = &l_721;
        int i, j, k;
        l_370[1] = g_368;
        l_383--;
        l_386[0][0] = (&l_77 != &g_74[3]);
        if ((g_27.f2 , (safe_add_func_int8_t_s_s(((*g_36) = (safe_lshift_func_uint8_t_u_u(((safe_mod_func_uint32_t_u_u((safe_div_func_int8_t_s_s((safe_mul_func_int8_t_s_s((safe_div_func_uint16_t_u_u((safe_sub_func_int16_t_s_s((*l_35), ((l_373 |= (((((safe_mod_func_uint8_t_u_u(247UL, (safe_div_func_int16_t_s_s(g_162.f0, ((((safe_mul_func_int16_t_s_s(((safe_add_func_int32_t_s_s((**l_77), (safe_lshift_func_uint8_t_u_u((~((safe_mod_func_uint32_t_u_u((((((l_377 < ((((l_378 , (g_27 , (safe_div_func_uint16_t_u_u((*l_35), g_79)))) , (void*)0) != l_416[0][1][3]) <= g_212)) <= l_386[3][1]) , (void*)0) == g_200) <= (*g_36)), 0x7EEC8330L)) > 0x571C69D0L)), 3)))) & 0xE4L), g_153)) == (*l_78)) == (*l_78)) , 65534UL))))) == l_417) | 0x05DCL) > g_329) < (**l_77))) & 0UL))), g_84.f0)), 0xECL)), l_418[7])), l_386[0][0])) < 0xE79EL), g_329))), 0xEEL))))
        { /* block id: 171 */
            const int32_t *l_423[7] = {&l_380,&l_380,&g_79,&l_380,&l_380,&g_79,&l_380};
            int32_t l_465 = 0xF70F9A3BL;
            int32_t l_543 = 0xC44ADFC3L;
            int i;
            for (g_65 = 0; (g_65 >= 45); g_65++)
            { /* block id: 174 */
                union U3 *l_447 = &l_34[5][2][3];
                const int8_t * const l_453 = &g_175.f0;
                const int8_t * const *l_452[8][2][8] = {{{&l_453,&l_453,&l_453,(void*)0,(void*)0,(void*)0,&l_453,&l_453},{&l_453,&l_453,&l_453,&l_453,&l_453,&l_453,(void*)0,(void*)0}},{{(void*)0,&l_453,(void*)0,&l_453,(void*)0,&l_453,(void*)0,(void*)0},{&l_453,&l_453,&l_453,&l_453,&l_453,&l_453,&l_453,&l_453}},{{&l_453,&l_453,&l_453,&l_453,&l_453,&l_453,&l_453,&l_453},{&l_453,(void*)0,(void*)0,&l_453,(void*)0,&l_453,(void*)0,&l_453}},{{(void*)0,(void*)0,(void*)0,&l_453,&l_453,&l_453,&l_453,(void*)0},{(void*)0,(void*)0,&l_453,&l_453,&l_453,&l_453,&l_453,(void*)0}},{{(void*)0,(void*)0,&l_453,&l_453,&l_453,&l_453,(void*)0,(void*)0},{(void*)0,&l_453,(void*)0,&l_453,(void*)0,&l_453,(void*)0,(void*)0}},{{&l_453,&l_453,&l_453,&l_453,&l_453,&l_453,&l_453,&l_453},{&l_453,&l_453,&l_453,&l_453,&l_453,&l_453,&l_453,&l_453}},{{&l_453,(void*)0,(void*)0,&l_453,(void*)0,&l_453,(void*)0,&l_453},{(void*)0,(void*)0,(void*)0,&l_453,&l_453,&l_453,&l_453,(void*)0}},{{(void*)0,(void*)0,&l_453,&l_453,&l_453,&l_453,&l_453,(void*)0},{(void*)0,(void*)0,&l_453,&l_453,&l_453,&l_453,(void*)0,(void*)0}}};
                const int8_t * const **l_451 = &l_452[0][1][1];
                int32_t l_458 = 0L;
                int32_t l_461 = 0x6E6C67ADL;
                int i, j, k;
                for (g_326.f1 = 14; (g_326.f1 > 8); --g_326.f1)
                { /* block id: 177 */
                    int32_t *l_428 = &g_84.f1;
                    union U3 *l_429[6][6] = {{&l_34[2][2][0],&l_34[2][0][0],&l_34[2][0][0],&l_34[2][0][0],&l_34[2][0][0],&l_34[2][0][0]},{&l_34[2][0][0],&l_34[2][2][0],&l_34[2][0][0],(void*)0,(void*)0,&l_34[2][0][0]},{&l_34[2][0][0],&l_34[2][0][0],(void*)0,&l_34[2][0][0],&l_34[6][2][0],&l_34[2][0][0]},{&l_34[2][2][0],&l_34[2][0][0],&l_34[2][2][0],&l_34[2][0][0],(void*)0,(void*)0},{&l_34[2][0][0],&l_34[2][2][0],&l_34[2][2][0],&l_34[2][0][0],&l_34[2][0][0],&l_34[2][0][0]},{&l_34[2][0][0],&l_34[2][0][0],(void*)0,&l_34[2][0][0],&l_34[2][0][0],&l_34[2][0][0]}};
                    int32_t l_431[6][5] = {{1L,1L,(-3L),(-3L),1L},{(-8L),1L,(-8L),1L,(-8L)},{1L,(-3L),(-3L),1L,1L},{(-1L),1L,(-1L),1L,(-1L)},{1L,1L,(-3L),(-3L),1L},{(-8L),1L,(-8L),1L,(-8L)}};
                    uint32_t l_459 = 0xC8207B7DL;
                    int i, j;
                    g_75 = l_423[2];
                    if ((safe_div_func_uint32_t_u_u((safe_div_func_int64_t_s_s((&g_175 == (((*l_428) = 0x2B55E2A2L) , l_429[1][5])), g_430)), l_431[5][1])))
                    { /* block id: 180 */
                        uint16_t l_444 = 1UL;
                        const int8_t ****l_457 = &g_454;
                        l_376 = (safe_div_func_int16_t_s_s(g_210, (((safe_mul_func_uint16_t_u_u(65535UL, g_210)) != (safe_lshift_func_uint8_t_u_s((((*l_35) &= ((safe_rshift_func_uint16_t_u_s((safe_lshift_func_uint8_t_u_u((l_458 = (safe_sub_func_uint32_t_u_u(l_444, (safe_div_func_int8_t_s_s((l_447 != (void*)0), ((safe_lshift_func_int8_t_s_s(((l_450 , l_451) != ((*l_457) = g_454)), 4)) , 0xC6L)))))), g_27.f3)), g_162.f0)) || g_153)) , g_37), 2))) || l_458)));
                        (*l_35) = (l_459 = 0x80621E1BL);
                    }
                    else
                    { /* block id: 187 */
                        return l_460;
                    }
                }
                (*l_35) = (l_461 |= (l_458 | ((void*)0 != &l_80[4][2])));
            }
lbl_559:
            g_462 = &g_84;
            for (l_107.f1 = 0; (l_107.f1 <= 6); l_107.f1 += 1)
            { /* block id: 197 */
                uint16_t *l_468 = &g_162.f3;
                uint16_t *l_471 = &l_383;
                int32_t l_490 = 0xCC6EE22AL;
                union U3 l_504[10][3] = {{{5L},{-1L},{-1L}},{{-9L},{0L},{0x41L}},{{0x64L},{-1L},{0L}},{{0L},{0L},{-9L}},{{-1L},{5L},{-9L}},{{0x01L},{0L},{0x01L}},{{0x64L},{-1L},{0x36L}},{{0L},{0x01L},{0x01L}},{{0x36L},{0x64L},{-9L}},{{0x41L},{0L},{-9L}}};
                struct S0 *l_512 = &g_513;
                const union U1 l_529 = {-2L};
                int32_t l_540 = 0xFFD93A88L;
                int8_t l_557 = (-1L);
                int i, j;
                (*l_35) = ((safe_div_func_uint16_t_u_u(g_210, l_465)) , (safe_rshift_func_uint16_t_u_u((++(*l_468)), ((*l_471) = g_43[7]))));
                for (l_383 = 0; (l_383 <= 6); l_383 += 1)
                { /* block id: 203 */
                    union U4 l_495 = {0x2B72L};
                    int8_t ****l_500 = (void*)0;
                    int8_t ****l_501 = (void*)0;
                    int32_t * const *l_507 = &g_42;
                    int64_t l_508[1][9] = {{0L,0L,0L,0L,0L,0L,0L,0L,0L}};
                    union U2 l_509[4][6][4] = {{{{0xDDL},{0xEBL},{0x81L},{0x81L}},{{0xDDL},{0xDDL},{0xBBL},{0x4BL}},{{0xCFL},{0x81L},{0xDDL},{0x80L}},{{0xEBL},{0x52L},{0L},{0xDDL}},{{0xDBL},{0x52L},{0xDBL},{0x80L}},{{0x52L},{0x81L},{8L},{0x4BL}}},{{{0x4BL},{0xDDL},{0xEBL},{0x81L}},{{-1L},{0xEBL},{0xEBL},{-1L}},{{0x4BL},{0x80L},{8L},{0xDBL}},{{0x52L},{0x12L},{0xDBL},{0xBBL}},{{0xDBL},{0xBBL},{0L},{0xBBL}},{{0xEBL},{0x12L},{0xDDL},{0xDBL}}},{{{0xCFL},{0x80L},{0xBBL},{-1L}},{{0xDDL},{0xEBL},{0x81L},{0x81L}},{{0xDDL},{0xDDL},{0xBBL},{0x4BL}},{{0xCFL},{0x81L},{0xDDL},{0x80L}},{{0xEBL},{0x52L},{0L},{0xDDL}},{{0xDBL},{0x52L},{0xDBL},{0x80L}}},{{{0x52L},{0x81L},{8L},{0x4BL}},{{0x4BL},{0xDDL},{0xEBL},{0x81L}},{{-1L},{0xEBL},{0xEBL},{-1L}},{{0x4BL},{0x80L},{8L},{0xDBL}},{{0x52L},{0x12L},{0xDBL},{0xBBL}},{{0xDBL},{0xBBL},{0L},{0xBBL}}}};
                    int i, j, k;
                    for (l_375 = 2; (l_375 <= 9); l_375 += 1)
                    { /* block id: 206 */
                        uint32_t *l_478 = &g_210;
                        int32_t l_485 = 0x90AA573BL;
                        uint32_t *l_486 = &l_63[6][2][1];
                        uint32_t *l_489 = &g_212;
                        uint64_t *l_491 = &l_80[4][2].f1;
                        uint64_t *l_492 = &l_350;
                        int i;
                        (*l_35) &= ((safe_rshift_func_int8_t_s_s((safe_rshift_func_int16_t_s_u(0xFE45L, 13)), ((safe_mod_func_uint32_t_u_u((++(*l_478)), ((l_481 != &l_383) , ((l_482 > (safe_mul_func_uint16_t_u_u((((*l_486) = l_485) ^ ((safe_sub_func_int32_t_s_s(((((*l_489) = l_373) && l_490) < ((*l_492)--)), (-10L))) && (l_495 , (**l_77)))), 1L))) & (-1L))))) | 3L))) | 0L);
                        l_423[l_107.f1] = (void*)0;
                        if (l_381[2][0][0])
                            break;
                    }
                    l_490 = ((*l_35) = (((((((l_502 = g_498[2]) == &g_499) != l_490) & ((!l_490) != (&l_423[l_107.f1] != &l_423[0]))) | (l_504[6][0] , (((((l_80[7][1] , (((((-8L) > (*g_36)) < g_203) ^ l_490) , l_507)) != (void*)0) ^ l_490) , g_43[7]) != 0L))) & l_504[6][0].f0) == l_508[0][5]));
                    if (l_490)
                    { /* block id: 218 */
                        return l_509[2][2][2];
                    }
                    else
                    { /* block id: 220 */
                        struct S0 *l_510 = &l_450;
                        struct S0 **l_511[1];
                        struct S0 ***l_514 = &l_511[0];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_511[i] = (void*)0;
                        l_512 = l_510;
                        if (l_381[2][0][0])
                            continue;
                        (*l_514) = &l_510;
                    }
                }
                for (g_203 = 1; (g_203 <= 6); g_203 += 1)
                { /* block id: 228 */
                    union U1 *l_516 = &g_162;
                    int32_t l_517 = 0xBB5A25F9L;
                    int8_t l_525[5] = {8L,8L,8L,8L,8L};
                    uint16_t l_554 = 0x59DAL;
                    int32_t *l_560 = &l_517;
                    int i;
                    if ((((*l_516) = l_515) , (l_517 && (g_27.f0 , (((void*)0 != l_518) | ((*l_35) = ((safe_mul_func_int16_t_s_s(((safe_lshift_func_int8_t_s_u(((**l_77) <= 0L), 6)) < l_525[3]), (safe_div_func_uint64_t_u_u(((*g_200) = 0x2EE1F256A3E920A2LL), g_214)))) && 18446744073709551615UL)))))))
                    { /* block id: 232 */
                        l_490 = 0xD9857C1EL;
                    }
                    else
                    { /* block id: 234 */
                        struct S0 *l_528 = &g_513;
                        int32_t l_541 = 1L;
                        int32_t l_542[6] = {0x959F675CL,8L,0x959F675CL,0x959F675CL,8L,0x959F675CL};
                        int i;
                        l_517 |= ((l_528 != (l_529 , &g_513)) || (safe_sub_func_int16_t_s_s((safe_add_func_uint8_t_u_u(((*l_35) = (g_65 = ((g_27 , g_513) , (safe_lshift_func_uint16_t_u_s((g_326.f0 & ((+(safe_lshift_func_int8_t_s_s((((((*l_468) = (7L && g_430)) , (+l_540)) != l_525[3]) < (*l_35)), (***g_454)))) , 65535UL)), g_9))))), 0x57L)), 65529UL)));
                        l_545--;
                    }
                    l_490 = ((*l_35) |= l_504[6][0].f0);
                    for (g_326.f2 = 0; (g_326.f2 <= 6); g_326.f2 += 1)
                    { /* block id: 245 */
                        int64_t *l_556 = &l_386[0][0];
                        int i;
                        l_558 = (safe_sub_func_int16_t_s_s(((safe_lshift_func_int16_t_s_u(l_540, 1)) || ((safe_lshift_func_uint16_t_u_u(((l_554 , (+(((**l_77) != g_65) <= ((*l_35) | (((void*)0 != l_556) | (((**l_77) <= ((l_517 = (((((8L >= 0x5D9F8CE65F8A81BDLL) || (-1L)) & 0x0F367449L) < (-5L)) | g_27.f3)) , l_557)) , g_27.f1)))))) == 1UL), 12)) || (*g_75))), l_375));
                        if (l_465)
                            goto lbl_559;
                        l_423[l_107.f1] = &l_380;
                        l_560 = &l_380;
                    }
                }
            }
        }
        else
        { /* block id: 254 */
            union U1 *l_565 = &l_515;
            union U1 **l_564[5][1][8] = {{{(void*)0,&l_565,(void*)0,&l_565,(void*)0,&l_565,&l_565,(void*)0}},{{&l_565,&l_565,&l_565,&l_565,&l_565,(void*)0,&l_565,&l_565}},{{&l_565,&l_565,&l_565,&l_565,(void*)0,(void*)0,&l_565,&l_565}},{{&l_565,&l_565,(void*)0,(void*)0,&l_565,(void*)0,(void*)0,&l_565}},{{&l_565,&l_565,&l_565,(void*)0,(void*)0,&l_565,&l_565,&l_565}}};
            int32_t l_573 = (-1L);
            struct S0 l_575 = {1L,6L,0x21FAC75EL,-1L};
            union U3 l_578 = {0L};
            int32_t l_617 = 1L;
            int32_t l_618 = 0x3C322224L;
            int8_t *l_676 = (void*)0;
            int32_t *l_706[9];
            int32_t ****l_712[3][6][3] = {{{&l_95[0],&g_182,&l_95[0]},{&l_95[0],&g_182,&l_95[1]},{&g_92[2],&g_92[2],&l_95[0]},{(void*)0,&g_182,(void*)0},{&l_95[0],&g_92[2],&g_182},{&l_95[1],&g_92[4],&l_95[1]}},{{&l_95[0],&l_95[0],&g_182},{(void*)0,&g_182,(void*)0},{(void*)0,&l_95[0],&l_95[0]},{(void*)0,&g_92[4],(void*)0},{(void*)0,&g_92[2],(void*)0},{(void*)0,&g_92[5],(void*)0}},{{&l_95[0],&l_95[0],&l_95[0]},{&l_95[1],&g_92[5],(void*)0},{&l_95[0],&g_92[2],&g_182},{&l_95[1],&g_92[4],&l_95[1]},{&l_95[0],&l_95[0],&g_182},{(void*)0,&g_182,(void*)0}}};
            int i, j, k;
            for (i = 0; i < 9; i++)
                l_706[i] = &g_43[8];
lbl_570:
            (*l_35) = (safe_unary_minus_func_uint64_t_u((safe_mul_func_uint16_t_u_u(g_175.f0, ((g_566 = &l_515) != ((**l_77) , (void*)0))))));
lbl_614:
            l_567 = &l_373;
            for (l_347 = 0; (l_347 < 6); l_347++)
            { /* block id: 260 */
                const uint16_t l_574[7][6][6] = {{{8UL,0xDD3BL,0x6456L,8UL,65529UL,0x0427L},{65530UL,0x6D20L,0UL,0x7F64L,65532UL,0xD01AL},{65531UL,0xF62FL,1UL,0xB75AL,65532UL,0xEC4DL},{65528UL,0x6D20L,0x2397L,0x42BAL,65529UL,65531UL},{0xF62FL,0xDD3BL,0x1A65L,0xDD3BL,0xF62FL,0UL},{0xB91FL,0xCBE5L,0UL,8UL,0x7686L,0xC870L}},{{0x60FCL,0x7AC3L,0UL,0xCBE5L,65528UL,0xC870L},{6UL,0xF62FL,0UL,65530UL,0x7F64L,0UL},{65528UL,1UL,0x1A65L,1UL,1UL,65531UL},{0xD357L,0x7F64L,0x2397L,65532UL,0xF62FL,0xEC4DL},{65533UL,65528UL,1UL,8UL,0x7AC3L,0xD01AL},{65533UL,0x7686L,0UL,65532UL,0xCBE5L,0x0427L}},{{0xD357L,0xF62FL,0x6456L,1UL,0xDD3BL,0xAF66L},{65528UL,65529UL,0x6B66L,65530UL,0x6D20L,65531UL},{6UL,65532UL,0x4D1EL,0xCBE5L,0xF62FL,0x6723L},{0x60FCL,65532UL,0UL,8UL,0x6D20L,0xF5E3L},{0xB91FL,65529UL,0UL,0xDD3BL,0xDD3BL,0UL},{0xF62FL,0xF62FL,65531UL,0x42BAL,0xCBE5L,0x8833L}},{{65528UL,0x7686L,0UL,0xB75AL,0x7AC3L,65531UL},{65531UL,65528UL,0UL,0x7F64L,0xF62FL,0x8833L},{65530UL,0x7F64L,65531UL,8UL,1UL,0UL},{8UL,1UL,0UL,65528UL,0x7F64L,0xF5E3L},{0xBDEFL,0xF62FL,0UL,0xE081L,65528UL,0x6723L},{65528UL,0x7AC3L,0x4D1EL,0xE081L,0x7686L,65531UL}},{{0xBDEFL,0xCBE5L,0x6B66L,65528UL,65535UL,65528UL},{0UL,65532UL,8UL,0UL,0x9644L,65530UL},{7UL,1UL,0xB75AL,4UL,65535UL,0x42BAL},{0xA3DAL,65535UL,65530UL,0x6875L,65535UL,0xCBE5L},{65535UL,1UL,0x7AC3L,0UL,0x9644L,0x60FCL},{65535UL,65532UL,1UL,65532UL,65535UL,0x7F64L}},{{0xC027L,1UL,65533UL,0UL,0UL,1UL},{1UL,0x7785L,0xB75AL,1UL,65535UL,1UL},{65530UL,65535UL,65533UL,65528UL,4UL,0x7F64L},{65535UL,0xDD58L,1UL,0UL,0xDD58L,0x60FCL},{0xA0AFL,4UL,0x7AC3L,65535UL,65535UL,0xCBE5L},{0xAE8EL,65535UL,65530UL,0UL,0x7785L,0x42BAL}},{{0xAE8EL,0UL,0xB75AL,65535UL,1UL,65530UL},{0xA0AFL,65535UL,8UL,0UL,65532UL,65528UL},{65535UL,0x9644L,0x7686L,65528UL,1UL,0x60FCL},{65530UL,65535UL,65529UL,1UL,65535UL,65532UL},{1UL,65535UL,0xB91FL,0UL,1UL,0xE081L},{0xC027L,0x9644L,0xB75AL,65532UL,65532UL,0xB75AL}}};
                int16_t *l_582 = &l_418[7];
                struct S0 *l_603 = (void*)0;
                struct S0 **l_602 = &l_603;
                struct S0 ***l_601[9] = {&l_602,&l_602,&l_602,&l_602,&l_602,&l_602,&l_602,&l_602,&l_602};
                int32_t l_615 = 0x634DA196L;
                int32_t l_616[8];
                int64_t l_621 = 0xCA1CFF6809057679LL;
                union U3 l_657 = {1L};
                int32_t * const ****l_722 = &l_720;
                int i, j, k;
                for (i = 0; i < 8; i++)
                    l_616[i] = 0xAD8C09BBL;
                if (g_326.f0)
                    goto lbl_570;
                if ((safe_rshift_func_int16_t_s_u((((l_573 <= l_574[5][2][1]) , l_575) , ((*l_582) = ((((safe_sub_func_uint16_t_u_u(((void*)0 != &g_92[2]), (l_578 , ((l_574[5][4][0] || ((((safe_lshift_func_int8_t_s_u((((*l_567) > (((g_544 || 1L) != g_581[1]) || g_249)) || (***g_454)), 2)) && (*l_78)) <= g_9) | l_574[5][5][2])) ^ l_575.f0)))) & (*l_567)) || 0x3994C2A4L) | (**l_77)))), 14)))
                { /* block id: 263 */
                    int64_t l_607 = 0xE700D5C24C148598LL;
                    int32_t l_609 = 0xCC998F23L;
                    int32_t l_619 = 0L;
                    int32_t l_622[7] = {(-3L),(-3L),0x201F3A3DL,(-3L),(-3L),0x201F3A3DL,(-3L)};
                    uint32_t l_624 = 4294967286UL;
                    union U4 *l_701 = &l_80[4][2];
                    int8_t ** const * const l_702 = &g_499;
                    int i;
                    for (g_212 = (-11); (g_212 >= 27); g_212++)
                    { /* block id: 266 */
                        union U4 *l_587 = (void*)0;
                        union U1 l_592[6][3][9] = {{{{-8L},{-1L},{-7L},{-8L},{0xAACBL},{0x6764L},{0xEC7FL},{0xF068L},{0x1DABL}},{{0L},{2L},{-10L},{0x20A3L},{-1L},{0x6F74L},{0L},{-1L},{1L}},{{-8L},{0x1DABL},{-7L},{0xEC7FL},{0xAACBL},{0xAACBL},{0xEC7FL},{-7L},{0x1DABL}}},{{{0x093FL},{2L},{1L},{0x20A3L},{0L},{0x6F74L},{0x093FL},{-1L},{-3L}},{{-8L},{-1L},{-7L},{-8L},{0xAACBL},{0x6764L},{0xEC7FL},{0xF068L},{0x1DABL}},{{0L},{2L},{-10L},{0x20A3L},{-1L},{0x6F74L},{0L},{-1L},{1L}}},{{{-8L},{0x1DABL},{-7L},{0xEC7FL},{0xAACBL},{0xAACBL},{0xEC7FL},{-7L},{0x1DABL}},{{0x093FL},{2L},{1L},{0x20A3L},{0L},{0x6F74L},{0x093FL},{-1L},{-2L}},{{0xAACBL},{-1L},{0L},{0xAACBL},{0xDD38L},{9L},{0x6764L},{4L},{0x4781L}}},{{{-1L},{0x6FA6L},{0xF024L},{0x6F74L},{0x7CC9L},{0x9620L},{-1L},{-2L},{1L}},{{0xAACBL},{0x4781L},{0L},{0x6764L},{0xDD38L},{0xDD38L},{0x6764L},{0L},{0x4781L}},{{0L},{0x6FA6L},{-1L},{0x6F74L},{0xD338L},{0x9620L},{0L},{-2L},{-2L}}},{{{0xAACBL},{-1L},{0L},{0xAACBL},{0xDD38L},{9L},{0x6764L},{4L},{0x4781L}},{{-1L},{0x6FA6L},{0xF024L},{0x6F74L},{0x7CC9L},{0x9620L},{-1L},{-2L},{1L}},{{0xAACBL},{0x4781L},{0L},{0x6764L},{0xDD38L},{0xDD38L},{0x6764L},{0L},{0x4781L}}},{{{0L},{0x6FA6L},{-1L},{0x6F74L},{0xD338L},{0x9620L},{0L},{-2L},{-2L}},{{0xAACBL},{-1L},{0L},{0xAACBL},{0xDD38L},{9L},{0x6764L},{4L},{0x4781L}},{{-1L},{0x6FA6L},{0xF024L},{0x6F74L},{0x7CC9L},{0x9620L},{-1L},{-2L},{1L}}}};
                        struct S0 ***l_604 = &l_602;
                        union U2 l_608[5][3][8] = {{{{0x3DL},{-3L},{0xE5L},{0xDDL},{-1L},{0x1FL},{0x8AL},{1L}},{{0xF5L},{-1L},{1L},{0x22L},{0x90L},{0xD8L},{0x9EL},{0xEEL}},{{0x41L},{0x6EL},{0x5EL},{0x8AL},{0xE5L},{0L},{-1L},{0xADL}}},{{{-10L},{0xF5L},{0xAAL},{0x87L},{-2L},{-2L},{0x87L},{0xAAL}},{{0xEAL},{0xEAL},{0xF5L},{0x1CL},{0xD8L},{0L},{0L},{0x8AL}},{{0x5EL},{-3L},{-6L},{0x41L},{-5L},{0xDDL},{1L},{0x8AL}}},{{{-3L},{0x7DL},{0xEEL},{0x1CL},{0x90L},{0x18L},{0x7DL},{0xAAL}},{{0L},{-10L},{0x17L},{0x87L},{1L},{0x5EL},{-1L},{0xADL}},{{0L},{-5L},{0x1CL},{0x8AL},{0x7FL},{-10L},{0x18L},{0xEEL}}},{{{0L},{0x08L},{0xF5L},{0x22L},{0L},{0L},{0x7FL},{1L}},{{0x17L},{0xD8L},{-3L},{0xDDL},{0xB7L},{0xDDL},{-3L},{0xD8L}},{{-6L},{-1L},{0x77L},{0x6DL},{-1L},{0x8AL},{0x9EL},{1L}}},{{{0L},{-1L},{0L},{0L},{0xDDL},{0x77L},{1L},{0x1CL}},{{-5L},{0L},{-1L},{0x41L},{0x18L},{1L},{-1L},{0x7DL}},{{0x18L},{1L},{-1L},{0x7DL},{0x5EL},{0xE5L},{0xD8L},{-1L}}}};
                        int32_t *l_610 = &l_573;
                        int i, j, k;
                        l_609 &= ((safe_lshift_func_int8_t_s_u((-3L), ((g_326 = g_326) , (safe_sub_func_int8_t_s_s((safe_add_func_uint64_t_u_u((l_592[5][0][7] , (safe_mul_func_int8_t_s_s(((*g_36) = (safe_sub_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_s(((g_249 == (safe_rshift_func_int16_t_s_s((l_601[0] == l_604), (safe_lshift_func_uint16_t_u_u(l_607, (l_608[0][1][6] , l_607)))))) >= g_513.f3), l_574[6][3][0])) >= g_175.f0), 0xB0L))), 253UL))), 0x9D9C33F6CADF3026LL)), g_43[5]))))) , 7L);
                        l_610 = l_610;
                    }
                    for (l_558 = 0; (l_558 <= 1); l_558 += 1)
                    { /* block id: 274 */
                        int64_t *l_613[6];
                        int32_t l_620 = 1L;
                        int32_t l_623[1];
                        int i;
                        for (i = 0; i < 6; i++)
                            l_613[i] = &g_513.f0;
                        for (i = 0; i < 1; i++)
                            l_623[i] = (-1L);
                        (*l_35) = ((*l_567) = ((safe_lshift_func_uint8_t_u_u(0xB1L, 0)) == ((g_513.f0 = (-1L)) | l_607)));
                        (*l_35) = ((void*)0 == l_613[2]);
                        if (g_214)
                            goto lbl_614;
                        l_624--;
                    }
                    if (l_575.f0)
                    { /* block id: 282 */
                        uint16_t l_627 = 0x83BCL;
                        union U2 l_636[9] = {{0x41L},{0x41L},{0x41L},{0x41L},{0x41L},{0x41L},{0x41L},{0x41L},{0x41L}};
                        int32_t l_645[5] = {0xE66F33B4L,0xE66F33B4L,0xE66F33B4L,0xE66F33B4L,0xE66F33B4L};
                        int i;
                        l_627++;
                        l_645[2] ^= (safe_lshift_func_int16_t_s_u(((safe_div_func_int16_t_s_s(g_79, (l_621 | ((((*l_567) < 0x4AB4L) , ((l_636[2] , (safe_lshift_func_int16_t_s_s((((l_609 > ((safe_div_func_uint8_t_u_u((*l_35), g_214)) == (safe_add_func_int8_t_s_s(((safe_add_func_int32_t_s_s((&g_92[2] == (void*)0), 8UL)) < 0x6432BB8DL), g_27.f1)))) && l_574[5][2][1]) | l_578.f0), 11))) > l_622[6])) > 18446744073709551615UL)))) == 0xCEL), 9));
                        l_573 ^= ((safe_lshift_func_uint8_t_u_u(6UL, 2)) > g_27.f3);
                    }
                    else
                    { /* block id: 286 */
                        uint64_t l_654 = 0xC0F2C3727D8F555CLL;
                        uint8_t **l_665 = &l_416[0][2][2];
                        int32_t l_666[9][5] = {{(-1L),0x6DCCA87AL,(-7L),0L,1L},{1L,0L,0x47537685L,0L,1L},{0x6DCCA87AL,0x1FE79AB7L,0x43B1863DL,0L,0x780DDFEFL},{0L,0xA26DC460L,(-9L),(-9L),0xA26DC460L},{0x35F95264L,(-7L),(-1L),0x1FE79AB7L,0x780DDFEFL},{0L,(-9L),1L,(-8L),1L},{0x780DDFEFL,0x780DDFEFL,0x6DCCA87AL,0x35F95264L,1L},{0L,0xC8654775L,0L,0x47537685L,0x47537685L},{0x35F95264L,0x8B71EF27L,0x35F95264L,(-9L),0L}};
                        int64_t *l_697[8] = {&l_386[0][0],&l_386[2][0],&l_386[0][0],&l_386[2][0],&l_386[0][0],&l_386[2][0],&l_386[0][0],&l_386[2][0]};
                        int i, j;
                        (*l_35) = ((safe_lshift_func_uint8_t_u_s((((safe_add_func_int32_t_s_s(l_574[6][4][5], (l_654 > ((safe_sub_func_uint16_t_u_u(l_654, (l_622[6] , (g_544 , l_622[6])))) >= (l_657 , (safe_rshift_func_int8_t_s_u((((safe_rshift_func_int8_t_s_s((safe_add_func_uint8_t_u_u((4294967289UL ^ ((g_203 != g_664) == (-1L))), (*l_78))), (***g_454))) > g_27.f3) & g_79), l_619))))))) <= 2UL) , l_622[5]), l_624)) == l_574[5][2][1]);
                        l_666[0][0] = (((*l_665) = func_25(l_616[2])) != &g_65);
                        (*l_35) &= ((safe_mod_func_int8_t_s_s((safe_unary_minus_func_uint8_t_u((safe_lshift_func_int16_t_s_u((safe_lshift_func_int16_t_s_u(((safe_rshift_func_uint8_t_u_u(((0x77466CC75074A92ELL && ((l_676 == (l_38 = p_24)) , g_581[1])) == (((safe_mul_func_int16_t_s_s((safe_add_func_int64_t_s_s((((((((((g_175 , ((safe_sub_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u(((safe_add_func_int8_t_s_s(((safe_add_func_uint64_t_u_u(((safe_rshift_func_uint16_t_u_s(((((l_616[0] = (l_618 = (g_698 = (&l_386[0][0] != ((safe_div_func_uint32_t_u_u((safe_mul_func_int8_t_s_s(l_622[6], (0UL != ((safe_div_func_int64_t_s_s((g_513.f0 = ((**l_77) & 0x2A5C934F8C56362ALL)), 1UL)) || 0x6CL)))), g_79)) , &l_607))))) || l_617) != (*l_567)) , 0x6784L), 10)) , (*l_567)), l_575.f2)) & (*l_78)), g_664)) || 0x7CCC19C352ED7D4FLL), (**l_77))) && l_657.f0), l_657.f0)) | g_27.f3)) >= 0L) | (*l_567)) ^ (-5L)) , g_43[4]) , g_162.f0) < 3L) , l_107) , g_581[1]), 0x318EB09E57FF3AFDLL)), g_43[7])) && 247UL) > l_657.f0)), 4)) & l_617), 1)), 0)))), l_607)) > l_654);
                    }
                    l_619 = (safe_add_func_int16_t_s_s((&g_455 != (((*l_701) = g_326) , l_702)), (0x6FL & (((safe_div_func_int32_t_s_s(((*l_35) = ((*l_567) = 0xB3332F24L)), 0xFC18A0FEL)) , (l_706[5] = l_705[4])) == (g_175 , &l_379)))));
                }
                else
                { /* block id: 302 */
                    uint64_t l_711 = 0xD94FE75F887E6FA9LL;
                    for (l_578.f0 = 0; (l_578.f0 >= 0); --l_578.f0)
                    { /* block id: 305 */
                        const int16_t l_709 = 0L;
                        (*l_567) = l_709;
                        (*l_35) ^= (+(*l_567));
                        if (l_711)
                            break;
                        if ((*g_75))
                            continue;
                    }
                }
                (*l_567) = ((((l_712[1][1][1] != (void*)0) < (((safe_rshift_func_uint16_t_u_s((safe_sub_func_int32_t_s_s((**l_77), ((safe_rshift_func_int8_t_s_u((l_719 = ((*g_36) &= l_615)), 2)) != (((*l_722) = l_720) == (void*)0)))), 10)) <= g_27.f1) < g_9)) & 4294967295UL) ^ g_513.f3);
            }
        }
    }
    return l_107;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int8_t * func_25(int64_t  p_26)
{ /* block id: 1 */
    uint32_t l_32 = 8UL;
    int8_t *l_33 = (void*)0;
    l_32 |= (safe_rshift_func_int8_t_s_u((safe_div_func_uint64_t_u_u(0UL, 0x2AD015B01D976D99LL)), 5));
    return l_33;
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
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_27.f0, "g_27.f0", print_hash_value);
    transparent_crc(g_27.f1, "g_27.f1", print_hash_value);
    transparent_crc(g_27.f2, "g_27.f2", print_hash_value);
    transparent_crc(g_27.f3, "g_27.f3", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_43[i], "g_43[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_84.f0, "g_84.f0", print_hash_value);
    transparent_crc(g_153, "g_153", print_hash_value);
    transparent_crc(g_162.f0, "g_162.f0", print_hash_value);
    transparent_crc(g_162.f3, "g_162.f3", print_hash_value);
    transparent_crc(g_175.f0, "g_175.f0", print_hash_value);
    transparent_crc(g_203, "g_203", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_214, "g_214", print_hash_value);
    transparent_crc(g_249, "g_249", print_hash_value);
    transparent_crc(g_326.f0, "g_326.f0", print_hash_value);
    transparent_crc(g_329, "g_329", print_hash_value);
    transparent_crc(g_430, "g_430", print_hash_value);
    transparent_crc(g_513.f0, "g_513.f0", print_hash_value);
    transparent_crc(g_513.f1, "g_513.f1", print_hash_value);
    transparent_crc(g_513.f2, "g_513.f2", print_hash_value);
    transparent_crc(g_513.f3, "g_513.f3", print_hash_value);
    transparent_crc(g_544, "g_544", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_581[i], "g_581[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_664, "g_664", print_hash_value);
    transparent_crc(g_698, "g_698", print_hash_value);
    transparent_crc(g_730, "g_730", print_hash_value);
    transparent_crc(g_732, "g_732", print_hash_value);
    transparent_crc(g_805, "g_805", print_hash_value);
    transparent_crc(g_1119.f0, "g_1119.f0", print_hash_value);
    transparent_crc(g_1120, "g_1120", print_hash_value);
    transparent_crc(g_1121.f0, "g_1121.f0", print_hash_value);
    transparent_crc(g_1121.f3, "g_1121.f3", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_1167[i][j], "g_1167[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1168, "g_1168", print_hash_value);
    transparent_crc(g_1170, "g_1170", print_hash_value);
    transparent_crc(g_1174, "g_1174", print_hash_value);
    transparent_crc(g_1232, "g_1232", print_hash_value);
    transparent_crc(g_1238, "g_1238", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_1397[i][j][k], "g_1397[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_1412[i], "g_1412[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1429, "g_1429", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 430
   depth: 1, occurrence: 16
XXX total union variables: 41

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

XXX max expression depth: 50
breakdown:
   depth: 1, occurrence: 211
   depth: 2, occurrence: 60
   depth: 3, occurrence: 5
   depth: 4, occurrence: 5
   depth: 5, occurrence: 3
   depth: 6, occurrence: 4
   depth: 7, occurrence: 1
   depth: 9, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 19, occurrence: 4
   depth: 20, occurrence: 3
   depth: 21, occurrence: 3
   depth: 22, occurrence: 3
   depth: 23, occurrence: 3
   depth: 24, occurrence: 1
   depth: 25, occurrence: 1
   depth: 27, occurrence: 2
   depth: 28, occurrence: 2
   depth: 32, occurrence: 1
   depth: 39, occurrence: 1
   depth: 50, occurrence: 1

XXX total number of pointers: 364

XXX times a variable address is taken: 1005
XXX times a pointer is dereferenced on RHS: 189
breakdown:
   depth: 1, occurrence: 116
   depth: 2, occurrence: 48
   depth: 3, occurrence: 20
   depth: 4, occurrence: 5
XXX times a pointer is dereferenced on LHS: 179
breakdown:
   depth: 1, occurrence: 164
   depth: 2, occurrence: 10
   depth: 3, occurrence: 5
XXX times a pointer is compared with null: 29
XXX times a pointer is compared with address of another variable: 6
XXX times a pointer is compared with another pointer: 10
XXX times a pointer is qualified to be dereferenced: 5930

XXX max dereference level: 4
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 727
   level: 2, occurrence: 183
   level: 3, occurrence: 95
   level: 4, occurrence: 12
XXX number of pointers point to pointers: 136
XXX number of pointers point to scalars: 188
XXX number of pointers point to structs: 12
XXX percent of pointers has null in alias set: 29.7
XXX average alias set size: 1.55

XXX times a non-volatile is read: 1193
XXX times a non-volatile is write: 589
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 9

XXX stmts: 214
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 26
   depth: 1, occurrence: 21
   depth: 2, occurrence: 23
   depth: 3, occurrence: 30
   depth: 4, occurrence: 42
   depth: 5, occurrence: 72

XXX percentage a fresh-made variable is used: 19.5
XXX percentage an existing variable is used: 80.5
********************* end of statistics **********************/

