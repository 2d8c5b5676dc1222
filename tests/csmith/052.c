/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 61 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      61
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   uint64_t  f0;
};

union U1 {
   uint32_t  f0;
   const uint32_t  f1;
   const uint64_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static uint64_t g_4 = 0xD1F2E96673E7ED6FLL;
static int16_t g_58 = (-2L);
static uint8_t g_62 = 247UL;
static int32_t g_71 = 0x9B8364B2L;
static int32_t g_73 = 0xC7725EFFL;
static int32_t g_79 = (-9L);
static uint8_t g_85 = 255UL;
static int32_t *g_103[2][4][9] = {{{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73,&g_73},{(void*)0,(void*)0,&g_73,&g_73,&g_73,(void*)0,(void*)0,&g_73,&g_73},{&g_79,&g_73,&g_79,&g_73,&g_73,&g_79,&g_73,&g_79,&g_73},{&g_79,&g_73,&g_73,&g_79,&g_73,&g_79,&g_73,&g_73,&g_79}},{{(void*)0,&g_73,&g_73,&g_73,(void*)0,(void*)0,&g_73,&g_73,&g_73},{&g_73,(void*)0,&g_73,&g_73,(void*)0,&g_79,(void*)0,&g_73,&g_73},{&g_73,&g_73,&g_79,&g_73,&g_79,&g_73,&g_73,&g_79,&g_73},{&g_73,(void*)0,&g_73,&g_79,&g_79,&g_73,(void*)0,&g_73,&g_79}}};
static int32_t **g_102 = &g_103[0][3][5];
static int32_t g_107 = (-4L);
static union U0 g_120 = {18446744073709551615UL};
static union U0 g_121 = {0xEDF4FAD40830044FLL};
static int64_t g_171 = 0x36F8D392A8A950BDLL;
static const int16_t g_187 = 1L;
static int64_t g_227[9][7][1] = {{{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL}},{{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL}},{{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL}},{{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL}},{{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL}},{{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL}},{{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL}},{{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL}},{{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL},{0x00658ABCB274CCDALL},{0xBA8A568329363888LL},{0xBA8A568329363888LL}}};
static int32_t g_271 = 0x55007D63L;
static int32_t g_272 = (-1L);
static int32_t g_273 = 0xDA896E08L;
static int32_t g_274 = 0xD82274A5L;
static int32_t g_275[9][10][2] = {{{0x4A5D47B9L,2L},{(-1L),7L},{(-1L),2L},{0x56A60A03L,2L},{(-10L),0xFF6B3F34L},{0x7668B80EL,0x06C16CD3L},{0L,(-1L)},{8L,8L},{0xB8268E91L,1L},{0x1F1B10E3L,0x4A5D47B9L}},{{0x7C31A090L,0xDF545FCCL},{0L,0x7C31A090L},{(-1L),5L},{(-1L),0x7C31A090L},{0L,0xDF545FCCL},{0x7C31A090L,0x4A5D47B9L},{0x1F1B10E3L,1L},{0xB8268E91L,8L},{8L,(-1L)},{0L,0x06C16CD3L}},{{0x7668B80EL,0xFF6B3F34L},{(-10L),2L},{0x56A60A03L,2L},{(-1L),7L},{(-1L),2L},{0x4A5D47B9L,0xEBCA4E29L},{5L,0x7FD038DBL},{0L,0xDE5531A4L},{0x23FB4920L,(-1L)},{0x7FD038DBL,5L}},{{0x7AC83EE7L,0xA2554C3AL},{(-1L),0xFED014C4L},{0x83AB962EL,0xC5DAD05FL},{0x3FE0DA03L,0xB8268E91L},{1L,0x5ABE0D1BL},{0xDF545FCCL,1L},{7L,4L},{0xEBCA4E29L,0L},{0xFED014C4L,0L},{0x5ABE0D1BL,0L}},{{0x2A23C349L,0xD2DC399DL},{0L,0x3FE0DA03L},{1L,(-9L)},{2L,0x5A770EAEL},{0xFF6B3F34L,0xCBB907D6L},{0L,0x27D72748L},{0xC8E5519FL,0x83AB962EL},{0x06C16CD3L,(-1L)},{(-9L),(-1L)},{0x06C16CD3L,0x83AB962EL}},{{0xC8E5519FL,0x27D72748L},{0L,2L},{0L,(-1L)},{(-1L),0xC34EDC85L},{0xFF6B3F34L,0xA2554C3AL},{0xFED014C4L,0x7FD038DBL},{0x0E08A20AL,0L},{0x5A770EAEL,0x7AC83EE7L},{0L,0L},{0x1F1B10E3L,0x98CBA876L}},{{0xCBB907D6L,0xDE5531A4L},{0xC9904DF4L,0x5A770EAEL},{0x767BE0A9L,(-1L)},{0xA2554C3AL,8L},{5L,0L},{0x6862467DL,0x83AB962EL},{0L,(-1L)},{(-1L),0x1A384F82L},{2L,0L},{(-1L),(-1L)}},{{0xB8268E91L,0x1F1B10E3L},{0x3FE0DA03L,(-1L)},{(-1L),0xCBB907D6L},{0x56A60A03L,0x4A5D47B9L},{0x0C27D455L,0x99699DA6L},{0xA66E5674L,0L},{1L,2L},{0x7AC83EE7L,1L},{5L,5L},{(-1L),(-10L)}},{{0x5ABE0D1BL,0x3FE0DA03L},{0xC8E5519FL,0xC9904DF4L},{(-9L),0xC8E5519FL},{1L,0x7668B80EL},{1L,0xC8E5519FL},{(-9L),0xC9904DF4L},{0xC8E5519FL,0x3FE0DA03L},{0x5ABE0D1BL,(-10L)},{(-1L),5L},{5L,1L}}};
static int32_t g_276 = (-9L);
static int32_t g_277[4][6] = {{0xD8A5B507L,(-1L),0xD8A5B507L,0xD8A5B507L,(-1L),0xD8A5B507L},{0xD8A5B507L,(-1L),0xD8A5B507L,0xD8A5B507L,(-1L),0xD8A5B507L},{0xD8A5B507L,(-1L),0xD8A5B507L,0xD8A5B507L,(-1L),0xD8A5B507L},{0xD8A5B507L,(-1L),0xD8A5B507L,0xD8A5B507L,(-1L),0xD8A5B507L}};
static int32_t g_278 = 0x5AEB01A8L;
static int32_t g_279 = 5L;
static int32_t g_280 = (-1L);
static int32_t g_281[5][1] = {{0x82E55074L},{0x82E55074L},{0x82E55074L},{0x82E55074L},{0x82E55074L}};
static int32_t g_282 = 0x94570321L;
static int32_t g_283 = 0x33C40A05L;
static int32_t g_284 = 0x6D58FD66L;
static int32_t g_285[10][10] = {{1L,0xEE9E5843L,0x1FFF403BL,0xA0305431L,0x8E3BE96CL,0x8453B7D2L,0x5F4897DEL,0x5CA1BAF0L,3L,0x3012EB32L},{1L,0x985E607DL,0x0A3AFB41L,0L,0L,0x8453B7D2L,0xA0305431L,0x1996FAC1L,0x74FC86CBL,0x10BCB708L},{1L,0L,0x3012EB32L,0x1996FAC1L,(-10L),(-1L),(-1L),0x1FFF403BL,0L,0L},{0L,0L,2L,3L,3L,2L,0L,0L,0x10BCB708L,0x74FC86CBL},{0xBB8262D4L,0xB12D5333L,(-1L),0x0A3AFB41L,0L,0L,0x10BCB708L,0L,0x3012EB32L,3L},{0x10BCB708L,1L,(-1L),0L,0x1FFF403BL,0L,1L,0L,0xBB8262D4L,0x16A158D9L},{0x8E3BE96CL,(-1L),2L,0x74FC86CBL,1L,(-1L),0x7EC15BCDL,0x1FFF403BL,0x7EC15BCDL,(-1L)},{0x0A3AFB41L,(-1L),0x3012EB32L,(-1L),0x0A3AFB41L,0x8E3BE96CL,0x16A158D9L,0x1996FAC1L,0L,(-1L)},{0x1996FAC1L,0L,0x0A3AFB41L,1L,1L,0L,(-1L),3L,0x0A3AFB41L,0xB12D5333L},{0x74FC86CBL,1L,(-1L),(-1L),0L,(-1L),0x1FFF403BL,0L,3L,0x16A158D9L}};
static int32_t g_286 = (-1L);
static int32_t g_287 = (-7L);
static int32_t g_288 = (-8L);
static int32_t g_291 = 0x327DCED7L;
static const uint16_t g_334 = 65527UL;
static const uint16_t *g_333[6][9][1] = {{{&g_334},{&g_334},{&g_334},{&g_334},{(void*)0},{&g_334},{&g_334},{(void*)0},{(void*)0}},{{&g_334},{(void*)0},{(void*)0},{&g_334},{&g_334},{(void*)0},{&g_334},{&g_334},{&g_334}},{{&g_334},{&g_334},{&g_334},{&g_334},{(void*)0},{&g_334},{&g_334},{(void*)0},{(void*)0}},{{&g_334},{(void*)0},{(void*)0},{&g_334},{&g_334},{(void*)0},{&g_334},{&g_334},{&g_334}},{{&g_334},{&g_334},{&g_334},{&g_334},{(void*)0},{&g_334},{&g_334},{(void*)0},{(void*)0}},{{&g_334},{(void*)0},{(void*)0},{&g_334},{&g_334},{(void*)0},{&g_334},{&g_334},{&g_334}}};
static uint8_t *g_355 = &g_85;
static uint8_t **g_354 = &g_355;
static uint8_t ***g_353 = &g_354;
static uint32_t g_359 = 0x07259811L;
static const union U0 g_393 = {18446744073709551612UL};
static const union U0 g_395 = {2UL};
static const union U0 *g_394 = &g_395;
static const union U0 *g_396 = (void*)0;
static const uint32_t g_415 = 4294967292UL;
static const int16_t * const * const g_425 = (void*)0;
static const int16_t * const * const *g_424[6][3] = {{&g_425,&g_425,&g_425},{&g_425,&g_425,&g_425},{&g_425,&g_425,&g_425},{&g_425,&g_425,&g_425},{&g_425,&g_425,&g_425},{&g_425,&g_425,&g_425}};
static uint8_t g_449 = 1UL;
static union U1 g_475 = {0UL};
static const union U1 *g_474 = &g_475;
static const int16_t g_478[5] = {0x3B48L,0x3B48L,0x3B48L,0x3B48L,0x3B48L};
static uint64_t *g_496 = &g_121.f0;
static int8_t g_544 = 1L;
static int16_t **g_576 = (void*)0;
static int16_t ***g_575 = &g_576;
static int8_t g_617 = 0x4BL;
static int32_t g_673[9] = {0x60A77BB4L,0x60A77BB4L,0x60A77BB4L,0x60A77BB4L,0x60A77BB4L,0x60A77BB4L,0x60A77BB4L,0x60A77BB4L,0x60A77BB4L};
static uint32_t g_690 = 4294967295UL;
static int32_t *g_696 = (void*)0;
static union U1 g_788 = {0x57DAC405L};
static int32_t **g_907 = &g_696;
static uint16_t g_924 = 8UL;
static uint64_t **g_950 = &g_496;
static int32_t *g_995 = (void*)0;
static int16_t ****g_1007 = &g_575;
static int16_t *****g_1006 = &g_1007;
static int8_t g_1070[4] = {0x8FL,0x8FL,0x8FL,0x8FL};
static uint32_t g_1089[4][8] = {{0xD22B08CEL,0xA9234FDCL,0xC4F4F67DL,4294967295UL,0UL,0x5D44D3EAL,0x5D44D3EAL,0UL},{0xDE0594B0L,0UL,0UL,0xDE0594B0L,0xD22B08CEL,0xC41B3972L,0x5D44D3EAL,0xF87695ACL},{0xA9234FDCL,0xDE0594B0L,0xC4F4F67DL,0x5D44D3EAL,0xC4F4F67DL,0xDE0594B0L,0xA9234FDCL,0x2BEBEFD4L},{0xC4F4F67DL,0xDE0594B0L,0xA9234FDCL,0x2BEBEFD4L,0xC41B3972L,0xC41B3972L,0x2BEBEFD4L,0xA9234FDCL}};
static uint64_t g_1097 = 0xDDA723CBFE963489LL;
static int8_t g_1153 = (-1L);
static int16_t ** const *g_1423 = &g_576;
static int16_t ** const **g_1422[4] = {&g_1423,&g_1423,&g_1423,&g_1423};
static int16_t ** const ***g_1421[1] = {&g_1422[2]};
static const uint16_t * const *g_1453[8] = {&g_333[5][3][0],&g_333[1][3][0],&g_333[5][3][0],&g_333[1][3][0],&g_333[5][3][0],&g_333[1][3][0],&g_333[5][3][0],&g_333[1][3][0]};
static const uint16_t * const ** const g_1452 = &g_1453[4];
static uint16_t *g_1491 = &g_924;
static int32_t * const * const g_1623 = &g_995;
static int32_t * const * const *g_1622[5] = {&g_1623,&g_1623,&g_1623,&g_1623,&g_1623};
static int32_t * const * const ** const g_1621 = &g_1622[1];
static int32_t * const * const ** const *g_1620 = &g_1621;
static int32_t g_1640 = 7L;
static uint32_t g_1642 = 0UL;
static uint32_t *g_1651 = &g_1089[2][1];
static uint32_t **g_1650 = &g_1651;
static uint32_t *g_1671[8][4][1] = {{{(void*)0},{&g_475.f0},{&g_475.f0},{&g_475.f0}},{{&g_475.f0},{&g_475.f0},{(void*)0},{(void*)0}},{{&g_475.f0},{&g_475.f0},{&g_475.f0},{&g_475.f0}},{{&g_475.f0},{(void*)0},{(void*)0},{&g_475.f0}},{{&g_475.f0},{&g_475.f0},{&g_475.f0},{&g_475.f0}},{{(void*)0},{(void*)0},{&g_475.f0},{&g_475.f0}},{{&g_475.f0},{&g_475.f0},{&g_475.f0},{(void*)0}},{{(void*)0},{&g_475.f0},{&g_475.f0},{&g_475.f0}}};
static int32_t *** const g_1714 = &g_907;
static int32_t *** const *g_1713 = &g_1714;
static int32_t **g_1725 = (void*)0;
static union U1 ** const *g_1785 = (void*)0;
static union U1 ** const **g_1784 = &g_1785;
static uint32_t g_1834 = 0x93B83135L;
static int16_t g_1954[1][3] = {{0L,0L,0L}};
static int32_t *g_1978 = &g_291;
static int32_t ** const g_1977 = &g_1978;
static int32_t ** const *g_1976 = &g_1977;
static int32_t ** const **g_1975 = &g_1976;
static uint8_t g_2072 = 0x78L;
static int8_t *g_2149 = &g_1153;
static union U0 *g_2297 = &g_121;
static union U0 * const *g_2296 = &g_2297;
static int32_t g_2355[4][8][8] = {{{0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L},{0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L},{0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L},{0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L},{0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L},{0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L},{0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L},{0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L}},{{0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L},{0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L},{0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L},{0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L},{0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L},{0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L},{0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L},{0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L}},{{0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L},{0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L},{0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L},{0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L},{0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L},{0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L,0L,0x4B5C4342L,0x4B5C4342L},{0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L},{0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L,0L,0L}},{{0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L},{0L,0L,0L,0L,0L,0L,0L,0L},{0L,0L,0L,0L,0L,0L,0L,0L},{0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L},{0L,0L,0L,0L,0L,0L,0L,0L},{0L,0L,0L,0L,0L,0L,0L,0L},{0L,0L,0x4B5C4342L,0L,0L,0x4B5C4342L,0L,0L},{0L,0L,0L,0L,0L,0L,0L,0L}}};
static uint16_t **g_2461 = (void*)0;
static uint16_t *** const g_2460[3] = {&g_2461,&g_2461,&g_2461};
static uint16_t *** const *g_2459[7] = {&g_2460[2],&g_2460[2],&g_2460[2],&g_2460[2],&g_2460[2],&g_2460[2],&g_2460[2]};
static uint16_t *** const **g_2458 = &g_2459[5];
static int32_t g_2475[5][5][8] = {{{(-1L),(-4L),0L,0xCD93D51DL,0x9FE8AC17L,0x97DB561CL,4L,(-1L)},{(-4L),0L,0xF996E4E2L,0x613543D0L,0x0945A8A0L,1L,(-1L),0xF68E7544L},{0xD29CDFBCL,1L,1L,0x97DB561CL,0x49089011L,(-1L),0xCD93D51DL,(-1L)},{0x72B4E2EDL,0xD29CDFBCL,3L,0xD29CDFBCL,0x72B4E2EDL,6L,0xD2E611ABL,9L},{6L,(-1L),6L,0L,(-7L),0x49089011L,0xC76BB48CL,0xD29CDFBCL}},{{4L,0xBFD28FE8L,6L,0xA740B190L,(-5L),0x9FE8AC17L,0xD2E611ABL,3L},{(-7L),0xF996E4E2L,3L,9L,1L,(-7L),0xCD93D51DL,0x0945A8A0L},{0xBFD28FE8L,0xC4AF5C04L,1L,0xCD93D51DL,3L,0L,(-1L),0xBFD28FE8L},{0xC4AF5C04L,1L,0xF996E4E2L,0x49089011L,(-1L),0xF75E0FD2L,4L,4L},{0L,1L,0L,0L,1L,0L,3L,0xF75E0FD2L}},{{0x72B4E2EDL,0xF75E0FD2L,0xCD93D51DL,6L,(-7L),1L,6L,9L},{0x26E7CEC0L,3L,4L,6L,(-1L),0x613543D0L,0xC76BB48CL,0xF75E0FD2L},{0xF68E7544L,(-1L),(-4L),0L,0xCD93D51DL,0x9FE8AC17L,0x97DB561CL,4L},{0xF996E4E2L,(-7L),0L,0x49089011L,1L,1L,0L,0xBFD28FE8L},{0x0945A8A0L,6L,0x97DB561CL,0xBFD28FE8L,(-1L),0x63735208L,0x72B4E2EDL,1L}},{{1L,6L,(-10L),1L,(-10L),6L,1L,9L},{3L,1L,3L,0x63735208L,0xD2E611ABL,(-1L),(-1L),4L},{6L,0xF68E7544L,0xC76BB48CL,0xC4AF5C04L,0xD2E611ABL,0L,0x63735208L,1L},{3L,0x613543D0L,(-7L),4L,(-10L),6L,0xE801A4E0L,0xF68E7544L},{1L,8L,9L,0L,(-1L),0x0945A8A0L,0L,9L}},{{1L,0xE801A4E0L,0xF996E4E2L,0xD2E611ABL,0xF75E0FD2L,0xA740B190L,0x0945A8A0L,(-1L)},{(-10L),9L,(-5L),0xBFD28FE8L,0xBFD28FE8L,(-5L),9L,(-10L)},{9L,(-1L),(-10L),0L,(-1L),4L,0x49089011L,(-7L)},{6L,1L,0x63735208L,(-5L),0L,4L,0xF996E4E2L,0xC4AF5C04L},{6L,(-1L),0x0945A8A0L,0xF68E7544L,1L,(-5L),3L,1L}}};


/* --- FORWARD DECLARATIONS --- */
static union U0  func_1(void);
static int8_t  func_7(uint8_t  p_8, int32_t  p_9, uint8_t  p_10, int32_t  p_11);
static uint64_t  func_19(int8_t  p_20, int32_t  p_21);
static const int8_t  func_22(uint32_t  p_23, int8_t  p_24, uint64_t  p_25);
static int32_t  func_30(int64_t  p_31, uint8_t  p_32, int32_t  p_33, int32_t  p_34, uint64_t  p_35);
static int16_t  func_43(int8_t  p_44, const uint64_t  p_45);
static int8_t  func_46(int32_t  p_47, uint16_t  p_48);
static int8_t  func_90(union U0  p_91, uint8_t * p_92, const uint16_t  p_93, uint8_t * p_94);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_62 g_85 g_58 g_103 g_121 g_107 g_71 g_121.f0 g_73 g_355 g_291 g_353 g_354 g_102 g_285 g_478 g_286 g_271 g_282 g_79 g_475.f1 g_281 g_227 g_171 g_273 g_575 g_496 g_544 g_395.f0 g_673 g_690 g_359 g_287 g_334 g_284 g_274 g_283 g_475.f0 g_279 g_288 g_280 g_277 g_475 g_449 g_950 g_1006 g_924 g_394 g_395 g_617 g_1089 g_1097 g_393.f0 g_278 g_275 g_788.f0 g_1007 g_1421 g_1070 g_1452 g_1153 g_276 g_415 g_272 g_1975 g_1976 g_1977 g_1978 g_2297
 * writes: g_58 g_62 g_71 g_85 g_73 g_107 g_291 g_103 g_474 g_496 g_171 g_79 g_273 g_120.f0 g_575 g_121.f0 g_359 g_544 g_690 g_696 g_617 g_284 g_274 g_283 g_227 g_279 g_907 g_673 g_280 g_950 g_475.f0 g_995 g_1006 g_924 g_285 g_1089 g_1007 g_1153 g_1070 g_286 g_277 g_1491 g_287 g_276
 */
static union U0  func_1(void)
{ /* block id: 0 */
    int16_t l_3 = 0xE39EL;
    int8_t l_12[5];
    int8_t l_29 = 0x1BL;
    int32_t l_1314 = 0xE2970DB6L;
    int16_t l_1549 = 0x944FL;
    int i;
    for (i = 0; i < 5; i++)
        l_12[i] = 0xE6L;
    (****g_1975) = (((!((0x07B5CA9869EC4279LL != (l_3 > g_4)) <= ((((func_7(g_4, (g_276 &= (l_3 , (l_12[4] || ((safe_mod_func_int64_t_s_s(((safe_add_func_int32_t_s_s(((((safe_mul_func_int16_t_s_s((func_19(((l_1314 = ((((func_22(l_3, (l_29 = (safe_mod_func_int8_t_s_s(g_4, ((+0L) | l_3)))), g_4) & 246UL) != 0x393389B1L) <= g_277[2][3]) || l_12[1])) , 0x0EL), g_275[2][5][0]) < 18446744073709551611UL), l_12[3])) , (**g_950)) ^ 0UL) & 0x90L), g_788.f0)) , 1L), l_1549)) <= l_1549)))), l_1549, g_415) != g_272) == l_12[4]) < 0L) || 1L))) > l_1549) || l_1314);
    return (*g_2297);
}


/* ------------------------------------------ */
/* 
 * reads : g_275
 * writes:
 */
static int8_t  func_7(uint8_t  p_8, int32_t  p_9, uint8_t  p_10, int32_t  p_11)
{ /* block id: 705 */
    uint32_t l_1550 = 18446744073709551610UL;
    int16_t ** const ***l_1551 = (void*)0;
    int32_t l_1626 = 0xD82E83FDL;
    int32_t l_1628 = 0x94B0BBC6L;
    int32_t l_1632 = 0L;
    int32_t l_1633 = 0xDE1CA1C3L;
    int16_t l_1634 = 0x1542L;
    int32_t l_1638 = 0x94CF7FC8L;
    int32_t l_1639[3][3][6] = {{{0x9AB97E69L,1L,1L,0x9AB97E69L,1L,1L},{0x9AB97E69L,1L,1L,0x9AB97E69L,1L,1L},{0x9AB97E69L,1L,1L,0x9AB97E69L,1L,1L}},{{0x9AB97E69L,1L,1L,0x9AB97E69L,1L,1L},{0x9AB97E69L,1L,1L,0x9AB97E69L,1L,1L},{0x9AB97E69L,1L,1L,0x9AB97E69L,1L,1L}},{{0x9AB97E69L,1L,1L,0x9AB97E69L,1L,1L},{0x9AB97E69L,1L,1L,0x9AB97E69L,1L,1L},{0x9AB97E69L,1L,1L,0x9AB97E69L,1L,1L}}};
    union U0 l_1645 = {18446744073709551613UL};
    int64_t l_1679 = 0x500DAA1E3254D872LL;
    uint8_t l_1708[10] = {0x58L,0x58L,0x58L,0x58L,0x58L,0x58L,0x58L,0x58L,0x58L,0x58L};
    union U1 l_1721 = {0x41C1BACEL};
    int32_t l_1788 = 7L;
    int32_t l_1815[3];
    uint8_t l_1816[6][3] = {{8UL,0xB5L,0xB9L},{8UL,0x41L,8UL},{8UL,0x56L,0xB5L},{8UL,0xB5L,0xB9L},{8UL,0x41L,8UL},{8UL,0x56L,0xB5L}};
    int32_t **l_1884 = &g_696;
    const int8_t l_2003 = 0xA6L;
    uint16_t *l_2010 = &g_924;
    uint8_t ***l_2081 = (void*)0;
    int32_t l_2092 = 4L;
    int8_t *l_2147[6][4][10] = {{{&g_1070[1],&g_617,&g_544,&g_1153,&g_544,(void*)0,&g_1153,&g_1070[1],&g_1153,&g_1070[3]},{(void*)0,&g_617,(void*)0,&g_1070[1],&g_617,&g_1153,&g_1070[1],&g_1070[2],&g_1070[0],(void*)0},{&g_1153,&g_617,&g_1070[0],&g_617,&g_1070[1],&g_1070[1],&g_1153,&g_1070[1],(void*)0,&g_1070[1]},{&g_1070[1],&g_1153,&g_1070[1],&g_544,&g_1070[0],&g_617,&g_1070[0],&g_544,&g_1070[1],&g_1153}},{{&g_617,&g_1070[1],&g_617,&g_1153,&g_617,&g_1070[1],&g_1070[1],&g_1070[1],&g_1153,&g_1070[1]},{&g_1153,&g_1070[0],&g_1070[2],&g_544,&g_1070[1],&g_1070[1],&g_1153,&g_617,&g_1070[3],&g_1070[1]},{&g_617,&g_1153,&g_1070[1],&g_617,&g_1070[1],&g_617,&g_1153,&g_1153,&g_1070[0],&g_1070[1]},{&g_1070[1],&g_1153,&g_1070[1],(void*)0,&g_1153,&g_1070[1],&g_1070[1],(void*)0,&g_1153,&g_1153}},{{(void*)0,&g_544,&g_1070[1],(void*)0,&g_1153,&g_544,&g_544,&g_544,&g_544,&g_1153},{(void*)0,&g_1070[1],&g_1070[1],(void*)0,&g_1070[0],&g_1070[1],(void*)0,&g_1070[1],&g_1070[1],&g_1153},{(void*)0,&g_544,(void*)0,&g_1153,&g_1070[1],&g_1070[3],&g_1070[1],(void*)0,&g_1070[1],&g_617},{&g_1070[1],&g_617,(void*)0,(void*)0,&g_544,(void*)0,&g_1070[1],&g_1153,&g_544,&g_544}},{{&g_1070[1],&g_1070[1],&g_1070[0],(void*)0,&g_1070[1],&g_617,&g_1070[1],&g_1070[3],&g_1153,&g_1153},{&g_544,(void*)0,&g_1070[1],(void*)0,&g_1070[1],&g_1153,&g_617,&g_544,&g_1070[0],&g_544},{&g_1070[1],&g_1070[0],&g_544,&g_617,&g_544,&g_1070[0],&g_1070[1],&g_544,&g_1070[3],(void*)0},{&g_1153,(void*)0,&g_1070[1],&g_544,&g_617,&g_544,&g_1070[1],(void*)0,&g_1153,&g_544}},{{&g_1153,(void*)0,&g_1070[1],&g_1153,&g_1153,&g_617,&g_1070[1],(void*)0,&g_1070[1],&g_1070[1]},{&g_1070[1],&g_1070[0],(void*)0,&g_544,&g_1070[1],(void*)0,&g_617,&g_617,(void*)0,&g_1070[2]},{(void*)0,(void*)0,(void*)0,&g_617,&g_617,&g_1153,&g_1070[1],&g_1070[1],&g_1070[1],&g_544},{&g_1153,&g_1070[1],(void*)0,&g_1070[1],&g_617,&g_617,&g_1070[1],(void*)0,&g_1070[1],&g_1153}},{{&g_544,&g_617,&g_544,(void*)0,(void*)0,(void*)0,&g_1070[1],&g_1070[0],&g_1070[1],&g_1070[1]},{&g_1153,&g_544,&g_1153,&g_617,&g_617,&g_1070[1],(void*)0,(void*)0,&g_1070[1],&g_1153},{&g_617,(void*)0,&g_1153,&g_1153,&g_1153,&g_544,&g_617,&g_617,&g_1070[1],&g_1153},{&g_544,&g_1070[1],&g_1153,&g_544,&g_1153,(void*)0,&g_1070[2],&g_1070[1],&g_1153,&g_1070[1]}}};
    uint64_t *l_2200[7] = {&g_1097,&g_1097,&g_1097,&g_1097,&g_1097,&g_1097,&g_1097};
    int16_t l_2214 = 0x7228L;
    int8_t l_2281 = 0x24L;
    uint32_t l_2319 = 8UL;
    uint64_t l_2320[10] = {0x46FDC075B5828621LL,0x46FDC075B5828621LL,0xE8583736A0AC76D9LL,0x46FDC075B5828621LL,0x46FDC075B5828621LL,0xE8583736A0AC76D9LL,0x46FDC075B5828621LL,0x46FDC075B5828621LL,0xE8583736A0AC76D9LL,0x46FDC075B5828621LL};
    int32_t *l_2350 = &g_275[4][8][1];
    union U1 *l_2401 = (void*)0;
    int16_t l_2422[3][3][6] = {{{(-1L),0L,0x9B7BL,0xD551L,0L,0xD8D6L},{(-4L),1L,(-1L),0L,(-1L),1L},{(-4L),0xD8D6L,0L,0xD551L,0x9B7BL,0L}},{{(-1L),0L,(-4L),0xD34EL,0xD34EL,(-4L)},{0L,0L,4L,(-1L),0x9B7BL,0xD34EL},{1L,0xD8D6L,0xD551L,4L,(-1L),4L}},{{0xD551L,1L,0xD551L,0L,0L,0xD34EL},{0xD28BL,0L,4L,0x1ECCL,(-4L),(-4L)},{0x1ECCL,(-4L),(-4L),0x1ECCL,4L,0L}}};
    int8_t l_2468 = 0x75L;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1815[i] = 0x8E102E10L;
    return (*l_2350);
}


/* ------------------------------------------ */
/* 
 * reads : g_496 g_121.f0 g_282 g_283 g_102 g_950 g_79 g_617 g_171 g_286 g_277 g_355 g_85 g_1006 g_1007 g_62 g_1421 g_353 g_354 g_1070 g_275 g_395.f0 g_274 g_287 g_285 g_1452 g_575 g_1153 g_690 g_478 g_280 g_288 g_271 g_673
 * writes: g_544 g_103 g_79 g_617 g_171 g_286 g_121.f0 g_1153 g_277 g_1007 g_62 g_85 g_1070 g_690 g_1491 g_58 g_287
 */
static uint64_t  func_19(int8_t  p_20, int32_t  p_21)
{ /* block id: 603 */
    int32_t l_1315 = (-7L);
    uint16_t *l_1325[5];
    int32_t l_1326 = 1L;
    int8_t l_1330 = 0x52L;
    uint32_t *l_1335 = &g_690;
    uint32_t **l_1334[4];
    union U1 l_1337 = {0xAB097EC5L};
    int64_t *l_1347 = (void*)0;
    int64_t **l_1346 = &l_1347;
    int32_t l_1371[8][6] = {{(-7L),0xB1E1CE47L,0x01B8F040L,(-7L),9L,9L},{6L,0xB1E1CE47L,0xB1E1CE47L,6L,9L,0x01B8F040L},{0L,0xB1E1CE47L,9L,0L,9L,0xB1E1CE47L},{(-7L),0xB1E1CE47L,0x01B8F040L,(-7L),9L,9L},{6L,0xB1E1CE47L,0xB1E1CE47L,6L,9L,0x01B8F040L},{0L,0xB1E1CE47L,9L,0L,9L,0xB1E1CE47L},{(-7L),0xB1E1CE47L,0x01B8F040L,(-7L),9L,9L},{6L,0xB1E1CE47L,0xB1E1CE47L,6L,9L,0x01B8F040L}};
    union U0 *l_1468 = &g_121;
    union U0 **l_1467 = &l_1468;
    uint8_t l_1469 = 0UL;
    const uint8_t *l_1532 = (void*)0;
    const uint8_t **l_1531 = &l_1532;
    const uint8_t ***l_1530 = &l_1531;
    int i, j;
    for (i = 0; i < 5; i++)
        l_1325[i] = &g_924;
    for (i = 0; i < 4; i++)
        l_1334[i] = &l_1335;
    if ((((l_1315 | ((safe_div_func_int64_t_s_s((((safe_lshift_func_int8_t_s_s((~(*g_496)), g_282)) , (l_1326 = (safe_lshift_func_uint8_t_u_s((safe_lshift_func_int8_t_s_s(l_1315, 6)), p_21)))) || l_1315), (safe_add_func_uint64_t_u_u((((((((g_283 >= 0xEAL) == ((+l_1315) ^ p_21)) & 0UL) && 1UL) , p_21) || 5UL) == l_1315), 0xA5BF4C41F63C9D5DLL)))) > p_21)) | p_20) >= l_1315))
    { /* block id: 605 */
        uint32_t * const *l_1336[2][3][2] = {{{&l_1335,&l_1335},{&l_1335,&l_1335},{&l_1335,&l_1335}},{{&l_1335,&l_1335},{&l_1335,&l_1335},{&l_1335,&l_1335}}};
        const union U1 * const l_1341[8][10] = {{&l_1337,&g_788,&g_475,&l_1337,&l_1337,(void*)0,&l_1337,&g_475,(void*)0,&g_475},{&l_1337,&g_475,&g_475,&l_1337,&g_475,&g_475,&l_1337,(void*)0,&g_788,&g_788},{&g_788,&g_475,&g_788,&l_1337,&l_1337,&g_475,(void*)0,&g_788,&g_788,(void*)0},{(void*)0,&g_475,(void*)0,(void*)0,&l_1337,&l_1337,&g_788,&g_788,&g_475,&g_788},{&g_788,&g_475,&l_1337,&l_1337,(void*)0,&l_1337,&g_475,(void*)0,&g_475,&l_1337},{&g_788,(void*)0,&l_1337,(void*)0,&g_788,&l_1337,&l_1337,(void*)0,&l_1337,&g_788},{&l_1337,&l_1337,(void*)0,&l_1337,&g_788,&g_788,&l_1337,&l_1337,&g_788,&g_788},{&l_1337,&l_1337,&l_1337,&l_1337,&g_788,&g_475,&l_1337,&l_1337,(void*)0,&l_1337}};
        int8_t *l_1344 = &g_544;
        int32_t l_1345 = 5L;
        int i, j, k;
        l_1326 = (l_1330 , (((safe_lshift_func_uint8_t_u_s(((((*l_1344) = (+((l_1334[1] != l_1336[0][1][0]) < (p_21 ^ (l_1337 , (!(safe_rshift_func_uint16_t_u_s((l_1315 = ((l_1341[3][1] == (void*)0) & (safe_mul_func_int16_t_s_s(1L, p_20)))), 11)))))))) ^ 0xEAL) & l_1326), l_1345)) , l_1346) != &l_1347));
        (*g_102) = &l_1345;
    }
    else
    { /* block id: 610 */
        int32_t **l_1356 = (void*)0;
        int32_t **l_1357 = &g_103[0][3][5];
        int32_t l_1370 = (-1L);
        const uint8_t l_1375 = 0xF6L;
        int16_t ** const ***l_1424[6][3][1] = {{{&g_1422[2]},{&g_1422[2]},{&g_1422[2]}},{{&g_1422[2]},{&g_1422[2]},{&g_1422[2]}},{{&g_1422[2]},{&g_1422[2]},{&g_1422[2]}},{{&g_1422[2]},{&g_1422[2]},{&g_1422[2]}},{{&g_1422[2]},{&g_1422[2]},{&g_1422[2]}},{{&g_1422[2]},{&g_1422[2]},{&g_1422[2]}}};
        union U1 *l_1445 = &g_788;
        const union U0 l_1464 = {0x134D6792B0322D80LL};
        int32_t l_1508 = 0x762F8F35L;
        uint64_t l_1543 = 1UL;
        uint64_t l_1544 = 0x600CDDA8178AC0ABLL;
        int32_t *l_1545[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int i, j, k;
        for (l_1326 = (-15); (l_1326 < (-5)); l_1326++)
        { /* block id: 613 */
            const union U0 *l_1363 = &g_120;
            int32_t l_1385 = 7L;
            int32_t ***l_1386 = &g_907;
            int32_t l_1396 = (-1L);
            union U1 l_1397 = {0UL};
            const int32_t l_1427[5][5] = {{0L,0x30100B7DL,0L,0x30100B7DL,0L},{0x7DCE5E92L,0x7DCE5E92L,4L,4L,0x7DCE5E92L},{0L,0x30100B7DL,0L,0x30100B7DL,0L},{0x7DCE5E92L,4L,4L,0x7DCE5E92L,0x7DCE5E92L},{0L,0x30100B7DL,0L,0x30100B7DL,0L}};
            const uint8_t l_1466 = 0x96L;
            uint64_t l_1512 = 18446744073709551607UL;
            uint8_t l_1522 = 255UL;
            int i, j;
            if ((safe_div_func_int32_t_s_s(((l_1315 = p_20) >= (safe_mul_func_uint16_t_u_u((!((((0x25F0605B488DC4DELL && ((*g_950) == (void*)0)) < (g_282 && 0x2DL)) , &l_1347) == (void*)0)), (~((l_1356 == l_1357) , p_20))))), (-1L))))
            { /* block id: 615 */
                int32_t l_1362 = 0xFA3F404FL;
                union U1 *l_1377[5];
                union U1 **l_1376 = &l_1377[0];
                int32_t l_1380 = 0xD150455CL;
                int32_t *l_1392 = &g_277[1][2];
                int16_t *l_1399[1];
                int16_t **l_1398 = &l_1399[0];
                uint16_t l_1414 = 0x7012L;
                union U0 l_1483 = {18446744073709551615UL};
                union U1 ****l_1519 = (void*)0;
                int i;
                for (i = 0; i < 5; i++)
                    l_1377[i] = (void*)0;
                for (i = 0; i < 1; i++)
                    l_1399[i] = &g_58;
                for (g_79 = 0; (g_79 < (-29)); g_79 = safe_sub_func_int64_t_s_s(g_79, 8))
                { /* block id: 618 */
                    uint16_t l_1372[6][8] = {{8UL,0xF15CL,4UL,65535UL,0x6B99L,1UL,0UL,65535UL},{0x7E60L,0UL,65535UL,0x90E1L,0x6B99L,0xFB69L,0x4C2AL,0x4C2AL},{8UL,0xEA76L,65535UL,65535UL,0xEA76L,8UL,0x084EL,0x7E60L},{65527UL,4UL,0x7E60L,65535UL,65527UL,0xAD3CL,1UL,0x524CL},{0xF15CL,65535UL,0x084EL,65535UL,65535UL,0x7E60L,0x4F00L,0x7E60L},{0xFB69L,65535UL,1UL,65535UL,0xFB69L,0UL,65527UL,0x4C2AL}};
                    int i, j;
                    for (g_617 = 0; (g_617 >= (-16)); g_617--)
                    { /* block id: 621 */
                        const union U0 **l_1364 = &l_1363;
                        if (l_1362)
                            break;
                        (*l_1364) = l_1363;
                    }
                    for (g_171 = 0; (g_171 <= (-26)); g_171 = safe_sub_func_uint64_t_u_u(g_171, 1))
                    { /* block id: 627 */
                        int16_t l_1367 = 0xDB67L;
                        int32_t *l_1368 = &g_286;
                        int32_t *l_1369[3];
                        int i;
                        for (i = 0; i < 3; i++)
                            l_1369[i] = &g_285[9][1];
                        l_1372[5][6]++;
                        if (p_20)
                            continue;
                        if (l_1375)
                            continue;
                        (*l_1368) &= 0x655FC463L;
                    }
                    return p_20;
                }
                if ((l_1376 == (void*)0))
                { /* block id: 635 */
                    int32_t ****l_1387 = &l_1386;
                    int32_t *l_1391 = (void*)0;
                    int8_t *l_1393[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    union U1 l_1412 = {4UL};
                    union U0 l_1438 = {1UL};
                    int i;
                    (*l_1392) = (safe_div_func_int32_t_s_s((l_1385 = (l_1380 & ((safe_mul_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_u((g_1153 = (((((0xA2C2B2A2L ^ 0x188E9C0CL) <= l_1385) <= ((((*l_1387) = l_1386) != (void*)0) == (safe_add_func_uint32_t_u_u(((safe_unary_minus_func_uint64_t_u(((**g_950) ^= ((l_1391 == l_1392) & (p_21 >= l_1337.f0))))) < 0xC1E9L), p_20)))) , p_21) ^ 7UL)), 4)) , 0x02L), p_20)) , 0x71L))), (*l_1392)));
                    if ((1L != (((0xFCL <= ((*g_355) >= ((safe_sub_func_uint8_t_u_u((0x60L || ((l_1371[7][1] <= (((void*)0 == &g_496) ^ 0L)) | 1L)), (*l_1392))) > 2UL))) < 0x6EDE03A5AFE37301LL) <= (-1L))))
                    { /* block id: 641 */
                        if (l_1396)
                            break;
                    }
                    else
                    { /* block id: 643 */
                        uint8_t *l_1413[9] = {&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62};
                        int i;
                        l_1315 = ((((((*g_1006) = (*g_1006)) != (l_1397 , (void*)0)) , l_1398) != (void*)0) > ((((safe_mul_func_uint8_t_u_u((g_62 |= (safe_add_func_uint16_t_u_u((safe_add_func_int8_t_s_s(((safe_lshift_func_int8_t_s_s((p_20 == (safe_sub_func_uint8_t_u_u((*g_355), ((*g_496) <= ((safe_lshift_func_uint8_t_u_u(((l_1412 , p_21) > p_20), 2)) > (**g_950)))))), 5)) <= l_1397.f0), (-6L))), p_21))), l_1385)) > (**g_950)) , p_21) != 0x73084B95EF008E70LL));
                        return l_1414;
                    }
                    if ((safe_lshift_func_int8_t_s_s((*l_1392), 5)))
                    { /* block id: 649 */
                        uint32_t l_1446 = 0x593CD6EEL;
                        l_1446 = (((safe_sub_func_int8_t_s_s(((l_1424[4][0][0] = g_1421[0]) == (void*)0), ((***g_353)--))) ^ g_121.f0) < (l_1427[2][1] > (((safe_add_func_uint64_t_u_u(((safe_lshift_func_uint8_t_u_s(((g_1070[3] &= p_20) ^ (safe_add_func_int32_t_s_s((((l_1397.f0 > (safe_sub_func_uint16_t_u_u((safe_sub_func_int64_t_s_s(p_20, (((l_1438 , (safe_rshift_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((safe_mod_func_int64_t_s_s(g_275[4][0][1], 18446744073709551609UL)), 0xE8FF1C4EDFC2BD16LL)), g_395.f0))) , &l_1412) != l_1445))), 65531UL))) > (**g_950)) & l_1315), p_20))), 4)) > 4294967287UL), g_274)) && l_1371[0][1]) || g_287)));
                    }
                    else
                    { /* block id: 654 */
                        return (*g_496);
                    }
                }
                else
                { /* block id: 657 */
                    int16_t *****l_1465 = &g_1007;
                    int32_t l_1475 = (-1L);
                    int8_t *l_1480 = &g_1153;
                    int8_t *l_1486 = (void*)0;
                    int8_t *l_1487 = (void*)0;
                    int8_t *l_1488 = &g_1070[1];
                    int32_t l_1489 = 0xE0ECA11EL;
                    uint16_t * const l_1492[5] = {&l_1414,&l_1414,&l_1414,&l_1414,&l_1414};
                    union U1 l_1499 = {18446744073709551615UL};
                    uint32_t *l_1521[8] = {&l_1337.f0,&l_1499.f0,&l_1499.f0,&l_1337.f0,&l_1499.f0,&l_1499.f0,&l_1337.f0,&l_1499.f0};
                    int16_t l_1525 = 1L;
                    union U0 l_1533 = {18446744073709551607UL};
                    int i;
                    for (l_1362 = 8; (l_1362 >= 0); l_1362 -= 1)
                    { /* block id: 660 */
                        int8_t *l_1449[7][6] = {{&g_1070[1],&g_1070[1],&g_1070[1],&g_1070[1],&g_1070[1],&g_1070[1]},{&g_617,&g_1070[1],&g_1070[1],&g_1070[1],&g_617,&g_617},{&g_1070[1],&g_544,&g_544,&g_1070[1],&g_617,&g_1070[1]},{&g_1070[1],&g_617,&g_1070[1],&g_544,&g_544,&g_1070[1]},{&g_1070[1],&g_1070[1],&g_544,&g_1070[1],&g_544,&g_1070[1]},{&g_544,&g_617,&g_1070[1],&g_1070[1],&g_617,&g_544},{&g_1070[1],&g_544,&g_1070[1],&g_544,&g_1070[1],&g_1070[1]}};
                        int32_t *l_1470[7][5][6] = {{{(void*)0,&g_288,&g_278,(void*)0,(void*)0,&g_278},{&g_281[1][0],&g_281[1][0],(void*)0,(void*)0,&g_288,&g_107},{(void*)0,(void*)0,&l_1362,&g_107,&l_1362,(void*)0},{(void*)0,(void*)0,&l_1362,&g_275[6][9][0],&g_281[1][0],&g_107},{&g_278,&g_275[6][9][0],(void*)0,(void*)0,&g_275[6][9][0],&g_278}},{{(void*)0,&g_275[6][9][0],&g_278,&l_1326,&g_281[1][0],&l_1362},{&l_1362,(void*)0,(void*)0,(void*)0,&l_1362,&g_275[6][9][0]},{&l_1362,(void*)0,(void*)0,&l_1326,&g_288,&g_288},{(void*)0,&g_281[1][0],&g_281[1][0],(void*)0,(void*)0,&g_288},{&g_278,&g_288,(void*)0,&g_275[6][9][0],&l_1326,&g_275[6][9][0]}},{{(void*)0,(void*)0,(void*)0,&g_107,&l_1326,&l_1362},{(void*)0,&g_288,&g_278,(void*)0,(void*)0,&g_278},{&g_281[1][0],&g_281[1][0],(void*)0,(void*)0,&g_288,&g_107},{(void*)0,(void*)0,&l_1362,&g_107,&l_1362,(void*)0},{(void*)0,(void*)0,&l_1362,&g_275[6][9][0],&g_281[1][0],&g_107}},{{&g_278,&g_275[6][9][0],(void*)0,(void*)0,&g_275[6][9][0],&g_278},{(void*)0,&g_275[6][9][0],&g_278,&l_1326,&g_281[1][0],&l_1362},{&l_1362,(void*)0,(void*)0,(void*)0,&l_1362,&g_275[6][9][0]},{&l_1362,(void*)0,(void*)0,&l_1326,&g_288,&g_288},{(void*)0,&g_281[1][0],&g_281[1][0],(void*)0,(void*)0,&g_288}},{{&g_278,&g_288,(void*)0,&g_275[6][9][0],&l_1326,&g_275[6][9][0]},{(void*)0,(void*)0,(void*)0,&g_107,&l_1326,&l_1362},{(void*)0,&g_288,&g_278,(void*)0,(void*)0,&g_278},{&g_281[1][0],&g_281[1][0],(void*)0,(void*)0,&g_288,&g_107},{(void*)0,(void*)0,&l_1362,&g_107,&l_1362,(void*)0}},{{(void*)0,(void*)0,&l_1362,&g_275[6][9][0],&g_281[1][0],&g_107},{&g_278,&g_275[6][9][0],(void*)0,(void*)0,&g_275[6][9][0],(void*)0},{&g_281[1][0],(void*)0,(void*)0,&g_288,&g_107,&g_278},{&g_278,(void*)0,&g_275[6][9][0],(void*)0,&g_278,(void*)0},{&g_278,&g_281[1][0],(void*)0,&g_288,&l_1362,&l_1362}},{{&g_281[1][0],&g_107,&g_107,&g_281[1][0],&g_275[6][9][0],&l_1362},{(void*)0,&l_1362,(void*)0,(void*)0,&g_288,(void*)0},{&g_275[6][9][0],&l_1326,&g_275[6][9][0],(void*)0,&g_288,&g_278},{(void*)0,&l_1362,(void*)0,&g_275[6][9][0],&g_275[6][9][0],(void*)0},{&g_107,&g_107,&g_281[1][0],&g_275[6][9][0],&l_1362,(void*)0}}};
                        int i, j, k;
                        l_1315 |= (safe_add_func_int8_t_s_s((l_1385 = g_285[(l_1362 + 1)][(l_1362 + 1)]), (((((safe_add_func_uint16_t_u_u((((((void*)0 != g_1452) >= p_20) , (((safe_mul_func_uint16_t_u_u(g_285[(l_1362 + 1)][(l_1362 + 1)], (safe_lshift_func_int16_t_s_s((safe_div_func_int64_t_s_s((((18446744073709551615UL >= (((safe_div_func_int64_t_s_s((safe_sub_func_int64_t_s_s(((((l_1464 , l_1465) != (p_20 , &g_1422[2])) >= l_1466) < (-5L)), (-7L))), 1L)) < 4294967295UL) , (**g_950))) , &l_1363) == l_1467), 8UL)), 11)))) , 0x9AL) & g_617)) && 0UL), l_1396)) < 4294967293UL) ^ l_1469) , (*l_1392)) || l_1427[2][1])));
                    }
                    if ((((((**l_1465) == ((((((safe_mod_func_uint16_t_u_u((safe_rshift_func_int16_t_s_s(l_1475, 6)), (*l_1392))) < (&l_1386 != ((l_1489 = ((((*l_1488) = (safe_add_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s(((*l_1480) |= p_20), 2)), ((((safe_sub_func_uint8_t_u_u(((l_1483 , (safe_mul_func_int8_t_s_s(((l_1326 ^ ((*l_1335) ^= g_275[2][5][0])) && (65526UL | 0x10FFL)), (-4L)))) , (***g_353)), l_1326)) < 0x5B50L) >= g_478[3]) < l_1330)))) & 0x7DL) > 18446744073709551615UL)) , (void*)0))) <= (**g_950)) > 0xA3L) && p_21) , (void*)0)) != g_280) > p_20) <= 0x1DFD515DL))
                    { /* block id: 668 */
                        uint16_t **l_1490 = &l_1325[1];
                        int32_t l_1502 = 0xB86CE23BL;
                        int32_t *l_1503 = &l_1385;
                        int32_t *l_1504 = (void*)0;
                        int32_t *l_1505 = &g_281[3][0];
                        int32_t *l_1506 = (void*)0;
                        int32_t *l_1507 = &g_288;
                        int32_t *l_1509 = &g_275[2][5][0];
                        int32_t *l_1510 = &g_673[8];
                        int32_t *l_1511[3][9] = {{&g_73,&g_73,&l_1315,&g_73,&g_73,&l_1315,&g_73,&g_73,&l_1315},{&l_1396,&g_287,&g_280,&g_287,&l_1396,&g_73,&l_1396,&g_287,&g_280},{&g_73,&g_73,&l_1315,&g_73,&g_73,&l_1315,&g_73,&g_73,&l_1315}};
                        int i, j;
                        (*l_1392) = ((l_1464 , (((g_1491 = ((*l_1490) = &g_924)) != l_1492[1]) != (p_21 , ((1UL != ((((safe_sub_func_int8_t_s_s((g_288 , (g_1153 = (safe_sub_func_int32_t_s_s((safe_mod_func_uint16_t_u_u(((l_1499 , (-3L)) >= (safe_rshift_func_int8_t_s_s(l_1502, 3))), 0xBE43L)), g_274)))), 0x61L)) , 4L) || l_1427[2][2]) ^ p_20)) && g_271)))) >= l_1499.f1);
                        l_1512++;
                    }
                    else
                    { /* block id: 674 */
                        uint16_t **l_1517 = &l_1325[3];
                        uint16_t ***l_1516 = &l_1517;
                        uint16_t ****l_1515 = &l_1516;
                        uint16_t *****l_1518 = &l_1515;
                        (*l_1518) = l_1515;
                        (*l_1392) = (l_1519 == (void*)0);
                        l_1489 &= p_21;
                        if (l_1499.f0)
                            break;
                    }
                    (*l_1392) = ((**g_950) || ((+p_20) > (((--l_1522) , l_1525) , (safe_lshift_func_uint16_t_u_s((((safe_sub_func_int32_t_s_s(l_1375, (l_1489 = 4294967295UL))) > (l_1385 |= 0x5158L)) | ((**l_1398) = l_1499.f1)), ((l_1315 = ((l_1530 == (l_1533 , &g_354)) , 0x3FC9L)) || 0xFADBL))))));
                }
            }
            else
            { /* block id: 687 */
                uint16_t l_1536 = 0xE1F4L;
                l_1315 = (safe_sub_func_int16_t_s_s((-1L), l_1536));
            }
            for (g_287 = 3; (g_287 >= 0); g_287 -= 1)
            { /* block id: 692 */
                int i, j;
                if (g_673[g_287])
                    break;
                if (g_277[g_287][(g_287 + 2)])
                    continue;
            }
            return (**g_950);
        }
        l_1326 ^= (l_1337 , (l_1508 = ((((((*g_496) & ((void*)0 != (**g_1006))) >= (p_20 == l_1315)) || ((*g_496) = (7UL || (safe_rshift_func_uint8_t_u_s((safe_lshift_func_int8_t_s_u((safe_rshift_func_int16_t_s_s(p_21, 1)), p_20)), p_21))))) != l_1543) != l_1544)));
        l_1315 = ((((*g_496) != 0x231B3F56B7AC1F83LL) , l_1337) , (safe_mul_func_int8_t_s_s((~0x3CC80ACD4E431E3BLL), (p_21 , l_1337.f0))));
    }
    return (*g_496);
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_62 g_85 g_58 g_103 g_121 g_107 g_71 g_121.f0 g_73 g_355 g_291 g_353 g_354 g_102 g_285 g_478 g_286 g_271 g_282 g_79 g_475.f1 g_281 g_227 g_171 g_273 g_575 g_496 g_544 g_395.f0 g_673 g_690 g_359 g_287 g_334 g_284 g_274 g_283 g_475.f0 g_279 g_288 g_280 g_277 g_475 g_449 g_950 g_1006 g_924 g_394 g_395 g_617 g_1089 g_1097 g_393.f0 g_278 g_275 g_788.f0
 * writes: g_58 g_62 g_71 g_85 g_73 g_107 g_291 g_103 g_474 g_496 g_171 g_79 g_273 g_120.f0 g_575 g_121.f0 g_359 g_544 g_690 g_696 g_617 g_284 g_274 g_283 g_227 g_279 g_907 g_673 g_280 g_950 g_475.f0 g_995 g_1006 g_924 g_285 g_1089 g_1007 g_1153 g_1070
 */
