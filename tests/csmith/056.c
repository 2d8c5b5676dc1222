/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 66 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      66
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int32_t  f0;
   int8_t * f1;
   int32_t  f2;
   int32_t  f3;
};

union U1 {
   const int64_t  f0;
   uint16_t  f1;
   uint64_t  f2;
   uint8_t  f3;
};

union U2 {
   uint64_t  f0;
   int64_t  f1;
   int64_t  f2;
   int8_t  f3;
};

union U3 {
   int8_t  f0;
   uint64_t  f1;
};

union U4 {
   uint64_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static int16_t g_6 = 0xCA9FL;
static int8_t g_14 = 0x5BL;
static int32_t g_25 = 0x62CCD204L;
static union U4 g_27 = {18446744073709551610UL};
static uint16_t g_82 = 1UL;
static union U2 g_100 = {7UL};
static union U3 g_109 = {6L};
static int32_t *g_115 = (void*)0;
static int32_t **g_114 = &g_115;
static uint16_t g_118[4] = {0x20CAL,0x20CAL,0x20CAL,0x20CAL};
static union U4 *g_127 = &g_27;
static union U4 **g_126 = &g_127;
static union U4 **g_130[10] = {(void*)0,(void*)0,&g_127,(void*)0,(void*)0,&g_127,(void*)0,(void*)0,&g_127,(void*)0};
static uint8_t g_165 = 0x0EL;
static union U0 g_194 = {-2L};
static int32_t g_244 = (-1L);
static int64_t g_247 = 0xDB89021812832912LL;
static union U0 *g_254 = &g_194;
static int32_t g_278 = 0L;
static uint32_t g_283 = 4294967295UL;
static int8_t **g_286 = (void*)0;
static int16_t g_385 = 0x6D71L;
static int16_t g_397[3][6][9] = {{{0xFDDDL,1L,0x8671L,0L,(-8L),0xA820L,0L,(-2L),0L},{0x5487L,0L,0L,1L,0L,0xC604L,0xEAC4L,0x3724L,0xA689L},{0x3724L,(-2L),0L,0x9885L,0x9885L,0L,(-2L),0x3724L,0xC604L},{(-1L),0x6F65L,(-2L),0xFDDDL,0L,0x8671L,0x3724L,0L,0xEAC4L},{0xE014L,0x5487L,0L,0L,1L,0L,0xC604L,0xEAC4L,0x3724L},{0xA689L,0xA820L,0x547FL,0x9D85L,0xC604L,0xC604L,0x9D85L,0x547FL,0xA820L}},{{0xA689L,0x3724L,0xEAC4L,0xC604L,0L,1L,0L,0L,0x5487L},{0xE014L,0xEAC4L,0L,0x3724L,0x8671L,0x5487L,0L,(-1L),0L},{0x9D85L,0x3724L,0x6F65L,0L,7L,1L,1L,7L,0L},{0x6F65L,0xA820L,0x6F65L,1L,0x3724L,(-8L),0x8671L,0L,7L},{(-2L),0x5487L,0L,0L,0x4F3AL,0xA689L,0x9885L,0xC604L,0x462EL},{0L,0L,0xEAC4L,1L,(-1L),0x547FL,0x4F3AL,0x4F3AL,0x547FL}},{{(-1L),0L,0x547FL,0L,(-1L),(-2L),0x462EL,0x9D85L,0x6F65L},{0x5487L,7L,0L,0x3724L,0x4F3AL,(-2L),0L,7L,0xE014L},{0L,0x462EL,(-1L),0xC604L,0x3724L,(-2L),0L,0x9885L,0x9885L},{0L,0x547FL,7L,0x9D85L,7L,0x547FL,0L,(-2L),0L},{0x9885L,0x6F65L,0L,0L,0x8671L,0xA689L,0L,0x3724L,(-1L)},{1L,0xE014L,0xC604L,0L,0L,(-8L),0x462EL,(-2L),1L}}};
static int8_t g_398 = 1L;
static union U0 **g_434 = (void*)0;
static union U0 ***g_433 = &g_434;
static int32_t g_456 = 1L;
static uint8_t *g_505 = (void*)0;
static uint8_t **g_504 = &g_505;
static int16_t g_521 = (-1L);
static uint64_t g_525 = 18446744073709551612UL;
static union U1 g_533[10] = {{0x1C87F479BC4A577ALL},{0x1C87F479BC4A577ALL},{0x1C87F479BC4A577ALL},{0x1C87F479BC4A577ALL},{0x1C87F479BC4A577ALL},{0x1C87F479BC4A577ALL},{0x1C87F479BC4A577ALL},{0x1C87F479BC4A577ALL},{0x1C87F479BC4A577ALL},{0x1C87F479BC4A577ALL}};
static union U1 *g_534 = (void*)0;
static union U4 ** const *g_546 = (void*)0;
static union U4 ** const **g_545 = &g_546;
static union U4 ** const **g_547 = (void*)0;
static union U4 ***g_549[8][1] = {{(void*)0},{&g_126},{&g_126},{(void*)0},{&g_126},{&g_126},{(void*)0},{&g_126}};
static union U4 ****g_548 = &g_549[6][0];
static uint16_t g_584[6][6] = {{1UL,65535UL,9UL,9UL,65535UL,1UL},{1UL,9UL,0x8E3EL,65535UL,65535UL,0x8E3EL},{65535UL,65535UL,0x8E3EL,9UL,1UL,1UL},{65535UL,9UL,9UL,65535UL,1UL,0x8E3EL},{1UL,65535UL,9UL,9UL,65535UL,1UL},{1UL,9UL,0x8E3EL,65535UL,65535UL,0x8E3EL}};
static int32_t *****g_633 = (void*)0;
static int32_t ***g_672 = &g_114;
static int32_t ****g_671 = &g_672;
static uint32_t g_681 = 18446744073709551613UL;
static uint64_t g_735 = 0xE54D59158455B00ALL;
static uint16_t ** const g_757[2] = {(void*)0,(void*)0};
static int8_t *g_786 = &g_14;
static const int8_t g_831 = (-7L);
static const int8_t *g_830[2] = {&g_831,&g_831};
static int8_t **g_834 = &g_786;
static uint32_t g_839 = 0UL;
static const int32_t g_874 = (-1L);
static int64_t g_920[2][2][9] = {{{0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL},{0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL}},{{0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL},{0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL,0x53930EE884DD8D06LL}}};
static uint16_t ***g_958 = (void*)0;
static uint16_t ****g_957 = &g_958;
static uint32_t *g_967 = (void*)0;
static uint32_t ** const g_966 = &g_967;
static uint32_t **g_968 = &g_967;
static const union U4 g_1034[9][4][3] = {{{{0UL},{0x8FCFB8C404473D36LL},{18446744073709551615UL}},{{0x96BFFA77FCAF7D47LL},{0UL},{0xB9235194F056B6A4LL}},{{0x96BFFA77FCAF7D47LL},{0x51798981F93BC046LL},{0x746C9EEBFA17F573LL}},{{0UL},{0x638F9A5B9E4A3A34LL},{0UL}}},{{{0x746C9EEBFA17F573LL},{0x51798981F93BC046LL},{0x96BFFA77FCAF7D47LL}},{{0xB9235194F056B6A4LL},{0UL},{0x96BFFA77FCAF7D47LL}},{{18446744073709551615UL},{0x8FCFB8C404473D36LL},{0UL}},{{18446744073709551614UL},{0x993D70B9C2F1FF71LL},{0x746C9EEBFA17F573LL}}},{{{18446744073709551615UL},{0xF8F33E8845A4C94BLL},{0xB9235194F056B6A4LL}},{{0xB9235194F056B6A4LL},{0xF8F33E8845A4C94BLL},{18446744073709551615UL}},{{0x746C9EEBFA17F573LL},{0x993D70B9C2F1FF71LL},{18446744073709551614UL}},{{0UL},{0x8FCFB8C404473D36LL},{18446744073709551615UL}}},{{{0x96BFFA77FCAF7D47LL},{0UL},{0xB9235194F056B6A4LL}},{{0x96BFFA77FCAF7D47LL},{0x51798981F93BC046LL},{0x746C9EEBFA17F573LL}},{{0UL},{0x638F9A5B9E4A3A34LL},{0UL}},{{0x746C9EEBFA17F573LL},{0x51798981F93BC046LL},{0x96BFFA77FCAF7D47LL}}},{{{0xB9235194F056B6A4LL},{0UL},{0x96BFFA77FCAF7D47LL}},{{18446744073709551615UL},{0x8FCFB8C404473D36LL},{0UL}},{{18446744073709551614UL},{0x993D70B9C2F1FF71LL},{0x746C9EEBFA17F573LL}},{{18446744073709551615UL},{0xF8F33E8845A4C94BLL},{0xB9235194F056B6A4LL}}},{{{0xB9235194F056B6A4LL},{0xF8F33E8845A4C94BLL},{18446744073709551615UL}},{{0x746C9EEBFA17F573LL},{0x993D70B9C2F1FF71LL},{18446744073709551614UL}},{{0UL},{0x8FCFB8C404473D36LL},{18446744073709551615UL}},{{0x96BFFA77FCAF7D47LL},{0UL},{0xB9235194F056B6A4LL}}},{{{0x96BFFA77FCAF7D47LL},{0x51798981F93BC046LL},{0x746C9EEBFA17F573LL}},{{0UL},{0x638F9A5B9E4A3A34LL},{0UL}},{{0x746C9EEBFA17F573LL},{0x51798981F93BC046LL},{0x96BFFA77FCAF7D47LL}},{{0xB9235194F056B6A4LL},{0UL},{0x96BFFA77FCAF7D47LL}}},{{{18446744073709551615UL},{0x8FCFB8C404473D36LL},{0UL}},{{18446744073709551614UL},{0x993D70B9C2F1FF71LL},{0x746C9EEBFA17F573LL}},{{18446744073709551615UL},{0xF8F33E8845A4C94BLL},{0xB9235194F056B6A4LL}},{{0xB9235194F056B6A4LL},{0xF8F33E8845A4C94BLL},{18446744073709551615UL}}},{{{0x746C9EEBFA17F573LL},{0x993D70B9C2F1FF71LL},{18446744073709551614UL}},{{0UL},{0x8FCFB8C404473D36LL},{18446744073709551615UL}},{{0x96BFFA77FCAF7D47LL},{0UL},{0xB9235194F056B6A4LL}},{{0x96BFFA77FCAF7D47LL},{0x51798981F93BC046LL},{0x746C9EEBFA17F573LL}}}};
static const union U4 *g_1033[3][10] = {{&g_1034[3][3][2],&g_1034[5][0][2],&g_1034[5][0][2],&g_1034[3][3][2],(void*)0,&g_1034[3][3][2],(void*)0,&g_1034[3][3][2],&g_1034[5][0][2],&g_1034[5][0][2]},{(void*)0,&g_1034[5][0][2],&g_1034[3][3][2],&g_1034[3][2][1],&g_1034[3][2][1],&g_1034[3][3][2],&g_1034[5][0][2],(void*)0,&g_1034[5][0][2],&g_1034[3][3][2]},{&g_1034[3][3][2],&g_1034[3][3][2],&g_1034[3][2][1],&g_1034[3][3][2],&g_1034[3][3][2],&g_1034[3][3][2],&g_1034[3][3][2],&g_1034[3][3][2],&g_1034[3][3][2],&g_1034[3][2][1]}};
static int16_t *g_1063 = &g_397[1][4][8];
static uint64_t g_1071[3] = {0xED6ACE5760FADA44LL,0xED6ACE5760FADA44LL,0xED6ACE5760FADA44LL};
static uint16_t *g_1084 = &g_82;
static uint16_t **g_1083 = &g_1084;
static int8_t g_1139[7][2][5] = {{{(-1L),1L,0xC5L,5L,1L},{1L,(-1L),0xE6L,0xF0L,(-6L)}},{{1L,1L,0L,1L,1L},{(-6L),1L,1L,0xB0L,(-1L)}},{{5L,0xBAL,0xEEL,0x04L,1L},{(-1L),1L,0x20L,1L,(-1L)}},{{1L,0x04L,0xEEL,0xBAL,5L},{(-1L),0xB0L,1L,1L,1L}},{{5L,0x04L,0xBDL,0x04L,5L},{1L,1L,1L,0xB0L,(-1L)}},{{5L,0xBAL,0xEEL,0x04L,1L},{(-1L),1L,0x20L,1L,(-1L)}},{{1L,0x04L,0xEEL,0xBAL,5L},{(-1L),0xB0L,1L,1L,1L}}};
static uint64_t g_1140 = 0xB4337CC4A291CC67LL;
static uint8_t g_1231 = 0x7EL;
static int8_t ***g_1241 = &g_834;
static int8_t ****g_1240 = &g_1241;
static int32_t g_1293 = 0x43F33B34L;
static int16_t g_1295 = 0L;
static int16_t g_1297 = 0xF46FL;
static uint32_t g_1369 = 1UL;
static union U4 *g_1398 = &g_27;
static union U4 ** const g_1397 = &g_1398;
static union U4 ** const *g_1396 = &g_1397;
static union U4 ** const ** const g_1395 = &g_1396;
static union U4 ** const ** const *g_1394 = &g_1395;
static int32_t g_1405 = 1L;
static int32_t g_1513 = 0x6830A57CL;
static int64_t *g_1540[9] = {&g_920[1][1][2],&g_920[1][1][2],&g_920[1][1][2],&g_920[1][1][2],&g_920[1][1][2],&g_920[1][1][2],&g_920[1][1][2],&g_920[1][1][2],&g_920[1][1][2]};
static int64_t **g_1539 = &g_1540[4];
static union U3 **g_1556 = (void*)0;
static int8_t *g_1565 = &g_14;
static int16_t g_1574[4][6][10] = {{{(-1L),0xFA9CL,4L,0x6596L,0x7393L,0x2142L,(-3L),0x52C9L,8L,0x52C9L},{0x7393L,0x7094L,(-1L),0L,(-1L),0x7094L,0x7393L,0x552FL,(-1L),1L},{0x064EL,1L,0L,(-1L),0x3536L,(-1L),(-1L),(-1L),0xBA2CL,0x552FL},{(-9L),1L,0x2142L,(-1L),0xFA9CL,0x5226L,0x7393L,1L,0x5226L,0L},{(-9L),0x7094L,0x17D9L,(-9L),0L,0x0FFAL,(-3L),0x4CEBL,0L,6L},{0x06EFL,0xFA9CL,0x8A8AL,0x95F0L,(-3L),(-1L),0x7094L,(-9L),(-9L),0x99B2L}},{{0x6EB4L,0x6596L,0x5226L,6L,0xD718L,0x432CL,0xECE6L,0x3DF2L,0x5226L,0L},{4L,(-1L),0x99B2L,0xF2C1L,0L,0L,0x52C9L,0x064EL,(-5L),4L},{0x0FFAL,(-10L),(-1L),(-1L),0x50A1L,9L,(-2L),0x6EB4L,1L,1L},{1L,(-9L),0x432CL,0x6EB4L,0x6EB4L,0x432CL,(-9L),1L,8L,0xD718L},{(-10L),0x17D9L,0x95F0L,0L,1L,3L,0L,0x552FL,0x4CEBL,0x6EB4L},{0x06EFL,(-1L),0x95F0L,1L,0x52C9L,0x552FL,(-1L),1L,(-1L),0x0FFAL}},{{0x3DF2L,0xECE6L,0x432CL,0xD718L,6L,0x5226L,0x6596L,0x6EB4L,(-10L),3L},{(-1L),8L,4L,3L,0L,0xDE28L,0x17D9L,0L,2L,(-1L)},{0L,(-1L),0x8E52L,0xAB6EL,7L,8L,0L,7L,1L,0xFEE1L},{1L,(-1L),0L,(-2L),0x95F0L,0x6596L,(-1L),3L,0x6EB4L,0x0FFAL},{0xD3ACL,4L,(-1L),(-1L),5L,(-8L),1L,0xC2E2L,0L,0xD3ACL},{0xFEE1L,1L,0L,2L,0x0FFAL,2L,0L,1L,0xFEE1L,0xDE28L}},{{0L,(-1L),0x6596L,(-1L),0x4CEBL,0L,(-2L),0L,0x7393L,0L},{0x064EL,8L,1L,(-1L),2L,0x5226L,0x06EFL,0L,0xFEE1L,0x06EFL},{0xC2E2L,0L,(-6L),2L,0L,0L,0x432CL,0L,0L,0x8E52L},{(-2L),0L,0L,(-1L),(-1L),0L,0x0FFAL,0x06EFL,0x6EB4L,7L},{0x7094L,0L,(-2L),(-2L),0L,0L,(-5L),0L,1L,(-2L)},{0xC2E2L,7L,0L,0xAB6EL,0x17D9L,(-2L),8L,(-2L),2L,0L}}};
static int32_t g_1626 = 0xA4A593BFL;
static const int64_t ****g_1628 = (void*)0;
static const int64_t *****g_1627[2][7][8] = {{{&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628},{(void*)0,(void*)0,&g_1628,&g_1628,&g_1628,&g_1628,(void*)0,(void*)0},{&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,(void*)0,&g_1628,&g_1628},{(void*)0,&g_1628,&g_1628,&g_1628,&g_1628,(void*)0,&g_1628,&g_1628},{(void*)0,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628},{&g_1628,(void*)0,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628},{(void*)0,&g_1628,(void*)0,&g_1628,&g_1628,&g_1628,&g_1628,(void*)0}},{{&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628},{&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628,&g_1628},{(void*)0,&g_1628,&g_1628,(void*)0,&g_1628,&g_1628,&g_1628,(void*)0},{(void*)0,&g_1628,&g_1628,&g_1628,&g_1628,(void*)0,&g_1628,(void*)0},{&g_1628,&g_1628,&g_1628,(void*)0,&g_1628,&g_1628,&g_1628,&g_1628},{&g_1628,(void*)0,&g_1628,(void*)0,&g_1628,&g_1628,&g_1628,(void*)0},{&g_1628,&g_1628,(void*)0,&g_1628,(void*)0,&g_1628,&g_1628,(void*)0}}};
static int16_t g_1683 = 0xE8E5L;
static int16_t g_1695[1] = {0x2132L};
static uint64_t g_1750 = 0x19112C74EF4DC09DLL;
static uint32_t g_1836 = 0x62349A5CL;
static union U2 *g_1873 = &g_100;
static union U2 **g_1872 = &g_1873;
static union U2 ***g_1871 = &g_1872;
static uint64_t g_1925[6][3] = {{18446744073709551611UL,0xE00CF27725D43AC5LL,18446744073709551611UL},{0x025E626F06E480A3LL,0x025E626F06E480A3LL,0x7826CF26D19D6F39LL},{18446744073709551610UL,0xE00CF27725D43AC5LL,18446744073709551610UL},{0x025E626F06E480A3LL,0x7826CF26D19D6F39LL,0x7826CF26D19D6F39LL},{18446744073709551611UL,0xE00CF27725D43AC5LL,18446744073709551611UL},{0x025E626F06E480A3LL,0x025E626F06E480A3LL,0x7826CF26D19D6F39LL}};
static int64_t g_1933 = 0x1B96F441EF5DF8FBLL;
static int8_t g_1934 = 7L;
static int16_t g_1935 = 8L;
static union U4 * const *g_1945 = (void*)0;
static uint32_t g_1966[1][8][9] = {{{3UL,4294967291UL,4294967291UL,3UL,0xD6A008FAL,4294967291UL,0x2FF140A8L,0x34640F6BL,6UL},{8UL,0x34640F6BL,4294967291UL,4294967290UL,4294967290UL,4294967291UL,0x34640F6BL,8UL,0x274434DCL},{0x30E63F94L,4294967290UL,6UL,8UL,0xD6A008FAL,0x34640F6BL,0x34640F6BL,0xD6A008FAL,8UL},{4294967294UL,0x30E63F94L,4294967294UL,4294967291UL,0x34640F6BL,4294967290UL,0x2FF140A8L,0x274434DCL,0x274434DCL},{4294967291UL,0x30E63F94L,0x274434DCL,0x34640F6BL,0x274434DCL,0x30E63F94L,4294967291UL,0x2FF140A8L,6UL},{0x2FF140A8L,4294967290UL,0x34640F6BL,4294967291UL,4294967294UL,0x30E63F94L,4294967294UL,4294967291UL,0x34640F6BL},{0x34640F6BL,0x34640F6BL,0xD6A008FAL,8UL,6UL,4294967290UL,0x30E63F94L,0x2FF140A8L,0x30E63F94L},{0x34640F6BL,4294967291UL,4294967290UL,4294967290UL,4294967291UL,0x34640F6BL,8UL,0x274434DCL,3UL}}};
static int16_t g_2028 = 6L;
static const uint16_t ***g_2046 = (void*)0;
static const uint16_t ****g_2045[8] = {&g_2046,&g_2046,&g_2046,&g_2046,&g_2046,&g_2046,&g_2046,&g_2046};
static const uint16_t *****g_2044[3][9][8] = {{{&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[7],&g_2045[7],&g_2045[4],&g_2045[7],&g_2045[7],&g_2045[4],&g_2045[7],&g_2045[7]},{&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[7],&g_2045[7],&g_2045[4],&g_2045[7],&g_2045[7],&g_2045[4],&g_2045[7],&g_2045[7]},{&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[7],&g_2045[7],&g_2045[4],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7]}},{{&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4]},{&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7]},{&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4]},{&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7]},{&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4]},{&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7]}},{{&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4]},{&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7]},{&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4]},{&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7]},{&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4]},{&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7],&g_2045[7]},{&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7],&g_2045[4],&g_2045[4],&g_2045[7]}}};
static int8_t g_2051[6][10] = {{(-1L),0L,(-1L),(-1L),(-1L),0L,(-1L),0xE3L,0xE3L,(-1L)},{0xE3L,2L,(-1L),(-1L),2L,0xE3L,0L,2L,0L,0xE3L},{2L,2L,0xADL,2L,2L,0xADL,(-1L),(-1L),0xADL,2L},{2L,0L,0L,0L,0L,(-6L),0L,(-6L),0L,0L},{(-6L),0L,(-6L),0L,0L,0xADL,0xADL,0L,0L,(-6L)},{0xE3L,0xE3L,(-1L),0L,(-1L),(-1L),(-1L),0L,(-1L),0xE3L}};
static uint32_t g_2052 = 0x25E31256L;
static uint16_t *****g_2081 = &g_957;
static int8_t g_2083 = (-1L);
static uint32_t g_2085[4] = {4294967295UL,4294967295UL,4294967295UL,4294967295UL};


