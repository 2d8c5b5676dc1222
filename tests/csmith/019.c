/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 21 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      21
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   unsigned f0 : 9;
   signed f1 : 28;
};

struct S1 {
   uint16_t  f0;
   int64_t  f1;
   const int8_t  f2;
   const int8_t  f3;
   uint16_t  f4;
   struct S0  f5;
   uint64_t  f6;
   const int32_t  f7;
   int32_t  f8;
};

/* --- GLOBAL VARIABLES --- */
static uint8_t g_2 = 0UL;
static uint8_t g_18 = 0x3AL;
static uint32_t g_24 = 4294967288UL;
static int32_t g_38 = 0x6200D40AL;
static int32_t * const g_37 = &g_38;
static uint64_t g_77 = 18446744073709551610UL;
static int8_t g_94 = 3L;
static int64_t g_95 = 0xD74E5B049C75CA1DLL;
static uint32_t g_98 = 1UL;
static uint64_t g_108 = 18446744073709551615UL;
static uint32_t g_133 = 18446744073709551610UL;
static int32_t * const **g_144 = (void*)0;
static int8_t g_165 = 0xDCL;
static struct S0 g_171[9][8] = {{{10,821},{20,3268},{2,341},{11,-11943},{9,13705},{0,-1522},{10,821},{21,-8031}},{{9,13705},{0,-1522},{10,821},{21,-8031},{3,538},{3,538},{21,-8031},{10,821}},{{20,-8853},{20,-8853},{3,12598},{19,-8573},{5,-15354},{13,4744},{16,9840},{8,14840}},{{2,341},{4,6593},{18,-3403},{10,821},{9,13705},{6,-2405},{3,11847},{8,14840}},{{4,6593},{3,538},{6,13973},{19,-8573},{18,-3403},{6,13973},{5,-15354},{10,821}},{{20,3268},{17,-6624},{6,5085},{21,-8031},{20,-8853},{11,-855},{11,-11943},{3,538}},{{10,13255},{1,15677},{10,13255},{13,12123},{3,538},{6,5085},{2,7532},{18,-3403}},{{18,-3403},{3,12598},{0,-2118},{3,11847},{3,12598},{2,7532},{3,538},{13,4744}},{{18,-3403},{2,341},{10,-6071},{0,-1522},{3,538},{20,3268},{1,13955},{2,341}}};
static struct S1 g_182 = {0xF0CDL,0xA6F3299C26CA6B16LL,0L,0x89L,0x34BAL,{7,-7397},0x1822EBED496A5D4ALL,9L,0x4DF7A928L};
static int16_t g_206 = 0xE305L;
static struct S1 g_215 = {65535UL,1L,-10L,0x89L,1UL,{18,-10580},0x24FE5F2F444C74A6LL,1L,-1L};
static struct S1 *g_214 = &g_215;
static struct S1 g_217 = {1UL,0x543C912B7A87C478LL,0x8BL,0xA0L,65535UL,{6,14633},18446744073709551607UL,-10L,0xCCA75C68L};
static struct S1 g_219 = {0x67E5L,-5L,0x4DL,0x2CL,1UL,{9,-8144},6UL,0x17A761DCL,0x2FFA057DL};
static struct S1 *g_218 = &g_219;
static struct S1 g_221 = {0xA8B0L,-8L,1L,1L,65535UL,{6,2535},0x35330E0CC0C323BELL,-7L,0xE90BC4DBL};
static struct S1 *g_236 = &g_217;
static struct S1 **g_235 = &g_236;
static const uint32_t g_269 = 3UL;
static uint16_t *g_274 = (void*)0;
static uint32_t *g_357 = &g_133;
static uint32_t **g_356 = &g_357;
static int16_t g_379[9] = {0xD94FL,0xD94FL,0xD94FL,0xD94FL,0xD94FL,0xD94FL,0xD94FL,0xD94FL,0xD94FL};
static int16_t **g_407[1] = {(void*)0};
static int16_t *** const g_406 = &g_407[0];
static int32_t *g_416 = &g_38;
static int32_t *g_417[9] = {&g_38,&g_38,(void*)0,&g_38,&g_38,(void*)0,&g_38,&g_38,(void*)0};
static uint32_t g_542 = 0x41107AB3L;
static uint16_t **g_544 = &g_274;
static uint16_t ***g_543 = &g_544;
static uint32_t ***g_579[3][4] = {{&g_356,&g_356,&g_356,&g_356},{&g_356,&g_356,&g_356,&g_356},{&g_356,&g_356,&g_356,&g_356}};
static const struct S0 *g_617 = &g_217.f5;
static const struct S0 **g_616[3][8] = {{&g_617,&g_617,&g_617,&g_617,&g_617,&g_617,&g_617,&g_617},{&g_617,&g_617,&g_617,&g_617,&g_617,&g_617,&g_617,&g_617},{&g_617,&g_617,&g_617,&g_617,&g_617,&g_617,&g_617,&g_617}};
static const struct S0 ***g_615 = &g_616[2][2];
static int8_t g_646 = 0x9CL;
static uint8_t g_652[6] = {1UL,1UL,1UL,1UL,1UL,1UL};
static uint32_t g_667 = 0x3F68298CL;
static const int32_t g_675 = 0x64E32F78L;
static int32_t g_696 = 0xE0F8C887L;
static int32_t *g_787 = &g_38;
static uint64_t g_823 = 0x96A7E6EDCB09A486LL;
static int32_t **g_867[6][2][4] = {{{&g_416,&g_417[4],&g_416,&g_417[4]},{&g_416,(void*)0,&g_417[0],&g_417[4]}},{{&g_417[0],&g_417[4],&g_417[0],(void*)0},{&g_416,&g_417[4],&g_416,&g_417[4]}},{{&g_416,(void*)0,&g_417[0],&g_417[4]},{&g_417[0],&g_417[4],&g_417[0],(void*)0}},{{&g_416,&g_417[4],&g_416,&g_417[4]},{&g_416,(void*)0,&g_417[0],&g_417[4]}},{{&g_417[0],&g_417[4],&g_417[0],(void*)0},{&g_416,&g_417[4],&g_416,&g_417[4]}},{{&g_416,(void*)0,&g_417[0],&g_417[4]},{&g_417[0],&g_417[4],&g_417[0],(void*)0}}};
static int32_t ***g_866 = &g_867[5][0][2];
static int32_t ****g_865[6][4] = {{&g_866,&g_866,&g_866,&g_866},{&g_866,(void*)0,(void*)0,&g_866},{(void*)0,&g_866,(void*)0,(void*)0},{&g_866,&g_866,&g_866,&g_866},{&g_866,(void*)0,(void*)0,&g_866},{(void*)0,&g_866,(void*)0,(void*)0}};
static uint64_t g_876 = 0UL;
static uint32_t g_927 = 0UL;
static int8_t g_971 = (-8L);
static const uint32_t *g_1013[8][2][8] = {{{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269},{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269}},{{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269},{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269}},{{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269},{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269}},{{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269},{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269}},{{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269},{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269}},{{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269},{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269}},{{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269},{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269}},{{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269},{&g_927,&g_269,&g_927,&g_269,&g_927,&g_269,&g_927,&g_269}}};
static const uint32_t **g_1012 = &g_1013[7][1][4];
static int32_t *g_1029 = &g_38;
static int32_t *g_1041[5] = {&g_38,&g_38,&g_38,&g_38,&g_38};
static int32_t *g_1055 = &g_38;
static const int8_t g_1111 = (-6L);
static int32_t g_1133 = (-10L);
static uint32_t g_1277 = 0x904EFF6EL;
static int16_t g_1298[3] = {0x3F86L,0x3F86L,0x3F86L};
static struct S1 ***g_1302 = &g_235;
static struct S1 ****g_1301[2] = {&g_1302,&g_1302};
static uint16_t g_1306[10][10][2] = {{{0x9988L,0x56F8L},{0x33AFL,0x0660L},{0xDD1AL,0xCC8EL},{0x9988L,65531UL},{0xCC8EL,0UL},{0x7F6EL,2UL},{65531UL,0x8CA5L},{0x2B29L,0x8CA5L},{65531UL,2UL},{0x7F6EL,0UL}},{{0xCC8EL,65531UL},{0x9988L,0xCC8EL},{0xDD1AL,0x0660L},{0x33AFL,0x56F8L},{0x9988L,65535UL},{0x56F8L,0UL},{8UL,5UL},{65531UL,0x2B29L},{0x8CA5L,0x8CA5L},{65535UL,5UL}},{{0x7F6EL,0x6A87L},{0x56F8L,65531UL},{0xF51EL,0x56F8L},{0xDD1AL,0x03F9L},{0xDD1AL,0x56F8L},{0xF51EL,65531UL},{0x56F8L,0x6A87L},{0x7F6EL,5UL},{65535UL,0x8CA5L},{0x8CA5L,0x2B29L}},{{65531UL,5UL},{8UL,0UL},{0x56F8L,65535UL},{0x9988L,0x56F8L},{0x33AFL,0x0660L},{0xDD1AL,0xCC8EL},{0x9988L,65531UL},{0xCC8EL,0UL},{0x7F6EL,2UL},{65531UL,0x8CA5L}},{{0x2B29L,0x8CA5L},{65531UL,2UL},{0x33AFL,0xF51EL},{65529UL,0x2B29L},{8UL,65529UL},{2UL,0x0E55L},{65535UL,0x03F9L},{8UL,0x2411L},{0x03F9L,0xF51EL},{0UL,65535UL}},{{0x2B29L,0x31F5L},{65535UL,65535UL},{0x2411L,65535UL},{0x33AFL,1UL},{0x03F9L,0x2B29L},{0x8712L,0x03F9L},{2UL,65535UL},{2UL,0x03F9L},{0x8712L,0x2B29L},{0x03F9L,1UL}},{{0x33AFL,65535UL},{0x2411L,65535UL},{65535UL,0x31F5L},{0x2B29L,65535UL},{0UL,0xF51EL},{0x03F9L,0x2411L},{8UL,0x03F9L},{65535UL,0x0E55L},{2UL,65529UL},{8UL,0x2B29L}},{{65529UL,0xF51EL},{0x33AFL,0x0985L},{0x2B29L,65535UL},{0x31F5L,65535UL},{0x2B29L,0x0985L},{0x33AFL,0xF51EL},{65529UL,0x2B29L},{8UL,65529UL},{2UL,0x0E55L},{65535UL,0x03F9L}},{{8UL,0x2411L},{0x03F9L,0xF51EL},{0UL,65535UL},{0x2B29L,0x31F5L},{65535UL,65535UL},{0x2411L,65535UL},{0x33AFL,1UL},{0x03F9L,0x2B29L},{0x8712L,0x03F9L},{2UL,65535UL}},{{2UL,0x03F9L},{0x8712L,0x2B29L},{0x03F9L,1UL},{0x33AFL,65535UL},{0x2411L,65535UL},{65535UL,0x31F5L},{0x2B29L,65535UL},{0UL,0xF51EL},{0x03F9L,0x2411L},{8UL,0x03F9L}}};
static int32_t g_1338 = (-1L);
static struct S0 *g_1380[7][7] = {{&g_221.f5,&g_217.f5,&g_221.f5,&g_217.f5,&g_221.f5,&g_217.f5,&g_221.f5},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_221.f5,&g_217.f5,&g_221.f5,&g_217.f5,&g_221.f5,&g_217.f5,&g_221.f5},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_221.f5,&g_217.f5,&g_221.f5,&g_217.f5,&g_221.f5,&g_217.f5,&g_221.f5},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_221.f5,&g_217.f5,&g_221.f5,&g_217.f5,&g_221.f5,&g_217.f5,&g_221.f5}};
static struct S0 **g_1379 = &g_1380[0][4];
static struct S0 ***g_1378 = &g_1379;
static struct S0 ****g_1377 = &g_1378;
static struct S0 *****g_1376 = &g_1377;
static uint8_t *g_1431 = (void*)0;
static uint8_t g_1443 = 255UL;
static uint8_t **g_1507 = &g_1431;
static uint32_t g_1516 = 0x912CA327L;
static uint16_t g_1559 = 0x0AB2L;
static struct S0 * const *g_1568[7] = {&g_1380[4][5],&g_1380[4][5],&g_1380[0][4],&g_1380[4][5],&g_1380[4][5],&g_1380[0][4],&g_1380[4][5]};
static struct S0 * const **g_1567 = &g_1568[0];
static const int64_t g_1603 = (-1L);
static uint8_t g_1701[10][6] = {{0xD9L,0xDEL,0xAAL,1UL,0xAAL,0xDEL},{0x72L,0xDEL,1UL,1UL,1UL,0xDEL},{0xD9L,0xDEL,0xAAL,1UL,0xAAL,0xDEL},{0x72L,0x2BL,255UL,0xDEL,255UL,0x2BL},{0xAAL,0x2BL,7UL,0xDEL,7UL,0x2BL},{1UL,0x2BL,255UL,0xDEL,255UL,0x2BL},{0xAAL,0x2BL,7UL,0xDEL,7UL,0x2BL},{1UL,0x2BL,255UL,0xDEL,255UL,0x2BL},{0xAAL,0x2BL,7UL,0xDEL,7UL,0x2BL},{1UL,0x2BL,255UL,0xDEL,255UL,0x2BL}};
static int8_t *g_1811 = (void*)0;
static uint64_t g_1842 = 18446744073709551615UL;
static int64_t *g_1861 = &g_217.f1;
static int64_t **g_1860 = &g_1861;
static uint64_t *g_1878 = (void*)0;
static uint64_t **g_1877 = &g_1878;
static uint64_t ***g_1876 = &g_1877;
static int32_t g_1990 = 0xCD4049CAL;
static const int32_t *g_2026[3] = {&g_38,&g_38,&g_38};
static const uint8_t *** const *g_2082 = (void*)0;
static uint8_t ***g_2090 = (void*)0;
static uint8_t ****g_2089 = &g_2090;
static int64_t g_2103 = 0L;
static struct S1 **g_2195 = &g_236;
static int32_t *****g_2219[3] = {&g_865[4][1],&g_865[4][1],&g_865[4][1]};
static int32_t ** const g_2225 = (void*)0;
static int32_t ** const *g_2224 = &g_2225;
static int32_t ** const ** const g_2223 = &g_2224;
static int32_t ** const ** const *g_2222 = &g_2223;


/* --- FORWARD DECLARATIONS --- */
static uint8_t  func_1(void);
static int8_t  func_14(int64_t  p_15);
static struct S1  func_19(int32_t  p_20, const uint32_t  p_21, const uint16_t  p_22);
static int32_t * func_27(int32_t * p_28, int64_t  p_29, uint16_t  p_30, int32_t  p_31);
static int32_t * func_32(int32_t * const  p_33, int32_t * const  p_34, uint16_t  p_35, const int32_t  p_36);
static int32_t * func_39(int32_t * p_40, int32_t * p_41, int32_t * p_42, uint8_t  p_43);
static int32_t * func_44(int32_t  p_45);
static int32_t  func_46(int32_t * const  p_47, int32_t  p_48, int32_t * p_49, int16_t  p_50, int32_t * p_51);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_18 g_24 g_37 g_38 g_77 g_95 g_94 g_219.f5.f1 g_217.f5.f0 g_217.f5.f1 g_98 g_356 g_219.f0 g_221.f5.f0 g_206 g_217.f4 g_235 g_236 g_171 g_219.f4 g_379 g_215.f8 g_219.f5.f0 g_221.f7 g_406 g_182.f0 g_182.f7 g_221.f1 g_219.f3 g_215.f6 g_182.f8 g_274 g_217.f6 g_219.f7 g_217.f5 g_416 g_357 g_133 g_221.f6 g_542 g_543 g_165 g_219.f1 g_221.f4 g_1055 g_823 g_1041 g_217.f8 g_215.f5.f1 g_217.f7 g_1338 g_269 g_1029 g_182.f1 g_182.f5.f0 g_876 g_221.f8 g_1443 g_971 g_927 g_215.f4 g_1133 g_221.f5.f1 g_182.f3 g_1298 g_1516 g_182.f2 g_1559 g_787 g_1567 g_1306 g_652 g_696 g_215.f2 g_667 g_1378 g_1379 g_1603 g_1376 g_1377 g_214 g_215 g_1876 g_1877 g_1861 g_217.f1 g_221.f3
 * writes: g_18 g_24 g_77 g_38 g_94 g_95 g_98 g_217.f5.f1 g_206 g_165 g_379 g_171 g_133 g_236 g_182.f6 g_219.f0 g_219.f4 g_221.f1 g_215.f0 g_215.f6 g_416 g_417 g_217.f6 g_215.f1 g_182.f1 g_221.f4 g_221.f6 g_579 g_823 g_217.f8 g_1055 g_1431 g_542 g_652 g_1443 g_1277 g_182.f5.f0 g_646 g_1133 g_971 g_1507 g_1298 g_1559 g_217.f4 g_221.f8 g_1380 g_1029 g_2219 g_2222
 */
