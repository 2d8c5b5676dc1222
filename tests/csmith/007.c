/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 8 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      8
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   unsigned f0 : 18;
   unsigned f1 : 31;
   uint8_t  f2;
   signed f3 : 29;
   unsigned f4 : 14;
   const int32_t  f5;
   unsigned f6 : 17;
};

union U1 {
   uint8_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = (-1L);
static uint64_t g_35 = 0xC7DF39F3C5A4A104LL;
static uint32_t g_38 = 0xF6C5533FL;
static uint32_t g_41 = 0xCC114FF6L;
static uint16_t g_77[10] = {65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL};
static int64_t g_83 = 1L;
static int8_t g_87 = 0x29L;
static uint32_t g_98 = 3UL;
static union U1 *g_101 = (void*)0;
static uint32_t g_120 = 0x71E83BB0L;
static uint8_t g_173[3] = {250UL,250UL,250UL};
static uint16_t g_182 = 0x66B9L;
static union U1 g_190[1][8][4] = {{{{0x42L},{0x42L},{252UL},{0x42L}},{{0x42L},{0x12L},{0x12L},{0x42L}},{{0x12L},{0x42L},{0x12L},{0x12L}},{{0x42L},{0x42L},{252UL},{0x42L}},{{0x42L},{0x12L},{0x12L},{0x42L}},{{0x12L},{0x42L},{0x12L},{0x12L}},{{0x42L},{0x42L},{252UL},{0x42L}},{{0x42L},{0x12L},{0x12L},{0x42L}}}};
static int16_t g_211 = (-1L);
static union U1 **g_217 = &g_101;
static int32_t g_221 = 3L;
static uint8_t g_223[9] = {0x47L,0x47L,0x0DL,0x0DL,0x47L,0x0DL,0x0DL,0x47L,0x0DL};
static struct S0 g_244 = {86,33564,0xD1L,7405,121,1L,351};
static uint32_t g_284 = 0xF44A9B1BL;
static int32_t g_287 = 0x8576C494L;
static int8_t g_288 = 0x97L;
static struct S0 g_298 = {284,29210,1UL,-17576,26,0x6107CED4L,247};
static struct S0 *g_297[1][10] = {{&g_298,&g_298,&g_298,&g_244,&g_298,&g_298,&g_298,&g_298,&g_244,&g_298}};
static int32_t *g_330 = &g_3;
static int32_t **g_329 = &g_330;
static const int32_t g_336 = 0x8781A7FBL;
static const int32_t *g_335 = &g_336;
static const int32_t **g_334[3] = {&g_335,&g_335,&g_335};
static uint16_t g_346 = 0xD6AAL;
static uint32_t g_365 = 1UL;
static uint32_t g_380 = 0xA9E55EB9L;
static uint8_t g_392 = 253UL;
static int32_t g_412 = 0xA0398727L;
static uint8_t g_413[8] = {0UL,0xA1L,0UL,0xA1L,0UL,0xA1L,0UL,0xA1L};
static int32_t g_443 = 0L;
static int16_t g_444 = 0x4B2BL;
static int16_t g_445[9] = {(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L),(-10L)};
static int32_t g_446 = (-7L);
static uint32_t g_447[10] = {0x270AF65EL,0x270AF65EL,0x270AF65EL,0x270AF65EL,0x270AF65EL,0x270AF65EL,0x270AF65EL,0x270AF65EL,0x270AF65EL,0x270AF65EL};
static int32_t g_520[5][2] = {{0xC6E5446FL,0xC6E5446FL},{0xC6E5446FL,0xC6E5446FL},{0xC6E5446FL,0xC6E5446FL},{0xC6E5446FL,0xC6E5446FL},{0xC6E5446FL,0xC6E5446FL}};
static int16_t g_521 = 1L;
static int16_t g_522 = 0xB476L;
static int16_t g_523 = 0x243FL;
static uint16_t g_527[6] = {0UL,0UL,0UL,0UL,0UL,0UL};
static uint64_t g_554[1][9] = {{0xD90A153BC88BFE7BLL,0xB44D2C27210B4DABLL,0xB44D2C27210B4DABLL,0xD90A153BC88BFE7BLL,0xB44D2C27210B4DABLL,0xB44D2C27210B4DABLL,0xD90A153BC88BFE7BLL,0xB44D2C27210B4DABLL,0xB44D2C27210B4DABLL}};
static uint32_t g_621[2][7][10] = {{{0x5DA89E05L,5UL,0x0AECC132L,4294967290UL,0x01890F27L,1UL,0xA79E5910L,1UL,0x87930573L,0x90DA0BA0L},{4UL,0x55A48FA4L,0x0AECC132L,0x01890F27L,0xB602E002L,1UL,0x3FF8C053L,0x3EC9178BL,0xB27E8873L,0x502DC4C7L},{0x502DC4C7L,0UL,0xAF5BB8A0L,4294967290UL,1UL,5UL,4294967292UL,5UL,4294967295UL,0x55A48FA4L},{5UL,4294967295UL,0x22E3A02CL,0x55A48FA4L,5UL,0x97DE20BCL,0x3EC9178BL,0xB602E002L,0x11BDF6BBL,0x01890F27L},{0xB602E002L,4294967287UL,4294967290UL,0UL,0x5DA89E05L,0xB2042D62L,2UL,1UL,0x9C85AAECL,1UL},{0x22E3A02CL,0x0AECC132L,4294967295UL,3UL,4294967295UL,0x0AECC132L,0x22E3A02CL,0xA4C6642BL,4UL,0x5477A54CL},{5UL,0x01890F27L,0x3FF8C053L,1UL,0x7FEB9FB2L,0UL,1UL,0xB296F36FL,0x502DC4C7L,0xA4C6642BL}},{{4294967295UL,0x01890F27L,0x904002ACL,1UL,6UL,0x90DA0BA0L,0x22E3A02CL,0x5477A54CL,1UL,0x9C85AAECL},{1UL,0x0AECC132L,0x11BDF6BBL,4294967295UL,4294967295UL,1UL,2UL,0UL,1UL,0x6415629FL},{4294967292UL,4294967287UL,1UL,1UL,0xE982C6C1L,0xA8F2CDA6L,0x3EC9178BL,0x90DA0BA0L,4UL,4UL},{0xB2042D62L,4294967295UL,6UL,0xA8F2CDA6L,0x43EE1ACEL,0x3EC9178BL,4294967292UL,0x7FEB9FB2L,0x7FEB9FB2L,4294967292UL},{0x87930573L,0UL,5UL,5UL,0UL,0x87930573L,0x3FF8C053L,0x9C85AAECL,4294967292UL,0x0AECC132L},{0xAF5BB8A0L,4294967292UL,3UL,0xA8F2CDA6L,0x01890F27L,0x5477A54CL,4294967289UL,0x97DE20BCL,0x11BDF6BBL,0x5DA89E05L},{0xAF5BB8A0L,0x43EE1ACEL,6UL,0x6415629FL,0UL,4294967287UL,0x5DA89E05L,0x01890F27L,4294967289UL,4UL}}};
static uint16_t *g_655 = &g_527[1];
static uint16_t **g_654 = &g_655;
static uint8_t g_658[10][6][3] = {{{0xB4L,0xDFL,1UL},{252UL,0x9FL,0xE1L},{0xDFL,0xDFL,0x55L},{255UL,246UL,2UL},{255UL,255UL,0x1DL},{0xDFL,250UL,0x25L}},{{252UL,255UL,0x1DL},{0xB4L,0x30L,2UL},{0UL,0x30L,0x55L},{250UL,255UL,0xE1L},{0x4DL,250UL,1UL},{250UL,255UL,0UL}},{{0UL,246UL,0UL},{0xB4L,0xDFL,1UL},{252UL,0x9FL,0xE1L},{0xDFL,0xDFL,0x55L},{255UL,246UL,2UL},{255UL,255UL,0x1DL}},{{0xDFL,250UL,0x25L},{252UL,255UL,0x1DL},{0xB4L,0x30L,2UL},{0UL,0x30L,0x55L},{250UL,255UL,0xE1L},{0x4DL,250UL,1UL}},{{250UL,255UL,0UL},{0UL,246UL,0UL},{0xB4L,0xDFL,1UL},{252UL,0x9FL,0xE1L},{0xDFL,0xDFL,0x55L},{255UL,246UL,2UL}},{{255UL,255UL,0x1DL},{0xDFL,250UL,0x25L},{252UL,255UL,0x1DL},{0xB4L,0x30L,2UL},{0UL,0x30L,0x55L},{250UL,255UL,0xE1L}},{{0x4DL,250UL,1UL},{250UL,255UL,0UL},{0UL,246UL,0UL},{0xB4L,0xDFL,1UL},{252UL,0x9FL,0xE1L},{0xDFL,0xDFL,0x55L}},{{255UL,246UL,2UL},{255UL,255UL,0x1DL},{0xDFL,250UL,0x25L},{252UL,255UL,0x1DL},{0xB4L,0x30L,2UL},{0UL,0x30L,0x55L}},{{250UL,255UL,0xE1L},{0x4DL,250UL,1UL},{250UL,255UL,0UL},{0UL,246UL,0UL},{0xB4L,0xDFL,1UL},{252UL,0x9FL,0xE1L}},{{0xDFL,0xDFL,0x55L},{255UL,246UL,2UL},{255UL,4UL,246UL},{0x62L,0xA2L,250UL},{0x51L,255UL,246UL},{252UL,0xCBL,0x87L}}};
static struct S0 **g_693[8][8][2] = {{{&g_297[0][2],&g_297[0][1]},{(void*)0,&g_297[0][5]},{&g_297[0][2],&g_297[0][4]},{&g_297[0][1],&g_297[0][1]},{(void*)0,&g_297[0][3]},{(void*)0,&g_297[0][3]},{(void*)0,&g_297[0][1]},{&g_297[0][1],&g_297[0][4]}},{{&g_297[0][2],&g_297[0][5]},{(void*)0,&g_297[0][1]},{&g_297[0][2],(void*)0},{&g_297[0][1],&g_297[0][1]},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,&g_297[0][1]},{&g_297[0][1],(void*)0}},{{&g_297[0][2],&g_297[0][1]},{(void*)0,&g_297[0][5]},{&g_297[0][2],&g_297[0][4]},{&g_297[0][1],&g_297[0][1]},{(void*)0,&g_297[0][3]},{(void*)0,&g_297[0][3]},{(void*)0,&g_297[0][1]},{&g_297[0][1],&g_297[0][4]}},{{&g_297[0][2],&g_297[0][5]},{(void*)0,&g_297[0][1]},{&g_297[0][2],(void*)0},{&g_297[0][1],&g_297[0][1]},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,&g_297[0][1]},{&g_297[0][1],(void*)0}},{{&g_297[0][2],&g_297[0][1]},{(void*)0,&g_297[0][5]},{&g_297[0][2],&g_297[0][4]},{&g_297[0][1],&g_297[0][1]},{(void*)0,&g_297[0][3]},{(void*)0,&g_297[0][3]},{(void*)0,&g_297[0][1]},{&g_297[0][1],&g_297[0][4]}},{{&g_297[0][2],&g_297[0][5]},{(void*)0,&g_297[0][1]},{&g_297[0][2],(void*)0},{&g_297[0][1],&g_297[0][1]},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,&g_297[0][1]},{&g_297[0][1],(void*)0}},{{&g_297[0][2],&g_297[0][1]},{(void*)0,&g_297[0][5]},{&g_297[0][2],&g_297[0][4]},{&g_297[0][1],&g_297[0][1]},{(void*)0,&g_297[0][3]},{(void*)0,&g_297[0][3]},{(void*)0,&g_297[0][1]},{&g_297[0][1],&g_297[0][4]}},{{&g_297[0][2],&g_297[0][5]},{(void*)0,&g_297[0][1]},{&g_297[0][2],(void*)0},{&g_297[0][1],&g_297[0][1]},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,&g_297[0][1]},{&g_297[0][1],(void*)0}}};
static struct S0 ** const *g_692[3] = {&g_693[2][1][0],&g_693[2][1][0],&g_693[2][1][0]};
static int32_t g_716[6][9] = {{0x546AE9C3L,(-3L),(-2L),0x81F86937L,1L,0xB24D3CD8L,0xCBBD2CC5L,(-3L),(-10L)},{0x546AE9C3L,0x24870A34L,0xCBBD2CC5L,0x81F86937L,(-3L),0x81F86937L,0xCBBD2CC5L,0x24870A34L,0x546AE9C3L},{0x546AE9C3L,1L,3L,0x81F86937L,0x24870A34L,0x808C5267L,0xCBBD2CC5L,1L,1L},{0x546AE9C3L,(-3L),(-2L),0x81F86937L,1L,0xB24D3CD8L,0xCBBD2CC5L,(-3L),(-10L)},{0x546AE9C3L,0x24870A34L,0xCBBD2CC5L,0x81F86937L,(-3L),0x81F86937L,0xCBBD2CC5L,0x24870A34L,0x546AE9C3L},{0x546AE9C3L,1L,3L,3L,(-10L),0x04C33061L,(-10L),1L,0x8CA349E4L}};
static int32_t g_770[7][1][3] = {{{(-2L),(-2L),(-1L)}},{{0L,(-1L),(-1L)}},{{(-1L),0x2075DBD4L,0L}},{{0L,0x2075DBD4L,0L}},{{(-2L),(-1L),0L}},{{(-2L),(-2L),(-1L)}},{{0L,(-1L),(-1L)}}};
static uint16_t g_843 = 0x4E1EL;
static union U1 ***g_872 = &g_217;
static union U1 ****g_871 = &g_872;
static union U1 **** const *g_899 = &g_871;
static const uint32_t g_915 = 4294967292UL;
static const int8_t **g_943[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int8_t *g_1057 = &g_288;
static int8_t **g_1056[7] = {&g_1057,&g_1057,&g_1057,&g_1057,&g_1057,&g_1057,&g_1057};
static int32_t g_1088 = 0x5140CDEEL;
static uint8_t g_1131 = 0xEDL;
static uint8_t g_1240 = 255UL;
static uint64_t * const g_1245 = &g_554[0][2];
static int32_t ***g_1258 = (void*)0;
static int32_t ****g_1257 = &g_1258;
static const uint64_t g_1267 = 4UL;
static const union U1 ***g_1296 = (void*)0;
static const union U1 ****g_1295 = &g_1296;
static const union U1 *****g_1294 = &g_1295;
static int8_t g_1305 = 0xDBL;
static uint8_t g_1493 = 0xB1L;
static int8_t g_1604[9][10][2] = {{{0x32L,0xCEL},{(-3L),0xA9L},{0xA1L,0x5BL},{0xEBL,(-5L)},{0xA9L,(-5L)},{0xEBL,0x5BL},{0xA1L,0xA9L},{(-3L),0xCEL},{0x32L,0xBFL},{0xDBL,0xEBL}},{{1L,1L},{(-1L),0xA1L},{1L,0x66L},{0x20L,6L},{(-1L),0x20L},{0xCEL,0x7BL},{0xCEL,0x20L},{(-1L),6L},{0x20L,0x66L},{1L,0xA1L}},{{(-1L),1L},{1L,0xEBL},{0xDBL,0xBFL},{0x32L,0xCEL},{(-3L),0xA9L},{0xA1L,0x5BL},{0xEBL,(-5L)},{0xA9L,(-5L)},{0xEBL,0x5BL},{0xA1L,0xA9L}},{{(-3L),0xCEL},{0x32L,0xBFL},{0xDBL,0xEBL},{1L,1L},{(-1L),0xA1L},{1L,0x66L},{0x20L,6L},{(-1L),0x20L},{0xCEL,0x7BL},{0xCEL,0x20L}},{{(-1L),6L},{0x20L,0x66L},{1L,0xA1L},{(-1L),1L},{1L,0xEBL},{0xDBL,0xBFL},{0x32L,0xCEL},{(-3L),0xA9L},{0xA1L,0x5BL},{0xEBL,(-5L)}},{{0xA9L,(-5L)},{0xEBL,0x5BL},{0xA1L,0xA9L},{(-3L),0xCEL},{0x32L,0xBFL},{0xDBL,0xEBL},{1L,1L},{(-1L),0xA1L},{1L,0x66L},{0x20L,6L}},{{(-1L),0x20L},{0xCEL,0x7BL},{0xCEL,0x20L},{(-1L),6L},{0x20L,0x66L},{1L,0xA1L},{(-1L),1L},{1L,0xEBL},{0xDBL,0xBFL},{0x32L,0xCEL}},{{(-3L),0xA9L},{0xA1L,0x5BL},{0xEBL,(-5L)},{0xA9L,(-5L)},{0xEBL,0x5BL},{0xA1L,0x66L},{0xCEL,(-1L)},{1L,0x7BL},{1L,0x4CL},{0xC4L,0xC4L}},{{0xA9L,0xEBL},{6L,(-5L)},{(-3L),0x20L},{0L,(-3L)},{(-1L),(-1L)},{(-1L),(-3L)},{0L,0x20L},{(-3L),(-5L)},{6L,0xEBL},{0xA9L,0xC4L}}};
static int64_t g_1667 = 0x637697DC03F51E8ELL;
static uint32_t g_1668 = 4294967293UL;
static union U1 g_1704 = {0x21L};
static union U1 g_1707 = {0xAEL};
static uint32_t g_1722[9][4] = {{4294967295UL,4294967295UL,0x5FE0E8B7L,4294967295UL},{4294967295UL,4294967291UL,4294967291UL,4294967295UL},{4294967291UL,4294967295UL,4294967291UL,4294967291UL},{4294967295UL,4294967295UL,0x5FE0E8B7L,4294967295UL},{4294967295UL,4294967291UL,4294967291UL,4294967295UL},{4294967291UL,4294967295UL,4294967291UL,4294967291UL},{4294967295UL,4294967295UL,0x5FE0E8B7L,4294967295UL},{4294967295UL,4294967291UL,4294967291UL,4294967295UL},{4294967291UL,4294967295UL,4294967291UL,4294967291UL}};
static uint32_t *g_1727 = &g_120;
static int16_t g_1866[6][9][4] = {{{0x6C4EL,(-1L),0L,7L},{0x747EL,6L,0x30CBL,(-2L)},{1L,0x0A33L,2L,3L},{0xD4C9L,0xF79AL,9L,(-6L)},{(-1L),0x0DEBL,0x7BC8L,(-1L)},{0x30CBL,0xECE3L,0x05A2L,0x9469L},{0x290BL,(-4L),0x0A33L,0xA41DL},{(-1L),0xB249L,0x747EL,0x56EDL},{0x0A33L,3L,5L,0x0C34L}},{{0x0C34L,0x432DL,0x2B00L,1L},{3L,0xA41DL,(-6L),0x97DFL},{(-1L),0x5EF1L,0L,0x3581L},{0xF79AL,0x548FL,0x8550L,9L},{(-6L),(-1L),(-1L),0xA5ACL},{(-2L),0x290BL,0x97DFL,0xB249L},{1L,(-3L),0x9469L,(-3L)},{0x9293L,(-1L),0xCDC2L,0L},{0x8550L,(-6L),0x941CL,0x06A0L}},{{3L,0L,(-3L),(-1L)},{3L,0x46FCL,0x941CL,(-1L)},{0x8550L,(-1L),0xCDC2L,3L},{0x9293L,0x30CBL,0x9469L,0xF79AL},{1L,0x9293L,0x97DFL,(-1L)},{(-2L),0x7D64L,(-1L),(-1L)},{(-6L),0x5EAEL,0x8550L,6L},{0xF79AL,0x56EDL,0L,1L},{(-1L),0xFF51L,(-6L),(-2L)}},{{3L,0x06A0L,0x2B00L,(-1L)},{0x0C34L,0x747EL,5L,5L},{0x0A33L,0L,0x747EL,1L},{(-1L),0x9979L,0x0A33L,3L},{0x290BL,9L,0xA41DL,(-1L)},{6L,(-1L),0x747EL,0x6C4EL},{0x05A2L,0x5EAEL,0xCDC2L,0xCDC2L},{0L,0L,0x56EDL,(-1L)},{0x7D64L,0L,6L,1L}},{{1L,(-1L),(-4L),6L},{0x9469L,(-1L),(-1L),1L},{(-1L),0L,3L,(-1L)},{1L,0L,0x941CL,0xCDC2L},{0xB4C6L,0x5EAEL,0x290BL,0x6C4EL},{5L,(-1L),0x97DFL,(-1L)},{(-3L),0xCDC2L,0x46FCL,(-1L)},{0x747EL,0x97DFL,0xB5AFL,0x290BL},{(-1L),(-4L),(-1L),0x5EAEL}},{{0xCDC2L,1L,0x30CBL,0xF79AL},{3L,(-6L),7L,0x50ECL},{1L,0x6C4EL,0x8550L,0xB249L},{0L,3L,0x50ECL,0x06A0L},{0xFF51L,0xD0BAL,0x0DEBL,0x9979L},{0x432DL,0x0DEBL,(-3L),1L},{0x06A0L,0x3581L,0x548FL,0x941CL},{0x5EAEL,6L,0x5EAEL,0L},{(-2L),5L,0xD4C9L,0x548FL}}};
static int16_t *g_1896 = &g_523;
static int16_t **g_1895 = &g_1896;
static uint64_t g_1964 = 0x7AB9A4E4B28EFB57LL;
static int32_t g_2048 = (-1L);
static int32_t *g_2073 = &g_3;
static struct S0 g_2088 = {226,5304,255UL,3841,66,0x6A43C23EL,222};
static uint32_t g_2131 = 0xADFB6AC6L;
static const struct S0 *g_2177 = &g_2088;
static const struct S0 ** const g_2176 = &g_2177;
static const struct S0 ** const *g_2175 = &g_2176;
static const struct S0 ** const * const *g_2174 = &g_2175;
static const struct S0 ** const * const **g_2173[8][1][7] = {{{&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174}},{{&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174}},{{&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174}},{{&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174}},{{&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174}},{{&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174}},{{&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174}},{{&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174,&g_2174}}};
static const struct S0 **g_2183 = &g_2177;
static const struct S0 ***g_2182 = &g_2183;
static const struct S0 ****g_2181 = &g_2182;
static const struct S0 *****g_2180 = &g_2181;
static uint64_t g_2259 = 18446744073709551607UL;
static int16_t g_2392 = 0x3C73L;
static uint32_t g_2396 = 7UL;
static int8_t g_2424 = (-1L);
static int8_t g_2456[1] = {0x9EL};
static int64_t *g_2562 = (void*)0;
static int64_t **g_2561[7] = {&g_2562,&g_2562,&g_2562,&g_2562,&g_2562,&g_2562,&g_2562};
static uint64_t g_2639 = 1UL;


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static int8_t  func_13(uint64_t  p_14, uint8_t  p_15, union U1  p_16);
static struct S0  func_17(int32_t  p_18, int64_t  p_19, int16_t  p_20);
static int8_t  func_21(uint64_t  p_22, int8_t  p_23, int16_t  p_24, int8_t  p_25, int32_t  p_26);
static const int32_t  func_43(uint32_t  p_44, int32_t  p_45, uint16_t  p_46, struct S0  p_47);
static const int64_t  func_49(uint32_t * p_50, const uint32_t * p_51);
static const uint32_t * func_53(uint64_t * const  p_54, union U1  p_55);
static uint64_t * const  func_56(const uint64_t  p_57, uint8_t  p_58, int16_t  p_59);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_35 g_446 g_1057 g_288 g_520 g_298 g_447 g_1245 g_554 g_445 g_655 g_527 g_2088.f0 g_654 g_77 g_1895 g_1896 g_523 g_2561 g_244.f6 g_173 g_244.f3 g_2180 g_2181 g_1727 g_120 g_346 g_329 g_41 g_716 g_871 g_872 g_217 g_843 g_2392 g_2639 g_330 g_334 g_522 g_2088.f2
 * writes: g_3 g_35 g_38 g_41 g_446 g_297 g_1667 g_298.f2 g_87 g_83 g_523 g_173 g_244.f3 g_2561 g_527 g_298.f3 g_346 g_554 g_770 g_330 g_2088.f3 g_2392 g_843 g_101 g_335 g_522 g_2088.f2 g_943
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    int16_t l_2[2][7][3] = {{{(-1L),(-1L),0L},{(-3L),0xFDE2L,(-1L)},{0L,0xAC48L,(-1L)},{(-3L),1L,(-3L)},{(-1L),0L,(-1L)},{0x285CL,0x8999L,(-1L)},{0x1D26L,0L,0L}},{{(-1L),1L,0x6512L},{0x1D26L,0xAC48L,0x1D26L},{0x285CL,0xFDE2L,0x6512L},{(-1L),(-1L),0L},{(-3L),0xFDE2L,(-1L)},{0x1D26L,(-1L),0xAC48L},{0x6512L,0x8999L,0x6512L}}};
    const int16_t *l_2532 = &g_211;
    const int16_t **l_2531 = &l_2532;
    int32_t l_2566 = 0L;
    int32_t l_2568 = 1L;
    int32_t l_2569[6][9] = {{0xD2C3B531L,0x8D851745L,(-9L),0x8D851745L,0xD2C3B531L,0x8E8E41D3L,0x8E8E41D3L,0xD2C3B531L,0x8D851745L},{3L,0xB2D5520BL,3L,0x02BF5013L,1L,1L,0x02BF5013L,3L,0xB2D5520BL},{1L,0xE31B4DFFL,0x8E8E41D3L,(-9L),(-9L),0x8E8E41D3L,0xE31B4DFFL,1L,0xE31B4DFFL},{0x5379D352L,0xEBB08DD2L,0x02BF5013L,0x02BF5013L,0xEBB08DD2L,0x5379D352L,1L,0x5379D352L,0xEBB08DD2L},{0x8D851745L,0xE31B4DFFL,0xE31B4DFFL,0x8D851745L,1L,0xD2C3B531L,1L,0x8D851745L,0xE31B4DFFL},{0xB2D5520BL,0xB2D5520BL,1L,0xEBB08DD2L,0x0BE24ED1L,0xEBB08DD2L,1L,0xB2D5520BL,0xB2D5520BL}};
    int64_t **l_2587 = &g_2562;
    union U1 l_2611 = {0x14L};
    const int8_t *l_2646 = &g_1604[3][7][1];
    int i, j, k;
    for (g_3 = 0; (g_3 <= 1); g_3 += 1)
    { /* block id: 3 */
        int32_t l_8 = (-1L);
        uint8_t l_33 = 1UL;
        uint64_t *l_34 = &g_35;
        uint32_t *l_36 = (void*)0;
        uint32_t *l_37[3];
        int32_t l_39[2][9] = {{(-9L),(-9L),(-1L),(-1L),(-9L),(-9L),(-1L),(-1L),(-9L)},{0x48C0C84AL,(-1L),0x48C0C84AL,(-1L),0x48C0C84AL,(-1L),0x48C0C84AL,(-1L),0x48C0C84AL}};
        union U1 l_2049 = {255UL};
        int32_t l_2544 = 7L;
        uint64_t l_2546 = 18446744073709551612UL;
        uint16_t l_2579 = 0x7867L;
        uint16_t l_2595 = 65535UL;
        int64_t l_2605 = 6L;
        int64_t l_2615 = 0x0DF29F2D18D5C22FLL;
        const int32_t ***l_2638 = &g_334[2];
        const int32_t ****l_2637[8];
        const int32_t *****l_2636 = &l_2637[2];
        int i, j;
        for (i = 0; i < 3; i++)
            l_37[i] = &g_38;
        for (i = 0; i < 8; i++)
            l_2637[i] = &l_2638;
        if ((safe_mul_func_int16_t_s_s(((safe_add_func_uint16_t_u_u(l_8, (safe_add_func_uint16_t_u_u((safe_sub_func_int8_t_s_s(g_3, func_13(l_2[0][4][2], ((func_17(l_2[1][3][1], ((g_3 , func_21(l_2[0][5][1], (((safe_sub_func_int32_t_s_s(((g_38 = (safe_lshift_func_uint8_t_u_u((0xC214F1636717B38ELL > ((*l_34) |= (safe_rshift_func_uint8_t_u_u(l_33, (5L > 1L))))), 4))) || l_8), 0x1F64DB2AL)) && l_33) >= l_2[0][3][2]), l_2[1][1][1], l_33, l_39[0][6])) == (*g_1057)), g_520[3][1]) , g_447[0]) | (*g_1245)), l_2049))), (*g_655))))) > 0x63L), 0UL)))
        { /* block id: 1258 */
            const uint64_t l_2528 = 0xD981C66F5831237CLL;
            int32_t *l_2529 = (void*)0;
            int32_t *l_2530 = &g_446;
            (*l_2530) = l_2528;
        }
        else
        { /* block id: 1260 */
            const union U1 l_2533 = {0x98L};
            uint32_t l_2547 = 0x954F3EA3L;
            int32_t l_2570 = 0L;
            int32_t l_2574 = 2L;
            int32_t l_2575 = (-2L);
            int32_t l_2576[9] = {1L,1L,1L,1L,1L,1L,1L,1L,1L};
            uint32_t l_2596 = 0xC5261853L;
            int8_t ***l_2612 = &g_1056[3];
            uint64_t l_2621 = 18446744073709551615UL;
            int i;
            l_8 = l_2[1][6][0];
            if (((l_2531 != (l_2533 , &g_1896)) , (safe_sub_func_uint16_t_u_u(((l_2533 , ((((((safe_rshift_func_uint8_t_u_s((((g_83 = (l_2533.f0 || (safe_sub_func_uint8_t_u_u((safe_sub_func_int8_t_s_s(l_33, (safe_mul_func_int16_t_s_s(((4L <= l_2544) && (((l_2546 = (!g_2088.f0)) , l_2[1][5][2]) != (**g_654))), l_39[0][6])))), 7L)))) >= l_2547) <= 0UL), l_8)) , g_77[1]) || l_2547) >= l_2[1][2][1]) , 0xF512BB28F6E9EABDLL) == l_2[1][0][0])) > (-1L)), (**g_1895)))))
            { /* block id: 1264 */
                uint16_t l_2554[7];
                int32_t l_2567[8] = {0xA88BA8CFL,(-4L),(-4L),0xA88BA8CFL,(-4L),(-4L),0xA88BA8CFL,(-4L)};
                int32_t l_2577 = (-6L);
                struct S0 l_2586[4] = {{360,3260,0x6FL,-648,20,8L,349},{360,3260,0x6FL,-648,20,8L,349},{360,3260,0x6FL,-648,20,8L,349},{360,3260,0x6FL,-648,20,8L,349}};
                int64_t l_2606 = 1L;
                uint32_t l_2607[6] = {0x0409D615L,0x0409D615L,0x0409D615L,0x0409D615L,0x0409D615L,0x0409D615L};
                int32_t l_2610 = 0xA3849F3BL;
                union U1 **l_2620 = &g_101;
                int i;
                for (i = 0; i < 7; i++)
                    l_2554[i] = 65530UL;
                if (l_2547)
                { /* block id: 1265 */
                    int32_t l_2571[8][9] = {{0x127A3C4AL,(-2L),(-2L),0x127A3C4AL,0xF6385176L,0x2C3EF3CDL,0xF6385176L,0x127A3C4AL,(-2L)},{0xF6385176L,0xF6385176L,0x60489EA2L,0x2C3EF3CDL,0L,0x2C3EF3CDL,0x60489EA2L,0xF6385176L,0xF6385176L},{(-2L),0x127A3C4AL,0xF6385176L,0x2C3EF3CDL,0xF6385176L,0x127A3C4AL,(-2L),(-2L),0x127A3C4AL},{0x2C3EF3CDL,0x127A3C4AL,0x60489EA2L,0x127A3C4AL,0x2C3EF3CDL,0x63CF0B93L,0x63CF0B93L,0x2C3EF3CDL,0x127A3C4AL},{(-2L),0xF6385176L,(-2L),0x63CF0B93L,0x60489EA2L,0x60489EA2L,0x63CF0B93L,(-2L),0xF6385176L},{0xF6385176L,(-2L),0x63CF0B93L,0x60489EA2L,0x60489EA2L,0x63CF0B93L,(-2L),0xF6385176L,(-2L)},{0x127A3C4AL,0x2C3EF3CDL,0x63CF0B93L,0x63CF0B93L,0x2C3EF3CDL,0x127A3C4AL,0x60489EA2L,0x127A3C4AL,0x2C3EF3CDL},{0x127A3C4AL,(-2L),(-2L),0x127A3C4AL,0xF6385176L,0x2C3EF3CDL,0xF6385176L,0x127A3C4AL,(-2L)}};
                    int32_t l_2572 = 1L;
                    int32_t l_2573 = 0x680D2039L;
                    int32_t l_2578 = 0x304CED09L;
                    int i, j;
                    for (g_523 = 0; (g_523 <= 1); g_523 += 1)
                    { /* block id: 1268 */
                        int32_t l_2560 = 0xAC4DE56EL;
                        uint8_t *l_2563 = (void*)0;
                        uint8_t *l_2564 = &g_173[0];
                        int32_t *l_2565[5][3] = {{&g_770[3][0][2],&g_770[3][0][2],&g_770[3][0][2]},{&l_8,&l_8,&l_8},{&g_770[3][0][2],&g_770[3][0][2],&g_770[3][0][2]},{&l_8,&l_8,&l_8},{&g_770[3][0][2],&g_770[3][0][2],&g_770[3][0][2]}};
                        int64_t ***l_2588 = &g_2561[3];
                        int i, j;
                        g_244.f3 ^= ((safe_sub_func_uint32_t_u_u((safe_add_func_int64_t_s_s(0x0D997799F0F0D5E2LL, (((((*l_2564) ^= ((safe_add_func_int8_t_s_s(4L, l_2554[6])) >= (l_2554[4] != ((safe_add_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s(((((safe_unary_minus_func_uint16_t_u(l_2560)) | (**g_1895)) , g_2561[5]) != &g_2562), 0)), l_2533.f0)) && g_244.f6)))) == 255UL) || 65535UL) , l_2544))), 1UL)) ^ l_2544);
                        ++l_2579;
                        g_770[3][0][2] = ((safe_sub_func_int16_t_s_s((((((((*g_1245) = ((safe_lshift_func_int16_t_s_s(0x4ECFL, ((l_2586[1] , l_2587) != ((*l_2588) = &g_2562)))) >= ((~(safe_mod_func_int16_t_s_s((*g_1896), (safe_unary_minus_func_uint16_t_u((g_346 |= (((*g_655) = l_39[1][7]) || (safe_mul_func_int16_t_s_s(((g_298.f3 &= ((*g_2180) != (void*)0)) & (*g_1727)), 0xB4FFL))))))))) < 0x90L))) , 0UL) <= l_2554[3]) , l_2595) && 0x44L) , (**g_1895)), (*g_1896))) == l_2596);
                        if (l_2[1][5][2])
                            break;
                    }
                    (*g_329) = (void*)0;
                    for (g_41 = 0; (g_41 <= 1); g_41 += 1)
                    { /* block id: 1283 */
                        int i, j;
                        g_2088.f3 = (safe_rshift_func_int8_t_s_u((((-4L) == g_716[g_41][g_3]) , (safe_mod_func_uint64_t_u_u(0UL, l_33))), 1));
                        (*g_329) = &l_2578;
                    }
                }
                else
                { /* block id: 1287 */
                    int32_t *l_2601 = &l_39[0][0];
                    int32_t *l_2602 = &g_770[3][0][2];
                    int32_t *l_2603 = &l_2566;
                    int32_t *l_2604[7][2] = {{(void*)0,&l_2567[7]},{(void*)0,(void*)0},{&l_2567[7],(void*)0},{(void*)0,&l_2567[7]},{(void*)0,(void*)0},{&l_2567[7],(void*)0},{(void*)0,&l_2567[7]}};
                    int8_t ***l_2614 = &g_1056[2];
                    int8_t ****l_2613 = &l_2614;
                    int64_t l_2619 = 0xF853BB084F6E2DEALL;
                    int i, j;
                    ++l_2607[2];
                    (*l_2603) = (l_2607[2] & l_2566);
                    l_2621 &= ((l_2610 == (l_2611 , (((((((l_2612 == ((*l_2613) = &g_1056[3])) , (l_2547 < ((((l_2576[0] ^= l_2615) ^ (~0L)) && 0x8152L) | (((+((safe_unary_minus_func_uint32_t_u(0x40D48A4CL)) < l_2619)) , (void*)0) == l_2620)))) != l_2611.f0) & l_2615) <= (*g_1727)) , (*g_1896)) > (*l_2603)))) & (*g_1896));
                }
            }
            else
            { /* block id: 1294 */
                return (*g_1245);
            }
            (*g_329) = &l_2566;
        }
        for (g_2392 = 1; (g_2392 >= 0); g_2392 -= 1)
        { /* block id: 1301 */
            union U1 *l_2624[3];
            int32_t l_2640 = 1L;
            int i;
            for (i = 0; i < 3; i++)
                l_2624[i] = &g_190[0][6][3];
            (*g_329) = &l_8;
            for (g_843 = 0; (g_843 <= 1); g_843 += 1)
            { /* block id: 1305 */
                union U1 *l_2626 = &l_2049;
                union U1 **l_2625 = &l_2626;
                int32_t *****l_2635 = &g_1257;
                int i, j, k;
                (**g_329) = ((safe_sub_func_uint16_t_u_u(((l_2624[0] != ((*l_2625) = ((***g_871) = &l_2611))) & ((1L == (safe_div_func_int16_t_s_s(0x05FBL, ((l_2[g_843][(g_2392 + 4)][g_3] < (((5UL || (safe_add_func_uint32_t_u_u(l_2[g_2392][(g_2392 + 1)][g_843], ((safe_mod_func_int64_t_s_s(0xD7D2F8A94D586B5BLL, (safe_div_func_uint16_t_u_u(((g_298.f3 , l_2635) == l_2636), (*g_655))))) , 0L)))) , g_2639) ^ (*g_1727))) | l_2569[1][4])))) && 0x35BD54F683153090LL)), 3UL)) && 0xB07062B3L);
                (*g_330) = l_2640;
                (****l_2636) = func_53(&g_35, l_2049);
            }
            for (g_522 = 0; (g_522 <= 1); g_522 += 1)
            { /* block id: 1314 */
                (*g_329) = (void*)0;
            }
        }
    }
    for (g_2088.f2 = 0; (g_2088.f2 > 22); g_2088.f2++)
    { /* block id: 1321 */
        union U1 l_2643 = {248UL};
        const int32_t **l_2644 = (void*)0;
        const int32_t **l_2645 = &g_335;
        (*l_2645) = func_53(&g_2639, (l_2611 = l_2643));
    }
    for (g_1667 = 0; g_1667 < 6; g_1667 += 1)
    {
        g_943[g_1667] = &l_2646;
    }
    return (*g_1245);
}


