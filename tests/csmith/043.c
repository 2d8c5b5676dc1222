/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 50 --no-packed-struct --no-volatiles --max-funcs 8 -o /tmp/tmp.3qOQf701UA/p.c
 * Seed:      50
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = (-2L);
static int32_t g_5[5][10][4] = {{{0x16037280L,0xBE776E9FL,0xA13735CAL,0L},{0x1ED30906L,(-2L),(-1L),0x70783DB4L},{0x216D7279L,0x59C42FA4L,0x002A9564L,0L},{0xDC46221EL,0xB5F732BCL,(-1L),1L},{0x0165D3E8L,0x70AACC70L,0x216D7279L,2L},{0x0CB933DFL,0x88C8ECA7L,(-1L),0x54554565L},{0x656E2E31L,(-1L),4L,1L},{2L,0x656E2E31L,0x6EE3E4F6L,0x656E2E31L},{(-5L),(-4L),0x35A60C43L,0xB5BDDDD5L},{0xA13735CAL,0L,0x88C8ECA7L,0xD67A3D58L}},{{0xCBDFAC86L,0x16037280L,(-1L),(-1L)},{0xCBDFAC86L,4L,0xBE776E9FL,1L},{(-1L),0x1ED30906L,0L,(-2L)},{(-1L),(-1L),0x70783DB4L,0xCBDFAC86L},{0xDC46221EL,0x89BE308DL,1L,0L},{(-1L),2L,1L,0L},{0L,0x6AF83395L,0xB5BDDDD5L,0xB5F732BCL},{0xD9A65C8BL,0L,0xB5F732BCL,0x0165D3E8L},{0x002A9564L,0xD67A3D58L,4L,1L},{0xB5BDDDD5L,5L,0x26A67225L,0xE4C12F69L}},{{0xCBDFAC86L,(-4L),(-1L),(-1L)},{0x656E2E31L,0x54554565L,0xCBDFAC86L,0xB5BDDDD5L},{0x0165D3E8L,1L,0x1ED30906L,0L},{0xDD727AB8L,0x70AACC70L,(-4L),0x881F6C98L},{0L,0xE4C12F69L,0xE4C12F69L,0L},{0x6AF83395L,0xA309CE07L,0x88C8ECA7L,(-6L)},{(-7L),0xCBDFAC86L,0xD7AD251AL,0xD9A65C8BL},{(-4L),0xDD727AB8L,0x89BE308DL,0xD9A65C8BL},{0x70AACC70L,0xCBDFAC86L,0xA13735CAL,(-6L)},{0x58E9D28BL,0xA309CE07L,0L,0L}},{{0x70783DB4L,0xE4C12F69L,0L,0x881F6C98L},{0xB5F732BCL,0x70AACC70L,4L,0L},{0x88C8ECA7L,1L,(-2L),0xB5BDDDD5L},{0xBE776E9FL,0x54554565L,(-5L),(-1L)},{1L,(-4L),0x6AF83395L,0xE4C12F69L},{0L,5L,0x54554565L,1L},{1L,0xD67A3D58L,0xD9A65C8BL,0x0165D3E8L},{2L,0L,0x216D7279L,0xB5F732BCL},{5L,0x6AF83395L,1L,0L},{4L,2L,(-1L),0L}},{{0x16037280L,0x89BE308DL,0x0165D3E8L,0xCBDFAC86L},{(-1L),(-1L),(-1L),(-2L)},{0x881F6C98L,0x1ED30906L,0L,1L},{(-2L),0x5465392FL,0x0CB933DFL,0x1ED30906L},{0x26A67225L,0x656E2E31L,0x0CB933DFL,0xE9426CEFL},{(-2L),0x83A56CF6L,0L,0xF74462D1L},{0x881F6C98L,0L,(-1L),(-1L)},{(-1L),(-1L),0x0165D3E8L,0x88C8ECA7L},{0x16037280L,1L,(-1L),2L},{4L,0xBE776E9FL,1L,0xDC46221EL}}};
static int32_t g_6 = (-6L);
static int32_t g_7 = 2L;
static int32_t g_8 = 0xCA241E22L;
static uint8_t g_10 = 0xE6L;
static uint32_t g_18 = 0xCAA6ABB2L;
static int32_t g_40[10] = {(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L)};
static const int32_t *g_44 = &g_6;
static const int32_t **g_43 = &g_44;
static int16_t g_57 = 6L;
static int16_t g_60 = 0x94F5L;
static int64_t g_89 = 0xF4D78F30ED53B0E2LL;
static int16_t g_93 = 0xE7ACL;
static const uint32_t g_103[10] = {4294967287UL,4294967290UL,4294967287UL,4294967287UL,4294967290UL,4294967287UL,4294967287UL,4294967290UL,4294967287UL,4294967287UL};
static const uint32_t *g_102 = &g_103[4];
static uint8_t g_108 = 0UL;
static int8_t g_113 = 7L;
static uint16_t g_141 = 0x4222L;
static uint32_t *g_158 = &g_18;
static int64_t g_162[7][7][5] = {{{0x7558CCBDE4370164LL,0x01A5239877F8201CLL,4L,0L,0xE723CEFFE510EADCLL},{0xA4EC0DFEC3DBCAAFLL,0x9EDCDB7876320E90LL,0x9380DC62A66E88F5LL,(-7L),0x9EDCDB7876320E90LL},{0x4845B68A7D9E7F87LL,0x0D7F46AD5B22CD46LL,4L,0L,(-1L)},{(-1L),0x9CC642A9DD3993F1LL,0x9CC642A9DD3993F1LL,(-1L),0x829C22D08AE7450BLL},{(-9L),0L,(-1L),(-1L),0L},{8L,0x1EF60FB9728FA397LL,(-4L),0L,0x2F756BAA7402C094LL},{(-1L),0L,0xE723CEFFE510EADCLL,(-1L),0x9E10CE32B38B3E49LL}},{{0x9049C42DECD23E7CLL,0x9B40A8A3908BB1C3LL,0x0297C0C016474E88LL,2L,0x9B40A8A3908BB1C3LL},{(-1L),(-9L),0L,0x0D7F46AD5B22CD46LL,0x94B68249875E5E2DLL},{8L,0x75DE231E16E7FE30LL,0x9CC642A9DD3993F1LL,0xD7E0BF0153984BC8LL,0x9B40A8A3908BB1C3LL},{(-9L),0x9E10CE32B38B3E49LL,0xD30B9B3221AC8522LL,(-1L),0x9E10CE32B38B3E49LL},{0x3F0AB7DFDD691CFFLL,0x1EF60FB9728FA397LL,2L,0xD7E0BF0153984BC8LL,0x2F756BAA7402C094LL},{0x8384813EE79D9D36LL,1L,0xE723CEFFE510EADCLL,0x0D7F46AD5B22CD46LL,0L},{0x9049C42DECD23E7CLL,0x829C22D08AE7450BLL,2L,2L,0x829C22D08AE7450BLL}},{{0x83BFFE39278E0849LL,(-9L),0xD30B9B3221AC8522LL,(-1L),0x94B68249875E5E2DLL},{4L,0x829C22D08AE7450BLL,0x9CC642A9DD3993F1LL,0L,0x75DE231E16E7FE30LL},{(-9L),1L,0L,(-1L),1L},{4L,0x1EF60FB9728FA397LL,0x0297C0C016474E88LL,(-1L),0x2F756BAA7402C094LL},{0x83BFFE39278E0849LL,0x9E10CE32B38B3E49LL,0xE723CEFFE510EADCLL,0x7605CBCC48F9F208LL,1L},{0x9049C42DECD23E7CLL,0x75DE231E16E7FE30LL,(-4L),2L,0x75DE231E16E7FE30LL},{0x8384813EE79D9D36LL,(-9L),(-1L),0x7605CBCC48F9F208LL,0x94B68249875E5E2DLL}},{{0x3F0AB7DFDD691CFFLL,0x9B40A8A3908BB1C3LL,0x9CC642A9DD3993F1LL,(-1L),0x829C22D08AE7450BLL},{(-9L),0L,(-1L),(-1L),0L},{8L,0x1EF60FB9728FA397LL,(-4L),0L,0x2F756BAA7402C094LL},{(-1L),0L,0xE723CEFFE510EADCLL,(-1L),0x9E10CE32B38B3E49LL},{0x9049C42DECD23E7CLL,0x9B40A8A3908BB1C3LL,0x0297C0C016474E88LL,2L,0x9B40A8A3908BB1C3LL},{(-1L),(-9L),0L,0x0D7F46AD5B22CD46LL,0x94B68249875E5E2DLL},{8L,0x75DE231E16E7FE30LL,0x9CC642A9DD3993F1LL,0xD7E0BF0153984BC8LL,0x9B40A8A3908BB1C3LL}},{{(-9L),0x9E10CE32B38B3E49LL,0xD30B9B3221AC8522LL,(-1L),0x9E10CE32B38B3E49LL},{0x3F0AB7DFDD691CFFLL,0x1EF60FB9728FA397LL,2L,0xD7E0BF0153984BC8LL,0x2F756BAA7402C094LL},{0x8384813EE79D9D36LL,1L,0xE723CEFFE510EADCLL,0x0D7F46AD5B22CD46LL,0L},{0x9049C42DECD23E7CLL,0x829C22D08AE7450BLL,2L,2L,0x829C22D08AE7450BLL},{0x83BFFE39278E0849LL,(-9L),0xD30B9B3221AC8522LL,(-1L),0x94B68249875E5E2DLL},{4L,0x829C22D08AE7450BLL,0x9CC642A9DD3993F1LL,0L,0x75DE231E16E7FE30LL},{(-9L),1L,0L,(-1L),1L}},{{4L,0x1EF60FB9728FA397LL,0x0297C0C016474E88LL,(-1L),0x2F756BAA7402C094LL},{0x83BFFE39278E0849LL,0x9E10CE32B38B3E49LL,0xE723CEFFE510EADCLL,0x7605CBCC48F9F208LL,1L},{0x9049C42DECD23E7CLL,0x75DE231E16E7FE30LL,(-4L),2L,0x75DE231E16E7FE30LL},{0x8384813EE79D9D36LL,(-9L),(-1L),0x7605CBCC48F9F208LL,0x94B68249875E5E2DLL},{0x3F0AB7DFDD691CFFLL,0x9B40A8A3908BB1C3LL,0x9CC642A9DD3993F1LL,(-1L),0x829C22D08AE7450BLL},{(-9L),0L,(-1L),(-1L),0L},{8L,0x1EF60FB9728FA397LL,0x3A1DB9036F656CE4LL,0x2F756BAA7402C094LL,5L}},{{4L,0x1EC77C8A7663907ELL,1L,0x94B68249875E5E2DLL,(-8L)},{0xB4616CE418E54D31LL,(-1L),(-1L),0x32A9E99FB6E159C1LL,(-1L)},{4L,0x4845B68A7D9E7F87LL,(-6L),(-9L),0x79A6BD1659E81E94LL},{0xAA6FE15A51C16617LL,0xC74453018A909A0BLL,0x9B40A8A3908BB1C3LL,(-1L),(-1L)},{(-3L),(-8L),0xE8150FF4D6F54891LL,(-1L),(-8L)},{1L,(-1L),0x32A9E99FB6E159C1LL,(-1L),5L},{0x76D8C3317FEB4686LL,0x9BA86230F59ADD79LL,1L,(-9L),0x1EC77C8A7663907ELL}}};
static uint32_t g_164 = 0xF5FE06BFL;
static uint64_t g_204 = 0UL;
static uint32_t g_212 = 1UL;
static int32_t g_260 = 7L;
static uint16_t g_273 = 0UL;
static int8_t g_276 = 1L;
static int8_t g_283 = (-1L);
static int32_t g_285 = 0x9E47FB7FL;
static int64_t g_287 = 0x0D0107AFF41B1098LL;
static int32_t g_288 = 0x44338563L;
static int16_t *g_365 = (void*)0;
static int16_t **g_364 = &g_365;
static int32_t *g_417 = (void*)0;
static const int64_t g_506 = 1L;
static const int32_t g_613 = (-9L);
static const int16_t g_626 = 1L;
static int16_t ***g_667 = (void*)0;
static uint16_t * const *g_670 = (void*)0;
static uint32_t g_701 = 0xF1E4F3AEL;
static int32_t * const *g_734 = &g_417;
static int16_t * const **g_830 = (void*)0;
static uint8_t **g_886 = (void*)0;
static uint32_t **g_949 = &g_158;
static uint64_t *g_975 = &g_204;
static uint64_t **g_974 = &g_975;
static int32_t g_1034[9] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
static uint16_t *g_1047[9][1] = {{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}};
static uint16_t **g_1046 = &g_1047[6][0];
static uint32_t g_1065 = 0UL;
static int32_t *g_1067 = &g_40[0];
static int8_t g_1074 = 1L;
static const int16_t *g_1100[7] = {&g_626,&g_626,&g_626,&g_626,&g_626,&g_626,&g_626};
static int32_t g_1144[7] = {0xAC80EC2AL,0xAC80EC2AL,0xAC80EC2AL,0xAC80EC2AL,0xAC80EC2AL,0xAC80EC2AL,0xAC80EC2AL};
static const uint8_t g_1156 = 1UL;
static int16_t g_1167 = 3L;
static const uint16_t g_1186 = 0x2537L;
static int64_t g_1205 = 0L;
static const int64_t g_1269 = 0L;
static uint16_t g_1296 = 0xAAF6L;
static uint16_t g_1523 = 1UL;
static int64_t *g_1569 = &g_89;
static int64_t **g_1568 = &g_1569;
static int64_t ***g_1567 = &g_1568;
static uint64_t g_1598 = 0x5EA0F6F05912C626LL;
static int32_t **g_1623[7][2] = {{(void*)0,&g_417},{(void*)0,&g_417},{(void*)0,&g_417},{(void*)0,&g_417},{(void*)0,&g_417},{(void*)0,&g_417},{(void*)0,&g_417}};
static int32_t ** const *g_1700 = &g_1623[1][1];
static int32_t ** const **g_1699 = &g_1700;
static uint32_t g_1774 = 0xE7A74F05L;
static const uint32_t ***g_1789 = (void*)0;
static const uint32_t ****g_1788 = &g_1789;
static uint16_t g_1803 = 0xFEEAL;
static int32_t g_1809 = (-1L);
static int32_t *g_1828 = (void*)0;
static int32_t g_1885[1] = {0xDBAA29D3L};
static int64_t g_1889 = 1L;
static int64_t ** const *g_2021 = &g_1568;
static int64_t ** const **g_2020 = &g_2021;
static uint64_t g_2106[1][2][5] = {{{0x5DD279296E0E4C8FLL,0x5DD279296E0E4C8FLL,0x5DD279296E0E4C8FLL,0x5DD279296E0E4C8FLL,0x5DD279296E0E4C8FLL},{0xE3156AE1AC385D9BLL,1UL,0xE3156AE1AC385D9BLL,1UL,0xE3156AE1AC385D9BLL}}};
static int16_t g_2157[7][6][6] = {{{0x7207L,(-3L),6L,0x1A9CL,6L,(-3L)},{6L,0x7207L,0xF07AL,(-1L),(-1L),0xF07AL},{6L,6L,(-1L),0x1A9CL,1L,0x1A9CL},{0x7207L,6L,0x7207L,0xF07AL,(-1L),(-1L)},{(-3L),0x7207L,0x7207L,(-3L),6L,0x1A9CL},{0x1A9CL,(-3L),(-1L),(-3L),0x1A9CL,0xF07AL}},{{(-3L),0x1A9CL,0xF07AL,0xF07AL,0x1A9CL,(-3L)},{0x7207L,(-3L),6L,0x1A9CL,6L,(-3L)},{6L,0x7207L,0xF07AL,(-1L),(-1L),0xF07AL},{6L,6L,(-1L),0x1A9CL,1L,0x1A9CL},{0x7207L,6L,0x7207L,0xF07AL,(-1L),(-1L)},{(-3L),0x7207L,0x7207L,(-3L),6L,0x1A9CL}},{{0x1A9CL,(-3L),(-1L),(-3L),0x1A9CL,0xF07AL},{(-3L),0x1A9CL,0xF07AL,0xF07AL,0x1A9CL,(-3L)},{0x7207L,(-3L),6L,0x1A9CL,6L,(-3L)},{6L,0x7207L,0xF07AL,(-1L),(-1L),0xF07AL},{1L,1L,6L,0xF07AL,(-3L),0xF07AL},{0x1A9CL,1L,0x1A9CL,(-1L),6L,6L}},{{0x7207L,0x1A9CL,0x1A9CL,0x7207L,1L,0xF07AL},{0xF07AL,0x7207L,6L,0x7207L,0xF07AL,(-1L)},{0x7207L,0xF07AL,(-1L),(-1L),0xF07AL,0x7207L},{0x1A9CL,0x7207L,1L,0xF07AL,1L,0x7207L},{1L,0x1A9CL,(-1L),6L,6L,(-1L)},{1L,1L,6L,0xF07AL,(-3L),0xF07AL}},{{0x1A9CL,1L,0x1A9CL,(-1L),6L,6L},{0x7207L,0x1A9CL,0x1A9CL,0x7207L,1L,0xF07AL},{0xF07AL,0x7207L,6L,0x7207L,0xF07AL,(-1L)},{0x7207L,0xF07AL,(-1L),(-1L),0xF07AL,0x7207L},{0x1A9CL,0x7207L,1L,0xF07AL,1L,0x7207L},{1L,0x1A9CL,(-1L),6L,6L,(-1L)}},{{1L,1L,6L,0xF07AL,(-3L),0xF07AL},{0x1A9CL,1L,0x1A9CL,(-1L),6L,6L},{0x7207L,0x1A9CL,0x1A9CL,0x7207L,1L,0xF07AL},{0xF07AL,0x7207L,6L,0x7207L,0xF07AL,(-1L)},{0x7207L,0xF07AL,(-1L),(-1L),0xF07AL,0x7207L},{0x1A9CL,0x7207L,1L,0xF07AL,1L,0x7207L}},{{1L,0x1A9CL,(-1L),6L,6L,(-1L)},{1L,1L,6L,0xF07AL,(-3L),0xF07AL},{0x1A9CL,1L,0x1A9CL,(-1L),6L,6L},{0x7207L,0x1A9CL,0x1A9CL,0x7207L,1L,0xF07AL},{0xF07AL,0x7207L,6L,0x7207L,0xF07AL,(-1L)},{0x7207L,0xF07AL,(-1L),(-1L),0xF07AL,0x7207L}}};
static uint16_t g_2175 = 0x69A5L;
static int8_t g_2226 = 0xF6L;


/* --- FORWARD DECLARATIONS --- */
static uint8_t  func_1(void);
static int32_t * func_11(int32_t  p_12, const uint32_t  p_13);
static uint8_t  func_26(const uint32_t * const  p_27, int32_t * p_28, uint32_t * p_29, uint64_t  p_30, uint32_t * p_31);
static uint32_t * func_34(const int32_t ** p_35, uint8_t  p_36);
static const int32_t ** func_37(int64_t  p_38);
static uint8_t  func_47(uint16_t  p_48, uint32_t  p_49, uint32_t * p_50, const int8_t  p_51);
static uint8_t  func_61(uint32_t * const  p_62, int32_t  p_63);
static uint32_t * const  func_64(int8_t  p_65, int32_t * p_66, int16_t  p_67, uint32_t * p_68);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3 g_8 g_5 g_6 g_10 g_57 g_1144 g_1567 g_1788 g_1789 g_975 g_1568 g_1569 g_89 g_949 g_158 g_204 g_43 g_1186 g_141 g_1205 g_40 g_102 g_103 g_734 g_417 g_1067 g_1803 g_273 g_60 g_1034 g_1523 g_108 g_93 g_2020 g_2021 g_7 g_285 g_1774 g_1296 g_1167
 * writes: g_3 g_5 g_6 g_7 g_8 g_10 g_57 g_1568 g_204 g_1144 g_44 g_40 g_18 g_1074 g_949 g_1803 g_273 g_60 g_1523 g_276 g_108 g_93 g_2157
 */