static uint8_t  func_1(void)
{ /* block id: 0 */
    const int64_t l_23 = 0x7FB07D0D1D847576LL;
    int32_t l_1470 = 0xCA1A1DF2L;
    int64_t l_1477[10] = {0x4A7C58B793E5126FLL,0x4A7C58B793E5126FLL,0x4A7C58B793E5126FLL,0x4A7C58B793E5126FLL,0x4A7C58B793E5126FLL,0x4A7C58B793E5126FLL,0x4A7C58B793E5126FLL,0x4A7C58B793E5126FLL,0x4A7C58B793E5126FLL,0x4A7C58B793E5126FLL};
    struct S0 l_1492 = {2,-2635};
    uint8_t **l_1504[6] = {&g_1431,&g_1431,&g_1431,&g_1431,&g_1431,&g_1431};
    uint8_t l_1536 = 0UL;
    int64_t l_1550 = 0x6895FB78B4AF49A5LL;
    int8_t l_1586 = 0x5FL;
    uint64_t *l_1595[7][8] = {{&g_108,&g_77,&g_108,&g_823,&g_823,&g_108,&g_77,&g_108},{&g_823,&g_221.f6,&g_108,&g_77,&g_182.f6,(void*)0,&g_182.f6,&g_77},{&g_823,&g_182.f6,&g_823,&g_823,&g_77,(void*)0,&g_108,&g_108},{&g_108,&g_221.f6,&g_823,&g_823,&g_221.f6,&g_108,&g_77,&g_182.f6},{&g_108,&g_77,&g_108,&g_221.f6,&g_77,&g_221.f6,&g_108,&g_77},{&g_823,&g_108,(void*)0,&g_221.f6,&g_182.f6,&g_823,&g_823,&g_182.f6},{&g_823,&g_182.f6,&g_182.f6,&g_823,&g_823,&g_77,&g_823,&g_108}};
    int8_t l_1631 = 0x08L;
    const int16_t *l_1667 = (void*)0;
    int32_t l_1716[5] = {0x51C061FBL,0x51C061FBL,0x51C061FBL,0x51C061FBL,0x51C061FBL};
    const struct S1 l_1738 = {0x9477L,-1L,0xCBL,0x17L,0xE8C7L,{8,-3228},18446744073709551615UL,-4L,0x025C28C7L};
    uint32_t l_1818 = 0x232038BEL;
    int64_t **l_1862 = &g_1861;
    uint8_t l_1895 = 0UL;
    int32_t l_1937[6][8];
    struct S1 **l_1997 = (void*)0;
    int16_t ***l_2093 = &g_407[0];
    int16_t ****l_2092 = &l_2093;
    int32_t **l_2109 = (void*)0;
    const struct S0 *** const *l_2140 = &g_615;
    const struct S0 *** const **l_2139 = &l_2140;
    int32_t l_2214 = 0xB19ADC55L;
    uint16_t ***l_2216 = &g_544;
    uint16_t l_2217 = 0xEB21L;
    int32_t *****l_2218 = &g_865[0][2];
    int32_t l_2220 = 0x5795398DL;
    int32_t ** const ** const *l_2221 = (void*)0;
    int64_t l_2231 = 0xECBB81FF36D592E7LL;
    int8_t l_2241 = 1L;
    int32_t *l_2242 = &l_1937[1][3];
    int32_t *l_2243 = &l_1937[1][3];
    int32_t *l_2244 = &l_1937[1][3];
    int32_t *l_2245 = &l_1470;
    int32_t *l_2246 = &l_1937[1][3];
    int32_t *l_2247 = &g_1338;
    int32_t *l_2248[2];
    int8_t l_2249 = 1L;
    uint64_t l_2250[2][7][7] = {{{1UL,0x5E0FFBB8F9924089LL,0UL,0xA3D292CAE7F23507LL,0xA78B87F614554C47LL,0x2FA83594A9BF095ELL,0x5E0FFBB8F9924089LL},{0xA10BEFF45BC2F7AALL,0x114C03963A37E8DDLL,0x6F4A3E529422D7DDLL,0xA19FBDA79B5EFEC0LL,0x2CBE2FDE95CDB920LL,1UL,0xA10BEFF45BC2F7AALL},{0xA62A0674C4286AC1LL,0x5E0FFBB8F9924089LL,0x61749CAE8350BD1CLL,0x2CBE2FDE95CDB920LL,0xA59868FD6B381458LL,0x114C03963A37E8DDLL,0xCA20C3A654627E13LL},{18446744073709551615UL,18446744073709551615UL,0x2FA83594A9BF095ELL,18446744073709551615UL,0x5E0FFBB8F9924089LL,0x2FA83594A9BF095ELL,0xA78B87F614554C47LL},{18446744073709551614UL,0x2B3BF89C8AA241CFLL,0x5B5E9356256E6D6BLL,0xEAB802EFAD0987D9LL,0x36BF669DB1572890LL,0xCA20C3A654627E13LL,0xA78B87F614554C47LL},{0xF0B291B26C7D905ALL,18446744073709551614UL,0xCA20C3A654627E13LL,0x10F0F183368BC4FCLL,0xA78B87F614554C47LL,0x10F0F183368BC4FCLL,0xCA20C3A654627E13LL},{0x661701DABD2DE31BLL,0x661701DABD2DE31BLL,0UL,0x3718983E9A772231LL,18446744073709551615UL,0x684543A18D573CE4LL,0xA10BEFF45BC2F7AALL}},{{0xA59868FD6B381458LL,0xCA20C3A654627E13LL,0x840F3624F4D23004LL,0x5E0FFBB8F9924089LL,1UL,0xA62A0674C4286AC1LL,0x5E0FFBB8F9924089LL},{0xF0B291B26C7D905ALL,18446744073709551615UL,0x10F0F183368BC4FCLL,0x2CBE2FDE95CDB920LL,18446744073709551615UL,0xF0B291B26C7D905ALL,0x2B3BF89C8AA241CFLL},{18446744073709551615UL,0xD8D2CE392085BA57LL,18446744073709551615UL,0xEAB802EFAD0987D9LL,0xA62A0674C4286AC1LL,0xA3D292CAE7F23507LL,0x114C03963A37E8DDLL},{0x5B5E9356256E6D6BLL,0x2FA83594A9BF095ELL,0x2AC31543DE186F55LL,0x5B5E9356256E6D6BLL,1UL,9UL,0x10F0F183368BC4FCLL},{0UL,0xCA20C3A654627E13LL,0x2AC31543DE186F55LL,0x67E5E78A6643504ALL,3UL,0UL,0UL},{0xCA20C3A654627E13LL,0x10F0F183368BC4FCLL,0xA78B87F614554C47LL,0x10F0F183368BC4FCLL,0xCA20C3A654627E13LL,18446744073709551614UL,0xF0B291B26C7D905ALL},{0x61749CAE8350BD1CLL,0x684543A18D573CE4LL,9UL,0xF0B291B26C7D905ALL,0xBD89B403B14CF819LL,18446744073709551615UL,0xA62A0674C4286AC1LL}}};
    int i, j, k;
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 8; j++)
            l_1937[i][j] = 0x10644F25L;
    }
    for (i = 0; i < 2; i++)
        l_2248[i] = (void*)0;
    if (g_2)
    { /* block id: 1 */
        uint32_t l_13 = 1UL;
        uint8_t *l_1441 = &g_652[1];
        uint8_t *l_1442 = &g_1443;
        int32_t l_1444 = 0x9CCA7949L;
        int32_t l_1468[3];
        struct S1 l_1495 = {0xC7BFL,0x7A4755F28837C1E2LL,8L,1L,0xD77AL,{17,1735},6UL,1L,0xDEDBFB51L};
        int16_t * const *l_1534 = (void*)0;
        int16_t * const **l_1533 = &l_1534;
        int16_t * const ***l_1532 = &l_1533;
        int32_t *l_1535[10] = {&l_1468[0],&l_1468[0],&l_1468[0],&l_1468[0],&l_1468[0],&l_1468[0],&l_1468[0],&l_1468[0],&l_1468[0],&l_1468[0]};
        uint32_t **l_1597 = &g_357;
        uint32_t l_1608 = 0x742049BDL;
        int32_t *l_1635 = (void*)0;
        uint16_t *l_1700 = &l_1495.f4;
        uint64_t l_1706 = 0x3D5A63DC9147226BLL;
        uint32_t l_1708 = 0x31273244L;
        int16_t l_1714 = 1L;
        int16_t ***l_1763 = &g_407[0];
        int16_t ****l_1762 = &l_1763;
        int32_t ****l_1777 = &g_866;
        int16_t l_1832 = 0xBF39L;
        int i;
        for (i = 0; i < 3; i++)
            l_1468[i] = 0xD078245CL;
        if (((safe_sub_func_int8_t_s_s((safe_add_func_uint16_t_u_u((safe_div_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_u((0xBEA5223FA3A92BD4LL > (safe_add_func_uint32_t_u_u(l_13, g_2))), 0)), ((func_14((safe_div_func_uint8_t_u_u(9UL, (g_18 = g_2)))) , g_18) && ((*l_1442) |= (((*l_1441) = (func_19(func_14(func_14(g_18)), g_2, l_23) , l_23)) > l_23))))), l_1444)), 0x76L)) == l_13))
        { /* block id: 763 */
            int32_t l_1445[7][10][3] = {{{0x63319CBDL,0L,0xAD4ACCB1L},{(-10L),(-3L),(-5L)},{0xBDFCDD18L,0xBBCF1C1CL,0x8CC36C21L},{0x7211ACCCL,1L,(-10L)},{(-7L),(-6L),0L},{(-10L),(-9L),(-10L)},{0x49B81813L,0x8CC36C21L,0x8CC36C21L},{2L,0x82C5F8A4L,(-5L)},{0xF3DAEBC9L,1L,0xAD4ACCB1L},{6L,0L,0x93F7147DL}},{{0xAD4ACCB1L,(-7L),(-1L)},{(-1L),0L,0x3F4CC770L},{0xD67AFC8BL,1L,0xD67AFC8BL},{(-1L),0x82C5F8A4L,0x7211ACCCL},{0xBBCF1C1CL,0x8CC36C21L,0x63319CBDL},{0x3F4CC770L,(-9L),0x86BA3FBCL},{1L,(-6L),0L},{0x3F4CC770L,1L,(-10L)},{0xBBCF1C1CL,0xBBCF1C1CL,1L},{(-1L),(-3L),0x37BDD0A9L}},{{0xD67AFC8BL,0L,0xBBCF1C1CL},{(-1L),1L,0xE0930644L},{0xAD4ACCB1L,0xD67AFC8BL,0xBBCF1C1CL},{6L,0x06C45449L,0x37BDD0A9L},{0xF3DAEBC9L,1L,1L},{2L,(-2L),(-10L)},{0x49B81813L,0xBDFCDD18L,0L},{(-10L),0x8BA99B87L,0x86BA3FBCL},{(-7L),0xBDFCDD18L,0x63319CBDL},{0x7211ACCCL,(-2L),0x7211ACCCL}},{{0xBDFCDD18L,1L,0xD67AFC8BL},{(-10L),0x06C45449L,0x3F4CC770L},{0x63319CBDL,0xD67AFC8BL,(-1L)},{0xB3884041L,1L,0x93F7147DL},{0x63319CBDL,0L,0xAD4ACCB1L},{(-10L),(-3L),(-5L)},{0xBDFCDD18L,0xBBCF1C1CL,0x8CC36C21L},{0x7211ACCCL,1L,(-10L)},{(-7L),(-6L),0L},{(-10L),(-9L),(-10L)}},{{0x49B81813L,0x8CC36C21L,0x8CC36C21L},{2L,0x82C5F8A4L,(-5L)},{0xF3DAEBC9L,1L,0xAD4ACCB1L},{6L,0L,0x93F7147DL},{0xAD4ACCB1L,(-7L),(-1L)},{(-1L),0L,0x3F4CC770L},{0xD67AFC8BL,1L,0xD67AFC8BL},{(-1L),0x82C5F8A4L,0x7211ACCCL},{0xBBCF1C1CL,0x8CC36C21L,0x63319CBDL},{0x3F4CC770L,(-9L),0x86BA3FBCL}},{{0x49B81813L,(-7L),0xBDFCDD18L},{0x7211ACCCL,(-3L),0xB3884041L},{0xAD4ACCB1L,0xAD4ACCB1L,(-6L)},{0x37BDD0A9L,1L,0x86BA3FBCL},{(-10L),0xBBCF1C1CL,0xAD4ACCB1L},{(-10L),0x8BA99B87L,0x3F4CC770L},{1L,(-10L),0xAD4ACCB1L},{2L,(-5L),0x86BA3FBCL},{0L,0x49B81813L,(-6L)},{0x93F7147DL,1L,0xB3884041L}},{{0xF3DAEBC9L,0x8CC36C21L,0xBDFCDD18L},{0xB3884041L,1L,0xE0930644L},{0L,0x8CC36C21L,0xD67AFC8BL},{2L,1L,2L},{0x8CC36C21L,0x49B81813L,(-10L)},{(-10L),(-5L),0x7211ACCCL},{0xD67AFC8BL,(-10L),0L},{6L,0x8BA99B87L,(-1L)},{0xD67AFC8BL,0xBBCF1C1CL,1L},{(-10L),1L,0xA7D306FDL}}};
            int32_t l_1469 = 0x2CA9B161L;
            int32_t l_1472 = (-10L);
            int32_t l_1473 = 0xA0630AD4L;
            int16_t **l_1510 = (void*)0;
            int64_t l_1531[5][8][1] = {{{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL},{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL},{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL}},{{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL},{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL},{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL}},{{0x17C0F42B780A56A4LL},{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL},{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL},{0x15A1F99290EE0DF4LL}},{{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL},{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL},{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL}},{{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL},{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL},{0x17C0F42B780A56A4LL},{0x15A1F99290EE0DF4LL},{0x17C0F42B780A56A4LL}}};
            int32_t l_1555 = 0L;
            int32_t l_1556 = 0x695DD6FDL;
            int32_t l_1558[6][4][5] = {{{0xC60FA7DCL,0L,0xA54E9B93L,0x692E45D1L,0xAB5B926CL},{(-1L),3L,(-1L),3L,(-1L)},{(-1L),0L,(-2L),0x21E2F60DL,0x692E45D1L},{0x4D123021L,3L,(-5L),0x93BF03A1L,0x94AEF61CL}},{{0x249B4E85L,(-2L),0x692E45D1L,0L,0x692E45D1L},{0x93BF03A1L,0x93BF03A1L,(-1L),(-5L),(-1L)},{0x692E45D1L,5L,1L,0xA54E9B93L,0xAB5B926CL},{(-1L),0xDD4E4943L,0x94AEF61CL,(-1L),3L}},{{1L,5L,5L,1L,(-2L)},{3L,0x93BF03A1L,1L,(-1L),0x7B51D172L},{1L,(-2L),0x69AF2022L,0x249B4E85L,5L},{0xDD4E4943L,3L,(-1L),(-1L),3L}},{{0xAB5B926CL,0L,0xE050F4CAL,1L,(-1L)},{0L,3L,0x93BF03A1L,(-1L),1L},{0L,0L,(-1L),0xA54E9B93L,0xA54E9B93L},{0L,(-1L),0L,(-5L),0xCC6CC147L}},{{0xAB5B926CL,0xE050F4CAL,0x249B4E85L,0L,0x21E2F60DL},{0xDD4E4943L,(-1L),0x7B51D172L,0x93BF03A1L,0xDC6C8A14L},{(-2L),0x692E45D1L,0L,0x692E45D1L,(-2L)},{1L,0x4D123021L,0xCC6CC147L,0x93BF03A1L,(-1L)}},{{0xAB5B926CL,5L,(-1L),0x249B4E85L,0xA54E9B93L},{0xEF40BE95L,0xCC6CC147L,(-1L),0x4D123021L,(-1L)},{0x249B4E85L,0x249B4E85L,0L,(-1L),(-2L)},{(-1L),0x94AEF61CL,0L,(-1L),(-5L)}}};
            struct S0 * const **l_1569 = &g_1568[3];
            int32_t l_1585 = 0xD8656344L;
            int i, j, k;
            for (g_94 = 0; (g_94 >= 0); g_94 -= 1)
            { /* block id: 766 */
                uint16_t l_1467 = 65534UL;
                int32_t *l_1471[3][10] = {{&g_1338,&l_1470,(void*)0,&g_1338,&g_1338,(void*)0,&l_1470,&g_1338,&l_1468[0],(void*)0},{(void*)0,&l_1470,&g_1338,&l_1468[0],(void*)0,&l_1468[0],&g_1338,&l_1470,(void*)0,&g_1338},{(void*)0,&l_1470,&g_1338,(void*)0,&l_1470,&l_1470,(void*)0,&g_1338,&l_1470,(void*)0}};
                uint16_t l_1474 = 65533UL;
                int8_t *l_1480 = (void*)0;
                int8_t *l_1481 = &g_971;
                int16_t l_1514 = 0x5379L;
                int8_t l_1515[8][8] = {{4L,0xBCL,(-1L),(-1L),0xBCL,4L,0L,(-10L)},{0x65L,0xBCL,0x69L,(-1L),2L,4L,(-10L),(-10L)},{4L,0xBCL,(-1L),(-1L),0xBCL,4L,0L,(-10L)},{0x65L,0xBCL,0x69L,(-1L),2L,4L,(-10L),(-10L)},{4L,0xBCL,(-1L),(-1L),0xBCL,4L,0L,(-10L)},{0x65L,0xBCL,0x69L,(-1L),2L,4L,(-10L),(-10L)},{4L,0xBCL,(-1L),(-1L),0xBCL,4L,0L,(-10L)},{0x65L,0xBCL,0x69L,(-1L),2L,4L,(-10L),(-10L)}};
                int32_t *l_1553[2];
                int i, j;
                for (i = 0; i < 2; i++)
                    l_1553[i] = &l_1470;
                for (g_1277 = 0; (g_1277 <= 0); g_1277 += 1)
                { /* block id: 769 */
                    const int32_t l_1450 = 0x9A31CE4EL;
                    for (g_165 = 6; (g_165 >= 2); g_165 -= 1)
                    { /* block id: 772 */
                        return l_1445[3][6][2];
                    }
                    for (g_542 = 0; (g_542 <= 6); g_542 += 1)
                    { /* block id: 777 */
                        uint32_t *l_1457 = (void*)0;
                        uint32_t *l_1458[4][6] = {{&g_1277,&g_98,&g_1277,&g_1277,&g_98,&g_1277},{&g_1277,&g_98,&g_1277,&g_1277,&g_98,&g_1277},{&g_1277,&g_98,&g_1277,&g_1277,&g_98,&g_1277},{&g_1277,&g_98,&g_1277,&g_1277,&g_98,&g_1277}};
                        int i, j;
                        l_1468[0] = ((safe_mod_func_uint64_t_u_u((safe_mod_func_int16_t_s_s(l_1450, ((safe_mod_func_uint64_t_u_u((!(safe_sub_func_uint8_t_u_u((+(g_182.f5.f0 = l_1445[3][6][2])), ((safe_mul_func_int16_t_s_s((((safe_sub_func_int64_t_s_s(((safe_add_func_uint64_t_u_u(18446744073709551608UL, 0x8A72E223A447903CLL)) | ((0x9266460ABAD2987ELL & g_219.f0) ^ (safe_add_func_int16_t_s_s(0xF80EL, 65535UL)))), 18446744073709551614UL)) || g_94) >= g_971), l_1467)) , 2L)))), 0xDF57E3E6B272B820LL)) || g_221.f4))), g_927)) == g_215.f4);
                        return l_1444;
                    }
                }
                ++l_1474;
                for (g_646 = 0; (g_646 <= 8); g_646 += 1)
                { /* block id: 786 */
                    (*g_1055) |= l_1477[4];
                }
                if (((safe_mul_func_uint8_t_u_u(((((((*l_1481) = 2L) != (((safe_mod_func_int32_t_s_s((*g_1055), (*g_1029))) , l_1477[4]) || (l_1477[8] | (safe_rshift_func_int8_t_s_s((safe_sub_func_int8_t_s_s(g_876, (+(!(-10L))))), 4))))) > ((safe_div_func_uint16_t_u_u(g_98, (l_1492 , l_1472))) > g_221.f5.f1)) , l_1444) == 0UL), g_94)) , l_13))
                { /* block id: 790 */
                    uint8_t **l_1506 = &g_1431;
                    uint8_t ***l_1505 = &l_1506;
                    int32_t l_1511 = (-10L);
                    int8_t l_1512[10] = {6L,0x34L,6L,6L,0x34L,6L,6L,0x34L,6L,6L};
                    int16_t *l_1513 = &g_1298[2];
                    int32_t *l_1554 = &g_38;
                    int32_t l_1557[3][9][6] = {{{0x81E85631L,0x4208DEAFL,0x5D0BFADDL,0x806EB5FBL,0L,4L},{0x0F1F8F9CL,0x806EB5FBL,0x01B05732L,0xA732EE3FL,0xB502BD26L,0x4208DEAFL},{0xA732EE3FL,0xB502BD26L,0x4208DEAFL,(-1L),0xCDBBC35AL,0x2562C0F5L},{(-3L),7L,0xFDBB4BDCL,0x693C687BL,0xD5D1700BL,0xC324938BL},{0xD5D1700BL,(-3L),0L,0L,0x2562C0F5L,0x0F1F8F9CL},{1L,0xB722023CL,6L,0x61529133L,0xA477A49FL,0x2562C0F5L},{1L,1L,0xA477A49FL,(-3L),0L,0L},{2L,0x61529133L,0L,0xEF709FA4L,(-2L),0xEF709FA4L},{(-3L),0x806EB5FBL,(-3L),0x558B1300L,0x464AAFACL,(-3L)}},{{1L,0L,0x01B05732L,4L,0L,0xB722023CL},{0x693C687BL,(-3L),(-2L),4L,7L,0x558B1300L},{1L,0x89B03186L,0L,0x558B1300L,0L,0x16E75B72L},{(-3L),0x8DCCC50CL,0xA7E8755DL,0xEF709FA4L,0L,(-2L)},{2L,(-1L),4L,(-3L),6L,(-1L)},{1L,1L,0x5D0BFADDL,0x61529133L,0xC324938BL,7L},{0L,1L,6L,0x01B05732L,0xB836C1BCL,0L},{0xCDBBC35AL,(-2L),3L,0xB722023CL,0x5D0BFADDL,0L},{0L,0xA477A49FL,0x558B1300L,0x806EB5FBL,(-1L),(-1L)}},{{0L,0xA732EE3FL,0xA732EE3FL,0L,0xDAA6DDB9L,1L},{0x5D0BFADDL,0xA7E8755DL,0L,3L,(-1L),0x8DCCC50CL},{1L,0x4208DEAFL,0x0F1F8F9CL,0x1720CE88L,(-1L),2L},{0xBFBBE575L,0xA7E8755DL,0xB836C1BCL,0xD5D1700BL,0xDAA6DDB9L,1L},{0x01B05732L,0xA732EE3FL,0xB502BD26L,0x4208DEAFL,(-1L),0xCDBBC35AL},{0x0F1F8F9CL,0xA477A49FL,0L,1L,0x5D0BFADDL,0x01B05732L},{5L,(-2L),0L,0L,0xB836C1BCL,0xDAA6DDB9L},{(-2L),1L,0x12DAD488L,0L,0xC324938BL,0x693C687BL},{0x61529133L,1L,0L,0x5D0BFADDL,6L,4L}}};
                    int i, j, k;
                    (*g_1029) ^= (l_1511 = (safe_lshift_func_uint16_t_u_u(((l_1495 , l_1477[4]) , ((((((safe_add_func_uint8_t_u_u(((*l_1441) = ((((*l_1513) &= ((((((safe_lshift_func_uint16_t_u_u((18446744073709551614UL >= (safe_add_func_uint16_t_u_u(((4294967295UL <= ((safe_mul_func_int8_t_s_s(((l_23 , &g_1431) != (g_1507 = ((*l_1505) = (l_1504[1] = &g_1431)))), (((((safe_lshift_func_int8_t_s_u(0xB9L, 0)) , (void*)0) != l_1510) && 1UL) , g_182.f3))) != g_219.f3)) < l_1511), l_1512[5]))), 5)) <= (-1L)) & g_379[2]) | g_182.f1) ^ 0x070EL) , 0x1362L)) , l_1514) > 0x60L)), l_1512[8])) && 246UL) && 0L) ^ l_1515[2][3]) <= l_1511) < g_1516)), l_1477[4])));
                    if ((safe_mod_func_int16_t_s_s((safe_mod_func_int32_t_s_s((safe_sub_func_int8_t_s_s(((safe_mod_func_int32_t_s_s(l_1445[3][6][2], (safe_mul_func_uint16_t_u_u((l_1492.f0 >= ((((&g_1302 == (((safe_div_func_int64_t_s_s(((safe_rshift_func_int8_t_s_u(l_1531[0][5][0], ((*l_1442) = (g_927 > l_1512[5])))) && ((((void*)0 != l_1532) & l_1470) | 0xEAD1751AEFFCEFD5LL)), l_1469)) ^ 0x32L) , &g_1302)) == 0x8AL) ^ 0x7EL) , 0x8FC229F2L)), 0x8518L)))) ^ g_219.f5.f0), l_1477[0])), (-1L))), l_1495.f5.f1)))
                    { /* block id: 799 */
                        int32_t l_1543 = 0x7EB35F73L;
                        int32_t l_1551 = 0x9040E6EEL;
                        int32_t **l_1552 = &g_416;
                        (*l_1552) = func_39(l_1535[2], ((g_182.f0 < 0xF67806EEAF98EA44LL) , (l_1554 = func_39(((*l_1552) = func_27(&l_1468[0], l_1536, ((g_1133 == (((*l_1481) = (safe_rshift_func_int8_t_s_u((safe_lshift_func_int16_t_s_s(l_1543, 15)), (safe_div_func_int32_t_s_s((l_1551 = (safe_add_func_int64_t_s_s(0x4850851F4AD9F7C9LL, ((((safe_add_func_int32_t_s_s(l_1543, l_1550)) == l_1470) ^ l_1512[1]) != g_182.f2)))), (*g_1055)))))) >= 0L)) , l_1492.f1), (*g_1055))), l_1553[0], &l_1511, g_182.f8))), l_1553[0], l_1512[5]);
                    }
                    else
                    { /* block id: 805 */
                        --g_1559;
                        if ((*l_1554))
                            continue;
                    }
                }
                else
                { /* block id: 809 */
                    (*g_787) &= (safe_lshift_func_int16_t_s_s((-2L), 3));
                }
                for (g_217.f4 = 0; (g_217.f4 <= 6); g_217.f4 += 1)
                { /* block id: 814 */
                    uint32_t l_1577[1];
                    int32_t l_1584 = 0x2BE3C18FL;
                    uint32_t l_1588[2][1][8] = {{{1UL,1UL,0x63133695L,1UL,1UL,0x63133695L,1UL,1UL}},{{4294967295UL,1UL,4294967295UL,4294967295UL,1UL,4294967295UL,4294967295UL,1UL}}};
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                        l_1577[i] = 0UL;
                    for (g_77 = 0; (g_77 <= 6); g_77 += 1)
                    { /* block id: 817 */
                        int16_t l_1564[6] = {0xD547L,0xD41AL,0xD41AL,0xD547L,0xD41AL,0xD41AL};
                        int i;
                        (*g_787) = l_1492.f0;
                        return l_1564[2];
                    }
                    for (l_1556 = 0; l_1556 < 3; l_1556 += 1)
                    {
                        for (g_221.f1 = 0; g_221.f1 < 10; g_221.f1 += 1)
                        {
                            l_1471[l_1556][g_221.f1] = &l_1470;
                        }
                    }
                    (*g_1055) &= ((safe_div_func_int16_t_s_s(((l_1569 = g_1567) != (void*)0), (~(g_182.f8 >= ((safe_sub_func_uint16_t_u_u((((safe_mul_func_uint8_t_u_u((g_823 >= (safe_div_func_int64_t_s_s(((l_1577[0] = 0xDE46L) & (l_1492.f1 && (safe_add_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_u(((0xDED59861FF7F9958LL ^ g_1306[0][4][0]) > (((l_1584 > 0x577EL) < 0x10L) <= 0x2FD54E7F557D40DCLL)), l_1492.f1)), g_652[5])), g_696)))), g_215.f2))), 0x36L)) || l_1585) > l_1584), l_1492.f1)) > g_667))))) == l_1586);
                    for (g_221.f8 = 6; (g_221.f8 >= 0); g_221.f8 -= 1)
                    { /* block id: 827 */
                        int32_t *l_1587[8] = {&l_1555,&l_1555,&l_1555,&l_1555,&l_1555,&l_1555,&l_1555,&l_1555};
                        int i;
                        l_1535[2] = l_1587[1];
                    }
                    for (l_1536 = 0; (l_1536 <= 6); l_1536 += 1)
                    { /* block id: 832 */
                        struct S0 *l_1592 = &g_217.f5;
                        struct S0 **l_1591 = &l_1592;
                        (*g_1055) |= l_1472;
                        --l_1588[1][0][5];
                        (*l_1591) = ((**g_1378) = (void*)0);
                        (*g_235) = (*g_235);
                    }
                }
            }
        }
        else
        { /* block id: 841 */
            const int16_t l_1596 = 0x482AL;
            struct S0 l_1602 = {9,-16327};
            uint64_t *l_1607 = (void*)0;
            struct S0 * const ***l_1629[5][4] = {{&g_1567,&g_1567,(void*)0,&g_1567},{&g_1567,&g_1567,&g_1567,&g_1567},{&g_1567,&g_1567,&g_1567,&g_1567},{(void*)0,&g_1567,(void*)0,&g_1567},{&g_1567,&g_1567,&g_1567,&g_1567}};
            struct S0 * const ****l_1628[2][10][3] = {{{&l_1629[0][0],(void*)0,&l_1629[0][0]},{(void*)0,&l_1629[0][0],(void*)0},{&l_1629[0][0],(void*)0,&l_1629[0][0]},{&l_1629[0][0],(void*)0,&l_1629[0][2]},{&l_1629[2][1],&l_1629[1][1],&l_1629[0][0]},{&l_1629[4][0],&l_1629[0][0],&l_1629[0][0]},{&l_1629[2][1],&l_1629[0][0],&l_1629[2][1]},{&l_1629[0][3],(void*)0,&l_1629[0][0]},{&l_1629[0][0],&l_1629[0][0],&l_1629[0][0]},{&l_1629[0][0],(void*)0,&l_1629[4][0]}},{{&l_1629[0][0],&l_1629[0][0],&l_1629[1][2]},{&l_1629[0][0],&l_1629[0][0],&l_1629[0][0]},{&l_1629[0][0],&l_1629[1][1],&l_1629[1][2]},{&l_1629[0][3],&l_1629[0][2],&l_1629[4][0]},{&l_1629[2][1],&l_1629[1][1],&l_1629[0][0]},{&l_1629[4][0],&l_1629[0][0],&l_1629[0][0]},{&l_1629[2][1],&l_1629[0][0],&l_1629[2][1]},{&l_1629[0][3],(void*)0,&l_1629[0][0]},{&l_1629[0][0],&l_1629[0][0],&l_1629[0][0]},{&l_1629[0][0],(void*)0,&l_1629[4][0]}}};
            const uint32_t l_1632 = 0x94E21FD5L;
            int32_t l_1660 = 0x589EEFBBL;
            const int8_t l_1696 = 0x75L;
            uint64_t l_1739 = 0xBBF73A12F4C0EE5ALL;
            uint64_t l_1740 = 18446744073709551615UL;
            struct S1 l_1753[10][3][8] = {{{{0x73B2L,0xA3562881E12C5218LL,0xA0L,2L,0x8DA3L,{7,1624},0x7781B98A63640E46LL,0x7D54AF35L,0x4135C690L},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL}},{{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L}},{{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL},{65530UL,1L,1L,0L,65528UL,{9,-7334},18446744073709551615UL,0xAAA2ACB1L,1L},{0x73B2L,0xA3562881E12C5218LL,0xA0L,2L,0x8DA3L,{7,1624},0x7781B98A63640E46LL,0x7D54AF35L,0x4135C690L},{9UL,0xB4A46145D1831C54LL,0xC5L,0x19L,65535UL,{20,-15070},0xF6DBF415E66197CFLL,0L,0x4BBB07F1L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL}}},{{{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L}},{{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL},{9UL,0xB4A46145D1831C54LL,0xC5L,0x19L,65535UL,{20,-15070},0xF6DBF415E66197CFLL,0L,0x4BBB07F1L},{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L}},{{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L}}},{{{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{9UL,0xB4A46145D1831C54LL,0xC5L,0x19L,65535UL,{20,-15070},0xF6DBF415E66197CFLL,0L,0x4BBB07F1L},{0xB4F6L,0x134630BBA686C3DCLL,0xEAL,-2L,0UL,{0,6134},0xA307BBAEB6A77996LL,0x0E973C56L,0x8B8E6A95L},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L}},{{65530UL,1L,1L,0L,65528UL,{9,-7334},18446744073709551615UL,0xAAA2ACB1L,1L},{0x73B2L,0xA3562881E12C5218LL,0xA0L,2L,0x8DA3L,{7,1624},0x7781B98A63640E46LL,0x7D54AF35L,0x4135C690L},{9UL,0xB4A46145D1831C54LL,0xC5L,0x19L,65535UL,{20,-15070},0xF6DBF415E66197CFLL,0L,0x4BBB07F1L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{0xB4F6L,0x134630BBA686C3DCLL,0xEAL,-2L,0UL,{0,6134},0xA307BBAEB6A77996LL,0x0E973C56L,0x8B8E6A95L},{0xB4F6L,0x134630BBA686C3DCLL,0xEAL,-2L,0UL,{0,6134},0xA307BBAEB6A77996LL,0x0E973C56L,0x8B8E6A95L},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL}},{{65530UL,1L,1L,0L,65528UL,{9,-7334},18446744073709551615UL,0xAAA2ACB1L,1L},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{65530UL,1L,1L,0L,65528UL,{9,-7334},18446744073709551615UL,0xAAA2ACB1L,1L},{0xB4F6L,0x134630BBA686C3DCLL,0xEAL,-2L,0UL,{0,6134},0xA307BBAEB6A77996LL,0x0E973C56L,0x8B8E6A95L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L}}},{{{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL}},{{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{65530UL,1L,1L,0L,65528UL,{9,-7334},18446744073709551615UL,0xAAA2ACB1L,1L},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L}},{{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{0xB4F6L,0x134630BBA686C3DCLL,0xEAL,-2L,0UL,{0,6134},0xA307BBAEB6A77996LL,0x0E973C56L,0x8B8E6A95L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L}}},{{{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{0x73B2L,0xA3562881E12C5218LL,0xA0L,2L,0x8DA3L,{7,1624},0x7781B98A63640E46LL,0x7D54AF35L,0x4135C690L},{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L},{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L},{0x73B2L,0xA3562881E12C5218LL,0xA0L,2L,0x8DA3L,{7,1624},0x7781B98A63640E46LL,0x7D54AF35L,0x4135C690L},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{65530UL,1L,1L,0L,65528UL,{9,-7334},18446744073709551615UL,0xAAA2ACB1L,1L},{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L}},{{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L}},{{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L}}},{{{0x73B2L,0xA3562881E12C5218LL,0xA0L,2L,0x8DA3L,{7,1624},0x7781B98A63640E46LL,0x7D54AF35L,0x4135C690L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{0xB4F6L,0x134630BBA686C3DCLL,0xEAL,-2L,0UL,{0,6134},0xA307BBAEB6A77996LL,0x0E973C56L,0x8B8E6A95L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L}},{{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{9UL,0xB4A46145D1831C54LL,0xC5L,0x19L,65535UL,{20,-15070},0xF6DBF415E66197CFLL,0L,0x4BBB07F1L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{9UL,0xB4A46145D1831C54LL,0xC5L,0x19L,65535UL,{20,-15070},0xF6DBF415E66197CFLL,0L,0x4BBB07F1L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L}},{{0x73B2L,0xA3562881E12C5218LL,0xA0L,2L,0x8DA3L,{7,1624},0x7781B98A63640E46LL,0x7D54AF35L,0x4135C690L},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L}}},{{{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L}},{{9UL,0xB4A46145D1831C54LL,0xC5L,0x19L,65535UL,{20,-15070},0xF6DBF415E66197CFLL,0L,0x4BBB07F1L},{65530UL,1L,1L,0L,65528UL,{9,-7334},18446744073709551615UL,0xAAA2ACB1L,1L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{0x73B2L,0xA3562881E12C5218LL,0xA0L,2L,0x8DA3L,{7,1624},0x7781B98A63640E46LL,0x7D54AF35L,0x4135C690L},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L}},{{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{9UL,0xB4A46145D1831C54LL,0xC5L,0x19L,65535UL,{20,-15070},0xF6DBF415E66197CFLL,0L,0x4BBB07F1L},{9UL,0xB4A46145D1831C54LL,0xC5L,0x19L,65535UL,{20,-15070},0xF6DBF415E66197CFLL,0L,0x4BBB07F1L},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L}}},{{{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{0x73B2L,0xA3562881E12C5218LL,0xA0L,2L,0x8DA3L,{7,1624},0x7781B98A63640E46LL,0x7D54AF35L,0x4135C690L},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{0xB4F6L,0x134630BBA686C3DCLL,0xEAL,-2L,0UL,{0,6134},0xA307BBAEB6A77996LL,0x0E973C56L,0x8B8E6A95L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L}},{{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{0xB4F6L,0x134630BBA686C3DCLL,0xEAL,-2L,0UL,{0,6134},0xA307BBAEB6A77996LL,0x0E973C56L,0x8B8E6A95L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L}},{{0xB4F6L,0x134630BBA686C3DCLL,0xEAL,-2L,0UL,{0,6134},0xA307BBAEB6A77996LL,0x0E973C56L,0x8B8E6A95L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{0xB4F6L,0x134630BBA686C3DCLL,0xEAL,-2L,0UL,{0,6134},0xA307BBAEB6A77996LL,0x0E973C56L,0x8B8E6A95L},{0x73B2L,0xA3562881E12C5218LL,0xA0L,2L,0x8DA3L,{7,1624},0x7781B98A63640E46LL,0x7D54AF35L,0x4135C690L},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L}}},{{{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{0x73B2L,0xA3562881E12C5218LL,0xA0L,2L,0x8DA3L,{7,1624},0x7781B98A63640E46LL,0x7D54AF35L,0x4135C690L},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL},{0UL,5L,0x8EL,0x23L,0xD46BL,{3,9475},18446744073709551606UL,0x6ED34176L,0xD1BAD4F5L}},{{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L}},{{0xB4F6L,0x134630BBA686C3DCLL,0xEAL,-2L,0UL,{0,6134},0xA307BBAEB6A77996LL,0x0E973C56L,0x8B8E6A95L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{0x5401L,0x2286516003C10CD3LL,0xB9L,6L,0x0458L,{18,8008},18446744073709551615UL,3L,3L},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{0xC36DL,0xD1912F51091B0C91LL,0L,1L,0x40D1L,{11,-6271},3UL,0xEB2C344DL,0x06D9FBB1L}}},{{{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{1UL,0x12ECA4AF593EA308LL,0xBFL,-5L,0xD1D7L,{14,-6794},5UL,0xF07A2BECL,0x821BA208L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{65530UL,1L,1L,0L,65528UL,{9,-7334},18446744073709551615UL,0xAAA2ACB1L,1L}},{{1UL,0x610A8B4B5D7DAEC9LL,0x60L,1L,65533UL,{17,9672},4UL,0xC3B1FE13L,1L},{9UL,0x0A6EB6567164FDC7LL,-7L,0x07L,0x3C99L,{21,2572},0UL,-1L,0x9A4E648BL},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{65535UL,-1L,0L,-1L,0x70B7L,{14,12399},1UL,0x886135FAL,-10L},{9UL,0xB4A46145D1831C54LL,0xC5L,0x19L,65535UL,{20,-15070},0xF6DBF415E66197CFLL,0L,0x4BBB07F1L},{8UL,0x2C6E551A86B12FF3LL,-3L,1L,0xBA78L,{2,16328},0xC849E763B424EF0BLL,1L,0xA85D749FL},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L},{3UL,4L,0x2FL,1L,1UL,{4,10287},18446744073709551615UL,1L,0x6E7A2A54L}},{{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{65527UL,1L,-3L,0x69L,0xE2B1L,{20,7731},0x5DD4CA1287379BFDLL,-5L,0xF9E97B2EL},{0xC2FFL,0x94A130522E11AAC5LL,1L,0L,3UL,{17,9594},0x538DA8413FFDA278LL,0L,0L},{0x240BL,8L,0L,-1L,0xF3FBL,{21,9616},18446744073709551615UL,0x8450768EL,1L},{65532UL,0x038BB38D6B92DCABLL,0L,6L,1UL,{14,7},0xD97B517C163FF1B9LL,0x017A9D3BL,-1L},{9UL,0xB4A46145D1831C54LL,0xC5L,0x19L,65535UL,{20,-15070},0xF6DBF415E66197CFLL,0L,0x4BBB07F1L}}}};
            const int8_t *l_1754[8][5] = {{&g_1111,&g_1111,&g_1111,&g_1111,&g_1111},{&g_219.f3,&g_219.f3,&g_219.f3,&g_219.f3,&g_219.f3},{&g_1111,&g_1111,&g_1111,&g_1111,&g_1111},{&g_219.f3,&g_219.f3,&g_219.f3,&g_219.f3,&g_219.f3},{&g_1111,&g_1111,&g_1111,&g_1111,&g_1111},{&g_219.f3,&g_219.f3,&g_219.f3,&g_219.f3,&g_219.f3},{&g_1111,&g_1111,&g_1111,&g_1111,&g_1111},{&g_219.f3,&g_219.f3,&g_219.f3,&g_219.f3,&g_219.f3}};
            int8_t l_1785[7][2] = {{(-7L),(-7L)},{(-7L),(-7L)},{(-7L),(-7L)},{(-7L),(-7L)},{(-7L),(-7L)},{(-7L),(-7L)},{(-7L),(-7L)}};
            struct S0 l_1789 = {5,4556};
            int16_t *l_1838 = &g_1298[1];
            int i, j, k;
            (*g_787) &= (((safe_sub_func_uint16_t_u_u((((void*)0 != l_1595[2][7]) | (l_1596 <= ((l_1597 != (void*)0) | (safe_div_func_uint64_t_u_u((safe_mod_func_uint16_t_u_u((g_182.f2 > (l_1602 , g_1603)), (+(l_1470 = (safe_rshift_func_int16_t_s_u(((&g_876 == l_1607) ^ l_1608), l_1602.f0)))))), g_221.f5.f0))))), l_1602.f1)) , (void*)0) == (void*)0);
            for (g_182.f1 = (-6); (g_182.f1 != (-14)); g_182.f1 = safe_sub_func_int8_t_s_s(g_182.f1, 8))
            { /* block id: 846 */
                int16_t l_1617[7] = {7L,7L,7L,7L,7L,7L,7L};
                struct S0 * const ****l_1627[7];
                int32_t l_1636 = 4L;
                uint32_t l_1652 = 0x3626979BL;
                int32_t l_1653 = 0xCF1C327AL;
                int16_t l_1661[5][2] = {{0x1380L,0x1380L},{0x1380L,0x1380L},{0x1380L,0x1380L},{0x1380L,0x1380L},{0x1380L,0x1380L}};
                uint32_t l_1662[9][8][2] = {{{1UL,1UL},{0x2F4A2F82L,1UL},{1UL,0x300A81E1L},{0xC67CD0A9L,0xD4BBBACBL},{0x7CCA08E0L,0x4F4834B2L},{0UL,0x8D8B380DL},{0xE5256169L,0x2EDB9CAEL},{18446744073709551615UL,1UL}},{{18446744073709551614UL,1UL},{0x4F4834B2L,0x2F4A2F82L},{4UL,18446744073709551614UL},{0UL,0UL},{0xD4BBBACBL,18446744073709551615UL},{4UL,1UL},{0xF170D3FEL,0UL},{0x7CCA08E0L,0xF170D3FEL}},{{0x8425F74EL,0xFCC53951L},{0x8425F74EL,0xF170D3FEL},{0x7CCA08E0L,0UL},{0xF170D3FEL,1UL},{4UL,18446744073709551615UL},{0xD4BBBACBL,0UL},{0UL,0xE0635BDCL},{18446744073709551614UL,18446744073709551615UL}},{{1UL,1UL},{0xE0635BDCL,0x2F4A2F82L},{0xC67CD0A9L,4UL},{18446744073709551615UL,0x7CCA08E0L},{1UL,1UL},{1UL,1UL},{0x4513D4C7L,0x8AAAA2E6L},{0x2F4A2F82L,0x2EDB9CAEL}},{{18446744073709551615UL,0x2EDB9CAEL},{0x2F4A2F82L,0x8AAAA2E6L},{0x4513D4C7L,1UL},{1UL,1UL},{1UL,0x7CCA08E0L},{18446744073709551615UL,4UL},{0xC67CD0A9L,0x2F4A2F82L},{0xE0635BDCL,1UL}},{{1UL,18446744073709551615UL},{18446744073709551614UL,0xE0635BDCL},{0UL,0UL},{0xD4BBBACBL,18446744073709551615UL},{4UL,1UL},{0xF170D3FEL,0UL},{0x7CCA08E0L,0xF170D3FEL},{0x8425F74EL,0xFCC53951L}},{{0x8425F74EL,0xF170D3FEL},{0x7CCA08E0L,0UL},{0xF170D3FEL,1UL},{4UL,18446744073709551615UL},{0xD4BBBACBL,0UL},{0UL,0xE0635BDCL},{18446744073709551614UL,18446744073709551615UL},{1UL,1UL}},{{0xE0635BDCL,0x2F4A2F82L},{0xC67CD0A9L,4UL},{18446744073709551615UL,0x7CCA08E0L},{1UL,1UL},{1UL,1UL},{0x4513D4C7L,0x8AAAA2E6L},{0x2F4A2F82L,0x2EDB9CAEL},{18446744073709551615UL,0x2EDB9CAEL}},{{0x2F4A2F82L,0x8AAAA2E6L},{0x4513D4C7L,1UL},{1UL,1UL},{1UL,0x7CCA08E0L},{18446744073709551615UL,4UL},{0xC67CD0A9L,0x2F4A2F82L},{0xE0635BDCL,1UL},{1UL,18446744073709551615UL}}};
                int8_t *l_1679 = (void*)0;
                int8_t *l_1680 = (void*)0;
                int8_t *l_1681 = &l_1631;
                int8_t l_1695 = 8L;
                uint8_t l_1705[7][5] = {{9UL,0xE6L,255UL,0x00L,0x3CL},{255UL,0xE6L,9UL,9UL,0xE6L},{0UL,0x07L,0x1FL,0xE6L,0x3CL},{0x07L,9UL,0x1FL,255UL,0x1FL},{0x3CL,0x3CL,9UL,0UL,1UL},{0x07L,1UL,255UL,0UL,0UL},{0UL,0x95L,0UL,255UL,0x00L}};
                int32_t l_1712 = 8L;
                uint32_t l_1717 = 4294967293UL;
                struct S1 l_1761 = {0xE204L,0xBA6386C53AA60B2DLL,0xF0L,0L,0x3FD5L,{2,-14996},2UL,-1L,1L};
                struct S0 l_1790 = {19,-3028};
                int16_t l_1795[9][6] = {{(-1L),(-2L),0x2B57L,1L,(-2L),(-9L)},{0L,(-1L),0x2B57L,(-1L),0L,0x8948L},{0x7A4AL,(-1L),(-9L),0x7A4AL,(-2L),8L},{0x7A4AL,(-2L),8L,(-1L),(-1L),8L},{0L,0L,(-9L),1L,(-1L),0x8948L},{(-1L),(-2L),0x2B57L,1L,(-1L),0x7A4AL},{(-10L),1L,(-2L),1L,(-10L),(-1L)},{(-1L),1L,0x7A4AL,(-1L),(-1L),1L},{(-1L),(-1L),1L,1L,1L,1L}};
                uint32_t l_1799 = 0xBDE283BCL;
                uint32_t *l_1851[1][3][5] = {{{&g_1277,&g_1277,&g_542,&g_1277,&g_1277},{(void*)0,&g_1277,(void*)0,(void*)0,&g_1277},{&g_1277,(void*)0,(void*)0,&g_1277,(void*)0}}};
                uint8_t l_1863[9][5] = {{1UL,1UL,2UL,1UL,1UL},{0x82L,1UL,0x82L,0x82L,1UL},{1UL,0UL,0UL,1UL,0UL},{1UL,1UL,252UL,1UL,1UL},{0UL,1UL,0UL,0UL,1UL},{1UL,0x82L,0x82L,1UL,0x82L},{1UL,1UL,2UL,1UL,1UL},{0x82L,1UL,0x82L,0x82L,1UL},{1UL,0UL,0UL,1UL,0UL}};
                int i, j, k;
                for (i = 0; i < 7; i++)
                    l_1627[i] = (void*)0;
                for (g_165 = (-10); (g_165 < 6); g_165 = safe_add_func_int32_t_s_s(g_165, 1))
                { /* block id: 849 */
                    struct S0 ***l_1623[10][2] = {{&g_1379,&g_1379},{&g_1379,&g_1379},{&g_1379,(void*)0},{&g_1379,(void*)0},{&g_1379,&g_1379},{&g_1379,&g_1379},{&g_1379,&g_1379},{&g_1379,(void*)0},{&g_1379,(void*)0},{&g_1379,&g_1379}};
                    int32_t l_1624 = 1L;
                    struct S0 *****l_1630[4][3] = {{&g_1377,&g_1377,&g_1377},{&g_1377,(void*)0,&g_1377},{&g_1377,&g_1377,&g_1377},{&g_1377,(void*)0,&g_1377}};
                    int16_t *l_1645 = &l_1617[1];
                    int16_t **l_1644[5];
                    int32_t **l_1655 = &g_1029;
                    int i, j;
                    for (i = 0; i < 5; i++)
                        l_1644[i] = &l_1645;
                    if (l_1602.f0)
                        break;
                    if ((safe_lshift_func_int16_t_s_u((((safe_lshift_func_int16_t_s_s(((((l_1617[1] < l_1492.f1) == (!(safe_rshift_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(((((**g_1376) == l_1623[8][0]) ^ l_1617[1]) , l_1624), (((safe_add_func_uint16_t_u_u(0xEE66L, ((l_1628[0][0][2] = l_1627[6]) == ((*g_214) , l_1630[2][0])))) < l_1470) == g_182.f2))), 3)))) != g_182.f0) <= 0xA99FB0DCCAA27C04LL), l_1631)) && (-1L)) ^ l_1632), l_1617[3])))
                    { /* block id: 852 */
                        int32_t *l_1633[1][10][7] = {{{&g_1338,&l_1624,&g_1338,&l_1468[2],&l_1470,&l_1470,&l_1468[2]},{&l_1468[1],&g_1338,&l_1468[1],&l_1468[2],&l_1468[0],&l_1470,&g_1338},{&l_1468[2],(void*)0,&g_38,&l_1470,&l_1468[1],&l_1468[2],(void*)0},{&g_1338,(void*)0,&l_1468[0],&l_1468[1],(void*)0,&l_1470,&l_1624},{&l_1468[1],&l_1470,&l_1468[0],&l_1468[0],&l_1468[0],&l_1470,&l_1468[1]},{&l_1468[1],&l_1468[0],(void*)0,(void*)0,&l_1470,&l_1468[0],&l_1468[0]},{&g_1338,&l_1468[1],&l_1468[1],&l_1624,&l_1468[2],(void*)0,&l_1468[1]},{&l_1468[2],(void*)0,(void*)0,&g_1338,&g_1338,&l_1468[2],&g_1338},{&l_1468[1],&l_1468[0],&l_1468[0],&l_1468[1],&g_1338,&l_1624,(void*)0},{&g_1338,&l_1470,&l_1468[0],&g_38,&l_1468[2],(void*)0,&l_1468[1]}}};
                        int32_t **l_1634[9] = {&g_417[0],&g_417[0],&g_417[0],&g_417[0],&g_417[0],&g_417[0],&g_417[0],&g_417[0],&g_417[0]};
                        int i, j, k;
                        l_1635 = l_1633[0][2][5];
                        l_1636 |= 1L;
                    }
                    else
                    { /* block id: 855 */
                        int32_t l_1641 = 0L;
                        struct S0 l_1654 = {12,-4398};
                        l_1653 &= ((safe_mul_func_uint8_t_u_u(l_1624, (safe_div_func_uint8_t_u_u(l_1641, (safe_div_func_int16_t_s_s((((((l_1636 = ((void*)0 != &g_1301[0])) == (l_1644[1] != &l_1645)) <= (safe_div_func_uint32_t_u_u((0xA53CL && ((((((((safe_rshift_func_int8_t_s_s(((safe_sub_func_int64_t_s_s(g_215.f4, (g_1559 > (-1L)))) , g_38), 4)) && 0L) | (-1L)) && l_1652) || 4294967291UL) | g_1443) == (*g_37)) != l_1624)), g_1298[0]))) == l_1652) <= 65529UL), l_1641)))))) > (-1L));
                        (*g_1029) = (-7L);
                        l_1654 = l_1495.f5;
                    }
                    (*l_1655) = func_44(l_1617[1]);
                }
                l_1492.f1 = ((safe_lshift_func_int8_t_s_s((l_1602.f1 < (g_219.f1 , (safe_sub_func_uint8_t_u_u(l_1602.f1, (g_379[2] || (((((l_1660 = g_1306[0][9][1]) == (l_1661[0][1] ^= (g_77 = (l_1653 = g_215.f5.f0)))) || l_1662[6][7][1]) || ((safe_lshift_func_int16_t_s_u(((((*g_787) |= ((safe_sub_func_int16_t_s_s((l_1667 != (void*)0), l_1550)) || l_1662[6][7][1])) >= l_1632) , l_1632), 1)) <= l_1492.f0)) == 0x52AA21B7L)))))), g_221.f7)) , (*g_1055));
            }
        }
    }
    else
    { /* block id: 939 */
        const uint64_t ** const l_1864 = (void*)0;
        const uint64_t **l_1866 = (void*)0;
        const uint64_t ***l_1865 = &l_1866;
        int32_t l_1882[4][7][5] = {{{0L,0x9E4BA4E5L,0x707E28E0L,(-1L),0x74A6A36EL},{0xF26D1EE2L,0xE2DA10ACL,0xB5371582L,1L,0L},{0x707E28E0L,7L,0x22312402L,(-1L),0xE2DA10ACL},{0xB154EA43L,0x5571F9CAL,(-1L),0x6D203B38L,(-3L)},{0x94EDE484L,0x5571F9CAL,(-4L),0x3BC806AAL,(-1L)},{(-1L),7L,0xE2DA10ACL,0L,5L},{0L,0xE2DA10ACL,0L,(-3L),4L}},{{0x3BC806AAL,0x9E4BA4E5L,0xCB8F1E77L,0x9E4BA4E5L,0x3BC806AAL},{(-3L),0x43B42109L,0L,0x141FE13AL,0L},{4L,0x1B1DC044L,0x94EDE484L,0x2539712DL,0xCE46C463L},{7L,5L,8L,0x43B42109L,0L},{0x45953564L,0x2539712DL,0x74A6A36EL,0L,0x3BC806AAL},{0L,0xFF72AEA9L,0x1B1DC044L,0x7A502195L,4L},{0x5571F9CAL,0xCB8F1E77L,(-1L),0xCAC61BAFL,5L}},{{1L,(-1L),0x43B42109L,0xCE46C463L,(-1L)},{0xCB8F1E77L,0x8510E35AL,0xCE46C463L,0L,(-3L)},{0xAC69A9DDL,5L,0xCE46C463L,0xCB8F1E77L,0xE2DA10ACL},{0xA7285EB1L,0x94EDE484L,0x43B42109L,(-6L),0L},{(-10L),4L,(-1L),8L,0x74A6A36EL},{1L,(-10L),0x1B1DC044L,0x1B1DC044L,(-10L)},{0xB5371582L,(-4L),0x74A6A36EL,0x707E28E0L,0x22312402L}},{{5L,0x9CD64B8FL,8L,0x5571F9CAL,0x45953564L},{0L,0L,0x94EDE484L,(-1L),0xCF271EE0L},{5L,0x707E28E0L,0L,0xD28546E3L,1L},{0xB5371582L,(-3L),0xCB8F1E77L,1L,0x94EDE484L},{1L,1L,0L,(-1L),0x1B1DC044L},{(-10L),0xCE46C463L,0xE2DA10ACL,0L,7L},{0xA7285EB1L,0x03CF1BE4L,(-4L),0L,0L}}};
        uint32_t l_1915[3][4][10] = {{{0x4D80B7E5L,18446744073709551610UL,0x8B514E01L,0x8BB85DC8L,1UL,0xF52E6A1EL,0xF52E6A1EL,1UL,0x8BB85DC8L,0x8B514E01L},{0x8BB85DC8L,0x8BB85DC8L,0x3C1F5F02L,0x8B514E01L,0x35756157L,18446744073709551615UL,1UL,0xBCB20ABDL,18446744073709551606UL,0x1DECDD12L},{0xBCB20ABDL,0xB7F88A73L,1UL,18446744073709551608UL,0xBB7073E9L,18446744073709551608UL,1UL,0xB7F88A73L,0xBCB20ABDL,0x8BB85DC8L},{18446744073709551610UL,0x8BB85DC8L,18446744073709551606UL,0x35756157L,0x1DECDD12L,0x407BC3B0L,0xF52E6A1EL,0xBB7073E9L,0xBB7073E9L,0xF52E6A1EL}},{{0xB7F88A73L,18446744073709551610UL,0x35756157L,0x35756157L,18446744073709551610UL,0xB7F88A73L,0x4D80B7E5L,0x407BC3B0L,0xBCB20ABDL,18446744073709551615UL},{0xF52E6A1EL,0x8BB85DC8L,0xBCB20ABDL,0xB7F88A73L,1UL,18446744073709551608UL,0xBB7073E9L,18446744073709551608UL,1UL,0xB7F88A73L},{0xF52E6A1EL,18446744073709551608UL,0xF52E6A1EL,18446744073709551610UL,0x3C1F5F02L,0xBB7073E9L,0xB7F88A73L,0x35756157L,0xBCB20ABDL,0x8B514E01L},{0xBB7073E9L,0xB7F88A73L,0x35756157L,0xBCB20ABDL,0x8B514E01L,0x8B514E01L,0xBCB20ABDL,0x35756157L,0xB7F88A73L,0xBB7073E9L}},{{18446744073709551606UL,0x4D80B7E5L,0xF52E6A1EL,0x8BB85DC8L,0xBCB20ABDL,0xB7F88A73L,1UL,18446744073709551608UL,0xBB7073E9L,18446744073709551608UL},{0xA71D37E9L,0xF52E6A1EL,0xBCB20ABDL,0x4D80B7E5L,0xBCB20ABDL,0xF52E6A1EL,0xA71D37E9L,0x8B514E01L,0x407BC3B0L,0xBB7073E9L},{0xBCB20ABDL,1UL,18446744073709551615UL,0x35756157L,0x8B514E01L,0x3C1F5F02L,0x8BB85DC8L,0x8BB85DC8L,0x3C1F5F02L,0x8B514E01L},{0x407BC3B0L,1UL,1UL,0x407BC3B0L,0x3C1F5F02L,0xBCB20ABDL,0xA71D37E9L,0xBB7073E9L,0x1DECDD12L,0xB7F88A73L}}};
        int32_t l_1936 = 1L;
        int32_t l_1939 = 0x27C4DB56L;
        uint64_t l_1955 = 18446744073709551610UL;
        struct S0 l_1974 = {5,8729};
        struct S0 *****l_2056 = &g_1377;
        uint32_t l_2062 = 9UL;
        int8_t l_2066 = 0xEAL;
        uint16_t ***l_2078 = &g_544;
        int8_t **l_2128 = &g_1811;
        int i, j, k;
        (*l_1865) = l_1864;
        for (l_1550 = 21; (l_1550 < 0); l_1550--)
        { /* block id: 943 */
            int64_t l_1890 = 1L;
            int32_t l_1892 = (-1L);
            int32_t l_1938 = 0xAEB0DE8BL;
            int32_t l_1940 = 4L;
            struct S0 **l_1999 = &g_1380[0][4];
            uint8_t ***l_2009 = (void*)0;
            struct S0 *****l_2057 = &g_1377;
            int64_t **l_2088[2];
            const int32_t **l_2108 = &g_2026[1];
            int32_t *l_2115[3];
            uint8_t l_2119 = 0xA6L;
            const uint32_t l_2171 = 0UL;
            uint16_t l_2172 = 2UL;
            uint64_t l_2197 = 0UL;
            uint8_t *****l_2198 = &g_2089;
            struct S1 *l_2201 = &g_221;
            int i;
            for (i = 0; i < 2; i++)
                l_2088[i] = &g_1861;
            for (i = 0; i < 3; i++)
                l_2115[i] = &l_1939;
        }
    }
    (*g_1029) |= (((g_2219[1] = (l_2218 = l_2218)) != (((l_1716[2] ^= l_2220) > l_1738.f2) , (g_2222 = l_2221))) < (!(g_77 = (safe_add_func_int64_t_s_s((((void*)0 == (*g_1876)) & (safe_lshift_func_uint8_t_u_u((l_2231 <= (safe_rshift_func_uint16_t_u_u((3L && (safe_mul_func_uint16_t_u_u((safe_mod_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(((+0xE2FEL) > (*g_1861)), 0x2EL)), g_1338)), l_2241))), 3))), g_221.f3))), g_219.f7)))));
    l_2250[1][6][1]++;
    return (*l_2247);
}


/* ------------------------------------------ */
/* 
 * reads : g_2
 * writes:
 */
static int8_t  func_14(int64_t  p_15)
{ /* block id: 3 */
    return g_2;
}


/* ------------------------------------------ */
/* 
 * reads : g_24 g_37 g_18 g_38 g_2 g_77 g_95 g_94 g_219.f5.f1 g_217.f5.f0 g_217.f5.f1 g_98 g_356 g_219.f0 g_221.f5.f0 g_206 g_217.f4 g_235 g_236 g_171 g_219.f4 g_379 g_215.f8 g_219.f5.f0 g_221.f7 g_406 g_182.f0 g_182.f7 g_221.f1 g_219.f3 g_215.f6 g_182.f8 g_274 g_217.f6 g_219.f7 g_217.f5 g_416 g_357 g_133 g_221.f6 g_542 g_543 g_165 g_219.f1 g_221.f4 g_1055 g_823 g_1041 g_217.f8 g_215.f5.f1 g_217.f7 g_1338 g_269 g_1029 g_182.f1 g_182.f5.f0 g_876 g_221.f8
 * writes: g_24 g_77 g_38 g_94 g_95 g_98 g_217.f5.f1 g_206 g_165 g_379 g_171 g_133 g_236 g_182.f6 g_219.f0 g_219.f4 g_221.f1 g_215.f0 g_215.f6 g_416 g_417 g_18 g_217.f6 g_215.f1 g_182.f1 g_221.f4 g_221.f6 g_579 g_823 g_217.f8 g_1055 g_1431 g_542
 */
static struct S1  func_19(int32_t  p_20, const uint32_t  p_21, const uint16_t  p_22)
{ /* block id: 5 */
    int32_t *l_52[8][1][3] = {{{&g_38,&g_38,&g_38}},{{&g_38,&g_38,&g_38}},{{&g_38,&g_38,&g_38}},{{&g_38,&g_38,&g_38}},{{&g_38,&g_38,&g_38}},{{&g_38,&g_38,&g_38}},{{&g_38,&g_38,&g_38}},{{&g_38,&g_38,&g_38}}};
    const int32_t l_57 = (-3L);
    struct S0 l_62[8][6][5] = {{{{13,6955},{10,5397},{15,-13280},{12,-1169},{4,-8464}},{{5,6975},{21,930},{7,-2864},{8,13334},{6,13251}},{{2,-6650},{12,-1169},{7,-15456},{18,-5079},{7,-15456}},{{6,13251},{6,13251},{14,-2089},{17,12166},{14,-10510}},{{13,2750},{16,-1932},{13,6955},{3,-13086},{14,14521}},{{5,6975},{7,-6954},{17,12166},{3,7911},{19,1356}}},{{{8,1677},{16,-1932},{2,-6650},{10,5397},{9,-3690}},{{19,4308},{6,13251},{1,-15488},{14,-2089},{5,6975}},{{4,-3526},{12,-1169},{13,2750},{4,-10847},{11,6523}},{{19,-5913},{21,930},{17,12166},{7,-4594},{19,-5913}},{{19,12766},{10,5397},{8,1677},{4,-10847},{8,4321}},{{4,-9648},{8,13334},{14,-2089},{14,-2089},{8,13334}}},{{{14,14521},{1,2867},{4,-3526},{10,5397},{4,-12041}},{{7,-4594},{14,-2089},{7,-2864},{3,7911},{19,-5913}},{{8,4321},{15,1495},{19,12766},{3,-13086},{0,8306}},{{7,-4594},{14,-10510},{4,15470},{17,12166},{5,6975}},{{14,14521},{21,-4702},{14,14521},{18,-5079},{1,15682}},{{4,-9648},{18,14368},{21,930},{8,13334},{19,1356}}},{{{19,12766},{15,1495},{8,4321},{12,-1169},{21,-3091}},{{19,-5913},{19,4308},{7,-6954},{18,14368},{19,-5913}},{{13,6955},{21,-4702},{4,-8464},{21,-4702},{13,6955}},{{6,13251},{14,-2089},{17,12166},{14,-10510},{3,7911}},{{21,-3091},{12,-1169},{8,4321},{15,1495},{19,12766}},{{8,13334},{10,-9213},{4,15470},{14,-2089},{3,7911}}},{{{6,-4144},{15,1495},{13,6955},{1,2867},{13,6955}},{{3,7911},{4,13256},{1,-15488},{8,13334},{19,-5913}},{{18,-14324},{19,12881},{21,-3091},{10,5397},{1,7567}},{{8,13334},{19,1356},{4,-9070},{21,930},{14,-10510}},{{14,14521},{19,12881},{6,-4144},{12,-1169},{11,6523}},{{6,13251},{4,13256},{4,13256},{6,13251},{8,13334}}},{{{8,1677},{15,1495},{18,-14324},{16,-1932},{7,-15456}},{{4,-9648},{10,-9213},{4,-9070},{7,-6954},{4,-9648}},{{4,-12041},{12,-1169},{14,14521},{16,-1932},{5,6151}},{{5,6975},{14,-2089},{1,-15488},{6,13251},{19,4308}},{{1,7567},{21,-4702},{8,1677},{12,-1169},{5,-1594}},{{10,-9213},{6,13251},{4,15470},{21,930},{4,-9648}}},{{{5,6151},{18,-5079},{4,-12041},{10,5397},{4,-3526}},{{10,-9213},{7,-2864},{17,12166},{8,13334},{8,13334}},{{1,7567},{4,-10847},{1,7567},{1,2867},{0,8306}},{{5,6975},{19,-5913},{7,-6954},{14,-2089},{14,-10510}},{{4,-12041},{18,-5079},{5,6151},{15,1495},{4,-8464}},{{4,-9648},{1,-15488},{7,-6954},{14,-10510},{19,-5913}}},{{{8,1677},{21,-4702},{1,7567},{21,-4702},{8,1677}},{{6,13251},{19,4308},{17,12166},{18,14368},{3,7911}},{{14,14521},{12,-1169},{4,-12041},{15,1495},{15,-13280}},{{8,13334},{7,-6954},{4,15470},{19,4308},{3,7911}},{{18,-14324},{15,1495},{8,1677},{1,2867},{8,1677}},{{3,7911},{3,7911},{1,-15488},{4,-9070},{19,-5913}}}};
    uint64_t *l_75 = (void*)0;
    uint64_t *l_76 = &g_77;
    int32_t *l_78[10] = {(void*)0,&g_38,(void*)0,&g_38,(void*)0,&g_38,(void*)0,&g_38,(void*)0,&g_38};
    int32_t **l_1414 = &g_1055;
    struct S1 l_1440 = {65527UL,0x677061E1F8A33D84LL,0x67L,4L,65535UL,{0,-6078},1UL,0x89ED1BFFL,0x176FA055L};
    int i, j, k;
    --g_24;
    (*l_1414) = func_27(func_32(g_37, ((*l_1414) = func_39(func_44(func_46((l_52[2][0][1] = &g_38), ((((safe_div_func_int8_t_s_s(((p_22 | ((safe_add_func_int16_t_s_s((l_57 && ((((safe_mul_func_int8_t_s_s((safe_add_func_int8_t_s_s((l_62[1][1][3] , ((safe_rshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((((((safe_mul_func_uint8_t_u_u(7UL, (safe_mod_func_int64_t_s_s(l_62[1][1][3].f1, ((safe_lshift_func_uint8_t_u_s(g_18, 3)) ^ (((*l_76) = ((void*)0 == &l_57)) > p_20)))))) ^ p_20) , p_21) && p_20) , l_62[1][1][3].f1) , g_38), 0xE3ACL)), 4)) ^ l_62[1][1][3].f0)), g_2)), 0L)) || (*g_37)) | l_57) > p_21)), g_2)) , p_21)) > l_57), 0xB4L)) , (void*)0) == &l_57) , 0x22005908L), &g_38, l_62[1][1][3].f1, l_78[0])), l_78[0], l_78[0], p_22)), p_20, p_21), g_182.f5.f0, p_20, p_20);
    return l_1440;
}