/* ------------------------------------------ */
/* 
 * reads : g_298.f2 g_445
 * writes: g_298.f2 g_87
 */
static int8_t  func_13(uint64_t  p_14, uint8_t  p_15, union U1  p_16)
{ /* block id: 1052 */
    uint32_t l_2053[4][9] = {{18446744073709551610UL,0x41F8D0B1L,0UL,0x41F8D0B1L,18446744073709551610UL,18446744073709551610UL,0x41F8D0B1L,0UL,0x41F8D0B1L},{0x41F8D0B1L,0UL,0UL,0UL,0UL,0x41F8D0B1L,0UL,0UL,0UL},{18446744073709551610UL,18446744073709551610UL,0x41F8D0B1L,0UL,0x41F8D0B1L,18446744073709551610UL,18446744073709551610UL,0x41F8D0B1L,0UL},{0x98DA1806L,0UL,0x98DA1806L,0x41F8D0B1L,0x41F8D0B1L,0x98DA1806L,0UL,0x98DA1806L,0x41F8D0B1L}};
    uint64_t * const l_2084 = &g_35;
    struct S0 *l_2087 = &g_2088;
    int32_t *l_2109[3][5][2] = {{{&g_412,&g_412},{(void*)0,&g_412},{&g_412,(void*)0},{&g_412,&g_412},{(void*)0,&g_412}},{{&g_412,(void*)0},{&g_412,&g_412},{(void*)0,&g_412},{&g_412,(void*)0},{&g_412,&g_412}},{{(void*)0,&g_412},{&g_412,(void*)0},{&g_412,&g_412},{(void*)0,&g_412},{&g_412,(void*)0}}};
    union U1 **l_2150 = &g_101;
    uint16_t l_2209 = 65532UL;
    uint64_t l_2235 = 0xABD0EA72E383A18FLL;
    int64_t l_2247 = 2L;
    int8_t l_2342 = 1L;
    uint16_t l_2423 = 0xD5F0L;
    uint32_t l_2448 = 0xAADC8FC3L;
    int i, j, k;
    for (g_298.f2 = 0; (g_298.f2 <= 2); g_298.f2 += 1)
    { /* block id: 1055 */
        union U1 ***l_2052 = &g_217;
        int32_t l_2062 = 0xB757A9FAL;
        int32_t *l_2074 = (void*)0;
        struct S0 *l_2085 = &g_244;
        int32_t l_2096 = 0x62DF32E0L;
        union U1 **l_2149[2];
        uint32_t l_2232 = 0x25D63F6FL;
        const union U1 *** const l_2246 = (void*)0;
        const union U1 *** const *l_2245[9][1][1] = {{{&l_2246}},{{&l_2246}},{{&l_2246}},{{&l_2246}},{{&l_2246}},{{&l_2246}},{{&l_2246}},{{&l_2246}},{{&l_2246}}};
        int32_t l_2256 = (-5L);
        int32_t l_2258 = 0x7F85ABADL;
        int16_t *l_2287 = &g_444;
        int8_t l_2288[7][9] = {{(-3L),0x4DL,(-3L),(-1L),0xA1L,0xA1L,(-1L),(-3L),0x4DL},{0x4DL,(-3L),(-1L),0xA1L,0xA1L,(-1L),(-3L),0x4DL,(-3L)},{(-1L),2L,(-1L),(-1L),2L,(-1L),0xA1L,(-1L),2L},{(-1L),(-3L),(-3L),(-1L),0x4DL,2L,0x4DL,(-1L),(-3L)},{0x4DL,0x4DL,0xA1L,2L,0x3DL,2L,0xA1L,0x4DL,0x4DL},{(-3L),(-1L),0x4DL,2L,0x4DL,(-1L),(-3L),(-3L),(-1L)},{2L,(-1L),0xA1L,(-1L),2L,(-1L),(-1L),2L,(-1L)}};
        int32_t l_2319 = 7L;
        uint32_t l_2344 = 0xBB060BAFL;
        uint32_t l_2413 = 0x4E94FA9FL;
        int32_t l_2519 = 0x7F16BB94L;
        int32_t l_2520 = 0x9E0325EEL;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_2149[i] = &g_101;
        for (g_87 = 0; (g_87 <= 8); g_87 += 1)
        { /* block id: 1058 */
            int i;
            return g_445[g_298.f2];
        }
    }
    return p_15;
}