static uint8_t  func_1(void)
{ /* block id: 0 */
    int32_t l_2[5][10][3] = {{{(-1L),(-9L),1L},{(-5L),0x3C86992FL,(-3L)},{8L,0x621EC218L,0xF3D4E677L},{1L,0x4448110CL,0x72759951L},{0x8607F470L,0x9A4D91F0L,0x8A52B4B5L},{0x8607F470L,(-9L),8L},{1L,0L,0x7059141AL},{8L,(-1L),0x39D6B9C2L},{(-5L),0x568BE135L,0x72759951L},{(-1L),0L,0x39D6B9C2L}},{{0x03F0244CL,(-9L),0x7059141AL},{5L,6L,0x7F825E7AL},{0x7F825E7AL,0x8607F470L,1L},{2L,0x8607F470L,2L},{5L,1L,(-1L)},{0x40FC0272L,8L,(-1L)},{0x32456160L,(-5L),(-10L)},{0x7F825E7AL,(-1L),0xE58D020BL},{0x32456160L,0x03F0244CL,2L},{0x40FC0272L,5L,(-1L)}},{{5L,8L,(-6L)},{2L,0x72759951L,(-6L)},{0x7F825E7AL,1L,(-1L)},{0xB9DA4D07L,0L,2L},{0x19C44D4EL,3L,0xE58D020BL},{(-2L),8L,(-10L)},{5L,3L,(-1L)},{0x7F825E7AL,0L,(-1L)},{0xE072305AL,1L,2L},{1L,0x72759951L,1L}},{{1L,8L,0x7F825E7AL},{0xE072305AL,5L,0L},{0x7F825E7AL,0x03F0244CL,(-1L)},{5L,(-1L),2L},{(-2L),(-5L),(-1L)},{0x19C44D4EL,8L,0L},{0xB9DA4D07L,1L,0x7F825E7AL},{0x7F825E7AL,0x8607F470L,1L},{2L,0x8607F470L,2L},{5L,1L,(-1L)}},{{0x40FC0272L,8L,(-1L)},{0x32456160L,(-5L),(-10L)},{0x7F825E7AL,(-1L),0xE58D020BL},{0x32456160L,0x03F0244CL,2L},{0x40FC0272L,5L,(-1L)},{5L,8L,(-6L)},{2L,0x72759951L,(-6L)},{0x7F825E7AL,1L,(-1L)},{0xB9DA4D07L,0L,2L},{0x19C44D4EL,3L,0xE58D020BL}}};
    uint32_t l_1850 = 0x58B9CC8DL;
    const int64_t *l_1869 = &g_89;
    const int32_t l_1915[10] = {0xF77FD5DCL,0xF77FD5DCL,0xF77FD5DCL,0xF77FD5DCL,0xF77FD5DCL,0xF77FD5DCL,0xF77FD5DCL,0xF77FD5DCL,0xF77FD5DCL,0xF77FD5DCL};
    int8_t l_1930 = 0L;
    int32_t l_1931 = 0x51130761L;
    int64_t *l_2070 = &g_1205;
    int32_t *l_2108 = &g_7;
    uint64_t **l_2132 = &g_975;
    int32_t l_2177 = 0x868DA137L;
    uint16_t l_2198 = 65534UL;
    int32_t l_2245[9][8][3] = {{{4L,1L,0x935CB514L},{0x6985BA56L,(-1L),0x3911E745L},{4L,4L,0xBF2A6BC6L},{(-7L),(-10L),(-7L)},{1L,4L,3L},{0x24A13297L,(-1L),0x497F3C88L},{0xE5950169L,1L,3L},{(-6L),(-1L),(-7L)}},{{0x9843C6BCL,0xE5950169L,0xBF2A6BC6L},{(-6L),1L,0x3911E745L},{0xE5950169L,0x9843C6BCL,0x935CB514L},{0x24A13297L,1L,0x56CFC4FFL},{1L,0xE5950169L,0x5E60D1F2L},{(-7L),(-1L),0x56CFC4FFL},{4L,1L,0x935CB514L},{0x6985BA56L,(-1L),0x3911E745L}},{{4L,4L,0xBF2A6BC6L},{(-7L),(-10L),(-7L)},{1L,4L,3L},{0x24A13297L,(-1L),0x497F3C88L},{0xE5950169L,1L,3L},{(-6L),(-1L),(-7L)},{1L,0xD66BD5D5L,4L},{1L,0xD57638FFL,(-6L)}},{{0xD66BD5D5L,1L,0x02CCA7A2L},{5L,0xD57638FFL,0x6985BA56L},{0x35B68906L,0xD66BD5D5L,(-1L)},{0x4ABFF1EBL,0x4FC4B664L,0x6985BA56L},{0L,0x35B68906L,0x02CCA7A2L},{(-1L),0x7606AB81L,(-6L)},{0L,0L,4L},{0x4ABFF1EBL,0x15623A55L,0x9A67B9C5L}},{{0x35B68906L,0L,0x9843C6BCL},{5L,0x7606AB81L,0xAD46D232L},{0xD66BD5D5L,0x35B68906L,0x9843C6BCL},{1L,0x4FC4B664L,0x9A67B9C5L},{1L,0xD66BD5D5L,4L},{1L,0xD57638FFL,(-6L)},{0xD66BD5D5L,1L,0x02CCA7A2L},{5L,0xD57638FFL,0x6985BA56L}},{{0x35B68906L,0xD66BD5D5L,(-1L)},{0x4ABFF1EBL,0x4FC4B664L,0x6985BA56L},{0L,0x35B68906L,0x02CCA7A2L},{(-1L),0x7606AB81L,(-6L)},{0L,0L,4L},{0x4ABFF1EBL,0x15623A55L,0x9A67B9C5L},{0x35B68906L,0L,0x9843C6BCL},{5L,0x7606AB81L,0xAD46D232L}},{{0xD66BD5D5L,0x35B68906L,0x9843C6BCL},{1L,0x4FC4B664L,0x9A67B9C5L},{1L,0xD66BD5D5L,4L},{1L,0xD57638FFL,(-6L)},{0xD66BD5D5L,1L,0x02CCA7A2L},{5L,0xD57638FFL,0x6985BA56L},{0x35B68906L,0xD66BD5D5L,(-1L)},{0x4ABFF1EBL,0x4FC4B664L,0x6985BA56L}},{{0L,0x35B68906L,0x02CCA7A2L},{(-1L),0x7606AB81L,(-6L)},{0L,0L,4L},{0x4ABFF1EBL,0x15623A55L,0x9A67B9C5L},{0x35B68906L,0L,0x9843C6BCL},{5L,0x7606AB81L,0xAD46D232L},{0xD66BD5D5L,0x35B68906L,0x9843C6BCL},{1L,0x4FC4B664L,0x9A67B9C5L}},{{1L,0xD66BD5D5L,4L},{1L,0xD57638FFL,(-6L)},{0xD66BD5D5L,1L,0x02CCA7A2L},{5L,0xD57638FFL,0x6985BA56L},{0x35B68906L,0xD66BD5D5L,(-1L)},{0x4ABFF1EBL,0x4FC4B664L,0x6985BA56L},{0L,0x35B68906L,0x02CCA7A2L},{(-1L),0x7606AB81L,(-6L)}}};
    uint16_t l_2374 = 1UL;
    int i, j, k;
    for (g_3 = 0; (g_3 <= 2); g_3 += 1)
    { /* block id: 3 */
        int32_t *l_4 = &l_2[2][5][0];
        int32_t *l_1829 = &g_40[3];
        uint64_t *l_1870 = &g_1598;
        int32_t l_1876 = 0L;
        int64_t l_1883 = 0x54119D5B1D0F84DBLL;
        int32_t l_1893 = 0x5C2CEFACL;
        (*l_4) = l_2[4][0][2];
        for (g_5[4][6][0] = 0; (g_5[4][6][0] <= 2); g_5[4][6][0] += 1)
        { /* block id: 7 */
            uint32_t l_1843 = 0x5DBBF4A4L;
            int32_t l_1853 = (-1L);
            int64_t l_1872[9][1][8] = {{{(-2L),(-2L),(-6L),(-1L),0x57588DDB073EECF6LL,0x57588DDB073EECF6LL,(-1L),(-6L)}},{{(-2L),(-2L),(-6L),(-1L),0x57588DDB073EECF6LL,0x57588DDB073EECF6LL,(-1L),(-6L)}},{{(-2L),(-2L),(-6L),(-1L),0x57588DDB073EECF6LL,0x57588DDB073EECF6LL,(-1L),(-6L)}},{{(-2L),(-2L),(-6L),(-1L),0x57588DDB073EECF6LL,0x57588DDB073EECF6LL,(-1L),(-6L)}},{{(-2L),(-2L),(-6L),(-1L),0x57588DDB073EECF6LL,0x57588DDB073EECF6LL,(-1L),(-6L)}},{{(-2L),(-2L),(-6L),(-1L),0x57588DDB073EECF6LL,0x57588DDB073EECF6LL,(-1L),(-6L)}},{{(-2L),(-2L),(-6L),(-1L),0x57588DDB073EECF6LL,0x57588DDB073EECF6LL,(-1L),(-6L)}},{{(-2L),(-2L),(-6L),(-1L),0x57588DDB073EECF6LL,0x57588DDB073EECF6LL,(-1L),(-6L)}},{{(-2L),(-2L),(-6L),(-1L),0x57588DDB073EECF6LL,0x57588DDB073EECF6LL,(-1L),(-6L)}}};
            int32_t l_1881 = (-10L);
            int32_t l_1882 = 0x2E308DF3L;
            int32_t l_1886 = 0x4F505211L;
            int32_t l_1887[9][5][5] = {{{0L,1L,1L,0L,(-6L)},{(-1L),1L,1L,0x8CE13163L,0xF2519AFEL},{0L,1L,1L,0L,(-6L)},{0L,5L,1L,0x320FC545L,0xF2519AFEL},{(-1L),5L,1L,0x8CE13163L,(-6L)}},{{0x320FC545L,1L,(-8L),0x320FC545L,(-6L)},{0x320FC545L,1L,1L,0L,1L},{(-1L),1L,(-8L),0x8CE13163L,1L},{0L,1L,1L,0L,(-6L)},{0L,1L,1L,0L,(-6L)}},{{(-1L),1L,1L,0x8CE13163L,0xF2519AFEL},{0L,1L,1L,0L,(-6L)},{0L,5L,1L,0x320FC545L,0xF2519AFEL},{(-1L),5L,1L,0x8CE13163L,(-6L)},{0x320FC545L,1L,(-8L),0x320FC545L,(-6L)}},{{0x320FC545L,1L,1L,0L,1L},{(-1L),1L,(-8L),0x8CE13163L,1L},{0L,1L,1L,0L,(-6L)},{0L,1L,1L,0L,(-6L)},{(-1L),1L,1L,0x8CE13163L,0xF2519AFEL}},{{0L,1L,1L,0L,(-6L)},{0L,5L,1L,0x320FC545L,0xF2519AFEL},{(-1L),5L,1L,0x8CE13163L,(-6L)},{0x320FC545L,1L,(-8L),0x320FC545L,(-6L)},{0x320FC545L,1L,1L,0L,1L}},{{(-1L),1L,(-8L),0x8CE13163L,1L},{0L,1L,1L,0L,(-6L)},{0L,1L,1L,0L,(-6L)},{(-1L),1L,1L,0x8CE13163L,0xF2519AFEL},{0L,1L,1L,0L,(-6L)}},{{0L,5L,1L,0x320FC545L,0xF2519AFEL},{(-1L),5L,1L,0x8CE13163L,0xE3D6BA95L},{0x2EBE295DL,0x837D87ECL,0L,0x2EBE295DL,6L},{0x2EBE295DL,(-1L),0x320FC545L,8L,(-3L)},{0L,0x8CE13163L,0L,(-1L),(-3L)}},{{0x984D9264L,0x837D87ECL,1L,0x984D9264L,6L},{8L,0x8CE13163L,0x320FC545L,0x984D9264L,0xE3D6BA95L},{0L,(-1L),0x837D87ECL,(-1L),0L},{8L,0x837D87ECL,0x837D87ECL,8L,6L},{0x984D9264L,0x0D8CD846L,0x320FC545L,0x2EBE295DL,0L}},{{0L,0x0D8CD846L,1L,(-1L),0xE3D6BA95L},{0x2EBE295DL,0x837D87ECL,0L,0x2EBE295DL,6L},{0x2EBE295DL,(-1L),0x320FC545L,8L,(-3L)},{0L,0x8CE13163L,0L,(-1L),(-3L)},{0x984D9264L,0x837D87ECL,1L,0x984D9264L,6L}}};
            uint8_t l_1894 = 1UL;
            int8_t *l_1922 = &g_276;
            int i, j, k;
            for (g_6 = 2; (g_6 >= 0); g_6 -= 1)
            { /* block id: 10 */
                uint8_t l_16 = 255UL;
                int16_t **l_1830 = &g_365;
                int64_t **l_1834 = &g_1569;
                int32_t l_1842 = 6L;
                int32_t l_1871 = 1L;
                uint8_t *l_1873 = &l_16;
                int32_t l_1888 = 0xBC4A59E5L;
                int i, j, k;
                for (g_7 = 0; (g_7 <= 2); g_7 += 1)
                { /* block id: 13 */
                    for (g_8 = 2; (g_8 >= 0); g_8 -= 1)
                    { /* block id: 16 */
                        int32_t **l_9 = &l_4;
                        uint32_t *l_17[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                        uint32_t *l_19 = &g_18;
                        int i, j, k;
                        l_2[g_5[4][6][0]][(g_5[4][6][0] + 3)][g_6] = l_2[(g_8 + 1)][g_5[4][6][0]][g_5[4][6][0]];
                        (*l_9) = &g_5[4][6][0];
                        g_10 &= 0x4546B77DL;
                    }
                }
                for (g_57 = 5; (g_57 >= 2); g_57 -= 1)
                { /* block id: 889 */
                    int64_t **l_1835[2];
                    int16_t l_1848 = 1L;
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                        l_1835[i] = &g_1569;
                    if ((((l_1830 != (((((0x93L <= l_2[(g_5[4][6][0] + 1)][g_5[4][6][0]][g_6]) < (safe_unary_minus_func_int32_t_s((safe_sub_func_int64_t_s_s(g_1144[g_57], g_1144[(g_3 + 2)]))))) && ((l_1834 != ((*g_1567) = l_1835[1])) , g_1144[(g_5[4][6][0] + 3)])) || (safe_mul_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_s((l_1842 ^= (safe_rshift_func_int8_t_s_s((0x225C5EE1L > l_16), 1))), l_1843)) | 0UL), g_1144[(g_5[4][6][0] + 3)]))) , (void*)0)) != l_2[2][8][2]) >= 0x252EL))
                    { /* block id: 892 */
                        uint32_t l_1849 = 0xCC9B714DL;
                        int i, j, k;
                        g_1144[g_6] &= (((((safe_add_func_uint8_t_u_u(((*g_1788) != (*g_1788)), (safe_mod_func_uint64_t_u_u(((*g_975) = l_16), (((*l_4) != l_1848) , (***g_1567)))))) <= l_1849) , (((((*g_949) != (void*)0) || g_204) ^ 0x6B15D241L) | l_2[2][7][1])) & l_1842) || l_1849);
                        return l_1850;
                    }
                    else
                    { /* block id: 896 */
                        const int32_t *l_1851[8][5][2] = {{{&l_1842,(void*)0},{&g_5[4][6][0],&l_1842},{&l_2[(g_5[4][6][0] + 1)][g_5[4][6][0]][g_6],&g_3},{&l_2[(g_5[4][6][0] + 1)][g_5[4][6][0]][g_6],&l_1842},{&g_5[4][6][0],(void*)0}},{{&l_1842,(void*)0},{(void*)0,(void*)0},{&g_1144[5],(void*)0},{(void*)0,(void*)0},{&g_40[3],&l_2[(g_5[4][6][0] + 1)][g_5[4][6][0]][g_6]}},{{&g_5[4][6][0],&g_40[3]},{&g_3,&g_3},{(void*)0,&g_3},{&g_5[4][6][0],&g_3},{&g_3,(void*)0}},{{(void*)0,(void*)0},{&g_1144[5],(void*)0},{(void*)0,(void*)0},{&g_3,&g_3},{&g_5[4][6][0],&g_3}},{{(void*)0,&g_3},{&g_3,&g_40[3]},{&g_5[4][6][0],&l_2[(g_5[4][6][0] + 1)][g_5[4][6][0]][g_6]},{&g_40[3],(void*)0},{(void*)0,(void*)0}},{{&g_1144[5],(void*)0},{(void*)0,(void*)0},{&l_1842,(void*)0},{&g_5[4][6][0],&l_1842},{&l_2[(g_5[4][6][0] + 1)][g_5[4][6][0]][g_6],&g_3}},{{&l_2[(g_5[4][6][0] + 1)][g_5[4][6][0]][g_6],&l_1842},{&g_5[4][6][0],(void*)0},{&l_1842,(void*)0},{(void*)0,(void*)0},{&g_1144[5],(void*)0}},{{(void*)0,(void*)0},{&g_40[3],&l_2[(g_5[4][6][0] + 1)][g_5[4][6][0]][g_6]},{&g_5[4][6][0],&g_40[3]},{&g_3,&g_3},{(void*)0,&g_3}}};
                        const int32_t **l_1852 = &l_1851[0][1][1];
                        int i, j, k;
                        (*l_1852) = ((*g_43) = l_1851[2][3][0]);
                    }
                    if (l_1853)
                        break;
                }
                if (((safe_add_func_uint32_t_u_u((l_2[g_3][(g_6 + 4)][g_3] < ((g_1186 , (safe_unary_minus_func_uint8_t_u(((*l_1873) = (((**g_949) = (((((*l_1829) ^= (((void*)0 != &l_4) > (safe_div_func_uint16_t_u_u(((((safe_mul_func_int8_t_s_s(g_141, (safe_mul_func_uint16_t_u_u(1UL, ((-3L) | ((safe_mod_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((safe_add_func_uint64_t_u_u((((l_1869 == (**g_1567)) , l_1870) != (void*)0), (*g_975))) | 0UL), g_1205)), 1UL)) & 0xFBA203C9L)))))) < l_16) , l_1871) | 0x9BA704B8L), 3UL)))) < l_1872[5][0][2]) && 1L) | 0xF3L)) != l_1871))))) == (*g_102))), l_1850)) && 0xF34AL))
                { /* block id: 905 */
                    uint64_t l_1874 = 18446744073709551615UL;
                    int32_t l_1884 = 1L;
                    int i, j, k;
                    l_2[(g_6 + 2)][g_6][g_3] = (l_1874 >= (0xD30BL ^ ((void*)0 != (*g_734))));
                    for (g_1074 = 0; (g_1074 <= 0); g_1074 += 1)
                    { /* block id: 909 */
                        int32_t *l_1875 = &g_8;
                        int32_t *l_1877 = (void*)0;
                        int32_t *l_1878 = (void*)0;
                        int32_t *l_1879 = &g_1144[g_5[4][6][0]];
                        int32_t *l_1880[10][8] = {{&g_40[3],&g_8,&l_2[g_3][(g_6 + 4)][g_3],&g_40[3],&g_1144[5],&l_2[g_3][(g_6 + 4)][g_3],&l_2[g_3][(g_6 + 4)][g_3],&g_1144[5]},{&g_1144[5],&l_2[g_3][(g_6 + 4)][g_3],&l_2[g_3][(g_6 + 4)][g_3],&g_1144[5],&g_40[3],&l_2[g_3][(g_6 + 4)][g_3],&g_8,&g_40[3]},{&g_1144[5],&g_8,&g_1144[g_5[4][6][0]],&g_1144[5],&g_1144[5],&g_1144[g_5[4][6][0]],&g_8,&g_1144[5]},{&g_40[3],&g_8,&l_2[g_3][(g_6 + 4)][g_3],&g_40[3],&g_1144[5],&l_2[g_3][(g_6 + 4)][g_3],&l_2[g_3][(g_6 + 4)][g_3],&g_1144[5]},{&g_1144[5],&l_2[g_3][(g_6 + 4)][g_3],&l_2[g_3][(g_6 + 4)][g_3],&g_1144[5],&g_7,&g_1144[g_5[4][6][0]],&l_2[g_3][(g_6 + 4)][g_3],&g_7},{&g_40[3],&l_2[g_3][(g_6 + 4)][g_3],&g_8,&g_40[3],&g_40[3],&g_8,&l_2[g_3][(g_6 + 4)][g_3],&g_40[3]},{&g_7,&l_2[g_3][(g_6 + 4)][g_3],&g_1144[g_5[4][6][0]],&g_7,&g_40[3],&g_1144[g_5[4][6][0]],&g_1144[g_5[4][6][0]],&g_40[3]},{&g_40[3],&g_1144[g_5[4][6][0]],&g_1144[g_5[4][6][0]],&g_40[3],&g_7,&g_1144[g_5[4][6][0]],&l_2[g_3][(g_6 + 4)][g_3],&g_7},{&g_40[3],&l_2[g_3][(g_6 + 4)][g_3],&g_8,&g_40[3],&g_40[3],&g_8,&l_2[g_3][(g_6 + 4)][g_3],&g_40[3]},{&g_7,&l_2[g_3][(g_6 + 4)][g_3],&g_1144[g_5[4][6][0]],&g_7,&g_40[3],&g_1144[g_5[4][6][0]],&g_1144[g_5[4][6][0]],&g_40[3]}};
                        uint16_t l_1890 = 0x4151L;
                        int i, j;
                        l_1890--;
                        l_1894--;
                    }
                    (*g_43) = &l_1884;
                }
                else
                { /* block id: 915 */
                    uint32_t **l_1916[2][10];
                    uint32_t ***l_1917 = &g_949;
                    int32_t l_1918 = (-1L);
                    int i, j;
                    for (i = 0; i < 2; i++)
                    {
                        for (j = 0; j < 10; j++)
                            l_1916[i][j] = &g_158;
                    }
                    l_1918 ^= ((*l_1829) = ((((*l_1917) = l_1916[1][7]) == (void*)0) ^ 4L));
                    for (l_1881 = 0; (l_1881 != (-23)); --l_1881)
                    { /* block id: 921 */
                        int32_t l_1921 = 0x9595506EL;
                        return l_1921;
                    }
                    l_1888 = ((*g_1067) ^= ((void*)0 != l_1922));
                    return g_5[4][6][0];
                }
            }
            for (g_1803 = 0; (g_1803 <= 2); g_1803 += 1)
            { /* block id: 931 */
                int i, j, k;
                (*l_1829) |= l_2[(g_5[4][6][0] + 2)][(g_3 + 6)][g_5[4][6][0]];
                if (l_2[(g_3 + 2)][(g_5[4][6][0] + 1)][g_3])
                    continue;
            }
        }
    }
    for (g_273 = 17; (g_273 == 37); ++g_273)
    { /* block id: 939 */
        int32_t *l_1927 = &g_3;
        for (g_57 = 28; (g_57 >= (-22)); g_57--)
        { /* block id: 942 */
            return l_1915[1];
        }
        (*g_43) = l_1927;
    }
    for (g_60 = 7; (g_60 >= 0); g_60 -= 1)
    { /* block id: 949 */
        const int32_t *l_1928[10][4][6] = {{{(void*)0,&l_1915[5],&g_5[4][0][3],&g_8,&g_8,&g_5[4][0][3]},{&g_5[4][6][0],&g_5[4][6][0],&g_1144[1],&g_8,&l_1915[5],&g_1144[5]},{(void*)0,&g_1144[1],&g_7,&g_1144[5],&g_7,&g_1144[1]},{&g_8,(void*)0,&g_7,&g_3,&g_5[4][6][0],&g_1144[5]}},{{&g_5[4][0][3],&g_3,&g_1144[1],&g_1144[1],&g_3,&g_5[4][0][3]},{&g_1144[1],&g_3,&g_5[4][0][3],(void*)0,&g_5[4][6][0],&g_7},{&g_7,(void*)0,&g_8,(void*)0,&g_7,&g_3},{&g_7,&g_1144[1],(void*)0,(void*)0,&l_1915[5],&l_1915[5]}},{{&g_1144[1],&g_5[4][6][0],&g_5[4][6][0],&g_1144[1],&g_8,&l_1915[5]},{&g_5[4][0][3],&l_1915[5],(void*)0,&g_3,(void*)0,&g_3},{&g_8,&g_260,&g_8,&g_1144[5],(void*)0,&g_7},{(void*)0,&l_1915[5],&g_5[4][0][3],&g_8,&g_8,&g_5[4][0][3]}},{{&g_5[4][6][0],&g_5[4][6][0],&g_1144[1],&g_8,&l_1915[5],&g_1144[5]},{(void*)0,&g_1144[1],&g_7,&g_1144[5],&g_7,&g_1144[1]},{&g_8,(void*)0,&g_7,&g_3,&g_5[4][6][0],&g_1144[5]},{&g_5[4][0][3],&g_3,&g_1144[1],&g_1144[1],&g_3,&g_5[4][0][3]}},{{&g_1144[1],&g_3,&g_5[4][0][3],(void*)0,&g_5[4][6][0],&g_7},{&g_7,(void*)0,&g_8,(void*)0,&g_7,&g_3},{&g_7,&g_1144[1],(void*)0,(void*)0,&l_1915[5],&l_1915[5]},{&g_1144[1],&g_5[4][6][0],&g_5[4][6][0],&g_1144[1],&g_8,&l_1915[5]}},{{&g_5[4][0][3],&l_1915[5],(void*)0,&g_3,(void*)0,&g_3},{&g_8,&g_260,&g_8,&g_1144[5],(void*)0,&g_7},{(void*)0,&l_1915[5],&g_5[4][0][3],&g_8,&g_8,&g_5[4][0][3]},{&g_5[4][6][0],&g_5[4][6][0],&g_1144[1],&g_8,&l_1915[5],&g_1144[5]}},{{(void*)0,&g_1144[1],&g_5[4][0][3],(void*)0,&g_5[4][0][3],&g_5[4][6][0]},{&g_3,&g_260,&g_5[4][0][3],&g_1144[1],&g_1144[5],(void*)0},{&g_8,&g_1144[1],&g_5[4][6][0],&g_5[4][6][0],&g_1144[1],&g_8},{&g_5[4][6][0],&g_1144[1],&g_8,&l_1915[5],&g_1144[5],&g_5[4][0][3]}},{{&g_5[4][0][3],&g_260,&g_3,&g_260,&g_5[4][0][3],&g_1144[1]},{&g_5[4][0][3],&g_5[4][6][0],&g_260,&l_1915[5],&g_7,&g_7},{&g_5[4][6][0],&g_1144[5],&g_1144[5],&g_5[4][6][0],&g_3,&g_7},{&g_8,&g_7,&g_260,&g_1144[1],&l_1915[5],&g_1144[1]}},{{&g_3,(void*)0,&g_3,(void*)0,&l_1915[5],&g_5[4][0][3]},{&g_260,&g_7,&g_8,&g_3,&g_3,&g_8},{&g_1144[5],&g_1144[5],&g_5[4][6][0],&g_3,&g_7,(void*)0},{&g_260,&g_5[4][6][0],&g_5[4][0][3],(void*)0,&g_5[4][0][3],&g_5[4][6][0]}},{{&g_3,&g_260,&g_5[4][0][3],&g_1144[1],&g_1144[5],(void*)0},{&g_8,&g_1144[1],&g_5[4][6][0],&g_5[4][6][0],&g_1144[1],&g_8},{&g_5[4][6][0],&g_1144[1],&g_8,&l_1915[5],&g_1144[5],&g_5[4][0][3]},{&g_5[4][0][3],&g_260,&g_3,&g_260,&g_5[4][0][3],&g_1144[1]}}};
        int32_t l_1932 = 0L;
        int32_t l_1933 = 1L;
        int32_t l_1934[5] = {6L,6L,6L,6L,6L};
        uint8_t l_1935 = 1UL;
        int64_t l_2015[10] = {0x5CCE02DC9CD8C176LL,0x5CCE02DC9CD8C176LL,0x5CCE02DC9CD8C176LL,0x5CCE02DC9CD8C176LL,0x5CCE02DC9CD8C176LL,0x5CCE02DC9CD8C176LL,0x5CCE02DC9CD8C176LL,0x5CCE02DC9CD8C176LL,0x5CCE02DC9CD8C176LL,0x5CCE02DC9CD8C176LL};
        int64_t **l_2018 = (void*)0;
        uint16_t l_2080[4];
        uint64_t ** const l_2131 = &g_975;
        uint8_t l_2137[2];
        uint16_t l_2161[4] = {0xAC00L,0xAC00L,0xAC00L,0xAC00L};
        int32_t l_2219 = 0x0BE231A8L;
        int64_t l_2242 = 0x9C96C7979B389519LL;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_2080[i] = 1UL;
        for (i = 0; i < 2; i++)
            l_2137[i] = 0xA3L;
        for (g_1523 = 0; (g_1523 <= 8); g_1523 += 1)
        { /* block id: 952 */
            for (g_276 = 9; (g_276 >= 0); g_276 -= 1)
            { /* block id: 955 */
                int i;
                g_40[(g_1523 + 1)] = (((**g_949) = 1UL) , g_1034[(g_60 + 1)]);
                for (g_108 = 0; (g_108 <= 1); g_108 += 1)
                { /* block id: 960 */
                    return g_108;
                }
                (*g_1067) = 0x74D49F6BL;
            }
            (*g_43) = l_1928[6][2][3];
        }
        if (g_1034[(g_60 + 1)])
            break;
        for (g_3 = 1; (g_3 <= 8); g_3 += 1)
        { /* block id: 970 */
            int32_t *l_1929[10];
            uint64_t *l_1949 = &g_1598;
            uint32_t *l_1966 = (void*)0;
            uint32_t *l_1967 = &g_1774;
            int32_t l_1968 = 0xA1547023L;
            uint16_t l_2047 = 0xB8C4L;
            int16_t *l_2184[10];
            int64_t ***l_2201 = &l_2018;
            uint32_t l_2260 = 1UL;
            uint16_t **l_2261 = (void*)0;
            uint32_t **l_2275 = (void*)0;
            int8_t l_2297 = (-5L);
            uint32_t l_2319[9][2][7] = {{{18446744073709551615UL,3UL,0xC333CF46L,0x36351E38L,0UL,0xC735B24DL,18446744073709551610UL},{1UL,0xC735B24DL,18446744073709551607UL,0x421CF99DL,0x9568067CL,0xDD9F3165L,18446744073709551615UL}},{{18446744073709551612UL,18446744073709551614UL,0UL,0x61BA6449L,18446744073709551613UL,0UL,18446744073709551614UL},{18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,0x61BA6449L,18446744073709551611UL,0x19F83A3BL,0xC333CF46L}},{{0xDD9F3165L,0x36351E38L,3UL,0x421CF99DL,3UL,0x36351E38L,0xDD9F3165L},{18446744073709551611UL,0xA7C490E5L,0x61BA6449L,0x36351E38L,18446744073709551614UL,18446744073709551607UL,0UL}},{{0UL,0xC333CF46L,6UL,0xDD1B2B73L,1UL,2UL,18446744073709551609UL},{0x5EA5FD5CL,0x9568067CL,0x61BA6449L,0x6801D493L,18446744073709551615UL,3UL,0x02A9B449L}},{{0x421CF99DL,18446744073709551610UL,3UL,18446744073709551615UL,0xDD1B2B73L,0xA7C490E5L,0x9568067CL},{0xED85712EL,0UL,18446744073709551615UL,18446744073709551615UL,0xFB00A7E6L,0x1100BC0CL,0UL}},{{0xAEFE3E8DL,0UL,0UL,1UL,18446744073709551615UL,3UL,3UL},{18446744073709551615UL,18446744073709551612UL,3UL,18446744073709551612UL,0xE023EB98L,0xDD1B2B73L,3UL}},{{18446744073709551612UL,18446744073709551615UL,18446744073709551614UL,0x1100BC0CL,18446744073709551614UL,2UL,0xDD9F3165L},{3UL,18446744073709551614UL,1UL,18446744073709551615UL,0xDD1B2B73L,0xFB00A7E6L,18446744073709551615UL}},{{18446744073709551612UL,0x1100BC0CL,18446744073709551615UL,0x0DCC42B5L,18446744073709551611UL,0x6801D493L,0xC735B24DL},{0xE023EB98L,18446744073709551614UL,0xDD1B2B73L,18446744073709551611UL,18446744073709551610UL,0xDD9F3165L,6UL}},{{0xDD1B2B73L,2UL,0xFB00A7E6L,0x6801D493L,0xDD9F3165L,18446744073709551612UL,6UL},{3UL,0xDD9F3165L,18446744073709551615UL,0xC735B24DL,6UL,6UL,0xC735B24DL}}};
            int i, j, k;
            for (i = 0; i < 10; i++)
                l_1929[i] = &g_40[(g_60 + 2)];
            for (i = 0; i < 10; i++)
                l_2184[i] = &g_93;
            l_1935++;
        }
    }
    for (g_93 = 11; (g_93 != 11); g_93 = safe_add_func_uint8_t_u_u(g_93, 7))
    { /* block id: 1136 */
        int16_t *l_2362[4];
        int32_t l_2373[2];
        const int32_t l_2375 = 1L;
        int32_t l_2376 = (-4L);
        int i;
        for (i = 0; i < 4; i++)
            l_2362[i] = &g_60;
        for (i = 0; i < 2; i++)
            l_2373[i] = 1L;
        l_2376 |= ((safe_div_func_int8_t_s_s((safe_div_func_int16_t_s_s((((safe_add_func_uint64_t_u_u((*g_975), (safe_add_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((g_2157[1][3][5] = ((***g_2020) != (***g_2020))), 0UL)), (((*l_2108) == (safe_mul_func_uint8_t_u_u((*l_2108), (g_285 , ((safe_lshift_func_uint8_t_u_u((+(safe_add_func_uint8_t_u_u((+((safe_lshift_func_uint8_t_u_s(((**g_1568) == ((l_2374 = (l_2373[1] = (*l_2108))) , 0xFD445000E2D96BE5LL)), 6)) , 0x0286014B7CFDC75FLL)), g_1774))), 5)) <= (****g_2020)))))) < (*l_2108)))))) | l_2375) != (*l_2108)), 0xFF4DL)), g_1296)) , l_2373[1]);
    }
    return g_1167;
}