/* ------------------------------------------ */
/* 
 * reads : g_182.f0 g_37 g_38 g_219.f3 g_876 g_221.f8 g_217.f4 g_165
 * writes: g_38 g_1431 g_165 g_542 g_215.f1
 */
static int32_t * func_27(int32_t * p_28, int64_t  p_29, uint16_t  p_30, int32_t  p_31)
{ /* block id: 750 */
    const uint8_t l_1422 = 255UL;
    uint8_t *l_1428 = &g_18;
    uint8_t **l_1427 = &l_1428;
    uint8_t *l_1430[10][6] = {{&g_652[5],&g_652[5],&g_652[5],(void*)0,&g_652[5],&g_652[5]},{&g_652[5],&g_18,(void*)0,(void*)0,&g_18,&g_652[5]},{&g_652[5],&g_652[5],(void*)0,&g_652[5],&g_652[5],&g_652[5]},{&g_18,&g_652[5],&g_652[5],&g_18,&g_18,&g_18},{&g_18,&g_18,&g_18,&g_652[5],&g_652[5],&g_18},{&g_652[5],&g_652[5],&g_652[5],(void*)0,&g_652[5],&g_652[5]},{&g_652[5],&g_18,&g_18,&g_18,&g_652[5],&g_18},{&g_652[5],&g_18,&g_18,&g_18,&g_652[5],&g_652[5]},{(void*)0,&g_18,&g_18,(void*)0,&g_652[5],(void*)0},{(void*)0,&g_652[5],(void*)0,&g_18,&g_18,(void*)0}};
    uint8_t **l_1429[2][2];
    struct S1 ***l_1434[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int8_t *l_1437 = &g_165;
    uint32_t l_1438 = 0x881A789BL;
    int32_t *l_1439[10] = {&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38,&g_38};
    int i, j;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_1429[i][j] = &l_1430[6][0];
    }
    (*g_37) |= (l_1422 == (p_31 & g_182.f0));
    (*g_37) ^= (safe_sub_func_uint8_t_u_u(g_219.f3, p_30));
    l_1438 |= ((((*l_1437) ^= ((((safe_lshift_func_int8_t_s_s(((void*)0 == &g_98), ((((*l_1427) = &g_18) != (g_1431 = &g_2)) < (safe_mul_func_int8_t_s_s(g_876, ((l_1434[1] == l_1434[1]) , 0xEBL)))))) <= (l_1422 && 0L)) >= g_221.f8) , g_217.f4)) , p_29) > 0xD6L);
    for (g_542 = 0; g_542 < 2; g_542 += 1)
    {
        for (g_215.f1 = 0; g_215.f1 < 2; g_215.f1 += 1)
        {
            l_1429[g_542][g_215.f1] = &l_1428;
        }
    }
    return l_1439[5];
}