static const int8_t  func_22(uint32_t  p_23, int8_t  p_24, uint64_t  p_25)
{ /* block id: 2 */
    int8_t l_40 = 0L;
    int16_t *l_57 = &g_58;
    uint8_t *l_61 = &g_62;
    int32_t l_67 = 0xEF5EAD4AL;
    int64_t l_68 = 0x15869B92B2C22B60LL;
    const uint32_t l_69 = 0xDE151060L;
    int32_t *l_70 = &g_71;
    int32_t l_943 = 0x3764A5DCL;
    uint8_t l_944 = 0UL;
    uint64_t l_945 = 18446744073709551615UL;
    union U0 *l_1188 = &g_120;
    union U0 **l_1187 = &l_1188;
    uint64_t l_1190 = 0UL;
    union U1 l_1251 = {1UL};
    int8_t l_1256 = 0x60L;
    int32_t l_1302 = (-1L);
    int32_t l_1304 = 0x48AABCEBL;
    int32_t l_1305 = 0x705FA8C7L;
    int32_t l_1307[7] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
    int i;
    if (func_30(p_24, (safe_lshift_func_uint16_t_u_s((((safe_mul_func_uint8_t_u_u(((0xAD11E7587697AB83LL && (l_40 | (safe_mod_func_uint16_t_u_u(l_40, func_43(func_46(((*l_70) = (safe_sub_func_int32_t_s_s(((p_24 | g_4) == (((safe_lshift_func_int8_t_s_u((((*l_57) = (safe_add_func_uint16_t_u_u(p_25, 0x25CCL))) <= (((safe_add_func_uint8_t_u_u((--(*l_61)), (((safe_mul_func_uint8_t_u_u((l_67 ^= g_4), 0xF1L)) <= 0xD40F69FFL) | p_23))) ^ l_40) < l_68)), p_25)) & l_69) <= 0x3E235BD6L)), g_4))), g_4), p_25))))) > p_23), g_280)) > p_25) > l_943), l_944)), g_449, l_944, l_945))
    { /* block id: 537 */
        union U1 l_1159 = {0x53544162L};
        int8_t *l_1170 = (void*)0;
        int32_t l_1171[9] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
        int i;
        l_1171[8] |= ((safe_mul_func_int16_t_s_s(((l_1159 , l_1159) , ((*l_57) = (~(((p_23 >= l_1159.f0) && (p_23 == (safe_lshift_func_uint16_t_u_s((safe_add_func_uint8_t_u_u((((((g_1153 = (safe_sub_func_int16_t_s_s((safe_add_func_uint8_t_u_u((((!((***g_353) != (**g_354))) && (((p_25 && (g_449 & g_79)) == p_23) == (*g_496))) & l_944), l_1159.f0)), p_25))) ^ 0x5CL) ^ 0x89A08A66L) & l_944) , l_67), p_23)), p_24)))) <= 65535UL)))), p_24)) ^ p_25);
    }
    else
    { /* block id: 541 */
        int32_t ** const l_1178 = (void*)0;
        union U0 *l_1186[2][10] = {{(void*)0,&g_120,&g_121,&g_121,&g_120,(void*)0,&g_120,&g_121,&g_121,&g_120},{(void*)0,&g_120,&g_121,&g_121,&g_120,(void*)0,&g_120,&g_121,&g_121,&g_120}};
        union U0 **l_1185 = &l_1186[0][4];
        int8_t *l_1189[10] = {&g_1070[1],&g_1070[2],&g_1070[1],&g_1070[2],&g_1070[1],&g_1070[2],&g_1070[1],&g_1070[2],&g_1070[1],&g_1070[2]};
        int32_t l_1211 = 0x76B8A20EL;
        uint64_t l_1212[5][7][7] = {{{18446744073709551615UL,18446744073709551615UL,0x668334100E7321A3LL,18446744073709551614UL,0x45BDB3F08D2FE3DFLL,0x7137110F6688AC7CLL,0x6B84EC8B491530DDLL},{3UL,0x9198BC0A11E04C77LL,0x6CD201DC904629DALL,0x01ADCC9616D8623ALL,0x064F0D9183A8CD8DLL,0UL,0x37198EB5C74C8718LL},{1UL,18446744073709551608UL,1UL,7UL,18446744073709551615UL,1UL,0xC4E4C0326A557D93LL},{0xEC5F0C564521A7BELL,0x0334B0466CD5E54BLL,0x01ADCC9616D8623ALL,0x900104015263BFE3LL,0x1962B708B0665FF4LL,18446744073709551614UL,18446744073709551615UL},{18446744073709551613UL,0xEC5F0C564521A7BELL,0x1499E5CC3CA9EA83LL,18446744073709551606UL,0xB5808B00552BC2B8LL,18446744073709551608UL,18446744073709551615UL},{18446744073709551613UL,0x1914253A5096FA81LL,0xF1928E13F7B1EFFBLL,0x0334B0466CD5E54BLL,18446744073709551606UL,0xD54256382E950B11LL,0x7137110F6688AC7CLL},{0xEC5F0C564521A7BELL,0x57F76CBEE93D5397LL,1UL,0x5231BDE1CC5AFC00LL,1UL,0x01ADCC9616D8623ALL,0xB5808B00552BC2B8LL}},{{1UL,0xD54256382E950B11LL,4UL,0xF1928E13F7B1EFFBLL,0x3080498B74DBA397LL,1UL,18446744073709551608UL},{3UL,0UL,1UL,18446744073709551606UL,18446744073709551606UL,1UL,0UL},{18446744073709551615UL,1UL,18446744073709551615UL,0x9F90F73765151B6CLL,0x0334B0466CD5E54BLL,0x1499E5CC3CA9EA83LL,0xF1928E13F7B1EFFBLL},{0UL,18446744073709551615UL,7UL,18446744073709551615UL,1UL,0xD54256382E950B11LL,18446744073709551607UL},{0x668334100E7321A3LL,0xD54256382E950B11LL,0x7A4D59D992DBCB81LL,7UL,18446744073709551611UL,0x28B2953F68A8AA60LL,0x9198BC0A11E04C77LL},{0UL,18446744073709551607UL,1UL,0x668334100E7321A3LL,1UL,1UL,1UL},{0x3080498B74DBA397LL,1UL,0x9F90F73765151B6CLL,0x7137110F6688AC7CLL,18446744073709551607UL,1UL,0UL}},{{18446744073709551615UL,0x064F0D9183A8CD8DLL,0x41875852AC282740LL,0x79E37597655EA479LL,4UL,0x9F90F73765151B6CLL,0UL},{0xB5808B00552BC2B8LL,0x9029F8A1EA898F0CLL,0UL,1UL,8UL,1UL,0x79E37597655EA479LL},{18446744073709551613UL,18446744073709551615UL,1UL,0x9198BC0A11E04C77LL,0x5A332A2FD7B73D4DLL,18446744073709551615UL,0x79E37597655EA479LL},{6UL,1UL,4UL,18446744073709551614UL,0x79E37597655EA479LL,0x1962B708B0665FF4LL,0UL},{0x1962B708B0665FF4LL,0x51B12E76231EE244LL,18446744073709551613UL,0x579942D145131E1CLL,18446744073709551615UL,0xCE5F0C7930719EFDLL,0UL},{0x9029F8A1EA898F0CLL,0x9198BC0A11E04C77LL,0x1962B708B0665FF4LL,0xC4E4C0326A557D93LL,0xEC5F0C564521A7BELL,3UL,1UL},{0x9198BC0A11E04C77LL,0x7A4D59D992DBCB81LL,0x6B84EC8B491530DDLL,1UL,0x6B84EC8B491530DDLL,0x7A4D59D992DBCB81LL,0x9198BC0A11E04C77LL}},{{18446744073709551613UL,0x57F76CBEE93D5397LL,18446744073709551606UL,0UL,0UL,1UL,18446744073709551607UL},{18446744073709551614UL,0UL,18446744073709551615UL,0x1962B708B0665FF4LL,0x5231BDE1CC5AFC00LL,0x579942D145131E1CLL,0xF1928E13F7B1EFFBLL},{18446744073709551615UL,0x900104015263BFE3LL,18446744073709551606UL,1UL,18446744073709551615UL,18446744073709551608UL,0xB5808B00552BC2B8LL},{0x1499E5CC3CA9EA83LL,4UL,0x6B84EC8B491530DDLL,7UL,1UL,18446744073709551607UL,1UL},{0x9F90F73765151B6CLL,0xF1928E13F7B1EFFBLL,0x1962B708B0665FF4LL,0xF4F164FF95E73803LL,18446744073709551615UL,0x45BDB3F08D2FE3DFLL,3UL},{0x7137110F6688AC7CLL,0xCE5F0C7930719EFDLL,18446744073709551613UL,0x7A4D59D992DBCB81LL,1UL,0x9198BC0A11E04C77LL,18446744073709551615UL},{18446744073709551606UL,0x37198EB5C74C8718LL,4UL,0x45BDB3F08D2FE3DFLL,0xC4E4C0326A557D93LL,0x3080498B74DBA397LL,0x5231BDE1CC5AFC00LL}},{{0x79E37597655EA479LL,0xEC5F0C564521A7BELL,1UL,0UL,0x28B2953F68A8AA60LL,0x3080498B74DBA397LL,0x9029F8A1EA898F0CLL},{0x579942D145131E1CLL,18446744073709551606UL,0UL,0xE21AFFB768A075FELL,6UL,0x9198BC0A11E04C77LL,0xEDCB793A6689A198LL},{18446744073709551615UL,1UL,0x41875852AC282740LL,18446744073709551613UL,0x900104015263BFE3LL,0x45BDB3F08D2FE3DFLL,18446744073709551608UL},{18446744073709551615UL,1UL,0x9F90F73765151B6CLL,0x37198EB5C74C8718LL,0x33389E127B1C0F5ELL,18446744073709551607UL,0x7A4D59D992DBCB81LL},{18446744073709551608UL,0x579942D145131E1CLL,1UL,1UL,0x579942D145131E1CLL,18446744073709551608UL,0x23E131FC87F834CDLL},{8UL,0x1962B708B0665FF4LL,0x7A4D59D992DBCB81LL,18446744073709551615UL,0x9F90F73765151B6CLL,0x579942D145131E1CLL,18446744073709551611UL},{18446744073709551606UL,18446744073709551608UL,7UL,1UL,0UL,1UL,0x37198EB5C74C8718LL}}};
        uint16_t *l_1286 = (void*)0;
        uint16_t **l_1285 = &l_1286;
        int32_t l_1306 = 0xC22A8942L;
        int i, j, k;
lbl_1313:
        if ((p_23 != ((safe_mod_func_int8_t_s_s(((safe_rshift_func_int16_t_s_s((p_23 , (safe_add_func_int32_t_s_s(p_25, ((void*)0 == l_1178)))), (safe_mod_func_int8_t_s_s((l_1190 = (((safe_mod_func_uint32_t_u_u((safe_mul_func_int8_t_s_s((((g_274 , (((((p_25 | (l_1185 == l_1187)) > 0xC2L) , p_24) || p_24) != g_288)) , 9UL) , l_943), 0xAEL)), 0x98578FCAL)) || 0x7CL) < 0L)), p_25)))) & 0xF632L), (*g_355))) >= p_24)))
        { /* block id: 543 */
            int32_t *l_1193[10] = {&g_673[4],&g_673[4],&g_673[4],&g_673[4],&g_673[4],&g_673[4],&g_673[4],&g_673[4],&g_673[4],&g_673[4]};
            int i;
            for (g_544 = (-28); (g_544 < 23); g_544 = safe_add_func_int16_t_s_s(g_544, 7))
            { /* block id: 546 */
                (*l_1185) = &g_120;
            }
            l_67 = p_24;
        }
        else
        { /* block id: 550 */
            int64_t l_1199 = 0x49F22B3AC522D3E8LL;
            int32_t l_1219 = (-1L);
            int32_t l_1235 = 8L;
            uint64_t *l_1284 = &g_1097;
            uint64_t ** const l_1283 = &l_1284;
            uint64_t ** const *l_1282 = &l_1283;
            int32_t l_1303[9][4] = {{0x0D877F25L,(-1L),(-1L),0x0D877F25L},{0L,9L,(-6L),0x589D2B6CL},{(-1L),0x5AB4D46BL,0x23D8020DL,0x5AB4D46BL},{0x5AB4D46BL,(-6L),0L,0x5AB4D46BL},{0L,0x5AB4D46BL,0x589D2B6CL,0x589D2B6CL},{9L,9L,0x23D8020DL,(-1L)},{9L,(-6L),0x589D2B6CL,9L},{0L,(-1L),0L,0x589D2B6CL},{0x5AB4D46BL,(-1L),0x23D8020DL,9L}};
            uint16_t l_1308 = 65526UL;
            int i, j;
            for (g_107 = 1; (g_107 >= 0); g_107 -= 1)
            { /* block id: 553 */
                uint64_t l_1210[2];
                uint16_t *l_1238[10][10][2] = {{{&g_924,&g_924},{&g_924,&g_924},{&g_924,(void*)0},{&g_924,&g_924},{&g_924,(void*)0},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{(void*)0,&g_924}},{{&g_924,&g_924},{&g_924,(void*)0},{&g_924,&g_924},{&g_924,&g_924},{(void*)0,&g_924},{&g_924,&g_924},{&g_924,&g_924},{(void*)0,&g_924},{&g_924,&g_924},{&g_924,(void*)0}},{{&g_924,&g_924},{&g_924,&g_924},{(void*)0,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,(void*)0},{&g_924,&g_924},{&g_924,(void*)0},{&g_924,&g_924}},{{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{(void*)0,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{(void*)0,&g_924},{&g_924,&g_924}},{{&g_924,&g_924},{&g_924,&g_924},{&g_924,(void*)0},{&g_924,(void*)0},{&g_924,&g_924},{(void*)0,(void*)0},{&g_924,&g_924},{&g_924,&g_924},{(void*)0,(void*)0},{(void*)0,&g_924}},{{&g_924,&g_924},{(void*)0,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,(void*)0},{&g_924,(void*)0},{&g_924,&g_924},{&g_924,&g_924}},{{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{(void*)0,&g_924},{&g_924,&g_924},{(void*)0,(void*)0},{(void*)0,&g_924},{&g_924,&g_924},{&g_924,(void*)0},{(void*)0,&g_924}},{{&g_924,(void*)0},{&g_924,(void*)0},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{(void*)0,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924}},{{&g_924,(void*)0},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,(void*)0},{&g_924,&g_924},{(void*)0,&g_924},{&g_924,&g_924}},{{&g_924,&g_924},{&g_924,&g_924},{(void*)0,&g_924},{&g_924,&g_924},{&g_924,&g_924},{&g_924,(void*)0},{&g_924,&g_924},{&g_924,&g_924},{(void*)0,&g_924},{(void*)0,&g_924}}};
                int32_t l_1245[8];
                uint32_t l_1246 = 0x9C152D13L;
                uint64_t **l_1264 = (void*)0;
                int32_t l_1293 = 0xE8C9DBA4L;
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_1210[i] = 0x929F0E38581A6F4DLL;
                for (i = 0; i < 8; i++)
                    l_1245[i] = 0xD25DFDEFL;
                if ((safe_mul_func_int8_t_s_s((((!(((((safe_mod_func_int8_t_s_s((g_1070[2] = (l_1199 | (p_23 > (((safe_mul_func_int16_t_s_s((safe_sub_func_uint64_t_u_u(((safe_add_func_int32_t_s_s(p_25, (safe_mul_func_uint8_t_u_u(l_67, (safe_lshift_func_int16_t_s_u(l_69, (l_1199 ^ l_1199))))))) == p_25), (((0x247CL | (-1L)) & p_25) , l_1210[1]))), 0xB361L)) || 1UL) < l_1211)))), p_23)) == l_1211) < l_40) | g_788.f0) != p_23)) | p_25) ^ l_1212[2][0][1]), 0UL)))
                { /* block id: 555 */
                    union U1 l_1228[8] = {{0x5167045EL},{0x5167045EL},{0x5167045EL},{0x5167045EL},{0x5167045EL},{0x5167045EL},{0x5167045EL},{0x5167045EL}};
                    int i;
                    for (g_283 = 3; (g_283 >= 0); g_283 -= 1)
                    { /* block id: 558 */
                        int64_t *l_1236 = (void*)0;
                        int32_t *l_1237 = &g_274;
                        uint8_t l_1242 = 9UL;
                        const uint16_t l_1243 = 65535UL;
                        int i, j;
                        (*l_1237) = ((g_1089[(g_107 + 2)][(g_283 + 3)] | ((((safe_sub_func_uint8_t_u_u(p_24, (safe_div_func_uint16_t_u_u((0L == (safe_add_func_uint64_t_u_u((((void*)0 == (*g_353)) > (((**g_354) = l_1219) , (safe_rshift_func_int16_t_s_s((safe_mul_func_int16_t_s_s((p_25 != (((((((*l_57) &= (l_1235 = (safe_rshift_func_uint8_t_u_s(((safe_lshift_func_uint16_t_u_u((((l_1228[1] , (safe_div_func_uint16_t_u_u(((((safe_mod_func_uint64_t_u_u((safe_sub_func_int32_t_s_s(l_1228[1].f0, p_24)), 0x9AA10A4A6D362DDELL)) & l_69) <= 1L) , 0x83EFL), p_25))) == l_1228[1].f1) ^ (*g_496)), 0)) >= 0x3BFB8F8EL), 1)))) >= l_945) <= 1L) & (***g_353)) , (void*)0) == l_1236)), 0L)), 3)))), 0xDA83A254F47AAD03LL))), 0x7764L)))) >= p_24) | l_1212[0][4][5]) >= p_25)) & (**g_950));
                        (*l_1237) ^= ((&g_924 == l_1238[6][4][1]) || ((~(safe_lshift_func_int8_t_s_u(l_1242, 4))) ^ 0x8B61FF5792044251LL));
                        if (l_1243)
                            continue;
                        return g_1089[2][1];
                    }
                    if (l_945)
                        break;
                    l_67 &= p_23;
                }
                else
                { /* block id: 569 */
                    int32_t *l_1244[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    uint64_t ** const *l_1281[4][2];
                    uint32_t *l_1292 = &g_1089[2][1];
                    int i, j;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 2; j++)
                            l_1281[i][j] = (void*)0;
                    }
                    l_1246++;
                    for (g_85 = 0; (g_85 <= 3); g_85 += 1)
                    { /* block id: 573 */
                        uint64_t *l_1261 = &l_1210[1];
                        int32_t l_1267 = 5L;
                        l_1267 = (safe_div_func_int16_t_s_s((l_1251 , ((safe_rshift_func_int8_t_s_u(((g_924 = (safe_add_func_int16_t_s_s(l_1256, ((safe_add_func_int8_t_s_s((safe_div_func_uint64_t_u_u(((*l_1261) |= (*g_496)), ((0xFAL >= (l_1199 == ((safe_sub_func_uint32_t_u_u(((void*)0 != l_1264), ((safe_sub_func_uint32_t_u_u(p_25, (-1L))) >= l_1212[2][0][1]))) >= p_24))) & l_1212[3][2][3]))), 9UL)) , l_1267)))) ^ l_1212[0][2][5]), 1)) , p_23)), p_23));
                        if (p_24)
                            break;
                    }
                    l_67 &= (l_1211 = (safe_sub_func_uint16_t_u_u((safe_add_func_uint32_t_u_u((((*l_1292) ^= (((safe_rshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s((g_924 = ((safe_add_func_uint16_t_u_u((safe_mod_func_uint64_t_u_u(((*g_496) = l_1245[5]), (+0x57L))), (((*l_57) = ((l_1282 = l_1281[3][1]) != l_1281[3][1])) ^ ((((g_1097 , l_1285) == &l_1286) , ((((l_1199 , (safe_unary_minus_func_uint16_t_u((safe_rshift_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(g_334, p_23)), 8))))) , l_1212[4][3][3]) >= p_23) >= 1UL)) || p_24)))) , 65529UL)), 5)), g_73)) > p_23) > p_25)) > l_1219), l_1293)), 0x739AL)));
                }
                for (g_544 = 0; (g_544 <= 3); g_544 += 1)
                { /* block id: 589 */
                    int32_t *l_1294 = &g_281[3][0];
                    int32_t *l_1295 = &l_1235;
                    int32_t l_1296 = 5L;
                    int32_t *l_1297 = (void*)0;
                    int32_t *l_1298 = &g_277[0][4];
                    int32_t *l_1299 = &g_274;
                    int32_t *l_1300 = &g_79;
                    int32_t *l_1301[9] = {&g_272,&l_1245[6],&g_272,&g_272,&l_1245[6],&g_272,&g_272,&l_1245[6],&g_272};
                    int i;
                    l_1308--;
                }
            }
            return p_23;
        }
        for (l_68 = (-1); (l_68 != 9); l_68++)
        { /* block id: 597 */
            if (g_449)
                goto lbl_1313;
        }
    }
    return l_944;
}