/* ------------------------------------------ */
/* 
 * reads : g_43 g_57 g_60 g_10 g_40 g_44 g_6 g_18 g_7 g_89 g_93 g_5 g_108 g_3 g_141 g_102 g_103 g_158 g_164 g_162 g_8 g_204 g_613 g_287 g_417 g_626 g_285 g_260 g_506 g_283 g_886 g_276 g_212 g_734 g_974 g_949 g_975 g_1034 g_1065 g_273 g_701 g_364 g_365 g_1067 g_1144 g_113 g_1269 g_1074 g_1156 g_1567 g_1205 g_1296 g_1568 g_1569 g_1598 g_1523 g_1699 g_1803 g_1828
 * writes: g_57 g_89 g_93 g_40 g_10 g_44 g_102 g_18 g_108 g_113 g_141 g_164 g_60 g_204 g_212 g_417 g_260 g_283 g_830 g_288 g_273 g_287 g_949 g_162 g_276 g_364 g_1046 g_1067 g_1065 g_701 g_1100 g_1144 g_1167 g_285 g_1074 g_667 g_1296 g_975 g_1598 g_1523 g_1699 g_1803
 */
static int32_t * func_11(int32_t  p_12, const uint32_t  p_13)
{ /* block id: 21 */
    const uint32_t * const l_32 = &g_18;
    int32_t *l_33 = &g_6;
    int8_t *l_1073 = &g_1074;
    int8_t **l_1075 = &l_1073;
    int8_t *l_1076 = (void*)0;
    int64_t l_1141 = 0x3CE263B127AC23C0LL;
    int32_t *l_1142 = (void*)0;
    int32_t *l_1143 = &g_1144[5];
    const uint8_t *l_1155 = &g_1156;
    const uint8_t **l_1154 = &l_1155;
    int32_t l_1199 = 0x230AC6FAL;
    int32_t l_1202 = 1L;
    int32_t l_1203 = 0x39E23AB3L;
    int32_t l_1204[9];
    int8_t l_1206 = 0xCFL;
    uint32_t l_1207 = 18446744073709551608UL;
    int64_t l_1212 = 0x35681AC8E1AA84FCLL;
    uint64_t l_1215[1];
    const uint32_t l_1227[7][6][2] = {{{4294967286UL,0x9E379291L},{0xB3DBDC97L,0UL},{0x9E379291L,0UL},{0xB3DBDC97L,0x9E379291L},{4294967286UL,4294967286UL},{4294967286UL,0x9E379291L}},{{0xB3DBDC97L,0UL},{0x9E379291L,0UL},{0xB3DBDC97L,0x9E379291L},{4294967286UL,4294967286UL},{4294967286UL,0x9E379291L},{0xB3DBDC97L,0UL}},{{0x9E379291L,0UL},{0xB3DBDC97L,0x9E379291L},{4294967286UL,4294967286UL},{4294967286UL,0x9E379291L},{0xB3DBDC97L,0UL},{0x9E379291L,0UL}},{{0xB3DBDC97L,0x9E379291L},{4294967286UL,4294967286UL},{4294967286UL,0x9E379291L},{0xB3DBDC97L,0UL},{0x9E379291L,0UL},{0xB3DBDC97L,0x9E379291L}},{{4294967286UL,4294967286UL},{4294967286UL,0x9E379291L},{0xB3DBDC97L,0UL},{0x9E379291L,0UL},{0xB3DBDC97L,0x9E379291L},{4294967286UL,4294967286UL}},{{4294967286UL,0x9E379291L},{0xB3DBDC97L,0UL},{0x9E379291L,0UL},{0xB3DBDC97L,0x9E379291L},{4294967286UL,4294967286UL},{4294967286UL,0x9E379291L}},{{0xB3DBDC97L,0UL},{0x9E379291L,0UL},{0xB3DBDC97L,0x9E379291L},{4294967286UL,4294967286UL},{4294967286UL,0x9E379291L},{0xB3DBDC97L,0UL}}};
    uint16_t ***l_1264 = &g_1046;
    const uint64_t *l_1267 = &l_1215[0];
    const uint64_t **l_1266 = &l_1267;
    int32_t ** const l_1311 = &g_1067;
    int32_t ** const *l_1310 = &l_1311;
    int16_t l_1369 = 0x8D1BL;
    int16_t ***l_1404 = &g_364;
    uint64_t *l_1461[2][3][5] = {{{&g_204,&l_1215[0],&l_1215[0],&l_1215[0],&g_204},{&l_1215[0],(void*)0,&l_1215[0],&g_204,&l_1215[0]},{&g_204,&g_204,&l_1215[0],&g_204,(void*)0}},{{(void*)0,&l_1215[0],&l_1215[0],(void*)0,&l_1215[0]},{&l_1215[0],&g_204,&g_204,&g_204,&g_204},{&l_1215[0],&l_1215[0],&l_1215[0],&g_204,&g_204}}};
    int8_t l_1490 = (-10L);
    int32_t *l_1528 = (void*)0;
    uint32_t l_1592 = 0x0B5A52AAL;
    uint16_t **l_1632 = &g_1047[1][0];
    uint32_t l_1661 = 18446744073709551615UL;
    uint32_t l_1681[3][4][4] = {{{0x8CAB6E55L,0x49EB2437L,0x8CAB6E55L,18446744073709551610UL},{0xB835EE98L,0xAE9D8F93L,18446744073709551610UL,18446744073709551610UL},{0x49EB2437L,0x49EB2437L,0x511A465CL,0xAE9D8F93L},{0xAE9D8F93L,0xB835EE98L,0x511A465CL,0xB835EE98L}},{{0x49EB2437L,0x8CAB6E55L,18446744073709551610UL,0x511A465CL},{0xB835EE98L,0x8CAB6E55L,0x8CAB6E55L,0xB835EE98L},{0x8CAB6E55L,0xB835EE98L,0x49EB2437L,0xAE9D8F93L},{0x8CAB6E55L,0UL,0xAE9D8F93L,0x511A465CL}},{{0x8CAB6E55L,18446744073709551610UL,0x511A465CL,0x511A465CL},{0UL,0UL,0x49EB2437L,18446744073709551610UL},{18446744073709551610UL,0x8CAB6E55L,0x49EB2437L,0x8CAB6E55L},{0UL,0xAE9D8F93L,0x511A465CL,0x49EB2437L}}};
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_1204[i] = 0x70B659FCL;
    for (i = 0; i < 1; i++)
        l_1215[i] = 0UL;
    if (((*l_1143) &= (safe_lshift_func_uint8_t_u_u((safe_sub_func_int32_t_s_s((safe_div_func_uint8_t_u_u(func_26(l_32, l_33, func_34(func_37(p_13), p_12), (((*l_1075) = l_1073) != ((*l_33) , l_1076)), l_33), 0xA6L)), l_1141)), 5))))
    { /* block id: 602 */
        uint32_t l_1149[9][10] = {{0UL,0xF4D18937L,0x83B2D413L,0xF4D18937L,0UL,0xF4D18937L,0x83B2D413L,0xF4D18937L,0UL,0xF4D18937L},{18446744073709551610UL,0xF4D18937L,18446744073709551610UL,0x78387A94L,18446744073709551610UL,0xF4D18937L,18446744073709551610UL,0x78387A94L,18446744073709551610UL,0xF4D18937L},{0UL,0x78387A94L,0x83B2D413L,0x78387A94L,0UL,0x78387A94L,0x83B2D413L,0x78387A94L,0UL,0x78387A94L},{18446744073709551610UL,0x78387A94L,18446744073709551610UL,0xF4D18937L,18446744073709551610UL,0x78387A94L,18446744073709551610UL,0xF4D18937L,18446744073709551610UL,0x78387A94L},{0UL,0xF4D18937L,0x83B2D413L,0xF4D18937L,0UL,0xF4D18937L,0x83B2D413L,0xF4D18937L,0UL,0xF4D18937L},{18446744073709551610UL,0xF4D18937L,18446744073709551610UL,0x78387A94L,18446744073709551610UL,0xF4D18937L,18446744073709551610UL,0x78387A94L,18446744073709551610UL,0xF4D18937L},{0UL,0x78387A94L,0x83B2D413L,0x78387A94L,0UL,0x78387A94L,0x83B2D413L,0x78387A94L,0UL,0x78387A94L},{18446744073709551610UL,0x78387A94L,18446744073709551610UL,0xF4D18937L,18446744073709551610UL,0x78387A94L,18446744073709551610UL,0xF4D18937L,18446744073709551610UL,0x78387A94L},{0UL,0xF4D18937L,0x83B2D413L,0xF4D18937L,0UL,0xF4D18937L,0x83B2D413L,0xF4D18937L,0UL,0xF4D18937L}};
        uint8_t *l_1151 = &g_108;
        uint8_t **l_1150 = &l_1151;
        const uint8_t *l_1153[6] = {&g_10,&g_108,&g_10,&g_10,&g_108,&g_10};
        const uint8_t **l_1152 = &l_1153[4];
        uint32_t *** const *l_1157 = (void*)0;
        uint32_t ***l_1159 = (void*)0;
        uint32_t ****l_1158 = &l_1159;
        uint32_t *****l_1160 = &l_1158;
        uint32_t ****l_1162 = &l_1159;
        uint32_t *****l_1161 = &l_1162;
        int32_t *l_1187 = &g_7;
        int32_t l_1196 = 0xFB1BB12DL;
        const int32_t *l_1198[5];
        int i, j;
        for (i = 0; i < 5; i++)
            l_1198[i] = &g_1144[5];
        if ((safe_sub_func_int32_t_s_s((safe_lshift_func_uint8_t_u_s((((l_1149[0][1] > ((l_1150 == (l_1154 = l_1152)) && (((((253UL < (l_1157 == ((*l_1161) = ((*l_1160) = l_1158)))) & (safe_rshift_func_uint16_t_u_u((safe_add_func_int32_t_s_s(((*g_1067) = ((*l_33) == p_12)), ((&g_89 != &l_1141) & 0xF27144215AD7AE58LL))), l_1149[6][9]))) == p_13) > l_1149[6][7]) >= p_13))) && (*g_1067)) && (*g_158)), 0)), l_1149[7][4])))
        { /* block id: 607 */
            g_1167 = p_12;
        }
        else
        { /* block id: 609 */
            int8_t l_1173[9] = {0x9AL,0xDFL,0x9AL,0x9AL,0xDFL,0x9AL,0x9AL,0xDFL,0x9AL};
            int32_t **l_1197 = &g_1067;
            int i;
            for (g_18 = 14; (g_18 <= 60); ++g_18)
            { /* block id: 612 */
                if (l_1149[0][1])
                    break;
                (*l_1143) = (safe_rshift_func_uint16_t_u_s((((!(((g_1065 , p_13) && (((void*)0 == (*g_974)) > ((l_1173[6] <= (safe_div_func_uint16_t_u_u(p_13, ((safe_lshift_func_int8_t_s_s(((safe_mod_func_uint64_t_u_u((--(*g_975)), 0x0B7924EF06414EE5LL)) , ((safe_sub_func_uint64_t_u_u((safe_sub_func_int8_t_s_s((((p_12 <= 0xDDL) , p_13) || l_1173[6]), g_613)), l_1173[1])) ^ 0L)), l_1149[0][1])) || p_13)))) ^ 1UL))) > 0x305FL)) & (*g_158)) & 247UL), 6));
            }
            (*l_1197) = (*g_734);
        }
        l_1198[3] = l_32;
        (*l_1143) = 0x0D8EC63DL;
    }
    else
    { /* block id: 622 */
        int32_t *l_1200 = &l_1199;
        int32_t *l_1201[9] = {&g_1144[3],&l_1199,&g_1144[3],&g_1144[3],&l_1199,&g_1144[3],&g_1144[3],&l_1199,&g_1144[3]};
        uint8_t *l_1218 = (void*)0;
        uint8_t *l_1219 = &g_10;
        uint16_t *l_1383 = &g_1296;
        uint16_t l_1437[1];
        int32_t l_1442 = 5L;
        uint8_t l_1522 = 6UL;
        int32_t **l_1526 = &l_1143;
        int32_t ***l_1525 = &l_1526;
        int32_t ****l_1524 = &l_1525;
        int32_t l_1562 = 0xC781CF43L;
        uint64_t *l_1599 = &l_1215[0];
        int8_t l_1639 = 0xA6L;
        int32_t *l_1675 = (void*)0;
        uint64_t l_1756 = 0x9950D3BAD38050D4LL;
        uint16_t l_1776 = 6UL;
        int16_t l_1790 = 0L;
        int8_t l_1814[2];
        int i;
        for (i = 0; i < 1; i++)
            l_1437[i] = 0xA19BL;
        for (i = 0; i < 2; i++)
            l_1814[i] = 0x20L;
lbl_1326:
        --l_1207;
        if (((*l_1200) == ((g_285 = p_13) , ((p_12 = (safe_rshift_func_uint8_t_u_s(((*l_1219) = (l_1212 > (((0x2AL != ((((*g_975)++) < l_1215[0]) <= (p_13 != ((safe_sub_func_uint32_t_u_u(p_12, ((((void*)0 == &g_701) && p_12) && (-8L)))) != g_113)))) & (*l_1200)) >= 0xB42A909FL))), (*l_33)))) ^ 4294967295UL))))
        { /* block id: 628 */
            int32_t l_1220 = 0x4809A057L;
            int32_t l_1270 = 0x1F1D4B29L;
            uint16_t l_1323 = 65535UL;
            uint16_t **l_1334 = &g_1047[7][0];
            const int32_t *l_1386 = &g_1144[2];
            int32_t ***l_1399 = (void*)0;
            uint64_t l_1441 = 18446744073709551607UL;
            if ((l_1220 == (~(safe_div_func_int64_t_s_s((((~p_13) == 1L) > (safe_sub_func_int8_t_s_s((l_1227[1][0][1] && ((((*l_1143) = 0L) < (safe_rshift_func_int8_t_s_u((safe_lshift_func_uint16_t_u_s(((safe_sub_func_uint64_t_u_u(((((*l_1073) = (safe_lshift_func_uint16_t_u_s(l_1220, 15))) | (((safe_add_func_int16_t_s_s((safe_div_func_uint32_t_u_u(((-1L) || (g_57 != ((safe_sub_func_int8_t_s_s((((l_1220 < l_1220) & 0x50L) > g_287), 1L)) , g_57))), (*l_33))), p_12)) || g_103[4]) ^ 0x42A36C1C93117074LL)) & l_1220), 0x553112D111184626LL)) , (*l_33)), 9)), 4))) | 0x2A0F60A791B23BFCLL)), 253UL))), l_1220)))))
            { /* block id: 631 */
                uint16_t l_1327 = 0UL;
                uint16_t ***l_1335 = (void*)0;
                uint16_t ***l_1336 = &g_1046;
                uint16_t ***l_1337[6][7] = {{&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334},{&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334},{&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334},{&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334},{&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334},{&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334,&l_1334}};
                int64_t l_1365 = 0L;
                uint32_t *l_1366 = (void*)0;
                uint32_t *l_1367[6][10] = {{&g_701,&g_1065,&g_701,&g_701,(void*)0,&g_701,&g_701,&g_1065,&g_701,&g_701},{&g_1065,&g_1065,&g_18,&g_1065,&g_1065,&g_1065,(void*)0,&g_701,&g_1065,&g_701},{&g_701,&g_701,&g_212,&g_701,&g_212,&g_701,&g_701,&g_701,&g_212,&g_701},{&g_18,&g_701,&g_18,&g_701,(void*)0,&g_701,&g_18,&g_701,&g_18,&g_701},{&g_701,&g_701,(void*)0,&g_701,&g_701,&g_1065,&g_701,&g_701,(void*)0,&g_701},{(void*)0,&g_701,&g_18,&g_701,&g_18,&g_701,(void*)0,&g_701,&g_18,&g_701}};
                int8_t *l_1368 = &l_1206;
                int16_t *l_1370 = (void*)0;
                int16_t *l_1371 = &g_57;
                int i, j;
                for (g_18 = 0; (g_18 >= 17); g_18 = safe_add_func_int16_t_s_s(g_18, 7))
                { /* block id: 634 */
                    int64_t l_1292 = 0x43F1A5B4424A4E23LL;
                    uint16_t ***l_1309 = &g_1046;
                    int32_t l_1320[4][10][6] = {{{0x0681C494L,0xE6B6291AL,(-8L),0x22C13A39L,(-9L),(-2L)},{0x2CF4B764L,1L,9L,0x2CF4B764L,0x76098DF6L,0L},{9L,0xC754400AL,(-1L),0x79C2AF9CL,0x4CE7D0B2L,0x0681C494L},{0x6968001EL,0x72B06FB7L,2L,0L,0x4CE7D0B2L,0x347AB46DL},{0x347AB46DL,0xC754400AL,0x22C13A39L,0x6A5FED58L,0x76098DF6L,(-1L)},{0xCE02D1B8L,1L,0x841F6C17L,0x4409EB6CL,(-9L),0x4409EB6CL},{0x3D7EF3D2L,0xE6B6291AL,0x3D7EF3D2L,0xCE02D1B8L,0xDBF831A9L,1L},{0xBBBEF7C0L,0L,(-2L),9L,0x733822D0L,0x841F6C17L},{1L,0xB1E806BAL,0x972EF1F6L,9L,(-6L),0xCE02D1B8L},{0xBBBEF7C0L,0xA1857E19L,1L,0xCE02D1B8L,0xB1E806BAL,(-8L)}},{{0x3D7EF3D2L,0xC8AE9283L,(-1L),0x4409EB6CL,(-1L),(-1L)},{0xCE02D1B8L,(-2L),0xF2A61DB1L,0x6A5FED58L,0x811DB3A9L,2L},{0x347AB46DL,0x3C855811L,0x2CF4B764L,0L,(-10L),0xF2A61DB1L},{0x6968001EL,(-6L),0x2CF4B764L,0x79C2AF9CL,(-2L),2L},{9L,0L,0xF2A61DB1L,0x2CF4B764L,0xF5889EC1L,(-1L)},{0x2CF4B764L,0xF5889EC1L,(-1L),0x22C13A39L,0x3C855811L,(-8L)},{0x0681C494L,0xDBF831A9L,1L,(-2L),0xC8AE9283L,0xCE02D1B8L},{2L,0L,0x972EF1F6L,0xB007CA1EL,(-4L),0x841F6C17L},{0x4409EB6CL,0L,(-2L),0xBBBEF7C0L,0xC8AE9283L,1L},{0x22C13A39L,0xDBF831A9L,0x3D7EF3D2L,2L,0x3C855811L,0x4409EB6CL}},{{(-1L),0xF5889EC1L,0x841F6C17L,0x841F6C17L,0xF5889EC1L,(-1L)},{0x0C1B227CL,0L,0x22C13A39L,(-1L),(-2L),0x347AB46DL},{0xF2A61DB1L,(-6L),2L,(-1L),(-10L),0x0681C494L},{0xF2A61DB1L,0x3C855811L,(-1L),(-1L),0x811DB3A9L,0L},{0x0C1B227CL,(-2L),0x78B677F1L,0x5F966E8FL,0x6A5FED58L,(-10L)},{0x6E76FB5EL,1L,0xD66BBF23L,0x3B8DA95EL,0x22C13A39L,6L},{0x658B2CF1L,0x347AB46DL,0x6E76FB5EL,0x02AAE7B3L,0xF2A61DB1L,4L},{0L,0x22C13A39L,0xEDC030D2L,(-10L),3L,4L},{0x3B8DA95EL,0x6968001EL,0x6E76FB5EL,(-10L),0x3D7EF3D2L,6L},{0x784F46DAL,0x841F6C17L,0xD66BBF23L,0x658B2CF1L,0L,(-10L)}},{{(-7L),0x4409EB6CL,0x78B677F1L,(-7L),2L,0xEDC030D2L},{0x78B677F1L,0xB007CA1EL,0x92DB0F57L,(-1L),(-2L),0x784F46DAL},{0L,0xCE02D1B8L,0x3B8DA95EL,0xEDC030D2L,(-2L),1L},{1L,0xB007CA1EL,0x658B2CF1L,0xFAF4F475L,2L,0x6E76FB5EL},{0x24E857C7L,0x4409EB6CL,0x5F966E8FL,0L,0L,0L},{0x4D759D42L,0x841F6C17L,0x4D759D42L,0x24E857C7L,0x3D7EF3D2L,0xEB948BA4L},{0x02AAE7B3L,0x6968001EL,(-10L),0x78B677F1L,3L,0x5F966E8FL},{0xEB948BA4L,0x22C13A39L,0L,0x78B677F1L,0xF2A61DB1L,0x24E857C7L},{0x02AAE7B3L,0x347AB46DL,1L,0x24E857C7L,0x22C13A39L,0xD66BBF23L},{0x4D759D42L,1L,7L,0L,0x6A5FED58L,7L}}};
                    uint32_t l_1322 = 0x8024B49BL;
                    int i, j, k;
                }
                g_260 = ((*l_1200) ^= ((***l_1310) = (p_13 ^ ((*l_1371) |= ((safe_add_func_int64_t_s_s((p_13 || (g_40[3] == 18446744073709551615UL)), ((((safe_add_func_int64_t_s_s((0xD7L ^ (l_1327 , ((&g_1047[5][0] != (l_1334 = l_1334)) || (+(((*l_1368) = (safe_div_func_int8_t_s_s(((*l_1073) |= (safe_lshift_func_uint8_t_u_s((safe_add_func_uint32_t_u_u((g_212 |= ((+(safe_mod_func_int8_t_s_s((safe_lshift_func_int8_t_s_u(((safe_sub_func_uint16_t_u_u((safe_mod_func_int32_t_s_s((p_12 = ((*l_1143) = (!(safe_mul_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s((safe_lshift_func_int8_t_s_u(((safe_rshift_func_int16_t_s_u((safe_mod_func_int64_t_s_s((p_13 > p_12), 1L)), 3)) > l_1365), 7)), p_13)), p_12))))), l_1365)), 0x4009L)) == (***l_1310)), 7)), g_1269))) >= l_1365)), p_13)), l_1323))), (-1L)))) < p_13))))), l_1369)) < (***l_1310)) , 0UL) > (-7L)))) ^ p_13)))));
            }
            else
            { /* block id: 674 */
                uint64_t *l_1398 = &l_1215[0];
                int32_t l_1402 = 0x6DAE4159L;
                int32_t l_1452 = 0x40D3F9E8L;
                uint32_t *l_1470 = &g_1065;
                if (((p_13 > ((safe_add_func_uint32_t_u_u(((((((safe_lshift_func_uint8_t_u_s((safe_unary_minus_func_int64_t_s((((***l_1310) = (safe_mod_func_int8_t_s_s((p_13 == (p_13 == ((safe_mod_func_uint8_t_u_u((((*l_1219) &= (((((***l_1310) >= (p_12 && ((*g_102) <= (4294967290UL && (safe_mod_func_int8_t_s_s(0x5FL, g_162[4][4][1])))))) <= p_13) != (-10L)) != p_13)) & p_12), p_12)) < (*g_102)))), 0xFDL))) < (-9L)))), 4)) <= 0x8142330DL) || (*g_975)) < 0x67B905EE3381628ALL) , l_1383) == l_1383), 1L)) ^ 0x38E471E0F805D6B2LL)) >= g_1034[2]))
                { /* block id: 677 */
                    uint64_t l_1403 = 9UL;
                    for (l_1206 = 8; (l_1206 >= 3); l_1206 -= 1)
                    { /* block id: 680 */
                        (*g_1067) = (-1L);
                    }
                    (*g_43) = (void*)0;
                    for (g_10 = (-9); (g_10 <= 14); g_10 = safe_add_func_int32_t_s_s(g_10, 7))
                    { /* block id: 686 */
                        int16_t ****l_1389 = &g_667;
                        l_1386 = (*g_43);
                        (*l_1200) |= ((safe_mul_func_int8_t_s_s((((*l_1389) = &g_364) == ((safe_mul_func_uint16_t_u_u(0x7D48L, ((((**g_974) = (*g_975)) >= ((((safe_sub_func_uint32_t_u_u((safe_sub_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u((((void*)0 == l_1398) , (((p_13 > (l_1399 == &l_1311)) , (safe_sub_func_uint16_t_u_u(p_12, 0x7688L))) < 7UL)), p_12)), p_12)), 8UL)) && p_13) & l_1402) <= 0x84CB70C85A9F300CLL)) != l_1403))) , l_1404)), p_12)) && (*g_102));
                    }
                }
                else
                { /* block id: 692 */
                    int32_t *l_1433 = (void*)0;
                    int32_t *l_1434 = &g_288;
                    int32_t l_1438[6] = {5L,5L,5L,5L,5L,5L};
                    int64_t *l_1439 = (void*)0;
                    int64_t *l_1440 = &l_1212;
                    int i;
                    l_1402 = (safe_lshift_func_int8_t_s_s(p_12, p_12));
                    if (((((safe_unary_minus_func_uint64_t_u(((safe_sub_func_int8_t_s_s(((safe_mod_func_int8_t_s_s((g_8 , g_1156), (((**g_974) = (safe_mul_func_int16_t_s_s(((((p_13 ^ (((0xB97F1658L | (safe_div_func_uint8_t_u_u((((safe_mul_func_int8_t_s_s((2L > (((safe_sub_func_int64_t_s_s(((*l_1440) |= (safe_mul_func_uint8_t_u_u((p_12 < (safe_sub_func_uint64_t_u_u(((*l_1398) ^= (safe_lshift_func_int16_t_s_u((safe_sub_func_int32_t_s_s(0x83C548FCL, (!(safe_lshift_func_int16_t_s_u(((((*l_1434) = (*l_1386)) , ((safe_rshift_func_int16_t_s_s(p_13, (*l_1386))) <= p_12)) , p_12), p_13))))), l_1437[0]))), p_12))), l_1438[0]))), (-1L))) , 4294967295UL) != 0x4F743E56L)), (*l_1200))) & p_12) & 0x49L), l_1402))) != l_1441) && 65535UL)) >= l_1442) ^ 5UL) >= (***l_1310)), p_12))) || (*l_1386)))) | 0x60612C9FL), g_613)) < p_13))) , p_12) | p_12) && p_13))
                    { /* block id: 698 */
                        int32_t l_1451 = 0x4BDA2DB3L;
                        int32_t l_1453[7] = {1L,1L,1L,1L,1L,1L,1L};
                        int32_t *l_1454[3][5][9] = {{{&g_40[6],&g_7,&l_1442,(void*)0,&l_1202,&l_1204[0],(void*)0,&l_1202,&g_5[2][1][3]},{&l_1438[1],(void*)0,(void*)0,&l_1452,(void*)0,&l_1203,&l_1438[1],(void*)0,&l_1442},{&l_1438[4],&l_1203,(void*)0,&g_40[6],(void*)0,&l_1202,&l_1202,(void*)0,&g_40[6]},{&l_1442,&g_5[3][6][2],&l_1442,(void*)0,&g_5[2][4][0],(void*)0,(void*)0,&l_1402,&l_1202},{(void*)0,(void*)0,&l_1203,(void*)0,&l_1442,&g_260,&l_1453[4],&g_40[6],&l_1442}},{{&l_1453[6],(void*)0,&l_1442,(void*)0,&g_7,&g_5[2][5][0],&l_1438[4],(void*)0,&l_1199},{(void*)0,&l_1453[1],(void*)0,&g_40[6],(void*)0,&g_7,(void*)0,&g_7,&g_5[3][6][2]},{&l_1204[0],&g_260,&g_7,&l_1452,(void*)0,&l_1402,(void*)0,(void*)0,&l_1402},{&g_7,(void*)0,&g_40[3],(void*)0,&g_7,&l_1438[4],&g_8,&l_1442,(void*)0},{(void*)0,(void*)0,&l_1442,&l_1438[2],&g_7,&l_1453[6],(void*)0,&g_5[2][1][3],&l_1442}},{{(void*)0,(void*)0,&l_1202,(void*)0,&l_1453[4],(void*)0,&l_1402,(void*)0,&l_1199},{(void*)0,(void*)0,&g_5[4][6][0],&g_5[3][6][2],&l_1442,&l_1438[2],&l_1202,&l_1199,&l_1204[0]},{&g_5[2][4][0],&l_1202,&l_1442,&g_260,(void*)0,(void*)0,&l_1202,&g_5[3][6][2],&g_5[3][6][2]},{&l_1402,(void*)0,&g_5[2][1][3],&g_7,&g_5[2][1][3],(void*)0,&l_1402,&g_3,&g_5[2][5][0]},{&l_1438[1],&g_7,&l_1438[1],&l_1204[0],(void*)0,&g_3,(void*)0,&l_1442,&l_1453[1]}}};
                        int i, j, k;
                        l_1453[1] = ((((void*)0 == &g_975) & ((l_1452 |= ((0L >= ((safe_div_func_uint8_t_u_u(((*l_1219) |= ((((safe_mul_func_uint16_t_u_u((l_1402 = (((safe_sub_func_uint8_t_u_u(p_12, (g_283 & p_12))) > (l_1451 > (((*l_1383) = p_12) < p_12))) < 0x6AL)), (*l_1143))) >= 0x699D155EL) & (*g_102)) >= p_13)), p_13)) ^ 0xE8L)) || p_12)) == l_1451)) < 0xE683L);
                        l_1454[0][3][4] = (void*)0;
                        (***l_1310) |= (safe_rshift_func_int8_t_s_s(((safe_sub_func_uint8_t_u_u(p_13, (safe_div_func_int64_t_s_s(((0xCEFDL != (0x2AL || ((**l_1075) &= g_162[4][4][1]))) != (((*g_974) = (*g_974)) == (l_1461[0][1][0] = &l_1215[0]))), (*l_1386))))) , l_1402), 3));
                        (*g_43) = &l_1453[2];
                    }
                    else
                    { /* block id: 712 */
                        if (l_1206)
                            goto lbl_1326;
                    }
                    return &g_5[4][6][0];
                }
                for (g_701 = 2; (g_701 <= 8); g_701 += 1)
                { /* block id: 719 */
                    int8_t l_1471[7] = {0xA9L,0xA9L,0x33L,0xA9L,0xA9L,0x33L,0xA9L};
                    int i;
                    for (g_260 = 6; (g_260 >= 0); g_260 -= 1)
                    { /* block id: 722 */
                        int i;
                        l_1201[g_701] = &g_1144[g_260];
                        return &g_5[2][7][3];
                    }
                    if (l_1471[5])
                        continue;
                    if ((*g_1067))
                        break;
                }
                for (g_287 = 10; (g_287 >= 2); g_287 = safe_sub_func_uint32_t_u_u(g_287, 6))
                { /* block id: 731 */
                    int32_t l_1482 = 5L;
                    uint64_t *l_1495 = &l_1215[0];
                    uint32_t l_1511 = 0x1EB7438EL;
                    int16_t **l_1519 = &g_365;
                    int32_t *l_1531[3][2];
                    int i, j;
                    for (i = 0; i < 3; i++)
                    {
                        for (j = 0; j < 2; j++)
                            l_1531[i][j] = (void*)0;
                    }
                }
                for (g_89 = 0; (g_89 < (-8)); g_89--)
                { /* block id: 761 */
                    int32_t **l_1550 = (void*)0;
                    int32_t ***l_1549 = &l_1550;
                    int64_t *l_1565[8] = {&g_89,&g_89,&g_89,&g_89,&g_89,&g_89,&g_89,&g_89};
                    int64_t **l_1564 = &l_1565[2];
                    int64_t ***l_1563 = &l_1564;
                    int64_t ****l_1566 = &l_1563;
                    int16_t *l_1574 = &g_1167;
                    int i;
                    (*g_1067) = (safe_lshift_func_uint16_t_u_u(((**l_1311) > ((((p_13 != (((((*l_1398) &= (safe_sub_func_int64_t_s_s(((*g_1067) > (g_212 ^= (safe_mod_func_int16_t_s_s(((++(*g_975)) <= (****l_1524)), (safe_mod_func_int16_t_s_s((***l_1525), (safe_rshift_func_int16_t_s_s((((*l_1310) != ((*l_1549) = &g_1067)) , ((safe_div_func_int32_t_s_s(((((*l_1566) = ((safe_mod_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_u((**l_1550), 7)), (safe_rshift_func_int8_t_s_u((+(safe_mod_func_uint8_t_u_u(p_13, g_273))), l_1562)))) , l_1563)) == g_1567) | p_13), (***l_1549))) , (-10L))), 9)))))))), 0x13D22D3846A41055LL))) < p_13) , (***l_1549)) == 249UL)) != 0x04BBL) <= 7UL) >= (*l_1143))), 2));
                    (**l_1310) = &p_12;
                    (*l_1526) = (*l_1526);
                    (*l_1200) &= (safe_rshift_func_int8_t_s_u((1L > (((***l_1525) ^ p_13) < l_1402)), ((p_13 || ((g_1269 , (0UL == ((*l_1574) = (safe_lshift_func_int16_t_s_s(p_12, 9))))) != (safe_mul_func_uint16_t_u_u((((*g_1067) < (-7L)) || 0UL), 1L)))) || g_1205)));
                }
            }
            (*g_1067) |= (safe_sub_func_uint16_t_u_u(l_1270, ((*l_1383) &= (****l_1524))));
        }
        else
        { /* block id: 776 */
            uint64_t l_1580 = 18446744073709551615UL;
            int16_t *l_1593[4][8] = {{&g_93,&g_1167,&g_93,&g_1167,&g_93,&g_1167,&g_93,&g_57},{&g_1167,(void*)0,&g_57,&l_1369,&g_60,&g_1167,&g_1167,&g_60},{(void*)0,&g_93,&g_93,(void*)0,&g_60,&g_60,&g_57,&g_1167},{&g_1167,&l_1369,&g_60,&g_60,&g_93,&g_60,&g_60,&l_1369}};
            int32_t ***l_1621 = &l_1526;
            uint64_t l_1658 = 0x64E5A616179368B8LL;
            int32_t l_1665[2];
            int32_t l_1815 = 0x3EBFA821L;
            uint64_t l_1825 = 18446744073709551615UL;
            int i, j;
            for (i = 0; i < 2; i++)
                l_1665[i] = (-1L);
            for (g_141 = 2; (g_141 <= 8); g_141 += 1)
            { /* block id: 779 */
                int32_t l_1579 = (-10L);
                int i;
                ++l_1580;
            }
            if ((safe_lshift_func_uint16_t_u_s((((*g_158) = (safe_lshift_func_uint8_t_u_u((**l_1311), (safe_rshift_func_uint8_t_u_u(p_12, 5))))) == ((safe_lshift_func_int16_t_s_u(0L, 3)) , ((((void*)0 != &g_1074) ^ 0x1F62L) <= (g_93 = (+l_1592))))), (((((g_1598 &= ((safe_div_func_uint64_t_u_u(((((*g_975) = (safe_mul_func_int8_t_s_s(((*l_1073) = (&g_102 == (void*)0)), 6UL))) <= (***g_1567)) & p_13), 1UL)) ^ 0UL)) , &l_1580) == l_1599) > p_12) != 0xF8L))))
            { /* block id: 787 */
                uint16_t ***l_1610[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                int32_t l_1612[6] = {3L,0xD6C1094CL,0xD6C1094CL,3L,0xD6C1094CL,0xD6C1094CL};
                int8_t *l_1647 = &l_1206;
                int32_t l_1664[2][10][3] = {{{0x603BDAFBL,0x5C833E88L,0xE9DF9029L},{0L,1L,1L},{0xE9DF9029L,5L,0xC83771B8L},{0x8FC6B597L,0L,(-1L)},{0xE9DF9029L,0L,0x34F22311L},{0L,0x8FC6B597L,1L},{0x603BDAFBL,0L,0x603BDAFBL},{1L,0L,0x42044579L},{9L,5L,0x603BDAFBL},{0x42044579L,1L,1L}},{{(-1L),0x5C833E88L,0x34F22311L},{0x42044579L,0x42044579L,(-1L)},{9L,(-6L),0xC83771B8L},{1L,0x42044579L,1L},{0x603BDAFBL,0x5C833E88L,0xE9DF9029L},{0L,1L,1L},{0xE9DF9029L,5L,0xC83771B8L},{0x8FC6B597L,0L,(-1L)},{0xE9DF9029L,0L,0x34F22311L},{0L,0x8FC6B597L,1L}}};
                int32_t *l_1674 = &l_1199;
                int32_t ****l_1698 = &l_1525;
                int16_t l_1711 = 0L;
                int i, j, k;
lbl_1657:
                for (g_1523 = (-20); (g_1523 == 56); g_1523 = safe_add_func_uint8_t_u_u(g_1523, 1))
                { /* block id: 790 */
                    int64_t *l_1619 = &l_1212;
                    int32_t l_1620 = (-4L);
                    int64_t l_1656 = (-4L);
                }
                for (l_1207 = 0; (l_1207 <= 1); l_1207 += 1)
                { /* block id: 812 */
                    int32_t l_1669 = (-3L);
                    int32_t l_1670 = 0x12A0DC30L;
                    if (g_1065)
                        goto lbl_1657;
                    l_1658--;
                    if (p_13)
                        continue;
                    for (g_108 = 0; (g_108 <= 1); g_108 += 1)
                    { /* block id: 818 */
                        int64_t l_1666 = 0xF84C045B314DD699LL;
                        int32_t l_1667 = 0x621E4FD7L;
                        int32_t l_1668 = 0x5C394D59L;
                        uint64_t l_1671 = 0x5C78FEA537E819B8LL;
                        l_1661--;
                        --l_1671;
                        return l_1675;
                    }
                }
                for (g_141 = 0; (g_141 <= 1); g_141 += 1)
                { /* block id: 826 */
                    int32_t * const l_1676 = &g_5[3][9][1];
                    int32_t l_1677 = 1L;
                    int32_t l_1678 = 4L;
                    int32_t l_1679 = 0x0CA004E0L;
                    int32_t l_1680 = (-1L);
                    uint8_t *l_1694 = &g_108;
                    int32_t ** const ***l_1701 = &g_1699;
                    int16_t l_1712 = 0L;
                    int64_t *l_1713 = (void*)0;
                    int64_t *l_1714 = &l_1212;
                    l_1674 = l_1676;
                    ++l_1681[2][3][2];
                    if ((safe_sub_func_uint32_t_u_u(((safe_div_func_int64_t_s_s(((*l_1714) = ((*g_1569) = ((safe_mod_func_int64_t_s_s(((((safe_div_func_int16_t_s_s((-2L), (safe_sub_func_uint16_t_u_u(0UL, p_13)))) , &l_1522) != l_1694) & ((safe_unary_minus_func_uint8_t_u((safe_lshift_func_uint8_t_u_s((l_1698 == ((*l_1701) = g_1699)), 5)))) || (safe_sub_func_int64_t_s_s((safe_rshift_func_uint16_t_u_s(p_12, (((safe_sub_func_int16_t_s_s((!(((safe_add_func_int32_t_s_s((***l_1621), 1UL)) < p_13) , l_1711)), 9L)) , l_1712) > (-1L)))), 0x4D9A8FF341A14B39LL)))), p_13)) || 0xDC3BL))), p_12)) | p_12), 4294967295UL)))
                    { /* block id: 832 */
                        (***l_1310) &= (p_13 & p_13);
                    }
                    else
                    { /* block id: 834 */
                        int32_t *l_1715 = (void*)0;
                        return l_1715;
                    }
                    for (l_1369 = 1; (l_1369 >= 0); l_1369 -= 1)
                    { /* block id: 839 */
                        int16_t ** const l_1737 = &l_1593[3][7];
                        int32_t l_1738 = 0L;
                        l_1738 = ((safe_rshift_func_uint8_t_u_s((safe_mod_func_int8_t_s_s((safe_add_func_int8_t_s_s(((*l_1073) ^= ((safe_sub_func_int64_t_s_s((-1L), ((safe_add_func_uint64_t_u_u(0x35166E474EBC1C46LL, (p_13 != ((safe_rshift_func_uint8_t_u_s((safe_mul_func_uint8_t_u_u(0xFBL, ((*l_1694) |= (safe_rshift_func_uint8_t_u_u((+((p_12 > ((safe_mul_func_int16_t_s_s(((****l_1698) = ((p_12 & (g_1156 != (safe_mod_func_int32_t_s_s(p_12, (((*l_1404) == l_1737) , 0x8C7258C5L))))) != p_12)), p_13)) <= p_12)) > g_1523)), (***l_1310)))))), 7)) != (**l_1311))))) && (*l_1674)))) || (*l_1676))), 0xD4L)), (*l_33))), 5)) > (*g_1569));
                    }
                }
            }
            else
            { /* block id: 846 */
                uint16_t l_1739 = 65535UL;
                uint8_t l_1757 = 255UL;
                int16_t *l_1775 = &g_93;
                uint32_t *l_1791 = &g_1065;
                int32_t *l_1792[9] = {&g_40[3],&g_40[3],&g_40[3],&g_40[3],&g_40[3],&g_40[3],&g_40[3],&g_40[3],&g_40[3]};
                int32_t l_1819[5][8][4] = {{{(-7L),4L,1L,(-1L)},{(-6L),0xA6061EBDL,4L,(-6L)},{0xA6061EBDL,0x077C3ECAL,4L,5L},{0xA6061EBDL,0x68364E34L,0x62E603F0L,(-6L)},{2L,1L,0L,0L},{(-9L),(-9L),(-7L),1L},{1L,2L,4L,4L},{0x68364E34L,0x725E07A2L,0L,4L}},{{4L,0x725E07A2L,5L,4L},{0x725E07A2L,2L,0x68364E34L,1L},{0x62E603F0L,(-9L),0x62E603F0L,0L},{4L,1L,(-1L),(-6L)},{(-9L),0x68364E34L,4L,1L},{0x08E6DF00L,4L,4L,2L},{(-9L),0x725E07A2L,(-1L),(-1L)},{4L,0x62E603F0L,0x62E603F0L,4L}},{{0x62E603F0L,4L,0x68364E34L,0x08E6DF00L},{0x725E07A2L,(-9L),5L,(-6L)},{4L,0x08E6DF00L,0L,(-6L)},{0x68364E34L,(-9L),4L,0x08E6DF00L},{1L,4L,(-7L),4L},{(-9L),0x62E603F0L,0L,(-1L)},{2L,0x725E07A2L,0x62E603F0L,2L},{0x725E07A2L,4L,0x52FA6277L,1L}},{{0x725E07A2L,0x68364E34L,0x62E603F0L,(-6L)},{2L,1L,0L,0L},{(-9L),(-9L),(-7L),1L},{1L,2L,4L,4L},{0x68364E34L,0x725E07A2L,0L,4L},{4L,0x725E07A2L,5L,4L},{0x725E07A2L,2L,0x68364E34L,1L},{0x62E603F0L,(-9L),0x62E603F0L,0L}},{{4L,1L,(-1L),(-6L)},{(-9L),0x68364E34L,4L,1L},{0x08E6DF00L,4L,4L,2L},{(-9L),0x725E07A2L,(-1L),(-1L)},{4L,0x62E603F0L,0x62E603F0L,4L},{0x62E603F0L,4L,0x68364E34L,0x08E6DF00L},{0x725E07A2L,(-9L),5L,(-6L)},{4L,0x08E6DF00L,0L,(-6L)}}};
                uint16_t l_1822[4][5] = {{0x06A7L,0x92FEL,0xB8CAL,0xBCEFL,0x92FEL},{65535UL,0xB8CAL,0xB8CAL,65535UL,0xBCEFL},{65533UL,65535UL,0xE835L,0x92FEL,0x92FEL},{0x06A7L,65535UL,0x06A7L,0xBCEFL,65535UL}};
                int i, j, k;
                ++l_1739;
                if ((safe_add_func_int32_t_s_s((((((safe_mul_func_int8_t_s_s((safe_sub_func_uint32_t_u_u((((((safe_rshift_func_uint8_t_u_u(255UL, (safe_rshift_func_uint16_t_u_s(0x7A6CL, 9)))) , (safe_lshift_func_uint8_t_u_s((((safe_add_func_int16_t_s_s(((p_12 > l_1739) > (g_1167 = (l_1756 >= (g_1065 || (0xB2F3E431B0D4D039LL <= (p_13 > ((*l_1200) >= 1L))))))), 0L)) | 0xAA9CL) == 0xF34266414F666A07LL), (***l_1621)))) , (*g_1569)) < p_12) >= (*g_1569)), 0x0D05EB1EL)), p_12)) ^ 0x66L) && p_13) && (*g_975)) , 0xD26AF51DL), p_12)))
                { /* block id: 849 */
                    uint16_t l_1784 = 0x5425L;
                    int32_t l_1808 = 1L;
                    int32_t l_1811[5][10] = {{0x0FE1A01EL,5L,(-1L),0x0BAAE4D9L,1L,(-9L),1L,1L,(-9L),1L},{(-4L),0x0FE1A01EL,0x0FE1A01EL,(-4L),0L,(-9L),5L,(-1L),1L,(-1L)},{0x0FE1A01EL,(-7L),0xC6D6904BL,0L,5L,1L,(-4L),0x0BAAE4D9L,0xC6D6904BL,1L},{0x0BAAE4D9L,5L,(-7L),(-1L),(-4L),(-4L),(-1L),(-7L),5L,0x0BAAE4D9L},{(-9L),5L,0xC6D6904BL,0xB6003329L,0L,1L,(-4L),1L,0L,0xB6003329L}};
                    int32_t l_1820[6] = {0x6B14B950L,0x6B14B950L,0x6B14B950L,0x6B14B950L,0x6B14B950L,0x6B14B950L};
                    int i, j;
                    --l_1757;
                    for (g_287 = 0; (g_287 <= (-8)); --g_287)
                    { /* block id: 853 */
                        uint16_t l_1762 = 0x1B1BL;
                        uint32_t *l_1787 = &g_164;
                        (*l_1200) = p_13;
                    }
                    (***l_1621) = ((0x67L == (((***g_1567) <= ((safe_sub_func_int8_t_s_s((***l_1525), (safe_rshift_func_int8_t_s_s(((((((-3L) >= ((l_1808 = (safe_rshift_func_int16_t_s_u(((safe_mod_func_uint64_t_u_u(((safe_add_func_int32_t_s_s(((p_13 > 0x8258BD99L) < (((--g_1803) , l_1784) , ((g_10 = ((safe_lshift_func_int16_t_s_s(((*l_1775) = p_13), l_1784)) , l_1784)) <= 246UL))), 0L)) | (***l_1621)), (*g_975))) == p_12), p_12))) == p_13)) && 0x62A1L) >= (***l_1621)) ^ p_13) && 0x06C25E8CL), l_1784)))) > (***l_1621))) <= (****l_1524))) < p_13);
                    for (g_57 = 0; (g_57 <= 0); g_57 += 1)
                    { /* block id: 869 */
                        int32_t l_1810 = 0xF2FFDB66L;
                        int32_t l_1812 = (-10L);
                        int32_t l_1813 = 7L;
                        int32_t l_1816 = 0x557D3392L;
                        int32_t l_1817 = 0x3DE579F9L;
                        int32_t l_1818 = 0L;
                        int32_t l_1821 = (-1L);
                        int i;
                        l_1822[0][0]++;
                        if (p_13)
                            break;
                        l_1792[(g_57 + 6)] = &p_12;
                        (*g_1067) &= (g_162[4][4][1] , l_1811[4][9]);
                    }
                }
                else
                { /* block id: 875 */
                    --l_1825;
                    (***l_1621) = (-6L);
                }
            }
            (*l_1526) = (void*)0;
        }
    }
    return g_1828;
}