/* ------------------------------------------ */
/* 
 * reads : g_1029 g_182.f1
 * writes: g_38 g_182.f1 g_417
 */
static int32_t * func_32(int32_t * const  p_33, int32_t * const  p_34, uint16_t  p_35, const int32_t  p_36)
{ /* block id: 739 */
    struct S0 l_1415[8] = {{8,7795},{8,7795},{11,6345},{8,7795},{8,7795},{11,6345},{8,7795},{8,7795}};
    int32_t l_1416 = 0x383C1237L;
    int32_t *l_1420 = (void*)0;
    int32_t *l_1421 = &g_1133;
    int i;
    l_1415[3] = l_1415[3];
    l_1416 ^= ((*g_1029) = (0x73L == l_1415[3].f1));
    for (g_182.f1 = 0; (g_182.f1 <= 0); g_182.f1 += 1)
    { /* block id: 745 */
        int32_t **l_1417[10][9][2] = {{{&g_1041[4],(void*)0},{&g_1029,&g_787},{&g_787,&g_417[0]},{&g_1029,&g_1041[4]},{&g_417[1],&g_787},{(void*)0,(void*)0},{(void*)0,&g_1055},{&g_417[0],&g_1041[1]},{&g_1041[0],(void*)0}},{{&g_417[6],(void*)0},{&g_417[0],(void*)0},{&g_416,&g_787},{&g_417[0],&g_416},{(void*)0,&g_1055},{&g_1055,(void*)0},{&g_787,&g_417[0]},{&g_417[0],&g_417[0]},{&g_416,&g_1041[4]}},{{&g_1041[4],(void*)0},{&g_1041[3],(void*)0},{&g_1041[4],(void*)0},{&g_417[3],&g_417[0]},{&g_1041[2],&g_416},{&g_1055,&g_1041[4]},{&g_416,&g_417[0]},{&g_417[1],(void*)0},{&g_1041[1],&g_1041[4]}},{{&g_1041[1],&g_1041[3]},{&g_1041[3],(void*)0},{&g_1041[4],&g_417[8]},{(void*)0,&g_1029},{(void*)0,&g_1041[4]},{(void*)0,&g_787},{&g_1055,&g_416},{&g_1029,&g_1041[4]},{&g_1041[4],&g_1041[0]}},{{(void*)0,&g_787},{&g_1055,&g_416},{&g_417[3],&g_416},{&g_1029,&g_1029},{(void*)0,&g_1029},{&g_787,&g_417[6]},{&g_1055,&g_1055},{&g_417[5],&g_1055},{&g_417[0],&g_1041[3]}},{{&g_417[0],&g_1055},{&g_417[5],&g_1055},{&g_1055,&g_417[6]},{&g_787,&g_1029},{(void*)0,&g_1029},{&g_1029,&g_416},{&g_417[3],&g_416},{&g_1055,&g_787},{(void*)0,&g_1041[0]}},{{&g_1041[4],&g_1041[4]},{&g_1029,&g_416},{&g_1055,&g_787},{(void*)0,&g_1041[4]},{(void*)0,&g_1029},{(void*)0,&g_417[8]},{&g_1041[4],(void*)0},{&g_1041[3],&g_1041[3]},{&g_1041[1],&g_1041[4]}},{{&g_1041[1],(void*)0},{&g_417[1],&g_417[0]},{&g_416,&g_1041[4]},{&g_1055,&g_416},{&g_1041[2],&g_417[0]},{&g_417[3],(void*)0},{&g_1041[4],(void*)0},{&g_1041[3],(void*)0},{&g_1041[4],&g_1041[4]}},{{&g_416,&g_1055},{&g_1041[4],&g_1055},{&g_1029,&g_787},{&g_1041[4],(void*)0},{&g_417[1],&g_1041[2]},{&g_1055,&g_416},{&g_787,(void*)0},{&g_416,&g_1041[4]},{&g_1055,&g_1041[4]}},{{&g_417[3],&g_416},{(void*)0,&g_417[0]},{&g_787,&g_417[1]},{(void*)0,&g_417[6]},{&g_417[0],&g_1055},{&g_417[3],&g_417[0]},{&g_416,&g_1041[4]},{&g_1041[4],(void*)0},{&g_417[0],(void*)0}}};
        int32_t **l_1418 = (void*)0;
        int32_t **l_1419 = &g_417[4];
        int i, j, k;
        (*l_1419) = p_33;
        return l_1420;
    }
    return l_1421;
}