/* ------------------------------------------ */
/* 
 * reads : g_1667 g_298
 * writes: g_297 g_1667
 */
static struct S0  func_17(int32_t  p_18, int64_t  p_19, int16_t  p_20)
{ /* block id: 902 */
    struct S0 * const l_1672 = &g_298;
    struct S0 **l_1673[3];
    struct S0 **l_1674 = &g_297[0][9];
    int32_t *l_1675 = &g_446;
    int32_t *l_1676[4][5] = {{&g_770[3][0][2],&g_770[3][0][2],&g_770[3][0][2],&g_770[3][0][2],&g_770[3][0][2]},{&g_770[3][0][2],&g_770[0][0][2],&g_770[3][0][2],&g_770[0][0][2],&g_770[3][0][2]},{&g_770[3][0][2],&g_770[3][0][2],&g_770[3][0][2],&g_770[3][0][2],&g_770[3][0][2]},{&g_770[3][0][2],&g_770[0][0][2],&g_770[3][0][2],&g_770[0][0][2],&g_770[3][0][2]}};
    int64_t l_1677 = 0x25C1EC784A7208EALL;
    uint32_t l_1678 = 1UL;
    union U1 * const l_1706 = &g_1707;
    union U1 * const *l_1705[9] = {&l_1706,&l_1706,&l_1706,&l_1706,&l_1706,&l_1706,&l_1706,&l_1706,&l_1706};
    int64_t *l_1742 = &l_1677;
    int64_t **l_1741[3];
    int8_t ***l_1772[5] = {&g_1056[0],&g_1056[0],&g_1056[0],&g_1056[0],&g_1056[0]};
    uint8_t l_1814 = 1UL;
    int8_t l_2036 = 0xBDL;
    union U1 l_2039 = {0x10L};
    uint64_t l_2046 = 6UL;
    int i, j;
    for (i = 0; i < 3; i++)
        l_1673[i] = &g_297[0][1];
    for (i = 0; i < 3; i++)
        l_1741[i] = &l_1742;
    (*l_1674) = l_1672;
    ++l_1678;
    for (g_1667 = (-17); (g_1667 >= 20); g_1667 = safe_add_func_int64_t_s_s(g_1667, 2))
    { /* block id: 907 */
        union U1 * const l_1703[2] = {&g_1704,&g_1704};
        union U1 * const *l_1702[10] = {&l_1703[0],&l_1703[0],&l_1703[0],(void*)0,(void*)0,&l_1703[0],(void*)0,(void*)0,&l_1703[0],(void*)0};
        union U1 * const **l_1701 = &l_1702[9];
        int32_t l_1715 = 0xBC4357F3L;
        int32_t l_1719 = 0x86602723L;
        uint8_t l_1831 = 8UL;
        struct S0 l_1859 = {172,8504,1UL,-6251,117,0x458D0916L,243};
        uint16_t **l_1862 = &g_655;
        int32_t ****l_1867 = &g_1258;
        uint64_t l_1889 = 1UL;
        int16_t l_1946 = 0x9B81L;
        int64_t * const *l_1955 = &l_1742;
        union U1 *l_2023[4];
        uint8_t *l_2047[3][3][2];
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_2023[i] = &g_1707;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 3; j++)
            {
                for (k = 0; k < 2; k++)
                    l_2047[i][j][k] = &g_413[3];
            }
        }
    }
    return (*l_1672);
}