/* ------------------------------------------ */
/* 
 * reads : g_701 g_364 g_365 g_975 g_204 g_158 g_18 g_287 g_10 g_974 g_1067 g_40
 * writes: g_701 g_1100 g_204 g_10 g_162 g_108 g_18 g_40
 */
static uint8_t  func_26(const uint32_t * const  p_27, int32_t * p_28, uint32_t * p_29, uint64_t  p_30, uint32_t * p_31)
{ /* block id: 584 */
    int16_t l_1080 = 0xA130L;
    const uint16_t * const * const * const l_1083 = (void*)0;
    uint16_t ***l_1084 = &g_1046;
    uint32_t **l_1089 = (void*)0;
    int64_t *l_1113 = &g_162[4][4][1];
    int64_t **l_1112 = &l_1113;
    int64_t ***l_1111[9] = {&l_1112,&l_1112,&l_1112,&l_1112,&l_1112,&l_1112,&l_1112,&l_1112,&l_1112};
    int32_t l_1115 = (-1L);
    int32_t l_1118 = (-10L);
    int32_t l_1119 = 0x8836FCECL;
    int32_t l_1120[3];
    uint16_t l_1121 = 0xD871L;
    const uint32_t **l_1133 = &g_102;
    const uint32_t ***l_1132[5][1][4] = {{{&l_1133,&l_1133,&l_1133,&l_1133}},{{&l_1133,(void*)0,&l_1133,&l_1133}},{{&l_1133,&l_1133,&l_1133,&l_1133}},{{&l_1133,&l_1133,&l_1133,&l_1133}},{{&l_1133,(void*)0,&l_1133,&l_1133}}};
    const uint32_t ****l_1131 = &l_1132[0][0][2];
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1120[i] = 0x923A03C3L;
    for (g_701 = 24; (g_701 >= 22); g_701 = safe_sub_func_int32_t_s_s(g_701, 4))
    { /* block id: 587 */
        uint16_t ***l_1085 = &g_1046;
        uint32_t **l_1086 = (void*)0;
        uint32_t ***l_1087 = &g_949;
        uint32_t ***l_1088 = &l_1086;
        const int16_t *l_1098 = (void*)0;
        const int16_t **l_1099[3][8] = {{(void*)0,&l_1098,(void*)0,&l_1098,(void*)0,&l_1098,(void*)0,&l_1098},{(void*)0,&l_1098,(void*)0,&l_1098,(void*)0,&l_1098,(void*)0,&l_1098},{(void*)0,&l_1098,(void*)0,&l_1098,(void*)0,&l_1098,(void*)0,&l_1098}};
        int32_t l_1107 = 0L;
        int8_t l_1108[5] = {0x2CL,0x2CL,0x2CL,0x2CL,0x2CL};
        int64_t **l_1110 = (void*)0;
        int64_t ***l_1109[6][8][5] = {{{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,(void*)0,&l_1110,&l_1110,&l_1110},{(void*)0,&l_1110,(void*)0,(void*)0,&l_1110},{&l_1110,(void*)0,&l_1110,&l_1110,(void*)0},{&l_1110,(void*)0,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,(void*)0,&l_1110},{&l_1110,&l_1110,(void*)0,(void*)0,&l_1110},{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110}},{{(void*)0,&l_1110,&l_1110,&l_1110,&l_1110},{(void*)0,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,(void*)0,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,(void*)0,&l_1110,&l_1110,&l_1110},{(void*)0,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,(void*)0,&l_1110,(void*)0},{&l_1110,&l_1110,&l_1110,&l_1110,(void*)0}},{{&l_1110,(void*)0,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110},{(void*)0,(void*)0,&l_1110,(void*)0,(void*)0},{&l_1110,&l_1110,&l_1110,&l_1110,(void*)0},{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,&l_1110,(void*)0},{(void*)0,&l_1110,&l_1110,&l_1110,&l_1110}},{{(void*)0,&l_1110,(void*)0,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,(void*)0,&l_1110},{&l_1110,&l_1110,&l_1110,&l_1110,(void*)0},{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,(void*)0,&l_1110,(void*)0,(void*)0}},{{&l_1110,&l_1110,(void*)0,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,&l_1110,(void*)0},{&l_1110,(void*)0,&l_1110,&l_1110,&l_1110},{&l_1110,(void*)0,&l_1110,&l_1110,(void*)0},{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110},{(void*)0,(void*)0,(void*)0,&l_1110,&l_1110},{(void*)0,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,(void*)0,&l_1110}},{{&l_1110,&l_1110,&l_1110,&l_1110,(void*)0},{&l_1110,(void*)0,&l_1110,(void*)0,&l_1110},{&l_1110,&l_1110,(void*)0,&l_1110,&l_1110},{&l_1110,(void*)0,&l_1110,&l_1110,&l_1110},{&l_1110,(void*)0,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,&l_1110,&l_1110,&l_1110},{&l_1110,&l_1110,(void*)0,&l_1110,&l_1110},{(void*)0,(void*)0,&l_1110,&l_1110,&l_1110}}};
        int32_t *l_1114 = &g_40[3];
        int32_t *l_1116 = &g_260;
        int32_t *l_1117[7] = {&g_40[3],&g_40[3],&g_40[3],&g_40[3],&g_40[3],&g_40[3],&g_40[3]};
        uint8_t *l_1126 = &g_10;
        uint8_t l_1140 = 0x17L;
        int i, j, k;
        l_1111[7] = (((((!l_1080) & (safe_sub_func_int8_t_s_s((l_1083 == (l_1085 = l_1084)), ((((*l_1088) = l_1086) == l_1089) , ((safe_mod_func_int16_t_s_s(((((safe_mod_func_uint16_t_u_u(((safe_mod_func_uint32_t_u_u(((safe_mul_func_uint8_t_u_u(((*g_364) == (g_1100[0] = l_1098)), (safe_rshift_func_int16_t_s_u(1L, (((safe_sub_func_uint64_t_u_u((--(*g_975)), ((l_1107 |= l_1080) <= p_30))) , p_30) == 0L))))) & 0xE91B0BCDL), (*g_158))) == (-7L)), p_30)) == 0x39L) , l_1108[4]) ^ 0x9A6410EEL), 0xD859L)) & 0x6388FD46BBC75A52LL))))) & l_1108[0]) != g_287) , l_1109[1][7][1]);
        --l_1121;
        (*g_1067) |= ((safe_mul_func_uint8_t_u_u(((*l_1126)--), ((safe_mod_func_uint64_t_u_u(((((void*)0 == l_1131) && (((safe_sub_func_uint16_t_u_u(0x30B3L, p_30)) , &g_1046) != (void*)0)) > (safe_sub_func_uint32_t_u_u(((safe_mul_func_int16_t_s_s((((*l_1113) = l_1121) & ((250UL == (g_108 = (0x1437L < 0L))) > 9UL)), l_1140)) || (**g_974)), l_1121))), 0x7172A9504A69ADE8LL)) ^ 0x29094F87D9316EFDLL))) != p_30);
    }
    return l_1121;
}