/* ------------------------------------------ */
/* 
 * reads : g_291 g_102 g_950 g_496 g_288 g_354 g_355 g_85 g_690 g_285 g_1006 g_924 g_171 g_394 g_395 g_107 g_227 g_475.f1 g_71 g_287 g_617 g_121.f0 g_1089 g_673 g_1097 g_393.f0 g_271 g_478 g_284 g_278 g_275 g_280
 * writes: g_291 g_280 g_950 g_103 g_227 g_284 g_85 g_475.f0 g_690 g_995 g_1006 g_924 g_171 g_285 g_107 g_71 g_617 g_544 g_1089 g_1007 g_474
 */
static int32_t  func_30(int64_t  p_31, uint8_t  p_32, int32_t  p_33, int32_t  p_34, uint64_t  p_35)
{ /* block id: 391 */
    int32_t *l_946 = &g_291;
    int32_t l_960 = 0x21E02DAEL;
    int32_t l_961 = 0xCA3FF57CL;
    int32_t l_962[6] = {2L,1L,2L,2L,1L,2L};
    uint8_t l_963 = 1UL;
    int16_t *l_1041 = (void*)0;
    uint8_t l_1047 = 1UL;
    int64_t l_1122 = 0x336E62F3EF6CD51ALL;
    const union U1 *l_1139 = (void*)0;
    int32_t *l_1142 = &g_285[9][1];
    int32_t *l_1143 = &g_673[4];
    int32_t *l_1144 = &g_280;
    int32_t *l_1145 = (void*)0;
    int32_t *l_1146 = &l_962[4];
    int32_t *l_1147 = &g_73;
    int32_t *l_1148 = (void*)0;
    int32_t *l_1149 = &g_291;
    int32_t *l_1150 = &l_962[4];
    int32_t *l_1151 = &g_280;
    int32_t *l_1152[5][9][5] = {{{(void*)0,&g_278,&g_275[2][5][0],&g_278,(void*)0},{&l_961,(void*)0,(void*)0,&g_273,&g_288},{&g_281[3][0],&g_274,&g_272,&g_272,&g_274},{(void*)0,&g_284,&g_286,(void*)0,&g_288},{&g_278,&g_272,(void*)0,&g_272,(void*)0},{&g_288,&g_281[3][0],&l_961,&l_962[4],&g_286},{&g_278,&g_285[9][4],&g_281[3][0],&g_275[2][5][0],&g_275[2][5][0]},{(void*)0,&l_962[4],(void*)0,&g_282,&g_673[5]},{&g_281[3][0],&g_285[9][4],&g_278,&g_274,&l_961}},{{&l_961,&g_281[3][0],&g_288,&g_286,(void*)0},{(void*)0,&g_272,&g_278,&l_961,&g_285[9][4]},{&g_286,&g_284,(void*)0,&g_284,&g_286},{&g_272,&g_274,&g_281[3][0],&l_961,&g_282},{(void*)0,(void*)0,&l_961,&g_286,&g_288},{&g_275[2][5][0],&g_278,(void*)0,&g_274,&g_282},{&g_283,&g_286,&g_286,&g_282,&g_286},{&g_282,&g_282,&g_272,&g_275[2][5][0],&g_285[9][4]},{&g_283,&g_287,(void*)0,&l_962[4],(void*)0}},{{&g_275[2][5][0],&g_283,&g_275[2][5][0],&g_272,&l_961},{(void*)0,&g_287,&g_283,(void*)0,&g_673[5]},{&g_272,&g_282,&g_282,&g_272,&g_275[2][5][0]},{&g_286,&g_286,&g_283,&g_273,&g_286},{(void*)0,&g_278,&g_275[2][5][0],&g_278,(void*)0},{&l_961,(void*)0,(void*)0,&g_287,(void*)0},{&g_275[2][5][0],&g_272,&g_282,&g_282,&g_272},{&g_288,&l_962[4],(void*)0,&g_286,(void*)0},{&g_283,&g_282,&g_281[3][0],&g_278,&g_281[3][0]}},{{(void*)0,&g_282,&g_288,(void*)0,&g_286},{&g_283,(void*)0,&g_275[2][5][0],&g_274,&g_274},{&g_288,&g_273,&g_288,&g_284,&g_286},{&g_275[2][5][0],(void*)0,&g_283,&g_272,&g_285[9][4]},{&g_288,&g_282,(void*)0,&g_281[3][0],&g_288},{&g_281[3][0],&g_282,&g_283,&g_285[9][4],(void*)0},{(void*)0,&l_962[4],&g_288,&l_962[4],(void*)0},{&g_282,&g_272,&g_275[2][5][0],&g_285[9][4],&g_272},{(void*)0,&g_286,&g_288,&g_281[3][0],&l_961}},{{&g_274,&g_283,&g_281[3][0],&g_272,&g_272},{&l_962[4],&g_281[3][0],(void*)0,&g_284,(void*)0},{&g_272,&g_272,&g_282,&g_274,(void*)0},{&l_962[4],(void*)0,(void*)0,(void*)0,&g_288},{&g_274,&l_961,&g_274,&g_278,&g_285[9][4]},{(void*)0,(void*)0,&l_962[4],&g_286,&g_286},{&g_282,&g_272,&g_272,&g_282,&g_274},{(void*)0,&g_281[3][0],&l_962[4],&g_287,&g_286},{&g_281[3][0],&g_283,&g_274,&g_283,&g_281[3][0]}}};
    uint32_t l_1154 = 4294967288UL;
    int i, j, k;
lbl_1141:
    if (((*l_946) = (-10L)))
    { /* block id: 393 */
        union U1 l_949 = {0x533332BEL};
        int32_t *l_951 = &g_271;
        int32_t *l_952 = (void*)0;
        int32_t *l_953 = &g_271;
        int32_t *l_954 = &g_281[4][0];
        int32_t l_955 = 0xB114A987L;
        int32_t *l_956 = &g_278;
        int32_t *l_957 = &g_673[4];
        int32_t *l_958 = &g_281[4][0];
        int32_t *l_959[8][7][4] = {{{&g_281[3][0],&g_288,&g_272,(void*)0},{&g_285[1][2],&g_287,&g_281[3][0],&g_274},{&g_274,&g_286,&g_278,&g_277[1][2]},{&l_955,(void*)0,&g_285[9][1],&g_273},{&g_279,&g_286,&g_277[1][2],&g_282},{&g_274,(void*)0,&g_286,&g_79},{&g_79,(void*)0,(void*)0,&g_273}},{{&g_281[3][0],&g_285[9][1],&g_279,&g_277[1][2]},{&g_107,&g_274,&g_673[1],&g_281[3][0]},{&g_107,&g_281[3][0],&g_281[3][0],&g_281[1][0]},{&g_287,&g_79,&l_955,&g_673[2]},{&g_673[1],&g_280,&g_282,(void*)0},{&g_273,(void*)0,(void*)0,(void*)0},{&g_288,&g_277[1][3],&g_276,(void*)0}},{{&g_277[1][2],&g_673[2],&g_285[9][1],(void*)0},{&g_274,&g_285[1][2],&g_274,&g_284},{&g_287,&g_278,&g_673[2],&g_284},{(void*)0,(void*)0,&g_274,&g_278},{&g_275[3][5][1],(void*)0,&g_274,&g_273},{(void*)0,&g_280,&g_673[2],&g_277[1][2]},{&g_287,&g_273,&g_274,&g_285[9][1]}},{{&g_284,(void*)0,&g_673[2],&g_107},{&g_286,&g_284,&g_274,&g_272},{&g_285[9][1],&g_278,&g_276,&g_107},{&g_281[3][0],(void*)0,(void*)0,&g_283},{&g_281[2][0],&g_281[3][0],&g_673[1],&g_283},{&g_281[3][0],&g_673[1],&g_285[9][1],&g_277[1][2]},{&g_283,&g_288,&g_275[3][5][1],&g_273}},{{&g_274,&g_274,(void*)0,&g_277[0][2]},{&g_276,&g_275[5][8][1],&g_287,&g_281[2][0]},{&g_79,&g_272,&g_275[5][8][1],&g_285[9][0]},{&g_286,&g_274,&g_274,&g_274},{(void*)0,(void*)0,&g_284,&g_278},{&g_673[1],&g_286,&g_279,&g_275[5][8][1]},{&g_277[1][2],&g_273,&g_277[1][2],&g_288}},{{&g_279,&g_283,&g_278,&g_278},{&g_285[9][1],&g_285[9][1],&g_274,&g_282},{&g_277[1][2],&g_79,&g_275[4][5][1],&g_287},{&g_277[0][2],&l_955,&g_107,&g_275[4][5][1]},{&g_277[1][2],&l_955,&g_285[1][2],&g_287},{&l_955,&g_79,(void*)0,&g_282},{&g_272,&g_285[9][1],&g_285[9][1],&g_278}},{{&g_288,&g_283,(void*)0,&g_288},{&g_280,&g_273,&g_281[1][0],&g_275[5][8][1]},{&l_955,&g_286,&g_273,&g_278},{&g_277[1][3],(void*)0,&l_955,&g_274},{&g_275[2][5][0],&g_274,&g_277[0][2],&g_285[9][0]},{(void*)0,&g_272,(void*)0,&g_281[2][0]},{&g_272,&g_275[5][8][1],&g_673[1],&g_277[0][2]}},{{&g_281[3][0],&g_274,&g_281[3][0],&g_273},{(void*)0,&g_288,(void*)0,&g_277[1][2]},{&g_275[3][5][1],&g_673[1],&g_273,&g_283},{&g_279,&g_281[3][0],&g_272,&g_283},{(void*)0,(void*)0,(void*)0,&g_107},{&g_275[4][5][1],&g_278,&g_277[1][2],&g_272},{&g_273,&g_284,&g_283,&g_107}}};
        int i, j, k;
        for (g_280 = (-2); (g_280 > (-12)); g_280 = safe_sub_func_uint8_t_u_u(g_280, 9))
        { /* block id: 396 */
            (*l_946) &= (p_35 > (0x8B33L ^ (l_949 , 1L)));
            g_950 = &g_496;
        }
        ++l_963;
    }
    else
    { /* block id: 401 */
        uint64_t l_972 = 6UL;
        int64_t *l_985 = &g_227[1][1][0];
        int16_t *l_993[4][7] = {{(void*)0,(void*)0,(void*)0,(void*)0,&g_58,(void*)0,(void*)0},{&g_58,&g_58,(void*)0,&g_58,(void*)0,&g_58,&g_58},{&g_58,(void*)0,&g_58,(void*)0,&g_58,&g_58,(void*)0},{(void*)0,&g_58,(void*)0,(void*)0,(void*)0,(void*)0,&g_58}};
        int16_t * const *l_992[5][2] = {{&l_993[0][6],(void*)0},{&l_993[0][6],(void*)0},{&l_993[0][6],(void*)0},{&l_993[0][6],(void*)0},{&l_993[0][6],(void*)0}};
        int32_t l_1029 = 0L;
        int32_t **l_1036[4];
        int32_t l_1078 = (-1L);
        int32_t l_1086 = (-1L);
        uint32_t l_1106[1];
        union U0 l_1113[10] = {{0x5EAAFC363F17D364LL},{0x5EAAFC363F17D364LL},{0x5EAAFC363F17D364LL},{0x5EAAFC363F17D364LL},{0x5EAAFC363F17D364LL},{0x5EAAFC363F17D364LL},{0x5EAAFC363F17D364LL},{0x5EAAFC363F17D364LL},{0x5EAAFC363F17D364LL},{0x5EAAFC363F17D364LL}};
        int32_t l_1131[10] = {0x82AB3A46L,0xF9513403L,0xF9513403L,0xF9513403L,0x30667319L,(-2L),0x30667319L,0xF9513403L,0xF9513403L,0x30667319L};
        uint16_t l_1134 = 0xA3D6L;
        const union U1 **l_1140[2][9] = {{&g_474,&g_474,&g_474,&g_474,&g_474,&g_474,&g_474,&g_474,&g_474},{&g_474,&g_474,&g_474,&g_474,&g_474,&g_474,&g_474,&g_474,&g_474}};
        int i, j;
        for (i = 0; i < 4; i++)
            l_1036[i] = &g_696;
        for (i = 0; i < 1; i++)
            l_1106[i] = 0x99AAC3EAL;
        for (l_963 = 0; (l_963 >= 58); ++l_963)
        { /* block id: 404 */
            union U1 *l_969 = (void*)0;
            union U1 **l_968 = &l_969;
            (*g_102) = &p_33;
            (*l_968) = (void*)0;
            (*g_102) = &p_34;
        }
lbl_1092:
        p_33 = (((*l_985) = (safe_mul_func_uint8_t_u_u((l_972 < (safe_mul_func_uint16_t_u_u((((safe_add_func_uint16_t_u_u((l_972 | (safe_div_func_uint32_t_u_u(((((-9L) && (safe_sub_func_uint8_t_u_u(((safe_rshift_func_int8_t_s_u((((safe_lshift_func_uint16_t_u_u((p_35 < l_972), ((void*)0 != (*g_950)))) , ((void*)0 != &l_961)) == 9UL), 6)) , 249UL), g_288))) > p_32) && (**g_354)), p_34))), p_31)) != p_31) , (*l_946)), 65526UL))), p_35))) && l_972);
        for (g_284 = (-15); (g_284 > (-19)); g_284 = safe_sub_func_uint32_t_u_u(g_284, 4))
        { /* block id: 413 */
            union U0 l_1039 = {0x71229759927D0D30LL};
            int32_t l_1071 = 0x735AD69AL;
            int32_t l_1079 = 0xA225477CL;
            int32_t l_1080 = 1L;
            int32_t l_1085 = 0x9832756DL;
            int32_t l_1088[4][7][5] = {{{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL}},{{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L}},{{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL}},{{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L},{3L,0xD3D310ADL,3L,0x1428404FL,0x1428404FL},{0x5118D0C1L,0x9D39FD88L,0x5118D0C1L,9L,9L}}};
            int32_t ***l_1095[2][1];
            int16_t ****l_1137 = &g_575;
            int32_t l_1138 = 0L;
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_1095[i][j] = &l_1036[0];
            }
            for (g_85 = 0; (g_85 != 33); g_85 = safe_add_func_uint8_t_u_u(g_85, 3))
            { /* block id: 416 */
                int64_t l_1028 = 0x94278A7AA1E3C531LL;
                if (((*l_946) &= (-1L)))
                { /* block id: 418 */
                    for (g_475.f0 = (-17); (g_475.f0 == 51); g_475.f0 = safe_add_func_uint64_t_u_u(g_475.f0, 6))
                    { /* block id: 421 */
                        return p_33;
                    }
                    for (g_690 = 0; (g_690 <= 9); g_690 += 1)
                    { /* block id: 426 */
                        int16_t * const **l_994 = &l_992[2][1];
                        int i, j;
                        (*l_994) = l_992[4][0];
                        g_995 = ((*g_102) = &p_34);
                        if (g_285[g_690][g_690])
                            continue;
                        if ((*l_946))
                            break;
                    }
                }
                else
                { /* block id: 433 */
                    const int32_t *l_996 = (void*)0;
                    const int32_t **l_997 = &l_996;
                    int16_t *** const *l_1005 = &g_575;
                    int16_t *** const **l_1004 = &l_1005;
                    int32_t l_1010 = 0x46F1AB7BL;
                    uint16_t *l_1011 = &g_924;
                    int64_t *l_1016 = &g_171;
                    uint32_t *l_1027[6][5] = {{&g_359,(void*)0,&g_359,(void*)0,&g_359},{&g_359,&g_359,&g_359,&g_359,&g_359},{&g_690,(void*)0,&g_690,(void*)0,&g_690},{&g_359,&g_359,&g_359,&g_359,&g_359},{&g_359,(void*)0,&g_359,(void*)0,&g_359},{&g_359,&g_359,&g_359,&g_359,&g_359}};
                    int32_t *l_1030 = &g_285[9][1];
                    int i, j;
                    (*l_997) = l_996;
                    if (p_31)
                        break;
                    (*l_997) = &p_34;
                    (*l_1030) &= (safe_rshift_func_uint8_t_u_s((++p_32), (safe_mul_func_int16_t_s_s((l_1004 == (g_1006 = g_1006)), ((safe_mul_func_uint8_t_u_u((**g_354), ((--(*l_1011)) ^ (((0xE99BL || (safe_mod_func_int64_t_s_s((g_227[1][1][0] = p_34), ((*l_1016) &= (**l_997))))) >= (l_1029 &= (safe_mul_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u(((safe_div_func_uint32_t_u_u(((safe_sub_func_uint64_t_u_u(((*g_394) , (safe_mul_func_uint16_t_u_u(0x4FA2L, ((l_1010 = (4294967293UL | 3L)) >= 4294967288UL)))), p_33)) == l_1028), (*l_946))) || 5L), 4)), 8L)))) <= p_35)))) > 0L)))));
                }
                if (l_1028)
                    goto lbl_1141;
                (*l_946) = l_1028;
                if (((*l_946) = p_32))
                { /* block id: 448 */
                    for (p_32 = 0; (p_32 < 32); p_32 = safe_add_func_uint8_t_u_u(p_32, 1))
                    { /* block id: 451 */
                        (*g_102) = &p_34;
                        return (*l_946);
                    }
                }
                else
                { /* block id: 455 */
                    int8_t l_1033 = 0L;
                    return l_1033;
                }
            }
            for (g_107 = (-24); (g_107 < 17); g_107++)
            { /* block id: 461 */
                int8_t l_1072[6] = {0x65L,0x65L,0x65L,0x65L,0x65L,0x65L};
                int32_t l_1074 = 1L;
                int32_t l_1084[7];
                int i;
                for (i = 0; i < 7; i++)
                    l_1084[i] = 0xF4F5A0E6L;
                (*g_102) = &p_34;
                if (p_32)
                { /* block id: 463 */
                    int16_t *l_1040 = &g_58;
                    if (p_31)
                    { /* block id: 464 */
                        int64_t l_1046 = (-3L);
                        if (p_31)
                            break;
                        (*l_946) = (((l_1036[1] = &g_696) == &g_696) ^ ((safe_lshift_func_int8_t_s_s(((l_1039 , l_1040) != l_1041), 0)) & (safe_mul_func_uint16_t_u_u(((p_33 & (g_227[1][1][0] < p_34)) && g_475.f1), 0xCDFCL))));
                        l_1029 |= l_972;
                        if (l_1046)
                            continue;
                    }
                    else
                    { /* block id: 470 */
                        if (l_1039.f0)
                            break;
                        (*g_102) = &l_962[4];
                        (*g_102) = &p_34;
                    }
                    return p_34;
                }
                else
                { /* block id: 476 */
                    int32_t l_1064 = 0x6C06922FL;
                    int32_t l_1076 = 1L;
                    int32_t l_1077 = 2L;
                    int32_t l_1081 = 8L;
                    int32_t l_1082 = (-1L);
                    int32_t l_1083 = 0xD2A498BEL;
                    int32_t l_1087 = (-5L);
                    for (g_71 = 1; (g_71 >= 0); g_71 -= 1)
                    { /* block id: 479 */
                        int i, j, k;
                        g_103[g_71][(g_71 + 2)][(g_71 + 5)] = &p_34;
                        if (l_1047)
                            continue;
                    }
                    if (p_31)
                    { /* block id: 483 */
                        int32_t l_1067 = 1L;
                        int8_t *l_1068 = &g_617;
                        int8_t *l_1069[10] = {&g_1070[1],(void*)0,&g_1070[1],(void*)0,&g_1070[1],(void*)0,&g_1070[1],(void*)0,&g_1070[1],(void*)0};
                        int32_t *l_1073[6][3][8] = {{{&g_287,(void*)0,&g_281[3][0],&l_1029,&g_277[1][2],&g_286,&g_285[9][1],&g_286},{(void*)0,&g_275[2][5][0],&g_283,&g_275[2][5][0],(void*)0,(void*)0,(void*)0,&g_284},{&g_283,(void*)0,(void*)0,&g_277[1][2],&g_281[3][0],&l_1029,&l_962[4],&g_275[2][5][0]}},{{&l_962[4],(void*)0,(void*)0,&g_276,&g_276,(void*)0,(void*)0,&l_962[4]},{&g_281[3][0],&g_287,&g_283,&g_284,&g_281[3][0],(void*)0,&g_285[9][1],(void*)0},{&g_279,&g_277[1][2],&g_281[3][0],(void*)0,&g_284,(void*)0,&g_284,(void*)0}},{{(void*)0,&g_287,(void*)0,&g_283,(void*)0,(void*)0,&g_277[1][2],&g_281[3][0]},{(void*)0,(void*)0,&g_284,&g_285[9][1],&g_279,&l_1029,(void*)0,(void*)0},{(void*)0,(void*)0,&l_962[4],&l_962[4],(void*)0,(void*)0,&g_287,(void*)0}},{{(void*)0,&g_275[2][5][0],&l_1029,&g_287,&g_284,&g_286,&g_281[3][0],&g_276},{&g_279,(void*)0,&g_286,&g_287,&g_281[3][0],&g_287,&g_286,(void*)0},{&g_281[3][0],&g_281[3][0],&g_285[9][1],&l_962[4],&g_276,&g_283,&g_279,(void*)0}},{{&l_962[4],(void*)0,(void*)0,&g_285[9][1],&g_281[3][0],&g_279,&g_279,&g_281[3][0]},{&g_283,&g_285[9][1],&g_285[9][1],&g_283,(void*)0,&g_276,&g_286,(void*)0},{(void*)0,&g_276,&g_286,(void*)0,&g_277[1][2],(void*)0,&g_281[3][0],(void*)0}},{{&g_287,&g_276,&l_1029,&g_284,&l_1029,&g_276,&g_287,&l_962[4]},{&g_281[3][0],&g_285[9][1],&l_962[4],&g_276,&g_283,&g_279,(void*)0,&g_275[2][5][0]},{&g_275[2][5][0],(void*)0,&g_284,&g_277[1][2],&g_283,&g_283,&g_277[1][2],&g_284}}};
                        int i, j, k;
                        l_1074 ^= ((((-5L) & (((((*l_946) != (((*g_394) , (safe_mod_func_uint32_t_u_u((safe_mul_func_int8_t_s_s((l_1071 = (g_544 = ((*l_1068) ^= (safe_sub_func_uint32_t_u_u((safe_add_func_int64_t_s_s(9L, g_287)), (p_34 == ((safe_mod_func_int32_t_s_s(((((safe_add_func_int32_t_s_s((safe_div_func_uint32_t_u_u((safe_sub_func_uint32_t_u_u(l_1064, ((p_33 = (safe_mul_func_uint8_t_u_u((**g_354), l_1039.f0))) , l_1067))), 0x787C70A8L)), p_34)) , 18446744073709551615UL) >= p_31) && g_475.f1), g_690)) | l_1039.f0))))))), (**g_354))), 5UL))) | l_1072[1])) >= l_1067) == (*g_496)) | (-10L))) < 0x7954L) ^ l_1067);
                        return p_32;
                    }
                    else
                    { /* block id: 490 */
                        int32_t *l_1075[5] = {&g_279,&g_279,&g_279,&g_279,&g_279};
                        int i;
                        g_1089[2][1]++;
                    }
                    if (g_475.f1)
                        goto lbl_1092;
                    if (p_31)
                    { /* block id: 494 */
                        if (p_31)
                            break;
                    }
                    else
                    { /* block id: 496 */
                        int8_t *l_1096 = &g_544;
                        l_962[4] &= (0x53DAAE2AL & ((*l_946) = (safe_add_func_int8_t_s_s((&g_907 == l_1095[0][0]), ((*l_1096) = g_673[4])))));
                    }
                }
                if (g_1097)
                    continue;
                if (((((p_32 = (safe_mod_func_uint64_t_u_u((((&l_1086 != &p_33) > (safe_div_func_int64_t_s_s((safe_mul_func_uint16_t_u_u((p_32 != (safe_lshift_func_int8_t_s_u(1L, ((*g_355) = l_1071)))), (l_1106[0] = l_1029))), (safe_add_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u(((((p_33 >= ((safe_add_func_int8_t_s_s(((l_1039 = l_1113[3]) , (safe_mul_func_int8_t_s_s((g_393.f0 == p_35), l_1078))), p_34)) | g_271)) || g_478[0]) , 65535UL) > (-7L)), l_1079)), l_1072[1]))))) & 1L), (-1L)))) | l_1084[6]) | p_33) || p_31))
                { /* block id: 507 */
                    if (p_32)
                        break;
                    (*l_946) ^= p_34;
                    if (l_1029)
                        break;
                }
                else
                { /* block id: 511 */
                    int16_t *****l_1123 = (void*)0;
                    uint16_t *l_1124 = &g_924;
                    int32_t l_1127 = 0xD55AFF36L;
                    int32_t l_1128 = (-1L);
                    int32_t l_1129 = 0xB4AF928FL;
                    int32_t l_1132 = 0xA78AE959L;
                    int32_t l_1133[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_1133[i] = 2L;
                    for (l_1039.f0 = 7; (l_1039.f0 != 52); l_1039.f0 = safe_add_func_uint64_t_u_u(l_1039.f0, 5))
                    { /* block id: 514 */
                        (*l_946) ^= l_1079;
                        (*g_102) = &p_33;
                        if (p_32)
                            continue;
                    }
                    if (((p_31 <= ((*l_946) = ((l_1072[1] && ((safe_add_func_uint64_t_u_u((((safe_sub_func_uint8_t_u_u(((p_31 != ((l_1122 , ((*l_1124) = (((void*)0 == l_1123) != 4294967290UL))) , ((g_284 != ((~((((l_1086 , g_278) & l_1085) ^ 1UL) != 0x28L)) >= l_1074)) < g_227[2][2][0]))) != g_275[6][3][1]), (*g_355))) , l_1084[6]) != p_31), p_34)) < 0x23L)) != 18446744073709551608UL))) || p_31))
                    { /* block id: 521 */
                        int32_t *l_1126[8][5] = {{&g_673[6],(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1080,&g_281[3][0],&l_1084[1]},{(void*)0,&g_272,&l_1080,&g_273,&g_673[6]},{(void*)0,&l_1080,(void*)0,&l_1080,(void*)0},{&g_281[3][0],&g_73,(void*)0,&g_291,&l_1080},{&g_272,&l_1080,&g_273,&g_673[6],&g_673[6]},{&g_291,&g_281[3][0],&g_291,&g_73,&l_1080},{(void*)0,&g_673[6],&l_1080,&g_73,&g_291}};
                        int64_t l_1130 = 8L;
                        int i, j;
                        --l_1134;
                        (*g_1006) = l_1137;
                    }
                    else
                    { /* block id: 524 */
                        (*l_946) = l_1138;
                        return p_35;
                    }
                }
            }
        }
        g_474 = l_1139;
    }
    (*g_102) = &p_33;
    ++l_1154;
    return p_35;
}