/* ------------------------------------------ */
/* 
 * reads : g_38 g_446
 * writes: g_41 g_38 g_446
 */
static int8_t  func_21(uint64_t  p_22, int8_t  p_23, int16_t  p_24, int8_t  p_25, int32_t  p_26)
{ /* block id: 6 */
    int16_t l_42[4];
    struct S0 l_1277 = {186,28603,1UL,-3836,47,0x8454E4F5L,202};
    union U1 ****l_1606 = &g_872;
    int16_t l_1613[6][5] = {{0xC3C6L,0xC3C6L,0xC3C6L,0xC3C6L,0xC3C6L},{0x194EL,0x194EL,0x194EL,0x194EL,0x194EL},{0xC3C6L,0xC3C6L,0xC3C6L,0xC3C6L,0xC3C6L},{0x194EL,0x194EL,0x194EL,0x194EL,0x194EL},{0xC3C6L,0xC3C6L,0xC3C6L,0xC3C6L,0xC3C6L},{0x194EL,0x194EL,0x194EL,0x194EL,0x194EL}};
    int32_t l_1614 = 1L;
    int32_t l_1615[6];
    uint32_t l_1616 = 18446744073709551608UL;
    int32_t *l_1671 = &g_446;
    int i, j;
    for (i = 0; i < 4; i++)
        l_42[i] = 1L;
    for (i = 0; i < 6; i++)
        l_1615[i] = 0x447C8BB9L;
    g_41 = (+6L);
    for (g_38 = 0; (g_38 <= 3); g_38 += 1)
    { /* block id: 10 */
        uint32_t *l_52 = &g_38;
        union U1 l_1275 = {0xF3L};
        int64_t *l_1610 = (void*)0;
        int64_t **l_1609 = &l_1610;
        uint16_t *l_1634 = (void*)0;
        uint8_t l_1651 = 0x57L;
        int32_t l_1655[8][7][2] = {{{(-1L),(-1L)},{(-1L),0x5BC899FBL},{(-9L),(-9L)},{0x5BC899FBL,0x87268436L},{0xF6D78443L,0x5A66E071L},{9L,4L},{4L,1L}},{{(-9L),0x5A66E071L},{0L,0L},{0x5BC899FBL,9L},{0x6AAC4AA9L,0x5BC899FBL},{(-3L),0x6F75BC92L},{(-1L),0x09B683F1L},{0x6AAC4AA9L,(-9L)}},{{0x09B683F1L,0L},{0xF6D78443L,0x07E2E675L},{(-9L),4L},{1L,4L},{(-9L),0x07E2E675L},{0xF6D78443L,0L},{0x09B683F1L,(-9L)}},{{0x6AAC4AA9L,0x09B683F1L},{(-1L),0x6F75BC92L},{(-3L),0x5BC899FBL},{0x6AAC4AA9L,9L},{0x5BC899FBL,0L},{0L,0x5A66E071L},{(-9L),1L}},{{4L,4L},{9L,0x5A66E071L},{0xF6D78443L,0x87268436L},{0x5BC899FBL,(-9L)},{(-9L),0x5BC899FBL},{(-1L),(-1L)},{(-1L),0x5BC899FBL}},{{(-9L),(-9L)},{0x5BC899FBL,0x87268436L},{0xF6D78443L,0x5A66E071L},{9L,4L},{4L,1L},{(-9L),0x5A66E071L},{0L,0L}},{{0x5BC899FBL,9L},{0x6AAC4AA9L,0x5BC899FBL},{(-3L),0x6F75BC92L},{(-1L),0x09B683F1L},{0x6AAC4AA9L,(-9L)},{0x09B683F1L,0L},{0xF6D78443L,0x07E2E675L}},{{(-9L),4L},{1L,4L},{(-9L),0x07E2E675L},{0xF6D78443L,0L},{0x09B683F1L,(-9L)},{0x6AAC4AA9L,0x09B683F1L},{(-1L),0x6F75BC92L}}};
        int i, j, k;
    }
    l_1615[0] &= l_1277.f0;
    (*l_1671) = ((void*)0 == &l_1613[4][2]);
    return (*l_1671);
}


/* ------------------------------------------ */
/* 
 * reads : g_87 g_1294 g_1057 g_1131 g_298.f0 g_655 g_527 g_1305 g_1245 g_554 g_521 g_190.f0 g_98 g_621 g_654 g_244.f1 g_770 g_182 g_41 g_244.f2 g_346 g_288 g_523 g_223 g_412 g_330 g_3 g_335 g_336 g_1267 g_872 g_217 g_101 g_443 g_445 g_871 g_298.f4 g_1493 g_693 g_329 g_899 g_221 g_1295 g_1296 g_447 g_211 g_244.f5 g_298.f6 g_843 g_244.f3 g_392
 * writes: g_87 g_1294 g_288 g_173 g_1305 g_554 g_298.f2 g_527 g_346 g_83 g_770 g_412 g_297 g_523 g_335 g_182 g_871 g_211 g_101 g_445 g_298.f3 g_244.f3 g_244.f2 g_330 g_392
 */