/* ------------------------------------------ */
/* 
 * reads : g_57 g_60 g_10 g_40 g_44 g_6 g_18 g_7 g_89 g_93 g_5 g_43 g_108 g_3 g_141 g_102 g_103 g_158 g_164 g_162 g_8 g_204 g_613 g_287 g_417 g_626 g_285 g_260 g_506 g_283 g_886 g_276 g_212 g_734 g_974 g_949 g_975 g_1034 g_1065 g_273
 * writes: g_57 g_89 g_93 g_40 g_10 g_44 g_102 g_18 g_108 g_113 g_141 g_164 g_60 g_204 g_212 g_417 g_260 g_283 g_830 g_288 g_273 g_287 g_949 g_162 g_276 g_364 g_1046 g_1067 g_1065
 */
static uint32_t * func_34(const int32_t ** p_35, uint8_t  p_36)
{ /* block id: 25 */
    uint16_t l_55 = 0xF1EAL;
    int16_t *l_56 = &g_57;
    uint32_t l_69 = 0x677434CAL;
    int8_t *l_75 = (void*)0;
    int8_t *l_76[5];
    int32_t l_77 = (-7L);
    int32_t *l_78 = (void*)0;
    uint16_t *l_196 = (void*)0;
    int32_t l_197[6] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
    int16_t *l_198 = &g_60;
    int32_t *l_1069 = &g_40[3];
    int16_t l_1071 = 0xCCBAL;
    int i;
    for (i = 0; i < 5; i++)
        l_76[i] = (void*)0;
    (*l_1069) = ((safe_lshift_func_uint8_t_u_u(func_47((safe_mod_func_uint64_t_u_u(((safe_unary_minus_func_int16_t_s(((*l_56) ^= l_55))) >= ((*l_198) = (((l_197[1] = (safe_lshift_func_int8_t_s_u(((l_55 , (((g_60 & func_61((p_36 , func_64((&g_18 != ((l_69 >= (safe_rshift_func_int8_t_s_u((safe_lshift_func_uint16_t_u_u(((l_69 | (p_36 , (l_77 = ((~(l_69 < g_10)) == p_36)))) , l_77), l_69)), 4))) , &g_18)), l_78, g_40[3], &g_18)), p_36)) , 0xFC65D9BC637826DALL) > p_36)) || p_36), 3))) != l_55) | g_60))), (-1L))), g_162[0][3][3], g_158, p_36), p_36)) == 0xA65BL);
    for (g_18 = 0; (g_18 <= 8); g_18 += 1)
    { /* block id: 569 */
        int8_t *l_1070 = &g_113;
        (*l_1069) |= (l_1070 != l_1070);
        if (l_1071)
            continue;
        for (g_141 = 0; (g_141 <= 8); g_141 += 1)
        { /* block id: 574 */
            uint32_t *l_1072[3][5] = {{&g_18,&g_1065,(void*)0,&g_1065,&g_18},{&g_18,&g_1065,(void*)0,&g_1065,&g_18},{&g_18,&g_1065,(void*)0,&g_1065,&g_18}};
            int i, j;
            for (g_1065 = 0; (g_1065 <= 4); g_1065 += 1)
            { /* block id: 577 */
                return &g_18;
            }
        }
    }
    return &g_701;
}


