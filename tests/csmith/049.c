/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 58 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.Wo4oVsALUO/p.c
 * Seed:      58
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
union U0 {
   int8_t  f0;
   uint32_t  f1;
   const signed f2 : 6;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = 0xA3DE81D5L;
static int32_t g_4 = 2L;
static uint64_t g_22 = 1UL;
static uint16_t g_43 = 0x64F7L;
static uint32_t g_61 = 4UL;
static int8_t g_78 = (-1L);
static int32_t g_80 = (-4L);
static uint16_t *g_84 = &g_43;
static union U0 g_85[6] = {{-8L},{0xA7L},{-8L},{-8L},{0xA7L},{-8L}};
static uint32_t g_95 = 0xA924D9C5L;
static int64_t g_102[1] = {0xB89B2A2CB73A7AD9LL};
static uint32_t g_105 = 4294967295UL;
static uint8_t g_127 = 0x72L;
static uint8_t g_129 = 250UL;
static uint16_t g_131[10][4][5] = {{{0x05AEL,0x2ED4L,1UL,0x2ED4L,0x05AEL},{65530UL,0xAA85L,0xDC64L,0xE21FL,65526UL},{0xFA3DL,0x8809L,65534UL,0UL,4UL},{1UL,3UL,65527UL,0xAA85L,65526UL}},{{0x4C4DL,0UL,0x4C4DL,65535UL,0x05AEL},{65526UL,0xDC64L,0x44B6L,65526UL,0xE21FL},{0xCCDAL,0x71B2L,0x2DABL,0UL,65529UL},{65530UL,1UL,0x44B6L,0x44B6L,0xE21FL}},{{0UL,0UL,0x938EL,65535UL,0xA621L},{65535UL,0x44B6L,0xAA85L,0xE21FL,65535UL},{0x2C9DL,0x0171L,0x2DABL,65535UL,0x3867L},{65535UL,0xA6FBL,65527UL,0xDC64L,0xAAD7L}},{{0UL,0x8809L,8UL,0x0171L,0x4C4DL},{0UL,0xDC64L,65528UL,0xAAD7L,65535UL},{0x3867L,0UL,0UL,0x0171L,0UL},{65530UL,65530UL,0xAA85L,0xDC64L,0xE21FL}},{{0x938EL,65535UL,0xA621L,65535UL,0UL},{0xE21FL,65527UL,65528UL,0xE21FL,0xAAD7L},{65534UL,65535UL,0xCCDAL,65535UL,65534UL},{0UL,65530UL,65527UL,0xFFECL,65530UL}},{{0xC82BL,0UL,1UL,0x8809L,0xA621L},{0xE21FL,0xDC64L,0xAA85L,65530UL,65530UL},{0x2C9DL,0x8809L,0x2C9DL,65535UL,65534UL},{65530UL,0xA6FBL,0xFFECL,0xCF6EL,0xAAD7L}},{{0x4C4DL,0x0171L,8UL,0x8809L,0UL},{0UL,0x44B6L,0xFFECL,0xAAD7L,0xE21FL},{4UL,0UL,0x2C9DL,65535UL,0UL},{65535UL,0xE21FL,0xAA85L,0x44B6L,65535UL}},{{0x938EL,0x0171L,1UL,65535UL,0x4C4DL},{65535UL,65527UL,65527UL,65535UL,0xAAD7L},{4UL,0x8809L,0xCCDAL,0x0171L,0x3867L},{0UL,65535UL,65528UL,0xFFECL,65535UL}},{{0x4C4DL,0UL,0xA621L,0x0171L,0xA621L},{65530UL,0xCF6EL,0xAA85L,65535UL,0xE21FL},{0x2C9DL,65535UL,0UL,65535UL,4UL},{0xE21FL,0xA6FBL,65528UL,0x44B6L,0xAAD7L}},{{0xC82BL,65535UL,8UL,65535UL,0xC82BL},{0UL,0xCF6EL,65527UL,0xAAD7L,65530UL},{65534UL,0UL,0x2DABL,0x8809L,0UL},{0xE21FL,65535UL,0xAA85L,0xCF6EL,65530UL}}};
static uint8_t g_154[2] = {0xD1L,0xD1L};
static uint32_t g_159 = 0x665E0C96L;
static int16_t g_174[10] = {1L,1L,0xEAF1L,0x2C52L,0xEAF1L,1L,1L,0xEAF1L,0x2C52L,0xEAF1L};
static int32_t g_183 = (-7L);
static uint32_t g_184[4] = {0x0F8D7780L,0x0F8D7780L,0x0F8D7780L,0x0F8D7780L};
static int32_t g_212 = (-2L);
static int16_t g_262 = 0x8EABL;
static int32_t g_350 = 4L;
static int64_t g_351 = (-1L);
static uint8_t g_363 = 0x9CL;
static int32_t g_395 = (-1L);
static uint64_t * const g_414[8][3] = {{&g_22,&g_22,&g_22},{(void*)0,(void*)0,&g_22},{&g_22,&g_22,&g_22},{(void*)0,&g_22,&g_22},{&g_22,&g_22,&g_22},{(void*)0,(void*)0,&g_22},{&g_22,&g_22,&g_22},{(void*)0,&g_22,&g_22}};
static uint64_t * const *g_413 = &g_414[7][0];
static uint32_t g_463 = 1UL;
static const int32_t g_486 = (-10L);
static int64_t g_635 = 0xFF9E340C84714396LL;
static uint32_t g_638 = 0x1E2BD952L;
static uint16_t * const *g_644 = &g_84;
static uint16_t * const * const *g_643 = &g_644;
static uint16_t * const * const **g_642 = &g_643;
static uint32_t g_648[9][3][9] = {{{0UL,0x83F1FBC8L,0x6A704528L,0xCDDB6C21L,0x54E17C17L,0x95AA7719L,0x2C981E53L,0x95AA7719L,0x54E17C17L},{0x76FCC832L,1UL,1UL,0x76FCC832L,0UL,0x6848B9F5L,0x23CEBA0DL,0UL,4294967294UL},{4294967292UL,4294967295UL,4294967288UL,0UL,0x537126A8L,4294967295UL,4294967295UL,1UL,0x6A704528L}},{{1UL,0x1458D9F5L,1UL,0x1646A34AL,0UL,0UL,0x5191E8FCL,0UL,0x6848B9F5L},{0xD3CCC2EEL,4294967294UL,0x537126A8L,1UL,0x54E17C17L,4294967295UL,0x54E17C17L,1UL,0x537126A8L},{0x6848B9F5L,0x6848B9F5L,0x1458D9F5L,0x1646A34AL,0xBEB6834CL,1UL,4294967294UL,0x23CEBA0DL,1UL}},{{0x2C981E53L,0xCDDB6C21L,0xBF7DDB4AL,0UL,0x3E5EAF0BL,0x4F196690L,0x6A704528L,4294967295UL,6UL},{0xB6D8B681L,4294967286UL,0x1458D9F5L,0x76FCC832L,6UL,0x1646A34AL,0x6848B9F5L,4294967294UL,0UL},{0x2DEBEFDAL,4294967292UL,0x537126A8L,0xCDDB6C21L,0x59B9715EL,0xCDDB6C21L,0x537126A8L,4294967292UL,0x2DEBEFDAL}},{{6UL,4294967286UL,1UL,7UL,0x6848B9F5L,0x5191E8FCL,1UL,0x1458D9F5L,0UL},{0xCBB3539DL,0xCDDB6C21L,4294967288UL,4294967295UL,0xBF7DDB4AL,0UL,6UL,0UL,4294967292UL},{6UL,0x6848B9F5L,1UL,0xBEB6834CL,0UL,0xB6D8B681L,0UL,7UL,7UL}},{{0x2DEBEFDAL,4294967294UL,0x6A704528L,0UL,0x6A704528L,4294967294UL,0x2DEBEFDAL,0x4F196690L,4294967292UL},{0xB6D8B681L,0x1458D9F5L,0x23CEBA0DL,4294967286UL,7UL,0UL,0UL,0x6848B9F5L,0UL},{0x2C981E53L,4294967295UL,0xD3CCC2EEL,0UL,0x91F1AF93L,4294967292UL,4294967292UL,0x4F196690L,0x2DEBEFDAL}},{{0x6848B9F5L,1UL,0xBEB6834CL,0UL,0xB6D8B681L,0UL,7UL,7UL,0UL},{0xD3CCC2EEL,0x83F1FBC8L,0x2DEBEFDAL,0x83F1FBC8L,0xD3CCC2EEL,0UL,4294967292UL,0UL,6UL},{1UL,7UL,0x6848B9F5L,0x5191E8FCL,1UL,0x1458D9F5L,0UL,0x1458D9F5L,1UL}},{{4294967292UL,0xDF96A17BL,0x54E17C17L,0xA8423251L,4294967295UL,0UL,0x2DEBEFDAL,4294967292UL,0x537126A8L},{0x76FCC832L,6UL,0x1646A34AL,0x6848B9F5L,4294967294UL,0UL,0UL,4294967294UL,0x6848B9F5L},{4294967295UL,0xCDDB6C21L,4294967295UL,4294967295UL,0xC9894A63L,0x83F1FBC8L,0x2C981E53L,0UL,0x2DEBEFDAL}},{{1UL,0UL,0UL,4294967286UL,4294967294UL,0xBEB6834CL,4294967294UL,4294967286UL,0UL},{0x2DEBEFDAL,1UL,6UL,4294967295UL,0UL,4294967295UL,0xBF7DDB4AL,0UL,0x537126A8L},{7UL,0UL,0xBEB6834CL,0x23CEBA0DL,0x1646A34AL,0x1646A34AL,0x23CEBA0DL,0xBEB6834CL,0UL}},{{4294967288UL,0xA8423251L,6UL,0x4F196690L,0x54E17C17L,4294967295UL,0x2DEBEFDAL,4294967295UL,0xC9894A63L},{4294967286UL,7UL,0UL,0UL,0x6848B9F5L,0UL,0UL,7UL,4294967286UL},{0x54E17C17L,0xA8423251L,4294967295UL,0UL,0x2DEBEFDAL,4294967292UL,0x537126A8L,0xCDDB6C21L,0x59B9715EL}}};
static int32_t *g_713 = &g_183;
static int64_t g_717 = (-1L);
static int64_t g_719 = 1L;
static uint16_t g_720 = 1UL;
static int32_t g_750 = 0L;
static int64_t g_789 = 9L;
static int32_t g_790 = 0x90575A60L;
static uint32_t g_794 = 18446744073709551612UL;
static uint64_t ****g_852 = (void*)0;
static int8_t *g_912[8][7] = {{&g_85[5].f0,&g_85[5].f0,&g_85[5].f0,&g_85[5].f0,&g_85[5].f0,&g_85[5].f0,&g_85[5].f0},{(void*)0,&g_85[5].f0,&g_85[5].f0,(void*)0,&g_78,(void*)0,&g_85[5].f0},{&g_78,&g_78,&g_85[5].f0,&g_85[5].f0,&g_85[5].f0,&g_78,&g_78},{&g_85[5].f0,&g_85[5].f0,&g_78,&g_85[5].f0,&g_85[5].f0,&g_85[5].f0,&g_85[5].f0},{&g_78,&g_85[5].f0,&g_78,&g_85[5].f0,&g_85[5].f0,&g_78,&g_85[5].f0},{&g_85[5].f0,&g_78,&g_78,&g_78,&g_78,&g_85[5].f0,&g_78},{&g_78,&g_85[5].f0,&g_85[5].f0,&g_78,&g_85[5].f0,&g_78,&g_85[5].f0},{&g_85[5].f0,&g_85[5].f0,&g_85[5].f0,&g_78,&g_85[5].f0,&g_85[5].f0,&g_85[5].f0}};
static int8_t **g_911[8] = {&g_912[2][4],&g_912[4][3],&g_912[2][4],&g_912[2][4],&g_912[4][3],&g_912[2][4],&g_912[2][4],&g_912[4][3]};
static int32_t g_934[9][10] = {{1L,0x03BCA02EL,0x63D35217L,(-4L),(-1L),0x6B3380B1L,0x6B3380B1L,(-1L),(-4L),0x63D35217L},{0x6B3380B1L,0x6B3380B1L,(-1L),(-4L),0x63D35217L,0x03BCA02EL,1L,1L,1L,0x03BCA02EL},{(-1L),(-1L),(-5L),(-1L),(-1L),0L,1L,0x6B3380B1L,(-1L),(-1L)},{(-4L),0x6B3380B1L,(-1L),0x03BCA02EL,0x03BCA02EL,(-1L),0x6B3380B1L,(-4L),(-5L),(-1L)},{1L,0x03BCA02EL,0x6B3380B1L,(-1L),(-1L),1L,(-1L),(-1L),0x6B3380B1L,0x03BCA02EL},{(-1L),0L,0x6B3380B1L,(-1L),0x63D35217L,(-1L),(-4L),(-4L),(-1L),0x63D35217L},{(-1L),(-1L),(-1L),(-1L),1L,0L,(-1L),(-1L),(-5L),(-1L)},{(-1L),(-4L),1L,(-1L),1L,(-4L),(-1L),(-1L),(-5L),0x63D35217L},{(-1L),0L,1L,0x6B3380B1L,(-1L),(-1L),0x6B3380B1L,1L,0L,(-1L)}};
static const uint64_t g_963 = 0x0B05E8601A8FBDECLL;
static uint8_t **g_983 = (void*)0;
static uint16_t **g_1023[7] = {&g_84,&g_84,&g_84,&g_84,&g_84,&g_84,&g_84};
static uint16_t ***g_1022 = &g_1023[2];
static uint16_t ****g_1021 = &g_1022;
static uint16_t *****g_1020 = &g_1021;
static const int32_t *g_1030[3][2][3] = {{{&g_395,&g_395,&g_395},{&g_395,&g_395,&g_395}},{{&g_395,&g_395,&g_395},{&g_395,&g_395,&g_395}},{{&g_395,&g_395,&g_395},{&g_395,&g_395,&g_395}}};
static uint64_t g_1083 = 1UL;
static uint64_t g_1094 = 0xD8B43597C8B56383LL;
static int32_t *g_1123 = &g_350;
static int32_t **g_1122 = &g_1123;
static int8_t g_1139[10][7] = {{0xBFL,0xBFL,0x09L,0xC5L,0x09L,0xBFL,0xBFL},{1L,0x2EL,0x89L,0x2EL,1L,1L,0x2EL},{0xECL,0x07L,0xECL,0x09L,0x09L,0xECL,0x07L},{0x2EL,0xE3L,0x89L,0x89L,0xE3L,0x2EL,0xE3L},{0xECL,0x09L,0x09L,0xECL,0x07L,0xECL,0x09L},{1L,1L,0x2EL,0x89L,0x2EL,1L,1L},{0xBFL,0x09L,0xC5L,0x09L,0xBFL,0xBFL,0x09L},{0x25L,0xE3L,0x25L,0x2EL,0x2EL,0x25L,0xE3L},{0x09L,0x07L,0xC5L,0xC5L,0x07L,0x09L,0x07L},{0x25L,0x2EL,0x2EL,0x25L,0xE3L,0x25L,0x2EL}};
static uint32_t g_1142 = 4294967295UL;
static int8_t g_1151 = 0xB4L;
static int16_t g_1154[6][7] = {{0x4D0DL,0x4D0DL,1L,0x4FD4L,1L,0x4D0DL,0x4D0DL},{0x4D0DL,1L,0x4FD4L,1L,0x4D0DL,0x4D0DL,1L},{(-1L),8L,(-1L),1L,1L,(-1L),8L},{1L,8L,0x4FD4L,0x4FD4L,8L,1L,8L},{(-1L),1L,1L,(-1L),8L,(-1L),1L},{0x4D0DL,0x4D0DL,1L,0x4FD4L,1L,0x4D0DL,0x4D0DL}};
static uint8_t g_1155 = 0xF9L;
static int32_t * const *g_1327 = &g_713;
static int32_t * const **g_1326 = &g_1327;
static int32_t **g_1368 = &g_713;
static int32_t ***g_1367[8] = {(void*)0,(void*)0,&g_1368,(void*)0,(void*)0,&g_1368,(void*)0,(void*)0};
static uint64_t * const ** const *g_1397 = (void*)0;
static uint16_t * const * const ***g_1477[8][6] = {{&g_642,&g_642,&g_642,&g_642,&g_642,&g_642},{&g_642,&g_642,&g_642,&g_642,&g_642,&g_642},{&g_642,&g_642,&g_642,&g_642,&g_642,&g_642},{&g_642,&g_642,&g_642,&g_642,&g_642,&g_642},{&g_642,&g_642,&g_642,&g_642,&g_642,&g_642},{&g_642,&g_642,&g_642,&g_642,&g_642,&g_642},{&g_642,&g_642,&g_642,&g_642,&g_642,&g_642},{&g_642,&g_642,&g_642,&g_642,&g_642,&g_642}};
static int32_t g_1524 = 0xE74BCC79L;
static int32_t **g_1545 = (void*)0;
static uint32_t g_1614 = 0x185CE336L;
static uint64_t g_1730 = 0xAB19DCBF4AFEEBD5LL;
static int16_t *g_1737 = &g_1154[0][5];
static int16_t **g_1736 = &g_1737;
static int64_t *g_1792 = &g_635;
static uint32_t **g_1811 = (void*)0;
static uint8_t ***g_1857 = (void*)0;
static uint16_t g_1915[2][5][6] = {{{0x9922L,4UL,0x9922L,4UL,0x9922L,4UL},{0x9922L,4UL,0x9922L,4UL,0x9922L,4UL},{0x9922L,4UL,0x9922L,4UL,0x9922L,4UL},{0x9922L,4UL,0x9922L,4UL,0x9922L,4UL},{0x9922L,4UL,0x9922L,4UL,0x9922L,4UL}},{{0x9922L,4UL,0x9922L,4UL,0x9922L,4UL},{0x9922L,4UL,0x9922L,4UL,0x9922L,4UL},{0x9922L,4UL,0x9922L,4UL,0x9922L,4UL},{0x9922L,4UL,0x9922L,4UL,0x9922L,4UL},{0x9922L,4UL,0x9922L,4UL,0x9922L,4UL}}};
static uint32_t g_1985 = 5UL;
static uint32_t ***g_2028 = &g_1811;
static uint32_t **** const g_2027[5][6] = {{&g_2028,&g_2028,&g_2028,&g_2028,&g_2028,&g_2028},{&g_2028,&g_2028,&g_2028,&g_2028,&g_2028,&g_2028},{&g_2028,&g_2028,&g_2028,&g_2028,&g_2028,&g_2028},{&g_2028,&g_2028,&g_2028,&g_2028,&g_2028,&g_2028},{&g_2028,&g_2028,&g_2028,&g_2028,&g_2028,&g_2028}};
static union U0 *g_2046[9][1][5] = {{{&g_85[5],&g_85[0],&g_85[5],&g_85[5],&g_85[0]}},{{&g_85[3],&g_85[5],&g_85[5],&g_85[3],&g_85[5]}},{{&g_85[0],&g_85[0],&g_85[4],&g_85[0],&g_85[0]}},{{&g_85[5],&g_85[3],&g_85[5],&g_85[5],&g_85[3]}},{{&g_85[0],&g_85[5],&g_85[5],&g_85[0],&g_85[5]}},{{&g_85[3],&g_85[3],&g_85[2],&g_85[3],&g_85[3]}},{{&g_85[5],&g_85[0],&g_85[5],&g_85[5],&g_85[0]}},{{&g_85[3],&g_85[5],&g_85[5],&g_85[3],&g_85[5]}},{{&g_85[0],&g_85[0],&g_85[4],&g_85[0],&g_85[0]}}};
static union U0 **g_2045 = &g_2046[8][0][0];
static int32_t g_2047 = 0xFA43197DL;
static const uint8_t ***g_2142 = (void*)0;
static const uint8_t ****g_2141[5][7] = {{&g_2142,(void*)0,&g_2142,&g_2142,(void*)0,&g_2142,&g_2142},{&g_2142,&g_2142,(void*)0,&g_2142,&g_2142,(void*)0,&g_2142},{(void*)0,&g_2142,&g_2142,(void*)0,&g_2142,&g_2142,(void*)0},{&g_2142,&g_2142,&g_2142,&g_2142,&g_2142,&g_2142,&g_2142},{&g_2142,&g_2142,(void*)0,&g_2142,&g_2142,(void*)0,&g_2142}};
static uint32_t g_2169 = 0xD14CDC01L;
static uint32_t g_2254 = 0x2DFEAF58L;
static const int8_t g_2264 = 0xB6L;


/* --- FORWARD DECLARATIONS --- */
static const uint64_t  func_1(void);
static int32_t  func_5(const int64_t  p_6, int64_t  p_7, const uint64_t  p_8, uint32_t  p_9);
static uint16_t  func_12(uint64_t  p_13, const int16_t  p_14, uint64_t  p_15, uint8_t  p_16, int64_t  p_17);
static int16_t  func_26(uint64_t * p_27);
static uint64_t * func_28(uint64_t * p_29, int32_t  p_30, uint32_t  p_31, uint64_t * p_32, const uint64_t * p_33);
static uint64_t * func_34(int32_t  p_35);
static int32_t  func_36(uint64_t * p_37, uint16_t  p_38, int64_t  p_39, uint64_t  p_40);
static int32_t * func_46(union U0  p_47, uint32_t  p_48, uint16_t  p_49, uint8_t  p_50);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_4 g_642 g_643 g_644 g_84 g_1792 g_635 g_1736 g_1737 g_1154 g_2141 g_1368 g_713 g_183 g_1614 g_1327 g_717 g_2169 g_413 g_414 g_648 g_174 g_80 g_1020 g_1021 g_1022 g_1023 g_43 g_61 g_22 g_85 g_95 g_102 g_1326 g_127
 * writes: g_3 g_4 g_43 g_1915 g_183 g_1614 g_717 g_2169 g_648 g_174 g_78 g_80 g_84 g_85.f0 g_102 g_713 g_1154 g_1524 g_635 g_127
 */
static const uint64_t  func_1(void)
{ /* block id: 0 */
    uint32_t l_2[10][10] = {{18446744073709551615UL,0xCE96F8F9L,0x2D149FEBL,9UL,0x10CAAD90L,9UL,0x2D149FEBL,0xCE96F8F9L,18446744073709551615UL,0x10CAAD90L},{0xD585ED06L,0xD890FC52L,0x81479B69L,9UL,18446744073709551608UL,18446744073709551615UL,0xCE96F8F9L,0x4F16EFA4L,18446744073709551615UL,18446744073709551608UL},{6UL,0x81479B69L,0xCE96F8F9L,9UL,0xB6B9DD95L,18446744073709551615UL,0xD890FC52L,0xD890FC52L,18446744073709551615UL,0xB6B9DD95L},{9UL,0x4F16EFA4L,0x4F16EFA4L,9UL,0x70CADD63L,0xD585ED06L,0x81479B69L,0x2D149FEBL,18446744073709551615UL,0x70CADD63L},{18446744073709551615UL,0x2D149FEBL,0xD890FC52L,9UL,18446744073709551612UL,6UL,0x4F16EFA4L,0x81479B69L,18446744073709551615UL,18446744073709551612UL},{18446744073709551615UL,0xCE96F8F9L,0x2D149FEBL,9UL,0x10CAAD90L,9UL,0x2D149FEBL,0xCE96F8F9L,18446744073709551615UL,0x10CAAD90L},{0xD585ED06L,0xD890FC52L,0x81479B69L,9UL,18446744073709551608UL,18446744073709551615UL,0xCE96F8F9L,0x4F16EFA4L,18446744073709551615UL,18446744073709551608UL},{6UL,0x81479B69L,0xCE96F8F9L,9UL,0xB6B9DD95L,18446744073709551615UL,0xD890FC52L,0xD890FC52L,18446744073709551615UL,0xB6B9DD95L},{9UL,0x4F16EFA4L,0x4F16EFA4L,9UL,0x70CADD63L,0xD585ED06L,0x81479B69L,0x2D149FEBL,18446744073709551615UL,0x70CADD63L},{18446744073709551615UL,0x2D149FEBL,0xD890FC52L,9UL,18446744073709551612UL,6UL,0x4F16EFA4L,0x81479B69L,18446744073709551615UL,18446744073709551612UL}};
    int64_t l_2072[10] = {0x2E97B2C5DFCAE387LL,(-10L),(-10L),0x2E97B2C5DFCAE387LL,0L,0x2E97B2C5DFCAE387LL,(-10L),(-10L),0x2E97B2C5DFCAE387LL,0L};
    int32_t l_2118 = 0x77F245E1L;
    uint32_t *l_2120 = &g_648[7][2][5];
    uint32_t **l_2119 = &l_2120;
    uint32_t l_2127 = 0x2103BEA4L;
    uint16_t *l_2130 = &g_1915[0][1][2];
    int64_t l_2133 = 0L;
    uint64_t *l_2134[5];
    union U0 l_2135 = {0x1DL};
    const uint8_t ****l_2143 = (void*)0;
    int32_t *l_2148 = (void*)0;
    int32_t l_2168 = (-1L);
    int8_t l_2179 = 1L;
    int32_t l_2228 = 0L;
    uint32_t l_2263 = 0x81985163L;
    int i, j;
    for (i = 0; i < 5; i++)
        l_2134[i] = &g_1083;
    for (g_3 = 0; (g_3 <= 9); g_3 += 1)
    { /* block id: 3 */
        uint64_t *l_41 = &g_22;
        int32_t l_992 = 0x1A8B5D93L;
        int32_t l_2048 = 0x570BF065L;
        int32_t l_2083 = 0xDF697042L;
        for (g_4 = 7; (g_4 >= 0); g_4 -= 1)
        { /* block id: 6 */
            uint64_t *l_21[4];
            uint8_t l_23 = 0xB4L;
            uint16_t *l_42[2][4] = {{&g_43,&g_43,&g_43,&g_43},{&g_43,&g_43,&g_43,&g_43}};
            int32_t l_2049 = 8L;
            uint8_t l_2050[5] = {0x1CL,0x1CL,0x1CL,0x1CL,0x1CL};
            int32_t *l_2064 = (void*)0;
            int32_t *l_2065 = &g_183;
            uint32_t l_2073 = 0xD5FB8E0BL;
            union U0 l_2082 = {0x4BL};
            int i, j;
            for (i = 0; i < 4; i++)
                l_21[i] = &g_22;
        }
    }
    if ((l_2072[4] && (((void*)0 != l_2119) == (((-3L) == ((safe_rshift_func_int8_t_s_u(l_2072[2], (safe_add_func_int64_t_s_s(((((l_2118 = (safe_mod_func_int64_t_s_s(l_2127, (safe_mul_func_uint16_t_u_u(((*l_2130) = ((****g_642) = l_2[3][4])), (((*g_1792) , (safe_div_func_uint64_t_u_u(9UL, (*g_1792)))) , l_2133)))))) > 5L) , l_2135) , (*g_1792)), 0x3AED8F3B0F51CC97LL)))) == l_2127)) && (*g_1792)))))
    { /* block id: 959 */
        uint8_t ****l_2144[7][6][6] = {{{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{(void*)0,&g_1857,(void*)0,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,(void*)0,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,&g_1857,(void*)0,&g_1857,&g_1857}},{{(void*)0,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,(void*)0,&g_1857,&g_1857,&g_1857,(void*)0},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{(void*)0,&g_1857,(void*)0,(void*)0,&g_1857,&g_1857},{(void*)0,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,&g_1857,(void*)0,&g_1857,(void*)0}},{{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,(void*)0,&g_1857,(void*)0,(void*)0,&g_1857},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,(void*)0},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,(void*)0,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857}},{{&g_1857,(void*)0,&g_1857,(void*)0,&g_1857,&g_1857},{(void*)0,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,(void*)0,(void*)0,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,(void*)0},{&g_1857,(void*)0,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,(void*)0,&g_1857,&g_1857,&g_1857}},{{(void*)0,&g_1857,&g_1857,&g_1857,(void*)0,&g_1857},{(void*)0,(void*)0,&g_1857,&g_1857,&g_1857,&g_1857},{(void*)0,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,(void*)0,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857}},{{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{(void*)0,&g_1857,&g_1857,(void*)0,&g_1857,&g_1857},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,(void*)0,&g_1857,(void*)0,&g_1857},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857}},{{&g_1857,(void*)0,&g_1857,(void*)0,(void*)0,&g_1857},{&g_1857,(void*)0,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,(void*)0,(void*)0,(void*)0,&g_1857},{&g_1857,&g_1857,&g_1857,&g_1857,&g_1857,(void*)0},{(void*)0,&g_1857,&g_1857,&g_1857,&g_1857,&g_1857},{&g_1857,&g_1857,(void*)0,(void*)0,&g_1857,(void*)0}}};
        int i, j, k;
        (**g_1368) |= (safe_sub_func_uint8_t_u_u(((**g_1736) & (((*g_1737) == 65528UL) | (0x8B82F050L == l_2127))), ((~0x2B268EFA0F78EB3FLL) | (((l_2118 < (((l_2143 = g_2141[4][2]) == l_2144[5][2][1]) & 0L)) != 252UL) > l_2118))));
    }
    else
    { /* block id: 962 */
        uint64_t ** const l_2147 = &l_2134[4];
        uint64_t ** const *l_2146 = &l_2147;
        uint64_t ** const **l_2145 = &l_2146;
        int32_t l_2154[4][10] = {{0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL},{0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL},{0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL},{0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL,0xD373FC0BL}};
        union U0 l_2188 = {0xCBL};
        int32_t *l_2208[7] = {&l_2168,&g_4,&l_2168,&l_2168,&g_4,&l_2168,&l_2168};
        uint32_t l_2234 = 0x9D94B246L;
        int i, j;
        if (((void*)0 != l_2145))
        { /* block id: 963 */
            l_2148 = (void*)0;
            for (g_1614 = (-19); (g_1614 >= 19); g_1614++)
            { /* block id: 967 */
                const uint16_t l_2151 = 0x692DL;
                return l_2151;
            }
        }
        else
        { /* block id: 970 */
            uint8_t l_2155 = 0x4BL;
            int32_t l_2158 = 0x71E5896DL;
            int32_t l_2181 = 1L;
            union U0 l_2197[6][8] = {{{0L},{0x22L},{0x46L},{3L},{1L},{1L},{3L},{0x46L}},{{0L},{0L},{4L},{-1L},{0L},{0x22L},{0x7FL},{1L}},{{0xEEL},{0xAEL},{1L},{0x22L},{0xCFL},{4L},{-1L},{1L}},{{0xAEL},{0x46L},{4L},{-1L},{0L},{-1L},{4L},{0x46L}},{{-10L},{4L},{0L},{3L},{0x9AL},{0x6EL},{0x46L},{4L}},{{-1L},{1L},{1L},{4L},{-10L},{5L},{0x46L},{0L}}};
            int16_t *l_2216 = (void*)0;
            uint64_t l_2229 = 0xF18075F7FC8376B0LL;
            int i, j;
            (**g_1327) = (safe_div_func_uint8_t_u_u(l_2154[2][9], l_2155));
            for (g_717 = 0; (g_717 > 25); g_717 = safe_add_func_uint64_t_u_u(g_717, 5))
            { /* block id: 974 */
                int32_t *l_2159 = &g_750;
                int32_t *l_2160 = &l_2154[1][3];
                int32_t *l_2161 = &g_1524;
                int32_t *l_2162 = (void*)0;
                int32_t *l_2163 = &g_3;
                int32_t *l_2164 = (void*)0;
                int32_t *l_2165 = (void*)0;
                int32_t *l_2166 = &l_2154[2][9];
                int32_t *l_2167[5][7] = {{(void*)0,(void*)0,(void*)0,&l_2118,&l_2118,(void*)0,&l_2118},{&l_2118,&g_395,&g_395,&l_2118,&g_750,(void*)0,&l_2118},{(void*)0,&l_2118,&g_750,&g_750,&l_2118,(void*)0,&g_395},{&l_2118,&l_2118,(void*)0,(void*)0,(void*)0,(void*)0,&l_2118},{&l_2118,&g_395,(void*)0,&l_2118,&g_750,&g_750,&l_2118}};
                const uint64_t l_2215[1][2] = {{5UL,5UL}};
                int i, j;
                g_2169++;
                if (((1UL | (((void*)0 != &g_2027[3][5]) > (safe_div_func_int16_t_s_s(((0x9959L ^ (l_2158 && ((safe_sub_func_int16_t_s_s(l_2154[2][9], ((void*)0 == (*g_413)))) != ((*l_2120) ^= 2UL)))) & 65535UL), 0x7EF9L)))) <= 0x5ADBL))
                { /* block id: 977 */
                    int8_t l_2176 = 7L;
                    int32_t l_2177 = 0x86044432L;
                    int32_t l_2178 = 0xD7F49EB1L;
                    int32_t l_2180 = (-1L);
                    int32_t l_2182[9][5][4] = {{{(-2L),(-2L),(-8L),0x3FF781A0L},{0x4B8C99C0L,0xCEB48A3FL,0x4B8C99C0L,(-8L)},{0x4B8C99C0L,(-8L),(-8L),0x4B8C99C0L},{(-2L),(-8L),0x3FF781A0L,(-8L)},{(-8L),0xCEB48A3FL,0x3FF781A0L,0x3FF781A0L}},{{(-2L),(-2L),(-8L),0x3FF781A0L},{0x4B8C99C0L,0xCEB48A3FL,0x4B8C99C0L,(-8L)},{0x4B8C99C0L,(-8L),(-8L),0x4B8C99C0L},{(-2L),(-8L),0x3FF781A0L,(-8L)},{(-8L),0xCEB48A3FL,0x3FF781A0L,0x3FF781A0L}},{{(-2L),(-2L),(-8L),0x3FF781A0L},{0x4B8C99C0L,0xCEB48A3FL,0x4B8C99C0L,(-8L)},{0x4B8C99C0L,(-8L),(-8L),0x4B8C99C0L},{(-2L),(-8L),0x3FF781A0L,(-8L)},{(-8L),0xCEB48A3FL,0xCEB48A3FL,0xCEB48A3FL}},{{(-8L),(-8L),0x4B8C99C0L,0xCEB48A3FL},{0x3FF781A0L,(-2L),0x3FF781A0L,0x4B8C99C0L},{0x3FF781A0L,0x4B8C99C0L,0x4B8C99C0L,0x3FF781A0L},{(-8L),0x4B8C99C0L,0xCEB48A3FL,0x4B8C99C0L},{0x4B8C99C0L,(-2L),0xCEB48A3FL,0xCEB48A3FL}},{{(-8L),(-8L),0x4B8C99C0L,0xCEB48A3FL},{0x3FF781A0L,(-2L),0x3FF781A0L,0x4B8C99C0L},{0x3FF781A0L,0x4B8C99C0L,0x4B8C99C0L,0x3FF781A0L},{(-8L),0x4B8C99C0L,0xCEB48A3FL,0x4B8C99C0L},{0x4B8C99C0L,(-2L),0xCEB48A3FL,0xCEB48A3FL}},{{(-8L),(-8L),0x4B8C99C0L,0xCEB48A3FL},{0x3FF781A0L,(-2L),0x3FF781A0L,0x4B8C99C0L},{0x3FF781A0L,0x4B8C99C0L,0x4B8C99C0L,0x3FF781A0L},{(-8L),0x4B8C99C0L,0xCEB48A3FL,0x4B8C99C0L},{0x4B8C99C0L,(-2L),0xCEB48A3FL,0xCEB48A3FL}},{{(-8L),(-8L),0x4B8C99C0L,0xCEB48A3FL},{0x3FF781A0L,(-2L),0x3FF781A0L,0x4B8C99C0L},{0x3FF781A0L,0x4B8C99C0L,0x4B8C99C0L,0x3FF781A0L},{(-8L),0x4B8C99C0L,0xCEB48A3FL,0x4B8C99C0L},{0x4B8C99C0L,(-2L),0xCEB48A3FL,0xCEB48A3FL}},{{(-8L),(-8L),0x4B8C99C0L,0xCEB48A3FL},{0x3FF781A0L,(-2L),0x3FF781A0L,0x4B8C99C0L},{0x3FF781A0L,0x4B8C99C0L,0x4B8C99C0L,0x3FF781A0L},{(-8L),0x4B8C99C0L,0xCEB48A3FL,0x4B8C99C0L},{0x4B8C99C0L,(-2L),0xCEB48A3FL,0xCEB48A3FL}},{{(-8L),(-8L),0x4B8C99C0L,0xCEB48A3FL},{0x3FF781A0L,(-2L),0x3FF781A0L,0x4B8C99C0L},{0x3FF781A0L,0x4B8C99C0L,0x4B8C99C0L,0x3FF781A0L},{(-8L),0x4B8C99C0L,0xCEB48A3FL,0x4B8C99C0L},{0x4B8C99C0L,(-2L),0xCEB48A3FL,0xCEB48A3FL}}};
                    uint16_t l_2183 = 0xB4C5L;
                    int8_t l_2222 = 0x2BL;
                    int32_t l_2223[8][9][3] = {{{1L,0xF1D0E2C6L,1L},{0x3A278011L,(-1L),(-1L)},{1L,(-7L),1L},{0x4FEE281DL,0L,1L},{0L,0x04CFE2EFL,0x04CFE2EFL},{0x4FEE281DL,(-7L),1L},{1L,0L,0x4325E452L},{0x3A278011L,1L,0x4FEE281DL},{1L,1L,0xD5D6322EL}},{{1L,1L,0x4776D92EL},{0xF1D0E2C6L,0L,9L},{0L,(-7L),(-9L)},{0x4325E452L,0x04CFE2EFL,0L},{(-9L),0L,(-9L)},{0x37A50212L,(-7L),9L},{1L,(-1L),0x4776D92EL},{0x04CFE2EFL,0xF1D0E2C6L,0xD5D6322EL},{0xD517B92FL,0x4FEE281DL,0x4FEE281DL}},{{0x04CFE2EFL,0xFDC9F50AL,0x4325E452L},{1L,(-1L),1L},{0x37A50212L,0x4325E452L,0x04CFE2EFL},{(-9L),0x4776D92EL,1L},{0x4325E452L,0x4325E452L,0xF1D0E2C6L},{0x3A278011L,0x4FEE281DL,1L},{0x37A50212L,9L,0L},{0x4776D92EL,0xD517B92FL,0x4FEE281DL},{0L,0x37A50212L,0L}},{{(-1L),(-7L),1L},{1L,0xFDC9F50AL,0xF1D0E2C6L},{0xD517B92FL,0x3A278011L,1L},{0x4325E452L,0L,0L},{0xD517B92FL,(-1L),0x4776D92EL},{1L,0x04CFE2EFL,1L},{(-1L),0x4776D92EL,0xD517B92FL},{0L,0xF1D0E2C6L,1L},{0x4776D92EL,0x4776D92EL,0L}},{{0x37A50212L,0x04CFE2EFL,0xD5D6322EL},{0x3A278011L,(-1L),(-1L)},{1L,0L,0x04CFE2EFL},{(-1L),0x3A278011L,(-1L)},{(-7L),0xFDC9F50AL,0xD5D6322EL},{(-9L),(-7L),0L},{0L,0x37A50212L,1L},{1L,0xD517B92FL,0xD517B92FL},{0L,9L,1L}},{{(-9L),0x4FEE281DL,0x4776D92EL},{(-7L),1L,0L},{(-1L),0L,1L},{1L,1L,0xF1D0E2C6L},{0x3A278011L,0x4FEE281DL,1L},{0x37A50212L,9L,0L},{0x4776D92EL,0xD517B92FL,0x4FEE281DL},{0L,0x37A50212L,0L},{(-1L),(-7L),1L}},{{1L,0xFDC9F50AL,0xF1D0E2C6L},{0xD517B92FL,0x3A278011L,1L},{0x4325E452L,0L,0L},{0xD517B92FL,(-1L),0x4776D92EL},{1L,0x04CFE2EFL,1L},{(-1L),0x4776D92EL,0xD517B92FL},{0L,0xF1D0E2C6L,1L},{0x4776D92EL,0x4776D92EL,0L},{0x37A50212L,0x04CFE2EFL,0xD5D6322EL}},{{0x3A278011L,(-1L),(-1L)},{1L,0L,0x04CFE2EFL},{(-1L),0x3A278011L,(-1L)},{(-7L),0xFDC9F50AL,0xD5D6322EL},{(-9L),(-7L),0L},{0L,0x37A50212L,1L},{1L,0xD517B92FL,0xD517B92FL},{0L,9L,1L},{(-9L),0x4FEE281DL,0x4776D92EL}}};
                    int32_t l_2224 = (-6L);
                    int i, j, k;
                    l_2183++;
                    for (g_2169 = 0; (g_2169 <= 5); g_2169 = safe_add_func_int16_t_s_s(g_2169, 4))
                    { /* block id: 981 */
                        int16_t *l_2198 = (void*)0;
                        int16_t *l_2199[8];
                        int32_t l_2204 = 0xC148E4D1L;
                        uint8_t l_2205[5] = {0x0EL,0x0EL,0x0EL,0x0EL,0x0EL};
                        int32_t **l_2206 = (void*)0;
                        int32_t **l_2207[3];
                        int i;
                        for (i = 0; i < 8; i++)
                            l_2199[i] = (void*)0;
                        for (i = 0; i < 3; i++)
                            l_2207[i] = (void*)0;
                        (*g_1368) = func_46(l_2188, (safe_lshift_func_uint8_t_u_s((safe_div_func_uint16_t_u_u(((safe_add_func_uint16_t_u_u((((((safe_add_func_int16_t_s_s((**g_1736), (l_2197[2][2] , (g_174[4] |= 0x12D1L)))) == (0x8CC15877L != ((l_2197[2][2].f0 >= 0xFCL) > (**g_1327)))) ^ (safe_add_func_int64_t_s_s((l_2204 <= (**g_1327)), (*g_1792)))) | 0L) <= (**g_1736)), 65535UL)) == l_2182[4][0][3]), (*****g_1020))), 7)), (****g_642), l_2205[4]);
                        l_2208[4] = (**g_1326);
                    }
                    (**g_1368) = (safe_mod_func_uint64_t_u_u((l_2183 , (((safe_lshift_func_uint8_t_u_s((safe_mul_func_int8_t_s_s(l_2215[0][1], ((l_2130 != l_2216) != ((--(**l_2119)) < ((l_2177 , (((**g_1736) = (**g_1736)) && (((((safe_div_func_int16_t_s_s((**g_1736), (~0x0079L))) < (*g_713)) && l_2180) == l_2222) < (*l_2160)))) ^ l_2181))))), l_2223[4][4][1])) , (void*)0) != &l_2133)), l_2224));
                }
                else
                { /* block id: 989 */
                    (*l_2161) = ((*l_2160) &= ((***g_1326) = (**g_1368)));
                    (***g_1326) ^= ((l_2155 ^ 1L) ^ (-1L));
                }
                (*l_2163) &= (safe_sub_func_int8_t_s_s(((!((*g_1792) , l_2118)) == (*g_1792)), (l_2158 , l_2179)));
                l_2229--;
            }
            for (g_635 = 9; (g_635 == (-8)); g_635--)
            { /* block id: 1000 */
                (**g_1327) &= l_2197[2][2].f0;
            }
            l_2234 = ((**g_1327) |= 0x4C26441CL);
        }
    }
    for (g_127 = 0; (g_127 == 45); g_127 = safe_add_func_uint16_t_u_u(g_127, 1))
    { /* block id: 1009 */
        int16_t l_2256 = 0x47F9L;
        int32_t l_2257 = 0L;
        int64_t l_2262 = 0x22511944F70CB15ALL;
        int32_t l_2265 = 5L;
        uint32_t l_2271 = 18446744073709551609UL;
    }
    return l_2127;
}