/* ------------------------------------------ */
/* 
 * reads : g_823 g_206 g_1041 g_217.f8 g_38 g_215.f5.f1 g_217.f7 g_217.f6 g_1338 g_269 g_1055 g_37 g_1133
 * writes: g_823 g_206 g_217.f8 g_165 g_38
 */
static int32_t * func_39(int32_t * p_40, int32_t * p_41, int32_t * p_42, uint8_t  p_43)
{ /* block id: 537 */
    uint8_t l_1058 = 0x27L;
    int64_t l_1082 = 1L;
    int32_t l_1099[4][1][1] = {{{0x4D078CFFL}},{{0x56667FFEL}},{{0x4D078CFFL}},{{0x56667FFEL}}};
    int16_t ***l_1145 = &g_407[0];
    int16_t ****l_1144[3];
    int32_t **l_1152[7][10][3] = {{{&g_416,&g_1041[4],&g_417[0]},{&g_1055,&g_1029,&g_1029},{&g_417[7],&g_417[2],&g_1041[4]},{&g_1055,(void*)0,&g_1041[4]},{&g_416,&g_416,&g_417[0]},{(void*)0,(void*)0,&g_1055},{&g_787,&g_1055,&g_1041[1]},{&g_417[0],&g_1041[4],&g_1029},{&g_1041[2],&g_787,&g_1041[1]},{&g_416,&g_417[1],&g_1055}},{{&g_787,&g_417[7],&g_417[0]},{(void*)0,&g_787,&g_1041[4]},{&g_1055,&g_417[0],&g_1041[4]},{&g_1029,&g_417[0],&g_1029},{(void*)0,&g_417[0],&g_417[0]},{&g_1029,&g_787,&g_1041[4]},{&g_417[0],&g_417[7],&g_416},{(void*)0,&g_417[1],&g_1029},{&g_1041[4],&g_787,&g_416},{(void*)0,&g_1041[4],&g_417[0]}},{{&g_1041[4],&g_1055,&g_416},{(void*)0,(void*)0,&g_416},{&g_417[0],&g_416,&g_1041[4]},{&g_1029,(void*)0,&g_417[0]},{(void*)0,&g_417[2],&g_1055},{&g_1029,&g_1029,&g_417[0]},{&g_1055,&g_1041[4],&g_1041[4]},{(void*)0,(void*)0,&g_416},{&g_787,&g_1055,&g_416},{&g_416,(void*)0,&g_417[0]}},{{&g_1041[2],(void*)0,&g_416},{&g_417[0],(void*)0,&g_1029},{&g_787,&g_1055,&g_416},{(void*)0,(void*)0,&g_1041[4]},{&g_416,&g_1041[4],&g_417[0]},{&g_1055,&g_1029,&g_1029},{&g_417[7],&g_417[2],&g_1041[4]},{&g_1055,(void*)0,&g_1041[4]},{&g_416,&g_416,&g_417[0]},{(void*)0,(void*)0,&g_1055}},{{&g_787,&g_1055,&g_1041[1]},{&g_417[0],&g_1041[4],&g_1029},{&g_1041[2],&g_787,&g_1041[1]},{&g_416,&g_417[1],&g_1055},{&g_787,&g_417[7],&g_417[0]},{(void*)0,&g_787,&g_1041[4]},{&g_1055,&g_417[0],&g_1041[4]},{&g_1029,&g_417[0],&g_1029},{(void*)0,&g_417[0],&g_417[0]},{&g_1029,&g_787,&g_1041[4]}},{{&g_417[0],&g_417[7],&g_416},{(void*)0,&g_1041[4],&g_1029},{&g_1041[2],&g_1041[4],&g_416},{&g_1029,&g_1041[0],(void*)0},{&g_1041[2],&g_1041[2],&g_417[7]},{(void*)0,(void*)0,&g_1041[4]},{&g_787,&g_417[7],&g_1055},{&g_787,&g_1055,&g_1029},{&g_787,&g_1041[4],&g_1041[4]},{&g_417[5],&g_787,&g_1029}},{{&g_1055,&g_787,&g_1055},{(void*)0,&g_1029,&g_1041[4]},{(void*)0,&g_417[2],&g_417[7]},{&g_417[1],&g_1029,(void*)0},{&g_1041[1],&g_787,&g_416},{&g_1041[4],&g_1029,&g_1029},{&g_1041[4],&g_417[2],&g_416},{&g_1029,&g_1029,(void*)0},{&g_417[7],&g_787,&g_787},{&g_417[5],&g_787,(void*)0}}};
    int16_t * const l_1158[10] = {&g_379[3],&g_379[3],&g_379[3],&g_379[3],&g_379[3],&g_379[3],&g_379[3],&g_379[3],&g_379[3],&g_379[3]};
    uint64_t l_1209[9] = {0UL,0x1F486F4AD1C3B328LL,0x1F486F4AD1C3B328LL,0UL,0x1F486F4AD1C3B328LL,0x1F486F4AD1C3B328LL,0UL,0x1F486F4AD1C3B328LL,0x1F486F4AD1C3B328LL};
    uint32_t ****l_1228 = &g_579[1][2];
    uint16_t **l_1274 = (void*)0;
    int32_t l_1300 = 0x0BF54390L;
    int32_t *l_1316 = &l_1099[1][0][0];
    int64_t l_1339 = 0x59AA5724F55AE95ELL;
    int8_t *l_1396[9][6] = {{&g_165,&g_165,&g_165,&g_165,&g_165,&g_165},{&g_646,&g_165,&g_646,&g_165,&g_646,&g_165},{&g_165,&g_165,&g_165,&g_165,&g_165,&g_165},{&g_646,&g_165,&g_646,&g_165,&g_646,&g_165},{&g_165,&g_165,&g_165,&g_165,&g_165,&g_165},{&g_646,&g_165,&g_646,&g_165,&g_646,&g_165},{&g_165,&g_165,&g_165,&g_165,&g_165,&g_165},{&g_646,&g_165,&g_646,&g_165,&g_646,&g_165},{&g_165,&g_165,&g_165,&g_165,&g_165,&g_165}};
    struct S0 ****l_1407 = &g_1378;
    int64_t l_1412[1];
    uint64_t l_1413[3];
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1144[i] = &l_1145;
    for (i = 0; i < 1; i++)
        l_1412[i] = 0x0F8D2F18DE2493F7LL;
    for (i = 0; i < 3; i++)
        l_1413[i] = 0xDB785DDF91E4159BLL;
    for (g_823 = 0; (g_823 <= 4); g_823 += 1)
    { /* block id: 540 */
        int32_t l_1056 = 0xE3DD7CC0L;
        int64_t l_1057 = 1L;
        int32_t l_1093 = (-4L);
        int32_t l_1094 = (-3L);
        int32_t l_1100 = 0x3275AE7DL;
        int32_t l_1138 = 0x9C3C595DL;
        uint32_t **l_1172 = &g_357;
        int16_t l_1182 = (-5L);
        uint16_t l_1191 = 0xBBB3L;
        struct S0 l_1221 = {19,10749};
        struct S0 *l_1237 = &g_217.f5;
        struct S0 **l_1236 = &l_1237;
        struct S0 ***l_1235 = &l_1236;
        int32_t *l_1238 = &l_1094;
        uint16_t l_1244 = 65535UL;
        uint16_t ** const l_1288 = &g_274;
        struct S1 *l_1335 = &g_221;
        const int32_t *l_1389 = &g_38;
        const int32_t **l_1388[9];
        const int32_t ***l_1387 = &l_1388[8];
        const int32_t ****l_1386 = &l_1387;
        int i;
        for (i = 0; i < 9; i++)
            l_1388[i] = &l_1389;
        for (g_206 = 0; (g_206 <= 4); g_206 += 1)
        { /* block id: 543 */
            int i;
            return g_1041[g_823];
        }
        if (l_1056)
            continue;
        --l_1058;
        for (g_217.f8 = (-23); (g_217.f8 < 9); g_217.f8 = safe_add_func_int8_t_s_s(g_217.f8, 3))
        { /* block id: 550 */
            int16_t l_1095[9] = {0x6A2BL,1L,1L,0x6A2BL,1L,1L,0x6A2BL,1L,1L};
            int32_t l_1096[7] = {0xFCF62236L,0xFCF62236L,0xFCF62236L,0xFCF62236L,0xFCF62236L,0xFCF62236L,0xFCF62236L};
            uint32_t **l_1130 = &g_357;
            uint16_t *l_1214 = &g_219.f0;
            uint32_t *** const **l_1222 = (void*)0;
            uint32_t **l_1226[10][2][9] = {{{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357},{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357}},{{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357},{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357}},{{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357},{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357}},{{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357},{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357}},{{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357},{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357}},{{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357},{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357}},{{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357},{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357}},{{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357},{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357}},{{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357},{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357}},{{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357},{&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357,&g_357}}};
            uint32_t **l_1227 = &g_357;
            uint32_t *** const l_1225[6] = {&l_1226[8][0][7],&l_1227,&l_1226[8][0][7],&l_1226[8][0][7],&l_1227,&l_1226[8][0][7]};
            uint32_t *** const *l_1224[4];
            uint32_t *** const **l_1223 = &l_1224[0];
            int32_t *l_1250 = &l_1100;
            uint32_t l_1252[7][10] = {{4294967289UL,0xD8BAE3B7L,4294967289UL,1UL,0x91787EADL,1UL,4294967289UL,0xD8BAE3B7L,4294967289UL,1UL},{0UL,0xD8BAE3B7L,0x627DB8FFL,0xD8BAE3B7L,0UL,0UL,0UL,0xD8BAE3B7L,0x627DB8FFL,0xD8BAE3B7L},{0x91787EADL,1UL,4294967289UL,0xD8BAE3B7L,4294967289UL,1UL,0x91787EADL,1UL,4294967289UL,0xD8BAE3B7L},{0UL,0xD8BAE3B7L,0UL,1UL,0UL,1UL,0UL,0xD8BAE3B7L,0UL,1UL},{0x91787EADL,0xD8BAE3B7L,0x03E9EDE7L,0xD8BAE3B7L,0x91787EADL,0UL,0x91787EADL,0xD8BAE3B7L,0x91787EADL,1UL},{0UL,0UL,0x627DB8FFL,1UL,0x627DB8FFL,0UL,0UL,0UL,0x627DB8FFL,1UL},{0x03E9EDE7L,1UL,0x03E9EDE7L,0UL,4294967289UL,0UL,0x03E9EDE7L,1UL,0x03E9EDE7L,0UL}};
            struct S0 l_1340 = {9,4204};
            struct S1 *l_1373 = &g_221;
            int i, j, k;
            for (i = 0; i < 4; i++)
                l_1224[i] = &l_1225[5];
        }
    }
    (*g_37) = ((safe_sub_func_int32_t_s_s((*p_40), ((g_165 = p_43) < (0x31A566845FEE9340LL <= (safe_div_func_int32_t_s_s((l_1413[2] |= ((safe_rshift_func_uint16_t_u_s(((*p_40) | ((*l_1316) = (((((safe_lshift_func_uint8_t_u_s((safe_div_func_uint32_t_u_u(((l_1407 = l_1407) == (((safe_lshift_func_int8_t_s_u((((safe_sub_func_int8_t_s_s((g_215.f5.f1 , g_217.f7), 0x70L)) , &g_544) == &g_544), g_217.f6)) ^ p_43) , (void*)0)), g_1338)), g_269)) || p_43) && l_1412[0]) , p_43) != p_43))), p_43)) , (-1L))), (*g_1055))))))) > 0UL);
    p_40 = (void*)0;
    return p_41;
}