/* ------------------------------------------ */
/* 
 * reads : g_43
 * writes:
 */
static const int32_t ** func_37(int64_t  p_38)
{ /* block id: 22 */
    int32_t *l_39 = &g_40[3];
    const int32_t *l_42[3][9][8] = {{{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]}},{{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]}},{{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]},{&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2],&g_5[0][1][2]}}};
    const int32_t **l_41 = &l_42[2][4][7];
    int i, j, k;
    l_39 = &g_6;
    return g_43;
}


/* ------------------------------------------ */
/* 
 * reads : g_158 g_18 g_43 g_44 g_8 g_6 g_102 g_103 g_204 g_89 g_60 g_7 g_613 g_287 g_93 g_3 g_162 g_417 g_40 g_626 g_285 g_260 g_506 g_283 g_164 g_886 g_276 g_212 g_5 g_734 g_10 g_974 g_949 g_141 g_57 g_975 g_1034 g_1065 g_273
 * writes: g_204 g_212 g_10 g_141 g_40 g_57 g_417 g_260 g_283 g_830 g_108 g_44 g_288 g_273 g_113 g_287 g_949 g_162 g_18 g_89 g_276 g_364 g_164 g_1046 g_1067
 */
static uint8_t  func_47(uint16_t  p_48, uint32_t  p_49, uint32_t * p_50, const int8_t  p_51)
{ /* block id: 75 */
    uint64_t *l_203 = &g_204;
    uint8_t *l_207[3][3][9] = {{{&g_10,(void*)0,&g_108,(void*)0,&g_108,&g_10,&g_10,&g_108,&g_10},{(void*)0,(void*)0,(void*)0,&g_10,&g_108,&g_10,&g_10,&g_108,&g_10},{&g_10,&g_108,&g_10,&g_10,&g_108,(void*)0,&g_10,&g_108,&g_108}},{{&g_108,&g_108,&g_10,(void*)0,&g_108,&g_10,&g_10,&g_108,&g_10},{&g_10,&g_108,&g_10,&g_10,&g_108,&g_10,(void*)0,(void*)0,(void*)0},{&g_10,&g_108,&g_10,&g_10,&g_108,(void*)0,&g_108,(void*)0,&g_10}},{{&g_108,&g_108,(void*)0,(void*)0,&g_108,(void*)0,(void*)0,&g_108,&g_108},{&g_10,(void*)0,&g_108,(void*)0,&g_108,&g_10,&g_10,&g_108,&g_10},{(void*)0,(void*)0,(void*)0,&g_10,&g_108,&g_10,&g_10,&g_108,&g_10}}};
    int32_t l_208 = (-1L);
    int32_t l_209[9][5] = {{(-1L),0L,(-1L),0L,(-1L)},{0x1FB82741L,0x1FB82741L,1L,1L,0x1FB82741L},{8L,0L,8L,0L,8L},{0x1FB82741L,1L,1L,0x1FB82741L,0x1FB82741L},{(-1L),0L,(-1L),0L,(-1L)},{0x1FB82741L,0x1FB82741L,1L,1L,0x1FB82741L},{8L,0L,8L,0L,8L},{0x1FB82741L,1L,1L,0x1FB82741L,0x1FB82741L},{(-1L),0L,(-1L),0L,(-1L)}};
    uint32_t *l_210 = (void*)0;
    uint32_t *l_211 = &g_212;
    uint8_t l_239 = 255UL;
    uint16_t *l_272 = &g_273;
    uint16_t *l_318 = &g_273;
    uint32_t l_395 = 0x366F8B33L;
    uint16_t l_434 = 0x2E8FL;
    int16_t l_467 = 0xBAF6L;
    uint32_t **l_540 = &l_210;
    int32_t **l_609 = &g_417;
    int32_t l_653 = 0x5BCF967CL;
    uint16_t l_673 = 0xC00FL;
    uint32_t l_702 = 1UL;
    uint64_t l_712 = 0x335AEF1A0CB82B12LL;
    int32_t *l_738 = &g_40[2];
    uint32_t l_745 = 0UL;
    int16_t l_959 = 0L;
    int16_t ** const l_1018[4] = {&g_365,&g_365,&g_365,&g_365};
    int i, j, k;
lbl_1012:
    if (((g_10 = ((*g_158) | ((*l_211) = (l_209[7][2] = ((0xA9747AEAL > ((((((safe_mul_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u((((**g_43) & (*g_102)) || (l_208 &= (((*l_203) = (&g_113 != (void*)0)) && (((((*l_203)++) > g_89) ^ 0x20ABL) < 0x1C67L)))), 0xFAD60E4599E6F73ALL)), p_48)) < g_60) , g_204) != p_51) & (*p_50)) & 7UL)) , 4294967290UL))))) >= p_49))
    { /* block id: 82 */
        uint32_t l_222 = 0xE7D40DAFL;
        int32_t l_244 = (-1L);
        int32_t l_249 = 0x573769E7L;
        int32_t l_304 = 4L;
        int32_t l_305[4][10] = {{0x2E0544A2L,(-4L),(-1L),0x2E0544A2L,(-1L),0xD7E2D0E4L,(-4L),(-4L),0xD7E2D0E4L,(-1L)},{0x2E0544A2L,0xD12A0E96L,0xD12A0E96L,0x2E0544A2L,1L,0L,(-4L),0xD12A0E96L,0L,(-1L)},{0L,(-4L),0xD12A0E96L,0L,(-1L),0L,0xD12A0E96L,(-4L),0L,1L},{0x2E0544A2L,(-4L),(-1L),0x2E0544A2L,(-1L),0xD7E2D0E4L,(-4L),(-4L),0xD7E2D0E4L,(-1L)}};
        int8_t l_310 = 0x4FL;
        int16_t *l_357 = &g_60;
        int16_t *l_362 = &g_60;
        int16_t **l_361 = &l_362;
        uint16_t **l_451 = (void*)0;
        const uint8_t *l_473 = &g_108;
        int64_t l_527 = 0xA5EB5CACCFC526BALL;
        uint8_t l_610 = 0UL;
        uint32_t l_660[6][10][4] = {{{7UL,0xD20CA8C7L,0x13A0636EL,0x13A0636EL},{0x5A80924FL,0x5A80924FL,0xD1849246L,18446744073709551609UL},{0UL,0x5A80924FL,18446744073709551609UL,0x13A0636EL},{4UL,0xD20CA8C7L,18446744073709551615UL,18446744073709551609UL},{0x5F301D4DL,0xD20CA8C7L,6UL,0x13A0636EL},{0xD20CA8C7L,0x5A80924FL,1UL,18446744073709551609UL},{0x89EDDC35L,0x5A80924FL,1UL,0x13A0636EL},{1UL,0xD20CA8C7L,9UL,18446744073709551609UL},{7UL,0xD20CA8C7L,0x13A0636EL,0x13A0636EL},{0x5A80924FL,0x5A80924FL,0xD1849246L,18446744073709551609UL}},{{0UL,0x5A80924FL,18446744073709551609UL,0x13A0636EL},{4UL,0xD20CA8C7L,18446744073709551615UL,18446744073709551609UL},{0x5F301D4DL,0xD20CA8C7L,6UL,0x13A0636EL},{0xD20CA8C7L,0x5A80924FL,1UL,18446744073709551609UL},{0x89EDDC35L,0x5A80924FL,1UL,0x13A0636EL},{1UL,0xD20CA8C7L,9UL,18446744073709551609UL},{7UL,0xD20CA8C7L,0x13A0636EL,0x13A0636EL},{0x5A80924FL,0x5A80924FL,0xD1849246L,18446744073709551609UL},{0UL,0x5A80924FL,18446744073709551609UL,0x13A0636EL},{4UL,0xD20CA8C7L,18446744073709551615UL,18446744073709551609UL}},{{0x5F301D4DL,0xD20CA8C7L,6UL,0x13A0636EL},{0xD20CA8C7L,0x5A80924FL,1UL,18446744073709551609UL},{0x89EDDC35L,0x5A80924FL,1UL,0x13A0636EL},{1UL,0xD20CA8C7L,9UL,18446744073709551609UL},{7UL,0xD20CA8C7L,0x13A0636EL,0x13A0636EL},{0x5A80924FL,0x5A80924FL,0xD1849246L,18446744073709551609UL},{0UL,0x5A80924FL,18446744073709551609UL,0x13A0636EL},{4UL,0xD20CA8C7L,18446744073709551615UL,18446744073709551609UL},{0x5F301D4DL,0xD20CA8C7L,6UL,0x13A0636EL},{0xD20CA8C7L,0x5A80924FL,1UL,18446744073709551609UL}},{{0x89EDDC35L,0x5A80924FL,1UL,0x13A0636EL},{1UL,0xD20CA8C7L,9UL,18446744073709551609UL},{7UL,0xD20CA8C7L,0x13A0636EL,0x13A0636EL},{0x5A80924FL,0x5A80924FL,0xD1849246L,18446744073709551609UL},{0UL,0x5A80924FL,18446744073709551609UL,0x13A0636EL},{4UL,0xD20CA8C7L,18446744073709551615UL,18446744073709551609UL},{0x5F301D4DL,0xD20CA8C7L,6UL,0x13A0636EL},{0xD20CA8C7L,0x5A80924FL,1UL,18446744073709551609UL},{0x89EDDC35L,0x5A80924FL,1UL,0x13A0636EL},{1UL,0xD20CA8C7L,9UL,18446744073709551609UL}},{{7UL,0xD20CA8C7L,0x13A0636EL,0x13A0636EL},{0x5A80924FL,0x5A80924FL,0xD1849246L,18446744073709551609UL},{0UL,0x5A80924FL,18446744073709551609UL,0x13A0636EL},{4UL,0xD20CA8C7L,18446744073709551615UL,18446744073709551609UL},{0x5F301D4DL,0xD20CA8C7L,6UL,0x13A0636EL},{0xD20CA8C7L,0x5A80924FL,1UL,18446744073709551609UL},{0x89EDDC35L,0x5A80924FL,1UL,0x13A0636EL},{1UL,0xD20CA8C7L,9UL,18446744073709551609UL},{7UL,0xD20CA8C7L,0x13A0636EL,0x13A0636EL},{0x5A80924FL,0x5A80924FL,0xD1849246L,18446744073709551609UL}},{{0UL,0x5A80924FL,18446744073709551609UL,0x13A0636EL},{4UL,0xD20CA8C7L,18446744073709551615UL,18446744073709551609UL},{0x5F301D4DL,0xD20CA8C7L,6UL,0x13A0636EL},{0xD20CA8C7L,0x5A80924FL,1UL,18446744073709551609UL},{0x89EDDC35L,0x5A80924FL,1UL,0x13A0636EL},{1UL,0xD20CA8C7L,9UL,18446744073709551609UL},{7UL,0xD20CA8C7L,0x13A0636EL,0x13A0636EL},{0x5A80924FL,0x5A80924FL,0xD1849246L,18446744073709551609UL},{0UL,0x5A80924FL,18446744073709551609UL,0x13A0636EL},{4UL,0xD20CA8C7L,18446744073709551615UL,18446744073709551609UL}}};
        int32_t **l_718 = (void*)0;
        int i, j, k;
        for (g_141 = 0; (g_141 != 28); g_141 = safe_add_func_uint64_t_u_u(g_141, 1))
        { /* block id: 85 */
            int32_t l_245[3];
            uint64_t l_300 = 0UL;
            uint64_t l_301 = 0x72CF455FC125FBF1LL;
            int64_t l_312 = 0x4BD1EF2F5BE8432ELL;
            uint32_t l_334[4][9][6] = {{{0x2E879498L,0x2E879498L,0x25E3BEFAL,0x9770B23BL,0x10318768L,0xAB7779B2L},{4294967295UL,0xD8EEB844L,0x10318768L,8UL,0x2F8E1758L,0x25E3BEFAL},{0x91380E65L,4294967295UL,0x10318768L,0UL,0x2E879498L,0xAB7779B2L},{0UL,0UL,0x25E3BEFAL,0x42DA64D2L,0x25E3BEFAL,0UL},{0x42DA64D2L,0x25E3BEFAL,0UL,0UL,1UL,0xA993EE35L},{0UL,0x10318768L,4294967295UL,0x91380E65L,8UL,0UL},{8UL,0x10318768L,0xD8EEB844L,4294967295UL,1UL,0UL},{0x9770B23BL,0x25E3BEFAL,0x2E879498L,0x2E879498L,0x25E3BEFAL,0x9770B23BL},{0xA993EE35L,0UL,0x91380E65L,0UL,0x2E879498L,0UL}},{{0x439A7ED0L,4294967295UL,0x6919E9BAL,0xAB7779B2L,0x2F8E1758L,0xD8EEB844L},{0x439A7ED0L,0xD8EEB844L,0xAB7779B2L,0UL,0x10318768L,0x2F8E1758L},{0xA993EE35L,0x2E879498L,8UL,0x2E879498L,0xA993EE35L,0x6919E9BAL},{0x9770B23BL,0x91380E65L,0UL,4294967295UL,3UL,4294967288UL},{8UL,0x6919E9BAL,1UL,0x91380E65L,0x42DA64D2L,4294967288UL},{0UL,0xAB7779B2L,0UL,0UL,0x6919E9BAL,0x6919E9BAL},{0x42DA64D2L,8UL,8UL,0x42DA64D2L,0UL,0x2F8E1758L},{0UL,0UL,0xAB7779B2L,0UL,0UL,0xD8EEB844L},{0x91380E65L,1UL,0x6919E9BAL,8UL,0UL,0UL}},{{4294967295UL,0UL,0x91380E65L,0x9770B23BL,0UL,0x9770B23BL},{0x2E879498L,8UL,0x2E879498L,0xA993EE35L,0x6919E9BAL,0UL},{0UL,0xAB7779B2L,0xD8EEB844L,0x439A7ED0L,0x42DA64D2L,0UL},{0xAB7779B2L,0x6919E9BAL,4294967295UL,0x439A7ED0L,3UL,0xA993EE35L},{0UL,0x91380E65L,0UL,0xA993EE35L,0xA993EE35L,0UL},{0x2E879498L,0x2E879498L,0x25E3BEFAL,0x9770B23BL,0x10318768L,0xAB7779B2L},{4294967295UL,0xD8EEB844L,0x10318768L,8UL,0x2F8E1758L,0x25E3BEFAL},{0x91380E65L,4294967295UL,0x10318768L,0UL,0x2E879498L,0xAB7779B2L},{0UL,0UL,0x25E3BEFAL,4294967288UL,1UL,8UL}},{{4294967288UL,1UL,8UL,0xD8EEB844L,0x2F8E1758L,0xAB7779B2L},{8UL,0x9770B23BL,0UL,0xA993EE35L,0x46606DBFL,0x6919E9BAL},{0x46606DBFL,0x9770B23BL,4294967295UL,0UL,0x2F8E1758L,0x91380E65L},{0x2E879498L,1UL,1UL,1UL,1UL,0x2E879498L},{0xAB7779B2L,8UL,0xA993EE35L,0x91380E65L,1UL,0xD8EEB844L},{3UL,0UL,0x25E3BEFAL,0UL,0UL,4294967295UL},{3UL,4294967295UL,0UL,0x91380E65L,0x9770B23BL,0UL},{0xAB7779B2L,1UL,0x46606DBFL,1UL,0xAB7779B2L,0x25E3BEFAL},{0x2E879498L,0xA993EE35L,0x6919E9BAL,0UL,0x42DA64D2L,0x10318768L}}};
            int32_t *l_345 = &l_245[0];
            int32_t l_393 = (-1L);
            uint32_t *l_433 = (void*)0;
            int64_t l_439[3][5][8] = {{{(-1L),(-1L),(-8L),0xB70E39FE4C7AF61ALL,1L,(-1L),(-1L),0x7819B85332B24E3BLL},{0L,2L,(-6L),0x600FDCE5B5985E65LL,0x793F0576EC9C7059LL,0x9D637540F0C3056FLL,0x7819B85332B24E3BLL,0x7DCD7F29489E9AD8LL},{0x7B6D14BA47BDAC3BLL,0x7819B85332B24E3BLL,0x793F0576EC9C7059LL,0x6ABCF9E899EDF349LL,0L,(-8L),0x0CDD3882ABB105E8LL,0L},{(-1L),0x6AD60C0022666ADFLL,(-10L),0xFEA501A820CC5F95LL,(-1L),0x0CDD3882ABB105E8LL,0x2065D6BEC47878FDLL,0x0CDD3882ABB105E8LL},{0x7DCD7F29489E9AD8LL,0x350050D2A1CC4643LL,0L,0x350050D2A1CC4643LL,0x7DCD7F29489E9AD8LL,0x1F70F293AE300580LL,(-8L),(-9L)}},{{0L,0xF01B0271DC26D7C0LL,(-1L),0x254944C30C153A53LL,0x1F70F293AE300580LL,(-10L),(-1L),0x350050D2A1CC4643LL},{(-1L),0L,(-1L),0x2065D6BEC47878FDLL,(-9L),(-6L),(-8L),1L},{0x1F70F293AE300580LL,0L,0L,(-9L),0L,(-1L),0x2065D6BEC47878FDLL,(-2L)},{0xFEA501A820CC5F95LL,0x5654EBEAC6DC5D19LL,(-10L),0x793F0576EC9C7059LL,(-1L),0L,0x0CDD3882ABB105E8LL,(-8L)},{(-8L),(-8L),0x793F0576EC9C7059LL,(-1L),0x472C8A05DF17B835LL,(-9L),0x7819B85332B24E3BLL,0xFEA501A820CC5F95LL}},{{0x0CDD3882ABB105E8LL,0L,(-6L),(-1L),0x6ABCF9E899EDF349LL,0x6ABCF9E899EDF349LL,(-1L),(-6L)},{(-6L),(-6L),(-8L),0L,1L,0x9BE3B71D9B61443ALL,0x600FDCE5B5985E65LL,0xF01B0271DC26D7C0LL},{(-1L),0x254944C30C153A53LL,(-1L),0x2D6A5D645BE5F99BLL,0x1626BA1E61851666LL,(-1L),0xFEA501A820CC5F95LL,0xF01B0271DC26D7C0LL},{0x254944C30C153A53LL,(-1L),(-8L),0L,0L,0L,2L,(-6L)},{0xB70E39FE4C7AF61ALL,1L,(-1L),(-1L),0x7819B85332B24E3BLL,0x254944C30C153A53LL,(-8L),0xFEA501A820CC5F95LL}}};
            uint8_t l_468 = 0x7FL;
            uint16_t l_578 = 0xCD9CL;
            int16_t *l_587 = &g_57;
            uint32_t l_661 = 0x0D49785AL;
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_245[i] = 0L;
        }
    }
    else
    { /* block id: 358 */
        int16_t l_737 = 0L;
        return l_737;
    }