/* ------------------------------------------ */
/* 
 * reads : g_1326 g_1327 g_713 g_3 g_80 g_183
 * writes:
 */
static int32_t  func_5(const int64_t  p_6, int64_t  p_7, const uint64_t  p_8, uint32_t  p_9)
{ /* block id: 929 */
    int32_t *l_2051 = &g_1524;
    int32_t *l_2052 = &g_183;
    int32_t *l_2053 = &g_2047;
    int32_t *l_2054 = &g_395;
    int32_t *l_2055 = &g_183;
    int32_t *l_2056[3];
    int16_t l_2057 = 0xE4EBL;
    int64_t l_2058 = 1L;
    int16_t l_2059 = 1L;
    int32_t l_2060 = 1L;
    uint64_t l_2061 = 0x9D99ED97CA5F916DLL;
    int i;
    for (i = 0; i < 3; i++)
        l_2056[i] = &g_183;
    l_2061--;
    return (***g_1326);
}


/* ------------------------------------------ */
/* 
 * reads : g_351 g_85 g_102 g_84 g_43 g_3 g_61 g_22 g_95 g_4 g_1368 g_262 g_1327 g_713 g_80 g_1736 g_1737 g_642 g_643 g_644 g_750 g_1154 g_719 g_183 g_934 g_1915 g_1142 g_212 g_1792 g_635 g_1730 g_1985 g_184 g_1021 g_1022 g_1023 g_2027 g_2045
 * writes: g_351 g_1155 g_78 g_80 g_84 g_85.f0 g_102 g_713 g_262 g_1154 g_750 g_43 g_719 g_183 g_95 g_154 g_1142 g_212 g_1139 g_1730 g_648 g_635 g_2047
 */