/* --- FORWARD DECLARATIONS --- */
static union U2  func_1(void);
static uint16_t  func_7(int8_t * p_8, int8_t * p_9, int8_t * p_10, uint8_t  p_11, union U4  p_12);
static int8_t * func_15(union U1  p_16);
static uint16_t  func_18(uint32_t  p_19, int64_t  p_20, uint32_t  p_21);
static int8_t * func_29(int64_t  p_30, int64_t  p_31, uint32_t  p_32, union U4 ** p_33, int32_t  p_34);
static int8_t  func_46(int16_t  p_47, union U4 * p_48, const uint16_t  p_49, union U4 ** p_50);
static uint16_t  func_53(union U0  p_54, const union U3  p_55);
static uint32_t  func_56(union U0  p_57, int8_t  p_58, union U3  p_59, int32_t  p_60, union U4 ** p_61);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_6 g_25 g_548 g_165 g_109.f0 g_114 g_115 g_244 g_584 g_118 g_14 g_633 g_525 g_194.f3 g_456 g_533.f3 g_27.f0 g_966 g_671 g_672 g_27 g_834 g_786 g_831 g_194.f2 g_100 g_385 g_549 g_533 g_283 g_681 g_398 g_82 g_839 g_1513 g_1539 g_1540 g_920 g_1063 g_521 g_1240 g_1241 g_1398 g_254 g_1695 g_1395 g_1396 g_1397 g_1231 g_1405 g_1750 g_1394 g_1683 g_1083 g_1084 g_1565 g_1556 g_1836 g_957 g_958 g_1369 g_1925
 * writes: g_25 g_534 g_545 g_547 g_548 g_115 g_244 g_584 g_100.f3 g_118 g_533.f1 g_14 g_100 g_109.f0 g_533.f3 g_194.f3 g_968 g_194.f2 g_1033 g_283 g_1063 g_504 g_839 g_82 g_1513 g_27 g_194 g_920 g_1405 g_1231 g_521 g_1695 g_1750 g_681 g_1836 g_549 g_1871 g_165 g_533.f2 g_1369 g_1925 g_1241
 */