lbl_932:
    (*l_738) = p_49;
    for (g_141 = 6; (g_141 >= 60); g_141++)
    { /* block id: 364 */
        int32_t l_765 = 0x2E6BA83EL;
        int32_t l_767 = 0x787625D4L;
        uint8_t *l_804 = (void*)0;
        int32_t l_843 = 2L;
        int32_t l_849 = 0x33684FC0L;
        int32_t l_853 = 0x8BB27FD6L;
        int32_t l_855 = 0L;
        int32_t l_856[7][8][4] = {{{0x291FB46EL,0x094074D7L,(-1L),(-1L)},{0x3F88B833L,0L,0xF2487828L,0L},{0x63A8D4D7L,0x4BB94830L,(-9L),(-1L)},{0L,0xB8EA8033L,0L,(-1L)},{5L,0xE22E61E9L,1L,(-2L)},{0xA7BCA82AL,0L,0xB9280A97L,1L},{6L,0x31A2EFA3L,0x1557C84EL,(-3L)},{1L,(-9L),0xFA269F6AL,4L}},{{3L,0x2A7EDFDFL,(-10L),0L},{0L,0xB391DACCL,(-3L),0x5821F816L},{(-10L),0x1B1F2D66L,1L,0x1B1F2D66L},{4L,1L,(-7L),0x63A8D4D7L},{0xB8EA8033L,0x81692541L,0x8D0070E0L,0xEC9043D9L},{0x3F88B833L,1L,2L,6L},{0x3F88B833L,(-10L),0x8D0070E0L,0x8975B76FL},{0xB8EA8033L,6L,(-7L),0L}},{{4L,0x443EFA9DL,1L,0xB9280A97L},{(-10L),0x49C501ACL,(-3L),(-4L)},{0L,1L,(-10L),1L},{3L,0xE8E48FC6L,0xFA269F6AL,(-10L)},{1L,(-1L),0x1557C84EL,0x49C501ACL},{6L,3L,0xB9280A97L,0xE2A5386EL},{0xA7BCA82AL,0x3849CBBBL,1L,0x206B42CFL},{5L,0x4BB94830L,0L,0x01AA331BL}},{{0x0A4F7B4DL,2L,0x5564B3E2L,1L},{0x52231F81L,0xB9280A97L,0x1B1F2D66L,(-1L)},{0L,(-2L),0L,0x0F066EE0L},{0x8975B76FL,0xEC37149AL,(-4L),0x1557C84EL},{2L,0x19860080L,0L,3L},{(-4L),(-1L),0L,0xB391DACCL},{0xD7F3A6DFL,0x077333BAL,1L,0x19860080L},{(-1L),0L,0L,(-1L)}},{{0x1557C84EL,0x094074D7L,0L,1L},{(-7L),1L,(-10L),0L},{0x3849CBBBL,0x0A4F7B4DL,0x5821F816L,0L},{0L,1L,3L,1L},{(-2L),0x094074D7L,8L,(-1L)},{0x06FAA748L,0L,0x2A7EDFDFL,0x19860080L},{0x443EFA9DL,0x077333BAL,0x3849CBBBL,0xB391DACCL},{(-10L),(-1L),6L,3L}},{{0L,0x19860080L,0x291FB46EL,0x1557C84EL},{(-9L),0xEC37149AL,3L,0x0F066EE0L},{0x4BB94830L,(-2L),0x3C7DFCBDL,(-1L)},{(-1L),0xB9280A97L,0x094074D7L,1L},{0x206B42CFL,2L,(-9L),0x01AA331BL},{0x6C3E1032L,0x4BB94830L,0xA7BCA82AL,0x206B42CFL},{(-3L),0x3849CBBBL,0x06FAA748L,0xE2A5386EL},{0x077333BAL,3L,0L,0x49C501ACL}},{{1L,(-1L),0x0F066EE0L,(-10L)},{0xEC9043D9L,0xE8E48FC6L,(-10L),1L},{(-1L),1L,0xB8EA8033L,(-4L)},{0x01AA331BL,(-1L),0x49C501ACL,0xEC9043D9L},{0L,(-9L),0L,0L},{6L,0x7BFF1F33L,(-1L),4L},{1L,0xB8EA8033L,0x3C7DFCBDL,0x7BFF1F33L},{(-1L),0x077333BAL,0x3C7DFCBDL,0x3849CBBBL}}};
        uint8_t l_892 = 0x1AL;
        int64_t l_913[4][3][3] = {{{0x2B338893DF743ADDLL,0x2B338893DF743ADDLL,1L},{(-3L),5L,(-3L)},{0x2B338893DF743ADDLL,1L,1L}},{{0xF712BAB355F6184ALL,5L,0xF712BAB355F6184ALL},{0x2B338893DF743ADDLL,0x2B338893DF743ADDLL,1L},{(-3L),5L,(-3L)}},{{0x2B338893DF743ADDLL,1L,1L},{0xF712BAB355F6184ALL,5L,0xF712BAB355F6184ALL},{0x2B338893DF743ADDLL,0x2B338893DF743ADDLL,1L}},{{(-3L),5L,(-3L)},{0x2B338893DF743ADDLL,1L,1L},{0xF712BAB355F6184ALL,5L,0xF712BAB355F6184ALL}}};
        int64_t *l_919 = &g_287;
        int64_t *l_920 = &l_913[1][0][2];
        uint32_t **l_948 = &l_211;
        uint64_t **l_976 = &l_203;
        int i, j, k;
        if (p_48)
        { /* block id: 365 */
            int16_t l_758 = 0L;
            int64_t *l_764[2];
            int32_t *l_766[2][1];
            int i, j;
            for (i = 0; i < 2; i++)
                l_764[i] = &g_287;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 1; j++)
                    l_766[i][j] = &l_209[8][2];
            }
            for (g_57 = (-16); (g_57 > 5); ++g_57)
            { /* block id: 368 */
                return g_7;
            }
            (*l_738) = ((safe_lshift_func_uint16_t_u_s(((((l_745 == (safe_add_func_uint16_t_u_u((+((safe_unary_minus_func_uint32_t_u((safe_mod_func_uint32_t_u_u((safe_mul_func_uint8_t_u_u((((safe_sub_func_uint64_t_u_u(g_613, p_48)) & (((((safe_mul_func_uint16_t_u_u(l_758, ((g_417 = p_50) != ((safe_mod_func_int64_t_s_s(((*l_540) != ((safe_add_func_int8_t_s_s(g_204, (~(l_765 = g_287)))) , p_50)), g_93)) , l_766[1][0])))) ^ 0xA0C5L) && 0x0109L) , 0L) == g_7)) , p_51), 255UL)), (*g_44))))) != l_767)), 0UL))) != g_3) | g_162[6][0][1]) != p_51), p_49)) , (**g_43));
            if ((**l_609))
                break;
        }
        else
        { /* block id: 375 */
            uint16_t l_772[1][7][1] = {{{65532UL},{65532UL},{65535UL},{65532UL},{65532UL},{65535UL},{65532UL}}};
            const int64_t l_782[9][1] = {{0xFC30AEC916919EB1LL},{0xFC30AEC916919EB1LL},{0xFC30AEC916919EB1LL},{0xFC30AEC916919EB1LL},{0xFC30AEC916919EB1LL},{0xFC30AEC916919EB1LL},{0xFC30AEC916919EB1LL},{0xFC30AEC916919EB1LL},{0xFC30AEC916919EB1LL}};
            int32_t l_787 = 0L;
            int32_t l_791 = 0xB791CC21L;
            uint8_t l_792 = 0UL;
            int i, j, k;
            (*l_738) = (g_260 &= (safe_mod_func_int64_t_s_s(((p_51 , (safe_lshift_func_int16_t_s_u(((*l_738) ^ (0x71538916L >= l_772[0][1][0])), 13))) & (((((p_48 != ((~((safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(g_626, ((safe_mod_func_int64_t_s_s(l_767, (0xFAL ^ (safe_sub_func_int16_t_s_s((p_49 || 0x1DB587633A62DEC0LL), 0UL))))) , p_51))), (-9L))) != l_765)) != l_782[5][0])) ^ g_40[6]) & (**g_43)) ^ g_103[4]) , g_285)), (*l_738))));
            (*l_738) = ((safe_rshift_func_uint16_t_u_u(65533UL, (safe_rshift_func_uint8_t_u_s((l_787 = p_49), ((((l_765 &= ((safe_mul_func_int16_t_s_s(l_772[0][1][0], ((p_51 ^ l_782[5][0]) || (g_506 , ((~((((*l_609) = p_50) == &l_765) | (l_791 &= l_772[0][3][0]))) > (-1L)))))) == 0xBDC6B93E9277F850LL)) , l_792) , 0x614A4DEDL) != (*g_44)))))) < 65533UL);
        }
        for (l_467 = 0; (l_467 == 5); l_467 = safe_add_func_uint32_t_u_u(l_467, 7))
        { /* block id: 386 */
            uint8_t l_795 = 0x66L;
            (*l_738) &= l_795;
            (*l_738) |= p_48;
        }
        for (l_653 = 11; (l_653 < 21); l_653 = safe_add_func_uint16_t_u_u(l_653, 7))
        { /* block id: 392 */
            int16_t l_838 = 0x5ADEL;
            int32_t l_845[4];
            int64_t l_860 = 0xC8BF3A10D3EDC3E7LL;
            int32_t l_872 = 0xF11BEDDFL;
            uint8_t *l_908[5][6] = {{&g_10,&g_10,&g_10,&l_239,&g_10,&g_10},{&g_10,&g_10,&l_239,&l_239,&g_10,&g_10},{&g_10,&g_10,&l_239,&g_10,&g_10,&g_10},{&g_10,&g_10,&g_10,&g_10,&g_10,&g_10},{&g_10,&g_10,&g_10,&g_10,&g_10,&g_10}};
            int64_t *l_921 = &g_162[4][4][1];
            int16_t **l_973 = &g_365;
            int i, j;
            for (i = 0; i < 4; i++)
                l_845[i] = 0x31C32E56L;
            for (l_767 = (-12); (l_767 >= (-1)); ++l_767)
            { /* block id: 395 */
                int8_t *l_805 = &g_276;
                int16_t ***l_826 = &g_364;
                int32_t l_839 = 1L;
                int32_t l_841 = 0x1DBE8CA9L;
                int32_t l_842 = 0xDFFB7960L;
                int32_t l_844 = (-2L);
                int32_t l_846 = 0L;
                int32_t l_847 = 0L;
                int32_t l_848 = 0x24BD4F9EL;
                int32_t l_850 = 0x69BC974EL;
                int32_t l_851 = 0xAD0AE9EBL;
                int32_t l_852 = 0x6EEC5394L;
                int32_t l_854 = 0x758BA651L;
                int32_t l_857[9] = {0L,(-1L),(-1L),0L,(-1L),(-1L),0L,(-1L),(-1L)};
                int64_t *l_918[4][7][2] = {{{&g_287,(void*)0},{&g_287,&g_287},{(void*)0,&g_287},{&g_287,(void*)0},{&g_287,&g_287},{(void*)0,&g_287},{&g_287,(void*)0}},{{&g_287,&g_287},{(void*)0,&g_287},{&g_287,(void*)0},{&g_287,&g_287},{(void*)0,&g_287},{&g_287,(void*)0},{&g_287,&g_287}},{{(void*)0,&g_287},{&g_287,(void*)0},{&g_287,&g_287},{(void*)0,&g_287},{&g_287,(void*)0},{&g_287,&g_287},{(void*)0,&g_287}},{{&g_287,(void*)0},{&g_287,&g_287},{(void*)0,&g_287},{&g_287,(void*)0},{&g_287,&g_287},{(void*)0,&g_287},{&g_287,(void*)0}}};
                int64_t **l_917[6][3] = {{&l_918[1][1][1],&l_918[1][1][1],&l_918[1][4][0]},{&l_918[0][4][1],&l_918[0][4][1],&l_918[1][4][0]},{&l_918[1][1][1],&l_918[1][1][1],&l_918[1][4][0]},{&l_918[0][4][1],&l_918[0][4][1],&l_918[1][4][0]},{&l_918[1][1][1],&l_918[1][1][1],&l_918[1][4][0]},{&l_918[0][4][1],&l_918[0][4][1],&l_918[1][4][0]}};
                int32_t *l_926 = &l_851;
                int i, j, k;
                if ((safe_rshift_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((((g_40[3] < (l_804 != ((l_805 != (p_48 , &p_51)) , l_805))) , (safe_add_func_int8_t_s_s(p_49, (((safe_sub_func_uint8_t_u_u((0x4364712FL <= 0L), g_283)) > l_767) && l_765)))) , p_49), l_767)), 5)))
                { /* block id: 396 */
                    int16_t ***l_827 = &g_364;
                    int32_t l_834 = 0L;
                    int32_t l_840[10][1] = {{(-1L)},{(-1L)},{(-1L)},{(-1L)},{(-1L)},{(-1L)},{(-1L)},{(-1L)},{(-1L)},{(-1L)}};
                    int64_t l_858 = 1L;
                    int64_t l_859 = 2L;
                    int i, j;
                    for (g_283 = 5; (g_283 >= 14); g_283 = safe_add_func_uint8_t_u_u(g_283, 6))
                    { /* block id: 399 */
                        int16_t * const *l_829[7][2] = {{&g_365,&g_365},{&g_365,&g_365},{&g_365,&g_365},{&g_365,&g_365},{&g_365,&g_365},{&g_365,&g_365},{&g_365,&g_365}};
                        int16_t * const **l_828[5][10] = {{&l_829[5][0],(void*)0,&l_829[2][0],(void*)0,&l_829[6][1],&l_829[1][1],(void*)0,&l_829[5][0],&l_829[6][1],&l_829[5][0]},{&l_829[5][0],(void*)0,&l_829[6][1],&l_829[6][1],&l_829[6][1],(void*)0,&l_829[5][0],&l_829[6][1],(void*)0,(void*)0},{(void*)0,&l_829[5][0],&l_829[6][1],(void*)0,(void*)0,&l_829[6][1],&l_829[6][1],(void*)0,&l_829[6][1],&l_829[6][1]},{(void*)0,&l_829[5][0],(void*)0,&l_829[6][1],&l_829[6][1],(void*)0,&l_829[5][0],(void*)0,&l_829[2][0],(void*)0},{&l_829[6][1],(void*)0,(void*)0,(void*)0,&l_829[6][1],(void*)0,(void*)0,&l_829[6][1],(void*)0,&l_829[6][1]}};
                        int64_t *l_831 = (void*)0;
                        int64_t *l_832[3][3][3] = {{{&g_162[4][5][4],&g_162[4][4][1],&g_287},{&g_162[4][5][4],&g_162[4][5][4],&g_162[4][4][1]},{(void*)0,&g_162[4][4][1],&g_162[4][4][1]}},{{&g_162[4][4][1],&g_162[4][4][1],&g_287},{(void*)0,&g_162[4][4][1],(void*)0},{&g_162[4][5][4],&g_162[4][4][1],&g_287}},{{&g_162[4][5][4],&g_162[4][5][4],&g_162[4][4][1]},{(void*)0,&g_162[4][4][1],&g_162[4][4][1]},{&g_162[4][4][1],&g_162[4][4][1],&g_287}}};
                        int32_t l_833 = 0L;
                        int32_t l_835 = (-6L);
                        int32_t *l_836 = &l_765;
                        int32_t *l_837[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                        uint8_t l_861 = 0xF6L;
                        int i, j, k;
                        (*l_609) = ((safe_lshift_func_uint16_t_u_s((((safe_add_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_s((((((safe_mod_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u((safe_add_func_uint16_t_u_u(p_49, l_767)), (g_108 = ((0x052B657BL | (((l_833 |= (((l_827 = l_826) != (g_830 = l_828[2][3])) < p_48)) == ((*l_203) = ((-1L) ^ 0xB7L))) >= g_18)) , 0x43L)))), p_51)) , g_287) , p_48) & l_834) == p_51), p_51)) ^ l_835), 249UL)) || 0x9083L) | p_48), p_51)) , (*l_609));
                        l_861--;
                        (*g_43) = (*g_43);
                    }
                    for (l_851 = 0; (l_851 <= 2); l_851 += 1)
                    { /* block id: 411 */
                        int32_t l_864 = 0xEB770025L;
                        int32_t *l_865 = &l_842;
                        int32_t *l_866[8][7][4] = {{{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834}},{{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834}},{{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834}},{{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834}},{{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834}},{{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834}},{{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834}},{{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834},{&l_834,&l_834,&l_834,&l_834}}};
                        uint32_t l_867 = 4294967295UL;
                        int i, j, k;
                        l_867--;
                        l_840[5][0] &= (((*l_203) = l_857[(l_851 + 2)]) , p_48);
                    }
                }
                else
                { /* block id: 416 */
                    uint16_t l_877 = 0xEF07L;
                    int16_t *l_878 = &g_57;
                    uint8_t **l_887 = &l_207[1][2][8];
                    int32_t l_895[7] = {0x1681890DL,0xEF55FB81L,0x1681890DL,0x1681890DL,0xEF55FB81L,0x1681890DL,0x1681890DL};
                    int64_t l_911 = 0xBEAF2D5F1913EB97LL;
                    int i;
                    l_841 = (l_843 & 4294967289UL);
                    for (g_288 = 0; (g_288 == (-19)); g_288 = safe_sub_func_int16_t_s_s(g_288, 2))
                    { /* block id: 420 */
                        (*l_609) = (void*)0;
                        if (l_872)
                            continue;
                    }
                    if ((safe_div_func_uint32_t_u_u((p_51 == (((safe_add_func_int16_t_s_s(((*l_878) = l_877), ((+0x6FL) , ((safe_lshift_func_int16_t_s_u(((g_164 , l_872) ^ (safe_add_func_uint64_t_u_u(((*l_203) = (safe_add_func_uint32_t_u_u(l_847, ((g_886 == (l_887 = l_887)) , (safe_add_func_uint64_t_u_u(((safe_lshift_func_int8_t_s_u(0xA3L, g_506)) ^ g_276), 0x6EC11EF70520AF54LL)))))), 0x7993967BED4943ABLL))), p_48)) , l_892)))) && p_48) || g_212)), (*l_738))))
                    { /* block id: 427 */
                        l_895[3] = (safe_div_func_int8_t_s_s((1UL && 18446744073709551613UL), l_892));
                    }
                    else
                    { /* block id: 429 */
                        uint8_t l_912[9][5][3] = {{{0xBCL,0xBCL,0xFCL},{255UL,0UL,0xFCL},{0UL,0xCFL,0UL},{0xCEL,0x79L,0x5AL},{255UL,0UL,0UL}},{{255UL,255UL,0xFCL},{0xCEL,0x32L,0xFCL},{249UL,1UL,0UL},{0xFAL,0xCFL,0x5AL},{0xBCL,0x32L,0UL}},{{255UL,255UL,0xFCL},{0xFAL,249UL,0xFCL},{0x32L,0x79L,0UL},{255UL,1UL,0x5AL},{255UL,249UL,0UL}},{{246UL,246UL,0xCEL},{255UL,0xB7L,0xCEL},{0xB7L,0UL,0x79L},{7UL,0x9AL,0x06L},{5UL,0xB7L,0x79L}},{{255UL,5UL,0xCEL},{7UL,1UL,0xCEL},{2UL,0x79L,0x79L},{1UL,0UL,0x06L},{246UL,1UL,0x79L}},{{5UL,255UL,0xCEL},{1UL,2UL,0xCEL},{1UL,0x9AL,0x79L},{255UL,0x79L,0x06L},{255UL,2UL,0x79L}},{{246UL,246UL,0xCEL},{255UL,0xB7L,0xCEL},{0xB7L,0UL,0x79L},{7UL,0x9AL,0x06L},{5UL,0xB7L,0x79L}},{{255UL,5UL,0xCEL},{7UL,1UL,0xCEL},{2UL,0x79L,0x79L},{1UL,0UL,0x06L},{246UL,1UL,0x79L}},{{5UL,255UL,0xCEL},{1UL,2UL,0xCEL},{1UL,0x9AL,0x79L},{255UL,0x79L,0x06L},{255UL,2UL,0x79L}}};
                        int i, j, k;
                        (*l_738) = (((p_51 != (safe_mul_func_int8_t_s_s((p_48 <= ((safe_div_func_uint32_t_u_u(((safe_lshift_func_uint16_t_u_s((((safe_lshift_func_int8_t_s_u(0x0AL, (l_895[3] > (safe_mul_func_int16_t_s_s((safe_add_func_uint32_t_u_u(((p_48 | (&l_239 == (l_908[4][5] = l_805))) > (((((safe_mul_func_int16_t_s_s(((((void*)0 != p_50) >= l_911) , l_895[3]), l_912[2][1][1])) < l_913[2][0][0]) ^ l_912[2][1][1]) | (-6L)) , 0x27L)), (*g_102))), g_7))))) , (void*)0) != (void*)0), 12)) != (*p_50)), l_912[6][3][1])) && g_626)), p_48))) | 0xA0D99C34L) , 0xF34061A7L);
                        (*g_43) = p_50;
                    }
                }
                (*l_926) |= ((p_49 , ((l_860 , g_5[0][8][1]) || (safe_add_func_int8_t_s_s((~((l_919 = &l_913[2][0][0]) != (l_921 = (l_920 = &g_162[0][6][2])))), ((safe_rshift_func_int8_t_s_s(p_49, ((safe_add_func_uint16_t_u_u(((*l_272) = p_49), p_49)) >= ((((*l_738) >= p_51) >= l_847) != l_841)))) | l_844))))) >= (*l_738));
            }
            if ((**g_43))
            { /* block id: 441 */
                return p_48;
            }
            else
            { /* block id: 443 */
                int32_t **l_933 = &g_417;
                for (l_712 = 1; (l_712 < 51); ++l_712)
                { /* block id: 446 */
                    uint32_t l_931[6] = {1UL,1UL,4294967295UL,1UL,1UL,4294967295UL};
                    int i;
                    for (g_113 = 10; (g_113 != 10); g_113 = safe_add_func_int64_t_s_s(g_113, 8))
                    { /* block id: 449 */
                        return l_931[4];
                    }
                }
                if (l_892)
                    goto lbl_932;
                (*l_933) = (*g_734);
            }
            for (g_287 = 0; (g_287 <= (-11)); --g_287)
            { /* block id: 458 */
                return p_48;
            }
            if (((safe_mod_func_uint8_t_u_u(255UL, ((((p_48 , 0x2386L) && (safe_mul_func_int16_t_s_s((l_913[0][2][1] , (l_849 |= ((safe_add_func_uint32_t_u_u(l_872, p_51)) & (0xF50FL == ((*l_272) = ((p_48 != (((safe_mul_func_int16_t_s_s((l_845[1] |= (*l_738)), 0xE8B0L)) || 0L) > l_860)) > 0xA61CL)))))), 0xB34FL))) > (-2L)) & l_872))) > l_843))
            { /* block id: 464 */
                int32_t l_944 = (-2L);
                int32_t l_945 = 0xF695B1CDL;
                l_872 = (65526UL >= ((((++g_10) , &p_50) != (g_949 = l_948)) ^ (safe_sub_func_uint16_t_u_u((((safe_rshift_func_uint16_t_u_u((*l_738), 6)) == (g_18 | (p_51 , (0UL < ((*l_921) = (((safe_unary_minus_func_uint8_t_u((g_5[2][9][2] == g_626))) < (*p_50)) & 0x9F6A5C05L)))))) > p_51), p_51))));
            }
            else
            { /* block id: 469 */
                uint32_t l_960 = 8UL;
                (*l_738) = (safe_rshift_func_int8_t_s_s(1L, ((0xE5L ^ (((((l_959 | ((-6L) < ((l_960 > (safe_mod_func_uint16_t_u_u(((safe_mul_func_int8_t_s_s(((p_51 | ((safe_add_func_int32_t_s_s((((safe_div_func_uint32_t_u_u((*g_102), (safe_mod_func_int8_t_s_s((safe_mod_func_int64_t_s_s((l_973 == &g_365), (*l_738))), 2L)))) && (*g_158)) ^ g_18), 0xEBE93AD0L)) , 0x2897L)) <= p_48), l_960)) , 3UL), p_51))) <= 0xAF386DC4DEEC203ALL))) ^ 0x5C8D1DB0L) , 0L) ^ l_860) < l_767)) & p_51)));
                l_976 = g_974;
            }
        }
        (*l_738) = (((safe_add_func_int32_t_s_s((((((safe_lshift_func_int8_t_s_s(((void*)0 == &l_207[1][2][8]), 3)) & 4294967292UL) >= 0x59L) , l_913[2][0][0]) != g_103[4]), (safe_rshift_func_uint8_t_u_u(p_48, 0)))) , ((**g_949) = (*l_738))) == ((safe_lshift_func_uint8_t_u_s(0x55L, 6)) == 0x2A0CL));
    }
    for (g_89 = 0; (g_89 <= 4); g_89 += 1)
    { /* block id: 479 */
        const int16_t l_988 = 0xCAF3L;
        int16_t *l_991 = (void*)0;
        int16_t *l_992 = &l_959;
        int8_t *l_1011 = &g_276;
        int32_t *l_1020 = (void*)0;
        (*l_738) = ((*g_158) > ((((~(safe_add_func_uint32_t_u_u(4294967295UL, (l_988 == ((safe_lshift_func_int16_t_s_s(((*l_992) = 0xC226L), 10)) || p_48))))) ^ (0xB6L <= 0xEDL)) == p_48) , (safe_div_func_uint32_t_u_u((safe_div_func_uint16_t_u_u((p_51 | l_988), p_48)), l_988))));
        (*l_738) = (((safe_mod_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s(0x65L, 6)), p_51)) || ((*l_1011) = ((p_51 , (safe_mod_func_uint16_t_u_u(1UL, p_48))) > (safe_mul_func_int16_t_s_s(((safe_lshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s(((void*)0 != &g_283), (safe_add_func_uint16_t_u_u(0x210EL, 0x6959L)))), l_988)) != 0x6F70L), l_988))))) , (-10L));
        if (g_6)
            goto lbl_1012;
        for (g_10 = 1; (g_10 <= 4); g_10 += 1)
        { /* block id: 487 */
            uint16_t l_1013 = 0xD944L;
            l_1013 = (-1L);
            for (l_208 = 4; (l_208 >= 0); l_208 -= 1)
            { /* block id: 491 */
                int32_t *l_1014 = &l_209[(l_208 + 1)][g_89];
                int32_t *l_1036 = &l_209[(l_208 + 1)][g_89];
                int i, j;
                (*l_609) = &l_209[(l_208 + 1)][g_89];
                l_1014 = ((*l_609) = &g_40[7]);
                if (l_209[(l_208 + 4)][g_10])
                { /* block id: 495 */
                    if ((safe_unary_minus_func_int32_t_s((((*l_1014) , (-1L)) && (safe_rshift_func_uint8_t_u_u(p_49, g_204))))))
                    { /* block id: 496 */
                        (*g_43) = (void*)0;
                        return (*l_1014);
                    }
                    else
                    { /* block id: 499 */
                        int16_t ***l_1019 = &g_364;
                        int32_t **l_1021 = &l_1020;
                        (*l_1019) = l_1018[1];
                        l_1020 = l_1020;
                        (*l_1021) = (*g_734);
                        return g_141;
                    }
                }
                else
                { /* block id: 505 */
                    int32_t *l_1022 = &g_260;
                    int i, j;
                    (*l_1022) &= ((l_209[g_10][g_89] &= ((*g_102) ^ 0x03B1EC1AL)) ^ (**g_734));
                    for (g_164 = 1; (g_164 <= 4); g_164 += 1)
                    { /* block id: 510 */
                        int32_t *l_1035 = &l_209[(l_208 + 1)][g_89];
                        (*l_1014) = p_48;
                        (**l_609) = ((*l_1035) ^= ((((safe_mul_func_int8_t_s_s((safe_add_func_uint64_t_u_u((((safe_rshift_func_uint16_t_u_u((safe_mul_func_int16_t_s_s(p_48, (*l_1022))), 3)) ^ p_49) & (safe_unary_minus_func_int32_t_s(((*p_50) , ((((*g_158) = (p_51 & ((g_108 = g_212) , ((p_51 >= (*l_1014)) >= g_57)))) ^ p_49) , 0xE508F527L))))), (**g_974))), l_1013)) >= 0UL) , g_1034[2]) , 0x04B455BEL));
                    }
                    (**g_734) = (-8L);
                }
                if (((*l_1036) = ((**l_609) , ((*l_1014) = 0xA3BCAEB8L))))
                { /* block id: 521 */
                    uint32_t ***l_1040 = &g_949;
                    uint32_t ****l_1039 = &l_1040;
                    (**g_734) = (safe_sub_func_int8_t_s_s(g_8, g_7));
                    (*l_1039) = (void*)0;
                }
                else
                { /* block id: 524 */
                    if ((*l_1014))
                        break;
                }
            }
            for (l_1013 = 0; (l_1013 <= 4); l_1013 += 1)
            { /* block id: 530 */
                uint16_t **l_1044 = &l_272;
                int32_t l_1066 = (-2L);
                if (p_51)
                { /* block id: 531 */
                    if (g_276)
                        goto lbl_932;
                    return p_49;
                }
                else
                { /* block id: 534 */
                    (*l_609) = p_50;
                    if ((*l_738))
                    { /* block id: 536 */
                        if ((*g_44))
                            break;
                    }
                    else
                    { /* block id: 538 */
                        int8_t l_1041 = 0L;
                        uint16_t **l_1043 = &l_318;
                        uint16_t ***l_1042 = &l_1043;
                        uint16_t ***l_1045[9] = {(void*)0,(void*)0,&l_1044,(void*)0,(void*)0,&l_1044,(void*)0,(void*)0,&l_1044};
                        int i;
                        (**g_734) = (((g_1034[2] && l_1041) , ((*l_1042) = &l_318)) == (g_1046 = l_1044));
                    }
                    (*l_738) |= (((safe_sub_func_uint16_t_u_u(l_1013, (safe_add_func_uint8_t_u_u((((+(safe_mod_func_int8_t_s_s((l_1013 , (safe_sub_func_uint32_t_u_u((safe_mod_func_uint8_t_u_u(((safe_div_func_uint16_t_u_u(((**l_1044) = (safe_mul_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((-1L), g_1065)), l_1066))), l_1066)) , ((**l_609) == 0x561B3E74L)), (**l_609))), l_1066))), 0xC0L))) && 65535UL) || g_93), (**l_609))))) != l_1066) , p_48);
                }
                if (l_1066)
                    continue;
            }
            for (g_273 = 0; (g_273 <= 4); g_273 += 1)
            { /* block id: 550 */
                uint32_t l_1068[10][6] = {{0UL,4294967291UL,0UL,4294967291UL,0UL,4294967291UL},{0xE43E02F1L,4294967291UL,0xE43E02F1L,4294967291UL,0xE43E02F1L,4294967291UL},{0UL,4294967291UL,0UL,4294967291UL,0UL,4294967291UL},{0xE43E02F1L,4294967291UL,0xE43E02F1L,4294967291UL,0xE43E02F1L,4294967291UL},{0UL,4294967291UL,0UL,4294967291UL,0UL,4294967291UL},{0xE43E02F1L,4294967291UL,0xE43E02F1L,4294967291UL,0xE43E02F1L,4294967291UL},{0UL,4294967291UL,0UL,4294967291UL,0UL,4294967291UL},{0xE43E02F1L,4294967291UL,0xE43E02F1L,4294967291UL,0xE43E02F1L,4294967291UL},{0UL,4294967291UL,0UL,4294967291UL,0UL,4294967291UL},{0xE43E02F1L,4294967291UL,0xE43E02F1L,4294967291UL,0xE43E02F1L,4294967291UL}};
                int i, j;
                for (l_745 = 0; (l_745 <= 4); l_745 += 1)
                { /* block id: 553 */
                    for (l_959 = 1; (l_959 <= 4); l_959 += 1)
                    { /* block id: 556 */
                        g_1067 = p_50;
                        return p_51;
                    }
                    l_1068[0][4] |= 0xA7D74AC1L;
                }
            }
        }
    }
    return g_285;
}