/* ------------------------------------------ */
/* 
 * reads : g_496 g_475.f0 g_291 g_274
 * writes: g_107 g_673 g_58 g_121.f0 g_120.f0 g_274 g_291
 */
static int16_t  func_43(int8_t  p_44, const uint64_t  p_45)
{ /* block id: 375 */
    int64_t l_917 = 0L;
    uint16_t **l_920 = (void*)0;
    uint16_t ***l_921 = &l_920;
    uint16_t *l_923[10][1] = {{&g_924},{&g_924},{&g_924},{&g_924},{&g_924},{&g_924},{&g_924},{&g_924},{&g_924},{&g_924}};
    uint16_t **l_922 = &l_923[3][0];
    uint64_t **l_927 = &g_496;
    union U0 l_932 = {0xF3A5388A247F7062LL};
    uint32_t *l_933 = (void*)0;
    uint32_t *l_935 = &g_690;
    uint32_t **l_934 = &l_935;
    uint64_t *l_936 = &g_120.f0;
    int32_t *l_937 = &g_274;
    int i, j;
    for (g_107 = 0; g_107 < 9; g_107 += 1)
    {
        g_673[g_107] = 0xA0EE94E5L;
    }
    (*l_937) = (safe_sub_func_uint64_t_u_u((p_44 <= l_917), ((*l_936) = (safe_add_func_int8_t_s_s((((**l_927) = (((((*l_921) = l_920) == l_922) < (g_58 = (safe_mod_func_int64_t_s_s(((l_927 != l_927) && p_44), (safe_lshift_func_int16_t_s_s((((*l_934) = (l_933 = ((safe_div_func_uint32_t_u_u((l_932 , 4294967295UL), p_45)) , l_933))) == (void*)0), l_932.f0)))))) , 18446744073709551615UL)) <= g_475.f0), l_917)))));
    for (g_291 = 0; (g_291 >= (-12)); g_291 = safe_sub_func_int64_t_s_s(g_291, 4))
    { /* block id: 386 */
        int16_t ****l_940 = &g_575;
        int16_t *****l_941 = (void*)0;
        int16_t *****l_942 = &l_940;
        (*l_937) |= (-1L);
        (*l_942) = l_940;
    }
    return p_45;
}