static union U2  func_1(void)
{ /* block id: 0 */
    int8_t *l_13 = &g_14;
    int32_t l_17 = 0x4A90C6D2L;
    uint32_t l_22 = 0x0B28787DL;
    uint16_t *l_1030[6][9][4] = {{{(void*)0,&g_584[3][3],&g_584[5][4],&g_584[5][4]},{(void*)0,(void*)0,&g_584[5][4],&g_118[1]},{(void*)0,&g_118[1],&g_584[5][4],(void*)0},{(void*)0,&g_118[1],(void*)0,&g_584[5][4]},{&g_584[3][3],&g_118[1],&g_584[5][4],(void*)0},{&g_118[1],&g_118[1],&g_118[1],&g_118[1]},{(void*)0,(void*)0,&g_118[1],&g_584[5][4]},{&g_118[1],&g_584[3][3],&g_584[5][4],&g_584[3][3]},{&g_584[3][3],&g_118[1],(void*)0,&g_584[3][3]}},{{(void*)0,&g_584[3][3],&g_584[5][4],&g_584[5][4]},{(void*)0,(void*)0,&g_584[5][4],&g_118[1]},{(void*)0,&g_118[1],&g_584[5][4],(void*)0},{(void*)0,&g_118[1],(void*)0,&g_584[5][4]},{&g_584[3][3],&g_118[1],&g_584[5][4],(void*)0},{&g_118[1],&g_118[1],&g_118[1],&g_118[1]},{(void*)0,(void*)0,&g_118[1],&g_584[5][4]},{&g_118[1],&g_584[3][3],&g_584[5][4],&g_584[3][3]},{&g_584[3][3],&g_118[1],(void*)0,&g_584[3][3]}},{{(void*)0,&g_584[3][3],&g_584[5][4],&g_584[5][4]},{(void*)0,(void*)0,&g_584[5][4],&g_118[1]},{(void*)0,&g_118[1],&g_584[5][4],(void*)0},{(void*)0,&g_118[1],(void*)0,&g_584[5][4]},{&g_584[3][3],&g_118[1],&g_584[5][4],(void*)0},{&g_118[1],&g_118[1],&g_118[1],&g_118[1]},{(void*)0,(void*)0,&g_118[1],&g_584[5][4]},{&g_118[1],&g_584[3][3],&g_584[5][4],&g_584[3][3]},{&g_584[3][3],&g_118[1],(void*)0,&g_584[3][3]}},{{(void*)0,&g_584[3][3],&g_584[5][4],&g_584[5][4]},{(void*)0,(void*)0,&g_584[5][4],&g_118[1]},{(void*)0,&g_118[1],&g_584[5][4],(void*)0},{(void*)0,&g_118[1],(void*)0,&g_584[5][4]},{&g_584[3][3],&g_118[1],&g_584[5][4],(void*)0},{&g_118[1],&g_118[1],&g_118[1],&g_118[1]},{(void*)0,(void*)0,&g_118[1],&g_584[5][4]},{&g_118[1],&g_584[3][3],&g_584[5][4],&g_584[3][3]},{&g_584[3][3],&g_118[1],(void*)0,&g_584[3][3]}},{{(void*)0,&g_584[3][3],&g_584[5][4],&g_584[5][4]},{(void*)0,(void*)0,&g_584[5][4],&g_118[1]},{(void*)0,&g_118[1],&g_584[5][4],(void*)0},{(void*)0,&g_118[1],(void*)0,&g_584[5][4]},{&g_584[5][4],&g_118[1],(void*)0,(void*)0},{&g_118[1],&g_584[5][4],&g_584[5][4],&g_118[1]},{&g_82,(void*)0,&g_584[5][4],&g_118[1]},{&g_118[1],&g_584[5][4],(void*)0,&g_584[5][4]},{&g_584[5][4],&g_584[5][4],&g_82,&g_584[5][4]}},{{&g_82,&g_584[5][4],&g_118[1],&g_118[1]},{(void*)0,(void*)0,(void*)0,&g_118[1]},{(void*)0,&g_584[5][4],&g_118[1],(void*)0},{&g_82,&g_118[1],&g_82,&g_118[1]},{&g_584[5][4],&g_118[1],(void*)0,(void*)0},{&g_118[1],&g_584[5][4],&g_584[5][4],&g_118[1]},{&g_82,(void*)0,&g_584[5][4],&g_118[1]},{&g_118[1],&g_584[5][4],(void*)0,&g_584[5][4]},{&g_584[5][4],&g_584[5][4],&g_82,&g_584[5][4]}}};
    uint16_t l_1031 = 0xDB80L;
    union U4 l_1629 = {1UL};
    int32_t *l_1939 = &g_194.f3;
    union U1 l_1962[10][4] = {{{0L},{0x83D2DA2284E8B21ALL},{0L},{0L}},{{0x83D2DA2284E8B21ALL},{0x83D2DA2284E8B21ALL},{-9L},{0x83D2DA2284E8B21ALL}},{{0x83D2DA2284E8B21ALL},{0L},{0L},{0x83D2DA2284E8B21ALL}},{{0L},{0x83D2DA2284E8B21ALL},{0L},{0L}},{{0x83D2DA2284E8B21ALL},{0x83D2DA2284E8B21ALL},{-9L},{0x83D2DA2284E8B21ALL}},{{0x83D2DA2284E8B21ALL},{0L},{0L},{0x83D2DA2284E8B21ALL}},{{0L},{0x83D2DA2284E8B21ALL},{0L},{0L}},{{0x83D2DA2284E8B21ALL},{0x83D2DA2284E8B21ALL},{-9L},{0x83D2DA2284E8B21ALL}},{{0x83D2DA2284E8B21ALL},{0L},{0L},{0x83D2DA2284E8B21ALL}},{{0L},{0x83D2DA2284E8B21ALL},{0L},{0L}}};
    int64_t l_1965[5][7] = {{1L,(-9L),(-9L),1L,0xE78D19A4EAE292C5LL,1L,(-9L)},{(-4L),(-4L),0x7F344AC7CC2D37EELL,0xE87D6E6E831CEFA8LL,0x7F344AC7CC2D37EELL,(-4L),(-4L)},{0xD633AB9AFDF136F1LL,(-9L),0x4FE91A06A221CA70LL,(-9L),0xD633AB9AFDF136F1LL,0xD633AB9AFDF136F1LL,(-9L)},{0x44FE8A554CE6F57BLL,0x01F6F8DFE9329B01LL,0x44FE8A554CE6F57BLL,0x7F344AC7CC2D37EELL,0x7F344AC7CC2D37EELL,0x44FE8A554CE6F57BLL,0x01F6F8DFE9329B01LL},{(-9L),0xE78D19A4EAE292C5LL,0x4FE91A06A221CA70LL,0x4FE91A06A221CA70LL,0xE78D19A4EAE292C5LL,(-9L),0xE78D19A4EAE292C5LL}};
    int32_t l_2030 = 0x0DB91B1AL;
    uint32_t l_2067 = 0x70722826L;
    const int32_t *l_2075 = &g_194.f3;
    union U4 **l_2078 = &g_1398;
    union U2 l_2092 = {0x4FB52B06EE4FBA21LL};
    int i, j, k;
    if (((*l_1939) = (safe_mul_func_uint8_t_u_u((((safe_mul_func_uint16_t_u_u(g_6, (func_7(l_13, func_15(((l_1031 = (l_17 ^ func_18(l_22, l_17, l_17))) , g_533[4])), l_13, l_17, l_1629) || 0UL))) || g_165) , l_1031), l_17))))
    { /* block id: 893 */
        union U0 l_1942 = {1L};
        union U4 * const *l_1946 = (void*)0;
        union U4 **l_1947 = (void*)0;
        union U3 *l_1969 = &g_109;
        int64_t *l_1993 = &g_920[0][1][1];
        uint32_t l_1996[4] = {0x978AE1B8L,0x978AE1B8L,0x978AE1B8L,0x978AE1B8L};
        int32_t l_2029 = (-10L);
        uint32_t l_2038 = 0UL;
        uint16_t *****l_2043 = (void*)0;
        union U4 * const **l_2059 = &l_1946;
        union U4 * const ** const *l_2058 = &l_2059;
        int32_t l_2071[4];
        int32_t *l_2090 = &g_25;
        int i;
        for (i = 0; i < 4; i++)
            l_2071[i] = 0x98894109L;
        for (g_244 = (-21); (g_244 <= 24); g_244 = safe_add_func_uint32_t_u_u(g_244, 8))
        { /* block id: 896 */
            union U4 * const *l_1943 = (void*)0;
            union U4 * const **l_1944[10] = {&l_1943,(void*)0,&l_1943,(void*)0,&l_1943,&l_1943,(void*)0,&l_1943,(void*)0,&l_1943};
            union U4 ***l_1948 = &l_1947;
            uint8_t *l_1957 = &g_1231;
            int32_t l_1964 = 0x7AC8F340L;
            uint64_t l_1997 = 0x48FEA141D96B42E3LL;
            uint32_t l_2031 = 0x7FDA8DC5L;
            union U0 l_2042 = {0x0D22710FL};
            int32_t **l_2047 = (void*)0;
            int16_t l_2050 = 1L;
            union U2 l_2079 = {0x7694F510065C4430LL};
            int i;
        }
        (*l_1939) = 2L;
        (*l_2090) |= (*l_1939);
    }
    else
    { /* block id: 989 */
        union U2 l_2091[5] = {{1UL},{1UL},{1UL},{1UL},{1UL}};
        int i;
        return l_2091[1];
    }
    return l_2092;
}


/* ------------------------------------------ */
/* 
 * reads : g_839 g_1513 g_1539 g_1540 g_920 g_14 g_1063 g_521 g_1240 g_1241 g_834 g_786 g_1398 g_254 g_283 g_114 g_1695 g_398 g_1395 g_1396 g_1397 g_27 g_1231 g_456 g_584 g_1405 g_1750 g_1394 g_1683 g_671 g_672 g_1083 g_1084 g_82 g_1565 g_1556 g_118 g_115 g_1836 g_548 g_549 g_957 g_958 g_165 g_1369 g_1925
 * writes: g_839 g_82 g_1513 g_27 g_194 g_283 g_115 g_920 g_1405 g_1231 g_521 g_1695 g_1750 g_681 g_14 g_1836 g_549 g_1871 g_165 g_533.f2 g_1369 g_1925 g_1241
 */