/* ------------------------------------------ */
/* 
 * reads : g_40
 * writes: g_40
 */
static uint8_t  func_61(uint32_t * const  p_62, int32_t  p_63)
{ /* block id: 70 */
    uint64_t l_193[3][1];
    int32_t *l_194 = (void*)0;
    int32_t *l_195 = &g_40[3];
    int i, j;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
            l_193[i][j] = 0x7F3C8A69FFD4D6F5LL;
    }
    (*l_195) |= l_193[2][0];
    return p_63;
}


/* ------------------------------------------ */
/* 
 * reads : g_60 g_40 g_44 g_6 g_18 g_7 g_89 g_93 g_5 g_10 g_43 g_108 g_3 g_141 g_102 g_103 g_158 g_164 g_162 g_8
 * writes: g_89 g_93 g_40 g_10 g_44 g_102 g_18 g_108 g_113 g_141 g_164
 */
static uint32_t * const  func_64(int8_t  p_65, int32_t * p_66, int16_t  p_67, uint32_t * p_68)
{ /* block id: 28 */
    int32_t *l_79 = &g_40[0];
    int64_t *l_88[4];
    int32_t l_90 = (-10L);
    uint32_t l_91 = 4294967295UL;
    int16_t *l_92[8] = {&g_93,&g_93,&g_93,&g_93,&g_93,&g_93,&g_93,&g_93};
    int32_t *l_94 = &g_40[5];
    int32_t l_159 = (-1L);
    int32_t l_163[4][9][1] = {{{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL}},{{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L}},{{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL}},{{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L},{0x90EECBCCL},{0x877F9590L}}};
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_88[i] = &g_89;
lbl_169:
    l_79 = p_66;
    if (((g_60 , g_40[3]) , ((*l_94) = ((*g_44) >= (safe_mul_func_uint8_t_u_u(((*p_68) <= (safe_div_func_uint64_t_u_u((safe_rshift_func_int16_t_s_u(((-3L) ^ ((g_89 ^= (safe_rshift_func_uint8_t_u_s(g_7, 0))) , (((l_88[3] = &g_89) == (void*)0) , ((g_93 ^= ((((l_90 || p_65) <= l_91) , 1L) ^ g_40[9])) <= 6L)))), 8)), g_5[0][5][1]))), g_5[0][8][0]))))))
    { /* block id: 34 */
        uint64_t l_114 = 0xEC4306111E293497LL;
        for (g_10 = 2; (g_10 <= 7); g_10 += 1)
        { /* block id: 37 */
            int32_t *l_95 = &g_6;
            (*g_43) = l_95;
            for (p_67 = 0; (p_67 <= 7); p_67 += 1)
            { /* block id: 41 */
                int32_t l_96 = 1L;
                const uint32_t *l_100 = &g_18;
                const uint32_t **l_101[10] = {&l_100,&l_100,&l_100,&l_100,&l_100,&l_100,&l_100,&l_100,&l_100,&l_100};
                uint32_t *l_104 = &l_91;
                uint32_t **l_105 = &l_104;
                int32_t ** const l_111 = &l_95;
                int8_t *l_112[10][3][3] = {{{(void*)0,(void*)0,(void*)0},{&g_113,&g_113,(void*)0},{&g_113,(void*)0,&g_113}},{{&g_113,&g_113,&g_113},{(void*)0,&g_113,&g_113},{&g_113,&g_113,(void*)0}},{{&g_113,(void*)0,(void*)0},{&g_113,&g_113,&g_113},{(void*)0,&g_113,(void*)0}},{{&g_113,&g_113,&g_113},{&g_113,(void*)0,(void*)0},{&g_113,&g_113,&g_113}},{{(void*)0,&g_113,(void*)0},{&g_113,&g_113,&g_113},{(void*)0,(void*)0,(void*)0}},{{&g_113,&g_113,(void*)0},{&g_113,(void*)0,&g_113},{&g_113,&g_113,&g_113}},{{(void*)0,&g_113,&g_113},{&g_113,&g_113,(void*)0},{&g_113,(void*)0,(void*)0}},{{&g_113,&g_113,&g_113},{(void*)0,&g_113,(void*)0},{&g_113,&g_113,&g_113}},{{&g_113,(void*)0,(void*)0},{&g_113,&g_113,&g_113},{(void*)0,&g_113,(void*)0}},{{&g_113,&g_113,&g_113},{(void*)0,(void*)0,(void*)0},{&g_113,&g_113,(void*)0}}};
                int8_t l_115 = 3L;
                int i, j, k;
                (*l_94) &= (((p_66 == (void*)0) == (((((l_96 > (g_113 = ((+((((((*l_95) & (*l_95)) , (safe_sub_func_uint32_t_u_u(((*p_68) = ((g_102 = l_100) != ((*l_105) = l_104))), 0x4B147B71L))) , (safe_add_func_uint64_t_u_u(((--g_108) , p_67), p_65))) , (void*)0) == l_111)) > 0x8E9A5F1CL))) , g_5[4][6][0]) >= 0x23L) != l_114) , g_3)) , l_115);
            }
        }
    }
    else
    { /* block id: 50 */
        int32_t *l_116 = &g_7;
        uint32_t **l_119 = (void*)0;
        int32_t l_160[10] = {0L,0xA90B212FL,0L,0x818B1E2CL,0x818B1E2CL,0L,0xA90B212FL,0L,0x818B1E2CL,0x818B1E2CL};
        uint16_t *l_181 = &g_141;
        uint32_t l_190 = 18446744073709551610UL;
        int32_t *l_191 = (void*)0;
        int32_t *l_192 = &l_90;
        int i;
        if ((((l_116 == p_66) && (safe_rshift_func_uint16_t_u_s((l_119 != ((g_10 >= (safe_rshift_func_uint16_t_u_u(p_65, (safe_mod_func_uint8_t_u_u(((p_68 == (void*)0) <= (-7L)), g_40[1]))))) , (void*)0)), p_67))) , (*g_44)))
        { /* block id: 51 */
            const int32_t l_138 = 1L;
            uint16_t *l_139 = (void*)0;
            uint16_t *l_140[9][6] = {{&g_141,&g_141,&g_141,&g_141,&g_141,&g_141},{(void*)0,&g_141,&g_141,&g_141,(void*)0,&g_141},{&g_141,&g_141,&g_141,&g_141,&g_141,&g_141},{(void*)0,&g_141,&g_141,&g_141,(void*)0,&g_141},{&g_141,&g_141,&g_141,&g_141,&g_141,&g_141},{(void*)0,&g_141,&g_141,&g_141,(void*)0,&g_141},{&g_141,&g_141,&g_141,&g_141,&g_141,&g_141},{(void*)0,&g_141,&g_141,&g_141,(void*)0,&g_141},{&g_141,&g_141,&g_141,&g_141,&g_141,&g_141}};
            int32_t l_142 = 0x66DE7A28L;
            int32_t *l_161[1];
            int i, j;
            for (i = 0; i < 1; i++)
                l_161[i] = &g_40[3];
            (*l_94) |= ((safe_mod_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((safe_sub_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(((safe_div_func_uint32_t_u_u(((((void*)0 == l_92[6]) && (safe_lshift_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((*l_116), l_138)), p_67))) == (++g_141)), ((*g_158) = (+(safe_mod_func_uint16_t_u_u(((safe_sub_func_int64_t_s_s((safe_div_func_uint16_t_u_u(((((safe_sub_func_int32_t_s_s((safe_lshift_func_int8_t_s_s(0x8BL, 4)), ((((safe_sub_func_uint32_t_u_u((*l_116), (**g_43))) || (g_7 != p_67)) != 0xED61L) , (*g_102)))) == 6UL) , g_158) == &g_103[9]), (*l_116))), g_89)) && g_103[4]), g_3)))))) || (*g_102)), (-8L))), l_159)) && 0xCEL), p_65)), (*l_116))) <= 0x00DB346915659CF5LL);
            g_164++;
        }
        else
        { /* block id: 56 */
            int32_t *l_170 = &g_8;
            int32_t **l_171 = (void*)0;
            int32_t **l_172 = &l_94;
            (*l_94) |= (safe_lshift_func_int16_t_s_s(0xD318L, 10));
            if (p_65)
                goto lbl_169;
            (*g_43) = ((*l_172) = l_170);
        }
        l_160[4] = ((p_65 &= g_162[6][4][3]) || 255UL);
        (*l_192) |= (~(((*l_94) | (((safe_div_func_int8_t_s_s((((safe_lshift_func_int16_t_s_s((g_93 = (0x92D855E7E663B1B9LL || ((*l_116) != ((safe_unary_minus_func_uint16_t_u((safe_add_func_int64_t_s_s((((((*l_94) | (++(*l_181))) < (*l_94)) < (*l_116)) > 0x62A801E87EC68086LL), (safe_sub_func_int16_t_s_s(((((safe_rshift_func_uint16_t_u_u((safe_mod_func_int64_t_s_s(p_67, g_108)), (*l_116))) && l_190) , (*g_158)) >= (*l_94)), (*l_116))))))) && (**g_43))))), 6)) | g_40[3]) > (*l_116)), g_6)) != g_89) != p_65)) < (*g_102)));
    }
    g_40[1] = 0L;
    return p_68;
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
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_5[i][j][k], "g_5[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    transparent_crc(g_18, "g_18", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_40[i], "g_40[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_60, "g_60", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_103[i], "g_103[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_108, "g_108", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    transparent_crc(g_141, "g_141", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_162[i][j][k], "g_162[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_164, "g_164", print_hash_value);
    transparent_crc(g_204, "g_204", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_260, "g_260", print_hash_value);
    transparent_crc(g_273, "g_273", print_hash_value);
    transparent_crc(g_276, "g_276", print_hash_value);
    transparent_crc(g_283, "g_283", print_hash_value);
    transparent_crc(g_285, "g_285", print_hash_value);
    transparent_crc(g_287, "g_287", print_hash_value);
    transparent_crc(g_288, "g_288", print_hash_value);
    transparent_crc(g_506, "g_506", print_hash_value);
    transparent_crc(g_613, "g_613", print_hash_value);
    transparent_crc(g_626, "g_626", print_hash_value);
    transparent_crc(g_701, "g_701", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_1034[i], "g_1034[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1065, "g_1065", print_hash_value);
    transparent_crc(g_1074, "g_1074", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_1144[i], "g_1144[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1156, "g_1156", print_hash_value);
    transparent_crc(g_1167, "g_1167", print_hash_value);
    transparent_crc(g_1186, "g_1186", print_hash_value);
    transparent_crc(g_1205, "g_1205", print_hash_value);
    transparent_crc(g_1269, "g_1269", print_hash_value);
    transparent_crc(g_1296, "g_1296", print_hash_value);
    transparent_crc(g_1523, "g_1523", print_hash_value);
    transparent_crc(g_1598, "g_1598", print_hash_value);
    transparent_crc(g_1774, "g_1774", print_hash_value);
    transparent_crc(g_1803, "g_1803", print_hash_value);
    transparent_crc(g_1809, "g_1809", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_1885[i], "g_1885[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1889, "g_1889", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_2106[i][j][k], "g_2106[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_2157[i][j][k], "g_2157[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_2175, "g_2175", print_hash_value);
    transparent_crc(g_2226, "g_2226", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 543
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

XXX max expression depth: 40
breakdown:
   depth: 1, occurrence: 238
   depth: 2, occurrence: 69
   depth: 3, occurrence: 6
   depth: 4, occurrence: 4
   depth: 5, occurrence: 1
   depth: 6, occurrence: 1
   depth: 12, occurrence: 2
   depth: 14, occurrence: 2
   depth: 15, occurrence: 4
   depth: 16, occurrence: 1
   depth: 17, occurrence: 1
   depth: 18, occurrence: 2
   depth: 19, occurrence: 2
   depth: 20, occurrence: 2
   depth: 21, occurrence: 3
   depth: 22, occurrence: 2
   depth: 23, occurrence: 4
   depth: 24, occurrence: 2
   depth: 25, occurrence: 5
   depth: 26, occurrence: 1
   depth: 27, occurrence: 3
   depth: 28, occurrence: 2
   depth: 29, occurrence: 1
   depth: 30, occurrence: 4
   depth: 32, occurrence: 1
   depth: 38, occurrence: 1
   depth: 40, occurrence: 2

XXX total number of pointers: 411

XXX times a variable address is taken: 844
XXX times a pointer is dereferenced on RHS: 369
breakdown:
   depth: 1, occurrence: 261
   depth: 2, occurrence: 67
   depth: 3, occurrence: 33
   depth: 4, occurrence: 8
XXX times a pointer is dereferenced on LHS: 325
breakdown:
   depth: 1, occurrence: 293
   depth: 2, occurrence: 23
   depth: 3, occurrence: 7
   depth: 4, occurrence: 2
XXX times a pointer is compared with null: 49
XXX times a pointer is compared with address of another variable: 10
XXX times a pointer is compared with another pointer: 10
XXX times a pointer is qualified to be dereferenced: 7768

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1350
   level: 2, occurrence: 412
   level: 3, occurrence: 116
   level: 4, occurrence: 45
   level: 5, occurrence: 1
XXX number of pointers point to pointers: 156
XXX number of pointers point to scalars: 255
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 31.1
XXX average alias set size: 1.55

XXX times a non-volatile is read: 2194
XXX times a non-volatile is write: 1013
XXX times a volatile is read: 0
XXX    times read thru a pointer: 0
XXX times a volatile is write: 0
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 0
XXX percentage of non-volatile access: 100

XXX forward jumps: 0
XXX backward jumps: 8

XXX stmts: 248
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 25
   depth: 1, occurrence: 33
   depth: 2, occurrence: 37
   depth: 3, occurrence: 42
   depth: 4, occurrence: 58
   depth: 5, occurrence: 53

XXX percentage a fresh-made variable is used: 14.2
XXX percentage an existing variable is used: 85.8
********************* end of statistics **********************/