static const int32_t  func_43(uint32_t  p_44, int32_t  p_45, uint16_t  p_46, struct S0  p_47)
{ /* block id: 711 */
    union U1 ** const *l_1299[8] = {&g_217,&g_217,&g_217,&g_217,&g_217,&g_217,&g_217,&g_217};
    union U1 ** const **l_1298 = &l_1299[0];
    union U1 ** const ***l_1297 = &l_1298;
    int32_t l_1308 = 0x48BDE870L;
    struct S0 ***l_1317 = &g_693[7][5][1];
    uint8_t l_1384[5][10] = {{0x29L,0x2DL,0x29L,246UL,0x18L,0x18L,246UL,0x29L,0x2DL,0x29L},{0x29L,0UL,0x2DL,0x57L,0x2DL,0UL,0x29L,0x29L,0UL,0x2DL},{0UL,0x29L,0x29L,0UL,0x2DL,0x57L,0x2DL,0UL,0x29L,0x29L},{0x2DL,0x29L,0x18L,0x2DL,0x2DL,0x18L,0x57L,0x40L,0x57L,0x18L},{246UL,0x29L,0x2DL,0x29L,246UL,0x18L,0x18L,246UL,0x29L,0x2DL}};
    int8_t **l_1410 = &g_1057;
    uint16_t * const l_1422 = &g_346;
    int64_t **l_1423 = (void*)0;
    int32_t *****l_1463[5];
    int32_t **** const *l_1464 = &g_1257;
    uint32_t l_1505[8] = {0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL};
    int64_t l_1562 = 0xF7B7886685920F60LL;
    uint8_t l_1598 = 1UL;
    const uint8_t l_1603 = 0UL;
    int i, j;
    for (i = 0; i < 5; i++)
        l_1463[i] = &g_1257;
    for (g_87 = 0; (g_87 <= 0); g_87 += 1)
    { /* block id: 714 */
        union U1 l_1302 = {1UL};
        uint8_t *l_1303 = &g_173[2];
        int8_t *l_1304 = &g_1305;
        uint32_t *l_1306[1][1][10] = {{{&g_284,&g_284,&g_284,&g_284,&g_284,&g_284,&g_284,&g_284,&g_284,&g_284}}};
        uint16_t l_1323 = 1UL;
        int32_t l_1380 = 0L;
        int32_t l_1382 = 0x7006D2F4L;
        const int64_t **l_1425 = (void*)0;
        struct S0 *l_1492 = (void*)0;
        int32_t l_1494 = 0xE65269E4L;
        int32_t l_1495 = 0x7A3AA9A7L;
        struct S0 ***l_1502 = &g_693[2][1][0];
        uint8_t l_1515 = 0UL;
        int32_t ****l_1542 = (void*)0;
        uint8_t l_1552[1][7] = {{0xAAL,0xAAL,0x79L,0xAAL,0xAAL,0x79L,0xAAL}};
        int32_t l_1566[10];
        int i, j, k;
        for (i = 0; i < 10; i++)
            l_1566[i] = 1L;
        if (((-9L) || (safe_mod_func_int8_t_s_s((safe_lshift_func_int16_t_s_s(0x147CL, 11)), (safe_sub_func_int64_t_s_s((((void*)0 == &p_45) , (((p_47.f4 = ((((*l_1304) &= (safe_mod_func_int16_t_s_s(((safe_mul_func_int16_t_s_s((safe_lshift_func_int16_t_s_u((p_47.f2 , (((*g_1057) = (safe_sub_func_int32_t_s_s((safe_lshift_func_int8_t_s_u(0xBBL, 0)), ((g_1294 = g_1294) != l_1297)))) > ((*l_1303) = ((safe_add_func_int64_t_s_s((l_1302 , g_1131), g_298.f0)) == 0x53229844L)))), (*g_655))), p_47.f2)) , p_47.f5), 0xF431L))) | l_1302.f0) & 18446744073709551615UL)) | 0x96B9417EL) >= 0xD06BL)), p_45))))))
        { /* block id: 720 */
            int32_t *l_1307[9] = {&g_446,(void*)0,&g_446,(void*)0,&g_446,(void*)0,&g_446,(void*)0,&g_446};
            struct S0 ****l_1318 = &l_1317;
            int64_t *l_1354 = &g_83;
            uint64_t l_1497[9][1] = {{0x49EA9FB1C8A4F676LL},{0xC2B0BCF4B74EC13DLL},{0x49EA9FB1C8A4F676LL},{0x49EA9FB1C8A4F676LL},{0xC2B0BCF4B74EC13DLL},{0x49EA9FB1C8A4F676LL},{0x49EA9FB1C8A4F676LL},{0xC2B0BCF4B74EC13DLL},{0x49EA9FB1C8A4F676LL}};
            union U1 l_1503 = {0xA9L};
            union U1 *****l_1506 = &g_871;
            int i, j;
            l_1308 ^= l_1302.f0;
            if ((safe_mul_func_int8_t_s_s(((*g_1057) = ((&g_871 == (void*)0) , ((*l_1304) = ((safe_div_func_uint64_t_u_u(18446744073709551615UL, (((l_1302 , l_1302.f0) == (((safe_add_func_uint32_t_u_u(((--(*g_1245)) || (((*l_1318) = l_1317) != (void*)0)), 7UL)) || (((safe_mul_func_int8_t_s_s(((safe_add_func_uint8_t_u_u(0xF2L, p_45)) || 0x41216A104B900795LL), g_521)) < g_190[0][5][3].f0) || (-1L))) < 7UL)) && g_98))) || g_527[3])))), l_1308)))
            { /* block id: 726 */
                return p_47.f6;
            }
            else
            { /* block id: 728 */
                uint64_t l_1347[7];
                const int32_t *l_1351 = &g_412;
                uint8_t l_1370 = 0x7EL;
                int32_t l_1381 = (-3L);
                int32_t l_1383 = 0xD3E40176L;
                union U1 l_1427 = {0xEEL};
                int i;
                for (i = 0; i < 7; i++)
                    l_1347[i] = 0x9CCA3D4638813906LL;
                if (((g_298.f0 <= l_1323) || (safe_mul_func_int16_t_s_s((((safe_unary_minus_func_uint64_t_u(((safe_div_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s(g_621[1][5][9], ((safe_mod_func_int64_t_s_s(((((safe_mul_func_uint16_t_u_u((((safe_rshift_func_uint16_t_u_u(((**g_654) = ((safe_mul_func_uint16_t_u_u((*g_655), p_47.f3)) , ((**g_654) , (safe_div_func_uint32_t_u_u(((((safe_mul_func_int8_t_s_s((safe_div_func_uint16_t_u_u((((((*l_1303) = (g_298.f2 = (safe_add_func_int64_t_s_s(1L, (p_47.f6 <= (((((&g_1257 == (void*)0) == p_47.f2) && l_1323) ^ 0x2560B948DD3DFBA6LL) == g_244.f1)))))) & 3UL) && p_47.f4) ^ 0xDBL), p_47.f0)), p_47.f3)) && p_47.f6) | g_770[5][0][2]) | g_182), (-3L)))))), 5)) <= p_45) , l_1308), p_47.f1)) < 255UL) & 0x533CE29FA4A1A1ABLL) != p_47.f2), p_44)) == l_1323))), g_41)) > 0xAE0BE6667143C9D2LL))) == l_1347[3]) > p_44), 0xB007L))))
                { /* block id: 732 */
                    union U1 l_1348 = {0x95L};
                    const int32_t **l_1349 = (void*)0;
                    const int32_t **l_1350[8] = {&g_335,(void*)0,(void*)0,&g_335,(void*)0,(void*)0,&g_335,(void*)0};
                    int i;
                    l_1351 = func_53(&g_554[0][7], l_1348);
                }
                else
                { /* block id: 734 */
                    int64_t *l_1356[8];
                    int64_t **l_1355 = &l_1356[5];
                    int32_t l_1369 = 0L;
                    uint16_t *l_1379 = &g_346;
                    int8_t ***l_1411 = &l_1410;
                    int i;
                    for (i = 0; i < 8; i++)
                        l_1356[i] = &g_83;
                    if (((safe_mul_func_int8_t_s_s((((p_47.f3 | (7UL && (*g_1245))) , p_47) , (((p_47.f5 != (l_1354 != ((*l_1355) = &g_83))) , ((safe_div_func_uint8_t_u_u(p_47.f6, (safe_rshift_func_int16_t_s_s((~((((safe_add_func_uint32_t_u_u((~(p_47.f1 = (((safe_mod_func_uint16_t_u_u(((safe_add_func_uint32_t_u_u((7L | p_46), 0x2706C7A0L)) | l_1369), 0x82B5L)) >= p_45) , g_244.f2))), p_47.f6)) >= 0xCBL) < (*g_655)) ^ 0UL)), 15)))) != p_46)) < p_47.f2)), l_1308)) || l_1370))
                    { /* block id: 737 */
                        return p_45;
                    }
                    else
                    { /* block id: 739 */
                        union U1 l_1371 = {1UL};
                        const int32_t **l_1372 = &l_1351;
                        (*l_1372) = func_53(&g_554[0][2], l_1371);
                    }
                    l_1380 = (p_45 & ((-1L) >= (safe_lshift_func_uint16_t_u_u(((*l_1379) &= ((*g_655)--)), 9))));
                    l_1384[1][2]--;
                    (*l_1411) = ((--p_44) , ((safe_mul_func_int8_t_s_s(((l_1384[3][4] > (safe_lshift_func_int8_t_s_u((*g_1057), 6))) , (((((safe_lshift_func_uint16_t_u_s((+((l_1381 = ((safe_mod_func_uint32_t_u_u((l_1379 != ((((**g_654) != (safe_sub_func_int8_t_s_s((safe_mod_func_uint32_t_u_u((safe_sub_func_uint64_t_u_u((g_523 < (((*l_1303) = g_223[6]) <= (((*l_1354) = 0xD8FA580A2BC66286LL) && ((((safe_lshift_func_uint8_t_u_u((safe_add_func_uint8_t_u_u((safe_div_func_uint8_t_u_u(((void*)0 == l_1410), p_47.f6)), 0xE0L)), 0)) == 0xC7E7D670EA676F3ELL) != (*g_655)) ^ g_412)))), 8UL)), (*g_330))), l_1380))) , 18446744073709551615UL) , &g_444)), (*g_335))) , p_47.f3)) < p_47.f3)), g_1267)) & 1L) , g_223[8]) & 0x3805D755L) | l_1384[1][2])), 0xA7L)) , l_1410));
                }
                for (l_1382 = 0; (l_1382 <= 0); l_1382 += 1)
                { /* block id: 754 */
                    int64_t ***l_1424 = &l_1423;
                    int32_t l_1426 = 1L;
                    struct S0 *l_1432 = &g_298;
                    uint32_t l_1433 = 0x0C136895L;
                    union U1 l_1434 = {250UL};
                    if ((~(((safe_lshift_func_int16_t_s_u((safe_unary_minus_func_uint64_t_u(((safe_mod_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(((*g_654) != l_1422), (((*l_1424) = l_1423) == l_1425))), g_770[3][0][2])), ((**l_1410) |= l_1426))) | (l_1427 , (safe_div_func_uint64_t_u_u((p_47.f2 && ((l_1380 = (safe_add_func_int32_t_s_s((((&p_47 == l_1432) > l_1433) >= p_47.f2), p_47.f2))) , l_1380)), 1L)))))), l_1323)) , (void*)0) != (**g_872))))
                    { /* block id: 758 */
                        p_47.f3 ^= (l_1434 , p_45);
                        g_770[5][0][0] = ((safe_unary_minus_func_uint64_t_u(0xEC95C1DEAE28F362LL)) > g_443);
                    }
                    else
                    { /* block id: 761 */
                        uint16_t l_1457 = 0UL;
                        int16_t *l_1465[5];
                        int32_t l_1466 = 1L;
                        uint8_t *l_1467 = &l_1384[3][7];
                        struct S0 **l_1491 = &g_297[0][0];
                        int32_t l_1496 = 0L;
                        int i;
                        for (i = 0; i < 5; i++)
                            l_1465[i] = &g_211;
                        p_47.f3 ^= (safe_mul_func_int16_t_s_s(((*g_654) != (void*)0), l_1323));
                        g_412 |= (safe_sub_func_uint8_t_u_u(((*l_1467) &= (p_46 > (safe_div_func_int8_t_s_s((safe_mod_func_uint32_t_u_u(((safe_lshift_func_uint8_t_u_u(((*l_1303) = (((l_1380 = (g_223[2] >= (+((((((((safe_add_func_int16_t_s_s(((safe_add_func_uint16_t_u_u((safe_add_func_uint16_t_u_u((safe_sub_func_int16_t_s_s((l_1457 >= (safe_rshift_func_int8_t_s_u((0x1601CD3BL == ((((+l_1433) <= (((4294967295UL || ((l_1463[1] = l_1463[1]) != l_1464)) , ((l_1426 = p_47.f5) != g_445[3])) >= p_47.f6)) >= p_47.f5) , 7UL)), p_47.f2))), 65535UL)), g_445[3])), p_47.f5)) , 0x4A63L), 1UL)) || 0x56L) < 0xFDL) , p_46) || g_223[2]) || 65535UL) == 0L) , p_44)))) > 9L) > l_1466)), 4)) >= 0UL), (*g_335))), 0x3FL)))), l_1323));
                        p_47.f3 = (safe_mul_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_s(((**g_654)++), 13)) | ((!(safe_mul_func_int16_t_s_s(((safe_add_func_int64_t_s_s(p_47.f6, ((*g_1245) = ((safe_lshift_func_uint8_t_u_u(((void*)0 != (***g_871)), ((((safe_mul_func_int16_t_s_s((safe_mod_func_uint16_t_u_u(((safe_mod_func_uint8_t_u_u(((((p_46 ^ (safe_add_func_int8_t_s_s(((l_1426 < (safe_lshift_func_uint8_t_u_s((((*l_1491) = &p_47) != l_1492), p_44))) , l_1434.f0), g_298.f4))) || p_47.f5) , (*g_1245)) == 0x12A7CCC90822B541LL), p_47.f0)) ^ g_1493), 8UL)), p_45)) || g_3) | (-4L)) | p_47.f6))) | g_621[1][1][7])))) <= l_1323), l_1382))) && l_1434.f0)), g_190[0][5][3].f0));
                        --l_1497[5][0];
                    }
                    for (g_523 = 0; (g_523 >= 0); g_523 -= 1)
                    { /* block id: 777 */
                        int i, j, k;
                        g_770[(l_1382 + 3)][g_523][g_87] &= p_44;
                        return p_44;
                    }
                }
                for (p_45 = 0; (p_45 >= 0); p_45 -= 1)
                { /* block id: 784 */
                    uint64_t * const l_1500 = &g_554[0][4];
                    struct S0 ***l_1504[5][10] = {{&g_693[2][1][0],&g_693[2][1][0],&g_693[4][6][1],&g_693[2][1][0],&g_693[2][1][0],&g_693[2][1][0],&g_693[2][1][0],&g_693[4][6][1],&g_693[2][1][0],&g_693[2][1][0]},{&g_693[2][1][0],&g_693[2][1][0],&g_693[4][6][1],&g_693[2][1][0],&g_693[2][1][0],&g_693[2][1][0],&g_693[2][1][0],&g_693[4][6][1],&g_693[2][1][0],&g_693[2][1][0]},{&g_693[2][1][0],&g_693[2][1][0],&g_693[4][6][1],&g_693[2][1][0],&g_693[2][1][0],&g_693[2][1][0],&g_693[2][1][0],&g_693[4][6][1],&g_693[2][1][0],&g_693[2][1][0]},{&g_693[2][1][0],&g_693[2][1][0],&g_693[4][6][1],&g_693[2][1][0],&g_693[2][1][0],&g_693[2][1][0],&g_693[2][1][0],&g_693[4][6][1],&g_693[2][1][0],&g_693[2][1][0]},{&g_693[2][1][0],&g_693[2][1][0],&g_693[4][6][1],&g_693[2][1][0],&g_693[2][1][0],&g_693[2][1][0],&g_693[2][1][0],&g_693[4][6][1],&g_693[2][1][0],&g_693[2][1][0]}};
                    int i, j;
                    for (l_1382 = 0; (l_1382 <= 0); l_1382 += 1)
                    { /* block id: 787 */
                        const int32_t **l_1501 = &g_335;
                        int i, j, k;
                        g_770[(l_1382 + 2)][p_45][(g_87 + 1)] ^= g_554[p_45][(g_87 + 2)];
                        (*l_1501) = func_53(l_1500, l_1427);
                        p_47.f3 = ((void*)0 == (*l_1317));
                        return g_554[p_45][(g_87 + 3)];
                    }
                    for (g_182 = 0; (g_182 <= 0); g_182 += 1)
                    { /* block id: 795 */
                        int i, j, k;
                        g_770[(g_87 + 1)][g_182][(p_45 + 2)] = (p_45 >= p_46);
                        l_1381 &= (p_47.f0 == (*g_1057));
                    }
                    p_47.f3 = (l_1505[5] = (((l_1502 = l_1317) != (l_1503 , l_1504[0][8])) > p_46));
                    if ((**g_329))
                        continue;
                }
                l_1382 |= (*g_335);
            }
            (*l_1506) = (*g_899);
            if ((**g_329))
                break;
        }
        else
        { /* block id: 808 */
            union U1 l_1510[4] = {{0x07L},{0x07L},{0x07L},{0x07L}};
            uint8_t *l_1516 = &g_173[2];
            int32_t l_1518 = (-4L);
            int32_t l_1555 = (-5L);
            int32_t l_1559 = 0x783E5BAFL;
            int32_t l_1560 = 2L;
            int32_t l_1561 = 0xFBB366DFL;
            int32_t l_1568 = 0L;
            int8_t *l_1582[3];
            int32_t * const **l_1585[5];
            int i;
            for (i = 0; i < 3; i++)
                l_1582[i] = &g_1305;
            for (i = 0; i < 5; i++)
                l_1585[i] = (void*)0;
            for (g_211 = 14; (g_211 <= 5); g_211--)
            { /* block id: 811 */
                int64_t *l_1519 = &g_83;
                union U1 l_1531[5][2][2] = {{{{8UL},{8UL}},{{255UL},{8UL}}},{{{8UL},{255UL}},{{8UL},{8UL}}},{{{255UL},{8UL}},{{8UL},{255UL}}},{{{8UL},{8UL}},{{255UL},{8UL}}},{{{8UL},{255UL}},{{8UL},{8UL}}}};
                int32_t l_1546 = 1L;
                int32_t l_1556 = 0xEB5BBFC1L;
                int32_t l_1557 = 0x0D61F037L;
                int32_t l_1558 = (-2L);
                int32_t l_1563 = 0L;
                int32_t l_1565 = 0x99B2AF6CL;
                int64_t l_1567[4] = {(-1L),(-1L),(-1L),(-1L)};
                int8_t *l_1581 = &g_1305;
                int i, j, k;
                (***l_1298) = (p_47.f3 , (***g_871));
                if ((~((*l_1519) = (l_1510[1] , (safe_mul_func_int8_t_s_s(((-1L) ^ (l_1518 ^= (safe_mod_func_int32_t_s_s((((l_1515 ^ (&l_1384[1][2] != (p_46 , l_1516))) <= (((((((~((((p_47.f3 != 4L) ^ (g_221 < p_47.f0)) , p_47.f4) && (*g_1057))) , p_45) <= g_87) < l_1510[1].f0) ^ 0UL) && 0L) || (*g_1245))) || 1L), (-1L))))), p_47.f5))))))
                { /* block id: 815 */
                    return p_47.f6;
                }
                else
                { /* block id: 817 */
                    uint32_t l_1524 = 4294967290UL;
                    int32_t l_1544 = 0L;
                    int32_t l_1545 = 4L;
                    int32_t l_1548 = (-1L);
                    int32_t l_1549 = 0x616C36C8L;
                    int32_t l_1569 = (-10L);
                    uint64_t l_1570 = 0x4C256245A1132A0BLL;
                    int32_t ***l_1586 = (void*)0;
                    g_770[3][0][2] = (1L > (((safe_div_func_uint32_t_u_u(((((((**g_654) = (0xD766A315L < 0x7A915CD3L)) , l_1510[1].f0) | (++l_1524)) != 0xDF77E6BCL) , g_41), (safe_sub_func_uint32_t_u_u((safe_add_func_int16_t_s_s((l_1531[4][1][0] , (g_445[3] = p_46)), ((65531UL <= p_47.f5) <= 255UL))), (*g_335))))) , (void*)0) != (*g_654)));
                    if (((!((**l_1297) != (*g_1295))) ^ ((((safe_add_func_uint32_t_u_u(((g_298.f3 = (((l_1542 = ((((p_47.f3 = (0x78A3A51DL > ((g_336 , (safe_lshift_func_int8_t_s_s((p_47 , p_46), 7))) & (safe_div_func_int8_t_s_s((((l_1510[1].f0 & ((0xC967L >= ((safe_unary_minus_func_uint32_t_u(g_447[4])) & (*g_1245))) ^ p_47.f2)) && p_47.f0) > p_47.f0), g_211))))) | 0x4A12323EL) < 1L) , (void*)0)) != (void*)0) == 1UL)) , l_1531[4][1][0].f0), l_1524)) | 0x82F6F9F5D141B90ALL) , &l_1519) != l_1425)))
                    { /* block id: 825 */
                        int32_t l_1543 = 0xC421913CL;
                        int32_t l_1547 = 0x79D5FDE9L;
                        int32_t l_1550 = (-3L);
                        int32_t l_1551 = 0xBD86329AL;
                        int32_t l_1564 = 0L;
                        ++l_1552[0][6];
                        --l_1570;
                    }
                    else
                    { /* block id: 828 */
                        int32_t l_1587 = (-9L);
                        l_1569 = (p_47.f3 = (p_45 = p_46));
                        p_47.f3 = (((*g_1245) |= (safe_sub_func_int64_t_s_s((safe_mod_func_uint8_t_u_u(g_445[7], (safe_lshift_func_int8_t_s_u(((((*l_1303) = 0x37L) && (((p_47 , ((safe_rshift_func_int16_t_s_s(((l_1582[1] = l_1581) == (void*)0), ((&g_1295 == (void*)0) != (p_47.f0 >= (p_47.f1 = (safe_add_func_uint8_t_u_u((((l_1585[1] == l_1586) >= 0x8D69EB28L) | (**g_654)), (*g_1057)))))))) , (*g_655))) > (**g_654)) <= p_47.f0)) > 0xDBA10F91L), g_244.f5)))), p_44))) , l_1587);
                    }
                }
            }
            g_244.f3 ^= (safe_mod_func_uint64_t_u_u((safe_mod_func_int64_t_s_s((g_298.f6 | (safe_div_func_uint16_t_u_u(65535UL, 0xC879L))), g_3)), g_843));
            for (l_1518 = 0; (l_1518 > 26); ++l_1518)
            { /* block id: 843 */
                if ((*g_330))
                    break;
            }
        }
        for (g_244.f2 = 0; (g_244.f2 != 18); ++g_244.f2)
        { /* block id: 849 */
            if (p_47.f1)
                break;
        }
        ++l_1598;
    }
    (*g_329) = &p_45;
    for (g_392 = (-2); (g_392 != 58); g_392++)
    { /* block id: 857 */
        if (p_45)
            break;
    }
    return l_1603;
}