static uint16_t  func_7(int8_t * p_8, int8_t * p_9, int8_t * p_10, uint8_t  p_11, union U4  p_12)
{ /* block id: 770 */
    int32_t l_1646 = 0x831E2941L;
    int32_t l_1652[2];
    int32_t l_1653 = 0L;
    uint64_t l_1672 = 18446744073709551615UL;
    const int64_t l_1778[7][8][3] = {{{0xCE916AA8EF764251LL,1L,0xA00BB471B9895F6ELL},{0L,(-2L),0xC2D99DFEB31EF2ECLL},{9L,(-1L),0xA00BB471B9895F6ELL},{(-1L),(-1L),0xC2D99DFEB31EF2ECLL},{0x2F215D8893B82A83LL,0x214027ED96AD25E2LL,0xA00BB471B9895F6ELL},{(-2L),0L,0xC2D99DFEB31EF2ECLL},{0xCE916AA8EF764251LL,1L,0xA00BB471B9895F6ELL},{0L,(-2L),0xC2D99DFEB31EF2ECLL}},{{9L,(-1L),0xA00BB471B9895F6ELL},{(-1L),(-1L),0xC2D99DFEB31EF2ECLL},{0x2F215D8893B82A83LL,0x214027ED96AD25E2LL,0xA00BB471B9895F6ELL},{(-2L),0L,0xC2D99DFEB31EF2ECLL},{0xCE916AA8EF764251LL,1L,0xA00BB471B9895F6ELL},{0L,(-2L),(-1L)},{6L,0x8D5E3AC02B7E776CLL,0xCE916AA8EF764251LL},{(-1L),(-1L),(-1L)}},{{0x129B89915725BA50LL,(-1L),0xCE916AA8EF764251LL},{1L,0x886A9F41009CABB8LL,(-1L)},{(-8L),3L,0xCE916AA8EF764251LL},{0x886A9F41009CABB8LL,1L,(-1L)},{6L,0x8D5E3AC02B7E776CLL,0xCE916AA8EF764251LL},{(-1L),(-1L),(-1L)},{0x129B89915725BA50LL,(-1L),0xCE916AA8EF764251LL},{1L,0x886A9F41009CABB8LL,(-1L)}},{{(-8L),3L,0xCE916AA8EF764251LL},{0x886A9F41009CABB8LL,1L,(-1L)},{6L,0x8D5E3AC02B7E776CLL,0xCE916AA8EF764251LL},{(-1L),(-1L),(-1L)},{0x129B89915725BA50LL,(-1L),0xCE916AA8EF764251LL},{1L,0x886A9F41009CABB8LL,(-1L)},{(-8L),3L,0xCE916AA8EF764251LL},{0x886A9F41009CABB8LL,1L,(-1L)}},{{6L,0x8D5E3AC02B7E776CLL,0xCE916AA8EF764251LL},{(-1L),(-1L),(-1L)},{0x129B89915725BA50LL,(-1L),0xCE916AA8EF764251LL},{1L,0x886A9F41009CABB8LL,(-1L)},{(-8L),3L,0xCE916AA8EF764251LL},{0x886A9F41009CABB8LL,1L,(-1L)},{6L,0x8D5E3AC02B7E776CLL,0xCE916AA8EF764251LL},{(-1L),(-1L),(-1L)}},{{0x129B89915725BA50LL,(-1L),0xCE916AA8EF764251LL},{1L,0x886A9F41009CABB8LL,(-1L)},{(-8L),3L,0xCE916AA8EF764251LL},{0x886A9F41009CABB8LL,1L,(-1L)},{6L,0x8D5E3AC02B7E776CLL,0xCE916AA8EF764251LL},{(-1L),(-1L),(-1L)},{0x129B89915725BA50LL,(-1L),0xCE916AA8EF764251LL},{1L,0x886A9F41009CABB8LL,(-1L)}},{{(-8L),3L,0xCE916AA8EF764251LL},{0x886A9F41009CABB8LL,1L,(-1L)},{6L,0x8D5E3AC02B7E776CLL,0xCE916AA8EF764251LL},{(-1L),(-1L),(-1L)},{0x129B89915725BA50LL,(-1L),0xCE916AA8EF764251LL},{1L,0x886A9F41009CABB8LL,(-1L)},{(-8L),3L,0xCE916AA8EF764251LL},{0x886A9F41009CABB8LL,1L,(-1L)}}};
    union U4 ***l_1845 = &g_126;
    int32_t *l_1854 = (void*)0;
    union U3 *l_1889 = (void*)0;
    int64_t l_1900 = 1L;
    int32_t * const l_1928 = &g_1293;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_1652[i] = 0x4941B99FL;
    for (g_839 = 0; (g_839 < 4); g_839 = safe_add_func_int32_t_s_s(g_839, 9))
    { /* block id: 773 */
        int32_t * const *l_1645 = &g_115;
        int32_t * const **l_1644 = &l_1645;
        int32_t * const ***l_1643 = &l_1644;
        union U3 l_1663 = {-1L};
        union U4 l_1666 = {0UL};
        union U2 *l_1673 = &g_100;
        int32_t l_1680 = 0xBE293221L;
        int32_t l_1682 = 0L;
        int32_t l_1786[5][1][6] = {{{0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L}},{{0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L}},{{0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L}},{{0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L}},{{0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L,0x81F6BBF3L}}};
        uint16_t ** const *l_1795 = &g_757[1];
        uint16_t ** const **l_1794 = &l_1795;
        int16_t l_1831 = 1L;
        int32_t l_1835 = (-1L);
        union U3 *l_1852 = &l_1663;
        union U3 **l_1851 = &l_1852;
        int i, j, k;
        for (g_82 = 0; (g_82 != 12); g_82 = safe_add_func_int64_t_s_s(g_82, 6))
        { /* block id: 776 */
            int64_t l_1634 = 1L;
            int32_t l_1635 = (-1L);
            int32_t l_1681 = 0x15E56C7BL;
            int32_t l_1684 = 3L;
            int32_t l_1685 = 6L;
            int32_t l_1686 = 0x3D279136L;
            union U2 l_1698 = {0xEFF907E8F18B27CBLL};
            uint64_t l_1753 = 0x46A0E1A7DB8CC41DLL;
            union U4 **** const l_1761 = &g_549[6][0];
            const union U0 *l_1818[5][4] = {{&g_194,&g_194,&g_194,&g_194},{&g_194,&g_194,&g_194,&g_194},{&g_194,&g_194,&g_194,&g_194},{&g_194,&g_194,&g_194,&g_194},{&g_194,&g_194,&g_194,&g_194}};
            union U2 **l_1868 = &l_1673;
            union U2 ***l_1867 = &l_1868;
            int i, j;
            g_1513 &= p_12.f0;
            if ((l_1635 = l_1634))
            { /* block id: 779 */
                const uint32_t l_1636 = 0xE15B7C2DL;
                int32_t l_1637[5];
                int i;
                for (i = 0; i < 5; i++)
                    l_1637[i] = 0xC2C070B6L;
                l_1637[3] ^= l_1636;
            }
            else
            { /* block id: 781 */
                int8_t l_1660 = 0x50L;
                int32_t l_1678 = 0xDEF5D10FL;
                int32_t l_1679[3];
                uint64_t l_1687[9][5][3] = {{{18446744073709551613UL,0x4D340D93BD40B74DLL,0x23D7625D0C6D6C64LL},{0xFF791F14A2714AFALL,0x7A613AAC7FAA18C8LL,1UL},{9UL,18446744073709551613UL,0x23D7625D0C6D6C64LL},{18446744073709551615UL,18446744073709551608UL,0xFF791F14A2714AFALL},{18446744073709551611UL,18446744073709551610UL,1UL}},{{0xF468A593054FDCC8LL,0x7A613AAC7FAA18C8LL,18446744073709551615UL},{18446744073709551611UL,1UL,0x81057EAF0C7CE526LL},{0x7A613AAC7FAA18C8LL,0x4FD462FBCCF44131LL,0xB27D001649E5BF44LL},{0x22C8F577D9727C7CLL,0x81057EAF0C7CE526LL,0x55A6A0883AE26D3DLL},{0x7A613AAC7FAA18C8LL,18446744073709551613UL,1UL}},{{18446744073709551611UL,18446744073709551610UL,18446744073709551610UL},{0xF468A593054FDCC8LL,0xB27D001649E5BF44LL,18446744073709551615UL},{1UL,0x22C8F577D9727C7CLL,18446744073709551613UL},{18446744073709551608UL,0UL,0xFF791F14A2714AFALL},{18446744073709551615UL,0x23D7625D0C6D6C64LL,9UL}},{{0x55C3F9863C1AF6E2LL,0UL,18446744073709551615UL},{9UL,0x22C8F577D9727C7CLL,18446744073709551611UL},{0xB27D001649E5BF44LL,0xB27D001649E5BF44LL,0UL},{9UL,18446744073709551610UL,0x966273B30521D698LL},{0x4FD462FBCCF44131LL,18446744073709551613UL,0xED03A479B8E094C1LL}},{{0x966273B30521D698LL,0x81057EAF0C7CE526LL,9UL},{0xCE5B0930C42D46B0LL,0x4FD462FBCCF44131LL,0xED03A479B8E094C1LL},{0x6DBD03AA67958E61LL,1UL,0x966273B30521D698LL},{0UL,0x7A613AAC7FAA18C8LL,0UL},{0x4D340D93BD40B74DLL,18446744073709551610UL,18446744073709551611UL}},{{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL},{18446744073709551610UL,9UL,9UL},{0x25AC60DF4F2388F4LL,18446744073709551615UL,0xFF791F14A2714AFALL},{18446744073709551610UL,0x3E32B2A1E0CA1FA6LL,18446744073709551613UL},{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL}},{{0x4D340D93BD40B74DLL,9UL,18446744073709551610UL},{0UL,0x25AC60DF4F2388F4LL,1UL},{0x6DBD03AA67958E61LL,1UL,0x55A6A0883AE26D3DLL},{0xCE5B0930C42D46B0LL,18446744073709551612UL,0xB27D001649E5BF44LL},{0x966273B30521D698LL,1UL,0x81057EAF0C7CE526LL}},{{0x4FD462FBCCF44131LL,0x25AC60DF4F2388F4LL,18446744073709551615UL},{9UL,9UL,1UL},{0xB27D001649E5BF44LL,18446744073709551615UL,0x55C3F9863C1AF6E2LL},{9UL,0x3E32B2A1E0CA1FA6LL,0xA580FAEE1E08896ALL},{0x55C3F9863C1AF6E2LL,18446744073709551615UL,0x4FD462FBCCF44131LL}},{{18446744073709551615UL,9UL,0xA580FAEE1E08896ALL},{18446744073709551608UL,18446744073709551615UL,0x55C3F9863C1AF6E2LL},{1UL,18446744073709551610UL,1UL},{0xF468A593054FDCC8LL,0x7A613AAC7FAA18C8LL,18446744073709551615UL},{18446744073709551611UL,1UL,0x81057EAF0C7CE526LL}}};
                int32_t *l_1723 = &g_278;
                int32_t l_1741 = 0x76C290CEL;
                uint16_t **l_1785 = &g_1084;
                int64_t *l_1902 = (void*)0;
                uint16_t l_1936 = 0x14C0L;
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_1679[i] = 0xF8D5A48BL;
                if ((safe_rshift_func_int16_t_s_s(((((+(safe_mod_func_int64_t_s_s((l_1643 != ((p_12.f0 > p_11) , (void*)0)), (**g_1539)))) , (l_1646 , (l_1653 = (0x0F3030E2196FBFE0LL >= ((safe_add_func_uint64_t_u_u(((((+(l_1652[0] = (safe_lshift_func_uint8_t_u_s((p_12.f0 , p_12.f0), (*p_10))))) || p_12.f0) < (*p_9)) && p_11), 0x9990CEAE06A30816LL)) || p_12.f0))))) , 0x01L) < l_1634), (*g_1063))))
                { /* block id: 784 */
                    union U0 l_1667 = {0xD0252202L};
                    uint32_t *l_1674 = &g_283;
                    int32_t *l_1675 = (void*)0;
                    int32_t *l_1676 = &l_1652[1];
                    (*l_1676) = (safe_mul_func_uint16_t_u_u((((((safe_add_func_uint16_t_u_u((p_11 ^ (safe_lshift_func_int8_t_s_u((****g_1240), 5))), l_1660)) , (safe_div_func_uint32_t_u_u(((*l_1674) ^= ((l_1663 , ((safe_lshift_func_uint8_t_u_u(((((*g_254) = (((*g_1398) = l_1666) , l_1667)) , ((safe_lshift_func_int8_t_s_u((safe_mul_func_int8_t_s_s(((l_1672 , l_1673) == &g_100), 0xC6L)), 7)) >= p_12.f0)) ^ l_1667.f0), p_11)) <= 0x4A83L)) != l_1634)), l_1634))) > 0xF3BFL) & l_1667.f2) | p_11), 0xE944L));
                    if (p_11)
                    { /* block id: 789 */
                        (*g_114) = l_1675;
                    }
                    else
                    { /* block id: 791 */
                        int32_t *l_1677[3][5][8] = {{{&g_1405,(void*)0,&l_1652[0],&g_194.f3,(void*)0,&g_194.f3,&l_1652[0],(void*)0},{(void*)0,&l_1652[0],&g_1405,(void*)0,&g_194.f3,&g_194.f3,(void*)0,&g_1405},{(void*)0,(void*)0,&l_1652[1],&l_1667.f2,(void*)0,&l_1652[1],(void*)0,&l_1667.f2},{&g_1405,&l_1667.f2,&g_1405,&g_194.f3,&l_1667.f2,&l_1652[0],&l_1652[0],&l_1667.f2},{&l_1667.f2,&l_1652[0],&l_1652[0],&l_1667.f2,&g_194.f3,&g_1405,&l_1667.f2,&g_1405}},{{&l_1667.f2,(void*)0,&l_1652[1],(void*)0,&l_1667.f2,&l_1652[1],(void*)0,(void*)0},{&g_1405,(void*)0,&g_194.f3,&g_194.f3,(void*)0,&g_1405,&l_1652[0],(void*)0},{(void*)0,&l_1652[0],&g_194.f3,(void*)0,&g_194.f3,&l_1652[0],(void*)0,&g_1405},{(void*)0,&l_1667.f2,&l_1652[1],(void*)0,(void*)0,(void*)0,&l_1652[0],&g_194.f3},{&l_1652[0],&g_1405,&l_1652[1],&l_1652[1],&g_1405,&l_1652[1],&l_1652[1],&g_1405}},{{&g_194.f3,&l_1652[1],&l_1652[0],&g_194.f3,&l_1652[1],&l_1652[1],&g_194.f3,&l_1652[0]},{&g_1405,&g_1405,(void*)0,&l_1652[0],&g_194.f3,(void*)0,&g_194.f3,&l_1652[0]},{&l_1652[0],&l_1652[0],&l_1652[0],&l_1652[1],&l_1652[0],&l_1652[1],&l_1652[1],&l_1652[0]},{&l_1652[0],&l_1652[1],&l_1652[1],&l_1652[0],&l_1652[1],&l_1652[0],&l_1652[0],&l_1652[0]},{&l_1652[0],&g_194.f3,(void*)0,&g_194.f3,&l_1652[0],(void*)0,&g_1405,&g_1405}}};
                        int32_t l_1692[4] = {(-1L),(-1L),(-1L),(-1L)};
                        int i, j, k;
                        --l_1687[8][2][2];
                        l_1681 |= (safe_add_func_uint32_t_u_u(((l_1692[2] >= p_11) == l_1678), (safe_lshift_func_int16_t_s_s(((0x9F22D95EE337AB0FLL <= g_1695[0]) & (((**g_1539) = (l_1653 = (p_11 && (p_11 <= (((((*l_1676) &= 1L) , ((*l_1674) ^= (l_1660 , p_12.f0))) , g_398) && p_11))))) && 0x3FA074EFB8E45654LL)), (*g_1063)))));
                    }
                }
                else
                { /* block id: 799 */
                    int32_t *l_1716 = &g_1405;
                    uint32_t *l_1721 = &g_283;
                    uint8_t *l_1722 = &g_1231;
                    int32_t l_1748 = 0xCC067677L;
                    int32_t l_1749 = 6L;
                    int32_t *l_1756 = (void*)0;
                    if ((safe_mul_func_int8_t_s_s((l_1698 , ((safe_lshift_func_int16_t_s_s((safe_add_func_uint8_t_u_u(((*l_1722) ^= (safe_mod_func_uint32_t_u_u(1UL, (((~(safe_unary_minus_func_uint8_t_u(((!((****g_1395) , ((safe_add_func_int16_t_s_s((safe_rshift_func_int16_t_s_s((*g_1063), 3)), ((*l_1716) = (safe_rshift_func_uint16_t_u_u((((safe_mul_func_int16_t_s_s((*g_1063), (l_1716 != (void*)0))) || (((*l_1721) = (safe_lshift_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s(0xA1L, 2)), (*g_1063)))) && 2UL)) | p_11), p_12.f0))))) ^ p_11))) == p_12.f0)))) , l_1686) && p_12.f0)))), p_11)), l_1672)) < p_12.f0)), 0x15L)))
                    { /* block id: 803 */
                        union U0 l_1733 = {0x816620AEL};
                        l_1678 = (l_1652[0] = (((&g_456 == l_1723) >= (((l_1672 >= (safe_add_func_uint8_t_u_u(l_1652[0], g_456))) ^ ((safe_sub_func_int64_t_s_s(0L, (safe_mod_func_int8_t_s_s((safe_add_func_uint8_t_u_u(((~((l_1733 , (safe_lshift_func_int16_t_s_s(0x3447L, 4))) >= (((g_1695[0] ^= ((*g_1063) = (((safe_mul_func_uint16_t_u_u((~(safe_add_func_uint8_t_u_u((p_11 == p_12.f0), l_1634))), 65534UL)) | p_12.f0) && p_11))) , 0x1ED83C65L) > l_1733.f2))) > g_584[5][4]), l_1652[0])), (*l_1716))))) , 0x9966L)) && p_12.f0)) , p_12.f0));
                        if (l_1652[0])
                            break;
                    }
                    else
                    { /* block id: 809 */
                        int32_t *l_1742 = &l_1680;
                        int32_t *l_1743 = &l_1682;
                        int32_t *l_1744 = &l_1686;
                        int32_t *l_1745 = &l_1685;
                        int32_t *l_1746 = &l_1652[0];
                        int32_t *l_1747[9] = {&g_25,&g_25,&g_25,&g_25,&g_25,&g_25,&g_25,&g_25,&g_25};
                        int i;
                        g_1750--;
                        ++l_1753;
                    }
                    l_1682 |= ((*l_1716) &= p_11);
                    (*l_1716) = ((safe_mul_func_int16_t_s_s((*g_1063), (safe_mod_func_int8_t_s_s((l_1761 != (*g_1394)), (p_12.f0 && ((safe_lshift_func_int16_t_s_s(((safe_add_func_int8_t_s_s(l_1646, 0x13L)) >= (safe_div_func_int32_t_s_s((safe_sub_func_uint32_t_u_u((safe_add_func_int64_t_s_s(((safe_add_func_uint64_t_u_u(((safe_div_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s((l_1778[5][3][2] , (safe_rshift_func_int8_t_s_u(((safe_mul_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(((void*)0 == l_1785), p_11)), p_12.f0)) < p_12.f0), 2))), 0)), p_11)) >= (*g_1063)), 0x6B019566A583D2DBLL)) == p_11), g_1683)), l_1652[0])), l_1786[3][0][2]))), (*g_1063))) && p_12.f0)))))) < 0x3035649DC88E5A9DLL);
                }
                for (g_681 = 0; (g_681 < 35); g_681 = safe_add_func_int8_t_s_s(g_681, 6))
                { /* block id: 819 */
                    union U1 l_1799 = {-1L};
                    union U3 * const **l_1800 = (void*)0;
                    union U3 * const *l_1802 = (void*)0;
                    union U3 * const **l_1801 = &l_1802;
                    int32_t *l_1816 = (void*)0;
                    int32_t *l_1817 = &l_1679[2];
                    for (l_1698.f2 = 15; (l_1698.f2 != 9); l_1698.f2 = safe_sub_func_uint64_t_u_u(l_1698.f2, 6))
                    { /* block id: 822 */
                        uint32_t l_1791 = 18446744073709551606UL;
                        l_1791--;
                    }
                    l_1653 |= ((*l_1643) != (*g_671));
                    l_1681 ^= ((p_12.f0 <= (((void*)0 != l_1794) , (**g_1083))) == (l_1652[0] = (((!(((safe_mul_func_uint16_t_u_u((((l_1799 , (((((*l_1801) = (void*)0) == ((safe_mul_func_int8_t_s_s((((p_12.f0 && (((*l_1817) = (safe_unary_minus_func_uint32_t_u((safe_add_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u(0xEE51L, 8)), (safe_mul_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((0xEAF9L >= l_1778[1][3][2]) & l_1634), l_1653)), p_12.f0)))) >= 0x2B96L), 0x67B4L))))) | p_11)) , (*g_1565)) != l_1672), 0L)) , g_1556)) & 5UL) > l_1698.f1)) == 0xD53BL) & 9UL), (**g_1083))) < (*p_10)) >= p_11)) == (**g_1539)) ^ l_1686)));
                }
                for (g_14 = 0; (g_14 <= 0); g_14 += 1)
                { /* block id: 833 */
                    const union U0 **l_1819 = &l_1818[2][3];
                    int i;
                    for (l_1684 = 0; (l_1684 >= 0); l_1684 -= 1)
                    { /* block id: 836 */
                        int i;
                        if (g_118[(l_1684 + 3)])
                            break;
                        l_1679[2] = 0xF5FEA059L;
                    }
                    (*l_1819) = l_1818[2][3];
                    if ((safe_mod_func_int64_t_s_s(g_118[(g_14 + 1)], g_118[(g_14 + 2)])))
                    { /* block id: 841 */
                        int i;
                        return g_1695[g_14];
                    }
                    else
                    { /* block id: 843 */
                        (**g_672) = &l_1653;
                        if ((*g_115))
                            break;
                    }
                }
                if (l_1698.f2)
                { /* block id: 848 */
                    union U4 ***l_1846[10][1];
                    int32_t l_1855 = 0x8B543227L;
                    int32_t l_1861 = 0x8264E65EL;
                    uint16_t ***l_1886[1][5];
                    int i, j;
                    for (i = 0; i < 10; i++)
                    {
                        for (j = 0; j < 1; j++)
                            l_1846[i][j] = (void*)0;
                    }
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 5; j++)
                            l_1886[i][j] = &g_1083;
                    }
                    if (((safe_rshift_func_int16_t_s_s(1L, 10)) ^ ((safe_lshift_func_int16_t_s_s((((+l_1678) <= ((((safe_rshift_func_uint8_t_u_s(l_1652[0], 5)) != 0xD6L) > l_1646) & (&g_1628 == &g_1628))) < ((void*)0 == &g_1240)), 8)) ^ (**g_834))))
                    { /* block id: 849 */
                        int32_t *l_1832 = &l_1652[0];
                        int32_t *l_1833 = (void*)0;
                        int32_t *l_1834[6][2] = {{&l_1684,&l_1684},{&g_194.f3,&l_1684},{&l_1684,&g_194.f3},{&l_1684,&l_1684},{&g_194.f3,&l_1684},{&l_1684,&g_194.f3}};
                        int32_t **l_1853 = &l_1834[2][0];
                        int i, j;
                        g_1836++;
                        l_1861 = (safe_sub_func_int32_t_s_s((safe_add_func_uint64_t_u_u(((safe_lshift_func_int8_t_s_s(((((*l_1761) = (*g_548)) == (l_1846[3][0] = l_1845)) , (((((((**g_1539) ^= (safe_rshift_func_int8_t_s_u((l_1855 = ((*g_786) = ((safe_mod_func_int16_t_s_s((l_1851 != (void*)0), l_1672)) >= (((*l_1853) = ((l_1652[1] = 0xE2C621BBL) , (void*)0)) == (l_1854 = (void*)0))))), 5))) | (safe_mod_func_int64_t_s_s(((safe_unary_minus_func_int64_t_s(((safe_div_func_uint64_t_u_u(p_12.f0, p_12.f0)) , p_11))) != p_12.f0), l_1698.f1))) != (**g_1083)) & p_12.f0) | l_1635) , (*p_9))), 3)) || p_11), p_11)), l_1686));
                    }
                    else
                    { /* block id: 860 */
                        uint16_t * const *l_1865 = &g_1084;
                        uint16_t * const **l_1864[4];
                        uint16_t * const ***l_1863 = &l_1864[3];
                        uint16_t * const **** const l_1862 = &l_1863;
                        uint16_t * const ****l_1866 = &l_1863;
                        union U2 ****l_1869 = (void*)0;
                        union U2 ****l_1870[4][10][2] = {{{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867}},{{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867}},{{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867}},{{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867},{&l_1867,&l_1867}}};
                        int32_t l_1890 = 1L;
                        int32_t l_1891 = 0xE6C31055L;
                        uint8_t *l_1892 = &g_165;
                        int16_t l_1893[7] = {(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L)};
                        int i, j, k;
                        for (i = 0; i < 4; i++)
                            l_1864[i] = &l_1865;
                        l_1866 = l_1862;
                        if (p_11)
                            continue;
                        g_1871 = l_1867;
                        l_1893[2] = (safe_div_func_uint8_t_u_u(((*l_1892) ^= (safe_sub_func_uint32_t_u_u(((p_11 , ((safe_div_func_uint16_t_u_u((((((safe_lshift_func_int8_t_s_u((safe_div_func_int64_t_s_s(((l_1890 |= ((***g_1241) & ((safe_sub_func_uint32_t_u_u(((*g_957) != l_1886[0][4]), ((safe_sub_func_int16_t_s_s((*g_1063), (((void*)0 == l_1889) <= (*g_1063)))) & l_1861))) ^ l_1685))) , 0xE049DFAAB2543D13LL), g_1750)), 5)) && 3L) < (**g_1539)) > 0UL) >= l_1891), l_1698.f1)) != 0x8CL)) & l_1741), 0x12AAD11AL))), l_1855));
                    }
                }
                else
                { /* block id: 868 */
                    const uint64_t *l_1894 = &g_1140;
                    uint32_t *l_1901 = &g_1369;
                    int32_t l_1903 = (-4L);
                    int32_t l_1919 = 0x62953238L;
                    int32_t l_1924 = 1L;
                    l_1678 = ((((void*)0 == l_1894) == (safe_lshift_func_uint8_t_u_u((((g_533[3].f2 = g_839) , (safe_unary_minus_func_int64_t_s(((((l_1687[1][0][0] & ((safe_add_func_int16_t_s_s(p_12.f0, (p_12.f0 >= (l_1900 != ((g_194.f2 = p_12.f0) ^ ((*l_1901) |= 0x6F8E768DL)))))) < 65528UL)) , l_1902) != (void*)0) == l_1678)))) & (*g_786)), 1))) < (*p_8));
                    if (p_12.f0)
                        break;
                    if ((((l_1666 , (void*)0) == (void*)0) > p_11))
                    { /* block id: 874 */
                        int32_t *l_1904 = &l_1680;
                        int32_t *l_1905 = (void*)0;
                        int32_t *l_1906 = &g_194.f2;
                        int32_t *l_1907 = &l_1652[1];
                        int32_t *l_1908 = (void*)0;
                        int32_t *l_1909 = (void*)0;
                        int32_t *l_1910 = &l_1635;
                        int32_t *l_1911 = (void*)0;
                        int32_t *l_1912 = &l_1684;
                        int32_t *l_1913 = &l_1678;
                        int32_t *l_1914 = &g_1293;
                        int32_t *l_1915 = (void*)0;
                        int32_t *l_1916 = &l_1635;
                        int32_t *l_1917 = (void*)0;
                        int32_t *l_1918 = &g_25;
                        int32_t *l_1920 = &g_1293;
                        int32_t *l_1921 = (void*)0;
                        int32_t *l_1922 = &l_1653;
                        int32_t *l_1923[5] = {&l_1635,&l_1635,&l_1635,&l_1635,&l_1635};
                        int i;
                        --g_1925[0][1];
                    }
                    else
                    { /* block id: 876 */
                        int32_t **l_1929 = &g_115;
                        (*l_1929) = l_1928;
                        return l_1698.f0;
                    }
                    for (g_14 = 0; (g_14 != 21); g_14 = safe_add_func_int32_t_s_s(g_14, 7))
                    { /* block id: 882 */
                        int32_t *l_1932[2];
                        int i;
                        for (i = 0; i < 2; i++)
                            l_1932[i] = (void*)0;
                        (*g_114) = l_1932[0];
                        ++l_1936;
                    }
                }
            }
        }
    }
    (*g_1240) = (*g_1240);
    return p_11;
}