/* ------------------------------------------ */
/* 
 * reads : g_85 g_4 g_58 g_103 g_121 g_107 g_71 g_121.f0 g_73 g_355 g_291 g_353 g_354 g_102 g_285 g_478 g_286 g_271 g_282 g_79 g_475.f1 g_281 g_227 g_171 g_575 g_496 g_544 g_273 g_395.f0 g_673 g_690 g_359 g_287 g_62 g_334 g_284 g_283 g_475.f0 g_279 g_274 g_288 g_280 g_277 g_475 g_449
 * writes: g_85 g_73 g_62 g_107 g_291 g_103 g_474 g_496 g_171 g_58 g_79 g_273 g_120.f0 g_575 g_121.f0 g_359 g_544 g_690 g_696 g_617 g_284 g_274 g_283 g_227 g_279 g_907
 */
static int8_t  func_46(int32_t  p_47, uint16_t  p_48)
{ /* block id: 7 */
    int32_t *l_72 = &g_73;
    int32_t *l_74 = &g_73;
    int32_t *l_75 = &g_73;
    int32_t l_76 = 0x717E5ED5L;
    int32_t *l_77 = (void*)0;
    int32_t *l_78 = &l_76;
    int32_t *l_80 = &l_76;
    int32_t *l_81 = &l_76;
    int32_t *l_82 = &g_79;
    int32_t *l_83 = &g_79;
    int32_t *l_84 = (void*)0;
    union U0 l_95 = {18446744073709551615UL};
    uint8_t *l_96 = (void*)0;
    uint64_t *l_535 = &g_120.f0;
    int16_t *l_614 = &g_58;
    int16_t **l_613 = &l_614;
    int64_t *l_643[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int64_t ** const l_642[1] = {&l_643[0]};
    int32_t l_684 = 0x8EA268AAL;
    int32_t l_685 = 0x53D12D6AL;
    int32_t l_686 = 0x6BFEE529L;
    int32_t l_687 = 0L;
    int32_t l_688 = 0x8959E4BDL;
    int32_t l_689[1];
    int8_t l_744 = 0x5CL;
    union U1 *l_787 = &g_788;
    uint32_t l_801[6][10] = {{18446744073709551611UL,6UL,0x5A015AA7L,9UL,2UL,0UL,0UL,0xF497F596L,0xF497F596L,0UL},{0UL,1UL,18446744073709551613UL,18446744073709551613UL,1UL,0UL,0xF497F596L,8UL,0xA6EB48FEL,0x5A015AA7L},{0x8201BF7DL,0UL,0xF497F596L,18446744073709551611UL,0UL,1UL,0UL,0x528D36A2L,0x67A9C2C3L,9UL},{0x8201BF7DL,0UL,9UL,0UL,7UL,0UL,9UL,0UL,0x8201BF7DL,0xA6EB48FEL},{0UL,9UL,0UL,0x8201BF7DL,0xA6EB48FEL,0UL,6UL,18446744073709551613UL,2UL,0x528D36A2L},{18446744073709551611UL,0xF497F596L,0UL,0x8201BF7DL,2UL,0x4513DFBBL,0x4513DFBBL,2UL,0x8201BF7DL,0UL}};
    int16_t l_815 = 0x1034L;
    int32_t l_888 = (-4L);
    union U1 **l_913 = &l_787;
    union U1 ***l_912 = &l_913;
    union U1 ****l_914 = &l_912;
    int i, j;
    for (i = 0; i < 1; i++)
        l_689[i] = (-4L);
lbl_594:
    g_85--;
    if ((safe_add_func_int8_t_s_s(func_90(l_95, l_96, (*l_81), l_96), (p_47 < p_48))))
    { /* block id: 209 */
        uint16_t l_530 = 1UL;
        uint64_t *l_533 = &g_121.f0;
        uint64_t **l_534 = &g_496;
        int16_t *l_538 = &g_58;
        uint16_t *l_539 = &l_530;
        int32_t l_592 = 0x1B08ACABL;
        int32_t l_593 = 0xB807B4E1L;
        uint32_t l_595 = 18446744073709551615UL;
        union U0 l_653[2] = {{0x71A01EAE6185F0B4LL},{0x71A01EAE6185F0B4LL}};
        union U1 l_672[2][6] = {{{0UL},{0x963D3119L},{0x963D3119L},{0UL},{0x963D3119L},{0x963D3119L}},{{0UL},{0x963D3119L},{0x963D3119L},{0UL},{0x963D3119L},{0x963D3119L}}};
        int32_t *l_700 = (void*)0;
        uint32_t * const l_704[3] = {&g_359,&g_359,&g_359};
        int32_t l_734 = 0x4E1AD839L;
        int32_t l_742 = 2L;
        int32_t l_743 = 0x3D0FAF01L;
        int32_t l_745 = 2L;
        int32_t l_746 = 0xF99496F3L;
        int32_t l_747[1][1];
        int16_t l_748[6];
        int32_t *l_816 = &g_277[2][2];
        const int32_t *l_875[4];
        const int32_t **l_874 = &l_875[0];
        const int32_t ***l_873 = &l_874;
        int32_t *l_890 = &g_280;
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
                l_747[i][j] = 0xE316F4DAL;
        }
        for (i = 0; i < 6; i++)
            l_748[i] = 0xA23EL;
        for (i = 0; i < 4; i++)
            l_875[i] = (void*)0;
        if (((safe_mul_func_uint16_t_u_u(((*l_539) = (((*l_78) &= (((safe_rshift_func_int16_t_s_s(l_530, (((((*l_83) ^= ((safe_add_func_int16_t_s_s(((*l_538) &= ((((*l_534) = l_533) != (g_282 , l_535)) != ((safe_rshift_func_int8_t_s_u(p_47, ((&g_424[3][1] == (void*)0) && l_530))) ^ (0xD76BL || p_47)))), 0L)) , p_47)) >= g_475.f1) >= g_286) | (*g_355)))) <= p_48) && p_47)) ^ 0xE3L)), p_47)) != 0L))
        { /* block id: 215 */
            int8_t *l_543 = &g_544;
            int64_t *l_547 = &g_171;
            uint8_t l_548 = 251UL;
            int16_t l_591 = (-4L);
            int64_t l_615[4][2][5] = {{{0x0813B333383BB65ALL,0x0813B333383BB65ALL,0xFC3E3A7E9BCF9180LL,(-4L),7L},{0x24EBB3E94C8989E3LL,0xB64B8A6544C3E2A3LL,0xB64B8A6544C3E2A3LL,0x24EBB3E94C8989E3LL,(-1L)}},{{0xDA7465A0BDE18A22LL,(-4L),0L,0L,(-4L)},{(-1L),0xB64B8A6544C3E2A3LL,1L,0xB3C0F1C8EE4C0732LL,0xB3C0F1C8EE4C0732LL}},{{(-1L),0x0813B333383BB65ALL,(-1L),0L,0xFC3E3A7E9BCF9180LL},{(-2L),0x24EBB3E94C8989E3LL,0xB3C0F1C8EE4C0732LL,0x24EBB3E94C8989E3LL,(-2L)}},{{(-1L),0xDA7465A0BDE18A22LL,0x0813B333383BB65ALL,(-4L),0x0813B333383BB65ALL},{(-1L),(-1L),0xB3C0F1C8EE4C0732LL,(-2L),(-1L)}}};
            uint64_t l_620 = 0x625805A0119E7CAFLL;
            int32_t l_681 = (-1L);
            int32_t l_683[10][2][7] = {{{5L,5L,5L,0xD430A4E7L,1L,0x73174117L,(-1L)},{(-1L),0xD202E0E8L,0x8E85226CL,1L,0x8FCB406DL,0x5DA450B2L,0x7179E1C3L}},{{0L,2L,(-1L),0x2A533F0FL,0x3F701090L,0x73174117L,0x7A6D7E3FL},{0x32690522L,0xD430A4E7L,1L,0x8FCB406DL,0L,(-1L),0L}},{{0x8E85226CL,1L,1L,0x8E85226CL,(-7L),1L,(-1L)},{0x2A533F0FL,2L,1L,0L,5L,0x32690522L,0x8E85226CL}},{{0x5E7C0594L,0x5DA450B2L,0xD202E0E8L,0x2466E795L,(-1L),0x73174117L,1L},{9L,5L,0x7179E1C3L,0x73174117L,9L,0x7A6D7E3FL,0x7A6D7E3FL}},{{0x91A091BFL,0x73174117L,0x73061F92L,0x73174117L,0x91A091BFL,0x3F701090L,2L},{0L,0x7179E1C3L,0x8E85226CL,0x2466E795L,(-1L),5L,(-1L)}},{{0xF5FC9CBFL,0x91A091BFL,(-7L),0L,0x5DA450B2L,(-1L),(-1L)},{0L,0x2466E795L,(-1L),0xD202E0E8L,0x73061F92L,9L,9L}},{{0x91A091BFL,0x73061F92L,0x32690522L,0x32690522L,0x73061F92L,0x91A091BFL,(-1L)},{9L,(-1L),0x91A091BFL,1L,0x5DA450B2L,(-1L),5L}},{{0x5E7C0594L,0xD430A4E7L,0x73174117L,5L,(-1L),0x5DA450B2L,1L},{1L,(-1L),0xD430A4E7L,(-1L),0x91A091BFL,0x73061F92L,0x32690522L}},{{0xD202E0E8L,0x73061F92L,9L,9L,9L,0x73061F92L,0xD202E0E8L},{0x2A533F0FL,0x2466E795L,9L,(-1L),(-1L),0x5DA450B2L,0L}},{{0x7A6D7E3FL,0x91A091BFL,5L,(-1L),5L,(-1L),0x2466E795L},{0x5DA450B2L,0x7179E1C3L,9L,2L,0x3F701090L,0x91A091BFL,0x73174117L}}};
            uint32_t *l_702 = &g_359;
            const union U0 l_703 = {8UL};
            union U1 l_779 = {0x42606134L};
            int i, j, k;
            (*g_102) = (l_530 , (*g_102));
            if (((p_48 | (l_548 = (p_48 != ((((((*g_355) = 0x38L) & ((((((safe_unary_minus_func_uint8_t_u((safe_mod_func_int64_t_s_s((l_543 == (g_281[0][0] , &g_544)), (g_285[9][1] & (safe_mul_func_uint8_t_u_u((((0x54327955L || ((((*l_547) |= (g_227[1][1][0] < p_47)) , (-6L)) , g_282)) < p_47) , l_530), p_47))))))) ^ 0L) <= p_47) , 0x7DL) == (*l_72)) <= p_47)) ^ p_48) == (*l_80)) <= l_530)))) == 1UL))
            { /* block id: 220 */
                uint32_t l_606 = 0x9735630DL;
                int32_t l_619 = 0x40B78B93L;
                int32_t l_654 = 0x0A2705DFL;
                int32_t l_682[1];
                uint64_t *l_713[9];
                const int8_t *l_735 = (void*)0;
                int i;
                for (i = 0; i < 1; i++)
                    l_682[i] = 0x3A479105L;
                for (i = 0; i < 9; i++)
                    l_713[i] = &l_620;
                for (g_273 = 12; (g_273 > 22); g_273 = safe_add_func_int32_t_s_s(g_273, 7))
                { /* block id: 223 */
                    uint8_t l_579 = 0xBBL;
                    uint32_t l_590 = 1UL;
                    int32_t **l_627 = &l_78;
                    int16_t ** const *l_663 = &g_576;
                    int16_t ** const **l_662[10][4] = {{&l_663,&l_663,(void*)0,&l_663},{(void*)0,&l_663,&l_663,&l_663},{&l_663,&l_663,&l_663,&l_663},{&l_663,&l_663,&l_663,&l_663},{(void*)0,&l_663,(void*)0,&l_663},{&l_663,&l_663,&l_663,&l_663},{&l_663,&l_663,&l_663,&l_663},{(void*)0,&l_663,&l_663,&l_663},{&l_663,&l_663,&l_663,&l_663},{&l_663,&l_663,(void*)0,&l_663}};
                    int32_t l_674 = 0x0CB0A0D9L;
                    int32_t l_675[10][6][4] = {{{5L,(-1L),1L,0x2950BA31L},{0x64F30615L,0x93332E51L,(-4L),(-1L)},{0x64F30615L,0x5FD99E98L,1L,5L},{5L,(-1L),0x502B5807L,0x83569AA3L},{(-1L),1L,0x443A2B65L,(-1L)},{0x93332E51L,0x443A2B65L,0xB5171BB8L,0xB5171BB8L}},{{0x83569AA3L,0x83569AA3L,0L,(-1L)},{0x2950BA31L,1L,0L,0xD40D4EFBL},{0L,0x57299124L,7L,0L},{0x5FD99E98L,0x57299124L,0L,0xD40D4EFBL},{0x57299124L,1L,(-1L),(-1L)},{(-3L),0x83569AA3L,0x2950BA31L,(-3L)}},{{0x0172DE38L,0xD40D4EFBL,0x502B5807L,0x0A134E3CL},{(-1L),0xB5171BB8L,(-1L),1L},{0x0A134E3CL,0x57299124L,(-1L),0x2950BA31L},{0L,0x443A2B65L,0x8720277CL,0x57299124L},{(-1L),(-1L),0x8720277CL,0x64F30615L},{0L,0x5FD99E98L,(-1L),(-4L)}},{{0x0A134E3CL,1L,(-1L),0L},{(-1L),0L,0x502B5807L,(-1L)},{0x0172DE38L,0x64F30615L,0x64F30615L,0x0172DE38L},{5L,0L,0x0A134E3CL,1L},{0L,0x502B5807L,0x0172DE38L,1L},{0x443A2B65L,0x83569AA3L,0L,1L}},{{0x93332E51L,0x502B5807L,0L,1L},{0x64F30615L,0L,0x93332E51L,0x0172DE38L},{1L,0x64F30615L,(-3L),(-1L)},{(-1L),0L,0xD40D4EFBL,0L},{1L,1L,0x83569AA3L,(-4L)},{0x2950BA31L,0x5FD99E98L,(-4L),0x64F30615L}},{{(-1L),(-1L),1L,0x57299124L},{(-1L),0x443A2B65L,(-4L),0x2950BA31L},{0x2950BA31L,0x57299124L,0x83569AA3L,1L},{1L,0xB5171BB8L,0xD40D4EFBL,0x0A134E3CL},{(-1L),0xD40D4EFBL,(-3L),(-3L)},{1L,1L,0x93332E51L,0x5FD99E98L}},{{0x64F30615L,(-1L),0L,0L},{0x93332E51L,0L,0L,0L},{0x443A2B65L,0L,0x0172DE38L,0L},{0L,(-1L),0x0A134E3CL,0x5FD99E98L},{5L,1L,0x64F30615L,(-3L)},{0x0172DE38L,0xD40D4EFBL,0x502B5807L,0x0A134E3CL}},{{(-1L),0xB5171BB8L,(-1L),1L},{0x0A134E3CL,0x57299124L,(-1L),0x2950BA31L},{0L,0x443A2B65L,0x8720277CL,0x57299124L},{(-1L),(-1L),0x8720277CL,0x64F30615L},{0L,0x5FD99E98L,(-1L),(-4L)},{0x0A134E3CL,1L,(-1L),0L}},{{(-1L),0L,0x502B5807L,(-1L)},{0x0172DE38L,0x64F30615L,0x64F30615L,0x0172DE38L},{5L,0L,0x0A134E3CL,1L},{0L,0x502B5807L,0x0172DE38L,1L},{0x443A2B65L,0x83569AA3L,0L,1L},{0x93332E51L,0x502B5807L,0L,1L}},{{0x64F30615L,0L,0x93332E51L,0x0172DE38L},{1L,0x64F30615L,(-3L),(-1L)},{(-1L),0L,0xD40D4EFBL,0L},{1L,1L,0x83569AA3L,(-4L)},{0x2950BA31L,0x5FD99E98L,(-4L),0x64F30615L},{(-1L),(-1L),(-1L),0L}}};
                    int32_t *l_736 = (void*)0;
                    int32_t *l_737 = &g_282;
                    int32_t *l_738 = &g_288;
                    int32_t *l_739 = (void*)0;
                    int32_t *l_740 = &g_281[3][0];
                    int32_t *l_741[8] = {&g_287,&l_682[0],&g_287,&g_287,&l_682[0],&g_287,&g_287,&l_682[0]};
                    uint16_t l_749 = 0UL;
                    int i, j, k;
                    (*g_102) = &l_76;
                    for (g_120.f0 = 0; (g_120.f0 >= 21); g_120.f0 = safe_add_func_uint64_t_u_u(g_120.f0, 4))
                    { /* block id: 227 */
                        uint32_t *l_588[8] = {&g_359,&g_359,&g_359,&g_359,&g_359,&g_359,&g_359,&g_359};
                        uint32_t l_589 = 4294967292UL;
                        int8_t *l_616[9][7][1] = {{{&g_617},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617}},{{&g_617},{(void*)0},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617}},{{(void*)0},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617}},{{&g_617},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617}},{{&g_617},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617}},{{&g_617},{&g_617},{(void*)0},{&g_617},{&g_617},{&g_617},{&g_617}},{{&g_617},{(void*)0},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617}},{{&g_617},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617}},{{&g_617},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617},{&g_617}}};
                        int32_t l_618 = (-1L);
                        int i, j, k;
                        l_593 = (safe_mul_func_uint8_t_u_u((l_592 = (safe_rshift_func_int8_t_s_u(((safe_mod_func_uint32_t_u_u((l_591 = (safe_sub_func_uint16_t_u_u((p_48 ^ (((safe_add_func_uint64_t_u_u((safe_mod_func_uint8_t_u_u(((safe_add_func_int64_t_s_s((safe_div_func_uint64_t_u_u(((*l_80) = ((safe_rshift_func_int16_t_s_s(p_47, 13)) & (((safe_div_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u(((***g_353) = p_47), ((g_359 = (((g_575 = g_575) != &g_576) < (safe_add_func_int64_t_s_s(l_579, (safe_div_func_uint64_t_u_u((++(*g_496)), (0x7A9EL || (safe_sub_func_int64_t_s_s((safe_sub_func_uint32_t_u_u((g_107 , ((&g_334 == (void*)0) >= 18446744073709551609UL)), p_47)), p_48))))))))) , p_47))), (*l_83))) >= 0xEAC2AE0BL) == 0x8A316B8AL))), 0x747B6EC193A38054LL)), (-1L))) != l_589), 0xEAL)), (-3L))) ^ 0x358567D96892A602LL) , l_590)), p_47))), p_47)) & 7L), l_548))), l_548));
                        if (g_58)
                            goto lbl_594;
                        l_593 = (l_595 , (l_591 & ((l_619 = (safe_add_func_uint32_t_u_u((((safe_lshift_func_int8_t_s_s((safe_sub_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((p_48 & (safe_add_func_int64_t_s_s((p_47 | (l_618 = (((*l_547) = l_606) , ((*l_543) |= (p_47 != ((safe_mul_func_int8_t_s_s((((safe_sub_func_uint8_t_u_u(((*g_355) = (p_47 , 0UL)), (safe_mul_func_uint8_t_u_u((l_613 == &l_614), l_615[1][0][4])))) & 0x9C5AL) >= 0x3EB7E668L), p_48)) | l_606)))))), (-1L)))), p_48)), l_579)), 7)) ^ p_48) < 0x3E8EL), l_615[0][0][4]))) >= l_620)));
                    }
                    if (l_595)
                    { /* block id: 244 */
                        int8_t l_634 = 0xA2L;
                        int32_t l_635 = 0x2414865DL;
                        int64_t **l_644[2][9][2] = {{{&l_643[0],(void*)0},{&l_643[0],&l_643[0]},{&l_643[0],&l_547},{&l_643[0],&l_643[0]},{&l_643[0],(void*)0},{&l_643[0],&l_547},{&l_643[0],&l_643[1]},{&l_547,&l_643[6]},{&l_643[6],&l_643[0]}},{{&l_643[0],&l_643[0]},{&l_643[6],&l_643[6]},{&l_547,&l_643[1]},{&l_643[0],&l_547},{&l_643[0],(void*)0},{&l_643[0],&l_643[0]},{&l_643[0],&l_547},{&l_643[0],&l_643[0]},{&l_643[0],(void*)0}}};
                        int i, j, k;
                        (*l_72) = ((((l_635 = (safe_mod_func_int32_t_s_s(((g_544 = (p_48 < ((g_286 > (0x1C40D7EAL ^ (+(!(safe_rshift_func_int8_t_s_s((0x6A0D212F49D5BE50LL & ((*l_547) = ((l_627 != &g_103[0][3][5]) >= (l_634 |= (safe_sub_func_uint8_t_u_u((**g_354), ((safe_rshift_func_uint8_t_u_s(((safe_add_func_uint16_t_u_u(p_48, ((*l_539) = (*l_80)))) > (*l_82)), 3)) == p_47))))))), g_273)))))) > 65535UL))) ^ p_48), p_48))) == 9UL) , (*l_74)) >= (**l_627));
                        (*l_82) &= ((*l_80) = (((safe_mod_func_int8_t_s_s((safe_sub_func_int32_t_s_s(((l_615[3][0][3] | ((p_47 >= (g_395.f0 != (0xF318CB9DL || (safe_lshift_func_int16_t_s_s(p_47, ((((**l_534) = ((l_642[0] == l_644[0][3][0]) && 0xA9L)) , (safe_div_func_uint16_t_u_u((safe_div_func_uint8_t_u_u(((0xC2DA8475L <= p_48) , 0x35L), p_47)), p_48))) == l_619)))))) != p_48)) , 0x74FE6C07L), (**l_627))), 0x25L)) | p_47) < 0x6E20305447027E53LL));
                        (*l_72) &= ((safe_add_func_int8_t_s_s(((((((l_653[1] , 8L) || (l_548 , (((l_654 | (safe_mod_func_int32_t_s_s(l_595, (safe_div_func_uint64_t_u_u((safe_sub_func_int8_t_s_s(((*l_543) ^= (((((l_653[0] , (safe_unary_minus_func_uint64_t_u((l_662[6][1] == ((safe_div_func_int64_t_s_s((safe_lshift_func_int16_t_s_s(((safe_lshift_func_int8_t_s_u((safe_rshift_func_int16_t_s_u(l_615[1][0][4], 9)), (l_593 = (l_672[0][1] , g_673[4])))) , l_653[1].f0), (**l_627))), g_285[3][8])) , &g_575))))) && 0x93L) > 0x28C8L) ^ 4294967290UL) == p_47)), 0x44L)), 18446744073709551609UL))))) <= p_47) != 1UL))) ^ l_619) || p_47) < (*g_496)) < p_47), (**g_354))) != (*l_82));
                        (*l_74) = (**l_627);
                    }
                    else
                    { /* block id: 258 */
                        int32_t *l_676 = &g_79;
                        int32_t *l_677 = &l_654;
                        int32_t *l_678 = &g_673[0];
                        int32_t *l_679 = &l_593;
                        int32_t *l_680[8][4][4] = {{{&g_273,(void*)0,&g_288,&g_79},{&g_275[5][7][1],&g_107,(void*)0,&g_79},{(void*)0,(void*)0,&g_107,&g_79},{&g_79,&g_107,&g_107,&g_79}},{{&g_273,(void*)0,&g_288,&g_79},{&g_275[5][7][1],&g_107,(void*)0,&g_79},{(void*)0,(void*)0,&g_107,&g_79},{&g_79,&g_107,&g_107,&g_79}},{{&g_273,(void*)0,&g_288,&g_79},{&g_275[5][7][1],&g_107,(void*)0,&g_79},{(void*)0,(void*)0,&g_107,&g_79},{&g_79,&g_107,&g_107,&g_79}},{{&g_273,(void*)0,&g_288,&g_79},{&g_275[5][7][1],&g_107,(void*)0,&g_79},{(void*)0,(void*)0,&g_107,&g_79},{&g_79,&g_107,&g_107,&g_79}},{{&g_273,(void*)0,&g_288,&g_79},{&g_275[5][7][1],&g_107,(void*)0,&g_79},{(void*)0,(void*)0,&g_107,&g_79},{&g_79,&g_107,&g_107,&g_79}},{{&g_273,(void*)0,&g_288,&g_79},{&g_275[5][7][1],&g_107,(void*)0,&g_79},{(void*)0,(void*)0,&g_107,&g_79},{&g_79,&g_107,&g_107,&g_79}},{{&g_273,(void*)0,&g_288,&g_79},{&g_275[5][7][1],&g_107,(void*)0,&g_79},{(void*)0,(void*)0,&g_107,&g_79},{&g_79,&g_107,&g_107,&g_79}},{{&g_273,(void*)0,&g_288,&g_79},{&g_275[5][7][1],&g_107,(void*)0,&g_79},{(void*)0,(void*)0,&g_107,&g_79},{&g_79,&g_107,&g_107,&g_79}}};
                        int32_t **l_695 = (void*)0;
                        int32_t **l_697 = (void*)0;
                        int32_t *l_699[4];
                        int32_t **l_698[3][10] = {{&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3]},{&l_699[3],&l_699[3],(void*)0,&l_699[3],&l_699[3],(void*)0,&l_699[3],&l_699[3],(void*)0,&l_699[3]},{&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3],&l_699[3]}};
                        uint32_t **l_701 = (void*)0;
                        int8_t *l_705 = (void*)0;
                        int8_t *l_706 = &g_617;
                        int32_t *** const l_723 = &l_627;
                        int i, j, k;
                        for (i = 0; i < 4; i++)
                            l_699[i] = &g_71;
                        --g_690;
                        if (l_654)
                            continue;
                        (*l_679) = ((safe_lshift_func_int16_t_s_s(((*l_614) = 3L), (((p_48 != (((*g_496) >= ((*l_547) &= p_48)) == ((g_696 = &p_47) != (l_700 = &p_47)))) > (((*l_706) = ((*l_543) = ((l_702 = (void*)0) == (l_703 , l_704[2])))) | g_291)) && (*l_78)))) ^ p_48);
                        (*l_74) = ((((safe_sub_func_uint32_t_u_u(((((safe_sub_func_int64_t_s_s(((void*)0 != l_713[4]), (((safe_div_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u(((**g_354) = (safe_add_func_int64_t_s_s(0x12F2A5EA375096ABLL, (safe_unary_minus_func_uint64_t_u(((*g_496) = ((&g_617 != ((safe_mul_func_int8_t_s_s((l_723 != (((((**l_627) = ((((((((p_47 == (0x28L == (safe_div_func_uint32_t_u_u((safe_sub_func_uint16_t_u_u((safe_mod_func_int8_t_s_s(g_58, (safe_mod_func_int32_t_s_s(((safe_div_func_int64_t_s_s(g_359, p_48)) < p_48), g_287)))), (**l_627))), g_62)))) < 0x58ABL) >= g_395.f0) == 1L) >= p_47) <= (-1L)) | p_47) != p_47)) , (-7L)) >= p_47) , (void*)0)), l_734)) , l_735)) == p_47))))))), p_47)), (-3L))) < g_334) < 0UL))) && 0UL) ^ (-1L)) < p_47), (-7L))) >= 9UL) & p_48) > l_734);
                    }
                    --l_749;
                }
                for (g_284 = (-15); (g_284 == 28); g_284++)
                { /* block id: 278 */
                    (*g_102) = ((safe_lshift_func_uint8_t_u_s((safe_add_func_uint64_t_u_u((*l_80), (((((safe_rshift_func_uint8_t_u_s(((p_47 >= (g_171 = ((l_746 <= 4UL) & (l_747[0][0] , ((((p_48 == ((0x75L ^ 1L) != (safe_add_func_uint16_t_u_u(((safe_mod_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u((p_48 , 248UL), 6)), 0x7911L)) & l_747[0][0]), l_615[1][0][4])))) ^ 4UL) <= 0x3EF1BFE1CD41633DLL) > g_284))))) == (*g_496)), g_478[2])) , 0xF9L) | 252UL) <= 3UL) == l_654))), 3)) , &l_684);
                    if (p_48)
                        continue;
                }
            }
            else
            { /* block id: 283 */
                int8_t l_767 = 0L;
                for (g_274 = 0; (g_274 <= 1); g_274 += 1)
                { /* block id: 286 */
                    int8_t l_766 = 0x05L;
                    (*l_75) = l_766;
                    for (g_283 = 0; (g_283 >= 0); g_283 -= 1)
                    { /* block id: 290 */
                        int32_t *l_784 = &g_285[0][3];
                        int i, j;
                        (*g_102) = &l_747[g_283][g_283];
                        l_784 = (((((**l_613) &= p_48) || l_767) > (safe_unary_minus_func_int16_t_s((safe_mul_func_uint16_t_u_u((l_747[g_283][g_283] = ((((l_742 = g_121.f0) & p_47) < (safe_div_func_uint32_t_u_u(((safe_div_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_s((safe_add_func_uint64_t_u_u((l_779 , 0UL), ((*l_547) = (safe_lshift_func_uint8_t_u_u(p_48, ((safe_mul_func_int8_t_s_s((-1L), p_47)) >= l_683[7][0][1])))))), p_48)) > l_672[0][1].f0), (***g_353))) , g_285[0][8]), 4294967295UL))) < l_672[0][1].f0)), p_48))))) , &l_743);
                        l_747[g_283][g_283] |= p_47;
                    }
                    for (g_58 = 0; (g_58 <= 0); g_58 += 1)
                    { /* block id: 301 */
                        union U1 *l_786 = &l_672[0][1];
                        union U1 **l_785 = &l_786;
                        int64_t l_804 = 0xEEC4C69A450D842ALL;
                        int i, j;
                        l_787 = ((*l_785) = &g_475);
                        (*g_102) = &l_747[g_58][g_58];
                        (*l_83) &= (safe_mul_func_uint16_t_u_u(l_766, (safe_sub_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(((((-1L) >= g_283) , 1UL) >= ((safe_lshift_func_uint16_t_u_u(65535UL, 11)) > (((safe_lshift_func_uint16_t_u_u((((*l_702) = ((((safe_rshift_func_uint16_t_u_s((((((((l_747[g_58][g_58] = (g_283 | l_747[g_58][g_58])) ^ (l_801[2][4] ^ (((safe_div_func_int8_t_s_s(((((*l_74) = (l_804 < 0x84E1L)) > 4294967292UL) ^ l_748[1]), l_767)) != 0x82763BC8L) ^ p_48))) > p_48) | 0xF9L) ^ 0x2188833B67CD60F2LL) , 0xE82AL) != 0xE656L), 11)) > g_283) ^ l_766) | p_47)) != p_48), p_48)) , (void*)0) != (void*)0))), l_766)), (***g_353)))));
                    }
                }
            }
        }
        else
        { /* block id: 312 */
            int32_t l_809[10][9] = {{0x690AE494L,(-1L),(-1L),0x690AE494L,0x3AE803A1L,0xB236D590L,0x3AE803A1L,0x690AE494L,(-1L)},{0x608E0D63L,0x608E0D63L,0xC7508F77L,(-6L),0xF243C0CCL,(-6L),0xC7508F77L,0x608E0D63L,0x608E0D63L},{(-1L),0x690AE494L,0x3AE803A1L,0xB236D590L,0x3AE803A1L,0x690AE494L,(-1L),(-1L),0x690AE494L},{(-6L),1L,0xC7508F77L,1L,(-6L),0x2D79CD4CL,0x2D79CD4CL,(-6L),1L},{(-1L),0x3AE803A1L,(-1L),7L,0x5D1D3366L,0x5D1D3366L,7L,(-1L),0x3AE803A1L},{0x608E0D63L,0L,0x2D79CD4CL,0xC7508F77L,0xC7508F77L,0x2D79CD4CL,0L,0x608E0D63L,0L},{0x690AE494L,0xB236D590L,7L,7L,0xB236D590L,0x690AE494L,0x5D1D3366L,0x690AE494L,0xB236D590L},{1L,0L,0L,1L,0x608E0D63L,(-6L),0x608E0D63L,1L,0L},{0x3AE803A1L,0x3AE803A1L,0x5D1D3366L,0xB236D590L,0xA07F80E1L,0xB236D590L,0x5D1D3366L,0x3AE803A1L,0x3AE803A1L},{0L,1L,0x608E0D63L,(-6L),0x608E0D63L,1L,0L,0L,1L}};
            int64_t l_814 = 3L;
            int32_t **l_828 = (void*)0;
            uint8_t l_852 = 0x36L;
            int64_t l_854 = 1L;
            int32_t l_859 = 0xCB0165E4L;
            uint16_t **l_899 = &l_539;
            uint64_t l_904[4][5][10] = {{{0x5B617DA2E46955CBLL,6UL,18446744073709551615UL,0x4FD12AB92A33984ALL,2UL,18446744073709551615UL,1UL,0x0D552B73576E3223LL,9UL,1UL},{18446744073709551608UL,0x79F38116AE11A521LL,2UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,0x094EF675909A6D55LL,18446744073709551615UL,0x0D552B73576E3223LL,18446744073709551615UL},{0xEA86F8D07A963CE5LL,9UL,18446744073709551608UL,18446744073709551615UL,18446744073709551615UL,6UL,0x8C88023445CAD91FLL,0x79F38116AE11A521LL,18446744073709551615UL,0x0D552B73576E3223LL},{0x79F38116AE11A521LL,0xC52AA3F4B7A7AF22LL,18446744073709551607UL,18446744073709551615UL,9UL,18446744073709551615UL,0xCAE62FA91A75492ELL,0xA8AD52ABF39B6B36LL,0x0D552B73576E3223LL,6UL},{0xA942C060434CF79ELL,0x79F38116AE11A521LL,0x802FE2B3EE4283C1LL,0x31A807E2231F7A58LL,18446744073709551615UL,18446744073709551615UL,0x31A807E2231F7A58LL,0x802FE2B3EE4283C1LL,0x79F38116AE11A521LL,0xA942C060434CF79ELL}},{{18446744073709551615UL,0x802FE2B3EE4283C1LL,18446744073709551615UL,0x51F0EB0CB33B7AD6LL,3UL,18446744073709551615UL,6UL,18446744073709551615UL,9UL,0x5B617DA2E46955CBLL},{18446744073709551615UL,2UL,0xA8AD52ABF39B6B36LL,0x802FE2B3EE4283C1LL,3UL,1UL,18446744073709551615UL,0x8C88023445CAD91FLL,0x4D17FA710A09DD87LL,0xA942C060434CF79ELL},{3UL,6UL,0xB73E9D5DFC628868LL,18446744073709551615UL,18446744073709551615UL,0xE72C36DEF967229ELL,18446744073709551615UL,18446744073709551615UL,0xB73E9D5DFC628868LL,6UL},{18446744073709551615UL,0xE72C36DEF967229ELL,0x31A807E2231F7A58LL,2UL,9UL,0x4D17FA710A09DD87LL,18446744073709551615UL,0x51F0EB0CB33B7AD6LL,18446744073709551615UL,0x0D552B73576E3223LL},{18446744073709551615UL,0xA8AD52ABF39B6B36LL,18446744073709551615UL,0x4FD12AB92A33984ALL,18446744073709551615UL,0x4D17FA710A09DD87LL,1UL,0x094EF675909A6D55LL,0xE72C36DEF967229ELL,18446744073709551615UL}},{{18446744073709551615UL,18446744073709551608UL,0xEA86F8D07A963CE5LL,0x094EF675909A6D55LL,0x5B617DA2E46955CBLL,0xE72C36DEF967229ELL,0xE72C36DEF967229ELL,0x5B617DA2E46955CBLL,0x094EF675909A6D55LL,0xEA86F8D07A963CE5LL},{3UL,3UL,18446744073709551615UL,0xE72C36DEF967229ELL,0x094EF675909A6D55LL,1UL,0x4D17FA710A09DD87LL,18446744073709551615UL,0x4FD12AB92A33984ALL,18446744073709551615UL},{18446744073709551615UL,0x094EF675909A6D55LL,0x0D552B73576E3223LL,18446744073709551615UL,0x51F0EB0CB33B7AD6LL,18446744073709551615UL,0x4D17FA710A09DD87LL,9UL,2UL,0x31A807E2231F7A58LL},{18446744073709551615UL,3UL,6UL,0xB73E9D5DFC628868LL,18446744073709551615UL,18446744073709551615UL,0xE72C36DEF967229ELL,18446744073709551615UL,18446744073709551615UL,0xB73E9D5DFC628868LL},{0xA942C060434CF79ELL,18446744073709551608UL,0xA942C060434CF79ELL,0x4D17FA710A09DD87LL,0x8C88023445CAD91FLL,18446744073709551615UL,1UL,3UL,0x802FE2B3EE4283C1LL,0xA8AD52ABF39B6B36LL}},{{0x79F38116AE11A521LL,0xA8AD52ABF39B6B36LL,0x5B617DA2E46955CBLL,9UL,18446744073709551615UL,6UL,18446744073709551615UL,3UL,0x51F0EB0CB33B7AD6LL,18446744073709551615UL},{0xEA86F8D07A963CE5LL,0xE72C36DEF967229ELL,0xA942C060434CF79ELL,0x79F38116AE11A521LL,0x802FE2B3EE4283C1LL,0x31A807E2231F7A58LL,18446744073709551615UL,18446744073709551615UL,0x31A807E2231F7A58LL,0x802FE2B3EE4283C1LL},{0x0D552B73576E3223LL,6UL,6UL,0x0D552B73576E3223LL,0xA8AD52ABF39B6B36LL,0xCAE62FA91A75492ELL,18446744073709551615UL,9UL,18446744073709551615UL,18446744073709551607UL},{0xE72C36DEF967229ELL,2UL,0x0D552B73576E3223LL,18446744073709551615UL,0x79F38116AE11A521LL,0x8C88023445CAD91FLL,6UL,18446744073709551615UL,18446744073709551615UL,18446744073709551608UL},{18446744073709551608UL,0x802FE2B3EE4283C1LL,18446744073709551615UL,0x0D552B73576E3223LL,18446744073709551615UL,0x094EF675909A6D55LL,0x31A807E2231F7A58LL,0x5B617DA2E46955CBLL,0x31A807E2231F7A58LL,0x094EF675909A6D55LL}}};
            int i, j, k;
            if ((safe_rshift_func_uint8_t_u_s(0UL, 2)))
            { /* block id: 313 */
lbl_857:
                for (l_686 = 18; (l_686 > 12); --l_686)
                { /* block id: 316 */
                    (*l_78) &= (l_809[2][5] & p_47);
                    if ((((safe_mul_func_int16_t_s_s(5L, ((-1L) >= l_653[1].f0))) & (safe_mod_func_int32_t_s_s(((*g_496) , l_748[1]), l_814))) <= ((void*)0 != &g_102)))
                    { /* block id: 318 */
                        (*g_102) = &l_686;
                        (*l_78) |= p_47;
                        if (g_79)
                            goto lbl_594;
                        if (g_58)
                            goto lbl_594;
                    }
                    else
                    { /* block id: 323 */
                        return l_815;
                    }
                }
            }
            else
            { /* block id: 327 */
                union U1 **l_841 = &l_787;
                union U1 ***l_840 = &l_841;
                int32_t l_850 = (-9L);
                int32_t l_851 = 8L;
                union U1 **l_853 = &l_787;
                l_816 = (*g_102);
                if ((((safe_div_func_int16_t_s_s((safe_rshift_func_int16_t_s_u((safe_sub_func_int32_t_s_s(((safe_sub_func_uint16_t_u_u((((safe_unary_minus_func_uint32_t_u((safe_add_func_int8_t_s_s(((l_828 != &l_816) > (safe_mul_func_uint8_t_u_u(((safe_mod_func_uint8_t_u_u((((void*)0 == &l_743) && (((~(g_690 &= 0x4FB23D1EL)) | (safe_add_func_int16_t_s_s((((((g_227[4][5][0] = (safe_lshift_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u((((*l_840) = (void*)0) != (((safe_div_func_int32_t_s_s((g_475.f0 , (safe_sub_func_int8_t_s_s((((((**g_354) = (safe_mul_func_int16_t_s_s((l_83 == (((safe_sub_func_uint64_t_u_u(l_850, g_291)) & l_851) , &g_71)), 2L))) >= p_48) == 1UL) , l_852), p_48))), p_47)) > 0x04L) , l_853)), p_47)) <= 0UL), 2))) && g_279) && p_48) , g_475.f1) ^ (*g_496)), p_47))) >= p_48)), l_850)) != 4294967295UL), p_48))), l_854)))) == p_48) != p_47), 0xD144L)) & g_284), g_282)), l_850)), 1UL)) , 4294967289UL) && l_851))
                { /* block id: 333 */
                    uint16_t l_862 = 1UL;
                    for (l_734 = (-21); (l_734 < 24); l_734 = safe_add_func_uint8_t_u_u(l_734, 9))
                    { /* block id: 336 */
                        int64_t l_858 = 0L;
                        int32_t *l_860 = &g_279;
                        int32_t *l_861[7][4] = {{&l_747[0][0],&g_274,&l_685,&g_280},{&l_592,&g_274,&g_274,&g_274},{&g_275[2][5][0],&g_274,&l_742,&l_685},{&g_275[2][5][0],&l_742,&g_275[2][5][0],&g_280},{&g_274,&l_685,&g_280,&g_280},{&l_742,&l_742,&l_747[0][0],&l_685},{&l_685,&g_274,&l_747[0][0],&g_274}};
                        const int32_t ****l_876 = &l_873;
                        int i, j;
                        if (g_274)
                            goto lbl_857;
                        l_862++;
                        (*l_80) = ((void*)0 == &g_696);
                        (*l_78) ^= (safe_sub_func_uint64_t_u_u(((g_285[9][1] <= ((l_850 >= p_48) & ((((p_48 , p_48) , ((((safe_mul_func_uint16_t_u_u((safe_lshift_func_int8_t_s_u((safe_add_func_uint16_t_u_u(l_851, ((**l_613) = (((((*l_876) = l_873) == (void*)0) & 0xA5L) == 0x0C39CCC5DCE3AD3ELL)))), 4)), p_48)) & (-1L)) & p_47) < p_47)) & p_47) ^ g_288))) || p_47), (-1L)));
                    }
                    (*l_72) = 2L;
                    (**l_873) = &l_850;
                    for (g_279 = 0; (g_279 < (-1)); --g_279)
                    { /* block id: 348 */
                        uint16_t l_887 = 7UL;
                        uint64_t ***l_889 = &l_534;
                        (**l_873) = (*g_102);
                        (*g_102) = &l_850;
                        (*l_889) = (((((**g_354) = (safe_div_func_int8_t_s_s(((((&g_334 != (void*)0) != (safe_add_func_int64_t_s_s((safe_rshift_func_uint8_t_u_u(0xDBL, 0)), (safe_add_func_uint32_t_u_u(p_48, ((**g_354) , 1L)))))) | ((l_887 > ((((*g_102) == (*g_102)) , l_888) && g_285[9][1])) < g_280)) > p_48), 1L))) == 0x59L) != p_48) , &l_535);
                        return g_277[1][2];
                    }
                }
                else
                { /* block id: 355 */
                    (**l_873) = l_890;
                }
                (*l_83) = (*l_890);
            }
            (*l_72) = (safe_add_func_uint8_t_u_u((((p_48 == (g_475 , (((safe_div_func_int64_t_s_s(((p_48 , (((safe_rshift_func_int8_t_s_u((((((*l_899) = &l_530) == (void*)0) , &p_48) == &g_334), ((safe_mul_func_uint16_t_u_u(p_48, (safe_mod_func_uint16_t_u_u(p_48, p_47)))) || g_227[8][3][0]))) < p_48) > l_904[3][1][8])) == (-6L)), p_47)) < (*l_890)) <= g_79))) & g_475.f0) , (**g_354)), p_47));
        }
        return p_48;
    }
    else
    { /* block id: 364 */
        int32_t **l_905[6][1][6] = {{{(void*)0,&g_696,(void*)0,(void*)0,&g_696,(void*)0}},{{(void*)0,&g_696,(void*)0,(void*)0,&g_696,(void*)0}},{{(void*)0,&g_696,(void*)0,(void*)0,&g_696,(void*)0}},{{(void*)0,&g_696,(void*)0,(void*)0,&g_696,(void*)0}},{{(void*)0,&g_696,(void*)0,(void*)0,&g_696,(void*)0}},{{(void*)0,&g_696,(void*)0,(void*)0,&g_696,(void*)0}}};
        int32_t ***l_906[1];
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_906[i] = &l_905[3][0][0];
        g_907 = l_905[3][0][0];
    }
    for (g_544 = 0; (g_544 >= (-19)); g_544--)
    { /* block id: 369 */
        (*l_80) |= (safe_div_func_int8_t_s_s(g_449, g_690));
    }
    (*l_80) = (((*l_914) = l_912) == (void*)0);
    return g_171;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_58 g_103 g_121 g_85 g_107 g_71 g_121.f0 g_73 g_355 g_291 g_353 g_354 g_102 g_285 g_478 g_286 g_271 g_282
 * writes: g_73 g_62 g_107 g_291 g_85 g_103 g_474 g_496 g_171
 */