/* ------------------------------------------ */
/* 
 * reads : g_244.f5
 * writes:
 */
static const int64_t  func_49(uint32_t * p_50, const uint32_t * p_51)
{ /* block id: 709 */
    return g_244.f5;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static const uint32_t * func_53(uint64_t * const  p_54, union U1  p_55)
{ /* block id: 707 */
    const uint32_t *l_1276 = (void*)0;
    return l_1276;
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_38 g_98 g_101 g_35 g_41 g_77 g_120 g_87 g_182 g_223 g_221 g_190 g_211
 * writes: g_77 g_83 g_87 g_98 g_101 g_35 g_120 g_182 g_211 g_217 g_223 g_221 g_190
 */
static uint64_t * const  func_56(const uint64_t  p_57, uint8_t  p_58, int16_t  p_59)
{ /* block id: 11 */
    int32_t * const l_60 = &g_3;
    int32_t *l_62 = (void*)0;
    int32_t **l_61 = &l_62;
    uint64_t *l_84 = (void*)0;
    int32_t l_92 = 0x445A0AE8L;
    int32_t l_160[4];
    int32_t l_183[6] = {0x42E7D5C8L,0x42E7D5C8L,0x42E7D5C8L,0x42E7D5C8L,0x42E7D5C8L,0x42E7D5C8L};
    const uint16_t *l_214[3];
    int32_t l_234 = 0x15D49680L;
    uint64_t *l_239[1];
    struct S0 *l_243 = &g_244;
    struct S0 **l_628 = &l_243;
    struct S0 ***l_627 = &l_628;
    int8_t *l_635 = &g_288;
    int32_t *l_683 = &g_446;
    uint32_t l_715 = 0x2950D394L;
    uint64_t l_724 = 0x3FD2B08F023D4949LL;
    struct S0 l_731 = {313,45149,255UL,10733,44,0L,263};
    int32_t l_738 = 0xCCE0A81DL;
    union U1 ***l_741 = &g_217;
    uint8_t l_771 = 255UL;
    uint16_t l_830 = 0x7F4CL;
    uint32_t l_944 = 0x9B3C7222L;
    int32_t l_953[6][10][2] = {{{1L,0x4DCAD57EL},{0x4DCAD57EL,0x5C1E773FL},{0x2D85F1EFL,0L},{0xA6D275DFL,1L},{0xD007CBE1L,0x639D4FE5L},{(-7L),0x639D4FE5L},{0xD007CBE1L,1L},{0xA6D275DFL,0L},{0x2D85F1EFL,0x5C1E773FL},{0x4DCAD57EL,0x4DCAD57EL}},{{1L,0x368CC69CL},{1L,(-7L)},{1L,(-4L)},{0x368CC69CL,1L},{(-9L),0xA41B7AD6L},{(-9L),1L},{0x368CC69CL,(-4L)},{1L,(-7L)},{1L,0x368CC69CL},{(-4L),(-9L)}},{{(-9L),0x4DCAD57EL},{1L,0xA41B7AD6L},{0L,1L},{0x2D85F1EFL,0xA6D275DFL},{0x5C1E773FL,0xA6D275DFL},{0x2D85F1EFL,1L},{0L,0xA41B7AD6L},{1L,0x4DCAD57EL},{(-9L),(-9L)},{(-4L),0x639D4FE5L}},{{1L,0x5C1E773FL},{(-7L),0xCA5EAC9DL},{0x639D4FE5L,(-7L)},{0L,1L},{0L,(-7L)},{0x639D4FE5L,0xCA5EAC9DL},{(-7L),0x5C1E773FL},{1L,0x639D4FE5L},{(-4L),(-9L)},{(-9L),0x4DCAD57EL}},{{1L,0xA41B7AD6L},{0L,1L},{0x2D85F1EFL,0xA6D275DFL},{0x5C1E773FL,0xA6D275DFL},{0x2D85F1EFL,1L},{0L,0xA41B7AD6L},{1L,0x4DCAD57EL},{(-9L),(-9L)},{(-4L),0x639D4FE5L},{1L,0x5C1E773FL}},{{(-7L),0xCA5EAC9DL},{0x639D4FE5L,(-7L)},{0L,1L},{0L,(-7L)},{0x639D4FE5L,0xCA5EAC9DL},{(-7L),0x5C1E773FL},{1L,0x639D4FE5L},{(-4L),(-9L)},{(-9L),0x4DCAD57EL},{1L,0xA41B7AD6L}}};
    uint32_t l_998[6];
    int16_t *l_1017 = &g_445[3];
    int16_t **l_1016 = &l_1017;
    int8_t l_1068 = 4L;
    uint32_t l_1115 = 1UL;
    uint32_t l_1152 = 4294967295UL;
    int8_t l_1193 = 0x86L;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_160[i] = 9L;
    for (i = 0; i < 3; i++)
        l_214[i] = &g_77[2];
    for (i = 0; i < 1; i++)
        l_239[i] = &g_35;
    for (i = 0; i < 6; i++)
        l_998[i] = 0x6C6F54AEL;
    (*l_61) = l_60;
lbl_242:
    for (p_58 = 0; (p_58 == 24); p_58 = safe_add_func_int16_t_s_s(p_58, 1))
    { /* block id: 15 */
        uint16_t *l_75 = (void*)0;
        uint16_t *l_76 = &g_77[2];
        int32_t l_82[1];
        uint64_t *l_85 = &g_35;
        int8_t *l_86[3][2] = {{&g_87,&g_87},{&g_87,&g_87},{&g_87,&g_87}};
        int32_t l_138 = (-8L);
        const union U1 l_154[1] = {{0x37L}};
        uint32_t *l_163 = &g_38;
        int32_t l_209[7];
        union U1 **l_218 = &g_101;
        int32_t *l_222[2];
        int i, j;
        for (i = 0; i < 1; i++)
            l_82[i] = 0xC8559CE7L;
        for (i = 0; i < 7; i++)
            l_209[i] = 1L;
        for (i = 0; i < 2; i++)
            l_222[i] = (void*)0;
        if ((+(g_87 = (safe_add_func_int64_t_s_s((safe_div_func_uint32_t_u_u(0x7D3E67B3L, 4294967287UL)), (0x09L == (65529UL <= (+((0L & (safe_mod_func_uint16_t_u_u(((((safe_lshift_func_uint16_t_u_u(((*l_76) = ((*l_60) > p_57)), (g_83 = (safe_mod_func_uint16_t_u_u((((0xBD9FL | (((safe_lshift_func_int8_t_s_s(l_82[0], 0)) , 0x3887E981L) , 0x05E7L)) , &g_3) != (*l_61)), 0x735AL))))) , l_84) == l_85) != g_38), 0x9D8DL))) & (*l_62))))))))))
        { /* block id: 19 */
            int32_t *l_88 = (void*)0;
            int32_t l_89 = 0L;
            int32_t *l_90 = &l_82[0];
            int32_t *l_91 = &l_82[0];
            int32_t l_93 = 5L;
            int32_t *l_94 = &l_89;
            int32_t *l_95 = &l_82[0];
            int32_t *l_96 = &l_82[0];
            int32_t *l_97[7] = {&l_82[0],(void*)0,(void*)0,&l_82[0],(void*)0,(void*)0,&l_82[0]};
            union U1 **l_102 = (void*)0;
            union U1 **l_103 = &g_101;
            int i;
            --g_98;
            (*l_94) = l_82[0];
            (*l_103) = g_101;
            (*l_94) = (safe_rshift_func_uint8_t_u_s(0x88L, g_35));
        }
        else
        { /* block id: 24 */
            int32_t l_114 = 5L;
            uint16_t *l_156 = &g_77[5];
            uint8_t *l_172[2][9][5] = {{{&g_173[2],&g_173[2],&g_173[2],&g_173[0],(void*)0},{&g_173[0],&g_173[2],(void*)0,&g_173[1],&g_173[0]},{&g_173[1],&g_173[2],&g_173[2],&g_173[2],&g_173[2]},{&g_173[2],&g_173[2],&g_173[1],&g_173[2],&g_173[2]},{&g_173[1],&g_173[2],&g_173[0],&g_173[2],&g_173[1]},{&g_173[2],&g_173[2],&g_173[2],&g_173[0],(void*)0},{&g_173[0],&g_173[2],(void*)0,&g_173[1],&g_173[0]},{&g_173[1],&g_173[2],&g_173[2],&g_173[2],&g_173[2]},{&g_173[2],&g_173[2],&g_173[1],&g_173[2],&g_173[2]}},{{&g_173[1],&g_173[2],&g_173[0],&g_173[2],&g_173[1]},{&g_173[2],&g_173[2],&g_173[2],&g_173[0],(void*)0},{&g_173[0],&g_173[2],(void*)0,&g_173[1],&g_173[0]},{&g_173[1],&g_173[2],&g_173[2],&g_173[2],&g_173[2]},{&g_173[2],&g_173[2],&g_173[1],&g_173[2],&g_173[2]},{&g_173[1],&g_173[2],&g_173[0],&g_173[2],&g_173[1]},{&g_173[2],&g_173[2],&g_173[2],&g_173[0],(void*)0},{&g_173[0],&g_173[2],(void*)0,&g_173[1],&g_173[0]},{&g_173[1],&g_173[2],&g_173[2],&g_173[2],&g_173[2]}}};
            int32_t l_174[3];
            uint16_t *l_181 = &g_182;
            union U1 **l_207 = &g_101;
            union U1 ** const *l_206[9];
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_174[i] = (-1L);
            for (i = 0; i < 9; i++)
                l_206[i] = &l_207;
            for (g_35 = 0; (g_35 == 38); g_35 = safe_add_func_int8_t_s_s(g_35, 4))
            { /* block id: 27 */
                union U1 **l_109 = &g_101;
                union U1 ***l_108 = &l_109;
                int64_t *l_115[1][1];
                int32_t l_116[6] = {0x3DFDFBADL,6L,0x3DFDFBADL,0x3DFDFBADL,6L,0xE610DA34L};
                int i, j;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_115[i][j] = &g_83;
                }
                (*l_108) = &g_101;
                if ((*l_62))
                    break;
                if (p_57)
                    break;
                if ((p_57 , ((l_82[0] = (safe_mul_func_int16_t_s_s(((((g_41 >= (p_59 = (safe_mod_func_uint16_t_u_u((l_114 != (l_116[3] = (g_83 = (*l_60)))), g_77[2])))) ^ (!(&g_35 != &p_57))) & g_3) <= (safe_add_func_uint64_t_u_u((((4L < l_82[0]) & 1L) >= l_114), (-2L)))), (*l_62)))) <= (**l_61))))
                { /* block id: 35 */
                    int32_t *l_121 = (void*)0;
                    uint8_t l_122 = 1UL;
                    l_122 = (g_120 = l_114);
                    return &g_35;
                }
                else
                { /* block id: 39 */
                    uint32_t *l_135 = &g_98;
                    int32_t l_136 = 0x223BFC9FL;
                    int32_t *l_157 = &l_82[0];
                    if ((safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_s((safe_sub_func_int8_t_s_s((p_58 & (safe_sub_func_int16_t_s_s((((l_115[0][0] == (void*)0) != (((safe_div_func_int32_t_s_s((0x95L || l_114), (((*l_135) = ((g_38 >= g_77[8]) , (safe_div_func_int32_t_s_s(((8L || (0x9397L <= l_114)) , p_57), 0x802EBDDEL)))) && 0x1FF75AEEL))) > 18446744073709551613UL) <= 0x1A91L)) || 0x3EL), p_58))), l_136)), 5)), 1L)))
                    { /* block id: 41 */
                        uint32_t l_137[7][10][3] = {{{4294967292UL,0UL,0x1BCAB2B0L},{0x7CDB5522L,4294967292UL,0x2E2C5736L},{0x1BCAB2B0L,3UL,4294967295UL},{1UL,0x7CDB5522L,0x2E2C5736L},{4294967289UL,0x877AA3FFL,0x1BCAB2B0L},{6UL,0x7602C2F6L,6UL},{0x235839F2L,0xD1021D52L,0xF6226F77L},{1UL,0xB6850493L,4294967291UL},{0x2A5121ECL,4294967291UL,4294967292UL},{0x49FF72C9L,4294967291UL,4294967295UL}},{{0x2A5121ECL,0xA01FB82FL,4294967288UL},{1UL,1UL,1UL},{0x235839F2L,0UL,0xDB6BE605L},{6UL,0x49FF72C9L,8UL},{4294967289UL,1UL,3UL},{1UL,0x7A5B985AL,4294967295UL},{0x1BCAB2B0L,1UL,0xA96B5814L},{0x7CDB5522L,0x49FF72C9L,1UL},{4294967292UL,0UL,4294967295UL},{4294967295UL,1UL,0UL}},{{4294967295UL,0xA01FB82FL,0x190269B8L},{0UL,4294967291UL,0x7CDB5522L},{0xB5FE46E9L,4294967291UL,0x190269B8L},{1UL,0xB6850493L,0UL},{4294967295UL,0xD1021D52L,4294967295UL},{7UL,0x7602C2F6L,1UL},{0xF6226F77L,0x877AA3FFL,0xA96B5814L},{0x7602C2F6L,0x7CDB5522L,4294967295UL},{4294967293UL,3UL,3UL},{0x7602C2F6L,4294967292UL,8UL}},{{0xF6226F77L,0UL,0xDB6BE605L},{7UL,4294967295UL,1UL},{4294967295UL,0x104891CAL,4294967288UL},{1UL,6UL,4294967295UL},{0xB5FE46E9L,4294967291UL,4294967292UL},{0UL,6UL,4294967291UL},{4294967295UL,0x104891CAL,0xF6226F77L},{4294967295UL,4294967295UL,6UL},{4294967292UL,0UL,0x1BCAB2B0L},{0x7CDB5522L,4294967292UL,0x2E2C5736L}},{{0x1BCAB2B0L,3UL,4294967295UL},{1UL,0x7CDB5522L,0x2E2C5736L},{4294967289UL,0x877AA3FFL,0x1BCAB2B0L},{6UL,0x7602C2F6L,6UL},{0x235839F2L,0xD1021D52L,0xF6226F77L},{1UL,0xB6850493L,4294967291UL},{0x2A5121ECL,4294967291UL,4294967292UL},{0x49FF72C9L,4294967291UL,4294967295UL},{0x2A5121ECL,0xA01FB82FL,4294967288UL},{1UL,1UL,1UL}},{{0x235839F2L,0UL,0xDB6BE605L},{6UL,0x49FF72C9L,8UL},{4294967289UL,1UL,3UL},{1UL,0x7A5B985AL,4294967295UL},{0x1BCAB2B0L,1UL,0xA96B5814L},{0x7CDB5522L,0x49FF72C9L,1UL},{4294967292UL,0UL,4294967295UL},{4294967295UL,1UL,0UL},{4294967295UL,0xA01FB82FL,0x190269B8L},{0UL,4294967291UL,0x7CDB5522L}},{{0xB5FE46E9L,4294967291UL,0x190269B8L},{1UL,0xB6850493L,0UL},{4294967295UL,0xD1021D52L,4294967295UL},{4294967292UL,4294967291UL,6UL},{4294967295UL,4294967291UL,4294967289UL},{4294967291UL,0x49FF72C9L,1UL},{0xDB6BE605L,1UL,0x1BCAB2B0L},{4294967291UL,8UL,0x7CDB5522L},{4294967295UL,0UL,4294967292UL},{4294967292UL,1UL,4294967295UL}}};
                        int32_t *l_155 = &l_116[3];
                        int i, j, k;
                        l_136 ^= (((void*)0 == l_60) || l_137[0][0][0]);
                        l_136 = ((l_138 , l_136) & ((((l_82[0] ^= l_114) , (safe_add_func_uint8_t_u_u(p_57, (safe_add_func_uint64_t_u_u((~(l_136 ^ ((((l_114 |= p_59) < (safe_mod_func_int8_t_s_s(((void*)0 == &g_38), (safe_rshift_func_uint16_t_u_u(((((safe_rshift_func_uint16_t_u_s(((safe_mod_func_int32_t_s_s((l_136 ^ 0UL), l_116[2])) , 0x47AEL), 2)) , &g_77[2]) != &g_77[2]) ^ p_58), p_58))))) ^ p_57) == l_137[0][0][0]))), l_138))))) & l_137[3][4][0]) , 4294967295UL));
                        (*l_155) ^= (l_154[0] , (0xC5361ACFL >= g_77[0]));
                    }
                    else
                    { /* block id: 47 */
                        l_114 = (g_41 | ((p_59 , l_156) != &g_77[2]));
                    }
                    (*l_157) |= p_59;
                    for (g_120 = 0; (g_120 <= 30); g_120 = safe_add_func_uint16_t_u_u(g_120, 8))
                    { /* block id: 53 */
                        l_114 = p_59;
                        (*l_157) = l_160[2];
                        (*l_61) = &g_3;
                    }
                }
            }
            if (((safe_rshift_func_uint8_t_u_s((((&g_98 != l_163) , &g_87) != (((l_114 <= (((safe_add_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_u(((*l_181) = (safe_unary_minus_func_uint64_t_u((safe_rshift_func_uint16_t_u_s(((*l_156) = ((0x0BL & (l_174[1] = (!g_41))) > (((safe_mod_func_uint32_t_u_u((safe_lshift_func_int16_t_s_s(l_114, 2)), g_38)) > (safe_mul_func_uint16_t_u_u((l_82[0] == 4UL), 0x8A50L))) || 0L))), 15))))), l_183[2])), p_58)) , p_59) & p_58)) && p_57) , (void*)0)), g_35)) || g_3))
            { /* block id: 63 */
                union U1 * const l_189[7] = {&g_190[0][5][3],&g_190[0][5][3],&g_190[0][5][3],&g_190[0][5][3],&g_190[0][5][3],&g_190[0][5][3],&g_190[0][5][3]};
                const union U1 *l_191[4][5][6] = {{{&g_190[0][5][3],&l_154[0],&l_154[0],&l_154[0],&l_154[0],&l_154[0]},{&l_154[0],&l_154[0],&l_154[0],&l_154[0],&g_190[0][5][3],&l_154[0]},{&l_154[0],&g_190[0][5][3],&l_154[0],&g_190[0][5][3],&l_154[0],&l_154[0]},{&g_190[0][5][3],&l_154[0],&l_154[0],&l_154[0],&l_154[0],&l_154[0]},{&l_154[0],&l_154[0],&l_154[0],&l_154[0],&g_190[0][5][3],&l_154[0]}},{{&l_154[0],&g_190[0][5][3],&l_154[0],&g_190[0][5][3],&l_154[0],&l_154[0]},{&g_190[0][5][3],&l_154[0],&l_154[0],&l_154[0],&l_154[0],&l_154[0]},{&l_154[0],&l_154[0],&l_154[0],&l_154[0],&g_190[0][5][3],&l_154[0]},{&l_154[0],&g_190[0][5][3],&l_154[0],&g_190[0][5][3],&l_154[0],&l_154[0]},{&g_190[0][5][3],&l_154[0],&l_154[0],&l_154[0],&l_154[0],&l_154[0]}},{{&l_154[0],&l_154[0],&l_154[0],&l_154[0],&g_190[0][5][3],&l_154[0]},{&l_154[0],&g_190[0][5][3],&l_154[0],&g_190[0][5][3],&l_154[0],&l_154[0]},{&g_190[0][5][3],&l_154[0],&l_154[0],&l_154[0],&l_154[0],&l_154[0]},{&l_154[0],&l_154[0],&l_154[0],&l_154[0],&g_190[0][5][3],&l_154[0]},{&l_154[0],&g_190[0][5][3],&l_154[0],&g_190[0][5][3],&l_154[0],&l_154[0]}},{{&g_190[0][5][3],&l_154[0],&l_154[0],&l_154[0],&l_154[0],&l_154[0]},{&l_154[0],&l_154[0],&l_154[0],&l_154[0],&g_190[0][5][3],&l_154[0]},{&l_154[0],&g_190[0][5][3],&l_154[0],&g_190[0][5][3],&l_154[0],&l_154[0]},{&g_190[0][5][3],&l_154[0],&l_154[0],&l_154[0],&l_154[0],&l_154[0]},{&l_154[0],&l_154[0],&l_154[0],&l_154[0],&g_190[0][5][3],&l_154[0]}}};
                const union U1 **l_192 = &l_191[2][2][3];
                const union U1 *l_194 = &l_154[0];
                const union U1 **l_193 = &l_194;
                int32_t l_208[6] = {9L,9L,5L,9L,9L,5L};
                int16_t *l_210 = &g_211;
                const uint16_t *l_213 = (void*)0;
                const uint16_t **l_212 = &l_213;
                union U1 ***l_215 = (void*)0;
                union U1 ***l_216[1];
                int32_t *l_219 = &l_183[3];
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_216[i] = (void*)0;
                (*l_61) = &g_3;
                (*l_219) = (!(safe_rshift_func_uint8_t_u_s(((safe_rshift_func_uint8_t_u_s(((g_217 = ((((*l_212) = (((l_189[5] != ((*l_193) = ((*l_192) = l_191[0][4][3]))) && (l_82[0] = ((*l_85) ^= (safe_lshift_func_int16_t_s_u((safe_mod_func_uint8_t_u_u(l_82[0], (g_87 ^= (safe_mul_func_uint16_t_u_u(((((*l_210) = (0x27L != ((+0xAC0F502BL) < (l_209[3] = (l_208[5] = (safe_div_func_int64_t_s_s((p_58 > ((void*)0 != l_206[2])), ((l_174[1] = (l_174[1] & 1UL)) , l_208[5])))))))) ^ 65535UL) == 0xC65B12CC52EBE5BDLL), (*l_62)))))), 12))))) , (void*)0)) != l_214[2]) , &g_101)) == l_218), g_182)) | (**l_61)), 0)));
            }
            else
            { /* block id: 77 */
                uint64_t * const l_220[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int i;
                return l_220[2];
            }
        }
        --g_223[2];
    }
    if ((safe_sub_func_uint64_t_u_u(((safe_add_func_uint32_t_u_u(g_221, (safe_add_func_int16_t_s_s(p_59, (((l_234 = (safe_lshift_func_int8_t_s_s((**l_61), 2))) < (safe_rshift_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_u((g_190[0][0][1] , (*l_62)), g_41)) || ((g_35 = (p_58 == (*l_60))) , p_58)), p_57))) < 0x4B9C5F8BL))))) | (-1L)), (*l_60))))
    { /* block id: 85 */
        for (g_182 = (-17); (g_182 < 51); g_182 = safe_add_func_int64_t_s_s(g_182, 1))
        { /* block id: 88 */
            if (g_87)
                goto lbl_242;
            (*l_61) = (*l_61);
            return &g_35;
        }
    }
    else
    { /* block id: 93 */
        struct S0 **l_245 = &l_243;
        for (g_87 = 0; g_87 < 1; g_87 += 1)
        {
            for (g_221 = 0; g_221 < 8; g_221 += 1)
            {
                for (g_35 = 0; g_35 < 4; g_35 += 1)
                {
                    union U1 tmp = {0xD7L};
                    g_190[g_87][g_221][g_35] = tmp;
                }
            }
        }
        (*l_245) = l_243;
        (*l_61) = (*l_61);
    }
    for (g_211 = 0; (g_211 >= 0); g_211 -= 1)
    { /* block id: 100 */
        const uint32_t l_253 = 18446744073709551612UL;
        int32_t l_277 = 0x284081EDL;
        struct S0 *l_295 = &g_244;
        int32_t l_313 = 0xF3691EA2L;
        int32_t l_314 = 0x23B53869L;
        union U1 l_342 = {0x69L};
        int32_t l_360[5][6] = {{2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L}};
        uint64_t * const l_377 = &g_35;
        int32_t **l_492 = (void*)0;
        int8_t l_552 = (-2L);
        int16_t * const l_562 = &g_522;
        int16_t * const *l_561 = &l_562;
        struct S0 ***l_626 = (void*)0;
        int16_t l_629[4];
        int32_t l_660 = (-4L);
        int32_t **l_722 = &l_62;
        int32_t l_815 = 0x954C0FE5L;
        int16_t l_820 = 0L;
        uint16_t l_854 = 65535UL;
        int8_t **l_942[3][2] = {{&l_635,&l_635},{&l_635,&l_635},{&l_635,&l_635}};
        int32_t l_952 = (-1L);
        uint64_t l_978 = 0x8164DB37CCBE23EALL;
        uint64_t l_1089 = 0x18E591FB2EEDE3DCLL;
        int32_t *l_1158 = (void*)0;
        const union U1 *l_1197[3][3][2] = {{{&l_342,&g_190[0][5][1]},{&l_342,&l_342},{&l_342,&g_190[0][5][1]}},{{&l_342,&l_342},{&l_342,&g_190[0][5][1]},{&l_342,&l_342}},{{&l_342,&g_190[0][5][1]},{&l_342,&l_342},{&l_342,&g_190[0][5][1]}}};
        const union U1 **l_1196[8];
        const union U1 ***l_1195 = &l_1196[5];
        const union U1 ****l_1194 = &l_1195;
        int32_t l_1202 = 3L;
        int32_t ****l_1260[4][6] = {{&g_1258,&g_1258,&g_1258,&g_1258,&g_1258,&g_1258},{&g_1258,&g_1258,&g_1258,&g_1258,&g_1258,&g_1258},{&g_1258,&g_1258,&g_1258,&g_1258,&g_1258,&g_1258},{&g_1258,&g_1258,&g_1258,&g_1258,&g_1258,&g_1258}};
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_629[i] = 0xEF23L;
        for (i = 0; i < 8; i++)
            l_1196[i] = &l_1197[2][1][1];
    }
    return &g_554[0][2];
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
    transparent_crc(g_35, "g_35", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_41, "g_41", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_77[i], "g_77[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_87, "g_87", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_120, "g_120", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_173[i], "g_173[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_182, "g_182", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_190[i][j][k].f0, "g_190[i][j][k].f0", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_211, "g_211", print_hash_value);
    transparent_crc(g_221, "g_221", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_223[i], "g_223[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_244.f0, "g_244.f0", print_hash_value);
    transparent_crc(g_244.f1, "g_244.f1", print_hash_value);
    transparent_crc(g_244.f2, "g_244.f2", print_hash_value);
    transparent_crc(g_244.f3, "g_244.f3", print_hash_value);
    transparent_crc(g_244.f4, "g_244.f4", print_hash_value);
    transparent_crc(g_244.f5, "g_244.f5", print_hash_value);
    transparent_crc(g_244.f6, "g_244.f6", print_hash_value);
    transparent_crc(g_284, "g_284", print_hash_value);
    transparent_crc(g_287, "g_287", print_hash_value);
    transparent_crc(g_288, "g_288", print_hash_value);
    transparent_crc(g_298.f0, "g_298.f0", print_hash_value);
    transparent_crc(g_298.f1, "g_298.f1", print_hash_value);
    transparent_crc(g_298.f2, "g_298.f2", print_hash_value);
    transparent_crc(g_298.f3, "g_298.f3", print_hash_value);
    transparent_crc(g_298.f4, "g_298.f4", print_hash_value);
    transparent_crc(g_298.f5, "g_298.f5", print_hash_value);
    transparent_crc(g_298.f6, "g_298.f6", print_hash_value);
    transparent_crc(g_336, "g_336", print_hash_value);
    transparent_crc(g_346, "g_346", print_hash_value);
    transparent_crc(g_365, "g_365", print_hash_value);
    transparent_crc(g_380, "g_380", print_hash_value);
    transparent_crc(g_392, "g_392", print_hash_value);
    transparent_crc(g_412, "g_412", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_413[i], "g_413[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_443, "g_443", print_hash_value);
    transparent_crc(g_444, "g_444", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_445[i], "g_445[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_446, "g_446", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_447[i], "g_447[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_520[i][j], "g_520[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_521, "g_521", print_hash_value);
    transparent_crc(g_522, "g_522", print_hash_value);
    transparent_crc(g_523, "g_523", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_527[i], "g_527[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_554[i][j], "g_554[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_621[i][j][k], "g_621[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_658[i][j][k], "g_658[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_716[i][j], "g_716[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_770[i][j][k], "g_770[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_843, "g_843", print_hash_value);
    transparent_crc(g_915, "g_915", print_hash_value);
    transparent_crc(g_1088, "g_1088", print_hash_value);
    transparent_crc(g_1131, "g_1131", print_hash_value);
    transparent_crc(g_1240, "g_1240", print_hash_value);
    transparent_crc(g_1267, "g_1267", print_hash_value);
    transparent_crc(g_1305, "g_1305", print_hash_value);
    transparent_crc(g_1493, "g_1493", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_1604[i][j][k], "g_1604[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1667, "g_1667", print_hash_value);
    transparent_crc(g_1668, "g_1668", print_hash_value);
    transparent_crc(g_1704.f0, "g_1704.f0", print_hash_value);
    transparent_crc(g_1707.f0, "g_1707.f0", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_1722[i][j], "g_1722[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_1866[i][j][k], "g_1866[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1964, "g_1964", print_hash_value);
    transparent_crc(g_2048, "g_2048", print_hash_value);
    transparent_crc(g_2088.f0, "g_2088.f0", print_hash_value);
    transparent_crc(g_2088.f1, "g_2088.f1", print_hash_value);
    transparent_crc(g_2088.f2, "g_2088.f2", print_hash_value);
    transparent_crc(g_2088.f3, "g_2088.f3", print_hash_value);
    transparent_crc(g_2088.f4, "g_2088.f4", print_hash_value);
    transparent_crc(g_2088.f5, "g_2088.f5", print_hash_value);
    transparent_crc(g_2088.f6, "g_2088.f6", print_hash_value);
    transparent_crc(g_2131, "g_2131", print_hash_value);
    transparent_crc(g_2259, "g_2259", print_hash_value);
    transparent_crc(g_2392, "g_2392", print_hash_value);
    transparent_crc(g_2396, "g_2396", print_hash_value);
    transparent_crc(g_2424, "g_2424", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_2456[i], "g_2456[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2639, "g_2639", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 708
   depth: 1, occurrence: 15
XXX total union variables: 30

XXX non-zero bitfields defined in structs: 5
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 45
breakdown:
   indirect level: 0, occurrence: 15
   indirect level: 1, occurrence: 13
   indirect level: 2, occurrence: 5
   indirect level: 3, occurrence: 7
   indirect level: 4, occurrence: 0
   indirect level: 5, occurrence: 5
XXX full-bitfields structs in the program: 0
breakdown:
XXX times a bitfields struct's address is taken: 17
XXX times a bitfields struct on LHS: 0
XXX times a bitfields struct on RHS: 24
XXX times a single bitfield on LHS: 27
XXX times a single bitfield on RHS: 73

XXX max expression depth: 40
breakdown:
   depth: 1, occurrence: 143
   depth: 2, occurrence: 36
   depth: 3, occurrence: 8
   depth: 4, occurrence: 2
   depth: 5, occurrence: 2
   depth: 6, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 1
   depth: 19, occurrence: 1
   depth: 20, occurrence: 1
   depth: 21, occurrence: 3
   depth: 23, occurrence: 4
   depth: 24, occurrence: 2
   depth: 25, occurrence: 2
   depth: 26, occurrence: 1
   depth: 28, occurrence: 2
   depth: 30, occurrence: 1
   depth: 31, occurrence: 1
   depth: 33, occurrence: 1
   depth: 36, occurrence: 1
   depth: 38, occurrence: 1
   depth: 40, occurrence: 1

XXX total number of pointers: 458

XXX times a variable address is taken: 1085
XXX times a pointer is dereferenced on RHS: 334
breakdown:
   depth: 1, occurrence: 255
   depth: 2, occurrence: 74
   depth: 3, occurrence: 3
   depth: 4, occurrence: 2
XXX times a pointer is dereferenced on LHS: 315
breakdown:
   depth: 1, occurrence: 285
   depth: 2, occurrence: 25
   depth: 3, occurrence: 3
   depth: 4, occurrence: 2
XXX times a pointer is compared with null: 48
XXX times a pointer is compared with address of another variable: 17
XXX times a pointer is compared with another pointer: 21
XXX times a pointer is qualified to be dereferenced: 8351

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1410
   level: 2, occurrence: 422
   level: 3, occurrence: 40
   level: 4, occurrence: 104
   level: 5, occurrence: 26
XXX number of pointers point to pointers: 199
XXX number of pointers point to scalars: 227
XXX number of pointers point to structs: 14
XXX percent of pointers has null in alias set: 27.9
XXX average alias set size: 1.41

XXX times a non-volatile is read: 2311
XXX times a non-volatile is write: 1076
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 10

XXX stmts: 144
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 26
   depth: 1, occurrence: 14
   depth: 2, occurrence: 25
   depth: 3, occurrence: 21
   depth: 4, occurrence: 25
   depth: 5, occurrence: 33

XXX percentage a fresh-made variable is used: 18.5
XXX percentage an existing variable is used: 81.5
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