static uint16_t  func_12(uint64_t  p_13, const int16_t  p_14, uint64_t  p_15, uint8_t  p_16, int64_t  p_17)
{ /* block id: 792 */
    uint32_t l_1738 = 0x8464D8B0L;
    union U0 l_1739 = {-5L};
    int32_t *l_1749[8][4][8] = {{{&g_1524,&g_80,&g_80,&g_395,&g_1524,&g_790,&g_4,&g_395},{&g_80,(void*)0,&g_395,&g_790,&g_3,&g_80,(void*)0,&g_395},{(void*)0,&g_790,&g_395,&g_183,(void*)0,&g_3,&g_790,&g_3},{&g_1524,&g_183,&g_183,(void*)0,&g_4,&g_183,&g_80,&g_183}},{{(void*)0,&g_4,&g_1524,&g_395,(void*)0,&g_80,&g_750,&g_1524},{&g_4,&g_3,&g_790,&g_3,&g_1524,&g_4,&g_1524,&g_3},{&g_80,(void*)0,&g_80,&g_4,&g_4,&g_80,(void*)0,&g_80},{&g_1524,(void*)0,&g_3,&g_4,&g_4,&g_183,&g_750,(void*)0}},{{&g_1524,&g_183,&g_750,(void*)0,&g_4,&g_183,(void*)0,(void*)0},{&g_3,(void*)0,(void*)0,&g_3,&g_3,&g_80,&g_80,&g_395},{(void*)0,(void*)0,&g_750,&g_80,(void*)0,&g_4,&g_3,&g_3},{&g_3,&g_3,(void*)0,&g_80,&g_3,&g_80,&g_183,(void*)0}},{{&g_4,&g_4,&g_1524,&g_395,&g_790,&g_790,&g_4,&g_183},{&g_3,&g_395,&g_750,&g_790,&g_4,&g_750,&g_1524,&g_4},{&g_3,(void*)0,&g_183,&g_3,&g_3,&g_80,&g_1524,&g_750},{(void*)0,&g_3,(void*)0,(void*)0,&g_3,&g_790,&g_1524,&g_3}},{{&g_790,&g_790,&g_80,(void*)0,&g_395,&g_1524,&g_395,&g_3},{&g_1524,&g_750,&g_750,(void*)0,&g_3,&g_183,&g_4,&g_80},{&g_395,&g_4,(void*)0,(void*)0,&g_4,&g_4,&g_1524,&g_1524},{&g_3,&g_4,&g_3,&g_790,&g_750,&g_790,&g_3,&g_4}},{{&g_4,&g_183,&g_4,&g_750,&g_790,&g_750,(void*)0,&g_3},{&g_3,&g_790,&g_1524,&g_395,&g_4,&g_395,(void*)0,&g_3},{&g_183,&g_395,&g_4,&g_750,&g_790,&g_183,&g_3,&g_3},{&g_790,&g_183,&g_3,&g_3,&g_4,&g_750,&g_1524,&g_4}},{{&g_3,&g_1524,(void*)0,&g_3,(void*)0,&g_3,&g_4,(void*)0},{&g_750,(void*)0,&g_750,&g_4,&g_1524,&g_3,&g_395,(void*)0},{&g_80,&g_3,&g_80,&g_395,&g_80,&g_790,&g_1524,&g_3},{&g_4,&g_1524,(void*)0,&g_4,(void*)0,&g_790,&g_1524,&g_183}},{{&g_1524,&g_1524,&g_183,&g_395,&g_4,(void*)0,&g_3,&g_790},{&g_750,&g_80,&g_3,&g_790,&g_790,(void*)0,&g_3,&g_395},{&g_1524,&g_1524,(void*)0,&g_183,&g_750,&g_3,&g_790,&g_395},{(void*)0,&g_183,&g_183,&g_395,&g_395,(void*)0,&g_183,&g_750}}};
    uint32_t l_1861 = 4294967295UL;
    uint8_t *l_1870 = &g_154[0];
    uint8_t **l_1869 = &l_1870;
    int32_t ****l_1876 = (void*)0;
    const int32_t *****l_1886 = (void*)0;
    const uint16_t l_1918 = 0UL;
    uint32_t *l_1961 = &g_648[8][2][8];
    uint32_t * const *l_1960 = &l_1961;
    uint32_t * const **l_1959 = &l_1960;
    uint32_t * const ***l_1958 = &l_1959;
    int32_t l_2015 = (-1L);
    uint32_t ***l_2018[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint32_t *****l_2025 = (void*)0;
    uint32_t ****l_2026 = &l_2018[4];
    uint16_t l_2029 = 0x0495L;
    int8_t *l_2030 = (void*)0;
    int8_t *l_2031 = (void*)0;
    int8_t *l_2032[5][10] = {{&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151},{&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151},{&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151},{&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151},{&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151,&g_1151}};
    int8_t l_2033 = 1L;
    int64_t *l_2034[10][5] = {{&g_719,(void*)0,&g_719,(void*)0,(void*)0},{&g_102[0],(void*)0,&g_102[0],&g_102[0],(void*)0},{&g_719,&g_102[0],&g_102[0],(void*)0,&g_102[0]},{&g_719,(void*)0,&g_719,(void*)0,(void*)0},{&g_102[0],(void*)0,&g_102[0],&g_102[0],(void*)0},{&g_719,&g_102[0],&g_102[0],(void*)0,&g_102[0]},{&g_719,(void*)0,&g_719,(void*)0,(void*)0},{&g_102[0],(void*)0,&g_102[0],&g_102[0],(void*)0},{&g_719,&g_102[0],&g_102[0],(void*)0,&g_102[0]},{&g_719,(void*)0,&g_719,(void*)0,(void*)0}};
    uint16_t l_2035 = 65532UL;
    uint32_t l_2036 = 0UL;
    uint8_t ** const *l_2040 = (void*)0;
    uint8_t ** const **l_2039 = &l_2040;
    union U0 *l_2044[3];
    union U0 **l_2043 = &l_2044[0];
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_2044[i] = &g_85[5];
    for (g_351 = 0; (g_351 <= 0); g_351 += 1)
    { /* block id: 795 */
        int32_t **l_1758 = &g_1123;
        uint32_t l_1759 = 4294967295UL;
        int64_t l_1803 = (-8L);
        int32_t l_1816[1][10] = {{(-2L),(-2L),(-2L),(-2L),(-2L),(-2L),(-2L),(-2L),(-2L),(-2L)}};
        uint8_t ***l_1855 = &g_983;
        uint32_t l_1872 = 0xE5F9A159L;
        int16_t l_1919 = 0x444CL;
        uint32_t *l_1946 = &g_95;
        uint32_t **l_1945 = &l_1946;
        const uint64_t * const l_1950 = &g_22;
        const uint64_t * const * const l_1949 = &l_1950;
        const uint64_t * const * const *l_1948 = &l_1949;
        int8_t l_1991[6] = {0L,0L,(-1L),0L,0L,(-1L)};
        int i, j;
        for (p_17 = 0; (p_17 <= 0); p_17 += 1)
        { /* block id: 798 */
            int i;
            (*g_1368) = func_46(g_85[5], g_102[p_17], (*g_84), (g_1155 = 253UL));
            for (g_262 = 4; (g_262 >= 0); g_262 -= 1)
            { /* block id: 803 */
                l_1738 = p_17;
            }
            if ((**g_1327))
                break;
        }
        (*g_1368) = func_46(l_1739, (safe_sub_func_int64_t_s_s((safe_mul_func_int8_t_s_s((((**g_1736) = (0xF8D6L <= (!((safe_div_func_int64_t_s_s((((*g_1368) = l_1749[4][3][0]) == (void*)0), (safe_lshift_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((safe_add_func_int8_t_s_s(0xCFL, ((safe_rshift_func_int8_t_s_s(p_17, (l_1758 != (void*)0))) ^ p_13))), 0x83L)), 10)))) > l_1759)))) != p_15), (-5L))), p_16)), (****g_642), l_1759);
        for (g_750 = 0; (g_750 <= 0); g_750 += 1)
        { /* block id: 813 */
            const uint8_t * const l_1773 = &g_154[1];
            const uint8_t * const *l_1772 = &l_1773;
            int32_t l_1780[9] = {0x4D3D4D61L,0x4D3D4D61L,0x4D3D4D61L,0x4D3D4D61L,0x4D3D4D61L,0x4D3D4D61L,0x4D3D4D61L,0x4D3D4D61L,0x4D3D4D61L};
            int i;
            l_1780[0] = (safe_mod_func_uint64_t_u_u(((++(**g_644)) , (safe_div_func_uint32_t_u_u((safe_mod_func_uint64_t_u_u(l_1759, ((safe_add_func_uint64_t_u_u((safe_lshift_func_int16_t_s_s(p_14, ((void*)0 != l_1772))), (g_102[g_351] = (safe_lshift_func_uint16_t_u_s(((((safe_rshift_func_uint16_t_u_s((~0xC5L), ((+(**g_1736)) | (p_16 == l_1780[0])))) ^ p_13) > l_1759) || 0L), 1))))) , l_1780[0]))), p_15))), 18446744073709551614UL));
            for (g_719 = 1; (g_719 >= 0); g_719 -= 1)
            { /* block id: 819 */
                uint16_t l_1781 = 0xACE2L;
                l_1781 = (&g_159 != &l_1759);
            }
        }
        for (g_183 = 0; (g_183 <= 0); g_183 += 1)
        { /* block id: 825 */
            uint8_t l_1791 = 1UL;
            int32_t l_1800 = 0xD153A8F5L;
            uint32_t *l_1810[7][7] = {{&g_184[0],&g_1142,&g_184[0],(void*)0,&l_1759,&l_1759,(void*)0},{(void*)0,&g_184[1],(void*)0,&l_1759,&g_105,&g_1142,(void*)0},{&g_648[0][1][8],&g_648[1][1][2],&g_105,&g_184[0],(void*)0,(void*)0,&g_105},{&g_184[3],(void*)0,&g_1142,&g_648[1][1][2],&g_648[1][1][2],&g_1142,(void*)0},{&g_105,&g_1142,&g_159,&l_1759,&g_184[3],(void*)0,&g_159},{&g_1142,&g_184[0],&g_1142,&g_648[0][1][8],&g_105,&g_184[1],&g_159},{&g_184[0],(void*)0,&l_1759,&l_1759,(void*)0,&g_184[0],&g_1142}};
            uint32_t **l_1809[1][9][2] = {{{&l_1810[2][1],&l_1810[3][0]},{(void*)0,(void*)0},{&l_1810[3][0],(void*)0},{(void*)0,&l_1810[3][0]},{(void*)0,(void*)0},{&l_1810[3][0],(void*)0},{(void*)0,&l_1810[3][0]},{&l_1810[2][1],&l_1810[2][1]},{&l_1810[3][0],&l_1810[2][1]}}};
            const uint8_t * const l_1823 = &g_154[1];
            const uint8_t * const *l_1822 = &l_1823;
            const uint8_t * const **l_1821[2][9][1] = {{{(void*)0},{&l_1822},{(void*)0},{&l_1822},{(void*)0},{&l_1822},{(void*)0},{&l_1822},{(void*)0}},{{&l_1822},{(void*)0},{&l_1822},{(void*)0},{&l_1822},{(void*)0},{&l_1822},{(void*)0},{&l_1822}}};
            union U0 l_1824[10] = {{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L},{0L}};
            uint8_t l_1845[8] = {0x32L,0x32L,0x32L,0x32L,0x32L,0x32L,0x32L,0x32L};
            const int32_t **l_1885 = (void*)0;
            const int32_t ***l_1884 = &l_1885;
            const int32_t ****l_1883 = &l_1884;
            const int32_t *****l_1882 = &l_1883;
            int16_t l_1914 = 0x2300L;
            const uint64_t *l_1953 = &g_1730;
            const uint64_t **l_1952 = &l_1953;
            const uint64_t ***l_1951 = &l_1952;
            int32_t *l_1954 = &l_1800;
            union U0 l_1988 = {2L};
            int i, j, k;
            for (g_95 = 0; (g_95 <= 5); g_95 += 1)
            { /* block id: 828 */
                uint32_t *l_1790[2][2] = {{&g_794,&g_794},{&g_794,&g_794}};
                uint8_t *l_1801 = (void*)0;
                uint8_t *l_1802 = &g_127;
                int32_t l_1804 = 4L;
                union U0 l_1844[8] = {{0x3CL},{0x91L},{0x3CL},{0x3CL},{0x91L},{0x3CL},{0x3CL},{0x91L}};
                int32_t ****l_1875 = (void*)0;
                int32_t *****l_1874 = &l_1875;
                int32_t *****l_1877 = &l_1876;
                uint64_t *l_1878 = &g_22;
                int8_t *l_1879 = &g_1139[7][3];
                int32_t l_1891 = (-7L);
                int i, j, k;
            }
            if ((*g_713))
            { /* block id: 869 */
                uint64_t *l_1898[4][4] = {{(void*)0,&g_1094,&g_1094,(void*)0},{(void*)0,&g_1094,&g_1094,(void*)0},{(void*)0,&g_1094,&g_1094,(void*)0},{(void*)0,&g_1094,&g_1094,(void*)0}};
                int32_t l_1916 = 0x102CA976L;
                int8_t *l_1917 = &g_78;
                int8_t l_1947 = 0x9CL;
                int i, j;
                l_1916 = ((g_934[7][8] , (((*l_1917) = (((**l_1869) = ((safe_rshift_func_uint16_t_u_u(p_14, (0xC9D6F6AEL & (0UL > 0xBCL)))) < (((safe_lshift_func_uint8_t_u_s((safe_add_func_uint64_t_u_u((--p_15), (((((safe_sub_func_uint16_t_u_u((++(**g_644)), (l_1759 > ((~((safe_div_func_int8_t_s_s((safe_div_func_int32_t_s_s((safe_lshift_func_uint16_t_u_s((&l_1803 != ((p_16 , (((!(((safe_unary_minus_func_int16_t_s(p_16)) || 0xE27CC346B5B8F1E6LL) , 1UL)) ^ 1UL) , l_1914)) , &p_17)), 10)), 0x0ED3CC31L)), p_13)) >= 255UL)) & g_1915[0][1][2])))) >= l_1916) || 0xFACFB436L) , p_13) && 0xDDL))), p_14)) == (*g_713)) <= p_16))) , l_1759)) < p_16)) , 0x7A2681BFL);
                if (l_1918)
                    continue;
                if (l_1919)
                    break;
                for (l_1738 = 0; (l_1738 <= 5); l_1738 += 1)
                { /* block id: 879 */
                    int32_t l_1944 = 0x2290298EL;
                    l_1954 = func_46(g_85[4], (l_1916 != (safe_add_func_int16_t_s_s((((safe_div_func_uint64_t_u_u((safe_lshift_func_uint16_t_u_s((((((p_15 ^ ((p_15 <= (safe_lshift_func_int8_t_s_u((safe_sub_func_int8_t_s_s(p_14, (p_16++))), 4))) <= (safe_lshift_func_int16_t_s_u((safe_div_func_uint32_t_u_u((g_1142--), ((*l_1946) = (safe_div_func_int16_t_s_s(((safe_mod_func_int32_t_s_s(((safe_mul_func_uint8_t_u_u(l_1944, ((g_85[0] , (l_1872 > (l_1945 == (void*)0))) <= l_1916))) & l_1947), p_13)) && 18446744073709551615UL), p_13))))), 1)))) == 0UL) , l_1948) != l_1951) <= 0xC7L), 10)), 1L)) | 0xA926L) == (-1L)), p_17))), p_17, l_1944);
                }
            }
            else
            { /* block id: 885 */
                uint32_t l_1955 = 0x8B44EF0CL;
                uint32_t * const ****l_1962 = &l_1958;
                uint32_t * const ***l_1964 = &l_1959;
                uint32_t * const ****l_1963 = &l_1964;
                uint8_t l_1993 = 0x18L;
                --l_1955;
                (*l_1963) = ((*l_1962) = l_1958);
                for (l_1914 = 0; (l_1914 <= 0); l_1914 += 1)
                { /* block id: 891 */
                    if (p_17)
                        break;
                }
                for (g_212 = 0; (g_212 >= 0); g_212 -= 1)
                { /* block id: 896 */
                    int8_t *l_1974 = (void*)0;
                    int8_t *l_1975 = &g_1139[1][6];
                    uint64_t *l_1984 = &g_1730;
                    int32_t l_1992 = 0x8D9C0E08L;
                    if ((safe_div_func_uint16_t_u_u((((****l_1958) = (((((((safe_mul_func_int8_t_s_s(((+((((safe_add_func_int64_t_s_s((*g_1792), (safe_div_func_int8_t_s_s(((*l_1975) = (l_1955 >= ((*l_1870) = p_17))), p_17)))) <= ((*l_1984) ^= (safe_rshift_func_uint16_t_u_s(((***g_643) , ((safe_add_func_uint64_t_u_u((*l_1954), 0UL)) != p_16)), (safe_div_func_uint64_t_u_u((safe_mul_func_uint8_t_u_u(5UL, p_14)), (*g_1792))))))) | p_14) <= 0L)) > g_1985), g_184[2])) && 0x77676C28L) >= (**g_1368)) , p_15) > p_13) ^ 0UL) & p_13)) == p_15), (**g_1736))))
                    { /* block id: 901 */
                        uint64_t l_1989 = 0x6B34F55227E6CCBDLL;
                        (*l_1954) = (((safe_mul_func_uint8_t_u_u((l_1988 , (l_1803 != 1UL)), l_1989)) < (+(*l_1954))) , ((-1L) < 0x8FDC114CAD304485LL));
                        (*l_1954) ^= 0x3BDFFD6DL;
                        l_1993--;
                        if (p_15)
                            break;
                    }
                    else
                    { /* block id: 906 */
                        if (l_1993)
                            break;
                        if (l_1992)
                            break;
                        l_1992 = (+((l_1993 > ((*g_1792) != p_16)) <= ((safe_lshift_func_uint8_t_u_s((safe_lshift_func_int8_t_s_u(p_16, 0)), ((void*)0 != &l_1951))) | (((*l_1954) < ((safe_mod_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u((0xC9L >= p_13), 3)), p_13)) <= p_13)) , (****g_1021)))));
                    }
                }
            }
            if (l_1991[1])
                break;
        }
    }
    l_2036 = (l_2035 = ((safe_mul_func_int8_t_s_s(p_15, p_16)) , (safe_mul_func_uint8_t_u_u(((18446744073709551614UL != (safe_div_func_uint32_t_u_u((((safe_sub_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_u(((l_2015 = 0xEC3180EEL) & (safe_div_func_int64_t_s_s((((g_351 |= ((*g_1792) = (((l_2018[7] = l_2018[3]) == (*l_1958)) || ((l_2033 &= (safe_add_func_uint8_t_u_u(((safe_add_func_uint64_t_u_u(((*g_1792) | (((safe_lshift_func_int16_t_s_s(((l_2026 = ((*g_1792) , (void*)0)) != g_2027[1][4]), l_2029)) & 0L) >= p_17)), 0x3F887B99DF93F966LL)) > p_14), p_16))) , 0xFE3874DCL)))) ^ p_17) < p_13), (-1L)))), p_16)), 18446744073709551612UL)) , 1UL) > p_17), 0x60941450L))) <= p_16), 0x3CL))));
    g_2047 = (p_13 || (safe_add_func_int32_t_s_s((&g_983 != ((*l_2039) = &l_1869)), (safe_mul_func_uint8_t_u_u((65535UL || (l_2043 == g_2045)), p_14)))));
    for (l_1861 = 0; l_1861 < 2; l_1861 += 1)
    {
        g_154[l_1861] = 250UL;
    }
    return p_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_1094 g_852 g_1030 g_395 g_1083 g_963 g_648 g_713 g_183 g_131 g_1154 g_350 g_719 g_1151 g_351 g_635 g_1022 g_1023 g_84 g_43 g_212 g_363 g_644 g_643 g_1326 g_1327 g_1737
 * writes: g_1094 g_648 g_183 g_61 g_350 g_719 g_635 g_1154 g_1083 g_80
 */