static int8_t  func_90(union U0  p_91, uint8_t * p_92, const uint16_t  p_93, uint8_t * p_94)
{ /* block id: 9 */
    int8_t l_110[7][1][10] = {{{3L,0x7DL,1L,3L,0x14L,1L,1L,0x14L,3L,1L}},{{0x14L,0x14L,5L,0x7DL,0x14L,(-2L),0x7DL,0x7DL,(-2L),0x14L}},{{0x14L,1L,1L,0x14L,3L,1L,0x7DL,3L,3L,0x7DL}},{{3L,0x14L,1L,1L,0x14L,3L,1L,0x7DL,3L,3L}},{{0x14L,0x7DL,5L,0x14L,0x14L,5L,0x7DL,0x14L,(-2L),0x7DL}},{{0x14L,3L,1L,0x7DL,3L,3L,0x7DL,1L,3L,0x14L}},{{3L,0x7DL,1L,3L,0x14L,1L,1L,0x14L,3L,1L}}};
    int32_t l_112[3][3];
    union U0 l_119 = {0x7908E2A1EE4EC2A0LL};
    const uint8_t **l_157 = (void*)0;
    uint16_t l_177[10][8][3] = {{{0xC526L,0x00B7L,8UL},{65535UL,0x9D2DL,5UL},{0x9858L,0UL,0x9858L},{5UL,0x9D2DL,65535UL},{8UL,0x00B7L,0xC526L},{0x381DL,0xA300L,0x6F22L},{0xEFA1L,0xEFA1L,0x638CL},{0x381DL,5UL,0xA300L}},{{8UL,0x638CL,0x3073L},{5UL,0x4CA5L,0x4CA5L},{0x9858L,8UL,0x3073L},{65535UL,0x7706L,0xA300L},{0xC526L,0UL,0x638CL},{0x6F22L,65531UL,0x6F22L},{0x638CL,0UL,0xC526L},{0xA300L,0x7706L,65535UL}},{{0x3073L,8UL,0x9858L},{0x4CA5L,0x4CA5L,5UL},{0x3073L,0x638CL,8UL},{0xA300L,5UL,0x381DL},{0x638CL,0xEFA1L,0xEFA1L},{0x9D2DL,65531UL,65535UL},{0x9858L,0x3073L,0UL},{0x6F22L,5UL,0x4CA5L}},{{0UL,0x5D7BL,0UL},{0x4CA5L,5UL,0x6F22L},{0UL,0x3073L,0x9858L},{65535UL,65531UL,0x9D2DL},{0xE75AL,0xE75AL,0xEFA1L},{65535UL,0x4CA5L,65531UL},{0UL,0xEFA1L,0xC526L},{0x4CA5L,1UL,1UL}},{{0UL,0UL,0xC526L},{0x6F22L,0x381DL,65531UL},{0x9858L,0x638CL,0xEFA1L},{0x9D2DL,0x7548L,0x9D2DL},{0xEFA1L,0x638CL,0x9858L},{65531UL,0x381DL,0x6F22L},{0xC526L,0UL,0UL},{1UL,1UL,0x4CA5L}},{{0xC526L,0xEFA1L,0UL},{65531UL,0x4CA5L,65535UL},{0xEFA1L,0xE75AL,0xE75AL},{0x9D2DL,65531UL,65535UL},{0x9858L,0x3073L,0UL},{0x6F22L,5UL,0x4CA5L},{0UL,0x5D7BL,0UL},{0x4CA5L,5UL,0x6F22L}},{{0UL,0x3073L,0x9858L},{65535UL,65531UL,0x9D2DL},{0xE75AL,0xE75AL,0xEFA1L},{65535UL,0x4CA5L,65531UL},{0UL,0xEFA1L,0xC526L},{0x4CA5L,1UL,1UL},{0UL,0UL,0xC526L},{0x6F22L,0x381DL,65531UL}},{{0x9858L,0x638CL,0xEFA1L},{0x9D2DL,0x7548L,0x9D2DL},{0xEFA1L,0x638CL,0x9858L},{65531UL,0x381DL,0x6F22L},{0xC526L,0UL,0UL},{1UL,1UL,0x4CA5L},{0xC526L,0xEFA1L,0UL},{65531UL,0x4CA5L,65535UL}},{{0xEFA1L,0xE75AL,0xE75AL},{0x9D2DL,65531UL,65535UL},{0x9858L,0x3073L,0UL},{0x6F22L,5UL,0x4CA5L},{0UL,0x5D7BL,0UL},{0x4CA5L,5UL,0x6F22L},{0UL,0x3073L,0x9858L},{65535UL,65531UL,0x9D2DL}},{{0xE75AL,0xE75AL,0xEFA1L},{65535UL,0x4CA5L,65531UL},{0UL,0xEFA1L,0xC526L},{0x4CA5L,1UL,1UL},{0UL,0UL,0xC526L},{0x6F22L,0x381DL,65531UL},{0x9858L,0x638CL,0xEFA1L},{0x9D2DL,0x7548L,0x9D2DL}}};
    int32_t **l_189 = &g_103[1][0][6];
    int16_t * const l_204 = (void*)0;
    int16_t * const *l_203 = &l_204;
    int32_t l_221[5][6][1] = {{{0x8C2A34A0L},{0x01AF70EBL},{0xA270C91FL},{0x01AF70EBL},{0x8C2A34A0L},{(-1L)}},{{0x8C2A34A0L},{0x01AF70EBL},{0xA270C91FL},{0x01AF70EBL},{0x8C2A34A0L},{(-1L)}},{{0x8C2A34A0L},{0x01AF70EBL},{(-6L)},{(-1L)},{0xA270C91FL},{0x617A3C90L}},{{0xA270C91FL},{(-1L)},{(-6L)},{(-1L)},{0xA270C91FL},{0x617A3C90L}},{{0xA270C91FL},{(-1L)},{(-6L)},{(-1L)},{0xA270C91FL},{0x617A3C90L}}};
    int32_t * const l_290 = &g_291;
    int32_t * const *l_289 = &l_290;
    int32_t ** const l_292[7][4][8] = {{{&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2]},{&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2]},{&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5]},{&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2]}},{{&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2]},{&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5]},{&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2]},{&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2]}},{{&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5]},{&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2]},{&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2]},{&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5]}},{{&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2]},{&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2]},{&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5]},{&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2]}},{{&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2]},{&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5]},{&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2]},{&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2]}},{{&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5]},{&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][1][2],&g_103[0][1][2],&g_103[0][3][8],&g_103[0][3][5],&g_103[0][3][5]},{&g_103[0][3][8],&g_103[0][3][5],&g_103[0][3][8],&g_103[0][3][8],&g_103[0][3][5],&g_103[0][3][8],&g_103[0][3][8],&g_103[0][3][5]},{&g_103[0][3][5],&g_103[0][3][8],&g_103[0][3][8],&g_103[0][3][5],&g_103[0][3][8],&g_103[0][3][8],&g_103[0][3][5],&g_103[0][3][8]}},{{&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5]},{&g_103[0][3][8],&g_103[0][3][5],&g_103[0][3][8],&g_103[0][3][8],&g_103[0][3][5],&g_103[0][3][8],&g_103[0][3][8],&g_103[0][3][5]},{&g_103[0][3][5],&g_103[0][3][8],&g_103[0][3][8],&g_103[0][3][5],&g_103[0][3][8],&g_103[0][3][8],&g_103[0][3][5],&g_103[0][3][8]},{&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5],&g_103[0][1][2],&g_103[0][3][5],&g_103[0][3][5]}}};
    int32_t l_323 = 0L;
    uint16_t l_358 = 0x9C28L;
    int32_t l_363[2];
    uint32_t l_365 = 0UL;
    uint32_t l_387 = 0xE0F5FFE6L;
    int16_t * const *l_440[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint8_t * const l_448[1] = {&g_449};
    uint8_t * const *l_447 = &l_448[0];
    uint8_t * const **l_446 = &l_447;
    int64_t *l_466 = &g_171;
    int64_t **l_465 = &l_466;
    union U1 l_470 = {18446744073709551606UL};
    int64_t l_502 = 0x516D507A409B4E6CLL;
    int32_t l_503 = 0xDB03A044L;
    int16_t *l_517[5];
    int16_t **l_516 = &l_517[0];
    int16_t ***l_515 = &l_516;
    int16_t ****l_514[2][8] = {{(void*)0,&l_515,(void*)0,&l_515,(void*)0,&l_515,(void*)0,&l_515},{(void*)0,&l_515,(void*)0,&l_515,(void*)0,&l_515,(void*)0,&l_515}};
    int i, j, k;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
            l_112[i][j] = 0L;
    }
    for (i = 0; i < 2; i++)
        l_363[i] = 0x057C7EEDL;
    for (i = 0; i < 5; i++)
        l_517[i] = (void*)0;
    for (p_91.f0 = 0; (p_91.f0 != 22); p_91.f0++)
    { /* block id: 12 */
        int32_t *l_100 = &g_73;
        int32_t **l_99 = &l_100;
        uint16_t l_101[7][1][2] = {{{0xFE89L,0xFE89L}},{{65535UL,0xFE89L}},{{0xFE89L,65535UL}},{{0xFE89L,0xFE89L}},{{65535UL,0xFE89L}},{{0xFE89L,65535UL}},{{0xFE89L,0xFE89L}}};
        union U0 l_116[10][3] = {{{0x12C121480219EAC3LL},{0x6F7E61D9E462E6BCLL},{0x12C121480219EAC3LL}},{{0x12C121480219EAC3LL},{1UL},{0xF469F5ED801979D5LL}},{{0x12C121480219EAC3LL},{0UL},{4UL}},{{0x12C121480219EAC3LL},{0x6F7E61D9E462E6BCLL},{0x12C121480219EAC3LL}},{{0x12C121480219EAC3LL},{1UL},{0xF469F5ED801979D5LL}},{{0x12C121480219EAC3LL},{0UL},{4UL}},{{0x12C121480219EAC3LL},{0x6F7E61D9E462E6BCLL},{0x12C121480219EAC3LL}},{{0x12C121480219EAC3LL},{1UL},{0xF469F5ED801979D5LL}},{{0x12C121480219EAC3LL},{0UL},{4UL}},{{0x12C121480219EAC3LL},{0x6F7E61D9E462E6BCLL},{0x12C121480219EAC3LL}}};
        int32_t l_174 = 0x325749A0L;
        int32_t l_175[7][9][4] = {{{3L,(-1L),1L,0x9C157CCDL},{0x918E3CBCL,0xF0B0E5E2L,3L,0x4541D115L},{0x47FADFC4L,0L,(-5L),0xFEF9525CL},{0x0226C0DDL,0x9AFFEC7DL,1L,0xFEF9525CL},{(-6L),0L,2L,0x4541D115L},{0x2D8CDCC9L,0xF0B0E5E2L,0x2D8CDCC9L,0x9C157CCDL},{1L,(-1L),0L,0L},{0x4BBA3882L,0xEDE39AE1L,0x8B7766AAL,(-1L)},{0x1D055632L,9L,0x8B7766AAL,0x9AFFEC7DL}},{{0x4BBA3882L,0xA1D09630L,0L,(-1L)},{1L,0xA3AE11F4L,0x2D8CDCC9L,0x34017EA3L},{0x2D8CDCC9L,0x34017EA3L,2L,0xF0B0E5E2L},{(-6L),0xF64FDBAAL,1L,0x67A3BE24L},{0x0226C0DDL,0xF64FDBAAL,(-5L),0xF0B0E5E2L},{0x47FADFC4L,0x34017EA3L,3L,0x34017EA3L},{0x918E3CBCL,0xA3AE11F4L,1L,(-1L)},{3L,0xA1D09630L,0x98932A73L,0x9AFFEC7DL},{0L,9L,0x47FADFC4L,(-1L)}},{{3L,9L,0x4BBA3882L,0x67A3BE24L},{0x2D8CDCC9L,0xA3AE11F4L,1L,0xEDE39AE1L},{0x47E0269AL,9L,0x2D8CDCC9L,(-1L)},{0x1D055632L,0x67A3BE24L,(-6L),0x4541D115L},{1L,0L,0x0226C0DDL,0x4541D115L},{0x98932A73L,0x67A3BE24L,0x47FADFC4L,(-1L)},{0x918E3CBCL,9L,0x918E3CBCL,0xEDE39AE1L},{0x0226C0DDL,0xA3AE11F4L,3L,0x67A3BE24L},{0x8B7766AAL,9L,0L,0xA3AE11F4L}},{{1L,0xFEF9525CL,0L,0L},{0x8B7766AAL,0x9AFFEC7DL,3L,0x9C157CCDL},{0x0226C0DDL,0x5C06DED9L,0x918E3CBCL,(-1L)},{0x918E3CBCL,(-1L),0x47FADFC4L,9L},{0x98932A73L,0x34017EA3L,0x0226C0DDL,0xF64FDBAAL},{1L,0x34017EA3L,(-6L),9L},{0x1D055632L,(-1L),0x2D8CDCC9L,(-1L)},{0x47E0269AL,0x5C06DED9L,1L,0x9C157CCDL},{0x2D8CDCC9L,0x9AFFEC7DL,0x4BBA3882L,0L}},{{3L,0xFEF9525CL,0x1D055632L,0xA3AE11F4L},{3L,9L,0x4BBA3882L,0x67A3BE24L},{0x2D8CDCC9L,0xA3AE11F4L,1L,0xEDE39AE1L},{0x47E0269AL,9L,0x2D8CDCC9L,(-1L)},{0x1D055632L,0x67A3BE24L,(-6L),0x4541D115L},{1L,0L,0x0226C0DDL,0x4541D115L},{0x98932A73L,0x67A3BE24L,0x47FADFC4L,(-1L)},{0x918E3CBCL,9L,0x918E3CBCL,0xEDE39AE1L},{0x0226C0DDL,0xA3AE11F4L,3L,0x67A3BE24L}},{{0x8B7766AAL,9L,0L,0xA3AE11F4L},{1L,0xFEF9525CL,0L,0L},{0x8B7766AAL,0x9AFFEC7DL,3L,0x9C157CCDL},{0x0226C0DDL,0x5C06DED9L,0x918E3CBCL,(-1L)},{0x918E3CBCL,(-1L),0x47FADFC4L,9L},{0x98932A73L,0x34017EA3L,0x0226C0DDL,0xF64FDBAAL},{1L,0x34017EA3L,(-6L),9L},{0x1D055632L,(-1L),0x2D8CDCC9L,(-1L)},{0x47E0269AL,0x5C06DED9L,1L,0x9C157CCDL}},{{0x2D8CDCC9L,0x9AFFEC7DL,0x4BBA3882L,0L},{3L,0xFEF9525CL,0x1D055632L,0xA3AE11F4L},{3L,9L,0x4BBA3882L,0x67A3BE24L},{0x2D8CDCC9L,0xA3AE11F4L,1L,0xEDE39AE1L},{0x47E0269AL,9L,0x2D8CDCC9L,(-1L)},{0x1D055632L,0x67A3BE24L,(-6L),0x4541D115L},{1L,0L,0x0226C0DDL,0x4541D115L},{0x98932A73L,0x67A3BE24L,0x47FADFC4L,(-1L)},{0x918E3CBCL,9L,0x918E3CBCL,0xEDE39AE1L}}};
        int8_t *l_194 = &l_110[5][0][6];
        uint8_t *l_220 = &g_62;
        uint8_t **l_219 = &l_220;
        uint8_t ***l_218 = &l_219;
        int32_t *l_222 = &l_112[0][0];
        int32_t *l_223 = (void*)0;
        int32_t *l_224 = &g_107;
        uint64_t l_257 = 18446744073709551613UL;
        int8_t l_364 = (-10L);
        int16_t * const ** const l_406[4] = {&l_203,&l_203,&l_203,&l_203};
        int i, j, k;
        (*l_99) = (void*)0;
        for (g_73 = 0; (g_73 <= 0); g_73 += 1)
        { /* block id: 16 */
            uint8_t l_109 = 1UL;
            int32_t *l_113 = &g_79;
            union U0 *l_117 = (void*)0;
            union U0 *l_118[5][5][3] = {{{(void*)0,&l_116[1][2],&l_116[5][0]},{&l_116[1][2],&l_116[1][2],&l_116[1][2]},{&l_116[5][0],&l_116[9][0],&l_116[1][2]},{&l_116[1][2],&l_116[1][2],&l_116[3][0]},{&l_116[1][2],&l_116[1][2],&l_116[5][0]}},{{&l_116[1][2],&l_116[1][2],&l_116[1][2]},{&l_116[8][2],&l_116[1][2],&l_116[8][2]},{&l_116[1][2],&l_116[1][2],&l_116[1][2]},{(void*)0,&l_116[9][0],&l_116[8][2]},{&l_116[1][2],&l_116[1][2],&l_116[1][2]}},{{&l_116[3][0],(void*)0,&l_116[5][0]},{&l_116[1][2],&l_116[1][2],&l_116[3][0]},{(void*)0,&l_116[1][2],&l_116[1][2]},{&l_116[1][2],&l_116[1][2],&l_116[1][2]},{&l_116[8][2],(void*)0,&l_116[1][2]}},{{&l_116[1][2],&l_116[1][2],&l_116[1][2]},{&l_116[1][2],&l_116[9][0],&l_116[1][2]},{&l_116[1][2],&l_116[1][2],&l_116[3][0]},{&l_116[1][2],&l_116[1][2],&l_116[5][0]},{&l_116[1][2],&l_116[1][2],&l_116[1][2]}},{{&l_116[8][2],&l_116[1][2],&l_116[8][2]},{&l_116[1][2],&l_116[1][2],&l_116[1][2]},{(void*)0,&l_116[9][0],&l_116[8][2]},{&l_116[1][2],&l_116[1][2],&l_116[1][2]},{&l_116[3][0],(void*)0,&l_116[5][0]}}};
            int32_t ***l_122 = (void*)0;
            int32_t ***l_123 = &l_99;
            uint64_t *l_124 = &l_116[1][2].f0;
            uint64_t *l_125 = &g_121.f0;
            uint64_t *l_126 = &g_120.f0;
            int32_t *l_136 = &l_112[1][2];
            uint32_t l_188 = 0x5D4B14E1L;
            int i, j, k;
        }
        (*l_224) = ((*l_222) = ((((safe_div_func_int8_t_s_s(((*l_194) = 4L), (safe_lshift_func_uint16_t_u_s((safe_lshift_func_uint8_t_u_u(((***l_218) = (safe_sub_func_int64_t_s_s((safe_mul_func_int16_t_s_s(g_4, (((((l_203 != &l_204) >= ((safe_mod_func_uint8_t_u_u((safe_add_func_int64_t_s_s(g_58, ((~(safe_div_func_uint64_t_u_u(((*l_189) != (*l_99)), (g_121 , ((((safe_unary_minus_func_uint16_t_u(((((((safe_add_func_uint64_t_u_u(((!(safe_add_func_int64_t_s_s((l_218 == (void*)0), p_91.f0))) < 0x63L), g_85)) >= p_91.f0) >= g_4) != p_93) && 0x508459D8L) > p_91.f0))) , 0x3E13164FAC58A1BALL) , l_221[3][2][0]) && p_91.f0))))) >= p_91.f0))), g_107)) != 0xD5L)) , 1UL) | p_93) != p_91.f0))), g_71))), l_221[3][2][0])), g_121.f0)))) > g_4) ^ g_73) <= g_85));
    }