/* ------------------------------------------ */
/* 
 * reads : g_283 g_681 g_456 g_584 g_398 g_82 g_834 g_786
 * writes: g_1033 g_283 g_194.f2 g_1063 g_504 g_584 g_25
 */
static int8_t * func_15(union U1  p_16)
{ /* block id: 453 */
    const union U4 *l_1032 = &g_27;
    uint32_t *l_1035[3][7][1] = {{{&g_839},{(void*)0},{&g_283},{&g_283},{(void*)0},{&g_839},{(void*)0}},{{&g_839},{(void*)0},{&g_283},{&g_283},{(void*)0},{&g_839},{(void*)0}},{{&g_839},{(void*)0},{&g_283},{&g_283},{(void*)0},{&g_839},{(void*)0}}};
    int32_t l_1036 = 0x01C9A9C1L;
    int32_t *l_1041[5];
    union U4 **l_1044 = &g_127;
    union U4 ***l_1045[1];
    union U4 **l_1046 = &g_127;
    union U4 **l_1047 = &g_127;
    union U4 **l_1048 = (void*)0;
    int16_t *l_1060 = &g_385;
    int16_t **l_1059 = &l_1060;
    int16_t *l_1062[1];
    int16_t **l_1061[7][7][5] = {{{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],(void*)0},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{(void*)0,&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],(void*)0,(void*)0,&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],(void*)0,&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]}},{{(void*)0,(void*)0,&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],(void*)0},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],(void*)0},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{(void*)0,&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]}},{{&l_1062[0],(void*)0,(void*)0,&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],(void*)0,&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{(void*)0,(void*)0,&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],(void*)0},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],(void*)0}},{{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{(void*)0,&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],(void*)0,(void*)0,&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],(void*)0,&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{(void*)0,(void*)0,&l_1062[0],&l_1062[0],&l_1062[0]}},{{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],(void*)0},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],(void*)0},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{(void*)0,&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],(void*)0,(void*)0,&l_1062[0],&l_1062[0]}},{{&l_1062[0],&l_1062[0],(void*)0,&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{(void*)0,(void*)0,&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],(void*)0,&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{(void*)0,&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{(void*)0,(void*)0,&l_1062[0],&l_1062[0],&l_1062[0]}},{{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],(void*)0,&l_1062[0],(void*)0},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],(void*)0,&l_1062[0],&l_1062[0],(void*)0},{&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0],&l_1062[0]},{&l_1062[0],&l_1062[0],(void*)0,&l_1062[0],&l_1062[0]}}};
    uint32_t l_1064 = 18446744073709551612UL;
    uint8_t **l_1065 = &g_505;
    uint8_t ***l_1066 = (void*)0;
    uint16_t *l_1067 = &g_584[2][2];
    int8_t ***l_1164 = &g_286;
    uint16_t l_1192 = 0x3597L;
    uint64_t l_1193 = 0x986755DE046AA6E9LL;
    union U0 l_1197 = {0xFB8442CAL};
    int8_t l_1220 = 2L;
    union U2 l_1280 = {18446744073709551607UL};
    int64_t *l_1340 = &l_1280.f1;
    union U2 *l_1385 = (void*)0;
    union U2 **l_1384 = &l_1385;
    uint64_t l_1458 = 1UL;
    int32_t *****l_1469 = (void*)0;
    const int64_t *l_1471[2][2][8] = {{{&g_247,(void*)0,(void*)0,&g_920[1][1][2],&l_1280.f1,&l_1280.f1,&l_1280.f1,&l_1280.f1},{&g_247,&l_1280.f2,&l_1280.f2,&g_247,&l_1280.f1,&l_1280.f1,&g_920[0][1][1],&l_1280.f1}},{{&g_247,&g_920[1][1][3],&g_920[0][1][1],&l_1280.f1,&g_920[0][1][1],&l_1280.f1,&g_920[0][1][1],&g_920[1][1][3]},{&l_1280.f2,&g_920[1][1][3],&l_1280.f1,&g_920[0][1][1],(void*)0,&l_1280.f1,&g_920[1][1][2],&g_920[1][1][2]}}};
    union U1 l_1472 = {0x37E7338D7FCF3A32LL};
    uint16_t l_1489 = 65532UL;
    uint16_t l_1522 = 7UL;
    int16_t l_1546[3];
    uint32_t l_1547 = 0xDFA267E3L;
    uint16_t l_1597 = 0UL;
    uint16_t l_1615 = 65535UL;
    uint8_t *l_1616 = &g_1231;
    uint16_t *l_1617 = &g_533[3].f1;
    uint16_t *l_1618 = &g_533[3].f1;
    uint16_t *l_1619 = (void*)0;
    uint16_t *l_1620 = &l_1522;
    uint64_t *l_1621 = &l_1472.f2;
    uint64_t *l_1622 = &g_533[3].f2;
    uint64_t *l_1623 = (void*)0;
    uint64_t *l_1624 = &g_109.f1;
    uint64_t *l_1625[3][7] = {{&g_1140,&g_1140,&l_1458,&g_1140,&g_1140,&l_1458,&g_1140},{(void*)0,&g_735,&g_735,(void*)0,&g_735,&g_735,(void*)0},{&g_1071[0],&g_1140,&g_1071[0],&g_1071[0],&g_1140,&g_1071[0],&g_1071[0]}};
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_1041[i] = &g_25;
    for (i = 0; i < 1; i++)
        l_1045[i] = &g_126;
    for (i = 0; i < 1; i++)
        l_1062[i] = &g_6;
    for (i = 0; i < 3; i++)
        l_1546[i] = 0xBBD5L;
    g_194.f2 = ((((g_1033[1][7] = l_1032) != l_1032) & (--g_283)) != (safe_mul_func_uint16_t_u_u(p_16.f3, l_1036)));
    g_25 = (safe_sub_func_int64_t_s_s((((((l_1046 = l_1044) != (l_1048 = l_1047)) > (safe_mul_func_uint8_t_u_u(p_16.f3, (safe_rshift_func_uint16_t_u_s((safe_rshift_func_int8_t_s_s(((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u(((g_681 & (((g_1063 = ((*l_1059) = &g_521)) == (void*)0) == ((*l_1067) |= ((l_1064 < ((g_504 = l_1065) != l_1065)) > g_456)))) == 0x7882L), 0)), 0xF7L)) , 5L), p_16.f3)), g_398))))) , (void*)0) == (void*)0), g_82));
    return (*g_834);
}