static int16_t  func_26(uint64_t * p_27)
{ /* block id: 555 */
    uint64_t * const **l_1178 = &g_413;
    int32_t ***l_1202[1];
    uint32_t *l_1229[4][1][4] = {{{(void*)0,&g_61,(void*)0,(void*)0}},{{&g_61,&g_61,&g_61,&g_61}},{{&g_61,(void*)0,(void*)0,&g_61}},{{(void*)0,&g_61,(void*)0,(void*)0}}};
    union U0 l_1262 = {0x5DL};
    uint8_t l_1286 = 0xB7L;
    int8_t *l_1299 = (void*)0;
    int16_t *l_1359 = (void*)0;
    const int32_t **l_1365[3][1];
    const int32_t ***l_1364 = &l_1365[2][0];
    uint32_t l_1510 = 1UL;
    int32_t **l_1590 = &g_1123;
    int32_t **l_1591 = &g_1123;
    int8_t l_1688 = 0xF4L;
    const uint8_t *l_1693 = &g_129;
    const uint8_t **l_1692[7][4][3] = {{{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{(void*)0,&l_1693,(void*)0}},{{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{(void*)0,&l_1693,(void*)0}},{{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{(void*)0,&l_1693,(void*)0}},{{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{(void*)0,&l_1693,(void*)0}},{{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{(void*)0,&l_1693,(void*)0}},{{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{(void*)0,&l_1693,(void*)0}},{{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{&l_1693,&l_1693,&l_1693},{(void*)0,&l_1693,(void*)0}}};
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_1202[i] = (void*)0;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_1365[i][j] = &g_1030[2][1][0];
    }
    for (g_1094 = 0; (g_1094 <= 5); g_1094 += 1)
    { /* block id: 558 */
        uint64_t l_1184 = 0x5F1BCEB2A54EA8DDLL;
        const int32_t **l_1199 = &g_1030[2][0][1];
        const int32_t *** const l_1198 = &l_1199;
        const union U0 l_1201 = {3L};
        int32_t l_1204 = 0L;
        int32_t l_1207 = 0x34E0DC4CL;
        uint32_t l_1256 = 0x07488E84L;
        uint8_t *l_1317 = &g_363;
        uint64_t * const ** const *l_1395 = &l_1178;
        uint64_t l_1434 = 0x0CE612AEC9498DEDLL;
        const uint16_t l_1457 = 0x5B7BL;
        int32_t ***l_1512[3][9] = {{&g_1122,(void*)0,(void*)0,(void*)0,(void*)0,&g_1122,&g_1122,&g_1122,&g_1122},{&g_1122,&g_1122,(void*)0,&g_1122,(void*)0,(void*)0,&g_1122,(void*)0,&g_1122},{(void*)0,&g_1122,&g_1122,&g_1122,(void*)0,&g_1122,&g_1122,&g_1122,&g_1122}};
        int32_t ****l_1511 = &l_1512[1][2];
        int32_t l_1536 = (-7L);
        int64_t l_1557 = 0x58AE1AC90CF6829BLL;
        uint16_t ** const *l_1594 = &g_1023[2];
        int16_t l_1689 = 0L;
        int i, j;
        if ((safe_sub_func_uint32_t_u_u((g_648[0][1][8] = ((void*)0 != l_1178)), 0L)))
        { /* block id: 560 */
            uint64_t l_1183 = 0x2806910A8650B012LL;
            uint32_t *l_1197 = &g_184[1];
            int8_t *l_1203[10] = {(void*)0,(void*)0,&g_1151,(void*)0,(void*)0,&g_1151,(void*)0,(void*)0,&g_1151,(void*)0};
            uint32_t *l_1205 = &g_61;
            int32_t l_1206 = 0x82204A21L;
            int32_t l_1285 = 0xBB0E7BA8L;
            int i;
            l_1207 |= ((((((*l_1205) = ((((*g_713) = (safe_sub_func_int16_t_s_s((safe_div_func_uint64_t_u_u(0x3D280F65C1458E25LL, (l_1184 = l_1183))), ((safe_mod_func_int8_t_s_s((l_1204 = ((0x24147E9808802B52LL < (safe_lshift_func_uint16_t_u_u(((((safe_mod_func_int64_t_s_s((safe_mod_func_int8_t_s_s(((safe_add_func_uint64_t_u_u((safe_div_func_uint64_t_u_u(((g_852 == g_852) > ((((void*)0 != l_1197) | (((l_1198 != (((~(l_1201 , (**l_1199))) & l_1183) , l_1202[0])) && 65535UL) , (**l_1199))) == (***l_1198))), (*p_27))), (*p_27))) < l_1183), g_963)), g_648[0][1][8])) , l_1183) <= 0x9FL) || 0x6BL), 1))) , (***l_1198))), (**l_1199))) || l_1183)))) , l_1183) || (*g_713))) , 3UL) != l_1206) > g_131[4][3][2]) && g_1154[2][3]);
            if ((***l_1198))
                break;
            for (g_350 = 4; (g_350 >= 0); g_350 -= 1)
            { /* block id: 569 */
                uint16_t l_1208 = 8UL;
                uint16_t l_1227 = 1UL;
                int32_t l_1240 = 0x63BECB9AL;
                int32_t *l_1248 = (void*)0;
                union U0 l_1263 = {0xB1L};
                int32_t l_1284 = 0x7D722526L;
                int i, j;
                (*g_713) = g_1154[g_1094][g_1094];
            }
        }
        else
        { /* block id: 611 */
            const int8_t *l_1297 = &g_1139[8][4];
            int32_t l_1301 = (-9L);
            int32_t l_1314 = 0x6268D423L;
            for (g_719 = 1; (g_719 == (-25)); g_719 = safe_sub_func_int64_t_s_s(g_719, 1))
            { /* block id: 614 */
                return (***l_1198);
            }
            (*g_713) = 0xA747C5BCL;
            for (l_1204 = 0; (l_1204 == 26); ++l_1204)
            { /* block id: 620 */
                const int8_t **l_1298 = &l_1297;
                int8_t **l_1300[5] = {&g_912[4][3],&g_912[4][3],&g_912[4][3],&g_912[4][3],&g_912[4][3]};
                int64_t *l_1311 = (void*)0;
                int64_t *l_1312[9] = {&g_717,&g_717,&g_717,&g_717,&g_717,&g_717,&g_717,&g_717,&g_717};
                int32_t l_1313 = 0x1AA937B3L;
                uint8_t *l_1318 = &l_1286;
                int i;
                g_80 = (((*p_27) = (safe_rshift_func_int8_t_s_s((g_1083 ^ ((safe_rshift_func_int16_t_s_s((((*l_1298) = l_1297) == (g_1151 , (l_1299 = l_1299))), ((g_351 <= (l_1301 != (~((((g_1154[3][4] = (safe_sub_func_int64_t_s_s(((safe_add_func_int16_t_s_s((safe_sub_func_uint64_t_u_u((*p_27), (g_635 ^= (l_1313 = (safe_mod_func_int32_t_s_s((**l_1199), ((*g_713) = (***l_1198)))))))), (***g_1022))) <= (**l_1199)), g_212))) && g_363) , (**g_644)) && l_1314)))) & (**g_644)))) >= 0x12BEE197L)), (***l_1198)))) != l_1301);
                l_1301 |= (safe_mul_func_int8_t_s_s(((l_1317 = l_1317) == l_1318), (l_1313 < (((*l_1298) == l_1297) , (safe_lshift_func_uint16_t_u_u(l_1313, (***g_643)))))));
                for (l_1314 = 0; (l_1314 > (-1)); l_1314 = safe_sub_func_int16_t_s_s(l_1314, 8))
                { /* block id: 633 */
                    (*g_713) = (***l_1198);
                    return g_648[0][1][8];
                }
            }
            for (l_1286 = 2; (l_1286 <= 7); l_1286 += 1)
            { /* block id: 640 */
                int32_t l_1323 = 0L;
                int64_t *l_1332[2][10] = {{&g_789,&g_102[0],&g_789,&g_102[0],&g_789,&g_102[0],&g_789,&g_102[0],&g_789,&g_102[0]},{&g_719,&g_102[0],&g_719,&g_102[0],&g_719,&g_102[0],&g_719,&g_102[0],&g_719,&g_102[0]}};
                int32_t l_1333 = 1L;
                int32_t l_1334 = 1L;
                int i, j;
                if ((l_1323 ^ ((safe_mod_func_int32_t_s_s(((void*)0 == g_1326), ((**g_1327) |= (g_351 ^ ((void*)0 == p_27))))) > (l_1334 = (safe_lshift_func_uint8_t_u_u((safe_add_func_int64_t_s_s((l_1229[0][0][0] == (void*)0), (l_1333 = (l_1323 && (***l_1198))))), 5))))))
                { /* block id: 644 */
                    return (***l_1198);
                }
                else
                { /* block id: 646 */
                    return l_1301;
                }
            }
        }
        (*g_713) |= (+0UL);
        for (g_635 = 28; (g_635 >= (-2)); g_635 = safe_sub_func_int8_t_s_s(g_635, 8))
        { /* block id: 654 */
            int32_t l_1353 = 0xF9745AF1L;
            int8_t *l_1354 = &g_78;
            int16_t *l_1355 = &g_1154[2][3];
            int32_t ***l_1406 = &g_1122;
            const int32_t * const *l_1417 = &g_1030[0][1][0];
            int32_t l_1424[8][1] = {{0xE14064F4L},{(-10L)},{0xE14064F4L},{(-10L)},{0xE14064F4L},{(-10L)},{0xE14064F4L},{(-10L)}};
            const int8_t l_1462[8] = {0L,0L,0L,0L,0L,0L,0L,0L};
            union U0 l_1497 = {0x5FL};
            uint32_t l_1573 = 0x7F98C26EL;
            const uint8_t l_1593 = 251UL;
            int64_t l_1642 = (-5L);
            union U0 l_1646[7] = {{0x50L},{0x50L},{0xE8L},{0x50L},{0x50L},{0xE8L},{0x50L}};
            int16_t l_1652 = (-1L);
            const int32_t *l_1723 = (void*)0;
            const int32_t **l_1722 = &l_1723;
            int32_t ****l_1734 = &g_1367[7];
            int i, j;
        }
        if ((***l_1198))
            break;
    }
    return (*g_1737);
}


/* ------------------------------------------ */
/* 
 * reads : g_95 g_713 g_183 g_395 g_22 g_212 g_80 g_3
 * writes: g_95 g_395 g_22 g_212
 */
static uint64_t * func_28(uint64_t * p_29, int32_t  p_30, uint32_t  p_31, uint64_t * p_32, const uint64_t * p_33)
{ /* block id: 458 */
    int8_t l_1010 = 0xC1L;
    const int32_t *l_1028 = &g_80;
    int32_t l_1099[7];
    uint32_t l_1125 = 0UL;
    int32_t **l_1126[7] = {&g_1123,&g_1123,&g_1123,&g_1123,&g_1123,&g_1123,&g_1123};
    int32_t *l_1167 = &g_183;
    int32_t *l_1168 = &l_1099[3];
    int32_t *l_1169 = &l_1099[0];
    int32_t *l_1170[6][7][4] = {{{&g_790,&g_183,&g_790,&g_3},{(void*)0,(void*)0,(void*)0,&g_750},{&g_183,&g_790,(void*)0,&g_790},{(void*)0,&g_750,(void*)0,&g_3},{&g_790,(void*)0,&g_750,&g_4},{(void*)0,&g_790,(void*)0,&g_80},{&g_790,(void*)0,&g_3,&g_3}},{{&g_3,&g_750,&l_1099[3],&g_790},{&g_790,&l_1099[3],&g_3,&g_750},{&g_750,&g_790,&g_4,&g_183},{(void*)0,&g_395,&l_1099[3],&g_790},{&g_790,&g_395,&g_395,&g_790},{&g_790,&g_3,&l_1099[3],(void*)0},{&g_395,(void*)0,&g_750,&l_1099[0]}},{{&g_4,&l_1099[4],&g_790,&l_1099[0]},{(void*)0,(void*)0,&g_3,(void*)0},{&g_750,&g_3,(void*)0,&g_790},{&g_790,&g_395,&g_3,&g_790},{&g_790,&g_395,&g_790,&g_183},{(void*)0,&g_790,&g_395,&g_790},{&l_1099[4],&g_80,&l_1099[3],(void*)0}},{{&g_790,&g_790,(void*)0,&l_1099[3]},{&g_3,&g_395,&g_790,&g_3},{&g_3,&g_750,(void*)0,&g_3},{(void*)0,(void*)0,&l_1099[3],&g_4},{&g_790,&g_750,&g_750,&g_395},{&g_750,&g_750,&g_183,&g_790},{(void*)0,&g_3,(void*)0,&l_1099[3]}},{{&g_3,(void*)0,&g_790,&g_4},{&g_3,&g_80,&g_395,(void*)0},{&g_3,&g_790,&g_395,(void*)0},{&g_3,(void*)0,&g_790,&g_3},{&g_3,&l_1099[3],(void*)0,&g_3},{(void*)0,&g_3,&g_183,(void*)0},{&g_750,&g_183,&g_750,(void*)0}},{{&g_790,&l_1099[3],&l_1099[3],&g_4},{(void*)0,&g_3,(void*)0,(void*)0},{&g_3,&g_395,&g_790,&g_790},{&g_3,&l_1099[3],(void*)0,&l_1099[3]},{&g_790,&g_750,&l_1099[3],(void*)0},{&l_1099[4],&g_3,&l_1099[1],&g_3},{(void*)0,&g_80,(void*)0,&g_3}}};
    uint8_t l_1171 = 0x08L;
    union U0 *l_1174 = (void*)0;
    uint64_t *l_1175 = &g_1083;
    int i, j, k;
    for (i = 0; i < 7; i++)
        l_1099[i] = 0x516F48FBL;
lbl_997:
    for (g_95 = 0; (g_95 != 12); ++g_95)
    { /* block id: 461 */
        int32_t *l_995 = (void*)0;
        int32_t *l_996 = &g_395;
        (*l_996) &= (*g_713);
        if (g_395)
            goto lbl_997;
    }
    for (g_22 = 0; (g_22 > 29); g_22++)
    { /* block id: 467 */
        union U0 l_1024 = {0xCCL};
        uint16_t ***l_1025 = (void*)0;
        uint16_t ** const *l_1026 = &g_1023[2];
        int32_t *l_1027[8] = {&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80};
        uint64_t l_1116 = 0xB8C2E2BDFD90A3D3LL;
        int i;
        for (g_212 = (-5); (g_212 == 26); g_212++)
        { /* block id: 470 */
            uint64_t ****l_1002 = (void*)0;
            uint64_t ***l_1004 = (void*)0;
            uint64_t ****l_1003 = &l_1004;
            uint8_t *l_1007[1];
            const int32_t l_1015 = 0xDC39AB69L;
            uint64_t * const **l_1019 = &g_413;
            uint64_t * const ***l_1018 = &l_1019;
            uint16_t ****l_1055 = &g_1022;
            uint32_t l_1061 = 0x7F99062DL;
            union U0 l_1112 = {-6L};
            int32_t l_1140 = (-1L);
            int32_t l_1141 = 0xFE9559D0L;
            int32_t l_1152 = (-10L);
            const int32_t *l_1164 = &g_350;
            const int32_t **l_1163 = &l_1164;
            const int32_t ***l_1162 = &l_1163;
            int i;
            for (i = 0; i < 1; i++)
                l_1007[i] = &g_154[1];
            (*l_1003) = (void*)0;
        }
        if ((*l_1028))
            break;
    }
    l_1171++;
    l_1174 = l_1174;
    return l_1175;
}


/* ------------------------------------------ */
/* 
 * reads : g_84 g_127 g_262 g_184 g_159 g_22 g_3 g_212 g_154 g_43 g_129 g_363 g_105 g_102 g_395 g_350 g_85.f0 g_413 g_131 g_174 g_78 g_463 g_351 g_486 g_85 g_95 g_183 g_80 g_635 g_638 g_4 g_642 g_648 g_643 g_644
 * writes: g_43 g_85.f0 g_174 g_102 g_129 g_363 g_105 g_22 g_395 g_80 g_413 g_154 g_350 g_212 g_95 g_127 g_183 g_78 g_184 g_635 g_638 g_642 g_648 g_131
 */
static uint64_t * func_34(int32_t  p_35)
{ /* block id: 154 */
    uint8_t l_321 = 0x34L;
    int32_t *l_342 = &g_3;
    int32_t l_349 = 4L;
    int32_t l_390 = 1L;
    int32_t l_391 = 0L;
    int64_t *l_392 = &g_102[0];
    int64_t l_393 = 0x37A2098EF1BAC67CLL;
    int64_t l_411 = 1L;
    uint32_t l_431 = 0xB2D8758FL;
    uint16_t *l_459 = &g_43;
    uint32_t l_461 = 0UL;
    uint8_t l_462[3];
    int32_t l_533[5][7][2] = {{{0L,(-2L)},{1L,0L},{(-5L),0x07585F63L},{(-5L),0L},{1L,(-2L)},{0L,0xF6F33D91L},{0xAA98F1C0L,1L}},{{0xD36E67F9L,0L},{0L,3L},{0xB19F361DL,(-9L)},{0xDEB62D90L,0xAA98F1C0L},{(-1L),0L},{0xF6F33D91L,0L},{(-1L),0xAA98F1C0L}},{{0xDEB62D90L,(-9L)},{0xB19F361DL,3L},{0L,0L},{0xD36E67F9L,1L},{0xAA98F1C0L,0xF6F33D91L},{0L,(-2L)},{1L,0L}},{{(-5L),0x07585F63L},{(-5L),0L},{1L,(-2L)},{0L,0xF6F33D91L},{0xAA98F1C0L,1L},{0xD36E67F9L,0L},{0L,3L}},{{0xB19F361DL,(-9L)},{0xDEB62D90L,0xAA98F1C0L},{(-1L),0L},{0xF6F33D91L,0L},{(-1L),0xAA98F1C0L},{0xDEB62D90L,(-9L)},{0xB19F361DL,3L}}};
    const int64_t l_541 = 0L;
    uint16_t ***l_557 = (void*)0;
    uint16_t **** const l_556 = &l_557;
    uint16_t ****l_558 = &l_557;
    uint64_t *l_614[9] = {&g_22,&g_22,&g_22,&g_22,&g_22,&g_22,&g_22,&g_22,&g_22};
    uint64_t **l_613 = &l_614[5];
    uint64_t ***l_612 = &l_613;
    uint32_t l_659[5] = {0x7F205E26L,0x7F205E26L,0x7F205E26L,0x7F205E26L,0x7F205E26L};
    uint16_t l_751 = 0x6CB0L;
    const uint8_t *l_780 = &g_363;
    const uint8_t **l_779[3];
    int32_t l_841 = 0L;
    uint16_t l_899 = 0x68DAL;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_462[i] = 0x36L;
    for (i = 0; i < 3; i++)
        l_779[i] = &l_780;
    if (p_35)
    { /* block id: 155 */
        uint8_t *l_325 = &g_154[0];
        uint8_t **l_324 = &l_325;
        int8_t *l_328 = &g_85[5].f0;
        int16_t *l_329 = &g_174[7];
        int32_t *l_330 = (void*)0;
        int32_t l_331 = 0xA95A9F53L;
        int64_t *l_337 = &g_102[0];
        int32_t **l_343 = (void*)0;
        int32_t **l_344 = (void*)0;
        int32_t **l_345 = &l_342;
        uint32_t l_352 = 0xB512F2BDL;
        uint64_t *l_355 = &g_22;
        int32_t l_361 = 4L;
        int32_t l_362 = 0x98B52443L;
        l_331 ^= (safe_mod_func_uint8_t_u_u((safe_div_func_int16_t_s_s(((*l_329) = (safe_rshift_func_int8_t_s_u(((*l_328) = (safe_sub_func_uint16_t_u_u(((6L >= ((1L | 0x9CL) , l_321)) | l_321), (p_35 <= ((safe_div_func_uint8_t_u_u((((*g_84) = (((*l_324) = &l_321) == &g_127)) && (safe_sub_func_int64_t_s_s((g_127 , g_262), p_35))), p_35)) , g_184[0]))))), 1))), 0xA2B4L)), g_159));
        if (((safe_add_func_uint16_t_u_u((safe_div_func_int64_t_s_s((((*l_337) = (~g_22)) == (((safe_add_func_uint32_t_u_u(l_321, (safe_sub_func_int32_t_s_s(((((*l_345) = l_342) != &g_183) || ((-8L) >= (*l_342))), (safe_mul_func_int8_t_s_s(0xC9L, p_35)))))) == (l_321 > 9L)) == g_212)), g_154[0])), (*g_84))) > p_35))
        { /* block id: 163 */
            int32_t *l_348[7][1];
            int i, j;
            for (i = 0; i < 7; i++)
            {
                for (j = 0; j < 1; j++)
                    l_348[i][j] = (void*)0;
            }
            l_352++;
        }
        else
        { /* block id: 165 */
            return l_355;
        }
        for (g_129 = (-21); (g_129 != 29); ++g_129)
        { /* block id: 170 */
            int32_t *l_358 = &l_349;
            int32_t *l_359 = (void*)0;
            int32_t *l_360[8] = {&l_331,&l_331,&l_331,&l_331,&l_331,&l_331,&l_331,&l_331};
            const int64_t *l_379 = &g_102[0];
            uint16_t *l_394 = &g_131[3][3][1];
            uint8_t l_396 = 8UL;
            int i;
            ++g_363;
            for (g_105 = 28; (g_105 <= 5); g_105 = safe_sub_func_uint8_t_u_u(g_105, 4))
            { /* block id: 174 */
                uint8_t l_370 = 252UL;
                g_80 = ((safe_lshift_func_uint16_t_u_u(l_370, 4)) && ((g_395 &= (((0xD45CL || 0xDEE4L) >= (safe_mod_func_uint64_t_u_u((((safe_mod_func_int16_t_s_s((((((*l_358) |= 0x45715C26L) <= (safe_lshift_func_int8_t_s_u(((safe_rshift_func_int8_t_s_u((0xEE8EA88972A5828DLL & (g_22 = (l_379 == (void*)0))), 1)) && (safe_mul_func_uint16_t_u_u((safe_div_func_uint64_t_u_u((((safe_mul_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(((l_391 = (l_390 |= (safe_add_func_int64_t_s_s((p_35 > (*l_342)), l_370)))) != (*l_342)), 1UL)), p_35)) , l_392) != l_392), (*l_342))), (*g_84)))), 2))) >= (*l_342)) , l_393), 0xEB0BL)) , l_394) == &g_43), l_370))) > g_102[0])) , p_35));
                --l_396;
            }
            (*l_358) |= (0x57E4L >= ((((*g_84) = ((*l_342) || (safe_add_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_s((*g_84), p_35)) > (**l_345)), g_184[0])))) > ((g_184[2] , (((safe_mul_func_uint8_t_u_u(g_350, ((safe_rshift_func_uint8_t_u_s(((**l_324)++), 4)) != (safe_mod_func_int64_t_s_s((((g_85[5].f0 , p_35) && p_35) == g_350), p_35))))) || p_35) & 18446744073709551606UL)) == p_35)) ^ l_411));
        }
    }
    else
    { /* block id: 187 */
        int32_t **l_412[3];
        uint64_t * const **l_415 = &g_413;
        int i;
        for (i = 0; i < 3; i++)
            l_412[i] = &l_342;
        l_342 = &l_390;
        l_342 = &g_395;
        (*l_415) = g_413;
    }
lbl_551:
    for (g_22 = 6; (g_22 <= 5); g_22--)
    { /* block id: 194 */
        int32_t *l_418 = &g_3;
        int32_t **l_419 = (void*)0;
        int32_t **l_420 = &l_342;
        int32_t *l_435 = &g_395;
        (*l_420) = l_418;
        g_80 = ((safe_sub_func_uint8_t_u_u(((((safe_unary_minus_func_int8_t_s((safe_div_func_uint32_t_u_u((+((safe_mul_func_uint16_t_u_u(p_35, (safe_sub_func_int32_t_s_s((1UL || l_431), (p_35 > (~((safe_rshift_func_uint16_t_u_u((*g_84), 8)) && ((p_35 <= ((*l_435) &= 0xB51CB93AL)) , ((safe_sub_func_int64_t_s_s(p_35, (safe_lshift_func_uint16_t_u_s((--(*g_84)), g_154[1])))) & (**l_420)))))))))) | g_22)), 6UL)))) , p_35) , 1UL) , p_35), g_131[3][1][4])) <= g_102[0]);
    }
    for (l_411 = (-11); (l_411 == 18); l_411++)
    { /* block id: 202 */
        uint32_t l_445 = 1UL;
        int32_t l_491 = 0x262022A7L;
        int32_t l_494[4];
        int16_t l_554 = 0xA5E3L;
        uint32_t *l_566[8] = {&g_184[1],&g_184[1],&g_184[1],(void*)0,(void*)0,&g_184[1],(void*)0,(void*)0};
        int16_t l_585 = 8L;
        int16_t l_662 = 0L;
        uint64_t *l_676 = &g_22;
        int32_t *l_680 = &l_533[2][6][0];
        int32_t **l_679 = &l_680;
        int32_t *l_682 = (void*)0;
        int32_t **l_681 = &l_682;
        union U0 l_683 = {-4L};
        int16_t * const l_735[5] = {&l_585,&l_585,&l_585,&l_585,&l_585};
        int8_t *l_742 = (void*)0;
        int32_t **l_867 = (void*)0;
        int32_t **l_882 = &l_342;
        uint32_t l_925 = 3UL;
        uint8_t l_944 = 253UL;
        const uint16_t *l_946 = (void*)0;
        const uint16_t **l_945 = &l_946;
        const uint64_t *l_962 = &g_963;
        const uint64_t **l_961 = &l_962;
        const uint64_t ***l_960 = &l_961;
        int8_t l_974 = (-6L);
        uint16_t ****l_991 = (void*)0;
        int i;
        for (i = 0; i < 4; i++)
            l_494[i] = 0xA8E8ADBDL;
        for (g_395 = 0; (g_395 <= 0); g_395 += 1)
        { /* block id: 205 */
            int32_t *l_444[8] = {&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80,&g_80};
            int64_t *l_460[6];
            uint32_t l_524 = 18446744073709551615UL;
            const uint16_t *l_552[4];
            uint64_t **l_581 = (void*)0;
            uint64_t ***l_580 = &l_581;
            const union U0 l_627 = {0x69L};
            int8_t *l_660 = &g_85[5].f0;
            uint16_t *l_661 = &g_131[3][1][4];
            int i;
            for (i = 0; i < 6; i++)
                l_460[i] = (void*)0;
            for (i = 0; i < 4; i++)
                l_552[i] = &g_131[3][1][4];
            l_445 &= 0xC8457E02L;
            l_390 |= ((safe_unary_minus_func_int16_t_s((safe_add_func_uint32_t_u_u((((safe_sub_func_uint8_t_u_u((safe_add_func_int64_t_s_s(((*l_392) = 0x669BEAC9F45F873BLL), ((g_154[1] |= g_184[(g_395 + 1)]) != (g_174[(g_395 + 4)] != (p_35 || (safe_sub_func_int16_t_s_s(l_445, (0xE440D9E5B19911D7LL >= (l_461 = ((void*)0 == l_459)))))))))), g_78)) >= 0x5780L) >= l_462[1]), 0xB45E4183L)))) & g_463);
            for (l_349 = 0; (l_349 <= 3); l_349 += 1)
            { /* block id: 213 */
                union U0 l_468 = {6L};
                uint32_t *l_522 = &g_61;
                uint8_t l_523 = 0xE6L;
                const uint16_t *l_550 = &g_43;
                int16_t l_587 = 9L;
                uint64_t ***l_616 = &l_613;
                int8_t *l_634[8][6] = {{&l_468.f0,(void*)0,&l_468.f0,&g_78,(void*)0,&g_85[5].f0},{&g_78,&l_468.f0,(void*)0,&g_78,&l_468.f0,&l_468.f0},{&l_468.f0,&g_78,&g_78,&l_468.f0,&g_78,&l_468.f0},{&g_85[5].f0,&g_78,&g_85[5].f0,&l_468.f0,(void*)0,&l_468.f0},{(void*)0,&g_78,&l_468.f0,&g_78,(void*)0,(void*)0},{&g_78,&g_78,&l_468.f0,&g_78,&g_78,&g_78},{&l_468.f0,&g_78,&g_78,&l_468.f0,&l_468.f0,(void*)0},{&g_78,&l_468.f0,&g_78,&g_78,(void*)0,(void*)0}};
                int32_t l_637[10] = {0x7AEC50B3L,0x7AEC50B3L,0L,0x7AEC50B3L,0x7AEC50B3L,0L,0x7AEC50B3L,0x7AEC50B3L,0L,0x7AEC50B3L};
                int i, j;
                for (g_350 = 0; (g_350 <= 3); g_350 += 1)
                { /* block id: 216 */
                    uint32_t l_492 = 0x29B3BE91L;
                    uint16_t l_493 = 65535UL;
                    int32_t l_525 = 0x7D325DC2L;
                    int8_t *l_534 = &g_85[5].f0;
                    uint16_t **l_543 = &l_459;
                    uint16_t ***l_542 = &l_543;
                    uint64_t *l_544 = &g_22;
                    uint8_t *l_547 = &g_127;
                    for (g_212 = 0; (g_212 <= 3); g_212 += 1)
                    { /* block id: 219 */
                        uint32_t *l_479 = &g_95;
                        uint8_t *l_484 = (void*)0;
                        uint8_t *l_485 = &l_321;
                        uint64_t *l_487 = &g_22;
                        int8_t *l_488 = (void*)0;
                        int8_t *l_489[8];
                        int32_t l_490 = (-4L);
                        int8_t l_521 = 1L;
                        int i;
                        for (i = 0; i < 8; i++)
                            l_489[i] = &g_85[5].f0;
                        l_494[0] = ((safe_rshift_func_int16_t_s_u((safe_rshift_func_int16_t_s_u((l_468 , (safe_add_func_int16_t_s_s((safe_rshift_func_int16_t_s_u((g_184[g_395] && 0x9C965924FA6C644FLL), ((safe_div_func_uint16_t_u_u(((((safe_lshift_func_uint16_t_u_s((((l_491 = (l_490 &= ((g_351 && ((*l_479) = (safe_add_func_uint16_t_u_u(p_35, 1UL)))) > ((*l_487) = (safe_div_func_int16_t_s_s((-5L), ((safe_mul_func_uint8_t_u_u(((*l_485) = p_35), g_486)) | l_468.f0))))))) != l_445) ^ g_131[5][3][0]), g_463)) != p_35) , l_492) , l_493), (*g_84))) > p_35))), p_35))), p_35)), p_35)) <= g_159);
                        l_525 |= (safe_div_func_uint64_t_u_u((((*l_479) |= ((g_78 , ((safe_lshift_func_uint16_t_u_s(((safe_rshift_func_uint16_t_u_u((~(safe_mod_func_uint32_t_u_u((((l_492 >= (((safe_lshift_func_uint8_t_u_s(((~(g_127 , g_102[0])) != ((((--(*l_485)) > ((safe_mul_func_int16_t_s_s(l_493, p_35)) | (safe_rshift_func_uint16_t_u_s((safe_rshift_func_int16_t_s_u((0xA1F350A4L >= (safe_add_func_uint8_t_u_u(g_184[g_395], (((safe_lshift_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_u((((g_85[5] , p_35) & 0x21495E48L) & 0x1A80L), 14)) >= l_521), 1)) <= g_129) , 0x8DL)))), p_35)), 2)))) , l_522) != (void*)0)), l_494[0])) , l_468.f0) && (*l_342))) & g_212) && g_102[0]), p_35))), 11)) > (*l_342)), 9)) && 0x9663EDE295C5798ELL)) , l_523)) | l_524), p_35));
                    }
                    l_533[3][0][1] = ((safe_lshift_func_uint16_t_u_s(((*g_84) = ((safe_lshift_func_uint16_t_u_u((((~((safe_lshift_func_int8_t_s_u(0x9CL, (*l_342))) & (-1L))) != g_174[4]) , (((l_468.f0 >= (p_35 || (((((9L > l_491) , &g_102[0]) != (void*)0) != (*l_342)) ^ 0xF5122942BDE7F894LL))) <= g_463) && l_445)), p_35)) & g_3)), 13)) <= p_35);
                    l_494[0] = ((((((*l_534) &= 0x67L) , (safe_div_func_int32_t_s_s(g_350, g_154[1]))) >= ((safe_lshift_func_uint8_t_u_s(l_523, 3)) ^ (safe_div_func_uint8_t_u_u((l_541 & (&l_459 != ((*l_542) = &l_459))), ((0x23L <= ((++(*l_544)) , ((*l_547)--))) || ((l_523 , l_550) != l_459)))))) && g_43) != p_35);
                    for (l_468.f1 = 0; (l_468.f1 <= 3); l_468.f1 += 1)
                    { /* block id: 239 */
                        int8_t l_553 = 6L;
                        l_391 &= 1L;
                        if (g_486)
                            goto lbl_551;
                        g_183 ^= (0xF69BA88BL <= (l_552[0] == (void*)0));
                        l_553 = 0x5AF2BF19L;
                    }
                }
                if (g_154[0])
                    continue;
                if (l_554)
                { /* block id: 247 */
                    if ((*l_342))
                        break;
                    for (g_78 = 0; (g_78 <= 3); g_78 += 1)
                    { /* block id: 251 */
                        int32_t **l_555 = &l_444[0];
                        (*l_555) = &l_491;
                        l_558 = l_556;
                        g_80 = (**l_555);
                    }
                }
                else
                { /* block id: 256 */
                    uint64_t * const **l_579[3];
                    const uint64_t l_609 = 18446744073709551613UL;
                    union U0 l_631 = {-1L};
                    int32_t l_636[8];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_579[i] = &g_413;
                    for (i = 0; i < 8; i++)
                        l_636[i] = (-1L);
                    l_491 = (l_494[0] |= (-2L));
                    for (g_212 = 0; (g_212 <= 3); g_212 += 1)
                    { /* block id: 261 */
                        uint32_t *l_565[6][10][4] = {{{&g_184[1],&g_184[(g_395 + 1)],&g_184[1],(void*)0},{&g_159,(void*)0,&l_431,(void*)0},{&g_95,&g_184[2],(void*)0,(void*)0},{&l_431,&g_159,(void*)0,&g_184[1]},{&g_95,&l_431,&l_431,&g_184[0]},{&g_159,&g_184[(g_395 + 1)],&g_184[1],&g_184[2]},{&g_184[1],&g_184[2],&g_184[1],&g_95},{&g_184[2],&g_159,&g_184[(g_395 + 1)],&g_105},{&g_184[0],(void*)0,&g_184[0],&g_184[(g_395 + 1)]},{&g_105,&g_95,&g_184[0],&g_184[0]}},{{&g_105,&g_105,&g_95,&l_431},{&g_184[0],&g_105,(void*)0,&g_184[0]},{&g_159,&l_431,(void*)0,&g_184[(g_395 + 1)]},{(void*)0,&g_184[0],&l_431,(void*)0},{&g_184[0],&g_159,&l_431,(void*)0},{&g_95,&l_431,&l_431,&g_105},{&g_184[0],&g_184[0],&g_159,&g_184[0]},{(void*)0,&g_105,(void*)0,(void*)0},{&g_95,&l_431,&l_431,&l_431},{&g_159,(void*)0,&g_105,&g_95}},{{&g_95,(void*)0,(void*)0,&g_184[2]},{(void*)0,(void*)0,&l_431,&g_95},{&l_431,&g_184[2],&l_431,(void*)0},{&g_105,&g_159,&g_184[1],(void*)0},{(void*)0,&g_184[1],(void*)0,&l_431},{(void*)0,&g_105,&g_184[(g_395 + 1)],&g_184[1]},{&g_184[(g_395 + 1)],&g_184[(g_395 + 1)],&g_184[0],&g_184[0]},{&g_95,&g_184[0],&g_184[0],(void*)0},{(void*)0,(void*)0,(void*)0,&g_95},{(void*)0,&g_184[0],&g_184[2],(void*)0}},{{(void*)0,(void*)0,(void*)0,&g_184[(g_395 + 1)]},{&g_184[0],&g_184[0],&g_184[(g_395 + 1)],&g_184[(g_395 + 1)]},{&g_105,(void*)0,&g_159,(void*)0},{&g_184[(g_395 + 1)],&g_184[0],&g_159,&g_95},{&g_184[0],(void*)0,&g_159,&l_431},{&l_431,&g_159,&g_105,&g_95},{(void*)0,&g_184[0],&g_184[0],(void*)0},{&g_184[0],&g_95,(void*)0,&g_184[0]},{&g_159,&g_184[(g_395 + 1)],&g_184[1],&l_431},{&g_159,&g_159,&l_431,(void*)0}},{{(void*)0,&l_431,&g_159,&g_159},{(void*)0,&l_431,&g_184[1],(void*)0},{&g_184[2],&g_184[0],(void*)0,&g_159},{&l_431,&l_431,(void*)0,&l_431},{(void*)0,(void*)0,&g_159,&g_184[1]},{&g_105,&g_95,&l_431,&g_95},{(void*)0,&g_184[(g_395 + 1)],&g_184[0],&g_95},{&g_184[(g_395 + 1)],&g_184[(g_395 + 1)],&g_105,(void*)0},{&g_184[0],&g_159,&g_184[0],(void*)0},{&g_159,&g_95,&l_431,&g_184[0]}},{{&g_105,(void*)0,&g_95,&g_159},{(void*)0,&g_184[2],&g_159,(void*)0},{&g_105,&g_95,(void*)0,&g_95},{(void*)0,(void*)0,(void*)0,&g_184[0]},{&g_95,&g_159,(void*)0,(void*)0},{&g_184[(g_395 + 1)],&g_95,&l_431,&g_105},{&l_431,&g_184[0],&g_184[0],&g_184[0]},{&g_159,&g_159,&g_105,&g_184[(g_395 + 1)]},{&g_184[0],&g_184[2],&g_95,&g_184[(g_395 + 1)]},{&g_184[1],(void*)0,&g_159,&g_184[0]}}};
                        int32_t l_584 = 0x49C25FBEL;
                        int32_t l_586 = 7L;
                        uint64_t ****l_615 = &l_612;
                        int32_t *l_628 = &l_586;
                        int i, j, k;
                        l_494[0] &= ((safe_mod_func_uint64_t_u_u((((safe_add_func_uint16_t_u_u((*g_84), (((l_565[5][1][1] == l_566[3]) || ((((--g_184[g_212]) | (0L && (safe_sub_func_uint64_t_u_u((((g_80 = ((safe_mul_func_uint8_t_u_u(((!(((+p_35) | ((l_579[1] != l_580) & (safe_sub_func_int8_t_s_s((l_522 != (void*)0), l_468.f0)))) && 0xFDD789A14D5A5CD8LL)) , p_35), l_584)) && l_585)) && 4294967287UL) & (*l_342)), l_584)))) | 0L) || 0xDCE5L)) | 0UL))) ^ p_35) > p_35), g_350)) || l_586);
                        l_587 = 0xFB23EF85L;
                        g_183 |= (((*l_392) = ((safe_div_func_uint32_t_u_u(g_154[0], g_262)) <= ((*g_84) = (((((safe_div_func_uint64_t_u_u((safe_mod_func_int16_t_s_s((p_35 < ((safe_add_func_uint32_t_u_u((g_184[g_395] = (((safe_lshift_func_int8_t_s_u(p_35, 3)) || (+(safe_mul_func_uint8_t_u_u(g_131[3][1][4], ((safe_mod_func_int32_t_s_s((((((((((!((safe_unary_minus_func_uint64_t_u((safe_mod_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s(l_609, l_587)) , (((safe_mod_func_uint8_t_u_u(((((((*l_615) = l_612) != l_616) > g_463) ^ 250UL) & 0x81L), p_35)) || g_102[0]) , l_494[0])), l_491)))) != l_609)) < 0xEB88L) , 0x6C3C019478C26967LL) | l_586) ^ 18446744073709551615UL) != l_609) , p_35) == 0x96L) ^ 0x50L), 0x5B1017EFL)) < g_154[0]))))) <= p_35)), g_80)) ^ (-1L))), (*l_342))), p_35)) != (*g_84)) , (-10L)) != g_3) > g_463)))) , p_35);
                        l_584 |= (safe_sub_func_uint64_t_u_u((safe_mod_func_uint16_t_u_u(((((safe_mul_func_uint16_t_u_u(((*g_84)--), p_35)) | (safe_div_func_uint16_t_u_u(((((*l_628) &= (&g_61 == (l_627 , &l_445))) , 0x22FF2320L) >= (g_635 ^= (((safe_lshift_func_int8_t_s_s((((p_35 | (l_631 , ((safe_lshift_func_uint16_t_u_u(((void*)0 != l_634[3][3]), 8)) != 0xB11BAC8FL))) ^ g_3) != 3L), l_587)) > l_587) ^ 2UL))), l_468.f0))) & 2L) && l_494[3]), p_35)), p_35));
                    }
                    ++g_638;
                }
                if (g_4)
                { /* block id: 278 */
                    if ((g_80 |= p_35))
                    { /* block id: 280 */
                        return &g_22;
                    }
                    else
                    { /* block id: 282 */
                        int32_t **l_641 = &l_444[0];
                        (*l_641) = &l_637[8];
                        return &g_22;
                    }
                }
                else
                { /* block id: 286 */
                    uint16_t * const * const ***l_645 = &g_642;
                    (*l_645) = g_642;
                    if (p_35)
                        break;
                    g_183 = p_35;
                    for (g_105 = (-29); (g_105 == 52); ++g_105)
                    { /* block id: 292 */
                        g_648[0][1][8]--;
                        if (p_35)
                            break;
                    }
                }
            }
            l_391 = (safe_mod_func_int64_t_s_s((safe_mul_func_uint16_t_u_u((((void*)0 == l_552[3]) || 0UL), (((***l_612) &= (g_78 | ((safe_add_func_uint16_t_u_u(((*g_84) = (g_351 , (4294967295UL & (safe_sub_func_int16_t_s_s(0L, ((((*l_661) &= ((((((*l_660) = (((&g_174[(g_395 + 4)] != &g_174[4]) || 0xAE0989D2L) , l_659[1])) , (*l_342)) , g_154[1]) != l_585) | (****g_642))) , &l_431) == &g_184[0])))))), 0L)) ^ l_662))) & g_174[6]))), 0xEFF5492C7A443102LL));
        }
    }
    return &g_22;
}