/* ------------------------------------------ */
/* 
 * reads : g_165 g_219.f1 g_37 g_38 g_94 g_219.f7 g_171.f0 g_219.f5.f0 g_221.f4 g_1055
 * writes: g_182.f6 g_417 g_579 g_221.f4
 */
static int32_t * func_44(int32_t  p_45)
{ /* block id: 267 */
    int8_t l_573 = 0xE9L;
    uint64_t *l_574 = &g_182.f6;
    int32_t l_575 = 0x3ADEBE61L;
    uint32_t l_598 = 0x4D6D0381L;
    struct S0 *l_602 = &g_171[8][2];
    struct S0 **l_601 = &l_602;
    int16_t *l_609 = &g_206;
    uint8_t *l_619 = &g_2;
    int16_t l_620 = 0xE759L;
    int32_t l_630[7] = {0x77B0D0EFL,0x77B0D0EFL,0x165AEC3AL,0x77B0D0EFL,0x77B0D0EFL,0x165AEC3AL,0x77B0D0EFL};
    struct S0 l_634 = {12,15361};
    int32_t l_641[4] = {1L,1L,1L,1L};
    int32_t *l_672 = &l_641[3];
    uint8_t l_730 = 255UL;
    uint16_t l_732 = 0x1DE8L;
    int32_t **l_758 = (void*)0;
    int32_t ***l_757 = &l_758;
    int32_t ****l_756 = &l_757;
    uint32_t **l_768 = &g_357;
    struct S1 **l_784 = &g_214;
    const int32_t l_848[1] = {(-9L)};
    uint32_t ***l_862 = (void*)0;
    int32_t *l_879[1];
    int32_t *l_883 = (void*)0;
    int32_t l_915 = 0xA58A36A5L;
    int32_t l_975 = (-10L);
    int32_t *l_1028 = &l_575;
    int32_t *l_1049 = &l_641[3];
    int32_t *l_1053 = &l_575;
    int32_t *l_1054 = &g_38;
    int i;
    for (i = 0; i < 1; i++)
        l_879[i] = &g_38;
    if ((safe_mul_func_int8_t_s_s((p_45 | l_573), (l_575 ^= (0xE9F6081D87F90768LL < ((*l_574) = (g_165 || (((0xB0L && g_219.f1) | (p_45 ^ 0x20FD2583L)) > ((p_45 , l_573) != p_45)))))))))
    { /* block id: 270 */
        uint32_t ***l_577 = (void*)0;
        uint32_t ****l_576 = &l_577;
        int32_t **l_578 = &g_417[0];
        (*l_576) = &g_356;
        (*l_578) = (void*)0;
        g_579[2][0] = (l_573 , &g_356);
    }
    else
    { /* block id: 274 */
        int8_t l_586[1];
        int32_t *l_587 = (void*)0;
        int32_t *l_588 = &l_575;
        int16_t l_597 = (-1L);
        int32_t **l_599 = (void*)0;
        int32_t **l_600 = (void*)0;
        struct S0 ***l_603 = &l_601;
        int i;
        for (i = 0; i < 1; i++)
            l_586[i] = (-1L);
        g_417[3] = (((safe_sub_func_int64_t_s_s((safe_mod_func_int32_t_s_s(((((safe_rshift_func_uint16_t_u_u(((l_586[0] && ((*l_588) ^= (*g_37))) ^ l_573), 7)) > ((0x45L >= (g_94 & p_45)) != (((safe_sub_func_int64_t_s_s(p_45, (safe_div_func_uint8_t_u_u((g_219.f7 && ((safe_mod_func_uint32_t_u_u(((((safe_mul_func_int8_t_s_s(((g_171[2][4].f0 == 0x9DL) ^ p_45), l_597)) || p_45) , p_45) | p_45), 0xC0B1210BL)) ^ l_598)), l_598)))) | 0L) <= g_219.f5.f0))) <= p_45) ^ 0x1BL), l_573)), l_586[0])) || 0x3AL) , (void*)0);
        (*l_603) = l_601;
    }
    for (g_221.f4 = (-11); (g_221.f4 < 51); g_221.f4 = safe_add_func_uint32_t_u_u(g_221.f4, 4))
    { /* block id: 281 */
        int16_t *l_608 = &g_379[2];
        uint16_t l_610 = 0UL;
        const struct S0 ****l_618 = &g_615;
        int32_t l_622 = 1L;
        int16_t l_638 = (-6L);
        int32_t l_639[2];
        uint8_t l_655 = 0UL;
        int32_t *l_671[7] = {&l_639[1],&l_639[1],&l_639[1],&l_639[1],&l_639[1],&l_639[1],&l_639[1]};
        uint8_t *l_685[1][3];
        int8_t *l_699 = &g_94;
        uint16_t *l_731 = &g_215.f4;
        struct S1 l_740 = {65535UL,0x341C63A2FA43E968LL,0x16L,0x2FL,65534UL,{5,9749},0xDC04362C0D1ACC7FLL,0x10D6EE7CL,0xD025E658L};
        struct S1 ***l_774 = &g_235;
        uint32_t l_843 = 4294967295UL;
        int32_t *l_880 = (void*)0;
        uint64_t l_896 = 18446744073709551611UL;
        int32_t l_899 = 0x4B0EE03DL;
        uint8_t l_989 = 2UL;
        uint8_t l_997 = 0xC3L;
        int32_t *l_1027[9][8][3] = {{{&g_38,(void*)0,(void*)0},{&l_899,&g_38,(void*)0},{&l_641[3],&l_641[0],&l_639[0]},{&g_38,(void*)0,&l_639[1]},{(void*)0,&l_639[0],&l_639[1]},{&l_899,&l_630[5],&l_639[0]},{&l_630[5],&l_639[0],&l_575},{&l_575,&l_899,&l_641[3]}},{{(void*)0,&l_639[1],&l_641[3]},{&l_639[1],&l_641[0],&l_575},{(void*)0,&l_641[3],&l_639[0]},{(void*)0,&l_899,&l_639[1]},{&l_630[5],&l_899,&l_639[1]},{&l_639[0],&l_639[1],&l_639[0]},{&l_639[1],&l_630[5],(void*)0},{&l_639[1],&l_639[1],(void*)0}},{{&l_622,&l_899,&l_899},{&l_641[1],&l_630[5],&l_641[3]},{&l_622,(void*)0,&g_38},{&l_639[1],(void*)0,&l_575},{&l_639[1],&g_38,(void*)0},{&l_639[0],&l_622,&l_639[1]},{&l_630[5],(void*)0,&g_38},{(void*)0,&l_641[3],&l_641[0]}},{{(void*)0,&l_639[1],&l_899},{&l_639[1],&g_38,&l_622},{(void*)0,&g_38,(void*)0},{&l_575,&l_639[1],&l_639[1]},{&l_630[5],&l_641[3],&l_641[3]},{&l_899,(void*)0,&g_38},{(void*)0,&l_622,&l_630[5]},{&g_38,&g_38,&l_575}},{{&l_641[3],(void*)0,&l_630[5]},{&l_899,(void*)0,&l_641[1]},{&g_38,&l_630[5],(void*)0},{&l_639[1],&l_899,&l_641[1]},{&g_38,&l_639[1],&l_630[5]},{&l_641[0],&l_630[5],&l_575},{&l_630[5],&l_639[1],&l_630[5]},{&g_38,&l_899,&g_38}},{{(void*)0,&l_899,&l_641[3]},{&l_899,&l_641[3],&l_639[1]},{(void*)0,&l_641[0],(void*)0},{&l_641[2],&l_639[1],&l_622},{&l_641[2],&l_899,&l_899},{(void*)0,&l_639[0],&l_641[0]},{&l_899,&l_630[5],&g_38},{(void*)0,&l_639[0],&l_639[1]}},{{&g_38,(void*)0,(void*)0},{&l_630[5],&l_641[0],&l_575},{(void*)0,&g_38,&l_630[5]},{&l_630[5],&l_630[1],(void*)0},{(void*)0,&l_630[5],(void*)0},{&g_38,&l_630[1],&l_575},{&l_639[1],&g_38,&l_575},{&l_630[5],(void*)0,&l_641[0]}},{{&l_899,(void*)0,(void*)0},{&l_641[3],&l_899,&l_639[1]},{&l_639[1],&l_639[0],&l_899},{(void*)0,&l_641[0],&l_622},{&g_38,&l_899,(void*)0},{&l_575,&l_575,(void*)0},{&g_38,&l_622,&l_622},{&l_639[1],&l_639[1],&l_899}},{{(void*)0,(void*)0,&l_639[1]},{&l_899,&g_38,(void*)0},{&l_641[0],&l_630[5],&l_641[0]},{&l_630[5],&l_899,&l_575},{&l_630[5],&g_38,&l_575},{&l_641[0],&l_639[1],(void*)0},{&l_641[3],&l_641[3],(void*)0},{&l_641[0],&l_641[3],&l_630[5]}}};
        int32_t *l_1046[7] = {&l_641[0],&l_641[3],&l_641[3],&l_641[0],&l_641[3],&l_641[3],&l_641[0]};
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_639[i] = 0xCB7A9D7CL;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
                l_685[i][j] = &g_18;
        }
    }
    return g_1055;
}