/* ------------------------------------------ */
/* 
 * reads : g_6 g_25 g_548 g_165 g_109.f0 g_114 g_115 g_244 g_584 g_118 g_14 g_633 g_525 g_194.f3 g_456 g_533.f3 g_27.f0 g_966 g_671 g_672 g_27 g_834 g_786 g_831 g_194.f2 g_100 g_385 g_549
 * writes: g_25 g_534 g_545 g_547 g_548 g_115 g_244 g_584 g_100.f3 g_118 g_533.f1 g_14 g_100 g_109.f0 g_533.f3 g_194.f3 g_968 g_194.f2
 */
static uint16_t  func_18(uint32_t  p_19, int64_t  p_20, uint32_t  p_21)
{ /* block id: 1 */
    int32_t *l_23 = (void*)0;
    int32_t *l_24 = &g_25;
    union U4 *l_26 = &g_27;
    union U4 **l_28 = &l_26;
    uint8_t l_35[10][2][9] = {{{0x55L,0x01L,253UL,253UL,0x01L,0x55L,0x01L,253UL,253UL},{0x3DL,250UL,0xCCL,0xEFL,0xCCL,250UL,0x3DL,0x5AL,0xF1L}},{{9UL,0x01L,9UL,0x55L,0x55L,9UL,0x01L,9UL,0x55L},{0x28L,0x5AL,0xCCL,0xE8L,0x8FL,0xE8L,0xCCL,0x5AL,0x28L}},{{5UL,0x55L,253UL,0x55L,5UL,5UL,0x55L,253UL,0x55L},{0xCCL,1UL,0xF1L,0xEFL,0x8FL,0x5AL,0x8FL,0xEFL,0xF1L}},{{5UL,5UL,0x55L,253UL,0x55L,5UL,5UL,0x55L,253UL},{0x28L,1UL,0x28L,0x5AL,0xCCL,0xE8L,0x8FL,0xE8L,0xCCL}},{{9UL,0x55L,0x55L,9UL,0x01L,9UL,0x55L,0x55L,9UL},{0x3DL,0x5AL,0xF1L,0x5AL,0xCCL,0x5AL,0x28L,1UL,0x28L}},{{9UL,5UL,0x01L,0x01L,5UL,9UL,5UL,0x01L,0x01L},{0xCCL,0x5AL,0x28L,1UL,0x28L,0x5AL,0xCCL,0xE8L,0x8FL}},{{253UL,5UL,253UL,9UL,9UL,253UL,5UL,253UL,9UL},{0xF1L,0xE8L,0x28L,0xEFL,0x3DL,0xEFL,0x28L,0xE8L,0xF1L}},{{0x55L,9UL,0x01L,9UL,0x55L,0x55L,9UL,0x01L,9UL},{0x28L,250UL,0x8FL,1UL,0x3DL,0xE8L,0x3DL,1UL,0x8FL}},{{0x55L,0x55L,9UL,0x01L,9UL,0x55L,0x55L,9UL,0x01L},{0xF1L,250UL,0xF1L,0xE8L,0x28L,0xEFL,0x3DL,0xEFL,0x28L}},{{253UL,9UL,9UL,253UL,5UL,253UL,9UL,9UL,253UL},{0xCCL,0xE8L,0x8FL,0xE8L,0xCCL,0x5AL,0x28L,1UL,0x28L}}};
    int16_t l_36[2][5] = {{(-6L),(-6L),(-6L),(-6L),(-6L)},{0x4CBFL,0x4CBFL,0x4CBFL,0x4CBFL,0x4CBFL}};
    int8_t *l_41 = &g_14;
    union U0 l_62[10] = {{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}};
    union U3 l_63 = {0x0BL};
    union U0 l_531 = {7L};
    int i, j, k;
    (*l_24) |= (p_19 >= g_6);
    (*l_28) = l_26;
    l_62[2].f2 = ((*l_24) = (p_19 | (((p_19 , func_29((*l_24), l_35[4][0][3], ((l_36[1][0] || ((safe_add_func_uint32_t_u_u((safe_add_func_int8_t_s_s(((void*)0 != l_41), (((safe_add_func_uint8_t_u_u(251UL, (safe_div_func_int8_t_s_s(func_46((safe_lshift_func_uint16_t_u_s(func_53((func_56(l_62[2], g_6, l_63, p_21, &l_26) , l_531), l_63), 12)), (*l_28), p_21, &l_26), p_20)))) , 0L) >= (*l_24)))), 0L)) & (*l_24))) != 0x34ECL), &l_26, (*l_24))) != (void*)0) ^ 4294967295UL)));
    return p_19;
}


/* ------------------------------------------ */
/* 
 * reads : g_100 g_786 g_14 g_385 g_25 g_548 g_549 g_834
 * writes: g_548 g_533.f3 g_25
 */
static int8_t * func_29(int64_t  p_30, int64_t  p_31, uint32_t  p_32, union U4 ** p_33, int32_t  p_34)
{ /* block id: 441 */
    union U3 l_1008 = {0x08L};
    union U4 ****l_1009 = &g_549[2][0];
    union U4 *****l_1010[4] = {&g_548,&g_548,&g_548,&g_548};
    uint8_t *l_1023 = &g_533[3].f3;
    int32_t l_1024 = (-1L);
    int32_t *l_1025 = &g_25;
    union U2 l_1028[6][4][7] = {{{{1UL},{0x76D56804AE334EB7LL},{18446744073709551615UL},{1UL},{0x76D56804AE334EB7LL},{6UL},{18446744073709551607UL}},{{0x690D2081AC760CFELL},{18446744073709551612UL},{0x2DFC3AA148A1E6BALL},{18446744073709551607UL},{0x9926A62065E97947LL},{0x449082C75A444D79LL},{0x339897AAFD90FC0FLL}},{{0x7ED09D93CCCFECABLL},{0x76D56804AE334EB7LL},{18446744073709551613UL},{18446744073709551613UL},{0x76D56804AE334EB7LL},{0x7ED09D93CCCFECABLL},{18446744073709551615UL}},{{0x690D2081AC760CFELL},{18446744073709551615UL},{0x0E3CBD7B895C5387LL},{18446744073709551607UL},{18446744073709551615UL},{8UL},{0x339897AAFD90FC0FLL}}},{{{1UL},{0x394916F74F492CA4LL},{18446744073709551613UL},{1UL},{0x394916F74F492CA4LL},{0x7ED09D93CCCFECABLL},{18446744073709551607UL}},{{18446744073709551612UL},{18446744073709551615UL},{0x2DFC3AA148A1E6BALL},{1UL},{18446744073709551615UL},{0x449082C75A444D79LL},{6UL}},{{1UL},{0x76D56804AE334EB7LL},{18446744073709551615UL},{1UL},{0x76D56804AE334EB7LL},{6UL},{18446744073709551607UL}},{{0x690D2081AC760CFELL},{18446744073709551612UL},{0x2DFC3AA148A1E6BALL},{18446744073709551607UL},{0x9926A62065E97947LL},{0x449082C75A444D79LL},{0x339897AAFD90FC0FLL}}},{{{0x7ED09D93CCCFECABLL},{0x76D56804AE334EB7LL},{18446744073709551613UL},{18446744073709551613UL},{0x76D56804AE334EB7LL},{0x7ED09D93CCCFECABLL},{18446744073709551615UL}},{{0x690D2081AC760CFELL},{18446744073709551615UL},{0x0E3CBD7B895C5387LL},{18446744073709551607UL},{18446744073709551615UL},{8UL},{0x339897AAFD90FC0FLL}},{{1UL},{0x394916F74F492CA4LL},{18446744073709551611UL},{18446744073709551615UL},{18446744073709551615UL},{0x718FA08E016554BDLL},{0x2C89DF9F2FDC2A1BLL}},{{0UL},{1UL},{0x1A95E50E6A0FDD61LL},{1UL},{0x2DFC3AA148A1E6BALL},{0x5AED900EAB4FA9BCLL},{0xBE65662BABAAF57CLL}}},{{{0x9AE6708B89A6525BLL},{18446744073709551613UL},{18446744073709551607UL},{18446744073709551615UL},{18446744073709551613UL},{0xC5B3F731C69B7887LL},{0x2C89DF9F2FDC2A1BLL}},{{1UL},{0UL},{0x1A95E50E6A0FDD61LL},{18446744073709551615UL},{0x0E3CBD7B895C5387LL},{0x5AED900EAB4FA9BCLL},{0x3B75BB7DB1E417CALL}},{{0x718FA08E016554BDLL},{18446744073709551613UL},{18446744073709551611UL},{18446744073709551611UL},{18446744073709551613UL},{0x718FA08E016554BDLL},{18446744073709551614UL}},{{1UL},{1UL},{0x339897AAFD90FC0FLL},{18446744073709551615UL},{0x2DFC3AA148A1E6BALL},{18446744073709551606UL},{0x3B75BB7DB1E417CALL}}},{{{0x9AE6708B89A6525BLL},{18446744073709551615UL},{18446744073709551611UL},{18446744073709551615UL},{18446744073709551615UL},{0x718FA08E016554BDLL},{0x2C89DF9F2FDC2A1BLL}},{{0UL},{1UL},{0x1A95E50E6A0FDD61LL},{1UL},{0x2DFC3AA148A1E6BALL},{0x5AED900EAB4FA9BCLL},{0xBE65662BABAAF57CLL}},{{0x9AE6708B89A6525BLL},{18446744073709551613UL},{18446744073709551607UL},{18446744073709551615UL},{18446744073709551613UL},{0xC5B3F731C69B7887LL},{0x2C89DF9F2FDC2A1BLL}},{{1UL},{0UL},{0x1A95E50E6A0FDD61LL},{18446744073709551615UL},{0x0E3CBD7B895C5387LL},{0x5AED900EAB4FA9BCLL},{0x3B75BB7DB1E417CALL}}},{{{0x718FA08E016554BDLL},{18446744073709551613UL},{18446744073709551611UL},{18446744073709551611UL},{18446744073709551613UL},{0x718FA08E016554BDLL},{18446744073709551614UL}},{{1UL},{1UL},{0x339897AAFD90FC0FLL},{18446744073709551615UL},{0x2DFC3AA148A1E6BALL},{18446744073709551606UL},{0x3B75BB7DB1E417CALL}},{{0x9AE6708B89A6525BLL},{18446744073709551615UL},{18446744073709551611UL},{18446744073709551615UL},{18446744073709551615UL},{0x718FA08E016554BDLL},{0x2C89DF9F2FDC2A1BLL}},{{0UL},{1UL},{0x1A95E50E6A0FDD61LL},{1UL},{0x2DFC3AA148A1E6BALL},{0x5AED900EAB4FA9BCLL},{0xBE65662BABAAF57CLL}}}};
    uint16_t l_1029 = 8UL;
    int i, j, k;
    p_34 = ((l_1024 = (((g_548 = (l_1008 , l_1009)) == &g_546) | ((l_1008.f0 || (0x33ABF4756CB8A741LL & (-7L))) > (safe_lshift_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((safe_div_func_uint32_t_u_u((((safe_mod_func_int32_t_s_s(p_34, (safe_mod_func_uint32_t_u_u((g_100 , ((safe_lshift_func_int16_t_s_s((((((*l_1023) = ((l_1008 , (*g_786)) || 0xE4L)) , l_1008.f0) >= l_1008.f0) > l_1008.f0), 13)) <= 0x64E7L)), 0xE833B364L)))) < 0L) <= l_1008.f0), l_1008.f0)), g_385)), p_32))))) , p_30);
    (*l_1025) |= p_31;
    (*l_1025) = (safe_sub_func_int64_t_s_s(((*g_548) == (l_1028[2][0][1] , &p_33)), l_1029));
    return (*g_834);
}


/* ------------------------------------------ */
/* 
 * reads : g_27 g_118 g_834 g_786 g_14 g_831 g_194.f2
 * writes: g_118 g_100.f2 g_14 g_194.f2
 */