/* ------------------------------------------ */
/* 
 * reads : g_43 g_4 g_22 g_3 g_61 g_85 g_95 g_102 g_105 g_129 g_85.f0 g_84 g_80 g_154 g_159 g_131 g_78 g_183 g_127 g_184 g_212 g_174 g_262
 * writes: g_61 g_78 g_80 g_84 g_85.f0 g_102 g_43 g_105 g_95 g_127 g_129 g_131 g_154 g_159 g_174 g_183 g_184 g_212 g_22 g_262
 */
static int32_t  func_36(uint64_t * p_37, uint16_t  p_38, int64_t  p_39, uint64_t  p_40)
{ /* block id: 9 */
    union U0 l_51 = {1L};
    uint16_t **l_115 = (void*)0;
    int32_t l_134 = 0xF352AAD8L;
    int32_t l_158[10][5][5] = {{{0x259D0595L,1L,0L,0L,8L},{0x958F4877L,0L,0x790C0A41L,6L,0L},{0xD3D6DC24L,0xAF752ECEL,0x47F3D201L,(-3L),0x1201672BL},{0x3A9A028DL,0x47F3D201L,5L,0x6F7CF728L,1L},{6L,0x0D91C5D0L,3L,1L,(-1L)}},{{(-1L),0x958F4877L,0x9DBF6C95L,0xDB001E96L,0L},{1L,1L,1L,0xAF752ECEL,0xA67439DEL},{0xB9946DB0L,1L,0x9FDD9555L,0x0D91C5D0L,0x8F91888FL},{0xAC423974L,0x259D0595L,0xDB001E96L,0xDB001E96L,0x259D0595L},{0x259D0595L,(-5L),0xAC423974L,0x8F91888FL,0L}},{{0x86CB6A13L,1L,0xEA68C7A6L,0xC76B8C84L,0x8F0C8649L},{0x1BA1C077L,0x1201672BL,5L,(-3L),0xB32F8ACAL},{0x86CB6A13L,(-8L),0x1DD7BE08L,0x615F9F8BL,0L},{(-3L),0x38AE19F6L,0xB9946DB0L,0x4EEA3259L,0xD3D6DC24L},{0xD92CAEC0L,0x47F3D201L,(-1L),(-2L),5L}},{{(-1L),0xA217E51FL,0L,0xAC423974L,0x5E4669C2L},{0xEE3B782AL,0x7D4B22FEL,0xB9946DB0L,1L,0xDB001E96L},{0xC734EFB1L,0xC34602AEL,1L,(-8L),0xD87208DDL},{0xA1BEE393L,0x790C0A41L,0xD8845D90L,0L,(-1L)},{(-8L),(-5L),1L,0xC34602AEL,0x47F3D201L}},{{0xD00C7963L,0x9DBF6C95L,0x790C0A41L,0x1BD96BE4L,0xEE3B782AL},{0x47F3D201L,0x7B72E676L,0x50A63B9AL,5L,0x5E4669C2L},{(-3L),0x1DD7BE08L,0xB32F8ACAL,0xEE3B782AL,0L},{0L,0x1DD7BE08L,(-5L),0L,0x5138A19FL},{0xAC423974L,0x7B72E676L,0x5E4669C2L,0xAC423974L,0L}},{{(-1L),0x9DBF6C95L,2L,5L,1L},{0xD8845D90L,(-5L),0xD1A432A4L,0x4F7B99C0L,0xD735A8DBL},{0xD87208DDL,0x790C0A41L,(-1L),0xA1BEE393L,1L},{(-1L),0xC34602AEL,0xCDAEA04EL,0xA67439DEL,0xCCD25402L},{(-5L),0x7D4B22FEL,0xCC6D0661L,0L,0xEE3B782AL}},{{5L,0xA217E51FL,0L,(-8L),0x4F7B99C0L},{0xA1BEE393L,0x47F3D201L,0xED350F49L,0x9DBF6C95L,0x9DBF6C95L},{(-5L),0x38AE19F6L,(-5L),0x1BD96BE4L,0x47F3D201L},{(-1L),0x50A63B9AL,0x4F7B99C0L,0xC384FE04L,(-8L)},{0x4EEA3259L,0x1BA1C077L,0x1201672BL,5L,(-3L)}},{{0xD8845D90L,0L,0x4F7B99C0L,(-8L),8L},{(-5L),3L,(-5L),1L,0xD1A432A4L},{0xEEB84604L,(-3L),0xED350F49L,0xA67439DEL,1L},{0L,0x9DBF6C95L,0L,(-2L),0x7D4B22FEL},{0xCCD25402L,0x1B24F345L,0xCC6D0661L,0x47F3D201L,0xD1A432A4L}},{{0xD87208DDL,0x47F3D201L,0xCDAEA04EL,6L,0L},{0xD00C7963L,(-5L),(-1L),0x4C8DAF8AL,0xCCD25402L},{0xEE3B782AL,0xFDC879A7L,0xD1A432A4L,0x7D4B22FEL,(-8L)},{6L,0xC384FE04L,2L,(-8L),0xD87208DDL},{0xC734EFB1L,0xD87208DDL,0x5E4669C2L,(-1L),0L}},{{0xDB001E96L,0x1B24F345L,(-5L),0xC34602AEL,0x4F7B99C0L},{(-1L),0L,0xB32F8ACAL,0xC34602AEL,(-8L)},{0xD92CAEC0L,0x1BA1C077L,0x50A63B9AL,(-1L),0x1BA1C077L},{0xCCD25402L,3L,0x790C0A41L,(-8L),1L},{(-5L),0x1DD7BE08L,1L,0x7D4B22FEL,0xD3D6DC24L}}};
    uint16_t l_162 = 0xACA1L;
    int32_t *l_197 = &l_134;
    int32_t **l_196 = &l_197;
    uint32_t l_203 = 1UL;
    int64_t l_210 = 0xE7179A0431243610LL;
    uint8_t *l_287 = &g_154[1];
    int i, j, k;
    for (p_38 = (-17); (p_38 != 8); ++p_38)
    { /* block id: 12 */
        int32_t *l_59 = (void*)0;
        int32_t **l_58 = &l_59;
        uint32_t *l_60 = &g_61;
        int8_t *l_132 = &g_78;
        int32_t l_149[1][8];
        int i, j;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 8; j++)
                l_149[i][j] = 0xC73BF6A4L;
        }
        (*l_58) = func_46(l_51, ((*l_60) = (l_51.f0 ^ (safe_add_func_int32_t_s_s((safe_div_func_int64_t_s_s((((((safe_mul_func_int8_t_s_s(l_51.f0, g_43)) > 0x0CL) , (&g_3 != ((*l_58) = &g_4))) ^ (g_4 | ((((g_22 ^ p_38) ^ p_39) | g_22) == p_39))) && 0x66ADDA10L), p_40)), g_43)))), p_39, p_38);
        for (g_43 = 0; (g_43 <= 0); g_43 += 1)
        { /* block id: 38 */
            int32_t *l_103 = &g_80;
            int32_t *l_104 = (void*)0;
            uint32_t *l_109[2][3] = {{&g_95,&g_95,&g_95},{&g_105,&g_105,&g_105}};
            uint16_t ** const l_114 = &g_84;
            uint8_t *l_126 = &g_127;
            uint8_t *l_128 = &g_129;
            uint16_t *l_130 = &g_131[3][1][4];
            int i, j;
            g_105--;
            (*l_103) = (+(((*l_130) = (((g_95++) , ((g_102[g_43] ^ (l_114 == l_115)) <= (((safe_add_func_uint32_t_u_u((((safe_rshift_func_uint8_t_u_s(((safe_mod_func_uint8_t_u_u((((&g_102[0] != &g_102[0]) , p_40) , (safe_add_func_uint16_t_u_u((((safe_mod_func_uint64_t_u_u(((&p_38 != &p_38) || ((*l_128) |= ((*l_126) = ((l_51.f0 && 1UL) <= p_38)))), p_40)) >= g_85[5].f0) , (*g_84)), 0x183DL))), (*l_103))) < p_39), 0)) | g_80) ^ 0x0D3F77D20874A555LL), g_4)) < 0xE046D47928F96C68LL) > p_40))) >= l_51.f0)) , 0x9877L));
            g_80 = ((void*)0 != l_132);
            if (p_38)
                break;
        }
        if ((l_134 |= (+0x7D805DE6L)))
        { /* block id: 49 */
            int32_t *l_135 = &l_134;
            int32_t *l_136 = &g_80;
            int32_t *l_137 = (void*)0;
            int32_t *l_138 = &g_80;
            int32_t *l_139 = (void*)0;
            int32_t l_140 = (-5L);
            int32_t *l_141 = &l_140;
            int32_t *l_142 = (void*)0;
            int32_t *l_143 = (void*)0;
            int32_t *l_144 = &g_80;
            int32_t *l_145 = &l_140;
            int32_t *l_146 = &g_80;
            int32_t *l_147 = (void*)0;
            int32_t *l_148 = &l_134;
            int32_t *l_150 = &g_80;
            int32_t *l_151 = &l_149[0][1];
            int32_t *l_152 = &l_149[0][4];
            int32_t *l_153[1][4];
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                    l_153[i][j] = &g_80;
            }
            --g_154[1];
            (*l_58) = (*l_58);
        }
        else
        { /* block id: 52 */
            for (g_78 = 0; g_78 < 1; g_78 += 1)
            {
                g_102[g_78] = 0L;
            }
            if (p_40)
                continue;
            (*l_58) = (*l_58);
        }
        if (l_134)
            break;
    }
    if (p_40)
    { /* block id: 59 */
        int32_t *l_157[6] = {&g_80,&g_80,&g_80,&g_80,&g_80,&g_80};
        int i;
        g_159--;
        l_162++;
    }
    else
    { /* block id: 62 */
        uint32_t l_177[7] = {0x73A22974L,7UL,0x73A22974L,0x73A22974L,7UL,0x73A22974L,0x73A22974L};
        int32_t l_179 = (-8L);
        int32_t l_185 = (-1L);
        int32_t l_186 = 8L;
        int8_t l_195 = 0x87L;
        int32_t *l_202[7][8][4] = {{{(void*)0,&l_185,&l_186,(void*)0},{&l_185,&g_80,&g_3,&g_4},{&l_185,(void*)0,&l_185,&g_3},{(void*)0,&g_4,&l_179,(void*)0},{(void*)0,&g_3,&g_4,&g_4},{(void*)0,(void*)0,&g_4,&g_80},{(void*)0,&l_185,&l_179,(void*)0},{(void*)0,&l_185,&l_185,(void*)0}},{{&l_185,(void*)0,&g_3,(void*)0},{&l_185,(void*)0,&l_186,(void*)0},{(void*)0,(void*)0,&g_3,(void*)0},{&g_3,(void*)0,&g_4,(void*)0},{&g_4,(void*)0,&l_134,(void*)0},{(void*)0,&l_185,&g_3,(void*)0},{&g_80,&l_185,&l_185,&g_80},{&l_185,(void*)0,&g_183,&g_4}},{{&l_185,&g_3,&l_185,(void*)0},{&g_80,&g_4,&g_3,&g_3},{(void*)0,(void*)0,&l_134,&g_4},{&g_4,&g_80,&g_4,(void*)0},{&g_3,&l_185,&g_3,&g_4},{(void*)0,&l_185,&l_186,(void*)0},{&l_185,&g_80,&g_3,&g_4},{&l_185,(void*)0,&l_185,&g_3}},{{(void*)0,&g_4,&l_179,(void*)0},{(void*)0,&g_3,&g_4,&g_4},{(void*)0,(void*)0,&g_4,&g_80},{(void*)0,&l_185,&l_179,(void*)0},{(void*)0,&l_185,&l_185,(void*)0},{&l_185,(void*)0,&g_3,(void*)0},{&l_185,(void*)0,&l_186,(void*)0},{(void*)0,(void*)0,&g_3,(void*)0}},{{&g_3,(void*)0,&g_4,(void*)0},{&g_4,(void*)0,&l_134,(void*)0},{(void*)0,&l_185,&g_3,(void*)0},{&g_80,&l_185,&l_185,&g_80},{&l_185,(void*)0,&g_183,&g_4},{&l_185,&g_3,&l_185,(void*)0},{&g_80,&g_4,&g_3,&g_3},{(void*)0,(void*)0,&l_134,&g_4}},{{&g_4,&g_80,&g_4,(void*)0},{&g_3,&l_185,&g_3,&g_4},{(void*)0,&l_185,&l_186,(void*)0},{&l_185,&g_80,&g_3,&g_4},{&l_186,(void*)0,&l_186,&l_134},{&l_185,&g_3,(void*)0,&g_4},{(void*)0,(void*)0,&g_183,&g_3},{&l_179,&l_185,&g_183,&l_186}},{{(void*)0,(void*)0,(void*)0,&g_3},{&l_185,&l_186,&l_186,&l_185},{&l_186,&l_185,(void*)0,&l_179},{(void*)0,(void*)0,&g_4,&g_4},{&l_185,&l_179,&l_134,&g_4},{(void*)0,(void*)0,&g_183,&l_179},{&g_3,&l_185,(void*)0,&l_185},{(void*)0,&l_186,&l_134,&g_3}}};
        int32_t *l_211 = &g_212;
        uint32_t *l_219 = &l_203;
        uint32_t *l_220 = &g_184[1];
        uint16_t *l_241 = &l_162;
        int32_t l_246[1][3][4];
        uint16_t ***l_252[4];
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
            {
                for (k = 0; k < 4; k++)
                    l_246[i][j][k] = 0x8E37A386L;
            }
        }
        for (i = 0; i < 4; i++)
            l_252[i] = (void*)0;
        for (g_61 = 0; (g_61 <= 3); g_61 += 1)
        { /* block id: 65 */
            int64_t * const l_165[2] = {&g_102[0],&g_102[0]};
            int16_t *l_173 = &g_174[4];
            const uint32_t l_175 = 0x125314CBL;
            uint8_t *l_176[3];
            int16_t *l_178 = (void*)0;
            int8_t *l_180[10] = {&l_51.f0,&l_51.f0,&l_51.f0,&l_51.f0,&l_51.f0,&l_51.f0,&l_51.f0,&l_51.f0,&l_51.f0,&l_51.f0};
            int32_t *l_181 = &g_80;
            int32_t *l_182 = &g_183;
            int i;
            for (i = 0; i < 3; i++)
                l_176[i] = &g_129;
            l_186 &= (((((1L || (p_38 & 0x3FDB6C3E7DB0B19ELL)) , l_165[1]) != &p_39) , p_38) && (safe_sub_func_int64_t_s_s((!(g_184[0] = ((*l_182) ^= ((*l_181) &= ((-1L) == (safe_mul_func_int8_t_s_s((l_134 = ((l_179 ^= (safe_lshift_func_int16_t_s_u(((*l_173) = g_131[3][1][4]), ((l_177[5] = (g_154[1] = (l_175 , p_38))) == l_158[3][2][4])))) != g_78)), p_38))))))), l_185)));
            for (g_127 = 0; (g_127 <= 3); g_127 += 1)
            { /* block id: 77 */
                if (g_127)
                    break;
                if (((**l_196) = (safe_add_func_uint32_t_u_u((safe_mod_func_uint64_t_u_u((((safe_lshift_func_uint8_t_u_s((safe_sub_func_uint8_t_u_u((l_177[5] | (0x7587139DL <= l_195)), ((void*)0 != l_196))), 3)) | (safe_mul_func_uint8_t_u_u((g_85[5] , ((safe_mul_func_int8_t_s_s((((&l_185 != ((((void*)0 != &l_179) ^ g_154[0]) , &g_4)) != g_61) ^ p_38), 255UL)) == 0L)), p_38))) || 0x6CACL), 0x9CDFA9A00E7A821ELL)), p_39))))
                { /* block id: 80 */
                    return g_184[0];
                }
                else
                { /* block id: 82 */
                    for (p_40 = 0; (p_40 <= 1); p_40 += 1)
                    { /* block id: 85 */
                        int i, j, k;
                        if (g_131[(p_40 + 5)][g_61][(g_61 + 1)])
                            break;
                    }
                    (*l_196) = (void*)0;
                    return (*l_182);
                }
            }
        }
        l_203++;
        l_158[9][3][0] = (g_80 = (((*g_84) == (safe_sub_func_uint32_t_u_u((safe_rshift_func_int8_t_s_s((((*l_211) ^= l_210) , (safe_sub_func_uint32_t_u_u((safe_rshift_func_int16_t_s_u((((g_85[5] , l_115) == &g_84) || (*g_84)), 7)), 0x5F73CDD7L))), 0)), ((**l_196) = 0xDDE3C59EL)))) == (((*l_220) |= (((*l_219) = (safe_div_func_uint16_t_u_u((*g_84), g_78))) < 0x789F646CL)) & g_174[6])));
        for (g_212 = (-5); (g_212 == (-27)); --g_212)
        { /* block id: 102 */
            uint32_t l_263[2][2][6] = {{{1UL,0UL,0x4E172066L,1UL,0UL,1UL},{1UL,0UL,1UL,1UL,0UL,0x4E172066L}},{{1UL,0x8BB98880L,1UL,1UL,0x8BB98880L,1UL},{1UL,0UL,0x4E172066L,1UL,0UL,1UL}}};
            uint8_t l_309 = 254UL;
            int i, j, k;
            for (l_185 = 0; (l_185 == (-24)); l_185--)
            { /* block id: 105 */
                const int32_t l_232 = 1L;
                int32_t *l_236 = &l_134;
                uint16_t ***l_250 = &l_115;
                if (g_183)
                    break;
                for (g_95 = 0; (g_95 != 12); g_95 = safe_add_func_uint8_t_u_u(g_95, 4))
                { /* block id: 109 */
                    int8_t l_229 = (-3L);
                    (*l_197) |= (safe_rshift_func_int8_t_s_s(l_229, ((safe_rshift_func_uint16_t_u_s((*g_84), l_232)) != (!g_129))));
                    if (l_232)
                        continue;
                    return g_174[4];
                }
                for (l_162 = 0; (l_162 <= 1); l_162 += 1)
                { /* block id: 116 */
                    int16_t *l_247 = (void*)0;
                    int16_t *l_248 = &g_174[0];
                    int32_t l_249 = 0L;
                    uint16_t ****l_251[3][3] = {{&l_250,&l_250,&l_250},{(void*)0,(void*)0,(void*)0},{&l_250,&l_250,&l_250}};
                    int i, j;
                    l_249 = (g_80 = ((safe_add_func_uint64_t_u_u((l_236 == (g_154[l_162] , &g_80)), (safe_mod_func_uint16_t_u_u((((*l_248) |= ((p_38 = 0x0CACL) | (((safe_add_func_int32_t_s_s((((*l_197) |= g_61) | 1UL), ((void*)0 != l_241))) , ((*p_37)++)) > (((((((safe_mod_func_int8_t_s_s(p_39, p_39)) && p_40) || p_40) < g_85[5].f0) & p_39) | g_154[0]) < l_246[0][2][1])))) && p_38), 8L)))) && 0x9051D64CF6686054LL));
                    if (g_131[1][1][4])
                        break;
                    l_252[2] = l_250;
                    (*l_197) = p_38;
                }
                for (p_40 = 0; (p_40 <= 3); p_40 += 1)
                { /* block id: 129 */
                    const uint8_t l_278 = 2UL;
                    int32_t l_312 = 0xF3632F02L;
                    if (p_39)
                    { /* block id: 130 */
                        uint32_t l_253 = 0x1323BCEEL;
                        int16_t *l_260 = &g_174[3];
                        int16_t *l_261[1][8][1] = {{{&g_262},{&g_262},{&g_262},{&g_262},{&g_262},{&g_262},{&g_262},{&g_262}}};
                        int64_t *l_266 = &g_102[0];
                        int32_t *l_292 = &l_186;
                        int i, j, k;
                        (*l_236) = (g_43 , ((l_253 <= ((((safe_sub_func_uint64_t_u_u((((safe_sub_func_uint16_t_u_u(((*g_84) & (*l_236)), (g_131[(p_40 + 2)][p_40][p_40] = (safe_add_func_int16_t_s_s((g_262 &= ((*l_260) = (g_183 > g_174[4]))), g_212))))) != 0x0D5989F5L) != g_61), (-3L))) <= 0L) >= g_184[3]) > l_253)) , l_263[0][0][0]));
                        g_183 &= (safe_sub_func_uint32_t_u_u(((((l_266 == &p_39) <= 0xE423L) && (safe_mod_func_int16_t_s_s((((safe_unary_minus_func_uint16_t_u((safe_mod_func_int8_t_s_s(((&g_61 != ((p_38 ^ (0x3EL < (+g_154[1]))) , (((safe_rshift_func_int8_t_s_u((safe_add_func_int16_t_s_s(((*l_236) <= ((+((*l_266) = g_127)) != l_278)), p_38)), 4)) , (*l_236)) , (void*)0))) , g_262), (*l_236))))) , g_154[1]) , 0x0049L), g_212))) <= p_40), 0x9167F1DEL));
                        l_292 = func_46(g_85[5], (g_184[2] & (safe_lshift_func_uint16_t_u_s((*g_84), 0))), p_40, ((safe_mul_func_int16_t_s_s((((safe_div_func_uint8_t_u_u(g_154[0], (248UL & (safe_mod_func_int8_t_s_s(((((l_287 == &g_127) < (safe_mod_func_int8_t_s_s((safe_div_func_int64_t_s_s(((*l_266) = g_131[(p_40 + 2)][p_40][p_40]), g_4)), 0xAAL))) || g_131[3][1][4]) && 0x1DF562773BEED810LL), (**l_196)))))) >= 1UL) ^ 0x371FL), 0x45DBL)) , p_39));
                    }
                    else
                    { /* block id: 139 */
                        int16_t *l_310 = &g_174[0];
                        int16_t *l_311[1];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_311[i] = &g_262;
                        l_312 = (((safe_sub_func_uint16_t_u_u(((*g_84) & 0x624DL), 5UL)) && 1UL) == ((safe_add_func_uint32_t_u_u(((*l_219)--), ((safe_lshift_func_int8_t_s_u(((g_262 = ((*l_310) = ((safe_lshift_func_int8_t_s_u(((g_174[7] && ((p_40 != (safe_mod_func_int16_t_s_s(((g_127 > g_80) | (safe_sub_func_int64_t_s_s((safe_sub_func_int64_t_s_s(0L, 18446744073709551613UL)), (*p_37)))), (*l_236)))) != l_309)) != g_154[1]), p_39)) || (*g_84)))) >= g_3), 7)) , 0x592DE0B8L))) & g_61));
                        (*l_236) = p_39;
                        if (g_154[1])
                            break;
                    }
                }
            }
            if (p_39)
                continue;
            (*l_197) &= 0xCFA6725AL;
        }
    }
    return p_39;
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_43 g_61 g_22 g_85 g_95 g_4 g_102
 * writes: g_78 g_80 g_84 g_85.f0 g_102
 */