/* ------------------------------------------ */
/* 
 * reads : g_38 g_77 g_95 g_24 g_2 g_18 g_94 g_219.f5.f1 g_217.f5.f0 g_217.f5.f1 g_98 g_356 g_219.f0 g_221.f5.f0 g_37 g_206 g_217.f4 g_235 g_236 g_171 g_219.f4 g_379 g_215.f8 g_219.f5.f0 g_221.f7 g_406 g_182.f0 g_182.f7 g_221.f1 g_219.f3 g_215.f6 g_182.f8 g_274 g_217.f6 g_219.f7 g_217.f5 g_416 g_357 g_133 g_221.f6 g_542 g_543
 * writes: g_38 g_94 g_95 g_98 g_217.f5.f1 g_24 g_206 g_165 g_379 g_171 g_133 g_236 g_182.f6 g_219.f0 g_219.f4 g_221.f1 g_215.f0 g_215.f6 g_416 g_417 g_18 g_217.f6 g_215.f1 g_77 g_182.f1 g_221.f4 g_221.f6
 */
static int32_t  func_46(int32_t * const  p_47, int32_t  p_48, int32_t * p_49, int16_t  p_50, int32_t * p_51)
{ /* block id: 9 */
    int32_t * const l_85 = &g_38;
    int32_t l_106 = 2L;
    int32_t l_107 = 4L;
    int32_t *l_124 = (void*)0;
    int32_t **l_123[9][3] = {{&l_124,&l_124,&l_124},{&l_124,(void*)0,&l_124},{&l_124,&l_124,(void*)0},{&l_124,(void*)0,(void*)0},{(void*)0,&l_124,&l_124},{&l_124,&l_124,&l_124},{&l_124,(void*)0,&l_124},{&l_124,&l_124,(void*)0},{&l_124,(void*)0,(void*)0}};
    int8_t *l_135 = &g_94;
    int32_t ***l_139 = (void*)0;
    struct S0 l_170 = {15,6372};
    struct S1 *l_216[7][5] = {{&g_217,&g_217,&g_217,&g_217,&g_217},{&g_182,(void*)0,&g_182,&g_215,&g_217},{&g_215,(void*)0,&g_217,&g_217,&g_215},{(void*)0,&g_217,&g_217,&g_182,&g_182},{&g_215,&g_182,&g_215,&g_217,&g_182},{&g_182,&g_182,(void*)0,(void*)0,(void*)0},{&g_217,&g_217,&g_182,&g_217,&g_182}};
    struct S1 *l_220 = &g_221;
    uint16_t l_234 = 0x9A3BL;
    struct S1 **l_237 = &g_236;
    uint64_t l_240 = 18446744073709551613UL;
    uint32_t l_334 = 0x33632720L;
    const int64_t l_353[4][1][10] = {{{9L,(-10L),9L,(-10L),9L,(-10L),9L,(-10L),9L,(-10L)}},{{9L,(-10L),9L,(-10L),9L,(-10L),9L,(-10L),9L,(-10L)}},{{9L,(-10L),9L,(-10L),9L,(-10L),9L,(-10L),9L,(-10L)}},{{9L,(-10L),9L,(-10L),9L,(-10L),9L,(-10L),9L,(-10L)}}};
    int32_t l_409 = 0x0985BC03L;
    int16_t ***l_420[6];
    int32_t l_430 = 0xA253FCE0L;
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_420[i] = &g_407[0];
    for (g_38 = (-14); (g_38 <= 3); g_38 = safe_add_func_uint16_t_u_u(g_38, 5))
    { /* block id: 12 */
        int32_t **l_81 = (void*)0;
        int32_t *l_83 = &g_38;
        int32_t **l_82 = &l_83;
        int64_t l_92 = 0L;
        int8_t *l_93 = &g_94;
        p_51 = ((*l_82) = p_49);
        g_98 = ((((~(((g_77 , &g_38) == l_85) , (safe_div_func_int8_t_s_s((((safe_lshift_func_uint8_t_u_u((((g_38 , p_50) & ((safe_mod_func_int32_t_s_s((4L | (g_95 &= ((*l_93) = (1UL < l_92)))), ((safe_div_func_int64_t_s_s((-1L), 0xF98E72CC6491A587LL)) , 4294967295UL))) & 7UL)) <= (**l_82)), p_48)) >= (*l_83)) & g_24), p_48)))) & g_2) && g_18) , (*l_83));
    }
    for (g_94 = 0; (g_94 >= 14); ++g_94)
    { /* block id: 21 */
        int32_t l_105[4] = {0x94CD5359L,0x94CD5359L,0x94CD5359L,0x94CD5359L};
        int32_t *l_113[2];
        int32_t **l_134 = &l_124;
        int8_t *l_136 = &g_94;
        int8_t *l_153 = &g_94;
        struct S0 l_168 = {14,12474};
        struct S1 *l_181 = &g_182;
        int16_t l_201 = (-1L);
        struct S1 **l_213[4][9][1] = {{{&l_181},{&l_181},{&l_181},{&l_181},{(void*)0},{&l_181},{&l_181},{&l_181},{&l_181}},{{&l_181},{&l_181},{&l_181},{&l_181},{&l_181},{&l_181},{&l_181},{&l_181},{&l_181}},{{&l_181},{&l_181},{(void*)0},{&l_181},{(void*)0},{&l_181},{&l_181},{&l_181},{&l_181}},{{&l_181},{&l_181},{&l_181},{&l_181},{&l_181},{&l_181},{&l_181},{&l_181},{&l_181}}};
        int32_t l_302 = 6L;
        uint16_t *l_305[8] = {(void*)0,&g_217.f0,(void*)0,&g_217.f0,(void*)0,&g_217.f0,(void*)0,&g_217.f0};
        int16_t *l_310 = &l_201;
        int16_t ** const l_309 = &l_310;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_113[i] = &l_107;
    }
    if ((*p_47))
    { /* block id: 147 */
        int32_t l_329 = 1L;
        int32_t l_330 = 0xAD5DE5B7L;
        int32_t l_331 = 0xDC389D37L;
        int32_t l_332 = 1L;
        int32_t l_333[5][8] = {{6L,(-1L),6L,0L,(-5L),(-1L),(-1L),(-1L)},{3L,0L,0x36A16A43L,0L,3L,1L,(-5L),0xB3E03C6FL},{3L,1L,(-5L),0xB3E03C6FL,(-5L),1L,3L,0L},{6L,0L,(-5L),(-1L),(-1L),(-1L),(-5L),0L},{(-5L),(-1L),0x36A16A43L,0xB3E03C6FL,(-1L),0L,(-1L),0xB3E03C6FL}};
        uint32_t l_348 = 0xAEF0DC20L;
        uint32_t *l_358 = &g_24;
        uint16_t *l_359 = (void*)0;
        struct S0 l_375 = {1,-15917};
        int16_t *l_376 = &g_206;
        int8_t *l_377 = &g_165;
        int16_t *l_378 = &g_379[2];
        struct S1 *l_389[6][6] = {{&g_215,&g_215,(void*)0,&g_215,&g_215,(void*)0},{&g_215,&g_215,(void*)0,&g_215,&g_215,(void*)0},{&g_215,&g_215,(void*)0,&g_215,&g_215,(void*)0},{&g_215,&g_215,(void*)0,&g_215,&g_215,(void*)0},{&g_215,&g_215,(void*)0,&g_215,&g_215,(void*)0},{&g_215,&g_215,(void*)0,&g_215,&g_215,(void*)0}};
        int32_t l_393[1];
        int16_t ***l_408 = &g_407[0];
        int32_t l_433 = 0xF9C50F6EL;
        int64_t *l_436 = &g_182.f1;
        int8_t l_468[8][10] = {{0x82L,0xF5L,1L,0x89L,0xBEL,0x86L,0x96L,1L,0x54L,1L},{0x82L,4L,1L,0x92L,1L,4L,0x82L,1L,1L,1L},{4L,0x82L,1L,1L,1L,0xA8L,0xF5L,0x4DL,0x00L,1L},{0xF5L,0x82L,2L,2L,0xBEL,0x96L,0x82L,1L,0x00L,2L},{0xA8L,4L,0xBEL,1L,(-8L),0x96L,0x96L,(-8L),1L,0xBEL},{0xF5L,0xF5L,0xBEL,0x92L,0x98L,0xA8L,0x86L,1L,0x54L,0xBEL},{4L,0xA8L,2L,0x89L,(-8L),4L,0x86L,0x4DL,0x92L,2L},{0x82L,0xF5L,1L,0x89L,0xBEL,0x86L,0x96L,1L,0x54L,1L}};
        int32_t l_474 = 0x61F93E09L;
        int32_t l_481 = (-5L);
        int32_t l_482 = 0L;
        int32_t l_483 = 0x618EE1FDL;
        int32_t l_485 = 0x529563E5L;
        int32_t l_487 = (-1L);
        struct S0 *l_522 = &g_221.f5;
        struct S0 **l_521[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        uint32_t **l_531 = &g_357;
        struct S1 **l_547[8] = {&g_236,&g_218,&g_236,&g_218,&g_236,&g_218,&g_236,&g_218};
        int32_t l_557 = 0x2DD3DC40L;
        int32_t l_558 = (-1L);
        int32_t l_566 = 2L;
        uint8_t l_568 = 0x32L;
        int i, j;
        for (i = 0; i < 1; i++)
            l_393[i] = 0x821554C7L;
lbl_386:
        ++l_334;
        g_217.f5.f1 |= (safe_lshift_func_int8_t_s_u((safe_rshift_func_uint8_t_u_u(((safe_add_func_uint64_t_u_u(((safe_rshift_func_uint8_t_u_u(((l_332 != (l_333[0][5] <= ((*p_47) < 0UL))) ^ (safe_add_func_uint64_t_u_u(0x0469A338851B7382LL, ((((~((l_348 = p_48) & (safe_rshift_func_uint8_t_u_s((safe_lshift_func_int16_t_s_s(l_332, (0x0707C7D62FC2B956LL >= 0xE5596BDC1E8B13F8LL))), g_219.f5.f1)))) > 7UL) , l_353[0][0][0]) <= l_333[0][5])))), l_332)) >= p_50), 1UL)) >= l_329), p_50)), g_217.f5.f0));
        if ((p_48 , (g_98 > ((*l_378) = (safe_mod_func_int16_t_s_s(((((*l_377) = (((l_332 = (0x72CCCB00L >= ((*l_358) = (g_356 == (void*)0)))) ^ (safe_sub_func_int64_t_s_s(p_50, (safe_mod_func_int32_t_s_s(((safe_lshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(((*l_135) = g_219.f0), ((+(safe_rshift_func_uint16_t_u_s((safe_lshift_func_int16_t_s_s(((*l_376) |= (safe_div_func_int16_t_s_s(g_221.f5.f0, ((((l_375 , 0UL) & 1UL) , (*g_37)) , p_48)))), 12)), 9))) | l_333[0][5]))), 14)) >= g_217.f4), 0x041EA4D7L))))) == 0UL)) || p_50) != 3L), l_331))))))
        { /* block id: 157 */
            int32_t *****l_380 = (void*)0;
            int32_t ****l_382[4][2][7] = {{{&l_139,&l_139,(void*)0,&l_139,&l_139,&l_139,(void*)0},{&l_139,&l_139,(void*)0,&l_139,&l_139,&l_139,&l_139}},{{&l_139,(void*)0,&l_139,&l_139,&l_139,&l_139,&l_139},{&l_139,&l_139,&l_139,(void*)0,&l_139,&l_139,&l_139}},{{(void*)0,&l_139,&l_139,&l_139,&l_139,(void*)0,&l_139},{&l_139,&l_139,(void*)0,&l_139,&l_139,&l_139,&l_139}},{{&l_139,&l_139,&l_139,&l_139,(void*)0,&l_139,&l_139},{&l_139,&l_139,&l_139,(void*)0,&l_139,&l_139,(void*)0}}};
            int32_t *****l_381 = &l_382[3][0][6];
            struct S0 *l_383 = &g_171[2][4];
            uint16_t l_410 = 0x2A71L;
            int32_t *l_415 = &l_332;
            uint16_t *l_421 = (void*)0;
            uint16_t *l_422 = (void*)0;
            int64_t l_431 = 0x7D3804D239437501LL;
            uint8_t *l_432 = &g_18;
            int i, j, k;
            (*l_383) = (((((l_332 |= (((void*)0 == &g_95) || ((((*l_381) = (void*)0) != &g_144) >= 0x3CCDCFFAL))) , (*g_235)) != (*l_237)) ^ ((*l_377) = 0L)) , g_171[1][7]);
            for (g_133 = 0; (g_133 > 27); ++g_133)
            { /* block id: 164 */
                if (g_2)
                    goto lbl_386;
            }
            for (p_48 = 1; (p_48 >= 0); p_48 -= 1)
            { /* block id: 169 */
                int32_t *l_387 = &l_106;
                int32_t *l_388[4][2][3] = {{{&l_331,&l_332,&l_331},{&l_331,&l_331,&l_332}},{{&l_331,&l_331,&l_331},{&l_332,&l_331,&l_332}},{{&l_331,&l_331,&l_331},{&l_332,&l_332,&l_331}},{{&l_331,&l_331,&l_332},{&l_331,&l_332,&l_331}}};
                int i, j, k;
                l_388[0][1][1] = l_387;
                (*l_237) = l_389[5][2];
                for (l_329 = 1; (l_329 >= 0); l_329 -= 1)
                { /* block id: 174 */
                    for (g_95 = 0; g_95 < 4; g_95 += 1)
                    {
                        for (l_332 = 0; l_332 < 2; l_332 += 1)
                        {
                            for (g_182.f6 = 0; g_182.f6 < 7; g_182.f6 += 1)
                            {
                                l_382[g_95][l_332][g_182.f6] = &l_139;
                            }
                        }
                    }
                    return (*p_47);
                }
                for (g_219.f0 = 0; (g_219.f0 <= 1); g_219.f0 += 1)
                { /* block id: 180 */
                    int32_t l_392[8][6][3] = {{{0x23CDF8C7L,0x53E57C57L,(-8L)},{0xA6022C04L,0xDE3991EEL,0x4237AA71L},{(-10L),0x8780C726L,(-1L)},{0xDE3991EEL,(-1L),0x8780C726L},{(-10L),0x4237AA71L,0xDE3991EEL},{0xA6022C04L,(-8L),0x53E57C57L}},{{0x23CDF8C7L,0x70E6E543L,0L},{0x70E6E543L,0x70E6E543L,(-2L)},{(-2L),(-8L),1L},{0x8780C726L,0x4237AA71L,(-1L)},{0L,(-1L),0x1D77B570L},{(-8L),0x8780C726L,(-1L)}},{{0x53E57C57L,0xDE3991EEL,1L},{0x262438F2L,0x53E57C57L,(-2L)},{(-3L),0L,0L},{(-3L),(-2L),0x53E57C57L},{0x262438F2L,1L,0xDE3991EEL},{0x53E57C57L,(-1L),0x8780C726L}},{{(-8L),0x1D77B570L,(-1L)},{0L,(-1L),0x4237AA71L},{0x8780C726L,1L,(-8L)},{(-2L),(-2L),0x70E6E543L},{0x70E6E543L,0L,0x70E6E543L},{0x23CDF8C7L,0x53E57C57L,(-8L)}},{{0xA6022C04L,0xDE3991EEL,0x4237AA71L},{(-10L),0x8780C726L,(-1L)},{0xDE3991EEL,(-1L),0x8780C726L},{(-10L),0x4237AA71L,0xDE3991EEL},{0xA6022C04L,(-8L),0x53E57C57L},{0x23CDF8C7L,0x70E6E543L,0L}},{{0x70E6E543L,0x70E6E543L,(-2L)},{(-2L),(-8L),(-1L)},{0xA6022C04L,0x8780C726L,(-2L)},{9L,(-2L),(-10L)},{0x23CDF8C7L,0xA6022C04L,(-2L)},{0L,1L,(-1L)}},{{0x4237AA71L,0L,0x1D77B570L},{1L,9L,9L},{1L,0x1D77B570L,0L},{0x4237AA71L,(-1L),1L},{0L,(-2L),0xA6022C04L},{0x23CDF8C7L,(-10L),(-2L)}},{{9L,(-2L),0x8780C726L},{0xA6022C04L,(-1L),0x23CDF8C7L},{0x70E6E543L,0x1D77B570L,7L},{7L,9L,7L},{0xDE3991EEL,0L,0x23CDF8C7L},{(-8L),1L,0x8780C726L}}};
                    int64_t *l_411 = &g_221.f1;
                    uint16_t *l_412 = (void*)0;
                    uint16_t *l_413 = &g_215.f0;
                    uint64_t *l_414 = &g_215.f6;
                    int i, j, k;
                    for (g_219.f4 = 0; (g_219.f4 <= 5); g_219.f4 += 1)
                    { /* block id: 183 */
                        int i;
                        return g_379[(g_219.f4 + 2)];
                    }
                    p_51 = (g_215.f8 , l_387);
                    (*l_383) = (*l_383);
                    g_217.f5.f1 &= (safe_add_func_int64_t_s_s((g_219.f5.f0 >= ((*l_414) &= (l_392[6][5][1] >= ((((*l_413) = (((((*l_358) = (l_393[0] > ((*l_411) |= (~((safe_sub_func_uint8_t_u_u(g_221.f7, (((((p_50 || ((safe_div_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_u(g_379[2], ((safe_div_func_int64_t_s_s(((safe_unary_minus_func_uint16_t_u(l_393[0])) || (g_406 == l_408)), l_393[0])) >= l_409))), l_330)) < g_182.f0)) >= g_182.f7) < l_392[6][5][1]) <= l_348) & l_410))) && (*l_387)))))) | (*g_37)) || 0xDFL) && g_219.f3)) && p_50) ^ 0x2D1F364D628F1B93LL)))), g_219.f3));
                    for (g_206 = 1; (g_206 >= 0); g_206 -= 1)
                    { /* block id: 195 */
                        int i, j, k;
                        if (l_331)
                            goto lbl_386;
                        g_417[0] = (g_416 = l_415);
                        if (l_330)
                            break;
                        if ((*p_49))
                            continue;
                    }
                }
            }
            l_331 &= (safe_mul_func_uint8_t_u_u(((((*l_85) = ((l_420[2] != (void*)0) != 0xE756562FL)) <= (l_375.f1 |= ((((*l_432) = (p_50 >= (((g_171[2][4].f0 != (safe_mod_func_int8_t_s_s((safe_add_func_uint8_t_u_u((!g_182.f8), (((safe_sub_func_uint32_t_u_u(0x47347155L, (l_430 <= 0xFBE9L))) != p_50) < l_431))), p_50))) < g_217.f5.f0) , 2UL))) && 0xC7L) != l_433))) , (*l_415)), 0L));
        }
        else
        { /* block id: 208 */
            int32_t l_442 = (-1L);
            int32_t l_448 = (-7L);
            int32_t l_450 = 0x7F77A0CFL;
            int32_t l_451 = (-7L);
            int8_t l_452 = (-1L);
            int32_t l_454 = (-8L);
            int32_t l_456 = 6L;
            int32_t l_459[4][2][4] = {{{0x82608EA9L,3L,0x82608EA9L,9L},{0x937414D7L,(-1L),9L,9L}},{{3L,3L,0x1CBBF379L,(-1L)},{(-1L),0x937414D7L,0x1CBBF379L,0x937414D7L}},{{3L,0x82608EA9L,9L,0x1CBBF379L},{0x937414D7L,0x82608EA9L,0x82608EA9L,0x937414D7L}},{{0x82608EA9L,0x937414D7L,3L,(-1L)},{0x82608EA9L,3L,0x82608EA9L,9L}}};
            struct S0 *l_507 = &l_375;
            int32_t ****l_519[4][3] = {{(void*)0,&l_139,(void*)0},{(void*)0,&l_139,&l_139},{(void*)0,(void*)0,&l_139},{(void*)0,&l_139,&l_139}};
            uint32_t * const * const l_530 = &g_357;
            int16_t l_564 = 1L;
            int i, j, k;
            for (g_217.f6 = (-29); (g_217.f6 > 56); g_217.f6 = safe_add_func_int32_t_s_s(g_217.f6, 3))
            { /* block id: 211 */
                struct S1 l_437 = {0UL,0x251A6A61680911B0LL,-1L,0L,0xCD7BL,{6,-3966},0x8A666ABAF1C0C604LL,0xCC722160L,0x2845004EL};
                uint16_t **l_444 = &l_359;
                uint16_t ***l_443 = &l_444;
                int8_t l_447 = 0xEEL;
                int32_t l_457 = (-4L);
                int32_t l_462 = 0xFD76CD25L;
                int32_t l_463 = 0x70A7C3BAL;
                int32_t l_464 = 1L;
                int32_t l_465 = 7L;
                int32_t l_469 = 0xF2DA4138L;
                int32_t l_471 = 0xB555EEF0L;
                int32_t l_472 = 0x6526EBEFL;
                int32_t l_473[5] = {0xBD246F48L,0xBD246F48L,0xBD246F48L,0xBD246F48L,0xBD246F48L};
                int i;
                (*l_443) = ((((&g_24 != (void*)0) == ((l_436 != (l_437 , &l_353[0][0][0])) != 8UL)) < (safe_mod_func_uint16_t_u_u((l_437 , (l_442 |= ((safe_mul_func_int16_t_s_s(0x31F3L, (l_437.f3 > 9L))) || p_48))), l_437.f6))) , &g_274);
                for (g_215.f1 = 17; (g_215.f1 == 20); ++g_215.f1)
                { /* block id: 216 */
                    int16_t l_449 = 0xA2A1L;
                    int32_t l_453 = 0x1D2BD530L;
                    int32_t l_455 = 0x65959516L;
                    int32_t l_458 = (-9L);
                    int32_t l_460 = (-4L);
                    int32_t l_461 = 0L;
                    int32_t l_466 = 0x86BA0B29L;
                    int32_t l_467 = 0L;
                    int32_t l_470 = 0xF608D35BL;
                    int32_t l_475 = (-4L);
                    int32_t l_476 = 0x0A7E8EA7L;
                    int32_t l_477 = 0xD5FD0709L;
                    int32_t l_478 = (-3L);
                    int32_t l_479 = (-8L);
                    int32_t l_480 = 0L;
                    int32_t l_484 = 0x8F8D22EFL;
                    int32_t l_486[4] = {0xF7043A28L,0xF7043A28L,0xF7043A28L,0xF7043A28L};
                    uint16_t l_488 = 1UL;
                    int i;
                    p_51 = p_51;
                    if (l_447)
                        continue;
                    l_488++;
                    (*l_85) = (p_48 | (safe_rshift_func_int8_t_s_s(l_437.f4, (~(((void*)0 == &g_171[5][6]) <= (safe_div_func_int16_t_s_s((((~l_442) != p_50) == l_452), (safe_mul_func_uint8_t_u_u((g_274 == (void*)0), g_217.f6)))))))));
                }
                l_448 |= ((l_463 | (g_77 = p_50)) || ((safe_mul_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(l_437.f1, l_459[2][0][3])), (((~(*l_85)) & 0x7CE919EEL) & g_219.f7))) >= (safe_add_func_int16_t_s_s((safe_unary_minus_func_int64_t_s(((*l_436) = p_50))), 1UL))));
            }
            (*l_507) = g_217.f5;
            for (g_221.f4 = (-2); (g_221.f4 < 10); g_221.f4++)
            { /* block id: 229 */
                uint32_t l_513 = 7UL;
                for (l_481 = 0; (l_481 >= (-19)); l_481--)
                { /* block id: 232 */
                    int8_t l_512 = (-1L);
                    l_513++;
                }
            }
            if (((*g_416) = ((safe_unary_minus_func_int16_t_s(((*l_378) = ((-5L) <= l_442)))) , (&l_123[2][2] != ((safe_add_func_uint64_t_u_u(((l_519[0][0] == l_519[2][1]) == (~(0xCB78E0922B9B50C5LL < ((void*)0 != l_521[9])))), 0x236D94BE50FAC2D5LL)) , (void*)0)))))
            { /* block id: 238 */
                uint16_t l_523 = 0xF441L;
                struct S0 l_539 = {1,-14490};
                int8_t l_540 = 0x27L;
                int32_t l_541 = 0x8FC1514BL;
                int32_t l_554 = 0xEAA555B4L;
                int32_t l_555[8] = {0x19207542L,0x19207542L,0xA5DE46D9L,0x19207542L,0x19207542L,0xA5DE46D9L,0x19207542L,0x19207542L};
                int32_t l_556 = 1L;
                uint64_t l_559 = 0xEF2697D9AA3255E7LL;
                int i;
                l_523 |= (-3L);
                for (g_215.f1 = 18; (g_215.f1 == (-7)); g_215.f1--)
                { /* block id: 242 */
                    uint64_t *l_536 = &g_221.f6;
                    int32_t l_545[9][3] = {{0x339DA5B1L,0x339DA5B1L,0x339DA5B1L},{0xF83930C6L,0x0D4AAB7BL,0xF83930C6L},{0x339DA5B1L,0x339DA5B1L,0x339DA5B1L},{0xF83930C6L,0x0D4AAB7BL,0xF83930C6L},{0x339DA5B1L,0x339DA5B1L,0x339DA5B1L},{0xF83930C6L,0x0D4AAB7BL,0xF83930C6L},{0x339DA5B1L,0x339DA5B1L,0x339DA5B1L},{0xF83930C6L,0x0D4AAB7BL,0xF83930C6L},{0x339DA5B1L,0x339DA5B1L,0x339DA5B1L}};
                    int i, j;
                    l_541 |= (safe_sub_func_int32_t_s_s((p_48 != (g_217.f5.f0 , (-7L))), ((*l_358) |= (safe_mod_func_uint8_t_u_u(((*l_85) != (((**g_356) , ((l_523 , ((l_530 != l_531) , (safe_sub_func_int64_t_s_s((((safe_mod_func_uint16_t_u_u((((*l_536)++) , ((((*l_377) = ((l_170 , l_539) , g_171[2][4].f0)) > g_182.f0) , l_539.f1)), p_48)) || p_50) ^ 0xC3254CB4L), l_523)))) != l_540)) , 0x802DL)), p_50)))));
                    (*g_37) = ((l_540 < ((g_18 = g_542) , g_94)) , ((void*)0 == g_543));
                    if (l_545[5][2])
                    { /* block id: 249 */
                        struct S1 ***l_546[2];
                        int32_t *l_548[5];
                        int i;
                        for (i = 0; i < 2; i++)
                            l_546[i] = (void*)0;
                        for (i = 0; i < 5; i++)
                            l_548[i] = (void*)0;
                        p_51 = p_49;
                        l_547[1] = &g_236;
                        if (l_539.f1)
                            continue;
                        l_548[4] = &g_38;
                    }
                    else
                    { /* block id: 254 */
                        int64_t l_549 = 0x6D4330EA97492E2DLL;
                        int32_t l_550 = 1L;
                        int32_t l_551 = 0x57CA79CCL;
                        int32_t l_552 = (-1L);
                        int32_t l_553[4];
                        int i;
                        for (i = 0; i < 4; i++)
                            l_553[i] = 0xA9720746L;
                        l_559++;
                    }
                }
                return (*p_47);
            }
            else
            { /* block id: 259 */
                int32_t l_562 = 0xC1CCF1B0L;
                int32_t l_563 = 0x2C3397D6L;
                int32_t l_565 = 9L;
                int64_t l_567 = 0L;
                l_568--;
            }
        }
        return l_468[5][8];
    }
    else
    { /* block id: 264 */
        return (*g_416);
    }
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
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    transparent_crc(g_24, "g_24", print_hash_value);
    transparent_crc(g_38, "g_38", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    transparent_crc(g_94, "g_94", print_hash_value);
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_108, "g_108", print_hash_value);
    transparent_crc(g_133, "g_133", print_hash_value);
    transparent_crc(g_165, "g_165", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_171[i][j].f0, "g_171[i][j].f0", print_hash_value);
            transparent_crc(g_171[i][j].f1, "g_171[i][j].f1", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_182.f0, "g_182.f0", print_hash_value);
    transparent_crc(g_182.f1, "g_182.f1", print_hash_value);
    transparent_crc(g_182.f2, "g_182.f2", print_hash_value);
    transparent_crc(g_182.f3, "g_182.f3", print_hash_value);
    transparent_crc(g_182.f4, "g_182.f4", print_hash_value);
    transparent_crc(g_182.f5.f0, "g_182.f5.f0", print_hash_value);
    transparent_crc(g_182.f5.f1, "g_182.f5.f1", print_hash_value);
    transparent_crc(g_182.f6, "g_182.f6", print_hash_value);
    transparent_crc(g_182.f7, "g_182.f7", print_hash_value);
    transparent_crc(g_182.f8, "g_182.f8", print_hash_value);
    transparent_crc(g_206, "g_206", print_hash_value);
    transparent_crc(g_215.f0, "g_215.f0", print_hash_value);
    transparent_crc(g_215.f1, "g_215.f1", print_hash_value);
    transparent_crc(g_215.f2, "g_215.f2", print_hash_value);
    transparent_crc(g_215.f3, "g_215.f3", print_hash_value);
    transparent_crc(g_215.f4, "g_215.f4", print_hash_value);
    transparent_crc(g_215.f5.f0, "g_215.f5.f0", print_hash_value);
    transparent_crc(g_215.f5.f1, "g_215.f5.f1", print_hash_value);
    transparent_crc(g_215.f6, "g_215.f6", print_hash_value);
    transparent_crc(g_215.f7, "g_215.f7", print_hash_value);
    transparent_crc(g_215.f8, "g_215.f8", print_hash_value);
    transparent_crc(g_217.f0, "g_217.f0", print_hash_value);
    transparent_crc(g_217.f1, "g_217.f1", print_hash_value);
    transparent_crc(g_217.f2, "g_217.f2", print_hash_value);
    transparent_crc(g_217.f3, "g_217.f3", print_hash_value);
    transparent_crc(g_217.f4, "g_217.f4", print_hash_value);
    transparent_crc(g_217.f5.f0, "g_217.f5.f0", print_hash_value);
    transparent_crc(g_217.f5.f1, "g_217.f5.f1", print_hash_value);
    transparent_crc(g_217.f6, "g_217.f6", print_hash_value);
    transparent_crc(g_217.f7, "g_217.f7", print_hash_value);
    transparent_crc(g_217.f8, "g_217.f8", print_hash_value);
    transparent_crc(g_219.f0, "g_219.f0", print_hash_value);
    transparent_crc(g_219.f1, "g_219.f1", print_hash_value);
    transparent_crc(g_219.f2, "g_219.f2", print_hash_value);
    transparent_crc(g_219.f3, "g_219.f3", print_hash_value);
    transparent_crc(g_219.f4, "g_219.f4", print_hash_value);
    transparent_crc(g_219.f5.f0, "g_219.f5.f0", print_hash_value);
    transparent_crc(g_219.f5.f1, "g_219.f5.f1", print_hash_value);
    transparent_crc(g_219.f6, "g_219.f6", print_hash_value);
    transparent_crc(g_219.f7, "g_219.f7", print_hash_value);
    transparent_crc(g_219.f8, "g_219.f8", print_hash_value);
    transparent_crc(g_221.f0, "g_221.f0", print_hash_value);
    transparent_crc(g_221.f1, "g_221.f1", print_hash_value);
    transparent_crc(g_221.f2, "g_221.f2", print_hash_value);
    transparent_crc(g_221.f3, "g_221.f3", print_hash_value);
    transparent_crc(g_221.f4, "g_221.f4", print_hash_value);
    transparent_crc(g_221.f5.f0, "g_221.f5.f0", print_hash_value);
    transparent_crc(g_221.f5.f1, "g_221.f5.f1", print_hash_value);
    transparent_crc(g_221.f6, "g_221.f6", print_hash_value);
    transparent_crc(g_221.f7, "g_221.f7", print_hash_value);
    transparent_crc(g_221.f8, "g_221.f8", print_hash_value);
    transparent_crc(g_269, "g_269", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_379[i], "g_379[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_542, "g_542", print_hash_value);
    transparent_crc(g_646, "g_646", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_652[i], "g_652[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_667, "g_667", print_hash_value);
    transparent_crc(g_675, "g_675", print_hash_value);
    transparent_crc(g_696, "g_696", print_hash_value);
    transparent_crc(g_823, "g_823", print_hash_value);
    transparent_crc(g_876, "g_876", print_hash_value);
    transparent_crc(g_927, "g_927", print_hash_value);
    transparent_crc(g_971, "g_971", print_hash_value);
    transparent_crc(g_1111, "g_1111", print_hash_value);
    transparent_crc(g_1133, "g_1133", print_hash_value);
    transparent_crc(g_1277, "g_1277", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_1298[i], "g_1298[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_1306[i][j][k], "g_1306[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1338, "g_1338", print_hash_value);
    transparent_crc(g_1443, "g_1443", print_hash_value);
    transparent_crc(g_1516, "g_1516", print_hash_value);
    transparent_crc(g_1559, "g_1559", print_hash_value);
    transparent_crc(g_1603, "g_1603", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 6; j++)
        {
            transparent_crc(g_1701[i][j], "g_1701[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1842, "g_1842", print_hash_value);
    transparent_crc(g_1990, "g_1990", print_hash_value);
    transparent_crc(g_2103, "g_2103", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 2
breakdown:
   depth: 0, occurrence: 618
   depth: 1, occurrence: 33
   depth: 2, occurrence: 13
XXX total union variables: 0

XXX non-zero bitfields defined in structs: 2
XXX zero bitfields defined in structs: 0
XXX const bitfields defined in structs: 0
XXX volatile bitfields defined in structs: 0
XXX structs with bitfields in the program: 90
breakdown:
   indirect level: 0, occurrence: 46
   indirect level: 1, occurrence: 11
   indirect level: 2, occurrence: 11
   indirect level: 3, occurrence: 11
   indirect level: 4, occurrence: 2
   indirect level: 5, occurrence: 9
XXX full-bitfields structs in the program: 33
breakdown:
   indirect level: 0, occurrence: 33
XXX times a bitfields struct's address is taken: 71
XXX times a bitfields struct on LHS: 16
XXX times a bitfields struct on RHS: 56
XXX times a single bitfield on LHS: 13
XXX times a single bitfield on RHS: 85

XXX max expression depth: 51
breakdown:
   depth: 1, occurrence: 136
   depth: 2, occurrence: 38
   depth: 3, occurrence: 2
   depth: 6, occurrence: 1
   depth: 10, occurrence: 1
   depth: 11, occurrence: 1
   depth: 12, occurrence: 2
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 17, occurrence: 3
   depth: 18, occurrence: 1
   depth: 20, occurrence: 2
   depth: 21, occurrence: 2
   depth: 22, occurrence: 3
   depth: 23, occurrence: 1
   depth: 24, occurrence: 2
   depth: 25, occurrence: 1
   depth: 27, occurrence: 1
   depth: 28, occurrence: 2
   depth: 29, occurrence: 1
   depth: 30, occurrence: 1
   depth: 37, occurrence: 1
   depth: 51, occurrence: 1

XXX total number of pointers: 495

XXX times a variable address is taken: 1081
XXX times a pointer is dereferenced on RHS: 166
breakdown:
   depth: 1, occurrence: 139
   depth: 2, occurrence: 23
   depth: 3, occurrence: 3
   depth: 4, occurrence: 0
   depth: 5, occurrence: 1
XXX times a pointer is dereferenced on LHS: 258
breakdown:
   depth: 1, occurrence: 250
   depth: 2, occurrence: 7
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 51
XXX times a pointer is compared with address of another variable: 17
XXX times a pointer is compared with another pointer: 17
XXX times a pointer is qualified to be dereferenced: 8446

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1083
   level: 2, occurrence: 242
   level: 3, occurrence: 164
   level: 4, occurrence: 29
   level: 5, occurrence: 8
XXX number of pointers point to pointers: 215
XXX number of pointers point to scalars: 254
XXX number of pointers point to structs: 26
XXX percent of pointers has null in alias set: 32.5
XXX average alias set size: 1.51

XXX times a non-volatile is read: 1672
XXX times a non-volatile is write: 850
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 11

XXX stmts: 137
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 27
   depth: 1, occurrence: 21
   depth: 2, occurrence: 12
   depth: 3, occurrence: 20
   depth: 4, occurrence: 29
   depth: 5, occurrence: 28

XXX percentage a fresh-made variable is used: 16.2
XXX percentage an existing variable is used: 83.8
FYI: the random generator makes assumptions about the integer size. See platform.info for more details.
********************* end of statistics **********************/