static int8_t  func_46(int16_t  p_47, union U4 * p_48, const uint16_t  p_49, union U4 ** p_50)
{ /* block id: 432 */
    uint16_t *l_973 = &g_533[3].f1;
    uint16_t *l_974 = &g_118[1];
    int32_t l_987 = 0xD27D64EAL;
    int32_t **l_988 = (void*)0;
    int64_t *l_991 = &g_100.f2;
    union U3 l_992 = {-1L};
    uint64_t *l_993[3];
    int64_t l_994 = 0x8758FBD49958C290LL;
    int32_t *l_995 = &g_194.f2;
    int32_t *l_996 = &g_194.f3;
    int32_t *l_997 = &g_194.f3;
    int32_t *l_998 = (void*)0;
    int32_t *l_999 = &g_194.f2;
    int32_t *l_1000 = &l_987;
    int32_t *l_1001 = (void*)0;
    int32_t *l_1002 = &g_194.f2;
    int32_t *l_1003 = &l_987;
    int32_t *l_1004[9][9] = {{&g_194.f2,&g_25,&g_194.f3,&g_194.f3,&g_25,&g_194.f3,&g_194.f3,&l_987,&g_25},{&g_194.f3,&g_25,&g_25,&g_25,&l_987,&g_194.f3,&g_194.f3,&g_194.f3,(void*)0},{&g_194.f3,&g_194.f2,(void*)0,&g_194.f3,&g_194.f2,&g_194.f3,&g_194.f2,&g_194.f3,(void*)0},{&g_25,&g_25,(void*)0,&l_987,(void*)0,&g_194.f3,&g_25,&g_194.f3,&g_194.f3},{&g_25,&g_194.f3,&g_194.f3,&g_194.f2,&g_194.f3,(void*)0,&l_987,&l_987,&g_25},{&g_194.f3,&g_194.f3,(void*)0,&g_194.f3,&g_194.f3,&g_25,&g_194.f3,&l_987,&g_25},{&g_194.f3,&g_194.f3,(void*)0,&g_194.f2,(void*)0,&g_25,&l_987,&l_987,&g_25},{&g_194.f2,&l_987,&g_25,&l_987,&g_194.f2,(void*)0,&g_25,&g_25,&g_25},{&g_25,&g_194.f3,&g_194.f3,&l_987,&l_987,(void*)0,&g_194.f2,&g_194.f3,&g_194.f3}};
    uint8_t l_1005 = 255UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_993[i] = (void*)0;
    (*l_995) |= (((*p_48) , (safe_div_func_int64_t_s_s((safe_div_func_uint8_t_u_u(0x38L, ((--(*l_974)) && (safe_lshift_func_uint16_t_u_s((safe_div_func_int8_t_s_s((0xCC5F729AL ^ (safe_mod_func_int32_t_s_s((safe_mod_func_uint16_t_u_u((((safe_rshift_func_int8_t_s_u((l_987 , ((((**g_834) |= ((((-1L) || ((l_988 != ((((*l_991) = 0xFEECCCA8B6870020LL) < (l_987 = (((0x3AL | ((l_992 , l_992.f0) < 0xA2ECL)) <= l_992.f0) < 0x1CL))) , (void*)0)) != 0UL)) && l_994) | p_47)) , p_49) , p_49)), 0)) && (**g_834)) , p_49), g_831)), p_47))), 0x45L)), 11))))), 0x457559AC7280F2F9LL))) > l_992.f0);
    (*l_995) = 0x93A42B31L;
    ++l_1005;
    return p_47;
}


/* ------------------------------------------ */
/* 
 * reads : g_548 g_165 g_109.f0 g_114 g_115 g_244 g_584 g_118 g_14 g_633 g_525 g_194.f3 g_456 g_533.f3 g_27.f0 g_966 g_671 g_672
 * writes: g_534 g_545 g_547 g_548 g_115 g_244 g_584 g_100.f3 g_118 g_533.f1 g_14 g_100 g_109.f0 g_533.f3 g_194.f3 g_968
 */