static int32_t * func_46(union U0  p_47, uint32_t  p_48, uint16_t  p_49, uint8_t  p_50)
{ /* block id: 15 */
    uint16_t *l_68 = (void*)0;
    int32_t l_72 = (-1L);
    uint16_t **l_83[9][9] = {{&l_68,(void*)0,&l_68,&l_68,(void*)0,&l_68,(void*)0,&l_68,&l_68},{&l_68,&l_68,&l_68,(void*)0,&l_68,&l_68,&l_68,&l_68,&l_68},{&l_68,(void*)0,&l_68,&l_68,&l_68,&l_68,(void*)0,&l_68,&l_68},{&l_68,&l_68,&l_68,&l_68,&l_68,&l_68,(void*)0,&l_68,&l_68},{&l_68,&l_68,&l_68,&l_68,(void*)0,(void*)0,&l_68,&l_68,&l_68},{(void*)0,&l_68,&l_68,(void*)0,&l_68,&l_68,&l_68,&l_68,&l_68},{&l_68,(void*)0,&l_68,&l_68,&l_68,(void*)0,&l_68,&l_68,&l_68},{&l_68,&l_68,&l_68,(void*)0,&l_68,&l_68,&l_68,&l_68,&l_68},{&l_68,&l_68,&l_68,&l_68,(void*)0,&l_68,&l_68,&l_68,&l_68}};
    int32_t *l_86 = &l_72;
    const int8_t *l_87 = &g_78;
    const int8_t **l_88 = &l_87;
    int i, j;
    for (p_47.f1 = (-3); (p_47.f1 >= 25); p_47.f1 = safe_add_func_uint8_t_u_u(p_47.f1, 5))
    { /* block id: 18 */
        uint16_t **l_69 = &l_68;
        int8_t *l_77 = &g_78;
        const int32_t l_79 = 0x15025B92L;
        int32_t *l_81 = (void*)0;
        int32_t *l_82[8];
        int i;
        for (i = 0; i < 8; i++)
            l_82[i] = (void*)0;
        l_72 = (((safe_mod_func_uint8_t_u_u(((safe_mod_func_uint16_t_u_u((((*l_69) = l_68) == (void*)0), ((safe_lshift_func_uint8_t_u_u((l_72 >= ((safe_rshift_func_int8_t_s_s((g_80 = (((l_72 , ((safe_mod_func_uint16_t_u_u(((-1L) ^ 0UL), (((g_3 == ((*l_77) = ((&g_22 == (void*)0) , g_43))) & 0xB434L) , p_49))) > l_79)) || g_61) | g_22)), l_79)) , 0x1DABD3396AC63FECLL)), 2)) ^ 0xA9L))) < (-1L)), 0xBFL)) , p_47.f1) & l_72);
    }
    (*l_86) &= (p_50 & ((g_84 = &g_43) != ((g_85[5] , p_47) , &g_43)));
    if (((((((*l_88) = l_87) == (g_22 , &g_78)) , &p_49) != (void*)0) <= (safe_lshift_func_int16_t_s_u((((safe_div_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s(((((p_47 , (l_88 != (void*)0)) ^ 0xE52BDABF61A385A4LL) | 5UL) < g_61), 7)), 8UL)) == g_95) , (*l_86)), (*l_86)))))
    { /* block id: 27 */
        int8_t *l_96 = &g_85[5].f0;
        int64_t *l_101 = &g_102[0];
        (*l_86) = ((p_48 | (((*l_96) = g_3) <= ((*l_86) && ((*l_101) ^= (((((((void*)0 != &g_80) , (safe_lshift_func_uint8_t_u_s(0UL, 7))) ^ (0x94E89909C2EEFDD5LL & ((*l_86) >= ((safe_lshift_func_uint8_t_u_s((g_4 , g_95), 4)) >= 1UL)))) , 0x852D388EL) > (*l_86)) != p_47.f1))))) != p_47.f0);
    }
    else
    { /* block id: 31 */
        return &g_80;
    }
    return &g_3;
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
    transparent_crc(g_22, "g_22", print_hash_value);
    transparent_crc(g_43, "g_43", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_78, "g_78", print_hash_value);
    transparent_crc(g_80, "g_80", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_85[i].f0, "g_85[i].f0", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_95, "g_95", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_102[i], "g_102[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_127, "g_127", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_131[i][j][k], "g_131[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_154[i], "g_154[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_159, "g_159", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_174[i], "g_174[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_183, "g_183", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_184[i], "g_184[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_262, "g_262", print_hash_value);
    transparent_crc(g_350, "g_350", print_hash_value);
    transparent_crc(g_351, "g_351", print_hash_value);
    transparent_crc(g_363, "g_363", print_hash_value);
    transparent_crc(g_395, "g_395", print_hash_value);
    transparent_crc(g_463, "g_463", print_hash_value);
    transparent_crc(g_486, "g_486", print_hash_value);
    transparent_crc(g_635, "g_635", print_hash_value);
    transparent_crc(g_638, "g_638", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 9; k++)
            {
                transparent_crc(g_648[i][j][k], "g_648[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_717, "g_717", print_hash_value);
    transparent_crc(g_719, "g_719", print_hash_value);
    transparent_crc(g_720, "g_720", print_hash_value);
    transparent_crc(g_750, "g_750", print_hash_value);
    transparent_crc(g_789, "g_789", print_hash_value);
    transparent_crc(g_790, "g_790", print_hash_value);
    transparent_crc(g_794, "g_794", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_934[i][j], "g_934[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_963, "g_963", print_hash_value);
    transparent_crc(g_1083, "g_1083", print_hash_value);
    transparent_crc(g_1094, "g_1094", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_1139[i][j], "g_1139[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1142, "g_1142", print_hash_value);
    transparent_crc(g_1151, "g_1151", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_1154[i][j], "g_1154[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1155, "g_1155", print_hash_value);
    transparent_crc(g_1524, "g_1524", print_hash_value);
    transparent_crc(g_1614, "g_1614", print_hash_value);
    transparent_crc(g_1730, "g_1730", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_1915[i][j][k], "g_1915[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1985, "g_1985", print_hash_value);
    transparent_crc(g_2047, "g_2047", print_hash_value);
    transparent_crc(g_2169, "g_2169", print_hash_value);
    transparent_crc(g_2254, "g_2254", print_hash_value);
    transparent_crc(g_2264, "g_2264", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 520
XXX total union variables: 28

XXX non-zero bitfields defined in structs: 1
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 1
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 33
breakdown:
   indirect level: 0, occurrence: 28
   indirect level: 1, occurrence: 3
   indirect level: 2, occurrence: 2
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 12
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 49
XXX times a single bitfield on LHS: 0
XXX times a single bitfield on RHS: 0

XXX max expression depth: 42
breakdown:
   depth: 1, occurrence: 206
   depth: 2, occurrence: 59
   depth: 3, occurrence: 3
   depth: 4, occurrence: 2
   depth: 5, occurrence: 1
   depth: 6, occurrence: 2
   depth: 7, occurrence: 1
   depth: 8, occurrence: 2
   depth: 13, occurrence: 2
   depth: 14, occurrence: 2
   depth: 16, occurrence: 2
   depth: 17, occurrence: 2
   depth: 18, occurrence: 1
   depth: 19, occurrence: 3
   depth: 20, occurrence: 5
   depth: 21, occurrence: 6
   depth: 22, occurrence: 2
   depth: 24, occurrence: 1
   depth: 25, occurrence: 3
   depth: 26, occurrence: 2
   depth: 27, occurrence: 3
   depth: 30, occurrence: 1
   depth: 33, occurrence: 1
   depth: 34, occurrence: 2
   depth: 35, occurrence: 1
   depth: 37, occurrence: 2
   depth: 42, occurrence: 1

XXX total number of pointers: 496

XXX times a variable address is taken: 1073
XXX times a pointer is dereferenced on RHS: 383
breakdown:
   depth: 1, occurrence: 177
   depth: 2, occurrence: 109
   depth: 3, occurrence: 72
   depth: 4, occurrence: 18
   depth: 5, occurrence: 7
XXX times a pointer is dereferenced on LHS: 275
breakdown:
   depth: 1, occurrence: 233
   depth: 2, occurrence: 26
   depth: 3, occurrence: 10
   depth: 4, occurrence: 5
   depth: 5, occurrence: 1
XXX times a pointer is compared with null: 54
XXX times a pointer is compared with address of another variable: 12
XXX times a pointer is compared with another pointer: 15
XXX times a pointer is qualified to be dereferenced: 4963

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1442
   level: 2, occurrence: 344
   level: 3, occurrence: 178
   level: 4, occurrence: 72
   level: 5, occurrence: 17
XXX number of pointers point to pointers: 235
XXX number of pointers point to scalars: 255
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 29.4
XXX average alias set size: 1.41

XXX times a non-volatile is read: 2375
XXX times a non-volatile is write: 917
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 1
XXX backward jumps: 6

XXX stmts: 217
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 29
   depth: 1, occurrence: 37
   depth: 2, occurrence: 45
   depth: 3, occurrence: 34
   depth: 4, occurrence: 38
   depth: 5, occurrence: 34

XXX percentage a fresh-made variable is used: 17.5
XXX percentage an existing variable is used: 82.5
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