lbl_499:
    if (((*l_290) &= ((*g_355) < (l_440[6] != &l_204))))
    { /* block id: 180 */
        uint64_t l_441 = 0x9EC642AF54666855LL;
        --l_441;
    }
    else
    { /* block id: 182 */
        uint8_t * const *l_445 = (void*)0;
        uint8_t * const **l_444[1][2];
        int32_t *l_467 = &g_73;
        int32_t *l_468[10][1][6] = {{{(void*)0,&g_288,&g_281[3][0],&g_272,&g_285[9][1],&g_281[3][0]}},{{&g_281[3][0],(void*)0,&g_281[3][0],&l_221[3][2][0],&l_221[3][2][0],&l_221[3][2][0]}},{{&g_281[3][0],&l_221[3][2][0],&g_281[3][0],&g_285[2][0],(void*)0,&g_276}},{{&g_285[2][0],(void*)0,&g_276,&g_285[9][1],(void*)0,&g_280}},{{&g_277[3][2],&g_276,&g_279,&g_285[9][1],&g_285[2][0],&g_285[2][0]}},{{&g_285[2][0],&g_288,&g_288,&g_285[2][0],(void*)0,&g_288}},{{&g_281[3][0],&g_277[3][2],&g_280,&l_221[3][2][0],&g_279,&g_281[3][0]}},{{&g_281[3][0],&g_285[9][1],&l_221[3][2][0],&g_272,&g_279,(void*)0}},{{(void*)0,&g_277[3][2],&g_285[2][0],&g_277[3][2],(void*)0,&g_272}},{{&l_221[3][2][0],&g_288,&g_285[9][6],&g_288,&g_285[2][0],&g_281[3][0]}}};
        int32_t l_469 = 1L;
        const union U1 *l_471 = &l_470;
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 2; j++)
                l_444[i][j] = &l_445;
        }
        (**l_289) &= ((l_446 = l_444[0][0]) != &l_157);
        if ((safe_rshift_func_int8_t_s_u(0xFEL, (safe_add_func_uint64_t_u_u((safe_add_func_uint64_t_u_u((0x3319L >= (&g_396 != (void*)0)), (safe_sub_func_uint64_t_u_u((safe_sub_func_uint8_t_u_u(((*g_355) = (***g_353)), (safe_mod_func_uint32_t_u_u((safe_add_func_int8_t_s_s((safe_unary_minus_func_uint8_t_u((((((l_465 == (void*)0) < ((((((l_467 = ((*g_102) = (*l_189))) == (l_468[7][0][1] = l_468[7][0][1])) >= 0x380C46BBEC59D11CLL) & l_469) && g_285[2][4]) ^ p_91.f0)) | 249UL) ^ 0UL) == p_91.f0))), (**l_289))), p_91.f0)))), 0x78D221E71201CA87LL)))), 18446744073709551615UL)))))
        { /* block id: 189 */
            (*l_290) &= (l_470 , p_93);
        }
        else
        { /* block id: 191 */
            const union U1 **l_472 = (void*)0;
            const union U1 **l_473[5][7] = {{(void*)0,(void*)0,&l_471,(void*)0,(void*)0,&l_471,(void*)0},{(void*)0,&l_471,&l_471,(void*)0,&l_471,&l_471,(void*)0},{&l_471,(void*)0,&l_471,&l_471,(void*)0,&l_471,&l_471},{(void*)0,(void*)0,&l_471,(void*)0,(void*)0,&l_471,(void*)0},{(void*)0,&l_471,&l_471,(void*)0,&l_471,&l_471,(void*)0}};
            int i, j;
            g_474 = l_471;
        }
    }
    if ((safe_sub_func_uint64_t_u_u(1UL, g_478[0])))
    { /* block id: 195 */
        uint8_t l_486 = 255UL;
        union U1 l_489 = {0x2520063BL};
        uint64_t *l_492 = &g_121.f0;
        uint64_t **l_493 = (void*)0;
        uint64_t *l_495 = &g_4;
        uint64_t **l_494[1];
        int16_t *l_498 = &g_58;
        int16_t **l_497 = &l_498;
        int i;
        for (i = 0; i < 1; i++)
            l_494[i] = &l_495;
        (*g_102) = (void*)0;
        (*l_290) |= (safe_div_func_uint8_t_u_u(((safe_unary_minus_func_uint8_t_u((&l_470 == (void*)0))) > (safe_rshift_func_int16_t_s_s((safe_sub_func_uint64_t_u_u(l_486, (safe_mod_func_uint32_t_u_u((l_489 , (g_286 > ((((*l_466) = (p_91.f0 > ((((l_492 != (g_496 = l_492)) ^ p_91.f0) < g_271) && l_486))) , l_497) == &l_204))), l_486)))), 6))), 254UL));
        if (g_121.f0)
            goto lbl_499;
    }
    else
    { /* block id: 201 */
        uint8_t *l_504 = &g_62;
        int16_t ****l_518 = &l_515;
        int32_t l_523 = 0x6D2C4824L;
        l_502 = ((**l_289) ^= (safe_sub_func_int64_t_s_s(p_91.f0, 18446744073709551614UL)));
        (**l_289) = l_503;
        (*l_290) = ((void*)0 == l_504);
        (**l_289) = ((safe_lshift_func_int16_t_s_s((safe_unary_minus_func_uint8_t_u(255UL)), 9)) , (safe_mod_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u(((safe_div_func_int8_t_s_s((((***g_353) ^ (l_514[1][6] == ((&g_474 == (void*)0) , l_518))) && ((safe_div_func_int64_t_s_s((((1UL || (safe_sub_func_int64_t_s_s(((0xB67EA3C2L || (-1L)) , 6L), g_282))) , &g_474) != (void*)0), p_93)) == p_91.f0)), (*g_355))) <= (*g_355)), 0xC7A9L)), l_523)));
    }
    return g_121.f0;
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
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_62, "g_62", print_hash_value);
    transparent_crc(g_71, "g_71", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    transparent_crc(g_79, "g_79", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_120.f0, "g_120.f0", print_hash_value);
    transparent_crc(g_121.f0, "g_121.f0", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_187, "g_187", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_227[i][j][k], "g_227[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_271, "g_271", print_hash_value);
    transparent_crc(g_272, "g_272", print_hash_value);
    transparent_crc(g_273, "g_273", print_hash_value);
    transparent_crc(g_274, "g_274", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_275[i][j][k], "g_275[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_276, "g_276", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_277[i][j], "g_277[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_278, "g_278", print_hash_value);
    transparent_crc(g_279, "g_279", print_hash_value);
    transparent_crc(g_280, "g_280", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_281[i][j], "g_281[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_282, "g_282", print_hash_value);
    transparent_crc(g_283, "g_283", print_hash_value);
    transparent_crc(g_284, "g_284", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_285[i][j], "g_285[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_286, "g_286", print_hash_value);
    transparent_crc(g_287, "g_287", print_hash_value);
    transparent_crc(g_288, "g_288", print_hash_value);
    transparent_crc(g_291, "g_291", print_hash_value);
    transparent_crc(g_334, "g_334", print_hash_value);
    transparent_crc(g_359, "g_359", print_hash_value);
    transparent_crc(g_393.f0, "g_393.f0", print_hash_value);
    transparent_crc(g_395.f0, "g_395.f0", print_hash_value);
    transparent_crc(g_415, "g_415", print_hash_value);
    transparent_crc(g_449, "g_449", print_hash_value);
    transparent_crc(g_475.f0, "g_475.f0", print_hash_value);
    transparent_crc(g_475.f1, "g_475.f1", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_478[i], "g_478[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_544, "g_544", print_hash_value);
    transparent_crc(g_617, "g_617", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_673[i], "g_673[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_690, "g_690", print_hash_value);
    transparent_crc(g_788.f0, "g_788.f0", print_hash_value);
    transparent_crc(g_788.f1, "g_788.f1", print_hash_value);
    transparent_crc(g_924, "g_924", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_1070[i], "g_1070[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_1089[i][j], "g_1089[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1097, "g_1097", print_hash_value);
    transparent_crc(g_1153, "g_1153", print_hash_value);
    transparent_crc(g_1640, "g_1640", print_hash_value);
    transparent_crc(g_1642, "g_1642", print_hash_value);
    transparent_crc(g_1834, "g_1834", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_1954[i][j], "g_1954[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2072, "g_2072", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 8; k++)
            {
                transparent_crc(g_2355[i][j][k], "g_2355[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 8; k++)
            {
                transparent_crc(g_2475[i][j][k], "g_2475[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 589
XXX total union variables: 37

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

XXX max expression depth: 46
breakdown:
   depth: 1, occurrence: 240
   depth: 2, occurrence: 52
   depth: 3, occurrence: 3
   depth: 4, occurrence: 2
   depth: 5, occurrence: 1
   depth: 6, occurrence: 2
   depth: 7, occurrence: 1
   depth: 8, occurrence: 1
   depth: 12, occurrence: 1
   depth: 13, occurrence: 2
   depth: 15, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 19, occurrence: 2
   depth: 20, occurrence: 2
   depth: 21, occurrence: 4
   depth: 22, occurrence: 3
   depth: 23, occurrence: 3
   depth: 24, occurrence: 4
   depth: 25, occurrence: 2
   depth: 26, occurrence: 2
   depth: 27, occurrence: 3
   depth: 28, occurrence: 2
   depth: 29, occurrence: 3
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 34, occurrence: 1
   depth: 36, occurrence: 3
   depth: 38, occurrence: 1
   depth: 40, occurrence: 1
   depth: 41, occurrence: 1
   depth: 46, occurrence: 1

XXX total number of pointers: 562

XXX times a variable address is taken: 1576
XXX times a pointer is dereferenced on RHS: 220
breakdown:
   depth: 1, occurrence: 148
   depth: 2, occurrence: 57
   depth: 3, occurrence: 14
   depth: 4, occurrence: 1
XXX times a pointer is dereferenced on LHS: 324
breakdown:
   depth: 1, occurrence: 279
   depth: 2, occurrence: 31
   depth: 3, occurrence: 13
   depth: 4, occurrence: 1
XXX times a pointer is compared with null: 55
XXX times a pointer is compared with address of another variable: 11
XXX times a pointer is compared with another pointer: 14
XXX times a pointer is qualified to be dereferenced: 6963

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1029
   level: 2, occurrence: 405
   level: 3, occurrence: 128
   level: 4, occurrence: 56
   level: 5, occurrence: 31
XXX number of pointers point to pointers: 249
XXX number of pointers point to scalars: 284
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 33.5
XXX average alias set size: 1.82

XXX times a non-volatile is read: 2017
XXX times a non-volatile is write: 1024
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 12

XXX stmts: 234
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 24
   depth: 1, occurrence: 33
   depth: 2, occurrence: 21
   depth: 3, occurrence: 23
   depth: 4, occurrence: 51
   depth: 5, occurrence: 82

XXX percentage a fresh-made variable is used: 17.5
XXX percentage an existing variable is used: 82.5
********************* end of statistics **********************/