static uint16_t  func_53(union U0  p_54, const union U3  p_55)
{ /* block id: 207 */
    union U1 *l_532[8] = {&g_533[3],&g_533[3],&g_533[1],&g_533[3],&g_533[3],&g_533[1],&g_533[3],&g_533[3]};
    int32_t l_537 = 0x66836590L;
    union U4 ** const *l_544 = &g_130[9];
    union U4 ** const **l_543 = &l_544;
    union U4 *****l_550 = &g_548;
    uint16_t **l_551 = (void*)0;
    union U0 l_556[10] = {{-1L},{0xC9AF6828L},{0x03BF7EEAL},{0xC9AF6828L},{-1L},{-1L},{0L},{7L},{0L},{0xC9AF6828L}};
    int32_t ***l_559 = (void*)0;
    int32_t ****l_558 = &l_559;
    int32_t *****l_557 = &l_558;
    int32_t **l_560 = &g_115;
    union U2 *l_620[8] = {(void*)0,(void*)0,&g_100,(void*)0,(void*)0,&g_100,(void*)0,(void*)0};
    union U3 l_667 = {0L};
    int32_t l_670[9] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
    int16_t l_725 = 2L;
    int16_t l_734 = 0x6516L;
    union U0 *l_964[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int i;
    g_534 = l_532[6];
    if ((safe_rshift_func_int16_t_s_s(l_537, (safe_lshift_func_int8_t_s_u(((((safe_rshift_func_int8_t_s_u((!(((((g_547 = (g_545 = l_543)) != ((*l_550) = g_548)) == (p_55 , ((void*)0 == l_551))) , ((safe_div_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s(((l_556[1] , l_557) == (void*)0), 7)), g_165)) ^ p_55.f0)) ^ 0x47770A3CL)), 1)) , l_560) != &g_115) , p_54.f2), g_109.f0)))))
    { /* block id: 212 */
        union U2 *l_591[8][4][1] = {{{(void*)0},{&g_100},{&g_100},{(void*)0}},{{&g_100},{&g_100},{(void*)0},{&g_100}},{{&g_100},{(void*)0},{&g_100},{&g_100}},{{(void*)0},{&g_100},{&g_100},{(void*)0}},{{&g_100},{&g_100},{(void*)0},{&g_100}},{{&g_100},{(void*)0},{&g_100},{&g_100}},{{(void*)0},{&g_100},{&g_100},{(void*)0}},{{&g_100},{&g_100},{(void*)0},{&g_100}}};
        union U2 *l_593 = (void*)0;
        int32_t l_604 = (-1L);
        int32_t l_605 = 0x7FDE84D4L;
        union U2 **l_638 = &l_591[5][0][0];
        union U4 l_656 = {3UL};
        int16_t l_662 = 0x3D12L;
        uint64_t *l_720 = (void*)0;
        union U1 l_766 = {0xB145076785C74063LL};
        uint8_t *l_772 = &l_766.f3;
        union U1 l_808 = {0x0929E238FC01245FLL};
        int8_t **l_865 = (void*)0;
        int32_t **l_945 = &g_115;
        int i, j, k;
        (*l_560) = (*g_114);
        for (g_244 = (-29); (g_244 >= 10); ++g_244)
        { /* block id: 216 */
            int32_t l_587 = 0L;
            int32_t l_598 = 0x01D06B3CL;
            int32_t l_600 = 4L;
            int32_t l_608 = 0x4161717AL;
            union U2 l_650 = {0x22A9DDD121242E49LL};
            const union U4 **l_665 = (void*)0;
            int32_t ****l_673 = (void*)0;
            uint8_t *l_773 = &g_533[3].f3;
            uint16_t l_798 = 2UL;
            int8_t **l_864 = &g_786;
            const int32_t *l_936 = (void*)0;
            if (p_54.f2)
            { /* block id: 217 */
                uint16_t l_588[5][2][4] = {{{0x2845L,0x94BCL,0x2845L,65535UL},{0UL,0x16BEL,65535UL,65535UL}},{{0x94BCL,0x94BCL,0xD315L,0x16BEL},{0x16BEL,0UL,0xD315L,0UL}},{{0x94BCL,0x2845L,65535UL,0xD315L},{0UL,0x2845L,0x2845L,0UL}},{{0x2845L,0UL,0x94BCL,0x16BEL},{0x2845L,0x94BCL,0x2845L,65535UL}},{{0UL,0x16BEL,65535UL,65535UL},{0x94BCL,0x94BCL,0xD315L,0x16BEL}}};
                int i, j, k;
                if (p_54.f2)
                { /* block id: 218 */
                    int32_t *l_563 = (void*)0;
                    int32_t *l_564 = (void*)0;
                    int32_t *l_565 = (void*)0;
                    int32_t *l_566 = &l_556[1].f3;
                    int32_t *l_567 = &g_194.f3;
                    int32_t *l_568 = &g_194.f2;
                    int32_t *l_569 = &l_556[1].f3;
                    int32_t *l_570 = &g_194.f3;
                    int32_t *l_571 = (void*)0;
                    int32_t *l_572 = &l_537;
                    int32_t *l_573 = &l_556[1].f2;
                    int32_t *l_574 = &g_194.f3;
                    int32_t *l_575 = &l_537;
                    int32_t *l_576 = &g_194.f3;
                    int32_t *l_577 = &l_556[1].f2;
                    int32_t *l_578 = &g_194.f2;
                    int32_t *l_579 = &l_556[1].f3;
                    int32_t *l_580 = (void*)0;
                    int32_t *l_581 = &l_537;
                    int32_t *l_582 = &g_194.f3;
                    int32_t *l_583[7][7] = {{&g_25,&g_194.f2,&g_194.f2,&l_556[1].f2,&l_556[1].f3,(void*)0,&l_537},{&g_25,&l_556[1].f2,&l_537,&g_194.f3,&g_194.f2,&g_194.f2,&g_194.f3},{&l_556[1].f2,&l_537,&l_556[1].f2,&l_537,&g_194.f2,&l_556[1].f3,&l_537},{&g_194.f2,(void*)0,&l_556[1].f3,&l_537,&l_556[1].f3,(void*)0,&g_194.f3},{&l_537,&l_556[1].f3,(void*)0,&g_194.f2,&l_556[1].f3,&l_556[1].f3,&l_556[1].f3},{&l_537,&l_556[1].f2,&l_537,&l_556[1].f2,&l_537,&g_194.f2,&l_556[1].f3},{&g_194.f3,&l_537,&l_556[1].f2,&g_25,&l_556[1].f3,(void*)0,&g_194.f3}};
                    int i, j;
                    ++g_584[5][4];
                    l_588[4][0][3]--;
                }
                else
                { /* block id: 221 */
                    union U2 **l_592 = &l_591[5][1][0];
                    l_593 = ((*l_592) = l_591[2][2][0]);
                }
            }
            else
            { /* block id: 225 */
                int32_t l_599 = 0x7D695588L;
                int32_t l_632[8][2] = {{0xD32BEF51L,0xD32BEF51L},{(-1L),0xD32BEF51L},{0xD32BEF51L,(-1L)},{0xD32BEF51L,0xD32BEF51L},{(-1L),0xD32BEF51L},{0xD32BEF51L,(-1L)},{0xD32BEF51L,0xD32BEF51L},{(-1L),0xD32BEF51L}};
                int i, j;
                for (g_100.f3 = (-17); (g_100.f3 <= 15); g_100.f3++)
                { /* block id: 228 */
                    uint16_t *l_596 = (void*)0;
                    uint16_t *l_597[9] = {&g_118[1],&g_118[1],&g_118[1],&g_118[1],&g_118[1],&g_118[1],&g_118[1],&g_118[1],&g_118[1]};
                    int32_t l_601 = 0x481D4B38L;
                    int8_t *l_619[6] = {&g_398,&g_398,&g_398,&g_398,&g_398,&g_398};
                    union U2 **l_621 = &l_620[0];
                    int i;
                    l_605 = ((p_54 , (g_533[3].f1 = (l_604 = (++g_118[1])))) , p_54.f3);
                    if (p_54.f3)
                        break;
                    for (l_587 = 0; (l_587 >= (-17)); l_587 = safe_sub_func_uint64_t_u_u(l_587, 4))
                    { /* block id: 236 */
                        return l_608;
                    }
                    (*l_621) = (((~(safe_div_func_uint16_t_u_u(0x7361L, (safe_sub_func_uint32_t_u_u((safe_rshift_func_int16_t_s_u(((safe_lshift_func_int16_t_s_u(l_599, p_55.f0)) | g_244), 15)), l_587))))) == ((((g_14 |= (!((&g_100 == &g_100) & (p_55.f0 < g_584[3][1])))) , 0UL) == l_601) | 0x43DCL)) , l_620[4]);
                }
                if ((p_54.f3 & p_54.f2))
                { /* block id: 242 */
                    int64_t *l_629 = (void*)0;
                    int64_t *l_630[10][3][2] = {{{(void*)0,(void*)0},{(void*)0,(void*)0},{&g_247,&g_247}},{{&g_247,(void*)0},{&g_247,&g_247},{(void*)0,&g_247}},{{&g_247,&g_100.f1},{&g_247,&g_247},{&g_247,&g_247}},{{(void*)0,&g_247},{&g_247,&g_247},{&g_247,(void*)0}},{{&g_247,(void*)0},{&g_247,(void*)0},{&g_247,&g_247}},{{&g_247,(void*)0},{&g_247,&g_247},{&g_247,&g_247}},{{&g_247,(void*)0},{&g_247,&g_247},{&g_247,(void*)0}},{{&g_247,(void*)0},{&g_247,(void*)0},{&g_247,&g_247}},{{&g_247,&g_247},{(void*)0,&g_247},{&g_247,&g_247}},{{&g_247,&g_100.f1},{&g_247,&g_247},{(void*)0,&g_247}}};
                    int32_t l_631 = 0L;
                    union U0 ***l_647 = &g_434;
                    int i, j, k;
                    if ((safe_sub_func_int8_t_s_s((safe_rshift_func_int16_t_s_u(((255UL > (safe_unary_minus_func_uint16_t_u(0x559BL))) == l_599), 12)), (safe_lshift_func_uint16_t_u_u(((l_605 = 1L) <= l_631), 5)))))
                    { /* block id: 244 */
                        union U2 **l_635 = &l_591[4][2][0];
                        union U2 ***l_634 = &l_635;
                        union U2 **l_637 = &l_591[3][1][0];
                        union U2 ***l_636[5];
                        int32_t l_651[2][5] = {{0xC61252B7L,0xC61252B7L,0xC61252B7L,0xC61252B7L,0xC61252B7L},{0x4D0BBD60L,0x4D0BBD60L,0x4D0BBD60L,0x4D0BBD60L,0x4D0BBD60L}};
                        int32_t *l_652[7] = {&l_632[5][0],&l_632[5][0],&l_632[5][0],&l_632[5][0],&l_632[5][0],&l_632[5][0],&l_632[5][0]};
                        int i, j;
                        for (i = 0; i < 5; i++)
                            l_636[i] = &l_637;
                        p_54.f3 = (l_605 = p_54.f0);
                        if (p_54.f3)
                            break;
                        l_632[5][0] = l_599;
                        l_604 ^= ((0xD6DDC57BA0327D7DLL | (g_633 == (((((((*l_634) = (void*)0) != (l_638 = &l_591[2][2][0])) <= (safe_mul_func_uint16_t_u_u(((l_651[1][0] |= (+(safe_unary_minus_func_int8_t_s((((safe_mul_func_uint8_t_u_u(p_54.f2, (safe_lshift_func_int16_t_s_u(((g_109.f0 , &g_434) != l_647), 4)))) >= ((safe_mod_func_uint32_t_u_u(((g_100 = l_650) , g_525), (-1L))) <= g_194.f3)) == p_54.f2))))) & l_605), 0UL))) < g_456) & 6L) , g_633))) != (-1L));
                    }
                    else
                    { /* block id: 254 */
                        int32_t l_653[9][6] = {{0L,8L,0x3F7E285CL,8L,0L,0L},{0L,8L,8L,0L,(-6L),0L},{0L,(-6L),0L,8L,8L,0L},{0L,0L,8L,0x3F7E285CL,8L,0L},{8L,(-6L),0x3F7E285CL,0x3F7E285CL,(-6L),8L},{0L,8L,0x3F7E285CL,8L,0L,0L},{0L,8L,8L,0L,(-6L),0L},{0L,(-6L),0L,8L,8L,0L},{0L,0L,8L,0x3F7E285CL,8L,0L}};
                        int i, j;
                        if (l_653[3][5])
                            break;
                    }
                    if (p_54.f2)
                        continue;
                }
                else
                { /* block id: 258 */
                    for (l_650.f0 = (-27); (l_650.f0 <= 58); l_650.f0 = safe_add_func_uint16_t_u_u(l_650.f0, 9))
                    { /* block id: 261 */
                        l_632[0][1] = (0L < l_605);
                    }
                    (*g_114) = &l_632[5][0];
                }
            }
            for (g_109.f0 = 3; (g_109.f0 >= 0); g_109.f0 -= 1)
            { /* block id: 269 */
                const union U4 l_657[10] = {{0xAFB3C50344CFDE7BLL},{4UL},{0x76F69CF8D5809F84LL},{0x76F69CF8D5809F84LL},{4UL},{0xAFB3C50344CFDE7BLL},{4UL},{0x76F69CF8D5809F84LL},{0x76F69CF8D5809F84LL},{4UL}};
                uint8_t *l_658[6];
                int32_t l_659 = 0L;
                int32_t l_660 = 7L;
                int32_t l_661 = (-1L);
                union U4 **l_666[10][1][1] = {{{&g_127}},{{&g_127}},{{&g_127}},{{&g_127}},{{&g_127}},{{&g_127}},{{&g_127}},{{&g_127}},{{&g_127}},{{&g_127}}};
                int i, j, k;
                for (i = 0; i < 6; i++)
                    l_658[i] = &g_165;
                (*g_114) = ((l_656 , (-1L)) , ((l_657[1] , ((--g_533[3].f3) > (((l_665 != l_666[9][0][0]) , l_667) , (((((safe_div_func_int32_t_s_s(0x74936F9AL, g_118[g_109.f0])) <= ((p_55.f0 , l_657[1].f0) , l_661)) != l_670[7]) | g_27.f0) >= 0x130F02845509365BLL)))) , &l_605));
                return g_584[5][4];
            }
        }
        g_194.f3 ^= p_54.f3;
    }
    else
    { /* block id: 427 */
        union U1 l_965 = {0x4591586B0E91BBA0LL};
        g_968 = (l_965 , g_966);
        (*l_560) = (***g_671);
    }
    return p_54.f0;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint32_t  func_56(union U0  p_57, int8_t  p_58, union U3  p_59, int32_t  p_60, union U4 ** p_61)
{ /* block id: 4 */
    uint32_t l_64[9] = {0x1CAE4674L,0x3B1D319DL,0x1CAE4674L,0x1CAE4674L,0x3B1D319DL,0x1CAE4674L,0x1CAE4674L,0x3B1D319DL,0x1CAE4674L};
    int32_t *l_65 = (void*)0;
    int32_t l_74 = 0x36B80555L;
    uint8_t l_99 = 250UL;
    uint8_t * const l_164[4][3] = {{&g_165,&g_165,&g_165},{(void*)0,(void*)0,(void*)0},{&g_165,&g_165,&g_165},{(void*)0,(void*)0,(void*)0}};
    union U4 **l_189 = &g_127;
    uint16_t *l_202[6] = {&g_118[3],&g_118[3],&g_118[3],&g_118[3],&g_118[3],&g_118[3]};
    int32_t l_249[5] = {3L,3L,3L,3L,3L};
    const int8_t l_277 = 0xEEL;
    int32_t l_316 = (-4L);
    uint64_t l_355 = 1UL;
    union U0 **l_371 = (void*)0;
    union U4 *l_408 = &g_27;
    union U1 l_427[5] = {{4L},{4L},{4L},{4L},{4L}};
    int32_t ***l_515 = (void*)0;
    int32_t ****l_514[2][5] = {{&l_515,&l_515,&l_515,&l_515,&l_515},{&l_515,&l_515,&l_515,&l_515,&l_515}};
    union U2 *l_529[7][6][6] = {{{(void*)0,(void*)0,(void*)0,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,(void*)0,(void*)0,&g_100},{&g_100,&g_100,(void*)0,&g_100,(void*)0,&g_100},{(void*)0,&g_100,&g_100,&g_100,&g_100,(void*)0},{&g_100,(void*)0,&g_100,(void*)0,&g_100,&g_100},{&g_100,(void*)0,(void*)0,&g_100,&g_100,&g_100}},{{&g_100,&g_100,&g_100,(void*)0,(void*)0,&g_100},{&g_100,&g_100,(void*)0,&g_100,(void*)0,&g_100},{(void*)0,&g_100,&g_100,&g_100,&g_100,(void*)0},{&g_100,(void*)0,&g_100,(void*)0,&g_100,&g_100},{&g_100,(void*)0,(void*)0,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,(void*)0,(void*)0,&g_100}},{{&g_100,&g_100,(void*)0,&g_100,(void*)0,&g_100},{(void*)0,&g_100,&g_100,&g_100,&g_100,(void*)0},{&g_100,(void*)0,&g_100,(void*)0,&g_100,&g_100},{&g_100,(void*)0,(void*)0,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,(void*)0,(void*)0,&g_100},{&g_100,&g_100,(void*)0,&g_100,(void*)0,&g_100}},{{(void*)0,&g_100,&g_100,&g_100,&g_100,(void*)0},{&g_100,(void*)0,&g_100,(void*)0,&g_100,&g_100},{&g_100,(void*)0,(void*)0,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,(void*)0,(void*)0,&g_100},{&g_100,&g_100,(void*)0,&g_100,(void*)0,&g_100},{(void*)0,&g_100,&g_100,&g_100,&g_100,(void*)0}},{{&g_100,(void*)0,&g_100,(void*)0,&g_100,&g_100},{&g_100,(void*)0,(void*)0,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,(void*)0,(void*)0,&g_100},{&g_100,&g_100,(void*)0,&g_100,(void*)0,&g_100},{(void*)0,&g_100,&g_100,&g_100,&g_100,(void*)0},{&g_100,(void*)0,&g_100,(void*)0,&g_100,&g_100}},{{&g_100,(void*)0,(void*)0,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,(void*)0,(void*)0,&g_100},{(void*)0,(void*)0,&g_100,&g_100,&g_100,(void*)0},{&g_100,&g_100,&g_100,&g_100,&g_100,&g_100},{(void*)0,&g_100,&g_100,&g_100,(void*)0,(void*)0},{&g_100,&g_100,&g_100,&g_100,&g_100,&g_100}},{{&g_100,&g_100,&g_100,&g_100,&g_100,&g_100},{(void*)0,(void*)0,&g_100,&g_100,&g_100,(void*)0},{&g_100,&g_100,&g_100,&g_100,&g_100,&g_100},{(void*)0,&g_100,&g_100,&g_100,(void*)0,(void*)0},{&g_100,&g_100,&g_100,&g_100,&g_100,&g_100},{&g_100,&g_100,&g_100,&g_100,&g_100,&g_100}}};
    int i, j, k;
    p_57.f2 |= l_64[0];
    return p_60;
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
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_25, "g_25", print_hash_value);
    transparent_crc(g_27.f0, "g_27.f0", print_hash_value);
    transparent_crc(g_82, "g_82", print_hash_value);
    transparent_crc(g_100.f3, "g_100.f3", print_hash_value);
    transparent_crc(g_109.f0, "g_109.f0", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_118[i], "g_118[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_194.f0, "g_194.f0", print_hash_value);
    transparent_crc(g_194.f2, "g_194.f2", print_hash_value);
    transparent_crc(g_194.f3, "g_194.f3", print_hash_value);
    transparent_crc(g_244, "g_244", print_hash_value);
    transparent_crc(g_247, "g_247", print_hash_value);
    transparent_crc(g_278, "g_278", print_hash_value);
    transparent_crc(g_283, "g_283", print_hash_value);
    transparent_crc(g_385, "g_385", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 9; k++)
            {
                transparent_crc(g_397[i][j][k], "g_397[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_398, "g_398", print_hash_value);
    transparent_crc(g_456, "g_456", print_hash_value);
    transparent_crc(g_521, "g_521", print_hash_value);
    transparent_crc(g_525, "g_525", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_533[i].f3, "g_533[i].f3", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_584[i][j], "g_584[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_681, "g_681", print_hash_value);
    transparent_crc(g_735, "g_735", print_hash_value);
    transparent_crc(g_831, "g_831", print_hash_value);
    transparent_crc(g_839, "g_839", print_hash_value);
    transparent_crc(g_874, "g_874", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 9; k++)
            {
                transparent_crc(g_920[i][j][k], "g_920[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_1034[i][j][k].f0, "g_1034[i][j][k].f0", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_1071[i], "g_1071[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_1139[i][j][k], "g_1139[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1140, "g_1140", print_hash_value);
    transparent_crc(g_1231, "g_1231", print_hash_value);
    transparent_crc(g_1293, "g_1293", print_hash_value);
    transparent_crc(g_1295, "g_1295", print_hash_value);
    transparent_crc(g_1297, "g_1297", print_hash_value);
    transparent_crc(g_1369, "g_1369", print_hash_value);
    transparent_crc(g_1405, "g_1405", print_hash_value);
    transparent_crc(g_1513, "g_1513", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_1574[i][j][k], "g_1574[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1626, "g_1626", print_hash_value);
    transparent_crc(g_1683, "g_1683", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_1695[i], "g_1695[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1750, "g_1750", print_hash_value);
    transparent_crc(g_1836, "g_1836", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_1925[i][j], "g_1925[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1933, "g_1933", print_hash_value);
    transparent_crc(g_1934, "g_1934", print_hash_value);
    transparent_crc(g_1935, "g_1935", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 9; k++)
            {
                transparent_crc(g_1966[i][j][k], "g_1966[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_2028, "g_2028", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_2051[i][j], "g_2051[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2052, "g_2052", print_hash_value);
    transparent_crc(g_2083, "g_2083", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_2085[i], "g_2085[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 546
XXX total union variables: 64

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

XXX max expression depth: 34
breakdown:
   depth: 1, occurrence: 117
   depth: 2, occurrence: 23
   depth: 4, occurrence: 2
   depth: 6, occurrence: 1
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 13, occurrence: 1
   depth: 15, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 2
   depth: 20, occurrence: 1
   depth: 21, occurrence: 1
   depth: 24, occurrence: 3
   depth: 25, occurrence: 3
   depth: 26, occurrence: 2
   depth: 30, occurrence: 1
   depth: 33, occurrence: 2
   depth: 34, occurrence: 1

XXX total number of pointers: 529

XXX times a variable address is taken: 864
XXX times a pointer is dereferenced on RHS: 162
breakdown:
   depth: 1, occurrence: 113
   depth: 2, occurrence: 33
   depth: 3, occurrence: 11
   depth: 4, occurrence: 5
XXX times a pointer is dereferenced on LHS: 235
breakdown:
   depth: 1, occurrence: 190
   depth: 2, occurrence: 29
   depth: 3, occurrence: 8
   depth: 4, occurrence: 8
XXX times a pointer is compared with null: 35
XXX times a pointer is compared with address of another variable: 11
XXX times a pointer is compared with another pointer: 15
XXX times a pointer is qualified to be dereferenced: 4304

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 681
   level: 2, occurrence: 412
   level: 3, occurrence: 137
   level: 4, occurrence: 140
   level: 5, occurrence: 23
XXX number of pointers point to pointers: 242
XXX number of pointers point to scalars: 248
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 31.8
XXX average alias set size: 1.31

XXX times a non-volatile is read: 1635
XXX times a non-volatile is write: 879
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 8

XXX stmts: 107
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 25
   depth: 1, occurrence: 10
   depth: 2, occurrence: 4
   depth: 3, occurrence: 10
   depth: 4, occurrence: 27
   depth: 5, occurrence: 31

XXX percentage a fresh-made variable is used: 20.2
XXX percentage an existing variable is used: 79.8
********************* end of statistics **********************/

